#!/usr/bin/env python3
"""gen_ri.py - synthetic labeled log corpus "ri".

Organisation: Thornbury Hill School (fictional international boarding school,
250 Ridgeline Road, Northfield Crossing, CT 06778), its Health Centre
(infirmary) and Counselling Office.  One SIEM/archive export of one school day
(Mon 14 Oct 2024, local time EDT), 500 lines, interleaved.

Systems simulated (family names used in the labels file):
  sis_json      Veracross-like student information system API, JSON (audit + sync)
  ehr_logfmt    "CampusMed" health-centre EHR application log, logfmt
  hl7v2         infirmary ADT A01/A03 (CampusMed -> SIS attendance) and strep/mono ORU
                results from Litchfield Regional Lab, via Mirth, one segment per line
  mirth         Mirth Connect channel log lines (plain text, no PHI)
  emar_csv      electronic medication administration record export, CSV
  emar_kv       eMAR controlled-substance cabinet counts, key=value (staff only)
  consent_json  e-signature vendor ("InkPath") webhooks for parental consent forms
  fhir_imm      FHIR R4 Immunization resources pushed to the state registry (CT WiZ)
  imm_fixed     immunization compliance report, fixed width (header + rows)
  impact_xml    ImPACT-style concussion baseline/post-injury test export, XML
  travel_json   travel-abroad health form submissions (Formstack-like), JSON with ASCII escaping
  sms_gw        SMS gateway (Twilio-like) message log to guardians, multilingual bodies, JSON
  syslog        postfix mail log (mail to guardians), cron, sshd, systemd (RFC3164)
  nginx         guardian/student portal access log (combined format)
  counsel_note  counselling office case-management free-text notes
  pg_log        PostgreSQL server log with statements
  java_trace    guardian-portal Spring Boot errors with multi-line stack traces
  po_pipe       pharmacy/supply ordering, pipe-delimited (vendors, SKUs, lots)
  gatehouse     campus gatehouse medical sign-out / pickup log, key=value
  kiosk         infirmary self check-in kiosk (face match), key=value
  chat_json     nurses' Teams channel export, JSON
  pay_json      health-centre charge payments (card gateway), JSON

Labeling decisions (grey cases of this Theme):
  * People served = students. Guardians, parents, local (host) guardians and
    other relatives/emergency contacts are labeled too when they appear in a
    record about a student. Nurses, counsellors, the school physician,
    athletic trainers, house parents acting as staff, vendors: never labeled.
  * SIS student number (TH-yy-nnnn) and SIS person_id of a student -> other_id.
    Health-centre chart number (HC......) -> mrn. Infirmary visit / encounter
    numbers (V-......) -> other_id. Counselling case numbers (CNS-....) ->
    other_id. ImPACT passport IDs -> other_id. Passport numbers -> other_id.
    Guardian driver's licence numbers shown at pickup -> license.
    Staff person_ids, request/trace IDs, row IDs, envelope UUIDs -> not PHI.
  * Student insurance member IDs (school plan and family plans) -> health_plan.
    Health-centre billing account (SA-.....) and full card numbers -> account;
    masked card numbers (last 4 only) are not labeled.
  * Boarding house name alone is a school site (not PHI); house + room number
    is the student's residence -> address. Home addresses abroad: street
    part(s) and city -> address, postal code of any country -> zip, country
    and US state -> not labeled.
  * Dates: DOB, admission/discharge, medication given-at, vaccination date,
    concussion test date, consent signature date, trip dates, passport expiry,
    follow-up appointment dates -> date (whole date or datetime string is one
    span). Times at which a system wrote/sent a record (log timestamps,
    MSH-7, EVN-2, FHIR meta.lastUpdated, webhook created) -> not PHI.
    Years alone (grad year 2026) -> not PHI.
  * Student ages (13-18) not PHI; relatives' ages over 89 -> age.
  * Portal access log: request target that contains a student identifier ->
    one url span (the identifier is not labeled separately); the client IP
    of such a request (a guardian or student) -> ip. Static/health-check
    requests come from CDN/monitoring servers and are not PHI.
    Consent-signing IPs of guardians -> ip. SMS short links that open one
    guardian's form -> url.
  * Insulin pump serials / CGM transmitter IDs of students -> device.
    Face-match templates at the check-in kiosk -> biometric; SIS photo_b64 ->
    photo. Guardian car plates and VINs at pickup -> vehicle.
  * Partial names ("Haruto T.") and first names alone in a record about a
    student -> name. Names inside non-English SMS bodies are labeled where
    their bytes are; JSON \\u escapes are labeled as escaped.
  * Lot numbers, NDC/CVX codes, SKUs, PO numbers, the school's own phone
    numbers, emails and address, public IPs of mail relays -> not PHI.
"""
import json
import random
import hashlib
import base64
import unicodedata
import datetime as dt
from urllib.parse import quote
from xml.sax.saxutils import escape as xesc

R = random.Random(20241014)

VALID_CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
              "health_plan", "account", "license", "vehicle", "device", "url", "ip",
              "biometric", "photo", "other_id"}


# ----------------------------------------------------------------- line builder
class P:
    """A PHI value to be placed: val (str or int), cat."""
    def __init__(self, val, cat):
        assert cat in VALID_CATS or cat.startswith("_"), cat
        self.val, self.cat = val, cat


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []

    def t(self, *xs, enc=None):
        for x in xs:
            if isinstance(x, P):
                self.p(x.val, x.cat, enc)
            elif isinstance(x, (list, tuple)):
                self.t(*x, enc=enc)
            else:
                s = str(x)
                self.buf += (enc(s) if enc else s).encode("utf-8")
        return self

    def p(self, val, cat, enc=None):
        placed = enc(str(val)) if enc else str(val)
        b = placed.encode("utf-8")
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, len(self.buf), cat, placed))
        return self


def jesc(a):
    return lambda s: json.dumps(s, ensure_ascii=a)[1:-1]


def js(L, o, a=False, sp=False):
    """Serialize o into L as JSON; P values become spans; lists of str/P in a
    'M' wrapper are mixed strings."""
    ksep = ": " if sp else ":"
    isep = ", " if sp else ","
    if isinstance(o, dict):
        L.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(isep)
            L.t(json.dumps(k, ensure_ascii=a) + ksep)
            js(L, v, a, sp)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(isep)
            js(L, v, a, sp)
        L.t("]")
    elif isinstance(o, M):
        L.t('"')
        L.t(*o.parts, enc=jesc(a))
        L.t('"')
    elif isinstance(o, P):
        if isinstance(o.val, int):
            L.p(str(o.val), o.cat)
        else:
            L.t('"')
            L.p(o.val, o.cat, jesc(a))
            L.t('"')
    else:
        L.t(json.dumps(o, ensure_ascii=a))


class M:
    def __init__(self, *parts):
        self.parts = parts


def xa(s):
    return xesc(s, {'"': "&quot;"})


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ----------------------------------------------------------------- clock
NOW = dt.datetime(2024, 10, 14, 5, 58, 7, 0)


def tick(lo=2, hi=55):
    global NOW
    NOW += dt.timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))


