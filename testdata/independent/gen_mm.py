#!/usr/bin/env python3
"""Synthetic labeled log corpus "mm": a health system's hospital-at-home (acute care at home)
program. Remote patient monitoring hub (BLE vitals kits, cellular gateways, MQTT topics and
payloads), virtual nursing command center (Teams call records, Zoom participant CSV reports,
Vocera-like paging), community paramedic and courier dispatch (Onfleet-like tasks and webhooks
with geocoded home addresses), home supply / oxygen delivery (CSV manifests, vendor XML,
X12 270 eligibility), Epic-like HL7 v2 ADT/ORU and FHIR Observation bundles, escalation rules
engine (Drools/logback), Kotlin Android logcat, Go services (slog JSON and text), Rust
services (tracing fmt), Mosquitto broker log, Grafana/Loki/Promtail logfmt, Prometheus
exposition, Twilio voice webhooks and TwiML, nginx access logs, syslog, Mirth-like
interface engine, and nurses' free-text shift notes (English and Spanish).

Standard library only, deterministic (fixed seed). Writes mm.log and mm.labels.jsonl next to
this script. All people, addresses and identifiers are synthetic.

Labeling decisions:
- Persons labeled: patients, their relatives / emergency contacts / caregivers / guarantors /
  insurance subscribers. Not labeled: nurses, physicians (incl. NPIs), community paramedics,
  couriers, schedulers, Grafana/Teams/Zoom staff accounts, vendors, the health system and its
  facilities, business phone numbers/addresses (command center, Northwind Respiratory, 800 numbers).
- name: every written form of a labeled person's name is a span. A contiguous written name
  ("Zhang, Wei", "Mrs. O'Neill" -> only "O'Neill", "W. Zhang", "ZHANG+WEI" url-form) is one
  span; names split into separate fields/components (HL7 XPN ^ components, JSON given/family,
  XML Family/Given) get one span per component. Titles (Mr/Mrs/Sra.) and suffix separators are
  outside the span; a generational suffix inside an HL7 component (JR) is its own name span.
  Nicknames ("Peggy") are names.
- address: street line (number + street + unit when contiguous), unit when in its own field,
  city, county, and each geocode coordinate (lat and lon separately) are address spans. The
  state (2-letter or full) and country are never labeled. Gate codes are not labeled.
- zip: the ZIP / ZIP+4 alone is its own span (also Twilio FromZip of a patient caller).
- date: calendar dates/datetimes tied to the patient: birth, admission, discharge, death,
  scheduled visit/delivery/pickup dates, eligibility service dates, clinical observation times
  (HL7 OBR-7 / OBX-14, FHIR effectiveDateTime). NOT labeled: log line timestamps,
  transport/message timestamps (MSH-7, EVN-2, FHIR meta.lastUpdated / issued, webhook "time"),
  epoch seconds/millis machine fields in device payloads and Onfleet windows, CDR/meeting
  start/join/leave times, X12 ISA/GS/BHT envelope dates, years alone.
- age: only ages >= 90 ("92yo", "age":93, "93 años"); ages <= 89 are left unlabeled.
- phone / fax: patient and relative numbers in any written form, incl. HL7 XTN components
  (formatted number, area code and local number each a span) and url-encoded %2B1... forms.
- email: patient / relative personal e-mail addresses.
- ssn: SSNs (HL7 PID-19, free text). health_plan: Medicare MBI, Medicaid (OHP) IDs, commercial
  and Medicare Advantage member IDs, subscriber IDs (IN1-36, X12 NM109, CSV/XML member fields).
- account: hospital account (HAR, PID-18), guarantor billing accounts, patient card numbers.
  The public test card 4111111111111111 is not labeled.
- mrn: the patient MRN wherever it appears (topics, payload keys, URLs paths, Loki queries,
  Prometheus label values, HL7 PID-3 ID component only).
- other_id: encounter/CSN numbers (PV1-19), hospital-at-home episode IDs (HAH-EP-..), Epic
  FHIR Patient logical IDs, Onfleet recipient IDs, patient companion-app usernames.
  NOT labeled: kit asset tags (KIT-0412; pooled inventory), escalation/alert/page/task/order/
  delivery IDs, Twilio Call/Account SIDs, trace/span IDs, UUIDs of meetings, message control IDs.
- device: identifiers of devices deployed to a patient's home: BLE MAC addresses, device
  serial numbers (BP cuff, pulse oximeter, scale, O2 concentrator), cellular gateway IMEI and
  SIM ICCID - also when they appear inside MQTT client IDs / hostnames (only the identifier
  part, e.g. the IMEI inside "gw-<imei>"). Model numbers, firmware versions are not labeled.
- ip: public IPs of patients' home gateways / phones / tablets. Private (10/8, 172.16/12,
  192.168/16) and CGNAT (100.64/10) addresses of infrastructure are not labeled.
- license: patient driver's licence numbers. vehicle: licence plates of a patient's/family's
  vehicle (courier/paramedic fleet vehicles are not labeled).
- url: personal URLs of a patient (e.g. a CaringBridge page). Meeting join links and API URLs
  are not labeled (an MRN inside an API path is labeled as mrn).
- photo: base64 payload of a patient's ID/profile face image (the base64 text only).
"""
import json
import os
import random
import unicodedata
from datetime import datetime, timedelta, timezone, date

ID = "mm"
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(0x6D6D2103)
N_LINES = 500
TARGET_NOISE = 0.55


# ----------------------------------------------------------------- span-recording builder
class P:
    """A labeled value. raw=True: inserted into JSON without quotes (numbers)."""
    __slots__ = ("v", "cat", "raw")

    def __init__(self, v, cat, raw=False):
        self.v = str(v)
        self.cat = cat
        self.raw = raw


class M:
    """Mixed string content (plain text + P) to be emitted as ONE JSON string."""
    def __init__(self, *parts):
        self.parts = parts


def _jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def J(o, sep=(",", ":")):
    """Serialize o to JSON parts (str / P), recording P positions."""
    out = []

    def enc(x):
        if isinstance(x, P):
            if x.raw:
                out.append(x)
            else:
                assert _jesc(x.v) == x.v, x.v
                out.append('"')
                out.append(x)
                out.append('"')
        elif isinstance(x, M):
            out.append('"')
            for p in x.parts:
                if isinstance(p, P):
                    assert _jesc(p.v) == p.v, p.v
                    out.append(p)
                else:
                    out.append(_jesc(p))
            out.append('"')
        elif isinstance(x, dict):
            out.append("{")
            for i, (k, v) in enumerate(x.items()):
                if i:
                    out.append(sep[0])
                out.append(json.dumps(k, ensure_ascii=False) + sep[1])
                enc(v)
            out.append("}")
        elif isinstance(x, (list, tuple)):
            out.append("[")
            for i, v in enumerate(x):
                if i:
                    out.append(sep[0])
                enc(v)
            out.append("]")
        else:
            out.append(json.dumps(x, ensure_ascii=False))
    enc(o)
    return out


def JE(o, sep=(",", ":")):
    """JSON serialized and then escaped to live inside another JSON / quoted string."""
    res = []
    for p in J(o, sep):
        if isinstance(p, P):
            assert '"' not in p.v and "\\" not in p.v
            res.append(p)
        else:
            res.append(p.replace("\\", "\\\\").replace('"', '\\"'))
    return res


def build(parts):
    buf = bytearray()
    spans = []

    def walk(x):
        nonlocal buf
        if isinstance(x, str):
            buf += x.encode("utf-8")
        elif isinstance(x, P):
            s = len(buf)
            buf += x.v.encode("utf-8")
            spans.append((s, len(buf), x.cat, x.v))
        elif isinstance(x, (list, tuple)):
            for y in x:
                walk(y)
        elif x is None:
            pass
        else:
            raise TypeError(type(x))
    walk(parts)
    text = buf.decode("utf-8")
    assert "\n" not in text and "\r" not in text and text.strip(), repr(text)
    for s, e, cat, v in spans:
        assert buf[s:e].decode("utf-8") == v, (v, buf[s:e])
        assert e > s
    return text, [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]


def L(fam, *parts):
    return (fam, list(parts))


# ----------------------------------------------------------------- random helpers
_CYC = {}


