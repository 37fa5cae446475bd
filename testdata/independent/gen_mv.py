#!/usr/bin/env python3
"""gen_mv.py -- synthetic, labeled log corpus (all people and identifiers are fictitious).

Theme: event medical services at a three-day music festival (Bluestem Valley Music
Festival, Harlan Springs Fairgrounds) and a stadium concert (Tri-County Stadium):
first-aid tent tablet apps (Kotlin/Android logcat, Swift/iOS unified log), encounter sync
JSON and CSV exports, wristband RFID (cashless POS and access control), welfare desk
(lost person / welfare checks), ambulance transfers (ePCR/CAD and HL7 v2 ADT to hospitals),
naloxone / heat-illness registers, radio dispatch transcripts, ticketing platform customer
lookups, security incident reports, drone/CCTV ops notes, AWS API Gateway + Lambda logs,
Redis server/MONITOR logs and medics' free-text notes.

Writes mv.log (500 lines) and mv.labels.jsonl next to this script. Standard library only,
deterministic (fixed seed, clock derived from line position, no wall-clock/os randomness).

Labeling decisions:
- People labeled: patients, lost/missing persons and welfare subjects, and the people
  attached to them (relatives, friends/companions who report or accompany them, emergency
  (ICE) contacts, guardians, ticket/wallet holders looked up for a case). Not labeled: medics,
  nurses, doctors, security officers, drone pilots, welfare operators, hospital staff, vendors,
  the festival/stadium/hospitals and their addresses, phones, e-mails, fax numbers.
- name: any written form of a person's name (full, "Last, First", upper/lower case, initial +
  surname, first name alone, "First L."); HL7 XPN components are labeled one span each.
- date: dates of birth and dates/datetimes stored in a patient-care record saying when care
  happened (arrival, seen, discharge, handover/admit, drug administration, heat log rows),
  whole value as written (incl. time part). Not labeled: log/line timestamps, message/sync/
  created metadata, radio/scan/transaction times, incident report date/time, order dates,
  bare clock times without a date, and years alone. Spoken dates of birth in radio
  transcripts ("the third of March two thousand one") are labeled date.
- age: only ages above 89 (number as written, e.g. "92" in "92yo", CSV age column, JSON
  age field); younger ages (incl. 89) never.
- address: street lines, cities/towns of a person's home, and GPS coordinates (lat and lng
  each one span) of where a patient/missing person was found or last seen. Site-internal
  places (stage names, grid squares, campsite pitches, gates, stadium sections/rows) and
  coordinates of fixed infrastructure are not labeled. State names/abbreviations are not
  labeled. Postal codes (US ZIP, UK postcode, German PLZ) are labeled zip.
- phone / email / fax: only those of labeled people; staff and business contacts not.
- other_id: human-facing case numbers that identify one person: tent encounter numbers
  (ENC-...), ePCR numbers (PCR...), welfare/lost-person case refs (WLF-...), ticketing
  customer ids (cus_...). Not labeled: security incident
  numbers (SEC-..., they identify an event), ticket order numbers and ticket barcodes,
  database UUIDs/local ids, request/trace/span ids, transaction ids, unit call signs.
- device: wristband RFID/NFC UIDs when the line ties the band to a patient/welfare subject
  (medical-post check-ins, case lookups, patient records); bare UIDs in purely commercial or
  gate scan logs with no person/case attached are noise. Also a patient's insulin pump/CGM
  serials and phone IMEIs.
- account: cashless wallet account numbers of labeled people, full card PANs, hospital
  visit/account numbers (HL7 PV1-19). Masked PANs (last 4 only) are not labeled.
- mrn: hospital medical record numbers (HL7 PID-3 MR, "MRN" in handovers).
- health_plan: insurance member/subscriber ids, Medicaid ids, Medicare MBIs.
- ssn: social security numbers of patients (HL7 PID-19, ePCR billing demographics lines).
- license: a patient's / involved person's driver's licence number seen at an ID check.
- vehicle: licence plates of a patient's / missing person's (family's) vehicle (VINs would
  be labeled too; none occur).
- ip: public IP of a member of the public (ticketing customer last-login IP, client IP of the
  public welfare-request endpoint); private/internal IPs of staff tablets and servers never.
- url: a person's own profile/social URL would be labeled; none occur in this file (API
  paths and service URLs are not personal).
- photo: base64 face image of a person; biometric: face template/embedding of a person.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import unicodedata
import uuid

SEED = 0x6D762420
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "mv"
N_LINES = 500


# ----------------------------------------------------------------------------- line builder
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, s):
        assert "\n" not in s and "\r" not in s, repr(s)
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        if cat is None:
            return self.t(s)
        assert s, "empty span"
        st = self.n
        self.t(s)
        self.spans.append({"s": st, "e": self.n, "cat": cat, "v": s})
        return self

    def a(self, *parts):
        for part in parts:
            if isinstance(part, tuple):
                self.p(part[0], part[1])
            else:
                self.t(part)
        return self

    def x(self, pieces, esc=None):
        for s, c in pieces:
            self.p(esc(s) if esc else s, c)
        return self

    def text(self):
        return "".join(self.buf)


class T:
    """tagged JSON leaf"""
    def __init__(self, v, c):
        self.v, self.c = v, c


class M:
    """JSON string made of plain and tagged parts"""
    def __init__(self, *parts):
        self.parts = parts


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jp(obj, sp=False, out=None):
    if out is None:
        out = []
    isep, ksep = (", ", ": ") if sp else (",", ":")
    if isinstance(obj, T):
        if isinstance(obj.v, str):
            out += [('"', None), (jesc(obj.v), obj.c), ('"', None)]
        else:
            out.append((json.dumps(obj.v), obj.c))
    elif isinstance(obj, M):
        out.append(('"', None))
        for part in obj.parts:
            if isinstance(part, tuple):
                out.append((jesc(part[0]), part[1]))
            else:
                out.append((jesc(part), None))
        out.append(('"', None))
    elif isinstance(obj, dict):
        out.append(("{", None))
        for i, (k, v) in enumerate(obj.items()):
            if i:
                out.append((isep, None))
            out.append((json.dumps(k, ensure_ascii=False) + ksep, None))
            jp(v, sp, out)
        out.append(("}", None))
    elif isinstance(obj, (list, tuple)):
        out.append(("[", None))
        for i, v in enumerate(obj):
            if i:
                out.append((isep, None))
            jp(v, sp, out)
        out.append(("]", None))
    else:
        out.append((json.dumps(obj, ensure_ascii=False), None))
    return out


# ----------------------------------------------------------------------------- helpers
ch = R.choice


def rint(a, b):
    return R.randint(a, b)


def hx(n):
    return "".join(ch("0123456789abcdef") for _ in range(n))


def uid4():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def digits(n):
    return "".join(ch("0123456789") for _ in range(n))


def b62(n):
    return "".join(ch("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


def fold(s):
    s = s.replace("Ł", "L").replace("ł", "l").replace("ø", "o").replace("Ø", "O")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# ----------------------------------------------------------------------------- clock
TZ = dt.timedelta(hours=5)  # CDT = UTC-5
WINDOWS = [
    (dt.datetime(2024, 6, 14, 11, 0), dt.datetime(2024, 6, 15, 3, 0)),
    (dt.datetime(2024, 6, 15, 10, 30), dt.datetime(2024, 6, 16, 3, 0)),
    (dt.datetime(2024, 6, 16, 10, 30), dt.datetime(2024, 6, 16, 23, 50)),
    (dt.datetime(2024, 6, 21, 15, 0), dt.datetime(2024, 6, 22, 1, 30)),
]
TOTAL_ACTIVE = sum((b - a).total_seconds() for a, b in WINDOWS)


def sched(frac):
    s = frac * TOTAL_ACTIVE
    for a, b in WINDOWS:
        d = (b - a).total_seconds()
        if s <= d:
            return a + dt.timedelta(seconds=s)
        s -= d
    return WINDOWS[-1][1]


class Clock:
    def __init__(self):
        self.t = WINDOWS[0][0]

    def block(self, nlines):
        target = sched(nlines / N_LINES) + dt.timedelta(seconds=R.uniform(0, 40))
        if target > self.t:
            self.t = target
        self.t += dt.timedelta(microseconds=rint(0, 999999))
        return self.t

    def tick(self, lo=0.01, hi=3.0):
        self.t += dt.timedelta(seconds=R.uniform(lo, hi))
        return self.t


CLK = Clock()


def now():
    return CLK.t


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def ts_local_iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "-05:00"


def ts_z(t):
    u = t + TZ
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"


def ts_logcat(t):
    return t.strftime("%m-%d %H:%M:%S.") + ms(t)


def ts_oslog(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%06d" % t.microsecond + "-0500"


def ts_logback(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)


def ts_redis(t):
    u = t + TZ
    return u.strftime("%d %b %Y %H:%M:%S.") + ms(u)


def epoch(t):
    return ((t + TZ) - dt.datetime(1970, 1, 1)).total_seconds()


def ts_apigw(t):
    return (t + TZ).strftime("%d/%b/%Y:%H:%M:%S +0000")


def stadium(t=None):
    return (t or now()) >= dt.datetime(2024, 6, 20)


def evctx():
    if stadium():
        return dict(
            ev="Tri-County Stadium / Halvorsen & The Tide 2024",
            evcode="TCS0621",
            posts=["FA-1 (Sec 108)", "FA-2 (Sec 231)", "FA-3 (Gate C)"],
            post_ids=["FA-1", "FA-2", "FA-3"],
            locs=["Section 114 Row K", "Gate C concourse", "pitch standing front block", "Level 3 concourse near Sec 312",
                  "Suite 22 corridor", "Section 126 stairs", "merch stand Gate A", "South stand Row 40"],
            hosp=[("Lakeview University Hospital", "LVUH"), ("Mercy Tri-County Medical Center", "MTCMC")],
            gates=["GATE-A-01", "GATE-C-04", "GATE-D-02", "PITCH-ENTRY-1"],
        )
    return dict(
        ev="Bluestem Valley Music Festival 2024",
        evcode="BVF24",
        posts=["MED-1 (Main Arena)", "MED-2 (Campsite Blue)", "MED-3 (Pink Stage)"],
        post_ids=["MED-1", "MED-2", "MED-3"],
        locs=["Main Stage FOH", "Pink Stage barrier", "Campsite Blue pitch B12", "Campsite Gold near showers",
              "Silent Disco tent", "food court by the Ferris wheel", "Lot C (overflow parking)", "Gate 3 queue",
              "Dance tent left side", "Grid K10 by the tower"],
        hosp=[("St. Brigid Regional Medical Center", "STBRIGID"), ("Oakhurst Memorial Hospital", "OAKHURST"),
              ("Harlan County Children's Hospital", "HCCH")],
        gates=["G1-NORTH", "G3-EAST", "CAMP-BLUE-2", "VIP-WEST", "ARENA-INNER-1"],
    )


# ----------------------------------------------------------------------------- people
FIRST_F = ["Aisling", "Priya", "Zoë", "Ngozi", "Siobhan", "Camila", "Brianna", "Inès", "Thanh", "Mei-Ling",
           "Fatima", "Anaïs", "Marisol", "Leilani", "Cheyenne", "Aaliyah", "Greta", "Ximena", "Nadia", "Saoirse",
           "Chloé", "Dakota", "Amara", "Farah", "Jordyn", "Mia", "Keira", "Ayesha", "Małgorzata", "Hana",
           "Rosa-María", "Ebony", "Ingrid", "Tamar", "Olamide"]
FIRST_M = ["Mateo", "Dmitri", "Kwame", "Łukasz", "Hiroshi", "Yusuf", "Tyler", "Jamal", "Søren", "Rafael",
           "Oluwaseun", "Declan", "Jasper", "Keanu", "Bogdan", "Tomasz", "Hamza", "Rhys", "Kenji", "Emeka",
           "Juan Pablo", "Björn", "Liam", "Tariq", "Cody", "Deshawn", "Ignacio", "Arjun", "Eoin", "Wyatt",
           "Jean-Luc", "Anh", "Mikael", "Obinna", "Travis"]
LAST = ["Ní Bhriain", "Okonkwo", "van der Berg", "de la Cruz", "O'Donnell", "Kowalczyk", "Nguyễn", "Haddad",
        "Smith-Alvarez", "Yamamoto", "Al-Rashid", "MacLeod", "Fitzgerald", "Delacroix", "Petrov", "Mensah",
        "Oyelaran", "Goldberg", "Rossi", "Hernández", "Lindqvist", "Chaudhry", "Begay", "Kealoha", "Whitfield",
        "Abernathy-Cole", "Dubois", "Schäfer", "Papadopoulos", "Tran", "Moreau", "Wójcik", "Baptiste", "Kapoor",
        "St. Clair", "da Silva", "Ivanova", "Jankowski", "Mahlangu", "Reyes", "Fontaine", "Yılmaz", "Oduya",
        "Brennan", "Castellanos", "Lefebvre", "Sørensen", "Achterberg", "Martinez-Oyelaran", "Johnson",
        "McAllister", "Van Buren", "Le", "Przybylski", "Running Bear", "D'Angelo", "Kim", "Osei-Bonsu",
        "Halloran", "Bui"]
STREETS = ["Larchmont Ave", "W Maple St", "Old Troy Pike", "N High St", "Bardstown Rd", "Linden Ave",
           "Ludlow St", "E Main St", "Woodland Ave", "Catalpa Dr", "Frankfort Ave", "S Limestone",
           "Mass Ave", "Cherry Blossom Ln", "Glenwood Rd", "Kercheval Ave", "Sycamore Ct", "Wilmington Pike",
           "County Rd 25A", "Ridgeview Ter"]
CITIES = [("Columbus", "OH", "43215"), ("Dayton", "OH", "45402"), ("Cincinnati", "OH", "45219"),
          ("Indianapolis", "IN", "46220"), ("Louisville", "KY", "40204"), ("Lexington", "KY", "40508"),
          ("Fort Wayne", "IN", "46802"), ("Toledo", "OH", "43604"), ("Bloomington", "IN", "47401"),
          ("Springfield", "OH", "45503"), ("Yellow Springs", "OH", "45387"), ("Covington", "KY", "41011"),
          ("Chicago", "IL", "60614"), ("Ann Arbor", "MI", "48104"), ("Pittsburgh", "PA", "15213"),
          ("Xenia", "OH", "45385"), ("Kettering", "OH", "45429-1704"), ("Beavercreek", "OH", "45434")]
FOREIGN = [("Leeds", "", "LS6 2AB", "UK"), ("Köln", "", "50667", "DE"), ("Guadalajara", "Jal.", "44100", "MX"),
           ("Manchester", "", "M14 5RQ", "UK")]
STAFF_PHONE = ["+1 937-555-0100", "(937) 555-0111", "513-555-0190"]
AREAS = ["614", "937", "513", "317", "502", "859", "216", "419", "330", "740", "260", "812", "773", "734"]
RELS = ["mother", "father", "sister", "brother", "partner", "friend", "wife", "husband", "aunt", "son", "daughter",
        "grandson", "girlfriend", "boyfriend", "roommate"]
MAILDOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "protonmail.com", "aol.com",
           "att.net", "osu.edu", "iu.edu"]
EVENT_DAY = dt.date(2024, 6, 14)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
       9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
       16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
       21: "twenty-first", 22: "twenty-second", 23: "twenty-third", 24: "twenty-fourth", 25: "twenty-fifth",
       26: "twenty-sixth", 27: "twenty-seventh", 28: "twenty-eighth"}


def phone(intl=False, style=None):
    while True:
        v = _phone(intl, style)
        if v not in STAFF_PHONE and "".join(c for c in v if c.isdigit())[-10:] not in ("9375550100", "9375550111", "5135550190"):
            return v


def _phone(intl=False, style=None):
    if intl:
        k = {"UK": 0, "DE": 1, "MX": 2}.get(intl, rint(0, 2))
        if k == 0:
            return ch(["+44 7700 9%05d" % rint(0, 99999), "07700 9%02d %03d" % (rint(0, 99), rint(0, 999)),
                       "+447911%06d" % rint(0, 999999)])
        if k == 1:
            return ch(["+49 151 %08d" % rint(0, 99999999), "+49 (0)176 %07d" % rint(0, 9999999)])
        return "+52 33 %04d %04d" % (rint(1000, 9999), rint(0, 9999))
    a = ch(AREAS)
    ex = "555" if R.random() < 0.45 else "%d%02d" % (rint(2, 9), rint(0, 99))
    ln = "01%02d" % rint(0, 99) if ex == "555" else "%04d" % rint(0, 9999)
    style = style if style is not None else rint(0, 7)
    return ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s%s%s", "+1 %s-%s-%s", "+1%s%s%s", "1-%s-%s-%s",
            "%s %s %s"][style] % (a, ex, ln)


def fmt_date(d, style=None):
    style = style if style is not None else ch(["iso", "us", "us", "eu", "de", "long", "dmon", "usshort", "iso"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return "%02d/%02d/%04d" % (d.month, d.day, d.year)
    if style == "usshort":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "eu":
        return d.strftime("%d/%m/%Y")
    if style == "de":
        return d.strftime("%d.%m.%Y")
    if style == "long":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "dmon":
        return "%d %s %d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "mon":
        return "%s-%02d-%04d" % (MONTHS[d.month - 1][:3].upper(), d.day, d.year)
    raise ValueError(style)


def spoken_date(d):
    y = d.year
    ys = ("nineteen " + ["oh-", ""][y % 100 >= 10] + str(y % 100)) if y < 2000 else ("two thousand " + str(y - 2000) if y < 2010 else "twenty " + str(y % 100))
    return ch(["the %s of %s %s" % (ORD.get(d.day, str(d.day)), MONTHS[d.month - 1], ys),
               "%s %s %s" % (MONTHS[d.month - 1], ORD.get(d.day, str(d.day)), ys),
               "%d %s %d" % (d.day, MONTHS[d.month - 1], y)])


def wb_uid():
    b = [0x04] + [rint(0, 255) for _ in range(6)]
    return b


def wb_fmt(b, style=None):
    style = style if style is not None else rint(0, 3)
    if style == 0:
        return ":".join("%02X" % x for x in b)
    if style == 1:
        return "".join("%02X" % x for x in b)
    if style == 2:
        return "".join("%02x" % x for x in b)
    return "-".join("%02x" % x for x in b)


def ssn():
    while True:
        a = rint(1, 899)
        if a == 666:
            continue
        g, s = rint(1, 99), rint(1, 9999)
        v = "%03d-%02d-%04d" % (a, g, s)
        if v not in ("123-45-6789", "078-05-1120"):
            return v


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    AN = L + "0123456789"
    return "".join([ch("123456789"), ch(L), ch(AN), ch("0123456789"), ch(L), ch(AN), ch("0123456789"), ch(L),
                    ch(L), ch("0123456789"), ch("0123456789")])


def vin():
    A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return ch(["1HG", "2T1", "1FT", "3VW", "5YJ", "JN1", "1C4"]) + "".join(ch(A) for _ in range(14))


def plate(st):
    if st == "OH":
        return "%s%s%s %04d" % (ch("ABCDEFGHJKLMNPRSTUVWXYZ"), ch("ABCDEFGHJKLMNPRSTUVWXYZ"),
                                ch("ABCDEFGHJKLMNPRSTUVWXYZ"), rint(0, 9999))
    if st == "IN":
        return "%03d%s%s" % (rint(100, 999), ch("ABCDEFGHJKLMNPRSTUVWXYZ"), ch("ABCDEFGHJKLMNPRSTUVWXYZ"))
    if st == "KY":
        return "%s%s%s%03d" % (ch("ABCDEFGHJKLMNPRSTUVWXYZ"), ch("ABCDEFGHJKLMNPRSTUVWXYZ"),
                               ch("ABCDEFGHJKLMNPRSTUVWXYZ"), rint(0, 999))
    return "%d%s%s%s%03d" % (rint(1, 9), ch("ABCDEFGHJKLMNPRSTUVWXYZ"), ch("ABCDEFGHJKLMNPRSTUVWXYZ"),
                             ch("ABCDEFGHJKLMNPRSTUVWXYZ"), rint(0, 999))


def dl(st):
    if st == "OH":
        return "%s%s%06d" % (ch("ABCDEFGHJKLMNPRSTUVWXYZ"), ch("ABCDEFGHJKLMNPRSTUVWXYZ"), rint(0, 999999))
    if st == "IN":
        return "%04d-%02d-%04d" % (rint(0, 9999), rint(0, 99), rint(0, 9999))
    if st == "KY":
        return "%s%08d" % (ch("ABCDEFGHJKLMNPRSTUVWXYZ"), rint(0, 99999999))
    if st == "IL":
        return "%s%03d-%04d-%04d" % (ch("ABCDEFGHJKLMNPRSTUVWXYZ"), rint(0, 999), rint(0, 9999), rint(0, 9999))
    return "%s%07d" % (ch("ABCDEFGHJKLMNPRSTUVWXYZ"), rint(0, 9999999))


def imei():
    return luhn_complete(ch(["35", "86", "01", "35"]) + digits(6), 15)


class Person:
    def __init__(self, age=None, last=None, sex=None):
        self.sex = sex or ch("FM")
        self.first = ch(FIRST_F if self.sex == "F" else FIRST_M)
        self.last = last or ch(LAST)
        if age is None:
            r = R.random()
            age = rint(16, 30) if r < 0.66 else rint(31, 60) if r < 0.88 else rint(61, 89) if r < 0.95 else rint(90, 97)
        self.age = age
        self.dob = EVENT_DAY - dt.timedelta(days=age * 365 + rint(5, 360) + age // 4)
        self.foreign = R.random() < 0.1
        if self.foreign:
            c = ch(FOREIGN)
            self.city, self.state, self.zip, self.country = c
        else:
            self.city, self.state, self.zip = ch(CITIES)
            self.country = "US"
        self.street = "%d %s" % (rint(3, 9899), ch(STREETS))
        self.unit = ch(["", "", "", "Apt %d" % rint(1, 40), "Unit %s" % ch("ABCD"), "#%d" % rint(100, 420)])
        self.phone = phone(intl=self.country if self.foreign else False)
        f, l = fold(self.first).lower().replace(" ", "").replace("-", ""), fold(self.last).lower().replace(" ", "").replace("'", "").replace(".", "")
        dom = ch(MAILDOM)
        self.email = ["%s.%s@%s" % (f, l, dom), "%s%s@%s" % (f, l, dom), "%s_%s%d@%s" % (f, l, rint(80, 99), dom),
                      "%s%s%d@%s" % (f[0], l, rint(1, 99), dom), "%s.%s@%s" % (l, f, dom)][rint(0, 4)]
        self.band = wb_uid()
        self.cust = "cus_" + b62(14)
        self.wallet = "WLT-%08d" % rint(10000000, 99999999)
        self.enc = None
        self.mrn = None
        self.pcr = None

    def name(self, style=None):
        style = style if style is not None else ch(["fl", "fl", "fl", "lf", "LF", "UP", "low", "init", "fi", "fl"])
        f, l = self.first, self.last
        return {"fl": "%s %s" % (f, l), "lf": "%s, %s" % (l, f), "LF": "%s, %s" % (l.upper(), f),
                "UP": "%s %s" % (f.upper(), l.upper()), "low": "%s %s" % (f.lower(), l.lower()),
                "init": "%s. %s" % (f[0], l), "fi": "%s %s." % (f, l[0])}[style]

    def ice(self):
        if not hasattr(self, "_ice"):
            if self.age < 18:
                pool = ["mother", "father", "aunt", "mother", "older brother"]
            elif self.age < 35:
                pool = ["mother", "father", "sister", "brother", "partner", "friend", "girlfriend", "boyfriend", "roommate", "aunt"]
            elif self.age < 65:
                pool = ["partner", "wife", "husband", "sister", "brother", "friend", "mother", "father"]
            else:
                pool = ["son", "daughter", "grandson", "wife", "husband", "partner", "friend"]
            rel = ch(pool)
            same = rel in ("mother", "father", "sister", "brother", "wife", "husband", "aunt", "son", "daughter", "grandson", "older brother")
            c = Person(age=rint(40, 70) if rel in ("mother", "father", "aunt") else rint(18, 60), last=self.last if same and R.random() < 0.8 else None,
                       sex="F" if rel in ("mother", "sister", "wife", "aunt", "daughter", "girlfriend") else
                       "M" if rel in ("father", "brother", "husband", "son", "grandson", "boyfriend", "older brother") else None)
            c.foreign = self.foreign
            c.phone = phone(intl=self.country if self.foreign else False)
            self._ice = (rel, c)
        return self._ice


SEQ = {"enc": 211, "wlf": 0, "pcr": 118190, "sec": 140, "msg": 4100, "ord": 7700000}


def enc_of(p):
    if p.enc is None:
        SEQ["enc"] += rint(1, 9)
        d = now().date()
        p.enc = "ENC-%s-%04d" % (d.strftime("%y%m%d"), SEQ["enc"])
    return p.enc


def pcr_of(p):
    if p.pcr is None:
        SEQ["pcr"] += rint(3, 40)
        p.pcr = "PCR24-%06d" % SEQ["pcr"]
    return p.pcr


def mrn_of(p):
    if p.mrn is None:
        p.mrn = ch(["%08d" % rint(1000000, 99999999), "E%09d" % rint(0, 999999999), "MR%07d" % rint(0, 9999999)])
    return p.mrn


def wlf_ref():
    SEQ["wlf"] += 1
    return "WLF-%s-%03d" % (now().strftime("%m%d"), SEQ["wlf"])


def order_no():
    SEQ["ord"] += rint(1, 30000)
    return "%s-%d" % (evctx()["evcode"], SEQ["ord"])


POOL = [Person() for _ in range(70)]
POOL += [Person(age=a) for a in (91, 93, 96)]
R.shuffle(POOL)
RECENT = []


LAST_EVENT = [False]


def patient(new_p=0.55):
    if stadium() != LAST_EVENT[0]:
        LAST_EVENT[0] = stadium()
        del RECENT[:]
    if RECENT and R.random() > new_p:
        return ch(RECENT[-8:])
    p = POOL.pop() if POOL else Person()
    RECENT.append(p)
    return p


STAFF = [("EMT-B", "R. Castillo", "4471"), ("Paramedic", "Greg Hollis", "P2290"), ("RN", "Tamsin Kerr", "RN-118"),
         ("Dr.", "Anjali Mehta", "MD-07"), ("EMT", "Ahmed Farouk", "3318"), ("Paramedic", "Lena Vogt", "P1904"),
         ("RN", "Marcus Oyelowo", "RN-121"), ("EMT", "Sofía Marín", "5012"), ("Dr.", "Callum Reid", "MD-03"),
         ("EMT-B", "J. Park", "4480"), ("Paramedic", "Dana Whitcomb", "P2311"), ("RN", "Beatriz Souza", "RN-133")]
CALLSIGNS = ["ECHO-1", "ECHO-2", "ECHO-4", "BRAVO-3", "MEDIC-14", "MEDIC-22", "BIKE-1", "GATOR-2", "CART-5",
             "WELFARE-1", "SEC-CTRL", "MED-CTRL"]
STAFF_MAIL = ["medlead@bluestem-med.com", "welfare.ops@bluestemfest.com", "r.castillo@bluestem-med.com",
              "dispatch@tricountyems.org", "it-oncall@bluestem-med.com", "boxoffice-support@tixwell.io"]

COMPLAINTS = ["heat exhaustion", "dehydration", "syncope", "laceration L hand", "ankle sprain", "asthma exacerbation",
              "intoxication - alcohol", "suspected MDMA toxicity", "opioid overdose", "panic attack", "wasp sting",
              "hypoglycaemia (T1DM)", "crush injury at barrier", "migraine", "chest pain", "sunburn", "head injury, fall",
              "GHB - decreased LOC", "allergic reaction (peanut)", "seizure (known epilepsy)", "heat stroke"]
DISPO = ["discharged_to_friend", "discharged_self_care", "transported_hospital", "refused_care", "returned_to_event",
         "handed_to_welfare", "AMA"]


def hosp_for(p):
    hs = evctx()["hosp"]
    kids = [h for h in hs if "Children" in h[0]]
    if p.age < 18 and kids:
        return kids[0]
    return ch([h for h in hs if "Children" not in h[0]])


def staff():
    return ch(STAFF)


def ip_pub():
    return ch(["73.%d.%d.%d", "24.%d.%d.%d", "99.%d.%d.%d", "174.%d.%d.%d", "108.%d.%d.%d", "68.%d.%d.%d"]) % (
        rint(1, 254), rint(0, 254), rint(1, 254))


def ip_priv():
    return ch(["10.40.%d.%d", "172.31.%d.%d", "192.168.%d.%d"]) % (rint(0, 30), rint(2, 250))


def latlng(base=(39.7841, -84.1023)):
    return "%.5f" % (base[0] + R.uniform(-0.004, 0.004)), "%.5f" % (base[1] + R.uniform(-0.005, 0.005))


def vitals():
    return {"hr": rint(58, 148), "rr": rint(8, 30), "spo2": rint(90, 100), "sbp": rint(92, 168), "dbp": rint(55, 100),
            "tempC": round(R.uniform(36.1, 41.2), 1), "gcs": ch([15, 15, 15, 14, 13, 11, 9]),
            "bgl": round(R.uniform(3.1, 9.8), 1)}


def fake_jpeg_b64(n=260):
    raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00" + bytes(rint(0, 255) for _ in range(n))
    return base64.b64encode(raw).decode()


def face_template():
    return base64.b64encode(bytes(rint(0, 255) for _ in range(96))).decode()


def sha(n=64):
    return hashlib.sha256(str(R.random()).encode()).hexdigest()[:n]


# ============================================================================ families
# Every generator returns a list of Line objects.

# ---------------------------------------------------------------- Android / Kotlin logcat
APP_PID = [5123, 5190]


def logcat(lvl, tag, t=None, fast=False):
    t = t or (CLK.tick(0.0005, 0.004) if fast else CLK.tick())
    L = Line("logcat_kotlin")
    pid = APP_PID[0] if not stadium() else APP_PID[1]
    L.t("%s %5d %5d %s %-8s: " % (ts_logcat(t), pid, pid + rint(3, 90), lvl, tag) if len(tag) < 8 else
        "%s %5d %5d %s %s: " % (ts_logcat(t), pid, pid + rint(3, 90), lvl, tag))
    return L


def g_logcat_noise():
    k = rint(0, 8)
    api = "https://api.medops.bluestem-med.com"
    if k == 0:
        L = logcat("I", "EncounterSyncWorker")
        return [L.t("Sync started, pending=%d, network=WIFI(ssid=%s-MED-OPS) attempt=%d" % (rint(0, 9), evctx()["evcode"][:3], rint(1, 3)))]
    if k == 1:
        a = logcat("D", "OkHttp").t("--> POST %s/v2/encounters/batch (%d-byte body)" % (api, rint(600, 9000)))
        b = logcat("D", "OkHttp").t("<-- %s %s/v2/encounters/batch (%dms)" % (ch(["200 OK", "200 OK", "409 Conflict", "503 Service Unavailable"]), api, rint(80, 2400)))
        return [a, b]
    if k == 2:
        return [logcat("W", "WM-WorkerWrapper").t("Work [ id=%s, tags={ com.bluestem.medtent.sync.EncounterSyncWorker } ] was cancelled" % uid4())]
    if k == 3:
        out = [logcat("E", "AndroidRuntime").t("FATAL EXCEPTION: DefaultDispatcher-worker-%d" % rint(1, 8)),
               logcat("E", "AndroidRuntime", fast=True).t("Process: com.bluestem.medtent, PID: %d" % APP_PID[0]),
               logcat("E", "AndroidRuntime", fast=True).t("kotlinx.serialization.json.internal.JsonDecodingException: Unexpected JSON token at offset %d: Expected quotation mark '\"', but had 'n' instead at path: $.patient.vitals.spo2" % rint(100, 900)),
               logcat("E", "AndroidRuntime", fast=True).t("\tat com.bluestem.medtent.data.remote.EncounterDto$$serializer.deserialize(EncounterDto.kt:%d)" % rint(20, 400))]
        return out
    if k == 4:
        return [logcat("I", "NfcReader").t("Tag discovered tech=[android.nfc.tech.NfcA, android.nfc.tech.MifareUltralight] sak=0x00 atqa=0x0044")]
    if k == 5:
        return [logcat("D", "BatteryMonitor").t("level=%d temp=%.1fC plugged=%s health=GOOD" % (rint(8, 100), R.uniform(28, 44), ch(["false", "AC", "USB"])))]
    if k == 6:
        return [logcat("I", "Room").t("Migration %d->%d completed in %dms (db=medtent.db, version code 4120%02d)" % (11, 12, rint(10, 90), rint(1, 99)))]
    if k == 7:
        return [logcat("W", "LocationManager").t("GPS fix stale age=%dms accuracy=%.1fm provider=fused" % (rint(3000, 60000), R.uniform(3, 40)))]
    return [logcat("I", "ConfigRepository").t("Loaded triage config v%d.%d.%d (sha=%s) posts=%s" % (2, rint(0, 9), rint(0, 20), sha(12), ",".join(evctx()["post_ids"])))]


def g_logcat_phi():
    p = patient()
    k = rint(0, 5)
    if k == 0:
        L = logcat("I", "NfcReader")
        return [L.a("Wristband scanned uid=", (wb_fmt(p.band, 0), "device"), " -> linked to ", (enc_of(p), "other_id"),
                    " post=", ch(evctx()["post_ids"]))]
    if k == 1:
        o = {"encounterNo": T(enc_of(p), "other_id"),
             "patient": {"firstName": T(p.first, "name"), "lastName": T(p.last, "name"),
                         "dateOfBirth": T(fmt_date(p.dob, "iso"), "date"), "sex": p.sex,
                         "mobile": T(p.phone, "phone")},
             "triage": ch(["P1", "P2", "P3", "P3"]), "complaint": ch(COMPLAINTS)}
        if p.age > 89:
            o["patient"]["ageYears"] = T(p.age, "age")
        return [logcat("D", "OkHttp").x(jp(o))]
    if k == 2:
        L = logcat("D", "PatientFormViewModel")
        L.a("onSave Patient(localId=%s, givenName=" % uid4(), (p.first, "name"), ", familyName=", (p.last, "name"),
            ", dob=", (fmt_date(p.dob, "iso"), "date"), ", phone=", (p.phone, "phone"),
            ", allergies=[%s], wristband=" % ch(["", "penicillin", "NKDA", "peanut, latex", "sulfa"]),
            (wb_fmt(p.band, 1), "device"), ")")
        return [L]
    if k == 3:
        L = logcat("W", "EncounterRepository")
        L.a("Duplicate patient suspected: '", (p.name("lf"), "name"), "' dob=", (fmt_date(p.dob, "iso"), "date"),
            " matches ", (enc_of(p), "other_id"), " (score=0.%d)" % rint(81, 99))
        return [L]
    if k == 4:
        L = logcat("E", "SyncWorker")
        bad = p.phone.replace("-", "")[:-2]
        L.a("HTTP 422 for ", (enc_of(p), "other_id"), ": {\"errors\":[{\"field\":\"patient.phone\",\"message\":\"invalid format: ",
            (bad, "phone"), "\"}]}")
        return [L]
    pump = ch(["NG%07dH" % rint(0, 9999999), "SN %s-%05d" % (ch(["t:slim", "OP5"]), rint(0, 99999))])
    L = logcat("I", "DeviceCaptureFragment")
    L.a("Attached patient device type=insulin_pump serial=", (pump, "device"), " cgm=", ("%s" % b62(6).upper(), "device"),
        " encounter=", (enc_of(p), "other_id"))
    return [L]


# ---------------------------------------------------------------- iOS / Swift unified log
def oslog(cat, t=None, show=False):
    t = t or CLK.tick()
    L = Line("oslog_swift")
    if show:
        L.t("%s 0x%x    %-11s 0x0                  %d    0    TentTriage: (%s) [com.stadiummed.tenttriage:%s] " % (
            ts_oslog(t), rint(0x10000, 0xfffff), ch(["Default", "Info", "Error", "Debug"]), 812, ch(["CoreNFC", "Foundation", "TentTriage"]), cat))
    else:
        L.t("%s TentTriage[812:%d] [%s] " % (ts_oslog(t), rint(40000, 49999), cat))
    return L


def g_oslog_noise():
    k = rint(0, 7)
    if k == 0:
        return [oslog("Sync").t("Uploaded %d encounters in %dms (queue=%d, build 4.12.1 (2291))" % (rint(1, 6), rint(90, 1800), rint(0, 4)))]
    if k == 1:
        return [oslog("Net").t("Task <%s>.<%d> finished with error [-1001] Error Domain=NSURLErrorDomain Code=-1001 \"The request timed out.\" UserInfo={_kCFStreamErrorCodeKey=-2102}" % (uid4().upper(), rint(1, 9)))]
    if k == 2:
        return [oslog("Patient").t("Saved patient <private> dob=<private> encounter=<private> (%d fields)" % rint(8, 30))]
    if k == 3:
        return [oslog("NFC", show=True).t("Reader session invalidated: Session timeout")]
    if k == 4:
        return [oslog("Location").t("didUpdateLocations accuracy=%.1fm post=%s" % (R.uniform(3, 30), ch(evctx()["post_ids"])))]
    if k == 5:
        return [oslog("Crash").t("Fatal error: Unexpectedly found nil while unwrapping an Optional value: file TentTriage/EncounterFormView.swift, line %d" % rint(80, 400))]
    if k == 6:
        return [oslog("CoreData", show=True).t("NSPersistentCloudKitContainer: export succeeded in %.3fs (%d records)" % (R.uniform(0.1, 4), rint(1, 40)))]
    return [oslog("Auth").t("Token refreshed for device TAB-%s-%02d, expires in 3600s" % (ch(evctx()["post_ids"]), rint(1, 12)))]


def g_oslog_phi():
    p = patient()
    k = rint(0, 4)
    if k == 0:
        L = oslog("Patient")
        ice_rel, c = p.ice()
        L.a("Saved Patient(id: %s, givenName: \"" % uid4().upper(), (p.first, "name"), "\", familyName: \"", (p.last, "name"),
            "\", dateOfBirth: ", (p.dob.strftime("%Y-%m-%d 00:00:00 +0000"), "date"), ", iceContact: Optional(\"",
            (c.name("fl"), "name"), " (%s) " % ice_rel, (c.phone, "phone"), "\"))")
        return [L]
    if k == 1:
        h = hosp_for(p)[0]
        L = oslog("Handover")
        L.a("Generated PDF for ", (enc_of(p), "other_id"), " (", (p.name("lf"), "name"), ") → %s ED, %d pages" % (h, rint(1, 3)))
        return [L]
    if k == 2:
        L = oslog("NFC", show=True)
        L.a("Read wristband ", (wb_fmt(p.band, 1), "device"), " → customer ", (p.cust, "other_id"), " \"", (p.name("fl"), "name"), "\"")
        return [L]
    if k == 3:
        L = oslog("Search")
        L.a("ticketing lookup q=\"", (p.email, "email"), "\" results=1 latency=%dms" % rint(60, 900))
        return [L]
    L = oslog("Vitals")
    L.a("Flag HIGH temp=%.1f for " % R.uniform(39.5, 41.3), (p.name("fi"), "name"), " age=")
    if p.age > 89:
        L.p(str(p.age), "age")
    else:
        L.t(str(p.age))
    L.t(" — prompting heat stroke protocol")
    return [L]


# ---------------------------------------------------------------- encounter sync JSON
def enc_base(msg, lvl="info"):
    t = CLK.tick()
    return {"ts": ts_z(t), "level": lvl, "svc": "tent-sync", "msg": msg,
            "deviceId": "TAB-%s-%02d" % (ch(evctx()["post_ids"]), rint(1, 12)),
            "appVersion": ch(["4.12.1 (2291)", "4.12.0 (2280)", "3.9.7 (1904)"])}


def g_encjson_noise():
    k = rint(0, 3)
    o = enc_base(ch(["batch committed", "heartbeat", "encounter closed", "conflict resolved"]))
    if k == 0:
        o.update({"count": rint(1, 12), "durationMs": rint(40, 3000), "conflicts": rint(0, 2), "traceId": hx(32)})
    elif k == 1:
        o.update({"msg": "heartbeat", "battery": rint(5, 100), "queue": rint(0, 4), "rssi": -rint(40, 90)})
    elif k == 2:
        o.update({"msg": "encounter closed", "encounterUuid": uid4(), "triage": ch(["P1", "P2", "P3"]),
                  "lengthOfStayMin": rint(4, 180), "disposition": ch(DISPO)})
    else:
        o.update({"msg": "conflict resolved", "strategy": "server_wins", "recordUuid": uid4(), "rev": "%d-%s" % (rint(2, 9), hx(32))})
    return [Line("encounter_json").x(jp(o))]


def g_encjson_phi():
    p = patient()
    t = now()
    arrived = t - dt.timedelta(minutes=rint(3, 50))
    legacy = R.random() < 0.3
    o = enc_base("encounter upserted")
    if legacy:
        enc = {"enc_no": T(enc_of(p), "other_id"), "post": ch(evctx()["post_ids"]),
               "arr_dt": T(arrived.strftime("%m/%d/%Y %H:%M"), "date"),
               "pt_lname": T(p.last.upper(), "name"), "pt_fname": T(p.first.upper(), "name"),
               "pt_dob": T(fmt_date(p.dob, "us"), "date"), "pt_age": T(p.age, "age") if p.age > 89 else p.age,
               "band_uid": T(wb_fmt(p.band, 2), "device"), "cc": ch(COMPLAINTS),
               "hr": rint(60, 140), "rr": rint(10, 28), "spo2": rint(91, 100)}
    else:
        rel, c = p.ice()
        enc = {"encounterNo": T(enc_of(p), "other_id"), "tent": ch(evctx()["post_ids"]),
               "arrivedAt": T(ts_local_iso(arrived)[:-10] + "-05:00", "date"), "triage": ch(["P1", "P2", "P3", "P3"]),
               "patient": {"givenName": T(p.first, "name"), "familyName": T(p.last, "name"),
                           "dob": T(fmt_date(p.dob, "iso"), "date"), "sex": p.sex,
                           "wristbandUid": T(wb_fmt(p.band, 0), "device"),
                           "iceContact": {"name": T(c.name("fl"), "name"), "relation": rel, "phone": T(c.phone, "phone")}},
               "complaint": ch(COMPLAINTS), "vitals": vitals(), "disposition": ch(DISPO)}
        if p.age > 89:
            enc["patient"]["age"] = T(p.age, "age")
    o["encounter"] = enc
    return [Line("encounter_json").x(jp(o))]


def g_encjson_de():
    """German contractor (Sanitätsdienst) form, synced through the same service"""
    p = patient()
    o = enc_base("einsatzprotokoll importiert")
    o["protokoll"] = {"einsatzNr": T(enc_of(p), "other_id"), "sanStation": ch(evctx()["post_ids"]),
                      "name": T(p.last, "name"), "vorname": T(p.first, "name"),
                      "geburtsdatum": T(fmt_date(p.dob, "de"), "date"),
                      "anschrift": M((p.street, "address"), ", ", (p.zip, "zip"), " ", (p.city, "address")),
                      "verdachtsdiagnose": ch(["Hitzeerschöpfung", "Alkoholintoxikation", "Synkope", "Schnittwunde Hand", "Kreislaufkollaps"]),
                      "verbleib": ch(["entlassen", "RTW Klinik", "Betreuung Welfare"])}
    return [Line("encounter_json").x(jp(o, sp=True))]


# ---------------------------------------------------------------- encounter CSV export
def g_csv_phi():
    out = [Line("encounter_csv").t("encounter_no,post,arrival_local,surname,forename,dob,age,sex,wristband,presenting_complaint,naloxone_given,outcome,transport_to")]
    dfmt = ch(["iso", "us"])
    seen = set()
    n = rint(2, 4)
    back = sorted((rint(5, 240) for _ in range(n)), reverse=True)
    for i in range(n):
        p = patient(0.7)
        if id(p) in seen:
            p = patient(1.0)
        seen.add(id(p))
        t = now() - dt.timedelta(minutes=back[i], seconds=rint(0, 59))
        L = Line("encounter_csv")
        sur = p.last.upper() if R.random() < 0.4 else p.last
        q = lambda s: ('"%s"' % s) if ("," in s or "'" in s and R.random() < 0.5) else s
        L.a((enc_of(p), "other_id"), ",", ch(evctx()["post_ids"]), ",", (t.strftime("%Y-%m-%d %H:%M"), "date"), ",")
        s = q(sur)
        if s.startswith('"'):
            L.a('"', (sur, "name"), '"')
        else:
            L.p(sur, "name")
        L.a(",", (p.first, "name"), ",", (fmt_date(p.dob, dfmt), "date"), ",")
        if p.age > 89:
            L.p(str(p.age), "age")
        else:
            L.t(str(p.age))
        cc = ch(COMPLAINTS)
        nal = "Y" if cc == "opioid overdose" else "N"
        h = hosp_for(p)[1]
        d = ch(DISPO)
        L.a(",", p.sex, ",", (wb_fmt(p.band, 1), "device"), ",", ('"%s"' % cc) if "," in cc else cc, ",", nal, ",", d, ",",
            h if d == "transported_hospital" else "")
        out.append(L)
    return out


def g_csv_noise():
    out = [Line("encounter_csv").t("post,hour_local,encounters,p1,p2,p3,transfers,naloxone_doses,heat_cases,mean_los_min")]
    hrs = rint(2, 4)
    for i in range(hrs):
        t = now() - dt.timedelta(hours=hrs - i)
        n = rint(2, 25)
        out.append(Line("encounter_csv").t("%s,%s,%d,%d,%d,%d,%d,%d,%d,%.1f" % (
            ch(evctx()["post_ids"]), t.strftime("%Y-%m-%dT%H:00"), n, rint(0, 2), rint(0, 5), rint(0, n), rint(0, 2),
            rint(0, 2), rint(0, 6), R.uniform(8, 70))))
    return out


# ---------------------------------------------------------------- cashless POS (logback)
def pos(lvl, cls):
    t = CLK.tick()
    return Line("rfid_cashless").t("%s %-5s [pos-gw-%d] c.t.cashless.%s - " % (ts_logback(t), lvl, rint(1, 4), cls))


def g_pos_noise():
    k = rint(0, 4)
    uid = wb_fmt(wb_uid(), 1)
    if k == 0:
        amt = R.choice([6.5, 8.0, 12.5, 14.0, 4.0, 22.0, 9.75])
        return [pos("INFO", "TxnProcessor").t("TXN_APPROVED terminal=%s uid=%s amt=%.2f bal=%.2f ccy=USD txn_id=%d batch=%d" % (
            ch(["BAR-07", "BAR-12", "FOOD-03", "MERCH-01", "WATER-02"]), uid, amt, R.uniform(0, 120), rint(7000000, 7999999), rint(200, 260)))]
    if k == 1:
        return [pos("WARN", "TxnProcessor").t("TXN_DECLINED terminal=%s uid=%s reason=INSUFFICIENT_FUNDS amt=%.2f bal=%.2f" % (
            ch(["BAR-03", "FOOD-11"]), uid, R.uniform(5, 30), R.uniform(0, 4)))]
    if k == 2:
        return [pos("INFO", "BatchUploader").t("Uploaded batch=%d records=%d to s3://tw-cashless-prod/batches/%s/ in %dms" % (
            rint(200, 260), rint(50, 900), now().strftime("%Y/%m/%d"), rint(200, 4000)))]
    if k == 3:
        return [pos("ERROR", "TerminalHealth").t("terminal=%s offline for %ds (last_seen ip=%s fw=2.8.%d)" % (
            ch(["BAR-07", "FOOD-03", "TOPUP-K2"]), rint(60, 900), ip_priv(), rint(0, 9)))]
    return [pos("INFO", "TopupService").t("TOPUP_OK kiosk=TOPUP-K%d uid=%s amt=%.2f method=card pan=**** %04d auth=%s" % (
        rint(1, 6), uid, ch([20, 40, 50, 100]), rint(0, 9999), b62(6).upper()))]


def g_pos_phi():
    p = patient(0.6)
    k = rint(0, 2)
    if k == 0:
        L = pos("INFO", "WalletAdmin")
        L.a("WALLET_LOOKUP requested_by=welfare-desk case=", (wlf_ref(), "other_id"), " uid=", (wb_fmt(p.band, 1), "device"),
            " wallet=", (p.wallet, "account"), " holder=\"", (p.name(ch(["lf", "fl", "UP"])), "name"), "\" email=",
            (p.email, "email"), " last_txn_terminal=%s last_txn_age=%dm" % (ch(["BAR-07", "FOOD-03", "WATER-02"]), rint(2, 300)))
        return [L]
    if k == 1:
        L = pos("INFO", "RefundService")
        L.a("REFUND_MANUAL wallet=", (p.wallet, "account"), " holder=\"", (p.name(), "name"), "\" amt=%.2f reason=\"medical evacuation " % R.uniform(10, 140),
            (enc_of(p), "other_id"), "\" card=**** %04d approved_by=ops.supervisor" % rint(0, 9999))
        return [L]
    pre = ch(["4539", "4716", "5425", "2221", "37"])
    pan = luhn_complete(pre, 15 if pre == "37" else 16)
    if R.random() < 0.5:
        pan_s = pan
    elif len(pan) == 15:
        pan_s = "%s %s %s" % (pan[:4], pan[4:10], pan[10:])
    else:
        pan_s = " ".join(pan[i:i + 4] for i in range(0, 16, 4))
    L = pos("ERROR", "RefundService")
    L.a("Stripe error card_declined refunding wallet=", (p.wallet, "account"), " to pan=", (pan_s, "account"),
        " holder=\"", (p.name("UP"), "name"), "\" (hospitalised attendee, ", (enc_of(p), "other_id"), ")")
    return [L]


# ---------------------------------------------------------------- access control (RFC5424 syslog)
def acc(msgid="ACCESS"):
    t = CLK.tick()
    return Line("rfid_access").t("<134>1 %s gatectl-%02d accessd %d %s - " % (ts_local_iso(t), rint(1, 9), rint(2000, 2999), msgid))


def g_acc_noise():
    k = rint(0, 3)
    if k == 0:
        return [acc().t("uid=%s gate=%s lane=%d dir=%s result=GRANTED ticket=%s zone=%s" % (
            wb_fmt(wb_uid(), 0), ch(evctx()["gates"]), rint(1, 8), ch(["IN", "OUT"]), ch(["FLOOR", "SEATED-L1", "SEATED-L3", "SUITE"] if stadium() else ["GA3D", "GA1D-SAT", "VIP3D", "CAMP3D"]),
            ch(["BOWL", "PITCH", "CONCOURSE"] if stadium() else ["ARENA", "CAMPING", "VIP"])))]
    if k == 1:
        return [acc("DENY").t("uid=%s gate=%s lane=%d dir=IN result=DENIED reason=%s" % (
            wb_fmt(wb_uid(), 0), ch(evctx()["gates"]), rint(1, 8), ch(["PASSBACK", "ZONE_NOT_PERMITTED", "BAND_NOT_ACTIVATED", "BLOCKLIST"])))]
    if k == 2:
        return [acc("STATS").t("gate=%s scans_5m=%d granted=%d denied=%d throughput_ppm=%.1f reader_fw=3.4.%d" % (
            ch(evctx()["gates"]), rint(100, 2200), rint(90, 2100), rint(0, 40), R.uniform(20, 90), rint(0, 12)))]
    return [acc("HEALTH").t("reader=%s status=%s temp_c=%d uptime=%ds" % ("RDR-%03d" % rint(1, 180), ch(["OK", "OK", "DEGRADED"]), rint(30, 66), rint(1000, 300000)))]


def g_acc_phi():
    p = patient(0.5)
    k = rint(0, 1)
    if k == 0:
        L = acc()
        L.a("uid=", (wb_fmt(p.band, 0), "device"), " gate=%s-ENTRY dir=IN result=GRANTED note=\"patient check-in\" enc=" % ch(evctx()["post_ids"]),
            (enc_of(p), "other_id"))
        return [L]
    L = acc("TRACE")
    L.a("last_seen query case=", (wlf_ref(), "other_id"), " uid=", (wb_fmt(p.band, 3), "device"),
        " hits=%d last=%s@%s" % (rint(1, 40), ch(evctx()["gates"]), (now() - dt.timedelta(minutes=rint(5, 200))).strftime("%H:%M:%S")))
    return [L]


# ---------------------------------------------------------------- welfare desk
def g_welfare_phi():
    t = CLK.tick()
    kid = R.random() < 0.5
    subj = Person(age=rint(6, 16)) if kid else patient(0.8)
    rel = ch(["mother", "father", "aunt", "older brother"]) if kid else ch(["friend", "partner", "sister", "roommate"])
    rsex = "F" if rel in ("mother", "aunt", "sister") else "M" if rel in ("father", "older brother") else None
    rep = Person(age=rint(30, 55) if kid else rint(18, 40), last=subj.last if kid and R.random() < 0.8 else None, sex=rsex)
    ref = wlf_ref()
    subj.wlf = ref
    la, ln = latlng()
    o = {"caseRef": T(ref, "other_id"), "type": "LOST_CHILD" if kid else ch(["LOST_PERSON", "WELFARE_CHECK"]),
         "reportedAt": ts_local_iso(t), "desk": ch(["WELFARE-1", "INFO-TENT", "FA-1"]),
         "subject": {"name": T(subj.name(ch(["fl", "fl", "UP"])), "name"), "age": subj.age,
                     "description": ch(["approx 4ft, pink ear defenders, unicorn t-shirt", "small, blue ear defenders, dinosaur backpack",
                                        "glasses, orange hi-vis kids wristband, denim shorts"]) if kid else ch(["5'2, red hoodie, black cargo pants", "blonde braids, yellow raincoat", "tall, bucket hat, glitter on face",
                                        "green festival poncho, white trainers", "wheelchair user, purple scarf"]),
                     "lastSeen": {"where": ch(evctx()["locs"]), "lat": T(float(la), "address"), "lng": T(float(ln), "address")}},
         "reporter": {"name": T(rep.name(), "name"), "relation": rel, "mobile": T(phone(), "phone")},
         "status": "OPEN", "operator": "wd-op-%d" % rint(1, 9)}
    if subj.age > 89:
        o["subject"]["age"] = T(subj.age, "age")
    if R.random() < 0.35:
        o["subject"]["photoB64"] = T(fake_jpeg_b64(rint(90, 180)), "photo")
        if R.random() < 0.5:
            o["subject"]["faceTemplateB64"] = T(face_template(), "biometric")
    out = [Line("welfare_json").x(jp(o))]
    if R.random() < 0.5:
        L = Line("welfare_json")
        CLK.tick(20, 240)
        L.x(jp({"ts": ts_local_iso(now()), "event": "case.update", "caseRef": T(ref, "other_id"),
                "status": ch(["REUNITED", "FOUND_SAFE", "ESCALATED_POLICE"]),
                "note": M("found at ", ch(evctx()["locs"]), " by stewards, ", (subj.first, "name"), " handed to ", (rep.first, "name"))}))
        out.append(L)
    return out


def g_welfare_noise():
    t = CLK.tick()
    k = rint(0, 2)
    if k == 0:
        o = {"ts": ts_local_iso(t), "event": "queue.stats", "open": rint(0, 6), "reunited_today": rint(0, 40),
             "median_reunite_min": rint(6, 45), "desk": "WELFARE-1"}
    elif k == 1:
        o = {"ts": ts_local_iso(t), "event": "shift.handover", "from": "wd-op-%d" % rint(1, 9), "to": "wd-op-%d" % rint(1, 9),
             "open_cases": rint(0, 5), "radio_channel": "CH4"}
    else:
        o = {"ts": ts_local_iso(t), "event": "broadcast.sent", "channel": ch(["screens", "app_push", "PA"]),
             "template": "lost_child_generic", "requestId": uid4()}
    return [Line("welfare_json").x(jp(o))]


def g_welfare_kv():
    """legacy welfare desk text log, key=value with free text"""
    t = CLK.tick()
    subj = patient(0.7)
    L = Line("welfare_kv")
    L.t("%s WELFARE " % t.strftime("%d/%m/%Y %H:%M:%S"))
    ref = wlf_ref()
    k = rint(0, 3)
    if k == 3:
        kid = Person(age=rint(16, 17))
        g = Person(age=rint(38, 55), last=kid.last if R.random() < 0.7 else None)
        L.a("case=", (ref, "other_id"), " type=minor_release minor=", (kid.name("LF"), "name"), " age=%d guardian=\"" % kid.age,
            (g.name("fl"), "name"), "\" consent=fax from=", (phone(style=ch([0, 1, 4])), "fax"), " id_seen=", kid.state or "OH", " DL ",
            (dl(kid.state if kid.state in ("OH", "IN", "KY", "IL") else "OH"), "license"), " released_to=guardian")
        return [L]
    if k == 0:
        rel, c = subj.ice()
        L.a("case=", (ref, "other_id"), " type=welfare_check subject=\"", (subj.name("LF"), "name"), "\" dob=",
            (fmt_date(subj.dob, "eu"), "date"), " caller=\"", (c.name(), "name"), "\" (", rel, ") tel=", (c.phone, "phone"),
            " reason=\"not answering phone since %s, last msg said felt dizzy\"" % ch(["18:00", "last night", "the Pink Stage set"]))
    elif k == 1:
        pl = plate(subj.state if subj.state in ("OH", "IN", "KY") else "OH")
        L.a("case=", (ref, "other_id"), " type=vulnerable_adult subject=", (subj.name("fl"), "name"),
            " vehicle=\"silver %s plate " % ch(["Honda Civic", "Ford Focus", "Toyota RAV4", "Subaru Outback"]),
            (pl, "vehicle"), "\" parked=Lot C row %d note=\"sleeping in car, friends worried\"" % rint(1, 40))
    else:
        L.a("case=", (ref, "other_id"), " type=lost_property_medical item=\"", ch(["insulin pen kit", "EpiPen", "inhaler", "CPAP"]),
            "\" owner=", (subj.name("init"), "name"), " contact=", (subj.email, "email"), " status=held_at_", ch(evctx()["post_ids"]))
    return [L]


# ---------------------------------------------------------------- HL7 v2 ADT (ambulance transfer prealert)
def hl7_phone(ph):
    d = "".join(c for c in ph if c.isdigit())[-10:]
    return "(%s)%s-%s" % (d[:3], d[3:6], d[6:])


def g_hl7():
    p = patient(0.3)
    t = CLK.tick()
    hname, hcode = hosp_for(p)
    SEQ["msg"] += 1
    cid = "EVM%06d" % SEQ["msg"]
    out = []
    L = Line("hl7v2")
    L.t("MSH|^~\\&|EVTMED|%s|ADT_RCV|%s|%s||ADT^A04^ADT_A01|%s|P|2.5.1|||AL|NE" % (evctx()["evcode"], hcode, t.strftime("%Y%m%d%H%M%S"), cid))
    out.append(L)
    st = ch([x for x in STAFF if " " in x[1] and "." not in x[1]])
    out.append(Line("hl7v2").t("EVN|A04|%s|||%s^%s^%s" % (t.strftime("%Y%m%d%H%M%S"), st[2], st[1].split()[1].upper(), st[1].split()[0].upper())))
    L = Line("hl7v2")
    L.a("PID|1||", (mrn_of(p), "mrn"), "^^^%s^MR~" % hcode, (enc_of(p), "other_id"), "^^^EVTMED^VN||",
        (fold(p.last).upper() if R.random() < 0.5 else p.last.upper(), "name"), "^", (p.first.upper(), "name"), "^^^^^L||",
        (fmt_date(p.dob, "hl7"), "date"), "|%s|||" % p.sex)
    if p.country == "US":
        L.a((p.street, "address"), "^", p.unit, "^", (p.city, "address"), "^", p.state, "^", (p.zip, "zip"), "^USA^H||",
            (hl7_phone(p.phone), "phone"), "^PRN^PH|||||")
    else:
        L.a((p.street, "address"), "^^", (p.city, "address"), "^^", (p.zip, "zip"), "^", p.country, "^H||", (p.phone, "phone"), "^PRN^CP|||||")
    if p.country == "US" and R.random() < 0.6:
        L.a((ssn().replace("-", "") if R.random() < 0.4 else ssn(), "ssn"))
    L.t("|")
    out.append(L)
    if R.random() < 0.6:
        rel, c = p.ice()
        code = {"mother": "MTH", "father": "FTH", "sister": "SIS", "brother": "BRO", "wife": "SPO", "husband": "SPO"}.get(rel, "FND")
        L = Line("hl7v2")
        L.a("NK1|1|", (c.last.upper(), "name"), "^", (c.first.upper(), "name"), "|%s^%s^HL70063||" % (code, rel.title()),
            (hl7_phone(c.phone) if not c.foreign else c.phone, "phone"), "^PRN^PH||EP^Emergency Contact^HL70131")
        out.append(L)
    L = Line("hl7v2")
    adm = t - dt.timedelta(minutes=rint(10, 40))
    L.a("PV1|1|E|ED^^^%s||||%s^MEHTA^ANJALI^^^DR^^^NPI||||||||||EMS||" % (hcode, "1%09d" % rint(0, 999999999)),
        ("V%09d" % rint(0, 999999999), "account"), "|||||||||||||||||||||||||", (adm.strftime("%Y%m%d%H%M"), "date"))
    out.append(L)
    if R.random() < 0.5:
        L = Line("hl7v2")
        plan = ch([("AETNA01", "AETNA", "W%09d" % rint(0, 999999999)), ("MCDOH", "OHIO MEDICAID", "%012d" % rint(0, 999999999999)),
                   ("ANTHEM", "ANTHEM BCBS", "XGH%09d" % rint(0, 999999999))] +
                  ([("MCARE", "MEDICARE", mbi())] * 3 if p.age >= 65 else []))
        L.a("IN1|1|%s|%d|%s|||||||||||" % (plan[0], rint(10000, 99999), plan[1]), (p.last.upper(), "name"), "^", (p.first.upper(), "name"),
            "|SEL||||||||||||||||||||", (plan[2], "health_plan"))
        out.append(L)
    v = vitals()
    out.append(Line("hl7v2").t("OBX|1|NM|8867-4^Heart rate^LN||%d|/min|60-100|%s|||F" % (v["hr"], "H" if v["hr"] > 100 else "N")))
    out.append(Line("hl7v2").t("OBX|2|NM|8310-5^Body temperature^LN||%.1f|Cel|||||F" % v["tempC"]))
    out.append(Line("hl7v2").t("DG1|1||%s^%s^I10||W" % ch([("T67.0XXA", "Heatstroke and sunstroke"), ("T40.2X1A", "Poisoning by other opioids"),
                                                            ("R55", "Syncope and collapse"), ("T43.641A", "Poisoning by ecstasy"),
                                                            ("S06.0X0A", "Concussion w/o LOC")])))
    return out


def g_hl7_ack():
    t = CLK.tick()
    SEQ["msg"] += 1
    hname, hcode = ch(evctx()["hosp"])
    return [Line("hl7v2").t("MSH|^~\\&|ADT_RCV|%s|EVTMED|%s|%s||ACK^A04^ACK|%s%d|P|2.5.1" % (hcode, evctx()["evcode"], t.strftime("%Y%m%d%H%M%S"), hcode[:3], rint(100000, 999999))),
            Line("hl7v2").t("MSA|%s|EVM%06d|%s" % (ch(["AA", "AA", "AE"]), SEQ["msg"] - rint(1, 3), ch(["Message accepted", "PID-7 format warning", ""])))]


# ---------------------------------------------------------------- ePCR / CAD transport log
def epcr():
    t = CLK.tick()
    return Line("epcr_cad").t("%s epcr-bridge[%d]: " % (t.strftime("%b %d %H:%M:%S"), rint(3000, 3999)))


def g_epcr_noise():
    k = rint(0, 3)
    u = ch(["MEDIC-14", "MEDIC-22", "MEDIC-31", "ALS-7"])
    if k == 0:
        return [epcr().t("STATUS unit=%s state=%s at=%s mileage=%.1f" % (u, ch(["AVAILABLE", "ENROUTE", "AT_HOSPITAL", "CLEAR"]), ch(["STBRIGID", "OAKHURST", "LVUH", "STAGING-B"]), R.uniform(0, 30)))]
    if k == 1:
        return [epcr().t("SYNC pushed=%d pending=%d nemsis=3.5.0 schematron=ok duration_ms=%d" % (rint(0, 6), rint(0, 3), rint(100, 3000)))]
    if k == 2:
        return [epcr().t("WARN hospital diversion: %s ED on diversion until %s, routing to alternate" % (ch(["OAKHURST", "MTCMC"]), (now() + dt.timedelta(hours=2)).strftime("%H:%M")))]
    return [epcr().t("TIMES unit=%s disp=%s enr=%s onscene=%s transport=%s athosp=%s" % (
        u, *[(now() + dt.timedelta(minutes=m)).strftime("%H:%M") for m in (0, 1, 6, 19, 33)]))]


def g_epcr_phi():
    p = patient(0.4)
    h = hosp_for(p)[0]
    L = epcr()
    k = rint(0, 3)
    if k == 3 and p.country == "US":
        pay = ch([("MEDICAID", "%s%09d" % (p.state, rint(0, 999999999))), ("MEDICARE", mbi()) if p.age >= 65 else ("SELF_PAY", ""),
                  ("COMMERCIAL", "%s%09d" % (ch(["ZCB", "W", "XGH", "UHC"]), rint(0, 999999999))), ("SELF_PAY", "")])
        L.a("BILLING_DEMOGRAPHICS pcr=", (pcr_of(p), "other_id"), " pt=\"", (p.name("LF"), "name"), "\" ssn=",
            (ssn() if R.random() < 0.7 else ssn().replace("-", ""), "ssn"), " addr=\"", (p.street, "address"), ", ",
            (p.city, "address"), " %s " % p.state, (p.zip, "zip"), "\" payer=%s" % pay[0])
        if pay[1]:
            L.a(" member_id=", (pay[1], "health_plan"))
        return [L]
    if k == 3:
        k = 0
    if k == 0:
        L.a("TRANSPORT unit=%s pcr=" % ch(["MEDIC-14", "MEDIC-22", "ALS-7"]), (pcr_of(p), "other_id"), " dest=\"%s\" pri=%d pt=\"" % (h, rint(1, 3)),
            (p.name("LF"), "name"), "\" age=")
        (L.p(str(p.age), "age") if p.age > 89 else L.t(str(p.age)))
        L.a(" sex=%s cc=\"%s\" eta=%dmin" % (p.sex, ch(COMPLAINTS), rint(6, 25)))
    elif k == 1:
        L.a("HANDOVER pcr=", (pcr_of(p), "other_id"), " ", (enc_of(p), "other_id"), " to %s triage RN, MRN " % h, (mrn_of(p), "mrn"),
            " assigned, handover_dt=", ((now()).strftime("%m/%d/%Y %H:%M"), "date"))
    else:
        L.a("PATIENT_REFUSAL pcr=", (pcr_of(p), "other_id"), " pt=", (p.name("fl"), "name"), " dob=", (fmt_date(p.dob, "usshort"), "date"),
            " capacity=intact witness=SO-%d signed=yes" % rint(100, 400))
    return [L]


# ---------------------------------------------------------------- naloxone / heat register (pipe)
def g_drug_phi():
    p = patient(0.5)
    t = CLK.tick()
    st = staff()
    L = Line("drug_heat_log")
    if R.random() < 0.55:
        L.a("NALX|", (t.strftime("%Y-%m-%d %H:%M"), "date"), "|%s|" % ch(evctx()["post_ids"]), (enc_of(p), "other_id"),
            "|naloxone %s|dose %d/2|RR %d->%d at %dmin|admin %s %s (#%s)|lot NX%d%s exp %02d/2025" % (
                ch(["4mg IN", "0.4mg IM", "2mg IN"]), rint(1, 2), rint(4, 8), rint(10, 18), rint(2, 5), st[0], st[1], st[2],
                rint(1000, 9999), ch("ABC"), rint(1, 12)))
    else:
        L.a("HEAT|", (t.strftime("%d/%m/%Y %H:%M"), "date"), "|%s|" % ch(evctx()["post_ids"]), (enc_of(p), "other_id"), "|pt ")
        if p.age > 89:
            L.a((str(p.age), "age"), "yo ")
        else:
            L.t("%dyo " % p.age)
        L.t("%s|core %.1fC %s|%s|%s" % (p.sex, R.uniform(38.6, 41.4), ch(["rectal", "tympanic", "oral"]),
                                        ch(["cold water immersion 14 min", "ice packs axilla/groin", "tarp-assisted cooling 11 min", "shade + oral fluids"]),
                                        ch(["resolved", "transported", "observed 45 min"])))
    return [L]


def g_drug_noise():
    t = CLK.tick()
    k = rint(0, 2)
    L = Line("drug_heat_log")
    if k == 0:
        L.t("STOCK|%s|%s|on_hand=%d|par=%d|reorder=%s" % (ch(evctx()["post_ids"]), ch(["naloxone 4mg nasal", "ondansetron 4mg ODT", "salbutamol MDI", "ORS sachets", "epinephrine 0.3mg"]),
                                                          rint(0, 40), rint(10, 40), ch("YN")))
    elif k == 1:
        w = R.uniform(24, 33)
        L.t("WBGT|WX-%d|%s|wbgt=%.1fC|flag=%s|action=%s" % (rint(1, 3), t.strftime("%Y-%m-%d %H:%M"), w,
                                                             "BLACK" if w > 32 else "RED" if w > 30 else "YELLOW" if w > 27 else "GREEN",
                                                             ch(["open misting stations", "water refill PA", "none", "extra cooling tarps MED-1"])))
    else:
        c = rint(10, 20)
        L.t("AUDIT|%s|CD cabinet %s opened by %s, count verified %d/%d|witness %s" % (
            t.strftime("%Y-%m-%d %H:%M"), ch(evctx()["post_ids"]), staff()[1], c, c, staff()[1]))
    return [L]


# ---------------------------------------------------------------- radio dispatch transcripts
def radio():
    t = CLK.tick(1, 30)
    return Line("radio_transcript").t("[%s] TG %d (%s) unit=%s src=%d dur=%.1fs conf=0.%02d \"" % (
        t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t), ch([3101, 3102, 3104]), ch(["MED-OPS", "MED-OPS", "WELFARE", "EVENT-CTRL"]),
        ch(CALLSIGNS), rint(4000, 4999), R.uniform(1.5, 14), rint(62, 98)))


def g_radio_noise():
    loc = ch(evctx()["locs"])
    msgs = ["Control, %s, on scene at %s, male twenties, GCS 12, query substance, will update." % (ch(CALLSIGNS), loc),
            "All medical units, WBGT now in the red, push water at %s." % loc,
            "%s, Control, stand by, crowd surge reported %s, hold position." % (ch(CALLSIGNS), loc),
            "Control copies, %s clear at %s, returning to post." % (ch(CALLSIGNS), ch(evctx()["post_ids"])),
            "Radio check on channel three, loud and clear.",
            "Request gator to %s for a P3 walking wounded, ankle." % loc,
            "Drone two going up over the campsites, thermal on, ten minutes." if not stadium() else "Stewards to Gate C, ingress queue backing up onto the concourse.",
            "%s, priority one, female unresponsive, CPR in progress at %s." % (ch(CALLSIGNS), loc)]
    return [radio().t(ch(msgs) + "\"")]


def g_radio_phi():
    p = patient(0.4)
    L = radio()
    k = rint(0, 4)
    if k == 0:
        L.a("Control, patient's name is ", (p.name("fl"), "name"), ", date of birth ", (spoken_date(p.dob), "date"), ", going to %s.\"" % ch(evctx()["post_ids"]))
    elif k == 1:
        rel, c = p.ice()
        he, his = ("he", "his") if p.sex == "M" else ("she", "her")
        L.a("Mate says %s's " % he, (p.first, "name"), ", from ", (p.city, "address"), ", %s " % his, rel, "'s number is ", (c.phone if R.random() < 0.5 else phone(style=7), "phone"), ".\"")
    elif k == 2:
        L.a("Welfare one, lost child update, ", (p.first, "name"), " ", (p.last, "name"), ", case ", (getattr(p, "wlf", None) or wlf_ref(), "other_id"), ", found safe at the info tent.\"")
    elif k == 3:
        L.a("Transporting ", (p.name("init"), "name"), " to %s, ePCR " % hosp_for(p)[0], (pcr_of(p), "other_id"), ", ETA fifteen.\"")
    else:
        p = Person(age=rint(84, 97), sex="M")
        L.t("Elderly gentleman, ")
        if p.age > 89:
            L.a((str(p.age), "age"), " years old")
        else:
            L.t("%d years old" % p.age)
        L.a(", name ", (p.last, "name"), ", fainted in the heat at %s.\"" % ch(evctx()["locs"]))
    return [L]


# ---------------------------------------------------------------- ticketing platform (pino JSON)
def tix(msg, lvl=30):
    t = CLK.tick()
    return {"level": lvl, "time": int(epoch(t) * 1000), "pid": rint(20, 90), "hostname": "boxoffice-admin-%s-%s" % (hx(10), b62(5).lower()),
            "reqId": "req-%s" % b62(3).lower(), "msg": msg}


def g_tix_phi():
    p = patient(0.6)
    k = rint(0, 2)
    if k == 0:
        o = tix("customer search")
        o.update({"route": "GET /admin/v3/customers/search", "query": {ch(["email", "q"]): T(p.email, "email")},
                  "actor": ch(STAFF_MAIL[:3]), "results": 1, "latencyMs": rint(20, 400)})
        return [Line("ticketing_api").x(jp(o))]
    if k == 1:
        o = tix("customer fetched")
        o["customer"] = {"customerId": T(p.cust, "other_id"), "firstName": T(p.first, "name"), "lastName": T(p.last, "name"),
                         "email": T(p.email, "email"), "phone": T(p.phone, "phone"),
                         "billingAddress": {"line1": T(p.street, "address"), "line2": T(p.unit, "address") if p.unit else None,
                                            "city": T(p.city, "address"), "state": p.state or None, "postalCode": T(p.zip, "zip"),
                                            "country": p.country},
                         "orders": [{"orderNo": order_no(), "tickets": rint(1, 4), "type": ch(["GA Weekend", "VIP Weekend", "Floor GA", "Sec 114"])}],
                         "lastLoginIp": T(ip_pub(), "ip"), "marketingOptIn": R.random() < 0.5}
        return [Line("ticketing_api").x(jp(o))]
    o = tix("phone lookup", 40)
    o.update({"route": "GET /admin/v3/customers/by-phone", "phone": T(p.phone.replace(" ", "").replace("(", "").replace(")", "").replace("-", ""), "phone"),
              "actor": ch(STAFF_MAIL[:3]), "results": rint(0, 2), "reason": M("welfare case ", (wlf_ref(), "other_id"))})
    return [Line("ticketing_api").x(jp(o))]


def g_tix_noise():
    k = rint(0, 2)
    if k == 0:
        o = tix("order status")
        o.update({"route": "GET /admin/v3/orders/%s/status" % order_no(), "statusCode": 200, "latencyMs": rint(10, 300), "actor": ch(STAFF_MAIL)})
    elif k == 1:
        o = tix("request completed")
        o.update({"res": {"statusCode": ch([200, 200, 304, 429])}, "responseTime": round(R.uniform(2, 500), 3),
                  "req": {"method": "GET", "url": "/healthz", "remotePort": rint(30000, 65000)}})
    else:
        o = tix("rate limit", 40)
        o.update({"route": "POST /admin/v3/customers/search", "limit": 60, "windowSec": 60, "actor": ch(STAFF_MAIL), "supportPhone": ch(STAFF_PHONE)})
    return [Line("ticketing_api").x(jp(o))]


# ---------------------------------------------------------------- security incident report (multi-line form)
def g_sec_phi():
    p = patient(0.5)
    t = CLK.tick()
    SEQ["sec"] += rint(1, 7)
    out = []
    out.append(Line("security_report").t("----- INCIDENT REPORT SEC-24-%04d -----" % SEQ["sec"]))
    out.append(Line("security_report").t("Date/Time: %s" % t.strftime("%d/%m/%Y %H:%M")))
    out.append(Line("security_report").t("Category: %s" % ch(["Assault - minor injury", "Ejection - intoxicated", "Crowd crush at barrier", "Theft from tent", "Fall from height"])))
    out.append(Line("security_report").t("Location: %s" % ch(evctx()["locs"])))
    L = Line("security_report")
    L.a("Person(s) involved: ", (p.name(ch(["LF", "lf"])), "name"), " (%s) DOB " % ch(["victim", "injured party", "subject"]), (fmt_date(p.dob, ch(["eu", "us", "dmon"])), "date"))
    out.append(L)
    if R.random() < 0.8 and p.country == "US":
        L = Line("security_report")
        L.a("ID checked: %s DL " % p.state, (dl(p.state), "license"))
        out.append(L)
    L = Line("security_report")
    L.a("Medical: treated %s, " % ch(evctx()["post_ids"]), (enc_of(p), "other_id"), ", %s" % ch(["released", "transported", "refused further care"]))
    out.append(L)
    out.append(Line("security_report").t("Reporting officer: SO-%d %s | Police ref: %s" % (rint(100, 400), staff()[1], ch(["not informed", "HCSO-24-%05d" % rint(0, 99999), "pending"]))))
    return out


def g_sec_noise():
    t = CLK.tick()
    msgs = ["SEC SHIFT LOG %s all posts manned, %d SIA/guard licensed staff on site, radio ch2 OK" % (t.strftime("%H:%M"), rint(30, 120)),
            "SEC SHIFT LOG %s ejections=%d refusals=%d confiscations=%d (knives %d)" % (t.strftime("%H:%M"), rint(0, 12), rint(0, 30), rint(0, 80), rint(0, 3)),
            "SEC SHIFT LOG %s barrier pressure %s front-of-stage, pit team rotated" % (t.strftime("%H:%M"), ch(["low", "moderate", "high"])),
            "SEC SHIFT LOG %s lost property desk: %d phones, %d wallets logged (see LP sheet)" % (t.strftime("%H:%M"), rint(0, 30), rint(0, 20))]
    return [Line("security_report").t(ch(msgs))]


# ---------------------------------------------------------------- drone / CCTV ops notes
def g_ops_noise():
    t = CLK.tick()
    k = rint(0, 3)
    L = Line("drone_cctv_ops")
    if k == 0:
        L.t("[DRONE] %s UAV-%d sortie=%d batt=%d%% alt=%dm mode=%s area=%s PIC=%s" % (
            ts_local_iso(t), rint(1, 3), rint(1, 30), rint(15, 100), rint(30, 110), ch(["THERMAL", "RGB", "RGB+THERMAL"]),
            ch(["K9-K11", "campsites A-D", "Lot C", "perimeter east"]), ch(["D. Osei", "M. Kaur", "T. Lindgren"])))
    elif k == 1:
        L.t("[DRONE] %s UAV-%d RTH triggered (low batt %d%%), home=39.78211,-84.10570 landed OK" % (ts_local_iso(t), rint(1, 3), rint(18, 25)))
    elif k == 2:
        L.t("[CCTV] %s cam=%02d %s density=%.1f p/m2 alert=%s" % (ts_local_iso(t), rint(1, 64), ch(evctx()["locs"]), R.uniform(0.5, 4.8), ch(["none", "amber", "none"])))
    else:
        L.t("[CCTV] %s NVR-2 disk %d%% retention %d days, cams online %d/64" % (ts_local_iso(t), rint(40, 95), rint(14, 31), rint(58, 64)))
    return [L]


def g_ops_phi():
    t = CLK.tick()
    subj = patient(0.6)
    ref = getattr(subj, "wlf", None) or wlf_ref()
    subj.wlf = ref
    k = rint(0, 3)
    L = Line("drone_cctv_ops")
    if k == 0:
        L.a("[CCTV] %s cam=%02d %s possible match for missing person " % (ts_local_iso(t), rint(1, 64), ch(evctx()["locs"])), (ref, "other_id"),
            " (", (subj.name("fl"), "name"), ", ")
        (L.p(str(subj.age), "age") if subj.age > 89 else L.t(str(subj.age)))
        L.t(") walking N toward %s with 2 adults - stills sent to welfare" % ("Lot C" if not stadium() else "Gate D exit"))
    elif k == 1:
        pl = plate(ch(["OH", "IN", "KY", "MI"]))
        L.a("[CCTV-ANPR] %s Lot C exit plate=" % ts_local_iso(t), (pl, "vehicle"), " matched to case ", (ref, "other_id"),
            " (vehicle registered to subject's %s)" % ch(["father", "mother", "partner"]))
    elif k == 2:
        la, ln = latlng()
        L.a("[DRONE] %s UAV-2 thermal contact, person lying still at " % ts_local_iso(t), (la, "address"), ",", (ln, "address"),
            " matches description for ", (ref, "other_id"), ", ECHO-4 tasked")
    else:
        L.a("[CCTV] %s face-search job %s for " % (ts_local_iso(t), uid4()[:8]), (ref, "other_id"), " template=", (face_template(), "biometric"),
            " hits=%d" % rint(0, 4))
    return [L]


# ---------------------------------------------------------------- AWS API Gateway access log
def g_apigw_noise():
    t = CLK.tick()
    path = ch(["/v2/encounters/sync", "/v2/encounters/batch", "/v2/config/triage", "/healthz", "/v2/posts/status", "/v2/welfare/cases"])
    o = {"requestId": uid4(), "ip": ip_priv() if not path.startswith("/v1/public") else ip_priv(), "caller": "-", "user": "-",
         "requestTime": ts_apigw(t), "httpMethod": "GET" if "config" in path or "healthz" in path or "status" in path else "POST",
         "resourcePath": path, "status": "200" if path == "/healthz" else str(ch([200, 200, 200, 201, 400, 429, 502])), "protocol": "HTTP/1.1",
         "responseLength": str(rint(2, 4000)), "integrationLatency": str(rint(8, 900)), "xrayTraceId": "1-%s-%s" % (hx(8), hx(24))}
    return [Line("apigw_access").x(jp(o))]


def g_apigw_phi():
    t = CLK.tick()
    p = patient(0.6)
    k = rint(0, 1)
    if k == 0:
        o = {"requestId": uid4(), "ip": T(ip_pub(), "ip"), "caller": "-", "user": "-", "requestTime": ts_apigw(t),
             "httpMethod": "POST", "resourcePath": "/v1/public/welfare-requests", "status": "201", "protocol": "HTTP/2.0",
             "responseLength": str(rint(40, 200)), "userAgent": ch(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15",
                                                                    "Mozilla/5.0 (Linux; Android 14; SM-S921U) AppleWebKit/537.36"])}
    else:
        enc_email = p.email.replace("@", "%40")
        o = {"requestId": uid4(), "ip": ip_priv(), "requestTime": ts_apigw(t), "httpMethod": "GET",
             "path": M("/prod/v1/lookup/customer?email=", (enc_email, "email")), "status": "200", "responseLength": str(rint(200, 2000)),
             "authorizer.principalId": ch(["tab-med2-07", "welfare-desk-1", "tab-fa1-03"])}
    return [Line("apigw_access").x(jp(o))]


# ---------------------------------------------------------------- AWS Lambda logs
def lam_block(phi):
    rid = uid4()
    fn = ch(["py", "node"])
    out = [Line("lambda_log").t("START RequestId: %s Version: $LATEST" % rid)]
    CLK.tick()
    p = patient(0.6) if phi else None
    if fn == "py":
        def pl(lvl):
            t = CLK.tick(0.001, 0.2)
            return Line("lambda_log").t("[%s]\t%s\t%s\t" % (lvl, ts_z(t), rid))
        if phi:
            k = rint(0, 2)
            if k == 0:
                L = pl("ERROR")
                bad = fmt_date(p.dob, ch(["eu", "us", "de"]))
                L.a("ValidationError: dob must be ISO-8601, got '", (bad, "date"), "' for patient '", (p.name("lf"), "name"), "' (", (enc_of(p), "other_id"), ")")
                out.append(L)
            elif k == 1:
                L = pl("INFO")
                L.a("upsert ok encounter=", (enc_of(p), "other_id"), " band=", (wb_fmt(p.band, 2), "device"), " table=encounters-prod consumed_wcu=%.1f" % R.uniform(1, 6))
                out.append(L)
            else:
                L = pl("WARNING")
                body = {"caseRef": T(wlf_ref(), "other_id"), "reporterName": T(p.ice()[1].name(), "name"), "reporterPhone": T(p.ice()[1].phone, "phone"),
                        "subjectName": T(p.name("fl"), "name"), "lastSeen": ch(evctx()["locs"])}
                L.t("Unhandled field 'subjectHeightCm' in event body: {\"body\": \"")
                L.x(jp(body), esc=jesc)
                L.t("\", \"isBase64Encoded\": false}")
                out.append(L)
        else:
            L = pl("INFO")
            L.t(ch(["Processing encounter sync batch size=%d" % rint(1, 12), "Cold start: loaded triage config sha=%s" % sha(12),
                    "DynamoDB BatchWriteItem unprocessed=0 retries=%d" % rint(0, 3), "SQS batch received records=%d" % rint(1, 10)]))
            out.append(L)
    else:
        def nl(lvl):
            t = CLK.tick(0.001, 0.2)
            return Line("lambda_log").t("%s\t%s\t%s\t" % (ts_z(t), rid, lvl))
        if phi:
            L = nl("INFO")
            L.a("welfare notify sms to=", (p.ice()[1].phone, "phone"), " template=subject_found case=", (getattr(p, "wlf", None) or wlf_ref(), "other_id"), " provider=sns messageId=%s" % uid4())
            out.append(L)
        else:
            L = nl("ERROR")
            L.t("Invoke Error \t{\"errorType\":\"TypeError\",\"errorMessage\":\"Cannot read properties of undefined (reading 'phone')\",\"stack\":[\"TypeError: Cannot read properties of undefined (reading 'phone')\",\"    at notify (/var/task/index.js:%d:%d)\",\"    at Runtime.handler (/var/task/index.js:%d:%d)\"]}" % (
                rint(10, 200), rint(5, 40), rint(10, 200), rint(5, 40)))
            out.append(L)
    CLK.tick()
    d = R.uniform(20, 2400)
    out.append(Line("lambda_log").t("END RequestId: %s" % rid))
    rep = "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: %d MB\tMax Memory Used: %d MB" % (
        rid, d, int(d) + 1, ch([256, 512, 1024]), rint(70, 240))
    if R.random() < 0.3:
        rep += "\tInit Duration: %.2f ms" % R.uniform(150, 900)
    out.append(Line("lambda_log").t(rep))
    return out


# ---------------------------------------------------------------- Redis server log + MONITOR
def g_redis_noise():
    t = CLK.tick()
    k = rint(0, 5)
    if k == 0:
        pid = rint(3000, 9000)
        return [Line("redis_log").t("1:M %s * 100 changes in 300 seconds. Saving..." % ts_redis(t)),
                Line("redis_log").t("1:M %s * Background saving started by pid %d" % (ts_redis(CLK.tick()), pid)),
                Line("redis_log").t("%d:C %s * DB saved on disk" % (pid, ts_redis(CLK.tick()))),
                Line("redis_log").t("1:M %s * Background saving terminated with success" % ts_redis(CLK.tick()))]
    if k == 1:
        return [Line("redis_log").t("%.6f [0 %s:%d] \"INCRBY\" \"metrics:encounters:%s:%s\" \"1\"" % (epoch(t), ip_priv(), rint(30000, 65000), ch(evctx()["post_ids"]), t.strftime("%Y%m%d%H")))]
    if k == 2:
        return [Line("redis_log").t("%.6f [0 %s:%d] \"EXPIRE\" \"sess:%s\" \"1800\"" % (epoch(t), ip_priv(), rint(30000, 65000), hx(32)))]
    if k == 3:
        return [Line("redis_log").t("%.6f [0 %s:%d] \"GET\" \"cfg:triage:version\"" % (epoch(t), ip_priv(), rint(30000, 65000)))]
    if k == 4:
        return [Line("redis_log").t("1:S %s * MASTER <-> REPLICA sync: Finished with success" % ts_redis(t))]
    return [Line("redis_log").t("1:M %s # WARNING: %d clients connected (maxclients=10000), slowlog len=%d" % (ts_redis(t), rint(20, 400), rint(0, 12)))]


def g_redis_phi():
    t = CLK.tick()
    p = patient(0.5)
    k = rint(0, 2)
    L = Line("redis_log").t("%.6f [0 %s:%d] " % (epoch(t), ip_priv(), rint(30000, 65000)))
    if k == 0:
        L.a("\"HSET\" \"pt:", (enc_of(p), "other_id"), "\" \"name\" \"", (p.name("fl"), "name"), "\" \"dob\" \"", (fmt_date(p.dob, "iso"), "date"),
            "\" \"band\" \"", (wb_fmt(p.band, 0), "device"), "\" \"post\" \"%s\"" % ch(evctx()["post_ids"]))
    elif k == 1:
        L.a("\"SETEX\" \"lookup:email:", (p.email, "email"), "\" \"300\" \"{\\\"customerId\\\":\\\"", (p.cust, "other_id"), "\\\",\\\"orders\\\":%d}\"" % rint(1, 3))
    else:
        ref = getattr(p, "wlf", None) or wlf_ref()
        p.wlf = ref
        la, ln = latlng()
        L.a("\"GEOADD\" \"welfare:lastseen\" \"", (ln, "address"), "\" \"", (la, "address"), "\" \"", (ref, "other_id"), "\"")
    return [L]


# ---------------------------------------------------------------- medics' free-text notes
def g_note_phi():
    p = patient(0.35)
    t = CLK.tick()
    st = staff()
    L = Line("medic_note")
    L.t("%s %s note (%s %s): " % (t.strftime("%Y-%m-%d %H:%M"), ch(evctx()["post_ids"]), st[0], st[1]))
    k = rint(0, 6)
    if k == 0:
        fr = Person(age=rint(18, 30))
        L.a("%d%s brought in by security from %s, friend (" % (p.age if p.age < 90 else 25, p.sex, ch(evctx()["locs"])), (fr.first, "name"),
            ") says took \"2 caps\". RR 6, pinpoint pupils. Naloxone 4mg IN x1, RR 14 at 3 min. Obs 60 min then d/c to ", (fr.first, "name"), ".")
    elif k == 1:
        L.a("Pt ", (p.name(ch(["fl", "low", "UP"])), "name"), " DOB ", (fmt_date(p.dob), "date"), ", T1DM, pump SN ",
            ("NG%07dH" % rint(0, 9999999), "device"), " occluded, BGL 2.8 -> glucose gel -> 6.1. Advised to leave set.")
    elif k == 2:
        rel, c = p.ice()
        L.a("Called ICE (", rel, ") ", (c.name("fl"), "name"), " on ", (c.phone, "phone"), " - no answer, left VM. Pt aware.\\nRe-tried 22:10, answered, coming to collect from Gate 3.")
    elif k == 3:
        L.t("Stadium FA: " if stadium() else "Older attendee: ")
        if p.age > 89:
            L.a((str(p.age), "age"), "yo")
        else:
            p2 = Person(age=rint(90, 97))
            p = p2
            L.a((str(p.age), "age"), "yo")
        L.a(" %s, attending with grandson, near-syncope %s. Lives at " % ("F" if p.sex == "F" else "M", ch(evctx()["locs"])), (p.street, "address"), ", ",
            (p.city, "address"), ". Grandson ", (Person(age=rint(19, 35), last=p.last, sex="M").first, "name"), " will drive home.")
    elif k == 4:
        L.a("Minor (15) lost from group, mum ", (Person(age=44, last=p.last, sex="F").name("fl"), "name"), " signed consent by fax from her office ",
            (phone(style=ch([0, 1])), "fax"), ". Tetanus UTD per mum.")
    elif k == 5:
        L.a("Handed over to %s ED, MRN " % hosp_for(p)[0], (mrn_of(p), "mrn"), ", pt ", (p.name("init"), "name"),
            ", insurance card: member ID ", ("%s%09d" % (ch(["XGH", "W", "ZCB", "MEM"]), rint(0, 999999999)), "health_plan"), ". Dr. Mehta aware.")
    else:
        L.a("Lost phone reported by ", (p.name("fl"), "name"), " (IMEI ", (imei(), "device"), "), needs it for medication reminders, passed to LP desk.")
    return [L]


def g_note_noise():
    t = CLK.tick()
    st = staff()
    msgs = ["Restocked ice and cooling tarps, cold water immersion tub refilled. Generator fuel 60%.",
            "Shift briefing done, %d staff on, radio ch3 for medical, ch4 welfare. Med control %s." % (rint(8, 30), ch(STAFF_PHONE)),
            "Busy hour after headliner, %d walk-ins, mostly blisters and dehydration, no transfers." % rint(5, 30),
            "AED at %s checked, pads in date (exp 2026-03), battery OK." % ch(evctx()["post_ids"]),
            "Reminder: all naloxone use to be logged in CD register and on the tablet, see %s if issues." % ch(STAFF_MAIL[:1] + STAFF_MAIL[3:5]),
            "Tablet TAB-%s-%02d not syncing, swapped to spare, IT ticket #%d." % (ch(evctx()["post_ids"]), rint(1, 12), rint(1000, 9999))]
    return [Line("medic_note").t("%s %s note (%s %s): %s" % (t.strftime("%Y-%m-%d %H:%M"), ch(evctx()["post_ids"]), st[0], st[1], ch(msgs)))]


# ============================================================================ assembly
PHI_GENS = [(g_logcat_phi, 3), (g_oslog_phi, 3), (g_encjson_phi, 4), (g_encjson_de, 1), (g_csv_phi, 1.5), (g_pos_phi, 2),
            (g_acc_phi, 2), (g_welfare_phi, 2.5), (g_welfare_kv, 2), (g_hl7, 1.6), (g_epcr_phi, 2.5), (g_drug_phi, 2.5),
            (g_radio_phi, 4.5), (g_tix_phi, 3), (g_sec_phi, 1.2), (g_ops_phi, 2.5), (g_apigw_phi, 2),
            (lambda: lam_block(True), 1.5), (g_redis_phi, 2.5), (g_note_phi, 4)]
NOISE_GENS = [(g_logcat_noise, 3), (g_oslog_noise, 3), (g_encjson_noise, 3), (g_csv_noise, 1), (g_pos_noise, 3.5),
              (g_acc_noise, 3.5), (g_welfare_noise, 2), (g_hl7_ack, 1.2), (g_epcr_noise, 2.5), (g_drug_noise, 2.5),
              (g_radio_noise, 3.5), (g_tix_noise, 2.5), (g_sec_noise, 2), (g_ops_noise, 3), (g_apigw_noise, 3),
              (lambda: lam_block(False), 2), (g_redis_noise, 3), (g_note_noise, 2.5)]


def wpick(gens):
    tot = sum(w for _, w in gens)
    x = R.uniform(0, tot)
    for g, w in gens:
        x -= w
        if x <= 0:
            return g
    return gens[-1][0]


def build():
    lines = []
    phi_lines = 0
    while len(lines) < N_LINES:
        CLK.block(len(lines))
        frac_phi = phi_lines / len(lines) if lines else 0.45
        p_phi = min(0.9, max(0.1, 0.46 + (0.46 - frac_phi) * 4))
        g = wpick(PHI_GENS if R.random() < p_phi else NOISE_GENS)
        blk = g()
        if len(lines) + len(blk) > N_LINES:
            continue
        lines.extend(blk)
        phi_lines += sum(1 for L in blk if L.spans)
    return lines


def main():
    lines = build()
    assert len(lines) == N_LINES
    log_out, lab_out = [], []
    for i, L in enumerate(lines, 1):
        text = L.text()
        assert text and "\n" not in text
        b = text.encode("utf-8")
        spans = []
        prev_e = 0
        for sp in L.spans:
            assert b[sp["s"]:sp["e"]] == sp["v"].encode("utf-8"), (i, sp)
            assert sp["s"] >= prev_e, (i, sp)
            prev_e = sp["e"]
            spans.append({"s": sp["s"], "e": sp["e"], "cat": sp["cat"]})
        log_out.append(text)
        lab_out.append(json.dumps({"line": i, "family": L.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(log_out))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lab_out) + "\n")


if __name__ == "__main__":
    main()