def iso_utc(ms=True):
    u = NOW + dt.timedelta(hours=4)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + (".%03dZ" % (u.microsecond // 1000) if ms else "Z")


def iso_local():
    return NOW.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d-04:00" % (NOW.microsecond // 1000)


def sysl():
    return NOW.strftime("%b ") + f"{NOW.day:>2}" + NOW.strftime(" %H:%M:%S")


def hl7ts():
    return NOW.strftime("%Y%m%d%H%M%S")


def rid(n=16):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = rid(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def today_at(h, m):
    return NOW.replace(hour=h, minute=m, second=0, microsecond=0)


# ----------------------------------------------------------------- people
STAFF = [
    ("Carol", "Whitfield", "RN", "cwhitfield"), ("Lucien", "Moreau", "RN", "lmoreau"),
    ("Adaeze", "Okafor", "LPN", "aokafor"), ("Brenda", "Yost", "RN", "byost"),
]
COUNSELLORS = [("Kathleen", "Abernathy", "LPC", "kabernathy"), ("Tomás", "Echeverría", "LCSW", "techeverria")]
PHYS = ("Anand", "Mehta", "MD", "amehta")
ATC = ("Dale", "Prentiss", "ATC", "dprentiss")
SCHOOL_PHONE = "+1 860-555-0100"
SCHOOL_SMS = "+18605550100"
HC_FAX = "+1 860-555-0109"
SCHOOL_DOM = "thornburyhill.org"
HOUSES = ["Hawthorne", "Linden", "Carver", "Ashby", "Whitcomb", "Fairleigh"]

# country profiles: street/city/postal options, phone gen, passport gen
def ph_cn(): return f"+86 1{R.choice('3589')}{R.randint(0,9)} {R.randint(1000,9999)} {R.randint(1000,9999)}"
def ph_kr(): return f"+82 10-{R.randint(2000,9999)}-{R.randint(1000,9999)}"
def ph_es(): return f"+34 6{R.randint(10,99)} {R.randint(10,99)} {R.randint(10,99)} {R.randint(10,99)}"
def ph_mx(): return f"+52 55 {R.randint(1000,9999)} {R.randint(1000,9999)}"
def ph_jp(): return f"+81 90-{R.randint(1000,9999)}-{R.randint(1000,9999)}"
def ph_ng(): return f"+234 803 {R.randint(100,999)} {R.randint(1000,9999)}"
def ph_fr(): return "+33 6 " + " ".join(f"{R.randint(10,99)}" for _ in range(4))
def ph_de(): return f"+49 171 {R.randint(1000000,9999999)}"
def ph_ru(): return f"+7 916 {R.randint(100,999)}-{R.randint(10,99)}-{R.randint(10,99)}"
def ph_ae(): return f"+971 50 {R.randint(100,999)} {R.randint(1000,9999)}"
def ph_th(): return f"+66 81 {R.randint(100,999)} {R.randint(1000,9999)}"
def ph_br(): return f"+55 11 9{R.randint(1000,9999)}-{R.randint(1000,9999)}"
def ph_us(): return f"+1 {R.choice(['617','203','860','914','415','312'])}-555-01{R.randint(10,99)}"
def ph_gb(): return f"+44 7700 900{R.randint(100,999)}"
def ph_in(): return f"+91 98{R.randint(100,999)} {R.randint(10000,99999)}"
def ph_vn(): return f"+84 90 {R.randint(100,999)} {R.randint(1000,9999)}"
def ph_ch(): return f"+41 79 {R.randint(100,999)} {R.randint(10,99)} {R.randint(10,99)}"
def ph_gh(): return f"+233 24 {R.randint(100,999)} {R.randint(1000,9999)}"
def ph_ca(): return f"+1 416-555-01{R.randint(10,99)}"
def ph_lb(): return f"+961 3 {R.randint(100,999)} {R.randint(100,999)}"
def ph_dk(): return f"+45 {R.randint(20,29)} {R.randint(10,99)} {R.randint(10,99)} {R.randint(10,99)}"
def ph_tw(): return f"+886 912 {R.randint(100,999)} {R.randint(100,999)}"
def ph_ar(): return f"+54 9 11 {R.randint(1000,9999)}-{R.randint(1000,9999)}"

# (first, last, sex, cc, lang, guardians[(first,last,rel,native or None,email_dom)], street, city, postal, state/None)
FAMILIES = [
    ("Yuxuan", "Zhang", "M", "CN", "zh", [("Lihua", "Wang", "Mother", "王丽华", "163.com"), ("Jian", "Zhang", "Father", "张健", "qq.com")],
     "Room 1203, No. 88 Huaihai Zhong Rd, Huangpu District", "Shanghai", "200021", None, ph_cn),
    ("Min-jun", "Park", "M", "KR", "ko", [("Eun-ji", "Kim", "Mother", "김은지", "naver.com")],
     "102-1504, 35 Olympic-ro, Songpa-gu", "Seoul", "05551", None, ph_kr),
    ("María José", "García-Ocampo", "F", "ES", "es", [("Beatriz", "Ocampo Lanza", "Mother", None, "gmail.com"), ("Rodrigo", "García Vidal", "Father", None, "telefonica.net")],
     "Calle de Serrano 41, 3ºB", "Madrid", "28001", None, ph_es),
    ("Santiago", "Villarreal de la Garza", "M", "MX", "es", [("Ximena", "de la Garza", "Mother", None, "hotmail.com")],
     "Av. Paseo de la Reforma 2608, Lomas Altas, Miguel Hidalgo", "Ciudad de México", "11950", None, ph_mx),
    ("Haruto", "Takahashi", "M", "JP", "ja", [("Yumiko", "Takahashi", "Mother", "高橋由美子", "docomo.ne.jp")],
     "3-14-7 Jiyugaoka, Meguro-ku", "Tokyo", "152-0035", None, ph_jp),
    ("Chiamaka", "Okonkwo-Adeyemi", "F", "NG", "en", [("Ngozi", "Okonkwo-Adeyemi", "Mother", None, "yahoo.com"), ("Tunde", "Adeyemi", "Father", None, "gmail.com")],
     "14 Bourdillon Rd, Ikoyi", "Lagos", "106104", None, ph_ng),
    ("Léa", "Dubois", "F", "FR", "fr", [("Isabelle", "Dubois", "Mother", None, "orange.fr")],
     "27 rue de la Pompe", "Paris", "75116", None, ph_fr),
    ("Maximilian", "von Ahlen", "M", "DE", "de", [("Friederike", "von Ahlen", "Mother", None, "web.de")],
     "Elbchaussee 212", "Hamburg", "22605", None, ph_de),
    ("Anastasia", "Volkova", "F", "RU", "ru", [("Olga", "Volkova", "Mother", "Ольга Волкова", "mail.ru")],
     "ul. Ostozhenka 19, kv. 44", "Moskva", "119034", None, ph_ru),
    ("Omar", "Al-Mansouri", "M", "AE", "ar", [("Huda", "Al-Mansouri", "Mother", "هدى المنصوري", "gmail.com")],
     "Villa 12, Street 23, Al Wasl", "Dubai", "", None, ph_ae),
    ("Pimchanok", "Srisuk", "F", "TH", "th", [("Somchai", "Srisuk", "Father", "สมชาย", "hotmail.com")],
     "88/14 Soi Sukhumvit 39, Khlong Tan Nuea, Watthana", "Bangkok", "10110", None, ph_th),
    ("João Pedro", "da Silva Pereira", "M", "BR", "pt", [("Renata", "da Silva Pereira", "Mother", None, "uol.com.br")],
     "Rua Oscar Freire 1120, apto 81, Jardim Paulista", "São Paulo", "01426-001", None, ph_br),
    ("Hunter", "Rose", "M", "US", "en", [("Melissa", "Rose", "Mother", None, "gmail.com")],
     "1184 Orchard Hill Ln", "Wellesley", "02481", "MA", ph_us),
    ("Summer", "Bell", "F", "US", "en", [("Garrett", "Bell", "Father", None, "outlook.com")],
     "56 Old Kings Hwy", "Darien", "06820", "CT", ph_us),
    ("Grace", "Field", "F", "US", "en", [("Patricia", "Field-Nakamura", "Mother", None, "icloud.com")],
     "2207 Larkin St Apt 3", "San Francisco", "94109", "CA", ph_us),
    ("Zoë", "Whitaker-Nash", "F", "GB", "en", [("Harriet", "Whitaker", "Mother", None, "btinternet.com")],
     "Flat 2, 9 Lansdowne Crescent", "London", "W11 2NN", None, ph_gb),
    ("Arjun", "Raghunathan", "M", "IN", "en", [("Lakshmi", "Raghunathan", "Mother", None, "gmail.com")],
     "Flat 7B, Prestige Shantiniketan, Whitefield", "Bengaluru", "560048", None, ph_in),
    ("Thanh", "Nguyễn", "M", "VN", "vi", [("Hương", "Trần", "Mother", "Trần Thị Hương", "gmail.com")],
     "45 Nguyễn Du, Phường Bến Nghé, Quận 1", "TP. Hồ Chí Minh", "700000", None, ph_vn),
    ("Søren", "Kjærgaard", "M", "DK", "en", [("Mette", "Kjærgaard", "Mother", None, "mail.dk")],
     "Strandvejen 144", "Hellerup", "2900", None, ph_dk),
    ("Chloé", "Marchetti", "F", "CH", "fr", [("Paolo", "Marchetti", "Father", None, "bluewin.ch")],
     "Chemin des Crêts-de-Champel 8", "Genève", "1206", None, ph_ch),
    ("River", "Stone", "F", "US", "en", [("Dana", "Stone-Aguilar", "Mother", None, "yahoo.com")],
     "418 Juniper Ridge Rd", "Santa Fe", "87501", "NM", ph_us),
    ("Kwame", "Mensah", "M", "GH", "en", [("Akosua", "Mensah", "Mother", None, "gmail.com")],
     "House 9, Ridge Road, North Ridge", "Accra", "GA-029", None, ph_gh),
    ("Ji-woo", "Choi", "F", "KR", "ko", [("Sung-ho", "Choi", "Father", "최성호", "daum.net")],
     "Hyundai Apt 71-302, Apgujeong-ro 310, Gangnam-gu", "Seoul", "06008", None, ph_kr),
    ("Mei", "Lin", "F", "TW", "zh", [("Shu-fen", "Lin", "Mother", "林淑芬", "gmail.com")],
     "No. 5, Ln. 120, Sec. 4, Ren'ai Rd, Da'an Dist.", "Taipei", "106", None, ph_tw),
    ("Ignacio", "Fernández Ruiz", "M", "AR", "es", [("Valeria", "Ruiz Soler", "Mother", None, "gmail.com")],
     "Av. del Libertador 4402, Piso 9", "Buenos Aires", "C1426", None, ph_ar),
    ("Olivia", "Hart", "F", "US", "en", [("Jonathan", "Hart", "Father", None, "gmail.com")],
     "31 Sycamore Ct", "Scarsdale", "10583", "NY", ph_us),
    ("Ethan", "Wong-Kowalski", "M", "CA", "en", [("Grace", "Wong", "Mother", None, "rogers.com")],
     "88 Roxborough Dr", "Toronto", "M4W 1X2", None, ph_ca),
    ("Fatima", "Haddad", "F", "LB", "ar", [("Rania", "Haddad", "Mother", "رانيا حداد", "hotmail.com")],
     "Rue Abdel Wahab El Inglizi, Bldg 14", "Beirut", "", None, ph_lb),
    ("Noah", "Friedman", "M", "US", "en", [("Miriam", "Friedman", "Mother", None, "gmail.com")],
     "9 Brattle Cir", "Cambridge", "02138", "MA", ph_us),
    ("Chenoa", "Lightfoot", "F", "US", "en", [("Robin", "Lightfoot", "Father", None, "gmail.com")],
     "4410 N Sabino Canyon Rd", "Tucson", "85750", "AZ", ph_us),
]

LOCAL_GUARDIANS = [("Deborah", "Kline-Hoffman"), ("Wei", "Chen"), ("Marcus", "Oyelaran"), ("Sun-hee", "Yoon"), ("Paul", "Brandt")]


def luhn_ok(num):
    s, alt = 0, False
    for d in reversed(num):
        d = int(d)
        if alt:
            d *= 2
            if d > 9:
                d -= 9
        s += d
        alt = not alt
    return s % 10 == 0


def luhn_make(prefix, length):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def vin_make():
    tr = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
          "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = [R.choice(["1HG", "5YJ", "JTD", "WBA", "1FM"])] + [R.choice(al) for _ in range(5)] + ["0"] + \
        [R.choice("RST")] + [R.choice(al)] + [str(R.randint(0, 9)) for _ in range(6)]
    v = list("".join(v))
    s = sum(tr[c] * w[i] for i, c in enumerate(v))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)


def ssn_make():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1,99):02d}-{R.randint(1,9999):04d}"


