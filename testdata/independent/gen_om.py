#!/usr/bin/env python3
"""gen_om.py - synthetic labeled log corpus "om".

Organisation: Harbor City FC (fictional US professional soccer club, men's
and women's first teams plus an academy of minors), its Medical &
Performance department. Athletes are the patients; academy players are
minors whose parents/guardians appear in consent and contact records.
Output: om.log (500 lines) and om.labels.jsonl (byte spans of PHI).
Standard library only, fixed seed: two runs give identical bytes.

Systems simulated (family names in the labels file)
  ams_form        athlete management system (Smartabase-like) form events, JSON (python, \\u-escaped)
  ams_api_nginx   nginx combined access log of the AMS API / athlete app
  ams_audit       AMS API audit log, key=value
  gps_sync        GPS vest (Catapult-like) sync service, logfmt
  hr_csv          heart-rate strap telemetry upload rows, CSV
  forceplate_csv  force plate export (ForceDecks-like), quoted CSV with header
  cogn_baseline   concussion baseline service, Node pino JSON
  sideline_syslog sideline HIA tablet app, RFC5424 syslog
  league_xml      league injury report submissions / acks, XML
  md_note         team physician / physio free-text notes (EN, ES, PT)
  hl7_orm         imaging orders to the imaging vendor RIS, HL7 v2.5.1 (one segment per line)
  dicom_mwl       dcm4che-style modality worklist C-FIND log, one DICOM tag per line
  pacs_audit      PACS DICOM audit messages in syslog
  travel_psv      player travel and visa file, pipe-delimited
  whereabouts     anti-doping whereabouts filing client, JSON
  x12_837         insurance claims, X12 837P (one segment per line)
  wc_claim        workers' compensation first report of injury, key=value
  nutrition_hook  nutrition app webhooks received by a Node service, JSON
  slack_bot       Slack bot (medbot) messages, key=value with quoted text
  access_ctl      door access control bridge (badge / face recognition), key=value
  py_service      python services, logging format and tracebacks
  s3_access       S3 server access logs of the imaging / exports buckets
  pg_log          PostgreSQL statement / slow query log of the AMS database

Labeling decisions (grey cases)
  * Athletes (first team, women's team, academy, alumni in the former-player
    welfare programme) are patients. Their parents/guardians and emergency
    contacts are PHI (name, phone, email). Player agents are business
    contacts and are NOT labeled (they appear in travel rows only as agency).
  * Staff (physicians, physios, S&C, dietitians, analysts, admins),
    their usernames, emails, NPIs and Slack IDs are not PHI. The club's own
    addresses/phones, the imaging vendor and the insurer are not PHI.
  * AMS athlete IDs (HCF-xxxxx) and the imaging vendor's MRN (BV...) are
    `mrn`, also when they sit inside URL paths and S3 keys (only the ID is
    labeled, not the whole URL). League player registration IDs, ADAMS IDs,
    doping-control sample codes, injury case IDs (INJ-), HIA case IDs,
    imaging accession/order numbers and DICOM Study Instance UIDs, USCIS
    receipt numbers, visa foil numbers, individual flight PNRs and
    frequent-flyer numbers, workers' comp claim numbers are `other_id`.
  * Passport numbers are `license` (certificate number of the person).
    Nationality (a country) is not PHI.
  * Insurance member IDs and MBIs are `health_plan`; claim patient control
    numbers (CLM01) and player bank accounts / card numbers are `account`.
  * Devices worn or carried by the athlete (GPS vest serial when assigned
    to a named/identified athlete, HR strap MAC, phone IMEI, CGM sensor
    serial) are `device`. Club equipment used by staff (force plates,
    tablets, docks, scanners) and unassigned vests in dock inventory are not.
  * Athlete's own public IP (app on carrier network, nutrition app client_ip)
    is `ip`; club/vendor server and office IPs are not.
  * Dates tied to an athlete (birth, injury, session, test, service,
    expected return, passport expiry, flight/visa appointment, whereabouts
    day, imaging study date, dates inside S3 keys) are `date`, whatever the
    format (ISO, US, DD/MM, YYYYMMDD, "Oct 28"). Log timestamps, fixture
    dates of the team as a whole, charter flights of the whole squad are not.
  * Jersey/shirt numbers are not labeled (public roster attribute reused
    across players). Ages <= 89 are not labeled; one alumni patient aged 92
    is `age`. Years alone (birth-year squads "U17 / 2008") are not labeled.
  * Athlete home addresses and whereabouts overnight addresses are
    `address` (street and city labeled as one span when written on one run,
    separate spans when separate fields); ZIP always its own `zip` span.
    Training-ground 60-minute slots at the club's Performance Centre are not.
  * Face photo base64 in the concussion baseline is `photo`; face match
    templates for stadium/medical room access are `biometric`.
  * Vehicle plates and VINs of player (sponsor) cars are `vehicle`; the team
    charter aircraft tail number is not.
"""
import base64
import json
import random
import sys
import urllib.parse
from datetime import datetime, timedelta, date

R = random.Random(20241014)
ID = "om"
N_LINES = 500


# ---------------------------------------------------------------- spans
class P:
    """A PHI value as it is written in the line."""
    __slots__ = ("text", "cat", "meant", "kind")

    def __init__(self, text, cat, meant=None, kind="raw"):
        self.text = str(text)
        self.cat = cat
        self.meant = self.text if meant is None else meant
        self.kind = kind


def flatten(parts):
    for p in parts:
        if isinstance(p, (list, tuple)):
            yield from flatten(p)
        else:
            yield p


def build(parts):
    buf, spans, pos = [], [], 0
    for p in flatten(parts):
        if isinstance(p, P):
            b = p.text.encode("utf-8")
            spans.append((pos, pos + len(b), p))
            buf.append(p.text)
            pos += len(b)
        else:
            s = str(p)
            buf.append(s)
            pos += len(s.encode("utf-8"))
    return "".join(buf), spans


def J(obj, sep=(",", ":"), ea=True):
    """Serialize to JSON parts, PHI values become P spans (escaped form)."""
    out = []

    def enc(v):
        if isinstance(v, P):
            m = v.meant
            if isinstance(m, str):
                r = json.dumps(m, ensure_ascii=ea)[1:-1]
                out.extend(['"', P(r, v.cat, m, "json"), '"'])
            else:
                out.append(P(json.dumps(m), v.cat, m, "jsonnum"))
        elif isinstance(v, dict):
            out.append("{")
            for i, (k, x) in enumerate(v.items()):
                if i:
                    out.append(sep[0])
                out.append(json.dumps(k, ensure_ascii=ea) + sep[1])
                enc(x)
            out.append("}")
        elif isinstance(v, list):
            out.append("[")
            for i, x in enumerate(v):
                if i:
                    out.append(sep[0])
                enc(x)
            out.append("]")
        else:
            out.append(json.dumps(v, ensure_ascii=ea))
    enc(obj)
    return out


def pct(value, cat):
    return P(urllib.parse.quote(value, safe=""), cat, value, "pct")


# ---------------------------------------------------------- checksums
def luhn_check_digit(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def npi():
    base = "1" + "".join(R.choice("0123456789") for _ in range(8))
    return base + luhn_check_digit("80840" + base)


def card(prefix="4", length=16, valid=True):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    cd = luhn_check_digit(body)
    if not valid:
        cd = str((int(cd) + 3) % 10)
    return body + cd


def imei():
    body = "35" + "".join(R.choice("0123456789") for _ in range(12))
    return body + luhn_check_digit(body)


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(valid=True):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["WA1", "WAU", "WUA"])) + [R.choice(chars) for _ in range(14)]
    v[9] = R.choice("PRS")  # model year 2023-2025
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    if not valid:
        v[8] = "0" if v[8] != "0" else "1"
    return "".join(v)