def cyc(key, n):
    """Round-robin over n template indices in shuffled order (even template coverage)."""
    q = _CYC.get(key)
    if not q:
        q = list(range(n))
        R.shuffle(q)
        _CYC[key] = q
    return q.pop()


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def luhn_check(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def ascii_fold(s):
    s = s.replace("ø", "o").replace("Ø", "O")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def b64chars(n):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(R.choice(a) for _ in range(n))


# ----------------------------------------------------------------- clock
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
NOW = [datetime(2024, 3, 11, 12, 58, 7, 114000, tzinfo=UTC)]
TODAY = date(2024, 3, 11)


def tick(lo=0.3, hi=70.0):
    NOW[0] += timedelta(seconds=R.uniform(lo, hi), microseconds=R.randrange(1000))


def now():
    return NOW[0]


def lt():
    return NOW[0].astimezone(PDT)


def ts_z_ms():
    n = now()
    return n.strftime("%Y-%m-%dT%H:%M:%S.") + f"{n.microsecond // 1000:03d}Z"


def ts_z_us():
    n = now()
    return n.strftime("%Y-%m-%dT%H:%M:%S.") + f"{n.microsecond:06d}Z"


def ts_z_ns():
    n = now()
    return n.strftime("%Y-%m-%dT%H:%M:%S.") + f"{n.microsecond:06d}{R.randrange(1000):03d}Z"


def ts_local_iso(frac=6):
    n = lt()
    f = f"{n.microsecond:06d}"[:frac]
    return n.strftime("%Y-%m-%dT%H:%M:%S.") + f + "-07:00"


def ts_logback(sep="."):
    n = lt()
    return n.strftime("%Y-%m-%d %H:%M:%S") + sep + f"{n.microsecond // 1000:03d}"


def ts_logcat():
    n = lt()
    return n.strftime("%m-%d %H:%M:%S.") + f"{n.microsecond // 1000:03d}"


def ts_hl7(dt=None):
    n = (dt or now()).astimezone(PDT)
    return n.strftime("%Y%m%d%H%M%S") + "-0700"


def ts_syslog():
    n = lt()
    return f"{n.strftime('%b')} {n.day:2d} {n.strftime('%H:%M:%S')}"


def ts_nginx():
    return lt().strftime("%d/%b/%Y:%H:%M:%S -0700")


def epoch():
    return int(now().timestamp())


def epoch_ms():
    return int(now().timestamp() * 1000)


def fmt_date(d, style):
    mon = d.strftime("%b")
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "us_yy":
        return f"{d.month}/{d.day}/{d.strftime('%y')}"
    if style == "dmy":
        return f"{d.day} {mon} {d.year}"
    if style == "mdy":
        return f"{mon} {d.day}, {d.year}"
    if style == "dash":
        return d.strftime("%m-%d-%Y")
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    if style == "upper":
        return d.strftime("%d-%b-%Y").upper()
    raise ValueError(style)


# ----------------------------------------------------------------- world: places
CITIES = [
    ("Portland", "Multnomah", "OR", ["97202", "97206", "97211", "97217", "97219", "97230", "97266"], 45.515, -122.640),
    ("Gresham", "Multnomah", "OR", ["97030", "97080"], 45.498, -122.431),
    ("Beaverton", "Washington", "OR", ["97005", "97007", "97008"], 45.487, -122.804),
    ("Hillsboro", "Washington", "OR", ["97123", "97124"], 45.523, -122.989),
    ("Tigard", "Washington", "OR", ["97223", "97224"], 45.431, -122.771),
    ("Milwaukie", "Clackamas", "OR", ["97222", "97267"], 45.446, -122.639),
    ("Oregon City", "Clackamas", "OR", ["97045"], 45.357, -122.606),
    ("Happy Valley", "Clackamas", "OR", ["97086"], 45.447, -122.530),
    ("Lake Oswego", "Clackamas", "OR", ["97034", "97035"], 45.420, -122.670),
    ("Vancouver", "Clark", "WA", ["98661", "98662", "98684"], 45.638, -122.600),
    ("Camas", "Clark", "WA", ["98607"], 45.587, -122.399),
]
STREETS = ["SE Tibbetts St", "NE Alberta St", "SW Capitol Hwy", "N Lombard St", "SE Division St",
           "NE Killingsworth St", "SW Murray Blvd", "SE 82nd Ave", "NE 148th Ave", "SE Oak Grove Blvd",
           "SW Boones Ferry Rd", "NW Cornell Rd", "SE Foster Rd", "NE Fremont St", "SE Harmony Rd",
           "NE 112th Ave", "E Burnside St", "SW Hall Blvd", "NE 94th Ave", "Molalla Ave",
           "SE Sunnyside Rd", "NW Evergreen Pkwy", "SW Scholls Ferry Rd", "N Denver Ave",
           "SE Stark St", "E Fourth Plain Blvd", "NE Glisan St", "SW Taylors Ferry Rd", "Kane Rd",
           "NE 3rd Ave"]
UNITS = ["Apt 3B", "Unit 204", "#12", "Spc 41", "Apt 7", "Ste B", "Unit 1108", "Apt 2C"]
PUBLIC_NETS = ["73.221", "73.96", "24.20", "67.160", "71.193", "174.204", "172.56", "97.113", "50.39", "98.232"]

PATIENTS_SRC = [
    ("Adaeze", "N", "Okonkwo", "F", "", None), ("Wei", "", "Zhang", "M", "", None),
    ("Margaret", "A", "O'Neill", "F", "", "Peggy"), ("José Luis", "", "Ríos-Castañeda", "M", "", None),
    ("Lan", "Thi", "Nguyen", "F", "", None), ("Hendrik", "", "van der Berg", "M", "", None),
    ("Marie-Claire", "", "Delacroix-Moreau", "F", "", None), ("Kwame", "O", "Mensah", "M", "", None),
    ("Fatima", "", "Al-Sayed", "F", "", None), ("Dmitri", "V", "Ivanov", "M", "", None),
    ("Aroha", "", "Te Rangi", "F", "", None), ("Harold", "J", "Begay", "M", "", None),
    ("Siobhán", "", "MacAllister", "F", "", None), ("Priya", "", "Iyer", "F", "", None),
    ("Tomasz", "", "Kowalczyk", "M", "", None), ("Yuki", "", "Yamamoto", "F", "", None),
    ("Gladys", "M", "St. John", "F", "", None), ("Ahmad", "", "Haddad", "M", "", None),
    ("Ingrid", "", "Lindqvist", "F", "", None), ("Eun-ji", "", "Park", "F", "", None),
    ("Earl", "W", "Dubois", "M", "Jr", None), ("Oluwaseun", "", "Adeyemi", "M", "", "Seun"),
    ("Rosa María", "", "de la Cruz", "F", "", None), ("Bjørn", "", "Halvorsen", "M", "", None),
    ("Mildred", "", "Yazzie", "F", "", None), ("Rajesh", "K", "Venkataraman", "M", "", None),
    ("Zofia", "", "Wiśniewska", "F", "", None), ("Jean-Baptiste", "", "Ferreira da Silva", "M", "", None),
    ("Dolores", "", "McKenzie", "F", "", None), ("Moshe", "", "Goldberg", "M", "", None),
    ("Ana Lucía", "", "Quispe Mamani", "F", "", None), ("Friedrich", "", "von Hohenberg", "M", "", None),
]
REL_GIVEN = [("Chioma", "F"), ("Li", "M"), ("Brendan", "M"), ("Carmen", "F"), ("Minh", "M"), ("Anouk", "F"),
             ("Luc", "M"), ("Ama", "F"), ("Yusuf", "M"), ("Natasha", "F"), ("Wiremu", "M"), ("Darlene", "F"),
             ("Aoife", "F"), ("Arjun", "M"), ("Marta", "F"), ("Kenji", "M"), ("Lorraine", "F"), ("Omar", "M"),
             ("Sven", "M"), ("Ji-ho", "M"), ("Denise", "F"), ("Folake", "F"), ("Lucía", "F"), ("Ole", "M"),
             ("Shirley", "F"), ("Kavya", "F"), ("Piotr", "M"), ("Thiago", "M"), ("Colleen", "F"),
             ("Rivka", "F"), ("Wilber", "M"), ("Greta", "F")]
REL_FAMILY = ["Okafor", "Chen-Whitaker", "Hughes", "Morales", "Tran", "de Vries", "Laurent",
              "Boateng", "Rahman", "Petrova", "Ngata", "Tsosie", "Byrne", "Subramanian", "Nowak"]
RELATIONS = {"F": [("DAU", "Daughter", "daughter", "hija"), ("SPO", "Spouse", "wife", "esposa"),
                   ("NIE", "Niece", "niece", "sobrina"), ("FND", "Friend", "neighbor", "vecina"),
                   ("CGV", "Caregiver", "caregiver", "cuidadora"), ("DAU", "Daughter", "daughter", "hija")],
             "M": [("SON", "Son", "son", "hijo"), ("SPO", "Spouse", "husband", "esposo"),
                   ("NEP", "Nephew", "nephew", "sobrino"), ("FND", "Friend", "neighbor", "vecino"),
                   ("CGV", "Caregiver", "caregiver", "cuidador"), ("SON", "Son", "son", "hijo")]}
LANGS = [("ENG", "English"), ("SPA", "Spanish"), ("VIE", "Vietnamese"), ("CHI", "Mandarin"),
         ("RUS", "Russian"), ("ARA", "Arabic"), ("POL", "Polish"), ("KOR", "Korean")]

RNS = ["Tamsin Oduya", "Kelsey Abernathy", "Marco Bellini", "Nadia Rahimi", "Grace Liu",
       "Samuel Otieno", "Devon Whitfield", "Lucía Ferrer"]
CPS = ["Luis Ortega", "Hannah Brandt", "Kofi Asante", "Meghan Doyle"]
COURIERS = ["Jae-min Cho", "Ruben Salas", "Tiffany Moore", "Arash Karimi"]
MDS = [("Mehta", "Anjali", "1780655431"), ("Fairbanks", "Robert", "1932471180"), ("Carvalho", "Ines", "1467503398")]
CMD_PHONE = "+15034137700"
VENDOR_PHONE = "+18005550147"


def staff_email(full):
    parts = ascii_fold(full).lower().replace("-", "").split()
    return f"{parts[0][0]}{parts[-1]}@cascadiahealth.org"


def staff_user(full):
    parts = ascii_fold(full).lower().replace("-", "").split()
    return f"{parts[0][0]}{parts[-1]}"


def mk_phone(area):
    return (area, str(R.randint(2, 9)) + digits(2), digits(4))


def fp(p, style=None):
    a, e, n = p
    style = R.randrange(8) if style is None else style
    return [f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}{e}{n}", f"+1{a}{e}{n}", f"{a}.{e}.{n}",
            f"+1 {a} {e} {n}", f"1-{a}-{e}-{n}", f"({a}){e}-{n}"][style]


def mk_mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN = A + "0123456789"
    return (str(R.randint(1, 9)) + R.choice(A) + R.choice(AN) + str(R.randrange(10)) + R.choice(A)
            + R.choice(AN) + str(R.randrange(10)) + R.choice(A) + R.choice(A) + digits(2))


def mk_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def mk_imei():
    body = pick(["35693803", "86481203", "35290611", "01542700"]) + digits(6)
    return body + _imei_check(body)


def _imei_check(body14):
    total = 0
    for i, ch in enumerate(body14):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def mk_mac(oui):
    return oui + ":" + ":".join(hexs(2, True) for _ in range(3))


def mk_card():
    body = pick(["4", "5"]) + digits(14)
    return body + _card_check(body)