class Stu:
    pass


STUDENTS = []
used = set()
for i, f in enumerate(FAMILIES):
    s = Stu()
    (s.first, s.last, s.sex, s.cc, s.lang, gl, s.street, s.city, s.postal, s.state, phf) = f
    s.grad = R.choice([2025, 2026, 2027, 2028])
    s.grade = 12 - (s.grad - 2025)
    by = s.grad - 18 + (1 if R.random() < 0.3 else 0)
    s.dob = dt.date(by, R.randint(1, 12), R.randint(1, 28))
    while True:
        n = R.randint(100, 999)
        if n not in used:
            used.add(n)
            break
    s.sno = f"TH-{s.grad % 100}-{n:04d}"
    s.pid = 104000 + n * 7 + R.randint(0, 6)
    s.chart = f"HC{R.randint(10000, 99999):06d}"
    s.house = R.choice(HOUSES)
    s.room = str(R.choice([1, 2, 3])) + f"{R.randint(1, 24):02d}"
    s.email = ascii_fold(s.first.split()[0].lower().replace("-", "")) + "." + \
        ascii_fold(s.last.split()[-1].lower().replace("-", "")) + f"{s.grad % 100}@students.{SCHOOL_DOM}"
    s.guardians = []
    for (gf, gln, rel, nat, dom) in gl:
        g = Stu()
        g.first, g.last, g.rel, g.native = gf, gln, rel, nat
        g.phone = phf()
        loc = ascii_fold(gf.lower().replace(" ", "").replace("-", ""))
        g.email = R.choice([f"{loc}.{ascii_fold(gln.split()[-1].lower().replace('-', ''))}@{dom}",
                            f"{loc[0]}{ascii_fold(gln.lower().replace(' ', '').replace('-', ''))}{R.randint(60, 89)}@{dom}"])
        g.dl = f"{R.choice('ABCDEFGHJK')}{R.randint(100000000, 999999999)}"
        s.guardians.append(g)
    if s.cc != "US":
        lg = LOCAL_GUARDIANS[i % len(LOCAL_GUARDIANS)]
        g = Stu()
        g.first, g.last, g.rel, g.native = lg[0], lg[1], "Local guardian", None
        g.phone = f"+1 860-555-01{R.randint(10, 99)}"
        g.email = f"{lg[0][0].lower()}{lg[1].lower().replace('-', '')}@gmail.com"
        g.dl = f"{R.randint(100000000, 999999999)}"
        s.guardians.append(g)
    s.plan = ("Meridian Student Health", f"MSH{R.randint(100000000, 999999999)}") if s.cc != "US" else \
        R.choice([("Aetna", f"W{R.randint(100000000, 999999999)}"), ("Harvard Pilgrim", f"HP{R.randint(10000000, 99999999)}01"),
                  ("BCBS", f"XJH{R.randint(100000000, 999999999)}")])
    s.passport = R.choice("EMPKCX") + str(R.randint(10000000, 99999999))
    s.pp_exp = dt.date(R.randint(2026, 2033), R.randint(1, 12), R.randint(1, 28))
    s.impact = "IMP" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    s.acct = f"SA-{R.randint(10000, 99999)}"
    s.ssn = ssn_make() if s.cc == "US" else None
    s.pump = None
    s.case = None
    s.gm_age = R.randint(90, 97)
    STUDENTS.append(s)

# students with type 1 diabetes
for s in R.sample(STUDENTS, 3):
    s.pump = (R.choice(["Tandem t:slim X2", "Omnipod 5 PDM", "MiniMed 780G"]), f"{R.randint(1000000, 9999999)}",
              "".join(R.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)))
for s in R.sample(STUDENTS, 8):
    s.case = f"CNS-2024-{R.randint(100, 399):04d}"


def stu():
    return R.choice(STUDENTS)


def full(s):
    return f"{s.first} {s.last}"


def lf(s):
    return f"{s.last}, {s.first}"


def dob_iso(s):
    return s.dob.isoformat()


def dob_us(s):
    return s.dob.strftime("%m/%d/%Y")


def gname(g):
    return f"{g.first} {g.last}"


def nurse():
    return R.choice(STAFF)


def vid():
    return f"V-{R.randint(240000, 249999)}"


COMPLAINTS = ["headache", "sore throat", "fever", "nausea", "ankle sprain", "abdominal pain", "URI sx", "menstrual cramps",
              "insomnia", "rash", "med pickup", "allergic rxn - mild", "wrist injury (soccer)", "dizziness", "homesick/anxious"]

# ----------------------------------------------------------------- generators (each returns list[Line])


def g_sis_access():
    s = stu()
    n = nurse()
    tick()
    L = Line("sis_json")
    js(L, {"ts": iso_utc(), "level": "info", "svc": "sis-api", "ver": "3.18.2", "req_id": uuid4(),
           "user": f"{n[3]}@{SCHOOL_DOM}", "role": "health_staff", "method": "GET",
           "path": M("/v3/students/", P(str(s.pid), "other_id"), R.choice(["/health", "/contacts", "/medical_alerts", "/schedule"])),
           "status": 200, "dur_ms": R.randint(12, 240)})
    return [L]


def g_sis_sync():
    s = stu()
    tick()
    L = Line("sis_json")
    photo = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA" + base64.b64encode(hashlib.sha256((s.first + s.last).encode()).digest()).decode()[:40]
    g = s.guardians[0]
    o = {"ts": iso_utc(), "level": "info", "svc": "sis-sync", "event": "student.updated", "person_id": P(s.pid, "other_id"),
         "student_number": P(s.sno, "other_id"), "first_name": P(s.first, "name"), "last_name": P(s.last, "name"),
         "birth_date": P(dob_iso(s), "date"), "grad_year": s.grad, "boarding": True,
         "residence": P(f"{s.house} {s.room}", "address"), "email": P(s.email, "email"),
         "contacts": [{"rel": g.rel, "name": P(gname(g), "name"), "mobile": P(g.phone, "phone"), "lang": s.lang}]}
    if R.random() < 0.35:
        o["photo_b64"] = P(photo + "...", "photo")
    js(L, o, a=True)
    return [L]


def g_sis_batch():
    tick()
    L = Line("sis_json")
    js(L, {"ts": iso_utc(), "level": R.choice(["info", "info", "warn"]), "svc": "sis-sync", "event": "sync.batch.complete",
           "batch": f"b-20241014-{R.randint(1, 40):02d}", "records": R.randint(20, 450), "updated": R.randint(0, 30),
           "errors": R.choice([0, 0, 0, 1, 2]), "dur_ms": R.randint(800, 9000), "trace_id": rid(32)})
    return [L]


def g_ehr_visit():
    s = stu()
    n = nurse()
    tick()
    L = Line("ehr_logfmt")
    L.t(f"time={iso_local()} level=info app=campusmed module=visits msg=\"visit opened\" chart=", P(s.chart, "mrn"),
        " visit=", P(vid(), "other_id"), f" complaint=\"{R.choice(COMPLAINTS)}\" triage={R.randint(2, 5)}",
        f" temp_c={R.choice(['36.8', '37.2', '38.1', '38.6', '36.9'])} by={n[3]} loc=INF-EXAM-{R.randint(1, 3)}")
    if R.random() < 0.4:
        L.t(" student=\"", P(lf(s), "name"), "\"")
    return [L]


