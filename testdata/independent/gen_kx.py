#!/usr/bin/env python3
"""Generate kx.log / kx.labels.jsonl: a synthetic, labeled log corpus for a PHI detector.

Theme: an integrative medicine and wellness chain ("Cedar & Sage Integrative Health":
chiropractic, acupuncture, massage therapy, naturopathy, gym-based physical therapy) with
locations in Portland OR, Vancouver WA, Garden Grove CA and Houston TX.  Formats: Mindbody-like
and Jane-App-like booking webhooks (JSON), EMR SOAP-note autosave lines typed fast (English,
Spanish, Vietnamese, with and without diacritics), intake form POSTs (multipart with escaped
CRLF, urlencoded), Braintree-like membership billing (Rails logs, webhook XML, Ruby inspect),
Garmin/Fitbit-like JSON imports, FIT file dumps (fitparse-like and FitCSV rows), OCR'd
attorney letters of protection, auto-insurance PIP claims (X12 837P segments, JSON, kv),
Flask/werkzeug/gunicorn and Rails logs, Twilio SMS reminders and callbacks, gift-card POS
receipts, Google Sheets exports pasted into logs (TSV/CSV), nginx, Sidekiq, Celery,
Postgres, syslog, klog, HylaFAX xferfaxlog, gym biometric door controllers.

Standard library only, deterministic (fixed seed, fixed start clock).  Everything is synthetic.

Labeling decisions:
- Label identifiers of clients/patients/members and of persons tied to them (relatives,
  emergency contacts, guarantors, named insureds/policyholders, cardholders).  Never label
  clinicians or staff (DC, L.Ac., LMT, ND, DPT, front desk), attorneys and law firms, insurance
  adjusters, insurers, vendors, clinic locations, clinic phones/faxes/emails/NPIs/EINs.
- name: full names, surnames, given names alone (e.g. "Hi Thao," in an SMS) and "F. Last"
  forms; in structured records first and last name are separate spans.
- address: street line, city and county are separate spans; the state is never labeled;
  GPS latitude/longitude of a client's recorded activity are geocodes -> address.  Twilio
  FromCity -> address, FromZip -> zip.  zip: 5-digit and ZIP+4.
- date: birth, accident/injury (DOI, date of loss), service/visit, appointment start/end
  (date-time values and written expressions such as "Tue 3/19 at 4:30 PM" are one span,
  weekday and time included), wearable summary calendar dates and human-readable FIT
  activity times, and such dates embedded in file paths.  NOT labeled: log/event/webhook
  timestamps, billing-cycle and next-billing dates, transaction times, account creation /
  memberSince dates, letter/document dates, epoch-second machine timestamps (Garmin
  startTimeInSeconds, FIT time_created integers), years alone.
- age: only ages of 90 and over; younger ages are left unlabeled.
- mrn: the clinic's client/patient identifiers (Mindbody clientId and clientUniqueId, Jane
  patient id, CHT- chart numbers, X12 REF*EA).
- account: membership numbers (M-xxxxx, also used at gym check-in), Braintree customer ids,
  payment-method tokens and subscription ids, full card numbers (Luhn-valid), patient account
  numbers (X12 CLM01), gift-card numbers only when the card is linked to a client in the line.
  NOT labeled: masked PANs / last-4, BIN, transaction ids, anonymous gift-card sales,
  Braintree sandbox test card 4111111111111111 and QA test clients.
- health_plan: health-insurance member/subscriber ids, Medicare MBI, Medicaid ids, Canadian
  personal health numbers, and auto-insurance PIP/MedPay policy numbers (they are the
  client's medical payer).  Group numbers and payer ids are not labeled.
- other_id: auto/PIP claim numbers, attorney file numbers, internal PI case numbers,
  portal usernames / FIT friendly_name, wearable account ids (Garmin userId, Fitbit encodedId).
- NOT labeled (record keys): appointment ids, note ids, request/trace/span ids, Twilio SIDs,
  job ids, document ids, order/transaction/receipt numbers, booking-confirmation links.
- license: client driver's licence numbers.  vehicle: VIN and licence plates of the client's
  vehicle.  device: wearable serial numbers / unit ids / Fitbit device ids / MAC addresses and
  home TENS unit serials issued to a client.
- ip: public IPs of clients on client-facing routes (intake, portal, booking, X-Forwarded-For);
  internal 10.x/127.0.0.1, load balancers, vendor webhook senders (Twilio, Braintree) and
  anonymous marketing-site hits on static assets are not labeled.
- url: personal URLs of clients (social profiles, Strava athlete pages, personal sites).
- biometric: raw fingerprint / palm-vein templates (base64 payload).  photo: base64 face image
  payload only (not the "data:image/jpeg;base64," prefix, not the JSON key).
- ssn: full SSNs only; masked "xxx-xx-1234" forms are not labeled.  fax: a client's own fax.
- Values are labeled exactly as written in the line: percent-encoded in urlencoded bodies,
  \\u-escaped when the JSON writer escapes non-ASCII, upper-cased in X12.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
from urllib.parse import quote_plus

ID = "kx"
R = random.Random(2021_0311)
HERE = os.path.dirname(os.path.abspath(__file__))

# ----------------------------------------------------------------------------- line builder


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.pos = 0
        self.spans = []

    def t(self, *xs):
        for x in xs:
            x = str(x)
            self.buf.append(x)
            self.pos += len(x.encode("utf-8"))
        return self

    def p(self, v, cat):
        v = str(v)
        if cat and v:
            self.spans.append((self.pos, self.pos + len(v.encode("utf-8")), cat, v))
        self.t(v)
        return self

    def text(self):
        return "".join(self.buf)


class T:
    """A tagged value (value, category)."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class C(list):
    """Composite string made of plain str parts and T parts."""


def put(L, parts, esc=lambda s: s):
    for x in parts:
        if isinstance(x, T):
            L.p(esc(str(x.v)), x.cat)
        else:
            L.t(esc(str(x)))


def emit_json(L, v, ascii=False, sp=False):
    cs, ks = (", ", ": ") if sp else (",", ":")
    if isinstance(v, T):
        if isinstance(v.v, str):
            enc = json.dumps(v.v, ensure_ascii=ascii)
            L.t('"').p(enc[1:-1], v.cat).t('"')
        else:
            L.p(json.dumps(v.v), v.cat)
    elif isinstance(v, C):
        L.t('"')
        put(L, v, lambda s: json.dumps(s, ensure_ascii=ascii)[1:-1])
        L.t('"')
    elif isinstance(v, dict):
        L.t("{")
        for i, (k, x) in enumerate(v.items()):
            if i:
                L.t(cs)
            L.t(json.dumps(k, ensure_ascii=ascii), ks)
            emit_json(L, x, ascii, sp)
        L.t("}")
    elif isinstance(v, list):
        L.t("[")
        for i, x in enumerate(v):
            if i:
                L.t(cs)
            emit_json(L, x, ascii, sp)
        L.t("]")
    else:
        L.t(json.dumps(v, ensure_ascii=ascii))


def emit_ruby(L, v):
    if isinstance(v, C):
        L.t('"')
        put(L, v, lambda z: json.dumps(z, ensure_ascii=False)[1:-1])
        L.t('"')
    elif isinstance(v, T):
        if isinstance(v.v, str):
            L.t('"').p(json.dumps(v.v, ensure_ascii=False)[1:-1], v.cat).t('"')
        else:
            L.p(str(v.v), v.cat)
    elif isinstance(v, dict):
        L.t("{")
        for i, (k, x) in enumerate(v.items()):
            if i:
                L.t(", ")
            L.t(json.dumps(k, ensure_ascii=False), "=>")
            emit_ruby(L, x)
        L.t("}")
    elif isinstance(v, list):
        L.t("[")
        for i, x in enumerate(v):
            if i:
                L.t(", ")
            emit_ruby(L, x)
        L.t("]")
    elif v is None:
        L.t("nil")
    elif isinstance(v, bool):
        L.t("true" if v else "false")
    elif isinstance(v, str):
        L.t(json.dumps(v, ensure_ascii=False))
    else:
        L.t(str(v))


def emit_py(L, v):
    if isinstance(v, T):
        if isinstance(v.v, str):
            r = repr(v.v)
            L.t(r[0]).p(r[1:-1], v.cat).t(r[-1])
        else:
            L.p(repr(v.v), v.cat)
    elif isinstance(v, dict):
        L.t("{")
        for i, (k, x) in enumerate(v.items()):
            if i:
                L.t(", ")
            L.t(repr(k), ": ")
            emit_py(L, x)
        L.t("}")
    elif isinstance(v, list):
        L.t("[")
        for i, x in enumerate(v):
            if i:
                L.t(", ")
            emit_py(L, x)
        L.t("]")
    else:
        L.t(repr(v))


def emit_kv(L, items, sep=" ", quote="auto"):
    for i, it in enumerate(items):
        k, v = it[0], it[1]
        cat = it[2] if len(it) > 2 else None
        if i:
            L.t(sep)
        L.t(k, "=")
        if isinstance(v, C):
            L.t('"')
            put(L, v, lambda s: s.replace('"', '\\"'))
            L.t('"')
            continue
        s = str(v)
        needq = quote == "always" or (quote == "auto" and (s == "" or any(c in s for c in ' ",=')))
        if needq:
            L.t('"').p(s.replace('"', '\\"'), cat).t('"')
        else:
            L.p(s, cat)


def emit_form(L, items):
    for i, it in enumerate(items):
        k, v = it[0], it[1]
        cat = it[2] if len(it) > 2 else None
        if i:
            L.t("&")
        L.t(quote_plus(k), "=")
        L.p(quote_plus(str(v)), cat)


# ----------------------------------------------------------------------------- clock

NOW = [dt.datetime(2024, 3, 11, 5, 58, 12, 118000)]   # local time, PDT (-07:00)


def tick(a=1, b=22):
    NOW[0] += dt.timedelta(seconds=R.randint(a, b), microseconds=R.randint(0, 999999))
    return NOW[0]


def utc(t):
    return t + dt.timedelta(hours=7)


