#!/usr/bin/env python3
"""Synthetic labeled log corpus "sh": Halo & Hollow Studios.

Organisation: a regional chain (Oregon + SW Washington) of body-piercing and
cosmetic-injection studios (neurotoxin, dermal filler) run under a supervising
medical director.  The people served are the CLIENTS.  Everything is
synthetic; names, numbers and addresses are invented.

Writes sh.log (500 lines) and sh.labels.jsonl in the current directory.
Standard library only, fixed seed: two runs are byte-identical.

Systems simulated (family names in the labels)
  booking    bunyan JSON from the "slotwise" booking API (appointments,
             reminders, cancellations, no-shows)
  consent    pino JSON from the consent / health-history form service
             (HHQ forms, allergies, emergency contacts, guardians of minors)
  idv        key=value from the ID/age-verification gateway (DL scan,
             AAMVA barcode fragments, face match)
  bbp        CSV rows of the bloodborne-pathogen exposure log (OSHA)
  adverse    free-text adverse-reaction reports by the medical director
  sms        logfmt of the aftercare SMS sender (Twilio webhooks, bodies,
             English and Spanish)
  pos        logfmt from the point-of-sale bridge (Square-like)
  inspect    XML inspection submissions to the state Health Licensing
             Office (one element per line)
  nginx      combined access log of the client portal / booking site
  syslog     sshd, CRON, postfix, Meraki guest-Wi-Fi events
  hl7        HL7 v2 ORU^R01 from the reference lab (post-exposure source
             testing), one segment per line
  fhir       FHIR R4 JSON (AdverseEvent, Patient) from the MD's EMR bridge
  autoclave  fixed-width sterilizer cycle printer log
  java       Spring Boot inventory-sync log lines and stack traces
  pgsql      PostgreSQL server log (slow statements, autovacuum)
  chat       Slack export JSON lines of staff channels
  financing  Python logging of the patient-financing integration
  inventory  pipe-delimited injectable/jewelry lot usage & receiving rows

Labeling decisions (grey cases)
  * Clients, their parents/guardians (minors need guardian consent) and
    emergency contacts are PHI subjects.  Piercers, injectors (NP/RN/PA),
    the medical director, front-desk staff and vendors are staff: their
    names, emails, NPI and state practitioner licence numbers are NOT PHI.
  * Bloodborne-pathogen exposure log: the exposed EMPLOYEE is staff (an
    employment/OSHA record, outside PHI); the SOURCE CLIENT's name, id, DOB
    and service date are PHI.
  * Client ids assigned by the chain (HH-nnnnnn), EMR chart numbers of the
    medical director's practice and FHIR Patient ids -> mrn.  Booking
    appointment ids, order ids, scan ids, Twilio SIDs, incident numbers,
    trace ids -> not PHI (they identify an event, not the person).
  * POS customer ids, full card numbers (valid or junk), gift-card numbers,
    financing application account numbers -> account.  Card last4 alone and
    card brand -> not labeled.  Loyalty numbers, Instagram handles, state
    complaint case numbers naming a client, ID-scan document
    discriminators -> other_id.
  * Driver's licence / ID card / passport numbers of clients and guardians
    -> license.  DOB, document issue and expiry dates, appointment and
    service dates, reaction onset dates -> date.  Log write timestamps are
    never labeled.  A full appointment datetime is one date span.
  * Ages: only >89 labeled (age); age-gate values like 16/17/18 are not.
  * Guest Wi-Fi SSID "HH-Clients" is for clients: MACs of devices there ->
    device, their IPs (even RFC1918) -> ip.  Client public IPs in portal
    access logs -> ip; load balancer, server and studio LAN IPs, search
    crawlers and uptime monitors -> not.
  * Client id inside a URL path is labeled as mrn (id only).  A personal
    aftercare short link (https://hh.care/a/TOKEN) is labeled whole as url.
    Percent-encoded emails in query strings are labeled where the encoded
    bytes are.
  * First name alone in a greeting to a client (SMS) -> name.
  * Face-match templates -> biometric; selfie/before-after images (base64)
    -> photo.  Push-notification device tokens of the client app -> device.
  * Product names that look like names (Restylane Kysse, Juvederm
    Volbella, Anatometal, "Daxxify") and lot/SKU numbers, autoclave serials
    and facility licences -> not PHI.
  * City alone in a client's address is address; state is not labeled.
    HL7 XAD components (street, other designation, city) are separate
    address spans; ZIP always its own zip span.
  * SSN: full SSNs in the financing payload (valid-format, and junk
    000-xx-xxxx typed into the form) -> ssn.  Health-plan member ids a
    client lists on the health history, and MBIs -> health_plan.
  * Parking-validation plates at the POS are the client's car -> vehicle.
  * Full card PANs in EMV-fallback debug lines -> account, Luhn-valid or
    not (the bad_luhn ones are junk reads, still the client's card).
"""
import json
import random
import datetime as dt
import urllib.parse

SEED = 20240611
rng = random.Random(SEED)
N_LINES = 500

# --------------------------------------------------------------- spans
class P:
    """A PHI value placed in a line. text = bytes as placed, raw = value."""
    __slots__ = ("text", "cat", "raw", "enc")

    def __init__(self, raw, cat, text=None, enc=None):
        self.raw = raw
        self.cat = cat
        self.text = raw if text is None else text
        self.enc = enc


class S(list):
    """A string value made of plain str and P pieces (for JSON values)."""


def jesc(s, ea=False):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def jval(v, parts, ea, sep):
    if isinstance(v, P):
        if isinstance(v.raw, (int, float)):
            parts.append(P(v.raw, v.cat, json.dumps(v.raw), "num"))
        else:
            parts.append('"')
            parts.append(P(v.raw, v.cat, jesc(v.raw, ea), "json"))
            parts.append('"')
    elif isinstance(v, S):
        parts.append('"')
        for piece in v:
            if isinstance(piece, P):
                parts.append(P(piece.raw, piece.cat, jesc(piece.text, ea),
                               "json"))
            else:
                parts.append(jesc(piece, ea))
        parts.append('"')
    elif isinstance(v, dict):
        parts.append("{")
        first = True
        for k, x in v.items():
            if not first:
                parts.append(sep[0])
            first = False
            parts.append(json.dumps(k) + sep[1])
            jval(x, parts, ea, sep)
        parts.append("}")
    elif isinstance(v, list):
        parts.append("[")
        for i, x in enumerate(v):
            if i:
                parts.append(sep[0])
            jval(x, parts, ea, sep)
        parts.append("]")
    else:
        parts.append(json.dumps(v, ensure_ascii=ea))


def J(d, ea=False, sep=(",", ":")):
    parts = []
    jval(d, parts, ea, sep)
    return parts


def pct(p):
    """percent-encode a P in place (query-string style)."""
    return P(p.raw, p.cat, urllib.parse.quote(p.text, safe=""), "pct")


def build(family, parts):
    buf = bytearray()
    spans = []
    for x in parts:
        if isinstance(x, P):
            b = x.text.encode("utf-8")
            spans.append((len(buf), len(buf) + len(b), x))
            buf += b
        else:
            buf += x.encode("utf-8")
    return (family, bytes(buf), spans)


def flat(*items):
    out = []
    for it in items:
        if isinstance(it, (list, tuple)) and not isinstance(it, S):
            out.extend(flat(*it))
        else:
            out.append(it)
    return out


def L(family, *parts):
    return build(family, flat(*parts))


# --------------------------------------------------------------- clock
T = dt.datetime(2024, 6, 11, 14, 2, 7, 118000, tzinfo=dt.timezone.utc)
PDT = dt.timezone(dt.timedelta(hours=-7))


def tick():
    global T
    T += dt.timedelta(seconds=rng.randint(1, 75), milliseconds=rng.randint(0, 999))
    return T


def iso_ms(t=None):
    t = t or T
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def epoch_ms(t=None):
    t = t or T
    return int(t.timestamp() * 1000)


def sysl(t=None):
    t = (t or T).astimezone(PDT)
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


def pylog(t=None):
    t = (t or T).astimezone(PDT)
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def clf(t=None):
    t = (t or T).astimezone(PDT)
    return t.strftime("%d/%b/%Y:%H:%M:%S -0700")


