#!/usr/bin/env python3
"""gen_jg.py - synthetic, labeled log corpus for a PHI detector.

Theme: a midwifery practice with a freestanding birth center and a doula network
(fictional "Palmetto Tide Birth Center", South Florida).  Systems simulated:
Laravel EHR (Monolog lines, exception stack traces, artisan queue worker), Vue 3
front end (warnings with component traces, Sentry-style JSON events), nginx access
logs, HL7 v2 newborn messages (segments one per line, and Mirth one-line logs),
birth log CSV / legacy pipe birth book, newborn record JSON (names that change),
state birth certificate worksheets (EBRS XML + client log), lactation consult notes,
fetal monitor (CTG) CSV exports and a home fetal-monitor patch JSON, X12 270/271
Medicaid eligibility, state pregnancy-Medicaid JSON, Google Calendar API event
payloads, iCal doula feeds, Twilio SMS webhooks and SMS thread exports (English,
Spanish, Haitian Creole), cord blood / placenta orders, and infrastructure noise
(syslog, cron, mysql slow log, redis, health checks).

Everything is synthetic.  Standard library only, deterministic (fixed seed).
Writes jg.log (500 lines) and jg.labels.jsonl next to this file.

Labeling decisions:
- Label identifiers of clients (pregnant/postpartum people), their newborns, partners,
  other relatives and support people named in a client's record or messages.
- Clinicians and staff (midwives, doulas, IBCLCs, front desk, pediatricians), their
  usernames, pagers, e-mails and phones are NOT labeled; neither are the practice, the
  payers, the labs, vendors, their addresses/phones/NPIs, nor facility equipment.
- Newborn placeholder names ("Baby Girl Nguyen", "BG Nguyen", "NGUYEN^BABY GIRL",
  "Twin A Okonkwo"): only the surname is labeled name; the generic words are not.
- A person's name is one span in whatever form it is written ("Last, First",
  "LAST^FIRST^M" in HL7, "NM1*IL*1*LAST*FIRST" is two spans: last and first are
  separate X12 elements).  First names alone are labeled.
- Dates tied to a person are labeled date: DOB, birth date/time of the newborn (whole
  datetime value), LMP, EDD, visit/appointment/service dates and times of a client's
  visit (whole value), eligibility dates, name-change dates.  Log timestamps, calendar
  created/updated stamps, batch/export dates and doula on-call shift times are not.
- Gestational ages, weights, APGARs and vitals are not PHI.  Ages are labeled only
  when over 89 (relatives).
- Street, city, county (name or FIPS code) and ZIP of a person are labeled separately
  (address / zip) where the format separates them; where a whole address is one free-text
  value (calendar location, "street, city" in a note) it is one address span, ZIP included
  if present.  The state is never labeled.  Twilio FromCity/FromZip of a client are labeled.
- mrn: EHR patient ids (numeric patient_id, "PT-" chart numbers), newborn record ids,
  also when they appear in URL paths or file names.
- other_id: encounter/visit numbers, birth register numbers, birth-certificate
  worksheet ids, state case numbers, newborn-screening kit numbers, cord blood unit
  ids, EHR usernames of clients (portal logins).  NOT labeled: appointment ids,
  calendar event ids, order numbers, note ids, request/trace ids, message SIDs.
- health_plan: Medicaid ids and commercial member ids.  account: cord-blood client
  accounts, patient billing accounts, full card numbers typed by a client (card
  "last4" alone is not labeled).  license: a client's driver's licence and a
  newborn's state birth certificate file number.  vehicle: a client's plate.
- device: serials / MAC of a home device issued to one client (fetal monitor patch);
  the birth center's own monitors are not labeled.
- ip: public IPs of clients (patient portal, SMS link clicks); internal 10.x,
  Google/Twilio webhook sources and scanner bots are not labeled.
- url: a client's personal URLs (registry, photo album); photo: base64 image of a
  newborn; biometric: newborn footprint template.
- fax: a fax number the client gave as her own delivery destination.
"""
import base64
import json
import os
import random
import unicodedata
from datetime import datetime, timedelta, date
from urllib.parse import quote_plus

SEED = 21_2024_0506
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "jg"
N_LINES = 500

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip",
        "biometric", "photo", "other_id"}

# ---------------------------------------------------------------- span machinery
S0, S1, S2 = "\ue000", "\ue001", "\ue002"
VALS = {}
_cnt = [0]


def P(cat, val):
    """Wrap a PHI value with invisible markers; finalize() turns them into spans."""
    val = str(val)
    assert cat in CATS, cat
    assert val and S0 not in val and S1 not in val and S2 not in val
    _cnt[0] += 1
    VALS[_cnt[0]] = val
    return f"{S0}{cat}:{_cnt[0]}{S1}{val}{S2}"


def _restore(s):
    return s.replace("\\ue000", S0).replace("\\ue001", S1).replace("\\ue002", S2)


def jd(o):
    """Monolog-style JSON: unescaped unicode and slashes."""
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


