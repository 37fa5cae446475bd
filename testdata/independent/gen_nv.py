#!/usr/bin/env python3
"""Synthetic labeled log corpus "nv": a plastic & reconstructive surgery practice group
(Meridian Plastic & Reconstructive Surgery Partners, "MPRS", offices in Atlanta, Miami and
Framingham MA, plus an ambulatory surgery center).

Systems simulated: WordPress/Gravity Forms consult booking (PHP error_log incl. print_r dumps,
Gravity Forms add-on debug log, Monolog), nginx access log, before/after photo archive in Go
(slog JSON, std log, zap, base64 thumbnails, exiftool -G dumps), Canfield VECTRA 3D export log
and dcmdump of its DICOM export, surgical scheduling in Ruby on Rails (+ Sidekiq), anesthesia
record CSV (AIMS export), breast implant registry (NBIR-like) XML with UDIs, CareCredit / other
financing callbacks (winston JSON), Stripe deposits (stripe-cli + event JSON), X12 278
pre-authorisation (request / response / 999), HL7 v2 SIU, ADT and ORU through Mirth, post-op
SMS (Twilio relay) and WhatsApp thread exports in English and Portuguese, Mailchimp
(form-encoded) and Klaviyo (pino JSON) webhooks, Windows event logs (NXLog JSON and
RFC 5424 syslog) from the surgery center.

All people, numbers and addresses are synthetic. Standard library only, deterministic.

Labeling decisions:
- Labeled persons: patients, prospective patients (consult-form leads, marketing-list
  subscribers/profiles of the practice), relatives, escorts, guarantors and subscribers.
  Not labeled: surgeons, anesthesia staff, nurses, other staff (names, NPIs, logins,
  work e-mails/phones/faxes), the practice, payers, vendors, crawlers.
- One span per field. A structured name inside one field (HL7 XPN "LAST^FIRST^M", DICOM PN,
  "Last, First", "Last_First" in a file name) is one name span incl. middle initial. X12 NM1
  last and first name elements are separate spans.
- Addresses: street (+ unit) one address span, city its own address span, ZIP as zip;
  state and country are not labeled. EXIF GPS coordinates of a patient-submitted photo are
  labeled address (geocode). County names tied to a patient are address.
- Dates labeled: birth, service/surgery/procedure, consult/appointment (incl. HL7 SCH/AIS
  start times and PV1 admit/discharge times, X12 DMG/DTP), the photo capture date of
  clinical/patient photos (EXIF DateTimeOriginal, DICOM StudyDate, session dates in paths).
  Not labeled: log timestamps, message/record timestamps (MSH-7, created_at, fired_at,
  interchange dates), card/UDI expiry dates, years alone.
- Ages labeled only when over 89 (any written form: "91", "093Y", "93 anos"); other ages not.
- mrn: practice MRNs in any format (0051177, MPR-0051177, in file names/paths).
  other_id: patient DB primary keys (patients.id / patient_id), surgical case numbers,
  anesthesia record IDs, visit/encounter numbers, appointment IDs, imaging accession
  numbers, payer authorisation numbers, financing application/loan IDs, ESP subscriber /
  profile IDs (Mailchimp data[id], Klaviyo profile id), social handles/usernames of patients.
  Not labeled: technical IDs (Gravity Forms entry IDs, webhook/event IDs, Stripe ch_/pi_/evt_,
  Twilio SIDs, HL7 control IDs, X12 control/trace numbers, trace/span IDs, DICOM UIDs,
  batch IDs, Mirth message IDs).
- account: patient/billing account numbers, financing card account numbers, Stripe
  customer IDs (cus_...). Card last4 and SSN last4 fragments are not labeled.
  Merchant numbers of the practice are not labeled.
- health_plan: member/subscriber IDs incl. Medicare MBI and IN1 policy numbers; group
  numbers are not labeled.
- device: full implant UDIs (one span, GS1 with or without parentheses) and implant serial
  numbers of a patient's device. Lot numbers alone, catalogue/model numbers and the UDI-DI
  alone are not labeled. Serial numbers of practice equipment (cameras, VECTRA pods,
  anesthesia machines) are not labeled.
- ip: public IPs of patients/leads (form submission IP, opt-in IP); internal, vendor,
  crawler and load-balancer IPs are not labeled.
- photo: base64 clinical/face images (thumbnails, HL7 ED payloads); biometric: palm-vein
  templates; vehicle: licence plates of patients/escorts; license: driver's licence numbers.
- url: personal URLs (patient social profiles); practice/vendor URLs are not labeled.
- phone/fax/email of patients and relatives in every written form, incl. URL-encoded and
  invalid/typo numbers; clinic numbers are not labeled. URL-encoded values are labeled in
  their encoded form; JSON values in their escaped form.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
import urllib.parse

ID = "nv"
SEED = 0x6E7621
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500

# ---------------------------------------------------------------- line builder


class Raw(list):
    """A list of parts inserted verbatim (str plain, (value, cat) span)."""


def _flat(parts, out):
    for x in parts:
        if isinstance(x, list):
            _flat(x, out)
        elif isinstance(x, tuple):
            out.append(x)
        else:
            out.append(str(x))
    return out


def mk(fam, *parts):
    buf = bytearray()
    spans = []
    for x in _flat(parts, []):
        if isinstance(x, tuple):
            v, cat = str(x[0]), x[1]
            if cat is None:
                buf += v.encode("utf-8")
                continue
            s = len(buf)
            buf += v.encode("utf-8")
            spans.append({"s": s, "e": len(buf), "cat": cat, "_v": v})
        else:
            buf += x.encode("utf-8")
    line = buf.decode("utf-8")
    assert "\n" not in line and "\r" not in line and line.strip(), repr(line)
    for sp in spans:
        assert sp["e"] > sp["s"], sp
        assert buf[sp["s"]:sp["e"]].decode("utf-8") == sp["_v"], sp
    return {"fam": fam, "buf": bytes(buf), "spans": spans}


def jenc(v, mode=""):
    if mode == "php":
        return json.dumps(v, ensure_ascii=True).replace("/", "\\/")
    return json.dumps(v, ensure_ascii=False)


def J(*pairs, mode="", sep=",", kv=":"):
    out = ["{"]
    for i, pr in enumerate(pairs):
        k, v = pr[0], pr[1]
        cat = pr[2] if len(pr) > 2 else None
        if i:
            out.append(sep)
        out.append(jenc(k, mode) + kv)
        if isinstance(v, list):
            out.append(v)
        elif isinstance(v, str):
            e = jenc(v, mode)
            out += ['"', (e[1:-1], cat), '"']
        else:
            out.append((jenc(v, mode), cat))
    out.append("}")
    return Raw(out)


def JA(*items, sep=","):
    out = ["["]
    for i, it in enumerate(items):
        if i:
            out.append(sep)
        if isinstance(it, list):
            out.append(it)
        elif isinstance(it, tuple):
            v, cat = it
            if isinstance(v, str):
                out += ['"', (jenc(v)[1:-1], cat), '"']
            else:
                out.append((jenc(v), cat))
        else:
            out.append(jenc(it))
    out.append("]")
    return Raw(out)


def RH(*pairs):
    """Ruby Hash#inspect (Rails 7.0 style)."""
    out = ["{"]
    for i, pr in enumerate(pairs):
        k, v = pr[0], pr[1]
        cat = pr[2] if len(pr) > 2 else None
        if i:
            out.append(", ")
        out.append('"%s"=>' % k)
        if isinstance(v, list):
            out.append(v)
        else:
            out += ['"', (v, cat), '"']
    out.append("}")
    return Raw(out)


def seg(sep, *fields):
    out = []
    for i, f in enumerate(fields):
        if i:
            out.append(sep)
        out.append(f)
    return Raw(out)


def hl7(*f):
    return seg("|", *f)


def x12(*f):
    return Raw([seg("*", *f), "~"])


# ---------------------------------------------------------------- clock & formats
T = [dt.datetime(2024, 3, 11, 10, 2, 17, 125000)]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def tick(lo=2, hi=70):
    T[0] += dt.timedelta(seconds=R.randint(lo, hi), microseconds=R.randint(0, 999999))
    return T[0]


def loc(t):
    return t - dt.timedelta(hours=4)  # EDT


def ts_php(t):
    return "%02d-%s-%d %s UTC" % (t.day, MON[t.month - 1], t.year, t.strftime("%H:%M:%S"))