def ssn(valid=True):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g, s = R.randint(1, 99), R.randint(1, 9999)
    if not valid:
        a = R.choice([0, 666, 912])
    return f"{a:03d}-{g:02d}-{s:04d}"


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    D = "0123456789"
    AN = L + D
    pat = [("123456789"), L, AN, D, L, AN, D, L, L, D, D]
    return "".join(R.choice(p) for p in pat)


# ------------------------------------------------------------- people
FIRST_M = ["Dami", "Kwame", "Mateus", "Joaquín", "Luka", "Tomasz", "Haruto", "Yusuf",
           "Mamadou", "Elijah", "Sebastián", "Cian", "Aarav", "Ikaika", "Rhys", "Bongani",
           "Declan", "Oluwaseun", "Matías", "Emre", "Viktor", "Jae-won", "Santiago", "Kofi",
           "Hunter", "Chase", "Sterling", "Malik", "Thiago", "Noé"]
FIRST_F = ["Zoë", "Aaliyah", "Siobhán", "Maëlle", "Ingrid", "Thandiwe", "Faith", "Hope",
           "Camila", "Yuna", "Amara", "Brooke"]
SURN = ["Okafor-Reyes", "van der Berg", "De la Cruz", "Nuñez", "Kowalczyk", "Sato", "Diallo",
        "Hunter", "Strong", "Bishop", "Love", "Rose", "Ó Briain", "Mbeki-Jones", "Park",
        "Al-Masri", "Fitzgerald-Huang", "Çelik", "Lindqvist", "Baptiste", "Mensah",
        "Whitehorse", "Rivera-Osei", "Kealoha", "Winter", "Marsh", "Fox", "dos Santos",
        "Salazar Quiroga", "Nakamura-Ellis", "Brook", "Young", "Adebayo", "MacAllister"]
PARENT_F = ["Grace", "Ngozi", "Ana", "Fatima", "Rosa", "Deborah", "Keiko", "Lorraine", "Aisha"]
PARENT_M = ["Paulo", "Marek", "Kenji", "Olu", "Miguel", "Darnell", "Stephen", "Hakan"]
CITIES = [("Quincy", "02169"), ("Brookline", "02446"), ("Somerville", "02144"),
          ("Newton", "02458"), ("Medford", "02155"), ("Cambridge", "02139"),
          ("Revere", "02151"), ("Dedham", "02026"), ("Milton", "02186"), ("Waltham", "02453"),
          ("Braintree", "02184"), ("Needham", "02492")]
STREETS = ["Oak St", "Hancock St", "Beacon St", "Elm Ave", "Summer St", "Willow Rd",
           "Cedar Ln", "Harvard St", "Adams St", "Washington St", "Chestnut Hill Ave",
           "Winter St", "Linden Pl", "Prospect Hill Rd"]
NATS = ["NGA", "BRA", "ARG", "POL", "JPN", "SEN", "GHA", "USA", "IRL", "TUR", "SWE", "KOR",
        "COL", "CAN", "FRA", "ZAF", "MEX"]
AREA = ["617", "857", "781", "339", "508"]
CARRIER_IP = ["174.212", "172.58", "107.77", "166.205", "99.203", "73.61"]
POS = ["GK", "CB", "FB", "DM", "CM", "AM", "W", "ST"]


def phone():
    return f"({R.choice(AREA)}) {R.randint(201, 989)}-{R.randint(0, 9999):04d}"


def mac():
    return ":".join(f"{R.randint(0, 255):02X}" for _ in range(6))


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def slug(s):
    t = s.lower()
    for a, b in (("ú", "u"), ("í", "i"), ("á", "a"), ("é", "e"), ("ë", "e"), ("ó", "o"),
                 ("ñ", "n"), ("ç", "c"), ("ö", "o"), ("ü", "u"), ("ø", "o"), ("ã", "a")):
        t = t.replace(a, b)
    return "".join(c for c in t if c.isalnum())


class Athlete:
    pass


USED = set()


def make_athlete(i, kind):
    a = Athlete()
    a.kind = kind  # first, women, academy
    female = kind == "women"
    while True:
        fn = R.choice(FIRST_F if female else FIRST_M)
        ln = R.choice(SURN)
        if (fn, ln) not in USED:
            USED.add((fn, ln))
            break
    a.first, a.last = fn, ln
    a.name = f"{fn} {ln}"
    a.aid = f"HCF-{(3 if kind == 'academy' else 1)}{R.randint(0, 9999):04d}"
    a.mrn = f"BV{R.randint(1000000, 9999999)}"
    if kind == "academy":
        a.dob = date(R.randint(2007, 2010), R.randint(1, 12), R.randint(1, 28))
    else:
        a.dob = date(R.randint(1990, 2004), R.randint(1, 12), R.randint(1, 28))
    a.sex = "F" if female else "M"
    a.city, a.zip = R.choice(CITIES)
    a.street = f"{R.randint(3, 480)} {R.choice(STREETS)}" + (f" Apt {R.randint(1, 40)}" if R.random() < .3 else "")
    a.phone = phone()
    a.email = f"{slug(fn)}.{slug(ln)}{R.randint(1, 99)}@{R.choice(['gmail.com', 'icloud.com', 'outlook.com', 'yahoo.com'])}"
    a.league = f"CPL-{R.randint(100000, 999999)}"
    a.adams = alnum(3, "ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(6)
    a.nat = R.choice(NATS)
    a.passport = alnum(1, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(8)
    a.pp_exp = date(R.randint(2025, 2033), R.randint(1, 12), R.randint(1, 28))
    a.visa = digits(8)
    a.receipt = R.choice(["WAC", "EAC", "IOE"]) + digits(10)
    a.vest = f"S7-{R.randint(20, 24)}-{R.randint(10000, 99999)}"
    a.strap = mac()
    a.imei = imei()
    a.cgm = "3M" + alnum(8)
    a.member = f"KAH{digits(9)}"
    a.plate = f"{R.randint(1, 9)}{alnum(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(3)}"
    a.vin = vin(R.random() < .9)
    a.ip = f"{R.choice(CARRIER_IP)}.{R.randint(1, 254)}.{R.randint(1, 254)}"
    a.shirt = R.randint(1, 45)
    a.pos = R.choice(POS)
    if kind == "academy":
        rel = R.choice(["Mother", "Father", "Guardian", "Aunt"])
        gfn = R.choice(PARENT_F if rel in ("Mother", "Aunt") else PARENT_M + PARENT_F)
        gln = ln if R.random() < .7 else R.choice(SURN)
        a.g_rel, a.g_name = rel, f"{gfn} {gln}"
        a.g_phone = phone()
        a.g_email = f"{slug(gfn)}{R.choice(['.', '_', ''])}{slug(gln)}@{R.choice(['gmail.com', 'comcast.net', 'yahoo.com', 'hotmail.com'])}"
    else:
        a.g_rel = R.choice(["Spouse", "Partner", "Brother", "Mother"])
        a.g_name = f"{R.choice(PARENT_F + PARENT_M)} {R.choice(SURN)}"
        a.g_phone = phone()
        a.g_email = None
    return a


ATH = [make_athlete(i, "first") for i in range(18)] + \
      [make_athlete(i, "women") for i in range(8)] + \
      [make_athlete(i, "academy") for i in range(14)]


def pick(kind=None):
    pool = [a for a in ATH if kind is None or a.kind == kind]
    return R.choice(pool)


STAFF = [("Dr. Imani Castellanos-Boyd", "icastellanos", "Team Physician"),
         ("Dr. Priya Raman", "praman", "Sports Medicine Physician"),
         ("Liam O'Rourke", "lorourke", "Head Physiotherapist"),
         ("Marta Szymańska", "mszymanska", "Head of S&C"),
         ("Jonah Feld", "jfeld", "Sports Scientist"),
         ("Keisha Grant", "kgrant", "Performance Dietitian"),
         ("Tomás Ibarra", "tibarra", "Performance Analyst"),
         ("Sam Adeyemi", "sadeyemi", "Team Operations"),
         ("Rachel Moss", "rmoss", "Player Care & Immigration"),
         ("Rodrigo Bastos", "rbastos", "Fisioterapeuta"),
         ("Dr. Lucía Herrera", "lherrera", "Academy Physician")]
STAFF_NPI = {s[1]: npi() for s in STAFF if s[0].startswith("Dr.")}
CLUB_ADDR = "HCF Performance Centre, 400 Pier Rd, Boston, MA 02210"
CLUB_PHONE = "(617) 555-0100"
VENDOR_NPI = npi()
CLUB_NPI = npi()
SERVERS = ["ams-api-1", "ams-api-2", "perf-etl-01", "cogn-api-2", "medbot-0", "pacs01",
           "nutri-gw-1", "ris-bridge"]

# ------------------------------------------------------------- time
T = datetime(2024, 10, 14, 5, 31, 7, 118000)  # local EDT
UTC_OFF = timedelta(hours=4)


def tick(lo=1, hi=75):
    global T
    T += timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))


