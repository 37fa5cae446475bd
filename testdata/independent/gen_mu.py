#!/usr/bin/env python3
"""Synthetic labeled log corpus "mu": maritime / offshore telemedicine provider.

Systems imitated: Java Spring Boot services (consult, crew-health, claims, referral;
logback default pattern, Hibernate BasicBinder tracing, Spring Kafka, stack traces),
Go services (zap JSON, slog text, std log) for AIS ingest, VSAT session broker and
medevac coordination, Kafka broker logs and kcat dumps, Elasticsearch JSON server logs
and search slowlogs, gpsd AIS JSON and raw NMEA !AIVDM sentences, VSAT (Inmarsat
FleetXpress / Starlink) gateway syslog, nginx access logs of the crew/patient portal,
CEF audit events, SMS gateway logs, RFC 5322 medevac e-mails with MRCCs / coast guards
(one physical line per header/body line), HL7 v2 REF^I12 referrals to port hospitals,
P&I club claim XML, FAL Form 5 crew-list pipe rows, medicine chest CSV inventories and
dispensing logs, PEME (pre-employment medical) JSON records and free-text doctors'
consultation notes (English with Tagalog/Ukrainian/Hindi fragments).

All people, ships and numbers are synthetic.  Deterministic: random.Random(2121).

Labeling decisions:
- Crew members, passengers/yacht guests, their relatives and next of kin (NOK) are the
  covered population: their identifiers are labeled wherever they appear in these
  systems (crew list, wifi/app accounts, claims), not only in clinical lines.
- Clinicians, tele-doctors, ship masters/officers reporting or acting as medical
  officer, MRCC/coast guard watch officers, port agents, P&I handlers, hospital staff:
  not labeled (staff doing their work), even when their names look like crew names.
- Vessels, companies, clubs, hospitals, MRCCs: not labeled (IMO, MMSI, call sign, ship
  name even when it is a person's name such as MV "Maria Luisa", VSAT terminal IDs,
  ship's Inmarsat/Starlink phone numbers and IPs, P&I club membership of the owner).
- Positions at sea (AIS, vessel or casualty lat/lon, rendezvous points) are not labeled:
  they locate a ship, not a residence. Home addresses of patients/NOK are labeled:
  street part and city as address, postal code (PH/UA/IN/US/PL/UK) as zip; country,
  nationality, state/province alone are not labeled.
- Dates of a patient's life or care are labeled as date (birth, onset, consultation,
  exam, medevac, admission, discharge, sign-on/sign-off, medical-certificate issue and
  expiry); when such a field carries a date-time the whole value is one span. Log,
  e-mail header and transport timestamps, drug expiry dates and PO dates are not.
- Ages are labeled only when over 89.
- Passport, seafarer's discharge book / SIRB / CDC, seafarer identity document (SID),
  CoC/STCW, ILO/MLC medical certificate (PEME) and driver's licence numbers of a patient
  -> license.
- National social-security / tax identifiers (US SSN, PH SSS, IN Aadhaar, UA RNOKPP)
  -> ssn.  PhilHealth PIN, ESIC IP number, crew GMS/international health insurance
  member IDs -> health_plan.  Provider and shore-hospital medical record numbers -> mrn.
- Bank accounts/IBANs for sick wages, payment card numbers, hospital billing/patient
  accounts -> account.
- Provider seafarer IDs, consultation case numbers (TMC-..), SAR/MRCC case numbers,
  P&I claim references for a crew member's claim, portal/app/wifi usernames -> other_id.
  Technical IDs (VSAT session IDs, trace/span IDs, UUIDs of messages, Kafka offsets,
  PO numbers) are not labeled.
- Personal phone IMEI / MAC, implanted device serials -> device; a patient's own
  public IP in portal access logs -> ip; personal profile URLs -> url; base64 SID
  fingerprint templates -> biometric; base64 face photos -> photo.
- A person's name written in Cyrillic is labeled like the Latin form; a name split into
  family/given fields gives one span per field; titles and ranks are outside spans.
"""
import base64
import hashlib
import json
import os
import random
from datetime import datetime, timedelta, timezone

SEED = 2121
ID = "mu"
TOTAL = 500
NOISE_TARGET = 276
PHI_TARGET = TOTAL - NOISE_TARGET

rng = random.Random(SEED)


# ----------------------------------------------------------------------------- helpers
class L:
    """One log line with byte-offset span recording."""

    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        if not cat:
            return self.t(s)
        b = len(s.encode("utf-8"))
        self.spans.append((self.n, self.n + b, cat, s))
        self.buf.append(s)
        self.n += b
        return self

    def text(self):
        return "".join(self.buf)


class J:
    """Ordered JSON object whose items are (key, value, cat)."""

    def __init__(self, items, sep=",", kv=":"):
        self.items = items
        self.sep = sep
        self.kv = kv


def jval(l, v, c=None):
    if isinstance(v, J):
        l.t("{")
        for i, item in enumerate(v.items):
            k, val = item[0], item[1]
            cat = item[2] if len(item) > 2 else None
            if i:
                l.t(v.sep)
            l.t(json.dumps(k) + v.kv)
            jval(l, val, cat)
        l.t("}")
    elif isinstance(v, list):
        l.t("[")
        for i, x in enumerate(v):
            if i:
                l.t(",")
            jval(l, x, c)
        l.t("]")
    elif isinstance(v, str):
        enc = json.dumps(v, ensure_ascii=False)
        if c:
            l.t('"').p(enc[1:-1], c).t('"')
        else:
            l.t(enc)
    else:
        s = json.dumps(v)
        l.p(s, c) if c else l.t(s)
    return l


def kv(l, k, v, c=None, q=False, sep="=", lead=" "):
    l.t(lead + k + sep)
    if q:
        l.t('"').p(v, c).t('"')
    else:
        l.p(v, c)
    return l


class Clock:
    def __init__(self):
        self.t = datetime(2024, 3, 14, 5, 58, 11, 137000, tzinfo=timezone.utc)

    def tick(self, lo=0.2, hi=40.0):
        self.t += timedelta(seconds=rng.uniform(lo, hi))
        return self.t


clk = Clock()


def ts_spring(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)