def php_json(o):
    """PHP json_encode() defaults: \\uXXXX escapes and escaped slashes."""
    return _restore(json.dumps(o, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/"))


def js_json(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


def finalize(s):
    out, spans, pos, i = [], [], 0, 0
    while i < len(s):
        c = s[i]
        if c == S0:
            j = s.index(S1, i)
            cat, k = s[i + 1:j].split(":")
            m = s.index(S2, j)
            val = s[j + 1:m]
            b = len(val.encode("utf-8"))
            spans.append({"s": pos, "e": pos + b, "cat": cat, "_k": int(k), "_v": val})
            out.append(val)
            pos += b
            i = m + 1
        else:
            out.append(c)
            pos += len(c.encode("utf-8"))
            i += 1
    return "".join(out), spans


LINES = []


def emit(family, s):
    text, spans = finalize(s)
    assert text and "\n" not in text and "\r" not in text, repr(text)
    bt = text.encode("utf-8")
    last = -1
    for sp in spans:
        got = bt[sp["s"]:sp["e"]].decode("utf-8")
        assert got == sp["_v"], (got, sp)
        orig = VALS[sp["_k"]]
        if got != orig:  # value was JSON-escaped by the writer (PHP json_encode)
            assert json.loads('"' + got + '"') == orig, (got, orig)
        assert sp["s"] >= last, "overlap"
        last = sp["e"]
    LINES.append((family, text, [{"s": x["s"], "e": x["e"], "cat": x["cat"]} for x in spans]))


# ---------------------------------------------------------------- clock & formats
CLOCK = [datetime(2024, 5, 6, 5, 47, 12)]
TZ = "-04:00"


def tick(a=3, b=200):
    CLOCK[0] += timedelta(seconds=R.randint(a, b), milliseconds=R.randint(0, 999))
    return CLOCK[0]


def now():
    return CLOCK[0]


def utc(t):
    return t + timedelta(hours=4)


def ms(t):
    return f"{t.microsecond // 1000:03d}"


MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
MONTHS_HT = ["janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm",
             "oktòb", "novanm", "desanm"]


def fd(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return f"{d.month}/{d.day}/{d:%y}"
    if style == "md":
        return f"{d.month}/{d.day}"
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "long":
        return f"{d:%B} {d.day}, {d.year}"
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "dmon":
        return d.strftime("%d-%b-%Y").upper()
    if style == "es":
        return f"{d.day} de {MONTHS_ES[d.month - 1]}"
    if style == "ht":
        return f"{d.day} {MONTHS_HT[d.month - 1]}"
    if style == "abbr":
        return f"{d:%a} {d:%b} {d.day}"
    raise ValueError(style)


def fp(p, style):
    a, b, c = p[:3], p[3:6], p[6:]
    return {"paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}",
            "e164": f"+1{p}", "raw": p, "space": f"{a} {b} {c}", "hl7": f"({a}){b}-{c}",
            "one": f"1-{a}-{b}-{c}"}[style]


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def uid4():
    h = "%032x" % R.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def luhn_complete(prefix, length=16):
    digits = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return digits + str((10 - tot % 10) % 10)


# ---------------------------------------------------------------- people
STAFF_MW = [("Kerry", "Ashdown", "CNM", "kashdown"), ("Dayanara", "Fuentes", "LM", "dfuentes"),
            ("Bethany", "Kreider", "CPM", "bkreider")]
STAFF_DOULA = [("Mirlande", "Augustin", "maugustin"), ("Tasha", "Greenwood", "tgreenwood"),
               ("Yesenia", "Paz", "ypaz"), ("Ngozi", "Eze", "neze")]
IBCLC = ("Ruth Ellen", "Macomber", "rmacomber")
FRONT = ("Jolene", "Tran", "jtran")
PRACTICE = "Palmetto Tide Birth Center"
PRACTICE_DOMAIN = "palmettotide.org"
PRACTICE_PHONE = "3054382200"
PRACTICE_SMS = "7864300155"
PRACTICE_FAX = "3054382219"
PRACTICE_NPI = "1487652093"

ADDRS = [
    ("NW 7th St", "Miami", "Miami-Dade", "12086", "33125"),
    ("NE 2nd Ave Apt 4", "Miami", "Miami-Dade", "12086", "33138"),
    ("NE 6th Ave", "North Miami", "Miami-Dade", "12086", "33161"),
    ("W 29th St", "Hialeah", "Miami-Dade", "12086", "33012"),
    ("SW 9th Ave", "Homestead", "Miami-Dade", "12086", "33030"),
    ("Pinewood Dr", "Lauderhill", "Broward", "12011", "33313"),
    ("NW 15th Way", "Fort Lauderdale", "Broward", "12011", "33311"),
    ("NE 48th St", "Pompano Beach", "Broward", "12011", "33064"),
    ("Miramar Pkwy Unit 210", "Miramar", "Broward", "12011", "33023"),
    ("Lenox Ave #3B", "Miami Beach", "Miami-Dade", "12086", "33139"),
    ("S 5th St", "Belle Glade", "Palm Beach", "12099", "33430"),
    ("N K St", "Lake Worth Beach", "Palm Beach", "12099", "33460"),
    ("Ocean Breeze Cir", "Delray Beach", "Palm Beach", "12099", "33483"),
    ("Kaufman Ave", "Sarasota", "Sarasota", "12115", "34232"),
    ("Bahia Vista St", "Sarasota", "Sarasota", "12115", "34232"),
    ("Coral Way", "Miami", "Miami-Dade", "12086", "33145"),
    ("SW 117th Ave", "Miami", "Miami-Dade", "12086", "33177"),
    ("Shotgun Rd", "Sunrise", "Broward", "12011", "33326"),
    ("NW 183rd St", "Miami Gardens", "Miami-Dade", "12086", "33169"),
    ("Tamiami Trl", "Sweetwater", "Miami-Dade", "12086", "33174"),
]

# first, middle, last, lang, partner, (baby sex, baby first, baby middle) or None, temp style
SPEC = [
    ("Guerline", "Marie", "Jean-Baptiste", "ht", ("Jean-Robert", "Jean-Baptiste"), ("F", "Naïka", "Rose")),
    ("Wideline", "", "Pierre-Louis", "ht", ("Fritznel", "Pierre-Louis"), None),
    ("Nadège", "", "Célestin", "ht", ("Wilner", "Joseph"), ("M", "Wendson", "")),
    ("Rose-Michelle", "", "Dorvil", "ht", ("Jean-Robert", "Dorvil"), None),
    ("Fabiola", "", "Saint-Fleur", "ht", ("Ricardo", "Saint-Fleur"), ("F", "Esther", "Love")),
    ("Marisol", "", "Delgado-Ruiz", "es", ("Luis Alberto", "Ruiz"), None),
    ("María José", "", "de la Cruz", "es", ("Andrés", "Villalobos"), ("F", "Valentina", "")),
    ("Yaneisy", "", "Albelo Pérez", "es", ("Yoandy", "Cabrera"), None),
    ("Luz Elena", "", "Carvajal", "es", ("Mauricio", "Ortega"), ("M", "Matías", "Andrés")),
    ("Xiomara", "", "Benítez", "es", ("Wilmer", "Benítez"), None),
    ("Anh", "Thi", "Nguyen", "en", ("Minh", "Tran"), ("F", "Mai", "Linh")),
    ("Hodan", "Abdi", "Warsame", "en", ("Ahmed", "Warsame"), ("M", "Ayaan", "")),
    ("Chiamaka", "", "Okonkwo", "en", ("Chinedu", "Okonkwo"), None),
    ("Rebecca", "Ann", "Stoltzfus", "en", ("Eli", "Stoltzfus"), ("F", "Naomi", "Ruth")),
    ("Miriam", "", "Yoder", "en", ("Amos", "Yoder"), None),
    ("Siobhan", "", "O'Brien-Walsh", "en", ("Declan", "Walsh"), ("M", "Finn", "Patrick")),
    ("Annelies", "", "van der Berg", "en", ("Joost", "van der Berg"), None),
    ("Layla", "", "Al-Hassan", "en", ("Omar", "Al-Hassan"), ("F", "Noor", "")),
    ("Tigist", "", "Bekele", "en", ("Dawit", "Haile"), None),
    ("Ji-woo", "", "Park", "en", ("Daniel", "Cho"), ("M", "Ethan", "Minjun")),
    ("Priya", "", "Raghunathan", "en", ("Karthik", "Raghunathan"), None),
    ("Keisha", "Monique", "Washington", "en", ("Marcus", "Bell"), ("M", "Zion", "Marcus")),
    ("Brittany", "Lynn", "McAllister", "en", ("Cody", "McAllister"), None),
    ("Paj", "", "Xiong", "en", ("Tou", "Vang"), ("F", "Maiv", "")),
    ("Oksana", "", "Kovalenko", "en", ("Dmytro", "Kovalenko"), None),
    ("Destiny", "", "Redhorse", "en", ("Tyler", "Begay"), ("F", "Aiyana", "")),
    ("Émilie", "", "Thibodeaux", "en", ("Rémy", "Thibodeaux"), None),
    ("Sakura", "", "Yamamoto-Reyes", "en", ("Gabriel", "Reyes"), ("M", "Kai", "Gabriel")),
    ("Aaliyah", "", "Baptiste", "en", ("Jordan", "Baptiste"), None),
    ("Dagny", "", "Lindqvist", "en", ("Erik", "Lindqvist"), None),
]
ELDERS = [("Odile", 91), ("Carmen", 93), ("Ruth", 90), ("Bertha", 94), ("Asha", 92)]

AREAS = ["305", "786", "954", "754", "561", "941", "305", "786"]
AREA_BY_COUNTY = {"Miami-Dade": ["305", "786"], "Broward": ["954", "754"], "Palm Beach": ["561"], "Sarasota": ["941"]}
USED = set()


def uniq(fn):
    while True:
        v = fn()
        if v not in USED:
            USED.add(v)
            return v
MAIL_DOM = ["gmail.com", "yahoo.com", "icloud.com", "hotmail.com", "outlook.com", "aol.com"]


class Client:
    pass


def make_phone(area=None):
    return (area or R.choice(AREAS)) + str(R.randint(201, 989)) + f"{R.randint(0, 9999):04d}"


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


CLIENTS = []
for i, (fi, mi, la, lang, partner, baby) in enumerate(SPEC):
    c = Client()
    c.first, c.middle, c.last, c.lang = fi, mi, la, lang
    c.full = f"{fi} {la}"
    c.pid = uniq(lambda: R.randint(10100, 19999))
    c.mrn = uniq(lambda: f"PT-{R.randint(1000, 9999):06d}")
    c.dob = date(R.randint(1983, 2005), R.randint(1, 12), R.randint(1, 28))
    c.ssn = make_ssn()
    c.medicaid = str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(9))
    c.medicaid_plan = R.choice(["Sunshine Health", "Simply Healthcare", "Molina Healthcare",
                                "Humana Healthy Horizons", "Staywell"])
    c.private = R.random() < 0.35
    c.member_id = R.choice(["XEH", "JQF", "W", "FLB"]) + "".join(str(R.randint(0, 9)) for _ in range(9))
    st, city, county, fips, z = ADDRS[i % len(ADDRS)]
    c.phone = make_phone(R.choice(AREA_BY_COUNTY[county]) if R.random() < .8 else None)
    base = ascii_fold(fi.split()[0]).lower().replace("-", "") + R.choice([".", "_", ""]) + \
        ascii_fold(la).lower().replace(" ", "").replace("'", "").replace("-", "")
    c.email = base + R.choice(["", str(R.randint(1, 99)), str(c.dob.year)]) + "@" + R.choice(MAIL_DOM)
    c.street = f"{R.randint(12, 19999)} {st}"
    c.city, c.county, c.fips, c.zip = city, county, fips, z
    c.zip4 = z + f"{R.randint(1000, 9999)}"
    c.partner = partner
    c.partner_phone = make_phone()
    c.ip = R.choice(["73", "98", "174", "172.58", "24", "99", "76", "108"])
    while c.ip.count(".") < 3:
        c.ip += "." + str(R.randint(1, 254))
    c.dl = ascii_fold(la)[0].upper() + f"{R.randint(100, 999)}-{R.randint(100, 999)}-{R.randint(10, 99)}-{R.randint(100, 999)}-{R.randint(0, 9)}"
    c.portal_user = ascii_fold(fi.split()[0]).lower()[:6] + ascii_fold(la).lower().replace(" ", "")[:4] + str(R.randint(1, 99))
    c.enc = f"V24-{R.randint(10000, 99999)}"
    c.account = f"{R.randint(1000000, 9999999)}"
    c.plate = R.choice(["QJR", "NKV", "LTX", "BZP", "HYW", "R"]) + R.choice([" ", ""]) + alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ0123456789")
    c.baby = None
    if baby:
        b = Client()
        b.sex, b.first, b.middle = baby
        b.last = la.split()[0] if lang == "es" and " " in la and not la.startswith("de") else la
        if fi == "Hodan":
            b.last = "Warsame"
        b.full = " ".join(x for x in (b.first, b.middle, b.last) if x)
        b.temp_word = R.choice(["Baby Girl" if b.sex == "F" else "Baby Boy",
                                "BG" if b.sex == "F" else "BB",
                                "Girl" if b.sex == "F" else "Boy"])
        b.dob = datetime(2024, 5, 6, 5, 0) - timedelta(minutes=R.randint(60, 16 * 24 * 60))
        b.weight = R.randint(2780, 4310)
        b.length = round(R.uniform(47.0, 54.5), 1)
        b.hc = round(R.uniform(32.5, 36.5), 1)
        b.apgar1, b.apgar5 = R.choice([(8, 9), (7, 9), (9, 9), (6, 8), (8, 8), (4, 7)])
        b.ga = f"{R.randint(37, 41)}+{R.randint(0, 6)}"
        b.nbid = uniq(lambda: f"NB-2024-{R.randint(100, 399):04d}")
        b.mrn = uniq(lambda: f"PT-{R.randint(1000, 9999):06d}")
        b.nbs_kit = f"FL{R.randint(10, 99)}-{R.randint(1000000, 9999999)}"
        b.bcn = f"109-2024-{R.randint(10000, 99999):06d}"
        b.birth_no = uniq(lambda: f"2024-{R.randint(60, 140):03d}")
        b.cbu = f"CSB24-{R.randint(100000, 999999)}"
        b.ws = uniq(lambda: f"BW-2024-{R.randint(100, 999):05d}")
        b.name_change = (b.dob + timedelta(days=R.randint(1, 3))).date()
        c.baby = b
        c.edd = (b.dob - timedelta(days=R.randint(-10, 12))).date()
    else:
        c.edd = date(2024, 5, 6) + timedelta(days=R.randint(10, 200))
    c.lmp = c.edd - timedelta(days=280)
    c.ga_days = (date(2024, 5, 6) - c.lmp).days
    CLIENTS.append(c)

DELIVERED = [c for c in CLIENTS if c.baby]
PREG = [c for c in CLIENTS if not c.baby]


def cl(pool=None):
    return R.choice(pool or CLIENTS)


def ga_str(c, sep="w"):
    d = (now().date() - c.lmp).days
    if sep == "w":
        return f"{d // 7}w{d % 7}d"
    return f"{d // 7}+{d % 7}"


def name_variant(first, last, style):
    if style == "fl":
        return f"{first} {last}"
    if style == "lf":
        return f"{last}, {first}"
    if style == "LF":
        return f"{ascii_fold(last).upper()}, {ascii_fold(first).upper()}"
    if style == "lower":
        return f"{first} {last}".lower()
    if style == "init":
        return f"{first[0]}. {last}"
    if style == "upper":
        return f"{first} {last}".upper()
    raise ValueError(style)


def appt_dt(days_lo=0, days_hi=14):
    d = now() + timedelta(days=R.randint(days_lo, days_hi))
    return d.replace(hour=R.choice([9, 10, 11, 13, 14, 15, 16]), minute=R.choice([0, 15, 30, 45]),
                     second=0, microsecond=0)


def ts_lv():
    return f"[{tick():%Y-%m-%d %H:%M:%S}]"


# ================================================================= generators
# Each returns nothing; emits 1+ lines.  Suffix _n = noise only.

def g_laravel_phi():
    k = R.randint(0, 15)
    c = cl(PREG) if k in (0, 3, 6, 7) else cl()
    if k == 0:
        pid = P("mrn", c.pid)
        emit("laravel", f"{ts_lv()} production.INFO: Prenatal visit saved " + unq(jd({
            "patient_id": pid, "mrn": P("mrn", c.mrn), "visit_id": P("other_id", c.enc),
            "ga": ga_str(c), "bp": f"{R.randint(98, 132)}/{R.randint(58, 84)}",
            "fh_cm": (c.ga_days // 7 + R.randint(-2, 2)) if c.ga_days >= 140 else None, "fhr": R.randint(128, 156),
            "urine": {"protein": R.choice(["neg", "trace"]), "glucose": "neg"},
            "edema": R.choice(["none", "1+ pedal"]), "provider_id": R.randint(2, 9)}), pid))
    elif k == 1:
        t = appt_dt()
        emit("laravel", f"{ts_lv()} production.INFO: Appointment reminder queued " + jd({
            "client": P("name", c.full), "phone": P("phone", fp(c.phone, "e164")),
            "appt_at": P("date", t.strftime("%Y-%m-%d %H:%M:%S")), "lang": c.lang,
            "channel": "sms", "template": f"reminder_{c.lang}_v3"}))
    elif k == 2:
        alt = c.last.replace("-", " ")
        emit("laravel", f"{ts_lv()} production.WARNING: Possible duplicate patient on intake " + jd({
            "candidate": {"first": P("name", c.first), "last": P("name", alt), "dob": P("date", fd(c.dob, "iso"))},
            "match": {"mrn": P("mrn", c.mrn), "score": round(R.uniform(0.86, 0.99), 2)}, "form": "intake_v4"}))
    elif k == 3:
        us = c.edd + timedelta(days=R.randint(-6, 6))
        emit("laravel", f"{ts_lv()} production.INFO: EDD recalculated from dating ultrasound " + jd({
            "patient_id": P("mrn", c.pid), "lmp": P("date", fd(c.lmp, "iso")),
            "edd_lmp": P("date", fd(c.edd, "iso")), "edd_us": P("date", fd(us, "iso")),
            "ga_at_scan": f"{R.randint(8, 13)}w{R.randint(0, 6)}d", "kept": "edd_lmp" if R.random() < .5 else "edd_us"}))
    elif k == 4:
        emit("laravel", f"{ts_lv()} production.NOTICE: chart.viewed user={R.choice(STAFF_MW)[3]} "
             f"patient={P('mrn', c.pid)} section={R.choice(['labs', 'flowsheet', 'birth_plan', 'problems'])} ip=10.20.4.{R.randint(10, 60)}")
    elif k == 5:
        emit("laravel", f"{ts_lv()} production.INFO: Mail sent: App\\Mail\\{R.choice(['PostpartumCheckin', 'PrenatalPacket', 'BirthPlanReceived'])} "
             f"to {P('email', c.email)} (message-id <{hexs(24)}@{PRACTICE_DOMAIN}>)")
    elif k == 6:
        d = (now() + timedelta(days=R.randint(1, 9))).date()
        emit("laravel", f"{ts_lv()} production.INFO: RhoGAM due " + jd({
            "patient": P("name", name_variant(c.first + (" " + c.middle[0] if c.middle else ""), c.last, "lf")),
            "mrn": P("mrn", c.mrn), "blood_type": R.choice(["O NEG", "A NEG", "B NEG"]), "ga": ga_str(c),
            "due_on": P("date", fd(d, "us"))}))
    elif k == 7:
        emit("laravel", f"{ts_lv()} production.INFO: GBS result received " + jd({
            "mrn": P("mrn", c.mrn), "result": R.choice(["NEGATIVE", "POSITIVE"]), "lab": "Quest",
            "collected": P("date", fd(now().date() - timedelta(days=R.randint(2, 5)), "iso")),
            "accession": f"QX{R.randint(10 ** 8, 10 ** 9 - 1)}"}))
    elif k == 8:
        old = c.phone
        new = make_phone()
        emit("laravel", f"{ts_lv()} production.INFO: Patient updated " + jd({
            "id": P("mrn", c.pid), "by": FRONT[2],
            "changes": {"phone_mobile": [P("phone", fp(old, "paren")), P("phone", fp(new, "paren"))],
                        "preferred_language": [None, {"ht": "Kreyòl", "es": "Español", "en": "English"}[c.lang]]}}))
    elif k == 9:
        emit("laravel", f"{ts_lv()} production.ERROR: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry "
             f"'{P('mrn', c.mrn)}' for key 'patients.patients_mrn_unique' (Connection: mysql, SQL: insert into `patients` "
             f"(`mrn`, `first_name`, `last_name`, `dob`, `updated_at`, `created_at`) values ({P('mrn', c.mrn)}, "
             f"{P('name', c.first)}, {P('name', c.last)}, {P('date', fd(c.dob, 'iso'))}, {now():%Y-%m-%d %H:%M:%S}, {now():%Y-%m-%d %H:%M:%S}))")
    elif k == 10:
        emit("laravel", f"{ts_lv()} production.INFO: Eligibility verified " + jd({
            "patient_id": P("mrn", c.pid), "payer": "FL Medicaid", "member_id": P("health_plan", c.medicaid),
            "plan": c.medicaid_plan, "status": "active", "pe": R.random() < .4}))
    elif k == 11:
        emit("laravel", f"{ts_lv()} production.INFO: Portal login " + jd({
            "username": P("other_id", c.portal_user), "ip": P("ip", c.ip), "mfa": "sms",
            "ua": "Mozilla/5.0 (Linux; Android 14; SM-A146U) AppleWebKit/537.36 Chrome/124.0.6367.82 Mobile Safari/537.36"}))
    elif k == 12:
        emit("laravel", f"{ts_lv()} production.INFO: ID verified at intake " + jd({
            "patient_id": P("mrn", c.pid), "id_type": "FL_DL", "id_number": P("license", c.dl),
            "verified_by": FRONT[2]}))
    elif k == 13:
        e = R.choice(ELDERS)
        age = P("age", e[1])
        emit("laravel", f"{ts_lv()} production.INFO: Birth plan updated " + unq(jd({
            "mrn": P("mrn", c.mrn), "support_people": [
                {"name": P("name", f"{c.partner[0]} {c.partner[1]}"), "rel": "partner", "phone": P("phone", fp(c.partner_phone, "dash"))},
                {"name": P("name", f"{e[0]} {c.last}"), "rel": "great-grandmother", "age": age}],
            "tub": True, "vit_k": R.choice(["IM", "oral", "declined"])}), age))
    elif k == 14:
        emit("laravel", f"{ts_lv()} production.INFO: Billing export row " + php_json({
            "acct": P("account", c.account), "guarantor": P("name", c.full), "ssn": P("ssn", c.ssn),
            "dob": P("date", fd(c.dob, "us")), "addr": P("address", c.street + ", " + c.city)}))
    else:
        emit("laravel", f"{ts_lv()} production.INFO: Parking pass issued " + jd({
            "mrn": P("mrn", c.mrn), "plate": P("vehicle", c.plate), "state": "FL",
            "valid_until": f"{(now() + timedelta(days=60)):%Y-%m-%d}"}))


def unq(s, *vals):
    """Render marked numeric values as bare JSON numbers."""
    for v in vals:
        s = s.replace('"' + v + '"', v)
    return s


LARAVEL_NOISE = [
    lambda: f"production.INFO: Calendar sync finished " + jd({"calendars": R.randint(6, 14), "events_upserted": R.randint(0, 60), "duration_ms": R.randint(300, 4000)}),
    lambda: f"production.DEBUG: Cache hit " + jd({"key": R.choice(["settings.practice", "feature_flags", "fee_schedule:2024"]), "ttl": 3600}),
    lambda: f"production.WARNING: Google API rate limited, retrying in {R.randint(1, 8)}s " + jd({"attempt": R.randint(1, 4), "quota_user": "svc-doula-sync"}),
    lambda: f"production.ERROR: cURL error 28: Operation timed out after 10001 milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://edi.availity.com/v1/coverages/{uid4()}",
    lambda: f"production.INFO: EBRS batch export complete " + jd({"batch": f"EBRS-{now():%Y%m%d}-0{R.randint(1, 4)}", "records": R.randint(1, 6), "sha256": hexs(64)}),
    lambda: f"production.INFO: On-call roster updated " + jd({"midwife": f"{STAFF_MW[0][0]} {STAFF_MW[0][1]}, CNM", "pager": fp("3056814420", "paren"), "backup": f"{STAFF_MW[1][0]} {STAFF_MW[1][1]}, LM"}),
    lambda: f"production.NOTICE: Login succeeded " + jd({"user": R.choice(STAFF_MW)[3], "ip": f"10.20.4.{R.randint(10, 60)}", "guard": "web"}),
    lambda: f"production.INFO: Supply reorder triggered " + jd({"sku": R.choice(["CHUX-30X36", "AMNIHOOK-1", "PITOCIN-10U", "GLV-NTR-M"]), "on_hand": R.randint(0, 5), "vendor": "Henry Schein", "po": f"PO-{R.randint(40000, 49999)}"}),
    lambda: f"production.DEBUG: Broadcasting [App\\Events\\RoomStatusChanged] on channels [private-birth-center.rooms] with payload " + jd({"room": R.choice(["Magnolia", "Sabal", "Coquina"]), "status": R.choice(["clean", "occupied", "turnover"])}),
    lambda: f"production.WARNING: Twilio status callback signature mismatch " + jd({"sid": "SM" + hexs(32), "expected_prefix": "X-Twilio-Signature"}),
    lambda: f"production.INFO: Scheduled command [reports:medicaid-recheck] finished in {R.randint(2, 40)}.{R.randint(0, 99):02d}s",
    lambda: f"production.ERROR: Connection refused [tcp://redis.internal:6379] " + jd({"exception": "[object] (RedisException(code: 0): Connection refused at /var/www/ehr/vendor/laravel/framework/src/Illuminate/Redis/Connectors/PhpRedisConnector.php:159)"}),
    lambda: f"production.INFO: Fax queue drained " + jd({"sent": R.randint(0, 9), "failed": R.randint(0, 2), "from": fp(PRACTICE_FAX, "paren")}),
    lambda: f"production.DEBUG: Vite manifest loaded " + jd({"entries": R.randint(40, 90), "build": f"ehr-web@3.14.{R.randint(0, 4)}"}),
    lambda: f"production.INFO: Stripe webhook handled " + jd({"type": R.choice(["charge.succeeded", "payout.paid", "invoice.paid"]), "id": "evt_" + alnum(24, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "livemode": True}),
    lambda: f"production.WARNING: Slow request " + jd({"route": R.choice(["schedule.week", "reports.births", "prenatal.flowsheet"]), "ms": R.randint(1200, 5200), "queries": R.randint(40, 220)}),
    lambda: f"production.INFO: Clearinghouse 999 accepted " + jd({"batch_ctrl": f"{R.randint(100000000, 999999999)}", "sets": R.randint(1, 12), "status": "A"}),
]


def g_laravel_n():
    emit("laravel", f"{ts_lv()} " + R.choice(LARAVEL_NOISE)())


TRACES = [0]


def g_laravel_trace():
    TRACES[0] += 1
    kind = TRACES[0] % 2
    c = cl(DELIVERED)
    if kind == 0:
        emit("laravel_trace", f"{ts_lv()} production.ERROR: Call to a member function format() on null "
             f'{{"userId":{R.randint(2, 9)},"exception":"[object] (Error(code: 0): Call to a member function format() on null '
             f'at /var/www/ehr/app/Http/Controllers/NewbornController.php:142)')
        frames = [
            "/var/www/ehr/vendor/laravel/framework/src/Illuminate/Routing/ControllerDispatcher.php(46): App\\\\Http\\\\Controllers\\\\NewbornController->update(Object(App\\\\Http\\\\Requests\\\\UpdateNewbornRequest), Object(App\\\\Models\\\\Newborn))",
            "/var/www/ehr/vendor/laravel/framework/src/Illuminate/Routing/Route.php(259): Illuminate\\\\Routing\\\\ControllerDispatcher->dispatch(Object(Illuminate\\\\Routing\\\\Route), Object(App\\\\Http\\\\Controllers\\\\NewbornController), 'update')",
            "/var/www/ehr/vendor/laravel/framework/src/Illuminate/Routing/Route.php(205): Illuminate\\\\Routing\\\\Route->runController()",
            "/var/www/ehr/vendor/laravel/framework/src/Illuminate/Routing/Router.php(806): Illuminate\\\\Routing\\\\Route->run()",
            "/var/www/ehr/vendor/laravel/framework/src/Illuminate/Pipeline/Pipeline.php(144): Illuminate\\\\Routing\\\\Router->Illuminate\\\\Routing\\\\{closure}(Object(Illuminate\\\\Http\\\\Request))",
            "/var/www/ehr/app/Http/Middleware/AuditPhiAccess.php(31): Illuminate\\\\Pipeline\\\\Pipeline->Illuminate\\\\Pipeline\\\\{closure}(Object(Illuminate\\\\Http\\\\Request))",
            "/var/www/ehr/public/index.php(51): Illuminate\\\\Foundation\\\\Http\\\\Kernel->handle(Object(Illuminate\\\\Http\\\\Request))",
        ]
    else:
        emit("laravel_trace", f"{ts_lv()} production.ERROR: Patient not found for MRN {P('mrn', c.mrn)} "
             f'{{"userId":{R.randint(2, 9)},"exception":"[object] (App\\\\Exceptions\\\\PatientNotFound(code: 404): Patient not found for MRN {P("mrn", c.mrn)} '
             f'at /var/www/ehr/app/Services/Ehr/PatientLookup.php:57)')
        frames = [
            f"/var/www/ehr/app/Services/Ebrs/WorksheetBuilder.php(88): App\\\\Services\\\\Ehr\\\\PatientLookup->byMrn('{P('mrn', c.mrn)}')",
            "/var/www/ehr/app/Jobs/SubmitBirthWorksheet.php(40): App\\\\Services\\\\Ebrs\\\\WorksheetBuilder->build(Object(App\\\\Models\\\\Birth))",
            "/var/www/ehr/vendor/laravel/framework/src/Illuminate/Container/BoundMethod.php(36): App\\\\Jobs\\\\SubmitBirthWorksheet->handle(Object(App\\\\Services\\\\Ebrs\\\\Client))",
            "/var/www/ehr/vendor/laravel/framework/src/Illuminate/Container/Util.php(41): Illuminate\\\\Container\\\\BoundMethod::Illuminate\\\\Container\\\\{closure}()",
            "/var/www/ehr/vendor/laravel/framework/src/Illuminate/Queue/Worker.php(441): Illuminate\\\\Queue\\\\Jobs\\\\Job->fire()",
            "/var/www/ehr/artisan(35): Illuminate\\\\Foundation\\\\Console\\\\Kernel->handle(Object(Symfony\\\\Component\\\\Console\\\\Input\\\\ArgvInput), Object(Symfony\\\\Component\\\\Console\\\\Output\\\\ConsoleOutput))",
        ]
    emit("laravel_trace", "[stacktrace]")
    for i, f in enumerate(frames):
        emit("laravel_trace", f"#{i} {f}")
    emit("laravel_trace", f"#{len(frames)} {{main}}")
    emit("laravel_trace", '"} ')


JOBS = ["App\\Jobs\\SyncDoulaCalendar", "App\\Jobs\\SendAppointmentReminder", "App\\Jobs\\SubmitBirthWorksheet",
        "App\\Jobs\\PollEligibility271", "App\\Jobs\\ImportCtgExport", "App\\Jobs\\SendLactationFollowup",
        "App\\Jobs\\PushHl7Newborn", "App\\Notifications\\OnCallPage", "Illuminate\\Notifications\\SendQueuedNotifications"]


def g_queue_n():
    j = R.choice(JOBS)
    t = tick(0, 20)
    dots = "." * R.randint(18, 60)
    emit("artisan_queue", f"  {t:%Y-%m-%d %H:%M:%S} {j} {dots} RUNNING")
    if R.random() < 0.85:
        res = "DONE" if R.random() < .9 else "FAIL"
        emit("artisan_queue", f"  {tick(0, 3):%Y-%m-%d %H:%M:%S} {j} {'.' * R.randint(10, 50)} {R.randint(3, 2400)}.{R.randint(0, 99):02d}ms {res}")


def g_vue_warn():
    c = cl(PREG)
    t = tick()
    k = R.randint(0, 2)
    if k == 0:
        ev = fd(c.edd, "us")
        emit("vue_warn", f'[Vue warn]: Invalid prop: type check failed for prop "edd". Expected Date, got String with value "{P("date", ev)}". ')
        emit("vue_warn", f'  at <EddBadge edd="{P("date", ev)}" ga="{ga_str(c)}" > ')
        emit("vue_warn", f"  at <PatientHeader patient= {{id: {P('mrn', c.pid)}, mrn: '{P('mrn', c.mrn)}', name: '{P('name', c.full)}', …}} > ")
        emit("vue_warn", "  at <PrenatalFlowsheet onVnodeUnmounted=fn<onVnodeUnmounted> ref=Ref< undefined > > ")
        emit("vue_warn", "  at <RouterView> ")
        emit("vue_warn", "  at <App>")
    elif k == 1:
        emit("vue_warn", '[Vue warn]: Unhandled error during execution of render function ')
        emit("vue_warn", "  at <NewbornCard newborn= {apgar1: 8, apgar5: null, weightGrams: 3410, …} > ")
        emit("vue_warn", "  at <BirthSummary> ")
        emit("vue_warn", "  at <App>")
    else:
        emit("vue_warn", "[Vue warn]: Extraneous non-props attributes (class) were passed to component but could not be automatically inherited because component renders fragment or text root nodes. ")
        emit("vue_warn", "  at <DoulaShiftChip shift= {doula: 'Tasha Greenwood', start: '07:00', end: '19:00'} class=\"oncall\" > ")
        emit("vue_warn", "  at <WeekGrid> ")


def g_sentry():
    c = cl(PREG)
    t = utc(tick())
    k = R.randint(0, 2)
    ev = {"event_id": hexs(32), "timestamp": round(t.timestamp(), 3), "platform": "javascript", "level": "error",
          "release": f"ehr-web@3.14.{R.randint(0, 4)}", "environment": "production"}
    if k == 0:
        ev["exception"] = {"values": [{"type": "TypeError", "value": "Cannot read properties of undefined (reading 'apgar5')"}]}
        ev["transaction"] = "/newborns/:id"
        ev["request"] = {"url": f"https://ehr.{PRACTICE_DOMAIN}/newborns/{P('mrn', cl(DELIVERED).baby.nbid)}"}
        ev["user"] = {"id": str(R.randint(2, 9)), "username": R.choice(STAFF_MW)[3]}
    elif k == 1:
        ev["exception"] = {"values": [{"type": "AxiosError", "value": "Request failed with status code 422"}]}
        ev["transaction"] = "/patients/:id/prenatal"
        ev["request"] = {"url": f"https://ehr.{PRACTICE_DOMAIN}/patients/{P('mrn', c.pid)}/prenatal"}
        ev["extra"] = {"payload": {"lmp": P("date", fd(c.lmp, "iso")), "edd": P("date", fd(c.edd, "iso")), "gravida": R.randint(1, 6), "para": R.randint(0, 4)}}
        ev["user"] = {"id": str(R.randint(2, 9)), "username": R.choice(STAFF_MW)[3]}
    else:
        ev["exception"] = {"values": [{"type": "ChunkLoadError", "value": f"Loading chunk {R.randint(100, 999)} failed."}]}
        ev["transaction"] = "/schedule"
        ev["request"] = {"url": f"https://ehr.{PRACTICE_DOMAIN}/schedule?week=2024-W{R.randint(18, 22)}"}
        ev["user"] = {"id": str(R.randint(2, 9)), "username": R.choice(STAFF_DOULA)[2]}
    emit("sentry_json", js_json(ev))


def g_frontend_n():
    t = utc(tick())
    msgs = [
        f"[vue-router] navigation cancelled from \"/schedule\" to \"/schedule?week=2024-W{R.randint(18, 22)}\"",
        f"[pinia] store \"rooms\" hydrated in {R.randint(3, 90)}ms",
        f"chunk PrenatalFlowsheet-{hexs(8)}.js loaded in {R.randint(8, 400)}ms",
        f"[Vue warn]: Component <KeepAlive> is missing template or render function.",
        f"websocket reconnected to wss://ehr.{PRACTICE_DOMAIN}/app/{hexs(20)} after {R.randint(1, 9)} attempts",
    ]
    emit("frontend_console", f"{t:%Y-%m-%dT%H:%M:%S}.{ms(t)}Z [client] {R.choice(['info', 'warn', 'debug'])} {R.choice(msgs)}")


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 13; moto g stylus 5G) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0"]


def nginx_ts():
    t = tick(1, 60)
    return f"[{t:%d/%b/%Y:%H:%M:%S} -0400]"


def g_nginx_phi():
    c = cl()
    k = R.randint(0, 3)
    if k == 0:
        emit("nginx_access", f'{P("ip", c.ip)} - - {nginx_ts()} "GET /portal/appointments HTTP/2.0" 200 {R.randint(2000, 9000)} '
             f'"https://portal.{PRACTICE_DOMAIN}/portal/home" "{R.choice(UAS)}"')
    elif k == 1:
        emit("nginx_access", f'10.20.4.{R.randint(10, 60)} - {R.choice(STAFF_MW)[3]} {nginx_ts()} "GET /api/patients/{P("mrn", c.pid)}/visits?include=labs,vitals HTTP/1.1" 200 {R.randint(1500, 40000)} '
             f'"https://ehr.{PRACTICE_DOMAIN}/patients/{P("mrn", c.pid)}/prenatal" "{UAS[2]}"')
    elif k == 2:
        emit("nginx_access", f'{P("ip", c.ip)} - - {nginx_ts()} "GET /r/{alnum(7, "abcdefghjkmnpqrstuvwxyz23456789")}?utm_source=sms HTTP/1.1" 302 0 "-" "{UAS[R.randint(0, 1)]}"')
    else:
        emit("nginx_access", f'10.20.4.{R.randint(10, 60)} - - {nginx_ts()} "GET /exports/ctg/{P("mrn", c.mrn)}_{now():%Y%m%d}_{R.randint(7, 18):02d}{R.choice(["00", "15", "30"])}.csv HTTP/1.1" 200 {R.randint(20000, 90000)} "-" "curl/8.5.0"')


def g_nginx_n():
    k = R.randint(0, 4)
    if k == 0:
        emit("nginx_access", f'10.20.0.{R.randint(2, 6)} - - {nginx_ts()} "GET /up HTTP/1.1" 200 {R.choice([17, 18])} "-" "ELB-HealthChecker/2.0"')
    elif k == 1:
        emit("nginx_access", f'74.125.{R.randint(0, 255)}.{R.randint(1, 254)} - - {nginx_ts()} "POST /webhooks/google/calendar HTTP/1.1" 200 2 "-" "APIs-Google; (+https://developers.google.com/webmasters/APIs-Google.html)"')
    elif k == 2:
        emit("nginx_access", f'{R.choice(["185.220.101", "45.148.10", "194.26.29"])}.{R.randint(1, 254)} - - {nginx_ts()} "GET {R.choice(["/wp-login.php", "/.env", "/phpmyadmin/index.php", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php"])} HTTP/1.1" 404 {R.randint(150, 600)} "-" "Mozilla/5.0 zgrab/0.x"')
    elif k == 3:
        emit("nginx_access", f'54.{R.randint(160, 250)}.{R.randint(0, 255)}.{R.randint(1, 254)} - - {nginx_ts()} "POST /webhooks/twilio/status HTTP/1.1" 204 0 "-" "TwilioProxy/1.1"')
    else:
        emit("nginx_access", f'10.20.4.{R.randint(10, 60)} - - {nginx_ts()} "GET /build/assets/app-{hexs(8)}.js HTTP/2.0" 200 {R.randint(90000, 400000)} "https://ehr.{PRACTICE_DOMAIN}/schedule" "{UAS[2]}"')


# ---------------------------------------------------------------- HL7
def hl7_ts(t):
    return t.strftime("%Y%m%d%H%M%S")


def hl7_name(last, first, middle=""):
    s = ascii_fold(last).upper() + "^" + ascii_fold(first).upper()
    if middle:
        s += "^" + ascii_fold(middle).upper()
    return s


def hl7_addr(c):
    return (f"{P('address', ascii_fold(c.street).upper())}^^{P('address', ascii_fold(c.city).upper())}^FL^"
            f"{P('zip', c.zip)}^USA^H^^{P('address', c.fips)}")


def g_hl7_block():
    c = cl(DELIVERED)
    b = c.baby
    t = tick()
    ctl = f"PTBC{R.randint(100000, 999999)}"
    kind = R.choice(["ORU", "A08", "A04"])
    if kind == "ORU":
        emit("hl7v2", f"MSH|^~\\&|PTBC_EHR|PALMETTOTIDE|FL_NBS|FLDOH|{hl7_ts(t)}||ORU^R01^ORU_R01|{ctl}|P|2.5.1|||AL|NE")
        emit("hl7v2", f"PID|1||{P('mrn', b.mrn)}^^^PTBC^MR~{P('other_id', b.nbs_kit)}^^^FLDOH^NBS||{P('name', ascii_fold(b.last).upper())}^{b.temp_word.upper()}^^^^^L"
             f"||{P('date', b.dob.strftime('%Y%m%d%H%M'))}|{b.sex}|||{hl7_addr(c)}||{P('phone', fp(c.phone, 'hl7'))}^PRN^PH")
        emit("hl7v2", f"NK1|1|{P('name', hl7_name(c.last, c.first, c.middle))}|MTH^Mother^HL70063||{P('phone', fp(c.phone, 'hl7'))}^PRN^CP||||||||||||||||||||||||||||{P('mrn', c.mrn)}")
        emit("hl7v2", f"PV1|1|I|NURSERY^^^PTBC||||{R.randint(1000000000, 1999999999)}^{STAFF_MW[0][1].upper()}^{STAFF_MW[0][0].upper()}^^^^CNM||||||||||||{P('other_id', c.enc)}")
        emit("hl7v2", f"OBR|1|{ctl}|{R.randint(10 ** 6, 10 ** 7)}|54089-8^Newborn screening panel^LN|||{hl7_ts(t - timedelta(hours=30))}")
        emit("hl7v2", f"OBX|1|NM|8339-4^Birth weight Measured^LN||{b.weight}|g^gram^UCUM|||||F")
        emit("hl7v2", f"OBX|2|NM|9272-6^1 minute Apgar Score^LN||{b.apgar1}||||||F")
        emit("hl7v2", f"OBX|3|NM|9274-2^5 minute Apgar Score^LN||{b.apgar5}||||||F")
        emit("hl7v2", f"OBX|4|ST|57722-1^Birth plurality^LN||1||||||F")
        emit("hl7v2", f"OBX|5|NM|57714-8^Obstetric estimation of gestational age^LN||{b.ga.split('+')[0]}|wk^weeks^UCUM|||||F")
    elif kind == "A08":
        emit("hl7v2", f"MSH|^~\\&|PTBC_EHR|PALMETTOTIDE|LPPEDS_EHR|LITTLEPALMS|{hl7_ts(t)}||ADT^A08^ADT_A01|{ctl}|P|2.5.1")
        emit("hl7v2", f"EVN|A08|{hl7_ts(t)}|||{STAFF_MW[R.randint(0, 2)][3].upper()}")
        emit("hl7v2", f"PID|1||{P('mrn', b.mrn)}^^^PTBC^MR||{P('name', hl7_name(b.last, b.first, b.middle))}^^^^L~{P('name', ascii_fold(b.last).upper())}^{b.temp_word.upper()}^^^^^B"
             f"||{P('date', b.dob.strftime('%Y%m%d%H%M'))}|{b.sex}|||{hl7_addr(c)}")
        emit("hl7v2", f"NK1|1|{P('name', hl7_name(c.last, c.first))}|MTH^Mother^HL70063|{hl7_addr(c)}|{P('phone', fp(c.phone, 'hl7'))}")
        emit("hl7v2", f"PV1|1|O|PEDS^^^LITTLEPALMS|||||||||||||||||{P('other_id', c.enc)}")
    else:
        emit("hl7v2", f"MSH|^~\\&|PTBC_EHR|PALMETTOTIDE|HEARING|FLDOH_EHDI|{hl7_ts(t)}||ADT^A04^ADT_A01|{ctl}|P|2.5.1")
        emit("hl7v2", f"EVN|A04|{hl7_ts(t)}")
        emit("hl7v2", f"PID|1||{P('mrn', b.mrn)}^^^PTBC^MR||{P('name', ascii_fold(b.last).upper())}^{b.temp_word.upper()}^^^^^L||{P('date', b.dob.strftime('%Y%m%d'))}|{b.sex}")
        emit("hl7v2", f"NK1|1|{P('name', hl7_name(c.last, c.first))}|MTH^Mother^HL70063")
        emit("hl7v2", f"OBX|1|CWE|54108-7^Newborn hearing screen left^LN||{R.choice(['LA10392-1^Pass^LN', 'LA10393-9^Refer^LN'])}||||||F")
        emit("hl7v2", f"OBX|2|CWE|54109-5^Newborn hearing screen right^LN||LA10392-1^Pass^LN||||||F")


def g_mirth():
    t = tick()
    k = R.randint(0, 3)
    head = f"{t:%Y-%m-%d %H:%M:%S},{ms(t)} {R.choice(['INFO ', 'WARN ', 'ERROR'])} [Channel Dispatch Thread on NBS_Outbound ({uid4()}) < pool-1-thread-{R.randint(1, 9)}]"
    if k == 0:
        emit("mirth_log", f"{t:%Y-%m-%d %H:%M:%S},{ms(t)} INFO  [MLLP Sender] ACK received MSA|AA|PTBC{R.randint(100000, 999999)}|Message accepted")
    elif k == 1:
        emit("mirth_log", f"{t:%Y-%m-%d %H:%M:%S},{ms(t)} INFO  [Queue] channel=NBS_Outbound queued=0 sent={R.randint(1, 40)} errored=0 filtered={R.randint(0, 3)}")
    elif k == 2:
        c = cl(DELIVERED)
        b = c.baby
        emit("mirth_log", f"{t:%Y-%m-%d %H:%M:%S},{ms(t)} ERROR [Channel Dispatch Thread on LP_Peds_ADT] Transformer error: PID-5 changed "
             f"'{P('name', ascii_fold(b.last).upper())}^{b.temp_word.upper()}' -> '{P('name', hl7_name(b.last, b.first, b.middle))}' but MRG segment missing for {P('mrn', b.mrn)}")
    else:
        emit("mirth_log", f"{t:%Y-%m-%d %H:%M:%S},{ms(t)} WARN  [MLLP Sender] connection reset by peer 10.40.2.15:6661, retry {R.randint(1, 5)}/5 in 10000ms")


# ---------------------------------------------------------------- birth log
BIRTH_HDR = "birth_no,mother_mrn,mother_name,baby_name,dob,tob,sex,ga,wt_g,len_cm,hc_cm,apgar1,apgar5,place,attendant,feeding,transfer"


def g_birthlog():
    emit("birthlog_csv", f"# export births_{now():%Y%m}.csv generated {tick():%Y-%m-%dT%H:%M:%S}{TZ} by reports:births")
    emit("birthlog_csv", BIRTH_HDR)
    for c in R.sample(DELIVERED, R.randint(3, 5)):
        b = c.baby
        nm = P("name", b.full) if R.random() < .5 else f"{b.temp_word} {P('name', b.last)}"
        mname = P("name", name_variant(c.first, c.last, R.choice(["lf", "fl"])))
        if "," in ascii_fold(mname):
            mname = '"' + mname + '"'
        emit("birthlog_csv", ",".join([P("other_id", b.birth_no), P("mrn", c.mrn), mname, nm, P("date", fd(b.dob, "iso")),
                                       b.dob.strftime("%H:%M"), b.sex, b.ga, str(b.weight), str(b.length), str(b.hc),
                                       str(b.apgar1), str(b.apgar5), R.choice(["birth_center", "home", "birth_center"]),
                                       f"{STAFF_MW[R.randint(0, 2)][1]}", R.choice(["breast", "breast", "combo"]),
                                       R.choice(["", "", "", "maternal-PPH"])]))
    emit("birthlog_csv", f"# rows={R.randint(3, 5)} sha1={hexs(40)}")


def g_birthbook():
    c = cl(DELIVERED)
    b = c.baby
    emit("birthbook_pipe", "|".join([P("other_id", b.birth_no), P("date", fd(b.dob, "us")), b.dob.strftime("%H%M"),
                                    P("name", name_variant(c.first, c.last, "LF")),
                                    f"{b.temp_word.upper()} {P('name', ascii_fold(b.last).upper())}", b.sex,
                                    b.ga, f"{b.weight}g", f"{b.apgar1}/{b.apgar5}", R.choice(["TUB", "BED", "STOOL", "LAND"]),
                                    "{0[0][0]}.{0[1]}".format(R.choice(STAFF_MW)), "NO TX"]))


# ---------------------------------------------------------------- newborn json
def b64img(n):
    raw = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(R.randint(0, 255) for _ in range(n))
    return base64.b64encode(raw).decode("ascii")


NBJ = [0]


def g_newborn_json():
    c = cl(DELIVERED)
    b = c.baby
    tmp = f"{b.temp_word} " + P("name", b.last)
    rec = {
        "newbornId": P("mrn", b.nbid), "motherMrn": P("mrn", c.mrn),
        "displayName": P("name", b.full) if R.random() < .5 else tmp,
        "birthDateTime": P("date", b.dob.strftime("%Y-%m-%dT%H:%M:00") + TZ),
        "sex": b.sex, "gestationalAge": b.ga, "weightGrams": b.weight,
        "weightLbOz": f"{b.weight // 454} lb {round((b.weight % 454) / 28.35, 1)} oz",
        "apgar": {"1min": b.apgar1, "5min": b.apgar5, "10min": None},
        "nameHistory": [{"name": f"{b.temp_word} " + P("name", b.last), "from": P("date", fd(b.dob, "iso"))},
                        {"name": P("name", b.full), "from": P("date", fd(b.name_change, "iso")), "source": "parent_request"}],
        "vitK": R.choice(["IM", "oral", "declined"]), "eyeProphylaxis": R.choice(["given", "declined"]),
        "pediatrician": "Dr. Kwame Osei, Little Palms Pediatrics",
    }
    NBJ[0] += 1
    extra = "photo" if NBJ[0] == 1 else "footprint" if NBJ[0] == 2 else R.choice(["", "", "", "photo", "footprint"])
    if extra == "footprint":
        rec["footprint"] = {"format": "ISO19794-4", "template": P("biometric", "FPT1:" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(72)))}
    elif extra == "photo":
        rec["photo"] = P("photo", "data:image/jpeg;base64," + b64img(160))
    emit("newborn_json", f"{ts_lv()} production.DEBUG: NewbornResource " + jd(rec))


def g_newborn_rename():
    c = cl(DELIVERED)
    b = c.baby
    emit("laravel", f"{ts_lv()} production.INFO: Newborn name updated " + jd({
        "newborn_id": P("mrn", b.nbid), "old": f"{b.temp_word} " + P("name", b.last),
        "new": P("name", b.full), "effective": P("date", fd(b.name_change, "us")), "by": FRONT[2]}))


# ---------------------------------------------------------------- EBRS
def g_ebrs_xml():
    c = cl(DELIVERED)
    b = c.baby
    ws = b.ws
    emit("ebrs_xml", '<?xml version="1.0" encoding="UTF-8"?>')
    emit("ebrs_xml", f'<BirthWorksheet xmlns="urn:fl:doh:vitalstats:ebrs:1.3" worksheetId="{P("other_id", ws)}" status="SUBMITTED">')
    emit("ebrs_xml", "  <Child>")
    emit("ebrs_xml", f"    <LegalName><First>{P('name', b.first)}</First><Middle>{P('name', b.middle) if b.middle else ''}</Middle><Last>{P('name', b.last)}</Last></LegalName>")
    emit("ebrs_xml", f"    <DateOfBirth>{P('date', fd(b.dob, 'iso'))}</DateOfBirth><TimeOfBirth>{b.dob:%H:%M}</TimeOfBirth><Sex>{b.sex}</Sex><Plurality>1</Plurality>")
    emit("ebrs_xml", f"    <BirthWeight unit=\"g\">{b.weight}</BirthWeight><Apgar5>{b.apgar5}</Apgar5><Apgar10/>")
    emit("ebrs_xml", f"    <SSNRequested>{R.choice(['Y', 'Y', 'N'])}</SSNRequested>")
    emit("ebrs_xml", "  </Child>")
    emit("ebrs_xml", "  <Mother>")
    emit("ebrs_xml", f"    <CurrentLegalName><First>{P('name', c.first)}</First><Last>{P('name', c.last)}</Last></CurrentLegalName>")
    emit("ebrs_xml", f"    <SurnameBeforeFirstMarriage>{P('name', c.last.split('-')[0])}</SurnameBeforeFirstMarriage>")
    emit("ebrs_xml", f"    <DateOfBirth>{P('date', fd(c.dob, 'iso'))}</DateOfBirth><SSN>{P('ssn', c.ssn.replace('-', ''))}</SSN>")
    emit("ebrs_xml", f"    <Residence><Street>{P('address', c.street)}</Street><City>{P('address', c.city)}</City>"
         f"<County>{P('address', c.county)}</County><State>FL</State><Zip>{P('zip', c.zip)}</Zip><InsideCityLimits>Y</InsideCityLimits></Residence>")
    emit("ebrs_xml", f"    <Education>{R.choice(['HS', 'SOME_COLLEGE', 'BACHELOR', '9TH_12TH_NODIPLOMA'])}</Education><WIC>{R.choice(['Y', 'N'])}</WIC>")
    emit("ebrs_xml", "  </Mother>")
    emit("ebrs_xml", f"  <Father><First>{P('name', c.partner[0])}</First><Last>{P('name', c.partner[1])}</Last><DateOfBirth>{P('date', fd(date(R.randint(1978, 2003), R.randint(1, 12), R.randint(1, 28)), 'iso'))}</DateOfBirth></Father>")
    first_visit = c.lmp + timedelta(days=R.randint(50, 110))
    emit("ebrs_xml", f"  <Prenatal><LMP>{P('date', fd(c.lmp, 'iso'))}</LMP><FirstVisit>{P('date', fd(first_visit, 'iso'))}</FirstVisit><TotalVisits>{R.randint(8, 15)}</TotalVisits></Prenatal>")
    emit("ebrs_xml", f"  <PrincipalPayment>{R.choice(['MEDICAID', 'MEDICAID', 'PRIVATE', 'SELF'])}</PrincipalPayment>")
    emit("ebrs_xml", f"  <Facility type=\"FREESTANDING_BIRTH_CENTER\"><Name>{PRACTICE}</Name><NPI>{PRACTICE_NPI}</NPI></Facility>")
    mw = R.choice(STAFF_MW)
    emit("ebrs_xml", f"  <Certifier><Name>{mw[0]} {mw[1]}</Name><Title>{mw[2]}</Title><LicenseNo>MW{R.randint(1000, 9999)}</LicenseNo></Certifier>")
    emit("ebrs_xml", "</BirthWorksheet>")
    return c, ws


def g_ebrs_client():
    c = cl(DELIVERED)
    b = c.baby
    t = tick()
    k = R.randint(0, 3)
    pre = f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)} [ebrs-client]"
    ws = b.ws
    if k == 0:
        emit("ebrs_client", f"{pre} INFO POST https://ebrs.floridahealth.gov/api/v2/worksheets -> 201 ({R.randint(300, 2200)} ms) "
             f"worksheetId={P('other_id', ws)} stateFileNumber={P('license', b.bcn)}")
    elif k == 1:
        emit("ebrs_client", f"{pre} WARN POST https://ebrs.floridahealth.gov/api/v2/worksheets -> 422 " + js_json(
            {"worksheetId": P("other_id", ws), "errors": [{"field": "mother.residence.zip",
                                                          "message": f"ZIP {P('zip', c.zip)} is not in county {P('address', R.choice(['Broward', 'Palm Beach', 'Monroe']))}"}]}))
    elif k == 2:
        emit("ebrs_client", f"{pre} INFO token refreshed for client_id=ptbc-ebrs-prod, expires_in=3600")
    else:
        emit("ebrs_client", f"{pre} INFO paternity affidavit (DH-432) attached to {P('other_id', ws)}: father="
             f"{P('name', name_variant(c.partner[0], c.partner[1], 'LF'))} mother={P('name', name_variant(c.first, c.last, 'LF'))}")


# ---------------------------------------------------------------- lactation
def g_lactation():
    c = cl(DELIVERED)
    b = c.baby
    mw = IBCLC
    bw = b.weight
    today = bw - R.randint(80, 300)
    pct = round((today - bw) / bw * 100, 1)
    fu = appt_dt(1, 4)
    k = R.randint(0, 3)
    if k == 0:
        txt = (f"IBCLC consult day {R.randint(2, 6)}. Dyad: {P('name', c.full)} / baby {P('name', b.first)}. Wt today {today} g (BW {bw} g, {pct}%). "
               f"Latch shallow L side, nipple trauma grade 2; reviewed asymmetric latch + football hold. Pump 10 min after feeds x48h. "
               f"F/u {P('date', fd(fu, 'md') + ' ' + fu.strftime('%-I%p').lower())} home visit {P('address', c.street + ', ' + c.city)}. Cell {P('phone', fp(c.phone, 'dot'))}.")
        emit("lactation_note", f"{ts_lv()} production.INFO: Note signed " + jd({"type": "lactation", "note_id": R.randint(5000, 9000), "patient_id": P("mrn", c.pid), "author": f"{mw[0]} {mw[1]}, IBCLC", "text": txt}))
    elif k == 1:
        emit("lactation_note", f"LC NOTE | {P('date', fd(now().date(), 'us'))} | {mw[0]} {mw[1]} IBCLC | client: {P('name', name_variant(c.first, c.last, 'lf'))} ({P('mrn', c.mrn)}) | "
             f"infant {P('name', b.full)} DOB {P('date', fd(b.dob, 'us_short'))} | wt {today}g ({pct}%) | tongue-tie eval: {R.choice(['none', 'posterior, refer ENT', 'anterior, Hazelbaker 9/14'])} | plan: SNS w/ EBM, f/u 48h")
    elif k == 2:
        emit("lactation_note", f"{ts_lv()} production.INFO: Note signed " + jd({"type": "lactancia", "note_id": R.randint(5000, 9000), "patient_id": P("mrn", c.pid),
             "author": f"{mw[0]} {mw[1]}, IBCLC", "lang": "es", "text": f"Consulta de lactancia con {P('name', c.first)}, bebé {P('name', b.first)} de {R.randint(3, 9)} días. "
             f"Pesa {today} g. Agarre mejorado, sin dolor. Mamá usa pezonera desde el {P('date', fd((now() - timedelta(days=2)).date(), 'es'))}; plan de destete de pezonera. Próxima cita {P('date', fd(fu, 'dmy'))}."}))
    else:
        emit("lactation_note", f"{ts_lv()} production.INFO: Note signed " + jd({"type": "lactation", "note_id": R.randint(5000, 9000), "patient_id": P("mrn", c.pid),
             "author": f"{mw[0]} {mw[1]}, IBCLC", "text": f"Phone consult. {P('name', c.first)} reports engorgement R breast, no fever. Reviewed reverse pressure softening, cold compress. Call back if temp > 100.4F."}))


# ---------------------------------------------------------------- CTG export
def g_ctg():
    c = cl(PREG)
    t = tick()
    sn = f"360F9E{R.randint(20, 23)}A0{R.randint(100, 999)}"
    emit("ctg_export", f"# Edan F9 Express export v2.3  SN: {sn}  Site: PTBC Room {R.choice(['Magnolia', 'Sabal', 'Coquina'])}")
    emit("ctg_export", f"# Patient: {P('name', name_variant(c.first, c.last, 'LF'))}  ID: {P('mrn', c.mrn)}  DOB: {P('date', fd(c.dob, 'iso'))}  GA: {ga_str(c, '+')}  EDD: {P('date', fd(c.edd, 'iso'))}")
    emit("ctg_export", f"# Trace start: {t:%Y-%m-%d %H:%M:%S}  Mode: {'INTRAPARTUM' if (now().date() - c.lmp).days > 36 * 7 and R.random() < .5 else 'NST'}  Channels: US1 TOCO MHR")
    emit("ctg_export", "time,fhr1,uc,mhr,fm,signal")
    base = R.randint(128, 150)
    for i in range(R.randint(6, 10)):
        tt = t + timedelta(seconds=15 * i)
        emit("ctg_export", f"{tt:%H:%M:%S},{base + R.randint(-6, 18)},{R.randint(5, 60)},{R.randint(72, 98)},{R.choice([0, 0, 1])},{R.choice(['G', 'G', 'G', 'Q'])}")
    mw = R.choice(STAFF_MW)
    emit("ctg_export", f"# Interpretation: {R.choice(['Category I, reactive NST', 'moderate variability, accels present, no decels', 'reactive; 2 accels >15 bpm x 15 s in 20 min'])}. Signed {mw[0][0]}. {mw[1]} {mw[2]}")


def g_fetal_patch():
    c = cl(PREG)
    t = utc(tick())
    sn = "INV-" + hexs(8).upper()
    mac = ":".join(hexs(2).upper() for _ in range(6))
    k = R.randint(0, 2)
    if k == 0:
        emit("fetal_patch_json", js_json({"ts": f"{t:%Y-%m-%dT%H:%M:%S}.{ms(t)}Z", "event": "session_uploaded", "deviceSerial": P("device", sn),
                                          "btMac": P("device", mac), "patientRef": P("mrn", c.mrn), "durationSec": R.randint(900, 2400),
                                          "fhrMedian": R.randint(128, 152), "signalLossPct": round(R.uniform(0, 9), 1), "fw": "2.8.14"}))
    elif k == 1:
        emit("fetal_patch_json", js_json({"ts": f"{t:%Y-%m-%dT%H:%M:%S}.{ms(t)}Z", "event": "device_assigned", "deviceSerial": P("device", sn),
                                          "assignee": {"name": P("name", c.full), "dob": P("date", fd(c.dob, "us")), "phone": P("phone", fp(c.phone, "e164"))},
                                          "returnBy": P("date", fd(c.edd + timedelta(days=14), "iso"))}))
    else:
        emit("fetal_patch_json", js_json({"ts": f"{t:%Y-%m-%dT%H:%M:%S}.{ms(t)}Z", "event": "fleet_stats", "active": R.randint(4, 20), "charging": R.randint(0, 6), "fw": {"2.8.14": R.randint(3, 15), "2.8.11": R.randint(0, 4)}}))


# ---------------------------------------------------------------- X12
def x12_isa(t, ctl, s_id="PTBC0012", r_id="FLMEDICAID"):
    return (f"ISA*00*          *00*          *ZZ*{s_id:<15}*ZZ*{r_id:<15}*{t:%y%m%d}*{t:%H%M}*^*00501*{ctl:09d}*0*P*:~")


def g_x12_270():
    c = cl()
    t = tick()
    ctl = R.randint(4000, 9999)
    emit("x12_270_271", x12_isa(t, ctl))
    emit("x12_270_271", f"GS*HS*PTBC0012*FLMEDICAID*{t:%Y%m%d}*{t:%H%M}*{ctl}*X*005010X279A1~")
    emit("x12_270_271", "ST*270*0001*005010X279A1~")
    emit("x12_270_271", f"BHT*0022*13*ELG{t:%Y%m%d}-{R.randint(100, 999):04d}*{t:%Y%m%d}*{t:%H%M}~")
    emit("x12_270_271", "HL*1**20*1~")
    emit("x12_270_271", "NM1*PR*2*FLORIDA MEDICAID*****PI*77027~")
    emit("x12_270_271", "HL*2*1*21*1~")
    emit("x12_270_271", f"NM1*1P*2*PALMETTO TIDE BIRTH CENTER*****XX*{PRACTICE_NPI}~")
    emit("x12_270_271", "HL*3*2*22*0~")
    emit("x12_270_271", f"TRN*1*{R.randint(10000, 99999)}-{R.randint(100000, 999999)}*9877281234~")
    emit("x12_270_271", f"NM1*IL*1*{P('name', ascii_fold(c.last).upper())}*{P('name', ascii_fold(c.first).upper())}****MI*{P('health_plan', c.medicaid)}~")
    if R.random() < .4:
        emit("x12_270_271", f"REF*SY*{P('ssn', c.ssn.replace('-', ''))}~")
    emit("x12_270_271", f"DMG*D8*{P('date', fd(c.dob, 'hl7'))}*F~")
    emit("x12_270_271", f"DTP*291*D8*{P('date', fd(now().date(), 'hl7'))}~")
    emit("x12_270_271", "EQ*30~")
    emit("x12_270_271", f"SE*{R.randint(12, 14)}*0001~")
    emit("x12_270_271", f"GE*1*{ctl}~")
    emit("x12_270_271", f"IEA*1*{ctl:09d}~")


def g_x12_271_oneline():
    c = cl()
    t = tick()
    ctl = R.randint(4000, 9999)
    start = date(2024, R.randint(1, 4), 1)
    segs = [x12_isa(t, ctl, "FLMEDICAID", "PTBC0012"), f"GS*HB*FLMEDICAID*PTBC0012*{t:%Y%m%d}*{t:%H%M}*{ctl}*X*005010X279A1~",
            "ST*271*0001*005010X279A1~", f"BHT*0022*11*ELG{t:%Y%m%d}-{R.randint(100, 999):04d}*{t:%Y%m%d}*{t:%H%M}~",
            "HL*1**20*1~", "NM1*PR*2*FLORIDA MEDICAID*****PI*77027~", "HL*2*1*21*1~",
            f"NM1*1P*2*PALMETTO TIDE BIRTH CENTER*****XX*{PRACTICE_NPI}~", "HL*3*2*22*0~",
            f"NM1*IL*1*{P('name', ascii_fold(c.last).upper())}*{P('name', ascii_fold(c.first).upper())}****MI*{P('health_plan', c.medicaid)}~",
            f"N3*{P('address', ascii_fold(c.street).upper())}~", f"N4*{P('address', ascii_fold(c.city).upper())}*FL*{P('zip', c.zip4)}~",
            f"DMG*D8*{P('date', fd(c.dob, 'hl7'))}*F~", f"DTP*356*D8*{P('date', fd(start, 'hl7'))}~",
            "EB*1*IND*30**MEDICAID PREGNANT WOMEN~", "MSG*PRESUMPTIVE ELIGIBILITY CONVERTED TO FULL~",
            f"EB*R**30*HM*{c.medicaid_plan.upper()}~", "SE*18*0001~", f"GE*1*{ctl}~", f"IEA*1*{ctl:09d}~"]
    emit("x12_270_271", f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)} DEBUG [edi.availity] 271 received ({R.randint(900, 1600)} bytes): " + "".join(segs))