def g_ehr_admit():
    s = stu()
    tick()
    L = Line("ehr_logfmt")
    adm = NOW - dt.timedelta(minutes=R.randint(1, 20))
    L.t(f"time={iso_local()} level=info app=campusmed module=infirmary msg=\"infirmary admission\" chart=", P(s.chart, "mrn"),
        " name=\"", P(f"{s.first} {s.last}", "name"), "\" bed=INF-B", str(R.randint(1, 6)), " admitted_at=",
        P(adm.strftime("%Y-%m-%dT%H:%M"), "date"), " residence=\"", P(f"{s.house} {s.room}", "address"),
        f"\" guardian_notified=", R.choice(["true", "false"]), f" attending={PHYS[3]}")
    return [L]


def g_ehr_device():
    cands = [s for s in STUDENTS if s.pump]
    s = R.choice(cands)
    tick()
    L = Line("ehr_logfmt")
    L.t(f"time={iso_local()} level=warn app=campusmed module=diabetes msg=\"CGM low alert acknowledged\" chart=", P(s.chart, "mrn"),
        f" bg_mgdl={R.randint(58, 72)} pump_model=\"{s.pump[0]}\" pump_sn=", P(s.pump[1], "device"),
        " cgm_tx=", P(s.pump[2], "device"), f" action=\"15g juice, recheck 15m\" by={nurse()[3]}")
    return [L]


def g_ehr_noise():
    tick()
    L = Line("ehr_logfmt")
    L.t(R.choice([
        f"time={iso_local()} level=info app=campusmed module=auth msg=\"login ok\" user={nurse()[3]} mfa=totp src=10.20.4.{R.randint(10, 60)}",
        f"time={iso_local()} level=debug app=campusmed module=cache msg=\"formulary cache refreshed\" items={R.randint(400, 460)} dur_ms={R.randint(30, 400)}",
        f"time={iso_local()} level=info app=campusmed module=report msg=\"daily census built\" beds_total=6 beds_occupied={R.randint(0, 4)} build=2024.9.3+{rid(7)}",
        f"time={iso_local()} level=warn app=campusmed module=http msg=\"slow upstream\" upstream=sis-api.internal:8443 dur_ms={R.randint(1500, 4000)} trace={rid(32)}",
        f"time={iso_local()} level=info app=campusmed module=print msg=\"job spooled\" printer=HC-LJ-M404 pages={R.randint(1, 4)} job={R.randint(1000, 9999)}",
    ]))
    return [L]


def hl7_pid(L, s, seq="1"):
    L.t(f"PID|{seq}||", P(s.chart, "mrn"), "^^^CAMPUSMED^MR~", P(s.sno, "other_id"), "^^^THSIS^SN||",
        P(s.last, "name"), "^", P(s.first, "name"), "||", P(s.dob.strftime("%Y%m%d"), "date"), f"|{s.sex}|||",
        P(s.street.replace(",", ""), "address"), "^^", P(s.city, "address"), "^", s.state or "", "^",
        P(s.postal, "zip") if s.postal else "", f"^{s.cc}^H||", P(s.guardians[0].phone, "phone"), "|||||",
        P(s.acct, "account"))


def g_hl7_adt():
    s = stu()
    tick()
    ev = R.choice(["A01", "A03"])
    ctl = f"CM{R.randint(10000000, 99999999)}"
    out = []
    L = Line("hl7v2")
    L.t(f"MSH|^~\\&|CAMPUSMED|THS_HC|VERACROSS|THS|{hl7ts()}||ADT^{ev}^ADT_{ev}|{ctl}|P|2.5.1")
    out.append(L)
    L = Line("hl7v2")
    L.t(f"EVN|{ev}|{hl7ts()}")
    out.append(L)
    L = Line("hl7v2")
    hl7_pid(L, s)
    out.append(L)
    g = s.guardians[0]
    L = Line("hl7v2")
    L.t("NK1|1|", P(g.last, "name"), "^", P(g.first, "name"), f"|{g.rel[:3].upper()}^{g.rel}^HL70063||", P(g.phone, "phone"))
    out.append(L)
    adm = NOW - dt.timedelta(hours=R.randint(0, 20), minutes=R.randint(0, 59))
    L = Line("hl7v2")
    L.t(f"PV1|1|I|INF^B{R.randint(1, 6)}^1^THS_HC||||{R.randint(1000000000, 1999999999)}^Mehta^Anand^^^MD|||||||||||",
        P(vid(), "other_id"), "|||||||||||||||||||||||||", P(adm.strftime("%Y%m%d%H%M"), "date"))
    if ev == "A03":
        L.t("|", P(NOW.strftime("%Y%m%d%H%M"), "date"))
    out.append(L)
    return out


def g_hl7_oru():
    s = stu()
    tick()
    ctl = f"LRL{R.randint(1000000, 9999999)}"
    out = []
    L = Line("hl7v2")
    L.t(f"MSH|^~\\&|LRL_LIS|LITCHFIELD_REG_LAB|CAMPUSMED|THS_HC|{hl7ts()}||ORU^R01^ORU_R01|{ctl}|P|2.5.1")
    out.append(L)
    L = Line("hl7v2")
    hl7_pid(L, s)
    out.append(L)
    test = R.choice([("78012-2", "Strep pyogenes Ag Throat Ql IA.rapid", R.choice(["Negative", "Positive"])),
                     ("31418-9", "Heterophile Ab Ser Ql", R.choice(["Negative", "Positive"])),
                     ("94500-6", "SARS-CoV-2 RNA Resp Ql NAA+probe", "Not detected")])
    coll = NOW - dt.timedelta(hours=R.randint(2, 30))
    L = Line("hl7v2")
    L.t(f"OBR|1|{R.randint(100000, 999999)}|{ctl[3:]}-1|{test[0]}^{test[1]}^LN|||", P(coll.strftime("%Y%m%d%H%M"), "date"))
    out.append(L)
    L = Line("hl7v2")
    L.t(f"OBX|1|CWE|{test[0]}^{test[1]}^LN||{test[2]}||||||F|||{hl7ts()}")
    out.append(L)
    return out


def g_mirth():
    tick(1, 8)
    L = Line("mirth")
    lvl = R.choice(["INFO ", "INFO ", "WARN "])
    ch = R.choice(["CampusMed ADT Outbound", "LRL Results Inbound", "CT WiZ FHIR Push"])
    specific = {"CampusMed ADT Outbound": "com.mirth.connect.connectors.tcp.TcpDispatcher: ACK received: MSA|AA|" + f"CM{R.randint(10000000, 99999999)}",
                "LRL Results Inbound": f"com.mirth.connect.connectors.tcp.TcpReceiver: connection from 10.20.8.{R.randint(2, 30)}:{R.randint(40000, 60000)} accepted",
                "CT WiZ FHIR Push": f"com.mirth.connect.connectors.http.HttpDispatcher: POST https://ctwiz-fhir.ct.gov/fhir/Immunization -> {R.choice([201, 201, 422])}"}
    L.t(NOW.strftime("%Y-%m-%d %H:%M:%S,") + f"{NOW.microsecond // 1000:03d} {lvl} [" + ch + "] " +
        R.choice([f"com.mirth.connect.donkey.server.channel.Channel: message {R.randint(10000, 99999)} processed in {R.randint(4, 300)} ms",
                  specific[ch]]))
    return [L]


MEDS = [("Ibuprofen 200 mg tab", "400 mg", "PO"), ("Acetaminophen 325 mg tab", "650 mg", "PO"), ("Cetirizine 10 mg tab", "10 mg", "PO"),
        ("Methylphenidate ER 36 mg", "36 mg", "PO"), ("Sertraline 50 mg tab", "50 mg", "PO"), ("Albuterol HFA 90 mcg", "2 puffs", "INH"),
        ("Ondansetron ODT 4 mg", "4 mg", "PO"), ("Lisdexamfetamine 30 mg cap", "30 mg", "PO"), ("Insulin lispro", "4 units", "SC"),
        ("Fluticasone 50 mcg nasal", "1 spray each", "IN"), ("Melatonin 3 mg", "3 mg", "PO")]


def g_emar():
    s = stu()
    n = nurse()
    tick()
    m = R.choice(MEDS)
    res = R.choice(["given", "given", "given", "given", "refused", "held - asleep", "self-admin observed"])
    given = NOW - dt.timedelta(minutes=R.randint(0, 9))
    L = Line("emar_csv")
    L.t(f"{R.randint(880000, 889999)},", P(s.chart, "mrn"), ",\"", P(lf(s), "name"), f"\",{m[0]},{m[1]},{m[2]},",
        P(given.strftime("%Y-%m-%d %H:%M"), "date"), f",{n[1]}{n[0][0]} {n[2]},", R.choice(["", "", "YostB RN"]),
        f",{res},{R.choice(['PRN', 'SCHED', 'SCHED'])},", R.choice(["consent:OTC-24", "rx:on-file", "consent:OTC-24", "parent-sent"]))
    return [L]


def g_emar_hdr():
    tick(1, 3)
    L = Line("emar_csv")
    L.t("mar_id,chart_no,student,medication,dose,route,given_at,given_by,witness,result,sched,authority")
    return [L]


