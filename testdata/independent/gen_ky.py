#!/usr/bin/env python3
"""Synthetic labeled log corpus "ky": international patient services (IPS) office of a
US hospital ("Lakeshore University Medical Center", Chicago) plus a medical travel
facilitator ("MedBridge Global").  Systems: Django IPS app + Celery, nginx portal access,
Node/pino WhatsApp Business gateway (raw Cloud API webhooks), passport MRZ OCR (TD3 + TD1),
HL7 v2.5.1 ADT with foreign addresses, SWIFT MT103 deposits, visa invitation letters,
embassy guarantee letters (XML + bilingual OCR text), interpreter booking CSV export,
translation management JSON + pipe manifests, travel desk logfmt (hotel / airport pickup),
payment-provider webhooks, libphonenumber normalisation, CRM case notes, postfix,
PostgreSQL, HylaFAX, parking validation, identity verification, k8s / prometheus noise.

All people, numbers and documents are synthetic.  Standard library only, deterministic.
Writes ky.log (500 lines) and ky.labels.jsonl next to this script.

Labeling decisions:
- Labeled: identifiers of patients, escorts/relatives, guarantors who are private persons,
  and emergency contacts.  Not labeled: hospital / facilitator staff (coordinators,
  interpreters, physicians, drivers, embassy medical attaches), businesses, embassies,
  hotels, banks (BICs), vendors, the hospital's own accounts, phones, faxes and addresses.
- Passport, visa-foil and driving-licence numbers -> license (also the passport number
  inside an MRZ line; only the characters of the number, not the '<' fillers).
- National ID numbers (Emirates ID, Saudi NIN, Kuwaiti civil ID, Qatari QID, Nigerian NIN,
  Kenyan ID, PhilSys PSN, Mexican CURP, UK NI number), ID-card document numbers, DS-160 and
  ESTA application numbers, portal usernames, IPS case numbers, facilitator referral IDs,
  embassy guarantee-letter (GL) numbers, encounter/visit numbers, airline PNRs and hotel
  confirmation codes of the patient's stay -> other_id.
- US SSN -> ssn (only US-resident relatives/guarantors have one).
- Foreign national health cover numbers (NHS number, PhilHealth PIN, NHIA, NHIF, Thiqa,
  Daman, Bupa Arabia, IMSS NSS, GNP policy, intl insurer member IDs) -> health_plan.
- IBANs, NUBAN / CLABE / bank account numbers of patients or relatives, full card numbers,
  hospital patient account numbers (PID-18) -> account.  Masked numbers and last-4 are not
  labeled.
- Postal codes of any country (US ZIP, UK postcode, KSA 5+4, Kenyan 5-digit, Mexican C.P.,
  Philippine, Nigerian) -> zip.  Street, building, P.O. box, district/colonia/barangay and city
  -> address (one span when contiguous, e.g. "street, district, city").  Countries and
  first-level divisions (emirate, Saudi province, Nigerian state, Mexican state, Philippine
  region/province, US state) are not labeled.
- Dates: labeled when tied to the person: birth (Gregorian or Hijri, incl. MRZ YYMMDD),
  appointments, admission/discharge, surgery, visa interview, travel arrival/departure, hotel
  check-in/out, interpreter sessions, and validity dates of the patient's passport, visa and
  guarantee letter.  Not labeled: log timestamps, record created/processed times, letter
  issue dates, payment value dates, job due dates.  A date joined to its time in one token
  (HL7 TS, ISO 'T' form) is one span; a date followed by a space and a time is labeled
  without the time.
- Ages: only over 89 (the number only).  Younger ages are left unlabeled.
- Phones: every written form of a patient/relative number, including WhatsApp wa_id /
  recipient_id and E.164 normalisations.  Business/staff numbers (incl. 555-01xx,
  display_phone_number of the business) not labeled.
- IP: public client IPs of patient portal sessions and logins -> ip.  Private ranges,
  Meta webhook servers, scanners and documentation IPs are not labeled.
- Names inside MRZ lines labeled as the surname<<given block; names in file names and
  Arabic-script names labeled too.  Names in "Last, First" form are one span.
- Implanted / home medical device serials of a patient -> device; a relative's or patient's
  car plate and VIN -> vehicle (shuttle / limo plates are business -> not labeled).
- base64 face crops -> photo; face-embedding vectors -> biometric.
- Internal database ids, booking/job/invoice/receipt/order numbers, SWIFT references,
  UETRs, wamids, trace ids are not labeled.
"""
import base64
import calendar
import datetime as dt
import hashlib
import json
import math
import os
import re
import random
import unicodedata

SEED = 20240314
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "ky"
N_LINES = 500
TARGET_NOPHI = 0.55


# ----------------------------------------------------------------------------- line builder
class Line:
    __slots__ = ("fam", "buf", "spans")

    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat=None):
        if not cat or s == "":
            return self.t(s)
        a = len(self.buf)
        self.buf += s.encode("utf-8")
        self.spans.append((a, len(self.buf), cat, s))
        return self

    def seg(self, segs):
        for s, c in segs:
            self.p(s, c)
        return self


TOKRE = re.compile(r"§(\w+)(?::(\w+))?§")


def mk(fam, tmpl, **kv):
    ln = Line(fam)
    pos = 0
    for m in TOKRE.finditer(tmpl):
        ln.t(tmpl[pos:m.start()])
        v = kv[m.group(1)]
        if isinstance(v, list):
            ln.seg(v)
        else:
            ln.p(str(v), m.group(2))
        pos = m.end()
    ln.t(tmpl[pos:])
    return ln


# ----------------------------------------------------------------------------- random helpers
def ch(x):
    return R.choice(x)


