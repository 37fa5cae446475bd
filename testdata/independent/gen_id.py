#!/usr/bin/env python3
"""Synthetic labeled log corpus: community health center (FQHC) network, patient-facing ops.

Writes id.log (500 lines) and id.labels.jsonl next to this script. Standard library only,
deterministic (fixed seed, simulated clock). All people and identifiers are synthetic.

Systems simulated (families): nginx access log of the intake portal / kiosk gateway, PHP intake
portal (Monolog LineFormatter), pino JSON of the sliding-fee-scale (SFS) screening service
(English and Spanish keys), kiosk key=value logs, MSFW outreach notes (free text EN/ES), mobile
dental van syslog (RFC 3164), 340B TPA dispense file (pipe rows) + accumulator log, UDS patient
level CSV extracts (with and without header, comma and pipe), interpreter phone line CSV,
SMS reminder worker (logback), eCW-like HL7 v2 feeds via Mirth (segments one per line), X12
270/271 eligibility segments, SFS determination XML, EHR audit JSON (ECS-like), PostgreSQL
server log, Python grant reporting job (logging + tracebacks), Prometheus exposition, cron.

Labeling decisions:
- Labeled: identifiers of patients and of people whose health information the line is about
  (relatives, guardians, guarantors, insured/subscribers, emergency contacts, grandchildren...).
- Not labeled: clinicians, CHWs/promotoras, pharmacists, interpreters, front-desk staff (names,
  usernames, interpreter IDs, extensions, NPIs), clinic sites, school/van stops, growers, farms
  and labor camps named as businesses, payers, vendors, clinic/pharmacy phone, fax and email.
- A name written as one token ("HERNANDEZ, ROSA", "Rosa Hernandez", "R. Hernandez") is one name
  span; names split into fields/components (first/last keys, HL7 ^ components) get one span per
  component. Honorifics (Sra., Mr., Dona) are outside the span.
- Street line and city are separate address spans; a patient's county (HL7 PID-12, "condado de
  Monterey") is address; state is never labeled; ZIP codes are always their own zip span. A
  labor camp street address where a patient lives is labeled; van GPS fixes, school, clinic and
  payer addresses are not.
- Dates labeled (date): birth, service/visit, appointment (also without year, "14/03", and HL7
  TS with time, one span), eligibility determination effective/expiry, X12 DTP service date.
  Not labeled: log timestamps, message/file/batch creation times (MSH-7, ISA/GS/BHT, file
  headers), reporting years, FPL table years, ID-document expiry dates.
- Ages labeled only when > 89 (the number only); ages <= 89 and buckets like "85+" are not.
- mrn: MRN / patient_id / chart number / PID-3. account: patient and guarantor account numbers
  (PID-18), full payment card numbers; last-4 fragments are not labeled. health_plan: Medi-Cal
  CIN, Medicare MBI, commercial member/subscriber IDs (IN1-36, NM1*IL MI). other_id:
  encounter/visit numbers (PV1-19, encounter_id), portal usernames, MSFW outreach case numbers.
  license: patient driver's licence and matricula consular numbers.
- Not labeled: appointment IDs, screening IDs, Rx numbers, claim/trace/control IDs, message SIDs,
  call IDs, NDCs, lot numbers, grant numbers, UUIDs, trace/span IDs, session IDs, hashes.
- phone/fax: patient or relative numbers in any format (incl. E.164 SMS to/from).
- ip: public client IP of a request on a patient-facing portal path; private RFC1918 kiosk,
  staff and server IPs and scanner/bot IPs on non-patient paths are not labeled.
- device: serial/IMEI of a device issued to or owned by a patient (RPM BP cuff, CGM, phone);
  kiosk, van, modem and printer serials are not. vehicle: plate/VIN of a patient's vehicle.
- photo: the base64 payload of a kiosk face capture; biometric: base64 fingerprint template.
  url: a patient's personal profile URL. Spans inside JSON strings cover the text as written
  (including \\u escapes when the producer uses ASCII-only JSON).
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

ID = "id"
HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(421_2024_0312)


# ----------------------------------------------------------------------------- line builder
class L:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.sp = []

    def t(self, s):
        self.b += s.encode("utf-8")
        return self

    def p(self, s, cat=None):
        if cat is None:
            return self.t(s)
        st = len(self.b)
        self.t(s)
        self.sp.append((st, len(self.b), cat, s))
        return self

    def parts(self, seq):
        for x in seq:
            if isinstance(x, tuple):
                self.p(x[0], x[1])
            else:
                self.t(x)
        return self


class P:  # labeled JSON scalar
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class S:  # JSON string built from parts (str or (text, cat))
    def __init__(self, *parts):
        self.parts = parts


def jw(l, v, ea=False, sep=(",", ":")):
    def esc(s):
        return json.dumps(s, ensure_ascii=ea)[1:-1]

    if isinstance(v, P):
        if isinstance(v.v, str):
            l.t('"').p(esc(v.v), v.cat).t('"')
        else:
            l.p(json.dumps(v.v), v.cat)
    elif isinstance(v, S):
        l.t('"')
        for x in v.parts:
            if isinstance(x, tuple):
                l.p(esc(x[0]), x[1])
            else:
                l.t(esc(x))
        l.t('"')
    elif isinstance(v, dict):
        l.t("{")
        for i, (k, x) in enumerate(v.items()):
            if i:
                l.t(sep[0])
            l.t(json.dumps(k, ensure_ascii=ea) + sep[1])
            jw(l, x, ea, sep)
        l.t("}")
    elif isinstance(v, list):
        l.t("[")
        for i, x in enumerate(v):
            if i:
                l.t(sep[0])
            jw(l, x, ea, sep)
        l.t("]")
    else:
        l.t(json.dumps(v, ensure_ascii=ea))
    return l


def pick(seq):
    return rng.choice(seq)


def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{pick('89ab')}{h[17:20]}-{h[20:]}"


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128)


# ----------------------------------------------------------------------------- clock
CLOCK = [dt.datetime(2024, 3, 12, 5, 58, 7, 120000)]
TODAY = dt.date(2024, 3, 12)


def tick(lo=1, hi=40):
    CLOCK[0] += dt.timedelta(seconds=rng.randint(lo, hi), microseconds=rng.randint(0, 999999))
    return CLOCK[0]


def utc(t):
    return t + dt.timedelta(hours=7)


# ----------------------------------------------------------------------------- formats
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre"]


def fdate(d, style=None):
    style = style or pick(["iso", "us", "us_short", "dmy", "hl7", "long", "es_long", "dmon", "slash"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.strftime('%y')}"
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "long":
        return f"{MON_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "es_long":
        return f"{d.day} de {MON_ES[d.month - 1]} de {d.year}"
    if style == "dmon":
        return d.strftime("%d-%b-%Y")
    if style == "slash":
        return d.strftime("%Y/%m/%d")
    if style == "dm":
        return d.strftime("%d/%m")
    if style == "md":
        return f"{d.month}/{d.day}"
    raise ValueError(style)


def fphone(p, style=None):
    a, b, c = p[:3], p[3:6], p[6:]
    style = style or pick(["paren", "dash", "plain", "e164", "dot", "intl", "paren_nospace"])
    return {"paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "plain": p, "e164": f"+1{p}",
            "dot": f"{a}.{b}.{c}", "intl": f"+1 {a} {b} {c}", "paren_nospace": f"({a}){b}-{c}",
            "space": f"{a} {b} {c}"}[style]


def age_on(dob, on=TODAY):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


# ----------------------------------------------------------------------------- people
G = {
    "mx": dict(F=["María Guadalupe", "Rosa", "Ana Lucía", "Yesenia", "Maricela", "Concepción",
                  "Eréndira", "Ximena", "Leticia", "Juana", "Itzel"],
               M=["José Luis", "Juan Carlos", "Francisco", "Rigoberto", "Jesús", "Héctor",
                  "Luis Ángel", "Efraín", "Ramón", "Isidro", "Teodoro"],
               S=["García", "Hernández", "Martínez", "López", "Ramírez", "Sánchez", "Cruz",
                  "Morales", "Ortiz", "Mendoza", "Vásquez", "Guzmán", "Zúñiga", "Ibarra",
                  "de la Cruz", "del Río", "Peña", "Muñoz", "Gutiérrez", "Ochoa", "Villaseñor"]),
    "ind": dict(F=["Tomasa", "Eulalia", "Petrona", "Catarina", "Feliciana", "Juliana"],
                M=["Florentino", "Bartolo", "Baltazar", "Marcos", "Andrés", "Cirilo"],
                S=["Itzep", "Tojil", "Pascual", "Sebastián", "Quib", "Xitumul", "Ajcalón",
                   "Bautista", "Ventura", "Santiago", "Matías"]),
    "vn": dict(F=["Thị Lan", "Ngọc Anh", "Thu Hà"], M=["Văn Minh", "Đức Huy", "Quốc Bảo"],
               S=["Nguyễn", "Trần", "Phạm", "Lê"]),
    "ph": dict(F=["Maricel", "Rowena", "Analyn"], M=["Rogelio", "Danilo", "Jun-Jun"],
               S=["Dela Peña", "Bautista", "Macaraeg", "Villanueva"]),
    "pa": dict(F=["Harpreet Kaur", "Manjit Kaur"], M=["Gurpreet Singh", "Baldev Singh"],
               S=["Sandhu", "Dhillon", "Gill", "Sidhu"]),
    "ht": dict(F=["Marie-Claude", "Nadège", "Roseline"], M=["Jean-Baptiste", "Wesner", "Frantz"],
               S=["Pierre-Louis", "Joseph", "Saint-Fleur", "Desrosiers"]),
    "so": dict(F=["Hodan", "Fadumo", "Ayaan"], M=["Abdirahman", "Mohamed", "Yusuf"],
               S=["Warsame", "Abdi", "Farah", "Hassan"]),
    "hm": dict(F=["Pa Nhia", "Mai Yer", "Kia"], M=["Tou", "Chue", "Neng"],
               S=["Vang", "Xiong", "Thao", "Lor"]),
    "mh": dict(F=["Jinna", "Rine"], M=["Lijon", "Bobo"], S=["Kabua", "Lajuon", "Anjain"]),
    "us": dict(F=["Brenda", "Emily-Rose", "Shaniqua", "Dorothy", "Kaitlyn"],
               M=["Tyrone", "Dale", "Cody", "Earl"],
               S=["O'Neill", "Jackson", "McAllister", "Washington", "Van der Berg", "St. Clair",
                  "Whitfield"]),
    "ua": dict(F=["Oksana", "Halyna"], M=["Taras", "Bohdan"], S=["Kovalenko", "Shevchuk"]),
    "br": dict(F=["Luíza"], M=["João"], S=["dos Santos", "da Silva"]),
    "ar": dict(F=["Layla"], M=["Yusuf"], S=["Al-Haddad", "El-Amin"]),
}
GW = [("mx", 40), ("ind", 14), ("vn", 5), ("ph", 5), ("pa", 5), ("ht", 4), ("so", 4),
      ("hm", 4), ("mh", 3), ("us", 9), ("ua", 2), ("br", 2), ("ar", 2)]
LANG = {"mx": "Spanish", "ind": pick(["Mixteco", "Triqui", "Mam", "Q'anjob'al", "Zapoteco"]),
        "vn": "Vietnamese", "ph": "Tagalog", "pa": "Punjabi", "ht": "Haitian Creole",
        "so": "Somali", "hm": "Hmong", "mh": "Marshallese", "us": "English",
        "ua": "Ukrainian", "br": "Portuguese", "ar": "Arabic"}
IND_LANGS = ["Mixteco Bajo", "Triqui", "Mam", "Q'anjob'al", "Zapoteco", "Mixteco Alto"]

CITIES = [("Salinas", ["93901", "93905", "93906"], "Monterey"), ("Greenfield", ["93927"], "Monterey"),
          ("Soledad", ["93960"], "Monterey"), ("King City", ["93930"], "Monterey"),
          ("Gonzales", ["93926"], "Monterey"), ("Castroville", ["95012"], "Monterey"),
          ("Watsonville", ["95076"], "Santa Cruz"), ("Chualar", ["93925"], "Monterey"),
          ("Hollister", ["95023"], "San Benito"), ("Pajaro", ["95076"], "Monterey")]
STREETS = ["E Alisal St", "W Alvarado St", "N Sanborn Rd", "Old Stage Rd", "Calle Cebu",
           "Pajaro St", "Elm Ave", "Oak Ave", "Walnut Ave", "Front St", "Metz Rd",
           "Espinosa Rd", "Main St", "Kern St", "Williams Rd", "Calle del Adobe", "Rancho Cielo Dr",
           "Sherwood Dr", "Market Way", "Freedom Blvd"]
AREAS = ["831", "831", "831", "831", "408", "559", "509", "239", "541", "956", "669"]
CARRIERS = ["MEDI-CAL", "MEDICARE", "CCAH", "BLUE SHIELD CA", "ANTHEM BC", "KAISER", "SELF-PAY"]


def mkphone():
    return pick(AREAS) + str(rng.randint(2, 9)) + digits(2) + str(rng.randint(1, 9)) + digits(3)


def mkssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def mkmbi():
    L_ = "ACDEFGHJKMNPQRTUVWXY"
    AN = L_ + "0123456789"
    return (str(rng.randint(1, 9)) + pick(L_) + pick(AN) + str(rng.randint(0, 9)) + pick(L_) +
            pick(AN) + str(rng.randint(0, 9)) + pick(L_) + pick(L_) + digits(2))


def luhn_complete(prefix, n):
    body = prefix + digits(n - len(prefix) - 1)
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return body + str((10 - s % 10) % 10)


def mkvin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    trans = {**{str(i): i for i in range(10)},
             **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
             **dict(zip("STUVWXYZ", range(2, 10)))}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    v = list(pick(["1N6", "3TM", "1FT", "5TF", "3GC", "1GC"]) + "".join(pick(chars) for _ in range(5)) +
             "0" + pick("GHJKLMNP") + "".join(pick(chars) for _ in range(1)) + digits(6))
    s = sum(trans[c] * w[i] for i, c in enumerate(v))
    r = s % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


class Person:
    pass


def mkperson(origin=None, minage=None, maxage=None):
    p = Person()
    g = origin or rng.choices([x for x, _ in GW], [w for _, w in GW])[0]
    p.origin = g
    p.sex = pick("FM")
    p.first = pick(G[g][p.sex])
    S_ = G[g]["S"]
    if g in ("mx", "ind"):
        a, b = rng.sample(S_, 2)
        p.last = pick([a + " " + b, a + " " + b, a, a + "-" + b]) if g == "mx" else pick([a + " " + b, a])
    else:
        p.last = pick(S_)
    r = rng.random()
    if minage is not None:
        age = rng.randint(minage, maxage)
    elif r < 0.12:
        age = rng.randint(1, 17)
    elif r < 0.9:
        age = rng.randint(18, 76)
    else:
        age = rng.randint(90, 97)
    p.dob = TODAY - dt.timedelta(days=age * 365 + rng.randint(0, 364))
    p.age = age_on(p.dob)
    p.mrn = str(rng.randint(1000000, 1399999))
    p.acct = pick(["", "A", "PA"]) + digits(8)
    p.enc = str(rng.randint(100300000, 100499999))
    p.phone = mkphone()
    p.phone2 = mkphone()
    local = ascii_fold(p.first.split()[0]).lower()
    lastk = ascii_fold(p.last.split()[0]).lower().replace("'", "")
    p.email = pick([f"{local}.{lastk}{rng.randint(1, 99)}", f"{local[0]}{lastk}{p.dob.year % 100:02d}",
                    f"{lastk}{local}{rng.randint(100, 999)}", f"{local}_{lastk}"]) + "@" + \
        pick(["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "live.com.mx"])
    p.username = pick([f"{local[0]}{lastk}{p.dob.year % 100:02d}", f"{local}.{lastk}", f"{lastk}{local[:3]}{rng.randint(1, 99)}"])
    city, zips, county = pick(CITIES)
    p.city, p.zip, p.county = city, pick(zips), county
    unit = pick(["", "", "", f" Apt {rng.randint(1, 40)}", f" #{rng.randint(1, 20)}", f" Unit {pick('ABCD')}{rng.randint(1, 9)}"])
    p.street = f"{rng.randint(10, 39999)} {pick(STREETS)}{unit}"
    p.ssn = mkssn()
    p.cin = digits(8) + pick("ABCDEFGHJKLMNPRSTW")
    p.mbi = mkmbi()
    p.member = pick(["XEH", "JQK", "BSC", "W"]) + digits(9)
    if p.age >= 65:
        p.plan, p.planid = "MEDICARE", p.mbi
    else:
        p.plan, p.planid = pick([("MEDI-CAL", p.cin), ("MEDI-CAL", p.cin), ("CCAH", p.cin),
                                 ("BLUE SHIELD CA", p.member), ("SELF-PAY", "")])
    p.lang = pick(IND_LANGS) if g == "ind" else LANG[g]
    p.dl = pick("ABCDEFGHJKLMNSTWY") + digits(7)
    p.hh = rng.randint(1, 8)
    return p


PEOPLE = [mkperson() for _ in range(70)] + [mkperson(minage=90, maxage=97) for _ in range(4)] + \
    [mkperson(origin=o, minage=90, maxage=97) for o in ("mx", "ind", "mx")]


def pt():
    return pick(PEOPLE)


def relative(p):
    r = mkperson(origin=p.origin, minage=18, maxage=60)
    r.last = p.last if rng.random() < 0.6 else r.last
    r.street, r.city, r.zip = p.street, p.city, p.zip
    return r


def name(p, style=None):
    style = style or pick(["fl", "lf", "LF", "FL", "lower", "init", "lf_nc"])
    f, l = p.first, p.last
    return {"fl": f"{f} {l}", "lf": f"{l}, {f}", "LF": f"{l}, {f}".upper(), "FL": f"{f} {l}".upper(),
            "lower": f"{f} {l}".lower(), "init": f"{f[0]}. {l}", "lf_nc": f"{l} {f}",
            "LFa": ascii_fold(f"{l}, {f}").upper()}[style]


STAFF = [("Thao", "Nguyen", "tnguyen", "MD", "1467558921"), ("Raúl", "Castañeda", "rcastaneda", "DDS", "1295830147"),
         ("Jessica", "Morales", "jmorales", "", ""), ("Lupe", "Ortega", "lortega", "CHW", ""),
         ("Marcus", "Bell", "mbell", "PharmD", "1760443218"), ("Ana", "Beltrán", "abeltran", "RDH", ""),
         ("Priya", "Raman", "praman", "NP", "1538220974"), ("Efrén", "Solís", "esolis", "CHW", ""),
         ("Dana", "Whitaker", "dwhitaker", "", ""), ("Khanh", "Le", "kle", "MD", "1912077345")]
SITES = ["Salinas Main", "Alisal", "Greenfield", "Soledad", "King City", "Castroville"]
SITE_CODES = ["SAL", "ALI", "GRF", "SOL", "KCY", "CAS"]
ORG_PHONE = "(831) 757-8689"
ORG_FAX = "(831) 757-9001"
DOMAIN = "valleverdechc.org"


def staff():
    return pick(STAFF)


def pub_ip():
    return pick([f"73.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                 f"98.{rng.randint(32, 63)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                 f"172.58.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                 f"107.77.{rng.randint(192, 255)}.{rng.randint(1, 254)}",
                 f"174.{rng.randint(192, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                 f"67.{rng.randint(160, 191)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                 f"2600:1700:{hexs(4)}:{hexs(4)}::{hexs(3)}"])


def appt_dt():
    d = TODAY + dt.timedelta(days=rng.randint(1, 28))
    return dt.datetime(d.year, d.month, d.day, rng.choice([8, 9, 10, 11, 13, 14, 15, 16]), pick([0, 15, 30, 45]))


def fpl(hh):
    return 15060 + 5380 * (hh - 1)


def tier(pct):
    return "A" if pct <= 100 else "B" if pct <= 133 else "C" if pct <= 166 else "D" if pct <= 200 else "FULL"


UA_MOBILE = ["Mozilla/5.0 (Linux; Android 13; SM-A146U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
             "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
             "Mozilla/5.0 (Linux; Android 12; moto g pure) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36",
             "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0"]


# ============================================================================= families
def f_nginx(phi):
    t = tick()
    ts = t.strftime("%d/%b/%Y:%H:%M:%S") + " -0700"
    l = L("nginx_combined")
    rt = f"{rng.uniform(0.001, 0.9):.3f}"
    if not phi:
        k = pick(["health", "asset", "bot", "staffapi", "kioskapi"])
        if k == "health":
            l.t(f'10.20.0.{rng.randint(4, 9)} - - [{ts}] "GET /healthz HTTP/1.1" 200 2 "-" "ELB-HealthChecker/2.0" rt=0.001 uct=0.000')
        elif k == "asset":
            l.t(f'10.40.{rng.randint(1, 6)}.{rng.randint(20, 60)} - - [{ts}] "GET /kiosk/assets/app.{hexs(8)}.js HTTP/1.1" 304 0 "https://kiosk.{DOMAIN}/checkin" "Mozilla/5.0 (X11; Linux armv7l) AppleWebKit/537.36 KioskShell/4.12.3" rt={rt}')
        elif k == "bot":
            path = pick(["/wp-login.php", "/.env", "/phpmyadmin/index.php", "/cgi-bin/luci/;stok=/locale", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php"])
            l.t(f'{pick(["45.148.10.", "185.224.128.", "194.169.175."])}{rng.randint(2, 250)} - - [{ts}] "GET {path} HTTP/1.1" 404 162 "-" "Mozilla/5.0 zgrab/0.x" rt=0.000')
        elif k == "staffapi":
            l.t(f'10.12.{rng.randint(1, 9)}.{rng.randint(10, 200)} - {pick(STAFF)[2]} [{ts}] "GET /api/v2/sfs/fpl-table?year=2024 HTTP/1.1" 200 {rng.randint(900, 2000)} "-" "python-requests/2.31.0" rt={rt}')
        else:
            l.t(f'10.40.{rng.randint(1, 6)}.{rng.randint(20, 60)} - - [{ts}] "POST /kiosk/api/heartbeat HTTP/1.1" 204 0 "-" "KioskShell/4.12.3 (KSK-{pick(SITE_CODES)}-0{rng.randint(1, 4)})" rt={rt}')
        return [l]
    p = pt()
    l.p(pub_ip(), "ip").t(f" - - [{ts}] ")
    k = pick(["intake", "login", "msgs", "upload", "confirm"])
    if k == "intake":
        l.t(f'"POST /intake/step/{rng.randint(1, 5)}?lang={pick(["es", "en"])} HTTP/2.0" 302 0 "https://intake.{DOMAIN}/intake/step/1"')
    elif k == "login":
        l.t('"POST /portal/login HTTP/2.0" 302 0 "https://portal.' + DOMAIN + '/portal/login"')
    elif k == "msgs":
        l.t('"GET /portal/messages?user=').p(p.username, "other_id").t(f'&page=1 HTTP/2.0" 200 {rng.randint(2000, 9000)} "https://portal.{DOMAIN}/portal/home"')
    elif k == "upload":
        l.t(f'"POST /sfs/upload-proof/{uuid4()} HTTP/2.0" 201 {rng.randint(60, 200)} "https://intake.{DOMAIN}/sfs/proof"')
    else:
        l.t(f'"GET /intake/confirm/{uuid4()}?lang=es HTTP/2.0" 200 {rng.randint(3000, 7000)} "-"')
    l.t(f' "{pick(UA_MOBILE)}" rt={rt}')
    return [l]


def mono_ts(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}-07:00"


def f_monolog(phi):
    t = tick()
    l = L("php_monolog")
    l.t(f"[{mono_ts(t)}] ")
    extra_uid = hexs(7)
    if not phi:
        k = pick(["route", "sec", "doctrine", "deprec", "cache", "mailer_fail", "request"])
        if k == "route":
            step = rng.randint(1, 5)
            l.t(f'request.INFO: Matched route "intake_step". {{"route":"intake_step","route_parameters":{{"_route":"intake_step","step":"{step}"}},"request_uri":"https://intake.{DOMAIN}/intake/step/{step}","method":"POST"}} []')
        elif k == "sec":
            l.t('security.DEBUG: Checking for authenticator support. {"firewall_name":"portal","authenticators":2} []')
        elif k == "doctrine":
            l.t('doctrine.DEBUG: Executing statement: SELECT t0.id AS id_1, t0.year AS year_2, t0.base_amount AS base_amount_3, t0.per_person AS per_person_4 FROM fpl_table t0 WHERE t0.year = ? (parameters: array{"1":2024}, types: array{"1":1}) {"sql":"SELECT t0.id ... WHERE t0.year = ?","params":{"1":2024},"types":{"1":1}} []')
        elif k == "deprec":
            l.t('php.INFO: User Deprecated: Method "Symfony\\Component\\HttpKernel\\Bundle\\Bundle::build()" might add "void" as a native return type declaration in the future. {"exception":"[object] (ErrorException(code: 0): User Deprecated: ... at /var/www/intake/vendor/symfony/error-handler/DebugClassLoader.php:316)"} []')
        elif k == "cache":
            l.t(f'cache.INFO: Cache pool "cache.app" cleared {{"pool":"cache.app","items":{rng.randint(100, 900)},"duration_ms":{rng.randint(3, 80)}}} {{"uid":"{extra_uid}"}}')
        elif k == "mailer_fail":
            l.t(f'mailer.ERROR: Connection could not be established with host "smtp.office365.com:587": stream_socket_client(): unable to connect to tcp://smtp.office365.com:587 (Connection timed out) {{"exception":"[object] (Symfony\\\\Component\\\\Mailer\\\\Exception\\\\TransportException(code: 0))"}} {{"uid":"{extra_uid}"}}')
        else:
            l.t(f'app.INFO: SFS notice rendered {{"template":"sfs_notice_es.html.twig","contact_phone":"{ORG_PHONE}","contact_fax":"{ORG_FAX}","contact_email":"eligibility@{DOMAIN}"}} {{"uid":"{extra_uid}"}}')
        return [l]
    p = pt()
    ip = pub_ip()
    step = rng.randint(1, 5)
    k = pick(["step", "address", "email", "over200", "rpm", "roi", "social", "selfie"])
    if k == "step":
        l.t("intake.INFO: Intake step completed ")
        jw(l, {"step": step, "intake_id": uuid4(), "patient": {
            "first_name": P(p.first, "name"), "last_name": P(p.last, "name"),
            "dob": P(fdate(p.dob, "iso"), "date"), "phone": P(fphone(p.phone, "paren"), "phone"),
            "preferred_language": p.lang}})
    elif k == "address":
        l.t("intake.ERROR: Address validation failed ")
        jw(l, {"address": {"line1": P(p.street, "address"), "city": P(p.city, "address"),
                           "state": "CA", "zip": P(p.zip, "zip")}, "provider": "smarty", "status": 422,
               "reason": "missing secondary (apt/unit)"})
    elif k == "email":
        l.t("mailer.INFO: Email sent ")
        jw(l, {"to": P(p.email, "email"), "template": pick(["intake_received_es", "intake_received_en", "sfs_docs_missing_es"]),
               "message_id": f"<{hexs(16)}@{DOMAIN}>"})
    elif k == "over200":
        inc = int(fpl(p.hh) * rng.uniform(2.05, 3.2))
        l.t("intake.WARNING: Household income exceeds 200% FPL, routing to full-fee schedule ")
        jw(l, {"applicant": P(name(p, "fl"), "name"), "hh_size": p.hh, "annual_income": inc,
               "fpl_pct": round(inc * 100 / fpl(p.hh))})
    elif k == "rpm":
        l.t("rpm.INFO: Device linked to patient ")
        jw(l, {"patient_id": P(p.mrn, "mrn"), "device_model": "BodyTrace BT105",
               "device_serial": P("BT" + digits(10), "device"),
               "imei": P(luhn_complete("35" + digits(6), 15), "device"), "program": "HTN-RPM"})
    elif k == "roi":
        fax = mkphone()
        l.t("roi.NOTICE: Release of information requested by patient ")
        jw(l, {"patient": P(name(p, "lf"), "name"), "dob": P(fdate(p.dob, "us"), "date"),
               "deliver_via": "fax", "fax": P(fphone(fax, "dash"), "fax"),
               "records": ["immunizations", "dental_xrays"], "clinic_fax": ORG_FAX})
    elif k == "selfie":
        raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00" + bytes(rng.randint(0, 255) for _ in range(120))
        l.t("idv.DEBUG: Selfie received for identity match ")
        jw(l, {"patient_id": P(p.mrn, "mrn"), "mime": "image/jpeg", "bytes": rng.randint(40000, 90000),
               "selfie_b64": S((base64.b64encode(raw).decode(), "photo"), "..."), "match_score": round(rng.uniform(0.6, 0.99), 2)})
    else:
        l.t("intake.DEBUG: Optional contact fields ")
        jw(l, {"portal_user": P(p.username, "other_id"),
               "facebook": P(f"https://www.facebook.com/{ascii_fold(p.first.split()[0]).lower()}.{ascii_fold(p.last.split()[0]).lower().replace(chr(39), '')}.{digits(4)}", "url"),
               "whatsapp": P(fphone(p.phone, "e164"), "phone")})
    l.t(" ")
    jw(l, {"uid": extra_uid, "url": f"/intake/step/{step}", "ip": P(ip, "ip"), "http_method": "POST",
           "server": f"intake.{DOMAIN}", "referrer": None})
    return [l]


def f_pino(phi):
    t = tick()
    ms = int(utc(t).replace(tzinfo=dt.timezone.utc).timestamp() * 1000)
    l = L("pino_json")
    base = {"level": 30, "time": ms, "pid": 4127, "hostname": f"sfs-api-{rng.randint(1, 3)}"}
    if not phi:
        k = pick(["fpl", "stats", "req", "warn"])
        if k == "fpl":
            base.update({"msg": "FPL table loaded", "year": 2024, "base": 15060, "perAdditional": 5380,
                         "tiers": {"A": 100, "B": 133, "C": 166, "D": 200}, "source": "HHS 2024 guidelines"})
        elif k == "stats":
            base.update({"msg": "daily screening stats", "site": pick(SITES), "screenings": rng.randint(10, 80),
                         "byLang": {"es": rng.randint(5, 40), "en": rng.randint(3, 20), "mixteco": rng.randint(0, 6)},
                         "tierA": rng.randint(5, 40), "fullFee": rng.randint(0, 5)})
        elif k == "req":
            base.update({"req": {"id": rng.randint(1000, 99999), "method": "GET", "url": "/v1/fpl?year=2024",
                                 "remoteAddress": f"10.12.{rng.randint(1, 9)}.{rng.randint(2, 200)}"},
                         "res": {"statusCode": 200}, "responseTime": rng.randint(2, 40), "msg": "request completed"})
        else:
            base.update({"level": 40, "msg": "proof-of-income OCR queue backlog", "queued": rng.randint(20, 200),
                         "oldestAgeSec": rng.randint(300, 4000), "traceId": hexs(32), "spanId": hexs(16)})
        jw(l, base)
        return [l]
    p = pt()
    inc = int(fpl(p.hh) * rng.uniform(0.35, 2.1))
    pct = round(inc * 100 / fpl(p.hh))
    if rng.random() < 0.55:
        base.update({"msg": "evaluación completada", "evento": "sfs.evaluacion.completada", "idioma": "es",
                     "solicitante": {"nombre": P(p.first, "name"), "apellidos": P(p.last, "name"),
                                     "fecha_nacimiento": P(fdate(p.dob, "dmy"), "date"),
                                     "edad": P(p.age, "age") if p.age > 89 else p.age,
                                     "telefono": P(fphone(p.phone, pick(["dash", "plain", "space"])), "phone")},
                     "tamano_hogar": p.hh, "ingreso_mensual": round(inc / 12, 2), "porcentaje_fpl": pct,
                     "nivel_descuento": tier(pct),
                     "comprobante": pick(["talones de cheque", "carta del empleador", "declaración jurada", "formulario 1040"]),
                     "evaluacionId": f"SFS-2024-{rng.randint(1000, 9999):06d}"})
        if rng.random() < 0.4:
            base["solicitante"]["matricula_consular"] = P(digits(10), "license")
    else:
        base.update({"msg": "screening completed", "event": "sfs.screening.completed", "lang": "en",
                     "applicant": {"fullName": P(name(p, pick(["fl", "LF"])), "name"),
                                   "dateOfBirth": P(fdate(p.dob, pick(["iso", "us"])), "date"),
                                   "mrn": P(p.mrn, "mrn")},
                     "householdSize": p.hh, "annualIncome": inc, "fplPercent": pct, "slidingFeeTier": tier(pct),
                     "nominalFee": 20.0 if tier(pct) == "A" else 35.0 if tier(pct) in "BC" else 0,
                     "screeningId": f"SFS-2024-{rng.randint(1000, 9999):06d}",
                     "screenedBy": pick(STAFF)[2]})
        if rng.random() < 0.3:
            sp = relative(p)
            base["householdMembers"] = [{"name": P(name(sp, "fl"), "name"), "relationship": "spouse",
                                         "income": int(inc * 0.4)}]
    jw(l, base)
    return [l]


def f_kiosk(phi):
    t = tick()
    l = L("kiosk_kv")
    kid = f"KSK-{pick(SITE_CODES)}-0{rng.randint(1, 4)}"
    l.t(utc(t).strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z kiosk={kid} ")
    sess = hexs(12)
    if not phi:
        k = pick(["hb", "update", "printer", "timeout", "lang", "start"])
        if k == "hb":
            l.t(f"lvl=info evt=heartbeat battery={rng.randint(40, 100)} printer=ok cardreader={pick(['ok', 'ok', 'degraded'])} net=wifi rssi=-{rng.randint(45, 80)} ip=10.40.{rng.randint(1, 6)}.{rng.randint(20, 60)} uptime_s={rng.randint(1000, 900000)}")
        elif k == "update":
            l.t(f"lvl=info evt=update.check current=4.12.3 latest=4.12.{rng.choice([3, 4])} build=20240301.{rng.randint(1, 9)} channel=stable sha256={hexs(16)}")
        elif k == "printer":
            l.t(f"lvl=warn evt=printer.status model=\"Zebra ZD421\" serial=D4J{digits(9)} paper=low labels_left={rng.randint(5, 40)}")
        elif k == "timeout":
            l.t(f"lvl=info evt=session.timeout session={sess} step={pick(['identify', 'insurance', 'consent'])} idle_s=90 lang={pick(['es', 'en'])}")
        elif k == "lang":
            l.t(f"lvl=debug evt=lang.switch session={sess} from=en to={pick(['es', 'vi', 'pa', 'mix'])}")
        else:
            l.t(f"lvl=info evt=checkin.start session={sess} lang={pick(['es', 'en'])} mode=touch")
        return [l]
    p = pt()
    k = pick(["lookup", "idscan", "photo", "photo", "bio", "demo", "done", "done", "pan"])
    if k == "lookup":
        l.t(f"lvl=info evt=identity.lookup session={sess} method=name_dob q_last=\"").p(p.last.upper() if rng.random() < 0.5 else p.last, "name")
        l.t('" q_dob=').p(fdate(p.dob, "us"), "date").t(f" candidates={rng.randint(1, 3)} match_mrn=").p(p.mrn, "mrn").t(f" score=0.{rng.randint(80, 99)}")
    elif k == "idscan":
        exp = dt.date(2024 + rng.randint(1, 5), rng.randint(1, 12), rng.randint(1, 28))
        l.t(f"lvl=info evt=id.scan session={sess} doc=DL issuer=CA dl_no=").p(p.dl, "license")
        l.t(f" exp={exp.isoformat()} name=\"").p(ascii_fold(f"{p.last} {p.first}").upper(), "name").t('" addr="')
        l.p(ascii_fold(p.street).upper(), "address").t(", ").p(p.city.upper(), "address").t(" CA ").p(p.zip, "zip").t('"')
    elif k == "photo":
        raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(rng.randint(0, 255) for _ in range(150))
        b64 = base64.b64encode(raw).decode()
        l.t(f"lvl=info evt=photo.capture session={sess} mrn=").p(p.mrn, "mrn").t(" consent=Y img=data:image/jpeg;base64,").p(b64, "photo").t(f"...[truncated {rng.randint(30000, 60000)}B]")
    elif k == "bio":
        raw = b"FMR\x00 20\x00" + bytes(rng.randint(0, 255) for _ in range(70))
        l.t(f"lvl=info evt=biometric.enroll session={sess} type=fingerprint fmt=ISO19794-2 finger=R2 mrn=").p(p.mrn, "mrn")
        l.t(" tpl=").p(base64.b64encode(raw).decode(), "biometric").t(f" quality={rng.randint(50, 99)}")
    elif k == "demo":
        l.t(f"lvl=info evt=demographics.confirm session={sess} mrn=").p(p.mrn, "mrn").t(" changed=phone,address new_phone=").p(fphone(p.phone, pick(["dot", "dash", "plain"])), "phone")
        l.t(' new_addr="').p(p.street, "address").t(", ").p(p.city, "address").t(", CA ").p(p.zip, "zip").t('"')
    elif k == "done":
        a = appt_dt()
        l.t(f"lvl=info evt=checkin.complete session={sess} appt_id={rng.randint(88100000, 88199999)} appt_time=").p(a.strftime("%Y-%m-%dT%H:%M"), "date")
        l.t(" patient=\"").p(name(p, "lf"), "name").t(f"\" provider={pick(STAFF)[2]} copay_due={pick(['0.00', '20.00', '35.00'])} sfs_tier={pick('ABCD')}")
    else:
        pan = luhn_complete(pick(["4", "51", "37"]), 16 if True else 15)
        l.t(f"lvl=error evt=payment.error session={sess} mrn=").p(p.mrn, "mrn").t(" msg=\"card masking failed, raw PAN logged\" pan=").p(pan, "account").t(f" terminal=Ingenico-Lane3000 tid={digits(8)}")
    return [l]


def f_outreach(phi):
    t = tick(20, 200)
    l = L("msfw_outreach_note")
    s = staff()
    chw = pick([x for x in STAFF if x[3] == "CHW"])
    l.t(f"[{t.strftime('%Y-%m-%d %H:%M')} PDT] outreach/msfw chw={chw[2]} ")
    if not phi:
        l.t("note=\"" + pick([
            f"Outreach at {pick(['Fresh Harvest', 'Rio Farms', 'Pacific Greens', 'Sunridge'])} packing shed, {rng.randint(20, 90)} workers reached, {rng.randint(10, 60)} flu vaccine flyers distributed, no individual contacts logged.",
            f"Jornada de salud en la escuela {pick(['Chualar Elementary', 'Greenfield HS', 'San Lucas'])}: {rng.randint(20, 70)} personas atendidas, {rng.randint(3, 15)} referidas a la unidad dental móvil. Sin incidentes.",
            f"Heat illness prevention talk (Spanish/Mixteco) for crew of {rng.randint(10, 40)}, grower provided shade + water per Cal/OSHA. Handed out clinic card {ORG_PHONE}.",
            f"Visita a campamento cancelada por lluvia; se reprograma para el {pick(['jueves', 'viernes', 'lunes'])}. Llevar {rng.randint(50, 120)} kits de higiene.",
            f"Van stop King City HS lot: generator issue, moved to Soledad Mission Park. Promotoras {chw[0]} and {pick(STAFF)[0]} covered sign-in table.",
        ]) + "\"")
        return [l]
    p = pick([x for x in PEOPLE if x.origin in ("mx", "ind", "ind", "ph", "pa", "ht", "mh") and x.age >= 16])
    case = f"MSFW-{rng.randint(2023, 2024)}-{rng.randint(100, 9999):05d}"
    l.t("case=").p(case, "other_id").t(" note=\"")
    k = pick(["en", "es", "es_old", "en_vehicle", "es_device"])
    if k == "en":
        a = appt_dt()
        rel = relative(p)
        l.parts(["Visited ", (name(p, "fl"), "name"), " (DOB ", (fdate(p.dob, "us_short"), "date"),
                 ") at labor camp, ", (p.street, "address"), ", ", (p.city, "address"),
                 ". Rash on both hands after pesticide application; referred to Soledad clinic for ",
                 (fdate(a.date(), "md"), "date"), ". Best contact: cousin ", (name(rel, "fl"), "name"), " ",
                 (fphone(rel.phone, "space"), "phone"), ". H-2A crew 4, no car.\""])
    elif k == "es":
        a = appt_dt()
        l.parts(["Se visitó ", ("a la Sra. " if p.sex == "F" else "al Sr. "), (name(p, "fl"), "name"),
                 " en el campamento de ", (p.city, "address"), " (", (p.street, "address"), "). ",
                 ("Habla " + p.lang.lower() + ", requiere intérprete." if p.origin == "ind" else "Prefiere atención en " + {"Spanish": "español", "Tagalog": "tagalo", "Punjabi": "punyabí", "Haitian Creole": "criollo haitiano", "Marshallese": "marshalés"}.get(p.lang, "inglés") + "."),
                 " Se programó cita dental en la unidad móvil para el ",
                 (fdate(a.date(), "es_long"), "date"), ". Tel: ", (fphone(p.phone, pick(["paren", "plain"])), "phone"), "\""])
    elif k == "es_old":
        q = pick([x for x in PEOPLE if x.age > 89 and x.origin in ("mx", "ind")])
        rel = relative(q)
        l.parts(["Doña " if q.sex == "F" else "Don ", (name(q, "fl"), "name"), ", tiene ", (str(q.age), "age"),
                 " años, vive con su nieta " if rel.sex == "F" else " años, vive con su nieto ",
                 (name(rel, "fl"), "name"), " en ", (q.street, "address"), ", condado de ", (q.county, "address"),
                 ". Presión alta, sin medicamento desde hace 2 semanas. Tel. de ", "ella" if rel.sex == "F" else "él", ": ",
                 (fphone(rel.phone, "paren"), "phone"), ". Se avisó a ", f"{s[0]} {s[1]}", " para visita.\""])
    elif k == "en_vehicle":
        l.parts([(name(p, "lf"), "name"), " asked for help with transport; drives a gray ",
                 pick(["Nissan Frontier", "Toyota Tacoma", "Ford F-150", "Chevy Silverado"]), " plate ",
                 (pick("345678") + "".join(pick("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)) + digits(3), "vehicle"),
                 ", VIN ", (mkvin(), "vehicle"), ", registration expired, afraid to drive to King City. Offered van pickup.\""])
    else:
        l.parts(["Entregamos baumanómetro Omron BP7250 serie ", (digits(8) + "LG", "device"), " a ",
                 (name(p, pick(["fl", "lower"])), "name"), " (expediente ", (p.mrn, "mrn"),
                 ") para programa de hipertensión. Fecha de nacimiento ", (fdate(p.dob, "dmy"), "date"), ".\""])
    return [l]


def f_van(phi):
    t = tick()
    l = L("dental_van_syslog")
    host = f"mdv-0{rng.randint(1, 3)}"
    pri = pick(["<134>", "<134>", "<132>", "<30>"])
    l.t(f"{pri}{t.strftime('%b')} {t.day:2d} {t.strftime('%H:%M:%S')} {host} ")
    if not phi:
        l.t(pick([
            f"lte-watchdog[812]: modem=EM7565 rsrp=-{rng.randint(80, 115)} sinr={rng.randint(-2, 20)} carrier=Verizon uplink={pick(['ok', 'ok', 'degraded'])}",
            f"gpsd[640]: fix {36 + rng.random():.4f},-{121 + rng.random():.4f} speed=0.0 sats={rng.randint(6, 12)} stop=\"{pick(['King City HS lot', 'Soledad Mission Park', 'Chualar Elementary', 'Greenfield Fairgrounds'])}\"",
            f"generator[955]: Onan QD7500 hours={rng.uniform(1300, 1500):.1f} load={rng.randint(20, 70)}% fuel={rng.randint(20, 95)}% coolant={rng.randint(80, 95)}C",
            f"dentsync[2231]: sync batch {rng.randint(40, 200)} ok pushed={rng.randint(0, 20)} pulled={rng.randint(0, 8)} conflicts=0 dur={rng.uniform(0.4, 6):.2f}s",
            f"systemd[1]: Started Dentrix sync agent (dentsync.service).",
            f"compressor[1011]: air pressure {rng.randint(80, 110)} psi, dryer ok, vacuum pump hours {rng.randint(800, 900)}",
            f"xray-bridge[1402]: sensor Schick 33 S/N {digits(9)} calibrated, dose log rotated (van asset VVCHC-MDV-0{rng.randint(1, 3)}, plate 1ABC{digits(3)} ca exempt)",
        ]))
        return [l]
    p = pt()
    k = pick(["closed", "minor", "age", "noshow"])
    if k == "closed":
        l.parts(["dentsync[2231]: visit closed pt=\"", (name(p, "LFa"), "name"), "\" mrn=", (p.mrn, "mrn"), " dob=",
                 (fdate(p.dob, pick(["us", "iso"])), "date"), f" cdt=D0150,D1110,{pick(['D1206', 'D2391', 'D7140'])} provider=rcastaneda site=\"{pick(['Soledad HS', 'Chualar Elementary', 'Greenfield Fairgrounds'])}\""])
    elif k == "minor":
        kid = mkperson(origin=p.origin, minage=5, maxage=14)
        g = relative(kid)
        l.parts(["dentsync[2231]: WARN consent unsigned for minor pt=", (name(kid, "lf"), "name"), " (dob ",
                 (fdate(kid.dob, "iso"), "date"), ") guardian=\"", (name(g, "fl"), "name"), "\" tel ",
                 (fphone(g.phone, "plain"), "phone"), " -> hold sealants"])
    elif k == "age":
        q = pick([x for x in PEOPLE if x.age > 89])
        l.parts(["dentsync[2231]: medical clearance required: pt ", (q.mrn, "mrn"), " age ", (str(q.age), "age"),
                 f" BP {rng.randint(150, 180)}/{rng.randint(88, 100)} anticoag=Y -> refer to Dr. Khanh Le"])
    else:
        a = appt_dt()
        l.parts(["dentsync[2231]: no-show ", (name(p, "FL"), "name"), " appt ", (a.strftime("%m/%d/%Y %I:%M %p"), "date"),
                 " callback ", (fphone(p.phone, "dash"), "phone"), " left voicemail (es)"])
    return [l]


def f_340b(phi):
    t = tick()
    if not phi:
        l = L("rx340b_accumulator")
        l.t(t.strftime("%Y-%m-%d %H:%M:%S") + " " + pick([
            f"[accum] NDC 00093-7146-56 accumulated 30/30 EA -> replenishment PO-{rng.randint(880000, 889999)} (Cardinal, acct 340B-{digits(6)})",
            f"[elig] rule set v2024.02 loaded: 14 sites, 212 prescribers, carve-in Medi-Cal FFS=N (Medi-Cal Rx)",
            f"[tpa] uploaded VVCHC_DISP_{t.strftime('%Y%m%d')}.txt to sftp://tpa.example-rx.net (rows={rng.randint(200, 900)}, md5={hexs(32)})",
            f"[audit] HRSA OPAIS id DSH-H80CS00412-01 verified, contract pharmacy count=6",
            f"[accum] WARN NDC 00378-0208-01 negative accumulation -{rng.randint(1, 30)} EA at Walgreens #0{rng.randint(1000, 9999)}, manual review",
        ]))
        return [l]
    out = []
    if rng.random() < 0.3:
        h = L("rx340b_pipe")
        h.t(f"H|VVCHC|340B_DISP|{t.strftime('%Y%m%d')}|v3.2|rows=")
        h.t(str(rng.randint(100, 600)))
        out.append(h)
    for _ in range(rng.randint(1, 3)):
        p = pt()
        s = pick([x for x in STAFF if x[4]])
        l = L("rx340b_pipe")
        ndc = pick(["00093714656", "00378020801", "00904629161", "68180051301", "00597015230"])
        l.parts(["D|RX", str(rng.randint(7700000, 7799999)), "|0", str(rng.randint(0, 3)), "|", t.strftime("%Y%m%d"), "|",
                 ndc, f"|{pick([30, 60, 90])}|EA|{s[4]}|", (p.mrn, "mrn"), "|",
                 (ascii_fold(p.last).upper(), "name"), "^", (ascii_fold(p.first).upper(), "name"), "|",
                 (fdate(p.dob, "hl7"), "date"), "|", (p.zip, "zip"), f"|{p.plan}|", pick(["Y", "Y", "N"]),
                 f"|WAC|{rng.uniform(2, 400):.2f}"])
        out.append(l)
    return out


UDS_HDR = "mrn,last_name,first_name,dob,sex_at_birth,zip,race,ethnicity,preferred_lang,hh_size,income_fpl_pct,primary_ins,medicaid_id,agworker_status,homeless,veteran,visits_medical,visits_dental,last_visit"


def f_uds(phi):
    tick()
    if not phi:
        l = L("uds_csv")
        l.t(pick([f"# table=6A rows={rng.randint(9000, 19000)} generated_by=grant_report 1.8.2 year=2023 sha256={hexs(24)}",
                  "# columns per HRSA UDS 2023 manual; income_fpl_pct blank = unknown",
                  UDS_HDR,
                  "PatientKey|AgeAtYearEnd|Zip|SexAtBirth|AgworkerStatus|Table4Band|Visits"]))
        return [l]
    out = []
    style = pick(["csv", "csv", "pipe"])
    if style == "csv":
        if rng.random() < 0.5:
            out.append(L("uds_csv").t(UDS_HDR))
        for _ in range(rng.randint(1, 4)):
            p = pt()
            last = dt.date(2023, rng.randint(1, 12), rng.randint(1, 28))
            pct = round(fpl(p.hh) * rng.uniform(0.3, 2.4) * 100 / fpl(p.hh))
            l = L("uds_csv")
            lastn = f'"{p.last}"' if " " in p.last and rng.random() < 0.5 else p.last
            l.parts([(p.mrn, "mrn"), ",", (lastn, "name"), ",", (p.first, "name"), ",", (fdate(p.dob, "iso"), "date"), ",",
                     p.sex, ",", (p.zip, "zip"), ",", pick(["White", "Other Pacific Islander", "Asian", "Black/African American", "American Indian/Alaska Native", "Unreported"]), ",",
                     "Hispanic/Latino" if p.origin in ("mx", "ind") else "Not Hispanic/Latino", ",", p.lang, ",", str(p.hh), ",",
                     str(pct), ",", {"MEDI-CAL": "Medicaid/CHIP", "CCAH": "Medicaid/CHIP", "MEDICARE": "Medicare", "SELF-PAY": "None/Uninsured"}.get(p.plan, "Private"), ","])
            if p.plan in ("MEDI-CAL", "CCAH"):
                l.p(p.cin, "health_plan")
            l.t("," + pick(["Migrant", "Seasonal", "Seasonal", "Not agworker", "Unknown"]) + "," + pick("NNNY") + "," + pick("NNNNY") +
                f",{rng.randint(0, 12)},{rng.randint(0, 4)},")
            l.p(last.strftime("%m/%d/%Y"), "date")
            out.append(l)
    else:
        for _ in range(rng.randint(1, 4)):
            p = pick(PEOPLE) if rng.random() < 0.6 else pick([x for x in PEOPLE if x.age > 89])
            a = age_on(p.dob, dt.date(2023, 12, 31))
            l = L("uds_pipe")
            l.parts([(p.mrn, "mrn"), "|", (str(a), "age") if a > 89 else str(a), "|", (p.zip, "zip"), "|", p.sex, "|",
                     pick(["Migrant", "Seasonal", "NotAg"]), "|", pick(["<=100", "101-150", "151-200", ">200", "Unknown"]), "|", str(rng.randint(1, 14))])
            out.append(l)
    return out


def f_interp(phi):
    t = tick()
    l = L("interpreter_csv")
    lang = pick(IND_LANGS + ["Spanish", "Vietnamese", "Punjabi", "Haitian Creole", "Hmong", "Marshallese", "Somali"])
    ts = t.strftime("%Y-%m-%dT%H:%M:%S-07:00")
    dur = f"00:{rng.randint(1, 45):02d}:{rng.randint(0, 59):02d}"
    base = f"{ts},CALL-{rng.randint(8800000, 8899999)},{lang},INT-{rng.randint(40000, 49999)},{dur},{pick(['Pediatrics', 'Family Med', 'Dental', 'Pharmacy', 'Eligibility', 'OB'])},{pick(SITES)},{rng.randint(4100, 4999)},"
    if not phi:
        if rng.random() < 0.2:
            l.t("call_start,call_id,language,interpreter_id,duration,dept,site,staff_ext,patient_mrn,patient_phone,three_way,rate_usd")
        else:
            l.t(base + f",,N,{rng.uniform(0.9, 3.5):.2f}")
        return [l]
    p = pt()
    l.t(base).p(p.mrn, "mrn").t(",").p(fphone(p.phone, pick(["e164", "plain", "paren"])), "phone").t(f",Y,{rng.uniform(0.9, 3.5):.2f}")
    return [l]


def f_sms(phi):
    t = tick()
    l = L("sms_logback")
    l.t(t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d} ")
    sid = "SM" + hexs(32)
    if not phi:
        k = pick(["batch", "status", "rate", "tmpl"])
        if k == "batch":
            n = rng.randint(300, 500)
            l.t(f"INFO  [reminder-scheduler] c.v.reminders.BatchBuilder - batch appt_reminders_48h built: {n} candidates, {rng.randint(10, 40)} opted out, {rng.randint(5, 20)} no mobile, tpl en={rng.randint(90, 160)} es={rng.randint(150, 220)} mixteco_audio={rng.randint(10, 30)}")
        elif k == "status":
            l.t(f"DEBUG [http-nio-8080-exec-{rng.randint(1, 9)}] c.v.reminders.StatusCallback - sid={sid} status={pick(['sent', 'delivered', 'delivered'])} errorCode=null messagingServiceSid=MG{hexs(32)}")
        elif k == "rate":
            l.t(f"WARN  [reminder-worker-{rng.randint(1, 4)}] c.v.reminders.SmsDispatcher - 429 Too Many Requests from api.twilio.com, backing off {rng.choice([500, 1000, 2000])}ms (from=+18317578689 shortcode pool)")
        else:
            l.t(f"INFO  [main] c.v.reminders.TemplateRegistry - loaded 11 templates (appt_reminder_en, appt_reminder_es, sfs_docs_es, dental_van_es, ...) checksum={hexs(12)}")
        return [l]
    p = pt()
    a = appt_dt()
    k = pick(["queued_es", "queued_en", "inbound", "undeliv", "stop"])
    if k.startswith("queued"):
        k = "queued_es" if p.origin in ("mx", "ind") else "queued_en"
    if k == "queued_es":
        first = p.first.split()[0]
        l.parts([f"INFO  [reminder-worker-{rng.randint(1, 4)}] c.v.reminders.SmsDispatcher - queued sid={sid} to=", (fphone(p.phone, "e164"), "phone"),
                  " template=appt_reminder_es body=\"Hola ", (first.upper() if rng.random() < 0.4 else first, "name"),
                  ", le recordamos su cita el ", (fdate(a.date(), pick(["dm", "dmy"])), "date"), " a las ", a.strftime("%-I:%M %p"),
                  f" en Clínica {pick(SITES)}. Responda C para confirmar o R para reprogramar. Info: {ORG_PHONE}\""])
    elif k == "queued_en":
        l.parts([f"INFO  [reminder-worker-{rng.randint(1, 4)}] c.v.reminders.SmsDispatcher - queued sid={sid} to=", (fphone(p.phone, "e164"), "phone"),
                  " template=dental_van_en body=\"Hi ", (p.first.split()[0], "name"), ", the Valle Verde dental van will see you on ",
                  (a.strftime("%a %b %-d"), "date"), f" at {a.strftime('%-I:%M%p').lower()}, {pick(['Soledad HS', 'Chualar Elementary'])}. Reply STOP to opt out.\""])
    elif k == "inbound":
        body = pick(["No puedo ir el jueves, mi hijo está enfermo", "C", "quien es?", "Can I come at 3 instead", "R por favor, estoy en el campo hasta las 5"])
        l.parts([f"INFO  [http-nio-8080-exec-{rng.randint(1, 9)}] c.v.reminders.InboundHandler - inbound from=", (fphone(p.phone, "e164"), "phone"),
                  f" body=\"{body}\" matched_appt={rng.randint(88100000, 88199999)} mrn=", (p.mrn, "mrn")])
    elif k == "undeliv":
        l.parts([f"WARN  [http-nio-8080-exec-{rng.randint(1, 9)}] c.v.reminders.StatusCallback - sid={sid} status=undelivered errorCode=30006 to=", (fphone(p.phone, "e164"), "phone"),
                  " (landline or unreachable) patient=", (name(p, "lf"), "name")])
    else:
        l.parts([f"INFO  [http-nio-8080-exec-{rng.randint(1, 9)}] c.v.reminders.InboundHandler - STOP received from=", (fphone(p.phone, "e164"), "phone"),
                  " -> sms consent revoked for mrn ", (p.mrn, "mrn"), " (also revoked guarantor contact)"])
    return [l]


def seg(fam, nm, n, fields):
    l = L(fam)
    l.t(nm)
    for i in range(1, n + 1):
        l.t("|")
        for x in fields.get(i, []):
            if isinstance(x, tuple):
                l.p(x[0], x[1])
            else:
                l.t(x)
    return l


def hl7_addr(p):
    return [(ascii_fold(p.street).upper(), "address"), "^^", (p.city.upper(), "address"), "^CA^", (p.zip, "zip"), "^USA"]


def hl7_name(p):
    return [(ascii_fold(p.last).upper(), "name"), "^", (ascii_fold(p.first).upper(), "name")]


def f_hl7(phi):
    t = tick()
    out = []
    ctl = "ECW" + t.strftime("%Y%m%d%H%M%S") + digits(3)
    site = pick(SITE_CODES)
    mirth = L("mirth_log")
    if not phi:
        k = pick(["ack", "info", "err"])
        if k == "ack":
            mirth.t(f"INFO  {t.strftime('%Y-%m-%d %H:%M:%S')},{t.microsecond // 1000:03d} [ECW ADT Inbound < Dispatcher Thread] com.mirth.connect.donkey.server.channel.Channel: sent ACK AA for control id {ctl}")
            out.append(mirth)
            out.append(L("hl7v2").t(f"MSH|^~\\&|MIRTH|VVCHC|ECW|VVCHC_{site}|{t.strftime('%Y%m%d%H%M%S')}||ACK^A04|ACK{ctl[3:]}|P|2.3"))
            out.append(L("hl7v2").t(f"MSA|AA|{ctl}|Message accepted"))
        elif k == "info":
            mirth.t(f"INFO  {t.strftime('%Y-%m-%d %H:%M:%S')},{t.microsecond // 1000:03d} [pool-{rng.randint(1, 4)}-thread-{rng.randint(1, 9)}] com.mirth.connect.server.controllers.DonkeyEngineController: Channel ECW_SIU_Inbound ({uuid4()}) statistics: received={rng.randint(1000, 9000)} filtered={rng.randint(0, 90)} queued=0 sent={rng.randint(1000, 9000)} errored={rng.randint(0, 5)}")
            out.append(mirth)
        else:
            mirth.t(f"ERROR {t.strftime('%Y-%m-%d %H:%M:%S')},{t.microsecond // 1000:03d} [ECW ADT Inbound < Dispatcher Thread] com.mirth.connect.connectors.tcp.TcpReceiver: Error receiving message (TCP Listener \"ECW ADT Inbound\" on port 6661).")
            out.append(mirth)
            out.append(L("java_stack").t("java.net.SocketException: Connection reset"))
            for fr in ["java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:328)",
                       "java.base/java.net.Socket$SocketInputStream.read(Socket.java:1099)",
                       "com.mirth.connect.model.transmission.batch.DefaultBatchStreamReader.read(DefaultBatchStreamReader.java:36)",
                       "com.mirth.connect.connectors.tcp.TcpReceiver$1.call(TcpReceiver.java:597)"][:rng.randint(2, 4)]:
                out.append(L("java_stack").t("\tat " + fr))
        return out
    p = pt()
    typ = pick(["ADT^A04", "ADT^A08", "SIU^S12"])
    mirth.t(f"INFO  {t.strftime('%Y-%m-%d %H:%M:%S')},{t.microsecond // 1000:03d} [ECW ADT Inbound < Dispatcher Thread] com.mirth.connect.donkey.server.channel.Channel: received {typ} control id {ctl} ({rng.randint(900, 2500)} bytes), raw message follows")
    out.append(mirth)
    out.append(L("hl7v2").t(f"MSH|^~\\&|ECW|VVCHC_{site}|MIRTH|VVCHC|{t.strftime('%Y%m%d%H%M%S')}||{typ}|{ctl}|P|2.3|||AL|NE"))
    if typ.startswith("SIU"):
        a = appt_dt()
        aid = str(rng.randint(88100000, 88199999))
        out.append(seg("hl7v2", "SCH", 16, {1: [aid], 2: [aid], 6: ["ROUTINE^Routine^HL70276"], 7: [pick(["FOLLOWUP", "NEW PT", "DENTAL", "WELL CHILD"])],
                                            9: ["20"], 10: ["MIN"], 11: ["^^20^", (a.strftime("%Y%m%d%H%M%S"), "date"), "^", ((a + dt.timedelta(minutes=20)).strftime("%Y%m%d%H%M%S"), "date")],
                                            16: ["jmorales^MORALES^JESSICA"]}))
    else:
        out.append(L("hl7v2").t(f"EVN|{typ[4:]}|{t.strftime('%Y%m%d%H%M%S')}|||{pick(STAFF)[2]}^{ascii_fold(pick(STAFF)[1]).upper()}"))
    ph = [(fphone(p.phone, "paren_nospace"), "phone"), "^PRN^PH"]
    if rng.random() < 0.5:
        ph += ["~^NET^Internet^", (p.email, "email")]
    if rng.random() < 0.15:
        ph += ["~", (fphone(mkphone(), "paren_nospace"), "fax"), "^PRN^FX"]
    county = [(p.county.upper(), "address")] if rng.random() < 0.4 else []
    pid = {1: ["1"], 3: [(p.mrn, "mrn"), "^^^ECW^MR"], 5: hl7_name(p), 7: [(fdate(p.dob, "hl7"), "date")], 8: [p.sex],
           10: [pick(["2106-3^White^HL70005", "2131-1^Other Race^HL70005", "2028-9^Asian^HL70005", "2054-5^Black or African American^HL70005"])],
           11: hl7_addr(p), 12: county, 13: ph, 15: [{"Spanish": "SPA", "English": "ENG", "Vietnamese": "VIE"}.get(p.lang, "OTH")],
           16: [pick(["S", "M", "W", "D"])], 18: [(p.acct, "account")], 22: ["H" if p.origin in ("mx", "ind") else "N"]}
    if rng.random() < 0.6:
        pid[19] = [(p.ssn, "ssn")]
    if rng.random() < 0.2:
        pid[20] = [(p.dl, "license"), "^CA"]
    out.append(seg("hl7v2", "PID", 22, pid))
    if typ.startswith("ADT") and rng.random() < 0.6:
        r = relative(p)
        out.append(seg("hl7v2", "NK1", 7, {1: ["1"], 2: hl7_name(r), 3: [pick(["SPO^Spouse", "CHD^Child", "SIB^Sibling", "PAR^Parent"]) + "^HL70063"],
                                           4: hl7_addr(r), 5: [(fphone(r.phone, "paren_nospace"), "phone")], 7: ["EC^Emergency Contact^HL70131"]}))
    if typ.startswith("SIU"):
        s = pick([x for x in STAFF if x[4]])
        out.append(L("hl7v2").t(f"AIL|1||{site}^EXAM{rng.randint(1, 9)}^^VVCHC"))
        out.append(L("hl7v2").t(f"AIP|1||{s[4]}^{ascii_fold(s[1]).upper()}^{ascii_fold(s[0]).upper()}^^^{s[3]}|ATTENDING"))
        return out
    s = pick([x for x in STAFF if x[4]])
    doc = f"{s[4]}^{ascii_fold(s[1]).upper()}^{ascii_fold(s[0]).upper()}^^^{s[3]}"
    out.append(seg("hl7v2", "PV1", 20, {1: ["1"], 2: ["O"], 3: [f"{site}^EXAM{rng.randint(1, 9)}^^VVCHC"], 7: [doc], 10: ["FM"],
                                        17: [doc], 18: ["OV"], 19: [(p.enc, "other_id")], 20: ["SF-" + pick("ABCD")]}))
    if p.plan != "SELF-PAY" and rng.random() < 0.7:
        payer_addr = {"MEDI-CAL": "PO BOX 15700^^SACRAMENTO^CA^95852", "MEDICARE": "PO BOX 6775^^FARGO^ND^58108",
                      "CCAH": "1600 GREEN HILLS RD^^SCOTTS VALLEY^CA^95066"}.get(p.plan, "PO BOX 272540^^CHICO^CA^95927")
        out.append(seg("hl7v2", "IN1", 36, {1: ["1"], 2: [p.plan.replace(" ", "")[:6]], 3: [digits(5)], 4: [p.plan], 5: [payer_addr],
                                            16: hl7_name(p), 17: ["SEL"], 18: [(fdate(p.dob, "hl7"), "date")], 19: hl7_addr(p),
                                            36: [(p.planid, "health_plan")]}))
    if rng.random() < 0.3:
        g = relative(p)
        out.append(seg("hl7v2", "GT1", 12, {1: ["1"], 2: [(g.acct, "account")], 3: hl7_name(g), 5: hl7_addr(g),
                                            6: [(fphone(g.phone, "paren_nospace"), "phone")], 8: [(fdate(g.dob, "hl7"), "date")],
                                            9: [g.sex], 11: ["PAR" if p.age < 18 else "SPO"], 12: [(g.ssn, "ssn")]}))
    return out


def f_x12(phi):
    t = tick()
    out = []
    ctrl = digits(9)
    if not phi:
        k = pick(["isa", "271eb", "ta1"])
        if k == "isa":
            out.append(L("x12_270").t(f"ISA*00*          *00*          *ZZ*VVCHC0412      *ZZ*CLAIMSHUB01    *{t.strftime('%y%m%d')}*{t.strftime('%H%M')}*^*00501*{ctrl}*0*P*:~"))
            out.append(L("x12_270").t(f"GS*HS*VVCHC0412*CLAIMSHUB01*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}*{rng.randint(1, 9999)}*X*005010X279A1~"))
        elif k == "271eb":
            out.append(L("x12_271").t(f"EB*1*IND*30*{pick(['MC', 'HM', 'MA'])}*{pick(['MEDI-CAL FULL SCOPE', 'CCAH MEDI-CAL', 'MEDICARE PART B'])}~"))
            out.append(L("x12_271").t(f"EB*B*IND*98***27*{pick(['0', '5', '20'])}~"))
        else:
            out.append(L("x12_270").t(f"TA1*{ctrl}*{t.strftime('%y%m%d')}*{t.strftime('%H%M')}*A*000~"))
        return out
    p = pt()
    if p.plan == "SELF-PAY":
        p = pick([x for x in PEOPLE if x.plan != "SELF-PAY"])
    fam = pick(["x12_270", "x12_271"])
    out.append(L(fam).t(f"ST*{fam[-3:]}*{rng.randint(1, 9999):04d}*005010X279A1~"))
    out.append(L(fam).t(f"BHT*0022*{'11' if fam == 'x12_271' else '13'}*{hexs(10).upper()}*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}~"))
    out.append(L(fam).t(f"NM1*PR*2*{p.plan}*****PI*{digits(5)}~"))
    l = L(fam).parts(["NM1*IL*1*", (ascii_fold(p.last).upper(), "name"), "*", (ascii_fold(p.first).upper(), "name"), "****MI*", (p.planid, "health_plan"), "~"])
    out.append(l)
    if fam == "x12_271" and rng.random() < 0.6:
        out.append(L(fam).parts(["N3*", (ascii_fold(p.street).upper(), "address"), "~"]))
        out.append(L(fam).parts(["N4*", (p.city.upper(), "address"), "*CA*", (p.zip, "zip"), "~"]))
    out.append(L(fam).parts(["DMG*D8*", (fdate(p.dob, "hl7"), "date"), f"*{p.sex}~"]))
    out.append(L(fam).parts(["DTP*291*D8*", (t.strftime("%Y%m%d"), "date"), "~"]))
    return out


def f_xml(phi):
    t = tick()
    l = L("sfs_xml")
    if not phi:
        l.t(pick([f'<SfsTableLoad xmlns="urn:vvchc:sfs:1" year="2024" source="HHS" base="15060" increment="5380" status="ok" loadedAt="{utc(t).isoformat()}Z"/>',
                  f'<Heartbeat xmlns="urn:vvchc:sfs:1" node="sfs-export-{rng.randint(1, 2)}" queue="0" version="2.7.1"/>',
                  f'<ExportBatch xmlns="urn:vvchc:sfs:1" id="{uuid4()}" count="{rng.randint(10, 90)}" target="ecw-pm" status="accepted"/>']))
        return [l]
    p = pt()
    eff = TODAY - dt.timedelta(days=rng.randint(0, 20))
    exp = eff + dt.timedelta(days=365)
    inc = int(fpl(p.hh) * rng.uniform(0.35, 2.0))
    pct = round(inc * 100 / fpl(p.hh))
    l.parts([f'<SfsDetermination xmlns="urn:vvchc:sfs:1" id="SFS-2024-{rng.randint(1000, 9999):06d}" effective="', (eff.isoformat(), "date"),
             '" expires="', (exp.isoformat(), "date"), '"><Patient mrn="', (p.mrn, "mrn"), '"><Name><Family>', (p.last, "name"),
             "</Family><Given>", (p.first, "name"), "</Given></Name><BirthDate>", (fdate(p.dob, "iso"), "date"),
             f'</BirthDate></Patient><Household size="{p.hh}" annualIncome="{inc}.00" fplPct="{pct}"/><Tier code="{tier(pct)}" nominalFee="{"20.00" if tier(pct) == "A" else "35.00"}"/><ScreenedBy>{pick(STAFF)[2]}</ScreenedBy></SfsDetermination>'])
    return [l]


def f_audit(phi):
    t = tick()
    l = L("ehr_audit_json")
    s = staff()
    base = {"@timestamp": utc(t).strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z", "service.name": "ecw-audit-forwarder"}
    if not phi:
        base.update({"event.action": pick(["LOGIN_SUCCESS", "LOGIN_FAIL", "LOGOUT", "PASSWORD_RESET", "MFA_CHALLENGE"]), "user.name": s[2],
                     "host.name": f"{pick(SITE_CODES)}-WS-{rng.randint(1, 40):02d}", "source.ip": f"10.12.{rng.randint(1, 9)}.{rng.randint(2, 250)}",
                     "trace.id": hexs(32)})
    else:
        p = pt()
        base.update({"event.action": pick(["CHART_OPEN", "PRINT_FACESHEET", "EXPORT_CCDA", "BREAK_GLASS"]), "user.name": s[2],
                     "user.roles": [s[3] or "FrontDesk"], "patient.id": P(p.mrn, "mrn"), "encounter.id": P(p.enc, "other_id"),
                     "host.name": f"{pick(SITE_CODES)}-WS-{rng.randint(1, 40):02d}", "source.ip": f"10.12.{rng.randint(1, 9)}.{rng.randint(2, 250)}"})
        if rng.random() < 0.35:
            base["patient.name"] = P(name(p, "LF"), "name")
    jw(l, base, sep=(", ", ": "))
    return [l]


def pg_prefix(t, db="intake"):
    u = utc(t)
    return f"{u.strftime('%Y-%m-%d %H:%M:%S.')}{u.microsecond // 1000:03d} UTC [{rng.randint(2000, 9000)}] "


def f_pg(phi):
    t = tick()
    if not phi:
        l = L("postgres_log")
        l.t(pg_prefix(t) + pick([
            f"LOG:  checkpoint complete: wrote {rng.randint(100, 3000)} buffers ({rng.uniform(0.1, 5):.1f}%); 0 WAL file(s) added, 0 removed, {rng.randint(1, 4)} recycled; write={rng.uniform(1, 30):.3f} s, sync=0.004 s, total={rng.uniform(1, 30):.3f} s",
            f"LOG:  automatic vacuum of table \"intake.public.sfs_screening\": index scans: 1",
            "intake_app@intake LOG:  connection authorized: user=intake_app database=intake application_name=php-fpm SSL enabled (protocol=TLSv1.3)",
            f"intake_app@intake LOG:  duration: {rng.randint(500, 4000)}.{digits(3)} ms  statement: SELECT count(*) FROM sfs_screening WHERE created_at >= now() - interval '1 day'",
        ]))
        return [l]
    p = pt()
    pre = pg_prefix(t) + "intake_app@intake "
    a = L("postgres_log").t(pre + 'ERROR:  duplicate key value violates unique constraint "applicant_ssn_uq"')
    b = L("postgres_log").parts([pre + "DETAIL:  Key (ssn)=(", (p.ssn, "ssn"), ") already exists."])
    fl = p.first.replace("'", "''")
    ll = p.last.replace("'", "''")
    c = L("postgres_log").parts([pre + "STATEMENT:  INSERT INTO applicant (first_name, last_name, dob, ssn, phone) VALUES ('", (fl, "name"), "', '", (ll, "name"),
                                 "', '", (fdate(p.dob, "iso"), "date"), "', '", (p.ssn, "ssn"), "', '", (fphone(p.phone, "plain"), "phone"), "')"])
    return [a, b, c]


def py_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"


def f_py(phi):
    t = tick(1, 15)
    l = L("python_logging")
    if not phi:
        k = pick(["start", "pulled", "t4", "http", "warnagg", "wrote", "retry", "tb", "cfg"])
        if k == "tb":
            out = [L("python_logging").t(f"{py_ts(t)} ERROR grant_report.tables.t4: Table 4 build failed"),
                   L("python_traceback").t("Traceback (most recent call last):"),
                   L("python_traceback").t('  File "/opt/grant_report/grant_report/tables/t4.py", line 211, in build'),
                   L("python_traceback").t("    band = FPL_BANDS[row['fpl_band']]"),
                   L("python_traceback").t("KeyError: 'fpl_band'")]
            return out
        msgs = {
            "start": f"INFO grant_report.run: Starting UDS extract run_id={hexs(8)} year=2023 tables=3A,3B,4,6A,7 dry_run=False",
            "pulled": f"INFO grant_report.extract: Pulled {rng.randint(15000, 21000)} encounter rows from ecw_replica.enc in {rng.uniform(20, 90):.1f}s (batch_size=5000)",
            "t4": f"INFO grant_report.tables.t4: income bands <=100%:{rng.randint(5000, 7000)} 101-150%:{rng.randint(2000, 3000)} 151-200%:{rng.randint(900, 1400)} >200%:{rng.randint(300, 500)} unknown:{rng.randint(1500, 2200)}",
            "http": f'DEBUG urllib3.connectionpool: https://ehb.hrsa.gov:443 "POST /api/uds/v1/submissions/H80CS00412/tables/{pick(["4", "6A", "3A"])} HTTP/1.1" 202 118',
            "warnagg": f"WARNING grant_report.validate: {rng.randint(100, 400)} patients with agworker_status=Unknown at MSFW-designated sites ({rng.uniform(2, 7):.1f}% > threshold 5%)",
            "wrote": f"INFO grant_report.export: Wrote /srv/reports/uds/2023/table6a_patient_level.csv ({rng.uniform(5, 20):.1f} MB, sha256={hexs(64)})",
            "retry": f"ERROR grant_report.hrsa: EHB returned 503 Service Unavailable; retry {rng.randint(1, 4)}/5 in 30s (request_id={uuid4()})",
            "cfg": f"INFO grant_report.config: contact=grants@{DOMAIN} fax={ORG_FAX} db=postgresql://grant_ro@ecw-replica:5432/ecw tz=America/Los_Angeles",
        }
        l.t(f"{py_ts(t)} {msgs[k]}")
        return [l]
    p = pt()
    k = pick(["hh", "dedupe", "dob", "age", "tb"])
    if k == "hh":
        l.parts([f"{py_ts(t)} WARNING grant_report.validate: MRN ", (p.mrn, "mrn"), " (", (name(p, "LFa"), "name"), ") missing household size; excluded from Table 4 income bands"])
    elif k == "dedupe":
        other = str(rng.randint(1000000, 1399999))
        l.parts([f"{py_ts(t)} DEBUG grant_report.dedupe: merged duplicate patients {{'keep': '", (p.mrn, "mrn"), "', 'drop': '", (other, "mrn"),
                 "', 'reason': 'same ssn ", (p.ssn, "ssn"), " + dob ", (fdate(p.dob, "iso"), "date"), "'}"])
    elif k == "dob":
        l.parts([f"{py_ts(t)} ERROR grant_report.extract: ambiguous dob '", (fdate(p.dob, "dmy") if p.dob.day <= 12 else fdate(p.dob, "us_short"), "date"),
                 "' for patient_id=", (p.mrn, "mrn"), " (", (name(p, "lf"), "name"), "); using ecw.patients.ptDob"])
    elif k == "age":
        q = pick([x for x in PEOPLE if x.age > 89])
        a = age_on(q.dob, dt.date(2023, 12, 31))
        l.parts([f"{py_ts(t)} INFO grant_report.tables.t3a: patient ", (q.mrn, "mrn"), " age ", (str(a), "age") if a > 89 else str(a), " counted in bucket 85+ (sex=", q.sex, ")"])
    else:
        out = [L("python_logging").t(f"{py_ts(t)} ERROR grant_report.sfs_sync: screening import failed"),
               L("python_traceback").t("Traceback (most recent call last):"),
               L("python_traceback").t('  File "/opt/grant_report/grant_report/sfs_sync.py", line 88, in import_row'),
               L("python_traceback").t("    monthly = Decimal(row['ingreso_mensual'])"),
               L("python_traceback").t("decimal.InvalidOperation: [<class 'decimal.ConversionSyntax'>]")]
        out.append(L("python_logging").parts([f"{py_ts(t)} ERROR grant_report.sfs_sync: offending row={{'nombre': '", (name(p, "fl"), "name"), "', 'fecha_nac': '",
                                                (fdate(p.dob, "dmy"), "date"), "', 'ingreso_mensual': '2,150 semanal', 'tamano_hogar': ", str(p.hh), "}"]))
        return out
    return [l]


def f_prom(phi):
    tick(0, 3)
    l = L("prometheus_text")
    l.t(pick([
        "# HELP kiosk_checkin_duration_seconds Time from first touch to check-in complete",
        "# TYPE kiosk_checkin_duration_seconds histogram",
        f'kiosk_checkin_duration_seconds_bucket{{site="{pick(SITE_CODES).lower()}",le="60"}} {rng.randint(100, 900)}',
        f'sfs_screenings_total{{site="{pick(SITE_CODES).lower()}",lang="{pick(["es", "en", "mix"])}",tier="{pick("ABCD")}"}} {rng.randint(10, 1500)}',
        f'sms_reminders_sent_total{{template="appt_reminder_es",status="delivered"}} {rng.randint(1000, 30000)}',
        f'mirth_channel_errored{{channel="ECW_ADT_Inbound"}} {rng.randint(0, 7)}',
        f'dental_van_uplink_rsrp_dbm{{van="mdv-0{rng.randint(1, 3)}"}} -{rng.randint(80, 115)}',
        f'process_resident_memory_bytes{{job="grant_report"}} {rng.randint(100000000, 900000000)}',
    ]))
    return [l]


def f_cron(phi):
    t = tick()
    l = L("syslog_cron")
    l.t(f"{t.strftime('%b')} {t.day:2d} {t.strftime('%H:%M:%S')} rpt01 " + pick([
        f"CRON[{rng.randint(20000, 40000)}]: (grantrpt) CMD (/opt/grant_report/venv/bin/python -m grant_report.run --year 2023 --tables 3a,4,6a >> /var/log/grant_report/run.log 2>&1)",
        f"CRON[{rng.randint(20000, 40000)}]: (root) CMD (/usr/sbin/logrotate /etc/logrotate.d/mirth)",
        f"systemd[1]: Starting sms-reminders.service - Appointment reminder worker...",
        f"systemd[1]: grant-report.service: Consumed {rng.randint(1, 9)}min {rng.randint(1, 59)}.{digits(3)}s CPU time.",
        f"sshd[{rng.randint(1000, 9000)}]: Accepted publickey for deploy from 10.12.0.{rng.randint(2, 30)} port {rng.randint(40000, 65000)} ssh2: ED25519 SHA256:{base64.b64encode(bytes(rng.randint(0, 255) for _ in range(32))).decode()[:43]}",
        f"postfix/smtp[{rng.randint(1000, 9000)}]: {hexs(10).upper()}: to=<it-oncall@{DOMAIN}>, relay=smtp.office365.com[52.96.{rng.randint(1, 250)}.{rng.randint(1, 250)}]:587, delay=1.2, status=sent (250 2.0.0 OK)",
    ]))
    return [l]


FAMS = [(f_nginx, 8), (f_monolog, 9), (f_pino, 7), (f_kiosk, 9), (f_outreach, 6), (f_van, 6), (f_340b, 5),
        (f_uds, 5), (f_interp, 5), (f_sms, 8), (f_hl7, 4), (f_x12, 3), (f_xml, 3), (f_audit, 5), (f_pg, 2),
        (f_py, 7), (f_prom, 3), (f_cron, 3)]


def main():
    lines = []
    fn, wt = [f for f, _ in FAMS], [w for _, w in FAMS]
    while len(lines) < 500:
        nophi = sum(1 for x in lines if not x.sp)
        want_phi = bool(lines) and nophi / len(lines) > 0.55
        f = rng.choices(fn, wt)[0]
        out = f(want_phi)
        if len(lines) + len(out) > 500:
            continue
        lines.extend(out)
    assert len(lines) == 500
    log_path = os.path.join(HERE, f"{ID}.log")
    lab_path = os.path.join(HERE, f"{ID}.labels.jsonl")
    with open(log_path, "wb") as fh, open(lab_path, "w", encoding="utf-8") as fl:
        for i, ln in enumerate(lines, 1):
            raw = bytes(ln.b)
            assert raw and b"\n" not in raw and b"\r" not in raw, (i, raw)
            raw.decode("utf-8")
            spans = []
            for s, e, cat, val in ln.sp:
                assert raw[s:e] == val.encode("utf-8"), (i, val)
                assert s < e
                spans.append({"s": s, "e": e, "cat": cat})
            spans.sort(key=lambda x: x["s"])
            for a, b in zip(spans, spans[1:]):
                assert a["e"] <= b["s"], (i, spans)
            fh.write(raw + (b"\n" if i < 500 else b""))
            fl.write(json.dumps({"line": i, "family": ln.fam, "spans": spans}) + "\n")


if __name__ == "__main__":
    main()
