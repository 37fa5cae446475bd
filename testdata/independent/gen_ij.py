#!/usr/bin/env python3
"""Synthetic labeled log corpus "ij": a hearing care / audiology retail chain
("HearWell Hearing Centers", fictional).

Writes ij.log (500 lines) and ij.labels.jsonl next to this script.
Standard library only, deterministic (fixed seed, fixed synthetic clock).
All people, numbers and identifiers are synthetic.

Formats: NOAH-like XML exports (single line and pretty-printed one element per
line), NoahServer .NET TraceSource log, tympanometry CSV (semicolon, English and
German headers), audiometer gateway syslog, fitting software log4net text,
fitting software Serilog CLEF JSON, iOS unified log / NSLog console, Android
logcat, remote-fitting signalling server pino JSON, cochlear implant
programming logs (3 vendors' styles), X12 270/271 segments (one per line and
one-line with ~), eligibility API JSON / python logging, POS key=value
(English and Spanish keys), financing application records, repair RMA CSV,
warranty lookups, carrier webhooks, SMS reminder sender (English/Spanish),
HL7 v2 SIU/ADT segments, postfix, Rails request log, helpdesk tickets,
clinical free-text notes, intake JSON, and infrastructure noise (nginx,
HAProxy, kubelet klog, PostgreSQL, Redis, cron, Prometheus/Alertmanager,
Windows event log, Jenkins, Java stack traces, config dumps, batch job stats).

Labeling decisions:
- Patients, hearing-aid clients, CI recipients, insurance members/subscribers,
  financing applicants, guarantors, relatives and emergency contacts are
  labeled. Audiologists, hearing instrument specialists, CSRs, other staff
  (names, usernames, pagers, work emails, NPIs), clinics, payers, lenders,
  carriers and vendors are never labeled.
- Names: the whole written form is one span ("Last, First", "LAST^FIRST^M",
  "J. Doe", lowercase forms); when first and last name sit in separate fields
  each field is its own span (X12 NM1 elements: last, first, middle each a
  span); an HL7 XPN value "LAST^FIRST^M" is one span. Initials alone count
  as name. BLE peripheral
  names that embed a patient's name ("Dolores's L Aid") label only the name part.
- Address: street line and city are separate "address" spans; the state is
  not labeled; ZIP / ZIP+4 is "zip". Clinic, lab and carrier-hub addresses are
  not labeled.
- Dates: birth dates, service/test dates, appointment dates and times' dates,
  implant/activation dates, purchase/fitting/warranty-expiry dates and repair
  received dates of a specific patient are labeled (also when equal to the log
  day, e.g. X12 DTP*291, Noah ActionDate). Log timestamps, machine audit fields
  (@t, time, createdAt, ISA/GS/BHT envelope dates), calibration dates of clinic
  equipment and build dates are not. The date part of an HL7 TS (yyyymmddhhmmss)
  is labeled as the whole TS value.
- Ages: only ages over 89 are labeled, number only ("92" in "92 y/o").
- MRN: chain patient numbers (HW…), NOAH PatientNo, CI clinic recipient IDs,
  scheduler patient_id.
- health_plan: member/subscriber IDs, Medicare MBIs, Medicaid IDs. Payer IDs,
  group numbers and plan names are not labeled.
- account: retail customer numbers, lender (financing) account numbers and
  full card numbers. Masked PANs showing only the last 4 digits are not labeled.
- other_id: NOAH PatientGUID, mobile-app usernames and user IDs of patients.
  Transaction-type numbers are NOT labeled: order/txn/receipt, RMA, ticket,
  appointment, financing application, message SIDs, room codes, trace/span IDs,
  carrier tracking numbers.
- device: serials of a patient's hearing aids, CI implants and sound
  processors, BLE MACs and CoreBluetooth peripheral UUIDs of those devices, the
  patient's phone IMEI. Serials of clinic equipment (audiometers,
  tympanometers, Noahlink programmers), model numbers and firmware versions
  are not labeled.
- ip: public IPs of patients' phones/browsers in remote-fitting and portal
  lines. Private/internal IPs, load balancers, mail relays are not labeled.
- url: per-patient links (SMS confirmation short links, portal links carrying
  the patient's id). Generic company URLs are not labeled.
- license: patient driver's licence numbers (ID checks, financing).
  vehicle: patient plates (parking validation). fax: patient home fax.
- biometric: voiceprint templates (base64 payload only). photo: base64 face
  images (the base64 payload only, not the "data:...;base64," prefix).
- phone/email: patient or relative contact data only; the chain's toll-free
  numbers, clinic phones and staff emails are not labeled.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import re
import string
import unicodedata

ID = "ij"
SEED = 2110421
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- builder
class B:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        if cat is None:
            return self.t(s)
        st = len(self.buf)
        self.buf += s.encode("utf-8")
        self.spans.append((st, len(self.buf), cat, s))
        return self

    def f(self, tmpl, **kw):
        parts = re.split(r"⟦(\w+)⟧", tmpl)
        for i, part in enumerate(parts):
            if i % 2 == 0:
                self.t(part)
            else:
                v = kw[part]
                if isinstance(v, tuple):
                    self.p(v[0], v[1])
                else:
                    self.t(str(v))
        return self

    def text(self):
        s = self.buf.decode("utf-8")
        assert "\n" not in s and "\r" not in s and s.strip(), repr(s)
        for st, e, cat, v in self.spans:
            assert self.buf[st:e].decode("utf-8") == v, (v, self.buf[st:e])
        return s


# ---------------------------------------------------------------- clock
_now = [dt.datetime(2024, 10, 14, 6, 52, 7, 118000)]
UTC_OFF = dt.timedelta(hours=5)
EPOCH = dt.datetime(1970, 1, 1)
TODAY = dt.date(2024, 10, 14)


def tick(lo=4, hi=95):
    _now[0] += dt.timedelta(seconds=R.randint(lo, hi), microseconds=R.randint(0, 999999))
    return _now[0]


def ms(t):
    return f"{t.microsecond // 1000:03d}"


def ts_l4n(t): return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)
def ts_utc(t): u = t + UTC_OFF; return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"
def ts_utc_us(t): u = t + UTC_OFF; return u.strftime("%Y-%m-%dT%H:%M:%S.%f") + "Z"
def ts_loc(t): return t.strftime("%Y-%m-%dT%H:%M:%S") + "-05:00"
def ts_sys(t): return f"{t:%b} {t.day:2d} {t:%H:%M:%S}"
def ts_ngx(t): return t.strftime("%d/%b/%Y:%H:%M:%S -0500")
def ts_cat(t): return t.strftime("%m-%d %H:%M:%S.") + ms(t)
def ts_ios(t): return t.strftime("%Y-%m-%d %H:%M:%S.%f") + "-0500"
def ts_klog(t, lvl="I"): return lvl + t.strftime("%m%d %H:%M:%S.%f")
def ts_epoch(t): return int(((t + UTC_OFF) - EPOCH).total_seconds() * 1000)
def ts_pg(t): return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t) + " CDT"
def ts_redis(t): return t.strftime("%d %b %Y %H:%M:%S.") + ms(t)
def ts_rails(t): return t.strftime("%Y-%m-%d %H:%M:%S -0500")
def ts_sp(t): return t.strftime("%Y-%m-%d %H:%M:%S")


# ---------------------------------------------------------------- pools
F_FIRST = ["Dolores", "Mildred", "María José", "Siobhán", "Fatima", "Ekaterina", "Zofia",
           "Ingrid", "Priya", "Leilani", "Amara", "Guadalupe", "Wen", "Camille", "Rosalind",
           "Thị Lan", "Hiroko", "Bernadette", "Aiyana", "Svetlana", "Margarethe", "Renée",
           "Yolanda", "Adaeze", "Mei-Ling", "Gertrude", "Ximena", "Aoife", "Opal", "Noor"]
M_FIRST = ["Harold", "Earl", "Jürgen", "Aarav", "Hiroshi", "Chidi", "Mateo", "Kwame", "Tomás",
           "Dmitri", "Yusuf", "Björn", "Oluwaseun", "Raymond", "Łukasz", "Seamus", "Giuseppe",
           "Tariq", "Kenji", "Desmond", "Anh", "Bartholomew", "José Luis", "Jean-Pierre",
           "Vikram", "Cornelius", "Ahmad", "Wendell", "Ignacio", "Lorenzo"]
LASTS = ["O'Brien", "van der Berg", "De la Cruz", "Nakamura", "Okonkwo", "Smith-Patel",
         "García-Márquez", "Kowalczyk", "Al-Farsi", "MacLeod", "Papadopoulos", "Nguyễn",
         "Haddad", "Schäfer", "St. John", "Lindqvist", "Abernathy", "Mbeki", "Rossi",
         "Yamamoto", "Fitzgerald", "Dubois", "Ivanova", "Chen", "Delgado", "Begay", "Kealoha",
         "Øverby", "Wiśniewski", "Ó Súilleabháin", "bin Rashid", "da Silva", "Hernández",
         "Johansson", "Kim", "Reyes-Ortiz", "Goldberg", "Adeyemi", "Volkov", "Tanaka",
         "McAllister", "Dlamini", "Pereira", "Ruiz", "Sørensen", "Le", "Castellanos",
         "Whitfield", "Ferreira", "Baptiste", "Yılmaz", "D'Angelo", "Morningstar"]
STREETS = ["Alder Creek Rd", "W Magnolia Ave", "N Kendall Dr", "Cedar Hollow Ln", "E 38th St",
           "Via Del Sol", "Old Mill Pkwy", "S Oracle Rd", "Lakeshore Blvd", "Pinecrest Ct",
           "Avenida Juárez", "Quail Run Dr", "NE Sandy Blvd", "Chestnut St", "Rue Beaulieu",
           "Harbor View Ter", "County Road 14", "Mockingbird Ln", "Kalanianaole Hwy",
           "Wren Hollow Way", "Bayshore Cir", "Indian School Rd", "Prairie Dunes Dr"]
UNITS = ["", "", "", "", " Apt 4B", " Unit 12", " #207", " Apt. 3", " Lot 18", " Ste 2"]
CITIES = [("Sacramento", "CA", "95822", ["916", "279"]), ("Tucson", "AZ", "85711", ["520"]),
          ("Dayton", "OH", "45419", ["937"]), ("Plano", "TX", "75023", ["972", "469"]),
          ("Boise", "ID", "83704", ["208"]), ("Naperville", "IL", "60540", ["630", "331"]),
          ("Asheville", "NC", "28803", ["828"]), ("Spokane", "WA", "99203", ["509"]),
          ("St. Petersburg", "FL", "33704", ["727"]), ("Albuquerque", "NM", "87110", ["505"]),
          ("Worcester", "MA", "01605", ["508", "774"]), ("Eau Claire", "WI", "54701", ["715"]),
          ("Lancaster", "PA", "17601", ["717"]), ("Hilo", "HI", "96720", ["808"]),
          ("Sioux Falls", "SD", "57105", ["605"]), ("Chula Vista", "CA", "91910", ["619"]),
          ("Fort Collins", "CO", "80525", ["970"]), ("Macon", "GA", "31204", ["478"]),
          ("Austin", "TX", "78745", ["512", "737"]), ("San Juan", "PR", "00926", ["787"])]
MAIL = ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "icloud.com", "outlook.com",
        "att.net", "hotmail.com", "sbcglobal.net", "protonmail.com", "verizon.net", "me.com"]
CLINICS = [("HW-0418", "Westlake", "Austin, TX 78746", "(512) 555-0110"),
           ("HW-0233", "Oracle Rd", "Tucson, AZ 85704", "(520) 555-0187"),
           ("HW-0107", "Midtown", "Sacramento, CA 95816", "(916) 555-0123"),
           ("HW-0552", "Eastgate", "Dayton, OH 45431", "(937) 555-0164"),
           ("HW-0611", "Otay Ranch", "Chula Vista, CA 91914", "(619) 555-0149"),
           ("HW-0720", "Hato Rey", "San Juan, PR 00918", "(787) 555-0102"),
           ("HW-0309", "Northside", "Naperville, IL 60563", "(630) 555-0171")]
STAFF = [("Dr. Kofi Osei, AuD", "kosei"), ("Rachel Lindholm, AuD", "rlindholm"),
         ("Jorge Moreno, HIS", "jmoreno"), ("Dr. Anjali Mehta, AuD", "amehta"),
         ("Meredith Cho, CCC-A", "mcho"), ("Tobias Brandvold, BC-HIS", "tbrandvold"),
         ("Dr. Nkechi Eze, AuD", "neze"), ("Sun-Hee Park, AuD", "spark"),
         ("Lucía Ferrer, HIS", "lferrer")]
BRANDS = {
    "Phonak": ["Audéo L90-R", "Audéo P70-R", "Naída P90-UP", "Slim L90"],
    "Oticon": ["Intent 1 miniRITE R", "Real 2 miniRITE T R", "More 1 BTE PP"],
    "ReSound": ["Nexia 9 RIE", "OMNIA 7 MRIE", "ONE 9 RIE"],
    "Signia": ["Pure Charge&Go 7IX", "Styletto 5AX", "Motion C&G 3X"],
    "Starkey": ["Genesis AI 24 mRIC R", "Evolv AI 2400 RIC"],
    "Widex": ["Moment Sheer 440 sRIC R D", "SmartRIC 330"],
}
PAYERS = [("UnitedHealthcare", "87726", "uhc"), ("Aetna", "60054", "aetna"),
          ("BCBS Texas", "84980", "bcbs"), ("Humana", "61101", "humana"),
          ("Cigna", "62308", "cigna"), ("Medicare Part B", "MCRJ", "mbi"),
          ("Medi-Cal", "MCDCA", "medicaid"), ("TRICARE East", "TREST", "tricare")]
IOS_MODELS = ["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPhone13,2", "iPhone12,8"]
AND_MODELS = ["SM-A536U", "SM-S918U", "Pixel 7a", "moto g play - 2023", "SM-G991U1"]
ALNUM = string.ascii_uppercase + string.digits
MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def rdig(n): return "".join(R.choice(string.digits) for _ in range(n))
def ralnum(n): return "".join(R.choice(ALNUM) for _ in range(n))
def rhex(n): return "".join(R.choice("0123456789abcdef") for _ in range(n))
def ruuid():
    h = rhex(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def ascii_of(s):
    s = s.replace("Ø", "O").replace("ø", "o").replace("Ł", "L").replace("ł", "l").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z]", "", s)


def luhn_complete(prefix, length):
    body = prefix + rdig(length - len(prefix) - 1)
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def fmt_date(d, style=None):
    style = style or R.choice(["iso", "us", "us_short", "ymd", "eu_dot", "long", "dmy_mon", "us_nopad", "dash_us"])
    if style == "iso": return d.strftime("%Y-%m-%d")
    if style == "us": return d.strftime("%m/%d/%Y")
    if style == "us_short": return f"{d.month}/{d.day}/{d:%y}"
    if style == "ymd": return d.strftime("%Y%m%d")
    if style == "eu_dot": return d.strftime("%d.%m.%Y")
    if style == "long": return f"{d:%B} {d.day}, {d.year}"
    if style == "dmy_mon": return f"{d.day:02d} {d:%b} {d.year}"
    if style == "us_nopad": return f"{d.month}/{d.day}/{d.year}"
    if style == "dash_us": return d.strftime("%m-%d-%Y")
    if style == "dmy_es": return d.strftime("%d/%m/%Y")
    raise ValueError(style)


def fmt_phone(a, e, n, style=None):
    style = style or R.choice(["paren", "dash", "plain", "e164", "dot", "plus_dash", "one_dash", "space"])
    return {"paren": f"({a}) {e}-{n}", "dash": f"{a}-{e}-{n}", "plain": f"{a}{e}{n}",
            "e164": f"+1{a}{e}{n}", "dot": f"{a}.{e}.{n}", "plus_dash": f"+1 {a}-{e}-{n}",
            "one_dash": f"1-{a}-{e}-{n}", "space": f"{a} {e} {n}"}[style]


def rand_date(y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(R.randint(a, b))


def future_date():
    return TODAY + dt.timedelta(days=R.randint(1, 70))


def public_ip():
    while True:
        a = R.choice([24, 47, 50, 66, 67, 68, 69, 70, 71, 72, 73, 75, 76, 97, 98, 99, 107, 108,
                      136, 162, 166, 172, 173, 174, 184, 199, 206, 208])
        b = R.randint(0, 255)
        if a == 172 and 16 <= b <= 31:
            continue
        return f"{a}.{b}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def public_ip6():
    return f"2600:{R.randint(0x1000, 0x1fff):x}:{R.randint(0, 0xffff):x}:{R.randint(0, 0xffff):x}::{R.randint(1, 0xffff):x}"


def priv_ip():
    return R.choice([f"10.20.{R.randint(0, 9)}.{R.randint(2, 250)}", f"10.64.{R.randint(0, 31)}.{R.randint(2, 250)}",
                     f"192.168.{R.choice([1, 10, 50])}.{R.randint(2, 250)}", f"172.20.{R.randint(0, 15)}.{R.randint(2, 250)}"])


def ha_serial(brand):
    if brand == "Phonak": return f"{R.randint(20, 24)}{R.randint(10, 52)}{R.choice(string.ascii_uppercase)}{ralnum(4)}"
    if brand == "Oticon": return f"{R.choice(string.ascii_uppercase)}{R.choice(string.ascii_uppercase)}{rdig(7)}"
    if brand == "ReSound": return rdig(10)
    if brand == "Signia": return f"{rdig(2)}{R.choice(string.ascii_uppercase)}{rdig(5)}"
    if brand == "Starkey": return rdig(8)
    return f"{rdig(4)}-{rdig(5)}"


def mac():
    oui = R.choice(["00:1A:7D", "D8:3B:DA", "E4:90:FD", "74:88:BB", "FC:58:FA", "0C:8B:95", "60:AB:D2"])
    return oui + ":" + ":".join(f"{R.randint(0, 255):02X}" for _ in range(3))


def member_id(kind):
    if kind == "uhc": return rdig(9)
    if kind == "aetna": return "W" + rdig(9)
    if kind == "bcbs": return R.choice(["XHB", "ZGP", "TXA", "YUB"]) + rdig(9)
    if kind == "humana": return "H" + rdig(8)
    if kind == "cigna": return "U" + rdig(8) + "01"
    if kind == "mbi":
        s = (str(R.randint(1, 9)) + R.choice(MBI_L) + R.choice(MBI_L + string.digits) + rdig(1) +
             R.choice(MBI_L) + R.choice(MBI_L + string.digits) + rdig(1) + R.choice(MBI_L) + R.choice(MBI_L) + rdig(2))
        return s if R.random() < 0.6 else f"{s[:4]}-{s[4:7]}-{s[7:]}"
    if kind == "medicaid": return rdig(8) + R.choice("ABCDEFGHJ")
    if kind == "tricare": return rdig(11)
    return rdig(10)


def ssn(fmt=None):
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g = R.randint(1, 99)
        s = R.randint(1, 9999)
        v = f"{a:03d}-{g:02d}-{s:04d}"
        if v in ("078-05-1120", "219-09-9999"):
            continue
        return v if (fmt or R.choice(["dash", "dash", "plain"])) == "dash" else v.replace("-", "")


def dl(st):
    if st == "CA": return "D" + rdig(7)
    if st == "TX": return rdig(8)
    if st == "AZ": return "D" + rdig(8)
    if st == "OH": return R.choice(string.ascii_uppercase) + R.choice(string.ascii_uppercase) + rdig(6)
    if st == "FL": return f"{R.choice(string.ascii_uppercase)}{rdig(3)}-{rdig(3)}-{rdig(2)}-{rdig(3)}-{rdig(1)}"
    if st == "IL": return f"{R.choice(string.ascii_uppercase)}{rdig(3)}-{rdig(4)}-{rdig(4)}"
    if st == "WA": return "WDL" + ralnum(9)
    return R.choice(string.ascii_uppercase) + rdig(8)


def plate():
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return R.choice([f"{R.randint(1, 9)}{''.join(R.choice(L) for _ in range(3))}{rdig(3)}",
                     f"{''.join(R.choice(L) for _ in range(3))}-{rdig(4)}",
                     f"{''.join(R.choice(L) for _ in range(3))} {rdig(4)}"])


def b64(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


def jpeg_b64():
    head = "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcU"
    return head + b64(R.randint(90, 150))


class Person:
    pass


def make_person():
    p = Person()
    p.sex = R.choice("FM")
    p.first = R.choice(F_FIRST if p.sex == "F" else M_FIRST)
    p.last = R.choice(LASTS)
    p.mi = R.choice("ABCDEFGHJKLMNPRSTW")
    k = R.random()
    if k < 0.16: p.dob = rand_date(1926, 1933)
    elif k < 0.70: p.dob = rand_date(1935, 1960)
    elif k < 0.86: p.dob = rand_date(1961, 1996)
    else: p.dob = rand_date(2012, 2021)
    p.age = TODAY.year - p.dob.year - ((TODAY.month, TODAY.day) < (p.dob.month, p.dob.day))
    p.city, p.st, z, areas = R.choice(CITIES)
    p.zip = z if R.random() < 0.8 else f"{z}-{rdig(4)}"
    p.street = f"{R.randint(12, 9890)} {R.choice(STREETS)}{R.choice(UNITS)}"
    p.ph = (R.choice(areas), str(R.randint(201, 989)), rdig(4))
    p.fax = (R.choice(areas), str(R.randint(201, 989)), rdig(4))
    a = ascii_of(p.first).lower()
    l = ascii_of(p.last).lower()
    p.email = R.choice([f"{a}.{l}{p.dob.year % 100:02d}", f"{a[0]}{l}", f"{a}_{l[0]}_{p.dob.year}",
                        f"{l}.{a}", f"{a}{l}{R.randint(1, 99)}", f"grandma.{a}" if p.sex == "F" else f"pop.{l}"]) + "@" + R.choice(MAIL)
    p.user = R.choice([f"{a}.{l[:1]}{p.dob.year % 100:02d}", f"{a[0]}{l}", f"{l}{a[:2]}{R.randint(1, 9)}", f"{a}_{l}"])
    p.userid = "usr_" + ralnum(10).lower()
    p.mrn = R.choice(["HW" + rdig(7), "HW-" + rdig(6), "00" + rdig(6)])
    p.noahno = str(R.randint(1200, 98000))
    p.guid = ruuid().upper() if R.random() < 0.5 else "{" + ruuid().upper() + "}"
    p.payer = R.choice(PAYERS)
    if p.age >= 65 and R.random() < 0.5:
        p.payer = PAYERS[5]
    p.member = member_id(p.payer[2])
    p.brand = R.choice(list(BRANDS))
    p.model = R.choice(BRANDS[p.brand])
    p.serL, p.serR = ha_serial(p.brand), ha_serial(p.brand)
    p.macL, p.macR = mac(), mac()
    p.bleL, p.bleR = ruuid().upper(), ruuid().upper()
    p.cust = "C-" + rdig(7)
    p.ssn = ssn()
    p.dl = dl(p.st)
    p.imei = luhn_complete(R.choice(["35", "86", "01"]) + rdig(6), 15)
    p.ip = public_ip() if R.random() < 0.85 else public_ip6()
    p.rel_first = R.choice(F_FIRST + M_FIRST)
    p.rel_last = p.last if R.random() < 0.6 else R.choice(LASTS)
    p.rel_kind = R.choice(["daughter", "son", "wife", "husband", "niece", "grandson", "caregiver"])
    p.rel_ph = (R.choice(areas), str(R.randint(201, 989)), rdig(4))
    p.ci_id = "R" + rdig(6)
    p.implant_sn = rdig(7)
    p.proc_sn = rdig(10)
    p.activation = dt.date.fromordinal(R.randint(max(p.dob.toordinal() + 300, dt.date(2008, 1, 1).toordinal()), TODAY.toordinal() - 20))
    p.purchase = TODAY - dt.timedelta(days=R.randint(40, 1300))
    return p


PEOPLE = [make_person() for _ in range(80)]


def pp(): return R.choice(PEOPLE)


def pp_old():
    # templates that print an age: favour the oldest clients (ages over 89 are PHI)
    return R.choice([x for x in PEOPLE if x.age > 89]) if R.random() < 0.6 else pp()
def staff(): return R.choice(STAFF)
def clinic(): return R.choice(CLINICS)
def N(v): return (v, "name")


def nm(p, style=None):
    style = style or R.choice(["fl", "lf", "LF", "low", "fil", "FL", "fml"])
    return {"fl": f"{p.first} {p.last}", "lf": f"{p.last}, {p.first}", "LF": f"{p.last.upper()}, {p.first.upper()}",
            "low": f"{p.first} {p.last}".lower(), "fil": f"{p.first[0]}. {p.last}", "FL": f"{p.first} {p.last}".upper(),
            "fml": f"{p.first} {p.mi}. {p.last}"}[style]


def rel_name(p):
    return R.choice([f"{p.rel_first} {p.rel_last}", f"{p.rel_last}, {p.rel_first}", p.rel_first])


def ph(p, style=None): return fmt_phone(*p.ph, style)


# ================================================================= PHI single-line generators
def g_noah_xml():
    p = pp(); t = tick(); b = B("noah_xml")
    b.t('<Patient xmlns="http://www.himsa.com/Measurement/PatientData/2.0">')
    b.t("<PatientGUID>").p(p.guid, "other_id").t("</PatientGUID>")
    if R.random() < 0.7: b.t("<PatientNo>").p(p.noahno, "mrn").t("</PatientNo>")
    b.t("<FirstName>").p(p.first, "name").t("</FirstName><LastName>").p(p.last, "name").t("</LastName>")
    b.t("<DateOfBirth>").p(p.dob.isoformat() + ("T00:00:00" if R.random() < 0.5 else ""), "date").t("</DateOfBirth>")
    b.t(f"<Gender>{1 if p.sex == 'M' else 2}</Gender>")
    if R.random() < 0.6:
        b.t("<Address1>").p(p.street, "address").t("</Address1><Address2/><City>").p(p.city, "address")
        b.t(f"</City><State>{p.st}</State><Zip>").p(p.zip, "zip").t("</Zip>")
    if R.random() < 0.6: b.t("<HomePhone>").p(ph(p), "phone").t("</HomePhone>")
    if R.random() < 0.25: b.t("<Fax>").p(fmt_phone(*p.fax), "fax").t("</Fax>")
    if R.random() < 0.3: b.t("<EMail>").p(p.email, "email").t("</EMail>")
    if R.random() < 0.2:
        b.t("<SocialSecurityNumber>").p(p.ssn, "ssn").t("</SocialSecurityNumber>")
    else:
        b.t("<SocialSecurityNumber/>")
    b.t(f"<CreatedDate>{ts_loc(t)}</CreatedDate></Patient>")
    return b


def g_noah_action_xml():
    p = pp(); t = tick(); b = B("noah_xml")
    s = staff()
    td = R.choice(["Audiogram", "Tympanogram", "Fitting", "REM", "Speech"])
    b.f('<Action ActionGUID="⟦a⟧" TypeOfData="⟦td⟧" DataFmtStd="500" Version="1"><PatientGUID>⟦g⟧</PatientGUID>'
        '<ActionDate>⟦d⟧</ActionDate><Description>⟦td⟧ (AC/BC), ⟦s⟧</Description><ModuleId>⟦mod⟧</ModuleId></Action>',
        a=ruuid().upper(), td=td, g=(p.guid, "other_id"), d=(t.strftime("%Y-%m-%dT%H:%M:%S"), "date"), s=s[0],
        mod=R.choice(["1092", "1210", "2064", "1001"]))
    return b


def g_noah_trace():
    p = pp(); t = tick(); b = B("noah_trace")
    s = staff()
    v = R.randint(0, 3)
    b.t(f"NoahServer.exe {'Warning' if v == 1 else 'Information'}: 0 : [{t:%Y-%m-%d %H:%M:%S}Z] ")
    if v == 0:
        b.f("Patient opened by HWCORP\\⟦u⟧ module=⟦m⟧ PatientNo=⟦n⟧ Name='⟦nm⟧'", u=s[1],
            m=R.choice(["Otosuite", "Phonak Target", "Genie 2", "Connexx", "Smart Fit"]), n=(p.noahno, "mrn"),
            nm=(f"{p.last}, {p.first}", "name"))
    elif v == 1:
        b.f("Duplicate patient candidate: '⟦nm⟧' born ⟦d⟧ matches PatientNo=⟦a⟧ and PatientNo=⟦c⟧ (merge suggested)",
            nm=N(nm(p, "fl")), d=(fmt_date(p.dob, R.choice(["us", "iso"])), "date"), a=(p.noahno, "mrn"),
            c=(str(int(p.noahno) + R.randint(3, 900)), "mrn"))
    elif v == 2:
        b.f("Journal entry saved PatientGUID=⟦g⟧ chars=⟦c⟧ author=⟦u⟧", g=(p.guid, "other_id"), c=R.randint(40, 900), u=s[1])
    else:
        b.f("Session transferred to remote seat HW-RF-0⟦k⟧ for patient ⟦nm⟧ (#⟦n⟧)", k=R.randint(1, 9),
            nm=N(nm(p, "FL")), n=(p.noahno, "mrn"))
    return b


def g_tymp_row(p=None, german=False):
    p = p or pp(); tick(); b = B("tymp_csv")
    ear = R.choice("RL")
    vals = f"{R.choice(['226', '226', '1000'])};{R.uniform(0.6, 1.9):.2f};{R.randint(-180, 20)};{R.uniform(0.1, 1.6):.2f};{R.randint(50, 140)};{R.choice(['A', 'A', 'As', 'Ad', 'B', 'C'])}"
    if german:
        b.f("⟦id⟧;⟦ln⟧;⟦fn⟧;⟦dob⟧;⟦td⟧;⟦e⟧;", id=(p.mrn, "mrn"), ln=N(p.last), fn=N(p.first),
            dob=(fmt_date(p.dob, "eu_dot"), "date"), td=(fmt_date(TODAY, "eu_dot"), "date"), e="R" if ear == "R" else "L")
        b.t(vals.replace(".", ","))
    else:
        b.f("⟦id⟧;⟦n⟧;⟦dob⟧;⟦td⟧;⟦e⟧;", id=(p.mrn, "mrn"), n=N(nm(p, R.choice(["LF", "lf"]))),
            dob=(fmt_date(p.dob, R.choice(["us", "iso"])), "date"), td=(fmt_date(TODAY, "us"), "date"), e=ear)
        b.t(vals)
    return b


def g_aud_syslog():
    p = pp(); t = tick(); b = B("aud_syslog")
    dev = R.choice([("AD629", "8302114"), ("AC440", "1140072"), ("Equinox 2.0", "EQ21-0931"), ("GSI AudioStar Pro", "AS1203377")])
    b.f("<134>⟦ts⟧ aud-gw-⟦g⟧ audlink[⟦pid⟧]: ⟦m⟧ sn=⟦sn⟧ upload ok session=⟦ses⟧ patient_ref=⟦mrn⟧ tones=⟦n⟧ speech=⟦sp⟧",
        ts=ts_sys(t), g=f"{R.randint(1, 9):02d}", pid=R.randint(1000, 9000), m=dev[0], sn=dev[1], ses=rhex(12),
        mrn=(p.mrn, "mrn"), n=R.randint(8, 22), sp=R.choice(["SRT,WRS", "WRS", "none", "QuickSIN"]))
    return b


def g_fit_l4n():
    p = pp_old(); t = tick(); b = B("fit_log4net")
    thr = R.randint(3, 40)
    b.t(f"{ts_l4n(t)} [{thr}] ")
    v = R.randint(0, 4)
    if v == 0:
        b.f("INFO  Target.Fitting.Session - Fitting session opened for client '⟦n⟧' (NOAH ⟦no⟧) by ⟦s⟧",
            n=N(nm(p, R.choice(["lf", "fl", "LF"]))), no=(p.noahno, "mrn"), s=staff()[1])
    elif v == 1:
        b.f("INFO  Target.Devices.Detection - Detected left: ⟦b⟧ ⟦m⟧ SN ⟦l⟧; right: ⟦b⟧ ⟦m⟧ SN ⟦r⟧ via Noahlink Wireless 2",
            b=p.brand, m=p.model, l=(p.serL, "device"), r=(p.serR, "device"))
    elif v == 2:
        g = lambda: "/".join(str(R.randint(5, 40)) for _ in range(4))
        b.f("INFO  Target.Fitting.Session - Saved: client=⟦no⟧ formula=⟦f⟧ L[gain@.5/1/2/4k=⟦gl⟧ MPO=⟦ml⟧] R[gain@.5/1/2/4k=⟦gr⟧ MPO=⟦mr⟧] acclim=⟦a⟧",
            no=(p.noahno, "mrn"), f=R.choice(["NAL-NL2", "DSL v5 Adult", "APD 2.0", "NAL-NL2 (tonal)"]), gl=g(), gr=g(),
            ml=R.randint(98, 118), mr=R.randint(98, 118), a=R.randint(1, 4))
    elif v == 3:
        side = R.choice([("left", p.serL), ("right", p.serR)])
        b.f("WARN  Target.Devices.Programming - Write failed on ⟦side⟧ instrument SN ⟦sn⟧ (HI_ERR_0x2C battery low) retry 1/3",
            side=side[0], sn=(side[1], "device"))
    else:
        b.f("INFO  Target.Fitting.Session - Client DOB ⟦d⟧ age ⟦a⟧ -> experience level 'first-time user', pediatric=⟦ped⟧",
            d=(fmt_date(p.dob, "us"), "date"), a=(str(p.age), "age" if p.age > 89 else None), ped=str(p.age < 18).lower())
    return b


def g_fit_clef():
    p = pp(); t = tick(); b = B("fit_clef")
    side = R.choice([("Left", p.serL), ("Right", p.serR)])
    v = R.randint(0, 2)
    if v == 0:
        b.f('{"@t":"⟦t⟧","@mt":"Instrument {Side} programmed","Side":"⟦side⟧","SerialNumber":"⟦sn⟧","PatientId":"⟦g⟧","Program":"P1 General","Rationale":"⟦r⟧","FirmwareVersion":"⟦fw⟧","SourceContext":"Genie.Fitting.Writer"}',
            t=ts_utc_us(t), side=side[0], sn=(side[1], "device"), g=(p.guid.strip("{}"), "other_id"),
            r=R.choice(["VAC+", "NAL-NL2", "DSL v5.0a"]), fw=f"{R.randint(1, 9)}.{R.randint(0, 9)}.{R.randint(0, 30)}")
    elif v == 1:
        b.f('{"@t":"⟦t⟧","@mt":"Feedback analysis done for {Client} {Side}: margin {Margin} dB","Client":"⟦n⟧","Side":"⟦side⟧","Margin":⟦m⟧,"InstrumentSerial":"⟦sn⟧","SourceContext":"Genie.Feedback"}',
            t=ts_utc_us(t), n=N(nm(p, "fl")), side=side[0], m=R.randint(4, 18), sn=(side[1], "device"))
    else:
        b.f('{"@t":"⟦t⟧","@mt":"Pairing {Mac} bound to client record {ClientNo}","@l":"Debug","Mac":"⟦mac⟧","ClientNo":"⟦no⟧","SourceContext":"Connexx.Wireless"}',
            t=ts_utc_us(t), mac=(R.choice([p.macL, p.macR]), "device"), no=(p.mrn, "mrn"))
    return b


def g_ios():
    p = pp(); t = tick(); b = B("ios_log")
    pid = R.randint(800, 3999)
    if R.random() < 0.5:
        b.t(f"{ts_ios(t)} 0x{R.randint(0x10000, 0xfffff):x}  Default     0x0                  {pid}   0    HearWell: ")
    else:
        b.t(f"{ts_ios(t)} HearWell[{pid}:{R.randint(20000, 90000)}] ")
    v = R.randint(0, 6)
    if v == 0:
        side = R.choice([("L", p.bleL), ("R", p.bleR)])
        b.t('[BLE] didConnectPeripheral name="').p(p.first, "name").f("'s ⟦s⟧ Aid\" identifier=⟦u⟧ rssi=-⟦r⟧",
                                                                         s=side[0], u=(side[1], "device"), r=R.randint(40, 88))
    elif v == 1:
        b.f("[Auth] signInWithPassword succeeded user=⟦u⟧ mfa=⟦m⟧", u=(p.user, "other_id"), m=R.choice(["sms", "none", "totp"]))
    elif v == 2:
        b.f('[Profile] PATCH /v1/me body={"dateOfBirth":"⟦d⟧","mobile":"⟦ph⟧","zip":"⟦z⟧"} -> 200',
            d=(p.dob.isoformat(), "date"), ph=(ph(p, "e164"), "phone"), z=(p.zip[:5], "zip"))
    elif v == 3:
        b.f("[Voice] enrollment complete userId=⟦u⟧ voiceprint=⟦vp⟧", u=(p.userid, "other_id"), vp=(b64(R.randint(48, 72)), "biometric"))
    elif v == 4:
        b.f("[RemoteFit] joining session code=⟦c⟧ as ⟦n⟧ (⟦e⟧)", c=ralnum(6), n=N(nm(p, "fl")), e=(p.email, "email"))
    elif v == 5:
        b.f("[MFi] hearing device paired: ⟦b⟧ ⟦m⟧ serials L=⟦l⟧ R=⟦r⟧", b=p.brand, m=p.model, l=(p.serL, "device"), r=(p.serR, "device"))
    else:
        b.f("[Crashlytics] setUserID(⟦u⟧) setCustomValue(⟦e⟧ forKey: email)", u=(p.userid, "other_id"), e=(p.email, "email"))
    return b


def g_android():
    p = pp(); t = tick(); b = B("logcat")
    pid = R.randint(2000, 30000)
    b.t(f"{ts_cat(t)} {pid:5d} {pid + R.randint(1, 60):5d} ")
    v = R.randint(0, 6)
    if v == 0:
        b.f("I BluetoothGatt: connect() - device: ⟦m⟧, auto: false", m=(R.choice([p.macL, p.macR]), "device"))
    elif v == 1:
        b.f("D HearWellRF: bonded ⟦b⟧ \"⟦ln⟧ R\" addr=⟦m⟧ bondState=12", b=p.brand, ln=N(p.last), m=(p.macR, "device"))
    elif v == 2:
        b.f("I HearWellAuth: login ok email=⟦e⟧ uid=⟦u⟧", e=(p.email, "email"), u=(p.userid, "other_id"))
    elif v == 3:
        b.f("I DeviceInfo: imei=⟦i⟧ model=⟦m⟧ sdk=⟦s⟧", i=(p.imei, "device"), m=R.choice(AND_MODELS), s=R.choice([31, 33, 34]))
    elif v == 4:
        b.f("D ProfileUpload: avatar base64=⟦b⟧ (len ⟦l⟧) user=⟦u⟧", b=(jpeg_b64(), "photo"), l=R.randint(14000, 40000), u=(p.user, "other_id"))
    elif v == 5:
        b.f("W RemoteFitSession: audio route lost during session for ⟦n⟧, hearing aids ⟦l⟧/⟦r⟧ switching to ASHA",
            n=N(nm(p, "fil")), l=(p.macL, "device"), r=(p.macR, "device"))
    else:
        b.f("I ReminderSync: next appt ⟦d⟧ 10:30 clinic=⟦c⟧ patient=⟦m⟧", d=(future_date().isoformat(), "date"), c=clinic()[0], m=(p.mrn, "mrn"))
    return b


def g_rf_pino():
    p = pp(); t = tick(); b = B("rf_pino")
    b.f('{"level":⟦lv⟧,"time":⟦tm⟧,"pid":⟦pid⟧,"hostname":"rf-signal-⟦h⟧","reqId":"req-⟦r⟧","room":"rf-⟦room⟧",',
        lv=R.choice([30, 30, 40]), tm=ts_epoch(t), pid=R.randint(20, 90), h=rhex(5), r=rhex(4), room=ralnum(5))
    v = R.randint(0, 2)
    if v == 0:
        b.f('"msg":"participant joined","role":"patient","userId":"⟦u⟧","ip":"⟦ip⟧","ua":"⟦ua⟧"}',
            u=(p.userid, "other_id"), ip=(p.ip, "ip"),
            ua=R.choice([f"HearWell/3.8.{R.randint(0, 4)} (iPhone; iOS 17.6.1)", f"HearWell/3.8.{R.randint(0, 4)} (Android 14; {R.choice(AND_MODELS)})"]))
    elif v == 1:
        b.f('"msg":"ICE failed, falling back to TURN","clientIp":"⟦ip⟧","turn":"turn-use1.hearwellcare.com:3478"}', ip=(p.ip, "ip"))
    else:
        b.f('"msg":"clinician pushed fitting","clinician":"⟦s⟧","patientName":"⟦n⟧","devices":["⟦l⟧","⟦r⟧"],"bytes":⟦by⟧}',
            s=staff()[1], n=N(nm(p, "fl")), l=(p.serL, "device"), r=(p.serR, "device"), by=R.randint(2000, 19000))
    return b


def g_ci():
    p = pp_old(); t = tick(); b = B("ci_prog")
    v = R.randint(0, 4)
    if v == 0:
        b.f("[⟦ts⟧] INFO  [Programming] Recipient loaded: ⟦n⟧ | DOB ⟦d⟧ | Implant CI632 S/N ⟦sn⟧ (⟦s⟧) | activated ⟦a⟧",
            ts=ts_sp(t) + "." + ms(t), n=N(nm(p, "LF")), d=(fmt_date(p.dob, "dmy_mon"), "date"), sn=(p.implant_sn, "device"),
            s=R.choice("LR"), a=(fmt_date(p.activation, "dmy_mon"), "date"))
    elif v == 1:
        b.f("[⟦ts⟧] INFO  [Hardware] Sound processor CP1110 S/N ⟦sn⟧ linked to recipient ⟦rid⟧",
            ts=ts_sp(t) + "." + ms(t), sn=(p.proc_sn, "device"), rid=(p.ci_id, "mrn"))
    elif v == 2:
        b.f("⟦ts⟧ | MAESTRO 9.0.2 | Patient: ⟦n⟧ (⟦dob⟧) | Implant: SYNCHRONY 2 Mi1250 FLEX28, SN ⟦sn⟧ | Audio processor: SONNET 2, SN ⟦ps⟧",
            ts=ts_sp(t), n=N(nm(p, "lf")), dob=(fmt_date(p.dob, "eu_dot"), "date"), sn=(p.implant_sn, "device"), ps=(p.proc_sn, "device"))
    elif v == 3:
        b.f("SoundWave3 ⟦ts⟧ INF Program slot 2 written to Naída CI M90 s/n ⟦ps⟧ for ⟦n⟧, patient id ⟦rid⟧",
            ts=ts_sp(t), ps=(p.proc_sn, "device"), n=N(nm(p, "fml")), rid=(p.ci_id, "mrn"))
    else:
        s = staff()
        b.f("[⟦ts⟧] INFO  [Clinic] Session note by ⟦s⟧: ⟦n⟧, ⟦age⟧ y/o, CI ⟦side⟧ activated ⟦a⟧; ⟦rk⟧ ⟦rel⟧ present; MAP 3 '⟦mp⟧' saved",
            ts=ts_sp(t) + "." + ms(t), s=s[0], n=N(nm(p, "fl")), age=(str(p.age), "age" if p.age > 89 else None),
            side=R.choice(["left", "right", "bilateral"]), a=(fmt_date(p.activation, "us"), "date"), rel=N(rel_name(p)),
            rk="parent" if p.age < 18 else p.rel_kind, mp="School" if p.age < 18 else "Everyday")
    return b


def g_benefit_json():
    p = pp(); t = tick(); b = B("elig_json")
    b.f('{"timestamp":"⟦t⟧","level":"INFO","logger":"eligibility.client","payer":"⟦py⟧","payerId":"⟦pid⟧",'
        '"request":{"memberId":"⟦m⟧","firstName":"⟦fn⟧","lastName":"⟦ln⟧","dateOfBirth":"⟦d⟧"},'
        '"response":{"status":"⟦st⟧","hearingAidBenefit":{"allowance":⟦al⟧,"periodMonths":⟦pm⟧,"used":⟦u⟧},"groupNumber":"⟦gn⟧"},"latencyMs":⟦lat⟧}',
        t=ts_utc(t), py=p.payer[0], pid=p.payer[1], m=(p.member, "health_plan"), fn=N(p.first), ln=N(p.last),
        d=(fmt_date(p.dob, "us"), "date"), st=R.choice(["active", "active", "inactive"]), al=R.choice([500, 1000, 1500, 2000, 2500, 3000]),
        pm=R.choice([12, 24, 36, 60]), u=R.choice([0, 0, 750]), gn=R.choice(["0718293", "G-55120", "HW2024EMP", "000412"]), lat=R.randint(300, 4200))
    return b


def g_benefit_py():
    p = pp(); t = tick(); b = B("elig_pylog")
    v = R.randint(0, 2)
    if v == 0:
        b.f("⟦ts⟧ WARNING eligibility.client: member not found payer=⟦py⟧ member_id=⟦m⟧ dob=⟦d⟧ last_name=⟦ln⟧",
            ts=ts_l4n(t), py=p.payer[0], m=(p.member, "health_plan"), d=(fmt_date(p.dob, "ymd"), "date"), ln=N(p.last.upper()))
    elif v == 1:
        mbi = member_id("mbi")
        b.f("⟦ts⟧ INFO eligibility.medicare: HETS 271 ok mbi=⟦m⟧ part_b=active deductible_met=⟦dm⟧ beneficiary=⟦n⟧",
            ts=ts_l4n(t), m=(mbi, "health_plan"), dm=R.choice(["true", "false"]), n=N(nm(p, "LF")))
    else:
        b.f("⟦ts⟧ ERROR eligibility.worker: subscriber mismatch for dependent ⟦n⟧: subscriber=⟦s⟧ id=⟦m⟧ relationship=⟦r⟧",
            ts=ts_l4n(t), n=N(nm(p, "fl")), s=N(rel_name(p)), m=(p.member, "health_plan"), r=R.choice(["19", "01", "G8"]))
    return b


def g_pos():
    p = pp(); t = tick(); b = B("pos_kv")
    c = clinic()
    es = c[0] == "HW-0720" or R.random() < 0.12
    b.f("⟦ts⟧ pos[store=⟦st⟧ reg=0⟦r⟧] ", ts=ts_loc(t), st=c[0][3:], r=R.randint(1, 4))
    v = R.randint(0, 4)
    if v == 0:
        tot = R.choice(["5998.00", "3499.00", "4790.00", "189.00", "2398.00"])
        if es:
            b.f('INFO txn=S-⟦tx⟧ tipo=VENTA cliente="⟦n⟧" num_cliente=⟦c⟧ total=⟦tot⟧ tarjeta=************⟦l4⟧ aut=⟦a⟧',
                tx=rdig(6), n=N(nm(p, "fl")), c=(p.cust, "account"), tot=tot, l4=rdig(4), a=ralnum(6))
        else:
            b.f('INFO txn=S-⟦tx⟧ type=SALE customer="⟦n⟧" cust_no=⟦c⟧ items=2 sku=HW-RIC-P90,HW-CHG-01 subtotal=⟦tot⟧ tender=CARD brand=⟦br⟧ pan=************⟦l4⟧ auth=⟦a⟧',
                tx=rdig(6), n=N(nm(p, R.choice(["lf", "fl"]))), c=(p.cust, "account"), tot=tot, br=R.choice(["VISA", "MC", "AMEX", "DISC"]), l4=rdig(4), a=ralnum(6))
    elif v == 1:
        card = R.choice([luhn_complete("4", 16), luhn_complete("5" + str(R.randint(1, 5)), 16), luhn_complete(R.choice(["34", "37"]), 15)])
        b.f("ERROR tokenization failed (gateway 502), raw entry logged: pan=⟦c⟧ exp=⟦e⟧ cust_no=⟦cn⟧", c=(card, "account"),
            e=f"{R.randint(1, 12):02d}/{R.randint(25, 30)}", cn=(p.cust, "account"))
    elif v == 2:
        b.f("INFO parking.validate plate=⟦pl⟧ customer=⟦c⟧ validated=2h lot=B", pl=(plate(), "vehicle"), c=(p.cust, "account"))
    elif v == 3:
        b.f("INFO id_check type=DL state=⟦s⟧ number=⟦d⟧ name_match=true dob=⟦dob⟧ purpose=financing", s=p.st, d=(p.dl, "license"),
            dob=(fmt_date(p.dob, "ymd"), "date"))
    else:
        if es:
            b.f('INFO devolucion txn=R-⟦tx⟧ cliente="⟦n⟧" fecha_nac=⟦d⟧ tel=⟦ph⟧ motivo="periodo de prueba 45 dias"',
                tx=rdig(6), n=N(nm(p, "fl")), d=(fmt_date(p.dob, "dmy_es"), "date"), ph=(ph(p), "phone"))
        else:
            b.f('INFO return txn=R-⟦tx⟧ customer="⟦n⟧" reason="45-day trial" serials=⟦l⟧,⟦r⟧ refund=⟦amt⟧',
                tx=rdig(6), n=N(nm(p, "fl")), l=(p.serL, "device"), r=(p.serR, "device"), amt=R.choice(["5998.00", "4790.00"]))
    return b


def g_fin():
    p = pp(); t = tick(); b = B("fin_app")
    v = R.randint(0, 2)
    if v == 0:
        b.f('⟦ts⟧ fin.app submit app_id=FA-⟦a⟧ lender=CareCredit applicant.first=⟦fn⟧ applicant.last=⟦ln⟧ ssn=⟦s⟧ dob=⟦d⟧ '
            'annual_income=⟦inc⟧ housing=⟦h⟧ phone=⟦ph⟧ addr="⟦st⟧, ⟦c⟧, ⟦sta⟧ ⟦z⟧"',
            ts=ts_l4n(t), a=ralnum(6), fn=N(p.first), ln=N(p.last), s=(p.ssn, "ssn"), d=(fmt_date(p.dob, "iso"), "date"),
            inc=R.choice([18000, 24000, 36500, 48000, 61000, 92000]), h=R.choice(["OWN", "RENT", "OTHER"]), ph=(ph(p, "plain"), "phone"),
            st=(p.street, "address"), c=(p.city, "address"), sta=p.st, z=(p.zip, "zip"))
    elif v == 1:
        b.f("⟦ts⟧ fin.app decision app_id=FA-⟦a⟧ status=APPROVED credit_line=⟦cl⟧ promo=24M_DEFERRED acct=⟦ac⟧",
            ts=ts_l4n(t), a=ralnum(6), cl=R.choice([3000, 5000, 6000, 8000]), ac=(luhn_complete("6019", 16), "account"))
    else:
        b.f('{"ts":"⟦t⟧","svc":"financing","event":"application.created","lender":"Allegro","applicant":{"name":"⟦n⟧","dob":"⟦d⟧",'
            '"ssnLast4":"⟦s4⟧","email":"⟦e⟧","driversLicense":{"state":"⟦st⟧","number":"⟦dl⟧"}},"amount":⟦amt⟧}',
            t=ts_utc(t), n=N(nm(p, "fl")), d=(fmt_date(p.dob, "us"), "date"), s4=p.ssn[-4:], e=(p.email, "email"),
            st=p.st, dl=(p.dl, "license"), amt=R.choice([2398, 4790, 5998]))
    return b


def g_rma_row(p=None):
    p = p or pp(); tick(); b = B("rma_csv")
    side = R.choice([("L", p.serL), ("R", p.serR)])
    rcv = TODAY - dt.timedelta(days=R.randint(0, 9))
    b.f('RMA-24-⟦r⟧,⟦d⟧,"⟦n⟧",⟦st⟧,⟦c⟧,⟦sta⟧,⟦z⟧,⟦b⟧ ⟦m⟧,⟦sn⟧,⟦side⟧,⟦iss⟧,⟦car⟧,⟦tr⟧,⟦stt⟧',
        r=rdig(5), d=(rcv.isoformat(), "date"), n=N(nm(p, "lf")), st=(p.street.replace(",", ""), "address"), c=(p.city, "address"),
        sta=p.st, z=(p.zip, "zip"), b=p.brand, m=p.model, sn=(side[1], "device"), side=side[0],
        iss=R.choice(["No sound", "Intermittent", "Receiver replacement", "Cracked shell", "Won't charge", "Feedback"]),
        car=R.choice(["UPS", "FedEx", "USPS"]), tr=R.choice(["1Z" + ralnum(16), rdig(12), "9400" + rdig(18)]),
        stt=R.choice(["RECEIVED", "IN_REPAIR", "SHIPPED", "AWAITING_PARTS"]))
    return b


def g_warranty():
    p = pp(); t = tick(); b = B("warranty")
    side = R.choice([p.serL, p.serR])
    exp = p.purchase + dt.timedelta(days=365 * R.choice([1, 2, 3]))
    b.f("⟦ts⟧ [warranty-svc] lookup serial=⟦sn⟧ brand=⟦b⟧ purchased=⟦pd⟧ expires=⟦ex⟧ status=⟦s⟧ owner_ref=⟦m⟧ loss_damage_claims=⟦c⟧",
        ts=ts_utc(t), sn=(side, "device"), b=p.brand, pd=(p.purchase.isoformat(), "date"), ex=(exp.isoformat(), "date"),
        s="IN_WARRANTY" if exp > TODAY else "EXPIRED", m=(p.mrn, "mrn"), c=R.randint(0, 1))
    return b


def g_sms():
    p = pp(); t = tick(); b = B("sms_reminder")
    c = clinic()
    d = future_date()
    sid = "SM" + rhex(32)
    es = c[0] == "HW-0720" or R.random() < 0.15
    b.f('⟦ts⟧ INFO reminders.sender: twilio message queued sid=⟦sid⟧ to=⟦to⟧ from=+18885550142 body="', ts=ts_l4n(t), sid=sid, to=(ph(p, "e164"), "phone"))
    hr = R.choice(["9:00 AM", "10:30 AM", "1:15 PM", "2:30 PM", "4:00 PM"])
    link = "https://hwl.care/c/" + "".join(R.choice(string.ascii_letters + string.digits) for _ in range(7))
    if es:
        b.f("Hola ⟦f⟧, le recordamos su cita de audiología el ⟦d⟧ a las ⟦h⟧ en HearWell ⟦cl⟧. Responda C para confirmar o R para cambiarla. ⟦u⟧\"",
            f=N(p.first), d=(fmt_date(d, "dmy_es"), "date"), h=hr.replace(" AM", " a. m.").replace(" PM", " p. m."), cl=c[1], u=(link, "url"))
    else:
        dd = R.choice([f"{d:%a} {d.month}/{d.day}", f"{d:%A}, {d:%B} {d.day}", f"{d.month}/{d.day}/{d:%y}"])
        b.f("Hi ⟦f⟧, this is HearWell ⟦cl⟧: reminder of your ⟦what⟧ on ⟦d⟧ at ⟦h⟧. Reply C to confirm or R to reschedule. ⟦u⟧\"",
            f=N(p.first), cl=c[1], what=R.choice(["hearing aid check", "hearing evaluation", "clean & check", "CI mapping appointment", "fitting follow-up"]),
            d=(dd, "date"), h=hr, u=(link, "url"))
    return b


def g_sms_inbound():
    p = pp(); t = tick(); b = B("sms_reminder")
    v = R.randint(0, 2)
    b.f("⟦ts⟧ INFO reminders.inbound: from=⟦f⟧ ", ts=ts_l4n(t), f=(ph(p, "e164"), "phone"))
    if v == 0:
        b.f('body="C" matched appt_id=A-⟦a⟧ -> CONFIRMED', a=rdig(6))
    elif v == 1:
        b.t('body="').f("cant make it ⟦day⟧, my ⟦rk⟧ ⟦rn⟧ has surgery. pls call me at ⟦ph⟧ thx\" -> routed to front desk",
                         day=R.choice(["thursday", "tmrw", "friday"]), rk=p.rel_kind, rn=N(p.rel_first), ph=(fmt_phone(*p.ph, R.choice(["space", "dash", "plain"])), "phone"))
    else:
        b.f('body="STOP" -> opted out, patient=⟦m⟧', m=(p.mrn, "mrn"))
    return b


def g_postfix():
    p = pp(); t = tick(); b = B("postfix")
    b.f("⟦ts⟧ mx-0⟦n⟧ postfix/smtp[⟦pid⟧]: ⟦q⟧: to=<⟦e⟧>, relay=⟦rel⟧, delay=⟦d⟧, delays=0.1/0/0.4/0.7, dsn=⟦dsn⟧, status=⟦st⟧",
        ts=ts_sys(t), n=R.randint(1, 3), pid=R.randint(2000, 30000), q=rhex(10).upper(), e=(p.email, "email"),
        rel=R.choice(["gmail-smtp-in.l.google.com[142.250.114.27]:25", "mx-aol.mail.gm0.yahoodns.net[67.195.204.72]:25",
                      "mx1.comcast.net[96.114.157.80]:25", "icloud.com.mx.cloudflare.net[17.57.154.6]:25"]),
        d=f"{R.uniform(0.3, 4):.1f}", dsn=R.choice(["2.0.0", "2.0.0", "5.1.1"]), st=R.choice(["sent (250 2.0.0 OK)", "sent (250 ok)", "bounced (550 5.1.1 user unknown)"]))
    return b


def g_rails_params():
    p = pp(); t = tick(); b = B("rails")
    d = future_date()
    b.f('  Parameters: {"appointment"=>{"patient_id"=>"⟦m⟧", "starts_at"=>"⟦d⟧ ⟦h⟧", "reason"=>"⟦r⟧", "notes"=>"⟦nt⟧"}, "clinic_id"=>"⟦c⟧"}',
        m=(p.mrn, "mrn"), d=(d.isoformat(), "date"), h=R.choice(["09:00", "10:30", "14:30", "15:45"]),
        r=R.choice(["HA check", "Annual audiogram", "Tinnitus consult", "Earmold impression"]),
        nt=R.choice(["[FILTERED]", "pt prefers PM", "bring both aids", "needs interpreter (Tagalog)"]), c=clinic()[0][3:])
    return b


def g_ticket():
    p = pp_old(); t = tick(); b = B("helpdesk")
    side = R.choice([("left", p.serL), ("right", p.serR)])
    v = R.randint(0, 2)
    if v == 0:
        b.f('⟦ts⟧ zendesk ticket #⟦id⟧ created via email requester="⟦n⟧" <⟦e⟧> subject="⟦side⟧ aid stopped working" body="Hi, my ⟦side⟧ hearing aid (serial ⟦sn⟧) stopped working after I dropped it. I bought it on ⟦pd⟧ at your ⟦c⟧ store. My phone is ⟦ph⟧."',
            ts=ts_utc(t), id=R.randint(40000, 59999), n=N(nm(p, "fl")), e=(p.email, "email"), side=side[0], sn=(side[1], "device"),
            pd=(fmt_date(p.purchase, "long"), "date"), c=(p.city, "address"), ph=(ph(p), "phone"))
    elif v == 1:
        s = staff()
        b.f("⟦ts⟧ zendesk comment ticket #⟦id⟧ author=⟦s⟧ public=false: spoke w/ pt's ⟦rk⟧ ⟦rn⟧ (POA) re: balance; pt is ⟦age⟧ and HOH, prefers calls to ⟦rk⟧ at ⟦ph⟧",
            ts=ts_utc(t), id=R.randint(40000, 59999), s=s[1], rk=p.rel_kind, rn=N(rel_name(p)),
            age=(str(p.age), "age" if p.age > 89 else None), ph=(fmt_phone(*p.rel_ph), "phone"))
    else:
        b.f('⟦ts⟧ freshdesk ticket=⟦id⟧ channel=portal contact="⟦n⟧" portal_url=⟦u⟧ msg="App keeps asking me to re-pair. Phone IMEI ⟦im⟧ if that helps."',
            ts=ts_utc(t), id=R.randint(100000, 199999), n=N(nm(p, "low")),
            u=(f"https://my.hearwellcare.com/patients/{p.mrn}/devices", "url"), im=(p.imei, "device"))
    return b


def g_note():
    p = pp_old(); t = tick(); b = B("clin_note")
    s = staff()
    age_lab = "age" if p.age > 89 else None
    v = R.randint(0, 2)
    if v == 0:
        b.f("note_id=N-⟦id⟧ author=\"⟦s⟧\" pt=\"⟦n⟧\" mrn=⟦m⟧ text=\"⟦a⟧ yo ⟦sx⟧ presents w/ ⟦rk⟧ (⟦rn⟧) for annual eval; bilat SNHL mod-sev, WRS R ⟦w1⟧% L ⟦w2⟧%. Recommend RIC w/ telecoil. RTC ⟦d⟧.\"",
            id=rdig(6), s=s[0], n=N(nm(p, "lf")), m=(p.mrn, "mrn"), a=(str(p.age), age_lab), sx=p.sex, rk=p.rel_kind, rn=N(rel_name(p)),
            w1=R.randint(40, 96), w2=R.randint(40, 96), d=(fmt_date(future_date(), "us_short"), "date"))
    elif v == 1:
        b.f("[EHR] ⟦ts⟧ progress note signed by ⟦s⟧ — Pt ⟦n⟧ (DOB ⟦d⟧) reports tinnitus L>R since ⟦on⟧; TEOAE absent L; referred ENT. Emergency contact ⟦rn⟧ ⟦ph⟧.",
            ts=ts_sp(t), s=s[0], n=N(nm(p, R.choice(["fl", "fml"]))), d=(fmt_date(p.dob), "date"), on=(fmt_date(TODAY - dt.timedelta(days=R.randint(20, 400)), "long"), "date"),
            rn=N(rel_name(p)), ph=(fmt_phone(*p.rel_ph), "phone"))
    else:
        b.f("intake ⟦ts⟧ {\"patient\":{\"name\":\"⟦n⟧\",\"age\":⟦a⟧,\"homePhone\":\"⟦ph⟧\",\"homeFax\":\"⟦fx⟧\",\"address\":{\"line1\":\"⟦st⟧\",\"city\":\"⟦c⟧\",\"state\":\"⟦sta⟧\",\"postalCode\":\"⟦z⟧\"}},\"referredBy\":\"Dr. Paul Whitcombe (ENT)\",\"preferredLanguage\":\"⟦l⟧\"}",
            ts=ts_loc(t), n=N(nm(p, "fl")), a=(str(p.age), age_lab), ph=(ph(p), "phone"), fx=(fmt_phone(*p.fax), "fax"),
            st=(p.street, "address"), c=(p.city, "address"), sta=p.st, z=(p.zip, "zip"), l=R.choice(["en", "es", "vi", "pl", "ko"]))
    return b


def g_nginx_portal():
    p = pp(); t = tick(); b = B("nginx")
    b.f('⟦ip⟧ - - [⟦ts⟧] "GET /api/v2/patients/⟦m⟧/audiograms?latest=1 HTTP/2.0" 200 ⟦sz⟧ "https://my.hearwellcare.com/" "⟦ua⟧" ⟦rt⟧',
        ip=(p.ip, "ip"), ts=ts_ngx(t), m=(p.mrn, "mrn"), sz=R.randint(900, 9000),
        ua=R.choice(["Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/129.0.0.0", "HearWell/3.8.2 CFNetwork/1496.0.7 Darwin/23.5.0"]),
        rt=f"{R.uniform(0.01, 0.9):.3f}")
    return b


def g_photo():
    p = pp(); t = tick(); b = B("portal_json")
    if R.random() < 0.5:
        b.f('{"ts":"⟦t⟧","svc":"portal-api","event":"profile.photo.updated","patientId":"⟦m⟧","mime":"image/jpeg","image":"data:image/jpeg;base64,⟦img⟧","bytes":⟦n⟧}',
            t=ts_utc(t), m=(p.mrn, "mrn"), img=(jpeg_b64(), "photo"), n=R.randint(9000, 60000))
    else:
        b.f('{"ts":"⟦t⟧","svc":"portal-api","event":"voice.login.enrolled","userId":"⟦u⟧","template":{"alg":"ivector-v2","data":"⟦vp⟧"},"device":"⟦im⟧"}',
            t=ts_utc(t), u=(p.userid, "other_id"), vp=(b64(R.randint(48, 80)), "biometric"), im=(p.imei, "device"))
    return b


def g_credit():
    p = pp(); t = tick(); b = B("fin_app")
    v = R.randint(0, 2)
    if v == 0:
        b.f("⟦ts⟧ fin.bureau WARN ssn_mismatch app_id=FA-⟦a⟧ provided=⟦s⟧ bureau_name=\"⟦n⟧\" action=MANUAL_REVIEW",
            ts=ts_l4n(t), a=ralnum(6), s=(p.ssn, "ssn"), n=N(nm(p, "FL")))
    elif v == 1:
        b.f("⟦ts⟧ fin.kyc OK applicant=⟦n⟧ id_type=drivers_license id_state=⟦st⟧ id_no=⟦dl⟧ addr_match=⟦z⟧",
            ts=ts_l4n(t), n=N(nm(p, "lf")), st=p.st, dl=(p.dl, "license"), z=(p.zip, "zip"))
    else:
        b.family = "pos_kv"
        b.f('⟦ts⟧ pos[store=⟦st⟧ reg=01] INFO parking.validate plate=⟦pl⟧ state=⟦s⟧ name="⟦n⟧" appt=⟦tm⟧ validated=90m',
            ts=ts_loc(t), st=clinic()[0][3:], pl=(plate(), "vehicle"), s=p.st, n=N(nm(p, "fil")), tm=R.choice(["09:00", "10:30", "13:15"]))
    return b


PHI_SINGLES = [(g_photo, 5), (g_credit, 4), (g_noah_xml, 6), (g_noah_action_xml, 3), (g_noah_trace, 5), (g_tymp_row, 3), (g_aud_syslog, 3),
               (g_fit_l4n, 9), (g_fit_clef, 6), (g_ios, 9), (g_android, 9), (g_rf_pino, 6), (g_ci, 7),
               (g_benefit_json, 5), (g_benefit_py, 5), (g_pos, 8), (g_fin, 6), (g_rma_row, 3), (g_warranty, 4),
               (g_sms, 8), (g_sms_inbound, 4), (g_postfix, 4), (g_rails_params, 3), (g_ticket, 5), (g_note, 6),
               (g_nginx_portal, 4)]


# ================================================================= noise single-line generators
def n_nginx():
    t = tick(); b = B("nginx")
    path = R.choice(["/healthz", "/readyz", "/metrics", "/api/v2/devices/models", "/api/v2/clinics/0418/hours", "/static/app.4f9c2a.js"])
    ua = "kube-probe/1.28" if "z" in path else R.choice(["Prometheus/2.51.1", "HearWell/3.8.2 CFNetwork/1496.0.7", "Mozilla/5.0 (X11; Linux x86_64)"])
    b.t(f'{priv_ip()} - - [{ts_ngx(t)}] "GET {path} HTTP/1.1" {R.choice([200, 200, 200, 304, 404])} {R.randint(2, 40000)} "-" "{ua}" {R.uniform(0.0, 0.2):.3f}')
    return b


def n_haproxy():
    t = tick(); b = B("haproxy")
    be = R.choice(["be_fitting/fit2", "be_elig/elig1", "be_pos/pos3", "be_rf/rfsig1", "be_portal/web4"])
    b.t(f"{ts_sys(t)} lb-0{R.randint(1, 2)} haproxy[{R.randint(1000, 3000)}]: {priv_ip()}:{R.randint(30000, 65000)} [{t:%d/%b/%Y:%H:%M:%S}.{ms(t)}] fe_api {be} "
        f"0/0/1/{R.randint(3, 400)}/{R.randint(4, 420)} {R.choice([200, 200, 201, 503])} {R.randint(200, 9000)} - - ---- {R.randint(50, 300)}/{R.randint(50, 300)}/3/1/0 0/0 \"{R.choice(['GET', 'POST'])} {R.choice(['/api/v2/devices/models', '/api/v1/benefits/check', '/api/v1/pos/batch', '/rf/ws'])} HTTP/1.1\"")
    return b


def n_klog():
    t = tick(); b = B("klog")
    pod = R.choice(["fitting-api", "elig-worker", "rf-signal", "pos-sync", "reminders", "noah-bridge"]) + f"-{rhex(9)}-{ralnum(5).lower()}"
    msg = R.choice([f'"SyncLoop (PLEG): event for pod" pod="prod/{pod}" event={{"Type":"ContainerStarted"}}',
                    f'"Probe failed" probeType="Readiness" pod="prod/{pod}" containerName="app" probeResult="failure" output="HTTP probe failed with statuscode: 503"',
                    f'"Killing container with a grace period" pod="prod/{pod}" containerName="app" gracePeriod=30',
                    f'"Successfully pulled image" image="registry.hw.local/{pod.split("-")[0]}:4.{R.randint(0, 20)}.{R.randint(0, 9)}" duration="{R.uniform(1, 9):.3f}s"'])
    b.t(f"{ts_klog(t, R.choice('IIIW'))}    {R.randint(900, 2000)} {R.choice(['kubelet.go', 'prober.go', 'kuberuntime_container.go'])}:{R.randint(100, 2900)}] {msg}")
    return b


def n_pg():
    t = tick(); b = B("postgres")
    pid = R.randint(1000, 40000)
    m = R.choice([f"LOG:  checkpoint complete: wrote {R.randint(100, 9000)} buffers ({R.uniform(0, 30):.1f}%); 0 WAL file(s) added, 0 removed, {R.randint(0, 5)} recycled; write={R.uniform(1, 200):.3f} s, sync=0.0{R.randint(10, 99)} s, total={R.uniform(1, 200):.3f} s",
                  f"LOG:  duration: {R.uniform(500, 9000):.3f} ms  execute <unnamed>: SELECT a.id, a.starts_at FROM appointments a WHERE a.clinic_id = $1 AND a.starts_at >= $2 ORDER BY a.starts_at",
                  f"ERROR:  duplicate key value violates unique constraint \"device_pairings_mac_key\"",
                  f"LOG:  automatic vacuum of table \"pos.public.txn_lines\": index scans: 1, pages: 0 removed, {R.randint(1000, 90000)} remain",
                  "FATAL:  password authentication failed for user \"reporting_ro\"",
                  f"LOG:  connection authorized: user=elig_svc database=benefits application_name=elig-worker SSL enabled (protocol=TLSv1.3)"])
    b.t(f"{ts_pg(t)} [{pid}] {m}")
    return b


def n_redis():
    t = tick(); b = B("redis")
    m = R.choice([f"* {R.randint(10, 10000)} changes in {R.choice([60, 300, 900])} seconds. Saving...", f"* Background saving started by pid {R.randint(100, 9000)}",
                  "* DB saved on disk", f"* Fork CoW for RDB: current {R.randint(1, 9)} MB, peak {R.randint(2, 12)} MB, average {R.randint(1, 6)} MB",
                  "* Background saving terminated with success"])
    b.t(f"1:{R.choice('MC')} {ts_redis(t)} {m}")
    return b


def n_cron():
    t = tick(); b = B("cron_syslog")
    host = R.choice(["pos-db-01", "noah-sql-02", "app-07", "sftp-01", "backup-01"])
    m = R.choice([f"CRON[{R.randint(1000, 60000)}]: (root) CMD (/opt/hw/bin/rotate_pos_logs.sh >/dev/null 2>&1)",
                  f"CRON[{R.randint(1000, 60000)}]: (svc_noah) CMD (/opt/hw/noahsync/run --clinic all --since 24h)",
                  f"systemd[1]: Started Daily apt download activities.",
                  f"systemd[1]: certbot.service: Succeeded.",
                  f"sshd[{R.randint(1000, 60000)}]: Accepted publickey for deploy from {priv_ip()} port {R.randint(30000, 65000)} ssh2: ED25519 SHA256:{b64(24)[:43]}",
                  f"kernel: [{R.randint(10000, 999999)}.{rdig(6)}] EXT4-fs (sdb1): mounted filesystem with ordered data mode"])
    b.t(f"{ts_sys(t)} {host} {m}")
    return b


def n_prom():
    t = tick(); b = B("prometheus")
    c = clinic()
    m = R.choice([f'level=warn ts={ts_utc(t)} caller=notify.go:{R.randint(100, 900)} component=dispatcher msg="Notify attempt failed" receiver=pagerduty-audio alertname=NoahSyncLag clinic={c[0]} lag_seconds={R.randint(900, 9000)}',
                  f'level=info ts={ts_utc(t)} caller=compact.go:{R.randint(100, 900)} component=tsdb msg="write block" mint={ts_epoch(t) - 7200000} maxt={ts_epoch(t)} ulid=01J{ralnum(23)} duration={R.randint(200, 3000)}ms',
                  f'level=info ts={ts_utc(t)} caller=dispatch.go:{R.randint(100, 900)} component=dispatcher msg="Alert resolved" alertname=EligibilityPayerLatencyHigh payer_id={R.choice(["87726", "60054", "61101"])} p95_ms={R.randint(800, 6000)}'])
    b.t(m)
    return b


def n_win():
    t = tick(); b = B("win_evt")
    c = clinic()
    m = R.choice([(7036, "Service Control Manager", "The Noah Server service entered the running state."),
                  (1000, "Application Error", f"Faulting application name: Target.exe, version: 9.1.{R.randint(0, 4)}.{R.randint(100, 999)}, faulting module name: NoahlinkWireless.dll"),
                  (4624, "Microsoft-Windows-Security-Auditing", f"An account was successfully logged on. Logon Type: 2 Account Name: {staff()[1]}"),
                  (6008, "EventLog", "The previous system shutdown was unexpected."),
                  (20001, "UserPnp", f"Driver Management installed driver Noahlink Wireless 2 (HID) for device USB\\VID_{rhex(4).upper()}&PID_{rhex(4).upper()}")])
    b.t(f"{t:%Y-%m-%dT%H:%M:%S}.{ms(t)} EventID={m[0]} Level={R.choice(['Information', 'Warning', 'Error'])} Source=\"{m[1]}\" Computer={c[0]}-AUD{R.randint(1, 4)} Message=\"{m[2]}\"")
    return b


def n_jenkins():
    tick(); b = B("jenkins")
    job = R.choice(["fitting-bridge", "hearwell-ios", "hearwell-android", "elig-worker", "pos-sync", "noah-export"])
    n = R.randint(1200, 2400)
    m = R.choice([f"[Pipeline] echo Build #{n} {job} 4.{R.randint(0, 20)}.{R.randint(0, 9)}+b{n} sha={rhex(7)}",
                  f"Finished: {R.choice(['SUCCESS', 'SUCCESS', 'UNSTABLE', 'FAILURE'])} ({job} #{n}, {R.randint(2, 40)} min {R.randint(0, 59)} sec)",
                  f"[Pipeline] sh + ./gradlew :app:assembleRelease -PversionCode={n} --no-daemon",
                  f"Tests run: {R.randint(200, 900)}, Failures: {R.randint(0, 3)}, Errors: 0, Skipped: {R.randint(0, 20)}, Time elapsed: {R.uniform(10, 300):.1f} s"])
    b.t(m)
    return b


def n_noahsync():
    t = tick(); b = B("noahsync_job")
    c = clinic()
    b.t(f"{ts_l4n(t)} INFO  NoahSync.Job - job=nightly clinic={c[0]} patients_synced={R.randint(20, 900)} actions={R.randint(100, 4000)} "
        f"errors={R.choice([0, 0, 0, 2])} duration=00:{R.randint(0, 12):02d}:{R.randint(0, 59):02d} db=noahsql0{R.randint(1, 3)}.hw.local:1433")
    return b


def n_config():
    tick(); b = B("config")
    b.t(R.choice([f"config loaded: noah.db.host=noahsql01.hw.local noah.db.port=1433 pool.max=20 tls=true retry.backoff=250ms",
                  f"elig.payers.enabled=87726,60054,84980,61101,62308 elig.timeout_ms=30000 elig.cache_ttl=86400 x12.version=005010X279A1",
                  f"reminders: provider=twilio from=+18885550142 quiet_hours=21:00-08:00 tz=America/Chicago batch=200 lead_days=2,1",
                  f"pos.gateway=https://gw.payments.example/v3 pos.store_count=7 pos.settlement_cutoff=23:30 pos.tokenize=true",
                  f"rf.turn.servers=turn-use1.hearwellcare.com:3478,turn-usw2.hearwellcare.com:3478 rf.max_session_min=90 rf.record=false"]))
    return b


def n_fit_l4n():
    t = tick(); b = B("fit_log4net")
    b.t(f"{ts_l4n(t)} [{R.randint(3, 40)}] ")
    b.t(R.choice([f"INFO  Target.Fitting.AFM - Feedback & real ear test completed side={R.choice(['Left', 'Right'])} result=OK margin={R.randint(4, 16)}dB",
                  f"INFO  Target.Devices.Interface - Noahlink Wireless 2 firmware 1.{R.randint(2, 5)}.0.0 detected on HID path \\\\?\\hid#vid_{rhex(4)}",
                  f"DEBUG Target.Update - Checking firmware catalogue v9.1.{R.randint(0, 4)} (build {R.randint(1000, 9999)})",
                  f"INFO  Target.REM - Verifit2 connected, REUR/REAR measured at 65 dB SPL ISTS, deviation {R.uniform(0, 5):.1f} dB",
                  f"ERROR Target.Devices.Programming - HI_ERR_0x{rhex(2).upper()} communication timeout after {R.randint(2000, 9000)} ms",
                  f"INFO  Target.Fitting.Session - Acclimatization level {R.randint(1, 4)}/4 applied; program 'Speech in Loud Noise' added"]))
    return b


def n_fit_clef():
    t = tick(); b = B("fit_clef")
    b.t(f'{{"@t":"{ts_utc_us(t)}","@mt":"Connected to {{Interface}} in {{Elapsed}} ms","Interface":"{R.choice(["Noahlink Wireless 2", "HI-PRO 2", "FittingLINK 3.0"])}","Elapsed":{R.randint(90, 2200)},"SourceContext":"Genie.Connection"}}')
    return b


def n_ios():
    t = tick(); b = B("ios_log")
    b.t(f"{ts_ios(t)} HearWell[{R.randint(800, 3999)}:{R.randint(20000, 90000)}] ")
    b.t(R.choice([f"[Network] Task <{ruuid().upper()}>.<{R.randint(1, 9)}> finished with status 200 duration {R.uniform(0.05, 2):.3f}s",
                  "[BLE] centralManagerDidUpdateState: poweredOn",
                  "[MFi] hearing device streaming route active route=BluetoothLE",
                  f"[Analytics] flushed {R.randint(3, 60)} events batch={rhex(8)}",
                  "[BLE] scan stopped after 30.0s, 0 new peripherals",
                  f"[App] applicationDidBecomeActive build=3.8.{R.randint(0, 4)} ({R.randint(400, 700)})"]))
    return b


def n_android():
    t = tick(); b = B("logcat")
    pid = R.randint(2000, 30000)
    b.t(f"{ts_cat(t)} {pid:5d} {pid + R.randint(1, 60):5d} ")
    b.t(R.choice([f"W ActivityManager: Slow operation: {R.randint(60, 900)}ms so far, now at startProcess: done updating battery stats",
                  f"I chatty  : uid=10{R.randint(100, 400)}(com.hearwell.remote) RenderThread identical {R.randint(2, 40)} lines",
                  "D BluetoothAdapter: isLeEnabled(): ON",
                  "E BluetoothGatt: android.os.DeadObjectException at android.os.BinderProxy.transactNative(Native Method)",
                  f"I HearWellRF: WebRTC stats rtt={R.randint(20, 300)}ms jitter={R.randint(1, 40)}ms packetsLost={R.randint(0, 30)}",
                  f"D OkHttp  : <-- 200 https://api.hearwellcare.com/v2/config ({R.randint(40, 900)}ms, {R.randint(200, 4000)}-byte body)"]))
    return b


def n_rf():
    t = tick(); b = B("rf_pino")
    b.t(f'{{"level":30,"time":{ts_epoch(t)},"pid":{R.randint(20, 90)},"hostname":"rf-signal-{rhex(5)}","room":"rf-{ralnum(5)}",'
        + R.choice([f'"msg":"room closed","durationMs":{R.randint(60000, 5400000)},"participants":2}}',
                    f'"msg":"turn allocation","relay":"turn-use1.hearwellcare.com","lifetime":600}}',
                    f'"msg":"clinician joined","clinician":"{staff()[1]}","clinic":"{clinic()[0]}"}}']))
    return b


def n_ci():
    t = tick(); b = B("ci_prog")
    imp = " ".join(f"E{i}={R.uniform(5.5, 12):.1f}" for i in range(1, R.randint(6, 11)))
    b.t(R.choice([f"[{ts_sp(t)}.{ms(t)}] DEBUG [Telemetry] Impedances CG: {imp} kΩ, all within range",
                  f"[{ts_sp(t)}.{ms(t)}] INFO  [MAP] MAP {R.randint(1, 4)} 'Everyday' saved, strategy ACE, rate {R.choice([900, 1200, 500])}pps, maxima {R.choice([8, 10, 12])}, T/C levels updated {R.randint(18, 22)}/22 electrodes",
                  f"[{ts_sp(t)}.{ms(t)}] INFO  [NRT] AutoNRT E{R.randint(1, 22)} threshold {R.randint(150, 210)} CL, slope ok",
                  f"SoundWave3 {ts_sp(t)} WRN CPI-3 interface reconnect on COM{R.randint(3, 9)}",
                  f"{ts_sp(t)} | MAESTRO 9.0.2 | MAX Programming Interface fw 1.{R.randint(1, 9)} ready"]))
    return b


def n_elig():
    t = tick(); b = B("elig_pylog")
    b.t(f"{ts_l4n(t)} " + R.choice([f"WARNING eligibility.client: payer {R.choice(['87726', '60054', '61101'])} timeout after 30000 ms (attempt {R.randint(1, 3)}/3)",
                                    f"INFO eligibility.cache: hit_ratio={R.uniform(0.4, 0.95):.2f} entries={R.randint(2000, 90000)} evictions={R.randint(0, 400)}",
                                    f"INFO eligibility.worker: batch 270 sent count={R.randint(10, 300)} control=00001{rdig(4)} clearinghouse=AVAILITY",
                                    f"ERROR eligibility.x12: 999 rejected IK3*NM1*{R.randint(10, 30)}**8 loop 2100C"]))
    return b


def n_pos():
    t = tick(); b = B("pos_kv")
    c = clinic()
    b.t(f"{ts_loc(t)} pos[store={c[0][3:]} reg=0{R.randint(1, 4)}] " + R.choice([
        f"INFO batch close txns={R.randint(5, 60)} gross={R.uniform(1000, 60000):.2f} voids={R.randint(0, 3)} settlement_id=STL{rdig(6)}",
        "WARN receipt printer TM-T88VI offline (paper end)",
        f"INFO txn=S-{rdig(6)} type=SALE items=1 sku=HW-BATT-312-60 subtotal={R.choice(['24.00', '12.50', '36.00'])} tender=CASH",
        f"INFO drawer open reason=NO_SALE user={staff()[1]}",
        f"INFO inventory adjust sku=HW-DOME-OPEN-M qty=-{R.randint(1, 20)} ref=CC-{rdig(5)}"]))
    return b


def n_fin():
    t = tick(); b = B("fin_app")
    b.t(f"{ts_l4n(t)} fin.app " + R.choice([f"lender_api latency_ms={R.randint(800, 9000)} status=503 retry_in=5s lender=CareCredit",
                                            f"decision app_id=FA-{ralnum(6)} status={R.choice(['PENDING', 'DECLINED', 'REFER'])} reason_code={R.randint(1, 40)}",
                                            f"webhook received app_id=FA-{ralnum(6)} event=funded amount={R.choice([2398, 4790, 5998])}.00 merchant=HW{rdig(5)}"]))
    return b


def n_ship():
    t = tick(); b = B("carrier_hook")
    b.t(R.choice([
        f'{{"ts":"{ts_utc(t)}","source":"ups","trackingNumber":"1Z{ralnum(16)}","status":"{R.choice(["IN_TRANSIT", "DELIVERED", "OUT_FOR_DELIVERY"])}","location":"{R.choice(["LOUISVILLE, KY, US", "HODGKINS, IL, US", "MESQUITE, TX, US"])}","rma":"RMA-24-{rdig(5)}"}}',
        f'{ts_l4n(t)} INFO shipping.labels: label created for RMA-24-{rdig(5)} carrier=FedEx tracking={rdig(4)} {rdig(4)} {rdig(4)} service=2DAY weight=0.4lb',
        f'{ts_l4n(t)} INFO repairlab: received box {rdig(6)} at Repair Center, 1400 Commerce Pkwy, Louisville KY 40299 items={R.randint(1, 40)}']))
    return b


def n_sms():
    t = tick(); b = B("sms_reminder")
    b.t(R.choice([f"{ts_l4n(t)} INFO reminders.webhook: POST /webhooks/twilio/status MessageSid=SM{rhex(32)} MessageStatus={R.choice(['delivered', 'sent', 'undelivered'])} ErrorCode={R.choice(['', '', '30003', '30006'])} ApiVersion=2010-04-01",
                  f"{ts_l4n(t)} WARN reminders.sender: Twilio 429 Too Many Requests; backing off {R.randint(1, 8)}s (queue={R.randint(10, 400)})",
                  f"{ts_l4n(t)} INFO reminders.scheduler: run complete clinics=7 queued={R.randint(40, 400)} skipped_optout={R.randint(0, 20)} quiet_hours_deferred={R.randint(0, 30)}"]))
    return b


def n_postfix():
    t = tick(); b = B("postfix")
    b.t(f"{ts_sys(t)} mx-0{R.randint(1, 3)} postfix/qmgr[{R.randint(1000, 9000)}]: {rhex(10).upper()}: from=<{R.choice(['noreply@hearwellcare.com', 'billing@hearwellcare.com', 'reminders@hearwellcare.com'])}>, size={R.randint(2000, 90000)}, nrcpt=1 (queue active)")
    return b


def n_rails():
    t = tick(); b = B("rails")
    b.t(R.choice([f'Started {R.choice(["GET", "POST", "PATCH"])} "/clinics/0{R.randint(100, 999)}/appointments" for {priv_ip()} at {ts_rails(t)}',
                  f'Processing by AppointmentsController#{R.choice(["create", "index", "update"])} as {R.choice(["JSON", "HTML"])}',
                  f'Completed {R.choice(["200 OK", "201 Created", "422 Unprocessable Entity"])} in {R.randint(8, 900)}ms (Views: {R.uniform(0, 20):.1f}ms | ActiveRecord: {R.uniform(1, 200):.1f}ms | Allocations: {R.randint(1000, 90000)})']))
    return b


def n_staff():
    tick(); b = B("oncall")
    s = staff()
    c = clinic()
    b.t(R.choice([f"on-call rotation: {s[0]} ({s[1]}@hearwellcare.com) pager 312-555-01{R.randint(10, 99)} covers {c[0]} {c[1]} until 18:00",
                  f"clinic {c[0]} HearWell {c[1]}, {c[2]}, front desk {c[3]}, fax {c[3][:-2]}{R.randint(10, 99)}, hours Mon-Fri 8:30-17:00",
                  f"referral fax received from Capital ENT Associates fax (512) 555-01{R.randint(10, 99)} pages={R.randint(1, 9)} queued for {s[1]}"]))
    return b


def n_tymp():
    t = tick(); b = B("aud_syslog")
    b.t(f"<134>{ts_sys(t)} aud-gw-0{R.randint(1, 9)} audlink[{R.randint(1000, 9000)}]: " + R.choice([
        f"calibration check passed device=AT235h sn=1123456 due=2025-0{R.randint(1, 9)}-{R.randint(10, 28)}",
        f"heartbeat devices_online={R.randint(2, 9)} queue_depth={R.randint(0, 5)} fw=audlink-2.{R.randint(0, 9)}.{R.randint(0, 9)}",
        f"Titan IMP440 sn=TI{rdig(6)} probe check 226 Hz cavity 2.0 ml measured {R.uniform(1.95, 2.05):.2f} ml OK"]))
    return b


def n_aud_xml():
    tick(); b = B("noah_xml")
    pts = "".join(f"<TonePoint><StimulusFrequency>{f}</StimulusFrequency><StimulusLevel>{R.randint(5, 90)}</StimulusLevel></TonePoint>"
                  for f in R.sample([250, 500, 1000, 2000, 3000, 4000, 6000, 8000], R.randint(3, 6)))
    b.t(f'<AudMeasurementConditions><Ear>{R.choice(["Left", "Right"])}</Ear><Transducer>{R.choice(["TDH39", "ER-3A", "B71"])}</Transducer><Masking>{R.choice(["None", "NBN"])}</Masking></AudMeasurementConditions><ToneThresholdAudiogram>{pts}</ToneThresholdAudiogram>')
    return b


def n_noah_trace():
    t = tick(); b = B("noah_trace")
    b.t(f"NoahServer.exe {R.choice(['Information', 'Error'])}: 0 : [{t:%Y-%m-%d %H:%M:%S}Z] " + R.choice([
        f"Module registered: Manufacturer={R.choice(['Sonova', 'Demant', 'GN Hearing', 'WS Audiology'])} ModuleId={R.randint(1000, 3000)} Version=9.{R.randint(0, 4)}.{R.randint(0, 9)}",
        "SqlException (0x80131904): Timeout expired. The timeout period elapsed prior to completion of the operation.",
        f"License check OK seats={R.randint(3, 20)} expires 2025-06-30 site=HWCORP",
        f"Backup completed NoahDB_{t:%Y%m%d}.bak size={R.randint(200, 900)}MB"]))
    return b


def n_age_lookalike():
    # ages below 90 and non-person numbers: not PHI under this policy
    t = tick(); b = B("reporting")
    b.t(f"{ts_l4n(t)} INFO reports.kpi: clinic={clinic()[0]} fittings_today={R.randint(0, 12)} median_patient_age={R.randint(62, 79)} "
        f"binaural_rate={R.uniform(0.6, 0.95):.2f} return_rate_45d={R.uniform(0.02, 0.12):.2f} nps={R.randint(40, 80)}")
    return b


NOISE_SINGLES = [(n_nginx, 8), (n_haproxy, 4), (n_klog, 6), (n_pg, 5), (n_redis, 3), (n_cron, 4), (n_prom, 3), (n_win, 4),
                 (n_jenkins, 3), (n_noahsync, 3), (n_config, 2), (n_fit_l4n, 7), (n_fit_clef, 3), (n_ios, 6), (n_android, 6),
                 (n_rf, 4), (n_ci, 5), (n_elig, 5), (n_pos, 5), (n_fin, 3), (n_ship, 5), (n_sms, 5), (n_postfix, 3),
                 (n_rails, 3), (n_staff, 4), (n_tymp, 3), (n_aud_xml, 3), (n_noah_trace, 3), (n_age_lookalike, 2)]


# ================================================================= multi-line blocks
def blk_x12_270():
    p = pp(); t = tick(); ctl = rdig(9); out = []
    d8 = t.strftime("%Y%m%d"); tm = t.strftime("%H%M")
    def seg(_tpl, **kw):
        b = B("x12"); b.f(_tpl, **kw); out.append(b)
    seg(f"ISA*00*          *00*          *ZZ*HEARWELL       *ZZ*AVAILITY       *{t:%y%m%d}*{tm}*^*00501*{ctl}*0*P*:~")
    seg(f"GS*HS*HEARWELL*AVAILITY*{d8}*{tm}*{int(ctl)}*X*005010X279A1~")
    seg("ST*270*0001*005010X279A1~")
    seg(f"BHT*0022*13*HW{rdig(5)}*{d8}*{tm}~")
    seg(f"NM1*PR*2*{p.payer[0].upper()}*****PI*{p.payer[1]}~")
    seg("NM1*1P*2*HEARWELL HEARING CENTERS*****XX*1912345678~")
    seg("NM1*IL*1*⟦l⟧*⟦f⟧*⟦m⟧***MI*⟦id⟧~", l=N(p.last.upper()), f=N(p.first.upper()), m=N(p.mi), id=(p.member, "health_plan"))
    seg("DMG*D8*⟦d⟧*⟦s⟧~", d=(p.dob.strftime("%Y%m%d"), "date"), s=p.sex)
    seg("DTP*291*D8*⟦d⟧~", d=(d8, "date"))
    seg("EQ*71~")
    seg(f"SE*{len(out) + 1}*0001~")
    return out


def blk_x12_271():
    p = pp(); t = tick(); out = []
    def seg(_tpl, **kw):
        b = B("x12"); b.f(_tpl, **kw); out.append(b)
    seg("ST*271*0001*005010X279A1~")
    seg("NM1*IL*1*⟦l⟧*⟦f⟧*⟦m⟧***MI*⟦id⟧~", l=N(p.last.upper()), f=N(p.first.upper()), m=N(p.mi), id=(p.member, "health_plan"))
    seg("N3*⟦s⟧~", s=(p.street.upper(), "address"))
    seg(f"N4*⟦c⟧*{p.st}*⟦z⟧~", c=(p.city.upper(), "address"), z=(p.zip.replace("-", ""), "zip"))
    seg("DMG*D8*⟦d⟧*⟦s⟧~", d=(p.dob.strftime("%Y%m%d"), "date"), s=p.sex)
    seg(f"EB*1*IND*71*{R.choice(['HM', 'PR', 'MA'])}*{R.choice(['MEDICARE ADVANTAGE PPO', 'CHOICE PLUS', 'OPEN ACCESS'])}~")
    seg(f"EB*F*IND*71***23*{R.choice([500, 1000, 1500, 2000])}*****Y~")
    seg(f"MSG*HEARING AID ALLOWANCE PER EAR EVERY {R.choice([24, 36, 60])} MONTHS, ROUTINE HEARING EXAM COPAY ${R.choice([0, 20, 45])}~")
    seg(f"SE*{len(out) + 1}*0001~")
    return out


def blk_x12_inline():
    # one-line 271 as the clearinghouse client logs it
    p = pp(); t = tick(); b = B("x12")
    b.f("⟦ts⟧ DEBUG c.h.b.ClearinghouseClient - 271 raw: ST*271*0001*005010X279A1~BHT*0022*11*HW⟦c⟧*⟦d8⟧*⟦tm⟧~HL*3*2*22*0~NM1*IL*1*⟦l⟧*⟦f⟧****MI*⟦id⟧~DMG*D8*⟦dob⟧~EB*1*IND*71~SE*7*0001~",
        ts=ts_l4n(t), c=rdig(5), d8=t.strftime("%Y%m%d"), tm=t.strftime("%H%M"), l=N(p.last.upper()), f=N(p.first.upper()),
        id=(p.member, "health_plan"), dob=(p.dob.strftime("%Y%m%d"), "date"))
    return [b]


def blk_hl7():
    p = pp(); t = tick(); out = []
    c = clinic()
    d = future_date()
    h = R.choice(["0900", "1030", "1430", "1545"])
    st = R.choice(["SIU^S12", "SIU^S14", "ADT^A08"])
    def seg(_tpl, **kw):
        b = B("hl7"); b.f(_tpl, **kw); out.append(b)
    seg(f"MSH|^~\\&|HWSCHED|{c[0]}|EPIC|ENTHOSP|{t:%Y%m%d%H%M%S}||{st}|MSG{rdig(8)}|P|2.5.1")
    if st.startswith("SIU"):
        start = d.strftime("%Y%m%d") + h + "00"
        seg(f"SCH|A{rdig(6)}^HWSCHED||||ROUTINE|HAFIT^Hearing aid fitting|||45|min|^^45^⟦s⟧|||||||||||||||BOOKED", s=(start, "date"))
    else:
        seg(f"EVN|A08|{t:%Y%m%d%H%M%S}")
    seg("PID|1||⟦m⟧^^^HW^MR||⟦n⟧||⟦d⟧|⟦sx⟧|||⟦st⟧^^⟦c⟧^⟦sta⟧^⟦z⟧^USA||⟦ph⟧^PRN^PH|||||||⟦ssn⟧",
        m=(p.mrn, "mrn"), n=N(f"{p.last.upper()}^{p.first.upper()}^{p.mi}"), d=(p.dob.strftime("%Y%m%d"), "date"), sx=p.sex,
        st=(p.street, "address"), c=(p.city, "address"), sta=p.st, z=(p.zip, "zip"), ph=(fmt_phone(*p.ph, "paren"), "phone"),
        ssn=(p.ssn.replace("-", ""), "ssn") if R.random() < 0.3 else "")
    if st == "ADT^A08":
        seg("NK1|1|⟦n⟧|⟦rk⟧|||⟦ph⟧", n=N(f"{p.rel_last.upper()}^{p.rel_first.upper()}"), rk={"daughter": "DAU^Daughter", "son": "SON^Son", "wife": "SPO^Spouse", "husband": "SPO^Spouse"}.get(p.rel_kind, "OTH^Other"),
            ph=(fmt_phone(*p.rel_ph, "paren"), "phone"))
        seg(f"IN1|1|{p.payer[1]}|{p.payer[1]}|{p.payer[0]}|||||||||||⟦sub⟧|01|||||||||||||||||||||||||⟦id⟧", sub=N(f"{p.last.upper()}^{p.first.upper()}"), id=(p.member, "health_plan"))
    seg(f"PV1|1|O|{c[0]}^^^HearWell {c[1]}||||1{rdig(9)}^{R.choice(['OSEI^KOFI', 'LINDHOLM^RACHEL', 'MEHTA^ANJALI', 'EZE^NKECHI'])}^^^^AuD")
    if st.startswith("SIU"):
        seg(f"AIL|1||{c[0]}^BOOTH{R.randint(1, 4)}")
    return out


def blk_noah_pretty():
    p = pp(); t = tick(); out = []
    def ln(_tpl, **kw):
        b = B("noah_xml"); b.f(_tpl, **kw); out.append(b)
    ln('<?xml version="1.0" encoding="utf-8"?>')
    ln(f'<NOAH_Patients_Export xmlns="http://www.himsa.com/Measurement/PatientExport.xsd" ExportDate="{t:%Y-%m-%dT%H:%M:%S}" NoahVersion="4.15.0.5467">')
    ln("  <Patient>")
    ln("    <FirstName>⟦f⟧</FirstName>", f=N(p.first))
    ln("    <LastName>⟦l⟧</LastName>", l=N(p.last))
    ln("    <DateOfBirth>⟦d⟧</DateOfBirth>", d=(p.dob.isoformat(), "date"))
    ln("    <Address1>⟦s⟧</Address1>", s=(p.street, "address"))
    ln("    <Zip>⟦z⟧</Zip>", z=(p.zip, "zip"))
    ln(f"    <Actions count=\"{R.randint(1, 30)}\"/>")
    ln("  </Patient>")
    ln("</NOAH_Patients_Export>")
    return out


def blk_tymp_csv():
    german = R.random() < 0.35
    out = []
    b = B("tymp_csv")
    if german:
        b.t("PatientenID;Nachname;Vorname;Geburtsdatum;Messdatum;Ohr;Sondenton_Hz;ECV_ml;TPP_daPa;Compliance_ml;Gradient_daPa;Typ")
    else:
        b.t("PatientID;Name;DOB;TestDate;Ear;Probe_Hz;ECV_ml;TPP_daPa;SC_ml;GW_daPa;Type")
    out.append(b)
    for _ in range(R.randint(2, 3)):
        p = pp()
        out.append(g_tymp_row(p, german))
    return out


def blk_rma_csv():
    b = B("rma_csv"); tick()
    b.t("rma_no,received,customer_name,ship_to_street,ship_to_city,st,zip,model,serial,side,issue,carrier,tracking,status")
    return [b] + [g_rma_row() for _ in range(R.randint(2, 3))]


def blk_java():
    t = tick(); out = []
    for s in [f"{ts_l4n(t)} ERROR [pool-4-thread-{R.randint(1, 8)}] c.h.b.EligibilityWorker - 271 parse failed for batch {rdig(9)}",
              f"java.lang.IllegalStateException: Unexpected segment LS at position {R.randint(8, 40)}",
              "\tat com.hearwell.benefits.x12.LoopParser.parseLoop(LoopParser.java:212)",
              "\tat com.hearwell.benefits.x12.LoopParser.parse(LoopParser.java:88)",
              "\tat com.hearwell.benefits.EligibilityWorker.handle(EligibilityWorker.java:141)",
              "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
              f"\t... {R.randint(3, 12)} common frames omitted"]:
        b = B("java_stack"); b.t(s); out.append(b)
    return out


def blk_rails():
    p = pp(); t = tick(); out = []
    b = B("rails"); b.t(f'Started POST "/clinics/{clinic()[0][3:]}/appointments" for {priv_ip()} at {ts_rails(t)}'); out.append(b)
    b = B("rails"); b.t("Processing by AppointmentsController#create as JSON"); out.append(b)
    out.append(g_rails_params())
    b = B("rails"); b.t(f"Completed 201 Created in {R.randint(20, 300)}ms (Views: 0.{R.randint(1, 9)}ms | ActiveRecord: {R.uniform(2, 40):.1f}ms | Allocations: {R.randint(2000, 9000)})"); out.append(b)
    return out


BLOCKS = [(blk_x12_270, 3), (blk_x12_271, 3), (blk_x12_inline, 2), (blk_hl7, 4), (blk_noah_pretty, 2), (blk_tymp_csv, 2),
          (blk_rma_csv, 2), (blk_java, 2), (blk_rails, 2)]


def wpick(items):
    tot = sum(w for _, w in items)
    x = R.uniform(0, tot)
    for f, w in items:
        x -= w
        if x <= 0:
            return f
    return items[-1][0]


# ================================================================= assemble
def main():
    TOTAL, NOISE = 500, 275
    lines = []
    while len(lines) < TOTAL:
        rem = TOTAL - len(lines)
        n_noise = sum(1 for b in lines if not b.spans)
        need_noise = NOISE - n_noise
        need_phi = (TOTAL - NOISE) - (len(lines) - n_noise)
        if rem > 15 and R.random() < 0.07:
            state = R.getstate(); clk = _now[0]
            blk = wpick(BLOCKS)()
            bn = sum(1 for b in blk if not b.spans)
            if bn <= need_noise and len(blk) - bn <= need_phi:
                lines.extend(blk)
                continue
            R.setstate(state); _now[0] = clk
            R.random()  # move on deterministically
            continue
        if R.random() < need_noise / rem:
            b = wpick(NOISE_SINGLES)()
            assert not b.spans, b.text()
        else:
            b = wpick(PHI_SINGLES)()
            if not b.spans:  # e.g. age<90 variant with no other identifier: keep as noise only if allowed
                if need_noise > 0:
                    lines.append(b)
                continue
        lines.append(b)
    assert len(lines) == TOTAL
    log_lines, lab_lines = [], []
    for i, b in enumerate(lines, 1):
        s = b.text()
        log_lines.append(s)
        spans = sorted(b.spans)
        for a, c in zip(spans, spans[1:]):
            assert a[1] <= c[0], (i, s)
        lab_lines.append(json.dumps({"line": i, "family": b.family,
                                     "spans": [{"s": st, "e": e, "cat": cat} for st, e, cat, _ in spans]}, ensure_ascii=False))
    logp = os.path.join(HERE, f"{ID}.log")
    labp = os.path.join(HERE, f"{ID}.labels.jsonl")
    with open(logp, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(log_lines))
    with open(labp, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lab_lines) + "\n")
    # re-verify from disk
    data = open(logp, "rb").read().split(b"\n")
    labs = [json.loads(x) for x in open(labp, encoding="utf-8")]
    assert len(data) == TOTAL == len(labs)
    for raw, lab, b in zip(data, labs, lines):
        for sp, orig in zip(lab["spans"], sorted(b.spans)):
            assert raw[sp["s"]:sp["e"]].decode("utf-8") == orig[3]
    nophi = sum(1 for l in labs if not l["spans"])
    cats = {}
    for l in labs:
        for sp in l["spans"]:
            cats[sp["cat"]] = cats.get(sp["cat"], 0) + 1
    fams = sorted({l["family"] for l in labs})
    print(f"lines={TOTAL} no_phi={nophi} ({100 * nophi / TOTAL:.1f}%) families={len(fams)}")
    print(json.dumps(dict(sorted(cats.items(), key=lambda kv: -kv[1]))))
    for pth in (logp, labp):
        print(hashlib.md5(open(pth, "rb").read()).hexdigest(), os.path.basename(pth))


if __name__ == "__main__":
    main()