# --------------------------------------------------------------- people
FIRST = ["Zoë", "Marisol", "Rosalind", "Chidi", "Hope", "Summer", "Grace",
         "Will", "Amara", "Søren", "Yuki", "Destiny", "Ngozi", "Tomasz",
         "Lupe", "Keanu", "Priyanka", "Wren", "Jolene", "Dmitri", "Aaliyah",
         "Bao", "Freya", "Mateo", "Sunny", "Ximena", "Kofi", "Ingrid",
         "Rain", "Hamza", "Chance", "Briar", "Maël", "Oksana", "Tupac",
         "Leilani", "Robin", "Josefina", "Eun-ji", "Faith", "Cruz", "Noor",
         "Sage", "Harmony", "José", "Anh", "Delphine", "Rocco", "Ivy",
         "Bethany", "Kwame", "Mercy", "Ottilie", "River"]
LAST = ["Marsh", "Achterberg", "Okafor", "Ybarra-Quint", "Baker", "Nguyễn",
        "de la Cruz", "Van der Berg", "Fisher", "Hunter", "Kowalczyk",
        "Oyelaran-Smith", "Bishop", "Castillo Ruiz", "Lindqvist", "Mahoe",
        "O'Shaughnessy", "Tran", "Winter", "Park", "Rosen", "Begay",
        "Al-Masri", "Ólafsdóttir", "Sato-Achebe", "Whitehorse", "Moon",
        "Field", "Kaur", "Delgado", "Brightwater", "Stone", "Mendoza-Ávila",
        "Petrov", "Heng", "Duckworth", "St. Clair", "Goodnight", "Abara",
        "Price", "MacAlister", "Fonoti", "Vu", "Jaramillo", "Rook",
        "Holloway", "Bianchi", "Sørensen", "Kim-Lebedev", "Little"]
REL = ["mother", "father", "spouse", "partner", "sister", "brother",
       "grandmother", "aunt", "roommate", "daughter", "son"]
CITIES = [("Portland", "OR", "972"), ("Beaverton", "OR", "970"),
          ("Gresham", "OR", "970"), ("Salem", "OR", "973"),
          ("Keizer", "OR", "973"), ("Eugene", "OR", "974"),
          ("Springfield", "OR", "974"), ("Bend", "OR", "977"),
          ("Redmond", "OR", "977"), ("Vancouver", "WA", "986"),
          ("Camas", "WA", "986"), ("Tigard", "OR", "972"),
          ("Milwaukie", "OR", "972"), ("Hillsboro", "OR", "971")]
STREETS = ["SE Division St", "NE Alberta St", "Oak St", "N Mississippi Ave",
           "Willamette St", "River Rd", "NW 23rd Ave", "Liberty St NE",
           "Greenwood Ave", "SE Hawthorne Blvd", "Pioneer Ln",
           "NE Fourth Plain Blvd", "Cascade Vista Dr", "Maple Ct",
           "Franklin Blvd", "SW Murray Blvd", "Lancaster Dr NE", "Blue Heron Loop"]
UNITS = ["Apt 3", "Unit 12B", "#204", "Apt 5", "Spc 41", "Ste 2", "Apt 1108"]
MAILDOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com",
           "hotmail.com", "proton.me", "comcast.net", "uoregon.edu"]
AREA = ["503", "971", "541", "458", "360", "564"]

STUDIOS = {"PDX-PEARL": "1120 NW Couch St, Portland, OR 97209",
           "PDX-HAW": "3516 SE Hawthorne Blvd, Portland, OR 97214",
           "SLM-01": "245 Liberty St NE, Salem, OR 97301",
           "EUG-01": "88 E Broadway, Eugene, OR 97401",
           "BND-01": "1033 NW Bond St, Bend, OR 97703",
           "VAN-01": "1500 Main St, Vancouver, WA 98660"}
STUDIO_PHONE = {"PDX-PEARL": "(503) 224-7180", "PDX-HAW": "(503) 236-4410",
                "SLM-01": "(503) 363-0921", "EUG-01": "(541) 344-2260",
                "BND-01": "(541) 389-5117", "VAN-01": "(360) 693-8802"}
PIERCERS = ["Mags Okonkwo", "Tavi Reyes-Lindqvist", "Jun Hallorann",
            "Bex Almeida", "Orrin Tso", "Kit Mwangi"]
INJECTORS = ["Priya Natarajan, NP", "Colm Fitzgerald, RN", "Dana Ebersole, PA-C",
             "Lucía Ferreira, RN"]
MD = "Helena Vasquez-Oyelaran, MD"
FRONT = ["Shay Pickett", "Avery Lindgren", "Matías Correa", "Jess Okoro"]
STAFF_EMAIL = ["mags.okonkwo@haloandhollow.com", "frontdesk.pdx@haloandhollow.com",
               "h.vasquez-oyelaran@haloandhollow.com", "ops@haloandhollow.com",
               "it-alerts@haloandhollow.com"]
ORG_SMS = "+15039200147"

PIERCE_SVC = ["Helix piercing", "Septum piercing", "Tongue piercing",
              "Navel piercing", "Nostril piercing", "Industrial piercing",
              "Conch piercing", "Daith piercing", "Nipple piercing",
              "Earlobe piercing x2", "Jewelry downsize", "Tragus piercing"]
INJ_SVC = ["Botox - glabella 20u", "Lip filler - 1 syringe (Restylane Kysse)",
           "Dysport - crow's feet", "Cheek filler - Juvederm Voluma",
           "Tear trough - Belotero", "Masseter Botox 50u",
           "Daxxify forehead", "Sculptra session 2 of 3", "Lip flip 4u"]
PRODUCTS = [("BTX-100U", "Botox 100U", "C"), ("DYS-300U", "Dysport 300U", "D"),
            ("RST-KYS", "Restylane Kysse 1mL", "2"), ("JUV-VOL", "Juvederm Voluma XC 1mL", "V"),
            ("JUV-VBL", "Juvederm Volbella XC 0.55mL", "V"), ("DAX-100U", "Daxxify 100U", "X"),
            ("BEL-BAL", "Belotero Balance+ 1mL", "B"), ("SCU-2V", "Sculptra 2 vial kit", "S")]
JEWELRY = ["JWL-TI-LB-16G-8MM", "JWL-TI-CLK-18G-8MM", "JWL-AN-EP-14G-10MM",
           "JWL-NEO-TL-16G", "JWL-BVLA-ROSE-3MM", "JWL-JNP-OPAL-2MM",
           "JWL-TI-CBR-14G-12MM", "NDL-14G-HOLLOW-BX100", "NDL-16G-HOLLOW-BX100"]
ALLERG = ["lidocaine", "nickel", "latex", "penicillin", "none", "bee stings",
          "hyaluronidase", "chlorhexidine", "sulfa"]
MEDS = ["sertraline 50mg", "isotretinoin (stopped 03/2024)", "none", "apixaban",
        "levothyroxine", "ibuprofen PRN", "oral contraceptive", "fish oil",
        "adalimumab"]


def pick(seq):
    return rng.choice(seq)


def name_parts():
    return pick(FIRST), pick(LAST)


def full_name(style=None):
    f, l = name_parts()
    style = style or rng.choice(["fl", "fl", "lf", "fml"])
    if style == "fl":
        return "%s %s" % (f, l)
    if style == "lf":
        return "%s, %s" % (l, f)
    return "%s %s. %s" % (f, rng.choice("ABCDEJKLMRST"), l)


def rand_date(y0, y1):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def dob(minor=False, old=False):
    if minor:
        return rand_date(2007, 2009)
    if old:
        return rand_date(1930, 1934)
    return rand_date(1958, 2005)


def appt_date(lo=-20, hi=40):
    return (T.astimezone(PDT).date() + dt.timedelta(days=rng.randint(lo, hi)))


def past_date(lo=1, hi=14):
    return T.astimezone(PDT).date() - dt.timedelta(days=rng.randint(lo, hi))


def fmt_date(d, style):
    return {"iso": d.strftime("%Y-%m-%d"), "us": d.strftime("%m/%d/%Y"),
            "hl7": d.strftime("%Y%m%d"), "aamva": d.strftime("%m%d%Y"),
            "short": "%d/%d" % (d.month, d.day),
            "eu": d.strftime("%d.%m.%Y"),
            "mon": d.strftime("%b ") + str(d.day)}[style]


def phone(style=None):
    a = pick(AREA)
    ex = rng.randint(201, 989)
    ln = rng.randint(0, 9999)
    style = style or rng.choice(["e164", "paren", "dash", "dot"])
    if style == "e164":
        return "+1%s%03d%04d" % (a, ex, ln)
    if style == "paren":
        return "(%s) %03d-%04d" % (a, ex, ln)
    if style == "dot":
        return "%s.%03d.%04d" % (a, ex, ln)
    return "%s-%03d-%04d" % (a, ex, ln)