def ts_flask(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def ts_werk(t):
    return t.strftime("%d/%b/%Y %H:%M:%S")


def ts_nginx(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0700")


def ts_rails(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.%f")


def ts_z(t, ms=True):
    u = utc(t)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + (".%03dZ" % (u.microsecond // 1000) if ms else "Z")


def ts_syslog(t):
    return t.strftime("%b %d %H:%M:%S")


def ts_pg(t):
    u = utc(t)
    return u.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (u.microsecond // 1000)


def ts_klog(t):
    return "I" + utc(t).strftime("%m%d %H:%M:%S.%f")


def ts_off(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + "-07:00"


def epoch(t):
    return int((utc(t) - dt.datetime(1970, 1, 1)).total_seconds())


# ----------------------------------------------------------------------------- random helpers

def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def digits(n, first="123456789"):
    return R.choice(first) + "".join(R.choice("0123456789") for _ in range(n - 1))


def ruuid():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:])


def sid(prefix):
    return prefix + hexs(32)


def fold(s):
    s = s.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def luhn(prefix, length=16):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


VINV = {**{str(d): d for d in range(10)},
        **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
        **dict(zip("STUVWXYZ", range(2, 10)))}
VINW = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VINC = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def make_vin():
    wmi = R.choice(["1HG", "JTM", "5YJ", "1FT", "2T1", "KM8", "3VW", "4T1", "1C4", "JN8", "5NP", "JF2"])
    v = list(wmi + "".join(R.choice(VINC) for _ in range(5)) + "0" + R.choice("KLMNPR")
             + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6, "0123456789"))
    s = sum(VINV[c] * w for c, w in zip(v, VINW))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def make_mbi():
    an = MBI_A + "0123456789"
    return (R.choice("123456789") + R.choice(MBI_A) + R.choice(an) + R.choice("0123456789")
            + R.choice(MBI_A) + R.choice(an) + R.choice("0123456789") + R.choice(MBI_A)
            + R.choice(MBI_A) + R.choice("0123456789") + R.choice("0123456789"))


def b64_blob(nbytes, header=b""):
    raw = header + bytes(R.randint(0, 255) for _ in range(nbytes))
    return base64.b64encode(raw).decode()


JPEG_HDR = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")


def fmt_phone(d, style=None):
    style = style if style is not None else R.randint(0, 7)
    a, b, c = d[:3], d[3:6], d[6:]
    return ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s%s%s", "+1%s%s%s", "+1 %s-%s-%s",
            "1-%s-%s-%s", "(%s)%s-%s"][style] % (a, b, c)


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
       "octubre", "noviembre", "diciembre"]
DIA = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
THU = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def fmt_date(d, style):
    return {
        "iso": d.strftime("%Y-%m-%d"),
        "us": d.strftime("%m/%d/%Y"),
        "us1": "%d/%d/%d" % (d.month, d.day, d.year),
        "us2": "%d/%d/%02d" % (d.month, d.day, d.year % 100),
        "md": "%d/%d" % (d.month, d.day),
        "eu": d.strftime("%d/%m/%Y"),
        "eu1": "%d/%d/%d" % (d.day, d.month, d.year),
        "dm": "%d/%d" % (d.day, d.month),
        "d8": d.strftime("%Y%m%d"),
        "mon": "%s %d, %d" % (MON[d.month - 1], d.day, d.year),
        "month": "%s %d, %d" % (MONTH[d.month - 1], d.day, d.year),
        "dmy": "%02d-%s-%d" % (d.day, MON[d.month - 1].upper(), d.year),
        "dot": d.strftime("%d.%m.%Y"),
        "es": "%d de %s de %d" % (d.day, MES[d.month - 1], d.year),
        "vi": "ngày %d tháng %d năm %d" % (d.day, d.month, d.year),
        "mdash": d.strftime("%m-%d-%Y"),
    }[style]


def hm12(t):
    h = t.hour % 12 or 12
    return "%d:%02d %s" % (h, t.minute, "AM" if t.hour < 12 else "PM")


# ----------------------------------------------------------------------------- world

NAMES = [
    ("Thu Hà", "Nguyễn", "vi", "F"), ("Minh Quang", "Trần", "vi", "M"), ("Bảo Ngọc", "Phạm", "vi", "F"),
    ("Thảo", "Lê", "vi", "F"), ("Văn Hùng", "Võ", "vi", "M"), ("Khánh Linh", "Đặng", "vi", "F"),
    ("Đức Anh", "Bùi", "vi", "M"), ("Thị Mai", "Huỳnh", "vi", "F"), ("Long", "Ngô", "vi", "M"),
    ("María José", "Gutiérrez-Salinas", "es", "F"), ("Juan Carlos", "de la Cruz", "es", "M"),
    ("Guadalupe", "Ramírez Ochoa", "es", "F"), ("Xóchitl", "Villaseñor", "es", "F"),
    ("Esteban", "del Río", "es", "M"), ("Rocío", "Hernández", "es", "F"), ("José Luis", "Zúñiga", "es", "M"),
    ("Ana Lucía", "Peña-Morales", "es", "F"), ("Chinedu", "Okafor", "en", "M"), ("Adaeze", "Nwosu", "en", "F"),
    ("Priya", "Raghunathan", "en", "F"), ("Arjun", "Mehta-Shah", "en", "M"), ("Yousef", "Al-Haddad", "en", "M"),
    ("Siobhán", "O'Connell", "en", "F"), ("Pieter", "van der Berg", "en", "M"), ("Friedrich", "von Stein", "en", "M"),
    ("Agnieszka", "Wojciechowska", "en", "F"), ("Hiroshi", "Tanaka", "en", "M"), ("Mei-Ling", "Chou", "en", "F"),
    ("Ji-woo", "Park", "en", "F"), ("Tsion", "Bekele", "en", "F"), ("Dmitri", "Sokolov", "en", "M"),
    ("Eleni", "Papadopoulou", "en", "F"), ("Keoni", "Kahananui", "en", "M"), ("Malia", "Tuiasosopo", "en", "F"),
    ("Jean-Luc", "Dubois", "en", "M"), ("Maëlle", "Lefèvre", "en", "F"), ("Björn", "Lindqvist", "en", "M"),
    ("Aroha", "Ngata", "en", "F"), ("Fatima Zahra", "Benali", "en", "F"), ("Kateryna", "Bondarenko", "en", "F"),
    ("D'Andre", "Washington", "en", "M"), ("Mary-Kate", "O'Brien-Lowe", "en", "F"), ("Tyler", "Jensen", "en", "M"),
    ("Brittany", "Schultz", "en", "F"), ("Wei", "Zhao", "en", "M"), ("Olumide", "Adeyemi", "en", "M"),
    ("Ravi", "Subramanian", "en", "M"), ("Leilani", "Akana", "en", "F"), ("Gary", "McAllister", "en", "M"),
    ("Dolores", "Fitzgerald", "en", "F"), ("Harold", "Lindgren", "en", "M"), ("Ngozi", "Eze", "en", "F"),
]
OLD = {"Dolores", "Harold", "Thị Mai", "Friedrich"}
REL_FIRST = {"vi": ["Hoa", "Tuấn", "Phương", "Dũng", "Hạnh"], "es": ["Carmen", "Luis", "Alejandra", "Miguel", "Pilar"],
             "en": ["Sarah", "Michael", "Amara", "Kenji", "Noor", "Grace", "Emeka", "Lena"]}
RELS = ["spouse", "daughter", "son", "mother", "husband", "wife", "sister", "partner"]

REGIONS = [
    ("Portland", "OR", "Multnomah", ["97202", "97206", "97214", "97215", "97217", "97220", "97266"], ["503", "971"],
     ["SE Division St", "SE Hawthorne Blvd", "NE Sandy Blvd", "N Lombard St", "SE 82nd Ave", "NE Alberta St", "SE Foster Rd"], (45.50, -122.60)),
    ("Beaverton", "OR", "Washington", ["97005", "97006", "97007"], ["503", "971"], ["SW Canyon Rd", "SW Allen Blvd", "NW Cornell Rd"], (45.48, -122.80)),
    ("Gresham", "OR", "Multnomah", ["97030", "97080"], ["503"], ["NE Burnside Rd", "SE Stark St"], (45.50, -122.43)),
    ("Vancouver", "WA", "Clark", ["98660", "98661", "98682", "98684"], ["360"], ["NE 112th Ave", "Fourth Plain Blvd", "E Mill Plain Blvd"], (45.64, -122.60)),
    ("Garden Grove", "CA", "Orange", ["92840", "92841", "92843", "92844"], ["714", "657"], ["Brookhurst St", "Westminster Ave", "Garden Grove Blvd", "Magnolia St"], (33.77, -117.95)),
    ("Westminster", "CA", "Orange", ["92683"], ["714"], ["Bolsa Ave", "Beach Blvd"], (33.75, -117.99)),
    ("Santa Ana", "CA", "Orange", ["92703", "92704"], ["714", "657"], ["W 1st St", "S Bristol St"], (33.74, -117.88)),
    ("Houston", "TX", "Harris", ["77036", "77072", "77081", "77099"], ["713", "832", "281"], ["Bellaire Blvd", "Beechnut St", "Wilcrest Dr", "Bissonnet St"], (29.70, -95.53)),
    ("Pasadena", "TX", "Harris", ["77502", "77506"], ["713", "281"], ["Red Bluff Rd", "Spencer Hwy"], (29.68, -95.20)),
]
DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "outlook.com", "comcast.net", "aol.com", "proton.me"]
PIP_CARRIERS = {
    "OR": ["State Farm", "Progressive", "GEICO", "Country Financial", "Farmers"],
    "WA": ["PEMCO", "State Farm", "Progressive", "Allstate"],
    "TX": ["GEICO", "Allstate", "Progressive", "USAA"],
    "CA": ["Mercury", "GEICO", "Wawanesa", "State Farm"],
}
HEALTH_PAYERS = [("Aetna", "60054"), ("Regence BlueCross BlueShield of Oregon", "00851"), ("UnitedHealthcare", "87726"),
                 ("Providence Health Plan", "PHP01"), ("Kaiser Permanente NW", "93079"), ("Blue Shield of California", "94036"),
                 ("BCBS of Texas", "84980"), ("Molina Healthcare of Washington", "38336")]
FIRMS = [("Alvarez & Kim Injury Law, LLP", "Daniel Alvarez", "(213) 555-0148", "(213) 555-0149", "AK"),
         ("Thuy Tran Law Group", "Thuy Tran", "(714) 530-8820", "(714) 530-8821", "TTL"),
         ("Rosen Hatch Accident Attorneys", "Megan Hatch", "(503) 227-1190", "(503) 227-1191", "RH"),
         ("Bufete Legal Morales, PLLC", "Ricardo Morales", "(713) 981-4400", "(713) 981-4401", "BLM"),
         ("Northwest Crash Lawyers", "Paul Ikeda", "(360) 694-2200", "(360) 694-2210", "NWC")]
STAFF = [("Rafael", "Ortiz", "DC", "rortiz"), ("Lan", "Vo", "L.Ac.", "lvo"), ("Marcus", "Bell", "LMT", "mbell"),
         ("Hannah", "Reyes", "ND", "hreyes"), ("Jordan", "Kim", "DPT", "jkim"), ("Imani", "Brooks", "LMT", "ibrooks"),
         ("Tomás", "Arce", "PT", "tarce"), ("Quỳnh", "Đào", "L.Ac.", "qdao")]
LOCS = [("PDX-HAW", "Hawthorne", "3532 SE Hawthorne Blvd", "Portland", "OR", "97214", "5032324410", "5032324419", 2),
        ("VAN-MILL", "Mill Plain", "11505 SE Mill Plain Blvd", "Vancouver", "WA", "98684", "3608920770", "3608920771", 3),
        ("GG-BROOK", "Brookhurst", "9872 Brookhurst St", "Garden Grove", "CA", "92840", "7145307700", "7145307701", 5),
        ("HOU-BELL", "Bellaire", "10888 Bellaire Blvd", "Houston", "TX", "77072", "7135309910", "7135309911", 7)]
SERVICES = [("Chiropractic Adjustment - Follow Up", 30, "quiropráctica", "nắn chỉnh cột sống"),
            ("Acupuncture Follow-Up (45 min)", 45, "acupuntura", "châm cứu"),
            ("Massage Therapy 60", 60, "masaje terapéutico", "xoa bóp trị liệu"),
            ("Naturopathic Initial Consult", 75, "consulta naturopática", "khám tự nhiên liệu pháp"),
            ("PT Evaluation", 60, "evaluación de fisioterapia", "đánh giá vật lý trị liệu"),
            ("PT Follow-Up (gym)", 45, "fisioterapia", "vật lý trị liệu"),
            ("Cupping + Gua Sha", 30, "ventosas", "giác hơi"),
            ("Dry Needling", 30, "punción seca", "châm kim khô")]
SITE_ID = 512384
WEARABLES = [("garmin", "fenix7", "3291"), ("garmin", "forerunner265", "4257"), ("garmin", "venu3", "4260"),
             ("garmin", "vivoactive5", "4426")]


def mk_person(i):
    first, last, lang, sex = NAMES[i]
    if lang == "vi":
        reg = REGIONS[R.choice([0, 4, 5, 7, 7, 4])]
    elif lang == "es":
        reg = REGIONS[R.choice([0, 3, 6, 7, 8, 1])]
    else:
        reg = R.choice(REGIONS)
    city, st, county, zips, areas, streets, ll = reg
    if first in OLD:
        dob = dt.date(R.randint(1929, 1933), R.randint(1, 12), R.randint(1, 28))
    else:
        dob = dt.date(R.randint(1948, 2007), R.randint(1, 12), R.randint(1, 28))
    age = 2024 - dob.year - ((3, 11) < (dob.month, dob.day))
    f0, l0 = fold(first).lower().replace(" ", ""), fold(last).lower().replace(" ", "").replace("'", "")
    local = R.choice(["%s.%s" % (f0, l0), "%s%s%d" % (f0[0], l0, R.randint(1, 99)), "%s_%s" % (f0, l0[:4]),
                      "%s%s" % (f0, dob.strftime("%y")), "%s.%s%d" % (l0, f0[:3], R.randint(10, 999))])
    street = "%d %s" % (R.randint(120, 19850), R.choice(streets))
    if R.random() < 0.35:
        street += R.choice([" Apt %d%s" % (R.randint(1, 4), R.choice("ABCD")), " #%d" % R.randint(101, 420),
                            " Unit %d" % R.randint(1, 40)])
    dl = {"OR": lambda: digits(7), "WA": lambda: "WDL" + alnum(9, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"),
          "CA": lambda: R.choice("ABCDEFGHJKNSY") + digits(7, "0123456789"), "TX": lambda: digits(8, "0123")}[st]()
    plate = {"OR": lambda: "%s %s" % (digits(3), alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ")),
             "WA": lambda: alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(4, "0123456789"),
             "CA": lambda: R.choice("789") + alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(3, "0123456789"),
             "TX": lambda: alnum(3, "BCDFGHJKLMNPRSTVWXYZ") + "-" + digits(4, "0123456789")}[st]()
    carrier = R.choice(PIP_CARRIERS[st])
    claim = R.choice([lambda: "%s-%s-%s" % (digits(2), alnum(4, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"), alnum(3, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ")),
                      lambda: digits(2) + "-" + digits(7, "0123456789"),
                      lambda: "0" + digits(15, "0123456789"),
                      lambda: digits(10, "0123456789") + "-" + digits(2, "0123456789"),
                      lambda: "PC" + digits(9, "0123456789")])()
    policy = R.choice([lambda: "%s %s-%s-%s" % (digits(3), digits(4), alnum(3, "ABCDEFGH0123456789"), digits(2)),
                       lambda: digits(4) + " " + digits(5, "0123456789"),
                       lambda: "%s-%s-%s-%s" % (digits(4), digits(2), digits(2), digits(2)),
                       lambda: "PAP" + digits(8, "0123456789")])()
    payer = R.choice(HEALTH_PAYERS)
    member = R.choice([lambda: "W" + digits(9, "0123456789"), lambda: "ZHR" + digits(9, "0123456789"),
                       lambda: digits(9, "0123456789") + "01", lambda: "P" + digits(8, "0123456789"),
                       lambda: "XEH" + digits(9, "0123456789"), lambda: "MOL" + digits(8, "0123456789")])()
    doi = dt.date(2024, 3, 11) - dt.timedelta(days=R.randint(12, 170))
    firm = R.choice(FIRMS)
    wear = R.choice(WEARABLES)
    rl = R.choice(REL_FIRST[lang])
    return dict(
        first=first, last=last, lang=lang, sex=sex, dob=dob, age=age, city=city, st=st, county=county,
        zip=R.choice(zips) + (("-" + digits(4, "0123456789")) if R.random() < 0.2 else ""),
        street=street, phone=R.choice(areas) + digits(3, "23456789") + digits(4, "0123456789"),
        phone2=R.choice(areas) + digits(3, "23456789") + digits(4, "0123456789"),
        email="%s@%s" % (local, R.choice(DOMAINS)), ll=(ll[0] + R.uniform(-0.06, 0.06), ll[1] + R.uniform(-0.06, 0.06)),
        cid="1000" + digits(5, "0123456789"), cuid=int(digits(6)), jane=int(digits(5)), chart="CHT-%06d" % R.randint(1000, 99999),
        member_no="M-%05d" % R.randint(10000, 39999), bt_cust=digits(9), bt_tok=alnum(7), bt_sub=alnum(6),
        acct="PA" + digits(7, "0123456789"), ssn=make_ssn(), dl=dl, vin=make_vin(), plate=plate,
        veh=R.choice([(2019, "Toyota", "RAV4"), (2017, "Honda", "Civic"), (2021, "Tesla", "Model 3"), (2015, "Ford", "F-150"),
                      (2020, "Hyundai", "Elantra"), (2018, "Subaru", "Outback"), (2022, "Kia", "Sorento"), (2016, "Nissan", "Rogue")]),
        carrier=carrier, claim=claim, policy=policy, doi=doi, payer=payer, member=member, group=digits(6),
        mbi=make_mbi() if age >= 65 else None, firm=firm, file_no="%s-24-%04d" % (firm[4], R.randint(100, 999)),
        case="PI-2024-%04d" % R.randint(10, 240), user=local.split("@")[0].replace("_", ".") + R.choice(["", "", "84", "_pdx"]),
        garmin_uid=hexs(32), unit_id=digits(10, "3"), wear=wear, fitbit_id=alnum(6, "0123456789BCDFGHJKLMNPQRSTVWXYZ"),
        fitbit_dev=digits(10), mac=":".join(hexs(2).upper() for _ in range(6)), tens="TN-%04d-%05d" % (R.randint(1000, 9999), R.randint(0, 99999)),
        ip=R.choice(["73.%d.%d.%d", "98.%d.%d.%d", "174.%d.%d.%d", "67.%d.%d.%d", "172.58.%d.%d", "24.%d.%d.%d", "76.%d.%d.%d"]),
        rel_first=rl, rel_last=last if R.random() < 0.7 else R.choice(["Sandoval", "Pham", "Okoro", "Miller", "Haddad", "Lund"]),
        rel=R.choice(RELS), rel_phone=R.choice(areas) + digits(3, "23456789") + digits(4, "0123456789"),
        fax=R.choice(areas) + digits(3, "23456789") + digits(4, "0123456789"),
        social=R.choice(["https://www.instagram.com/%s/" % local.split("@")[0].replace(".", "_"),
                         "https://www.strava.com/athletes/%s" % digits(8),
                         "https://%s%s.blog" % (f0, l0), "https://www.facebook.com/%s.%s.%s" % (f0, l0, digits(3)),
                         "https://linktr.ee/%s" % l0]),
        loc=R.choice({"OR": LOCS[:2], "WA": LOCS[1:2], "CA": LOCS[2:3], "TX": LOCS[3:4]}[st]),
    )


PEOPLE = [mk_person(i) for i in range(len(NAMES))]
for _p in PEOPLE:
    if "%d" in _p["ip"]:
        n = _p["ip"].count("%d")
        _p["ip"] = _p["ip"] % tuple(R.randint(1, 254) for _ in range(n))


def pick(lang=None, old=0.0):
    if R.random() < old:
        return R.choice([p for p in PEOPLE if p["age"] >= 90])
    pool = [p for p in PEOPLE if lang is None or p["lang"] == lang]
    return R.choice(pool)


def staff():
    return R.choice(STAFF)


def appt_time(base=None, lo=-3, hi=21):
    base = base or NOW[0]
    d = base.date() + dt.timedelta(days=R.randint(lo, hi))
    return dt.datetime(d.year, d.month, d.day, R.randint(8, 18), R.choice([0, 15, 30, 45]))


def name_full(p, style):
    f, l = p["first"], p["last"]
    if style in ("FLa", "LFa", "LFU", "FLU", "fl", "ILa"):
        f, l = fold(f), fold(l)
    return {"FL": f + " " + l, "FLa": f + " " + l, "LF": l + ", " + f, "LFa": l + ", " + f,
            "LFU": (l + ", " + f).upper(), "FLU": (f + " " + l).upper(), "fl": (f + " " + l).lower(),
            "IL": f[0] + ". " + l, "ILa": f[0] + ". " + l, "VI": l + " " + f}[style]


def first_of(p, ascii_=False):
    f = fold(p["first"]) if ascii_ else p["first"]
    return f.split(" ")[-1] if p["lang"] == "vi" else f.split(" ")[0]


def rel_name(p):
    return p["rel_first"] + " " + p["rel_last"]


# ----------------------------------------------------------------------------- typing noise

def typo(s, rate=0.12):
    words = s.split(" ")
    out = []
    for w in words:
        if len(w) > 4 and w.isalpha() and R.random() < rate:
            i = R.randint(1, len(w) - 2)
            w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        out.append(w)
    return " ".join(out)


# ============================================================================= noise generators

def n_health():
    t = tick()
    L = Line("werkzeug_access")
    ip = R.choice(["10.42.3.1", "10.42.1.1", "127.0.0.1"])
    path = R.choice(["/healthz", "/readyz", "/healthz?full=1", "/metrics"])
    L.t('%s - - [%s] "GET %s HTTP/1.1" 200 -' % (ip, ts_werk(t), path))
    return [L]


def n_klog():
    t = tick()
    L = Line("klog")
    msg = R.choice([
        'prober.go:116] "Probe succeeded" probeType="Readiness" pod="clinic/booking-api-7c9f8d6b5-x2kqp" podUID="%s" containerName="web"' % ruuid(),
        'kuberuntime_manager.go:1012] "Container is healthy" pod="clinic/wearables-sync-6d4b7c9f8-mm2tz" containerName="worker"',
        'event.go:307] "Event occurred" object="clinic/intake-web" kind="HorizontalPodAutoscaler" reason="SuccessfulRescale" message="New size: %d; reason: cpu resource utilization (percentage of request) above target"' % R.randint(3, 6),
        'reconciler.go:357] "operationExecutor.VerifyControllerAttachedVolume started for volume \\"fit-cache\\" (UniqueName: \\"kubernetes.io/empty-dir/%s-fit-cache\\")"' % ruuid(),
    ])
    L.t("%s       1 %s" % (ts_klog(t), msg))
    return [L]


def n_gunicorn():
    t = tick()
    L = Line("gunicorn")
    pid = R.randint(30, 900)
    L.t(R.choice([
        "[%s -0700] [%d] [INFO] Booting worker with pid: %d" % (t.strftime("%Y-%m-%d %H:%M:%S"), 1, pid),
        "[%s -0700] [%d] [INFO] Listening at: http://0.0.0.0:8000 (1)" % (t.strftime("%Y-%m-%d %H:%M:%S"), 1),
        "[%s -0700] [1] [CRITICAL] WORKER TIMEOUT (pid:%d)" % (t.strftime("%Y-%m-%d %H:%M:%S"), pid),
        "[%s -0700] [%d] [INFO] Worker exiting (pid: %d)" % (t.strftime("%Y-%m-%d %H:%M:%S"), pid, pid),
    ]))
    return [L]


def n_sidekiq():
    t = tick()
    L = Line("sidekiq_json")
    cls = R.choice(["MembershipBillingJob", "Mindbody::ClientSyncJob", "Jane::AppointmentPullJob", "ReminderBatchJob",
                    "Wearables::GarminBackfillJob", "GiftCards::ReconcileJob", "Pip::StatusPollJob", "SheetsExportJob"])
    msg = R.choice(["start", "done", "done", "done", "fail"])
    d = {"ts": ts_z(t), "pid": R.randint(7, 40), "tid": alnum(5), "lvl": "INFO" if msg != "fail" else "WARN", "msg": msg,
         "ctx": {"class": cls, "jid": hexs(24)}}
    if msg == "done":
        d["ctx"]["elapsed"] = round(R.uniform(0.05, 18.0), 3)
    if msg == "fail":
        d["ctx"]["elapsed"] = round(R.uniform(0.5, 30.0), 3)
        d["ctx"]["error_class"] = R.choice(["Net::ReadTimeout", "Faraday::ConnectionFailed", "Braintree::ServiceUnavailableError"])
    emit_json(L, d)
    return [L]


def n_rails_misc():
    t = tick()
    rid = ruuid()
    L = Line("rails_log")
    pid = R.randint(2000, 9000)
    kind = R.randint(0, 4)
    pre = "I, [%s #%d]  INFO -- : [%s] " % (ts_rails(t), pid, rid)
    if kind == 0:
        L.t(pre + 'Started GET "/admin/%s" for 10.0.%d.%d at %s -0700' % (
            R.choice(["dashboard", "memberships?status=past_due", "reports/daily_close", "gift_cards?page=3"]),
            R.randint(1, 9), R.randint(2, 250), t.strftime("%Y-%m-%d %H:%M:%S")))
    elif kind == 1:
        L.t(pre + "Completed %s in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (
            R.choice(["200 OK", "200 OK", "204 No Content", "302 Found", "422 Unprocessable Entity"]),
            R.randint(4, 900), R.uniform(0, 40), R.uniform(0.3, 90), R.randint(400, 90000)))
    elif kind == 2:
        L.t(pre + "  Rendered %s within layouts/admin (Duration: %.1fms | Allocations: %d)" % (
            R.choice(["admin/memberships/index.html.erb", "admin/reports/daily_close.html.erb", "admin/gift_cards/index.html.erb"]),
            R.uniform(1, 60), R.randint(300, 40000)))
    elif kind == 3:
        L.t("D, [%s #%d] DEBUG -- : [%s]   Membership Load (%.1fms)  SELECT \"memberships\".* FROM \"memberships\" WHERE \"memberships\".\"status\" = $1 AND \"memberships\".\"next_bill_on\" <= $2 LIMIT $3  [[\"status\", \"active\"], [\"next_bill_on\", \"2024-03-11\"], [\"LIMIT\", 500]]" % (
            ts_rails(t), pid, rid, R.uniform(0.3, 20)))
    else:
        L.t("W, [%s #%d]  WARN -- : [%s] Rack::Attack throttled 10.0.%d.%d on /webhooks/braintree (limit=300/5m)" % (
            ts_rails(t), pid, rid, R.randint(1, 9), R.randint(2, 250)))
    return [L]


UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15"]


def n_nginx():
    t = tick()
    L = Line("nginx_access")
    ip = "%d.%d.%d.%d" % (R.choice([66, 71, 97, 108, 184, 207]), R.randint(1, 254), R.randint(1, 254), R.randint(1, 254))
    path = R.choice(["/static/js/booking.8f3a1c.js", "/static/css/site.4be21d.css", "/favicon.ico", "/robots.txt",
                     "/locations/hawthorne", "/services/acupuncture", "/img/team/lan-vo.webp", "/wp-login.php", "/.env"])
    st = 404 if path in ("/wp-login.php", "/.env") else 200
    L.t('%s - - [%s] "GET %s HTTP/1.1" %d %d "-" "%s" rt=%.3f' % (ip, ts_nginx(t), path, st, R.randint(0, 90000), R.choice(UA), R.uniform(0, 0.2)))
    return [L]


def n_syslog():
    t = tick()
    L = Line("syslog")
    host = R.choice(["pdx-app-02", "pdx-app-03", "pdx-worker-01", "gg-pos-gw", "door-ctl-02"])
    L.t("%s %s %s" % (ts_syslog(t), host, R.choice([
        "CRON[%d]: (deploy) CMD (/srv/app/bin/rotate-fit-cache >/dev/null 2>&1)" % R.randint(1000, 30000),
        "systemd[1]: Started Daily apt download activities.",
        "systemd[1]: logrotate.service: Deactivated successfully.",
        "sshd[%d]: Accepted publickey for deploy from 10.0.9.%d port %d ssh2: ED25519 SHA256:%s" % (
            R.randint(1000, 30000), R.randint(2, 60), R.randint(40000, 65000), b64_blob(32)[:43]),
        "kernel: [%d.%06d] usb 1-1.3: new full-speed USB device number %d using xhci_hcd" % (R.randint(1000, 900000), R.randint(0, 999999), R.randint(3, 20)),
        "clamd[%d]: /srv/uploads/tmp/%s.heic: OK" % (R.randint(300, 900), ruuid()),
        "postfix/smtp[%d]: %s: to=<billing@cedarsagehealth.com>, relay=smtp.relay.internal[10.0.5.4]:587, delay=0.41, status=sent (250 2.0.0 OK)" % (
            R.randint(1000, 9000), hexs(10).upper()),
    ])))
    return [L]


def n_redis_pg():
    t = tick()
    if R.random() < 0.5:
        L = Line("redis")
        L.t("1:M %s.%03d %s" % (utc(t).strftime("%d %b %Y %H:%M:%S"), utc(t).microsecond // 1000, R.choice([
            "* 100 changes in 300 seconds. Saving...", "* Background saving started by pid %d" % R.randint(100, 9999),
            "* Background saving terminated with success", "# WARNING: 32 clients connected (maxclients 10000)"])))
    else:
        L = Line("postgres")
        L.t("%s [%d] %s" % (ts_pg(t), R.randint(20, 9000), R.choice([
            "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=%.3f s, sync=0.004 s, total=%.3f s" % (
                R.randint(10, 4000), R.uniform(0, 9), R.uniform(1, 30), R.uniform(1, 31)),
            "LOG:  automatic vacuum of table \"clinic.public.fit_records\": index scans: 1",
            "nwiw@clinic LOG:  duration: %.3f ms  statement: SELECT count(*) FROM appointments WHERE location_id = 3 AND starts_at::date = CURRENT_DATE" % R.uniform(200, 3000),
            "nwiw@clinic ERROR:  canceling statement due to statement timeout",
        ])))
    return [L]


