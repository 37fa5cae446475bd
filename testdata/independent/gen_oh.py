#!/usr/bin/env python3
"""Synthetic labeled log corpus "oh": pediatric blood & marrow transplant / cell therapy unit.

Systems simulated (one aggregated, time-ordered log of 500 physical lines):
  cell processing lab ISBT 128 label printing and scans, LN2 cryo inventory exports,
  controlled-rate freezer telemetry, CAR-T chain-of-identity/custody XML and portal JSON,
  NMDP-like donor search XML requests and JSON match results, apheresis (Spectra Optia)
  CSV exports, bedside infusion verification key=value logs, HL7 v2 ADT/ORU (chimerism,
  CMV PCR) written one segment per physical line, Mirth Connect channel logs (escaped \\r),
  CIBMTR FormsNet-like submission client (logback), family housing booking API (Django),
  travel coordination CSV, Node.js family app (pino JSON + morgan/nginx access logs),
  pharmacy IV compounding records, .NET scheduling service (NLog + EF Core), security badge
  access CSV (Lenel-like) and visitor enrollment, infrastructure syslog / kubelet noise.

Everything is synthetic.  Deterministic: random.Random(20241014), no clock or OS entropy.

Labeling decisions:
- Labeled people: patients (children), parents/guardians, siblings, grandparents, emergency
  contacts, insured/guarantor parents, and stem-cell/cord donors (related and unrelated).
- Not labeled: physicians, nurses, cell-processing technologists, pharmacists, coordinators,
  housing/security staff, couriers, vendors, the hospital and its departments, staff badge
  numbers and staff usernames, business phones/emails/addresses, facility codes (FIN W0413,
  CIBMTR CCN, NMDP center ids), equipment serials (Optia, freezers, pumps, dewars, printers).
- Names: a contiguous full name ("Last, First", "First Last", initials such as "S.R.D.") is one
  span; in HL7 XPN fields each component (family, given, middle) is its own span and the ^
  separators / degree suffixes are not labeled. Names in Arabic script are labeled like others.
- Addresses: street line and city are separate "address" spans (apartment kept with street);
  state is never labeled; US ZIP and foreign postal codes are "zip". Countries not labeled.
- Dates labeled: birth dates, admission/discharge, HCT/infusion (Day 0), apheresis collection,
  specimen collection/observation dates (OBR-7, OBX-14), appointments, housing check-in/out,
  travel dates of the family, dates written by parents in messages (also "21/10" without a year),
  scheduled administration dates in compounding rows, home-infusion discharge dates, and a parking
  permit's valid-until (it is the family's check-out date).
  Not labeled: log/message timestamps (incl. MSH-7, EVN-2), product expiry and beyond-use dates,
  job schedules, report-generation dates, relative days ("Day +30"), years alone.
- Ages: only ages over 89 are labeled ("age"); children's and donors' ages are not.
- other_id: DIN (ISBT 128 donation identification number, labeled as FIN+year+sequence without
  the "=" data identifier or flag characters), CAR-T chain-of-identity ids, NMDP recipient ids,
  donor ids, GRIDs, cord blood unit ids, CIBMTR CRIDs, HL7 visit numbers (PV1-19), housing
  family/guest profile ids, family-app usernames and user ids, visitor badge numbers, sponsor
  (embassy) case numbers, frequent-flyer numbers.
- Not labeled (transaction ids): order/Rx numbers, accession/filler numbers, HL7 message control
  ids, booking confirmation numbers, airline PNRs, invoice/PO numbers, trace/span/request ids.
- account: HL7 PID-18 patient account, card numbers (full PAN), bank account numbers (routing
  numbers are not labeled). health_plan: Medicaid/CHIP/commercial member and policy numbers.
- device: a patient's/parent's own device: home infusion pump serials, parents' phone device
  ids in the family app, MAC addresses of parents' phones on the guest Wi-Fi.
- ip: public IPs of parents using the app; private/internal IPs and documentation ranges
  (203.0.113.0/24 etc.) are not labeled.
- url: personal pages (CaringBridge/GoFundMe) of a family; e-mail inside a URL query string is
  labeled as email (its encoded form).
- photo: base64 JPEG visitor photos; biometric: base64 ISO 19794-2 fingerprint templates.
- license: parents' driver's licence numbers (visitor enrollment, housing check-in). A passport
  number used instead (international family) is other_id, not license.
- Staff first names inside parents' messages ("nurse Dana") are not labeled.
- HLA typing, diagnoses, CD34 counts, chimerism and CMV values are health data, not identifiers.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

R = random.Random(20241014)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "oh"
TOTAL = 500


# ---------------------------------------------------------------- line builder
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []

    def a(self, text):
        self.buf += text.encode("utf-8")

    def put(self, arg):
        if isinstance(arg, tuple):
            val, cat = arg
            val = str(val)
            s = len(self.buf)
            self.a(val)
            if cat:
                self.spans.append({"s": s, "e": len(self.buf), "cat": cat, "_v": val})
        elif isinstance(arg, list):
            for x in arg:
                self.put(x)
        else:
            self.a(str(arg))

    def text(self):
        return self.buf.decode("utf-8")


def S(tpl, *args):
    """template fragment -> list of args (plain strings and (value, cat) tuples)"""
    parts = tpl.split("{}")
    assert len(parts) == len(args) + 1, (tpl, len(parts), len(args))
    out = []
    for i, p in enumerate(parts):
        out.append(p)
        if i < len(args):
            out.append(args[i])
    return out


def X(fam, tpl, *args):
    ln = Line(fam)
    ln.put(S(tpl, *args))
    return ln


def T(cat):
    return lambda v: (str(v), cat)


NM, AD, ZP, DT, AG = T("name"), T("address"), T("zip"), T("date"), T("age")
PH, FX, EM, SSN, MRN = T("phone"), T("fax"), T("email"), T("ssn"), T("mrn")
HP, AC, LC, VH, DV = T("health_plan"), T("account"), T("license"), T("vehicle"), T("device")
URL, IP, BIO, PHO, OID = T("url"), T("ip"), T("biometric"), T("photo"), T("other_id")


def jq(s):
    """JSON-escape a plain string (no surrounding quotes)."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


