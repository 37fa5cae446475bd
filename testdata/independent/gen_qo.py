#!/usr/bin/env python3
"""gen_qo.py - synthetic labeled log corpus "qo".

Organisation: Harborlight Family Adoption Services (Columbus, OH), Medical
Records Unit (MRU) for international (Hague / non-Hague) and foster-care
adoptions.  Everything is synthetic; run in an empty directory, writes
qo.log (500 lines) and qo.labels.jsonl.  Standard library only, fixed seed.

Systems simulated (one physical line per log line)
  1. adoptcase-api         case management API, pino JSON (ms epoch time)
  2. medrec-docsvc         document service, Python structlog JSON (ASCII-escaped)
  3. family-portal nginx   combined access log of the adoptive-family portal
  4. HL7 v2.5.1 ORU/MDM    from the partner international adoption clinic (segment/line)
  5. FHIR R4               Patient / Immunization / Observation from the clinic
  6. X12 270/271 (5010)    foster-child Medicaid eligibility via clearinghouse (segment/line)
  7. xlate-bridge          translation-vendor bridge, logfmt
  8. court e-filing        CSV export of probate-court adoption filings
  9. clearance-svc         home-study background/medical clearances, key=value
 10. syslog               sshd / postfix / cron / kernel on MRU servers
 11. SIEM CEF             Windows file-share object-access events
 12. ocr-ingest (Java)    logback lines + stack traces
 13. PostgreSQL           server log, slow statements with literals
 14. MRU review notes     pipe-delimited export of medical reviewer notes
 15. sms-gw               SMS gateway to foster/adoptive families (key=value + body)
 16. Teams chat export    MRU channel messages
 17. AFCARS fixed width   state foster/adoption reporting extract
 18. iats-connector XML   Dept. of State adoption tracking / USCIS I-800 events
 19. faxsrv               HylaFAX xferfaxlog (tab separated)
 20. medrecs audit CSV    record access audit trail
 21. k8s / deploy / healthcheck noise (JSON and plain klog)
 22. proftpd xferlog      SFTP drop of the translation vendors
 23. restic JSON / systemd backup and timer noise
 24. fees (pino JSON)     fee payments, vendor invoices (incl. a DEBUG line leaking a PAN)
 25. families portal      logfmt of web and mobile app (IMEI, client IP, insurance card upload)
 26. fostr-sync           key=value sync with county children services / SACWIS

Labeling decisions
  * Persons served (PHI): the child (adoptee / foster child), the birth
    parents and birth relatives named in medical histories, the adoptive /
    prospective adoptive parents and foster (resource) parents and their
    household members (they are clients of the home study and members of the
    child's household).  Their identifiers are labeled in every format.
  * Not PHI: MRU staff, caseworkers, home-study assessors, clinic physicians
    (even with NPI), translators of the vendor, judges, attorneys, court
    clerks, vendor contacts, the agency's and the clinics' / orphanages' /
    baby homes' names, addresses, phones, faxes and emails.
  * Child's birth city / birth municipality (e.g. "Hawassa", "Medellín")
    when given as the child's place of birth or as a birth parent's town is
    labeled `address` (geographic unit below a state tied to the person).
    Countries and US states are never labeled.  The city of an institution
    (e.g. "Kids' Home No. 2, Zhytomyr") is part of the institution's name
    and not labeled.
  * Agency child file number (HFA-C-yy-nnnn) and the clinic MRN are `mrn`.
    Court case numbers, county children-services case numbers, SACWIS
    person IDs, foreign central-authority referral numbers, Hague / IAMS
    case numbers, USCIS A-numbers and receipt numbers, family file numbers
    (FAM-...), FBI/LiveScan TCNs, AFCARS record numbers: `other_id`.
  * Passports, birth-certificate numbers, driver's licences, foster-home
    licence numbers: `license`.
  * Medicaid IDs, private plan member IDs: `health_plan`; employer group
    numbers are not labeled (they identify the plan, not the person).
  * Family fee account numbers, card numbers (also ones failing Luhn that a
    user typed), subsidy bank accounts: `account`.  Masked values that show
    only the last 4 digits (SSN or card) are NOT labeled.
  * Dates: birth, referral, placement, exam, immunisation, hearing,
    finalisation, eligibility and appointment dates of the persons above
    are `date`, also when embedded in a file name.  Log timestamps, message
    timestamps (HL7 MSH-7, X12 ISA/GS dates) and document upload times are
    not labeled.  A year alone or "4y7m" ages are not labeled; ages over 89
    of birth relatives are `age`.
  * Initials of a child ("A.T.") and given-name-only mentions ("Mateo") are
    labeled `name`.  A name written inside a file name ("TADESSE_Abebe")
    is one `name` span.
  * Portal client IPs (the family's home connection) are `ip`; server, LB,
    internal and vendor IPs are not.  In portal URLs the identifiers inside
    the path are labeled individually; a personal fundraising / family
    blog URL is labeled `url` as a whole.
  * Phone IMEI of a family's app device, hearing-aid / cochlear implant /
    insulin pump serials of a child: `device`.  Vehicle VIN / plate from
    the foster home safety inspection: `vehicle`.
  * Referral photo base64: `photo`; LiveScan fingerprint minutiae template
    (base64): `biometric`; hashes of documents are not labeled.
  * Share of PHI-free lines is steered to about 55% by a balancer in
    main() that picks PHI-free systems more often when needed.
  * Vendor job numbers, e-filing envelope IDs, fax job IDs, invoice and PO
    numbers of vendors, vaccine lot numbers, UUIDs, trace IDs: not PHI.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import sys
from urllib.parse import quote

R = random.Random(0x51A0)


# ---------------------------------------------------------------- builder
class P:
    """A labeled (cat) or plain (cat=None) piece of a line."""
    __slots__ = ("v", "c")

    def __init__(self, v, c=None):
        self.v = v
        self.c = c


class M:
    """A JSON string made of several pieces (some labeled)."""

    def __init__(self, *parts):
        self.parts = parts


LINES = []  # (text, family, [(s, e, cat, expected_text)])


def _flat(parts):
    for p in parts:
        if isinstance(p, (list, tuple)):
            yield from _flat(p)
        else:
            yield p


def emit(family, *parts):
    txt, spans, pos = [], [], 0
    for p in _flat(parts):
        if isinstance(p, P):
            s = p.v
            n = len(s.encode("utf-8"))
            if p.c:
                spans.append((pos, pos + n, p.c, s))
        else:
            s = p
            n = len(s.encode("utf-8"))
        pos += n
        txt.append(s)
    line = "".join(txt)
    if "\n" in line or "\r" in line or not line:
        raise SystemExit("bad line: %r" % line)
    LINES.append((line, family, spans))


def jesc(s, a):
    return json.dumps(s, ensure_ascii=a)[1:-1]


def jv(v, a=False, sp=(",", ":")):
    if isinstance(v, P):
        return ['"', P(jesc(v.v, a), v.c), '"']
    if isinstance(v, M):
        out = ['"']
        for p in v.parts:
            if isinstance(p, P):
                out.append(P(jesc(p.v, a), p.c))
            else:
                out.append(jesc(p, a))
        out.append('"')
        return out
    if isinstance(v, dict):
        out, first = ["{"], True
        for k, x in v.items():
            if not first:
                out.append(sp[0])
            first = False
            out.append(json.dumps(k) + sp[1])
            out += jv(x, a, sp)
        out.append("}")
        return out
    if isinstance(v, list):
        out = ["["]
        for i, x in enumerate(v):
            if i:
                out.append(sp[0])
            out += jv(x, a, sp)
        out.append("]")
        return out
    return [json.dumps(v, ensure_ascii=a)]


# ---------------------------------------------------------------- checksums
def luhn_digit(payload):
    tot = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def card(prefix="4", n=16, valid=True):
    body = prefix + "".join(R.choice("0123456789") for _ in range(n - 1 - len(prefix)))
    d = luhn_digit(body)
    if not valid:
        d = str((int(d) + R.randint(1, 9)) % 10)
    return body + d


def imei():
    body = "35" + "".join(R.choice("0123456789") for _ in range(12))
    return body + luhn_digit(body)


def npi():
    body = R.choice("12") + "".join(R.choice("0123456789") for _ in range(8))
    return body + luhn_digit("80840" + body)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["1FM", "2T1", "5NP", "1HG", "3VW", "1GN", "4T1", "KNM"]) +
             "".join(R.choice(al) for _ in range(14)))
    v[9] = R.choice("KLMNPR")  # model year 2019-2024
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    AN = A + N
    return (R.choice("123456789") + R.choice(A) + R.choice(AN) + R.choice(N) +
            R.choice(A) + R.choice(AN) + R.choice(N) + R.choice(A) + R.choice(A) +
            R.choice(N) + R.choice(N))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    return "%s-%s-4%s-%s%s-%s" % (hexs(8), hexs(4), hexs(3), R.choice("89ab"), hexs(3), hexs(12))


def d(y0, y1):
    return dt.date(y0, 1, 1) + dt.timedelta(days=R.randint(0, (dt.date(y1, 12, 31) - dt.date(y0, 1, 1)).days))


def dpast(y0=2023):
    """a date before the log day (referral, exam, placement ...)"""
    return dt.date(y0, 1, 1) + dt.timedelta(days=R.randint(0, (dt.date(2024, 6, 7) - dt.date(y0, 1, 1)).days))


def pub_ip():
    return "%d.%d.%d.%d" % (R.choice([24, 47, 66, 68, 71, 73, 76, 98, 99, 107, 108, 174, 184]),
                            R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))


# ---------------------------------------------------------------- world
ORG = "Harborlight Family Adoption Services"
ORG_ADDR = "2200 Commerce Pkwy Suite 410, Columbus, OH 43215"
ORG_PHONE = "+16145550142"
ORG_FAX = "+16145550143"
CLINIC = "Scioto Valley Children's International Adoption Clinic"
STAFF = ["Maya Okafor", "Greta Halvorsen", "Raúl Ibáñez", "Bethany Cole", "Jin Park",
         "Tomás Whitlock", "Priscilla Adeyemi-Grant", "Dev Raman"]
STAFF_U = ["mokafor", "ghalvorsen", "ribanez", "bcole", "jpark", "twhitlock", "padeyemi", "draman"]
DOCS = [("Lena", "Vasquez-Hart", npi()), ("Samuel", "Osei", npi()), ("Ingrid", "Solberg", npi()),
        ("Anh", "Truong", npi())]
TRANSLATORS = ["Mekdes Worku", "Olha Bondar", "Ricardo Peña", "Wei Shuang", "Stanislava Koleva"]
JUDGES = ["Hon. Patricia Yoon", "Hon. Marcus Delacroix", "Magistrate Carol Ebbing"]

COUNTRY = {
    "ET": dict(cn="Ethiopia", lang="am", cities=["Hawassa", "Bahir Dar", "Adama", "Dire Dawa", "Jimma"],
               inst=["Kidane Mehret Children's Home, Addis Ababa", "Hope for Children Centre, Adama"],
               given_m=["Abebe", "Dawit", "Yonas", "Mulugeta", "Biniam"], given_f=["Selamawit", "Hana", "Tigist", "Meron", "Bethlehem"],
               fam=["Tadesse", "Girma", "Bekele", "Haile-Mariam", "Alemu", "Wolde"], ca="MOWSA"),
    "CO": dict(cn="Colombia", lang="es", cities=["Medellín", "Bucaramanga", "Cali", "Pereira", "Bogotá"],
               inst=["Fundación Casa de la Madre y el Niño, Bogotá", "Centro Zonal ICBF Belén, Medellín"],
               given_m=["Mateo", "Juan Esteban", "Santiago", "Andrés Felipe"], given_f=["Valentina", "Luz Marina", "Sofía", "María José"],
               fam=["Rodríguez Cárdenas", "Ospina Ríos", "Muñoz Vélez", "Gómez Arango", "Zapata"], ca="ICBF"),
    "CN": dict(cn="China", lang="zh", cities=["Nanning", "Changsha", "Guilin", "Zhuzhou"],
               inst=["Nanning Social Welfare Institute", "Changsha SWI"],
               given_m=["Haoran", "Yuxuan", "Junjie"], given_f=["Mei Ling", "Yutong", "Xinyi"],
               fam=["Zhang", "Chen", "Xu", "Dang"], ca="CCCWA"),
    "UA": dict(cn="Ukraine", lang="uk", cities=["Zhytomyr", "Poltava", "Kharkiv", "Vinnytsia"],
               inst=["Kids' Home No. 2, Zhytomyr", "Poltava Regional Baby Home"],
               given_m=["Oleksandr", "Bohdan", "Maksym"], given_f=["Dariia", "Sofiia", "Nataliia"],
               fam=["Kovalenko", "Shevchuk", "Bondarenko", "Melnyk"], ca="NSS"),
    "BG": dict(cn="Bulgaria", lang="bg", cities=["Pleven", "Varna", "Sliven", "Plovdiv"],
               inst=["DSUJ Pleven", "Family-type Placement Centre Sliven"],
               given_m=["Georgi", "Nikolay", "Ivan"], given_f=["Desislava", "Radka", "Mariya"],
               fam=["Petrov-Ivanov", "Dimitrov", "Asenova", "Kostadinov"], ca="MoJ-BG"),
    "HT": dict(cn="Haiti", lang="ht", cities=["Cap-Haïtien", "Jacmel", "Gonaïves", "Les Cayes"],
               inst=["Crèche Sainte-Thérèse, Port-au-Prince", "Maison des Enfants de Jacmel"],
               given_m=["Peterson", "Wisly", "Jean-Robert"], given_f=["Wideline", "Marie-Ange", "Nadège"],
               fam=["Jean-Baptiste", "Pierre-Louis", "Saint-Fleur", "Joseph"], ca="IBESR"),
    "IN": dict(cn="India", lang="hi", cities=["Pune", "Bhubaneswar", "Kolkata", "Nagpur"],
               inst=["Shishu Bhavan SAA, Kolkata", "Sofosh SAA, Pune"],
               given_m=["Rahul", "Arjun", "Vihaan"], given_f=["Ananya", "Priti", "Kavya"],
               fam=["Sahu", "Kumari", "Naik", "Das"], ca="CARA"),
    "US": dict(cn="USA", lang="en", cities=["Zanesville", "Chillicothe", "Lancaster", "Marion", "Newark"],
               inst=["Franklin County Children Services", "Licking County JFS"],
               given_m=["Jayden", "Mason", "Amari", "Daniel", "Hunter"], given_f=["Kaylee", "Destiny Hope", "Brooklyn", "Faith", "Summer"],
               fam=["Brooks", "Walker", "Wolfe", "Price", "King", "Frost", "Little"], ca="SACWIS"),
}
SCRIPT = {"Abebe Tadesse": "አበበ ታደሰ", "Haoran Zhang": "张浩然", "Yutong Chen": "陈雨桐",
          "Oleksandr Kovalenko": "Коваленко Олександр", "Dariia Shevchuk": "Шевчук Дарія"}

AP_FIRST_M = ["Grant", "Sean", "Martin", "Kwame", "Carlos", "Tomasz", "Hunter", "Miles", "Rajiv", "Patrick", "Luis", "Ethan"]
AP_FIRST_F = ["Rose", "Priya", "Ingrid", "Ashley", "Jennifer", "Emily", "Dana", "Heather", "Joy", "Noor", "Colleen", "Autumn"]
AP_LAST = ["Baker", "O'Donnell-Rao", "Lindqvist", "Mensah", "De la Cruz", "Wiśniewski", "Whitfield-Nakamura", "Bell",
           "Sterling", "Marsh", "Goodman", "Fairweather", "Van der Berg", "Castillo-Reyes", "Nakashima", "Stone"]
STREETS = ["Maple Ridge Dr", "Oak St", "Bexley Park Rd", "Summit View Ln", "Olentangy River Rd", "Cherry Bottom Rd",
           "Sawmill Pkwy", "Linden Ave", "W 5th Ave", "Hamilton Rd", "Glenmont Ct", "Powell Rd"]
TOWNS = [("Westerville", "OH", "43081"), ("Dublin", "OH", "43017"), ("Grove City", "OH", "43123"),
         ("Hilliard", "OH", "43026"), ("Delaware", "OH", "43015"), ("Gahanna", "OH", "43230"),
         ("Reynoldsburg", "OH", "43068"), ("Lancaster", "OH", "43130"), ("Newark", "OH", "43055"),
         ("Carmel", "IN", "46032"), ("Florence", "KY", "41042"), ("Ann Arbor", "MI", "48104")]
AREA = ["614", "380", "740", "937", "513", "317", "859", "734"]
MAIL = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "wowway.net", "proton.me"]
PLANS = [("Anthem BCBS", "XJH"), ("Medical Mutual", "MM"), ("UnitedHealthcare", "9"), ("Aetna", "W")]


def mk_adult(last, female):
    first = R.choice(AP_FIRST_F if female else AP_FIRST_M)
    return dict(first=first, last=last, name=first + " " + last, dob=d(1972, 1993),
                ssn=ssn(), dl=R.choice(["R", "S", "T", "P"]) + R.choice("ABCDEFGHJKLMNP") + digits(6),
                email=(first[0] + last.replace(" ", "").replace("'", "").replace("-", "")).lower().replace("ś", "s") + digits(2) + "@" + R.choice(MAIL),
                phone="(%s) %s-%s" % (R.choice(AREA), R.randint(201, 989), digits(4)),
                imei=imei(), ip=pub_ip(), tcn="E" + digits(11) + R.choice("ABCDEFGH"),
                fp=base64.b64encode(bytes(R.randint(0, 255) for _ in range(36))).decode())


def mk_case(i):
    cc = R.choice(["ET", "ET", "CO", "CO", "CN", "UA", "BG", "HT", "IN", "US", "US", "US", "US"])
    C = COUNTRY[cc]
    female = R.random() < 0.5
    given = R.choice(C["given_f"] if female else C["given_m"])
    fam = R.choice(C["fam"])
    c = dict(cc=cc, country=C["cn"], lang=C["lang"], sex="F" if female else "M", given=given, fam=fam,
             name=given + " " + fam, dob=d(2011, 2023), bcity=R.choice(C["cities"]), inst=R.choice(C["inst"]))
    c["file"] = "HFA-C-%02d-%04d" % (R.choice([22, 23, 24]), R.randint(30, 980))
    c["famfile"] = "FAM-%d-%04d" % (R.choice([2021, 2022, 2023]), R.randint(100, 999))
    c["iac"] = "IAC%07d" % R.randint(100000, 9999999)
    c["ref"] = {"ET": "MOWSA/%d/%04d" % (R.choice([2023, 2024]), R.randint(1, 3000)),
                "CO": "ICBF-SIM-%s" % digits(8), "CN": "CCCWA-L%s" % digits(6),
                "UA": "NSS-%s-%s" % (digits(2), digits(5)), "BG": "MoJ-IA-%s" % digits(5),
                "HT": "IBESR/%s/%d" % (digits(4), R.choice([2023, 2024])), "IN": "CARA-%s" % (R.choice("ABCDEFGH") + digits(9)),
                "US": "%d" % R.randint(1000000, 9999999)}[cc]
    c["court"] = "%d-AD-%05d" % (R.choice([2023, 2024]), R.randint(100, 1500))
    c["county"] = "FCCS-%d-%06d" % (R.choice([21, 22, 23]), R.randint(1000, 99999))
    c["passport"] = {"ET": "EP" + digits(7), "CO": "AV" + digits(6), "CN": "E" + digits(8), "UA": "FA" + digits(6),
                     "BG": digits(9), "HT": "HT" + digits(7), "IN": R.choice("KLMNPRS") + digits(7), "US": "A" + digits(8)}[cc]
    c["anum"] = "A%09d" % R.randint(200000000, 249999999)
    c["receipt"] = "IOE%010d" % R.randint(100000000, 9999999999)
    c["iams"] = "%s%d%s" % (cc, R.choice([2023, 2024]), digits(6))
    c["bcert"] = "%s-%s" % (R.choice(["BC", "RC", "NB"]), digits(8))
    c["medicaid"] = digits(12)
    c["plan"] = R.choice(PLANS)
    c["member"] = c["plan"][1] + digits(9 if len(c["plan"][1]) == 1 else 8)
    c["group"] = digits(6)
    c["afcars"] = hexs(12).upper()
    c["bm"] = R.choice(C["given_f"]) + " " + R.choice(C["fam"])
    c["bf"] = R.choice(C["given_m"]) + " " + R.choice(C["fam"])
    c["bm_age"] = R.randint(16, 38)
    c["gg_age"] = R.choice([90, 91, 93, 94, 96])
    c["ref_date"] = dpast(2023)
    c["exam"] = dpast(2024)
    c["place"] = dpast(2023)
    if c["place"] < c["ref_date"] and R.random() < 0.8:
        c["place"], c["ref_date"] = c["ref_date"], c["place"]
    c["hear"] = dt.date(2024, R.randint(6, 10), R.randint(1, 28))
    last = R.choice(AP_LAST)
    c["ap"] = [mk_adult(last, True)]
    if R.random() < 0.75:
        c["ap"].append(mk_adult(last if R.random() < 0.7 else R.choice(AP_LAST), False))
    c["street"] = "%d %s" % (R.randint(12, 9870), R.choice(STREETS))
    c["town"], c["state"], c["zip"] = R.choice(TOWNS)
    c["acct"] = "HFA-AR-%06d" % R.randint(10000, 999999)
    c["card"] = card(R.choice(["4", "51", "37"]), 15 if False else 16)
    c["vin"] = vin()
    c["plate"] = R.choice(["J", "H", "K"]) + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(4)
    c["flic"] = "OH-FH-%06d" % R.randint(1000, 999999)
    c["device"] = R.choice([("cochlear implant", "CI-" + digits(8)), ("hearing aid", "PHN" + digits(7)),
                            ("insulin pump", "PUMP" + digits(7)), ("VP shunt valve", "SV" + digits(8))])
    c["sacwis"] = str(R.randint(10000000, 99999999))
    c["blog"] = "https://%s.blogspot.com" % ("the" + last.lower().replace(" ", "").replace("'", "").replace("-", "").replace("ś", "s") + "familyadopts")
    return c


CASES = [mk_case(i) for i in range(34)]
CASES_INTL = [c for c in CASES if c["cc"] != "US"]
CASES_US = [c for c in CASES if c["cc"] == "US"]

NOW = dt.datetime(2024, 6, 11, 7, 58, 3, 120000, tzinfo=dt.timezone.utc)


def tick():
    global NOW
    NOW += dt.timedelta(seconds=R.randint(1, 55), milliseconds=R.randint(0, 999))
    return NOW


def iso(t=None, ms=True):
    t = t or NOW
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".%03dZ" % (t.microsecond // 1000) if ms else "Z")


def ds(x, f="%Y-%m-%d"):
    return x.strftime(f)


def case():
    return R.choice(CASES)


def ap(c):
    return R.choice(c["ap"])


# ---------------------------------------------------------------- systems
def sys_pino():
    c = case()
    t = tick()
    base = {"level": 30, "time": int(t.timestamp() * 1000), "pid": R.choice([41, 57, 88]),
            "hostname": "adoptcase-api-%s" % hexs(5), "reqId": "req-%s" % hexs(6)}
    k = R.random()
    if k < 0.40:
        base.update({"req": {"method": "GET", "url": "/healthz"}, "res": {"statusCode": 200},
                     "responseTime": R.randint(1, 9), "msg": "request completed"})
    elif k < 0.55:
        base.update({"level": 40, "msg": "slow upstream", "upstream": "medrec-docsvc:8443",
                     "elapsed_ms": R.randint(900, 4000), "trace_id": hexs(32), "span_id": hexs(16)})
    elif k < 0.72:
        base.update({"caseId": P(c["file"], "mrn"), "familyFile": P(c["famfile"], "other_id"),
                     "stage": R.choice(["REFERRAL_REVIEW", "MEDICAL_REVIEW", "PRE_PLACEMENT", "POST_PLACEMENT_1", "FINALIZED"]),
                     "assignedTo": R.choice(STAFF_U), "msg": "case stage updated"})
    elif k < 0.82:
        a = ap(c)
        base.update({"caseId": P(c["file"], "mrn"),
                     "child": {"givenName": P(c["given"], "name"), "familyName": P(c["fam"], "name"),
                               "birthDate": P(ds(c["dob"]), "date"), "sex": c["sex"],
                               "countryOfOrigin": c["country"]},
                     "applicant": P(a["name"], "name"), "msg": "referral accepted by family"})
    else:
        base.update({"level": 50, "caseId": P(c["file"], "mrn"),
                     "err": {"type": "ValidationError", "message": "placementDate precedes referralDate",
                             "placementDate": P(ds(c["place"]), "date"), "referralDate": P(ds(c["ref_date"]), "date")},
                     "msg": "PATCH /cases/:id rejected"})
    emit("pino-json", jv(base))


def sys_structlog():
    c = case()
    t = tick()
    k = R.random()
    ev = {"timestamp": iso(t), "level": "info", "logger": "medrec.docsvc"}
    if k < 0.4:
        ev.update({"event": "worker.heartbeat", "queue": "classify", "depth": R.randint(0, 40),
                   "version": "3.14.%d" % R.randint(0, 9), "build": "b%s" % digits(4)})
    elif k < 0.6:
        ev.update({"event": "document.classified", "doc_id": uid(),
                   "doc_type": R.choice(["CHILD_HEALTH_REPORT", "BIRTH_PARENT_MED_HX", "GROWTH_CHART", "IMMUNIZATION_RECORD", "LAB_RESULT"]),
                   "child_file": P(c["file"], "mrn"), "pages": R.randint(1, 22),
                   "sha256": hexs(64), "lang": c["lang"], "confidence": round(R.uniform(0.71, 0.99), 3)})
    elif k < 0.7:
        ev.update({"event": "document.ocr_text_sample", "doc_id": uid(),
                   "sample": M("Nombre: " if c["lang"] == "es" else "Name: ", P(c["name"], "name"),
                               " / Born: ", P(ds(c["dob"], "%d.%m.%Y"), "date"), " in ", P(c["bcity"], "address"),
                               " / mother: ", P(c["bm"], "name"))})
    elif k < 0.82:
        ev.update({"event": "referral_photo.received", "child_file": P(c["file"], "mrn"),
                   "mime": "image/jpeg",
                   "thumb_b64": P("/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA" + base64.b64encode(bytes(R.randint(0, 255) for _ in range(60))).decode(), "photo")})
    else:
        nm = SCRIPT.get(c["name"], c["name"])
        ev.update({"event": "translation.attached", "child_file": P(c["file"], "mrn"),
                   "orig_name": P(nm, "name"),
                   "vendor": R.choice(["LinguaBridge", "Polyglot Medical Lingua"]), "job": "LB-%s" % digits(6)})
    emit("structlog-json", jv(ev, a=True, sp=(", ", ": ")))


def sys_nginx():
    c = case()
    t = tick()
    ts = t.strftime("%d/%b/%Y:%H:%M:%S +0000")
    ua = R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
                   "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
                   "HarborlightFamilies/2.8.1 (Android 14; Pixel 7)"])
    k = R.random()
    if k < 0.4:
        emit("nginx-access", "10.40.0.%d - - [%s] \"GET /lb-status HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\" %0.3f" % (R.randint(2, 9), ts, R.uniform(0, 0.004)))
    elif k < 0.6:
        emit("nginx-access", "130.176.%d.%d - - [%s] \"GET /static/js/app.%s.js HTTP/1.1\" 200 %d \"-\" \"Amazon CloudFront\" %0.3f" % (
            R.randint(0, 255), R.randint(1, 254), ts, hexs(8), R.randint(40000, 400000), R.uniform(0.01, 0.2)))
    else:
        a = ap(c)
        path = R.choice(["health-report.pdf", "immunizations", "growth", "translations/%s" % uid()])
        emit("nginx-access", P(a["ip"], "ip"), " - -",
             " [%s] \"GET /portal/families/" % ts, P(c["famfile"], "other_id"), "/children/", P(c["file"], "mrn"),
             "/%s HTTP/2.0\" %d %d \"https://families.harborlightfamily.org/dashboard\" \"%s\" %0.3f" % (
                 path, R.choice([200, 200, 200, 304, 403]), R.randint(800, 900000), ua, R.uniform(0.02, 1.5)))


def sys_hl7():
    c = case()
    t = tick()
    doc = R.choice(DOCS)
    mid = "IAC%s" % digits(8)
    segs = []
    segs.append(["MSH|^~\\&|EPIC|SVCIAC|MRU-INGEST|HARBORLIGHT|%s||ORU^R01^ORU_R01|%s|P|2.5.1" % (t.strftime("%Y%m%d%H%M%S"), mid)])
    last, first = c["fam"].upper(), c["given"].upper()
    a = ap(c)
    segs.append(["PID|1||", P(c["iac"], "mrn"), "^^^SVCIAC^MR~", P(c["file"], "mrn"), "^^^HFA^PI||",
                 P("%s^%s" % (last, first), "name"), "||", P(ds(c["dob"], "%Y%m%d"), "date"), "|%s|||" % c["sex"],
                 P("%s^^%s" % (c["street"], c["town"]), "address"), "^%s^" % c["state"], P(c["zip"], "zip"), "^USA||",
                 "^PRN^PH^^^", P(a["phone"].replace("(", "").replace(") ", "^").replace("-", ""), "phone"), "|||||||||||",
                 c["country"][:3].upper()])
    segs.append(["NK1|1|", P("%s^%s" % (a["last"].upper(), a["first"].upper()), "name"), "|MTH^Mother^HL70063" if a is c["ap"][0] else "|FTH^Father^HL70063"])
    segs.append(["PV1|1|O|IAC^EXAM3^01||||%s^%s^%s^^^MD|||PED||||||||V%s" % (doc[2], doc[1].upper(), doc[0].upper(), digits(7))])
    segs.append(["OBR|1|%s|%s|PANEL^International Adoption Screen^L|||" % (digits(8), digits(8)), P(ds(c["exam"], "%Y%m%d") + "0930", "date")])
    for code, nm_, val, u in R.sample([("5195-3", "Hepatitis B surface Ag", "Negative", ""), ("71773-6", "QuantiFERON-TB Gold Plus", "Negative", ""),
                                        ("5671-3", "Lead [Mass/volume] in Blood", "%0.1f" % R.uniform(1, 9), "ug/dL"),
                                        ("3016-3", "TSH", "%0.2f" % R.uniform(0.6, 4.5), "mIU/L"),
                                        ("718-7", "Hemoglobin", "%0.1f" % R.uniform(9.8, 13.9), "g/dL"),
                                        ("7905-3", "HIV 1+2 Ab", "Nonreactive", "")], 3):
        segs.append(["OBX|%d|%s|%s^%s^LN||%s|%s|||||F" % (len(segs) - 4, "NM" if u else "ST", code, nm_, val, u)])
    if R.random() < 0.6:
        segs.append(["NTE|1||Per orphanage record child was admitted ", P(ds(c["place"] - dt.timedelta(days=R.randint(200, 900)), "%m/%d/%Y"), "date"),
                     ", birth mother ", P(c["bm"], "name"), " reported hepatitis B carrier status."])
    for s in segs:
        emit("hl7v2", s)


def sys_fhir():
    c = case()
    tick()
    k = R.random()
    if k < 0.4:
        r = {"resourceType": "Immunization", "id": uid(), "status": "completed",
             "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": R.choice(["08", "10", "20", "03", "21"])}]},
             "patient": {"reference": M("Patient/", P(c["iac"], "mrn"))},
             "occurrenceDateTime": P(ds(max(c["dob"], dpast(2012))), "date"), "lotNumber": R.choice("ABCEFHU") + R.choice("ABCEFHJ") + digits(4),
             "primarySource": False, "note": [{"text": "transcribed from foreign record (%s)" % c["country"]}]}
    elif k < 0.7:
        r = {"resourceType": "Patient", "id": c["iac"].lower(),
             "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": P(c["iac"], "mrn")},
                            {"system": "https://harborlightfamily.org/fhir/child-file", "value": P(c["file"], "mrn")}],
             "name": [{"use": "official", "family": P(c["fam"], "name"), "given": [P(c["given"], "name")]}],
             "gender": "female" if c["sex"] == "F" else "male", "birthDate": P(ds(c["dob"]), "date"),
             "address": [{"city": P(c["town"], "address"), "state": c["state"], "postalCode": P(c["zip"], "zip")}]}
    else:
        r = {"resourceType": "Observation", "id": uid(), "status": "final",
             "code": {"coding": [{"system": "http://loinc.org", "code": "8302-2", "display": "Body height"}]},
             "subject": {"reference": M("Patient/", P(c["iac"], "mrn"))},
             "effectiveDateTime": P(ds(c["exam"]), "date"),
             "valueQuantity": {"value": round(R.uniform(70, 140), 1), "unit": "cm"},
             "meta": {"versionId": str(R.randint(1, 5)), "lastUpdated": iso()}}
    emit("fhir-r4", jv(r))


def sys_x12():
    c = R.choice(CASES_US or CASES)
    t = tick()
    ctl = "%09d" % R.randint(1, 999999999)
    emit("x12-270", "ISA*00*          *00*          *ZZ*HFAMRU         *ZZ*OHMEDICAIDCH   *%s*%s*^*00501*%s*0*P*:~" % (
        t.strftime("%y%m%d"), t.strftime("%H%M"), ctl))
    emit("x12-270", "GS*HS*HFAMRU*OHMCD*%s*%s*%d*X*005010X279A1~" % (t.strftime("%Y%m%d"), t.strftime("%H%M"), int(ctl)))
    emit("x12-270", "ST*270*%04d*005010X279A1~BHT*0022*13*%s*%s*%s~" % (R.randint(1, 9999), hexs(10).upper(), t.strftime("%Y%m%d"), t.strftime("%H%M")))
    emit("x12-270", "NM1*IL*1*", P(c["fam"].upper(), "name"), "*", P(c["given"].upper(), "name"), "****MI*", P(c["medicaid"], "health_plan"),
         "~DMG*D8*", P(ds(c["dob"], "%Y%m%d"), "date"), "*", c["sex"], "~DTP*291*D8*", P(ds(c["place"], "%Y%m%d"), "date"), "~EQ*30~")
    emit("x12-270", "SE*13*%04d~GE*1*%d~IEA*1*%s~" % (R.randint(1, 9999), int(ctl), ctl))


def sys_xlate():
    c = case()
    t = tick()
    job = "LB-%s" % digits(6)
    k = R.random()
    vendor = R.choice(["linguabridge", "polyglot-ml"])
    if k < 0.5:
        emit("logfmt-xlate", "ts=%s level=info svc=xlate-bridge vendor=%s job=%s event=quote_received words=%d rate_usd=0.%d po=PO-%s eta_h=%d" % (
            iso(t), vendor, job, R.randint(300, 9000), R.randint(12, 29), digits(6), R.choice([24, 48, 72])))
    elif k < 0.75:
        up = c["fam"].upper().replace(" ", "_")
        emit("logfmt-xlate", "ts=%s level=info svc=xlate-bridge vendor=%s job=%s event=file_uploaded src_lang=%s tgt_lang=en file=\"" % (iso(t), vendor, job, c["lang"]),
             P("%s_%s" % (up, c["given"].replace(" ", "_")), "name"), "_", P(ds(c["exam"] if R.random() < 0.5 else c["ref_date"]), "date"),
             "_%s.pdf\" bytes=%d child_ref=" % (R.choice(["CHR", "MEDHX", "BC", "LAB"]), R.randint(90000, 9000000)), P(c["file"], "mrn"))
    else:
        emit("logfmt-xlate", "ts=%s level=warn svc=xlate-bridge vendor=%s job=%s event=translator_query translator=\"%s\" msg=\"" % (
            iso(t), vendor, job, R.choice(TRANSLATORS)),
             "Source lists mother as ", P(c["bm"], "name"), " age ", str(c["bm_age"]), ", maternal great-grandmother age ", P(str(c["gg_age"]), "age"),
             " - please confirm spelling\"")


def sys_court():
    c = case()
    t = tick()
    if R.random() < 0.12:
        emit("csv-efile", "filed_at,court,case_no,doc_type,petitioners,child_initials,hearing_date,envelope_id,status,clerk")
        return
    a = c["ap"]
    pet = " & ".join(x["name"] for x in a)
    ini = "%s.%s." % (c["given"][0], c["fam"][0])
    emit("csv-efile", t.strftime("%Y-%m-%d %H:%M:%S"), ",Franklin County Probate Court,", P(c["court"], "other_id"), ",",
         R.choice(["Petition for Adoption", "Report of Investigator", "Medical Affidavit", "Consent to Adoption", "Notice of Hearing"]),
         ",\"", P(pet, "name") if len(a) == 1 else [P(a[0]["name"], "name"), " & ", P(a[1]["name"], "name")], "\",",
         P(ini, "name"), ",", P(ds(c["hear"], "%m/%d/%Y"), "date"), ",%d,%s,%s" % (R.randint(10000000, 99999999),
                                                                            R.choice(["ACCEPTED", "SUBMITTED", "REJECTED"]), R.choice(["kmoore", "dlevy", "tshaw"])))


def sys_clearance():
    c = case()
    t = tick()
    a = ap(c)
    k = R.random()
    pre = "%s clearance-svc[%d]: " % (iso(t), R.randint(1000, 9999))
    if k < 0.25:
        emit("kv-clearance", pre, "level=INFO check_type=FBI_FP provider=IdentoGO tcn=", P(a["tcn"], "other_id"),
             " applicant=\"", P("%s, %s" % (a["last"], a["first"]), "name"), "\" dob=", P(ds(a["dob"]), "date"),
             " ssn=", P(a["ssn"], "ssn"), " result=NO_RECORD latency_ms=%d" % R.randint(200, 3000))
    elif k < 0.4:
        emit("kv-clearance", pre, "level=INFO check_type=LIVESCAN_CAPTURE tcn=", P(a["tcn"], "other_id"), " ori=OH0250000 fp_quality=%d minutiae_b64=" % R.randint(60, 99),
             P(a["fp"], "biometric"))
    elif k < 0.55:
        emit("kv-clearance", pre, "level=INFO check_type=BMV dl_state=", c["state"], " dl_no=", P(a["dl"], "license"),
             " name=\"", P(a["name"], "name"), "\" status=VALID points=%d" % R.randint(0, 4))
    elif k < 0.7:
        emit("kv-clearance", pre, "level=INFO check_type=HOME_SAFETY assessor=\"%s\" family=" % R.choice(STAFF[1:4]), P(c["famfile"], "other_id"),
             " addr=\"", P("%s, %s" % (c["street"], c["town"]), "address"), ", %s " % c["state"], P(c["zip"], "zip"),
             "\" vehicle_vin=", P(c["vin"], "vehicle"), " plate=", P(c["plate"], "vehicle"), " car_seat=OK smoke_detectors=%d" % R.randint(2, 6))
    elif k < 0.82:
        emit("kv-clearance", pre, "level=INFO check_type=PHYSICIAN_MED_CLEARANCE applicant=\"", P(a["name"], "name"),
             "\" exam_date=", P(ds(dpast(2023)), "date"), " physician_npi=%s outcome=CLEARED form=JFS01653" % R.choice(DOCS)[2])
    else:
        emit("kv-clearance", pre, "level=INFO check_type=SCAN_REFRESH batch=%s records=%d duration_ms=%d next_run=%s" % (
            hexs(8), R.randint(10, 400), R.randint(2000, 60000), iso(t + dt.timedelta(hours=6), ms=False)))


def sys_syslog():
    t = tick()
    ts = t.strftime("%b ") + ("%2d " % t.day) + t.strftime("%H:%M:%S")
    host = R.choice(["mru-fs01", "mru-app02", "mru-mail01", "mru-db01"])
    k = R.random()
    if k < 0.25:
        emit("syslog", "%s %s sshd[%d]: Accepted publickey for %s from 10.20.4.%d port %d ssh2: ED25519 SHA256:%s" % (
            ts, host, R.randint(1000, 40000), R.choice(["svc_backup", "jpark", "ansible"]), R.randint(2, 250), R.randint(30000, 65000),
            base64.b64encode(bytes(R.randint(0, 255) for _ in range(32))).decode().rstrip("=")))
    elif k < 0.35:
        emit("syslog", "%s %s CRON[%d]: (root) CMD (/opt/mru/bin/purge_tmp.sh --older-than 7d)" % (ts, host, R.randint(1000, 40000)))
    elif k < 0.45:
        emit("syslog", "%s %s kernel: [%d.%06d] nfs: server nas-mru-02.hfa.local OK" % (ts, host, R.randint(100000, 999999), R.randint(0, 999999)))
    else:
        c = case()
        a = ap(c)
        qid = hexs(10).upper()
        if R.random() < 0.5:
            emit("syslog", "%s mru-mail01 postfix/smtp[%d]: %s: to=<" % (ts, R.randint(1000, 40000), qid), P(a["email"], "email"),
                 ">, relay=gmail-smtp-in.l.google.com[142.250.%d.%d]:25, delay=%0.2f, delays=0.1/0/0.4/0.6, dsn=2.0.0, status=sent (250 2.0.0 OK)" % (
                     R.randint(1, 250), R.randint(1, 250), R.uniform(0.5, 3)))
        else:
            emit("syslog", "%s mru-mail01 postfix/cleanup[%d]: %s: message-id=<%s@harborlightfamily.org> from=<records@harborlightfamily.org> subject=\"Medical review complete - " % (
                ts, R.randint(1000, 40000), qid, uid()), P(c["given"], "name"), " (", P(c["file"], "mrn"), ")\"")


def sys_cef():
    c = case()
    t = tick()
    u = R.choice(STAFF_U)
    if R.random() < 0.35:
        emit("cef", "CEF:0|Microsoft|Microsoft Windows|10.0.20348|4624|An account was successfully logged on|3|rt=%s dvchost=MRU-FS01.hfa.local suser=HFA\\%s src=10.20.4.%d logonType=3 cs1Label=AuthPackage cs1=Kerberos" % (
            int(t.timestamp() * 1000), u, R.randint(2, 250)))
        return
    fn = "%s_%s" % (c["fam"].upper().replace(" ", "_"), c["given"].replace(" ", ""))
    emit("cef", "CEF:0|Microsoft|Microsoft Windows|10.0.20348|4663|An attempt was made to access an object|5|rt=%d dvchost=MRU-FS01.hfa.local suser=HFA\\%s src=10.20.4.%d fname=\\\\\\\\mru-fs01\\\\Medical\\\\Intl\\\\%s\\\\" % (
        int(t.timestamp() * 1000), u, R.randint(2, 250), c["country"]),
        P(fn, "name"), "_", P(ds(c["exam"]), "date"), "_CHR.pdf act=ReadData cs2Label=AccessMask cs2=0x1")


def sys_java():
    c = case()
    t = tick()
    th = "ingest-worker-%d" % R.randint(1, 8)
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    if R.random() < 0.45:
        emit("java-logback", "%s INFO  [%s] c.h.mru.ocr.MiloOcrEngine - engine=Milo v%d.%d.%d pages=%d avg_conf=%0.2f took=%dms" % (
            ts, th, R.randint(2, 4), R.randint(0, 12), R.randint(0, 30), R.randint(1, 30), R.uniform(0.6, 0.98), R.randint(300, 20000)))
        return
    fn = "%s_%s" % (c["fam"].upper().replace(" ", "_"), c["given"].replace(" ", ""))
    emit("java-logback", "%s ERROR [%s] c.h.mru.ocr.PdfIngestJob - Failed to ingest /data/inbox/xlate/" % (ts, th),
         P(fn, "name"), "_", P(ds(c["ref_date"]), "date"), "_MEDHX.pdf for child ", P(c["file"], "mrn"))
    emit("java-logback", "org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException: Cannot decrypt PDF, the password is incorrect")
    for fr in R.sample(["\tat org.apache.pdfbox.pdmodel.encryption.StandardSecurityHandler.prepareForDecryption(StandardSecurityHandler.java:%d)",
                        "\tat org.apache.pdfbox.pdfparser.COSParser.prepareDecryption(COSParser.java:%d)",
                        "\tat org.apache.pdfbox.Loader.loadPDF(Loader.java:%d)",
                        "\tat com.harborlight.mru.ocr.PdfIngestJob.open(PdfIngestJob.java:%d)",
                        "\tat com.harborlight.mru.ocr.PdfIngestJob.run(PdfIngestJob.java:%d)"], 3):
        emit("java-stacktrace", fr % R.randint(40, 900))
    emit("java-stacktrace", "\t... %d common frames omitted" % R.randint(3, 14))


def sys_pg():
    c = case()
    t = tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (t.microsecond // 1000)
    pid = R.randint(1000, 60000)
    k = R.random()
    if k < 0.35:
        emit("postgresql", "%s [%d] LOG:  checkpoint complete: wrote %d buffers (%0.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%0.3f s" % (
            ts, pid, R.randint(100, 9000), R.uniform(0.1, 9), R.randint(0, 4), R.uniform(1, 30)))
    elif k < 0.6:
        emit("postgresql", "%s [%d] mru_app@medrec LOG:  duration: %0.3f ms  statement: SELECT c.file_no, c.stage FROM child c JOIN family f ON f.id=c.family_id WHERE c.last_name ILIKE '" % (
            ts, pid, R.uniform(500, 5000)), P(c["fam"], "name"), "%' AND c.dob = '", P(ds(c["dob"]), "date"), "'")
    elif k < 0.8:
        a = ap(c)
        emit("postgresql", "%s [%d] mru_app@medrec ERROR:  duplicate key value violates unique constraint \"applicant_ssn_key\"" % (ts, pid))
        emit("postgresql", "%s [%d] mru_app@medrec DETAIL:  Key (ssn)=(" % (ts, pid), P(a["ssn"], "ssn"), ") already exists.")
    else:
        emit("postgresql", "%s [%d] mru_app@medrec LOG:  duration: %0.3f ms  execute <unnamed>: UPDATE child_health SET allergies=$1 WHERE file_no=$2" % (
            ts, pid, R.uniform(0.1, 3)))
        emit("postgresql", "%s [%d] mru_app@medrec DETAIL:  parameters: $1 = 'peanut; penicillin (rash)', $2 = '" % (ts, pid), P(c["file"], "mrn"), "'")


def sys_notes():
    c = case()
    t = tick()
    doc = R.choice(DOCS)
    am = (2024 - c["dob"].year) * 12 + 6 - c["dob"].month - (1 if c["dob"].day > 11 else 0)
    k = R.random()
    pre = "NOTE|%s|" % t.strftime("%Y-%m-%d %H:%M")
    if k < 0.35:
        emit("pipe-notes", pre, P(c["file"], "mrn"), "|Dr. %s %s|Referral review: %dy%dm %s from %s. Born " % (doc[0], doc[1], am // 12, am % 12, c["sex"], c["inst"]),
             P(ds(c["dob"], "%d %b %Y"), "date"), " in ", P(c["bcity"], "address"),
             ". HBsAg neg, RPR nonreactive, growth <3rd %ile for wt. " + ("Recommend repeat TB testing 6 mo post-arrival." if c["cc"] != "US" else "Recommend repeat lead level in 3 mo, dental referral."))
    elif k < 0.6:
        emit("pipe-notes", pre, P(c["file"], "mrn"), "|%s|Birth family hx per %s social report: mother " % (R.choice(STAFF), COUNTRY[c["cc"]]["ca"]),
             P(c["bm"], "name"), " (%d) - anemia, no known substance use; father " % c["bm_age"], P(c["bf"], "name"),
             " unknown hx; maternal great-grandmother ", P(str(c["gg_age"]), "age"), "y, T2DM.")
    elif k < 0.8:
        dv = c["device"]
        emit("pipe-notes", pre, P(c["file"], "mrn"), "|Dr. %s %s|%s f/u: %s serial " % (doc[0], doc[1], {"cochlear implant": "Audiology", "hearing aid": "Audiology",
                                                                                       "insulin pump": "Endocrine", "VP shunt valve": "Neurosurgery"}[dv[0]], dv[0]),
             P(dv[1], "device"), {"cochlear implant": " checked, mapping updated.", "hearing aid": " checked, new earmold ordered.",
                                  "insulin pump": " downloaded, basal rates adjusted.", "VP shunt valve": " setting confirmed 1.5 on x-ray."}[dv[0]], " Next appt ", P(ds(d(2024, 2024), "%m/%d/%Y"), "date"), ".")
    else:
        emit("pipe-notes", pre, "-|%s|Monthly QA: %d child health reports reviewed, %d pending translation, median turnaround %d business days." % (
            R.choice(STAFF), R.randint(20, 60), R.randint(2, 15), R.randint(3, 12)))


def sys_sms():
    c = case()
    t = tick()
    a = ap(c)
    sid = "SM" + hexs(32)
    to = "+1" + a["phone"].replace("(", "").replace(") ", "").replace("-", "")
    k = R.random()
    if k < 0.2:
        emit("sms-gw", "%s sms-gw status_callback sid=%s status=delivered err=0 segments=%d price=-0.0079" % (iso(t), sid, R.randint(1, 3)))
        return
    if k < 0.6:
        body = ["Hi ", P(a["first"], "name"), ", reminder from Harborlight: ", P(c["given"].split()[0], "name"), "'s post-arrival exam is ",
                P(ds(d(2024, 2024), "%m/%d"), "date"), " at 9:30am, %s. Reply C to confirm." % "700 Riverside Dr"]
    else:
        body = ["Harborlight MRU: translated medical records for file ", P(c["file"], "mrn"), " are ready in the portal. Questions? Call 614-555-0142."]
    emit("sms-gw", "%s sms-gw outbound sid=%s from=%s to=" % (iso(t), sid, ORG_PHONE), P(to, "phone"), " body=\"", body, "\"")


def sys_inbound_sms():
    c = case()
    t = tick()
    a = ap(c)
    frm = "+1" + a["phone"].replace("(", "").replace(") ", "").replace("-", "")
    emit("sms-gw", "%s sms-gw inbound sid=SM%s from=" % (iso(t), hexs(32)), P(frm, "phone"), " to=%s body=\"" % ORG_PHONE,
         R.choice([["C"], ["we moved! new address is ", P(c["street"], "address"), " ", P(c["town"], "address"), " ", P(c["zip"], "zip")],
                   ["is the hep B result back for ", P(c["given"].split()[0], "name"), "? thx ", P(a["first"], "name")]]), "\"")


def sys_teams():
    c = case()
    t = tick()
    who = R.choice(STAFF)
    pre = "[%s] %s (Medical Records): " % (t.strftime("%Y-%m-%d %H:%M:%S"), who)
    k = R.random()
    if k < 0.45:
        emit("teams-chat", pre, R.choice(["fax server queue is backed up again, IT ticket INC-%s" % digits(6),
                                          "reminder: Hague audit prep meeting Thu 2pm in Conf B",
                                          "LinguaBridge invoice INV-%s approved, PO-%s" % (digits(5), digits(6)),
                                          "deploying medrec-docsvc 3.14.%d tonight, expect 10 min downtime" % R.randint(0, 9)]))
    elif k < 0.7:
        emit("teams-chat", pre, "can someone resend the %s translation for " % {"am": "Amharic", "es": "Spanish", "uk": "Ukrainian", "zh": "Mandarin", "ht": "Haitian Creole",
                                                                  "bg": "Bulgarian", "hi": "Hindi", "en": "court"}[c["lang"]],
             P("%s %s." % (c["given"].split()[0], c["fam"][0]), "name"), "? vendor says job LB-%s is done" % digits(6))
    else:
        a = ap(c)
        emit("teams-chat", pre, P(a["name"], "name"), " called re ", P(c["given"], "name"), " - wants Dr. %s to review the new echo before the " % R.choice(DOCS)[1],
             P(ds(c["hear"], "%-m/%-d"), "date"), " hearing. cell ", P(a["phone"], "phone"))


AF = [("state", 2), ("period", 6), ("recno", 12), ("dob", 8), ("sex", 1), ("race", 6), ("placedt", 8), ("setting", 2), ("fpyr", 4), ("zipc", 5), ("flag", 3)]


def sys_afcars():
    t = tick()
    if R.random() < 0.15:
        emit("afcars-fixed", "HDR39%s%-20s%08d%s" % ("2024A", "HARBORLIGHT-FAS", R.randint(1, 999), t.strftime("%Y%m%d%H%M%S")))
        return
    c = R.choice(CASES_US or CASES)
    parts = ["39", "2024A ", P(c["afcars"], "other_id"), P(ds(c["dob"], "%Y%m%d"), "date"), "1" if c["sex"] == "M" else "2",
             R.choice(["100000", "010000", "000010", "100010"]), P(ds(c["place"], "%Y%m%d"), "date"), R.choice(["02", "03", "05"]),
             str(R.randint(1968, 1992)), P(c["zip"], "zip"), R.choice(["000", "001", "010"])]
    emit("afcars-fixed", parts)


def sys_iats():
    c = R.choice(CASES_INTL or CASES)
    t = tick()
    k = R.random()
    if k < 0.3:
        emit("xml-iats", "<Ack xmlns=\"urn:state.gov:iats:v2\"><MsgId>%s</MsgId><Status>OK</Status><ReceivedAt>%s</ReceivedAt></Ack>" % (uid(), iso(t)))
    elif k < 0.7:
        emit("xml-iats", "<CaseEvent xmlns=\"urn:state.gov:iats:v2\"><IamsCaseNo>", P(c["iams"], "other_id"), "</IamsCaseNo><Asp>HFA-OH-0412</Asp><Child><Name>",
             P(c["name"], "name"), "</Name><BirthDate>", P(ds(c["dob"]), "date"), "</BirthDate><BirthPlace>", P(c["bcity"], "address"), ", %s</BirthPlace><Passport>" % c["country"],
             P(c["passport"], "license"), "</Passport></Child><Event code=\"ART5\">Article 5 letter issued</Event><Ts>%s</Ts></CaseEvent>" % iso(t))
    else:
        a = c["ap"][0]
        emit("xml-iats", "<I800Status xmlns=\"urn:uscis:elis:v1\"><ReceiptNumber>", P(c["receipt"], "other_id"), "</ReceiptNumber><Beneficiary><ANumber>",
             P(c["anum"], "other_id"), "</ANumber><BirthCertNo>", P(c["bcert"], "license"), "</BirthCertNo></Beneficiary><Petitioner>",
             P(a["name"], "name"), "</Petitioner><Status>%s</Status></I800Status>" % R.choice(["PROVISIONALLY_APPROVED", "APPROVED", "RFE_ISSUED"]))


def sys_fax():
    t = tick()
    c = case()
    k = R.random()
    ts = t.strftime("%m/%d/%y %H:%M")
    if k < 0.55:
        sender = R.choice([("+251115512040", "Kidane Mehret CH"), ("+5716013344", "ICBF Regional Bogota"), ("+16142225800", "SVC Intl Adoption Clinic"),
                           ("+16145250100", "Franklin Co Probate")])
        emit("fax-xferlog", "%s\tRECV\t%06d\tttyIAX%d\t%s\t\"%s\"\t%d\t%d\t0:%02d:%02d\t0:%02d:%02d\t\"\"" % (
            ts, R.randint(1, 999999), R.randint(0, 3), sender[0], sender[1], R.randint(1, 30), R.choice([9600, 14400]),
            R.randint(0, 9), R.randint(0, 59), R.randint(0, 9), R.randint(0, 59)))
    else:
        a = ap(c)
        ffax = "+1" + R.choice(AREA) + digits(7)
        emit("fax-xferlog", "%s\tSEND\t%06d\tttyIAX%d\t" % (ts, R.randint(1, 999999), R.randint(0, 3)), P(ffax, "fax"),
             "\t\"%s\"\t%d\t14400\t0:01:%02d\t0:00:%02d\t\"home fax of " % (R.choice(STAFF_U), R.randint(1, 12), R.randint(0, 59), R.randint(0, 59)),
             P(a["name"], "name"), " - consent forms ", P(c["court"], "other_id"), "\"")


def sys_audit():
    c = case()
    t = tick()
    u = R.choice(STAFF_U)
    if R.random() < 0.4:
        emit("csv-audit", "%s,%s,LOGIN,,,10.20.%d.%d,OK" % (iso(t), u, R.randint(1, 9), R.randint(2, 250)))
        return
    nm = "%s, %s" % (c["fam"], c["given"])
    emit("csv-audit", "%s,%s,%s," % (iso(t), u, R.choice(["VIEW_CHR", "PRINT_MEDHX", "EXPORT_PDF", "EDIT_IMMUNIZATION"])), P(c["file"], "mrn"),
         ",\"", P(nm, "name"), "\",10.20.%d.%d,OK" % (R.randint(1, 9), R.randint(2, 250)))


def sys_billing():
    c = case()
    t = tick()
    a = ap(c)
    k = R.random()
    if k < 0.35:
        emit("pino-json", jv({"level": 30, "time": int(t.timestamp() * 1000), "svc": "fees", "msg": "vendor invoice posted",
                              "vendor": "LinguaBridge Translation Services", "invoice": "INV-%s" % digits(5), "amount_usd": R.randint(80, 2400),
                              "remit_to": "4500 S Lamar Blvd Ste 210, Austin, TX 78745", "ap_batch": "APB-%s" % digits(4)}))
    elif k < 0.7:
        bad = R.random() < 0.3
        cn = card(R.choice(["4", "51"]), 16, valid=not bad) if bad else c["card"]
        emit("pino-json", jv({"level": 50 if bad else 30, "time": int(t.timestamp() * 1000), "svc": "fees",
                              "msg": "gateway declined: invalid card number" if bad else "DEBUG payload logged (ticket SEC-%s)" % digits(4),
                              "account": P(c["acct"], "account"), "payer": P(a["name"], "name"), "pan": P(cn, "account"),
                              "amount_usd": R.choice([1500, 3250, 5000, 275]), "fee_code": R.choice(["HOMESTUDY", "MED_REVIEW", "POST_PLACE"])}))
    else:
        emit("pino-json", jv({"level": 30, "time": int(t.timestamp() * 1000), "svc": "fees", "msg": "payment captured",
                              "account": P(c["acct"], "account"), "last4": c["card"][-4:], "amount_usd": R.choice([1500, 3250, 275]),
                              "ssn_masked": "XXX-XX-" + a["ssn"][-4:]}))


def sys_portal_app():
    c = case()
    t = tick()
    a = ap(c)
    k = R.random()
    if k < 0.4:
        emit("logfmt-portal", "time=%s level=info app=families-mobile msg=\"push token refreshed\" platform=%s app_version=2.8.%d device_imei=" % (
            iso(t), R.choice(["ios", "android"]), R.randint(0, 9)), P(a["imei"], "device"), " user=", P(a["email"], "email"), " client_ip=", P(a["ip"], "ip"))
    elif k < 0.65:
        emit("logfmt-portal", "time=%s level=info app=families-web msg=\"profile link updated\" family=" % iso(t), P(c["famfile"], "other_id"),
             " blog_url=", P(c["blog"], "url"))
    elif k < 0.8:
        emit("logfmt-portal", "time=%s level=info app=families-web msg=\"insurance card uploaded\" child=" % iso(t), P(c["file"], "mrn"),
             " carrier=\"%s\" member_id=" % c["plan"][0], P(c["member"], "health_plan"), " group=%s" % c["group"])
    else:
        emit("logfmt-portal", "time=%s level=info app=families-web msg=\"session start\" sid=%s region=us-east-2 cdn_pop=ORD%d build=%s" % (
            iso(t), hexs(24), R.randint(50, 56), hexs(7)))


def sys_k8s():
    t = tick()
    k = R.random()
    dep = R.choice(["medrec-docsvc", "adoptcase-api", "xlate-bridge"])
    if k < 0.5:
        emit("k8s-json", jv({"ts": t.timestamp(), "caller": "deploy/rollout.go:%d" % R.randint(40, 400), "level": "info",
                             "msg": "rollout complete", "deployment": dep,
                             "image": "ghcr.io/harborlight/%s:3.%d.%d" % (dep, R.randint(0, 14), R.randint(0, 9)),
                             "digest": "sha256:" + hexs(64), "replicas": R.randint(2, 4)}))
    else:
        emit("k8s-plain", "%s I0611 %s       1 reflector.go:%d] Watch close - *v1.Pod total %d items received" % (
            iso(t), t.strftime("%H:%M:%S.%f"), R.randint(200, 400), R.randint(5, 90)))


def sys_foster():
    c = R.choice(CASES_US or CASES)
    t = tick()
    a = ap(c)
    k = R.random()
    if k < 0.5:
        emit("kv-foster", "%s fostr-sync INFO action=placement_update county_case=" % iso(t), P(c["county"], "other_id"),
             " sacwis_person=", P(c["sacwis"], "other_id"), " resource_home_lic=", P(c["flic"], "license"), " caregiver=\"", P(a["name"], "name"),
             "\" placement_date=", P(ds(c["place"], "%m/%d/%Y"), "date"), " worker=%s" % R.choice(STAFF_U))
    else:
        gm = "%s %s" % (R.choice(["Loretta", "Evelyn", "Bernice", "Dolores"]), c["fam"])
        emit("kv-foster", "%s fostr-sync INFO action=kinship_contact county_case=" % iso(t), P(c["county"], "other_id"),
             " relative=\"", P(gm, "name"), "\" relation=great-grandmother age=", P(str(c["gg_age"]), "age"), " medicare_mbi=", P(mbi(), "health_plan"),
             " medicaid_child=", P(c["medicaid"], "health_plan"))


def sys_sftp():
    t = tick()
    vend = R.choice([("linguabridge", "198.51.100.%d"), ("polyglotml", "203.0.113.%d")])
    ip = vend[1] % R.randint(10, 60)
    ts = t.strftime("%a %b ") + ("%2d " % t.day) + t.strftime("%H:%M:%S %Y")
    if R.random() < 0.85:
        fn = "/vendors/%s/outbound/LB-%s_%s-en_v%d.docx" % (vend[0], digits(6), R.choice(["am", "es", "uk", "zh", "ht", "bg"]), R.randint(1, 3))
        emit("proftpd-xferlog", "%s %d %s %d %s b _ %s r %s sftp 0 * c" % (ts, R.randint(1, 40), ip, R.randint(20000, 3000000), fn,
                                                                       R.choice(["o", "i"]), vend[0]))
    else:
        c = case()
        emit("proftpd-xferlog", "%s %d %s %d /vendors/%s/inbound/" % (ts, R.randint(1, 40), ip, R.randint(20000, 3000000), vend[0]),
             P(c["file"], "mrn"), "_", P("%s_%s" % (c["fam"].upper().replace(" ", "_"), c["given"].replace(" ", "_")), "name"),
             ".pdf b _ i r %s sftp 0 * c" % vend[0])


def sys_backup():
    t = tick()
    k = R.random()
    if k < 0.5:
        emit("restic-json", jv({"message_type": "summary", "files_new": R.randint(0, 400), "files_changed": R.randint(0, 90),
                                "data_added": R.randint(10 ** 6, 10 ** 10), "total_duration": round(R.uniform(30, 900), 3),
                                "snapshot_id": hexs(64), "host": "mru-fs01", "time": iso(t)}))
    else:
        emit("systemd", "%s mru-app02 systemd[1]: Started %s" % (t.strftime("%b ") + ("%2d " % t.day) + t.strftime("%H:%M:%S"),
                                                                  R.choice(["medrec-reindex.service - MRU nightly search reindex",
                                                                            "certbot.service - Certbot renewal (families.harborlightfamily.org)",
                                                                            "logrotate.service - Rotate log files"])))


SYSTEMS = [(sys_pino, 10), (sys_structlog, 8), (sys_nginx, 11), (sys_hl7, 1.0), (sys_fhir, 4), (sys_x12, 0.7), (sys_xlate, 7),
           (sys_court, 4), (sys_clearance, 7), (sys_syslog, 13), (sys_cef, 5), (sys_java, 3), (sys_pg, 5), (sys_notes, 5),
           (sys_sms, 5), (sys_inbound_sms, 1.5), (sys_teams, 5), (sys_afcars, 3), (sys_iats, 4), (sys_fax, 4), (sys_audit, 5),
           (sys_billing, 5), (sys_portal_app, 4), (sys_k8s, 15), (sys_foster, 2.5), (sys_sftp, 8), (sys_backup, 11)]


def main():
    fns = [f for f, _ in SYSTEMS]
    ws = [w for _, w in SYSTEMS]
    pending = fns[:] + [sys_hl7, sys_x12]
    R.shuffle(pending)
    noise = [sys_k8s, sys_backup, sys_sftp, sys_syslog, sys_nginx]
    while len(LINES) < 500:
        phi_share = sum(1 for x in LINES if x[2]) / max(1, len(LINES))
        if pending and R.random() < 0.12:
            pending.pop()()  # every system shows up at least once
        elif phi_share > 0.45 and R.random() < 0.35:
            R.choice(noise)()  # keep the PHI-free share near 55%
        else:
            R.choices(fns, ws)[0]()
    del LINES[500:]
    out_log, out_lab = [], []
    for i, (line, fam, spans) in enumerate(LINES, 1):
        b = line.encode("utf-8")
        prev = 0
        for s, e, cat, val in spans:
            if not (0 <= s < e <= len(b)):
                raise SystemExit("line %d: span out of range %r" % (i, (s, e)))
            if s < prev:
                raise SystemExit("line %d: overlapping spans" % i)
            prev = e
            if b[s:e].decode("utf-8") != val:
                raise SystemExit("line %d: span text %r != %r" % (i, b[s:e].decode("utf-8"), val))
            if cat not in CATS:
                raise SystemExit("line %d: bad cat %s" % (i, cat))
        out_log.append(line)
        out_lab.append(json.dumps({"line": i, "family": fam, "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]}))
    with open("qo.log", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_log) + "\n")
    with open("qo.labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account", "license",
        "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}

if __name__ == "__main__":
    main()