def email_for(name):
    base = name.replace(",", "").split()
    f = base[0].lower()
    l = base[-1].lower()
    trans = str.maketrans("ëéíóúáñøễ'.", "eeiouanoe--")
    f, l = f.translate(trans).replace("-", ""), l.translate(trans).replace("-", "")
    form = rng.choice(["%s.%s", "%s%s", "%s_%s%d", "%s%d"])
    if form == "%s_%s%d":
        u = form % (f, l, rng.randint(1, 99))
    elif form == "%s%d":
        u = form % (f + l[:1], rng.randint(70, 2009))
    else:
        u = form % (f, l)
    return "%s@%s" % (u, pick(MAILDOM))


def street():
    return "%d %s" % (rng.randint(12, 19999), pick(STREETS))


def city():
    return pick(CITIES)


def zipc(c):
    return c[2] + "%02d" % rng.randint(1, 99)


def client_id():
    return "HH-%06d" % rng.randint(100000, 349999)


def chart_no():
    return "%06d" % rng.randint(200000, 219999)


def or_dl():
    return "%07d" % rng.randint(1000000, 9999999)


def wa_dl():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "WDL" + "".join(rng.choice(al) for _ in range(9))


def luhn_digit(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def card(valid=True):
    pre = rng.choice(["4", "51", "53", "37", "6011"])
    length = 15 if pre == "37" else 16
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(length - len(pre) - 1))
    chk = luhn_digit(body)
    if not valid:
        chk = str((int(chk) + rng.randint(1, 9)) % 10)
    return body + chk


def ssn(valid=True):
    if not valid:
        return "000-%02d-%04d" % (rng.randint(1, 99), rng.randint(1, 9999))
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def npi(base):
    return base + luhn_digit("80840" + base)


MD_NPI = npi("148293017")


def mbi():
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    d = lambda: str(rng.randint(0, 9))
    return (str(rng.randint(1, 9)) + rng.choice(al) + rng.choice(an) + d() +
            rng.choice(al) + rng.choice(an) + d() + rng.choice(al) +
            rng.choice(al) + d() + d())


def mac():
    oui = rng.choice(["3C:22:FB", "F0:99:B6", "A4:83:E7", "DC:A6:32", "BC:D0:74"])
    return oui + ":" + ":".join("%02X" % rng.randint(0, 255) for _ in range(3))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def b64s(n):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(rng.choice(al) for _ in range(n))


def uuid():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16],
                                  rng.choice("89ab"), h[17:20], h[20:32])


def pub_ip():
    first = rng.choice([24, 50, 67, 71, 73, 97, 98, 174, 199, 216, 76, 107])
    return "%d.%d.%d.%d" % (first, rng.randint(0, 255), rng.randint(0, 255),
                            rng.randint(1, 254))


def plate():
    if rng.random() < 0.5:
        return "%03d %s" % (rng.randint(100, 999),
                            "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)))
    return "%s%04d" % ("".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)),
                       rng.randint(0, 9999))


def lot(prefix):
    return prefix + "%04d" % rng.randint(1000, 9999) + rng.choice("ABCDC") + str(rng.randint(1, 9))


def studio():
    return pick(list(STUDIOS))


def tok(n=10):
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(n))


def insta(first=None, last=None):
    if first is None:
        first, last = name_parts()
    t = str.maketrans("ëéíóúáñøễ' .", "eeiouanoe___")
    f = first.lower().translate(t)
    l = last.lower().translate(t).replace("-", "").replace("_", "")
    return "@" + rng.choice(["%s.%s", "%s_%s_", "%sx%s", "%s.%s.pierced"]) % (f, l)


class Client:
    def __init__(self, minor=False, old=False):
        self.first, self.last = name_parts()
        self.name = "%s %s" % (self.first, self.last)
        self.id = client_id()
        self.chart = chart_no()
        self.dob = dob(minor, old)
        self.phone = phone()
        self.email = email_for(self.name)
        self.city = city()
        self.street = street()
        self.zip = zipc(self.city)
        self.minor = minor
        self.dl = or_dl() if self.city[1] == "OR" else wa_dl()
        self.age = (T.date() - self.dob).days // 365


def c_new(**kw):
    return Client(**kw)


# ============================================================== systems
LVL = {"info": 30, "warn": 40, "error": 50, "debug": 20}


def sys_booking(phi):
    tick()
    host = "bk-api-%d" % rng.randint(1, 3)
    base = {"name": "slotwise-booking", "hostname": host,
            "pid": rng.choice([4121, 4188, 5230]), "level": 30}
    st = studio()
    if not phi:
        v = rng.randint(0, 3)
        if v == 0:
            d = dict(base, msg="slot search", studio=st,
                     svc_cat=rng.choice(["piercing", "injectables"]),
                     results=rng.randint(0, 24), dur_ms=rng.randint(8, 340),
                     req_id=uuid())
        elif v == 1:
            d = dict(base, level=40, msg="calendar sync lag",
                     provider=pick(INJECTORS + PIERCERS), studio=st,
                     lag_s=rng.randint(30, 600), gcal_etag=hexs(16))
        elif v == 2:
            d = dict(base, msg="reminder batch done", studio=st,
                     queued=rng.randint(3, 60), skipped_optout=rng.randint(0, 4),
                     job="rem-24h", run_id=uuid())
        else:
            d = dict(base, msg="GET /v2/availability 200",
                     res={"statusCode": 200, "bytes": rng.randint(800, 22000)},
                     responseTime=rng.randint(4, 120), build="slotwise@3.18.%d" % rng.randint(0, 9))
        d["time"] = iso_ms()
        d["v"] = 0
        return [build("booking", J(d))]
    c = c_new(minor=rng.random() < 0.15)
    v = rng.randint(0, 3)
    ad = appt_date(-20, -1) if v == 2 else appt_date(1, 2) if v == 3 else appt_date(1, 40)
    hh = rng.choice([10, 11, 12, 13, 14, 15, 16, 17, 18])
    mm = rng.choice(["00", "15", "30", "45"])
    start = "%sT%02d:%s:00-07:00" % (ad.isoformat(), hh, mm)
    svc = pick(PIERCE_SVC + INJ_SVC)
    prov = pick(INJECTORS) if svc in INJ_SVC else pick(PIERCERS)
    if v == 0:
        appt = {"id": "APT-%d" % rng.randint(80000, 99999),
                "client_id": P(c.id, "mrn"), "client": P(c.name, "name"),
                "svc": svc, "provider": prov, "studio": st,
                "start": P(start, "date"), "dur_min": rng.choice([30, 45, 60]),
                "deposit_cents": rng.choice([0, 2500, 5000])}
        if c.minor:
            g = full_name("fl")
            appt["guardian"] = {"name": P(g, "name"),
                                "phone": P(phone("e164"), "phone")}
        d = dict(base, msg="appointment created", appt=appt)
    elif v == 1:
        d = dict(base, level=30, msg="appointment cancelled",
                 appt_id="APT-%d" % rng.randint(80000, 99999),
                 cust={"id": P(c.id, "mrn"), "email": P(c.email, "email")},
                 reason=rng.choice(["client_request", "sick", "late_cancel",
                                    "reschedule"]),
                 slot=P(start, "date"), fee_waived=rng.random() < 0.5)
    elif v == 2:
        d = dict(base, level=40, msg="no-show flagged",
                 client=P(c.id, "mrn"), appt_date=P(ad.isoformat(), "date"),
                 studio=st, strikes=rng.randint(1, 3))
    else:
        d = dict(base, msg="reminder queued", to=P(c.phone, "phone"),
                 first_name=P(c.first, "name"),
                 appt_local=P(ad.strftime("%a %b ") + str(ad.day) + " %d:%s" % (hh if hh <= 12 else hh - 12, mm) + ("pm" if hh >= 12 else "am"), "date"),
                 template="rem_24h_v4", studio=st)
    d["time"] = iso_ms()
    d["v"] = 0
    return [build("booking", J(d))]