def ts_iso(t, ms=True):
    if ms:
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def ts_comma(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def ts_es(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def ts_sys(t):
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


def ts_nginx(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def ts_epoch(t):
    return "%.6f" % t.timestamp()


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def imo_number():
    d = [rng.choice([9, 9, 9, 8, 7])] + [rng.randint(0, 9) for _ in range(5)]
    chk = sum(x * w for x, w in zip(d, range(7, 1, -1))) % 10
    return "".join(map(str, d)) + str(chk)


def iban(cc, bban):
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


def nmea_ck(body):
    c = 0
    for ch in body:
        c ^= ord(ch)
    return "%02X" % c


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def fmt_date(d, style=None):
    style = style or rng.choice(["iso", "dmy/", "mdy/", "dmy.", "d-Mon-y", "D MON Y", "Month d, y", "ymd", "dMONy"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "dmy/":
        return d.strftime("%d/%m/%Y")
    if style == "mdy/":
        return d.strftime("%m/%d/%Y")
    if style == "dmy.":
        return d.strftime("%d.%m.%Y")
    if style == "d-Mon-y":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)
    if style == "D MON Y":
        return "%d %s %d" % (d.day, MON[d.month - 1].upper(), d.year)
    if style == "Month d, y":
        return d.strftime("%B ") + "%d, %d" % (d.day, d.year)
    if style == "ymd":
        return d.strftime("%Y%m%d")
    if style == "dMONy":
        return "%02d%s%02d" % (d.day, MON[d.month - 1].upper(), d.year % 100)
    raise ValueError(style)


def rdate(y0, y1):
    base = datetime(y0, 1, 1)
    return base + timedelta(days=rng.randint(0, (y1 - y0 + 1) * 365 - 1))


def recent_date():
    return datetime(2024, 3, 14) - timedelta(days=rng.randint(0, 120))


# ----------------------------------------------------------------------------- people
# (given, family, nat, sex, cyrillic or None, rank)
PEOPLE_SRC = [
    ("Juan Miguel", "Dela Cruz", "PHL", "M", None, "AB"),
    ("Rodel", "Bautista", "PHL", "M", None, "2/E"),
    ("Jericho", "Macaraeg", "PHL", "M", None, "OS"),
    ("Ma. Cristina", "Villanueva", "PHL", "F", None, "Chief Cook"),
    ("Arnel", "Dimaculangan", "PHL", "M", None, "Oiler"),
    ("Reynaldo", "delos Reyes", "PHL", "M", None, "Bosun"),
    ("Mark Anthony", "Pangilinan", "PHL", "M", None, "3/O"),
    ("Bienvenido", "Magbanua", "PHL", "M", None, "Fitter"),
    ("Kristine Joy", "Cabrera-Dizon", "PHL", "F", None, "Stewardess"),
    ("Jayson", "Tolentino", "PHL", "M", None, "Wiper"),
    ("Edgardo", "Soriano", "PHL", "M", None, "Messman"),
    ("Danilo", "Ocampo", "PHL", "M", None, "AB"),
    ("Oleksandr", "Kovalenko", "UKR", "M", ("Олександр", "Коваленко"), "C/O"),
    ("Mykola", "Bondarenko", "UKR", "M", ("Микола", "Бондаренко"), "C/E"),
    ("Andrii", "Shevchuk", "UKR", "M", ("Андрій", "Шевчук"), "2/O"),
    ("Serhii", "Tkachenko", "UKR", "M", ("Сергій", "Ткаченко"), "ETO"),
    ("Taras", "Hnatyuk", "UKR", "M", ("Тарас", "Гнатюк"), "3/E"),
    ("Oksana", "Lysenko", "UKR", "F", ("Оксана", "Лисенко"), "Medic"),
    ("Volodymyr", "Savchuk-Petrenko", "UKR", "M", ("Володимир", "Савчук-Петренко"), "Crane Op"),
    ("Dmytro", "Melnyk", "UKR", "M", ("Дмитро", "Мельник"), "Motorman"),
    ("Rajesh Kumar", "Pillai", "IND", "M", None, "C/E"),
    ("Venkatesh", "Subramaniam", "IND", "M", None, "2/O"),
    ("Gurpreet Singh", "Sandhu", "IND", "M", None, "AB"),
    ("Anil", "D'Souza", "IND", "M", None, "Cook"),
    ("Mohammed Irfan", "Shaikh", "IND", "M", None, "Fitter"),
    ("Sandeep", "Nair", "IND", "M", None, "Cadet"),
    ("Sukhwinder", "Kaur", "IND", "F", None, "Barista"),
    ("Vikram", "Iyer", "IND", "M", None, "Roustabout"),
    ("Piotr", "Wiśniewski", "POL", "M", None, "Driller"),
    ("Jean-Baptiste", "Le Goff", "FRA", "M", None, "Deckhand"),
    ("Hugo", "de la Fuente", "ESP", "M", None, "Chef"),
    ("Aung Ko", "Ko", "MMR", "M", None, "OS"),
    ("Ngozi", "Okafor", "NGA", "F", None, "HSE Adv"),
    ("Sven", "van der Berg", "NLD", "M", None, "Roughneck"),
    ("Charles", "Whitmore III", "USA", "M", None, "Guest"),
    ("Margaret", "O'Brien-Hale", "GBR", "F", None, "Guest"),
    ("Elisabeth", "von Arnim", "DEU", "F", None, "Guest"),
    ("Nguyen Van", "Thanh", "VNM", "M", None, "Oiler"),
]

ADDR = {
    "PHL": [("Blk 12 Lot 7 Sampaguita St., Brgy. San Isidro", "Cainta, Rizal", "1900"),
            ("123 Kalayaan Ave., Diliman", "Quezon City", "1101"),
            ("Purok 3, Brgy. Poblacion", "Tagbilaran City", "6300"),
            ("45 Mabini St.", "Iloilo City", "5000"),
            ("Sitio Ilaya, Brgy. Talisay", "Batangas City", "4200"),
            ("Unit 5B Camella Homes, Daang Hari", "Las Piñas", "1747")],
    "UKR": [("вул. Дерибасівська, 14, кв. 7", "Одеса", "65026"),
            ("vul. Khreshchatyk 22, apt 15", "Kyiv", "01001"),
            ("prosp. Heroiv Ukrainy 5, kv. 41", "Mykolaiv", "54025"),
            ("vul. Morska 31", "Kherson", "73000"),
            ("vul. Hrushevskoho 8", "Izmail", "68600")],
    "IND": [("Flat 302, Sai Krupa Apts, Sector 17, Vashi", "Navi Mumbai", "400703"),
            ("14/2 Marine Drive, Ernakulam", "Kochi", "682011"),
            ("H.No. 1-4-56, Jagannaickpur", "Kakinada", "533002"),
            ("22 Mission Road", "Margao", "403601"),
            ("Plot 9, 3rd Cross, Anna Nagar West", "Chennai", "600040")],
    "USA": [("1420 Brickell Bay Dr Apt 2103", "Miami", "33131"), ("77 Harbor View Rd", "Newport", "02840")],
    "GBR": [("12 Quay Street", "Aberdeen", "AB11 5PE")],
    "POL": [("ul. Morska 12/4", "Gdynia", "81-323")],
    "DEU": [("Elbchaussee 212", "Hamburg", "22605")],
    "FRA": [("8 rue de Siam", "Brest", "29200")],
    "ESP": [("Calle Real 41, 3º B", "A Coruña", "15003")],
    "NLD": [("Havenstraat 19", "Den Helder", "1781 AB")],
    "NGA": [("Plot 14 Admiralty Way, Lekki Phase 1", "Lagos", "106104")],
    "MMR": [("No. 45, Bo Aung Kyaw St, Kyauktada Tsp", "Yangon", "11182")],
    "VNM": [("So 12 Ngo 45 Pho Da Nang", "Hai Phong", "180000")],
}

NOK_GIVEN = {
    "PHL": (["Maricel", "Rosalinda", "Lorna", "Jennifer", "Amelita", "Rowena"], ["Ernesto", "Rogelio", "Nestor"]),
    "UKR": (["Nataliia", "Iryna", "Halyna", "Olena"], ["Viktor", "Petro"]),
    "IND": (["Lakshmi", "Priya", "Harjeet", "Fatima", "Deepa", "Meena"], ["Suresh", "Ramesh", "Harpal"]),
    "OTHER": (["Anna", "Maria", "Claire", "Thi Lan", "Chiamaka"], ["Thomas", "Pierre", "Jan"]),
}
NOK_ALT = {"PHL": ["Santos", "Garcia", "Reyes", "Mendoza"], "UKR": ["Bilyk", "Moroz", "Kovalchuk"],
           "IND": ["Rao", "Menon", "Gill", "Fernandes"]}
BIRTHPLACE = {"PHL": ["BATANGAS", "ILOILO", "CEBU", "MANILA", "TACLOBAN"], "UKR": ["ODESA", "KHERSON", "IZMAIL", "MYKOLAIV"],
              "IND": ["MUMBAI", "KOCHI", "CHENNAI", "AMRITSAR", "GOA"]}
MAIL_DOM = {"PHL": ["gmail.com", "yahoo.com", "gmail.com"], "UKR": ["ukr.net", "i.ua", "gmail.com"],
            "IND": ["yahoo.co.in", "rediffmail.com", "gmail.com"]}


def phone_for(nat, style=None):
    if nat == "PHL":
        a, b = "9" + digits(2), digits(7)
        return rng.choice(["+63 %s %s %s" % (a, b[:3], b[3:]), "0%s%s" % (a, b), "+63%s%s" % (a, b),
                           "0%s-%s-%s" % (a, b[:3], b[3:])])
    if nat == "UKR":
        op = rng.choice(["67", "50", "63", "93", "97"])
        b = digits(7)
        return rng.choice(["+380 %s %s %s %s" % (op, b[:3], b[3:5], b[5:]), "+380%s%s" % (op, b),
                           "0%s-%s-%s-%s" % (op, b[:3], b[3:5], b[5:]), "(0%s) %s%s" % (op, b[:3], b[3:])])
    if nat == "IND":
        b = rng.choice("6789") + digits(9)
        return rng.choice(["+91 %s %s" % (b[:5], b[5:]), b, "+91-%s" % b, "0%s" % b])
    if nat == "USA":
        a = rng.choice(["305", "401", "786", "954"])
        x = digits(4)
        return rng.choice(["(%s) 555-%s" % (a, x), "%s.555.%s" % (a, x), "+1 %s 555 %s" % (a, x), "%s555%s" % (a, x)])
    if nat == "GBR":
        return "+44 7700 900%s" % digits(3)
    if nat == "POL":
        return "+48 %s %s %s" % (digits(3), digits(3), digits(3))
    if nat == "DEU":
        return "+49 40 %s %s" % (digits(4), digits(4))
    cc = {"NGA": "234", "MMR": "95", "VNM": "84", "NLD": "31", "FRA": "33", "ESP": "34"}.get(nat, "31")
    return "+%s %s %s" % (cc, digits(3), digits(7))


def passport_for(nat):
    U = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if nat == "PHL":
        return "P" + digits(7) + rng.choice(U)
    if nat == "UKR":
        return rng.choice(["FT", "FU", "FX", "GA", "EM"]) + digits(6)
    if nat == "IND":
        return rng.choice("JKLMNPRSTUVWZ") + digits(7)
    if nat == "USA":
        return digits(9)
    if nat == "GBR":
        return "5" + digits(8)
    return rng.choice(U) + rng.choice(U) + digits(7)


def book_for(nat):
    if nat == "PHL":
        return rng.choice(["C", "D", "A"]) + digits(7)
    if nat == "UKR":
        return rng.choice(["AB", "MK", "OD"]) + " " + digits(6)
    if nat == "IND":
        return rng.choice(["MUM", "CHN", "KOL"]) + " " + digits(6)
    return nat[:2] + "-" + digits(7)


def natid_for(nat):
    if nat == "PHL":
        return "%02d-%s-%s" % (rng.randint(1, 99), digits(7), digits(1))
    if nat == "IND":
        d = str(rng.randint(2, 9)) + digits(11)
        return rng.choice(["%s %s %s" % (d[:4], d[4:8], d[8:]), d])
    if nat == "UKR":
        return digits(10)
    if nat == "USA":
        return "%03d-%02d-%04d" % (rng.randint(101, 665), rng.randint(1, 99), rng.randint(1, 9999))
    return None


def plan_for(nat):
    if nat == "PHL":
        return "%s-%s-%s" % (digits(2), digits(9), digits(1))
    if nat == "IND":
        return digits(10)
    return "GMS-" + nat + "-" + digits(8)


def email_for(given, family, nat):
    g = given.split()[0].lower().replace(".", "")
    f = family.lower().replace(" ", "").replace("'", "").replace("-", "")
    f = f.replace("ś", "s").replace("ñ", "n")
    dom = rng.choice(MAIL_DOM.get(nat, ["gmail.com", "outlook.com", "hotmail.com"]))
    form = rng.choice(["%s.%s%d" % (g, f, rng.randint(70, 99)), "%s%s" % (g[0], f), "%s_%s" % (f, g), "%s.%s" % (g, f)])
    return form + "@" + dom


class Person:
    pass


ISO2 = {"PHL": "PH", "UKR": "UA", "IND": "IN", "POL": "PL", "FRA": "FR", "ESP": "ES", "MMR": "MM", "NGA": "NG",
        "NLD": "NL", "USA": "US", "GBR": "GB", "DEU": "DE", "VNM": "VN"}


PEOPLE = []
for i, (given, family, nat, sex, cyr, rank) in enumerate(PEOPLE_SRC):
    p = Person()
    p.given, p.family, p.nat, p.sex, p.cyr, p.rank = given, family, nat, sex, cyr, rank
    p.middle = rng.choice(["Santos", "Reyes", "Macapagal", "Garcia", "Lim"]) if nat == "PHL" and rng.random() < 0.5 else None
    p.dob = rdate(1962 if rank != "Guest" else 1930, 2003 if rank != "Guest" else 1934)
    p.sid = "SF-%s-%07d" % (ISO2[nat], rng.randint(10000, 99999))
    p.mrn = "OM" + digits(7)
    p.passport = passport_for(nat)
    p.book = book_for(nat)
    p.natid = natid_for(nat)
    p.plan = plan_for(nat)
    p.phone = phone_for(nat)
    p.email = email_for(given, family, nat)
    p.user = (given.split()[0][0] + family.split()[-1]).lower().replace("'", "").replace("ś", "s") + str(rng.randint(1, 99))
    a = ADDR.get(nat) or ADDR["NLD"]
    p.street, p.city, p.zip = rng.choice(a)
    fem, mal = NOK_GIVEN.get(nat, NOK_GIVEN["OTHER"])
    p.nok_rel = rng.choice(["husband", "mother", "father", "sister", "brother"] if sex == "F" else
                           ["wife", "wife", "spouse", "mother", "father", "sister", "brother"])
    nk = mal if p.nok_rel in ("husband", "father", "brother") else fem
    sur = family.split()[-1] if rng.random() < 0.75 or nat not in NOK_ALT else rng.choice(NOK_ALT[nat])
    p.nok_name = rng.choice(nk) + " " + sur
    p.birthplace = rng.choice(BIRTHPLACE.get(nat, [ADDR.get(nat, ADDR["NLD"])[0][1].upper()]))
    p.nok_phone = phone_for(nat)
    p.imei = luhn_complete(rng.choice(["35", "86", "49"]), 15)
    p.mac = ":".join(hexs(2) for _ in range(6))
    p.peme = "PEME-%s-%d-%06d" % (ISO2[nat], rng.choice([2023, 2024]), rng.randint(1, 999999))
    p.age = 2024 - p.dob.year
    PEOPLE.append(p)

CREW = [p for p in PEOPLE if p.rank != "Guest"]
GUESTS = [p for p in PEOPLE if p.rank == "Guest"]


def nm(p, style=None):
    """Return a rendered name string for p."""
    g = p.given
    f = p.family
    style = style or rng.choice(["full", "LF", "UPPERLF", "UPPER", "init", "lower", "FLinit", "slash", "cyr"])
    if style == "cyr" and not p.cyr:
        style = "full"
    if style == "full":
        return g + " " + f
    if style == "LF":
        return f + ", " + g
    if style == "UPPERLF":
        return f.upper() + ", " + g.upper()
    if style == "UPPER":
        return f.upper() + " " + g.upper()
    if style == "init":
        return g[0] + ". " + f
    if style == "lower":
        return (g + " " + f).lower()
    if style == "FLinit":
        return f + " " + "".join(x[0] for x in g.split()) + "."
    if style == "slash":
        return f.upper().replace(" ", "") + "/" + g.upper().replace(" ", "")
    if style == "cyr":
        return p.cyr[1] + " " + p.cyr[0] if rng.random() < 0.5 else p.cyr[0] + " " + p.cyr[1]
    raise ValueError(style)


def crew():
    return rng.choice(CREW)


def anyone():
    return rng.choice(PEOPLE)


# ----------------------------------------------------------------------------- business data
VESSELS = []
for name, typ, mid, flag in [("PACIFIC HARMONY", "MV", "636", "LR"), ("NORDIC AURORA", "MT", "257", "NO"),
                             ("MARIA LUISA", "MV", "548", "PH"), ("SEABULK ENDEAVOUR", "PSV", "538", "MH"),
                             ("AMANI STAR", "FPSO", "538", "MH"), ("SERAPHINE", "M/Y", "319", "KY"),
                             ("LADY EVANGELINE", "S/Y", "319", "KY"), ("KAPITAN SOKOLOV", "MV", "272", "UA"),
                             ("JAL KIRAN", "MT", "419", "IN"), ("OCEAN VANGUARD", "AHTS", "563", "SG"),
                             ("BRENT KAPPA", "Platform", "232", "GB"), ("STELLA POLARIS", "MV", "255", "PT")]:
    v = Person()
    v.name, v.typ, v.flag = name, typ, flag
    v.imo = imo_number()
    v.mmsi = mid + digits(6)
    v.cs = rng.choice(["D5", "LA", "4D", "V7", "ZC", "UR", "AT", "9V", "MG", "CQ"]) + rng.choice("ABCDEFGHKLMNPQRSTUVWXYZ") + digits(1) + rng.choice("ABCDEFGHKLMNPQRSTUVWXYZ")
    v.term = "FX" + digits(9)
    v.slk = "ut" + hexs(8) + "-" + hexs(8) + "-" + hexs(8)
    v.satphone = "+870 7" + digits(2) + " " + digits(3) + " " + digits(3)
    VESSELS.append(v)

DOCTORS = ["Dr. Ingrid Solberg", "Dr. Marcus Feeney", "Dr. Ana Lucía Ferreira", "Dr. Priya Raghavan",
           "Dr. Tomasz Nowicki", "Dr. Emeka Obi", "Dr. Ramon Villareal", "Dr. Hanna Virtanen"]
DOC_USERS = ["isolberg", "mfeeney", "alferreira", "praghavan", "tnowicki", "eobi", "rvillareal", "hvirtanen"]
DOC_EMAILS = ["ingrid.solberg@oceanmed-tele.example", "m.feeney@oceanmed-tele.example",
              "duty.doctor@oceanmed-tele.example", "p.raghavan@oceanmed-tele.example"]
MASTERS = ["Capt. Henrik Aas", "Capt. Ferdinand Lualhati", "Capt. Yevhen Moroz", "Capt. Arvind Kulkarni",
           "Master R. Castillo", "Capt. Lars Eikeland"]
MRCCS = [("MRCC Falmouth", "falmouthcoastguard@mcga.example.uk", "+44 1326 317575"),
         ("JRCC Stavanger", "ops@jrcc-stavanger.example.no", "+47 51 51 70 00"),
         ("PCG Coast Guard District NCR-CL (MRCC Manila)", "mrcc.manila@coastguard.example.ph", "+63 2 8527 3877"),
         ("MRCC Mumbai", "indsar@indiancoastguard.example.in", "+91 22 2243 8015"),
         ("MRCC Singapore", "mrcc@mpa.example.gov.sg", "+65 6325 2488"),
         ("USCG D7 Command Center", "d7cc@uscg.example.mil", "+1 305 415 6800"),
         ("MRCC Odesa", "odessa.mrcc@mrcc.example.ua", "+380 48 777 0303")]
WATCH = ["WO Sarah Pengelly", "SAR Mission Coordinator Lt. Bjørn Hauge", "LCDR Miguel Torres",
         "Comdt. A. K. Verma", "SMC Chen Wei Liang", "BM1 Kayla Ramirez", "Duty officer O. Hrytsenko"]
AGENTS = [("GAC Singapore", "ops.sg@gac-agency.example", "+65 6555 0140"),
          ("Wilhelmsen Ships Service Rotterdam", "rtm.husbandry@wilhelmsen.example", "+31 10 555 0122"),
          ("Inchcape Shipping Services Mumbai", "mumbai.ops@iss-shipping.example", "+91 22 5555 0190"),
          ("Transmar Agency Manila", "crewcare@transmar.example.ph", "+63 2 8555 0177"),
          ("Odesa Port Agency LLC", "agency@opa.example.ua", "+380 48 555 0166")]
HOSPITALS = ["Singapore General Hospital", "Erasmus MC Rotterdam", "Manila Doctors Hospital", "Jaslok Hospital Mumbai",
             "Haukeland University Hospital", "Odesa Regional Clinical Hospital", "Aberdeen Royal Infirmary",
             "Jackson Memorial Hospital"]
AGENT_HOSP = {"GAC Singapore": ["Singapore General Hospital", "Tan Tock Seng Hospital"],
              "Wilhelmsen Ships Service Rotterdam": ["Erasmus MC Rotterdam", "Maasstad Ziekenhuis"],
              "Inchcape Shipping Services Mumbai": ["Jaslok Hospital Mumbai", "Bombay Hospital"],
              "Transmar Agency Manila": ["Manila Doctors Hospital", "St. Luke's Medical Center BGC"],
              "Odesa Port Agency LLC": ["Odesa Regional Clinical Hospital"]}


AGENT_PORT = {"GAC Singapore": "SGSIN", "Wilhelmsen Ships Service Rotterdam": "NLRTM", "Inchcape Shipping Services Mumbai": "INBOM",
              "Transmar Agency Manila": "PHMNL", "Odesa Port Agency LLC": "UAODS"}


def hosp_for(a):
    return rng.choice(AGENT_HOSP[a[0]])


CLUBS = ["Gard", "Skuld", "UK P&I", "North", "Britannia", "Steamship Mutual", "West of England", "Japan P&I"]
PORTS = ["SGSIN", "NLRTM", "PHMNL", "INNSA", "NOSVG", "UAODS", "GBABD", "USMIA", "AEJEA", "ZADUR"]

COMPLAINTS = [
    ("chest pain radiating to L arm, diaphoretic", "suspected ACS", "I21.9"),
    ("RLQ abdominal pain, vomiting x3, fever 38.6", "suspected appendicitis", "K35.80"),
    ("crush injury R hand from mooring winch", "open fracture 4th/5th metacarpal", "S62.30"),
    ("severe headache, photophobia, neck stiffness", "r/o meningitis", "G03.9"),
    ("fall from ladder 3 m, LOC ~1 min", "head injury, GCS 14", "S06.9"),
    ("hematemesis, melena since 0200 LT", "upper GI bleed", "K92.2"),
    ("dysuria, flank pain, fever", "pyelonephritis", "N10"),
    ("burn to forearm, hot oil galley", "partial thickness burn 4% TBSA", "T22.2"),
    ("chemical splash to eye (caustic soda)", "chemical keratitis", "T26.6"),
    ("SOB, productive cough, SpO2 91%", "community acquired pneumonia", "J18.9"),
    ("toothache, facial swelling", "dental abscess", "K04.7"),
    ("palpitations, HR 150 irregular", "AF with RVR", "I48.91"),
]
TAGALOG = ["masakit ang dibdib ko", "nahihilo po ako", "masakit ang tiyan, nagsusuka", "hindi makahinga nang maayos",
           "sumasakit ang ulo ko simula kahapon", "nilalagnat po siya"]
UKR_PHRASES = ["болить у грудях", "дуже болить живіт", "паморочиться голова", "не можу дихати"]
HINDI = ["pet mein dard", "seene mein dard hai", "chakkar aa raha hai", "bukhar hai"]

MEDS = [("A01", "Acetylsalicylic acid 300 mg tab", "tab", 50), ("A08", "Ceftriaxone 1 g inj", "vial", 10),
        ("B02", "Morphine sulfate 10 mg/ml inj", "amp", 10), ("B05", "Paracetamol 500 mg tab", "tab", 100),
        ("C03", "Glyceryl trinitrate 0.4 mg spray", "bottle", 2), ("C11", "Ondansetron 4 mg ODT", "tab", 20),
        ("D01", "Amoxicillin/clavulanate 875/125 mg", "tab", 30), ("D07", "Doxycycline 100 mg cap", "cap", 30),
        ("E02", "Lidocaine 1% 5 ml", "amp", 10), ("F04", "Salbutamol 100 mcg inhaler", "inh", 2),
        ("G09", "Oral rehydration salts", "sachet", 40), ("H12", "Adrenaline 1 mg/ml inj", "amp", 5),
        ("K01", "Sterile suture kit 4-0", "kit", 6), ("K04", "SAM splint 36in", "ea", 2),
        ("M02", "Chlorhexidine 0.5% solution 500 ml", "bottle", 3), ("N03", "Tramadol 50 mg cap", "cap", 20)]


def vessel():
    return rng.choice(VESSELS)


def case_no():
    return "TMC-24-%06d" % rng.randint(1000, 99999)


def sar_no():
    return rng.choice(["SAR %s/%04d" % (rng.choice(["24", "2024"]), rng.randint(1, 3999)),
                       "%s-%d" % (rng.choice(["FAL", "STV", "MNL", "MUM", "SGP"]), rng.randint(240000, 249999)),
                       "%d" % rng.randint(1700000, 1799999),
                       "24/%04d" % rng.randint(1, 2500)])


def claim_ref(club=None):
    club = club or rng.choice(CLUBS)
    pre = {"Gard": "GARD", "Skuld": "SKL", "UK P&I": "UKPI", "North": "NTH", "Britannia": "BRIT",
           "Steamship Mutual": "SSM", "West of England": "WOE", "Japan P&I": "JPI"}[club]
    return "%s/24/PI/%06d" % (pre, rng.randint(1, 99999))


def pubip():
    while True:
        a = rng.choice([49, 103, 112, 136, 175, 180, 185, 203, 212, 223, 110, 91])
        return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def privip():
    return "10.%d.%d.%d" % (rng.randint(0, 40), rng.randint(0, 255), rng.randint(2, 254))


def b64_photo():
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x48,
                 0x00, 0x48, 0x00, 0x00, 0xFF, 0xDB, 0x00, 0x43]) + bytes(rng.randint(0, 255) for _ in range(rng.randint(90, 160)))
    return base64.b64encode(raw).decode()


def b64_fmr():
    raw = b"FMR\x00 20\x00" + bytes(rng.randint(0, 255) for _ in range(rng.randint(60, 110)))
    return base64.b64encode(raw).decode()


def sha(n=64):
    return hashlib.sha256(str(rng.random()).encode()).hexdigest()[:n]


# ----------------------------------------------------------------------------- line prefixes
SPRING_APPS = {
    "consult": ("consult-svc", "c.o.t.consult.web.ConsultController"),
    "crew": ("crew-health-svc", "c.o.t.crew.service.CrewRecordService"),
    "claims": ("pi-claims-svc", "c.o.t.claims.service.ClaimService"),
    "referral": ("referral-svc", "c.o.t.referral.PortReferralService"),
    "peme": ("peme-svc", "c.o.t.peme.CertificateIssuer"),
}
THREADS = ["nio-8080-exec-%d", "http-nio-8443-exec-%d", "ntainer#0-0-C-%d", "scheduling-%d", "task-%d",
           "kafka-producer-network-thread | producer-%d"]


def spring(fam, level, logger, pid=None):
    t = clk.tick()
    l = L(fam)
    th = rng.choice(THREADS) % rng.randint(1, 12)
    th = th[-15:]
    l.t("%s %5s %d --- [%15s] %-40s : " % (ts_spring(t), level, pid or 1, th, logger[:40]))
    return l


def zap(fam, level, caller, msg):
    t = clk.tick()
    l = L(fam)
    l.t('{"level":"%s","ts":%s,"caller":"%s","msg":"%s"' % (level, ts_epoch(t), caller, msg))
    return l


def slog(fam, level, msg):
    t = clk.tick()
    l = L(fam)
    l.t('time=%s level=%s msg="%s"' % (ts_iso(t), level, msg))
    return l


def gostd(fam, prefix):
    t = clk.tick()
    l = L(fam)
    l.t(t.strftime("%Y/%m/%d %H:%M:%S ") + prefix)
    return l


# ============================================================================ NOISE generators (1 line, no PHI)
def n_spring_misc():
    app = rng.choice(list(SPRING_APPS))
    choices = [
        ("INFO", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port 8080 (http) with context path ''"),
        ("INFO", "c.o.t.%s.%sApplication" % (app, app.capitalize()), "Started %sApplication in %.3f seconds (process running for %.2f)" % ((lambda a, x: (a, x, x + rng.uniform(0.4, 2.5)))(app.capitalize(), rng.uniform(8, 25)))),
        ("INFO", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed."),
        ("WARN", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=%dm%ds%dms)." % (rng.randint(1, 3), rng.randint(0, 59), rng.randint(1, 999))),
        ("INFO", "o.s.web.servlet.DispatcherServlet", "Completed initialization in %d ms" % rng.randint(1, 9)),
        ("INFO", "o.s.k.l.KafkaMessageListenerContainer", "%s: partitions assigned: [%s-0, %s-1, %s-2]" % ((rng.choice(["medevac-coord", "consult-events", "ais-enricher"]),) + ((rng.choice(["medevac.events", "consult.events", "crew.updates"]),) * 3))),
        ("INFO", "o.a.k.c.c.internals.ConsumerCoordinator", "[Consumer clientId=consumer-%s-1, groupId=%s] Setting offset for partition %s-%d to the committed offset FetchPosition{offset=%d, offsetEpoch=Optional[%d], currentLeader=LeaderAndEpoch{leader=Optional[kafka-%d.kafka-headless:9092 (id: %d rack: null)], epoch=%d}}" % ((lambda g: (g, g))(rng.choice(["claims", "consult", "referral"])) + (rng.choice(["consult.events", "pi.claims"]), rng.randint(0, 5), rng.randint(10000, 9999999), rng.randint(3, 19)) + (lambda k: (k, k))(rng.randint(0, 2)) + (rng.randint(3, 19),))),
        ("WARN", "o.a.k.clients.NetworkClient", "[Producer clientId=producer-1] Connection to node 2 (kafka-2.kafka-headless/%s:9092) could not be established. Broker may not be available." % privip()),
        ("INFO", "o.h.e.t.j.p.i.JtaPlatformInitiator", "HHH000489: No JTA platform available (set 'hibernate.transaction.jta.platform' to enable JTA platform integration)"),
        ("WARN", "o.s.b.a.o.j.JpaBaseConfiguration$JpaWebConfiguration", "spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning"),
        ("INFO", "c.o.t.peme.scheduler.CertExpiryJob", "certExpiryJob finished: scanned=%d expiring30d=%d notified=%d took=%dms" % (rng.randint(4000, 9000), rng.randint(10, 90), rng.randint(5, 60), rng.randint(300, 4000))),
        ("DEBUG", "c.o.t.consult.vsat.BandwidthProbe", "probe vessel imo=%s rtt=%dms jitter=%dms loss=%.1f%% link=%s" % (vessel().imo, rng.randint(480, 780), rng.randint(5, 80), rng.uniform(0, 3), rng.choice(["FX-Ka", "FBB", "Starlink-Maritime"]))),
        ("INFO", "c.o.t.referral.PortReferralService", "Agent directory refreshed: %d agents, %d ports, etag=%s" % (rng.randint(300, 500), rng.randint(80, 140), hexs(16))),
        ("ERROR", "o.a.c.c.C.[.[.[/].[dispatcherServlet]", "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: java.net.SocketTimeoutException: Read timed out] with root cause"),
        ("INFO", "c.o.t.claims.service.ClaimService", "FX rates loaded for %s: USD/EUR=%.4f USD/PHP=%.2f USD/INR=%.2f USD/UAH=%.2f" % (fmt_date(recent_date(), "iso"), rng.uniform(0.9, 0.95), rng.uniform(55, 57), rng.uniform(82, 84), rng.uniform(37, 39))),
    ]
    lvl, lg, msg = rng.choice(choices)
    l = spring("spring_boot", lvl, lg)
    return [l.t(msg)]


def n_zap():
    v = vessel()
    c = rng.choice([
        ("info", "ingest/decoder.go:141", "batch flushed", ',"topic":"ais.positions","records":%d,"dur_ms":%.1f,"partition":%d}' % (rng.randint(200, 900), rng.uniform(5, 90), rng.randint(0, 11))),
        ("warn", "ingest/decoder.go:212", "nmea checksum mismatch", ',"talker":"AIVDM","raw_len":%d,"source":"aishub-feed-2"}' % rng.randint(40, 82)),
        ("info", "vsat/broker.go:77", "session opened", ',"session_id":"%s","imo":%s,"terminal":"%s","beam":"%s","profile":"telemed-qos"}' % (uuid4(), v.imo, v.term, rng.choice(["IOR-F1", "AOR-W", "POR-3", "MEAS-2"]))),
        ("info", "vsat/broker.go:131", "session closed", ',"session_id":"%s","imo":%s,"bytes_up":%d,"bytes_down":%d,"dur_s":%d}' % (uuid4(), v.imo, rng.randint(10 ** 6, 9 * 10 ** 8), rng.randint(10 ** 6, 9 * 10 ** 8), rng.randint(60, 4000))),
        ("error", "medevac/sar.go:58", "coast guard gateway timeout", ',"endpoint":"https://sar-gw.oceanmed-tele.example/v2/notify","attempt":%d,"err":"context deadline exceeded"}' % rng.randint(1, 5)),
        ("debug", "ais/enrich.go:95", "vessel static updated", ',"mmsi":%s,"imo":%s,"callsign":"%s","name":"%s","dest":"%s","eta":"%s"}' % (v.mmsi, v.imo, v.cs, v.name, rng.choice(PORTS), (clk.t + timedelta(days=rng.randint(1, 9))).strftime("%m-%d %H:%M"))),
        ("info", "kafka/producer.go:203", "delivery report", ',"topic":"medevac.events","partition":%d,"offset":%d,"latency_ms":%d}' % (rng.randint(0, 5), rng.randint(10 ** 5, 10 ** 7), rng.randint(2, 80))),
    ])
    l = zap("go_zap_json", c[0], c[1], c[2])
    return [l.t(c[3])]


def n_slog():
    v = vessel()
    msg, rest = rng.choice([
        ("http request", ' method=GET path=/healthz status=200 dur=%dµs remote=%s:%d' % (rng.randint(80, 900), privip(), rng.randint(30000, 60000))),
        ("starlink dish status", ' vessel_imo=%s dish_id=%s pop_ping_ms=%.1f obstruction=%.2f%% uptime_s=%d' % (v.imo, v.slk, rng.uniform(25, 90), rng.uniform(0, 4), rng.randint(1000, 900000))),
        ("consumer lag", ' group=ais-enricher topic=ais.positions lag=%d' % rng.randint(0, 40000)),
        ("es bulk", ' index=ais-positions-2024.03.14 docs=%d failed=0 took=%dms' % (rng.randint(500, 5000), rng.randint(20, 600))),
        ("inmarsat fx cdr import", ' file=cdr_FX_%s.csv rows=%d rejected=%d' % (clk.t.strftime("%Y%m%d%H"), rng.randint(100, 2000), rng.randint(0, 4))),
        ("config loaded", ' env=prod region=eu-north-1 kafka=kafka-0.kafka:9092,kafka-1.kafka:9092 es=https://es-coord:9200 build=%s' % ("1.%d.%d+%s" % (rng.randint(10, 30), rng.randint(0, 9), hexs(7)))),
    ])
    l = slog("go_slog", rng.choice(["INFO", "INFO", "DEBUG", "WARN"]), msg)
    return [l.t(rest)]


def n_gostd():
    v = vessel()
    l = gostd("go_stdlog", "")
    l.t(rng.choice([
        "vsat: terminal %s keepalive ok (snr=%.1fdB, modcod=%s)" % (v.term, rng.uniform(4, 14), rng.choice(["QPSK 3/4", "8PSK 5/6", "16APSK 2/3"])),
        "medevac: poller tick, 0 open requests, next in 30s",
        "http: TLS handshake error from %s:%d: EOF" % (privip(), rng.randint(30000, 65000)),
        "ais: reconnect to tcp://aisfeed.oceanmed-tele.example:5631 after %s" % rng.choice(["1s", "2s", "4s", "8s"]),
        "grpc: Server.Serve failed to create ServerTransport: connection error: desc = \"transport: http2Server.HandleStreams failed to receive the preface from client: EOF\"",
    ]))
    return [l]


def n_gpsd():
    v = vessel()
    clk.tick(0.1, 5)
    l = L("gpsd_ais_json")
    lat = rng.uniform(-35, 60)
    lon = rng.uniform(-80, 140)
    l.t('{"class":"AIS","device":"tcp://aisfeed:5631","type":%d,"repeat":0,"mmsi":%s,"scaled":true,"status":"%s","status_text":"Under way using engine","turn":"nan","speed":%.1f,"accuracy":true,"lon":%.6f,"lat":%.6f,"course":%.1f,"heading":%d,"second":%d,"maneuver":0,"raim":false,"radio":%d}' % (
        rng.choice([1, 1, 3]), v.mmsi, 0, rng.uniform(0, 18), lon, lat, rng.uniform(0, 359.9), rng.randint(0, 359), rng.randint(0, 59), rng.randint(10000, 99999)))
    return [l]


def n_gpsd5():
    v = vessel()
    clk.tick(0.1, 5)
    l = L("gpsd_ais_json")
    l.t('{"class":"AIS","device":"tcp://aisfeed:5631","type":5,"repeat":0,"mmsi":%s,"scaled":true,"imo":%s,"ais_version":0,"callsign":"%s","shipname":"%s","shiptype":%d,"to_bow":%d,"to_stern":%d,"to_port":%d,"to_starboard":%d,"epfd":1,"eta":"%s","draught":%.1f,"destination":"%s","dte":0}' % (
        v.mmsi, v.imo, v.cs, v.name, rng.choice([70, 80, 37, 90]), rng.randint(20, 200), rng.randint(10, 60), rng.randint(5, 20), rng.randint(5, 20),
        (clk.t + timedelta(days=rng.randint(1, 7))).strftime("%m-%dT%H:%MZ"), rng.uniform(3, 14), rng.choice(PORTS)))
    return [l]


AIS6 = "0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw"


def n_nmea():
    clk.tick(0.05, 3)
    l = L("nmea_ais")
    payload = rng.choice("13B") + "".join(rng.choice(AIS6) for _ in range(27))
    body = "AIVDM,1,1,,%s,%s,0" % (rng.choice("AB"), payload)
    pre = rng.choice(["", "\\s:aishub-2,c:%d*%s\\" % (int(clk.t.timestamp()), "%02X" % rng.randint(0, 255))])
    l.t(pre + "!" + body + "*" + nmea_ck(body))
    return [l]


def n_kafka_broker():
    t = clk.tick()
    l = L("kafka_broker")
    topic = rng.choice(["ais.positions", "consult.events", "medevac.events", "crew.updates", "pi.claims", "vsat.sessions"])
    l.t("[%s] " % ts_comma(t))
    l.t(rng.choice([
        "INFO [LocalLog partition=%s-%d, dir=/var/lib/kafka/data] Rolled new log segment at offset %d in %d ms. (kafka.log.LocalLog)" % (topic, rng.randint(0, 11), rng.randint(10 ** 5, 10 ** 8), rng.randint(1, 9)),
        "INFO [GroupCoordinator 1]: Preparing to rebalance group %s in state PreparingRebalance with old generation %d (__consumer_offsets-%d) (reason: Adding new member consumer-%s-1-%s with group instance id None) (kafka.coordinator.group.GroupCoordinator)" % ((lambda g: (g, rng.randint(10, 300), rng.randint(0, 49), g, uuid4()))(rng.choice(["ais-enricher", "medevac-coord", "es-sink"]))),
        "INFO [UnifiedLog partition=%s-%d, dir=/var/lib/kafka/data] Deleting segment LogSegment(baseOffset=%d, size=%d, lastModifiedTime=%d, largestRecordTimestamp=Some(%d)) due to retention time 604800000ms breach based on the largest record timestamp in the segment (kafka.log.UnifiedLog)" % (topic, rng.randint(0, 11), rng.randint(10 ** 5, 10 ** 7), rng.randint(10 ** 6, 10 ** 9), int(t.timestamp() * 1000) - 7 * 86400000, int(t.timestamp() * 1000) - 7 * 86400000 - 5000),
        "WARN [ReplicaFetcher replicaId=2, leaderId=0, fetcherId=0] Error in response for fetch request (type=FetchRequest, replicaId=2, maxWait=500, minBytes=1, maxBytes=10485760) (kafka.server.ReplicaFetcherThread)",
        "INFO [Partition %s-%d broker=1] ISR updated to 1,0,2 and version updated to %d (kafka.cluster.Partition)" % (topic, rng.randint(0, 11), rng.randint(10, 99)),
    ]))
    return [l]


def n_es():
    t = clk.tick()
    l = L("es_json")
    node = "es-data-%d" % rng.randint(0, 4)
    lvl, logger, msg, th = rng.choice([
        ("INFO", "org.elasticsearch.cluster.metadata.MetadataCreateIndexService", "[ais-positions-%s] creating index, cause [auto(bulk api)], templates [ais-positions], shards [3]/[1]" % t.strftime("%Y.%m.%d"), "elasticsearch[%s][masterService#updateTask][T#1]" % node),
        ("WARN", "org.elasticsearch.monitor.jvm.JvmGcMonitorService", "[gc][%d] overhead, spent [%dms] collecting in the last [1s]" % (rng.randint(10000, 900000), rng.randint(300, 900)), "elasticsearch[%s][scheduler][T#1]" % node),
        ("INFO", "org.elasticsearch.cluster.routing.allocation.AllocationService", "current.health=\"GREEN\" message=\"Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[crew-medical-2024.03][1]]]).\" previous.health=\"YELLOW\" reason=\"shards started [[crew-medical-2024.03][1]]\"", "elasticsearch[%s][masterService#updateTask][T#1]" % node),
        ("INFO", "org.elasticsearch.xpack.ilm.IndexLifecycleTransition", "moving index [consult-notes-2024.02] from [{\"phase\":\"hot\",\"action\":\"rollover\",\"name\":\"check-rollover-ready\"}] to [{\"phase\":\"warm\",\"action\":\"shrink\",\"name\":\"wait-for-shard-history-leases\"}] in policy [consult-notes-ilm]", "elasticsearch[%s][trigger_engine_scheduler][T#1]" % node),
        ("WARN", "org.elasticsearch.cluster.routing.allocation.DiskThresholdMonitor", "high disk watermark [90%%] exceeded on [%s][%s][/usr/share/elasticsearch/data] free: %.1fgb[%.1f%%], shards will be relocated away from this node" % (hexs(22), node, rng.uniform(20, 60), rng.uniform(8, 9.9)), "elasticsearch[%s][management][T#3]" % node),
    ])
    jval(l, J([("@timestamp", ts_iso(t)), ("log.level", lvl), ("message", msg), ("ecs.version", "1.2.0"),
               ("service.name", "ES_ECS"), ("event.dataset", "elasticsearch.server"), ("process.thread.name", th),
               ("log.logger", logger), ("elasticsearch.cluster.uuid", hexs(22)), ("elasticsearch.node.id", hexs(22)),
               ("elasticsearch.node.name", node), ("elasticsearch.cluster.name", "oceanmed-prod")]))
    return [l]


def n_vsat_syslog():
    t = clk.tick()
    v = vessel()
    l = L("vsat_syslog")
    pri = rng.choice([134, 133, 131, 30])
    host = rng.choice(["vsat-gw-01", "vsat-gw-02", "slk-edge-ams"])
    l.t("<%d>%s %s vsatgw[%d]: " % (pri, ts_sys(t), host, rng.randint(1000, 9000)))
    l.t(rng.choice([
        "SESSION_START sid=%s imo=%s term=%s svc=FleetXpress beam=%s cir=512k mir=8M class=TELEMED" % (hexs(12), v.imo, v.term, rng.choice(["IOR-F1", "AOR-W", "POR-3"])),
        "SESSION_STOP sid=%s imo=%s up=%dKB down=%dKB dur=%ds cause=NORMAL_RELEASE" % (hexs(12), v.imo, rng.randint(100, 90000), rng.randint(100, 90000), rng.randint(30, 5000)),
        "FAILOVER imo=%s from=FX-Ka to=FBB reason=rain_fade esno=%.1fdB" % (v.imo, rng.uniform(-1, 3)),
        "STARLINK dish=%s imo=%s state=CONNECTED pop=%s ipv4=100.%d.%d.%d" % (v.slk, v.imo, rng.choice(["sgsin", "frntt", "usmia", "nlams"]), rng.randint(64, 127), rng.randint(0, 255), rng.randint(1, 254)),
        "QOS telemed-video imo=%s dscp=AF41 reserved=%dkbps granted=%dkbps" % (v.imo, rng.choice([384, 512, 1024]), rng.choice([256, 384, 512, 1024])),
    ]))
    return [l]


def n_nginx():
    t = clk.tick()
    l = L("nginx_access")
    path = rng.choice(["/healthz", "/actuator/health", "/static/js/app.%s.js" % hexs(8), "/api/v1/vessels/%s/position" % vessel().imo,
                       "/api/v1/medchest/catalog?rev=2024.1", "/favicon.ico", "/api/v1/ports?unlocode=%s" % rng.choice(PORTS)])
    ua = rng.choice(["kube-probe/1.28", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
                     "Go-http-client/1.1", "Prometheus/2.50.1", "okhttp/4.12.0"])
    l.t('%s - - [%s] "GET %s HTTP/1.1" %d %d "-" "%s" rt=%.3f uct="0.000" urt="%.3f"' % (
        privip(), ts_nginx(t), path, rng.choice([200, 200, 200, 304, 404]), rng.randint(0, 90000), ua, rng.uniform(0, 0.5), rng.uniform(0, 0.5)))
    return [l]


def n_medchest_csv():
    clk.tick(0.01, 1)
    l = L("csv_medchest")
    code, desc, unit, req = rng.choice(MEDS)
    v = vessel()
    exp = datetime(2024, 3, 1) + timedelta(days=rng.randint(-40, 900))
    on = max(0, req + rng.randint(-req // 2, 3))
    st = "EXPIRED" if exp < datetime(2024, 3, 14) else ("EXPIRING" if exp < datetime(2024, 6, 14) else ("LOW" if on < req else "OK"))
    l.t('%s,%s,"%s",%s,%d,%d,%s,%s%s,%s' % (v.imo, code, desc, unit, req, on, exp.strftime("%Y-%m"), rng.choice(["LOT", "B", ""]), digits(6), st))
    return [l]


def n_medchest_hdr():
    clk.tick(0.01, 1)
    return [L("csv_medchest").t("imo,item_code,description,unit,qty_required,qty_onboard,expiry,batch,status")]


def n_cef_staff():
    t = clk.tick()
    i = rng.randrange(len(DOC_USERS))
    l = L("cef_audit")
    l.t("%s oceanmed-audit CEF:0|OceanMed|TeleConsult|4.2.1|%s|%s|3|rt=%d suser=%s src=%s requestClientApplication=consult-web outcome=%s" % (
        ts_sys(t), *rng.choice([("AUTH_LOGIN", "User login"), ("AUTH_MFA", "MFA challenge passed"), ("AUTH_LOGOUT", "User logout")]),
        int(t.timestamp() * 1000), DOC_USERS[i], privip(), rng.choice(["success", "success", "failure"])))
    return [l]


def n_roster():
    clk.tick()
    l = gostd("go_stdlog", "roster: ")
    i = rng.randrange(len(DOCTORS))
    l.t("on-call %s %s shift=%s phone=%s email=%s" % (DOCTORS[i], rng.choice(["primary", "backup"]), rng.choice(["0800-2000Z", "2000-0800Z"]),
                                                      rng.choice(["+47 5555 0199", "+44 20 7946 0321", "+63 2 8555 0101", "+91 22 5555 0142"]), rng.choice(DOC_EMAILS)))
    return [l]


def n_po():
    l = spring("spring_boot", "INFO", "c.o.t.medchest.ResupplyService")
    v = vessel()
    l.t("Resupply order PO-2024-%05d created for %s %s (IMO %s) port=%s supplier=\"%s\" lines=%d total=USD %.2f" % (
        rng.randint(1, 99999), v.typ, v.name, v.imo, rng.choice(PORTS), rng.choice(["Seacare Medical Supplies Pte Ltd", "Medi-Marine BV", "Pharmasea Manila Inc.", "Marine Medical Systems AS"]),
        rng.randint(3, 40), rng.uniform(200, 9000)))
    return [l]


def n_trace():
    l = spring("spring_boot", "DEBUG", "o.s.w.s.f.CommonsRequestLoggingFilter")
    l.t("After request [POST /api/v1/consults/%s/attachments, client=%s, headers=[traceparent:\"00-%s-%s-01\", content-type:\"multipart/form-data\", content-length:\"%d\"]]" % (
        uuid4(), privip(), hexs(32), hexs(16), rng.randint(10 ** 4, 10 ** 7)))
    return [l]


def n_metrics():
    clk.tick()
    l = L("prom_metrics")
    l.t(rng.choice([
        'consult_sessions_active{service="consult-svc",link="fx"} %d' % rng.randint(0, 30),
        'vsat_rtt_ms_bucket{imo="%s",le="800"} %d' % (vessel().imo, rng.randint(10, 9000)),
        'kafka_consumergroup_lag{consumergroup="es-sink",topic="consult.events",partition="%d"} %d' % (rng.randint(0, 5), rng.randint(0, 900)),
        'http_server_requests_seconds_count{method="POST",status="201",uri="/api/v1/medevac"} %d' % rng.randint(10, 999),
        'jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} %.6e' % rng.uniform(1e8, 9e8),
    ]))
    return [l]


def n_stack():
    clk.tick()
    l = L("java_stacktrace")
    l.t(rng.choice([
        "\tat org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.doInvokeRecordListener(KafkaMessageListenerContainer.java:2923)",
        "\tat org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:56)",
        "\tat com.oceanmed.tele.medevac.SarNotifier.send(SarNotifier.java:%d)" % rng.randint(40, 200),
        "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
        "Caused by: java.net.SocketTimeoutException: Connect timed out",
        "\t... %d common frames omitted" % rng.randint(8, 60),
    ]))
    return [l]


def n_agent_biz():
    l = spring("spring_boot", "INFO", "c.o.t.referral.PortReferralService")
    a = rng.choice(AGENTS)
    l.t("Agent confirmed A&E slot at %s, agent=%s contact=%s tel=%s fax=%s eta_berth=%s" % (
        hosp_for(a), a[0], a[1], a[2], a[2][:-2] + str(rng.randint(10, 99)), (clk.t + timedelta(hours=rng.randint(3, 40))).strftime("%Y-%m-%dT%H:%MZ")))
    return [l]


NOISE_GENS = [(n_spring_misc, 9), (n_zap, 7), (n_slog, 5), (n_gostd, 3), (n_gpsd, 5), (n_gpsd5, 2), (n_nmea, 5),
              (n_kafka_broker, 4), (n_es, 4), (n_vsat_syslog, 5), (n_nginx, 4), (n_medchest_csv, 4), (n_cef_staff, 2),
              (n_roster, 1), (n_medchest_hdr, 1), (n_po, 2), (n_trace, 2), (n_metrics, 3), (n_agent_biz, 2)]


# ============================================================================ PHI generators (1 line)
def p_consult_open():
    p, v = crew(), vessel()
    l = spring("spring_boot", "INFO", SPRING_APPS["consult"][1])
    l.t("Consultation ").p(case_no(), "other_id").t(" opened for seafarer ").p(p.sid, "other_id").t(" (")
    l.p(nm(p, rng.choice(["UPPERLF", "LF", "full"])), "name").t(") vessel=%s imo=%s channel=%s doctor=%s" % (
        v.name, v.imo, rng.choice(["VIDEO", "VOICE", "EMAIL", "CHAT"]), rng.choice(DOC_USERS)))
    return [l]


def p_hibernate():
    p = anyone()
    l = spring("hibernate_bind", "TRACE", "o.h.type.descriptor.sql.BasicBinder")
    n = rng.randint(1, 9)
    kind, val, cat = rng.choice([
        ("VARCHAR", p.family.upper(), "name"), ("VARCHAR", p.given, "name"), ("VARCHAR", p.passport, "license"),
        ("DATE", p.dob.strftime("%Y-%m-%d"), "date"), ("VARCHAR", p.sid, "other_id"), ("VARCHAR", p.book, "license"),
        ("VARCHAR", p.mrn, "mrn"), ("VARCHAR", p.email, "email"), ("VARCHAR", p.nok_phone, "phone")])
    l.t("binding parameter [%d] as [%s] - [" % (n, kind)).p(val, cat).t("]")
    return [l]


def p_zap_crew():
    p = crew()
    l = zap("go_zap_json", "info", "crewsync/upsert.go:%d" % rng.randint(60, 140), "crew record upserted")
    items = [("seafarer_id", p.sid, "other_id"), ("family_name", p.family, "name"), ("given_names", p.given, "name"),
             ("nationality", p.nat), ("rank", p.rank), ("date_of_birth", p.dob.strftime("%Y-%m-%d"), "date"),
             ("passport_no", p.passport, "license")]
    rng.shuffle(items)
    items = items[:rng.randint(4, 7)]
    if not any(x[2:] for x in items):
        items.append(("seafarer_id", p.sid, "other_id"))
    items.append(("manning_agent", rng.choice(["Transmar Agency Manila", "Anglo-Eastern Mumbai", "Marlow Navigation Odesa"])))
    items.append(("trace_id", hexs(32)))
    for k, val, *c in items:
        l.t(",")
        l.t(json.dumps(k) + ":")
        jval(l, val, c[0] if c else None)
    l.t("}")
    return [l]


def p_es_slow():
    t = clk.tick()
    p = anyone()
    l = L("es_slowlog")
    node = "es-data-%d" % rng.randint(0, 4)
    idx = rng.choice(["crew-medical-2024.03", "consult-notes-2024.03", "peme-records"])
    ms = rng.randint(1000, 9000)
    l.t("[%s][WARN ][i.s.s.query              ] [%s] [%s][%d] took[%.1fs], took_millis[%d], total_hits[%d hits], stats[], search_type[QUERY_THEN_FETCH], total_shards[%d], source[" % (
        ts_es(t), node, idx, rng.randint(0, 2), ms / 1000.0, ms, rng.randint(0, 12), 3))
    q = rng.choice(["name", "passport", "dob", "sid"])
    if q == "name":
        l.t('{"query":{"bool":{"must":[{"match":{"patient.fullName":{"query":"').p(nm(p, rng.choice(["full", "lower", "cyr", "UPPER"])), "name").t('","fuzziness":"AUTO"}}}]}},"size":20}')
    elif q == "passport":
        l.t('{"query":{"term":{"identity.passportNo.keyword":{"value":"').p(p.passport, "license").t('"}}}}')
    elif q == "dob":
        l.t('{"query":{"bool":{"filter":[{"term":{"patient.familyName.keyword":"').p(p.family, "name").t('"}},{"term":{"patient.birthDate":"').p(p.dob.strftime("%Y-%m-%d"), "date").t('"}}]}}}')
    else:
        l.t('{"query":{"ids":{"values":["').p(p.sid, "other_id").t('"]}},"_source":["consults","allergies"]}')
    l.t("], id[%s]," % rng.choice(["", "consult-web"]))
    return [l]


def p_kcat():
    clk.tick()
    p = crew()
    v = vessel()
    l = L("kcat_dump")
    l.t("%% medevac.events [%d] at offset %d: key=" % (rng.randint(0, 5), rng.randint(10 ** 4, 10 ** 6)))
    case = case_no()
    l.p(case, "other_id").t(" value=")
    items = [("eventType", rng.choice(["MEDEVAC_REQUESTED", "MEDEVAC_APPROVED", "HELO_TASKED", "PATIENT_HANDED_OVER"])),
             ("caseId", case, "other_id"), ("sarCase", sar_no(), "other_id"),
             ("vessel", J([("imo", int(v.imo)), ("mmsi", int(v.mmsi)), ("name", v.name)])),
             ("patient", J([("seafarerId", p.sid, "other_id"), ("name", nm(p, rng.choice(["full", "UPPERLF"])), "name"),
                            ("dob", fmt_date(p.dob, "iso"), "date"), ("nationality", p.nat), ("rank", p.rank)])),
             ("mrcc", rng.choice(MRCCS)[0]), ("triage", rng.choice(["P1", "P2", "P3"])),
             ("eventId", uuid4())]
    jval(l, J(items))
    return [l]


def p_nginx_portal():
    t = clk.tick()
    p = crew()
    l = L("nginx_access")
    l.p(pubip(), "ip").t(' - ')
    if rng.random() < 0.5:
        l.p(p.user, "other_id")
    else:
        l.t("-")
    path = rng.choice(["/portal/api/v1/crew/%s/records", "/portal/api/v1/crew/%s/peme/certificate.pdf", "/portal/api/v1/crew/%s/consults?status=open"])
    a, b = path.split("%s")
    l.t(' [%s] "GET %s' % (ts_nginx(t), a)).p(p.sid, "other_id").t('%s HTTP/2.0" %d %d "https://crew.oceanmed-tele.example/" "%s"' % (
        b, rng.choice([200, 200, 403]), rng.randint(300, 400000),
        rng.choice(["Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0 Mobile Safari/537.36",
                    "OceanMedCrew/3.4.1 (iPhone; iOS 17.3.1)", "Mozilla/5.0 (Linux; Android 12; TECNO KI5q) Chrome/120.0 Mobile"])))
    return [l]


def p_pipe_crewlist():
    clk.tick(0.01, 1)
    p = crew()
    v = vessel()
    l = L("pipe_crewlist")
    l.t("%s|%d|" % (v.imo, rng.randint(1, 25))).p(p.family.upper(), "name").t("|").p(p.given.upper(), "name").t("|%s|%s|" % (p.rank, p.nat))
    l.p(p.dob.strftime("%d%m%Y"), "date").t("|").t(p.birthplace).t("|P|")
    l.p(p.passport, "license").t("|").p(p.book, "license").t("|")
    l.p(recent_date().strftime("%d%m%Y"), "date").t("|%s" % rng.choice(PORTS))
    return [l]


def p_dispense_csv():
    clk.tick(0.01, 1)
    p = crew()
    v = vessel()
    code, desc, unit, _ = rng.choice(MEDS)
    l = L("csv_dispensing")
    l.t("%s;%s;" % (v.imo, clk.t.strftime("%Y-%m-%d %H:%M")))
    l.p(nm(p, rng.choice(["UPPER", "full", "FLinit"])), "name").t(";%s;%s;%s;%d;%s;" % (p.rank, code, desc, rng.randint(1, 10), unit))
    if rng.random() < 0.6:
        l.t(rng.choice(["per TMAS advice ", "as per Dr. instr. ", "TMAS ref "])).p(case_no(), "other_id")
    else:
        l.t(rng.choice(["self-presented, no consult", "repeat dose, no consult", "OTC per ship's guide"]))
    l.t(";%s" % rng.choice(["2/O (MO)", "C/O", "Master", "Medic"]))
    return [l]


def p_sms():
    t = clk.tick()
    p = crew()
    l = L("sms_gateway")
    l.t("%s sms-gw[%d]: INFO submit id=SM%s to=" % (ts_iso(t), rng.randint(100, 999), hexs(20)))
    l.p(p.nok_phone, "phone").t(" sender=OCEANMED enc=%s parts=%d body=\"" % (rng.choice(["GSM7", "UCS2"]), rng.randint(1, 3)))
    rel = p.nok_rel
    msgs = [
        lambda: l.t("Good day. This is OceanMed Telemedicine. Your %s " % ("husband" if rel in ("wife", "spouse") else "family member")).p(nm(p, "full"), "name").t(" was transferred to shore hospital today. Call +44 20 7946 0300, ref ").p(case_no(), "other_id").t(".\""),
        lambda: l.t("Magandang araw po. Si ").p(p.given.split()[0] + " " + p.family, "name").t(" ay nasa ospital na at ligtas. Tumawag sa +63 2 8555 0101. Ref ").p(case_no(), "other_id").t("\""),
        lambda: l.t("Dear ").p(p.nok_name, "name").t(", medevac of ").p(p.given.split()[0], "name").t(" completed. Case ").p(case_no(), "other_id").t("\""),
    ]
    rng.choice(msgs)()
    l.t(" status=%s" % rng.choice(["ACCEPTED", "DELIVERED", "QUEUED"]))
    return [l]


def p_cef_view():
    t = clk.tick()
    p = anyone()
    l = L("cef_audit")
    l.t("%s oceanmed-audit CEF:0|OceanMed|CrewHealth|4.2.1|%s|%s|%d|rt=%d suser=%s src=%s " % (
        ts_sys(t), *rng.choice([("RECORD_VIEW", "Medical record viewed", 3), ("RECORD_EXPORT", "Medical record exported", 6), ("BREAK_GLASS", "Emergency access", 8)]),
        int(t.timestamp() * 1000), rng.choice(DOC_USERS), privip()))
    l.t("duid=").p(p.mrn, "mrn").t(" cs1Label=seafarerId cs1=").p(p.sid, "other_id")
    if rng.random() < 0.5:
        l.t(" cs2Label=patientName cs2=").p(nm(p, rng.choice(["UPPERLF", "full"])), "name")
    l.t(" cs3Label=reason cs3=%s" % rng.choice(["continuity of care", "medevac coordination", "P&I claim review", "PEME fitness decision"]))
    return [l]


def p_slog_nok():
    p = crew()
    l = slog("go_slog", "INFO", rng.choice(["next of kin notified", "nok contact verified", "emergency contact updated"]))
    kv(l, "seafarer_id", p.sid, "other_id")
    kv(l, "nok_name", p.nok_name, "name", q=True)
    kv(l, "relation", p.nok_rel)
    kv(l, "nok_phone", p.nok_phone, "phone", q=(" " in p.nok_phone or "(" in p.nok_phone))
    if rng.random() < 0.5:
        kv(l, "nok_addr", p.street + ", " + p.city, "address", q=True)
        kv(l, "nok_postcode", p.zip, "zip", q=" " in p.zip)
    kv(l, "channel", rng.choice(["sms", "voice", "whatsapp"]))
    return [l]


def p_gostd_sar():
    p = crew()
    l = gostd("go_stdlog", "medevac: ")
    sar = sar_no()
    mr = rng.choice(MRCCS)[0]
    v = vessel()
    r = rng.random()
    if r < 0.4:
        l.t("linked SAR case ").p(sar, "other_id").t(" (%s) to consult " % mr).p(case_no(), "other_id")
    elif r < 0.7:
        l.t("helo ETA 47 min for casualty ").p(nm(p, rng.choice(["slash", "UPPER"])), "name").t(" on %s %s, SAR " % (v.typ, v.name)).p(sar, "other_id")
    else:
        l.t("casualty handed over at %s helipad, case=" % rng.choice(HOSPITALS)).p(case_no(), "other_id").t(" patient=").p(p.sid, "other_id")
    return [l]


def p_claims():
    p = crew()
    club = rng.choice(CLUBS)
    l = spring("spring_boot", "INFO", SPRING_APPS["claims"][1])
    l.t("Claim ").p(claim_ref(club), "other_id").t(" created club=%s member=\"%s\" crew=" % (club, rng.choice(["Pacific Harmony Shipping Ltd", "Nordic Tankers AS", "Amani Offshore Ltd", "Seraphine Holdings (Cayman) Ltd"])))
    l.p(nm(p, rng.choice(["LF", "full", "UPPER"])), "name").t(" type=%s " % rng.choice(["ILLNESS", "INJURY", "REPATRIATION", "DEATH"]))
    if p.nat == "UKR":
        acc = iban("UA", digits(6) + digits(19))
        l.t("sickWagesIban=").p(acc, "account")
    elif p.nat == "PHL":
        l.t("payee_acct=BDO ").p("%s-%s-%s" % (digits(4), digits(4), digits(4)), "account")
    elif p.nat == "IND":
        l.t("bankAc=").p(digits(11), "account").t(" ifsc=SBIN000%s" % digits(4))
    else:
        l.t("iban=").p(iban("NL", "INGB" + digits(10)), "account")
    l.t(" reserve=USD %s" % format(rng.randint(800, 90000), ","))
    return [l]


def p_peme_json(mode=None):
    p = crew()
    clk.tick()
    l = L("peme_json")
    exam = recent_date()
    items = [("certificateNo", p.peme, "license"), ("seafarer", J([("id", p.sid, "other_id"), ("lastName", p.family, "name"), ("firstName", p.given, "name"),
                                                                    ("birthDate", fmt_date(p.dob, rng.choice(["iso", "dmy/", "d-Mon-y"])), "date"), ("sex", p.sex), ("nationality", p.nat)])),
             ("examDate", fmt_date(exam, "iso"), "date"), ("validUntil", fmt_date(exam + timedelta(days=729), "iso"), "date"),
             ("standard", rng.choice(["MLC 2006 / STCW I/9", "ILO/IMO Guidelines 2013", "OGUK Offshore Medical"])),
             ("fitness", rng.choice(["FIT", "FIT", "FIT_WITH_RESTRICTIONS", "TEMP_UNFIT"])),
             ("colourVision", rng.choice(["normal", "normal", "defective-lantern-pass"])), ("clinic", rng.choice(["NMP Manila Accredited Clinic", "DG Shipping approved MEO Mumbai", "Medical Centre Odesa Port"])),
             ("examiner", rng.choice(["Dr. R. Villareal", "Dr. S. Menon", "Dr. I. Kravets"]))]
    r = rng.random() if mode is None else mode
    if r < 0.3:
        items.append(("photo", b64_photo(), "photo"))
    elif r < 0.5:
        items.append(("sidBiometric", J([("format", "ISO/IEC 19794-2"), ("template", b64_fmr(), "biometric")])))
    elif r < 0.7:
        items.append(("sirb", p.book, "license"))
    jval(l, J(items))
    return [l]


def p_referral_json():
    p = anyone()
    clk.tick()
    l = L("referral_json")
    a = rng.choice(AGENTS)
    adm = recent_date()
    items = [("referralId", "REF-%s" % digits(8)), ("agent", a[0]), ("agentEmail", a[1]), ("hospital", hosp_for(a)),
             ("patient", J([("name", nm(p, rng.choice(["UPPERLF", "full", "LF"])), "name"), ("dob", fmt_date(p.dob, rng.choice(["dmy/", "iso", "D MON Y"])), "date"),
                            ("passport", p.passport, "license"), ("hospitalMrn", "%s%s" % (rng.choice(["SGH", "EMC", "MDH", ""]), digits(8)), "mrn")], sep=", ", kv=": ")),
             ("admitted", fmt_date(adm, "iso"), "date"), ("guaranteeLetter", rng.choice(["GL issued by club correspondent", "owners' GL pending"])),
             ("billingAccount", "HB-%s" % digits(7), "account")]
    if rng.random() < 0.4:
        items.append(("dischargeDate", fmt_date(adm + timedelta(days=rng.randint(1, 9)), "iso"), "date"))
    jval(l, J(items, sep=", ", kv=": "))
    return [l]


def p_yacht_guest(mode=None):
    p = rng.choice(GUESTS)
    v = rng.choice([x for x in VESSELS if x.typ in ("M/Y", "S/Y")])
    l = spring("spring_boot", "INFO", SPRING_APPS["consult"][1])
    r = rng.random() if mode is None else mode
    if r < 0.5:
        l.t("Guest consult %s %s: " % (v.typ, v.name)).p(nm(p, rng.choice(["full", "LF"])), "name").t(", ").p(str(p.age), "age").t(rng.choice(["y/o ", " yrs, ", "yo "]))
        l.t("pacemaker SN ").p(rng.choice(["PJN", "RNL", "BLK"]) + digits(6) + rng.choice(["S", "H", "G"]), "device").t(" interrogation requested, case ").p(case_no(), "other_id")
    else:
        l.t("Guest billing: case ").p(case_no(), "other_id").t(" card=").p(luhn_complete(rng.choice(["4", "51", "37"]), 16), "account")
        l.t(" holder=\"").p(nm(p, "UPPER"), "name").t("\" addr=\"").p(p.street, "address").t(", ").p(p.city, "address").t(" ").p(p.zip, "zip").t("\" tel=").p(phone_for(p.nat), "phone")
    return [l]


def p_ssn_line():
    p = rng.choice([x for x in PEOPLE if x.natid])
    l = spring("spring_boot", "DEBUG", SPRING_APPS["crew"][1])
    lab = {"PHL": "sssNo", "IND": "aadhaar", "UKR": "rnokpp", "USA": "ssn"}[p.nat]
    l.t("Social security link for ").p(p.sid, "other_id").t(": %s=" % lab).p(p.natid, "ssn")
    if p.nat in ("PHL", "IND"):
        l.t(", %s=" % ("philhealthPin" if p.nat == "PHL" else "esicIpNo")).p(p.plan, "health_plan")
    else:
        l.t(", gmsMemberId=").p(p.plan, "health_plan")
    l.t(" source=%s" % rng.choice(["manning-agent-api", "PEME form", "contract upload"]))
    return [l]


def p_device_wifi():
    p = crew()
    v = vessel()
    t = clk.tick()
    l = L("vsat_syslog")
    l.t("<134>%s crewnet-%s hotspotd[%d]: " % (ts_sys(t), v.imo, rng.randint(100, 999)))
    r = rng.random()
    if r < 0.5:
        l.t("voucher login user=").p(p.user, "other_id").t(" mac=").p(p.mac, "device").t(" quota=%dMB ip=192.168.%d.%d" % (rng.choice([200, 500, 1000]), rng.randint(10, 20), rng.randint(2, 250)))
    else:
        l.t("crew app registered seafarer=").p(p.sid, "other_id").t(" imei=").p(p.imei, "device").t(" os=%s" % rng.choice(["Android 13", "Android 12", "iOS 17.3"]))
    return [l]


def p_exception():
    p = anyone()
    l = spring("spring_boot", "ERROR", rng.choice(["c.o.t.crew.web.GlobalExceptionHandler", "o.h.engine.jdbc.spi.SqlExceptionHelper"]))
    r = rng.random()
    if r < 0.4:
        l.t("ERROR: duplicate key value violates unique constraint \"uk_crew_passport\"  Detail: Key (passport_no)=(").p(p.passport, "license").t(") already exists.")
    elif r < 0.7:
        l.t("CrewNotFoundException: no crew record for name='").p(nm(p, rng.choice(["lower", "UPPER", "full"])), "name").t("' dob=").p(fmt_date(p.dob, "iso"), "date")
    else:
        l.t("Validation failed for PemeRequest: field 'email' rejected value [").p(p.email, "email").t("]; must be a well-formed email address")
    return [l]


def p_driving():
    p = rng.choice([x for x in CREW if x.nat in ("PHL", "IND", "UKR")])
    l = spring("spring_boot", "INFO", SPRING_APPS["claims"][1])
    if p.nat == "PHL":
        lic = "N%02d-%02d-%06d" % (rng.randint(1, 99), rng.randint(1, 30), rng.randint(0, 999999))
        plate = "%s %s" % ("".join(rng.choice("ABCDNPTUVWXYZ") for _ in range(3)), digits(4))
    elif p.nat == "IND":
        lic = "MH%02d %d%s" % (rng.randint(1, 50), rng.randint(2005, 2020), digits(7))
        plate = "MH %02d %s %s" % (rng.randint(1, 50), rng.choice(["AB", "CZ", "EK"]), digits(4))
    else:
        lic = "%s %s" % (rng.choice(["BXE", "AXK", "KHO"]), digits(6))
        plate = "BH %s %s" % (digits(4), rng.choice(["AK", "XB", "MO"]))
    l.t("Shore-leave RTA claim ").p(claim_ref(), "other_id").t(": crew ").p(nm(p, "full"), "name").t(" driverLicence=").p(lic, "license").t(" motorbike plate ").p(plate, "vehicle").t(" police report attached")
    return [l]


def p_url_profile():
    p = crew()
    l = slog("go_slog", "INFO", "nok contact enrichment")
    kv(l, "seafarer_id", p.sid, "other_id")
    slug = (p.given.split()[0].replace(".", "") + "." + p.family.replace(" ", "")).lower().replace("'", "").replace("ś", "s")
    kv(l, "profile_url", "https://www.facebook.com/" + slug + "." + str(rng.randint(10, 99)), "url")
    kv(l, "email", p.email, "email")
    kv(l, "source", "crew_portal_self_service")
    return [l]


def p_fax():
    p = rng.choice([x for x in PEOPLE if x.nat in ("IND", "USA", "DEU")])
    l = spring("spring_boot", "INFO", SPRING_APPS["referral"][1])
    l.t("Discharge summary for ").p(nm(p, "LF"), "name").t(" faxed to family at ").p(phone_for(p.nat), "fax").t(" (pages=%d, job=FX%s)" % (rng.randint(2, 9), digits(6)))
    return [l]


def p_address_zap():
    p = crew()
    l = zap("go_zap_json", "info", "crewsync/address.go:44", "home address normalized")
    l.t(',"seafarer_id":"').p(p.sid, "other_id").t('","street":"').p(p.street, "address").t('","city":"').p(p.city, "address")
    l.t('","postal_code":"').p(p.zip, "zip").t('","country":"%s","geocoder":"nominatim","confidence":%.2f}' % (p.nat, rng.uniform(0.5, 1)))
    return [l]


PHI_GENS = [(p_consult_open, 8), (p_hibernate, 8), (p_zap_crew, 6), (p_es_slow, 5), (p_kcat, 5), (p_nginx_portal, 5),
            (p_pipe_crewlist, 6), (p_dispense_csv, 5), (p_sms, 4), (p_cef_view, 5), (p_slog_nok, 4), (p_gostd_sar, 5),
            (p_claims, 4), (p_peme_json, 5), (p_referral_json, 4), (p_yacht_guest, 3), (p_ssn_line, 4), (p_device_wifi, 4),
            (p_exception, 4), (p_driving, 3), (p_url_profile, 3), (p_fax, 3), (p_address_zap, 3)]


# ============================================================================ multi-line blocks
def b_email():
    p = crew()
    v = vessel()
    mr = rng.choice(MRCCS)
    watch = rng.choice(WATCH)
    sar = sar_no()
    case = case_no()
    comp = rng.choice(COMPLAINTS)
    t = clk.tick(30, 300)
    out = []

    def ln(fam="email_rfc822"):
        x = L(fam)
        out.append(x)
        return x

    ln().t("Return-Path: <%s>" % mr[1])
    ln().t("Received: from mx2.oceanmed-tele.example (mx2.oceanmed-tele.example [%s]) by mail.oceanmed-tele.example with ESMTPS id %s; %s" % (privip(), hexs(12).upper(), t.strftime("%a, %d %b %Y %H:%M:%S +0000")))
    ln().t("From: %s <%s>" % (mr[0], mr[1]))
    ln().t("To: TMAS Duty Doctor <%s>" % rng.choice(DOC_EMAILS))
    ln().t("Cc: master.%s@fleet.example, dpa@%s.example" % (v.name.lower().replace(" ", ""), rng.choice(["nordictankers", "pacharmony", "amanioffshore"])))
    ln().t("Date: %s" % t.strftime("%a, %d %b %Y %H:%M:%S +0000"))
    ln().t("Message-ID: <%s@%s>" % (uuid4(), mr[1].split("@")[1]))
    s = ln().t("Subject: RE: MEDEVAC %s %s / SAR " % (v.typ, v.name)).p(sar, "other_id").t(" / ")
    s.p(p.family.upper(), "name").t(" (%s)" % p.rank)
    ln().t("MIME-Version: 1.0")
    ln().t("Content-Type: text/plain; charset=\"utf-8\"")
    ln().t("Good day Doctor,")
    b = ln().t("Ref your TMAS advice case ").p(case, "other_id").t(", %s accepts tasking for the evacuation of the casualty from %s %s (IMO %s, callsign %s)." % (mr[0], v.typ, v.name, v.imo, v.cs))
    b = ln().t("Casualty: ").p(nm(p, rng.choice(["UPPERLF", "LF", "full"])), "name").t(", DOB ").p(fmt_date(p.dob, rng.choice(["dmy/", "D MON Y", "d-Mon-y", "dmy."])), "date")
    b.t(", %s, %s, passport " % (p.nat, p.rank)).p(p.passport, "license")
    lat = rng.uniform(-30, 58)
    lon = rng.uniform(-70, 125)
    ln().t("Vessel position %02d°%04.1f'%s %03d°%04.1f'%s at %sZ, co %03d sp %.1f kn, wind %s %d kt, sea state %d." % (
        abs(int(lat)), abs(lat % 1) * 60, "N" if lat >= 0 else "S", abs(int(lon)), abs(lon % 1) * 60, "E" if lon >= 0 else "W",
        t.strftime("%H%M"), rng.randint(0, 359), rng.uniform(5, 14), rng.choice(["NW", "SW", "NE", "E"]), rng.randint(8, 35), rng.randint(2, 6)))
    b = ln().t("Condition per master: %s; onset " % comp[0]).p(fmt_date(recent_date(), rng.choice(["dmy/", "iso"])), "date").t(" approx %s LT." % rng.choice(["0300", "2215", "1140"]))
    ln().t("Helicopter %s expected on scene in approx %d min. Request vessel alter course to %03d and prepare winch area aft, no hatch covers." % (
        rng.choice(["Rescue 924", "LN-OSU", "PCG Bell 429", "CG-841"]), rng.randint(25, 90), rng.randint(0, 359)))
    if rng.random() < 0.6:
        b = ln().t("NOK on file: ").p(p.nok_name, "name").t(" (%s) tel " % p.nok_rel).p(p.nok_phone, "phone").t(" - please do not contact until patient handed over.")
    ln().t("Regards,")
    ln().t(watch)
    ln().t("%s | %s | Tel %s" % (mr[0], mr[1], mr[2]))
    return out


def b_hl7():
    p = anyone()
    a = rng.choice(AGENTS)
    hosp = hosp_for(a)
    t = clk.tick(5, 120)
    comp = rng.choice(COMPLAINTS)
    ctrl = "OMT%s" % digits(10)
    segs = []
    ts = t.strftime("%Y%m%d%H%M%S")
    dob = p.dob.strftime("%Y%m%d")
    escaped = rng.random() < 0.35
    msh = "MSH|^~\\&|OCEANMED-REF|OCEANMED|%s|%s|%s||REF^I12^REF_I12|%s|P|2.5.1" % (hosp.upper().replace(" ", "_")[:20], a[0].split()[0].upper(), ts, ctrl)
    if escaped:
        l = spring("hl7_v2", "INFO", "c.o.t.referral.hl7.Hl7Sender")
        l.t("Outbound HL7 to %s: " % a[0]).t(msh).t("\\r")
        l.t("RF1|A^Accepted|ER^Emergency|MED^Medical|").p(case_no(), "other_id").t("|||%s\\r" % ts)
        l.t("PRD|RT^Referred to|%s^^^%s|||||\\r" % (hosp.upper(), AGENT_PORT[a[0]]))
        l.t("PID|1||").p(p.mrn, "mrn").t("^^^OCEANMED^MR~").p(p.passport, "license").t("^^^%s^PPN||" % p.nat)
        l.p(p.family.upper(), "name").t("^").p(p.given.upper(), "name").t("||").p(dob, "date").t("|%s|||||||||||||||%s\\r" % (p.sex, p.nat))
        l.t("DG1|1||%s^%s^I10||%s|W\\r" % (comp[2], comp[1], ts))
        return [l]
    segs.append(L("hl7_v2").t(msh))
    segs.append(L("hl7_v2").t("RF1|A^Accepted|ER^Emergency|MED^Medical|").p(case_no(), "other_id").t("|||%s" % ts))
    segs.append(L("hl7_v2").t("PRD|RP^Referring provider|OCEANMED TMAS^%s||||||" % (lambda d: d[-1].upper() + "^" + " ".join(d[:-1]).upper())(rng.choice(DOCTORS).replace("Dr. ", "").split())))
    segs.append(L("hl7_v2").t("PRD|RT^Referred to|%s^^^%s|||||" % (hosp.upper(), AGENT_PORT[a[0]])))
    pid = L("hl7_v2").t("PID|1||").p(p.mrn, "mrn").t("^^^OCEANMED^MR~").p(p.passport, "license").t("^^^%s^PPN||" % p.nat)
    pid.p(p.family.upper(), "name").t("^").p(p.given.upper(), "name").t("||").p(dob, "date").t("|%s||||||" % p.sex)
    pid.p(p.phone, "phone").t("|||||||||||%s" % p.nat)
    segs.append(pid)
    if rng.random() < 0.6:
        nk1 = L("hl7_v2").t("NK1|1|").p(p.nok_name.split()[-1].upper(), "name").t("^").p(p.nok_name.split()[0].upper(), "name").t("|%s|" % p.nok_rel.upper()[:3])
        nk1.p(p.street, "address").t("^^").p(p.city, "address").t("^^").p(p.zip, "zip").t("^%s|" % p.nat).p(p.nok_phone, "phone")
        segs.append(nk1)
    segs.append(L("hl7_v2").t("DG1|1||%s^%s^I10||%s|W" % (comp[2], comp[1], ts)))
    segs.append(L("hl7_v2").t("PV1|1|E|||||||||||||||||").p("V" + digits(9), "account").t("|||||||||||||||||||||||||").p(fmt_date(recent_date(), "ymd"), "date"))
    return segs


def b_xml_claim():
    p = crew()
    club = rng.choice(CLUBS)
    v = vessel()
    clk.tick(5, 60)
    comp = rng.choice(COMPLAINTS)
    ref = claim_ref(club)
    o = []

    def x(ind, s=""):
        l = L("xml_pandi")
        l.t("  " * ind + s)
        o.append(l)
        return l

    x(0, '<?xml version="1.0" encoding="UTF-8"?>')
    x(0, '<PIClaim xmlns="urn:oceanmed:pi:claim:1.3" schemaVersion="1.3">')
    x(1, "<ClaimRef>").p(ref, "other_id").t("</ClaimRef>")
    x(1, "<Club>%s</Club><Correspondent>%s</Correspondent>" % (club, rng.choice(["Pandi Services Manila", "Tristar P&I Mumbai", "Dias & Dias Odesa"])))
    x(1, '<Vessel imo="%s" flag="%s">%s</Vessel>' % (v.imo, v.flag, v.name))
    x(1, "<Claimant>")
    x(2, "<Surname>").p(p.family, "name").t("</Surname><GivenNames>").p(p.given, "name").t("</GivenNames>")
    x(2, "<DateOfBirth>").p(fmt_date(p.dob, "iso"), "date").t("</DateOfBirth><Nationality>%s</Nationality><Rank>%s</Rank>" % (p.nat, p.rank))
    x(2, '<Document type="PASSPORT">').p(p.passport, "license").t('</Document><Document type="SEAMANS_BOOK">').p(p.book, "license").t("</Document>")
    if rng.random() < 0.6:
        x(2, "<HomeAddress><Line1>").p(p.street, "address").t("</Line1><City>").p(p.city, "address").t("</City><PostCode>").p(p.zip, "zip").t("</PostCode><Country>%s</Country></HomeAddress>" % p.nat)
    x(1, "</Claimant>")
    x(1, "<Incident><Date>").p(fmt_date(recent_date(), "iso"), "date").t("</Date><Type>%s</Type><Diagnosis code=\"%s\">%s</Diagnosis></Incident>" % (rng.choice(["ILLNESS", "INJURY"]), comp[2], comp[1]))
    x(1, "<SignOff>").p(fmt_date(recent_date(), "iso"), "date").t("</SignOff><RepatriationPort>%s</RepatriationPort>" % rng.choice(["PHMNL", "UAODS", "INBOM", "PLGDY"]))
    x(1, '<Costs currency="USD"><Hospital>%.2f</Hospital><Repatriation>%.2f</Repatriation><SickWages days="%d">%.2f</SickWages></Costs>' % (
        rng.uniform(500, 40000), rng.uniform(800, 5000), rng.randint(5, 120), rng.uniform(300, 12000)))
    x(1, "<Handler>%s (%s)</Handler>" % (rng.choice(["Kari Nordahl", "Ben Whitfield", "Yuki Tanaka", "Sofie Lund", "Rahul Menezes"]), club))
    x(0, "</PIClaim>")
    return o


def b_note():
    p = crew()
    doc = rng.choice(DOCTORS)
    comp = rng.choice(COMPLAINTS)
    case = case_no()
    v = vessel()
    t = clk.tick(30, 400)
    o = []
    fam = "consult_note"

    def n():
        l = L(fam)
        o.append(l)
        return l

    style = rng.choice(["plain", "json_escaped", "plain"])
    if style == "json_escaped":
        l = L("consult_note_json")
        l.t('{"@timestamp":"%s","service":"consult-svc","caseId":"' % ts_iso(t)).p(case, "other_id").t('","author":"%s","note":"' % doc)
        lang = p.nat
        l.t("S: ").p(nm(p, "full"), "name").t(", %dM, %s on %s %s. " % (p.age, p.rank, v.typ, v.name) if p.sex == "M" else ", %dF, %s on %s %s. " % (p.age, p.rank, v.typ, v.name))
        if lang == "PHL":
            l.t("Pt says \\\"%s\\\" (via 3/O as interpreter). " % rng.choice(TAGALOG))
        elif lang == "UKR":
            l.t("Pt: \\\"%s\\\". " % rng.choice(UKR_PHRASES))
        elif lang == "IND":
            l.t("Pt c/o \\\"%s\\\". " % rng.choice(HINDI))
        l.t("%s.\\nO: BP %d/%d HR %d RR %d T %.1f SpO2 %d%%.\\nA: %s.\\nP: %s" % (
            comp[0], rng.randint(95, 170), rng.randint(55, 100), rng.randint(55, 140), rng.randint(12, 28), rng.uniform(36, 39.5), rng.randint(88, 99), comp[1],
            rng.choice(["medevac requested", "divert to nearest port", "monitor q4h, re-consult 12h", "ceftriaxone 1g IV from chest"])))
        l.t('","vessel_imo":%s}' % v.imo)
        return [l]
    n().t("---- TMAS consultation %s ----" % t.strftime("%Y-%m-%d %H:%MZ"))
    a = n().t("Case: ").p(case, "other_id").t(" | Doctor: %s | Vessel: %s %s (IMO %s) | Link: %s" % (doc, v.typ, v.name, v.imo, rng.choice(["FX video", "Starlink video", "Iridium voice", "email"])))
    b = n().t("Patient: ").p(nm(p, rng.choice(["UPPERLF", "full", "LF", "cyr"])), "name").t(" | DOB: ").p(fmt_date(p.dob), "date").t(" | %s | %s | Seafarer ID " % (p.rank, p.nat)).p(p.sid, "other_id")
    interp = {"PHL": "3/O (Tagalog)", "UKR": "C/O (Ukrainian)", "IND": "Bosun (Hindi)"}.get(p.nat, "none")
    n().t("Reported by: %s; interpreter: %s" % (rng.choice(MASTERS), rng.choice([interp, "none"])))
    s = n().t("S: %s" % comp[0])
    if p.nat == "PHL":
        s.t('. Pt: "%s"' % rng.choice(TAGALOG))
    elif p.nat == "UKR":
        s.t('. Pt: "%s"' % rng.choice(UKR_PHRASES))
    elif p.nat == "IND":
        s.t('. Pt: "%s"' % rng.choice(HINDI))
    n().t("O: BP %d/%d, HR %d, RR %d, T %.1f C, SpO2 %d%% RA, GCS %d. %s" % (rng.randint(95, 170), rng.randint(55, 100), rng.randint(55, 140), rng.randint(12, 28), rng.uniform(36, 39.5), rng.randint(88, 99), rng.choice([15, 15, 14]),
                                                                             rng.choice(["Abdomen guarded RLQ.", "ECG sent via FX, ST elev II/III/aVF.", "Wound photo received.", "Chest: crackles R base."])))
    n().t("A: %s (%s)" % (comp[1], comp[2]))
    n().t("P: %s" % rng.choice(["Aspirin 300 mg chewed, GTN spray, O2 via NRB 15 L/min; request medevac via MRCC.",
                                "Ceftriaxone 1 g IV (chest A08), paracetamol 1 g, NPO; divert to nearest port.",
                                "Clean, irrigate, splint (K04), morphine 5 mg IM; shore referral on arrival.",
                                "Ondansetron 4 mg, ORS; re-consult in 6 h or earlier if worse."]))
    if rng.random() < 0.5:
        f = n().t("Hx: prior consult ").p(case_no(), "other_id").t(" on ").p(fmt_date(recent_date()), "date").t("; PEME cert ").p(p.peme, "license").t(" fit, no restrictions.")
    if rng.random() < 0.4:
        n().t("Family to be informed by manning agent only; NOK: ").p(p.nok_name, "name").t(" (%s), " % p.nok_rel).p(p.nok_phone, "phone")
    n().t("---- end note (signed %s) ----" % doc)
    return o


def b_csv_crewlist():
    v = vessel()
    o = [L("csv_crewlist").t("No.,Family name,Given names,Rank,Nationality,Date of birth,Place of birth,ID type,ID no.,Seaman book,Sign-on")]
    for i in range(rng.randint(2, 4)):
        p = crew()
        clk.tick(0.01, 0.2)
        l = L("csv_crewlist").t("%d," % (i + 1)).p(p.family.upper(), "name").t(",").p(p.given, "name").t(",%s,%s," % (p.rank, p.nat))
        l.p(fmt_date(p.dob, rng.choice(["dmy/", "iso", "dmy."])), "date").t(",%s,Passport," % p.birthplace.title())
        l.p(p.passport, "license").t(",").p(p.book, "license").t(",").p(fmt_date(recent_date(), "dmy/"), "date")
        o.append(l)
    return o


def b_stack():
    p = anyone()
    o = []
    l = spring("spring_boot", "ERROR", "o.s.k.l.KafkaMessageListenerContainer")
    l.t("Error handler threw an exception")
    o.append(l)
    e = L("java_stacktrace").t("org.springframework.kafka.KafkaException: Seek to current after exception; nested exception is org.springframework.kafka.listener.ListenerExecutionFailedException: Listener method 'public void com.oceanmed.tele.crew.CrewUpdateListener.onMessage(com.oceanmed.tele.crew.dto.CrewUpdate)' threw exception; nested exception is java.lang.IllegalStateException: seafarer ")
    e.p(p.sid, "other_id").t(" has two active contracts (passport ").p(p.passport, "license").t(")")
    o.append(e)
    for fr in ["\tat org.springframework.kafka.listener.SeekUtils.seekOrRecover(SeekUtils.java:208)",
               "\tat com.oceanmed.tele.crew.CrewUpdateListener.onMessage(CrewUpdateListener.java:%d)" % rng.randint(30, 140),
               "\tat org.springframework.kafka.listener.adapter.RecordMessagingMessageListenerAdapter.onMessage(RecordMessagingMessageListenerAdapter.java:78)",
               "\t... %d more" % rng.randint(10, 30)]:
        o.append(L("java_stacktrace").t(fr))
    return o


BLOCK_GENS = [(b_email, 5), (b_hl7, 4), (b_xml_claim, 3), (b_note, 6), (b_csv_crewlist, 2), (b_stack, 2)]


# ============================================================================ assembly
def wchoice(gens):
    tot = sum(w for _, w in gens)
    r = rng.uniform(0, tot)
    for g, w in gens:
        r -= w
        if r <= 0:
            return g
    return gens[-1][0]


FORCED_SINGLES = ([lambda: p_peme_json(0.1)] * 3 + [lambda: p_peme_json(0.4)] * 3 + [lambda: p_yacht_guest(0.1)] * 3 +
                  [lambda: p_yacht_guest(0.9)] * 2 + [p_url_profile] * 3 + [p_fax] * 2 + [p_driving] * 3 + [p_nginx_portal] * 3 +
                  [p_ssn_line] * 3 + [p_device_wifi] * 2 + [p_address_zap] * 2)
FORCED_BLOCKS = [b_email] * 2 + [b_note] * 4 + [b_xml_claim] * 2 + [b_hl7] * 3 + [b_csv_crewlist, b_stack, b_stack]


def main():
    forced_s = list(FORCED_SINGLES)
    forced_b = list(FORCED_BLOCKS)
    rng.shuffle(forced_s)
    rng.shuffle(forced_b)
    lines = []
    phi_left, noise_left = PHI_TARGET, NOISE_TARGET
    tries = 0
    while phi_left + noise_left > 0:
        if rng.random() < (0.045 if forced_b else 0.012) and tries < 400:
            tsave = clk.t
            g = forced_b[0] if forced_b else wchoice(BLOCK_GENS)
            blk = g()
            ph = sum(1 for x in blk if x.spans)
            no = len(blk) - ph
            if ph <= phi_left and no <= noise_left:
                if forced_b and g is forced_b[0]:
                    forced_b.pop(0)
                lines.extend(blk)
                phi_left -= ph
                noise_left -= no
            else:
                clk.t = tsave
                tries += 1
            continue
        if rng.random() < phi_left / float(phi_left + noise_left):
            if forced_s and rng.random() < 0.3:
                blk = forced_s.pop()()
            else:
                blk = wchoice(PHI_GENS)()
            assert len(blk) == 1 and blk[0].spans, blk[0].fam
            phi_left -= 1
        else:
            blk = wchoice(NOISE_GENS)()
            assert len(blk) == 1 and not blk[0].spans, blk[0].fam
            noise_left -= 1
        lines.extend(blk)

    assert len(lines) == TOTAL
    assert not forced_s and not forced_b, (len(forced_s), len(forced_b))
    here = os.path.dirname(os.path.abspath(__file__))
    out_log, out_lab = [], []
    for i, l in enumerate(lines, 1):
        s = l.text()
        assert "\n" not in s and "\r" not in s and s.strip() != "", (i, s)
        bs = s.encode("utf-8")
        spans = []
        last = -1
        for (a, e, c, v) in sorted(l.spans):
            assert bs[a:e].decode("utf-8") == v, (i, v)
            assert a >= last, (i, "overlap")
            last = e
            spans.append({"s": a, "e": e, "cat": c})
        out_log.append(s)
        out_lab.append(json.dumps({"line": i, "family": l.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(here, ID + ".log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out_log))
    with open(os.path.join(here, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
