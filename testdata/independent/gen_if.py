#!/usr/bin/env python3
"""Synthetic labeled log corpus: civil surgeon (I-693) and refugee domestic health
screening clinic network ("Saguaro Newcomer Health", sites in AZ/UT/ID).

Writes if.log (500 lines) and if.labels.jsonl next to this script.  Standard library only,
deterministic (fixed seed).  Every person and identifier is synthetic.

Formats: nginx access, Python/Django logging (key=value), JSON app logs (structlog/pino),
Mirth HL7 v2 ORU/ADT (one segment per physical line) and VXU (escaped \\r), CSV and pipe
vaccination rows, EDN/DS-30xx XML, PostgreSQL, Celery, Spring Boot with stack traces,
interpreter booking JSON, scan/OCR agent, multilingual clinical/interpreter notes, Twilio
webhooks, X12 270/271, FHIR JSON, CEF audit, pdftk I-693 field dumps, payment gateway,
sftp panel-physician exchange, postfix, kiosk/biometric services, DICOM (dcm4chee),
HylaFAX, syslog/systemd/cron/sshd, Prometheus, Redis, Kubernetes events.

Labeling decisions:
- Labeled: identifiers of applicants/patients (immigrant medical exam applicants, refugees,
  parolees) and of their relatives / household members / emergency contacts / guarantors.
- Not labeled: civil surgeons, panel physicians, nurses, interpreters (staff or vendor, even
  when their names look like patients' names), caseworkers, attorneys and accredited
  representatives, their phones/faxes/emails/NPIs, clinic/vendor/agency names, addresses,
  phones and faxes, staff usernames, internal hosts and private IPs.
- name: whole written name is one span (incl. "Last, First", HL7 LAST^FIRST^MIDDLE, X12
  LAST*FIRST); separated given/family fields are separate spans. Titles (Mr., Sra., Dr.)
  are outside the span. The USCIS placeholder "FNU" is not labeled. Mother's maiden name
  (HL7 PID-6) and sponsor names are names.
- A-numbers, USCIS receipt numbers, USCIS online account numbers, I-94 numbers, passport
  numbers, RSC/IOM refugee case numbers, NVC/SIV case numbers, the civil surgeon's exam
  case-file number (EX-YYYY-NNNNNN, one per applicant) and patient portal usernames ->
  other_id. Span is the value as written (a glued "A" prefix is inside, a label like "A#"
  is outside).
- Order, placer/filler, accession, specimen, message-control, batch, job, trace/span IDs,
  lot numbers, UUIDs and DB surrogate keys are NOT labeled.
- mrn: the clinic EHR medical record number (with the SNH prefix when written glued).
- health_plan: Medicaid / Refugee Medical Assistance / AHCCCS IDs and member IDs.
- account: patient/billing account numbers and full card numbers. Masked cards (last 4)
  and public test cards (e.g. 4242 4242 4242 4242) are not labeled.
- ssn: full SSNs only; masked ***-**-1234 is not labeled.
- license: the patient's driver's licence / state ID numbers.
- date: dates tied to the person (birth, arrival, exam, collection, result, CXR, vaccine
  administration, appointment, eligibility/coverage start, parole end and IGRA-due dates).
  Appointment datetimes are labeled whole. Log
  and message timestamps (MSH-7, ISA/GS), form edition dates, report dates, and years
  alone are not labeled.
- age: only ages over 89, digits only.
- address: street line and city (also county, and a birthplace city or region) as separate spans;
  state and country not labeled; ZIP -> zip.
- url: personal social-media/profile URLs of patients or relatives; clinic URLs are not.
- ip: public IPs of patients using the portal; private/internal and documentation IPs are not.
- device: serials/IMEIs of the patient's own devices (implants, phones, hearing aids);
  clinic scanners, kiosks, X-ray units are not labeled.
- vehicle: patient's plate / VIN. photo: base64 face image payload. biometric: fingerprint
  template payload.
"""
import base64
import json
import os
import random
import unicodedata
from datetime import date, datetime, timedelta

R = random.Random(21021)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "if"


# ----------------------------------------------------------------------------- builder
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.n = 0
        self.spans = []
        self.vals = []

    def t(self, s):
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        if cat is None or s == "":
            return self.t(s)
        b = len(s.encode("utf-8"))
        self.spans.append({"s": self.n, "e": self.n + b, "cat": cat})
        self.vals.append(s)
        self.buf.append(s)
        self.n += b
        return self

    def add(self, *segs):
        for s in segs:
            if isinstance(s, (list,)):
                self.add(*s)
            elif isinstance(s, tuple):
                self.p(s[0], s[1])
            else:
                self.t(s)
        return self

    def text(self):
        return "".join(self.buf)


def L(fam, *segs):
    return Line(fam).add(*segs)


def jobj(line, pairs, close=True, open_=True):
    """Append a JSON object; pairs: (key, value, cat) ; value may be int/None/str."""
    if open_:
        line.t("{")
    first = True
    for k, v, cat in pairs:
        if not first:
            line.t(",")
        first = False
        line.t(json.dumps(k, ensure_ascii=False) + ":")
        if isinstance(v, str):
            enc = json.dumps(v, ensure_ascii=False)
            assert enc[1:-1] == v or cat is None, v
            line.t('"')
            line.p(enc[1:-1], cat)
            line.t('"')
        elif isinstance(v, RawJ):
            line.t(v.s)
        else:
            line.t(json.dumps(v))
    if close:
        line.t("}")
    return line


class RawJ:
    def __init__(self, s):
        self.s = s


# ----------------------------------------------------------------------------- clock
T = datetime(2024, 3, 11, 5, 52, 7, 118000)


def tick(lo=1, hi=40):
    global T
    T += timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
    return T


