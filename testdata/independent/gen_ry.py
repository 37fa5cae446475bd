#!/usr/bin/env python3
"""gen_ry.py -- labeled synthetic log corpus "ry".

Organisation: Open Door Interfaith Health Network (ODIHN), Columbus, OH -- a
network of faith-based free clinics run out of St. Brigid Parish Hall (SBP),
Masjid An-Noor (MAN), Temple Beth Shalom (TBS) and Grace AME Church (GAM).
One day (Sat 2024-11-16, EST) of the network's central log archive.

Systems simulated (family names in the labels file):
  intake_tablet     Android intake kiosk app on tablets (JSON, logstash style, UTC)
  ehr_apache        Apache access log of the shared charity EHR "CharityChart"
                    (OpenEMR based) incl. the patient portal
  postgres          PostgreSQL log of the EHR database (statements, errors)
  hl7v2             HL7 v2.5.1 ORM/ORU with the donated reference lab (1 segment/line)
  fhir              FHIR R4 resources logged by the EHR API (Patient,
                    MedicationDispense, ServiceRequest, OperationOutcome)
  dispensary_csv    donated-medication dispensary ledger (CSV: RECV/DISP/ADJ rows)
  interp_logfmt     interpreter-volunteer scheduler (logfmt)
  pap_xml           patient-assistance-program applications/responses (XML, 1 doc/line)
  pap_worker        PAP submission worker (Python logging)
  hylafax           HylaFAX xferfaxlog of referral faxes (TSV)
  referral_json     specialist referral service (pino JSON, epoch-ms time)
  sms_gateway       reminder SMS gateway (JSON, ensure_ascii=True => \\u escapes)
  donor_crm         donor CRM nightly export (pipe delimited)
  donations_webhook online-giving webhook handler (logfmt-ish)
  volunteer_mgmt    volunteer management (key=value)
  syslog            RFC3164 syslog of firewalls, APs, servers, cron, backup
  mirth_trace       Mirth Connect integration engine log4j lines + Java stack traces
  x12_270_271       Medicaid eligibility 270/271 (one segment per line)
  team_chat         staff/volunteer chat export (Slack-style JSON, several languages)
  sepcheck          nightly donor/patient data-separation audit job (JSON)

Labeling decisions (grey cases):
  * Persons served = patients AND donors (the brief lists donors). Donor names,
    emails, phones, street/city, ZIP, gift dates, donor IDs (DNR-, other_id),
    payment-processor customer IDs (cus_..., account), full card numbers
    (account) and the donor's client IP on a donation event (ip) are PHI.
    Organisations that donate (parishes, sisterhoods, businesses) are not.
  * Volunteers (intake, interpreters, drivers, pharmacists), staff, clergy and
    donating specialists are workforce: their names, phones, emails, NPIs,
    licence numbers and volunteer IDs are never labeled, even in the
    volunteer-management system.
  * Record numbers specific to one patient's care (ODC- MRN and EHR pid ->
    mrn; encounter/visit V-, appointment APT-, referral RF-, PAP application
    PAP-, manufacturer enrolment IDs, Rx numbers RX-, lab order/accession
    numbers -> other_id). Software keys (random UUIDs, FHIR ids of
    non-Patient resources, trace/span ids, Twilio SIDs, Mirth message ids,
    X12 control/TRN numbers) and vendor PO/shipment numbers are not labeled.
    FHIR Patient id equals the MRN and is labeled mrn wherever it appears.
  * Dates: birth, visit/service, collection/result, dispense, appointment,
    referral slot, PAP submission/effective/expiry dates, gift dates are
    labeled (only the date/datetime value; a bare clock time is not). The
    record's own log timestamp (header, @timestamp, pino time, MSH-7, ISA/GS
    dates, syslog header) is never labeled, even when it coincides with the
    visit. Card expiry (MM/YY) is not labeled.
  * Ages are labeled only when > 89. Sex, language, religion, income band,
    household size, diagnoses and drug names are not identifiers.
  * Structured names (HL7 XPN "Last^First^M", X12 NM103*NM104) are one name
    span covering the components. Names in chat/SMS (first name only,
    Arabic/Cyrillic script, JSON-\\u-escaped) are labeled where their bytes
    are; percent-encoded search terms in URLs are labeled encoded.
  * URLs: a URL whose only identifying part is a per-patient token is one url
    span; a URL that contains an MRN/pid gets only that value labeled (mrn).
  * IPs: patient-portal and donation client IPs tied to a pid/donor are ip;
    private LAN addresses, servers and anonymous scanners are not.
  * Devices: clinic tablets/AP MACs are organisation devices (not labeled);
    a donated glucometer serial dispensed to a patient is device.
  * Values typed into a person's field are labeled even when invalid (an SSN
    failing the area rule, an impossible DOB "02/30/1978").
  * Salted hashes of identifiers (sepcheck) are not labeled.
"""
import base64
import datetime as dt
import hashlib
import html
import json
import random
import sys
from urllib.parse import quote, unquote

SEED = 20241116
R = random.Random(SEED)
NLINES = 500
DAY = dt.datetime(2024, 11, 16)

# --------------------------------------------------------------------------
# line builder with byte-offset spans
# --------------------------------------------------------------------------