def n_deploy():
    t = tick()
    L = Line("ci_deploy")
    b = R.randint(1800, 1899)
    L.t("%s deploy[%d]: build #%d sha=%s branch=main image=registry.cedarsage.internal/%s:2024.03.11-%d status=%s duration=%dm%02ds" % (
        ts_z(t), R.randint(100, 999), b, hexs(7), R.choice(["booking-api", "intake-web", "wearables-sync", "billing-worker"]), b,
        R.choice(["success", "success", "failed"]), R.randint(1, 9), R.randint(0, 59)))
    return [L]


def n_config():
    t = tick()
    L = Line("flask_app")
    loc = R.choice(LOCS)
    L.t("[%s] INFO in config: loaded settings env=production MINDBODY_SITE_ID=%d JANE_SYNC_INTERVAL=300 "
        "TWILIO_MESSAGING_SERVICE_SID=MG%s CLINIC=%s CLINIC_MAIN_PHONE=+1%s CLINIC_FAX=+1%s "
        "SUPPORT_EMAIL=frontdesk@cedarsagehealth.com BILLING_NPI=1457392680 EIN=93-1847261 PORT=8000 WORKERS=4 version=3.18.2" % (
            ts_flask(t), SITE_ID, hexs(32), loc[0], loc[6], loc[7]))
    return [L]


def n_braintree_noise():
    t = tick()
    L = Line("braintree_kv")
    k = R.choice(["disbursement", "check", "disbursement_exception", "sub_merchant_account_approved"])
    L.t("%s level=info logger=billing.webhooks kind=%s id=%s merchant_account_id=cedarsagehealth_usd amount=%.2f "
        "disbursement_date=2024-03-%02d transaction_ids=%d retry=false" % (ts_z(t), k, alnum(8), R.uniform(8000, 60000), R.randint(8, 12), R.randint(40, 400)))
    return [L]


def n_twilio_noise():
    t = tick()
    if R.random() < 0.5:
        L = Line("python_logging")
        L.t("%s - twilio.http_client - INFO - Response Status Code: %d" % (ts_flask(t), R.choice([201, 201, 200, 400, 429])))
        return [L]
    L = Line("celery")
    L.t("[%s: WARNING/ForkPoolWorker-%d] reminders.tasks.status_update[%s]: sid=SM%s status=undelivered ErrorCode=%d (%s)" % (
        ts_flask(t), R.randint(1, 8), ruuid(), hexs(32), *R.choice([(30007, "Carrier violation"), (30003, "Unreachable destination handset"),
                                                                 (30005, "Unknown destination handset"), (21610, "Attempt to send to unsubscribed recipient")])))
    return [L]


def n_twilio_debug():
    out = []
    acct = "AC" + hexs(32)
    for s in ["-- BEGIN Twilio API Request --", "POST Request: https://api.twilio.com/2010-04-01/Accounts/%s/Messages.json" % acct,
              "Headers:", "Content-Type : application/x-www-form-urlencoded", "Accept : application/json",
              "User-Agent : twilio-python/8.13.0 (Linux x86_64) Python/3.11.8", "X-Twilio-Client : python-8.13.0",
              "-- END Twilio API Request --"]:
        t = tick(0, 0)
        L = Line("python_logging")
        L.t("%s - twilio.http_client - INFO - %s" % (ts_flask(t), s))
        out.append(L)
    return out


def n_garmin_noise():
    t = tick()
    L = Line("structlog_kv")
    emit_kv(L, [("ts", ts_z(t)), ("level", "info"), ("logger", "wearables.garmin.backfill"),
                ("event", R.choice(["backfill window complete", "ping received", "pull token refreshed"])),
                ("summary_type", R.choice(["dailies", "sleeps", "epochs", "activities", "hrv"])),
                ("window_start", epoch(t) - 86400), ("window_end", epoch(t)), ("users", R.randint(20, 900)),
                ("records", R.randint(100, 40000)), ("http_429", R.randint(0, 5)), ("duration_ms", R.randint(200, 90000))])
    return [L]


def n_fit_noise():
    t = tick()
    r = R.random()
    if r < 0.4:
        L = Line("python_traceback")
        L.t("fitparse.utils.FitCRCError: CRC Mismatch [expected = 0x%04X, computed = 0x%04X] in /srv/fit/inbox/_unmatched/%s.fit" % (
            R.randint(0, 65535), R.randint(0, 65535), hexs(16)))
    elif r < 0.7:
        L = Line("fitcsv")
        L.t(R.choice(["Type,Local Number,Message,Field 1,Value 1,Units 1,Field 2,Value 2,Units 2,Field 3,Value 3,Units 3,Field 4,Value 4,Units 4",
                      "Definition,0,file_id,serial_number,1,,time_created,1,,manufacturer,1,,product,1,,type,1,",
                      "Definition,1,record,timestamp,1,,position_lat,1,,position_long,1,,heart_rate,1,,cadence,1,",
                      "Data,2,event,timestamp,\"%d\",s,event,\"0\",,event_type,\"0\",," % R.randint(1078000000, 1079999999)]))
    else:
        L = Line("structlog_kv")
        emit_kv(L, [("ts", ts_z(t)), ("level", "info"), ("logger", "wearables.fit.ingest"), ("event", "batch parsed"),
                    ("files", R.randint(1, 60)), ("records", R.randint(1000, 900000)), ("crc_errors", R.randint(0, 3)),
                    ("fit_sdk", "21.133.0"), ("took_ms", R.randint(40, 9000))])
    return [L]