def ms(t=None):
    t = t or T
    return "%03d" % (t.microsecond // 1000)


def ts_py():
    tick()
    return T.strftime("%Y-%m-%d %H:%M:%S,") + ms()


def ts_iso_z():
    tick()
    u = T + timedelta(hours=7)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"


def ts_iso_local():
    tick()
    return T.strftime("%Y-%m-%dT%H:%M:%S.") + ms() + "-07:00"


def ts_nginx():
    tick()
    return T.strftime("%d/%b/%Y:%H:%M:%S -0700")


def ts_sys():
    tick()
    return "%s %2d %s" % (MONTHS[T.month - 1], T.day, T.strftime("%H:%M:%S"))


def ts_pg():
    tick()
    return T.strftime("%Y-%m-%d %H:%M:%S.") + ms() + " MST"


def ts_spring():
    tick()
    return T.strftime("%Y-%m-%d %H:%M:%S.") + ms()


def ts_hl7():
    return T.strftime("%Y%m%d%H%M%S")


def epoch():
    tick()
    return int((T + timedelta(hours=7) - datetime(1970, 1, 1)).total_seconds())


# ----------------------------------------------------------------------------- helpers
def dg(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hx(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid():
    h = hx(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum()))


def luhn_complete(prefix, length):
    digits = prefix + dg(length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return digits + str((10 - tot % 10) % 10)


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    tr = {c: v for c, v in zip("ABCDEFGH", range(1, 9))}
    tr.update({c: v for c, v in zip("JKLMN", range(1, 6))})
    tr.update({"P": 7, "R": 9})
    tr.update({c: v for c, v in zip("STUVWXYZ", range(2, 10))})
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    s = [R.choice(["1", "2", "3", "J", "K", "5"])] + [R.choice(chars) for _ in range(7)] + ["0"] + \
        [R.choice("ABCDEFGHJKLMNPRSTVWXY123456789")] + [R.choice(chars)] + [R.choice("0123456789") for _ in range(6)]
    tot = sum((tr[c] if c.isalpha() else int(c)) * w[i] for i, c in enumerate(s))
    cd = tot % 11
    s[8] = "X" if cd == 10 else str(cd)
    return "".join(s)


def ssn():
    while True:
        a = R.randint(1, 665)
        if a != 0:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_L = ["January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"]


def fd(d, style=None):
    style = style or R.choice(["iso", "us", "us", "eu", "dot", "dmy", "long", "compact", "dMy"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us2":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "eu":
        return d.strftime("%d/%m/%Y")
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "dmy":
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == "long":
        return "%s %d, %d" % (MONTHS_L[d.month - 1], d.day, d.year)
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "dMy":
        return "%02d-%s-%d" % (d.day, MONTHS[d.month - 1].upper(), d.year)
    raise ValueError(style)


def rdate(a, b):
    a = date(*a)
    b = date(*b)
    return a + timedelta(days=R.randint(0, (b - a).days))


# ----------------------------------------------------------------------------- people
AR_M = [("Mohammed", "محمد"), ("Ahmad", "أحمد"), ("Abdulrahman", "عبد الرحمن"), ("Yousef", "يوسف"),
        ("Omar", "عمر"), ("Khaled", "خالد"), ("Ibrahim", "إبراهيم"), ("Bilal", "بلال"), ("Samir", "سمير"),
        ("Hassan", "حسن"), ("Muhammad", "محمد")]
AR_F = [("Fatima", "فاطمة"), ("Aisha", "عائشة"), ("Maryam", "مريم"), ("Rania", "رانيا"), ("Huda", "هدى"),
        ("Layla", "ليلى"), ("Zainab", "زينب"), ("Rasha", "رشا"), ("Noor", "نور")]
AR_L = [("Al-Hashimi", "الهاشمي"), ("Al-Masri", "المصري"), ("Abu-Ghazaleh", "أبو غزالة"), ("Haddad", "حداد"),
        ("Al-Khatib", "الخطيب"), ("Hamdan", "حمدان"), ("Al-Obaidi", "العبيدي"), ("Kanaan", "كنعان"),
        ("Al-Jubouri", "الجبوري"), ("El-Sayed", "السيد"), ("Darwish", "درويش"), ("Al Saadi", "السعدي"),
        ("bin Talal", "بن طلال"), ("Abdel-Nour", "عبد النور")]
PRS_M = [("Ahmad Shah", "احمد شاه"), ("Mohammad Nabi", "محمد نبی"), ("Habibullah", "حبیب الله"),
         ("Sayed Jawad", "سید جواد"), ("Najibullah", "نجیب الله"), ("Hamid", "حمید"), ("Wais", "ویس"),
         ("Abdul Qadir", "عبدالقادر")]
PRS_F = [("Gulalai", "گلالی"), ("Zarghona", "زرغونه"), ("Freshta", "فرشته"), ("Mursal", "مرسل"),
         ("Farzana", "فرزانه"), ("Parwana", "پروانه"), ("Shabnam", "شبنم"), ("Marzia", "مرضیه")]
PRS_L = [("Noorzai", "نورزی"), ("Wardak", "وردک"), ("Sultani", "سلطانی"), ("Hakimi", "حکیمی"),
         ("Ahmadzai", "احمدزی"), ("Popal", "پوپل"), ("Rahimi", "رحیمی"), ("Karimi", "کریمی"),
         ("Sadat", "سادات"), ("Stanekzai", "ستانکزی"), ("Azizi", "عزیزی"), ("Qaderi", "قادری")]
SW_M = ["Amani", "Bahati", "Baraka", "Jean-Claude", "Dieudonné", "Faustin", "Imani", "Emmanuel", "Shukuru"]
SW_F = ["Neema", "Furaha", "Espérance", "Zawadi", "Josephine", "Aline", "Riziki", "Chantal", "Mapendo"]
SW_L = ["Mugisha", "Uwimana", "Kabila", "Nshimirimana", "Ndayishimiye", "Bizimana", "Mukamana", "Habimana",
        "Kahindo", "Masudi", "Mwamba", "Lukusa", "Nyiramana", "wa Ngoy", "Byiringiro"]
ES_M = ["Juan Carlos", "José Luis", "Wilmer", "Brayan", "Luis Fernando", "Kevin Josué", "Yeferson", "Ángel"]
ES_F = ["María José", "Guadalupe", "Yesenia", "Ana Lucía", "Dayana", "Rosa Elvira", "Mayra Alejandra", "Sofía"]
ES_L = ["García-Ruiz", "de la Cruz", "Peña Ortega", "Hernández", "López Xicará", "Ramírez", "Tzoc",
        "Castillo Mejía", "del Valle", "Quispe", "Villanueva", "Núñez", "Ixcot Batz"]
UK_M = [("Dmytro", "Дмитро"), ("Ihor", "Ігор"), ("Andrii", "Андрій"), ("Serhii", "Сергій"),
        ("Volodymyr", "Володимир"), ("Taras", "Тарас"), ("Bohdan", "Богдан")]
UK_F = [("Olena", "Олена"), ("Yuliia", "Юлія"), ("Oksana", "Оксана"), ("Kateryna", "Катерина"),
        ("Nataliia", "Наталія"), ("Halyna", "Галина"), ("Mariia", "Марія")]
UK_L = [("Kovalenko", "Коваленко"), ("Shevchuk", "Шевчук"), ("Bondarenko", "Бондаренко"),
        ("Tkachenko", "Ткаченко"), ("Melnyk", "Мельник"), ("Kravchenko", "Кравченко"),
        ("Oliinyk", "Олійник"), ("Lysenko", "Лисенко"), ("Hnatiuk", "Гнатюк"), ("Savchuk", "Савчук"),
        ("Ponomarenko", "Пономаренко"), ("Zaporozhets", "Запорожець")]
OTHER = [("Saw Htoo", "Eh Paw", "MM", "kar", "M"), ("Naw Say", "Wah", "MM", "kar", "F"),
         ("Hodan Abdi", "Warsame", "SO", "som", "F"), ("Abdirahman Mohamed", "Farah", "SO", "som", "M"),
         ("Tesfay", "Gebremedhin", "ER", "tir", "M"), ("Selam", "Haile", "ER", "tir", "F"),
         ("Jean-Baptiste", "Pierre", "HT", "hat", "M"), ("Marie-Claude", "Désir", "HT", "hat", "F"),
         ("Ram Bahadur", "Gurung", "BT", "nep", "M"), ("Dil Maya", "Rai", "BT", "nep", "F"),
         ("Thị Lan", "Nguyễn", "VN", "vie", "F"), ("Xiuying", "Wang", "CN", "cmn", "F"),
         ("Pieter", "van der Berg", "NL", "nld", "M"), ("Priya", "Venkataraman", "IN", "tam", "F"),
         ("Ji-woo", "Kim", "KR", "kor", "F"), ("Maria Cristina", "dela Peña", "PH", "tgl", "F"),
         ("Anastasia", "Volkova", "RU", "rus", "F"), ("Nur", "Begum", "MM", "rhg", "F"),
         ("Mohammed", "Ayas", "MM", "rhg", "M"), ("Francis", "D'Souza", "IN", "eng", "M"),
         ("Oluwaseun", "Adeyemi-Okafor", "NG", "yor", "M")]

SITES = {
    "PHX-CENTRAL": ("Phoenix", "AZ", ["85015", "85017", "85008", "85033", "85019"], ["602", "623", "480"], "Maricopa County"),
    "PHX-WEST": ("Glendale", "AZ", ["85301", "85302", "85303"], ["623", "602"], "Maricopa County"),
    "TUS-GRANT": ("Tucson", "AZ", ["85705", "85711", "85713", "85716"], ["520"], "Pima County"),
    "SLC-REDWOOD": ("Salt Lake City", "UT", ["84104", "84115", "84119"], ["801", "385"], "Salt Lake County"),
    "BOI-OVERLAND": ("Boise", "ID", ["83704", "83705", "83709"], ["208"], "Ada County"),
}
STREETS = {
    "Phoenix": ["W Camelback Rd", "N 19th Ave", "W Indian School Rd", "N 35th Ave", "E McDowell Rd", "N 43rd Ave", "W Bethany Home Rd"],
    "Glendale": ["W Glendale Ave", "N 59th Ave", "W Northern Ave", "N 51st Ave"],
    "Tucson": ["E Fort Lowell Rd", "N Alvernon Way", "E Grant Rd", "N Oracle Rd", "E Prince Rd"],
    "Salt Lake City": ["S Redwood Rd", "W 1700 S", "S State St", "W 3500 S", "S 900 W"],
    "Boise": ["W Overland Rd", "N Orchard St", "W Fairview Ave", "W Emerald St", "W Franklin Rd"],
}
UNITS = ["Apt 12B", "#214", "Unit 7", "Apt 3", "", "", "Apt 110", "# 6", "Apt C-4", "Trlr 22"]
MAILS = ["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "ukr.net", "proton.me"]


class P:
    pass


def make_person(origin):
    p = P()
    p.origin = origin
    p.sex = R.choice("MF")
    p.first_alt = p.last_alt = None
    p.middle = ""
    if origin == "ar":
        f = R.choice(AR_M if p.sex == "M" else AR_F)
        l = R.choice(AR_L)
        p.first, p.first_alt = f
        p.last, p.last_alt = l
        p.middle = R.choice(["", "", "Abdullah", "Hussein", "Saleh", "Jamal"])
        p.country = R.choice(["SY", "IQ", "SD", "YE"])
        p.lang = "ara"
        p.kind = R.choice(["refugee", "refugee", "adjust"])
    elif origin == "prs":
        f = R.choice(PRS_M if p.sex == "M" else PRS_F)
        l = R.choice(PRS_L)
        p.first, p.first_alt = f
        p.last, p.last_alt = l
        p.country = "AF"
        p.lang = R.choice(["prs", "prs", "pus"])
        p.kind = R.choice(["siv", "siv", "refugee", "parolee"])
    elif origin == "sw":
        p.first = R.choice(SW_M if p.sex == "M" else SW_F)
        p.last = R.choice(SW_L)
        p.country = R.choice(["CD", "CD", "BI", "TZ"])
        p.lang = R.choice(["swa", "swa", "kin", "fra"])
        p.kind = "refugee"
    elif origin == "es":
        p.first = R.choice(ES_M if p.sex == "M" else ES_F)
        p.last = R.choice(ES_L)
        p.country = R.choice(["GT", "HN", "VE", "CO", "CU", "SV"])
        p.lang = "spa"
        p.kind = R.choice(["adjust", "adjust", "refugee"])
    elif origin == "uk":
        f = R.choice(UK_M if p.sex == "M" else UK_F)
        l = R.choice(UK_L)
        p.first, p.first_alt = f
        p.last, p.last_alt = l
        p.middle = R.choice(["", "Oleksandrivna" if p.sex == "F" else "Petrovych", "Ivanivna" if p.sex == "F" else "Mykolaiovych"])
        p.country = "UA"
        p.lang = "ukr"
        p.kind = R.choice(["u4u", "u4u", "adjust"])
    else:
        o = R.choice(OTHER)
        p.first, p.last, p.country, p.lang, p.sex = o
        p.kind = R.choice(["refugee", "adjust"])
    p.fnu = origin == "prs" and R.random() < 0.12
    p.dob = rdate((1931, 1, 1), (2019, 12, 31)) if R.random() < 0.9 else date(R.randint(1950, 2005), 1, 1)
    p.site = R.choice(list(SITES))
    city, st, zips, acs, county = SITES[p.site]
    p.city, p.state, p.zip, p.county = city, st, R.choice(zips), county
    p.street = "%d %s%s" % (R.randint(100, 9899), R.choice(STREETS[city]), (" " + R.choice(UNITS)).rstrip())
    p.phone = (R.choice(acs), "%03d" % R.randint(201, 989), dg(4))
    fl = fold(p.first).lower()
    ll = fold(p.last).lower()
    p.email = R.choice(["%s.%s%s", "%s%s%s", "%s_%s%s"]) % (fl, ll, R.choice(["", dg(2), str(p.dob.year)])) + "@" + R.choice(MAILS)
    p.user = R.choice(["%s.%s", "%s%s", "%s_%s"]) % (fl[:1] if R.random() < 0.5 else fl, ll) + dg(R.choice([0, 2, 4]))
    p.anum = "A" + R.choice(["2", "2", "2", "0"]) + dg(8)
    p.receipt = R.choice(["IOE", "IOE", "MSC", "NBC", "LIN", "SRC", "EAC"]) + dg(10)
    p.uscis_acct = dg(12)
    p.i94 = dg(9) + R.choice("ABCDEFGHJK") + dg(1)
    p.passport = {"UA": R.choice(["FX", "FA", "GC", "EK"]) + dg(6), "AF": "P" + dg(8), "SY": "N" + dg(9),
                  "IQ": R.choice(["A", "B"]) + dg(8), "GT": "2" + dg(8)}.get(p.country, R.choice("CEGHK") + dg(8))
    rsc_pre = {"SY": ["JO", "TR"], "IQ": ["JO", "TR"], "SD": ["UG", "EG"], "YE": ["EG"], "AF": ["AF", "PK"], "CD": ["TZ", "RW", "UG", "KE"],
               "BI": ["TZ", "RW"], "TZ": ["TZ"], "SO": ["KE"], "ER": ["KE", "ET"], "MM": ["MY", "TH"], "BT": ["NP"], "VN": ["TH"]}.get(p.country, ["EC", "GT", "CR", "TR"])
    p.rsc = "%s-%s" % (R.choice(rsc_pre), dg(7)) if R.random() < 0.6 else dg(2) + "-" + dg(6) + R.choice("ABC")
    p.nvc = R.choice(["KBL", "ISL", "DOH", "ABD"]) + str(R.randint(2021, 2023)) + dg(6)
    p.mrn = dg(8)
    p.exam = "EX-%d-%06d" % (R.choice([2023, 2024, 2024]), R.randint(1000, 99999))
    p.medicaid = {"AZ": "A" + dg(8), "UT": dg(10), "ID": dg(10)}[p.state]
    p.ssn = ssn()
    p.dl = {"AZ": R.choice("BDS") + dg(8), "UT": dg(9), "ID": R.choice(["AB", "KJ", "RT"]) + dg(6) + R.choice("CDEF")}[p.state]
    p.acct = R.choice(["PA", "SNH-"]) + dg(R.choice([7, 9]))
    p.arrival = rdate((2023, 9, 1), (2024, 3, 8))
    p.exam_date = rdate((2024, 2, 12), (2024, 3, 8))
    p.appt = rdate((2024, 3, 12), (2024, 4, 30))
    return p


ORIGIN_W = ["ar"] * 12 + ["prs"] * 12 + ["sw"] * 12 + ["es"] * 10 + ["uk"] * 10 + ["other"] * 10
PEOPLE = [make_person(R.choice(ORIGIN_W)) for _ in range(80)]
for _p in [q for q in PEOPLE if q.origin == "prs"][::4]:
    _p.fnu = True  # single-name Afghan applicants: USCIS writes given name "FNU"


def who(pred=None):
    c = [p for p in PEOPLE if (pred is None or pred(p))]
    return R.choice(c)


def nm(p, style=None, cat="name"):
    """Return segments for a person's name in a given written style."""
    style = style or R.choice(["fl", "fl", "lf", "LF", "FL", "lower", "init", "fml", "lfm"])
    f, l, m = p.first, p.last, p.middle
    if p.fnu and style in ("lf", "LF", "hl7", "x12", "lfm"):
        if style == "hl7":
            return [(l.upper(), cat), "^FNU"]
        if style == "x12":
            return [(l.upper(), cat), "*FNU"]
        return [(l.upper() if style == "LF" else l, cat), ", FNU"]
    if style == "fl":
        s = "%s %s" % (f, l)
    elif style == "fml":
        s = ("%s %s %s" % (f, m, l)) if m else "%s %s" % (f, l)
    elif style == "lf":
        s = "%s, %s" % (l, f)
    elif style == "lfm":
        s = ("%s, %s %s" % (l, f, m)) if m else "%s, %s" % (l, f)
    elif style == "LF":
        s = "%s, %s" % (l.upper(), f.upper())
    elif style == "FL":
        s = "%s %s" % (l.upper(), f.upper())
    elif style == "lower":
        s = "%s %s" % (f.lower(), l.lower())
    elif style == "init":
        s = "%s. %s" % (f[0], l)
    elif style == "hl7":
        s = "%s^%s^%s" % (l.upper(), f.upper(), m.upper()) if m else "%s^%s" % (l.upper(), f.upper())
    elif style == "x12":
        s = "%s*%s" % (l.upper(), f.upper())
    elif style == "native":
        if p.first_alt:
            s = "%s %s" % (p.first_alt, p.last_alt)
        else:
            s = "%s %s" % (f, l)
    else:
        raise ValueError(style)
    return [(s, cat)]


OTHER_REL = {"MM": (["Kyaw", "Thant"], ["Aye", "Hsa Moo"]), "SO": (["Abdullahi", "Yusuf"], ["Hawa", "Faadumo"]),
             "ER": (["Kidane", "Yonas"], ["Mebrat", "Saba"]), "HT": (["Wilson", "Jacques"], ["Rose", "Nadège"]),
             "BT": (["Hari", "Bhim"], ["Devi", "Sita"]), "VN": (["Văn Hùng", "Minh"], ["Thị Hoa", "Mai"]),
             "CN": (["Jun", "Wei"], ["Mei", "Li Na"]), "NL": (["Joost", "Maarten"], ["Anouk", "Femke"]),
             "IN": (["Anil", "Suresh"], ["Lakshmi", "Kavya"]), "KR": (["Min-jun", "Seo-jun"], ["Soo-ah", "Ha-eun"]),
             "PH": (["Jose Ramon", "Paolo"], ["Rosalind", "Joy"]), "RU": (["Sergei", "Pavel"], ["Irina", "Lyudmila"]),
             "NG": (["Tunde", "Chinedu"], ["Folake", "Ngozi"])}


def relative(p, sex=None):
    """An ad hoc relative sharing the family name (different first name, given sex)."""
    sex = sex or R.choice("MF")
    for _ in range(20):
        q = make_person(p.origin if p.origin != "other" else "ar")
        if q.sex == sex and q.first != p.first:
            break
    q.last, q.last_alt, q.origin, q.country = p.last, p.last_alt, p.origin, p.country
    q.fnu = False
    q.middle = ""
    if p.origin == "other":
        m, f = OTHER_REL.get(p.country, (["Daniel", "Samuel"], ["Grace", "Ruth"]))
        q.first = R.choice(m if sex == "M" else f)
        q.first_alt = None
    return q


def phone(p, style=None):
    a, b, c = p.phone
    style = style or R.choice(["paren", "dash", "dot", "raw", "e164", "sp", "paren"])
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c), "dot": "%s.%s.%s" % (a, b, c),
            "raw": a + b + c, "e164": "+1" + a + b + c, "sp": "+1 %s %s %s" % (a, b, c),
            "hl7": "(%s)%s-%s" % (a, b, c)}[style]


def intl_phone(p):
    return {"UA": "+380 %s %s %s %s" % (R.choice(["67", "50", "93", "97"]), dg(3), dg(2), dg(2)),
            "AF": "+93 7%s %s %s" % (dg(1), dg(3), dg(4)),
            "SY": "+963 9%s %s %s" % (dg(2), dg(3), dg(3)),
            "CD": "+243 8%s %s %s" % (dg(2), dg(3), dg(3)),
            "TZ": "+255 7%s %s %s" % (dg(2), dg(3), dg(3)),
            "BI": "+257 7%s %s %s" % (dg(1), dg(3), dg(3)), "SO": "+252 61 %s %s" % (dg(3), dg(4)),
            "ER": "+291 7 %s %s" % (dg(3), dg(3)), "MM": "+95 9 %s %s" % (dg(3), dg(4)),
            "GT": "+502 %s %s" % (dg(4), dg(4))}.get(p.country, "+1 %s-%03d-%s" % (p.phone[0], R.randint(201, 989), dg(4)))


PANEL = {"AF": ("Kabul panel (relocated, Doha)", "DOH"), "SY": ("IOM Amman", "AMM"), "IQ": ("IOM Amman", "AMM"),
         "SD": ("IOM Kampala", "KLA"), "YE": ("IOM Cairo", "CAI"), "CD": ("IOM Kampala", "KLA"),
         "BI": ("IOM Dar es Salaam", "DAR"), "TZ": ("IOM Dar es Salaam", "DAR"), "SO": ("IOM Nairobi MHAC", "NBO"),
         "ER": ("IOM Nairobi MHAC", "NBO"), "MM": ("IOM Mae Sot", "MSO"), "BT": ("IOM Damak", "KTM"),
         "GT": ("IOM Guatemala City", "GUA"), "HN": ("IOM Guatemala City", "GUA"), "VE": ("IOM Bogota", "BOG"),
         "CO": ("IOM Bogota", "BOG"), "CU": ("IOM Havana", "HAV"), "SV": ("IOM San Salvador", "SAL")}


def panel(p):
    return PANEL.get(p.country, ("IOM Nairobi MHAC", "NBO"))


def anum(p, style=None):
    n = p.anum[1:]
    style = style or R.choice(["A", "A", "Adash", "Asp", "bare", "dash", "A-"])
    return {"A": p.anum, "Adash": "A%s-%s-%s" % (n[:3], n[3:6], n[6:]), "Asp": "A %s %s %s" % (n[:3], n[3:6], n[6:]),
            "bare": n, "dash": "%s-%s-%s" % (n[:3], n[3:6], n[6:]), "A-": "A-" + n}[style]


def mrn(p, style=None):
    style = style or R.choice(["bare", "snh", "snhd", "bare"])
    return {"bare": p.mrn, "snh": "SNH" + p.mrn, "snhd": "SNH-" + p.mrn}[style]


STAFF_CS = ["Dr. Rebecca Thornton", "Dr. Anil K. Mehta", "Dr. Lucía Serrano", "Dr. Tomasz Wiśniewski", "Dr. Grace Obi-Nwosu"]
STAFF_CS_USER = ["rthornton", "amehta", "lserrano", "twisniewski", "gobinwosu"]
STAFF_RN = ["K. Okafor RN", "Jessica Lund MA", "Miguel Arce LPN", "Hannah Sørensen RN", "Daniel Reyes"]
STAFF_USERS = ["jlund", "marce", "hsorensen", "kokafor", "svc_edn", "svc_scan", "dreyes", "admin.ops"]
INTERP = [("Farid Nazari", "prs"), ("Halima Yusuf", "swa"), ("Oksana Petrenko", "ukr"), ("Rami Haddad", "ara"),
          ("Carmen Ixchel Ruiz", "spa"), ("Jean Bosco Niyonzima", "kin"), ("Mariam Sediqi", "pus"),
          ("Ahmed Nour", "ara"), ("Tigist Alemu", "tir")]
CASEWORKERS = ["IRC caseworker D. Baptiste", "Catholic Charities CM Alicia Moreno", "LSS case manager Ben Whitaker",
               "IRC Boise - Farhad Samadi", "Lutheran Social Services - Keiko Tanaka"]
SITELIST = list(SITES)
LANGS = ["prs", "pus", "ara", "swa", "spa", "ukr", "kin", "tir", "som", "kar", "rus", "fra"]
VACC = [("MMR", "03"), ("Tdap", "115"), ("Td", "09"), ("Varicella", "21"), ("Hep B", "08"), ("IPV", "10"),
        ("COVID-19 mRNA 2023-24", "309"), ("Influenza, quadrivalent", "150"), ("Hep A", "83"), ("PCV20", "216"),
        ("Hib", "49"), ("HPV9", "165")]


# ============================================================================ NOISE gens
def interp_for(lang):
    c = [x for x in INTERP if x[1] == lang]
    return R.choice(c) if c else (R.choice(["Svitlana Moroz", "Kyaw Zin Htet", "Asha Ali", "Bishnu Adhikari"]), lang)


def n_nginx():
    ip = "10.42.%d.%d" % (R.randint(0, 7), R.randint(2, 250))
    path, ua = R.choice([
        ("/healthz", "kube-probe/1.28"), ("/readyz", "kube-probe/1.28"), ("/metrics", "Prometheus/2.48.1"),
        ("/static/js/app.4f9c2e1b.js", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/122.0.0.0 Safari/537.36"),
        ("/api/v1/sites/%s/queue/stats" % R.choice(SITELIST), "python-requests/2.31.0"),
        ("/api/v1/interpreters/availability?lang=%s&date=2024-03-%02d" % (R.choice(LANGS), R.randint(12, 29)), "axios/1.6.7"),
        ("/favicon.ico", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 Safari/605.1.15"),
        ("/api/v1/forms/i693/edition", "python-requests/2.31.0"),
        ("/portal/login", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) Mobile/15E148"),
    ])
    st = R.choice([200, 200, 200, 200, 304, 204, 499, 502]) if "healthz" not in path else 200
    rt = "%.3f" % R.uniform(0.0005, 0.9)
    return [L("nginx_access", '%s - - [%s] "%s %s HTTP/1.1" %d %d "-" "%s" rt=%s uct="0.000" urt="%s"' % (
        ip, ts_nginx(), R.choice(["GET", "GET", "HEAD"]) if path != "/portal/login" else "POST", path, st,
        R.randint(0, 48000), ua, rt, rt))]


def n_k8s():
    msgs = [
        "kubelet[1187]: I0311 %s  1187 prober.go:107] \"Probe succeeded\" probeType=\"Readiness\" pod=\"clinic/i693-api-7c9d8b5f6-x2vqm\" containerName=\"api\"",
        "kubelet[1187]: I0311 %s  1187 kuberuntime_manager.go:1024] \"Container image already present on machine\" image=\"registry.snh.internal/scan-agent:3.8.2\"",
        "k3s[902]: time=\"%s\" level=info msg=\"Running kube-proxy --cluster-cidr=10.42.0.0/16\"",
        "kubelet[1187]: W0311 %s  1187 eviction_manager.go:356] \"Eviction manager: attempting to reclaim\" resourceName=\"ephemeral-storage\"",
        "containerd[774]: time=\"%s\" level=info msg=\"shim disconnected\" id=%s namespace=k8s.io",
    ]
    m = R.choice(msgs)
    t = ts_sys()
    inner = T.strftime("%H:%M:%S.") + dg(6)
    if "%s namespace" in m:
        m = m % (inner, hx(64))
    else:
        m = m % inner
    return [L("syslog", "%s k8s-node-0%d %s" % (t, R.randint(1, 3), m))]


def n_pg():
    t = ts_pg()
    pid = R.randint(1000, 65000)
    m = R.choice([
        "LOG:  checkpoint starting: time",
        "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=0.004 s, total=%.3f s" % (
            R.randint(100, 4000), R.uniform(0.5, 12), R.randint(0, 3), R.uniform(10, 120), R.uniform(10, 120)),
        "LOG:  automatic vacuum of table \"ehr.public.vaccination_event\": index scans: 1",
        "LOG:  connection authorized: user=snh_app database=ehr application_name=i693-api SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)",
        "LOG:  could not receive data from client: Connection reset by peer",
        "LOG:  temporary file: path \"base/pgsql_tmp/pgsql_tmp%d.0\", size %d" % (pid, R.randint(10 ** 6, 10 ** 8)),
        "ERROR:  canceling statement due to statement timeout",
        "LOG:  duration: %.3f ms  execute <unnamed>: SELECT count(*) FROM igra_result WHERE status = $1" % R.uniform(200, 3000),
        "FATAL:  password authentication failed for user \"reporting_ro\"",
    ])
    return [L("postgres", "%s [%d] %s" % (t, pid, m))]


def n_celery():
    t = ts_py()
    task = R.choice(["scan.ocr_page", "edn.sync_arrivals", "iis.submit_vxu", "reports.daily_i693_counts",
                     "interp.refresh_vendor_roster", "notify.flush_outbox", "billing.reconcile_stripe"])
    m = R.choice([
        "[%s: INFO/MainProcess] Task %s[%s] received" % (t, task, uuid()),
        "[%s: INFO/ForkPoolWorker-%d] Task %s[%s] succeeded in %.3fs: None" % (t, R.randint(1, 8), task, uuid(), R.uniform(0.01, 30)),
        "[%s: WARNING/ForkPoolWorker-%d] Task %s[%s] retry: Retry in %ds: ConnectionError('HTTPSConnectionPool(host=\\'edn.cdc.gov\\', port=443): Read timed out.')" % (
            t, R.randint(1, 8), task, uuid(), R.choice([30, 60, 120])),
        "[%s: INFO/Beat] Scheduler: Sending due task %s (%s)" % (t, task.split(".")[1], task),
        "[%s: INFO/MainProcess] mingle: all alone" % t,
        "[%s: INFO/MainProcess] Connected to amqp://snh:**@rabbitmq.clinic.svc:5672//" % t,
    ])
    return [L("celery", m)]


def n_prom():
    tick()
    metric = R.choice([
        'i693_exams_completed_total{site="%s",civil_surgeon_id="CS-%03d"} %d' % (R.choice(SITELIST), R.randint(1, 12), R.randint(10, 4000)),
        'igra_results_pending{lab="quest_phx"} %d' % R.randint(0, 90),
        'interpreter_bookings_open{language="%s",modality="%s"} %d' % (R.choice(LANGS), R.choice(["onsite", "vri", "opi"]), R.randint(0, 40)),
        'scan_pages_processed_total{scanner="fi-7160-%s"} %d' % (R.choice(["PHX1", "PHX2", "TUS1", "SLC1"]), R.randint(1000, 90000)),
        'http_request_duration_seconds_bucket{handler="/api/v1/exams",le="0.5"} %d' % R.randint(1000, 99999),
        'process_resident_memory_bytes{job="i693-api"} %d' % R.randint(10 ** 8, 9 * 10 ** 8),
        'hl7_messages_total{channel="LabResultsIn",status="ERROR"} %d' % R.randint(0, 50),
    ])
    return [L("prometheus", "%s %d" % (metric, int((T + timedelta(hours=7) - datetime(1970, 1, 1)).total_seconds() * 1000)))]


def n_redis():
    t = T
    tick()
    m = R.choice([
        "* Background saving started by pid %d" % R.randint(100, 9000),
        "* DB saved on disk",
        "* %d changes in 300 seconds. Saving..." % R.randint(10, 900),
        "# Client id=%d addr=10.42.%d.%d:%d laddr=10.42.0.9:6379 fd=12 name= age=%d idle=0 flags=N db=2 cmd=blpop closed for overcoming of output buffer limits." % (
            R.randint(100, 9999), R.randint(0, 5), R.randint(2, 250), R.randint(30000, 60000), R.randint(1, 9000)),
        "* Fork CoW for RDB: current 4 MB, peak 4 MB, average 2 MB",
    ])
    return [L("redis", "1:M %s %s" % (T.strftime("%d %b %Y %H:%M:%S.") + ms(), m))]


def n_sys():
    t = ts_sys()
    host = R.choice(["snh-app01", "snh-db01", "snh-scan02", "snh-fax01", "snh-mirth01"])
    m = R.choice([
        "systemd[1]: Started Daily rotation of log files.",
        "systemd[1]: Starting pg_backup.service - nightly pg_basebackup to s3://snh-backups/ehr ...",
        "CRON[%d]: (root) CMD (/usr/local/bin/purge_scan_tmp --older-than 7d)" % R.randint(2000, 60000),
        "sshd[%d]: Accepted publickey for %s from 10.8.0.%d port %d ssh2: ED25519 SHA256:%s" % (
            R.randint(2000, 60000), R.choice(STAFF_USERS), R.randint(2, 40), R.randint(40000, 65000), base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode().rstrip("=")),
        "sudo:   %s : TTY=pts/0 ; PWD=/home/%s ; USER=root ; COMMAND=/usr/bin/systemctl restart mirth" % ((R.choice(STAFF_USERS),) * 2),
        "certbot[%d]: Cert not yet due for renewal (portal.saguaronewcomer.org expires 2024-05-19)" % R.randint(2000, 60000),
        "kernel: [%d.%06d] usb 2-1: new high-speed USB device number %d using xhci_hcd" % (R.randint(1000, 900000), R.randint(0, 999999), R.randint(2, 20)),
        "systemd[1]: clamav-freshclam.service: Deactivated successfully.",
        "rsyslogd[712]: imjournal: %d messages lost due to rate-limiting (20000 allowed within 600 seconds)" % R.randint(1, 400),
        "pg_backup.sh[%d]: backup finished: 18.4 GiB in 00:11:52, sha256=%s" % (R.randint(2000, 60000), hx(64)),
    ])
    return [L("syslog", "%s %s %s" % (t, host, m))]


def n_java():
    t = ts_spring()
    th = "http-nio-8080-exec-%d" % R.randint(1, 20)
    exc = R.choice([
        ("org.springframework.dao.DataAccessResourceFailureException", "Unable to acquire JDBC Connection; HikariPool-1 - Connection is not available, request timed out after 30000ms."),
        ("java.net.SocketTimeoutException", "Read timed out (vendor=LanguageLine, endpoint=https://api.vendor-interp.example/v2/sessions)"),
        ("com.fasterxml.jackson.databind.exc.InvalidFormatException", "Cannot deserialize value of type `java.time.OffsetDateTime` from String \"24:15\""),
        ("java.lang.IllegalStateException", "No interpreter available for language=tir modality=ONSITE site=BOI-OVERLAND"),
    ])
    out = [L("spring_boot", "%s ERROR 1 --- [%s] c.s.interp.web.BookingController       : Request processing failed: %s" % (t, th, exc[0].split(".")[-1])),
           L("spring_boot", "%s: %s" % exc)]
    frames = ["at com.snh.interp.service.BookingService.reserve(BookingService.java:%d)" % R.randint(80, 300),
              "at com.snh.interp.web.BookingController.create(BookingController.java:%d)" % R.randint(40, 120),
              "at org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)",
              "at jakarta.servlet.http.HttpServlet.service(HttpServlet.java:658)",
              "at org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61)"]
    for f in frames[:R.randint(2, 5)]:
        out.append(L("spring_boot", "\t" + f))
    if R.random() < 0.5:
        out.append(L("spring_boot", "\t... %d common frames omitted" % R.randint(20, 80)))
    return out


def n_scan():
    t = ts_iso_local()
    m = R.choice([
        "scan-agent[2211]: level=info batch=B%s-%02d device=\"fi-7160 SN:A1BD%s\" pages=%d dpi=300 profile=I693_packet duration=%.1fs" % (
            T.strftime("%Y%m%d"), R.randint(1, 40), dg(6), R.randint(1, 30), R.uniform(3, 60)),
        "scan-agent[2211]: level=warn msg=\"tesseract: Warning: Invalid resolution 0 dpi. Using 70 instead.\"",
        "scan-agent[2211]: level=info msg=\"Detected %d diacritics\" lang=ara+fas+eng" % R.randint(10, 400),
        "saned[1640]: sane_open: fujitsu:fi-7160:%d opened" % R.randint(100000, 999999),
        "scan-agent[2211]: level=info msg=\"uploaded\" bucket=snh-scans key=batches/%s.tar.zst bytes=%d sha256=%s" % (uuid(), R.randint(10 ** 5, 10 ** 8), hx(64)),
        "scan-agent[2211]: level=error msg=\"page rotated 180deg; auto-deskew failed\" batch=B%s-%02d page=%d" % (T.strftime("%Y%m%d"), R.randint(1, 40), R.randint(1, 20)),
    ])
    return [L("scan_ocr", "%s %s" % (t, m))]


def n_fax():
    t = ts_sys()
    dest = R.choice(["+1.602.555.0177", "14805550123", "+1 (801) 555-0166", "2085550148"])
    m = R.choice([
        "faxq[1932]: SEND FAX: JOB %d DEST %s COMMID %09d DEVICE '/dev/ttyACM0' FROM 'Records <records@saguaronewcomer.org>' USER www-data" % (R.randint(1000, 9999), dest, R.randint(1, 99999)),
        "faxsend[%d]: SEND FAX (%09d): FROM records@saguaronewcomer.org TO %s (page %d of %d sent in 0:%02d)" % (R.randint(2000, 9000), R.randint(1, 99999), dest, 1, R.randint(2, 9), R.randint(10, 59)),
        "faxgetty[1201]: MODEM Multi-Tech Systems MT9234ZBA-USB/0109",
        "faxq[1932]: JOB %d (ready dest %s pri 127 tts 0:00 killtime 2:59:52): CREATE" % (R.randint(1000, 9999), dest),
    ])
    return [L("hylafax", "%s snh-fax01 %s" % (t, m))]


def n_pay():
    t = ts_iso_z()
    m = R.choice([
        '{"level":"info","time":"%s","svc":"billing","msg":"charge succeeded","charge":"ch_3O%s","amount":%d,"currency":"usd","card":{"brand":"visa","last4":"%s"},"description":"I-693 civil surgeon exam fee"}' % (t, hx(20), R.choice([22500, 27500, 30000, 45000]), dg(4)),
        '{"level":"debug","time":"%s","svc":"billing","env":"sandbox","msg":"test charge","card_number":"4242424242424242","exp":"12/34","result":"approved"}' % t,
        '{"level":"warn","time":"%s","svc":"billing","msg":"webhook signature verification failed","event":"evt_1O%s","endpoint":"/stripe/webhook"}' % (t, hx(22)),
        '{"level":"info","time":"%s","svc":"billing","msg":"payout created","payout":"po_1O%s","amount":%d,"arrival_date":"2024-03-13"}' % (t, hx(20), R.randint(100000, 900000)),
    ])
    return [L("json_app", m)]


def n_json():
    t = ts_iso_z()
    m = R.choice([
        [("level", "info", None), ("ts", t, None), ("logger", "http", None), ("msg", "request completed", None), ("method", "GET", None),
         ("path", R.choice(["/api/v1/health", "/api/v1/exams/queue", "/api/v1/vaccines/catalog", "/api/v1/forms/ds3025/schema"]), None),
         ("status", 200, None), ("durationMs", R.randint(1, 900), None), ("traceId", hx(32), None), ("spanId", hx(16), None)],
        [("level", "info", None), ("ts", t, None), ("logger", "edn.import", None), ("msg", "batch complete", None), ("received", R.randint(0, 60), None),
         ("upserted", R.randint(0, 60), None), ("classB", R.randint(0, 9), None), ("errors", 0, None), ("durationMs", R.randint(900, 40000), None)],
        [("level", "warn", None), ("ts", t, None), ("logger", "iis.client", None), ("msg", "ASIIS returned AE; will retry", None), ("msgControlId", "SNH" + dg(12), None),
         ("ackCode", "AE", None), ("err", "102^Data type error^HL70357", None), ("attempt", R.randint(1, 5), None)],
        [("level", "info", None), ("ts", t, None), ("logger", "config", None), ("msg", "loaded", None), ("iisEndpoint", "https://asiis-hl7.azdhs.gov/soap", None),
         ("ednPollSeconds", 900, None), ("i693Edition", "01/20/25", None), ("clinicPhone", "(602) 555-0100", None), ("supportEmail", "it-help@saguaronewcomer.org", None)],
        [("level", "error", None), ("ts", t, None), ("logger", "interp.vendor", None), ("msg", "vendor roster sync failed", None), ("vendor", R.choice(["LanguageLine", "CyraCom", "Propio"]), None),
         ("status", 503, None), ("retryInSec", 120, None)],
    ])
    return [jobj(Line("json_app"), m)]


def n_pyapp():
    t = ts_py()
    m = R.choice([
        "INFO [i693.tasks] civil-surgeon designation check: %d active, 0 expiring within 30d" % R.randint(3, 9),
        "INFO [i693.workflow] queue depth site=%s awaiting_igra=%d awaiting_cxr=%d ready_to_seal=%d" % (R.choice(SITELIST), R.randint(0, 30), R.randint(0, 10), R.randint(0, 15)),
        "WARNING [django.request] Not Found: /wp-login.php",
        "INFO [i693.forms] loaded I-693 edition 01/20/25 (sha1=%s), 14 pages, 412 fields" % hx(40),
        "ERROR [i693.print] CUPS job failed printer=PHX1-Sealed-Env-01 code=client-error-not-possible",
        "INFO [vax.catalog] CVX table refreshed from CDC: %d codes, %d MVX" % (R.randint(270, 320), R.randint(90, 120)),
        "DEBUG [i693.pdf] flattening form using pikepdf 8.13.0 qpdf 11.9.0",
        "INFO [refugee.screening] domestic screening template v2024.1 active for AZ,UT,ID",
        "WARNING [i693.workflow] IGRA vendor latency p95=%.1fs above SLO" % R.uniform(2, 9),
        "INFO [gunicorn.error] Booting worker with pid: %d" % R.randint(20, 900),
        "INFO [i693.reports] daily counts: exams=%d sealed=%d igra_pos=%d cxr_ordered=%d" % (R.randint(10, 80), R.randint(5, 60), R.randint(0, 9), R.randint(0, 9)),
    ])
    return [L("python_logging", "%s %s" % (t, m))]


def n_mirth():
    t = ts_py()
    m = R.choice([
        "INFO  (com.mirth.connect.donkey.server.channel.Channel:1346): Channel LabResultsIn (%s) deployed." % uuid(),
        "INFO  (com.mirth.connect.connectors.tcp.TcpReceiver:402): Connection established on 0.0.0.0:6661 from 10.40.2.%d" % R.randint(2, 250),
        "WARN  (com.mirth.connect.connectors.tcp.TcpDispatcher:301): Timeout waiting for ACK from asiis-hl7.azdhs.gov:443",
        "INFO  (transformer:LabResultsIn): QFT-Plus result mapped loinc=71776-9 interp=%s" % R.choice(["Negative", "Positive", "Indeterminate"]),
    ])
    out = [L("mirth", "[%s] %s" % (t, m))]
    if R.random() < 0.35:
        out.append(L("hl7v2", "MSA|AA|Q%s|Message accepted" % dg(10)))
    return out


def n_dicom():
    t = ts_spring()
    m = R.choice([
        "INFO  - STORESCP<-CR_ROOM2(%d) >> 1:C-ECHO-RQ[pcid=1" % R.randint(1, 99),
        "INFO  - Association released by CR_ROOM2",
        "INFO  - Accept Association: CR_ROOM2 -> DCM4CHEE [ImplClassUID=1.2.276.0.7230010.3.0.3.6.7]",
        "WARN  - StowRS: study 1.2.840.113619.2.%d.%d.%d has no Series Description" % (R.randint(100, 999), R.randint(10 ** 6, 10 ** 7), R.randint(10 ** 8, 10 ** 9)),
        "INFO  - C-STORE-RSP status=0000H AccessionNumber=CX%s SOPClassUID=1.2.840.10008.5.1.4.1.1.1" % dg(8),
    ])
    return [L("dcm4chee", "%s %s" % (t, m))]


def n_audit():
    tick()
    u = R.choice(STAFF_USERS + STAFF_CS_USER)
    m = R.choice([
        "CEF:0|Saguaro Newcomer Health|ClinicEHR|4.2.1|AUTH_OK|User login|1|rt=%d suser=%s src=10.8.0.%d cs1Label=site cs1=%s" % (
            epoch() * 1000, u, R.randint(2, 40), R.choice(SITELIST)),
        "CEF:0|Saguaro Newcomer Health|ClinicEHR|4.2.1|AUTH_FAIL|Invalid password|5|rt=%d suser=%s src=10.8.0.%d cnt=%d" % (
            epoch() * 1000, u, R.randint(2, 40), R.randint(1, 6)),
        "CEF:0|Saguaro Newcomer Health|ClinicEHR|4.2.1|REPORT_RUN|Report executed|2|rt=%d suser=%s cs2Label=report cs2=Weekly Class B follow-up cn1Label=rows cn1=%d" % (
            epoch() * 1000, u, R.randint(1, 300)),
    ])
    return [L("cef_audit", m)]


def n_sftp():
    t = ts_sys()
    m = R.choice([
        "sshd[%d]: Accepted password for panel_xfer from 10.60.1.%d port %d ssh2" % (R.randint(2000, 60000), R.randint(2, 40), R.randint(40000, 65000)),
        "sftp-server[%d]: session opened for local user panel_xfer from [10.60.1.%d]" % (R.randint(2000, 60000), R.randint(2, 40)),
        "sftp-server[%d]: opendir \"/inbound/panel/%s\"" % (R.randint(2000, 60000), R.choice(["NBO", "KBL", "AMM", "KLA", "DAR", "WAW"])),
        "sftp-server[%d]: session closed for local user panel_xfer from [10.60.1.%d]" % (R.randint(2000, 60000), R.randint(2, 40)),
    ])
    return [L("syslog", "%s snh-xfer01 %s" % (t, m))]


def n_postfix():
    t = ts_sys()
    qid = hx(10).upper()
    m = R.choice([
        "postfix/smtp[%d]: %s: to=<records@saguaronewcomer.org>, relay=smtp.office365.com[52.96.%d.%d]:587, delay=1.2, delays=0.05/0.01/0.6/0.5, dsn=2.0.0, status=sent (250 2.0.0 OK)" % (
            R.randint(2000, 60000), qid, R.randint(0, 255), R.randint(0, 255)),
        "postfix/qmgr[%d]: %s: removed" % (R.randint(2000, 60000), qid),
        "postfix/smtpd[%d]: connect from unknown[10.42.%d.%d]" % (R.randint(2000, 60000), R.randint(0, 7), R.randint(2, 250)),
        "postfix/cleanup[%d]: %s: message-id=<%s@snh-app01.saguaronewcomer.org>" % (R.randint(2000, 60000), qid, uuid()),
    ])
    return [L("postfix", "%s snh-mail01 %s" % (t, m))]


def n_csvhdr():
    tick()
    return [L("csv_export", R.choice([
        "# export vaxlog generated_by=reports.vax_export rows=%d site=%s" % (R.randint(5, 500), R.choice(SITELIST)),
        "lot_number,cvx,mvx,expiration,doses_on_hand,site",
        "%s,%s,%s,2025-%02d-%02d,%d,%s" % (R.choice(["Y012345", "FK7812", "U7354AA", "3CA19D1", "EW0182"]), R.choice(VACC)[1], R.choice(["MSD", "PFR", "SKB", "MOD"]),
                                       R.randint(1, 12), R.randint(1, 28), R.randint(0, 80), R.choice(SITELIST)),
    ]))]


def n_interp():
    t = ts_iso_local()
    name, lang = R.choice(INTERP)
    return [jobj(Line("interp_json"), [
        ("ts", t, None), ("svc", "interp-scheduler", None), ("event", R.choice(["interpreter.checkin", "roster.updated", "interpreter.checkout"]), None),
        ("interpreterId", "INT-%04d" % R.randint(1, 900), None), ("interpreter", name, None), ("language", lang, None),
        ("site", R.choice(SITELIST), None), ("vendor", R.choice(["in-house", "CyraCom", "Propio"]), None),
        ("billableMinutes", R.randint(0, 240), None)])]


def n_deploy():
    tick()
    return [L("ci_deploy", R.choice([
        "argocd: app=i693-api sync=Synced health=Healthy revision=%s build=#%d image=registry.snh.internal/i693-api:2.14.%d" % (hx(40), R.randint(1000, 4000), R.randint(0, 30)),
        "argocd: app=scan-agent sync=OutOfSync health=Progressing revision=%s" % hx(40),
        "helm: release \"interp-scheduler\" upgraded to chart version 1.9.%d (app 3.2.%d)" % (R.randint(0, 9), R.randint(0, 20)),
    ]))]


def n_twilio():
    t = ts_py()
    return [L("twilio_webhook", "%s INFO [notify.webhooks] POST /twilio/status AccountSid=AC%s MessageSid=SM%s MessageStatus=%s ErrorCode=%s From=+16025550100 ApiVersion=2010-04-01" % (
        t, hx(32), hx(32), R.choice(["sent", "delivered", "undelivered", "queued"]), R.choice(["", "30003", "30005"])))]


NOISE = [(n_nginx, 9), (n_k8s, 4), (n_pg, 6), (n_celery, 6), (n_prom, 4), (n_redis, 2), (n_sys, 6), (n_java, 2),
         (n_scan, 5), (n_fax, 3), (n_pay, 3), (n_json, 6), (n_pyapp, 8), (n_mirth, 3), (n_dicom, 3), (n_audit, 3),
         (n_sftp, 3), (n_postfix, 2), (n_csvhdr, 2), (n_interp, 3), (n_deploy, 2), (n_twilio, 2)]


# ============================================================================ PHI gens
def g_pyapp():
    p = who()
    t = ts_py()
    cs = R.choice(STAFF_CS_USER)
    v = R.randint(0, 4)
    ln = L("python_logging", t, " ")
    if v == 0:
        ln.add("INFO [i693.workflow] stage=", R.choice(["vaccination_review", "tb_screening", "physical_exam", "ready_to_seal"]),
               " exam=", (p.exam, "other_id"), " applicant=\"", nm(p, R.choice(["lf", "LF", "fl"])), "\" a_number=", (anum(p, "A"), "other_id"),
               " dob=", (fd(p.dob, R.choice(["us", "iso"])), "date"), " civil_surgeon=", cs, " result=", R.choice(["COMPLETE", "PENDING_IGRA", "REFER_HD"]))
    elif v == 1:
        ln.add("WARNING [i693.matching] 2 candidate applicants for name='", nm(p, R.choice(["FL", "lower"])), "' dob=",
               (fd(p.dob, "iso"), "date"), "; picking most recent exam ", (p.exam, "other_id"))
    elif v == 2:
        ln.add("INFO [i693.print] sealed envelope printed for ", nm(p, "fl"), " (", (p.receipt, "other_id"), ") exam date ",
               (fd(p.exam_date, R.choice(["us", "long"])), "date"), " printer=PHX1-Sealed-Env-01 copies=2")
    elif v == 3:
        ln.add("ERROR [i693.validation] Pt1Line3 AlienNumber '", (anum(p, R.choice(["Adash", "Asp", "bare"])), "other_id"),
               "' failed checksum/format for applicant_id=", str(R.randint(10000, 99999)), " (", nm(p, "lf"), ")")
    else:
        d = R.choice(VACC)
        ln.add("INFO [vax.reconcile] ", (mrn(p), "mrn"), " ", d[0], " (CVX ", d[1], ") documented ",
               (fd(rdate((2015, 1, 1), (2024, 3, 8)), R.choice(["us", "eu", "iso"])), "date"), " source=", R.choice(["DS-3025", "state IIS", "patient card", "IOM PMI"]),
               " -> requirement satisfied")
    return [ln]


def g_edn_json():
    p = who(lambda q: q.kind in ("refugee", "siv", "parolee"))
    t = ts_iso_z()
    ln = Line("json_app")
    pairs = [("level", "info", None), ("ts", t, None), ("logger", "edn.import", None), ("msg", "arrival record upserted", None),
             ("alienNumber", anum(p, "A"), "other_id"), ("caseNumber", p.rsc if p.kind == "refugee" else p.nvc, "other_id"),
             ("lastName", p.last.upper(), "name")]
    if not p.fnu:
        pairs.append(("firstName", p.first, "name"))
    else:
        pairs.append(("firstName", "FNU", None))
    pairs += [("dob", fd(p.dob, "iso"), "date"), ("sex", p.sex, None), ("arrivalDate", fd(p.arrival, "iso"), "date"),
              ("portOfEntry", R.choice(["ORD", "JFK", "IAD", "LAX", "DFW"]), None),
              ("classB", R.choice(["None", "B1 TB, Pulmonary", "B2 TB, LTBI evaluation", "B1 TB, Extrapulmonary", "B Other"]), None),
              ("resettlementAgency", R.choice(["IRC Phoenix", "Catholic Charities AZ", "LSS Rocky Mountains", "IRC Boise"]), None)]
    if R.random() < 0.6:
        pairs += [("destCity", p.city, "address"), ("destZip", p.zip, "zip")]
    pairs.append(("traceId", hx(32), None))
    return [jobj(ln, pairs)]


def g_hl7_oru():
    p = who()
    t = ts_py()
    ctl = "Q" + dg(10)
    order = "ORD-2024-%06d" % R.randint(1, 999999)
    coll = datetime.combine(p.exam_date, datetime.min.time()) + timedelta(hours=R.randint(8, 16), minutes=R.randint(0, 59))
    res = coll + timedelta(days=R.randint(1, 3), hours=R.randint(0, 5))
    out = [L("mirth", "[%s] INFO  (com.mirth.connect.server.channel:LabResultsIn): Message received from QUEST_PHX, raw follows" % t)]
    out.append(L("hl7v2", "MSH|^~\\&|QLAB|QUEST_PHX|SNH_EHR|SNH|%s||ORU^R01^ORU_R01|%s|P|2.5.1" % (ts_hl7(), ctl)))
    pid = L("hl7v2", "PID|1||", (mrn(p, "bare"), "mrn"), "^^^SNH^MR")
    if R.random() < 0.5:
        pid.add("~", (p.anum, "other_id"), "^^^USCIS^AN")
    pid.add("||", nm(p, "hl7"), "||", (p.dob.strftime("%Y%m%d"), "date"), "|", p.sex, "|||")
    if R.random() < 0.7:
        pid.add((p.street.upper(), "address"), "^^", (p.city.upper(), "address"), "^", p.state, "^", (p.zip, "zip"), "^USA")
    pid.add("||", (phone(p, "hl7"), "phone"))
    out.append(pid)
    out.append(L("hl7v2", "ORC|RE|%s|%s" % (order, ctl)))
    out.append(L("hl7v2", "OBR|1|%s|%s|QFT^QuantiFERON-TB Gold Plus^L|||" % (order, ctl), (coll.strftime("%Y%m%d%H%M"), "date"),
                 "|||||||||1730%s^%s^^^^MD" % (dg(6), R.choice(["THORNTON^REBECCA", "MEHTA^ANIL^K", "SERRANO^LUCIA"]))))
    interp = R.choice(["Negative", "Positive", "Indeterminate"])
    out.append(L("hl7v2", "OBX|1|ST|71776-9^QuantiFERON-TB Gold Plus interpretation^LN||%s||Negative|%s|||F|||" % (interp, "A" if interp != "Negative" else "N"),
                 (res.strftime("%Y%m%d%H%M"), "date")))
    if R.random() < 0.6:
        val = R.uniform(0.36, 4.5) if interp == "Positive" else R.uniform(0.0, 0.34)
        out.append(L("hl7v2", "OBX|2|NM|71774-4^TB1 antigen minus Nil^LN||%.2f|IU/mL|<0.35|%s|||F" % (val, "H" if interp == "Positive" else "N")))
    return out


def g_hl7_adt():
    p = who()
    t = ts_py()
    out = [L("mirth", "[%s] INFO  (com.mirth.connect.server.channel:RegistrationOut): ADT^A04 queued for SNH_EHR" % t)]
    out.append(L("hl7v2", "MSH|^~\\&|FRONTDESK|%s|SNH_EHR|SNH|%s||ADT^A04^ADT_A01|F%s|P|2.5.1|||AL|NE||UNICODE UTF-8" % (p.site, ts_hl7(), dg(9))))
    out.append(L("hl7v2", "EVN|A04|%s" % ts_hl7()))
    mom = make_person(p.origin)
    pid = L("hl7v2", "PID|1||", (mrn(p, "bare"), "mrn"), "^^^SNH^MR~", (p.anum, "other_id"), "^^^USCIS^AN||", nm(p, "hl7"), "|",
            (mom.last.upper(), "name"), "|", (p.dob.strftime("%Y%m%d"), "date"), "|", p.sex,
            "||2131-1^Other Race^CDCREC|", (p.street, "address"), "^^", (p.city, "address"), "^", p.state, "^", (p.zip, "zip"), "^USA^H^^",
            (p.county.replace(" County", ""), "address"), "||", (phone(p, "hl7"), "phone"), "^PRN^PH~^NET^Internet^", (p.email, "email"),
            "|||", R.choice(["M", "S", "W"]), "||", (p.acct, "account"), "|")
    if R.random() < 0.6:
        pid.add((p.ssn, "ssn"))
    pid.add("|")
    if R.random() < 0.5:
        pid.add((p.dl, "license"), "^", p.state)
    pid.add("||||||||", p.country)
    out.append(pid)
    kin = relative(p)
    out.append(L("hl7v2", "NK1|1|", nm(kin, "hl7"), "|", R.choice(["SPO^Spouse", "PAR^Parent", "SIB^Sibling", "CHD^Child"]), "^HL70063|||",
                 (intl_phone(p), "phone"), "||EC^Emergency Contact^HL70131"))
    out.append(L("hl7v2", "PV1|1|O|%s^^^SNH||||1730%s^THORNTON^REBECCA^^^^MD|||IMM||||||||V%s" % (p.site, dg(6), dg(9))))
    if p.kind == "adjust":
        out.append(L("hl7v2", "GT1|1||", nm(p, "hl7"), "||", (p.street, "address"), "^^", (p.city, "address"), "^", p.state, "^", (p.zip, "zip"),
                     "||||||SEL^Self^HL70063"))
        return out
    ins = L("hl7v2", "IN1|1|RMA01^Refugee Medical Assistance|", "AHCCCS^" if p.state == "AZ" else "MCD^",
            "%s Medicaid|||||||||||" % {"AZ": "AHCCCS", "UT": "Utah", "ID": "Idaho"}[p.state], "|", nm(p, "hl7"), "|SEL|",
            (p.dob.strftime("%Y%m%d"), "date"), "|||||||||||||||||||", (p.medicaid, "health_plan"))
    out.append(ins)
    return out


def g_hl7_vxu():
    p = who()
    t = ts_py()
    vx = R.sample(VACC, R.randint(1, 3))
    ln = L("hl7_vxu", t, " DEBUG [iis.sender] POST https://asiis-hl7.azdhs.gov/soap submitSingleMessage payload=\"MSH|^~\\&|SNH|",
           p.site, "|ASIIS|AZDHS|", ts_hl7(), "||VXU^V04^VXU_V04|SNH", dg(12), "|P|2.5.1|||ER|AL\\rPID|1||",
           (mrn(p, "snh"), "mrn"), "^^^SNH^MR||", nm(p, "hl7"), "||", (p.dob.strftime("%Y%m%d"), "date"), "|", p.sex, "|||",
           (p.street, "address"), "^^", (p.city, "address"), "^", p.state, "^", (p.zip, "zip"), "^USA^P")
    for i, (v, cvx) in enumerate(vx):
        d = rdate((2024, 1, 15), (2024, 3, 8)).strftime("%Y%m%d")
        ln.add("\\rORC|RE||", dg(9), "^SNH\\rRXA|0|1|", (d, "date"), "|", (d, "date"), "|", cvx, "^", v, "^CVX|",
               R.choice(["0.5", "1", "999"]), "|mL^mL^UCUM||00^New immunization record^NIP001||||||",
               R.choice(["Y012345", "FK7812", "U7354AA", "3CA19D1"]), "||", R.choice(["MSD^Merck", "PFR^Pfizer", "SKB^GSK"]), "^MVX||||A")
    ln.t("\"")
    return [ln]


def g_csv_vax():
    out = []
    if R.random() < 0.5:
        tick()
        out.append(L("csv_vax", "record_id,anum,last_name,first_name,dob,vaccine,cvx,dose,date_given,lot,source"))
    for _ in range(R.randint(1, 3)):
        p = who()
        v, cvx = R.choice(VACC)
        tick()
        out.append(L("csv_vax", str(R.randint(40000, 49999)), ",", (anum(p, "A"), "other_id"), ",", (p.last.upper(), "name"), ",",
                     ("FNU" if p.fnu else p.first, None if p.fnu else "name"), ",", (fd(p.dob, "us"), "date"), ",", '"' + v + '"' if "," in v else v, ",", cvx, ",",
                     str(R.randint(1, 3)), ",", (fd(rdate((2023, 6, 1), (2024, 3, 8)), "iso"), "date"), ",",
                     R.choice(["Y012345", "FK7812", "U7354AA", ""]), ",", R.choice(["clinic", "DS-3025", "IIS", "card"])))
    if R.random() < 0.5:
        p = who(lambda q: q.kind == "refugee")
        tick()
        v, cvx = R.choice(VACC)
        out.append(L("pipe_ds3025", "DS3025|", (p.rsc, "other_id"), "|", nm(p, "FL"), "|", (fd(p.dob, "iso"), "date"), "|", v, "|",
                     (fd(rdate((2022, 6, 1), (2024, 1, 31)), R.choice(["iso", "eu"])), "date"), "|", panel(p)[0],
                     "|", R.choice(["verified", "transcribed", "dose invalid (interval)"])))
    return out


def g_edn_xml():
    p = who(lambda q: q.kind in ("refugee", "siv"))
    t = ts_sys()
    form = R.choice(["DS3030", "DS3026", "DS2054"])
    ln = L("edn_xml", t, " snh-app01 edn-sync[3312]: fetched worksheet <", form, " ver=\"2.1\"><Applicant><AlienNumber>",
           (anum(p, "A"), "other_id"), "</AlienNumber><CaseNumber>", (p.rsc if p.kind == "refugee" else p.nvc, "other_id"),
           "</CaseNumber><Name><Last>", (p.last.upper(), "name"), "</Last><First>", ("FNU" if p.fnu else p.first.upper(), None if p.fnu else "name"),
           "</First></Name><DOB>", (fd(p.dob, "iso"), "date"), "</DOB></Applicant>")
    if form == "DS3030":
        ln.add("<CXR><Date>", (fd(rdate((2023, 6, 1), (2024, 2, 1)), "iso"), "date"), "</Date><Finding>", R.choice(["Normal", "Fibrosis, RUL", "Calcified granuloma"]),
               "</Finding><Class>", R.choice(["No TB classification", "Class B1 TB", "Class B2 TB"]), "</Class></CXR>")
    elif form == "DS3026":
        ln.add("<Exam><Date>", (fd(rdate((2023, 6, 1), (2024, 2, 1)), "iso"), "date"), "</Date><Height unit=\"cm\">", str(R.randint(100, 190)),
               "</Height><Findings>", R.choice(["No abnormalities", "Scabies treated", "Hypertension"]), "</Findings></Exam>")
    else:
        ln.add("<Exam><IGRA result=\"", R.choice(["Negative", "Positive"]), "\" date=\"", (fd(rdate((2023, 6, 1), (2024, 2, 1)), "iso"), "date"), "\"/></Exam>")
    ln.add("<PanelSite>", panel(p)[0],
           "</PanelSite><PanelPhysician>Dr. ", R.choice(["P. Wanjiru", "S. Haddadin", "M. Okello", "R. Qasemi"]), "</PanelPhysician></", form, ">")
    return [ln]


def g_pg():
    p = who()
    t = ts_pg()
    pid = R.randint(1000, 65000)
    v = R.randint(0, 2)
    if v == 0:
        out = [L("postgres", "%s [%d] ERROR:  duplicate key value violates unique constraint \"applicant_a_number_key\"" % (t, pid)),
               L("postgres", "%s [%d] DETAIL:  Key (a_number)=(" % (t, pid), (p.anum, "other_id"), ") already exists."),
               L("postgres", "%s [%d] STATEMENT:  INSERT INTO applicant (a_number, last_name, first_name, dob, site) VALUES ('" % (t, pid),
                 (p.anum, "other_id"), "', '", (p.last, "name"), "', '", (p.first, "name"), "', '", (fd(p.dob, "iso"), "date"), "', '", p.site, "')")]
    elif v == 1:
        out = [L("postgres", "%s [%d] LOG:  duration: %.3f ms  statement: SELECT id, exam_no, status FROM i693_exam e JOIN applicant a ON a.id = e.applicant_id WHERE lower(a.last_name) LIKE '" % (t, pid, R.uniform(1000, 9000)),
                 (fold(p.last).lower()[:6], "name"), "%' AND a.dob = '", (fd(p.dob, "iso"), "date"), "'")]
    else:
        out = [L("postgres", "%s [%d] ERROR:  value too long for type character varying(12)" % (t, pid)),
               L("postgres", "%s [%d] STATEMENT:  UPDATE patient SET phone_mobile = '" % (t, pid), (intl_phone(p), "phone"),
                 "' WHERE mrn = '", (p.mrn, "mrn"), "'")]
    return out


def g_celery():
    p = who()
    t = ts_py()
    v = R.randint(0, 2)
    if v == 0:
        msg = {"spa": "Recordatorio: su cita en Saguaro Newcomer Health es el ", "ukr": "Нагадування: ваш прийом ",
               "ara": "تذكير: موعدك في العيادة يوم ", "prs": "یادآوری: وقت ملاقات شما ", "swa": "Ukumbusho: miadi yako ni tarehe "}.get(p.lang, "Reminder: your appointment is on ")
        ln = L("celery", "[", t, ": INFO/MainProcess] Task notify.send_sms[", uuid(), "] received: args=('", (phone(p, "e164"), "phone"), "', '", msg,
               (fd(p.appt, R.choice(["us", "eu", "dot"])), "date"), " 9:30')")
    elif v == 1:
        ln = L("celery", "[", t, ": ERROR/ForkPoolWorker-", str(R.randint(1, 8)), "] Task notify.send_email[", uuid(), "] raised unexpected: SMTPRecipientsRefused({'",
               (p.email, "email"), "': (550, b'5.1.1 User unknown')})")
    else:
        ln = L("celery", "[", t, ": INFO/ForkPoolWorker-", str(R.randint(1, 8)), "] Task edn.match_arrival[", uuid(), "] succeeded in ", "%.3fs" % R.uniform(0.1, 4),
               ": {'a_number': '", (p.anum, "other_id"), "', 'mrn': '", (p.mrn, "mrn"), "', 'matched_on': 'name+dob'}")
    return [ln]


def g_spring():
    p = who()
    t = ts_spring()
    name, lang = interp_for(p.lang)
    appt = datetime.combine(p.appt, datetime.min.time()) + timedelta(hours=R.randint(8, 16), minutes=R.choice([0, 15, 30, 45]))
    out = [L("spring_boot", "%s ERROR 1 --- [http-nio-8080-exec-%d] c.s.interp.service.BookingService       : " % (t, R.randint(1, 20)),
             "Overlapping booking for patient '", nm(p, R.choice(["lf", "fl"])), "' (MRN ", (p.mrn, "mrn"), ") at ",
             (appt.strftime("%Y-%m-%dT%H:%M"), "date"), " with interpreter ", name, " [", lang, "]")]
    out.append(L("spring_boot", "com.snh.interp.service.BookingConflictException: patientId=%d slot=%s" % (R.randint(1000, 99999), uuid())))
    out.append(L("spring_boot", "\tat com.snh.interp.service.BookingService.reserve(BookingService.java:%d)" % R.randint(80, 300)))
    return out


def g_interp_json():
    p = who()
    t = ts_iso_local()
    name, _ = interp_for(p.lang)
    appt = datetime.combine(p.appt, datetime.min.time()) + timedelta(hours=R.randint(8, 16), minutes=R.choice([0, 15, 30, 45]))
    pairs = [("ts", t, None), ("svc", "interp-scheduler", None), ("event", "booking.created", None), ("bookingId", "IB-%05d" % R.randint(1, 99999), None),
             ("language", p.lang, None), ("dialect", {"prs": "Dari (Kabuli)", "ara": R.choice(["Levantine", "Iraqi", "Sudanese"]), "swa": "Kiswahili (Congolese)"}.get(p.lang, ""), None),
             ("modality", R.choice(["ONSITE", "VRI", "OPI"]), None), ("start", appt.strftime("%Y-%m-%dT%H:%M:00-07:00"), "date"),
             ("durationMin", R.choice([30, 60, 90]), None), ("patientName", "".join(s if isinstance(s, str) else s[0] for s in nm(p, "fl")), "name"),
             ("mrn", mrn(p, "snh"), "mrn"), ("interpreterId", "INT-%04d" % R.randint(1, 900), None), ("interpreter", name, None),
             ("requestedBy", R.choice(STAFF_RN), None)]
    if p.fnu:
        pairs[9] = ("patientName", p.last, "name")
    if R.random() < 0.3:
        pairs.append(("genderPreference", "female interpreter requested", None))
    return [jobj(Line("interp_json"), pairs)]


def g_scan():
    p = who()
    t = ts_iso_local()
    v = R.randint(0, 2)
    if v == 0:
        ln = Line("scan_ocr").add(t, " scan-agent[2211]: level=info msg=\"classified page\" batch=B", T.strftime("%Y%m%d"), "-%02d" % R.randint(1, 40),
                                   " page=", str(R.randint(1, 12)), " doctype=", R.choice(["DS-3025", "I-94", "EAD", "vaccination_card", "passport_bio"]),
                                   " conf=0.%d extracted=" % R.randint(71, 99))
        pairs = [("name", "".join(s if isinstance(s, str) else s[0] for s in nm(p, "LF")), "name"), ("dob", fd(p.dob, R.choice(["us", "eu", "dMy"])), "date")]
        if p.fnu:
            pairs[0] = ("name", p.last.upper(), "name")
        k = R.choice(["alien_no", "passport_no", "i94_no"])
        pairs.append((k, {"alien_no": anum(p, "Asp"), "passport_no": p.passport, "i94_no": p.i94}[k], "other_id"))
        jobj(ln, pairs)
    elif v == 1:
        ln = Line("scan_ocr").add(t, " scan-agent[2211]: level=info msg=\"stored\" path=/srv/scans/2024/03/",
                                   T.strftime("%d"), "/", (fold(p.last).upper(), "name"), "_", ("FNU" if p.fnu else fold(p.first).upper().replace(" ", ""), None if p.fnu else "name"),
                                   "_", (p.anum, "other_id"), "_I693_p", str(R.randint(1, 14)), ".tiff size=", str(R.randint(10 ** 5, 5 * 10 ** 6)))
    else:
        ln = Line("scan_ocr").add(t, " scan-agent[2211]: level=warn msg=\"OCR low confidence, manual review\" field=DateOfBirth raw=\"",
                                   (fd(p.dob, R.choice(["dot", "eu", "dMy"])), "date"), "\" candidate_mrn=", (mrn(p), "mrn"), " reviewer_queue=records")
    return [ln]


MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]


def age_on(d, ref=date(2024, 3, 11)):
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


def g_note():
    p = who()
    t = ts_py()
    au = R.choice(STAFF_CS + STAFF_RN)
    as_json = R.random() < 0.4
    if as_json:
        ln = Line("clinical_note").add('{"ts":"', T.strftime("%Y-%m-%dT%H:%M:%S.") + ms() + '-07:00', '","event":"note.signed","site":"', p.site,
                                       '","author":"', au, '","noteType":"', R.choice(["progress", "interpreter", "nursing", "screening"]), '","body":"')
    else:
        ln = Line("clinical_note").add(t, " NOTE site=", p.site, " author=\"", au, "\" text=\"")
    start = len(ln.buf)
    lang = R.choice([p.lang, p.lang, "eng"])
    v = R.randint(0, 2)
    igd_d = rdate((2024, 2, 1), (2024, 3, 8))
    if lang == "spa":
        if v == 0:
            sx = R.choice(["tos de 3 semanas y sudoración nocturna", "dolor torácico leve", "pérdida de peso (4 kg en 2 meses)", "ningún síntoma respiratorio"])
            ln.add("Paciente ", nm(p, R.choice(["fl", "fml"])), " (FN ", (fd(p.dob, "eu"), "date"), ") acude con intérprete. Refiere ", sx, ". IGRA ",
                   R.choice(["positivo", "negativo", "indeterminado"]), " (", (fd(igd_d, "eu"), "date"), "). Se solicita RX de tórax. Tel. contacto ",
                   (phone(p, R.choice(["dash", "raw", "paren"])), "phone"), ".")
        elif v == 1:
            mum = relative(p, "F")
            ln.add("Nota de enfermería: se aplicó Tdap y SRP a ", nm(p, "fl"), ", nacido(a) el ", ("%d de %s de %d" % (p.dob.day, MESES[p.dob.month - 1], p.dob.year), "date"),
                   ". Su madre ", nm(mum, "fl"), " firmó el consentimiento. Próxima cita: ", (fd(p.appt, "eu"), "date"), ".")
        else:
            ln.add("Sra./Sr. ", nm(p, "lf"), " trae cartilla de vacunación de ", p.country, " (sin sellos). Se revisa con la Dra. Serrano; se repiten dosis de MMR y varicela. Domicilio actualizado: ",
                   (p.street, "address"), ", ", (p.city, "address"), ".")
    elif lang == "ukr":
        if v == 0:
            ln.add("Пацієнтка " if p.sex == "F" else "Пацієнт ", nm(p, "native"), ", д.н. ", (fd(p.dob, "dot"), "date"),
                   ", скарг немає. Щеплення проти кору — за довідкою, місце народження ", (R.choice(["Харків", "Маріуполь", "Херсон", "Запоріжжя", "Ірпінь"]), "address"),
                   ". Тел. ", (intl_phone(p), "phone"), ".")
        elif v == 1:
            ln.add("Консультація через перекладача (Оксана Петренко): ", nm(p, "native"), ", ", (fd(p.dob, "dot"), "date"),
                   ". Туберкульоз в анамнезі заперечує. IGRA взято ", (fd(igd_d, "dot"), "date"), ", результат очікується.")
        else:
            ln.add("U4U parolee ", nm(p, R.choice(["fl", "FL"])), " (I-94 ", (p.i94, "other_id"), "): IGRA required within 90 days of arrival (",
                   (fd(p.arrival, "us"), "date"), "). Sponsor ", nm(relative(p), "fl"), " will drive her/him to the appointment.")
    elif lang in ("prs", "pus"):
        if v == 0:
            ln.add("یادداشت ترجمان: بیمار ", nm(p, "native"), "، تاریخ تولد ", (fd(p.dob, "iso"), "date"), "، سرفه ندارد. واکسین سرخکان تطبیق شد. ترجمان: فرید نظری")
        elif v == 1:
            ln.add(nm(p, "native"), " از طریق ترجمان دری معاینه شد. عکس قفسه سینه به تاریخ ", (fd(p.exam_date, "iso"), "date"), " نورمال است. شماره تماس: ",
                   (phone(p, "raw"), "phone"))
        else:
            hus = relative(p, "M" if p.sex == "F" else "F")
            ln.add("Pt (Dari) ", nm(p, R.choice(["fl", "init"])), " says \\\"sina-am dard na-mekona\\\" (no chest pain). ", "Husband " if p.sex == "F" else "Wife ",
                   nm(hus, "fl"), " present, requests female provider. SIV case ", (p.nvc, "other_id"), ". Interp: Mariam Sediqi (Pashto/Dari).")
    elif lang == "ara":
        if v == 0:
            ln.add("ملاحظة: المريض ", nm(p, "native"), " (", (fd(p.dob, "eu"), "date"), ") لا يعاني من السعال. تم أخذ عينة IGRA بتاريخ ", (fd(igd_d, "eu"), "date"), ".")
        elif v == 1:
            par = relative(p, "M")
            old = R.randint(90, 99)
            ln.add("Pt ", nm(p, "fml"), " accompanied by grandfather " if age_on(p.dob) < 40 else " accompanied by father ", nm(par, "fl"), " (", (str(old), "age"), " y/o, non-applicant). Transliteration on passport: ",
                   (p.last.upper().replace("-", " "), "name"), ". Interp: Rami Haddad (Levantine).")
        else:
            alt_first = {"Mohammed": "Mohammad", "Muhammad": "Mohamed", "Yousef": "Yusuf", "Omar": "Umar", "Fatima": "Fatma", "Aisha": "Aysha",
                         "Khaled": "Khalid", "Hassan": "Hasan", "Zainab": "Zeinab", "Noor": "Nour"}.get(p.first, p.first)
            ln.add("Name mismatch: DS-2054 shows '", (alt_first + " " + p.last.replace("-", " "), "name"), "', I-94 shows '", nm(p, "fl"),
                   "'. Same A# ", (anum(p, "dash"), "other_id"), ", same DOB ", (fd(p.dob, "dMy"), "date"), ". Records merged by ", R.choice(STAFF_USERS), ".")
    elif lang in ("swa", "kin", "fra"):
        if v == 0:
            mum = relative(p, "F")
            ln.add("Maelezo ya mkalimani: Mgonjwa ", nm(p, "fl"), " hana homa; amepewa chanjo ya MMR tarehe ", (fd(igd_d, "eu"), "date"),
                   ". Mama yake, ", nm(mum, "fl"), ", alikuwepo. Kesi ", (p.rsc, "other_id"), ".")
        elif v == 1:
            ln.add("Mkalimani Halima Yusuf: ", nm(p, R.choice(["fl", "lower"])), " amesema hajawahi kuugua TB. Kipimo cha IGRA kilichukuliwa ", (fd(igd_d, "eu"), "date"),
                   ". Simu ya mzazi: ", (phone(p, R.choice(["dash", "sp"])), "phone"), ".")
        else:
            ln.add("Patient ", nm(p, "lf"), " (Kinyarwanda/Swahili) born in Nyarugusu camp, ", ("Kigoma", "address"), " region; DOB recorded as ",
                   (fd(p.dob, "us"), "date"), " (estimated). Stool O&P sent; presumptive albendazole/praziquantel documented on PDMS.")
    else:
        v = R.randint(0, 4)
        if v == 0:
            ln.add("Refugee domestic screening. Pt ", nm(p, R.choice(["fl", "lf", "init"])), " arrived ", (fd(p.arrival, R.choice(["us", "us2"])), "date"),
                   " w/ family case ", (p.rsc, "other_id"), ". ", R.choice(["Class B1 TB overseas; CXR at panel site normal.", "No Class B condition.", "Class B2 LTBI; treated 3HP overseas."]),
                   " HBsAg ", R.choice(["neg", "pos - refer hepatology", "pending"]), ". Vaccinated in 2019 per pt (card lost). Plan: ", R.choice(["IGRA, repeat CXR.", "IGRA only.", "Lead level, CBC, O&P."]))
        elif v == 1:
            gm = relative(p, "F")
            ln.add("Household: ", nm(p, "fl"), "; grandmother " if age_on(p.dob) < 45 else "; mother ", nm(gm, "fl"), " age ", (str(R.randint(90, 101)), "age"),
                   ", wheelchair, needs home visit. Contact pt at ", (phone(p, "dot"), "phone"), ". Pt is ", str(age_on(p.dob)), " y/o.")
        elif v == 2:
            dev = R.choice([("implanted pacemaker, Medtronic SN ", "PJN" + dg(6) + "S"), ("insulin pump, serial ", "NG" + dg(7) + "H"),
                            ("cochlear implant, device ID ", "CI" + dg(3) + "-" + dg(6))])
            ln.add("I-693 Part 2 reviewed with ", nm(p, "fl"), ". A# ", (anum(p, "bare"), "other_id"), ". Pt has ", dev[0], (dev[1], "device"),
                   "; CXR read ", (fd(p.exam_date, "us"), "date"), " no active TB.")
        elif v == 3:
            ln.add("Civil surgeon: vaccination 'not medically appropriate - not age appropriate' for ", nm(p, "lfm"), " (DOB ", (fd(p.dob, "long"), "date"),
                   "); blanket waiver noted in Part 4. Exam ", (p.exam, "other_id"), ".")
        else:
            ln.add("Tel call w/ pt's daughter ", nm(relative(p, "F"), "fl"), " (", (phone(relative(p), "paren"), "phone"), ", ", (relative(p).email, "email"),
                   "): asked for copy of vaccination record; told must come in person with ID.")
    body = "".join(ln.buf[start:])
    assert '"' not in body.replace('\\"', ""), body
    ln.t('"}' if as_json else "\"")
    return [ln]


def g_twilio():
    p = who()
    t = ts_py()
    ln = L("twilio_webhook", t, " INFO [notify.webhooks] POST /twilio/inbound From=", (phone(p, "e164").replace("+", "%2B"), "phone"),
           " To=%2B16025550100 Body=", R.choice(["STOP", "Si+confirmo", "%D0%A2%D0%B0%D0%BA", "Ndio", "C", "yes"]), " MessageSid=SM", hx(32),
           " matched_mrn=", (p.mrn, "mrn"))
    return [ln]


def g_x12():
    p = who(lambda q: q.kind in ("refugee", "siv", "parolee", "u4u"))
    t = ts_py()
    st = "%04d" % R.randint(1, 9999)
    snd = {"AZ": "AZMEDICAID", "UT": "UTMEDICAID", "ID": "IDMEDICAID"}[p.state]
    ln = L("x12", t, " INFO [elig.client] 271 received: ISA*00*          *00*          *ZZ*", snd, "     *ZZ*SNHCLINIC      *",
           T.strftime("%y%m%d"), "*", T.strftime("%H%M"), "*^*00501*", dg(9), "*0*P*:~GS*HB*", snd, "*SNHCLINIC*", T.strftime("%Y%m%d"), "*", T.strftime("%H%M"), "*",
           str(R.randint(1, 9999)), "*X*005010X279A1~ST*271*", st, "*005010X279A1~BHT*0022*11*", hx(10).upper(),
           "*", T.strftime("%Y%m%d"), "*", T.strftime("%H%M"), "~HL*1**20*1~NM1*PR*2*", {"AZ": "AHCCCS", "UT": "UTAH MEDICAID", "ID": "IDAHO MEDICAID"}[p.state],
           "*****PI*", p.state, "MCD~HL*2*1*21*1~NM1*1P*2*SAGUARO NEWCOMER HEALTH*****XX*1588012345~HL*3*2*22*0~NM1*IL*1*", nm(p, "x12"),
           "****MI*", (p.medicaid, "health_plan"), "~N3*", (p.street.upper(), "address"), "~N4*", (p.city.upper(), "address"), "*", p.state, "*", (p.zip, "zip"),
           "~DMG*D8*", (p.dob.strftime("%Y%m%d"), "date"), "*", p.sex, "~DTP*346*D8*", (p.arrival.strftime("%Y%m%d"), "date"),
           "~EB*1*IND*30*MC*REFUGEE MEDICAL ASSISTANCE~SE*14*", st, "~")
    return [ln]


def g_fhir():
    p = who()
    t = ts_iso_z()
    v, cvx = R.choice(VACC)
    ln = Line("fhir_json").add('{"level":"debug","ts":"', t, '","logger":"fhir.outbound","resource":')
    if R.random() < 0.5:
        ln.add('{"resourceType":"Immunization","id":"', uuid(), '","status":"completed","vaccineCode":{"coding":[{"system":"http://hl7.org/fhir/sid/cvx","code":"',
               cvx, '","display":"', v, '"}]},"patient":{"identifier":{"system":"urn:oid:2.16.840.1.113883.3.9999.1","value":"', (p.mrn, "mrn"),
               '"},"display":"', nm(p, "fl"), '"},"occurrenceDateTime":"', (fd(rdate((2024, 1, 1), (2024, 3, 8)), "iso"), "date"), '","lotNumber":"',
               R.choice(["Y012345", "FK7812", "U7354AA"]), '"}}')
    else:
        ln.add('{"resourceType":"Patient","id":"', uuid(), '","identifier":[{"type":{"text":"A-Number"},"value":"', (p.anum, "other_id"),
               '"},{"type":{"coding":[{"code":"MR"}]},"value":"', (mrn(p, "snh"), "mrn"), '"}],"name":[{"family":"', (p.last, "name"), '","given":["',
               ("FNU" if p.fnu else p.first, None if p.fnu else "name"), '"]}],"birthDate":"', (fd(p.dob, "iso"), "date"), '","address":[{"line":["',
               (p.street, "address"), '"],"city":"', (p.city, "address"), '","state":"', p.state, '","postalCode":"', (p.zip, "zip"),
               '"}],"communication":[{"language":{"coding":[{"code":"', p.lang, '"}]},"preferred":true}]}}')
    return [ln]


def g_audit():
    p = who()
    tick()
    u = R.choice(STAFF_USERS + STAFF_CS_USER)
    ln = L("cef_audit", "CEF:0|Saguaro Newcomer Health|ClinicEHR|4.2.1|", R.choice(["PHI_VIEW|Record viewed|3", "PHI_EXPORT|Record exported|6", "PHI_PRINT|I-693 printed|4"]),
           "|rt=", str(epoch() * 1000), " suser=", u, " src=10.8.0.", str(R.randint(2, 40)), " duid=", (p.mrn, "mrn"), " duser=", nm(p, R.choice(["lf", "fl"])),
           " cs1Label=examNo cs1=", (p.exam, "other_id"), " cs2Label=site cs2=", p.site)
    return [ln]


def g_pdftk():
    p = who(lambda q: q.kind in ("adjust", "u4u", "siv"))
    t = ts_py()
    out = [L("pdftk_dump", "%s INFO [i693.pdf] pdftk /srv/i693/" % t, (p.exam, "other_id"), ".pdf dump_data_fields_utf8 (page 1)")]
    fields = [("Pt1Line1a_FamilyName", p.last.upper(), "name"), ("Pt1Line1b_GivenName", "FNU" if p.fnu else p.first.upper(), None if p.fnu else "name"),
              ("Pt1Line1c_MiddleName", p.middle.upper(), "name"), ("Pt1Line2_StreetNumberName", p.street, "address"),
              ("Pt1Line2_CityOrTown", p.city, "address"), ("Pt1Line2_State", p.state, None), ("Pt1Line2_ZipCode", p.zip, "zip"),
              ("Pt1Line5_DateOfBirth", fd(p.dob, "us"), "date"), ("Pt1Line7_AlienNumber", p.anum[1:], "other_id"),
              ("Pt1Line8_USCISOnlineAcctNumber", p.uscis_acct, "other_id"), ("Pt1Line9_DaytimePhone", phone(p, "raw"), "phone"),
              ("Pt1Line11_Email", p.email, "email")]
    sel = [f for f in fields if R.random() < 0.55 or f[0].startswith("Pt1Line1a")][:5]
    for k, v, cat in sel:
        out.append(L("pdftk_dump", "FieldName: form1[0].#subform[0].%s[0]" % k))
        out.append(L("pdftk_dump", "FieldValue: ", (v, cat) if v else ""))
    out.append(L("pdftk_dump", "---"))
    return out


def g_pay():
    p = who()
    t = ts_iso_z()
    v = R.randint(0, 1)
    if v == 0:
        card = luhn_complete(R.choice(["4", "51", "53", "6011"]), 16)
        ln = Line("json_app")
        jobj(ln, [("level", "error", None), ("time", t, None), ("svc", "billing", None), ("msg", "gateway declined; raw request logged", None),
                  ("patientAccount", p.acct, "account"), ("cardholder", "".join(s if isinstance(s, str) else s[0] for s in nm(p, "FL")), "name"),
                  ("card_number", card, "account"), ("exp", "%02d/%d" % (R.randint(1, 12), R.randint(25, 30)), None), ("avs_zip", p.zip, "zip"),
                  ("response", R.choice(["05 Do Not Honor", "51 Insufficient Funds", "54 Expired Card"]), None)])
    else:
        ln = L("python_logging", ts_py(), " INFO [billing.statements] statement generated acct=", (p.acct, "account"), " guarantor=\"",
               nm(relative(p), R.choice(["lf", "fl"])), "\" balance=", "%.2f" % R.choice([0, 45, 150, 225, 275]), " mail_to=\"",
               (p.street, "address"), ", ", (p.city, "address"), ", ", p.state, " ", (p.zip, "zip"), "\"")
    return [ln]


def g_sftp():
    p = who(lambda q: q.kind in ("refugee", "siv"))
    t = ts_sys()
    pid = R.randint(2000, 60000)
    post = panel(p)[1]
    fn = "%s_%s_%s.pdf" % (p.anum, R.choice(["DS2054", "DS3025", "DS3030", "DS3026"]), fold(p.last).upper())
    ln = L("syslog", t, " snh-xfer01 sftp-server[", str(pid), "]: ", R.choice(["open", "close"]), " \"/inbound/panel/", post, "/",
           (p.anum, "other_id"), "_", fn.split("_")[1], "_", (fold(p.last).upper(), "name"), ".pdf\" ",
           R.choice(["flags READ mode 0666", "bytes read %d written 0" % R.randint(10 ** 5, 3 * 10 ** 6)]))
    return [ln]


def g_postfix():
    p = who()
    t = ts_sys()
    qid = hx(10).upper()
    ln = L("postfix", t, " snh-mail01 postfix/smtp[", str(R.randint(2000, 60000)), "]: ", qid, ": to=<", (p.email, "email"), ">, relay=",
           R.choice(["gmail-smtp-in.l.google.com[142.250.115.27]:25", "mta7.am0.yahoodns.net[67.195.204.72]:25", "outlook-com.olc.protection.outlook.com[52.101.42.5]:25"]),
           ", delay=", "%.1f" % R.uniform(0.3, 9), ", dsn=", *R.choice([("2.0.0", ", status=sent (250 2.0.0 OK)"), ("2.0.0", ", status=sent (250 2.0.0 OK)"),
                                                                        ("5.1.1", ", status=bounced (host said: 550 5.1.1 The email account that you tried to reach does not exist)"),
                                                                        ("4.7.0", ", status=deferred (host said: 421 4.7.0 Try again later)")]))
    return [ln]


def b64_jpeg(nbytes):
    head = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
    return base64.b64encode(head + bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


def g_photo2():
    p = who()
    t = ts_iso_z()
    img = b64_jpeg(R.randint(90, 160))
    ln = L("json_app", '{"level":"debug","ts":"', t, '","logger":"kiosk.checkin","msg":"id photo captured","kioskId":"KIOSK-',
           p.site.split("-")[0], "-", str(R.randint(1, 4)), '","mrn":"', (p.mrn, "mrn"), '","photo":"data:image/jpeg;base64,', (img, "photo"),
           '…","photoBytes":', str(R.randint(40000, 90000)), ',"faceMatchScore":0.', str(R.randint(80, 99)), '}')
    return [ln]


def g_bio():
    p = who()
    t = ts_py()
    tpl = base64.b64encode(b"FMR\x00 20\x00" + bytes(R.getrandbits(8) for _ in range(R.randint(40, 70)))).decode()
    ln = L("python_logging", t, " DEBUG [biometric.enroll] finger=R_INDEX quality=", str(R.randint(40, 99)), " a_number=", (p.anum, "other_id"),
           " template_iso19794_2=", (tpl, "biometric"), " device=\"Crossmatch U.are.U 5300\"")
    return [ln]


def g_parking():
    p = who()
    t = ts_iso_local()
    plate = R.choice(["%s%s%s%s" % (R.choice("CDFGHJK"), R.choice("ABCDLMNPRSTX"), R.choice("ABCDLMNPRSTX"), dg(4)), "%s%s%s" % (dg(1), "".join(R.choice("ABCDLMNPRSTX") for _ in range(3)), dg(3))])
    ln = Line("parking_kv").add(t, " parking-validate site=", p.site, " plate=", (plate, "vehicle"), " state=", p.state, " mrn=", (p.mrn, "mrn"),
                                " validated_min=", str(R.choice([90, 120, 180])))
    if R.random() < 0.4:
        ln.add(" vin=", (vin(), "vehicle"), " reason=\"disabled parking permit on file\"")
    return [ln]


def g_device():
    p = who()
    t = ts_iso_z()
    imei = luhn_complete("35" + dg(6), 15)
    v = R.randint(0, 1)
    if v == 0:
        ln = Line("json_app")
        jobj(ln, [("level", "info", None), ("ts", t, None), ("logger", "portal.push", None), ("msg", "device registered", None),
                  ("username", p.user, "other_id"), ("platform", R.choice(["android", "ios"]), None), ("imei", imei, "device"),
                  ("appVersion", "3.4.%d" % R.randint(0, 9), None), ("locale", {"ukr": "uk-UA", "spa": "es-US", "ara": "ar", "prs": "fa-AF", "swa": "sw"}.get(p.lang, "en-US"), None)])
    else:
        ln = L("python_logging", ts_py(), " INFO [refugee.screening] hearing screen: patient ", (mrn(p), "mrn"), " uses own hearing aid serial=",
               (R.choice(["HA", "SN"]) + dg(8), "device"), " (", R.choice(["Phonak", "Oticon", "Signia"]), "); audiometry deferred")
    return [ln]


def g_portal_nginx():
    p = who()
    ip = "%d.%d.%d.%d" % (R.choice([68, 70, 72, 73, 97, 98, 166, 174, 184, 24]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    v = R.randint(0, 1)
    if v == 0:
        ln = L("nginx_access", (ip, "ip"), " - ", (p.user, "other_id"), " [", ts_nginx(), "] \"POST /portal/api/v2/uploads/vaccination-records HTTP/2.0\" 201 ",
               str(R.randint(200, 900)), " \"https://portal.saguaronewcomer.org/upload\" \"Mozilla/5.0 (Linux; Android 13; SM-A135F) AppleWebKit/537.36 Chrome/121.0.0.0 Mobile Safari/537.36\" rt=",
               "%.3f" % R.uniform(0.05, 3))
    else:
        ln = L("nginx_access", (ip, "ip"), " - - [", ts_nginx(), "] \"GET /portal/api/v2/exam-status?a_number=", (p.anum, "other_id"), "&dob=",
               (fd(p.dob, "iso"), "date"), " HTTP/1.1\" ", R.choice(["200", "404", "429"]), " ", str(R.randint(50, 900)), " \"-\" \"okhttp/4.12.0\" rt=", "%.3f" % R.uniform(0.01, 1))
    return [ln]


def g_intake():
    p = who(lambda q: q.kind in ("refugee", "siv", "parolee", "u4u"))
    t = ts_py()
    ec = relative(p)
    soc = R.choice(["https://www.facebook.com/%s.%s.%s" % (fold(p.first).lower(), fold(p.last).lower(), dg(2)),
                    "https://t.me/%s" % p.user, "https://instagram.com/%s_%s" % (fold(p.first).lower(), dg(3))])
    ln = L("intake_kv", t, " INFO [refugee.intake] form=domestic_screening_v2024.1 ", "mrn=", (mrn(p), "mrn"), " name=\"", nm(p, R.choice(["lf", "fl", "lfm"])),
           "\" dob=", (fd(p.dob, R.choice(["us", "iso", "dMy"])), "date"), " arrival=", (fd(p.arrival, "us"), "date"), " county=\"", (p.county, "address"),
           "\" lang=", p.lang, " interp_needed=Y emergency_contact=\"", nm(ec, "fl"), "\" ec_phone=", (intl_phone(p), "phone"),
           " ec_social=", (soc, "url"), " caseworker=\"", R.choice(CASEWORKERS), "\"")
    return [ln]


def g_intake2():
    p = who()
    t = ts_py()
    fax = phone(make_person(p.origin), R.choice(["dash", "paren", "dot"]))
    ln = L("intake_kv", t, " WARNING [registration] legacy field home_fax populated; mrn=", (mrn(p), "mrn"), " home_fax=", (fax, "fax"),
           " home_phone=", (phone(p, "dash"), "phone"), " ssn=", (p.ssn, "ssn") if R.random() < 0.5 else "***-**-" + p.ssn[-4:],
           " dl=", (p.dl, "license"), " dl_state=", p.state)
    return [ln]


def g_dicom():
    p = who()
    t = ts_spring()
    ln = L("dcm4chee", t, " INFO  - STORESCP<-CR_ROOM", str(R.randint(1, 3)), "(", str(R.randint(1, 99)), ") >> C-STORE-RQ PatientName=",
           nm(p, "hl7"), " PatientID=", (mrn(p, "snh"), "mrn"), " PatientBirthDate=", (p.dob.strftime("%Y%m%d"), "date"),
           " StudyDate=", (p.exam_date.strftime("%Y%m%d"), "date"), " Modality=CR BodyPart=CHEST AccessionNumber=CX", dg(8))
    return [ln]


def g_ukr():
    p = who(lambda q: q.origin == "uk")
    t = ts_iso_z()
    ln = Line("json_app")
    jobj(ln, [("level", "info", None), ("ts", t, None), ("logger", "u4u.intake", None), ("msg", "parolee record created", None),
              ("прізвище", p.last_alt, "name"), ("ім'я", p.first_alt, "name"), ("lastNameLatin", p.last.upper(), "name"),
              ("i94", p.i94, "other_id"), ("passport", p.passport, "other_id"), ("dataNarodzhennia", fd(p.dob, "dot"), "date"),
              ("sponsorName", "".join(s if isinstance(s, str) else s[0] for s in nm(relative(p), "fl")), "name"),
              ("paroleEnd", fd(p.arrival + timedelta(days=730), "iso"), "date"), ("igraRequiredBy", fd(p.arrival + timedelta(days=90), "iso"), "date")])
    return [ln]


def g_receipt():
    p = who(lambda q: q.kind in ("adjust", "u4u", "siv"))
    t = ts_iso_z()
    ln = Line("json_app")
    pairs = [("level", "info", None), ("ts", t, None), ("logger", "case.link", None), ("msg", "USCIS case linked to exam", None),
             ("receiptNumber", p.receipt, "other_id"), ("examNo", p.exam, "other_id"), ("applicant", "".join(s if isinstance(s, str) else s[0] for s in nm(p, "fl")), "name"),
             ("attorney", R.choice(["Maya Lindqvist, Esq.", "Ortega & Shah Immigration Law", "CLINIC accredited rep. J. Moyo"]), None),
             ("attorneyFax", R.choice(["(602) 555-0191", "801-555-0133"]), None), ("examDate", fd(p.exam_date, "iso"), "date")]
    if R.random() < 0.5:
        pairs.insert(5, ("passportNo", p.passport, "other_id"))
    if R.random() < 0.4:
        pairs.append(("ssn", p.ssn.replace("-", ""), "ssn"))
    jobj(ln, pairs)
    return [ln]


PHI = [(g_pyapp, 12), (g_edn_json, 6), (g_hl7_oru, 4), (g_hl7_adt, 3), (g_hl7_vxu, 4), (g_csv_vax, 5), (g_edn_xml, 5), (g_pg, 5),
       (g_celery, 6), (g_spring, 3), (g_interp_json, 6), (g_scan, 7), (g_note, 13), (g_twilio, 3), (g_x12, 3), (g_fhir, 5),
       (g_audit, 5), (g_pdftk, 2), (g_pay, 4), (g_sftp, 4), (g_postfix, 3), (g_photo2, 2), (g_bio, 2), (g_parking, 3),
       (g_device, 3), (g_portal_nginx, 5), (g_intake, 5), (g_intake2, 3), (g_dicom, 4), (g_ukr, 3), (g_receipt, 5)]


def deck(gens):
    d = []
    for g, w in gens:
        d += [g] * w
    R.shuffle(d)
    return d


def main():
    lines = []
    nd, pd = [], []
    target = 500
    while len(lines) < target:
        nophi = sum(1 for l in lines if not l.spans)
        want_noise = (nophi / len(lines) if lines else 1) < 0.555
        if want_noise:
            if not nd:
                nd = deck(NOISE)
            g = nd.pop()
        else:
            if not pd:
                pd = deck(PHI)
            g = pd.pop()
        block = g()
        if len(lines) + len(block) > target:
            continue
        lines.extend(block)
    assert len(lines) == 500
    out_log = os.path.join(HERE, ID + ".log")
    out_lab = os.path.join(HERE, ID + ".labels.jsonl")
    texts, labs = [], []
    for i, l in enumerate(lines, 1):
        s = l.text()
        assert s and "\n" not in s and "\r" not in s, (i, s)
        b = s.encode("utf-8")
        assert len(b) == l.n
        for sp, v in zip(l.spans, l.vals):
            assert b[sp["s"]:sp["e"]] == v.encode("utf-8"), (i, sp, v)
            assert v.strip() == v and v
        texts.append(s)
        labs.append(json.dumps({"line": i, "family": l.fam, "spans": l.spans}, ensure_ascii=False))
    with open(out_log, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(texts))
    with open(out_lab, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(labs) + "\n")


if __name__ == "__main__":
    main()
