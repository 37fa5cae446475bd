#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""gen_kj.py - synthetic, labeled log corpus for a PHI detector (ID=kj).

Theme: a drug manufacturer's pharmacovigilance (PV) and medical information (MI) call centre
("Halvorsen Pharma"): adverse-event intake from phone (Genesys CTI, IVR), e-mail, web forms,
social-media listening and a companion app; E2B(R3) ICSR XML fragments; MedWatch 3500-like rows
and PDF form fills; Argus-like case workflow audit lines; follow-up letters to reporters and
patients (EN/ES/DE/JA); duplicate-case detection; literature screening; product complaints and
lot look-ups; patient-support-programme (PSP) hub records; plus Java (Spring Boot, Hibernate,
logstash JSON, GC, stack traces) and Python (logging, structlog, celery, gunicorn) service noise.

Everything is synthetic. Standard library only, deterministic (fixed seed, no clock/OS entropy).
Writes kj.log (500 lines) and kj.labels.jsonl next to this script.

Labeling decisions:
- Labeled persons: patients, consumers reporting about themselves, relatives/caregivers reporting
  for a patient or named as contacts, PSP enrollees/subscribers, and social-media authors who
  describe their own or a relative's reaction.
- Not labeled: health-care-professional reporters (physicians, pharmacists, nurses) and their
  phones/faxes/e-mails/NPI numbers, literature authors, call-centre agents and their logins, PV
  staff and on-call physicians, the company, insurers, vendors, and public company numbers.
- Case identifiers are other_id wherever they appear: Argus case numbers (2024US004512), E2B
  worldwide unique case IDs (US-HALVORSENPH-2024US004512) and sender case IDs, product-complaint
  numbers (PQC-...), medical-information request numbers (MIR-...), PSP patient IDs, E2B
  investigation/subject numbers, Spanish DNI, portal/app usernames and social-media handles.
- Not labeled (technical look-alikes): telephony ConnIDs, e-mail Message-IDs, trace/span IDs,
  batch/job/fax-job IDs, social post IDs, PMIDs/DOIs, lot numbers, NDCs, product codes, MedDRA
  codes, order/PO numbers, build numbers, UUIDs of attachments.
- Patient initials (E2B D.1 "I.L.", MedWatch A1, dedup feature values) are labeled name.
- Dates labeled: birth, reaction onset/stop, therapy start, hospital admission/discharge, death,
  and the date a patient/reporter contacted the company (report receipt / awareness "day 0",
  MedWatch B4, "your report of ..." in letters), in any written form. Not labeled: log
  timestamps, E2B message creation times, regulatory due dates, lot manufacturing/expiry dates,
  publication data, dictionary versions, and a year on its own.
- Ages are labeled only when over 89, in any language ("91 y/o", "92 años", "93歳", E2B
  value="90" unit="a"); ages of 89 and below are left as they are.
- Geography: street lines, cities/towns/wards (Edina, Köln, 渋谷区神南1-2-3) and a social
  profile's location city are address; US states, Spanish provinces, German Länder, Japanese
  prefectures (東京都) and countries are not. Postal codes of every country (55424, 55424-1180,
  50674, 28009, 150-0041) are zip. A full street address may be one span (street) plus separate
  city and zip spans.
- A patient's own device identifiers (autoinjector/pen serial, UDI string with serial, IMEI,
  BLE MAC of a connected pen) are device; lot numbers are not.
- Public IPs of patients/reporters (web form, app, patient portal) are ip; internal 10.x,
  172.16.x, 192.168.x addresses of staff consoles and services are not.
- health_plan: insurer member IDs, Medicare MBI, Medicaid IDs, German KVNR, Japanese
  被保険者番号; group numbers, BIN and PCN are not labeled. account: copay-card PANs, IBANs,
  patient billing accounts. license: a patient's driver's licence number (incl. Führerschein).
  vehicle: VIN and licence plates in accident narratives. mrn: hospital record numbers,
  カルテ番号, Krankenhaus-Fallnummer of the patient.
- biometric: IVR voiceprint references / voice template hashes. photo: base64 JPEG payload of
  a patient's face photo (payload only, not the data-URI prefix or the field name).
- url: a person's social profile or personal page URL. email: the whole address, one span.
- A name inside a URL query string is labeled as the URL-encoded text that appears.
- Speech-to-text call transcripts: spoken/spelled values are labeled as they appear
  ("five two three 41 ...", "april twelfth nineteen twenty eight", "o k a f o r").
- FDA 3500A "B.4 Date of this report" filled with the manufacturer's own submission date is not
  labeled; a consumer's MedWatch B4 (the date that person reported) is labeled date.