def sys_consent(phi):
    tick()
    base = {"level": 30, "time": epoch_ms(), "pid": rng.choice([77, 78]),
            "hostname": "consent-web-%d" % rng.randint(1, 2),
            "reqId": "req-" + tok(6).lower()}
    if not phi:
        v = rng.randint(0, 3)
        if v == 0:
            d = dict(base, msg="form schema loaded", form="HHQ", schemaVersion="7.3.%d" % rng.randint(0, 4),
                     locale=rng.choice(["en-US", "es-US"]))
        elif v == 1:
            d = dict(base, msg="pdf rendered", pages=rng.randint(2, 6),
                     ms=rng.randint(90, 2400), engine="chromium 124.0.6367.91",
                     bytes=rng.randint(40000, 380000))
        elif v == 2:
            d = dict(base, level=40, msg="signature pad timeout; retry",
                     tablet="iPad-" + studio() + "-%d" % rng.randint(1, 3), attempt=2)
        else:
            d = dict(base, msg="consent text published", doc="CONSENT-INJ-NEUROTOXIN",
                     rev="2024.05", approvedBy=MD, sha256=hexs(64))
        return [build("consent", J(d))]
    v = rng.randint(0, 2)
    old = v == 0 and rng.random() < 0.3
    c = c_new(minor=rng.random() < 0.2 and not old, old=old)
    if v == 0:
        client = {"fn": P(c.first, "name"), "ln": P(c.last, "name"),
                  "dob": P(fmt_date(c.dob, rng.choice(["iso", "us"])), "date"),
                  "clientId": P(c.id, "mrn")}
        if old:
            client["age"] = P(c.age, "age")
        else:
            client["age"] = c.age
        hist = {"allergies": [pick(ALLERG)], "meds": [pick(MEDS)],
                "pregnant_or_nursing": False if old or rng.random() < 0.8 else True,
                "bleeding_disorder": rng.random() < 0.05,
                "keloid_history": rng.random() < 0.1}
        if rng.random() < 0.45:
            hist["insurance"] = {"carrier": rng.choice(["Moda Health", "Providence Health Plan", "PacificSource", "Regence BlueCross"]),
                                 "memberId": P(rng.choice(["MOD", "PHP", "PSC", "ZRB"]) + "%09d" % rng.randint(0, 999999999), "health_plan")}
        ec_name = full_name("fl")
        d = dict(base, msg="health history submitted", form="HHQ-v7",
                 client=client, history=hist,
                 emergencyContact={"name": P(ec_name, "name"), "rel": pick(REL),
                                   "phone": P(phone(), "phone")})
        if c.minor:
            g = full_name("fl")
            d["guardian"] = {"name": P(g, "name"), "relationship": rng.choice(["mother", "father", "legal guardian"]),
                             "idType": "OR DL", "idNumber": P(or_dl(), "license")}
    elif v == 1:
        d = dict(base, msg="consent signed", doc=rng.choice(["CONSENT-PIERCE-v12", "CONSENT-INJ-FILLER-v9"]),
                 signer=P(c.name, "name"), signerEmail=P(c.email, "email"),
                 address={"line1": P(c.street, "address"), "city": P(c.city[0], "address"),
                          "state": c.city[1], "postal": P(c.zip, "zip")},
                 witness=pick(FRONT), ip=P(pub_ip(), "ip"))
        if rng.random() < 0.2:
            d["fax"] = P(phone("dash"), "fax")
            d["preferredContact"] = "fax"
    else:
        d = dict(base, level=50, msg="validation failed",
                 errors=[S(["dob '", P(fmt_date(c.dob, "eu"), "date"), "' not in MM/DD/YYYY"]),
                         "phone required"],
                 draft={"name": P(c.name, "name"), "insta": P(insta(*c.name.split(" ", 1)), "other_id")})
    return [build("consent", J(d, ea=rng.random() < 0.4))]


def sys_idv(phi):
    tick()
    st = studio()
    head = [iso_ms(), " idv-gw ", "INFO" if phi or rng.random() < .7 else "WARN", " "]
    if not phi:
        v = rng.randint(0, 2)
        if v == 0:
            return [L("idv", head, "heartbeat vendor=veriscan sdk=4.12.%d model=face-v3.2 "
                      "latency_ms=%d queue=%d" % (rng.randint(0, 5), rng.randint(40, 300), rng.randint(0, 4)))]
        if v == 1:
            return [L("idv", head, "scan_id=%s studio=%s device=TAB-%s-%02d result=ABORT reason=glare_detected retries=%d"
                      % (uuid(), st, st, rng.randint(1, 4), rng.randint(1, 3)))]
        return [L("idv", head, "policy reload min_age_piercing=18 min_age_with_guardian=14 "
                  "min_age_injectables=21 rev=%s" % hexs(7))]
    c = c_new(minor=rng.random() < 0.2)
    v = rng.randint(0, 3)
    sid = uuid()
    if v == 0:
        doc = P(c.dl, "license")
        exp = dt.date(2024 + rng.randint(1, 7), c.dob.month, min(c.dob.day, 28))
        return [L("idv", head, "scan_id=%s studio=%s doc_type=DL issuer=%s doc_no=" % (sid, st, c.city[1]),
                  doc, " name=\"", P(c.last.upper() + ", " + c.first.upper(), "name"),
                  "\" dob=", P(c.dob.isoformat(), "date"), " exp=", P(exp.isoformat(), "date"),
                  " age_years=%d result=%s face_match=0.%02d latency_ms=%d" % (
                      c.age, "PASS" if c.age >= 18 else "GUARDIAN_REQUIRED",
                      rng.randint(80, 99), rng.randint(300, 1500)))]
    if v == 1:
        iss = dt.date(2021 + rng.randint(0, 2), rng.randint(1, 12), rng.randint(1, 28))
        return [L("idv", "%s idv-gw WARN aamva_parse partial scan_id=%s raw=\"@ ANSI 636029100102DL00410288ZO03290015DLDAQ" % (iso_ms(), sid),
                  P(c.dl, "license"), " DCS", P(c.last.upper(), "name"), " DAC",
                  P(c.first.upper(), "name"), " DBB", P(fmt_date(c.dob, "aamva"), "date"),
                  " DBD", P(fmt_date(iss, "aamva"), "date"), " DAG", P(c.street.upper(), "address"),
                  " DAI", P(c.city[0].upper(), "address"), " DAK", P(c.zip + "0000", "zip"),
                  " DCF", P(hexs(12).upper(), "other_id"), "\" err=truncated_subfile")]
    if v == 2:
        return [L("idv", head, "face_match scan_id=%s studio=%s client=" % (sid, st), P(c.id, "mrn"),
                  " score=0.%02d tmpl=b64:" % rng.randint(70, 99), P(b64s(64), "biometric"),
                  " selfie_jpeg=", P("/9j/4AAQSkZJRgABAQAAAQABAAD/2wBD" + b64s(60), "photo"), "... (truncated 48211 bytes)")]
    c = c_new(minor=True)
    g = full_name("fl")
    return [L("idv", head, "guardian_check scan_id=%s minor_client=" % sid, P(c.id, "mrn"),
              " minor_dob=", P(fmt_date(c.dob, "us"), "date"), " guardian=\"", P(g, "name"),
              "\" guardian_doc=", P(or_dl() if rng.random() < .7 else "X%08d" % rng.randint(0, 99999999), "license"),
              " relationship_doc=birth_certificate result=PASS staff=%s" % pick(FRONT).split()[0].lower())]


BBP_HDR = "logged_at,incident_no,site,employee,emp_id,exposure_type,device,body_site,source_client_id,source_name,source_dob,source_svc_date,source_consent_test,pep_offered,reported_to"


def csvq(v):
    if "," in v or '"' in v:
        return '"' + v.replace('"', '""') + '"'
    return v


