#!/usr/bin/env python3
"""Synthetic labeled log corpus "il": school-based health program of a large urban
school district (fictional Harborview Public Schools, HVPS, Boston area).

Sources mixed as a central log shipper would store them: CareTrack school-nurse EHR
(Spring Boot logback), medication-administration ECS JSON, HL7 v2.5.1 VXU/QBP/ACK with
the state immunization registry (MIIS) via Mirth, immunization-compliance reconciler
(Python logging), SIS roster sync (Airflow task logs, OneRoster CSV rows), screening-day
result files (pipe-delimited) and their ingest (logfmt), referral-letter rendering
(en/es/vi/ht), Medicaid school-based billing (X12 837P segments, logfmt billing service),
parent portal (nginx access, pino JSON), SMS webhooks (form-encoded) and status callbacks,
postfix and e-mail event JSON, sports pre-participation exams (XML), concussion
return-to-play tracker (syslog) and ImPACT CSV exports, nurse free-text notes, CEF audit,
CGM bridge, visitor/early-dismissal kiosk, cafeteria POS allergy sync, Chromebook MDM,
plus infrastructure noise (k8s, postgres, redis, haproxy, prometheus, cron, systemd,
certbot, Java/Python stack traces).

All people, identifiers, phones, addresses, IDs are synthetic. Deterministic (fixed seed).
Writes il.log and il.labels.jsonl next to this script.

Labeling decisions:
- Students and their guardians / relatives / emergency contacts are the program's
  patients/clients: their identifiers are labeled wherever they appear, also on lines
  without clinical content (roster sync, MDM, portal logins, SMS callbacks).
- Staff doing their work (nurses, athletic trainers, physicians, screeners, interpreters),
  the district, schools, vendors, payers, and their names/addresses/phones/faxes/e-mails/
  NPIs/usernames are NOT labeled.
- Student IDs, state SASIDs, registry (MIIS) patient IDs, portal / student usernames,
  nurse-visit numbers, concussion case numbers, PPE exam form numbers, ImPACT passport IDs
  -> other_id.  EHR chart numbers (chartNo, "MRN", HL7 PID-3 MR, X12 REF*EA) -> mrn.
  MassHealth member IDs -> health_plan.  837 CLM01 patient control numbers, portal fee
  account numbers and card numbers -> account.
- Opaque system keys are NOT labeled: UUID sourcedIds, request/trace/span IDs, SMS/message
  SIDs, postfix queue IDs, HL7 control IDs, ORC order numbers, batch/file names, job IDs.
- Names: a contiguous name string in any written form (First Last, "LAST, FIRST",
  HL7 LAST^FIRST^MIDDLE, initial + surname, first name alone in free text) is one span;
  where first and last are separate fields (CSV, X12 NM1, XML) each is its own span.
- Addresses: street line incl. unit -> address; city / neighbourhood / city of birth ->
  address; ZIP -> zip; state and country are not labeled.  X12 N3 elements separately.
- Dates tied to a student (birth, visit, administration, screening, service, injury,
  consent, exemption, exclusion, authorization-valid-until, appointment) -> date, in any
  form (HL7/X12 compact, "10/04", Spanish/Creole/Vietnamese text).  Log timestamps, batch
  or file dates, lot expiry, VIS publication dates, screening-day schedules and query
  windows are NOT labeled.
- Ages: only ages over 89 (great-grandparent emergency contacts) -> age.
- Phones of guardians/students in any form (E.164, URL-encoded %2B..., HL7 area^local)
  -> phone; a guardian's fax number on a form -> fax.  District/vendor numbers not.
- IPs: public client IPs of guardians (portal requests, e-mail open events) -> ip.  Private
  10.x/172.x, CDN, load balancer, mail relay and scanner IPs are not labeled.
- Devices: serials / transmitter IDs of a student's medical devices (CGM, insulin pump,
  hearing aid / FM system) and the serial/MAC of the Chromebook assigned to a student
  -> device.  District equipment (audiometers, printers, switches) is not.
- SSNs, including last-4 fragments -> ssn.  A masked payment card's last 4 digits are
  not labeled; a full card number (PAN) leaked in an error body -> account.
- Vehicle plates and VINs of guardian/student vehicles -> vehicle; their driver's licence
  numbers -> license.
- url: personal pages (recruiting profile, social profile) -> url.  District portal URLs
  are not; a student ID embedded in one is labeled other_id.
- biometric: cafeteria finger templates; photo: base64 student photo payload (the
  "data:image/jpeg;base64," prefix is excluded from the span).
- E-mail addresses of guardians/students -> email (whole address); @hvps.org staff
  mailboxes and no-reply senders are not.
- SMS webhook FromCity/FromZip (derived from the guardian's number) -> address/zip.
"""
import base64
import json
import random
import unicodedata
import urllib.parse
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ID = "il"
SEED = 2124_1008
R = random.Random(SEED)
HERE = Path(__file__).resolve().parent
N_LINES = 500
TARGET_NOPHI = 0.55

EDT = timezone(timedelta(hours=-4))
CLOCK = [datetime(2024, 10, 8, 7, 31, 12, 118000, tzinfo=EDT)]


# ----------------------------------------------------------------- line builder
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, *ss):
        for s in ss:
            s = str(s)
            self.buf.append(s)
            self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        if not cat:
            return self.t(s)
        b = len(s.encode("utf-8"))
        self.spans.append({"s": self.n, "e": self.n + b, "cat": cat, "v": s})
        self.buf.append(s)
        self.n += b
        return self

    def text(self):
        return "".join(self.buf)


class Obj(list):
    pass


class Arr(list):
    pass


def jval(L, v, cat, sp):
    if isinstance(v, Obj):
        J(L, v, sp)
    elif isinstance(v, Arr):
        L.t("[")
        for i, x in enumerate(v):
            if i:
                L.t(", " if sp else ",")
            if isinstance(x, tuple):
                jval(L, x[0], x[1], sp)
            else:
                jval(L, x, None, sp)
        L.t("]")
    elif isinstance(v, str):
        s = json.dumps(v, ensure_ascii=False)[1:-1]
        L.t('"').p(s, cat).t('"')
    else:
        L.p(json.dumps(v), cat)


def J(L, items, sp=False):
    L.t("{")
    for i, it in enumerate(items):
        k, v = it[0], it[1]
        cat = it[2] if len(it) > 2 else None
        if i:
            L.t(", " if sp else ",")
        L.t(json.dumps(k) + (": " if sp else ":"))
        jval(L, v, cat, sp)
    L.t("}")
    return L


def KV(L, items, sep=" ", eq="=", q='"'):
    for i, it in enumerate(items):
        k, v = it[0], str(it[1])
        cat = it[2] if len(it) > 2 else None
        if i:
            L.t(sep)
        L.t(f"{k}{eq}")
        need = bool(q) and (v == "" or any(c in v for c in " ,=;"))
        if need:
            L.t(q)
        L.p(v, cat)
        if need:
            L.t(q)
    return L


# ----------------------------------------------------------------- clock / timestamps
def tick(lo=2, hi=260):
    CLOCK[0] += timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
    return CLOCK[0]


def now():
    return CLOCK[0]


def ms(d=None):
    d = d or now()
    return f"{d.microsecond // 1000:03d}"


def ts_logback():
    d = now()
    return d.strftime("%Y-%m-%d %H:%M:%S.") + ms(d)


def ts_py():
    d = now()
    return d.strftime("%Y-%m-%d %H:%M:%S,") + ms(d)


def ts_utc_z():
    u = now().astimezone(timezone.utc)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"


def ts_syslog():
    d = now()
    return d.strftime("%b ") + f"{d.day:2d}" + d.strftime(" %H:%M:%S")


def ts_nginx():
    return now().strftime("%d/%b/%Y:%H:%M:%S -0400")


def ts_airflow():
    u = now().astimezone(timezone.utc)
    return u.strftime("[%Y-%m-%d, %H:%M:%S UTC]")


def ts_pg():
    d = now()
    return d.strftime("%Y-%m-%d %H:%M:%S.") + ms(d) + " EDT"


def ts_epoch_ms():
    return int(now().timestamp() * 1000)


def ts_iso_off():
    return now().isoformat(timespec="seconds")


def ts_hl7():
    return now().strftime("%Y%m%d%H%M%S") + "-0400"


def today():
    return now().date()


# ----------------------------------------------------------------- value formats
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON_ABBR = [m[:3] for m in MON_EN]
MON_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre"]
MON_HT = ["janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm",
          "oktòb", "novanm", "desanm"]


def dfmt(d, style):
    return {
        "iso": d.isoformat(),
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "us1": f"{d.month}/{d.day}/{d.year}",
        "us2": f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}",
        "us2n": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "hl7": d.strftime("%Y%m%d"),
        "long": f"{MON_EN[d.month - 1]} {d.day}, {d.year}",
        "eu": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dmy": f"{d.day:02d}-{MON_ABBR[d.month - 1]}-{d.year}",
        "es": f"{d.day} de {MON_ES[d.month - 1]} de {d.year}",
        "ht": f"{d.day} {MON_HT[d.month - 1]} {d.year}",
        "md": f"{d.month}/{d.day}",
        "isot": d.isoformat() + "T00:00:00",
        "abbr": f"{MON_ABBR[d.month - 1]} {d.day} {d.year}",
    }[style]


def rdate_style():
    return R.choice(["iso", "us", "us1", "us2", "long", "dmy", "isot", "us2n", "abbr"])


def phone_fmt(ph, style=None):
    a, b, c = ph
    style = style or R.choice(["paren", "dash", "dot", "plain", "e164", "e164sp", "pn", "sp"])
    return {
        "paren": f"({a}) {b}-{c}", "pn": f"({a}){b}-{c}", "dash": f"{a}-{b}-{c}",
        "dot": f"{a}.{b}.{c}", "plain": f"{a}{b}{c}", "e164": f"+1{a}{b}{c}",
        "e164sp": f"+1 {a} {b} {c}", "sp": f"{a} {b} {c}", "one": f"1-{a}-{b}-{c}",
    }[style]


