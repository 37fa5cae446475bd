#!/usr/bin/env python3
"""Synthetic labeled log corpus "ok": regional search-and-rescue team + wilderness medicine program.

Systems simulated (one log file, interleaved as a central log shipper would store them):
  sms_gateway     paging gateway (Python logging) and Kannel access-log lines (callouts, inbound RP texts)
  active911_json  Active911-like alert / response JSON
  subject_json    missing-person subject profiles (LPQ form export, English and Spanish keys)
  subject_text    free-text lost-person summaries from the IC log (English / Spanish)
  gpx             GPX 1.1 fragments (team tracks, recovered subject phone tracks), raw and via ingest prefix
  csv_waypoints   CSV waypoint exports with / without header, comma and semicolon
  radio_log       ICS-309 style comms log, bracketed net log, Spanish radio traffic
  pcr_soap        field patient care reports (SOAP), one physical line at a time, English / Spanish
  hoist_request   helicopter hoist requests (key=value) and aircraft status lines
  cost_recovery   hoist/transport cost-recovery billing failures
  cad_fixed       county sheriff CAD fixed-width export
  cad_csv         county sheriff CAD CSV export
  ncic_msg        NCIC missing-person entry teletype messages
  django_app      team-management Django app (gunicorn, django.request, celery, roster signals)
  pi_syslog       Raspberry Pi repeater syslog (svxlink, kernel, sshd, cron, telemetry)
  inreach_webhook Garmin inReach IPC outbound JSON + receiver log
  s3_access       AWS S3 server access log

Labeling decisions:
  - PHI is labeled only for missing subjects / patients and their relatives, friends acting as
    reporting parties (RP) and emergency contacts. Team members, dispatchers, deputies, pilots,
    clinicians, hospital staff, vendors and agencies are never labeled (names, phones, emails,
    cert numbers, callsigns, radio IDs, team device IMEIs and serials).
  - A subject's or relative's name is labeled in any written form, including a first name alone,
    initials + surname, upper/lower case, "Last, First" (one span) and inside file names.
  - Team member certifications (WFR/WEMT/NREMT numbers) in the Django app are staff data: not labeled.
  - GPS coordinates (each of lat and lon as its own span), USNG grids and street addresses tied to a
    subject/patient (last known point, found location, patient location for a hoist, residence,
    points of a recovered subject phone track) are "address". Coordinates of team tracks, clues,
    staging areas, ICP, LZs and the repeater are not labeled.
  - Named public features (trailheads, lakes, peaks, roads used as landmarks) are not labeled.
    A city is labeled only when it is part of a person's street address / residence; a ZIP is
    always its own "zip" span. Street+city written contiguously are one "address" span.
  - Dates tied to the person are labeled "date": DOB, date last seen / last contact, date of
    service on a PCR, date of birth inside NCIC (DOB/), DLC/. Log/record timestamps (syslog, CAD
    receive time, S3 time, GPX <time>, JSON timeStamp fields) are not labeled. Clock times alone
    (e.g. "1730") are not labeled.
  - Ages are labeled only when > 89 (90+). Younger ages are left unlabeled.
  - SAR mission numbers (SAR-2024-0NN) and hoist request numbers (HR-..) are operational event
    numbers used for team stats: not labeled. Sheriff case / OCA numbers, NCIC NIC numbers,
    CAD incident numbers of person-related calls (missing person, SAR, medical, welfare check),
    PCR numbers, subject-profile IDs (SP-..) and subjects' usernames/handles are "other_id".
    CAD incident numbers of non-person calls (alarms, hazards, animals) are not labeled.
  - Vehicle plates and VINs of a subject's car are "vehicle"; aircraft tail numbers are not labeled.
  - Subject-owned devices (phone IMEI, inReach IMEI, PLB hex ID, insulin pump / CGM serials,
    avalanche beacon serial) are "device". Team-issued inReach IMEIs are not labeled.
  - The public IP of a relative uploading subject photos through the intake portal is "ip";
    AWS/internal/team/scanner IPs are not labeled.
  - Subject names inside S3 object keys / file names are "name" (the whole name token).
  - Base64 face photos: only the base64 payload after "base64," is labeled "photo".
  - NCIC FPC fingerprint classifications are "biometric". Physical descriptions (height, weight,
    hair, clothing, scars) are not labeled.
  - Driver's licence numbers (OLN/DL) and hunting/fishing licence numbers of a subject are "license".
  - Hospital MRN -> mrn; Medicare MBI, Medicaid (ProviderOne) and commercial member IDs ->
    health_plan; ambulance/hoist billing account numbers and payment card numbers -> account.
  - Training manikins / simulated patients ("SIM PATIENT") are public test values: not labeled.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

SEED = 20240817
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "ok"
N_LINES = 500
NOISE_TARGET = 0.55


# ----------------------------------------------------------------------------- line builder
class Line:
    def __init__(self, family):
        self.family = family
        self.parts = []
        self.n = 0
        self.spans = []

    def t(self, s):
        self.parts.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        if cat is None or s == "":
            return self.t(s)
        st = self.n
        self.t(s)
        self.spans.append((st, self.n, cat, s))
        return self

    def add(self, *segs):
        for s in segs:
            if isinstance(s, tuple):
                self.p(s[0], s[1])
            else:
                self.t(s)
        return self

    def text(self):
        return "".join(self.parts)


class P:
    """PHI leaf for JSON serialisation."""
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class RT:
    """Rich text JSON string made of plain str and (value, cat) tuples."""
    def __init__(self, *segs):
        self.segs = segs


def jesc(s, ea):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def jdump(L, obj, sep=(", ", ": "), ea=False):
    if isinstance(obj, dict):
        L.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k, ensure_ascii=ea))
            L.t(sep[1])
            jdump(L, v, sep, ea)
        L.t("}")
    elif isinstance(obj, list):
        L.t("[")
        for i, v in enumerate(obj):
            if i:
                L.t(sep[0])
            jdump(L, v, sep, ea)
        L.t("]")
    elif isinstance(obj, P):
        if isinstance(obj.v, str):
            L.t('"')
            L.p(jesc(obj.v, ea), obj.cat)
            L.t('"')
        else:
            L.p(json.dumps(obj.v), obj.cat)
    elif isinstance(obj, RT):
        L.t('"')
        for s in obj.segs:
            if isinstance(s, tuple):
                L.p(jesc(s[0], ea), s[1])
            else:
                L.t(jesc(s, ea))
        L.t('"')
    else:
        L.t(json.dumps(obj, ensure_ascii=ea))


# ----------------------------------------------------------------------------- clock
CLOCK = [dt.datetime(2024, 8, 16, 21, 38, 5)]


def tick(lo=4, hi=420):
    CLOCK[0] += dt.timedelta(seconds=rng.randint(lo, hi), microseconds=rng.randint(0, 999999))
    return CLOCK[0]


def now():
    return CLOCK[0]


def ts_py(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def ts_iso(t, ms=True):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".%03dZ" % (t.microsecond // 1000) if ms else "Z")


def ts_sys(t):
    return t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")


def ts_local_hhmm(t):
    return (t - dt.timedelta(hours=7)).strftime("%H%M")


# ----------------------------------------------------------------------------- value factories
def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def hexs(n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def luhn_complete(prefix_digits):
    ds = [int(c) for c in prefix_digits]
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return prefix_digits + str((10 - total % 10) % 10)


def mk_imei(prefix="35"):
    return luhn_complete(prefix + digits(14 - len(prefix)))


def mk_card():
    pre = rng.choice(["4", "51", "53", "37"])
    ln = 15 if pre == "37" else 16
    return luhn_complete(pre + digits(ln - 1 - len(pre)))


def mk_ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def mk_vin(wmi):
    body = wmi + "".join(rng.choice(VIN_CH) for _ in range(5)) + "0" + rng.choice("LMNPR") + \
        rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6)
    v = list(body)
    tot = sum((int(c) if c.isdigit() else VIN_TR[c]) * w for c, w in zip(v, VIN_W))
    ck = tot % 11
    v[8] = "X" if ck == 10 else str(ck)
    return "".join(v)


def mk_mbi():
    L_ = "ACDEFGHJKMNPQRTUVWXY"
    an = L_ + "0123456789"
    s = [rng.choice("123456789"), rng.choice(L_), rng.choice(an), rng.choice("0123456789"),
         rng.choice(L_), rng.choice(an), rng.choice("0123456789"), rng.choice(L_), rng.choice(L_),
         rng.choice("0123456789"), rng.choice("0123456789")]
    s = "".join(s)
    return rng.choice([s, s[:4] + "-" + s[4:7] + "-" + s[7:]])


def fmt_phone(d, style=None):
    style = style if style is not None else rng.randint(0, 6)
    a, b, c = d[:3], d[3:6], d[6:]
    return ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), d, "+1%s" % d, "+1 %s %s %s" % (a, b, c),
            "%s.%s.%s" % (a, b, c), "1-%s-%s-%s" % (a, b, c)][style]


def mk_phone_digits(area=None):
    area = area or rng.choice(["509", "509", "509", "206", "425", "253", "360", "503", "208", "971"])
    return area + str(rng.randint(2, 9)) + digits(2) + digits(4)


def fake_jpeg_b64(n=84):
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
    body = bytes(rng.getrandbits(8) for _ in range(n))
    return base64.b64encode(head + body).decode()


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("'", "")


def b64rand(n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


# ----------------------------------------------------------------------------- people
CITIES = [("Wenatchee", "98801"), ("East Wenatchee", "98802"), ("Leavenworth", "98826"), ("Cashmere", "98815"),
          ("Chelan", "98816"), ("Entiat", "98822"), ("Peshastin", "98847"), ("Ellensburg", "98926"),
          ("Cle Elum", "98922"), ("Seattle", "98115"), ("Bellevue", "98004"), ("Spokane", "99203"),
          ("Yakima", "98902"), ("Tacoma", "98406"), ("Moses Lake", "98837"), ("Quincy", "98848"),
          ("Manson", "98831"), ("Redmond", "98052"), ("Portland", "97214"), ("Boise", "83702")]
STREETS = ["Wenatchee Heights Rd", "Cherry St", "Orchard Ave", "Chumstick Hwy", "N Miller St", "Fircrest Dr",
           "Loop Ave NE", "Fuller St", "Pine Canyon Rd", "Okanogan Ave", "Sunnyslope Ln", "Ranch Rd",
           "NE 65th St", "Mission Ridge Way", "Icicle View Ln", "Calle del Sol", "Eastmont Ave", "Shady Pass Rd",
           "SE Division St", "Valley Mall Pkwy", "Apple Blossom Dr", "Skyline Dr", "W Yakima Ave"]
HAIR = ["brown", "black", "gray", "blonde", "red", "white", "salt-and-pepper", "auburn", "dark brown"]
HAIR_ES = {"brown": "castaño", "black": "negro", "gray": "canoso", "blonde": "rubio", "red": "pelirrojo", "white": "blanco",
           "salt-and-pepper": "entrecano", "auburn": "castaño rojizo", "dark brown": "castaño oscuro"}
EYES = ["brown", "blue", "green", "hazel", "gray"]
CARS = [("Subaru Outback", "4S4"), ("Toyota Tacoma", "3TM"), ("Honda CR-V", "5J6"), ("Ford F-150", "1FT"),
        ("Jeep Wrangler", "1C4"), ("Toyota 4Runner", "JTE"), ("Chevrolet Silverado", "1GC"),
        ("Nissan Frontier", "1N6"), ("Volkswagen Golf", "3VW"), ("Hyundai Tucson", "KM8")]
COLORS = ["silver", "white", "black", "blue", "green", "red", "gray", "tan"]
EMAIL_DOM = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "hotmail.es", "icloud.com", "comcast.net",
             "hotmail.com", "live.com.mx"]

SUBJECTS_RAW = [
    # first, middle, last, sex, lang, age (None=random)
    ("Walter", "J", "Kowalczyk", "M", "en", 91),
    ("Hiroshi", "", "Tanaka", "M", "en", 58),
    ("María José", "", "García-López", "F", "es", 17),
    ("Priya", "S", "Raghunathan", "F", "en", 29),
    ("Björn", "", "Åkesson", "M", "en", 47),
    ("Ruth", "A", "Abernathy", "F", "en", 93),
    ("Oluwaseun", "", "Adeyemi", "M", "en", 34),
    ("Jean-Baptiste", "", "de la Croix", "M", "en", 62),
    ("Siobhán", "M", "O'Connell", "F", "en", 41),
    ("Guadalupe", "", "Villaseñor Ortiz", "F", "es", 94),
    ("Aleksandr", "V", "Volkov", "M", "en", 23),
    ("Ngozi", "", "Okafor", "F", "en", 38),
    ("Jorge Luis", "", "Quispe Mamani", "M", "es", 45),
    ("Karin", "", "van der Berg", "F", "en", 66),
    ("Harold", "E", "McAllister", "M", "en", 90),
    ("Mei-Ling", "", "Chou", "F", "en", 52),
    ("Tariq", "", "Haddad", "M", "en", 19),
    ("Agnieszka", "", "Wiśniewska", "F", "en", 31),
    ("Kalani", "K", "Kahananui", "M", "en", 27),
    ("Eleanor", "R", "Fitzgerald-Hayes", "F", "en", 89),
    ("Francisco Javier", "", "Mendoza Ibarra", "M", "es", 36),
    ("Soo-ah", "", "Park", "F", "en", 14),
    ("Kwame", "", "Mensah", "M", "en", 55),
    ("Beatriz", "", "Echeverría", "F", "es", 26),
    ("Lucas", "", "St. Pierre", "M", "en", 71),
    ("Yusuf", "", "Demir", "M", "en", 44),
    ("Aroha", "", "Ngata", "F", "en", 33),
    ("Diego", "A", "Castañeda", "M", "es", 12),
    ("Dwayne", "T", "Whitaker", "M", "en", 63),
    ("Thi Lan", "", "Nguyen", "F", "en", 48),
]
REL_FIRST = {("en", "F"): ["Keiko", "Susan", "Anjali", "Linda", "Marie", "Olga", "Janet", "Leilani", "Margaret", "Ama", "Hine", "Minh Chau", "Ayşe"],
             ("en", "M"): ["Daniel", "Mark", "Erik", "Chidi", "Sean", "Emeka", "Pieter", "Wen", "Omar", "Piotr", "Jin", "Paul", "Craig"],
             ("es", "F"): ["Rosa", "Lucía", "Carmen", "Alejandra", "María Elena"],
             ("es", "M"): ["Miguel Ángel", "Fernando", "José", "Rubén", "Juan Carlos"]}
REL_GENDER = {"wife": "F", "mother": "F", "daughter": "F", "sister": "F", "husband": "M", "father": "M", "son": "M", "brother": "M",
              "esposa": "F", "madre": "F", "hija": "F", "hermana": "F", "amiga": "F", "esposo": "M", "padre": "M", "hijo": "M",
              "hermano": "M", "amigo": "M"}

REF = dt.date(2024, 8, 17)
MISSIONS = ["SAR-2024-0%d" % n for n in range(27, 41)]


class Person:
    pass


def mk_person(raw, idx):
    first, middle, last, sex, lang, age = raw
    p = Person()
    p.first, p.middle, p.last, p.sex, p.lang = first, middle, last, sex, lang
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    y = REF.year - age
    if (m, d) > (REF.month, REF.day):
        y -= 1
    p.dob = dt.date(y, m, d)
    p.age = age
    p.hgt_in = rng.randint(58, 76) if age > 14 else rng.randint(50, 64)
    p.wt = int((p.hgt_in - 60) * 5.5 + 125 + rng.gauss(0, 22)) if age > 14 else rng.randint(65, 110)
    if age < 35:
        p.hair = rng.choice(["brown", "black", "blonde", "red", "auburn", "dark brown"])
    elif age < 70:
        p.hair = rng.choice(HAIR)
    else:
        p.hair = rng.choice(["gray", "white", "salt-and-pepper"])
    p.eyes = rng.choice(EYES)
    p.city, p.zip = rng.choice(CITIES[:9] if (age > 75 or lang == "es") else CITIES)
    p.state = {"97214": "OR", "83702": "ID"}.get(p.zip, "WA")
    p.street = "%d %s" % (rng.randint(12, 24999), rng.choice(STREETS))
    if rng.random() < 0.2:
        p.street += rng.choice([" Apt 3B", " #12", " Unit 204", " Apt 7"])
    p.phone = mk_phone_digits()
    base = (first.split()[0] + "." + last.split()[0].split("-")[0]).lower()
    for a, b in [("á", "a"), ("é", "e"), ("í", "i"), ("ó", "o"), ("ñ", "n"), ("ö", "o"), ("å", "a"), ("ś", "s"), ("'", ""), (" ", "")]:
        base = base.replace(a, b)
    p.email = rng.choice([base, base.replace(".", ""), base + str(rng.randint(1, 99)),
                          base.split(".")[0][0] + base.split(".")[1] + str(p.dob.year % 100)]) + "@" + rng.choice(EMAIL_DOM)
    p.handle = rng.choice([base.replace(".", "_"), base.split(".")[0] + "_hikes", base.split(".")[1] + str(rng.randint(10, 999)),
                           "trail" + base.split(".")[0]])
    p.ssn = mk_ssn()
    if p.state == "WA":
        p.dl = "WDL" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))
    elif p.state == "OR":
        p.dl = digits(7)
    else:
        p.dl = rng.choice("ABCDEFGH") + rng.choice("ABCDEFGH") + digits(6) + rng.choice("ABCDEFGH")
    car, wmi = rng.choice(CARS)
    p.car = "%s %d %s" % (rng.choice(COLORS), rng.randint(2004, 2023), car)
    p.vin = mk_vin(wmi)
    p.plate = rng.choice(["%s%s%s%s" % (rng.choice("ABCDC"), rng.choice("BCDFGHJKLMNPRSTVWXYZ"),
                                         rng.choice("BCDFGHJKLMNPRSTVWXYZ"), digits(4)),
                          "%s%s%s-%s" % (rng.choice("ABCD"), rng.choice("BCDFGHKLM"), rng.choice("BCDFGHKLM"), digits(4)),
                          digits(3) + rng.choice("ABCDEFGHJ") + rng.choice("KLMNPRSTU") + rng.choice("VWXYZ")])
    p.imei = mk_imei(rng.choice(["35", "35", "86", "01"]))
    p.inreach = mk_imei("3004340")
    p.plb = "".join(rng.choice("0123456789ABCDEF") for _ in range(15))
    p.plb = "ADC" + p.plb[3:] if rng.random() < 0.5 else "9A2" + p.plb[3:]
    p.url = rng.choice(["https://www.strava.com/athletes/%s" % digits(8),
                        "https://www.instagram.com/%s/" % p.handle,
                        "https://www.alltrails.com/members/%s" % base.replace(".", "-"),
                        "https://www.facebook.com/%s.%s" % (base, digits(2)),
                        "https://%s.blogspot.com" % p.handle.replace("_", "")])
    p.mrn = rng.choice(["00" + digits(6), "CVMC" + digits(7), "M" + digits(8)])
    if p.age >= 65:
        p.plan = ("Medicare MBI", mk_mbi())
    else:
        p.plan = rng.choice([("Apple Health ProviderOne", digits(9) + "WA"), ("Premera", "PRX" + digits(9)),
                             ("Regence BlueShield", "ZRB" + digits(8)), ("Kaiser Permanente WA", digits(10)),
                             ("Molina", "1" + digits(10))])
    p.ncic = "M" + digits(9)
    p.case = "24-%06d" % rng.randint(1000, 19999)
    p.pcr = "WMP-24-%04d" % (100 + idx * 3 + rng.randint(0, 2))
    p.spid = "SP-24-%04d" % (20 + idx)
    p.acct = rng.choice(["AC-" + digits(8), digits(10), "7700-" + digits(5)])
    p.fpc = "".join(rng.choice(["PO", "PM", "PI", "CI", "DI", "XX", "SR", "AA", "TT", "RS"]) if rng.random() < 0.5 else digits(2)
                    for _ in range(10))
    p.fishlic = "WDFW" + digits(9)
    p.pump = rng.choice(["NG" + digits(7) + "H", "PT" + digits(8), "8G" + "".join(rng.choice(VIN_CH) for _ in range(4))])
    p.fax = mk_phone_digits("509")
    p.mission = rng.choice(MISSIONS)
    # relative / RP
    if age < 18:
        rel = rng.choice(["mother", "father", "mother", "sister", "brother"])
    elif age > 80:
        rel = rng.choice(["son", "daughter", "daughter", "spouse"])
    else:
        rel = rng.choice(["spouse", "spouse", "son", "daughter", "mother", "father", "brother", "sister", "friend", "partner"])
    if rel == "spouse":
        rel = "wife" if (sex == "M") == (rng.random() < 0.9) else "husband"
    g = REL_GENDER.get(rel, rng.choice("MF"))
    if lang == "es":
        rel = {"wife": "esposa", "husband": "esposo", "son": "hijo", "daughter": "hija", "mother": "madre", "father": "padre",
               "brother": "hermano", "sister": "hermana", "friend": "amiga" if g == "F" else "amigo",
               "partner": "pareja"}[rel]
    p.rel_rel = rel
    rf = rng.choice(REL_FIRST[(lang, g)])
    # how the RP refers to the subject
    p.subj_role = {"wife": "husband", "husband": "wife", "esposa": "esposo", "esposo": "esposa"}.get(rel)
    if p.subj_role and sex == "F":
        p.subj_role = {"husband": "wife", "esposo": "esposa"}.get(p.subj_role, p.subj_role)
    if p.subj_role and sex == "M":
        p.subj_role = {"wife": "husband", "esposa": "esposo"}.get(p.subj_role, p.subj_role)
    if not p.subj_role:
        p.subj_role = {"son": "dad", "daughter": "dad", "hijo": "papá", "hija": "papá", "mother": "son", "father": "son",
                       "madre": "hijo", "padre": "hijo", "brother": "brother", "sister": "brother", "hermano": "hermano",
                       "hermana": "hermano"}.get(rel, "amigo" if lang == "es" else "friend")
        if sex == "F":
            p.subj_role = {"dad": "mom", "papá": "mamá", "son": "daughter", "hijo": "hija", "brother": "sister",
                           "hermano": "hermana", "amigo": "amiga"}.get(p.subj_role, p.subj_role)
    rl = last if rng.random() < 0.7 else rng.choice(["Brennan", "Ruiz", "Lindahl", "Osei", "Moreno", "Kaplan", "Hale"])
    p.rel_first, p.rel_last = rf, rl
    p.rel_phone = mk_phone_digits()
    p.rel_email = fold(rf.split()[0].lower().replace("á", "a") + "." + rl.split()[0].split("-")[0].lower()
                   .replace("á", "a").replace("é", "e").replace("ñ", "n").replace("å", "a").replace("'", "")
                   .replace("ś", "s") + "@" + rng.choice(EMAIL_DOM))
    p.rel_ip = "%d.%d.%d.%d" % (rng.choice([73, 67, 24, 71, 98, 174, 76, 50, 97, 172]), rng.randint(1, 254),
                                rng.randint(0, 255), rng.randint(1, 254))
    if p.rel_ip.startswith("172.") and 16 <= int(p.rel_ip.split(".")[1]) <= 31:
        p.rel_ip = "172.58." + ".".join(p.rel_ip.split(".")[2:])
    # last seen
    p.lsd = REF - dt.timedelta(days=rng.randint(0, 2))
    p.lkp = (round(47.40 + rng.random() * 0.35, 5), round(-121.10 + rng.random() * 0.5, 5))
    p.found = (round(p.lkp[0] + rng.uniform(-0.02, 0.02), 5), round(p.lkp[1] + rng.uniform(-0.02, 0.02), 5))
    p.usng = "10T %s %04d %04d" % (rng.choice(["FT", "GT", "FU", "GU"]), rng.randint(0, 9999), rng.randint(0, 9999))
    return p


SUBJ = [mk_person(r, i) for i, r in enumerate(SUBJECTS_RAW)]


def subj(lang=None):
    pool = [p for p in SUBJ if lang is None or p.lang == lang]
    return rng.choice(pool)


def name_full(p):
    return p.first + " " + p.last


def name_form(p, style=None):
    style = style if style is not None else rng.randint(0, 7)
    mi = (" " + p.middle) if p.middle else ""
    return [p.first + " " + p.last,
            p.last.upper() + ", " + p.first.upper() + mi.upper(),
            p.last + ", " + p.first,
            (p.first + " " + p.last).upper(),
            p.first[0] + ". " + p.last,
            (p.first + " " + p.last).lower(),
            p.first + mi + " " + p.last,
            p.last + " " + p.first][style]


def rel_name(p, style=0):
    return [p.rel_first + " " + p.rel_last, p.rel_last.upper() + ", " + p.rel_first.upper(),
            p.rel_last + ", " + p.rel_first][style]


MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]


def fmt_date(d, style=None):
    style = style if style is not None else rng.randint(0, 9)
    return [d.strftime("%Y-%m-%d"), d.strftime("%m/%d/%Y"), "%d/%d/%s" % (d.month, d.day, d.strftime("%y")),
            d.strftime("%d/%m/%Y"), d.strftime("%B %-d, %Y"), d.strftime("%d-%b-%Y").upper(),
            d.strftime("%Y%m%d"), "%d de %s de %d" % (d.day, MES[d.month - 1], d.year),
            d.strftime("%d%b%y").upper(), d.strftime("%m-%d-%Y")][style]


def hgt(p, metric=False):
    if metric:
        return "%.2f m" % (p.hgt_in * 0.0254)
    return "%d'%d\"" % (p.hgt_in // 12, p.hgt_in % 12)


# ----------------------------------------------------------------------------- staff (never labeled)
STAFF = [("Kristen", "Holloway"), ("Marcus", "Tran"), ("Dana", "Whitfield"), ("Raúl", "Benavides"), ("Sam", "Okoro"),
         ("Jess", "Lindgren"), ("Tom", "Reyes"), ("Alicia", "Ferreira"), ("Ben", "Kessler"), ("Priyanka", "Nair"),
         ("Cody", "Albright"), ("Lena", "Vogt"), ("Graham", "Pryce"), ("Mónica", "Salazar"), ("Ivan", "Petrenko")]
STAFF_PH = {s: mk_phone_digits("509") for s in STAFF}
STAFF_CERT = {s: rng.choice(["WFR", "WEMT", "NREMT-B", "OEC", "WFA", "Paramedic"]) for s in STAFF}
TEAMS = ["T1", "T2", "T3", "T4", "HASTY-1", "HASTY-2", "K9-1", "RR-1", "UAS-1", "MTN-2"]
PLACES = ["Stuart Lake TH", "Colchuck Lake", "Eightmile Rd", "Icicle Creek Rd", "Snow Lakes TH", "Ingalls Lake",
          "Esmeralda Basin", "Tumwater Canyon", "Mission Ridge", "Entiat River Rd", "Lake Wenatchee SP",
          "Chiwaukum Creek", "Blewett Pass", "Aasgard Pass", "Enchantment Lakes", "Saddle Rock", "Lake Valhalla"]
GW_NUM = "+15098880911"
TEAM_INREACH = {t: mk_imei("3004340") for t in ["T1", "T2", "T3", "HASTY-1", "K9-1", "MTN-2"]}
HOSP = "Cascade Valley Medical Center"


def staff():
    return rng.choice(STAFF)


def sname(s):
    return s[0] + " " + s[1]


def team_pt():
    return round(47.40 + rng.random() * 0.35, 5), round(-121.10 + rng.random() * 0.5, 5)


# ============================================================================= generators
# each returns list[Line]; phi=True must put at least one span somewhere in the block

def g_sms(phi):
    t = tick()
    L = Line("sms_gateway")
    kannel = rng.random() < 0.35
    if not phi:
        s = staff()
        to = "+1" + STAFF_PH[s]
        r = rng.random()
        body = rng.choice([
            "NCRSAR CALLOUT %s: overdue hiker, %s. Staging %s 0700. Reply 1=resp 2=unavail" % (rng.choice(MISSIONS), rng.choice(PLACES), rng.choice(PLACES)),
            "NCRSAR: Stand down %s. Subject located by USFS. Thanks all." % rng.choice(MISSIONS),
            "NCRSAR TRAINING: rope rescue Sat 0800 @ Station 2, bring harness + helmet",
            "NCRSAR CALLOUT %s: injured climber, hoist likely. Rescue techs to Mission Ridge helibase." % rng.choice(MISSIONS),
            "ALERTA NCRSAR %s: excursionista atrasado en %s. Punto de reunión: %s 06:30" % (rng.choice(MISSIONS), rng.choice(PLACES), rng.choice(PLACES)),
            "NCRSAR: Reminder - WFR recert due %s. Register via roster portal." % rng.choice(["Sep 30", "Oct 12", "Nov 3"]),
            "NCRSAR PAGE TEST - no action required. Reply OK.",
        ])
        if kannel and r < 0.6:
            L.t("%s Sent SMS [SMSC:twilio01] [SVC:pager] [ACT:] [BINF:] [FID:%s] [META:?smpp?] [from:%s] [to:%s] [flags:-1:0:-1:0:-1] [msg:%d:%s] [udh:0:]"
                % (t.strftime("%Y-%m-%d %H:%M:%S"), hexs(32), GW_NUM, to, len(body.encode()), body))
        elif r < 0.45:
            L.t('%s INFO  paging.gateway: outbound sid=SM%s to=%s from=%s segments=%d body="%s"'
                % (ts_py(t), hexs(32), to, GW_NUM, 1 + len(body) // 153, body))
        elif r < 0.75:
            st = rng.choice(["delivered", "delivered", "sent", "undelivered", "failed"])
            err = {"undelivered": "30003", "failed": "30006"}.get(st, "None")
            L.t("%s INFO  paging.gateway: status callback sid=SM%s status=%s error_code=%s price=-0.00790 price_unit=USD to=%s"
                % (ts_py(t), hexs(32), st, err, to))
        elif r < 0.88:
            L.t("%s WARNING paging.gateway: Twilio error 21610 (Attempt to send to unsubscribed recipient) to=%s member_id=%d - flagged in roster"
                % (ts_py(t), to, rng.randint(100, 260)))
        else:
            L.t("%s INFO  paging.stats: window=60s queued=%d sent=%d delivered=%d failed=%d p95_latency_ms=%d"
                % (ts_py(t), rng.randint(0, 40), rng.randint(0, 40), rng.randint(0, 40), rng.randint(0, 3), rng.randint(300, 4200)))
        return [L]
    p = subj()
    r = rng.random()
    if r < 0.5:
        # outbound callout with subject details
        if p.lang == "es" and rng.random() < 0.7:
            segs = ["ALERTA NCRSAR %s: persona desaparecida, " % p.mission, (name_form(p, 0), "name"), ", "]
            segs += [(str(p.age), "age"), " años"] if p.age > 89 else [str(p.age) + " años"]
            segs += [", vista por última vez el ", (fmt_date(p.lsd, 3), "date"), " en %s. Reunión %s." % (rng.choice(PLACES), rng.choice(PLACES))]
        else:
            segs = ["NCRSAR CALLOUT %s: missing " % p.mission]
            segs += [(str(p.age), "age"), "yo"] if p.age > 89 else [str(p.age) + "yo"]
            segs += [p.sex + ", ", (name_form(p, rng.choice([0, 3, 4])), "name")]
            if p.age > 75:
                segs += [", dementia, walked away from ", (p.street + ", " + p.city, "address"), " ~1500."]
            else:
                segs += [", overdue from %s since " % rng.choice(PLACES), (fmt_date(p.lsd, rng.choice([1, 2, 8])), "date"), "."]
            segs += [" Staging %s. Reply 1/2." % rng.choice(PLACES)]
        body_len = sum(len((s[0] if isinstance(s, tuple) else s).encode()) for s in segs)
        to = "+1" + STAFF_PH[staff()]
        if kannel:
            L.t("%s Sent SMS [SMSC:twilio01] [SVC:pager] [ACT:] [BINF:] [FID:%s] [META:?smpp?] [from:%s] [to:%s] [flags:-1:0:-1:0:-1] [msg:%d:"
                % (t.strftime("%Y-%m-%d %H:%M:%S"), hexs(32), GW_NUM, to, body_len))
            L.add(*segs)
            L.t("] [udh:0:]")
        else:
            L.t('%s INFO  paging.gateway: outbound sid=SM%s to=%s from=%s segments=%d body="' % (ts_py(t), hexs(32), to, GW_NUM, 1 + body_len // 153))
            L.add(*segs)
            L.t('"')
    else:
        # inbound from reporting party (relative)
        ph = "+1" + p.rel_phone
        if p.lang == "es":
            segs = ["Hola, soy ", (p.rel_first, "name"), ", %s de " % p.rel_rel,
                    (p.first, "name"), ". No ha regresado desde ayer, su cel es ", (fmt_phone(p.phone, 2), "phone"), ". Por favor llamen."]
        else:
            segs = ["This is ", (rel_name(p), "name"), ", my %s " % p.subj_role,
                    (p.first, "name"), " still not back from %s. " % rng.choice(PLACES)]
            segs += rng.choice([[("His" if p.sex == "M" else "Her") + " phone is ", (fmt_phone(p.phone, rng.choice([1, 2, 5])), "phone"), ", goes to voicemail."],
                                ["Car is a %s plate " % p.car, (p.plate, "vehicle"), "."],
                                ["Last text ", (fmt_date(p.lsd, 2), "date"), " around 5pm."]])
        body_len = sum(len((s[0] if isinstance(s, tuple) else s).encode()) for s in segs)
        if kannel:
            L.add("%s Receive SMS [SMSC:twilio01] [SVC:] [ACT:] [BINF:] [FID:%s] [META:?smpp?] [from:" % (t.strftime("%Y-%m-%d %H:%M:%S"), hexs(32)),
                  (ph, "phone"), "] [to:%s] [flags:-1:0:-1:0:-1] [msg:%d:" % (GW_NUM, body_len))
            L.add(*segs)
            L.t("] [udh:0:]")
        else:
            L.add("%s INFO  paging.gateway: inbound sid=SM%s from=" % (ts_py(t), hexs(32)), (ph, "phone"),
                  " to=%s num_media=0 body=\"" % GW_NUM)
            L.add(*segs)
            L.t('"')
    return [L]


def g_active911(phi):
    t = tick()
    L = Line("active911_json")
    pre = rng.random() < 0.5
    if pre:
        L.t("%s active911-bridge[%d]: " % (ts_iso(t), rng.randint(900, 990)))
    if not phi:
        s = staff()
        if rng.random() < 0.6:
            obj = {"result": "success", "message": {"device": {"id": rng.randint(200000, 299999), "name": sname(s)},
                   "alert_id": rng.randint(40000000, 49999999), "response": rng.choice(["Respond", "Arrived", "Unavailable", "Respond - 20 min", "Staging"]),
                   "response_timestamp": int(t.timestamp())}}
        else:
            obj = {"alert": {"id": rng.randint(40000000, 49999999), "agency_id": 11842, "received": t.strftime("%Y-%m-%d %H:%M:%S"),
                             "description": rng.choice(["OVERDUE HIKER", "TRAINING", "TECHNICAL RESCUE", "EVIDENCE SEARCH"]),
                             "details": rng.choice(["Party of 2 overdue, USFS reports car at TH. Hasty teams to %s." % rng.choice(PLACES),
                                                    "Monthly page test. Please acknowledge.",
                                                    "Climber fall reported via 911 relay, details pending. Rope team + medic.",
                                                    "Mutual aid request from Kittitas Co SAR, 6 ground searchers."]),
                             "place": rng.choice(PLACES), "address": "", "city": "", "state": "WA",
                             "lat": team_pt()[0], "lon": team_pt()[1], "cad_code": rng.choice(["SAR", "RESCUE", "TRNG"]),
                             "pagegroups": ["NCRSAR All", rng.choice(["Medics", "Rope", "K9", "Ground"])], "priority": rng.choice(["", "High"])}}
        jdump(L, obj, sep=(",", ":") if rng.random() < 0.5 else (", ", ": "))
        return [L]
    p = subj()
    home = p.age > 75 or rng.random() < 0.3
    if p.lang == "es":
        det = RT("Sujeto: ", (name_form(p, 0), "name"), ", ", str(p.age) + " años" if p.age <= 89 else "", *([(str(p.age), "age"), " años"] if p.age > 89 else []),
                 ", ", hgt(p, True), ", cabello ", HAIR_ES[p.hair], ". Reportante: ", (rel_name(p), "name"), " (%s) tel " % p.rel_rel,
                 (fmt_phone(p.rel_phone, 1), "phone"), ". Visto por última vez ", (fmt_date(p.lsd, 7), "date"), ".")
    else:
        det = RT("Subj ", (name_form(p, 1), "name"), " DOB ", (fmt_date(p.dob, 1), "date"), ", ", p.sex, ", ", hgt(p), " ", str(p.wt), "lb, ", p.hair,
                 " hair. RP ", p.rel_rel, " ", (rel_name(p), "name"), " ", (fmt_phone(p.rel_phone, 0), "phone"),
                 ". LKP ", (str(p.lkp[0]), "address"), ",", (str(p.lkp[1]), "address"), " at ", "1730." if not home else "home.")
    alert = {"id": rng.randint(40000000, 49999999), "agency_id": 11842, "received": t.strftime("%Y-%m-%d %H:%M:%S"),
             "description": "MISSING PERSON" if home else rng.choice(["SAR - LOST HIKER", "OVERDUE PARTY", "SAR"]),
             "details": det,
             "place": "" if home else rng.choice(PLACES),
             "address": P(p.street, "address") if home else "",
             "city": P(p.city, "address") if home else "",
             "state": p.state,
             "lat": P(p.lkp[0], "address"), "lon": P(p.lkp[1], "address"),
             "incident_number": P(p.case, "other_id"),
             "cad_code": "MISPER" if home else "SAR", "pagegroups": ["NCRSAR All"]}
    jdump(L, {"alert": alert}, sep=(",", ":") if rng.random() < 0.5 else (", ", ": "))
    return [L]


def g_subject_json(phi):
    t = tick()
    L = Line("subject_json")
    if not phi:
        obj = rng.choice([
            {"ts": ts_iso(t), "level": "info", "svc": "lpq-api", "msg": "profile schema loaded", "schema": "lpq-3.2", "fields": 48, "locales": ["en", "es"]},
            {"ts": ts_iso(t), "level": "warn", "svc": "lpq-api", "msg": "missing required field", "field": rng.choice(["clothing_upper", "footwear", "medications"]),
             "request_id": hexs(8) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(12)},
            {"ts": ts_iso(t), "level": "info", "svc": "lpq-api", "msg": "export complete", "mission": rng.choice(MISSIONS), "profiles": rng.randint(1, 3),
             "duration_ms": rng.randint(40, 900), "trace_id": hexs(32)},
            {"ts": ts_iso(t), "level": "error", "svc": "lpq-api", "msg": "photo resize failed", "err": "PIL.UnidentifiedImageError: cannot identify image file",
             "upload_bytes": rng.randint(1000, 4000000), "span_id": hexs(16)},
        ])
        jdump(L, obj, sep=(",", ":") if rng.random() < 0.4 else (", ", ": "))
        return [L]
    p = subj()
    if p.lang == "es" and rng.random() < 0.75:
        obj = {"id_sujeto": P(p.spid, "other_id"), "nombre": P(p.first, "name"), "apellidos": P(p.last, "name"),
               "fecha_nacimiento": P(fmt_date(p.dob, 3), "date"),
               "edad": P(p.age, "age") if p.age > 89 else p.age, "sexo": "F" if p.sex == "F" else "M",
               "estatura": hgt(p, True), "peso_kg": round(p.wt * 0.4536), "cabello": HAIR_ES[p.hair],
               "domicilio": {"calle": P(p.street, "address"), "ciudad": P(p.city, "address"), "estado": p.state, "cp": P(p.zip, "zip")},
               "telefono": P(fmt_phone(p.phone, rng.choice([0, 1, 2])), "phone"),
               "contacto_emergencia": {"nombre": P(rel_name(p), "name"), "parentesco": p.rel_rel, "tel": P(fmt_phone(p.rel_phone, 3), "phone")},
               "vehiculo": {"descripcion": p.car, "placas": P(p.plate, "vehicle")},
               "visto_por_ultima_vez": P(fmt_date(p.lsd, 0), "date"),
               "condiciones_medicas": rng.choice(["diabetes tipo 1", "ninguna conocida", "asma", "hipertensión"])}
        if p.age > 85 and rng.random() < 0.8:
            obj["fax"] = P(fmt_phone(p.fax, 0), "fax")
    else:
        style = rng.random() < 0.5
        k = (lambda a, b: a) if style else (lambda a, b: b)
        obj = {k("subjectId", "subject_id"): P(p.spid, "other_id"), k("fullName", "full_name"): P(name_form(p, rng.choice([0, 2, 6])), "name"),
               k("dob", "date_of_birth"): P(fmt_date(p.dob, rng.choice([0, 1, 6])), "date"),
               "age": P(p.age, "age") if p.age > 89 else p.age, "sex": p.sex,
               k("heightIn", "height_in"): p.hgt_in, k("weightLb", "weight_lb"): p.wt, "hair": p.hair, "eyes": p.eyes,
               k("homeAddress", "home_address"): {"street": P(p.street, "address"), "city": P(p.city, "address"), "state": p.state, "zip": P(p.zip, "zip")},
               k("mobile", "cell_phone"): P(fmt_phone(p.phone, rng.choice([0, 1, 3])), "phone"),
               "email": P(p.email, "email")}
        extra = rng.sample(["vehicle", "device", "ec", "photo", "ssn", "dl", "url", "fax", "pump"] if p.age < 70 else
                           ["vehicle", "device", "ec", "photo", "ssn", "dl", "pump"], 4)
        if p.age > 85 and "fax" not in extra:
            extra.append("fax")
        for e in extra:
            if e == "vehicle":
                obj["vehicle"] = {"desc": p.car, "plate": P(p.plate, "vehicle"), "vin": P(p.vin, "vehicle"), k("parkedAt", "parked_at"): rng.choice(PLACES)}
            elif e == "device":
                obj[k("phoneImei", "phone_imei")] = P(p.imei, "device")
                if rng.random() < 0.5:
                    obj[k("plbHexId", "plb_hex_id")] = P(p.plb, "device")
            elif e == "ec":
                obj[k("emergencyContact", "emergency_contact")] = {"name": P(rel_name(p), "name"), "relation": p.rel_rel,
                                                                   "phone": P(fmt_phone(p.rel_phone), "phone"), "email": P(p.rel_email, "email")}
            elif e == "photo":
                obj["photo"] = RT("data:image/jpeg;base64,", (fake_jpeg_b64(rng.randint(60, 110)), "photo"))
            elif e == "ssn":
                obj["ssn"] = P(p.ssn, "ssn")
            elif e == "dl":
                obj[k("driversLicense", "drivers_license")] = {"number": P(p.dl, "license"), "state": p.state}
            elif e == "url":
                obj[k("socialProfile", "social_url")] = P(p.url, "url")
            elif e == "fax":
                obj[k("homeFax", "home_fax")] = P(fmt_phone(p.fax, 0), "fax")
            elif e == "pump":
                obj[k("medicalDevices", "medical_devices")] = [{"type": rng.choice(["insulin pump", "CGM transmitter"]), "serial": P(p.pump, "device")}]
        obj[k("lastSeen", "last_seen")] = RT((fmt_date(p.lsd, 0), "date"), "T%02d:%02d:00-07:00" % (rng.randint(7, 19), rng.choice([0, 15, 30, 45])))
        obj[k("clothing", "clothing_desc")] = rng.choice(["red Patagonia shell, black pants, trail runners", "blue flannel, jeans, white sneakers",
                                                           "orange beanie, gray puffy, hiking boots", "green rain jacket, khaki shorts"])
    if rng.random() < 0.5:
        L.t("%s lpq-api INFO profile.upsert " % ts_iso(t))
    jdump(L, obj, sep=(",", ":") if rng.random() < 0.3 else (", ", ": "))
    return [L]


def g_subject_text(phi):
    t = tick()
    L = Line("subject_text")
    hh = ts_local_hhmm(t)
    pre = rng.choice(["[IC-LOG %s %s] " % ((t - dt.timedelta(hours=7)).strftime("%Y-%m-%d"), hh), "%s ic_log: " % ts_iso(t, False), "ICS214 %s | %s | " % (hh, rng.choice(MISSIONS))])
    L.t(pre)
    if not phi:
        L.t(rng.choice([
            "LPQ interview scheduled with RP at ICP %s, interviewer %s." % (hh, sname(staff())),
            "Subject category: hiker (day use). POA per Koester LPB: 50%% within 3.1 mi of IPP.",
            "Terrain: class 3 talus above 6000 ft, snow patches on N aspects. Avy hazard low.",
            "Weather: overnight low 38F at 6500 ft, winds W 10-15. Sunrise 0608.",
            "Segments A3, A4 assigned to T2/T3; POD 0.6 est. Segment B1 deferred (cliff bands).",
            "Entrevista LPQ pendiente; el reportante llega a ICP a las %s." % hh,
            "Clue log updated: 3 clues, 1 discounted (old bootprint, pre-rain).",
            "Planning: op period 2 begins 0600, briefing at 0545, IC %s." % sname(staff()),
        ]))
        return [L]
    p = subj()
    if p.lang == "es" and rng.random() < 0.7:
        L.add("Resumen LPQ: ", (name_form(p, rng.choice([0, 2])), "name"), ", ")
        if p.age > 89:
            L.add((str(p.age), "age"), " años")
        else:
            L.t("%d años" % p.age)
        L.add(", fecha de nac. ", (fmt_date(p.dob, rng.choice([3, 7])), "date"), ", ", hgt(p, True), ", %d kg, cabello %s. " % (round(p.wt * 0.4536), HAIR_ES[p.hair]))
        L.add("Vive en ", (p.street + ", " + p.city, "address"), " ", p.state, " ", (p.zip, "zip"), ". ")
        L.add("Reporta su %s " % p.rel_rel, (rel_name(p), "name"), ", tel. ", (fmt_phone(p.rel_phone, rng.choice([0, 1, 5])), "phone"), ". ")
        L.t(rng.choice(["Trabaja en la cosecha de manzana; no habla inglés.", "Toma metformina.", "Sin celular.", "Lleva sudadera gris y botas de trabajo."]))
        return [L]
    L.add("LPQ summary: ", (name_form(p, rng.choice([1, 2, 6])), "name"), ", DOB ", (fmt_date(p.dob, rng.choice([1, 2, 4, 5])), "date"))
    if p.age > 89:
        L.add(" (", (str(p.age), "age"), ")")
    else:
        L.t(" (%d)" % p.age)
    L.t(", %s %s %dlb, %s hair, %s eyes. " % (p.sex, hgt(p), p.wt, p.hair, p.eyes))
    opts = rng.sample(range(6), 3)
    for o in opts:
        if o == 0:
            L.add("Last seen ", (fmt_date(p.lsd, rng.choice([1, 2, 4])), "date"), " ~1730 by %s " % p.rel_rel, (rel_name(p, rng.choice([0, 2])), "name"),
                  " ", (fmt_phone(p.rel_phone, rng.choice([0, 1, 2, 5])), "phone"), ". ")
        elif o == 1:
            L.add("Drives %s, %s " % (p.car, p.state), (p.plate, "vehicle"), ", parked at %s. " % rng.choice(PLACES))
        elif o == 2:
            L.add("Home: ", (p.street, "address"), ", ", (p.city, "address"), " ", (p.zip, "zip"), ". ")
        elif o == 3:
            L.add("Carries phone ", (fmt_phone(p.phone, rng.choice([1, 2])), "phone"), " (IMEI ", (p.imei, "device"), "), last ping via carrier 2140. ")
        elif o == 4 and p.age < 70:
            L.add("Posts trips at ", (p.url, "url"), " / handle ", ("@" + p.handle, "other_id"), ". ")
        else:
            if p.age > 70:
                L.t("Hx dementia (moderate), hard of hearing, may not respond to name. ")
            else:
                L.add("Has WDFW fishing licence ", (p.fishlic, "license"), " on %s per RP. " % ("him" if p.sex == "M" else "her"))
    L.t(rng.choice(["Experienced.", "Novice, first trip in area.", "Wears glasses.", "Carrying day pack only.", "Has dog (black lab)."]))
    return [L]


def g_gpx(phi):
    out = []
    ingest = rng.random() < 0.4

    def ln(fam="gpx"):
        L = Line(fam)
        if ingest:
            t = tick(1, 8)
            L.t("%s gpx-ingest[%d] DEBUG xml: " % (ts_iso(t), 2210))
        else:
            tick(0, 3)
        return L

    if not phi:
        team = rng.choice(TEAMS)
        L = ln()
        L.t('<trk><name>%s %s %s</name><src>Garmin GPSMAP 66i</src><type>search</type><trkseg>' % (rng.choice(MISSIONS), team, rng.choice(["Hasty", "Grid", "Route", "Attraction"])))
        out.append(L)
        la, lo = team_pt()
        el = 1200 + rng.random() * 800
        tt = now() - dt.timedelta(minutes=rng.randint(40, 300))
        for i in range(rng.randint(2, 3)):
            tt += dt.timedelta(seconds=rng.randint(5, 60))
            la += rng.uniform(-0.0004, 0.0004)
            lo += rng.uniform(-0.0004, 0.0004)
            el += rng.uniform(-6, 9)
            L = ln()
            L.t('<trkpt lat="%.6f" lon="%.6f"><ele>%.1f</ele><time>%s</time></trkpt>' % (la, lo, el, ts_iso(tt, False)))
            out.append(L)
        L = ln()
        L.t("</trkseg></trk>")
        out.append(L)
        return out
    p = subj()
    L = ln()
    L.add('<metadata><name>', "Recovered track - subject phone (%s)" % p.mission, '</name><author><name>', (name_form(p, 0), "name"), '</name>',
          '<link href="', (p.url, "url"), '"><text>profile</text></link></author></metadata>')
    out.append(L)
    if rng.random() < 0.6:
        L = ln()
        L.add('<wpt lat="', (str(p.lkp[0]), "address"), '" lon="', (str(p.lkp[1]), "address"), '"><name>LKP</name><desc>Last known point, ',
              (p.first, "name"), ' seen by ', p.rel_rel, ' ', (fmt_date(p.lsd, 0), "date"), '</desc><sym>Flag, Red</sym></wpt>')
        out.append(L)
    L = ln()
    L.t("<trk><name>Morning Hike</name><type>hiking</type><trkseg>")
    out.append(L)
    tt = dt.datetime.combine(p.lsd, dt.time(rng.randint(15, 23), rng.randint(0, 59), rng.randint(0, 59)))
    la, lo, el = p.lkp[0], p.lkp[1], 1100 + rng.random() * 900
    for i in range(rng.randint(2, 3)):
        tt += dt.timedelta(seconds=rng.randint(20, 300))
        L = ln()
        L.add('<trkpt lat="', ("%.6f" % la, "address"), '" lon="', ("%.6f" % lo, "address"), '"><ele>%.1f</ele><time>%s</time></trkpt>' % (el, ts_iso(tt, False)))
        la += rng.uniform(-0.0012, 0.0012)
        lo += rng.uniform(-0.0012, 0.0012)
        el += rng.uniform(-15, 25)
        out.append(L)
    L = ln()
    L.t("</trkseg></trk>")
    out.append(L)
    return out


def g_csv(phi):
    out = []
    semi = rng.random() < 0.3
    d = ";" if semi else ","
    if rng.random() < 0.5:
        tick(2, 30)
        L = Line("csv_waypoints")
        L.t(d.join(["name", "lat", "lon", "ele_m", "time_utc", "symbol", "comment"]) if not semi else
            d.join(["Nombre", "Latitud", "Longitud", "Elev", "Fecha/Hora", "Icono", "Notas"]))
        out.append(L)
    n = rng.randint(1, 3)
    for i in range(n):
        t = tick(10, 120)
        L = Line("csv_waypoints")
        if not phi or i > 0:
            la, lo = team_pt()
            L.t(d.join([rng.choice(["CLUE-%02d" % rng.randint(1, 12), "ICP", "STAGING", "LZ-%d" % rng.randint(1, 3), "RADIO-RELAY", "T3-TURN"]),
                        "%.5f" % la, "%.5f" % lo, str(rng.randint(900, 2400)), ts_iso(t, False), rng.choice(["Flag", "Camp", "Helipad", "Radio"]),
                        '"' + rng.choice(["Candy wrapper, Clif bar (fresh)", "Bootprint Vibram ~size 10", "Relay for T4, ch 3", "Cairn, no sign",
                                          "Huella de bota, dirección norte", "Good LZ, 50ft clear"]) + '"']))
        else:
            p = subj()
            kind = rng.choice(["LKP", "FOUND", "PLS"])
            cm = {"LKP": ["LKP per RP (", p.rel_rel, " ", (rel_name(p), "name"), ")"],
                  "FOUND": ["Subject ", (name_form(p, 4), "name"), " located, responsive"],
                  "PLS": ["PLS - car ", (p.plate, "vehicle"), " at TH"]}[kind]
            pt = p.found if kind == "FOUND" else p.lkp
            L.add(kind, d, ("%.5f" % pt[0], "address"), d, ("%.5f" % pt[1], "address"), d, str(rng.randint(900, 2400)), d, ts_iso(t, False), d,
                  "Flag", d, '"', *cm, '"')
        out.append(L)
    return out


def g_radio(phi):
    t = tick()
    L = Line("radio_log")
    hh = ts_local_hhmm(t)
    style = rng.randint(0, 2)
    tm = rng.choice(TEAMS)
    if style == 0:
        L.t("%s | %s | %s | " % (hh, tm, "BASE") if rng.random() < 0.7 else "%s | BASE | %s | " % (hh, tm))
    elif style == 1:
        L.t("[%s] NCR-BASE <- %s: " % ((t - dt.timedelta(hours=7)).strftime("%H:%M:%S"), tm))
    else:
        L.t("%s radiolog %s: " % (ts_iso(t), rng.choice(["CMD-155.160", "TAC-2", "SAR-RPT 146.820"])))
    if not phi:
        L.t(rng.choice([
            "Comms check, loud and clear via Sugarloaf rptr.",
            "Reached %s, no sign. Continuing to %s." % (rng.choice(PLACES), rng.choice(PLACES)),
            "Clue: fresh bootprint Vibram ~sz 10, heading NE at %.4f %.4f." % team_pt(),
            "PAR 4, all good. ETA segment A4 1 hr.",
            "Requesting relay, lost line of sight to base.",
            "K9 alerting in drainage, handler following.",
            "Copy, RTB at 1800. Base clear.",
            "Equipo 4 en posición, sin novedad. Cambio.",
            "Base, Equipo 2: llegamos al collado, seguimos buscando.",
            "Helo on scene, all teams hold position, rotor wash.",
            "UAS-1 flight 3 complete, 22 min, thermal negative.",
            "Battery swap on radio, back on CMD.",
        ]))
        return [L]
    p = subj()
    if p.lang == "es" and rng.random() < 0.6:
        L.add(rng.choice(["Encontramos a la persona, ", "Sujeto localizado, "]), (name_form(p, 0), "name"), ", consciente. Ubicación ",
              (str(p.found[0]), "address"), " ", (str(p.found[1]), "address"), ". ", rng.choice(["Dolor en tobillo izq.", "Hipotermia leve.", "Caminando por sí solo."]))
        return [L]
    r = rng.random()
    if r < 0.35:
        L.add("Subject found, responsive. Confirms name ", (name_form(p, rng.choice([0, 5])), "name"), " DOB ", (fmt_date(p.dob, rng.choice([1, 2])), "date"),
              ". Loc ", (str(p.found[0]), "address"), " ", (str(p.found[1]), "address"), ".")
    elif r < 0.55:
        L.add("Found wallet on trail: WA DL ", (p.dl, "license"), " name ", (name_form(p, 3), "name"), ". Bagging as clue.")
    elif r < 0.7:
        L.add("Pt is ", (name_form(p, 4), "name"), ", grid ", (p.usng, "address"), ", requesting litter team + medic.")
    elif r < 0.85:
        L.add("Base to all: RP ", (rel_name(p), "name"), " reports subj may have PLB, hex ", (p.plb, "device"), ". Monitor.")
    else:
        if p.age > 89:
            L.add("Subject ", (p.last, "name"), ", ", (str(p.age), "age"), " y/o, located in orchard row, cold but talking.")
        else:
            L.add("Vehicle at TH confirmed, plate ", (p.plate, "vehicle"), ", registered to ", (name_form(p, 1), "name"), ".")
    return [L]


PCR_SCEN = [
    # (S en, S es, O finding en, O finding es, A en, A es, P en, P es)
    ("found after ~18 hrs, c/o cold, R hip pain", "frío intenso y dolor de cadera der. tras noche a la intemperie",
     "R leg shortened/externally rotated", "pierna der. acortada y en rotación externa",
     "A: mild hypothermia; possible R hip fx.", "A: hipotermia leve; probable fractura de cadera der.",
     "P: hypowrap, vacmat, packaged in litter; hoist requested via DUSTOFF 64. Report to %s ED RN." % HOSP,
     "P: hipowrap, colchón de vacío, camilla; se solicita grúa (DUSTOFF 64)."),
    ("fell ~15 ft on talus, c/o R lower leg pain 8/10", "caída de ~5 m en pedrera, dolor en pierna der. 8/10",
     "Obvious R tib/fib deformity, CMS intact distal", "deformidad evidente tibia/peroné der., PMS distal conservado",
     "A: closed R tib/fib fx.", "A: fractura cerrada tibia/peroné der.",
     "P: traction splint not indicated; SAM + vacuum splint, litter carry to LZ-2. Report to %s ED." % HOSP,
     "P: férula SAM y de vacío, traslado en camilla a LZ-2."),
    ("rolled L ankle on descent, c/o pain 6/10, unable to bear weight", "se torció el tobillo izq. al bajar, dolor 6/10, no puede apoyar",
     "L lat malleolus swelling, point tender, CMS intact", "edema maléolo lateral izq., dolor a la palpación, PMS conservado",
     "A: L ankle sprain vs fx (Ottawa +).", "A: esguince vs fractura de tobillo izq. (Ottawa +).",
     "P: SAM splint, assisted walk-out with trekking poles.", "P: férula SAM, evacuación a pie con apoyo."),
    ("c/o SOB, dry cough and fatigue at 7800 ft since last night", "disnea, tos seca y fatiga a 2400 m desde anoche",
     "crackles bilat bases, no deformity", "crepitantes bibasales, sin deformidad",
     "A: HAPE suspected.", "A: sospecha de edema pulmonar de altura.",
     "P: O2 via NRB 15 lpm, descend 1000 ft, reassess q10min. Med control Dr. E. Moreau.",
     "P: O2 con mascarilla 15 lpm, descenso de 300 m, reevaluar c/10 min. Control médico Dr. E. Moreau."),
]


def g_pcr(phi):
    out = []
    p = subj()
    sim = not phi
    es = p.lang == "es" and rng.random() < 0.75 and not sim
    sc = PCR_SCEN[2] if sim else (rng.choice(PCR_SCEN[:2]) if p.age > 80 else rng.choice(PCR_SCEN))
    date_s = (now() - dt.timedelta(hours=7)).date()

    def ln():
        tick(5, 60)
        return Line("pcr_soap")

    L = ln()
    if sim:
        L.t("PATIENT CARE REPORT  #WMP-TRN-%03d  Course: WFR %s  SIM PATIENT: \"Jane Doe\" (moulage)  Date: %s" % (rng.randint(1, 40), rng.choice(["Cohort 12", "Cohort 13"]), now().strftime("%m/%d/%Y")))
    elif es:
        L.add("INFORME DE ATENCIÓN  #", (p.pcr, "other_id"), "  Fecha: ", (fmt_date(date_s, 3), "date"), "  Paciente: ", (name_form(p, 2), "name"),
              "  F.Nac: ", (fmt_date(p.dob, 3), "date"), "  Edad: ")
        L.add((str(p.age), "age")) if p.age > 89 else L.t(str(p.age))
        L.t("  Sexo: %s" % p.sex)
    else:
        L.add("PATIENT CARE REPORT  #", (p.pcr, "other_id"), "  DOS: ", (fmt_date(date_s, rng.choice([1, 0])), "date"), "  PT: ", (name_form(p, 1), "name"),
              "  DOB: ", (fmt_date(p.dob, 1), "date"), "  AGE: ")
        L.add((str(p.age), "age")) if p.age > 89 else L.t(str(p.age))
        L.t("  SEX: %s" % p.sex)
    out.append(L)
    L = ln()
    if sim:
        L.t("S: 34 y/o F scenario, fell 3 m while scrambling, c/o L ankle pain 7/10. Denies LOC. SAMPLE per card.")
    elif es:
        L.t("S: Paciente %s de " % ("femenina" if p.sex == "F" else "masculino"))
        L.add((str(p.age), "age")) if p.age > 89 else L.t(str(p.age))
        L.t(" años, %s. Niega pérdida de conciencia. Alergias: %s. Medicamentos: %s."
            % (sc[1], rng.choice(["ninguna conocida", "penicilina"]), "apixabán, donepezilo" if p.age > 80 else rng.choice(["metformina", "ninguno", "losartán"])))
    else:
        L.t("S: ")
        L.add((str(p.age), "age")) if p.age > 89 else L.t(str(p.age))
        L.t(" y/o %s %s. PMH: %s. Meds: %s. All: %s." % (p.sex, sc[0],
            "dementia, AFib" if p.age > 80 else rng.choice(["T1DM", "none", "asthma", "HTN"]),
            "apixaban, donepezil" if p.age > 80 else rng.choice(["insulin pump", "none", "albuterol PRN", "lisinopril"]), rng.choice(["NKDA", "PCN", "sulfa"])))
    out.append(L)
    L = ln()
    hyp = sc is PCR_SCEN[0]
    L.t(("O: FC %d, FR %d, TA %d/%d, SpO2 %d%% AA, T %.1fC. Glasgow 15. %s." if es else
         "O: HR %d, RR %d, BP %d/%d, SpO2 %d%% RA, T %.1fC. GCS 15. %s.") %
        (rng.randint(70, 120), rng.randint(12, 24), rng.randint(100, 160), rng.randint(60, 95),
         rng.randint(84, 90) if sc is PCR_SCEN[3] else rng.randint(91, 99), rng.uniform(34.0, 35.2) if hyp else rng.uniform(35.8, 37.2),
         sc[3] if es else sc[2]))
    out.append(L)
    L = ln()
    L.t(sc[5] if es else sc[4])
    out.append(L)
    L = ln()
    L.t(sc[7] if es else sc[6])
    out.append(L)
    if not sim:
        r = rng.random()
        if r < 0.7:
            L = ln()
            L.add("Handoff: %s ED, MRN " % HOSP if not es else "Entrega: %s urgencias, NHC/MRN " % HOSP, (p.mrn, "mrn"),
                  ". Ins: %s " % p.plan[0] if not es else ". Seguro: %s " % p.plan[0], (p.plan[1], "health_plan"), ".")
            out.append(L)
        if r > 0.45:
            L = ln()
            if rng.random() < 0.5:
                L.add("Billing: transport acct ", (p.acct, "account"), "; guarantor ", (rel_name(p, 2), "name"), ", ", (fmt_phone(p.rel_phone, 0), "phone"), ".")
            else:
                L.add("Contact notified: %s " % p.rel_rel if not es else "Familiar avisado: %s " % p.rel_rel, (rel_name(p), "name"), " at " if not es else " al ",
                      (fmt_phone(p.rel_phone, 1), "phone"), ", ", (p.rel_email, "email"), ".")
            out.append(L)
    L = ln()
    s = staff()
    L.t("Signed: %s, %s (NCRSAR)  cosign: E. Moreau MD, med director  %s" % (sname(s), STAFF_CERT[s], now().strftime("%H:%M")))
    out.append(L)
    return out


def g_hoist(phi):
    t = tick()
    L = Line("hoist_request")
    if not phi:
        L.t(rng.choice([
            "%s hoist-req INFO asset status asset=\"DUSTOFF 64\" tail=N%d%s state=%s eta_min=%d fuel_lbs=%d" % (ts_iso(t), rng.randint(100, 999), rng.choice(["GA", "NG", "AR"]),
                rng.choice(["LAUNCHED", "ON_SCENE", "RTB", "STANDBY"]), rng.randint(5, 50), rng.randint(800, 2600)),
            "%s hoist-req INFO METAR KEAT %sZ %03d%02dG%02dKT 10SM FEW%03d %02d/%02d A30%02d" % (ts_iso(t), t.strftime("%d%H%M"), rng.randint(24, 32) * 10,
                rng.randint(5, 15), rng.randint(16, 28), rng.randint(40, 90), rng.randint(12, 30), rng.randint(0, 10), rng.randint(0, 15)),
            "%s hoist-req WARN weather minima check ceiling_ft=%d vis_sm=%d density_alt_ft=%d ok=%s" % (ts_iso(t), rng.randint(2500, 9000), rng.randint(3, 10),
                rng.randint(6000, 11000), rng.choice(["true", "true", "false"])),
            "%s hoist-req INFO request HR-24-%03d closed outcome=%s cycles=%d cable_ft_max=%d" % (ts_iso(t), rng.randint(40, 80), rng.choice(["COMPLETE", "CANCELLED_WX", "GROUND_EVAC"]),
                rng.randint(0, 4), rng.randint(40, 200)),
        ]))
        return [L]
    p = subj()
    if rng.random() < 0.3:
        L.family = "cost_recovery"
        L.add("%s WARNING cost_recovery.billing charge failed invoice=INV-24-%04d req=HR-24-%03d payer=\"" % (ts_py(t), rng.randint(100, 999), rng.randint(40, 80)),
              (rel_name(p, rng.choice([0, 2])), "name"), "\" patient_acct=", (p.acct, "account"), " card_number=", (mk_card(), "account"),
              " exp=%02d/%02d decline_code=%s amount_usd=%d.00" % (rng.randint(1, 12), rng.randint(25, 29), rng.choice(["insufficient_funds", "do_not_honor", "expired_card"]),
                                                                   rng.randint(900, 4800)))
        return [L]
    L.add("%s hoist-req INFO submitted req=HR-24-%03d mission=%s asset=\"%s\" priority=%s pt_count=1 pt_name=\"" % (ts_iso(t), rng.randint(40, 80), p.mission,
          rng.choice(["DUSTOFF 64", "LifeFlight 3", "RESCUE 6"]), rng.choice(["URGENT", "PRIORITY"])),
          (name_form(p, rng.choice([1, 2])), "name"), "\" pt_wt_lb=%d pt_age=" % (p.wt + 15))
    L.add((str(p.age), "age")) if p.age > 89 else L.t(str(p.age))
    L.add(" injuries=\"%s\" pkg=%s loc_usng=\"" % (rng.choice(["suspected hip fx, dementia, hypothermic", "closed R tib/fib fx, hypothermic"]) if p.age > 80 else
                                                   rng.choice(["closed R tib/fib fx, hypothermic", "head inj, GCS 13", "ankle fx, cannot bear wt", "HAPE, SpO2 82%"]),
                                                  rng.choice(["Bauman_bag+litter", "SKED", "litter+vacmat"])),
          (p.usng, "address"), "\" lat=", (str(p.found[0]), "address"), " lon=", (str(p.found[1]), "address"),
          " elev_ft=%d hazards=\"%s\" ground_contact=\"NCR-BASE 155.160\" requested_by=\"%s\"" % (rng.randint(3000, 8200),
            rng.choice(["snags 80ft", "rotor wash loose scree", "powerline in drainage", "none noted"]), sname(staff())))
    return [L]


CAD_COLS = [("INCIDENT", 12), ("RECV_DATE", 11), ("TIME", 6), ("NATURE", 12), ("P", 2), ("LOCATION", 34), ("CITY", 15),
            ("RP_NAME", 26), ("RP_PHONE", 14), ("UNIT", 8), ("DISP", 6)]


def g_cad_fixed(phi):
    out = []
    if rng.random() < 0.3:
        tick(1, 10)
        L = Line("cad_fixed")
        L.t("".join(c.ljust(w) for c, w in CAD_COLS).rstrip())
        out.append(L)
    t = tick()
    L = Line("cad_fixed")
    inc = "C24%07d" % rng.randint(10000, 99999)
    if not phi:
        vals = [(inc, None), (t.strftime("%m/%d/%Y"), None), (t.strftime("%H%M"), None),
                (rng.choice(["TRAFFIC HAZ", "ALARM COMM", "ANIMAL PROB", "SUSP VEH", "PARKING"]), None), (str(rng.randint(2, 4)), None),
                (rng.choice(["US HWY 2 / MP 99", "ICICLE RD / SNOW LAKES TH", "123 FRONT ST (SAFEWAY)", "CHELAN CO PUD SUBSTATION", "SR 97 / BLEWETT PASS SNO-PARK"]), None),
                (rng.choice(["LEAVENWORTH", "WENATCHEE", "", "CASHMERE"]), None),
                (rng.choice(["ANONYMOUS", "WSDOT INCIDENT RESP", "ADT SECURITY", "USFS WENATCHEE RD", ""]), None),
                (rng.choice(["", "8005550199", "5096645000"]), None), (rng.choice(["2D14", "2D22", "SAR1", "WSP"]), None),
                (rng.choice(["CLR", "GOA", "RPT", "ADV"]), None)]
    else:
        p = subj()
        home = p.age > 75 or rng.random() < 0.35
        vals = [(inc, "other_id"), (t.strftime("%m/%d/%Y"), None), (t.strftime("%H%M"), None),
                (rng.choice(["MISSING PER", "SAR RESCUE", "WELFARE CHK", "MEDICAL"]) if not home else rng.choice(["MISSING PER", "WELFARE CHK"]), None), ("1", None),
                ((p.street.upper(), "address") if home else (rng.choice(PLACES).upper(), None)),
                ((p.city.upper(), "address") if home else ("", None)),
                (rel_name(p, 1), "name"), (fmt_phone(p.rel_phone, 2), "phone"), (rng.choice(["SAR1", "2D14", "2D31"]), None), (rng.choice(["ACT", "RPT", "CLR"]), None)]
    for (v, cat), (_, w) in zip(vals, CAD_COLS):
        v = v[:w - 1]
        L.p(v, cat)
        L.t(" " * (w - len(v)))
    # trim trailing space while keeping spans intact
    txt = L.text()
    stripped = txt.rstrip(" ")
    if len(stripped) != len(txt):
        L.parts = [stripped]
        L.n = len(stripped.encode())
    out.append(L)
    return out


CAD_CSV_HDR = "incident_no,call_recvd,call_type,priority,addr,city,zip,lat,lon,rp_name,rp_phone,subj_name,subj_dob,subj_sex,narrative,dispo"


def csvq(s):
    return '"' + s.replace('"', '""') + '"' if ("," in s or '"' in s) else s


def g_cad_csv(phi):
    out = []
    if rng.random() < 0.3:
        tick(1, 10)
        L = Line("cad_csv")
        L.t(CAD_CSV_HDR)
        out.append(L)
    t = tick()
    L = Line("cad_csv")
    inc = "2024-%08d" % rng.randint(10000, 99999)
    if not phi:
        la, lo = team_pt()
        row = [inc, t.strftime("%Y-%m-%d %H:%M:%S"), rng.choice(["ALARM", "HAZARD", "ANIMAL", "TRESPASS"]), str(rng.randint(2, 4)),
               rng.choice(["US 2 MP 96", "FRONT ST & 9TH ST", "ORCHARD WAREHOUSE 4"]), rng.choice(["LEAVENWORTH", "WENATCHEE"]), "",
               "%.5f" % la, "%.5f" % lo, rng.choice(["WSDOT", "ANON", ""]), "", "", "", "",
               csvq(rng.choice(["Rock on roadway, lane 1 blocked", "Cattle on roadway, owner notified", "Audible alarm, building secure, keyholder en route"])),
               rng.choice(["CLR", "GOA"])]
        L.t(",".join(row))
        out.append(L)
        return out
    p = subj()
    home = p.age > 75 or rng.random() < 0.3
    segs = [(inc, "other_id"), ",", t.strftime("%Y-%m-%d %H:%M:%S"), ",", rng.choice(["MISSING PERSON", "SAR", "MED AID", "WELFARE"]), ",1,"]
    if home:
        segs += [(p.street.upper(), "address"), ",", (p.city.upper(), "address"), ",", (p.zip, "zip"), ","]
    else:
        segs += [csvq(rng.choice(PLACES).upper()), ",,,"]
    segs += [(str(p.lkp[0]), "address"), ",", (str(p.lkp[1]), "address"), ","]
    rp = rel_name(p, 1)
    segs += ['"' if "," in rp else "", (rp, "name"), '"' if "," in rp else "", ",", (fmt_phone(p.rel_phone, 2), "phone"), ","]
    sn = name_form(p, 1)
    segs += ['"', (sn, "name"), '",', (fmt_date(p.dob, 1), "date"), ",", p.sex, ","]
    if p.lang == "es":
        nar = ['"RP ', p.rel_rel, ' advises subj no regresó del trabajo; ', "cel ", (fmt_phone(p.phone, 2), "phone"), ' sin respuesta. SAR notified."']
    else:
        nar = rng.choice([['"RP advises subj overdue from day hike, vehicle ', (p.plate, "vehicle"), ' at TH. SAR notified."'],
                          ['"Subj has PLB ', (p.plb, "device"), ', no activation. Last seen ', (fmt_date(p.lsd, 1), "date"), '"'],
                          ['"Subj email ', (p.email, "email"), ' - RP to check acct activity. SAR notified."']])
    segs += nar + [",", rng.choice(["ACT", "RPT", "CLR"])]
    L.add(*segs)
    out.append(L)
    return out


def g_ncic(phi):
    t = tick()
    L = Line("ncic_msg")
    if not phi:
        L.t(rng.choice([
            "%s NLETS/NCIC 1L01 WA0040000 SYSTEM STATUS: ALL FILES AVAILABLE" % t.strftime("%H%M"),
            "%s NCIC 1N01 WA0040000 ACK MSG %s RECEIVED 2 OF 2" % (t.strftime("%H%M"), hexs(6, True)),
            "%s ACCESS WA0040000 TERM WEN07 OPERATOR LOGON OK" % t.strftime("%H%M"),
        ]))
        return [L]
    p = subj()
    kind = rng.random()
    L.t("%s NCIC 1L01HEADER.%s.MKE/%s.ORI/WA0040000.NAM/" % (t.strftime("%H%M"), digits(7), "EME" if p.age < 80 else "EMD"))
    L.add((p.last.upper() + ", " + p.first.upper() + ((" " + p.middle) if p.middle else ""), "name"), ".SEX/%s.RAC/%s.DOB/" % (p.sex, rng.choice(["W", "A", "B", "U", "I"])),
          (p.dob.strftime("%Y%m%d"), "date"), ".HGT/%d%02d.WGT/%03d.EYE/%s.HAI/%s." % (p.hgt_in // 12, p.hgt_in % 12, p.wt, p.eyes[:3].upper(), p.hair[:3].upper()))
    if kind < 0.6:
        L.add("FPC/", (p.fpc, "biometric"), ".")
    if rng.random() < 0.6:
        L.add("SOC/", (p.ssn.replace("-", ""), "ssn"), ".")
    if rng.random() < 0.5 and p.state == "WA":
        L.add("OLN/", (p.dl, "license"), ".OLS/WA.")
    L.add("MNP/MP.DLC/", (p.lsd.strftime("%Y%m%d"), "date"), ".OCA/", (p.case, "other_id"), ".")
    if rng.random() < 0.5:
        L.add("LIC/", (p.plate, "vehicle"), ".LIS/%s.VIN/" % p.state, (p.vin, "vehicle"), ".")
    if rng.random() < 0.5:
        L.add(" NIC/", (p.ncic, "other_id"))
    return [L]


def g_django(phi):
    t = tick()
    L = Line("django_app")
    if phi:
        p = subj()
        if rng.random() < 0.5:
            L.add("ERROR %s django.request Internal Server Error: /ops/subjects/%d/edit/ (IntegrityError: duplicate key value violates unique constraint "
                  "\"ops_subject_ncic_number_key\"\\nDETAIL:  Key (ncic_number)=(" % (ts_py(t), rng.randint(40, 160)), (p.ncic, "other_id"), ") already exists.)")
        else:
            L.add("WARNING %s ops.forms LPQ import row %d rejected: invalid phone '" % (ts_py(t), rng.randint(2, 30)), (fmt_phone(p.phone, 2)[:-1], "phone"),
                  "' for subject '", (name_form(p, 2), "name"), "'")
        return [L]
    s = staff()
    r = rng.random()
    ip = "10.0.%d.%d" % (rng.randint(0, 9), rng.randint(2, 250))
    if r < 0.25:
        path = rng.choice(["/roster/members/?status=active", "/api/v1/certifications/?expiring_within=30", "/roster/members/%d/" % rng.randint(100, 260),
                           "/static/css/roster.%s.css" % hexs(8), "/health/", "/api/v1/callouts/%s/responses/" % rng.choice(MISSIONS), "/admin/roster/certification/"])
        L.t('%s - - [%s] "GET %s HTTP/1.1" %d %d "-" "%s"' % (ip, t.strftime("%d/%b/%Y:%H:%M:%S +0000"), path, rng.choice([200, 200, 200, 304, 302]),
            rng.randint(200, 40000), rng.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15", "kube-probe/1.29", "python-requests/2.32.3"])))
    elif r < 0.38:
        L.t("INFO %s roster.signals Certification saved member_id=%d member=\"%s\" cert_type=%s number=%s-%s expires=%s" % (ts_py(t), rng.randint(100, 260),
            sname(s), STAFF_CERT[s], STAFF_CERT[s].split("-")[0], digits(6), (REF + dt.timedelta(days=rng.randint(30, 900))).isoformat()))
    elif r < 0.5:
        L.t("[%s: INFO/ForkPoolWorker-%d] Task roster.tasks.cert_expiry_digest[%s-%s-%s-%s-%s] succeeded in %.3fs: {'notified': %d, 'expired': %d}" % (
            ts_py(t), rng.randint(1, 4), hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), rng.random() * 3, rng.randint(0, 12), rng.randint(0, 3)))
    elif r < 0.6:
        L.t("INFO %s roster.mail Sending cert expiry reminder to %s.%s@ncrsar.org (%s, expires %s)" % (ts_py(t), s[0].lower().replace("ú", "u").replace("ó", "o"),
            s[1].lower(), STAFF_CERT[s], (REF + dt.timedelta(days=rng.randint(5, 45))).isoformat()))
    elif r < 0.7:
        L.t("WARNING %s django.request Not Found: %s" % (ts_py(t), rng.choice(["/wp-login.php", "/.env", "/admin/roster/certification/999/change/", "/xmlrpc.php"])))
    elif r < 0.78:
        L.t("ERROR %s django.security.DisallowedHost Invalid HTTP_HOST header: '%s'. You may need to add '%s' to ALLOWED_HOSTS." % (ts_py(t),
            *(["%d.%d.%d.%d" % (rng.choice([45, 185, 193]), rng.randint(1, 254), rng.randint(0, 254), rng.randint(1, 254))] * 2)))
    elif r < 0.86:
        L.t("[%s +0000] [%d] [INFO] %s" % (t.strftime("%Y-%m-%d %H:%M:%S"), rng.randint(300, 900), rng.choice(["Booting worker with pid: %d" % rng.randint(300, 900),
            "Handling signal: winch", "Worker exiting (pid: %d)" % rng.randint(300, 900), "Listening at: http://0.0.0.0:8000 (1)"])))
    elif r < 0.93:
        L.t("DEBUG %s django.db.backends (%.3f) SELECT \"roster_member\".\"id\", \"roster_member\".\"callsign\" FROM \"roster_member\" INNER JOIN "
            "\"roster_certification\" ON (\"roster_member\".\"id\" = \"roster_certification\".\"member_id\") WHERE \"roster_certification\".\"expires_on\" < '%s'; args=('%s',); alias=default"
            % (ts_py(t), rng.random() / 50, (REF + dt.timedelta(days=30)).isoformat(), (REF + dt.timedelta(days=30)).isoformat()))
    else:
        L.t("INFO %s roster.views cert upload by %s%s file=%s_card_%s.pdf size=%d sha256=%s" % (ts_py(t), s[0][0].lower(), s[1].lower(),
            STAFF_CERT[s].lower(), s[1].lower(), rng.randint(40000, 900000), hexs(64)))
    return [L]


def g_syslog(phi):
    t = tick(2, 200)
    L = Line("pi_syslog")
    host = rng.choice(["rpt-sugarloaf", "rpt-sugarloaf", "rpt-tyee"])
    h = "%s %s " % (ts_sys(t), host)
    pid = rng.randint(700, 900)
    L.t(h + rng.choice([
        "svxlink[%d]: Tx1: Turning the transmitter ON" % pid,
        "svxlink[%d]: Tx1: Turning the transmitter OFF" % pid,
        "svxlink[%d]: Rx1: The squelch is OPEN (%.2f)" % (pid, rng.uniform(5, 40)),
        "svxlink[%d]: Rx1: The squelch is CLOSED (%.2f)" % (pid, rng.uniform(1, 5)),
        "svxlink[%d]: RepeaterLogic: Activating repeater (CTCSS 100.0 Hz)" % pid,
        "svxlink[%d]: RepeaterLogic: Deactivating repeater" % pid,
        "svxlink[%d]: RepeaterLogic: Sending long identification..." % pid,
        "kernel: [%d.%06d] hwmon hwmon1: Undervoltage detected!" % (rng.randint(1000, 900000), rng.randint(0, 999999)),
        "kernel: [%d.%06d] hwmon hwmon1: Voltage normalised" % (rng.randint(1000, 900000), rng.randint(0, 999999)),
        "systemd[1]: Starting apt-daily.service - Daily apt download activities...",
        "systemd[1]: Started session-%d.scope - Session %d of User sysop." % ((x := rng.randint(10, 400)), x),
        "sshd[%d]: Accepted publickey for sysop from 10.44.0.%d port %d ssh2: ED25519 SHA256:%s" % (rng.randint(2000, 9000), rng.randint(2, 40), rng.randint(40000, 65000), b64rand(32).rstrip("=")),
        "sshd[%d]: Connection closed by invalid user admin %d.%d.%d.%d port %d [preauth]" % (rng.randint(2000, 9000), rng.choice([61, 139, 218]), rng.randint(1, 254), rng.randint(1, 254), rng.randint(1, 254), rng.randint(30000, 65000)),
        "CRON[%d]: (root) CMD (/usr/local/bin/rpt-telemetry.sh >/dev/null 2>&1)" % rng.randint(2000, 9000),
        "rpt-telemetry[%d]: temp_c=%.1f vbatt=%.2f vsolar=%.1f ichg=%.1f uptime=%dd%02dh link_rssi=%d" % (rng.randint(2000, 9000), rng.uniform(38, 72), rng.uniform(12.1, 13.8),
            rng.uniform(0, 21), rng.uniform(0, 4), rng.randint(0, 40), rng.randint(0, 23), rng.randint(-95, -55)),
        "chronyd[512]: Selected source PPS",
        "chronyd[512]: System clock wrong by %.6f seconds" % rng.uniform(-2, 2),
        "kernel: [%d.%06d] wg0: Handshake for peer 3 (203.0.113.17:51820) did not complete after 5 seconds, retrying (try %d)" % (rng.randint(1000, 900000), rng.randint(0, 999999), rng.randint(2, 6)),
        "rsyslogd[402]: [origin software=\"rsyslogd\" swVersion=\"8.2302.0\" x-pid=\"402\" x-info=\"https://www.rsyslog.com\"] rsyslogd was HUPed",
        "svxlink[%d]: EchoLink: Disconnected from %s: Connection timed out" % (pid, rng.choice(["*WA7-SAR*", "K7NCR-R", "W7TWC-L"])),
        "gpsd[%d]: gpsd:ERROR: SER: device open of /dev/ttyAMA0 failed: Permission denied - retrying read-only" % rng.randint(300, 600),
    ]))
    return [L]


def g_inreach(phi):
    t = tick()
    if not phi and rng.random() < 0.35:
        L = Line("inreach_webhook")
        L.t("%s inreach-hook INFO  POST /garmin/ipc 200 events=%d imei=%s latency_ms=%d" % (ts_py(t), rng.randint(1, 3), TEAM_INREACH[rng.choice(list(TEAM_INREACH))], rng.randint(8, 120)))
        return [L]
    L = Line("inreach_webhook")
    if rng.random() < 0.4:
        L.t("%s inreach-hook DEBUG payload=" % ts_py(t))
    ms = int(t.timestamp() * 1000)
    if not phi:
        tm = rng.choice(list(TEAM_INREACH))
        la, lo = team_pt()
        ev = {"imei": TEAM_INREACH[tm], "messageCode": rng.choice([0, 3, 3]), "freeText": rng.choice(["%s at saddle, moving to drainage" % tm, "%s PAR 3 ok" % tm, "", "Need batteries AA x8 at LZ-2"]),
              "timeStamp": ms, "pingbackReceived": 0, "pingbackResponded": 0, "addresses": [{"address": "ops@ncrsar.org"}],
              "point": {"latitude": la, "longitude": lo, "altitude": round(1000 + rng.random() * 1300, 1), "gpsFix": 2, "course": rng.randint(0, 359), "speed": round(rng.random() * 4, 1)},
              "status": {"autonomous": 0, "lowBattery": rng.choice([0, 0, 1]), "intervalChange": 0, "resetDetected": 0}}
    else:
        p = subj()
        code = rng.choice([4, 3, 6])
        if p.lang == "es":
            ft = RT("SOS ", (p.first, "name"), " se cayó, no puede caminar. Estoy con %s" % ("él" if p.sex == "M" else "ella"))
        else:
            ft = rng.choice([RT("SOS - ", (name_form(p, 0), "name"), " fell, leg broken, we are above the lake"),
                             RT("This is ", (p.first, "name"), ". Lost trail, ok but cold. Battery 20%"),
                             RT("Tell ", (p.rel_first, "name"), " I'm OK, staying put")])
        ev = {"imei": P(p.inreach, "device"), "messageCode": code, "freeText": ft, "timeStamp": ms, "pingbackReceived": 0, "pingbackResponded": 0,
              "addresses": [{"address": P(p.rel_email, "email")}, {"address": P("+1" + p.rel_phone, "phone")}],
              "point": {"latitude": P(p.found[0], "address"), "longitude": P(p.found[1], "address"), "altitude": round(1000 + rng.random() * 1300, 1), "gpsFix": 2,
                        "course": 0, "speed": 0.0},
              "status": {"autonomous": 0, "lowBattery": rng.choice([0, 1]), "intervalChange": 0, "resetDetected": 0}}
    jdump(L, {"Version": "2.0", "Events": [ev]}, sep=(",", ":"))
    return [L]


S3_OWNER = hexs(64)


def s3_tail(L, status, err, sz, ua, auth="AuthHeader"):
    L.t(' %d %s %s %s %d %d "-" "%s" - %s SigV4 ECDHE-RSA-AES128-GCM-SHA256 %s ncrsar-mission-data.s3.us-west-2.amazonaws.com TLSv1.2 - -'
        % (status, err, str(sz) if sz else "-", str(sz) if sz else "-", rng.randint(5, 900), rng.randint(2, 200), ua, b64rand(57), auth))


def g_s3(phi):
    t = tick()
    L = Line("s3_access")
    stamp = t.strftime("[%d/%b/%Y:%H:%M:%S +0000]")
    rid = hexs(16, True)
    if not phi:
        r = rng.random()
        if r < 0.5:
            key = "tracks/2024/%s/%s_%s.gpx" % (rng.choice(MISSIONS), rng.choice(TEAMS), rng.choice(["hasty", "grid", "seg-A3", "seg-B1"]))
            L.t("%s ncrsar-mission-data %s 10.0.%d.%d arn:aws:iam::418223097715:user/gpx-uploader %s REST.PUT.OBJECT %s \"PUT /%s HTTP/1.1\""
                % (S3_OWNER, stamp, rng.randint(0, 9), rng.randint(2, 250), rid, key, key))
            s3_tail(L, 200, "-", rng.randint(8000, 300000), "aws-sdk-python/1.34.2 Python/3.11.7 Linux/6.1.0")
        elif r < 0.75:
            key = "athena-results/%s-%s-%s-%s-%s.csv" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
            L.t("%s ncrsar-mission-data %s 54.%d.%d.%d arn:aws:sts::418223097715:assumed-role/ops-analytics/athena %s REST.GET.OBJECT %s \"GET /%s HTTP/1.1\""
                % (S3_OWNER, stamp, rng.randint(64, 250), rng.randint(0, 254), rng.randint(1, 254), rid, key, key))
            s3_tail(L, 200, "-", rng.randint(500, 90000), "aws-internal/3 aws-sdk-java/1.12.655")
        elif r < 0.9:
            L.t("%s ncrsar-mission-data %s %d.%d.%d.%d - %s REST.GET.BUCKET - \"GET /?list-type=2 HTTP/1.1\"" % (S3_OWNER, stamp, rng.choice([45, 185, 193]),
                rng.randint(1, 254), rng.randint(1, 254), rng.randint(1, 254), rid))
            s3_tail(L, 403, "AccessDenied", 0, "python-requests/2.31.0", auth="-")
        else:
            key = "tmp/%s.part" % hexs(12)
            L.t("%s ncrsar-mission-data %s - AmazonS3 %s S3.EXPIRE.OBJECT %s \"-\" - - - - - - \"-\" \"-\" - %s - - - - - -" % (S3_OWNER, stamp, rid, key, b64rand(57)))
        return [L]
    p = subj()
    if rng.random() < 0.6:
        nm = fold(rng.choice(["%s_%s" % (p.last, p.first), "%s-%s" % (p.first, p.last), "%s%s" % (p.first[0], p.last)]).lower().replace(" ", "-"))
        fn = rng.choice(["_photo1.jpg", "-2023-xmas.jpg", "_id.jpg", "-hike.heic"])
        pre = "intake/%s/photos/" % p.mission
        q = "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%s%%2F20240817%%2Fus-west-2%%2Fs3%%2Faws4_request&X-Amz-Expires=900" % hexs(16, True)
        L.add(S3_OWNER, " ncrsar-mission-data ", stamp, " ", (p.rel_ip, "ip"), " arn:aws:iam::418223097715:user/lpq-portal ", rid, " REST.PUT.OBJECT ",
              pre, (nm, "name"), fn, ' "PUT /', pre, (nm, "name"), fn, q, ' HTTP/1.1"')
        s3_tail(L, 200, "-", rng.randint(90000, 4000000), "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36", auth="QueryString")
    else:
        fn = "pcr/2024/08/"
        L.add(S3_OWNER, " ncrsar-mission-data ", stamp, " 10.0.4.%d arn:aws:iam::418223097715:user/pcr-export " % rng.randint(2, 250), rid, " REST.PUT.OBJECT ",
              fn, (p.pcr, "other_id"), "_", (fold(p.last.replace(" ", "")), "name"), '.pdf "PUT /', fn, (p.pcr, "other_id"), "_", (fold(p.last.replace(" ", "")), "name"), '.pdf HTTP/1.1"')
        s3_tail(L, 200, "-", rng.randint(90000, 900000), "aws-sdk-python/1.34.2 Python/3.11.7 Linux/6.1.0")
    return [L]


GENS = {
    "sms": g_sms, "a911": g_active911, "sj": g_subject_json, "st": g_subject_text, "gpx": g_gpx, "csv": g_csv, "radio": g_radio,
    "pcr": g_pcr, "hoist": g_hoist, "cadf": g_cad_fixed, "cadc": g_cad_csv, "ncic": g_ncic, "dj": g_django, "sys": g_syslog,
    "inr": g_inreach, "s3": g_s3,
}
W_NOISE = {"sys": 13, "dj": 13, "s3": 7, "sms": 10, "a911": 5, "inr": 7, "radio": 10, "gpx": 2, "csv": 3, "hoist": 5, "cadf": 4,
           "cadc": 3, "sj": 3, "st": 5, "ncic": 2, "pcr": 1}
W_PHI = {"sms": 9, "a911": 6, "sj": 9, "st": 8, "gpx": 2, "csv": 4, "radio": 10, "pcr": 5, "hoist": 5, "cadf": 5, "cadc": 5,
         "ncic": 5, "dj": 2, "inr": 6, "s3": 6}
MULTI = {"gpx", "csv", "pcr", "cadf", "cadc"}


def pick(w, single):
    keys = [k for k in w if not (single and k in MULTI)]
    return rng.choices(keys, weights=[w[k] for k in keys])[0]


def main():
    lines = []
    while len(lines) < N_LINES:
        noise = sum(1 for L in lines if not L.spans)
        single = N_LINES - len(lines) < 9
        want_noise = not lines or noise / len(lines) < NOISE_TARGET
        k = pick(W_NOISE if want_noise else W_PHI, single)
        block = GENS[k](not want_noise)
        lines.extend(block)
    lines = lines[:N_LINES]
    log_out, lab_out = [], []
    for i, L in enumerate(lines, 1):
        txt = L.text()
        assert "\n" not in txt and "\r" not in txt and txt.strip() != "", (i, txt)
        b = txt.encode("utf-8")
        spans = []
        for s, e, cat, val in L.spans:
            assert b[s:e].decode("utf-8") == val, (i, s, e, val, b[s:e])
            spans.append({"s": s, "e": e, "cat": cat})
        spans.sort(key=lambda x: x["s"])
        for a, c in zip(spans, spans[1:]):
            assert a["e"] <= c["s"], (i, spans)
        log_out.append(txt)
        lab_out.append(json.dumps({"line": i, "family": L.family, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(log_out))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lab_out) + "\n")


if __name__ == "__main__":
    main()