def sys_bbp(phi):
    tick()
    lg = T.astimezone(PDT).strftime("%Y-%m-%d %H:%M")
    inc = "EXP-2024-%03d" % rng.randint(10, 60)
    st = studio()
    emp = pick(PIERCERS + INJECTORS)
    eid = "E%04d" % rng.randint(1000, 1999)
    typ = rng.choice(["needlestick", "splash-mucous", "cut-jewelry-taper", "needlestick"])
    dev = rng.choice(["14g hollow needle", "16g hollow needle", "30g 1/2in insulin syringe",
                      "27g cannula", "receiving tube"])
    body = rng.choice(["L index finger", "R thumb", "L eye", "R palm"])
    if not phi:
        v = rng.randint(0, 2)
        if v == 0:
            return [L("bbp", BBP_HDR)]
        if v == 1:
            row = [lg, inc, st, csvq(emp), eid, typ, dev, body, "", "UNKNOWN", "", "", "N/A",
                   "Y", "ops@haloandhollow.com"]
            return [L("bbp", ",".join(row))]
        return [L("bbp", ",".join([lg, "TRN-%d" % rng.randint(400, 499), st, csvq(emp), eid,
                                   "training", "BBP annual refresher (ProTrainings)", "", "", "", "", "",
                                   "", "", "completed cert#PT-%d" % rng.randint(100000, 999999)]))]
    c = c_new()
    svc = T.astimezone(PDT).date() - dt.timedelta(days=rng.randint(0, 2))
    parts = [lg + "," + inc + "," + st + "," + csvq(emp) + "," + eid + "," + typ + "," + dev + "," + body + ",",
             P(c.id, "mrn"), ","]
    nm = c.last + ", " + c.first
    parts += ['"', P(nm, "name"), '",', P(fmt_date(c.dob, "us"), "date"), ",",
              P(svc.isoformat(), "date"), ",", rng.choice(["Y", "Y", "REFUSED"]), ",Y,",
              "h.vasquez-oyelaran@haloandhollow.com"]
    return [L("bbp", parts)]


def sys_adverse(phi):
    tick()
    lg = T.astimezone(PDT).strftime("%Y-%m-%d %H:%M")
    ar = "AR-2024-%04d" % rng.randint(30, 140)
    if not phi:
        v = rng.randint(0, 1)
        if v == 0:
            return [L("adverse", "%s | %s | queue | open=%d pending_md_signoff=%d overdue=0 | reviewer: %s"
                      % (ar, lg, rng.randint(0, 4), rng.randint(0, 3), MD))]
        p = pick(PRODUCTS)
        return [L("adverse", "%s | %s | lot-watch | %s lot %s: %d reports in 90d (threshold 3), no action. -- %s"
                  % (ar, lg, p[1], lot(p[2]), rng.randint(0, 2), MD))]
    old = rng.random() < 0.25
    c = c_new(old=old)
    p = pick(PRODUCTS)
    onset = T.astimezone(PDT).date() - dt.timedelta(days=rng.randint(0, 6))
    v = rng.randint(0, 2)
    if v == 0:
        p = pick([x for x in PRODUCTS if x[0][:3] in ("RST", "JUV", "BEL")])
        parts = ["%s | %s | %s | Pt " % (ar, lg, "Dr. " + MD.split(",")[0]), P(c.name, "name"),
                 " (DOB ", P(fmt_date(c.dob, "us"), "date"), ", chart ", P(c.chart, "mrn"), ")"]
        if old:
            parts += [", ", P(str(c.age), "age"), " y/o,"]
        parts += [" presented ", P(fmt_date(onset, "short"), "date"),
                  " w/ blanching L nasolabial fold ~2h post %s lot %s; hyaluronidase 150u given, warm compress, "
                  "ASA 325. " % (p[1], lot(p[2])),
                  rng.choice(["Spouse", "Partner", "Mother", "Roommate", "Emergency contact"]), " ",
                  P(full_name("fl"), "name"), " (", P(phone("dash"), "phone"),
                  ") notified. f/u 24h with %s." % pick(INJECTORS)]
        return [L("adverse", parts)]
    if v == 1:
        parts = ["%s | %s | %s | Client " % (ar, lg, pick(PIERCERS)), P(c.id, "mrn"),
                 " - ", P(c.first, "name"), " called re: redness/heat around %s done " % pick(PIERCE_SVC).lower(),
                 P(fmt_date(onset, "mon"), "date"),
                 ", no fever. Advised to see PCP; jewelry %s NOT removed. Lives in " % pick(JEWELRY),
                 P(c.city[0], "address"), ", will go to urgent care."]
        return [L("adverse", parts)]
    return [L("adverse", "%s | %s | MD note | " % (ar, lg), "Ptosis L brow after %s " % p[1],
              "(", P(c.last + ", " + c.first, "name"), ", ", P(c.email, "email"),
              "), onset ", P(fmt_date(onset, "iso"), "date"),
              ". apraclonidine 0.5%% gtts TID x 2wk. FDA MedWatch filed #MW%d. -- HVO" % rng.randint(5000000, 5999999))]


SMS_EN = ["Hi {n}! Day 3 after your {s}: saline spray 2x/day, no twisting. Reply STOP to opt out. {u}",
          "{n}, your aftercare check-in: any swelling should be easing by now. Photos? Reply here. {u}",
          "Hi {n} - reminder: no lying flat, no workouts 24h after your treatment today. Questions? {u}"]
SMS_ES = ["Hola {n}, recuerda limpiar tu perforación con solución salina 2 veces al día. {u}",
          "{n}, evita el maquillaje en la zona tratada por 24 horas. Dudas: {u}"]


def sys_sms(phi):
    tick()
    st = studio()
    head = "ts=%s svc=aftercare-sms " % iso_ms()
    sid = "SM" + hexs(32)
    if not phi:
        v = rng.randint(0, 2)
        if v == 0:
            return [L("sms", head + "evt=status_callback sid=%s status=%s error_code=%s price=-0.00790 segments=%d"
                      % (sid, rng.choice(["delivered", "sent", "undelivered"]),
                         rng.choice(["", "", "30003", "30007"]), rng.randint(1, 3)))]
        if v == 1:
            return [L("sms", head + "evt=rate_limit from=%s mps=1 backlog=%d messaging_service=MG%s" % (
                ORG_SMS, rng.randint(0, 40), hexs(32)))]
        return [L("sms", head + "evt=template_loaded name=aftercare_d3_%s rev=%d chars=%d" % (
            rng.choice(["en", "es"]), rng.randint(3, 9), rng.randint(120, 158)))]
    c = c_new()
    v = rng.randint(0, 2)
    if v < 2:
        tmpl = pick(SMS_ES if rng.random() < 0.25 else SMS_EN)
        url = "https://hh.care/a/" + tok(7)
        pre, rest = tmpl.split("{n}", 1)
        mid, post = rest.split("{u}", 1)
        mid = mid.replace("{s}", pick(PIERCE_SVC).lower())
        return [L("sms", head, "evt=outbound sid=%s from=%s to=" % (sid, ORG_SMS), P(c.phone if c.phone.startswith("+") else "+1" + "".join(ch for ch in c.phone if ch.isdigit()), "phone"),
                  " status=queued body=\"", pre, P(c.first, "name"), mid, P(url, "url"), post, "\"")]
    body = rng.choice(["is swelling normal? its been 4 days since my tongue piercing",
                       "my lip is kinda bruised on one side, should i be worried",
                       "can i swim yet?? trip is this weekend",
                       "This is {n}'s mom, she has a bump on the helix"])
    parts = [head, "evt=inbound sid=%s from=" % sid, P("+1" + "".join(ch for ch in c.phone if ch.isdigit())[-10:], "phone"),
             " to=%s studio=%s body=\"" % (ORG_SMS, st)]
    if "{n}" in body:
        a, b = body.split("{n}")
        parts += [a, P(c.first, "name"), b]
    else:
        parts.append(body)
    parts.append("\" routed=triage_queue")
    return [L("sms", parts)]


