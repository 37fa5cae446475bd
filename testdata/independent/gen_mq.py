#!/usr/bin/env python3
"""Synthetic labeled log corpus "mq" (synthetic PHI, all people and identifiers invented).

Theme: an employer-sponsored onsite / near-site primary care clinic operator ("Vantage
Worksite Health") serving several large employers: eligibility files from employers and TPAs
(fixed width, CSV, X12 834, SFTP logs), appointment booking (Angular front end, .NET 8 API with
Serilog CLEF JSON, nginx), EHR integration (Mirth HL7 v2 SIU/ADT/ORU, FHIR via a Node bridge),
biometric screening kiosks, health-coaching vendor webhooks, incentive/rewards feeds to employers
(aggregated vs individual), clinic pharmacy dispensing, Okta System Log and SCIM provisioning,
Datadog agent logs, Snowflake/dbt loads, Jira Service Management webhooks and clinicians' notes.

Writes mq.log (500 lines) and mq.labels.jsonl next to this script. Standard library only,
deterministic (fixed seed).

Labeling decisions:
- Members/patients (employees, spouses, dependents, retirees) and their relatives, guarantors,
  emergency contacts are labeled. Clinicians, coaches, pharmacists, service-desk agents,
  employer HR/benefits contacts, vendors, facilities and clinics are never labeled (names,
  emails, phones, NPIs, usernames, office IPs).
- Names: every written form of a person's name is labeled "name"; HL7/X12 components
  (family^given^middle) and fixed-width fields are labeled one span per component; a name
  inside a file name or free text is labeled too. Lone salutation words are not included.
- Addresses: street line, unit, city and county are separate "address" spans; the state is never
  labeled; ZIP / ZIP+4 / 9-digit ZIP is "zip". Geolocation lat/lon of a member (Okta
  geographicalContext) is "address" (one span per number). City/ZIP in Okta geo context of a
  member event is labeled; of a staff event it is not.
- Dates labeled "date": birth dates, appointment/slot start times of a patient, service,
  screening, admission, visit, injury, coverage effective/termination and hire dates on a
  person's record, rewards activity dates, program start dates; the whole written value (a
  full ISO datetime or HL7 TS is one span). Not labeled: log/record timestamps, message
  creation times (MSH-7, EVN-2, ISA/GS/BGN), file/batch dates in file names, note signing
  times, slot-search dates not tied to a person, plan years / quarters, licence expiry years.
- Ages are labeled only when over 89 (the number only), whoever's they are in the record (the
  patient or a relative named in a note). Ages 89 and under are left as text.
- A relative's first name alone (free text "my son Farhan", Spanish "su esposa ...") is a name.
- Values inside URLs/query strings (lastName=, dob=, MRN path segments, SCIM filter) are labeled
  with their own category, without the URL-encoding around them.
- mrn: Vantage EHR MRNs (VW########), wherever they appear (PID-3, FHIR identifier, URLs). health_plan: employer-plan
  member/subscriber IDs (incl. X12 REF*0F and IN1-49), Medicare MBIs. Group/plan codes are not.
- account: patient account numbers (PID-18), HSA account numbers, payment card numbers.
  The public sandbox card 4111111111111111 in a gateway self-test is not labeled.
- ssn: full SSNs in any punctuation; masked forms that keep the last four ("XXX-XX-3021") are
  labeled as a whole. The well-known specimen SSN in a
  scrubber self-test line is a public test value and is not labeled.
- other_id: employee IDs/employeeNumber, kiosk participant IDs, coaching member_ref, rewards
  participant IDs, Rx numbers, encounter/visit numbers (PV1-19, note "enc="), workers' comp claim
  numbers, CURP, FHIR Patient logical ids, Okta user ids and SCIM user ids of members, member
  portal usernames. Not labeled: appointment IDs, HL7 message control IDs, order/PO numbers,
  Jira keys, trace/span/request IDs, UUIDs of events, session IDs, kiosk serials, NDCs, lots.
- email/phone/fax/ip belong to a member -> labeled (a member's work email too). Public client IPs
  in member-facing booking/portal logs (nginx, browser logs, member Okta events) are members'
  IPs and are labeled; private IPs, load balancers, crawlers, employer/TPA SFTP servers, vendor
  webhooks and clinic office egress IPs are not.
- device: identifiers of a patient's own devices (home BP cuff MAC/serial, CGM transmitter,
  phone IMEI, insulin pump serial). Clinic kiosks, cuffs, printers, cabinets are not labeled.
- license: a patient's (or pickup agent's) driver's licence / CDL numbers (state prefix not
  included). vehicle: a patient's plate (state code not included) or VIN. url: personal URLs of a member (social/activity profiles,
  personal fundraiser, food diary); our own app/API URLs are not "url" (identifiers inside them
  are labeled with their own category).
- biometric: fingerprint minutiae templates and face templates of a member. photo: base64 face
  image payload (the base64 text only, not the "data:image/jpeg;base64," prefix).
- Biometric screening measurements (height, weight, BP, A1c), diagnoses, drugs are health
  information, not identifiers, and are not labeled.
"""
import base64
import json
import os
import random
import re
import unicodedata
import uuid
from datetime import datetime, timedelta, date, timezone

SEED = 21_0603
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "mq"
TOTAL = 500
NOISE_TARGET = 0.55

# ----------------------------------------------------------------------------- pieces
class P:
    """A labeled value."""
    __slots__ = ("v", "c")

    def __init__(self, v, c):
        self.v = str(v)
        self.c = c


class N(P):
    """A labeled value written raw (unquoted) inside JSON (numbers)."""


class S(list):
    """A JSON string made of several pieces."""


class Fam:
    """A generated line that belongs to another family than its generator's."""

    def __init__(self, name, pieces):
        self.name = name
        self.pieces = pieces


def flat(x):
    if isinstance(x, P) or isinstance(x, str):
        yield x
    elif isinstance(x, (list, tuple)):
        for y in x:
            yield from flat(y)
    elif x is None:
        return
    else:
        yield str(x)


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def esc_pieces(pieces, f=jesc):
    out = []
    for x in flat(pieces):
        if isinstance(x, P):
            assert f(x.v) == x.v, ("escaping would alter labeled value", x.v)
            out.append(x)
        else:
            out.append(f(x))
    return out


def J(o, sep=(",", ":")):
    out = []
    if isinstance(o, N):
        out.append(o)
    elif isinstance(o, P):
        out += ['"'] + esc_pieces([o]) + ['"']
    elif isinstance(o, S):
        out += ['"'] + esc_pieces(list(o)) + ['"']
    elif isinstance(o, dict):
        out.append("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                out.append(sep[0])
            out.append(json.dumps(k, ensure_ascii=False) + sep[1])
            out += J(v, sep)
        out.append("}")
    elif isinstance(o, list):
        out.append("[")
        for i, v in enumerate(o):
            if i:
                out.append(sep[0])
            out += J(v, sep)
        out.append("]")
    else:
        out.append(json.dumps(o, ensure_ascii=False))
    return out


TPL_RE = re.compile(r"«(\w+)»")


def T(tpl, **kw):
    out = []
    pos = 0
    for m in TPL_RE.finditer(tpl):
        out.append(tpl[pos:m.start()])
        v = kw[m.group(1)]
        out.append(v if isinstance(v, (P, list, tuple)) else str(v))
        pos = m.end()
    out.append(tpl[pos:])
    return out


# ----------------------------------------------------------------------------- helpers
def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def fold(s):
    s = s.translate(str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d"}))
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def luhn_complete(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
       "octubre", "noviembre", "diciembre"]


def fd(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "us_nopad":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "dmon":
        return f"{d.day:02d}-{MON[d.month - 1].upper()}-{d.year}"
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "eu":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dash_us":
        return f"{d.month:02d}-{d.day:02d}-{d.year}"
    if style == "dmy":
        return f"{d.day} {MON[d.month - 1]} {d.year}"
    if style == "es":
        return f"{d.day} de {MES[d.month - 1]} de {d.year}"
    if style == "md":
        return f"{d.month}/{d.day}"
    raise ValueError(style)


def fphone(ph, style):
    a, e, n = ph[:3], ph[3:6], ph[6:]
    return {
        "paren": f"({a}) {e}-{n}",
        "dash": f"{a}-{e}-{n}",
        "dot": f"{a}.{e}.{n}",
        "raw": ph,
        "e164": f"+1{ph}",
        "sp": f"+1 {a} {e} {n}",
        "one": f"1-{a}-{e}-{n}",
        "paren_nosp": f"({a}){e}-{n}",
    }[style]


# ----------------------------------------------------------------------------- clock
CDT = timezone(timedelta(hours=-5))
CLK = [datetime(2024, 6, 3, 6, 52, 7, 118000, tzinfo=timezone.utc)]
TODAY = date(2024, 6, 3)


def adv(lo=1, hi=58):
    CLK[0] += timedelta(seconds=R.randint(lo, hi), microseconds=R.randint(0, 999999))
    return CLK[0]


def now():
    return CLK[0]


def loc():
    return now().astimezone(CDT)


def ms(t):
    return f"{t.microsecond // 1000:03d}"


def ts_iso7():
    t = now()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}{R.randint(0, 9)}Z"


def ts_isoz():
    t = now()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "Z"


def ts_py():
    t = loc()
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)


def ts_java():
    t = loc()
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t)


def ts_sys():
    t = loc()
    return f"{MON[t.month - 1]} {t.day:2d} {t.strftime('%H:%M:%S')}"


def ts_dd():
    return now().strftime("%Y-%m-%d %H:%M:%S UTC")


def ts_nginx():
    t = loc()
    return f"{t.day:02d}/{MON[t.month - 1]}/{t.year}:{t.strftime('%H:%M:%S')} -0500"


def ts_off():
    t = loc()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "-05:00"


def epoch_ms():
    return int(now().timestamp() * 1000)


# ----------------------------------------------------------------------------- world
EMPLOYERS = [
    dict(code="NWL", name="Northwind Logistics", domain="northwindlogistics.com",
         cities=[("Memphis", "TN", "Shelby", ["38111", "38116", "38118", "38125", "38141"], ["901"]),
                 ("Germantown", "TN", "Shelby", ["38138", "38139"], ["901"]),
                 ("Olive Branch", "MS", "DeSoto", ["38654"], ["662"]),
                 ("Southaven", "MS", "DeSoto", ["38671", "38672"], ["662"])],
         clinic="NWL-MEM-01", tz="CDT"),
    dict(code="CSC", name="Cascadia Semiconductor", domain="cascadiasemi.com",
         cities=[("Hillsboro", "OR", "Washington", ["97123", "97124"], ["503", "971"]),
                 ("Beaverton", "OR", "Washington", ["97005", "97006", "97007"], ["503"]),
                 ("Forest Grove", "OR", "Washington", ["97116"], ["503"])],
         clinic="CSC-HIL-02", tz="PDT"),
    dict(code="GPF", name="Great Plains Foods", domain="greatplainsfoods.com",
         cities=[("Omaha", "NE", "Douglas", ["68104", "68106", "68114", "68124", "68137"], ["402", "531"]),
                 ("Council Bluffs", "IA", "Pottawattamie", ["51501", "51503"], ["712"])],
         clinic="GPF-OMA-01", tz="CDT"),
    dict(code="HPB", name="Harbor Point Bancorp", domain="harborpointbank.com",
         cities=[("Charlotte", "NC", "Mecklenburg", ["28205", "28209", "28210", "28277"], ["704", "980"]),
                 ("Matthews", "NC", "Mecklenburg", ["28105"], ["704"])],
         clinic="HPB-CLT-01", tz="EDT"),
    dict(code="MAS", name="Meridian Aerospace Systems", domain="meridianaero.com",
         cities=[("Wichita", "KS", "Sedgwick", ["67207", "67211", "67212", "67226"], ["316"]),
                 ("Derby", "KS", "Sedgwick", ["67037"], ["316"])],
         clinic="MAS-ICT-01", tz="CDT"),
]
EMP = {e["code"]: e for e in EMPLOYERS}

FIRST_F = ["María", "Aaliyah", "Priya", "Siobhán", "Fatima", "Hannah", "Ingrid", "Esperanza",
           "Yuki", "Leilani", "Zoë", "Mei-Ling", "Svetlana", "Lucía", "Ayesha", "Elif", "Nadia",
           "Olga", "Imani", "Rosa", "Dagny", "Thanh", "Anh", "Keisha", "Brianna", "Margaret",
           "Oluwakemi", "Guadalupe", "Chloé", "Ana", "Jennifer", "Rukhsana", "Hye-jin", "Tamar",
           "Marisol", "Agnieszka", "Nkechi", "Dolores", "Emily", "Kalani"]
FIRST_M = ["José", "Wei", "Oluwaseun", "Dmitri", "Mohammed", "Kenji", "DeShawn", "Ramón",
           "Tomasz", "Keanu", "Chidi", "Björn", "Rahul", "Gabriel", "Jean-Luc", "Kwame", "Tyrone",
           "Mateo", "Hiroshi", "Connor", "Farhan", "Minh", "Rafael", "Bogdan", "Abdirahman",
           "Santiago", "Liam", "Dwayne", "Ahmad", "Nikolai", "Hamza", "Thomas", "Raúl", "Seamus",
           "Jae-won", "Tevita", "Earl", "Cody", "Arjun", "Kofi"]
LAST = ["García", "Okafor", "Nguyen", "Van der Berg", "O'Brien", "Smith-Jones", "Kowalski",
        "de la Cruz", "Rodríguez-Morales", "Patel", "Chen", "Haddad", "Johansson", "Yamamoto",
        "Adeyemi", "Fitzgerald", "Ivanova", "Kaur", "Al-Sayed", "Müller", "Dubois", "Rossi",
        "Kim", "Tran", "MacLeod", "St. Clair", "Papadopoulos", "Begay", "Kealoha", "Novak",
        "Haldorsen", "Osei", "Mendoza", "Brennan", "Friedman", "Ó Súilleabháin", "da Silva",
        "von Hagen", "Le", "Abernathy", "Washington", "Zielinski", "Castellanos", "Iyer",
        "Oyelaran", "Hernández", "Bui", "Mwangi", "Petrov", "Ramírez Ortega", "Lindqvist",
        "Tuilagi", "Yilmaz", "Cohen", "Delacroix", "Gutiérrez", "Sato", "Whitehorse", "Farouk",
        "Lopez", "Baptiste", "Sørensen", "Nakamura-Reyes", "McAllister", "Quispe"]
STREETS = ["Birchwood Ln", "Poplar Ave", "Summer Ave", "Goodlett Rd", "Maple Ridge Dr",
           "NW Cornell Rd", "SW Baseline St", "N 72nd St", "Dodge St", "Providence Rd",
           "E Harry St", "S Rock Rd", "Winchester Rd", "Hacks Cross Rd", "SE Tualatin Valley Hwy",
           "W Center Rd", "Sharon Amity Rd", "N Woodlawn Blvd", "Pine Hollow Ct", "Old Orchard Way",
           "Calle Rosales", "Kensington Pl", "Magnolia Cir", "Cedar Bluff Dr", "Elm Grove Rd",
           "Prairie View Ter", "Raintree Dr", "Lakeshore Pkwy", "Fox Run Trl", "Quail Hollow Rd"]
MAIL = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com",
        "protonmail.com", "comcast.net", "att.net", "cox.net"]

STAFF = [  # (display, username, email, role)
    ("Renata Ssempala, MD", "rssempala", "rssempala@vantagewh.com", "MD"),
    ("Karen Whitfield, NP", "kwhitfield", "kwhitfield@vantagewh.com", "NP"),
    ("Marcus Feld, PA-C", "mfeld", "mfeld@vantagewh.com", "PA"),
    ("Jo Ann Pruitt, PharmD", "jpruitt", "jpruitt@vantagewh.com", "RPh"),
    ("Dr. Anil Venkataraman", "avenkataraman", "avenkataraman@vantagewh.com", "MD"),
    ("Teresa Mbatha, RN", "tmbatha", "tmbatha@vantagewh.com", "RN"),
    ("Keisha Varnado", "kvarnado", "kvarnado@vantagewh.com", "Support"),
    ("Luis Echeverría, MA", "lecheverria", "lecheverria@vantagewh.com", "MA"),
    ("Greta Hollis, DO", "ghollis", "ghollis@vantagewh.com", "DO"),
]
PROVIDERS = [(2034, "Whitfield", "Karen", "NP"), (2011, "Ssempala", "Renata", "MD"),
             (2078, "Feld", "Marcus", "PA"), (2102, "Hollis", "Greta", "DO"),
             (2055, "Venkataraman", "Anil", "MD")]
HR_CONTACTS = ["Dana Kessler <benefits@northwindlogistics.com>", "hrisfeeds@cascadiasemi.com",
               "Paul Ostrowski, Benefits Mgr, (402) 555-0101", "wellness@harborpointbank.com",
               "total.rewards@meridianaero.com"]
UA_META = {"iPhone": ("iOS", "SAFARI", "Mobile"), "Windows": ("Windows 10", "CHROME", "Computer"), "Android": ("Android", "CHROME", "Mobile"),
           "Macintosh": ("Mac OS X", "SAFARI", "Computer")}
USER_AGENTS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.72 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.97",
]
KIOSKS = {"NWL": "KX300-00412", "CSC": "KX300-00377", "GPF": "KX300-00418", "HPB": "KX300-00451", "MAS": "KX300-00390"}