def g_x12_n():
    t = tick()
    k = R.randint(0, 2)
    if k == 0:
        emit("x12_270_271", f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)} INFO  [edi.availity] 999 ACK AK9*A*1*1*1~ for GS ctl {R.randint(4000, 9999)}")
    elif k == 1:
        emit("x12_270_271", f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)} WARN  [edi.availity] TA1 R 022 Invalid control character for ISA {R.randint(4000, 9999):09d}; resending")
    else:
        emit("x12_270_271", f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)} INFO  [edi.availity] sftp put /outbound/270/PTBC0012_{t:%Y%m%d%H%M%S}.x12 ok ({R.randint(700, 3000)} bytes)")


def g_medicaid_json():
    c = cl()
    t = tick()
    k = R.randint(0, 1)
    if k == 0:
        emit("medicaid_json", f"{t:%Y-%m-%dT%H:%M:%S}{TZ} ACCESS-FL response " + js_json({
            "caseNumber": P("other_id", str(R.randint(1100000000, 1299999999))), "program": "MEDICAID_PREGNANT_WOMEN",
            "applicant": {"firstName": P("name", c.first), "lastName": P("name", c.last), "dateOfBirth": P("date", fd(c.dob, "us")),
                          "ssn": P("ssn", c.ssn)},
            "householdSize": R.randint(2, 6), "fplPercent": R.randint(60, 191), "dueDate": P("date", fd(c.edd, "iso")),
            "status": R.choice(["APPROVED", "PENDING_VERIFICATION"]), "effectiveFrom": P("date", fd(date(2024, R.randint(1, 5), 1), "iso")),
            "medicaidId": P("health_plan", c.medicaid)}))
    else:
        emit("medicaid_json", f"{t:%Y-%m-%dT%H:%M:%S}{TZ} PE determination " + js_json({
            "qualifiedProvider": "PTBC-QP-014", "determinedBy": f"{FRONT[0]} {FRONT[1]}",
            "applicant": P("name", name_variant(c.first, c.last, "LF")), "phone": P("phone", fp(c.phone, "raw")),
            "address": {"line1": P("address", c.street), "city": P("address", c.city), "county": P("address", c.county), "zip": P("zip", c.zip)},
            "peStart": P("date", fd(now().date(), "iso")), "peEndIfNoApp": P("date", fd((now() + timedelta(days=60)).date(), "iso"))}))