def _card_check(body15):
    total = 0
    for i, ch in enumerate(reversed(body15)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


class Pt:
    pass


def mk_patients():
    pts = []
    used_mrn = set()
    for i, (giv, mid, fam, sex, suf, nick) in enumerate(PATIENTS_SRC):
        p = Pt()
        p.given, p.mid, p.fam, p.sex, p.suf, p.nick = giv, mid, fam, sex, suf, nick
        age = R.choice([93, 91, 95, 90, 97, 92, 94]) if i % 5 in (0, 2) else R.randint(58, 89)
        p.age = age
        bday = date(TODAY.year - age, R.randint(1, 12), R.randint(1, 28))
        if (bday.month, bday.day) > (TODAY.month, TODAY.day):
            bday = bday.replace(year=bday.year - 1)
        p.dob = bday
        while True:
            m = str(R.randint(1000000, 9999999))
            if m not in used_mrn:
                used_mrn.add(m)
                break
        p.mrn = m
        p.csn = "20" + digits(8)
        p.har = "7" + digits(8)
        p.episode = f"HAH-EP-24-{R.randint(100, 999):05d}"
        p.fhir = "e" + b64chars(22).replace("+", "x").replace("/", "Q") + "3"
        p.ssn = mk_ssn()
        city = pick(CITIES)
        p.city, p.county, p.state, zips, lat, lon = city[0], city[1], city[2], city[3], city[4], city[5]
        p.zip = pick(zips)
        if chance(0.2):
            p.zip += "-" + digits(4)
        p.street = f"{R.randint(100, 19999)} {pick(STREETS)}"
        p.unit = pick(UNITS) if chance(0.3) else ""
        p.lat = f"{lat + R.uniform(-0.04, 0.04):.5f}"
        p.lon = f"{lon + R.uniform(-0.05, 0.05):.5f}"
        area = "360" if p.state == "WA" else pick(["503", "971", "503"])
        p.phone = mk_phone(area)
        p.phone2 = mk_phone(area)
        fold = ascii_fold(p.given.split()[0]).lower().replace("-", "")
        ffold = ascii_fold(p.fam).lower().replace(" ", "").replace("'", "").replace("-", "").replace(".", "")
        p.email = pick([f"{fold}.{ffold}{p.dob.year % 100:02d}@gmail.com", f"{fold[0]}{ffold}{p.dob.year}@comcast.net",
                        f"{ffold}.{fold}@yahoo.com", f"{fold}{ffold[:4]}{R.randint(1, 99)}@outlook.com"])
        p.user = pick([f"{ffold}.{fold}", f"{fold[0]}{ffold}{R.randint(1, 99)}", f"{fold}_{ffold[:5]}"])
        p.kit = f"KIT-{R.randint(1, 480):04d}"
        p.imei = mk_imei()
        p.iccid = "8901260" + digits(12)
        p.bp_sn = "5" + digits(9)
        p.ox_sn = "50" + digits(7)
        p.scale_sn = "UC352" + alnum(6, "0123456789ABCDEF")
        p.bp_mac = mk_mac("C4:7C:8D")
        p.ox_mac = mk_mac("00:1C:05")
        p.scale_mac = mk_mac("5C:B6:CC")
        p.o2 = chance(0.6)
        p.o2_sn = pick(["EF", "IO5-", "NV"]) + digits(7)
        p.ip = f"{pick(PUBLIC_NETS)}.{R.randint(1, 254)}.{R.randint(1, 254)}"
        p.plan = pick(["MCR", "MA", "OHP", "COM"] if age >= 65 else ["OHP", "COM"])
        p.mbi = mk_mbi()
        if p.plan == "MCR":
            p.member, p.plan_name, p.payer = p.mbi, "Medicare Part A", "CMS"
        elif p.plan == "MA":
            p.member, p.plan_name, p.payer = "CAH" + digits(9), "Cascade Advantage HMO", "CASCADE"
        elif p.plan == "OHP":
            p.member, p.plan_name, p.payer = alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(5) + R.choice("ABCDEFGHJKLM"), "Oregon Health Plan", "OHP"
        else:
            p.member, p.plan_name, p.payer = "ZHR" + digits(9), "Regence-like PPO", "RGN"
        p.dl = ("WDL" + alnum(9)) if p.state == "WA" else digits(7)
        p.plate = (alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(4)) if p.state == "WA" else (digits(3) + " " + alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"))
        rg, rsex = REL_GIVEN[i % len(REL_GIVEN)]
        rf = p.fam if chance(0.55) else pick(REL_FAMILY)
        p.rel_given, p.rel_fam = rg, rf
        p.rel = pick(RELATIONS[rsex])
        p.rel_phone = mk_phone(area)
        p.rel_email = f"{ascii_fold(rg).lower().replace('-', '')}.{ascii_fold(rf).lower().replace(' ', '').replace(chr(39), '')}@gmail.com"
        p.lang = pick(LANGS) if chance(0.4) else LANGS[0]
        p.admit_dt = (NOW[0] - timedelta(minutes=R.randint(90, 4 * 1440))).astimezone(PDT).replace(second=0, microsecond=0)
        p.admit = p.admit_dt.date()
        p.dc = TODAY + timedelta(days=R.randint(1, 5))
        p.rn = pick(RNS)
        p.md = pick(MDS)
        p.recip = "rcp_" + b64chars(16).replace("+", "k").replace("/", "Z")
        p.card = mk_card()
        p.fax = mk_phone(area)
        pts.append(p)
    return pts


PTS = mk_patients()


# name renderings
def n_full(p):
    return f"{p.given} {p.fam}"


def n_lf(p):
    return f"{p.fam}, {p.given}"


def n_up(p):
    return ascii_fold(p.fam).upper()


def n_gup(p):
    return ascii_fold(p.given).upper()


def n_init(p):
    return f"{p.given[0]}. {p.fam}"


def rel_full(p):
    return f"{p.rel_given} {p.rel_fam}"


def age_parts(p, fmt="{}"):
    """Age text; labeled only when >= 90."""
    s = fmt.format(p.age)
    if p.age >= 90:
        return [P(s, "age")]
    return [s]


def agev(p):
    return P(p.age, "age", raw=True) if p.age >= 90 else p.age


def pp():
    return pick(PTS)


def addr_free(p):
    """street[, unit], city, ST zip as free text with spans."""
    out = [P(p.street + (" " + p.unit if p.unit else ""), "address"), ", ", P(p.city, "address"), ", ",
           p.state, " ", P(p.zip, "zip")]
    return out


VITALS = [("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%", lambda: R.randint(84, 99)),
          ("8867-4", "Heart rate", "/min", lambda: R.randint(52, 118)),
          ("8480-6", "Systolic blood pressure", "mm[Hg]", lambda: R.randint(96, 178)),
          ("8462-4", "Diastolic blood pressure", "mm[Hg]", lambda: R.randint(52, 101)),
          ("29463-7", "Body weight", "kg", lambda: round(R.uniform(44, 118), 1)),
          ("8310-5", "Body temperature", "Cel", lambda: round(R.uniform(36.1, 38.9), 1)),
          ("9279-1", "Respiratory rate", "/min", lambda: R.randint(12, 28))]


# ================================================================= families
# Each generator: fn(phi) -> list of (family, parts)

# ---- mosquitto broker log
def g_mosquitto(phi):
    e = epoch()
    if not phi:
        t = pick([
            "Saving in-memory database to /var/lib/mosquitto/mosquitto.db.",
            f"New connection from 10.40.{R.randint(0, 9)}.{R.randint(2, 250)}:{R.randint(32768, 60999)} on port 8883.",
            f"New client connected from 10.40.{R.randint(0, 9)}.{R.randint(2, 250)}:{R.randint(32768, 60999)} as hub-ingest-{R.randint(0, 5)} (p5, c0, k30, u'svc_ingest').",
            f"Client rules-bridge-{R.randint(0, 3)} closed its connection.",
            f"Socket error on client {pick(['grafana-mqtt', 'rules-bridge-1', 'hub-ingest-3'])}, disconnecting.",
            "mosquitto version 2.0.18 running",
            "Config loaded from /etc/mosquitto/mosquitto.conf.",
            "Opening ipv4 listen socket on port 8883.",
            "OpenSSL Error[0]: error:0A000416:SSL routines::sslv3 alert certificate unknown",
            f"Received PINGREQ from hub-ingest-{R.randint(0, 5)}",
            f"Sending PINGRESP to hub-ingest-{R.randint(0, 5)}",
            f"Client {uuid4()[:23]} disconnected, not authorised.",
            "Bridge local.rpm-hub-02.cloud doing local SUBSCRIBE on topic hah/v2/#",
        ])
        return [L("mosquitto", f"{e}: {t}")]
    p = pp()
    k = cyc(1, 4)
    if k == 0:
        return [L("mosquitto", f"{e}: New client connected from ", P(p.ip, "ip"), f":{R.randint(1024, 65000)} as gw-",
                  P(p.imei, "device"), " (p5, c1, k60, u'gw", P(p.imei, "device"), "').")]
    if k == 1:
        return [L("mosquitto", f"{e}: Client gw-", P(p.imei, "device"), " has exceeded timeout, disconnecting.")]
    if k == 2:
        return [L("mosquitto", f"{e}: Received PUBLISH from gw-", P(p.imei, "device"),
                  f" (d0, q1, r0, m{R.randint(1, 65000)}, 'hah/v2/kits/{p.kit}/obs/{pick(['bp', 'spo2', 'wt'])}', ... ({R.randint(90, 400)} bytes))")]
    return [L("mosquitto", f"{e}: Denied PUBLISH from gw-", P(p.imei, "device"),
              f" (d0, q1, r0, m{R.randint(1, 999)}, 'hah/v2/pt/", P(p.mrn, "mrn"), f"/alerts', ... ({R.randint(60, 140)} bytes))")]


# ---- Rust tracing (mqtt ingest / gateway ingest)
def rust_line(level, target, *parts, span=None):
    pre = [f"{ts_z_us()} {level:>5} "]
    if span:
        pre += [span, ": "]
    return pre + [target, ": "] + list(parts)


def g_rust(phi):
    if not phi:
        k = cyc(2, 10)
        if k == 0:
            parts = rust_line("INFO", "mqtt_ingest::pool", f"connection pool ready size=16 idle_timeout=30s db=\"postgres://ingest@pg-hah-rw.svc:5432/rpm\"")
        elif k == 1:
            parts = rust_line("DEBUG", "rumqttc::state", pick(["Outgoing = PingReq", "Incoming = PingResp", f"Incoming = PubAck({R.randint(1, 65000)})"]))
        elif k == 2:
            parts = rust_line("INFO", "mqtt_ingest::batch", f"flushed batch rows={R.randint(64, 1024)} elapsed_ms={R.randint(4, 120)} table=\"obs_raw\"")
        elif k == 3:
            parts = rust_line("WARN", "mqtt_ingest::tls", f"server certificate expires soon days_left={R.randint(3, 29)} cn=\"mqtt.hah.cascadiahealth.org\"")
        elif k == 4:
            parts = rust_line("ERROR", "sqlx::query", f"slow statement elapsed={R.uniform(1, 3):.3f}s rows_affected=0 db.statement=\"INSERT INTO obs_raw (kit_id, topic, payload, recv_at) VALUES ($1, $2, $3, $4)\"")
        elif k == 5:
            parts = rust_line("INFO", "mqtt_ingest", f"starting version=\"0.19.{R.randint(0, 6)}\" git_sha=\"{hexs(7)}\" broker=\"mqtts://mqtt.hah.internal:8883\" workers=8")
        elif k == 6:
            kit = f"KIT-{R.randint(1, 480):04d}"
            pl = J({"kit": kit, "batt": R.randint(5, 100), "rssi": -R.randint(55, 110), "fw": pick(["2.4.1", "2.4.0", "2.3.9"]), "up": R.randint(100, 900000)})
            parts = rust_line("DEBUG", "mqtt_ingest::consumer", f"message received topic=\"hah/v2/kits/{kit}/status\" qos=0 retain=true payload=", pl)
        elif k == 7:
            parts = rust_line("INFO", "mqtt_ingest::consumer", f"message received topic=\"$SYS/broker/load/messages/received/1min\" payload=\"{R.uniform(200, 900):.2f}\"")
        elif k == 8:
            parts = rust_line("WARN", "gateway_ingest::decode", f"unknown frame type=0x{hexs(2)} len={R.randint(8, 96)} dropped", span=f"ingest{{trace_id={hexs(32)}}}")
        else:
            parts = rust_line("INFO", "tower_http::trace::on_response", f"finished processing request latency={R.randint(1, 40)} ms status=200", span=f"request{{method=GET uri=/readyz version=HTTP/1.1}}")
        return [L("rust_tracing", *parts)]
    p = pp()
    k = cyc(3, 6)
    ts = epoch()
    if k == 0:
        pl = J({"dev": {"sn": P(p.ox_sn, "device"), "mac": P(p.ox_mac, "device"), "fw": "3.1.2", "model": "Nonin 3230"},
                "pt": P(p.mrn, "mrn"), "spo2": R.randint(84, 99), "hr": R.randint(55, 115), "pi": round(R.uniform(0.4, 9), 1), "ts": ts})
        parts = rust_line("DEBUG", "mqtt_ingest::consumer", f"message received topic=\"hah/v2/kits/{p.kit}/obs/spo2\" qos=1 retain=false payload=", pl)
    elif k == 1:
        pl = J({"deviceSn": P(p.bp_sn, "device"), "model": "UA-651BLE", "sys": R.randint(98, 176), "dia": R.randint(55, 99),
                "pul": R.randint(55, 110), "irregularHB": chance(0.1), "patientId": P(p.mrn, "mrn"), "measuredAt": ts})
        parts = rust_line("DEBUG", "mqtt_ingest::consumer", f"message received topic=\"hah/v2/kits/{p.kit}/obs/bp\" qos=1 retain=false payload=", pl)
    elif k == 2:
        parts = rust_line("WARN", "gateway_ingest::decode", f"crc mismatch frame_len={R.randint(24, 96)} expected=0x{hexs(4)} got=0x{hexs(4)}",
                          span=["ingest{gw_imei=", P(p.imei, "device"), f" kit={p.kit}}}"])
    elif k == 3:
        parts = rust_line("WARN", "mqtt_ingest::router", "unmapped device, dropping reading sn=", P(p.scale_sn, "device"), " mac=", P(p.scale_mac, "device"), f" kit={p.kit}")
    elif k == 4:
        parts = rust_line("ERROR", "mqtt_ingest::episode", f"no active episode for kit kit={p.kit} last_patient_mrn=", P(p.mrn, "mrn"), " last_episode=", P(p.episode, "other_id"), " action=quarantine")
    else:
        parts = rust_line("INFO", "gateway_ingest::session", f"gateway online rat=LTE-M rsrp=-{R.randint(80, 120)} iccid=", P(p.iccid, "device"), " peer=", P(p.ip, "ip"), f":{R.randint(1024, 65000)}",
                          span=["conn{imei=", P(p.imei, "device"), "}"])
    return [L("rust_tracing", *parts)]


# ---- HL7 v2 (one segment per physical line)
def seg(*fields):
    out = []
    for i, f in enumerate(fields):
        if i:
            out.append("|")
        out.append(f)
    return out


def msh(msgtype):
    return L("hl7v2", f"MSH|^~\\&|EPIC|CASCADIA^1.2.840.114350.1.13.737384.2.7.3.688884.100^ISO|H2H_RPM|HAH|{ts_hl7()}||{msgtype}|{R.randint(1000000, 9999999)}|P|2.5.1|||AL|NE")


def xtn(ph_):
    a, e, n = ph_
    return [P(fp(ph_, 7), "phone"), "^PRN^PH^^^", P(a, "phone"), "^", P(e + n, "phone")]


def xpn(p):
    out = [P(n_up(p), "name"), "^", P(n_gup(p), "name")]
    if p.mid or p.suf:
        out += ["^", P(p.mid.upper(), "name") if p.mid else ""]
    if p.suf:
        out += ["^", P(p.suf.upper(), "name")]
    return out


def xad(p):
    return [P(ascii_fold(p.street), "address"), "^", P(p.unit, "address") if p.unit else "", "^", P(p.city, "address"), "^", p.state, "^",
            P(p.zip, "zip"), "^USA^H^^", P(p.county.upper(), "address")]


def pid(p, full=True):
    f = [""] * 21
    f[0] = "PID"
    f[1] = "1"
    f[3] = [P(p.mrn, "mrn"), "^^^CHMRN^MR"]
    f[5] = xpn(p)
    f[7] = P(fmt_date(p.dob, "hl7"), "date")
    f[8] = p.sex
    if full:
        f[6] = [P(ascii_fold(pick(REL_FAMILY)).upper(), "name")] if chance(0.3) else ""
        f[10] = pick(["2106-3^White^CDCREC", "2054-5^Black or African American^CDCREC", "2028-9^Asian^CDCREC", "1002-5^American Indian or Alaska Native^CDCREC", "2131-1^Other Race^CDCREC"])
        f[11] = xad(p)
        f[13] = xtn(p.phone) + (["~^NET^Internet^", P(p.email, "email")] if chance(0.5) else [])
        f[15] = f"{p.lang[0]}^{p.lang[1]}^HL70296"
        f[16] = pick(["M", "W", "S", "D"])
        f[18] = [P(p.har, "account"), "^^^CHHAR^AN"]
        f[19] = P(p.ssn.replace("-", "") if chance(0.5) else p.ssn, "ssn")
        if chance(0.25):
            f[20] = [P(p.dl, "license"), "^", p.state]
    while f and f[-1] == "":
        f.pop()
    return L("hl7v2", *seg(*f))


def pv1(p, discharge=False):
    f = [""] * 46
    f[0] = "PV1"
    f[1] = "1"
    f[2] = "I"
    f[3] = f"HAH^H@H-{R.randint(1, 40):02d}^01^CASCADIA^^^^^HOSPITAL AT HOME"
    f[4] = "E"
    md = p.md
    f[7] = f"{md[2]}^{md[0].upper()}^{md[1].upper()}^^^^MD^^NPI"
    f[10] = "MED"
    f[14] = "ED"
    f[18] = "INP"
    f[19] = [P(p.csn, "other_id"), "^^^CHCSN^VN"]
    f[20] = {"MCR": "MCR", "MA": "MA", "OHP": "MCD", "COM": "COM"}[p.plan]
    f[44] = P(ts_hl7(p.admit_dt), "date")
    if discharge:
        f[36] = pick(["01", "06", "20"])
        f[45] = P(ts_hl7(), "date")
    while f[-1] == "":
        f.pop()
    return L("hl7v2", *seg(*f))


def b_hl7_adt(phi):
    p = pp()
    ev = pick(["A01", "A01", "A08", "A03", "A06"])
    evn_rn = pick(RNS)
    out = [msh(f"ADT^{ev}^ADT_A01" if ev != "A03" else "ADT^A03^ADT_A03"),
           L("hl7v2", f"EVN|{ev}|{ts_hl7()}|||{staff_user(evn_rn).upper()}^{evn_rn.split()[-1]}^{evn_rn.split()[0]}^^^^^^CHSTAFF")]
    out.append(pid(p))
    if chance(0.7):
        r = p.rel
        out.append(L("hl7v2", *seg("NK1", "1", [P(ascii_fold(p.rel_fam).upper(), "name"), "^", P(ascii_fold(p.rel_given).upper(), "name")],
                                     f"{r[0]}^{r[1]}^HL70063", "", xtn(p.rel_phone), "", "EC^Emergency Contact^HL70131")))
    out.append(pv1(p, discharge=(ev == "A03")))
    if chance(0.5):
        f = [""] * 37
        f[0] = "IN1"
        f[1] = "1"
        f[2] = f"{p.plan}^{p.plan_name}"
        f[3] = p.payer
        f[4] = {"MCR": "Centers for Medicare & Medicaid Services", "MA": "Cascade Advantage", "OHP": "Oregon Health Authority", "COM": "Regence BlueCross"}[p.plan]
        f[5] = "PO Box 30012^^Portland^OR^97294"
        f[16] = [P(n_up(p), "name"), "^", P(n_gup(p), "name")]
        f[17] = "SEL^Self^HL70063"
        f[18] = P(fmt_date(p.dob, "hl7"), "date")
        f[36] = P(p.member, "health_plan")
        out.append(L("hl7v2", *seg(*f)))
    if ev == "A01" and chance(0.6):
        out.append(L("hl7v2", f"DG1|1||J18.9^Pneumonia, unspecified organism^I10||{ts_hl7()}|A"))
    return out


def b_hl7_oru(phi):
    p = pp()
    out = [msh("ORU^R01^ORU_R01")]
    out.append(pid(p, full=False))
    obs_dt = now() - timedelta(seconds=R.randint(30, 600))
    out.append(L("hl7v2", *seg("OBR", "1", f"{R.randint(100000000, 999999999)}^EPIC", f"RPM{hexs(10, True)}^H2H", "VS^Vital Signs Panel^CHPROC", "", "",
                                P(ts_hl7(obs_dt), "date"), "", "", "", "", "", "", "", "", f"{p.md[2]}^{p.md[0].upper()}^{p.md[1].upper()}", "", "", "", "", "", ts_hl7(), "", "RPM", "F")))
    for i, (code, disp, unit, fn) in enumerate(R.sample(VITALS, R.randint(2, 4))):
        f = [""] * 19
        f[0] = "OBX"
        f[1] = str(i + 1)
        f[2] = "NM"
        f[3] = f"{code}^{disp}^LN"
        f[5] = str(fn())
        f[6] = f"{unit}^{unit}^UCUM"
        f[8] = pick(["N", "N", "L", "H"])
        f[11] = "F"
        if chance(0.35):
            f[14] = P(ts_hl7(obs_dt), "date")
        if chance(0.4):
            sn, model = ((p.ox_sn, "NONIN_3230") if code in ("59408-5", "8867-4", "9279-1") else (p.bp_sn, "AND_UA651BLE")
                         if code in ("8480-6", "8462-4") else (p.scale_sn, "AND_UC352BLE") if code == "29463-7" else (p.bp_sn, "AND_UT201BLE"))
            f[18] = [P(sn, "device"), "^", model, "^HAHDEV"]
        while f[-1] == "":
            f.pop()
        out.append(L("hl7v2", *seg(*f)))
    return out


# ---- Mirth-like interface engine log
def g_mirth(phi):
    ch = pick(["EPIC_ADT_IN", "H2H_ORU_OUT", "NWRS_ORDERS_OUT"])
    thr = f"[Channel Dispatcher Thread on {ch} ({uuid4()})]"
    pre = f"{pick(['INFO ', 'WARN ', 'ERROR'])} {ts_logback(',')} {thr} "
    if not phi:
        t = pick([
            f"com.mirth.connect.donkey.server.channel.Channel: Message {R.randint(10000, 999999)} processed. status=SENT",
            f"com.mirth.connect.connectors.tcp.TcpReceiver: Connection accepted from 10.12.{R.randint(0, 9)}.{R.randint(2, 250)}:{R.randint(30000, 60000)} on port 6661",
            f"com.mirth.connect.server.channel.ChannelController: Deployed channel {ch} revision {R.randint(12, 88)}",
            "com.mirth.connect.connectors.tcp.TcpDispatcher: ACK timeout after 30000 ms; will retry (attempt 2/5)",
            f"com.mirth.connect.donkey.server.queue.ConnectorMessageQueue: queue size={R.randint(0, 400)} buffer=1000",
        ])
        return [L("mirth", pre + t)]
    p = pp()
    k = cyc(4, 3)
    if k == 0:
        return [L("mirth", pre + "com.mirth.connect.server.userutil.JavaScriptUtil: ADT filter: no kit assignment for PID-3 ", P(p.mrn, "mrn"),
                  " (", P(n_up(p), "name"), "^", P(n_gup(p), "name"), "), message routed to ERROR queue")]
    if k == 1:
        return [L("mirth", pre + "com.mirth.connect.server.transformers.JavaScriptFilterTransformer: Transformer error: DOB '",
                  P(fmt_date(p.dob, "us"), "date"), "' not HL7 TS for MRN ", P(p.mrn, "mrn"))]
    return [L("mirth", pre + "com.mirth.connect.server.userutil.ChannelUtil: duplicate CSN ", P(p.csn, "other_id"), " for episode ", P(p.episode, "other_id"), "; skipping A01")]


# ---- FHIR Observation bundles
LOINC_FHIR = VITALS


def g_fhir(phi):
    if not phi:
        k = cyc(5, 4)
        if k == 0:
            o = {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "processing",
                 "diagnostics": f"Observation.code.coding[0].code: unknown code '{pick(['8867-4x', '59408', '8310'])}' in system http://loinc.org"}]}
        elif k == 1:
            o = {"resourceType": "Bundle", "type": "transaction-response", "entry": [{"response": {"status": "201 Created", "location": f"Observation/{uuid4()}/_history/1", "etag": "W/\"1\""}} for _ in range(R.randint(1, 3))]}
        elif k == 2:
            o = {"resourceType": "CapabilityStatement", "status": "active", "fhirVersion": "4.0.1", "software": {"name": "h2h-fhir-bridge", "version": f"3.{R.randint(0, 9)}.{R.randint(0, 20)}"}, "format": ["json"]}
        else:
            o = {"resourceType": "Subscription", "id": f"rpm-alerts-{R.randint(1, 9)}", "status": "active", "criteria": "Observation?category=vital-signs&code=59408-5", "channel": {"type": "rest-hook", "endpoint": "https://rules.hah.internal/fhir/notify"}}
        return [L("fhir_json", *J(o))]
    p = pp()
    eff = (now() - timedelta(seconds=R.randint(20, 900))).astimezone(PDT)
    entries = []
    for code, disp, unit, fn in R.sample(LOINC_FHIR, R.randint(1, 2)):
        res = {"resourceType": "Observation", "status": "final",
               "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "vital-signs"}]}],
               "code": {"coding": [{"system": "http://loinc.org", "code": code, "display": disp}]},
               "subject": {"reference": M("Patient/", P(p.fhir, "other_id"))}}
        if chance(0.6):
            res["subject"]["identifier"] = {"system": "urn:oid:1.2.840.114350.1.13.737384.2.7.5.737384.14", "value": P(p.mrn, "mrn")}
        if chance(0.6):
            res["subject"]["display"] = P(pick([n_lf(p), n_full(p)]), "name")
        res["effectiveDateTime"] = P(eff.strftime("%Y-%m-%dT%H:%M:%S-07:00"), "date")
        res["valueQuantity"] = {"value": fn(), "unit": unit, "system": "http://unitsofmeasure.org", "code": unit}
        if chance(0.5):
            model, dsn = pick([("Nonin 3230 SN ", p.ox_sn), ("A&D UA-651BLE SN ", p.bp_sn)])
            res["device"] = {"display": M(model, P(dsn, "device"))}
        res["meta"] = {"lastUpdated": ts_z_ms()}
        entries.append({"fullUrl": f"urn:uuid:{uuid4()}", "resource": res, "request": {"method": "POST", "url": "Observation"}})
    o = {"resourceType": "Bundle", "type": "transaction", "entry": entries}
    if chance(0.4):
        # wrapped in a Go slog record of the bridge
        return [L("fhir_json", '{"time":"', ts_local_iso(), '","level":"DEBUG","msg":"fhir outbound","svc":"fhir-bridge","bytes":',
                  str(R.randint(900, 4000)), ',"body":"', *JE(o), '"}')]
    return [L("fhir_json", *J(o))]