class P:
    """A PHI value."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class S:
    """A string assembled from plain parts and P parts."""

    def __init__(self, *parts):
        self.parts = parts

    def plain(self):
        return "".join(p.v if isinstance(p, P) else p for p in self.parts)


def _id(s):
    return s


ESC_RAW = (_id, "raw")


def esc_json(ascii_):
    return (lambda s: json.dumps(s, ensure_ascii=ascii_)[1:-1], "json")


ESC_XML = (lambda s: html.escape(s, quote=True), "xml")
ESC_PCT = (lambda s: quote(s, safe=""), "pct")
ESC_SQL = (lambda s: s.replace("'", "''"), "sql")
ESC_KV = (lambda s: s.replace("\\", "\\\\").replace('"', '\\"'), "kv")


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.spans = []

    def t(self, s):
        self.b += s.encode("utf-8")
        return self

    def p(self, value, cat, esc=ESC_RAW):
        value = str(value)
        raw = esc[0](value)
        s = len(self.b)
        self.b += raw.encode("utf-8")
        self.spans.append((s, len(self.b), cat, raw, value, esc[1]))
        return self

    def w(self, x, esc=ESC_RAW):
        if isinstance(x, P):
            self.p(x.v, x.cat, esc)
        elif isinstance(x, S):
            for part in x.parts:
                self.w(part, esc)
        else:
            self.t(esc[0](str(x)))
        return self


def J(ln, obj, ascii_=False, sp=False):
    isep, ksep = (", ", ": ") if sp else (",", ":")
    if isinstance(obj, dict):
        ln.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                ln.t(isep)
            ln.t(json.dumps(k, ensure_ascii=ascii_) + ksep)
            J(ln, v, ascii_, sp)
        ln.t("}")
    elif isinstance(obj, list):
        ln.t("[")
        for i, v in enumerate(obj):
            if i:
                ln.t(isep)
            J(ln, v, ascii_, sp)
        ln.t("]")
    elif isinstance(obj, P) and not isinstance(obj.v, str):
        ln.p(obj.v, obj.cat)
    elif isinstance(obj, (P, S)):
        ln.t('"').w(obj, esc_json(ascii_)).t('"')
    else:
        ln.t(json.dumps(obj, ensure_ascii=ascii_))
    return ln


def KV(ln, pairs, quote_all=False):
    for i, (k, v) in enumerate(pairs):
        if i:
            ln.t(" ")
        ln.t(k + "=")
        plain = v.plain() if isinstance(v, S) else (v.v if isinstance(v, P) else v)
        plain = str(plain)
        if quote_all or plain == "" or any(c in plain for c in ' ="'):
            ln.t('"').w(v, ESC_KV).t('"')
        else:
            ln.w(v)
    return ln


# --------------------------------------------------------------------------
# number helpers
# --------------------------------------------------------------------------


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


def card(prefix, n=16):
    body = prefix + "".join(R.choice("0123456789") for _ in range(n - len(prefix) - 1))
    return body + luhn_digit(body)


def npi():
    b = str(R.randint(1, 2)) + "".join(R.choice("0123456789") for _ in range(8))
    return b + luhn_digit("80840" + b)


def ssn(valid=True):
    if not valid:
        return "%03d-%02d-%04d" % (R.randint(900, 999), R.randint(1, 99), R.randint(1, 9999))
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    d = lambda: R.choice("0123456789")
    l = lambda: R.choice(MBI_L)
    a = lambda: R.choice(MBI_L + "0123456789")
    return "".join([R.choice("123456789"), l(), a(), d(), l(), a(), d(), l(), l(), d(), d()])


VIN_T = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))),
         **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
         **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["1HG", "2T1", "1FT", "5NP", "3VW", "1N4"]) + "".join(R.choice(chars) for _ in range(5))
             + "0" + R.choice("ABCDEFGHJKLMNPRSTVWXY123456789") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
             + "".join(R.choice("0123456789") for _ in range(6)))
    c = sum(VIN_T[ch] * w for ch, w in zip(v, VIN_W)) % 11
    v[8] = "X" if c == 10 else str(c)
    return "".join(v)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


# --------------------------------------------------------------------------
# organisation, workforce, people
# --------------------------------------------------------------------------

SITES = {
    "SBP": ("St. Brigid Parish Hall Clinic", "1450 W Broad St, Columbus, OH 43222"),
    "MAN": ("Masjid An-Noor Community Clinic", "2210 Cleveland Ave, Columbus, OH 43211"),
    "TBS": ("Temple Beth Shalom Health Room", "3400 E Livingston Ave, Bexley, OH 43209"),
    "GAM": ("Grace AME Church Clinic", "700 Mt Vernon Ave, Columbus, OH 43203"),
}
ORG_PHONE, ORG_FAX, ORG_SMS = "(614) 555-0142", "(614) 555-0199", "+16145550142"
STAFF = [  # (username, display, role)
    ("pkessler", "Paul Kessler, DO", "physician"), ("madlerstone", "Miriam Adler-Stone, MD", "physician"),
    ("fsiddiqui", "Farah Siddiqui, MD", "physician"), ("rthorn", "Rebecca Thorn, NP", "np"),
    ("locampo", "Luis Ocampo, RN", "rn"), ("hlindqvist", "Hanna Lindqvist, PharmD", "pharmacist"),
    ("vol.rwhitfield", "Deacon Ray Whitfield", "intake"), ("vol.mkdunne", "Sr. Mary Kate Dunne", "intake"),
    ("vol.jbaker", "Joanne Baker", "intake"), ("tbrandt", "Tom Brandt", "case_mgr"),
    ("sosei", "Samuel Osei, MD", "physician"), ("nfleischer", "Rabbi Naomi Fleischer", "chaplain"),
]
PRESCRIBERS = [s for s in STAFF if s[2] in ("physician", "np")]
for _s in PRESCRIBERS:
    pass
PRESC_NPI = {s[0]: npi() for s in PRESCRIBERS}
SPECIALISTS = [
    ("Aaron Feld", "Ophthalmology", "Columbus Eye Associates", "16145550177"),
    ("Priya Raman", "Cardiology", "Olentangy Heart Group", "16145550133"),
    ("Marcus Oyelaran", "Orthopedics", "Linden Orthopaedic & Spine", "16145550161"),
    ("Helen Cho", "Dermatology", "Short North Dermatology", "16145550119"),
    ("Tariq Aziz", "Gastroenterology", "Central Ohio GI Partners", "16145550128"),
    ("Beatriz Lozano-Kim", "Endocrinology", "Scioto Endocrine", "16145550154"),
]
SPEC_NPI = {s[0]: npi() for s in SPECIALISTS}
INTERPRETERS = [  # volunteers (workforce)
    ("V-0231", "Abdirizak Farah", "so"), ("V-0177", "Amal Haddad", "ar"), ("V-0302", "Lucía Benítez", "es"),
    ("V-0119", "Yelena Gurevich", "ru"), ("V-0264", "Roseline Dorval", "ht"), ("V-0288", "Khanh Vo", "vi"),
    ("V-0345", "Wahid Stanekzai", "prs"), ("V-0150", "Marco Esposito", "es"),
]
VOLS = INTERPRETERS + [("V-0102", "Priya Raman", "en"), ("V-0412", "Dale Hutchins", "en"),
                       ("V-0388", "Imani Brooks", "en"), ("V-0409", "Gerald Pope", "en")]

GROUPS = {
    "es": (["María José", "José Luis", "Guadalupe", "Marisol", "Tomás", "Ana Lucía", "Rosa", "Jesús", "Esperanza", "Luz"],
           ["Guerrero-Salas", "De la Cruz", "Hernández", "García Márquez", "Sandoval", "Peña", "Ortiz Villanueva", "Del Río"]),
    "so": (["Hodan", "Abdirahman", "Faduma", "Hamdi", "Ayaan", "Mohamed", "Sahra"],
           ["Warsame", "Abdi", "Hassan-Nur", "Jama", "Osman", "Yusuf"]),
    "ar": (["Fatima", "Ahmad", "Yusuf", "Amina", "Leila", "Mohammed", "Zahra", "Omar"],
           ["Al-Masri", "Haddad", "Abu-Ghazaleh", "Ibrahim", "El-Sayed", "Qasim"]),
    "prs": (["Hamid", "Soraya", "Rahim", "Zarghona", "Farid"], ["Rahimi", "Popal", "Sultani", "Noorzai"]),
    "ru": (["Olga", "Dmitri", "Svetlana", "Bogdan", "Galina", "Yakov"],
           ["Petrenko", "Kowalczyk", "Rosenblum", "Levitan", "Shapiro", "Gurevich-Katz"]),
    "ht": (["Jean-Baptiste", "Widlene", "Mackenson", "Nadège", "Fritzner"],
           ["Moreau-Pierre", "Jean-Louis", "St. Fleur", "Baptiste", "Desrosiers"]),
    "vi": (["Thị Lan", "Minh", "Hùng", "Thu Trang"], ["Nguyễn", "Trần", "Phạm", "Lê"]),
    "en": (["DeShawn", "Latoya", "Hope", "Faith", "Grace", "Bill", "Dolores", "Summer", "April", "Tremaine",
            "Rose", "Earl", "Patience", "Chinedu", "Ngozi", "Folake", "Kwame", "Moshe", "Rivka", "Esther"],
           ["Bishop", "Parish", "Temple", "Love", "Rivers", "King", "Small", "Friend", "Mercy", "Fox", "O'Brien",
            "McAllister", "Jefferson-Hayes", "Van Buren", "Church", "Okonkwo", "Adeyemi", "Mensah", "Ben-David",
            "Okafor-Ellis", "Feldman-Ortiz", "Weiss"]),
}
AR_SCRIPT = {"Fatima": "فاطمة", "Ahmad": "أحمد", "Yusuf": "يوسف", "Amina": "أمينة", "Leila": "ليلى",
             "Mohammed": "محمد", "Zahra": "زهراء", "Omar": "عمر"}
RU_SCRIPT = {"Olga": "Ольга", "Dmitri": "Дмитрий", "Svetlana": "Светлана", "Bogdan": "Богдан",
             "Galina": "Галина", "Yakov": "Яков"}
FEMALE = {"María José", "Guadalupe", "Marisol", "Ana Lucía", "Rosa", "Esperanza", "Luz", "Hodan", "Faduma", "Hamdi",
          "Ayaan", "Sahra", "Fatima", "Amina", "Leila", "Zahra", "Soraya", "Zarghona", "Olga", "Svetlana", "Galina",
          "Widlene", "Nadège", "Thị Lan", "Thu Trang", "Latoya", "Hope", "Faith", "Grace", "Dolores", "Summer", "April",
          "Rose", "Patience", "Ngozi", "Folake", "Rivka", "Esther"}
LANG_SITE = {"es": "SBP", "so": "MAN", "ar": "MAN", "prs": "MAN", "ru": "TBS", "ht": "GAM", "vi": "SBP", "en": "GAM"}
STREETS = ["Parsons Ave", "Sullivant Ave", "Karl Rd", "Morse Rd", "E Main St", "Hudson St", "Refugee Rd",
           "Livingston Ave", "Cleveland Ave", "Agler Rd", "Hamilton Rd", "Georgesville Rd", "Noe Bixby Rd",
           "Oakland Park Ave", "Brice Rd", "Eakin Rd", "S Champion Ave", "Westerville Rd", "Mock Rd"]
CITIES = [("Columbus", "432%02d"), ("Columbus", "432%02d"), ("Columbus", "432%02d"), ("Whitehall", "43213"),
          ("Reynoldsburg", "43068"), ("Grove City", "43123"), ("Gahanna", "43230"), ("Hilliard", "43026"),
          ("Bexley", "43209"), ("Westerville", "43081")]
REL = ["daughter", "son", "wife", "husband", "sister", "brother", "neighbor", "mother", "niece"]


def phone_num():
    return R.choice(["614", "380", "740", "937"]), "%d%02d" % (R.randint(2, 9), R.randint(0, 99)), "%04d" % R.randint(0, 9999)


def fmt_phone(t, style=None):
    a, b, c = t
    style = R.randint(0, 4) if style is None else style
    return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1{a}{b}{c}", f"{a}{b}{c}", f"{a}.{b}.{c}"][style]


def ascii_fold(s):
    tr = str.maketrans("áéíóúñÁÉÍÓÚÑèàçôêễịầạ", "aeiounAEIOUNeacoeeiaa")
    return "".join(c for c in s.translate(tr) if c.isalnum() or c in ".-_")


class Person:
    pass


def x12n(s):
    return " ".join(ascii_fold(w) for w in s.replace("-", " ").replace(".", "").split()).upper()


def make_patient(i):
    p = Person()
    p.lang = R.choice(["es", "es", "so", "ar", "ar", "prs", "ru", "ht", "vi", "en", "en", "en"])
    firsts, lasts = GROUPS[p.lang]
    p.first, p.last = R.choice(firsts), R.choice(lasts)
    p.middle = R.choice(["", "", "", "A", "M", "J", "L", "R"])
    p.sex = "F" if p.first in FEMALE else "M"
    if R.random() < 0.08:
        p.dob = dt.date(R.randint(1928, 1934), R.randint(1, 12), R.randint(1, 28))
    else:
        p.dob = dt.date(R.randint(1940, 2020), R.randint(1, 12), R.randint(1, 28))
    p.age = 2024 - p.dob.year - ((11, 16) < (p.dob.month, p.dob.day))
    p.pid = R.randint(1200, 9899)
    p.mrn = "ODC-%06d" % p.pid
    p.phone = phone_num()
    p.email = (ascii_fold(p.first.split()[0]).lower() + R.choice([".", "_", ""]) + ascii_fold(p.last).lower().replace("'", "")
               + (str(R.randint(1, 99)) if R.random() < .5 else "") + "@" + R.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com"])) if R.random() < .65 else ""
    p.street = "%d %s" % (R.randint(12, 6999), R.choice(STREETS))
    p.apt = R.choice(["", "", "Apt 2B", "Apt 114", "Unit 7", "#3", "Lot 22"])
    city, zp = R.choice(CITIES)
    p.city = city
    p.zip = zp % R.choice([2, 3, 4, 5, 6, 7, 11, 13, 19, 24, 27, 29]) if "%" in zp else zp
    fl, ll = GROUPS[p.lang]
    p.ec_name = R.choice(fl) + " " + (p.last if R.random() < .7 else R.choice(ll))
    p.ec_rel = R.choice(REL)
    p.ec_phone = phone_num()
    p.medicaid = "%012d" % R.randint(10 ** 11, 10 ** 12 - 1) if R.random() < .3 else ""
    p.mbi = mbi() if p.age >= 65 else ""
    p.ssn = ssn() if R.random() < .5 else ""
    p.dl = "%s%06d" % (R.choice(["SR", "TK", "RA", "UD", "PX"]), R.randint(0, 999999))
    p.site = LANG_SITE[p.lang] if R.random() < .7 else R.choice(list(SITES))
    p.visit = "V%s%05d" % ("24", R.randint(10000, 99999))
    p.hh = R.randint(1, 7)
    return p


def make_donor(i):
    d = Person()
    d.first = R.choice(["Eleanor", "Charles", "Margaret", "Walter", "Deborah", "Hyun-woo", "Nadia", "Stephen",
                        "Ruth", "Ibrahim", "Miriam", "Carlos", "Patricia", "Gwendolyn", "Arjun", "Sheila"])
    d.last = R.choice(["Whitcombe", "Hollister", "Kaufman", "Dunleavy", "Park", "Esterhazy", "Rutledge", "Siddiqi",
                       "Goldfarb", "Monroe-Tate", "Abernathy", "Castellanos", "Lindgren", "Prescott", "Mehta"])
    d.id = "DNR-%05d" % R.randint(10001, 19999)
    d.email = ascii_fold(d.first).lower() + "." + ascii_fold(d.last).lower() + "@" + R.choice(
        ["gmail.com", "aol.com", "comcast.net", "att.net", "osu.edu"])
    d.phone = phone_num()
    d.street = "%d %s" % (R.randint(10, 4999), R.choice(["Elm Ridge Dr", "Arlington Ave", "Kenny Rd", "N High St",
                                                         "Chatham Rd", "Fair Ave", "Stanwood Rd", "Sunbury Rd"]))
    d.city, d.zip = R.choice([("Upper Arlington", "43221"), ("Bexley", "43209"), ("Worthington", "43085"),
                              ("Dublin", "43017"), ("Columbus", "43214"), ("New Albany", "43054")])
    d.cus = "cus_" + alnum(14, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    return d


PATIENTS = [make_patient(i) for i in range(80)]
DONORS = [make_donor(i) for i in range(24)]
ORG_DONORS = ["Knights of Columbus Council 4471", "Temple Beth Shalom Sisterhood", "Kroger Co. Community Fund",
              "Masjid An-Noor Zakat Committee", "Grace AME Women's Missionary Society", "Bexley Rotary Club",
              "Huntington Foundation", "St. Brigid Altar & Rosary Society"]


def pt():
    return R.choice(PATIENTS)


# --------------------------------------------------------------------------
# time helpers
# --------------------------------------------------------------------------


def rand_ts():
    if R.random() < 0.72:
        sec = R.randint(int(7.5 * 3600), int(14.5 * 3600))
    else:
        sec = R.randint(0, 86399)
    return DAY + dt.timedelta(seconds=sec, microseconds=R.randint(0, 999999))


def utc(t):
    return t + dt.timedelta(hours=5)


def iso_z(t):
    u = utc(t)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (u.microsecond // 1000)


def iso_local(t, ms=False):
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        s += ".%03d" % (t.microsecond // 1000)
    return s + "-05:00"


def future_appt():
    d = DAY + dt.timedelta(days=R.choice([3, 5, 7, 7, 10, 14, 17, 21]))
    return d.replace(hour=R.choice([8, 9, 9, 10, 11, 13, 17]), minute=R.choice([0, 15, 20, 30, 40, 45]))


def visit_time(t):
    return t.replace(second=0, microsecond=0) - dt.timedelta(minutes=R.randint(5, 90))


# --------------------------------------------------------------------------
# system generators: each returns list[Line]
# --------------------------------------------------------------------------

TABLETS = {s: ["TAB-%s-%02d" % (s, i) for i in range(1, 5)] for s in SITES}
TAB_MAC = {tab: "3c:28:6d:%02x:%02x:%02x" % (R.randint(0, 255), R.randint(0, 255), R.randint(0, 255))
           for v in TABLETS.values() for tab in v}


def addr_str(p):
    return p.street + (", " + p.apt if p.apt and R.random() < .5 else (" " + p.apt if p.apt else ""))


def g_intake(t):
    site = R.choice(list(SITES))
    tab = R.choice(TABLETS[site])
    base = {"@timestamp": iso_z(t), "level": "INFO", "logger": "", "thread": "", "device": tab,
            "app": "IntakeKiosk", "ver": "3.8.2+4471"}
    k = R.random()
    ln = Line("intake_tablet")
    if k < 0.30:
        base.update(logger="o.o.intake.sync.SyncWorker", thread="WorkManager-%d" % R.randint(1, 4),
                    msg="sync complete", queued=R.randint(0, 3), uploaded=R.randint(0, 9), dur_ms=R.randint(120, 4200),
                    battery=R.randint(18, 100), trace_id=hexs(32))
        return [J(ln, base)]
    if k < 0.40:
        base.update(level="WARN", logger="o.o.intake.net.ApiClient", thread="OkHttp Dispatcher",
                    msg="upload retry", endpoint="https://chart.odihn.org/apis/default/fhir/QuestionnaireResponse",
                    http=R.choice([502, 503, 504]), attempt=R.randint(1, 5), backoff_ms=R.choice([2000, 4000, 8000]))
        return [J(ln, base)]
    p = pt()
    if k < 0.70:
        dob = p.dob.strftime(R.choice(["%m/%d/%Y", "%Y-%m-%d"]))
        form = {"given": P(p.first, "name"), "family": P(p.last, "name"), "dob": P(dob, "date"),
                "sex": p.sex, "lang": p.lang, "tel": P(fmt_phone(p.phone), "phone")}
        if p.email:
            form["email"] = P(p.email, "email")
        form["addr"] = {"line": P(addr_str(p), "address"), "city": P(p.city, "address"), "state": "OH",
                        "postal": P(p.zip, "zip")}
        if p.age > 89:
            form["age"] = P(p.age, "age")
        elif R.random() < .5:
            form["age"] = p.age
        form["household_size"] = p.hh
        form["income_band"] = R.choice(["<100%FPL", "100-138%FPL", "139-200%FPL", "200-250%FPL"])
        form["insured"] = False
        if R.random() < .6:
            form["ec"] = {"name": P(p.ec_name, "name"), "rel": p.ec_rel, "tel": P(fmt_phone(p.ec_phone), "phone")}
        if p.medicaid and R.random() < .7:
            form["mcd_id"] = P(p.medicaid, "health_plan")
        form["faith_ok_prayer"] = R.choice([True, False])
        base.update(logger="o.o.intake.form.SubmitWorker", thread="main", msg="intake.submitted",
                    session=uuid4(), volunteer=R.choice(["vol.rwhitfield", "vol.mkdunne", "vol.jbaker"]),
                    form=form)
        return [J(ln, base)]
    if k < 0.80:
        bad = R.choice(["02/30/%d" % p.dob.year, "%02d/%02d/%d" % (p.dob.month, p.dob.day, p.dob.year % 100),
                        "%d/%d/%d" % (p.dob.day + 12 if p.dob.day < 19 else p.dob.day, p.dob.month, p.dob.year)])
        base.update(level="WARN", logger="o.o.intake.form.Validator", thread="main", msg="validation failed",
                    field="dob", value=P(bad, "date"), rule="date.strict", locale=p.lang)
        return [J(ln, base)]
    if k < 0.93:
        base.update(level="DEBUG", logger="o.o.intake.scan.Pdf417Reader", thread="CameraX-1",
                    msg="pdf417 parsed", dl_no=P(p.dl, "license"), dl_state="OH", name_match=R.random() < .9,
                    chart=P(p.mrn, "mrn"), ms=R.randint(80, 900))
        return [J(ln, base)]
    raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(R.randint(0, 255) for _ in range(R.randint(90, 160)))
    base.update(level="DEBUG", logger="o.o.intake.photo.CaptureFragment", thread="CameraX-1",
                msg="patient photo captured (pre-upload)", chart=P(p.mrn, "mrn"), mime="image/jpeg",
                bytes_total=R.randint(48000, 190000), preview_b64=P(base64.b64encode(raw).decode(), "photo"))
    return [J(ln, base)]


UA_TAB = "Mozilla/5.0 (Linux; Android 13; SM-X200) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.102 Safari/537.36"
UA_PC = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0"
UA_PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1"


def apache_ts(t):
    return t.strftime("[%d/%b/%Y:%H:%M:%S -0500]")


def pub_ip():
    return "%d.%d.%d.%d" % (R.choice([73, 74, 98, 107, 174, 24, 65, 99]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def g_apache(t):
    ln = Line("ehr_apache")
    ip = "10.%d.%d.%d" % (R.choice([10, 20, 30, 40]), R.randint(2, 3), R.randint(20, 200))
    user = R.choice([s[0] for s in STAFF])
    k = R.random()
    ua = R.choice([UA_TAB, UA_PC])
    if k < 0.5:
        path = R.choice(["/public/assets/jquery/dist/jquery.min.js?v=72", "/interface/themes/style_light.css?v=72",
                         "/public/assets/bootstrap/dist/js/bootstrap.bundle.min.js?v=72",
                         "/interface/main/tabs/main.php?token_main=" + hexs(40), "/library/ajax/execute_background_services.php",
                         "/interface/main/messages/messages.php?form_active=1"])
        ln.t(f'{ip} - {user} {apache_ts(t)} "GET {path} HTTP/1.1" {R.choice([200, 200, 304])} {R.randint(300, 90000)} "https://chart.odihn.org/interface/main/tabs/main.php" "{ua}"')
        return [ln]
    p = pt()
    if k < 0.68:
        pg = R.choice(["/interface/patient_file/summary/demographics.php?set_pid=",
                       "/interface/patient_file/encounter/encounter_top.php?set_pid=",
                       "/interface/patient_file/summary/stats_full.php?active=all&category=medication&set_pid=",
                       "/interface/patient_file/transaction/add_transaction.php?title=LBTref&set_pid="])
        ln.t(f'{ip} - {user} {apache_ts(t)} "GET {pg}').p(p.pid, "mrn")
        ln.t(f' HTTP/1.1" 200 {R.randint(4000, 60000)} "https://chart.odihn.org/interface/main/finder/dynamic_finder.php" "{ua}"')
        return [ln]
    if k < 0.78:
        term = R.choice([p.last, p.last + ", " + p.first])
        ln.t(f'{ip} - {user} {apache_ts(t)} "GET /interface/main/finder/patient_select.php?patient=').p(term, "name", ESC_PCT)
        ln.t(f'&findBy=Last&ptid=&csrf_token_form={hexs(40)} HTTP/1.1" 200 {R.randint(2000, 9000)} "-" "{ua}"')
        return [ln]
    if k < 0.90:
        cip = pub_ip()
        ln.p(cip, "ip").t(f' - - {apache_ts(t)} "GET /portal/home.php?pid=').p(p.pid, "mrn")
        ln.t(f'&site=default HTTP/2.0" 200 {R.randint(9000, 40000)} "https://chart.odihn.org/portal/index.php?site=default" "{UA_PHONE}"')
        return [ln]
    path, code, ua = R.choice([("/wp-login.php", 404, "Mozilla/5.0 zgrab/0.x"), ("/.env", 403, "curl/8.4.0"),
                               ("/portal/index.php?site=default", 200, UA_PHONE), ("/robots.txt", 200, "Googlebot/2.1 (+http://www.google.com/bot.html)"),
                               ("/apis/default/fhir/metadata", 200, "python-requests/2.31.0")])
    ln.t(f'{pub_ip()} - - {apache_ts(t)} "GET {path} HTTP/1.1" {code} {R.randint(200, 9000)} "-" "{ua}"')
    return [ln]


def pg_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d EST" % (t.microsecond // 1000)


def g_postgres(t):
    pidn = R.randint(20000, 39999)
    pre = f"{pg_ts(t)} [{pidn}] "
    k = R.random()
    ln = Line("postgres")
    if k < 0.5:
        ln.t(pre + R.choice([
            "LOG:  checkpoint starting: time",
            "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=0.004 s, total=%.3f s; sync files=%d, longest=0.002 s, average=0.001 s; distance=%d kB, estimate=%d kB" % (
                R.randint(300, 3000), R.random() * 15, R.randint(0, 4), R.random() * 180, R.random() * 181, R.randint(20, 300), R.randint(2000, 20000), R.randint(2000, 20000)),
            "LOG:  automatic vacuum of table \"openemr.public.log\": index scans: 1 pages: 0 removed, %d remain" % R.randint(9000, 99999),
            "charitychart@openemr LOG:  connection authorized: user=charitychart database=openemr application_name=php-fpm SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)",
            "sepcheck_ro@openemr LOG:  disconnection: session time: 0:00:%02d.%03d user=sepcheck_ro database=openemr host=10.10.2.41 port=%d" % (R.randint(1, 59), R.randint(0, 999), R.randint(40000, 60000)),
        ]))
        return [ln]
    p = pt()
    if k < 0.68:
        ln.t(pre + "charitychart@openemr LOG:  duration: %.3f ms  execute <unnamed>: SELECT pid, pubpid, fname, lname, DOB, phone_cell FROM patient_data WHERE lname LIKE $1 AND DOB = $2 ORDER BY lname, fname LIMIT 100" % (R.random() * 2000 + 500))
        l2 = Line("postgres").t(f"{pre}charitychart@openemr DETAIL:  parameters: $1 = '").p(p.last, "name", ESC_SQL).t("', $2 = '").p(p.dob.isoformat(), "date").t("'")
        return [ln, l2]
    if k < 0.84:
        ln.t(pre + "charitychart@openemr LOG:  statement: UPDATE patient_data SET phone_cell = '").p(fmt_phone(p.phone, 1), "phone")
        ln.t("', date = NOW() WHERE pid = ").p(p.pid, "mrn")
        return [ln]
    ln.t(pre + 'charitychart@openemr ERROR:  duplicate key value violates unique constraint "patient_data_pubpid_key"')
    l2 = Line("postgres").t(pre + "charitychart@openemr DETAIL:  Key (pubpid)=(").p(p.mrn, "mrn").t(") already exists.")
    l3 = Line("postgres").t(pre + "charitychart@openemr STATEMENT:  INSERT INTO patient_data (pubpid, fname, lname, DOB, sex) VALUES ('").p(p.mrn, "mrn")
    l3.t("', '").p(p.first, "name", ESC_SQL).t("', '").p(p.last, "name", ESC_SQL).t("', '").p(p.dob.isoformat(), "date").t("', '%s')" % ("Female" if p.sex == "F" else "Male"))
    return [ln, l2, l3]


LABS = [("4548-4", "Hemoglobin A1c", "%", "4.0-5.6", lambda: "%.1f" % R.uniform(5.2, 11.9)),
        ("2345-7", "Glucose", "mg/dL", "70-99", lambda: str(R.randint(78, 310))),
        ("2093-3", "Cholesterol, total", "mg/dL", "<200", lambda: str(R.randint(140, 290))),
        ("33914-3", "eGFR", "mL/min/1.73m2", ">59", lambda: str(R.randint(28, 110))),
        ("718-7", "Hemoglobin", "g/dL", "12.0-17.5", lambda: "%.1f" % R.uniform(9, 16))]


def g_hl7(t):
    p = pt()
    out = R.random() < .5
    ts = t.strftime("%Y%m%d%H%M%S")
    ctl = "ODI" + ts + "%02d" % R.randint(0, 99)
    msh = Line("hl7v2").t(
        f"MSH|^~\\&|CHARITYCHART|ODIHN-{p.site}|SVRL|SCIOTO VALLEY REF LAB|{ts}||ORM^O01^ORM_O01|{ctl}|P|2.5.1" if out else
        f"MSH|^~\\&|SVRL|SCIOTO VALLEY REF LAB|CHARITYCHART|ODIHN-{p.site}|{ts}||ORU^R01^ORU_R01|SV{hexs(10).upper()}|P|2.5.1")
    pid = Line("hl7v2").t("PID|1||").p(p.mrn, "mrn").t("^^^ODIHN^MR||")
    xpn = p.last.upper() + "^" + p.first.upper() + ("^" + p.middle if p.middle else "")
    pid.p(xpn, "name").t("||").p(p.dob.strftime("%Y%m%d"), "date").t("|%s|||" % p.sex)
    pid.p(p.street.upper() + ("^" + p.apt.upper() if p.apt else "") + "^^" + p.city.upper(), "address")
    pid.t("^OH^").p(p.zip, "zip").t("^USA||^PRN^PH^^^").p(p.phone[0] + "^" + p.phone[1] + p.phone[2], "phone")
    pid.t("|||||||")
    pr = R.choice(PRESCRIBERS)
    ln_, nm = pr[1].split(",")[0].split()[-1], pr[1].split(",")[0].split()[0]
    vt = visit_time(t)
    pv1 = Line("hl7v2").t(f"PV1|1|O|{p.site}^^^ODIHN||||{PRESC_NPI[pr[0]]}^{ln_.upper()}^{nm.upper()}|||||||||||").p(p.visit, "other_id")
    pv1.t("|||||||||||||||||||||||||").p(vt.strftime("%Y%m%d%H%M"), "date")
    order = "ORD%05d" % R.randint(1000, 99999)
    acc = "SV24-%07d" % R.randint(0, 9999999)
    lab = R.choice(LABS)
    coll = (vt + dt.timedelta(minutes=R.randint(10, 40))).strftime("%Y%m%d%H%M")
    orc = Line("hl7v2").t("ORC|%s|" % ("NW" if out else "RE")).p(order, "other_id").t("^CHARITYCHART|")
    if not out:
        orc.p(acc, "other_id").t("^SVRL")
    orc.t(f"||||||{ts}|||{PRESC_NPI[pr[0]]}^{ln_.upper()}^{nm.upper()}")
    obr = Line("hl7v2").t("OBR|1|").p(order, "other_id").t("^CHARITYCHART|")
    if not out:
        obr.p(acc, "other_id").t("^SVRL")
    obr.t(f"|{lab[0]}^{lab[1]}^LN|||").p(coll, "date").t("|||||||||%s^%s^%s||||||||%s" % (PRESC_NPI[pr[0]], ln_.upper(), nm.upper(), "" if out else "F"))
    lines = [msh, pid, pv1, orc, obr]
    if out:
        lines.append(Line("hl7v2").t("NTE|1||" + R.choice(["Pt fasting since 2200.", "Interpreter present for draw.",
                                                           "Free clinic - bill ODIHN charity account per agreement 2024-07.",
                                                           "Hemolyzed sample redrawn."])))
    else:
        v = lab[4]()
        obx = Line("hl7v2").t(f"OBX|1|NM|{lab[0]}^{lab[1]}^LN||{v}|{lab[2]}|{lab[3]}|{R.choice(['H', 'H', 'N', 'A'])}|||F|||")
        obx.p((DAY + dt.timedelta(hours=R.randint(10, 15), minutes=R.randint(0, 59))).strftime("%Y%m%d%H%M"), "date")
        obx.t("||||||||SVRL^Scioto Valley Reference Lab^CLIA^36D0987654")
        lines.append(obx)
    return lines


NDCS = [("0093-7214-01", "Metformin HCl 500 mg tablet"), ("68180-0513-01", "Lisinopril 10 mg tablet"),
        ("0378-0018-01", "Atorvastatin 20 mg tablet"), ("0173-0682-20", "Albuterol HFA 90 mcg inhaler"),
        ("00169-4132-12", "Insulin aspart 100 U/mL pen"), ("0002-8215-01", "Insulin glargine 100 U/mL vial"),
        ("0781-5180-01", "Amlodipine 5 mg tablet"), ("60505-0141-01", "Omeprazole 20 mg capsule"),
        ("16729-0020-01", "Sertraline 50 mg tablet"), ("0591-0405-01", "Hydrochlorothiazide 25 mg tablet")]


def g_fhir(t):
    ln = Line("fhir")
    k = R.random()
    if k < 0.15:
        J(ln, {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "throttled",
                                                             "diagnostics": "Rate limit 120/min exceeded for client odihn-referral-svc (req %s)" % uuid4()}]})
        return [ln]
    p = pt()
    if k < 0.45:
        res = {"resourceType": "Patient", "id": P(p.mrn, "mrn"),
               "meta": {"versionId": str(R.randint(1, 9)), "lastUpdated": iso_z(t)[:-5] + "Z"},
               "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": P(p.mrn, "mrn")}],
               "name": [{"use": "official", "family": P(p.last, "name"), "given": [P(p.first, "name")]}],
               "telecom": [{"system": "phone", "value": P(fmt_phone(p.phone, 0), "phone"), "use": "mobile"}],
               "gender": "female" if p.sex == "F" else "male", "birthDate": P(p.dob.isoformat(), "date"),
               "address": [{"line": [P(addr_str(p), "address")], "city": P(p.city, "address"), "state": "OH",
                            "postalCode": P(p.zip, "zip")}],
               "communication": [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": p.lang}]}, "preferred": True}]}
        if p.medicaid:
            res["identifier"].append({"system": "urn:oid:2.16.840.1.113883.4.3.39", "type": {"text": "Ohio Medicaid"},
                                      "value": P(p.medicaid, "health_plan")})
        J(ln, res)
        return [ln]
    if k < 0.75:
        ndc = R.choice(NDCS)
        ho = visit_time(t) + dt.timedelta(minutes=R.randint(20, 80))
        J(ln, {"resourceType": "MedicationDispense", "id": uuid4(), "status": "completed",
               "medicationCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/ndc", "code": ndc[0], "display": ndc[1]}]},
               "subject": {"reference": S("Patient/", P(p.mrn, "mrn")), "display": P(p.first + " " + p.last, "name")},
               "quantity": {"value": R.choice([30, 60, 90, 1, 2]), "unit": "each"},
               "whenHandedOver": P(iso_local(ho), "date"),
               "performer": [{"actor": {"display": "Hanna Lindqvist, PharmD"}}],
               "note": [{"text": "Donated stock; lot %s" % alnum(7)}]})
        return [ln]
    sp = R.choice(SPECIALISTS)
    J(ln, {"resourceType": "ServiceRequest", "id": uuid4(),
           "identifier": [{"system": "https://odihn.org/referral", "value": P("RF-24-%04d" % R.randint(1, 2400), "other_id")}],
           "status": "active", "intent": "order", "code": {"text": sp[1] + " consult (donated)"},
           "subject": {"reference": S("Patient/", P(p.mrn, "mrn"))},
           "authoredOn": P(t.strftime("%Y-%m-%d"), "date"),
           "performer": [{"display": "Dr. %s, %s" % (sp[0], sp[2]), "identifier": {"system": "http://hl7.org/fhir/sid/us-npi", "value": SPEC_NPI[sp[0]]}}]})
    return [ln]


DISP_HDR = "rec_type,logged_at,ref_no,chart_no,patient,dob,ndc,item,qty,lot,exp,source,user,fill_date,device_sn"
DONATION_SRC = ["Dispensary of Hope", "Direct Relief", "Americares", "Good Shepherd Pharmacy Recovery", "Sample closet"]


DISP_N = [0]


def g_disp(t):
    ln = Line("dispensary_csv")
    ndc = R.choice(NDCS)
    lot = R.choice(["LOT ", ""]) + alnum(R.randint(6, 8))
    exp = "%d-%02d" % (R.choice([2025, 2025, 2026, 2027]), R.randint(1, 12))
    lt = t.strftime("%Y-%m-%d %H:%M:%S")
    k = R.random()
    if k < 0.35:
        ln.t(f"RECV,{lt},PO-{R.choice(['DR', 'AC', 'DOH'])}-{R.randint(100000, 999999)},,,,{ndc[0]},{ndc[1]},{R.choice([100, 500, 1000, 30])},{lot},{exp},{R.choice(DONATION_SRC)},hlindqvist,,")
        return [ln]
    if k < 0.45:
        ln.t(f"ADJ,{lt},CC-{R.randint(1000, 9999)},,,,{ndc[0]},{ndc[1]},-{R.randint(1, 40)},{lot},{exp},expired-destroy,hlindqvist,,")
        return [ln]
    p = pt()
    ln.t(f"DISP,{lt},").p("RX24-%06d" % R.randint(0, 999999), "other_id").t(",").p(p.mrn, "mrn").t(',"').p(p.last + ", " + p.first, "name")
    ln.t('",').p(p.dob.strftime("%m/%d/%Y"), "date")
    DISP_N[0] += 1
    if DISP_N[0] % 4 == 2:
        sn = "GX" + alnum(2) + str(R.randint(1000000, 9999999))
        ln.t(",99073-0708-27,Contour Next EZ glucometer kit,1,%s,%s,Americares,hlindqvist," % (lot, exp))
        ln.p(t.strftime("%m/%d/%Y"), "date").t(",").p(sn, "device")
        return [ln]
    ln.t(f",{ndc[0]},{ndc[1]},{R.choice([30, 60, 90])},{lot},{exp},{R.choice(DONATION_SRC)},hlindqvist,").p(t.strftime("%m/%d/%Y"), "date").t(",")
    return [ln]


def g_interp(t):
    ln = Line("interp_logfmt")
    iv = R.choice(INTERPRETERS)
    k = R.random()
    base = [("ts", iso_local(t, True)), ("level", "info"), ("app", "lingualink-sched"), ("ver", "1.14.0")]
    if k < 0.30:
        KV(ln, base + [("msg", R.choice(["interpreter checked in", "shift reminder sent", "availability updated"])),
                       ("interpreter_id", iv[0]), ("interpreter", iv[1]), ("lang", iv[2]),
                       ("site", R.choice(list(SITES))), ("phone", "614-555-01%02d" % R.randint(60, 99))])
        return [ln]
    if k < 0.42:
        KV(ln, [("ts", iso_local(t, True)), ("level", "warn"), ("app", "lingualink-sched"), ("ver", "1.14.0"),
                ("msg", "no interpreter available, falling back to phone line"), ("lang", R.choice(["prs", "ps", "ti", "ne", "sw"])),
                ("vendor", "CLI Language Line"), ("acct", "ODIHN-CLI-0042"), ("queue_wait_s", R.randint(10, 900))])
        return [ln]
    p = pt()
    start = t.replace(minute=0, second=0, microsecond=0) + dt.timedelta(minutes=R.choice([30, 45, 60, 75, 90, 120]))
    if R.random() < .4:
        start = future_appt()
    pairs = base + [("msg", R.choice(["interpreter assigned", "assignment confirmed", "assignment cancelled"])),
                    ("appt_id", P("APT-%05d" % R.randint(10000, 99999), "other_id")), ("site", p.site),
                    ("lang", p.lang), ("mode", R.choice(["in_person", "phone", "video"])),
                    ("interpreter_id", iv[0])]
    if R.random() < .6:
        pairs.append(("patient", P(p.first + " " + p.last, "name")))
    pairs += [("mrn", P(p.mrn, "mrn")), ("start", P(start.strftime("%Y-%m-%dT%H:%M"), "date")), ("dur_min", R.choice([30, 40, 60]))]
    if R.random() < .25:
        pairs.append(("note", S("pt prefers %s interpreter; %s " % ("female" if p.sex == "F" else "male", p.ec_rel), P(p.ec_name.split()[0], "name"), " may attend")))
    KV(ln, pairs)
    return [ln]


PAP_PROGS = [("NovaCare Patient Assistance", "Novaria Pharmaceuticals", "NVC"), ("LillyCares-style Insulin Program", "Eldridge Lilton Inc.", "ELI"),
             ("RxPathways Access", "Pfenning Labs", "PFL"), ("AZ&Me Partner Program", "AstraVeld plc", "AZV")]


def g_pap_xml(t):
    p = pt()
    prog = R.choice(PAP_PROGS)
    app = "PAP-24-%05d" % R.randint(1, 1500)
    ln = Line("pap_xml")
    if R.random() < .6:
        pr = R.choice(PRESCRIBERS)
        nd = R.choice([n for n in NDCS if "Insulin" in n[1] or "Albuterol" in n[1] or "Sertraline" in n[1]])
        ln.t('<papApplication xmlns="urn:odihn:pap:1" appNo="').p(app, "other_id").t('" program="%s" mfr="%s" submitted="' % (html.escape(prog[0]), html.escape(prog[1])))
        ln.p(iso_local(t), "date").t('"><applicant><name><family>').p(p.last, "name", ESC_XML).t("</family><given>").p(p.first, "name", ESC_XML)
        ln.t("</given></name><dob>").p(p.dob.isoformat(), "date").t("</dob>")
        if p.ssn:
            ln.t("<ssn>").p(p.ssn, "ssn").t("</ssn>")
        ln.t("<addr>").p(addr_str(p), "address", ESC_XML).t("</addr><city>").p(p.city, "address").t("</city><st>OH</st><zip>").p(p.zip, "zip")
        ln.t("</zip><phone>").p(fmt_phone(p.phone, 1), "phone").t("</phone><hhSize>%d</hhSize><annualIncome>%d</annualIncome><insurance>%s</insurance>" % (
            p.hh, R.randint(8, 40) * 1000, "medicare-partD" if p.mbi else "none"))
        if p.mbi:
            ln.t("<mbi>").p(p.mbi, "health_plan").t("</mbi>")
        ln.t("</applicant><prescriber><name>%s</name><npi>%s</npi><fax>%s</fax></prescriber>" % (html.escape(pr[1]), PRESC_NPI[pr[0]], ORG_FAX))
        ln.t('<medication ndc="%s" name="%s" qty="%d" refills="3"/></papApplication>' % (nd[0], nd[1], R.choice([1, 3, 5, 10])))
        return [ln]
    st = R.choice(["APPROVED", "APPROVED", "PENDING_DOCS", "DENIED"])
    ln.t('<papResponse program="%s" appNo="' % html.escape(prog[0])).p(app, "other_id").t('" status="%s"' % st)
    if st == "APPROVED":
        eff = dt.date(2024, 12, 1) if R.random() < .5 else dt.date(2024, 11, 18)
        ln.t(' enrollmentId="').p("%s-%07d" % (prog[2], R.randint(0, 9999999)), "other_id").t('" effective="').p(eff.isoformat(), "date")
        ln.t('" expires="').p(eff.replace(year=2025) - dt.timedelta(days=1), "date").t('" shipTo="clinic" shipSite="%s"/>' % R.choice(list(SITES)))
    elif st == "PENDING_DOCS":
        ln.t('><missing>proof of income</missing><missing>%s</missing></papResponse>' % R.choice(["signed prescriber page", "Medicare Part D denial letter", "household attestation"]))
    else:
        ln.t('><reason code="INC">Household income above 400%% FPL</reason><corrId>%s</corrId></papResponse>' % uuid4())
    return [ln]


def py_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def g_pap_worker(t):
    ln = Line("pap_worker")
    prog = R.choice(PAP_PROGS)
    w = "worker-%d" % R.randint(1, 4)
    k = R.random()
    if k < 0.35:
        ln.t(f"{py_ts(t)} INFO [pap.scheduler] {w}: poll cycle done pending=%d submitted=%d failed=%d next_in=300s" % (R.randint(0, 30), R.randint(0, 9), R.randint(0, 2)))
        return [ln]
    if k < 0.45:
        ln.t(f"{py_ts(t)} INFO [pap.portal] {w}: session refreshed for {prog[2].lower()}-portal (token ttl 3600s, req_id={uuid4()})")
        return [ln]
    app = "PAP-24-%05d" % R.randint(1, 1500)
    if k < 0.80:
        ln.t(f"{py_ts(t)} INFO [pap.submit] {w}: ").p(app, "other_id")
        ln.t(f" -> {prog[2].lower()}-portal HTTP {R.choice([200, 201, 202])} in %.2fs (pages=%d)" % (R.random() * 4, R.randint(3, 14)))
        return [ln]
    p = pt()
    if k < 0.90:
        ln.t(f"{py_ts(t)} WARNING [pap.validate] {w}: ").p(app, "other_id").t(" rejected locally: ssn '").p(ssn(False), "ssn").t("' fails area check (chart ").p(p.mrn, "mrn").t(")")
        return [ln]
    ln.t(f"{py_ts(t)} ERROR [pap.submit] {w}: ").p(app, "other_id").t(" portal rejected applicant '").p(p.first + " " + p.last, "name")
    ln.t("' dob=").p(p.dob.strftime("%m/%d/%Y"), "date").t(": DUPLICATE_ENROLLMENT")
    return [ln]


def g_fax(t):
    ln = Line("hylafax")
    sp = R.choice(SPECIALISTS)
    d = t.strftime("%m/%d/%y %H:%M")
    commid = "%08d" % R.randint(1000, 99999)
    if R.random() < .7:
        ln.t(f"{d}\tSEND\t{commid}\tttyACM0\t{R.randint(100, 999)}\t\"").p("RF-24-%04d" % R.randint(1, 2400), "other_id")
        ln.t(f"\"\treferrals@odihn.org\t\"{sp[3]}\"\t\"{sp[2].upper()[:20]}\"\t%d\t%d\t0:%02d:%02d\t0:%02d:%02d\t\"%s\"" % (
            R.choice([14400, 9600]), R.randint(2, 12), R.randint(0, 4), R.randint(0, 59), R.randint(0, 3), R.randint(0, 59),
            R.choice(["", "", "No carrier detected", "Busy signal detected"])))
    else:
        ln.t(f"{d}\tRECV\t{commid}\tttyACM0\tfax{R.randint(10000, 99999)}.tif\t\"\"\t\"{sp[3]}\"\t\"{sp[2].upper()[:20]}\"\t14400\t%d\t0:01:%02d\t0:01:%02d\t\"\"" % (R.randint(1, 6), R.randint(0, 59), R.randint(0, 59)))
    return [ln]


def g_referral(t):
    ln = Line("referral_json")
    ms = int(utc(t).replace(tzinfo=dt.timezone.utc).timestamp() * 1000)
    sp = R.choice(SPECIALISTS)
    base = {"level": 30, "time": ms, "pid": 2211, "hostname": "ref-api-1", "reqId": "req-%x" % R.randint(1, 9999)}
    k = R.random()
    if k < 0.3:
        base.update(msg="specialist capacity updated", npi=SPEC_NPI[sp[0]], specialty=sp[1],
                    donated_slots_month=R.randint(0, 8), practice=sp[2])
        J(ln, base)
        return [ln]
    p = pt()
    slot = future_appt()
    if k < 0.75:
        reason = R.choice(["diabetic retinopathy screen, A1c 9.4", "chest pain w/ exertion, abnl ECG", "R knee OA, failed PT",
                           "suspicious pigmented lesion L shoulder", "+FIT, needs colonoscopy", "uncontrolled T2DM on max oral"])
        base.update(msg="referral created", referral={"id": P("RF-24-%04d" % R.randint(1, 2400), "other_id"), "specialty": sp[1],
                                                     "to": {"name": "Dr. " + sp[0], "npi": SPEC_NPI[sp[0]], "fax": sp[3]},
                                                     "pt": {"mrn": P(p.mrn, "mrn"), "name": P(p.first + " " + p.last, "name"),
                                                            "dob": P(p.dob.isoformat(), "date"), "phone": P(fmt_phone(p.phone, 3), "phone"),
                                                            "age": P(p.age, "age") if p.age > 89 else p.age,
                                                            "lang": p.lang, "interp": p.lang != "en",
                                                            "cov": ({"type": "medicare", "mbi": P(p.mbi, "health_plan")} if p.mbi else {"type": "uninsured"})},
                                                     "reason": reason, "slot": P(slot.strftime("%Y-%m-%dT%H:%M"), "date"),
                                                     "by": R.choice(PRESCRIBERS)[0]})
        J(ln, base)
        return [ln]
    base.update(level=40, msg="referral no-show", referralId=P("RF-24-%04d" % R.randint(1, 2400), "other_id"),
                mrn=P(p.mrn, "mrn"), slot=P(slot.strftime("%Y-%m-%d"), "date"), strikes=R.randint(1, 2), specialist_npi=SPEC_NPI[sp[0]])
    J(ln, base)
    return [ln]


MONTH_ES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]


def sms_body(p, ap):
    site = SITES[p.site][0].replace(" Clinic", "").replace(" Community", "").replace(" Health Room", "")
    hm = ap.strftime("%H:%M") if p.lang not in ("en", "es") else ap.strftime("%-I:%M %p").lower()
    f = p.first.split()[0] if p.lang != "vi" else p.first
    if p.lang == "es":
        return S("Hola ", P(f, "name"), ", le recordamos su cita en %s el " % site, P("%d/%d" % (ap.day, ap.month), "date"),
                 " a las %s. Responda 1 para confirmar, 2 para cancelar." % hm)
    if p.lang == "ar" and f in AR_SCRIPT:
        return S("مرحبا ", P(AR_SCRIPT[f], "name"), "، نذكركم بموعدكم في عيادة مسجد النور يوم ", P(ap.strftime("%d/%m"), "date"),
                 " الساعة %s. للتأكيد أرسل 1" % hm)
    if p.lang == "ru" and f in RU_SCRIPT:
        return S("Здравствуйте, ", P(RU_SCRIPT[f], "name"), "! Напоминаем о приёме ", P(ap.strftime("%d.%m.%Y"), "date"),
                 " в %s, Temple Beth Shalom. Ответьте 1 для подтверждения." % hm)
    if p.lang == "so":
        return S("Salaan ", P(f, "name"), ", ballantaada caafimaad: ", P(ap.strftime("%d/%m"), "date"), " saacadda %s, Masjid An-Noor. Jawaab 1." % hm)
    if p.lang == "ht":
        return S("Bonjou ", P(f, "name"), ", nou raple w randevou w nan %s " % site, P(ap.strftime("%d/%m"), "date"), " a %s. Reponn 1 pou konfime." % hm)
    if p.lang == "vi":
        return S("Chào ", P(f, "name"), ", nhắc lịch hẹn khám ngày ", P(ap.strftime("%d/%m"), "date"), " lúc %s tại %s. Trả lời 1 để xác nhận." % (hm, site))
    return S("Hi ", P(f, "name"), ", reminder: your visit at %s is " % site, P(ap.strftime("%a %b %-d"), "date"),
             " at %s. Reply 1 to confirm, 2 to cancel. Reply STOP to opt out." % hm)


def g_sms(t):
    ln = Line("sms_gateway")
    sid = "SM" + hexs(32)
    p = pt()
    to = P("+1" + "".join(p.phone), "phone")
    k = R.random()
    base = {"ts": iso_z(t), "svc": "remind-sms", "sid": sid}
    if k < 0.45:
        base.update(dir="outbound-api", frm=ORG_SMS, to=to, status="queued", segments=R.randint(1, 3), body=sms_body(p, future_appt()))
    elif k < 0.70:
        base.update(dir="outbound-api", to=to, status=R.choice(["delivered", "delivered", "undelivered", "sent"]),
                    error_code=R.choice([None, None, 30003, 30006]), price="-0.00790", price_unit="USD")
    elif k < 0.80:
        c = R.randint(0, 5)
        if c == 4:
            reply = S("Can I bring my " + p.ec_rel + "? ", P(p.ec_name.split()[0], "name"), " also needs her insulin")
        elif c == 5:
            reply = S("This is ", P(p.ec_name, "name"), ", my " + R.choice(["mom", "dad", "grandma"]) + " cant come, bus not running")
        else:
            reply = S(["1", "2", "STOP", "Si"][c])
        base.update(dir="inbound", frm=to, to=ORG_SMS, status="received", body=reply)
    else:
        app = "PAP-24-%05d" % R.randint(1, 1500)
        tok = alnum(10, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")
        base.update(dir="outbound-api", frm=ORG_SMS, to=to, status="queued", segments=2,
                    body=S("Open Door Clinics: your medicine assistance application ", P(app, "other_id"),
                           " was received. Upload proof of income: ", P("https://odihn.org/u/" + tok, "url")))
    J(ln, base, ascii_=True)
    return [ln]


def g_donor_crm(t):
    ln = Line("donor_crm")
    k = R.random()
    gd = DAY - dt.timedelta(days=R.randint(0, 20))
    fund = R.choice(["General Fund", "Pharmacy Fund", "Interpreter Program", "Zakat - Medical", "Tzedakah Box", "Building Fund"])
    camp = R.choice(["Thanksgiving Appeal 2024", "Giving Tuesday 2024", "Ramadan Drive", "High Holidays 2024", ""])
    amt = "%.2f" % R.choice([25, 50, 100, 180, 250, 500, 1000, 36, 18, 2500])
    if k < 0.3:
        org = R.choice(ORG_DONORS)
        ln.t(f"O|ORG-{R.randint(100, 999)}|{org}|||{ORG_PHONE if False else '614-555-01%02d' % R.randint(0, 59)}|||OH||{amt}|{gd.date().isoformat()}|{fund}|{camp}|check #{R.randint(1000, 9999)}")
        return [ln]
    if k < 0.38:
        ln.t(f"#EXPORT|bloomerang-sync|v2.3.1|batch={R.randint(1000, 9999)}|rows={R.randint(20, 200)}|started={t.strftime('%Y-%m-%dT%H:%M:%S')}|crm=donor-only|phi_fields=0")
        return [ln]
    d = R.choice(DONORS)
    ln.t("D|").p(d.id, "other_id").t("|").p(d.last, "name").t("|").p(d.first, "name").t("|").p(d.email, "email").t("|")
    ln.p(fmt_phone(d.phone, 1), "phone").t("|").p(d.street, "address").t("|").p(d.city, "address").t("|OH|").p(d.zip, "zip")
    ln.t(f"|{amt}|").p(gd.date().isoformat(), "date").t(f"|{fund}|{camp}|{R.choice(['online', 'check #%d' % R.randint(1000, 9999), 'cash', 'stock', 'DAF'])}")
    return [ln]


def g_donation(t):
    ln = Line("donations_webhook")
    k = R.random()
    pre = f"{iso_z(t)} "
    if k < 0.25:
        ln.t(pre + f"info give-api webhook ok evt=evt_{alnum(24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')} type=balance.available latency_ms={R.randint(20, 400)} sig=v1")
        return [ln]
    d = R.choice(DONORS)
    if k < 0.85:
        ln.t(pre + "info give-api charge.succeeded ")
        KV(ln, [("amount", R.choice([1800, 2500, 5000, 10000, 25000, 3600])), ("currency", "usd"), ("customer", P(d.cus, "account")),
                ("name", P(d.first + " " + d.last, "name")), ("email", P(d.email, "email")), ("postal", P(d.zip, "zip")),
                ("brand", R.choice(["visa", "mastercard", "amex"])), ("last4", "%04d" % R.randint(0, 9999)),
                ("fund", R.choice(["pharmacy", "general", "interpreters"])), ("client_ip", P(pub_ip(), "ip")),
                ("recurring", R.choice(["true", "false"]))])
        return [ln]
    pan = card(R.choice(["4", "51", "37"]), 15 if False else 16)
    if R.random() < .3:
        pan = pan[:-1] + str((int(pan[-1]) + 3) % 10)  # junk: fails Luhn
    ln.t(pre + "error give-api form.validate failed: card_declined raw={\"number\":\"").p(pan, "account")
    ln.t("\",\"exp\":\"%02d/%02d\",\"cvc\":\"***\",\"name\":\"" % (R.randint(1, 12), R.randint(25, 30))).p(d.first + " " + d.last, "name").t("\"} (redaction filter v0.9 missed field 'number')")
    return [ln]


def g_volunteer(t):
    ln = Line("volunteer_mgmt")
    v = R.choice(VOLS)
    pre = t.strftime("%Y-%m-%d %H:%M:%S") + " [vhub] "
    k = R.random()
    if k < 0.45:
        ln.t(pre + "shift.checkin ")
        KV(ln, [("volunteer_id", v[0]), ("name", v[1]), ("role", R.choice(["interpreter", "intake", "driver", "pharmacy_tech", "greeter"])),
                ("site", R.choice(list(SITES))), ("phone", "614-555-01%02d" % R.randint(60, 99)),
                ("email", v[1].split()[0].lower() + "." + ascii_fold(v[1].split()[-1]).lower() + "@volunteers.odihn.org")])
    elif k < 0.65:
        ln.t(pre + "bgcheck.result ")
        KV(ln, [("volunteer_id", v[0]), ("vendor", "Sterling Volunteers"), ("order", "STV-%d" % R.randint(10 ** 7, 10 ** 8)), ("status", R.choice(["clear", "clear", "consider"])), ("pkg", "ministry-safe-plus")])
    elif k < 0.80:
        ln.t(pre + "license.verify ")
        KV(ln, [("volunteer_id", "V-0102"), ("name", "Dr. Priya Raman"), ("lic", "35.%06d" % R.randint(0, 999999)), ("board", "OH-SMB"), ("status", "active"), ("npi", SPEC_NPI["Priya Raman"])])
    else:
        ln.t(pre + "hours.rollup ")
        KV(ln, [("period", "2024-11"), ("volunteers", R.randint(80, 140)), ("hours", "%.1f" % R.uniform(600, 1400)), ("value_usd", "%.2f" % R.uniform(20000, 45000)), ("rate", "33.49")])
    return [ln]


def g_syslog(t):
    ln = Line("syslog")
    st = t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")
    k = R.random()
    if k < 0.3:
        site = R.choice(list(SITES)).lower()
        ln.t(f"<134>{st} fw-{site} filterlog[{R.randint(1000, 9999)}]: 5,,,1000000103,igb0,match,block,in,4,0x0,,{R.randint(40, 250)},{R.randint(0, 65535)},0,DF,6,tcp,60,{R.choice(['185.220.101.', '45.148.10.', '162.142.125.'])}{R.randint(1, 254)},203.0.113.{R.randint(2, 30)},{R.randint(1024, 65535)},{R.choice([22, 23, 445, 3389, 5432])},0,S,{R.randint(10 ** 8, 10 ** 9)},,64240,,mss")
    elif k < 0.55:
        site = R.choice(list(SITES))
        tab = R.choice(TABLETS[site])
        ln.t(f"<30>{st} ap-{site.lower()}-01 dhcpd[{R.randint(300, 900)}]: DHCPACK on 10.{R.choice([10, 20, 30, 40])}.3.{R.randint(20, 200)} to {TAB_MAC[tab]} ({tab}) via eth0")
    elif k < 0.7:
        ln.t(f"<86>{st} backup-01 restic[{R.randint(20000, 30000)}]: snapshot {hexs(8)} saved: {R.uniform(0.2, 3):.3f} GiB added, processed {R.randint(40000, 90000)} files in {R.randint(2, 9)}:{R.randint(0, 59):02d}")
    elif k < 0.85:
        ln.t(f"<38>{st} ehr-01 sshd[{R.randint(10000, 30000)}]: Accepted publickey for deploy from 198.51.100.{R.randint(2, 60)} port {R.randint(40000, 65000)} ssh2: ED25519 SHA256:{base64.b64encode(bytes(R.randint(0, 255) for _ in range(32))).decode().rstrip('=')}")
    else:
        ln.t(f"<78>{st} ehr-01 CRON[{R.randint(1000, 9999)}]: (root) CMD (/opt/odihn/bin/{R.choice(['sepcheck --nightly', 'pap-poll --once', 'certbot renew -q', 'logrotate /etc/logrotate.d/odihn'])})")
    return [ln]


def mirth_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def g_mirth(t):
    ch = R.choice(["SVRL_ORU_IN", "EHR_ADT_OUT", "PAP_FAX_OUT", "REF_FHIR_OUT"])
    k = R.random()
    if k < 0.5:
        return [Line("mirth_trace").t(f" INFO {mirth_ts(t)} [Channel: {ch}, Destination: {R.choice(['To CharityChart', 'To Filesystem', 'HTTP Sender'])}] "
                                      f"com.mirth.connect.donkey.server.channel.Channel: message {R.randint(10000, 99999)} processed in {R.randint(4, 900)} ms (server 4.4.1.b293)")]
    p = pt()
    head = Line("mirth_trace").t(f"ERROR {mirth_ts(t)} [Channel: {ch}, Source: TCP Listener] com.mirth.connect.server.controllers.DonkeyEngineController: Error processing message {R.randint(10000, 99999)}")
    ex = Line("mirth_trace")
    if R.random() < .6:
        ex.t("com.mirth.connect.donkey.server.channel.ChannelException: Patient not found for PID-3 ").p(p.mrn, "mrn").t(" (PID-5 ")
        ex.p(p.last.upper() + "^" + p.first.upper(), "name").t(", PID-7 ").p(p.dob.strftime("%Y%m%d"), "date").t(")")
    else:
        ex.t("com.mirth.connect.donkey.server.channel.ChannelException: java.net.SocketTimeoutException: Read timed out (lab.sciotovalleylab.example:6661)")
    frames = ["\tat com.mirth.connect.donkey.server.channel.Channel.dispatchRawMessage(Channel.java:1287)",
              "\tat com.mirth.connect.donkey.server.channel.SourceConnector.dispatchRawMessage(SourceConnector.java:196)",
              "\tat com.mirth.connect.connectors.tcp.TcpReceiver$TcpReader.call(TcpReceiver.java:689)",
              "\tat java.base/java.util.concurrent.FutureTask.run(FutureTask.java:264)",
              "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
              "\tat java.base/java.lang.Thread.run(Thread.java:840)"]
    lines = [head, ex] + [Line("mirth_trace").t(f) for f in frames[:R.randint(3, 6)]]
    if R.random() < .5:
        lines.append(Line("mirth_trace").t("Caused by: org.postgresql.util.PSQLException: ERROR: canceling statement due to statement timeout"))
        lines.append(Line("mirth_trace").t("\t... %d more" % R.randint(8, 30)))
    return lines


def g_x12(t):
    p = pt()
    if not p.medicaid:
        p = R.choice([q for q in PATIENTS if q.medicaid])
    ctl = "%09d" % R.randint(1, 999999999)
    gs = str(R.randint(1000, 9999))
    is271 = R.random() < .5
    d6, d8, hm = t.strftime("%y%m%d"), t.strftime("%Y%m%d"), t.strftime("%H%M")
    st = "271" if is271 else "270"
    L = lambda: Line("x12_270_271")
    segs = [L().t(f"ISA*00*          *00*          *ZZ*{'OHMCD' if is271 else 'ODIHN':<15}*ZZ*{'ODIHN' if is271 else 'OHMCD':<15}*{d6}*{hm}*^*00501*{ctl}*0*P*:~"),
            L().t(f"GS*HB*OHMCD*ODIHN*{d8}*{hm}*{gs}*X*005010X279A1~" if is271 else f"GS*HS*ODIHN*OHMCD*{d8}*{hm}*{gs}*X*005010X279A1~"),
            L().t(f"ST*{st}*0001*005010X279A1~"),
            L().t(f"BHT*0022*{'11' if is271 else '13'}*ELG{d8[2:]}{R.randint(100, 999)}*{d8}*{hm}~"),
            L().t("HL*1**20*1~"), L().t("NM1*PR*2*OHIO DEPT OF MEDICAID*****PI*MCD-OH~"), L().t("HL*2*1*21*1~"),
            L().t("NM1*1P*2*OPEN DOOR INTERFAITH HEALTH*****XX*1881234563~"), L().t("HL*3*2*22*0~"),
            L().t(f"TRN*{'2' if is271 else '1'}*ELG-{R.randint(1000, 9999)}*9ODIHN0001~")]
    nm = L().t("NM1*IL*1*").p(x12n(p.last) + "*" + x12n(p.first), "name").t("****MI*").p(p.medicaid, "health_plan").t("~")
    dmg = L().t("DMG*D8*").p(p.dob.strftime("%Y%m%d"), "date").t("*%s~" % p.sex)
    dtp = L().t("DTP*%s*D8*" % ("346" if is271 else "291")).p(d8, "date").t("~")
    segs += [nm, dmg, dtp]
    if is271:
        if R.random() < .6:
            segs.append(L().t("EB*1*IND*30**MC~"))
            segs.append(L().t("MSG*Managed care: CareSource Ohio~"))
        else:
            segs.append(L().t("EB*6*IND*30~"))
    else:
        segs.append(L().t("EQ*30~"))
    n = len(segs) - 1
    segs += [L().t(f"SE*{n}*0001~"), L().t(f"GE*1*{gs}~"), L().t(f"IEA*1*{ctl}~")]
    return segs


CHAT_USERS = {"rthorn": "U05K2M8R1", "locampo": "U05K2QQ7T", "hlindqvist": "U05L0B1ZP", "tbrandt": "U05M77A2C",
              "vol.mkdunne": "U06A1D3XK", "vol.rwhitfield": "U06A1D9EE", "nfleischer": "U06C22H0Q"}


def g_chat(t):
    ln = Line("team_chat")
    user = R.choice(list(CHAT_USERS))
    ch = R.choice(["#gam-saturday", "#pharmacy", "#interpreters", "#case-mgmt", "#it-help", "#man-clinic"])
    k = R.random()
    if k < 0.40:
        text = S(R.choice([
            "Americares shipment landed, 14 cases, lot sheet scanned to the share :package:",
            "Tablet TAB-SBP-02 stuck on sync again, rebooting it",
            "Reminder: donor lists NEVER go in this channel or the EHR. Use Bloomerang only 🙏",
            "Somali interpreter running 10 min late, Abdirizak says traffic on 71",
            "TBS site closed today for Shabbat, Sunday 1-5 as usual",
            "Jumu'ah at 1:15 so MAN clinic pauses 1:00-2:00",
            "who has the key to the insulin fridge at St. Brigid?",
            "Dr. Feld can take 2 more retinal screens in Dec, send referrals by Wed",
            "Printer in the parish hall is out of toner, ticket INC-20411 opened with Midwest Copier",
        ]))
    else:
        p = pt()
        c = R.randint(0, 6)
        if c == 0:
            text = S("Mrs. " if p.sex == "F" else "Mr. ", P(p.last, "name"), "'s ", p.ec_rel, " ", P(p.ec_name.split()[0], "name"), " called — ok to pick up the refill? DOB ",
                     P(p.dob.strftime("%-m/%-d/%y"), "date"), ". Consent form on file.")
        elif c == 1 and p.lang == "ru" and p.first in RU_SCRIPT:
            age = p.age if p.age > 89 else 91
            text = S("Пациентка ", P(RU_SCRIPT[p.first] + " " + p.last, "name"), ", ", P(str(age), "age"), " года, нужна переводчица к 10:30")
        elif c == 1:
            text = S("walk-in ", P(p.first + " " + p.last, "name"), " needs Dari interpreter, chart ", P(p.mrn, "mrn"))
        elif c == 2:
            plate = "%s%s%s%d" % (R.choice("JKHGP"), R.choice("ABCDEFKLX"), R.choice("QRSTXZ"), R.randint(1000, 9999))
            text = S("ride volunteer here: ", P(p.first + " " + p.last, "name"), "'s van (OH plate ", P(plate, "vehicle"),
                     ") got blocked in the Masjid lot, can someone move the food-pantry truck?")
        elif c == 3:
            text = S("case note: ", P(p.first, "name"), "'s car (VIN ", P(vin(), "vehicle"),
                     ") repossessed, can't get to dialysis 3x/wk. Starting COTA Mainstream application.")
        elif c == 4:
            ag = p.age if p.age > 89 else R.choice([92, 94, 97])
            text = S("heads up, ", P(p.first + " " + p.last, "name"), " (", P(str(ag), "age"), "yo) lives alone at ",
                     P(p.street, "address"), ", neighbor checks on her. Home visit list?")
        elif c == 5:
            text = S("PAP for ", P(p.last, "name"), " approved!! insulin ships to GAM in ~10 days. enrollment ", P("NVC-%07d" % R.randint(0, 9999999), "other_id"))
        else:
            text = S("¿Alguien puede llamar a ", P(p.first + " " + p.last, "name"), " al ", P(fmt_phone(p.phone, 0), "phone"),
                     "? No contestó el recordatorio de la cita del ", P(future_appt().strftime("%-d/%-m"), "date"), ".")
    ts = "%d.%06d" % (int(utc(t).replace(tzinfo=dt.timezone.utc).timestamp()), R.randint(0, 999999))
    J(ln, {"type": "message", "channel": ch, "user": CHAT_USERS[user], "user_name": user, "ts": ts, "text": text,
           "client_msg_id": uuid4()})
    return [ln]


def g_sepcheck(t):
    ln = Line("sepcheck")
    base = {"ts": iso_z(t), "job": "sepcheck", "host": "ehr-01", "run": hexs(12)}
    k = R.random()
    if k < 0.6:
        base.update(level="info", msg="donor/patient separation check passed", donor_rows=R.randint(1800, 1900),
                    patient_rows=R.randint(5200, 5400), cross_refs=0, hash_matches=0, dur_s=round(R.uniform(3, 40), 2))
    elif k < 0.8:
        base.update(level="warning", msg="email hash collision between CRM and EHR (salted, review manually)",
                    crm_hash="sha256:" + hashlib.sha256(hexs(20).encode()).hexdigest(),
                    ehr_hash="sha256:" + hashlib.sha256(hexs(20).encode()).hexdigest(), ticket="SEC-%d" % R.randint(100, 400))
    else:
        d = R.choice(DONORS)
        p = pt()
        base.update(level="warning", msg="donor record references patient identifier",
                    donor_id=P(d.id, "other_id"), field="notes", match="mrn", value=P(p.mrn, "mrn"), action="quarantined",
                    notify="privacy@odihn.org")
    J(ln, base, ascii_=True, sp=True)
    return [ln]


GENS = [(g_intake, 10), (g_apache, 12), (g_postgres, 5), (g_hl7, 1.2), (g_fhir, 5), (g_disp, 8), (g_interp, 6),
        (g_pap_xml, 3), (g_pap_worker, 5), (g_fax, 3), (g_referral, 4), (g_sms, 8), (g_donor_crm, 5),
        (g_donation, 4), (g_volunteer, 9), (g_syslog, 22), (g_mirth, 1.6), (g_x12, 0.15), (g_chat, 6), (g_sepcheck, 3)]


CLINIC_HOURS = {g_intake, g_disp, g_interp, g_hl7, g_chat, g_x12, g_pap_xml}


def build():
    recs = []
    # file header of the dispensary ledger when it rotated at midnight
    recs.append((DAY + dt.timedelta(seconds=2), 0, [Line("dispensary_csv").t(DISP_HDR)]))
    total = 1
    seq = 1
    fs, ws = zip(*GENS)
    forced = [g for g in fs for _ in range(2)]  # every system appears at least twice
    while total < NLINES:
        g = forced.pop(0) if forced else R.choices(fs, ws)[0]
        t = rand_ts()
        while g in CLINIC_HOURS and not (7 <= t.hour < 16):
            t = rand_ts()
        lines = g(t)
        recs.append((t, seq, lines))
        seq += 1
        total += len(lines)
    while total > NLINES:  # drop single-line records to land on exactly NLINES
        cands = [i for i, r in enumerate(recs) if len(r[2]) == 1 and r[1] != 0]
        i = R.choice(cands)
        total -= 1
        recs.pop(i)
    recs.sort(key=lambda r: (r[0], r[1]))
    return [ln for r in recs for ln in r[2]]


def verify(lines):
    for n, ln in enumerate(lines, 1):
        b = bytes(ln.b)
        if b"\n" in b or b"\r" in b or not b.strip():
            raise SystemExit(f"line {n}: bad line content")
        b.decode("utf-8")
        last = 0
        for s, e, cat, raw, value, mode in sorted(ln.spans):
            if not (0 <= s < e <= len(b)):
                raise SystemExit(f"line {n}: span out of range {s},{e}")
            if s < last:
                raise SystemExit(f"line {n}: overlapping spans at {s}")
            last = e
            got = b[s:e].decode("utf-8")
            if got != raw or got != got.strip():
                raise SystemExit(f"line {n}: span bytes {got!r} != {raw!r}")
            dec = {"raw": lambda x: x, "kv": lambda x: x.replace('\\"', '"').replace("\\\\", "\\"),
                   "json": lambda x: json.loads('"' + x + '"'), "sql": lambda x: x.replace("''", "'"), "xml": html.unescape, "pct": unquote}[mode](got)
            if dec != value:
                raise SystemExit(f"line {n}: span decodes to {dec!r}, meant {value!r}")
            if cat.startswith("_"):
                raise SystemExit(f"line {n}: unexpected ignored span")


def main():
    lines = build()
    if len(lines) != NLINES:
        raise SystemExit("line count %d" % len(lines))
    verify(lines)
    with open("ry.log", "wb") as f:
        for ln in lines:
            f.write(bytes(ln.b) + b"\n")
    with open("ry.labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for n, ln in enumerate(lines, 1):
            f.write(json.dumps({"line": n, "family": ln.fam,
                                "spans": [{"s": s, "e": e, "cat": c} for s, e, c, *_ in sorted(ln.spans)]},
                               ensure_ascii=False) + "\n")
    cats, fams, phi = {}, {}, 0
    for ln in lines:
        fams[ln.fam] = fams.get(ln.fam, 0) + 1
        phi += bool(ln.spans)
        for sp in ln.spans:
            cats[sp[2]] = cats.get(sp[2], 0) + 1
    print("lines", len(lines), "no-PHI share %.1f%%" % (100 * (len(lines) - phi) / len(lines)), file=sys.stderr)
    print("cats", dict(sorted(cats.items(), key=lambda x: -x[1])), file=sys.stderr)
    print("families", len(fams), dict(sorted(fams.items(), key=lambda x: -x[1])), file=sys.stderr)


if __name__ == "__main__":
    main()