# ---------------------------------------------------------------- Google Calendar
def etag():
    return '"' + str(R.randint(3400000000000000, 3499999999999999)) + '"'


def g_gcal():
    c = cl()
    d = R.choice(STAFF_DOULA)
    t = tick()
    st = appt_dt(0, 10)
    kind = R.choice(["pp", "prenatal", "birth_pool", "shift"])
    ev = {"kind": "calendar#event", "etag": etag(), "id": alnum(26, "abcdefghijklmnopqrstuv0123456789"), "status": "confirmed",
          "htmlLink": "https://www.google.com/calendar/event?eid=" + alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
          "created": f"{utc(t - timedelta(days=R.randint(1, 20))):%Y-%m-%dT%H:%M:%S}.000Z", "updated": f"{utc(t):%Y-%m-%dT%H:%M:%S}.{ms(t)}Z"}
    if kind == "shift":
        ev["summary"] = f"On-call: {d[0]} {d[1]} (backup {R.choice(STAFF_DOULA)[0]})"
        ev["start"] = {"dateTime": f"{st:%Y-%m-%d}T07:00:00{TZ}", "timeZone": "America/New_York"}
        ev["end"] = {"dateTime": f"{st:%Y-%m-%d}T19:00:00{TZ}", "timeZone": "America/New_York"}
        ev["organizer"] = {"email": f"c_{hexs(26)}@group.calendar.google.com", "displayName": "Doula Network – On-Call", "self": True}
        ev["attendees"] = [{"email": f"{d[2]}@{PRACTICE_DOMAIN}", "responseStatus": "accepted"}]
    else:
        nm = P("name", R.choice([c.full, name_variant(c.first, c.last, "init"), c.first + " " + c.last[0] + "."]))
        if c.baby:
            ev["summary"] = f"Postpartum visit – {nm} (day {(now() - c.baby.dob).days + 1})"
        elif kind == "birth_pool":
            ev["summary"] = f"Birth pool drop-off – {nm}"
        else:
            ev["summary"] = f"Prenatal home visit – {nm}"
        ev["description"] = (f"Doula: {d[0]} {d[1]}\nClient cell {P('phone', fp(c.phone, R.choice(['dash', 'paren', 'space'])))}\n"
                             f"Gate code {R.randint(1000, 9999)}#\nEHR: https://ehr.{PRACTICE_DOMAIN}/patients/{P('mrn', c.pid)}")
        ev["location"] = P("address", f"{c.street}, {c.city}, FL {c.zip}")
        ev["start"] = {"dateTime": P("date", f"{st:%Y-%m-%dT%H:%M:%S}{TZ}"), "timeZone": "America/New_York"}
        en = st + timedelta(minutes=R.choice([60, 90]))
        ev["end"] = {"dateTime": P("date", f"{en:%Y-%m-%dT%H:%M:%S}{TZ}"), "timeZone": "America/New_York"}
        ev["creator"] = {"email": f"scheduling@{PRACTICE_DOMAIN}"}
        ev["organizer"] = {"email": f"c_{hexs(26)}@group.calendar.google.com", "displayName": "Doula Network – Visits", "self": True}
        ev["attendees"] = [{"email": f"{d[2]}@{PRACTICE_DOMAIN}", "responseStatus": "accepted"},
                           {"email": P("email", c.email), "responseStatus": "needsAction"}]
        ev["extendedProperties"] = {"private": {"ehrPatientId": P("mrn", c.pid), "visitType": kind}}
    ev["reminders"] = {"useDefault": False, "overrides": [{"method": "popup", "minutes": 60}]}
    ev["iCalUID"] = f"{ev['id']}@google.com"
    ev["sequence"] = R.randint(0, 3)
    emit("gcal_api_json", f"{ts_lv()} production.DEBUG: Google Calendar events.{R.choice(['insert', 'patch', 'get'])} response " + jd(ev))