def n_pos_noise():
    t = tick()
    loc = R.choice(LOCS)
    if R.random() < 0.5:
        L = Line("pos_pipe")
        L.t("RCPT|%s|R%d|T-%s-%04d|%s|%s|%s|%.2f|%s|" % (
            loc[0], R.randint(1, 3), t.strftime("%m%d"), R.randint(1, 300), t.strftime("%Y-%m-%d %H:%M"),
            R.choice(["GC SALE", "GC ACTIVATE", "RETAIL", "GC BAL INQ"]), "6035" + digits(12, "0123456789"), R.choice([25, 50, 100, 150]),
            R.choice(["VISA ****%s" % digits(4, "0123456789"), "CASH", "MC ****%s" % digits(4, "0123456789")])))
    else:
        L = Line("pos_log")
        L.t("%s POS/%s REG-%02d txn=T-%s-%04d GIFTCARD_ACTIVATE card=6035 %s %s %s amt=%.2f tender=%s auth=%s clerk=%s promo=SPRING24" % (
            t.strftime("%Y-%m-%d %H:%M:%S"), loc[0], R.randint(1, 3), t.strftime("%m%d"), R.randint(1, 300),
            digits(4, "0123456789"), digits(4, "0123456789"), digits(4, "0123456789"), R.choice([50, 75, 100, 200]),
            R.choice(["VISA ****4417", "AMEX ****1009", "MC ****8842", "CASH"]), hexs(6).upper(), R.choice(STAFF)[3]))
    return [L]


def n_sheets_noise():
    t = tick()
    L = Line("python_logging")
    L.t(R.choice([
        "%s - googleapiclient.discovery_cache - INFO - file_cache is only supported with oauth2client<4.0.0" % ts_flask(t),
        "%s - sheets.export - INFO - spreadsheetId=1%s range='PIP Tracker'!A1:K%d rows=%d took=%.2fs" % (
            ts_flask(t), b64_blob(30).replace("+", "x").replace("/", "_")[:43], R.randint(100, 900), R.randint(99, 899), R.uniform(0.4, 6)),
        "%s - sheets.export - WARNING - HttpError 429 when requesting https://sheets.googleapis.com/v4/spreadsheets/1%s/values:batchUpdate returned \"Quota exceeded for quota metric 'Write requests'\"" % (
            ts_flask(t), b64_blob(30).replace("+", "x").replace("/", "_")[:43]),
    ]))
    return [L]


def n_x12_ack():
    t = tick()
    L = Line("x12_999")
    L.t("ISA*00*          *00*          *ZZ*OFFICEALLY     *ZZ*CEDARSAGE      *%s*%s*^*00501*%09d*0*P*:~GS*FA*OFFICEALLY*CEDARSAGE*%s*%s*%d*X*005010X231A1~ST*999*0001*005010X231A1~AK1*HC*%d*005010X222A1~AK2*837*%04d*005010X222A1~IK5*A~AK9*A*1*1*1~SE*6*0001~GE*1*%d~IEA*1*%09d~" % (
        utc(t).strftime("%y%m%d"), utc(t).strftime("%H%M"), R.randint(1, 99999), utc(t).strftime("%Y%m%d"), utc(t).strftime("%H%M"),
        R.randint(100, 9999), R.randint(4000, 4200), R.randint(1, 9), R.randint(100, 9999), R.randint(1, 99999)))
    return [L]


def n_mindbody_noise():
    t = tick()
    r = R.random()
    if r < 0.5:
        L = Line("python_logging")
        L.t("%s - mindbody.client - WARNING - 429 Too Many Requests site=%d retry_after=%ds endpoint=/public/v6/appointment/staffappointments request_id=%s" % (
            ts_flask(t), SITE_ID, R.randint(2, 30), ruuid()))
    else:
        L = Line("jane_sync_kv")
        emit_kv(L, [("ts", ts_z(t)), ("level", "info"), ("logger", "jane.sync"), ("clinic", "cedar-sage-" + R.choice(["pdx", "van", "gg", "hou"])),
                    ("appointments_pulled", R.randint(0, 400)), ("patients_updated", R.randint(0, 40)), ("cursor", hexs(16)),
                    ("next_run", ts_z(t + dt.timedelta(minutes=5), ms=False)), ("took_ms", R.randint(80, 6000))])
    return [L]


def n_celery():
    t = tick()
    L = Line("celery")
    L.t("[%s: INFO/ForkPoolWorker-%d] Task %s[%s] succeeded in %.3fs: %s" % (
        ts_flask(t), R.randint(1, 8), R.choice(["reminders.tasks.dispatch_batch", "wearables.tasks.ingest_fit", "intake.tasks.ocr_card",
                                                 "billing.tasks.retry_past_due", "docintake.tasks.classify"]),
        ruuid(), R.uniform(0.01, 40), R.choice(["None", "{'sent': %d, 'skipped': %d}" % (R.randint(0, 300), R.randint(0, 20)), "True"])))
    return [L]


def n_staff():
    t = tick()
    L = Line("structlog_kv")
    s = staff()
    loc = R.choice(LOCS)
    emit_kv(L, [("ts", ts_z(t)), ("level", "info"), ("logger", "schedule.staff"), ("event", "shift published"),
                ("staff", s[3]), ("staff_name", "%s %s, %s" % (s[0], s[1], s[2])), ("location", loc[0]),
                ("shift", "%02d:00-%02d:00" % (R.randint(7, 10), R.randint(15, 19))), ("staff_phone", fmt_phone(loc[6], 1)),
                ("staff_email", "%s@cedarsagehealth.com" % s[3]), ("order", "ORD-2024-%06d" % R.randint(1000, 999999))])
    return [L]


def n_fax_noise():
    t = tick()
    L = Line("hylafax_xferfaxlog")
    f = R.choice(FIRMS)
    L.t("%s\tRECV\t%08d\tttyIAX0\t%s\t\"%s\"\t\"%s\"\t\"\"\t%d\t%d\t0:%02d:%02d\t0:%02d:%02d\t\"\"" % (
        t.strftime("%m/%d/%y %H:%M"), R.randint(1, 99999), f[3].replace("(", "").replace(") ", "").replace("-", ""),
        f[0].upper()[:20], f[3], R.randint(196, 204), R.randint(1, 6), R.randint(0, 3), R.randint(0, 59), R.randint(0, 3), R.randint(0, 59)))
    return [L]


def n_sentry():
    t = tick()
    L = Line("flask_app")
    L.t("[%s] WARNING in sentry_sdk.errors: Discarded session update because of missing release; event_id=%s trace_id=%s span_id=%s" % (
        ts_flask(t), hexs(32), hexs(32), hexs(16)))
    return [L]


def n_s3():
    t = tick()
    L = Line("structlog_kv")
    emit_kv(L, [("ts", ts_z(t)), ("level", "info"), ("logger", "uploads.s3"), ("event", "put_object"),
                ("bucket", "cs-intake-uploads"), ("key", "2024/03/11/%s-%s" % (ruuid(), R.choice(["insurance_card_front.heic", "id_back.jpg", "lop.pdf"]))),
                ("size", R.randint(40000, 4000000)), ("etag", hexs(32)), ("sse", "aws:kms")])
    return [L]


def n_billing_summary():
    t = tick()
    L = Line("structlog_kv")
    emit_kv(L, [("ts", ts_z(t)), ("level", "info"), ("logger", "billing.run"), ("event", "cycle complete"), ("cycle", "2024-03"),
                ("charged", R.randint(300, 700)), ("failed", R.randint(0, 30)), ("declined_codes", "2001:%d,2046:%d,2038:%d" % (R.randint(0, 9), R.randint(0, 9), R.randint(0, 9))),
                ("total_usd", "%.2f" % R.uniform(30000, 90000)), ("plans", "unlimited-monthly,4-visit,pt-gym-access")])
    return [L]


def n_bio_nomatch():
    t = tick()
    L = Line("door_ctl")
    L.t("%s door-ctl-%02d checkin[%d]: method=%s result=NO_MATCH score=%.3f door=%s fw=2.14.7" % (
        ts_off(t), R.randint(1, 4), R.randint(300, 999), R.choice(["palm", "finger"]), R.uniform(0.1, 0.6), R.choice(["PT-GYM-1", "PT-GYM-2", "STAFF-REAR"])))
    return [L]


def n_qa_test():
    t = tick()
    L = Line("rails_log")
    L.t('I, [%s #%d]  INFO -- : [%s]   Parameters: {"payment"=>{"client_id"=>"100000001", "card_number"=>"4111111111111111", "exp"=>"12/30", '
        '"name_on_card"=>"Test Client", "email"=>"qa+sandbox@cedarsagehealth.com", "amount"=>"1.00"}, "env"=>"staging"}' % (ts_rails(t), R.randint(2000, 9000), ruuid()))
    return [L]


NOISE = [(n_health, 6), (n_klog, 3), (n_gunicorn, 2), (n_sidekiq, 5), (n_rails_misc, 5), (n_nginx, 4), (n_syslog, 4),
         (n_redis_pg, 3), (n_deploy, 2), (n_config, 1), (n_braintree_noise, 2), (n_twilio_noise, 3), (n_twilio_debug, 1),
         (n_garmin_noise, 2), (n_fit_noise, 3), (n_pos_noise, 3), (n_sheets_noise, 2), (n_x12_ack, 1), (n_mindbody_noise, 3),
         (n_celery, 3), (n_staff, 2), (n_fax_noise, 1), (n_sentry, 1), (n_s3, 2), (n_billing_summary, 1), (n_bio_nomatch, 2),
         (n_qa_test, 1)]

# ============================================================================= PHI generators


def g_mindbody():
    p = pick()
    t = tick()
    L = Line("mindbody_webhook_json")
    kind = R.choice(["client.created", "client.updated", "appointmentBooking.created", "appointmentBooking.created",
                     "appointmentBooking.updated", "classRosterBooking.created"])
    s = staff()
    loc = p["loc"]
    if kind.startswith("client"):
        ev = {"siteId": SITE_ID, "clientId": T(p["cid"], "mrn"), "clientUniqueId": T(p["cuid"], "mrn"),
              "creationDateTime": ts_z(t, ms=False), "status": R.choice(["Non-Member", "Active", "Expired"]),
              "firstName": T(p["first"], "name"), "lastName": T(p["last"], "name"), "email": T(p["email"], "email"),
              "mobilePhone": T(fmt_phone(p["phone"], R.choice([0, 1, 3])), "phone"), "homePhone": None, "workPhone": None,
              "addressLine1": T(p["street"], "address"), "addressLine2": "", "city": T(p["city"], "address"), "state": p["st"],
              "postalCode": T(p["zip"], "zip"), "country": "US", "birthDateTime": T(p["dob"].isoformat() + "T00:00:00", "date"),
              "gender": {"F": "Female", "M": "Male"}[p["sex"]], "firstAppointmentDateTime": None,
              "referredBy": R.choice(["Google", "Instagram", "Attorney referral", "Friend/Family"]), "isProspect": False,
              "isCompany": False, "liabilityRelease": True, "membershipIcon": 0, "mobileProvider": None, "notes": ""}
        if kind == "client.updated" and R.random() < 0.5:
            ev["emergencyContactInfoName"] = T(rel_name(p), "name")
            ev["emergencyContactInfoPhone"] = T(fmt_phone(p["rel_phone"], 3), "phone")
            ev["emergencyContactInfoRelationship"] = p["rel"].capitalize()
    elif kind.startswith("appointment"):
        a = appt_time()
        svc = R.choice(SERVICES)
        ev = {"siteId": SITE_ID, "appointmentId": R.randint(140000, 199999), "status": R.choice(["Booked", "Confirmed", "Arrived"]),
              "isConfirmed": R.random() < 0.5, "hasArrived": False, "locationId": loc[8], "clientId": T(p["cid"], "mrn"),
              "clientFirstName": T(p["first"], "name"), "clientLastName": T(p["last"], "name"), "clientEmail": T(p["email"], "email"),
              "clientPhone": T(fmt_phone(p["phone"], 3), "phone"), "staffId": 100000000 + STAFF.index(s) * 7 + 3,
              "staffFirstName": s[0], "staffLastName": s[1], "startDateTime": T(a.strftime("%Y-%m-%dT%H:%M:%S"), "date"),
              "endDateTime": T((a + dt.timedelta(minutes=svc[1])).strftime("%Y-%m-%dT%H:%M:%S"), "date"),
              "durationMinutes": svc[1], "resourceId": None, "notes": "", "formulaNotes": None,
              "icdCodes": [], "providerId": None, "serviceId": R.randint(1000, 1200), "serviceName": svc[0]}
        if R.random() < 0.3:
            ev["notes"] = C(["PIP - ", p["carrier"], " claim ", T(p["claim"], "other_id"), ", DOI ", T(fmt_date(p["doi"], "us1"), "date")])
    else:
        a = appt_time(lo=0, hi=7)
        ev = {"siteId": SITE_ID, "locationId": loc[8], "classId": R.randint(30000, 39999), "classRosterBookingId": R.randint(900000, 999999),
              "classStartDateTime": T(a.strftime("%Y-%m-%dT%H:%M:%SZ"), "date"),
              "classEndDateTime": T((a + dt.timedelta(minutes=50)).strftime("%Y-%m-%dT%H:%M:%SZ"), "date"),
              "signedInStatus": "Reserved", "staffId": 100000031, "staffName": "Jordan Kim", "maxCapacity": 12, "webCapacity": 10,
              "totalBooked": R.randint(3, 12), "webBooked": R.randint(1, 10), "totalWaitlisted": 0,
              "clientId": T(p["cid"], "mrn"), "clientUniqueId": T(p["cuid"], "mrn"), "clientFirstName": T(p["first"], "name"),
              "clientLastName": T(p["last"], "name"), "clientEmail": T(p["email"], "email"),
              "clientPhone": T(fmt_phone(p["phone"], 3), "phone"), "itemId": R.randint(1000, 9999),
              "itemName": "Mobility & Core (PT-led) - 10 class pack", "itemSiteId": None, "itemIsIntroOffer": False}
    body = {"messageId": b64_blob(16).rstrip("="), "eventId": kind, "eventSchemaVersion": 1,
            "eventInstanceOriginationDateTime": ts_z(t, ms=False), "eventData": ev}
    if R.random() < 0.5:
        L.t("[%s] INFO in hooks.mindbody: webhook received sig_ok=True body=" % ts_flask(t))
        emit_json(L, body, ascii=True, sp=True)
    else:
        emit_json(L, body)
    return [L]


def g_jane():
    p = pick()
    t = tick()
    L = Line("jane_webhook_json")
    a = appt_time()
    s = staff()
    svc = R.choice(SERVICES)
    pat = {"id": T(p["jane"], "mrn"), "first_name": T(p["first"], "name"), "last_name": T(p["last"], "name"),
           "preferred_name": T(first_of(p, True), "name") if R.random() < 0.3 else None,
           "email": T(p["email"], "email"), "mobile_phone": T(fmt_phone(p["phone"], 0), "phone"),
           "birth_date": T(p["dob"].isoformat(), "date"), "sex": {"F": "female", "M": "male"}[p["sex"]]}
    if R.random() < 0.2:
        pat["personal_health_number"] = T("9" + digits(9, "0123456789"), "health_plan")
    if R.random() < 0.35:
        pat["emergency_contact"] = {"name": T(rel_name(p), "name"), "phone": T(fmt_phone(p["rel_phone"], 1), "phone"), "relationship": p["rel"]}
    if R.random() < 0.3:
        pat["website"] = T(p["social"], "url")
    ev = R.choice(["appointment.booked", "appointment.rescheduled", "appointment.arrived", "appointment.no_show"])
    body = {"event": ev, "sent_at": ts_off(t), "clinic": "cedar-sage-" + R.choice(["pdx", "van", "gg", "hou"]),
            "data": {"appointment": {"id": R.randint(800000, 899999), "start_at": T(ts_off(a), "date"),
                                     "end_at": T(ts_off(a + dt.timedelta(minutes=svc[1])), "date"), "state": ev.split(".")[1],
                                     "treatment": {"id": R.randint(10, 99), "name": svc[0], "duration": svc[1]},
                                     "staff_member": {"id": R.randint(10, 40), "full_name": "%s %s, %s" % s[:3]},
                                     "location": {"id": p["loc"][8], "name": p["loc"][1]}, "patient": pat}}}
    if R.random() < 0.5:
        L.t('I, [%s #%d]  INFO -- : [%s] Jane::WebhookReceiver payload=' % (ts_rails(t), R.randint(2000, 9000), ruuid()))
    emit_json(L, body)
    return [L]