- Relatives/caregivers who receive follow-up by fax: their fax number is fax, name is name.
"""
import base64
import datetime
import hashlib
import json
import os
import random
import unicodedata
import urllib.parse
import uuid

SEED = 20240311
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "kj"
NLINES = 500
CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}
REF = datetime.date(2024, 3, 11)


# ----------------------------------------------------------------------------- line builder
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []
        self.vals = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        assert cat in CATS, cat
        assert s, "empty span"
        st = len(self.buf)
        self.buf += s.encode("utf-8")
        self.spans.append((st, len(self.buf), cat))
        self.vals.append(s)
        return self

    def x(self, s, cat):
        """label only if cat is truthy (HCP vs patient twins)."""
        return self.p(s, cat) if cat else self.t(s)

    def js(self, s, cat=None):
        enc = json.dumps(s, ensure_ascii=False)[1:-1]
        self.t('"')
        self.x(enc, cat)
        return self.t('"')


# ----------------------------------------------------------------------------- clock
CLOCK = [datetime.datetime(2024, 3, 11, 6, 2, 17, 412000)]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONL = ["January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"]
MON_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre"]
MON_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember"]


def tick():
    CLOCK[0] += datetime.timedelta(seconds=R.randint(0, 21), milliseconds=R.randint(1, 999))
    return CLOCK[0]


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def ts_spring():
    t = tick()
    return "%04d-%02d-%02d %02d:%02d:%02d.%s" % (t.year, t.month, t.day, t.hour, t.minute, t.second, ms(t))


def ts_spring3():
    t = tick()
    return "%04d-%02d-%02dT%02d:%02d:%02d.%sZ" % (t.year, t.month, t.day, t.hour, t.minute, t.second, ms(t))


def ts_py():
    t = tick()
    return "%04d-%02d-%02d %02d:%02d:%02d,%s" % (t.year, t.month, t.day, t.hour, t.minute, t.second, ms(t))


def ts_iso():
    return ts_spring3()


def ts_isos():
    t = tick()
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (t.year, t.month, t.day, t.hour, t.minute, t.second)


def ts_plain():
    t = tick()
    return "%04d-%02d-%02d %02d:%02d:%02d" % (t.year, t.month, t.day, t.hour, t.minute, t.second)


def ts_nginx():
    t = tick()
    return "%02d/%s/%04d:%02d:%02d:%02d +0000" % (t.day, MON[t.month - 1], t.year, t.hour, t.minute, t.second)


def ts_syslog():
    t = tick()
    return "%s %2d %02d:%02d:%02d" % (MON[t.month - 1], t.day, t.hour, t.minute, t.second)


def ts_gc():
    t = tick()
    return "[%04d-%02d-%02dT%02d:%02d:%02d.%s+0000]" % (t.year, t.month, t.day, t.hour, t.minute, t.second, ms(t))


def ts_gunicorn():
    t = tick()
    return "[%04d-%02d-%02d %02d:%02d:%02d +0000]" % (t.year, t.month, t.day, t.hour, t.minute, t.second)


# ----------------------------------------------------------------------------- formatting
def fd(d, style):
    y, m, dd = d.year, d.month, d.day
    if style == "iso":
        return "%04d-%02d-%02d" % (y, m, dd)
    if style == "us":
        return "%02d/%02d/%04d" % (m, dd, y)
    if style == "us_np":
        return "%d/%d/%04d" % (m, dd, y)
    if style == "us_short":
        return "%d/%d/%02d" % (m, dd, y % 100)
    if style == "eu_dot":
        return "%02d.%02d.%04d" % (dd, m, y)
    if style == "eu_slash":
        return "%02d/%02d/%04d" % (dd, m, y)
    if style == "dmon":
        return "%02d-%s-%04d" % (dd, MON[m - 1], y)
    if style == "sas":
        return "%02d%s%04d" % (dd, MON[m - 1].upper(), y)
    if style == "long_us":
        return "%s %d, %d" % (MONL[m - 1], dd, y)
    if style == "long_uk":
        return "%d %s %d" % (dd, MONL[m - 1], y)
    if style == "e2b":
        return "%04d%02d%02d" % (y, m, dd)
    if style == "es":
        return "%d de %s de %d" % (dd, MON_ES[m - 1], y)
    if style == "de":
        return "%d. %s %d" % (dd, MON_DE[m - 1], y)
    if style == "ja":
        return "%d年%d月%d日" % (y, m, dd)
    if style == "short_mon":
        return "%s %d" % (MON[m - 1], dd)
    raise ValueError(style)


def rdate_style(loc):
    if loc == "US":
        return R.choice(["us", "us_np", "us_short", "iso", "dmon", "long_us"])
    if loc == "ES":
        return R.choice(["eu_slash", "es", "iso"])
    if loc == "DE":
        return R.choice(["eu_dot", "de", "iso"])
    return R.choice(["ja", "iso"])


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def luhn_check(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def card_pan():
    base = R.choice(["4", "5" + R.choice("12345"), "37"])
    body = base + digits(15 - len(base)) if base != "37" else base + digits(12)
    return body + luhn_check(body)


def imei():
    body = R.choice(["35693803", "35328510", "86891204", "35420911"]) + digits(6)
    return body + luhn_check(body)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dashes):
    a = MBI_L + "0123456789"
    s = (str(R.randint(1, 9)) + R.choice(MBI_L) + R.choice(a) + R.choice("0123456789") +
         R.choice(MBI_L) + R.choice(a) + R.choice("0123456789") + R.choice(MBI_L) +
         R.choice(MBI_L) + R.choice("0123456789") + R.choice("0123456789"))
    return s[:4] + "-" + s[4:7] + "-" + s[7:] if dashes else s


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    wmi = R.choice(["1HG", "2HG", "1FT", "5YJ", "JTD", "WVW", "3VW", "1C4"])
    s = list(wmi + "".join(R.choice(VIN_CH) for _ in range(5)) + "0" + R.choice("KLMNPR") +
             R.choice("ABCHL") + digits(6))
    tot = sum((int(c) if c.isdigit() else VIN_TR[c]) * w for c, w in zip(s, VIN_W))
    c = tot % 11
    s[8] = "X" if c == 10 else str(c)
    return "".join(s)


def iban_de():
    blz = R.choice(["37050198", "50010517", "10020890", "70150000"])
    acct = digits(10)
    num = blz + acct + "131400"  # D=13 E=14 00
    chk = 98 - int(num) % 97
    s = "DE%02d%s%s" % (chk, blz, acct)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def mac():
    return ":".join("%02X" % R.randint(0, 255) for _ in range(6))


def pub_ip():
    while True:
        a = R.choice([24, 47, 68, 71, 73, 76, 98, 99, 107, 174, 184, 2, 79, 84, 88, 93, 126, 133, 153, 217])
        ip = "%d.%d.%d.%d" % (a, R.randint(1, 254), R.randint(0, 255), R.randint(1, 254))
        return ip


def pub_ip6():
    return "2a02:%x:%x:%x::%x" % (R.randint(0x8100, 0x81ff), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xffff))


def int_ip():
    return R.choice(["10.40.%d.%d", "10.20.%d.%d", "172.16.%d.%d", "192.168.%d.%d"]) % (R.randint(0, 40), R.randint(2, 250))


def jpeg_b64(n):
    hdr = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00"
    body = bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(hdr + body).decode("ascii")


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("ß", "ss")
    return "".join(c for c in s.lower() if c.isalnum())


# ----------------------------------------------------------------------------- people
US_F = ["Ingrid", "Aaliyah", "Siobhan", "Guadalupe", "Thanh Huong", "Priya", "Fatima", "Rosalind",
        "Esperanza", "Naomi", "Delphine", "Mei-Ling", "Carmen", "Eleanor", "Anastasia", "Lakshmi",
        "Zofia", "Ruth", "Imani", "Abigail", "Beatriz", "Ngozi", "Hannelore", "Keiko", "Marisol",
        "Dorothea", "Yasmin", "Colleen", "Leilani", "Agnieszka"]
US_M = ["Chidi", "Marcus", "Dmitri", "Kwame", "Mateo", "Hyun-woo", "Tobias", "Rajesh",
        "Bartholomew", "Olusegun", "Yusuf", "Jamal", "Kenji", "Declan", "Alejandro", "Wojciech",
        "Tariq", "Desmond", "Hollis", "Emeka", "Giuseppe", "Thaddeus", "Vikram", "Ezekiel",
        "Bao", "Lorenzo", "Cornelius", "Amadou"]
US_LAST = ["Lindqvist", "Okonkwo", "Brooks-Whitfield", "O'Connor", "Delacroix", "Rodríguez",
           "Nguyen", "Raghunathan", "Volkov", "Al-Hashimi", "Mensah", "Abernathy", "de la Cruz",
           "Park", "Villanueva", "Van Houten", "Feldman", "Iyer", "St. Clair", "McAllister", "Chen",
           "Adeyemi", "Hakimi", "Castillo", "Fitzgerald", "Washington", "Petrakis", "Yamamoto",
           "Subramanian", "MacLeod", "Kowalczyk", "Goldberg", "Ortiz-Ramos", "Diallo", "Nowak",
           "Whitaker", "Haddad", "von Essen", "DaSilva", "Kealoha", "Okafor", "Tran", "Bianchi",
           "Szabó", "Lefebvre", "Mbeki", "Zamora", "Oyelaran", "Kapoor", "Lindgren"]
US_STREETS = ["Cedar Hollow Rd", "Maple Ridge Dr", "W 12th St", "Magnolia Ave", "Old Mill Ln",
              "N Lincoln Blvd", "Sunset Ter", "Harbor View Ct", "Pine St", "Juniper Way",
              "E Camelback Rd", "Riverside Dr", "SW Alder St", "Dogwood Cir", "Kalanianaole Hwy",
              "Calle Sombra", "Martin Luther King Jr Blvd", "Orchard Park Rd", "S Main St",
              "Willow Bend Ct", "County Road 14"]
US_CITIES = [("Edina", "MN", "55424"), ("Toledo", "OH", "43604"), ("Boise", "ID", "83702"),
             ("Atlanta", "GA", "30318"), ("San Antonio", "TX", "78209"), ("Worcester", "MA", "01608"),
             ("Tucson", "AZ", "85716"), ("Spokane", "WA", "99203"), ("Savannah", "GA", "31401"),
             ("Dayton", "OH", "45402"), ("Fresno", "CA", "93704"), ("Hialeah", "FL", "33012"),
             ("Paterson", "NJ", "07501"), ("Honolulu", "HI", "96816"), ("Durham", "NC", "27701"),
             ("Lansing", "MI", "48906"), ("Portland", "OR", "97214"), ("Las Cruces", "NM", "88001"),
             ("Cedar Rapids", "IA", "52402"), ("Bangor", "ME", "04401"), ("Sioux Falls", "SD", "57104")]
ES_F = ["María del Carmen", "Lucía", "Ainhoa", "Rocío", "Montserrat", "Pilar", "Inmaculada", "Nerea"]
ES_M = ["José Luis", "Javier", "Iñaki", "Francisco Javier", "Álvaro", "Jordi", "Manuel", "Sergio"]
ES_LAST = ["Ruiz Ortega", "Fernández Gil", "Navarro", "García-Peña", "de la Fuente", "Etxeberria Goñi",
           "Sánchez Molina", "Vázquez", "Llorente", "Domínguez Prieto", "Puig i Soler", "Ibáñez"]
ES_ADDR = [("Calle de Alcalá 145, 3º B", "Madrid", "28009"), ("Carrer de Mallorca 401, 2n 1a", "Barcelona", "08013"),
           ("Avenida de la Constitución 22", "Sevilla", "41004"), ("Calle Mayor 8, bajo", "Valladolid", "47001"),
           ("Plaza del Pilar 3, 4º izq.", "Zaragoza", "50003"), ("Calle Licenciado Poza 31", "Bilbao", "48011"),
           ("Avenida Blasco Ibáñez 56, pta. 12", "Valencia", "46021")]
DE_F = ["Anneliese", "Sabine", "Hildegard", "Ute", "Friederike", "Elif", "Gertrud", "Katharina"]
DE_M = ["Jürgen", "Klaus-Dieter", "Wolfgang", "Mehmet", "Björn", "Heinz", "Lukas", "Reinhold"]
DE_LAST = ["Weiß", "Schäfer", "Brandt", "Kühn", "von Bülow", "Özdemir", "Hoffmann", "Meier-Lüdenscheidt",
           "Zimmermann", "Großmann", "Nowakowski", "Schmitz"]
DE_ADDR = [("Lindenstraße 7", "Köln", "50674"), ("Hauptstraße 112a", "Heidelberg", "69117"),
           ("Am Rosenhang 3", "Dresden", "01309"), ("Schillerplatz 14", "Stuttgart", "70173"),
           ("Kaiser-Wilhelm-Ring 45", "Mainz", "55118"), ("Bergmannstraße 88", "Berlin", "10961"),
           ("Gartenweg 2", "Bad Tölz", "83646")]
JP_NAMES = [("佐藤", "美咲", "サトウ", "ミサキ", "Sato", "Misaki", "F"), ("山田", "花子", "ヤマダ", "ハナコ", "Yamada", "Hanako", "F"),
            ("鈴木", "健一", "スズキ", "ケンイチ", "Suzuki", "Kenichi", "M"), ("高橋", "誠", "タカハシ", "マコト", "Takahashi", "Makoto", "M"),
            ("田中", "由美", "タナカ", "ユミ", "Tanaka", "Yumi", "F"), ("伊藤", "翔太", "イトウ", "ショウタ", "Ito", "Shota", "M"),
            ("渡辺", "直子", "ワタナベ", "ナオコ", "Watanabe", "Naoko", "F"), ("小林", "勝", "コバヤシ", "マサル", "Kobayashi", "Masaru", "M"),
            ("中村", "ハル", "ナカムラ", "ハル", "Nakamura", "Haru", "F"), ("加藤", "正雄", "カトウ", "マサオ", "Kato", "Masao", "M")]
JP_ADDR = [("東京都", "渋谷区神南1-2-3", "150-0041"), ("大阪府", "大阪市北区梅田3-1-1", "530-0001"),
           ("神奈川県", "横浜市港北区新横浜2-5-14", "222-0033"), ("愛知県", "名古屋市中村区名駅4-7-1", "450-0002"),
           ("福岡県", "福岡市博多区博多駅前2-1-1", "812-0011"), ("北海道", "札幌市中央区北1条西2-1", "060-0001"),
           ("京都府", "京都市左京区下鴨本町15", "606-0802")]
MAIL_US = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "comcast.net", "att.net"]
MAIL_ES = ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"]
MAIL_DE = ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"]
MAIL_JP = ["docomo.ne.jp", "yahoo.co.jp", "gmail.com", "ezweb.ne.jp"]


def make_phone(loc):
    if loc == "US":
        return ("US", "%d%d%d" % (R.randint(2, 9), R.randint(0, 8), R.randint(0, 9)),
                R.choice(["555", "%03d" % R.randint(201, 989)]), "%04d" % R.randint(100, 9999))
    if loc == "ES":
        return ("ES", R.choice(["6", "7", "91", "93", "96"]), "", "")
    if loc == "DE":
        return ("DE", R.choice(["171", "151", "160", "221", "30", "89", "6221"]), digits(R.choice([6, 7, 8])), "")
    return ("JP", R.choice(["90", "80", "70", "3", "6"]), digits(4), digits(4))


def fmt_phone(ph, style=None):
    cc, a, b, c = ph
    if cc == "US":
        opts = ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c), a + b + c,
                "+1 %s %s %s" % (a, b, c), "+1%s%s%s" % (a, b, c), "1-%s-%s-%s" % (a, b, c),
                "+1 (%s) %s-%s" % (a, b, c)]
        if style == "e164":
            return "+1" + a + b + c
        if style == "digits":
            return a + b + c
        if style == "tel":
            return "+1-%s-%s-%s" % (a, b, c)
        return R.choice(opts)
    if cc == "ES":
        if not b:
            full = a + digits(9 - len(a))
            ph2 = (cc, a, full, "")
            # store lazily: deterministic per call is fine because we store full in person
            return full
        full = b
        if style == "e164":
            return "+34" + full
        if style == "digits":
            return full
        if style == "tel":
            return "+34-" + full
        if full[0] in "67":
            opts = ["%s %s %s" % (full[:3], full[3:6], full[6:]), "+34 %s %s %s" % (full[:3], full[3:6], full[6:]),
                    full, "+34 %s %s %s %s" % (full[:3], full[3:5], full[5:7], full[7:])]
        else:
            opts = ["%s %s %s %s" % (full[:2], full[2:5], full[5:7], full[7:]), "+34 %s %s %s" % (full[:3], full[3:6], full[6:]), full]
        return R.choice(opts)
    if cc == "DE":
        if style == "e164":
            return "+49" + a + b
        if style == "digits":
            return "0" + a + b
        if style == "tel":
            return "+49-%s-%s" % (a, b)
        return R.choice(["0%s %s" % (a, b), "+49 %s %s" % (a, b), "0%s/%s" % (a, b), "+49 (0)%s %s" % (a, b),
                         "0%s-%s" % (a, b)])
    if style == "e164":
        return "+81" + a + b + c
    if style == "digits":
        return "0" + a + b + c
    if style == "tel":
        return "+81-%s-%s-%s" % (a, b, c)
    return R.choice(["0%s-%s-%s" % (a, b, c), "0%s%s%s" % (a, b, c), "+81 %s-%s-%s" % (a, b, c)])


def person(loc=None, old=None, sex=None):
    if loc is None:
        loc = R.choice(["US", "US", "US", "US", "US", "ES", "DE", "JP"])
    if old is None:
        old = R.random() < 0.3
    sex = sex or R.choice("FM")
    p = {"loc": loc, "sex": sex}
    if loc == "US":
        p["first"] = R.choice(US_F if sex == "F" else US_M)
        p["last"] = R.choice(US_LAST)
        num = str(R.randint(12, 9899))
        unit = R.choice(["", "", "", " Apt 4B", " Unit 210", " #3", " Apt 12", " Ste 5"])
        p["street"] = "%s %s%s" % (num, R.choice(US_STREETS), unit)
        p["city"], p["state"], z = R.choice(US_CITIES)
        p["zip"] = z if R.random() < 0.75 else "%s-%04d" % (z, R.randint(1, 9999))
        p["country"] = "US"
        p["lang"] = R.choice(["en", "en", "en", "es"])
        dom = R.choice(MAIL_US)
    elif loc == "ES":
        p["first"] = R.choice(ES_F if sex == "F" else ES_M)
        p["last"] = R.choice(ES_LAST)
        p["street"], p["city"], p["zip"] = R.choice(ES_ADDR)
        p["state"] = ""
        p["country"] = "ES"
        p["lang"] = "es"
        dom = R.choice(MAIL_ES)
    elif loc == "DE":
        p["first"] = R.choice(DE_F if sex == "F" else DE_M)
        p["last"] = R.choice(DE_LAST)
        p["street"], p["city"], p["zip"] = R.choice(DE_ADDR)
        p["state"] = ""
        p["country"] = "DE"
        p["lang"] = "de"
        dom = R.choice(MAIL_DE)
    else:
        cands = [n for n in JP_NAMES if n[6] == sex]
        sei, mei, ksei, kmei, rsei, rmei, _ = R.choice(cands)
        p.update(first=mei, last=sei, kfirst=kmei, klast=ksei, rfirst=rmei, rlast=rsei)
        p["state"], p["street"], p["zip"] = R.choice(JP_ADDR)
        p["city"] = ""
        p["country"] = "JP"
        p["lang"] = "ja"
        dom = R.choice(MAIL_JP)
    target = R.randint(90, 101) if old else R.randint(19, 88)
    dob = REF - datetime.timedelta(days=target * 365 + R.randint(5, 355) + target // 4)
    p["dob"] = dob
    p["age"] = REF.year - dob.year - ((REF.month, REF.day) < (dob.month, dob.day))
    ph = make_phone(loc)
    if loc == "ES":
        full = ph[1] + digits(9 - len(ph[1]))
        ph = ("ES", ph[1], full, "")
    p["ph"] = ph
    fn = p.get("rfirst", p["first"])
    ln = p.get("rlast", p["last"])
    f1, l1 = fold(fn.split()[0]), fold(ln.split()[0] if loc == "ES" else ln)
    style = R.randint(0, 5)
    if style == 0:
        local = "%s.%s" % (f1, l1)
    elif style == 1:
        local = "%s%s%d" % (f1[0], l1, R.randint(1, 99))
    elif style == 2:
        local = "%s_%s%d" % (f1, l1[:4], dob.year % 100)
    elif style == 3:
        local = "%s.%s%d" % (f1, l1, dob.year)
    elif style == 4:
        local = "%s%s" % (l1, f1[:3])
    else:
        local = "%s.%s.%02d%02d" % (f1, l1, dob.month, dob.day)
    p["email"] = local + "@" + dom
    p["handle"] = R.choice(["%s_%s%d" % (f1, l1[:3], R.randint(1, 99)), "%s%s" % (f1[:1], l1),
                            "%s.%s" % (l1, f1), "%s%02d" % (f1, dob.year % 100), "the_real_%s" % f1])
    return p


def initials(p, dots=False):
    if p["loc"] == "JP":
        parts = [p["rfirst"], p["rlast"]]
    else:
        skip = {"de", "la", "del", "van", "von", "i", "st."}
        parts = [w for w in (p["first"] + " " + p["last"]).replace("-", " ").split() if w.lower() not in skip]
        parts = [w for w in parts if w[0].isalpha()]
    letters = [w[0].upper() for w in parts][:4]
    return ".".join(letters) + "." if dots else "".join(letters)


def nm(p, style=None):
    f, l = p["first"], p["last"]
    if p["loc"] == "JP":
        style = style or R.choice(["kanji", "kanji", "romaji", "romaji_lf"])
        if style == "kanji":
            return "%s %s" % (l, f)
        if style == "kanji_ns":
            return "%s%s" % (l, f)
        if style == "kana":
            return "%s %s" % (p["klast"], p["kfirst"])
        if style == "romaji":
            return "%s %s" % (p["rfirst"], p["rlast"])
        if style == "romaji_lf":
            return "%s, %s" % (p["rlast"].upper(), p["rfirst"])
        if style == "last":
            return l
        return "%s %s" % (p["rfirst"], p["rlast"])
    style = style or R.choice(["full", "full", "lf", "LF", "lower", "fil", "UPPER"])
    if style == "full":
        return "%s %s" % (f, l)
    if style == "lf":
        return "%s, %s" % (l, f)
    if style == "LF":
        return "%s, %s" % (l.upper(), f.upper())
    if style == "lower":
        return "%s %s" % (f.lower(), l.lower())
    if style == "fil":
        return "%s. %s" % (f[0], l)
    if style == "lfi":
        return "%s, %s." % (l, f[0])
    if style == "UPPER":
        return "%s %s" % (f.upper(), l.upper())
    if style == "last":
        return l
    if style == "first":
        return f
    raise ValueError(style)


def honor(p, lang=None):
    lang = lang or p["lang"]
    if lang == "es":
        return "Sra." if p["sex"] == "F" else "Sr."
    if lang == "de":
        return "Frau" if p["sex"] == "F" else "Herr"
    return R.choice(["Ms.", "Mrs."]) if p["sex"] == "F" else "Mr."


# ----------------------------------------------------------------------------- domain data
PRODUCTS = [("Zentrava", "40 mg/0.4 mL autoinjector", "ZEN40AI", "71093-412-01", ["K4821B", "K4907A", "K5012C"]),
            ("Veltorix", "20 mg film-coated tablets", "VLX20", "71093-220-30", ["VX23H114", "VX24A019"]),
            ("Quelmira", "100 U/mL prefilled pen", "QLM100P", "71093-810-05", ["QM2309A07", "QM2311B02"]),
            ("Dorvastin", "10 mg tablets", "DRV10", "71093-105-90", ["DV2402-77", "DV2311-51"])]
EVENTS = [("dizziness", "mareo", "Schwindel", "めまい", "Dizziness", "10013573"),
          ("injection site reaction", "reacción en el lugar de inyección", "Reaktion an der Injektionsstelle", "注射部位反応", "Injection site reaction", "10022095"),
          ("rash", "erupción cutánea", "Hautausschlag", "発疹", "Rash", "10037844"),
          ("nausea", "náuseas", "Übelkeit", "悪心", "Nausea", "10028813"),
          ("hair loss", "caída del cabello", "Haarausfall", "脱毛症", "Alopecia", "10001760"),
          ("fainting", "desmayo", "Ohnmacht", "失神", "Syncope", "10042772"),
          ("low sodium", "hiponatremia", "Hyponatriämie", "低ナトリウム血症", "Hyponatraemia", "10021038"),
          ("headache", "dolor de cabeza", "Kopfschmerzen", "頭痛", "Headache", "10019211"),
          ("facial swelling", "hinchazón de la cara", "Gesichtsschwellung", "顔面腫脹", "Swelling face", "10042682"),
          ("fall", "caída", "Sturz", "転倒", "Fall", "10016173")]
AGENTS = ["kpatel", "rsantos", "mjohnson", "lwagner", "tnakamura", "afernandez", "obrien_c", "dkim2", "hmueller", "ysato"]
STAFF = [("Dr. Helena Voss", "+1 908 555 0100", "helena.voss@halvorsenpharma.com", "US PV physician on call"),
         ("Dr. Markus Stein", "+49 69 7104 5512", "markus.stein@halvorsenpharma.de", "EU QPPV deputy"),
         ("Karen Patel", "x4471", "karen.patel@halvorsenpharma.com", "MI team lead"),
         ("中島 亮 (Ryo Nakajima)", "03-5555-0142", "ryo.nakajima@halvorsenpharma.co.jp", "安全管理責任者"),
         ("Lucía Ferrer", "+34 91 555 0133", "lucia.ferrer@halvorsenpharma.es", "PV officer Spain")]
E2B_HCPS = [("Dr.", "Anika", "Rao", "1200 Riverside Dr", "Columbus", "OH", "43215", "+1-614-555-0142"),
            ("Dr.", "Roberto", "Salazar", "4001 J St", "Sacramento", "CA", "95819", "+1-916-555-0177"),
            ("", "Linda", "Chao", "2 N State St", "Chicago", "IL", "60602", "+1-312-555-0109"),
            ("Dr. med.", "Stefan", "Krüger", "Aachener Straße 220", "Köln", "", "50931", "+49-221-5550190"),
            ("", "浩二", "田村", "文京区本郷7-3-1", "", "東京都", "113-8655", "+81-3-5555-0188")]
HCPS = [("Dr. Anika Rao", "Riverside Internal Medicine", "(614) 555-0142", "(614) 555-0143", "1487652093"),
        ("Dr. Roberto Salazar", "Mercy General Hospital", "916-555-0177", "916-555-0178", "1295837461"),
        ("Linda Chao, PharmD", "Walgreens #08812", "312.555.0109", "312.555.0110", "1730294856"),
        ("Dr. med. Stefan Krüger", "Praxis Dr. Krüger", "+49 221 555 0190", "+49 221 555 0191", "LANR 123456701"),
        ("Dra. Elena Márquez", "Hospital Universitario La Paz", "+34 91 555 0160", "+34 91 555 0161", "Col. 282857412"),
        ("田村 浩二 医師", "東都総合病院 内科", "03-5555-0188", "03-5555-0189", "医籍 412233"),
        ("Maureen Kelly, RN", "St. Luke's Infusion Center", "208-555-0126", "208-555-0127", "RN-ID 88412")]
HCP_LOC = ["US", "US", "US", "DE", "ES", "JP", "US"]
US_HCPS = [HCPS[i] for i in (0, 1, 2, 6)]
COMPANY = {"US": "1-800-555-0199", "ES": "900 555 019", "DE": "0800 555 0199", "JP": "0120-555-019"}

CASE_SEQ = [4400]


def new_case(p):
    CASE_SEQ[0] += R.randint(1, 37)
    cc = p["loc"]
    cid = "2024%s%06d" % (cc, CASE_SEQ[0] + {"US": 0, "ES": -3100, "DE": -3500, "JP": -3300}[cc])
    prod = R.choice(PRODUCTS)
    onset = datetime.date(2024, 2, 1) + datetime.timedelta(days=R.randint(0, 36))
    start = onset - datetime.timedelta(days=R.randint(1, 90))
    receipt = min(REF, onset + datetime.timedelta(days=R.randint(1, 6)))
    ev = R.choice(EVENTS)
    return {"cid": cid, "wwuid": "%s-HALVORSENPH-%s" % (cc, cid), "prod": prod, "onset": onset,
            "start": start, "receipt": receipt, "ev": ev, "lot": R.choice(prod[4]),
            "serious": R.random() < 0.4}


def spring(ln, lvl, thread, logger, pid=18244):
    ln.t("%s %5s %d --- [%15s] %-40s : " % (ts_spring(), lvl, pid, thread[-15:], logger[:40]))
    return ln


def spring3(ln, lvl, app, thread, logger, pid=1):
    ln.t("%s %5s %d --- [%s] [%15s] %-40s : " % (ts_spring3(), lvl, pid, app, thread[-15:], logger[:40]))
    return ln


def pylog(ln, lvl, name):
    ln.t("%s - %s - %s - " % (ts_py(), name, lvl))
    return ln


def pylog2(ln, lvl, name):
    ln.t("%s %s [%s] " % (ts_py(), lvl, name))
    return ln


def structlog(ln, lvl, event):
    ln.t("%s [%-9s] %-30s " % (ts_plain(), lvl, event))
    return ln


def age_txt(ln, p, pre, post=""):
    """write an age; label only if > 89"""
    ln.t(pre)
    ln.x(str(p["age"]), "age" if p["age"] > 89 else None)
    ln.t(post)
    return ln


PHI_GENS = []
NOISE_GENS = []


def phi(w):
    def d(f):
        PHI_GENS.append((f, w))
        return f
    return d


def noise(w):
    def d(f):
        NOISE_GENS.append((f, w))
        return f
    return d


# ============================================================================= PHI generators
@phi(3)
def g_cti_patient():
    p = person()
    c = new_case(p)
    caller_is_pt = R.random() < 0.6
    rel = p if caller_is_pt else person(loc=p["loc"], old=False)
    ln = Line("genesys_cti")
    spring(ln, "INFO", "cti-events-%d" % R.randint(1, 4), "c.h.mi.cti.GenesysEventListener", 4412)
    ln.t("EventEstablished ConnID=%s ANI=" % hexs(16).upper())
    ln.p(fmt_phone(rel["ph"], R.choice(["e164", "digits"])), "phone")
    q = {"US": "MI_US_EN_AE", "ES": "MI_ES_ES", "DE": "MI_DE_DE", "JP": "MI_JP_JA"}[p["loc"]]
    ln.t(" DNIS=%s ThisDN=7%04d Queue=%s AgentLogin=mi_%s AttachedData={CallerType=%s, CallerName=" % (
        COMPANY[p["loc"]].replace("-", "").replace(" ", ""), R.randint(0, 9999), q, R.choice(AGENTS),
        "PATIENT" if caller_is_pt else "CAREGIVER"))
    ln.p(nm(rel, "LF" if rel["loc"] != "JP" else "romaji_lf"), "name")
    ln.t(", Product=%s, Lang=%s, IVRPath=1>2>%d}" % (c["prod"][0], p["lang"], R.randint(1, 4)))
    return [ln]


@phi(2)
def g_ivr_voiceprint():
    p = person(loc="US")
    ln = Line("ivr_auth")
    pylog2(ln, "INFO", "ivr.auth.VoiceVerify")
    ln.t("node=VerifyCaller result=%s ani=" % R.choice(["MATCH", "MATCH", "MATCH_LOW"]))
    ln.p(fmt_phone(p["ph"], "e164"), "phone")
    ln.t(" voiceprint_ref=")
    ln.p("VP-" + hexs(12), "biometric")
    ln.t(" score=0.%03d enrolled_member=" % R.randint(880, 999))
    ln.p("PSP-%07d" % R.randint(10000, 999999), "other_id")
    ln.t(" latency_ms=%d" % R.randint(180, 900))
    out = [ln]
    if R.random() < 0.5:
        l2 = Line("ivr_auth")
        pylog2(l2, "DEBUG", "ivr.auth.VoiceVerify")
        l2.t("template refreshed sha256=")
        l2.p(hashlib.sha256(str(R.random()).encode()).hexdigest(), "biometric")
        l2.t(" engine=nuance-gatekeeper/11.2 channel=PSTN")
        out.append(l2)
    return out


@phi(5)
def g_agent_note():
    p = person(loc="US")
    c = new_case(p)
    ln = Line("agent_note")
    ln.t("%s NOTE case=" % ts_isos())
    ln.p(c["cid"], "other_id")
    ln.t(" agent=%s src=PHONE text=\"" % R.choice(AGENTS))
    ev, prod = c["ev"][0], c["prod"][0]
    ds = rdate_style("US")
    form = R.randint(0, 3)
    if form == 0:
        ln.t("Pt ").p(nm(p, R.choice(["full", "UPPER", "lower"])), "name")
        ln.t(" (DOB ").p(fd(p["dob"], ds), "date").t(", ")
        age_txt(ln, p, "", " y/o) called re: %s after dose of %s on " % (ev, prod))
        ln.p(fd(c["onset"], ds), "date")
        ln.t(". Callback ").p(fmt_phone(p["ph"]), "phone")
        ln.t(" after 4pm.")
        if R.random() < 0.6:
            ln.t(" Lives alone at ").p(p["street"], "address").t(", ").p(p["city"], "address")
            ln.t(" %s " % p["state"]).p(p["zip"], "zip").t(".")
    elif form == 1:
        cg = person(loc="US", old=False, sex="F")
        ln.t("Caller is daughter ").p(nm(cg, "full"), "name").t(" (").p(fmt_phone(cg["ph"]), "phone")
        ln.t(") calling for her mother ").p(nm(p, "lf"), "name")
        age_txt(ln, p, ", ", "yo,")
        ln.t(" started %s " % prod).p(fd(c["start"], "short_mon"), "date").t("; %s since " % ev)
        ln.p(fd(c["onset"], ds), "date")
        ln.t(". \\nConsent to contact HCP: Y. \\nPt email ").p(p["email"], "email").t(".")
    elif form == 2:
        ln.t("Consumer ").p(nm(p, "fil"), "name").t(" reports %s, onset " % ev)
        ln.p(fd(c["onset"], ds), "date")
        ln.t(", lot %s (exp %s). Product retained, return kit mailed to " % (c["lot"], R.choice(["08/2025", "2025-11", "31-Jan-2026"])))
        ln.p(p["street"], "address").t(", ").p(p["city"], "address").t(", %s " % p["state"]).p(p["zip"], "zip")
        ln.t(". HCP: %s, no consent to contact." % R.choice(US_HCPS)[0])
    else:
        ln.t("spoke w/ pt, verified identity (name+DOB ").p(fd(p["dob"], ds), "date")
        ln.t("+zip ").p(p["zip"], "zip")
        ln.t("). %s on %s since " % (ev.capitalize(), prod)).p(fd(c["start"], ds), "date")
        ln.t(", hospitalized? %s. transferred to nurse line ext 4471" % R.choice(["N", "UNK", "Y"]))
    ln.t("\"")
    return [ln]


@phi(3)
def g_email_intake():
    p = person(loc="US")
    c = new_case(p)
    rel = p if R.random() < 0.5 else person(loc=p["loc"], old=False)
    l1 = Line("email_intake")
    l1.t("[%s] INFO in mail_ingest.worker: msg_id=<%s@mail.%s> from=\"" % (ts_py(), hexs(24).upper(), R.choice(["gmail.com", "outlook.com", "yahoo.com"])))
    l1.p(nm(rel, "full"), "name").t(" <").p(rel["email"], "email")
    l1.t(">\" to=drugsafety@halvorsenpharma.com subject=\"%s\" attachments=%d size=%d" % (
        R.choice(["Side effect from %s" % c["prod"][0], "Re: %s question" % c["prod"][0],
                  "Reacción adversa %s" % c["prod"][0], "my mom - %s" % c["prod"][0]]),
        R.randint(0, 2), R.randint(2000, 90000)))
    l2 = Line("email_intake")
    l2.t("[%s] DEBUG in mail_ingest.parser: body[0:400]=\"" % ts_py())
    ds = rdate_style(p["loc"])
    if rel is p:
        l2.t("Hello,\\nI started %s on " % c["prod"][0]).p(fd(c["start"], ds), "date")
        l2.t(" and since ").p(fd(c["onset"], ds), "date")
        l2.t(" I have %s. I was born " % c["ev"][0]).p(fd(p["dob"], ds), "date")
        l2.t(". You can call me on ").p(fmt_phone(p["ph"]), "phone").t(".\\nThanks, ").p(nm(p, "first"), "name")
    else:
        l2.t("Hi, writing about my %s " % ("mother" if p["sex"] == "F" else "father"))
        l2.p(nm(p, "full"), "name").t(" (born ").p(fd(p["dob"], ds), "date").t(")")
        age_txt(l2, p, ", who is ", ".")
        l2.t(" After the %s dose on " % c["prod"][0]).p(fd(c["onset"], ds), "date")
        pr = "she" if p["sex"] == "F" else "he"
        l2.t(" %s had %s.\\n%s lives at " % (pr, c["ev"][0], pr.capitalize()))
        l2.p(p["street"], "address").t(", ").p(p["city"], "address").t(", %s " % p["state"]).p(p["zip"], "zip")
    l2.t("...\" truncated=true")
    out = [l1, l2]
    if R.random() < 0.35:
        l3 = Line("email_intake")
        l3.t("[%s] DEBUG in mail_ingest.parser: part[1] content-type=image/jpeg; name=\"%s\" transfer-encoding=base64 head=" % (ts_py(), R.choice(["face.jpg", "swelling.jpeg", "IMG_%04d.JPG" % R.randint(1000, 9999)])))
        l3.p(jpeg_b64(R.randint(60, 110)), "photo")
        l3.t(" (+%d bytes)" % R.randint(30000, 700000))
        out.append(l3)
    return out


@phi(4)
def g_webform():
    p = person(loc="US")
    c = new_case(p)
    ln = Line("webform_json")
    ln.t('{"ts":"%s","level":"INFO","logger":"webform.submit","form":"report-side-effect-v3","requestId":"%s","remote_addr":' % (ts_iso(), uid()))
    ln.js(pub_ip() if R.random() < 0.8 else pub_ip6(), "ip")
    ln.t(',"payload":{"reporterType":"patient","firstName":').js(p["first"], "name")
    ln.t(',"lastName":').js(p["last"], "name")
    ln.t(',"email":').js(p["email"], "email")
    ln.t(',"phone":').js(fmt_phone(p["ph"]), "phone")
    ln.t(',"dateOfBirth":').js(fd(p["dob"], "iso"), "date")
    ln.t(',"zip":').js(p["zip"], "zip")
    ln.t(',"product":"%s","lot":"%s","eventStart":' % (c["prod"][0], c["lot"]))
    ln.js(fd(c["onset"], "iso"), "date")
    how = "my injection" if c["prod"][0] in ("Zentrava", "Quelmira") else "I started the tablets"
    ln.t(',"narrative":').js("%s started a few days after %s, still there" % (c["ev"][0].capitalize(), how))
    ln.t(',"consentFollowUp":true')
    if R.random() < 0.55:
        ln.t(',"attachments":[{"name":"IMG_%04d.jpg","mime":"image/jpeg","bytes":%d,"data":"' % (R.randint(1000, 9999), R.randint(40000, 900000)))
        ln.p(jpeg_b64(R.randint(90, 150)), "photo")
        ln.t('"}]')
    ln.t('},"captcha":"ok","durMs":%d}' % R.randint(40, 400))
    return [ln]


@phi(5)
def g_social():
    p = person(loc=R.choice(["US", "US", "ES", "JP", "DE"]))
    c = new_case(p)
    plat = R.choice(["twitter", "reddit", "facebook", "instagram", "forum"])
    ln = Line("social_listening")
    ln.t('{"ingestedAt":"%s","platform":"%s","postId":"%s","author":{"handle":' % (ts_iso(), plat, digits(19) if plat == "twitter" else hexs(10)))
    if plat == "reddit":
        h = "u/" + p["handle"]
        url = "https://www.reddit.com/user/" + p["handle"]
    elif plat == "twitter":
        h = "@" + p["handle"]
        url = "https://x.com/" + p["handle"]
    elif plat == "instagram":
        h = "@" + p["handle"]
        url = "https://www.instagram.com/" + p["handle"] + "/"
    elif plat == "facebook":
        h = p["handle"]
        url = "https://www.facebook.com/" + p["handle"].replace("_", ".")
    else:
        h = p["handle"]
        url = "https://www.inspire.com/members/" + p["handle"] + "/"
    ln.js(h, "other_id")
    if plat in ("facebook", "forum", "twitter"):
        ln.t(',"displayName":').js(nm(p, "full") if p["loc"] != "JP" else nm(p, "kanji"), "name")
    ln.t(',"profileUrl":').js(url, "url")
    city = p["city"] or p["street"].split("区")[0] + "区" if p["loc"] == "JP" else p["city"]
    if p["loc"] == "JP":
        city = p["street"][:p["street"].index("区") + 1]
    if R.random() < 0.6:
        ln.t(',"location":').js(city, "address")
    prod = c["prod"][0]
    lang = p["lang"]
    ln.t('},"lang":"%s","text":"' % lang)
    if lang == "es":
        ln.t("llevo 3 semanas con #%s y tengo %s desde el " % (prod, c["ev"][1]))
        ln.p(fd(c["onset"], "eu_slash"), "date").t(" 😩 ¿a alguien más le pasa?")
    elif lang == "de":
        ln.t("Seit dem ").p(fd(c["onset"], "eu_dot"), "date").t(" nehme ich %s, jetzt %s. Normal?? #Nebenwirkung" % (prod, c["ev"][2]))
    elif lang == "ja":
        ln.t("%sを%sから%sがひどい…" % (prod, "打って" if prod in ("Zentrava", "Quelmira") else "飲み始めて", c["ev"][3]))
        if p["age"] > 89:
            ln.t("祖母(").p(str(p["age"]), "age").t("歳)も同じ薬")
        ln.t(" #副作用")
    else:
        ln.t("%s days on #%s and now %s. " % (R.randint(3, 30), prod, c["ev"][0]))
        if p["age"] > 89:
            ln.t("my grandma is ").p(str(p["age"]), "age").t(" and she got it too?? ")
        ln.t("anyone else?")
    ln.t('","metrics":{"likes":%d,"replies":%d},"aeClassifier":{"model":"ae-bert-v5.2","score":0.%02d,"label":"POTENTIAL_AE"},"routedTo":"PV_SOCIAL_TRIAGE"}' % (
        R.randint(0, 300), R.randint(0, 40), R.randint(70, 99)))
    return [ln]


def _xml_reporter_lines(rep, is_hcp, out):
    lab = None if is_hcp else True
    X = lambda: Line("e2b_r3_xml")
    l = X().t("            <assignedPerson classCode=\"PSN\" determinerCode=\"INSTANCE\"><name>")
    if is_hcp:
        if rep[0]:
            l.t("<prefix>%s</prefix>" % rep[0])
        l.t("<given>%s</given><family>%s</family>" % (rep[1], rep[2]))
    else:
        l.t("<given>").x(rep["first"], "name" if lab else None).t("</given><family>").x(rep["last"], "name").t("</family>")
    l.t("</name></assignedPerson>")
    out.append(l)
    if is_hcp:
        city = "<city>%s</city>" % rep[4] if rep[4] else ""
        st = "<state>%s</state>" % rep[5] if rep[5] else ""
        out.append(X().t("            <addr><streetAddressLine>%s</streetAddressLine>%s%s<postalCode>%s</postalCode></addr>" % (rep[3], city, st, rep[6])))
        out.append(X().t("            <telecom value=\"tel:%s\"/>" % rep[7]))
        out.append(X().t('            <code code="%d" codeSystem="2.16.840.1.113883.3.989.2.1.1.6"/>' % R.choice([1, 2, 3])))
    else:
        l = X().t("            <addr><streetAddressLine>").p(rep["street"], "address").t("</streetAddressLine>")
        if rep["loc"] == "JP":
            l.t("<state>%s</state><postalCode>" % rep["state"])
        else:
            l.t("<city>").p(rep["city"], "address").t("</city>")
            if rep["state"]:
                l.t("<state>%s</state>" % rep["state"])
            l.t("<postalCode>")
        l.p(rep["zip"], "zip").t("</postalCode></addr>")
        out.append(l)
        out.append(X().t("            <telecom value=\"tel:").p(fmt_phone(rep["ph"], "tel"), "phone").t("\"/>"))
        if R.random() < 0.4:
            out.append(X().t("            <telecom value=\"mailto:").p(rep["email"], "email").t("\"/>"))


@phi(2)
def g_e2b_block():
    p = person()
    c = new_case(p)
    out = []
    hdr = Line("e2b_r3_xml")
    spring(hdr, "DEBUG", "esm-outbound-%d" % R.randint(1, 4), "c.h.pv.esm.E2bR3Serializer")
    hdr.t("ICSR serialized case=").p(c["cid"], "other_id")
    hdr.t(" batch=%s receiver=%s schema=ICH_ICSR_R3_2.2 bytes=%d; dumping D/C.2 sections" % (
        "B%s" % digits(8), {"US": "ZZFDA", "ES": "EVHUMAN", "DE": "EVHUMAN", "JP": "PMDA"}[p["loc"]], R.randint(9000, 60000)))
    out.append(hdr)
    X = lambda: Line("e2b_r3_xml")
    out.append(X().t('      <id root="2.16.840.1.113883.3.989.2.1.3.1" extension="').p(c["wwuid"], "other_id").t('"/>'))
    if R.random() < 0.5:
        out.append(X().t('      <effectiveTime value="%s%02d%02d%02d+0000"/>' % (fd(REF, "e2b"), CLOCK[0].hour, CLOCK[0].minute, CLOCK[0].second)))
    out.append(X().t('      <availabilityTime value="').p(fd(c["receipt"], "e2b"), "date").t('"/>'))
    is_hcp = R.random() < 0.45
    if is_hcp:
        _xml_reporter_lines(R.choice([h for h in E2B_HCPS if (h[5] == "東京都") == (p["loc"] == "JP")]), True, out)
    else:
        _xml_reporter_lines(p, False, out)
    out.append(X().t('            <player1 classCode="PSN" determinerCode="INSTANCE">'))
    out.append(X().t("              <name>").p(initials(p, R.random() < 0.5), "name").t("</name>"))
    if R.random() < 0.5:
        out.append(X().t('              <administrativeGenderCode code="%d" codeSystem="1.0.5218"/>' % (2 if p["sex"] == "F" else 1)))
    out.append(X().t('              <birthTime value="').p(fd(p["dob"], "e2b"), "date").t('"/>'))
    if c["serious"] and R.random() < 0.6:
        out.append(X().t('                <id extension="').p("%s%s" % (R.choice(["", "H", "MRN"]), digits(8)), "mrn").t('" root="2.16.840.1.113883.3.989.2.1.3.9"/>'))
    if R.random() < 0.4:
        out.append(X().t('                  <code code="3" codeSystem="2.16.840.1.113883.3.989.2.1.1.19" displayName="age"/>'))
    out.append(age_txt(X(), p, '                  <value xsi:type="PQ" value="', '" unit="a"/>'))
    if R.random() < 0.5:
        out.append(X().t('                  <value xsi:type="CE" code="%s" codeSystem="2.16.840.1.113883.6.163" codeSystemVersion="26.1" displayName="%s"/>' % (c["ev"][5], c["ev"][4])))
    out.append(X().t('                  <effectiveTime xsi:type="IVL_TS"><low value="').p(fd(c["onset"], "e2b"), "date").t('"/></effectiveTime>'))
    if len(out) > 14:
        out = out[:14]
    return out


@phi(2)
def g_e2b_inline():
    p = person()
    c = new_case(p)
    ln = Line("e2b_r3_xml")
    spring(ln, "DEBUG", "e2b-map-%d" % R.randint(1, 8), "c.h.pv.e2b.mapper.PatientSectionMapper")
    ln.t("D.1 mapped for ").p(c["cid"], "other_id").t(": ")
    ln.t('<primaryRole classCode="INVSBJ"><player1 classCode="PSN" determinerCode="INSTANCE"><name>')
    ln.p(initials(p, True), "name")
    ln.t('</name><administrativeGenderCode code="%d" codeSystem="1.0.5218"/><birthTime value="' % (2 if p["sex"] == "F" else 1))
    ln.p(fd(p["dob"], "e2b"), "date").t('"/>')
    if R.random() < 0.5:
        ln.t('<asIdentifiedEntity classCode="IDENT"><id root="2.16.840.1.113883.3.989.2.1.3.%d" extension="' % R.choice([7, 8, 9]))
        ln.p(R.choice(["GP-", "", "KH"]) + digits(7), "mrn").t('"/></asIdentifiedEntity>')
    if R.random() < 0.3:
        ln.t('<asIdentifiedEntity classCode="IDENT"><id root="2.16.840.1.113883.3.989.2.1.3.10" extension="')
        ln.p("HLV-302-%03d-%04d" % (R.randint(1, 80), R.randint(1, 999)), "other_id").t('"/></asIdentifiedEntity>')
    ln.t("</player1></primaryRole>")
    return [ln]


@phi(3)
def g_medwatch_row():
    p = person(loc="US")
    c = new_case(p)
    ln = Line("medwatch_3500")
    ln.t("MW3500|").p(c["cid"], "other_id").t("|A1=").p(initials(p), "name")
    ln.t("|A2.age=")
    ln.x(str(p["age"]), "age" if p["age"] > 89 else None)
    ln.t(" yr|A2.dob=").p(fd(p["dob"], "us"), "date")
    ln.t("|A3=%s|A4=%d kg|B1=%s|B2=%s|B3=" % (p["sex"], R.randint(45, 110), R.choice(["AE", "AE,PQ"]),
                                          R.choice(["hospitalization", "other_serious", "none"])))
    ln.p(fd(c["onset"], "us"), "date").t("|B4=").p(fd(c["receipt"], "us"), "date")
    ln.t("|B5=\"%s after %s\"|D1=%s %s|D3=%s|" % (c["ev"][0], c["prod"][0], c["prod"][0], c["prod"][1], c["lot"]))
    if R.random() < 0.35:
        h = R.choice(HCPS[:3])
        ln.t("G1=%s, %s|G1.phone=%s|G2=Y|G4=%s" % (h[0], h[1], h[2], "physician" if "Dr" in h[0] else "pharmacist"))
    else:
        ln.t("G1=").p(nm(p, "full"), "name").t(", ").p(p["street"], "address").t(", ").p(p["city"], "address")
        ln.t(", %s " % p["state"]).p(p["zip"], "zip").t("|G1.phone=").p(fmt_phone(p["ph"]), "phone")
        if R.random() < 0.5:
            ln.t("|G1.email=").p(p["email"], "email")
        ln.t("|G2=N|G4=consumer")
    return [ln]


@phi(2)
def g_medwatch_pdf():
    p = person(loc="US")
    c = new_case(p)
    out = []
    th = "pdf-render-%d" % R.randint(1, 3)
    fields = [("A.1 Patient Identifier", initials(p, True), "name"),
              ("A.2 Age", "%d Years" % p["age"], "age" if p["age"] > 89 else None),
              ("A.2 Date of Birth", fd(p["dob"], "dmon"), "date"),
              ("A.3 Sex", "Female" if p["sex"] == "F" else "Male", None),
              ("B.3 Date of Event", fd(c["onset"], "dmon"), "date"),
              ("B.4 Date of this Report", fd(REF, "dmon"), None),
              ("G.1 Contact Office", "Halvorsen Pharma Inc., 200 Campus Dr, Florham Park, NJ 07932", None)]
    R.shuffle(fields)
    hdr = Line("medwatch_3500")
    spring(hdr, "INFO", th, "c.h.pv.reg.MedWatch3500AFormFiller", 7731)
    hdr.t("filling FDA 3500A for ").p(c["cid"], "other_id").t(" template=3500A_2023-06.pdf fields=%d" % R.randint(88, 131))
    out.append(hdr)
    for name, val, cat in fields[:R.randint(2, 4)]:
        l = Line("medwatch_3500")
        spring(l, "DEBUG", th, "o.apache.pdfbox.pdmodel.interactive.form", 7731)
        l.t("setValue field=\"%s\" value=\"" % name).x(val, cat).t("\"")
        out.append(l)
    return out


@phi(4)
def g_argus_audit():
    p = person()
    c = new_case(p)
    ln = Line("argus_workflow")
    k = R.randint(0, 4)
    if k == 0:
        ln.t("AUDIT|%s|CASE_NUM=" % ts_isos()).p(c["cid"], "other_id")
        st = R.choice([("Triage", "Data Entry"), ("Data Entry", "Quality Review"), ("Quality Review", "Medical Review"),
                       ("Medical Review", "Distribution"), ("Distribution", "Closed")])
        ln.t("|ACTION=WORKFLOW_ROUTE|FROM=%s|TO=%s|USER=%s|SITE=%s-MI|COMMENT=" % (st[0], st[1], R.choice(AGENTS), p["loc"]))
        if c["serious"]:
            ln.t("serious - hospitalized ").p(fd(c["onset"] + datetime.timedelta(days=1), "us"), "date")
        else:
            ln.t("non-serious, no FU needed")
    elif k == 1:
        ln.t("%s [AG Service] INFO  CaseLock - case " % ts_py()).p(c["cid"], "other_id")
        ln.t(" locked by %s (session %d, host %s)" % (R.choice(AGENTS), R.randint(1000, 9999), int_ip()))
    elif k == 2:
        ln.t("%s [Argus] WARN  ExpeditedClock - case " % ts_py()).p(c["cid"], "other_id")
        due = c["receipt"] + datetime.timedelta(days=15)
        ln.t(" day0=").p(fd(c["receipt"], "dmon"), "date")
        ln.t(" due=%s (15-day) remaining=%dd seriousness=%s" % (fd(due, "dmon"), (due - REF).days, "HO" if c["serious"] else "OMC"))
    elif k == 3:
        ln.t("%s [AG Service] INFO  ESM - E2B import accepted wwuid=" % ts_py()).p(c["wwuid"], "other_id")
        ln.t(" sender=%s ack=AA msgId=%s" % (R.choice(["EVHUMAN", "ZZFDA", "PMDA"]), uid()))
    else:
        ln.t("AUDIT|%s|CASE_NUM=" % ts_isos()).p(c["cid"], "other_id")
        ln.t("|ACTION=FIELD_UPDATE|FIELD=PAT_DOB|OLD=|NEW=").p(fd(p["dob"], "dmon").upper(), "date")
        ln.t("|USER=%s" % R.choice(AGENTS))
    return [ln]


@phi(3)
def g_followup_letter():
    loc = R.choice(["US", "US", "ES", "DE", "JP"])
    p = person(loc=loc)
    c = new_case(p)
    out = []
    hdr = Line("followup_letter")
    tmpl = {"US": "FU_CONSUMER_EN_v7", "ES": "FU_CONSUMIDOR_ES_v3", "DE": "FU_VERBRAUCHER_DE_v5", "JP": "FU_PATIENT_JA_v2"}[loc]
    spring(hdr, "INFO", "letters-%d" % R.randint(1, 6), "c.h.pv.letters.FollowUpLetterService", 7731)
    hdr.t("Rendering template=%s case=" % tmpl).p(c["cid"], "other_id")
    hdr.t(" recipientRole=PATIENT channel=POST pages=%d copy=archive://letters/%s.pdf" % (R.randint(1, 3), uid()))
    out.append(hdr)
    F = lambda: Line("followup_letter")
    if loc == "US":
        hon = honor(p, "en")
        out.append(F().t("%s " % hon).p(nm(p, "full"), "name"))
        out.append(F().p(p["street"], "address"))
        out.append(F().p(p["city"], "address").t(", %s " % p["state"]).p(p["zip"], "zip"))
        out.append(F().t("Our reference: ").p(c["cid"], "other_id"))
        out.append(F().t("Dear %s " % hon).p(p["last"], "name").t(","))
        out.append(F().t("Thank you for telling us about the %s you experienced while using %s, which you reported to us on " % (c["ev"][0], c["prod"][0]))
                   .p(fd(c["receipt"], R.choice(["long_us", "long_uk"])), "date").t("."))
        out.append(F().t("To complete our assessment, please let us know the lot number printed on the carton and whether the symptoms have resolved."))
        if R.random() < 0.6:
            out.append(F().t("You can reach Drug Safety at %s (Mon–Fri, 8 am–8 pm ET) or drugsafety@halvorsenpharma.com." % COMPANY["US"]))
        out.append(F().t("Sincerely, Drug Safety & Pharmacovigilance, Halvorsen Pharma Inc."))
    elif loc == "ES":
        out.append(F().t("%s " % honor(p)).p(nm(p, "full"), "name"))
        out.append(F().p(p["street"], "address"))
        out.append(F().p(p["zip"], "zip").t(" ").p(p["city"], "address"))
        out.append(F().t("Ref.: ").p(c["cid"], "other_id"))
        out.append(F().t("Estimad%s %s " % ("a" if p["sex"] == "F" else "o", honor(p))).p(p["last"], "name").t(":"))
        out.append(F().t("Le agradecemos que nos comunicara el ").p(fd(c["receipt"], "es"), "date")
                   .t(" el acontecimiento adverso (%s) que presentó durante el tratamiento con %s." % (c["ev"][1], c["prod"][0])))
        out.append(F().t("Para completar la evaluación, ¿podría indicarnos la fecha de inicio del tratamiento y el número de lote?"))
        out.append(F().t("Atentamente, Farmacovigilancia – Halvorsen Pharma España S.L., tel. %s" % COMPANY["ES"]))
    elif loc == "DE":
        out.append(F().t("%s " % honor(p)).p(nm(p, "full"), "name"))
        out.append(F().p(p["street"], "address"))
        out.append(F().p(p["zip"], "zip").t(" ").p(p["city"], "address"))
        out.append(F().t("Unser Zeichen: ").p(c["cid"], "other_id"))
        out.append(F().t("Sehr geehrte%s %s " % ("" if p["sex"] == "F" else "r", honor(p))).p(p["last"], "name").t(","))
        out.append(F().t("vielen Dank für Ihre Meldung vom ").p(fd(c["receipt"], "de"), "date")
                   .t(" zu %s unter der Anwendung von %s." % (c["ev"][2], c["prod"][0])))
        if R.random() < 0.6:
            out.append(F().t("Bitte teilen Sie uns die Chargenbezeichnung sowie das Datum des Therapiebeginns mit."))
        out.append(F().t("Mit freundlichen Grüßen, Arzneimittelsicherheit, Halvorsen Pharma GmbH, Tel. %s" % COMPANY["DE"]))
    else:
        out.append(F().t("〒").p(p["zip"], "zip"))
        out.append(F().t(p["state"]).p(p["street"], "address"))
        out.append(F().p(nm(p, "kanji"), "name").t(" 様"))
        out.append(F().t("受付番号: ").p(c["cid"], "other_id"))
        out.append(F().t("このたびは、").p(fd(c["receipt"], "ja"), "date").t("に%sの使用中に生じた%sについてご報告いただき、誠にありがとうございました。" % (c["prod"][0], c["ev"][3])))
        out.append(F().t("追加情報として、投与開始日およびロット番号をお知らせください。"))
        out.append(F().t("ハルヴォルセン製薬株式会社 安全管理部 フリーダイヤル %s" % COMPANY["JP"]))
    return out


@phi(3)
def g_dedup():
    p = person()
    c = new_case(p)
    other = "2024%s%06d" % (p["loc"], int(c["cid"][-6:]) - R.randint(3, 300))
    ln = Line("dedup_matcher")
    pylog(ln, "INFO", "pv_dedup.matcher")
    ln.t("candidate pair new=").p(c["cid"], "other_id").t(" existing=").p(other, "other_id")
    ln.t(" score=0.%02d rule=%s matched={pat_initials:'" % (R.randint(82, 99), R.choice(["R3_INIT_DOB_ONSET", "R5_PHONE_PRODUCT", "R1_EXACT"])))
    ln.p(initials(p), "name").t("', pat_dob:'").p(fd(p["dob"], "iso"), "date")
    ln.t("', onset:'").p(fd(c["onset"], "iso"), "date").t("'")
    if R.random() < 0.6:
        ln.t(", reporter_phone:'").p(fmt_phone(p["ph"], "digits"), "phone").t("'")
    ln.t("} action=%s" % R.choice(["QUEUE_FOR_REVIEW", "AUTO_LINK", "QUEUE_FOR_REVIEW"]))
    return [ln]


@phi(2)
def g_literature_case():
    age = R.randint(90, 99)
    sex = R.choice(["woman", "man"])
    p = person(loc="US")
    c = new_case(p)
    ln = Line("literature_screen")
    structlog(ln, "info", "icsr_candidate")
    ln.t("pmid=%d journal=\"%s\" authors=\"%s\" title=\"" % (
        R.randint(38100000, 38499999), R.choice(["J Med Case Rep", "BMJ Case Rep", "Drug Saf Case Rep", "Rinsho Yakuri"]),
        R.choice(["Tanaka K; Ruiz-Ortega M; Haddad S", "Okafor CE; Lindqvist P", "Müller-Brandt A; Chen L; Rao A", "佐々木 隆; 森 由紀"])))
    ev = c["ev"][4].lower()
    ln.t("%s after %s in a " % (ev.capitalize(), c["prod"][0].lower())).p(str(age), "age")
    ln.t("-year-old %s: a case report\" case_created=" % sex).p(c["cid"], "other_id")
    ln.t(" decision=VALID_ICSR screener=%s" % R.choice(AGENTS))
    return [ln]


COMPLAINT_HDR = "complaint_no,received_dt,product,ndc,lot,exp,issue_code,issue_text,reporter_type,reporter_name,reporter_phone,device_sn,ae_flag"


@phi(3)
def g_complaint_rows():
    out = []
    if R.random() < 0.5:
        out.append(Line("complaint_csv").t(COMPLAINT_HDR))
    for _ in range(R.randint(1, 3)):
        p = person(loc="US")
        c = new_case(p)
        prod = c["prod"]
        ln = Line("complaint_csv")
        ln.p("PQC-2024-%06d" % R.randint(1000, 9999), "other_id")
        ln.t(",%s,%s %s,%s,%s,%s," % (fd(c["receipt"], "iso"), prod[0], prod[1].split()[0] + " " + prod[1].split()[1].split("/")[0], prod[3], c["lot"],
                                       R.choice(["2025-08-31", "2026-01-31", "2025-11-30"])))
        if prod[0] in ("Zentrava", "Quelmira"):
            iss = R.choice([("DEV-012", "needle did not retract"), ("PKG-004", "carton seal broken"), ("DEV-031", "pen dose counter stuck"), ("DEV-040", "cap hard to remove")])
        else:
            iss = R.choice([("TAB-007", "tablet chipped"), ("PKG-004", "carton seal broken"), ("TAB-012", "unusual odor"), ("PKG-009", "blister empty")])
        ln.t("%s,%s," % iss)
        if R.random() < 0.3:
            h = R.choice(HCPS[:3])
            ln.t("PHARMACIST,\"%s\",%s," % (h[0], h[2]))
        else:
            ln.t("PATIENT,\"").p(nm(p, "lf"), "name").t("\",").p(fmt_phone(p["ph"]), "phone").t(",")
            if prod[0] in ("Zentrava", "Quelmira"):
                ln.p("%s-%s-%06d" % (prod[2][:2], R.choice(["2309", "2311", "2402"]), R.randint(1, 999999)), "device")
        ln.t(",%s" % R.choice(["Y", "N", "N"]))
        out.append(ln)
    return out


@phi(3)
def g_es_note():
    p = person(loc="ES")
    c = new_case(p)
    ln = Line("agent_note_es")
    spring(ln, "INFO", "intake-es-%d" % R.randint(1, 3), "c.h.mi.intake.NotaAgente")
    ln.t("caso=").p(c["cid"], "other_id").t(" nota=\"Llamó ")
    ln.t("la " if p["sex"] == "F" else "el ").t(honor(p) + " ").p(nm(p, "full"), "name")
    ln.t(" (fecha de nacimiento ").p(fd(p["dob"], "eu_slash"), "date")
    age_txt(ln, p, ", ", " años)")
    ln.t(" por %s tras tomar %s desde el " % (c["ev"][1], c["prod"][0])).p(fd(c["start"], R.choice(["eu_slash", "es"])), "date")
    ln.t(". Tel. ").p(fmt_phone(p["ph"]), "phone")
    if R.random() < 0.6:
        ln.t(". Domicilio: ").p(p["street"], "address").t(", ").p(p["zip"], "zip").t(" ").p(p["city"], "address")
    if R.random() < 0.35:
        ln.t(". DNI ").p("%08d%s" % (R.randint(10000000, 99999999), R.choice("TRWAGMYFPDXBNJZSQVHLCKE")), "other_id")
    ln.t(". Médico: %s, sin consentimiento para contactar.\"" % HCPS[4][0])
    return [ln]


@phi(3)
def g_de_email():
    p = person(loc="DE")
    c = new_case(p)
    l1 = Line("email_intake_de")
    l1.t("%s pv-mail01 postfix/smtpd[%d]: %s: client=mout.%s[%s], sasl_method=PLAIN" % (
        ts_syslog(), R.randint(1000, 9999), hexs(10).upper(), R.choice(["web.de", "gmx.net", "t-online.de"]),
        "212.227.%d.%d" % (R.randint(0, 40), R.randint(1, 250))))
    l2 = Line("email_intake_de")
    l2.t("[%s] INFO in mail_ingest.worker: from=\"" % ts_py()).p(nm(p, "full"), "name").t(" <").p(p["email"], "email")
    l2.t(">\" to=arzneimittelsicherheit@halvorsenpharma.de subject=\"Nebenwirkung %s\" lang=de" % c["prod"][0])
    l3 = Line("email_intake_de")
    l3.t("[%s] DEBUG in mail_ingest.parser: body=\"Sehr geehrte Damen und Herren,\\nseit dem " % ts_py())
    l3.p(fd(c["onset"], R.choice(["de", "eu_dot"])), "date").t(" habe ich seit der Anwendung von %s folgende Beschwerden: %s.\\n" % (c["prod"][0], c["ev"][2]))
    if p["age"] > 89:
        l3.t("Ich bin ").p(str(p["age"]), "age").t(" Jahre alt. ")
    l3.t("Tel.: ").p(fmt_phone(p["ph"]), "phone")
    if R.random() < 0.4:
        fx = fmt_phone(("DE", R.choice(["221", "30", "89", "6221", "351", "711"]), digits(R.choice([6, 7])), ""))
        l3.t(", Fax: ").p(fx, "fax")
    if R.random() < 0.4:
        l3.t(", Versichertennr. ").p("%s%09d" % (R.choice("ABCDEFGHKMNRTUZ"), R.randint(100000000, 999999999)), "health_plan")
    if R.random() < 0.3:
        l3.t(", Erstattung bitte auf IBAN ").p(iban_de(), "account")
    l3.t("\\nMit freundlichen Grüßen\\n").p(nm(p, "full"), "name").t("\\n").p(p["street"], "address")
    l3.t(", ").p(p["zip"], "zip").t(" ").p(p["city"], "address").t("\"")
    return [l1, l2, l3] if R.random() < 0.5 else [l2, l3]


@phi(3)
def g_ja_report():
    p = person(loc="JP")
    c = new_case(p)
    ln = Line("jp_intake")
    spring3(ln, "INFO", "jp-intake", "worker-%d" % R.randint(1, 6), "c.h.jp.intake.FukusayouUketsuke")
    ln.t("副作用報告受付: 受付番号=").p(c["cid"], "other_id").t(" 患者=").p(nm(p, "kanji"), "name")
    ln.t("（").p(nm(p, "kana"), "name").t("）様, 生年月日=").p(fd(p["dob"], R.choice(["ja", "iso"])), "date")
    age_txt(ln, p, ", ", "歳")
    ln.t(", 発現日=").p(fd(c["onset"], "ja"), "date").t(", 事象=%s, 製品=%s" % (c["ev"][3], c["prod"][0]))
    ln.t(", 連絡先=").p(fmt_phone(p["ph"]), "phone")
    if R.random() < 0.5:
        ln.t(", 住所=〒").p(p["zip"], "zip").t(" " + p["state"]).p(p["street"], "address")
    if R.random() < 0.35:
        ln.t(", カルテ番号=").p(digits(7), "mrn")
    if R.random() < 0.3:
        ln.t(", 被保険者番号=").p("%d・%d" % (R.randint(10, 999), R.randint(1000, 99999)), "health_plan")
    ln.t(", 報告者区分=%s" % R.choice(["患者本人", "家族", "MR経由"]))
    return [ln]


PSP_K = [0]


@phi(6)
def g_psp():
    p = person(loc="US", old=R.random() < 0.2)
    pid = "PSP-%07d" % R.randint(10000, 999999)
    ln = Line("psp_hub")
    PSP_K[0] += 1
    k = [1, 3, 2, 0, 4, 5, 1, 2, 0, 3, 4, 5][PSP_K[0] % 12]
    if k == 0:
        spring(ln, "INFO", "bi-worker-%d" % R.randint(1, 6), "c.h.psp.hub.BenefitsInvestigation", 2290)
        ln.t("BI request patientId=").p(pid, "other_id")
        ln.t(" payer=\"%s\" memberId=" % R.choice(["Aetna", "UnitedHealthcare", "BCBS of Texas", "Cigna", "Humana"]))
        ln.p(R.choice(["W", "XWH", "U", "H"]) + digits(R.choice([8, 9, 10])), "health_plan")
        ln.t(" group=%s bin=%s pcn=%s dob=" % (digits(7), R.choice(["610502", "004336", "610014"]), R.choice(["MEDDADV", "ADV", "9999"])))
        ln.p(fd(p["dob"], "us"), "date")
    elif k == 1:
        spring(ln, "WARN", "enroll-%d" % R.randint(1, 4), "c.h.psp.hub.EnrollmentValidator", 2290)
        s1 = ssn()
        s2 = s1[:-2] + s1[-1] + s1[-2]
        ln.t("SSN mismatch for ").p(pid, "other_id").t(": form=").p(s1, "ssn").t(" payer=").p(s2, "ssn")
        ln.t(" -> routed to manual verification queue PSP_EXC")
    elif k == 2:
        spring(ln, "INFO", "copay-%d" % R.randint(1, 4), "c.h.psp.copay.CopayCardService", 2290)
        ln.t("card activated patientId=").p(pid, "other_id").t(" pan=").p(card_pan(), "account")
        ln.t(" bin=%s program=ZEN-COPAY-24 cap=$%d,000 processor=%s" % (R.choice(["610020", "004682"]), R.randint(6, 16), R.choice(["ConnectiveRx", "TrialCard"])))
    elif k == 3:
        spring(ln, "INFO", "idv-%d" % R.randint(1, 4), "c.h.psp.hub.IdentityVerification", 2290)
        ln.t("IDV ok patientId=").p(pid, "other_id").t(" name=\"").p(nm(p, "LF"), "name").t("\" dl_state=%s dl_number=" % p["state"])
        ln.p(R.choice(["", "D", "S"]) + digits(R.choice([7, 8, 9])), "license")
        ln.t(" dl_exp=%s method=DOC_SCAN vendor=Socure score=%d" % (R.choice(["2027-05-31", "2029-01-31"]), R.randint(700, 990)))
    elif k == 4:
        spring(ln, "INFO", "bi-worker-%d" % R.randint(1, 6), "c.h.psp.hub.MedicareEligibility", 2290)
        ln.t("270/271 eligibility patientId=").p(pid, "other_id").t(" mbi=").p(mbi(R.random() < 0.5), "health_plan")
        ln.t(" partD=ACTIVE lis=%s plan=S%04d-%03d" % (R.choice(["N", "Y"]), R.randint(1000, 9999), R.randint(1, 200)))
        if p["age"] > 89:
            ln.t(" age=").p(str(p["age"]), "age")
    else:
        spring(ln, "INFO", "refund-%d" % R.randint(1, 3), "c.h.psp.reimb.ReimbursementService", 2290)
        ln.t("reimbursement to patient ").p(pid, "other_id").t(" payee=\"").p(nm(p, "full"), "name")
        ln.t("\" routing=%s account=" % R.choice(["021000021", "011000138", "121000358"])).p(digits(R.choice([9, 10, 12])), "account")
        ln.t(" amount=%d.%02d USD batch=ACH%s" % (R.randint(20, 900), R.randint(0, 99), digits(6)))
    return [ln]


@phi(3)
def g_app_device():
    p = person(loc=R.choice(["US", "US", "DE", "JP"]))
    c = new_case(p)
    ln = Line("app_json")
    ln.t('{"ts":"%s","svc":"companion-app-api","event":"ae_self_report","appUser":' % ts_iso())
    ln.js(p["handle"], "other_id")
    ln.t(',"platform":"%s","appVersion":"4.%d.%d"' % (R.choice(["ios", "android"]), R.randint(0, 9), R.randint(0, 20)))
    if R.random() < 0.5:
        ln.t(',"deviceImei":').js(imei(), "device")
    ln.t(',"pen":{"model":"%s","serial":' % c["prod"][2])
    ln.js("%s-%s-%06d" % (c["prod"][2][:2], R.choice(["2309", "2311", "2402"]), R.randint(1, 999999)), "device")
    ln.t(',"bleMac":').js(mac(), "device")
    ln.t(',"fw":"2.%d.%d","lot":"%s"},"clientIp":' % (R.randint(0, 9), R.randint(0, 9), c["lot"]))
    ln.js(pub_ip(), "ip")
    ln.t(',"answers":{"symptom":').js(c["ev"][4])
    ln.t(',"onset":').js(fd(c["onset"], "iso"), "date")
    ln.t(',"sawDoctor":%s}' % R.choice(["true", "false"]))
    if R.random() < 0.3:
        ln.t(',"photo":{"mime":"image/jpeg","b64":"').p(jpeg_b64(R.randint(60, 100)), "photo").t('"}')
    ln.t(',"traceId":"%s"}' % hexs(32))
    return [ln]


@phi(2)
def g_udi():
    p = person(loc="US")
    c = new_case(p)
    ln = Line("complaint_device")
    spring(ln, "INFO", "pqc-%d" % R.randint(1, 4), "c.h.pqc.device.UdiParser", 18244)
    ln.t("parsed UDI for complaint ").p("PQC-2024-%06d" % R.randint(1000, 9999), "other_id").t(" udi=")
    exp = R.choice(["260331", "251130", "270131"])
    ln.p("(01)00371093%06d(17)%s(10)%s(21)%s" % (R.randint(0, 999999), exp, c["lot"], digits(9)), "device")
    ln.t(" gtin_ok=true exp=20%s-%s lot=%s" % (exp[:2], exp[2:4], c["lot"]))
    return [ln]


@phi(2)
def g_stacktrace_phi():
    p = person(loc="US")
    c = new_case(p)
    out = []
    l0 = Line("java_stacktrace")
    spring(l0, "ERROR", "nio-8443-exec-%d" % R.randint(1, 9), "o.h.engine.jdbc.spi.SqlExceptionHelper")
    k = R.randint(0, 1)
    if k == 0:
        l0.t("ORA-00001: unique constraint (ARGUS_APP.UK_REPORTER_EMAIL) violated - key (REPORTER_EMAIL)=(").p(p["email"], "email").t(")")
        out.append(l0)
        out.append(Line("java_stacktrace").t("org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [ARGUS_APP.UK_REPORTER_EMAIL]"))
    else:
        l0.t("Unparseable date: \"").p(fd(p["dob"], "eu_dot"), "date").t("\" for reporter ").p(nm(p, "lf"), "name")
        l0.t(" (case ").p(c["cid"], "other_id").t(")")
        out.append(l0)
        out.append(Line("java_stacktrace").t("java.time.format.DateTimeParseException: Text '%s' could not be parsed at index 2" % fd(p["dob"], "eu_dot")))
    frames = ["\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:290)",
              "\tat com.halvorsen.pv.intake.service.ReporterService.upsert(ReporterService.java:148)",
              "\tat com.halvorsen.pv.intake.web.AeIntakeController.submit(AeIntakeController.java:77)",
              "\tat java.base/java.time.format.DateTimeFormatter.parseResolved0(DateTimeFormatter.java:2052)",
              "\t... 87 common frames omitted"]
    for f in frames[R.randint(0, 1):R.randint(3, 5)]:
        out.append(Line("java_stacktrace").t(f))
    return out


@phi(2)
def g_fax_out():
    p = person(loc=R.choice(["US", "DE"]))
    c = new_case(p)
    cg = person(loc=p["loc"], old=False)
    ln = Line("fax_gateway")
    ln.t("%s pv-fax01 faxgw[%d]: job=FX24-%06d submitted to=" % (ts_syslog(), R.randint(2000, 4000), R.randint(1, 999999)))
    fph = cg["ph"] if cg["loc"] == "US" else ("DE", R.choice(["221", "30", "89", "6221", "351", "711"]), digits(R.choice([6, 7])), "")
    ln.p(fmt_phone(fph), "fax").t(" recipient=\"").p(nm(cg, "full"), "name")
    ln.t(" (%s)\" case=" % R.choice(["son", "daughter", "caregiver"] if p["loc"] == "US" else ["Sohn", "Tochter", "Betreuerin"])).p(c["cid"], "other_id")
    ln.t(" pages=%d template=FU_CAREGIVER_%s status=QUEUED" % (R.randint(1, 3), "EN" if p["loc"] == "US" else "DE"))
    return [ln]


@phi(2)
def g_hibernate():
    p = person()
    out = []
    th = "nio-8443-exec-%d" % R.randint(1, 9)
    l0 = Line("hibernate_sql")
    spring(l0, "DEBUG", th, "org.hibernate.SQL")
    l0.t("select r1_0.case_id,r1_0.pat_initials,r1_0.pat_dob from pv_patient r1_0 where r1_0.last_name=? and r1_0.birth_date=? and r1_0.country=?")
    out.append(l0)
    for i, (typ, val, cat) in enumerate([("VARCHAR", p["last"] if p["loc"] != "JP" else p["rlast"], "name"),
                                         ("DATE", fd(p["dob"], "iso"), "date"), ("VARCHAR", p["country"], None)]):
        l = Line("hibernate_sql")
        spring(l, "TRACE", th, "org.hibernate.orm.jdbc.bind")
        l.t("binding parameter [%d] as [%s] - [" % (i + 1, typ)).x(val, cat).t("]")
        out.append(l)
    return out


@phi(3)
def g_logstash():
    p = person()
    c = new_case(p)
    ln = Line("logstash_json")
    ln.t('{"@timestamp":"%s","@version":"1","message":"Reporter contact updated","logger_name":"com.halvorsen.mi.crm.ContactSync","thread_name":"sync-%d","level":"INFO","level_value":20000,"traceId":"%s","spanId":"%s","caseNumber":' % (
        ts_iso(), R.randint(1, 8), hexs(32), hexs(16)))
    ln.js(c["cid"], "other_id")
    ln.t(',"contact":{"firstName":').js(p.get("rfirst", p["first"]), "name")
    ln.t(',"lastName":').js(p.get("rlast", p["last"]), "name")
    ln.t(',"mobile":').js(fmt_phone(p["ph"], "e164"), "phone")
    if R.random() < 0.6:
        ln.t(',"email":').js(p["email"], "email")
    ln.t(',"postalCode":').js(p["zip"], "zip")
    ln.t(',"country":"%s","preferredChannel":"%s"},"crmSystem":"Veeva","changed":["mobile","email"]}' % (p["country"], R.choice(["PHONE", "EMAIL", "POST"])))
    return [ln]


@phi(3)
def g_nginx_phi():
    ln = Line("nginx_access")
    if R.random() < 0.5:
        p = person(loc="US")
        q = "pat_last=%s&pat_dob=" % "", 
        ln.t("%s - %s [%s] \"GET /argus-api/v1/cases/search?pat_last=" % (int_ip(), R.choice(AGENTS), ts_nginx()))
        ln.p(urllib.parse.quote(p["last"]), "name").t("&pat_dob=").p(fd(p["dob"], "iso"), "date")
        ln.t("&product=%s HTTP/1.1\" 200 %d \"https://argus.internal.halvorsen.net/cases\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/122.0.0.0\" rt=0.%03d" % (
            R.choice(PRODUCTS)[2], R.randint(300, 9000), R.randint(20, 900)))
    else:
        p = person(loc="US")
        ln.p(pub_ip(), "ip").t(" - - [%s] \"GET /portal/my-reports?user=" % ts_nginx()).p(p["handle"], "other_id")
        ln.t("&lang=en HTTP/2.0\" 200 %d \"https://report.halvorsenpharma.com/portal\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) Safari/604.1\" rt=0.%03d" % (
            R.randint(900, 20000), R.randint(20, 500)))
    return [ln]


@phi(2)
def g_translate():
    loc = R.choice(["JP", "DE", "ES"])
    p = person(loc=loc, sex={"JP": None, "DE": "F", "ES": "M"}[loc])
    ln = Line("translation_svc")
    pylog(ln, "INFO", "translate.worker")
    ln.t("job=TR-%s src=%s tgt=en engine=deepl-pro chars=%d src_excerpt=\"" % (digits(6), p["lang"], R.randint(200, 3000)))
    if p["loc"] == "JP":
        ln.t("患者 ").p(nm(p, "kanji"), "name").t("様（")
        ln.x(str(p["age"]), "age" if p["age"] > 89 else None).t("歳）は…\" tgt_excerpt=\"Patient ")
        ln.p(nm(p, "romaji"), "name").t(" (")
        ln.x(str(p["age"]), "age" if p["age"] > 89 else None).t(" years old) ...\"")
    elif p["loc"] == "DE":
        ln.t("Meine Mutter ").p(nm(p, "full"), "name").t(" (")
        ln.x(str(p["age"]), "age" if p["age"] > 89 else None).t(") wurde am ")
        d = datetime.date(2024, 2, R.randint(1, 28))
        ln.p(fd(d, "de"), "date").t(" ins Krankenhaus eingewiesen…\" tgt_excerpt=\"My mother ")
        ln.p(nm(p, "full"), "name").t(" (")
        ln.x(str(p["age"]), "age" if p["age"] > 89 else None).t(") was admitted to hospital on ")
        ln.p(fd(d, "long_uk"), "date").t("...\"")
    else:
        ln.t("Mi padre ").p(nm(p, "full"), "name").t(", de ")
        ln.x(str(p["age"]), "age" if p["age"] > 89 else None).t(" años, …\" tgt_excerpt=\"My father ")
        ln.p(nm(p, "full"), "name").t(", aged ")
        ln.x(str(p["age"]), "age" if p["age"] > 89 else None).t(", ...\"")
    return [ln]


ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
       "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
       "twentieth", "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth", "twenty sixth",
       "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]


def two(n):
    if n < 10:
        return "oh " + ONES[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


def spoken_date(d):
    return "%s %s %s %s" % (MONL[d.month - 1].lower(), ORD[d.day], "nineteen" if d.year < 2000 else "two thousand", two(d.year % 100) if d.year < 2000 else ONES[d.year % 10])


TR_K = [0]


@phi(4)
def g_transcript():
    TR_K[0] += 1
    k = (TR_K[0] - 1) % 6
    p = person(loc="US", old=R.random() < 0.3, sex="F" if k == 5 else None)
    ln = Line("call_transcript")
    ln.t('{"ts":"%s","vendor":"CallMiner","interactionId":"%s","channel":"voice","queue":"PSP_US_EN","speaker":"CUSTOMER","offsetMs":%d,"asrConfidence":0.%02d,"piiRedaction":"%s","text":"' % (
        ts_iso(), uid(), R.randint(5000, 600000), R.randint(70, 98), R.choice(["FAILED", "PARTIAL", "DISABLED_FOR_QA"])))
    if k == 0:
        s1 = ssn()
        ln.t("yeah my social is ").p(s1.replace("-", " "), "ssn").t(" and my date of birth is ").p(spoken_date(p["dob"]), "date")
    elif k == 1:
        ln.t("its ").p(p["last"].lower(), "name").t(" that's ").p(" ".join(fold(p["last"])), "name")
        ln.t(" and the member id on my card is ").p(R.choice(["W", "XWH", "H"]) + " " + digits(9), "health_plan")
    elif k == 2:
        pan = card_pan()
        grp = [pan[:4], pan[4:10], pan[10:]] if len(pan) == 15 else [pan[i:i + 4] for i in range(0, 16, 4)]
        ln.t("okay the card number is ").p(" ".join(grp), "account").t(" expires oh eight twenty six")
    elif k == 3:
        d = digits(8)
        ln.t("my drivers license number is ").p(R.choice(["D", "S"]) + " " + d[:4] + " " + d[4:], "license").t(" from ").t(p["state"])
    elif k == 4:
        a, b, c = p["ph"][1:]
        ln.t("you can call me back at ").p(" ".join(ONES[int(ch)] for ch in a + b + c), "phone").t(" after three")
    else:
        ln.t("my mother is ")
        ln.x(str(p["age"]), "age" if p["age"] > 89 else None)
        ln.t(" her name is ").p(nm(p, "lower"), "name").t(" and her medicaid number is ").p(digits(R.choice([9, 10, 12])), "health_plan")
    ln.t('","redactedSpans":0}')
    return [ln]


@phi(2)
def g_accident():
    loc = R.choice(["US", "US", "DE", "JP"])
    p = person(loc=loc, old=False)
    c = new_case(p)
    ln = Line("agent_note")
    ln.t("%s NOTE case=" % ts_isos()).p(c["cid"], "other_id").t(" agent=%s src=%s text=\"" % (R.choice(AGENTS), R.choice(["PHONE", "EMAIL"])))
    d = c["onset"]
    if loc == "US":
        ln.t("Pt states fell asleep at the wheel ~40 min after %s dose on " % c["prod"][0]).p(fd(d, "us_short"), "date")
        ln.t("; car (%s, plate " % R.choice(["2019 Honda Civic", "2016 Ford F-150", "2021 Toyota RAV4"]))
        ln.p("%d%s%03d" % (R.randint(1, 9), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), R.randint(0, 999)), "vehicle")
        ln.t(", VIN ").p(vin(), "vehicle").t(") hit guardrail. Police report attached. DL# ")
        ln.p(R.choice(["D", "S", ""]) + digits(8), "license").t(" per insurer letter.")
    elif loc == "DE":
        ln.t("Patient ").p(nm(p, "full"), "name").t(" berichtet Auffahrunfall am ").p(fd(d, "eu_dot"), "date")
        ln.t(" nach Einnahme %s, Kennzeichen " % c["prod"][0])
        ln.p("%s-%s %d" % (R.choice(["K", "HD", "B", "S", "MZ"]), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), R.randint(1, 9999)), "vehicle")
        ln.t(", Führerschein-Nr. ").p("B%s%s" % (digits(3), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(7))), "license")
        ln.t(".")
    else:
        ln.t("患者 ").p(nm(p, "kanji"), "name").t(" 様、").p(fd(d, "ja"), "date").t("運転中に意識消失、車両番号 ")
        ln.p("%s %d %s %02d-%02d" % (R.choice(["品川", "練馬", "なにわ", "横浜"]), R.randint(300, 599), R.choice("あさすたなはまやらわ"), R.randint(10, 99), R.randint(10, 99)), "vehicle")
        ln.t("。")
    ln.t("\"")
    return [ln]


@phi(2)
def g_mi_inquiry():
    p = person()
    ln = Line("mi_inquiry")
    pylog2(ln, "INFO", "mi.inquiry")
    ln.t("inquiry=").p("MIR-2024-%06d" % R.randint(10000, 99999), "other_id")
    ln.t(" channel=%s from=" % R.choice(["email", "webchat"])).p(p["email"], "email")
    ln.t(" category=%s product=%s response_doc=SRD-%s-%03d sent_by=%s" % (
        R.choice(["STORAGE", "DOSING", "TRAVEL", "EXCURSION"]), R.choice(PRODUCTS)[0], R.choice(["ZEN", "VLX", "QLM"]), R.randint(1, 40), R.choice(AGENTS)))
    return [ln]


@phi(2)
def g_hcp_followup():
    p = person(loc="US", old=R.random() < 0.5)
    c = new_case(p)
    h = R.choice(HCPS[:3] + HCPS[6:])
    adm = c["onset"] + datetime.timedelta(days=R.randint(0, 2))
    dis = adm + datetime.timedelta(days=R.randint(2, 9))
    ln = Line("agent_note")
    ln.t("%s NOTE case=" % ts_isos()).p(c["cid"], "other_id")
    ln.t(" agent=%s src=HCP_CALL text=\"FU call w/ %s (%s, ph %s, fax %s): confirmed pt " % (R.choice(AGENTS), h[0], h[1], h[2], h[3]))
    ln.p(nm(p, "lfi"), "name").t(" admitted ").p(fd(adm, "us"), "date").t(", discharged ").p(fd(dis, "us"), "date")
    ln.t(", hospital MRN ").p(R.choice(["", "M", "00"]) + digits(7), "mrn")
    ln.t("; Na %d mmol/L on admission.\"" % R.randint(112, 129))
    return [ln]


@phi(2)
def g_kafka_payload():
    p = person()
    c = new_case(p)
    ln = Line("kafka_consumer")
    ln.t("%s INFO  [pv-normalizer-0-C-1] o.a.k.c.c.i.ConsumerCoordinator - record topic=pv.intake.normalized partition=%d offset=%d key=" % (
        ts_spring(), R.randint(0, 11), R.randint(100000, 999999)))
    ln.p(c["cid"], "other_id").t(' value={"src":"%s","patient":{"initials":' % R.choice(["PHONE", "EMAIL", "WEB", "SOCIAL"]))
    ln.js(initials(p), "name").t(',"sex":"%s","ageYears":' % p["sex"])
    ln.x(str(p["age"]), "age" if p["age"] > 89 else None)
    ln.t(',"dob":').js(fd(p["dob"], "iso"), "date")
    ln.t('},"event":{"pt":"%s","code":"%s"}}' % (c["ev"][4], c["ev"][5]))
    return [ln]


@phi(2)
def g_death():
    p = person(old=True)
    c = new_case(p)
    dod = c["onset"] + datetime.timedelta(days=R.randint(1, 10))
    ln = Line("argus_workflow")
    ln.t("%s [Argus] WARN  CaseOutcome - fatal outcome recorded case=" % ts_py()).p(c["cid"], "other_id")
    ln.t(" pat_initials=").p(initials(p), "name").t(" dod=").p(fd(dod, "dmon").upper(), "date")
    ln.t(" age_at_death=").p(str(p["age"]), "age")
    ln.t(" cause=\"%s\" autopsy=UNK notify=QPPV" % R.choice(["aspiration pneumonia", "cardiac arrest", "unknown"]))
    return [ln]


# ============================================================================= noise generators
@noise(6)
def n_health():
    ln = Line("nginx_access")
    ln.t("%s - - [%s] \"GET %s HTTP/1.1\" 200 %d \"-\" \"kube-probe/1.28\" rt=0.00%d" % (
        int_ip(), ts_nginx(), R.choice(["/actuator/health", "/actuator/health/readiness", "/healthz", "/livez", "/metrics"]),
        R.randint(15, 400), R.randint(1, 9)))
    return [ln]


@noise(3)
def n_nginx_static():
    ln = Line("nginx_access")
    ln.t("%s - - [%s] \"%s HTTP/2.0\" %d %d \"https://www.halvorsenpharma.com/report-side-effect\" \"Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0\" rt=0.%03d" % (
        int_ip(), ts_nginx(), R.choice(["GET /static/js/main.%s.js" % hexs(8), "GET /static/css/form.%s.css" % hexs(8),
                                        "GET /api/v2/products?market=US", "GET /api/v2/lots/%s/status" % R.choice(PRODUCTS)[4][0],
                                        "POST /api/v2/telemetry/web-vitals"]),
        R.choice([200, 200, 304, 204]), R.randint(0, 90000), R.randint(1, 300)))
    return [ln]


@noise(3)
def n_hikari():
    ln = Line("spring_boot")
    spring(ln, "DEBUG", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool")
    ln.t("HikariPool-1 - Pool stats (total=%d, active=%d, idle=%d, waiting=0)" % (20, R.randint(0, 12), R.randint(4, 20)))
    return [ln]


@noise(3)
def n_gc():
    ln = Line("jvm_gc")
    a = R.randint(300, 900)
    ln.t("%s[info][gc] GC(%d) Pause Young (Normal) (G1 Evacuation Pause) %dM->%dM(1024M) %.3fms" % (
        ts_gc(), R.randint(1000, 9000), a, a - R.randint(150, 280), R.uniform(2, 30)))
    return [ln]


@noise(3)
def n_kafka_lag():
    ln = Line("kafka_consumer")
    ln.t("%s INFO  [kafka-lag-exporter] topic=%s group=%s partition=%d lag=%d commit_offset=%d" % (
        ts_spring(), R.choice(["pv.intake.raw", "pv.intake.normalized", "mi.inquiries", "social.listening.posts"]),
        R.choice(["pv-normalizer", "dedup-svc", "argus-bridge"]), R.randint(0, 11), R.randint(0, 40), R.randint(100000, 999999)))
    return [ln]


@noise(3)
def n_celery():
    ln = Line("celery")
    t = tick()
    ln.t("[%04d-%02d-%02d %02d:%02d:%02d,%s: INFO/ForkPoolWorker-%d] Task %s[%s] succeeded in %.3fs: %s" % (
        t.year, t.month, t.day, t.hour, t.minute, t.second, ms(t), R.randint(1, 8),
        R.choice(["lit_screen.tasks.fetch_embase", "dedup.tasks.score_batch", "social.tasks.classify_batch", "letters.tasks.render_pdf"]),
        uid(), R.uniform(0.05, 40), R.choice(["None", "{'processed': %d}" % R.randint(1, 900), "'ok'"])))
    return [ln]


@noise(2)
def n_gunicorn():
    ln = Line("gunicorn")
    ln.t("%s [%d] [INFO] %s" % (ts_gunicorn(), R.randint(7, 60), R.choice(
        ["Booting worker with pid: %d" % R.randint(7, 90), "Handling signal: winch", "Worker exiting (pid: %d)" % R.randint(7, 90),
         "Listening at: http://0.0.0.0:8000 (1)", "Using worker: uvicorn.workers.UvicornWorker"])))
    return [ln]


@noise(2)
def n_postfix():
    ln = Line("syslog_mail")
    ln.t("%s pv-mail01 postfix/%s" % (ts_syslog(), R.choice([
        "qmgr[1877]: %s: removed" % hexs(10).upper(),
        "smtp[%d]: %s: to=<drugsafety-archive@halvorsenpharma.com>, relay=mx.halvorsenpharma.com[10.20.1.25]:25, delay=0.%d, status=sent (250 2.0.0 OK)" % (R.randint(2000, 9000), hexs(10).upper(), R.randint(1, 99)),
        "anvil[%d]: statistics: max connection rate 4/60s for (smtp:10.20.4.%d) at Mar 11 06:00:11" % (R.randint(2000, 9000), R.randint(2, 250)),
        "smtpd[%d]: disconnect from unknown[10.20.4.%d] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5" % (R.randint(2000, 9000), R.randint(2, 250))])))
    return [ln]


@noise(3)
def n_esm_ack():
    ln = Line("esm_gateway")
    rcv = R.choice(["ZZFDA", "EVHUMAN", "PMDA"])
    dom = {"ZZFDA": "esg.fda.gov", "EVHUMAN": "gateway.ema.europa.eu", "PMDA": "gateway.pmda.go.jp"}[rcv]
    ln.t("%s [AG Service] INFO  ESM - AS2 MDN received from %s message-id=<%s@%s> status=processed disposition=automatic-action/MDN-sent-automatically; processed ack=ACK%s" % (
        ts_py(), rcv, hexs(20), dom, digits(9)))
    return [ln]


@noise(2)
def n_dict():
    ln = Line("python_logging")
    pylog(ln, "INFO", "coding.dictionary")
    ln.t(R.choice(["MedDRA 27.0 loaded: 80,523 LLTs, 25,966 PTs in %.1fs" % R.uniform(3, 12),
                   "WHODrug Global B3 2024-Mar-1 loaded: 652,119 records (checksum sha1=%s)" % hexs(40),
                   "MedDRA-J 27.0 synonym table refreshed (%d entries)" % R.randint(90000, 99000)]))
    return [ln]


@noise(3)
def n_lit_batch():
    ln = Line("literature_screen")
    if R.random() < 0.5:
        structlog(ln, "info", "search_run_complete")
        ln.t("run_id=EMB-2024-W10-%02d source=%s hits=%d new=%d dup=%d duration_s=%.1f" % (
            R.randint(1, 30), R.choice(["embase", "pubmed", "jstage"]), R.randint(50, 900), R.randint(0, 60), R.randint(0, 800), R.uniform(5, 90)))
    else:
        structlog(ln, "info", "screened")
        ln.t("pmid=%d decision=%s reason=\"%s\" screener=%s" % (
            R.randint(38100000, 38499999), R.choice(["NOT_RELEVANT", "NO_IDENTIFIABLE_PATIENT", "AGGREGATE_DATA"]),
            R.choice(["cohort of 1,204 patients, mean age 67", "in vitro study", "review article", "pharmacokinetics in 24 healthy volunteers aged 19-45"]),
            R.choice(AGENTS)))
    return [ln]


@noise(2)
def n_dedup_batch():
    ln = Line("dedup_matcher")
    pylog(ln, "INFO", "pv_dedup.batch")
    ln.t("batch=%s compared=%d pairs in %.2fs above_threshold=%d threshold=0.85 model=fellegi-sunter-v3" % (
        uid()[:8], R.randint(200, 5000), R.uniform(0.5, 9), R.randint(0, 12)))
    return [ln]


@noise(3)
def n_lot():
    pr = R.choice(PRODUCTS)
    ln = Line("lot_lookup")
    spring(ln, "INFO", "nio-8080-exec-%d" % R.randint(1, 9), "c.h.pqc.lot.LotLookupController", 5120)
    ln.t('GET /lots/%s -> {"lot":"%s","product":"%s","ndc":"%s","mfgDate":"%s","expiry":"%s","site":"%s","status":"%s","qaHold":%s}' % (
        pr[4][0], pr[4][0], pr[2], pr[3], R.choice(["2023-09-14", "2023-11-02", "2024-01-18"]), R.choice(["2025-08-31", "2026-01-31"]),
        R.choice(["Kalamazoo", "Cork", "Toyama"]), R.choice(["RELEASED", "RELEASED", "QUARANTINE"]), R.choice(["false", "false", "true"])))
    return [ln]


@noise(3)
def n_cti_hcp():
    i = R.randrange(len(HCPS))
    h, loc = HCPS[i], HCP_LOC[i]
    q = {"US": "MI_US_EN_HCP", "ES": "MI_ES_ES", "DE": "MI_DE_DE", "JP": "MI_JP_JA"}[loc]
    idk = {"US": "NPI", "ES": "NumColegiado", "DE": "LANR", "JP": "IshiNo"}[loc]
    ln = Line("genesys_cti")
    spring(ln, "INFO", "cti-events-%d" % R.randint(1, 4), "c.h.mi.cti.GenesysEventListener", 4412)
    ln.t("EventEstablished ConnID=%s ANI=%s DNIS=%s Queue=%s AgentLogin=mi_%s AttachedData={CallerType=HCP, CallerName=%s, Org=%s, %s=%s}" % (
        hexs(16).upper(), "".join(ch for ch in h[2] if ch.isdigit() or ch == "+"), COMPANY[loc].replace("-", "").replace(" ", ""),
        q, R.choice(AGENTS), h[0], h[1], idk, h[4].split()[-1]))
    return [ln]


@noise(3)
def n_queue():
    ln = Line("cti_metrics")
    ln.t("%s queue=%s waiting=%d agents_ready=%d aht_s=%d asa_s=%d abandon_pct=%.1f sl_20s=%.1f" % (
        ts_isos(), R.choice(["MI_US_EN_AE", "MI_US_EN_HCP", "MI_DE_DE", "MI_JP_JA", "MI_ES_ES"]), R.randint(0, 9), R.randint(0, 14),
        R.randint(240, 720), R.randint(5, 90), R.uniform(0, 8), R.uniform(70, 99)))
    return [ln]


@noise(2)
def n_config():
    ln = Line("spring_boot")
    spring(ln, "INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer")
    ln.t(R.choice(["Tomcat started on port(s): 8443 (https) with context path ''",
                   "Started AeIntakeApplication in %.3f seconds (process running for %.3f)" % ((lambda a: (a, a + R.uniform(0.4, 2.5)))(R.uniform(8, 30))),
                   "spring.datasource.url=jdbc:oracle:thin:@argus-db.internal:1521/ARGPRD pool=HikariPool-1 maxPoolSize=20",
                   "Active profiles: prod,us-east-1 build=2024.03.1-b%d commit=%s" % (R.randint(100, 999), hexs(7))]))
    return [ln]


@noise(2)
def n_oncall():
    s = R.choice(STAFF)
    ln = Line("ops_roster")
    pylog(ln, "INFO", "ops.roster")
    ln.t("on-call rotation loaded: %s (%s) phone=%s email=%s shift=%s" % (s[0], s[3], s[1], s[2], R.choice(["06:00-14:00 ET", "14:00-22:00 ET", "night CET"])))
    return [ln]


@noise(2)
def n_brand_social():
    ln = Line("social_listening")
    ln.t('{"ingestedAt":"%s","platform":"%s","postId":"%s","author":{"handle":"%s","verified":true},"lang":"en","text":"%s","aeClassifier":{"model":"ae-bert-v5.2","score":0.%02d,"label":"NOT_AE"},"routedTo":"DISCARD"}' % (
        ts_iso(), R.choice(["twitter", "facebook"]), digits(19), R.choice(["@HalvorsenPharma", "@FiercePharma", "@statnews", "@FDA_Drug_Info"]),
        R.choice(["New data for Zentrava presented at #AAD2024", "Halvorsen reports Q4 results, Veltorix sales up 12%", "Reminder: report side effects to MedWatch 1-800-FDA-1088"]),
        R.randint(1, 30)))
    return [ln]


@noise(2)
def n_social_stats():
    ln = Line("social_listening")
    pylog2(ln, "INFO", "social.pipeline")
    ln.t("window=%s posts=%d ae_candidates=%d dedup_dropped=%d classifier_p50_ms=%d sources=twitter,reddit,facebook,instagram,forums" % (
        ts_isos(), R.randint(5000, 30000), R.randint(5, 80), R.randint(0, 400), R.randint(8, 40)))
    return [ln]


@noise(1)
def n_stack_noise():
    out = []
    l0 = Line("java_stacktrace")
    spring(l0, "ERROR", "esm-outbound-%d" % R.randint(1, 4), "c.h.pv.esm.As2Sender")
    l0.t("AS2 send failed for batch B%s to endpoint https://esg.fda.gov:4080/exchange (attempt %d/5)" % (digits(8), R.randint(1, 4)))
    out.append(l0)
    out.append(Line("java_stacktrace").t("java.net.SocketTimeoutException: Read timed out"))
    for f in ["\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)",
              "\tat org.apache.hc.core5.http.impl.io.SessionInputBufferImpl.fillBuffer(SessionInputBufferImpl.java:149)",
              "\tat com.halvorsen.pv.esm.As2Sender.send(As2Sender.java:212)"][:R.randint(1, 3)]:
        out.append(Line("java_stacktrace").t(f))
    return out


@noise(1)
def n_py_traceback():
    out = [Line("python_traceback").t("Traceback (most recent call last):"),
           Line("python_traceback").t('  File "/app/lit_screen/fetch.py", line %d, in fetch_embase' % R.randint(40, 200)),
           Line("python_traceback").t("    resp.raise_for_status()"),
           Line("python_traceback").t("requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://api.elsevier.com/content/search/embase?query=veltorix&start=%d" % (R.randint(0, 20) * 25))]
    return out


@noise(3)
def n_argus_job():
    ln = Line("argus_workflow")
    ln.t("%s [AG Service] INFO  %s" % (ts_py(), R.choice([
        "Periodic Reporting - PSUR job PSUR-ZEN-2024-01 completed, 1,882 cases in %.1fs" % R.uniform(10, 200),
        "ESM - poll inbound ZZFDA: 0 messages",
        "Auto-Archiving processed %d closed cases" % R.randint(0, 90),
        "Advanced Condition refresh AC_SERIOUS_US completed (%d ms)" % R.randint(100, 9000),
        "Dictionary re-coding job MEDDRA_27_0 queued by sys_admin"])))
    return [ln]


@noise(2)
def n_e2b_valid():
    ln = Line("e2b_r3_xml")
    spring(ln, "INFO", "esm-outbound-%d" % R.randint(1, 4), "c.h.pv.esm.E2bR3Validator")
    ln.t("ICH E2B(R3) validation batch=B%s: %d errors, %d warnings (%s) schema=ICH_ICSR_R3_2.2 rules=FDA_REGIONAL_1.6" % (
        digits(8), 0, R.randint(0, 3), R.choice(["C.1.6.1.r.1 document missing", "none", "G.k.4.r.8 route code deprecated"])))
    return [ln]


@noise(1)
def n_e2b_noise_block():
    X = lambda: Line("e2b_r3_xml")
    if R.random() < 0.5:
        return [X().t('  <receiver typeCode="RCV"><device classCode="DEV" determinerCode="INSTANCE"><id extension="%s" root="2.16.840.1.113883.3.989.2.1.3.12"/></device></receiver>' % R.choice(["ZZFDA", "EVHUMAN", "PMDA"])),
                X().t('  <sender typeCode="SND"><device classCode="DEV" determinerCode="INSTANCE"><id extension="HALVORSENPH" root="2.16.840.1.113883.3.989.2.1.3.11"/></device></sender>')]
    return [X().t('<?xml version="1.0" encoding="UTF-8"?>'),
            X().t('<MCCI_IN200100UV01 ITSVersion="XML_1.0" xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:hl7-org:v3 MCCI_IN200100UV01.xsd">'),
            X().t('  <id extension="B%s" root="2.16.840.1.113883.3.989.2.1.3.22"/>' % digits(8)),
            X().t('  <creationTime value="%s%02d%02d%02d+0000"/>' % (fd(REF, "e2b"), CLOCK[0].hour, CLOCK[0].minute, CLOCK[0].second))]


@noise(2)
def n_s3():
    ln = Line("python_logging")
    pylog2(ln, "INFO", "attachments.store")
    ln.t("uploaded s3://pv-intake-attachments/2024/03/11/%s.%s size=%d sha256=%s kms=alias/pv-intake" % (
        uid(), R.choice(["pdf", "jpg", "eml", "xml"]), R.randint(2000, 4000000), hexs(64)))
    return [ln]


@noise(2)
def n_http():
    ln = Line("spring_boot")
    spring(ln, "INFO", "reactor-http-epoll-%d" % R.randint(1, 4), "c.h.common.http.OutboundLogger")
    ln.t("%s %s -> %d in %dms traceId=%s spanId=%s" % (
        R.choice(["POST", "GET"]), R.choice(["https://api.veeva.com/crm/v24.1/objects/Medical_Inquiry_vod__c", "https://esg.fda.gov:4080/exchange",
                                             "https://translate.internal.halvorsen.net/v2/translate", "https://api.deepl.com/v2/usage"]),
        R.choice([200, 201, 202, 429]), R.randint(20, 2400), hexs(32), hexs(16)))
    return [ln]


@noise(2)
def n_pywarn():
    ln = Line("python_logging")
    ln.t(R.choice(["/usr/local/lib/python3.11/site-packages/urllib3/connectionpool.py:1103: InsecureRequestWarning: Unverified HTTPS request is being made to host 'lit-proxy.internal'.",
                   "/app/dedup/features.py:88: FutureWarning: DataFrame.applymap has been deprecated. Use DataFrame.map instead.",
                   "/usr/local/lib/python3.11/site-packages/transformers/tokenization_utils_base.py:1601: FutureWarning: `clean_up_tokenization_spaces` was not set."]))
    return [ln]


@noise(2)
def n_quartz():
    ln = Line("spring_boot")
    spring(ln, "INFO", "quartzScheduler_Worker-%d" % R.randint(1, 10), "c.h.pv.letters.FollowUpDueJob", 7731)
    ln.t("follow-up due scan: %d letters due today, %d second attempts, %d closed after 3 attempts (next fire %s)" % (
        R.randint(0, 60), R.randint(0, 20), R.randint(0, 9), "2024-03-12T06:00:00Z"))
    return [ln]


@noise(2)
def n_k8s():
    ln = Line("k8s_event")
    ln.t("%s Normal %s pod/%s-%s-%s %s" % (ts_isos(), R.choice(["Pulled", "Scheduled", "Started", "Killing"]),
                                          R.choice(["ae-intake", "letters-svc", "dedup-svc", "social-listener", "psp-hub"]), hexs(9), hexs(5),
                                          R.choice(["Successfully pulled image \"registry.halvorsen.net/pv/ae-intake:2024.03.1\" in 2.1s",
                                                    "Started container app", "Successfully assigned pv-prod/ to ip-10-20-31-44.ec2.internal",
                                                    "Stopping container app"])))
    return [ln]


@noise(2)
def n_staff_login():
    ln = Line("auth_audit")
    ln.t("%s argus-app02 auth[%d]: LOGIN_SUCCESS user=%s src=%s mfa=okta-push app=argus-safety-8.4.1 session=%s" % (
        ts_syslog(), R.randint(100, 999), R.choice(AGENTS), int_ip(), hexs(24)))
    return [ln]


@noise(2)
def n_complaint_stats():
    ln = Line("complaint_csv")
    pylog(ln, "INFO", "pqc.export")
    ln.t("export complaints_%s.csv rows=%d cols=13 delimiter=',' quotechar='\"' encoding=utf-8 dest=sftp://qa-vendor.example.net/in/" % (
        fd(REF, "e2b"), R.randint(10, 400)))
    return [ln]


@noise(2)
def n_translate_stats():
    ln = Line("translation_svc")
    pylog(ln, "INFO", "translate.usage")
    ln.t("deepl usage character_count=%d character_limit=20000000 jobs_today=%d langs={ja:%d,de:%d,es:%d}" % (
        R.randint(100000, 9000000), R.randint(10, 200), R.randint(1, 60), R.randint(1, 60), R.randint(1, 60)))
    return [ln]


@noise(2)
def n_psp_noise():
    ln = Line("psp_hub")
    spring(ln, "INFO", "scheduling-%d" % R.randint(1, 4), "c.h.psp.hub.PayerDirectorySync", 2290)
    ln.t("payer directory synced: %d payers, %d PBM BIN/PCN pairs, source=Surescripts, version=%s" % (R.randint(800, 1200), R.randint(3000, 6000), "2024.03.%02d" % R.randint(1, 11)))
    return [ln]


@noise(2)
def n_medwatch_noise():
    ln = Line("medwatch_3500")
    spring(ln, "INFO", "pdf-render-%d" % R.randint(1, 3), "c.h.pv.reg.MedWatch3500AFormFiller", 7731)
    ln.t("template cache warm: 3500A_2023-06.pdf (%d fields, sha1=%s), 3500B_2023-06.pdf" % (R.randint(120, 140), hexs(40)))
    return [ln]


@noise(1)
def n_redis():
    ln = Line("redis")
    ln.t("%d:M %s.%s * %s" % (1, "11 Mar 2024 %02d:%02d:%02d" % (CLOCK[0].hour, CLOCK[0].minute, CLOCK[0].second), ms(tick()),
                             R.choice(["100 changes in 300 seconds. Saving...", "Background saving started by pid %d" % R.randint(100, 999),
                                       "DB saved on disk", "Background saving terminated with success"])))
    return [ln]


@noise(2)
def n_mi_noise():
    ln = Line("mi_inquiry")
    pylog2(ln, "INFO", "mi.srd")
    ln.t("standard response document SRD-%s-%03d v%d published, approver=%s, effective %s" % (
        R.choice(["ZEN", "VLX", "QLM"]), R.randint(1, 40), R.randint(2, 9), R.choice(STAFF)[0], "2024-03-15"))
    return [ln]


# ============================================================================= assembly
def pick_phi(bag):
    if not bag:
        for f, w in PHI_GENS:
            bag.extend([f] * w)
        R.shuffle(bag)
    return bag.pop()


def pick_noise():
    tot = sum(w for _, w in NOISE_GENS)
    r = R.uniform(0, tot)
    for f, w in NOISE_GENS:
        r -= w
        if r <= 0:
            return f
    return NOISE_GENS[-1][0]


def build():
    lines = []
    bag = []
    target = 0.555
    while len(lines) < NLINES:
        rem = NLINES - len(lines)
        nn = sum(1 for l in lines if not l.spans)
        want_noise = nn < target * (len(lines) + 1)
        for _ in range(50):
            g = pick_noise() if want_noise else pick_phi(bag)
            out = g()
            if len(out) <= rem:
                break
        else:
            out = n_health()
        lines.extend(out)
    return lines


def main():
    lines = build()
    assert len(lines) == NLINES, len(lines)
    logb = []
    labels = []
    for i, ln in enumerate(lines, 1):
        b = bytes(ln.buf)
        s = b.decode("utf-8")
        assert s and "\n" not in s and "\r" not in s, (i, s)
        prev = 0
        for (st, en, cat), v in zip(ln.spans, ln.vals):
            assert b[st:en].decode("utf-8") == v, (i, v)
            assert st >= prev, (i, v)
            prev = en
        logb.append(b)
        labels.append(json.dumps({"line": i, "family": ln.fam,
                                  "spans": [{"s": st, "e": en, "cat": cat} for st, en, cat in ln.spans]},
                                 ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "wb") as f:
        f.write(b"\n".join(logb))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(labels) + "\n")


if __name__ == "__main__":
    main()