def ts_iso_us(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.%f") + "+00:00"


def ts_z(t, ms=3):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ("%06d" % t.microsecond)[:ms] + "Z"


def ts_sp(t, sep=".", ms=3):
    return t.strftime("%Y-%m-%d %H:%M:%S") + sep + ("%06d" % t.microsecond)[:ms]


def ts_nginx(t):
    return "%02d/%s/%d:%s +0000" % (t.day, MON[t.month - 1], t.year, t.strftime("%H:%M:%S"))


def ts_go(t):
    l = loc(t)
    return l.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d%03d-04:00" % (l.microsecond, R.randint(0, 999))


def ts_zap(t):
    l = loc(t)
    return l.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-0400" % (l.microsecond // 1000)


def ts_rails(lvl, t):
    l = loc(t)
    return "%s, [%s #%d] %5s -- : " % (lvl[0], l.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d" % l.microsecond,
                                      PUMA_PID, lvl)


def ts_hl7(t):
    return loc(t).strftime("%Y%m%d%H%M%S")


def epoch_ms(t):
    return int((t - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


PUMA_PID = 24117


def fd(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return "%d/%d/%s" % (d.month, d.day, d.strftime("%y"))
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "br":
        return d.strftime("%d/%m/%Y")
    if style == "br_short":
        return d.strftime("%d/%m")
    if style == "mon":
        return "%s %d, %d" % (MON[d.month - 1], d.day, d.year)
    if style == "oracle":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1].upper(), d.year)
    if style == "long":
        return "%s %d, %d" % (MONTH[d.month - 1], d.day, d.year)
    if style == "md":
        return "%s %d" % (MON[d.month - 1], d.day)
    if style == "slash_ymd":
        return d.strftime("%Y/%m/%d")
    raise ValueError(style)


def ph(d, style=None):
    a, b, c = d[:3], d[3:6], d[6:]
    styles = ["({a}) {b}-{c}", "{a}-{b}-{c}", "{a}.{b}.{c}", "{a}{b}{c}", "+1{a}{b}{c}",
              "+1 {a} {b} {c}", "1-{a}-{b}-{c}", "+1 ({a}) {b}-{c}", "{a} {b} {c}"]
    if style is None:
        style = R.randrange(len(styles))
    return styles[style].format(a=a, b=b, c=c)


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def luhn_complete(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return body + str((10 - s % 10) % 10)


def gs1_check(body13):
    s = 0
    for i, ch in enumerate(reversed(body13)):
        s += int(ch) * (3 if i % 2 == 0 else 1)
    return body13 + str((10 - s % 10) % 10)


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def fake_jpeg(n):
    hdr = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb0043000806060706050806070709090808")
    return base64.b64encode(hdr + bytes(R.getrandbits(8) for _ in range(n))).decode()


def fake_png(n):
    hdr = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000a0000000d50806000000")
    return base64.b64encode(hdr + bytes(R.getrandbits(8) for _ in range(n))).decode()


# ---------------------------------------------------------------- practice (not PHI)
SURGEONS = [("Samir", "Haddad", "1548273690"), ("Helena", "Vasconcelos", "1932104476"),
            ("Marcus", "Oyelaran", "1396857201")]
ANES = ["Reyes, Daniel MD", "Whitaker, Grace MD", "Nakamura, Ken MD"]
CRNA = ["Kowalczyk, Anna CRNA", "Bell, Tyrone CRNA", "Duarte, Lívia CRNA"]
STAFF_LOGIN = ["cmendes", "jpruitt", "rn.dsilva", "frontdesk02", "asc.scheduler", "tbell", "akowalczyk"]
CLINIC = {"GA": ("Atlanta", "4045552300"), "FL": ("Miami", "3055557710"), "MA": ("Framingham", "5085554400")}
WS = ["ASC-PREOP-03", "ASC-OR2-WS01", "ASC-PACU-02", "ATL-FD-01", "FRA-VECTRA-01", "MIA-PHOTO-02"]

PROCS = [("19325", "Breast augmentation with implant", "Breast Augmentation", "N65.1"),
         ("19318", "Reduction mammaplasty", "Breast Reduction", "N62"),
         ("19357", "Tissue expander placement, breast reconstruction", "Breast Reconstruction", "Z90.11"),
         ("19342", "Delayed insertion breast prosthesis", "Implant Exchange", "T85.44XA"),
         ("15830", "Panniculectomy", "Panniculectomy", "L98.7"),
         ("15847", "Abdominoplasty", "Tummy Tuck", "Z98.84"),
         ("30410", "Rhinoplasty, primary", "Rhinoplasty", "J34.2"),
         ("15823", "Blepharoplasty, upper lid", "Eyelid Surgery", "H02.831"),
         ("15876", "Suction assisted lipectomy, head and neck", "Liposuction", "E65"),
         ("19316", "Mastopexy", "Breast Lift", "N64.81"),
         ("14060", "Adjacent tissue transfer, nose", "Mohs Reconstruction", "C44.311")]

# ---------------------------------------------------------------- patients
NAMES = [
    ("Amara", "N", "Okonkwo", "F", "en"), ("Thanh", "T", "Nguyen-Pham", "F", "en"),
    ("Fernanda", "C", "Albuquerque", "F", "pt"), ("Maria das Graças", "", "Pereira da Silva", "F", "pt"),
    ("Hannah", "E", "Lindqvist", "F", "en"), ("Siobhan", "M", "O'Sullivan", "F", "en"),
    ("Pieter", "J", "van der Berg", "M", "en"), ("Rosa", "I", "García-López", "F", "es"),
    ("Priya", "S", "Raghunathan", "F", "en"), ("Agnieszka", "K", "Wiśniewska", "F", "en"),
    ("Eleni", "", "Papadopoulou", "F", "en"), ("Yuki", "", "Tanaka-Hoffman", "F", "en"),
    ("Marie-Claude", "", "Jean-Baptiste", "F", "en"), ("Layla", "F", "Al-Rashid", "F", "en"),
    ("Konstantin", "A", "von Stauffenberg", "M", "en"), ("João Victor", "", "Conceição", "M", "pt"),
    ("Ji-woo", "", "Park", "F", "en"), ("Dwayne", "L", "Whitfield", "M", "en"),
    ("Beatriz", "", "Moraes", "F", "pt"), ("Mei-Ling", "", "Chou", "F", "en"),
    ("Tomás", "", "Ruiz de Alarcón", "M", "es"), ("Olufunmilayo", "A", "Adeyemi", "F", "en"),
    ("Camille", "R", "Dubois-Martin", "F", "en"), ("Aaliyah", "D", "Washington", "F", "en"),
    ("Svetlana", "V", "Kuznetsova", "F", "en"), ("Ngozi", "", "Eze", "F", "en"),
    ("Gabriel", "", "Tavares Lima", "M", "pt"), ("Harriet", "B", "McAllister", "F", "en"),
    ("Esther", "R", "Goldfarb", "F", "en"), ("Keanu", "K", "Kahananui", "M", "en"),
    ("Zainab", "", "Hussaini", "F", "en"), ("Luana", "", "Ferreira dos Santos", "F", "pt"),
    ("Declan", "P", "Fitzgerald", "M", "en"), ("Ingrid", "S", "Solberg", "F", "en"),
    ("Rafael", "", "Bittencourt", "M", "pt"), ("Ana Paula", "", "Rocha", "F", "pt"),
]
GEO = {
    "GA": [("Atlanta", "Fulton", "30309", (33.7845, -84.3830)), ("Decatur", "DeKalb", "30030", (33.7748, -84.2963)),
           ("Marietta", "Cobb", "30062", (33.9890, -84.4980)), ("Alpharetta", "Fulton", "30009", (34.0754, -84.2941)),
           ("Sandy Springs", "Fulton", "30328", (33.9304, -84.3733))],
    "FL": [("Miami", "Miami-Dade", "33131", (25.7663, -80.1917)), ("Coral Gables", "Miami-Dade", "33146", (25.7215, -80.2684)),
           ("Doral", "Miami-Dade", "33178", (25.8195, -80.3553)), ("Pompano Beach", "Broward", "33062", (26.2379, -80.1001)),
           ("Aventura", "Miami-Dade", "33180", (25.9565, -80.1392))],
    "MA": [("Framingham", "Middlesex", "01702", (42.2793, -71.4162)), ("Marlborough", "Middlesex", "01752", (42.3459, -71.5523)),
           ("Somerville", "Middlesex", "02143", (42.3876, -71.0995)), ("Everett", "Middlesex", "02149", (42.4084, -71.0537)),
           ("Hudson", "Middlesex", "01749", (42.3918, -71.5662))],
}
STREETS = {
    "GA": ["Peachtree St NE", "Ponce de Leon Ave NE", "Roswell Rd", "Sandy Plains Rd", "Clairmont Ave", "Windward Pkwy"],
    "FL": ["Alhambra Cir", "Brickell Bay Dr", "NW 41st St", "Biscayne Blvd", "NE 33rd Ave", "Country Club Dr"],
    "MA": ["Concord St", "Waverly St", "Union Ave", "Highland St", "Broadway", "Old Connecticut Path"],
}
AREAS = {"GA": ["404", "470", "678", "770"], "FL": ["305", "786", "954"], "MA": ["508", "774", "617", "781"]}
REL_F = ["Marcos", "Chidi", "Daniel", "Luis", "Ahmed", "Erik", "Tiago", "Kwame", "Ravi", "Jun", "Patrick", "Omar"]
REL_M = ["Juliana", "Claire", "Sofia", "Ifeoma", "Anneke", "Mariana", "Grace", "Noor"]
REL_OTHER_LAST = ["Brennan", "Okafor", "Delgado", "Santos", "Lindgren", "Weiss", "Costa", "Haddadin"]
PAYERS = [("BLUE CROSS BLUE SHIELD OF GEORGIA", "00601", "GA"), ("AETNA", "60054", None),
          ("UNITEDHEALTHCARE", "87726", None), ("CIGNA", "62308", None), ("FLORIDA BLUE", "00590", "FL"),
          ("BLUE CROSS BLUE SHIELD OF MASSACHUSETTS", "00700", "MA"), ("HARVARD PILGRIM", "04271", "MA")]
MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    def a():
        return R.choice(MBI_A)

    def an():
        return R.choice(MBI_A + "0123456789")

    n = lambda: str(R.randint(0, 9))
    return str(R.randint(1, 9)) + a() + an() + n() + a() + an() + n() + a() + a() + n() + n()


def member_for(payer):
    name = payer[0]
    if "BLUE" in name:
        return R.choice(["XYZ", "QMB", "YLH", "ZGP", "H"]) + digits(9)
    if name == "AETNA":
        return "W" + digits(9)
    if name == "CIGNA":
        return "U" + digits(8) + "01"
    if name == "HARVARD PILGRIM":
        return digits(11)
    return digits(9)


def ssn():
    while True:
        a = R.randint(101, 771)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(10, 99), R.randint(1000, 9999))


def dl_for(st):
    if st == "GA":
        return digits(9)
    if st == "FL":
        return "%s%s-%s-%s-%s-%s" % (R.choice("ABCDGHKLMPRSTW"), digits(3), digits(3), digits(2), digits(3), digits(1))
    return "S" + digits(8)


def public_ip():
    if R.random() < 0.18:
        return "2600:1700:%x:%x::%x" % (R.randint(0x1000, 0xffff), R.randint(0x10, 0xfff), R.randint(0x10, 0xfff))
    first = R.choice([73, 98, 24, 174, 108, 71, 68, 189, 177, 179, 186])
    return "%d.%d.%d.%d" % (first, R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))


def make_patients():
    out = []
    used_phone = set()
    for fn, mi, ln, sex, lang in NAMES:
        st = R.choice(["MA", "FL", "MA"]) if lang == "pt" else R.choice(["GA", "FL", "MA", "GA"])
        city, county, zp, gps = R.choice(GEO[st])
        if ln == "McAllister":
            dob = dt.date(1932, 8, 19)
        elif ln == "Goldfarb":
            dob = dt.date(1930, 11, 2)
        else:
            dob = dt.date(2024 - R.randint(21, 68), R.randint(1, 12), R.randint(1, 28))
        while True:
            phone = R.choice(AREAS[st]) + "55501" + "%02d" % R.randint(0, 99)
            if phone not in used_phone:
                used_phone.add(phone)
                break
        f1 = fold(fn.split()[0]).lower().replace("'", "")
        l1 = fold(ln).lower().replace(" ", "").replace("'", "")
        dom = R.choice(["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "yahoo.com.br"]) if lang == "pt" else \
            R.choice(["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "aol.com", "comcast.net", "me.com"])
        email = R.choice(["%s.%s@%s" % (f1, l1, dom), "%s%s%d@%s" % (f1[0], l1, R.randint(70, 99), dom),
                          "%s%s@%s" % (f1, l1[:6], dom), "%s_%s%d@%s" % (l1, f1, R.randint(1, 30), dom)])
        payer = R.choice([p for p in PAYERS if p[2] in (None, st)])
        age = REF_DAY.year - dob.year - ((REF_DAY.month, REF_DAY.day) < (dob.month, dob.day))
        if age >= 65:
            payer = ("MEDICARE PART B", "00882" if st == "GA" else "09102", None)
        spouse_first = R.choice(REL_F if sex == "F" else REL_M)
        spouse_last = ln if R.random() < 0.6 else R.choice(REL_OTHER_LAST)
        sp_phone = R.choice(AREAS[st]) + "555" + "01" + "%02d" % R.randint(0, 99)
        ig = None
        if R.random() < 0.45:
            ig = R.choice(["%s.%s" % (f1, l1[:5]), "%s_%s_fit" % (f1, l1[:4]), "its.%s%s" % (f1, R.randint(1, 99)),
                           "%sby%s" % (f1[:4], l1[:4])])
        out.append({
            "first": fn, "mi": mi, "last": ln, "sex": sex, "lang": lang, "st": st, "city": city,
            "county": county, "zip": zp, "gps": gps,
            "street": "%d %s" % (R.randint(12, 9800), R.choice(STREETS[st])),
            "unit": R.choice(["", "", "Apt %d%s" % (R.randint(1, 30), R.choice("ABCD")), "Unit %d" % R.randint(100, 2400)]),
            "dob": dob, "age": age, "phone": phone, "email": email, "mrn": "%07d" % R.randint(40000, 59999),
            "pid": R.randint(10000, 99999), "acct": str(R.randint(10 ** 8, 10 ** 9 - 1)),
            "payer": payer, "member": mbi() if payer[0].startswith("MEDICARE") else member_for(payer),
            "group": digits(6), "ssn": ssn(), "dl": dl_for(st), "cc": luhn_complete("6019" + digits(11)),
            "ip": public_ip(), "ig": ig, "sp_first": spouse_first, "sp_last": spouse_last, "sp_phone": sp_phone,
            "proc": R.choice(PROCS if age < 70 else [p for p in PROCS if p[0] in ("14060", "15823", "19357")]),
            "surg": R.choice(SURGEONS), "case": "SC24-%04d" % R.randint(700, 1400),
            "surgery": dt.date(2024, 3, 18) + dt.timedelta(days=R.randint(0, 70)),
            "consult": dt.date(2024, 1, 8) + dt.timedelta(days=R.randint(0, 60)),
            "postop": dt.date(2024, 2, 5) + dt.timedelta(days=R.randint(0, 32)),
            "visit": "V%08d" % R.randint(10 ** 7, 10 ** 8 - 1),
            "kl": "01H" + alnum(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"), "mc": hexs(10), "cus": "cus_" + alnum(14),
        })
    return out


REF_DAY = dt.date(2024, 3, 11)
PTS = make_patients()
PT_BY_LAST = {p["last"]: p for p in PTS}


def pick(lang=None, old=False, sex=None):
    pool = PTS
    if sex:
        pool = [p for p in PTS if p["sex"] == sex]
    if lang:
        pool = [p for p in PTS if p["lang"] == lang]
    if old:
        pool = [p for p in PTS if p["age"] > 89]
    return R.choice(pool)


def mrn_fmt(p, style=None):
    s = R.choice(["plain", "pre", "predash"]) if style is None else style
    return {"plain": p["mrn"], "pre": "MPR" + p["mrn"], "predash": "MPR-" + p["mrn"]}[s]


def hl7name(p):
    s = p["last"].upper() + "^" + p["first"].upper()
    return s + ("^" + p["mi"] if p["mi"] else "")


def lf(p, upper=False):
    s = "%s, %s" % (p["last"], p["first"])
    return s.upper() if upper else s


def full(p):
    return "%s %s" % (p["first"], p["last"])


# ---------------------------------------------------------------- PHI blocks
SITE = "https://www.meridianprs.com"


def b_php_printr(p=None):
    p = p or pick()
    t = tick()
    eid = R.randint(4800, 6200)
    fam = "php_error_log"
    L = [mk(fam, "[%s] gform_after_submission_7 entry: Array" % ts_php(t)), mk(fam, "(")]

    def row(k, *v):
        L.append(mk(fam, "    [%s] => " % k, *v))

    row("id", str(eid))
    row("status", "active")
    row("form_id", "7")
    row("date_created", loc(t).strftime("%Y-%m-%d %H:%M:%S"))
    row("is_starred", "0")
    row("ip", (p["ip"], "ip"))
    row("source_url", SITE + "/schedule-consultation/?loc=" + p["city"].lower().replace(" ", "-"))
    row("user_agent", R.choice([
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36"]))
    row("1.3", (p["first"], "name"))
    row("1.6", (p["last"], "name"))
    row("2", (p["email"], "email"))
    row("3", (ph(p["phone"], R.choice([0, 1, 2])), "phone"))
    if p["age"] > 70 or R.random() < 0.4:
        row("11", (ph(p["phone"][:6] + "%04d" % R.randint(200, 299), 0), "fax"))
    row("4", (fd(p["dob"], "us"), "date"))
    row("5", p["proc"][2])
    msgs = [
        ["I had implants placed in 2014 and I think the left one ruptured, would like to discuss an exchange."],
        ["Looking for a consult on or after ", (fd(p["surgery"], "md"), "date"), ", mornings are best."],
        ["I finished radiation last year and my oncologist referred me for reconstruction."],
        ["Please call my husband ", (p["sp_first"] + " " + p["sp_last"], "name"), " at ",
         (ph(p["sp_phone"], 1), "phone"), " if I don't pick up."],
    ]
    if p["age"] > 89:
        msgs = [["I am ", (str(p["age"]), "age"), " years young and my dermatologist wants a plastic surgeon for the Mohs repair."]]
    row("6", R.choice(msgs))
    if p["ig"]:
        row("8", ("https://www.instagram.com/%s/" % p["ig"], "url"))
    else:
        row("8", "Google")
    row("9", "1")
    L.append(mk(fam, ")"))
    return L


def b_php_mail():
    p = pick()
    t = tick()
    return [mk("php_error_log", "[%s] PHP Warning:  mail(): Failed to connect to mailserver at &quot;localhost&quot; port 25 while sending consult confirmation to " % ts_php(t),
               (p["email"], "email"), ", verify your &quot;SMTP&quot; and &quot;smtp_port&quot; setting in php.ini or use ini_set() in /var/www/html/wp-content/plugins/mprs-consult/includes/class-notify.php on line 77")]


def b_gf_feed():
    p = pick()
    t = tick()
    eid = R.randint(4800, 6200)
    ts = lambda: loc(tick(0, 2)).strftime("%Y-%m-%d %H:%M:%S.") + "%06d" % T[0].microsecond
    fam = "gf_addon_log"
    body = J(("first_name", p["first"], "name"), ("last_name", p["last"], "name"),
             ("email", p["email"], "email"), ("phone", ph(p["phone"], 0), "phone"),
             ("dob", fd(p["dob"], "us"), "date"), ("procedure", p["proc"][2]),
             ("location", CLINIC[p["st"]][0]), ("source_url", SITE + "/schedule-consultation/"),
             ("entry_id", str(eid)), mode="php")
    return [
        mk(fam, ts(), " - DEBUG --> GFFeedAddOn::maybe_process_feed(): Checking for feeds to process for entry #%d for gravityformswebhooks." % eid),
        mk(fam, ts(), " - DEBUG --> GF_Webhooks::process_feed(): Sending webhook request to https://hooks.meridianprs.com/consult-intake; request body: ", body),
        mk(fam, ts(), " - DEBUG --> GF_Webhooks::process_feed(): Webhook request for entry #%d has been completed; response code: %d" % (eid, R.choice([200, 200, 201, 502]))),
    ]


def b_monolog_lead():
    p = pick()
    t = tick()
    lead = J(("firstName", p["first"], "name"), ("lastName", p["last"], "name"),
             ("dob", fd(p["dob"], "iso"), "date"), ("mobile", ph(p["phone"], 4), "phone"),
             ("email", p["email"], "email"), ("zip", p["zip"], "zip"),
             ("procedureInterest", p["proc"][2]), ("preferredLang", "pt-BR" if p["lang"] == "pt" else "en-US"))
    ctx = J(("lead_id", "L-%d" % R.randint(100000, 999999)), ("entry_id", R.randint(4800, 6200)), ("patient", lead),
            ("location", CLINIC[p["st"]][0]))
    extra = J(("url", "/wp-json/mprs/v1/consult"), ("ip", p["ip"], "ip"), ("http_method", "POST"),
              ("server", "www.meridianprs.com"), ("referrer", "https://www.google.com/"), ("uid", hexs(7)))
    return [mk("monolog", "[%s] consult.INFO: Lead created in Nextech " % ts_iso_us(t), ctx, " ", extra)]


def b_monolog_dup():
    p = pick()
    t = tick()
    if R.random() < 0.5:
        return [mk("monolog", "[%s] consult.WARNING: Duplicate lead suppressed for " % ts_iso_us(t), (p["email"], "email"),
                   " (matched patient ", (p["pid"], "other_id"), ") ", J(("entry_id", R.randint(4800, 6200)), ("rule", "email+dob")), " []")]
    bad = "%02d/%02d/%d" % (2, 30, p["dob"].year)
    return [mk("monolog", "[%s] consult.ERROR: Nextech API 422 Unprocessable Entity: " % ts_iso_us(t),
               J(("errors", J(("DateOfBirth", Raw(['["\'', (bad, "date"), '\' is not a valid date."]']))))), " ",
               J(("entry_id", R.randint(4800, 6200)), ("lastName", p["last"], "name"), ("raw_dob", bad, "date")), " ",
               J(("uid", hexs(7))))]


def b_nginx_consult():
    p = pick()
    t = tick()
    if R.random() < 0.6:
        return [mk("nginx_access", (p["ip"], "ip"), ' - - [%s] "POST /wp-admin/admin-ajax.php?action=gf_submit&form_id=7 HTTP/2.0" 200 1843 "%s/schedule-consultation/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 321.0.2.24.105" rt=0.%03d' % (ts_nginx(t), SITE, R.randint(80, 999)))]
    q = urllib.parse.quote(p["email"], safe="")
    return [mk("nginx_access", (p["ip"], "ip"), ' - - [%s] "GET /consult/thank-you/?utm_source=klaviyo&utm_medium=email&utm_campaign=spring-consult&_kx=%s.%s&email=' % (ts_nginx(t), alnum(22), alnum(6)),
               (q, "email"), ' HTTP/2.0" 200 38122 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15" rt=0.0%02d' % R.randint(10, 99))]


def b_go_thumb():
    p = pick()
    t = tick()
    view = R.choice(["frontal", "left_oblique", "right_oblique", "left_lateral", "right_lateral", "basal", "worms_eye"])
    b64 = fake_jpeg(R.randint(180, 380))
    return [mk("go_slog_json", '{"time":"%s","level":"INFO","source":{"function":"github.com/meridianprs/photoarchive/internal/thumbs.(*Worker).store","file":"/src/internal/thumbs/worker.go","line":142},"msg":"thumbnail stored","patient_mrn":"' % ts_go(t),
               (mrn_fmt(p, "pre"), "mrn"), '","case_no":"', (p["case"], "other_id"), '","phase":"%s","view":"%s","w":160,"h":213,"thumb_b64":"' % (R.choice(["preop", "postop_6w", "postop_3m"]), view),
               (b64, "photo"), '"}')]


def b_go_upload():
    p = pick()
    t = tick()
    d = p["postop"] if R.random() < 0.5 else p["consult"]
    key = ["cases/", (p["mrn"], "mrn"), "/", (fd(d, "iso"), "date"), "/", (p["last"].lower().replace(" ", "-") + "-" + fold(p["first"]).split()[0].lower(), "name"),
           "_%s_%02d.jpg" % (R.choice(["front", "lat", "obl"]), R.randint(1, 12))]
    return [mk("go_stdlog", loc(t).strftime("%Y/%m/%d %H:%M:%S"), " archive.go:211: uploaded s3://mprs-photo-archive-prod/", key,
               " (%.1f MB) in %dms" % (R.uniform(1.2, 9.8), R.randint(300, 2400)))]


def exl(g, tag, *val):
    return ["%-16s%-32s: " % ("[" + g + "]", tag)] + list(val)


def b_exif_clinic():
    p = pick()
    t = tick()
    d = p["postop"] if R.random() < 0.5 else p["consult"]
    tm = "%02d:%02d:%02d" % (R.randint(7, 16), R.randint(0, 59), R.randint(0, 59))
    fam = "exiftool"
    view = R.choice(["frontal", "L-oblique", "R-lateral", "basal"])
    fname = ["======== /srv/photoarchive/ingest/%s/" % loc(t).strftime("%Y/%m"),
             (p["last"].replace(" ", "") + "_" + p["first"].split()[0], "name"), "_", (p["mrn"], "mrn"), "_",
             (fd(d, "iso"), "date"), "_%s_%s.jpg" % (R.choice(["preop", "postop"]), view)]
    L = [mk(fam, fname),
         mk(fam, exl("ExifTool", "ExifTool Version Number", "12.76")),
         mk(fam, exl("File", "File Size", "%.1f MB" % R.uniform(4, 9))),
         mk(fam, exl("EXIF", "Make", "Canon")),
         mk(fam, exl("EXIF", "Camera Model Name", "Canon EOS 90D")),
         mk(fam, exl("EXIF", "Date/Time Original", (fd(d, "iso").replace("-", ":") + " " + tm, "date"))),
         mk(fam, exl("EXIF", "Exposure Time", "1/125")),
         mk(fam, exl("EXIF", "F Number", "8.0")),
         mk(fam, exl("EXIF", "ISO", "200")),
         mk(fam, exl("EXIF", "Serial Number", "0320210%05d" % R.randint(0, 99999))),
         mk(fam, exl("EXIF", "Owner Name", "MPRS Photo Studio %s" % R.choice("AB"))),
         mk(fam, exl("XMP", "Subject", "%s, %s" % (p["proc"][2].lower(), view))),
         mk(fam, exl("Composite", "Image Size", "6960x4640")),
         ]
    keep = [0, 5] + sorted(R.sample([1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12], R.randint(5, 8)))
    return [L[i] for i in sorted(keep)]


def dms(v, pos, neg):
    h = pos if v >= 0 else neg
    v = abs(v)
    d = int(v)
    m = int((v - d) * 60)
    s = (v - d - m / 60) * 3600
    return "%d deg %d' %.2f\" %s" % (d, m, s, h)


def b_exif_patient():
    p = pick()
    t = tick()
    lat, lon = p["gps"]
    lat += R.uniform(-0.02, 0.02)
    lon += R.uniform(-0.02, 0.02)
    d = p["consult"] - dt.timedelta(days=R.randint(1, 9))
    fam = "exiftool"
    model = R.choice(["iPhone 13", "iPhone 14 Pro", "iPhone 15 Pro Max"])
    return [mk(fam, "======== /srv/photoarchive/virtual-consult/entry_%d/IMG_%04d.HEIC" % (R.randint(4800, 6200), R.randint(1000, 9999))),
            mk(fam, exl("EXIF", "Make", "Apple")),
            mk(fam, exl("EXIF", "Camera Model Name", model)),
            mk(fam, exl("EXIF", "Software", "17.%d.%d" % (R.randint(1, 4), R.randint(0, 1)))),
            mk(fam, exl("EXIF", "Date/Time Original", (fd(d, "iso").replace("-", ":") + " %02d:%02d:%02d" % (R.randint(18, 23), R.randint(0, 59), R.randint(0, 59)), "date"))),
            mk(fam, exl("EXIF", "Offset Time Original", "-04:00" if p["st"] != "X" else "")),
            mk(fam, exl("EXIF", "Lens Model", "%s back camera 6.86mm f/1.78" % model)),
            mk(fam, exl("Composite", "GPS Latitude", (dms(lat, "N", "S"), "address"))),
            mk(fam, exl("Composite", "GPS Longitude", (dms(lon, "E", "W"), "address"))),
            mk(fam, exl("Composite", "GPS Position", (dms(lat, "N", "S") + ", " + dms(lon, "E", "W"), "address"))),
            mk(fam, exl("Composite", "Image Size", "4032x3024")),
            ]


def vts(t):
    return loc(t).strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (t.microsecond // 1000)


def b_vectra():
    p = pick()
    t = tick()
    d = p["consult"]
    sess = "VX-%s-%04d" % (loc(t).strftime("%Y%m%d"), R.randint(1, 40))
    fam = "vectra_log"
    folder = [r"D:\VectraData\Export\\".replace("\\\\", "\\"), (p["mrn"], "mrn"), "_", (p["last"].replace(" ", ""), "name"), "\\",
              (fd(d, "hl7"), "date"), "_%s\\" % R.choice(["Torso", "Face", "Breast"])]
    L = [mk(fam, vts(t), " INFO  [Export-%d] VectraExportService - Session %s patient=" % (R.randint(1, 4), sess),
            (lf(p, True), "name"), " (", (p["mrn"], "mrn"), ") DOB ", (fd(p["dob"], "us"), "date"), " captures=%d mode=%s" % (R.randint(1, 4), R.choice(["Torso", "Face"])))]
    for i in range(R.randint(1, 2)):
        tick(1, 9)
        L.append(mk(fam, vts(T[0]), " DEBUG [Export-2] ObjWriter - Wrote ", folder, "capture%02d.obj (%.1f MB, %d verts)" % (i + 1, R.uniform(20, 60), R.randint(400000, 900000))))
    tick(1, 5)
    L.append(mk(fam, vts(T[0]), " INFO  [Export-2] VectraExportService - Session %s export complete in %.1fs (obj+mtl+jpg, %d files)" % (sess, R.uniform(8, 60), R.randint(3, 12))))
    return L


def dcm(tag, vr, val, name, cat=None):
    shown = "[" + val + "]"
    ln = len(val.encode()) + (len(val.encode()) % 2)
    return ["%s %s " % (tag, vr), "[", (val, cat), "]", " " * max(1, 40 - len(shown)), "# %3d, 1 %s" % (ln, name)]


def b_dcmdump():
    p = pick()
    t = tick()
    d = p["consult"]
    fam = "dcmdump"
    age = "%03dY" % p["age"]
    L = [mk(fam, "# Dicom-File-Format"),
         mk(fam, dcm("(0008,0020)", "DA", fd(d, "hl7"), "StudyDate", "date")),
         mk(fam, dcm("(0008,0050)", "SH", "ACC%s%03d" % (fd(d, "hl7")[2:], R.randint(1, 200)), "AccessionNumber", "other_id")),
         mk(fam, dcm("(0008,0070)", "LO", "Canfield Scientific Inc", "Manufacturer")),
         mk(fam, dcm("(0008,1090)", "LO", "VECTRA H2", "ManufacturerModelName")),
         mk(fam, dcm("(0010,0010)", "PN", hl7name(p), "PatientName", "name")),
         mk(fam, dcm("(0010,0020)", "LO", p["mrn"], "PatientID", "mrn")),
         mk(fam, dcm("(0010,0030)", "DA", fd(p["dob"], "hl7"), "PatientBirthDate", "date")),
         mk(fam, dcm("(0010,0040)", "CS", p["sex"], "PatientSex")),
         mk(fam, dcm("(0010,1010)", "AS", age, "PatientAge", "age" if p["age"] > 89 else None)),
         mk(fam, dcm("(0018,1000)", "LO", "VH2-%05d" % R.randint(10000, 19999), "DeviceSerialNumber")),
         mk(fam, dcm("(0020,000d)", "UI", "1.2.826.0.1.3680043.8.1055.1.%d.%d" % (R.randint(10 ** 9, 10 ** 10), R.randint(100, 999)), "StudyInstanceUID")),
         ]
    return L


def rid():
    return uuid4()


def b_rails_case():
    p = pick()
    t = tick()
    r = rid()
    l = loc(t)
    sch = p["surgery"]
    case_id = R.randint(8000, 9999)
    proc = p["proc"]
    fam = "rails_log"
    params = RH(("authenticity_token", "[FILTERED]"),
                ("surgical_case", RH(("patient_id", str(p["pid"]), "other_id"), ("mrn", p["mrn"], "mrn"),
                                     ("surgeon_id", str(SURGEONS.index(p["surg"]) + 1)), ("procedure_cpt", proc[0]),
                                     ("procedure_desc", proc[1]), ("scheduled_date", fd(sch, "iso"), "date"),
                                     ("start_time", "%02d:%02d" % (R.randint(7, 13), R.choice([0, 15, 30, 45]))),
                                     ("duration_min", str(R.choice([90, 120, 180, 240]))),
                                     ("facility", "MPRS ASC " + CLINIC[p["st"]][0]), ("or_room", "OR-%d" % R.randint(1, 3)),
                                     ("anesthesia", R.choice(["general", "MAC", "local"])),
                                     ("notes", "Portuguese interpreter requested; latex allergy" if p["lang"] == "pt" else
                                     R.choice(["Hx PONV, scopolamine patch pre-op", "Needs H&P within 30 days",
                                               "Clearance from cardiology pending", "Latex allergy"])))),
                ("commit", "Schedule case"))
    binds = JA(JA("patient_id", (p["pid"], "other_id"), sep=", "), JA("surgeon_id", SURGEONS.index(p["surg"]) + 1, sep=", "),
               JA("scheduled_date", (fd(sch, "iso"), "date"), sep=", "), JA("case_number", (p["case"], "other_id"), sep=", "),
               JA("created_at", t.strftime("%Y-%m-%d %H:%M:%S.%f"), sep=", "), JA("updated_at", t.strftime("%Y-%m-%d %H:%M:%S.%f"), sep=", "), sep=", ")
    return [
        mk(fam, ts_rails("INFO", t), '[%s] Started POST "/surgical_cases" for 10.40.2.%d at %s -0400' % (r, R.randint(10, 60), l.strftime("%Y-%m-%d %H:%M:%S"))),
        mk(fam, ts_rails("INFO", tick(0, 1)), "[%s] Processing by SurgicalCasesController#create as HTML" % r),
        mk(fam, ts_rails("INFO", T[0]), "[%s]   Parameters: " % r, params),
        mk(fam, ts_rails("DEBUG", T[0]), '[%s]   SurgicalCase Create (%.1fms)  INSERT INTO "surgical_cases" ("patient_id", "surgeon_id", "scheduled_date", "case_number", "created_at", "updated_at") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id"  ' % (r, R.uniform(0.8, 4)), binds),
        mk(fam, ts_rails("INFO", T[0]), "[%s] Redirected to https://sched.meridianprs.com/surgical_cases/%d" % (r, case_id)),
        mk(fam, ts_rails("INFO", T[0]), "[%s] Completed 302 Found in %dms (ActiveRecord: %.1fms | Allocations: %d)" % (r, R.randint(20, 90), R.uniform(3, 15), R.randint(5000, 15000))),
    ]


def b_rails_patient():
    p = pick()
    t = tick()
    r = rid()
    fam = "rails_log"
    binds = JA(JA("mrn", (p["mrn"], "mrn"), sep=", "), JA("first_name", (p["first"], "name"), sep=", "),
               JA("last_name", (p["last"], "name"), sep=", "), JA("dob", (fd(p["dob"], "iso"), "date"), sep=", "),
               JA("mobile_phone", (p["phone"], "phone"), sep=", "), JA("email", (p["email"], "email"), sep=", "),
               JA("preferred_language", "pt-BR" if p["lang"] == "pt" else "en", sep=", "),
               JA("created_at", t.strftime("%Y-%m-%d %H:%M:%S.%f"), sep=", "), sep=", ")
    L = [mk(fam, ts_rails("DEBUG", t), '[%s]   Patient Create (%.1fms)  INSERT INTO "patients" ("mrn", "first_name", "last_name", "dob", "mobile_phone", "email", "preferred_language", "created_at") VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING "id"  ' % (r, R.uniform(0.6, 3)), binds)]
    if R.random() < 0.6:
        q = p["last"].split()[-1].lower()
        L.insert(0, mk(fam, ts_rails("INFO", t), '[%s] Started GET "/patients/search?q=' % r, (urllib.parse.quote(q), "name"), '&dob=', (fd(p["dob"], "iso"), "date"),
                       '" for 10.40.2.%d at %s -0400' % (R.randint(10, 60), loc(t).strftime("%Y-%m-%d %H:%M:%S"))))
    return L


def b_rails_mail():
    p = pick()
    t = tick()
    jid = hexs(24)
    fam = "rails_log"
    pre = "[ActiveJob] [ActionMailer::MailDeliveryJob] [%s] " % uuid4()
    subj = (["Suas instruções pré-operatórias – cirurgia em ", (fd(p["surgery"], "br"), "date")] if p["lang"] == "pt"
            else ["Your pre-op instructions for ", (fd(p["surgery"], "long"), "date")])
    return [
        mk(fam, ts_rails("INFO", t), pre, "PreOpMailer#instructions: processed outbound mail in %.1fms" % R.uniform(5, 40)),
        mk(fam, ts_rails("INFO", tick(0, 2)), pre, "Delivered mail %s_%s@sched-web-2.mail (%.1fms)" % (hexs(13), hexs(6), R.uniform(80, 900))),
        mk(fam, "Date: %s, %02d %s %d %s -0400" % (DOW[loc(t).weekday()], loc(t).day, MON[loc(t).month - 1], loc(t).year, loc(t).strftime("%H:%M:%S"))),
        mk(fam, "From: MPRS Surgery Scheduling <scheduling@meridianprs.com>"),
        mk(fam, "To: ", (full(p), "name"), " <", (p["email"], "email"), ">"),
        mk(fam, "Subject: ", subj),
    ]


def b_rails_checkin():
    p = pick()
    t = tick()
    r = rid()
    fam = "rails_log"
    plate = R.choice(["%s%s" % (alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ"), digits(4)), "%s %s" % (digits(3), alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ")),
                      "%s%s%s" % (digits(1), alnum(2, "ABCDEFGHJKLMNPRSTVWXYZ"), digits(3))])
    params = RH(("authenticity_token", "[FILTERED]"), ("id", str(R.randint(8000, 9999))),
                ("checkin", RH(("npo_confirmed", "1"), ("escort_name", p["sp_first"] + " " + p["sp_last"], "name"),
                               ("escort_relationship", "spouse" if p["sp_last"] == p["last"] else "friend"),
                               ("escort_phone", ph(p["sp_phone"], R.choice([0, 2, 3])), "phone"),
                               ("escort_vehicle", R.choice(["gray Toyota RAV4", "black Honda CR-V", "white Tesla Model Y", "red Jeep Wrangler"])),
                               ("escort_plate", plate, "vehicle"), ("id_type", "drivers_license"),
                               ("id_number", p["dl"], "license"), ("id_state", p["st"]))),
                ("commit", "Complete check-in"))
    return [
        mk(fam, ts_rails("INFO", t), '[%s] Started PATCH "/surgical_cases/%d/checkin" for 10.40.3.%d at %s -0400' % (r, R.randint(8000, 9999), R.randint(10, 60), loc(t).strftime("%Y-%m-%d %H:%M:%S"))),
        mk(fam, ts_rails("INFO", T[0]), "[%s] Processing by CheckinsController#update as TURBO_STREAM" % r),
        mk(fam, ts_rails("INFO", T[0]), "[%s]   Parameters: " % r, params),
        mk(fam, ts_rails("INFO", tick(0, 1)), "[%s] Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (r, R.randint(20, 90), R.uniform(2, 20), R.uniform(3, 15), R.randint(5000, 15000))),
    ]


def b_sidekiq_err():
    p = pick()
    t = tick()
    bad = "+1" + p["phone"][:-1]
    tid = alnum(4, "abcdefghijklmnopqrstuvwxyz0123456789")
    jid = hexs(24)
    return [
        mk("sidekiq", ts_z(t), " pid=%d tid=%s class=PostOpCheckinSmsJob jid=%s INFO: start" % (PUMA_PID + 19, tid, jid)),
        mk("sidekiq", ts_z(tick(0, 2)), " pid=%d tid=%s class=PostOpCheckinSmsJob jid=%s elapsed=%.3f WARN: Twilio::REST::RestError: [HTTP 400] 21211 : Unable to create record: The 'To' number " % (PUMA_PID + 19, tid, jid, R.uniform(0.2, 1.5)),
           (bad, "phone"), " is not a valid phone number."),
        mk("sidekiq", ts_z(T[0]), " pid=%d tid=%s WARN: " % (PUMA_PID + 19, tid),
           J(("context", "Job raised exception"), ("job", J(("retry", 5), ("queue", "sms"), ("class", "PostOpCheckinSmsJob"),
                                                                 ("args", JA((p["pid"], "other_id"), (bad, "phone"), "pt-BR" if p["lang"] == "pt" else "en")),
                                                                 ("jid", jid), ("retry_count", R.randint(0, 3)))))),
    ]


ANES_HDR = "record_id,case_no,mrn,patient,dob,age,sex,asa,procedure,anesthesia_type,airway,anesthesiologist,crna,in_room,induction,incision,closure,out_room,ebl_ml,ivf_ml,ponv_ppx,escort_name,escort_phone"


def anes_row(p):
    def hm(h, m):
        return "%02d:%02d" % (h + m // 60, m % 60)
    h = R.randint(7, 12)
    m0 = R.randint(0, 40)
    dur = R.randint(60, 260)
    asa = "3" if p["age"] > 80 else R.choice(["1", "2", "2"])
    atype = "MAC" if p["proc"][0] in ("14060", "15823") else R.choice(["GA", "GA", "GA+TAP"])
    airway = "Nasal cannula" if atype == "MAC" else R.choice(["ETT 7.0", "LMA 4", "ETT 6.5"])
    esc = p["sp_last"] + ", " + p["sp_first"]
    return ["AR-24-%05d" % R.randint(1000, 3000), ",", (p["case"], "other_id"), ",", (p["mrn"], "mrn"), ",\"", (lf(p, True), "name"), "\",",
            (fd(p["dob"], "us"), "date"), ",", (str(p["age"]), "age" if p["age"] > 89 else None), ",%s,%s,\"%s\",%s,%s,\"%s\",\"%s\",%s,%s,%s,%s,%s,%d,%d,%s,\"" % (
                p["sex"], asa, p["proc"][1], atype, airway, R.choice(ANES), R.choice(CRNA), hm(h, m0), hm(h, m0 + 9), hm(h, m0 + 21),
                hm(h, m0 + 21 + dur), hm(h, m0 + 35 + dur), R.choice([10, 25, 50, 150, 300]), R.choice([800, 1200, 2000, 2600]), R.choice("YN")),
            (esc, "name"), "\",", (ph(p["sp_phone"], R.choice([0, 1, 3])), "phone")]


def b_anes_csv(header=True):
    fam = "anesthesia_csv"
    tick()
    L = [mk(fam, ANES_HDR)] if header else []
    n = R.randint(3, 5)
    chosen = R.sample(PTS, n)
    if header and not any(p["age"] > 89 for p in chosen):
        chosen[0] = pick(old=True)
    for p in chosen:
        L.append(mk(fam, anes_row(p)))
    return L


def udi(gtin, exp, lot, serial, paren=True):
    if paren:
        return "(01)%s(17)%s(10)%s(21)%s" % (gtin, exp, lot, serial)
    return "01%s17%s21%s" % (gtin, exp, serial)


IMPLANTS = [("Allergan", "NATRELLE INSPIRA SRF", "0088907414"), ("Mentor", "MemoryGel Xtra", "0081317002"),
            ("Sientra", "HSC+ Smooth Round", "0085004610"), ("Motiva", "Ergonomix2", "0761400034")]


def implant():
    mf, model, pre = R.choice(IMPLANTS)
    gtin = gs1_check(pre + digits(3))
    exp = "%02d%02d%02d" % (R.randint(27, 30), R.randint(1, 12), R.randint(1, 28))
    lot = digits(7) if mf != "Mentor" else "%s%s" % (digits(7), R.choice(["", "-A"]))
    serial = digits(8) if mf != "Mentor" else "%s-%s" % (digits(7), digits(3))
    vol = R.choice([275, 300, 325, 350, 375, 400, 450])
    return {"mf": mf, "model": model, "gtin": gtin, "exp": exp, "lot": lot, "serial": serial, "vol": vol}


def b_nbir_line():
    p = pick(sex="F")
    t = tick()
    d = p["postop"]
    parts = ['<?xml version="1.0" encoding="UTF-8"?><NBIRSubmission xmlns="urn:nbir:submission:v2" siteId="MPRS-%s-01" batchId="B%s-%02d">' % (p["st"], fd(d, "hl7"), R.randint(1, 9)),
             '<Case caseId="', (p["case"], "other_id"), '" procedureDate="', (fd(d, "iso"), "date"),
             '" procedureType="%s" indication="%s">' % (R.choice(["PrimaryAugmentation", "RevisionAugmentation", "PrimaryReconstruction"]), R.choice(["Cosmetic", "Reconstructive", "Cosmetic"])),
             "<Patient><MRN>", (p["mrn"], "mrn"), "</MRN><FirstName>", (p["first"], "name"), "</FirstName><LastName>", (p["last"], "name"),
             "</LastName><DOB>", (fd(p["dob"], "iso"), "date"), "</DOB><Sex>%s</Sex><PostalCode>" % p["sex"], "", (p["zip"], "zip"), "</PostalCode></Patient>"]
    for side in ("Left", "Right"):
        im = implant()
        parts += ['<Device laterality="%s"><Manufacturer>%s</Manufacturer><Model>%s</Model><UDI>' % (side, im["mf"], im["model"]),
                  (udi(im["gtin"], im["exp"], im["lot"], im["serial"], R.random() < 0.7), "device"),
                  "</UDI><LotNumber>%s</LotNumber><SerialNumber>" % im["lot"], (im["serial"], "device"),
                  '</SerialNumber><Fill>Silicone</Fill><Volume unit="cc">%d</Volume></Device>' % im["vol"]]
    parts += ['<Surgeon npi="%s"/></Case></NBIRSubmission>' % p["surg"][2]]
    return [mk("nbir_xml", ts_sp(loc(t), ",", 3), " INFO  nbir-client - POST https://api.nbir-registry.example/v2/submissions payload=", parts)]


def b_nbir_pretty():
    p = pick(sex="F")
    t = tick()
    d = p["postop"]
    fam = "nbir_xml"
    ex, im = implant(), implant()
    L = [mk(fam, '<Case caseId="', (p["case"], "other_id"), '" procedureDate="', (fd(d, "iso"), "date"), '" procedureType="RevisionAugmentation" indication="%s">' % R.choice(["CapsularContracture", "Rupture", "BIA-ALCL screening"])),
         mk(fam, "  <Patient>"),
         mk(fam, "    <MRN>", (mrn_fmt(p, "predash"), "mrn"), "</MRN>"),
         mk(fam, '    <Name family="', (p["last"], "name"), '" given="', (p["first"], "name"), '"/>'),
         mk(fam, "    <BirthDate>", (fd(p["dob"], "iso"), "date"), "</BirthDate>"),
         mk(fam, "    <PostalCode>", (p["zip"], "zip"), "</PostalCode>"),
         mk(fam, "  </Patient>"),
         mk(fam, '  <Explant laterality="Left">'),
         mk(fam, "    <Manufacturer>%s</Manufacturer>" % ex["mf"]),
         mk(fam, "    <SerialNumber>", (ex["serial"], "device"), "</SerialNumber>"),
         mk(fam, "    <ImplantYear>%d</ImplantYear>" % R.randint(2008, 2018)),
         mk(fam, "    <DeviceCondition>%s</DeviceCondition>" % R.choice(["Intact", "Ruptured - intracapsular", "Baker IV contracture"])),
         mk(fam, "  </Explant>"),
         mk(fam, '  <Implant laterality="Left">'),
         mk(fam, "    <Manufacturer>%s</Manufacturer>" % im["mf"]),
         mk(fam, "    <UDI>", (udi(im["gtin"], im["exp"], im["lot"], im["serial"], False), "device"), "</UDI>"),
         mk(fam, "    <LotNumber>%s</LotNumber>" % im["lot"]),
         mk(fam, '    <Volume unit="cc">%d</Volume>' % im["vol"]),
         mk(fam, "  </Implant>"),
         mk(fam, "</Case>"),
         ]
    return L


def winston(level, msg, t, *rest):
    return ['{"level":"%s","message":"%s","service":"fin-hooks","timestamp":"%s"' % (level, msg, ts_z(t))] + list(rest) + ["}"]


def b_carecredit():
    p = pick()
    t = tick()
    dec = R.choice(["APPROVED", "APPROVED", "PENDING_REVIEW", "DECLINED"])
    app = "CCA%s" % digits(10)
    payload = J(("eventType", "APPLICATION_DECISION"), ("applicationId", app, "other_id"), ("merchantNumber", "5348120048119023"),
                ("decision", dec), ("creditLine", R.choice([3500, 6000, 8500, 12000]) if dec == "APPROVED" else 0),
                ("accountNumber", p["cc"] if dec == "APPROVED" else "", "account" if dec == "APPROVED" else None),
                ("applicant", J(("firstName", p["first"].upper(), "name"), ("lastName", p["last"].upper(), "name"),
                                ("zipCode", p["zip"], "zip"), ("ssnLast4", p["ssn"][-4:]))),
                ("promo", "24 MO NO INTEREST IF PAID IN FULL"), ("requestedAmount", R.choice([4800, 7200, 9850, 11400])))
    return [mk("winston_json", winston("info", "carecredit callback", t, ',"route":"/callbacks/carecredit","payload":', payload))]


def b_carecredit_app():
    p = pick()
    t = tick()
    app = J(("applicationId", "CCA" + digits(10), "other_id"), ("channel", "PROVIDER_TABLET"),
            ("applicant", J(("firstName", p["first"], "name"), ("middleInitial", p["mi"], "name" if p["mi"] else None), ("lastName", p["last"], "name"),
                            ("dateOfBirth", fd(p["dob"], "us"), "date"), ("ssn", p["ssn"].replace("-", "") if R.random() < 0.5 else p["ssn"], "ssn"),
                            ("homePhone", ph(p["phone"], 3), "phone"), ("email", p["email"], "email"),
                            ("address", J(("line1", p["street"] + (" " + p["unit"] if p["unit"] else ""), "address"),
                                          ("city", p["city"], "address"), ("state", p["st"]), ("zip", p["zip"], "zip"))),
                            ("idType", "DL"), ("idNumber", p["dl"], "license"), ("idState", p["st"]),
                            ("annualIncome", R.choice([52000, 68000, 94000, 125000])))),
            ("merchantNumber", "5348120048119023"))
    return [mk("winston_json", winston("debug", "carecredit apply request (pre-redaction)", t, ',"route":"/financing/carecredit/apply","body":', app))]


def b_cherry():
    p = pick()
    t = tick()
    payload = J(("event", "loan.approved"), ("loanId", "ln_" + alnum(14), "other_id"),
                ("borrower", J(("name", full(p), "name"), ("phone", "+1" + p["phone"], "phone"), ("email", p["email"], "email"))),
                ("amount", R.choice([2500, 4100, 6200])), ("term", R.choice([6, 12, 24])), ("apr", R.choice([0, 9.99, 17.99])),
                ("practiceId", "prc_MPRS%s" % p["st"]))
    return [mk("winston_json", winston("info", "cherry webhook", t, ',"route":"/callbacks/cherry","payload":', payload))]


def b_stripe_event():
    p = pick()
    t = tick()
    cus = p["cus"]
    addr = J(("city", p["city"], "address"), ("country", "US"), ("line1", p["street"], "address"),
             ("line2", p["unit"] if p["unit"] else None, "address" if p["unit"] else None), ("postal_code", p["zip"], "zip"), ("state", p["st"]))
    amt = R.choice([50000, 100000, 150000, 25000])
    obj = J(("id", "ch_3" + alnum(23)), ("object", "charge"), ("amount", amt), ("currency", "usd"),
            ("billing_details", J(("address", addr), ("email", p["email"], "email"), ("name", full(p), "name"), ("phone", "+1" + p["phone"], "phone"))),
            ("customer", cus, "account"),
            ("metadata", J(("patient_mrn", p["mrn"], "mrn"), ("deposit_type", R.choice(["surgery_deposit", "consult_fee"])),
                           ("consult_date", fd(p["consult"], "iso"), "date"), ("location", CLINIC[p["st"]][0]))),
            ("payment_intent", "pi_3" + alnum(23)),
            ("payment_method_details", J(("card", J(("brand", R.choice(["visa", "mastercard", "amex"])), ("exp_month", R.randint(1, 12)),
                                                    ("exp_year", R.randint(2025, 2030)), ("last4", digits(4)), ("funding", "credit"))), ("type", "card"))),
            ("receipt_email", p["email"], "email"), ("status", "succeeded"))
    ev = J(("id", "evt_3" + alnum(23)), ("object", "event"), ("api_version", "2023-10-16"), ("created", epoch_ms(t) // 1000),
           ("data", J(("object", obj))), ("livemode", True), ("type", "charge.succeeded"))
    return [mk("stripe_event_json", ev)]


def b_stripe_customer():
    p = pick()
    t = tick()
    ev = J(("id", "evt_1" + alnum(23)), ("type", "customer.created"), ("created", epoch_ms(t) // 1000),
           ("data", J(("object", J(("id", p["cus"], "account"), ("object", "customer"), ("email", p["email"], "email"),
                                   ("name", full(p), "name"), ("phone", ph(p["phone"], 4), "phone"),
                                   ("metadata", J(("nextech_patient_id", str(p["pid"]), "other_id"), ("source", "consult-form"))))))))
    return [mk("stripe_event_json", ev)]


def isa(t, ctl, snd="MPRSATL", rcv="AVAILITY"):
    l = loc(t)
    return "ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%09d*0*P*:~" % (snd, rcv, l.strftime("%y%m%d"), l.strftime("%H%M"), ctl)


def b_x12_req():
    p = pick()
    t = tick()
    ctl = R.randint(4000, 9999)
    l = loc(t)
    payer = p["payer"]
    surg = p["surg"]
    addr2 = [(p["street"].upper(), "address")]
    if p["unit"]:
        addr2 += ["*", (p["unit"].upper(), "address")]
    d = p["surgery"]
    segs = [x12("GS", "HI", "MPRS" + p["st"], "AVAILITY", l.strftime("%Y%m%d"), l.strftime("%H%M"), str(ctl), "X", "005010X217"),
            x12("ST", "278", "0001", "005010X217"),
            x12("BHT", "0007", "13", "MPRS%d" % ctl, l.strftime("%Y%m%d"), l.strftime("%H%M")),
            x12("HL", "1", "", "20", "1"), x12("NM1", "X3", "2", payer[0], "", "", "", "", "PI", payer[1]),
            x12("HL", "2", "1", "21", "1"), x12("NM1", "1P", "1", surg[1].upper(), surg[0].upper(), "", "", "", "XX", surg[2]),
            x12("PER", "IC", "PRIOR AUTH DESK", "TE", CLINIC[p["st"]][1], "FX", CLINIC[p["st"]][1][:6] + "2399"),
            x12("HL", "3", "2", "22", "1"),
            x12("NM1", "IL", "1", (fold(p["last"]).upper(), "name"), (fold(p["first"]).upper(), "name"), (p["mi"], "name" if p["mi"] else None), "", "", "MI", (p["member"], "health_plan")),
            x12("N3", addr2), x12("N4", (p["city"].upper(), "address"), p["st"], (p["zip"], "zip")),
            x12("DMG", "D8", (fd(p["dob"], "hl7"), "date"), p["sex"]),
            x12("HL", "4", "3", "EV", "1"), x12("UM", "HS", "I", "2", "22:B"),
            x12("DTP", "472", "RD8", (fd(d, "hl7") + "-" + fd(d, "hl7"), "date")),
            x12("HI", "ABK:" + p["proc"][3].replace(".", "")),
            x12("HL", "5", "4", "SS", "0"), x12("SV1", "HC:" + p["proc"][0], "%d" % R.choice([4800, 7800, 9600]), "UN", "1")]
    n = len(segs) - 1 + 1
    segs += [x12("SE", str(n), "0001"), x12("GE", "1", str(ctl)), "IEA*1*%09d~" % ctl]
    return [mk("x12_278", isa(t, ctl, "MPRS" + p["st"]), segs)]


def b_x12_resp():
    p = pick()
    t = tick()
    fam = "x12_278"
    payer = p["payer"]
    surg = p["surg"]
    auth = R.choice(["A", "PA", "M"]) + digits(9)
    d = p["surgery"]
    segs = [x12("ST", "278", "%04d" % R.randint(2, 999), "005010X217"),
            x12("BHT", "0007", "11", "MPRS%d" % R.randint(4000, 9999), loc(t).strftime("%Y%m%d"), loc(t).strftime("%H%M")),
            x12("HL", "1", "", "20", "1"), x12("NM1", "X3", "2", payer[0], "", "", "", "", "PI", payer[1]),
            x12("HL", "2", "1", "21", "1"), x12("NM1", "1P", "1", surg[1].upper(), surg[0].upper(), "", "", "", "XX", surg[2]),
            x12("HL", "3", "2", "22", "1"),
            x12("NM1", "IL", "1", (fold(p["last"]).upper(), "name"), (fold(p["first"]).upper(), "name"), "", "", "", "MI", (p["member"], "health_plan")),
            x12("DMG", "D8", (fd(p["dob"], "hl7"), "date"), p["sex"]),
            x12("HL", "4", "3", "EV", "0"),
            x12("HCR", R.choice(["A1", "A1", "A4"]), (auth, "other_id")),
            x12("REF", "BB", (auth, "other_id")),
            x12("DTP", "472", "D8", (fd(d, "hl7"), "date")),
            x12("HI", "ABK:" + p["proc"][3].replace(".", "")),
            x12("MSG", "APPROVED 1 UNIT CPT %s VALID 90 DAYS" % p["proc"][0])]
    segs.append(x12("SE", str(len(segs) + 1), "0001"))
    return [mk(fam, s) for s in segs]


def mirth(t, lvl, chan, cls, *msg):
    return ["%-5s %s [%s] %s: " % (lvl, ts_sp(loc(t), ",", 3), chan, cls)] + list(msg)


def pid_seg(p, with_ssn=False, with_dl=False, fax=False):
    addr = [(p["street"].upper() + ("^" + p["unit"].upper() if p["unit"] else ""), "address")]
    if not p["unit"]:
        addr.append("^")
    addr += ["^", (p["city"].upper(), "address"), "^", p["st"], "^", (p["zip"], "zip"), "^USA^H^^", (p["county"].upper(), "address")]
    phone = ["^PRN^PH^^1^", (p["phone"][:3], "phone"), "^", (p["phone"][3:], "phone")] if R.random() < 0.5 else [(ph(p["phone"], 0), "phone")]
    if fax:
        phone += ["~^PRN^FX^^1^", (p["phone"][:3], "fax"), "^", (p["phone"][3:6] + "9" + p["phone"][7:], "fax")]
    mother = (R.choice(["SOUZA", "KIM", "MORALES", "BRENNAN", "ADEBAYO"]) + "^" + R.choice(["MARIA", "HELEN", "ROSE"]), "name")
    return hl7("PID", "1", "", [(p["mrn"], "mrn"), "^^^MPRS^MR"], "", (hl7name(p), "name"), mother, (fd(p["dob"], "hl7"), "date"), p["sex"], "",
               R.choice(["2106-3", "2054-5", "2028-9", "2131-1"]), addr, "", phone, "", "POR" if p["lang"] == "pt" else "ENG",
               R.choice(["M", "S", "D"]), "", (p["acct"], "account"), (p["ssn"], "ssn") if with_ssn else "",
               [(p["dl"], "license"), "^" + p["st"]] if with_dl else "")


def msh(t, typ, ctl, snd="MPRS_SCHED", rcv="NEXTGEN"):
    return hl7("MSH", "^~\\&", snd, "MPRS_ASC", rcv, "MPRS", ts_hl7(t), "", typ, ctl, "P", "2.3.1")


def b_hl7_siu():
    p = pick()
    t = tick()
    ctl = "MSG%08d" % R.randint(10 ** 6, 10 ** 8)
    apt = "APT%d" % R.randint(90000, 99999)
    d = p["surgery"]
    st = dt.datetime(d.year, d.month, d.day, R.randint(7, 12), R.choice([0, 30]))
    dur = R.choice([90, 120, 180, 240])
    en = st + dt.timedelta(minutes=dur)
    s14 = st.strftime("%Y%m%d%H%M%S")
    e14 = en.strftime("%Y%m%d%H%M%S")
    surg = p["surg"]
    sxcn = "%s^%s^%s^^^MD" % (surg[2], surg[1].upper(), surg[0].upper())
    fam = "hl7_siu"
    return [
        mk("mirth_log", mirth(t, "INFO", "SIU_Outbound Source Channel Thread", "com.mirth.connect.connectors.tcp.TcpReceiver", "message received from 10.40.2.9:%d (MLLP, %d bytes)" % (R.randint(40000, 60000), R.randint(900, 1600)))),
        mk(fam, msh(t, "SIU^S12", ctl)),
        mk(fam, hl7("SCH", [(apt, "other_id"), "^MPRS_SCHED"], [(apt, "other_id"), "^MPRS_SCHED"], "", "", "", "ELECTIVE^Elective^HL70276", "SURG^Surgical case", str(dur), "MIN",
                    ["^^", str(dur), "^", (s14, "date"), "^", (e14, "date")], "", "", "", "", sxcn, CLINIC[p["st"]][1])),
        mk(fam, pid_seg(p)),
        mk(fam, hl7("PV1", "1", "O", "ASC^OR%d^01" % R.randint(1, 3), "", "", "", sxcn, "", "", "PLS", "", "", "", "", "", "", "", "", (p["visit"], "other_id"))),
        mk(fam, hl7("RGS", "1", "A")),
        mk(fam, hl7("AIS", "1", "A", "%s^%s^C4" % (p["proc"][0], p["proc"][1].upper()), (s14, "date"), "0", "MIN", str(dur), "MIN")),
        mk(fam, hl7("AIP", "1", "A", sxcn, "SURG")),
    ]


def b_hl7_adt():
    p = pick()
    t = tick()
    ctl = "ADT%08d" % R.randint(10 ** 6, 10 ** 8)
    ev = R.choice(["A04", "A01", "A03"])
    if ev == "A04":
        d = p["surgery"]
        adm = dt.datetime(d.year, d.month, d.day, R.randint(6, 9), R.randint(0, 59))
    else:
        adm = loc(t) - dt.timedelta(minutes=R.randint(200, 420))
    dis = loc(t) - dt.timedelta(minutes=R.randint(3, 25))
    fam = "hl7_adt"
    sp_name = (p["sp_last"].upper() + "^" + p["sp_first"].upper(), "name")
    pv1 = ["PV1", "1", "O" if ev == "A04" else "A", "ASC^PREOP^03", "", "", "", "%s^%s^%s^^^MD" % (p["surg"][2], p["surg"][1].upper(), p["surg"][0].upper())] + [""] * 11 + ["", "", (p["visit"], "other_id")] + [""] * 24
    pv1[44] = (adm.strftime("%Y%m%d%H%M"), "date")
    if ev == "A03":
        pv1.append((dis.strftime("%Y%m%d%H%M"), "date"))
    payer = p["payer"]
    L = [mk("mirth_log", mirth(t, "INFO", "ADT_Inbound JavaScript Filter/Transformer", "transformer", "mapped PID.3 MRN=", (p["mrn"], "mrn"), " event=%s visit=" % ev, (p["visit"], "other_id"))),
         mk(fam, msh(t, "ADT^%s" % ev, ctl, "NEXTGEN", "MIRTH")),
         mk(fam, hl7("EVN", ev, ts_hl7(t))),
         mk(fam, pid_seg(p, with_ssn=R.random() < 0.6, with_dl=R.random() < 0.5, fax=R.random() < 0.5)),
         mk(fam, hl7("NK1", "1", sp_name, "SPO^Spouse^HL70063" if p["sp_last"] == p["last"] else "FND^Friend/escort^HL70063", "", [(ph(p["sp_phone"], 0), "phone")], "", "EC^Emergency Contact")),
         mk(fam, hl7(*pv1)),
         mk(fam, hl7("IN1", "1", "%s^%s" % (payer[1], payer[0][:12].strip()), payer[1], payer[0], "", "", "", (p["group"] if not payer[0].startswith("MEDICARE") else ""),
                     "", "", "", "", "", "", "", (hl7name(p), "name"), "SEL", (fd(p["dob"], "hl7"), "date"), "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", (p["member"], "health_plan"))),
         ]
    return L


def b_hl7_oru_photo():
    p = pick()
    t = tick()
    ctl = "ORU%08d" % R.randint(10 ** 6, 10 ** 8)
    b64 = fake_jpeg(R.randint(150, 300))
    fam = "hl7_oru"
    return [mk(fam, msh(t, "ORU^R01", ctl, "PHOTOARCHIVE", "NEXTGEN")),
            mk(fam, hl7("PID", "1", "", [(p["mrn"], "mrn"), "^^^MPRS^MR"], "", (hl7name(p), "name"), "", (fd(p["dob"], "hl7"), "date"), p["sex"])),
            mk(fam, hl7("OBR", "1", "", "PH%d" % R.randint(100000, 999999), "PHOTO^Clinical photography^L", "", "", (fd(p["consult"], "hl7"), "date"))),
            mk(fam, hl7("OBX", "1", "ED", "PHOTO^%s^L" % R.choice(["Frontal", "Left oblique", "Right lateral"]), "1", ["^IM^JPEG^Base64^", (b64, "photo")], "", "", "", "", "", "F"))]


def b_hl7_oneline():
    p = pick()
    t = tick()
    ctl = "ADT%08d" % R.randint(10 ** 6, 10 ** 8)
    raw = [msh(t, "ADT^A08", ctl, "NEXTGEN", "MIRTH"), "\\r", hl7("EVN", "A08", ts_hl7(t)), "\\r", pid_seg(p, with_ssn=True), "\\r",
           hl7("PV1", "1", "O", "ATL^CLINIC^02")]
    return [mk("mirth_log", mirth(t, "DEBUG", "ADT_Inbound Source Channel Thread", "com.mirth.connect.donkey.server.channel.Channel", "raw=", raw))]


def sms_ts(t):
    return ts_z(t) + " sms-relay[812]: "


def b_sms():
    p = pick()
    t = tick()
    clinic = "+1" + CLINIC[p["st"]][1]
    sid = "SM" + hexs(32)
    if p["lang"] == "pt":
        bodies = [["Oi, aqui é a ", (full(p), "name"), ". Fiz a cirurgia com a Dra. Helena dia ", (fd(p["postop"], "br_short"), "date"), ". Tô com um inchaço do lado esquerdo, é normal?"],
                  ["Boa noite! O dreno tá saindo um líquido meio rosado, uns 40ml hoje. Mando foto? 🙏"],
                  ["Minha data de nascimento é ", (fd(p["dob"], "br"), "date"), ", pediram pra confirmar no portal"],
                  ["Meu marido ", (p["sp_first"], "name"), " vai me buscar, ele tá num Corolla prata placa ", ("%s%s%s" % (alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), digits(1), alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")), "vehicle"), " 🚗"],
                  ["Posso remarcar o retorno pra ", (fd(REF_DAY + dt.timedelta(days=R.randint(3, 15)), "br_short"), "date"), "? Obrigada!"]]
    else:
        bodies = [["Hi it's ", (p["first"], "name"), ", surgery was ", (fd(p["postop"], "md"), "date"), ". Incision under my left breast is a little red and warm, sending a pic"],
                  ["my husband ", (p["sp_first"] + " " + p["sp_last"], "name"), " is picking me up, silver Honda Pilot plate ", ("%s%s" % (alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ"), digits(4)), "vehicle")],
                  ["Can I move my post op to ", (fd(REF_DAY + dt.timedelta(days=R.randint(3, 14)), "us_short"), "date"), "? DOB ", (fd(p["dob"], "us"), "date"), " if you need it"],
                  ["Pain is 4/10 today, taking the tylenol every 6h. Is it ok to shower yet?"]]
    b = R.choice(bodies)
    L = [mk("twilio_sms", sms_ts(t), "inbound sid=%s from=" % sid, ("+1" + p["phone"], "phone"), " to=%s num_media=%d body=\"" % (clinic, R.randint(0, 1)), b, "\"")]
    if R.random() < 0.6:
        tick(30, 400)
        rep = (["Oi ", (p["first"].split()[0], "name"), "! É normal sim nos primeiros 10 dias. Use a cinta 24h e qualquer febre acima de 38°C ligue (508) 555-4400. – Enf. Carla"]
               if p["lang"] == "pt" else ["Hi ", (p["first"], "name"), ", thanks for the update. That is expected this week, keep the garment on and send a photo through the portal. - Jenna RN"])
        L.append(mk("twilio_sms", sms_ts(T[0]), "outbound sid=SM%s from=%s to=" % (hexs(32), clinic), (ph(p["phone"], 4), "phone"), " status=queued body=\"", rep, "\""))
    return L


def b_whatsapp():
    p = pick(lang="pt")
    t = tick()
    fam = "whatsapp_export"
    nm = full(p)
    d0 = loc(t)

    def wts(x):
        return "[%s, %s]" % (x.strftime("%d/%m/%y"), x.strftime("%H:%M:%S"))

    seq = [
        [wts(d0), " ", (nm, "name"), ": Oi boa tarde, sou paciente da Dra. Helena, operei dia ", (fd(p["postop"], "br"), "date")],
        [wts(d0 + dt.timedelta(seconds=40)), " ", (nm, "name"), ": \u200e<anexado: %08d-PHOTO-%s-%s.jpg>" % (R.randint(1, 99), d0.strftime("%Y-%m-%d"), d0.strftime("%H-%M-%S"))],
        [wts(d0 + dt.timedelta(minutes=6)), " MPRS Framingham: Oi ", (p["first"].split()[0], "name"), "! Recebemos a foto. A cicatriz está com bom aspecto 😊 Continue com a pomada e a cinta."],
        [wts(d0 + dt.timedelta(minutes=9)), " ", (nm, "name"), ": Obrigada!! Minha avó vai comigo no retorno, ela tem ", (str(R.randint(90, 96)), "age"), " anos, tem rampa de acesso né?"],
        [wts(d0 + dt.timedelta(minutes=11)), " MPRS Framingham: Tem sim, estacionamento no térreo. Até ", (fd(REF_DAY + dt.timedelta(days=R.randint(2, 14)), "br_short"), "date"), " às 10h!"],
        [wts(d0 + dt.timedelta(minutes=12)), " ", (nm, "name"), ": 👍"],
        [wts(d0 + dt.timedelta(minutes=13)), " MPRS Framingham: Mensagem apagada"],
    ]
    n = R.randint(4, 7)
    return [mk(fam, s) for s in seq[:n]]


def b_mailchimp():
    p = pick()
    t = tick()
    q = lambda s: urllib.parse.quote_plus(s)
    typ = R.choice(["subscribe", "subscribe", "profile", "upemail", "unsubscribe"])
    parts = ["type=%s&fired_at=%s" % (typ, q(t.strftime("%Y-%m-%d %H:%M:%S"))), "&data%5Bid%5D=", (p["mc"], "other_id"),
             "&data%5Blist_id%5D=a6b5da1054"]
    if typ == "upemail":
        new = p["email"].replace("@", "%d@" % R.randint(1, 9))
        parts += ["&data%5Bnew_id%5D=", (hexs(10), "other_id"), "&data%5Bnew_email%5D=", (q(new), "email"), "&data%5Bold_email%5D=", (q(p["email"]), "email")]
    else:
        parts += ["&data%5Bemail%5D=", (q(p["email"]), "email"), "&data%5Bemail_type%5D=html"]
        if typ == "subscribe":
            parts += ["&data%5Bip_opt%5D=", (p["ip"], "ip")]
        if typ == "unsubscribe":
            parts += ["&data%5Baction%5D=unsub&data%5Breason%5D=manual"]
        parts += ["&data%5Bmerges%5D%5BEMAIL%5D=", (q(p["email"]), "email"), "&data%5Bmerges%5D%5BFNAME%5D=", (q(p["first"]), "name"),
                  "&data%5Bmerges%5D%5BLNAME%5D=", (q(p["last"]), "name"), "&data%5Bmerges%5D%5BPHONE%5D=", (q(ph(p["phone"], 1)), "phone"),
                  "&data%5Bmerges%5D%5BINTEREST%5D=", q(p["proc"][2]), "&data%5Bmerges%5D%5BLOCATION%5D=", q(CLINIC[p["st"]][0])]
        if typ == "profile" and R.random() < 0.6:
            parts += ["&data%5Bmerges%5D%5BBIRTHDAY%5D=", (q(p["dob"].strftime("%m/%d")), "date")]
    return [mk("mailchimp_webhook", ts_z(t, 0).replace(".Z", "Z"), " hooks[3321]: mailchimp POST /hooks/mailchimp/a6b5da1054 body=", parts)]


def b_klaviyo():
    p = pick()
    t = tick()
    prof = p["kl"]
    payload = J(("profile_id", prof, "other_id"), ("email", p["email"], "email"), ("phone_number", "+1" + p["phone"], "phone"),
                ("first_name", p["first"], "name"), ("last_name", p["last"], "name"),
                ("properties", J(("Procedure Interest", p["proc"][2]), ("Consult Date", fd(p["consult"], "us"), "date"),
                                 ("Location", CLINIC[p["st"]][0]), ("Birthday", fd(p["dob"], "iso"), "date"),
                                 *([("Instagram", "https://instagram.com/" + p["ig"], "url")] if p["ig"] else []))),
                ("flow", "Post-Consult Nurture"), ("step", R.randint(1, 5)))
    return [mk("pino_json", '{"level":30,"time":%d,"pid":412,"hostname":"mkt-sync-1","reqId":"req-%s","msg":"klaviyo flow webhook","payload":' % (epoch_ms(t), alnum(4, "0123456789abcdefghijklmnopqrstuvwxyz")), payload, "}")]


def nxlog(t, host, eid, src, chan, etype, msg, extra=None):
    parts = ['{"EventTime":"%s","Hostname":"%s.mprs.local","EventType":"%s","SeverityValue":%d,"Severity":"%s","EventID":%d,"SourceName":"%s","Channel":"%s","RecordNumber":%d,"Message":"' % (
        loc(t).strftime("%Y-%m-%d %H:%M:%S"), host, etype, 2 if etype in ("INFO", "AUDIT_SUCCESS") else 4,
        "INFO" if etype in ("INFO", "AUDIT_SUCCESS") else "ERROR", eid, src, chan, R.randint(100000, 3000000))]
    parts += msg
    parts.append('"')
    if extra:
        parts.append(extra)
    parts.append(',"EventReceivedTime":"%s","SourceModuleName":"eventlog","SourceModuleType":"im_msvistalog"}' % loc(tick(0, 1)).strftime("%Y-%m-%d %H:%M:%S"))
    return parts


def b_win_print():
    p = pick()
    t = tick()
    doc = R.choice(["OpNote_", "PreOp_Checklist_", "Consent_", "Discharge_"])
    msg = ["Document %d, %s" % (R.randint(5, 300), doc), (p["last"].replace(" ", "") + "_" + p["first"].split()[0], "name"), "_", (p["mrn"], "mrn"),
           ".pdf owned by %s on \\\\\\\\%s was printed on %s through port 10.12.3.%d.  Size in bytes: %d. Pages printed: %d. No user action is required." % (
               R.choice(STAFF_LOGIN), R.choice(WS), R.choice(["OR2-HP-M404", "PACU-LEXMARK-MS621", "FD-BROTHER-L6200"]), R.randint(20, 90), R.randint(40000, 400000), R.randint(1, 9))]
    return [mk("win_eventlog", nxlog(t, R.choice(WS), 307, "Microsoft-Windows-PrintService", "Microsoft-Windows-PrintService/Operational", "INFO", msg))]


def b_win_palm():
    p = pick()
    t = tick()
    tmpl = base64.b64encode(bytes([0x50, 0x56, 0x54, 0x03]) + bytes(R.getrandbits(8) for _ in range(R.randint(70, 110)))).decode()
    if R.random() < 0.6:
        msg = ["Palm vein enrollment completed for MRN ", (p["mrn"], "mrn"), " (", (lf(p, True), "name"), "). Template v3 stored: ", (tmpl, "biometric")]
    else:
        msg = ["Identification match for MRN ", (p["mrn"], "mrn"), " score=0.%d template=" % R.randint(970, 999), (tmpl, "biometric"), " station=ASC-REG-01"]
    return [mk("win_eventlog", nxlog(t, "ASC-REG-01", R.choice([1001, 1004]), "PatientSecure", "Application", "INFO", msg))]


def b_win_app_err():
    p = pick()
    t = tick()
    path = ["D:\\\\VectraData\\\\Patients\\\\", (p["last"].replace(" ", "") + "_" + p["first"].split()[0], "name"), "_", (p["mrn"], "mrn"), "\\\\", (fd(p["consult"], "iso"), "date"), "\\\\capture01.tsb"]
    msg = ["Application: Vectra.exe\\r\\nFramework Version: v4.0.30319\\r\\nDescription: The process was terminated due to an unhandled exception.\\r\\nException Info: System.IO.IOException: The process cannot access the file '", path, "' because it is being used by another process."]
    return [mk("win_eventlog", nxlog(t, "FRA-VECTRA-01", 1026, ".NET Runtime", "Application", "ERROR", msg))]


def b_win_syslog_phi():
    p = pick()
    t = tick()
    return [mk("win_syslog", "<11>1 %s ASC-PREOP-03.mprs.local SurgiBridge 4412 1202 - Import of HL7 ADT failed for patient " % ts_z(t, 3),
               (lf(p, True), "name"), " MRN ", (mrn_fmt(p, "pre"), "mrn"), ": PID-7 '", (fd(p["dob"], "hl7"), "date"), "' conflicts with existing chart DOB '",
               (fd(p["dob"] + dt.timedelta(days=R.choice([1, 30, 365])), "us"), "date"), "'")]


# ---------------------------------------------------------------- noise (single lines)
def n_php():
    t = tick()
    c = R.randrange(7)
    if c == 0:
        m = "PHP Deprecated:  Creation of dynamic property GF_Webhooks::$_slug_feed is deprecated in /var/www/html/wp-content/plugins/gravityformswebhooks/class-gf-webhooks.php on line 88"
    elif c == 1:
        m = 'PHP Warning:  Undefined array key "utm_campaign" in /var/www/html/wp-content/themes/mprs-child/functions.php on line %d' % R.randint(300, 500)
    elif c == 2:
        m = "PHP Fatal error:  Allowed memory size of 268435456 bytes exhausted (tried to allocate %d bytes) in /var/www/html/wp-includes/class-wpdb.php on line 2349" % R.choice([20480, 65536, 4096])
    elif c == 3:
        m = "WordPress database error Deadlock found when trying to get lock; try restarting transaction for query UPDATE `wp_gf_entry_meta` SET `meta_value` = '1' WHERE `entry_id` = %d AND `meta_key` = 'webhook_sent' made by do_action('gform_after_submission_7'), WP_Hook->do_action, GF_Webhooks->maybe_process_feed" % R.randint(4800, 6200)
    elif c == 4:
        m = "PHP Notice:  Function _load_textdomain_just_in_time was called <strong>incorrectly</strong>. Translation loading for the <code>gravityforms</code> domain was triggered too early. (This message was added in version 6.7.0.) in /var/www/html/wp-includes/functions.php on line 6114"
    elif c == 5:
        m = 'Cron reschedule event error for hook: wp_privacy_delete_old_export_files, Error code: invalid_schedule, Error message: Event schedule does not exist., Data: {"schedule":"hourly","args":[],"interval":3600}'
    else:
        m = "PHP Warning:  file_get_contents(https://hooks.meridianprs.com/health): Failed to open stream: HTTP request failed! HTTP/1.1 503 Service Unavailable in /var/www/html/wp-content/plugins/mprs-consult/includes/class-health.php on line 31"
    return mk("php_error_log", "[%s] %s" % (ts_php(t), m))


def n_gf():
    t = tick()
    e = R.randint(4800, 6200)
    m = R.choice(["DEBUG --> GFFeedAddOn::maybe_process_feed(): Checking for feeds to process for entry #%d for gravityformswebhooks." % e,
                  "DEBUG --> GF_Webhooks::process_feed(): Webhook request for entry #%d has been completed; response code: 200" % e,
                  "ERROR --> GF_Webhooks::process_feed(): Webhook could not be sent: cURL error 28: Operation timed out after 15000 milliseconds with 0 bytes received",
                  "DEBUG --> GFFeedAddOn::maybe_delay_feed(): Feed processing is not delayed, continuing.",
                  "DEBUG --> GFAPI::send_notifications(): Notification 'Admin Notification' sent to leads@meridianprs.com; result: true"])
    return mk("gf_addon_log", loc(t).strftime("%Y-%m-%d %H:%M:%S.") + "%06d - %s" % (t.microsecond, m))


def n_monolog():
    t = tick()
    c = R.randrange(4)
    if c == 0:
        return mk("monolog", "[%s] consult.DEBUG: Pushing lead to queue " % ts_iso_us(t), J(("queue", "nextech-sync"), ("attempt", R.randint(1, 3)), ("entry_id", R.randint(4800, 6200))), " ", J(("uid", hexs(7))))
    if c == 1:
        return mk("monolog", '[%s] app.ERROR: cURL error 6: Could not resolve host: api.nextech.example (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) {"exception":"[object] (GuzzleHttp\\\\Exception\\\\ConnectException(code: 0): cURL error 6: Could not resolve host at /var/www/html/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php:210)"} []' % ts_iso_us(t))
    if c == 2:
        return mk("monolog", "[%s] consult.INFO: Rate limit bucket refilled " % ts_iso_us(t), J(("tokens", 60), ("window", "60s")), " []")
    return mk("monolog", "[%s] stripe.NOTICE: Webhook signature verified " % ts_iso_us(t), J(("event", "evt_3" + alnum(23)), ("type", R.choice(["payment_intent.created", "charge.succeeded", "charge.refunded"])), ("tolerance", 300)), " []")


def n_nginx():
    t = tick()
    c = R.randrange(5)
    if c == 0:
        return mk("nginx_access", '10.12.0.%d - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "ELB-HealthChecker/2.0" rt=0.001' % (R.randint(2, 9), ts_nginx(t)))
    if c == 1:
        return mk("nginx_access", '66.249.66.%d - - [%s] "GET /procedures/%s/ HTTP/1.1" 200 %d "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" rt=0.%03d' % (
            R.randint(1, 200), ts_nginx(t), R.choice(["rhinoplasty", "breast-augmentation", "mommy-makeover", "diep-flap-reconstruction"]), R.randint(30000, 60000), R.randint(50, 400)))
    if c == 2:
        return mk("nginx_access", '3.18.12.63 - - [%s] "POST /wp-json/mprs/v1/stripe HTTP/1.1" 200 17 "-" "Stripe/1.0 (+https://stripe.com/docs/webhooks)" rt=0.%03d' % (ts_nginx(t), R.randint(40, 300)))
    if c == 3:
        return mk("nginx_access", '10.12.0.%d - - [%s] "GET /wp-content/uploads/2024/02/before-after-rhino-%02d.webp HTTP/1.1" 304 0 "%s/gallery/" "Mozilla/5.0" rt=0.000 cache=HIT' % (R.randint(2, 9), ts_nginx(t), R.randint(1, 40), SITE))
    return mk("nginx_access", '185.191.171.%d - - [%s] "GET /wp-login.php HTTP/1.1" 403 153 "-" "Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)" rt=0.000' % (R.randint(1, 50), ts_nginx(t)))


def n_go():
    t = tick()
    c = R.randrange(5)
    if c == 0:
        return mk("go_zap", "%s\tINFO\tworker/pool.go:88\tresize worker started\t" % ts_zap(t), J(("worker", R.randint(1, 8)), ("queue_depth", R.randint(0, 40)), sep=", ", kv=": "))
    if c == 1:
        return mk("go_stdlog", "%s http: TLS handshake error from 10.12.4.%d:%d: EOF" % (loc(t).strftime("%Y/%m/%d %H:%M:%S"), R.randint(2, 250), R.randint(30000, 65000)))
    if c == 2:
        return mk("go_slog_json", J(("time", ts_go(t)), ("level", "INFO"), ("msg", "s3 multipart complete"), ("bucket", "mprs-photo-archive-prod"), ("parts", R.randint(2, 8)),
                                   ("bytes", R.randint(2 * 10 ** 6, 4 * 10 ** 7)), ("dur", "%.3fs" % R.uniform(0.3, 4)), ("trace_id", hexs(32)), ("span_id", hexs(16))))
    if c == 3:
        return mk("go_slog_json", J(("time", ts_go(t)), ("level", "WARN"), ("msg", "exif strip failed, storing original"), ("err", "heif: unsupported auxiliary image"), ("sha256", hexs(64)), ("size", R.randint(10 ** 6, 5 * 10 ** 6))))
    return mk("go_zap", "%s\tDEBUG\tgin@v1.9.1/logger.go:240\t[GIN] | %d | %12s | %15s | GET \"/healthz\"" % (ts_zap(t), 200, "%.3fµs" % R.uniform(40, 300), "10.12.0.%d" % R.randint(2, 9)))


def n_vectra():
    t = tick()
    m = R.choice(["INFO  [Calib] PodManager - Pods A/B/C sync OK, flash latency %.1fms, SN VH2-POD-%05d" % (R.uniform(2, 4), R.randint(10000, 19999)),
                  "WARN  [GPU] Renderer - CUDA device 0 (NVIDIA RTX A4000) memory %d%% used" % R.randint(70, 95),
                  "INFO  [License] Sentinel HASP key 0x%X validated, maintenance expires 2025-01-31" % R.randint(0x10000, 0xFFFFF),
                  "ERROR [DICOM] StoreSCU - C-STORE failed: status 0xA700 Out of resources (AE=MPRSPACS 10.12.0.40:11112)",
                  "INFO  [Sim] BreastSim - implant=%s %dcc base=%.1fcm proj=%.1fcm" % (R.choice(["NATRELLE INSPIRA SRF", "MENTOR XTRA HP", "SIENTRA HSC+"]), R.choice([300, 350, 400]), R.uniform(11, 13.5), R.uniform(4, 6)),
                  "INFO  [Update] Mirror 8.3.2 build 2024.02.118 installed"])
    return mk("vectra_log", vts(t), " ", m)


def n_rails():
    t = tick()
    r = rid()
    c = R.randrange(5)
    if c == 0:
        return mk("rails_log", ts_rails("INFO", t), '[%s] Started GET "/up" for 10.40.0.%d at %s -0400' % (r, R.randint(2, 9), loc(t).strftime("%Y-%m-%d %H:%M:%S")))
    if c == 1:
        return mk("rails_log", ts_rails("INFO", t), "[%s] Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (r, R.randint(2, 300), R.uniform(0.3, 50), R.uniform(0, 30), R.randint(400, 30000)))
    if c == 2:
        return mk("rails_log", ts_rails("ERROR", t), '[%s] ActionController::RoutingError (No route matches [GET] "/wp-login.php"):' % r)
    if c == 3:
        return mk("rails_log", ts_rails("INFO", t), '[%s] Started GET "/or_board?date=%s&room=OR-%d" for 10.40.2.%d at %s -0400' % (r, loc(t).strftime("%Y-%m-%d"), R.randint(1, 3), R.randint(10, 60), loc(t).strftime("%Y-%m-%d %H:%M:%S")))
    return mk("rails_log", "[%d] - Worker %d (PID: %d) booted in %.2fs, phase: 0" % (PUMA_PID, R.randint(0, 3), PUMA_PID + R.randint(10, 40), R.uniform(1.5, 4)))


def n_sidekiq():
    t = tick()
    tid = alnum(4, "abcdefghijklmnopqrstuvwxyz0123456789")
    jid = hexs(24)
    cls = R.choice(["OrBoardRefreshJob", "InsuranceEligibilityJob", "NbirBatchExportJob", "PostOpCheckinSmsJob", "ReminderDigestJob"])
    if R.random() < 0.5:
        return mk("sidekiq", "%s pid=%d tid=%s class=%s jid=%s INFO: start" % (ts_z(t), PUMA_PID + 19, tid, cls, jid))
    return mk("sidekiq", "%s pid=%d tid=%s class=%s jid=%s elapsed=%.3f INFO: done" % (ts_z(t), PUMA_PID + 19, tid, cls, jid, R.uniform(0.01, 9)))


def n_anes():
    t = tick()
    if R.random() < 0.75:
        return mk("anesthesia_csv", "%s,GE-Aisys-CS2,ANBR%05d,%s" % (loc(t).strftime("%Y-%m-%d %H:%M:00"), R.randint(1000, 9999),
                                                                     R.choice(["EtSevo,%.1f,%%" % R.uniform(1.2, 2.4), "EtCO2,%d,mmHg" % R.randint(32, 42), "SpO2,%d,%%" % R.randint(94, 100), "HR,%d,bpm" % R.randint(55, 95), "MAC,%.2f," % R.uniform(0.7, 1.2)])))
    return mk("anesthesia_csv", "# AIMS export v4.2.1 site=MPRS-ASC-%s generated=%s rows=%d checksum=%s" % (R.choice(["ATL", "FRA", "MIA"]), ts_z(t, 0).replace(".Z", "Z"), R.randint(5, 40), hexs(8)))


def n_nbir():
    t = tick()
    m = R.choice(["INFO  nbir-client - submission B%s-%02d accepted, ack=NBIR-ACK-%d, records=%d, warnings=0" % (loc(t).strftime("%Y%m%d"), R.randint(1, 9), R.randint(10 ** 6, 10 ** 7), R.randint(1, 8)),
                  "WARN  nbir-client - XSD validation warning line %d: element 'ShellTexture': value 'Microtextured' not in enumeration" % R.randint(20, 90),
                  "INFO  nbir-client - token refreshed, expires_in=3600",
                  "ERROR nbir-client - POST /v2/submissions -> 503 Service Unavailable, retry 2/5 in 30s"])
    return mk("nbir_xml", ts_sp(loc(t), ",", 3), " ", m)


def n_fin():
    t = tick()
    c = R.randrange(3)
    if c == 0:
        return mk("winston_json", winston("warn", "carecredit callback signature mismatch", t, ',"kid":"cc-2023-11","remoteAddr":"52.2.%d.%d"' % (R.randint(1, 250), R.randint(1, 250))))
    if c == 1:
        return mk("winston_json", winston("info", "financing settlement batch", t, ',"provider":"carecredit","merchantNumber":"5348120048119023","count":%d,"gross":%.2f' % (R.randint(2, 12), R.uniform(4000, 60000))))
    return mk("winston_json", winston("info", "healthcheck", t, ',"uptime":%d,"rss":%d' % (R.randint(1000, 900000), R.randint(60, 200) * 1048576)))


def n_stripe():
    t = tick()
    ev = "evt_3" + alnum(23)
    ty = R.choice(["payment_intent.succeeded", "charge.succeeded", "payment_intent.created", "charge.refunded", "customer.updated"])
    s = ts_sp(loc(t), ".", 0)[:-1]
    if R.random() < 0.5:
        return mk("stripe_cli", "%s   --> %s [%s]" % (s, ty, ev))
    return mk("stripe_cli", "%s  <--  [%d] POST https://hooks.meridianprs.com/stripe [%s]" % (s, R.choice([200, 200, 200, 500]), ev))


def n_x12():
    t = tick()
    ctl = R.randint(4000, 9999)
    if R.random() < 0.6:
        return mk("x12_999", isa(t, R.randint(10 ** 5, 10 ** 6), "AVAILITY", "MPRSATL"),
                  "GS*FA*AVAILITY*MPRSATL*%s*%s*%d*X*005010X231A1~ST*999*0001*005010X231A1~AK1*HI*%d*005010X217~AK2*278*0001*005010X217~IK5*A~AK9*A*1*1*1~SE*6*0001~GE*1*%d~IEA*1*%09d~" % (
                      loc(t).strftime("%Y%m%d"), loc(t).strftime("%H%M"), ctl, ctl, ctl, ctl))
    return mk("x12_999", isa(t, ctl, "AVAILITY", "MPRSATL"), "TA1*%09d*%s*%s*A*000~IEA*0*%09d~" % (ctl, loc(t).strftime("%y%m%d"), loc(t).strftime("%H%M"), ctl))


def n_mirth():
    t = tick()
    m = R.choice([("INFO", "pool-3-thread-%d" % R.randint(1, 9), "com.mirth.connect.donkey.server.channel.Channel", "Channel SIU_Outbound (%s) deployed" % uuid4()),
                  ("WARN", "ADT_Inbound Source Channel Thread", "com.mirth.connect.connectors.tcp.TcpReceiver", "connection reset by peer 10.40.2.9:%d, reconnecting" % R.randint(40000, 60000)),
                  ("INFO", "Pruner", "com.mirth.connect.donkey.server.data.DataPruner", "pruned %d messages from ADT_Inbound (older than 30 days) in %dms" % (R.randint(100, 9000), R.randint(100, 9000))),
                  ("INFO", "SIU_Outbound Destination 1", "com.mirth.connect.connectors.tcp.TcpDispatcher", "ACK received AA for message id %d" % R.randint(10 ** 5, 10 ** 7))])
    return mk("mirth_log", mirth(t, m[0], m[1], m[2], m[3]))


def n_hl7_ack():
    t = tick()
    ctl = "MSG%08d" % R.randint(10 ** 6, 10 ** 8)
    return [mk("hl7_ack", msh(t, "ACK^S12", "ACK" + ctl[3:], "NEXTGEN", "MPRS_SCHED")),
            mk("hl7_ack", hl7("MSA", "AA", ctl, "Message accepted"))]


def n_sms():
    t = tick()
    m = R.choice(["status sid=SM%s status=delivered err=- price=-0.00790 USD segments=%d" % (hexs(32), R.randint(1, 3)),
                  "carrier filtered sid=SM%s err=30007 (Message filtered) messaging_service=MG%s" % (hexs(32), hexs(32)),
                  "opt-out keyword STOP processed for 1 number(s) (hash=%s)" % hexs(16),
                  "queue depth=%d rate=1/s sender_pool=3 a2p_campaign=C%s" % (R.randint(0, 20), alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))])
    return mk("twilio_sms", sms_ts(t), m)


def n_mailchimp():
    t = tick()
    q = urllib.parse.quote_plus
    return mk("mailchimp_webhook", ts_z(t, 0).replace(".Z", "Z"), " hooks[3321]: mailchimp POST /hooks/mailchimp/a6b5da1054 body=type=campaign&fired_at=%s&data%%5Bid%%5D=%s&data%%5Bsubject%%5D=%s&data%%5Bstatus%%5D=sent&data%%5Breason%%5D=&data%%5Blist_id%%5D=a6b5da1054" % (
        q(t.strftime("%Y-%m-%d %H:%M:%S")), hexs(10), q(R.choice(["Spring Botox Special 🌸", "Meet Dr. Vasconcelos", "Your guide to breast reconstruction options", "Open house at our Framingham office"]))))


def n_klaviyo():
    t = tick()
    return mk("pino_json", '{"level":%d,"time":%d,"pid":412,"hostname":"mkt-sync-1","msg":"%s"%s}' % R.choice([
        (40, epoch_ms(t), "klaviyo rate limited", ',"retryAfter":%d' % R.randint(1, 30)),
        (30, epoch_ms(t), "segment sync complete", ',"segment":"Consult No-Show 30d","profiles":%d,"ms":%d' % (R.randint(10, 400), R.randint(100, 4000))),
        (50, epoch_ms(t), "webhook secret rotation failed", ',"err":"ECONNRESET"')]))


def n_win():
    t = tick()
    c = R.randrange(6)
    host = R.choice(WS)
    if c == 0:
        return mk("win_eventlog", nxlog(t, host, 4624, "Microsoft-Windows-Security-Auditing", "Security", "AUDIT_SUCCESS", ["An account was successfully logged on."],
                                        ',"TargetUserName":"%s","TargetDomainName":"MPRS","LogonType":"%d","IpAddress":"10.12.3.%d"' % (R.choice(STAFF_LOGIN), R.choice([2, 3, 10]), R.randint(2, 250))))
    if c == 1:
        return mk("win_eventlog", nxlog(t, host, 7036, "Service Control Manager", "System", "INFO", ["The %s service entered the %s state." % (R.choice(["Windows Update", "Print Spooler", "Vectra Capture Service", "Sentinel LDK License Manager"]), R.choice(["running", "stopped"]))]))
    if c == 2:
        return mk("win_eventlog", nxlog(t, "FRA-VECTRA-01", 1000, "Application Error", "Application", "ERROR", ["Faulting application name: Vectra.exe, version: 8.3.2.118, time stamp: 0x65c1a2f0\\r\\nFaulting module name: nvoglv64.dll, version: 31.0.15.3742\\r\\nException code: 0xc0000005\\r\\nFault offset: 0x0000000000a41f3c"]))
    if c == 3:
        return mk("win_eventlog", nxlog(t, "ASC-DC01", 4740, "Microsoft-Windows-Security-Auditing", "Security", "AUDIT_SUCCESS", ["A user account was locked out."], ',"TargetUserName":"%s","TargetDomainName":"MPRS"' % R.choice(STAFF_LOGIN)))
    if c == 4:
        return mk("win_syslog", "<13>1 %s %s.mprs.local Microsoft-Windows-Kernel-Power 4 41 - - The system has rebooted without cleanly shutting down first. This error could be caused if the system stopped responding, crashed, or lost power unexpectedly." % (ts_z(t, 3), host))
    return mk("win_syslog", "<14>1 %s %s.mprs.local Microsoft-Windows-GroupPolicy 1180 1502 - - The Group Policy settings for the computer were processed successfully. New settings from %d Group Policy objects were detected and applied." % (ts_z(t, 3), host, R.randint(1, 9)))


def n_exif_orphan():
    t = tick()
    return mk("exiftool", "    %d image files read, %d files could not be read" % (R.randint(1, 30), R.randint(0, 2)))


NOISE = [n_php, n_gf, n_monolog, n_nginx, n_nginx, n_go, n_go, n_vectra, n_rails, n_rails, n_sidekiq, n_anes, n_nbir, n_fin,
         n_stripe, n_x12, n_mirth, n_sms, n_mailchimp, n_klaviyo, n_win, n_win, n_exif_orphan]

# ---------------------------------------------------------------- schedule
SCHEDULE = [
    (b_php_printr, 1), (lambda: b_php_printr(pick(old=True)), 1), (b_php_mail, 2), (b_gf_feed, 4), (b_monolog_lead, 5), (b_monolog_dup, 3), (b_nginx_consult, 6),
    (b_go_thumb, 5), (b_go_upload, 4), (b_exif_clinic, 2), (b_exif_patient, 2), (b_vectra, 3), (b_dcmdump, 2),
    (b_rails_case, 3), (b_rails_patient, 3), (b_rails_mail, 2), (b_rails_checkin, 3), (b_sidekiq_err, 2), (b_anes_csv, 2),
    (lambda: b_anes_csv(False), 1), (b_nbir_line, 3), (b_nbir_pretty, 1), (b_carecredit, 5), (b_carecredit_app, 2),
    (b_cherry, 3), (b_stripe_event, 4), (b_stripe_customer, 2), (b_x12_req, 4), (b_x12_resp, 1), (b_hl7_siu, 2),
    (b_hl7_adt, 3), (b_hl7_oru_photo, 2), (b_hl7_oneline, 2), (b_sms, 9), (b_whatsapp, 2), (b_mailchimp, 5),
    (b_klaviyo, 5), (b_win_print, 3), (b_win_palm, 3), (b_win_app_err, 2), (b_win_syslog_phi, 2), (n_hl7_ack, 3),
]


def main():
    thunks = []
    for fn, n in SCHEDULE:
        thunks += [("phi", fn)] * n
    thunks += [("noise", None)] * 230
    R.shuffle(thunks)
    blocks = []
    order = []

    def next_noise():
        if not order:
            order.extend(NOISE)
            R.shuffle(order)
        return order.pop()()

    for kind, fn in thunks:
        if kind == "noise":
            blocks.append(("noise", [next_noise()]))
        else:
            out = fn()
            blocks.append(("blk", out if isinstance(out, list) else [out]))
    total = sum(len(b) for _, b in blocks)
    while total > N_LINES:
        idx = [i for i, (k, _) in enumerate(blocks) if k == "noise"]
        del blocks[R.choice(idx)]
        total -= 1
    while total < N_LINES:
        blocks.append(("noise", [next_noise()]))
        total += 1
    lines = [ln for _, b in blocks for ln in b]
    assert len(lines) == N_LINES
    with open(os.path.join(HERE, ID + ".log"), "wb") as f:
        f.write(b"\n".join(ln["buf"] for ln in lines))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8") as f:
        for i, ln in enumerate(lines, 1):
            f.write(json.dumps({"line": i, "family": ln["fam"],
                                "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in ln["spans"]]}) + "\n")
    # summary
    nophi = sum(1 for ln in lines if not ln["spans"])
    cats = {}
    fams = {}
    for ln in lines:
        fams[ln["fam"]] = fams.get(ln["fam"], 0) + 1
        for s in ln["spans"]:
            cats[s["cat"]] = cats.get(s["cat"], 0) + 1
    print("lines", len(lines), "no-PHI", nophi, "%.1f%%" % (100.0 * nophi / len(lines)))
    print("families", len(fams), json.dumps(fams, sort_keys=True))
    print("cats", json.dumps(dict(sorted(cats.items()))))


if __name__ == "__main__":
    main()