# ---- Drools escalation engine (logback)
def g_drools(phi):
    thr = pick(["drools-exec-1", "drools-exec-3", "kafka-consumer-rpm-0", "main", "scheduling-1"])
    pre = f"{ts_logback()} {pick(['INFO ', 'INFO ', 'WARN ', 'DEBUG'])} [{thr}] "
    if not phi:
        t = pick([
            "o.d.c.kie.builder.impl.KieContainerImpl - Start creation of KieBase: escalationKB",
            "o.d.c.kie.builder.impl.KieContainerImpl - End creation of KieBase: escalationKB",
            f"c.c.h.rules.RuleReloader - rules artifact com.cascadia.hah:escalation-rules:2.7.{R.randint(0, 4)} deployed ({R.randint(120, 160)} rules, 12 DRL files) in {R.randint(400, 1900)} ms",
            f"c.c.h.rules.SessionStats - session=hah-esc-{R.randint(1, 4)} fired={R.randint(10, 900)} facts={R.randint(1000, 9000)} avgFireMs={R.uniform(0.3, 4):.2f}",
            "o.d.c.k.b.impl.KieRepositoryImpl - KieModule was added: MemoryKieModule[releaseId=com.cascadia.hah:escalation-rules:2.7.2]",
            "c.c.h.rules.ThresholdCache - loaded 412 per-episode thresholds from redis://redis-hah:6379/3 (age 41s)",
            f"c.c.h.rules.EscalationService - tier-2 queue depth={R.randint(0, 12)} oldestWaitSec={R.randint(0, 600)}",
            "o.k.a.r.rule.ConsequenceException - rule: \"Weight gain 2kg/48h\" java.lang.NullPointerException: Cannot invoke \"java.lang.Double.doubleValue()\" because \"$w.getBaselineKg()\" is null",
            "c.c.h.rules.RuleLint - Rule \"NEWS2 aggregate >= 5\" has no salience; default 0",
        ])
        return [L("drools_logback", pre + t)]
    p = pp()
    k = cyc(6, 4)
    rule, val = pick([("SpO2 < 90 sustained 5m", R.randint(82, 89)), ("SBP > 180 x2", R.randint(181, 204)), ("HR > 120 at rest", R.randint(121, 150)),
                      ("NEWS2 >= 7", R.randint(7, 11)), ("Temp >= 38.3", round(R.uniform(38.3, 39.6), 1)), ("No vitals 6h", "null")])
    if k == 0:
        return [L("drools_logback", pre + f"c.c.h.rules.EscalationService - Rule \"{rule}\" fired for patient mrn=", P(p.mrn, "mrn"),
                  " age=", *age_parts(p), f" kit={p.kit} value={val} -> ESCALATE tier={R.randint(1, 3)} (page RN pod {pick('ABC')})")]
    if k == 1:
        return [L("drools_logback", pre + f"o.d.c.e.DebugAgendaEventListener - ==>[AfterActivationFiredEvent: getActivation()=[[ Activation rule={rule}, act#={R.randint(1000, 99999)}, salience=100, tuple=[fact 0:{R.randint(1, 99)}:{R.randint(100000, 999999)}:PatientState(mrn=",
                  P(p.mrn, "mrn"), ", name=", P(f"{p.given} {p.fam}", "name"), ", age=", *age_parts(p),
                  f", news2={R.randint(3, 9)}, episode=", P(p.episode, "other_id"), ")]]]]")]
    if k == 2:
        return [L("drools_logback", pre + f"c.c.h.rules.EscalationService - escalation ESC-24-{R.randint(1000, 9999):06d} created for ",
                  P(n_lf(p), "name"), " (", P(p.mrn, "mrn"), ") callback=", P(fp(p.phone), "phone"), f" owner={staff_user(pick(RNS))}")]
    return [L("drools_logback", pre + "c.c.h.rules.ThresholdOverride - per-patient override episode=", P(p.episode, "other_id"),
              f" spo2Min=88 (COPD baseline) set by {staff_user(p.md[1] + ' ' + p.md[0])} until ", P(fmt_date(p.dc, "iso"), "date"))]


