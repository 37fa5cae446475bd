#!/usr/bin/env python3
"""gen_so.py - synthetic labeled log corpus "so".

Organisation: Tri-State Racing Safety Authority (TRSA), Jockey & Backstretch
Health Program (JBHP), one race meet at Cedar Hollow Downs (CHD), 3-4 Aug 2024.
The people the programme serves: licensed jockeys, apprentice jockeys,
exercise riders, grooms, hotwalkers and other backstretch workers (and, for
labeling, their relatives / emergency contacts).

Systems simulated (one physical line per log line, interleaved by time):
 1. nginx access log of the licensing portal (portal.trsa-jbhp.org)
 2. licensing service JSON (structlog style): renewals, background checks,
    LiveScan fingerprint capture, licence photo upload, card payments
 3. weigh-in scale gateway (logfmt), clerk of scales
 4. track-side first aid CAD (RFC3164 syslog), ambulance dispatch
 5. backstretch clinic EHR HL7 v2 (ADT^A04 / ORU^R01, one segment per line)
 6. FHIR R4 Observation JSON (concussion baseline / post-injury testing)
 7. X12 837P workers' compensation claims (one segment per line)
 8. falls & incident report CSV export
 9. race results / chart feed (pipe delimited)
10. stewards' rulings XML
11. Java stack traces of the concussion-testing vendor sync job
12. track physician / clinic free-text notes
13. PostgreSQL statement log
14. SMS gateway (appointment reminders, English and Spanish)
15. first-aid team chat export
16. benevolence-fund health plan eligibility file (fixed width)
17. barn-area badge access controller (key=value)
18. infrastructure JSON (k8s, cert renewals, deploys), no PHI
19. air-vest (inflatable safety vest) telemetry, vendor format
20. postfix mail relay

Labeling decisions (grey cases of this Theme):
 - Jockeys, apprentices, exercise riders and backstretch workers are the
   served persons everywhere in the authority's logs, so their names and
   identifiers are labeled in every record, including race results and
   stewards' rulings (not only medical records).
 - Staff at work are not PHI: track physicians, EMTs, clinic NPs, clerk of
   scales, stewards, dispatchers, IT. Their names, NPIs, extensions are not
   labeled. Trainers and owners acting as employers / business parties are
   not labeled, jockey agents are not labeled; a trainer who is listed as a
   worker's emergency contact IS labeled (name, phone).
 - Horses are not persons: horse names, registration and microchip numbers
   are not PHI (they are look-alikes). Saddle cloth, post positions, race
   numbers, weights in lb are not PHI.
 - Licence numbers of the served persons (jockey / groom licences, driver's
   licences) -> license. Jockeys' Guild numbers, programme enrolment IDs,
   concussion baseline IDs, badge IDs, fall/incident report numbers, CAD
   incident numbers (CAD numbers here always concern a person; horse-only
   vet runs use the VX- series, not labeled), workers' comp claim numbers,
   stewards' ruling numbers -> other_id. Clinic MRNs and FHIR Patient ids
   -> mrn. Benevolence plan member IDs, Medicaid IDs, MBI -> health_plan.
   Patient account numbers (CLM01), bank accounts, full card numbers
   (even Luhn-invalid junk) -> account. Masked cards (last 4) not labeled.
   Vendor order numbers (background-check order) are business refs, not PHI.
 - Air vests and helmets are personally owned by riders, so their serials
   -> device wherever they appear (also in dock heartbeats). Scales,
   ambulances, defibrillators, monitors are track equipment: not labeled.
 - Dates tied to a person (birth, injury/fall, visit, test, coverage
   effective, suspension, appointment) -> date, including ones equal to the
   log date. Log timestamps, HL7 MSH-7/EVN-2 message times, X12 ISA/GS/BHT
   creation dates and file header dates are not labeled. Datetimes are one
   span. Results feed carries meet day codes, no dates. Short dates in SMS
   bodies ("Thu Aug 8", Spanish day/month "9/8") are appointment dates -> date.
 - Bare given names (SMS greetings, chat "Deshawn's partner") and bare
   surnames (chat "it's Fairweather") of served persons -> name.
 - Staff-facing vendor, organisation and site addresses/phones (Pinnacle
   Medical Supply, 2150 Hempstead Tpke in the clinic's own NM1*85/N3/N4 and
   IN1 payer address, 516-555-0100 SMS sender) are not labeled.
 - Backstretch dormitory rooms on track grounds: when given as a person's
   residence they are labeled address (street run incl. room), ZIP apart.
   The same track address as the organisation's/site's own is not labeled.
 - Client IPs in portal logs are labeled ip only on authenticated requests
   tied to a licensee; anonymous requests arrive via CDN edge IPs (servers,
   not PHI). A request path carrying a licensee identifier is one url span.
 - Ages are labeled only when over 89. Base64 licence photos -> photo;
   LiveScan fingerprint templates -> biometric.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import string
import sys
import uuid

SEED = 20240803
R = random.Random(SEED)
N_LINES = 500
DAY = dt.datetime(2024, 8, 3, 0, 0, 0)


# ---------------------------------------------------------------- builder
class Line:
    def __init__(self, family, t):
        self.family = family
        self.t = t
        self.buf = []
        self.spans = []
        self.n = 0

    def x(self, s):
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        b = len(s.encode("utf-8"))
        self.spans.append((self.n, self.n + b, cat, s))
        self.buf.append(s)
        self.n += b
        return self

    def v(self, s, cat=None):
        return self.p(s, cat) if cat else self.x(str(s))

    def text(self):
        return "".join(self.buf)


def fill(L, tpl, **kw):
    """Template with {name} fields; a value (val, cat) is labeled."""
    for lit, field, _spec, _conv in string.Formatter().parse(tpl):
        if lit:
            L.x(lit)
        if field is not None:
            val = kw[field]
            if isinstance(val, tuple):
                L.v(format(val[0], _spec) if _spec else val[0], val[1])
            else:
                L.x(format(val, _spec) if _spec else str(val))
    return L


class P:  # labeled JSON value
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


def jdump(L, obj, ea=True, sep=(", ", ": ")):
    """Write JSON; obj is dict/list/scalars, P(value, cat) marks PHI."""
    if isinstance(obj, dict):
        L.x("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                L.x(sep[0])
            L.x(json.dumps(k, ensure_ascii=ea) + sep[1])
            jdump(L, v, ea, sep)
        L.x("}")
    elif isinstance(obj, list):
        L.x("[")
        for i, v in enumerate(obj):
            if i:
                L.x(sep[0])
            jdump(L, v, ea, sep)
        L.x("]")
    elif isinstance(obj, P):
        if isinstance(obj.v, str):
            enc = json.dumps(obj.v, ensure_ascii=ea)
            L.x('"').p(enc[1:-1], obj.cat).x('"')
        else:
            L.p(json.dumps(obj.v), obj.cat)
    else:
        L.x(json.dumps(obj, ensure_ascii=ea))
    return L


# ---------------------------------------------------------------- helpers
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


def card(prefix, length=16, valid=True):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    c = luhn_digit(body)
    if not valid:
        c = str((int(c) + R.randint(1, 9)) % 10)
    return body + c


def npi():
    base = str(R.choice([1, 2])) + "".join(R.choice("0123456789") for _ in range(8))
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
    c = [R.choice("123456789"), R.choice(MBI_A), R.choice(MBI_AN), R.choice("0123456789"),
         R.choice(MBI_A), R.choice(MBI_AN), R.choice("0123456789"), R.choice(MBI_A),
         R.choice(MBI_A), R.choice("0123456789"), R.choice("0123456789")]
    return "".join(c)


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
           **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = [R.choice(["1", "2", "3", "5", "J"]), R.choice("FGHNT"), R.choice(chars)]
    v += [R.choice(chars) for _ in range(5)] + ["0"] + [R.choice("KLMNPR")] + [R.choice(chars)]
    v += [R.choice("0123456789") for _ in range(6)]
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def b64blob(head, n):
    raw = head + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def phone_fmt(d, style):
    a, b, c = d[:3], d[3:6], d[6:]
    return {0: f"({a}) {b}-{c}", 1: f"{a}-{b}-{c}", 2: f"+1{a}{b}{c}", 3: f"{a}.{b}.{c}",
            4: f"{a}{b}{c}"}[style]


def rdate(y0, y1):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(R.randint(start, end))


# ---------------------------------------------------------------- people
FIRST = ["Mateo", "Luis Ángel", "Wilfredo", "Aoife", "Ciarán", "Jean-Luc", "Keisha", "Tomás",
         "Yareli", "Brock", "Summer", "Hunter", "Faith", "Rocío", "Emeka", "Ngozi", "Dariusz",
         "Hye-jin", "Priyanka", "Desmond", "Marisol", "Kwame", "Siobhán", "Éloïse", "Javier",
         "Xiomara", "Deshawn", "Grace", "Colt", "Ignacio", "Reyna", "Amadou", "Hope", "Rocky",
         "Sunny", "Ximena", "Oluwaseun", "Bartholomew", "Thi Lan", "José María", "Dale", "Misty"]
LAST = ["Castellanos-Ortiz", "Ó Súilleabháin", "De la Cruz", "Baptiste", "McGillicuddy", "Rose",
        "Stone", "Bird", "Hill", "Moreno Vásquez", "Fairweather", "Kowalczyk", "Nakamura-Bell",
        "Dubois-Tremblay", "Gutiérrez", "Summers", "Winter", "Reed", "Lightfoot", "Begay",
        "Okonkwo", "Ramírez Peña", "Van der Berg", "St. Clair", "Mahabir", "Oyelaran",
        "Przybylski", "Fox", "Little", "Love", "Pham", "Haddad-Nuñez", "Santiago", "Joseph",
        "Figueroa", "López-García", "Banks", "Church", "Cash", "Goodnight"]
REL = ["partner", "spouse", "sibling", "parent", "cousin", "friend", "roommate"]
CITIES = [("Elmont", "NY", "11003"), ("Floral Park", "NY", "11001"), ("Queens Village", "NY", "11429"),
          ("Valley Stream", "NY", "11580"), ("Ozone Park", "NY", "11416"), ("Franklin Square", "NY", "11010"),
          ("Hempstead", "NY", "11550"), ("Oceanport", "NJ", "07757"), ("Long Branch", "NJ", "07740"),
          ("Eatontown", "NJ", "07724"), ("Bensalem", "PA", "19020"), ("Saratoga Springs", "NY", "12866")]
STREETS = ["Plainfield Ave", "Linden Blvd", "Dutch Broadway", "Hathaway Ave", "Covert Ave",
           "Monmouth Blvd", "Branchport Ave", "Street Rd", "Meacham Ave", "Rockaway Blvd",
           "Ocean Blvd", "Union Ave", "Tulip Ave", "Nassau Blvd"]
ROLES = [("JOCKEY", "J"), ("JOCKEY", "J"), ("APPRENTICE", "AJ"), ("EXERCISE RIDER", "ER"),
         ("GROOM", "G"), ("GROOM", "G"), ("HOTWALKER", "HW"), ("PONY RIDER", "PR")]
ROLE_ES = {"GROOM": "caballerizo", "HOTWALKER": "paseador", "EXERCISE RIDER": "jinete de ejercicio"}
TRAINERS = ["Wm. Pettibone", "C. Alvarado Racing Stable LLC", "Harriet Quayle", "Dominic Ferraro",
            "Blue Heron Farm (T. Okada)", "R. J. Lindgren"]
HORSES = ["Arrowhead Sunset", "Miss Hope Diamond", "Jackson's Folly", "Tiz the Reed",
          "Stone Cold Sober", "Bird of Paradise", "Rocky Hill Road", "Grace Under Fire",
          "Summer Winter", "Little Miss Cash", "Goodnight Irene", "Fox on the Run", "Captain Baptiste",
          "Church Street", "Love Potion Nine", "Dale's Dream"]


def mkperson(i):
    first = R.choice(FIRST)
    last = R.choice(LAST)
    role, rc = ROLES[i % len(ROLES)]
    age_y = R.randint(19, 58)
    dob = rdate(2024 - age_y - 1, 2024 - age_y - 1)
    city, st, z = R.choice(CITIES)
    if role in ("GROOM", "HOTWALKER", "PONY RIDER") and R.random() < 0.6:
        street = f"CHD Backstretch Dorm {R.choice('ABCDE')} Rm {R.randint(1, 40)}, 2150 Hempstead Tpke"
        city, st, z = "Elmont", "NY", "11003"
    else:
        street = f"{R.randint(3, 2999)} {R.choice(STREETS)}" + (f" Apt {R.randint(1, 6)}{R.choice('ABCDF')}" if R.random() < 0.4 else "")
    ph = R.choice(["516", "718", "347", "917", "732", "848", "215", "929", "646"]) + str(R.randint(200, 989)) + "%04d" % R.randint(0, 9999)
    ec_first = R.choice(FIRST)
    ec_last = last if R.random() < 0.6 else R.choice(LAST)
    ec_ph = R.choice(["787", "809", "353", "516", "718", "502", "859"]) + str(R.randint(200, 989)) + "%04d" % R.randint(0, 9999)
    uname = (first.split()[0][0] + last.replace(" ", "").replace("-", "").replace(".", "")).lower()
    uname = "".join(
        c for c in uname.replace("ó", "o").replace("á", "a").replace("é", "e").replace("í", "i").replace("ñ", "n").replace("ú", "u") if c.isalnum())
    email = f"{uname}{R.randint(1, 99)}@" + R.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com"])
    return {
        "first": first, "last": last, "role": role, "rc": rc, "dob": dob,
        "lic": f"NY-{rc}-{R.randint(1000, 99999):06d}",
        "badge": f"BX-{R.randint(10000, 39999)}",
        "mrn": f"BSC{R.randint(1000, 99999):07d}",
        "enrol": f"JBHP-2024-{R.randint(100, 4999):04d}",
        "guild": f"JG-{R.randint(10000, 19999)}",
        "baseline": f"BL-24-{R.randint(100, 999):05d}",
        "plan": f"HP{R.randint(100000000, 999999999)}",
        "medicaid": "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + f"{R.randint(10000, 99999)}" + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"),
        "dl": f"{R.randint(100, 999)} {R.randint(100, 999)} {R.randint(100, 999)}",
        "street": street, "city": city, "st": st, "zip": z, "phone": ph, "email": email,
        "ec_name": f"{ec_first} {ec_last}", "ec_first": ec_first, "ec_last": ec_last, "ec_rel": R.choice(REL), "ec_phone": ec_ph,
        "vest": f"AV3-{R.randint(1000000, 9999999)}", "helmet": f"KHP-{R.choice('ML')}{R.randint(100000, 999999)}",
        "ip": R.choice([f"{R.choice([73, 98, 108, 174, 24, 69])}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}",
                        f"2600:1017:b8{R.randint(10, 99)}:{hexs(4)}::{hexs(3)}"]),
        "trainer": R.choice(TRAINERS), "sex": R.choice("MMMF"),
    }


PEOPLE = [mkperson(i) for i in range(44)]
RIDERS = [p for p in PEOPLE if p["role"] in ("JOCKEY", "APPRENTICE", "EXERCISE RIDER")]
JOCKEYS = [p for p in PEOPLE if p["role"] in ("JOCKEY", "APPRENTICE")]
BACK = [p for p in PEOPLE if p["role"] in ("GROOM", "HOTWALKER", "PONY RIDER", "EXERCISE RIDER")]
# one elderly retired backstretch worker (age > 89, Medicare)
OLD = mkperson(4)
OLD.update({"first": "Ezequiel", "last": "Bautista-Robles", "dob": dt.date(1932, 11, 19), "role": "GROOM (RETIRED)",
            "ec_name": "Marisol Bautista Haynes", "ec_first": "Marisol", "ec_last": "Bautista Haynes", "ec_rel": "daughter",
            "mbi": mbi()})

MDS = [("Miriam Okafor", "MD", npi()), ("Paul Lindqvist", "DO", npi())]
NPS = [("Lucia Ferreira", "NP", npi()), ("Graham Achebe", "PA-C", npi())]
EMTS = ["R. Haddad", "T. Brannigan", "L. Soto", "K. Whitfield"]
STEWARDS = ["Anne-Marie Collins", "Hector Pagan", "Joe Whitcomb"]
CLERK = "Dennis Varga"
ORG_ADDR = "2150 Hempstead Tpke, Elmont NY 11003"
HOSP = ["Nassau University Medical Ctr", "Long Island Jewish Valley Stream", "NYU Langone-Long Island"]
MECH = ["horse clipped heels, unseated", "bolted at gap, fell", "broke down, rider fell", "kicked in stall",
        "stepped on (foot)", "thrown during schooling at gate", "lost irons, fell over shoulder",
        "crushed against rail by horse", "slipped on wet shedrow"]
PORTAL = "portal.trsa-jbhp.org"


def race_time(r):
    return DAY + dt.timedelta(hours=13, minutes=30 * (r - 1))


def ts_iso(t, frac=3, z="Z"):
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    if frac:
        s += "." + "%0*d" % (frac, R.randint(0, 10 ** frac - 1))
    return s + z


def rsec(t, a=0, b=59):
    return t + dt.timedelta(seconds=R.randint(a, b))


# ---------------------------------------------------------------- generators
def g_nginx(t):
    L = Line("nginx_access", t)
    stamp = t.strftime("%d/%b/%Y:%H:%M:%S -0400")
    k = R.random()
    if k < 0.3:
        fill(L, '10.20.4.{o} - - [{s}] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" rt=0.00{d} upstream=10.20.7.{u}:8080',
             o=R.randint(2, 9), s=stamp, d=R.randint(1, 4), u=R.randint(10, 40))
    elif k < 0.62:
        edge = R.choice(["151.101.65.91", "151.101.1.91", "104.16.132.229", "172.64.155.81"])
        asset = R.choice([f"/static/js/app.{hexs(7)}.js", f"/static/css/main.{hexs(8)}.css", "/favicon.ico",
                          "/licensing/apply", "/assets/fonts/Inter-Var.woff2", "/meets/CHD24/condition-book.pdf"])
        fill(L, '{e} - - [{s}] "GET {a} HTTP/2.0" {c} {b} "https://{h}/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36" rt=0.{d:03d} cdn=1',
             e=edge, s=stamp, a=asset, c=R.choice([200, 200, 304]), b=R.randint(300, 90000), h=PORTAL, d=R.randint(1, 120))
    else:
        p = R.choice(PEOPLE)
        path = R.choice([f"/licensing/licensees/{p['lic']}/medical-clearance",
                         f"/licensing/licensees/{p['lic']}/renewal?step={R.randint(1, 4)}",
                         f"/api/v1/workers/{p['badge']}/appointments",
                         f"/clinic/portal/patient/{p['mrn']}/documents/{R.randint(1000, 9999)}.pdf"])
        meth = "POST" if "renewal" in path else "GET"
        ua = R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
                       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.122 Mobile Safari/537.36",
                       "okhttp/4.12.0 JBHPApp/3.4.1 (Android)"])
        fill(L, '{ip} - - [{s}] "{m} {u} HTTP/2.0" {c} {b} "https://{h}/licensing/dashboard" "{ua}" rt=0.{d:03d}',
             ip=(p["ip"], "ip"), s=stamp, m=meth, u=(path, "url"), c=R.choice([200, 200, 302, 403]),
             b=R.randint(400, 9000), h=PORTAL, ua=ua, d=R.randint(20, 700))
    return [L]


def g_lic(t):
    L = Line("licensing_json", t)
    p = R.choice(PEOPLE)
    base = {"timestamp": ts_iso(t, 6, "+00:00"), "level": "info", "logger": None, "event": None}
    k = R.random()
    rid = uid()
    if k < 0.3:
        o = {"timestamp": base["timestamp"], "level": R.choice(["info", "debug"]),
             "logger": R.choice(["licensing.cache", "licensing.fees", "uvicorn.access", "licensing.worker"]),
             "event": R.choice(["fee_schedule.loaded", "cache.warm", "worker.heartbeat", "queue.drained"]),
             "version": R.choice(["2024.3.1", "2024.3.2"]), "build": f"b{R.randint(1800, 1999)}-{hexs(7)}",
             "duration_ms": round(R.uniform(0.4, 900), 2), "request_id": rid}
    elif k < 0.5:
        o = {"timestamp": base["timestamp"], "level": "info", "logger": "licensing.renewal", "event": "renewal.submitted",
             "licence_no": P(p["lic"], "license"), "licence_class": p["role"],
             "holder": {"family": P(p["last"], "name"), "given": P(p["first"], "name")},
             "birth_date": P(p["dob"].isoformat(), "date"), "medical_clearance": R.choice(["pending", "cleared", "expired"]),
             "fee_usd": R.choice([60, 75, 120]), "request_id": rid}
    elif k < 0.62:
        o = {"timestamp": base["timestamp"], "level": "info", "logger": "licensing.bgcheck", "event": "bgcheck.order.created",
             "vendor": "VeriTrak Screening", "vendor_order": f"VT-{R.randint(100000, 999999)}-A",
             "subject": {"name": P(f"{p['first']} {p['last']}", "name"), "ssn": P(ssn(), "ssn"),
                         "dob": P(p["dob"].strftime("%m/%d/%Y"), "date"), "dl_no": P(p["dl"], "license"), "dl_state": "NY"},
             "request_id": rid}
    elif k < 0.72:
        o = {"timestamp": base["timestamp"], "level": "debug", "logger": "licensing.livescan", "event": "livescan.captured",
             "licence_no": P(p["lic"], "license"), "device": "CrossMatch-GP-2206 s/n GP22-04418", "finger": R.choice(["R1", "L1", "R2"]),
             "nfiq": R.randint(1, 3), "fp_template": P(b64blob(b"FMR\x00 20\x00", 60), "biometric"), "request_id": rid}
    elif k < 0.82:
        o = {"timestamp": base["timestamp"], "level": "debug", "logger": "licensing.photo", "event": "photo.uploaded",
             "licence_no": P(p["lic"], "license"), "mime": "image/jpeg",
             "photo_b64": P(b64blob(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", 72), "photo"), "request_id": rid}
    else:
        valid = R.random() < 0.75
        pre, ln, brand = R.choice([("4", 16, "visa"), ("51", 16, "mastercard"), ("37", 15, "amex"), ("6011", 16, "discover")])
        pan = card(pre, ln, valid)
        o = {"timestamp": base["timestamp"], "level": "warning", "logger": "licensing.payments",
             "event": "payment.declined" if not valid else "payment.debug_payload",
             "licence_no": P(p["lic"], "license"), "processor": "Stripe", "amount": 7500, "currency": "usd",
             "card": {"number": P(pan, "account"), "exp": f"{R.randint(1, 12):02d}/{R.randint(25, 29)}", "brand": brand},
             "masked": "*" * (ln - 4) + pan[-4:], "request_id": rid}
    jdump(L, o, ea=True)
    return [L]


def g_scale(t):
    r = R.randint(1, 10)
    io = R.choice(["out", "in"])
    if io == "out":
        t = rsec(race_time(r), -1500, -300)
    else:
        t = rsec(race_time(r), 60, 300)
    L = Line("scale_logfmt", t)
    if R.random() < 0.35:
        fill(L, 'ts={ts} lvl={lv} svc=scalegw scale_id=SC-0{s} serial=MTW-88{n}-B msg="{m}" drift_g={d} fw=4.{f}.2',
             ts=ts_iso(t), lv=R.choice(["info", "debug"]), s=R.randint(1, 4), n=R.randint(100, 999),
             m=R.choice(["zero check ok", "calibration weight 50lb verified", "heartbeat", "tare reset"]),
             d=round(R.uniform(-9, 9), 1), f=R.randint(1, 3))
        return [L]
    p = R.choice(JOCKEYS)
    dec = R.choice([114, 116, 118, 119, 120, 122, 124])
    act = round(dec + R.uniform(-1.5, 3.5), 1)
    st = "OK" if act - dec <= 2 else "OVERWEIGHT"
    fill(L, 'ts={ts} lvl={lv} svc=scalegw scale_id=SC-0{s} event=weigh_{io} race={r} pp={pp} jockey_lic={lic} jockey="{nm}" declared_lb={dec} actual_lb={act} tol_lb=2 status={st} clerk="{c}"',
         ts=ts_iso(t), lv="warn" if st != "OK" else "info",
         s=R.randint(1, 4), io=io, r=r, pp=R.randint(1, 12), lic=(p["lic"], "license"),
         nm=(f"{p['last']}, {p['first']}", "name"), dec=dec, act=act, st=st, c=CLERK)
    return [L]


def g_cad(t):
    r = R.randint(1, 10)
    t0 = rsec(race_time(r), 60, 200)
    host = "cad-chd-01"
    pid = R.randint(1000, 9999)
    stamp = lambda tt: tt.strftime("%b %e %H:%M:%S")
    out = []
    if R.random() < 0.4:
        L = Line("cad_syslog", t0)
        fill(L, "<134>{s} {h} tsfa-cad[{pid}]: {m}", s=stamp(t0), h=host, pid=pid,
             m=R.choice([f"AMB-{R.randint(1, 3)} staged 1/4 pole for R{r}", f"AMB-{R.randint(1, 3)} following field R{r}",
                         f"VX-{R.randint(100, 999)} equine ambulance to 3/8 pole, horse #{R.randint(1, 12)} pulled up",
                         "radio check ch2 ok", f"unit AMB-{R.randint(1, 3)} AED check pass (ZOLL AED Plus s/n X12K{R.randint(10000, 99999)})"]))
        return [L]
    p = R.choice(RIDERS)
    inc = f"24-0803{R.randint(10, 99)}"
    L = Line("cad_syslog", t0)
    fill(L, '<132>{s} {h} tsfa-cad[{pid}]: INC {i} OPEN R{r} loc="{loc}" rider="{nm}" lic={lic} status=DOWN unit=AMB-{u}',
         s=stamp(t0), h=host, pid=pid, i=(inc, "other_id"), r=r, loc=R.choice(["Turn 3 5/16 pole", "clubhouse turn", "1/8 pole", "starting gate"]),
         nm=(f"{p['first']} {p['last']}", "name"), lic=(p["lic"], "license"), u=R.randint(1, 3))
    out.append(L)
    t1 = t0 + dt.timedelta(seconds=R.randint(40, 120))
    L = Line("cad_syslog", t1)
    fill(L, "<134>{s} {h} tsfa-cad[{pid}]: INC {i} ONSCENE AMB-{u} EMT {e}; GCS {g}; c/o {c}",
         s=stamp(t1), h=host, pid=pid, i=(inc, "other_id"), u=R.randint(1, 3), e=R.choice(EMTS), g=R.choice([13, 14, 15, 15]),
         c=R.choice(["neck pain", "L wrist pain", "dizziness", "LOC brief per outrider", "R shoulder deformity"]))
    out.append(L)
    if R.random() < 0.5:
        t2 = t1 + dt.timedelta(minutes=R.randint(6, 20))
        L = Line("cad_syslog", t2)
        fill(L, '<134>{s} {h} tsfa-cad[{pid}]: INC {i} TRANSPORT dest="{d}" pt_age={a} sex={sx}',
             s=stamp(t2), h=host, pid=pid, i=(inc, "other_id"), d=R.choice(HOSP), a=2024 - p["dob"].year, sx=p["sex"])
        out.append(L)
    return out


def hl7_dt(d):
    return d.strftime("%Y%m%d")


def g_hl7(t):
    t = DAY + dt.timedelta(hours=R.randint(6, 14), minutes=R.randint(0, 59))
    p = R.choice(BACK + [OLD] * 2)
    ctl = f"BSC{R.randint(10 ** 7, 10 ** 8 - 1)}"
    mt = t.strftime("%Y%m%d%H%M%S")
    md, cred, mnpi = R.choice(NPS)
    out = []
    adt = R.random() < 0.6
    L = Line("hl7v2", t)
    fill(L, "MSH|^~\\&|ATHENA-BSC|CHD_BACKSTRETCH_CLINIC|JBHP_HUB|TRSA|{mt}||{ty}|{c}|P|2.5.1",
         mt=mt, ty="ADT^A04^ADT_A01" if adt else "ORU^R01^ORU_R01", c=ctl)
    out.append(L)
    if adt:
        L = Line("hl7v2", t)
        fill(L, "EVN|A04|{mt}|||{u}", mt=mt, u=R.choice(["FRONTDESK1", "lferreira", "KIOSK02"]))
        out.append(L)
    name = f"{p['last'].upper()}^{p['first'].upper()}"
    L = Line("hl7v2", t)
    fill(L, "PID|1||{mrn}^^^BSC^MR~{mcd}^^^{aa}^{ty}||{nm}||{dob}|{sx}|||{st}^^{city}^{state}^{z}^USA||{ph}^PRN^PH||{lang}|||{acct}|||",
         mrn=(p["mrn"], "mrn"), mcd=(p.get("mbi") or p["medicaid"], "health_plan"), aa="CMS" if p.get("mbi") else "NYSDOH",
         ty="MC" if p.get("mbi") else "MA", nm=(name, "name"), dob=(hl7_dt(p["dob"]), "date"), sx=p["sex"],
         st=(p["street"], "address"), city=(p["city"], "address"), state=p["st"], z=(p["zip"], "zip"),
         ph=(phone_fmt(p["phone"], 0), "phone"), lang=R.choice(["SPA", "ENG", "SPA", "HAT"]),
         acct=(f"V{R.randint(10 ** 8, 10 ** 9 - 1)}", "account"))
    out.append(L)
    if adt:
        L = Line("hl7v2", t)
        ec_l, ec_f = p["ec_last"], p["ec_first"]
        fill(L, "NK1|1|{nm}|{rel}^{reld}^HL70063||{ph}^PRN^PH||EC",
             nm=(f"{ec_l.upper()}^{ec_f.upper()}", "name"), rel=p["ec_rel"][:3].upper(), reld=p["ec_rel"],
             ph=(phone_fmt(p["ec_phone"], 1), "phone"))
        out.append(L)
        L = Line("hl7v2", t)
        fill(L, "PV1|1|O|BSC^EXAM{r}^^CHD||||{npi}^{mdl}^{mdf}^^^^{cred}|||||||||||{vn}|||||||||||||||||||||||||{adm}",
             r=R.randint(1, 4), npi=mnpi, mdl=md.split()[1].upper(), mdf=md.split()[0].upper(), cred=cred,
             vn=(f"VN{R.randint(10 ** 6, 10 ** 7 - 1)}", "other_id"), adm=(t.strftime("%Y%m%d%H%M"), "date"))
        out.append(L)
        L = Line("hl7v2", t)
        if p.get("mbi"):
            fill(L, "IN1|1|MCR-B|CMS|MEDICARE PART B|||||||||||{nm}|SEL|{dob}||||||||||||||||||{mid}",
                 nm=(name, "name"), dob=(hl7_dt(p["dob"]), "date"), mid=(p["mbi"], "health_plan"))
        else:
            fill(L, "IN1|1|BBF01|TRSABBF|BACKSTRETCH BENEVOLENCE FUND PLAN|{oa}|||GRP-CHD-2024||||||||{nm}|SEL|{dob}||||||||||||||||||{mid}",
                 oa=ORG_ADDR.replace(", ", "^^").replace(" NY ", "^NY^"), nm=(name, "name"), dob=(hl7_dt(p["dob"]), "date"),
                 mid=(p["plan"], "health_plan"))
        out.append(L)
    else:
        L = Line("hl7v2", t)
        fill(L, "OBR|1|{po}|{fo}|80305^DRUG SCREEN PRESUMPTIVE^CPT|||{ct}|||||||||{npi}^{mdl}^{mdf}",
             po=f"ORD{R.randint(100000, 999999)}", fo=f"LC{R.randint(1000000, 9999999)}", ct=(t.strftime("%Y%m%d%H%M"), "date"),
             npi=mnpi, mdl=md.split()[1].upper(), mdf=md.split()[0].upper())
        out.append(L)
        for code, nm_, val in [("2345-7", "Glucose", str(R.randint(72, 160))), ("4548-4", "Hemoglobin A1c", f"{R.uniform(5.0, 9.2):.1f}"),
                               ("3879-4", "Furosemide Ur Ql", "NEG")][: R.randint(2, 3)]:
            L = Line("hl7v2", t)
            fill(L, "OBX|{i}|{vt}|{c}^{n}^LN||{v}|{u}|||||F", i=len(out) - 2, vt="NM" if val != "NEG" else "ST", c=code, n=nm_, v=val,
                 u="mg/dL" if code == "2345-7" else ("%" if code == "4548-4" else ""))
            out.append(L)
    return out


def g_fhir(t):
    t = DAY + dt.timedelta(hours=R.randint(8, 18), minutes=R.randint(0, 59), seconds=R.randint(0, 59))
    p = R.choice(RIDERS)
    test = R.choice([("IMPACT-COMPOSITE", "Neurocognitive composite", "score"), ("SCAT6-SYMPTOM", "SCAT6 symptom severity", "{score}"),
                     ("KD-TIME", "King-Devick time", "s")])
    L = Line("fhir_json", t)
    eff = (t - dt.timedelta(days=R.choice([0, 0, 1, 30, 200]))).strftime("%Y-%m-%dT%H:%M:00-04:00")
    o = {"resourceType": "Observation", "id": uid(), "meta": {"versionId": str(R.randint(1, 4)), "lastUpdated": ts_iso(t, 3, "+00:00")},
         "status": "final",
         "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "survey"}]}],
         "code": {"coding": [{"system": "urn:trsa:jbhp:tests", "code": test[0], "display": test[1]}]},
         "subject": None,
         "effectiveDateTime": P(eff, "date"),
         "valueQuantity": {"value": round(R.uniform(8, 60), 1), "unit": test[2]},
         "identifier": [{"system": "urn:trsa:jbhp:baseline", "value": P(p["baseline"], "other_id")}],
         "performer": [{"display": R.choice(MDS)[0] + ", MD"}]}
    # subject written by hand so only the id part of the reference is labeled
    items = list(o.items())
    L.x("{")
    for i, (k, v) in enumerate(items):
        if i:
            L.x(",")
        L.x(json.dumps(k) + ":")
        if k == "subject":
            L.x('{"reference":"Patient/').p(p["mrn"], "mrn").x('","display":')
            jdump(L, P(f"{p['first']} {p['last']}", "name"), ea=False)
            L.x("}")
        else:
            jdump(L, v, ea=False, sep=(",", ":"))
    L.x("}")
    return [L]


def g_x12(t):
    t = DAY + dt.timedelta(hours=23, minutes=R.randint(0, 50))
    p = R.choice(RIDERS + BACK)
    inj = DAY.date() - dt.timedelta(days=R.randint(0, 40))
    segs = []

    def S(tpl, **kw):
        L = Line("x12_837", t)
        fill(L, tpl, **kw)
        segs.append(L)

    stn = f"{R.randint(1, 9999):04d}"
    S("ST*837*{n}*005010X222A1~", n=stn)
    S("BHT*0019*00*{b}*{d}*{tm}*CH~", b=f"JB{R.randint(10 ** 6, 10 ** 7)}", d=t.strftime("%Y%m%d"), tm=t.strftime("%H%M"))
    S("NM1*85*2*TRSA JBHP BACKSTRETCH CLINIC*****XX*{npi}~", npi=npi())
    S("N3*2150 HEMPSTEAD TPKE~")
    S("N4*ELMONT*NY*110031107~")
    S("NM1*IL*1*{l}*{f}****MI*{id}~", l=(p["last"].upper(), "name"), f=(p["first"].upper(), "name"), id=(p["plan"], "health_plan"))
    S("N3*{s}~", s=(p["street"].upper(), "address"))
    S("N4*{c}*{st}*{z}~", c=(p["city"].upper(), "address"), st=p["st"], z=(p["zip"], "zip"))
    S("DMG*D8*{d}*{sx}~", d=(p["dob"].strftime("%Y%m%d"), "date"), sx=p["sex"])
    S("NM1*PR*2*NYS WORKERS COMP BOARD*****PI*WCB01~")
    S("CLM*{a}*{amt}***11:B:1*Y*A*Y*Y*P*EM~", a=(f"JB{R.randint(100000, 999999)}", "account"), amt=R.choice(["185", "240", "410.5"]))
    S("DTP*439*D8*{d}~", d=(inj.strftime("%Y%m%d"), "date"))
    S("REF*Y4*{c}~", c=(f"G{R.randint(1000000, 9999999)}", "other_id"))
    S("HI*ABK:{dx}~", dx=R.choice(["S060X0A", "S6290XA", "S4390XA", "S134XXA"]))
    S("SV1*HC:{cpt}*{amt}*UN*1***1~", cpt=R.choice(["99203", "99213", "73110"]), amt=R.choice(["185", "240"]))
    S("DTP*472*D8*{d}~", d=((inj + dt.timedelta(days=R.randint(0, 3))).strftime("%Y%m%d"), "date"))
    S("SE*{n}*{s}~", n=len(segs) + 1, s=stn)
    return segs


def g_csv(t):
    t = DAY + dt.timedelta(hours=R.randint(18, 22), minutes=R.randint(0, 59), seconds=R.randint(0, 59))
    if R.random() < 0.25:
        L = Line("incident_csv", t)
        L.x("incident_id,meet,race,surface,date_of_incident,rider_name,licence_no,role,mechanism,helmet_sn,vest_sn,gcs,transported,dest")
        return [L]
    p = R.choice(RIDERS + BACK)
    rider = p["role"] in ("JOCKEY", "APPRENTICE", "EXERCISE RIDER", "PONY RIDER")
    L = Line("incident_csv", t)
    d = DAY.date() - dt.timedelta(days=R.randint(0, 5))
    fill(L, '{n},CHD24,{r},{sf},{d},"{nm}",{lic},{role},"{m}",{h},{v},{g},{tr},{dest}',
         n=(f"FIR-2024-{R.randint(100, 999):04d}", "other_id"), r=R.choice(["R3", "R6", "TRAINING", "R9", "SHEDROW"]),
         sf=R.choice(["DIRT", "TURF", "N/A"]), d=(d.strftime("%m/%d/%Y"), "date"), nm=(f"{p['last']}, {p['first']}", "name"),
         lic=(p["lic"], "license"), role=p["role"], m=R.choice(MECH[:7] if rider else MECH[3:5] + MECH[7:]),
         h=(p["helmet"], "device") if rider else "", v=(p["vest"], "device") if rider and R.random() < 0.8 else "",
         g=R.choice([14, 15, 15]), tr=R.choice(["Y", "N"]), dest=R.choice(HOSP + ["", "BSC"]))
    return [L]


def g_results(t):
    r = R.randint(1, 10)
    t = rsec(race_time(r), 120, 400)
    out = []
    L = Line("results_pipe", t)
    fill(L, "HDR|CHD|D18|R{r}|{sf}|{dist}|CLM{c}|OFFICIAL|{ts}", r=r, sf=R.choice(["D", "T"]), dist=R.choice(["6F", "1M", "1 1/16M", "7F"]),
         c=R.choice([16000, 25000, 40000]), ts=t.strftime("%H%M%S"))
    out.append(L)
    js = R.sample(JOCKEYS, min(3, len(JOCKEYS)))
    for i, p in enumerate(js):
        # jockey name as one span "Last, F."
        L = Line("results_pipe", t)
        fill(L, "FIN|{pos}|{pgm}|{h}|{reg}|{jn}|{wt}|{odds}|{tr}", pos=i + 1, pgm=R.randint(1, 12), h=R.choice(HORSES).upper(),
             reg=f"JC{R.randint(10 ** 7, 10 ** 8 - 1)}", jn=(f"{p['last']}, {p['first'][0]}.", "name"), wt=R.randint(114, 124),
             odds=f"{R.randint(1, 30)}.{R.randint(0, 9)}0", tr=R.choice(TRAINERS))
        out.append(L)
    return out


def g_xml(t):
    t = DAY + dt.timedelta(hours=R.randint(11, 19), minutes=R.randint(0, 59))
    p = R.choice(RIDERS)
    L = Line("stewards_xml", t)
    d = DAY.date() - dt.timedelta(days=R.randint(0, 6))
    s1 = d + dt.timedelta(days=R.randint(2, 5))
    kind = R.random()
    if kind < 0.3:
        fill(L, '<Notice id="N-{n}" meet="CHD24" posted="{ts}"><Text>Scratches and changes for R{r}: #{pg} {h} scratched (vet). Rider change #{pg2}.</Text><Steward>{st}</Steward></Notice>',
             n=R.randint(1000, 9999), ts=ts_iso(t, 0, "-04:00"), r=R.randint(1, 10), pg=R.randint(1, 12), h=R.choice(HORSES),
             pg2=R.randint(1, 12), st=R.choice(STEWARDS))
        return [L]
    fill(L, '<Ruling xmlns="urn:trsa:stewards:1.2" no="{no}" meet="CHD24"><Licensee licNo="{lic}" role="{role}">{nm}</Licensee><Infraction date="{d}" race="{r}">{inf}</Infraction><Penalty from="{s1}" to="{s2}">{pen}</Penalty><Steward>{st}</Steward></Ruling>',
         no=(f"CHD-24-{R.randint(10, 199):03d}", "other_id"), lic=(p["lic"], "license"), role=p["role"], nm=(f"{p['first']} {p['last']}", "name"),
         d=(d.isoformat(), "date"), r=R.randint(1, 10),
         inf=R.choice(["Failed to report to first aid after fall (concussion protocol 4.11)", "Careless riding, stretch",
                       "Rode while medically stood down", "Failed to make weight (2.6 lb over)"]),
         s1=(s1.isoformat(), "date"), s2=((s1 + dt.timedelta(days=R.randint(2, 7))).isoformat(), "date"),
         pen=R.choice(["Suspended 3 racing days", "Fined $500", "Medical stand-down until cleared by track physician"]),
         st=R.choice(STEWARDS))
    return [L]


def g_stack(t):
    t = DAY + dt.timedelta(hours=R.randint(1, 23), minutes=R.randint(0, 59), seconds=R.randint(0, 59))
    out = []
    p = R.choice(RIDERS)
    L = Line("java_log", t)
    with_phi = R.random() < 0.5
    if with_phi:
        fill(L, "{ts} ERROR [impact-sync-{th}] c.t.j.impact.BaselineSyncJob - upload failed for baseline {b} ({nm}, DOB {dob}): vendor returned 409",
             ts=t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % R.randint(0, 999), th=R.randint(1, 8), b=(p["baseline"], "other_id"),
             nm=(f"{p['last']}, {p['first']}", "name"), dob=(p["dob"].strftime("%m/%d/%Y"), "date"))
    else:
        fill(L, "{ts} ERROR [impact-sync-{th}] c.t.j.impact.BaselineSyncJob - batch {b} aborted after {n} records",
             ts=t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % R.randint(0, 999), th=R.randint(1, 8), b=uid(), n=R.randint(1, 400))
    out.append(L)
    L = Line("java_stack", t)
    L.x(R.choice(["com.trsa.jbhp.impact.client.VendorConflictException: HTTP 409 Conflict from https://api.cognivendor.example/v2/baselines",
                  "java.net.SocketTimeoutException: Read timed out", "org.postgresql.util.PSQLException: ERROR: deadlock detected"]))
    out.append(L)
    frames = ["at com.trsa.jbhp.impact.client.VendorClient.post(VendorClient.java:{n})",
              "at com.trsa.jbhp.impact.BaselineSyncJob.uploadOne(BaselineSyncJob.java:{n})",
              "at com.trsa.jbhp.impact.BaselineSyncJob.run(BaselineSyncJob.java:{n})",
              "at java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
              "at java.base/java.lang.Thread.run(Thread.java:1583)"]
    for f in frames[: R.randint(3, 5)]:
        L = Line("java_stack", t)
        L.x("\t" + f.format(n=R.randint(40, 400)))
        out.append(L)
    return out


def g_note(t, who=None):
    t = DAY + dt.timedelta(hours=R.randint(7, 19), minutes=R.randint(0, 59))
    p = who or R.choice(RIDERS + BACK + [OLD])
    md = R.choice(MDS + NPS)
    L = Line("clinical_note", t)
    age = 2024 - p["dob"].year
    if p is OLD:
        fill(L, "[{ts}] NOTE author={a} pt={nm} MRN {mrn}: {ag} y/o retired groom, lives {ad}, seen for BP recheck. Daughter {ec} ({ph}) drives him. Medicare {mb}.",
             ts=t.strftime("%Y-%m-%d %H:%M"), a=md[0] + ", " + md[1], nm=(f"{p['first']} {p['last']}", "name"), mrn=(p["mrn"], "mrn"),
             ag=(str(age - 1), "age"), ad=(p["street"] + ", " + p["city"], "address"), ec=(p["ec_name"], "name"),
             ph=(phone_fmt(p["ec_phone"], 1), "phone"), mb=(p["mbi"], "health_plan"))
        return [L]
    k = R.random()
    if k < 0.4:
        fill(L, "[{ts}] NOTE author={a} pt={nm} lic {lic}: {ag} y/o {role} s/p fall {d}, {m}. SCAT6 sx score {s}/132, delayed recall {rc}/10. Baseline {bl} comparison pending. Stand down, re-eval 48h.",
             ts=t.strftime("%Y-%m-%d %H:%M"), a=md[0] + ", " + md[1], nm=(f"{p['first']} {p['last']}", "name"), lic=(p["lic"], "license"),
             ag=age, role=p["role"].lower(), d=((DAY - dt.timedelta(days=R.randint(0, 3))).strftime("%m/%d"), "date"), m=R.choice(MECH),
             s=R.randint(3, 40), rc=R.randint(4, 10), bl=(p["baseline"], "other_id"))
    elif k < 0.7:
        fill(L, "[{ts}] NOTE author={a}: Pt {nm} (DOB {dob}) walk-in BSC, {c}. Spoke w/ {rel} {ec} at {ph}. Employer trainer {tr} notified per pt request.",
             ts=t.strftime("%Y-%m-%d %H:%M"), a=md[0] + ", " + md[1], nm=(f"{p['first']} {p['last']}", "name"),
             dob=(p["dob"].strftime("%m/%d/%Y"), "date"), c=R.choice(["lac R forearm 3cm, repaired", "heat exhaustion, PO fluids", "hoof stomp L foot, xray neg", "URI sx, no fever"]),
             rel=p["ec_rel"], ec=(p["ec_name"], "name"), ph=(phone_fmt(p["ec_phone"], R.choice([0, 1, 3])), "phone"), tr=p["trainer"])
    else:
        fill(L, "[{ts}] NOTE author={a}: Weigh-in program review. {nm} reports flipping 3x/wk, wt range {w1}-{w2} lb, K+ {k}. Referred to RD (ext 4410). No PHI beyond chart {mrn}.",
             ts=t.strftime("%Y-%m-%d %H:%M"), a=md[0] + ", " + md[1], nm=(f"{p['first']} {p['last']}", "name"), w1=R.randint(108, 114),
             w2=R.randint(115, 121), k=f"{R.uniform(3.0, 4.4):.1f}", mrn=(p["mrn"], "mrn"))
    return [L]


def g_sql(t):
    L = Line("postgres_log", t)
    pid = R.randint(1000, 60000)
    head = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d EDT [%d] " % (R.randint(0, 999), pid)
    k = R.random()
    p = R.choice(PEOPLE)
    if k < 0.45:
        fill(L, "{h}jbhp_app@jbhp LOG:  duration: {d} ms  statement: {s}", h=head, d=f"{R.uniform(0.1, 900):.3f}",
             s=R.choice(["SELECT count(*) FROM weigh_event WHERE meet_code = 'CHD24'", "VACUUM (ANALYZE) public.badge_read",
                         "SELECT id, status FROM outbox WHERE sent_at IS NULL LIMIT 100", "COMMIT",
                         f"SELECT * FROM horse WHERE microchip = '985{R.randint(10 ** 11, 10 ** 12 - 1)}'"]))
    elif k < 0.55:
        fill(L, "{h}[unknown]@[unknown] LOG:  connection received: host=10.20.7.{o} port={pt}", h=head, o=R.randint(10, 40), pt=R.randint(30000, 60000))
    elif k < 0.75:
        fill(L, "{h}jbhp_app@jbhp LOG:  execute <unnamed>: SELECT w.*, c.clearance_status FROM licensee w JOIN med_clearance c USING (licensee_id) WHERE w.licence_no = '{lic}'",
             h=head, lic=(p["lic"], "license"))
    elif k < 0.9:
        fill(L, "{h}clinic_etl@jbhp LOG:  statement: UPDATE bs_worker SET mobile = '{ph}', email = '{em}' WHERE badge_id = '{b}'",
             h=head, ph=(phone_fmt(p["phone"], 4), "phone"), em=(p["email"], "email"), b=(p["badge"], "other_id"))
    else:
        fill(L, "{h}jbhp_app@jbhp ERROR:  duplicate key value violates unique constraint \"enrolment_pkey\" DETAIL:  Key (enrol_id)=({e}) already exists.",
             h=head, e=(p["enrol"], "other_id"))
    return [L]


def g_sms(t):
    t = DAY + dt.timedelta(hours=R.randint(6, 20), minutes=R.randint(0, 59))
    p = R.choice(BACK + JOCKEYS)
    L = Line("sms_gateway", t)
    appt = DAY + dt.timedelta(days=R.randint(1, 6), hours=R.choice([8, 9, 10, 13]))
    sid = "SM" + hexs(32)
    k = R.random()
    if k < 0.35:
        fill(L, 'sms.status sid={sid} status={s} from=+15165550100 err=- price=-0.0079 segs=1 api=2010-04-01',
             sid=sid, s=R.choice(["delivered", "sent", "queued", "undelivered"]))
        return [L]
    es = p["role"] in ROLE_ES or R.random() < 0.3
    if es:
        body = ("Hola {nm}, su cita en la Clínica del Backstretch es el {d} a las {h}. Responda C para confirmar o llame al 516-555-0100.")
        dstr = f"{appt.day}/{appt.month}"
    else:
        body = "JBHP: {nm}, your concussion baseline re-test is booked {d} at {h}, first aid bldg. Reply C to confirm, STOP to opt out."
        dstr = appt.strftime("%a %b %-d")
    L.x(f"sms.out sid={sid} from=+15165550100 to=")
    L.p(phone_fmt(p["phone"], 2), "phone")
    L.x(' body="')
    pre, post = body.split("{nm}")
    L.x(pre).p(p["first"].split()[0], "name")
    a, b = post.split("{d}")
    L.x(a).p(dstr, "date")
    c, d = b.split("{h}")
    L.x(c + appt.strftime("%H:%M") + d + '"')
    return [L]


def g_chat(t):
    r = R.randint(1, 10)
    t = rsec(race_time(r), 60, 600)
    p = R.choice(RIDERS)
    L = Line("team_chat", t)
    who = R.choice(EMTS + ["Dr. " + MDS[0][0].split()[1], "Dispatch"])
    k = R.random()
    if k < 0.45:
        fill(L, "[{tm}] #firstaid-chd {w}: {m}", tm=t.strftime("%H:%M"), w=who,
             m=R.choice([f"AMB-{R.randint(1, 3)} back in position for R{r}", "gate crew radio ch2 pls", "restock C-collars in bay 2",
                         f"vet has horse #{R.randint(1, 12)}, rider ok walking", "ice machine in jocks room down again, ticket INC0048812"]))
    elif k < 0.8:
        fill(L, "[{tm}] #firstaid-chd {w}: rider down R{r} it's {nm}, conscious, c/o {c}. Pulling baseline {bl}",
             tm=t.strftime("%H:%M"), w=who, r=r, nm=(p["last"] if R.random() < 0.5 else f"{p['first']} {p['last']}", "name"),
             c=R.choice(["neck", "wrist", "ribs", "HA"]), bl=(p["baseline"], "other_id"))
    else:
        fill(L, "[{tm}] #firstaid-chd {w}: can someone call {nm}'s {rel}? # on file {ph}",
             tm=t.strftime("%H:%M"), w=who, nm=(p["first"].split()[0], "name"), rel=p["ec_rel"], ph=(phone_fmt(p["ec_phone"], 1), "phone"))
    return [L]


def g_fixed(t):
    t = DAY + dt.timedelta(hours=2, minutes=R.randint(0, 30))
    out = []
    L = Line("elig_fixed", t)
    fill(L, "H TRSABBF ELIG  {d} 0001 BENEVOLENCE FUND PLAN    V5010", d=t.strftime("%Y%m%d"))
    out.append(L)
    ps = R.sample(BACK, 3)
    for p in ps:
        L = Line("elig_fixed", t)
        ln = p["last"].upper()[:20].ljust(20)
        fn = p["first"].upper()[:12].ljust(12)
        L.x("D ")
        L.p(p["plan"], "health_plan")
        L.x(" ")
        # pad inside span only for the name characters
        L.p(ln.rstrip(), "name").x(" " * (20 - len(ln.rstrip())) + " ")
        L.p(fn.rstrip(), "name").x(" " * (12 - len(fn.rstrip())) + " ")
        L.p(p["dob"].strftime("%Y%m%d"), "date").x(" " + p["sex"] + " ")
        L.p(p["badge"].replace("-", ""), "other_id").x(" ")
        L.p("20240801", "date").x(" " + R.choice(["EMP", "DEP"]) + " " + R.choice(["A", "A", "T"]))
        out.append(L)
    L = Line("elig_fixed", t)
    fill(L, "T {n:06d} {c}", n=len(ps), c=hexs(8).upper())
    out.append(L)
    return out


def g_badge(t):
    t = DAY + dt.timedelta(hours=R.randint(4, 11), minutes=R.randint(0, 59), seconds=R.randint(0, 59))
    L = Line("badge_kv", t)
    door = R.choice(["BARN-14-GATE", "BARN-22-E", "JOCKEY-ROOM-N", "KITCHEN-DORM-B", "STABLE-GATE-1"])
    k = R.random()
    if k < 0.4:
        fill(L, "{ts} ctl=HID-VX{c} door={d} reader=R{r} event={e} fw=8.{f}.11 tamper=0",
             ts=t.strftime("%Y-%m-%d %H:%M:%S"), c=R.randint(100, 140), d=door, r=R.randint(10, 99),
             e=R.choice(["DOOR_HELD_OPEN", "HEARTBEAT", "DOOR_FORCED", "COMM_RESTORED"]), f=R.randint(0, 9))
        return [L]
    p = R.choice(PEOPLE)
    plate = f"{R.choice(['KGT', 'JYM', 'HWN', 'LDP'])}-{R.randint(1000, 9999)}"
    if k < 0.85:
        fill(L, '{ts} ctl=HID-VX{c} door={d} reader=R{r} badge={b} holder="{nm}" class={cl} result={res}',
             ts=t.strftime("%Y-%m-%d %H:%M:%S"), c=R.randint(100, 140), d=door, r=R.randint(10, 99), b=(p["badge"], "other_id"),
             nm=(f"{p['last'].upper()}, {p['first'].upper()}", "name"), cl=p["rc"], res=R.choice(["GRANT", "GRANT", "GRANT", "DENY_EXPIRED"]))
    else:
        fill(L, '{ts} ctl=LPR-GATE1 event=PLATE_READ plate={pl} st=NY conf=0.{cf} permit=BSP-{pm} badge={b} vin_on_file={v}',
             ts=t.strftime("%Y-%m-%d %H:%M:%S"), pl=(plate, "vehicle"), cf=R.randint(80, 99), pm=R.randint(1000, 9999),
             b=(p["badge"], "other_id"), v=(vin(), "vehicle"))
    return [L]


def g_infra(t):
    L = Line("infra_json", t)
    k = R.random()
    if k < 0.3:
        o = {"ts": ts_iso(t), "level": "info", "msg": "Scaled deployment", "kind": "Deployment", "namespace": "jbhp-prod",
             "name": R.choice(["licensing-api", "scalegw", "impact-sync", "clinic-hl7-bridge"]), "replicas": R.randint(2, 6),
             "image": f"registry.trsa-jbhp.org/jbhp/licensing-api:3.4.{R.randint(0, 9)}@sha256:{hexs(64)}"}
    elif k < 0.5:
        o = {"ts": ts_iso(t), "level": "info", "logger": "cert-manager", "msg": "certificate renewed", "dnsNames": [PORTAL, "api.trsa-jbhp.org"],
             "notAfter": "2024-11-01T00:00:00Z", "serial": ":".join(hexs(2) for _ in range(16))}
    elif k < 0.7:
        o = {"ts": ts_iso(t), "level": R.choice(["warn", "info"]), "logger": "otel-collector", "msg": "exporter retry",
             "trace_id": hexs(32), "span_id": hexs(16), "endpoint": "203.0.113.40:4317", "elapsed": f"{R.randint(1, 900)}ms"}
    elif k < 0.85:
        o = {"ts": ts_iso(t), "level": "info", "logger": "argocd", "msg": "sync succeeded", "app": "jbhp-prod",
             "revision": hexs(40), "author": "ci-bot@trsa-jbhp.org", "ticket": f"JBHP-{R.randint(1000, 2999)}"}
    else:
        o = {"ts": ts_iso(t), "level": "info", "logger": "procurement", "msg": "PO received",
             "vendor": "Pinnacle Medical Supply, 44 Commerce Dr, Hauppauge NY 11788", "vendor_phone": "631-555-0177",
             "po": f"PO-24-{R.randint(1000, 9999)}", "sku": R.choice(["CC-ADJ-ADULT", "SAM-SPLINT-36", "ICE-PK-INST-24"]),
             "lot": f"L{R.randint(2300, 2499)}{R.choice('ABC')}{R.randint(10, 99)}", "qty": R.randint(5, 200)}
    jdump(L, o, ea=True, sep=(",", ":"))
    return [L]


def g_vest(t):
    r = R.randint(1, 10)
    t = rsec(race_time(r), -600, 500)
    p = R.choice(RIDERS)
    L = Line("airvest_vendor", t)
    k = R.random()
    stamp = t.strftime("%H:%M:%S.") + "%03d" % R.randint(0, 999)
    if k < 0.45:
        fill(L, "AVX/3.2.1 DOCK dock=JR-DOCK-{d} slot={s} dev={v} bat={b}% chg=1 fw=3.2.1 t={tm}",
             d=R.randint(1, 3), s=R.randint(1, 24), v=(p["vest"], "device"), b=R.randint(20, 100), tm=stamp)
    elif k < 0.8:
        fill(L, "AVX/3.2.1 ARM dev={v} rider_lic={lic} race=R{r} bat={b}% t={tm}",
             v=(p["vest"], "device"), lic=(p["lic"], "license"), r=r, b=R.randint(40, 100), tm=stamp)
    else:
        fill(L, "AVX/3.2.1 DEPLOY dev={v} rider_lic={lic} g_peak={g} trig=LANYARD t={tm} gps=40.{la},-73.{lo}",
             v=(p["vest"], "device"), lic=(p["lic"], "license"), g=f"{R.uniform(4, 22):.1f}", tm=stamp,
             la=R.randint(713000, 716000), lo=R.randint(722000, 726000))
    return [L]


def g_postfix(t):
    t = DAY + dt.timedelta(hours=R.randint(6, 22), minutes=R.randint(0, 59), seconds=R.randint(0, 59))
    L = Line("postfix", t)
    q = "".join(R.choice("0123456789BCDFGHJKLMNPQRSTVWXYZ") for _ in range(11))
    stamp = t.strftime("%b %e %H:%M:%S")
    if R.random() < 0.45:
        fill(L, "{s} mx1 postfix/qmgr[{pid}]: {q}: from=<noreply@trsa-jbhp.org>, size={sz}, nrcpt=1 (queue active)",
             s=stamp, pid=R.randint(800, 3000), q=q, sz=R.randint(2000, 40000))
        return [L]
    p = R.choice(PEOPLE)
    dom = p["email"].split("@")[1]
    rl, ip = {"gmail.com": ("gmail-smtp-in.l.google.com", "142.250.141.27"), "yahoo.com": ("mta7.am0.yahoodns.net", "67.195.204.72"),
              "icloud.com": ("mx01.mail.icloud.com", "17.57.154.33"), "outlook.com": ("outlook-com.olc.protection.outlook.com", "52.101.40.2"),
              "hotmail.com": ("hotmail-com.olc.protection.outlook.com", "52.101.11.0")}[dom]
    fill(L, "{s} mx1 postfix/smtp[{pid}]: {q}: to=<{em}>, relay={rl}[{ip}]:25, delay={d}, dsn=2.0.0, status=sent (250 2.0.0 OK)",
         s=stamp, pid=R.randint(800, 3000), q=q, em=(p["email"], "email"), rl=rl, ip=ip, d=f"{R.uniform(0.2, 3):.2f}")
    return [L]


GENS = [(g_nginx, 15), (g_lic, 6), (g_scale, 6), (g_cad, 2.5), (g_hl7, 0.6), (g_fhir, 2), (g_x12, 0.04),
        (g_csv, 2.5), (g_results, 1.0), (g_xml, 2), (g_stack, 0.7), (g_note, 3.5), (g_sql, 10), (g_sms, 4.5),
        (g_chat, 4), (g_fixed, 0.2), (g_badge, 8), (g_infra, 16), (g_vest, 3.5), (g_postfix, 5)]
SINGLE = [g_nginx, g_infra, g_sql, g_badge, g_postfix]


def main():
    blocks = []
    total = 0
    seq = 0
    fams_seen = set()
    forced = [g for g, _ in GENS] + [g_hl7, g_hl7, g_hl7, g_lic, g_lic, lambda t: g_note(t, OLD)]
    while total < N_LINES:
        if forced:
            g = forced.pop(0)
        else:
            g = R.choices([g for g, _ in GENS], weights=[w for _, w in GENS])[0]
        t = DAY + dt.timedelta(seconds=R.randint(4 * 3600 + 1800, 26 * 3600))
        lines = g(t)
        if total + len(lines) > N_LINES:
            continue
        seq += 1
        blocks.append((lines[0].t, seq, lines))
        total += len(lines)
    blocks.sort(key=lambda b: (b[0], b[1]))
    out_lines = [L for _, _, ls in blocks for L in ls]
    assert len(out_lines) == N_LINES, len(out_lines)
    with open("so.log", "wb") as f, open("so.labels.jsonl", "w", encoding="utf-8") as fl:
        for i, L in enumerate(out_lines, 1):
            text = L.text()
            if "\n" in text or "\r" in text or not text.strip():
                raise SystemExit(f"bad line {i}: {text!r}")
            b = text.encode("utf-8")
            spans = sorted(L.spans)
            prev = 0
            for s, e, c, v in spans:
                if not (0 <= s < e <= len(b)):
                    raise SystemExit(f"line {i}: span out of range {s},{e}")
                if s < prev:
                    raise SystemExit(f"line {i}: overlapping spans")
                if b[s:e].decode("utf-8") != v:
                    raise SystemExit(f"line {i}: span {s},{e} = {b[s:e]!r} != {v!r}")
                if v != v.strip() or not v:
                    raise SystemExit(f"line {i}: span value has edge whitespace {v!r}")
                prev = e
            f.write(b + b"\n")
            fl.write(json.dumps({"line": i, "family": L.family,
                                 "spans": [{"s": s, "e": e, "cat": c} for s, e, c, v in spans]}) + "\n")


if __name__ == "__main__":
    main()