def g_cs_count():
    tick()
    a, b = R.sample(STAFF, 2)
    L = Line("emar_kv")
    c = R.randint(40, 140)
    L.t(f"{NOW:%Y-%m-%d %H:%M:%S} CS_COUNT cabinet=INF-A drawer={R.randint(1, 3)} drug=\"{R.choice(['Methylphenidate ER 36 mg', 'Lisdexamfetamine 30 mg', 'Amphetamine salts 10 mg'])}\" "
        f"count={c} expected={c if R.random() < 0.9 else c + 1} counted_by={a[3]} witness={b[3]} omnicell_sn=OC-{R.randint(100000, 999999)}")
    return [L]


def g_consent():
    s = stu()
    g = R.choice(s.guardians[:max(1, len(s.guardians) - 1)])
    tick()
    L = Line("consent_json")
    signed = NOW - dt.timedelta(minutes=R.randint(0, 3))
    ip = R.choice([f"{R.choice([58, 61, 112, 175, 211])}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}",
                   f"2a02:{rid(4)}:{rid(4)}::{rid(4)}"])
    js(L, {"event_type": R.choice(["envelope.completed", "envelope.completed", "recipient.signed"]),
           "created": iso_utc(ms=False), "envelope_id": uuid4(), "account": "thornbury-hill-school",
           "template": R.choice(["OTC Medication Consent 2024-25", "Consent to Treat (Minor) 2024-25", "Counselling Services Consent",
                                 "Concussion Protocol Acknowledgement", "Travel Medical Release - Peru Service Trip"]),
           "signer": {"name": P(gname(g), "name"), "email": P(g.email, "email"), "role": g.rel.lower(),
                      "ip_address": P(ip, "ip"), "signed_at": P(signed.strftime("%Y-%m-%dT%H:%M:%S-04:00"), "date"), "locale": s.lang},
           "custom_fields": {"student_number": P(s.sno, "other_id"), "student_name": P(full(s), "name")}}, sp=True)
    return [L]


def g_consent_noise():
    tick()
    L = Line("consent_json")
    js(L, {"event_type": R.choice(["envelope.sent", "template.updated", "webhook.test"]), "created": iso_utc(ms=False),
           "envelope_id": uuid4(), "account": "thornbury-hill-school", "api_version": "2.1",
           "delivery_attempt": R.randint(1, 3), "hmac": hashlib.sha256(rid().encode()).hexdigest()}, sp=True)
    return [L]


VACC = [("141", "Influenza, seasonal, injectable"), ("229", "COVID-19, mRNA, LNP-S, bivalent"), ("115", "Tdap"),
        ("62", "HPV, quadrivalent"), ("114", "meningococcal MCV4P"), ("163", "meningococcal B, OMV")]


def g_fhir_imm():
    s = stu()
    n = nurse()
    tick()
    v = R.choice(VACC)
    occ = NOW - dt.timedelta(minutes=R.randint(1, 40))
    L = Line("fhir_imm")
    js(L, {"resourceType": "Immunization", "id": f"imm-{rid(12)}", "meta": {"lastUpdated": iso_local()},
           "status": "completed", "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": v[0], "display": v[1]}]},
           "patient": {"reference": M("Patient/", P(s.chart, "mrn")), "display": P(full(s), "name")},
           "occurrenceDateTime": P(occ.strftime("%Y-%m-%dT%H:%M:%S-04:00"), "date"), "lotNumber": f"{R.choice('UTFJ')}{R.choice('THKM')}{R.randint(1000, 9999)}{R.choice(['AA', 'AB', 'BA'])}",
           "site": {"text": R.choice(["LA", "RA"])}, "route": {"text": "IM"},
           "performer": [{"actor": {"display": f"{n[0]} {n[1]} {n[2]}"}}], "location": {"display": "Thornbury Hill Health Centre"}})
    return [L]


def fx(v, w):
    return str(v)[:w].ljust(w)


def g_imm_fixed():
    out = []
    tick()
    if R.random() < 0.4:
        L = Line("imm_fixed")
        L.t(f"{'STUDENT_NO':<12}{'NAME':<32}{'DOB':<11}{'GR':<3}{'MMR':<4}{'TDAP':<5}{'MENACWY':<8}{'HEPB':<5}{'VAR':<4}{'FLU24':<11}STATUS")
        out.append(L)
    for _ in range(R.randint(1, 3)):
        s = stu()
        L = Line("imm_fixed")
        nm = lf(s)[:31]
        L.t(P(s.sno, "other_id"), " " * (12 - len(s.sno)), P(nm, "name"), " " * (32 - len(nm)), P(dob_us(s), "date"), " ",
            fx(s.grade, 3), fx("2", 4), fx("1", 5), fx(R.choice(["1", "2"]), 8), fx("3", 5), fx(R.choice(["2", "1"]), 4))
        if R.random() < 0.5:
            d = dt.date(2024, 10, R.randint(1, 14)).strftime("%m/%d/%Y")
            L.t(P(d, "date"), " ")
        else:
            L.t(fx("--", 11))
        L.t(R.choice(["COMPLIANT", "COMPLIANT", "PROVISIONAL", "EXEMPT-MED", "NONCOMPLIANT"]))
        out.append(L)
    return out


def g_impact():
    s = stu()
    tick()
    L = Line("impact_xml")
    td = dt.date(2024, R.choice([8, 9]), R.randint(1, 28)) if R.random() < 0.7 else NOW.date()
    tt = "Baseline" if td < NOW.date() else "Post-Injury 1"
    if R.random() < 0.5:
        L.t(f'<TestRecord passportId="', P(s.impact, "other_id"), f'" testType="{tt}" testDate="', P(td.isoformat(), "date"),
            f'" sport="{R.choice(["Soccer", "Ice Hockey", "Lacrosse", "Field Hockey", "Rugby", "Basketball"])}" verbalMemory="{R.randint(70, 99)}" '
            f'visualMemory="{R.randint(60, 95)}" visualMotor="{R.uniform(30, 45):.2f}" reactionTime="{R.uniform(0.52, 0.75):.2f}" '
            f'impulseControl="{R.randint(2, 14)}" symptomScore="{R.randint(0, 18)}" valid="{R.choice(["true", "true", "false"])}" '
            f'administrator="{ATC[0]} {ATC[1]}, {ATC[2]}" version="4.1.2"/>')
    else:
        L.t('<Athlete passportId="', P(s.impact, "other_id"), '"><Name first="', P(xa(s.first), "name"), '" last="', P(xa(s.last), "name"),
            '"/><DOB>', P(s.dob.isoformat(), "date"), f'</DOB><Gender>{s.sex}</Gender><Grade>{s.grade}</Grade>'
            f'<Concussions prior="{R.choice([0, 0, 1, 2])}"/><Organization id="THS-CT-0442">Thornbury Hill School</Organization></Athlete>')
    return [L]


def g_impact_noise():
    tick()
    L = Line("impact_xml")
    L.t(R.choice([f'<SyncStatus org="THS-CT-0442" records="{R.randint(5, 80)}" started="{iso_utc()}" result="OK" client="ImPACT-Sync/4.1.2"/>',
                  f'<LicenseInfo org="THS-CT-0442" seatsUsed="{R.randint(120, 280)}" seatsTotal="300" renews="2025-07-31"/>',
                  '<?xml version="1.0" encoding="UTF-8"?>']))
    return [L]


def g_travel():
    s = stu()
    g = s.guardians[0]
    tick()
    L = Line("travel_json")
    trip = R.choice([("TRIP-25-PERU", "Cusco, Peru", dt.date(2025, 3, 8), dt.date(2025, 3, 19)),
                     ("TRIP-25-JPN", "Kyoto, Japan", dt.date(2025, 3, 9), dt.date(2025, 3, 21)),
                     ("TRIP-24-ICE", "Reykjavík, Iceland", dt.date(2024, 11, 22), dt.date(2024, 11, 27))])
    addr = [P(s.street, "address"), ", ", P(s.city, "address")]
    if s.postal:
        addr += [" ", P(s.postal, "zip")]
    if s.state:
        addr += [", ", s.state]
    o = {"form_id": "5128847", "submission_id": str(R.randint(1100000000, 1199999999)), "timestamp": NOW.strftime("%Y-%m-%d %H:%M:%S"),
         "data": {"trip_code": trip[0], "destination": trip[1], "depart": P(trip[2].isoformat(), "date"), "return": P(trip[3].isoformat(), "date"),
                  "traveler_name": P(full(s), "name"), "traveler_dob": P(dob_us(s), "date"), "passport_no": P(s.passport, "other_id"),
                  "passport_exp": P(s.pp_exp.isoformat(), "date"), "nationality": s.cc,
                  "home_address": M(*addr),
                  "insurer": s.plan[0], "member_id": P(s.plan[1], "health_plan"),
                  "allergies": R.choice(["none", "penicillin (hives)", "tree nuts - carries EpiPen", "latex"]),
                  "daily_meds": R.choice(["none", "sertraline 50mg qAM", "cetirizine PRN", "albuterol PRN"]),
                  "emergency_contact": {"name": P(gname(g), "name"), "relationship": g.rel, "phone": P(g.phone, "phone"), "email": P(g.email, "email")}}}
    if R.random() < 0.3:
        o["data"]["emergency_contact"]["fax"] = P(FAMILIES[STUDENTS.index(s)][-1](), "fax")
    if s.ssn and R.random() < 0.8:
        o["data"]["ssn"] = P(s.ssn, "ssn")
    js(L, o, a=True)
    return [L]