# ---- Kotlin Android logcat
def logcat(level, tag, *parts):
    if chance(0.75):
        pid_, tid = R.randint(2000, 31000), R.randint(2000, 31000)
        return [f"{ts_logcat()} {pid_:5d} {tid:5d} {level} {tag}: "] + list(parts)
    return [f"{level}/{tag}({R.randint(2000, 31000):5d}): "] + list(parts)


def g_logcat(phi):
    if not phi:
        k = cyc(7, 11)
        if k == 0:
            parts = logcat("D", "OkHttp", "--> GET https://api.hah.cascadiahealth.org/companion/v2/config")
        elif k == 1:
            parts = logcat("D", "OkHttp", f"<-- 200 https://api.hah.cascadiahealth.org/companion/v2/config ({R.randint(40, 900)}ms, {R.randint(200, 4000)}-byte body)")
        elif k == 2:
            parts = logcat("I", "WM-WorkerWrapper", f"Worker result SUCCESS for Work [ id={uuid4()}, tags={{ com.cascadia.hah.sync.VitalsUploadWorker }} ]")
        elif k == 3:
            parts = logcat("W", "System", "A resource failed to call close.")
        elif k == 4:
            parts = logcat("E", "AndroidRuntime", "kotlin.UninitializedPropertyAccessException: lateinit property gatt has not been initialized")
        elif k == 5:
            parts = logcat("I", "Choreographer", f"Skipped {R.randint(30, 120)} frames!  The application may be doing too much work on its main thread.")
        elif k == 6:
            parts = logcat("D", "BluetoothAdapter", "isLeEnabled(): ON")
        elif k == 7:
            parts = logcat("I", "chatty", f"uid=10{R.randint(100, 299)}(com.cascadia.hah.companion) DefaultDispatch identical {R.randint(2, 9)} lines")
        elif k == 8:
            parts = logcat("E", "AndroidRuntime", "FATAL EXCEPTION: DefaultDispatcher-worker-2")
        elif k == 9:
            parts = logcat("I", "HahApp", f"versionName=3.8.{R.randint(0, 4)} versionCode={R.randint(380, 420)} build={hexs(8)} flavor=patientProd sdk=33")
        else:
            parts = logcat("W", "BleScanner", f"scan throttled by OS, backoff={R.randint(5, 30)}s registeredScanners=5")
        return [L("logcat", *parts)]
    p = pp()
    k = cyc(8, 8)
    if k == 0:
        parts = logcat("I", "BleVitalsManager", "connected addr=", P(p.bp_mac, "device"), " model=UA-651BLE bond=BONDED mtu=185")
    elif k == 1:
        parts = logcat("D", "BluetoothGatt", "onClientConnectionState() - status=133 clientIf=9 device=", P(p.ox_mac, "device"))
    elif k == 2:
        body = J({"patientId": P(p.mrn, "mrn"), "episodeId": P(p.episode, "other_id"), "readings": [{"type": "spo2", "v": R.randint(85, 99), "t": epoch()}]})
        parts = logcat("D", "VitalsRepository", "upload body=", *body)
    elif k == 3:
        parts = logcat("I", "SessionManager", "login ok user=", P(p.user, "other_id"), " tenant=hah role=PATIENT")
    elif k == 4:
        parts = logcat("W", "TwilioVoice", "Call to ", P(fp(p.phone, 3), "phone"), " failed: 31005 Connection error (ConnectionException)")
    elif k == 5:
        parts = logcat("D", "KitSetupViewModel", "gateway imei=", P(p.imei, "device"), " iccid=", P(p.iccid, "device"), " paired to episode ", P(p.episode, "other_id"))
    elif k == 6:
        body = J({"mrn": P(p.mrn, "mrn"), "photo": M("data:image/jpeg;base64,", P("/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA" + b64chars(R.randint(90, 160)), "photo")), "source": "id_verification"})
        parts = logcat("D", "ProfileRepository", "PUT /companion/v2/profile/photo ", *body, f" …(truncated {R.randint(20000, 90000)} bytes)")
    else:
        parts = logcat("I", "EmergencyContactsFragment", "render contacts=[", P(rel_full(p), "name"), " (", p.rel[2], ") ", P(fp(p.rel_phone, 1), "phone"), "]")
    return [L("logcat", *parts)]


# ---- Go slog JSON (dispatch service)
def g_go_json(phi):
    base = {"time": ts_local_iso(), "level": "INFO"}
    if not phi:
        k = cyc(9, 7)
        if k == 0:
            base.update(msg="http server listening", addr=":8443", version=f"v1.14.{R.randint(0, 9)}", commit=hexs(8))
        elif k == 1:
            base.update(msg="onfleet sync complete", tasks_fetched=R.randint(40, 200), tasks_updated=R.randint(0, 20), duration_ms=R.randint(100, 2000))
        elif k == 2:
            base.update(level="WARN", msg="onfleet rate limited", retry_after_s=R.randint(1, 5), endpoint="/api/v2/tasks/all")
        elif k == 3:
            base.update(level="ERROR", msg="geocoder timeout", provider="mapbox", timeout="3s", trace_id=hexs(32), span_id=hexs(16))
        elif k == 4:
            base.update(level="DEBUG", msg="route optimized", team=pick(["CP-East", "CP-West", "Courier-Clark"]), stops=R.randint(3, 14), km=round(R.uniform(10, 90), 1))
        elif k == 5:
            base.update(msg="request", method="GET", path="/healthz", status=200, dur=f"{R.randint(100, 900)}µs", remote="10.20.3.41:51822")
        else:
            base.update(msg="worker on duty", worker=pick(COURIERS + CPS), vehicle=pick(["CAR", "VAN"]), team=pick(["CP-East", "Courier-Clark"]), worker_phone=pick(["+15034137711", "+15034137712"]))
        return [L("go_slog_json", *J(base))]
    p = pp()
    k = cyc(10, 4)
    if k == 0:
        base.update(msg="task created", svc="dispatch", task_id=f"tsk_{b64chars(10).replace('/', 'q').replace('+', 'p')}",
                    kind=pick(["O2_DELIVERY", "CP_VISIT", "LAB_DRAW", "KIT_PICKUP"]),
                    patient={"mrn": P(p.mrn, "mrn"), "episode": P(p.episode, "other_id")},
                    dest={"street": P(p.street, "address"), "unit": P(p.unit, "address") if p.unit else "", "city": P(p.city, "address"), "state": p.state, "zip": P(p.zip, "zip"),
                          "geo": [P(p.lon, "address", True), P(p.lat, "address", True)]},
                    window_after=epoch_ms() + 3600000, window_before=epoch_ms() + 4 * 3600000)
    elif k == 1:
        base.update(msg="recipient upserted", recipient_id=P(p.recip, "other_id"), name=P(n_full(p), "name"), phone=P(fp(p.phone, 3), "phone"), skip_sms=False)
    elif k == 2:
        base.update(level="WARN", msg="proof of delivery signer mismatch", task_id=f"tsk_{b64chars(10).replace('/', 'q').replace('+', 'p')}",
                    expected=P(n_full(p), "name"), signer=P(rel_full(p), "name"), relationship=p.rel[2])
    else:
        base.update(msg="sms sent", provider="twilio", to=P(fp(p.phone, 3), "phone"), template="courier_eta", sid="SM" + hexs(32), body=M(f"Hi ", P(p.given.split()[0], "name"), f", your Cascadia H@H delivery arrives in ~{R.randint(5, 40)} min."))
    return [L("go_slog_json", *J(base))]


# ---- Go slog text (geocode / supply service)
def g_go_text(phi):
    pre = f"time={ts_local_iso(3)} level="
    if not phi:
        t = pick([
            f"INFO msg=\"cache stats\" hits={R.randint(1000, 9000)} misses={R.randint(10, 300)} evictions=0",
            "INFO msg=\"config loaded\" path=/etc/hah/dispatch.yaml env=prod region=us-west-2",
            f"WARN msg=\"slow upstream\" upstream=nwrs-orders latency={R.randint(900, 4000)}ms threshold=800ms",
            f"ERROR msg=\"postgres: connection refused\" host=pg-hah-rw.svc port=5432 attempt={R.randint(1, 5)}",
            f"INFO msg=\"inventory sync\" sku=E1390 on_hand={R.randint(4, 60)} reserved={R.randint(0, 20)} depot=PDX-NE",
            f"DEBUG msg=\"geocode cache hit\" key={hexs(16)} ttl=86400s",
            f"INFO msg=\"order acknowledged\" vendor=NWRS order_no=NW-{R.randint(800000, 899999)} eta_min={R.randint(60, 300)}",
        ])
        return [L("go_slog_text", pre + t)]
    p = pp()
    k = cyc(11, 3)
    if k == 0:
        return [L("go_slog_text", pre + "WARN msg=\"geocode fallback\" provider=census query=\"", *addr_free(p), "\" lat=", P(p.lat, "address"), " lon=", P(p.lon, "address"), f" confidence={R.uniform(0.4, 0.8):.2f}")]
    if k == 1:
        return [L("go_slog_text", pre + f"INFO msg=\"o2 order placed\" order_no=NW-{R.randint(800000, 899999)} item=E1390 lpm={R.randint(1, 5)} patient_mrn=", P(p.mrn, "mrn"),
                  " deliver_on=", P(fmt_date(p.admit + timedelta(days=1), "iso"), "date"), " ship_to_zip=", P(p.zip, "zip"))]
    return [L("go_slog_text", pre + "ERROR msg=\"vendor rejected order\" reason=\"member not eligible on DOS\" member_id=", P(p.member, "health_plan"),
              " dob=", P(fmt_date(p.dob, "iso"), "date"), f" vendor=NWRS")]


# ---- Onfleet-like webhook payloads
def g_onfleet(phi):
    if not phi:
        k = cyc(12, 3)
        if k == 0:
            o = {"triggerId": 5, "triggerName": "workerDuty", "time": epoch_ms(), "data": {"worker": {"id": b64chars(24).replace("/", "x").replace("+", "y"), "name": pick(COURIERS + CPS), "onDuty": chance(0.5)}}}
        elif k == 1:
            o = {"check": hexs(16)}
        else:
            o = {"triggerId": 1, "triggerName": "taskStarted", "taskId": b64chars(24).replace("/", "x").replace("+", "y"), "time": epoch_ms(),
                 "actionContext": {"type": "WORKER", "id": b64chars(24).replace("/", "x").replace("+", "y")}, "data": {"task": {"shortId": hexs(8), "state": 2}}}
        return [L("onfleet_json", *J(o))]
    p = pp()
    trig = pick([(3, "taskCompleted"), (2, "taskArrival"), (4, "taskFailed"), (6, "taskCreated")])
    addr = {"number": P(p.street.split()[0], "address"), "street": P(p.street.split(" ", 1)[1], "address"), "apartment": P(p.unit, "address") if p.unit else "",
            "city": P(p.city, "address"), "state": {"OR": "Oregon", "WA": "Washington"}[p.state], "postalCode": P(p.zip, "zip"), "country": "United States"}
    rec = {"id": P(p.recip, "other_id"), "name": P(pick([n_full(p), n_lf(p), n_full(p).upper()]), "name"), "phone": P(fp(p.phone, 3), "phone"),
           "notes": pick(["", M("Gate code 4471#. Call daughter ", P(p.rel_given, "name"), " at ", P(fp(p.rel_phone, 1), "phone"), " if no answer."),
                          M("Tocar el timbre dos veces; ", P(p.rel_given, "name"), " (", p.rel[3], ") habla inglés."),
                          "Dog in yard - wait at gate.", M("Family car ", P(p.plate, "vehicle"), " usually in driveway, park on street.")])}
    task = {"id": b64chars(24).replace("/", "x").replace("+", "y"), "shortId": hexs(8), "state": 3 if trig[0] == 3 else 2,
            "destination": {"address": addr, "location": [P(p.lon, "address", True), P(p.lat, "address", True)]},
            "recipients": [rec], "completeAfter": epoch_ms() - 3600000, "completeBefore": epoch_ms() + 7200000,
            "metadata": [{"name": "mrn", "type": "string", "value": P(p.mrn, "mrn")}, {"name": "kind", "type": "string", "value": pick(["O2_DELIVERY", "CP_VISIT", "KIT_DROP"])}]}
    if trig[0] == 4:
        task["completionDetails"] = {"success": False, "failureReason": "NOBODY", "notes": M("Pt ", P(p.fam, "name"), " not home, left door tag. Called ", P(fp(p.phone, 1), "phone"))}
    o = {"actionContext": {"type": "WORKER", "id": b64chars(24).replace("/", "x").replace("+", "y")}, "triggerId": trig[0], "triggerName": trig[1],
         "taskId": task["id"], "time": epoch_ms(), "data": {"task": task}}
    return [L("onfleet_json", *J(o, sep=(", ", ": ") if chance(0.3) else (",", ":")))]