def iso_z(t=None):
    t = (t or T) + UTC_OFF
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def pyts():
    return T.strftime("%Y-%m-%d %H:%M:%S,") + f"{T.microsecond // 1000:03d}"


def ngts(utc=False):
    if utc:
        return (T + UTC_OFF).strftime("%d/%b/%Y:%H:%M:%S +0000")
    return T.strftime("%d/%b/%Y:%H:%M:%S -0400")


def epoch_ms():
    return int(((T + UTC_OFF) - datetime(1970, 1, 1)).total_seconds() * 1000)


TODAY = date(2024, 10, 14)


def recent(lo=0, hi=20):
    return TODAY - timedelta(days=R.randint(lo, hi))


def future(lo=3, hi=40):
    return TODAY + timedelta(days=R.randint(lo, hi))


def hexid(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid():
    h = hexid(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


INJ = [("Hamstring strain", "THM", "Thigh"), ("Lateral ankle sprain", "AJL", "Ankle"),
       ("Adductor strain", "GMA", "Groin"), ("MCL sprain grade 2", "KJM", "Knee"),
       ("Calf strain", "LMC", "Lower leg"), ("Concussion", "HNC", "Head"),
       ("Hip flexor strain", "GMH", "Hip"), ("Lumbar facet irritation", "LBJ", "Lumbar spine"),
       ("Patellar tendinopathy", "KTP", "Knee"), ("Acromioclavicular sprain", "SJA", "Shoulder")]


def fmt_us(d):
    return d.strftime("%m/%d/%Y")


# ------------------------------------------------------------ families
def f_ams_form():
    tick()
    a = pick()
    u = R.choice(STAFF)
    r = R.random()
    base = {"ts": iso_z(), "level": "INFO", "logger": "ams.forms", "host": R.choice(SERVERS[:2])}
    if r < .25:
        base.update({"event": "form_sync.batch", "form": R.choice(["Daily Wellness", "RPE Session", "Body Mass"]),
                     "count": R.randint(3, 44), "duration_ms": R.randint(40, 900), "api_version": "v2.14.3",
                     "trace_id": hexid(32)})
        return [("ams_form", J(base))]
    if r < .55:
        base.update({"event": "form_event.saved", "form": "Daily Wellness", "event_id": R.randint(7000000, 7999999),
                     "entered_by": "athlete_self", "athleteId": P(a.aid, "mrn"),
                     "fields": {"sleep_hrs": round(R.uniform(5, 9.5), 1), "sleep_quality": R.randint(1, 5),
                                "soreness": R.randint(1, 5), "stress": R.randint(1, 5), "mood": R.randint(1, 5)}})
        if R.random() < .5:
            base["athleteName"] = P(a.name, "name")
        return [("ams_form", J(base))]
    if r < .8:
        inj, osics, area = R.choice(INJ)
        base.update({"event": "form_event.saved", "form": "Injury Record", "event_id": R.randint(7000000, 7999999),
                     "user": {"username": u[1], "role": u[2]},
                     "subject": {"id": P(a.aid, "mrn"), "name": P(a.name, "name")},
                     "fields": {"case_id": P(f"INJ-24-{R.randint(100, 399):04d}", "other_id"),
                                "date_of_injury": P(recent(0, 12).isoformat(), "date"), "osics": osics,
                                "body_area": area, "diagnosis": inj, "mechanism": R.choice(["Non-contact", "Contact", "Overuse"]),
                                "activity": R.choice(["Match", "Training"])}})
        return [("ams_form", J(base))]
    if a.kind != "academy":
        a = pick("academy")
    base.update({"event": "form_event.saved", "form": "Academy Guardian Consent 2024/25",
                 "event_id": R.randint(7000000, 7999999), "user": {"username": "lherrera"},
                 "subject": {"id": P(a.aid, "mrn"), "dob": P(a.dob.isoformat(), "date"), "squad": f"U{2025 - a.dob.year}"},
                 "fields": {"guardian_name": P(a.g_name, "name"), "relationship": a.g_rel,
                            "guardian_mobile": P(a.g_phone, "phone"), "guardian_email": P(a.g_email, "email"),
                            "consent_medical_treatment": True, "consent_imaging": True, "consent_data_sharing_league": R.random() < .7}})
    return [("ams_form", J(base))]


UA_APP = ["HCFAthlete-iOS/5.12.1 (iPhone; iOS 17.6.1)", "HCFAthlete-Android/5.12.0 (Pixel 8; Android 14)"]
UA_WEB = ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36"]


def f_ams_api_nginx():
    tick(1, 30)
    r = R.random()
    if r < .58:
        ip = f"10.20.{R.choice([4, 6, 8])}.{R.randint(10, 200)}"
        path = R.choice(["/api/v2/health", "/api/v2/squads/first-team/availability", "/api/v2/forms/schema?form=wellness",
                         "/static/js/app.3f9c1e2a.js", "/api/v2/reports/acwr?squad=u19", "/favicon.ico",
                         "/api/v2/squads/women/summary?window=7d"])
        st = R.choice([200, 200, 200, 304, 200, 401])
        parts = [ip, " - - [", ngts(), "] \"GET ", path, " HTTP/1.1\" ", str(st), " ", str(R.randint(120, 48000)),
                 " \"-\" \"", R.choice(UA_WEB + ["kube-probe/1.29"]), "\" rt=", f"{R.uniform(.002, .4):.3f}"]
        return [("ams_api_nginx", parts)]
    a = pick()
    if r < .86:
        method, sub = R.choice([("POST", "/wellness"), ("GET", "/schedule?days=7"), ("POST", "/rpe"),
                                ("GET", "/messages/unread"), ("PUT", "/profile/push-token")])
        parts = [P(a.ip, "ip"), " - - [", ngts(), "] \"", method, " /api/v2/athletes/", P(a.aid, "mrn"), sub,
                 " HTTP/2.0\" ", str(R.choice([200, 201, 200, 204])), " ", str(R.randint(80, 4000)), " \"-\" \"",
                 R.choice(UA_APP), "\" rt=", f"{R.uniform(.01, .3):.3f}"]
        return [("ams_api_nginx", parts)]
    ip = f"10.20.4.{R.randint(10, 200)}"
    parts = [ip, " - ", R.choice(STAFF)[1], " [", ngts(), "] \"GET /api/v2/athletes/", P(a.aid, "mrn"),
             R.choice(["/injuries", "/timeline?type=medical", "/gps/sessions?last=5", "/documents"]),
             " HTTP/1.1\" 200 ", str(R.randint(500, 90000)), " \"https://ams.harborcityfc.com/athlete\" \"",
             R.choice(UA_WEB), "\" rt=", f"{R.uniform(.02, .9):.3f}"]
    return [("ams_api_nginx", parts)]


def f_ams_audit():
    tick()
    u = R.choice(STAFF)
    if R.random() < .5:
        parts = [pyts(), " api_audit method=POST path=/v2/eventsearch status=200 user=", u[1],
                 " form=\"", R.choice(["GPS Summary", "Daily Wellness", "Strength Testing"]), "\" rows=",
                 str(R.randint(0, 600)), " dur_ms=", str(R.randint(30, 1800)), " req_id=", uuid()]
        return [("ams_audit", parts)]
    ids = R.sample(ATH, R.randint(1, 3))
    parts = [pyts(), " api_audit method=POST path=/v2/eventsearch status=200 user=", u[1], " athlete_ids="]
    for i, a in enumerate(ids):
        if i:
            parts.append(",")
        parts.append(P(a.aid, "mrn"))
    parts += [" form=\"Medical Notes\" rows=", str(R.randint(1, 40)), " dur_ms=", str(R.randint(30, 900)),
              " req_id=", uuid()]
    return [("ams_audit", parts)]


def f_gps_sync():
    tick(5, 40)
    r = R.random()
    lvl = "info"
    if r < .55:
        msg = R.choice([f'msg="dock charging" dock=DOCK-0{R.randint(1, 4)} slots_occupied={R.randint(0, 24)} fw=7.2.1',
                        f'msg="unassigned vest in dock" dock=DOCK-0{R.randint(1, 4)} device_serial=S7-{R.randint(20, 24)}-{R.randint(10000, 99999)} battery_pct={R.randint(20, 100)}',
                        f'msg="cloud upload queue drained" pending=0 elapsed_ms={R.randint(200, 9000)} api=openfield-cloud/v6',
                        f'msg="session template applied" template="MD-2 Tactical" drills={R.randint(4, 9)}'])
        return [("gps_sync", [f"ts={iso_z()} level={lvl} svc=vest-sync ", msg])]
    a = pick()
    sd = recent(0, 2)
    parts = [f"ts={iso_z()} level={lvl} svc=vest-sync msg=\"athlete session uploaded\" session_id=S-{sd.strftime('%Y%m%d')}-{R.choice(['AM', 'PM'])}",
             " device_serial=", P(a.vest, "device"), " athlete_ref=", P(a.aid, "mrn")]
    if R.random() < .5:
        parts += [" athlete=\"", P(a.name, "name"), "\""]
    # session_id embeds the team session date (whole squad) -> not labeled; session_date is the athlete's
    parts += [" session_date=", P(sd.isoformat(), "date"),
              f" total_distance_m={R.randint(2500, 11800)} hsr_m={R.randint(50, 1200)} sprint_m={R.randint(0, 400)} player_load={R.uniform(200, 1100):.1f} max_vel_ms={R.uniform(6.5, 9.9):.2f}"]
    return [("gps_sync", parts)]


def f_hr_csv():
    out = []
    tick(2, 10)
    if R.random() < .2:
        out.append(("hr_csv", ["timestamp_utc,strap_mac,athlete_ref,hr_bpm,rr_ms,trimp_cum,zone,gateway"]))
    for _ in range(R.randint(1, 3)):
        tick(1, 4)
        a = pick()
        hr = R.randint(92, 196)
        out.append(("hr_csv", [iso_z()[:-5] + "Z", ",", P(a.strap, "device"), ",", P(a.aid, "mrn"), ",", str(hr), ",",
                               str(int(60000 / hr)), ",", f"{R.uniform(5, 180):.1f}", ",z", str(min(5, max(1, (hr - 90) // 21))),
                               ",gw-pitch", str(R.randint(1, 3))]))
    if R.random() < .3:
        out.append(("hr_csv", [iso_z()[:-5] + "Z", ",,,,,,,gw-pitch1 heartbeat uptime_s=", str(R.randint(1000, 90000)), " fw=2.4.0"]))
    return out


def f_forceplate():
    tick(20, 200)
    out = [("forceplate_csv", ['"Name","ExternalId","Test Type","Date","Time","BW [KG]","Reps","Tags","Jump Height (Imp-Mom) [cm]","RSI-modified [m/s]","Eccentric Braking RFD [N/s]","System"'])]
    for _ in range(R.randint(1, 4)):
        a = pick()
        d = recent(0, 1)
        tick(30, 120)
        nm = f"{a.last}, {a.first}"
        out.append(("forceplate_csv", ['"', P(nm, "name"), '","', P(a.aid, "mrn"), '","', R.choice(["CMJ", "SJ", "HJ", "IMTP"]),
                                       '","', P(d.strftime("%d/%m/%Y"), "date"), '","', T.strftime("%H:%M:%S"), '",',
                                       f'{R.uniform(55, 95):.1f},{R.randint(3, 5)},"MD+2",{R.uniform(25, 52):.1f},{R.uniform(.3, .8):.2f},{R.randint(4000, 12000)},"FD-4 SN FDX-2207-0419"']))
    return out


def jpeg_b64():
    raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00" + bytes(R.randint(0, 255) for _ in range(66))
    return base64.b64encode(raw).decode()


def f_cogn_baseline():
    tick()
    host = "cogn-api-2"
    base = {"level": 30, "time": epoch_ms(), "pid": 4127, "hostname": host, "reqId": f"req-{R.randint(1, 9999)}"}
    r = R.random()
    if r < .4:
        base.update({"msg": R.choice(["normative table loaded", "request completed", "session token refreshed"]),
                     "norms": "SCAT6-2024.2", "responseTime": round(R.uniform(3, 200), 1)})
        return [("cogn_baseline", J(base, ea=False))]
    a = pick()
    base.update({"msg": "baseline stored", "athlete": {"name": P(a.name, "name"), "dob": P(a.dob.isoformat(), "date"),
                                                          "externalId": P(a.aid, "mrn")},
                 "test": R.choice(["SCAT6", "Child SCAT6", "ImPACT", "KD"]), "baselineDate": P(recent(20, 80).isoformat(), "date"),
                 "symptomScore": R.randint(0, 8), "sacTotal": R.randint(22, 30), "tandemGaitSec": round(R.uniform(8, 14), 2),
                 "administeredBy": R.choice(STAFF)[1]})
    if a.kind == "academy":
        base["guardianPresent"] = P(a.g_name, "name")
    if R.random() < .5:
        base["idPhotoJpegB64"] = P(jpeg_b64(), "photo")
    return [("cogn_baseline", J(base, ea=False))]


def f_sideline():
    tick()
    pri = "<134>1"
    host = f"ipad-med-0{R.randint(1, 6)}"
    head = f"{pri} {iso_z()} {host} SidelineHIA {R.randint(1000, 9999)} "
    r = R.random()
    if r < .4:
        return [("sideline_syslog", [head, R.choice(["SYNC - queue flushed items=3 bytes=18422",
                                                     "APP - app resumed build=3.8.2 (418)",
                                                     "VIDEO - replay feed connected src=rtsp://10.20.12.5:554/cam2"])])]
    a = pick("first" if R.random() < .7 else "women")
    case = f"HIA-2024-{R.randint(1, 60):03d}"
    assessor = R.choice(STAFF[:2])[0]
    parts = [head, "HIA - HIA1 started case=", P(case, "other_id"), " player=\"", P(a.name, "name"), "\" shirt=", str(a.shirt),
             " match_min=", str(R.randint(1, 95)), " assessor=\"", assessor, "\" result=",
             R.choice(["PENDING", "PERMANENT_REMOVAL", "RETURN_TO_PLAY_CLEARED"])]
    return [("sideline_syslog", parts)]


def f_league_xml():
    tick()
    if R.random() < .4:
        return [("league_xml", [f'<Ack xmlns="urn:cpl:medical:v3" receipt="R-{R.randint(10000, 99999)}" status="ACCEPTED" club="HCF" received="{iso_z()}" schemaVersion="3.2"/>'])]
    a = pick("first" if R.random() < .8 else "women")
    inj, osics, area = R.choice(INJ)
    parts = [f'<InjuryReport xmlns="urn:cpl:medical:v3" club="HCF" submittedBy="icastellanos" submitted="{iso_z()}">',
             '<Player leagueId="', P(a.league, "other_id"), '"><Name>', P(a.name, "name"), '</Name><Position>', a.pos,
             '</Position></Player><Injury dateOfInjury="', P(recent(0, 14).isoformat(), "date"), f'" bodyPart="{area}" osics="{osics}" status="',
             R.choice(["OUT", "QUESTIONABLE", "DOUBTFUL"]), '" expectedReturn="', P(future(5, 45).isoformat(), "date"),
             '"/></InjuryReport>']
    return [("league_xml", parts)]


PT_AREA = {"Thigh": "na coxa posterior", "Ankle": "no tornozelo", "Groin": "na virilha", "Knee": "no joelho",
           "Lower leg": "na panturrilha", "Head": "de cabeça", "Hip": "no quadril", "Lumbar spine": "lombar",
           "Shoulder": "no ombro"}


def f_md_note(doc=None):
    tick(30, 300)
    a = pick()
    doc = doc or R.choice(STAFF[:3] + STAFF[9:])
    inj, osics, area = R.choice(INJ)
    ts = T.strftime("%Y-%m-%d %H:%M")
    r = R.random()
    if doc[1] == "rbastos":
        parts = [ts, " NOTA [", doc[0], ", ", doc[2], "] Atleta ", P(a.name, "name"), " (", P(a.aid, "mrn"),
                 f") refere dor {PT_AREA[area]} grau 3/10 após treino; lesão em ", P(recent(1, 10).strftime("%d/%m/%Y"), "date"),
                 ". Plano: crioterapia, carga progressiva, reavaliar em 48h."]
        return [("md_note", parts)]
    if doc[1] == "lherrera" or a.kind == "academy":
        if a.kind != "academy":
            a = pick("academy")
        parts = [ts, " NOTE [", doc[0], ", ", doc[2], "] U", str(2025 - a.dob.year), " player ", P(a.name, "name"),
                 " DOB ", P(fmt_us(a.dob), "date"), f" seen for {inj.lower()}. ", a.g_rel, " ", P(a.g_name, "name"),
                 " informed by phone ", P(a.g_phone, "phone"), "; consent for MRI given verbally, written form to follow."]
        return [("md_note", parts)]
    parts = [ts, " NOTE [", doc[0], ", ", doc[2], "] Pt ", P(a.name, "name"), " (", P(a.aid, "mrn"), ", DOB ",
             P(fmt_us(a.dob), "date"), f") - {inj}, injured ", P(recent(0, 10).strftime("%m/%d"), "date"),
             f" ({R.choice(['training', 'match'])}). Exam: ", R.choice(["TTP proximal, painful resisted flexion", "mild effusion, stable to valgus", "ROM full, pain end range"]),
             ". Plan: MRI requested, RTP est ", P(future(7, 40).strftime("%b %d"), "date"), ". Cleared w/ ", R.choice(STAFF[2:5])[0], "."]
    return [("md_note", parts)]


def f_imaging():
    """HL7 ORM to RIS, then MWL C-FIND, sometimes PACS audit."""
    tick(20, 200)
    a = pick()
    ts = T.strftime("%Y%m%d%H%M%S")
    ctl = f"HCF{R.randint(100000, 999999)}"
    acc = f"ACC{T.strftime('%y%m%d')}{R.randint(10000, 99999)}"
    plac = f"HCFRAD{R.randint(10000, 99999)}"
    exam = R.choice([("73721", "MRI KNEE WO CONTRAST"), ("73718", "MRI LOWER EXTREMITY WO"), ("70551", "MRI BRAIN WO CONTRAST"),
                     ("73610", "XR ANKLE COMPLETE 3V"), ("72148", "MRI LUMBAR SPINE WO")])
    sdate = future(0, 3)
    doc = R.choice([s for s in STAFF if s[1] in STAFF_NPI])
    dln, dfn = doc[0].replace("Dr. ", "").split(" ", 1)[1], doc[0].replace("Dr. ", "").split(" ")[0]
    hl = lambda parts: ("hl7_orm", parts)
    out = [hl([f"MSH|^~\\&|AMS|HCF_MED|RIS|BAYVIEW_IMG|{ts}||ORM^O01|{ctl}|P|2.5.1"]),
           hl(["PID|1||", P(a.mrn, "mrn"), "^^^BAYVIEW^MR~", P(a.aid, "mrn"), "^^^HCF^PI||", P(f"{a.last.upper()}^{a.first.upper()}", "name"),
               "||", P(a.dob.strftime("%Y%m%d"), "date"), f"|{a.sex}|||", P(a.street, "address"), "^^", P(a.city, "address"), "^MA^",
               P(a.zip, "zip"), "||", P(a.phone, "phone")]),
           hl(["PV1|1|O|HCF^^^MEDROOM||||", STAFF_NPI[doc[1]], f"^{dln.upper()}^{dfn.upper()}"]),
           hl(["ORC|NW|", P(plac, "other_id"), "||||||", ts, "|||", STAFF_NPI[doc[1]], f"^{dln.upper()}^{dfn.upper()}"]),
           hl(["OBR|1|", P(plac, "other_id"), "|", P(acc, "other_id"), f"|{exam[0]}^{exam[1]}^CPT|||", P(sdate.strftime("%Y%m%d") + "0800", "date"),
               f"||||||{R.choice(['Suspected hamstring tear', 'R/O meniscal injury', 'Post-HIA persistent symptoms', 'Ankle instability'])}"])]
    if R.random() < .7:
        tick(5, 60)
        t0 = pyts()
        pfx = f"{t0} INFO  [MWL-SCP] "
        out.append(("dicom_mwl", [f"{t0} INFO  [MWL-SCP] MRI3T-AE <- C-FIND-RQ[pcid=1, prior=0, msgid={R.randint(1, 999)}, cuid=1.2.840.10008.5.1.4.31 - Modality Worklist Information Model - FIND]"]))
        out.append(("dicom_mwl", [pfx, "(0008,0050) SH [", P(acc, "other_id"), "] AccessionNumber"]))
        out.append(("dicom_mwl", [pfx, "(0010,0010) PN [", P(f"{a.last.upper()}^{a.first.upper()}", "name"), "] PatientName"]))
        out.append(("dicom_mwl", [pfx, "(0010,0020) LO [", P(a.mrn, "mrn"), "] PatientID"]))
        out.append(("dicom_mwl", [pfx, "(0010,0030) DA [", P(a.dob.strftime("%Y%m%d"), "date"), "] PatientBirthDate"]))
        suid = f"1.2.826.0.1.3680043.10.543.{R.randint(100000, 999999)}.{R.randint(1000000, 9999999)}"
        out.append(("dicom_mwl", [pfx, "(0020,000D) UI [", P(suid, "other_id"), "] StudyInstanceUID"]))
        out.append(("dicom_mwl", [f"{t0} INFO  [MWL-SCP] MRI3T-AE >> C-FIND-RSP[pcid=1, status=0000H] matches=1 elapsed=", str(R.randint(8, 90)), "ms"]))
    if R.random() < .5:
        tick(60, 600)
        user = R.choice(["icastellanos", "praman", "hwhitcombe"])
        out.append(("pacs_audit", [f"<85>1 {iso_z()} pacs01 dcm4chee-arc 2210 AUDIT - <AuditMessage><EventIdentification EventActionCode=\"R\" EventDateTime=\"{iso_z()}\" EventOutcomeIndicator=\"0\"><EventID csd-code=\"110103\" codeSystemName=\"DCM\" originalText=\"DICOM Instances Accessed\"/></EventIdentification><ActiveParticipant UserID=\"{user}\" UserIsRequestor=\"true\" NetworkAccessPointID=\"10.20.4.{R.randint(10, 200)}\"/><ParticipantObjectIdentification ParticipantObjectID=\"",
                                   P(a.mrn, "mrn"), "\" ParticipantObjectTypeCode=\"1\" ParticipantObjectTypeCodeRole=\"1\"><ParticipantObjectName>",
                                   P(f"{a.last.upper()}^{a.first.upper()}", "name"), "</ParticipantObjectName></ParticipantObjectIdentification></AuditMessage>"]))
    return out


ALUMNUS = ("Walter Brennan-Kowalski", mbi(), "(781) 340-2271", "Eileen Brennan-Kowalski")


def f_alumni():
    """Former-player welfare programme: the one patient over 89."""
    tick(30, 300)
    doc = STAFF[0]
    ts = T.strftime("%Y-%m-%d %H:%M")
    parts = [ts, " NOTE [", doc[0], ", ", doc[2], "] Alumni welfare review: ", P(ALUMNUS[0], "name"), ", ", P("92", "age"),
             " y/o former captain (club's 1958 team), cognitive screen stable; Medicare MBI ", P(ALUMNUS[1], "health_plan"),
             " on file; daughter ", P(ALUMNUS[3], "name"), " ", P(ALUMNUS[2], "phone"), " to bring him on ",
             P(future(20, 60).strftime("%b %d"), "date"), "."]
    return [("md_note", parts)]


def f_pacs_misc():
    tick()
    return [("pacs_audit", [f"<86>1 {iso_z()} pacs01 dcm4chee-arc 2210 ARCHIVE - ",
                            R.choice([f"purge job completed studies=0 freed=0B storage=fs1 duration={R.randint(100, 900)}ms",
                                      f"STORE-SCP association accepted calling=MRI3T-AE called=DCM4CHEE maxPDU=16384 tls=TLSv1.3",
                                      f"storage fs1 usage={R.randint(40, 80)}% free={R.randint(200, 900)}GB"])])]


def f_travel():
    tick(10, 200)
    r = R.random()
    if r < .35:
        return [("travel_psv", [f"TRV|{iso_z()}|CHARTER|trip=HCF-AWAY-{R.randint(400, 499):04d}|pax={R.randint(26, 34)}|dep=BOS|arr={R.choice(['SEA', 'ATX', 'MIA', 'DEN', 'YYZ'])}|tail=N512HC|operator=Atlas Sport Charter|fixture_date=2024-10-{R.randint(15, 30)}|status=CONFIRMED|by=sadeyemi"])]
    a = pick("first" if R.random() < .75 else "women")
    if r < .55:
        return f_car(a)
    parts = [f"TRV|{iso_z()}|UPSERT|player=", P(a.name, "name"), "|dob=", P(a.dob.isoformat(), "date"), "|nat=", a.nat,
             "|passport=", P(a.passport, "license"), "|pp_exp=", P(a.pp_exp.isoformat(), "date")]
    if a.nat != "USA":
        parts += ["|visa_class=P-1A|visa_foil=", P(a.visa, "other_id"), "|uscis_receipt=", P(a.receipt, "other_id")]
        if R.random() < .5:
            parts += ["|consular_appt=", P(future(5, 50).isoformat(), "date")]
    if R.random() < .5:
        parts += ["|pnr=", P(alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ"), "other_id"), "|ffn=", P("UA" + digits(8), "other_id")]
    parts += [f"|agency={R.choice(['Stellar Sports Group', 'Nova Athlete Mgmt', 'CAA Base'])}|by=rmoss"]
    return [("travel_psv", parts)]


def f_car(a=None):
    if a is None:
        tick(10, 200)
        a = pick("first" if R.random() < .75 else "women")
    parts = [f"CAR|{iso_z()}|PERMIT|player=", P(a.name, "name"), "|lot=P2-PLAYERS|plate=", P(a.plate, "vehicle"), "|state=MA|vin=",
             P(a.vin, "vehicle"), f"|vehicle=2025 {R.choice(['Audi Q5', 'Audi e-tron GT', 'Audi A6 allroad'])}|sponsor_program=AUDI-HCF-24|by=sadeyemi"]
    return [("travel_psv", parts)]


def f_whereabouts():
    tick()
    if R.random() < .4:
        return [("whereabouts", J({"ts": iso_z(), "svc": "wb-filer", "level": "info", "msg": "quarterly reminder job finished",
                                   "quarter": "2025-Q1", "pending": R.randint(0, 12), "deadline": "2024-12-15", "adams_api": "v5.4"}, sep=(", ", ": ")))]
    a = pick("first" if R.random() < .7 else "women")
    d = future(1, 20)
    ov = {"date": P(d.isoformat(), "date"), "address": P(f"{a.street}, {a.city}", "address"), "state": "MA",
          "postalCode": P(a.zip, "zip")}
    obj = {"ts": iso_z(), "svc": "wb-filer", "level": "info", "msg": "filing submitted",
           "filing": {"adamsId": P(a.adams, "other_id"), "athlete": P(a.name, "name"), "quarter": "2024-Q4", "overnight": [ov],
                      "slot60": {"date": P(d.isoformat(), "date"), "start": "07:00", "location": CLUB_ADDR},
                      "contactPhone": P(a.phone, "phone")}}
    if R.random() < .4:
        obj["device"] = {"platform": "iOS", "imei": P(a.imei, "device")}
    return [("whereabouts", J(obj, sep=(", ", ": ")))]


def f_doping():
    tick()
    a = pick("first" if R.random() < .7 else "women")
    return [("whereabouts", J({"ts": iso_z(), "svc": "wb-filer", "level": "warn", "msg": "doping control notification received",
                               "adamsId": P(a.adams, "other_id"), "sampleCode": P(digits(7), "other_id"), "kit": "BEREG-KIT URINE lot 24C118",
                               "mission": f"MO-{R.randint(10000, 99999)}", "dco": "USADA"}, sep=(", ", ": ")))]


def f_x12():
    tick(30, 300)
    a = pick()
    icn = f"{R.randint(1, 999999999):09d}"
    dt = T.strftime("%y%m%d")
    out = [f"ISA*00*          *00*          *ZZ*HCFMED         *ZZ*KEYSTONEAHP    *{dt}*{T.strftime('%H%M')}*^*00501*{icn}*0*P*:~",
           f"GS*HC*HCFMED*KEYSTONEAHP*{T.strftime('%Y%m%d')}*{T.strftime('%H%M')}*{R.randint(1, 9999)}*X*005010X222A1~",
           "ST*837*0001*005010X222A1~",
           f"NM1*85*2*HARBOR CITY FC MEDICAL*****XX*{CLUB_NPI}~"]
    out = [("x12_837", [s]) for s in out]
    out.append(("x12_837", ["NM1*IL*1*", P(a.last.upper(), "name"), "*", P(a.first.upper(), "name"), "****MI*", P(a.member, "health_plan"), "~"]))
    out.append(("x12_837", ["N3*", P(a.street.upper(), "address"), "~"]))
    out.append(("x12_837", ["N4*", P(a.city.upper(), "address"), "*MA*", P(a.zip, "zip"), "~"]))
    out.append(("x12_837", ["DMG*D8*", P(a.dob.strftime("%Y%m%d"), "date"), f"*{a.sex}~"]))
    amt = R.choice([185, 240, 1250, 2100, 375])
    out.append(("x12_837", ["CLM*", P(f"{a.aid.replace('-', '')}{R.randint(100, 999)}", "account"), f"*{amt}***11:B:1*Y*A*Y*Y~"]))
    out.append(("x12_837", [f"SV1*HC:{R.choice(['73721', '97110', '99214', '20610'])}*{amt}*UN*1***1~"]))
    out.append(("x12_837", ["DTP*472*D8*", P(recent(1, 9).strftime("%Y%m%d"), "date"), "~"]))
    out.append(("x12_837", [f"SE*{R.randint(18, 30)}*0001~"]))
    return out


def f_wc():
    tick()
    a = pick("first" if R.random() < .7 else "women")
    parts = [pyts(), " INFO wc-froi submit carrier=\"Liberty Sport Re\" claim_no=", P(f"WC-24-{R.randint(1000000, 9999999)}", "other_id"),
             " employee=\"", P(a.name, "name"), "\" ssn=", P(ssn(R.random() < .85), "ssn"), " doi=", P(recent(1, 15).isoformat(), "date"),
             " employer_fein=04-3311879 body_part=", R.choice(["38", "33", "55", "42"]), " nature=", R.choice(["52", "49", "10"])]
    if R.random() < .4:
        parts += [" ttd_deposit_acct=", P(digits(R.randint(9, 12)), "account"), " routing=011000138"]
    parts.append(" status=ACCEPTED")
    return [("wc_claim", parts)]


def f_nutrition():
    tick()
    base = {"level": 30, "time": epoch_ms(), "pid": 81, "hostname": "nutri-gw-1", "name": "fuelcoach-webhooks"}
    r = R.random()
    if r < .55:
        base.update({"msg": R.choice(["signature verified", "webhook ack sent", "retry scheduled"]), "eventId": "evt_" + alnum(20, "abcdefghijklmnopqrstuvwxyz0123456789"),
                     "sig": "t=" + str(epoch_ms() // 1000) + ",v1=" + hexid(64), "status": 200, "ms": R.randint(2, 80)})
        return [("nutrition_hook", J(base, ea=False))]
    a = pick()
    ev = R.choice(["meal.logged", "body_mass.recorded", "cgm.summary"])
    data = {"user": {"external_id": P(a.aid, "mrn")}}
    if R.random() < .6:
        data["user"]["email"] = P(a.email, "email")
    if ev == "meal.logged":
        data["meal"] = {"slot": R.choice(["breakfast", "lunch", "post-training", "dinner"]), "kcal": R.randint(350, 1300),
                        "protein_g": R.randint(20, 80), "cho_g": R.randint(30, 180), "photo_id": "img_" + alnum(12, "abcdef0123456789")}
    elif ev == "body_mass.recorded":
        data["mass_kg"] = round(R.uniform(52, 92), 1)
        data["date"] = P(TODAY.isoformat(), "date")
    else:
        data["sensor_serial"] = P(a.cgm, "device")
        data["tir_pct"] = R.randint(70, 99)
    if R.random() < .5:
        data["client_ip"] = P(a.ip, "ip")
    base.update({"msg": "webhook received", "type": ev, "eventId": "evt_" + alnum(20, "abcdefghijklmnopqrstuvwxyz0123456789"), "data": data})
    return [("nutrition_hook", J(base, ea=False))]


def f_slack():
    tick()
    head = f"{iso_z()} medbot INFO chat.postMessage channel="
    r = R.random()
    if r < .5:
        txt = R.choice([f":white_check_mark: Daily availability posted: {R.randint(24, 31)}/31 available (first team)",
                        f":calendar: Reminder: screening day Thu, bring forms to Med Room 2 ({CLUB_PHONE})",
                        ":gear: ams-sync deploy v3.18.0 complete"])
        return [("slack_bot", [head, f"C04MEDAVAIL ts={epoch_ms() // 1000}.{R.randint(0, 999999):06d} text=\"{txt}\" ok=true"])]
    a = pick()
    inj, osics, area = R.choice(INJ)
    parts = [head, "C05MEDROOM ts=", f"{epoch_ms() // 1000}.{R.randint(0, 999999):06d}", " text=\":red_circle: *", P(a.name, "name"),
             f"* - {inj.lower()}, out until ~", P(future(5, 30).strftime("%b %-d"), "date"), " (DOI ", P(recent(0, 7).strftime("%-m/%-d"), "date"),
             ")", ]
    if R.random() < .4:
        parts += [", MRI booked ", P(future(0, 2).strftime("%a %-m/%-d"), "date")]
    parts += [". cc <@U02", alnum(7), ">\" ok=true"]
    return [("slack_bot", parts)]


def f_py_service():
    tick()
    r = R.random()
    svc = R.choice(["ams-sync", "perf-etl", "league-submitter", "travel-docs"])
    if r < .7:
        msg = R.choice([f"INFO [{svc}] scheduler.py:88 job completed in {R.uniform(.2, 40):.2f}s rows={R.randint(0, 5000)}",
                        f"INFO [{svc}] db.py:41 pool size=10 overflow=0 checked_out={R.randint(0, 10)}",
                        f"WARNING [{svc}] http.py:133 retrying POST https://api.cpl-league.com/v3/medical (attempt 2/5) status=503",
                        f"INFO [{svc}] main.py:22 starting {svc} version=3.18.0 commit=9f1c2e7 python=3.11.9",
                        f"DEBUG [{svc}] cache.py:57 hit ratio=0.{R.randint(70, 99)} keys={R.randint(100, 9000)}"])
        return [("py_service", [pyts(), " ", msg])]
    a = pick()
    out = [("py_service", [pyts(), " ERROR [ams-sync] worker.py:212 failed to upsert athlete record ", P(a.aid, "mrn")]),
           ("py_service", ["Traceback (most recent call last):"]),
           ("py_service", ['  File "/srv/ams-sync/worker.py", line 212, in upsert']),
           ("py_service", ["    rec = normalize(payload)"]),
           ("py_service", ['  File "/srv/ams-sync/normalize.py", line 64, in normalize'])]
    if R.random() < .5:
        bad = f"{a.dob.year}-{a.dob.day:02d}-{a.dob.month:02d}" if a.dob.day > 12 else a.dob.strftime("%d.%m.%Y")
        out.append(("py_service", ["    dob = date.fromisoformat(row['date_of_birth'])"]))
        out.append(("py_service", ["ValueError: Invalid isoformat string: '", P(bad, "date"), "'"]))
    else:
        out.append(("py_service", ["    return ContactSchema(**row['emergency_contact'])"]))
        out.append(("py_service", ["pydantic.ValidationError: 1 validation error for ContactSchema phone value is not a valid phone number [input_value='",
                                   P(a.g_phone.replace("(", "").replace(") ", "-"), "phone"), "', input_type=str]"]))
    return out


def f_s3():
    tick()
    owner = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
    reqid = alnum(16, "0123456789ABCDEF")
    hostid = base64.b64encode(bytes(R.randint(0, 255) for _ in range(45))).decode()
    if R.random() < .55:
        key = R.choice(["static/ams/app.3f9c1e2a.js", "reports/weekly/2024-W41/squad_load.pdf", "backups/ams_prod/2024-10-14/base.tar.zst.part0007"])
        parts = [owner, " hcf-perf-assets [", ngts(True), "] 10.20.8.", str(R.randint(10, 60)),
                 " arn:aws:iam::418273645091:role/perf-etl ", reqid, " REST.GET.OBJECT ", key,
                 f" \"GET /{key} HTTP/1.1\" 200 - {R.randint(1000, 9000000)} {R.randint(1000, 9000000)} {R.randint(5, 90)} {R.randint(2, 40)}",
                 " \"-\" \"Boto3/1.34.162 Python/3.11.9\" - ", hostid, " SigV4 ECDHE-RSA-AES128-GCM-SHA256 AuthHeader hcf-perf-assets.s3.us-east-1.amazonaws.com TLSv1.3 - -"]
        return [("s3_access", parts)]
    a = pick()
    d = recent(0, 5)
    fn = R.choice(["MRI_KNEE_L.dcm.zip", "XR_ANKLE_R.dcm.zip", "report.pdf", "MRI_BRAIN.dcm.zip"])
    kparts = ["exports/", P(a.aid, "mrn"), "/", P(d.isoformat(), "date"), "/", fn]
    op = R.choice(["PUT", "GET"])
    parts = [owner, " hcf-med-imaging [", ngts(True), "] 10.20.8.31 arn:aws:iam::418273645091:role/pacs-export ", reqid,
             f" REST.{op}.OBJECT ", kparts, f" \"{op} /", kparts, f" HTTP/1.1\" 200 - - {R.randint(20000, 90000000)} {R.randint(100, 9000)} {R.randint(10, 300)}",
             " \"-\" \"aws-sdk-java/2.25.11\" - ", hostid, " SigV4 ECDHE-RSA-AES128-GCM-SHA256 AuthHeader hcf-med-imaging.s3.us-east-1.amazonaws.com TLSv1.3 - -"]
    return [("s3_access", parts)]


def f_pg():
    tick()
    pfx = f"{(T + UTC_OFF).strftime('%Y-%m-%d %H:%M:%S')}.{R.randint(0, 999):03d} UTC [{R.randint(1000, 40000)}] ams@ams_prod "
    if R.random() < .6:
        return [("pg_log", [pfx, R.choice([f"LOG:  checkpoint complete: wrote {R.randint(10, 900)} buffers ({R.uniform(0, 3):.1f}%); write={R.uniform(0, 30):.3f} s",
                                           f"LOG:  duration: {R.uniform(500, 4000):.3f} ms  statement: SELECT squad_id, count(*) FROM gps_session WHERE session_date >= now() - interval '7 days' GROUP BY 1",
                                           "LOG:  automatic vacuum of table \"ams_prod.public.form_event\": index scans: 1"])])]
    a = pick()
    if R.random() < .5:
        parts = [pfx, f"LOG:  duration: {R.uniform(500, 4000):.3f} ms  statement: SELECT * FROM athlete_profile WHERE last_name = '",
                 P(a.last.replace("'", "''"), "name"), "' AND date_of_birth = '", P(a.dob.isoformat(), "date"), "'"]
    else:
        parts = [pfx, "ERROR:  duplicate key value violates unique constraint \"emergency_contact_athlete_id_key\" DETAIL:  Key (athlete_id, email)=(",
                 P(a.aid, "mrn"), ", ", P(a.g_email or a.email, "email"), ") already exists."]
    return [("pg_log", parts)]


def f_access():
    tick()
    door = R.choice(["MEDROOM-2", "HYDRO-1", "PERF-LAB", "PLAYERS-ENT"])
    head = f"{pyts()} genetec-bridge door={door} "
    r = R.random()
    if r < .6:
        who = R.choice(STAFF)[1]
        return [("access_ctl", [head, f"result=GRANTED subject_type=staff subject={who} method=badge reader=RDR-{R.randint(10, 40)} latency_ms={R.randint(40, 300)}"])]
    a = pick()
    return [("access_ctl", [head, "result=GRANTED subject_type=athlete athlete_ref=", P(a.aid, "mrn"),
                            f" method=face score=0.{R.randint(900, 999)} reader=FR-{R.randint(1, 6)}"])]


def f_access_enrol():
    tick()
    door = "PLAYERS-ENT"
    head = f"{pyts()} genetec-bridge door={door} "
    a = pick()
    tpl = "FTv3:" + base64.b64encode(bytes(R.randint(0, 255) for _ in range(48))).decode()
    return [("access_ctl", [head, "event=ENROL subject_type=athlete athlete_ref=", P(a.aid, "mrn"), " name=\"", P(a.name, "name"),
                            "\" face_template=", P(tpl, "biometric"), " enrolled_by=sadeyemi"])]


FAMILIES = [(f_ams_form, 9), (f_ams_api_nginx, 16), (f_ams_audit, 5), (f_gps_sync, 9), (f_hr_csv, 3), (f_forceplate, 1.5),
            (f_cogn_baseline, 5), (f_sideline, 4), (f_league_xml, 4), (f_md_note, 4), (f_imaging, 1.3), (f_pacs_misc, 6),
            (f_travel, 4), (f_whereabouts, 4), (f_doping, 1), (f_x12, 0.7), (f_wc, 1), (f_nutrition, 7), (f_slack, 5), (f_access, 3),
            (f_py_service, 9), (f_s3, 6), (f_pg, 5)]


def main():
    funcs = [f for f, w in FAMILIES]
    weights = [w for f, w in FAMILIES]
    lines = []
    forced = {40: f_x12, 90: f_access_enrol, 150: f_alumni, 230: f_imaging, 300: f_access_enrol,
              360: f_x12, 420: f_alumni, 130: f_car, 390: f_car,
              270: lambda: f_md_note(STAFF[9])}
    while len(lines) < N_LINES:
        f = R.choices(funcs, weights)[0]
        k = next((k for k in sorted(forced) if len(lines) >= k), None)
        if k is not None:
            lines.extend(forced.pop(k)())
            continue
        ev = f()
        ev_phi = sum(1 for fam, parts in ev if any(isinstance(x, P) for x in flatten(parts)))
        have_phi = sum(1 for fam, parts in lines if any(isinstance(x, P) for x in flatten(parts)))
        # keep the PHI share of lines near the 45% target (events are skipped, not cut)
        if ev_phi and (have_phi + ev_phi) / (len(lines) + len(ev)) > 0.45 and len(lines) > 20:
            continue
        lines.extend(ev)
    lines = lines[:N_LINES]
    out_log, out_lab = [], []
    for n, (fam, parts) in enumerate(lines, 1):
        text, spans = build(parts)
        if "\n" in text or "\r" in text or not text.strip():
            sys.exit(f"bad line {n}: {text!r}")
        b = text.encode("utf-8")
        prev = 0
        lab = []
        for s, e, p in spans:
            if not (0 <= s < e <= len(b)) or s < prev:
                sys.exit(f"span out of range/overlap line {n}: {s}-{e} {p.text!r}")
            got = b[s:e].decode("utf-8")
            if got != p.text:
                sys.exit(f"span mismatch line {n}: {got!r} != {p.text!r}")
            if p.kind == "json":
                dec = json.loads('"' + got + '"')
            elif p.kind == "jsonnum":
                dec = json.loads(got)
            elif p.kind == "pct":
                dec = urllib.parse.unquote(got)
            else:
                dec = got
            if dec != p.meant:
                sys.exit(f"span decode mismatch line {n}: {dec!r} != {p.meant!r}")
            prev = e
            lab.append({"s": s, "e": e, "cat": p.cat})
        out_log.append(text)
        out_lab.append(json.dumps({"line": n, "family": fam, "spans": lab}, ensure_ascii=False))
    with open(f"{ID}.log", "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out_log) + "\n")
    with open(f"{ID}.labels.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
