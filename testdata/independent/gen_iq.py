#!/usr/bin/env python3
"""Synthetic labeled log corpus "iq": a medical interpreting / language services company.

Systems represented: the on-demand video (VRI) signalling service (pino JSON), the phone (OPI)
router (Go logfmt) and its Asterisk PBX, the HL7 v2 interface engine receiving SIU/ADT feeds
from hospitals (Mirth, one segment per physical line), the in-person scheduling app (Rails),
its Postgres, the scheduling SOAP/XML bridge, calendar invites sent by the mailer (escaped
CRLF), the translated-document workflow (Celery), quality-review transcripts (pipe text and
JSONL; es/ar/vi/so/ru/zh-pinyin), billing exports to hospitals (CSV with header, pipe rows
without header), Medicaid T1013 claims (X12 837P), the billing service (Spring Boot, with
stack traces), SMS reminders (Twilio webhooks), postfix, Sentry events from the patient app,
staff free text (Zendesk comments, Slack ops channel), audit CSV and infrastructure noise
(nginx, klog, coturn, Prometheus exposition, Alertmanager).

Everything is synthetic. Standard library only, fixed seed, deterministic.

Labeling decisions:
- Only identifiers of patients and of people around them (relatives, guardians, subscribers)
  are labeled. Interpreters, schedulers, clinicians, reviewers, hospitals, the company, its
  hosts and vendors are never labeled (their names, IDs, phones, emails, fax numbers).
- A person name is one span whether written "First Last", "LAST, FIRST", "Last/First",
  "F. Last", lower case, or in native script; honorifics (Mr., Sra.) are outside the span.
  In HL7/X12 each name component (family, given) is its own span; middle initials are not
  labeled. A name embedded in a file name (discharge_instructions_MOHAMED_Abdirahman_...) is
  one span covering the name part. A relative's first name alone is labeled.
- Encounter / visit / CSN / FIN numbers passed from hospital systems -> other_id (they point at
  one patient's encounter). Internal patient record ids (pt_4471823, patient/4471823) and
  patient-app usernames -> other_id.
- Platform-generated identifiers (VRI session ids, Twilio Call/Message SIDs, conference ids,
  appointment ids, document ids, invoice numbers, request/trace ids) are NOT labeled.
- MRN -> mrn (also X12 REF*EA). Patient account numbers, guarantor accounts and the X12 CLM01
  patient control number -> account. Medicaid / health-plan member ids -> health_plan.
- Dates tied to a patient (birth, discharge, date of service, appointment date/time) -> date,
  in any written form; an appointment date-time token (20240314093000, 2024-03-14 09:30) is one
  span. Log timestamps, session start/end timestamps, billing periods (2024-03), years alone,
  interpreter availability dates and rate-card dates are not labeled.
- Ages are labeled only when over 89 (numeral or number words only, not the unit); younger
  ages are left as look-alikes.
- Address: street line and city are separate address spans; state is not labeled; ZIP (5 or
  9 digits) -> zip.
- Phone numbers of patients/relatives in any format (incl. URL-encoded %2B1..., SIP dial
  strings) -> phone; hospital departments, scheduling desks and interpreters are not labeled.
- Public IP of a patient joining from home or from the patient app -> ip. Private addresses,
  hospital carts, hospital NAT egress and internet scanners are not labeled.
- Serial numbers / MAC addresses of a patient's own phone or hearing device -> device; hospital
  VRI cart serials are not labeled.
- Patient email -> email; a personal social-media URL given by a relative -> url; a guardian's
  home fax -> fax; a guardian's driver licence -> license; a relative's car plate -> vehicle;
  a base64 profile photo uploaded by a patient -> photo; a full SSN -> ssn.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

SEED = 21021
R = random.Random(SEED)
ID = "iq"
HERE = os.path.dirname(os.path.abspath(__file__))
NLINES = 500
REF_DAY = dt.date(2024, 3, 11)


# ----------------------------------------------------------------------------- line builder
class Line:
    def __init__(self, family):
        self.family = family
        self.parts = []
        self.n = 0
        self.spans = []

    def t(self, *ss):
        for s in ss:
            s = str(s)
            self.parts.append(s)
            self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        if cat is None:
            return self.t(s)
        b = self.n
        self.t(s)
        self.spans.append((b, self.n, cat, s))
        return self

    def seq(self, *items):
        for it in items:
            if isinstance(it, tuple):
                self.p(*it)
            else:
                self.t(it)
        return self

    @property
    def text(self):
        return "".join(self.parts)


class S(list):
    """A JSON/dict string value made of plain parts and (value, cat) tuples."""


def _chk_json(s):
    assert json.dumps(s, ensure_ascii=False)[1:-1] == s, s


def jdump(L, o, sep=(",", ":")):
    if isinstance(o, tuple):
        v, c = o
        if isinstance(v, str):
            _chk_json(v)
            L.t('"').p(v, c).t('"')
        else:
            L.p(json.dumps(v), c)
    elif isinstance(o, S):
        L.t('"')
        for part in o:
            if isinstance(part, tuple):
                _chk_json(part[0])
                L.p(part[0], part[1])
            else:
                L.t(json.dumps(part, ensure_ascii=False)[1:-1])
        L.t('"')
    elif isinstance(o, dict):
        L.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k, ensure_ascii=False) + sep[1])
            jdump(L, v, sep)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(sep[0])
            jdump(L, v, sep)
        L.t("]")
    else:
        L.t(json.dumps(o, ensure_ascii=False))


def rbdump(L, o):
    """Ruby Hash#inspect as printed by Rails 'Parameters:'."""
    if isinstance(o, tuple):
        L.t('"').p(o[0], o[1]).t('"')
    elif isinstance(o, dict):
        L.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(", ")
            L.t('"%s"=>' % k)
            rbdump(L, v)
        L.t("}")
    else:
        L.t('"%s"' % o)


def pydump(L, o):
    """Python repr of a dict (Celery result)."""
    if isinstance(o, tuple):
        r = repr(o[0])
        assert r[1:-1] == o[0]
        L.t(r[0]).p(o[0], o[1]).t(r[-1])
    elif isinstance(o, dict):
        L.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(", ")
            L.t(repr(k) + ": ")
            pydump(L, v)
        L.t("}")
    else:
        L.t(repr(o))


# ----------------------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.now = dt.datetime(2024, 3, 11, 12, 58, 3, 118000)

    def tick(self, lo=0.05, hi=7.0):
        self.now += dt.timedelta(seconds=R.uniform(lo, hi))
        return self.now


CLK = Clock()
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
       "octubre", "noviembre", "diciembre"]
RU_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря"]