# ---- home supply / oxygen manifests (CSV with header)
SUPPLY_HDR = "order_no,promised_date,item_code,item_desc,qty,serial_no,ship_to_name,ship_to_addr1,ship_to_city,ship_to_zip,contact_phone,route"



def b_supply(phi):
    out = []
    if chance(0.5):
        out.append(L("supply_csv", SUPPLY_HDR))
    for _ in range(R.randint(1, 3)):
        order = f"DLV-2024-{R.randint(30000, 39999):06d}"
        item = pick([("E1390", "O2 concentrator 5L", True), ("E0431", "Portable O2 cylinder E", False), ("A4615", "Nasal cannula", False),
                     ("E0486", "Pulse oximeter kit", True), ("HAH-KIT", "RPM kit (BP/SpO2/scale/gateway)", False), ("A4253", "Glucose strips 50ct", False)])
        if chance(0.3):
            row = [f"{order},{(TODAY + timedelta(days=R.randint(0, 2))).isoformat()},{item[0]},{item[1]},{R.randint(1, 12)},,CASCADIA H@H DEPOT,2250 NE Halsey St Dock 4,Portland,97232,503-413-7740,DEPOT"]
            out.append(L("supply_csv", *row))
            continue
        p = pp()
        sn = p.o2_sn if item[0] == "E1390" else (p.ox_sn if item[0] == "E0486" else "")
        name = pick([n_up(p) + ", " + n_gup(p), n_full(p)])
        nq = "," in name
        row = [order, ",", P(fmt_date(p.admit + timedelta(days=R.randint(0, 2)), pick(["iso", "us"])), "date"), ",", item[0], ",", item[1], ",", str(R.randint(1, 4)), ",",
               P(sn, "device") if sn else "", ","] + (['"', P(name, "name"), '"'] if nq else [P(name, "name")]) + [",",
               P(p.street + (" " + p.unit if p.unit else ""), "address"), ",", P(p.city, "address"), ",", P(p.zip, "zip"), ",",
               P(fp(pick([p.phone, p.rel_phone]), pick([1, 2, 0])), "phone"), ",", pick(["CP-East", "Courier-Clark", "NWRS-R3"])]
        out.append(L("supply_csv", *row))
    return out


# ---- O2 concentrator vendor telemetry (pipe, no header)
def g_pipe(phi):
    if not phi:
        return [L("vendor_pipe", f"HB|NWRS|{ts_hl7()}|depot=PDX-NE|units_online={R.randint(180, 260)}|alarms_open={R.randint(0, 9)}|feed_ver=4.2")]
    p = pp()
    return [L("vendor_pipe", f"TEL|NWRS|{ts_hl7()}|SN=", P(p.o2_sn, "device"), f"|MODEL=EverFlo5|LPM={R.randint(1, 5)}|O2PCT={R.uniform(87, 96):.1f}|HRS={R.uniform(100, 9000):.1f}|ALARM={pick(['NONE', 'NONE', 'LOW_O2', 'POWER_LOSS'])}|ACCT=",
              P(p.har, "account"), "|")]


# ---- vendor order XML
def g_xml(phi):
    if not phi:
        t = pick([
            f'<Ack xmlns="urn:nwrs:orders:v3" status="OK" orderNo="NW-{R.randint(800000, 899999)}" eta="{ts_z_ms()}"/>',
            f'<Fault xmlns="urn:nwrs:orders:v3"><Code>429</Code><Reason>Too Many Requests</Reason><RetryAfter>{R.randint(1, 30)}</RetryAfter></Fault>',
            f'<InventoryReport depot="PDX-NE" generated="{ts_z_ms()}"><Item code="E1390" onHand="{R.randint(3, 40)}"/><Item code="E0431" onHand="{R.randint(20, 200)}"/></InventoryReport>',
        ])
        return [L("vendor_xml", t)]
    p = pp()
    parts = [f'<DeliveryOrder xmlns="urn:nwrs:orders:v3" orderNo="NW-{R.randint(800000, 899999)}" priority="{pick(["STAT", "ROUTINE"])}"><Patient mrn="', P(p.mrn, "mrn"), '"><Name><Family>',
             P(p.fam, "name"), "</Family><Given>", P(p.given, "name"), "</Given></Name><BirthDate>", P(fmt_date(p.dob, "iso"), "date"), "</BirthDate><Address><Line>",
             P(p.street, "address"), "</Line>"]
    if p.unit:
        parts += ["<Line>", P(p.unit, "address"), "</Line>"]
    parts += ["<City>", P(p.city, "address"), "</City><State>", p.state, "</State><Zip>", P(p.zip, "zip"), "</Zip></Address><Phone type=\"home\">", P(fp(p.phone, 1), "phone"),
              "</Phone><Coverage payer=\"", p.payer, "\"><MemberId>", P(p.member, "health_plan"), "</MemberId></Coverage></Patient><Item code=\"E1390\" lpm=\"", str(R.randint(1, 5)),
              "\"/><DeliverOn>", P(fmt_date(p.admit + timedelta(days=1), "iso"), "date"), "</DeliverOn></DeliveryOrder>"]
    return [L("vendor_xml", *parts)]


# ---- X12 270 eligibility / 999 ack (one line per interchange)
def g_x12(phi):
    d8 = now().astimezone(PDT).strftime("%Y%m%d")
    d6 = d8[2:]
    tm = now().astimezone(PDT).strftime("%H%M")
    ctl = f"{R.randint(1, 999999999):09d}"
    isa = f"ISA*00*          *00*          *ZZ*NWRS5016       *ZZ*CMSEDI         *{d6}*{tm}*^*00501*{ctl}*0*P*:~"
    if not phi:
        return [L("x12", isa + f"GS*FA*CMSEDI*NWRS5016*{d8}*{tm}*{R.randint(1, 9999)}*X*005010X231A1~ST*999*0001*005010X231A1~AK1*HS*{R.randint(1, 9999)}*005010X279A1~AK2*270*0001*005010X279A1~IK5*A~AK9*A*1*1*1~SE*6*0001~GE*1*{R.randint(1, 9999)}~IEA*1*{ctl}~")]
    p = pp()
    parts = [isa, f"GS*HS*NWRS5016*CMSEDI*{d8}*{tm}*{R.randint(1, 9999)}*X*005010X279A1~ST*270*0001*005010X279A1~BHT*0022*13*{hexs(10, True)}*{d8}*{tm}~HL*1**20*1~NM1*PR*2*{p.payer}*****PI*{p.payer}01~HL*2*1*21*1~NM1*1P*2*NORTHWIND RESPIRATORY SUPPLY*****XX*1588667638~HL*3*2*22*0~TRN*1*{R.randint(10000000, 99999999)}*9NWRS00001~NM1*IL*1*",
             P(n_up(p), "name"), "*", P(n_gup(p), "name"), "****MI*", P(p.member, "health_plan"), "~DMG*D8*", P(fmt_date(p.dob, "hl7"), "date"), f"*{p.sex}~DTP*291*D8*",
             P(fmt_date(p.admit, "hl7"), "date"), "~EQ*12~SE*13*0001~GE*1*1~IEA*1*" + ctl + "~"]
    return [L("x12", *parts)]


# ---- Vocera-like paging
def g_vocera(phi):
    pre = f"[{ts_logback(',')}] {pick(['INFO ', 'INFO ', 'WARN '])} [MessageRouter-{R.randint(1, 8)}] vmp.router.PageRouter - "
    if not phi:
        rn = pick(RNS)
        t = pick([
            f"badge B-{R.randint(1000, 2999)} registered to AP ap-4w-{R.randint(1, 40)} (10.60.4.{R.randint(2, 250)})",
            f"broadcast id=bc-{R.randint(10000, 99999)} to group \"H@H RN Pod {pick('ABC')}\" delivered {R.randint(4, 8)}/8",
            f"badge B-{R.randint(1000, 2999)} ({rn.split()[-1]}, {rn.split()[0]}) battery low 11%",
            f"user {staff_user(rn)} status changed AVAILABLE -> ON_BREAK (ext x4{R.randint(7000, 7999)})",
            f"page id=pg-{R.randint(10000, 99999)} ACK by {staff_user(rn)} after {R.randint(5, 240)}s",
            f"escalation path HAH-T2 reloaded: RN Pod -> Charge RN ({fp(('503', '413', '77' + digits(2)), 1)}) -> On-call MD",
        ])
        return [L("vocera", pre + t)]
    p = pp()
    k = cyc(13, 3)
    head = f"page id=pg-{R.randint(10000, 99999)} to=group:\"H@H RN Pod {pick('ABC')}\" from=\"Command Center\" priority={pick(['urgent', 'high'])} text=\""
    if k == 0:
        body = [f"H@H-{R.randint(1, 40):02d} ", P(n_lf(p), "name"), " ("] + age_parts(p, "{}" + pick(["y", "yo", " y/o"])) + [", MRN ", P(p.mrn, "mrn"), f") SpO2 {R.randint(82, 89)}% x5min - call pt ", P(fp(p.phone, 1), "phone")]
    elif k == 1:
        body = ["NEWS2 7: ", P(n_init(p), "name"), ", "] + age_parts(p, "{}yo") + [f" {p.sex}, HR {R.randint(110, 140)}, CP dispatch req. Addr ", P(p.street, "address"), " ", P(p.city, "address")]
    else:
        body = ["Family called: ", P(rel_full(p), "name"), f" ({p.rel[2]}) re ", P(p.fam, "name"), ", callback ", P(fp(p.rel_phone, 4), "phone")]
    return [L("vocera", pre + head, *body, "\"")]


# ---- Teams callRecords (Graph)
def teams_user(name):
    return {"user": {"id": uuid4(), "displayName": name, "tenantId": "8f1c2d3e-0a4b-4c5d-9e6f-7a8b9c0d1e2f"}}


def g_teams(phi):
    rn = pick(RNS)
    o = {"@odata.type": "#microsoft.graph.callRecords.callRecord", "id": uuid4(), "version": 1,
         "type": pick(["peerToPeer", "groupCall"]), "modalities": pick([["audio"], ["audio", "video"]]),
         "startDateTime": ts_z_ms(), "endDateTime": (now() + timedelta(minutes=R.randint(3, 40))).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
         "organizer": teams_user(f"{rn}, RN")}
    if not phi:
        o["participants"] = [teams_user(f"{rn}, RN"), teams_user(pick([n for n in RNS if n != rn]) + ", RN"), teams_user("{1} {0}, MD".format(*pick(MDS)))]
        return [L("teams_cdr_json", *J(o))]
    p = pp()
    if chance(0.5):
        o["participants"] = [teams_user(f"{rn}, RN"), {"phone": {"id": P(fp(p.phone, 3), "phone"), "displayName": P(n_full(p), "name")}}]
    else:
        o["participants"] = [teams_user(f"{rn}, RN"), {"guest": {"id": uuid4(), "displayName": M(P(n_full(p), "name"), " (patient)")}},
                             {"guest": {"id": uuid4(), "displayName": M(P(p.rel_given, "name"), " - ", p.rel[2])}}]
    if chance(0.4):
        o["joinWebUrl"] = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b64chars(40).replace('/', 'A').replace('+', 'B')}%40thread.v2/0"
    return [L("teams_cdr_json", *J(o))]