def public_ip():
    first = pick([73, 68, 24, 98, 174, 99, 107, 71, 76, 47, 172, 108, 162, 184])
    if first == 172:
        second = R.randint(58, 120)
    else:
        second = R.randint(1, 254)
    return f"{first}.{second}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def public_ip6():
    return f"2600:1700:{R.randint(0x1000, 0xffff):x}:{R.randint(0x10, 0xffff):x}::{R.randint(0x10, 0xfff):x}"


def mk_ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g = R.randint(1, 99)
        s = R.randint(1, 9999)
        v = f"{a:03d}-{g:02d}-{s:04d}"
        if v not in ("078-05-1120", "219-09-9999", "123-45-6789"):
            return v


def mk_mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN = A + "0123456789"
    s = (str(R.randint(1, 9)) + pick(A) + pick(AN) + str(R.randint(0, 9)) + pick(A) + pick(AN)
         + str(R.randint(0, 9)) + pick(A) + pick(A) + str(R.randint(0, 9)) + str(R.randint(0, 9)))
    return s


def mk_vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    tr = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
          "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5,
          "W": 6, "X": 7, "Y": 8, "Z": 9}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    v = list(pick(["1HG", "2HK", "5J6", "1FT", "3GN", "JTM", "KM8", "4T1"]) + "".join(R.choice(chars) for _ in range(14)))
    v[9] = pick("RSTP")  # model year 2024/2025/2026/2023
    total = sum(tr[c] * w[i] for i, c in enumerate(v))
    cd = total % 11
    v[8] = "X" if cd == 10 else str(cd)
    return "".join(v)


def mk_person(i):
    sex = pick("FM")
    first = pick(FIRST_F if sex == "F" else FIRST_M)
    last = pick(LAST)
    mi = pick("ABCDEFGHJKLMNPRSTW") if chance(0.7) else ""
    emp = pick(EMPLOYERS)
    r = R.random()
    if r < 0.06:
        age = R.randint(90, 101)
        rel = "RT"
    elif r < 0.16:
        age = R.randint(65, 88)
        rel = "RT"
    elif r < 0.26:
        age = R.randint(3, 22)
        rel = "CH"
    elif r < 0.40:
        age = R.randint(24, 63)
        rel = "SP"
    else:
        age = R.randint(19, 64)
        rel = "EE"
    by = TODAY.year - age
    dob = date(by, R.randint(1, 12), R.randint(1, 28))
    if (dob.month, dob.day) > (TODAY.month, TODAY.day):
        dob = date(dob.year - 1, dob.month, dob.day)
    city, st, county, zips, areas = pick(emp["cities"])
    ph = pick(areas) + pick(["555", str(R.randint(201, 989))]) + f"{R.randint(100, 9999):04d}"
    if ph[3:6] == "555":
        ph = ph[:6] + f"01{R.randint(0, 99):02d}"
    fa, la = fold(first).lower().replace(" ", ""), fold(last).lower().replace(" ", "").replace("'", "").replace(".", "")
    email = pick([f"{fa}.{la}", f"{fa[0]}{la}{dob.year % 100:02d}", f"{fa}{la[:4]}{R.randint(1, 99)}",
                  f"{la}.{fa}", f"{fa}_{la}{R.randint(70, 99)}"]) + "@" + pick(MAIL)
    p = dict(
        i=i, sex=sex, first=first, last=last, mi=mi, emp=emp, age=age, rel=rel, dob=dob,
        city=city, st=st, county=county, zip=pick(zips), zip4=f"{R.randint(1000, 9899):04d}",
        street=f"{R.randint(100, 19999)} {pick(STREETS)}",
        unit=pick(["", "", "", f"Apt {R.randint(1, 40)}{pick('ABCD')}", f"Unit {R.randint(100, 420)}", f"#{R.randint(2, 30)}"]),
        phone=ph, ph2=pick(areas) + str(R.randint(201, 989)) + f"{R.randint(0, 9999):04d}",
        email=email, work_email=f"{fa}.{la}@{emp['domain']}",
        ssn=mk_ssn(), mrn="VW00" + digits(6), emp_id=f"{R.randint(1000, 999999):07d}",
        member_id=emp["code"] + digits(7) + "-" + {"EE": "01", "SP": "02", "CH": f"0{R.randint(3, 6)}", "RT": "01"}[rel],
        mbi=mk_mbi() if age >= 65 else None,
        username=pick([f"{fa[0]}{la}{dob.year % 100:02d}", f"{fa}.{la}", f"{fa}{R.randint(1, 999)}"])[:20],
        okta_id="00u" + alnum(17, "abcdefghijkmnopqrstuvwxyz0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"),
        fhir_id="e" + alnum(15, "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789") + "3",
        scim_id=uid(), ip=public_ip() if chance(0.85) else public_ip6(),
        acct="PA" + digits(8), part_id=f"{emp['code']}-{R.randint(1, 99999):07d}",
        member_ref="CW-" + digits(7), reward_id="RW" + digits(9), enc="V" + digits(6),
    )
    return p


PEOPLE = [mk_person(i) for i in range(160)]


def person(ascii_safe=False, no_apos=False, adult=False, emp=None, old=False, maxage=120):
    while True:
        p = pick(PEOPLE)
        if no_apos and "'" in p["last"]:
            continue
        if adult and p["age"] < 18:
            continue
        if old and p["age"] < 90:
            continue
        if p["age"] > maxage:
            continue
        if emp and p["emp"]["code"] != emp:
            continue
        return p


def dependent_of(p, kind=None):
    """A relative sharing the address. kind: spouse | child | parent."""
    q = dict(p)
    q["kind"] = kind or pick(["spouse", "child"])
    if q["kind"] == "child" and p["dob"].year > 1998:
        q["kind"] = "spouse"
    q["sex"] = pick("FM")
    q["first"] = pick(FIRST_F if q["sex"] == "F" else FIRST_M)
    q["mi"] = pick("ABCDEFGHJKLMNPRSTW") if chance(0.5) else ""
    if chance(0.3):
        q["last"] = pick(LAST)
    if q["kind"] == "spouse":
        q["dob"] = date(min(2005, max(1940, p["dob"].year + R.randint(-6, 6))), R.randint(1, 12), R.randint(1, 28))
    elif q["kind"] == "child":
        q["dob"] = date(R.randint(max(2001, p["dob"].year + 20), 2020), R.randint(1, 12), R.randint(1, 28))
    else:
        q["dob"] = date(R.randint(1926, 1934), R.randint(1, 12), R.randint(1, 28))
    q["age"] = TODAY.year - q["dob"].year - ((TODAY.month, TODAY.day) < (q["dob"].month, q["dob"].day))
    q["phone"] = p["ph2"]
    q["ssn"] = mk_ssn()
    return q


def rel_word(q, lang="en"):
    if lang == "es":
        return {("spouse", "F"): "esposa", ("spouse", "M"): "esposo", ("child", "F"): "hija", ("child", "M"): "hijo"}[(q["kind"], q["sex"])]
    return {("spouse", "F"): "wife", ("spouse", "M"): "husband", ("child", "F"): "daughter", ("child", "M"): "son",
            ("parent", "F"): "mother", ("parent", "M"): "father"}[(q["kind"], q["sex"])]


CITY_GEO = {"Memphis": (35.08, -89.93), "Germantown": (35.09, -89.79), "Olive Branch": (34.96, -89.83), "Southaven": (34.97, -90.0),
            "Hillsboro": (45.53, -122.94), "Beaverton": (45.48, -122.8), "Forest Grove": (45.52, -123.11), "Omaha": (41.26, -96.02),
            "Council Bluffs": (41.25, -95.85), "Charlotte": (35.19, -80.82), "Matthews": (35.11, -80.72), "Wichita": (37.68, -97.3),
            "Derby": (37.55, -97.27)}


def appt_dt():
    d = TODAY + timedelta(days=R.randint(1, 30))
    if d.weekday() >= 5:
        d += timedelta(days=2)
    hh = R.randint(7, 16)
    mm = pick([0, 15, 30, 45])
    return datetime(d.year, d.month, d.day, hh, mm, tzinfo=CDT)


def past_date(lo=1, hi=60):
    return TODAY - timedelta(days=R.randint(lo, hi))


# name forms -----------------------------------------------------------------
def nm_full(p, upper=False, lower=False):
    f, l = p["first"], p["last"]
    if upper:
        f, l = f.upper(), l.upper()
    if lower:
        f, l = f.lower(), l.lower()
    return [P(f, "name"), " ", P(l, "name")]


def nm_one(p, style=None):
    """A name as ONE span in a chosen written form."""
    style = style or pick(["full", "lastfirst", "upper_lf", "initial", "lower", "lfm", "upper"])
    f, l, m = p["first"], p["last"], p["mi"]
    v = {
        "full": f"{f} {l}",
        "lastfirst": f"{l}, {f}",
        "upper_lf": f"{l.upper()}, {f.upper()}" + (f" {m}" if m else ""),
        "initial": f"{f[0]}. {l}",
        "lower": f"{f.lower()} {l.lower()}",
        "lfm": f"{l}, {f}" + (f" {m}." if m else ""),
        "upper": f"{f.upper()} {l.upper()}",
        "fml": f"{f} {m + '. ' if m else ''}{l}",
    }[style]
    return P(v, "name")


# ----------------------------------------------------------------------------- families
FAM = {}   # name -> {"N": [fn], "P": [fn]}
WEIGHT = {}


def fam(name, kind, w=1.0):
    def deco(fn):
        FAM.setdefault(name, {"N": [], "P": []})[kind].append((fn, w))
        return fn
    return deco


# ===== sftp (OpenSSH internal-sftp via syslog) ==============================
SFTP_ACCTS = [("nwl_elig", "203.0.113.45", "NWL"), ("csc_hrfeed", "198.51.100.77", "CSC"),
              ("gpf_benefits", "192.0.2.140", "GPF"), ("keystone_tpa", "198.51.100.23", "MAS"),
              ("hpb_wellness", "203.0.113.201", "HPB"), ("bluepeak_edi", "192.0.2.18", "GPF")]


def sftp_pre(proc="internal-sftp"):
    return f"{ts_sys()} sftp-prod-01 {proc}[{R.randint(20000, 65000)}]: "


def elig_file(code):
    d = loc().strftime("%Y%m%d")
    return pick([f"/inbound/{code.lower()}/{code}_ELIG_FULL_{d}.txt.pgp",
                 f"/inbound/{code.lower()}/{code}_ELIG_DELTA_{d}.csv",
                 f"/inbound/keystone/KBA_834_5010_{d}_{loc().strftime('%H%M')}.edi",
                 f"/outbound/{code.lower()}/{code}_REWARDS_AGG_2024Q2.csv.pgp"])


@fam("sftp_syslog", "N", 3)
def sftp_noise():
    a, ip, code = pick(SFTP_ACCTS)
    k = R.randint(0, 9)
    if k == 0:
        return sftp_pre("sshd") + f"Accepted publickey for {a} from {ip} port {R.randint(32768, 60999)} ssh2: ED25519 SHA256:{base64.b64encode(R.randbytes(32)).decode()[:43]}"
    if k == 1:
        return sftp_pre() + f"session opened for local user {a} from [{ip}]"
    if k == 2:
        return sftp_pre() + f'open "{elig_file(code)}" flags WRITE,CREATE,TRUNCATE mode 0640'
    if k == 3:
        return sftp_pre() + f'close "{elig_file(code)}" bytes read 0 written {R.randint(20000, 9000000)}'
    if k == 4:
        return sftp_pre() + f"session closed for local user {a} from [{ip}]"
    if k == 5:
        return sftp_pre("sshd") + f"Connection closed by invalid user {pick(['admin', 'oracle', 'ftpuser', 'test', 'ubuntu'])} {pick(['45.148.10.', '193.32.162.', '218.92.0.'])}{R.randint(2, 250)} port {R.randint(30000, 65000)} [preauth]"
    if k == 6:
        f = elig_file(code)
        d, b = f.rsplit("/", 1)
        return sftp_pre() + f'rename old "{d}/.in.{b}.part" new "{f}"'
    if k == 7:
        return sftp_pre("sshd") + "error: kex_exchange_identification: Connection closed by remote host"
    if k == 8:
        return sftp_pre() + f'opendir "/outbound/{code.lower()}"'
    return sftp_pre("sshd") + f"pam_unix(sshd:session): session closed for user {a}"


@fam("sftp_syslog", "P", 1)
def sftp_phi():
    p = person()
    a, ip, code = next(x for x in SFTP_ACCTS if x[2] == p["emp"]["code"]) if any(x[2] == p["emp"]["code"] for x in SFTP_ACCTS) else SFTP_ACCTS[0]
    k = R.randint(0, 2)
    if k == 0:
        path = ["/inbound/", code.lower(), "/manual/ADD_", P(fold(p["last"]).replace(" ", ""), "name"), "_",
                P(fold(p["first"]), "name"), "_DOB", P(fd(p["dob"], "hl7"), "date"), ".csv"]
        return [sftp_pre(), 'open "'] + path + ['" flags WRITE,CREATE,TRUNCATE mode 0640']
    if k == 1:
        path = ["/inbound/", code.lower(), "/adhoc/", P(p["first"], "name"), " ", P(p["last"], "name"),
                " - dependent add ", P(fd(past_date(1, 20), "dash_us"), "date"), ".xlsx"]
        return [sftp_pre(), 'close "'] + path + [f'" bytes read 0 written {R.randint(9000, 40000)}']
    path = ["/inbound/", code.lower(), "/corrections/TERM_", P(p["emp_id"], "other_id"), "_",
            P(fold(p["last"]).upper().replace(" ", ""), "name"), ".txt"]
    return [sftp_pre(), 'remove name "'] + path + ['"']


# ===== fixed-width eligibility (eligload, Python logging) =====================
def fw(v, width, cat=None, right=False):
    v = v[:width]
    if cat and v.strip():
        pad = " " * (width - len(v))
        return [pad, P(v, cat)] if right else [P(v, cat), pad]
    return v.rjust(width) if right else v.ljust(width)


def fw_record(p):
    e = p["emp"]
    eff = date(2024, 1, 1) if chance(0.6) else past_date(10, 120)
    term = past_date(0, 5) if chance(0.2) else None
    rel = {"EE": "EE", "SP": "SP", "CH": "CH", "RT": "RE"}[p["rel"]]
    last = fold(p["last"]).upper()
    first = fold(p["first"]).upper()
    addr = fold(p["street"] + (" " + p["unit"] if p["unit"] else "")).upper()
    out = ["D", e["code"], " ", fw(p["emp_id"], 10, "other_id"), rel,
           fw(last, 25, "name"), fw(first, 15, "name"), fw(p["mi"], 1, "name"),
           P(p["ssn"].replace("-", ""), "ssn"), P(fd(p["dob"], "hl7"), "date"), p["sex"],
           fw(addr, 30, "address"), fw(fold(p["city"]).upper(), 20, "address"), p["st"],
           P(p["zip"] + p["zip4"], "zip"), P(p["phone"], "phone"),
           P(fd(eff, "hl7"), "date"), P(fd(term, "hl7"), "date") if term else " " * 8,
           pick(["PPO500", "HDHP25", "EPO100"]), pick(["0100", "0210", "0450", "0990"])]
    return out


@fam("eligload_py", "N", 3)
def elig_noise():
    e = pick(EMPLOYERS)
    code = e["code"]
    fn = f"{code}_ELIG_FULL_{loc().strftime('%Y%m%d')}.txt"
    pre = f"{ts_py()} {{lvl}} [eligload.{{mod}}] "
    k = R.randint(0, 7)
    n = R.randint(1800, 52000)
    if k == 0:
        return pre.format(lvl="INFO", mod="run") + f"start file={fn} employer={code} layout={code}_FW_V3 size={R.randint(400000, 9000000)} sha256={hexs(64)}"
    if k == 1:
        return pre.format(lvl="INFO", mod="parser") + f"header ok type=H sender={code}0001 created={loc().strftime('%Y%m%d')} 0200 layout_ver=03 record_len=212"
    if k == 2:
        return pre.format(lvl="INFO", mod="parser") + f"trailer ok expected={n} read={n} hash_total={R.randint(10**9, 10**10)}"
    if k == 3:
        return pre.format(lvl="INFO", mod="run") + f"done file={fn} read={n} adds={R.randint(10, 400)} changes={R.randint(100, 1500)} terms={R.randint(5, 150)} rejects={R.randint(0, 30)} dupes={R.randint(0, 4)} elapsed={R.uniform(5, 90):.2f}s"
    if k == 4:
        return pre.format(lvl="WARNING", mod="match") + f"{R.randint(2, 9)} records matched >1 existing person (threshold=0.92); queued for manual review queue=ELIG-MR batch={hexs(8)}"
    if k == 5:
        return pre.format(lvl="ERROR", mod="sftp") + "paramiko.ssh_exception.SSHException: Error reading SSH protocol banner[Errno 104] Connection reset by peer"
    if k == 6:
        return pre.format(lvl="INFO", mod="notify") + f"summary mailed to {pick(HR_CONTACTS)} cc=eligibility-ops@vantagewh.com"
    return pre.format(lvl="WARNING", mod="parser") + f"{fn}: trailer count mismatch expected={n} read={n - R.randint(1, 3)}; file held (policy=HOLD_ON_MISMATCH)"