SOAP = {
    "en": {
        "S": [["pt c/o LBP ", "{pain}", "/10 since MVA on ", "{doi}", ", worse w/ sitting >20 min, denies N/T"],
              ["pt reports neck stiff + HA x3 days after rear-ended ", "{doi}", ", no LOC, no blurry vision"],
              ["f/u R knee s/p ACL recon, pain ", "{pain}", "/10 on stairs, ice helps, back to light jogging"],
              ["c/o insomnia + stress, wants to try acu, hx anxiety, on sertraline 50mg qd"],
              ["pt states mid back tight since car accident ", "{doi}", ", sleeping ok, 4/10 today"]],
        "O": [["+SLR L @ 45deg, hypertonic L QL/glute med, restricted L SI jnt, lumbar flex 60%"],
              ["cerv ROM rot R 50 L 65, TTP C5-C6 paraspinals, traps hypertonic bilat"],
              ["R knee flex 110 ext -3, quad lag min, gait WNL w/o AD"],
              ["tongue pale w/ thin white coat, pulse wiry L guan, BP 128/82"],
              ["TTP T4-T8 paraspinals, rib spring + R T6, thoracic rot limited L"]],
        "A": [["lumbar sprain/strain S33.5XXA, SI jnt dysfxn M53.3, improving"],
              ["cervicalgia M54.2, whiplash S13.4XXA"],
              ["s/p ACL recon, progressing per protocol"],
              ["Liver qi stagnation w/ Spleen qi def"],
              ["thoracic sprain S23.3XXA"]],
        "P": [["CMT L/S + SI, e-stim 15 min, ice, RTC 2x/wk x4wk, next ", "{appt}"],
              ["massage 60 min deep tissue traps/lev scap, pt to bring PIP claim # + LOP next visit ", "{appt}"],
              ["TherEx SLR 3x10, TKE 3x15, bike 10 min; dispensed home TENS SN ", "{tens}", ", f/u ", "{appt}"],
              ["acu LI4 LV3 GB20 SP6 yintang 30 min, cupping upper back, RTC ", "{appt}"],
              ["CMT thoracic, cupping, HEP foam roller, RTC ", "{appt}"]],
    },
    "es": {
        "S": [["pte refiere dolor lumbar ", "{pain}", "/10 desde accidente de auto el ", "{doi}", ", empeora al estar sentada"],
              ["pte con cefalea y rigidez cervical desde el choque ", "{doi}", ", dice q no duerme bien"],
              ["dolor hombro izq al levantar brazo, sin adormecimiento"]],
        "O": [["dolor a la palpacion L4-L5, SLR neg, Lasegue neg"], ["contractura trapecio bilat, ROM cervical limitado rot der"],
              ["dolor a la abduccion >90, Neer +, fuerza 4/5"]],
        "A": [["lumbalgia mecanica M54.5, mejorando"], ["esguince cervical S13.4XXA"], ["tendinitis supraespinoso M75.1"]],
        "P": [["ajuste quiropractico, ejercicios McKenzie, control ", "{appt}"],
              ["acupuntura + masaje 60 min, hielo en casa, proxima cita ", "{appt}"],
              ["masaje + ejercicios con banda elastica, control ", "{appt}"]],
    },
    "vi": {
        "S": [["BN than dau lung duoi ", "{pain}", "/10 tu sau tai nan xe ", "{doi}", ", te chan trai"],
              ["bệnh nhân đau cổ vai gáy sau tai nạn ngày ", "{doi}", ", mất ngủ 2 tuần"],
              ["BN met moi, an kem, dau dau buoi sang"]],
        "O": [["co cung co lung, an dau L4-L5, SLR (-)"], ["mạch huyền, lưỡi đỏ rêu vàng mỏng, co thang cứng"],
              ["mach tram te, luoi nhat reu trang"]],
        "A": [["dau that lung do chan thuong"], ["đau vai gáy do chấn thương, khí trệ huyết ứ"], ["ty hu, khi huyet hu"]],
        "P": [["cham cuu 2 lan/tuan x 3 tuan, giac hoi, tai kham ", "{appt}"],
              ["châm cứu + xoa bóp bấm huyệt, hẹn tái khám ", "{appt}"],
              ["cham cuu bo khi, tu van an uong, tai kham ", "{appt}"]],
    },
}


def soap_parts(p, lang, field, appt, k=None):
    opts = SOAP[lang][field]
    tpl = opts[k % len(opts)] if k is not None else R.choice(opts)
    out = C()
    for x in tpl:
        if x == "{pain}":
            out.append(str(R.randint(2, 8)))
        elif x == "{doi}":
            st = {"en": R.choice(["md", "us2", "us1", "mon"]), "es": R.choice(["dm", "eu1", "eu"]), "vi": R.choice(["dm", "eu1"])}[lang]
            out.append(T(fmt_date(p["doi"], st), "date"))
        elif x == "{appt}":
            if lang == "en":
                out.append(T(R.choice(["%s %d/%d" % (WD[appt.weekday()], appt.month, appt.day), "%d/%d" % (appt.month, appt.day),
                                       "%s %d/%d %s" % (WD[appt.weekday()], appt.month, appt.day, hm12(appt))]), "date"))
            elif lang == "es":
                out.append(T("%s %d/%d" % (DIA[appt.weekday()], appt.day, appt.month), "date"))
            else:
                out.append(T("%d/%d" % (appt.day, appt.month), "date"))
        elif x == "{tens}":
            out.append(T(p["tens"], "device"))
        else:
            out.append(typo(x) if lang == "en" else x)
    return out


def g_soap(old=0.2):
    lang = R.choice(["en", "en", "es", "vi"])
    p = pick(lang if lang != "en" else None, old=old)
    s = staff()
    appt = appt_time(lo=2, hi=14)
    dos = NOW[0].date() - dt.timedelta(days=R.choice([0, 0, 0, 1, 2]))
    note = "NT-%d" % R.randint(80000, 99999)
    k = R.randint(0, 11)
    out = []
    t = tick()
    L = Line("emr_autosave_kv")
    L.t("%s INFO emr.notes " % ts_flask(t))
    style = R.choice(["LF", "LFa", "FL", "LFU", "VI" if p["lang"] == "vi" else "FLa"])
    items = [("action", "autosave"), ("section", "header"), ("note", note), ("chart", p["chart"], "mrn"), ("author", s[3]),
             ("pt", name_full(p, style), "name")]
    if p["age"] >= 90:
        items.append(("age_sex", C([T(str(p["age"]), "age"), " y/o " + p["sex"]])))
    else:
        items.append(("dob", fmt_date(p["dob"], R.choice(["us", "iso", "us1"])), "date"))
    items.append(("dos", fmt_date(dos, "iso"), "date"))
    items.append(("visit_type", R.choice(["PIP", "cash", "insurance", "membership"])))
    emit_kv(L, items)
    out.append(L)
    for f in "SOAP":
        t = tick(1, 40)
        L = Line("emr_autosave_kv")
        L.t("%s INFO emr.notes " % ts_flask(t))
        parts = soap_parts(p, lang, f, appt, k)
        emit_kv(L, [("action", "autosave"), ("note", note), ("field", f), ("len", sum(len(str(x.v if isinstance(x, T) else x)) for x in parts))])
        L.t(" text=")
        L.t('"')
        put(L, parts, lambda z: z.replace('"', '\\"'))
        L.t('"')
        out.append(L)
    if R.random() < 0.3:
        t = tick()
        L = Line("emr_autosave_kv")
        L.t("%s INFO emr.notes signed note=%s author=%s cosign=none locked=true" % (ts_flask(t), note, s[3]))
        out.append(L)
    return out


def g_soap_json():
    p = pick()
    t = tick()
    s = staff()
    appt = appt_time(lo=2, hi=14)
    lang = p["lang"] if R.random() < 0.6 else "en"
    k = R.randint(0, 11)
    L = Line("emr_note_json")
    body = C()
    for f in "SOAP":
        if f != "S":
            body.append("\n")
        body.append(f + ": ")
        body.extend(soap_parts(p, lang, f, appt, k))
    if R.random() < 0.4:
        body.extend(["\npt shared run log ", T(p["social"], "url")])
    doc = {"noteId": "NT-%d" % R.randint(80000, 99999), "clientId": T(p["cid"], "mrn"),
           "dateOfService": T(fmt_date(NOW[0].date(), "iso"), "date"), "author": "%s %s %s" % (s[0], s[1], s[2]),
           "template": "SOAP-short", "body": body, "status": "draft"}
    L.t("[%s] DEBUG in notes.api: PATCH /api/notes payload=" % ts_flask(t))
    emit_json(L, doc, ascii=R.random() < 0.5)
    return [L]


