#!/usr/bin/env python3
"""Synthetic labeled log corpus "lh": an immigration medical exam practice
(civil surgeons, USCIS I-693) plus a county refugee health screening program.

Systems simulated: a Rails practice-management app (request logs, SQL debug,
Sidekiq jobs, ActionMailer), a .NET refugee-screening service (Serilog compact
JSON and SimpleConsole single-line), I-693 form-fill JSON and PDF field dumps
(pdftk dump_data_fields_utf8, pypdf dicts), eMedical-like panel physician
submissions (XML, compact and pretty-printed), EDN-like disease notifications
(CSV with header, pipe rows), vaccination histories transcribed from foreign
records (es, fr, ar, uk, ru, fa/Dari, vi, zh, sw, ht, so), IGRA and chest x-ray
results (HL7 v2.5.1 ORU^R01, one segment per physical line), Mirth channel
logs, interpreter phone line CDRs (Asterisk Master.csv, vendor pipe export),
Twilio appointment SMS, Stripe payments, X12 271 (refugee Medicaid/RMA
eligibility), nginx access logs, audit key=value, syslog, Prometheus metrics,
and free-text clinician notes.  All people and identifiers are synthetic.

Standard library only, deterministic (fixed seed).  Writes lh.log and
lh.labels.jsonl next to this script.

Labeling decisions:
- Subjects are applicants, refugees, their relatives/petitioners, emergency
  contacts and account holders.  Civil surgeons, panel physicians,
  radiologists, lab staff, interpreters (names and interpreter IDs), clinic
  staff (names, usernames, extensions), attorneys/preparers, the clinic, labs,
  vendors and agencies are never labeled (including their NPIs, phones,
  faxes, emails).
- name: every personal name of a subject, in any script; "Last, First" and
  caller-ID names are one span; HL7 XPN and X12 NM1 name components are one
  span per component; a first name alone (SMS greeting) is labeled.
- other_id: A-Numbers (any written form), USCIS receipt numbers, USCIS Online
  Account Numbers, NVC case numbers, DS-260 confirmation numbers, refugee
  (WRAPS-like) case numbers, IOM case IDs, EDN record IDs, eMedical HAP IDs and
  TRNs, I-94 numbers, encounter numbers (ENC-..., HL7 PV1-19), patient portal
  usernames.
- license: passport numbers, visa foil numbers, driver's licence numbers,
  yellow-fever certificate (ICVP) numbers of the subject.
- mrn: the practice chart number and HL7 PID-3 MR identifiers, also when they
  appear in CDR userfields or audit lines.
- health_plan: Medicaid / Refugee Medical Assistance IDs and insurance member
  IDs.  account: patient billing account numbers (PID-18, ACCT-...) and full
  card numbers; card last4, Stripe object IDs and the public test card
  4242 4242 4242 4242 are not labeled.
- date: birth dates, exam/appointment/service dates (also "9/17" in an SMS),
  arrival dates, vaccination dates (including Solar Hijri and Arabic-Indic
  digit forms), specimen collection/receipt/result dates (HL7 OBR-7/14/22,
  OBX-14), passport/visa issue and expiry dates.  Not labeled: log and
  message timestamps (MSH-7, CDR start/end), schedule/report dates not tied
  to a person, a year alone.
- address: street lines, apartment numbers, US cities/towns and counties of a
  subject; foreign city/town of birth; refugee camp names.  Not labeled:
  states, countries, nationalities, ports of entry, clinic/lab/health-centre
  names and their locations.  zip: subject ZIP codes.
- phone / fax / email: the subject's own (or relative's) numbers and
  addresses in any form (E.164, URL-encoded %2B..., bare digits); clinic,
  vendor and Twilio numbers are not labeled.
- ip: public client IPs on the patient-facing portal vhost; internal
  10.x/192.168.x addresses, probes, Twilio/Stripe webhook sources are not.
- url: per-applicant reschedule short links in SMS.  device: serial numbers
  of a subject's implanted/personal devices.  vehicle: subject's plate.
  photo: base64 applicant photograph.  biometric: fingerprint template hash.
- age: only ages over 89; younger ages are not labeled.
- Internal integer DB ids, appointment/slot ids, invoice numbers, lab
  placer/filler/accession numbers, HL7 message control IDs, Twilio SIDs,
  job ids, trace/span ids and UUIDs are not labeled.
"""
import base64
import json
import os
import random
import unicodedata
from datetime import date, datetime, timedelta

SEED = 20240916
ID = "lh"
N_LINES = 500
rng = random.Random(SEED)


# ---------------------------------------------------------------- builder
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []
        self.vals = []

    def t(self, s):
        self.buf += str(s).encode("utf-8")
        return self

    def p(self, s, cat):
        s = str(s)
        if not cat:
            return self.t(s)
        st = len(self.buf)
        self.buf += s.encode("utf-8")
        self.spans.append({"s": st, "e": len(self.buf), "cat": cat})
        self.vals.append(s)
        return self

    def add(self, *parts):
        for x in parts:
            if isinstance(x, tuple):
                self.p(x[0], x[1])
            elif isinstance(x, Tx):
                for y in x:
                    self.add(y)
            else:
                self.t(x)
        return self

    def check(self):
        for sp, v in zip(self.spans, self.vals):
            got = bytes(self.buf[sp["s"]:sp["e"]]).decode("utf-8")
            assert got == v, (self.fam, got, v)
        text = self.buf.decode("utf-8")
        assert "\n" not in text and "\r" not in text and text.strip(), (self.fam, text)
        return text


class Tx(list):
    """Free text: list of plain strings and (value, cat) tuples."""


def tx(*parts):
    return Tx(parts)