def sys_pos(phi):
    tick()
    st = studio()
    head = "time=%s level=%s app=pos-bridge loc=%s " % (iso_ms(), "info", st)
    oid = "ORD-" + tok(6).upper()
    if not phi:
        v = rng.randint(0, 2)
        if v == 0:
            sku = pick(JEWELRY)
            return [L("pos", head + "evt=line_item order_id=%s sku=%s qty=1 unit_price=%d tax=0 staff=%s"
                      % (oid, sku, rng.choice([3500, 4800, 6500, 12000, 18500]),
                         pick(PIERCERS).split()[0].lower()))]
        if v == 1:
            return [L("pos", head + "evt=payment order_id=%s tender=card brand=%s last4=%04d entry=contactless "
                      "amount=%d currency=USD auth=%06d terminal=T2-%s" % (
                          oid, rng.choice(["VISA", "MC", "AMEX", "DISC"]), rng.randint(0, 9999),
                          rng.randint(4000, 95000), rng.randint(0, 999999), hexs(8).upper()))]
        return [L("pos", head.replace("level=info", "level=warn") + "evt=webhook_retry event_id=%s attempt=%d dur=%dms"
                  % (uuid(), rng.randint(1, 5), rng.randint(200, 9000)))]
    c = c_new()
    v = rng.randint(0, 4)
    if v == 4:
        return [L("pos", head, "evt=parking_validation order_id=%s garage=%s plate=" % (oid, rng.choice(["SmartPark-4th", "Bond-St-Garage"])),
                  P(plate(), "vehicle"), " state=%s minutes=%d" % (rng.choice(["OR", "WA"]), rng.choice([60, 90, 120])))]
    if v == 0:
        return [L("pos", head, "evt=payment order_id=%s customer_id=" % oid, P("CUST_" + tok(12).upper(), "account"),
                  " receipt_email=", P(c.email, "email"),
                  " amount=%d tender=card brand=VISA last4=%04d" % (rng.randint(4000, 95000), rng.randint(0, 9999)))]
    if v == 1:
        valid = rng.random() < 0.7
        return [L("pos", head.replace("level=info", "level=debug"), "evt=emv_fallback order_id=%s track2=;" % oid,
                  P(card(valid), "account"), "=%02d%02d1010000000000? reason=%s" % (
                      rng.randint(25, 29), rng.randint(1, 12), "chip_read_fail" if valid else "bad_luhn"))]
    if v == 2:
        return [L("pos", head, "evt=gift_card_redeem gan=", P("7783" + "".join(str(rng.randint(0, 9)) for _ in range(12)), "account"),
                  " holder=\"", P(c.name, "name"), "\" balance_after=%d" % rng.randint(0, 20000))]
    return [L("pos", head, "evt=loyalty_accrue order_id=%s member=" % oid, P("HHL%07d" % rng.randint(0, 9999999), "other_id"),
              " phone=", P(c.phone, "phone"), " points=%d tier=%s" % (rng.randint(5, 400), rng.choice(["halo", "gold"])))]


def sys_inspect(phi):
    tick()
    st = studio()
    sub = "SUB-2024-%05d" % rng.randint(100, 9999)
    lines = [L("inspect", '<InspectionSubmission xmlns="urn:or:oha:hlo:bodyart:v2" schemaVersion="2.3" submissionId="%s" submitted="%s">' % (sub, iso_ms())),
             L("inspect", '  <Facility licenseNo="BAF-%05d" name="Halo &amp; Hollow – %s" address="%s" phone="%s"/>' % (
                 rng.randint(10000, 19999), st, STUDIOS[st], STUDIO_PHONE[st])),
             L("inspect", '  <Practitioner licenseNo="BAP-%05d" type="%s">%s</Practitioner>' % (
                 rng.randint(30000, 39999), rng.choice(["body piercing", "body piercing"]), pick(PIERCERS))),
             L("inspect", '  <Autoclave make="SciCan" model="STATIM 5000" serial="5000G-%05d" lastSporeTest="2024-06-%02d" result="NEG"/>' % (
                 rng.randint(10000, 99999), rng.randint(1, 10)))]
    if phi:
        c = c_new()
        lines.append(L("inspect", '  <ClientRecordSample recordId="', P(c.id, "mrn"),
                       '" consentOnFile="true" ageVerified="true" serviceDate="',
                       P((T.astimezone(PDT).date() - dt.timedelta(days=rng.randint(14, 120))).isoformat(), "date"), '"/>'))
        if rng.random() < 0.5:
            lines.append(L("inspect", '  <Complaint caseNo="', P("HLO-C-24-%04d" % rng.randint(100, 999), "other_id"),
                           '" complainant="', P(c_new().name, "name"),
                           '" allegation="infection after nostril piercing" status="closed-unsubstantiated"/>'))
    lines.append(L("inspect", "</InspectionSubmission>"))
    return lines


PORTAL_PATHS_CLEAN = ["/book/api/slots?studio={st}&date=2024-06-{d:02d}", "/healthz",
                      "/static/js/app.8f3c2e1.js", "/book/services/injectables",
                      "/favicon.ico", "/aftercare/helix", "/api/v2/studios"]


def sys_nginx(phi):
    tick()
    st = studio()
    ua = rng.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
                     "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.113 Mobile Safari/537.36",
                     "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"])
    tail = ' %d %d "-" "%s" rt=%.3f' % (rng.choice([200, 200, 304, 302]), rng.randint(200, 90000), ua, rng.random())
    if not phi:
        path = pick(PORTAL_PATHS_CLEAN).format(st=st, d=rng.randint(11, 30))
        if path == "/healthz":
            return [L("nginx", '10.40.0.%d - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "ELB-HealthChecker/2.0" rt=0.00%d'
                      % (rng.randint(2, 9), clf(), rng.randint(1, 9)))]
        src, bua = rng.choice([("66.249.66.%d" % rng.randint(1, 220), "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
                               ("216.144.250.150", "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)"),
                               ("40.77.167.%d" % rng.randint(1, 250), "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)")])
        return [L("nginx", '%s - - [%s] "GET %s HTTP/1.1" %d %d "-" "%s" rt=%.3f' % (
            src, clf(), path, rng.choice([200, 304]), rng.randint(200, 90000), bua, rng.random()))]
    c = c_new()
    ip = P(pub_ip(), "ip")
    v = rng.randint(0, 2)
    if v == 0:
        return [L("nginx", ip, ' - - [%s] "GET /portal/clients/' % clf(), P(c.id, "mrn"),
                  '/consents/%d.pdf HTTP/2.0"' % rng.randint(1000, 9999), tail)]
    if v == 1:
        return [L("nginx", ip, ' - - [%s] "POST /api/v2/intake/start?email=' % clf(), pct(P(c.email, "email")),
                  '&studio=%s HTTP/2.0"' % st, tail)]
    return [L("nginx", ip, ' - - [%s] "GET /book/confirm?appt=APT-%d&dob=' % (clf(), rng.randint(80000, 99999)),
              pct(P(fmt_date(c.dob, "us"), "date")), ' HTTP/2.0"', tail)]


def sys_syslog(phi):
    tick()
    ts = sysl()
    if not phi:
        v = rng.randint(0, 3)
        if v == 0:
            return [L("syslog", "%s hh-app-0%d sshd[%d]: Accepted publickey for deploy from 10.20.1.%d port %d ssh2: ED25519 SHA256:%s"
                      % (ts, rng.randint(1, 3), rng.randint(1000, 40000), rng.randint(2, 40),
                         rng.randint(40000, 65000), b64s(43)))]
        if v == 1:
            return [L("syslog", "%s hh-app-02 CRON[%d]: (www-data) CMD (/opt/slotwise/bin/reminders --window 24h)" % (ts, rng.randint(1000, 40000)))]
        if v == 2:
            return [L("syslog", "%s hh-mail postfix/smtp[%d]: %s: to=<%s>, relay=smtp.sendgrid.net[167.89.%d.%d]:587, delay=%.1f, status=sent (250 Ok)"
                      % (ts, rng.randint(1000, 40000), hexs(10).upper(), pick(STAFF_EMAIL),
                         rng.randint(0, 127), rng.randint(1, 254), rng.random() * 3))]
        st = studio()
        return [L("syslog", "%s %s-mx67 %d.%09d %s_MX urls src=10.77.0.%d:%d dst=52.%d.%d.%d:443 mac=00:18:0A:%02X:%02X:%02X request: GET https://api.squareup.com/"
                  % (ts, st.lower(), int(T.timestamp()), rng.randint(0, 999999999), st.replace("-", "_"),
                     rng.randint(2, 20), rng.randint(40000, 60000), rng.randint(0, 255), rng.randint(0, 255),
                     rng.randint(1, 254), rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255)))]
    c = c_new()
    if rng.random() < 0.5:
        return [L("syslog", "%s hh-mail postfix/smtp[%d]: %s: to=<" % (ts, rng.randint(1000, 40000), hexs(10).upper()),
                  P(c.email, "email"), ">, relay=smtp.sendgrid.net[167.89.%d.%d]:587, delay=%.1f, status=sent (250 Ok: queued as %s)"
                  % (rng.randint(0, 127), rng.randint(1, 254), rng.random() * 3, tok(22)))]
    st = studio()
    return [L("syslog", "%s %s-mx67 %d.%09d %s_MX events type=8021x_auth ssid='HH-Clients' client_mac='" % (
        ts, st.lower(), int(T.timestamp()), rng.randint(0, 999999999), st.replace("-", "_")),
        P(mac(), "device"), "' client_ip='", P("10.77.1.%d" % rng.randint(20, 250), "ip"),
        "' identity='", P(c.email, "email"), "' splash=booking_login")]