def iso_z(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def ms(t):
    return int((t - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


def py_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def dot_ms(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)


def syslog_ts(t):
    return t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")


def ordinal(n):
    return "%d%s" % (n, "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fdate(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return "%02d/%02d/%d" % (d.month, d.day, d.year)
    if style == "us_nopad":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "us_short":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "dmy_dot":
        return d.strftime("%d.%m.%Y")
    if style == "dmy_slash":
        return d.strftime("%d/%m/%Y")
    if style == "mon_d_y":
        return "%s %d, %d" % (MON3[d.month - 1], d.day, d.year)
    if style == "d_mon_y":
        return "%02d-%s-%d" % (d.day, MON3[d.month - 1], d.year)
    if style == "d_mon_y_sp":
        return "%d %s %d" % (d.day, MON3[d.month - 1], d.year)
    if style == "long":
        return "%s %s, %d" % (MONTHS[d.month - 1], ordinal(d.day), d.year)
    if style == "md":
        return "%d/%d" % (d.month, d.day)
    raise ValueError(style)


DOB_STYLES = ["iso", "us", "us_nopad", "dmy_dot", "mon_d_y", "d_mon_y", "long", "us_short", "d_mon_y_sp"]


def fphone(num, style):
    a, b, c = num[:3], num[3:6], num[6:]
    return {
        "e164": "+1" + num, "paren": "(%s) %s-%s" % (a, b, c), "paren_ns": "(%s)%s-%s" % (a, b, c),
        "dash": "%s-%s-%s" % (a, b, c), "dot": "%s.%s.%s" % (a, b, c), "plain": num,
        "space": "%s %s %s" % (a, b, c), "one": "1-%s-%s-%s" % (a, b, c),
        "e164sp": "+1 %s %s %s" % (a, b, c), "one_plain": "1" + num,
    }[style]


PH_STYLES = ["e164", "paren", "paren_ns", "dash", "dot", "plain", "space", "one", "e164sp"]


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def ulid():
    return "01HRX" + "".join(R.choice(CROCK) for _ in range(21))


def sid():
    return "vs_" + ulid()


def twsid(prefix):
    return prefix + hexs(32)


def ascii_fold(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


# ----------------------------------------------------------------------------- world
FAC = {
    "LRMC": dict(name="Lakeview Regional Medical Center", short="Lakeview Regional", state="MN",
                 tz="America/Chicago", domain="lakeviewregional.org",
                 cities={"Minneapolis": ["55404", "55406", "55407", "55408", "55411"],
                         "Saint Paul": ["55104", "55106", "55117"], "Brooklyn Park": ["55443", "55445"],
                         "Richfield": ["55423"]},
                 streets=["Cedar Ave S", "E Lake St", "Nicollet Ave", "Chicago Ave", "Portland Ave S",
                          "W Broadway Ave", "Riverside Ave", "University Ave W", "Bloomington Ave"],
                 areas=["612", "651", "763", "952"],
                 depts=["5W MED/SURG", "ED", "Ortho Clinic", "L&D", "Cardiology", "Oncology Infusion"]),
    "SBH": dict(name="St. Brendan Hospital", short="St. Brendan", state="WA", tz="America/Los_Angeles",
                domain="stbrendan.org",
                cities={"Seattle": ["98108", "98118", "98144", "98122"], "Tukwila": ["98168", "98188"],
                        "Kent": ["98031", "98032"], "SeaTac": ["98198"]},
                streets=["Rainier Ave S", "MLK Jr Way S", "Pacific Hwy S", "S Henderson St",
                         "Beacon Ave S", "S 144th St", "International Blvd"],
                areas=["206", "253", "425"],
                depts=["4 North", "Emergency", "Family Medicine", "Dialysis", "Women's Clinic"]),
    "HPH": dict(name="Harbor Point Health", short="Harbor Point", state="TX", tz="America/Chicago",
                domain="harborpointhealth.org",
                cities={"Houston": ["77036", "77074", "77081", "77099"], "Pasadena": ["77502", "77506"],
                        "Sugar Land": ["77478"]},
                streets=["Bellaire Blvd", "Beechnut St", "Gessner Rd", "Hillcroft Ave", "Telephone Rd",
                         "Westheimer Rd"],
                areas=["713", "281", "832", "346"],
                depts=["Pediatrics", "ED", "Endocrinology", "Wound Care", "OB Triage"]),
    "NCC": dict(name="Northgate Community Clinic", short="Northgate", state="OH", tz="America/New_York",
                domain="northgateclinic.org",
                cities={"Columbus": ["43224", "43229", "43211", "43232"], "Whitehall": ["43213"],
                        "Reynoldsburg": ["43068"]},
                streets=["Cleveland Ave", "Morse Rd", "E Main St", "Karl Rd", "Refugee Rd", "Hamilton Rd"],
                areas=["614", "380"],
                depts=["Primary Care", "Behavioral Health", "Dental", "Women's Health"]),
    "MVH": dict(name="Mission Valley Hospital", short="Mission Valley", state="CA", tz="America/Los_Angeles",
                domain="missionvalleyhospital.org",
                cities={"Sacramento": ["95823", "95828", "95815", "95822"], "Elk Grove": ["95758"],
                        "Rancho Cordova": ["95670"]},
                streets=["Stockton Blvd", "Florin Rd", "Franklin Blvd", "Fruitridge Rd", "Folsom Blvd",
                         "Mack Rd"],
                areas=["916", "279"],
                depts=["3 South", "ED", "Nephrology", "Pulmonary Clinic", "NICU"]),
}
FAC_CODES = list(FAC)

LANG = {  # code: (iso3, English name, queue slug)
    "es": ("spa", "Spanish"), "ar": ("ara", "Arabic"), "vi": ("vie", "Vietnamese"),
    "so": ("som", "Somali"), "ru": ("rus", "Russian"), "zh": ("cmn", "Mandarin"),
    "hmn": ("hmn", "Hmong"), "ht": ("hat", "Haitian Creole"), "pt": ("por", "Portuguese"),
    "am": ("amh", "Amharic"), "ne": ("nep", "Nepali"), "ko": ("kor", "Korean"),
    "tl": ("tgl", "Tagalog"), "ase": ("ase", "ASL"), "fr": ("fra", "French"), "nl": ("nld", "Dutch"),
}
LANG_FAC = {"es": ["HPH", "MVH", "LRMC"], "ar": ["NCC", "HPH", "SBH"], "vi": ["SBH", "HPH"],
            "so": ["LRMC", "NCC", "SBH"], "ru": ["SBH", "MVH"], "zh": ["SBH", "MVH", "HPH"],
            "hmn": ["LRMC", "MVH"], "ht": ["NCC"], "pt": ["NCC", "MVH"], "am": ["SBH", "LRMC"],
            "ne": ["NCC"], "ko": ["SBH"], "tl": ["MVH"], "ase": ["LRMC", "HPH"], "fr": ["NCC"],
            "nl": ["SBH"]}

# given, middle, family, lang, native/display, sex, full-name order
PEOPLE = [
    ("Abdirahman", "Warsame", "Mohamed", "so", None, "M"),
    ("Faadumo", "Cabdi", "Xasan", "so", None, "F"),
    ("Hodan", "Ali", "Farah", "so", None, "F"),
    ("Farhiyo", "A.", "Hassan", "so", None, "F"),
    ("Maxamed", "Cumar", "Jaamac", "so", None, "M"),
    ("Rosa Elvira", "", "Quispe Mamani", "es", None, "F"),
    ("José Luis", "", "Gutiérrez-Ramos", "es", None, "M"),
    ("María de los Ángeles", "", "Ortiz", "es", None, "F"),
    ("Juan Carlos", "", "de la Cruz", "es", None, "M"),
    ("Guadalupe", "", "Soto-Hernández", "es", None, "F"),
    ("Fatima", "Al-Zahraa", "Bin Ali", "ar", "فاطمة الزهراء بن علي", "F"),
    ("Mohammed", "", "Abdel-Rahman", "ar", "محمد عبد الرحمن", "M"),
    ("Layla", "", "Haddad", "ar", "ليلى حداد", "F"),
    ("Omar", "", "El-Sayed", "ar", "عمر السيد", "M"),
    ("Hoa", "Thị", "Nguyễn", "vi", "Nguyễn Thị Hoa", "F"),
    ("Minh", "Văn", "Trần", "vi", "Trần Văn Minh", "M"),
    ("Lan", "Thị", "Phạm", "vi", "Phạm Thị Lan", "F"),
    ("Huy", "Quang", "Lê", "vi", "Lê Quang Huy", "M"),
    ("Olga", "Petrovna", "Smirnova", "ru", "Ольга Петровна Смирнова", "F"),
    ("Dmitri", "Ivanovich", "Volkov", "ru", "Дмитрий Иванович Волков", "M"),
    ("Tatyana", "", "Kuznetsova", "ru", "Татьяна Кузнецова", "F"),
    ("Sergei", "", "Ivanov-Petrov", "ru", "Сергей Иванов-Петров", "M"),
    ("Xiuying", "", "Zhang", "zh", "Zhāng Xiùyīng", "F"),
    ("Jianguo", "", "Chen", "zh", "Chén Jiànguó", "M"),
    ("Fang", "", "Wang", "zh", "Wáng Fāng", "F"),
    ("Mai Yer", "", "Vang", "hmn", None, "F"),
    ("Tou", "", "Lor", "hmn", None, "M"),
    ("Jean-Baptiste", "", "Pierre-Louis", "ht", None, "M"),
    ("Marie-Carmel", "", "Joseph", "ht", None, "F"),
    ("João Pedro", "", "da Silva", "pt", None, "M"),
    ("Tigist", "", "Bekele", "am", None, "F"),
    ("Bishnu Prasad", "", "Adhikari", "ne", None, "M"),
    ("Soo-jin", "", "Kim", "ko", None, "F"),
    ("Maria Cristina", "", "dela Cruz", "tl", None, "F"),
    ("Ryan", "", "O'Brien", "ase", None, "M"),
    ("Aminata", "", "Diallo", "fr", None, "F"),
    ("Maarten", "", "van den Broek", "nl", None, "M"),
]
REL_FIRST = {"so": ["Amina:F", "Abdi:M", "Ayaan:F", "Sahal:M"], "es": ["Lucía:F", "Mateo:M", "Carmen:F", "Iván:M"],
             "ar": ["Yusuf:M", "Noor:F", "Huda:F", "Karim:M"], "vi": ["Linh:F", "Tuấn:M", "Thảo:F"],
             "ru": ["Alexei:M", "Irina:F", "Natalia:F"], "zh": ["Wei:M", "Lìnà:F", "Hào:M"],
             "hmn": ["Pa Nhia:F", "Koua:M"], "ht": ["Nadège:F", "Wilner:M"], "pt": ["Ana Beatriz:F"],
             "am": ["Dawit:M", "Selam:F"], "ne": ["Sita:F", "Ramesh:M"], "ko": ["Min-ho:M"], "tl": ["Jomar:M"],
             "ase": ["Kathleen:F"], "fr": ["Ousmane:M"], "nl": ["Sanne:F"]}
MAIL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com"]
PUBLIC_NETS = ["73.162", "98.214", "24.118", "67.165", "174.53", "76.104", "107.77", "71.59", "99.37",
               "172.58", "47.188", "50.46"]


def rssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


class Patient:
    pass


def mk_patient(spec, idx):
    given, middle, family, lang, native, sex = spec
    p = Patient()
    p.given, p.middle, p.family, p.lang, p.sex = given, middle, family, lang, sex
    if lang == "vi":
        p.full = "%s %s %s" % (family, middle, given)
    elif middle:
        p.full = "%s %s %s" % (given, middle, family)
    else:
        p.full = "%s %s" % (given, family)
    p.native = native or p.full
    p.fac = R.choice(LANG_FAC[lang])
    F = FAC[p.fac]
    if idx % 6 == 0:  # very old patients for age labels
        y = R.randint(1929, 1933)
    else:
        y = R.randint(1938, 2012)
    p.dob = dt.date(y, R.randint(1, 12), R.randint(1, 28))
    p.age = REF_DAY.year - p.dob.year - ((REF_DAY.month, REF_DAY.day) < (p.dob.month, p.dob.day))
    if p.fac == "LRMC":
        p.mrn = "%08d" % R.randint(100000, 9999999)
        p.enc = [str(R.randint(4000000000, 4999999999)) for _ in range(2)]
        p.acct = "A%08d" % R.randint(0, 99999999)
        p.plan = "%08d" % R.randint(1000000, 9999999)
    elif p.fac == "SBH":
        p.mrn = "E%07d" % R.randint(0, 9999999)
        p.enc = [str(R.randint(100000000, 999999999)) for _ in range(2)]
        p.acct = "%010d" % R.randint(0, 9999999999)
        p.plan = "%09dWA" % R.randint(100000000, 999999999)
    elif p.fac == "HPH":
        p.mrn = "HP%06d" % R.randint(0, 999999)
        p.enc = ["V%09d" % R.randint(0, 999999999) for _ in range(2)]
        p.acct = "G%07d-%02d" % (R.randint(0, 9999999), R.randint(1, 9))
        p.plan = "%09d" % R.randint(500000000, 799999999)
    elif p.fac == "NCC":
        p.mrn = "%04d-%04d" % (R.randint(1000, 9999), R.randint(0, 9999))
        p.enc = ["ENC-%08d" % R.randint(0, 99999999) for _ in range(2)]
        p.acct = "%07d" % R.randint(0, 9999999)
        p.plan = "%012d" % R.randint(10 ** 11, 10 ** 12 - 1)
    else:
        p.mrn = "%07d" % R.randint(1000000, 9999999)
        p.enc = [str(R.randint(10 ** 10, 10 ** 11 - 1)) for _ in range(2)]
        p.acct = "MV%09d" % R.randint(0, 999999999)
        p.plan = "9%07d%s" % (R.randint(0, 9999999), R.choice("ABCDEFGH"))
    p.ssn = rssn()
    p.phone = R.choice(F["areas"]) + str(R.randint(200, 989)) + "%04d" % R.randint(0, 9999)
    p.rel_phone = R.choice(F["areas"]) + str(R.randint(200, 989)) + "%04d" % R.randint(0, 9999)
    p.rel_first, p.rel_sex = R.choice(REL_FIRST[lang]).split(":")
    p.rel = p.rel_first + ("" if R.random() < 0.5 else " " + family.split()[0])
    p.relation = "daughter" if p.rel_sex == "F" else "son"
    p.city = R.choice(list(F["cities"]))
    p.zip = R.choice(F["cities"][p.city])
    p.zip4 = p.zip + "%04d" % R.randint(1, 9999)
    p.street = "%d %s" % (R.randint(100, 15999), R.choice(F["streets"]))
    if R.random() < 0.4:
        p.street += R.choice([" Apt %d" % R.randint(1, 340), " #%d" % R.randint(100, 2400), " Unit %s" % R.choice("ABCD")])
    g = ascii_fold(given.split()[0]).lower().replace("'", "")
    f = ascii_fold(family.split()[-1]).lower().replace("'", "")
    p.email = R.choice(["%s.%s%d", "%s%s%d", "%s_%s%d"]) % (g, f, R.randint(1, 99)) + "@" + R.choice(MAIL_DOMAINS)
    p.username = R.choice(["%s.%s", "%s%s", "%s_%s"]) % (g, f) + str(R.randint(1, 999))
    p.pid = str(R.randint(1000000, 9999999))
    p.ip = "%s.%d.%d" % (R.choice(PUBLIC_NETS), R.randint(0, 255), R.randint(1, 254))
    return p


PATIENTS = [mk_patient(s, i) for i, s in enumerate(PEOPLE)]
BYLANG = {}
for _p in PATIENTS:
    BYLANG.setdefault(_p.lang, []).append(_p)
OLD = [p for p in PATIENTS if p.age > 89]
assert len(OLD) >= 4


_CYC = {}


def cyc(key, n):
    """Deterministic round-robin over shuffled variants so rare ones always appear."""
    q = _CYC.setdefault(key, [])
    if not q:
        q.extend(R.sample(range(n), n))
    return q.pop()


def pat(langs=None):
    if langs:
        return R.choice([p for p in PATIENTS if p.lang in langs])
    return R.choice(PATIENTS)


def name_as(p, style):
    if style == "full":
        return p.full
    if style == "last_first":
        return "%s, %s" % (p.family, p.given)
    if style == "LAST_FIRST":
        return ("%s, %s" % (p.family, p.given)).upper()
    if style == "lower":
        return ascii_fold(p.full).lower()
    if style == "init_last":
        return "%s. %s" % (p.given[0], p.family)
    if style == "native":
        return p.native
    if style == "upper":
        return p.full.upper()
    if style == "first":
        return p.given
    if style == "slash":
        return ("%s/%s" % (p.family, p.given)).upper()
    raise ValueError(style)


NAME_STYLES = ["full", "full", "last_first", "LAST_FIRST", "lower", "init_last", "upper", "native"]

INTERP = [("INT-40213", "Ana Beltrán", "es"), ("INT-31877", "Hamza Yusuf", "ar"), ("INT-22610", "Linh Trần", "vi"),
          ("INT-51902", "Sahra Dualeh", "so"), ("INT-18844", "Irina Belova", "ru"), ("INT-27731", "Liu Yang", "zh"),
          ("INT-60318", "Pa Houa Xiong", "hmn"), ("INT-44120", "Esther Pierre", "ht"),
          ("INT-39007", "Rafael Souza", "pt"), ("INT-70215", "Meron Tesfaye", "am"),
          ("INT-52290", "Kamal Gurung", "ne"), ("INT-61933", "Ji-woo Park", "ko"),
          ("INT-35511", "Arlene Bautista", "tl"), ("INT-80402", "Dana Whitfield", "ase"),
          ("INT-46688", "Moussa Keita", "fr"), ("INT-90117", "Annelies de Vries", "nl"),
          ("INT-40877", "Carlos Medina", "es"), ("INT-51466", "Abdiqani Nuur", "so")]
CLIN = ["Dr. Priya Raman", "Dr. Tomasz Nowak", "Emily Chen, RN", "Dr. Adebayo Okonkwo", "K. Lindqvist RN",
        "Dr. Sofia Marchetti", "Dr. Hyun-woo Cho"]
STAFF = [("keisha.okafor", "Keisha Okafor"), ("brandon.lee", "Brandon Lee"), ("marisol.vega", "Marisol Vega"),
         ("tom.haugen", "Tom Haugen"), ("nadia.rahimi", "Nadia Rahimi"), ("j.kowalczyk", "Jakub Kowalczyk")]


def interp(lang=None):
    c = [i for i in INTERP if i[2] == lang] if lang else INTERP
    return R.choice(c or INTERP)


def staff_email(u):
    return u + "@idiomaq.io"


def appt_day():
    return REF_DAY + dt.timedelta(days=R.randint(1, 18))


def past_day():
    return REF_DAY - dt.timedelta(days=R.randint(1, 10))


def appt_time():
    return R.choice([(8, 0), (8, 30), (9, 0), (9, 30), (10, 15), (11, 0), (13, 0), (13, 45), (14, 30), (15, 0), (16, 15)])


def internal_ip():
    return R.choice(["10.42.%d.%d", "10.60.%d.%d", "10.8.%d.%d", "172.20.%d.%d"]) % (R.randint(0, 31), R.randint(2, 250))


def scanner_ip():
    return R.choice(["45.148", "185.220", "193.32", "89.248", "162.142"]) + ".%d.%d" % (R.randint(0, 255), R.randint(1, 254))


def hosp_nat_ip():
    return R.choice(["192.0.2", "198.51.100", "203.0.113"]) + ".%d" % R.randint(1, 254)


UA_PHONE = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Linux; Android 13; SM-A136U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
            "Mozilla/5.0 (Linux; Android 12; moto g stylus 5G) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36"]
UA_CART = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 IdiomaqCart/2.8.4"


# ----------------------------------------------------------------------------- families
# each generator returns a list of Line objects

def vri_base(t, level=30):
    return {"level": level, "time": ms(t), "pid": 1,
            "hostname": "vri-signal-%s-%s" % (R.choice(["6d8f9c7b5", "7c4b9d8f6"]),
                                              "".join(R.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5))),
            "reqId": "req-%x" % R.randint(1, 999999)}


def g_vri_noise():
    t = CLK.tick()
    L = Line("vri_pino_json")
    lang = R.choice(list(LANG))
    iid, _, _ = interp(lang)
    v = R.randint(0, 5)
    if v == 0:
        o = vri_base(t); o.update({"sessionId": sid(), "event": "interpreter.connected", "interpreterId": iid,
                                   "language": lang, "queue": LANG[lang][1].lower().replace(" ", "-") + "-vri",
                                   "waitMs": R.randint(3000, 190000), "msg": "interpreter joined room"})
    elif v == 1:
        o = vri_base(t); o.update({"sessionId": sid(), "event": "webrtc.ice_state",
                                   "participant": R.choice(["interpreter", "provider", "guest"]),
                                   "state": R.choice(["checking", "connected", "disconnected", "failed"]),
                                   "candidateType": R.choice(["host", "srflx", "relay"]), "rttMs": R.randint(18, 420),
                                   "msg": "ice state change"})
    elif v == 2:
        o = vri_base(t); o.update({"event": "queue.snapshot", "queue": LANG[lang][1].lower().replace(" ", "-") + "-vri",
                                   "waiting": R.randint(0, 9), "available": R.randint(0, 14),
                                   "longestWaitSec": R.randint(0, 400), "msg": "queue snapshot"})
    elif v == 3:
        o = vri_base(t, 50); o.update({"sessionId": sid(), "event": "signal.error",
                                       "err": {"type": "TimeoutError", "message": "signal ack timeout after 5000ms",
                                               "stack": "TimeoutError: signal ack timeout after 5000ms\n    at Timeout._onTimeout (/app/dist/signal/ack.js:41:19)\n    at listOnTimeout (node:internal/timers:573:17)"},
                                       "msg": "failed to deliver offer"})
    elif v == 4:
        o = vri_base(t, 40); o.update({"sessionId": sid(), "event": "media.stats", "participant": "interpreter",
                                       "videoKbps": R.randint(120, 1800), "audioJitterMs": round(R.uniform(2, 80), 1),
                                       "packetLossPct": round(R.uniform(0, 9), 2), "codec": R.choice(["VP8", "H264", "VP9"]),
                                       "msg": "media quality degraded"})
    else:
        o = vri_base(t); o.update({"sessionId": sid(), "event": "session.ended", "durationSec": R.randint(40, 3600),
                                   "endedBy": R.choice(["provider", "interpreter", "timeout"]),
                                   "cartSerial": "IQC-%s-%05d" % (R.choice(["LRMC", "SBH", "HPH"]), R.randint(1, 99999)),
                                   "billableMinutes": R.randint(1, 60), "msg": "session ended"})
    jdump(L, o)
    return [L]


def jpeg_b64():
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00" + bytes(R.randint(0, 255) for _ in range(150))
    return base64.b64encode(raw).decode()


def g_vri_phi():
    t = CLK.tick()
    L = Line("vri_pino_json")
    p = pat()
    v = cyc("vri", 6)
    q = LANG[p.lang][1].lower().replace(" ", "-") + "-vri"
    if v == 0:
        o = vri_base(t); o.update({"sessionId": sid(), "event": "session.created", "source": "epic-smart-launch",
                                   "facility": p.fac, "dept": R.choice(FAC[p.fac]["depts"]),
                                   "encounterRef": (p.enc[0], "other_id"), "mrn": (p.mrn, "mrn"),
                                   "language": p.lang, "modality": "video", "msg": "session created from EHR launch"})
    elif v == 1:
        o = vri_base(t); o.update({"sessionId": sid(), "event": "guest.joined", "role": "patient",
                                   "inviteChannel": "sms", "displayName": (name_as(p, R.choice(["full", "first", "lower"])), "name"),
                                   "remoteAddr": (p.ip, "ip"), "ua": R.choice(UA_PHONE), "msg": "guest joined"})
    elif v == 2:
        o = vri_base(t, 40); o.update({"sessionId": sid(), "event": "session.callback_requested",
                                       "patientName": (name_as(p, R.choice(NAME_STYLES)), "name"),
                                       "callbackNumber": (fphone(p.phone, R.choice(["e164", "dash", "plain"])), "phone"),
                                       "language": p.lang, "queue": q, "msg": "call dropped, callback requested"})
    elif v == 3:
        o = vri_base(t); o.update({"event": "guest.invite_sent", "channel": "sms",
                                   "to": (fphone(p.rel_phone, "e164"), "phone"), "sessionId": sid(),
                                   "msg": S(["invite sent to ", (p.rel, "name"), " (", p.relation, ")"])})
    elif v == 4:
        o = vri_base(t); o.update({"sessionId": sid(), "event": "session.ended", "durationSec": R.randint(60, 2400),
                                   "facility": p.fac, "encounterRef": (R.choice(p.enc), "other_id"),
                                   "billableMinutes": R.randint(2, 45), "msg": "session ended"})
    else:
        o = vri_base(t); o.update({"event": "profile.photo_uploaded", "patientId": ("pt_" + p.pid, "other_id"),
                                   "mime": "image/jpeg", "photoB64": (jpeg_b64(), "photo"), "msg": "avatar stored"})
    jdump(L, o)
    return [L]


def logfmt_val(v):
    return '"%s"' % v if (" " in v or "=" in v) else v


def g_opi_noise():
    t = CLK.tick()
    L = Line("opi_router_logfmt")
    lang = R.choice(list(LANG))
    q = "opi-" + LANG[lang][1].lower().replace(" ", "-")
    v = R.randint(0, 4)
    L.t("time=%s level=" % iso_z(t))
    if v == 0:
        L.t('info msg="call routed" call_sid=%s queue=%s lang=%s priority=%d agent=%s wait_ms=%d trace_id=%s'
            % (twsid("CA"), q, LANG[lang][0], R.randint(1, 3), interp(lang)[0], R.randint(400, 90000), hexs(32)))
    elif v == 1:
        L.t('info msg="queue stats" queue=%s depth=%d agents_ready=%d agents_busy=%d sla_30s=%.2f'
            % (q, R.randint(0, 12), R.randint(0, 20), R.randint(0, 40), R.uniform(0.6, 1)))
    elif v == 2:
        L.t('error msg="carrier webhook failed" url=https://api.idiomaq.io/opi/twilio/voice err="context deadline exceeded (Client.Timeout exceeded while awaiting headers)" attempt=%d' % R.randint(1, 5))
    elif v == 3:
        L.t('info msg="agent state" agent=%s from=READY to=%s reason=%s' % (
            interp()[0], R.choice(["ON_CALL", "WRAP_UP", "BREAK", "OFFLINE"]), R.choice(["call_start", "manual", "shift_end"])))
    else:
        L.t('warn msg="access code invalid" call_sid=%s from_trunk=%s digits_len=%d attempts=%d'
            % (twsid("CA"), R.choice(["lrmc-pri", "sbh-sip", "hph-sip"]), R.randint(3, 7), R.randint(1, 3)))
    return [L]


def g_opi_phi():
    t = CLK.tick()
    L = Line("opi_router_logfmt")
    p = pat()
    q = "opi-" + LANG[p.lang][1].lower().replace(" ", "-")
    v = R.randint(0, 3)
    L.t("time=%s level=info " % iso_z(t))
    if v == 0:
        L.seq('msg="3-way dial-out" call_sid=%s conf=%s dial_to=' % (twsid("CA"), twsid("CF")),
              (fphone(p.rel_phone if R.random() < 0.5 else p.phone, "e164"), "phone"),
              " party=patient_home lang=%s requested_by=%s encounter_ref=" % (LANG[p.lang][0], logfmt_val(R.choice(FAC[p.fac]["depts"]))),
              (p.enc[0], "other_id"))
    elif v == 1:
        L.seq('msg="caller id captured" call_sid=%s ani=' % twsid("CA"), (fphone(p.phone, "e164"), "phone"),
              " ani_type=%s caller_role=patient queue=%s" % (R.choice(["mobile", "landline"]), q))
    elif v == 2:
        L.seq('msg="access code validated" account=%s-%s pin_ok=true patient_mrn=' % (p.fac, R.choice(["ED", "5W", "CLINIC"])),
              (p.mrn, "mrn"), " lang=%s" % LANG[p.lang][0])
    else:
        L.seq('msg="callback scheduled" queue=%s callback_to=' % q, (fphone(p.phone, "plain"), "phone"),
              ' contact_name="', (name_as(p, R.choice(["full", "last_first", "upper"])), "name"),
              '" window=15m')
    return [L]


def ast_prefix(t, lvl="VERBOSE"):
    return "[%s] %s[%d][C-%08x] " % (t.strftime("%Y-%m-%d %H:%M:%S"), lvl, R.randint(1800, 32000), R.randint(0, 0xfffff))


def chan(fac):
    return "PJSIP/%s-trunk-%08x" % (fac.lower(), R.randint(0, 0xffff))


def g_ast_noise():
    t = CLK.tick()
    L = Line("asterisk_full")
    v = R.randint(0, 4)
    c = chan(R.choice(FAC_CODES))
    if v == 0:
        L.t(ast_prefix(t) + 'pbx.c: Executing [s@opi-ivr:1] Answer("%s", "") in new stack' % c)
    elif v == 1:
        L.t(ast_prefix(t) + 'pbx.c: Executing [s@opi-lang-select:3] Read("%s", "LANGSEL,opi/select-language,2,,1,5") in new stack' % c)
    elif v == 2:
        lang = R.choice(list(LANG))
        L.t(ast_prefix(t) + 'pbx.c: Executing [%s@opi-queue:2] Queue("%s", "opi-%s,tT,,,300") in new stack'
            % (R.randint(10, 99), c, LANG[lang][1].lower().replace(" ", "-")))
    elif v == 3:
        L.t("[%s] NOTICE[%d] res_pjsip/pjsip_distributor.c: Request 'REGISTER' from '<sip:%d@%s>' failed for '%s:5060' (callid: %s) - No matching endpoint found"
            % (t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(1800, 32000), R.randint(100, 9999), internal_ip(), scanner_ip(), hexs(24)))
    else:
        L.t("[%s] WARNING[%d][C-%08x] res_rtp_asterisk.c: 0x7f%09x -- Strict RTP learning complete - Locking on source address %s:%d"
            % (t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(1800, 32000), R.randint(0, 0xfffff), R.randint(0, 16 ** 9), hosp_nat_ip(), R.randint(10000, 20000)))
    return [L]


def g_ast_phi():
    t = CLK.tick()
    L = Line("asterisk_full")
    p = pat()
    v = R.randint(0, 2)
    c = chan(p.fac)
    if v == 0:
        L.seq(ast_prefix(t) + 'pbx.c: Executing [s@opi-encounter:2] Set("%s", "__ENCOUNTER_REF=' % c, (p.enc[0], "other_id"), '") in new stack')
    elif v == 1:
        L.seq(ast_prefix(t) + 'pbx.c: Executing [outbound@opi-3way:1] Dial("Local/3way@opi-3way-%08x;2", "PJSIP/' % R.randint(0, 0xffffff),
              (fphone(p.rel_phone, "one_plain"), "phone"), '@twilio-out,45,gT") in new stack')
    else:
        L.seq(ast_prefix(t) + 'app_dial.c: Called PJSIP/', (fphone(p.phone, "one_plain"), "phone"), "@twilio-out")
    return [L]


# ---- HL7 via Mirth
def mirth_hdr(t, ch, msg):
    return "%-5s %s [%s] %s" % ("INFO", py_ts(t), ch, msg)


def g_hl7():
    p = pat()
    F = FAC[p.fac]
    t = CLK.tick()
    ctrl = "MSG%08d" % R.randint(0, 99999999)
    kind = R.choice(["SIU", "ADT"])
    ch = "EPIC_SIU_IN" if kind == "SIU" else "ADT_A04_IN"
    out = []
    L = Line("hl7v2_mirth")
    L.t(mirth_hdr(t, ch + " Source", "com.mirth.connect.connectors.tcp.TcpReceiver: Message received from %s:%d, %d bytes"
                  % (internal_ip(), R.randint(40000, 60000), R.randint(900, 2400))))
    out.append(L)
    L = Line("hl7v2_mirth")
    L.t("MSH|^~\\&|EPIC|%s|IQSCHED|IDIOMAQ|%s||%s|%s|P|2.5.1" % (
        p.fac, t.strftime("%Y%m%d%H%M%S"), "SIU^S12^SIU_S12" if kind == "SIU" else "ADT^A04^ADT_A01", ctrl))
    out.append(L)
    ad = appt_day()
    hh, mm = appt_time()
    st = dt.datetime(ad.year, ad.month, ad.day, hh, mm)
    en = st + dt.timedelta(minutes=R.choice([30, 60, 90]))
    if kind == "SIU":
        L = Line("hl7v2_mirth")
        apt = "APT%06d" % R.randint(0, 999999)
        L.seq("SCH|%s^EPIC|%s^EPIC||||INTERP^Interpreter Request^LOCAL|INPERSON^In-person^LOCAL|%d|MIN|^^%d^" % (apt, apt, (en - st).seconds // 60, (en - st).seconds // 60),
              (st.strftime("%Y%m%d%H%M%S"), "date"), "^", (en.strftime("%Y%m%d%H%M%S"), "date"), "|||||||||||||Booked")
        out.append(L)
    L = Line("hl7v2_mirth")
    L.seq("PID|1||", (p.mrn, "mrn"), "^^^%s^MR~" % p.fac, (p.acct, "account"), "^^^%s^AN||" % p.fac,
          (ascii_fold(p.family).upper(), "name"), "^", (ascii_fold(p.given).upper(), "name"),
          "^%s||" % (p.middle[:1].upper() if p.middle else ""), (fdate(p.dob, "compact"), "date"),
          "|%s|||" % p.sex, (p.street.upper(), "address"), "^^", (p.city.upper(), "address"),
          "^%s^" % F["state"], (p.zip, "zip"), "^USA||", (fphone(p.phone, "paren_ns"), "phone"),
          "^PRN^PH|||%s^%s^HL70296|||" % (LANG[p.lang][0].upper(), LANG[p.lang][1]), (p.acct, "account"), "|",
          (p.ssn, "ssn"))
    out.append(L)
    L = Line("hl7v2_mirth")
    doc = R.choice(CLIN).replace("Dr. ", "").replace(", RN", "").replace(" RN", "").split()
    L.seq("PV1|1|%s|%s^%d^A^%s||||%d^%s^%s^^^DR||||||||||V|" % (
        R.choice(["O", "I", "E"]), R.choice(F["depts"]).replace(" ", "").replace("/", "")[:8], R.randint(100, 699), p.fac,
        R.randint(1000000000, 1999999999), doc[-1].upper(), doc[0].upper()),
        (p.enc[0], "other_id"), "^^^%s^VN|||||||||||||||||||||||||" % p.fac, (fdate(past_day(), "compact") + "0%d%02d00" % (R.randint(7, 9), R.randint(0, 59)), "date"))
    out.append(L)
    if kind == "SIU":
        L = Line("hl7v2_mirth")
        iid, iname, _ = interp(p.lang)
        fn, ln = iname.split()[0], iname.split()[-1]
        L.t("AIP|1||%s^%s^%s^^^^^^^^^^INT|INTERP^Interpreter" % (iid.split("-")[1], ascii_fold(ln).upper(), ascii_fold(fn).upper()))
        out.append(L)
        L = Line("hl7v2_mirth")
        L.t("AIL|1||%s^^^%s|CLINIC^Clinic" % (R.choice(F["depts"]).replace(" ", "")[:8], p.fac))
        out.append(L)
    L = Line("hl7v2_mirth")
    if R.random() < 0.6:
        L.seq("NTE|1||Pt prefers %s interpreter. %s " % (R.choice(["female", "male", "in-person over video"]), p.relation.capitalize()),
              (p.rel_first, "name"), " will attend, phone ", (fphone(p.rel_phone, R.choice(["space", "dash", "dot"])), "phone"))
    else:
        L.t("NTE|1||Interpreter needed for consent. Pt is %s." % ("hard of hearing" if p.lang != "ase" else "Deaf, ASL only"))
    out.append(L)
    if R.random() < 0.6:
        L = Line("hl7v2_mirth")
        L.seq("IN1|1|MCD01^Medicaid|%d|%s||||||||||||" % (R.randint(100, 999), {"MN": "MN DHS", "WA": "WA HCA", "TX": "TX HHSC", "OH": "OH DEPT OF MEDICAID", "CA": "CA DHCS"}[F["state"]]),
              (ascii_fold(p.family).upper(), "name"), "^", (ascii_fold(p.given).upper(), "name"), "|SEL|",
              (fdate(p.dob, "compact"), "date"), "|||||||||||||||||", (p.plan, "health_plan"))
        out.append(L)
    L = Line("hl7v2_mirth")
    L.t(mirth_hdr(CLK.tick(0.01, 0.2), ch + " Destination 1", "com.mirth.connect.server.controllers.DonkeyEngineController: ACK sent MSA|AA|%s" % ctrl))
    out.append(L)
    return out


# ---- Rails scheduling
def rails_prefix(t, req, lvl="INFO"):
    return "%s, [%s.%06d #%d] %5s -- : [%s] " % (lvl[0], t.strftime("%Y-%m-%dT%H:%M:%S"), t.microsecond, R.choice([12, 17, 23]), lvl, req)


def g_rails_phi():
    p = pat()
    F = FAC[p.fac]
    req = uuid4()
    ip = internal_ip()
    out = []
    t = CLK.tick()
    L = Line("rails_sched")
    L.t(rails_prefix(t, req) + 'Started POST "/api/v2/appointments" for %s at %s +0000' % (ip, t.strftime("%Y-%m-%d %H:%M:%S")))
    out.append(L)
    L = Line("rails_sched")
    L.t(rails_prefix(CLK.tick(0.001, 0.01), req) + "Processing by Api::V2::AppointmentsController#create as JSON")
    out.append(L)
    ad = appt_day()
    hh, mm = appt_time()
    L = Line("rails_sched")
    L.t(rails_prefix(CLK.tick(0.001, 0.01), req) + "  Parameters: ")
    patient = {"first_name": (p.given, "name"), "last_name": (p.family, "name"),
               "dob": (fdate(p.dob, R.choice(["us", "iso", "us_nopad"])), "date"), "mrn": (p.mrn, "mrn"), "ssn": "[FILTERED]"}
    if R.random() < 0.5:
        patient["phone"] = (fphone(p.phone, R.choice(["paren", "dash", "plain"])), "phone")
    appt = {"facility_code": p.fac, "patient": patient, "language": LANG[p.lang][1],
            "starts_at": ("%s %02d:%02d" % (ad.isoformat(), hh, mm), "date"), "duration_min": str(R.choice([30, 60, 90, 120])),
            "location": R.choice(F["depts"]), "gender_pref": R.choice(["none", "female", "male"])}
    rbdump(L, {"appointment": appt})
    out.append(L)
    if p.age > 89 and R.random() < 0.8:
        L = Line("rails_sched")
        L.seq(rails_prefix(CLK.tick(0.001, 0.02), req, "WARN") + "Appointment note flagged for review: \"pt is ", (str(p.age), "age"),
              ', needs wheelchair escort from lobby"')
        out.append(L)
    L = Line("rails_sched")
    L.t(rails_prefix(CLK.tick(0.02, 0.2), req) + "Completed 201 Created in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)"
        % (R.randint(20, 300), R.uniform(0.2, 3), R.uniform(2, 60), R.randint(2000, 20000)))
    out.append(L)
    return out


def g_rails_noise():
    req = uuid4()
    ip = internal_ip()
    t = CLK.tick()
    out = []
    lang = R.choice(list(LANG))
    d = appt_day()
    L = Line("rails_sched")
    L.t(rails_prefix(t, req) + 'Started GET "/api/v2/interpreters/availability?language=%s&date=%s&modality=in_person" for %s at %s +0000'
        % (lang, d.isoformat(), ip, t.strftime("%Y-%m-%d %H:%M:%S")))
    out.append(L)
    L = Line("rails_sched")
    L.t(rails_prefix(CLK.tick(0.001, 0.01), req) + "Processing by Api::V2::AvailabilityController#index as JSON")
    out.append(L)
    if R.random() < 0.5:
        L = Line("rails_sched")
        L.t(rails_prefix(CLK.tick(0.001, 0.01), req) + '  Parameters: {"language"=>"%s", "date"=>"%s", "modality"=>"in_person"}' % (lang, d.isoformat()))
        out.append(L)
    L = Line("rails_sched")
    L.t(rails_prefix(CLK.tick(0.01, 0.1), req) + "Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)"
        % (R.randint(8, 120), R.uniform(0.2, 3), R.uniform(1, 40), R.randint(1000, 9000)))
    out.append(L)
    return out


# ---- Celery document workflow
def celery_prefix(t, who="ForkPoolWorker-%d"):
    if "%d" in who:
        who = who % R.randint(1, 8)
    return "[%s: INFO/%s] " % (py_ts(t), who)


def g_celery_noise():
    t = CLK.tick()
    L = Line("celery_docflow")
    tid = uuid4()
    v = R.randint(0, 4)
    task = R.choice(["docflow.tasks.translate_document", "docflow.tasks.ocr_extract", "docflow.tasks.qa_second_pass",
                     "docflow.tasks.render_pdf", "docflow.tasks.deliver_to_ehr"])
    if v == 0:
        L.t("[%s: INFO/MainProcess] Task %s[%s] received" % (py_ts(t), task, tid))
    elif v == 1:
        L.t(celery_prefix(t) + "Task %s[%s] succeeded in %.3fs: {'doc_id': 'DOC-2024-%06d', 'pages': %d, 'tm_leverage': %.2f}"
            % (task, tid, R.uniform(0.5, 90), R.randint(0, 999999), R.randint(1, 14), R.uniform(0, 1)))
    elif v == 2:
        L.t("[%s: WARNING/ForkPoolWorker-%d] Task %s[%s] retry: Retry in %ds: ReadTimeout(ReadTimeoutError(\"HTTPSConnectionPool(host='mt.idiomaq.internal', port=8443): Read timed out. (read timeout=30)\"))"
            % (py_ts(t), R.randint(1, 8), task, tid, R.choice([30, 60, 120])))
    elif v == 3:
        L.t("[%s: INFO/MainProcess] celery@docflow-worker-%d ready." % (py_ts(t), R.randint(1, 6)))
    else:
        L.t("[%s: INFO/MainProcess] Scaling up %d processes." % (py_ts(t), R.randint(1, 4)))
    return [L]


def g_celery_phi():
    t = CLK.tick()
    L = Line("celery_docflow")
    p = pat()
    tid = uuid4()
    v = R.randint(0, 2)
    dd = past_day()
    if v == 0:
        sep = R.choice(["_", "-"])
        nm = R.choice([ascii_fold(p.family).upper().replace(" ", sep) + sep + ascii_fold(p.given).replace(" ", sep),
                       ascii_fold(p.given).replace(" ", sep) + sep + ascii_fold(p.family).replace(" ", sep)])
        L.seq(celery_prefix(t) + "docflow.tasks.translate_document[%s]: fetched s3://iq-docflow-prod/inbound/%s/discharge_instructions%s" % (tid, p.fac, sep),
              (nm, "name"), sep, (fdate(dd, "iso"), "date"), ".pdf (%d KB) src=en tgt=%s" % (R.randint(80, 900), p.lang))
    elif v == 1:
        L.t(celery_prefix(t) + "Task docflow.tasks.translate_document[%s] succeeded in %.3fs: " % (tid, R.uniform(4, 120)))
        pydump(L, {"doc_id": "DOC-2024-%06d" % R.randint(0, 999999), "patient_name": (name_as(p, R.choice(["full", "native", "LAST_FIRST"])), "name"),
                   "mrn": (p.mrn, "mrn"), "discharge_date": (fdate(dd, "iso"), "date"), "target": p.lang,
                   "pages": R.randint(2, 12), "tm_leverage": round(R.uniform(0, 1), 2)})
    else:
        L.seq("[%s: WARNING/ForkPoolWorker-%d] docflow.tasks.qa_second_pass[%s]: held for human review: name mismatch between source (" % (py_ts(t), R.randint(1, 8), tid),
              (name_as(p, "upper"), "name"), ") and EHR header (", (name_as(p, "last_first"), "name"), ") for encounter ", (p.enc[1], "other_id"))
    return [L]


# ---- QA transcripts
AR_DIG = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
ES_NUM = {90: "noventa", 91: "noventa y uno", 92: "noventa y dos", 93: "noventa y tres", 94: "noventa y cuatro", 95: "noventa y cinco"}


def ru_years(n):
    if n % 10 == 1 and n % 100 != 11:
        return "год"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "года"
    return "лет"


QA_NOISE = {
    "es": ["Doctor, ¿cuántas veces al día tengo que tomar la pastilla?", "Sí, entiendo. Gracias.",
           "Me duele aquí, en el lado derecho, desde el sábado.", "¿Puedo comer antes del procedimiento?"],
    "ar": ["نعم، فهمت. شكراً.", "كم مرة في اليوم آخذ الدواء؟", "الألم بدأ منذ ثلاثة أيام."],
    "vi": ["Dạ, tôi hiểu rồi.", "Tôi bị đau ngực từ hôm qua.", "Tôi có cần nhịn ăn không?"],
    "so": ["Haa, waan fahmay.", "Xanuunku wuxuu bilaabmay shalay.", "Immisa jeer ayaan qaataa daawada maalintii?"],
    "ru": ["Да, я понимаю.", "Сколько раз в день принимать таблетки?", "Болит вот здесь, справа."],
    "zh": ["Hǎo de, wǒ míngbai le.", "Wǒ de xiōngkǒu hěn téng.", "Zhège yào yī tiān chī jǐ cì?"],
}
EN_NOISE = ["Please take one tablet twice a day with food.", "Any allergies to medications?",
            "Interpreter clarification: the patient used a regional term for dizziness.",
            "We will schedule a follow-up in two weeks.", "The results look normal.",
            "Interpreter %s, ID %s, for %s. Everything said will be interpreted."]


def qa_phi_parts(p):
    """Return (speaker, lang, parts) of a patient utterance or interpreter rendition with PHI."""
    d = p.dob
    lang = p.lang
    if lang == "es":
        opts = [("id", ["Me llamo ", (p.full, "name"), " y nací el ", ("%d de %s de %d" % (d.day, MES[d.month - 1], d.year), "date"), "."]),
                ("phone", ["Mi teléfono es el ", (fphone(p.phone, R.choice(["dash", "space"])), "phone"), ", o llame a mi %s " % ("hija" if p.rel_sex == "F" else "hijo"), (p.rel_first, "name"), "."]),
                ("addr", ["Vivo en la ", (p.street, "address"), ", en ", (p.city, "address"), ", código postal ", (p.zip, "zip"), "."])]
        if p.age > 89:
            opts.append(("age", ["Tengo ", (ES_NUM.get(p.age, str(p.age)), "age"), " años, doctor, ya no oigo bien."]))
    elif lang == "ar":
        dd = fdate(d, "dmy_slash").translate(AR_DIG)
        opts = [("id", ["اسمي ", (p.native, "name"), " وتاريخ ميلادي ", (dd, "date")]),
                ("phone", ["رقم هاتف %s هو " % ("ابنتي" if p.rel_sex == "F" else "ابني"), (fphone(p.rel_phone, "dash"), "phone")]),
                ("addr", ["أسكن في ", (p.street, "address"), "، ", (p.city, "address")])]
    elif lang == "vi":
        opts = [("id", ["Tôi tên là ", (p.full, "name"), ", sinh ngày ", ("%d tháng %d năm %d" % (d.day, d.month, d.year), "date"), "."]),
                ("phone", ["Số điện thoại của %s, " % ("con gái tôi" if p.rel_sex == "F" else "con trai tôi"), (p.rel_first, "name"), ", là ", (fphone(p.rel_phone, "dot"), "phone"), "."])]
        if p.age > 89:
            opts.append(("age", ["Năm nay tôi ", (str(p.age), "age"), " tuổi rồi."]))
    elif lang == "so":
        opts = [("id", ["Magacaygu waa ", (p.full, "name"), ". Taariikhda dhalashadaydu waa ", (fdate(d, "dmy_slash"), "date"), "."]),
                ("phone", ["Lambarka taleefanka %s " % ("gabadhayda" if p.rel_sex == "F" else "wiilkayga"), (p.rel_first, "name"), " waa ", (fphone(p.rel_phone, "plain"), "phone"), "."]),
                ("addr", ["Waxaan degganahay ", (p.street, "address"), ", ", (p.city, "address"), "."])]
    elif lang == "ru":
        opts = [("id", ["Меня зовут ", (p.native, "name"), ", дата рождения ", ("%d %s %d" % (d.day, RU_GEN[d.month - 1], d.year), "date"), " года."]),
                ("phone", ["Запишите телефон %s: " % ("дочери" if p.rel_sex == "F" else "сына"), (fphone(p.rel_phone, "paren"), "phone"), "."])]
        if p.age > 89:
            opts.append(("age", ["Мне ", (str(p.age), "age"), " " + ru_years(p.age) + ", доктор."]))
    else:  # zh pinyin
        opts = [("id", ["Wǒ jiào ", (p.native, "name"), ", chūshēng rìqī shì ", ("%d nián %d yuè %d hào" % (d.year, d.month, d.day), "date"), "."]),
                ("phone", ["Wǒ %s de diànhuà shì " % ("nǚ'ér" if p.rel_sex == "F" else "érzi"), (fphone(p.rel_phone, "plain"), "phone"), "."])]
        if p.age > 89:
            opts.append(("age", ["Wǒ jīnnián ", (str(p.age), "age"), " suì le."]))
    if p.age > 89 and R.random() < 0.5:
        kind, parts = opts[-1]
    else:
        kind, parts = R.choice(opts)
    if R.random() < 0.35:
        # interpreter rendition in English
        if kind == "id":
            parts = ["My name is ", (p.full, "name"), ", I was born on ", (fdate(d, R.choice(["long", "mon_d_y"])), "date"), "."]
        elif kind == "age":
            parts = ["I am ", (str(p.age), "age"), " years old, doctor."]
        elif kind == "addr":
            parts = ["I live at ", (p.street, "address"), " in ", (p.city, "address"), "."]
        else:
            parts = ["Patient says the best number is ", (fphone(p.rel_phone, "dash"), "phone"), ", that's the ", p.relation, "."]
        return "INT", "en", parts
    return "PT", lang, parts


QA_LANGS = ["es", "ar", "vi", "so", "ru", "zh"]


def qa_review_id():
    return "R-%s-%04d" % (CLK.now.strftime("%Y%m%d"), R.randint(1, 400))


def qa_off():
    s = R.randint(5, 2400)
    return "%02d:%02d:%02d.%03d" % (s // 3600, s % 3600 // 60, s % 60, R.randint(0, 999))


def qa_noise_utt():
    lang = R.choice(QA_LANGS)
    r = R.random()
    if r < 0.5:
        return "PT", lang, [R.choice(QA_NOISE[lang])]
    if r < 0.8:
        s = R.choice(EN_NOISE)
        if "%s" in s:
            i = interp(lang)
            s = s % (i[1].split()[0], i[0].split("-")[1], LANG[lang][1])
        return R.choice(["INT", "PROV"]), "en", [s]
    return "REV", "en", ["Omission at %s: dosage frequency not rendered. Accuracy 3/5, register 4/5." % qa_off()[:8]]


def qa_txt(spk, lang, parts):
    t = CLK.tick()
    L = Line("qa_transcript_txt")
    L.t("QA %s | %s | %-4s | %-2s | " % (qa_review_id(), qa_off(), spk, lang))
    L.seq(*parts)
    return [L]


def qa_json(spk, lang, parts):
    t = CLK.tick()
    L = Line("qa_transcript_jsonl")
    jdump(L, {"review_id": qa_review_id(), "seg": R.randint(1, 220), "t": qa_off(), "spk": spk, "lang": lang,
              "text": S(parts), "asr_conf": round(R.uniform(0.55, 0.99), 2), "reviewer": R.choice(["qa.lmartins", "qa.okeefe", "qa.tnguyen"])},
          sep=(", ", ": "))
    return [L]


def g_qa_noise():
    spk, lang, parts = qa_noise_utt()
    return (qa_txt if R.random() < 0.55 else qa_json)(spk, lang, parts)


def g_qa_phi():
    old = [q for q in OLD if q.lang in QA_LANGS]
    p = R.choice(old) if (old and R.random() < 0.25) else pat(QA_LANGS)
    spk, lang, parts = qa_phi_parts(p)
    return (qa_txt if R.random() < 0.55 else qa_json)(spk, lang, parts)


# ---- billing exports
CSV_HDR = "invoice_no,facility,session_id,date_of_service,encounter_ref,patient_account,patient_name,language,modality,minutes,rate_usd,amount_usd,interpreter_id"
SUM_HDR = "facility,period,language,modality,sessions,minutes,amount_usd"
_billing_state = {"hdr": False}


def g_bill_noise():
    L = Line("billing_export_csv")
    CLK.tick()
    r = R.random()
    if r < 0.25:
        L.t(CSV_HDR)
    elif r < 0.4:
        L.t(SUM_HDR)
    else:
        lang = LANG[R.choice(list(LANG))][1]
        sess = R.randint(3, 400)
        mins = sess * R.randint(8, 30)
        L.t("%s,2024-%02d,%s,%s,%d,%d,%.2f" % (R.choice(FAC_CODES), R.choice([2, 3]), lang, R.choice(["VRI", "OPI", "ONSITE"]), sess, mins, mins * R.choice([0.89, 1.25, 1.95, 2.10])))
    return [L]


def g_bill_phi():
    p = pat()
    CLK.tick()
    if R.random() < 0.6:
        L = Line("billing_export_csv")
        mins = R.randint(3, 75)
        rate = R.choice([0.89, 1.25, 1.95, 2.10])
        nm = name_as(p, R.choice(["last_first", "full", "LAST_FIRST"]))
        L.seq("INV-%s-202403,%s,%s," % (p.fac, p.fac, sid()), (fdate(past_day(), R.choice(["iso", "us"])), "date"), ",",
              (R.choice(p.enc), "other_id"), ",", (p.acct, "account"), ",")
        if "," in nm:
            L.seq('"', (nm, "name"), '"')
        else:
            L.p(nm, "name")
        L.t(",%s,%s,%d,%.2f,%.2f,%s" % (LANG[p.lang][1], "VRI" if p.lang == "ase" else R.choice(["VRI", "OPI"]), mins, rate, mins * rate, interp(p.lang)[0]))
    else:
        L = Line("billing_export_pipe")
        secs = R.randint(60, 3600)
        L.seq("%s|" % p.fac, (fdate(past_day(), "compact"), "date"), "|", (p.mrn, "mrn"), "|",
              (name_as(p, "slash") if R.random() < 0.7 else ascii_fold(name_as(p, "slash")), "name"),
              "|%s|%s|%02d:%02d:%02d|%.2f|%.2f|INV-%s-240311" % (LANG[p.lang][0].upper(), R.choice(["OPI", "VRI", "ONS"]), secs // 3600, secs % 3600 // 60, secs % 60, 0.89, secs / 60 * 0.89, p.fac))
    return [L]


# ---- X12 837P (Medicaid T1013)
def g_x12():
    p = pat([l for l in LANG if l != "nl"])
    F = FAC[p.fac]
    t = CLK.tick()
    ctl = R.randint(1000, 99999)
    out = []

    def seg(*items):
        L = Line("x12_837p")
        L.seq(*items)
        L.t("~")
        out.append(L)
    payer = {"MN": "MNDHSMMIS", "WA": "WAHCAP1", "TX": "TXMCDTMHP", "OH": "OHMCDODM", "CA": "CADHCSMC"}[F["state"]]
    seg("ISA*00*          *00*          *ZZ*IDIOMAQ        *ZZ*%-15s*%s*%s*^*00501*%09d*0*P*:" % (payer, t.strftime("%y%m%d"), t.strftime("%H%M"), ctl))
    seg("GS*HC*IDIOMAQ*%s*%s*%s*%d*X*005010X222A1" % (payer, t.strftime("%Y%m%d"), t.strftime("%H%M"), ctl))
    seg("ST*837*0001*005010X222A1")
    seg("NM1*85*2*IDIOMAQ HEALTH LANGUAGE SERVICES*****XX*1%09d" % R.randint(0, 999999999))
    seg("SBR*P*18*******MC")
    seg("NM1*IL*1*", (ascii_fold(p.family).upper(), "name"), "*", (ascii_fold(p.given).upper(), "name"), "****MI*", (p.plan, "health_plan"))
    seg("N3*", (ascii_fold(p.street).upper(), "address"))
    seg("N4*", (p.city.upper(), "address"), "*%s*" % F["state"], (p.zip4, "zip"))
    seg("DMG*D8*", (fdate(p.dob, "compact"), "date"), "*%s" % p.sex)
    units = R.randint(1, 8)
    seg("CLM*", (p.acct, "account"), "*%.2f***11:B:1*Y*A*Y*Y" % (units * 15.0))
    seg("REF*EA*", (p.mrn, "mrn"))
    seg("LX*1")
    seg("SV1*HC:T1013*%.2f*UN*%d***1" % (units * 15.0, units))
    seg("DTP*472*D8*", (fdate(past_day(), "compact"), "date"))
    seg("SE*%d*0001" % (len(out) + 1))
    return out


# ---- Spring Boot billing service
def spring(t, lvl, thread, logger, msg):
    return "%s %5s 1 --- [%15s] %-40s : %s" % (dot_ms(t), lvl, thread[-15:], logger[:40], msg)


def g_spring_noise():
    t = CLK.tick()
    v = R.randint(0, 5)
    run = R.randint(7000, 7999)
    fac = R.choice(FAC_CODES)
    if v == 5:
        out = []
        L = Line("spring_billing")
        L.t(spring(t, "ERROR", "scheduling-1", "c.i.billing.export.HospitalExportJob", "Export run=%d failed for facility=%s" % (run, fac)))
        out.append(L)
        for s in ["org.springframework.dao.QueryTimeoutException: PreparedStatementCallback; SQL [select * from billable_session where facility_id = ? and period = ?]; ERROR: canceling statement due to statement timeout",
                  "\tat org.springframework.jdbc.support.SQLStateSQLExceptionTranslator.doTranslate(SQLStateSQLExceptionTranslator.java:107)",
                  "\tat org.springframework.jdbc.core.JdbcTemplate.execute(JdbcTemplate.java:658)",
                  "\tat com.idiomaq.billing.export.HospitalExportJob.run(HospitalExportJob.java:88)",
                  "Caused by: org.postgresql.util.PSQLException: ERROR: canceling statement due to statement timeout",
                  "\t... 14 common frames omitted"]:
            L = Line("spring_billing")
            L.t(s)
            out.append(L)
        return out
    L = Line("spring_billing")
    if v == 0:
        L.t(spring(t, "INFO", "scheduling-1", "c.i.billing.export.HospitalExportJob", "Starting export run=%d facility=%s period=2024-03 format=%s" % (run, fac, R.choice(["CSV", "PIPE", "X12-810"]))))
    elif v == 1:
        L.t(spring(t, "INFO", "scheduling-1", "c.i.billing.export.HospitalExportJob", "Export run=%d finished rows=%d rejected=%d bytes=%d duration=%.3fs" % (run, R.randint(100, 4000), R.randint(0, 9), R.randint(10000, 900000), R.uniform(0.4, 30))))
    elif v == 2:
        L.t(spring(t, "INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed."))
    elif v == 3:
        L.t(spring(t, "WARN", "nio-8080-exec-%d" % R.randint(1, 10), "o.s.w.s.m.s.DefaultHandlerExceptionResolver", "Resolved [org.springframework.web.HttpMediaTypeNotSupportedException: Content-Type 'text/plain;charset=UTF-8' is not supported]"))
    else:
        L.t(spring(t, "INFO", "sftp-upload-%d" % R.randint(1, 4), "c.i.billing.delivery.SftpDelivery", "Uploaded %s_interp_202403_%d.csv to sftp://ftp.%s:22/inbound/ap/ (%d bytes, sha256=%s)" % (fac, run, FAC[fac]["domain"], R.randint(10000, 900000), hexs(64))))
    return [L]


def g_spring_phi():
    t = CLK.tick()
    p = pat()
    L = Line("spring_billing")
    v = R.randint(0, 2)
    thr = "scheduling-1"
    if v == 0:
        L.seq(spring(t, "WARN", thr, "c.i.billing.export.RowValidator", "Rejected row: encounter "), (p.enc[0], "other_id"),
              " (acct ", (p.acct, "account"), ") missing date_of_service")
    elif v == 1:
        L.seq(spring(t, "WARN", "elig-pool-2", "c.i.billing.medicaid.EligibilityClient", "271 response: member "), (p.plan, "health_plan"),
              " not eligible on ", (fdate(past_day(), "iso"), "date"), " (AAA*Y**72*C) -> rebill facility %s" % p.fac)
    else:
        L.seq(spring(t, "DEBUG", thr, "c.i.billing.export.RowMapper", "mapped session %s -> patient=\"" % sid()),
              (name_as(p, "last_first"), "name"), "\" dos=", (fdate(past_day(), "us"), "date"), " minutes=%d" % R.randint(2, 60))
    return [L]


# ---- nginx
def ng_ts(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def g_nginx_noise():
    t = CLK.tick()
    L = Line("nginx_access")
    v = R.randint(0, 4)
    if v == 0:
        L.t('%s - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" rt=0.001 uct=0.000' % (internal_ip(), ng_ts(t)))
    elif v == 1:
        L.t('%s - - [%s] "GET /metrics HTTP/1.1" 200 %d "-" "Prometheus/2.50.1" rt=0.%03d uct=0.000' % (internal_ip(), ng_ts(t), R.randint(8000, 40000), R.randint(1, 40)))
    elif v == 2:
        L.t('%s - - [%s] "POST /api/v1/sessions HTTP/2.0" 201 %d "-" "%s" rt=0.%03d uct=0.001' % (hosp_nat_ip(), ng_ts(t), R.randint(300, 900), UA_CART, R.randint(10, 300)))
    elif v == 3:
        L.t('%s - - [%s] "GET /.env HTTP/1.1" 404 153 "-" "Mozilla/5.0 (compatible; zgrab/0.x)" rt=0.000 uct=-' % (scanner_ip(), ng_ts(t)))
    else:
        L.t('%s - svc-billing [%s] "GET /api/v1/invoices/INV-%s-202403/lines?page=%d HTTP/1.1" 200 %d "-" "Java-http-client/17.0.10" rt=0.%03d uct=0.000'
            % (internal_ip(), ng_ts(t), R.choice(FAC_CODES), R.randint(1, 30), R.randint(2000, 90000), R.randint(10, 900)))
    return [L]


def g_nginx_phi():
    t = CLK.tick()
    L = Line("nginx_access")
    p = pat()
    if R.random() < 0.65:
        L.seq((p.ip, "ip"), ' - - [%s] "GET /v/j/%s?lang=%s HTTP/2.0" 200 %d "-" "%s" rt=0.%03d uct=0.000'
              % (ng_ts(t), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(8)), p.lang, R.randint(3000, 9000), R.choice(UA_PHONE), R.randint(10, 90)))
    else:
        L.seq('%s - svc-docflow [%s] "GET /api/v1/patients/' % (internal_ip(), ng_ts(t)), (p.pid, "other_id"),
              '/documents?type=discharge&lang=%s HTTP/1.1" 200 %d "-" "python-requests/2.31.0" rt=0.%03d uct=0.000' % (p.lang, R.randint(200, 5000), R.randint(5, 200)))
    return [L]


# ---- k8s klog / infra noise
def g_klog():
    t = CLK.tick()
    L = Line("k8s_klog")
    hdr = "%s%s %s.%06d       1 " % (R.choice("IIIIWE"), t.strftime("%m%d"), t.strftime("%H:%M:%S"), t.microsecond)
    v = R.randint(0, 4)
    if v == 0:
        L.t(hdr[:0] + "I" + hdr[1:] + 'kubelet.go:2457] "SyncLoop (probe)" probe="readiness" status="ready" pod="vri/vri-signal-6d8f9c7b5-%s"' % "".join(R.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5)))
    elif v == 1:
        L.t("I" + hdr[1:] + 'horizontal.go:891] "Successfully rescaled" HPA="vri/vri-signal" currentReplicas=%d desiredReplicas=%d reason="cpu resource utilization (percentage of request) above target"' % (R.randint(3, 6), R.randint(6, 10)))
    elif v == 2:
        L.t("E" + hdr[1:] + 'reflector.go:147] k8s.io/client-go/informers/factory.go:150: Failed to watch *v1.Endpoints: the server has asked for the client to provide credentials')
    elif v == 3:
        L.t("I" + hdr[1:] + 'leaderelection.go:260] successfully acquired lease docflow/docflow-scheduler-leader')
    else:
        L.t("W" + hdr[1:] + 'warnings.go:70] autoscaling/v2beta2 HorizontalPodAutoscaler is deprecated in v1.23+, unavailable in v1.26+; use autoscaling/v2 HorizontalPodAutoscaler')
    return [L]


def g_coturn():
    t = CLK.tick()
    L = Line("coturn_syslog")
    sess = "%018d" % R.randint(10 ** 15, 10 ** 17)
    if R.random() < 0.5:
        L.t("%s turn-0%d turnserver[%d]: %d: : session %s: realm <turn.idiomaq.io> user <%d:%s>: incoming packet ALLOCATE processed, success"
            % (syslog_ts(t), R.randint(1, 3), R.randint(700, 900), R.randint(100, 90000), sess, ms(t) // 1000 + 600, sid()))
    else:
        L.t("%s turn-0%d turnserver[%d]: %d: : session %s: closed (2nd stage), user <%d:%s> realm <turn.idiomaq.io> origin <>, local 10.60.1.%d:3478, remote %s:%d, reason: %s"
            % (syslog_ts(t), R.randint(1, 3), R.randint(700, 900), R.randint(100, 90000), sess, ms(t) // 1000 + 600, sid(), R.randint(2, 9), hosp_nat_ip(), R.randint(30000, 65000), R.choice(["allocation timeout", "TCP connection closed by client (callback)", "allocation watchdog determined stale session state"])))
    return [L]


def g_prom():
    CLK.tick()
    L = Line("prom_exposition")
    lang = R.choice(list(LANG))
    q = LANG[lang][1].lower().replace(" ", "-")
    v = R.randint(0, 3)
    if v == 0:
        L.t("# HELP iq_queue_wait_seconds Time from request to interpreter connect.")
    elif v == 1:
        L.t('iq_queue_wait_seconds_bucket{modality="vri",queue="%s",le="%s"} %d' % (q, R.choice(["10", "30", "60", "120", "+Inf"]), R.randint(10, 9000)))
    elif v == 2:
        L.t('iq_sessions_active{modality="%s",facility="%s"} %d' % (R.choice(["vri", "opi"]), R.choice(FAC_CODES), R.randint(0, 80)))
    else:
        L.t('process_resident_memory_bytes{job="docflow-worker",instance="%s:9808"} %.6e' % (internal_ip(), R.uniform(2e8, 9e8)))
    return [L]


def g_alert():
    t = CLK.tick()
    L = Line("alertmanager")
    if R.random() < 0.5:
        L.t('level=info ts=%s caller=dispatch.go:165 component=dispatcher msg="Notify success" receiver=pagerduty-oncall integration=pagerduty[0] aggrGroup="{}:{alertname=\\"QueueWaitHigh\\"}" attempts=1' % iso_z(t))
    else:
        lang = R.choice(["somali", "arabic", "spanish", "vietnamese", "russian", "asl"])
        L.t('level=warn ts=%s caller=notify.go:848 component=dispatcher receiver=slack-sched-ops integration=slack[0] aggrGroup="{}:{alertname=\\"QueueWaitHigh\\", queue=\\"%s-vri\\"}" msg="Notify attempt failed, will retry later" attempts=%d err="Post \\"<redacted>\\": context deadline exceeded"' % (iso_z(t), lang, R.randint(1, 4)))
    return [L]


def g_systemd():
    t = CLK.tick()
    L = Line("syslog_cron")
    v = R.randint(0, 2)
    h = R.choice(["db-prim-01", "mx-out-1", "bastion-2", "docflow-node-3"])
    if v == 0:
        L.t("%s %s CRON[%d]: (root) CMD (/usr/local/bin/pg_backup.sh --target s3://iq-backups-prod/pg/ >> /var/log/pg_backup.log 2>&1)" % (syslog_ts(t), h, R.randint(10000, 60000)))
    elif v == 1:
        L.t("%s %s systemd[1]: certbot.service: Deactivated successfully." % (syslog_ts(t), h))
    else:
        L.t("%s %s sshd[%d]: Accepted publickey for deploy from 10.8.0.%d port %d ssh2: ED25519 SHA256:%s" % (syslog_ts(t), h, R.randint(1000, 60000), R.randint(2, 60), R.randint(30000, 65000), base64.b64encode(bytes(R.randint(0, 255) for _ in range(32))).decode().rstrip("=")))
    return [L]


# ---- Postgres
def pg_prefix(t, pid, lvl):
    return "%s UTC [%d] sched@scheduling %s:  " % (dot_ms(t), pid, lvl)


def g_pg_noise():
    t = CLK.tick()
    L = Line("postgres")
    pid = R.randint(1000, 60000)
    v = R.randint(0, 3)
    if v == 0:
        L.t("%s UTC [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s"
            % (dot_ms(t), R.randint(30, 90), R.randint(100, 9000), R.uniform(0.1, 9), R.randint(0, 4), R.uniform(1, 200), R.uniform(0, 1), R.uniform(1, 200)))
    elif v == 1:
        L.t(pg_prefix(t, pid, "LOG") + "duration: %.3f ms  statement: SELECT count(*) FROM interpreter_shifts WHERE language_code = 'som' AND starts_at::date = current_date" % R.uniform(200, 4000))
    elif v == 2:
        L.t("%s UTC [%d] LOG:  automatic vacuum of table \"scheduling.public.appointment_events\": index scans: 1" % (dot_ms(t), pid))
    else:
        L.t(pg_prefix(t, pid, "ERROR") + 'could not serialize access due to concurrent update')
    return [L]


def g_pg_phi():
    t = CLK.tick()
    p = pat()
    pid = R.randint(1000, 60000)
    out = []
    if R.random() < 0.5:
        L = Line("postgres")
        L.t(pg_prefix(t, pid, "ERROR") + 'duplicate key value violates unique constraint "patients_facility_id_mrn_key"')
        out.append(L)
        L = Line("postgres")
        L.seq(pg_prefix(t, pid, "DETAIL") + "Key (facility_id, mrn)=(%d, " % R.randint(1, 40), (p.mrn, "mrn"), ") already exists.")
        out.append(L)
    else:
        L = Line("postgres")
        L.t(pg_prefix(t, pid, "LOG") + "duration: %.3f ms  execute <unnamed>: SELECT id FROM patients WHERE last_name = $1 AND first_name = $2 AND dob = $3" % R.uniform(500, 5000))
        out.append(L)
        L = Line("postgres")
        L.seq(pg_prefix(t, pid, "DETAIL") + "parameters: $1 = '", (p.family, "name"), "', $2 = '", (p.given, "name"), "', $3 = '",
              (fdate(p.dob, "iso"), "date"), "'")
        out.append(L)
    return out


# ---- scheduling XML bridge
def g_xml_phi():
    t = CLK.tick()
    p = pat()
    F = FAC[p.fac]
    L = Line("sched_soap_xml")
    ad = appt_day()
    hh, mm = appt_time()
    L.t("%s DEBUG 7 --- [cxf-exec-%d] o.a.cxf.services.ScheduleService.REQ_IN : Payload: " % (dot_ms(t), R.randint(1, 9)))
    L.t('<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><ns2:AppointmentRequest xmlns:ns2="urn:idiomaq:sched:v2">')
    L.t("<RequestId>%s</RequestId><FacilityId>%s</FacilityId><Patient>" % (uuid4(), p.fac))
    L.seq("<FamilyName>", (p.family, "name"), "</FamilyName><GivenName>", (p.given, "name"), "</GivenName>")
    L.seq("<BirthDate>", (fdate(p.dob, "iso"), "date"), "</BirthDate><MRN>", (p.mrn, "mrn"), "</MRN>")
    if R.random() < 0.5:
        L.seq("<HomePhone>", (fphone(p.phone, "dash"), "phone"), "</HomePhone>")
    L.seq("</Patient><Language code=\"%s\">%s</Language><Start>" % (LANG[p.lang][0], LANG[p.lang][1]),
          ("%sT%02d:%02d:00" % (ad.isoformat(), hh, mm), "date"), "</Start><Location>%s</Location><Requester>%s</Requester></ns2:AppointmentRequest></soap:Body></soap:Envelope>" % (R.choice(F["depts"]).replace("&", "&amp;"), R.choice(CLIN)))
    return [L]


def g_xml_noise():
    t = CLK.tick()
    L = Line("sched_soap_xml")
    if R.random() < 0.5:
        L.t("%s  WARN 7 --- [cxf-exec-%d] o.a.cxf.phase.PhaseInterceptorChain : Interceptor for {urn:idiomaq:sched:v2}ScheduleService has thrown exception, unwinding now" % (dot_ms(t), R.randint(1, 9)))
    else:
        L.t('%s DEBUG 7 --- [cxf-exec-%d] o.a.cxf.services.ScheduleService.RESP_OUT : Payload: <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault><faultcode>soap:Client</faultcode><faultstring>No interpreter available for language=%s window=PT2H</faultstring></soap:Fault></soap:Body></soap:Envelope>'
            % (dot_ms(t), R.randint(1, 9), LANG[R.choice(list(LANG))][0]))
    return [L]


# ---- mailer with ICS (escaped CRLF)
def g_ics():
    t = CLK.tick()
    L = Line("mailer_ics")
    p = pat()
    F = FAC[p.fac]
    iid, iname, _ = interp(p.lang)
    em = ascii_fold(iname).lower().replace(" ", ".").replace("-", "") + "@idiomaq.io"
    ad = appt_day()
    hh, mm = appt_time()
    st = dt.datetime(ad.year, ad.month, ad.day, hh, mm)
    en = st + dt.timedelta(minutes=60)
    L.seq("%s DEBUG [mailer] smtp.send to=['%s'] subject=\"Assignment: %s in-person " % (py_ts(t), em, LANG[p.lang][1]),
          (fdate(ad, "md"), "date"), ' %02d:%02d" ics="BEGIN:VCALENDAR\\r\\nPRODID:-//Idiomaq//Scheduler 4.2//EN\\r\\nVERSION:2.0\\r\\nMETHOD:REQUEST\\r\\nBEGIN:VEVENT\\r\\nUID:apt-%06d@idiomaq.io\\r\\nDTSTART;TZID=%s:' % (hh, mm, R.randint(0, 999999), F["tz"]),
          (st.strftime("%Y%m%dT%H%M%S"), "date"), "\\r\\nDTEND;TZID=%s:" % F["tz"], (en.strftime("%Y%m%dT%H%M%S"), "date"),
          "\\r\\nSUMMARY:%s – " % LANG[p.lang][1], (name_as(p, "init_last"), "name"), " (MRN ", (p.mrn, "mrn"),
          ")\\r\\nLOCATION:%s\\, %s\\r\\nDESCRIPTION:Pt phone " % (F["short"], R.choice(F["depts"])),
          (fphone(p.phone, "dash"), "phone"), ". Check in at front desk\\, ask for %s.\\r\\nEND:VEVENT\\r\\nEND:VCALENDAR\\r\\n\"" % R.choice(CLIN))
    return [L]


def g_ics_noise():
    t = CLK.tick()
    L = Line("mailer_ics")
    u, nm = R.choice(STAFF)
    L.t("%s DEBUG [mailer] smtp.send to=['%s-interpreters@idiomaq.io'] subject=\"Team huddle\" ics=\"BEGIN:VCALENDAR\\r\\nVERSION:2.0\\r\\nBEGIN:VEVENT\\r\\nUID:huddle-%d@idiomaq.io\\r\\nDTSTART;TZID=America/Chicago:20240315T080000\\r\\nSUMMARY:Weekly huddle (%s)\\r\\nORGANIZER:mailto:%s\\r\\nEND:VEVENT\\r\\nEND:VCALENDAR\\r\\n\""
        % (py_ts(t), R.choice(["somali", "spanish", "arabic"]), R.randint(100, 999), nm, staff_email(u)))
    return [L]


# ---- postfix
def g_postfix_noise():
    t = CLK.tick()
    L = Line("postfix_maillog")
    qid = "".join(R.choice("0123456789ABCDEF") for _ in range(10))
    v = R.randint(0, 2)
    if v == 0:
        L.t("%s mx-out-1 postfix/qmgr[%d]: %s: from=<no-reply@idiomaq.io>, size=%d, nrcpt=1 (queue active)" % (syslog_ts(t), R.randint(800, 2000), qid, R.randint(2000, 90000)))
    elif v == 1:
        f = R.choice(FAC_CODES)
        L.t("%s mx-out-1 postfix/smtp[%d]: %s: to=<ap-invoices@%s>, relay=mx1.%s[%s]:25, delay=%.1f, delays=0.02/0.01/0.3/0.5, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as %s)"
            % (syslog_ts(t), R.randint(20000, 30000), qid, FAC[f]["domain"], FAC[f]["domain"], hosp_nat_ip(), R.uniform(0.3, 3), hexs(10).upper()))
    else:
        u, _ = R.choice(STAFF)
        L.t("%s mx-out-1 postfix/smtp[%d]: %s: to=<%s>, relay=aspmx.l.google.com[142.250.%d.%d]:25, delay=0.9, delays=0.05/0/0.31/0.54, dsn=2.0.0, status=sent (250 2.0.0 OK  %d %s - gsmtp)"
            % (syslog_ts(t), R.randint(20000, 30000), qid, staff_email(u), R.randint(0, 255), R.randint(1, 254), ms(t) // 1000, hexs(20)))
    return [L]


def g_postfix_phi():
    t = CLK.tick()
    p = pat()
    L = Line("postfix_maillog")
    qid = "".join(R.choice("0123456789ABCDEF") for _ in range(10))
    dom = p.email.split("@")[1]
    st = R.choice(["sent (250 2.0.0 OK  %d %s - gsmtp)" % (ms(t) // 1000, hexs(20)) if dom == "gmail.com" else "sent (250 2.0.0 Ok: queued as %s)" % hexs(12).upper(),
                   "bounced (host mx.%s said: 550 5.1.1 <%s>: Recipient address rejected: User unknown)",
                   "deferred (connect to mx.%s[%s]:25: Connection timed out)"])
    L.seq("%s mx-out-1 postfix/smtp[%d]: %s: to=<" % (syslog_ts(t), R.randint(20000, 30000), qid), (p.email, "email"),
          ">, relay=mx.%s[%s.%d.%d]:25, delay=%.1f, delays=0.04/0.01/0.4/0.6, dsn=%s, status=" % (p.email.split("@")[1], R.choice(["67.195", "98.136", "40.97"]), R.randint(0, 255), R.randint(1, 254), R.uniform(0.4, 30), "2.0.0"))
    if st.startswith("bounced"):
        L.seq("bounced (host mx.%s said: 550 5.1.1 <" % p.email.split("@")[1], (p.email, "email"), ">: Recipient address rejected: User unknown)")
    elif st.startswith("deferred"):
        L.t("deferred (connect to mx.%s[%s]:25: Connection timed out)" % (p.email.split("@")[1], "98.136.%d.%d" % (R.randint(0, 255), R.randint(1, 254))))
    else:
        L.t(st)
    return [L]


# ---- Twilio SMS
SMS_TPL = {
    "es": lambda nm, d, tm, f: ["Recordatorio: ", (nm, "name"), ", su intérprete de español lo espera el ", (d, "date"), " a las %s en %s. Responda C para confirmar." % (tm, f)],
    "so": lambda nm, d, tm, f: ["Xusuusin: ", (nm, "name"), ", turjubaanka Soomaaliga ayaa kula kulmaya ", (d, "date"), " %s, %s. Ku jawaab C si aad u xaqiijiso." % (tm, f)],
    "vi": lambda nm, d, tm, f: ["Nhắc hẹn: ", (nm, "name"), ", thông dịch viên sẽ gặp quý vị ngày ", (d, "date"), " lúc %s tại %s. Trả lời C để xác nhận." % (tm, f)],
    "ar": lambda nm, d, tm, f: ["تذكير: ", (nm, "name"), "، سيقابلك المترجم يوم ", (d, "date"), " الساعة %s في %s. أرسل C للتأكيد." % (tm, f)],
    "ru": lambda nm, d, tm, f: ["Напоминание: ", (nm, "name"), ", переводчик встретит вас ", (d, "date"), " в %s, %s. Ответьте C для подтверждения." % (tm, f)],
    "en": lambda nm, d, tm, f: ["Reminder: ", (nm, "name"), ", your interpreter will meet you on ", (d, "date"), " at %s at %s. Reply C to confirm." % (tm, f)],
}


def g_sms_phi():
    t = CLK.tick()
    p = pat()
    L = Line("twilio_sms")
    if R.random() < 0.45:
        L.seq("%s INFO sms-webhook POST /webhooks/twilio/status 204 body=\"SmsSid=%s&SmsStatus=delivered&MessageStatus=delivered&To=" % (iso_z(t), twsid("SM")),
              ("%2B1" + p.phone, "phone"), "&MessageSid=%s&AccountSid=%s&From=%%2B18445550100&ApiVersion=2010-04-01\"" % (twsid("SM"), twsid("AC")))
    else:
        lang = p.lang if p.lang in SMS_TPL else "en"
        ad = appt_day()
        hh, mm = appt_time()
        ds = R.choice([fdate(ad, "md"), fdate(ad, "us"), ad.strftime("%a ") + fdate(ad, "md")]) if lang != "ru" else ad.strftime("%d.%m")
        tm = "%d:%02d" % (hh, mm)
        nm = R.choice([p.given, p.full]) if lang != "ar" else p.native
        L.seq("%s INFO reminders queued sms to=" % iso_z(t), (fphone(p.phone, "e164"), "phone"), " template=appt_reminder_%s body=\"" % lang)
        L.seq(*SMS_TPL[lang](nm, ds, tm, FAC[p.fac]["short"]))
        L.t('"')
    return [L]


def g_sms_noise():
    t = CLK.tick()
    L = Line("twilio_sms")
    if R.random() < 0.5:
        iid, nm, lang = interp()
        L.t("%s INFO reminders queued sms to=+1%s template=shift_offer_interpreter body=\"%s: open %s shift at %s tomorrow 08:00-12:00. Reply Y to accept.\""
            % (iso_z(t), R.choice(["612", "206", "713"]) + str(R.randint(200, 989)) + "%04d" % R.randint(0, 9999), nm.split()[0], LANG[lang][1], FAC[R.choice(FAC_CODES)]["short"]))
    else:
        L.t("%s WARN sms-webhook POST /webhooks/twilio/status 204 body=\"MessageStatus=undelivered&ErrorCode=30003&MessageSid=%s&AccountSid=%s&ApiVersion=2010-04-01\"" % (iso_z(t), twsid("SM"), twsid("AC")))
    return [L]


# ---- Sentry (patient app)
def imei():
    body = "35" + "".join(str(R.randint(0, 9)) for _ in range(12))
    return body + luhn_digit(body)


def g_sentry_phi():
    t = CLK.tick()
    p = pat()
    L = Line("sentry_event_json")
    dev = R.choice([("SM-A136U", "R58T%s" % "".join(R.choice("0123456789ABCDEFGHJKLMNPQRSTVWXYZ") for _ in range(7)), "Android", "13"),
                    ("iPhone14,7", "".join(R.choice("0123456789ABCDEFGHJKLMNPQRSTVWXYZ") for _ in range(12)), "iOS", "17.3.1")])
    o = {"event_id": hexs(32), "timestamp": round(ms(t) / 1000, 3), "platform": "javascript", "level": "error",
         "release": "idiomaq-connect@3.4.1+512", "environment": "production",
         "user": {"id": ("pt_" + p.pid, "other_id"), "username": (p.username, "other_id"), "ip_address": (p.ip, "ip")},
         "contexts": {"device": {"model": dev[0], "serial_number": (dev[1], "device")}, "os": {"name": dev[2], "version": dev[3]}}}
    if R.random() < 0.4:
        o["contexts"]["device"]["imei"] = (imei(), "device")
    if p.lang == "ase" or R.random() < 0.2:
        mac = ":".join("%02X" % R.randint(0, 255) for _ in range(6))
        o["breadcrumbs"] = [{"category": "bluetooth", "message": S(["hearing device paired ", (mac, "device")])}]
    o["exception"] = {"values": [{"type": "NetworkError", "value": "Failed to fetch /api/v1/sessions/join"}]}
    jdump(L, o, sep=(", ", ": "))
    return [L]


def g_sentry_noise():
    t = CLK.tick()
    L = Line("sentry_event_json")
    iid, nm, _ = interp()
    o = {"event_id": hexs(32), "timestamp": round(ms(t) / 1000, 3), "platform": "javascript", "level": R.choice(["error", "warning"]),
         "release": "idiomaq-desk@5.12.0+%d" % R.randint(800, 999), "environment": "production",
         "user": {"id": iid, "email": ascii_fold(nm).lower().replace(" ", ".") + "@idiomaq.io"},
         "contexts": {"browser": {"name": "Chrome", "version": "122.0.6261.112"}, "os": {"name": "Windows", "version": "10"}},
         "exception": {"values": [{"type": R.choice(["TypeError", "NotAllowedError"]), "value": R.choice(["Cannot read properties of undefined (reading 'srcObject')", "Permission denied by system"])}]},
         "tags": {"trace_id": hexs(32), "span_id": hexs(16)}}
    jdump(L, o, sep=(", ", ": "))
    return [L]


# ---- audit CSV (no header)
def g_audit_noise():
    t = CLK.tick()
    L = Line("audit_csv")
    u, _ = R.choice(STAFF)
    res = R.choice(["invoice/INV-%s-202403" % R.choice(FAC_CODES), "document/DOC-2024-%06d" % R.randint(0, 999999),
                    "interpreter/%s" % interp()[0], "ratecard/%s-2024Q2" % R.choice(FAC_CODES)])
    L.t("%s,u.%s,%s,%s,%s,200,%s,%s" % (iso_z(t), u, R.choice(["billing-api", "sched-web", "docflow"]), R.choice(["VIEW", "EXPORT", "UPDATE"]), res, internal_ip(), hexs(16)))
    return [L]


def g_audit_phi():
    t = CLK.tick()
    L = Line("audit_csv")
    p = pat()
    u, _ = R.choice(STAFF)
    L.seq("%s,u.%s,sched-web,%s,patient/" % (iso_z(t), u, R.choice(["VIEW", "UPDATE", "MERGE"])), (p.pid, "other_id"), ",200,%s,%s" % (internal_ip(), hexs(16)))
    return [L]


# ---- free text: Zendesk comments and Slack ops
def note_phi(p):
    F = FAC[p.fac]
    ad = appt_day()
    hh, mm = appt_time()
    v = cyc("note", 12)
    L = LANG[p.lang][1]
    if v == 0:
        return ["Pt ", (name_as(p, R.choice(["full", "last_first", "lower"])), "name"), " (%s) needs in-person for " % L,
                (fdate(ad, R.choice(["md", "us_nopad", "mon_d_y"])), "date"), " %d:%02d at %s %s; %s " % (hh, mm, F["short"], R.choice(F["depts"]), p.relation),
                (p.rel, "name"), " will bring them, cell ", (fphone(p.rel_phone, R.choice(PH_STYLES)), "phone")]
    if v == 1:
        return ["Callback requested by patient's ", p.relation, " ", (p.rel_first, "name"), " at ", (fphone(p.rel_phone, R.choice(PH_STYLES)), "phone"),
                " re: %s interpreter no-show on " % L, (fdate(past_day(), R.choice(["md", "us", "d_mon_y_sp"])), "date"), "."]
    if v == 2:
        q = R.choice(OLD) if R.random() < 0.7 else p
        return ["Mr. " if q.sex == "M" else "Ms. ", (q.family, "name"), " is ", (str(q.age), "age" if q.age > 89 else None), R.choice([" y/o", "yo", " years old"]),
                ", very HOH - pls send someone who speaks slowly. DOB ", (fdate(q.dob, R.choice(DOB_STYLES)), "date"), "."]
    if v == 3:
        return ["Translated discharge packet for ", (name_as(p, "full"), "name"), " emailed to ", (p.email, "email"), " per pt request (consent on file)."]
    if v == 4:
        return ["Address on file is wrong for ", (name_as(p, "init_last"), "name"), " - correct is ", (p.street, "address"), ", ",
                (p.city, "address"), " %s " % F["state"], (p.zip, "zip"), ". Re-run mileage for the %s assignment." % L]
    if v == 5:
        return ["Duplicate MRN? ", (p.mrn, "mrn"), " vs ", ("%s" % (p.mrn[:-2] + "%02d" % R.randint(10, 99)), "mrn"), " for same pt at %s, encounter " % p.fac,
                (p.enc[0], "other_id"), ". Asked HIM to merge."]
    if v == 6:
        st = F["state"]
        lic = {"MN": lambda: R.choice("ABCDEFGHJK") + "%012d" % R.randint(0, 10 ** 12 - 1), "WA": lambda: "WDL" + "".join(R.choice("ABCDEFGHJKLMNPQRSTVWXYZ0123456789") for _ in range(9)),
               "TX": lambda: "%08d" % R.randint(0, 10 ** 8 - 1), "OH": lambda: "S" + R.choice("ABCDEFGHR") + "%06d" % R.randint(0, 999999),
               "CA": lambda: R.choice("ABCDEFGHJKLMNPRSTUVWYZ") + "%07d" % R.randint(0, 9999999)}[st]()
        return ["Guardian ", (p.rel, "name"), " showed %s DL " % st, (lic, "license"), " before consent signing; interpreter %s witnessed." % interp(p.lang)[1]]
    if v == 7:
        plate = R.choice(["%s%s%s %03d" % (R.choice("ABCDEFGHJK"), R.choice("ABCDEFGHJK"), R.choice("LMNPRST"), R.randint(0, 999)),
                          "%d%s%03d" % (R.randint(1, 9), "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)), R.randint(0, 999)),
                          "%s-%04d" % ("".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)), R.randint(0, 9999))])
        return ["NEMT: ", p.relation, " drives a %s %s, plate " % (R.choice(["silver", "white", "grey", "blue"]), R.choice(["Camry", "Sienna", "Odyssey", "Corolla"])),
                (plate, "vehicle"), "; pt ", (name_as(p, "first"), "name"), " will meet interpreter at the main entrance on ", (fdate(ad, "md"), "date"), "."]
    if v == 8:
        return ["Medicaid ID ", (p.plan, "health_plan"), " not eligible for interp billing on DOS ", (fdate(past_day(), "us"), "date"), " - re-bill %s." % p.fac]
    if v == 9:
        fb = "facebook.com/" + ascii_fold(p.rel_first).lower().replace(" ", ".") + "." + ascii_fold(p.family.split()[-1]).lower().replace("'", "") + str(R.randint(1, 99))
        return ["Pt's phone disconnected; family asked us to message ", (p.rel_first, "name"), " via ", ("https://www." + fb, "url"), " to confirm the ", L, " appt."]
    if v == 10:
        return ["Guardian wants translated discharge docs faxed home: ", (fphone(p.rel_phone, R.choice(["dash", "paren"])), "fax"),
                " (not the clinic fax %s). Pt: " % fphone(R.choice(F["areas"]) + "555" + "%04d" % R.randint(100, 199), "dash"), (name_as(p, "LAST_FIRST"), "name")]
    return ["Pt SSN on intake form is ", (p.ssn, "ssn"), " - should not be in our system, purged from attachment %s per policy." % ("ATT-%06d" % R.randint(0, 999999))]


NOTE_NOISE = [
    "Interpreter {int} running ~10 min late to {fac}, charge nurse notified at x{ext}.",
    "VRI cart IQC-{fc}-{cart} on {dept} has no audio - biomed ticket BM-{tk} opened.",
    "Reminder: Q2 rate card for {fc} goes live 04/01, ping billing@idiomaq.io with questions.",
    "{lang} queue backed up ~4 min at shift change, pulled {intf} from OPI to cover.",
    "ASL on-site for Friday moved to VRI per clinic manager ({clin}).",
    "{lang} in-person coverage: {intf} off 3/15-3/17, use INT-{iid} instead.",
    "Scheduling desk line for {fc} changed to {deskph}, please update the wallet cards.",
    "Invoice INV-{fc}-202403 re-sent to ap-invoices@{dom}, PO 4500{po} referenced.",
    "Deploy 2024.03.{bn} of vri-signal rolled out, p95 connect time back to {sec}s.",
]


def note_noise_text():
    f = R.choice(FAC_CODES)
    i = interp()
    lang = R.choice(list(LANG))
    return R.choice(NOTE_NOISE).format(int=i[1], intf=i[1].split()[0], fac=FAC[f]["short"], ext=R.randint(2000, 9999), fc=f,
                                       cart="%05d" % R.randint(1, 99999), dept=R.choice(FAC[f]["depts"]), tk=R.randint(10000, 99999),
                                       lang=LANG[lang][1], clin=R.choice(CLIN), iid=R.randint(10000, 99999),
                                       deskph=fphone(R.choice(FAC[f]["areas"]) + str(R.randint(200, 989)) + "%04d" % R.randint(0, 9999), "dash"),
                                       dom=FAC[f]["domain"], po=R.randint(100000, 999999), bn=R.randint(1, 40), sec=R.randint(8, 30))


def zd_line(parts):
    t = CLK.tick()
    L = Line("zendesk_comment")
    u, nm = R.choice(STAFF)
    L.t('%s zendesk-sync comment ticket=ZD-%d author="%s" public=false body="' % (iso_z(t), R.randint(80000, 99999), nm))
    L.seq(*parts)
    L.t('"')
    return [L]


def slack_line(parts):
    t = CLK.tick()
    L = Line("slack_ops_export")
    u, _ = R.choice(STAFF)
    L.t("#%s %s %s: " % (R.choice(["sched-ops", "dispatch", "billing-ops"]), t.strftime("%Y-%m-%d %H:%M"), u))
    L.seq(*parts)
    return [L]


def g_note_phi():
    p = pat()
    parts = note_phi(p)
    return (zd_line if R.random() < 0.5 else slack_line)(parts)


def g_note_noise():
    return (zd_line if R.random() < 0.5 else slack_line)([note_noise_text()])


# ----------------------------------------------------------------------------- assembly
GENS = [  # func, weight, maxlines, kind
    (g_vri_noise, 7, 1, "noise"), (g_vri_phi, 5, 1, "phi"),
    (g_opi_noise, 5, 1, "noise"), (g_opi_phi, 3, 1, "phi"),
    (g_ast_noise, 4, 1, "noise"), (g_ast_phi, 2, 1, "phi"),
    (g_hl7, 2.2, 10, "phi"),
    (g_rails_noise, 1.5, 4, "noise"), (g_rails_phi, 1.8, 5, "phi"),
    (g_celery_noise, 4, 1, "noise"), (g_celery_phi, 3, 1, "phi"),
    (g_qa_noise, 6, 1, "noise"), (g_qa_phi, 7, 1, "phi"),
    (g_bill_noise, 3, 1, "noise"), (g_bill_phi, 4, 1, "phi"),
    (g_x12, 0.25, 15, "phi"),
    (g_spring_noise, 3, 7, "noise"), (g_spring_phi, 2, 1, "phi"),
    (g_nginx_noise, 6, 1, "noise"), (g_nginx_phi, 2.5, 1, "phi"),
    (g_klog, 4, 1, "noise"), (g_coturn, 2, 1, "noise"), (g_prom, 3, 1, "noise"), (g_alert, 1.5, 1, "noise"),
    (g_systemd, 2, 1, "noise"),
    (g_pg_noise, 2.5, 1, "noise"), (g_pg_phi, 1.3, 2, "phi"),
    (g_xml_noise, 1, 1, "noise"), (g_xml_phi, 1.5, 1, "phi"),
    (g_ics, 1.3, 1, "phi"), (g_ics_noise, 0.6, 1, "noise"),
    (g_postfix_noise, 2, 1, "noise"), (g_postfix_phi, 1.3, 1, "phi"),
    (g_sms_noise, 1.5, 1, "noise"), (g_sms_phi, 2.5, 1, "phi"),
    (g_sentry_noise, 1.5, 1, "noise"), (g_sentry_phi, 1.5, 1, "phi"),
    (g_audit_noise, 2, 1, "noise"), (g_audit_phi, 1.2, 1, "phi"),
    (g_note_noise, 2.5, 1, "noise"), (g_note_phi, 6, 1, "phi"),
]
TARGET_NOISE = 0.55


def build():
    lines = []
    x12_done = 0
    while len(lines) < NLINES:
        room = NLINES - len(lines)
        noise = sum(1 for l in lines if not l.spans)
        want = "noise" if noise < TARGET_NOISE * (len(lines) + 1) else "phi"
        pool = [g for g in GENS if g[3] == want and g[2] <= room and not (g[0] is g_x12 and x12_done >= 2)]
        if len(lines) in (150, 380) and room >= 15 and x12_done < 2:
            pool = [g for g in GENS if g[0] is g_x12]
        tot = sum(g[1] for g in pool)
        r = R.uniform(0, tot)
        for g in pool:
            r -= g[1]
            if r <= 0:
                break
        if g[0] is g_x12:
            x12_done += 1
        lines.extend(g[0]())
    assert len(lines) == NLINES
    return lines


def main():
    lines = build()
    log_out, lab_out = [], []
    for i, L in enumerate(lines, 1):
        txt = L.text
        assert "\n" not in txt and "\r" not in txt and txt.strip(), (i, txt)
        b = txt.encode("utf-8")
        spans = []
        for s, e, cat, val in L.spans:
            assert b[s:e].decode("utf-8") == val, (i, val)
            spans.append({"s": s, "e": e, "cat": cat})
        spans.sort(key=lambda x: x["s"])
        for a, c in zip(spans, spans[1:]):
            assert a["e"] <= c["s"], (i, spans)
        log_out.append(txt)
        lab_out.append(json.dumps({"line": i, "family": L.family, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(log_out))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lab_out) + "\n")


if __name__ == "__main__":
    main()