# ---- JSON writer with tagged values
def jstr(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jw(ln, obj, sep=(", ", ": ")):
    if isinstance(obj, dict):
        ln.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                ln.t(sep[0])
            ln.t('"' + jstr(k) + '"' + sep[1])
            jw(ln, v, sep)
        ln.t("}")
    elif isinstance(obj, Tx):
        ln.t('"')
        for part in obj:
            if isinstance(part, tuple):
                ln.p(jstr(part[0]), part[1])
            else:
                ln.t(jstr(part))
        ln.t('"')
    elif isinstance(obj, list):
        ln.t("[")
        for i, v in enumerate(obj):
            if i:
                ln.t(sep[0])
            jw(ln, v, sep)
        ln.t("]")
    elif isinstance(obj, tuple):
        v, cat = obj
        if isinstance(v, (int, float)):
            ln.p(json.dumps(v), cat)
        else:
            ln.t('"').p(jstr(v), cat).t('"')
    elif obj is None:
        ln.t("null")
    elif isinstance(obj, bool):
        ln.t("true" if obj else "false")
    elif isinstance(obj, (int, float)):
        ln.t(json.dumps(obj))
    else:
        ln.t('"' + jstr(obj) + '"')


def jcompact(ln, obj):
    jw(ln, obj, (",", ":"))


# ---- Ruby Hash#inspect writer (Rails "Parameters:" lines)
def rw(ln, obj):
    if isinstance(obj, dict):
        ln.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                ln.t(", ")
            ln.t('"%s"=>' % k)
            rw(ln, v)
        ln.t("}")
    elif isinstance(obj, list):
        ln.t("[")
        for i, v in enumerate(obj):
            if i:
                ln.t(", ")
            rw(ln, v)
        ln.t("]")
    elif isinstance(obj, tuple):
        ln.t('"').p(obj[0], obj[1]).t('"')
    elif obj is None:
        ln.t("nil")
    else:
        ln.t('"%s"' % obj)


# ---------------------------------------------------------------- helpers
def fold(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(rng.choice(chars) for _ in range(n))


def luhn_complete(prefix, length=16):
    body = prefix + digits(length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


def card_fmt(prefix):
    if prefix == "37":  # Amex: 15 digits, 4-6-5
        n = luhn_complete(prefix, 15)
        return "%s %s %s" % (n[:4], n[4:10], n[10:])
    n = luhn_complete(prefix, 16)
    return rng.choice([" ", "-", ""]).join(n[i:i + 4] for i in range(0, 16, 4))


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_L = ["January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]


def fd(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "usn":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "eu":
        return d.strftime("%d/%m/%Y")
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "mon":
        return "%02d-%s-%d" % (d.day, MONTHS[d.month - 1].upper(), d.year)
    if style == "long":
        return "%s %d, %d" % (MONTHS_L[d.month - 1], d.day, d.year)
    if style == "dmy":
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == "fr":
        return "%d %s %d" % (d.day, MOIS[d.month - 1], d.year)
    if style == "es":
        return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)
    if style == "isot":
        return d.strftime("%Y-%m-%dT00:00:00")
    raise ValueError(style)


def arabic_digits(s, persian=False):
    base = "۰۱۲۳۴۵۶۷۸۹" if persian else "٠١٢٣٤٥٦٧٨٩"
    return "".join(base[int(c)] if c.isdigit() else c for c in s)


def to_jalali(d):
    # Gregorian -> Solar Hijri (standard arithmetic algorithm)
    gy, gm, gd = d.year, d.month, d.day
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + (365 * gy) + ((gy2 + 3) // 4) - ((gy2 + 99) // 100) + ((gy2 + 399) // 400) + gd + g_d_m[gm - 1]
    jy = -1595 + (33 * (days // 12053))
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        jm = 1 + days // 31
        jd = 1 + days % 31
    else:
        jm = 7 + (days - 186) // 30
        jd = 1 + (days - 186) % 30
    return "%04d/%02d/%02d" % (jy, jm, jd)


def fphone(area, ex, num, style):
    if style == 0:
        return "(%s) %s-%s" % (area, ex, num)
    if style == 1:
        return "%s-%s-%s" % (area, ex, num)
    if style == 2:
        return "%s%s%s" % (area, ex, num)
    if style == 3:
        return "+1%s%s%s" % (area, ex, num)
    if style == 4:
        return "+1 %s %s %s" % (area, ex, num)
    if style == 5:
        return "%s.%s.%s" % (area, ex, num)
    return "1-%s-%s-%s" % (area, ex, num)


# ---------------------------------------------------------------- people
ORIGINS = [
    # (country ISO3, country name, lang, [(given, family, native or None)], birth cities, camps, passport fmt)
    ("AFG", "Afghanistan", "fa", [("Mohammad Nasir", "Haidari", "محمد ناصر حیدری"),
                                  ("Farzana", "Ahmadzai", "فرزانه احمدزی"),
                                  ("Abdul Wahid", "Popal", "عبدالواحد پوپل"),
                                  ("Zarghona", "Stanikzai", "زرغونه ستانکزی"),
                                  ("Khalid", "Noorzai", "خالد نورزی")],
     ["Kabul", "Herat", "Mazar-i-Sharif", "Jalalabad"], [], "P0######"),
    ("SYR", "Syria", "ar", [("Rami", "Al-Hassan", "رامي الحسن"), ("Hala", "Haddad", "هالة حداد"),
                            ("Yousef", "Darwish", "يوسف درويش"), ("Rasha", "Al-Masri", "رشا المصري")],
     ["Aleppo", "Homs", "Daraa"], ["Zaatari", "Azraq"], "N0########"),
    ("UKR", "Ukraine", "uk", [("Oksana", "Kovalenko", "Коваленко Оксана Петрівна"),
                              ("Dmytro", "Shevchuk", "Шевчук Дмитро Іванович"),
                              ("Yuliia", "Melnyk-Hrytsenko", "Мельник-Гриценко Юлія Олегівна")],
     ["Kharkiv", "Mariupol", "Zaporizhzhia"], [], "FX######"),
    ("COD", "Congo, Dem. Rep.", "sw", [("Esperance", "Kasongo", None), ("Jean-Pierre", "Ilunga Mbuyi", None),
                                       ("Furaha", "Tshibangu", None), ("Bahati", "Nsimba", None)],
     ["Bukavu", "Uvira", "Goma"], ["Nyarugusu", "Kakuma", "Kiziba"], "OB#######"),
    ("MMR", "Burma", "my", [("Noor", "Begum", None), ("Mohammed", "Ayub", None), ("Hla Hla", "Win", None)],
     ["Maungdaw", "Buthidaung"], ["Kutupalong", "Nayapara"], "MD######"),
    ("SOM", "Somalia", "so", [("Amina", "Yusuf", None), ("Abdirahman", "Warsame", None), ("Hodan", "Mohamed Farah", None)],
     ["Mogadishu", "Kismayo", "Baidoa"], ["Dadaab", "Kakuma"], "P00#######"),
    ("GTM", "Guatemala", "es", [("María José", "Álvarez Ruiz", None), ("Edgar", "Xicará", None),
                                ("Ana Lucía", "de León", None)],
     ["Quetzaltenango", "Huehuetenango"], [], "########"),
    ("VNM", "Vietnam", "vi", [("Thị Thu Hà", "Nguyễn", "Nguyễn Thị Thu Hà"), ("Văn Minh", "Trần", "Trần Văn Minh"),
                              ("Quốc Bảo", "Phạm", "Phạm Quốc Bảo")],
     ["Hải Phòng", "Cần Thơ", "Huế"], [], "C#######"),
    ("HTI", "Haiti", "ht", [("Fabienne", "Dorsainvil", None), ("Wiskensley", "Pierre-Louis", None),
                            ("Marie-Claude", "Saint-Fleur", None)],
     ["Les Cayes", "Gonaïves", "Jacmel"], [], "PP#######"),
    ("VEN", "Venezuela", "es", [("Yorgelis", "Rodríguez Pacheco", None), ("José Gregorio", "Briceño", None),
                                ("Luisangela", "Da Silva", None)],
     ["Maracaibo", "Barquisimeto"], [], "1########"),
    ("ERI", "Eritrea", "ti", [("Yonas", "Gebremedhin", None), ("Selam", "Tesfamariam", None), ("Helen", "Kidane", None)],
     ["Asmara", "Keren"], ["Mai Aini", "Shimelba"], "P#######"),
    ("BTN", "Bhutan", "ne", [("Dil Maya", "Gurung", None), ("Bhim Bahadur", "Subba", None)],
     ["Sarpang", "Samtse"], ["Beldangi II", "Sanischare"], "######"),
    ("CHN", "China", "zh", [("Wei", "Zhang", "张伟"), ("Xiaomei", "Chen", "陈晓梅"), ("Jianguo", "Ouyang", "欧阳建国")],
     ["Fuzhou", "Wenzhou", "Shenyang"], [], "E########"),
    ("IND", "India", "en", [("Harpreet", "Kaur", None), ("Venkata Ramana", "Reddy", None), ("Gurjit", "Singh Sandhu", None)],
     ["Ludhiana", "Guntur", "Jalandhar"], [], "Z#######"),
    ("PHL", "Philippines", "en", [("Ma. Cristina", "dela Cruz", None), ("Rodel", "Macapagal", None), ("Jericho", "Bautista", None)],
     ["Quezon City", "Cebu City", "Iloilo City"], [], "P#######A"),
    ("NGA", "Nigeria", "en", [("Chukwuemeka", "Okonkwo", None), ("Oluwaseun", "Adeyemi", None), ("Ngozi", "Nwachukwu", None)],
     ["Enugu", "Ibadan", "Onitsha"], [], "A########"),
    ("IRN", "Iran", "fa", [("Mahsa", "Mohammadi-Nejad", "مهسا محمدی‌نژاد"), ("Kourosh", "Ghasemi", "کوروش قاسمی")],
     ["Shiraz", "Tabriz"], [], "X########"),
    ("MEX", "Mexico", "es", [("Guadalupe", "Villaseñor", None), ("José Luis", "García-Márquez", None), ("Itzel", "de la Cruz", None)],
     ["Guadalajara", "Oaxaca de Juárez", "Puebla"], [], "G########"),
    ("NLD", "Netherlands", "en", [("Pieter", "van der Berg", None), ("Anneke", "de Vries", None)],
     ["Utrecht", "Eindhoven"], [], "NX#######"),
    ("IRL", "Ireland", "en", [("Siobhán", "O'Sullivan", None)], ["Cork"], [], "PA#######"),
    ("RUS", "Russia", "ru", [("Anastasia", "Volkova", "Волкова Анастасия Игоревна"), ("Igor", "Smirnov", "Смирнов Игорь Петрович")],
     ["Yekaterinburg", "Kazan"], [], "75#######"),
    ("CUB", "Cuba", "es", [("Yoandri", "Fernández Ortiz", None), ("Yaimara", "Leyva", None)],
     ["Holguín", "Camagüey"], [], "K#######"),
]

US_PLACES = [
    ("Jackson Heights", "Queens County", "NY", "11372", "347"), ("Brooklyn", "Kings County", "NY", "11220", "718"),
    ("Houston", "Harris County", "TX", "77036", "832"), ("Sacramento", "Sacramento County", "CA", "95823", "916"),
    ("Fremont", "Alameda County", "CA", "94538", "510"), ("Columbus", "Franklin County", "OH", "43229", "614"),
    ("Minneapolis", "Hennepin County", "MN", "55454", "612"), ("Bowling Green", "Warren County", "KY", "42101", "270"),
    ("Boise", "Ada County", "ID", "83705", "208"), ("West Valley City", "Salt Lake County", "UT", "84119", "801"),
    ("Dearborn", "Wayne County", "MI", "48126", "313"), ("Alexandria", "", "VA", "22304", "703"),
    ("Silver Spring", "Montgomery County", "MD", "20906", "301"), ("Miami", "Miami-Dade County", "FL", "33135", "305"),
    ("Elizabeth", "Union County", "NJ", "07201", "908"), ("Lowell", "Middlesex County", "MA", "01851", "978"),
    ("Phoenix", "Maricopa County", "AZ", "85015", "602"), ("Clarkston", "DeKalb County", "GA", "30021", "404"),
    ("Erie", "Erie County", "PA", "16503", "814"), ("Fargo", "Cass County", "ND", "58103", "701"),
    ("Louisville", "Jefferson County", "KY", "40218", "502"), ("Garden City", "Finney County", "KS", "67846", "620"),
]
STREETS = ["75th St", "Bellaire Blvd", "Florin Rd", "Cleveland Ave", "Cedar Ave S", "Morgantown Rd", "Fairview Ave",
           "Redwood Rd", "Warren Ave", "Seminary Rd", "Georgia Ave", "SW 8th St", "Elizabeth Ave", "Chelmsford St",
           "W Indian School Rd", "Montreal Rd", "Buffalo Rd", "25th St S", "Preston Hwy", "Kansas Ave",
           "Fourth Ave", "Riverside Dr", "Lakeview Ter", "Maple St", "Old Hickory Blvd"]
STREET_SFX = ["", " Apt 3B", " Apt 12", " #204", " Unit C", " Apt 5F", "", " Fl 2"]

RECEIPT_PFX = ["IOE", "IOE", "IOE", "MSC", "NBC", "LIN", "SRC", "EAC", "WAC"]
NVC_POSTS = ["MNL", "CDJ", "KBL", "ABD", "GUZ", "NRB", "HCM", "BGT", "ISL", "MTL"]


def passport_no(fmt):
    return "".join(rng.choice("0123456789") if c == "#" else c for c in fmt)


def make_people():
    people = []
    chart = 3800
    for iso, cname, lang, names, cities, camps, pfmt in ORIGINS:
        for given, family, native in names:
            chart += rng.randint(7, 160)
            sex = rng.choice("MF")
            if given in ("Farzana", "Zarghona", "Hala", "Rasha", "Oksana", "Yuliia", "Esperance", "Furaha",
                         "Noor", "Hla Hla", "Amina", "Hodan", "María José", "Ana Lucía", "Thị Thu Hà",
                         "Fabienne", "Marie-Claude", "Yorgelis", "Luisangela", "Selam", "Helen", "Dil Maya",
                         "Xiaomei", "Harpreet", "Ma. Cristina", "Ngozi", "Mahsa", "Guadalupe", "Itzel",
                         "Anneke", "Siobhán", "Anastasia", "Yaimara", "Bahati"):
                sex = "F"
            else:
                sex = "M"
            y = rng.randint(1950, 2016) if rng.random() > 0.07 else rng.randint(1927, 1934)
            dob = date(y, rng.randint(1, 12), rng.randint(1, 28))
            city, county, st, zc, area = rng.choice(US_PLACES)
            ex = str(rng.randint(201, 989))
            num = "%04d" % rng.randint(0, 9999)
            refugee = bool(camps) and rng.random() < 0.8
            gl = fold(given).lower().replace(" ", "").replace(".", "").replace("'", "")
            fl = fold(family).lower().replace(" ", "").replace("-", "").replace("'", "")
            email = rng.choice([
                "%s.%s%02d@gmail.com" % (gl, fl, dob.year % 100),
                "%s%s@yahoo.com" % (gl[0], fl),
                "%s_%s@outlook.com" % (fl, gl[:4]),
                "%s%d@hotmail.com" % (gl, rng.randint(1, 999)),
                "%s.%s@icloud.com" % (gl, fl[:5]),
            ])
            area_ssn = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
            ssn = "%03d-%02d-%04d" % (area_ssn, rng.randint(1, 99), rng.randint(1, 9999))
            p = dict(
                given=given, family=family, native=native, sex=sex, dob=dob, iso=iso, country=cname, lang=lang,
                city_birth=rng.choice(cities), camp=rng.choice(camps) if camps else None, refugee=refugee,
                anum="%09d" % rng.randint(200000000, 249999999),
                passport=passport_no(pfmt),
                pp_issue=date(rng.randint(2017, 2023), rng.randint(1, 12), rng.randint(1, 28)),
                street="%d %s%s" % (rng.randint(12, 9899), rng.choice(STREETS), rng.choice(STREET_SFX)),
                city=city, county=county, state=st, zip=zc, area=area, ex=ex, num=num,
                pstyle=rng.randint(0, 6), email=email,
                mrn="HV-%06d" % chart if not refugee else "RHP%07d" % (chart * 3 + 11),
                receipt=rng.choice(RECEIPT_PFX) + "%010d" % rng.randint(190000000, 2491999999),
                nvc=rng.choice(NVC_POSTS) + str(rng.randint(2021, 2024)) + "%06d" % rng.randint(0, 999999),
                wraps="%s-%07d" % (iso[:2], rng.randint(100000, 9999999)),
                iom="IOM-%s-%s" % (iso, digits(7)),
                ssn=ssn if rng.random() < 0.5 else None,
                medicaid=alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(5) + alnum(1, "ABCDEFGHJKLMNPRSTUVWXYZ"),
                dl=rng.choice(["D%07d" % rng.randint(0, 9999999), "%03d %03d %03d" % (rng.randint(100, 999), rng.randint(0, 999), rng.randint(0, 999)),
                               "%08d" % rng.randint(10000000, 99999999), "S%03d-%04d-%04d" % (rng.randint(0, 999), rng.randint(0, 9999), rng.randint(0, 9999))]),
                acct="%07d" % rng.randint(1000000, 9999999),
                user=rng.choice(["%s%s" % (gl[0], fl[:8]), "%s.%s" % (gl[:6], fl[:6]), "%s%d" % (fl[:7], dob.year % 100)]),
                hap=str(rng.randint(60000000000, 79999999999)),
                trn="EGO" + alnum(7),
                enc="ENC-2024-%06d" % rng.randint(1000, 999999),
                edn="2024-%07d" % rng.randint(100000, 9999999),
                arrival=date(2024, rng.randint(6, 9), rng.randint(1, 15)),
                ds260="AA00" + alnum(6),
                i94=digits(9) + rng.choice(["A3", "B1", "A4", "B2"]),
                portal_ip="%d.%d.%d.%d" % (rng.choice([73, 98, 24, 67, 71, 108, 172, 174, 47, 99, 76, 184]),
                                           rng.randint(1, 254), rng.randint(0, 254), rng.randint(1, 254)),
            )
            people.append(p)
    rng.shuffle(people)
    return people


PEOPLE = make_people()


def person():
    return rng.choice(PEOPLE)


def phone(p, style=None):
    return fphone(p["area"], p["ex"], p["num"], p["pstyle"] if style is None else style)


def anum(p, style=None):
    a = p["anum"]
    style = rng.randint(0, 6) if style is None else style
    return ["A" + a, "A-" + a[:3] + "-" + a[3:6] + "-" + a[6:], a, "A" + a.lstrip("0"), "A# " + a[:3] + " " + a[3:6] + " " + a[6:],
            "A " + a, "A-" + a][style]


def full(p, order=0):
    g, f = p["given"], p["family"]
    if order == 0:
        return "%s %s" % (g, f)
    if order == 1:
        return "%s, %s" % (f, g)
    if order == 2:
        return "%s, %s" % (fold(f).upper(), fold(g).upper())
    if order == 3:
        return "%s %s" % (fold(g).upper(), fold(f).upper())
    if order == 4:
        return "%s. %s" % (g[0], f)
    if order == 5:
        return "%s %s" % (g.lower(), f.lower())
    return "%s %s" % (f.upper(), g)


def relative():
    g = rng.choice(["Fatima", "Hamid", "Nadia", "Samuel", "Lucía", "Olha", "Bakari", "Mai", "Rosa", "Tewolde",
                    "Arjun", "Leila", "Dieudonné", "Marisol", "Ivan", "Ayaan"])
    f = rng.choice(["Sultani", "Rahimi", "Kanaan", "Bondarenko", "Mutombo", "Abdi", "Pérez-Tzoc", "Lê",
                    "Joseph", "Carrillo", "Habte", "Rai", "Liu", "Balogun", "Karimi", "Hernández"])
    return g, f


STAFF = ["Rebecca Okafor, MD", "Tomasz Wiśniewski, DO", "Priya Raman, MD", "Luis Echeverría, MD"]
STAFF_SHORT = ["R. Okafor", "T. Wisniewski", "P. Raman", "L. Echeverria"]
STAFF_USERS = ["rokafor", "twisniewski", "praman", "lecheverria", "kpatel", "jmorales", "frontdesk2", "mnguyen.ma", "billing1"]
INTERP_LANG = [("Dari", "DAR"), ("Pashto", "PUS"), ("Arabic", "ARA"), ("Ukrainian", "UKR"), ("Swahili", "SWA"),
               ("Kinyarwanda", "KIN"), ("Rohingya", "RHG"), ("Somali", "SOM"), ("Spanish", "SPA"),
               ("Vietnamese", "VIE"), ("Haitian Creole", "HAT"), ("Tigrinya", "TIR"), ("Nepali", "NEP"),
               ("Mandarin", "CMN"), ("K'iche'", "QUC")]
LANG_BY_ISO = {"AFG": ("Dari", "DAR"), "SYR": ("Arabic", "ARA"), "UKR": ("Ukrainian", "UKR"), "COD": ("Swahili", "SWA"),
               "MMR": ("Rohingya", "RHG"), "SOM": ("Somali", "SOM"), "GTM": ("K'iche'", "QUC"), "VNM": ("Vietnamese", "VIE"),
               "HTI": ("Haitian Creole", "HAT"), "VEN": ("Spanish", "SPA"), "ERI": ("Tigrinya", "TIR"), "BTN": ("Nepali", "NEP"),
               "CHN": ("Mandarin", "CMN"), "IRN": ("Farsi", "FAS"), "MEX": ("Spanish", "SPA"), "RUS": ("Russian", "RUS"),
               "CUB": ("Spanish", "SPA"), "IND": ("Punjabi", "PAN"), "PHL": ("Tagalog", "TGL"), "NGA": ("Igbo", "IBO"),
               "NLD": ("Dutch", "NLD")}


def plang(p):
    return LANG_BY_ISO.get(p["iso"], ("English", "ENG"))


CLINIC_PHONE = "+17185550100"
CLINIC_FAX = "(718) 555-0199"

# ---------------------------------------------------------------- clock
NOW = [datetime(2024, 9, 16, 7, 2, 11)]
MS = [123]


def tick(lo=1, hi=35):
    NOW[0] = NOW[0].replace(microsecond=0) + timedelta(seconds=rng.randint(lo, hi))
    MS[0] = rng.randint(0, 999)
    return NOW[0]


def ts_iso(z=True):
    return NOW[0].strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % MS[0] if z else NOW[0].strftime("%Y-%m-%dT%H:%M:%S")


def ts_ruby():
    NOW[0] += timedelta(microseconds=rng.randint(60, 9000))
    return NOW[0].strftime("%Y-%m-%dT%H:%M:%S.%f")


def appt_date():
    return (NOW[0] + timedelta(days=rng.randint(1, 21))).date()


def exam_date():
    return (NOW[0] - timedelta(days=rng.randint(0, 40))).date()


# ---------------------------------------------------------------- families
RAILS_PID = 21873


def rails_prefix(ln, lvl="I", req=None):
    name = {"I": "INFO", "D": "DEBUG", "W": "WARN", "E": "ERROR"}[lvl]
    ln.t("%s, [%s #%d] %5s -- : " % (lvl, ts_ruby(), RAILS_PID, name))
    if req:
        ln.t("[%s] " % req)


def ev_rails_request():
    tick()
    req = uuid4()
    out = []
    kind = rng.choice(["applicant_update", "portal_booking", "i693_update", "dash", "search",
                       "health", "ds260", "schedule_export", "checkin", "applicant_update", "portal_booking"])
    p = person()
    portal = kind in ("portal_booking", "ds260")
    ip = (p["portal_ip"], "ip") if portal else ("10.20.%d.%d" % (rng.randint(1, 4), rng.randint(10, 240)), None)
    aid = str(rng.randint(1000, 9999))
    routes = {
        "applicant_update": ("PATCH", "/applicants/%s" % aid, "ApplicantsController#update"),
        "portal_booking": ("POST", "/portal/appointments", "Portal::AppointmentsController#create"),
        "i693_update": ("PATCH", "/applicants/%s/i693_forms/%d" % (aid, rng.randint(100, 999)), "I693FormsController#update"),
        "dash": ("GET", "/dashboard?date=%s" % NOW[0].strftime("%Y-%m-%d"), "DashboardController#show"),
        "search": ("GET", "/applicants?q=", "ApplicantsController#index"),
        "health": ("GET", "/up", "Rails::HealthController#show"),
        "ds260": ("POST", "/portal/intake", "Portal::IntakeController#create"),
        "schedule_export": ("GET", "/reports/schedule.csv?from=2024-09-16&to=2024-09-20", "Reports::ScheduleController#index"),
        "checkin": ("POST", "/appointments/%d/check_in" % rng.randint(20000, 60000), "AppointmentsController#check_in"),
    }
    meth, path, ctrl = routes[kind]
    ln = Line("rails")
    rails_prefix(ln, "I", req)
    if kind == "search":
        q = fold(p["family"]).lower()
        ln.add('Started GET "/applicants?q=', (q, "name"), '" for ', ip, " at %s -0400" % NOW[0].strftime("%Y-%m-%d %H:%M:%S"))
    else:
        ln.add('Started %s "%s" for ' % (meth, path), ip, " at %s -0400" % NOW[0].strftime("%Y-%m-%d %H:%M:%S"))
    out.append(ln)
    ln = Line("rails")
    rails_prefix(ln, "I", req)
    ln.t("Processing by %s as %s" % (ctrl, "CSV" if kind == "schedule_export" else ("JSON" if kind == "checkin" else "HTML")))
    out.append(ln)
    params = None
    if kind == "applicant_update":
        params = {"authenticity_token": "[FILTERED]", "applicant": {
            "last_name": (p["family"], "name"), "first_name": (p["given"], "name"),
            "date_of_birth": (fd(p["dob"], "iso"), "date"), "a_number": (anum(p, rng.choice([0, 2, 6])), "other_id"),
            "mobile_phone": (phone(p), "phone"), "email": (p["email"], "email"),
            "ssn": "[FILTERED]", "preferred_language": plang(p)[0]},
            "commit": "Update Applicant", "id": aid}
    elif kind == "portal_booking":
        params = {"authenticity_token": "[FILTERED]", "appointment": {
            "slot_id": str(rng.randint(8000, 9999)), "visit_type": rng.choice(["i693_full", "i693_supplement", "tb_only", "vaccines_only"]),
            "preferred_date": (fd(appt_date(), "iso"), "date"),
            "applicant_attributes": {"given_name": (p["given"], "name"), "family_name": (p["family"], "name"),
                                     "dob": (fd(p["dob"], "us"), "date"), "email": (p["email"], "email"),
                                     "phone": (phone(p, 1), "phone"), "receipt_number": (p["receipt"], "other_id")}},
            "terms": "1", "locale": rng.choice(["en", "es", "fr", "ar", "uk"])}
    elif kind == "i693_update":
        params = {"authenticity_token": "[FILTERED]", "i693_form": {
            "pt1_family_name": (fold(p["family"]).upper(), "name"), "pt1_given_name": (fold(p["given"]).upper(), "name"),
            "pt1_city_of_birth": (p["city_birth"], "address"), "pt1_country_of_birth": p["country"],
            "pt1_a_number": (p["anum"], "other_id"), "pt1_uscis_online_account": "",
            "pt4_tb_igra_result": rng.choice(["negative", "positive", "indeterminate"]),
            "pt4_cxr_required": rng.choice(["0", "1"])}, "commit": "Save draft", "applicant_id": aid, "id": path.rsplit("/", 1)[1]}
    elif kind == "ds260":
        params = {"intake": {"ds260_confirmation": (p["ds260"], "other_id"), "nvc_case_number": (p["nvc"], "other_id"),
                             "passport_number": (p["passport"], "license"), "passport_expiry": (fd(p["pp_issue"].replace(year=p["pp_issue"].year + 10), "iso"), "date"),
                             "visa_class": rng.choice(["IR1", "CR1", "IR5", "F21", "EB3", "DV"]),
                             "portal_username": (p["user"], "other_id")}, "password": "[FILTERED]"}
    elif kind == "dash":
        params = {"date": NOW[0].strftime("%Y-%m-%d"), "provider_id": str(rng.randint(1, 6))}
    elif kind == "schedule_export":
        params = {"from": "2024-09-16", "to": "2024-09-20", "format": "csv"}
    elif kind == "checkin":
        params = {"id": path.split("/")[2], "room": "Exam %d" % rng.randint(1, 6), "kiosk": "lobby-ipad-2"}
        if rng.random() < 0.6:
            params["parking_validation"] = {"plate": ("%s%s%d" % (rng.choice(["", "", "NY ", "NJ "]), alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), rng.randint(1000, 9999)), "vehicle"),
                                            "garage": "P2"}
    elif kind == "search":
        params = {"q": (fold(p["family"]).lower(), "name")}
    if params:
        ln = Line("rails")
        rails_prefix(ln, "I", req)
        ln.t("  Parameters: ")
        rw(ln, params)
        out.append(ln)
    if kind in ("applicant_update", "search", "checkin") or (kind != "health" and rng.random() < 0.4):
        ln = Line("rails")
        rails_prefix(ln, "D", req)
        if kind == "search":
            ln.add('  Applicant Load (%.1fms)  SELECT "applicants".* FROM "applicants" WHERE (last_name ILIKE \'' % (rng.random() * 9),
                   (fold(p["family"]).lower(), "name"), "%') ORDER BY \"applicants\".\"last_name\" ASC LIMIT $1  [[\"LIMIT\", 25]]")
        elif kind == "applicant_update":
            ln.add('  Applicant Update (%.1fms)  UPDATE "applicants" SET "mobile_phone" = $1, "updated_at" = $2 WHERE "applicants"."id" = $3  [["mobile_phone", "' % (rng.random() * 3),
                   (phone(p), "phone"), '"], ["updated_at", "%s"], ["id", %s]]' % (NOW[0].strftime("%Y-%m-%d %H:%M:%S.%f"), aid))
        else:
            ln.t('  Appointment Load (%.1fms)  SELECT "appointments".* FROM "appointments" WHERE "appointments"."id" = $1 LIMIT $2  [["id", %d], ["LIMIT", 1]]'
                 % (rng.random() * 2, rng.randint(20000, 60000)))
        out.append(ln)
    if kind not in ("health", "schedule_export") and rng.random() < 0.5:
        ln = Line("rails")
        rails_prefix(ln, "I", req)
        ln.t("  Rendered %s (Duration: %.1fms | Allocations: %d)" % (
            rng.choice(["applicants/_form.html.erb", "layouts/application.html.erb", "portal/appointments/new.html.erb",
                        "i693_forms/edit.html.erb within layouts/application"]), rng.random() * 40, rng.randint(800, 30000)))
        out.append(ln)
    ln = Line("rails")
    rails_prefix(ln, "I", req)
    code = rng.choice(["302 Found", "200 OK", "200 OK"]) if kind not in ("health", "search", "schedule_export", "checkin") else "200 OK"
    if kind in ("applicant_update",) and rng.random() < 0.25:
        code = "422 Unprocessable Entity"
    if kind == "health":
        ln.t("Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: 0.0ms | Allocations: %d)" % (rng.randint(0, 3), rng.random(), rng.randint(40, 400)))
    else:
        ln.t("Completed %s in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (
            code, rng.randint(30, 900), rng.random() * 30, rng.random() * 25, rng.randint(500, 90000)))
    out.append(ln)
    return out


def ev_rails_misc():
    tick()
    p = person()
    ln = Line("rails")
    k = rng.randint(0, 8)
    if k == 8:
        q = p if p["ssn"] else rng.choice([x for x in PEOPLE if x["ssn"]])
        rails_prefix(ln, "E", uuid4())
        ln.add('ActiveRecord::RecordNotUnique (PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint "index_applicants_on_ssn"',
               "\\nDETAIL:  Key (ssn)=(", (q["ssn"], "ssn"), ") already exists.\\n):")
    elif k == 0:
        rails_prefix(ln, "W", uuid4())
        ln.add("Validation failed for Applicant#%d: A number has already been taken (" % rng.randint(1000, 9999),
               (anum(p, 0), "other_id"), "), Date of birth can't be in the future")
    elif k == 1:
        rails_prefix(ln, "E", uuid4())
        ln.add("I693::PdfFiller failed for applicant ", (full(p, 1), "name"), " (chart ", (p["mrn"], "mrn"),
               "): Pdftk::Error field 'form1[0].#subform[1].Pt1Line7_AlienNumber[0]' maxlength 9 exceeded")
    elif k == 2:
        rails_prefix(ln, "I")
        ln.t("Cache write: views/dashboard/%s-%s (%.1fms)" % (NOW[0].strftime("%Y%m%d"), hexs(12), rng.random() * 3))
    elif k == 3:
        rails_prefix(ln, "W")
        ln.t("Rack::Attack throttled 185.220.%d.%d on /portal/login (limit 5/60s)" % (rng.randint(1, 254), rng.randint(1, 254)))
    elif k == 4:
        rails_prefix(ln, "I", uuid4())
        ln.add("[ActiveJob] Enqueued I693PacketJob (Job ID: %s) to Sidekiq(default) with arguments: %d" % (uuid4(), rng.randint(1000, 9999)))
    elif k == 5:
        rails_prefix(ln, "D")
        ln.t("  TRANSACTION (0.%dms)  COMMIT" % rng.randint(1, 9))
    elif k == 6:
        rails_prefix(ln, "I", uuid4())
        ln.add("[ActiveStorage] Uploaded file to key: %s (checksum: %s==)" % (alnum(28, "abcdefghijklmnopqrstuvwxyz0123456789"),
                                                                               base64.b64encode(bytes(rng.randint(0, 255) for _ in range(16))).decode()[:22]))
    else:
        rails_prefix(ln, "E", uuid4())
        ln.t("ActionController::RoutingError (No route matches [GET] \"/wp-login.php\")")
    return [ln]


def ev_sidekiq():
    tick()
    jid = hexs(24)
    cls = rng.choice(["AppointmentReminderJob", "I693PacketJob", "EdnSyncJob", "QuestResultsPollJob", "NightlyBillingExportJob",
                      "PurgeDraftFormsJob", "InterpreterCdrImportJob"])
    tid = alnum(4, "abcdefghijklmnopqrstuvwxyz0123456789")
    out = []
    ln = Line("sidekiq")
    ln.t("%s pid=21901 tid=%s class=%s jid=%s INFO: start" % (ts_iso(), tid, cls, jid))
    out.append(ln)
    r = rng.random()
    ln = Line("sidekiq")
    tick(1, 12)
    if r < 0.3 and cls in ("AppointmentReminderJob", "I693PacketJob", "EdnSyncJob"):
        p = person()
        if cls == "AppointmentReminderJob":
            ln.add("%s pid=21901 tid=%s class=%s jid=%s elapsed=%.3f WARN: Twilio::REST::RestError: [HTTP 400] 21211 : Unable to create record: The 'To' number "
                   % (ts_iso(), tid, cls, jid, rng.random() * 2), (phone(p, 3), "phone"), " is not a valid phone number.")
        elif cls == "EdnSyncJob":
            ln.add("%s pid=21901 tid=%s class=%s jid=%s WARN: EDN record " % (ts_iso(), tid, cls, jid), (p["edn"], "other_id"),
                   " skipped: alien_id ", (anum(p, 2), "other_id"), " not found in applicants")
        else:
            ln.add("%s pid=21901 tid=%s class=%s jid=%s elapsed=%.3f ERROR: I693PacketJob failed: PDF for " % (ts_iso(), tid, cls, jid, rng.random() * 9),
                   (full(p, 2), "name"), " missing Part 5 signature date")
    else:
        ln.t("%s pid=21901 tid=%s class=%s jid=%s elapsed=%.3f INFO: done" % (ts_iso(), tid, cls, jid, rng.random() * 12))
    out.append(ln)
    return out


def ev_mailer():
    tick()
    ln = Line("actionmailer")
    p = person()
    k = rng.randint(0, 2)
    if k == 0:
        rails_prefix(ln, "I")
        ln.add("Delivered mail %s@cs-app01.mail (%.1fms)" % (hexs(24), rng.random() * 900))
    elif k == 1:
        rails_prefix(ln, "I")
        ln.add("AppointmentMailer#confirmation: processed outbound mail in %.1fms" % (rng.random() * 90))
    else:
        rails_prefix(ln, "I")
        ln.add("Sent mail to ", (p["email"], "email"), " (%.1fms)" % (rng.random() * 400))
    return [ln]


# ---- .NET refugee screening service
def serilog(props, mt, level=None, exc=None):
    ln = Line("serilog_json")
    obj = {"@t": NOW[0].strftime("%Y-%m-%dT%H:%M:%S.") + "%07dZ" % rng.randint(0, 9999999), "@mt": mt}
    if level:
        obj["@l"] = level
    if exc:
        obj["@x"] = exc
    obj.update(props)
    jcompact(ln, obj)
    return ln


def ev_serilog():
    tick()
    p = person()
    k = rng.randint(0, 11)
    ctx = {"RequestId": "0HN6%s:0000000%d" % (alnum(8), rng.randint(1, 9)), "MachineName": rng.choice(["RHP-APP01", "RHP-APP02"])}
    if k == 0:
        props = {"CaseNumber": (p["wraps"], "other_id"), "AlienNumber": (anum(p, 0), "other_id"),
                 "ArrivalDate": (fd(p["arrival"], "isot"), "date"), "SourceContext": "RHP.Arrivals.ArrivalImportService"}
        props.update(ctx)
        return [serilog(props, "Arrival record imported {CaseNumber} {AlienNumber} arrived {ArrivalDate}")]
    if k == 1:
        props = {"PatientName": (full(p, 0), "name"), "AppointmentDate": (fd(appt_date(), "iso") + "T%02d:%s:00" % (rng.randint(8, 15), rng.choice(["00", "30"])), "date"),
                 "ClinicSite": rng.choice(["Eastside FQHC", "County Health Dept - Clinic B", "Refugee Clinic @ St. Anne"]),
                 "EncounterId": (p["enc"], "other_id"), "SourceContext": "RHP.Scheduling.AppointmentService"}
        props.update(ctx)
        return [serilog(props, "Domestic screening scheduled for {PatientName} on {AppointmentDate} at {ClinicSite} ({EncounterId})")]
    if k == 2:
        props = {"MedicaidId": (p["medicaid"], "health_plan"), "Status": rng.choice(["Active", "Pending", "Inactive"]),
                 "ElapsedMs": rng.randint(80, 4000), "SourceContext": "RHP.Eligibility.RmaEligibilityClient"}
        props.update(ctx)
        return [serilog(props, "RMA eligibility check returned {Status} for {MedicaidId} in {ElapsedMs} ms")]
    if k == 3:
        lang = rng.choice(INTERP_LANG)
        props = {"Language": lang[0], "EncounterId": (p["enc"], "other_id"), "Vendor": "LanguageLine",
                 "SourceContext": "RHP.Interpreting.InterpreterRequestService"}
        props.update(ctx)
        return [serilog(props, "Interpreter requested: {Language} for encounter {EncounterId} via {Vendor}")]
    if k == 4:
        props = {"CaseNumber": (p["wraps"], "other_id"), "Camp": (p["camp"] or "Kakuma", "address"),
                 "FingerprintTemplateSha256": (hexs(64), "biometric"), "SourceContext": "RHP.Arrivals.IomDocumentParser"}
        props.update(ctx)
        return [serilog(props, "IOM pre-departure packet parsed for {CaseNumber} (camp {Camp}); biometric ref {FingerprintTemplateSha256}", "Debug")]
    if k == 5:
        props = {"HealthCheckName": rng.choice(["npgsql", "edn-api", "hangfire", "redis"]), "ElapsedMilliseconds": round(rng.random() * 60, 4),
                 "HealthStatus": rng.choice(["Healthy", "Healthy", "Healthy", "Degraded"]),
                 "SourceContext": "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService"}
        props.update(ctx)
        return [serilog(props, "Health check {HealthCheckName} completed after {ElapsedMilliseconds}ms with status {HealthStatus}", "Debug")]
    if k == 6:
        props = {"elapsed": str(rng.randint(1, 90)), "parameters": "@__caseNumber_0='?' (Size = 20)", "commandType": "Text", "commandTimeout": 30,
                 "newLine": "\n", "commandText": "SELECT a.\"Id\", a.\"CaseNumber\" FROM \"Arrivals\" AS a WHERE a.\"CaseNumber\" = @__caseNumber_0 LIMIT 1",
                 "EventId": {"Id": 20101, "Name": "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted"},
                 "SourceContext": "Microsoft.EntityFrameworkCore.Database.Command"}
        return [serilog(props, "Executed DbCommand ({elapsed}ms) [Parameters=[{parameters}], CommandType='{commandType}', CommandTimeout='{commandTimeout}']{newLine}{commandText}")]
    if k == 7:
        props = {"JobId": str(rng.randint(10000, 99999)), "JobType": rng.choice(["EdnPullJob", "RmaBatchEligibilityJob", "LtbiFollowUpReminderJob"]),
                 "Duration": "00:00:%02d.%07d" % (rng.randint(0, 59), rng.randint(0, 9999999)), "SourceContext": "Hangfire.Server.Worker"}
        return [serilog(props, "Job {JobId} ({JobType}) succeeded in {Duration}")]
    if k == 8:
        props = {"AlienNumber": (anum(p, 2), "other_id"), "StatusCode": 409, "SourceContext": "RHP.Integrations.Edn.EdnClient"}
        props.update(ctx)
        exc = "System.Net.Http.HttpRequestException: Response status code does not indicate success: 409 (Conflict).\n   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()\n   at RHP.Integrations.Edn.EdnClient.PostFollowUpAsync(FollowUp fu, CancellationToken ct) in /src/RHP.Integrations/Edn/EdnClient.cs:line 142"
        return [serilog(props, "EDN follow-up worksheet upload failed for {AlienNumber}", "Error", exc)]
    if k == 9:
        props = {"address": "http://[::]:%d" % rng.choice([8080, 5000]), "SourceContext": "Microsoft.Hosting.Lifetime"}
        return [serilog(props, "Now listening on: {address}")]
    if k == 10:
        props = {"Patient": {"_typeTag": "PatientSummary", "FamilyName": (p["family"], "name"), "GivenName": (p["given"], "name"),
                             "BirthDate": (fd(p["dob"], "iso"), "date"), "Phone": (phone(p, 3), "phone"),
                             "Address": {"Line1": (p["street"], "address"), "City": (p["city"], "address"), "State": p["state"], "PostalCode": (p["zip"], "zip")}},
                 "SourceContext": "RHP.Web.Controllers.PatientsController"}
        props.update(ctx)
        return [serilog(props, "Patient demographics updated {@Patient}")]
    props = {"ConfigurationKey": rng.choice(["Edn:BaseUrl", "Rma:TimeoutSeconds", "Hangfire:WorkerCount"]),
             "SourceContext": "RHP.Web.Startup"}
    return [serilog(props, "Configuration value {ConfigurationKey} loaded from environment", "Verbose")]


def ev_dotnet_console():
    tick()
    p = person()
    k = rng.randint(0, 6)
    ln = Line("dotnet_console")
    if k == 0:
        ln.t("info: Microsoft.AspNetCore.Hosting.Diagnostics[2] Request finished HTTP/1.1 GET http://rhp-app0%d:8080/healthz - 200 - text/plain 1.%04dms"
             % (rng.randint(1, 2), rng.randint(0, 9999)))
    elif k == 1:
        ln.t("info: Microsoft.AspNetCore.Hosting.Diagnostics[1] Request starting HTTP/2 POST https://rhp.countyhealth.example/api/arrivals/import - application/json %d"
             % rng.randint(900, 90000))
    elif k == 2:
        ln.add("warn: RHP.Web.Controllers.ArrivalsController[0] Duplicate arrival for case ", (p["wraps"], "other_id"),
               " (", (full(p, 1), "name"), ", DOB ", (fd(p["dob"], "us"), "date"), ") - keeping newest EDN version")
    elif k == 3:
        ln.t("warn: Microsoft.EntityFrameworkCore.Query[20504] Compiling a query which loads related collections for more than one collection navigation, either via 'Include' or through projection, but no 'QuerySplittingBehavior' has been configured.")
    elif k == 4:
        ln.add("fail: RHP.Screening.LtbiService[1003] Cannot start 3HP for encounter ", (p["enc"], "other_id"),
               ": patient weight missing (age ", (str(rng.randint(91, 98)), "age") if rng.random() < 0.3 else str(rng.randint(3, 70)), ")")
    elif k == 5:
        ln.t("      at RHP.Integrations.Edn.EdnClient.PostFollowUpAsync(FollowUp fu, CancellationToken ct) in /src/RHP.Integrations/Edn/EdnClient.cs:line %d" % rng.randint(100, 200))
    else:
        ln.t("info: Microsoft.Hosting.Lifetime[0] Application started. Hosting environment: Production; Content root path: /app")
    return [ln]


# ---- I-693 form fill JSON
def ev_i693_json():
    tick()
    p = person()
    ln = Line("i693_json")
    ex = exam_date()
    obj = {
        "form": "I-693", "edition": "01/20/25", "packet_id": uuid4(), "generated_at": ts_iso(),
        "fields": {
            "Pt1Line1a_FamilyName": (fold(p["family"]).upper(), "name"),
            "Pt1Line1b_GivenName": (fold(p["given"]).upper(), "name"),
            "Pt1Line2_StreetNumberName": (p["street"].upper(), "address"),
            "Pt1Line2_CityOrTown": (p["city"].upper(), "address"),
            "Pt1Line2_State": p["state"], "Pt1Line2_ZipCode": (p["zip"], "zip"),
            "Pt1Line3_Gender": p["sex"],
            "Pt1Line4_DateOfBirth": (fd(p["dob"], "us"), "date"),
            "Pt1Line5_CityTownOfBirth": (fold(p["city_birth"]), "address"),
            "Pt1Line6_CountryOfBirth": p["country"].upper(),
            "Pt1Line7_AlienNumber": (p["anum"], "other_id"),
            "Pt1Line8_USCISOnlineAcctNumber": (digits(12), "other_id") if rng.random() < 0.5 else "",
            "Pt2Line3_DaytimePhone": (phone(p, 2), "phone"),
            "Pt2Line5_Email": (p["email"], "email"),
            "Pt4_DateOfExam": (fd(ex, "us"), "date"),
            "Pt4_IGRA_Result": rng.choice(["Negative", "Positive", "Indeterminate"]),
            "Pt4_CS_Name": "OKAFOR, REBECCA", "Pt4_CS_USCIS_Code": "CS-%05d" % rng.randint(10000, 99999),
            "Pt4_CS_Phone": "7185550100",
        },
        "flattened": False,
    }
    if p["ssn"] and rng.random() < 0.7:
        obj["fields"]["Pt1Line9_SSN"] = (p["ssn"].replace("-", ""), "ssn")
    jw(ln, obj)
    return [ln]


# ---- pdftk dump blocks
PDF_FIELDS = [
    ("Pt1Line1a_FamilyName", "Part 1. Information About You. 1.a. Family Name (Last Name)", "family", 33),
    ("Pt1Line1b_GivenName", "1.b. Given Name (First Name)", "given", 33),
    ("Pt1Line4_DateOfBirth", "4. Date of Birth (mm/dd/yyyy)", "dob", 10),
    ("Pt1Line5_CityTownOfBirth", "5. City/Town/Village of Birth", "cob", 34),
    ("Pt1Line7_AlienNumber", "7. Alien Registration Number (A-Number)", "anum", 9),
    ("Pt1Line2_ZipCode", "2.f. ZIP Code", "zip", 5),
    ("Pt1Line9_SSN", "9. U.S. Social Security Number (if any)", "ssn", 9),
    ("Pt2Line1_DaytimePhone", "Part 2. Applicant's Contact Information. 1. Daytime Telephone Number", "phone", 10),
    ("Pt4Line2_ExamDate", "Date of Initial Examination (mm/dd/yyyy)", "exam", 10),
    ("Pt5Line1_CSFamilyName", "Part 5. Civil Surgeon's Family Name", "csname", 33),
    ("Pt5Line5_CSDaytimePhone", "Civil Surgeon's Daytime Telephone Number", "csphone", 10),
]


def ev_pdftk():
    tick()
    p = person()
    out = []
    fields = rng.sample(PDF_FIELDS, rng.randint(1, 3))
    if rng.random() < 0.3:
        fields.append(("chkbx_Pt3Line1_Gonorrhea", "checkbox", "check", 0))
    for fname, alt, kind, mx in fields:
        sub = rng.randint(0, 4)
        val, cat = {
            "family": (fold(p["family"]).upper(), "name"), "given": (fold(p["given"]).upper(), "name"),
            "dob": (fd(p["dob"], "us"), "date"), "cob": (fold(p["city_birth"]), "address"), "anum": (p["anum"], "other_id"),
            "zip": (p["zip"], "zip"), "ssn": ((p["ssn"] or "").replace("-", ""), "ssn"), "phone": (phone(p, 2), "phone"),
            "exam": (fd(exam_date(), "us"), "date"), "csname": ("OKAFOR", None), "csphone": ("7185550100", None),
            "check": (rng.choice(["Off", "N", "Y"]), None),
        }[kind]
        if kind == "ssn" and not val:
            val, cat = "", None
        is_chk = kind == "check"
        for row in ["---", "FieldType: %s" % ("Button" if is_chk else "Text"),
                    "FieldName: form1[0].#subform[%d].%s[0]" % (sub, fname),
                    None if is_chk else "FieldNameAlt: %s" % alt,
                    "FieldFlags: %d" % (0 if is_chk else rng.choice([0, 8388608, 12582912])),
                    "VALUE",
                    "FieldStateOption: Off" if is_chk else "FieldJustification: Left",
                    "FieldStateOption: Y" if is_chk else ("FieldMaxLength: %d" % mx)]:
            if row is None:
                continue
            ln = Line("pdftk_dump")
            if row == "VALUE":
                if not val and not is_chk:
                    continue
                ln.add("FieldValue: ", (val, cat))
            else:
                ln.t(row)
            out.append(ln)
    return out


def ev_pypdf():
    tick()
    p = person()
    ln = Line("pypdf_fields")
    k = rng.randint(0, 3)
    if k == 0:
        ln.add("DEBUG:i693.fill:set {'/T': 'Pt1Line1a_FamilyName[0]', '/FT': '/Tx', '/V': '", (fold(p["family"]).upper(), "name"),
               "', '/Ff': 8388608}")
    elif k == 1:
        ln.add("DEBUG:i693.fill:set {'/T': 'Pt1Line4_DateOfBirth[0]', '/FT': '/Tx', '/V': '", (fd(p["dob"], "us"), "date"),
               "', '/MaxLen': 10}")
    elif k == 2:
        ln.t("DEBUG:i693.fill:set {'/T': 'chkbx_Pt4_ClassBTB[0]', '/FT': '/Btn', '/V': '/%s', '/_States_': ['/Y', '/Off']}" % rng.choice(["Y", "Off"]))
    else:
        ln.t("WARNING:pypdf._writer:Font dictionary for /Helv not found; NeedAppearances set to True (page %d, %d fields)" % (rng.randint(1, 12), rng.randint(40, 320)))
    return [ln]


# ---- eMedical-like XML
def photo_b64():
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x01, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00])
    raw += bytes(rng.randint(0, 255) for _ in range(rng.randint(150, 240)))
    return base64.b64encode(raw).decode()


def xml_tag(ln, tag, val, cat=None, attrs=""):
    ln.t("<%s%s>" % (tag, attrs)).p(val, cat).t("</%s>" % tag)


def ev_emedical_compact():
    tick()
    p = person()
    ln = Line("emedical_xml")
    ln.t("2024-09-%02d %s [emedical-gw] INFO outbound submission: " % (NOW[0].day, NOW[0].strftime("%H:%M:%S,") + "%03d" % MS[0]))
    ln.t('<?xml version="1.0" encoding="UTF-8"?><HealthCaseSubmission xmlns="urn:example:emedical:us:v4" schemaVersion="4.2">')
    xml_tag(ln, "HapId", p["hap"], "other_id")
    xml_tag(ln, "CaseNumber", p["nvc"], "other_id")
    ln.t("<Applicant>")
    xml_tag(ln, "FamilyName", fold(p["family"]).upper(), "name")
    xml_tag(ln, "GivenNames", fold(p["given"]).upper(), "name")
    xml_tag(ln, "DateOfBirth", fd(p["dob"], "iso"), "date")
    xml_tag(ln, "Sex", p["sex"])
    xml_tag(ln, "CountryOfBirth", p["iso"])
    xml_tag(ln, "PassportNumber", p["passport"], "license", ' issuingCountry="%s"' % p["iso"])
    if rng.random() < 0.3:
        ln.t('<Photo type="image/jpeg">').p(photo_b64(), "photo").t("</Photo>")
    ln.t("</Applicant><Forms>")
    ln.t('<Form code="DS-2054" status="%s"/><Form code="DS-3025" status="Completed"/>' % rng.choice(["Completed", "Pending"]))
    ln.t('<Exam code="502" name="Chest X-ray" result="%s"/>' % rng.choice(["Normal", "Abnormal-NotTB", "Abnormal-SuspectTB"]))
    ln.t('<Exam code="IGRA" result="%s"/>' % rng.choice(["Negative", "Positive"]))
    ln.t("</Forms><TBClassification>%s</TBClassification>" % rng.choice(["No TB Class", "Class B1 TB, Pulmonary", "Class B2 TB, LTBI Evaluation", "Class B3 TB, Contact Evaluation"]))
    ln.t('<PanelSite code="%s"/></HealthCaseSubmission>' % rng.choice(["NBO-IOM-01", "MNL-SLEC-02", "KBL-IOM-01", "CDJ-SMM-03", "HCM-IOM-01"]))
    return [ln]


def ev_emedical_pretty():
    tick()
    p = person()
    rows = []
    ind = "  "

    def L(depth, *parts):
        ln = Line("emedical_xml")
        ln.t(ind * depth)
        ln.add(*parts)
        rows.append(ln)

    L(0, '<?xml version="1.0" encoding="UTF-8"?>')
    L(0, '<HealthCaseSubmission xmlns="urn:example:emedical:us:v4" schemaVersion="4.2" submittedAt="%s">' % ts_iso(False))
    L(1, "<HapId>", (p["hap"], "other_id"), "</HapId>")
    if p["refugee"]:
        L(1, "<RefugeeCaseNumber>", (p["wraps"], "other_id"), "</RefugeeCaseNumber>")
    else:
        L(1, "<CaseNumber>", (p["nvc"], "other_id"), "</CaseNumber>")
    L(1, "<Applicant>")
    L(2, "<Name>", (full(p, 2), "name"), "</Name>")
    L(2, "<DateOfBirth>", (fd(p["dob"], "iso"), "date"), "</DateOfBirth>")
    L(2, "<PlaceOfBirth>", (fold(p["city_birth"]), "address"), ", %s</PlaceOfBirth>" % p["country"])
    if p["refugee"] and p["camp"]:
        L(2, "<CurrentLocation>", (p["camp"], "address"), " camp</CurrentLocation>")
    L(2, "<Passport number=\"", (p["passport"], "license"), "\" issued=\"", (fd(p["pp_issue"], "iso"), "date"), "\"/>")
    L(2, '<Photograph mimeType="image/jpeg" encoding="base64">', (photo_b64(), "photo"), "</Photograph>")
    L(1, "</Applicant>")
    L(1, "<Exams>")
    L(2, '<Exam code="501" name="Medical Examination" status="Completed" examDate="', (fd(exam_date(), "iso"), "date"), '"/>')
    L(2, '<Exam code="502" name="Chest X-ray" status="%s"/>' % rng.choice(["Completed", "Referred"]))
    L(2, '<Exam code="707" name="HIV test" status="NotRequired"/>')
    L(1, "</Exams>")
    L(1, '<Physician panelId="PP-%04d" name="Dr. Wanjiru Kamau"/>' % rng.randint(1000, 9999))
    L(0, "</HealthCaseSubmission>")
    return rows


def ev_emedical_status():
    tick()
    p = person()
    ln = Line("emedical_xml")
    if rng.random() < 0.5:
        ln.t('<Ack xmlns="urn:example:emedical:us:v4" status="ACCEPTED" submissionId="%s" received="%s"/>' % (uuid4(), ts_iso()))
    else:
        ln.add('<Ack xmlns="urn:example:emedical:us:v4" status="REJECTED" hapId="', (p["hap"], "other_id"),
               '"><Error code="E2017">Date of birth ', (fd(p["dob"], "dot"), "date"), " does not match DS-260</Error></Ack>")
    return [ln]


# ---- EDN-like notifications
EDN_HEADER = "EDN_ID,AlienID,LastName,FirstName,DOB,Sex,BirthCountry,ArrivalDate,PortOfEntry,VisaType,TBClass,Address1,City,State,Zip,Phone,Age,Remarks"


def csvq(v):
    return '"%s"' % v if ("," in v or '"' in v) else v


def ev_edn_csv():
    tick()
    out = []
    ln = Line("edn_csv")
    ln.t(EDN_HEADER)
    out.append(ln)
    for p in rng.sample(PEOPLE, rng.randint(1, 3)):
        ln = Line("edn_csv")
        age_val = (NOW[0].date() - p["dob"]).days // 365
        parts = [(p["edn"], "other_id"), (anum(p, 2), "other_id"), (fold(p["family"]).upper(), "name"), (fold(p["given"]).upper(), "name"),
                 (fd(p["dob"], "us"), "date"), (p["sex"], None), (p["country"], None), (fd(p["arrival"], "us"), "date"),
                 (rng.choice(["JFK", "IAD", "ORD", "IAH", "LAX", "ATL", "EWR", "MIA"]), None),
                 (("SIV" if p["iso"] == "AFG" and rng.random() < 0.5 else "Refugee") if p["refugee"] else rng.choice(["IR1", "CR1", "IR5", "F2A", "IR2"]), None),
                 (rng.choice(["No TB Class", "B1 TB, Pulmonary", "B2 TB, LTBI", "B1 TB, Extrapulmonary"]), None),
                 (p["street"], "address"), (p["city"], "address"), (p["state"], None), (p["zip"], "zip"),
                 (phone(p, 2), "phone"), (str(age_val), "age" if age_val > 89 else None),
                 (rng.choice(["", "", "treated for TB 2021-2022", "CXR abnormal, sputa neg x3", "follow-up at county"]), None)]
        for i, (v, c) in enumerate(parts):
            if i:
                ln.t(",")
            if "," in v:
                ln.t('"').p(v, c).t('"')
            else:
                ln.p(v, c)
        out.append(ln)
    return out


def ev_edn_pipe():
    tick()
    p = person()
    ln = Line("edn_pipe")
    if rng.random() < 0.25:
        ln.t("EDN|BATCH|%s|records=%d|class_a=0|class_b=%d|sha1=%s" % (NOW[0].strftime("%Y%m%d"), rng.randint(5, 80), rng.randint(0, 12), hexs(40)))
        return [ln]
    ln.add("EDN|NOTIF|", (p["edn"], "other_id"), "|", (p["anum"], "other_id"), "|", (fold(p["family"]).upper(), "name"), "^",
           (fold(p["given"]).upper(), "name"), "|", (fd(p["dob"], "hl7"), "date"), "|", p["sex"], "|", p["iso"], "|",
           (fd(p["arrival"], "hl7"), "date"), "|", rng.choice(["B1PUL", "B2LTBI", "B3CON", "NOCLASS"]), "|",
           rng.choice(["Y", "N"]), "|", (p["county"] or p["city"], "address"), "|", p["state"], "|")
    return [ln]


# ---- vaccination histories (foreign records)
CVX = [("MMR", "03"), ("Td", "09"), ("Tdap", "115"), ("Polio IPV", "10"), ("OPV", "02"), ("Hep B", "08"), ("Varicella", "21"),
       ("DTP", "01"), ("Hib", "17"), ("Influenza", "141"), ("COVID-19", "208"), ("Yellow fever", "37"), ("BCG", "19")]


def vdate(p, k):
    if p["dob"].year < 1975:  # adult catch-up doses documented abroad
        return date(rng.randint(2012, 2024) if k < 12 else 2024, rng.randint(1, 12 if k < 12 else 8), rng.randint(1, 28))
    return date(min(p["dob"].year + k, 2024), rng.randint(1, 12), rng.randint(1, 28))


def vax_text(p):
    lang = p["lang"]
    d1, d2, d3 = vdate(p, 1), vdate(p, 2), vdate(p, 5)
    nm = p["native"] or full(p, 0)
    if lang == "es":
        return "es", tx("Carné de vacunación. Nombre: ", (nm, "name"), ". Fecha de nacimiento: ", (fd(p["dob"], "eu"), "date"),
                        ". SPR 1a dosis ", (fd(d1, "eu"), "date"), "; SPR 2a dosis ", (fd(d2, "eu"), "date"), "; Td refuerzo ",
                        (fd(d3, "es"), "date"), ". Sello: Centro de Salud Zona 3.")
    if lang == "fr" or lang == "sw" and rng.random() < 0.5:
        icvp = "%s%06d" % (rng.choice(["CD", "RW", "TZ"]), rng.randint(0, 999999))
        return "fr", tx("Carnet de vaccination — Nom : ", (fold(p["family"]).upper(), "name"), " Prénom : ", (p["given"], "name"),
                        " Né(e) le ", (fd(p["dob"], "fr"), "date"), ". VAR (rougeole) ", (fd(d1, "eu"), "date"),
                        " ; VPO 3 ", (fd(d2, "eu"), "date"), " ; Fièvre jaune ", (fd(d3, "eu"), "date"), " (certificat international n° ",
                        (icvp, "license"), ")")
    if lang == "sw":
        return "sw", tx("Kadi ya chanjo — Jina: ", (nm, "name"), "; Tarehe ya kuzaliwa: ", (fd(p["dob"], "eu"), "date"),
                        "; Surua: ", (fd(d1, "eu"), "date"), "; Polio (OPV) dozi 3: ", (fd(d2, "eu"), "date"), "; Kambi: ",
                        (p["camp"] or "Nyarugusu", "address"))
    if lang == "ar":
        return "ar", tx("بطاقة التطعيم — الاسم: ", (nm, "name"), " — تاريخ الميلاد: ", (arabic_digits(fd(p["dob"], "eu")), "date"),
                        " — الحصبة: ", (arabic_digits(fd(d1, "eu")), "date"), " — شلل الأطفال: ", (arabic_digits(fd(d2, "eu")), "date"))
    if lang == "fa":
        return "fa", tx("کارت واکسین — نام: ", (nm, "name"), " — تاریخ تولد: ", (arabic_digits(to_jalali(p["dob"]), True), "date"),
                        " — سرخکان: ", (arabic_digits(to_jalali(d1), True), "date"), " — پولیو: ", (to_jalali(d2), "date"))
    if lang == "uk":
        return "uk", tx("Сертифікат щеплень. ПІБ: ", (nm, "name"), ", дата народження ", (fd(p["dob"], "dot"), "date"),
                        ". КПК: ", (fd(d1, "dot"), "date"), "; АКДП-3: ", (fd(d2, "dot"), "date"), "; БЦЖ у пологовому будинку.")
    if lang == "ru":
        return "ru", tx("Прививочный сертификат: ", (nm, "name"), ", ", (fd(p["dob"], "dot"), "date"), " г.р.; корь ",
                        (fd(d1, "dot"), "date"), "; АДС-М ", (fd(d3, "dot"), "date"))
    if lang == "vi":
        return "vi", tx("Sổ tiêm chủng — Họ tên: ", (nm, "name"), ", ngày sinh ", (fd(p["dob"], "eu"), "date"), ". Sởi: ",
                        (fd(d1, "eu"), "date"), "; Viêm gan B mũi 3: ", (fd(d2, "eu"), "date"))
    if lang == "zh":
        return "zh", tx("预防接种证 姓名：", (nm, "name"), " 出生日期：", ("%d年%d月%d日" % (p["dob"].year, p["dob"].month, p["dob"].day), "date"),
                        " 麻疹疫苗 ", ("%d年%d月%d日" % (d1.year, d1.month, d1.day), "date"), " 乙肝疫苗第三针 ",
                        ("%d-%02d-%02d" % (d2.year, d2.month, d2.day), "date"))
    if lang == "ht":
        return "ht", tx("Kat vaksinasyon — Non: ", (nm, "name"), ", dat nesans ", (fd(p["dob"], "eu"), "date"), ". Lawoujòl: ",
                        (fd(d1, "eu"), "date"), "; DTP 3: ", (fd(d2, "eu"), "date"))
    if lang == "so":
        return "so", tx("Kaarka tallaalka — Magaca: ", (nm, "name"), "; Taariikhda dhalashada: ", (fd(p["dob"], "eu"), "date"),
                        "; Jadeecada: ", (fd(d1, "eu"), "date"), "; Dabeysha (OPV): ", (fd(d2, "eu"), "date"))
    if lang == "ne":
        return "ne", tx("खोप कार्ड — नाम: ", (nm, "name"), ", जन्म मिति ", (fd(p["dob"], "iso"), "date"), "; दादुरा ", (fd(d1, "iso"), "date"),
                        "; शिविर: ", (p["camp"] or "Beldangi II", "address"))
    return "en", tx("Immunization record. Name: ", (nm, "name"), "; DOB ", (fd(p["dob"], "dmy"), "date"), "; MMR ",
                    (fd(d1, "dmy"), "date"), "; Hep B #3 ", (fd(d2, "dmy"), "date"))


def ev_vax_transcription():
    tick()
    p = person()
    ln = Line("vax_transcription")
    lang, text = vax_text(p)
    obj = {"ts": ts_iso(), "event": "vaccine_record.transcribed", "chart": (p["mrn"], "mrn"), "source_lang": lang,
           "source_doc": "scan_%s.pdf" % hexs(8), "source_text": text,
           "transcriber": rng.choice(["mnguyen.ma", "jmorales", "kpatel"]), "verified": rng.choice([True, False]), "pages": rng.randint(1, 4)}
    jw(ln, obj)
    return [ln]


def ev_vax_csv():
    tick()
    out = []
    if rng.random() < 0.5:
        ln = Line("vax_csv")
        ln.t("chart,vaccine,cvx,dose,date_given,source_country,source_doc_lang,entered_by,acip_valid")
        out.append(ln)
    p = person()
    v, cvx = rng.choice(CVX)
    for dose in range(1, rng.randint(2, 4)):
        ln = Line("vax_csv")
        ln.add((p["mrn"], "mrn"), ",%s,%s,%d," % (v, cvx, dose))
        if rng.random() < 0.2:
            ln.t(str(vdate(p, dose * 2).year))  # year only -> not labeled
        else:
            vd = vdate(p, dose * 2 + rng.randint(0, 1))
            if v in ("COVID-19", "Influenza"):
                vd = date(2020 + dose + (1 if v == "COVID-19" else 0), rng.randint(1, 12), rng.randint(1, 28))
            ln.p(fd(vd, rng.choice(["iso", "us"])), "date")
        ln.t(",%s,%s,%s,%s" % (p["iso"], p["lang"], rng.choice(["mnguyen.ma", "jmorales"]), rng.choice(["Y", "Y", "N"])))
        out.append(ln)
    return out


# ---- HL7 ORU IGRA / CXR
def ev_hl7():
    tick()
    p = person()
    out = []
    igra = rng.random() < 0.6
    ctrl = "Q%s-%d" % (digits(8), rng.randint(1, 4))
    collected = datetime.combine(exam_date(), datetime.min.time()) + timedelta(hours=rng.randint(8, 15), minutes=rng.randint(0, 59))
    received = collected + timedelta(hours=rng.randint(2, 20))
    result = received + timedelta(hours=rng.randint(20, 50))
    sending = ("QUEST", "QDI-TETERBORO") if igra else ("RADNET", "HVIM-XR")

    def seg(*parts):
        ln = Line("hl7_oru")
        ln.add(*parts)
        out.append(ln)

    seg(r"MSH|^~\&|%s|%s|HVIM_PM|HARBORVIEW|%s||ORU^R01^ORU_R01|%s|P|2.5.1|||AL|NE" % (sending[0], sending[1], NOW[0].strftime("%Y%m%d%H%M%S"), ctrl))
    addr = p["street"].upper()
    seg("PID|1||", (p["mrn"], "mrn"), "^^^HVIM^MR~", (p["anum"], "other_id"), "^^^USCIS^AN||", (fold(p["family"]).upper(), "name"), "^",
        (fold(p["given"]).upper(), "name"), "||", (fd(p["dob"], "hl7"), "date"), "|", p["sex"], "|||", (addr, "address"), "^^",
        (p["city"].upper(), "address"), "^", p["state"], "^", (p["zip"], "zip"), "^USA||", (phone(p, 0), "phone"),
        "|||||", (p["acct"], "account"), "^^^HVIM^AN")
    if rng.random() < 0.6:
        seg("PV1|1|O|HVIM^EXAM%d||||1386742095^OKAFOR^REBECCA^^^^MD|||||||||||" % rng.randint(1, 6), (p["enc"], "other_id"))
    placer, filler = "PLC%s" % digits(6), "FIL%s" % digits(7)
    seg("ORC|RE|%s^HVIM|%s^%s||CM" % (placer, filler, sending[0]))
    if igra:
        seg("OBR|1|%s^HVIM|%s^QUEST|91371^QuantiFERON-TB Gold Plus^L|||" % (placer, filler), (collected.strftime("%Y%m%d%H%M"), "date"),
            "|||||||", (received.strftime("%Y%m%d%H%M"), "date"), "||1386742095^OKAFOR^REBECCA^^^^MD||||||", (result.strftime("%Y%m%d%H%M%S"), "date"), "|||F")
        nil = round(rng.random() * 0.3, 2)
        pos = rng.random() < 0.3
        vals = [("71774-4", "Nil", "%.2f" % nil, "IU/mL", ""),
                ("71775-1", "TB1 Ag minus Nil", "%.2f" % (rng.random() * (3 if pos else 0.2)), "IU/mL", "<0.35"),
                ("71776-9", "TB2 Ag minus Nil", "%.2f" % (rng.random() * (3 if pos else 0.2)), "IU/mL", "<0.35"),
                ("71773-6", "Mitogen minus Nil", ">10.00", "IU/mL", ""),
                ("71772-8", "QuantiFERON-TB Gold Plus", "Positive" if pos else "Negative", "", "Negative")]
        for i, (code, name, v, u, rr) in enumerate(vals, 1):
            st = "NM" if i < 5 and v[0] != ">" else "ST"
            if i == 5 and rng.random() < 0.4:
                seg("OBX|%d|%s|%s^%s^LN||%s|%s|%s|%s|||F|||" % (i, st, code, name, v, u, rr, "A" if pos else "N"),
                    (result.strftime("%Y%m%d"), "date"))
            else:
                seg("OBX|%d|%s|%s^%s^LN||%s|%s|%s|%s|||F" % (i, st, code, name, v, u, rr, "A" if (pos and i in (2, 3, 5)) else "N"))
    else:
        seg("OBR|1|%s^HVIM|%s^RADNET|71046^XR CHEST 2 VIEWS^CPT4|||" % (placer, filler), (collected.strftime("%Y%m%d%H%M"), "date"),
            "|||||||||1386742095^OKAFOR^REBECCA^^^^MD||||||", (result.strftime("%Y%m%d%H%M"), "date"), "||RAD|F||||||||PHAM&ANH&&&MD")
        findings = rng.choice([
            "FINDINGS: PA and lateral views. Lungs are clear. No hilar or mediastinal adenopathy. No pleural effusion.",
            "FINDINGS: Calcified granuloma left upper lobe, 6 mm. No cavitation. Heart size normal.",
            "FINDINGS: Right upper lobe fibronodular opacities with volume loss, suspicious for prior TB.",
        ])
        seg("OBX|1|TX|18748-4^Diagnostic imaging study^LN|1|%s||||||F" % findings)
        n = 2
        if rng.random() < 0.35:
            prior = date(rng.randint(2019, 2023), rng.randint(1, 12), rng.randint(1, 28))
            seg("OBX|2|TX|18748-4^Diagnostic imaging study^LN|2|COMPARISON: Panel physician film dated ", (fd(prior, "us"), "date"),
                " (HAP ", (p["hap"], "other_id"), ").||||||F")
            n = 3
        elif rng.random() < 0.4:
            sn = "PJN%06dS" % rng.randint(0, 999999)
            seg("OBX|2|TX|18748-4^Diagnostic imaging study^LN|2|Dual-chamber pacemaker, generator SN ", (sn, "device"), " per patient card; leads intact.||||||F")
            n = 3
        seg("OBX|%d|TX|18748-4^Diagnostic imaging study^LN|%d|IMPRESSION: %s||||||F" % (n, n, rng.choice(
            ["Normal chest. No findings suggestive of TB.", "Findings may represent inactive TB; recommend sputum x3 per CDC TI.",
             "No acute cardiopulmonary process."])))
    if rng.random() < 0.3:
        seg("NTE|1|L|Specimen received at ambient temperature within 16h of collection.")
    return out


def ev_mirth():
    tick()
    ln = Line("mirth")
    ch = rng.choice(["IGRA_IN", "CXR_ORU_IN", "ADT_OUT", "EDN_PULL"])
    k = rng.randint(0, 3)
    if k == 0:
        ln.t("INFO  %s [%s Channel Processor] com.mirth.connect.donkey.server.channel.Channel: Message %d processed (status=SENT, ack=AA, MSA-2=Q%s-1)"
             % (NOW[0].strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % MS[0], ch, rng.randint(10000, 99999), digits(8)))
    elif k == 1:
        ln.t("WARN  %s [%s TCP Listener on 0.0.0.0:%d] com.mirth.connect.connectors.tcp.TcpReceiver: MLLP frame timeout after 30000 ms from 10.30.1.%d"
             % (NOW[0].strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % MS[0], ch, rng.choice([6661, 6662, 6670]), rng.randint(2, 60)))
    elif k == 2:
        ln.t("INFO  %s [pruner] com.mirth.connect.server.util.messagepruner.MessagePruner: pruned %d messages from channel %s (%s)"
             % (NOW[0].strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % MS[0], rng.randint(0, 4000), ch, uuid4()))
    else:
        p = person()
        ln.add("ERROR %s [%s JavaScript Filter] transformer: PID-3 MRN " % (NOW[0].strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % MS[0], ch),
               (p["mrn"], "mrn"), " not found; patient name in message: ", (full(p, 2), "name"))
    return [ln]


# ---- interpreter phone line CDRs
def ev_asterisk():
    tick()
    out = []
    for _ in range(rng.randint(1, 2)):
        tick(5, 400)
        lang, code = rng.choice(INTERP_LANG)
        start = NOW[0]
        ans = start + timedelta(seconds=rng.randint(3, 40))
        dur = rng.randint(60, 2400)
        end = ans + timedelta(seconds=dur)
        uniq = "%d.%d" % (int((start - datetime(1970, 1, 1)).total_seconds()), rng.randint(100, 9999))
        ln = Line("asterisk_cdr")
        k = rng.random()
        if k < 0.45:
            ext = str(rng.randint(1201, 1230))
            ln.t('"","%s","918005550147","from-internal","""Exam Room %d"" <%s>","PJSIP/%s-%08x","PJSIP/langline-trunk-%08x","Dial","PJSIP/918005550147@langline-trunk,60",'
                 % (ext, rng.randint(1, 6), ext, ext, rng.randint(0, 2**31), rng.randint(0, 2**31)))
            ln.t('"%s","%s","%s",%d,%d,"ANSWERED","DOCUMENTATION","%s","lang=%s;interp_id=%d' % (
                start.strftime("%Y-%m-%d %H:%M:%S"), ans.strftime("%Y-%m-%d %H:%M:%S"), end.strftime("%Y-%m-%d %H:%M:%S"),
                (end - start).seconds, dur, uniq, code, rng.randint(10000, 99999)))
            if rng.random() < 0.5:
                p = person()
                ln.add(";chart=", (p["mrn"], "mrn"))
            ln.t('"')
        else:
            p = person()
            lang, code = plang(p)
            num = p["area"] + p["ex"] + p["num"]
            cid = fold(p["family"]).upper() + " " + fold(p["given"]).upper()[0]
            ln.add('"","', (num, "phone"), '","s","ivr-interp-callback","""', (cid, "name"), '"" <', (num, "phone"), '>",')
            ln.t('"PJSIP/flowroute-%08x","Local/%s@conf-bridge-%08x;2","ConfBridge","interp-%d",' % (rng.randint(0, 2**31), code.lower(), rng.randint(0, 2**31), rng.randint(100, 999)))
            ln.t('"%s","%s","%s",%d,%d,"%s","DOCUMENTATION","%s","lang=%s;callback=1"' % (
                start.strftime("%Y-%m-%d %H:%M:%S"), ans.strftime("%Y-%m-%d %H:%M:%S"), end.strftime("%Y-%m-%d %H:%M:%S"),
                (end - start).seconds, dur, rng.choice(["ANSWERED", "ANSWERED", "NO ANSWER", "BUSY"]), uniq, code))
        out.append(ln)
    return out


def ev_vendor_cdr():
    tick()
    out = []
    for _ in range(rng.randint(1, 3)):
        lang = rng.choice(INTERP_LANG)[0]
        ln = Line("interp_vendor_cdr")
        mins = rng.randint(2, 48)
        r = rng.random()
        if r < 0.55:
            p = person()
            lang = plang(p)[0]
        ln.t("LL|%s|ACCT 7730021|PIN %04d|%s|00:%02d:%02d|INT#%d|$%.2f|" % (
            (NOW[0] - timedelta(minutes=rng.randint(10, 600))).strftime("%Y-%m-%dT%H:%M:%S-04:00"), rng.randint(1000, 9999),
            lang, mins, rng.randint(0, 59), rng.randint(10000, 99999), mins * 1.95))
        if r < 0.4:
            ln.add("CLIENT-REF: ", (anum(p, rng.choice([0, 1, 4])), "other_id"))
        elif r < 0.55:
            ln.add("CLIENT-REF: ", (full(p, 2), "name"))
        else:
            ln.t("CLIENT-REF: DEPT-%s" % rng.choice(["FRONTDESK", "EXAM", "LAB", "RHP-INTAKE"]))
        out.append(ln)
    return out


# ---- Twilio SMS
def short_link():
    return "https://hvim.link/r/" + alnum(6, "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")


def ev_sms():
    tick()
    p = person()
    out = []
    k = rng.choice([0, 0, 1, 2, 3, 4, 5])
    ln = Line("twilio_sms")
    ad = appt_date()
    tm = rng.choice(["8:00 AM", "8:30 AM", "9:15 AM", "10:00 AM", "10:45 AM", "11:30 AM", "1:00 PM", "1:45 PM", "2:30 PM", "3:15 PM"])
    if k == 0:
        rails_prefix(ln, "I", uuid4())
        first = p["given"].split()[-1 if p["iso"] == "VNM" else 0]
        ln.add("[TwilioClient] POST /2010-04-01/Accounts/AC%s/Messages.json To=" % hexs(32), (phone(p, 3), "phone"),
               " From=%s Body=\"Harborview Immigration Medical: Hi " % CLINIC_PHONE, (first, "name"),
               ", your I-693 exam is %s " % DAYS[ad.weekday()], ("%d/%d" % (ad.month, ad.day), "date"),
               " at %s with Dr. Okafor. Bring passport, I-797 and vaccine records. Reply C to confirm, R to reschedule: " % tm,
               (short_link(), "url"), "\"")
    elif k == 1:
        rails_prefix(ln, "I", uuid4())
        p = rng.choice([q for q in PEOPLE if q["lang"] == "es"])
        first = p["given"].split()[0]
        ln.add("[TwilioClient] POST /2010-04-01/Accounts/AC%s/Messages.json To=" % hexs(32), (phone(p, 3), "phone"),
               " From=%s Body=\"Hola " % CLINIC_PHONE, (first, "name"), ", su cita para el examen médico de inmigración es el ",
               ("%02d/%02d" % (ad.day, ad.month), "date"), " a las %s. Traiga su pasaporte y su cartilla de vacunación.\"" % tm)
    elif k == 2:
        ln.add('time="%s-04:00" level=info msg="twilio status callback" path=/twilio/status body="SmsSid=SM%s&SmsStatus=%s&MessageStatus=%s&To=' % (
            NOW[0].strftime("%Y-%m-%dT%H:%M:%S"), hexs(32), *(2 * [rng.choice(["delivered", "undelivered", "sent"])])),
            ("%2B1" + p["area"] + p["ex"] + p["num"], "phone"), "&MessageSid=SM%s&AccountSid=AC%s&From=%%2B17185550100&ApiVersion=2010-04-01\"" % (hexs(32), hexs(32)))
    elif k == 3:
        rails_prefix(ln, "I", uuid4())
        ln.add('  Parameters: {"ToCountry"=>"US", "SmsMessageSid"=>"SM%s", "NumMedia"=>"0", "FromCity"=>"' % hexs(32),
               (p["city"].upper(), "address"), '", "Body"=>"', rng.choice(["C", "c", "Confirm", "R", "STOP", "Si", "Oui merci"]),
               '", "FromZip"=>"', (p["zip"], "zip"), '", "From"=>"', ("+1" + p["area"] + p["ex"] + p["num"], "phone"),
               '", "To"=>"+17185550100", "ApiVersion"=>"2010-04-01"}')
    elif k == 4:
        ln.t("%s sms-worker[%d]: batch reminder run: queued=%d skipped_optout=%d failed=%d duration=%.2fs" % (
            NOW[0].strftime("%b %d %H:%M:%S"), rng.randint(3000, 9000), rng.randint(5, 60), rng.randint(0, 4), rng.randint(0, 2), rng.random() * 20))
    else:
        ln.t("%s sms-worker[%d]: Twilio webhook signature OK sid=SM%s status=delivered price=-0.00790 USD segments=%d" % (
            NOW[0].strftime("%b %d %H:%M:%S"), rng.randint(3000, 9000), hexs(32), rng.randint(1, 3)))
    out.append(ln)
    return out


DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


# ---- clinician notes
def ev_note():
    tick()
    p = person()
    ln = Line("clinician_note")
    author = rng.randrange(len(STAFF_SHORT))
    age = (NOW[0].date() - p["dob"]).days // 365
    rg, rf = relative()
    k = rng.randint(0, 8)
    head = "NOTE %s author=%s chart=" % (NOW[0].strftime("%Y-%m-%dT%H:%M:%S"), STAFF_USERS[author])
    if k == 0:
        body = tx("Applicant ", (full(p, 0), "name"), " (", (str(age), "age") if age > 89 else str(age), "yo ", p["sex"], ", DOB ",
                  (fd(p["dob"], "usn"), "date"), ") presents for I-693 (adjustment of status). Prior panel exam in ",
                  (p["city_birth"], "address"), " on ", (fd(exam_date() - timedelta(days=700), "dmy"), "date"),
                  ". IGRA indeterminate -> repeat drawn today.\\nVaccines: MMR x2 documented, Td due.")
    elif k == 1:
        p = rng.choice([q for q in PEOPLE if q["iso"] != "IRL"])
        lang = plang(p)
        body = tx("Via interpreter (%s, ID %d) pt reports BCG as child, no scar seen. Relative " % (lang[0], rng.randint(10000, 99999)),
                  ("%s %s" % (rg, rf), "name"), " (", (fphone(p["area"], str(rng.randint(201, 989)), "%04d" % rng.randint(0, 9999), rng.randint(0, 5)), "phone"),
                  ") will bring the vaccine card from home.")
    elif k == 2:
        body = tx("CXR read by Dr. A. Pham: RUL fibrotic scarring. Sputum AFB smear/culture x3 ordered. Class B2 reported via EDN; A# ",
                  (anum(p, 1), "other_id"), ". Pt aware, TB control at ", (p["county"] or p["city"], "address"), " notified.")
    elif k == 3:
        old = [q for q in PEOPLE if (NOW[0].date() - q["dob"]).days // 365 > 89]
        if old:
            p = rng.choice(old)
        oage = (NOW[0].date() - p["dob"]).days // 365 if old else rng.randint(90, 97)
        body = tx("%s of petitioner, age " % ("Mother" if p["sex"] == "F" else "Father"), (str(oage), "age"), ". Hard of hearing; family member ", ("%s %s" % (rg, p["family"]), "name"),
                  " present and consents to act as contact (", (phone(p, rng.randint(0, 5)), "phone"), "). Requests results faxed to home fax ",
                  (fphone(p["area"], str(rng.randint(201, 989)), "%04d" % rng.randint(0, 9999), 0), "fax"), ".")
    elif k == 4:
        body = tx("Pt has implanted ICD (Boston Scientific, serial ", ("%d" % rng.randint(100000, 999999), "device"),
                  ") - shown device ID card. Cleared for CXR. Vaccines deferred pending records from ", (p["city_birth"], "address"), ".")
    elif k == 5:
        body = tx("Passport ", (p["passport"], "license"), " (", p["country"], ") expires ", (fd(p["pp_issue"].replace(year=p["pp_issue"].year + 10), "mon"), "date"),
                  "; ID verified against I-797 ", (p["receipt"], "other_id"), ". Photo on file.")
    elif k == 6:
        p = rng.choice([q for q in PEOPLE if q["camp"]])
        body = tx("Arrived ", (fd(p["arrival"], "usn"), "date"), " from ", (p["camp"] or p["city_birth"], "address"),
                  ". Domestic screening: Hgb 10.9, stool O&P pending, eosinophilia. Presumptive albendazole documented on IOM PDMS form. RMA ",
                  (p["medicaid"], "health_plan"), ".")
    elif k == 7:
        body = tx("Left vehicle in ambulance bay (plate ", ("%s%d%s" % (alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), rng.randint(1000, 9999), ""), "vehicle"),
                  "), security notified. Exam completed; I-693 sealed and given to applicant ", (full(p, 4), "name"), ".")
    else:
        body = tx("No-show x2. Called ", (phone(p, rng.randint(0, 6)), "phone"), ", left VM in %s. Attorney (Ms. Dana Whitfield, Esq.) cc'd per G-28." % plang(p)[0])
    ln.add(head, (p["mrn"], "mrn"), ' text="', body, '"')
    return [ln]


# ---- nginx access log
UAS = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
       'Mozilla/5.0 (Linux; Android 14; SM-A146U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Mobile Safari/537.36',
       'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36']


def ev_nginx():
    tick()
    ln = Line("nginx")
    t = NOW[0].strftime("%d/%b/%Y:%H:%M:%S -0400")
    k = rng.randint(0, 4)
    if k == 0:
        ln.t('10.0.4.%d - - [%s] "GET /up HTTP/1.1" 200 59 "-" "kube-probe/1.29" rt=0.00%d host=cs-app01' % (rng.randint(2, 30), t, rng.randint(1, 9)))
    elif k == 1:
        ln.t('10.20.%d.%d - - [%s] "GET /assets/application-%s.css HTTP/2.0" 200 %d "https://pm.hvimed.internal/dashboard" "%s" rt=0.002 host=pm.hvimed.internal'
             % (rng.randint(1, 4), rng.randint(10, 240), t, hexs(64), rng.randint(20000, 90000), UAS[2]))
    elif k == 2:
        p = person()
        ln.add((p["portal_ip"], "ip"), ' - - [%s] "GET /portal/appointments/new?lang=%s HTTP/2.0" 200 %d "-" "%s" rt=0.%03d host=portal.hvimed.com'
               % (t, rng.choice(["en", "es", "fr", "ar", "fa", "uk"]), rng.randint(4000, 20000), rng.choice(UAS), rng.randint(10, 999)))
    elif k == 3:
        p = person()
        ln.add((p["portal_ip"], "ip"), ' - ', (p["user"], "other_id"), ' [%s] "POST /portal/documents HTTP/2.0" 201 %d "https://portal.hvimed.com/portal/documents/new" "%s" rt=1.%03d host=portal.hvimed.com'
               % (t, rng.randint(100, 900), rng.choice(UAS), rng.randint(0, 999)))
    else:
        ln.t('45.%d.%d.%d - - [%s] "GET /.env HTTP/1.1" 404 153 "-" "Mozilla/5.0 zgrab/0.x" rt=0.000 host=portal.hvimed.com'
             % (rng.randint(1, 254), rng.randint(1, 254), rng.randint(1, 254), t))
    return [ln]


# ---- audit kv
def ev_audit():
    tick()
    p = person()
    ln = Line("audit_kv")
    actor = rng.choice(STAFF_USERS)
    k = rng.randint(0, 4)
    base = "audit ts=%s actor=%s role=%s " % (ts_iso(), actor, rng.choice(["civil_surgeon", "front_desk", "ma", "billing"]))
    if k == 0:
        ln.add(base, "action=applicant.view applicant_id=%d chart=" % rng.randint(1000, 9999), (p["mrn"], "mrn"),
               " src_ip=10.20.%d.%d result=ok" % (rng.randint(1, 4), rng.randint(10, 240)))
    elif k == 1:
        ln.add(base, "action=i693.seal chart=", (p["mrn"], "mrn"), " receipt=", (p["receipt"], "other_id"), " envelope=%s result=ok" % ("SE-" + digits(8)))
    elif k == 2:
        idt = rng.choice(["passport", "drivers_license"])
        ln.add(base, "action=id.verify id_type=%s id_number=" % idt, (p["passport"] if idt == "passport" else p["dl"], "license"),
               " name_match=%s photo_match=true" % rng.choice(["true", "partial"]))
    elif k == 3:
        ln.t(base + "action=report.export report=daily_schedule rows=%d format=csv result=ok" % rng.randint(10, 80))
    else:
        ln.t(base + "action=session.login mfa=totp src_ip=10.20.%d.%d result=%s" % (rng.randint(1, 4), rng.randint(10, 240), rng.choice(["ok", "ok", "fail"])))
    return [ln]


# ---- syslog / infra noise
def ev_syslog():
    tick()
    ln = Line("syslog")
    t = NOW[0].strftime("%b %d %H:%M:%S")
    host = rng.choice(["cs-app01", "cs-db01", "rhp-app02", "cs-worker01"])
    k = rng.randint(0, 8)
    msgs = [
        "CRON[%d]: (deploy) CMD (cd /srv/hvim/current && bin/rails runner 'DailyCloseoutJob.perform_later' >> log/cron.log 2>&1)" % rng.randint(10000, 40000),
        "postgres[%d]: [3-1] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=0.%03d s, total=%.3f s"
        % (rng.randint(1000, 9000), rng.randint(10, 9000), rng.random() * 10, rng.randint(0, 4), rng.random() * 30, rng.randint(0, 999), rng.random() * 30),
        "redis-server[%d]: %d changes in 60 seconds. Saving..." % (rng.randint(800, 1200), rng.randint(100, 20000)),
        "systemd[1]: Started puma.service - Puma HTTP Server (hvim, release %s)." % hexs(7),
        "kernel: [%d.%06d] TCP: request_sock_TCP: Possible SYN flooding on port 443. Sending cookies." % (rng.randint(100000, 999999), rng.randint(0, 999999)),
        "sshd[%d]: Accepted publickey for deploy from 10.20.0.5 port %d ssh2: ED25519 SHA256:%s" % (rng.randint(1000, 60000), rng.randint(30000, 65000), base64.b64encode(bytes(rng.randint(0, 255) for _ in range(32))).decode().rstrip("=")),
        "certbot[%d]: Certificate for portal.hvimed.com not yet due for renewal (expires 2024-11-%02d)" % (rng.randint(1000, 9999), rng.randint(1, 30)),
        "backup.sh[%d]: pg_dump hvim_production OK size=%.1fG sha256=%s dest=s3://hvim-backups/daily/" % (rng.randint(1000, 9999), rng.random() * 20, hexs(64)),
        "puma[%d]: [%d] - Worker %d (PID: %d) booted in %.2fs, phase: 0" % (rng.randint(1000, 9999), rng.randint(1000, 9999), rng.randint(0, 3), rng.randint(1000, 40000), rng.random() * 5),
    ]
    ln.t("%s %s %s" % (t, host, msgs[k]))
    return [ln]


def ev_stripe():
    tick()
    ln = Line("stripe")
    p = person()
    k = rng.randint(0, 4)
    rails_prefix(ln, "I")
    if k == 0:
        ln.t("[Stripe] webhook evt_%s type=payment_intent.succeeded amount=%d currency=usd pm=pm_%s last4=%s" % (
            alnum(24, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), rng.choice([27500, 32500, 45000, 8500]),
            alnum(24, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), digits(4)))
    elif k == 1:
        ln.add("[Stripe] Customer created cus_%s email=" % alnum(14, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
               (p["email"], "email"), " name=\"", (full(p, 0), "name"), "\" metadata[billing_account]=", ("ACCT-" + p["acct"], "account"))
    elif k == 2:
        ln.t("[Stripe] test-mode smoke check card=4242424242424242 exp=12/34 cvc=*** result=succeeded (staging)")
    elif k == 3:
        ln.add("[Billing] WARN raw card number in kiosk payload scrubbed late: card_number=",
               (card_fmt(rng.choice(["4", "51", "37", "6011"])), "account"),
               " invoice=INV-2024-%05d" % rng.randint(1000, 99999))
    else:
        ln.t("[Billing] nightly export: %d invoices, total=$%d.00, sftp=ok file=hvim_ar_%s.csv md5=%s" % (
            rng.randint(10, 90), rng.randint(2000, 30000), NOW[0].strftime("%Y%m%d"), hexs(32)))
    return [ln]


def ev_x12():
    tick()
    p = person()
    out = []

    def seg(*parts):
        ln = Line("x12_271")
        ln.add(*parts)
        out.append(ln)

    ctl = digits(9)
    seg("ISA*00*          *00*          *ZZ*COUNTYMMIS     *ZZ*RHPSCREEN      *%s*%s*^*00501*%s*0*P*:~" % (NOW[0].strftime("%y%m%d"), NOW[0].strftime("%H%M"), ctl))
    seg("GS*HB*COUNTYMMIS*RHPSCREEN*%s*%s*%d*X*005010X279A1~" % (NOW[0].strftime("%Y%m%d"), NOW[0].strftime("%H%M"), rng.randint(1, 9999)))
    seg("NM1*IL*1*", (fold(p["family"]).upper(), "name"), "*", (fold(p["given"]).upper(), "name"), "****MI*", (p["medicaid"], "health_plan"), "~")
    seg("DMG*D8*", (fd(p["dob"], "hl7"), "date"), "*", p["sex"], "~")
    seg("DTP*291*D8*", (fd(p["arrival"], "hl7"), "date"), "~")
    seg("EB*1*IND*30*MC*Refugee Medical Assistance~")
    seg("SE*%d*0001~" % rng.randint(10, 30))
    return out


def ev_prom():
    tick()
    ln = Line("prometheus")
    k = rng.randint(0, 4)
    if k == 0:
        ln.t('http_server_requests_seconds_count{controller="appointments",action="create",status="200"} %d' % rng.randint(100, 9000))
    elif k == 1:
        ln.t('sidekiq_queue_latency_seconds{queue="default"} %.3f' % (rng.random() * 4))
    elif k == 2:
        ln.t('rhp_edn_records_imported_total{class="B1"} %d' % rng.randint(0, 400))
    elif k == 3:
        ln.t('twilio_sms_sent_total{status="delivered"} %d' % rng.randint(100, 40000))
    else:
        ln.t('process_resident_memory_bytes{service="rhp-api",instance="10.0.4.%d:9090"} %.4e' % (rng.randint(2, 30), rng.random() * 1e9))
    return [ln]


def ev_config():
    tick()
    ln = Line("config")
    ln.t(rng.choice([
        "config: EDN_BASE_URL=https://edn-api.example.gov/v2 EDN_TIMEOUT=30s EDN_RETRIES=3 EDN_PAGE_SIZE=200",
        "config: CLINIC_PHONE=+17185550100 CLINIC_FAX=(718) 555-0199 CLINIC_EMAIL=frontdesk@hvimed.com CS_USCIS_CODE=CS-48213",
        "config: QUEST_MLLP_HOST=10.30.1.20 QUEST_MLLP_PORT=6661 HL7_VERSION=2.5.1 ACK_MODE=AL",
        "config: TWILIO_MESSAGING_SERVICE_SID=MG%s REMINDER_HOURS=48,24 QUIET_HOURS=21-08" % hexs(32),
        "config: release=%s build=%d ruby=3.3.4 rails=7.1.4 puma=6.4.2 node=20.17.0" % (hexs(12), rng.randint(1000, 5000)),
        "config: RHP_VERSION=4.%d.%d ASPNETCORE_ENVIRONMENT=Production DOTNET_VERSION=8.0.8 Hangfire__WorkerCount=4" % (rng.randint(0, 9), rng.randint(0, 30)),
        "config: feature_flags vax_ocr_assist=on i693_2025_edition=on edn_v2_push=off portal_arabic_rtl=on",
    ]))
    return [ln]


def ev_schedule_csv():
    tick()
    out = []
    ln = Line("schedule_csv")
    ln.t("appt_id,start,provider,room,visit_type,patient,dob,phone,lang,status")
    out.append(ln)
    for _ in range(rng.randint(1, 3)):
        p = person()
        ln = Line("schedule_csv")
        ad = appt_date()
        ln.add("%d," % rng.randint(20000, 60000), (fd(ad, "iso") + " %02d:%s" % (rng.randint(8, 16), rng.choice(["00", "20", "40"])), "date"),
               ",%s,Exam %d,%s," % (rng.choice(STAFF_SHORT), rng.randint(1, 6), rng.choice(["I693-FULL", "I693-SUPP", "TB-READ", "VAX"])),
               '"', (full(p, 1), "name"), '",', (fd(p["dob"], "us"), "date"), ",", (phone(p, rng.choice([0, 1, 2])), "phone"),
               ",%s,%s" % (plang(p)[1], rng.choice(["booked", "confirmed", "checked_in", "no_show"])))
        out.append(ln)
    return out


EVENTS = [
    (ev_rails_request, 7), (ev_rails_misc, 5), (ev_sidekiq, 2), (ev_mailer, 2), (ev_serilog, 10), (ev_dotnet_console, 5),
    (ev_i693_json, 3), (ev_pdftk, 1), (ev_pypdf, 3), (ev_emedical_compact, 2), (ev_emedical_pretty, 0.4), (ev_emedical_status, 2),
    (ev_edn_csv, 2), (ev_edn_pipe, 4), (ev_vax_transcription, 6), (ev_vax_csv, 2), (ev_hl7, 2), (ev_mirth, 3),
    (ev_asterisk, 3), (ev_vendor_cdr, 2), (ev_sms, 5), (ev_note, 10), (ev_nginx, 5), (ev_audit, 4), (ev_syslog, 5),
    (ev_stripe, 3), (ev_x12, 0.6), (ev_prom, 3), (ev_config, 2), (ev_schedule_csv, 1),
]
SINGLE_NOISE = [ev_syslog, ev_prom, ev_config]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    fns = [f for f, w in EVENTS]
    ws = [w for f, w in EVENTS]
    lines = []
    plan = fns + rng.choices(fns, ws, k=40)
    rng.shuffle(plan)
    plan += rng.choices(fns, ws, k=300)
    while len(lines) < N_LINES:
        f = plan.pop(0) if plan else rng.choices(fns, ws)[0]
        ev = f()
        if len(lines) + len(ev) > N_LINES:
            ev = rng.choice(SINGLE_NOISE)()
        lines.extend(ev)
    texts, labels = [], []
    for i, ln in enumerate(lines, 1):
        texts.append(ln.check())
        labels.append({"line": i, "family": ln.fam, "spans": ln.spans})
    assert len(texts) == N_LINES
    with open(os.path.join(here, ID + ".log"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(texts))
    with open(os.path.join(here, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(json.dumps(l, ensure_ascii=False) for l in labels) + "\n")
    # verify round trip
    raw = open(os.path.join(here, ID + ".log"), "rb").read().split(b"\n")
    assert len(raw) == N_LINES and all(raw)
    for r, l, ln in zip(raw, labels, lines):
        for sp, v in zip(l["spans"], ln.vals):
            assert r[sp["s"]:sp["e"]].decode("utf-8") == v
    nophi = sum(1 for l in labels if not l["spans"])
    cats = {}
    for l in labels:
        for sp in l["spans"]:
            cats[sp["cat"]] = cats.get(sp["cat"], 0) + 1
    fams = sorted(set(l["family"] for l in labels))
    print("lines=%d nophi=%d (%.1f%%) families=%d" % (len(labels), nophi, 100.0 * nophi / len(labels), len(fams)))
    print(json.dumps(dict(sorted(cats.items(), key=lambda x: -x[1]))))
    print(fams)


if __name__ == "__main__":
    main()