def rd(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def rd1(n):
    return R.choice("123456789") + rd(n - 1)


def RL(n, alpha="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(R.choice(alpha) for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, a="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(a) for _ in range(n))


def uuid4():
    return "%s-%s-4%s-%s%s-%s" % (hexs(8), hexs(4), hexs(3), ch("89ab"), hexs(3), hexs(12))


def b64rand(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ----------------------------------------------------------------------------- clock
T0 = dt.datetime(2024, 3, 14, 5, 57, 3, 212000)


class Clock:
    def __init__(self):
        self.t = T0

    def tick(self, lo=1, hi=200):
        self.t += dt.timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
        return self.t


CLK = Clock()


def ts_dj(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (t.microsecond // 1000)


def ts_iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (t.microsecond // 1000)


def ts_isos(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def ts_clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def ts_sys(t):
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


def ts_ms(t):
    return calendar.timegm(t.timetuple()) * 1000 + t.microsecond // 1000


def ts_s(t):
    return calendar.timegm(t.timetuple())


def ts_hl7(t):
    return t.strftime("%Y%m%d%H%M%S")


def ts_pg(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ".%03d UTC" % (t.microsecond // 1000)


# ----------------------------------------------------------------------------- dates
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON = [m[:3] for m in MONTHS]
ES_M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
        "septiembre", "octubre", "noviembre", "diciembre"]
AR_M = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
        "أكتوبر", "نوفمبر", "ديسمبر"]
SW_M = ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti",
        "Septemba", "Oktoba", "Novemba", "Desemba"]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordn(n):
    return "%d%s" % (n, "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fd(d, st):
    if st == "iso":
        return d.strftime("%Y-%m-%d")
    if st == "dmy":
        return d.strftime("%d/%m/%Y")
    if st == "mdy":
        return d.strftime("%m/%d/%Y")
    if st == "dot":
        return d.strftime("%d.%m.%Y")
    if st == "dash":
        return d.strftime("%d-%m-%Y")
    if st == "long":
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if st == "us":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if st == "dmon":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)
    if st == "DMON":
        return ("%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)).upper()
    if st == "hl7":
        return d.strftime("%Y%m%d")
    if st == "yymmdd":
        return d.strftime("%y%m%d")
    if st == "es":
        return "%d de %s de %d" % (d.day, ES_M[d.month - 1], d.year)
    if st == "ar":
        return "%d %s" % (d.day, AR_M[d.month - 1])
    if st == "sw":
        return "%d %s" % (d.day, SW_M[d.month - 1])
    if st == "dm":
        return "%02d/%02d" % (d.day, d.month)
    if st == "ord":
        return "%s %s" % (ordn(d.day), MONTHS[d.month - 1])
    if st == "monD":
        return "%s %d" % (MON[d.month - 1], d.day)
    if st == "smdy":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if st == "ymd_slash":
        return d.strftime("%Y/%m/%d")
    raise ValueError(st)


ISLAMIC_EPOCH = 1948439.5


def _isl_to_jd(y, m, d):
    return d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + math.floor((3 + 11 * y) / 30) + ISLAMIC_EPOCH - 1


def hijri(d):
    jd = d.toordinal() + 1721424.5
    y = math.floor((30 * (jd - ISLAMIC_EPOCH) + 10646) / 10631)
    m = min(12, math.ceil((jd - (29 + _isl_to_jd(y, 1, 1))) / 29.5) + 1)
    day = int(jd - _isl_to_jd(y, m, 1) + 1)
    return "%04d/%02d/%02d" % (y, m, day)


REF_DAY = dt.date(2024, 3, 14)


def age_of(dob):
    return REF_DAY.year - dob.year - ((REF_DAY.month, REF_DAY.day) < (dob.month, dob.day))


def rdate(a, b):
    return a + dt.timedelta(days=R.randint(0, (b - a).days))


# ----------------------------------------------------------------------------- check digits
def mrz_cd(s):
    w = (7, 3, 1)
    tot = 0
    for i, c in enumerate(s):
        if c.isdigit():
            v = int(c)
        elif c.isalpha():
            v = ord(c) - 55
        else:
            v = 0
        tot += v * w[i % 3]
    return str(tot % 10)


def luhn_digit(body):
    tot = 0
    for i, c in enumerate(reversed(body)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return str((10 - tot % 10) % 10)


def iban(c2, bban):
    s = bban + c2 + "00"
    num = "".join(str(int(x, 36)) for x in s)
    return c2 + "%02d" % (98 - int(num) % 97) + bban


def clabe():
    body = ch(["002", "012", "014", "021", "072"]) + ch(["180", "320", "580", "680"]) + rd(11)
    w = [3, 7, 1] * 6
    s = sum((int(d) * w[i]) % 10 for i, d in enumerate(body))
    return body + str((10 - s % 10) % 10)


def nhs_number():
    while True:
        b = rd1(9)
        s = sum(int(d) * (10 - i) for i, d in enumerate(b))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c != 10:
            return b + str(c)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g = R.randint(1, 99)
        s = R.randint(1, 9999)
        return "%03d-%02d-%04d" % (a, g, s)


def vin(wmi):
    tr = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    body = wmi + alnum(5, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + "0" + ch("EFGHJKLM") + ch("ABCGHKMNPRT") + rd(6)
    s = sum((int(c) if c.isdigit() else tr[c]) * w[i] for i, c in enumerate(body))
    cd = s % 11
    return body[:8] + ("X" if cd == 10 else str(cd)) + body[9:]


def curp(given, pat, mat, dob, sex, state):
    def first_inner_vowel(s):
        for c in s[1:]:
            if c in "AEIOU":
                return c
        return "X"

    def first_inner_cons(s):
        for c in s[1:]:
            if c.isalpha() and c not in "AEIOU":
                return c
        return "X"
    g = strip_acc(given.split()[0]).upper()
    if g in ("JOSE", "MARIA", "MA.") and len(given.split()) > 1:
        g = strip_acc(given.split()[1]).upper()
    p = strip_acc(pat.replace("de la ", "").replace("De la ", "")).upper().replace(" ", "")
    m = strip_acc(mat).upper().replace(" ", "")
    body = p[0] + first_inner_vowel(p) + m[0] + g[0] + dob.strftime("%y%m%d") + sex + state
    body += first_inner_cons(p) + first_inner_cons(m) + first_inner_cons(g) + ("0" if dob.year < 2000 else "A")
    alpha = "0123456789ABCDEFGHIJKLMN" + "\u00d1" + "OPQRSTUVWXYZ"
    tot = sum(alpha.index(c) * (18 - i) for i, c in enumerate(body))
    return body + str((10 - tot % 10) % 10)


def luhn_pan(prefix, n=16):
    body = prefix + rd(n - len(prefix) - 1)
    return body + luhn_digit(body)


# ----------------------------------------------------------------------------- country data
AR = {
    "Khalid": "خالد", "Saeed": "سعيد", "Hamad": "حمد", "Rashid": "راشد", "Sultan": "سلطان",
    "Abdullah": "عبدالله", "Faisal": "فيصل", "Turki": "تركي", "Nasser": "ناصر", "Majed": "ماجد",
    "Fahad": "فهد", "Ahmad": "أحمد", "Yousef": "يوسف", "Bader": "بدر", "Jassim": "جاسم",
    "Ali": "علي", "Obaid": "عبيد", "Mohammed": "محمد",
    "Noura": "نورة", "Mariam": "مريم", "Shaikha": "شيخة", "Hessa": "حصة", "Moza": "موزة",
    "Nouf": "نوف", "Reem": "ريم", "Lama": "لمى", "Haifa": "هيفاء", "Latifa": "لطيفة",
    "Fajer": "فجر", "Dalal": "دلال", "Sara": "سارة", "Al Anoud": "العنود",
    "Al Mheiri": "المهيري", "Al Zaabi": "الزعابي", "Al Ketbi": "الكتبي", "Al Shamsi": "الشامسي",
    "Al Nuaimi": "النعيمي", "Al Mazrouei": "المزروعي", "Al Suwaidi": "السويدي",
    "Al-Qahtani": "القحطاني", "Al-Harbi": "الحربي", "Al-Otaibi": "العتيبي", "Al-Ghamdi": "الغامدي",
    "Al-Shehri": "الشهري", "Al-Dossary": "الدوسري", "Al-Zahrani": "الزهراني",
    "Al-Mutairi": "المطيري", "Al-Ajmi": "العجمي", "Al-Enezi": "العنزي", "Behbehani": "بهبهاني",
    "Al-Kandari": "الكندري", "Al-Kuwari": "الكواري", "Al-Marri": "المري", "Al-Sulaiti": "السليطي",
}

NAMES = {
    "ARE": dict(m=["Khalid", "Saeed", "Hamad", "Rashid", "Sultan", "Obaid", "Mohammed"],
                f=["Noura", "Mariam", "Shaikha", "Hessa", "Moza"],
                fam=["Al Mheiri", "Al Zaabi", "Al Ketbi", "Al Shamsi", "Al Nuaimi", "Al Mazrouei", "Al Suwaidi"]),
    "SAU": dict(m=["Abdullah", "Faisal", "Turki", "Nasser", "Majed", "Fahad", "Mohammed"],
                f=["Nouf", "Reem", "Lama", "Haifa", "Latifa", "Sara"],
                fam=["Al-Qahtani", "Al-Harbi", "Al-Otaibi", "Al-Ghamdi", "Al-Shehri", "Al-Dossary", "Al-Zahrani"]),
    "KWT": dict(m=["Ahmad", "Yousef", "Bader", "Jassim", "Ali"], f=["Fajer", "Dalal", "Mariam", "Sara"],
                fam=["Al-Mutairi", "Al-Ajmi", "Al-Enezi", "Behbehani", "Al-Kandari"]),
    "QAT": dict(m=["Ali", "Hamad", "Jassim", "Khalid"], f=["Al Anoud", "Moza", "Hessa"],
                fam=["Al-Kuwari", "Al-Marri", "Al-Sulaiti"]),
    "NGA": dict(m=["Chukwuemeka", "Oluwaseun", "Babatunde", "Ifeanyi", "Abubakar", "Emeka", "Yusuf", "Olumide"],
                f=["Ngozi", "Chidinma", "Folake", "Aisha", "Funmilayo", "Adaeze", "Hauwa", "Temitope"],
                mid_m=["Oluwafemi", "Chinedu", "Ikechukwu", "Kehinde", "Musa"], mid_f=["Grace", "Adebola", "Blessing", "Zainab", "Kehinde"],
                fam=["Okonkwo", "Adeyemi-Bakare", "Eze", "Bello", "Ogunleye", "Nwachukwu", "Abdullahi",
                     "Okafor", "Olatunji", "Danjuma", "Ibekwe", "Adesanya-Cole"]),
    "KEN": dict(m=["Peter", "Joseph", "John", "Daniel", "Samuel", "Geoffrey"],
                f=["Grace", "Mary", "Esther", "Faith", "Lucy", "Beatrice"],
                mid_m=["Otieno", "Kamau", "Kiprop", "Mwangi", "Omondi", "Mutua", "Wafula"],
                mid_f=["Wanjiru", "Achieng", "Njeri", "Chebet", "Akinyi", "Nyambura"],
                fam=["Kamau", "Odhiambo", "Kiprotich", "Mwangi", "Wafula", "Njoroge", "Chepkoech", "Ochieng", "Mutiso"]),
    "PHL": dict(m=["Jose Ramon", "Rogelio", "Jericho", "Ramon", "Danilo", "Eduardo"],
                f=["Maria Cristina", "Ma. Luisa", "Rowena", "Precious Joy", "Lourdes", "Marivic"],
                mid=["Reyes", "Garcia", "Aquino", "Soriano", "Manalo", "Tolentino"],
                fam=["dela Cruz", "Santos-Villanueva", "De los Reyes", "Bautista", "Mangubat", "Panganiban",
                     "Lacson", "Macaraeg", "Dimaculangan"]),
    "MEX": dict(m=["José Luis", "Juan Carlos", "Rodrigo", "Refugio", "Armando"],
                f=["María Guadalupe", "Ximena", "Itzel", "Rocío", "Ma. del Carmen"],
                fam1=["Hernández", "de la Fuente", "Salinas", "Garza", "Ochoa", "Núñez", "Treviño"],
                fam2=["García", "Ruiz", "Cantú", "Ibáñez", "Peña", "Zúñiga", "Villarreal"]),
    "GBR": dict(m=["Rhys", "Callum", "Tariq", "Olumide", "Declan"],
                f=["Siobhan", "Eleanor", "Priya", "Niamh", "Harriet"],
                fam=["O'Connell", "ap Gruffydd", "Raghunathan-Shah", "Coker-Smith", "McAllister", "Fairbairn", "Hussain"]),
}

CC = {"ARE": "971", "SAU": "966", "KWT": "965", "QAT": "974", "NGA": "234", "KEN": "254",
      "PHL": "63", "MEX": "52", "GBR": "44", "USA": "1"}
C2 = {"ARE": "AE", "SAU": "SA", "KWT": "KW", "QAT": "QA", "NGA": "NG", "KEN": "KE", "PHL": "PH",
      "MEX": "MX", "GBR": "GB", "USA": "US"}
LANG = {"ARE": "ar", "SAU": "ar", "KWT": "ar", "QAT": "ar", "NGA": "en", "KEN": "sw", "PHL": "tl",
        "MEX": "es", "GBR": "en"}
LANG3 = {"ARE": "ara", "SAU": "ara", "KWT": "ara", "QAT": "ara", "NGA": ["yor", "ibo", "hau"],
         "KEN": "swa", "PHL": ["tgl", "ceb"], "MEX": "spa", "GBR": None}
CONSULATE = {"ARE": "U.S. Embassy Abu Dhabi", "SAU": "U.S. Embassy Riyadh", "KWT": "U.S. Embassy Kuwait City",
             "QAT": "U.S. Embassy Doha", "NGA": "U.S. Consulate General Lagos", "KEN": "U.S. Embassy Nairobi",
             "PHL": "U.S. Embassy Manila", "MEX": "U.S. Consulate General Monterrey"}
IPRANGE = {"ARE": ["94.200", "5.194", "86.96"], "SAU": ["37.107", "188.48", "95.184"], "KWT": ["37.231", "62.150"],
           "QAT": ["37.210", "89.211"], "NGA": ["102.89", "105.112", "197.210"], "KEN": ["41.90", "105.163", "197.237"],
           "PHL": ["112.198", "49.145", "180.190"], "MEX": ["187.190", "189.203", "201.141"], "GBR": ["86.14", "81.2", "92.40"],
           "USA": ["73.44", "98.213"]}
CARRIER = {"ARE": ["Etisalat", "du"], "SAU": ["STC", "Mobily", "Zain SA"], "KWT": ["Zain KW", "Ooredoo KW"],
           "QAT": ["Ooredoo", "Vodafone QA"], "NGA": ["MTN Nigeria", "Airtel NG", "Globacom"],
           "KEN": ["Safaricom", "Airtel Kenya"], "PHL": ["Globe", "Smart"], "MEX": ["Telcel", "AT&T México"],
           "GBR": ["EE", "Vodafone UK", "O2 UK"], "USA": ["Verizon", "T-Mobile US"]}
BIC = {"ARE": ["NBADAEAA", "EBILAEAD", "ADCBAEAA"], "SAU": ["NCBKSAJE", "RJHISARI", "SABBSARI"],
       "KWT": ["NBOKKWKW", "CBKUKWKW"], "QAT": ["QNBAQAQA", "DOHBQAQA"], "NGA": ["ZEIBNGLA", "GTBINGLA", "FBNINGLA"],
       "KEN": ["KCBLKENX", "EQBLKENA"], "PHL": ["BOPIPHMM", "MBTCPHMM"], "MEX": ["BNMXMXMM", "BCMRMXMM"],
       "GBR": ["NWBKGB2L", "BARCGB22"], "USA": ["CHASUS33"]}


def nsn(cc):
    if cc == "ARE":
        return "5" + ch("024568") + rd(7)
    if cc == "SAU":
        return "5" + ch("0345689") + rd(7)
    if cc in ("KWT",):
        return ch("569") + rd(7)
    if cc == "QAT":
        return ch("3567") + rd(7)
    if cc == "NGA":
        return ch(["803", "806", "813", "816", "703", "706", "810", "802", "808", "805", "905", "909"]) + rd(7)
    if cc == "KEN":
        return ch(["712", "722", "733", "701", "710", "720", "740", "757", "768", "790", "111", "115"]) + rd(6)
    if cc == "PHL":
        return ch(["917", "918", "927", "939", "945", "956", "966", "977", "995", "998"]) + rd(7)
    if cc == "MEX":
        return ch(["55", "81", "33"]) + rd1(8)
    if cc == "GBR":
        return "7" + ch("45789") + rd(8)
    if cc == "USA":
        return ch(["773", "312", "847", "630", "708"]) + str(R.randint(201, 989)) + rd(4)
    raise ValueError(cc)


PHONE_FMT = {
    "ARE": [lambda n: "+971 %s %s %s" % (n[:2], n[2:5], n[5:]), lambda n: "+971" + n,
            lambda n: "00971 %s %s" % (n[:2], n[2:]), lambda n: "0%s-%s" % (n[:2], n[2:]), lambda n: "0" + n,
            lambda n: "+971-%s-%s-%s" % (n[:2], n[2:5], n[5:])],
    "SAU": [lambda n: "+966 %s %s %s" % (n[:2], n[2:5], n[5:]), lambda n: "0" + n, lambda n: "00966" + n,
            lambda n: "+966-%s-%s-%s" % (n[:2], n[2:5], n[5:]), lambda n: "+966 (0)%s %s %s" % (n[:2], n[2:5], n[5:])],
    "KWT": [lambda n: "+965 %s %s" % (n[:4], n[4:]), lambda n: "+965-" + n, lambda n: "00965 " + n, lambda n: n],
    "QAT": [lambda n: "+974 %s %s" % (n[:4], n[4:]), lambda n: "+974" + n, lambda n: "%s %s" % (n[:4], n[4:])],
    "NGA": [lambda n: "+234 %s %s %s" % (n[:3], n[3:6], n[6:]), lambda n: "0%s %s %s" % (n[:3], n[3:6], n[6:]),
            lambda n: "0" + n, lambda n: "+234 (0)%s-%s-%s" % (n[:3], n[3:6], n[6:]),
            lambda n: "234-%s-%s-%s" % (n[:3], n[3:6], n[6:]), lambda n: "0%s-%s-%s" % (n[:3], n[3:6], n[6:])],
    "KEN": [lambda n: "+254 %s %s %s" % (n[:3], n[3:6], n[6:]), lambda n: "0%s %s" % (n[:3], n[3:]),
            lambda n: "0%s-%s-%s" % (n[:3], n[3:6], n[6:]), lambda n: "+254" + n, lambda n: "254 " + n, lambda n: "0" + n],
    "PHL": [lambda n: "+63 %s %s %s" % (n[:3], n[3:6], n[6:]), lambda n: "0%s-%s-%s" % (n[:3], n[3:6], n[6:]),
            lambda n: "0" + n, lambda n: "+63-%s-%s" % (n[:3], n[3:]), lambda n: "(0%s) %s %s" % (n[:3], n[3:6], n[6:])],
    "MEX": [lambda n: "+52 %s %s %s" % (n[:2], n[2:6], n[6:]), lambda n: "+52 1 %s %s %s" % (n[:2], n[2:6], n[6:]),
            lambda n: "(%s) %s-%s" % (n[:2], n[2:6], n[6:]), lambda n: "%s %s %s" % (n[:2], n[2:6], n[6:]),
            lambda n: "044 %s %s %s" % (n[:2], n[2:6], n[6:])],
    "GBR": [lambda n: "+44 %s %s" % (n[:4], n[4:]), lambda n: "0%s %s" % (n[:4], n[4:]),
            lambda n: "+44 (0)%s %s %s" % (n[:4], n[4:7], n[7:]), lambda n: "0%s-%s-%s" % (n[:4], n[4:7], n[7:])],
    "USA": [lambda n: "+1 (%s) %s-%s" % (n[:3], n[3:6], n[6:]), lambda n: "%s-%s-%s" % (n[:3], n[3:6], n[6:]),
            lambda n: "%s.%s.%s" % (n[:3], n[3:6], n[6:]), lambda n: "(%s) %s-%s" % (n[:3], n[3:6], n[6:])],
}


def e164(cc, n):
    return "+" + CC[cc] + n


def wa_id(cc, n):
    return ("521" + n) if cc == "MEX" else (CC[cc] + n)


def phone_any(cc, n):
    return ch(PHONE_FMT[cc])(n)


EMIRATE = {"Dubai": "Dubai", "Abu Dhabi": "Abu Dhabi", "Sharjah": "Sharjah", "Al Ain": "Abu Dhabi"}
ARE_LOC = {"Dubai": ["Al Barsha 2", "Jumeirah 1", "Mirdif", "Al Khawaneej 1", "Umm Suqeim 3"],
           "Abu Dhabi": ["Khalifa City A", "Al Mushrif", "Al Bateen", "Mohammed Bin Zayed City"],
           "Sharjah": ["Al Khan", "Al Nahda", "Al Rahmaniya"], "Al Ain": ["Al Jimi", "Al Towayya", "Zakher"]}


def make_addr(cc):
    a = dict(cc=cc, box=None, zip=None, state="", loc="", city="")
    if cc == "ARE":
        city = ch(list(ARE_LOC))
        a.update(city=city, loc=ch(ARE_LOC[city]), region=EMIRATE[city], country="United Arab Emirates",
                 street=ch(["Villa %d, Street %d%s" % (R.randint(1, 120), R.randint(1, 60), ch(["", "A", "B"])),
                            "Flat %d%02d, %s" % (R.randint(1, 28), R.randint(1, 20),
                                                 ch(["Al Reem Tower 2", "Marina Heights", "Sky Gardens", "Al Wahda Residence"])),
                            "Villa %d, %s" % (R.randint(1, 90), ch(["Al Wasl Road", "Hessa Street", "Muroor Road"]))]))
        if R.random() < 0.4:
            a["box"] = "P.O. Box %s" % rd1(5)
    elif cc == "SAU":
        city, loc, reg, z = ch([("Riyadh", ch(["Al Olaya Dist.", "Al Malqa Dist.", "Al Nakheel Dist."]), "Riyadh Province", "12" + rd(3)),
                                ("Jeddah", ch(["Al Rawdah Dist.", "Al Shati Dist.", "Al Zahra Dist."]), "Makkah Province", "23" + rd(3)),
                                ("Dammam", ch(["Al Faisaliyah Dist.", "Al Shulah Dist."]), "Eastern Province", "32" + rd(3))])
        a.update(city=city, loc=loc, region=reg, zip=z + "-" + rd1(4), state=ch(["01", "02", "05"]), country="Saudi Arabia",
                 street="%s %s" % (rd1(4), ch(["Prince Sultan Rd", "King Abdulaziz Rd", "Tahlia St", "Imam Saud Rd", "Abi Bakr Al Siddiq St"])))
    elif cc == "KWT":
        loc = ch(["Jabriya", "Salwa", "Rumaithiya", "Mishref", "Surra", "Qortuba"])
        a.update(city=loc, loc="", region="Hawalli", zip=rd1(5), country="Kuwait",
                 street="Block %d, Street %d, %sHouse %d" % (R.randint(1, 12), R.randint(1, 40),
                                                              ch(["", "Avenue %d, " % R.randint(1, 9)]), R.randint(1, 60)))
    elif cc == "QAT":
        a.update(city="Doha", loc=ch(["Al Dafna", "Al Waab", "Al Gharrafa", "West Bay Lagoon"]), region="Ad Dawhah",
                 country="Qatar", street="Building %d, Street %d, Zone %d" % (R.randint(1, 90), R.randint(800, 990), R.randint(31, 70)))
    elif cc == "NGA":
        city, loc, reg, z, st = ch([("Lagos", ch(["Surulere", "Victoria Island", "Ikeja GRA", "Lekki Phase 1", "Yaba"]), "Lagos State", "10" + rd(4), "LA"),
                                    ("Abuja", ch(["Gwarinpa", "Maitama", "Wuse II", "Garki"]), "FCT", "900" + rd(3), "FC"),
                                    ("Port Harcourt", ch(["GRA Phase 2", "Rumuola", "Trans-Amadi"]), "Rivers State", "500" + rd(3), "RI"),
                                    ("Enugu", ch(["Independence Layout", "New Haven"]), "Enugu State", "400" + rd(3), "EN")])
        a.update(city=city, loc=loc, region=reg, zip=z, state=st, country="Nigeria",
                 street=ch(["%d%s %s" % (R.randint(1, 60), ch(["", "B", "A"]), ch(["Ogunlana Drive", "Adeola Odeku Street", "Awolowo Road", "Admiralty Way", "Herbert Macaulay Way"])),
                            "Plot %d, %s" % (R.randint(100, 2400), ch(["Ahmadu Bello Way", "Aminu Kano Crescent", "Ademola Adetokunbo Crescent"])),
                            "House %d, %s Avenue" % (R.randint(1, 40), ordn(R.randint(1, 7)))]))
    elif cc == "KEN":
        city, loc, z = ch([("Nairobi", ch(["Lavington", "Kilimani", "Karen", "South B", "Westlands"]), "00100"),
                           ("Mombasa", ch(["Nyali", "Tudor", "Bamburi"]), "80100"),
                           ("Kisumu", ch(["Milimani", "Tom Mboya Estate"]), "40100"),
                           ("Eldoret", ch(["Elgon View", "Kapsoya"]), "30100")])
        a.update(city=city, loc=loc, region="", zip=z, country="Kenya",
                 street="Hse No. %d, %s" % (R.randint(1, 80), ch(["Othaya Road", "Argwings Kodhek Rd", "Links Road", "Ngong Road", "Oginga Odinga St"])))
        if R.random() < 0.5:
            a["box"] = "P.O. Box %s" % rd1(ch([4, 5]))
    elif cc == "PHL":
        city, loc, reg, z = ch([("Makati City", "Brgy. Bel-Air", "Metro Manila", "1209"),
                                ("Las Piñas City", "Brgy. Talon Dos", "Metro Manila", "1747"),
                                ("Quezon City", "Brgy. Teachers Village East", "Metro Manila", "1101"),
                                ("Cebu City", "Brgy. Lahug", "Cebu", "6000"),
                                ("Davao City", "Brgy. Buhangin", "Davao del Sur", "8000")])
        a.update(city=city, loc=loc, region=reg, zip=z, country="Philippines",
                 street=ch(["Unit %d%s, %d %s" % (R.randint(2, 30), ch("ABCD"), R.randint(10, 200), ch(["Jupiter St.", "Gen. Luna St.", "Maginhawa St.", "Gorordo Ave."])),
                            "Blk %d Lot %d, Phase %d, %s" % (R.randint(1, 20), R.randint(1, 40), R.randint(1, 4), ch(["Camella Homes", "Villa Verde Subd.", "Greenwoods Exec. Village"]))]))
    elif cc == "MEX":
        city, loc, reg, st, z = ch([("San Pedro Garza García", "Col. Del Valle", "N.L.", "NL", "662" + rd(2)),
                                    ("Monterrey", "Col. Obispado", "N.L.", "NL", "646" + rd(2)),
                                    ("Guadalajara", "Col. Americana", "Jal.", "JC", "441" + rd(2)),
                                    ("Cuauhtémoc", "Col. Hipódromo", "CDMX", "DF", "061" + rd(2)),
                                    ("Benito Juárez", "Col. Actipan", "CDMX", "DF", "032" + rd(2))])
        a.update(city=city, loc=loc, region=reg, state=st, zip=z, country="México",
                 street="%s %d%s" % (ch(["Calle Río Missouri", "Av. Chapultepec Sur", "Calle Ámsterdam", "Av. Insurgentes Sur", "Calle Padre Mier"]),
                                      R.randint(100, 2400), ch(["", " Int. %d" % R.randint(1, 12)])))
    elif cc == "GBR":
        city, z = ch([("London", ch(["SW17 7QA", "N16 8DR", "E14 6GF", "W5 3QT"])), ("Manchester", ch(["M14 5RQ", "M20 2LW"])),
                      ("Birmingham", ch(["B15 2TT", "B13 9HD"])), ("Cardiff", "CF10 3AT"), ("Leeds", "LS6 1AN")])
        a.update(city=city, zip=z, region="", country="United Kingdom",
                 street=ch(["Flat %d, %d %s" % (R.randint(1, 9), R.randint(2, 140), ch(["Elmfield Road", "Wilmslow Road", "Harborne Park Road", "Cathedral Road"])),
                            "%d %s" % (R.randint(2, 220), ch(["Kingsley Avenue", "Otley Road", "Stoke Newington Church St", "Chaucer Close"]))]))
    elif cc == "USA":
        a.update(city=ch(["Chicago", "Evanston", "Oak Park", "Skokie"]), region="IL", state="IL", zip=ch(["60640", "60657", "60201", "60302", "60076", "60614"]),
                 country="USA", street="%d %s%s" % (R.randint(100, 5999), ch(["N Sheridan Rd", "W Lawrence Ave", "Chicago Ave", "N Clark St", "Dempster St"]),
                                                    ch(["", " Apt %d%s" % (R.randint(1, 30), ch("ABCDEF"))])))
    return a


def addr_segs(a, upper=False):
    cc = a["cc"]
    S = []
    if cc == "ARE":
        if a["box"] and R.random() < 0.5:
            S = [("%s, %s" % (a["box"], a["city"]), "address"), (", UAE", None)]
        else:
            S = [("%s, %s, %s" % (a["street"], a["loc"], a["city"]), "address"), (", United Arab Emirates", None)]
    elif cc == "SAU":
        S = [("%s, %s, %s" % (a["street"], a["loc"], a["city"]), "address"), (" ", None), (a["zip"], "zip"), (", Saudi Arabia", None)]
    elif cc == "KWT":
        S = [("%s, %s" % (a["street"], a["city"]), "address"), (" ", None), (a["zip"], "zip"), (", Kuwait", None)]
    elif cc == "QAT":
        S = [("%s, %s, %s" % (a["street"], a["loc"], a["city"]), "address"), (", Qatar", None)]
    elif cc == "NGA":
        S = [("%s, %s, %s" % (a["street"], a["loc"], a["city"]), "address"), (" ", None), (a["zip"], "zip"), (", %s, Nigeria" % a["region"], None)]
    elif cc == "KEN":
        if a["box"] and R.random() < 0.6:
            S = [(a["box"], "address"), ("-", None), (a["zip"], "zip"), (", ", None), (a["city"], "address"), (", Kenya", None)]
        else:
            S = [("%s, %s, %s" % (a["street"], a["loc"], a["city"]), "address"), (", Kenya", None)]
    elif cc == "PHL":
        S = [("%s, %s, %s" % (a["street"], a["loc"], a["city"]), "address"), (" ", None), (a["zip"], "zip"), (", %s, Philippines" % a["region"], None)]
    elif cc == "MEX":
        S = [("%s, %s, %s" % (a["street"], a["loc"], a["city"]), "address"), (", %s, C.P. " % a["region"], None), (a["zip"], "zip"), (", México", None)]
    elif cc == "GBR":
        S = [("%s, %s" % (a["street"], a["city"]), "address"), (" ", None), (a["zip"], "zip"), (", United Kingdom", None)]
    elif cc == "USA":
        S = [("%s, %s" % (a["street"], a["city"]), "address"), (", %s " % a["region"], None), (a["zip"], "zip")]
    if upper:
        S = [(strip_acc(s).upper(), c) for s, c in S]
    return S


def addr_street_segs(a):
    """street-ish part only (+city) as one span, for fields like address1/city split."""
    if a["cc"] in ("KWT", "GBR", "USA"):
        return "%s" % a["street"]
    return "%s, %s" % (a["street"], a["loc"]) if a["loc"] else a["street"]


# ----------------------------------------------------------------------------- personas
SPECIALTY = ["cardiology", "cardiac surgery", "oncology", "orthopaedics", "neurosurgery", "transplant hepatology",
             "urology", "haematology"]
FLIGHTS = {"ARE": ["EK235", "EY151", "EK237"], "SAU": ["SV35", "SV21", "QR725"], "KWT": ["KU117", "QR725"],
           "QAT": ["QR725", "QR727"], "NGA": ["DL55", "UA613", "BA75"], "KEN": ["KQ2", "QR1337", "EK787"],
           "PHL": ["PR102", "PR104", "NH111"], "MEX": ["AM680", "UA1567", "AA2912"], "GBR": ["BA297", "AA87", "VS1"]}
EMAIL_DOM = {"ARE": ["gmail.com", "hotmail.com", "eim.ae"], "SAU": ["gmail.com", "hotmail.com", "outlook.sa"],
             "KWT": ["gmail.com", "hotmail.com"], "QAT": ["gmail.com", "qatar.net.qa"],
             "NGA": ["gmail.com", "yahoo.com", "yahoo.co.uk"], "KEN": ["gmail.com", "yahoo.com"],
             "PHL": ["gmail.com", "yahoo.com.ph", "ymail.com"], "MEX": ["gmail.com", "hotmail.com", "live.com.mx", "prodigy.net.mx"],
             "GBR": ["gmail.com", "btinternet.com", "outlook.com"], "USA": ["gmail.com", "icloud.com"]}
REL_M = ["son", "brother", "husband", "nephew"]
REL_F = ["daughter", "sister", "wife", "niece"]


def slug(s):
    return re.sub(r"[^a-z0-9]", "", strip_acc(s).lower())


def passport_no(cc):
    return {"ARE": lambda: ch("ANP") + rd(7), "SAU": lambda: ch("ABFKLNRTUVW") + rd(6 + ch([0, 1])),
            "KWT": lambda: ch("PK") + rd(8), "QAT": lambda: ch("0") + rd(7), "NGA": lambda: "A" + rd(8),
            "KEN": lambda: "AK" + rd(7), "PHL": lambda: "P" + rd(7) + ch("ABC"), "MEX": lambda: ch("GN") + rd(8),
            "GBR": lambda: rd1(9)}[cc]()


def national_id(cc, dob, p):
    if cc == "ARE":
        body = "784" + str(dob.year) + rd(7)
        return "784-%d-%s-%s" % (dob.year, body[7:14], luhn_digit(body)), "Emirates ID"
    if cc == "SAU":
        b = "1" + rd(8)
        return b + luhn_digit(b), "National ID"
    if cc == "KWT":
        return ("2" if dob.year < 2000 else "3") + dob.strftime("%y%m%d") + rd(5), "Civil ID"
    if cc == "QAT":
        return "2" + dob.strftime("%y") + "634" + rd(5), "QID"
    if cc == "NGA":
        return rd1(11), "NIN"
    if cc == "KEN":
        return ch("123") + rd(7), "National ID"
    if cc == "PHL":
        x = rd1(16)
        return "%s-%s-%s-%s" % (x[:4], x[4:8], x[8:12], x[12:]), "PhilSys PSN"
    if cc == "MEX":
        return curp(p["given"], p["fam1"], p["fam2"], dob, "H" if p["sex"] == "M" else "M", p["addr"]["state"] or "DF"), "CURP"
    if cc == "GBR":
        return "%s %s %s %s %s" % (ch("ABCEGHJKLMNPRSTWXYZ") + ch("ABCEGHJKLMNPRSTWXYZ"), rd(2), rd(2), rd(2), ch("ABCD")), "NI number"
    raise ValueError(cc)


def health_plan(cc):
    if cc == "ARE":
        return ch([("Thiqa", rd1(10)), ("Daman", "1-%s-%s-01" % (rd(3), rd(8)))])
    if cc == "SAU":
        return ch([("Bupa Arabia", rd1(8)), ("Tawuniya", "T" + rd(9))])
    if cc in ("KWT", "QAT"):
        return ch([("Cigna Global", "U" + rd(10)), ("Allianz Care", "AC" + rd(8))])
    if cc == "NGA":
        return ("NHIA", "%s-%s-%s-%s" % (rd(2), rd(4), rd(3), rd(2)))
    if cc == "KEN":
        return ch([("NHIF", rd1(8)), ("SHA", "CR" + rd(10) + "-" + rd(1))])
    if cc == "PHL":
        x = rd1(12)
        return ("PhilHealth", "%s-%s-%s" % (x[:2], x[2:11], x[11]))
    if cc == "MEX":
        return ch([("IMSS NSS", rd1(11)), ("GNP póliza", "GMM-" + rd(8))])
    if cc == "GBR":
        x = nhs_number()
        return ("NHS", "%s %s %s" % (x[:3], x[3:6], x[6:]))
    raise ValueError(cc)


def bank_acct(cc):
    if cc == "ARE":
        return iban("AE", ch(["035", "033", "030", "026"]) + rd(16))
    if cc == "SAU":
        return iban("SA", ch(["10", "20", "45", "80", "05"]) + rd(18))
    if cc == "KWT":
        return iban("KW", ch(["NBOK", "CBKU", "KFHO", "GULB"]) + rd(22))
    if cc == "QAT":
        return iban("QA", ch(["QNBA", "DOHB", "CBQA"]) + rd(21))
    if cc == "GBR":
        return iban("GB", ch(["NWBK", "BARC", "LOYD", "HBUK"]) + rd(14))
    if cc == "NGA":
        return rd1(10)
    if cc == "KEN":
        return rd1(13)
    if cc == "PHL":
        return rd1(12)
    if cc == "MEX":
        return clabe()
    return rd1(10)


PERSONAS = []


def make_person(cc, old=False, sex=None):
    D = NAMES[cc]
    sex = sex or ch("MF")
    p = dict(cc=cc, sex=sex)
    if cc in ("ARE", "SAU", "KWT", "QAT"):
        p["given"] = ch(D["m"] if sex == "M" else D["f"])
        p["middle"] = ch([x for x in D["m"] if x != p["given"]])
        p["family"] = ch(D["fam"])
        link = " bin " if (cc == "SAU" and sex == "M" and R.random() < 0.4) else (" bint " if (cc == "SAU" and sex == "F" and R.random() < 0.3) else " ")
        p["full"] = p["given"] + link + p["middle"] + " " + p["family"]
        p["ar"] = AR[p["given"]] + " " + AR[p["middle"]] + " " + AR[p["family"]]
    elif cc == "NGA":
        p["given"] = ch(D["m"] if sex == "M" else D["f"])
        p["middle"] = ch(D["mid_m"] if sex == "M" else D["mid_f"])
        p["family"] = ch(D["fam"])
        p["full"] = "%s %s %s" % (p["given"], p["middle"], p["family"])
    elif cc == "KEN":
        p["given"] = ch(D["m"] if sex == "M" else D["f"])
        p["middle"] = ch(D["mid_m"] if sex == "M" else D["mid_f"])
        p["family"] = ch([f for f in D["fam"] if f != p["middle"]])
        p["full"] = "%s %s %s" % (p["given"], p["middle"], p["family"])
    elif cc == "PHL":
        p["given"] = ch(D["m"] if sex == "M" else D["f"])
        p["middle"] = ch(D["mid"])
        p["family"] = ch(D["fam"])
        p["full"] = "%s %s %s" % (p["given"], p["middle"], p["family"])
    elif cc == "MEX":
        p["given"] = ch(D["m"] if sex == "M" else D["f"])
        p["fam1"] = ch(D["fam1"])
        p["fam2"] = ch(D["fam2"])
        p["middle"] = ""
        p["family"] = p["fam1"] + " " + p["fam2"]
        p["full"] = "%s %s" % (p["given"], p["family"])
    elif cc == "GBR":
        p["given"] = ch(D["m"] if sex == "M" else D["f"])
        p["middle"] = ""
        p["family"] = ch(D["fam"])
        p["full"] = "%s %s" % (p["given"], p["family"])
    p["short"] = "%s %s" % (p["given"], p["family"])
    if old:
        p["dob"] = rdate(dt.date(1929, 1, 1), dt.date(1933, 12, 31))
    else:
        p["dob"] = rdate(dt.date(1944, 1, 1), dt.date(2003, 12, 31))
    p["age"] = age_of(p["dob"])
    p["title"] = "Mr." if sex == "M" else ch(["Mrs.", "Ms."])
    p["he"], p["his"] = ("He", "his") if sex == "M" else ("She", "her")
    p["addr"] = make_addr(cc)
    p["nsn"] = nsn(cc)
    p["nsn2"] = nsn(cc)
    yy = str(p["dob"].year)[2:]
    p["email"] = ch(["%s.%s%s", "%s_%s%s", "%s%s%s"]) % (slug(p["given"].split()[0]), slug(p["family"].split()[-1] if cc != "MEX" else p["fam1"]), ch([yy, "", rd(2)])) + "@" + ch(EMAIL_DOM[cc])
    p["username"] = ch(["%s.%s%s", "%s%s%s"]) % (slug(p["given"].split()[0]), slug(p["family"].split()[-1])[:8], ch([yy, rd(2), ""]))
    p["pp"] = passport_no(cc)
    p["pp_exp"] = rdate(dt.date(2025, 1, 1), dt.date(2033, 12, 31))
    p["natid"], p["natid_kind"] = national_id(cc, p["dob"], p)
    p["hp_scheme"], p["hp"] = health_plan(cc)
    p["mrn"] = rd1(8)
    p["case"] = "IPS-24-%04d" % R.randint(100, 990)
    p["fref"] = "MBG-%s-24-%04d" % (C2[cc], R.randint(10, 999))
    p["acct"] = rd1(10)
    p["visit"] = "V" + rd1(9)
    p["bank"] = bank_acct(cc)
    p["ip"] = "%s.%d.%d" % (ch(IPRANGE[cc]), R.randint(1, 254), R.randint(1, 254))
    p["appt"] = rdate(dt.date(2024, 3, 18), dt.date(2024, 6, 28))
    p["arr"] = p["appt"] - dt.timedelta(days=R.randint(2, 6))
    p["dep"] = p["appt"] + dt.timedelta(days=R.randint(10, 60))
    p["visa_int"] = rdate(dt.date(2024, 2, 1), dt.date(2024, 3, 12))
    p["visa_no"] = rd1(8)
    p["visa_exp"] = p["visa_int"] + dt.timedelta(days=ch([180, 365, 730, 1825]))
    p["ds160"] = "AA00" + alnum(6)
    p["flight"] = ch(FLIGHTS[cc])
    p["pnr"] = alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    p["hotel_conf"] = ch(["RI", "HX", "MR"]) + rd(8)
    p["gl"] = None
    p["specialty"] = ch(SPECIALTY)
    # relative / escort
    rsex = ch("MF")
    relopts = [x for x in (REL_M if rsex == "M" else REL_F) if not (x == "husband" and sex == "M") and not (x == "wife" and sex == "F")]
    rel = dict(sex=rsex, relation=ch(relopts))
    if cc in ("ARE", "SAU", "KWT", "QAT"):
        rel["given"] = ch([x for x in (D["m"] if rsex == "M" else D["f"]) if x != p["given"]])
        rel["family"] = p["family"]
        rel["full"] = "%s %s %s" % (rel["given"], p["given"] if p["sex"] == "M" and rel["relation"] in ("son", "daughter") else ch(D["m"]), p["family"])
    elif cc == "MEX":
        rel["given"] = ch(D["m"] if rsex == "M" else D["f"])
        rel["family"] = p["fam1"] + " " + ch(D["fam2"])
        rel["full"] = rel["given"] + " " + rel["family"]
    else:
        rel["given"] = ch([x for x in (D["m"] if rsex == "M" else D["f"]) if x != p["given"]])
        rel["family"] = p["family"]
        rel["full"] = rel["given"] + " " + rel["family"]
    rel["nsn"] = nsn(cc)
    rel["pp"] = passport_no(cc)
    rel["email"] = "%s.%s%s@%s" % (slug(rel["given"].split()[0]), slug(rel["family"].split()[0] if cc == "MEX" else rel["family"].split()[-1]), rd(2), ch(EMAIL_DOM[cc]))
    p["rel"] = rel
    # a US-resident relative acting as guarantor for some
    if R.random() < 0.3:
        p["usrel"] = dict(given=rel["given"], full=rel["full"], relation=rel["relation"], ssn=ssn(), nsn=nsn("USA"),
                          addr=make_addr("USA"), email=rel["email"])
    else:
        p["usrel"] = None
    return p


for cc, n in [("ARE", 5), ("SAU", 5), ("KWT", 3), ("QAT", 2), ("NGA", 6), ("KEN", 4), ("PHL", 4), ("MEX", 4), ("GBR", 3)]:
    for i in range(n):
        PERSONAS.append(make_person(cc, old=(i == 1 and cc in ("SAU", "NGA", "KEN", "MEX", "PHL"))))
ARABS = [p for p in PERSONAS if p["cc"] in ("ARE", "SAU", "KWT", "QAT")]
VISA = [p for p in PERSONAS if p["cc"] != "GBR"]
OLD = [p for p in PERSONAS if p["age"] > 89]


def anyp():
    return ch(PERSONAS)


def nm(p, st):
    if st == "full":
        return p["full"]
    if st == "short":
        return p["short"]
    if st == "last_first":
        return "%s, %s" % (p["family"], p["given"])
    if st == "LAST_first":
        return "%s, %s" % (strip_acc(p["family"]).upper(), (p["given"] + (" " + p["middle"] if p["middle"] else "")))
    if st == "upper":
        return strip_acc(p["full"]).upper()
    if st == "lower":
        return p["short"].lower()
    if st == "initials":
        return "%s %s" % (" ".join(x[0] + "." for x in p["given"].split()), p["family"])
    if st == "given":
        return p["given"]
    raise ValueError(st)


def nm_any(p):
    return nm(p, ch(["full", "short", "last_first", "LAST_first", "upper", "initials", "short"]))


# staff / businesses (never labeled)
COORD = [("dwhitfield", "Dana Whitfield"), ("ohaddad", "Omar Haddad"), ("gmbeki-adams", "Grace Mbeki-Adams"),
         ("lmarquez", "Luz Márquez"), ("praman", "Priyanka Raman")]
DOCS = [("Liu", "Karen"), ("Adeyinka", "Samuel"), ("Villalobos", "Héctor"), ("Brennan", "Patrick"), ("Siddiqui", "Amira")]
INTERP = [("INT-0412", "Layla Mansour", "ara"), ("INT-0533", "Wambui Gathoni", "swa"), ("INT-0218", "Ricardo Peña", "spa"),
          ("INT-0377", "Jessa Villareal", "tgl"), ("INT-0291", "Adebayo Salami", "yor"), ("INT-0302", "Chiamaka Obi", "ibo"),
          ("INT-0455", "Ibrahim Musa", "hau"), ("INT-0388", "Rhea Abellana", "ceb")]
ISSUERS = {"KWT": ("KHO", "Kuwait Health Office, Washington DC", "سفارة دولة الكويت - المكتب الصحي", "Dr. Fahad Al-Sabti"),
           "SAU": ("SACM", "Royal Embassy of Saudi Arabia - Health Attaché", "سفارة المملكة العربية السعودية - الملحقية الصحية", "Dr. Abdulrahman Al-Sheikh"),
           "ARE": ("UAEEMB", "Embassy of the UAE - Medical Department", "سفارة دولة الإمارات - القسم الطبي", "Dr. Aisha Al Blooshi"),
           "QAT": ("QMA", "Embassy of the State of Qatar - Medical Attaché", "سفارة دولة قطر - الملحق الطبي", "Dr. Nasser Al-Hajri"),
           "NGA": ("NGEMB", "Embassy of the Federal Republic of Nigeria, Washington DC", None, "Mrs. Bolanle Ajayi"),
           "KEN": ("KEEMB", "Embassy of the Republic of Kenya, Washington DC", None, "Mr. Evans Kiprono"),
           "PHL": ("PHEMB", "Embassy of the Philippines - Assistance to Nationals Section", None, "Atty. Carlo Dizon")}


def gl_number(p):
    if p["gl"]:
        return p["gl"]
    cc = p["cc"]
    p["gl"] = {"KWT": "KHO/2024/%04d" % R.randint(100, 999), "SAU": "SACM-MED-1445-%05d" % R.randint(10000, 99999),
               "ARE": "UAEEMB/MED/24/%04d" % R.randint(100, 999), "QAT": "QMA-%s-24" % rd(5),
               "NGA": "NGEMB/MED/24/%03d" % R.randint(1, 99), "KEN": "KEEMB/HLTH/24/%02d" % R.randint(1, 60),
               "PHL": "PHE-ATN-2024-%04d" % R.randint(1, 400)}[cc]
    return p["gl"]


def coord():
    return ch(COORD)


def doc():
    return ch(DOCS)


def photo_b64():
    hdr = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00\x08\x06\x06\x07\x06\x05\x08\x07\x07\x07\t\t\x08\n\x0c\x14\r\x0c\x0b\x0b"
    return base64.b64encode(hdr + bytes(R.getrandbits(8) for _ in range(R.randint(280, 420)))).decode()


UA = ["Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.80",
      "Mozilla/5.0 (Linux; Android 12; TECNO KI7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36"]
PINO_HOSTS = ["wa-gw-7c9d8f6b5-qk2rx", "wa-gw-7c9d8f6b5-m8t4z"]
WABA_ID = "104839261937524"
PHONE_ID = "118273645509871"
BIZ_WA = "13125550142"


def wamid():
    return "wamid.HBgM" + b64rand(30).rstrip("=")


# ============================================================================= PHI blocks
def dj_head(lvl, logger, lineno):
    return "[%s] %s [%s:%d] " % (ts_dj(CLK.tick()), lvl, logger, lineno)


def b_django():
    p = anyp()
    k = R.randint(1, 14)
    F = "django"
    if k == 1:
        src = ch(["facilitator:MedBridge", "web_form", "whatsapp"] + (["embassy:" + ISSUERS[p["cc"]][0]] * 2 if p["cc"] in ISSUERS else []))
        return [mk(F, dj_head("INFO", "ips.cases.services", 88) + 'Case §c:other_id§ opened for "§n:name§" nationality=%s dob=§d:date§ source=%s coordinator=%s' % (p["cc"], src, coord()[0]),
                   c=p["case"], n=nm(p, ch(["last_first", "LAST_first"])), d=fd(p["dob"], ch(["iso", "dmy"])))]
    if k == 2:
        return [mk(F, dj_head("INFO", "ips.documents.views", 143) + "Passport scan accepted case_id=%d passport_no=§pp:license§ expires=§e:date§ issuing=%s pages=2 sha1=%s" % (R.randint(300, 900), p["cc"], hexs(40)),
                   pp=p["pp"], e=fd(p["pp_exp"], "iso"))]
    if k == 3 and p["cc"] in CONSULATE:
        return [mk(F, dj_head("INFO", "ips.letters.tasks", 61) + "Invitation letter queued for §n:name§ (MRN §m:mrn§), appointment §a:date§, consulate=%s, template=visa_invite_v3" % CONSULATE[p["cc"]],
                   n=nm(p, "full"), m=p["mrn"], a=fd(p["appt"], "iso"))]
    if k == 4:
        q = anyp()
        return [mk(F, dj_head("WARNING", "ips.patients.dedupe", 204) + 'Possible duplicate: "§n:name§" dob §d:date§ matches MRN §m:mrn§ (score=0.%d); manual review required' % R.randint(81, 97),
                   n=nm(p, "short"), d=fd(p["dob"], "dmy"), m=q["mrn"])]
    if k == 5:
        if R.random() < 0.5:
            return [mk(F, dj_head("INFO", "ips.portal.auth", 57) + "Login succeeded user=§u:other_id§ ip=§ip:ip§ mfa=sms to=§ph:phone§",
                       u=p["username"], ip=p["ip"], ph=e164(p["cc"], p["nsn"]))]
        return [mk(F, dj_head("INFO", "ips.portal.auth", 57) + "Login succeeded user=§u:other_id§ ip=§ip:ip§ mfa=sms to=+%s******%s" % (CC[p["cc"]], p["nsn"][-3:]),
                   u=p["username"], ip=p["ip"])]
    if k == 6:
        return [mk(F, dj_head("WARNING", "ips.portal.auth", 71) + "Failed login for username '§u:other_id§' from §ip:ip§ (attempt %d/5)" % R.randint(2, 5),
                   u=p["username"], ip=p["ip"])]
    if k == 7:
        return [mk(F, dj_head("ERROR", "django.request", 241) + "Internal Server Error: /api/v1/patients/%d/" % R.randint(300, 900)),
                mk(F, "django.db.utils.IntegrityError: duplicate key value violates unique constraint \"patients_patient_passport_number_nationality_key\""),
                mk(F, "DETAIL:  Key (passport_number, nationality)=(§pp:license§, %s) already exists." % p["cc"], pp=p["pp"])]
    if k == 8:
        return [mk(F, dj_head("INFO", "ips.deposits.reconcile", 119) + 'Matched wire %s USD %s payer="§n:name§" acct=§b:account§ -> case §c:other_id§' % ("FT24" + rd(3) + alnum(5), "{:,.2f}".format(R.randint(5, 90) * 1000)),
                   n=strip_acc(nm(p, "full")).upper(), b=p["bank"], c=p["case"])]
    if k == 9:
        return [mk(F, dj_head("ERROR", "ips.patients.forms", 33) + "ValidationError on PatientContactForm: {'mobile_phone': ['Enter a valid phone number (e.g. +12125552368).']} raw='§ph:phone§%s' country=%s" % (ch(["", " ext", "/", "  ", " (whatsapp)"]), C2[p["cc"]]),
                   ph=phone_any(p["cc"], p["nsn"]))]
    if k == 10:
        r = p["rel"]
        return [mk(F, dj_head("INFO", "ips.escorts.views", 52) + "Escort added to case §c:other_id§: §n:name§ (%s), passport §pp:license§, mobile §ph:phone§" % r["relation"],
                   c=p["case"], n=r["full"], pp=r["pp"], ph=phone_any(p["cc"], r["nsn"]))]
    if k == 11:
        d2 = p["appt"] + dt.timedelta(days=R.randint(3, 14))
        return [mk(F, dj_head("INFO", "ips.appointments.views", 77) + "Rescheduled §n:name§ %s consult from §a:date§ to §b:date§ (reason: visa interview §v:date§)" % p["specialty"],
                   n=nm(p, "initials"), a=fd(p["appt"], "iso"), b=fd(d2, "iso"), v=fd(p["visa_int"], "iso"))]
    if k == 12:
        return [mk(F, dj_head("DEBUG", "ips.whatsapp.handlers", 140) + "Matched inbound wa_id=§w:phone§ to patient id=%d (§n:name§)" % R.randint(300, 900),
                   w=wa_id(p["cc"], p["nsn"]), n=nm(p, "short"))]
    if k == 13 and p["cc"] in ISSUERS:
        vt = p["dep"] + dt.timedelta(days=R.randint(10, 60))
        return [mk(F, dj_head("INFO", "ips.gl.ingest", 90) + "GL §g:other_id§ from %s attached to case §c:other_id§ (limit USD %s, valid until §v:date§)" % (ISSUERS[p["cc"]][0], "{:,}".format(R.randint(5, 40) * 10000)),
                   g=gl_number(p), c=p["case"], v=fd(vt, "iso"))]
    if k == 14 and p["cc"] in CONSULATE:
        return [mk(F, dj_head("WARNING", "ips.visa.checks", 45) + "Visa B-2 foil §vn:license§ valid to §ve:date§; planned discharge §dd:date§ for §n:name§ - notify embassy liaison",
                   vn=p["visa_no"], ve=fd(p["visa_exp"], "dmon"), dd=fd(p["dep"], "dmon"), n=nm(p, "upper"))]
    return b_django()


def celery_head(lvl, proc):
    return "[%s: %s/%s] " % (ts_dj(CLK.tick()), lvl, proc)


def b_celery():
    p = anyp()
    k = R.randint(1, 4)
    F = "celery"
    w = "ForkPoolWorker-%d" % R.randint(1, 8)
    if k == 1:
        return [mk(F, celery_head("ERROR", w) + "Task ips.tasks.sync_whatsapp_contact[%s] raised unexpected: NumberParseException(1, 'Missing or invalid default region.') phone='§ph:phone§' contact='§n:name§'" % uuid4(),
                   ph=phone_any(p["cc"], p["nsn"]).lstrip("+0"), n=nm(p, ch(["short", "lower", "full"])))]
    if k == 2:
        return [mk(F, celery_head("INFO", w) + "Task ips.tasks.send_arrival_sms[%s] succeeded in %.4fs: {'to': '§ph:phone§', 'sid': 'SM%s', 'status': 'queued'}" % (uuid4(), R.uniform(0.2, 2.5), hexs(32)),
                   ph=e164(p["cc"], ch([p["nsn"], p["rel"]["nsn"]])))]
    if k == 3:
        return [mk(F, celery_head("WARNING", w) + "ips.tasks.ocr_passport: low MRZ confidence 0.%d for upload 'passport_§f:name§.jpg' (case §c:other_id§)" % R.randint(41, 69),
                   f=slug(p["family"].split()[-1]) + "_" + slug(p["given"].split()[0]), c=p["case"])]
    return [mk(F, celery_head("INFO", w) + "Task ips.tasks.push_hl7_adt[%s] succeeded in %.3fs: {'mrn': '§m:mrn§', 'event': 'A04', 'ack': 'AA'}" % (uuid4(), R.uniform(0.05, 0.9)),
               m=p["mrn"])]


def b_nginx():
    p = anyp()
    out = []
    ua = ch(UA)
    for _ in range(R.randint(1, 3)):
        path = ch(["/portal/cases/§c:other_id§/documents/", "/portal/api/messages/?case=§c:other_id§", "/portal/letters/visa-invite/?case=§c:other_id§&lang=%s" % LANG[p["cc"]],
                   "/portal/api/uploads/", "/portal/home/", "/portal/api/deposits/summary/"])
        meth = "POST" if "uploads" in path else "GET"
        code = ch([200, 200, 200, 201 if meth == "POST" else 200, 304, 403])
        out.append(mk("nginx", '§ip:ip§ - - [%s] "%s %s HTTP/2.0" %d %d "https://portal.lakeshoremc.org/portal/home/" "%s" rt=%.3f uct=0.001 urt=%.3f' %
                      (ts_clf(CLK.tick(0, 20)), meth, path, code, R.randint(120, 90000), ua, R.uniform(0.01, 0.9), R.uniform(0.01, 0.9)),
                      ip=p["ip"], c=p["case"]))
    return out


def pino(level, extra, msg):
    t = CLK.tick()
    return '{"level":%d,"time":%d,"pid":%d,"hostname":"%s",%s"msg":"%s"}' % (level, ts_ms(t), ch([27, 28]), ch(PINO_HOSTS), extra, msg)


def b_pino():
    p = anyp()
    k = R.randint(1, 4)
    F = "node_pino"
    if k == 1:
        return [mk(F, pino(30, '"reqId":"req-%s","waId":"§w:phone§","msgType":"%s","queue":"ips.inbound",' % (alnum(4, "abcdefghijkmnpqrstuvwxyz0123456789"), ch(["text", "image", "document", "interactive"])), "inbound message enqueued"),
                   w=wa_id(p["cc"], p["nsn"]))]
    if k == 2:
        return [mk(F, pino(50, '"to":"§ph:phone§","template":"appointment_reminder_%s","err":{"type":"GraphError","message":"(#131026) Message undeliverable","code":131026,"fbtrace_id":"%s"},' % (LANG[p["cc"]], alnum(27, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")), "template send failed"),
                   ph=e164(p["cc"], p["nsn"]))]
    if k == 3:
        return [mk(F, pino(30, '"to":"§w:phone§","template":"arrival_pickup_en","params":["§g:name§","§d:date§","%s"],"wamid":"%s",' % (p["flight"], wamid()), "template sent"),
                   w=wa_id(p["cc"], p["nsn"]), g=p["given"], d=fd(p["arr"], ch(["long", "dmon"])))]
    return [mk(F, pino(40, '"contactName":"§n:name§","waId":"§w:phone§",', "contact not linked to any open case"),
               n=ch([p["given"], p["short"], p.get("ar", p["short"]).split()[0]]), w=wa_id(p["cc"], ch([p["nsn"], p["rel"]["nsn"]])))]


def wa_body(p):
    r = p["rel"]
    cc = p["cc"]
    if cc in ("ARE", "SAU", "KWT", "QAT"):
        pt = "المريض" if p["sex"] == "M" else "المريضة"
        par = "الوالد" if p["sex"] == "M" else "الوالدة"
        who = "ابن" if r["sex"] == "M" else "ابنة"
        return [("السلام عليكم، أنا %s %s " % (who, pt), None), (p["ar"], "name"), (". هل موعد %s يوم " % par, None),
                (fd(p["appt"], "ar"), "date"), (" ثابت؟ رقم الملف ", None), (p["mrn"], "mrn")]
    if cc == "NGA":
        who = "uncle" if p["sex"] == "M" else "aunty"
        return [("Good evening ma, my %s " % who, None), (p["full"], "name"), (" will arrive %s " % WD[p["arr"].weekday()], None),
                (fd(p["arr"], "ord"), "date"), (" on %s. Pls confirm pickup. %s number na " % (p["flight"], "His" if p["sex"] == "M" else "Her"), None),
                (ch(PHONE_FMT["NGA"][1:3])(p["nsn"]), "phone")]
    if cc == "KEN":
        par = "baba" if p["sex"] == "M" else "mama"
        return [("Habari, naomba kuthibitisha miadi ya %s yangu " % par, None), (p["full"], "name"), (" tarehe ", None),
                (fd(p["appt"], ch(["dm", "sw"])), "date"), (". Asante sana.", None)]
    if cc == "PHL":
        par = "Papa" if p["sex"] == "M" else "Mama"
        return [("Good morning po! Si %s po (" % par, None), (p["full"], "name"), (") ay darating sa ", None), (fd(p["arr"], "long")[:-5], "date"),
                (" via %s. Pwede po ba sunduin sa airport? Salamat po" % p["flight"], None)]
    if cc == "MEX":
        par = "papá" if p["sex"] == "M" else "mamá"
        S = [("Buenas tardes, le envío el pasaporte de mi %s " % par, None), (p["full"], "name"), (", fecha de nacimiento ", None), (fd(p["dob"], "dmy"), "date"), (".", None)]
        if p["age"] > 89:
            S += [(" Tiene ", None), (str(p["age"]), "age"), (" años y necesita silla de ruedas.", None)]
        return S
    return [("Hi, this is %s - " % r["given"], None), (p["short"], "name"), ("'s %s. Can you move the MRI to " % ("son" if r["sex"] == "M" else "daughter"), None),
            (fd(p["appt"], "us"), "date"), ("? My mobile is ", None), (phone_any("GBR", r["nsn"]), "phone")]


def wa_envelope_head():
    return '{"object":"whatsapp_business_account","entry":[{"id":"%s","changes":[{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"%s","phone_number_id":"%s"},' % (WABA_ID, BIZ_WA, PHONE_ID)


def b_wa():
    p = anyp()
    F = "wa_webhook"
    t = CLK.tick()
    pre = "%s wa-gw DEBUG raw_webhook " % ts_iso(t)
    k = R.randint(1, 3)
    sender = p["rel"] if R.random() < 0.6 else p
    w = wa_id(p["cc"], sender["nsn"])
    prof = ch([sender["given"], sender["full"], AR.get(sender["given"], sender["given"])]) if p["cc"] in AR_CC else ch([sender["given"], sender["full"]])
    if k == 1:
        ln = Line(F).t(pre + wa_envelope_head() + '"contacts":[{"profile":{"name":"').p(prof, "name").t('"},"wa_id":"').p(w, "phone")
        ln.t('"}],"messages":[{"from":"').p(w, "phone").t('","id":"%s","timestamp":"%d","text":{"body":"' % (wamid(), ts_s(t) - R.randint(1, 5)))
        ln.seg(wa_body(p)).t('"},"type":"text"}]},"field":"messages"}]}]}')
        return [ln, mk("node_pino", pino(30, '"reqId":"req-%s","waId":"§w:phone§","msgType":"text","queue":"ips.inbound",' % alnum(4, "abcdefghjkmnpqrstuvwxyz23456789"), "inbound message enqueued"), w=w)]
    if k == 2:
        ln = Line(F).t(pre + wa_envelope_head() + '"contacts":[{"profile":{"name":"').p(prof, "name").t('"},"wa_id":"').p(w, "phone")
        ln.t('"}],"messages":[{"from":"').p(w, "phone").t('","id":"%s","timestamp":"%d","type":"image","image":{"caption":"' % (wamid(), ts_s(t) - 2))
        ln.t(ch(["passport ", "Passport page - ", "visa page "])).p(ch([p["given"], p["short"]]), "name")
        ln.t('","mime_type":"image/jpeg","sha256":"%s","id":"%s"}}]},"field":"messages"}]}]}' % (b64rand(32), rd1(16)))
        return [ln]
    st = ch(["sent", "delivered", "read", "failed"])
    ln = Line(F).t(pre + wa_envelope_head() + '"statuses":[{"id":"%s","status":"%s","timestamp":"%d","recipient_id":"' % (wamid(), st, ts_s(t) - 3)).p(w, "phone")
    if st == "failed":
        ln.t('","errors":[{"code":131047,"title":"Re-engagement message","message":"Re-engagement message","error_data":{"details":"Message failed to send because more than 24 hours have passed since the customer last replied to this number."}}]}]},"field":"messages"}]}]}')
    else:
        ln.t('","conversation":{"id":"%s","origin":{"type":"utility"}},"pricing":{"billable":true,"pricing_model":"CBP","category":"utility"}}]},"field":"messages"}]}]}' % hexs(32))
    return [ln]


AR_CC = ("ARE", "SAU", "KWT", "QAT")
HL7LANG = {"ARE": "ara", "SAU": "ara", "KWT": "ara", "QAT": "ara", "NGA": "eng", "KEN": "swa", "PHL": "fil", "MEX": "spa", "GBR": "eng"}


# ------------------------------------------------------------------ MRZ
def mrz_name(sur, giv, width):
    s = re.sub(r"[^A-Z]+", "<", strip_acc(sur).upper()).strip("<")
    g = re.sub(r"[^A-Z]+", "<", strip_acc(giv).upper()).strip("<")
    core = (s + "<<" + g)[:width]
    return core, "<" * (width - len(core))


def td3(p):
    giv = p["given"] + (" " + p["middle"] if p["middle"] else "")
    core, fill = mrz_name(p["family"], giv, 39)
    l1 = Line("mrz")
    l1_pre = "P<" + p["cc"]
    docn = p["pp"][:9]
    docf = docn + "<" * (9 - len(docn))
    dob = fd(p["dob"], "yymmdd")
    exp = fd(p["pp_exp"], "yymmdd")
    pers = ""
    if p["cc"] in ("KWT", "QAT"):
        pers = p["natid"]
    elif p["cc"] == "ARE" and R.random() < 0.5:
        pers = p["natid"].replace("-", "")[:14]
    persf = pers + "<" * (14 - len(pers))
    pcd = mrz_cd(persf) if pers else "<"
    comp = docf + mrz_cd(docf) + dob + mrz_cd(dob) + exp + mrz_cd(exp) + persf + pcd
    sx = p["sex"]
    segs1 = [(l1_pre, None), (core, "name"), (fill, None)]
    segs2 = [(docn, "license"), (docf[len(docn):] + mrz_cd(docf) + p["cc"], None), (dob, "date"), (mrz_cd(dob) + sx, None), (exp, "date"),
             (mrz_cd(exp), None), (pers, "other_id"), (persf[len(pers):] + pcd + mrz_cd(comp), None)]
    assert len("".join(s for s, _ in segs1)) == 44 and len("".join(s for s, _ in segs2)) == 44, (segs1, segs2)
    return segs1, segs2, dob, exp


def td1_uae(p):
    docn = rd1(9)
    eid = p["natid"].replace("-", "")  # 15 digits
    l1 = "ILARE" + docn + mrz_cd(docn) + eid
    dob = fd(p["dob"], "yymmdd")
    exp = fd(dt.date(2024 + R.randint(1, 5), R.randint(1, 12), R.randint(1, 28)), "yymmdd")
    l2core = dob + mrz_cd(dob) + p["sex"] + exp + mrz_cd(exp) + "ARE" + "<" * 11
    comp = l1[5:30] + l2core[0:7] + l2core[8:15] + l2core[18:29]
    l2 = l2core + mrz_cd(comp)
    core, fill = mrz_name(p["family"], p["given"] + " " + p["middle"], 30)
    s1 = [("ILARE", None), (docn, "other_id"), (mrz_cd(docn), None), (eid, "other_id")]
    s2 = [(dob, "date"), (mrz_cd(dob) + p["sex"], None), (exp, "date"), (l2[14:], None)]
    s3 = [(core, "name"), (fill, None)]
    assert "".join(x for x, _ in s1) == l1 and "".join(x for x, _ in s2) == l2 and len(l2) == 30
    return s1, s2, s3


def b_mrz():
    p = anyp()
    F = "mrz_ocr"
    fname = "upl_%s.%s" % (hexs(8), ch(["jpg", "jpeg", "png", "pdf"]))
    if p["cc"] == "ARE" and R.random() < 0.5:
        s1, s2, s3 = td1_uae(p)
        out = [mk(F, "%s INFO  mrz_reader.pipeline file=%s type=TD1 issuer=ARE conf=0.%d lines=3" % (ts_dj(CLK.tick()).replace(",", "."), fname, R.randint(88, 99)))]
        for s in (s1, s2, s3):
            out.append(Line("mrz_raw").seg(s))
        return out
    s1, s2, dob, exp = td3(p)
    k = R.randint(1, 3)
    t = ts_dj(CLK.tick()).replace(",", ".")
    if k == 1:
        ln = Line(F).t('%s INFO  mrz_reader.pipeline file=%s type=TD3 conf=0.%d l1="' % (t, fname, R.randint(85, 99))).seg(s1).t('" l2="').seg(s2).t('"')
        return [ln]
    if k == 2:
        out = [mk(F, "----- OCR text %s page 1 (tesseract 5.3.3, lang=ocrb) -----" % fname), Line("mrz_raw").seg(s1), Line("mrz_raw").seg(s2)]
        return out
    giv = p["given"] + (" " + p["middle"] if p["middle"] else "")
    ln = Line("mrz_json").t('{"mrz_type":"TD3","valid_score":100,"type":"P<","country":"%s","number":"' % p["cc"]).p(p["pp"][:9], "license")
    ln.t('","date_of_birth":"').p(dob, "date").t('","expiration_date":"').p(exp, "date").t('","nationality":"%s","sex":"%s","names":"' % (p["cc"], p["sex"]))
    ln.p(strip_acc(giv).upper(), "name").t('","surname":"').p(strip_acc(p["family"]).upper().replace("-", " "), "name").t('","personal_number":"')
    if p["cc"] in ("KWT", "QAT"):
        ln.p(p["natid"], "other_id").t('","valid_personal_number":true')
    else:
        ln.t("<" * 14 + '","valid_personal_number":true')
    ln.t(',"valid_number":true,"valid_date_of_birth":true,"valid_expiration_date":true,"valid_composite":true,"method":"direct","file":"%s"}' % fname)
    out = [ln]
    if R.random() < 0.5:
        out.append(mk(F, "%s DEBUG mrz_reader.face face crop 240x320 q=82 file=%s b64=§ph:photo§" % (ts_dj(CLK.tick(0, 2)).replace(",", "."), fname), ph=photo_b64()))
    return out


def b_kyc():
    p = anyp()
    emb = ",".join("%.4f" % R.uniform(-0.35, 0.35) for _ in range(16))
    return [mk("idv_json", '{"ts":"%s","svc":"idv","event":"face_match","case":"§c:other_id§","doc":"passport","score":0.%d,"liveness":"pass","dims":512,"embedding_head":[§e:biometric§]}' % (ts_iso(CLK.tick()), R.randint(86, 99)),
               c=p["case"], e=emb)]


# ------------------------------------------------------------------ HL7
def hl7_xad(a, upper=True):
    f = (lambda s: strip_acc(s).upper()) if upper else (lambda s: s)
    street = f(a["street"])
    loc = f(a["loc"]) if a["loc"] else ""
    city = f(a["city"])
    if a["box"] and a["cc"] == "KEN":
        street = f(a["box"])
    return [("%s^%s^%s" % (street, loc, city), "address"), ("^%s^" % a["state"], None), (a["zip"] or "", "zip"), ("^%s^H" % a["cc"], None)]


def b_hl7():
    p = anyp()
    F = "hl7"
    t = CLK.tick()
    ev = ch(["A04", "A05", "A01", "A08"])
    cid = "IPS%s" % rd(7)
    cu = coord()
    out = [mk(F, "MSH|^~\\&|IPSAPP|LUMC|EPICADT|LUMC|%s||ADT^%s^ADT_A01|%s|P|2.5.1|||AL|NE||UNICODE UTF-8" % (ts_hl7(t), ev, cid)),
           mk(F, "EVN|%s|%s|||%s^%s^%s" % (ev, ts_hl7(t), cu[0].upper(), cu[1].split()[-1], cu[1].split()[0]))]
    up = R.random() < 0.7
    giv = p["given"] + (" " + p["middle"] if p["middle"] else "")
    pname = "%s^%s^%s" % (p["family"], p["given"], p["middle"]) if p["middle"] else "%s^%s" % (p["family"], p["given"])
    if up:
        pname = strip_acc(pname).upper()
    ln = Line(F).t("PID|1||").p(p["mrn"], "mrn").t("^^^LUMC^MR~").p(p["pp"], "license").t("^^^%s^PPN||" % p["cc"]).p(pname, "name").t("||").p(fd(p["dob"], "hl7"), "date")
    ln.t("|%s|||" % p["sex"]).seg(hl7_xad(p["addr"], up)).t("||").p(e164(p["cc"], p["nsn"]), "phone").t("^PRN^CP~^NET^Internet^").p(p["email"], "email")
    ln.t("||%s|%s||" % (HL7LANG[p["cc"]], ch(["M", "S", "W", "M"]))).p(p["acct"], "account").t("|||||||||%s" % p["cc"])
    out.append(ln)
    if R.random() < 0.7:
        r = p["rel"]
        rn = "%s^%s" % (strip_acc(r["family"]).upper(), strip_acc(r["given"]).upper()) if up else "%s^%s" % (r["family"], r["given"])
        rel_code = {"son": "CHD", "daughter": "CHD", "husband": "SPO", "wife": "SPO", "brother": "SIB", "sister": "SIB", "nephew": "OTH", "niece": "OTH"}[r["relation"]]
        out.append(Line(F).t("NK1|1|").p(rn, "name").t("|%s^%s^HL70063||" % (rel_code, r["relation"].capitalize())).p(e164(p["cc"], r["nsn"]), "phone").t("||EC^Emergency Contact"))
    if p["usrel"] and R.random() < 0.8:
        u = p["usrel"]
        a = u["addr"]
        out.append(Line(F).t("GT1|1||").p("%s^%s" % (strip_acc(p["rel"]["family"]).upper(), strip_acc(u["given"]).upper()), "name").t("||")
                   .p("%s^^%s" % (a["street"].upper(), a["city"].upper()), "address").t("^IL^").p(a["zip"], "zip").t("^USA^H|").p(ch(PHONE_FMT["USA"])(u["nsn"]), "phone")
                   .t("||||P|%s|" % u["relation"].upper()[:3]).p(u["ssn"], "ssn"))
    if p["cc"] in ISSUERS and R.random() < 0.6:
        out.append(Line(F).t("IN1|1|GL^Guarantee Letter|%s|%s||||||||" % (ISSUERS[p["cc"]][0], ISSUERS[p["cc"]][1].split(",")[0])).p(fd(p["arr"] - dt.timedelta(days=10), "hl7"), "date").t("|")
                   .p(fd(p["dep"] + dt.timedelta(days=30), "hl7"), "date").t("||GOV|").p(strip_acc("%s^%s" % (p["family"], p["given"])).upper(), "name").t("|SEL|||||||||||||||||||").p(gl_number(p), "other_id"))
    elif R.random() < 0.5:
        out.append(Line(F).t("IN1|1|INTL^International Insurance|%s|%s||||||||||||" % (alnum(5), p["hp_scheme"])).p(strip_acc("%s^%s" % (p["family"], p["given"])).upper(), "name").t("|SEL|||||||||||||||||||").p(p["hp"], "health_plan"))
    d = doc()
    admit = dt.datetime.combine(p["appt"], dt.time(R.choice([7, 8, 9, 10, 13]), ch([0, 15, 30, 45])))
    out.append(Line(F).t("PV1|1|%s|IPS^%s^^LUMC||||%s^%s^%s^^^DR|||%s||||1|||%s^%s^%s^^^DR|IO|" % (ch(["O", "I", "P"]), ch(["CARD4B", "ONC2", "ORTH3", "NSG5"]), rd1(7), d[0].upper(), d[1].upper(), ch(["CAR", "ONC", "ORT", "NSG"]), rd1(7), d[0].upper(), d[1].upper()))
               .p(p["visit"], "other_id").t("^^^LUMC^VN|||||||||||||||||||||||||").p(admit.strftime("%Y%m%d%H%M"), "date"))
    return out


def b_hl7_ack():
    t = CLK.tick()
    cid = "IPS%s" % rd(7)
    return [mk("hl7", "MSH|^~\\&|EPICADT|LUMC|IPSAPP|LUMC|%s||ACK^A04^ACK|ACK%s|P|2.5.1" % (ts_hl7(t), rd(8))), mk("hl7", "MSA|AA|%s|Message accepted" % cid)]


# ------------------------------------------------------------------ SWIFT MT103
def swift_clean(s):
    return re.sub(r"[^A-Z0-9/ ,.\-()]", " ", strip_acc(s).upper())


def b_mt103():
    p = anyp()
    F = "swift_mt103"
    t = CLK.tick()
    ref = "FT24%s%s" % (rd(3), alnum(5))
    cur = "USD"
    amt = "%d,00" % (R.randint(5, 120) * 1000)
    payer_is_person = not (p["cc"] in ISSUERS and R.random() < 0.35)
    bic = ch(BIC[p["cc"]])
    out = [mk("swift_gw", "%s swift-gw INFO  MT103 received ref=%s sender=%sXXX amount=%s%s session=%s seq=%s" % (ts_dj(t), ref, bic, cur, amt, rd(4), rd(6))),
           mk(F, "{1:F01CHASUS33AXXX%s%s}{2:O103%s%s%sXXXX%s%sN}{3:{108:MT103 %s}{121:%s}}{4:" % (rd(4), rd(6), t.strftime("%H%M"), t.strftime("%y%m%d"), bic, rd(10), t.strftime("%y%m%d%H%M"), rd(3), uuid4())),
           mk(F, ":20:" + ref), mk(F, ":23B:CRED"), mk(F, ":32A:%s%s%s" % (t.strftime("%y%m%d"), cur, amt)), mk(F, ":33B:%s%s" % (cur, amt))]
    if payer_is_person:
        who = p if R.random() < 0.5 else (p["usrel"] if p["usrel"] and False else p["rel"])
        acct = p["bank"]
        out.append(Line(F).t(":50K:/").p(acct, "account"))
        out.append(Line(F).p(swift_clean(who["full"])[:35], "name"))
        a = p["addr"]
        l3 = swift_clean(a["box"] if (a["box"] and a["cc"] in ("ARE", "KEN")) else a["street"])[:35]
        out.append(Line(F).p(l3, "address"))
        ln = Line(F).p(swift_clean(a["city"]), "address")
        if a["zip"]:
            ln.t(" ").p(a["zip"], "zip")
        ln.t(" " + C2[a["cc"]])
        out.append(ln)
    else:
        iss = ISSUERS[p["cc"]]
        out += [mk(F, ":50K:/%s" % bank_acct(p["cc"])), mk(F, swift_clean(iss[1].split(",")[0])[:35]), mk(F, "WASHINGTON DC US")]
    out += [mk(F, ":52A:" + bic), mk(F, ":57A:CHASUS33"), mk(F, ":59:/000987654321"), mk(F, "LAKESHORE UNIVERSITY MEDICAL CENTER"), mk(F, "1200 N LAKE SHORE DR CHICAGO IL")]
    k = R.randint(1, 3)
    if k == 1:
        out.append(Line(F).t(":70:/RFB/").p(p["case"], "other_id").t(" DEPOSIT MRN ").p(p["mrn"], "mrn"))
    elif k == 2:
        out.append(Line(F).t(":70:MEDICAL DEPOSIT PT ").p(swift_clean(p["short"])[:25], "name"))
        out.append(Line(F).t("DOB ").p(fd(p["dob"], "dmy"), "date").t(" REF ").p(p["fref"], "other_id"))
    else:
        out.append(Line(F).t(":70:INV IPS-R-2024-%04d TREATMENT ADVANCE" % R.randint(100, 999)))
    out += [mk(F, ":71A:" + ch(["OUR", "SHA", "BEN"])), mk(F, "-}{5:{MAC:%s}{CHK:%s}}" % (hexs(8).upper(), hexs(12).upper()))]
    return out


# ------------------------------------------------------------------ letters
def b_letter():
    p = ch(VISA)
    F = "letter_text"
    r = p["rel"]
    issue = REF_DAY - dt.timedelta(days=R.randint(0, 10))
    out = [mk(F, "LAKESHORE UNIVERSITY MEDICAL CENTER | International Patient Services | 1200 N Lake Shore Drive, Chicago, IL 60611, USA | +1 312 555 0142 | ips@lakeshoremc.org"),
           mk(F, "Date: %s        Our ref: IPS/VL/2024/%04d" % (fd(issue, "long"), R.randint(100, 999))),
           mk(F, "To: Consular Section, %s" % CONSULATE[p["cc"]]),
           mk(F, "Subject: Medical treatment (B-2) - %s §n:name§, Passport No. §pp:license§, Date of Birth §d:date§" % p["title"],
              n=nm(p, "upper"), pp=p["pp"], d=fd(p["dob"], ch(["long", "dmy", "DMON"]))),
           mk(F, "This is to confirm that %s §n:name§ has been accepted for %s evaluation at our institution, with a first appointment on §a:date§. Treatment is expected to last approximately %d weeks." % (p["title"], p["specialty"], R.randint(3, 10)),
              n=nm(p, "short"), a=fd(p["appt"], ch(["long", "us"])))]
    if R.random() < 0.8:
        out.append(mk(F, "%s will be accompanied by %s %s, §r:name§ (Passport No. §rp:license§), who will act as caregiver during the stay." % (p["he"], p["his"], r["relation"]),
                      r=r["full"], rp=r["pp"]))
    if p["age"] > 89:
        out.append(mk(F, "Given the patient's age (§g:age§ years), wheelchair assistance has been arranged on arrival.", g=str(p["age"])))
    if p["usrel"] and R.random() < 0.7:
        u = p["usrel"]
        out.append(Line(F).t("The remaining balance is guaranteed by %s %s, " % (p["his"], u["relation"])).p(u["full"], "name").t(", residing at ").seg(addr_segs(u["addr"])).t("."))
    elif p["cc"] in ISSUERS and R.random() < 0.6:
        out.append(mk(F, "The cost of treatment is guaranteed by the %s under guarantee letter §g:other_id§." % ISSUERS[p["cc"]][1].split(",")[0], g=gl_number(p)))
    else:
        out.append(mk(F, "An advance deposit of USD %s has been received against an estimated cost of USD %s." % ("{:,.2f}".format(R.randint(10, 60) * 1000), "{:,.2f}".format(R.randint(60, 250) * 1000))))
    out += [mk(F, "Please do not hesitate to contact our office at +1 312 555 0142 or ips@lakeshoremc.org should you require further information."),
            mk(F, "Sincerely, %s, MHA - Manager, International Patient Services" % COORD[0][1])]
    return out


def b_letter_json():
    p = ch(VISA)
    body = [("Dear Consular Officer,\\n\\nRe: ", None), (nm(p, "full"), "name"), (", passport ", None), (p["pp"], "license"), (", born ", None),
            (fd(p["dob"], "long"), "date"), ("\\n\\nWe confirm that the above patient is scheduled for %s care at Lakeshore University Medical Center beginning " % p["specialty"], None),
            (fd(p["appt"], "long"), "date"), (".\\nCase reference: ", None), (p["case"], "other_id"), ("\\n\\nSincerely,\\nInternational Patient Services", None)]
    ln = Line("letter_json").t('{"ts":"%s","event":"letter.rendered","letter_id":"VL-2024-%04d","template":"visa_invite_v3","lang":"en","to":"%s","pages":2,"body":"' % (ts_iso(CLK.tick()), R.randint(100, 999), CONSULATE[p["cc"]]))
    ln.seg(body).t('"}')
    return [ln]


# ------------------------------------------------------------------ guarantee letters
def b_gl_xml():
    p = ch([x for x in PERSONAS if x["cc"] in ISSUERS])
    iss = ISSUERS[p["cc"]]
    r = p["rel"]
    vf = p["arr"] - dt.timedelta(days=R.randint(5, 20))
    vt = p["dep"] + dt.timedelta(days=R.randint(20, 90))
    idtag = {"KWT": "CivilID", "SAU": "NationalID", "ARE": "EmiratesID", "QAT": "QID", "NGA": "NIN", "KEN": "NationalID", "PHL": "PSN"}[p["cc"]]
    ln = Line("gl_xml").t('<?xml version="1.0" encoding="UTF-8"?><GuaranteeLetter xmlns="urn:lumc:ips:gl:1" version="1.2"><Issuer code="%s">%s</Issuer><GLNumber>' % (iss[0], iss[1]))
    ln.p(gl_number(p), "other_id").t("</GLNumber><IssueDate>%s</IssueDate><Patient><FullName>" % fd(REF_DAY - dt.timedelta(days=R.randint(1, 20)), "iso"))
    ln.p(nm(p, ch(["full", "upper"])), "name").t("</FullName><%s>" % idtag).p(p["natid"], "other_id").t("</%s><Passport>" % idtag).p(p["pp"], "license")
    ln.t("</Passport><DOB>").p(fd(p["dob"], "iso"), "date").t("</DOB><Sex>%s</Sex></Patient>" % p["sex"])
    if R.random() < 0.7:
        ln.t("<Escort><Name>").p(r["full"], "name").t("</Name><Relation>%s</Relation></Escort>" % r["relation"])
    ln.t('<Coverage currency="USD" limit="%d.00" escortLodging="%s"/><ValidFrom>' % (R.randint(5, 40) * 10000, ch(["true", "false"]))).p(fd(vf, "iso"), "date").t("</ValidFrom><ValidTo>").p(fd(vt, "iso"), "date")
    ln.t("</ValidTo><Services>%s evaluation and treatment</Services></GuaranteeLetter>" % p["specialty"].capitalize())
    return [mk("gl_ingest", "%s INFO  gl-ingest received document from %s portal bytes=%d sha256=%s" % (ts_dj(CLK.tick()), iss[0], R.randint(1800, 4800), hexs(64))), ln]


def b_gl_ocr():
    p = ch([x for x in PERSONAS if x["cc"] in ISSUERS])
    iss = ISSUERS[p["cc"]]
    F = "gl_ocr"
    r = p["rel"]
    ar = iss[2] is not None
    vf = p["arr"] - dt.timedelta(days=R.randint(5, 20))
    vt = p["dep"] + dt.timedelta(days=R.randint(20, 90))
    out = [mk("gl_ingest", "%s INFO  ocr-worker page=1/1 doc=gl_%s.pdf engine=tesseract lang=%s" % (ts_dj(CLK.tick()), hexs(8), "ara+eng" if ar else "eng"))]
    out.append(mk(F, ("%s / %s" % (iss[2], iss[1])) if ar else iss[1].upper()))
    out.append(mk(F, ("رقم الكتاب / Letter No.: §g:other_id§     التاريخ / Date: %s" if ar else "Our Ref: §g:other_id§          Date: %s") % fd(REF_DAY - dt.timedelta(days=R.randint(2, 25)), "dmy"), g=gl_number(p)))
    out.append(mk(F, ("اسم المريض / Patient Name: §n:name§" if ar else "RE: LETTER OF GUARANTEE - §n:name§"), n=nm(p, "upper")))
    idl = {"KWT": "الرقم المدني / Civil ID", "SAU": "رقم الهوية / National ID", "ARE": "رقم الهوية / Emirates ID", "QAT": "الرقم الشخصي / QID",
           "NGA": "NIN", "KEN": "ID No.", "PHL": "PhilSys No."}[p["cc"]]
    out.append(mk(F, "%s: §i:other_id§     %s: §pp:license§" % (idl, "رقم الجواز / Passport" if ar else "Passport No."), i=p["natid"], pp=p["pp"]))
    if ar:
        ln = Line(F).t("تاريخ الميلاد / Date of Birth: ").p(fd(p["dob"], "dmy"), "date")
        if p["cc"] == "SAU":
            ln.t("  (").p(hijri(p["dob"]), "date").t(" هـ)")
        out.append(ln)
    else:
        out.append(mk(F, "Date of Birth: §d:date§", d=fd(p["dob"], "DMON")))
    if R.random() < 0.7:
        out.append(mk(F, ("المرافق / Companion: §r:name§ (%s)" if ar else "Accompanied by: §r:name§ (%s)") % r["relation"], r=nm(r, "full") if False else r["full"]))
    out.append(mk(F, "The Embassy hereby guarantees payment of medical expenses up to USD %s for the period §a:date§ - §b:date§." % "{:,}".format(R.randint(5, 40) * 10000),
                  a=fd(vf, "dmy"), b=fd(vt, "dmy")))
    out.append(mk(F, "%s - Tel +1 202 555 01%02d - Fax +1 202 555 01%02d" % (iss[3], R.randint(30, 49), R.randint(50, 69))))
    return out


# ------------------------------------------------------------------ interpreter CSV
DIALECT = {("ARE", "ara"): "Gulf", ("KWT", "ara"): "Gulf", ("QAT", "ara"): "Gulf", ("SAU", "ara"): "Najdi", ("KEN", "swa"): "Coastal",
           ("MEX", "spa"): "Norteño", ("PHL", "tgl"): "Manila", ("NGA", "yor"): "Oyo"}
INT_HDR = "booking_id,created_utc,mrn,patient_name,lang,dialect,modality,appt_start,appt_end,dept,interpreter_id,vendor,status"


def b_interp():
    F = "interp_csv"
    out = [mk("interp_export", "%s INFO  interp-export: nightly export started target=s3://lumc-ips-exports/interp/%s.csv" % (ts_dj(CLK.tick()), REF_DAY.isoformat())), mk(F, INT_HDR)]
    for _ in range(R.randint(2, 5)):
        t = CLK.tick(0, 3)
        bid = "IB-%s-%04d" % (t.strftime("%y%m%d"), R.randint(1, 300))
        dept = ch(["Cardiology 4B", "Oncology 2", "Ortho Clinic 3", "Neurosurgery 5", "Transplant 6W", "Radiology B1"])
        if R.random() < 0.65:
            p = ch([x for x in PERSONAS if LANG3[x["cc"]]])
            lang = LANG3[p["cc"]] if isinstance(LANG3[p["cc"]], str) else ch(LANG3[p["cc"]])
            it = ch([x for x in INTERP if x[2] == lang] or INTERP)
            st = dt.datetime.combine(p["appt"], dt.time(ch([8, 9, 10, 13, 14]), ch([0, 30])))
            en = st + dt.timedelta(minutes=ch([60, 90, 120]))
            pn = nm(p, ch(["last_first", "LAST_first", "short"]))
            pn_csv = '"%s"' % pn if "," in pn else pn
            ln = Line(F).t("%s,%s," % (bid, ts_isos(t))).p(p["mrn"], "mrn").t(",")
            if pn_csv.startswith('"'):
                ln.t('"').p(pn, "name").t('"')
            else:
                ln.p(pn, "name")
            ln.t(",%s,%s,%s," % (lang, DIALECT.get((p["cc"], lang), ""), ch(["in_person", "vri", "opi"])))
            ln.p(st.strftime("%Y-%m-%d"), "date").t(st.strftime(" %H:%M") + ",").p(en.strftime("%Y-%m-%d"), "date").t(en.strftime(" %H:%M"))
            ln.t(",%s,%s,%s,%s" % (dept, it[0], ch(["in-house", "GlobalTalk", "LinguaLink"]), ch(["confirmed", "confirmed", "requested", "completed"])))
            out.append(ln)
        else:
            it = ch(INTERP)
            st = dt.datetime.combine(rdate(dt.date(2024, 3, 15), dt.date(2024, 5, 1)), dt.time(ch([8, 9, 13]), 0))
            out.append(mk(F, "%s,%s,,,%s,,%s,%s,%s,%s,%s,%s,hold" % (bid, ts_isos(t), it[2], ch(["vri", "in_person"]), st.strftime("%Y-%m-%d %H:%M"), (st + dt.timedelta(hours=1)).strftime("%Y-%m-%d %H:%M"), dept, it[0], ch(["in-house", "GlobalTalk"]))))
    return out


# ------------------------------------------------------------------ translation
def b_translation():
    p = anyp()
    k = R.randint(1, 3)
    job = "TRJ-2024-%05d" % R.randint(1000, 3000)
    src = {"ARE": "ar", "SAU": "ar", "KWT": "ar", "QAT": "ar", "NGA": "en", "KEN": "sw", "PHL": "fil", "MEX": "es", "GBR": "en"}[p["cc"]]
    if k == 1:
        return [mk("tms_json", '{"jobId":"%s","event":"job.created","sourceLanguage":"%s","targetLanguage":"en-US","documentType":"%s","pageCount":%d,"certified":%s,"patient":{"name":"§n:name§","mrn":"§m:mrn§","dateOfBirth":"§d:date§"},"dueAt":"%s","vendor":"LinguaMed"}' %
                   (job, src, ch(["discharge_summary", "operative_report", "pathology_report", "imaging_report", "lab_results"]), R.randint(1, 14), ch(["true", "false"]), ts_isos(CLK.tick() + dt.timedelta(days=2))),
                   n=nm(p, "full"), m=p["mrn"], d=fd(p["dob"], "iso"))]
    if k == 2:
        return [mk("tms_manifest", "%s|%s>en|%s|%d|§n:name§|§m:mrn§|§d:date§|%s" % (job, src, ch(["lab_results", "echo_report", "ct_report", "discharge_summary"]), R.randint(1, 9), ch(["STD", "CERT", "RUSH"])),
                   n=("%s %s" % (strip_acc(p["family"]).upper(), strip_acc(p["given"]).upper())), m=p["mrn"], d=fd(p["dob"], "hl7"))]
    seg = "seg=%d/%d" % (R.randint(1, 40), R.randint(41, 260))
    adm = rdate(dt.date(2023, 6, 1), dt.date(2024, 2, 28))
    ln = Line("tms_qa").t("%s tms.qa job=%s %s " % (ts_dj(CLK.tick()), job, seg))
    if p["cc"] in AR_CC:
        ln.t('src="اسم المريض: ').p(p["ar"], "name").t("، العمر: %d سنة، تاريخ الدخول: " % p["age"]).p(fd(adm, "ymd_slash"), "date")
        ln.t('" tgt="Patient name: ').p(p["full"], "name").t(", Age: %d years, Admission date: " % p["age"]).p(fd(adm, "dmy"), "date").t('"')
    elif p["cc"] == "MEX":
        ln.t('src="Paciente: ').p(p["full"], "name").t(", Edad: ")
        (ln.p(str(p["age"]), "age") if p["age"] > 89 else ln.t(str(p["age"])))
        ln.t(" años, Fecha de ingreso: ").p(fd(adm, "dmy"), "date").t('" tgt="Patient: ').p(p["full"], "name").t(", Age: ")
        (ln.p(str(p["age"]), "age") if p["age"] > 89 else ln.t(str(p["age"])))
        ln.t(" years, Admission date: ").p(fd(adm, "mdy"), "date").t('"')
    else:
        if R.random() < 0.5:
            sn = ch(["RNB", "PJN", "NWR"]) + rd(6) + ch(["S", "H", "G"])
            ln.t('src="Implanted device: dual-chamber pacemaker, serial no. ').p(sn, "device").t(", implanted ").p(fd(adm, "dmy"), "date").t('" check=terminology status=pass')
        else:
            ln.t('src="Name: ').p(p["full"], "name").t("; Age: ")
            (ln.p(str(p["age"]), "age") if p["age"] > 89 else ln.t(str(p["age"])))
            ln.t("; Date of admission: ").p(fd(adm, "dmy"), "date").t('" check=numbers status=pass')
    return [ln]


# ------------------------------------------------------------------ travel (logfmt)
def travel_head(lvl="info"):
    return "ts=%s level=%s svc=travel-desk " % (ts_isos(CLK.tick()), lvl)


def b_travel():
    p = anyp()
    F = "travel_logfmt"
    k = R.randint(1, 4)
    bk = "TRV-%d" % R.randint(80000, 99999)
    if k == 1:
        arr = dt.datetime.combine(p["arr"], dt.time(R.randint(5, 22), ch([5, 20, 35, 50])))
        return [mk(F, travel_head() + 'event=pickup.booked booking=%s guest="§n:name§" pnr=§pnr:other_id§ pax=%d flight=%s arr="§a:date§ %s" airport=ORD terminal=%d wheelchair=%s contact="§ph:phone§"' %
                   (bk, R.randint(1, 4), p["flight"], arr.strftime("%H:%M"), ch([1, 3, 5]), ch(["true", "false"])),
                   n=nm(p, ch(["full", "short", "upper"])), pnr=p["pnr"], a=fd(p["arr"], "iso"), ph=phone_any(p["cc"], ch([p["nsn"], p["rel"]["nsn"]])))]
    if k == 2:
        return [mk(F, travel_head() + 'event=hotel.confirmed booking=%s hotel="%s" conf=§c:other_id§ guest="§n:name§" checkin=§i:date§ checkout=§o:date§ room=%s rate_usd=%d.00' %
                   (bk, ch(["Residence Inn Chicago Downtown", "Lakeshore Suites", "Homewood Suites Magnificent Mile"]), ch(["accessible_king", "2q_suite", "king_kitchenette"]), R.randint(159, 329)),
                   c=p["hotel_conf"], n=nm(p, "last_first"), i=fd(p["arr"], "iso"), o=fd(p["dep"], "iso"))]
    if k == 3:
        new = dt.datetime.combine(p["arr"] + dt.timedelta(days=1), dt.time(R.randint(6, 22), ch([0, 15, 40])))
        return [mk(F, travel_head("warn") + 'event=flight.changed booking=%s guest="§n:name§" old=%s new=%s new_arr=§a:date§ notify=whatsapp:§w:phone§' %
                   (bk, p["flight"], p["flight"][:-1] + str((int(p["flight"][-1]) + 2) % 10), ),
                   n=nm(p, "short"), a=new.strftime("%Y-%m-%dT%H:%M:00-05:00"), w=wa_id(p["cc"], p["nsn"]))]
    return [mk(F, travel_head() + 'event=dropoff.booked booking=%s guest="§n:name§" pickup="Lakeshore Suites" dest=ORD depart=§d:date§ driver="%s" vehicle_plate="IL %s" vehicle="Chevrolet Suburban"' %
               (bk, ch(["Marcus Bell", "Tomasz Nowak", "Kwame Asante"]), alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + " " + rd(5)),
               n=nm(p, "upper"), d=fd(p["dep"], "iso"))]


# ------------------------------------------------------------------ payments
def b_payment():
    p = anyp()
    k = R.randint(1, 2)
    t = CLK.tick()
    if k == 1:
        payer = p if R.random() < 0.5 else p["rel"]
        fx = {"ARE": ("AED", 3.6725), "SAU": ("SAR", 3.75), "KWT": ("KWD", 0.3074), "QAT": ("QAR", 3.64), "NGA": ("NGN", 1593.2),
              "KEN": ("KES", 131.85), "PHL": ("PHP", 55.94), "MEX": ("MXN", 16.81), "GBR": ("GBP", 0.7852)}[p["cc"]]
        usd = R.randint(5, 80) * 1000
        ln = Line("payment_webhook").t('{"id":"evt_%s","type":"payment.delivered","created_at":"%s","data":{"payment_id":"PGX%s","status":"delivered","amount_from":{"value":"%.2f","currency":"%s"},"amount_to":{"value":"%d.00","currency":"USD"},"payer":{"first_name":"' %
                                       (hexs(24), ts_isos(t), alnum(6), usd * fx[1], fx[0], usd))
        ln.p(payer["given"], "name").t('","last_name":"').p(payer.get("family", p["family"]), "name").t('","email":"').p(payer["email"], "email").t('","phone":"').p(e164(p["cc"], payer["nsn"]), "phone")
        ln.t('","country":"%s","address1":"' % C2[p["cc"]]).p(addr_street_segs(p["addr"]), "address").t('","city":"').p(p["addr"]["city"], "address").t('","postal_code":"').p(p["addr"]["zip"] or "", "zip")
        ln.t('"},"fields":{"patient_name":"').p(p["full"], "name").t('","patient_mrn":"').p(p["mrn"], "mrn").t('","invoice":"INV-2024-%05d"}}}' % R.randint(10000, 19999))
        return [ln]
    pan = luhn_pan(ch(["4", "51", "52", "5412"]), 16)
    pan_f = ch([pan, " ".join(pan[i:i + 4] for i in range(0, 16, 4))])
    return [mk("django", "[%s] ERROR [ips.deposits.card:58] Gateway declined card_number=§c:account§ holder=\"§n:name§\" amount=USD %s code=05 do_not_honor avs=N" % (ts_dj(t), "{:,.2f}".format(R.randint(2, 30) * 1000)),
               c=pan_f, n=strip_acc(nm(ch([p, p["rel"]]), "full")).upper())]


def b_phone():
    p = anyp()
    F = "phonenorm"
    t = ts_dj(CLK.tick()).replace(",", ".")
    who = ch([p["nsn"], p["rel"]["nsn"]])
    if R.random() < 0.75:
        return [mk(F, "%s DEBUG phonenorm raw='§a:phone§' region=%s -> e164=§b:phone§ type=MOBILE carrier=\"%s\" valid=True" % (t, C2[p["cc"]], ch(CARRIER[p["cc"]])),
                   a=phone_any(p["cc"], who), b=e164(p["cc"], who))]
    return [mk(F, "%s WARNING phonenorm cannot parse raw='§a:phone§' region=None: INVALID_COUNTRY_CODE (contact_id=%d)" % (t, R.randint(1000, 9000)),
               a=ch(PHONE_FMT[p["cc"]][1:])(who).lstrip("+"))]


def crm_head(p):
    return "%s|NOTE|§c:other_id§|%s|" % (CLK.tick().strftime("%Y-%m-%d %H:%M"), coord()[0])


def b_note():
    p = anyp()
    r = p["rel"]
    F = "crm_note"
    k = R.randint(1, 7)
    if k == 1:
        return [mk(F, crm_head(p) + '"Called %s §rg:name§ on §ph:phone§: pt §n:name§ confirmed arrival §a:date§ on %s. Needs wheelchair at ORD."' % (r["relation"], p["flight"]),
                   c=p["case"], rg=r["given"], ph=phone_any(p["cc"], r["nsn"]), n=nm(p, ch(["lower", "short"])), a=fd(p["arr"], ch(["dm", "monD", "dmy"])))]
    if k == 2:
        q = ch(OLD) if R.random() < 0.6 else p
        if q["age"] > 89:
            return [mk(F, crm_head(q) + '"Pt is §g:age§ y/o, lives alone in §city:address§; %s §r:name§ travels as escort. Ground-floor hotel room requested."' % (q["rel"]["relation"]),
                       c=q["case"], g=str(q["age"]), city=q["addr"]["city"], r=q["rel"]["full"])]
        return [mk(F, crm_head(q) + '"Pt is %d y/o, lives in §city:address§; %s §r:name§ travels as escort."' % (q["age"], q["rel"]["relation"]),
                   c=q["case"], city=q["addr"]["city"], r=q["rel"]["full"])]
    if k == 3 and p["cc"] in ISSUERS:
        return [mk(F, crm_head(p) + '"Embassy GL §g:other_id§ received; coverage excludes escort lodging. Informed §rg:name§ by email (§e:email§)."',
                   c=p["case"], g=gl_number(p), rg=r["given"], e=r["email"])]
    if k == 4:
        pre, sn = ch([("SN ", "2219" + rd(7)), ("S/N ", alnum(10)), ("serial ", rd1(11))])
        return [mk(F, crm_head(p) + '"Pt bringing home %s (%s§sn:device§) - needs 110V adapter, biomed to check on admission."' % (ch(["CPAP ResMed AirSense 10", "insulin pump Medtronic 780G", "Philips DreamStation"]), pre),
                   c=p["case"], sn=sn)]
    if k == 5 and p["usrel"]:
        u = p["usrel"]
        return [Line(F).t(CLK.tick().strftime("%Y-%m-%d %H:%M") + "|NOTE|").p(p["case"], "other_id").t("|%s|" % coord()[0]).t('"%s (US resident) ' % u["relation"].capitalize())
                .p(u["full"], "name").t(" will sign guarantor form; SSN ").p(u["ssn"], "ssn").t(", ").seg(addr_segs(u["addr"])).t(", cell ").p(ch(PHONE_FMT["USA"])(u["nsn"]), "phone").t('."')]
    if k == 6:
        return [mk(F, crm_head(p) + '"DS-160 §ds:other_id§ submitted, interview at %s on §v:date§. Pt asked for appt letter in %s too."' % (CONSULATE.get(p["cc"], "U.S. Embassy London"), {"ar": "Arabic", "es": "Spanish"}.get(LANG[p["cc"]], "English")),
                   c=p["case"], ds=p["ds160"], v=fd(p["visa_int"], ch(["dmy", "long", "smdy"])))]
    if k == 7 and p["cc"] == "MEX":
        v = vin(ch(["3VW", "3N1", "3GN", "3FA"]))
        return [mk(F, crm_head(p) + '"Family driving from %s; parking validation for plate §pl:vehicle§ (%s), VIN §v:vehicle§."' % (p["addr"]["city"], p["addr"]["region"]),
                   c=p["case"], pl="%s-%s-%s" % (RL(3), rd(3), RL(1)), v=v)]
    return b_note()


def relay_for(addr):
    d = addr.split("@")[1]
    if d == "gmail.com":
        return "gmail-smtp-in.l.google.com[142.250.102.27]:25"
    if d.startswith("yahoo") or d == "ymail.com":
        return "mta7.am0.yahoodns.net[67.195.204.77]:25"
    if d.startswith("hotmail") or d.startswith("outlook") or d.startswith("live"):
        return "%s.olc.protection.outlook.com[52.101.40.8]:25" % d.replace(".", "-")
    return "mx1.%s[%d.%d.%d.%d]:25" % (d, R.randint(80, 200), R.randint(1, 254), R.randint(1, 254), R.randint(1, 254))


def b_postfix():
    p = anyp()
    t = CLK.tick()
    qid = alnum(11, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")
    to = ch([p["email"], p["rel"]["email"]])
    out = [mk("postfix", "%s mx1 postfix/qmgr[1187]: %s: from=<ips-noreply@lakeshoremc.org>, size=%d, nrcpt=1 (queue active)" % (ts_sys(t), qid, R.randint(4000, 380000)))]
    if R.random() < 0.8:
        out.append(mk("postfix", "%s mx1 postfix/smtp[%d]: %s: to=<§e:email§>, relay=%s, delay=%.1f, delays=0.%d/0.0%d/0.%d/0.%d, dsn=2.0.0, status=sent (250 2.0.0 OK  %d %s)" %
                      (ts_sys(t + dt.timedelta(seconds=1)), R.randint(20000, 29999), qid, relay_for(to),
                       R.uniform(0.4, 3), R.randint(1, 9), R.randint(1, 9), R.randint(1, 9), R.randint(1, 9), ts_s(t), alnum(20, "abcdefghijklmnopqrstuvwxyz0123456789")), e=to))
    else:
        out.append(mk("postfix", "%s mx1 postfix/smtp[%d]: %s: to=<§e:email§>, relay=none, delay=0.2, dsn=5.1.1, status=bounced (host mx.%s said: 550 5.1.1 <§e2:email§>: Recipient address rejected: User unknown)" %
                      (ts_sys(t + dt.timedelta(seconds=1)), R.randint(20000, 29999), qid, to.split("@")[1]), e=to, e2=to))
    out.append(mk("postfix", "%s mx1 postfix/qmgr[1187]: %s: removed" % (ts_sys(t + dt.timedelta(seconds=2)), qid)))
    return out


def b_pg():
    p = anyp()
    t = CLK.tick()
    pid = R.randint(2000, 9000)
    if R.random() < 0.5:
        return [mk("postgres", "%s [%d] ips_app@ips_prod LOG:  duration: %.3f ms  statement: SELECT id, mrn, case_no FROM patients_patient WHERE passport_number = '§pp:license§' AND nationality = '%s'" % (ts_pg(t), pid, R.uniform(500, 4000), p["cc"]),
                   pp=p["pp"])]
    return [mk("postgres", "%s [%d] ips_app@ips_prod ERROR:  duplicate key value violates unique constraint \"patients_contact_phone_e164_key\"" % (ts_pg(t), pid)),
            mk("postgres", "%s [%d] ips_app@ips_prod DETAIL:  Key (phone_e164)=(§ph:phone§) already exists." % (ts_pg(t), pid), ph=e164(p["cc"], p["nsn"]))]


def b_audit():
    p = anyp()
    a2 = make_addr(p["cc"])
    c = ch(COORD)[0]
    ln = Line("audit_json").t('{"ts":"%s","actor":"%s","action":"update","model":"patients.Patient","object_id":%d,"changes":{"mobile_phone":["' % (ts_iso(CLK.tick()), c, R.randint(300, 900)))
    ln.p(e164(p["cc"], p["nsn"]), "phone").t('","').p(e164(p["cc"], p["nsn2"]), "phone").t('"],"address_line1":["').p(p["addr"]["street"], "address").t('","').p(a2["street"], "address")
    ln.t('"]},"ip":"10.20.%d.%d","request_id":"%s"}' % (R.randint(1, 9), R.randint(2, 250), uuid4()))
    return [ln]


def b_intake(p=None):
    p = p or anyp()
    t = CLK.tick()
    a = p["addr"]
    if p["cc"] == "MEX":
        ln = Line("intake_es").t('{"form":"intake_mx_v2","submitted_at":"%s","nombre":"' % ts_iso(t)).p(p["given"], "name").t('","apellido_paterno":"').p(p["fam1"], "name")
        ln.t('","apellido_materno":"').p(p["fam2"], "name").t('","fecha_nacimiento":"').p(fd(p["dob"], "dmy"), "date").t('","curp":"').p(p["natid"], "other_id")
        ln.t('","telefono_celular":"').p(phone_any("MEX", p["nsn"]), "phone").t('","correo":"').p(p["email"], "email").t('","domicilio":{"calle":"').p(a["street"], "address")
        ln.t('","colonia":"').p(a["loc"], "address").t('","municipio":"').p(a["city"], "address").t('","estado":"%s","cp":"' % a["region"]).p(a["zip"], "zip")
        ln.t('"},"aseguradora":"%s","poliza":"' % p["hp_scheme"]).p(p["hp"], "health_plan").t('","motivo":"%s","idioma":"es"}' % ch(["segunda opinión oncología", "valoración cardiología", "cirugía de columna"]))
        return [ln]
    r = p["rel"]
    ln = Line("intake_json").t('{"form":"intake_v3","submitted_at":"%s","referral_id":"' % ts_iso(t)).p(p["fref"], "other_id").t('","first_name":"').p(p["given"], "name").t('","last_name":"').p(p["family"], "name")
    ln.t('","dob":"').p(fd(p["dob"], ch(["dmy", "iso", "mdy"])), "date").t('","gender":"%s","nationality":"%s","passport_no":"' % (p["sex"], p["cc"])).p(p["pp"], "license")
    ln.t('","mobile":"').p(phone_any(p["cc"], p["nsn"]), "phone").t('","whatsapp":"').p(e164(p["cc"], p["nsn"]), "phone").t('","email":"').p(p["email"], "email")
    ln.t('","home_address":"').seg(addr_segs(p["addr"])).t('","national_id":"').p(p["natid"], "other_id")
    if p["cc"] == "GBR":
        ln.t('","esta_app_no":"').p(alnum(16), "other_id")
    ln.t('","insurer":"%s","member_no":"' % p["hp_scheme"]).p(p["hp"], "health_plan").t('","preferred_language":"%s","escort":{"name":"' % LANG[p["cc"]]).p(r["full"], "name")
    ln.t('","relation":"%s","mobile":"' % r["relation"]).p(phone_any(p["cc"], r["nsn"]), "phone").t('"},"consent_whatsapp":true}')
    return [ln]


def b_old():
    q = ch(OLD)
    k = R.randint(1, 3)
    if k == 1:
        return [mk("crm_note", crm_head(q) + '"Pt is §g:age§ y/o, lives alone in §city:address§; %s §r:name§ travels as escort. Ground-floor hotel room requested."' % q["rel"]["relation"],
                   c=q["case"], g=str(q["age"]), city=q["addr"]["city"], r=q["rel"]["full"])]
    if k == 2:
        return [mk("django", dj_head("WARNING", "ips.travel.fitness", 58) + "Fit-to-fly letter required: §n:name§ age=§g:age§ dob=§d:date§ flight=%s arr=§a:date§" % q["flight"],
                   n=nm(q, "LAST_first"), g=str(q["age"]), d=fd(q["dob"], "iso"), a=fd(q["arr"], "iso"))]
    return [mk("tms_qa", "%s tms.qa job=TRJ-2024-%05d seg=3/88 src=\"Name: §n:name§; Age: §g:age§; DOB: §d:date§\" check=numbers status=pass" % (ts_dj(CLK.tick()), R.randint(1000, 3000)),
               n=q["full"], g=str(q["age"]), d=fd(q["dob"], "dmy"))]


def b_device():
    p = anyp()
    if R.random() < 0.5:
        sn = ch(["RNB", "PJN", "NWR"]) + rd(6) + ch(["S", "H", "G"])
        return [mk("tms_qa", '%s tms.qa job=TRJ-2024-%05d seg=%d/140 src="Implanted device: dual-chamber pacemaker, serial no. §sn:device§, implanted §d:date§" check=terminology status=pass' % (ts_dj(CLK.tick()), R.randint(1000, 3000), R.randint(5, 60)),
                   sn=sn, d=fd(rdate(dt.date(2015, 1, 1), dt.date(2023, 12, 31)), "dmy"))]
    pre, sn = ch([("SN ", "2219" + rd(7)), ("S/N ", alnum(10)), ("serial ", rd1(11))])
    return [mk("crm_note", crm_head(p) + '"Pt bringing home %s (%s§sn:device§) - needs 110V adapter, biomed to check on admission."' % (ch(["CPAP ResMed AirSense 10", "insulin pump Medtronic 780G", "Philips DreamStation"]), pre),
               c=p["case"], sn=sn)]


def b_intake_mx():
    return b_intake(ch([x for x in PERSONAS if x["cc"] == "MEX"]))


def b_guarantor():
    p = ch([x for x in PERSONAS if x["usrel"]])
    u = p["usrel"]
    ln = Line("django").t(dj_head("INFO", "ips.billing.guarantors", 104) + "Guarantor form signed case=").p(p["case"], "other_id").t(' name="').p(nm(u, "full"), "name")
    ln.t('" relationship=%s ssn=' % u["relation"]).p(u["ssn"] if R.random() < 0.6 else u["ssn"].replace("-", ""), "ssn").t(' addr="').seg(addr_segs(u["addr"])).t('" phone=').p(ch(PHONE_FMT["USA"])(u["nsn"]), "phone")
    ln.t(" email=").p(u["email"], "email").t(" esign_id=%s" % uuid4())
    return [ln]


def b_fax():
    p = ch([x for x in PERSONAS if x["cc"] in ("KEN", "NGA", "MEX", "PHL")])
    t = CLK.tick()
    land = {"KEN": lambda: ("20" + rd1(7), lambda n: "+254 %s %s" % (n[:2], n[2:])), "NGA": lambda: ("1" + rd1(7), lambda n: "+234 %s %s %s" % (n[:1], n[1:4], n[4:])),
            "MEX": lambda: ("81" + rd1(8), lambda n: "+52 %s %s %s" % (n[:2], n[2:6], n[6:])), "PHL": lambda: ("2" + rd1(8), lambda n: "+63 %s %s %s" % (n[:1], n[1:5], n[5:]))}[p["cc"]]
    n, f = land()
    fid = "%08d" % R.randint(800, 1200)
    return [mk("hylafax", "%s\tRECV\t%s\tttyIAX%d\t§a:fax§\t\"\"\t%d\t14400\t0:0%d:%02d\t\"\"" % (t.strftime("%m/%d/%y %H:%M"), fid, R.randint(0, 3), R.randint(1, 9), R.randint(1, 4), R.randint(0, 59)),
               a="+" + CC[p["cc"]] + n),
            mk("hylafax", "%s faxrcvd: recvq/fax%s.tif from §a:fax§ (\"§s:name§ family\") routed to ips-intake@lakeshoremc.org case=§c:other_id§" % (ts_sys(t), fid),
               a=f(n), s=p["family"].split()[-1].upper(), c=p["case"])]


def b_parking():
    t = CLK.tick()
    if R.random() < 0.5:
        p = ch([x for x in PERSONAS if x["cc"] == "MEX"])
        plate = "%s-%s-%s" % (RL(3), rd(3), RL(1))
        return [mk("django", dj_head("INFO", "ips.parking.views", 31) + 'Validation PV-2024-%04d issued case §c:other_id§ guest "§n:name§" plate §pl:vehicle§ (%s, MX) vin=§v:vehicle§ garage=P3 days=%d' % (R.randint(100, 999), p["addr"]["state"], R.randint(5, 30)),
                   c=p["case"], n=nm(p, "short"), pl=plate, v=vin(ch(["3VW", "3N1", "3GN", "3FA"])))]
    p = ch([x for x in PERSONAS if x["usrel"]] or PERSONAS)
    u = p["usrel"] or p["rel"]
    return [mk("travel_logfmt", travel_head() + 'event=parking.validation case=§c:other_id§ driver_name="§n:name§" relation=%s plate="§pl:vehicle§" state=IL garage=P3 entries=%d' % (u["relation"], R.randint(1, 12)),
               c=p["case"], n=u["full"], pl="%s %s" % (RL(2), rd(5)))]


PHI_BLOCKS = [(b_django, 14), (b_celery, 5), (b_nginx, 4), (b_pino, 6), (b_wa, 9), (b_mrz, 7), (b_kyc, 2), (b_hl7, 5), (b_mt103, 3),
              (b_letter, 3), (b_letter_json, 2), (b_gl_xml, 2), (b_gl_ocr, 3), (b_interp, 3), (b_translation, 5), (b_travel, 7),
              (b_payment, 4), (b_phone, 5), (b_note, 8), (b_postfix, 3), (b_pg, 3), (b_audit, 2), (b_intake, 4), (b_fax, 1), (b_parking, 1), (b_guarantor, 1), (b_old, 1), (b_device, 1)]
CAP = {"b_mt103": 3, "b_gl_ocr": 3, "b_letter": 3, "b_hl7": 6, "b_interp": 3, "b_gl_xml": 3, "b_fax": 2, "b_parking": 3, "b_kyc": 3}
USED = {}
FORCE = [b_old, b_device, b_old, b_device, b_parking, b_fax, b_kyc, b_guarantor, b_intake_mx, b_payment, b_parking, b_gl_xml, b_letter, b_guarantor]


# ============================================================================= noise
def n_django():
    k = R.randint(1, 12)
    if k == 1:
        return dj_head("INFO", "ips.fx.tasks", 28) + "FX rates refreshed base=USD AED=3.6725 SAR=3.7500 KWD=0.%d QAR=3.6400 NGN=%d.%02d KES=%d.%02d PHP=55.%02d MXN=16.%02d GBP=0.78%02d source=oxr" % (
            R.randint(3070, 3080), R.randint(1560, 1620), R.randint(0, 99), R.randint(129, 134), R.randint(0, 99), R.randint(70, 99), R.randint(60, 99), R.randint(40, 70))
    if k == 2:
        ip = "%d.%d.%d.%d" % (ch([45, 185, 193, 162]), R.randint(1, 254), R.randint(1, 254), R.randint(1, 254))
        return dj_head("ERROR", "django.security.DisallowedHost", 104) + "Invalid HTTP_HOST header: '%s'. You may need to add '%s' to ALLOWED_HOSTS." % (ip, ip)
    if k == 3:
        return dj_head("INFO", "ips.letters.render", 212) + "Rendered %s in %dms pages=%d size=%dB sha256=%s" % (ch(["visa_invite_v3", "gl_ack_v2", "cost_estimate_v5", "arrival_pack_ar"]), R.randint(120, 900), R.randint(1, 4), R.randint(40000, 300000), hexs(64))
    if k == 4:
        return dj_head("WARNING", "django.request", 241) + "Not Found: %s" % ch(["/api/v1/cases/export.csv", "/favicon.ico", "/api/v1/fx/latest/", "/.well-known/security.txt"])
    if k == 5:
        return dj_head("INFO", "ips.deposits.reconcile", 77) + "Batch recon-%s-%02d00 finished matched=%d unmatched=%d fx_adjustments=%d elapsed=%.2fs" % (CLK.t.strftime("%Y%m%d"), CLK.t.hour, R.randint(10, 60), R.randint(0, 5), R.randint(0, 4), R.uniform(1, 9))
    if k == 6:
        return dj_head("DEBUG", "django.db.backends", 123) + "(%.3f) SELECT \"cases_case\".\"id\", \"cases_case\".\"status\" FROM \"cases_case\" WHERE \"cases_case\".\"status\" IN ('awaiting_gl', 'awaiting_deposit') ORDER BY \"cases_case\".\"updated_at\" DESC LIMIT 21; args=('awaiting_gl', 'awaiting_deposit'); alias=default" % R.uniform(0.001, 0.09)
    if k == 7:
        return dj_head("INFO", "ips.health", 15) + "healthcheck db=ok redis=ok s3=ok celery_queue_depth=%d latency_ms=%d" % (R.randint(0, 40), R.randint(2, 40))
    if k == 8:
        return dj_head("WARNING", "ips.whatsapp.client", 88) + "Graph API rate limit hit (code 130429), backing off %.1fs; phone_number_id=%s" % (R.uniform(0.5, 8), PHONE_ID)
    if k == 9:
        return dj_head("ERROR", "ips.swift.parser", 301) + "MT103 parse failed: field :32A: invalid amount '%s' (msg_ref=FT24%s%s)" % (ch(["25.000,00", "12,500.00", "USD 9000"]), rd(3), alnum(5))
    if k == 10:
        return dj_head("INFO", "ips.sla", 40) + "SLA report: cases_open=%d awaiting_gl=%d awaiting_visa=%d awaiting_deposit=%d median_first_response_h=%.1f" % (R.randint(40, 90), R.randint(3, 15), R.randint(5, 25), R.randint(2, 12), R.uniform(1, 6))
    if k == 11:
        c = ch(COORD)
        return dj_head("INFO", "ips.staff.oncall", 12) + "On-call coordinator: %s, ext 4-01%02d, +1 312 555 01%02d, %s@lakeshoremc.org" % (c[1], R.randint(40, 99), R.randint(40, 99), c[0].replace("-", "."))
    return dj_head("INFO", "ips.billing.invoices", 66) + "Invoice INV-2024-%05d issued amount=USD %s terms=prepaid estimate=EST-%d currency_display=%s" % (R.randint(10000, 19999), "{:,.2f}".format(R.randint(5, 200) * 1000), R.randint(4000, 9000), ch(["AED", "SAR", "NGN", "USD", "KES"]))


def n_celery():
    w = "ForkPoolWorker-%d" % R.randint(1, 8)
    k = R.randint(1, 7)
    if k == 1:
        return celery_head("INFO", "MainProcess") + "Task %s[%s] received" % (ch(["ips.tasks.refresh_fx_rates", "ips.tasks.render_invitation_letter", "ips.tasks.reconcile_incoming_wires", "ips.tasks.push_hl7_adt"]), uuid4())
    if k == 2:
        return celery_head("INFO", w) + "Task ips.tasks.render_invitation_letter[%s] succeeded in %.4fs: {'case_id': %d, 'pages': %d}" % (uuid4(), R.uniform(0.3, 3), R.randint(300, 900), R.randint(1, 3))
    if k == 3:
        return celery_head("INFO", "Beat") + "Scheduler: Sending due task %s" % ch(["reconcile-wires (ips.tasks.reconcile_incoming_wires)", "fx-refresh (ips.tasks.refresh_fx_rates)", "sla-report (ips.tasks.sla_report)"])
    if k == 4:
        return celery_head("INFO", "MainProcess") + "celery@ips-worker-%d ready." % R.randint(1, 3)
    if k == 5:
        return celery_head("WARNING", "MainProcess") + "Substantial drift from celery@ips-worker-%d may mean clocks are out of sync.  Current drift is %d seconds.  [orig: %s recv: %s]" % (R.randint(1, 3), R.randint(20, 60), ts_dj(CLK.t), ts_dj(CLK.t))
    if k == 6:
        return celery_head("INFO", "MainProcess") + "Connected to amqp://ips:**@rabbitmq.ips.svc.cluster.local:5672//"
    return celery_head("ERROR", w) + "Task ips.tasks.push_hl7_adt[%s] retry: Retry in 30s: ConnectionRefusedError(111, 'Connection refused')" % uuid4()


def n_nginx():
    k = R.randint(1, 5)
    t = ts_clf(CLK.tick())
    if k == 1:
        return '10.42.%d.%d - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" rt=0.00%d' % (R.randint(0, 3), R.randint(2, 250), t, R.randint(1, 9))
    if k == 2:
        return '173.252.%d.%d - - [%s] "POST /webhooks/whatsapp HTTP/1.1" 200 2 "-" "facebookexternalua" rt=0.0%02d' % (R.randint(64, 127), R.randint(1, 254), t, R.randint(5, 60))
    if k == 3:
        return '%d.%d.%d.%d - - [%s] "GET %s HTTP/1.1" 404 153 "-" "%s" rt=0.001' % (ch([45, 185, 194]), R.randint(1, 254), R.randint(1, 254), R.randint(1, 254), t, ch(["/wp-login.php", "/.env", "/phpmyadmin/index.php", "/cgi-bin/luci"]), ch(["Mozilla/5.0 zgrab/0.x", "python-requests/2.31.0", "curl/7.88.1"]))
    if k == 4:
        return '10.42.%d.%d - - [%s] "GET /metrics HTTP/1.1" 200 %d "-" "Prometheus/2.49.1" rt=0.0%02d' % (R.randint(0, 3), R.randint(2, 250), t, R.randint(8000, 20000), R.randint(1, 40))
    return '10.42.%d.%d - - [%s] "GET /static/portal/app.%s.js HTTP/1.1" 200 %d "-" "Amazon CloudFront" rt=0.002' % (R.randint(0, 3), R.randint(2, 250), t, hexs(8), R.randint(80000, 400000))


def n_pino():
    k = R.randint(1, 7)
    if k == 1:
        return pino(30, '"port":8080,"env":"production","version":"2.14.%d",' % R.randint(1, 5), "server listening")
    if k == 2:
        return pino(40, '"sigPrefix":"sha256=%s","remote":"203.0.113.%d",' % (hexs(6), R.randint(1, 254)), "invalid X-Hub-Signature-256")
    if k == 3:
        return pino(30, '"mode":"subscribe","challenge":"%s",' % rd1(10), "webhook verified")
    if k == 4:
        return pino(30, '"req":{"id":%d,"method":"POST","url":"/webhooks/whatsapp","remoteAddress":"::ffff:173.252.%d.%d"},"res":{"statusCode":200},"responseTime":%d,' % (R.randint(1000, 90000), R.randint(64, 127), R.randint(1, 254), R.randint(2, 80)), "request completed")
    if k == 5:
        return pino(30, '"template":"%s","status":"%s","category":"UTILITY",' % (ch(["appointment_reminder_ar", "arrival_pickup_en", "deposit_received_es", "visa_letter_ready_en"]), ch(["APPROVED", "PENDING", "REJECTED"])), "template status update")
    if k == 6:
        return pino(30, '"queue":"ips.inbound","depth":%d,"consumers":%d,"ackRate":%.1f,' % (R.randint(0, 30), R.randint(1, 4), R.uniform(0.5, 9)), "queue stats")
    return pino(50, '"err":{"type":"Error","message":"connect ECONNREFUSED 10.96.%d.%d:6379","code":"ECONNREFUSED"},' % (R.randint(0, 40), R.randint(2, 250)), "redis connection lost")


def n_wa():
    t = CLK.tick()
    k = R.randint(1, 2)
    if k == 1:
        return "%s wa-gw DEBUG raw_webhook " % ts_iso(t) + '{"object":"whatsapp_business_account","entry":[{"id":"%s","time":%d,"changes":[{"value":{"event":"%s","message_template_id":%s,"message_template_name":"%s","message_template_language":"%s","reason":"NONE"},"field":"message_template_status_update"}]}]}' % (
            WABA_ID, ts_s(t), ch(["APPROVED", "PAUSED", "REJECTED"]), rd1(15), ch(["appointment_reminder_ar", "arrival_pickup_en", "deposit_received_es"]), ch(["ar", "en_US", "es_MX"]))
    return "%s wa-gw DEBUG raw_webhook " % ts_iso(t) + '{"object":"whatsapp_business_account","entry":[{"id":"%s","time":%d,"changes":[{"value":{"display_phone_number":"%s","event":"%s","current_limit":"TIER_%s"},"field":"phone_number_quality_update"}]}]}' % (
        WABA_ID, ts_s(t), BIZ_WA, ch(["ONBOARDING", "UPGRADE", "FLAGGED"]), ch(["1K", "10K", "100K"]))


def n_k8s():
    t = CLK.tick()
    k = R.randint(1, 6)
    if k == 1:
        return 'I%s %d event.go:294] "Event occurred" object="ips/ips-web-6d9f7c7b9-%s" kind="Pod" apiVersion="v1" type="Normal" reason="Pulled" message="Container image \\"registry.lakeshoremc.org/ips/web:3.14.%d\\" already present on machine"' % (t.strftime("%m%d %H:%M:%S.%f"), 1, alnum(5, "abcdefghjkmnpqrstvwxz2456789"), R.randint(1, 4))
    if k == 2:
        return 'level=warn ts=%s caller=scrape.go:1313 component="scrape manager" scrape_pool=ips-web target=http://10.42.%d.%d:8000/metrics msg="Append failed" err="out of bounds"' % (ts_iso(t), R.randint(0, 3), R.randint(2, 250))
    if k == 3:
        return "[%s +0000] [%d] [INFO] Booting worker with pid: %d" % (t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(6, 9), R.randint(100, 9000))
    if k == 4:
        return "1:M %s * Background saving %s" % (t.strftime("%d %b %Y %H:%M:%S.") + "%03d" % (t.microsecond // 1000), ch(["started by pid %d" % R.randint(100, 9000), "terminated with success"]))
    if k == 5:
        return "deploy: ips-web v3.14.%d (build %d, git %s) rolled out %d/%d replicas in %ds" % (R.randint(1, 4), R.randint(8000, 9000), hexs(7), 3, 3, R.randint(40, 200))
    return 'otel span name=%s trace_id=%s span_id=%s parent=%s duration_ms=%d status=OK' % (ch(["swift.parse", "hl7.send", "letter.render", "wa.send", "mrz.ocr"]), hexs(32), hexs(16), hexs(16), R.randint(2, 900))


def n_prom():
    k = R.randint(1, 5)
    if k == 1:
        return 'ips_webhook_requests_total{route="/webhooks/whatsapp",status="%s"} %d' % (ch(["200", "401", "500"]), R.randint(10, 90000))
    if k == 2:
        return 'ips_mrz_ocr_duration_seconds_bucket{le="%s"} %d' % (ch(["0.25", "0.5", "1", "2.5", "+Inf"]), R.randint(100, 4000))
    if k == 3:
        return 'ips_deposits_received_usd_total{currency="%s"} %d' % (ch(["AED", "SAR", "KWD", "NGN", "KES", "PHP", "MXN", "GBP", "USD"]), R.randint(10000, 5000000))
    if k == 4:
        return 'celery_queue_length{queue="%s"} %d' % (ch(["default", "letters", "hl7", "whatsapp"]), R.randint(0, 50))
    return 'process_resident_memory_bytes{job="ips-web",instance="10.42.%d.%d:8000"} %d' % (R.randint(0, 3), R.randint(2, 250), R.randint(100000000, 900000000))


def n_pg():
    t = ts_pg(CLK.tick())
    pid = R.randint(2000, 9000)
    k = R.randint(1, 4)
    if k == 1:
        return "%s [%d] LOG:  checkpoint starting: time" % (t, pid)
    if k == 2:
        return "%s [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=0.0%d s, total=%.3f s" % (t, pid, R.randint(100, 3000), R.uniform(0.5, 15), R.randint(0, 3), R.uniform(10, 200), R.randint(1, 9), R.uniform(10, 200))
    if k == 3:
        return "%s [%d] LOG:  automatic vacuum of table \"ips_prod.public.audit_event\": index scans: 1 pages: 0 removed, %d remain" % (t, pid, R.randint(1000, 90000))
    return "%s [%d] readonly_bi@ips_prod FATAL:  password authentication failed for user \"readonly_bi\"" % (t, pid)


def n_postfix():
    t = ts_sys(CLK.tick())
    k = R.randint(1, 3)
    qid = alnum(11, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")
    if k == 1:
        return "%s mx1 postfix/smtpd[%d]: connect from unknown[%d.%d.%d.%d]" % (t, R.randint(20000, 29999), ch([45, 185, 91]), R.randint(1, 254), R.randint(1, 254), R.randint(1, 254))
    if k == 2:
        return "%s mx1 postfix/cleanup[%d]: %s: message-id=<%s.%s@ips.lakeshoremc.org>" % (t, R.randint(20000, 29999), qid, rd(14), hexs(10))
    c = ch(COORD)
    return "%s mx1 postfix/smtp[%d]: %s: to=<%s@lakeshoremc.org>, relay=mail.lakeshoremc.org[10.10.4.20]:25, delay=0.3, dsn=2.0.0, status=sent (250 OK)" % (t, R.randint(20000, 29999), qid, c[0].replace("-", "."))


def n_swift():
    t = ts_dj(CLK.tick())
    k = R.randint(1, 4)
    if k == 1:
        return "%s swift-gw INFO  ACK received for MT103 ref=FT24%s%s session=%s seq=%s" % (t, rd(3), alnum(5), rd(4), rd(6))
    if k == 2:
        return "%s swift-gw INFO  MT940 statement received account=****%s entries=%d closing_balance=USD%s,%02d" % (t, rd(4), R.randint(3, 40), "{}".format(R.randint(100000, 9000000)), R.randint(0, 99))
    if k == 3:
        return "%s swift-gw INFO  RMA check ok correspondent=%s relationship=active" % (t, ch(sum(BIC.values(), [])))
    return "%s swift-gw WARN  gpi tracker: UETR %s status=ACSP pending at %s for %dh" % (t, uuid4(), ch(sum(BIC.values(), [])), R.randint(2, 30))


def n_mirth():
    t = ts_dj(CLK.tick())
    return "INFO  %s [IPS_ADT_OUT Destination 1 - LLP Sender] com.mirth.connect.connectors.tcp.TcpDispatcher: Message %d sent, response MSA|AA|IPS%s" % (t, R.randint(1000, 9000), rd(7)) if R.random() < 0.6 else \
        "WARN  %s [IPS_ADT_OUT Source] com.mirth.connect.server.channel.ChannelController: queue size %d exceeds threshold" % (t, R.randint(20, 80))


def n_travel():
    k = R.randint(1, 4)
    if k == 1:
        f = ch(sum(FLIGHTS.values(), []))
        return travel_head() + "event=flight.status flight=%s status=%s sched=%02d:%02d actual=%02d:%02d gate=M%d" % (f, ch(["landed", "en_route", "delayed"]), R.randint(5, 22), R.randint(0, 59), R.randint(5, 22), R.randint(0, 59), R.randint(1, 20))
    if k == 2:
        return travel_head() + 'event=driver.dispatch dispatch_id=D-%d driver="%s" vehicle="Cadillac Escalade" plate="IL %s %s" eta_min=%d' % (R.randint(50000, 59999), ch(["Marcus Bell", "Tomasz Nowak", "Kwame Asante"]), alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ"), rd(5), R.randint(5, 40))
    if k == 3:
        return travel_head() + 'event=hotel.inventory hotel="%s" accessible_rooms=%d rate_usd=%d.00 contract=LUMC-2024 front_desk="+1 312 555 01%02d"' % (ch(["Residence Inn Chicago Downtown", "Lakeshore Suites", "Homewood Suites Magnificent Mile"]), R.randint(0, 9), R.randint(159, 329), R.randint(10, 99))
    return travel_head() + "event=rates.sync provider=%s ok=true ms=%d records=%d" % (ch(["amadeus", "sabre", "hotelbeds"]), R.randint(200, 3000), R.randint(10, 900))


def n_tms():
    k = R.randint(1, 3)
    job = "TRJ-2024-%05d" % R.randint(1000, 3000)
    if k == 1:
        return '{"jobId":"%s","event":"job.progress","wordsTranslated":%d,"wordsTotal":%d,"tmLeverage":0.%02d,"linguist":"L-%d"}' % (job, R.randint(100, 3000), R.randint(3000, 9000), R.randint(5, 60), R.randint(100, 999))
    if k == 2:
        return '{"event":"vendor.invoice","invoiceNo":"LM-INV-2024-%04d","amount":"%d.%02d","currency":"USD","jobs":%d}' % (R.randint(100, 999), R.randint(400, 9000), R.randint(0, 99), R.randint(2, 30))
    return '%s tms.qa job=%s seg=%d/%d check=terminology term="%s" status=pass' % (ts_dj(CLK.tick()), job, R.randint(1, 40), R.randint(41, 260), ch(["echocardiogram", "troponin", "ejection fraction", "biopsia", "tomografía", "استئصال"]))


def n_mrz():
    t = ts_dj(CLK.tick()).replace(",", ".")
    k = R.randint(1, 4)
    f = "upl_%s.jpg" % hexs(8)
    if k == 1:
        return "%s INFO  mrz_reader.pipeline file=%s type=None conf=0.00 reason=no_mrz_found" % (t, f)
    if k == 2:
        return "%s WARNING mrz_reader.checks check digit mismatch field=%s expected=%d got=%d file=%s" % (t, ch(["date_of_birth", "expiration_date", "composite"]), R.randint(0, 9), R.randint(0, 9), f)
    if k == 3:
        return "%s INFO  mrz_reader.model loaded tesseract 5.3.3 traineddata=ocrb_int sha1=%s" % (t, hexs(40))
    return "%s INFO  mrz_reader.stats processed=%d ok=%d rejected=%d p95_ms=%d" % (t, R.randint(90, 200), R.randint(80, 90), R.randint(1, 12), R.randint(300, 1200))


def n_interp_note():
    it = ch(INTERP)
    return "%s INFO  directory-sync upsert staff id=S-%d name=\"%s\" role=interpreter_%s ext=4-0%d email=%s@lakeshoremc.org" % (ts_dj(CLK.tick()), R.randint(10000, 19999), it[1], it[2], R.randint(200, 299), slug(it[1].split()[0]) + "." + slug(it[1].split()[-1]))


def n_gl():
    iss = ch(list(ISSUERS.values()))
    k = R.randint(1, 2)
    if k == 1:
        return "%s INFO  gl-ingest issuers loaded count=%d; %s contact=%s tel=+1 202 555 01%02d" % (ts_dj(CLK.tick()), len(ISSUERS), iss[0], iss[3], R.randint(30, 49))
    return "%s INFO  gl-ingest poll %s portal: 0 new documents (etag=%s)" % (ts_dj(CLK.tick()), iss[0], hexs(16))


def n_note():
    return "%s|NOTE|-|%s|\"%s\"" % (CLK.tick().strftime("%Y-%m-%d %H:%M"), coord()[0], ch([
        "Weekly huddle: %d active Gulf cases, %d NG, %d KE, %d PH. Visa backlog at Lagos consulate ~%d weeks." % (R.randint(10, 30), R.randint(3, 9), R.randint(1, 6), R.randint(1, 5), R.randint(3, 9)),
        "Reminder: Ramadan hours for KHO start 11 Mar; GL turnaround expected %d business days." % R.randint(3, 8),
        "Hotel contract renewed with Lakeshore Suites, rate USD %d, accessible rooms 6." % R.randint(180, 260),
        "Interpreter vendor GlobalTalk support line +1 888 555 01%02d, account LUMC-IPS-77." % R.randint(10, 99),
        "Deposit policy updated: inpatient cases require 100%% estimate in advance unless embassy GL on file.",
    ]))


def n_fax():
    t = CLK.tick()
    return "%s\tSEND\t%08d\tttyIAX%d\t+12025550%d\t\"ips\"\t%d\t14400\t0:00:%02d\t\"\"" % (t.strftime("%m/%d/%y %H:%M"), R.randint(800, 1200), R.randint(0, 3), R.randint(130, 169), R.randint(1, 6), R.randint(10, 59))


NOISE = [(n_django, 14, "django"), (n_celery, 8, "celery"), (n_nginx, 10, "nginx"), (n_pino, 9, "node_pino"), (n_wa, 3, "wa_webhook"),
         (n_k8s, 7, "k8s"), (n_prom, 6, "prometheus"), (n_pg, 4, "postgres"), (n_postfix, 4, "postfix"), (n_swift, 5, "swift_gw"),
         (n_mirth, 4, "mirth"), (n_travel, 6, "travel_logfmt"), (n_tms, 4, "tms_json"), (n_mrz, 4, "mrz_ocr"), (n_interp_note, 2, "directory"),
         (n_gl, 2, "gl_ingest"), (n_note, 2, "crm_note"), (n_fax, 1, "hylafax")]
NOISE_BLOCKS = [(b_hl7_ack, 2)]


def wchoice(items):
    tot = sum(x[1] for x in items)
    r = R.uniform(0, tot)
    for it in items:
        r -= it[1]
        if r <= 0:
            return it
    return items[-1]


# ============================================================================= assemble
def main():
    lines = []
    while len(lines) < N_LINES:
        nophi = sum(1 for l in lines if not l.spans)
        ratio = nophi / len(lines) if lines else 1.0
        room = N_LINES - len(lines)
        p_noise = min(0.95, max(0.05, 0.5 + 6 * (TARGET_NOPHI - ratio)))
        if room <= 40:
            need = round(TARGET_NOPHI * N_LINES) - nophi
            p_noise = 1.0 if need >= room else (0.0 if need <= 0 else need / room)
        if R.random() < p_noise:
            if R.random() < 0.04 and room >= 2:
                blk = wchoice(NOISE_BLOCKS)[0]()
            else:
                fn, _, fam = wchoice(NOISE)
                blk = [mk(fam, fn())]
        else:
            for _ in range(50):
                if FORCE and R.random() < 0.15:
                    fn = FORCE.pop()
                else:
                    fn = wchoice(PHI_BLOCKS)[0]
                if USED.get(fn.__name__, 0) >= CAP.get(fn.__name__, 10 ** 6):
                    continue
                blk = fn()
                if len(blk) <= room and (room > 40 or len(blk) <= 2):
                    USED[fn.__name__] = USED.get(fn.__name__, 0) + 1
                    break
            else:
                blk = [mk("k8s", n_k8s())]
        lines.extend(blk)
    assert len(lines) == N_LINES

    logp = os.path.join(HERE, ID + ".log")
    labp = os.path.join(HERE, ID + ".labels.jsonl")
    out_bytes = []
    with open(labp, "w", encoding="utf-8") as lf:
        for i, ln in enumerate(lines, 1):
            b = bytes(ln.buf)
            txt = b.decode("utf-8")
            assert "\n" not in txt and "\r" not in txt and txt.strip() != "", (i, txt)
            prev = 0
            spans = []
            for s, e, c, v in sorted(ln.spans):
                assert b[s:e].decode("utf-8") == v, (i, v)
                assert s >= prev, ("overlap", i, v)
                prev = e
                spans.append({"s": s, "e": e, "cat": c})
            lf.write(json.dumps({"line": i, "family": ln.fam, "spans": spans}, ensure_ascii=False) + "\n")
            out_bytes.append(b)
    with open(logp, "wb") as f:
        f.write(b"\n".join(out_bytes))

    # summary
    from collections import Counter
    cats = Counter(c for l in lines for _, _, c, _ in l.spans)
    fams = Counter(l.fam for l in lines)
    nophi = sum(1 for l in lines if not l.spans)
    print("lines", len(lines), "no-PHI", nophi, "%.1f%%" % (100.0 * nophi / len(lines)))
    print("families", len(fams), dict(fams))
    print("spans", sum(cats.values()), dict(sorted(cats.items(), key=lambda x: -x[1])))


if __name__ == "__main__":
    main()