def sms_body(s, g, lang):
    gn = g.native if (g.native and lang in ("zh", "ko", "ja", "ru", "ar", "th", "vi")) else None
    sf = s.first
    link = f"https://thp.link/c/{''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(7))}"
    d = (NOW.date() + dt.timedelta(days=R.randint(2, 8)))
    if lang == "zh":
        return ["【Thornbury Hill 健康中心】", P(gn or gname(g), "name"), "您好：", P(sf, "name"), "今天上午因发烧（38.6°C）在医务室休息，已服用布洛芬。如有疑问请致电 +1 860-555-0100。"]
    if lang == "ko":
        return ["[Thornbury Hill 보건실] ", P(gn or gname(g), "name"), "님, ", P(sf, "name"), " 학생이 오늘 두통으로 보건실에서 휴식 중입니다. 동의서 서명: ", P(link, "url")]
    if lang == "ja":
        return ["【Thornbury Hill 保健センター】", P(gn or gname(g), "name"), "様　", P(sf, "name"), "さんは本日、発熱のため保健室で休養しています。次回受診：", P(d.strftime("%m月%d日"), "date")]
    if lang == "es":
        return ["Thornbury Hill Centro de Salud: Estimada/o ", P(gname(g), "name"), ", ", P(sf, "name"),
                " fue atendido/a hoy en la enfermería por un esguince leve de tobillo. Control: ", P(d.strftime("%d/%m/%Y"), "date"), "."]
    if lang == "fr":
        return ["Centre de santé Thornbury Hill : Bonjour ", P(gname(g), "name"), ", ", P(sf, "name"),
                " a été admis(e) à l'infirmerie ce matin (fièvre). Merci de signer le formulaire : ", P(link, "url")]
    if lang == "de":
        return ["Gesundheitszentrum Thornbury Hill: Guten Tag ", P(gname(g), "name"), ", ", P(sf, "name"),
                " hat heute die Grippeimpfung erhalten. Bei Fragen: +1 860-555-0100."]
    if lang == "ru":
        return ["Медицинский центр Thornbury Hill: Здравствуйте, ", P(gn or gname(g), "name"), "! ", P(sf, "name"),
                " сегодня осмотрен(а) медсестрой, температура в норме. Вопросы: +1 860-555-0100"]
    if lang == "ar":
        return ["مركز Thornbury Hill الصحي: مرحباً ", P(gn or gname(g), "name"), "، تم قبول ", P(sf, "name"), " في العيادة اليوم بسبب الحمى. للاستفسار: +1 860-555-0100"]
    if lang == "pt":
        return ["Centro de Saúde Thornbury Hill: Olá ", P(gname(g), "name"), ", ", P(sf, "name"), " recebeu hoje a vacina contra a gripe. Dúvidas: +1 860-555-0100"]
    if lang == "th":
        return ["ศูนย์สุขภาพ Thornbury Hill: เรียนคุณ", P(gn or gname(g), "name"), " น้อง", P(sf, "name"), " ได้รับการตรวจที่ห้องพยาบาลวันนี้ อาการดีขึ้นแล้ว"]
    if lang == "vi":
        return ["Trung tâm Y tế Thornbury Hill: Kính gửi ", P(gn or gname(g), "name"), ", em ", P(sf, "name"), " đã được khám tại phòng y tế hôm nay. Hẹn tái khám: ",
                P(d.strftime("%d/%m/%Y"), "date")]
    return ["Thornbury Hill Health Centre: Hi ", P(g.first, "name"), ", ", P(sf, "name"), " was seen today for a sports injury. Concussion retest booked ",
            P(d.strftime("%a %b %d").replace(" 0", " "), "date"), ". Questions: 860-555-0100"]


def g_sms():
    s = stu()
    g = s.guardians[0]
    tick()
    L = Line("sms_gw")
    to = "+" + "".join(c for c in g.phone if c.isdigit())
    js(L, {"date_created": NOW.strftime("%a, %d %b %Y %H:%M:%S -0400"), "sid": "SM" + rid(32), "account_sid": "AC" + rid(32),
           "from": SCHOOL_SMS, "to": P(to, "phone"), "status": "queued", "num_segments": str(R.randint(1, 3)),
           "body": M(*sms_body(s, g, s.lang)), "messaging_service_sid": "MG" + rid(32)})
    return [L]


def g_sms_status():
    tick(1, 10)
    L = Line("sms_gw")
    js(L, {"date_updated": NOW.strftime("%a, %d %b %Y %H:%M:%S -0400"), "sid": "SM" + rid(32), "status": R.choice(["sent", "delivered", "delivered", "undelivered"]),
           "error_code": R.choice([None, None, None, 30003, 30008]), "price": "-0.0079", "price_unit": "USD"})
    return [L]


def g_postfix_to():
    s = stu()
    g = R.choice(s.guardians)
    tick(1, 20)
    L = Line("syslog")
    dom = g.email.split("@")[1]
    qid = "".join(R.choice("0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz") for _ in range(11))
    L.t(f"{sysl()} mx1 postfix/smtp[{R.randint(20000, 32000)}]: {qid}: to=<", P(g.email, "email"),
        f">, relay=mx.{dom}[{R.randint(100, 220)}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}]:25, delay={R.uniform(0.2, 4):.1f}, "
        f"delays=0.1/0/{R.uniform(0.1, 2):.1f}/{R.uniform(0.1, 1):.1f}, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as {rid(10).upper()})")
    return [L]


def g_syslog_noise():
    tick(1, 30)
    L = Line("syslog")
    L.t(R.choice([
        f"{sysl()} mx1 postfix/qmgr[1187]: {rid(11).upper()}: from=<healthcentre@{SCHOOL_DOM}>, size={R.randint(4000, 90000)}, nrcpt=1 (queue active)",
        f"{sysl()} mx1 postfix/smtpd[{R.randint(20000, 32000)}]: connect from hc-app01.internal[10.20.4.11]",
        f"{sysl()} mx1 postfix/qmgr[1187]: {rid(11).upper()}: removed",
        f"{sysl()} hc-app01 CRON[{R.randint(10000, 40000)}]: (root) CMD (/usr/local/bin/pg_backup.sh campusmed >/dev/null 2>&1)",
        f"{sysl()} hc-app01 sshd[{R.randint(10000, 40000)}]: Accepted publickey for deploy from 10.20.1.5 port {R.randint(40000, 65000)} ssh2: ED25519 SHA256:{base64.b64encode(hashlib.sha256(rid().encode()).digest()).decode()[:43]}",
        f"{sysl()} hc-app01 systemd[1]: Started campusmed-worker@{R.randint(1, 4)}.service - CampusMed background worker.",
        f"{sysl()} portal-web02 kernel: [UFW BLOCK] IN=eth0 OUT= SRC=185.220.101.{R.randint(1, 200)} DST=198.51.100.24 PROTO=TCP SPT={R.randint(1024, 65000)} DPT=22",
    ]))
    return [L]


UAS = ['"Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1"',
       '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36"',
       '"Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.81 Mobile Safari/537.36 MicroMessenger/8.0.49"',
       '"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15"']


def ngx_ts():
    return NOW.strftime("[%d/%b/%Y:%H:%M:%S -0400]")


def g_nginx_stu():
    s = stu()
    tick(1, 15)
    L = Line("nginx")
    ip = f"{R.choice([24, 73, 101, 118, 180, 203, 221])}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"
    path = R.choice([f"/parent/students/{s.pid}/health/forms?lang={s.lang}", f"/parent/students/{s.pid}/consents/otc-2024-25/sign",
                     f"/api/v2/students/{s.pid}/immunizations", f"/parent/travel/TRIP-25-PERU/{s.sno}/medical",
                     f"/student/{s.sno}/counselling/appointments?week=2024-W42"])
    L.t(P(ip, "ip"), " - - ", ngx_ts(), f" \"{R.choice(['GET', 'GET', 'POST'])} ", P(path, "url"),
        f" HTTP/2.0\" {R.choice([200, 200, 200, 302, 304, 403])} {R.randint(300, 24000)} \"https://portal.{SCHOOL_DOM}/parent/home\" {R.choice(UAS)} rt={R.uniform(0.01, 0.9):.3f}")
    return [L]


def g_nginx_noise():
    tick(1, 12)
    L = Line("nginx")
    ip = R.choice(["10.20.0.4", "10.20.0.5", f"172.70.{R.randint(1, 254)}.{R.randint(1, 254)}", f"162.158.{R.randint(1, 254)}.{R.randint(1, 254)}"])
    path = R.choice(["/healthz", f"/static/js/app.{rid(8)}.js", "/static/css/portal.css?v=3.18.2", "/favicon.ico", "/robots.txt",
                     f"/static/img/crest@2x.png", "/api/v2/ping", "/.well-known/security.txt"])
    if ip.startswith("10."):
        path = R.choice(["/healthz", "/api/v2/ping"])
        ua = R.choice(['"ELB-HealthChecker/2.0"', '"kube-probe/1.29"'])
    else:
        ua = R.choice([UAS[1], UAS[0], '"Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"'])
    L.t(f"{ip} - - {ngx_ts()} \"GET {path} HTTP/1.1\" {R.choice([200, 200, 304, 404])} {R.randint(0, 180000)} \"-\" {ua} rt={R.uniform(0.0, 0.05):.3f}")
    return [L]