# ---- Zoom participant report CSV
ZOOM_HDR = "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,In Waiting Room,Topic"


def b_zoom(phi):
    out = []
    if chance(0.5):
        out.append(L("zoom_csv", ZOOM_HDR))
    p = pp()
    pt_topic = chance(0.6)
    topic = ['"Virtual visit - ', P(n_lf(p), "name"), " (MRN ", P(p.mrn, "mrn"), ')"'] if pt_topic else [pick(["H@H morning huddle", "Pod B handoff", "CP case review"])]
    j = lt()
    rn = pick(RNS)
    fmt = "%m/%d/%Y %I:%M:%S %p"

    def row(name_parts, email_parts, guest):
        d = R.randint(4, 35)
        return L("zoom_csv", *name_parts, ",", *email_parts, ",", j.strftime(fmt), ",", (j + timedelta(minutes=d)).strftime(fmt), f",{d},{guest},No,", *topic)
    out.append(row([rn], [staff_email(rn)], "No"))
    if pt_topic:
        nm = pick([[P(n_full(p), "name")], [P(n_full(p).lower(), "name")], [P(p.given.split()[0], "name"), "'s iPad"]])
        out.append(row(nm, [P(p.email, "email")] if chance(0.6) else [""], "Yes"))
        if chance(0.4):
            out.append(row([P(rel_full(p), "name"), " (", P(n_full(p), "name"), ")"], [P(p.rel_email, "email")], "Yes"))
    else:
        rn2 = pick([n for n in RNS if n != rn])
        out.append(row([rn2], [staff_email(rn2)], "No"))
    return out


# ---- Twilio voice webhooks (Go service request log, url-encoded form) + TwiML
def enc_phone(ph_):
    return "%2B1" + "".join(ph_)


def g_twilio(phi):
    pre = f"{ts_z_ms()} twilio-gw "
    acct = "AC" + "3f9e1c0b7a2d4e5f8a9b0c1d2e3f4a5b"
    if not phi:
        k = cyc(14, 5)
        if k == 0:
            t = f"POST /twilio/voice/status 204 {R.randint(2, 30)}ms AccountSid={acct} CallSid=CA{hexs(32)} From=%2B15034137700 To=%2B18005550147 CallStatus=completed CallDuration={R.randint(20, 600)} Direction=outbound-api"
        elif k == 1:
            t = f"POST /twilio/voice/recording 204 {R.randint(2, 30)}ms AccountSid={acct} CallSid=CA{hexs(32)} RecordingSid=RE{hexs(32)} RecordingDuration={R.randint(5, 120)} RecordingStatus=completed"
        elif k == 2:
            t = f"WARN twilio-go: request retry status=429 attempt={R.randint(1, 3)} url=https://api.twilio.com/2010-04-01/Accounts/{acct}/Calls.json"
        elif k == 3:
            t = f"ERROR debugger event ErrorCode=11200 \"HTTP retrieval failure\" url=https://voice.hah.cascadiahealth.org/twilio/voice/ivr CallSid=CA{hexs(32)}"
        else:
            t = f"POST /twilio/voice/inbound 200 {R.randint(2, 30)}ms AccountSid={acct} CallSid=CA{hexs(32)} From=%2B150341377{R.randint(10, 40)} To=%2B15034137700 CallStatus=ringing Direction=inbound CallerName=CASCADIA+HLTH FromCity=PORTLAND FromState=OR FromZip=97232"
        return [L("twilio", pre + t)]
    p = pp()
    k = cyc(15, 3)
    if k == 0:
        z = p.zip[:5]
        return [L("twilio", pre + f"POST /twilio/voice/inbound 200 {R.randint(2, 30)}ms AccountSid={acct} CallSid=CA{hexs(32)} From=", P(enc_phone(p.phone), "phone"),
                  " To=%2B15034137700 CallStatus=ringing Direction=inbound CallerName=", P(n_up(p).replace(" ", "+") + "+" + n_gup(p).replace(" ", "+"), "name"),
                  " FromCity=", P(p.city.upper().replace(" ", "+"), "address"), f" FromState={p.state} FromZip=", P(z, "zip"), " FromCountry=US ApiVersion=2010-04-01")]
    if k == 1:
        return [L("twilio", pre + f"POST /twilio/voice/status 204 {R.randint(2, 30)}ms AccountSid={acct} CallSid=CA{hexs(32)} From=%2B15034137700 To=",
                  P(enc_phone(pick([p.phone, p.rel_phone])), "phone"), f" CallStatus={pick(['no-answer', 'completed', 'busy'])} CallDuration={R.randint(0, 900)} Direction=outbound-api AnsweredBy={pick(['human', 'machine_start', 'unknown'])}")]
    return [L("twilio", pre + "TwiML <Response><Say voice=\"Polly.Joanna\">Hello ", P(p.given.split()[0], "name"),
              f", this is your Cascadia hospital at home team. Your oxygen reading was {R.randint(84, 89)} percent.</Say><Gather input=\"dtmf\" numDigits=\"1\" action=\"/twilio/voice/ack?ep=",
              P(p.episode, "other_id"), "\"/></Response>")]


# ---- Grafana / Loki / Promtail logfmt
def g_loki(phi):
    if not phi:
        k = cyc(16, 7)
        rn = pick(RNS)
        if k == 0:
            t = f"level=info ts={ts_z_ns()} caller=table_manager.go:{R.randint(130, 260)} index-store=tsdb-2023-11-01 msg=\"uploading tables\""
        elif k == 1:
            t = f"logger=context userId={R.randint(2, 60)} orgId=1 uname={staff_user(rn)} t={ts_local_iso()} level=info msg=\"Request Completed\" method=GET path=/api/ds/query status=200 remote_addr=10.20.{R.randint(0, 9)}.{R.randint(2, 250)} time_ms={R.randint(10, 900)} duration={R.randint(10, 900)}.{R.randint(0, 9)}ms size={R.randint(200, 40000)} referer=https://grafana.hah.internal/d/rpm-hub/rpm-hub-overview"
        elif k == 2:
            t = f"level=info ts={ts_z_ns()} caller=filetargetmanager.go:361 component=promtail msg=\"Adding target\" key=\"/var/log/hah/*.log:{{app=\\\"rpm-hub\\\", env=\\\"prod\\\"}}\""
        elif k == 3:
            t = f"level=warn ts={ts_z_ns()} caller=client.go:419 component=promtail host=loki-gw.hah.internal:3100 msg=\"error sending batch, will retry\" status=429 tenant= error=\"server returned HTTP status 429 Too Many Requests (429): Ingestion rate limit exceeded\""
        elif k == 4:
            t = f"logger=ngalert.scheduler t={ts_local_iso()} level=info msg=\"Alert rule evaluated\" rule_uid=hah-gw-offline-{R.randint(1, 9)} org_id=1 results={R.randint(0, 6)} duration={R.randint(2, 90)}ms"
        elif k == 5:
            t = f"level=info ts={ts_z_ns()} caller=metrics.go:159 component=frontend org_id=hah latency=fast query=\"sum by (kit_fw) (rate({{app=\\\"rpm-hub\\\"}} |= \\\"crc mismatch\\\" [5m]))\" query_type=metric range_type=range length=1h0m0s step=15s duration={R.randint(20, 900)}.{R.randint(0, 9)}ms status=200 limit=1000 returned_lines=0"
        else:
            t = f"logger=cleanup t={ts_local_iso()} level=info msg=\"Completed cleanup jobs\" duration={R.randint(3, 60)}.{R.randint(100, 999)}ms"
        return [L("loki_logfmt", t)]
    p = pp()
    k = cyc(17, 3)
    if k == 0:
        return [L("loki_logfmt", f"level=info ts={ts_z_ns()} caller=metrics.go:159 component=frontend org_id=hah latency=fast query=\"{{app=\\\"rpm-hub\\\"}} |= \\\"",
                  P(p.mrn, "mrn"), f"\\\"\" query_type=filter range_type=range length=6h0m0s step=15s duration={R.randint(20, 900)}.{R.randint(0, 9)}ms status=200 limit=1000 returned_lines={R.randint(1, 300)}")]
    if k == 1:
        return [L("loki_logfmt", f"logger=ngalert.notifier.webhook t={ts_local_iso()} level=info msg=\"Sending notification\" receiver=hah-pod-{pick('abc')} alertname=HAH_SpO2_Low labels=\"{{kit=\\\"{p.kit}\\\", patient_mrn=\\\"",
                  P(p.mrn, "mrn"), "\\\", patient=\\\"", P(n_lf(p), "name"), "\\\"}\"")]
    return [L("loki_logfmt", f"level=warn ts={ts_z_ns()} caller=validation.go:{R.randint(80, 200)} msg=\"stream rejected: too many label values\" stream=\"{{app=\\\"rpm-hub\\\", gw_imei=\\\"",
              P(p.imei, "device"), "\\\"}\" limit=15")]


# ---- Prometheus exposition
def g_prom(phi):
    if not phi:
        t = pick([
            f"hah_mqtt_messages_total{{topic_class=\"obs\",kit_fw=\"2.4.{R.randint(0, 1)}\"}} {R.randint(100000, 9999999)}",
            f"hah_escalations_open{{tier=\"{R.randint(1, 3)}\",pod=\"{pick('ABC')}\"}} {R.randint(0, 7)}",
            f"# HELP hah_gateway_last_seen_seconds Unix time the gateway last published.",
            f"# TYPE hah_gateway_last_seen_seconds gauge",
            f"go_gc_duration_seconds{{quantile=\"0.75\"}} {R.uniform(0.0001, 0.002):.9f}",
            f"http_request_duration_seconds_bucket{{handler=\"/api/v2/ingest/batch\",le=\"0.25\"}} {R.randint(1000, 90000)}",
            f"process_resident_memory_bytes {R.randint(50, 900)}{digits(6)}",
        ])
        return [L("prometheus", t)]
    p = pp()
    return [L("prometheus", f"hah_obs_last_seen_seconds{{kit=\"{p.kit}\",patient_mrn=\"", P(p.mrn, "mrn"), f"\"}} {epoch() - R.randint(10, 9000)}")]