def sys_hl7(phi):
    tick()
    t = T.astimezone(PDT).strftime("%Y%m%d%H%M%S")
    ctl = "QLB%d" % rng.randint(10000000, 99999999)
    msh = "MSH|^~\\&|QUEST|QDI-PDX|HHMD-EMR|HALOHOLLOW|%s||ORU^R01^ORU_R01|%s|P|2.5.1" % (t, ctl)
    c = c_new()
    sex = rng.choice(["F", "M", "X"])
    mn = rng.choice("ABCDEJKLMR")
    pid = ["PID|1||", P(c.chart, "mrn"), "^^^HHMD^MR~", P(c.id, "mrn"), "^^^HALOHOLLOW^PI||",
           P(c.last + "^" + c.first + "^" + mn, "name"), "||", P(c.dob.strftime("%Y%m%d"), "date"),
           "|%s|||" % sex, P(c.street, "address"), "^"]
    if rng.random() < 0.4:
        pid += [P(pick(UNITS), "address")]
    pid += ["^", P(c.city[0], "address"), "^%s^" % c.city[1], P(c.zip, "zip"), "^USA||",
            P(c.phone if not c.phone.startswith("+") else "(%s)%s-%s" % (c.phone[2:5], c.phone[5:8], c.phone[8:]), "phone"),
            "^PRN^PH"]
    colt = (T - dt.timedelta(days=rng.randint(1, 3))).astimezone(PDT).strftime("%Y%m%d%H%M")
    obr = ["OBR|1|%s|Q%d|BBPSRC^Source patient BBP panel^L|||" % ("EXP-2024-%03d" % rng.randint(10, 60), rng.randint(10000000, 99999999)),
           P(colt, "date"), "|||||||||%s^Vasquez-Oyelaran^Helena^^^^MD^^NPI" % MD_NPI]
    obx = []
    for code, nm in [("56888-1", "HIV 1+2 Ab+HIV1 p24 Ag"), ("5196-1", "HBsAg"), ("13955-0", "HCV Ab")]:
        obx.append(L("hl7", "OBX|%d|ST|%s^%s^LN||%s||||||F|||%s" % (
            len(obx) + 1, code, nm, rng.choice(["Nonreactive", "Nonreactive", "Negative"]), t)))
    return [L("hl7", msh), L("hl7", pid), L("hl7", obr)] + obx


def sys_fhir(phi):
    tick()
    if not phi:
        v = rng.randint(0, 1)
        if v == 0:
            d = {"resourceType": "OperationOutcome", "issue": [{"severity": "warning", "code": "throttled",
                 "diagnostics": "rate limit 50 req/min exceeded; retry-after 12"}], "meta": {"lastUpdated": iso_ms()}}
        else:
            d = {"resourceType": "Bundle", "type": "searchset", "total": 0, "link": [
                {"relation": "self", "url": "https://emr-bridge.internal.haloandhollow.com/fhir/AdverseEvent?date=ge2024-06-01&_count=50"}],
                 "meta": {"lastUpdated": iso_ms(), "versionId": str(rng.randint(1, 9))}}
        return [build("fhir", J(d, sep=(", ", ": ")))]
    c = c_new(old=rng.random() < 0.1)
    p = pick(PRODUCTS)
    if rng.random() < 0.55:
        d = {"resourceType": "AdverseEvent", "id": "ae-" + hexs(8), "actuality": "actual",
             "subject": {"reference": S(["Patient/", P(c.chart, "mrn")]), "display": P(c.name, "name")},
             "date": P((T.date() - dt.timedelta(days=rng.randint(0, 5))).isoformat(), "date"),
             "event": {"text": rng.choice(["vascular occlusion", "eyelid ptosis", "nodule", "delayed hypersensitivity"])},
             "suspectEntity": [{"instance": {"display": "%s lot %s" % (p[1], lot(p[2]))}}],
             "recorder": {"display": MD}}
    else:
        d = {"resourceType": "Patient", "id": P(c.chart, "mrn"),
             "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": P(c.id, "mrn")}],
             "name": [{"family": P(c.last, "name"), "given": [P(c.first, "name")]}],
             "telecom": [{"system": "phone", "value": P(c.phone, "phone")},
                         {"system": "email", "value": P(c.email, "email")}],
             "birthDate": P(c.dob.isoformat(), "date"),
             "address": [{"line": [P(c.street, "address")], "city": P(c.city[0], "address"),
                          "state": c.city[1], "postalCode": P(c.zip, "zip")}]}
        if rng.random() < 0.3:
            d["identifier"].append({"system": "http://hl7.org/fhir/sid/us-mbi", "value": P(mbi(), "health_plan")})
    return [build("fhir", J(d, ea=True, sep=(", ", ": ")))]


def sys_autoclave(phi):
    tick()
    t = T.astimezone(PDT).strftime("%Y-%m-%d %H:%M")
    st = studio()
    return [L("autoclave", "%-16s %-9s %-11s SN:%-12s CYC#%05d %4s %-7s %5.2fBAR %-4s POUCH:%-12s OP:%s" % (
        t, st, "STATIM5000", "5000G-%05d" % rng.randint(10000, 99999), rng.randint(1000, 9999),
        rng.choice(["134C", "121C"]), rng.choice(["3.5MIN", "18MIN", "6.0MIN"]), 2 + rng.random() * 0.3,
        rng.choice(["PASS", "PASS", "PASS", "FAIL"]), "L%s-%02d" % (T.strftime("%y%m%d"), rng.randint(1, 9)),
        "".join(w[0] for w in pick(PIERCERS).split()).upper()))]