def g_counsel():
    s = R.choice([x for x in STUDENTS if x.case])
    c = R.choice(COUNSELLORS)
    tick(20, 120)
    L = Line("counsel_note")
    g = s.guardians[0]
    fu = NOW.date() + dt.timedelta(days=R.randint(3, 10))
    L.t(f"{NOW:%Y-%m-%d %H:%M} [", P(s.case, "other_id"), f"] {R.choice(['Session note', 'Check-in', 'Consult'])} ({c[0][0]}. {c[1]}, {c[2]}): ")
    k = R.randint(0, 3)
    if k == 0:
        L.t("Met w/ ", P(full(s), "name"), f" (Gr {s.grade}, ", P(f"{s.house} {s.room}", "address"),
            ") re: homesickness + sleep. Reports 5-6h/night since midterms. Grandmother (age ", P(str(s.gm_age), "age"),
            ") hospitalized at home; wants to call family nightly. Safety screen neg. F/u ", P(fu.strftime("%m/%d"), "date"), ".")
    elif k == 1:
        L.t("Phone call with ", g.rel.lower(), " ", P(gname(g), "name"), " (", P(g.phone, "phone"), "), interpreter via LanguageLine #",
            str(R.randint(100000, 999999)), ". Discussed academic stress, agreed to weekly sessions. ", P(s.first, "name"),
            " consented to share summary with house parent.")
    elif k == 2:
        L.t("Student ", P(f"{s.first} {s.last[0]}.", "name"), " no-show for 14:30 appt; house parent notified (staff ext 4417). Rebooked ",
            P(fu.strftime("%b %d"), "date"), ".")
    else:
        L.t("Referral to Dr. Helen Ashgrove (adolescent psychiatry, Litchfield Behavioral Health, fax 860-555-0177) for ",
            P(lf(s), "name"), ", DOB ", P(dob_us(s), "date"), "; ROI signed by ", P(gname(g), "name"), " on ",
            P((NOW.date() - dt.timedelta(days=R.randint(0, 5))).strftime("%m/%d/%Y"), "date"), ".")
    return [L]


def g_counsel_noise():
    tick(5, 60)
    L = Line("counsel_note")
    c = R.choice(COUNSELLORS)
    L.t(R.choice([f"{NOW:%Y-%m-%d %H:%M} [SCHED] Room C-2 booked by {c[1]} {NOW:%H}:00-{NOW.hour + 1}:00 (group: Study Skills & Stress, {R.randint(6, 14)} attendees)",
                  f"{NOW:%Y-%m-%d %H:%M} [ADMIN] Weekly case review moved to Thu 15:00, Wellness Center conf room. Attendees: K. Abernathy, T. Echeverría, Dr. A. Mehta",
                  f"{NOW:%Y-%m-%d %H:%M} [SCHED] Walk-in hours today 12:00-14:00; on-call counsellor {c[0]} {c[1]} (ext 4{R.randint(400, 499)})"]))
    return [L]


def g_pg():
    s = stu()
    tick(1, 20)
    L = Line("pg_log")
    L.t(f"{NOW:%Y-%m-%d %H:%M:%S}.{NOW.microsecond // 1000:03d} EDT [{R.randint(30000, 60000)}] campusmed@hc LOG:  duration: {R.uniform(500, 4000):.3f} ms  statement: ")
    k = R.randint(0, 2)
    if k == 0:
        L.t("SELECT s.chart_no, s.last_name, s.first_name FROM students s WHERE s.last_name ILIKE '", P(s.last, "name"),
            "%' AND s.birth_date = '", P(dob_iso(s), "date"), "'")
    elif k == 1:
        L.t("UPDATE guardians SET mobile = '", P(s.guardians[0].phone, "phone"), "', email = '", P(s.guardians[0].email, "email"),
            f"' WHERE guardian_id = {R.randint(5000, 9999)}")
    else:
        L.t("INSERT INTO visits (visit_no, chart_no, opened_at, complaint) VALUES ('", P(vid(), "other_id"), "', '", P(s.chart, "mrn"),
            "', '", P(NOW.strftime("%Y-%m-%d %H:%M:%S"), "date"), f"', '{R.choice(COMPLAINTS)}')")
    return [L]


def g_pg_noise():
    tick(1, 20)
    L = Line("pg_log")
    L.t(R.choice([f"{NOW:%Y-%m-%d %H:%M:%S}.{NOW.microsecond // 1000:03d} EDT [{R.randint(1000, 2000)}] LOG:  checkpoint complete: wrote {R.randint(10, 900)} buffers ({R.uniform(0, 3):.1f}%); 0 WAL file(s) added, 0 removed, 1 recycled; write={R.uniform(0.1, 30):.3f} s",
                  f"{NOW:%Y-%m-%d %H:%M:%S}.{NOW.microsecond // 1000:03d} EDT [{R.randint(30000, 60000)}] LOG:  automatic vacuum of table \"hc.public.med_admin\": index scans: 1",
                  f"{NOW:%Y-%m-%d %H:%M:%S}.{NOW.microsecond // 1000:03d} EDT [{R.randint(30000, 60000)}] campusmed@hc LOG:  duration: {R.uniform(500, 2000):.3f} ms  statement: SELECT count(*) FROM med_admin WHERE given_at >= now() - interval '24 hours'"]))
    return [L]


FRAMES = ["\tat com.thornburyhill.portal.forms.ConsentPdfRenderer.render(ConsentPdfRenderer.java:{})",
          "\tat com.thornburyhill.portal.forms.ConsentController.download(ConsentController.java:{})",
          "\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:{})",
          "\tat org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:{})",
          "\tat com.thornburyhill.portal.sis.SisClient.fetchContacts(SisClient.java:{})",
          "\tat java.base/java.lang.Thread.run(Thread.java:{})"]


def g_java():
    s = stu()
    tick()
    out = []
    L = Line("java_trace")
    L.t(f"{NOW:%Y-%m-%d %H:%M:%S}.{NOW.microsecond // 1000:03d} ERROR 1 --- [nio-8080-exec-{R.randint(1, 12)}] c.t.portal.forms.ConsentController      : ")
    if R.random() < 0.6:
        L.t("Failed to render consent PDF for student ", P(str(s.pid), "other_id"), " (", P(lf(s), "name"), ")")
    else:
        L.t(f"Failed to render consent PDF, envelope={uuid4()}")
    out.append(L)
    L = Line("java_trace")
    L.t(R.choice(["com.lowagie.text.DocumentException: Font 'NotoSansCJK-Regular' with 'Identity-H' is not recognized.",
                  "java.lang.IllegalStateException: guardian locale not supported: th_TH",
                  "org.springframework.web.client.HttpServerErrorException$GatewayTimeout: 504 Gateway Timeout: [no body]"]))
    out.append(L)
    for f in R.sample(FRAMES, R.randint(2, 4)):
        L = Line("java_trace")
        L.t(f.format(R.randint(40, 1200)))
        out.append(L)
    if R.random() < 0.4:
        L = Line("java_trace")
        L.t(f"\t... {R.randint(20, 60)} common frames omitted")
        out.append(L)
    return out


def g_po():
    tick(5, 60)
    L = Line("po_pipe")
    item = R.choice([("1047822", "Acetaminophen 325mg tab 100ct", "Henry Schein"), ("5532190", "Ibuprofen 200mg tab 500ct", "McKesson Medical-Surgical"),
                     ("8890431", "Fluzone Quadrivalent PFS 0.5mL 10pk", "Sanofi Pasteur"), ("2210784", "BD Eclipse 25G 1in syringe 100ct", "Henry Schein"),
                     ("7712045", "EpiPen 2-Pak 0.3mg", "Cardinal Health"), ("3309962", "Rapid Strep A test kit 25ct", "McKesson Medical-Surgical")])
    L.t(f"PO|PO-2024-{R.randint(1000, 1999)}|{NOW:%Y%m%d}|{item[2]}|{item[0]}|{item[1]}|{R.randint(1, 24)}|EA|"
        f"LOT {R.choice('ABCDEFGHJKLMN')}{R.randint(10, 99)}{R.choice('KLMNP')}{R.randint(100, 999)}|EXP 20{R.randint(25, 27)}-{R.randint(1, 12):02d}|"
        f"ship_to=Thornbury Hill Health Centre, 250 Ridgeline Road, Northfield Crossing CT 06778|contact={R.choice(STAFF)[1]}|ph=860-555-0104")
    return [L]


def plate():
    return R.choice([f"{R.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{R.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}-{R.randint(10000, 99999)}",
                     f"{R.randint(1, 9)}{R.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{R.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{R.randint(100, 999)}",
                     f"{R.randint(100, 999)} {''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}"])