@fam("eligload_py", "P", 3)
def elig_phi():
    p = person()
    code = p["emp"]["code"]
    fn = f"{code}_ELIG_FULL_{loc().strftime('%Y%m%d')}.txt"
    k = R.randint(0, 4)
    if k <= 1:
        reason = pick(['code=E104 reason="DOB after coverage effective date"', 'code=E211 reason="invalid relationship code for dependent age"',
                       'code=E087 reason="SSN already assigned to different person"', 'code=E150 reason="ZIP not valid for state"'])
        return [f"{ts_py()} WARNING [eligload.parser] {fn}:{R.randint(2, 50000)} reject {reason} raw='"] + fw_record(p) + ["'"]
    if k in (2, 3):
        return Fam("elig_fixedwidth", fw_record(p))  # raw line of the reject dump file
    q = person(emp=code)
    return [f"{ts_py()} WARNING [eligload.match] possible duplicate: incoming emp_id=", P(p["emp_id"], "other_id"),
            " ssn=", P("XXX-XX-" + p["ssn"][-4:], "ssn"), " name=", nm_one(p, "upper_lf"),
            " vs existing person_id=", str(R.randint(100000, 999999)), " name=", nm_one(q, "upper_lf"),
            " score=0.", str(R.randint(90, 97))]


# ===== CSV eligibility (CSC delta / Keystone TPA) ===============================
CSC_HDR = "employee_id,relationship_code,last_name,first_name,middle_init,ssn,birth_date,gender,address_line1,address_line2,city,state,zip,home_phone,personal_email,hire_date,coverage_tier,effective_date,termination_date,reject_reason"
KBA_HDR = '"MemberID","SubscriberID","Rel","LName","FName","DOB","Sex","Addr1","City","ST","Zip","Phone","GroupNo","PlanCd","EffDt","TermDt"'


def csv_field(v, cat=None):
    q = any(c in v for c in ',"')
    if q:
        assert '"' not in v
        return ['"', P(v, cat) if cat and v else v, '"']
    return P(v, cat) if cat and v else v


def csc_row(p):
    hire = date(R.randint(1995, 2023), R.randint(1, 12), R.randint(1, 28))
    row = [csv_field(p["emp_id"], "other_id"), {"EE": "E", "SP": "S", "CH": "C", "RT": "R"}[p["rel"]],
           csv_field(p["last"], "name"), csv_field(p["first"], "name"), csv_field(p["mi"], "name"),
           csv_field(p["ssn"], "ssn"), csv_field(fd(p["dob"], "us"), "date"), p["sex"],
           csv_field(p["street"], "address"), csv_field(p["unit"], "address"), csv_field(p["city"], "address"),
           p["st"], csv_field(p["zip"], "zip"), csv_field(fphone(p["phone"], "paren"), "phone"),
           csv_field(p["email"], "email"), csv_field(fd(hire, "us") if p["rel"] == "EE" else "", "date"),
           pick(["EE", "ES", "EC", "FAM"]), csv_field(fd(date(2024, R.randint(1, 6), 1), "us"), "date"), "",
           pick(["MISSING_SSN_DEP", "INVALID_ZIP", "DOB_FUTURE", "DUPLICATE_EMPLOYEE_ID", "TIER_MISMATCH", ""])]
    out = []
    for i, f in enumerate(row):
        if i:
            out.append(",")
        out.append(f)
    return out


def kba_row(p):
    sub = p["member_id"].rsplit("-", 1)[0] + "-01"
    vals = [(p["member_id"], "health_plan"), (sub, "health_plan"), ({"EE": "18", "SP": "01", "CH": "19", "RT": "18"}[p["rel"]], None),
            (fold(p["last"]).upper(), "name"), (fold(p["first"]).upper(), "name"), (fd(p["dob"], "us"), "date"), (p["sex"], None),
            ((p["street"] + (" " + p["unit"] if p["unit"] else "")).upper(), "address"), (p["city"].upper(), "address"), (p["st"], None),
            (p["zip"] + "-" + p["zip4"], "zip"), (fphone(p["phone"], "dash"), "phone"), ("MASGRP0042", None),
            (pick(["PPO-GOLD", "HDHP-HSA", "EPO-BASIC"]), None), (fd(date(2024, 1, 1), "us"), "date"), ("", None)]
    out = []
    for i, (v, c) in enumerate(vals):
        if i:
            out.append(",")
        out += ['"', P(v, c) if c and v else v, '"']
    return out


def blk_csv_csc():
    lines = [CSC_HDR]
    for _ in range(R.randint(3, 5)):
        lines.append(csc_row(person(emp="CSC")))
    return "elig_csv", lines


def blk_csv_kba():
    lines = [KBA_HDR]
    for _ in range(R.randint(2, 4)):
        lines.append(kba_row(person(emp="MAS")))
    return "elig_csv", lines


@fam("elig_csv", "P", 2)
def csv_single():
    return csc_row(person(emp="CSC")) if chance(0.5) else kba_row(person(emp="MAS"))


# ===== X12 834 (Keystone TPA) =================================================
def blk_834():
    p = person(adult=True, emp="MAS", maxage=64)
    lines = []
    ctl = R.randint(4000, 9999)
    d = loc().strftime("%y%m%d")
    hm = loc().strftime("%H%M")
    lines.append(f"ISA*00*          *00*          *ZZ*KEYSTONEBA     *ZZ*VANTAGEWH      *{d}*{hm}*^*00501*{ctl:09d}*0*P*:~")
    lines.append(f"GS*BE*KEYSTONEBA*VANTAGEWH*20{d}*{hm}*{ctl}*X*005010X220A1~")
    lines.append("ST*834*0001*005010X220A1~")
    lines.append(f"BGN*00*KBA20{d}A*20{d}*{hm}****4~")
    lines.append("N1*P5*Meridian Aerospace Systems*FI*480912345~")
    lines.append("N1*IN*Keystone Benefit Administrators*FI*237714902~")
    members = [p] + ([dependent_of(p)] if chance(0.5) else [])
    for j, m in enumerate(members):
        sub = j == 0
        rel = "18" if sub else {"spouse": "01", "child": "19"}[m["kind"]]
        lines.append(f"INS*{'Y' if sub else 'N'}*{rel}*{pick(['021', '001', '024'])}*{pick(['28', 'XN', 'AI'])}*A*{'E**FT' if sub else ''}~")
        lines.append(["REF*0F*", P(p["member_id"].replace("-", ""), "health_plan"), "~"])
        lines.append("REF*1L*MASGRP0042~")
        lines.append(["DTP*356*D8*", P(fd(date(2024, R.randint(1, 6), 1), "hl7"), "date"), "~"])
        ln = fold(m["last"]).upper()
        fn_ = fold(m["first"]).upper()
        if sub or chance(0.5):
            lines.append(["NM1*IL*1*", P(ln, "name"), "*", P(fn_, "name"), "*", P(m["mi"], "name") if m["mi"] else "", "***34*", P(m["ssn"].replace("-", ""), "ssn"), "~"])
        else:
            lines.append(["NM1*IL*1*", P(ln, "name"), "*", P(fn_, "name"), "~"])
        if sub:
            lines.append(["PER*IP**HP*", P(m["phone"], "phone"), "*EM*", P(m["email"], "email"), "~"])
            lines.append(["N3*", P(fold(m["street"]).upper(), "address")] + (["*", P(m["unit"].upper(), "address")] if m["unit"] else []) + ["~"])
            lines.append(["N4*", P(m["city"].upper(), "address"), "*", m["st"], "*", P(m["zip"] + m["zip4"], "zip"), "**CY*", P(m["county"].upper(), "address"), "~"])
        lines.append(["DMG*D8*", P(fd(m["dob"], "hl7"), "date"), "*", m["sex"], "*", pick(["M", "I", "S"]), "~"])
        lines.append(f"HD*021**HLT*{pick(['PPO-GOLD', 'HDHP-HSA'])}*{pick(['EMP', 'ESP', 'FAM'])}~")
        lines.append(["DTP*348*D8*", P(fd(date(2024, R.randint(1, 6), 1), "hl7"), "date"), "~"])
    n = len(lines) - 1
    lines.append(f"SE*{n}*0001~")
    lines.append(f"GE*1*{ctl}~")
    lines.append(f"IEA*1*{ctl:09d}~")
    return "x12_834", lines


@fam("edi_translator", "N", 1)
def edi_noise():
    ctl = R.randint(4000, 9999)
    k = R.randint(0, 2)
    if k == 0:
        return f"{ts_java()} INFO  edi.X12Inbound - interchange ISA13={ctl:09d} sender=KEYSTONEBA type=834 version=005010X220A1 txsets=1 segments={R.randint(2000, 90000)} status=ACCEPTED"
    if k == 1:
        return f"{ts_java()} INFO  edi.AckBuilder - 999 generated for GS06={ctl}: AK9*A*1*1*1~ sent to /outbound/keystone/999_{ctl}.edi"
    return f"{ts_java()} WARN  edi.X12Inbound - interchange ISA13={ctl:09d} duplicate control number; previously processed {R.randint(1, 12)} days ago; skipped"


@fam("edi_translator", "P", 1.5)
def edi_phi():
    p = person(adult=True, emp="MAS", maxage=64)
    ctl = R.randint(4000, 9999)
    seg = ["NM1*IL*1*", P(fold(p["last"]).upper(), "name"), "*", P(fold(p["first"]).upper(), "name"), "****34*", P(p["ssn"].replace("-", ""), "ssn"), "~N3*",
           P(fold(p["street"]).upper(), "address"), "~N4*", P(p["city"].upper(), "address"), "*", p["st"], "*", P(p["zip"], "zip"), "~DMG*D8*", P(fd(p["dob"], "hl7"), "date"), "*", p["sex"], "~"]
    err = pick([("IK3*DMG*14**8~IK4*2*1251*7*", "invalid date"), ("IK3*N4*13**8~IK4*3*116*7*", "ZIP not valid for state"), ("IK3*NM1*10**8~IK4*9*67*7*", "SSN fails validation")])
    return [f"{ts_java()} ERROR edi.X12Inbound - ISA13={ctl:09d} ST02=0001 999 reject {err[0]} ({err[1]}) context: "] + seg


# ===== Serilog CLEF (.NET 8 booking API) ======================================
API_HOSTS = ["vw-booking-api-7c9d8f6b4-xk2lp", "vw-booking-api-7c9d8f6b4-m8w4q", "vw-booking-api-7c9d8f6b4-t2zr9"]


def clef(lvl, mt, props, m=None, exc=None):
    o = {"@t": ts_iso7(), "@mt": mt}
    if m is not None:
        o = {"@t": o["@t"], "@m": m, "@i": hexs(8)}
    if lvl:
        o["@l"] = lvl
    if exc:
        o["@x"] = exc
    o.update(props)
    o.setdefault("SourceContext", "Vantage.Booking.Api")
    o["MachineName"] = pick(API_HOSTS)
    o["Application"] = "Vantage.Booking.Api"
    if chance(0.8):
        o["TraceId"] = hexs(32)
        o["SpanId"] = hexs(16)
    return J(o)


@fam("serilog_clef", "N", 4)
def serilog_noise():
    k = R.randint(0, 9)
    rid = f"0HN{alnum(10)}:{R.randint(1, 64):08X}"
    if k <= 2:
        path = pick(["/health/ready", "/health/live", f"/api/v1/clinics/{R.randint(10, 40)}/slots", "/api/v1/visit-types", "/api/v1/clinics"])
        q = f"?date={(TODAY + timedelta(days=R.randint(1, 14))).isoformat()}&visitType={pick(['ANNUAL', 'ACUTE', 'FOLLOWUP', 'BIOMETRIC'])}" if "slots" in path else ""
        el = R.uniform(0.4, 900)
        return clef(None, "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms",
                    {"@r": [f"{el:.4f}"], "RequestMethod": "GET", "RequestPath": path + q, "StatusCode": pick([200, 200, 200, 304, 503]),
                     "Elapsed": round(el, 4), "SourceContext": "Serilog.AspNetCore.RequestLoggingMiddleware", "RequestId": rid, "ConnectionId": rid.split(":")[0]})
    if k == 3:
        return clef(None, "Executed DbCommand ({elapsed}ms) [Parameters=[{parameters}], CommandType='{commandType}', CommandTimeout='{commandTimeout}']{newLine}{commandText}",
                    {"elapsed": str(R.randint(1, 80)), "parameters": "@__clinicId_0='?' (DbType = Int32), @__from_1='?' (DbType = DateTime2), @__to_2='?' (DbType = DateTime2)",
                     "commandType": "Text", "commandTimeout": 30, "newLine": "\r\n",
                     "commandText": "SELECT [s].[Id], [s].[ClinicId], [s].[ProviderId], [s].[StartUtc], [s].[EndUtc]\r\nFROM [sched].[Slots] AS [s]\r\nWHERE [s].[ClinicId] = @__clinicId_0 AND [s].[StartUtc] >= @__from_1 AND [s].[StartUtc] < @__to_2 AND [s].[HeldUntilUtc] IS NULL",
                     "EventId": {"Id": 20101, "Name": "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted"},
                     "SourceContext": "Microsoft.EntityFrameworkCore.Database.Command"})
    if k == 4:
        return clef(None, "Now listening on: {address}", {"address": "http://[::]:8080", "EventId": {"Id": 14, "Name": "ListeningOnAddress"}, "SourceContext": "Microsoft.Hosting.Lifetime"})
    if k == 5:
        return clef("Warning", "Execution attempt. Source: '{PipelineName}/{PipelineInstance}/{StrategyName}', Operation Key: '{OperationKey}', Result: '{Result}', Handled: '{Handled}', Attempt: '{Attempt}', Execution Time: {ExecutionTimeMs}ms",
                    {"PipelineName": "PraxisFhir-standard", "PipelineInstance": "", "StrategyName": "Standard-Retry", "OperationKey": None, "Result": pick([503, 429, "System.Net.Http.HttpRequestException"]),
                     "Handled": True, "Attempt": R.randint(0, 3), "ExecutionTimeMs": round(R.uniform(100, 3000), 4), "EventId": {"Id": 3, "Name": "ExecutionAttempt"}, "SourceContext": "Polly"})
    if k == 6:
        return clef(pick(["Warning", None]), "Health check {HealthCheckName} with status {HealthStatus} completed after {ElapsedMilliseconds}ms with message '{HealthCheckDescription}'",
                    {"HealthCheckName": pick(["praxis-fhir", "sqlserver", "redis", "twilio"]), "HealthStatus": pick(["Healthy", "Degraded"]), "ElapsedMilliseconds": round(R.uniform(2, 2500), 4),
                     "HealthCheckDescription": pick(["p95 latency above 2000ms", "ok", None]), "EventId": {"Id": 103, "Name": "HealthCheckEnd"},
                     "SourceContext": "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService"})
    if k == 7:
        return clef(None, "Slot hold {HoldId} expired; released {SlotCount} slots at clinic {ClinicCode}", {"HoldId": uid(), "SlotCount": R.randint(1, 3), "ClinicCode": pick(EMPLOYERS)["clinic"], "SourceContext": "Vantage.Booking.Scheduling.SlotHoldSweeper"})
    if k == 8:
        return clef(None, "Job {JobId} {JobType} completed: {Sent} sent, {Failed} failed, {Skipped} opted out",
                    {"JobId": str(R.randint(100000, 999999)), "JobType": "ReminderDispatchJob", "Sent": R.randint(50, 900), "Failed": R.randint(0, 9), "Skipped": R.randint(0, 40), "SourceContext": "Vantage.Booking.Jobs.ReminderDispatchJob"})
    return clef("Error", "Failed to publish {EventType} to {Topic}", {"EventType": "AppointmentBooked", "Topic": "vw.booking.events", "SourceContext": "Vantage.Booking.Messaging.EventPublisher"},
                exc="Azure.Messaging.ServiceBus.ServiceBusException: The operation did not complete within the allocated time 00:01:00 for object sender (ServiceTimeout)\r\n   at Azure.Messaging.ServiceBus.Amqp.AmqpSender.SendBatchInternalAsync(...)")