# ---- nginx access log (companion API edge)
UA = ["HahCompanion/3.8.2 (Android 13; SM-T220) okhttp/4.12.0", "HahCompanion/3.8.1 (Android 12; Lenovo TB-X606F) okhttp/4.11.0",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1"]


def g_nginx(phi):
    if not phi:
        t = pick([
            f"10.20.{R.randint(0, 9)}.{R.randint(2, 250)} - - [{ts_nginx()}] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\" rt=0.000",
            f"10.20.{R.randint(0, 9)}.{R.randint(2, 250)} - - [{ts_nginx()}] \"GET /metrics HTTP/1.1\" 200 {R.randint(8000, 40000)} \"-\" \"Prometheus/2.49.1\" rt=0.0{R.randint(1, 9)}",
            f"10.20.{R.randint(0, 9)}.{R.randint(2, 250)} - svc_ingest [{ts_nginx()}] \"POST /api/v2/ingest/batch HTTP/1.1\" 202 0 \"-\" \"rust-ingest/0.19\" rt=0.0{R.randint(10, 99)}",
            f"100.64.{R.randint(0, 63)}.{R.randint(2, 250)} - - [{ts_nginx()}] \"GET /companion/v2/config HTTP/2.0\" 304 0 \"-\" \"{pick(UA)}\" rt=0.00{R.randint(1, 9)}",
            f"10.20.{R.randint(0, 9)}.{R.randint(2, 250)} - - [{ts_nginx()}] \"GET /static/js/app.{hexs(8)}.js HTTP/1.1\" 200 {R.randint(20000, 400000)} \"https://portal.hah.cascadiahealth.org/\" \"{UA[2]}\" rt=0.01{R.randint(0, 9)}",
        ])
        return [L("nginx_access", t)]
    p = pp()
    path = pick([["/companion/api/v2/patients/", P(p.mrn, "mrn"), f"/vitals?since={epoch() - 86400}"], ["/companion/api/v2/episodes/", P(p.episode, "other_id"), "/tasks"], ["/companion/api/v2/me", ""]])
    return [L("nginx_access", P(p.ip, "ip"), " - ", P(p.user, "other_id") if chance(0.4) else "-", f" [{ts_nginx()}] \"GET ", *path, f" HTTP/2.0\" 200 {R.randint(200, 9000)} \"-\" \"{pick(UA)}\" rt=0.{R.randint(10, 400):03d}")]


# ---- syslog (hub hosts and gateways)
def g_syslog(phi):
    if not phi:
        host = pick(["rpm-hub-01", "rpm-hub-02", "mqtt-edge-1"])
        t = pick([
            f"{ts_syslog()} {host} systemd[1]: Started Daily apt download activities.",
            f"{ts_syslog()} {host} kernel: [{R.randint(1000, 99999)}.{digits(6)}] nf_conntrack: nf_conntrack: table full, dropping packet",
            f"{ts_syslog()} {host} CRON[{R.randint(1000, 40000)}]: (root) CMD (/usr/local/bin/rotate-obs-partitions --keep 35)",
            f"{ts_syslog()} {host} sshd[{R.randint(1000, 40000)}]: Accepted publickey for deploy from 10.8.{R.randint(0, 9)}.{R.randint(2, 250)} port {R.randint(30000, 60000)} ssh2: ED25519 SHA256:{b64chars(43)}",
            f"<134>1 {ts_z_ms()} {host} kit-provisioner {R.randint(1000, 9999)} - - depot sweep complete kits_ready={R.randint(10, 80)} kits_cleaning={R.randint(0, 20)}",
            f"{ts_syslog()} {host} chronyd[{R.randint(300, 900)}]: Selected source 169.254.169.123",
        ])
        return [L("syslog", t)]
    p = pp()
    k = cyc(18, 3)
    if k == 0:
        return [L("syslog", f"{ts_syslog()} gw-", P(p.imei, "device"), f" ModemManager[{R.randint(400, 900)}]: <info>  [modem0] state changed ({pick(['registered -> connected', 'connected -> disconnecting', 'searching -> registered'])})")]
    if k == 1:
        return [L("syslog", f"<134>1 {ts_z_ms()} rpm-hub-02 kit-provisioner {R.randint(1000, 9999)} - - provisioned kit {p.kit} gw_imei=", P(p.imei, "device"), " iccid=",
                  P(p.iccid, "device"), " bp_sn=", P(p.bp_sn, "device"), " for episode ", P(p.episode, "other_id"))]
    return [L("syslog", f"{ts_syslog()} gw-", P(p.imei, "device"), " dhclient[311]: bound to ", P(p.ip, "ip"), f" -- renewal in {R.randint(1000, 40000)} seconds.")]


# ---- nurses' free-text shift notes
def note_prefix():
    rn = pick(RNS)
    return pick([f"[note] {lt().strftime('%Y-%m-%d %H:%M')} RN {rn}: ",
                 f"{lt().strftime('%Y-%m-%dT%H:%M')} | shift_note | author={staff_user(rn)} | ",
                 f"SHIFT NOTE ({pick(['Days', 'Nights', 'Eves'])}) - {rn} RN - ",
                 f"{lt().strftime('%m/%d %H%M')} {rn.split()[0][0]}.{rn.split()[-1]} RN: "])


def g_note(phi):
    pre = note_prefix()
    if not phi:
        t = pick([
            f"Pod {pick('ABC')} handoff: census {R.randint(8, 16)}/16, {R.randint(0, 3)} pending admits from ED, no rapid responses overnight.",
            f"Kit KIT-{R.randint(1, 480):04d} returned to depot for cleaning; replaced BP cuff (lot 2309A).",
            "Reminder: Northwind O2 same-day cut-off is 14:00, call 1-800-555-0147 option 2.",
            f"Teams outage 02:10-02:35, used Vocera fallback for all virtual checks. Ticket INC00{R.randint(40000, 49999)}.",
            "Huddle: escalation rules v2.7.2 live - SpO2 threshold now <90% sustained 5 min (was 3 min).",
            f"Nights: 0 falls, 0 escalations, {R.randint(1, 5)} late vitals uploads (gateway cellular).",
            f"Courier {pick(COURIERS).split()[0]} out sick; {pick(COURIERS).split()[0]} covering East routes.",
            f"Pls update Vocera status when on lunch. - {pick(RNS)}, charge RN, x4{R.randint(7000, 7999)}",
            "Gateway fw 2.4.1 rollout paused after 3 kits looped on reboot; depot has 12 kits on 2.4.0.",
        ])
        return [L("shift_note", pre + t)]
    p = pp()
    k = cyc(19, 14)
    if k == 0:
        body = [P(n_up(p) + ", " + n_gup(p), "name"), " ("] + age_parts(p, "{}yo") + [", MRN ", P(p.mrn, "mrn"), f") SpO2 88-91% on {R.randint(1, 4)}L NC overnight, desat to 86% w/ ambulation. ",
                p.rel[2].capitalize(), " ", P(p.rel_given, "name"), f" at bedside, aware of plan. O2 up per Dr. {p.md[0]}."]
    elif k == 1:
        body = ["Called pt at ", P(fp(p.phone), "phone"), " x3, no answer. Called emergency contact ", P(rel_full(p), "name"), f" ({p.rel[2]}) at ",
                P(fp(p.rel_phone), "phone"), " - pt was in the shower. Will retry in 15 min."]
    elif k == 2:
        body = ["Courier could not find ", P(p.street, "address"), ", ", P(p.city, "address"), " - pt says blue house behind the church, gate code 4471#. Updated Onfleet notes."]
    elif k == 3:
        body = ["Pt ", P(f"{p.given} {p.fam}", "name"), " admitted to H@H ", P(fmt_date(p.admit, pick(["us_short", "mdy", "iso"])), "date"), " from ED (CSN ",
                P(p.csn, "other_id"), "). DOB ", P(fmt_date(p.dob, pick(["us", "dmy", "us_yy", "dash"])), "date"), f". Kit {p.kit} delivered, gateway online 14:22."]
    elif k == 4:
        body = ["D/C planned ", P(fmt_date(p.dc, pick(["us_short", "mdy"])), "date"), " for ", P(n_init(p), "name"), ". Equipment pickup booked; O2 concentrator SN ",
                P(p.o2_sn, "device"), " to be collected by Northwind."]
    elif k == 5:
        ttl = "Mrs. " if p.sex == "F" else "Mr. "
        body = [ttl, P(p.fam, "name"), " is "] + age_parts(p, "{}") + [" years old and lives alone at ", P(p.street + (" " + p.unit if p.unit else ""), "address"), ". Neighbor ",
                                                                     P(p.rel_given, "name"), " checks in daily (", P(fp(p.rel_phone, 4), "phone"), ")."]
    elif k == 6:
        slug = ascii_fold(p.given.split()[0] + p.fam).lower().replace(" ", "").replace("'", "").replace("-", "").replace(".", "")
        body = ["pt's family set up a CaringBridge page: ", P(f"https://www.caringbridge.org/visit/{slug}", "url"), " - pt OK with team reading updates."]
    elif k == 7:
        body = ["Paciente ", P(f"{p.given} {p.fam}", "name"), ", "] + age_parts(p, "{} años") + [", refiere disnea leve. ", p.rel[3].capitalize(), " ",
                                                                                         P(p.rel_given, "name"), " pide que llamemos al ", P(fp(p.rel_phone, 1), "phone"), " antes de las visitas."]
    elif k == 8:
        body = [f"Interpreter ({p.lang[1]}) via Teams for ", P(n_lf(p), "name"), "; call dropped twice, finished on pt's cell ", P(fp(p.phone, 2), "phone"), "."]
    elif k == 9:
        body = ["MBI on file (" if p.age >= 65 else "Member ID on file (", P(p.mbi if p.age >= 65 else p.member, "health_plan"), ") doesn't match 271 response for ",
                P(n_full(p), "name"), " - billing notified, HAR ", P(p.har, "account"), "."]
    elif k == 10:
        body = ["Med list faxed to ", P(p.rel_given, "name"), " (", p.rel[2], ") at home fax ", P(fp(p.fax, 1), "fax"), f"; PCP office fax 503-413-78{R.randint(10, 99)} also sent."]
    elif k == 11:
        body = ["Enrollment ID check: ", P(n_full(p), "name"), f" {p.state} DL# ", P(p.dl, "license"), " verified for lockbox meds. SSN on file ", P(p.ssn, "ssn"), "."]
    elif k == 12:
        body = [f"CP {pick(CPS)} on scene at ", P(p.street, "address"), ": family car (plate ", P(p.plate, "vehicle"), ") blocking driveway, rig parked on street. ",
                P(p.fam, "name"), " NEWS2 7 at 02:14, ", p.rel[2], " ", P(p.rel_given, "name"), " met crew at door."]
    else:
        body = ["Guarantor ", P(rel_full(p), "name"), " paid copay by phone, card ", P(p.card, "account"), " (auth ", hexs(6, True), "). Email receipt to ", P(p.rel_email, "email"), "."]
    return [L("shift_note", pre, *body)]


# ---- billing / copay service (Go slog JSON, look-alike test card)
def g_billing(phi):
    base = {"time": ts_local_iso(), "level": "INFO", "svc": "copay"}
    if not phi:
        base.update(msg="test charge ok", env="staging-smoke", card="4111111111111111", amount_cents=100, processor="stripe-like", request_id=uuid4())
        return [L("go_slog_json", *J(base))]
    p = pp()
    base.update(msg="guarantor account linked", har=P(p.har, "account"), guarantor={"name": P(rel_full(p), "name"), "email": P(p.rel_email, "email"),
                "relation": p.rel[2]}, billing_account=P("BA-" + digits(8), "account"))
    return [L("go_slog_json", *J(base))]


# ================================================================= driver
NOISE_GENS = [(g_mosquitto, 3), (g_rust, 5), (g_mirth, 2), (g_fhir, 2), (g_drools, 4), (g_logcat, 5), (g_go_json, 4), (g_go_text, 3),
              (g_onfleet, 2), (g_pipe, 1), (g_xml, 2), (g_x12, 1), (g_vocera, 3), (g_teams, 2), (g_twilio, 3), (g_loki, 4),
              (g_prom, 3), (g_nginx, 3), (g_syslog, 3), (g_note, 4), (g_billing, 1)]
PHI_GENS = [(g_mosquitto, 2), (g_rust, 4), (g_mirth, 1), (g_fhir, 3), (g_drools, 3), (g_logcat, 4), (g_go_json, 3), (g_go_text, 2),
            (g_onfleet, 3), (g_pipe, 1), (g_xml, 2), (g_x12, 1), (g_vocera, 3), (g_teams, 2), (g_twilio, 3), (g_loki, 2),
            (g_prom, 1), (g_nginx, 2), (g_syslog, 2), (g_note, 8), (g_billing, 1),
            (b_hl7_adt, 2), (b_hl7_oru, 2), (b_supply, 2), (b_zoom, 2)]


def wpick(gens):
    tot = sum(w for _, w in gens)
    x = R.uniform(0, tot)
    for g, w in gens:
        x -= w
        if x <= 0:
            return g
    return gens[-1][0]


def main():
    rows = []
    while len(rows) < N_LINES:
        n_noise = sum(1 for _, sp, _ in rows if not sp)
        want_noise = (n_noise / len(rows) if rows else 0) < TARGET_NOISE
        g = wpick(NOISE_GENS if want_noise else PHI_GENS)
        tick()
        block = g(not want_noise)
        if len(block) > N_LINES - len(rows):
            continue
        for fam, parts in block:
            text, spans = build(parts)
            rows.append((text, spans, fam))
            tick(0.001, 0.4)
    assert len(rows) == N_LINES
    log_path = os.path.join(HERE, f"{ID}.log")
    lab_path = os.path.join(HERE, f"{ID}.labels.jsonl")
    with open(log_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(t for t, _, _ in rows))
    with open(lab_path, "w", encoding="utf-8", newline="\n") as f:
        for i, (t, sp, fam) in enumerate(rows, 1):
            f.write(json.dumps({"line": i, "family": fam, "spans": sp}) + "\n")
    # self-check: re-read and verify offsets
    data = open(log_path, "rb").read().split(b"\n")
    assert len(data) == N_LINES and all(data)
    for (t, sp, _), raw in zip(rows, data):
        assert raw.decode("utf-8") == t
    n_noise = sum(1 for _, sp, _ in rows if not sp)
    cats = {}
    fams = {}
    for _, sp, fam in rows:
        fams[fam] = fams.get(fam, 0) + 1
        for s in sp:
            cats[s["cat"]] = cats.get(s["cat"], 0) + 1
    print(f"lines={len(rows)} noise={n_noise} ({100 * n_noise / len(rows):.1f}%)")
    print("families:", json.dumps(dict(sorted(fams.items()))))
    print("categories:", json.dumps(dict(sorted(cats.items()))))


if __name__ == "__main__":
    main()