def g_gate():
    s = stu()
    g = s.guardians[-1]
    tick()
    L = Line("gatehouse")
    L.t(f"{NOW:%Y-%m-%dT%H:%M:%S} gate=Main post=GH-1 officer=R.Dufresne event=medical_signout student_no=", P(s.sno, "other_id"),
        " student=\"", P(full(s), "name"), "\" released_to=\"", P(gname(g), "name"), f"\" relation=\"{g.rel}\" id_checked=DL:",
        P(g.dl, "license"), " plate=\"", P(plate(), "vehicle"), "\"")
    if R.random() < 0.3:
        L.t(" vin=", P(vin_make(), "vehicle"))
    L.t(f" hc_clearance={R.choice(STAFF)[3]} reason=\"{R.choice(['fever - home to recover', 'dental appt', 'ortho f/u', 'concussion - parent supervision'])}\"")
    return [L]


def g_gate_noise():
    tick()
    L = Line("gatehouse")
    L.t(f"{NOW:%Y-%m-%dT%H:%M:%S} gate=Service post=GH-2 officer=M.Kowal event=delivery vendor=\"{R.choice(['Henry Schein', 'UPS', 'Sysco', 'Stericycle'])}\" "
        f"plate=\"{R.choice(['NY', 'CT', 'MA'])} fleet {R.randint(100, 999)}\" dest=\"Health Centre loading dock\" ticket=DLV-{R.randint(10000, 99999)}")
    return [L]


def g_kiosk():
    s = stu()
    tick()
    L = Line("kiosk")
    tmpl = base64.b64encode(hashlib.sha512((s.first + s.sno).encode()).digest()).decode()[:64]
    L.t(f"{iso_utc()} HC-KIOSK-1 checkin method=face score={R.uniform(0.9, 0.99):.3f} student_no=", P(s.sno, "other_id"),
        " tmpl=", P(tmpl, "biometric"), f" queue_pos={R.randint(1, 6)} fw=2.7.0-r{R.randint(10, 99)}")
    return [L]


def g_kiosk_noise():
    tick()
    L = Line("kiosk")
    L.t(f"{iso_utc()} HC-KIOSK-1 " + R.choice([f"heartbeat uptime={R.randint(3600, 900000)}s cpu={R.randint(2, 40)}% temp={R.randint(38, 55)}C",
                                               "checkin method=manual result=staff_override operator=byost",
                                               f"camera self-test ok lux={R.randint(200, 700)} model=IDEMIA VisionPass sn=VP2-{rid(6).upper()}"]))
    return [L]


def g_chat():
    s = stu()
    n = nurse()
    tick()
    L = Line("chat_json")
    k = R.randint(0, 2)
    if k == 0:
        txt = M("heads up: ", P(f"{s.first} {s.last[0]}.", "name"), f" in bed {R.randint(1, 6)}, temp 38.9 at 0700, gave APAP 650. mom wants a call before 9 our time")
    elif k == 1:
        txt = M("can someone call ", P(gname(s.guardians[0]), "name"), " back at ", P(s.guardians[0].phone, "phone"),
                "? re ", P(s.first, "name"), "'s inhaler refill")
    else:
        txt = M("chart ", P(s.chart, "mrn"), " - consent for OTC meds still missing, SIS shows ", P(s.guardians[0].email, "email"), " bouncing")
    js(L, {"createdDateTime": iso_utc(), "channel": "HC Nurses", "from": {"user": {"displayName": f"{n[0]} {n[1]}"}},
           "body": {"contentType": "text", "content": txt}, "id": str(R.randint(1728800000000, 1728899999999))})
    return [L]


def g_chat_noise():
    n = nurse()
    tick()
    L = Line("chat_json")
    js(L, {"createdDateTime": iso_utc(), "channel": "HC Nurses", "from": {"user": {"displayName": f"{n[0]} {n[1]}"}},
           "body": {"contentType": "text", "content": R.choice(["who has the key for cabinet B?", "flu clinic moved to Gym 2 at 3:30",
                                                               "Henry Schein order #PO-2024-1187 arrived, 2 boxes in back", "shift change 15:00, handoff in exam 1",
                                                               "printer HC-LJ-M404 jammed again, IT ticket INC0048211"])},
           "id": str(R.randint(1728800000000, 1728899999999))})
    return [L]


def g_mt():
    tick(1, 10)
    L = Line("mt_api")
    L.t(f"ts={iso_utc()} svc=mt-proxy provider=deepl req={uuid4()} src=en tgt={R.choice(['zh', 'ko', 'ja', 'es', 'fr', 'de', 'ru', 'ar', 'pt-BR', 'th', 'vi'])} "
        f"chars={R.randint(80, 900)} glossary=hc-terms-v7 latency_ms={R.randint(90, 900)} status=200 cache={R.choice(['hit', 'miss'])}")
    return [L]


def g_pay():
    s = stu()
    g = s.guardians[0]
    tick()
    L = Line("pay_json")
    ok = R.random() < 0.75
    if ok:
        pan = "**** **** **** " + str(R.randint(1000, 9999))
        o = {"ts": iso_utc(), "svc": "hc-billing", "event": "charge.succeeded", "charge": f"ch_{rid(24)}", "amount": R.choice([1500, 2500, 4500]),
             "currency": "usd", "student_account": P(s.acct, "account"), "card": pan, "payer_email": P(g.email, "email"),
             "description": R.choice(["Rx copay", "Flu clinic - non-covered", "Crutch rental"])}
    else:
        pan = luhn_make(R.choice(["4", "51", "37"]), 16)
        if R.random() < 0.4:
            pan = pan[:-1] + str((int(pan[-1]) + 3) % 10)  # junk: fails Luhn
        o = {"ts": iso_utc(), "svc": "hc-billing", "level": "error", "event": "charge.failed", "student_account": P(s.acct, "account"),
             "msg": M("raw card echoed by legacy form: ", P(pan, "account")), "code": "incorrect_number"}
    js(L, o)
    return [L]


GENS = [
    (g_sis_access, 5), (g_sis_sync, 3), (g_sis_batch, 4), (g_ehr_visit, 5), (g_ehr_admit, 2), (g_ehr_device, 1), (g_ehr_noise, 8),
    (g_hl7_adt, 2), (g_hl7_oru, 1.5), (g_mirth, 7), (g_emar, 6), (g_emar_hdr, 0.5), (g_cs_count, 2), (g_consent, 3), (g_consent_noise, 2),
    (g_fhir_imm, 3), (g_imm_fixed, 1.5), (g_impact, 2.5), (g_impact_noise, 1.5), (g_travel, 2), (g_sms, 4), (g_sms_status, 5),
    (g_postfix_to, 3), (g_syslog_noise, 15), (g_nginx_stu, 4), (g_nginx_noise, 12), (g_counsel, 2.5), (g_counsel_noise, 2),
    (g_pg, 2), (g_pg_noise, 4), (g_java, 1.2), (g_po, 3), (g_gate, 1.5), (g_gate_noise, 1), (g_kiosk, 1.2), (g_kiosk_noise, 1.5),
    (g_chat, 2), (g_chat_noise, 3), (g_pay, 1.5),
]
SINGLE_NOISE = [g_syslog_noise, g_nginx_noise, g_ehr_noise]


def main():
    N = 500
    lines = []
    noise = {g_sis_batch, g_ehr_noise, g_mirth, g_emar_hdr, g_cs_count, g_consent_noise, g_impact_noise, g_sms_status,
             g_syslog_noise, g_nginx_noise, g_counsel_noise, g_pg_noise, g_po, g_gate_noise, g_kiosk_noise, g_chat_noise}
    nf = [(g, w) for g, w in GENS if g in noise]
    pf = [(g, w) for g, w in GENS if g not in noise]
    while len(lines) < N:
        # keep the share of PHI-free lines near 55 %
        clean = sum(1 for x in lines if not x.spans)
        pool = nf if lines and clean / len(lines) < 0.55 else pf
        rec = R.choices([g for g, _ in pool], [w for _, w in pool])[0]()
        if len(lines) + len(rec) > N:
            rec = R.choice(SINGLE_NOISE)()
        lines.extend(rec)
    assert len(lines) == N
    with open("ri.log", "wb") as f, open("ri.labels.jsonl", "w", encoding="utf-8") as g:
        for i, L in enumerate(lines, 1):
            b = bytes(L.buf)
            text = b.decode("utf-8")
            if not text or "\n" in text or "\r" in text:
                raise SystemExit(f"line {i}: empty or contains newline")
            prev = 0
            spans = []
            for (s, e, cat, placed) in sorted(L.spans):
                if not (0 <= s < e <= len(b)):
                    raise SystemExit(f"line {i}: bad bounds {s},{e}")
                if s < prev:
                    raise SystemExit(f"line {i}: overlapping spans at {s}")
                if b[s:e].decode("utf-8") != placed:
                    raise SystemExit(f"line {i}: span {s}-{e} does not decode to {placed!r}")
                if cat not in VALID_CATS and not cat.startswith("_"):
                    raise SystemExit(f"line {i}: bad cat {cat}")
                prev = e
                spans.append({"s": s, "e": e, "cat": cat})
            f.write(b + b"\n")
            g.write(json.dumps({"line": i, "family": L.fam, "spans": spans}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