@fam("serilog_clef", "P", 5)
def serilog_phi():
    p = person(no_apos=True)
    k = R.randint(0, 8)
    apt = "APT" + digits(8)
    if k == 0:
        dt = appt_dt()
        return clef(None, "Appointment {AppointmentId} booked for patient {PatientMrn} with provider {ProviderId} at {SlotStart}",
                    {"AppointmentId": apt, "PatientMrn": P(p["mrn"], "mrn"), "ProviderId": pick(PROVIDERS)[0], "SlotStart": P(dt.isoformat(), "date"),
                     "ClinicCode": p["emp"]["clinic"], "SourceContext": "Vantage.Booking.Appointments.BookingService"})
    if k == 1:
        return clef("Warning", "Member lookup failed for {LastName}, {FirstName} (DOB {Dob}) at employer {EmployerCode}: {Reason}",
                    {"LastName": P(p["last"], "name"), "FirstName": P(p["first"], "name"), "Dob": P(fd(p["dob"], "iso"), "date"), "EmployerCode": p["emp"]["code"],
                     "Reason": pick(["NO_ACTIVE_ELIGIBILITY", "MULTIPLE_MATCHES", "TERMED_COVERAGE"]), "SourceContext": "Vantage.Booking.Eligibility.MemberLookup"})
    if k == 2:
        params = ["@p0='", P(p["last"], "name"), "' (Nullable = false) (Size = 100), @p1='", P(p["first"], "name"),
                  "' (Nullable = false) (Size = 100), @p2='", P(fd(p["dob"], "iso") + "T00:00:00.0000000", "date"),
                  "', @p3='", P(p["email"], "email"), "' (Size = 256), @p4='", P(fphone(p["phone"], "e164"), "phone"), "' (Size = 20), @p5='", p["emp"]["code"], "' (Size = 8)"]
        return clef(None, "Executed DbCommand ({elapsed}ms) [Parameters=[{parameters}], CommandType='{commandType}', CommandTimeout='{commandTimeout}']{newLine}{commandText}",
                    {"elapsed": str(R.randint(2, 40)), "parameters": S(params), "commandType": "Text", "commandTimeout": 30, "newLine": "\r\n",
                     "commandText": "SET IMPLICIT_TRANSACTIONS OFF;\r\nSET NOCOUNT ON;\r\nINSERT INTO [portal].[PendingRegistrations] ([LastName], [FirstName], [DateOfBirth], [Email], [MobilePhone], [EmployerCode])\r\nOUTPUT INSERTED.[Id]\r\nVALUES (@p0, @p1, @p2, @p3, @p4, @p5);",
                     "EventId": {"Id": 20101, "Name": "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted"}, "SourceContext": "Microsoft.EntityFrameworkCore.Database.Command"})
    if k == 3:
        return clef("Error", "Registration failed for request {RequestId}", {"RequestId": f"0HN{alnum(10)}:00000002", "SourceContext": "Vantage.Booking.Portal.RegistrationController"},
                    exc=S(["Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.\r\n ---> Microsoft.Data.SqlClient.SqlException (0x80131904): Violation of UNIQUE KEY constraint 'UX_PortalUsers_Email'. Cannot insert duplicate key in object 'portal.PortalUsers'. The duplicate key value is (",
                           P(p["email"], "email"), ").\r\nThe statement has been terminated.\r\n   at Microsoft.Data.SqlClient.SqlCommand.<>c.<ExecuteDbDataReaderAsync>b__211_0(Task`1 result)"]))
    if k == 4:
        qs = S(["?lastName=", P(p["last"].replace(" ", "%20"), "name"), "&dob=", P(fd(p["dob"], "iso"), "date"), "&employerCode=", p["emp"]["code"]])
        el = R.uniform(20, 600)
        return clef(None, "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms",
                    {"@r": [f"{el:.4f}"], "RequestMethod": "GET", "RequestPath": "/api/v1/members/lookup", "QueryString": qs, "StatusCode": pick([200, 404]), "Elapsed": round(el, 4),
                     "SourceContext": "Serilog.AspNetCore.RequestLoggingMiddleware", "RequestId": f"0HN{alnum(10)}:00000001"})
    if k == 5:
        ch = pick(["SMS", "Voice"])
        return clef(None, "Sent {Channel} reminder to {Destination} for appointment {AppointmentId} (MessageSid {MessageSid})",
                    {"Channel": ch, "Destination": P(fphone(p["phone"], "e164"), "phone"), "AppointmentId": apt, "MessageSid": "SM" + hexs(32), "SourceContext": "Vantage.Booking.Notifications.TwilioNotifier"})
    if k == 6:
        ip = p["ip"]
        return clef(None, "Member {MemberId} authenticated via {IdentityProvider}",
                    {"MemberId": P(p["member_id"], "health_plan"), "IdentityProvider": f"okta-{p['emp']['code'].lower()}", "ClientIp": P(ip, "ip"),
                     "UserAgent": pick(USER_AGENTS), "SourceContext": "Vantage.Booking.Auth.OidcEvents"})
    if k == 7:
        q = dependent_of(p)
        reason = S(["my " + rel_word(q) + " ", P(q["first"], "name"), " has surgery on ", P(fd(appt_dt().date(), "md"), "date"), ", need to reschedule"])
        return clef(None, "Appointment {AppointmentId} cancelled by {CancelledBy} reason {Reason}",
                    {"AppointmentId": apt, "CancelledBy": P(p["username"], "other_id"), "Reason": reason, "Channel": "portal", "SourceContext": "Vantage.Booking.Appointments.CancellationService"})
    dt = appt_dt()
    return clef("Warning", "Double booking prevented for patient {PatientMrn}: existing {ExistingAppointmentId} at {ExistingStart}",
                {"PatientMrn": P(p["mrn"], "mrn"), "ExistingAppointmentId": apt, "ExistingStart": P(dt.strftime("%m/%d/%Y %H:%M:%S"), "date"), "SourceContext": "Vantage.Booking.Appointments.BookingService"})


# ===== Serilog text (SCIM service) ============================================
def sl_text(lvl):
    t = loc()
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t) + f" -05:00 [{lvl}] "


@fam("serilog_text_scim", "N", 2)
def scim_noise():
    k = R.randint(0, 5)
    ten = f"okta-{pick(EMPLOYERS)['code'].lower()}"
    if k == 0:
        return sl_text("INF") + f"SCIM GET /scim/v2/ServiceProviderConfig tenant={ten} status=200 elapsed={R.randint(2, 30)}ms"
    if k == 1:
        return sl_text("WRN") + f"SCIM bearer token rejected for tenant={ten}: token expired at {(now() - timedelta(minutes=R.randint(1, 90))).strftime('%Y-%m-%dT%H:%M:%SZ')}"
    if k == 2:
        return sl_text("INF") + f"SCIM GET /scim/v2/Users?startIndex={R.randint(1, 40) * 100 + 1}&count=100 tenant={ten} status=200 elapsed={R.randint(30, 900)}ms totalResults={R.randint(800, 40000)}"
    if k == 3:
        return sl_text("INF") + f"SCIM GET /scim/v2/Groups tenant={ten} status=200 elapsed={R.randint(5, 90)}ms"
    if k == 4:
        return sl_text("ERR") + f"SCIM PATCH rejected tenant={ten} status=400 scimType=invalidSyntax detail=\"Unsupported path: urn:ietf:params:scim:schemas:extension:okta:1.0:User:costCenter\""
    return sl_text("INF") + f"Provisioning summary tenant={ten} created={R.randint(0, 40)} updated={R.randint(0, 300)} deactivated={R.randint(0, 20)} window=15m"


@fam("serilog_text_scim", "P", 3)
def scim_phi():
    p = person(adult=True)
    ten = f"okta-{p['emp']['code'].lower()}"
    k = R.randint(0, 3)
    if k == 0:
        return [sl_text("INF"), f"SCIM POST /scim/v2/Users tenant={ten} status=201 elapsed={R.randint(40, 300)}ms user=ScimUserRequest {{ UserName: \"",
                P(p["work_email"], "email"), "\", ExternalId: \"", P(p["okta_id"], "other_id"), "\", GivenName: \"", P(p["first"], "name"),
                "\", FamilyName: \"", P(p["last"], "name"), "\", EmployeeNumber: \"", P(p["emp_id"], "other_id"), "\", Active: True }"]
    if k == 1:
        return [sl_text("INF"), f"SCIM GET /scim/v2/Users?filter=userName%20eq%20%22", P(p["work_email"], "email"), f"%22 tenant={ten} status=200 totalResults=1"]
    if k == 2:
        return [sl_text("INF"), "SCIM PATCH /scim/v2/Users/", P(p["scim_id"], "other_id"), f" tenant={ten} status=204 ops=[replace active=false]"]
    body = J({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
              "userName": P(p["work_email"], "email"), "name": {"givenName": P(p["first"], "name"), "familyName": P(p["last"], "name")},
              "emails": [{"primary": True, "value": P(p["work_email"], "email"), "type": "work"}],
              "phoneNumbers": [{"type": "mobile", "value": P(fphone(p["phone"], "dash"), "phone")}],
              "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": P(p["emp_id"], "other_id"), "department": pick(["DC Ops", "Fab 3", "Treasury", "Line 2 Packaging", "Composites"])},
              "active": True}, (", ", ": "))
    return [sl_text("DBG"), f"SCIM request body tenant={ten}: "] + body