def ascii_up(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def ascii_lo(s):
    return ascii_up(s).lower()


def pick(seq):
    return R.choice(seq)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def b62(n):
    al = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    return "".join(R.choice(al) for _ in range(n))


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def luhn_complete(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return payload + str((10 - total % 10) % 10)


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    tr = {**{str(i): i for i in range(10)},
          **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
          "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    while True:
        v = [pick(["1", "2", "3", "5", "J", "K", "W"])] + [R.choice(al) for _ in range(16)]
        v[8] = "0"
        v[9] = pick("KLMNPR")  # model years 2019-2024
        s = sum(tr[c] * w[i] for i, c in enumerate(v)) % 11
        v[8] = "X" if s == 10 else str(s)
        return "".join(v)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def rdate(y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(R.randint(a, b))


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
       "octubre", "noviembre", "diciembre"]


def fd(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.strftime('%y')}"
    if style == "eu":
        return d.strftime("%d/%m/%Y")
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "mon":
        return f"{MON[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy_up":
        return f"{d.day:02d}-{MON[d.month - 1].upper()}-{d.year}"
    if style == "es":
        return f"{d.day} de {MES[d.month - 1]} de {d.year}"
    if style == "es_short":
        return f"{d.day} de {MES[d.month - 1]}"
    if style == "dm":
        return f"{d.day}/{d.month}"
    if style == "ar_ymd":
        return f"{d.year}/{d.month}/{d.day}"
    if style == "ar_digits":
        t = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
        return f"{d.day}/{d.month}/{d.year}".translate(t)
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "md":
        return f"{d.month}/{d.day}"
    raise ValueError(style)


def fphone(ph, style=None):
    kind, num = ph
    if kind == "us":
        a, b, c = num[:3], num[3:6], num[6:]
        style = style or pick(["paren", "dash", "plain", "e164", "dots", "intl_sp"])
        return {"paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "plain": num,
                "e164": f"+1{num}", "dots": f"{a}.{b}.{c}", "intl_sp": f"+1 {a} {b} {c}",
                "hl7": f"({a}){b}-{c}"}[style]
    if kind == "sa":
        style = style or pick(["intl", "e164", "local"])
        return {"intl": f"+966 {num[:2]} {num[2:5]} {num[5:]}", "e164": f"+966{num}",
                "local": f"0{num}", "hl7": f"+966{num}", "paren": f"+966 {num[:2]} {num[2:5]} {num[5:]}",
                "dash": f"+966-{num[:2]}-{num[2:5]}-{num[5:]}", "plain": f"00966{num}",
                "dots": f"+966.{num}", "intl_sp": f"+966 {num}"}[style]
    if kind == "mx":
        style = style or pick(["intl", "e164", "local"])
        return {"intl": f"+52 {num[:2]} {num[2:6]} {num[6:]}", "e164": f"+52{num}",
                "local": f"{num[:2]} {num[2:6]} {num[6:]}", "hl7": f"+52{num}",
                "paren": f"+52 ({num[:2]}) {num[2:6]}-{num[6:]}", "dash": f"+52-{num[:2]}-{num[2:6]}-{num[6:]}",
                "plain": f"52{num}", "dots": f"{num[:2]}.{num[2:6]}.{num[6:]}",
                "intl_sp": f"+52 {num}"}[style]
    raise ValueError(kind)


AREA = {"Pasadena": ["832", "281", "713"], "Sugar Land": ["281", "832"], "Beaumont": ["409"],
        "Houston": ["713", "832", "346"], "Laredo": ["956"], "Shreveport": ["318"],
        "Katy": ["281", "346"], "Dearborn": ["313"], "Plano": ["972", "469"], "Gallup": ["505"],
        "Pearland": ["281", "832"], "Minneapolis": ["612"], "Round Rock": ["512", "737"],
        "Harlingen": ["956"], "Galveston": ["409"], "Missouri City": ["281", "832"],
        "The Woodlands": ["936", "281"], "Lafayette": ["337"]}


def us_phone(city):
    return ("us", pick(AREA[city]) + str(R.randint(2, 9)) + f"{R.randint(0, 99):02d}" + f"{R.randint(0, 9999):04d}")


# ---------------------------------------------------------------- people
# child first, last, middle, sex, mother, father, lang, street, city, state, zip, dx, hct type
FAMS = [
    ("Sofía", "Ramírez-Delgado", "Isabel", "F", ("Marisol", "Delgado"), ("Luis", "Ramírez"), "es",
     "1420 Ashford Pkwy Apt 12B", "Pasadena", "TX", "77506", "AML", "MUD PBSC"),
    ("Yusuf", "Al-Qahtani", "Abdullah", "M", ("Noura", "Al-Shehri"), ("Abdullah", "Al-Qahtani"), "ar",
     "7 Anas Ibn Malik Rd, Al Malqa", "Riyadh", "RI", "13521", "B-ALL", "CAR-T"),
    ("Amara", "Okonkwo", "Chidinma", "F", ("Chiamaka", "Okonkwo"), ("Emeka", "Okonkwo"), "en",
     "3318 Sweetwater Blvd", "Sugar Land", "TX", "77479", "SCD", "haplo BM"),
    ("Liam", "O'Connell", "Patrick", "M", ("Kathleen", "O'Connell"), ("Sean", "O'Connell"), "en",
     "892 Calder Ave", "Beaumont", "TX", "77706", "T-ALL", "MSD BM"),
    ("Bao Anh", "Nguyen", "Thi", "F", ("Lan", "Tran"), ("Minh", "Nguyen"), "en",
     "10955 Bellaire Blvd #304", "Houston", "TX", "77072", "SAA", "MUD BM"),
    ("Mateo", "de la Cruz", "Alejandro", "M", ("Guadalupe", "de la Cruz"), ("Javier", "de la Cruz"), "es",
     "2107 Calle del Norte", "Laredo", "TX", "78041", "HLH", "MUD PBSC"),
    ("Aaliyah", "Washington-Brooks", "Renee", "F", ("Tamika", "Washington"), ("Darnell", "Brooks"), "en",
     "4410 Youree Dr", "Shreveport", "LA", "71105", "B-ALL", "CAR-T"),
    ("Noah", "van der Merwe", "Pieter", "M", ("Annelie", "van der Merwe"), ("Pieter", "van der Merwe"), "en",
     "25807 Kingsland Blvd", "Katy", "TX", "77494", "NBL", "auto PBSC"),
    ("Layla", "Haddad", "Nour", "F", ("Rania", "Haddad"), ("Karim", "Haddad"), "ar",
     "6120 Kendal St", "Dearborn", "MI", "48126", "Thal", "MSD BM"),
    ("Santiago", "Hernández Ochoa", "José", "M", ("María José", "Ochoa"), ("Raúl", "Hernández"), "es",
     "Av. Constitución 1450, Col. Centro", "Monterrey", "NL", "64000", "AML", "cord"),
    ("Priya", "Venkataraman", "Lakshmi", "F", ("Lakshmi", "Venkataraman"), ("Arun", "Venkataraman"), "en",
     "6901 Coit Rd", "Plano", "TX", "75024", "FA", "MUD BM"),
    ("Elijah", "Begay", "Ray", "M", ("Shandiin", "Begay"), ("Darrell", "Begay"), "en",
     "518 Aztec Ave", "Gallup", "NM", "87301", "SCID", "haplo BM"),
    ("Zofia", "Kowalczyk", "Maria", "F", ("Agnieszka", "Kowalczyk"), ("Tomasz", "Kowalczyk"), "en",
     "2904 Broadway St", "Pearland", "TX", "77581", "B-ALL", "CAR-T"),
    ("Omar", "Farah", "Abdirahman", "M", ("Hodan", "Abdi"), ("Abdirahman", "Farah"), "ar",
     "1815 Riverside Ave #6", "Minneapolis", "MN", "55454", "AML", "haplo PBSC"),
    ("Jae-won", "Park", "", "M", ("Min-ji", "Kim"), ("Sung-ho", "Park"), "en",
     "1200 Red Bud Ln", "Round Rock", "TX", "78664", "CGD", "MUD BM"),
    ("Camila", "Reyes-Fuentes", "Lucía", "F", ("Ana Lucía", "Fuentes"), ("Diego", "Reyes"), "es",
     "615 E Harrison Ave", "Harlingen", "TX", "78550", "SCD", "MSD BM"),
    ("Malik", "Johnson", "Andre", "M", ("Keisha", "Johnson"), ("Malik", "Johnson"), "en",
     "4027 Avenue P 1/2", "Galveston", "TX", "77550", "T-ALL", "MUD PBSC"),
    ("Mariam", "Saleh", "Huda", "F", ("Huda", "Saleh"), ("Tariq", "Saleh"), "ar",
     "4611 Riverstone Blvd", "Missouri City", "TX", "77459", "HLH", "haplo BM"),
    ("Isabella", "Rossi-Tanaka", "Yuki", "F", ("Yuki", "Tanaka"), ("Marco", "Rossi"), "en",
     "47 Waterway Square Pl", "The Woodlands", "TX", "77380", "MDS", "cord"),
    ("Ethan", "LeBlanc", "Rémy", "M", ("Danielle", "LeBlanc"), ("Rémy", "LeBlanc"), "en",
     "302 Verot School Rd", "Lafayette", "LA", "70508", "Hurler", "cord"),
]

ARABIC = {
    "Al-Qahtani": ("يوسف", "يوسف القحطاني", "عبدالله القحطاني", "نورة الشهري"),
    "Haddad": ("ليلى", "ليلى حداد", "كريم حداد", "رانيا حداد"),
    "Farah": ("عمر", "عمر فارح", "عبدالرحمن فارح", "هودان عبدي"),
    "Saleh": ("مريم", "مريم صالح", "طارق صالح", "هدى صالح"),
}

SIBS = {"O'Connell": ("Siobhan", "F"), "Haddad": ("Ziad", "M"), "Reyes-Fuentes": ("Valentina", "F"),
        "Okonkwo": ("Obinna", "M"), "Begay": ("Kai", "M"), "Saleh": ("Ahmad", "M"),
        "Farah": ("Ayaan", "F")}

ELDERS = {"Hernández Ochoa": ("Dolores Ochoa", "abuela", 92), "LeBlanc": ("Théodore LeBlanc", "great-grandfather", 91),
          "Kowalczyk": ("Halina Nowak", "great-grandmother", 94)}

EMAIL_DOM = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "att.net", "live.com"]
PUB_OCT = [24, 47, 66, 67, 68, 69, 70, 71, 72, 73, 75, 76, 98, 99, 104, 107, 108, 174, 184, 187, 189, 201]


def pub_ip(intl=None):
    if intl == "sa":
        return f"{pick([5, 37, 51, 94])}.{R.randint(1, 254)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if intl == "mx":
        return f"{pick([187, 189, 201])}.{R.randint(128, 254)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    return f"{pick(PUB_OCT)}.{R.randint(1, 254)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def mac():
    oui = pick(["A4:83:E7", "F0:99:B6", "3C:22:FB", "DC:A6:32", "8C:85:90", "BC:D0:74", "58:40:4E"])
    return oui + ":" + ":".join(f"{R.randint(0, 255):02X}" for _ in range(3))


class P:
    pass


def mk_people():
    out = []
    for (first, last, mid, sex, mom, dad, lang, street, city, st, zc, dx, hct) in FAMS:
        p = P()
        p.first, p.last, p.mid, p.sex, p.mom, p.dad, p.lang = first, last, mid, sex, mom, dad, lang
        p.street, p.city, p.st, p.zip, p.dx, p.hct = street, city, st, zc, dx, hct
        p.full = f"{first} {last}"
        p.intl = "sa" if city == "Riyadh" else ("mx" if city == "Monterrey" else None)
        p.dob = rdate(2007, 2022)
        p.mrn = str(R.randint(4100000, 4899999))
        p.acct = "6" + str(R.randint(10 ** 8, 10 ** 9 - 1))
        p.visit = "24" + str(R.randint(10 ** 7, 10 ** 8 - 1))
        p.ssn = None if p.intl else ssn()
        if p.intl:
            p.plan, p.plan_name = None, None
            p.sponsor = ("SACM-" if p.intl == "sa" else "SSA-NL-") + f"{R.randint(24, 24)}-{R.randint(100000, 999999)}"
        else:
            r = R.random()
            if r < 0.5:
                p.plan = str(R.randint(500000000, 799999999))
                p.plan_name = {"TX": "TEXAS MEDICAID", "LA": "LOUISIANA MEDICAID", "NM": "CENTENNIAL CARE",
                               "MI": "MICHIGAN MEDICAID", "MN": "MEDICAL ASSISTANCE MN"}[st]
            else:
                p.plan = pick(["XEH", "ZGP", "YRB", "H7K"]) + str(R.randint(10 ** 8, 10 ** 9 - 1))
                p.plan_name = pick(["BCBS TX PPO", "AETNA CHOICE POS II", "UNITEDHEALTHCARE CHOICE PLUS", "CIGNA OAP"])
            p.sponsor = None
        p.crid = str(R.randint(1000000, 4999999))
        p.rid = f"{R.randint(1000, 9999)}-{R.randint(1000, 9999)}-{R.randint(0, 9)}"
        p.day0 = dt.date(2024, 9, 9) + dt.timedelta(days=R.randint(0, 60))
        p.admit = p.day0 - dt.timedelta(days=R.randint(7, 12))
        p.coi = f"COI-{R.randint(10, 99)}{pick('ABCDEFGHJKLMNPRSTUVWXYZ')}{R.randint(1000, 9999)}-{pick('ABCDEFGHJKLMNPRSTUVWXYZ')}" if hct == "CAR-T" else None
        p.dins = [f"W0413 24 {R.randint(100000, 999999)}" for _ in range(3)]
        if p.intl == "sa":
            p.mom_ph, p.dad_ph = ("sa", "5" + str(R.randint(10 ** 7, 10 ** 8 - 1))), ("sa", "5" + str(R.randint(10 ** 7, 10 ** 8 - 1)))
            p.us_ph = us_phone("Houston")
        elif p.intl == "mx":
            p.mom_ph, p.dad_ph = ("mx", "81" + str(R.randint(10 ** 7, 10 ** 8 - 1))), ("mx", "81" + str(R.randint(10 ** 7, 10 ** 8 - 1)))
            p.us_ph = us_phone("Houston")
        else:
            p.mom_ph, p.dad_ph = us_phone(city), us_phone(city)
            p.us_ph = p.mom_ph
        mf, ml = ascii_lo(mom[0]).replace(" ", ""), ascii_lo(mom[1]).replace(" ", "").replace("'", "")
        df, dl = ascii_lo(dad[0]).replace(" ", ""), ascii_lo(dad[1]).replace(" ", "").replace("'", "")
        p.mom_email = pick([f"{mf}.{ml}{R.randint(70, 99)}", f"{mf[0]}{ml}", f"{mf}{ml}{R.randint(1, 9)}", f"{ml}.{mf}"]) + "@" + pick(EMAIL_DOM)
        p.dad_email = pick([f"{df}.{dl}", f"{df}_{dl}{R.randint(10, 99)}", f"{df[0]}{dl}{R.randint(1, 99)}"]) + "@" + pick(EMAIL_DOM)
        p.primary = "dad" if lang == "ar" else ("mom" if lang == "es" else pick(["mom", "dad"]))
        par = mom if p.primary == "mom" else dad
        p.par = par
        p.par_full = f"{par[0]} {par[1]}"
        p.par_ph = p.mom_ph if p.primary == "mom" else p.dad_ph
        p.par_email = p.mom_email if p.primary == "mom" else p.dad_email
        p.user = pick([p.par_email.split("@")[0], ascii_lo(par[0]).replace(" ", "")[:6] + "_" + ascii_lo(first)[:4] + str(R.randint(1, 99)),
                       ascii_lo(par[0][0] + par[1]).replace(" ", "").replace("'", "")])
        p.uid = "usr_" + b62(12)
        p.ip = pub_ip(p.intl)
        p.ip2 = pub_ip(p.intl)
        p.devid = uuid4().upper() if R.random() < 0.6 else hexs(16)
        p.mac = mac()
        st2 = p.st if not p.intl else "TX"
        p.plate = pick([f"{pick('BCDFGHJKLMNPRSTVWXYZ')}{pick('BCDFGHJKLMNPRSTVWXYZ')}{pick('BCDFGHJKLMNPRSTVWXYZ')}{R.randint(1000, 9999)}",
                        f"{R.randint(100, 999)} {pick('BCDFGHJKLMNPRSTVWXYZ')}{pick('BCDFGHJKLMNPRSTVWXYZ')}{pick('BCDFGHJKLMNPRSTVWXYZ')}",
                        f"{pick('BCDFGHJKLMNPRSTVWXYZ')}{pick('BCDFGHJKLMNPRSTVWXYZ')}{pick('BCDFGHJKLMNPRSTVWXYZ')}-{R.randint(1000, 9999)}"])
        p.plate_st = st2
        p.vin = vin()
        p.dl_st = st2
        p.mom_dl = {"TX": str(R.randint(10 ** 7, 10 ** 8 - 1)), "LA": "00" + str(R.randint(10 ** 6, 10 ** 7 - 1)),
                    "MI": f"{pick('BCDFGHKLMNRS')}{R.randint(100, 999)} {R.randint(100, 999)} {R.randint(100, 999)} {R.randint(100, 999)}",
                    "NM": str(R.randint(10 ** 8, 10 ** 9 - 1)), "MN": f"{pick('BCDFGHKLMNRS')}{R.randint(10 ** 11, 10 ** 12 - 1)}"}[st2]
        p.dad_dl = {"TX": str(R.randint(10 ** 7, 10 ** 8 - 1)), "LA": "00" + str(R.randint(10 ** 6, 10 ** 7 - 1)),
                    "MI": f"{pick('BCDFGHKLMNRS')}{R.randint(100, 999)}{R.randint(100, 999)}{R.randint(100, 999)}{R.randint(100, 999)}",
                    "NM": str(R.randint(10 ** 8, 10 ** 9 - 1)), "MN": f"{pick('BCDFGHKLMNRS')}{R.randint(10 ** 11, 10 ** 12 - 1)}"}[st2]
        if p.intl == "sa":
            p.mom_dl = p.dad_dl = "P" + str(R.randint(10 ** 6, 10 ** 7 - 1))  # passport used as ID
        p.badge = "V" + str(R.randint(240000, 249999))
        p.card = luhn_complete(pick(["4", "51", "37"]) + "".join(str(R.randint(0, 9)) for _ in range(14 if True else 0)))
        if p.card.startswith("37"):
            p.card = luhn_complete("37" + "".join(str(R.randint(0, 9)) for _ in range(12)))
        p.bank = str(R.randint(10 ** 9, 10 ** 12 - 1))
        p.routing = pick(["111000025", "113000023", "065400137", "072000326", "091000022"])
        slug = ascii_lo(first).replace(" ", "") + ascii_lo(last).replace(" ", "").replace("'", "").replace("-", "")
        p.url = pick([f"https://www.caringbridge.org/site/{slug}", f"https://www.gofundme.com/f/{ascii_lo(first).replace(' ', '-')}s-bone-marrow-transplant-fund",
                      f"https://www.caringbridge.org/visit/{slug}{R.randint(1, 99)}"])
        p.pump_sn = str(R.randint(10 ** 7, 10 ** 8 - 1))
        p.mom_dob, p.dad_dob = rdate(1976, 1997), rdate(1972, 1996)
        p.famid = f"FAM-{R.randint(10000, 39999)}"
        p.ff = pick(["SV", "AA", "UA", "DL", "AM"]) + str(R.randint(10 ** 8, 10 ** 9 - 1))
        sib = SIBS.get(last)
        p.sib = (sib[0], sib[1], rdate(2005, 2020)) if sib else None
        p.elder = ELDERS.get(last)
        p.ar = ARABIC.get(last)
        p.wt = round(R.uniform(7.5, 62.0), 1)
        p.bed = f"7W-{R.randint(701, 724)}"
        p.room = str(R.randint(101, 348))
        p.fax = ("sa", "11" + str(R.randint(1000000, 9999999))) if p.intl == "sa" else None
        out.append(p)
    return out


PEOPLE = mk_people()
TODAY = dt.date(2024, 10, 14)
_offs = [-45, -38, -33, -30, -27, -21, -18, -14, -11, -7, -4, -2, 0, 0, 1, 1, 6, 12, 19, 27]
R.shuffle(_offs)
for _p, _o in zip(PEOPLE, _offs):
    _p.day0 = TODAY + dt.timedelta(days=_o)
    _p.admit = _p.day0 - dt.timedelta(days=R.randint(7, 12))
    _age = (TODAY - _p.dob).days / 365.25
    _p.wt = round(max(8.0, (2.2 * _age + 8) * R.uniform(0.8, 1.25)), 1)
for _k in ("de la Cruz", "Begay", "LeBlanc"):
    _q = next(q for q in PEOPLE if q.last == _k)
    _q.fax = ("us", pick(AREA[_q.city]) + str(R.randint(200, 999)) + f"{R.randint(0, 9999):04d}")


def past(d, today=None):
    t = today or NOW[0].date()
    return min(d, t - dt.timedelta(days=1))


def future(d):
    return max(d, NOW[0].date() + dt.timedelta(days=R.randint(1, 12)))


def post_hct():
    return [q for q in PEOPLE if q.day0 <= TODAY - dt.timedelta(days=4)]

# unrelated donors / cord units (persons too)
DONORS = []
for _ in range(24):
    DONORS.append(dict(
        did=f"{R.randint(1000, 9999)}-{R.randint(1000, 9999)}-{R.randint(0, 9)}",
        grid=f"{pick(['6939', '4596', '1857', '7218'])}{R.randint(10 ** 12, 10 ** 13 - 1)}{R.randint(0, 99):02d}",
        age=R.randint(19, 44), sex=pick("MF"), cmv=pick(["NEG", "NEG", "POS"]), abo=pick(["O+", "A+", "B+", "O-", "AB+", "A-"])))
CORDS = [f"{R.randint(1000, 9999)}-{R.randint(1000, 9999)}-{R.randint(0, 9)}" for _ in range(10)]

STAFF = ["Kowalski, Joanna", "Oyelaran, Adebayo", "Raman, Priya", "Castellanos, Beatriz", "Whitfield, Grant",
         "Nakamura, Kenji", "Osei, Michael", "Dubois, Claire", "Alvarez, Ricardo", "Thompson, Dana",
         "Haile, Selam", "Brennan, Colm", "Patel, Rohan", "Lindqvist, Erik", "Mbeki, Thandi", "Ortiz, Julia"]
MDS = [("RAMAN", "PRIYA", "1629047731"), ("WHITFIELD", "GRANT", "1396815520"), ("NAKAMURA", "KENJI", "1588720341"),
       ("DUBOIS", "CLAIRE", "1730256649"), ("ALVAREZ", "RICARDO", "1245398876")]
TECHS = ["mosei", "cdubois", "tmbeki", "rpatel", "shaile", "ebrennan", "klindqvist"]
RNS = ["jkowalski", "aoyelaran", "bcastellanos", "dthompson", "jortiz", "cbrennan"]

HLA = {"A": ["01:01", "02:01", "03:01", "11:01", "24:02", "26:01", "29:02", "30:01", "31:01", "33:03", "68:01"],
       "B": ["07:02", "08:01", "15:01", "18:01", "35:01", "40:01", "44:02", "44:03", "51:01", "52:01", "57:01", "58:01"],
       "C": ["01:02", "03:04", "04:01", "05:01", "06:02", "07:01", "07:02", "12:03", "15:02", "16:01"],
       "DRB1": ["01:01", "03:01", "04:01", "04:04", "07:01", "11:01", "13:01", "13:02", "15:01", "16:01"],
       "DQB1": ["02:01", "02:02", "03:01", "03:02", "05:01", "06:02", "06:03"]}


# ---------------------------------------------------------------- clock
NOW = [dt.datetime(2024, 10, 14, 5, 41, 7, 318000)]


def tick(lo=3, hi=420):
    NOW[0] += dt.timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
    return NOW[0]


def t_iso():
    return NOW[0].strftime("%Y-%m-%dT%H:%M:%S.") + f"{NOW[0].microsecond // 1000:03d}Z"


def t_isooff():
    return NOW[0].strftime("%Y-%m-%dT%H:%M:%S.") + f"{NOW[0].microsecond // 1000:03d}-05:00"


def t_py():
    return NOW[0].strftime("%Y-%m-%d %H:%M:%S,") + f"{NOW[0].microsecond // 1000:03d}"


def t_nlog():
    return NOW[0].strftime("%Y-%m-%d %H:%M:%S.") + f"{NOW[0].microsecond // 100:04d}"


def t_logback():
    return NOW[0].strftime("%Y-%m-%d %H:%M:%S.") + f"{NOW[0].microsecond // 1000:03d}"


def t_sys():
    return NOW[0].strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if NOW[0].day < 10 else NOW[0].strftime("%b %d %H:%M:%S")


def t_clf():
    return NOW[0].strftime("%d/%b/%Y:%H:%M:%S -0500")


def t_hl7():
    return NOW[0].strftime("%Y%m%d%H%M%S")


def t_lenel():
    h = NOW[0].hour % 12 or 12
    return f"{NOW[0].month}/{NOW[0].day}/{NOW[0].year} {h}:{NOW[0].strftime('%M:%S')} {'AM' if NOW[0].hour < 12 else 'PM'}"


def t_epoch():
    return str(int((NOW[0] - dt.datetime(1970, 1, 1)).total_seconds() * 1000) + 5 * 3600 * 1000)


def near(d, lo=-3, hi=20):
    return d + dt.timedelta(days=R.randint(lo, hi))


# ================================================================ PHI events
def name_variant(p, who="child"):
    """a person's name written in a random style; returns (string)"""
    if who == "child":
        f, l, m = p.first, p.last, p.mid
    elif who == "mom":
        f, l, m = p.mom[0], p.mom[1], ""
    elif who == "dad":
        f, l, m = p.dad[0], p.dad[1], ""
    else:
        f, l, m = p.par[0], p.par[1], ""
    st = pick(["fl", "lf", "LF", "FL", "fml", "ascii_lf", "lfi", "low"])
    if st == "low":
        return f"{ascii_lo(f)} {ascii_lo(l)}"
    if st == "fl":
        return f"{f} {l}"
    if st == "lf":
        return f"{l}, {f}"
    if st == "LF":
        return f"{ascii_up(l)}, {ascii_up(f)}"
    if st == "FL":
        return f"{ascii_up(f)} {ascii_up(l)}"
    if st == "fml" and m:
        return f"{f} {m[0]}. {l}"
    if st == "lfi" and m:
        return f"{ascii_up(l)},{ascii_up(f)} {m[0]}"
    return f"{ascii_up(l)}, {ascii_up(f)}" if R.random() < 0.5 else f"{f} {l}"


def initials(p):
    parts = [p.first] + p.last.replace("-", " ").split()
    parts = [x for x in parts if x not in ("de", "la", "van", "der")] if R.random() < 0.5 else parts
    return ".".join(x[0].upper() for x in parts) + "."


def din_raw(din):
    return din.replace(" ", "")


def ev_isbt_print(p):
    tick()
    din = pick(p.dins)
    prod = {"CAR-T": "E7720V00", "cord": "S1361V00", "auto PBSC": "S1194V00", "MUD PBSC": "S1140V00",
            "haplo PBSC": "S1140V00", "MUD BM": "S1088V00", "MSD BM": "S1088V00", "haplo BM": "S1088V00"}[p.hct]
    form = R.randint(0, 3)
    if form == 0:
        return [X("isbt128_label", "{} [LabelSvc] INFO  isbt128.print: job={} printer=ZD621-CPL-02 DIN={} flags=00 prod={} bag={}/{} vol_mL={} recipient=\"{}\" mrn={} dob={} abo={} exp=&>0{}{}2359",
                  t_isooff(), R.randint(40000, 49999), OID(din), prod, R.randint(1, 4), R.randint(2, 4), pick([25, 50, 70, 100]),
                  NM(name_variant(p)), MRN(p.mrn), DT(fd(p.dob, pick(["us", "iso"]))), pick(["O+", "A+", "B+", "O-"]),
                  25, f"{R.randint(1, 365):03d}")]
    if form == 1:
        return [X("isbt128_label", "{} [LabelSvc] INFO  isbt128.scan: reader=HS-3 raw=\"={}00\" decoded DIN {} product {} -> match recipient {} ({}) OK",
                  t_isooff(), OID(din_raw(din)), OID(din), prod, MRN(p.mrn), NM(f"{ascii_up(p.last)}, {ascii_up(p.first)}"))]
    if form == 2:
        return [X("isbt128_label", "{} [LabelSvc] WARN  isbt128.verify: affixed label mismatch DIN {} expected recipient dob {} got {} - bag quarantined, supervisor notified (tech={})",
                  t_isooff(), OID(din), DT(fd(p.dob, "iso")), DT(fd(p.dob + dt.timedelta(days=R.choice([1, 30, 365])), "iso")), pick(TECHS))]
    return [X("isbt128_label", "{} [LabelSvc] INFO  isbt128.print: biohazard+\"FOR AUTOLOGOUS USE ONLY\" tie-tag printed for {} (DIN {}, coll {}) copies=2",
              t_isooff(), NM(name_variant(p)), OID(din), DT(fd(past(near(p.day0, -40, -5)), pick(["dmy_up", "us"]))))]


def ev_cryo_inventory(p):
    tick()
    din = pick(p.dins)
    if R.random() < 0.5:
        return [X("cryo_inventory", "INV|{}|TANK-04|RACK-{}|BOX-{}|POS-{}|{}|{}|{}|{}|HPC-A|{} bags|frozen {}|CRF run 24-{}",
                  t_logback(), pick("ABCDEFG"), R.randint(1, 14), f"{pick('ABCDEFGHI')}{R.randint(1, 9)}", OID(din),
                  NM(f"{ascii_up(p.last)}, {ascii_up(p.first)}"), MRN(p.mrn), DT(fd(p.dob, "us")), R.randint(2, 6),
                  DT(fd(past(near(p.day0, -45, -10)), "iso")), f"{R.randint(300, 499):04d}")]
    return [X("cryo_inventory", "{} cryo-inv WARN retrieval request for {} ({}) DIN {} scheduled for thaw {} but 1 of {} bags flagged \"segment missing\"",
              t_py(), NM(p.full), MRN(p.mrn), OID(din), DT(fd(p.day0, "us")), R.randint(2, 5))]


def ev_coi_xml(p):
    tick()
    if not p.coi:
        p = pick([q for q in PEOPLE if q.coi])
    din = p.dins[0]
    ev = pick(["APHERESIS_HANDOFF", "RECEIVED_AT_MFG", "FINAL_PRODUCT_SHIPPED", "RECEIVED_AT_SITE", "TRANSFER_TO_LN2", "THAW_RELEASED"])
    return [X("coi_xml", "{} custody-svc INFO  event persisted: <CustodyEvent seq=\"{}\" type=\"{}\"><coiId>{}</coiId><din>{}</din><patient><initials>{}</initials><dob>{}</dob><siteMrn>{}</siteMrn></patient><from role=\"Courier\">Cryoport #{}</from><to role=\"CPL_Tech\">{}</to><tempC>{}</tempC><sig alg=\"SHA256\">{}</sig></CustodyEvent>",
              t_isooff(), R.randint(1, 14), ev, OID(p.coi), OID(din), NM(initials(p)), DT(fd(p.dob, "iso")), MRN(p.mrn),
              R.randint(100000, 999999), pick(STAFF), round(R.uniform(-195, -150), 1), hexs(24))]


def ev_cart_json(p):
    tick()
    if not p.coi:
        p = pick([q for q in PEOPLE if q.coi])
    st = pick(["SLOT_CONFIRMED", "APHERESIS_RECEIVED", "MANUFACTURING_COMPLETE", "CoA_ISSUED", "SHIPPED"])
    return [X("cart_portal_json", "{} INFO  [cart-portal-sync] webhook {}: {\"eventType\":\"{}\",\"coi\":\"{}\",\"orderId\":\"ORD-{}\",\"patient\":{\"firstName\":\"{}\",\"lastInitial\":\"{}\",\"dob\":\"{}\",\"weightKg\":{}},\"apheresisDate\":\"{}\",\"plannedInfusion\":\"{}\",\"dewarSn\":\"CX-{}\",\"lot\":\"{}\"}",
              t_logback(), "200", st, OID(p.coi), R.randint(100000, 999999), NM(p.first), NM(p.last[0]), DT(fd(p.dob, "iso")), p.wt,
              DT(fd(past(near(p.day0, -40, -28)), "iso")), DT(fd(p.day0, "iso")), R.randint(1000, 9999), f"TX{R.randint(10000, 99999)}")]


def hla_pair(locus):
    a, b = pick(HLA[locus]), pick(HLA[locus])
    return a, b


def ev_nmdp_xml(p):
    tick()
    loci = "".join(f"<locus name=\"{l}\" type1=\"{l}*{a}\" type2=\"{l}*{b}\"/>" for l in ["A", "B", "C", "DRB1", "DQB1"] for (a, b) in [hla_pair(l)])
    return [X("nmdp_xml", "{} INFO  [nmdp-gateway] outbound SearchRequest: <?xml version=\"1.0\" encoding=\"UTF-8\"?><searchRequest xmlns=\"urn:nmdp:search:2.1\" tcCode=\"627\"><patient rid=\"{}\" lastName=\"{}\" firstName=\"{}\" dob=\"{}\" sex=\"{}\" race=\"{}\" disease=\"{}\" weightKg=\"{}\" cmv=\"{}\"/><hla>{}</hla><searchType>ADULT_AND_CORD</searchType><threshold>7/8</threshold></searchRequest>",
              t_py(), OID(p.rid), NM(ascii_up(p.last)), NM(ascii_up(p.first)), DT(fd(p.dob, "iso")), p.sex,
              pick(["HIS", "AFA", "CAU", "API", "MENA", "AINDI"]), p.dx, p.wt, pick(["POS", "NEG"]), loci)]


def ev_nmdp_json(p):
    tick()
    ds = R.sample(DONORS, R.randint(2, 3))
    parts = []
    for i, d in enumerate(ds):
        parts.append(S("{\"grid\":\"{}\",\"donorId\":\"{}\",\"matchGrade\":\"{}\",\"p8of8\":{},\"age\":{},\"sex\":\"{}\",\"cmv\":\"{}\",\"abo\":\"{}\"}",
                       OID(d["grid"]), OID(d["did"]), pick(["8/8", "8/8", "7/8"]), round(R.uniform(0.6, 0.99), 2), d["age"], d["sex"], d["cmv"], d["abo"]))
        if i < len(ds) - 1:
            parts.append(",")
    cb = pick(CORDS)
    return [X("nmdp_json", "{} INFO  [nmdp-gateway] search result rid={} status=COMPLETE body={\"searchGuid\":\"{}\",\"patientRid\":\"{}\",\"donors\":[{}],\"cords\":[{\"cbuId\":\"{}\",\"tncE7\":{},\"hla\":\"{}/8\"}]}",
              t_py(), OID(p.rid), uuid4(), OID(p.rid), parts, OID(cb), round(R.uniform(80, 260), 1), pick([5, 6, 7]))]


def ev_nmdp_workup(p):
    tick()
    p = pick([q for q in PEOPLE if q.day0 > TODAY + dt.timedelta(days=3)])
    d = pick(DONORS)
    return [X("nmdp_workup", "{} INFO  [nmdp-gateway] WorkupRequest accepted: RID {} donor {} product=PBSC requested_collection={} alt={} hct_date={} recipient_wt={}kg coordinator=\"{}\" phone=713-798-{}",
              t_py(), OID(p.rid), OID(d["did"]), DT(fd(p.day0 - dt.timedelta(days=1), "iso")), DT(fd(p.day0 + dt.timedelta(days=6), "iso")),
              DT(fd(p.day0, "iso")), p.wt, pick(STAFF), R.randint(1000, 9999))]


def ev_apheresis(p):
    tick()
    if p.sib and p.hct.startswith("MSD"):
        donor, rel, ddob = f"{p.sib[0]} {p.last}", "SIB", p.sib[2]
    elif p.hct.startswith("haplo"):
        donor, rel, ddob = f"{p.dad[0]} {p.dad[1]}", "FATHER", p.dad_dob
    else:
        donor, rel, ddob = p.full, "SELF", p.dob
    cd = NOW[0].date() - dt.timedelta(days=R.randint(0, 2))
    if R.random() < 0.6:
        return [X("apheresis_csv", "APH-24-{},{},\"{}\",{},{},{},{},{},{},{},{},{},1T{},{}",
                  R.randint(1000, 1999), MRN(p.mrn), NM(f"{ascii_up(donor.split(' ', 1)[1])}, {ascii_up(donor.split(' ', 1)[0])}"), rel,
                  DT(fd(cd, "us")), DT(fd(ddob, "us")), p.wt if rel != "FATHER" else round(R.uniform(62, 110), 1), R.randint(700, 5500), R.randint(12, 240),
                  R.randint(2500, 14000), R.randint(60, 380), round(R.uniform(1.1, 12.5), 2), R.randint(10000, 99999), pick(RNS))]
    return [X("apheresis_csv", "{};{};{};{};{};CMNC;inlet={}mL;acd={}mL;Ca++ gluconate 1g/h;note=\"{}\"",
              cd.strftime("%Y%m%d"), MRN(p.mrn), NM(donor), DT(fd(cd, "iso")), rel, R.randint(2500, 14000), R.randint(120, 700),
              pick(["perioral tingling at 90 min, resolved with Ca", "good flow via left IJ Quinton", "platelets 62 post, no transfusion",
                    "pt asleep most of run", "mom at bedside"]))]


def ev_infusion(p):
    tick()
    cand = [q for q in PEOPLE if q.day0 == NOW[0].date()] or [q for q in PEOPLE if q.day0 == TODAY]
    p = pick(cand)
    din = pick(p.dins)
    f = R.randint(0, 3)
    if f == 0:
        return [X("infusion_kv", "ts={} svc=infusion-verify evt=BAG_SCAN din=\"{}\" wristband_mrn={} result=MATCH bed={} rn={} witness={} thaw_bath=CytoTherm-2 bag_temp_C={}",
                  t_iso(), OID(din), MRN(p.mrn), p.bed, *R.sample(RNS, 2), round(R.uniform(35.5, 37.5), 1))]
    if f == 1:
        return [X("infusion_kv", "ts={} svc=infusion-verify evt=INFUSION_START pt=\"{}\" dob={} day0={} product={} vol_mL={} rate_mL_hr={} premeds=\"APAP 15mg/kg; diphenhydramine 1mg/kg; hydrocortisone\" md=\"{}\"",
                  t_iso(), NM(name_variant(p)), DT(fd(p.dob, pick(["us", "iso", "us_short"]))), DT(fd(p.day0, "iso")),
                  pick(["HPC-A", "HPC-M", "HPC-C", "T-CELLS(CAR)"]), R.randint(20, 400), R.randint(60, 300), " ".join(pick(MDS)[:2][::-1]).title())]
    if f == 2:
        return [X("infusion_kv", "ts={} svc=infusion-verify evt=ADVERSE_EVENT mrn={} din=\"{}\" grade={} desc=\"{}\" action=\"{}\"",
                  t_iso(), MRN(p.mrn), OID(din), R.randint(1, 3), pick(["DMSO odor, nausea, emesis x1", "transient bradycardia HR 58", "hypertension 142/90",
                                                                  "chills, temp 38.4C", "hemoglobinuria"]),
                  pick(["slowed rate", "held 10 min then resumed", "ondansetron given", "notified BMT fellow"]))]
    return [X("infusion_kv", "ts={} svc=infusion-verify evt=NOTE author={} text=\"Day 0 for {} (MRN {}), DOB {}. Mom {} at bedside, questions answered. Infusion of {} bags completed without complication.\"",
              t_iso(), pick(RNS), NM(p.first), MRN(p.mrn), DT(fd(p.dob, "mon")), NM(p.mom[0]), R.randint(1, 4))]


def hl7seg(name, fields):
    mx = max(fields)
    out = [name]
    for i in range(1, mx + 1):
        out.append("|")
        v = fields.get(i, "")
        out.append(v)
    return out


def xpn(last, first, mid=""):
    out = [NM(ascii_up(last)), "^", NM(ascii_up(first))]
    if mid:
        out += ["^", NM(ascii_up(mid))]
    return out


def xad(p):
    return [AD(ascii_up(p.street)), "^^", AD(ascii_up(p.city)), "^", p.st, "^", ZP(p.zip), "^", "SAU" if p.intl == "sa" else ("MEX" if p.intl == "mx" else "USA")]


def pid_fields(p, full=True):
    f = {1: "1", 3: [MRN(p.mrn), "^^^GCCH^MR"] + (["~", HP(p.plan), "^^^MCD^MA"] if (p.plan and p.plan.isdigit()) else []),
         5: xpn(p.last, p.first, p.mid), 7: DT(fd(p.dob, "hl7")), 8: p.sex}
    if full:
        f[6] = [NM(ascii_up(p.mom[1]))]
        f[10] = pick(["2106-3^White^CDCREC", "2054-5^Black or African American^CDCREC", "2028-9^Asian^CDCREC", "2131-1^Other Race^CDCREC"])
        f[11] = xad(p)
        f[13] = [PH(fphone(p.us_ph if p.intl else p.mom_ph, "hl7")), "^PRN^PH"]
        f[15] = {"es": "SPA^Spanish^HL70296", "ar": "ARA^Arabic^HL70296", "en": "ENG^English^HL70296"}[p.lang]
        f[18] = AC(p.acct)
        if p.ssn:
            f[19] = SSN(p.ssn.replace("-", "") if R.random() < 0.5 else p.ssn)
    return hl7seg("PID", f)


INS_ADDR = {"LOUISIANA MEDICAID": "PO BOX 91030^^BATON ROUGE^LA^70821", "MICHIGAN MEDICAID": "PO BOX 30479^^LANSING^MI^48909",
            "CENTENNIAL CARE": "PO BOX 2348^^SANTA FE^NM^87504", "MEDICAL ASSISTANCE MN": "PO BOX 64838^^ST PAUL^MN^55164",
            "BCBS TX PPO": "PO BOX 660044^^DALLAS^TX^75266", "AETNA CHOICE POS II": "PO BOX 981106^^EL PASO^TX^79998",
            "UNITEDHEALTHCARE CHOICE PLUS": "PO BOX 740800^^ATLANTA^GA^30374", "CIGNA OAP": "PO BOX 188061^^CHATTANOOGA^TN^37422"}


def msh(typ, ctrl, app="EPIC", fac="GCCH", rapp="MIRTH", rfac="BMTDB"):
    return f"MSH|^~\\&|{app}|{fac}|{rapp}|{rfac}|{t_hl7()}||{typ}|{ctrl}|P|2.5.1"


def ev_hl7_adt(p):
    tick()
    typ = pick(["A01", "A03", "A08", "A04"])
    ctrl = f"MSG{R.randint(10 ** 8, 10 ** 9 - 1)}"
    lines = [X("hl7_adt", "{}", msh(f"ADT^{typ}^ADT_{'A01' if typ != 'A04' else 'A01'}", ctrl)),
             X("hl7_adt", "EVN|{}|{}", typ, t_hl7()),
             X("hl7_adt", "{}", pid_fields(p))]
    rel = pick(["mom", "dad"])
    par = p.mom if rel == "mom" else p.dad
    lines.append(X("hl7_adt", "{}", hl7seg("NK1", {1: "1", 2: xpn(par[1], par[0]), 3: "MTH^Mother^HL70063" if rel == "mom" else "FTH^Father^HL70063",
                                               4: xad(p), 5: PH(fphone(p.mom_ph if rel == "mom" else p.dad_ph, "hl7")), 7: "EC^Emergency Contact^HL70131"})))
    md = pick(MDS)
    pv = {1: "1", 2: "I" if typ != "A04" else "O", 3: f"7W^{p.bed[3:]}^A^GCCH^^^^^7W BMT", 7: f"{md[2]}^{md[0]}^{md[1]}^^^DR^MD", 10: "BMT",
          14: "1", 17: f"{md[2]}^{md[0]}^{md[1]}", 18: "IP" if typ != "A04" else "OP", 19: OID(p.visit), 44: DT(fd(p.admit, "hl7") + "0830")}
    if typ == "A03":
        pv[45] = DT(fd(NOW[0].date(), "hl7") + f"{R.randint(10, 17)}{pick(['00', '15', '30', '45'])}")
    lines.append(X("hl7_adt", "{}", hl7seg("PV1", pv)))
    if R.random() < 0.6 and p.plan:
        lines.append(X("hl7_adt", "{}", hl7seg("IN1", {1: "1", 2: "MCD01" if p.plan.isdigit() else "COM07", 4: p.plan_name,
                                                   5: INS_ADDR.get(p.plan_name, "PO BOX 200555^^AUSTIN^TX^78720"), 7: "8009255862",
                                                   16: xpn(p.par[1], p.par[0]), 17: "02^Parent^HL70063",
                                                   18: DT(fd(p.mom_dob if p.primary == "mom" else p.dad_dob, "hl7")), 36: HP(p.plan)})))
    elif p.ssn and R.random() < 0.7:
        lines.append(X("hl7_adt", "{}", hl7seg("GT1", {1: "1", 3: xpn(p.par[1], p.par[0]), 5: xad(p), 6: PH(fphone(p.par_ph, "hl7")),
                                                   8: DT(fd(p.mom_dob if p.primary == "mom" else p.dad_dob, "hl7")), 11: "PAR", 12: SSN(ssn())})))
    return lines


def ev_hl7_oru(p):
    tick()
    p = pick(post_hct())
    ctrl = f"LAB{R.randint(10 ** 7, 10 ** 8 - 1)}"
    coll = NOW[0].date() - dt.timedelta(days=R.randint(1, 3))
    coll_s = fd(coll, "hl7") + f"{R.randint(6, 11):02d}{pick(['05', '20', '35', '50'])}"
    kind = pick(["CHIM", "CMV", "CMV"])
    md = pick(MDS)
    lines = [X("hl7_oru", "{}", msh("ORU^R01^ORU_R01", ctrl, app="SUNQUEST", fac="GCCH-LAB", rapp="EPIC", rfac="GCCH")),
             X("hl7_oru", "{}", pid_fields(p, full=False))]
    acc = f"{pick(['MD', 'VL'])}24-{R.randint(10000, 99999)}"
    if kind == "CHIM":
        lines.append(X("hl7_oru", "OBR|1|{}|{}|CHIM^Chimerism STR analysis post-HCT^L|||{}||||||||PB&Peripheral blood|{}^{}^{}||||||{}|||F",
                       f"ORD{R.randint(100000, 999999)}", acc, DT(coll_s), md[2], md[0], md[1], t_hl7()))
        for i, (code, label) in enumerate([("CHIMWB-D", "Donor chimerism whole blood"), ("CHIMCD3-D", "Donor chimerism CD3+ T cells"),
                                           ("CHIMCD33-D", "Donor chimerism CD33+ myeloid")][:R.randint(2, 3)], 1):
            lines.append(X("hl7_oru", "OBX|{}|NM|{}^{}^L||{}|%|>95|{}|||F|||{}|GCCH-MOLDX^Molecular Diagnostics",
                           i, code, label, round(R.uniform(62, 100), 1), pick(["", "", "L"]), DT(coll_s)))
    else:
        v = pick([0, 0, R.randint(35, 900), R.randint(900, 48000)])
        lines.append(X("hl7_oru", "OBR|1|{}|{}|CMVQ^CMV DNA Quant PCR Plasma^L|||{}||||||||PLAS&Plasma|{}^{}^{}||||||{}|||F",
                       f"ORD{R.randint(100000, 999999)}", acc, DT(coll_s), md[2], md[0], md[1], t_hl7()))
        lines.append(X("hl7_oru", "OBX|1|{}|CMVQ^CMV DNA PCR^L||{}|IU/mL|<35|{}|||F|||{}",
                       "NM" if v else "ST", v if v else "Not detected", "H" if v > 900 else ("A" if v else "N"), DT(coll_s)))
        if v > 900:
            lines.append(X("hl7_oru", "NTE|1||Critical value called to {} RN by {} at {}; read-back confirmed. Consider letermovir->ganciclovir per BMT protocol.",
                           pick(STAFF).split(",")[0], pick(STAFF).split(",")[0], NOW[0].strftime("%H:%M")))
    return lines


def ev_mirth(p):
    tick()
    p = pick(post_hct())
    ctrl = f"MSG{R.randint(10 ** 8, 10 ** 9 - 1)}"
    ch = pick(["ORU_CHIMERISM_IN", "ADT_BMT_IN", "ORU_VIRAL_PCR_IN"])
    return [X("mirth", "ERROR {} [Channel: {}] com.mirth.connect.server.transformers.JavaScriptFilterTransformer: TypeError: Cannot read property \"OBX.5\" of undefined; message: MSH|^~\\&|SUNQUEST|GCCH-LAB|EPIC|GCCH|{}||ORU^R01|{}|P|2.5.1\\rPID|1||{}^^^GCCH^MR||{}^{}||{}|{}\\rOBR|1||{}|CMVQ^CMV DNA Quant PCR Plasma^L|||{}\\r",
              t_py(), ch, t_hl7(), ctrl, MRN(p.mrn), NM(ascii_up(p.last)), NM(ascii_up(p.first)), DT(fd(p.dob, "hl7")), p.sex,
              f"VL24-{R.randint(10000, 99999)}", DT(fd(NOW[0].date() - dt.timedelta(days=R.randint(0, 1)), "hl7") + f"{R.randint(5, 9):02d}15"))]


def ev_formsnet(p):
    tick()
    f = R.randint(0, 3)
    form = pick([("2400", "Pre-TED"), ("2450", "Post-TED"), ("2100", "Post-Infusion Follow-Up"), ("2006", "HCT Infusion"), ("4000", "Pre-CTED")])
    if f == 0:
        return [X("formsnet", "{} INFO  [formsnet-sync-{}] o.g.b.cibmtr.FormsNetClient - Submitting form {} ({}) CRID={} ccn=10627 seq={} hct_date={}",
                  t_logback(), R.randint(1, 4), form[0], form[1], OID(p.crid), R.randint(1, 3), DT(fd(p.day0, "iso")))]
    if f == 1:
        return [X("formsnet", "{} DEBUG [formsnet-sync-{}] o.g.b.cibmtr.FormsNetClient - payload={\"formKey\":\"{}\",\"crid\":\"{}\",\"ccn\":\"10627\",\"q2_dob\":\"{}\",\"q3_sex\":\"{}\",\"q6_zip\":\"{}\",\"q12_hct_date\":\"{}\",\"q15_dx\":\"{}\",\"q21_donor_type\":\"{}\",\"q24_nmdp_rid\":\"{}\"}",
                  t_logback(), R.randint(1, 4), form[0], OID(p.crid), DT(fd(p.dob, "iso")), p.sex, ZP(p.zip), DT(fd(p.day0, "iso")), p.dx,
                  {"MUD": "UNRELATED", "MSD": "RELATED", "hap": "RELATED_HAPLO", "aut": "AUTOLOGOUS", "cor": "UNRELATED_CORD", "CAR": "AUTOLOGOUS"}[p.hct[:3]],
                  OID(p.rid))]
    if f == 2:
        lc = near(p.day0, -5, -1)
        return [X("formsnet", "{} WARN  [formsnet-sync-{}] o.g.b.cibmtr.Validation - Form {} CRID {}: Q14 \"Date of last contact\" ({}) precedes \"Date of HCT\" ({}); form left in SAVED state",
                  t_logback(), R.randint(1, 4), form[0], OID(p.crid), DT(fd(lc, "us")), DT(fd(p.day0, "us")))]
    return [X("formsnet", "{} INFO  [formsnet-sync-{}] o.g.b.cibmtr.CridService - CRID assigned {} for {} dob={} (center 10627, registered by {})",
              t_logback(), R.randint(1, 4), OID(p.crid), NM(f"{ascii_up(p.last)}, {ascii_up(p.first)}"), DT(fd(p.dob, "us")), pick(STAFF))]


def ev_housing(p):
    tick()
    f = R.randint(0, 4)
    cin = near(p.admit, -3, 1)
    cout = near(p.day0, 60, 110)
    if f == 0:
        return [X("housing_json", "INFO {} bookings.api POST /api/v2/bookings/ 201 {\"bookingRef\":\"FH-{}\",\"familyId\":\"{}\",\"primaryGuest\":{\"firstName\":\"{}\",\"lastName\":\"{}\",\"phone\":\"{}\",\"email\":\"{}\"},\"patient\":{\"name\":\"{}\",\"hospital\":\"GCCH\",\"unit\":\"7W BMT\",\"mrn\":\"{}\"},\"checkIn\":\"{}\",\"checkOut\":\"{}\",\"room\":\"{}\",\"guests\":{},\"nightlyRate\":0,\"familyPage\":\"{}\",\"vehicle\":{\"plate\":\"{}\",\"state\":\"{}\"}}",
                  t_py(), f"{R.randint(10000, 99999)}", OID(p.famid), NM(p.par[0]), NM(p.par[1]), PH(fphone(p.us_ph if p.intl else p.par_ph)),
                  EM(p.par_email), NM(p.full), MRN(p.mrn), DT(fd(cin, "iso")), DT(fd(cout, "iso")), p.room, R.randint(2, 5), URL(p.url), VH(p.plate), p.plate_st)]
    if f == 1:
        return [X("housing_json", "WARNING {} bookings.views Extension requested for family {} ({}) room {}: new check-out {} — reason \"{}\"",
                  t_py(), OID(p.famid), NM(f"{p.par[1]}, {p.par[0]}"), p.room, DT(fd(cout + dt.timedelta(days=R.randint(7, 30)), "us")),
                  pick(["Day +100 eval moved", "GVHD readmission", "CMV reactivation, staying local", "awaiting chimerism results"]))]
    if f == 2:
        return [X("housing_json", "INFO {} payments.stripe_hook charge.succeeded deposit=$50.00 card={} exp={}/{} cardholder=\"{}\" booking=FH-{} zip={}",
                  t_py(), AC(p.card), R.randint(1, 12), R.randint(26, 30), NM(ascii_up(p.par_full)), R.randint(10000, 99999), ZP(p.zip))]
    if f == 3:
        if False:
            return [X("housing_json", "INFO {} bookings.guests added guest {\"name\":\"{}\",\"relation\":\"{}\",\"age\":{},\"needsAccessibleRoom\":true} to family {}",
                      t_py(), NM(p.elder[0]), p.elder[1], AG(p.elder[2]), OID(p.famid))]
        return [X("housing_json", "INFO {} wifi.portal guest login room={} user=\"{}\" mac={} vlan=30 assigned=10.30.{}.{}",
                  t_py(), p.room, NM(p.par_full), DV(p.mac), R.randint(0, 3), R.randint(2, 250))]
    return [X("housing_json", "INFO {} bookings.parking permit issued family={} plate={} {} vin={} vehicle=\"{}\" valid_until={}",
              t_py(), OID(p.famid), VH(p.plate), p.plate_st, VH(p.vin), pick(["2019 Honda Odyssey", "2021 Toyota Sienna", "2018 Chevy Tahoe", "2020 Nissan Rogue", "2017 Ford F-150"]),
              DT(fd(cout, "iso")))]


def ev_travel(p):
    tick()
    f = R.randint(0, 2)
    dep = near(p.admit, -4, 0)
    if f == 0:
        return [X("travel_csv", "TRV-{},{},\"{}\",{},{},{},{},{},{},{},{},{}",
                  R.randint(24000, 24999), OID(p.famid), NM(f"{p.par[1]}, {p.par[0]}"), "MOTHER" if p.primary == "mom" else "FATHER",
                  MRN(p.mrn), pick(["AIR", "AIR", "BUS", "MILEAGE"]), pick(["AA", "UA", "WN", "SV", "AM"]),
                  f"{''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6))}", DT(fd(dep, "iso")),
                  DT(fd(near(p.day0, 90, 120), "iso")), OID(p.ff), pick(["Medicaid MTP", "Foundation grant", "Embassy", "Self"]))]
    if f == 1:
        if p.intl == "sa":
            return [X("travel_csv", "{} travel-coord INFO embassy letter sent for {} and guardian {} ({}) — sponsor case {}, family fax {} phone {}",
                      t_py(), NM(p.full), NM(p.par_full), OID(p.dad_dl), OID(p.sponsor), FX(fphone(p.fax, "intl")), PH(fphone(p.dad_ph)))]
        if p.plan and p.plan.isdigit():
            return [X("travel_csv", "{} travel-coord INFO MTP ride request member={} pt=\"{}\" dob={} pickup=\"{}, {}, {} {}\" appt={} 09:00 return same day attendants=1",
                      t_py(), HP(p.plan), NM(p.full), DT(fd(p.dob, "us")), AD(p.street), AD(p.city), p.st, ZP(p.zip), DT(fd(near(p.day0, 20, 90), "us")))]
    return [X("travel_csv", "{} travel-coord INFO mileage reimbursement approved payee=\"{}\" miles={} amount=${} ACH routing={} acct={} memo=\"BMT visits {}–{}\"",
              t_py(), NM(p.par_full), R.randint(180, 2400), f"{R.randint(90, 1400)}.{R.randint(0, 99):02d}", p.routing, AC(p.bank),
              DT(fd(past(near(p.day0, -20, -10)), "md")), DT(fd(past(near(p.day0, 1, 9)), "md")))]


# ---------------------------------------------------------------- family app (Node.js)
def parent_message(p):
    """returns list-of-args for a message text (already JSON-safe) and language"""
    lang = p.lang
    if lang == "ar" and R.random() < 0.2:
        lang = "en"
    return lang, _parent_message(p, lang)


def _parent_message(p, lang):
    d_appt = future(near(p.day0, 10, 60))
    if lang == "en":
        k = R.randint(0, 8)
        if k == 0:
            return S("Hi, this is {} ({}'s mom). {} had a temp of 38.6 at 2am, nurse said to message here. Best number is {}",
                     NM(p.mom[0] + " " + p.mom[1]), NM(p.first), NM(p.first), PH(fphone(p.mom_ph)))
        if k == 1:
            return S("Can we move {}'s clinic visit on {} to the afternoon? {} drives in from {} and works mornings.",
                     NM(p.first), DT(fd(d_appt, pick(["us", "md", "mon"]))), "Her dad" if p.sex == "F" else "His dad", AD(p.city))
        if k == 2 and p.plan:
            return S("Our insurance changed. New member ID is {}, who should I send the card to?", HP(p.plan))
        if k == 3:
            return S("Posting our page for the team: {} thank you all for getting {} to Day +30!!", URL(p.url), NM(p.first))
        if k == 4:
            return S("{} is refusing the tacrolimus again, can we mix it with applesauce? {} spits it out :(", NM(p.first), "She" if p.sex == "F" else "He")
        if k == 5:
            return S("New email for the discharge paperwork please: {} (the old one got hacked)", EM(p.par_email))
        if k == 6:
            return S("The home pump (serial {}) keeps beeping DOWNSTREAM OCCLUSION, line is not kinked. What do we do?", DV(p.pump_sn))
        if k == 7 and p.elder:
            return S("{}'s {} {} is coming to visit, they are {} and use a walker. Is the 7th floor ok for them?",
                     NM(p.first), p.elder[1] if p.elder[1] != "abuela" else "grandma", NM(p.elder[0]), AG(p.elder[2]))
        return S("Thank you nurse Dana for staying late last night. {} slept 6 hours straight for the first time!", NM(p.first))
    if lang == "es":
        k = R.randint(0, 7)
        if k == 0:
            return S("Buenos días, soy {}, mamá de {}. ¿La cita del {} sigue en pie? Gracias.",
                     NM(f"{p.mom[0]} {p.mom[1]}"), NM(p.full), DT(fd(d_appt, pick(["es_short", "dm", "eu"]))))
        if k == 1:
            return S("Mi número nuevo es {}, por favor actualicen el expediente de {}.", PH(fphone(p.mom_ph)), NM(p.first))
        if k == 2:
            return S("{} vomitó dos veces después del busulfán, ¿es normal? No quiere ni agua.", NM(p.first))
        if k == 3 and p.plan:
            return S("Necesitamos la carta para Medicaid, el número de miembro es {}.", HP(p.plan))
        if k == 4:
            return S("Vivimos en {}, {} {}. ¿Nos pueden mandar el reembolso de millaje ahí?", AD(p.street), AD(p.city), ZP(p.zip))
        if k == 5 and p.elder:
            return S("Mi abuela {} tiene {} años y quiere visitar a {}, ¿se permite en la unidad?", NM(p.elder[0]), AG(p.elder[2]), NM(p.first))
        if k == 6:
            return S("¿Pueden mandarme los resultados del quimerismo a {}? No me llegan al portal.", EM(p.mom_email))
        return S("Gracias a todo el equipo, {} ya comió un poquito de sopa hoy 🙏", NM(p.first))
    a = p.ar
    k = R.randint(0, 5)
    if k == 0:
        return S("السلام عليكم، أنا {} والد {}. هل موعد الزرع ما زال يوم {}؟", NM(a[2]), NM(a[1]), DT(fd(p.day0, pick(["ar_ymd", "ar_digits", "eu"]))))
    if k == 1:
        return S("رقم جوالي الجديد {} أرجو التحديث في ملف {}", PH(fphone(p.dad_ph)), NM(a[0]))
    if k == 2:
        return S("{} {} حرارة 38.5 من الصباح، هل نحضر إلى الطوارئ؟", NM(a[0]), "عندها" if p.sex == "F" else "عنده")
    if k == 3:
        return S("نحتاج خطاب للسفارة لتمديد التأشيرة، رقم الملف الطبي {}", MRN(p.mrn))
    if k == 4:
        return S("شكرا لكم جميعا، {} {} اليوم لأول مرة منذ أسبوعين ❤️", NM(a[0]), "أكلت" if p.sex == "F" else "أكل")
    return S("البريد الإلكتروني للعائلة {} لإرسال تقارير الكايمريزم من فضلكم", EM(p.dad_email))


def ev_app_message(p):
    tick(1, 200)
    lang, msg = parent_message(p)
    return [X("node_pino", "{\"level\":30,\"time\":{},\"pid\":{},\"hostname\":\"famapp-api-7d9c5b{}\",\"reqId\":\"req-{}\",\"userId\":\"{}\",\"threadId\":\"th_{}\",\"lang\":\"{}\",\"text\":\"{}\",\"msg\":\"message posted\"}",
              t_epoch(), pick([4312, 4318, 27]), b62(5).lower(), b62(4).lower(), OID(p.uid), b62(8), lang, msg)]


def ev_app_misc(p):
    tick(1, 200)
    f = R.randint(0, 5)
    if f == 0:
        return [X("node_pino", "{\"level\":30,\"time\":{},\"pid\":4312,\"hostname\":\"famapp-api-7d9c5b{}\",\"req\":{\"method\":\"POST\",\"url\":\"/api/v1/auth/login\",\"remoteAddress\":\"{}\",\"remotePort\":{}},\"username\":\"{}\",\"mfa\":\"sms\",\"msg\":\"login succeeded\"}",
                  t_epoch(), b62(5).lower(), IP(p.ip), R.randint(30000, 65000), OID(p.user))]
    if f == 1:
        return [X("node_pino", "{\"level\":40,\"time\":{},\"pid\":4318,\"hostname\":\"famapp-api-7d9c5b{}\",\"username\":\"{}\",\"ip\":\"{}\",\"attempts\":{},\"msg\":\"login failed: invalid password\"}",
                  t_epoch(), b62(5).lower(), OID(p.user), IP(p.ip2), R.randint(2, 5))]
    if f == 2:
        raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00" + bytes(R.randint(0, 255) for _ in range(R.randint(150, 260)))
        return [X("node_pino", "{\"level\":20,\"time\":{},\"pid\":4312,\"hostname\":\"famapp-api-7d9c5b{}\",\"userId\":\"{}\",\"route\":\"PUT /api/v1/profile/avatar\",\"body\":{\"displayName\":\"{}\",\"avatar\":\"data:image/jpeg;base64,{}\"},\"msg\":\"request body (debug)\"}",
                  t_epoch(), b62(5).lower(), OID(p.uid), NM(p.par_full), PHO(base64.b64encode(raw).decode()))]
    if f == 3:
        return [X("node_pino", "{\"level\":30,\"time\":{},\"pid\":27,\"hostname\":\"famapp-push-5f8d{}\",\"userId\":\"{}\",\"platform\":\"{}\",\"deviceId\":\"{}\",\"appVersion\":\"3.{}.{}\",\"msg\":\"push device registered\"}",
                  t_epoch(), b62(4).lower(), OID(p.uid), "ios" if "-" in p.devid else "android", DV(p.devid), R.randint(2, 9), R.randint(0, 20))]
    if f == 4:
        return [X("node_pino", "{\"level\":50,\"time\":{},\"pid\":27,\"hostname\":\"famapp-push-5f8d{}\",\"err\":{\"type\":\"TwilioError\",\"message\":\"The 'To' number {} is not a valid phone number.\",\"code\":21211},\"userId\":\"{}\",\"msg\":\"sms fallback failed\"}",
                  t_epoch(), b62(4).lower(), PH(fphone(p.par_ph, "e164")), OID(p.uid))]
    return [X("node_pino", "{\"level\":30,\"time\":{},\"pid\":4312,\"hostname\":\"famapp-api-7d9c5b{}\",\"userId\":\"{}\",\"patientMrn\":\"{}\",\"patientName\":\"{}\",\"role\":\"guardian\",\"msg\":\"guardian linked to patient\"}",
              t_epoch(), b62(5).lower(), OID(p.uid), MRN(p.mrn), NM(p.full))]


UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 FamilyConnect/3.8.2",
      "Mozilla/5.0 (Linux; Android 14; SM-A546U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.81 Mobile Safari/537.36",
      "okhttp/4.12.0", "FamilyConnect/3.8.1 CFNetwork/1496.0.7 Darwin/23.6.0"]


def ev_morgan(p):
    tick(1, 120)
    f = R.randint(0, 2)
    if f == 0:
        return [X("morgan_access", "{} - {} [{}] \"POST /api/v1/threads/th_{}/messages HTTP/1.1\" 201 {} \"https://family.gcch-bmt.org/inbox\" \"{}\"",
                  IP(p.ip), OID(p.user), t_clf(), b62(8), R.randint(300, 900), pick(UA))]
    if f == 1:
        enc = p.par_email.replace("@", "%40")
        return [X("morgan_access", "{} - - [{}] \"GET /api/v1/users/lookup?email={} HTTP/1.1\" 200 {} \"-\" \"{}\"",
                  IP(p.ip), t_clf(), EM(enc), R.randint(200, 600), pick(UA))]
    return [X("morgan_access", "{} - {} [{}] \"GET /api/v1/patients/{}/schedule?from={} HTTP/1.1\" 200 {} \"-\" \"{}\"",
              IP(p.ip2), OID(p.user), t_clf(), MRN(p.mrn), DT(fd(near(p.day0, 5, 30), "iso")), R.randint(800, 5000), pick(UA))]


# ---------------------------------------------------------------- pharmacy
DRUGS = [("Busulfan", "0.8 mg/kg", "NS", 100, 0.8, "kg"), ("Fludarabine", "30 mg/m2", "NS", 50, 30, "m2"),
         ("Cyclophosphamide", "50 mg/kg", "D5W", 250, 50, "kg"), ("Thiotepa", "5 mg/kg", "NS", 100, 5, "kg"),
         ("Rabbit ATG (Thymoglobulin)", "2.5 mg/kg", "NS", 250, 2.5, "kg"), ("Tacrolimus", "0.03 mg/kg/day", "D5W", 50, 0.03, "kg"),
         ("Mesna", "10 mg/kg", "NS", 50, 10, "kg"), ("Foscarnet", "60 mg/kg", "NS", 250, 60, "kg"),
         ("Ganciclovir", "5 mg/kg", "NS", 100, 5, "kg"), ("Melphalan", "140 mg/m2", "NS", 100, 140, "m2")]


def dose(d, wt):
    bsa = (4 * wt + 7) / (wt + 90)
    return round(d[4] * (wt if d[5] == "kg" else bsa), 2)


def ev_pharmacy(p):
    tick()
    d = pick(DRUGS)
    f = R.randint(0, 2)
    if f == 0:
        return [X("pharmacy_compounding", "[CMPD] {} | RX# {} | Pt: {} | MRN {} | DOB {} | Wt {} kg | {} {} -> {} mg in {} {} mL | lot {} | BUD {} | prep {} CPhT | verif {} PharmD | grav dev {}%",
                  NOW[0].strftime("%Y-%m-%d %H:%M:%S"), R.randint(7000000, 7999999), NM(f"{ascii_up(p.last)}, {ascii_up(p.first)}"), MRN(p.mrn),
                  DT(fd(p.dob, pick(["us", "dmy_up"]))), p.wt, d[0], d[1], dose(d, p.wt), d[2], d[3],
                  f"{pick(['BU', 'FL', 'CY', 'TT', 'AT', 'TK'])}{R.randint(24000, 24999)}{pick('ABCDE')}",
                  (NOW[0] + dt.timedelta(hours=pick([9, 12, 24, 30]))).strftime("%Y-%m-%d %H:%M"),
                  pick(["T. Nguyen", "L. Ibarra", "K. Musa"]), pick(["R. Patel", "S. Haile", "E. Lindqvist"]), f"{R.uniform(-4, 4):+.1f}")]
    if f == 1:
        return [X("pharmacy_compounding", "{},DoseEdge,{},{},\"{}\",{},{},{},{},{},REJECTED,\"{}\"",
                  NOW[0].strftime("%m/%d/%Y %H:%M"), f"DE{R.randint(100000, 999999)}", MRN(p.mrn), NM(name_variant(p)), d[0],
                  DT(fd(NOW[0].date() + dt.timedelta(days=R.randint(0, 1)), "us")), dose(d, p.wt), "mg", pick(["ISO5-H2", "ISO5-H3", "BSC-1"]),
                  pick(["image unreadable", "wrong diluent volume", "gravimetric out of range +6.2%", "expired vial scanned"]))]
    return [X("pharmacy_compounding", "[CMPD] {} | PK dose adjust | {} ({}) | busulfan AUC {} mg*h/L target 80-100 | day -{} | new dose {} mg q24h per Dr. {} | dob {}",
              NOW[0].strftime("%Y-%m-%d %H:%M:%S"), NM(p.full), MRN(p.mrn), R.randint(62, 118), R.randint(2, 5),
              round(p.wt * R.uniform(2.8, 4.2), 1), pick(MDS)[0].title(), DT(fd(p.dob, "iso")))]


# ---------------------------------------------------------------- .NET scheduling (NLog)
def ev_nlog(p):
    tick()
    appt = future(near(p.day0, 5, 100))
    hh = pick(["08:00", "08:30", "09:15", "10:00", "13:30", "14:45"])
    f = R.randint(0, 4)
    if f == 0:
        return [X("nlog", "{}|INFO|Bmt.Scheduling.Services.AppointmentService|Booked appointment {} ({}) for patient {} {} on {} {} with Dr. {}",
                  t_nlog(), R.randint(50000, 69999), pick(["BMT Clinic Day+30", "Day+100 marrow", "IVIG infusion", "PFTs", "Echo", "Dental clearance"]),
                  MRN(p.mrn), NM(f"{ascii_up(p.last)}, {ascii_up(p.first)}"), DT(fd(appt, "us")), hh, pick(MDS)[0].title())]
    if f == 1:
        return [X("nlog", "{}|INFO|Bmt.Scheduling.Notifications.SmsSender|Twilio message SM{} queued to {} for appt {} ({} {})",
                  t_nlog(), hexs(32), PH(fphone(p.par_ph, "e164")), R.randint(50000, 69999), DT(fd(appt, "iso")), hh)]
    if f == 2:
        return [X("nlog", "{}|WARN|Bmt.Scheduling.Notifications.EmailSender|Delivery failed to {} (550 5.1.1 mailbox unavailable); guardian {} will be called instead",
                  t_nlog(), EM(p.par_email), NM(p.par_full))]
    if f == 3:
        lines = [X("nlog", "{}|INFO|Microsoft.EntityFrameworkCore.Database.Command|Executed DbCommand (11ms) [Parameters=[@p0='{}' (Nullable = false) (Size = 20), @p1='{}' (Size = 100), @p2='{}' (DbType = Date), @p3='{}' (Size = 30)], CommandType='Text', CommandTimeout='30']",
                     t_nlog(), MRN(p.mrn), NM(ascii_up(p.last)), DT(fd(p.dob, "iso")), PH(fphone(p.par_ph, "plain")))]
        lines.append(X("nlog", "INSERT INTO [Patients] ([Mrn], [LastName], [BirthDate], [GuardianPhone])"))
        lines.append(X("nlog", "OUTPUT INSERTED.[Id], INSERTED.[RowVersion]"))
        lines.append(X("nlog", "VALUES (@p0, @p1, @p2, @p3);"))
        return lines
    lines = [X("nlog", "{}|ERROR|Bmt.Scheduling.Jobs.ReminderJob|Failed to build reminder for {} (guardian {}, {}) System.FormatException: String '{}' was not recognized as a valid DateTime.",
                 t_nlog(), NM(p.full), NM(p.par_full), PH(fphone(p.par_ph)), DT(fd(appt, "eu")))]
    for fr in ["   at System.DateTime.Parse(String s, IFormatProvider provider)",
               "   at Bmt.Scheduling.Jobs.ReminderJob.BuildMessage(Appointment appt) in /src/Bmt.Scheduling/Jobs/ReminderJob.cs:line 88",
               "   at Bmt.Scheduling.Jobs.ReminderJob.Execute(IJobExecutionContext context) in /src/Bmt.Scheduling/Jobs/ReminderJob.cs:line 41"][:R.randint(2, 3)]:
        lines.append(X("nlog", "{}", fr))
    return lines


# ---------------------------------------------------------------- badge / security
DOORS = ["7W BMT Unit - Main Entry (Rdr 2)", "7W BMT Anteroom 714 (Rdr 9)", "CPL Cleanroom Gowning (Rdr 31)",
         "Pharmacy IV Room (Rdr 17)", "Family House - Lobby (Rdr 1)", "Parking Garage B Level 2 (Rdr 44)", "LN2 Storage (Rdr 33)"]


def ev_badge(p):
    tick()
    f = R.randint(0, 3)
    who = pick(["mom", "dad"])
    par = p.mom if who == "mom" else p.dad
    lic = p.mom_dl if who == "mom" else p.dad_dl
    if f == 0:
        return [X("badge_csv", "{},Access Granted,\"{}\",{},\"{}\",Visitor,\"Family - Pt Rm {}\"",
                  t_lenel(), pick([DOORS[0], DOORS[4], DOORS[5]]), OID(p.badge), NM(f"{par[1]}, {par[0]}"), p.bed[3:])]
    if f == 1:
        idt = "PASSPORT" if p.intl == "sa" else "DL"
        return [X("badge_enroll", "{} VMS INFO visitor enrolled badge={} name=\"{}\" id_type={} id_state={} id_no={} dob={} host_unit=7W-BMT relation={} patient=\"{}\" expires=+14d",
                  t_iso(), OID(p.badge), NM(f"{par[0]} {par[1]}"), idt, "SA" if p.intl == "sa" else p.dl_st,
                  OID(lic) if idt == "PASSPORT" else LC(lic), DT(fd(p.mom_dob if who == "mom" else p.dad_dob, "us")), who.upper() == "MOM" and "MOTHER" or "FATHER", NM(p.full))]
    if f == 2:
        raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00" + bytes(R.randint(0, 255) for _ in range(R.randint(120, 220)))
        return [X("badge_enroll", "{} VMS DEBUG photo capture badge={} cam=LOBBY-CAM-2 fmt=jpeg w=240 h=320 b64={}",
                  t_iso(), OID(p.badge), PHO(base64.b64encode(raw).decode()))]
    tpl = b"FMR\x00 20\x00\x00\x00\x00\x01\x1c\x00\x00\x01<\x01b\x00\xc5\x00\xc5\x01\x00\x00\x00" + bytes(R.randint(0, 255) for _ in range(R.randint(90, 160)))
    return [X("badge_enroll", "{} VMS INFO after-hours biometric enrolled for {} (badge {}) finger=R-INDEX quality={} template_iso19794_2={}",
              t_iso(), NM(f"{par[0]} {par[1]}"), OID(p.badge), R.randint(62, 98), BIO(base64.b64encode(tpl).decode()))]


# ================================================================ noise (no PHI)
def n_isbt():
    tick()
    return [pick([
        lambda: X("isbt128_label", "{} [LabelSvc] INFO  ISBT 128 product description table v7.{}.0 loaded ({} codes), special testing table v{}.{}",
                  t_isooff(), R.randint(50, 70), R.randint(14000, 15000), R.randint(2, 4), R.randint(0, 9)),
        lambda: X("isbt128_label", "{} [LabelSvc] WARN  printer ZD621-CPL-0{} ribbon low ({}%), {} labels remaining on roll 4x4 synthetic",
                  t_isooff(), R.randint(1, 3), R.randint(4, 15), R.randint(20, 180)),
        lambda: X("isbt128_label", "{} [LabelSvc] INFO  isbt128.verify: check character for DIN W0413 24 000001 test label = '{}' (ISO 7064 mod 37-2) OK",
                  t_isooff(), pick("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*")),
        lambda: X("isbt128_label", "{} [LabelSvc] INFO  daily label reconciliation: printed={} voided={} reprinted={} FIN=W0413",
                  t_isooff(), R.randint(30, 120), R.randint(0, 6), R.randint(0, 4)),
    ])()]


def n_crf():
    tick(30, 200)
    return [pick([
        lambda: X("crf_freezer", "{} CRF-{} [Kryo 560-16] run=24-{} step={}/7 ramp={}C/min chamber={}C probe={}C LN2_valve={}% elapsed=00:{}:{}",
                  t_logback(), R.randint(1, 2), f"{R.randint(300, 499):04d}", R.randint(1, 7), pick(["-1.0", "-2.0", "-10.0", "+15.0"]),
                  round(R.uniform(-90, 4), 1), round(R.uniform(-88, 4), 1), R.randint(0, 100), f"{R.randint(0, 59):02d}", f"{R.randint(0, 59):02d}"),
        lambda: X("crf_freezer", "{} CRF-{} [Kryo 560-16] run=24-{} complete; latent heat release at {}C compensated, end temp -100.0C, profile HPC_DMSO10_v3",
                  t_logback(), R.randint(1, 2), f"{R.randint(300, 499):04d}", round(R.uniform(-12, -5), 1)),
        lambda: X("cryo_monitor", "{} TempTrak INFO dewar=MVE-1536P#{} level={}% vapor_temp={}C lid=closed alarm=none",
                  t_iso(), R.randint(1, 6), R.randint(55, 92), round(R.uniform(-195, -178), 1)),
        lambda: X("cryo_monitor", "{} TempTrak WARN LN2 supply tank pressure {} psi (low threshold 22) - Airgas order PO-{} placed, vendor line 800-{}-{}",
                  t_iso(), R.randint(18, 23), R.randint(4500000000, 4599999999), R.randint(200, 999), R.randint(1000, 9999)),
        lambda: X("cryo_monitor", "{} TempTrak INFO O2 sensor LN2-room {}% (ok >19.5%), exhaust fan {} rpm",
                  t_iso(), round(R.uniform(20.1, 20.9), 1), R.randint(1100, 1800)),
    ])()]


def n_cryo_inv():
    tick()
    return [pick([
        lambda: X("cryo_inventory", "INV|{}|TANK-0{}|AUDIT|positions={}|occupied={}|discrepancies=0|auditor={}",
                  t_logback(), R.randint(1, 6), R.choice([1200, 1440, 2600]), R.randint(400, 1400), pick(TECHS)),
        lambda: X("cryo_inventory", "{} cryo-inv INFO nightly export to LIMS complete rows={} sha256={}", t_py(), R.randint(2000, 5000), hexs(64)),
    ])()]


def n_coi():
    tick()
    return [pick([
        lambda: X("coi_xml", "{} custody-svc INFO  signature chain verified for {} events in {} ms (key id kms-{})", t_isooff(), R.randint(10, 400), R.randint(8, 120), hexs(8)),
        lambda: X("cart_portal_json", "{} INFO  [cart-portal-sync] poll {\"endpoint\":\"/v3/orders?status=IN_MANUFACTURING\",\"count\":{},\"latencyMs\":{},\"traceId\":\"{}\"}",
                  t_logback(), R.randint(0, 6), R.randint(80, 1200), hexs(32)),
        lambda: X("cart_portal_json", "{} WARN  [cart-portal-sync] courier API 503 from api.cryoportal.example; retry {}/5 in {}s", t_logback(), R.randint(1, 4), pick([2, 4, 8, 16])),
        lambda: X("coi_xml", "{} custody-svc INFO  <Heartbeat node=\"cpl-coi-01\" version=\"2.{}.{}\" queueDepth=\"{}\"/>", t_isooff(), R.randint(3, 9), R.randint(0, 30), R.randint(0, 9)),
    ])()]


def n_nmdp():
    tick()
    return [pick([
        lambda: X("nmdp_xml", "{} INFO  [nmdp-gateway] OAuth2 token refreshed for client tc627-prod (expires_in=3599s, scope=search workup)", t_py()),
        lambda: X("nmdp_json", "{} INFO  [nmdp-gateway] status poll: {\"activeSearches\":{},\"pendingTyping\":{},\"workupsOpen\":{},\"apiVersion\":\"2.{}\"}",
                  t_py(), R.randint(3, 19), R.randint(0, 4), R.randint(0, 5), R.randint(1, 9)),
        lambda: X("nmdp_xml", "{} WARN  [nmdp-gateway] SOAP fault from /search/v2: <faultcode>soap:Server</faultcode><faultstring>Service temporarily unavailable</faultstring> (corr {})", t_py(), uuid4()),
        lambda: X("nmdp_json", "{} INFO  [nmdp-gateway] HLA nomenclature updated to IMGT/HLA 3.{}.0; {} alleles, {} MAC codes", t_py(), R.randint(54, 58), R.randint(38000, 42000), R.randint(4000, 9000)),
    ])()]


def n_apheresis():
    tick()
    return [pick([
        lambda: X("apheresis_csv", "collection_id,mrn,donor_name,relationship,collection_date,donor_dob,wt_kg,pre_cd34_per_uL,wbc,processed_vol_mL,product_vol_mL,cd34_e6_per_kg,optia_sn,operator"),
        lambda: X("apheresis_csv", "# Spectra Optia export v11.3 site=GCCH-APH device=1T{} generated {} rows={}", R.randint(10000, 99999), NOW[0].strftime("%Y-%m-%d %H:%M"), R.randint(1, 9)),
        lambda: X("apheresis_csv", "# device 1T{} self-test PASS, pressure sensors OK, centrifuge {} rpm, software 11.3.{}", R.randint(10000, 99999), R.randint(1800, 2400), R.randint(0, 9)),
    ])()]


def n_infusion():
    tick()
    return [pick([
        lambda: X("infusion_kv", "ts={} svc=infusion-verify evt=PUMP_HEARTBEAT pump=Alaris-{} channel={} status=OK fw=12.{}.{}",
                  t_iso(), R.randint(8000, 8999), pick("ABCD"), R.randint(1, 3), R.randint(0, 9)),
        lambda: X("infusion_kv", "ts={} svc=infusion-verify evt=BATH_TEMP device=CytoTherm-{} temp_C={} setpoint=37.0", t_iso(), R.randint(1, 3), round(R.uniform(36.6, 37.4), 1)),
        lambda: X("infusion_kv", "ts={} svc=infusion-verify evt=CONFIG_RELOAD rules=v{}.{} witness_required=true max_thaw_to_infuse_min=20", t_iso(), R.randint(4, 6), R.randint(0, 12)),
    ])()]


def n_hl7_ack():
    tick(1, 5)
    ctrl = f"ACK{R.randint(10 ** 8, 10 ** 9 - 1)}"
    return [X("hl7_adt", "{}", msh(f"ACK^{pick(['A01', 'A08', 'A03', 'R01'])}^ACK", ctrl, app="MIRTH", fac="BMTDB", rapp="EPIC", rfac="GCCH")),
            X("hl7_adt", "MSA|AA|MSG{}|Message accepted", R.randint(10 ** 8, 10 ** 9 - 1))]


def n_mirth():
    tick()
    ch = pick(["ADT_BMT_IN", "ORU_CHIMERISM_IN", "ORU_VIRAL_PCR_IN", "FORMSNET_EXPORT", "ISBT_LIMS_OUT"])
    return [pick([
        lambda: X("mirth", "INFO  {} [Channel: {}] com.mirth.connect.donkey.server.channel.Channel: statistics received={} filtered={} queued={} sent={} errored={}",
                  t_py(), ch, R.randint(200, 5000), R.randint(0, 40), R.randint(0, 3), R.randint(200, 5000), R.randint(0, 2)),
        lambda: X("mirth", "INFO  {} [Channel: {}] com.mirth.connect.connectors.tcp.TcpReceiver: connection accepted from 10.40.{}.{}:{} on port 66{}",
                  t_py(), ch, R.randint(0, 9), R.randint(2, 250), R.randint(40000, 60000), R.randint(61, 69)),
        lambda: X("mirth", "WARN  {} [Channel: {}] com.mirth.connect.connectors.file.FileWriter: remote SFTP host sftp.cibmtr.example slow ({} ms)", t_py(), ch, R.randint(3000, 15000)),
        lambda: X("mirth", "INFO  {} [Data Pruner] com.mirth.connect.server.util.DataPruner: pruned {} messages older than 45 days from {} channels", t_py(), R.randint(1000, 90000), R.randint(4, 12)),
    ])()]


def n_formsnet():
    tick()
    return [pick([
        lambda: X("formsnet", "{} INFO  [scheduling-1] o.g.b.cibmtr.DueFormsJob - Forms due refresh for CCN 10627: due={} overdue={} past_due_30={}",
                  t_logback(), R.randint(20, 60), R.randint(0, 9), R.randint(0, 3)),
        lambda: X("formsnet", "{} WARN  [formsnet-sync-{}] o.g.b.cibmtr.FormsNetClient - HTTP 429 Too Many Requests; backing off {} ms (x-ratelimit-reset={})",
                  t_logback(), R.randint(1, 4), pick([500, 1000, 2000, 4000]), R.randint(1, 60)),
        lambda: X("formsnet", "{} INFO  [main] o.s.b.w.embedded.tomcat.TomcatWebServer - Tomcat started on port(s): 8443 (https) with context path ''", t_logback()),
        lambda: X("formsnet", "{} INFO  [formsnet-sync-{}] o.g.b.cibmtr.FormsNetClient - session keepalive ok, FormsNet3 build 2024.{}.{}, forms revision {}",
                  t_logback(), R.randint(1, 4), R.randint(8, 10), R.randint(1, 30), pick(["R7", "R8", "R9"])),
        lambda: X("formsnet", "{} ERROR [formsnet-sync-{}] o.g.b.cibmtr.FormsNetClient - javax.net.ssl.SSLHandshakeException: PKIX path building failed (host fn3.cibmtr.example:443)",
                  t_logback(), R.randint(1, 4)),
    ])()]


def n_housing():
    tick()
    return [pick([
        lambda: X("housing_json", "INFO {} bookings.tasks nightly occupancy {}/48 rooms, waitlist={}, avg_stay_nights={}", t_py(), R.randint(36, 48), R.randint(0, 11), round(R.uniform(21, 64), 1)),
        lambda: X("housing_json", "INFO {} housekeeping.api PATCH /api/v2/rooms/{}/ 200 {\"status\":\"CLEAN\",\"inspectedBy\":\"staff_{}\",\"hepaFilterChanged\":{}}",
                  t_py(), R.randint(101, 348), R.randint(10, 99), pick(["true", "false"])),
        lambda: X("housing_json", "ERROR {} laundry.monitor washer {} offline (vendor CSC ServiceWorks ticket {}, support 1-877-264-{})", t_py(), R.randint(1, 8), R.randint(100000, 999999), R.randint(1000, 9999)),
        lambda: X("housing_json", "INFO {} django.server \"GET /healthz HTTP/1.1\" 200 2", t_py()),
        lambda: X("housing_json", "INFO {} donations.api in-kind donation logged: {} meals from \"{}\" (contact volunteer desk 713-{}-{})",
                  t_py(), R.randint(20, 80), pick(["St. Mark's Youth Group", "Houston Firefighters Local 341", "Bayou City Rotary", "Team Tamale"]), R.randint(200, 999), R.randint(1000, 9999)),
    ])()]


def n_travel():
    tick()
    return [pick([
        lambda: X("travel_csv", "trip_id,family_id,traveler,relationship,patient_mrn,mode,carrier,pnr,depart,return,loyalty_no,funding"),
        lambda: X("travel_csv", "{} travel-coord INFO fare cache refreshed: {} routes, Sabre session {} (ttl 900s)", t_py(), R.randint(40, 200), hexs(12)),
        lambda: X("travel_csv", "{} travel-coord INFO monthly funding summary Oct: grants=${} embassy=${} medicaid_mtp_trips={}", t_py(), R.randint(4000, 20000), R.randint(10000, 80000), R.randint(30, 90)),
    ])()]


def n_node():
    tick(1, 120)
    return [pick([
        lambda: X("node_pino", "{\"level\":30,\"time\":{},\"pid\":{},\"hostname\":\"famapp-api-7d9c5b{}\",\"req\":{\"id\":\"req-{}\",\"method\":\"GET\",\"url\":\"/healthz\"},\"res\":{\"statusCode\":200},\"responseTime\":{},\"msg\":\"request completed\"}",
                  t_epoch(), pick([4312, 4318]), b62(5).lower(), b62(4).lower(), R.randint(1, 9)),
        lambda: X("node_pino", "{\"level\":30,\"time\":{},\"pid\":27,\"hostname\":\"famapp-ws-6b4f{}\",\"connections\":{},\"rooms\":{},\"msg\":\"socket.io stats\"}",
                  t_epoch(), b62(4).lower(), R.randint(20, 140), R.randint(10, 60)),
        lambda: X("node_pino", "{\"level\":40,\"time\":{},\"pid\":27,\"hostname\":\"famapp-ws-6b4f{}\",\"err\":{\"type\":\"Error\",\"message\":\"connect ECONNREFUSED 10.42.{}.{}:6379\"},\"msg\":\"redis reconnecting\"}",
                  t_epoch(), b62(4).lower(), R.randint(0, 9), R.randint(2, 250)),
        lambda: X("node_pino", "{\"level\":30,\"time\":{},\"pid\":4312,\"hostname\":\"famapp-api-7d9c5b{}\",\"msg\":\"Server listening at http://0.0.0.0:3000\",\"version\":\"3.8.{}\",\"node\":\"v20.17.0\"}",
                  t_epoch(), b62(5).lower(), R.randint(0, 4)),
        lambda: X("node_pino", "(node:{}) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.", R.randint(20, 9000)),
        lambda: X("node_pino", "{\"level\":30,\"time\":{},\"pid\":4318,\"hostname\":\"famapp-api-7d9c5b{}\",\"traceId\":\"{}\",\"spanId\":\"{}\",\"route\":\"GET /api/v1/announcements\",\"durationMs\":{},\"msg\":\"request completed\"}",
                  t_epoch(), b62(5).lower(), hexs(32), hexs(16), R.randint(3, 400)),
        lambda: X("node_pino", "{\"level\":30,\"time\":{},\"pid\":4312,\"hostname\":\"famapp-api-7d9c5b{}\",\"author\":\"child-life\",\"audience\":\"all-families\",\"text\":\"{}\",\"msg\":\"broadcast sent\"}",
                  t_epoch(), b62(5).lower(), pick(["Reminder: flu shots for caregivers in the 2nd floor lobby Tue 10-2 📣", "Recordatorio: noche de juegos en la sala familiar el jueves a las 6 pm",
                                                   "تذكير: يرجى غسل اليدين قبل الدخول إلى الوحدة", "Pet therapy visit moved to Friday 3pm, sorry!",
                                                   "Family House shuttle leaves every 30 min from 6:30am, call 713-790-3300 if late"])),
    ])()]


def n_nginx():
    tick(1, 60)
    return [pick([
        lambda: X("nginx_access", "10.42.{}.{} - - [{}] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\" rt=0.00{} uct=0.000", R.randint(0, 9), R.randint(2, 250), t_clf(), R.randint(1, 9)),
        lambda: X("nginx_access", "10.42.{}.{} - - [{}] \"GET /static/js/main.{}.js HTTP/1.1\" 304 0 \"https://family.gcch-bmt.org/\" \"{}\" rt=0.00{}",
                  R.randint(0, 9), R.randint(2, 250), t_clf(), hexs(8), pick(UA), R.randint(1, 9)),
        lambda: X("nginx_access", "203.0.113.{} - - [{}] \"GET /.env HTTP/1.1\" 404 153 \"-\" \"Mozilla/5.0 zgrab/0.x\" rt=0.001", R.randint(1, 254), t_clf()),
        lambda: X("nginx_access", "{} [warn] {}#{}: *{} upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/{}/{}/00000{} while reading upstream",
                  NOW[0].strftime("%Y/%m/%d %H:%M:%S"), R.randint(20, 40), R.randint(0, 3), R.randint(10000, 999999), R.randint(0, 9), R.randint(10, 99), R.randint(10000, 99999)),
    ])()]


def n_pharmacy():
    tick()
    return [pick([
        lambda: X("pharmacy_compounding", "[ENV] {} | ISO5 hood H{} | nonviable 0.5um count {} /m3 (limit 3520) | pressure +{} in WC | OK",
                  NOW[0].strftime("%Y-%m-%d %H:%M:%S"), R.randint(1, 3), R.randint(0, 900), round(R.uniform(0.02, 0.05), 3)),
        lambda: X("pharmacy_compounding", "[ENV] {} | Refrigerator RX-{} | {}C | min {} max {} | OK", NOW[0].strftime("%Y-%m-%d %H:%M:%S"), R.randint(1, 6),
                  round(R.uniform(2.5, 7.5), 1), round(R.uniform(2.0, 3.5), 1), round(R.uniform(5.5, 7.9), 1)),
        lambda: X("pharmacy_compounding", "[CAL] {} | balance Mettler XPR{} s/n B{} | 100 g check weight {} g | PASS", NOW[0].strftime("%Y-%m-%d %H:%M:%S"), pick([204, 205, 404]),
                  R.randint(100000000, 999999999), round(100 + R.uniform(-0.002, 0.002), 4)),
        lambda: X("pharmacy_compounding", "[INV] {} | lot {} {} exp {} quarantined (manufacturer recall notice RC-{}), wholesaler order {}",
                  NOW[0].strftime("%Y-%m-%d %H:%M:%S"), f"{R.randint(10, 99)}{pick('ABCDEFGH')}{R.randint(100, 999)}", pick(["Thiotepa 15 mg vial", "Busulfex 60 mg/10 mL", "Fludarabine 50 mg"]),
                  f"2025-{R.randint(1, 12):02d}", R.randint(1000, 9999), R.randint(10 ** 9, 10 ** 10 - 1)),
    ])()]


def n_nlog():
    tick()
    c = R.randint(0, 5)
    if c == 0:
        return [X("nlog", "{}|INFO|Quartz.Core.JobRunShell|Job BMT.ReminderJob fired (trigger DEFAULT.Reminder0600) at {}; next fire {}",
                  t_nlog(), NOW[0].strftime("%H:%M:%S"), (NOW[0] + dt.timedelta(days=1)).strftime("%m/%d/%Y 06:00:00 -05:00"))]
    if c == 1:
        return [X("nlog", "{}|INFO|Bmt.Scheduling.Jobs.ReminderJob|Reminder batch done: sms={} email={} failed={} elapsed={}ms",
                  t_nlog(), R.randint(10, 80), R.randint(5, 60), R.randint(0, 4), R.randint(300, 9000))]
    if c == 2:
        return [X("nlog", "{}|INFO|Microsoft.Hosting.Lifetime|Now listening on: https://[::]:{}", t_nlog(), pick([5001, 7043, 8443]))]
    if c == 3:
        lines = [X("nlog", "{}|ERROR|Bmt.Scheduling.Integrations.EpicCadenceClient|Slot sync failed System.Net.Http.HttpRequestException: Response status code does not indicate success: 503 (Service Unavailable).", t_nlog())]
        for fr in ["   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()",
                   "   at Bmt.Scheduling.Integrations.EpicCadenceClient.GetSlotsAsync(String dept, DateTime from, CancellationToken ct) in /src/Bmt.Scheduling/Integrations/EpicCadenceClient.cs:line 132",
                   "   at Bmt.Scheduling.Jobs.SlotSyncJob.Execute(IJobExecutionContext context) in /src/Bmt.Scheduling/Jobs/SlotSyncJob.cs:line 57"][:R.randint(2, 3)]:
            lines.append(X("nlog", "{}", fr))
        return lines
    if c == 4:
        return [X("nlog", "{}|DEBUG|Microsoft.EntityFrameworkCore.Infrastructure|Entity Framework Core 8.0.{} initialized 'SchedulingDbContext' using provider 'Microsoft.EntityFrameworkCore.SqlServer:8.0.{}' with options: MaxPoolSize=128",
                  t_nlog(), R.randint(4, 10), R.randint(4, 10))]
    return [X("nlog", "{}|WARN|Bmt.Scheduling.Services.RoomService|Infusion chair {} double-booked for {} slot, auto-resolved to chair {}", t_nlog(), R.randint(1, 12),
              pick(["08:00", "10:30", "13:00"]), R.randint(1, 12))]


def n_badge():
    tick(5, 200)
    c = R.randint(0, 4)
    if c <= 1:
        return [X("badge_csv", "{},Access Granted,\"{}\",{},\"{}\",Employee,\"{}\"", t_lenel(), pick(DOORS), f"00{R.randint(10000, 99999)}", pick(STAFF),
                  pick(["Nursing 7W", "Cell Processing", "Pharmacy", "BMT Physicians", "Environmental Svcs"]))]
    if c == 2:
        return [X("badge_csv", "{},Door Held Open,\"{}\",,,Alarm,\"acknowledged by Security Ops console 2\"", t_lenel(), pick(DOORS))]
    if c == 3:
        return [X("badge_csv", "{},Access Denied - Invalid Card Format,\"{}\",{},,Unknown,\"26-bit raw {}\"", t_lenel(), pick(DOORS), R.randint(10000, 99999), hexs(7).upper())]
    return [X("badge_csv", "{},Reader Offline,\"{}\",,,System,\"panel LNL-3300 #{} comm loss {}s\"", t_lenel(), pick(DOORS), R.randint(1, 12), R.randint(5, 90))]


def n_sys():
    tick(5, 200)
    h = pick(["k8s-node-0{}".format(R.randint(1, 6)), "cpl-lims-01", "bmt-db-02"])
    return [pick([
        lambda: X("syslog", "{} {} kubelet[{}]: I1014 {} {} prober.go:107] \"Probe failed\" probeType=\"Readiness\" pod=\"famapp/famapp-api-7d9c5b-{}\" containerName=\"api\" probeResult=\"failure\"",
                  t_sys(), h, R.randint(800, 2000), NOW[0].strftime("%H:%M:%S.%f"), R.randint(800, 2000), b62(5).lower()),
        lambda: X("syslog", "{} {} postgres[{}]: [{}-1] LOG:  checkpoint complete: wrote {} buffers ({}%); 0 WAL file(s) added, {} removed, 1 recycled; write={} s",
                  t_sys(), h, R.randint(1000, 60000), R.randint(1, 9), R.randint(100, 9000), round(R.uniform(0.1, 9), 1), R.randint(0, 3), round(R.uniform(1, 40), 3)),
        lambda: X("syslog", "{} {} CRON[{}]: (root) CMD (/usr/local/bin/backup-lims.sh --target s3://gcch-cpl-backup/{} >/dev/null 2>&1)", t_sys(), h, R.randint(1000, 60000), NOW[0].strftime("%Y%m%d")),
        lambda: X("syslog", "{} {} systemd[1]: Started certbot.service - Certbot renewal (gcch-bmt.org, expires in {} days).", t_sys(), h, R.randint(20, 80)),
        lambda: X("syslog", "{} {} sshd[{}]: Accepted publickey for svc-deploy from 10.10.{}.{} port {} ssh2: ED25519 SHA256:{}", t_sys(), h, R.randint(1000, 60000),
                  R.randint(0, 9), R.randint(2, 250), R.randint(30000, 65000), b62(43)),
        lambda: X("syslog", "{} {} kernel: [{}.{}] nfs: server nas-cpl-02 OK", t_sys(), h, R.randint(10000, 999999), R.randint(100000, 999999)),
    ])()]


def n_supply():
    tick()
    return [X("supply", "{} erp-bridge INFO PO {} {} qty={} vendor=\"{}\" ship={} tracking 1Z{} contact {} {}",
              t_py(), R.randint(4500000000, 4599999999), pick(["CryoMACS Freezing Bag 750", "CryoStor CS10 100mL", "Optia IDL set 10310", "ISBT128 label stock 4x4", "Busulfex 60mg/10mL"]),
              R.randint(1, 48), pick(["Miltenyi Biotec", "BioLife Solutions", "Terumo BCT", "Computype", "Otsuka"]), pick(["SHIPPED", "BACKORDER", "DELIVERED"]),
              b62(16).upper(), pick(["orders@vendor-support.example", "cs.us@terumobct.example", "customerservice@biolife.example"]),
              pick(["800-525-2623", "(866) 999-4120", "1.800.878.4268"]))]


# ---------------------------------------------------------------- extra PHI events
def ev_elder(p):
    tick()
    p = pick([q for q in PEOPLE if q.elder])
    nm, rel, age = p.elder
    f = R.randint(0, 3)
    if f == 0:
        return [X("housing_json", "INFO {} bookings.guests added guest {\"name\":\"{}\",\"relation\":\"{}\",\"age\":{},\"needsAccessibleRoom\":true} to family {}",
                  t_py(), NM(nm), rel, AG(age), OID(p.famid))]
    if f == 1:
        return [X("badge_enroll", "{} VMS INFO visitor enrolled badge={} name=\"{}\" id_type=STATE_ID age={} escort_required=Y note=\"{} of pt {}, wheelchair from lobby\"",
                  t_iso(), OID("V" + str(R.randint(240000, 249999))), NM(nm), AG(age), rel, NM(p.full))]
    if f == 2:
        return [X("nlog", "{}|INFO|Bmt.Scheduling.Services.VisitorPolicyService|Visitor exception approved for {} (age {}, {}) to visit {} {} — mask + hand hygiene teaching done",
                  t_nlog(), NM(nm), AG(age), rel, MRN(p.mrn), NM(f"{ascii_up(p.last)}, {ascii_up(p.first)}"))]
    lang, msg = ("es", S("Mi abuela {} tiene {} años y quiere visitar a {}, ¿se permite en la unidad?", NM(nm), AG(age), NM(p.first))) if p.lang == "es" else \
        ("en", S("{}'s {} {} is coming to visit, {} is {} and uses a walker. Is the 7th floor ok?", NM(p.first), rel, NM(nm), "he" if "father" in rel else "she", AG(age)))
    return [X("node_pino", "{\"level\":30,\"time\":{},\"pid\":4312,\"hostname\":\"famapp-api-7d9c5b{}\",\"reqId\":\"req-{}\",\"userId\":\"{}\",\"threadId\":\"th_{}\",\"lang\":\"{}\",\"text\":\"{}\",\"msg\":\"message posted\"}",
              t_epoch(), b62(5).lower(), b62(4).lower(), OID(p.uid), b62(8), lang, msg)]


def ev_fax(p):
    tick()
    p = pick([q for q in PEOPLE if q.fax])
    f = R.randint(0, 2)
    if f == 0:
        return [X("nlog", "{}|INFO|Bmt.Scheduling.Notifications.FaxSender|RightFax job {} sent appointment letter for {} to guardian fax {} (pages=2)",
                  t_nlog(), R.randint(100000, 999999), NM(p.full), FX(fphone(p.fax)))]
    if f == 1:
        return [X("travel_csv", "{} travel-coord INFO attestation form faxed to family at {} (attn {}), cc social work; pt mrn {}",
                  t_py(), FX(fphone(p.fax)), NM(p.par_full), MRN(p.mrn))]
    return [X("housing_json", "INFO {} bookings.api PATCH /api/v2/families/{}/ 200 {\"homeFax\":\"{}\",\"preferredContact\":\"fax\",\"updatedBy\":\"frontdesk02\"}",
              t_py(), OID(p.famid), FX(fphone(p.fax)))]


def ev_vehicle_id(p):
    tick()
    f = R.randint(0, 2)
    who = pick(["mom", "dad"])
    par = p.mom if who == "mom" else p.dad
    lic = p.mom_dl if who == "mom" else p.dad_dl
    if f == 0:
        return [X("badge_csv", "{},LPR Read,\"{}\",,,LPR,\"plate {} ({}) conf=0.{} matched permit {} -> gate open\"",
                  t_lenel(), DOORS[5], VH(p.plate), p.plate_st, R.randint(86, 99), OID(p.famid))]
    if f == 1:
        idt = "passport" if p.intl == "sa" else "driver_license"
        return [X("housing_json", "INFO {} bookings.checkin id verified guest=\"{}\" {}={} state={} family={} room={} key_cards=2",
                  t_py(), NM(f"{par[0]} {par[1]}"), idt, OID(lic) if p.intl == "sa" else LC(lic), "SA" if p.intl == "sa" else p.dl_st, OID(p.famid), p.room)]
    return [X("infusion_kv", "ts={} svc=home-infusion evt=PUMP_ASSIGNED mrn={} pump_model=CADD-Solis pump_sn={} drug=\"{}\" teach_done=Y caregiver=\"{}\" dc_date={}",
              t_iso(), MRN(p.mrn), DV(p.pump_sn), pick(["magnesium sulfate", "ganciclovir", "TPN/lipids", "foscarnet"]), NM(f"{par[0]} {par[1]}"),
              DT(fd(NOW[0].date() + dt.timedelta(days=R.randint(0, 3)), "us")))]


def ev_profile(p):
    tick(1, 200)
    return [X("node_pino", "{\"level\":30,\"time\":{},\"pid\":4318,\"hostname\":\"famapp-api-7d9c5b{}\",\"userId\":\"{}\",\"changes\":{\"website\":\"{}\",\"preferredLanguage\":\"{}\",\"mobile\":\"{}\",\"email\":\"{}\"},\"msg\":\"profile updated\"}",
              t_epoch(), b62(5).lower(), OID(p.uid), URL(p.url), p.lang, PH(fphone(p.par_ph, "e164")), EM(p.par_email))]


# ================================================================ assembly
PHI_EVENTS = [(ev_isbt_print, 6), (ev_cryo_inventory, 3), (ev_coi_xml, 3), (ev_cart_json, 3), (ev_nmdp_xml, 3), (ev_nmdp_json, 3),
              (ev_nmdp_workup, 2), (ev_apheresis, 5), (ev_infusion, 6), (ev_hl7_adt, 5), (ev_hl7_oru, 4), (ev_mirth, 2),
              (ev_formsnet, 5), (ev_housing, 7), (ev_travel, 4), (ev_app_message, 12), (ev_app_misc, 8), (ev_morgan, 6),
              (ev_pharmacy, 6), (ev_nlog, 7), (ev_badge, 8), (ev_elder, 5), (ev_fax, 4), (ev_vehicle_id, 4), (ev_profile, 2)]
NOISE_EVENTS = [(n_isbt, 4), (n_crf, 6), (n_cryo_inv, 2), (n_coi, 4), (n_nmdp, 4), (n_apheresis, 2), (n_infusion, 4), (n_hl7_ack, 2),
                (n_mirth, 6), (n_formsnet, 5), (n_housing, 5), (n_travel, 2), (n_node, 9), (n_nginx, 6), (n_pharmacy, 5),
                (n_nlog, 6), (n_badge, 7), (n_sys, 6), (n_supply, 2)]
TARGET_CLEAN = 0.55


def wchoice(evs):
    tot = sum(w for _, w in evs)
    x = R.uniform(0, tot)
    for f, w in evs:
        x -= w
        if x <= 0:
            return f
    return evs[-1][0]


def build():
    lines = []
    while len(lines) < TOTAL:
        n = len(lines)
        clean = sum(1 for l in lines if not l.spans)
        want_noise = n == 0 or clean / max(n, 1) < TARGET_CLEAN
        for _ in range(50):
            if want_noise:
                ev = wchoice(NOISE_EVENTS)()
            else:
                ev = wchoice(PHI_EVENTS)(pick(PEOPLE))
            if len(lines) + len(ev) <= TOTAL:
                break
        else:
            ev = n_sys()
        lines.extend(ev)
    return lines


def main():
    lines = build()
    assert len(lines) == TOTAL
    out_log, out_lab = [], []
    for i, ln in enumerate(lines, 1):
        raw = bytes(ln.buf)
        txt = raw.decode("utf-8")
        assert txt and "\n" not in txt and "\r" not in txt, (i, txt)
        assert txt.strip(), i
        prev = -1
        spans = []
        for sp in sorted(ln.spans, key=lambda s: s["s"]):
            assert sp["s"] >= prev, (i, sp)
            assert raw[sp["s"]:sp["e"]].decode("utf-8") == sp["_v"], (i, sp)
            assert sp["e"] > sp["s"]
            prev = sp["e"]
            spans.append({"s": sp["s"], "e": sp["e"], "cat": sp["cat"]})
        out_log.append(txt)
        out_lab.append(json.dumps({"line": i, "family": ln.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out_log))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