def g_intake_multipart():
    p = pick()
    out = []
    t = tick()
    L = Line("gunicorn_access")
    L.t('10.0.2.%d - - [%s] "POST /intake/submit?loc=%s HTTP/1.1" 302 0 "https://cedarsagehealth.com/intake/new" "%s" xff=' % (
        R.randint(10, 30), ts_nginx(t), p["loc"][0].lower(), R.choice(UA)))
    L.p(p["ip"], "ip")
    out.append(L)
    t = tick(0, 1)
    L = Line("flask_multipart_dump")
    bnd = "----WebKitFormBoundary" + alnum(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    L.t("[%s] DEBUG in intake.views: raw body content-type=multipart/form-data; boundary=%s len=%d: " % (ts_flask(t), bnd, R.randint(1800, 1400000)))
    fields = [("first_name", p["first"], "name"), ("last_name", p["last"], "name"),
              ("dob", fmt_date(p["dob"], R.choice(["us", "us1", "iso", "mdash"])), "date"), ("sex", p["sex"], None),
              ("mobile", fmt_phone(p["phone"]), "phone"), ("email", p["email"], "email"),
              ("address1", p["street"], "address"), ("city", p["city"], "address"), ("state", p["st"], None),
              ("zip", p["zip"], "zip"), ("ec_name", rel_name(p), "name"), ("ec_phone", fmt_phone(p["rel_phone"]), "phone"),
              ("reason", R.choice(["low back pain after car accident", "neck pain / headaches", "stress, sleep", "knee rehab",
                                   "dolor de espalda", "đau vai gáy"]), None)]
    if R.random() < 0.5:
        fields += [("insurance_carrier", p["payer"][0], None), ("member_id", p["member"], "health_plan"), ("group_no", p["group"], None)]
    if R.random() < 0.4:
        fields += [("auto_claim_no", p["claim"], "other_id"), ("date_of_accident", fmt_date(p["doi"], "us"), "date")]
    if R.random() < 0.3:
        fields += [("social_handle", p["social"], "url")]
    fields += [("typed_signature", name_full(p, "FL"), "name"), ("consent_hipaa", "on", None)]
    for k, v, cat in fields:
        L.t("--%s\\r\\nContent-Disposition: form-data; name=\"%s\"\\r\\n\\r\\n" % (bnd, k))
        L.p(v, cat)
        L.t("\\r\\n")
    L.t("--%s\\r\\nContent-Disposition: form-data; name=\"id_front\"; filename=\"IMG_%d.HEIC\"\\r\\nContent-Type: image/heic\\r\\n\\r\\n<binary %d bytes omitted>\\r\\n--%s--\\r\\n" % (
        bnd, R.randint(1000, 9999), R.randint(800000, 3000000), bnd))
    out.append(L)
    return out


def g_intake_urlenc(mode=None):
    p = pick()
    t = tick()
    L = Line("flask_urlencoded")
    L.t("[%s] INFO in intake.views: POST /intake/quick remote_addr=" % ts_flask(t))
    L.p(p["ip"], "ip")
    L.t(" form=")
    items = [("first_name", p["first"] if R.random() < 0.7 else fold(p["first"]), "name"), ("last_name", p["last"], "name"),
             ("dob", fmt_date(p["dob"], R.choice(["us", "us2", "iso", "eu"])), "date"), ("phone", fmt_phone(p["phone"]), "phone"),
             ("email", p["email"], "email")]
    r = R.random()
    if mode == "ssn" or (mode is None and r < 0.25):
        items += [("ssn", p["ssn"], "ssn"), ("dl_number", p["dl"], "license"), ("dl_state", p["st"])]
    elif r < 0.45:
        items += [("home_fax", fmt_phone(p["fax"], 1), "fax"), ("preferred_contact", "fax")]
    elif r < 0.7:
        items += [("street", p["street"], "address"), ("city", p["city"], "address"), ("county", p["county"], "address"),
                  ("state", p["st"]), ("postal_code", p["zip"], "zip")]
    elif r < 0.85:
        items += [("how_heard", "instagram"), ("social_url", p["social"], "url")]
    else:
        items += [("vehicle_vin", p["vin"], "vehicle"), ("plate", p["plate"], "vehicle"), ("pip_carrier", p["carrier"]),
                  ("pip_policy", p["policy"], "health_plan")]
    items += [("location", p["loc"][0]), ("utm_source", R.choice(["google", "ig", "attorney", ""])), ("csrf_token", "[redacted]")]
    emit_form(L, items)
    return [L]


def bt_xml_customer(L, p, kind):
    sub = p["bt_sub"]
    L.t("<subscription><id>").p(sub, "account").t("</id><plan-id>%s</plan-id><status>%s</status><next-billing-date>2024-04-%02d</next-billing-date>" % (
        R.choice(["membership-unlimited-monthly", "acu-4-visit-monthly", "pt-gym-access"]),
        {"subscription_charged_successfully": "Active", "subscription_charged_unsuccessfully": "Past Due",
         "subscription_went_past_due": "Past Due", "subscription_canceled": "Canceled"}[kind], R.randint(1, 28)))
    L.t("<transactions type=\"array\"><transaction><id>%s</id><status>%s</status><amount>%.2f</amount><customer><id>" % (
        alnum(8), "settling" if kind.endswith("successfully") and "un" not in kind else "processor_declined", R.choice([89, 129, 149, 199])))
    L.p(p["bt_cust"], "account").t("</id><first-name>").p(fold(p["first"]) if R.random() < 0.5 else p["first"], "name")
    L.t("</first-name><last-name>").p(p["last"], "name").t("</last-name><email>").p(p["email"], "email").t("</email></customer>")
    L.t("<credit-card><token>").p(p["bt_tok"], "account").t("</token><bin>%s</bin><last-4>%s</last-4><card-type>%s</card-type><cardholder-name>" % (
        R.choice(["537012", "414720", "601100", "371449"]), digits(4, "0123456789"), R.choice(["Visa", "MasterCard", "Discover"])))
    L.p(name_full(p, "FLU"), "name").t("</cardholder-name></credit-card></transaction></transactions></subscription>")


def g_rails_braintree():
    p = pick()
    rid = ruuid()
    pid = R.randint(2000, 9000)
    kind = R.choice(["subscription_charged_successfully", "subscription_charged_unsuccessfully", "subscription_went_past_due", "subscription_canceled"])
    out = []
    t = tick()
    L = Line("rails_log")
    L.t('I, [%s #%d]  INFO -- : [%s] Started POST "/webhooks/braintree" for 10.0.7.%d at %s -0700' % (ts_rails(t), pid, rid, R.randint(2, 60), t.strftime("%Y-%m-%d %H:%M:%S")))
    out.append(L)
    t = tick(0, 0)
    L = Line("rails_log")
    L.t('I, [%s #%d]  INFO -- : [%s] Processing by Webhooks::BraintreeController#create as */*' % (ts_rails(t), pid, rid))
    out.append(L)
    t = tick(0, 0)
    L = Line("rails_log")
    pay = base64.b64encode(('<?xml version="1.0" encoding="UTF-8"?>\n<notification>\n  <kind>%s</kind>\n  <timestamp type="datetime">%s</timestamp>\n' % (kind, ts_z(t, ms=False))).encode()).decode()
    L.t('I, [%s #%d]  INFO -- : [%s]   Parameters: {"bt_signature"=>"[FILTERED]", "bt_payload"=>"%s...(truncated %d chars)"}' % (ts_rails(t), pid, rid, pay, R.randint(1500, 5000)))
    out.append(L)
    t = tick(0, 0)
    L = Line("braintree_webhook_xml")
    L.t("D, [%s #%d] DEBUG -- : [%s] BraintreeWebhook parsed kind=%s subject=" % (ts_rails(t), pid, rid, kind))
    bt_xml_customer(L, p, kind)
    out.append(L)
    if kind != "subscription_charged_successfully" and R.random() < 0.6:
        t = tick(0, 1)
        L = Line("rails_log")
        L.t("I, [%s #%d]  INFO -- : [%s] Membership " % (ts_rails(t), pid, rid)).p(p["member_no"], "account")
        L.t(" status -> past_due; queued SMS + email to client ").p(p["cid"], "mrn")
        out.append(L)
    t = tick(0, 1)
    L = Line("rails_log")
    L.t("I, [%s #%d]  INFO -- : [%s] Completed 200 OK in %dms (ActiveRecord: %.1fms | Allocations: %d)" % (ts_rails(t), pid, rid, R.randint(20, 300), R.uniform(2, 40), R.randint(2000, 20000)))
    out.append(L)
    return out


def g_bt_inspect():
    p = pick()
    t = tick()
    L = Line("ruby_inspect")
    code, txt = R.choice([("2001", "Insufficient Funds"), ("2046", "Declined"), ("2038", "Processor Declined"), ("1000", "Approved")])
    L.t("W, [%s #%d]  WARN -- : [%s] MembershipCharge result=%s txn=#<Braintree::Transaction id: \"%s\", type: \"sale\", amount: 0.%se2, status: \"%s\", processor_response_code: \"%s\", processor_response_text: \"%s\", " % (
        ts_rails(t), R.randint(2000, 9000), ruuid(), "success" if code == "1000" else "failure", alnum(8), R.choice(["89", "129", "149"]),
        "submitted_for_settlement" if code == "1000" else "processor_declined", code, txt))
    L.t("customer_details: #<CustomerDetails id: \"").p(p["bt_cust"], "account").t("\", first_name: \"").p(p["first"], "name")
    L.t("\", last_name: \"").p(p["last"], "name").t("\", email: \"").p(p["email"], "email").t("\", phone: \"").p(fmt_phone(p["phone"], 1), "phone")
    L.t("\">, credit_card_details: #<CreditCardDetails token: \"").p(p["bt_tok"], "account")
    L.t("\", bin: \"%s\", last_4: \"%s\", card_type: \"%s\", expiration_date: \"%02d/20%d\", cardholder_name: \"" % (
        R.choice(["537012", "414720", "601100"]), digits(4, "0123456789"), R.choice(["Visa", "MasterCard", "Discover"]), R.randint(1, 12), R.randint(25, 30)))
    L.p(name_full(p, R.choice(["FLU", "FLa"])), "name").t("\", customer_location: \"US\">, subscription_id: \"").p(p["bt_sub"], "account")
    L.t("\", merchant_account_id: \"cedarsagehealth_usd\", created_at: %s UTC>" % utc(t).strftime("%Y-%m-%d %H:%M:%S"))
    return [L]


def g_card_leak():
    p = pick()
    t = tick()
    rid = ruuid()
    pid = R.randint(2000, 9000)
    out = []
    L = Line("rails_log")
    L.t('I, [%s #%d]  INFO -- : [%s] Started POST "/admin/legacy_payments" for 10.0.%d.%d at %s -0700' % (
        ts_rails(t), pid, rid, R.randint(1, 9), R.randint(2, 250), t.strftime("%Y-%m-%d %H:%M:%S")))
    out.append(L)
    t = tick(0, 0)
    L = Line("rails_log")
    L.t('I, [%s #%d]  INFO -- : [%s]   Parameters: ' % (ts_rails(t), pid, rid))
    card = luhn(R.choice(["4539", "4716", "5425", "5178", "6011"]), 16)
    if R.random() < 0.4:
        card = " ".join(card[i:i + 4] for i in range(0, 16, 4))
    emit_ruby(L, {"utf8": "✓", "authenticity_token": "[FILTERED]",
                  "payment": {"client_id": T(p["cid"], "mrn"), "card_number": T(card, "account"), "exp": "%02d/%d" % (R.randint(1, 12), R.randint(25, 30)),
                              "cvv": "[FILTERED]", "name_on_card": T(name_full(p, R.choice(["FL", "FLU"])), "name"),
                              "amount": "%.2f" % R.choice([65, 89, 120]), "billing_zip": T(p["zip"][:5], "zip")}, "commit": "Charge"})
    out.append(L)
    return out


def g_garmin():
    p = pick()
    t = tick()
    L = Line("garmin_push_json")
    cd = NOW[0].date() - dt.timedelta(days=R.randint(1, 3))
    start = dt.datetime(cd.year, cd.month, cd.day)
    if R.random() < 0.6:
        d = {"dailies": [{"userId": T(p["garmin_uid"], "other_id"), "summaryId": "x%s-%s" % (hexs(7), hexs(8)),
                          "calendarDate": T(cd.isoformat(), "date"), "activityType": "WALKING", "durationInSeconds": 86400,
                          "startTimeInSeconds": epoch(start), "startTimeOffsetInSeconds": -25200, "steps": R.randint(900, 22000),
                          "distanceInMeters": round(R.uniform(600, 16000), 1), "activeTimeInSeconds": R.randint(600, 9000),
                          "activeKilocalories": R.randint(40, 1400), "bmrKilocalories": R.randint(1200, 1900),
                          "minHeartRateInBeatsPerMinute": R.randint(40, 60), "averageHeartRateInBeatsPerMinute": R.randint(60, 85),
                          "maxHeartRateInBeatsPerMinute": R.randint(110, 185), "restingHeartRateInBeatsPerMinute": R.randint(44, 72),
                          "averageStressLevel": R.randint(15, 60), "bodyBatteryChargedValue": R.randint(20, 80),
                          "bodyBatteryDrainedValue": R.randint(20, 80)}]}
    else:
        d = {"sleeps": [{"userId": T(p["garmin_uid"], "other_id"), "summaryId": "x%s-%s" % (hexs(7), hexs(8)),
                         "calendarDate": T(cd.isoformat(), "date"), "durationInSeconds": R.randint(14000, 32000),
                         "startTimeInSeconds": epoch(start) - 7200, "startTimeOffsetInSeconds": -25200,
                         "deepSleepDurationInSeconds": R.randint(2000, 7000), "lightSleepDurationInSeconds": R.randint(9000, 16000),
                         "remSleepInSeconds": R.randint(2000, 7000), "awakeDurationInSeconds": R.randint(100, 3000),
                         "validation": "ENHANCED_FINAL", "overallSleepScore": {"value": R.randint(40, 95), "qualifierKey": "GOOD"}}]}
    L.t("%s level=info logger=wearables.garmin msg=\"push received\" client_id=" % ts_z(t)).p(p["cid"], "mrn").t(" body=")
    emit_json(L, d)
    return [L]


def g_garmin_link():
    p = pick()
    t = tick()
    L = Line("structlog_kv")
    emit_kv(L, [("ts", ts_z(t)), ("level", "info"), ("logger", "wearables.link"), ("event", "device linked"),
                ("client_id", p["cid"], "mrn"), ("provider", "garmin"), ("garmin_user_id", p["garmin_uid"], "other_id"),
                ("unit_id", p["unit_id"], "device"), ("product", p["wear"][1]), ("fw", "%d.%02d" % (R.randint(15, 20), R.randint(0, 40))),
                ("consent_scope", "HEALTH_EXPORT,ACTIVITY_EXPORT"), ("consented_by", name_full(p, "FLa"), "name")])
    return [L]


def g_fitbit():
    p = pick(old=0.3)
    t = tick()
    L = Line("fitbit_json")
    if R.random() < 0.5:
        u = {"user": {"encodedId": T(p["fitbit_id"], "other_id"), "fullName": T(name_full(p, "FL"), "name"),
                      "displayName": T(first_of(p) + " " + fold(p["last"])[0] + ".", "name"),
                      "dateOfBirth": T(p["dob"].isoformat(), "date"), "age": T(p["age"], "age") if p["age"] >= 90 else p["age"],
                      "gender": {"F": "FEMALE", "M": "MALE"}[p["sex"]], "height": round(R.uniform(150, 192), 1),
                      "weight": round(R.uniform(48, 110), 1), "memberSince": "20%02d-%02d-%02d" % (R.randint(14, 23), R.randint(1, 12), R.randint(1, 28)),
                      "timezone": "America/Los_Angeles", "avatar": "https://static0.fitbit.com/images/profile/defaultProfile_100.png",
                      "strideLengthWalking": round(R.uniform(60, 80), 1), "locale": "en_US"}}
        L.t("[%s] INFO in wearables.fitbit: GET /1/user/-/profile.json -> 200 " % ts_flask(t))
    else:
        u = [{"battery": R.choice(["High", "Medium", "Low"]), "batteryLevel": R.randint(5, 100), "deviceVersion": R.choice(["Charge 6", "Inspire 3", "Sense 2", "Versa 4"]),
              "features": [], "id": T(p["fitbit_dev"], "device"), "lastSyncTime": (NOW[0] - dt.timedelta(hours=R.randint(1, 30))).strftime("%Y-%m-%dT%H:%M:%S.000"),
              "mac": T(p["mac"].replace(":", ""), "device"), "type": "TRACKER"}]
        L.t("[%s] INFO in wearables.fitbit: GET /1/user/" % ts_flask(t)).p(p["fitbit_id"], "other_id").t("/devices.json -> 200 ")
    emit_json(L, u, ascii=True)
    return [L]


def g_fit_dump():
    p = pick(old=0.3)
    out = []
    act = dt.datetime.combine(NOW[0].date() - dt.timedelta(days=R.randint(1, 4)), dt.time(R.randint(6, 18), R.randint(0, 59), R.randint(0, 59)))
    t = tick()
    L = Line("fitdump_text")
    L.t("%s pdx-worker-01 fitdump[%d]: /srv/fit/inbox/" % (ts_syslog(t), R.randint(1000, 30000))).p(p["cid"], "mrn").t("/").p(act.strftime("%Y-%m-%d-%H-%M-%S"), "date").t(".fit (%d bytes)" % R.randint(30000, 900000))
    out.append(L)
    L = Line("fitdump_text")
    L.t(" file_id: type=activity manufacturer=garmin product=%s serial_number=" % p["wear"][1]).p(p["unit_id"], "device")
    L.t(" time_created=").p(act.strftime("%Y-%m-%d %H:%M:%S"), "date")
    out.append(L)
    L = Line("fitdump_text")
    L.t(" user_profile: friendly_name=").p(p["user"], "other_id").t(" gender=%s age=" % {"F": "female", "M": "male"}[p["sex"]])
    L.p(p["age"], "age" if p["age"] >= 90 else None)
    L.t(" height=%.2f weight=%.1f resting_heart_rate=%d default_max_heart_rate=%d" % (R.uniform(1.5, 1.95), R.uniform(48, 110), R.randint(44, 72), 220 - p["age"]))
    out.append(L)
    for _ in range(R.randint(1, 2)):
        L = Line("fitdump_text")
        rt = act + dt.timedelta(seconds=R.randint(60, 3000))
        L.t(" record: timestamp=").p(rt.strftime("%Y-%m-%d %H:%M:%S"), "date")
        L.t(" position_lat=").p("%.5f" % (p["ll"][0] + R.uniform(-0.01, 0.01)), "address").t(" deg position_long=")
        L.p("%.5f" % (p["ll"][1] + R.uniform(-0.01, 0.01)), "address").t(" deg heart_rate=%d bpm cadence=%d rpm enhanced_speed=%.3f m/s" % (
            R.randint(90, 178), R.randint(70, 92), R.uniform(1.5, 4.2)))
        out.append(L)
    L = Line("fitdump_text")
    L.t(" session: sport=%s total_elapsed_time=%.1f s total_distance=%.1f m avg_heart_rate=%d max_heart_rate=%d total_training_effect=%.1f" % (
        R.choice(["running", "walking", "cycling", "training"]), R.uniform(900, 5400), R.uniform(1000, 16000), R.randint(100, 160), R.randint(150, 190), R.uniform(1, 4.5)))
    out.append(L)
    return out


def g_fitcsv():
    p = pick(old=0.3)
    out = []
    L = Line("fitcsv")
    L.t('Data,0,file_id,serial_number,"').p(p["unit_id"], "device").t('",,time_created,"%d",,manufacturer,"1",,product,"%s",,type,"4",' % (R.randint(1078000000, 1079999999), p["wear"][2]))
    out.append(L)
    L = Line("fitcsv")
    L.t('Data,3,user_profile,friendly_name,"').p(p["user"], "other_id").t('",,gender,"%d",,age,"' % (0 if p["sex"] == "F" else 1))
    L.p(p["age"], "age" if p["age"] >= 90 else None).t('",years,height,"%.2f",m,weight,"%.1f",kg,' % (R.uniform(1.5, 1.95), R.uniform(48, 110)))
    out.append(L)
    return out


def g_lop():
    p = pick()
    firm = p["firm"]
    doc = "DOC-240311-%04d" % R.randint(1, 300)
    es = p["lang"] == "es" and R.random() < 0.6
    out = []
    t = tick()
    L = Line("docintake_ocr")
    L.t('%s INFO docintake.ingest src=fax:ttyIAX0 doc=%s pages=%d classified=LETTER_OF_PROTECTION conf=0.%d firm="%s"' % (
        ts_flask(t), doc, R.randint(1, 3), R.randint(80, 99), firm[0]))
    out.append(L)
    ln = [R.randint(3, 6)]

    def ocr(parts):
        t2 = tick(0, 0)
        L2 = Line("docintake_ocr")
        L2.t('%s INFO docintake.ocr doc=%s p=1 ln=%d text="' % (ts_flask(t2), doc, ln[0]))
        put(L2, parts, lambda z: z.replace('"', '\\"'))
        L2.t('"')
        ln[0] += R.randint(1, 3)
        out.append(L2)
    if es:
        ocr(["RE: Nuestro(a) cliente: ", T(name_full(p, "FL"), "name")])
        ocr(["Fecha de nacimiento: ", T(fmt_date(p["dob"], "eu"), "date"), "   Fecha del accidente: ", T(fmt_date(p["doi"], R.choice(["eu", "es"])), "date")])
    else:
        ocr(["RE: Our Client: ", T(name_full(p, R.choice(["FL", "FLU", "FLa"])), "name")])
        ocr(["Date of Birth: ", T(fmt_date(p["dob"], "us"), "date"), "    Date of Loss: ", T(fmt_date(p["doi"], R.choice(["us", "month", "mon"])), "date")])
    ocr(["Insurance Claim No.: ", T(p["claim"], "other_id"), " (%s)   Our File No.: " % p["carrier"], T(p["file_no"], "other_id")])
    if R.random() < 0.5:
        ocr(["Client address: ", T(p["street"], "address"), ", ", T(p["city"], "address"), ", %s " % p["st"], T(p["zip"], "zip"),
             "   SSN: xxx-xx-%s" % p["ssn"][-4:]])
    if es:
        ocr(["Por medio de la presente le informamos que esta oficina representa al cliente arriba mencionado por lesiones sufridas en un choque automovilistico. Nos comprometemos a proteger sus cargos de cualquier acuerdo o sentencia."])
    else:
        ocr(["Please be advised that this office represents the above-named client for injuries sustained in a motor vehicle collision. We hereby agree to protect your charges for chiropractic, massage and acupuncture treatment from any settlement, judgment or verdict."])
    ocr(["Sincerely, %s, Esq. | Tel %s | Fax %s | intake@%s.com" % (firm[1], firm[2], firm[3], firm[4].lower() + "law")])
    t = tick(0, 2)
    L = Line("docintake_ocr")
    L.t("%s INFO docintake.match doc=%s matched client=" % (ts_flask(t), doc)).p(p["cid"], "mrn")
    L.t(" by=name+dob score=0.%d -> case " % R.randint(90, 99)).p(p["case"], "other_id").t(" linked; billing hold=LOP")
    out.append(L)
    return out


def x12_lines(p, t):
    s = staff()
    ctl = R.randint(1000, 99999)
    dos = NOW[0].date() - dt.timedelta(days=R.randint(1, 10))
    U = lambda x: fold(x).upper()
    claim_amt = R.choice([120, 145, 185, 210])
    segs = [
        ["ISA*00*          *00*          *ZZ*CEDARSAGE      *ZZ*OFFICEALLY     *%s*%s*^*00501*%09d*0*P*:" % (utc(t).strftime("%y%m%d"), utc(t).strftime("%H%M"), ctl)],
        ["GS*HC*CEDARSAGE*OFFICEALLY*%s*%s*%d*X*005010X222A1" % (utc(t).strftime("%Y%m%d"), utc(t).strftime("%H%M"), ctl)],
        ["ST*837*0001*005010X222A1"], ["BHT*0019*00*B%d*%s*%s*CH" % (ctl, utc(t).strftime("%Y%m%d"), utc(t).strftime("%H%M"))],
        ["NM1*41*2*CEDAR AND SAGE INTEGRATIVE HEALTH*****46*CSIH01"], ["PER*IC*BILLING DEPT*TE*5032324410*FX*5032324419"],
        ["NM1*40*2*%s*****46*%d" % (U(p["carrier"]), R.randint(10000, 99999))],
        ["HL*1**20*1"], ["NM1*85*2*CEDAR AND SAGE INTEGRATIVE HEALTH*****XX*1457392680"], ["N3*3532 SE HAWTHORNE BLVD"],
        ["N4*PORTLAND*OR*972143118"], ["REF*EI*931847261"],
        ["HL*2*1*22*0"], ["SBR*P*18*******AM"],
        ["NM1*IL*1*", T(U(p["last"]), "name"), "*", T(U(p["first"]), "name"), "****MI*", T(p["policy"].replace(" ", ""), "health_plan")],
        ["N3*", T(U(p["street"]), "address")], ["N4*", T(U(p["city"]), "address"), "*%s*" % p["st"], T(p["zip"].replace("-", ""), "zip")],
        ["DMG*D8*", T(fmt_date(p["dob"], "d8"), "date"), "*" + p["sex"]],
        ["NM1*PR*2*%s*****PI*%d" % (U(p["carrier"]), R.randint(10000, 99999))],
        ["REF*Y4*", T(p["claim"], "other_id")],
        ["CLM*", T(p["acct"], "account"), "*%d***11:B:1*Y*A*Y*Y*P*AA:::%s" % (claim_amt, p["st"])],
        ["DTP*439*D8*", T(fmt_date(p["doi"], "d8"), "date")],
        ["REF*EA*", T(p["chart"], "mrn")],
        ["HI*ABK:S134XXA*ABF:M5412*ABF:M6283"],
        ["NM1*82*1*%s*%s****XX*1%d" % (U(s[1]), U(s[0]), R.randint(100000000, 999999999))],
        ["LX*1"], ["SV1*HC:98941*%d*UN*1***1:2" % (claim_amt - 55)], ["DTP*472*D8*", T(fmt_date(dos, "d8"), "date")],
        ["LX*2"], ["SV1*HC:97140:59*55*UN*1***1"], ["DTP*472*D8*", T(fmt_date(dos, "d8"), "date")],
        ["SE*%d*0001" % R.randint(28, 40)], ["GE*1*%d" % ctl], ["IEA*1*%09d" % ctl],
    ]
    return segs


def g_x12(one_line=None):
    p = pick()
    t = tick()
    segs = x12_lines(p, t)
    if one_line if one_line is not None else R.random() < 0.5:
        L = Line("x12_837p")
        L.t("%s INFO edi.submit file=837P_%s_%04d.x12 payer=%s content=" % (ts_flask(t), t.strftime("%y%m%d"), R.randint(1, 9999), fold(p["carrier"]).upper().replace(" ", "")))
        for sg in segs:
            put(L, sg)
            L.t("~")
        return [L]
    out = []
    for sg in segs:
        L = Line("x12_837p")
        put(L, sg)
        L.t("~")
        out.append(L)
    return out


def g_pip_json():
    p = pick()
    t = tick()
    L = Line("pip_claim_json")
    insured_self = R.random() < 0.6
    yr, mk, md = p["veh"]
    d = {"claim": {"number": T(p["claim"], "other_id"), "carrier": p["carrier"],
                   "coverage": "MedPay" if p["st"] == "CA" else "PIP", "policyNumber": T(p["policy"], "health_plan"),
                   "lossDate": T(fmt_date(p["doi"], R.choice(["iso", "us"])), "date"), "lossState": p["st"],
                   "claimant": {"name": T(name_full(p, R.choice(["FL", "LF"])), "name"), "dob": T(fmt_date(p["dob"], "iso"), "date"),
                                "phone": T(fmt_phone(p["phone"], R.choice([0, 1, 2])), "phone"), "driversLicense": T(p["dl"], "license") if R.random() < 0.5 else None},
                   "namedInsured": {"name": T(name_full(p, "FL") if insured_self else rel_name(p), "name"), "relationship": "self" if insured_self else p["rel"]},
                   "vehicle": {"vin": T(p["vin"], "vehicle"), "plate": T(p["plate"], "vehicle"), "plateState": p["st"], "year": yr, "make": mk, "model": md},
                   "adjuster": {"name": R.choice(["Dana Whitfield", "Kevin Osei", "Laura Nakamura"]), "phone": "(800) 776-4737 x%d" % R.randint(1000, 9999),
                                "email": "claims-%d@%s.example.com" % (R.randint(10, 99), fold(p["carrier"]).lower().replace(" ", ""))},
                   "benefitsRemaining": round(R.uniform(0, 15000), 2), "attorneyFirm": p["firm"][0]},
         "source": "sheets-sync", "row": R.randint(2, 400)}
    if R.random() < 0.5:
        L.t("%s level=info logger=pip.tracker msg=\"claim upsert\" payload=" % ts_z(t))
    emit_json(L, d, sp=R.random() < 0.5)
    return [L]


def g_pip_kv():
    p = pick()
    t = tick()
    L = Line("structlog_kv")
    emit_kv(L, [("ts", ts_z(t)), ("level", R.choice(["info", "warning"])), ("logger", "pip.status_poll"),
                ("event", R.choice(["EOB received", "benefits near exhaustion", "claim denied: IME no-show", "ledger updated"])),
                ("claim", p["claim"], "other_id"), ("carrier", p["carrier"]), ("client", p["cid"], "mrn"),
                ("dos", fmt_date(NOW[0].date() - dt.timedelta(days=R.randint(3, 30)), "iso"), "date"),
                ("billed", "%.2f" % R.uniform(80, 400)), ("paid", "%.2f" % R.uniform(0, 300)), ("remaining", "%.2f" % R.uniform(0, 15000)),
                ("vin", p["vin"], "vehicle"), ("eob_id", "EOB%s" % digits(10))])
    return [L]


def sms_text(p, a, svc, s):
    lang = p["lang"] if R.random() < 0.7 else "en"
    if lang == "es":
        return C(["Hola ", T(first_of(p), "name"), ", le recordamos su cita de %s con %s el " % (svc[2], s[0]),
                  T("%s %02d/%02d a las %d:%02d" % (DIA[a.weekday()], a.day, a.month, a.hour, a.minute), "date"),
                  " en Cedar & Sage %s. Responda C para confirmar o R para reprogramar. STOP para no recibir mensajes." % p["loc"][1]])
    if lang == "vi":
        fn = first_of(p, ascii_=R.random() < 0.5)
        return C(["Chào ", T(fn, "name"), ", Cedar & Sage nhắc lịch hẹn %s với %s vào " % (svc[3], s[0]),
                  T("%d:%02d %s, %d/%d" % (a.hour, a.minute, THU[a.weekday()], a.day, a.month), "date"), ". Trả lời C để xác nhận."])
    return C(["Hi ", T(first_of(p, True), "name"), ", this is Cedar & Sage %s: reminder of your %s w/ %s on " % (p["loc"][1], svc[0].split(" (")[0], s[0]),
              T(R.choice(["%s %d/%d at %s" % (WD[a.weekday()], a.month, a.day, hm12(a)),
                          "%s, %s %d at %s" % (["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][a.weekday()], MONTH[a.month - 1], a.day, hm12(a).lower().replace(" ", ""))]), "date"),
              ". Reply C to confirm, R to reschedule. Txt STOP to opt out"])


def g_twilio():
    p = pick()
    r = R.random()
    t = tick()
    s = staff()
    svc = R.choice(SERVICES)
    if r < 0.4:
        L = Line("celery")
        a = appt_time(lo=1, hi=3)
        L.t("[%s: INFO/ForkPoolWorker-%d] reminders.tasks.send_reminder[%s]: sms queued sid=SM%s to=" % (ts_flask(t), R.randint(1, 8), ruuid(), hexs(32)))
        L.p("+1" + p["phone"], "phone").t(" segments=%d body=" % R.randint(1, 3))
        L.t('"')
        put(L, sms_text(p, a, svc, s), lambda z: z.replace('"', '\\"'))
        L.t('"')
        return [L]
    rid = ruuid()
    pid = R.randint(2000, 9000)
    out = []
    L = Line("rails_log")
    path = "/twilio/status" if r < 0.7 else "/twilio/inbound"
    L.t('I, [%s #%d]  INFO -- : [%s] Started POST "%s" for 54.%d.%d.%d at %s -0700' % (ts_rails(t), pid, rid, path, R.randint(64, 95), R.randint(1, 254), R.randint(1, 254), t.strftime("%Y-%m-%d %H:%M:%S")))
    out.append(L)
    t = tick(0, 0)
    L = Line("rails_params_twilio")
    L.t('I, [%s #%d]  INFO -- : [%s]   Parameters: ' % (ts_rails(t), pid, rid))
    msid = "SM" + hexs(32)
    acct = "AC" + hexs(32)
    if path == "/twilio/status":
        emit_ruby(L, {"SmsSid": msid, "SmsStatus": R.choice(["delivered", "sent", "undelivered"]), "MessageStatus": "delivered",
                      "To": T("+1" + p["phone"], "phone"), "MessagingServiceSid": "MG" + hexs(32), "MessageSid": msid, "AccountSid": acct,
                      "From": "+1" + p["loc"][6], "ApiVersion": "2010-04-01"})
    else:
        body = R.choice([C(["C"]), C(["cant make it tmrw, car still in shop from the accident. thurs?"]),
                         C(["Si confirmo gracias"]), C(["ok c u then"]), C(["this is ", T(rel_name(p), "name"), ", ", T(first_of(p, True), "name"),
                                                                            "'s ", p["rel"], " - %s is sick today pls cancel" % ("she" if p["sex"] == "F" else "he")]),
                         C(["Dạ em xác nhận"])])
        emit_ruby(L, {"ToCountry": "US", "ToState": p["loc"][4], "SmsMessageSid": msid, "NumMedia": "0", "ToCity": p["loc"][3].upper(),
                      "FromZip": T(p["zip"][:5], "zip"), "SmsSid": msid, "FromState": p["st"], "SmsStatus": "received",
                      "FromCity": T(fold(p["city"]).upper(), "address"), "Body": body, "FromCountry": "US", "To": "+1" + p["loc"][6],
                      "MessagingServiceSid": "MG" + hexs(32), "ToZip": p["loc"][5], "NumSegments": "1", "MessageSid": msid,
                      "AccountSid": acct, "From": T("+1" + p["phone"], "phone"), "ApiVersion": "2010-04-01"})
    out.append(L)
    t = tick(0, 0)
    L = Line("rails_log")
    L.t("I, [%s #%d]  INFO -- : [%s] Completed 204 No Content in %dms (ActiveRecord: %.1fms | Allocations: %d)" % (ts_rails(t), pid, rid, R.randint(3, 80), R.uniform(0.5, 9), R.randint(500, 6000)))
    out.append(L)
    return out


def g_twilio_form():
    p = pick()
    t = tick()
    L = Line("flask_urlencoded")
    a = appt_time(lo=1, hi=4)
    L.t("[%s] DEBUG in reminders.twilio: POST /2010-04-01/Accounts/AC%s/Messages.json data=" % (ts_flask(t), hexs(32)))
    body = sms_text(p, a, R.choice(SERVICES), staff())
    L.t("To=").p(quote_plus("+1" + p["phone"]), "phone").t("&MessagingServiceSid=MG%s&Body=" % hexs(32))
    for x in body:
        if isinstance(x, T):
            L.p(quote_plus(str(x.v)), x.cat)
        else:
            L.t(quote_plus(x))
    L.t("&StatusCallback=https%3A%2F%2Fapi.cedarsagehealth.com%2Ftwilio%2Fstatus")
    return [L]


def g_giftcard():
    p = pick()
    t = tick()
    loc = p["loc"]
    gc = "6035" + digits(12, "0123456789")
    if R.random() < 0.5:
        L = Line("pos_log")
        L.t("%s POS/%s REG-%02d txn=T-%s-%04d GIFTCARD_REDEEM card=" % (t.strftime("%Y-%m-%d %H:%M:%S"), loc[0], R.randint(1, 3), t.strftime("%m%d"), R.randint(1, 300)))
        L.p(" ".join(gc[i:i + 4] for i in range(0, 16, 4)), "account").t(" client=").p(p["cid"], "mrn").t(" (")
        L.p(name_full(p, "LFU"), "name").t(") applied=%.2f bal=%.2f service=\"%s\" clerk=%s" % (R.choice([45, 65, 95]), R.uniform(0, 120), R.choice(SERVICES)[0], R.choice(STAFF)[3]))
    else:
        L = Line("pos_pipe")
        L.t("RCPT|%s|R%d|T-%s-%04d|%s|GC REGISTER|" % (loc[0], R.randint(1, 3), t.strftime("%m%d"), R.randint(1, 300), t.strftime("%Y-%m-%d %H:%M")))
        L.p(gc, "account").t("|%.2f|HOLDER=" % R.choice([50, 100, 150])).p(name_full(p, R.choice(["FLa", "LFa"])), "name")
        L.t("|").p(p["email"], "email").t("|RECIP_PHONE=").p(fmt_phone(p["phone"], 3), "phone").t("|")
    return [L]


def g_sheets():
    out = []
    kind = R.choice(["pip", "members", "lop"])
    t = tick()
    prefix = R.choice(["", "[gsheets] ", "%s - sheets.export - DEBUG - " % ts_flask(t)])
    if kind == "pip":
        hdr = ["Patient Name", "DOB", "DOI", "Phone", "Carrier", "Claim #", "Attorney", "LOP?", "Balance"]
        sep = "\t"
    elif kind == "members":
        hdr = ["Last", "First", "DOB", "Age", "Member #", "Plan", "Health Plan ID", "Email", "Last Visit"]
        sep = ","
    else:
        hdr = ["client_id", "name", "doi", "firm", "file_no", "case", "vin", "status"]
        sep = R.choice([",", "\t"])
    if R.random() < 0.7:
        L = Line("sheets_tsv" if sep == "\t" else "sheets_csv")
        L.t(prefix + sep.join(hdr))
        out.append(L)
    for _ in range(R.randint(2, 4)):
        p = pick(old=0.2 if kind == "members" else 0.0)
        L = Line("sheets_tsv" if sep == "\t" else "sheets_csv")
        L.t(prefix)
        if kind == "pip":
            cells = [[T(name_full(p, R.choice(["LF", "FL", "LFU"])), "name")], [T(fmt_date(p["dob"], R.choice(["us", "us1"])), "date")],
                     [T(fmt_date(p["doi"], R.choice(["us1", "us2"])), "date")], [T(fmt_phone(p["phone"], R.choice([0, 1, 2])), "phone")],
                     [p["carrier"]], [T(p["claim"], "other_id")], [p["firm"][0]], [R.choice(["Y", "N", "pending"])], ["$%.2f" % R.uniform(100, 6000)]]
        elif kind == "members":
            cells = [[T(p["last"], "name")], [T(p["first"], "name")], [T(fmt_date(p["dob"], "iso"), "date")],
                     [T(str(p["age"]), "age")] if p["age"] >= 90 else [str(p["age"])], [T(p["member_no"], "account")],
                     [R.choice(["Unlimited Monthly", "4-Visit", "PT Gym Access"])],
                     [T(p["mbi"], "health_plan")] if p["mbi"] else [T(p["member"], "health_plan")], [T(p["email"], "email")],
                     [T(fmt_date(NOW[0].date() - dt.timedelta(days=R.randint(1, 60)), "us1"), "date")]]
        else:
            cells = [[T(p["cid"], "mrn")], [T(name_full(p, "FL"), "name")], [T(fmt_date(p["doi"], "iso"), "date")], [p["firm"][0]],
                     [T(p["file_no"], "other_id")], [T(p["case"], "other_id")], [T(p["vin"], "vehicle")], [R.choice(["treating", "settled", "released"])]]
        for i, c in enumerate(cells):
            if i:
                L.t(sep)
            txt = "".join(str(x.v) if isinstance(x, T) else x for x in c)
            q = sep == "," and ("," in txt or '"' in txt)
            if q:
                L.t('"')
            put(L, c, (lambda z: z.replace('"', '""')) if q else (lambda z: z))
            if q:
                L.t('"')
        out.append(L)
    return out


def g_portal():
    p = pick()
    t = tick()
    L = Line("nginx_access")
    L.p(p["ip"], "ip").t(' - ')
    L.p(p["user"], "other_id")
    r = R.random()
    if r < 0.4:
        path = ["/portal/api/clients/", T(p["cid"], "mrn"), "/visits?from=2024-01-01"]
    elif r < 0.7:
        path = ["/portal/api/lookup?email=", T(quote_plus(p["email"]), "email"), "&dob=", T(quote_plus(fmt_date(p["dob"], "us")), "date")]
    else:
        path = ["/book/confirm?appt=%d&client=" % R.randint(140000, 199999), T(p["cid"], "mrn")]
    L.t(' [%s] "GET ' % ts_nginx(t))
    put(L, path)
    L.t(' HTTP/2.0" 200 %d "https://my.cedarsagehealth.com/portal" "%s" rt=%.3f' % (R.randint(200, 9000), R.choice(UA), R.uniform(0.01, 0.5)))
    return [L]


def g_biometric(enroll=False):
    p = pick()
    t = tick()
    L = Line("door_ctl")
    if enroll or R.random() < 0.45:
        L.t("%s door-ctl-%02d bioenroll[%d]: member=" % (ts_off(t), R.randint(1, 4), R.randint(300, 999))).p(p["member_no"], "account")
        L.t(' name="').p(name_full(p, R.choice(["FLa", "LFa"])), "name")
        fmt = R.choice([("finger=R_INDEX template_fmt=ISO19794-2", b"FMR\x00 20\x00"), ("palm=L template_fmt=PV-2048", b"PVT2")])
        L.t('" %s quality=%d template=' % (fmt[0], R.randint(55, 99))).p(b64_blob(R.randint(90, 140), fmt[1]), "biometric")
        L.t(" staff=%s" % R.choice(STAFF)[3])
    else:
        L.t("%s door-ctl-%02d checkin[%d]: member=" % (ts_off(t), R.randint(1, 4), R.randint(300, 999))).p(p["member_no"], "account")
        L.t(" method=%s result=MATCH score=%.3f door=%s plan=%s" % (R.choice(["palm", "finger"]), R.uniform(0.9, 0.999), R.choice(["PT-GYM-1", "PT-GYM-2"]),
                                                                    R.choice(["unlimited-monthly", "pt-gym-access"])))
    return [L]


def g_pg_dup(col=None):
    p = pick()
    t = tick()
    pid = R.randint(2000, 9000)
    out = []
    L = Line("postgres")
    col = col or R.choice(["email", "phone", "dl"])
    L.t('%s [%d] nwiw@clinic ERROR:  duplicate key value violates unique constraint "clients_%s_key"' % (ts_pg(t), pid, col))
    out.append(L)
    L = Line("postgres")
    L.t("%s [%d] nwiw@clinic DETAIL:  Key " % (ts_pg(t), pid))
    if col == "email":
        L.t("(lower(email::text))=(").p(p["email"].lower(), "email")
    elif col == "phone":
        L.t("(mobile_e164)=(").p("+1" + p["phone"], "phone")
    else:
        L.t("(dl_state, dl_number)=(%s, " % p["st"]).p(p["dl"], "license")
    L.t(") already exists.")
    out.append(L)
    L = Line("postgres")
    L.t("%s [%d] nwiw@clinic STATEMENT:  INSERT INTO clients (first_name, last_name, dob, email, mobile_e164, dl_state, dl_number, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, now()) RETURNING id" % (ts_pg(t), pid))
    out.append(L)
    return out


def g_traceback():
    p = pick()
    t = tick()
    out = []
    bad = fmt_date(p["dob"], "eu") if p["dob"].day > 12 else fmt_date(p["dob"], "dot")
    lines = [
        ["[%s] ERROR in app: Exception on /intake/submit [POST]" % ts_flask(t)],
        ["Traceback (most recent call last):"],
        ['  File "/srv/app/venv/lib/python3.11/site-packages/flask/app.py", line 1463, in wsgi_app'],
        ["    response = self.full_dispatch_request()"],
        ['  File "/srv/app/intake/views.py", line %d, in submit' % R.randint(60, 140)],
        ['    dob = datetime.strptime(form["dob"], "%m/%d/%Y").date()'],
        ['  File "/usr/lib/python3.11/_strptime.py", line 568, in _strptime_datetime'],
        ["    tt, fraction, gmtoff_fraction = _strptime(data_string, format)"],
        ["ValueError: time data '", T(bad, "date"), "' does not match format '%m/%d/%Y'"],
        ["[%s] WARNING in intake.views: intake rejected for " % ts_flask(tick(0, 0)), T(p["email"], "email"), " (", T(name_full(p, "FL"), "name"), "), asked to re-enter dob"],
    ]
    for parts in lines:
        L = Line("python_traceback")
        put(L, parts)
        out.append(L)
    return out


def g_eligibility():
    p = pick()
    t = tick()
    L = Line("eligibility_json")
    medicare = p["mbi"] is not None and R.random() < 0.7
    payer = ("CMS MEDICARE PART B", "CMSMED") if medicare else p["payer"]
    d = {"controlNumber": digits(9), "tradingPartnerServiceId": payer[1],
         "provider": {"organizationName": "CEDAR AND SAGE INTEGRATIVE HEALTH", "npi": "1457392680"},
         "subscriber": {"memberId": T(p["mbi"] if medicare else p["member"], "health_plan"), "firstName": T(fold(p["first"]).upper(), "name"),
                        "lastName": T(fold(p["last"]).upper(), "name"), "gender": p["sex"], "dateOfBirth": T(fmt_date(p["dob"], "d8"), "date")},
         "encounter": {"serviceTypeCodes": R.choice([["33"], ["AE"], ["1", "AE"], ["BZ"]]), "dateOfService": T(fmt_date(NOW[0].date(), "d8"), "date")}}
    if not medicare:
        d["subscriber"]["groupNumber"] = p["group"]
    L.t("%s - eligibility.client - INFO - POST /medicalnetwork/eligibility/v3 req=" % ts_flask(t))
    emit_json(L, d, sp=True)
    return [L]


def g_photo():
    p = pick()
    t = tick()
    L = Line("flask_app")
    L.t("[%s] INFO in clients.api: PUT /api/v2/clients/%s/photo payload=" % (ts_flask(t), "{client_id}"))
    d = {"clientId": T(p["cid"], "mrn"), "image": {"contentType": "image/jpeg", "fileName": "profile_%d.jpg" % R.randint(1, 99),
                                                  "data": C(["data:image/jpeg;base64,", T(b64_blob(R.randint(140, 220), JPEG_HDR), "photo")])}}
    emit_json(L, d)
    return [L]


def g_fax_records():
    p = pick()
    out = []
    t = tick()
    L = Line("structlog_kv")
    emit_kv(L, [("ts", ts_z(t)), ("level", "info"), ("logger", "records.release"), ("req", "RR-2024-%04d" % R.randint(1, 400)),
                ("client", p["cid"], "mrn"), ("deliver", "fax"), ("to", fmt_phone(p["fax"], R.choice([0, 1, 5])), "fax"),
                ("pages", R.randint(3, 40)), ("authorized_by", name_full(p, "FL"), "name"), ("relationship", "self"),
                ("dates_requested", C([T(fmt_date(NOW[0].date() - dt.timedelta(days=R.randint(60, 200)), "us"), "date"), "-", T(fmt_date(NOW[0].date() - dt.timedelta(days=3), "us"), "date")]))])
    out.append(L)
    t = tick(5, 60)
    L = Line("hylafax_xferfaxlog")
    L.t("%s\tSEND\t%08d\tttyIAX1\t%d\tfrontdesk\t\"" % (t.strftime("%m/%d/%y %H:%M"), R.randint(1, 99999), R.randint(100, 999))).p("1" + p["fax"], "fax")
    L.t("\"\t\"\"\t%d\t%d\t0:%02d:%02d\t0:%02d:%02d\t\"\"" % (R.randint(196, 204), R.randint(3, 40), R.randint(0, 9), R.randint(0, 59), R.randint(0, 9), R.randint(0, 59)))
    out.append(L)
    return out


def g_contact_update(mode=None):
    p = pick()
    t = tick()
    L = Line("structlog_kv")
    if mode != "guarantor" and R.random() < 0.5:
        emit_kv(L, [("ts", ts_z(t)), ("level", "info"), ("logger", "clients.update"), ("client_id", p["cid"], "mrn"),
                    ("changed", "[emergency_contact]"), ("ec_name", rel_name(p), "name"), ("ec_phone", fmt_phone(p["rel_phone"], R.randint(0, 7)), "phone"),
                    ("ec_rel", p["rel"]), ("by", R.choice(STAFF)[3])])
    else:
        emit_kv(L, [("ts", ts_z(t)), ("level", "info"), ("logger", "clients.guarantor"), ("client_id", p["cid"], "mrn"),
                    ("guarantor_name", rel_name(p), "name"), ("guarantor_dob", fmt_date(dt.date(R.randint(1955, 1985), R.randint(1, 12), R.randint(1, 28)), "us"), "date"),
                    ("guarantor_ssn", make_ssn(), "ssn"), ("guarantor_addr", C([T(p["street"], "address"), ", ", T(p["city"], "address"), " ", p["st"], " ", T(p["zip"], "zip")])),
                    ("billing_acct", p["acct"], "account")])
    return [L]


PHI = [(g_mindbody, 6), (g_jane, 6), (g_soap, 3), (g_soap_json, 3), (g_intake_multipart, 4), (g_intake_urlenc, 4),
       (g_rails_braintree, 2), (g_bt_inspect, 3), (g_card_leak, 2), (g_garmin, 3), (g_garmin_link, 2), (g_fitbit, 3), (g_fit_dump, 0.5),
       (g_fitcsv, 2), (g_lop, 1.5), (g_x12, 0), (g_pip_json, 4), (g_pip_kv, 3), (g_twilio, 5), (g_twilio_form, 2), (g_giftcard, 3),
       (g_sheets, 3), (g_portal, 4), (g_biometric, 3), (g_pg_dup, 2), (g_traceback, 1), (g_eligibility, 3), (g_photo, 2),
       (g_fax_records, 2), (g_contact_update, 3)]


def wchoice(lst):
    tot = sum(w for _, w in lst)
    x = R.uniform(0, tot)
    for f, w in lst:
        x -= w
        if x <= 0:
            return f
    return lst[-1][0]


# ============================================================================= assemble

def main():
    N = 500
    target_noise = 0.55
    lines = []
    forced = [lambda: g_x12(False), lambda: g_x12(True), lambda: g_intake_urlenc("ssn"), lambda: g_intake_urlenc("ssn"),
              lambda: g_contact_update("guarantor"), lambda: g_contact_update("guarantor"), g_photo, lambda: g_biometric(True),
              lambda: g_biometric(True), lambda: g_pg_dup("dl"), g_fitcsv, g_traceback, g_fit_dump, g_garmin, g_fitbit,
              g_photo, g_photo, lambda: g_soap(1.0), lambda: g_fitcsv()]
    R.shuffle(forced)
    while len(lines) < N:
        nn = sum(1 for L in lines if not L.spans)
        frac = nn / len(lines) if lines else 0
        if frac < target_noise:
            grp = wchoice(NOISE)()
        else:
            if forced and (R.random() < 0.2 or len(lines) > 430):
                grp = forced.pop()()
            else:
                grp = wchoice(PHI)()
        if len(lines) + len(grp) > N:
            continue
        lines.extend(grp)
    assert len(lines) == N and not forced, forced
    out_log, out_lab = [], []
    for i, L in enumerate(lines, 1):
        txt = L.text()
        assert txt and txt.strip(), i
        assert "\n" not in txt and "\r" not in txt, (i, txt)
        b = txt.encode("utf-8")
        prev = 0
        spans = sorted(L.spans)
        for s, e, cat, v in spans:
            assert s >= prev, (i, txt)
            assert b[s:e].decode("utf-8") == v, (i, s, e, v)
            assert e > s
            prev = e
        out_log.append(txt)
        out_lab.append(json.dumps({"line": i, "family": L.fam, "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_log))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