# ===== Okta System Log ========================================================
def okta_event(etype, display, actor, ip, geo, outcome="SUCCESS", target=None, legacy=None):
    ua = pick(USER_AGENTS)
    os_, br, dev = next(v for k, v in UA_META.items() if k in ua)
    if "Edg/" in ua:
        br = "EDGE"
    o = {"actor": actor,
         "client": {"userAgent": {"rawUserAgent": ua, "os": os_, "browser": br},
                    "zone": "null", "device": dev, "id": None, "ipAddress": ip, "geographicalContext": geo},
         "authenticationContext": {"authenticationProvider": None, "credentialProvider": None, "credentialType": None, "issuer": None, "interface": None, "authenticationStep": 0, "externalSessionId": "102" + alnum(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")},
         "displayMessage": display, "eventType": etype, "outcome": {"result": outcome, "reason": None if outcome == "SUCCESS" else "INVALID_CREDENTIALS"},
         "published": ts_isoz(), "securityContext": {"asNumber": R.randint(7000, 30000), "asOrg": pick(["comcast cable communications", "at&t corp.", "charter communications", "t-mobile usa"]), "isp": None, "domain": None, "isProxy": False},
         "severity": "INFO" if outcome == "SUCCESS" else "WARN", "legacyEventType": legacy, "transaction": {"type": "WEB", "id": alnum(27, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")},
         "uuid": uid(), "version": "0", "target": target or []}
    return J(o)


STAFF_GEO = [("Memphis", "Tennessee", "38103", 35.1495, -90.0490), ("Hillsboro", "Oregon", "97124", 45.5229, -122.9898), ("Omaha", "Nebraska", "68102", 41.2565, -95.9345)]


@fam("okta_systemlog", "N", 2)
def okta_noise():
    s = pick(STAFF)
    c, st, z, la, lo = pick(STAFF_GEO)
    geo = {"city": c, "state": st, "country": "United States", "postalCode": z, "geolocation": {"lat": la, "lon": lo}}
    actor = {"id": "00u" + alnum(17, "abcdefghijkmnopqrstuvwxyz0123456789"), "type": "User", "alternateId": s[2], "displayName": s[0].split(",")[0].replace("Dr. ", ""), "detailEntry": None}
    k = R.randint(0, 3)
    if k == 0:
        return okta_event("user.session.start", "User login to Okta", actor, f"208.{R.randint(64, 95)}.{R.randint(0, 255)}.{R.randint(1, 254)}", geo, legacy="core.user_auth.login_success")
    if k == 1:
        return okta_event("user.authentication.sso", "User single sign on to app", actor, f"208.{R.randint(64, 95)}.{R.randint(0, 255)}.{R.randint(1, 254)}", geo, legacy="app.auth.sso",
                          target=[{"id": "0oa" + alnum(17, "abcdefghijkmnopqrstuvwxyz0123456789"), "type": "AppInstance", "alternateId": pick(["Praxis EHR", "Jira Service Management", "Snowflake", "Datadog"]), "displayName": "SAML 2.0 App", "detailEntry": None}])
    if k == 2:
        return okta_event("system.org.rate_limit.warning", "Rate limit warning", {"id": "00o" + alnum(17, "abcdefghijkmnopqrstuvwxyz0123456789"), "type": "PublicClientApp", "alternateId": "SCIM Provisioning", "displayName": "okta-nwl SCIM", "detailEntry": None},
                          None, None, target=[{"id": "/api/v1/users", "type": "URL Pattern", "alternateId": "unknown", "displayName": "/api/v1/users", "detailEntry": None}])
    return okta_event("policy.evaluate_sign_on", "Evaluation of sign-on policy", actor, f"208.{R.randint(64, 95)}.{R.randint(0, 255)}.{R.randint(1, 254)}", geo,
                      outcome=pick(["ALLOW", "CHALLENGE"]), legacy=None)


@fam("okta_systemlog", "P", 3)
def okta_phi():
    p = person(adult=True)
    cla, clo = CITY_GEO[p["city"]]
    la = round(cla + R.uniform(-0.06, 0.06), 4)
    lo = round(clo + R.uniform(-0.06, 0.06), 4)
    geo = {"city": P(p["city"], "address"), "state": {"TN": "Tennessee", "MS": "Mississippi", "OR": "Oregon", "NE": "Nebraska", "IA": "Iowa", "NC": "North Carolina", "KS": "Kansas"}[p["st"]],
           "country": "United States", "postalCode": P(p["zip"], "zip"), "geolocation": {"lat": N(f"{la}", "address"), "lon": N(f"{lo}", "address")}}
    actor = {"id": P(p["okta_id"], "other_id"), "type": "User", "alternateId": P(p["work_email"], "email"), "displayName": P(f"{p['first']} {p['last']}", "name"), "detailEntry": None}
    et = pick([("user.authentication.sso", "User single sign on to app", "app.auth.sso", "SUCCESS"), ("user.session.start", "User login to Okta", "core.user_auth.login_success", "SUCCESS"),
               ("user.session.start", "User login to Okta", "core.user_auth.login_failed", "FAILURE"), ("user.account.lock", "Max sign in attempts exceeded", "core.user.account.locked", "FAILURE")])
    tgt = [{"id": "0oa" + alnum(17, "abcdefghijkmnopqrstuvwxyz0123456789"), "type": "AppInstance", "alternateId": "Vantage Member Portal", "displayName": "Vantage Member Portal (OIDC)", "detailEntry": None}]
    return okta_event(et[0], et[1], actor, P(p["ip"], "ip"), geo, outcome=et[3], legacy=et[2], target=tgt)


# ===== nginx access ===========================================================
def ngx(ip, req, status, size, ref, ua):
    return [ip, " - - [", ts_nginx(), '] "', req, f'" {status} {size} "{ref}" "{ua}" rt={R.uniform(0.001, 0.9):.3f} uct=0.000 urt={R.uniform(0.001, 0.9):.3f}']


@fam("nginx_access", "N", 3)
def nginx_noise():
    k = R.randint(0, 3)
    if k <= 1:
        return ngx(f"10.42.{R.randint(0, 7)}.{R.randint(2, 250)}", pick(["GET /healthz HTTP/1.1", "GET /api/health/ready HTTP/1.1"]), 200, pick([2, 17]), "-", "ELB-HealthChecker/2.0")
    if k == 2:
        return ngx(f"66.249.{R.randint(64, 79)}.{R.randint(1, 254)}", pick(["GET /robots.txt HTTP/1.1", "GET /sitemap.xml HTTP/1.1", "GET / HTTP/1.1"]), pick([200, 404]), R.randint(100, 9000), "-",
                   "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")
    return ngx(f"10.42.{R.randint(0, 7)}.{R.randint(2, 250)}", f"GET /api/v1/clinics/{R.randint(10, 40)}/slots?date={(TODAY + timedelta(days=R.randint(1, 20))).isoformat()} HTTP/1.1",
               200, R.randint(300, 9000), "-", "Datadog/Synthetics")


@fam("nginx_access", "P", 2)
def nginx_phi():
    p = person()
    ua = pick(USER_AGENTS)
    k = R.randint(0, 3)
    if k == 0:
        return ngx(P(p["ip"], "ip"), ["GET /api/v1/patients/", P(p["mrn"], "mrn"), "/appointments?status=upcoming HTTP/2.0"], 200, R.randint(300, 4000), "https://book.vantagewh.com/my-visits", ua)
    if k == 1:
        return ngx(P(p["ip"], "ip"), f"GET /main.{hexs(16)}.js HTTP/2.0", 200, R.randint(200000, 900000), "https://book.vantagewh.com/", ua)
    if k == 2:
        return ngx(P(p["ip"], "ip"), ["GET /api/v1/members/lookup?lastName=", P(p["last"].replace(" ", "%20").replace("'", "%27"), "name"), "&dob=", P(fd(p["dob"], "iso"), "date"), " HTTP/2.0"], pick([200, 404]), R.randint(80, 900), "https://book.vantagewh.com/register", ua)
    return ngx(P(p["ip"], "ip"), "POST /api/v1/appointments HTTP/2.0", pick([201, 409]), R.randint(200, 900), "https://book.vantagewh.com/book/confirm", ua)


# ===== Angular (ngx-logger) ====================================================
def ngxl(lvl, src):
    return f"{ts_isoz()} {lvl} [{src}] "


@fam("angular_ngxlogger", "N", 2)
def ng_noise():
    k = R.randint(0, 5)
    if k == 0:
        return ngxl("ERROR", f"http-error.interceptor.ts:{R.randint(30, 45)}") + f"Http failure response for https://api.vantagewh.com/api/v1/clinics/{R.randint(10, 40)}/slots?date={(TODAY + timedelta(days=R.randint(1, 9))).isoformat()}: 503 Service Unavailable"
    if k == 1:
        return ngxl("WARN", "slot-picker.component.ts:118") + f"No slots returned for clinic={pick(EMPLOYERS)['clinic']} visitType={pick(['ACUTE', 'ANNUAL', 'BIOMETRIC'])} range=7d"
    if k == 2:
        return ngxl("ERROR", f"main.{hexs(16)}.js:1:{R.randint(10000, 600000)}") + "Error: NG0100: ExpressionChangedAfterItHasBeenCheckedError: Expression has changed after it was checked. Previous value: 'false'. Current value: 'true'."
    if k == 3:
        return ngxl("INFO", "app.component.ts:55") + f"build=2024.6.{R.randint(1, 4)}+sha.{hexs(7)} env=production locale={pick(['en-US', 'es-US'])} tz={pick(['America/Chicago', 'America/Los_Angeles', 'America/New_York'])}"
    if k == 4:
        return ngxl("ERROR", "global-error-handler.ts:21") + f"ChunkLoadError: Loading chunk {R.randint(100, 999)} failed. (error: https://book.vantagewh.com/{R.randint(100, 999)}.{hexs(16)}.js)"
    return ngxl("DEBUG", "auth.service.ts:88") + f"token refresh scheduled in {R.randint(200, 3500)}s (exp={int(now().timestamp()) + 3600})"


@fam("angular_ngxlogger", "P", 2)
def ng_phi():
    p = person(no_apos=True)
    k = R.randint(0, 2)
    if k == 0:
        form = J({"firstName": P(p["first"], "name"), "lastName": P(p["last"], "name"), "dateOfBirth": P(fd(p["dob"], "iso"), "date"), "email": P(p["email"], "email"),
                  "mobile": P(fphone(p["phone"], "paren"), "phone"), "visitType": "ACUTE", "reason": pick(["rash on left forearm x3 days", "sore throat and fever", "BP recheck", "knee pain after shift", "tos y fiebre desde el sábado"])})
        return [ngxl("DEBUG", "booking-form.component.ts:212"), "form value "] + form
    if k == 1:
        return [ngxl("ERROR", "http-error.interceptor.ts:37"), "Http failure response for https://api.vantagewh.com/api/v1/patients/", P(p["mrn"], "mrn"), "/appointments?includePast=true: 403 Forbidden"]
    return [ngxl("WARN", "eligibility.service.ts:64"), "eligibility mismatch memberId=", P(p["member_id"], "health_plan"), " dobEntered=", P(fd(p["dob"], "us"), "date"), " onFile=**/**/****"]


# ===== Datadog browser logs (JSON) =============================================
@fam("datadog_browser_logs", "N", 1)
def ddb_noise():
    o = {"date": epoch_ms(), "service": "vw-booking-web", "status": pick(["error", "warn"]), "origin": "console",
         "message": pick(["Failed to load resource: the server responded with a status of 504 ()", "[Violation] 'setTimeout' handler took 212ms", "Zone.js has detected that ZoneAwarePromise `(window|global).Promise` has been overwritten."]),
         "view": {"url": "https://book.vantagewh.com/" + pick(["", "book/slots", "my-visits"]), "referrer": ""}, "session_id": uid(), "network": {"client": {"ip": f"10.42.{R.randint(0, 7)}.{R.randint(2, 250)}"}}}
    return J(o)


@fam("datadog_browser_logs", "P", 2)
def ddb_phi():
    p = person()
    o = {"date": epoch_ms(), "service": "vw-booking-web", "status": "error", "origin": "network",
         "message": S(["XHR error POST https://api.vantagewh.com/api/v1/appointments?mrn=", P(p["mrn"], "mrn")]),
         "http": {"method": "POST", "status_code": pick([409, 500, 0])},
         "view": {"url": "https://book.vantagewh.com/book/confirm", "referrer": "https://book.vantagewh.com/book/slots"},
         "usr": {"id": P(p["member_id"], "health_plan"), "email": P(p["email"], "email")},
         "session_id": uid(), "network": {"client": {"ip": P(p["ip"], "ip")}}}
    return J(o)


# ===== HL7 v2 via Mirth Connect ===============================================
def mirth_pre(lvl, thread, cat):
    return f"{lvl:<5} {ts_java()} [{thread}] {cat}: "


def hl7_ts(dt):
    return dt.strftime("%Y%m%d%H%M")


def xpn(p, upper=True):
    l, f = (fold(p["last"]).upper(), fold(p["first"]).upper()) if upper else (p["last"], p["first"])
    out = [P(l, "name"), "^", P(f, "name")]
    if p["mi"]:
        out += ["^", P(p["mi"], "name")]
    return out


def xad(p):
    out = [P(p["street"], "address"), "^"]
    if p["unit"]:
        out.append(P(p["unit"], "address"))
    out += ["^", P(p["city"], "address"), "^", p["st"], "^", P(p["zip"], "zip"), "^USA^H^^", P(p["county"], "address")]
    return out


def xtn(ph, use="PRN"):
    return [f"^{use}^PH^^1^", P(ph[:3], "phone"), "^", P(ph[3:], "phone")] if chance(0.4) else [P(fphone(ph, "paren"), "phone"), f"^{use}^PH"]


def pid_seg(p, upper=True):
    seg = ["PID|1||", P(p["mrn"], "mrn"), "^^^VW^MR~", P(p["member_id"], "health_plan"), f"^^^{p['emp']['code']}^MB||"] + xpn(p, upper)
    seg += ["||", P(fd(p["dob"], "hl7"), "date"), f"|{p['sex']}|||"] + xad(p) + ["||"] + xtn(p["phone"])
    if chance(0.6):
        seg += ["~^NET^Internet^", P(p["email"], "email")]
    if chance(0.2):
        seg += ["~", P(fphone(p["ph2"], "paren"), "fax"), "^PRN^FX"]
    seg += [f"||{pick(['EN', 'SPA', 'VIE', 'POL'])}|{pick(['M', 'S', 'D', 'W'])}||", P(p["acct"], "account"), "|"]
    if chance(0.7):
        seg.append(P(p["ssn"] if chance(0.5) else p["ssn"].replace("-", ""), "ssn"))
    return seg


def msh(typ, ctl, snd="VWBOOK", rcv="PRAXIS"):
    return f"MSH|^~\\&|{snd}|VANTAGE|{rcv}|VW_CLINICS|{loc().strftime('%Y%m%d%H%M%S')}||{typ}|{ctl}|P|2.5.1"


def blk_siu():
    p = person()
    ctl = "MSG" + digits(8)
    dt = appt_dt()
    prov = pick(PROVIDERS)
    apt = "APT" + digits(8)
    typ = pick([("SIU^S12^SIU_S12", "S12"), ("SIU^S14^SIU_S12", "S14"), ("SIU^S15^SIU_S12", "S15")])
    lines = [mirth_pre("INFO", "EHR_SIU_OUT Dispatcher Thread 1", "js-connector") + f"sending {typ[0]} ctl={ctl} to praxis-int-lb.vantagewh.internal:6661"]
    lines.append(msh(typ[0], ctl))
    lines.append(["SCH|", apt, "^VWBOOK|", str(R.randint(80000, 99999)), "^PRAXIS||||", pick(["ANNUAL^Annual preventive visit^L", "ACUTE^Acute visit^L", "FU^Follow-up^L"]),
                  "|ROUTINE|30|min|^^30^", P(hl7_ts(dt), "date"), "^", P(hl7_ts(dt + timedelta(minutes=30)), "date"), f"|||||{prov[0]}^{prov[1]}^{prov[2]}^^^{prov[3]}|^WPN^PH^^1^901^5550100|||||Booked"])
    lines.append(pid_seg(p, chance(0.6)))
    lines.append(["PV1|1|O|", p["emp"]["clinic"], f"^EXAM{R.randint(1, 6)}^^VANTAGE||||{prov[0]}^{prov[1]}^{prov[2]}^^^^^^^^^^{prov[3]}||||||||||||", P(p["enc"], "other_id"), "|||||||||||||||||||||||||", P(hl7_ts(dt), "date")])
    lines.append("RGS|1|A")
    lines.append(["AIS|1|A|", pick(["99396^Preventive visit 40-64^CPT", "99213^Office visit est^CPT", "99395^Preventive visit 18-39^CPT"]), "|", P(hl7_ts(dt), "date"), "|||30|min"])
    lines.append(f"AIG|1|A|{prov[0]}^{prov[2]} {prov[1]}^^{prov[3]}|{prov[3]}")
    lines.append(f"AIL|1|A|{p['emp']['clinic']}^EXAM{R.randint(1, 6)}^^VANTAGE")
    if chance(0.5):
        q = dependent_of(p)
        nk = {"spouse": "SPO^Spouse", "child": {"F": "DAU^Daughter", "M": "SON^Son"}[q["sex"]]}[q["kind"]]
        lines.append(["NK1|1|"] + xpn(q) + [f"|{nk}^HL70063|"] + xad(p) + ["|"] + xtn(q["phone"]) + ["||EC^Emergency Contact"])
    return "hl7v2", lines


def blk_adt():
    p = person()
    ctl = "ADT" + digits(8)
    ev = pick(["A04", "A08", "A31"])
    prov = pick(PROVIDERS)
    vis = datetime.combine(past_date(0, 3), datetime.min.time()).replace(hour=R.randint(7, 16), minute=R.randint(0, 59))
    lines = [mirth_pre("INFO", "EHR_ADT_IN TCP Listener Thread 3", "transformer") + f"ADT^{ev} received from PRAXIS ctl={ctl} bytes={R.randint(900, 3200)}"]
    lines.append(msh(f"ADT^{ev}^ADT_A01", ctl, "PRAXIS", "VWHUB"))
    lines.append(f"EVN|{ev}|{loc().strftime('%Y%m%d%H%M%S')}|||{pick(STAFF)[1].upper()}")
    lines.append(pid_seg(p, chance(0.5)))
    lines.append(f"PD1|||{p['emp']['clinic']}^^{R.randint(100, 999)}|{prov[0]}^{prov[1]}^{prov[2]}^^^{prov[3]}")
    lines.append(["PV1|1|O|", p["emp"]["clinic"], f"^^^VANTAGE|||||{prov[0]}^{prov[1]}^{prov[2]}|||||||||||", P(p["enc"], "other_id"), "|||||||||||||||||||||||||", P(vis.strftime("%Y%m%d%H%M%S"), "date")])
    if chance(0.6):
        lines.append(f"AL1|1|DA|{pick(['70618^Penicillin^RXNORM', '2670^Codeine^RXNORM', '1191^Aspirin^RXNORM'])}|{pick(['MO', 'SV', 'MI'])}|{pick(['Hives', 'Rash', 'Anaphylaxis'])}")
    lines.append(f"DG1|1||{pick(['E11.9^Type 2 diabetes mellitus without complications', 'I10^Essential (primary) hypertension', 'M54.50^Low back pain, unspecified', 'J06.9^Acute upper respiratory infection'])}^I10||{R.choice(['', ''])}|W")
    if p["age"] < 18 or chance(0.4):
        g = dependent_of(p)
        g["dob"] = date(R.randint(1960, 1995), R.randint(1, 12), R.randint(1, 28))
        lines.append(["GT1|1||"] + xpn(g) + ["||"] + xad(p) + ["|"] + xtn(g["phone"]) + ["||", P(fd(g["dob"], "hl7"), "date"), "||", pick(["SPO", "PAR"]), "|", P(mk_ssn(), "ssn")])
    if p["mbi"] and chance(0.7):
        lines.append(["IN1|1|MCR^Medicare Part B|CMS|Centers for Medicare & Medicaid Services|7500 Security Blvd^^Baltimore^MD^21244||||||||||"] + xpn(p) + ["|01|", P(fd(p["dob"], "hl7"), "date"), "|||||||||||||||||||||||||||||", P(p["mbi"], "health_plan")])
    else:
        lines.append([f"IN1|1|{p['emp']['code']}-PPO^{p['emp']['name']} PPO|{p['emp']['code']}GRP01|{p['emp']['name']} Health Plan|||||||||||"] + xpn(p) + ["|01|", P(fd(p["dob"], "hl7"), "date"), "|||||||||||||||||||||||||||||", P(p["member_id"], "health_plan")])
    return "hl7v2", lines


def blk_oru():
    p = person()
    ctl = "KSK" + digits(8)
    code = p["emp"]["code"]
    when = datetime.combine(past_date(0, 2), datetime.min.time()).replace(hour=R.randint(6, 15), minute=R.randint(0, 59))
    lines = [mirth_pre("INFO", "KIOSK_ORU_OUT Source Reader", "transformer") + f"built ORU^R01 from kiosk {KIOSKS[code]} session={uid()} ctl={ctl}"]
    lines.append(msh("ORU^R01^ORU_R01", ctl, "VWKIOSK", "PRAXIS"))
    lines.append(pid_seg(p, chance(0.5)))
    lines.append(["OBR|1|", "BS" + digits(7), "^VWKIOSK||BIOSCREEN^Biometric screening panel^L|||", P(when.strftime("%Y%m%d%H%M"), "date"), f"|||||||||||||||||F"])
    ht = round(R.uniform(58, 76), 1)
    wt = round(R.uniform(105, 290), 1)
    bmi = round(wt / (ht * ht) * 703, 1)
    sys_ = R.randint(104, 168)
    obx = [("NM", "8302-2^Body height^LN", ht, "[in_i]"), ("NM", "29463-7^Body weight^LN", wt, "[lb_av]"), ("NM", "39156-5^Body mass index^LN", bmi, "kg/m2"),
           ("NM", "8480-6^Systolic blood pressure^LN", sys_, "mm[Hg]"), ("NM", "8462-4^Diastolic blood pressure^LN", R.randint(62, 104), "mm[Hg]"),
           ("NM", "4548-4^Hemoglobin A1c/Hemoglobin.total in Blood^LN", round(R.uniform(4.8, 10.2), 1), "%")]
    if chance(0.5):
        obx.append(("NM", "2093-3^Cholesterol [Mass/volume] in Serum or Plasma^LN", R.randint(130, 290), "mg/dL"))
    for i, (vt, c, v, u) in enumerate(obx, 1):
        flag = "H" if (c.startswith("8480") and v > 139) or (c.startswith("4548") and v >= 6.5) else "N"
        lines.append(f"OBX|{i}|{vt}|{c}||{v}|{u}|||{flag}|||F")
    return "hl7v2", lines


@fam("mirth_connect", "N", 3)
def mirth_noise():
    k = R.randint(0, 6)
    if k == 0:
        return mirth_pre("INFO", "EHR_SIU_OUT Queue Thread", "js-connector") + f"ACK received MSA|AA|MSG{digits(8)} in {R.randint(40, 900)} ms"
    if k == 1:
        return mirth_pre("WARN", "EHR_ADT_IN TCP Listener", "tcp-connector") + "Connection reset by peer: praxis-int-lb.vantagewh.internal:6661; will retry in 10000 ms"
    if k == 2:
        return mirth_pre("ERROR", "KIOSK_ORU_OUT Dispatcher", "js-connector") + f"Queue depth {R.randint(251, 900)} exceeds threshold 250 for channel KIOSK_ORU_OUT (id={uid()})"
    if k == 3:
        return mirth_pre("INFO", "Pruner", "com.mirth.connect.server.util.messagepruner.DefaultMessagePruner") + f"Pruned {R.randint(1000, 90000)} messages from channel EHR_SIU_OUT (age > 30d) in {R.randint(2, 90)}s"
    if k == 4:
        return mirth_pre("INFO", "EHR_SIU_OUT Queue Thread", "js-connector") + f"ACK received MSA|AE|MSG{digits(8)}|Provider 2{R.randint(10, 99)} not scheduled at location ERR|^^^207&Application internal error&HL70357"
    if k == 5:
        return mirth_pre("INFO", "Main Server Thread", "com.mirth.connect.server.Mirth") + "Mirth Connect 4.4.1 (Built on January 12, 2024) server successfully started."
    return mirth_pre("INFO", "Deploy Thread", "com.mirth.connect.donkey.server.channel.Channel") + f"Channel {pick(['EHR_SIU_OUT', 'EHR_ADT_IN', 'KIOSK_ORU_OUT', 'PHARM_RDE_IN'])} ({uid()}) deployed in {R.randint(200, 4000)} ms"


@fam("mirth_connect", "P", 2)
def mirth_phi():
    p = person()
    ctl = "ADT" + digits(8)
    msg = [msh("ADT^A08^ADT_A01", ctl, "VWHUB", "PRAXIS"), "\\r", f"EVN|A08|{loc().strftime('%Y%m%d%H%M%S')}", "\\r"] + pid_seg(p, True) + ["\\r", "PV1|1|O|", p["emp"]["clinic"], "^^^VANTAGE"]
    return [mirth_pre("ERROR", "EHR_ADT_OUT Dispatcher", "js-connector"), f"NACK AR for ctl={ctl}: PID-3 duplicate identifier; raw="] + msg


# ===== FHIR (Node ehr-bridge, pino) ============================================
def pino(level, msg, extra):
    o = {"level": level, "time": epoch_ms(), "pid": 1187, "hostname": pick(["ehr-bridge-5d8c7b9f4-q2xwm", "ehr-bridge-5d8c7b9f4-7hvlc"]), "reqId": f"req-{R.randint(1, 9999):x}"}
    o.update(extra)
    o["msg"] = msg
    return J(o)


FHIR_BASE = "https://fhir.praxisehr.net/r4/t/vantage"


@fam("fhir_pino", "N", 2)
def fhir_noise():
    k = R.randint(0, 4)
    if k == 0:
        return pino(30, "request completed", {"req": {"method": "GET", "url": FHIR_BASE + "/metadata"}, "res": {"statusCode": 200}, "responseTime": R.randint(80, 900)})
    if k == 1:
        return pino(30, "SMART backend services token acquired", {"tokenUrl": "https://auth.praxisehr.net/oauth2/token", "expires_in": 300, "scope": "system/Patient.read system/Appointment.write system/Observation.write system/Coverage.read", "client_id": "vantage-ehr-bridge"})
    if k == 2:
        return pino(30, "search bundle", {"resourceType": "Appointment", "query": f"date=ge{TODAY.isoformat()}&location=Location/{R.randint(100, 400)}", "total": R.randint(0, 180), "pages": R.randint(1, 4)})
    if k == 3:
        oo = {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "throttled", "diagnostics": "Rate limit exceeded: 60 req/s per client"}]}
        return pino(50, "FHIR error", {"statusCode": 429, "outcome": oo, "retryAfter": R.randint(1, 10)})
    return pino(40, "subscription heartbeat late", {"subscription": f"Subscription/{R.randint(10, 99)}", "lagMs": R.randint(30000, 120000)})


@fam("fhir_pino", "P", 3)
def fhir_phi():
    p = person()
    k = R.randint(0, 4)
    if k == 0:
        return pino(30, "request completed", {"req": {"method": "GET", "url": S([FHIR_BASE, "/Patient?identifier=urn:oid:2.16.840.1.113883.3.9921.1|", P(p["mrn"], "mrn")])}, "res": {"statusCode": 200}, "responseTime": R.randint(80, 900)})
    if k == 1:
        res = {"resourceType": "Patient", "id": P(p["fhir_id"], "other_id"), "meta": {"versionId": str(R.randint(1, 9)), "lastUpdated": ts_isoz()},
               "identifier": [{"use": "usual", "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]}, "system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": P(p["mrn"], "mrn")}],
               "active": True, "name": [{"use": "official", "family": P(p["last"], "name"), "given": [P(p["first"], "name")] + ([P(p["mi"], "name")] if p["mi"] else [])}],
               "telecom": [{"system": "phone", "value": P(fphone(p["phone"], pick(["paren", "dash", "dot"])), "phone"), "use": "mobile"}, {"system": "email", "value": P(p["email"], "email")}],
               "gender": {"F": "female", "M": "male"}[p["sex"]], "birthDate": P(fd(p["dob"], "iso"), "date"),
               "address": [{"use": "home", "line": [P(p["street"], "address")] + ([P(p["unit"], "address")] if p["unit"] else []), "city": P(p["city"], "address"), "district": P(p["county"] + " County", "address"), "state": p["st"], "postalCode": P(p["zip"], "zip")}]}
        return pino(20, "FHIR response body", {"resource": res})
    if k == 2:
        dt = appt_dt()
        prov = pick(PROVIDERS)
        res = {"resourceType": "Appointment", "id": str(R.randint(1000000, 9999999)), "status": "booked", "serviceType": [{"text": pick(["Annual preventive", "Acute", "Biometric follow-up"])}],
               "start": P(dt.isoformat(), "date"), "end": P((dt + timedelta(minutes=30)).isoformat(), "date"),
               "participant": [{"actor": {"reference": S(["Patient/", P(p["fhir_id"], "other_id")]), "display": P(f"{p['first']} {p['last']}", "name")}, "status": "accepted"},
                               {"actor": {"reference": f"Practitioner/{prov[0]}", "display": f"{prov[2]} {prov[1]}, {prov[3]}"}, "status": "accepted"}]}
        return pino(30, "appointment created", {"resource": res, "source": "vw-booking"})
    if k == 3:
        eff = datetime.combine(past_date(0, 3), datetime.min.time()).replace(hour=R.randint(6, 15), minute=R.randint(0, 59), tzinfo=CDT)
        res = {"resourceType": "Observation", "status": "final", "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "vital-signs"}]}],
               "code": {"coding": [{"system": "http://loinc.org", "code": "85354-9", "display": "Blood pressure panel"}]}, "subject": {"reference": S(["Patient/", P(p["fhir_id"], "other_id")])},
               "effectiveDateTime": P(eff.isoformat(), "date"), "component": [{"code": {"coding": [{"system": "http://loinc.org", "code": "8480-6"}]}, "valueQuantity": {"value": R.randint(100, 170), "unit": "mm[Hg]"}},
                                                                         {"code": {"coding": [{"system": "http://loinc.org", "code": "8462-4"}]}, "valueQuantity": {"value": R.randint(60, 105), "unit": "mm[Hg]"}}],
               "device": {"display": f"Kiosk {KIOSKS[p['emp']['code']]}"}}
        return pino(30, "observation posted", {"resource": res, "statusCode": 201})
    res = {"resourceType": "Coverage", "status": "active", "subscriberId": P(p["member_id"].rsplit("-", 1)[0] + "-01", "health_plan"), "beneficiary": {"reference": S(["Patient/", P(p["fhir_id"], "other_id")])},
           "relationship": {"coding": [{"code": {"EE": "self", "SP": "spouse", "CH": "child", "RT": "self"}[p["rel"]]}]}, "period": {"start": P("2024-01-01", "date")},
           "payor": [{"display": f"{p['emp']['name']} Health Plan"}], "class": [{"type": {"coding": [{"code": "group"}]}, "value": f"{p['emp']['code']}GRP01"}]}
    return pino(20, "coverage lookup", {"resource": res})


# ===== kiosk (key=value) =======================================================
def kv_pre(code):
    return f"{ts_off()} kiosk={KIOSKS[code]} site={EMP[code]['clinic']} fw=3.2.{R.randint(0, 2)} "


@fam("kiosk_kv", "N", 3)
def kiosk_noise():
    code = pick(EMPLOYERS)["code"]
    k = R.randint(0, 6)
    if k == 0:
        return kv_pre(code) + f"evt=HEARTBEAT uptime_s={R.randint(1000, 900000)} cpu_temp_c={R.randint(38, 71)} disk_free_mb={R.randint(1200, 30000)}"
    if k == 1:
        return kv_pre(code) + f"evt=CUFF_CALIBRATION_OK cuff_sn=OMR-HEM{digits(6)} ref_mmHg=150 read_mmHg={R.randint(148, 152)}"
    if k == 2:
        return kv_pre(code) + f"evt=SCALE_ZERO offset_lb={R.uniform(-0.3, 0.3):.2f}"
    if k == 3:
        return kv_pre(code) + f"evt=SESSION_ABANDONED session={uid()} step={pick(['weight', 'bp', 'consent', 'a1c_cartridge'])} idle_s={R.randint(60, 300)} lang={pick(['en', 'es', 'vi'])}"
    if k == 4:
        return kv_pre(code) + f"evt=SYNC_OK batch={R.randint(1000, 9999)} records={R.randint(1, 40)} endpoint=https://kiosk-gw.vantagewh.com/v2/screenings latency_ms={R.randint(90, 2000)}"
    if k == 5:
        return kv_pre(code) + f"evt=A1C_CARTRIDGE_LOT lot=A1C{digits(5)} exp=2025-{R.randint(1, 12):02d} qc=PASS"
    return kv_pre(code) + f"evt=PRINTER_PAPER_LOW printer=ZD421-{digits(6)} remaining_pct={R.randint(2, 15)}"


@fam("kiosk_kv", "P", 3)
def kiosk_phi(old=False):
    p = person(old=True) if old or chance(0.25) else person(adult=True)
    code = p["emp"]["code"]
    ht = round(R.uniform(58, 76), 1)
    wt = round(R.uniform(105, 290), 1)
    k = R.randint(0, 2)
    if k == 0:
        return [kv_pre(code), f"evt=SCREEN_COMPLETE session={uid()} participantId=", P(p["part_id"], "other_id"), " age=",
                P(str(p["age"]), "age") if p["age"] > 89 else str(p["age"]), f" sex={p['sex']}",
                f" ht_in={ht} wt_lb={wt} bmi={wt / (ht * ht) * 703:.1f} bp_sys={R.randint(100, 170)} bp_dia={R.randint(60, 105)} pulse={R.randint(52, 108)} a1c={R.uniform(4.8, 10.5):.1f} lang={pick(['en', 'es'])}"]
    if k == 1:
        out = [kv_pre(code), "evt=BADGE_SCAN badge=", P(p["emp_id"], "other_id"), ' name="', nm_one(p, pick(["upper_lf", "full", "lastfirst"])), '" dob=', P(fd(p["dob"], pick(["iso", "us"])), "date")]
        if p["age"] > 89:
            out += [" age=", P(str(p["age"]), "age")]
        else:
            out += [f" age={p['age']}"]
        return out + [" match=eligibility_roster"]
    return [kv_pre(code), f"evt=CONSENT_SIGNED session={uid()} participantId=", P(p["part_id"], "other_id"), f" form=HIPAA_AUTH_v7 sig_sha256={hexs(64)} signed_name=\"", nm_one(p, "fml"), '"']


def jpeg_b64(n=96):
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00"
    return base64.b64encode(head + R.randbytes(n)).decode()


@fam("kiosk_gateway_json", "P", 3)
def kgw_phi(k=None, old=False):
    p = person(old=True) if old or chance(0.3) else person(adult=True)
    code = p["emp"]["code"]
    p90 = p["age"] > 89
    o = {"kioskSerial": KIOSKS[code], "event": "screening.completed", "receivedAt": ts_isoz(),
         "participant": {"badgeId": P(p["emp_id"], "other_id"), "firstName": P(p["first"], "name"), "lastName": P(p["last"], "name"),
                         "dob": P(fd(p["dob"], "iso"), "date"), "ageYears": N(str(p["age"]), "age") if p90 else p["age"], "employer": code},
         "measurements": {"heightIn": round(R.uniform(58, 76), 1), "weightLb": round(R.uniform(105, 290), 1), "systolic": R.randint(100, 170), "diastolic": R.randint(60, 105), "a1cPct": round(R.uniform(4.8, 10.5), 1)}}
    k = R.randint(0, 1) if k is None else k
    if k == 0:
        o["photo"] = S(["data:image/jpeg;base64,", P(jpeg_b64(), "photo"), f"...[truncated {R.randint(20000, 60000)} bytes]"])
    else:
        o["faceTemplate"] = {"alg": "ArcFace-r100", "v": P(base64.b64encode(R.randbytes(96)).decode(), "biometric")}
    return J(o)


@fam("kiosk_gateway_json", "N", 1)
def kgw_noise():
    return J({"kioskSerial": pick(list(KIOSKS.values())), "event": "device.status", "receivedAt": ts_isoz(), "components": {"bpCuff": pick(["OK", "E07_OVERPRESSURE"]), "scale": "OK", "a1cReader": pick(["OK", "CARTRIDGE_LOW"]), "camera": "OK"}, "queueDepth": R.randint(0, 40)})


# ===== coaching vendor webhook + Go slog sync =================================
@fam("coaching_webhook", "N", 1)
def coach_noise():
    return J({"event_id": "evt_" + alnum(24, "abcdefghijklmnopqrstuvwxyz0123456789"), "type": pick(["program.cohort_opened", "coach.availability_updated"]), "created_at": ts_isoz()[:-5] + "Z",
              "data": {"program": {"code": pick(["DPP_2024", "HTN_RPM", "TOBACCO_FREE", "MSK_BACK"]), "cohort": f"2024-{R.randint(6, 9):02d}"},
                       "coach": {"id": f"co_{R.randint(100, 199)}", "name": pick(["Amira Tolliver", "Ben Achterberg", "Rocío Paredes"]), "email": "coaching-team@thrivewell-coaching.com"}, "slots_open": R.randint(0, 40)}}, (", ", ": "))


@fam("coaching_webhook", "P", 3)
def coach_phi(k=None):
    p = person(adult=True)
    k = R.randint(0, 3) if k is None else k
    base = {"event_id": "evt_" + alnum(24, "abcdefghijklmnopqrstuvwxyz0123456789"), "created_at": ts_isoz()[:-5] + "Z"}
    if k == 0 or (k == 3 and chance(0.3)):
        base["type"] = "participant.enrolled"
        base["data"] = {"participant": {"member_ref": P(p["member_ref"], "other_id"), "first_name": P(p["first"], "name"), "last_name": P(p["last"], "name"),
                                        "dob": P(fd(p["dob"], "iso"), "date"), "sex": p["sex"], "email": P(p["email"], "email"), "mobile_phone": P(fphone(p["phone"], "e164"), "phone"),
                                        "zip": P(p["zip"], "zip"), "employer_code": p["emp"]["code"], "preferred_language": pick(["en", "es"])},
                        "program": {"code": "DPP_2024", "name": "Diabetes Prevention Program"}, "coach": {"id": "co_112", "name": "Amira Tolliver", "email": "atolliver@thrivewell-coaching.com"},
                        "start_date": P(fd(TODAY + timedelta(days=R.randint(3, 21)), "iso"), "date")}
    elif k == 1:
        kind = pick(["bp_cuff", "cgm", "phone"])
        if kind == "bp_cuff":
            dev = {"kind": "bp_cuff", "model": "BPM Connect", "mac": P("00:24:E4:" + ":".join(f"{R.randint(0, 255):02X}" for _ in range(3)), "device"), "serial": P("WBPM-" + alnum(8), "device")}
        elif kind == "cgm":
            dev = {"kind": "cgm", "model": "G7", "transmitter_id": P(alnum(6), "device")}
        else:
            dev = {"kind": "phone", "platform": "android", "imei": P(luhn_complete("35" + digits(12)), "device")}
        base["type"] = "device.paired"
        base["data"] = {"member_ref": P(p["member_ref"], "other_id"), "program": {"code": "HTN_RPM" if kind == "bp_cuff" else "DPP_2024"}, "device": dev}
    elif k == 2:
        url = pick([["https://www.strava.com/athletes/", digits(8)], ["https://www.linkedin.com/in/", fold(p["first"]).lower(), "-", fold(p["last"]).lower().replace(" ", ""), "-", hexs(6)],
                     ["https://www.instagram.com/", fold(p["first"]).lower(), ".", fold(p["last"]).lower().replace(" ", "").replace("'", ""), "_fit"]])
        base["type"] = "participant.profile_updated"
        base["data"] = {"member_ref": P(p["member_ref"], "other_id"), "changes": {"activity_profile_url": P("".join(url), "url"), "timezone": "America/Chicago"}}
    else:
        base["type"] = "session.completed"
        base["data"] = {"member_ref": P(p["member_ref"], "other_id"), "session_no": R.randint(1, 16), "duration_min": R.randint(15, 45), "weight_lb": round(R.uniform(150, 280), 1),
                        "coach_note": S(pick([["Met w/ ", P(p["first"], "name"), " - down 4 lb since week 1, walking at lunch."],
                                              ["Met w/ ", P(p["first"], "name"), ", struggling with night-shift eating; set goal 3 walks/wk."],
                                              ["Met w/ ", P(p["first"], "name"), " and ", pick(["wife ", "husband "]), P(dependent_of(p, "spouse")["first"], "name"), " - joint meal planning, ", pick(["reviewed labels", "swapped soda for water"]), "."],
                                              ["Weight stable. Next session moved to ", P(fd(TODAY + timedelta(days=R.randint(2, 14)), "us_nopad"), "date"), " (member on PTO)."]]))}
    return J(base, (", ", ": "))


def slog(lvl, msg):
    return f'time={ts_isoz()} level={lvl} msg="{msg}" '


@fam("coaching_sync_slog", "N", 2)
def cs_noise():
    k = R.randint(0, 3)
    if k == 0:
        return slog("INFO", "poll complete") + f"program={pick(['DPP_2024', 'HTN_RPM', 'TOBACCO_FREE'])} new={R.randint(0, 12)} updated={R.randint(0, 40)} cursor=evt_{alnum(24, 'abcdefghijklmnopqrstuvwxyz0123456789')}"
    if k == 1:
        return slog("WARN", "webhook signature mismatch") + f"remote=52.14.{R.randint(0, 255)}.{R.randint(1, 254)}:443 header=X-ThriveWell-Signature age_s={R.randint(301, 900)}"
    if k == 2:
        return slog("ERROR", "upsert failed") + f'err="pq: deadlock detected" batch={R.randint(10, 99)} retry_in=2s'
    return slog("INFO", "http server") + f"addr=:8081 version=v1.14.{R.randint(0, 9)} commit={hexs(12)} go=go1.22.4"


@fam("coaching_sync_slog", "P", 2)
def cs_phi():
    p = person(adult=True)
    if chance(0.5):
        return [slog("INFO", "enrollment synced"), "member_ref=", P(p["member_ref"], "other_id"), f" program={pick(['DPP_2024', 'HTN_RPM', 'MSK_BACK'])} status={pick(['ACTIVE', 'PAUSED', 'GRADUATED'])} mrn=", P(p["mrn"], "mrn")]
    return [slog("WARN", "could not match participant"), 'first_name="', P(p["first"], "name"), '" last_name="', P(p["last"], "name"), '" dob=', P(fd(p["dob"], "iso"), "date"),
            f" employer={p['emp']['code']} candidates=0"]


# ===== rewards feeds ==========================================================
def rw_pre(lvl):
    t = loc()
    return f"[{t.strftime('%Y-%m-%d %H:%M:%S')}] rewards.export {lvl}: "


@fam("rewards_feed", "N", 3)
def rw_noise():
    e = pick(EMPLOYERS)
    k = R.randint(0, 4)
    if k == 0:
        return rw_pre("INFO") + f"employer={e['code']} mode=AGGREGATE min_cell_size=10 cells={R.randint(20, 120)} suppressed={R.randint(0, 12)} file={e['code']}_REWARDS_AGG_2024Q2.csv"
    if k == 1:
        return f"A|{e['code']}|2024Q2|LOC={e['clinic']}|DEPT={pick(['FAB3', 'DC-OPS', 'TREASURY', 'LINE2', 'COMPOSITES'])}|ELIGIBLE={R.randint(100, 3000)}|PARTICIPANTS={R.randint(10, 900)}|PCT={R.uniform(8, 60):.1f}|POINTS={R.randint(1000, 400000)}|SUPPRESSED={pick('NNNY')}"
    if k == 2:
        return "RECORD_TYPE|EMPLOYER_CODE|EMPLOYEE_ID|LAST_NAME|FIRST_NAME|DOB|ACTIVITY_CODE|ACTIVITY_DATE|POINTS|PAYOUT_METHOD"
    if k == 3:
        return f"T|{e['code']}|ROWS={R.randint(100, 6000)}|POINTS={R.randint(10000, 2000000)}|SHA256={hexs(64)}"
    return rw_pre("WARNING") + f"employer={e['code']} cell LOC={e['clinic']}/DEPT=EXEC has {R.randint(1, 9)} participants < min_cell_size=10; suppressed"


@fam("rewards_feed", "P", 3)
def rw_phi():
    p = person(adult=True, emp=pick(["NWL", "MAS", "GPF"]), maxage=66)
    act = pick([("BIOSCREEN_COMPLETE", 250), ("COACHING_4_SESSIONS", 150), ("ANNUAL_PHYSICAL", 300), ("FLU_SHOT", 50), ("A1C_IMPROVED", 200)])
    if chance(0.7):
        return ["I|", p["emp"]["code"], "|", P(p["emp_id"], "other_id"), "|", P(fold(p["last"]).upper(), "name"), "|", P(fold(p["first"]).upper(), "name"), "|", P(fd(p["dob"], "us"), "date"), "|",
                act[0], "|", P(fd(past_date(1, 40), "iso"), "date"), "|", str(act[1]), "|", pick(["PAYROLL_CREDIT", "HSA_DEPOSIT", "GIFT_CARD"])]
    return [rw_pre("INFO"), f"employer={p['emp']['code']} mode=INDIVIDUAL credited participant=", P(p["reward_id"], "other_id"), " emp_id=", P(p["emp_id"], "other_id"),
            f" activity={act[0]} points={act[1]} hsa_acct=", P("HSA" + digits(10), "account")]


# ===== pharmacy dispensing (log4j) =============================================
def rx_pre(lvl, cls):
    return f"{ts_java()} {lvl:<5} [http-nio-8443-exec-{R.randint(1, 12)}] c.v.rx.{cls} - "


DRUGS = [("00093-7146-56", "Metformin ER 500 mg tab"), ("68180-0513-09", "Lisinopril 10 mg tab"), ("00378-3952-77", "Atorvastatin 20 mg tab"),
         ("16729-0020-01", "Amlodipine 5 mg tab"), ("00406-0512-01", "Hydrocodone/APAP 5-325 mg tab"), ("00781-5184-01", "Amoxicillin 500 mg cap"),
         ("60505-0141-01", "Sertraline 50 mg tab"), ("00591-5513-01", "Cyclobenzaprine 10 mg tab")]


@fam("pharmacy_log4j", "N", 3)
def rx_noise():
    k = R.randint(0, 6)
    ndc, dn = pick(DRUGS)
    clinic = pick(EMPLOYERS)["clinic"]
    if k == 0:
        return rx_pre("INFO", "inventory.ReplenishJob") + f"auto-replenish clinic={clinic} ndc={ndc} on_hand={R.randint(0, 40)} par={R.randint(60, 200)} po=PO-{R.randint(240000, 249999)} vendor=McKesson"
    if k == 1:
        return rx_pre("WARN", "cabinet.TempMonitor") + f"cabinet=RXC-{clinic}-02 temp_c={R.uniform(25.1, 27.9):.1f} threshold=25.0 door=closed"
    if k == 2:
        return rx_pre("INFO", "cii.DailyCount") + f"Daily C-II count reconciled clinic={clinic} items={R.randint(3, 9)} discrepancies=0 pharmacist={pick(['jpruitt', 'dokonjo', 'hmarchetti'])}"
    if k == 3:
        return rx_pre("INFO", "dur.InteractionCheck") + f"DUR completed alerts={R.randint(0, 3)} severity_max={pick(['NONE', 'MODERATE'])} elapsed={R.randint(20, 300)}ms"
    if k == 4:
        return rx_pre("ERROR", "label.ZebraPrinter") + f"printer ZD421-{digits(6)} at {clinic} not responding (tcp 9100): java.net.SocketTimeoutException: connect timed out"
    if k == 5:
        return rx_pre("INFO", "payment.GatewayHealth") + "sandbox self-test card=4111111111111111 exp=12/30 result=APPROVED auth=000000"
    return rx_pre("INFO", "pdmp.PdmpClient") + f"PDMP gateway status state={pick(['TN', 'OR', 'NE', 'NC', 'KS'])} http=200 latency_ms={R.randint(200, 2400)}"


@fam("pharmacy_log4j", "P", 4)
def rx_phi(k=None):
    p = person()
    ndc, dn = pick(DRUGS)
    rx = "RX" + digits(7)
    k = R.randint(0, 6) if k is None else k
    if k == 0:
        return [rx_pre("INFO", "dispense.DispenseService"), "DISPENSED rx=", P(rx, "other_id"), f" ndc={ndc} drug=\"{dn}\" qty={pick([30, 60, 90, 21])} days={pick([30, 90, 7])} patient=\"",
                nm_one(p, "upper_lf"), "\" dob=", P(fd(p["dob"], "us"), "date"), " mrn=", P(p["mrn"], "mrn"), f" pharmacist=jpruitt lot={alnum(5)} exp=2025-{R.randint(1, 12):02d}"]
    if k == 1:
        st = p["st"]
        dl = {"TN": digits(9), "MS": digits(9), "OR": digits(7), "NE": "H" + digits(8), "IA": digits(3) + alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(4), "NC": digits(12), "KS": "K" + digits(8)}[st]
        out = [rx_pre("INFO", "cii.PickupVerifier"), "C-II pickup rx=", P(rx, "other_id"), " patient=", nm_one(p, "lastfirst"), f" id_type=DL id_state={st} id_no=", P(dl, "license"), " verified_by=jpruitt"]
        if chance(0.5):
            fmr = base64.b64encode(b"FMR\x00 20\x00" + R.randbytes(54)).decode()
            out += [" sig=fingerprint fmr=", P(fmr, "biometric")]
        return out
    if k == 2:
        card = luhn_complete(pick(["4", "5"]) + digits(14))
        return [rx_pre("INFO", "payment.CopayService"), "copay charged rx=", P(rx, "other_id"), " amount=", f"{R.uniform(0, 45):.2f}", " card=", P(card, "account"), " auth=", alnum(6), " mrn=", P(p["mrn"], "mrn")]
    if k == 3:
        return [rx_pre("INFO", "pdmp.PdmpClient"), f"PDMP query state={p['st']} lastName=", P(fold(p["last"]).upper(), "name"), " firstName=", P(fold(p["first"]).upper(), "name"),
                " dob=", P(fd(p["dob"], "hl7"), "date"), " zip=", P(p["zip"], "zip"), f" results={R.randint(0, 6)} latency_ms={R.randint(200, 2400)}"]
    if k == 4:
        return [rx_pre("INFO", "notify.RefillReminder"), "refill ready SMS to=", P(fphone(p["phone"], pick(["raw", "dash", "e164"])), "phone"), " rx=", P(rx, "other_id"), f" clinic={p['emp']['clinic']}"]
    if k == 6:
        o = person(old=True)
        return [rx_pre("WARN", "dur.InteractionCheck"), "DUR alert=BEERS_CRITERIA drug=\"", dn, "\" patient_age=", P(str(o["age"]), "age"), " mrn=", P(o["mrn"], "mrn"), " override_by=jpruitt reason=\"prescriber aware\""]
    q = dependent_of(p)
    st = p["st"]
    return [rx_pre("INFO", "dispense.PickupService"), "pickup by agent for patient=", nm_one(p, "lastfirst"), " agent=\"", nm_one(q, "full"), f"\" relationship={'parent' if p['age'] < 18 else q['kind']} id=DL/{st}/", P(("H" if st == "NE" else "") + digits(8), "license")]


# ===== Datadog agent ==========================================================
def dd(comp, lvl, src):
    return f"{ts_dd()} | {comp} | {lvl} | ({src}) | "


@fam("datadog_agent", "N", 5)
def dd_noise():
    k = R.randint(0, 9)
    chk = pick(["disk", "cpu", "memory", "network", "sqlserver", "nginx", "process", "ntp"])
    if k == 0:
        return dd("CORE", "INFO", "pkg/collector/worker/check_logger.go:40 in CheckStarted") + f"check:{chk} | Running check..."
    if k == 1:
        return dd("CORE", "INFO", "pkg/collector/worker/check_logger.go:59 in CheckFinished") + f"check:{chk} | Done running check"
    if k == 2:
        return dd("TRACE", "INFO", "pkg/trace/info/stats.go:101 in LogAndResetStats") + f"[lang:.NET lang_version:8.0.6 interpreter:.NET tracer_version:2.53.2 endpoint_version:v0.4] -> traces received: {R.randint(100, 4000)}, traces filtered: 0, traces amount: {R.randint(10**5, 10**7)} bytes, events extracted: 0, events sampled: 0"
    if k == 3:
        return dd("CORE", "INFO", "comp/forwarder/defaultforwarder/transaction/transaction.go:433 in internalProcess") + 'Successfully posted payload to "https://7-54-0-app.agent.datadoghq.com/api/v1/series", the agent will only log transaction success every 500 transactions'
    if k == 4:
        return dd("CORE", "ERROR", "pkg/logs/tailers/file/tailer.go:291 in readForever") + f"Could not open file /var/log/vw/{pick(['booking-api', 'ehr-bridge', 'rx'])}/app-{loc().strftime('%Y%m%d')}.json: permission denied"
    if k == 5:
        return dd("CORE", "INFO", "pkg/logs/launchers/file/launcher.go:386 in startNewTailer") + f"Starting a new tailer for: /opt/mirthconnect/logs/mirth.log (offset: {R.randint(10**6, 10**9)}, whence: 0) for tailer key file:/opt/mirthconnect/logs/mirth.log"
    if k == 6:
        return dd("CORE", "WARN", "comp/forwarder/defaultforwarder/worker.go:205 in process") + 'Error while processing transaction: error while sending transaction, rescheduling it: Post "https://7-54-0-app.agent.datadoghq.com/api/v2/series": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'
    if k == 7:
        return dd("PROCESS", "INFO", "pkg/process/runner/runner.go:261 in logCheckDuration") + f"Finished process check #{R.randint(1, 5000)} in {R.uniform(40, 400):.4f}ms"
    if k == 8:
        return dd("CORE", "INFO", "pkg/logs/processor/processor.go:112 in applyRedactingRules") + "processing rule mask_sequences name=mask_us_ssn pattern=\\d{3}-\\d{2}-\\d{4} self-test input=078-05-1120 output=[SSN_REDACTED] ok"
    return dd("CORE", "WARN", "pkg/collector/corechecks/cluster/ksm/kubernetes_state.go:612 in Run") + f"Kubelet reported pod vw-booking-api-7c9d8f6b4-{alnum(5, 'abcdefghijklmnopqrstuvwxyz0123456789')} restartCount={R.randint(1, 6)} reason=OOMKilled"


# ===== Snowflake / dbt ========================================================
def sf_pre(lvl, fn="cursor.py:1028", func="execute"):
    return f"{ts_py()} - MainThread {fn} - {func}() - {lvl} - "


@fam("snowflake_connector", "N", 3)
def sf_noise():
    e = pick(EMPLOYERS)["code"]
    k = R.randint(0, 5)
    if k == 0:
        return sf_pre("INFO") + f"query: [COPY INTO RAW.ELIG.{e}_STAGE FROM @RAW.ELIG.SFTP_STAGE/{e.lower()}/ PATTERN='.*{e}_ELIG_.*{loc().strftime('%Y%m%d')}.*' FILE_FORMAT = (FORMAT_NAME = 'RAW.ELIG.FF_{e}') ON_ERROR = 'CONTINUE']"
    if k == 1:
        return sf_pre("INFO") + f"query execution done"
    if k == 2:
        return sf_pre("INFO", "cursor.py:1185", "execute") + f"Number of results in first chunk: {R.randint(1, 12)}"
    if k == 3:
        return sf_pre("INFO", "connection.py:414", "__init__") + f"Snowflake Connector for Python Version: 3.10.1, Python Version: 3.11.9, Platform: Linux-5.15.0-1063-aws-x86_64-with-glibc2.36"
    if k == 4:
        n = R.randint(1000, 50000)
        return sf_pre("INFO", "load_elig.py:88", "report") + f"copy result file={e.lower()}/{e}_ELIG_FULL_{loc().strftime('%Y%m%d')}.txt.gz status=LOADED rows_parsed={n} rows_loaded={n} errors_seen=0 query_id=01b4{hexs(4)}-0000-{hexs(4)}-0000-{hexs(12)}"
    return sf_pre("WARNING", "network.py:1130", "_request_exec") + f"HTTP 503 from https://vantagewh-prod.snowflakecomputing.com:443/queries/v1/query-request?requestId={uid()}; retrying in {R.randint(1, 8)}s"


@fam("snowflake_connector", "P", 1.5)
def sf_phi():
    p = person(no_apos=True)
    e = p["emp"]["code"]
    k = R.randint(0, 2)
    if k == 0:
        return [sf_pre("WARNING", "load_elig.py:88", "report"), f"copy result file={e.lower()}/{e}_ELIG_FULL_{loc().strftime('%Y%m%d')}.txt.gz status=PARTIALLY_LOADED rows_parsed={R.randint(1000, 50000)} errors_seen={R.randint(1, 20)} first_error=\"Numeric value '",
                P(fold(p["last"]).upper(), "name"), f"' is not recognized\" first_error_line={R.randint(2, 40000)} first_error_column_name=\"\\\"{e}_STAGE\\\"[\\\"ZIP\\\":13]\""]
    if k == 1:
        return [sf_pre("INFO"), "query: [SELECT MEMBER_SK, MRN, PLAN_MEMBER_ID FROM ANALYTICS.CORE.DIM_MEMBER WHERE LAST_NAME = '", P(p["last"].upper(), "name"), "' AND BIRTH_DATE = '", P(fd(p["dob"], "iso"), "date"), "' LIMIT 10]"]
    rec = [P(p["emp_id"], "other_id"), ",E,", P(p["last"], "name"), ",", P(p["first"], "name"), ",", P(p["ssn"].replace("-", ""), "ssn"), ",", P(fd(p["dob"], "dash_us"), "date"), ",", P(p["zip"], "zip")]
    return [sf_pre("ERROR", "load_elig.py:121", "validate"), f"VALIDATE {e}_STAGE line={R.randint(2, 40000)} error=\"Date '", P(fd(p["dob"], "dash_us"), "date"), "' is not recognized\" rejected_record=\""] + rec + ['"']


@fam("dbt_run", "N", 2)
def dbt_noise():
    t = loc().strftime("%H:%M:%S")
    i = R.randint(1, 31)
    m = pick(["stg_elig__nwl", "stg_elig__csc", "int_member_match", "fct_biometric_screenings", "fct_appointments", "agg_rewards_by_employer", "dim_member", "fct_dispenses"])
    k = R.randint(0, 3)
    if k == 0:
        return f"{t}  {i} of 31 START sql incremental model analytics.{m} ................... [RUN]"
    if k == 1:
        return f"{t}  {i} of 31 OK created sql incremental model analytics.{m} .............. [SUCCESS {R.randint(1, 900)} in {R.uniform(1, 60):.2f}s]"
    if k == 2:
        return f"{t}  Finished running 24 incremental models, 7 tests in 0 hours 3 minutes and {R.randint(0, 59)}.{R.randint(10, 99)} seconds ({R.uniform(180, 240):.2f}s)."
    return f"{t}  {i} of 31 WARN {R.randint(1, 14)} test not_null_{m}_member_sk .................. [WARN {R.randint(1, 14)} in {R.uniform(0.5, 4):.2f}s]"


# ===== Jira Service Management webhooks =======================================
def jira(key, summary, desc, etype="jira:issue_created", reporter=None, comment=None):
    rep = reporter or pick(STAFF)
    o = {"timestamp": epoch_ms(), "webhookEvent": etype, "issue_event_type_name": "issue_created" if etype == "jira:issue_created" else "issue_commented",
         "user": {"accountId": "5f9a" + hexs(20), "displayName": rep[0].split(",")[0], "emailAddress": rep[2]},
         "issue": {"id": str(R.randint(40000, 49999)), "key": key, "fields": {"issuetype": {"name": pick(["Member Support", "Service Request", "Incident"])}, "project": {"key": "VWSD"},
                                                                             "priority": {"name": pick(["P2", "P3", "P4"])}, "summary": summary, "description": desc,
                                                                             "labels": [pick(["booking", "eligibility", "rewards", "pharmacy", "kiosk", "records"])]}}}
    if comment is not None:
        o["comment"] = {"id": str(R.randint(100000, 199999)), "body": comment, "author": {"displayName": rep[0].split(",")[0]}}
    return J(o)


def jkey():
    return f"VWSD-{R.randint(4300, 4999)}"


@fam("jira_webhook", "N", 2)
def jira_noise():
    summ = pick([f"Kiosk {pick(list(KIOSKS.values()))} BP cuff error E07 after FW 3.2.1",
                 f"Snowflake load for {pick(EMPLOYERS)['code']} delta failed - stage file missing",
                 "Request: add Karen Whitfield NP to Memphis schedule template (Tue/Thu)",
                 "Datadog monitor 'booking-api p95 > 800ms' flapping since 06:10 CDT",
                 f"SFTP key rotation for keystone_tpa due {(TODAY + timedelta(days=12)).isoformat()}",
                 f"Label printer ZD421 offline at {pick(EMPLOYERS)['clinic']}",
                 "Rewards AGG file for HPB Q2: confirm min cell size 10 with Harbor Point (wellness@harborpointbank.com)"])
    desc = pick(["See attached screenshot. No member impact.", f"Vendor case #{R.randint(100000, 999999)} opened with VitalPoint support (1-800-555-0199).",
                 "Runbook: https://wiki.vantagewh.com/x/OPS-112", None])
    return jira(jkey(), summ, desc)


@fam("jira_webhook", "P", 3)
def jira_phi(k=None):
    p = person(adult=True)
    k = R.randint(0, 6) if k is None else k
    if k == 0:
        return jira(jkey(), S(["Member ", P(f"{p['first']} {p['last']}", "name"), " (DOB ", P(fd(p["dob"], pick(["us_nopad", "us"])), "date"), ") unable to book - eligibility shows termed"]),
                    S(["Called from ", P(fphone(p["phone"], pick(["paren", "dot", "dash"])), "phone"), ". Employer ", p["emp"]["code"], " says active as of ", P(fd(date(2024, R.randint(1, 5), 1), "us"), "date"), ". Member ID ", P(p["member_id"], "health_plan"), "."]))
    if k == 1:
        mrn2 = "VW00" + digits(6)
        return jira(jkey(), S(["Duplicate chart: ", P(f"{p['last'].upper()}, {p['first']}", "name"), " ", P(p["mrn"], "mrn"), " and ", P(mrn2, "mrn"), " - please merge"]),
                    "Created from SIU double-registration. Same SSN last4, different DOB day.")
    if k == 2:
        fax = p["ph2"]
        return jira(jkey(), "Records request - fax to member", S(["ROI signed ", P(fd(past_date(1, 10), "us"), "date"), ". Fax visit notes to member's home fax ", P(fphone(fax, pick(["paren", "dash"])), "fax"),
                                                                   " (attn ", P(p["first"], "name"), "). MRN ", P(p["mrn"], "mrn")]))
    if k == 3:
        plate = pick([alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + "-" + digits(4), digits(1) + alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(3), alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + " " + digits(3)])
        return jira(jkey(), S(["Parking validation - member vehicle towed from near-site lot on ", P(fd(past_date(0, 5), "md"), "date")]),
                    S(["Member ", nm_one(p, "full"), " was in appt (", p["emp"]["clinic"], "). Plate ", p["st"], " ", P(plate, "vehicle"), ". Please send validation to facilities."]))
    if k == 4:
        return jira(jkey(), S(["Reward points missing for employee #", P(p["emp_id"], "other_id"), " (", nm_one(p, "lastfirst"), ")"]),
                    S(["Screening on ", P(fd(past_date(5, 40), "long"), "date"), " not credited. Points should be 250. Employer contact: ", pick(HR_CONTACTS)]))
    if k == 5:
        return jira(jkey(), "Okta lockout - member can't receive SMS code", S(["Member ", P(p["work_email"], "email"), " locked out; SMS going to old number ", P(fphone(p["ph2"], "dash"), "phone"), ", new number ", P(fphone(p["phone"], "paren"), "phone"), "."]),
                    etype="jira:issue_created")
    url = ["https://www.gofundme.com/f/help-", fold(p["first"]).lower(), "-", fold(p["last"]).lower().replace(" ", "-").replace("'", ""), "-recover"]
    return jira(jkey(), "Escalation: member posted about visit publicly", None, etype="comment_created",
                comment=S(["Member ", P(f"{p['first']} {p['last']}", "name"), " linked our clinic in " + {"F": "her", "M": "his"}[p["sex"]] + " fundraiser ", P("".join(url), "url"), " - comms team to review, do not reply publicly."]))


# ===== clinicians' notes (blocks) ==============================================
def note_header(p, author):
    return ["--- NOTE id=N", digits(6), " enc=", P(p["enc"], "other_id"), f" type={pick(['Progress', 'Acute', 'Preventive', 'OccHealth'])} author=\"{author}\" clinic={p['emp']['clinic']} signed={loc().strftime('%Y-%m-%d %H:%M')} CDT ---"]


NOTE_SCEN = [
    ("T2DM", "fatigue and polyuria x 3 wks", "A/P: 1. T2DM, uncontrolled - start metformin ER 500 mg qd, dispensed onsite. 2. Refer DPP coaching. RTC 3 mo w/ A1c."),
    ("HTN", "intermittent HA, no vision change", "A/P: HTN stage 2 - start lisinopril 10 mg; BMP in 2 wks at onsite lab. Home BP log."),
    ("low back pain", "LBP after lifting totes, no saddle anesthesia", "A/P: Mechanical LBP. NSAID x 7d, PT referral, modified duty 10 lb lift restriction x 2 wks."),
    ("URI sx", "sore throat, subjective fever, cough", "A/P: Viral URI. Supportive care, return if fever > 3 days. Work note given."),
    ("elevated A1c", "no polyuria; wants to avoid meds", "A/P: Prediabetes range. Lifestyle, DPP enrollment today, repeat A1c at next onsite screen."),
]


def blk_note_en():
    p = person(old=True) if chance(0.2) else person(adult=True)
    author = pick(STAFF[:3] + [STAFF[4], STAFF[8]])[0]
    dos = past_date(0, 2)
    cc, subj, ap = pick(NOTE_SCEN if p["age"] < 70 else [NOTE_SCEN[0], NOTE_SCEN[1], NOTE_SCEN[3]])
    lines = [note_header(p, author)]
    lines.append(["Pt: ", nm_one(p, pick(["lfm", "lastfirst", "full"])), "   DOB: ", P(fd(p["dob"], pick(["us", "us_nopad", "dmon"])), "date"), "   MRN: ", P(p["mrn"], "mrn"), "   DOS: ", P(fd(dos, "us"), "date")])
    scr = past_date(10, 40)
    if cc in ("T2DM", "elevated A1c"):
        lines.append(["CC: f/u ", cc, f", A1c {R.uniform(6.0, 9.8):.1f} on onsite screen ", P(fd(scr, pick(["us_short", "md"])), "date"), "."])
    elif cc == "HTN":
        lines.append(["CC: f/u ", cc, f", BP {R.randint(142, 168)}/{R.randint(90, 104)} at kiosk screen ", P(fd(scr, pick(["us_short", "md"])), "date"), "."])
    else:
        lines.append(f"CC: {cc}, onset {R.randint(2, 9)} days ago.")
    if p["age"] <= 89:
        lines.append(f"S: {p['age']} y/o {p['sex']} {pick(['warehouse associate', 'fab technician', 'teller', 'machinist', 'line lead'])}, reports {subj}. Works {pick(['2nd shift', 'rotating 12s', 'days'])}.")
    else:
        lines.append(["S: ", P(str(p["age"]), "age"), f" y/o retiree (plan dependent), here with daughter. Reports {subj}."])
    lines.append(f"O: BP {R.randint(118, 168)}/{R.randint(70, 102)}  HR {R.randint(58, 104)}  T {R.uniform(97.6, 100.9):.1f}F  Wt {R.randint(120, 290)} lb  SpO2 {R.randint(94, 100)}%")
    k = R.randint(0, 5)
    q = dependent_of(p, "child" if p["age"] > 60 else "spouse")
    if k == 0 and p["age"] > 80:
        lines.append(["Social: widowed, lives w/ ", rel_word(q), " ", P(q["first"], "name"), " who manages meds; ambulates w/ walker."])
    elif k == 0:
        sp = dependent_of(p, "spouse")
        lines.append(["Social: lives w/ ", rel_word(sp), " ", P(sp["first"], "name"), "; ", pick(["mother ", "father "]), P(pick(FIRST_F + FIRST_M), "name"), " (", P(str(R.randint(90, 99)), "age"), ") in memory care; no tobacco."])
    elif k == 1:
        lines.append(["Plan d/w pt's ", rel_word(q) + " ", P(f"{q['first']} {q['last']}", "name"), " at ", P(fphone(q["phone"], pick(["paren", "dash", "dot"])), "phone"), " per pt request (HIPAA auth on file)."])
    elif k == 2:
        lines.append(["Records faxed to pt's home fax ", P(fphone(p["ph2"], pick(["paren", "dash"])), "fax"), " per signed ROI."])
    elif k == 3:
        lines.append(["Pt shared food log: ", P(f"https://www.myfitnesspal.com/food/diary/{fold(p['first']).lower()}{p['dob'].year % 100:02d}", "url"), " - reviewed carb intake."])
    elif k == 4:
        lines.append(["Home BP cuff (serial ", P("HEM-7155T-" + digits(7), "device"), f") readings avg {R.randint(128, 150)}/{R.randint(80, 96)} over 2 wks."])
    else:
        lines.append(["Insulin pump ", pick(["t:slim X2", "MiniMed 780G"]), " SN ", P(pick(["TS", "NG"]) + digits(7), "device"), "; CGM transmitter ", P(alnum(6), "device"), " - site rotation reviewed."])
    lines.append(ap)
    lines.append(f"Electronically signed by {author} {loc().strftime('%m/%d/%Y %H:%M')}")
    return "clinical_note", lines


def blk_note_es():
    p = person(adult=True)
    author = pick(["Luis Echeverría, MA", "Renata Ssempala, MD", "Greta Hollis, DO"])
    q = dependent_of(p, "spouse")
    q["last"] = pick(["Ramírez Ortega", "Hernández", "Gutiérrez", "Quispe", "Mendoza"])
    ini = past_date(3, 15)
    lines = [note_header(p, author)]
    lines.append(["Paciente: ", nm_one(p, pick(["full", "upper"])), "  Fecha de nacimiento: ", P(fd(p["dob"], pick(["eu", "es"])), "date"), "  Expediente: ", P(p["mrn"], "mrn")])
    lines.append(["Motivo: dolor lumbar desde el ", P(fd(ini, "eu"), "date"), " tras levantar cajas en el almacén."])
    lines.append(f"Exploración: TA {R.randint(110, 150)}/{R.randint(70, 95)}, FC {R.randint(60, 96)}, sin déficit neurológico. Lasègue negativo.")
    lines.append(["Nota: ", "su " + rel_word(q, "es"), ", ", P(f"{q['first']} {q['last']}", "name"), ", traducirá y firmará el consentimiento. Tel. ", P(fphone(q["phone"], "dash"), "phone"), "."])
    if chance(0.5):
        curp = alnum(4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + p["dob"].strftime("%y%m%d") + pick("HM") + pick(["JC", "DF", "NL", "MC"]) + alnum(3, "BCDFGHJKLMNPQRSTVWXZ") + alnum(1, "0123456789A") + digits(1)
        lines.append(["CURP (para seguro de México): ", P(curp, "other_id")])
    lines.append("Plan: naproxeno 500 mg c/12h x 7 días, fisioterapia, trabajo modificado. Cita de control en 2 semanas.")
    return "clinical_note", lines


def blk_note_dot():
    p = person(adult=True, emp="NWL", maxage=68)
    author = pick(["Marcus Feld, PA-C", "Dr. Anil Venkataraman"])
    lines = [note_header(p, author)]
    lines.append(["DOT/FMCSA exam - driver ", nm_one(p, pick(["upper_lf", "fml"])), ", DOB ", P(fd(p["dob"], "us"), "date"), ", CDL ", p["st"], " ", P(digits(9), "license"), " (Class A)."])
    lines.append(f"Vision 20/{pick([20, 25, 30])} OU w/o correction; hearing whisper test pass; BP {R.randint(118, 150)}/{R.randint(72, 94)}; UA neg protein/blood/sugar.")
    lines.append(pick(["MEC issued 2 yr. No restrictions.", "MEC issued 1 yr (HTN on tx).", "MEC issued 1 yr; sleep study referral (BMI 36, neck 18 in)."]))
    if chance(0.7):
        vin = mk_vin()
        lines.append(["Hx: MVA in personal vehicle ", P(fd(past_date(30, 300), "us_short"), "date"), " (", pick(["2016 Honda CR-V", "2019 Ford F-150", "2012 Toyota Camry"]), " VIN ", P(vin, "vehicle"),
                      "), no LOC; WC claim# ", P(f"{R.randint(23, 24)}-{digits(6)}", "other_id"), " closed."])
    lines.append(f"Electronically signed by {author} {loc().strftime('%m/%d/%Y %H:%M')} (NRCME #{digits(10)})")
    return "clinical_note", lines


# ----------------------------------------------------------------------------- assembly
def forced(fam_name, fn, **kw):
    """A one-line block that guarantees a rarely drawn identifier kind appears."""
    return lambda: (fam_name, [fn(**kw)])


FORCED = [forced("kiosk_kv", kiosk_phi, old=True), forced("kiosk_kv", kiosk_phi, old=True),
          forced("kiosk_gateway_json", kgw_phi, k=0, old=True), forced("kiosk_gateway_json", kgw_phi, k=0),
          forced("kiosk_gateway_json", kgw_phi, k=1), forced("kiosk_gateway_json", kgw_phi, k=1),
          forced("pharmacy_log4j", rx_phi, k=1), forced("pharmacy_log4j", rx_phi, k=1), forced("pharmacy_log4j", rx_phi, k=6),
          forced("pharmacy_log4j", rx_phi, k=6), forced("jira_webhook", jira_phi, k=2), forced("jira_webhook", jira_phi, k=2),
          forced("jira_webhook", jira_phi, k=3), forced("jira_webhook", jira_phi, k=3), forced("jira_webhook", jira_phi, k=6),
          forced("coaching_webhook", coach_phi, k=1), forced("coaching_webhook", coach_phi, k=1), forced("coaching_webhook", coach_phi, k=2), forced("coaching_webhook", coach_phi, k=2)]

BLOCKS = [blk_siu, blk_siu, blk_siu, blk_adt, blk_adt, blk_adt, blk_oru, blk_oru, blk_834,
          blk_csv_csc, blk_csv_kba, blk_note_en, blk_note_en, blk_note_en, blk_note_en,
          blk_note_es, blk_note_es, blk_note_dot, blk_note_dot]


def render(fam_name, pieces):
    b = bytearray()
    spans = []
    for x in flat(pieces):
        if isinstance(x, P):
            s = len(b)
            b += x.v.encode("utf-8")
            assert x.v, "empty span"
            spans.append((s, len(b), x.c, x.v))
        else:
            b += x.encode("utf-8")
    text = b.decode("utf-8")
    assert "\n" not in text and "\r" not in text and text.strip(), text
    for s, e, c, v in spans:
        assert b[s:e].decode("utf-8") == v
    for (s1, e1, _, _), (s2, e2, _, _) in zip(spans, spans[1:]):
        assert e1 <= s2
    return text, {"line": 0, "family": fam_name, "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]}


def choose_single(kind):
    opts = []
    for name, d in FAM.items():
        for fn, w in d[kind]:
            opts.append((name, fn, w))
    tot = sum(w for _, _, w in opts)
    x = R.random() * tot
    for name, fn, w in opts:
        x -= w
        if x <= 0:
            return name, fn
    return opts[-1][0], opts[-1][1]


def main():
    out_lines, out_labels = [], []
    blocks = BLOCKS[:] + FORCED
    R.shuffle(blocks)
    targets = sorted(R.sample(range(3, 440), len(blocks)))
    noise = 0
    bi = 0
    while len(out_lines) < TOTAL:
        n = len(out_lines)
        if bi < len(blocks) and n >= targets[bi]:
            adv(5, 120)
            fam_name, lines = blocks[bi]()
            bi += 1
            if n + len(lines) > TOTAL:
                continue
            for ln in lines:
                adv(0, 1)
                t, lab = render(fam_name, ln)
                out_lines.append(t)
                out_labels.append(lab)
                noise += not lab["spans"]
            continue
        adv()
        want = NOISE_TARGET * (n + 1) - noise
        rem = TOTAL - n
        if rem <= 20:
            kind = "N" if want > 0 else "P"
        else:
            pn = min(0.95, max(0.05, NOISE_TARGET + 0.12 * want))
            kind = "N" if R.random() < pn else "P"
        fam_name, fn = choose_single(kind)
        res = fn()
        if isinstance(res, Fam):
            fam_name, res = res.name, res.pieces
        t, lab = render(fam_name, res)
        if kind == "P":
            assert lab["spans"], (fam_name, t)
        else:
            assert not lab["spans"], (fam_name, t)
        out_lines.append(t)
        out_labels.append(lab)
        noise += not lab["spans"]
    assert len(out_lines) == TOTAL
    for i, lab in enumerate(out_labels, 1):
        lab["line"] = i
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out_lines))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("".join(json.dumps(l, ensure_ascii=False) + "\n" for l in out_labels))
    # verification pass: re-read and check spans
    data = open(os.path.join(HERE, f"{ID}.log"), "rb").read().split(b"\n")
    assert len(data) == TOTAL and all(data)
    cats = {}
    fams = {}
    for raw, lab in zip(data, out_labels):
        fams[lab["family"]] = fams.get(lab["family"], 0) + 1
        for sp in lab["spans"]:
            raw[sp["s"]:sp["e"]].decode("utf-8")
            cats[sp["cat"]] = cats.get(sp["cat"], 0) + 1
    print(f"lines={len(data)} noise={noise} ({100 * noise / TOTAL:.1f}%) blocks={bi}/{len(blocks)}")
    print("families:", len(fams), dict(sorted(fams.items(), key=lambda x: -x[1])))
    print("spans:", sum(cats.values()), dict(sorted(cats.items(), key=lambda x: -x[1])))


if __name__ == "__main__":
    main()