def g_gcal_n():
    k = R.randint(0, 2)
    if k == 0:
        emit("gcal_api_json", f"{ts_lv()} production.DEBUG: Google push received " + jd({"X-Goog-Channel-ID": f"doula-sync-{uid4()}",
             "X-Goog-Resource-State": R.choice(["exists", "sync"]), "X-Goog-Message-Number": str(R.randint(1000, 99999)),
             "X-Goog-Resource-ID": alnum(27, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")}))
    elif k == 1:
        emit("gcal_api_json", f"{ts_lv()} production.DEBUG: Google Calendar events.list response " + jd({"kind": "calendar#events", "etag": etag(),
             "summary": "Doula Network – On-Call", "updated": f"{utc(now()):%Y-%m-%dT%H:%M:%S}.{ms(now())}Z", "timeZone": "America/New_York",
             "accessRole": "owner", "nextSyncToken": "CP" + alnum(30, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), "items": []}))
    else:
        emit("gcal_api_json", f"{ts_lv()} production.ERROR: Google\\Service\\Exception " + jd({"error": {"code": 410, "message": "Sync token is no longer valid, a full sync is required.",
             "errors": [{"domain": "calendar", "reason": "fullSyncRequired", "message": "Sync token is no longer valid, a full sync is required."}]}}))


# ---------------------------------------------------------------- iCal
def ical_esc(s):
    return s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")


def g_ical():
    emit("ical", "BEGIN:VCALENDAR")
    emit("ical", "PRODID:-//Palmetto Tide//Doula Feed 2.1//EN")
    emit("ical", "VERSION:2.0")
    emit("ical", "CALSCALE:GREGORIAN")
    d = R.choice(STAFF_DOULA)
    emit("ical", f"X-WR-CALNAME:{d[0]} {d[1]} – client visits")
    emit("ical", "X-WR-TIMEZONE:America/New_York")
    for _ in range(R.randint(2, 3)):
        c = cl()
        st = appt_dt(0, 12)
        en = st + timedelta(minutes=R.choice([60, 90, 120]))
        emit("ical", "BEGIN:VEVENT")
        emit("ical", f"UID:ptbc-appt-{R.randint(80000, 99999)}@{PRACTICE_DOMAIN}")
        emit("ical", f"DTSTAMP:{utc(tick(1, 5)):%Y%m%dT%H%M%SZ}")
        emit("ical", f"DTSTART;TZID=America/New_York:{P('date', st.strftime('%Y%m%dT%H%M%S'))}")
        emit("ical", f"DTEND;TZID=America/New_York:{P('date', en.strftime('%Y%m%dT%H%M%S'))}")
        label = R.choice(["Postpartum visit", "PP doula visit", "Lactation check"]) if c.baby else R.choice(["Prenatal home visit", "Doula prenatal #2", "Birth prep"])
        emit("ical", f"SUMMARY:{label} - {P('name', ical_esc(name_variant(c.first, c.last, R.choice(['lf', 'fl']))))} ({ga_str(c) if not c.baby else 'PP'})")
        emit("ical", f"LOCATION:{P('address', ical_esc(c.street + ', ' + c.city))}\\, FL {P('zip', c.zip)}")
        if R.random() < 0.5:
            emit("ical", f"DESCRIPTION:Bring Doppler + BP cuff + Hgb meter. {P('name', c.partner[0])} will meet you at the fr")
            emit("ical", f" ont. Client cell {P('phone', fp(c.phone, R.choice(['dash', 'dot', 'raw'])))}\\nLang: {c.lang}")
        else:
            emit("ical", f"DESCRIPTION:Client phone {P('phone', fp(c.phone, 'paren'))}\\n{'DOB baby ' + P('date', fd(c.baby.dob, 'us_short')) if c.baby else 'EDD ' + P('date', fd(c.edd, 'us_short'))}")
        emit("ical", f"ORGANIZER;CN={d[0]} {d[1]}:mailto:{d[2]}@{PRACTICE_DOMAIN}")
        if R.random() < 0.5:
            emit("ical", f"ATTENDEE;CN={P('name', c.full)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{P('email', c.email)}")
        emit("ical", f"CATEGORIES:{'POSTPARTUM' if c.baby else R.choice(['PRENATAL,HOME', 'DOULA'])}")
        emit("ical", "STATUS:CONFIRMED")
        emit("ical", "END:VEVENT")
    # an on-call block without PHI
    st = appt_dt(0, 7)
    emit("ical", "BEGIN:VEVENT")
    emit("ical", f"UID:oncall-{hexs(12)}@{PRACTICE_DOMAIN}")
    emit("ical", f"DTSTART;TZID=America/New_York:{st:%Y%m%d}T070000")
    emit("ical", f"DTEND;TZID=America/New_York:{st:%Y%m%d}T190000")
    emit("ical", f"SUMMARY:ON CALL ({d[0]})")
    emit("ical", "TRANSP:TRANSPARENT")
    emit("ical", "END:VEVENT")
    emit("ical", "END:VCALENDAR")


# ---------------------------------------------------------------- SMS
def sms_body(c):
    b = c.baby
    ap = appt_dt(1, 20)
    if c.lang == "ht":
        opts = [
            f"Bonjou, se {P('name', c.first)}. Dlo m kase depi 3è, kontraksyon yo chak 6 minit. Kisa pou m fè?",
            f"Bonswa Mirlande, se {P('name', c.first + ' ' + c.last)}. Ti bebe a pa vle tete depi maten, li dòmi anpil.",
            f"M pap ka vini randevou {P('date', fd(ap, 'ht'))} la, m ka vini jedi? Nimewo m chanje: {P('phone', fp(make_phone(), 'space'))}",
        ]
        if b:
            opts.append(f"Mèsi anpil pou tout bagay! {P('name', b.first)} ap byen, li peze {round(b.weight / 453.6 + 0.6, 1)} liv kounye a.")
    elif c.lang == "es":
        opts = [
            f"Hola, soy {P('name', c.first + ' ' + c.last)}. Tengo contracciones cada 5 minutos desde las 2am. ¿Voy para el centro?",
            f"Buenas, mi cita del {P('date', fd(ap, 'es'))} la puedo cambiar? Mi nueva dirección es {P('address', c.street)}, {P('address', c.city)} {P('zip', c.zip)}",
            f"Mi abuela de {P('age', R.choice([91, 93, 95]))} años quiere estar en el parto, ¿se puede? Ella no camina mucho.",
        ]
        if b:
            opts.append(f"La bebé {P('name', b.first)} está comiendo bien, ya pesa {round(b.weight / 1000 + 0.2, 1)} kg. Gracias Yesenia!")
    else:
        opts = [
            f"hi its {P('name', (c.first + ' ' + c.last).lower())}, baby has been cluster feeding since 2am, is that normal?? also can I move my 6wk to {P('date', fd(ap, 'md'))}",
            f"Hey this is {P('name', c.first)}! Medicaid card finally came, ID {P('health_plan', c.medicaid)}. Do you need a pic?",
            f"Running 10 min late, parking now. plate {P('vehicle', c.plate)} if the gate asks",
            f"Can you send my records to my email {P('email', c.email)}? thx",
            f"here's my card for the cord blood deposit {P('account', ' '.join(luhn_complete('4', 16)[i:i + 4] for i in range(0, 16, 4)))} exp 0{R.randint(1, 9)}/2{R.randint(6, 9)}",
        ]
    return R.choice(opts)


def g_twilio_in():
    c = cl()
    body = sms_body(c)
    t = tick()
    if R.random() < 0.55:
        emit("twilio_webhook", f"[{t:%Y-%m-%d %H:%M:%S}] production.INFO: Inbound SMS " + jd({
            "From": P("phone", fp(c.phone, "e164")), "To": "+1" + PRACTICE_SMS, "Body": body,
            "MessageSid": "SM" + hexs(32), "NumMedia": "0", "FromCity": P("address", ascii_fold(c.city).upper()), "FromState": "FL"}))
    else:
        # raw form-encoded webhook body as captured by the request logger
        fields = [("ToCountry", "US"), ("ToState", "FL"), ("SmsMessageSid", "SM" + hexs(32)), ("NumMedia", "0"),
                  ("ToCity", "MIAMI"), ("FromZip", P("zip", c.zip)), ("SmsSid", "SM" + hexs(32)), ("FromState", "FL"),
                  ("SmsStatus", "received"), ("FromCity", P("address", quote_plus(ascii_fold(c.city).upper()))),
                  ("Body", None), ("FromCountry", "US"), ("To", quote_plus("+1" + PRACTICE_SMS)), ("ToZip", "33137"),
                  ("NumSegments", "1"), ("MessageSid", "SM" + hexs(32)), ("AccountSid", "AC" + hexs(32)),
                  ("From", P("phone", quote_plus(fp(c.phone, "e164")))), ("ApiVersion", "2010-04-01")]
        out = []
        for k, v in fields:
            if v is None:
                v = quote_body(body)
            out.append(f"{k}={v}")
        emit("twilio_webhook", f"{t:%Y-%m-%dT%H:%M:%S}.{ms(t)}{TZ} request.body POST /webhooks/twilio/sms " + "&".join(out))


def quote_body(body):
    """URL-encode a marked body, keeping markers around encoded values."""
    res = []
    i = 0
    while i < len(body):
        if body[i] == S0:
            j = body.index(S1, i)
            m = body.index(S2, j)
            k = int(body[i + 1:j].split(":")[1])
            enc = quote_plus(body[j + 1:m])
            VALS[k] = enc
            res.append(body[i:j + 1] + enc + S2)
            i = m + 1
        else:
            j = body.find(S0, i)
            j = len(body) if j < 0 else j
            res.append(quote_plus(body[i:j]))
            i = j
    return "".join(res)


def g_twilio_out():
    c = cl()
    t = tick()
    ap = appt_dt(1, 10)
    d = R.choice(STAFF_DOULA)
    if c.lang == "ht":
        body = f"Bonjou {P('name', c.first)}, se {d[0]} (doula). M ap vin lakay ou {P('date', fd(ap, 'ht'))} a {ap.hour}è. Mèsi!"
    elif c.lang == "es":
        body = f"Hola {P('name', c.first)}, le recordamos su cita el {P('date', fd(ap, 'dmy') + ' a las ' + ap.strftime('%H:%M'))}. Responda 1 para confirmar."
    else:
        body = f"Hi {P('name', c.first)}, this is {d[0]} from Palmetto Tide. Reminder: visit {P('date', ap.strftime('%a %-m/%-d at %-I:%M %p'))}. Reply C to confirm."
    emit("twilio_webhook", f"[{t:%Y-%m-%d %H:%M:%S}] production.INFO: Outbound SMS queued " + jd({
        "to": P("phone", fp(c.phone, "e164")), "from": "+1" + PRACTICE_SMS, "body": body, "sid": "SM" + hexs(32), "status": "queued"}))


def g_twilio_n():
    t = tick()
    k = R.randint(0, 2)
    if k == 0:
        emit("twilio_webhook", f"[{t:%Y-%m-%d %H:%M:%S}] production.INFO: Twilio usage " + jd({"period": f"{t:%Y-%m}", "sms_out": R.randint(800, 2400), "sms_in": R.randint(300, 900), "price_usd": f"{R.uniform(20, 80):.2f}"}))
    elif k == 1:
        emit("twilio_webhook", f"[{t:%Y-%m-%d %H:%M:%S}] production.WARNING: Twilio error 30007 (carrier filtering) on messaging service MG{hexs(32)}, {R.randint(1, 4)} messages")
    else:
        emit("twilio_webhook", f"{t:%Y-%m-%dT%H:%M:%S}.{ms(t)}{TZ} request.body POST /webhooks/twilio/status SmsSid=SM{hexs(32)}&SmsStatus=delivered&MessageStatus=delivered&AccountSid=AC{hexs(32)}&ApiVersion=2010-04-01")


def g_sms_thread():
    """SMS inbox export (CSV, no header) from the doula shared phone."""
    c = cl()
    d = R.choice(STAFF_DOULA)
    t = tick()
    body = sms_body(c).replace('"', "'")
    emit("sms_thread_csv", f'{t:%m/%d/%Y %H:%M},inbound,{P("phone", fp(c.phone, "paren"))},"{P("name", c.full)}","{body}"')
    t2 = tick(30, 400)
    reply = R.choice(["ok! calling you now", "Recibido, te llamo en 5 min", "Mwen resevwa l, m ap rele w", "Got it — page the midwife if under 5 min apart"])
    emit("sms_thread_csv", f'{t2:%m/%d/%Y %H:%M},outbound,{P("phone", fp(c.phone, "paren"))},"{d[0]} {d[1]} (doula)","{reply}"')


# ---------------------------------------------------------------- banking orders
def g_biobank():
    c = cl(DELIVERED)
    b = c.baby
    t = tick()
    k = R.randint(0, 3)
    if k == 0:
        emit("biobank_order", f"{t:%Y-%m-%d %H:%M:%S} INFO  [cordsafe-api] kit registered kit_sn=CSK-{R.randint(1000000, 9999999)} unit_id={P('other_id', b.cbu)} "
             f"client_acct={P('account', c.account)} mother=\"{P('name', name_variant(c.first, c.last, 'lf'))}\" edd={P('date', fd(c.edd, 'iso'))}")
    elif k == 1:
        emit("biobank_order", f"{t:%Y-%m-%d %H:%M:%S} INFO  [cordsafe-api] courier pickup scheduled " + js_json({
            "order": f"CS-{R.randint(200000, 299999)}", "unitId": P("other_id", b.cbu), "collectedAt": P("date", b.dob.strftime("%Y-%m-%dT%H:%M")),
            "collector": f"{STAFF_MW[0][0]} {STAFF_MW[0][1]}", "courier": "QuickSTAT", "awb": f"{R.randint(10 ** 11, 10 ** 12 - 1)}"}))
    elif k == 2:
        emit("biobank_order", f"{ts_lv()} production.INFO: Placenta encapsulation order " + jd({
            "order_number": f"PE-{R.randint(10000, 19999)}", "method": R.choice(["raw", "TCM steamed", "raw+tincture"]),
            "client": {"name": P("name", c.full), "phone": P("phone", fp(c.phone, "dash")), "email": P("email", c.email)},
            "pickup": {"facility": PRACTICE, "expected": P("date", fd(b.dob + timedelta(hours=R.randint(2, 20)), "iso"))},
            "payment": {"brand": "visa", "last4": str(R.randint(1000, 9999)), "amount": 250.0}}))
    else:
        emit("biobank_order", f"{t:%Y-%m-%d %H:%M:%S} WARN  [cordsafe-api] unit {P('other_id', b.cbu)} TNC below threshold ({round(R.uniform(2.1, 4.9), 1)}e8); "
             f"notify family at {P('email', c.email)}")


PLACENTA_HDR = "order_no,client,ready_date,capsules,status,specialist"


def g_placenta_csv():
    emit("placenta_order_csv", PLACENTA_HDR)
    for _ in range(R.randint(2, 4)):
        c = cl(DELIVERED)
        b = c.baby
        emit("placenta_order_csv", f"PE-{R.randint(10000, 19999)},{P('name', name_variant(c.first, c.last, 'init'))},"
             f"{P('date', fd(b.dob.date() + timedelta(days=3), 'us'))},{R.randint(90, 180)},{R.choice(['dehydrating', 'ready', 'delivered'])},{R.choice(STAFF_DOULA)[0]}")


def g_biobank_n():
    t = tick()
    emit("biobank_order", f"{t:%Y-%m-%d %H:%M:%S} INFO  [cordsafe-api] GET /v3/kits/inventory 200 ({R.randint(40, 400)} ms) in_stock={R.randint(2, 14)} lot=L{R.randint(2401, 2412)}-{R.randint(10, 99)} expires={R.randint(2025, 2026)}-{R.randint(1, 12):02d}")


# ---------------------------------------------------------------- misc records
def g_records_request():
    c = cl()
    fax = make_phone()
    emit("laravel", f"{ts_lv()} production.INFO: ROI request logged " + jd({
        "patient_id": P("mrn", c.pid), "requester": "self", "deliver_to": {"method": "fax", "fax": P("fax", fp(fax, "paren"))},
        "items": ["prenatal_flowsheet", "labs"], "sent_from": fp(PRACTICE_FAX, "dash")}))


def g_registry_url():
    c = cl()
    slug = ascii_fold(c.first).lower().replace(" ", "-") + "-" + ascii_fold(c.last).lower().replace(" ", "-").replace("'", "")
    url = R.choice([f"https://www.babylist.com/{slug}", f"https://photos.app.goo.gl/{alnum(17, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}",
                    f"https://www.mealtrain.com/trains/{alnum(6, 'abcdefghijklmnopqrstuvwxyz0123456789')}/{slug}"])
    emit("laravel", f"{ts_lv()} production.INFO: Client profile link added " + jd({"patient_id": P("mrn", c.pid), "kind": "personal", "url": P("url", url)}))


# ---------------------------------------------------------------- infra noise
def g_infra_n():
    t = tick()
    host = R.choice(["ehr-web-01", "ehr-web-02", "ehr-worker-01"])
    k = R.randint(0, 9)
    if k == 0:
        emit("syslog", f"{t:%b} {t.day:>2} {t:%H:%M:%S} {host} systemd[1]: Started Laravel Horizon.")
    elif k == 1:
        emit("syslog", f"{t:%b} {t.day:>2} {t:%H:%M:%S} {host} CRON[{R.randint(1000, 40000)}]: (www-data) CMD (cd /var/www/ehr && php artisan schedule:run >> /dev/null 2>&1)")
    elif k == 2:
        emit("syslog", f"{t:%b} {t.day:>2} {t:%H:%M:%S} {host} php-fpm[{R.randint(500, 900)}]: [WARNING] [pool www] server reached pm.max_children setting (24), consider raising it")
    elif k == 3:
        emit("mysql_slow", f"# Query_time: {R.uniform(1, 6):.6f}  Lock_time: 0.000{R.randint(10, 99)} Rows_sent: {R.randint(1, 400)}  Rows_examined: {R.randint(10000, 500000)}")
    elif k == 4:
        emit("mysql_slow", f"SET timestamp={int(utc(t).timestamp())};")
    elif k == 5:
        emit("redis", f"1:M {t:%d %b %Y %H:%M:%S}.{ms(t)} * {R.choice([100, 1000, 10000])} changes in {R.choice([60, 300])} seconds. Saving...")
    elif k == 6:
        emit("redis", f"1:C {t:%d %b %Y %H:%M:%S}.{ms(t)} * DB saved on disk")
    elif k == 7:
        emit("syslog", f"{t:%b} {t.day:>2} {t:%H:%M:%S} backup-01 restic[{R.randint(2000, 9000)}]: snapshot {hexs(8)} saved, {R.randint(10, 300)} new files, {R.uniform(0.1, 4):.3f} GiB added")
    elif k == 8:
        emit("syslog", f"{t:%b} {t.day:>2} {t:%H:%M:%S} {host} kernel: [UFW BLOCK] IN=eth0 OUT= MAC= SRC={R.choice(['45.148.10', '194.26.29'])}.{R.randint(1, 254)} DST=10.20.0.{R.randint(2, 9)} PROTO=TCP SPT={R.randint(30000, 65000)} DPT={R.choice([22, 3306, 6379])}")
    else:
        emit("scheduler", f"  {t:%Y-%m-%d %H:%M:%S} Running ['artisan' {R.choice(['reports:births', 'eligibility:recheck', 'calendar:sync --full', 'backup:run --only-db'])}] {'.' * R.randint(10, 40)} {R.randint(1, 40)}s DONE")


def g_mysql_slow_query():
    c = cl()
    emit("mysql_slow", f"# User@Host: ehr_app[ehr_app] @ ehr-web-0{R.randint(1, 2)} [10.20.1.{R.randint(10, 30)}]  Id: {R.randint(100000, 999999)}")
    emit("mysql_slow", f"# Query_time: {R.uniform(1, 6):.6f}  Lock_time: 0.000{R.randint(10, 99)} Rows_sent: 1  Rows_examined: {R.randint(10000, 90000)}")
    emit("mysql_slow", f"SELECT * FROM `patients` WHERE LOWER(last_name) LIKE '%{P('name', ascii_fold(c.last).lower())}%' AND dob = '{P('date', fd(c.dob, 'iso'))}' LIMIT 25;")


# ================================================================= schedule
# multi-line artefacts: a fixed plan, shuffled into the stream
MULTI_PLAN = ([g_ical] * 1 + [g_ctg] * 2 + [g_ebrs_xml] * 1 + [g_hl7_block] * 3 + [g_x12_270] * 1 +
              [g_birthlog] * 2 + [g_laravel_trace] * 2 + [g_vue_warn] * 3 + [g_sms_thread] * 3 +
              [g_placenta_csv] * 1 + [g_mysql_slow_query] * 1 + [g_queue_n] * 10)
SINGLE_PHI = [
    (g_laravel_phi, 17), (g_sentry, 2), (g_nginx_phi, 6), (g_mirth, 2), (g_birthbook, 2), (g_newborn_json, 3),
    (g_newborn_rename, 2), (g_ebrs_client, 3), (g_lactation, 4), (g_fetal_patch, 2.5), (g_x12_271_oneline, 2),
    (g_medicaid_json, 3), (g_gcal, 4), (g_twilio_in, 6), (g_twilio_out, 3), (g_biobank, 3),
    (g_records_request, 0.6), (g_registry_url, 0.7),
]
SINGLE_NOISE = [
    (g_laravel_n, 14), (g_frontend_n, 4), (g_nginx_n, 9), (g_x12_n, 2), (g_gcal_n, 3), (g_twilio_n, 3),
    (g_biobank_n, 1.5), (g_infra_n, 9),
]


def pick(pool):
    tot = sum(w for _, w in pool)
    x = R.uniform(0, tot)
    for f, w in pool:
        x -= w
        if x <= 0:
            return f
    return pool[-1][0]


def main():
    plan = MULTI_PLAN[:]
    R.shuffle(plan)
    singles = SINGLE_PHI + SINGLE_NOISE
    while len(LINES) < N_LINES - 60:
        if plan and R.random() < 0.17:
            plan.pop()()
        else:
            pick(singles)()
    while plan:
        plan.pop()()
    # top up with single lines, steering towards ~55% lines without PHI
    while len(LINES) < N_LINES:
        clean = sum(1 for _, _, s in LINES if not s)
        if clean / len(LINES) < 0.55:
            pick(SINGLE_NOISE)()
        else:
            pick(SINGLE_PHI)()
    assert len(LINES) == N_LINES, len(LINES)
    fams = {f for f, _, _ in LINES}
    assert len(fams) >= 12, fams
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(t for _, t, _ in LINES))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for i, (f, t, s) in enumerate(LINES, 1):
            fh.write(json.dumps({"line": i, "family": f, "spans": s}, ensure_ascii=False) + "\n")
    clean = sum(1 for _, _, s in LINES if not s)
    cats = {}
    for _, _, s in LINES:
        for x in s:
            cats[x["cat"]] = cats.get(x["cat"], 0) + 1
    print(f"lines={len(LINES)} clean={clean} ({clean / len(LINES):.1%}) families={len(fams)}")
    print(json.dumps(dict(sorted(cats.items(), key=lambda kv: -kv[1]))))
    print(sorted(fams))


if __name__ == "__main__":
    main()