def fold(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    h = rhex(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def rdigits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def ralnum(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def luhn_complete(prefix, length=16):
    body = prefix + rdigits(length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


VIN_TR = {**{str(i): i for i in range(10)},
          **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
          "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def mk_vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["1HG", "2T1", "5YJ", "JTD", "1FA", "3VW", "KMH", "1N4"]) +
             ralnum(5, al) + "0" + R.choice("KLMNPRS") + ralnum(1, al) + rdigits(6))
    s = sum(VIN_TR[c] * w for c, w in zip(v, VIN_W))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)


def mk_ssn():
    while True:
        a = R.randint(1, 665)
        if a not in (0, 666) and a != 78:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def mk_plate():
    return R.choice([
        lambda: f"{R.randint(1, 9)}{ralnum(3, 'ABCDEFGHJKLMNPRSTVWXYZ')}{R.randint(10, 99)}",
        lambda: f"{R.randint(1, 9)}{ralnum(2, 'ABCDEFGHJKLMNPRSTVWXYZ')}{R.randint(100, 999)}",
        lambda: f"{R.randint(100, 999)} {ralnum(3, 'ABCDEFGHJKLMNPRSTVWXYZ')}",
        lambda: f"{R.randint(1, 9)}{ralnum(2, 'ABCDEFGHJKLMNPRSTVWXYZ')} {R.randint(100, 999)}",
    ])()


def jpeg_b64(n):
    head = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    body = bytes(R.randint(0, 255) for _ in range(n))
    return base64.b64encode(head + body).decode()


def finger_tpl(n):
    head = b"FMR\x00 20\x00\x00\x00\x01b\x00\x00\x01@\x01\xe0\x00\xc5\x00\xc5\x01\x00\x00\x00"
    return base64.b64encode(head + bytes(R.randint(0, 255) for _ in range(n))).decode()


# ----------------------------------------------------------------- world
CITY_ZIP = [("Dorchester", "02121"), ("Dorchester", "02124"), ("Dorchester", "02125"),
            ("Mattapan", "02126"), ("Roxbury", "02119"), ("Hyde Park", "02136"),
            ("Roslindale", "02131"), ("East Boston", "02128"), ("Jamaica Plain", "02130"),
            ("Brighton", "02135"), ("Charlestown", "02129"), ("South Boston", "02127"),
            ("West Roxbury", "02132"), ("Boston", "02118"), ("Chelsea", "02150"),
            ("Revere", "02151"), ("Everett", "02149"), ("Randolph", "02368")]
STREETS = ["Wendover St", "Blue Hill Ave", "Columbia Rd", "Norfolk St", "Dorchester Ave",
           "Washington St", "Hyde Park Ave", "Bennington St", "Meridian St", "Centre St",
           "Morton St", "Geneva Ave", "Talbot Ave", "River St", "Cummins Hwy", "Hancock St",
           "Bowdoin St", "Savin Hill Ave", "Faneuil St", "Broadway", "Shawmut Ave",
           "Woodrow Ave", "Harvard St", "Greenwood St", "Fuller St", "Saratoga St"]
UNITS = ["", "", "", " Apt 2", " #3", " Unit 1R", " Fl 2", " Apt B", " #12", " Apt 305"]
AREAS = ["617", "617", "617", "857", "857", "781", "508", "339", "774"]
MAILS = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "icloud.com",
         "outlook.com", "aol.com", "comcast.net"]

SCHOOLS = [("0412", "Codman Hill K-8", range(0, 9)), ("0217", "Neponset Elementary", range(0, 6)),
           ("0318", "Ashmont Early Learning Center", range(0, 3)),
           ("0520", "Franklin Park Middle", range(6, 9)), ("0531", "Harborview High", range(9, 13)),
           ("0544", "Meridian Academy", range(9, 13)), ("0409", "Talbot Ave K-8", range(0, 9)),
           ("0226", "Mattahunt Elementary", range(0, 6))]
NURSES = [("cfitzgerald", "Colleen Fitzgerald, RN", "FITZGERALD^COLLEEN"),
          ("tdang", "Thuy Dang, RN", "DANG^THUY"),
          ("rjoseph", "Rose-Andrée Joseph, BSN RN", "JOSEPH^ROSE-ANDREE"),
          ("mortega", "Marisol Ortega, LPN", "ORTEGA^MARISOL"),
          ("kobrien", "Kathleen O'Brien, RN", "OBRIEN^KATHLEEN"),
          ("abaptiste", "Alix Baptiste, RN", "BAPTISTE^ALIX")]
PHYS = [("Dr. Alan Whitcomb", "1982736450"), ("Dr. Priya Raman", "1427051186"),
        ("Dr. Emeka Obi", "1659302847"), ("Dr. Lucía Ferrer", "1306918854")]
ATCS = ["M. Bell, ATC", "Danielle Kruger, ATC", "Ray Oyelaran, MS ATC"]

HT = dict(
    last=["Jean-Baptiste", "Pierre-Louis", "Dorcéus", "Saint-Fleur", "Joseph", "Jean-Louis",
          "Desrosiers", "Théodore", "Exantus", "Lafortune", "Charles", "Valcourt", "Célestin",
          "Louis-Jeune"],
    M=["Ricardo", "Kervens", "Schneider", "Woodley", "Stanley", "Jeffson", "Wilner",
       "Mackenson", "Peterson", "Roodly"],
    F=["Wideline", "Mirlande", "Fabiola", "Dieunie", "Nadège", "Bethsaida", "Widlyne",
       "Roseline", "Naïka", "Stéphanie"],
    gF=["Marie-Claude", "Guerline", "Rose-Marie", "Yolette", "Nadine", "Marie Ange", "Mona"],
    gM=["Jean-Robert", "Frantz", "Rodney", "Wisly", "Jocelyn", "Yves"],
    lang="ht", cc="HT", birth=["Port-au-Prince", "Cap-Haïtien", "Les Cayes", "Gonaïves", "Jacmel"])
VI = dict(
    last=["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hoàng"],
    M=["Minh Khoa", "Gia Huy", "Tuấn", "Đức Anh", "Quốc Bảo", "Hoàng Nam", "Thiên Ân"],
    F=["Bảo Anh", "Thảo", "Khánh Linh", "Ngọc Hân", "Phương Vy", "Mai Anh", "Thu Trang"],
    gF=["Thị Mai", "Thị Hồng", "Thanh Hương", "Thị Lan", "Kim Oanh"],
    gM=["Văn Hùng", "Quang Minh", "Văn Long", "Đức Thịnh"],
    lang="vi", cc="VN", birth=["Sài Gòn", "Đà Nẵng", "Cần Thơ", "Huế"])
ES = dict(
    last=["García Méndez", "de la Cruz", "Villanueva-Ortiz", "Quintero", "Rodríguez", "Peña",
          "Santos Almonte", "Rosario", "Batista", "Castillo", "Núñez", "Hernández", "Del Valle",
          "Ramírez Soto"],
    M=["Mateo", "Santiago", "Josué", "Luis Ángel", "Jadiel", "Emiliano", "Kevin", "Dylan Andrés"],
    F=["Yamileth", "María José", "Xiomara", "Génesis", "Dayanara", "Camila", "Ashley Nicole",
       "Valentina"],
    gF=["Marisol", "Rosa", "Yesenia", "Ana Lucía", "Carmen", "Yanira", "Dulce María"],
    gM=["José Luis", "Ramón", "Wilfredo", "Juan Carlos", "Edwin"],
    lang="es", cc="DO", birth=["Santo Domingo", "San Pedro Sula", "La Ceiba", "Santiago de los Caballeros", "San Salvador"])
OTHER = [  # student first, last, sex, guardian first, guardian sex, pref lang, birth city, cc
    ("Siobhán", "O'Donnell", "F", "Maureen", "F", "en", "", "US"),
    ("Chiamaka", "Okonkwo", "F", "Ngozi", "F", "en", "Enugu", "NG"),
    ("Oluwaseun", "Adeyemi", "M", "Folake", "F", "en", "", "US"),
    ("Abdirahman", "Warsame", "M", "Hodan", "F", "so", "Mogadishu", "SO"),
    ("Ayaan", "Farah", "F", "Abdi", "M", "so", "", "US"),
    ("Yousef", "Al-Khatib", "M", "Rania", "F", "ar", "Amman", "JO"),
    ("Wiktoria", "Kowalczyk", "F", "Agnieszka", "F", "en", "", "US"),
    ("Pieter", "van der Berg", "M", "Marieke", "F", "en", "", "US"),
    ("Li-Na", "Chen", "F", "Wei", "M", "en", "", "US"),
    ("Aarav", "Venkataraman", "M", "Lakshmi", "F", "en", "Chennai", "IN"),
    ("Seo-yeon", "Park", "F", "Ji-hoon", "M", "en", "", "US"),
    ("Dmytro", "Shevchenko", "M", "Oleksandr", "M", "en", "Kharkiv", "UA"),
    ("Angelica", "Dela Paz", "F", "Maricel", "F", "en", "", "US"),
    ("Djeison", "Évora", "M", "Ivone", "F", "en", "Praia", "CV"),
    ("Pa Nhia", "Xiong", "F", "Mai Yer", "F", "en", "", "US"),
    ("Tyler", "McAllister", "M", "Shannon", "F", "en", "", "US"),
    ("Jaylen", "Washington", "M", "Tamika", "F", "en", "", "US"),
    ("Aaliyah", "Brooks", "F", "Keisha", "F", "en", "", "US"),
    ("Daniel", "Nwachukwu", "M", "Chukwuemeka", "M", "en", "", "US"),
    ("Rafaela", "Teixeira", "F", "Cláudia", "F", "en", "Governador Valadares", "BR"),
    ("Zainab", "Bangura", "F", "Fatmata", "F", "en", "Freetown", "SL"),
    ("Mohamed", "Ould Ahmed", "M", "Mariem", "F", "ar", "", "US"),
    ("Eamon", "Mac Giolla Phádraig", "M", "Niamh", "F", "en", "", "US"),
    ("Kiara", "St. Louis", "F", "Dana", "F", "en", "", "US"),
]
GREATGRAN = [("Lucienne", "Théodore"), ("Germaine", "Exantus"), ("Dolores", "Quintero"),
             ("Margaret", "Sullivan"), ("Odette", "Valcourt")]


def mk_phone():
    return (R.choice(AREAS), str(R.randint(200, 989)), f"{R.randint(0, 9999):04d}")


def mk_email(first, last):
    f, l = fold(first).lower().replace(" ", ""), fold(last).lower().replace(" ", "").replace("'", "")
    pat = R.choice(["{f}.{l}{n}", "{f}{l}", "{fi}{l}{n}", "{l}.{f}", "{f}_{l}{y}", "mama{f}{n}"])
    loc = pat.format(f=f, l=l, fi=f[0], n=R.randint(1, 99), y=R.randint(70, 99))
    return f"{loc}@{R.choice(MAILS)}"


def mk_user(first, last):
    return (fold(first).lower()[0] + fold(last).lower().replace(" ", "").replace("'", "")
            .replace("-", "")[:10] + str(R.randint(1, 99)))


def mk_ip():
    pre = R.choice(["73.", "24.", "98.", "108.", "174.", "166.", "71.", "50.", "100.", "76."])
    return pre + ".".join(str(R.randint(1, 254)) for _ in range(3))


class P:  # person
    pass


def mk_guardian(first, last, rel, lang):
    g = P()
    g.first, g.last, g.rel, g.lang = first, last, rel, lang
    g.phone = mk_phone()
    g.phone2 = mk_phone()
    g.email = mk_email(first, last)
    g.user = mk_user(first, last)
    g.ip = mk_ip()
    g.dl = R.choice([f"S{rdigits(8)}", f"S{rdigits(8)}", f"SA{rdigits(7)}", rdigits(9)])
    g.dl_state = "MA" if g.dl.startswith("S") else R.choice(["RI", "NH"])
    g.plate = mk_plate()
    g.fax = mk_phone()
    g.full = f"{last} {first}" if lang == "vi" else f"{first} {last}"
    return g


def mk_student():
    s = P()
    o = R.choices(["ht", "vi", "es", "other"], weights=[4, 3, 5, 6])[0]
    s.origin = o
    if o == "other":
        f, l, sex, gf, gsex, lang, bc, cc = R.choice(OTHER)
        s.first, s.last, s.sex, s.lang, s.birthcity, s.cc = f, l, sex, lang, bc, cc
        g1 = mk_guardian(gf, l, "Mother" if gsex == "F" else "Father", lang)
        pool = None
    else:
        pool = {"ht": HT, "vi": VI, "es": ES}[o]
        s.sex = R.choice("MF")
        s.first = R.choice(pool[s.sex])
        s.last = R.choice(pool["last"])
        s.lang = pool["lang"]
        s.birthcity = R.choice(pool["birth"] + [""] * 2)
        s.cc = pool["cc"] if s.birthcity else "US"
        g1 = mk_guardian(R.choice(pool["gF"]), R.choice(pool["last"]), "Mother", s.lang)
    s.middle = R.choice({"vi": [""], "ht": ["", "", "Love", "Jean" if s.sex == "M" else "Marie"],
                         "es": ["", "", "Alejandro" if s.sex == "M" else "Itzel", "José" if s.sex == "M" else "Isabel"],
                         "other": ["", "", "Noel" if s.sex == "M" else "Grace", "Alexander" if s.sex == "M" else "Amara"]}[o])
    s.guardians = [g1]
    if R.random() < 0.55:
        if pool:
            s.guardians.append(mk_guardian(R.choice(pool["gM"]), s.last, "Father", s.lang))
        else:
            s.guardians.append(mk_guardian(R.choice(["Grace", "Robert", "Ahmed", "Patrice", "Linh"]),
                                           s.last, R.choice(["Father", "Grandmother", "Aunt"]), "en"))
    s.greatgran = None
    s.school_code, s.school, grades = R.choice(SCHOOLS)
    s.grade = R.choice(list(grades))
    s.dob = date(2024 - (s.grade + 6), 9, 1) + timedelta(days=R.randint(0, 364))
    s.sid = str(R.randint(2000000, 2199999))
    s.sasid = "10" + rdigits(8)
    s.mrn = f"{R.randint(100000, 999999):08d}"
    s.medicaid = "1" + rdigits(11) if R.random() < 0.75 else None
    s.miis = "MA" + rdigits(10)
    s.ssn = mk_ssn()
    s.city, s.zip = R.choice(CITY_ZIP)
    s.street = f"{R.randint(3, 1499)} {R.choice(STREETS)}"
    s.unit = R.choice(UNITS).strip()
    s.user = mk_user(s.first, s.last)
    s.semail = f"{fold(s.first).lower()[0]}{fold(s.last).lower().replace(' ', '').replace(chr(39), '')}{s.sid[-2:]}@students.hvps.org"
    s.cgm = R.choice(["8G", "8H", "8J", "8K"]) + ralnum(4)
    s.pump = R.choice([f"TN{rdigits(8)}", f"PDM-{rdigits(10)}", f"NG{rdigits(7)}H"])
    s.hearing = f"{rdigits(4)}X{ralnum(4)}"
    s.cb_serial = R.choice([f"5CD{rdigits(4)}{ralnum(3)}", f"NXH{ralnum(9)}", f"PF{ralnum(6)}"])
    s.cb_mac = ":".join(rhex(2) for _ in range(6)).upper()
    s.passport = "P-" + rdigits(7)
    s.hudl = f"https://www.hudl.com/profile/{R.randint(1000000, 19999999)}/{fold(s.first).replace(' ', '-')}-{fold(s.last).replace(' ', '-')}"
    s.vin = mk_vin()
    s.plate = mk_plate()
    s.dl = f"S{rdigits(8)}"
    return s


STUDENTS = [mk_student() for _ in range(70)]
for _s in R.sample(STUDENTS, 5):
    gf, gl = R.choice(GREATGRAN)
    _s.greatgran = (gf, gl, R.randint(90, 97), mk_phone())


def st(pred=None):
    c = [s for s in STUDENTS if (pred is None or pred(s))]
    return R.choice(c)


def full(s):
    return f"{s.last} {s.first}" if s.origin == "vi" else f"{s.first} {s.last}"


def name_variant(s):
    k = R.randint(0, 7)
    if k == 0:
        return f"{s.last}, {s.first}"
    if k == 1:
        return f"{fold(s.last).upper()}, {fold(s.first).upper()}"
    if k == 2:
        return f"{s.first[0]}. {s.last}"
    if k == 3:
        return f"{s.first} {s.last[0]}."
    if k == 4:
        return f"{s.first} {s.middle} {s.last}".replace("  ", " ")
    return full(s)


def grade_s(g):
    return "K" if g == 0 else f"{g:02d}"


def nurse():
    return R.choice(NURSES)


def visit_id():
    return f"V{today():%y}-{R.randint(60000, 99999):07d}"


COMPLAINTS = ["HEADACHE", "STOMACHACHE", "INJURY_PLAYGROUND", "FEVER", "ASTHMA_SX",
              "NOSEBLEED", "ANXIETY", "DENTAL_PAIN", "RASH", "GLUCOSE_CHECK", "MED_ADMIN",
              "VOMITING", "EYE_IRRITATION", "SPORTS_INJURY"]
MEDS = ["Methylphenidate ER 18 mg tab", "Albuterol HFA 90 mcg 2 puffs", "Acetaminophen 325 mg tab",
        "Ibuprofen 200 mg tab", "Insulin lispro per sliding scale", "Cetirizine 10 mg tab",
        "Guanfacine ER 1 mg tab", "Levetiracetam 250 mg tab", "Dexmethylphenidate 5 mg tab"]


# ================================================================= PHI blocks
def sb(L, level, thread, logger, pid=4127):
    lg = logger if len(logger) <= 40 else logger[-40:]
    L.t(f"{ts_logback()} {level:>5} {pid} --- [{thread[-15:]:>15}] {lg:<40} : ")
    return L


def p_ehr():
    tick()
    s = st()
    n = nurse()
    L = Line("logback")
    th = f"nio-8443-exec-{R.randint(1, 40)}"
    k = R.randint(0, 9)
    if k == 0:
        sb(L, "INFO", th, "o.h.caretrack.visit.VisitController")
        L.t("Visit opened visitId=").p(visit_id(), "other_id").t(" studentId=").p(s.sid, "other_id")
        L.t(f" school={s.school_code} complaint={R.choice(COMPLAINTS)} nurse={n[0]} walkIn=true")
    elif k == 1:
        g = R.choice(s.guardians)
        sb(L, "INFO", th, "o.h.c.visit.DispositionService")
        L.t("Visit ").p(visit_id(), "other_id").t(" closed disposition=SENT_HOME releasedTo=\"")
        L.p(g.full, "name").t(f"\" relationship={g.rel.upper()} pickupVerified=true durationMin={R.randint(12, 95)}")
    elif k == 2:
        sb(L, "WARN", th, "o.h.c.alerts.AllergyAlertInterceptor")
        L.t("Allergy alert displayed chart=").p("HV" + s.mrn, "mrn").t(" student=\"")
        L.p(f"{fold(s.last).upper()}, {fold(s.first).upper()}", "name")
        L.t(f"\" allergen={R.choice(['PEANUT', 'TREE_NUT', 'SHELLFISH', 'PENICILLIN', 'LATEX', 'EGG'])} severity=ANAPHYLAXIS epiOnFile={R.choice(['true', 'false'])}")
    elif k == 3:
        g = s.guardians[0]
        sb(L, "WARN", th, "o.h.c.contact.EmergencyContactService")
        L.t("Emergency contacts unreachable for student ").p(s.sid, "other_id").t(": tried ")
        L.p(phone_fmt(g.phone, "paren"), "phone").t(" [no answer], ")
        L.p(phone_fmt(g.phone2, "dot"), "phone").t(" [voicemail]; escalating to school admin")
    elif k == 4:
        sb(L, "ERROR", th, "o.h.caretrack.sis.SisLinkService")
        L.t("Could not link visit to SIS record: no unique match for name='").p(full(s), "name")
        L.t("' dob=").p(dfmt(s.dob, "us"), "date").t(f" school={s.school_code} (candidates=3)")
    elif k == 5:
        sb(L, "INFO", th, "o.h.c.orders.StandingOrderService")
        L.t("Standing order applied: acetaminophen 325mg PO q4h prn for ").p(f"{s.first} {s.last}", "name")
        L.t(" (DOB ").p(dfmt(s.dob, "iso"), "date").t("), parent consent signed ")
        L.p(dfmt(date(2024, 9, R.randint(3, 27)), "us"), "date").t(f", protocol v2024.2, by {n[0]}")
    elif k == 6:
        sb(L, "INFO", th, "o.h.c.search.StudentSearchController")
        L.t(f"Student search by {n[0]} q='").p(f"{fold(s.first).lower()} {fold(s.last).lower()}", "name")
        L.t(f"' scope=school:{s.school_code} results=1 took={R.randint(9, 140)}ms")
    elif k == 7:
        sb(L, "INFO", th, "o.h.caretrack.visit.VitalsController")
        L.t("Vitals saved visit=").p(visit_id(), "other_id").t(" chartNo=").p("HV-" + s.mrn, "mrn")
        L.t(f" temp={R.choice(['98.4', '99.1', '100.9', '101.6', '97.9'])}F pulse={R.randint(68, 118)} spo2={R.randint(93, 100)} peakFlow={R.choice(['-', '210', '260', '330'])}")
    elif k == 8:
        sb(L, "INFO", th, "o.h.caretrack.plan.HealthPlanService")
        L.t("Individualized health plan updated student=").p(s.sid, "other_id")
        L.t(f" plan={R.choice(['ASTHMA_ACTION', 'SEIZURE', 'DIABETES_DMMP', 'ANAPHYLAXIS', 'SECTION_504'])} effective=")
        L.p(dfmt(today() - timedelta(days=R.randint(0, 30)), "iso"), "date").t(" reviewedBy=").t(n[0])
    else:
        g = s.guardians[0]
        sb(L, "INFO", th, "o.h.caretrack.notify.GuardianNotifier")
        L.t("Phone call logged visit=").p(visit_id(), "other_id").t(" to ").p(g.full, "name")
        L.t(" at ").p(phone_fmt(g.phone), "phone").t(f" outcome={R.choice(['REACHED', 'LEFT_VOICEMAIL', 'NO_ANSWER'])} interpreter={'ht' if s.lang == 'ht' else ('es' if s.lang == 'es' else 'none')}")
    return [L]


def p_mar():
    tick()
    s = st()
    n = nurse()
    L = Line("ecs_json")
    k = R.randint(0, 4)
    base = [("@timestamp", ts_utc_z()), ("log.level", "info" if k != 1 else "warn"),
            ("service.name", "caretrack-mar"), ("trace.id", rhex(32))]
    if k == 0:
        items = base + [("event.action", "med.administered"), ("studentId", s.sid, "other_id"),
                        ("studentName", f"{s.first} {s.last}", "name"),
                        ("dob", dfmt(s.dob, R.choice(["iso", "us"])), "date"),
                        ("chartNo", "HV-" + s.mrn, "mrn"), ("medication", R.choice(MEDS)),
                        ("route", "PO"), ("scheduledTime", "11:30"),
                        ("givenAt", f"11:{R.randint(25, 44)}"), ("givenBy", n[0]),
                        ("countRemaining", R.randint(4, 60))]
    elif k == 1:
        g = s.guardians[0]
        items = base + [("event.action", "med.missed_dose"), ("student", Obj([
            ("id", s.sid, "other_id"), ("last", s.last, "name"), ("first", s.first, "name")])),
                        ("medication", R.choice(MEDS)), ("reason", "STUDENT_ABSENT_FROM_HEALTH_OFFICE"),
                        ("guardianNotified", True), ("notifyTo", phone_fmt(g.phone, "e164"), "phone")]
    elif k == 2:
        items = base + [("event.action", "selfcarry.authorized"), ("student_id", s.sid, "other_id"),
                        ("med", "Albuterol HFA"), ("prescriber", R.choice(PHYS)[0]),
                        ("valid_through", dfmt(date(2025, 6, R.randint(13, 27)), "iso"), "date"),
                        ("form", "MA-SC-2"), ("entered_by", n[0])]
    elif k == 3:
        items = base + [("event.action", "epinephrine.administered"), ("chartNo", "HV" + s.mrn, "mrn"),
                        ("patientName", name_variant(s), "name"), ("device", "EpiPen Jr 0.15 mg"),
                        ("site", "R anterolateral thigh"), ("ems_called", True),
                        ("ems_arrival", "12:" + str(R.randint(10, 59))), ("nurse", n[0])]
    else:
        items = base + [("event.action", "med.received"), ("studentId", s.sid, "other_id"),
                        ("medication", R.choice(MEDS)), ("qty", R.randint(20, 90)),
                        ("received_from", s.guardians[0].full, "name"), ("lot", ralnum(7)),
                        ("exp", "2025-" + f"{R.randint(1, 12):02d}"), ("countedBy", n[0]),
                        ("witness", R.choice(NURSES)[0])]
    J(L, items)
    return [L]


RACE_ETH = {"ht": ("2054-5^Black or African American^CDCREC", "2186-5^Not Hispanic or Latino^CDCREC"),
            "vi": ("2028-9^Asian^CDCREC", "2186-5^Not Hispanic or Latino^CDCREC"),
            "es": ("2131-1^Other Race^CDCREC", "2135-2^Hispanic or Latino^CDCREC"),
            "wh": ("2106-3^White^CDCREC", "2186-5^Not Hispanic or Latino^CDCREC")}


def hl7_msh(mtype, ctrl, school=None):
    L = Line("hl7v2")
    L.t(f"MSH|^~\\&|CARETRACK|HVPS^{school or R.choice(SCHOOLS)[0]}|MIIS|MADPH|{ts_hl7()}||{mtype}|{ctrl}|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS|HVPS|MADPH")
    return L


def hl7_pid(s):
    L = Line("hl7v2")
    mom = s.guardians[0]
    L.t("PID|1||").p(s.sid, "other_id").t("^^^HVPS^SR~").p("HV" + s.mrn, "mrn").t("^^^HVPS^MR~")
    L.p(s.miis, "other_id").t("^^^MIIS^SR||")
    if s.middle:
        L.p(f"{fold(s.last).upper()}^{fold(s.first).upper()}^{fold(s.middle).upper()}", "name").t("^^^^L|")
    else:
        L.p(f"{fold(s.last).upper()}^{fold(s.first).upper()}", "name").t("^^^^^L|")
    L.p(f"{fold(mom.last).upper()}^{fold(mom.first).upper()}", "name").t("^^^^^M|")
    race, eth = RACE_ETH[s.origin] if s.origin != "other" else R.choice(list(RACE_ETH.values()))
    L.p(dfmt(s.dob, "hl7"), "date").t(f"|{s.sex}||{race}|")
    L.p(fold(s.street).upper(), "address").t("^")
    if s.unit:
        L.p(s.unit.upper(), "address")
    L.t("^").p(s.city.upper(), "address").t("^MA^").p(s.zip, "zip").t("^USA^P||^PRN^PH^^^")
    L.p(f"{mom.phone[0]}^{mom.phone[1]}{mom.phone[2]}", "phone")
    L.t(f"|||||||||{eth}||N|1")
    return L


def p_vxu():
    tick()
    s = st()
    n = nurse()
    out = []
    ctrl = "HV" + now().strftime("%Y%m%d%H%M%S") + rdigits(3)
    M = Line("mirth")
    M.t(f"INFO  {ts_logback()} [Channel: IIS_VXU_Outbound, Thread: pool-3-thread-{R.randint(1, 8)}] "
        f"c.m.c.connectors.ws.WebServiceDispatcher: Sending VXU^V04 control id {ctrl} ({R.randint(1400, 2600)} bytes)")
    out.append(M)
    out.append(hl7_msh("VXU^V04^VXU_V04", ctrl, s.school_code))
    out.append(hl7_pid(s))
    d0 = date(2024, 9, 3)
    L = Line("hl7v2")
    L.t("PD1|||||||||||02^Reminder/Recall - any method^HL70215|N|").p(dfmt(d0, "hl7"), "date")
    L.t("|||A|").p(dfmt(d0, "hl7"), "date").t("|").p(dfmt(d0, "hl7"), "date")
    out.append(L)
    g = s.guardians[0]
    L = Line("hl7v2")
    L.t("NK1|1|").p(f"{fold(g.last).upper()}^{fold(g.first).upper()}", "name").t("^^^^^L|")
    L.t("MTH^Mother^HL70063|" if g.rel == "Mother" else "FTH^Father^HL70063|")
    L.p(fold(s.street).upper(), "address").t("^^").p(s.city.upper(), "address").t("^MA^").p(s.zip, "zip")
    L.t("^USA^H|^PRN^CP^^^").p(f"{g.phone[0]}^{g.phone[1]}{g.phone[2]}", "phone")
    out.append(L)
    vac = R.choice([("115", "Tdap", "SKB^GlaxoSmithKline^MVX"), ("03", "MMR", "MSD^Merck^MVX"),
                    ("21", "varicella", "MSD^Merck^MVX"), ("114", "MenACWY-D", "PMC^sanofi^MVX"),
                    ("150", "Influenza, injectable, quadrivalent, preservative free", "SKB^GlaxoSmithKline^MVX")])
    adm = today() if R.random() < 0.7 else today() - timedelta(days=R.randint(20, 900))
    hist = adm != today()
    vxid = f"{R.randint(100000, 999999)}"
    out.append(Line("hl7v2").t(f"ORC|RE||{vxid}^HVPS|||||||^{n[2]}^^^^^^^^^^^RN|||||HVPS-{s.school_code}^{s.school} Health Office^HL70362"))
    L = Line("hl7v2")
    L.t("RXA|0|1|").p(dfmt(adm, "hl7"), "date").t("|").p(dfmt(adm, "hl7"), "date")
    L.t(f"|{vac[0]}^{vac[1]}^CVX|{'999' if hist else '0.5'}|{'' if hist else 'mL^mL^UCUM'}||")
    if hist:
        L.t("01^Historical information - source unspecified^NIP001|||||||||||CP|A")
    else:
        L.t(f"00^New immunization record^NIP001|^{n[2]}^^^^^^^^^^^RN|^^^HVPS-{s.school_code}||||"
            f"{ralnum(6)}|{date(2025, R.randint(1, 12), 28):%Y%m%d}|{vac[2]}|||CP|A")
    out.append(L)
    if not hist:
        out.append(Line("hl7v2").t(f"RXR|C28161^Intramuscular^NCIT|{R.choice(['LD^Left Arm', 'RD^Right Arm'])}^HL70163"))
        L = Line("hl7v2")
        elig = "V02^VFC eligible - Medicaid/Medicaid Managed Care" if s.medicaid else "V01^Not VFC eligible"
        L.t(f"OBX|1|CE|64994-7^Vaccine funding program eligibility category^LN|1|{elig}^HL70064||||||F|||")
        L.p(dfmt(adm, "hl7"), "date").t("|||VXC40^Eligibility captured at the immunization level^CDCPHINVS")
        out.append(L)
        out.append(Line("hl7v2").t(f"OBX|2|CE|30956-7^vaccine type^LN|2|{vac[0]}^{vac[1]}^CVX||||||F"))
        out.append(Line("hl7v2").t("OBX|3|TS|29768-9^Date vaccine information statement published^LN|2|20210806||||||F"))
        L = Line("hl7v2")
        L.t("OBX|4|TS|29769-7^Date vaccine information statement presented^LN|2|").p(dfmt(adm, "hl7"), "date").t("||||||F")
        out.append(L)
    tick(1, 4)
    M = Line("mirth")
    M.t(f"INFO  {ts_logback()} [Channel: IIS_VXU_Outbound, Thread: pool-3-thread-{R.randint(1, 8)}] "
        f"c.m.c.server.controllers.DonkeyMessageController: Response ACK MSA|AA|{ctrl} latency={R.randint(180, 2400)}ms")
    out.append(M)
    return out


def p_qbp():
    tick()
    s = st()
    out = []
    ctrl = "HVQ" + now().strftime("%Y%m%d%H%M%S") + rdigits(2)
    out.append(hl7_msh("QBP^Q11^QBP_Q11", ctrl, s.school_code))
    L = Line("hl7v2")
    g = s.guardians[0]
    L.t(f"QPD|Z34^Request Immunization History^CDCPHINVS|Q{rdigits(8)}|").p(s.sid, "other_id")
    L.t("^^^HVPS^SR|").p(f"{fold(s.last).upper()}^{fold(s.first).upper()}", "name").t("^^^^^L|")
    L.p(f"{fold(g.last).upper()}^{fold(g.first).upper()}", "name").t("^^^^^M|")
    L.p(dfmt(s.dob, "hl7"), "date").t(f"|{s.sex}|").p(fold(s.street).upper(), "address").t("^^")
    L.p(s.city.upper(), "address").t("^MA^").p(s.zip, "zip").t("^USA^L")
    out.append(L)
    out.append(Line("hl7v2").t("RCP|I|5^RD&Records&HL70126|R^Real Time^HL70394"))
    tick(1, 5)
    L = Line("mirth")
    res = R.choice(["OK", "NF", "TM"])
    L.t(f"WARN  {ts_logback()} [Channel: IIS_QBP_Forecast, Thread: pool-5-thread-{R.randint(1, 4)}] "
        f"c.h.m.ForecastResponseHandler: QAK={res} for query {ctrl}")
    if res != "OK":
        L.t(" student=").p(s.sid, "other_id").t(" -> compliance status set to UNKNOWN_REGISTRY")
    else:
        L.t(f" segments={R.randint(12, 60)} forecasts={R.randint(2, 9)}")
    out.append(L)
    return out


def p_compliance():
    tick()
    s = st()
    L = Line("pylog")
    k = R.randint(0, 3)
    if k == 0:
        L.t(f"{ts_py()} INFO [compliance.reconcile] student=").p(s.sid, "other_id").t(" name=\"")
        L.p(f"{s.last}, {s.first}", "name").t(f"\" grade={grade_s(s.grade)} status=NONCOMPLIANT missing=[")
        L.t(", ".join(R.sample(["Tdap", "MenACWY", "MMR#2", "Var#2", "HepB#3", "DTaP#5", "IPV#4"], 2)))
        L.t("] miis_match=EXACT miis_id=").p(s.miis, "other_id").t(" exclusion_date=")
        L.p(dfmt(today() + timedelta(days=R.randint(7, 21)), "iso"), "date")
    elif k == 1:
        wrong = s.dob + timedelta(days=R.choice([-31, 30, 9, -9, 365]))
        L.t(f"{ts_py()} WARNING [compliance.reconcile] registry mismatch for ").p(s.sid, "other_id")
        L.t(": SIS dob=").p(dfmt(s.dob, "us"), "date").t(" MIIS dob=").p(dfmt(wrong, "iso"), "date")
        L.t(" (possible transposition) - queued for manual review")
    elif k == 2:
        L.t(f"{ts_py()} INFO [compliance.exempt] medical exemption on file student=").p(s.sid, "other_id")
        L.t(f" vaccine={R.choice(['MMR', 'Varicella', 'all'])} signed_by=\"{R.choice(PHYS)[0]}\" valid_until=")
        L.p(dfmt(date(2025, 6, 30), R.choice(["iso", "us"])), "date")
    else:
        L.t(f"{ts_py()} INFO [compliance.provisional] ").p(f"{s.first} {s.last}", "name")
        L.t(" (").p(s.sid, "other_id").t(") admitted provisionally; catch-up appt ")
        L.p(dfmt(today() + timedelta(days=R.randint(3, 25)), "us1"), "date").t(" documented by ").t(nurse()[0])
    return [L]


def p_airflow_rare():
    return p_airflow(R.choice([3, 4]))


def p_airflow(k=None):
    tick()
    s = st()
    L = Line("airflow")
    if k is None:
        k = R.choice([0, 0, 1, 1, 2, 2, 5, 5, 3, 4])
    if k == 0:
        L.t(f"{ts_airflow()} {{sis_roster_sync.py:212}} INFO - upsert student localId=").p(s.sid, "other_id")
        L.t(" sasid=").p(s.sasid, "other_id").t(" name='")
        L.p(f"{s.last}, {s.first}" + (f" {s.middle[0]}." if s.middle else ""), "name")
        L.t(f"' grade={grade_s(s.grade)} school={s.school_code} guardians={len(s.guardians)}")
    elif k == 1:
        oc, oz = R.choice(CITY_ZIP)
        ost = f"{R.randint(3, 1499)} {R.choice(STREETS)}"
        L.t(f"{ts_airflow()} {{address.py:88}} WARNING - address changed for ").p(s.sid, "other_id").t(": '")
        L.p(ost, "address").t(", ").p(oc, "address").t(", MA ").p(oz, "zip").t("' -> '")
        L.p(s.street + (" " + s.unit if s.unit else ""), "address").t(", ").p(s.city, "address")
        L.t(", MA ").p(s.zip, "zip").t("'")
    elif k == 2:
        g = R.choice(s.guardians)
        L.t(f"{ts_airflow()} {{contacts.py:141}} INFO - guardian upsert student=").p(s.sid, "other_id")
        L.t(" seq=1 name=\"").p(g.full, "name").t(f"\" rel={g.rel} cell=").p(phone_fmt(g.phone, "e164"), "phone")
        L.t(" email=").p(g.email, "email").t(f" pref_lang={g.lang} portal_user=").p(g.user, "other_id")
    elif k == 3 and any(x.greatgran for x in STUDENTS):
        s = st(lambda x: x.greatgran)
        gf, gl, age, ph = s.greatgran
        L.t(f"{ts_airflow()} {{contacts.py:163}} INFO - emergency contact student=").p(s.sid, "other_id")
        L.t(" name=\"").p(f"{gf} {gl}", "name").t("\" rel=Great-Grandmother age=").p(str(age), "age")
        L.t(" phone=\"").p(phone_fmt(ph, "paren"), "phone").t("\" lives_with=Y")
    elif k == 4:
        b = jpeg_b64(R.randint(120, 190))
        L.t(f"{ts_airflow()} {{photos.py:55}} DEBUG - photo payload student=").p(s.sid, "other_id")
        L.t(f" bytes={R.randint(14000, 31000)} data=data:image/jpeg;base64,").p(b, "photo").t("...(truncated)")
    else:
        L.t(f"{ts_airflow()} {{sis_roster_sync.py:301}} WARNING - withdrawn student ").p(s.sid, "other_id")
        L.t(" (").p(f"{fold(s.first)} {fold(s.last)}", "name").t(") exit_code=T")
        L.t(R.choice(["1", "4", "6"])).t(" exit_date=").p(dfmt(today() - timedelta(days=R.randint(1, 9)), "iso"), "date")
        L.t(" -> health record archived")
    return [L]


OR_USERS_H = ("sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,"
              "givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password")
OR_DEMO_H = ("sourcedId,status,dateLastModified,birthDate,sex,americanIndianOrAlaskaNative,asian,"
             "blackOrAfricanAmerican,nativeHawaiianOrOtherPacificIslander,white,demographicRaceTwoOrMoreRaces,"
             "hispanicOrLatinoEthnicity,countryOfBirthCode,stateOfBirthAbbreviation,cityOfBirth,"
             "publicSchoolResidenceStatus")


def csvq(v):
    return f'"{v}"' if ("," in v or '"' in v) else v


def p_oneroster():
    tick()
    out = []
    if R.random() < 0.6:
        out.append(Line("oneroster_csv").t(OR_USERS_H))
        for _ in range(R.randint(1, 3)):
            s = st()
            su = ruuid()
            gus = [ruuid() for _ in s.guardians]
            mod = (now() - timedelta(hours=R.randint(2, 30))).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")
            L = Line("oneroster_csv")
            L.t(f"{su},active,{mod},true,org-{s.school_code},student,").p(s.user, "other_id").t(",{SASID:")
            L.p(s.sasid, "other_id").t("},")
            if "," in s.first:
                L.t('"').p(s.first, "name").t('"')
            else:
                L.p(s.first, "name")
            L.t(",").p(s.last, "name").t(",")
            if s.middle:
                L.p(s.middle, "name")
            L.t(",").p(s.sid, "other_id").t(",").p(s.semail, "email").t(",,,")
            L.t(csvq(",".join(gus))).t(f",{grade_s(s.grade)},")
            out.append(L)
            if R.random() < 0.6:
                g = s.guardians[0]
                L = Line("oneroster_csv")
                L.t(f"{gus[0]},active,{mod},true,org-{s.school_code},guardian,").p(g.user, "other_id").t(",,")
                L.p(g.first, "name").t(",").p(g.last, "name").t(",,,").p(g.email, "email").t(",")
                L.p(phone_fmt(g.phone, "e164"), "phone").t(",").p(phone_fmt(g.phone2, "dash"), "phone")
                L.t(f",{su},,")
                out.append(L)
    else:
        out.append(Line("oneroster_csv").t(OR_DEMO_H))
        for _ in range(R.randint(1, 3)):
            s = st()
            mod = (now() - timedelta(hours=R.randint(2, 30))).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")
            L = Line("oneroster_csv")
            L.t(f"{ruuid()},active,{mod},").p(dfmt(s.dob, "iso"), "date")
            L.t(f",{'male' if s.sex == 'M' else 'female'},false,{'true' if s.origin in ('vi',) else 'false'},")
            L.t(f"{'true' if s.origin == 'ht' else 'false'},false,false,false,{'true' if s.origin == 'es' else 'false'},{s.cc},,")
            if s.birthcity:
                L.p(s.birthcity, "address")
            L.t(",01")
            out.append(L)
    return out


SCR_H = "#rec|screen_date|school|student_id|last|first|dob|grade|screen|result|detail|disposition|screener"


def scr_row(s, d):
    L = Line("screening_psv")
    typ = R.choice(["VISION", "HEARING", "BMI", "DENTAL", "VISION", "HEARING"])
    detail = {
        "VISION": (R.choice(["R 20/40 L 20/25", "R 20/20 L 20/20", "R 20/50 L 20/70", "R 20/25 L 20/30"]) + " Snellen w/o corr; stereo PASS",),
        "HEARING": ("PT 20dB 1k/2k/4k R:" + "/".join(R.choice("PPPF") for _ in range(3)) + " L:" + "/".join(R.choice("PPPF") for _ in range(3)),),
        "BMI": (f"ht={R.randint(105, 178)}.{R.randint(0, 9)}cm wt={R.randint(18, 88)}.{R.randint(0, 9)}kg pct={R.randint(3, 99)}",),
        "DENTAL": (f"sealants {','.join(R.sample(['#3', '#14', '#19', '#30'], R.randint(1, 4)))} placed; caries risk {R.choice(['LOW', 'MOD', 'HIGH'])}",),
    }[typ][0]
    res = R.choice(["PASS", "PASS", "REFER", "RESCREEN", "ABSENT"]) if typ != "BMI" else R.choice(["LETTER", "NO_LETTER"])
    L.t(f"{typ[:4]}|").p(dfmt(d, "iso"), "date").t(f"|{s.school_code}|").p(s.sid, "other_id").t("|")
    L.p(fold(s.last).upper(), "name").t("|").p(fold(s.first).upper(), "name").t("|")
    L.p(dfmt(s.dob, R.choice(["iso", "us"])), "date").t(f"|{grade_s(s.grade)}|{typ}|{res}|{'-' if res == 'ABSENT' else detail}|")
    L.t(R.choice(["", "REF_LETTER_EN", "REF_LETTER_ES", "REF_LETTER_HT", "REF_LETTER_VI", "NURSE_FU"]))
    L.t(f"|{R.choice(['SSM-07', 'SSM-11', 'HVPS-RN-04', 'DDS-SEAL-2'])}")
    return L


def p_screening():
    tick()
    d = today() + timedelta(days=1)
    out = []
    if R.random() < 0.4:
        out.append(Line("screening_psv").t(SCR_H))
    for _ in range(R.randint(1, 3)):
        out.append(scr_row(st(), d))
    if R.random() < 0.35:
        s = st()
        L = Line("logfmt")
        L.t(f"ts={ts_utc_z()} level=warn caller=ingest/rows.go:{R.randint(90, 240)} msg=\"row rejected\" ")
        L.t(f"file=scr_{s.school_code}_{d:%Y%m%d}.psv row={R.randint(2, 640)} reason=\"dob mismatch with SIS\" student_id=")
        L.p(s.sid, "other_id").t(" dob_in_file=").p(dfmt(s.dob + timedelta(days=10), "us"), "date")
        out.append(L)
    return out


def p_letter():
    tick()
    s = st(lambda x: x.lang in ("en", "es", "vi", "ht", "so", "ar"))
    lang = s.lang if s.lang in ("es", "vi", "ht") else "en"
    g = s.guardians[0]
    d = today() - timedelta(days=R.randint(0, 6))
    L = Line("pylog")
    typ = R.choice(["vision_referral", "hearing_referral", "dental_followup"])
    L.t(f"{ts_py()} INFO letters.render: template={typ} lang={lang} student=").p(s.sid, "other_id").t(' -> "')
    ex = {"vision_referral": {"vi": "thị lực", "es": "de la vista", "ht": "vizyon", "en": "vision"},
          "hearing_referral": {"vi": "thính lực", "es": "auditiva", "ht": "zòrèy", "en": "hearing"},
          "dental_followup": {"vi": "răng miệng", "es": "dental", "ht": "dan", "en": "dental"}}[typ][lang]
    if lang == "vi":
        L.t("Kính gửi phụ huynh của em ").p(full(s), "name")
        L.t(f": Kết quả khám {ex} ngày ").p(dfmt(d, "eu"), "date")
        L.t(" cho thấy em cần được bác sĩ chuyên khoa kiểm tra thêm. Xin vui lòng gửi lại phiếu này cho y tá trường.")
    elif lang == "ht":
        L.t("Chè paran ").p(g.full, "name").t(f", nou te fè yon tès {ex}")
        L.t(" pou ").p(s.first, "name").t(" nan dat ").p(dfmt(d, "ht"), "date")
        L.t(". Rezilta a montre li bezwen wè yon doktè. Tanpri rele enfimyè lekòl la nan (617) 635-8780.")
    elif lang == "es":
        L.t("Estimada familia de ").p(f"{s.first} {s.last}", "name").t(": el ").p(dfmt(d, "es"), "date")
        L.t(f" se realizó la evaluación {ex} en la escuela. Recomendamos una consulta con un especialista. Devuelva el formulario firmado a la enfermera.")
    else:
        L.t("Dear Parent/Guardian of ").p(f"{s.first} {s.last}", "name").t(": On ").p(dfmt(d, "long"), "date")
        L.t(f" your child had a school {ex} screening and needs follow-up. Please take this form to your child's health care provider.")
    L.t('" mail_to="').p(g.full, "name").t(", ").p(s.street + (" " + s.unit if s.unit else ""), "address")
    L.t(", ").p(s.city, "address").t(" MA ").p(s.zip, "zip").t('"')
    return [L]


def x12_claim(s, hl, out):
    n = nurse()
    out.append(Line("x12_837").t(f"HL*{hl}*1*22*0~"))
    out.append(Line("x12_837").t("SBR*P*18*******MC~"))
    L = Line("x12_837")
    L.t("NM1*IL*1*").p(fold(s.last).upper(), "name").t("*").p(fold(s.first).upper(), "name")
    L.t("****MI*").p(s.medicaid, "health_plan").t("~")
    out.append(L)
    L = Line("x12_837").t("N3*").p(fold(s.street).upper(), "address")
    if s.unit:
        L.t("*").p(s.unit.upper(), "address")
    out.append(L.t("~"))
    out.append(Line("x12_837").t("N4*").p(s.city.upper(), "address").t("*MA*").p(s.zip, "zip").t("~"))
    out.append(Line("x12_837").t("DMG*D8*").p(dfmt(s.dob, "hl7"), "date").t(f"*{s.sex}~"))
    out.append(Line("x12_837").t("NM1*PR*2*MASSHEALTH*****PI*MAMCD~"))
    units = R.randint(1, 6)
    amt = f"{units * 15.63:.2f}".rstrip("0").rstrip(".")
    clm = f"HV{today():%y%m%d}{rdigits(5)}"
    out.append(Line("x12_837").t("CLM*").p(clm, "account").t(f"*{amt}***03:B:1*Y*A*Y*Y~"))
    out.append(Line("x12_837").t("REF*EA*").p("HV" + s.mrn, "mrn").t("~"))
    out.append(Line("x12_837").t(f"HI*ABK:{R.choice(['F900', 'J45909', 'E109', 'G40909', 'F419', 'H6123'])}~"))
    out.append(Line("x12_837").t(f"NM1*82*1*{n[2].replace('^', '*')}****XX*{R.choice(['1548293017', '1770663925', '1093847561'])}~"))
    out.append(Line("x12_837").t("PRV*PE*PXC*163WS0121X~"))
    out.append(Line("x12_837").t("LX*1~"))
    out.append(Line("x12_837").t(f"SV1*HC:T1002:TT*{amt}*UN*{units}***1~"))
    dos = today() - timedelta(days=R.randint(1, 20))
    out.append(Line("x12_837").t("DTP*472*D8*").p(dfmt(dos, "hl7"), "date").t("~"))
    return clm, dos


def p_x12():
    tick()
    out = []
    ctrl = R.randint(4100, 4999)
    d = now()
    L = Line("logfmt")
    L.t(f"ts={ts_utc_z()} level=info caller=batch/writer.go:77 msg=\"writing 837P\" batch=MB{d:%Y%m%d}-0{R.randint(1, 4)} "
        f"isa_ctrl={ctrl:09d} file=/var/spool/sbmb/out/HVPS_837P_{d:%Y%m%d_%H%M}.x12")
    out.append(L)
    out.append(Line("x12_837").t(f"ISA*00*{' ' * 10}*00*{' ' * 10}*ZZ*{'HVPS0412BILL':<15}*ZZ*{'MAHEALTHCLR':<15}*{d:%y%m%d}*{d:%H%M}*^*00501*{ctrl:09d}*0*P*:~"))
    out.append(Line("x12_837").t(f"GS*HC*HVPS0412BILL*MAHEALTHCLR*{d:%Y%m%d}*{d:%H%M}*{ctrl}*X*005010X222A1~"))
    out.append(Line("x12_837").t("ST*837*0001*005010X222A1~"))
    out.append(Line("x12_837").t(f"BHT*0019*00*MB{d:%Y%m%d}{rdigits(4)}*{d:%Y%m%d}*{d:%H%M}*CH~"))
    out.append(Line("x12_837").t("NM1*41*2*HARBORVIEW PUBLIC SCHOOLS*****46*HVPS0412BILL~"))
    out.append(Line("x12_837").t("PER*IC*MEDICAID BILLING UNIT*TE*6176358800*EM*sbmb@hvps.org~"))
    out.append(Line("x12_837").t("NM1*40*2*MASSHEALTH*****46*MAHEALTHCLR~"))
    out.append(Line("x12_837").t("HL*1**20*1~"))
    out.append(Line("x12_837").t("PRV*BI*PXC*251300000X~"))
    out.append(Line("x12_837").t("NM1*85*2*HARBORVIEW PUBLIC SCHOOLS*****XX*1306849572~"))
    out.append(Line("x12_837").t("N3*2300 WASHINGTON ST~"))
    out.append(Line("x12_837").t("N4*BOSTON*MA*021194302~"))
    out.append(Line("x12_837").t("REF*EI*046001234~"))
    st_idx = 3
    claims = []
    for i in range(R.randint(1, 2)):
        s = st(lambda x: x.medicaid)
        claims.append((s,) + x12_claim(s, i + 2, out))
    out.append(Line("x12_837").t(f"SE*{len(out) - st_idx + 1}*0001~"))
    out.append(Line("x12_837").t(f"GE*1*{ctrl}~"))
    out.append(Line("x12_837").t(f"IEA*1*{ctrl:09d}~"))
    tick(1, 3)
    s, clm, dos = claims[0]
    L = Line("logfmt")
    L.t(f"ts={ts_utc_z()} level=info caller=batch/builder.go:188 msg=\"claim built\" claim_id=").p(clm, "account")
    L.t(" member_id=").p(s.medicaid, "health_plan").t(" dos=").p(dfmt(dos, "iso"), "date")
    L.t(f" proc=T1002 units=1 pos=03 rendering_npi=1548293017")
    out.append(L)
    return out


def p_billing():
    tick()
    s = st(lambda x: x.medicaid)
    L = Line("logfmt")
    k = R.randint(0, 3)
    L.t(f"ts={ts_utc_z()} ")
    dos = today() - timedelta(days=R.randint(1, 20))
    if k == 0:
        L.t("level=warn caller=elig/check.go:142 msg=\"eligibility not active on DOS\" member_id=").p(s.medicaid, "health_plan")
        L.t(" dos=").p(dfmt(dos, "us"), "date").t(" student=").p(s.sid, "other_id").t(" plan=\"MassHealth Standard\" term=")
        L.p(dfmt(dos - timedelta(days=R.randint(1, 40)), "hl7"), "date")
    elif k == 1:
        L.t("level=error caller=ack/277ca.go:63 msg=\"claim rejected\" claim_id=").p(f"HV{dos:%y%m%d}{rdigits(5)}", "account")
        L.t(" stc=\"A7:164:IL\" reason=\"Entity's contract/member number\" member_id=").p(s.medicaid, "health_plan")
        L.t(" patient=\"").p(f"{fold(s.last).upper()}, {fold(s.first).upper()}", "name").t("\"")
    elif k == 2:
        L.t("level=debug caller=elig/match.go:211 msg=\"eligibility fallback match\" method=ssn_dob ssn=")
        L.p(s.ssn if R.random() < 0.6 else s.ssn.replace("-", ""), "ssn").t(" dob=").p(dfmt(s.dob, "hl7"), "date")
        L.t(" matched_member=").p(s.medicaid, "health_plan")
    else:
        L.t("level=info caller=consent/parental.go:58 msg=\"parental consent to bill on file\" student=").p(s.sid, "other_id")
        L.t(" signed=").p(dfmt(date(2024, 9, R.randint(3, 30)), "iso"), "date").t(" ssn_last4=").p(s.ssn[-4:], "ssn")
        L.t(" form=SBMB-PC-1")
    return [L]


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-A156U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.81 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36 Edg/129.0.0.0",
       "HVPSParent/4.12.0 (Android 13; moto g play)", "HVPSParent/4.12.0 (iOS 17.5.1; iPhone13,2)"]


def p_nginx():
    tick(1, 60)
    s = st()
    g = R.choice(s.guardians)
    L = Line("nginx_access")
    path = R.choice(["/guardian/students/{sid}/health/immunizations", "/guardian/students/{sid}/health/visits?since=2024-09-01",
                     "/guardian/students/{sid}/forms/medication-authorization.pdf", "/api/v2/students/{sid}/screenings",
                     "/guardian/students/{sid}/messages?lang=" + (g.lang if g.lang in ("es", "vi", "ht") else "en"),
                     "/api/v2/students/{sid}/concussion/rtp-status"])
    pre, post = path.split("{sid}")
    meth = "GET" if "pdf" in path or R.random() < 0.85 else "POST"
    L.p(g.ip, "ip").t(f" - - [{ts_nginx()}] \"{meth} {pre}").p(s.sid, "other_id")
    L.t(f"{post} HTTP/2.0\" {R.choice([200, 200, 200, 304, 403])} {R.randint(180, 48000)} \"https://portal.hvps.org/guardian/home\" \"{R.choice(UAS)}\"")
    L.t(f" rt={R.random() * 0.6:.3f} urt={R.random() * 0.5:.3f} uid=").p(g.user, "other_id")
    return [L]


def pino(L, level, items):
    base = [("level", level), ("time", ts_epoch_ms()), ("pid", 18),
            ("hostname", f"portal-api-6d9f7c8b9-{ralnum(5, 'abcdefghijkmnpqrstuvwxyz0123456789')}"),
            ("reqId", f"req-{R.randint(1, 9999):x}")]
    return J(L, base + items)


SMS_T = {
    "ht": ("HVPS Sante: Bonjou {g}. {s} pa gen vaksen {v} ki obligatwa. Tanpri voye prèv vaksinasyon anvan {d} oswa li p ap ka antre lekòl. Enfimyè: 617-635-8780", "ht"),
    "es": ("HVPS Salud: Hola {g}, {s} visitó la enfermería hoy por {c}. Regresó a clase. Más información en el portal o al 617-635-8780.", "es"),
    "vi": ("HVPS Y tế: Kính gửi phụ huynh em {s}, em cần tiêm {v} trước ngày {d}. Vui lòng liên hệ y tá trường: 617-635-8780.", "eu"),
    "en": ("HVPS Health: {s} was seen by the school nurse today ({c}). Please log in to the Parent Portal for details or call 617-635-8780.", "us"),
}


def sms_body(L, s, g, lang):
    tpl, dstyle = SMS_T[lang]
    parts = tpl.replace("{", "\x00{").replace("}", "}\x00").split("\x00")
    d = today() + timedelta(days=R.randint(7, 21))
    for part in parts:
        if part == "{g}":
            L.p(g.first, "name")
        elif part == "{s}":
            L.p(s.first if R.random() < 0.5 else f"{s.first} {s.last}", "name")
        elif part == "{d}":
            L.p(dfmt(d, dstyle if lang != "ht" else "ht"), "date")
        elif part == "{v}":
            L.t(R.choice(["Tdap", "MenACWY", "MMR"]))
        elif part == "{c}":
            L.t({"es": R.choice(["dolor de cabeza", "una caída en el recreo", "fiebre"]),
                 "en": R.choice(["headache", "a scraped knee", "stomach ache"])}.get(lang, ""))
        else:
            L.t(part)


def p_pino():
    tick(1, 90)
    s = st()
    g = R.choice(s.guardians)
    L = Line("pino_json")
    k = R.randint(0, 3)
    if k == 0:
        pino(L, 30, [("userId", g.user, "other_id"), ("ip", g.ip, "ip"), ("msg", "guardian login succeeded"),
                     ("mfa", R.choice(["totp", "email_otp", "none"]))])
    elif k == 1:
        lang = g.lang if g.lang in SMS_T else "en"
        L2 = Line("x")
        sms_body(L2, s, g, lang)
        body = L2.text()
        # re-emit body with spans into L via a nested value
        items = [("msg", "message queued"), ("channel", "sms"), ("to", phone_fmt(g.phone, "e164"), "phone"),
                 ("lang", lang), ("template", "imm_exclusion_notice" if lang in ("ht", "vi") else "visit_notice"),
                 ("studentId", s.sid, "other_id")]
        pino(L, 30, items)
        # append body field: remove closing brace, add body with spans offset
        L.buf[-1] = ""
        L.n -= 1
        L.t(',"body":"')
        off = L.n
        for sp in L2.spans:
            L.spans.append({"s": sp["s"] + off, "e": sp["e"] + off, "cat": sp["cat"], "v": sp["v"]})
        L.t(body).t('"}')
    elif k == 2:
        pino(L, 40, [("userId", g.user, "other_id"), ("studentId", s.sid, "other_id"),
                     ("msg", "guardian attempted to view student not linked to account"), ("linkedCount", 1)])
    else:
        if g.lang in ("so", "ar"):
            pino(L, 40, [("userId", g.user, "other_id"), ("msg", f"preferred language '{g.lang}' unsupported, falling back to en")])
        else:
            acct = f"FEE-{rdigits(7)}"
            pino(L, 30, [("userId", g.user, "other_id"), ("msg", "athletics fee paid"), ("feeAccount", acct, "account"),
                         ("studentId", s.sid, "other_id"), ("amount", 75.0), ("cardBrand", "visa"),
                         ("last4", rdigits(4))])
    return [L]


def p_card_leak():
    tick()
    s = st(lambda x: x.grade >= 7)
    g = s.guardians[0]
    L = Line("pino_json")
    pan = luhn_complete(R.choice(["4", "51", "55"]))
    pino(L, 50, [("msg", "payment gateway error"), ("userId", g.user, "other_id"),
                 ("err", Obj([("type", "GatewayError"), ("code", "card_declined"),
                              ("message", "Do not honor"),
                              ("requestBody", Obj([("card_number", pan, "account"), ("exp", f"{R.randint(1, 12):02d}/2{R.randint(6, 9)}"),
                                                   ("name_on_card", fold(g.full).upper(), "name"),
                                                   ("billing_zip", s.zip, "zip"), ("amount", "75.00")]))]))])
    return [L]


def p_sms_inbound():
    tick()
    s = st(lambda x: x.lang in ("ht", "es", "vi", "en"))
    g = s.guardians[0]
    L = Line("sms_webhook")
    q = urllib.parse.quote_plus
    L.t(f"{ts_py()} INFO webhooks.sms inbound raw=ToCountry=US&ToState=MA&SmsMessageSid=SM{rhex(32)}&NumMedia=0&ToCity=BOSTON&FromZip=")
    L.p(s.zip, "zip").t(f"&SmsSid=SM{rhex(32)}&FromState=MA&SmsStatus=received&FromCity=").p(q(s.city.upper()), "address")
    L.t("&Body=")
    lang = s.lang
    first = s.first
    tmpl = {
        "ht": ["Bonjou, mwen pa ka vin chache {n} jodi a, tanpri rele grann li nan {p}",
               "Mesi. {n} te gen fyèv depi yè swa, li pap vini lekòl jodi a."],
        "es": ["Buenas, soy la mamá de {n}, tiene cita con el pediatra el {d}, puede salir a la 1pm?",
               "Hola, {n} olvidó su inhalador en casa, se lo llevo a las 10. Mi cel es {p}"],
        "vi": ["Chào cô, cháu {n} bị sốt từ tối qua, hôm nay xin nghỉ học. Số của tôi là {p}",
               "Cảm ơn cô. Cháu {n} có hẹn bác sĩ ngày {d}."],
        "en": ["Hi this is {n}'s mom, {she} has a dentist appt on {d} can {she} be dismissed at 12:30",
               "{n} took {her} inhaler before school. Call me at {p} if {she} needs to come home"],
    }[lang]
    txt = R.choice(tmpl).replace("{she}", "she" if s.sex == "F" else "he").replace("{her}", "her" if s.sex == "F" else "his")
    parts = txt.replace("{", "\x00{").replace("}", "}\x00").split("\x00")
    for part in parts:
        if part == "{n}":
            L.p(q(first), "name")
        elif part == "{p}":
            L.p(q(phone_fmt(R.choice([g.phone2, g.phone]), R.choice(["sp", "dash", "plain", "dot"]))), "phone")
        elif part == "{d}":
            L.p(q(dfmt(today() + timedelta(days=R.randint(1, 9)), "md" if lang != "vi" else "eu")), "date")
        else:
            L.t(q(part))
    L.t(f"&FromCountry=US&To=%2B16175550143&NumSegments=1&MessageSid=SM{rhex(32)}&AccountSid=AC{rhex(32)}&From=")
    L.p(q(phone_fmt(g.phone, "e164")), "phone").t("&ApiVersion=2010-04-01")
    return [L]


def p_sms_status():
    tick(1, 40)
    s = st()
    g = R.choice(s.guardians)
    L = Line("sms_status_json")
    st_ = R.choice(["delivered", "delivered", "undelivered", "failed", "sent"])
    items = [("SmsSid", "SM" + rhex(32)), ("SmsStatus", st_), ("MessageStatus", st_),
             ("To", phone_fmt(g.phone, "e164"), "phone"), ("MessagingServiceSid", "MG" + rhex(32)),
             ("AccountSid", "AC" + rhex(32)), ("From", "+16175550143"), ("ApiVersion", "2010-04-01")]
    if st_ in ("undelivered", "failed"):
        items.insert(3, ("ErrorCode", R.choice(["30003", "30005", "30006", "30007"])))
    J(L, items, sp=True)
    return [L]


def p_postfix():
    tick(1, 50)
    s = st()
    g = R.choice(s.guardians)
    qid = rhex(10).upper()
    L = Line("postfix")
    host = g.email.split("@")[1]
    relay = {"gmail.com": "gmail-smtp-in.l.google.com[142.250.113.27]", "yahoo.com": "mta7.am0.yahoodns.net[67.195.204.79]",
             "hotmail.com": "hotmail-com.olc.protection.outlook.com[52.101.40.26]",
             "outlook.com": "outlook-com.olc.protection.outlook.com[52.101.11.14]",
             "icloud.com": "mx01.mail.icloud.com[17.57.155.23]", "aol.com": "mx-aol.mail.gm0.yahoodns.net[67.195.228.94]",
             "comcast.net": "mx1a1.comcast.net[96.114.157.80]"}[host]
    L.t(f"{ts_syslog()} mail-relay-02 postfix/smtp[{R.randint(2000, 30000)}]: {qid}: to=<").p(g.email, "email")
    if R.random() < 0.8:
        L.t(f">, relay={relay}:25, delay={R.random() * 3:.1f}, delays=0.05/0/0.{R.randint(1, 9)}/0.{R.randint(1, 9)}, dsn=2.0.0, status=sent (250 2.0.0 OK  {int(now().timestamp())} {ralnum(6).lower()}.{R.randint(100, 999)} - gsmtp)")
    else:
        L.t(f">, relay={relay}:25, delay=0.9, delays=0.02/0/0.31/0.5, dsn=5.1.1, status=bounced (host {relay.split('[')[0]} said: 550 5.1.1 The email account that you tried to reach does not exist. (in reply to RCPT TO command))")
    return [L]


def p_email_event():
    tick(1, 80)
    s = st()
    g = R.choice(s.guardians)
    L = Line("email_event_json")
    L.t("[")
    ev = R.choice(["open", "click", "delivered", "bounce"])
    items = [("email", g.email, "email"), ("timestamp", int(now().timestamp())), ("event", ev),
             ("sg_event_id", base64.urlsafe_b64encode(bytes(R.randint(0, 255) for _ in range(16))).decode().rstrip("=")),
             ("sg_message_id", f"{ralnum(22, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}.recvd-{R.randint(1, 40)}"),
             ("category", Arr(["health-notice", R.choice(["vision_referral", "imm_exclusion", "bmi_letter", "visit_summary"])])),
             ("student_id", s.sid, "other_id")]
    if ev in ("open", "click"):
        items += [("useragent", R.choice(UAS)), ("ip", g.ip, "ip")]
    if ev == "click":
        items.append(("url", f"https://portal.hvps.org/guardian/students/{s.sid}/health"))
    if ev == "bounce":
        items += [("reason", "550 5.1.1 mailbox unavailable"), ("type", "bounce")]
    J(L, items)
    L.t("]")
    # label the student id embedded in URL too
    if ev == "click":
        txt = L.text()
        i = txt.rfind(s.sid)
        bi = len(txt[:i].encode())
        L.spans.append({"s": bi, "e": bi + len(s.sid), "cat": "other_id", "v": s.sid})
    return [L]


def p_ppe():
    tick()
    s = st(lambda x: x.grade >= 7)
    g = s.guardians[0]
    doc = R.choice(PHYS)
    L = Line("ppe_xml")
    ex = date(2024, R.choice([6, 7, 8]), R.randint(1, 28))
    L.t(f'<?xml version="1.0" encoding="UTF-8"?><PreparticipationExam xmlns="urn:hvps:athletics:ppe:1" formVersion="MIAA-2024" id="')
    L.p(f"PPE-2024-{R.randint(1000, 9999):05d}", "other_id").t('"><Athlete><StudentId>').p(s.sid, "other_id")
    L.t("</StudentId><LastName>").p(s.last.replace("'", "&apos;"), "name").t("</LastName><FirstName>").p(s.first, "name")
    L.t("</FirstName><DOB>").p(dfmt(s.dob, "iso"), "date").t(f"</DOB><Sport>{R.choice(['Football', 'Soccer', 'Basketball', 'Wrestling', 'Track', 'Volleyball', 'Lacrosse'])}</Sport></Athlete>")
    L.t("<ExamDate>").p(dfmt(ex, "iso"), "date").t(f'</ExamDate><Examiner npi="{doc[1]}">{doc[0]}</Examiner>')
    L.t(f"<Clearance>{R.choice(['CLEARED', 'CLEARED_WITH_RECOMMENDATIONS', 'NOT_CLEARED_PENDING_EVAL'])}</Clearance>")
    L.t("<Guardian><Name>").p(g.full, "name").t("</Name><Phone>").p(phone_fmt(g.phone, "paren"), "phone").t("</Phone>")
    if R.random() < 0.6:
        L.t("<Fax>").p(phone_fmt(g.fax, "dash"), "fax").t("</Fax>")
    L.t("</Guardian>")
    if R.random() < 0.4:
        L.t("<RecruitingProfile>").p(s.hudl, "url").t("</RecruitingProfile>")
    L.t(f"<ExaminerFax>617-555-{R.randint(100, 199):04d}</ExaminerFax></PreparticipationExam>")
    return [L]


def p_concussion():
    tick()
    s = st(lambda x: x.grade >= 7)
    L = Line("syslog")
    inj = today() - timedelta(days=R.randint(1, 12))
    case = f"CONC-2024-{R.randint(100, 399):04d}"
    k = R.randint(0, 2)
    L.t(f"{ts_syslog()} at-app01 rtp-tracker[{R.randint(2000, 9000)}]: ")
    if k == 0:
        L.t("case=").p(case, "other_id").t(' athlete="').p(f"{s.first[0]}. {s.last}", "name")
        L.t(f'" sport={R.choice(["Soccer", "Football", "Hockey", "Basketball"])} injury_date=').p(dfmt(inj, "us"), "date")
        stg = R.randint(1, 6)
        L.t(f" stage={stg}/6 symptoms={max(0, 24 - 5 * stg + R.randint(-2, 3))} cleared_by=\"{R.choice(ATCS)}\"")
    elif k == 1:
        L.t("RTP stage advanced case=").p(case, "other_id").t(" student_id=").p(s.sid, "other_id")
        fr = R.randint(1, 4)
        L.t(f" from={fr} to={fr + 1} note=\"asymptomatic 24h, light aerobic ok\" atc=\"{R.choice(ATCS)}\"")
    else:
        L.t("WARN academic accommodation letter not acknowledged case=").p(case, "other_id")
        L.t(" athlete=").p(f"{fold(s.last).upper()},{fold(s.first).upper()}", "name")
        L.t(" dx_date=").p(dfmt(inj, "iso"), "date").t(" teachers_pending=3")
    return [L]


IMPACT_H = ("Passport ID,Last Name,First Name,Date of Birth,Test Type,Test Date,Verbal Memory Composite,"
            "Visual Memory Composite,Visual Motor Speed Composite,Reaction Time Composite,"
            "Impulse Control Composite,Total Symptom Score")


def p_impact():
    tick()
    out = []
    if R.random() < 0.5:
        out.append(Line("impact_csv").t(IMPACT_H))
    for _ in range(R.randint(1, 2)):
        s = st(lambda x: x.grade >= 7)
        L = Line("impact_csv")
        tt = R.choice(["Baseline", "Post-Injury 1", "Post-Injury 2"])
        td = date(2024, 8, R.randint(5, 30)) if tt == "Baseline" else today() - timedelta(days=R.randint(1, 8))
        L.p(s.passport, "other_id").t(",").p(csvq(s.last), "name").t(",").p(csvq(s.first), "name").t(",")
        L.p(dfmt(s.dob, "us"), "date").t(f",{tt},").p(dfmt(td, "us"), "date")
        L.t(f",{R.randint(55, 99)},{R.randint(45, 95)},{R.randint(25, 45)}.{R.randint(10, 99)},0.{R.randint(52, 89)},{R.randint(2, 18)},{R.randint(0, 40)}")
        out.append(L)
    return out


def p_note():
    tick()
    s = st()
    g = s.guardians[0]
    n = nurse()
    L = Line("nurse_note")
    ks = [0, 0, 5]
    if s.lang == "es":
        ks.append(1)
    if s.greatgran:
        ks += [2, 2]
    if s.grade >= 7:
        ks.append(3)
    if s.lang == "vi":
        ks.append(4)
    k = R.choice(ks)
    vid = visit_id()
    if k == 0:
        L.t("NOTE ").p(vid, "other_id").t(" | ").p(dfmt(today(), R.choice(["us2", "us2n", "us"])), "date").t(f" {now():%H:%M} | ")
        v = R.randint(0, 3)
        if v == 0:
            L.t("Pt c/o HA x2 days, afebrile (98.4F). Denies vision changes. Called ")
        elif v == 1:
            L.t(f"Wheezing after recess, SpO2 {R.randint(92, 95)}%. Albuterol 2 puffs w/ spacer per AAP; recheck 15 min clear, SpO2 98%. Texted ")
        elif v == 2:
            L.t(f"BG {R.randint(240, 330)} pre-lunch, ketones neg. Correction per DMMP given via pump by student, observed. Called ")
        else:
            L.t("Live lice found on screening, no nits on siblings checked. Per district policy remains in class till EOD. Called ")
        L.t(R.choice(["mom", "mother", "parent", "dad"])).t(" ").p(g.first, "name").t(" at ").p(phone_fmt(g.phone, R.choice(["dot", "dash", "sp"])), "phone")
        L.t(f", {R.choice(['LM', 'aware', 'spoke w/ parent', 'no answer'])}. -- {n[1]}")
    elif k == 1:
        L.t("NOTE ").p(vid, "other_id").t(" | Nota: alumno/a ").p(f"{s.first} {s.last}", "name")
        L.t(f" ({grade_s(s.grade)}) llegó con raspón en rodilla izq. tras caída en recreo el ").p(dfmt(today(), "eu"), "date")
        L.t(". Se limpió y vendó. Se avisó a la Sra. ").p(g.full, "name").t(" al ").p(phone_fmt(g.phone, "dash"), "phone")
        L.t(f". -- {n[1]}")
    elif k == 2:
        gf, gl, age, ph = s.greatgran
        L.t("SOCIAL HX (").p(s.sid, "other_id").t("): lives w/ mother ").p(g.first, "name")
        L.t(" and great-grandmother ").p(f"{gf} {gl}", "name").t(", ").p(str(age), "age")
        L.t(", who does AM drop-off; GGM hard of hearing - call mother first.")
    elif k == 3:
        L.t("NOTE ").p(vid, "other_id").t(" | Head-to-head collision at practice ")
        L.p(dfmt(today() - timedelta(days=R.randint(0, 3)), "md"), "date").t(". Athlete ").p(f"{s.first} {s.last}", "name")
        L.t(f" reports HA {R.randint(2, 7)}/10, photophobia. Parent ").p(g.full, "name")
        L.t(f" notified in person; Heads Up handout given. Referred to PCP ({R.choice(PHYS)[0]}). No RTP until cleared.")
    elif k == 4:
        L.t("NOTE ").p(vid, "other_id").t(" | Phone interpreter (Vietnamese, ID ").t(str(R.randint(30000, 49999)))
        L.t(") used for call with Mrs. ").p(f"{g.last} {g.first}", "name").t(" re: ").p(s.first, "name")
        L.t("'s asthma action plan; she confirms inhaler at home expired 08/2024. New Rx requested.")
    else:
        esc = R.choice([
            f"S: c/o stomach ache since lunch, no V/D.\\nO: T {R.choice(['98.6', '99.0', '100.2'])}F, abd soft nontender.\\nA: GI discomfort.\\nP: rest 15 min, water; ",
            f"S: fell from monkey bars, L wrist pain 6/10.\\nO: swelling dorsal wrist, CMS intact, no deformity.\\nA: possible sprain vs fx.\\nP: ice, splint, ",
            f"S: \\\"my eyes are itchy\\\".\\nO: bilat conjunctival injection, clear d/c, T {R.choice(['98.2', '98.9'])}F.\\nA: likely allergic conjunctivitis.\\nP: cool compress, ",
            f"S: anxious before math test, c/o nausea.\\nO: VSS, HR {R.randint(88, 112)}.\\nA: anxiety.\\nP: breathing exercises 10 min, counselor notified; "])
        L.t('{"noteId":' + str(R.randint(800000, 999999)) + ',"visit":"').p(vid, "other_id").t('","student":"')
        L.p(name_variant(s), "name").t('","author":"' + n[0] + '","text":"' + esc)
        L.t("if worse call ").p(g.first, "name").t(" ").p(phone_fmt(g.phone, "plain"), "phone").t('."}')
    return [L]


def p_cef():
    tick()
    s = st()
    n = nurse()
    L = Line("cef")
    act = R.choice([("200", "Chart accessed", "3", "VIEW"), ("201", "Chart printed", "4", "PRINT"),
                    ("210", "Break-glass access", "8", "BREAK_GLASS"), ("220", "Record exported", "6", "EXPORT")])
    L.t(f"{ts_syslog()} siem-fwd01 CEF:0|Harborview PS|CareTrack|5.12.3|{act[0]}|{act[1]}|{act[2]}|")
    L.t(f"rt={now():%b %d %Y %H:%M:%S} EDT suser={n[0]} src=10.40.{R.randint(1, 30)}.{R.randint(2, 250)} act={act[3]} duid=")
    L.p("HV" + s.mrn, "mrn").t(" dname=").p(f"{fold(s.last).upper()} {fold(s.first).upper()}", "name")
    L.t(" cs1Label=accessReason cs1=").t(R.choice(["Medication administration", "Nurse visit", "Screening follow-up", "Emergency"]))
    L.t(" cs2Label=studentId cs2=").p(s.sid, "other_id").t(" outcome=success")
    return [L]


def p_traceback():
    tick()
    s = st()
    out = []
    L = Line("py_traceback")
    L.t(f"{ts_py()} ERROR [sis_sync.address] geocode failed for student ").p(s.sid, "other_id")
    out.append(L)
    out.append(Line("py_traceback").t("Traceback (most recent call last):"))
    out.append(Line("py_traceback").t('  File "/opt/sis-sync/sis_sync/address.py", line 92, in normalize'))
    out.append(Line("py_traceback").t("    result = client.geocode(line1, city=city, postal=zip5)"))
    out.append(Line("py_traceback").t('  File "/opt/sis-sync/.venv/lib/python3.11/site-packages/geocoder/base.py", line 211, in geocode'))
    out.append(Line("py_traceback").t('    raise GeocodeError(f"no candidates for {query!r}")'))
    L = Line("py_traceback")
    typo = s.street.replace("St", "Stt") if "St" in s.street else s.street + "e"
    L.t("geocoder.errors.GeocodeError: no candidates for '").p(typo + (" " + s.unit if s.unit else ""), "address")
    L.t(", ").p(s.city, "address").t(", MA ").p(s.zip, "zip").t("'")
    out.append(L)
    return out


def p_java_dup():
    tick()
    s = st()
    out = []
    L = Line("logback")
    sb(L, "ERROR", f"nio-8443-exec-{R.randint(1, 40)}", "o.h.c.common.web.GlobalExceptionHandler")
    L.t("Unhandled exception on POST /api/v3/visits")
    out.append(L)
    out.append(Line("java_stack").t("org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uq_visit_student_open]"))
    out.append(Line("java_stack").t("\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:290)"))
    out.append(Line("java_stack").t("\tat org.harborview.caretrack.visit.VisitService.open(VisitService.java:118)"))
    L = Line("java_stack")
    L.t('Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "uq_visit_student_open"  Detail: Key (student_id, status)=(')
    L.p(s.sid, "other_id").t(", OPEN) already exists.")
    out.append(L)
    out.append(Line("java_stack").t(f"\t... {R.randint(60, 140)} common frames omitted"))
    return out


def p_visitor():
    tick()
    s = st()
    g = R.choice(s.guardians)
    L = Line("visitor_kv")
    L.t(f"{ts_iso_off()} kiosk-{s.school_code}-01 visitor.checkin ")
    items = [("site", s.school_code), ("kind", "early_dismissal"), ("visitor", g.full, "name"),
             ("id_type", "DL"), ("id_state", g.dl_state), ("id_no", g.dl, "license")]
    if R.random() < 0.75:
        items.append(("plate", g.plate, "vehicle"))
    items += [("student", s.sid, "other_id"), ("reason", f"nurse: {R.choice(['fever 100.9F', 'vomiting', 'injury - possible fx', 'head lice check'])}"),
              ("watchlist", "clear"), ("badge", f"B{R.randint(10000, 99999)}")]
    KV(L, items)
    return [L]


def p_parking():
    tick()
    s = st(lambda x: x.grade >= 11)
    L = Line("parking_csv")
    L.t(f"{ts_py()} INFO permits.import: row=").t(str(R.randint(2, 300))).t(" permit=HS-P-").t(f"{R.randint(100, 999):04d}").t(" student=")
    L.p(s.sid, "other_id").t(" name=\"").p(f"{s.last}, {s.first}", "name").t("\" plate=MA ").p(s.plate, "vehicle")
    L.t(" vin=").p(s.vin, "vehicle").t(" lic=").p(s.dl, "license").t(" medical_flag=")
    L.t(R.choice(["seizure_disorder_no_drive_hold", "none", "none", "diabetes_on_file"]))
    return [L]


def p_cgm():
    tick()
    s = st()
    L = Line("cgm_bridge")
    g = s.guardians[0]
    L.t(f"{ts_iso_off()} cgm-bridge[2214]: ")
    k = R.randint(0, 2)
    if k == 0:
        L.t(f"WARN low glucose alert value={R.randint(48, 69)} mg/dL trend=DOWN transmitter=").p(s.cgm, "device")
        L.t(" student=").p(s.sid, "other_id").t(f" nurse_station={s.school_code} notified=")
        L.p(phone_fmt(g.phone, "e164"), "phone").t(" ack=pending")
    elif k == 1:
        L.t("INFO pump status serial=").p(s.pump, "device").t(f" reservoir={R.randint(8, 180)}U battery={R.randint(10, 99)}% student=")
        L.p(s.sid, "other_id").t(f" last_bolus={R.randint(1, 9)}.{R.randint(0, 9)}U")
    else:
        L.t("INFO FM system paired receiver=").p(s.hearing, "device").t(" (Roger Focus II) student=\"")
        L.p(f"{s.first} {s.last}", "name").t(f"\" room={R.randint(101, 340)} teacher_mic=district-asset-{R.randint(100, 999)}")
    return [L]


def p_mdm():
    tick()
    s = st(lambda x: x.grade >= 3)
    L = Line("mdm_json")
    J(L, [("kind", "admin#directory#chromeosdevice"), ("deviceId", ruuid()), ("serialNumber", s.cb_serial, "device"),
          ("macAddress", s.cb_mac.replace(":", "").lower(), "device"), ("annotatedUser", s.semail, "email"),
          ("annotatedAssetId", s.sid, "other_id"), ("orgUnitPath", f"/Students/{s.school_code}"),
          ("osVersion", "129.0.6668.99"), ("lastSync", ts_utc_z()), ("status", "ACTIVE")], sp=True)
    return [L]


def p_pos():
    tick()
    s = st()
    L = Line("pos_sync")
    L.t(f"POS-SYNC {now():%Y-%m-%d %H:%M:%S} [INFO] push student ").p(s.sid, "other_id").t(' "')
    L.p(f"{fold(s.last).upper()}, {fold(s.first).upper()}", "name").t('" allergy=')
    L.t(R.choice(["PEANUT|TREE_NUT", "MILK", "SESAME", "GLUTEN(CELIAC)", "EGG|SHELLFISH"]))
    L.t(" diet_flag=Y fp_tpl=").p(finger_tpl(R.randint(40, 70)), "biometric")
    return [L]


PHI_BLOCKS = [(p_ehr, 14), (p_mar, 8), (p_vxu, 1.6), (p_qbp, 1.2), (p_compliance, 7), (p_airflow, 10),
              (p_oneroster, 4), (p_screening, 6), (p_letter, 5), (p_x12, 1), (p_billing, 6),
              (p_nginx, 8), (p_pino, 7), (p_card_leak, 1), (p_sms_inbound, 4), (p_sms_status, 3),
              (p_postfix, 4), (p_email_event, 3), (p_ppe, 4), (p_airflow_rare, 3), (p_concussion, 4), (p_impact, 2),
              (p_note, 7), (p_cef, 4), (p_traceback, 1), (p_java_dup, 1), (p_visitor, 4),
              (p_parking, 2), (p_cgm, 4), (p_mdm, 2), (p_pos, 3)]


# ================================================================= noise blocks
def n_spring():
    tick(1, 120)
    L = Line("logback")
    k = R.randint(0, 7)
    th = {0: "scheduling-1", 1: "HikariPool-1 housekeeper", 2: "main", 3: "scheduling-1", 4: f"http-nio-8443-exec-{R.randint(1, 40)}",
          5: f"http-nio-8443-exec-{R.randint(1, 40)}", 6: "task-3", 7: "main"}[k]
    if k == 0:
        sb(L, "INFO", th, "o.h.c.orders.StandingOrderLoader")
        L.t(f"Loaded {R.randint(8, 19)} standing orders for school {R.choice(SCHOOLS)[0]} (protocol v2024.2, signed by medical director)")
    elif k == 1:
        sb(L, "WARN", th, "com.zaxxer.hikari.pool.HikariPool")
        L.t(f"HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta={R.randint(61, 190)}s{R.randint(1, 999)}ms).")
    elif k == 2:
        sb(L, "INFO", th, "o.s.b.a.e.web.EndpointLinksResolver")
        L.t(f"Exposing 3 endpoint(s) beneath base path '/actuator'")
    elif k == 3:
        sb(L, "INFO", th, "o.h.caretrack.sync.MiisBatchScheduler")
        sent = R.randint(20, 300)
        err = R.randint(0, 4)
        L.t(f"VXU batch run finished: sent={sent} acked={sent - err} errors={err} took={R.randint(8, 140)}s")
    elif k == 4:
        sb(L, "DEBUG", th, "o.h.c.security.JwtAuthFilter")
        L.t(f"token accepted sub=svc-screening-ingest scope=screenings:write exp={int(now().timestamp()) + 3600} kid={rhex(8)}")
    elif k == 5:
        sb(L, "INFO", th, "o.h.c.inventory.VfcInventoryService")
        L.t(f"VFC order PO-45001{rdigits(5)} submitted: {R.choice(['MMR', 'Tdap', 'MenACWY', 'Flu QIV'])} x{R.choice([10, 20, 40])} NDC 00006-4681-00 ship-to HVPS-{R.choice(SCHOOLS)[0]}")
    elif k == 6:
        sb(L, "ERROR", th, "o.h.c.integration.MiisSoapClient")
        L.t(f"SOAP fault from MIIS: soap:Server - 'Message rejected: receiving facility not active' (ctrl HV{now():%Y%m%d%H%M%S}{rdigits(3)}), will retry in 300s")
    else:
        sb(L, "INFO", th, "o.h.caretrack.CareTrackApplication")
        t0 = R.randint(18, 41)
        L.t(f"Started CareTrackApplication in {t0}.{R.randint(100, 999)} seconds (process running for {t0 + R.randint(1, 6)}.{R.randint(1, 9)})")
    return [L]


def n_hikari_stack():
    tick()
    out = []
    L = Line("logback")
    sb(L, "ERROR", f"nio-8443-exec-{R.randint(1, 40)}", "o.h.c.common.web.GlobalExceptionHandler")
    L.t("Request failed: GET /api/v3/schools/0412/census")
    out.append(L)
    out.append(Line("java_stack").t("java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30004ms (total=20, active=20, idle=0, waiting=7)"))
    out.append(Line("java_stack").t("\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)"))
    out.append(Line("java_stack").t("\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:179)"))
    out.append(Line("java_stack").t("\tat org.harborview.caretrack.census.CensusRepository.countOpenVisits(CensusRepository.java:54)"))
    out.append(Line("java_stack").t(f"\t... {R.randint(80, 120)} common frames omitted"))
    return out


def n_mirth():
    tick(1, 120)
    L = Line("mirth")
    k = R.randint(0, 3)
    ch = R.choice(["IIS_VXU_Outbound", "IIS_QBP_Forecast", "SIS_ADT_Inbound", "Claims_999_Inbound"])
    if k == 0:
        L.t(f"INFO  {ts_logback()} [Channel: {ch}, Thread: pool-3-thread-{R.randint(1, 8)}] c.m.c.s.c.DonkeyEngineController: Channel {ch} deployed (revision {R.randint(40, 90)})")
    elif k == 1:
        L.t(f"WARN  {ts_logback()} [Channel: {ch}] c.m.c.c.http.HttpDispatcher: Connection to https://miis-hl7.mass.example/soap/v2 reset, retry {R.randint(1, 3)}/3 after {R.randint(500, 4000)}ms")
    elif k == 2:
        L.t(f"INFO  {ts_logback()} [Queue: {ch}] c.m.c.d.queue.DestinationQueue: queued={R.randint(0, 400)} processed={R.randint(1000, 9000)} errored={R.randint(0, 5)}")
    else:
        out = []
        ctrl = "HV" + now().strftime("%Y%m%d%H%M%S") + rdigits(3)
        L.t(f"ERROR {ts_logback()} [Channel: IIS_VXU_Outbound] c.h.m.AckHandler: NACK received for {ctrl}")
        out.append(L)
        out.append(Line("hl7v2").t(f"MSH|^~\\&|MIIS|MADPH|CARETRACK|HVPS|{ts_hl7()}||ACK^V04^ACK|{rhex(12).upper()}|P|2.5.1|||NE|NE"))
        out.append(Line("hl7v2").t(f"MSA|AE|{ctrl}"))
        out.append(Line("hl7v2").t(f"ERR||RXA^1^{R.choice(['5', '15', '17'])}|103^Table value not found^HL70357|W|5^Table value not found^HL70533|||Vaccine code or lot not recognized; record accepted with warning"))
        return out
    return [L]


def n_airflow():
    tick(1, 90)
    L = Line("airflow")
    d = now().astimezone(timezone.utc)
    k = R.randint(0, 5)
    if k == 0:
        L.t(f"{ts_airflow()} {{taskinstance.py:1157}} INFO - Dependencies all met for <TaskInstance: sis_roster_sync.upsert_students scheduled__{d:%Y-%m-%d}T06:00:00+00:00 [queued]>")
    elif k == 1:
        p = R.randint(1, 38)
        L.t(f"{ts_airflow()} {{sis_roster_sync.py:180}} INFO - fetched page {p}/38 (500 records) offset={(p - 1) * 500} in {R.random() * 3:.2f}s")
    elif k == 2:
        L.t(f"{ts_airflow()} {{taskinstance.py:1400}} INFO - Marking task as SUCCESS. dag_id=sis_roster_sync, task_id=upsert_guardians, execution_date={d:%Y%m%d}T060000, start_date={d:%Y%m%d}T060012, end_date={d:%Y%m%dT%H%M%S}")
    elif k == 3:
        L.t(f"{ts_airflow()} {{local_task_job.py:212}} INFO - Task exited with return code 0")
    elif k == 4:
        L.t(f"{ts_airflow()} {{sis_roster_sync.py:260}} INFO - batch stats inserted={R.randint(0, 40)} updated={R.randint(100, 600)} unchanged={R.randint(5000, 9000)} withdrawn={R.randint(0, 9)} errors=0")
    else:
        L.t(f"{ts_airflow()} {{base.py:84}} INFO - Using connection ID 'oneroster_api' for task execution.")
    return [L]


def n_compliance():
    tick(1, 100)
    L = Line("pylog")
    sc = R.choice(SCHOOLS)
    k = R.randint(0, 2)
    if k == 0:
        tot = R.randint(300, 1400)
        L.t(f"{ts_py()} INFO [compliance.summary] school={sc[0]} students={tot} compliant={tot - R.randint(10, 60)} provisional={R.randint(3, 30)} exempt_medical={R.randint(0, 4)} exempt_religious={R.randint(0, 9)} noncompliant={R.randint(0, 20)}")
    elif k == 1:
        L.t(f"{ts_py()} INFO [compliance.registry] fetched {R.randint(400, 2000):,} registry responses in {R.random() * 500:.1f}s ({R.random() * 5:.2f} resp/s), cache_hits={R.randint(10, 90)}%")
    else:
        L.t(f"{ts_py()} WARNING [compliance.rules] rule set MA-105CMR220-2024 loaded with 2 deprecated entries (Hib grade>=K ignored)")
    return [L]


def n_screening():
    tick(1, 200)
    L = Line(R.choice(["pylog", "logfmt"]))
    sc = R.choice(SCHOOLS)
    d = today() + timedelta(days=R.randint(1, 10))
    k = R.randint(0, 3)
    if L.family == "logfmt":
        if k < 2:
            L.t(f"ts={ts_utc_z()} level=info caller=ingest/file.go:54 msg=\"file ingested\" file=scr_{sc[0]}_{d:%Y%m%d}.psv rows={R.randint(80, 700)} rejected={R.randint(0, 6)} dur={R.randint(200, 4000)}ms sha256={rhex(16)}")
        else:
            L.t(f"ts={ts_utc_z()} level=info caller=devices/cal.go:31 msg=\"calibration ok\" device=audiometer model=MA-41 serial={rdigits(7)} cal_date=2024-08-14 next_due=2025-08-14")
    else:
        if k < 2:
            L.t(f"{ts_py()} INFO screening.schedule: screening day school={sc[0]} date={d.isoformat()} grades=K,1,3,5,7,9 vision+hearing vendor=\"Sight & Sound Mobile Screening\" BMI grades=1,4,7,10")
        else:
            L.t(f"{ts_py()} INFO screening.vendor: contact Sight & Sound Mobile Screening LLC 1 (800) 555-0147 fax 781-555-0199 scheduling@sightsoundscreen.example")
    return [L]


def n_billing():
    tick(1, 200)
    L = Line("logfmt")
    d = now()
    k = R.randint(0, 4)
    b = f"MB{d:%Y%m%d}-0{R.randint(1, 4)}"
    if k == 0:
        c = R.randint(200, 600)
        L.t(f"ts={ts_utc_z()} level=info caller=batch/summary.go:40 msg=\"batch summary\" batch={b} claims={c} billed={c * 62.5:.2f} rejected={R.randint(0, 8)} accepted={c - R.randint(0, 8)}")
    elif k == 1:
        L.t(f"ts={ts_utc_z()} level=info caller=sftp/upload.go:88 msg=\"sftp upload complete\" host=sftp.clearinghouse.example path=/inbound/837/HVPS_837P_{d:%Y%m%d_%H%M}.x12 bytes={R.randint(100000, 900000)} dur={R.random() * 5:.2f}s")
    elif k == 2:
        L.t(f"ts={ts_utc_z()} level=info caller=ack/999.go:51 msg=\"999 received\" batch={b} ak9=\"A*1*1*1\" ik5=A trace={rhex(16)}")
    elif k == 3:
        L.t(f"ts={ts_utc_z()} level=warn caller=rates/fee.go:22 msg=\"fee schedule stale\" schedule=MH-SBMB-FY25 age_days={R.randint(31, 90)} proc=T1002 rate=15.63")
    else:
        L.t(f"ts={ts_utc_z()} level=info caller=rmts/quarter.go:118 msg=\"RMTS moment sample drawn\" quarter=FY25Q1 moments={R.randint(2000, 4000)} participants={R.randint(400, 900)} seed={R.randint(10000, 99999)}")
    return [L]


def n_x12_999():
    tick()
    d = now()
    ctrl = R.randint(4100, 4999)
    out = [Line("logfmt").t(f"ts={ts_utc_z()} level=info caller=ack/reader.go:30 msg=\"reading 999\" file=/var/spool/sbmb/in/999_{d:%Y%m%d%H%M}.x12")]
    segs = [f"ISA*00*{' ' * 10}*00*{' ' * 10}*ZZ*{'MAHEALTHCLR':<15}*ZZ*{'HVPS0412BILL':<15}*{d:%y%m%d}*{d:%H%M}*^*00501*{ctrl + 9000:09d}*0*P*:~",
            f"GS*FA*MAHEALTHCLR*HVPS0412BILL*{d:%Y%m%d}*{d:%H%M}*{ctrl + 9000}*X*005010X231A1~",
            "ST*999*0001*005010X231A1~", f"AK1*HC*{ctrl}*005010X222A1~", "AK2*837*0001*005010X222A1~",
            "IK5*A~", "AK9*A*1*1*1~", "SE*6*0001~", f"GE*1*{ctrl + 9000}~", f"IEA*1*{ctrl + 9000:09d}~"]
    out += [Line("x12_999").t(s) for s in segs]
    return out


def n_nginx():
    tick(1, 40)
    L = Line("nginx_access")
    k = R.randint(0, 4)
    if k == 0:
        L.t(f"10.40.{R.randint(0, 3)}.{R.randint(2, 250)} - - [{ts_nginx()}] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\" rt=0.001 urt=0.001 uid=-")
    elif k == 1:
        L.t(f"130.176.{R.randint(1, 250)}.{R.randint(2, 250)} - - [{ts_nginx()}] \"GET /static/js/main.{rhex(8)}.js HTTP/1.1\" 200 {R.randint(40000, 400000)} \"-\" \"Amazon CloudFront\" rt=0.0{R.randint(10, 99)} urt=- uid=-")
    elif k == 2:
        L.t(f"10.40.0.{R.randint(5, 9)} - - [{ts_nginx()}] \"GET /api/v2/health HTTP/1.1\" 200 57 \"-\" \"ELB-HealthChecker/2.0\" rt=0.004 urt=0.004 uid=-")
    elif k == 3:
        L.t(f"{R.choice(['45.148.10.', '185.224.128.', '194.26.29.'])}{R.randint(2, 250)} - - [{ts_nginx()}] \"GET /{R.choice(['wp-login.php', '.env', 'cgi-bin/luci', 'vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php'])} HTTP/1.1\" 404 153 \"-\" \"Mozilla/5.0 zgrab/0.x\" rt=0.000 urt=- uid=-")
    else:
        L.t(f"130.176.{R.randint(1, 250)}.{R.randint(2, 250)} - - [{ts_nginx()}] \"GET /static/i18n/{R.choice(['en', 'es', 'vi', 'ht'])}.json?v=4.12.0 HTTP/1.1\" 200 {R.randint(9000, 30000)} \"-\" \"Amazon CloudFront\" rt=0.002 urt=- uid=-")
    return [L]


def n_pino():
    tick(1, 60)
    L = Line("pino_json")
    k = R.randint(0, 3)
    if k == 0:
        pino(L, 30, [("msg", "request completed"), ("res", Obj([("statusCode", 200)])), ("responseTime", round(R.random() * 40, 1)),
                     ("req", Obj([("method", "GET"), ("url", "/api/v1/health")]))])
    elif k == 1:
        pino(L, 30, [("msg", "server listening"), ("port", 8080), ("env", "production"), ("version", "4.12.0"), ("commit", rhex(7))])
    elif k == 2:
        pino(L, 40, [("msg", "sms provider throttled"), ("provider", "twilio"), ("retryAfterMs", R.randint(500, 5000)), ("queueDepth", R.randint(10, 900))])
    else:
        pino(L, 30, [("msg", "i18n bundle loaded"), ("locales", Arr(["en", "es", "vi", "ht"])), ("keys", R.randint(1800, 2100))])
    return [L]


def n_postfix():
    tick(1, 30)
    L = Line("postfix")
    qid = rhex(10).upper()
    k = R.randint(0, 3)
    p = R.randint(900, 30000)
    if k == 0:
        L.t(f"{ts_syslog()} mail-relay-02 postfix/qmgr[1123]: {qid}: from=<noreply@hvps.org>, size={R.randint(6000, 40000)}, nrcpt=1 (queue active)")
    elif k == 1:
        L.t(f"{ts_syslog()} mail-relay-02 postfix/qmgr[1123]: {qid}: removed")
    elif k == 2:
        L.t(f"{ts_syslog()} mail-relay-02 postfix/smtpd[{p}]: connect from app-notify-{R.randint(1, 3)}.hvps.internal[10.40.6.{R.randint(10, 40)}]")
    else:
        L.t(f"{ts_syslog()} mail-relay-02 postfix/cleanup[{p}]: {qid}: message-id=<{rhex(16)}@notify.hvps.org>")
    return [L]


def n_k8s():
    tick(1, 120)
    L = Line("k8s_event")
    app = R.choice(["roster-sync", "portal-api", "caretrack-mar", "screening-ingest", "sbmb-claims", "cgm-bridge"])
    pod = f"{app}-{rhex(9)}-{ralnum(5, 'abcdefghjkmnpqrstvwxz2456789')}"
    k = R.randint(0, 4)
    if k == 0:
        L.t(f"{ts_utc_z()} Normal   Pulled    pod/{pod}   Successfully pulled image \"registry.hvps.org/health/{app}:{R.randint(1, 5)}.{R.randint(0, 20)}.{R.randint(0, 9)}\" in {R.random() * 4:.3f}s")
    elif k == 1:
        L.t(f"{ts_utc_z()} Warning  Unhealthy pod/{pod}   Readiness probe failed: Get \"http://10.244.{R.randint(0, 9)}.{R.randint(2, 250)}:8080/ready\": context deadline exceeded")
    elif k == 2:
        L.t(f"{ts_utc_z()} Normal   Scheduled pod/{pod}   Successfully assigned health/{pod} to aks-health-{rhex(8)}-vmss00000{R.randint(0, 9)}")
    elif k == 3:
        L.t(f"{ts_utc_z()} Warning  BackOff   pod/{pod}   Back-off restarting failed container {app} in pod {pod}_health({ruuid()})")
    else:
        L.t(f"{ts_utc_z()} Normal   SuccessfulCreate job/{app}-{R.randint(28800000, 28899999)}   Created pod: {pod}")
    return [L]


def n_pg():
    tick(1, 200)
    L = Line("postgres")
    p = R.randint(1000, 60000)
    k = R.randint(0, 4)
    if k == 0:
        L.t(f"{ts_pg()} [{p}] LOG:  checkpoint complete: wrote {R.randint(200, 9000)} buffers ({R.random() * 30:.1f}%); 0 WAL file(s) added, 0 removed, {R.randint(1, 9)} recycled; write={R.random() * 200:.3f} s, sync=0.0{R.randint(10, 99)} s, total={R.random() * 200:.3f} s")
    elif k == 1:
        L.t(f"{ts_pg()} [{p}] LOG:  duration: {R.random() * 4000:.3f} ms  statement: SELECT s.school_code, count(*) FROM visit v JOIN student s USING (student_id) WHERE v.opened_at >= now() - interval '1 day' GROUP BY 1")
    elif k == 2:
        L.t(f"{ts_pg()} [{p}] LOG:  automatic vacuum of table \"caretrack.public.med_admin\": index scans: 1")
    elif k == 3:
        L.t(f"{ts_pg()} [{p}] FATAL:  password authentication failed for user \"svc_reporting\"")
    else:
        L.t(f"{ts_pg()} [{p}] LOG:  connection authorized: user=svc_caretrack database=caretrack application_name=PostgreSQL JDBC Driver SSL enabled (protocol=TLSv1.3)")
    return [L]


def n_misc():
    tick(1, 200)
    k = R.randint(0, 11)
    d = now()
    if k == 0:
        return [Line("redis").t(f"1:M {d:%d %b %Y %H:%M:%S}.{ms(d)} * {R.randint(10, 1000)} changes in 300 seconds. Saving...")]
    if k == 1:
        return [Line("haproxy").t(f"{ts_syslog()} lb01 haproxy[912]: 10.40.0.{R.randint(5, 9)}:{R.randint(30000, 65000)} [{d:%d/%b/%Y:%H:%M:%S}.{ms(d)}] fe_https~ be_ehr/ehr-app-0{R.randint(1, 4)} 0/0/1/{R.randint(5, 200)}/{R.randint(5, 210)} 200 {R.randint(100, 9000)} - - ---- {R.randint(100, 400)}/{R.randint(100, 400)}/4/2/0 0/0 \"GET /api/v3/health HTTP/1.1\"")]
    if k == 2:
        m = R.choice([
            f'hvps_claims_batch_duration_seconds_bucket{{batch_type="837P",le="30"}} {R.randint(10, 90)}',
            f'caretrack_open_visits{{school="{R.choice(SCHOOLS)[0]}"}} {R.randint(0, 9)}',
            f'miis_vxu_ack_total{{code="AA"}} {R.randint(10000, 90000)}',
            f'portal_sms_sent_total{{lang="{R.choice(["en", "es", "vi", "ht"])}",status="delivered"}} {R.randint(1000, 40000)}',
            f'process_resident_memory_bytes {R.randint(200000000, 900000000)}',
            f'screening_rows_rejected_total{{reason="dob_mismatch"}} {R.randint(0, 60)}'])
        return [Line("prometheus").t(m)]
    if k == 3:
        return [Line("cron").t(f"{ts_syslog()} sis-sync01 CRON[{R.randint(1000, 40000)}]: (svc_sis) CMD (/opt/sis-sync/bin/run --delta >> /var/log/sis-sync/cron.log 2>&1)")]
    if k == 4:
        return [Line("systemd").t(f"{ts_syslog()} mirth01 systemd[1]: {R.choice(['Started Mirth Connect Server.', 'mcservice.service: Consumed 3h 12min 8.114s CPU time.', 'Starting Daily apt upgrade and clean activities...', 'Finished Rotate log files.'])}")]
    if k == 5:
        return [Line("certbot").t(f"{ts_py()}:INFO:certbot._internal.renewal:Certificate for portal.hvps.org expires in {R.randint(10, 29)} days (notAfter=2024-11-0{R.randint(1, 9)}T23:59:59Z); renewal scheduled")]
    if k == 6:
        return [Line("pylog").t(f"{ts_py()} INFO config: miis.endpoint=https://miis-hl7.mass.example/soap/v2 miis.facility=HVPS retries=3 timeout_s=30 batch_size=200 build=2024.10.{R.randint(1, 7)}+{rhex(7)}")]
    if k == 7:
        return [Line("cgm_bridge").t(f"{ts_iso_off()} cgm-bridge[2214]: INFO follow API poll ok subscriptions={R.randint(20, 60)} lag_p95={R.randint(20, 90)}s rate_limit_remaining={R.randint(100, 900)}")]
    if k == 8:
        return [Line("pos_sync").t(f"POS-SYNC {d:%Y-%m-%d %H:%M:%S} [INFO] {R.randint(5000, 9000):,} students pushed to terminals ({R.randint(30, 60)} lanes), 0 errors, {R.random() * 20:.1f}s")]
    if k == 9:
        return [Line("visitor_kv").t(f"{ts_iso_off()} kiosk-{R.choice(SCHOOLS)[0]}-01 device.heartbeat fw=6.3.2 printer=DYMO-450 labels_left={R.randint(10, 400)} uptime_s={R.randint(1000, 900000)}")]
    if k == 10:
        return [Line("cef").t(f"{ts_syslog()} siem-fwd01 CEF:0|Harborview PS|CareTrack|5.12.3|401|Login failed|5|rt={d:%b %d %Y %H:%M:%S} EDT suser={R.choice(NURSES)[0]} src=10.40.{R.randint(1, 30)}.{R.randint(2, 250)} reason=BAD_PASSWORD attempts={R.randint(1, 5)}")]
    return [Line("syslog").t(f"{ts_syslog()} at-app01 rtp-tracker[{R.randint(2000, 9000)}]: INFO daily digest sent to athletics@hvps.org open_cases={R.randint(3, 25)} cleared_this_week={R.randint(0, 8)}")]


def n_pytrace():
    tick()
    out = [Line("pylog").t(f"{ts_py()} ERROR [sis_sync.db] upsert batch failed, will retry (attempt {R.randint(1, 3)}/5)"),
           Line("py_traceback").t("Traceback (most recent call last):"),
           Line("py_traceback").t('  File "/opt/sis-sync/sis_sync/db.py", line 47, in connect'),
           Line("py_traceback").t("    conn = psycopg2.connect(dsn, connect_timeout=10)"),
           Line("py_traceback").t('psycopg2.OperationalError: could not connect to server: Connection timed out'),
           Line("py_traceback").t('\tIs the server running on host "sis-db-02.hvps.internal" (10.40.8.21) and accepting'),
           Line("py_traceback").t("\tTCP/IP connections on port 5432?")]
    return out


def n_contact():
    tick(1, 300)
    L = Line(R.choice(["pylog", "pino_json"]))
    sc = R.choice(SCHOOLS)
    if L.family == "pylog":
        L.t(f"{ts_py()} INFO notify.footer: school={sc[0]} office=\"{sc[1]} Health Office\" phone=(617) 635-{R.randint(8000, 8999)} fax=(617) 635-{R.randint(8000, 8999)} nurse_mailbox=nurse-{sc[0]}@hvps.org")
    else:
        pino(L, 30, [("msg", "support contact rendered"), ("contact", Obj([("name", "HVPS Health Services"), ("phone", "617-635-8780"),
                                                                            ("email", "healthservices@hvps.org")])), ("school", sc[0])])
    return [L]


NOISE_BLOCKS = [(n_spring, 10), (n_hikari_stack, 1), (n_mirth, 6), (n_airflow, 8), (n_compliance, 4),
                (n_screening, 4), (n_billing, 5), (n_x12_999, 1), (n_nginx, 9), (n_pino, 5), (n_postfix, 5),
                (n_k8s, 7), (n_pg, 6), (n_misc, 16), (n_pytrace, 1), (n_contact, 2)]


# ================================================================= assemble
def wpick(blocks):
    fs, ws = zip(*blocks)
    return R.choices(fs, weights=ws)[0]


def main():
    lines = []
    used_multi = {p_x12: 0, p_traceback: 0, n_x12_999: 0, n_hikari_stack: 0, n_pytrace: 0, p_java_dup: 0, p_vxu: 0}
    caps = {p_x12: 1, p_traceback: 1, n_x12_999: 1, n_hikari_stack: 1, n_pytrace: 1, p_java_dup: 2, p_vxu: 5}
    while len(lines) < N_LINES:
        nophi = sum(1 for l in lines if not l.spans)
        frac = nophi / len(lines) if lines else TARGET_NOPHI
        pn = min(0.95, max(0.05, TARGET_NOPHI + (TARGET_NOPHI - frac) * 4))
        blocks = NOISE_BLOCKS if R.random() < pn else PHI_BLOCKS
        f = wpick(blocks)
        if f in caps:
            if used_multi[f] >= caps[f]:
                continue
        state = R.getstate(), CLOCK[0]
        blk = f()
        if len(lines) + len(blk) > N_LINES:
            R.setstate(state[0])
            CLOCK[0] = state[1]
            R.random()  # move on deterministically
            continue
        if f in caps:
            used_multi[f] += 1
        lines.extend(blk)
    assert len(lines) == N_LINES

    log_rows, lab_rows = [], []
    for i, L in enumerate(lines, 1):
        txt = L.text()
        assert txt and "\n" not in txt and "\r" not in txt, (i, txt)
        raw = txt.encode("utf-8")
        spans = sorted(L.spans, key=lambda x: x["s"])
        prev = -1
        for sp in spans:
            assert raw[sp["s"]:sp["e"]].decode("utf-8") == sp["v"], (i, sp, txt)
            assert sp["s"] >= prev, ("overlap", i, spans)
            assert sp["e"] > sp["s"]
            prev = sp["e"]
        log_rows.append(txt)
        lab_rows.append(json.dumps({"line": i, "family": L.family,
                                    "spans": [{"s": sp["s"], "e": sp["e"], "cat": sp["cat"]} for sp in spans]},
                                   ensure_ascii=False))
    (HERE / f"{ID}.log").write_bytes("\n".join(log_rows).encode("utf-8"))
    (HERE / f"{ID}.labels.jsonl").write_bytes(("\n".join(lab_rows) + "\n").encode("utf-8"))

    nophi = sum(1 for L in lines if not L.spans)
    cats = {}
    fams = {}
    for L in lines:
        fams[L.family] = fams.get(L.family, 0) + 1
        for sp in L.spans:
            cats[sp["cat"]] = cats.get(sp["cat"], 0) + 1
    print(f"lines={len(lines)} nophi={nophi} ({100 * nophi / len(lines):.1f}%) families={len(fams)}")
    print("cats", dict(sorted(cats.items(), key=lambda x: -x[1])))
    print("fams", dict(sorted(fams.items(), key=lambda x: -x[1])))


if __name__ == "__main__":
    main()