def sys_java(phi):
    tick()
    t = T.astimezone(PDT).strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (T.microsecond // 1000)
    th = "pool-%d-thread-%d" % (rng.randint(1, 4), rng.randint(1, 8))
    p = pick(PRODUCTS)
    lt = lot(p[2])
    if not phi and rng.random() < 0.5:
        return [L("java", "%s  INFO 1 --- [%s] c.h.inventory.LotSyncJob          : synced %d lots from McKesson feed in %d ms (etag %s)"
                  % (t, th, rng.randint(3, 40), rng.randint(100, 3000), hexs(12)))]
    if not phi:
        first = L("java", "%s ERROR 1 --- [%s] c.h.inventory.LotSyncJob          : lot %s sync failed" % (t, th, lt))
        exc = L("java", "java.net.SocketTimeoutException: Read timed out (connect to edi.mckesson.com:443)")
    else:
        c = c_new()
        first = L("java", "%s ERROR 1 --- [%s] c.h.inventory.UsageReconciler    : unit mismatch lot %s for chart " % (t, th, lt),
                  P(c.chart, "mrn"), " (", P(c.name, "name"), "): logged 24u, dispensed 20u")
        exc = L("java", "java.lang.IllegalStateException: usage > dispensed for lot %s" % lt)
    frames = ["\tat com.haloandhollow.inventory.UsageReconciler.reconcile(UsageReconciler.java:%d)" % rng.randint(80, 240),
              "\tat com.haloandhollow.inventory.LotSyncJob.run(LotSyncJob.java:%d)" % rng.randint(40, 120),
              "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
              "\tat java.base/java.lang.Thread.run(Thread.java:1583)"]
    n = rng.randint(2, 4)
    return [first, exc] + [L("java", f) for f in frames[:n]]


def sys_pgsql(phi):
    tick()
    t = T.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (T.microsecond // 1000)
    pid = rng.randint(20000, 39999)
    if not phi:
        v = rng.randint(0, 2)
        if v == 0:
            return [L("pgsql", "%s [%d] LOG:  automatic vacuum of table \"slotwise.public.appointments\": index scans: 1, pages: 0 removed, %d remain" % (t, pid, rng.randint(2000, 9000)))]
        if v == 1:
            return [L("pgsql", "%s [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); write=%.3f s, sync=%.3f s" % (
                t, pid, rng.randint(100, 5000), rng.random() * 10, rng.random() * 30, rng.random()))]
        return [L("pgsql", "%s [%d] app=reporting user=hh_ro LOG:  duration: %.3f ms  statement: SELECT studio, count(*) FROM appointments WHERE start_at >= now() - interval '7 days' GROUP BY 1" % (t, pid, rng.random() * 900))]
    c = c_new()
    if rng.random() < 0.5:
        return [L("pgsql", "%s [%d] app=frontdesk user=hh_app LOG:  duration: %.3f ms  statement: SELECT id, phone FROM clients WHERE lower(last_name) = lower('" % (t, pid, 200 + rng.random() * 900),
                  P(c.last.replace("'", "''"), "name"), "') AND dob = '", P(c.dob.isoformat(), "date"), "'")]
    return [L("pgsql", "%s [%d] app=consent user=hh_app ERROR:  duplicate key value violates unique constraint \"clients_email_key\" DETAIL:  Key (email)=(" % (t, pid),
              P(c.email, "email"), ") already exists.")]


CHANNELS = {"C05PDXFD": "frontdesk-pdx", "C05INJ01": "injectables", "C05OPS00": "ops", "C05MDREV": "md-review"}


def sys_chat(phi):
    tick()
    ch = pick(list(CHANNELS))
    u = "U0%s" % tok(8).upper()
    ts = "%d.%06d" % (int(T.timestamp()), rng.randint(0, 999999))
    if not phi:
        txt = rng.choice(["autoclave at HAW passed spore test :tada:",
                          "who has the key to the sharps cabinet at SLM?",
                          "Anatometal order PO-44817 arrived, 2 boxes short of 16g labrets",
                          "Reminder: BBP refresher due by 6/30 for everyone on the floor",
                          "Square terminal at EUG keeps dropping wifi, ticket INC-20931 open",
                          "Dr. V signing off AR queue at 4, get notes in before then",
                          "Daxxify rep (Kendra) visiting PDX-PEARL thursday 10am"])
        return [build("chat", J({"type": "message", "user": u, "channel": ch, "text": txt, "ts": ts}))]
    c = c_new()
    v = rng.randint(0, 2)
    if v == 0:
        txt = S(["can someone call back ", P(c.name, "name"), " at ", P(phone("dash"), "phone"),
                 "? her 2pm on ", P(fmt_date(appt_date(1, 21), "short"), "date"), " got double booked"])
    elif v == 1:
        txt = S(["MD review pls: chart ", P(c.chart, "mrn"), ", lip filler ",
                 P(fmt_date(past_date(), "short"), "date"), ", asymmetric swelling, pics in the EMR"])
    else:
        txt = S(["heads up ", P(insta(c.first, c.last), "other_id"), " (", P(c.first, "name"),
                 ") tagged us with a bad review, says they were 16 at the time but the DL we scanned said 18?? ID on file ", P(c.dl, "license")])
    return [build("chat", J({"type": "message", "user": u, "channel": ch, "text": txt, "ts": ts}))]


def sys_financing(phi):
    tick()
    head = "%s %s [cherry_client] " % (pylog(), "INFO")
    if not phi:
        v = rng.randint(0, 1)
        if v == 0:
            return [L("financing", head + "token refreshed expires_in=3600 merchant=MRC-HALOHOLLOW-%d" % rng.randint(1, 6))]
        return [L("financing", head + "POST https://api.partner.example-fin.com/v3/applications 201 in %dms" % rng.randint(200, 2500))]
    c = c_new()
    if rng.random() < 0.5:
        valid = rng.random() < 0.8
        ln = c.last.replace("'", "\\'")
        return [L("financing", head.replace("INFO", "DEBUG"), "payload={'first_name': '", P(c.first, "name"),
                  "', 'last_name': '", P(c.last, "name", ln, "pyrepr"),
                  "', 'ssn': '", P(ssn(valid), "ssn"), "', 'dob': '", P(c.dob.isoformat(), "date"),
                  "', 'annual_income': %d, 'zip': '" % (rng.randint(20, 180) * 1000),
                  P(c.zip, "zip"), "'}")]
    return [L("financing", head, "application approved app_id=APP-%s account=" % tok(8).upper(),
              P("CHY%010d" % rng.randint(0, 9999999999), "account"), " applicant=", P(c.email, "email"),
              " limit=%d apr=0" % rng.choice([500, 1000, 2500]))]


def sys_inventory(phi):
    tick()
    t = T.astimezone(PDT).strftime("%Y-%m-%dT%H:%M:%S")
    st = studio()
    p = pick(PRODUCTS)
    if not phi:
        if rng.random() < 0.5:
            sku, lt, ven = p[0], lot(p[2]), {"BTX": "ALLERGAN", "JUV": "ALLERGAN", "RST": "GALDERMA",
                                            "DYS": "GALDERMA", "DAX": "REVANCE", "BEL": "MERZ",
                                            "SCU": "GALDERMA"}[p[0][:3]]
        else:
            sku = pick(JEWELRY)
            lt = "%s-%d" % (rng.choice(["AM", "NM", "IS"]), rng.randint(20000, 29999))
            ven = "NEOMETAL" if "NEO" in sku else "MCKESSON" if sku.startswith("NDL") else "ANATOMETAL"
        return [L("inventory", "INV|%s|%s|RECV|SKU=%s|LOT=%s|EXP=20%d-%02d|QTY=%d|PO=PO-%d|VENDOR=%s" % (
            t, st, sku, lt, rng.randint(25, 29), rng.randint(1, 12), rng.randint(1, 20),
            rng.randint(40000, 49999), ven))]
    c = c_new()
    return [L("inventory", "INV|%s|%s|USE|SKU=%s|LOT=%s|EXP=2025-%02d|UNITS=%s|CHART=" % (
        t, st, p[0], lot(p[2]), rng.randint(1, 12),
        rng.choice(["4", "20", "24", "50"]) if p[0][-1] == "U" else rng.choice(["1", "1", "2"])),
        P(c.chart, "mrn"), "|INJ=%s" % pick(INJECTORS).split(",")[0].replace(" ", "").upper())]


SYSTEMS = [  # (fn, weight, can_phi, can_clean)
    (sys_booking, 10, True, True), (sys_consent, 10, True, True), (sys_idv, 7, True, True),
    (sys_bbp, 3, True, True), (sys_adverse, 4, True, True), (sys_sms, 8, True, True),
    (sys_pos, 8, True, True), (sys_inspect, 1, True, True), (sys_nginx, 9, True, True),
    (sys_syslog, 7, True, True), (sys_hl7, 1, True, False), (sys_fhir, 3, True, True),
    (sys_autoclave, 4, False, True), (sys_java, 1, True, True), (sys_pgsql, 4, True, True),
    (sys_chat, 5, True, True), (sys_financing, 4, True, True), (sys_inventory, 5, True, True),
]


def generate():
    out = []
    while len(out) < N_LINES:
        phi = rng.random() < 0.52
        cands = [s for s in SYSTEMS if (s[2] if phi else s[3])]
        fn = rng.choices([s[0] for s in cands], weights=[s[1] for s in cands])[0]
        rec = fn(phi)
        if len(out) + len(rec) > N_LINES:
            continue
        out.extend(rec)
    return out


def check(lines):
    for i, (fam, b, spans) in enumerate(lines, 1):
        if b"\n" in b or b"\r" in b or not b.strip():
            raise SystemExit("bad line %d" % i)
        b.decode("utf-8")
        prev = 0
        for s, e, p in sorted(spans, key=lambda x: x[0]):
            if not (0 <= s < e <= len(b)):
                raise SystemExit("span out of range line %d" % i)
            if s < prev:
                raise SystemExit("overlap line %d" % i)
            prev = e
            got = b[s:e].decode("utf-8")
            if got != p.text:
                raise SystemExit("span text mismatch line %d: %r vs %r" % (i, got, p.text))
            raw = str(p.raw)
            if p.enc == "json":
                dec = json.loads('"' + got + '"')
            elif p.enc == "pct":
                dec = urllib.parse.unquote(got)
            elif p.enc == "pyrepr":
                dec = got.replace("\\'", "'")
            else:
                dec = got
            if dec != raw:
                raise SystemExit("span decode mismatch line %d: %r vs %r" % (i, dec, raw))
            if p.cat not in CATS:
                raise SystemExit("bad cat %s line %d" % (p.cat, i))


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip",
        "biometric", "photo", "other_id"}


def main():
    lines = generate()
    assert len(lines) == N_LINES
    check(lines)
    with open("sh.log", "wb") as f:
        for _, b, _ in lines:
            f.write(b + b"\n")
    with open("sh.labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for i, (fam, b, spans) in enumerate(lines, 1):
            f.write(json.dumps({"line": i, "family": fam, "spans": [
                {"s": s, "e": e, "cat": p.cat} for s, e, p in sorted(spans, key=lambda x: x[0])]},
                ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
