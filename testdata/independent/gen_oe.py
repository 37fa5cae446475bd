#!/usr/bin/env python3
"""Synthetic labeled log corpus "oe": a video remote interpreting (VRI) and on-site
medical interpreter service for hospitals (spoken languages and ASL).

Writes oe.log (500 lines) and oe.labels.jsonl next to this script.  Standard library only,
fixed seed, no clock or OS randomness.  Every person and identifier is synthetic.

Systems represented: Node.js WebRTC signaling server (pino JSON, socket.io debug, morgan
access log), session detail records (CSV with header, legacy OPI pipe CDRs, JSON), Go
interpreter dispatch service (zerolog JSON and console writer), HL7 v2 ADT (segment per line
and escaped one-line interface-engine log), FHIR R4 Encounter/Patient JSON, Android logcat of
a bedside kiosk tablet, per-facility billing CSV exports and X12 837P Medicaid claims
(HCPCS T1013), Prometheus exposition and server logs, Grafana logs and alert webhooks, Twilio
Video room status callbacks, interpreter after-session notes (English, Spanish, Vietnamese,
Somali), Okta System Log events, Cloudflare firewall events.

Labeling decisions:
- Labeled: identifiers of patients and of people around them whose health information the
  line is about (relatives, emergency contacts, guarantors, Medicaid subscribers).
- Not labeled: interpreters (names, INT- ids, emails, IPs, vehicles), clinicians, unit
  clerks, support staff, facilities, LinguaBridge itself (business addresses, phones, NPIs,
  EINs), vendors, scanners/bots hitting the edge.
- Names: a person's name in running text or a JSON value is one span ("First Last",
  "LAST, FIRST", initials "J.M." included).  HL7 XPN and X12 NM1 names: each component
  (family, given, middle) is its own span; carets/asterisks are not labeled.  Likewise HL7
  XTN numbers: area code and local number are two phone (or fax) spans.
- Addresses: street line and city (and county, and geocode lat/lon) are separate "address"
  spans; ZIP/postal codes are "zip"; the state is never labeled.
- Dates: birth, admission, discharge, date of service, appointment/follow-up dates are
  labeled in whatever form they are written (incl. HL7/X12 YYYYMMDD, FHIR period.start
  timestamps, Spanish/Vietnamese/Somali wording).  Log timestamps, SDR requested/connected/
  ended timestamps, webhook Timestamp fields and billing periods are event metadata: not
  labeled.
- Ages: only ages over 89 are labeled (just the number); younger ages are left as is.
- mrn: hospital medical record numbers, also when embedded in a room name or Twilio identity
  (only the MRN part is labeled).
- other_id: encounter/visit numbers and Epic CSNs tied to a patient, FHIR Patient logical ids,
  patient portal usernames / Okta CIAM login names that are not e-mails, patient guest
  identities.  VRI session ids, Twilio Room/Participant SIDs, request ids, trace ids are
  system ids and are not labeled.
- account: patient account numbers (HL7 PID-18, billing patient_account, X12 CLM01 patient
  control number).  Invoice numbers are business ids: not labeled.
- health_plan: Medicaid / Medicare (MBI) / commercial member ids.
- ip: public IPs of a patient's or relative's own device (guest join links, patient portal,
  Okta CIAM).  Private/RFC1918 and mDNS host candidates, TURN relays (and the raddr of relay
  candidates from peers of unknown role), hospital kiosk/cart egress IPs, staff/interpreter IPs
  and scanner IPs are not labeled.
- url: per-patient tokenized guest join links sent to a patient's phone/e-mail (full URL, or
  the /g/<token> path when an access log or firewall event shows only the path).
- device: devices that belong to the patient (hearing aid Bluetooth MAC, cochlear implant
  processor serial).  Hospital kiosk serials/MACs/Android ids are not labeled.
- phone: patient/relative voice, videophone (VP) and TTY numbers (also the number dialled
  out to a patient in OPI CDRs; the hospital ANI is not labeled); fax: patient/family fax.
- license: driver's licence numbers of patients/relatives; vehicle: their plates.
- photo: base64 face image captured for the patient banner; biometric: face template vector.
- URL-encoded values (Twilio callbacks, Cloudflare query strings) are labeled as written
  (encoded form).
"""
import base64
import json
import os
import random
import unicodedata
from datetime import date, datetime, timedelta, timezone
from urllib.parse import quote

ID = "oe"
SEED = 21
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(SEED)

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}

# ----------------------------------------------------------------------------- marking
M0, M1, M2, MQ = "\ue000", "\ue001", "\ue002", "\ue003"


def P(v, cat):
    """Mark a PHI value; finalize() turns markers into byte spans."""
    assert cat in CATS, cat
    v = str(v)
    assert v and not any(c in v for c in (M0, M1, M2, MQ)), v
    return f"{M0}{cat}{M1}{v}{M2}"


def PN(v, cat):
    """Marked value that must appear as a bare JSON number."""
    return MQ + P(v, cat) + MQ


def jd(obj):
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return s.replace('"' + MQ, "").replace(MQ + '"', "")


def finalize(marked):
    out = bytearray()
    spans = []
    i, n = 0, len(marked)
    while i < n:
        c = marked[i]
        if c == M0:
            j = marked.index(M1, i)
            k = marked.index(M2, j)
            cat, val = marked[i + 1:j], marked[j + 1:k]
            s = len(out)
            out += val.encode("utf-8")
            spans.append({"s": s, "e": len(out), "cat": cat, "_v": val})
            i = k + 1
        else:
            assert c != MQ
            out += c.encode("utf-8")
            i += 1
    return bytes(out), spans


# ----------------------------------------------------------------------------- clock
_now = [datetime(2024, 3, 14, 11, 2, 7, 412000, tzinfo=timezone.utc)]


def tick():
    _now[0] += timedelta(milliseconds=R.randint(120, 52000))
    return _now[0]


def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def iso_s(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_off(t, off):
    lt = t + timedelta(hours=off)
    return lt.strftime("%Y-%m-%dT%H:%M:%S") + f"{'-' if off < 0 else '+'}{abs(off):02d}:00"


def epoch_ms(t):
    return int(t.timestamp() * 1000)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def digs(n, lead_nonzero=True):
    s = str(R.randint(1, 9)) if lead_nonzero else str(R.randint(0, 9))
    return s + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


def alnum(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("đ", "d").replace("Đ", "D")


# ----------------------------------------------------------------------------- facilities
FAC = {
    "LRMC": dict(name="Lakeside Regional Medical Center", st="MN", off=-5, egress="204.77.163.", tel="(612) 873-2000",
                 areas=["612", "651", "763", "952"],
                 places=[("Minneapolis", ["55404", "55407", "55454", "55411"], "Hennepin"),
                         ("Saint Paul", ["55104", "55106", "55119"], "Ramsey"),
                         ("Burnsville", ["55337"], "Dakota"), ("Brooklyn Park", ["55443"], "Hennepin")],
                 streets=["Cedar Ave S", "E Franklin Ave", "Riverside Ave", "University Ave W", "Payne Ave",
                          "Brooklyn Blvd", "Nicollet Ave", "Lake St E", "Rice St"]),
    "PVH": dict(name="Puget Valley Hospital", st="WA", off=-7, egress="192.94.54.", tel="253-639-4100",
                areas=["253", "206", "425"],
                places=[("Kent", ["98032", "98030"], "King"), ("Tukwila", ["98168"], "King"),
                        ("SeaTac", ["98188"], "King"), ("Federal Way", ["98003"], "King"),
                        ("Auburn", ["98002"], "King")],
                streets=["SE 272nd St", "S 144th St", "Military Rd S", "Pacific Hwy S", "Central Ave N",
                         "S 320th St", "Auburn Way N"]),
    "BOMC": dict(name="Bayou Oaks Medical Center", st="TX", off=-5, egress="66.135.212.", tel="713-442-8800",
                 areas=["713", "281", "832"],
                 places=[("Houston", ["77036", "77081", "77099", "77072"], "Harris"),
                         ("Pasadena", ["77506"], "Harris"), ("Sugar Land", ["77478"], "Fort Bend")],
                 streets=["Bellaire Blvd", "Beechnut St", "Gessner Rd", "Fondren Rd", "Westheimer Rd",
                          "Richmond Ave", "Red Bluff Rd"]),
    "MPH": dict(name="Mission Peak Health", st="CA", off=-7, egress="199.83.14.", tel="(408) 291-7700",
                areas=["408", "669", "510"],
                places=[("San Jose", ["95122", "95116", "95127"], "Santa Clara"),
                        ("Milpitas", ["95035"], "Santa Clara"), ("Fremont", ["94538"], "Alameda")],
                streets=["Story Rd", "Tully Rd", "King Rd", "Senter Rd", "McKee Rd", "Calaveras Blvd",
                         "Fremont Blvd"]),
    "SVCH": dict(name="Scioto Valley Children's Hospital", st="OH", off=-4, egress="207.58.91.", tel="614-380-5500",
                 areas=["614", "380", "740"],
                 places=[("Columbus", ["43229", "43224", "43232", "43211"], "Franklin"),
                         ("Reynoldsburg", ["43068"], "Franklin"), ("Whitehall", ["43213"], "Franklin")],
                 streets=["Cleveland Ave", "Morse Rd", "Karl Rd", "E Main St", "Refugee Rd", "Hamilton Rd"]),
}
FAC_IDS = list(FAC)

LANGS = {"spa": "Spanish", "vie": "Vietnamese", "som": "Somali", "ase": "American Sign Language",
         "ara": "Arabic", "rus": "Russian", "cmn": "Mandarin Chinese", "kor": "Korean", "fas": "Farsi",
         "urd": "Urdu", "hmn": "Hmong", "amh": "Amharic", "hat": "Haitian Creole", "kar": "Karen",
         "tur": "Turkish", "pol": "Polish", "por": "Portuguese", "orm": "Oromo"}
BCP = {"spa": "es", "vie": "vi", "som": "so", "ase": "ase", "ara": "ar", "rus": "ru", "cmn": "zh-CN", "kor": "ko",
       "fas": "fa", "urd": "ur", "hmn": "hmn", "amh": "am", "hat": "ht", "kar": "kar", "tur": "tr", "pol": "pl",
       "por": "pt-BR", "orm": "om"}

# given, middle, family, sex, lang, east_order, facility, old
PEOPLE = [
    ("María José", "", "Gutiérrez-Ramos", "F", "spa", False, "BOMC", True),
    ("José Luis", "", "de la Cruz", "M", "spa", False, "BOMC", False),
    ("Guadalupe", "", "Hernández Ortiz", "F", "spa", False, "MPH", False),
    ("Juan Carlos", "", "Vázquez", "M", "spa", False, "LRMC", False),
    ("Marisol", "", "Batista", "F", "spa", False, "SVCH", False),
    ("Hùng", "Văn", "Nguyễn", "M", "vie", True, "MPH", True),
    ("Mai", "Thị", "Trần", "F", "vie", True, "PVH", False),
    ("Khoa", "Minh", "Lê", "M", "vie", True, "BOMC", False),
    ("Hà", "Thu", "Phạm", "F", "vie", True, "MPH", False),
    ("Ngọc", "Thị Bích", "Võ", "F", "vie", True, "PVH", True),
    ("Cabdi", "Maxamed", "Xasan", "M", "som", False, "LRMC", True),
    ("Faadumo", "Cali", "Warsame", "F", "som", False, "PVH", False),
    ("Hodan", "Abdi", "Farah", "F", "som", False, "LRMC", False),
    ("Ahmed", "Yusuf", "Hirsi", "M", "som", False, "SVCH", False),
    ("Ubax", "Mohamed", "Nur", "F", "som", False, "LRMC", True),
    ("Bartholomew", "J", "DeLuca", "M", "ase", False, "SVCH", False),
    ("Aaliyah", "", "Johnson", "F", "ase", False, "BOMC", False),
    ("Keanu", "", "Kahananui", "M", "ase", False, "MPH", False),
    ("Siobhan", "M", "O'Brien-Kelly", "F", "ase", False, "LRMC", True),
    ("Pieter", "", "van der Berg", "M", "ase", False, "PVH", False),
    ("Gwendolyn", "R", "McAllister", "F", "ase", False, "LRMC", False),
    ("Dmitri", "", "Volkov", "M", "rus", False, "PVH", False),
    ("Wei", "", "Zhang", "M", "cmn", True, "MPH", True),
    ("Fatima", "", "Al-Sayed", "F", "ara", False, "SVCH", False),
    ("Mariam", "", "Haddad", "F", "ara", False, "BOMC", False),
    ("Hyun-woo", "", "Park", "M", "kor", True, "PVH", False),
    ("Shirin", "", "Rahimi", "F", "fas", False, "MPH", False),
    ("Hamza", "", "Qureshi", "M", "urd", False, "BOMC", False),
    ("Mai Nou", "", "Vang", "F", "hmn", False, "LRMC", False),
    ("Tsehay", "", "Bekele", "F", "amh", False, "SVCH", False),
    ("Jean-Baptiste", "", "Louis-Jeune", "M", "hat", False, "BOMC", False),
    ("Eh Kaw", "", "Htoo", "M", "kar", False, "LRMC", False),
    ("Elif", "", "Yılmaz", "F", "tur", False, "SVCH", False),
    ("Tomasz", "", "Wiśniewski", "M", "pol", False, "LRMC", True),
    ("Ana Paula", "", "dos Santos", "F", "por", False, "LRMC", False),
    ("Chaltu", "", "Gemechu", "F", "orm", False, "LRMC", False),
]

REL_GIVEN = {"spa": ["Rosario/F", "Alejandro/M", "Yesenia/F", "Luis Ángel/M"], "vie": ["Thu Hà/F", "Quang/M", "Minh Anh/F", "Bảo/M"],
             "som": ["Xaliimo/F", "Maxamed/M", "Sahra/F", "Axmed/M"], "ase": ["Dana/F", "Kevin/M", "Leilani/F", "Bridget/F"],
             "ara": ["Leila/F", "Omar/M"], "rus": ["Natalia/F"], "cmn": ["Li Na/F"], "kor": ["Ji-yeon/F"], "fas": ["Dariush/M"],
             "urd": ["Ayesha/F"], "hmn": ["Tou/M"], "amh": ["Dawit/M"], "hat": ["Mirlande/F"], "kar": ["Naw Say/F"],
             "tur": ["Mehmet/M"], "pol": ["Agnieszka/F"], "por": ["Thiago/M"], "orm": ["Lensa/F"]}
REL = {"F": [("DAU", "Daughter"), ("SPO", "Spouse"), ("SIS", "Sister"), ("GRD", "Guardian"), ("MTH", "Mother")],
       "M": [("SON", "Son"), ("SPO", "Spouse"), ("BRO", "Brother"), ("GRD", "Guardian"), ("FTH", "Father")]}
GEO = {"Minneapolis": (44.9631, -93.2535), "Saint Paul": (44.9577, -93.0702), "Burnsville": (44.7677, -93.2777),
       "Brooklyn Park": (45.0941, -93.3563), "Kent": (47.3809, -122.2348), "Tukwila": (47.4740, -122.2610),
       "SeaTac": (47.4436, -122.2967), "Federal Way": (47.3223, -122.3126), "Auburn": (47.3073, -122.2285),
       "Houston": (29.7068, -95.5260), "Pasadena": (29.6911, -95.2091), "Sugar Land": (29.6197, -95.6349),
       "San Jose": (37.3235, -121.8480), "Milpitas": (37.4323, -121.8996), "Fremont": (37.5485, -121.9886),
       "Columbus": (40.0689, -82.9496), "Reynoldsburg": (39.9548, -82.8121), "Whitehall": (39.9667, -82.8855)}

INTERPRETERS = [("Rosa Delgado", "INT-4471", "spa"), ("Thanh Nguyen", "INT-3310", "vie"), ("Sahra Jama", "INT-5102", "som"),
                ("Megan Whitfield", "INT-2231", "ase"), ("Darnell Brooks", "INT-2290", "ase"),
                ("Olga Petrenko", "INT-6012", "rus"), ("Layla Mansour", "INT-4820", "ara"),
                ("Chen Hui", "INT-3877", "cmn"), ("Pa Houa Xiong", "INT-5530", "hmn"),
                ("Lucas Ferreira", "INT-6120", "por"), ("Abdirahman Osman", "INT-5177", "som"),
                ("Yolanda Ruiz-Pérez", "INT-4409", "spa")]
CLIN = [("OKAFOR", "CHIDI", "1659384720"), ("HALVORSEN", "INGRID", "1932047781"), ("TRAN", "MARCUS", "1407723395"),
        ("RAMANATHAN", "PRIYA", "1871206654"), ("LINDQVIST", "BETH", "1326650918"), ("ABERNATHY", "COLE", "1548830271")]
CLIN_TXT = ["Dr. Okafor", "RN Kelly Shaw", "Dr. Halvorsen", "charge RN Marcus Tran", "Dr. Ramanathan",
            "SW Beth Lindqvist", "NP Jo Abernathy"]

IP_PREFIX = ["73.", "24.", "98.", "174.", "67.", "71.", "76.", "107.", "172.58.", "166.199.", "99.", "68."]


def pub_ip(prefix=None):
    p = prefix or R.choice(IP_PREFIX)
    parts = p.rstrip(".").split(".")
    while len(parts) < 4:
        parts.append(str(R.randint(1, 254)))
    return ".".join(parts)


def priv_ip():
    return R.choice([f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 254)}",
                     f"192.168.{R.randint(0, 9)}.{R.randint(2, 254)}",
                     f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(2, 254)}"])


def mk_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def mk_mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN = A + "0123456789"
    return (str(R.randint(1, 9)) + R.choice(A) + R.choice(AN) + str(R.randint(0, 9)) + R.choice(A) + R.choice(AN)
            + str(R.randint(0, 9)) + R.choice(A) + R.choice(A) + str(R.randint(0, 9)) + str(R.randint(0, 9)))


def medicaid(st):
    return {"MN": digs(8, False), "WA": digs(9) + "WA", "TX": "5" + digs(8, False), "CA": "9" + digs(7) + R.choice("ABCDEFGH"),
            "OH": "1" + digs(11, False)}[st]


def mk_mrn(f):
    return {"LRMC": "E" + digs(7), "PVH": digs(8), "BOMC": "M" + digs(6, False), "MPH": "MPH" + digs(9, False),
            "SVCH": "00" + digs(7)}[f]


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


class Pt:
    pass


def build_people():
    out = []
    for (given, middle, family, sex, lang, east, fac, old) in PEOPLE:
        p = Pt()
        F = FAC[fac]
        p.given, p.middle, p.family, p.sex, p.lang, p.east, p.fac, p.old = given, middle, family, sex, lang, east, fac, old
        if old:
            p.dob = date(R.randint(1926, 1933), R.randint(1, 12), R.randint(1, 28))
        elif fac == "SVCH":
            p.dob = date(R.randint(2008, 2021), R.randint(1, 12), R.randint(1, 28))
        else:
            p.dob = date(R.randint(1948, 2002), R.randint(1, 12), R.randint(1, 28))
        ref = date(2024, 3, 14)
        p.age = ref.year - p.dob.year - ((ref.month, ref.day) < (p.dob.month, p.dob.day))
        p.mrn = mk_mrn(fac)
        p.ssn = mk_ssn()
        a = R.choice(F["areas"])
        p.phone = a + str(R.randint(2, 9)) + digs(2, False) + digs(4, False)
        p.phone2 = R.choice(F["areas"]) + str(R.randint(2, 9)) + digs(2, False) + digs(4, False)
        city, zips, county = R.choice(F["places"])
        p.city, p.zip, p.county, p.state = city, R.choice(zips), county, F["st"]
        p.street = f"{R.randint(100, 19999)} {R.choice(F['streets'])}"
        p.unit = R.choice(["", "", "Apt 3B", "Apt 214", "Unit 7", "#105", "Apt 12", "Lot 44"])
        gf = fold(given).lower().replace(" ", "").replace("-", "")
        ff = fold(family).lower().replace(" ", "").replace("'", "").replace("-", "")
        yy = f"{p.dob.year % 100:02d}"
        p.email = R.choice([f"{gf}.{ff}{yy}@gmail.com", f"{gf[0]}{ff}@yahoo.com", f"{ff}.{gf}@outlook.com",
                            f"{gf}{ff[:4]}{R.randint(1, 99)}@icloud.com", f"{gf}_{ff}@hotmail.com"])
        p.username = R.choice([f"{gf[0]}{ff}{yy}", f"{gf}.{ff[:3]}", f"{ff}{R.randint(10, 999)}", f"{gf}_{yy}{ff[:2]}"])
        p.acct = R.choice(["A" + digs(8, False), digs(10), "HAR" + digs(9)])
        p.csn = digs(10)
        p.visit = "V" + digs(9, False)
        p.fhir = "e" + alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.")[:-1] + "3"
        p.plan = ("MBI", mk_mbi()) if (old or R.random() < 0.1) else (
            ("MCD", medicaid(F["st"])) if R.random() < 0.7 else ("COM", R.choice(["XQH", "W", "ZGP", "MKA"]) + digs(9)))
        p.ip = pub_ip()
        p.admit = datetime(2024, 3, R.randint(1, 13), R.randint(0, 23), R.choice([0, 5, 12, 20, 31, 47]))
        p.appt = date(2024, R.choice([3, 4]), R.randint(15, 28))
        rg, rsex = R.choice(REL_GIVEN[lang]).split("/")
        rf = family if lang not in ("som",) else R.choice(["Jaamac", "Cismaan", "Faarax", "Xuseen"])
        child = (date(2024, 3, 14) - p.dob).days < 18 * 365
        rels = [r for r in REL[rsex] if not (r[0] in ("MTH", "FTH") and old)]
        if child:
            rels = [r for r in REL[rsex] if r[0] in ("MTH", "FTH", "GRD")]
        code, rel = R.choice(rels)
        p.rel_given, p.rel_family, p.rel_code, p.rel = rg, rf, code, rel
        p.rel_phone = R.choice(F["areas"]) + str(R.randint(2, 9)) + digs(2, False) + digs(4, False)
        p.rel_ip = pub_ip()
        p.rel_fax = R.choice(F["areas"]) + str(R.randint(2, 9)) + digs(2, False) + digs(4, False)
        p.link = f"https://join.linguabridge.health/g/{alnum(10)}"
        p.mac = ":".join(f"{R.randint(0, 255):02X}" for _ in range(6))
        p.ci_serial = digs(10)
        p.plate = R.choice([f"{R.randint(1, 9)}{alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{R.randint(100, 999)}",
                            f"{alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-{R.randint(1000, 9999)}",
                            f"{alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')} {R.randint(100, 999)}"])
        p.dl = {"MN": lambda: R.choice("ABCDEFGHJKLMNPRSTW") + digs(12, False), "WA": lambda: "WDL" + alnum(9, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
                "TX": lambda: digs(8, False), "CA": lambda: R.choice("ABCDEFGHJKLMNPRSTW") + digs(7, False),
                "OH": lambda: alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digs(6, False)}[F["st"]]()
        out.append(p)
    return out


PTS = build_people()


def full(p):
    if p.east:
        return " ".join(x for x in (p.family, p.middle, p.given) if x)
    return f"{p.given} {p.family}"


def nm(p, style=None):
    style = style or R.choice(["full", "full", "full", "lastfirst", "upper", "lower", "initial", "western"])
    if style == "full":
        return full(p)
    if style == "western":
        return f"{p.given} {p.family}"
    if style == "lastfirst":
        return f"{p.family}, {p.given}"
    if style == "upper":
        return f"{p.family.upper()}, {p.given.upper()}"
    if style == "lower":
        return full(p).lower()
    if style == "initial":
        return f"{p.given[0]}. {p.family}"
    if style == "initials":
        return f"{p.given[0]}.{p.family[0].upper()}."
    raise ValueError(style)


def rel_name(p):
    if p.east:
        return f"{p.rel_family} {p.rel_given}"
    return f"{p.rel_given} {p.rel_family}"


def fphone(d, style=None):
    a, b, c = d[:3], d[3:6], d[6:]
    style = style if style is not None else R.randint(0, 6)
    return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}", f"+1{a}{b}{c}", f"+1 {a} {b} {c}",
            f"1-{a}-{b}-{c}"][style]


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
       "diciembre"]
BISHA = ["Janaayo", "Febraayo", "Maarso", "Abriil", "Maajo", "Juun", "Luulyo", "Agoosto", "Sebtembar", "Oktoobar",
         "Nofembar", "Desembar"]


def fdate(d, style=None):
    style = style if style is not None else R.randint(0, 9)
    y, m, dd = d.year, d.month, d.day
    return [f"{y}-{m:02d}-{dd:02d}", f"{y}{m:02d}{dd:02d}", f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}",
            f"{dd:02d} {MON[m - 1]} {y}", f"{MONTH[m - 1]} {dd}, {y}", f"{dd:02d}-{MON[m - 1].upper()}-{y}",
            f"{m:02d}-{dd:02d}-{y}", f"{m}/{dd}/{y % 100:02d}", f"{dd}.{m:02d}.{y}"][style]


def pick(pred=None):
    c = [p for p in PTS if pred is None or pred(p)]
    return R.choice(c)


def interp(lang=None):
    c = [i for i in INTERPRETERS if lang is None or i[2] == lang]
    return R.choice(c or INTERPRETERS)


def sess_id():
    return "vs_" + alnum(16, "0123456789abcdefghijklmnopqrstuvwxyz")


def room_sid():
    return "RM" + hexs(32)


# ============================================================================= families
# Each generator returns a list of (family, marked_line).

# ---------------------------------------------------------------- Node.js signaling (pino)
SIG_HOSTS = ["sig-use2-a1", "sig-use2-b2", "sig-usw2-a1"]


def pino(level, t, fields, msg):
    d = {"level": level, "time": epoch_ms(t), "pid": R.choice([4121, 4177, 3988]), "hostname": R.choice(SIG_HOSTS)}
    d.update(fields)
    d["msg"] = msg
    return jd(d)


def cand(ip, port, typ, raddr=None, rport=None):
    prio = {"host": 2122260223, "srflx": 1686052607, "relay": 41885439}[typ]
    s = f"candidate:{R.randint(100000000, 4294967295)} 1 udp {prio} {ip} {port} typ {typ}"
    if raddr:
        s += f" raddr {raddr} rport {rport}"
    return s + f" generation 0 ufrag {alnum(4)} network-id {R.randint(1, 3)}"


def g_pino_nophi():
    t = tick()
    room = "vri-" + hexs(8)
    k = R.randint(0, 8)
    if k == 0:
        return [("webrtc_pino", pino(30, t, {"req": {"id": R.randint(1000, 99999), "method": "GET", "url": "/healthz",
                                                     "remoteAddress": "::ffff:" + priv_ip()}, "res": {"statusCode": 200},
                                             "responseTime": R.randint(0, 3)}, "request completed"))]
    if k == 1:
        return [("webrtc_pino", pino(30, t, {"module": "rooms", "room": room, "facility": R.choice(FAC_IDS),
                                             "modality": R.choice(["vri", "vri", "asl-vri", "opi-bridge"])}, "room created"))]
    if k == 2:
        i = interp()
        return [("webrtc_pino", pino(20, t, {"module": "ice", "room": room, "peerId": "int:" + i[1], "role": "interpreter",
                                             "candidate": cand(pub_ip(), R.randint(40000, 65000), "srflx", priv_ip(), R.randint(40000, 65000)),
                                             "sdpMid": "0"}, "ice candidate relayed"))]
    if k == 3:
        f = R.choice(FAC_IDS)
        return [("webrtc_pino", pino(20, t, {"module": "ice", "room": room, "peerId": f"kiosk:{f.lower()}-{R.randint(2, 9)}{R.choice('NSEW')}-{R.randint(1, 40):02d}",
                                             "role": "kiosk", "candidate": cand(FAC[f]["egress"] + str(R.randint(2, 250)), R.randint(40000, 65000), "srflx",
                                                                                 priv_ip(), R.randint(40000, 65000)), "sdpMid": "1"}, "ice candidate relayed"))]
    if k == 4:
        return [("webrtc_pino", pino(20, t, {"module": "ice", "room": room, "peerId": "peer_" + alnum(8),
                                             "candidate": cand(uuid4() + ".local", R.randint(40000, 65000), "host"), "sdpMid": "0"},
                                     "ice candidate relayed"))]
    if k == 5:
        return [("webrtc_pino", pino(40, t, {"module": "ice", "room": room, "iceConnectionState": "failed",
                                             "turn": f"turns:turn-use2.linguabridge.health:443?transport=tcp", "attempt": R.randint(1, 3)},
                                     "ICE restart requested"))]
    if k == 6:
        return [("webrtc_pino", pino(50, t, {"module": "ws", "err": {"type": "Error", "message": "socket hang up",
                                                                     "stack": "Error: socket hang up\n    at connResetException (node:internal/errors:720:14)\n    at TLSSocket.socketOnEnd (node:_http_client:519:23)",
                                                                     "code": "ECONNRESET"}}, "upstream SFU connection lost"))]
    if k == 7:
        return [("webrtc_pino", pino(30, t, {"module": "stats", "rooms": R.randint(20, 140), "peers": R.randint(40, 300),
                                             "wsClients": R.randint(60, 400), "heapUsedMB": R.randint(180, 620),
                                             "eventLoopLagMs": round(R.uniform(0.4, 12), 2)}, "periodic stats"))]
    return [("webrtc_pino", pino(20, t, {"module": "ice", "room": room, "peerId": "peer_" + alnum(8),
                                         "candidate": cand("34.102." + str(R.randint(0, 255)) + "." + str(R.randint(1, 254)), 3478, "relay",
                                                           pub_ip(), R.randint(40000, 65000)), "sdpMid": "0"}, "ice candidate relayed"))]


def g_pino_phi():
    t = tick()
    p = pick()
    room = "vri-" + hexs(8)
    k = R.randint(0, 4)
    if k == 0:
        return [("webrtc_pino", pino(20, t, {"module": "ice", "room": room, "peerId": "guest_" + alnum(8), "role": "patient",
                                             "candidate": cand(P(p.ip, "ip"), R.randint(40000, 65000), "srflx", priv_ip(), R.randint(40000, 65000)),
                                             "sdpMid": "0"}, "ice candidate relayed"))]
    if k == 1:
        return [("webrtc_pino", pino(30, t, {"module": "rooms", "room": room, "role": "patient", "displayName": P(nm(p, "western"), "name"),
                                             "remoteAddress": "::ffff:" + P(p.ip, "ip"), "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)"},
                                     "guest joined"))]
    if k == 2:
        return [("webrtc_pino", pino(30, t, {"module": "invite", "sessionId": sess_id(), "channel": "sms",
                                             "to": P(fphone(p.phone, 4), "phone"), "link": P(p.link, "url"), "twilioMsgSid": "SM" + hexs(32)},
                                     "guest link sent"))]
    if k == 3:
        return [("webrtc_pino", pino(20, t, {"module": "ice", "room": room, "peerId": "guest_" + alnum(8), "role": "family",
                                             "candidate": cand(P(p.rel_ip, "ip"), R.randint(40000, 65000), "srflx", priv_ip(), R.randint(40000, 65000)),
                                             "note": "3-way family join"}, "ice candidate relayed"))]
    return [("webrtc_pino", pino(40, t, {"module": "invite", "sessionId": sess_id(), "channel": "email",
                                         "to": P(p.email, "email"), "err": "550 5.1.1 mailbox unavailable"}, "guest link delivery failed"))]


# ---------------------------------------------------------------- socket.io debug
def g_sio_nophi():
    ns = R.choice([
        f"  socket.io:socket joining room vri-{hexs(8)} +{R.randint(0, 9)}ms",
        f"  engine:socket writing ping packet - expecting pong within 20000ms +25s",
        f"  socket.io:client connecting to namespace /signal +0ms",
        f"  engine upgrading existing transport +{R.randint(1, 40)}ms",
        f"  socket.io:socket got packet {{\"type\":2,\"nsp\":\"/signal\",\"data\":[\"ice\",{{\"sdpMLineIndex\":0}}]}} +{R.randint(0, 5)}ms",
        f"  engine:socket client did not send a pong, closing +45s",
        f"  socket.io-redis-adapter publishing message to channel socket.io#/signal# +1ms",
        f"  engine:ws received \"2\" +{R.randint(1, 30)}s",
    ])
    return [("socketio_debug", ns)]


def g_sio_phi():
    p = pick()
    q = {"name": P(nm(p, "western"), "name"), "dob": P(fdate(p.dob, 0), "date"), "lang": BCP[p.lang], "t": alnum(12)}
    return [("socketio_debug", f"  sig:guest handshake query={jd(q)} address=::ffff:{P(p.ip, 'ip')} +{R.randint(0, 9)}ms")]


# ---------------------------------------------------------------- morgan access log
UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Linux; Android 14; SM-A156U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"]


def clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def g_morgan_nophi():
    t = tick()
    path = R.choice(["/healthz", "/socket.io/?EIO=4&transport=websocket", "/api/v2/rooms/vri-" + hexs(8) + "/token",
                     "/static/js/main." + hexs(8) + ".js", "/metrics"])
    ip = R.choice([priv_ip(), "::ffff:" + priv_ip()])
    st = R.choice([200, 200, 101, 304, 401])
    return [("express_access", f"{ip} - - [{clf(t)}] \"GET {path} HTTP/1.1\" {st} {R.choice(['-', str(R.randint(120, 9000))])} \"-\" \"{R.choice(UA + ['kube-probe/1.28', 'Prometheus/2.49.1'])}\" - {round(R.uniform(0.3, 80), 3)} ms")]


def g_morgan_phi():
    t = tick()
    p = pick()
    path = p.link.replace("https://join.linguabridge.health", "")
    return [("express_access", f"::ffff:{P(p.ip, 'ip')} - - [{clf(t)}] \"GET {P(path, 'url')} HTTP/1.1\" 302 {R.randint(40, 90)} \"-\" \"{R.choice(UA[:2])}\" - {round(R.uniform(1, 40), 3)} ms")]


# ---------------------------------------------------------------- SDR CSV
SDR_HDR = "session_id,facility,modality,lang_pair,interpreter_id,requested_utc,connected_utc,ended_utc,wait_s,duration_s,patient_mrn,encounter_csn,dept,requestor_ext,disposition"
_state = {"sdr_hdr": False, "bill_hdr": set()}


def sdr_row(phi):
    t = tick()
    p = pick()
    i = interp(p.lang)
    w = R.randint(8, 190)
    d = R.randint(180, 3600)
    c = t + timedelta(seconds=w)
    e = c + timedelta(seconds=d)
    lp = f"en-US>{BCP[p.lang]}" if p.lang != "ase" else "en-US>ase"
    mod = "asl-vri" if p.lang == "ase" else R.choice(["vri", "vri", "opi", "onsite"])
    dept = R.choice(["ED", "L&D", "4W-MED", "ONC-INF", "PEDS", "NICU", "CARDIO-CLN", "RAD", "PREOP"])
    if phi:
        return (f"{sess_id()},{p.fac},{mod},{lp},{i[1]},{iso_s(t)},{iso_s(c)},{iso_s(e)},{w},{d},{P(p.mrn, 'mrn')},"
                f"{P(p.csn, 'other_id')},{dept},x{R.randint(2000, 7999)},completed")
    dispo = R.choice(["cancelled_before_connect", "no_interpreter_available", "test_call", "staff_huddle", "completed"])
    ended = iso_s(e) if dispo in ("completed", "staff_huddle") else ""
    dur = str(d) if ended else "0"
    return (f"{sess_id()},{p.fac},{mod},{lp},{i[1] if ended else ''},{iso_s(t)},{iso_s(c) if ended else ''},{ended},{w},{dur},,,"
            f"{dept},x{R.randint(2000, 7999)},{dispo}")


def g_sdr_csv(phi):
    out = []
    if not _state["sdr_hdr"]:
        _state["sdr_hdr"] = True
        out.append(("sdr_csv", SDR_HDR))
    out.append(("sdr_csv", sdr_row(phi)))
    return out


# ---------------------------------------------------------------- legacy OPI CDR (pipe, no header)
def g_opi_cdr(phi):
    t = tick()
    p = pick()
    i = interp(p.lang)
    f = p.fac
    dur = R.randint(60, 2400)
    hh = f"{dur // 3600:02d}:{dur % 3600 // 60:02d}:{dur % 60:02d}"
    ani = fphone(FAC[f]["tel"].replace("(", "").replace(")", "").replace(" ", "").replace("-", "")[:6] + digs(4, False), 3)
    if phi:
        dn = P(fphone(p.phone, R.choice([1, 3, 6])), "phone")
        kind = "3WAY_OUT"
    else:
        dn = ""
        kind = R.choice(["INBOUND", "INBOUND", "ABANDON"])
    return [("opi_cdr", f"CDR|{f}|{t.strftime('%Y%m%d')}|{t.strftime('%H%M%S')}|{kind}|{p.lang.upper()}|{i[1]}|{hh}|ANI={ani}|DNIS=8004417723|DIAL={dn}|Q={R.randint(1, 9)}|TRUNK=SIP-{R.randint(1, 4)}")]


# ---------------------------------------------------------------- SDR JSON
def g_sdr_json(phi):
    t = tick()
    p = pick()
    i = interp(p.lang)
    d = {"sessionId": sess_id(), "type": "ASL_VRI" if p.lang == "ase" else R.choice(["VRI", "OPI", "ONSITE"]),
         "facility": p.fac, "languagePair": {"source": "en-US", "target": BCP[p.lang]},
         "interpreter": {"id": i[1], "certified": R.choice(["CCHI", "NBCMI", "NIC", "CDI"]) if p.lang != "spa" else "CCHI"},
         "requestedAt": iso_ms(t), "durationSec": R.randint(120, 3900), "waitSec": R.randint(5, 160),
         "quality": {"mos": round(R.uniform(3.1, 4.5), 2), "packetLossPct": round(R.uniform(0, 4), 2), "rttMs": R.randint(30, 240)}}
    if phi:
        k = R.randint(0, 2)
        pt = {"mrn": P(p.mrn, "mrn")}
        if k == 0:
            pt["name"] = P(nm(p, R.choice(["full", "lastfirst", "upper"])), "name")
            pt["dob"] = P(fdate(p.dob, R.choice([0, 2, 3])), "date")
        elif k == 1:
            pt["encounter"] = P(p.visit, "other_id")
            if p.age > 89:
                pt["age"] = PN(p.age, "age")
            else:
                pt["age"] = p.age
        else:
            pt["fhirPatient"] = "Patient/" + P(p.fhir, "other_id")
        d["patient"] = pt
        d["requestedBy"] = {"name": R.choice(CLIN_TXT), "ext": "x" + str(R.randint(2000, 7999))}
    else:
        d["patient"] = None
        d["requestedBy"] = {"name": R.choice(CLIN_TXT), "ext": "x" + str(R.randint(2000, 7999))}
        d["notes"] = R.choice(["training", "equipment check", "cancelled by unit", None])
    return [("sdr_json", jd(d))]


# ---------------------------------------------------------------- Go dispatch (zerolog)
def zj(level, t, off, fields, msg, caller=None):
    d = {"level": level, "svc": "dispatchd", "env": "prod"}
    d.update(fields)
    d["time"] = iso_off(t, off)
    if caller:
        d["caller"] = caller
    d["message"] = msg
    return jd(d)


def g_zero_nophi():
    t = tick()
    f = R.choice(FAC_IDS)
    off = FAC[f]["off"]
    i = interp()
    k = R.randint(0, 6)
    rid = "req_" + alnum(20, "0123456789abcdefghijklmnopqrstuv")
    if k == 0:
        return [("zerolog_json", zj("info", t, off, {"request_id": rid, "queue": f"{i[2]}-vri", "facility": f, "interpreter_id": i[1],
                                                     "wait_ms": R.randint(900, 90000)}, "interpreter assigned", "dispatch/assign.go:142"))]
    if k == 1:
        return [("zerolog_json", zj("warn", t, off, {"request_id": rid, "queue": f"{i[2]}-onsite", "facility": f, "radius_km": 45,
                                                     "candidates": 0}, "no interpreter available in radius, escalating to VRI"))]
    if k == 2:
        return [("zerolog_json", zj("debug", t, off, {"queue": f"{i[2]}-vri", "depth": R.randint(0, 14), "oldest_ms": R.randint(0, 240000),
                                                     "available": R.randint(0, 30)}, "queue snapshot"))]
    if k == 3:
        plate = f"{R.randint(1, 9)}{alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{R.randint(100, 999)}"
        return [("zerolog_json", zj("info", t, off, {"interpreter_id": i[1], "interpreter_vehicle_plate": plate,
                                                     "miles": round(R.uniform(3, 48), 1), "rate_cents": 67}, "mileage reimbursement recorded"))]
    if k == 4:
        return [("zerolog_json", zj("error", t, off, {"request_id": rid, "error": "rpc error: code = DeadlineExceeded desc = context deadline exceeded",
                                                     "upstream": "schedsvc.internal:7443", "attempt": R.randint(1, 3)}, "calendar lookup failed",
                                    "dispatch/roster.go:77"))]
    if k == 5:
        return [("zerolog_json", zj("info", t, off, {"version": "v2.14.3", "commit": hexs(7), "go": "go1.22.1",
                                                     "listen": ":8080", "nats": "nats://nats.dispatch.svc:4222"}, "dispatchd starting"))]
    return [("zerolog_json", zj("info", t, off, {"request_id": rid, "interpreter_id": i[1], "status": R.choice(["en_route", "on_site", "released"]),
                                                 "eta_min": R.randint(4, 55), "facility": f, "unit": R.choice(["ED", "4W", "L&D", "PICU"])},
                                "onsite status update"))]


def g_zero_phi():
    t = tick()
    p = pick()
    off = FAC[p.fac]["off"]
    i = interp(p.lang)
    rid = "req_" + alnum(20, "0123456789abcdefghijklmnopqrstuv")
    k = R.randint(0, 4)
    if k == 0:
        return [("zerolog_json", zj("info", t, off, {"request_id": rid, "queue": f"{p.lang}-onsite", "facility": p.fac,
                                                     "patient_name": P(nm(p, "full"), "name"), "mrn": P(p.mrn, "mrn"),
                                                     "room": f"{R.randint(2, 9)}{R.choice('NSEW')}-{R.randint(100, 460)}",
                                                     "appt_date": P(fdate(p.appt, 0), "date")}, "onsite request created", "dispatch/intake.go:61"))]
    if k == 1:
        addr = p.street + (", " + p.unit if p.unit else "")
        return [("zerolog_json", zj("info", t, off, {"request_id": rid, "queue": f"{p.lang}-onsite", "visit_type": "home_health",
                                                     "dest_addr": P(addr, "address"), "dest_city": P(p.city, "address"), "dest_state": p.state,
                                                     "dest_zip": P(p.zip, "zip"), "interpreter_id": i[1], "eta_min": R.randint(15, 70)},
                                    "home visit dispatch", "dispatch/assign.go:203"))]
    if k == 2:
        pp = pick(lambda x: x.age > 89)
        return [("zerolog_json", zj("warn", t, FAC[pp.fac]["off"], {"request_id": rid, "patient_age": PN(pp.age, "age"), "mrn": P(pp.mrn, "mrn"),
                                                                   "flags": ["hoh", "fall_risk"], "prefer": "onsite"},
                                    "geriatric HOH patient, VRI not recommended"))]
    if k == 3:
        return [("zerolog_json", zj("info", t, off, {"request_id": rid, "visit_type": "home_health", "contact": P(rel_name(p), "name"),
                                                     "contact_phone": P(fphone(p.rel_phone, 1), "phone"),
                                                     "parking_note": "park behind family van plate " + P(p.plate, "vehicle")},
                                    "home visit contact attached"))]
    return [("zerolog_json", zj("error", t, off, {"request_id": rid, "error": f"callback to patient {P(fphone(p.phone, 0), 'phone')} failed: busy",
                                                 "queue": f"{p.lang}-opi"}, "outbound dial failed", "dispatch/opi.go:119"))]


def g_zcon_nophi():
    t = tick() + timedelta(hours=-5)
    i = interp()
    s = R.choice([
        f"{t.strftime('%-I:%M%p')} INF assign.go:88 > interpreter assigned eta_min={R.randint(2, 50)} interpreter_id={i[1]} lang={i[2]} req=req_{alnum(12, 'abcdefghijklmnopqrstuv0123456789')}",
        f"{t.strftime('%-I:%M%p')} DBG roster.go:41 > roster refreshed available={R.randint(3, 60)} on_break={R.randint(0, 9)} shift=day",
        f"{t.strftime('%-I:%M%p')} WRN nats.go:56 > slow consumer detected pending={R.randint(1000, 9000)} subject=dispatch.requests",
        f"{t.strftime('%-I:%M%p')} ERR assign.go:131 > assignment timed out error=\"no accept within 90s\" interpreter_id={i[1]}",
    ])
    return [("zerolog_console", s)]


def g_zcon_phi():
    t = tick() + timedelta(hours=-5)
    p = pick()
    s = R.choice([
        f"{t.strftime('%-I:%M%p')} INF intake.go:74 > onsite request dob={P(fdate(p.dob, 0), 'date')} lang={p.lang} mrn={P(p.mrn, 'mrn')} patient=\"{P(nm(p, 'full'), 'name')}\"",
        f"{t.strftime('%-I:%M%p')} WRN intake.go:92 > duplicate request suppressed csn={P(p.csn, 'other_id')} facility={p.fac} lang={p.lang}",
    ])
    return [("zerolog_console", s)]


# ---------------------------------------------------------------- HL7 v2 ADT
RACE = ["2106-3^White^HL70005", "2054-5^Black or African American^HL70005", "2028-9^Asian^HL70005", "2131-1^Other Race^HL70005", ""]


def hl7_name(p, ascii_fold=False):
    fam, giv, mid = p.family.upper(), p.given.upper(), p.middle.upper()
    if ascii_fold:
        fam, giv, mid = fold(fam), fold(giv), fold(mid)
    s = P(fam, "name") + "^" + P(giv, "name")
    if mid:
        s += "^" + P(mid, "name")
    return s


def seg(fields):
    while fields and fields[-1] == "":
        fields.pop()
    return "|".join(fields)


def hl7_msg(p, t, ev):
    f = p.fac
    ctl = digs(8)
    ts = (t + timedelta(hours=FAC[f]["off"])).strftime("%Y%m%d%H%M%S")
    msh = f"MSH|^~\\&|EPIC|{f}|LB_VRI|LINGUABRIDGE|{ts}||ADT^{ev}^ADT_A01|{ctl}|P|2.5.1|||AL|NE"
    evn = f"EVN|{ev}|{ts}|||{R.choice(['HALVORSENI', 'TRANM', 'REGCLERK04', 'INTERFACE'])}"
    fold_ = R.random() < 0.5
    pid = ["PID"] + [""] * 30
    pid[1] = "1"
    pid[3] = P(p.mrn, "mrn") + f"^^^{f}^MR"
    if R.random() < 0.5:
        pid[3] += "~" + P(p.ssn, "ssn") + "^^^USSSA^SS"
    pid[5] = hl7_name(p, fold_)
    pid[7] = P(p.dob.strftime("%Y%m%d"), "date")
    pid[8] = p.sex
    pid[10] = R.choice(RACE)
    street = fold(p.street.upper()) if fold_ else p.street
    unit = p.unit
    pid[11] = (P(street, "address") + "^" + (P(unit, "address") if unit else "") + "^" + P(p.city.upper() if fold_ else p.city, "address")
               + f"^{p.state}^" + P(p.zip, "zip") + "^USA^H^^" + P(p.county, "address"))
    pid[13] = f"^PRN^PH^^1^{P(p.phone[:3], 'phone')}^{P(p.phone[3:], 'phone')}"
    if R.random() < 0.5:
        pid[13] += "~^NET^Internet^" + P(p.email, "email")
    if p.lang == "ase" and R.random() < 0.6:
        pid[13] += f"~^PRN^FX^^1^{P(p.phone2[:3], 'fax')}^{P(p.phone2[3:], 'fax')}"
    pid[15] = f"{p.lang}^{LANGS[p.lang]}^ISO639"
    pid[16] = R.choice(["M", "S", "W", "D"])
    pid[18] = P(p.acct, "account") + f"^^^{f}^AN"
    pid[19] = P(p.ssn.replace("-", ""), "ssn") if "SS" not in pid[3] else ""
    if R.random() < 0.35:
        pid[20] = P(p.dl, "license") + f"^{p.state}"
    cl = R.choice(CLIN)
    pv1 = ["PV1"] + [""] * 50
    pv1[1] = "1"
    pv1[2] = R.choice(["I", "E", "O"])
    pv1[3] = f"{R.choice(['PEDS', 'PICU', 'ED']) if p.age < 18 else R.choice(['4W', '5E', 'ED', 'LD' if p.sex == 'F' and p.age < 45 else '6N'])}^{R.randint(100, 499)}^{R.choice('AB')}^{f}^^^^N"
    pv1[7] = f"{cl[2]}^{cl[0]}^{cl[1]}^^^MD^^^NPI"
    pv1[10] = "PED" if p.age < 18 else R.choice(["MED", "SUR", "EMR", "CAR"])
    pv1[18] = R.choice(["IN", "ER", "OP"])
    pv1[19] = P(p.visit, "other_id")
    pv1[44] = P(p.admit.strftime("%Y%m%d%H%M"), "date")
    nk1 = (f"NK1|1|{P(p.rel_family.upper(), 'name')}^{P(p.rel_given.upper(), 'name')}|{p.rel_code}^{p.rel}^HL70063||"
           f"^PRN^PH^^1^{P(p.rel_phone[:3], 'phone')}^{P(p.rel_phone[3:], 'phone')}||EC^Emergency Contact^HL70131")
    in1 = ["IN1"] + [""] * 40
    in1[1] = "1"
    in1[2] = {"MBI": "MCR^Medicare Part A/B", "MCD": "MCD^Medicaid", "COM": "COM^Commercial"}[p.plan[0]]
    in1[3] = R.choice(["60054", "87726", "MNMCD", "WAMCD", "00430"])
    in1[4] = {"MBI": "CMS MEDICARE", "MCD": p.state + " MEDICAID", "COM": R.choice(["AETNA", "UNITEDHEALTHCARE", "BLUE CROSS"])}[p.plan[0]]
    in1[16] = hl7_name(p, True)
    in1[17] = "SEL^Self^HL70063"
    in1[18] = P(p.dob.strftime("%Y%m%d"), "date")
    in1[36] = P(p.plan[1], "health_plan")
    in1 = seg(in1)
    zli = f"ZLI|Y|{p.lang}^{LANGS[p.lang]}^ISO639|{'CDI^Y' if p.lang == 'ase' else 'SPOKEN^N'}|{R.choice(['VRI', 'ONSITE', 'OPI'])}"
    return ctl, [msh, evn, seg(pid), seg(pv1), nk1, in1, zli]


def g_hl7_block():
    t = tick()
    p = pick()
    ctl, segs = hl7_msg(p, t, R.choice(["A01", "A04", "A08"]))
    if R.random() < 0.4:
        segs = [s for s in segs if not s.startswith("NK1")]
    if R.random() < 0.4:
        segs = [s for s in segs if not s.startswith("IN1")]
    return [("hl7_adt", s) for s in segs]


def mllp_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"


def g_mllp_phi():
    t = tick()
    p = pick()
    ctl, segs = hl7_msg(p, t, "A08")
    segs = [s for s in segs if not s.startswith(("NK1", "ZLI", "IN1"))]
    raw = "\\r".join(segs)
    return [("mllp_engine", f"{mllp_ts(t)} INFO  [mllp-rx-{R.randint(1, 4)}] c.l.hl7.InboundHandler - received ADT^A08 ctl={ctl} raw=\"{raw}\\r\"")]


def g_mllp_nophi():
    t = tick()
    ctl = digs(8)
    return [("mllp_engine", R.choice([
        f"{mllp_ts(t)} INFO  [mllp-rx-{R.randint(1, 4)}] c.l.hl7.InboundHandler - sent ACK MSH|^~\\&|LB_VRI|LINGUABRIDGE|EPIC|{R.choice(FAC_IDS)}|{t.strftime('%Y%m%d%H%M%S')}||ACK^A08|{ctl}A|P|2.5.1\\rMSA|AA|{ctl}\\r",
        f"{mllp_ts(t)} WARN  [mllp-rx-{R.randint(1, 4)}] c.l.hl7.InboundHandler - AE returned ctl={ctl} reason=\"PV1-3 location not mapped: 6N^614^A\"",
        f"{mllp_ts(t)} INFO  [mllp-server] c.l.hl7.MllpServer - connection accepted from 10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 254)}:{R.randint(30000, 60000)} (peer=EPIC_{R.choice(FAC_IDS)})",
        f"{mllp_ts(t)} DEBUG [mllp-rx-{R.randint(1, 4)}] c.l.hl7.Router - A08 routed to topic adt.encounter.context partition={R.randint(0, 11)} offset={R.randint(100000, 999999)}",
    ]))]


# ---------------------------------------------------------------- FHIR
def g_fhir_phi():
    t = tick()
    p = pick()
    f = p.fac
    k = R.randint(0, 2)
    if k < 2:
        d = {"resourceType": "Encounter", "id": "enc-" + hexs(12), "meta": {"versionId": str(R.randint(1, 9)), "lastUpdated": iso_ms(t)},
             "identifier": [{"use": "official", "system": f"urn:oid:1.2.840.114350.1.13.{R.randint(100, 999)}.2.7.3.698084.8",
                             "value": P(p.csn, "other_id")}],
             "status": R.choice(["in-progress", "arrived", "finished"]),
             "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": R.choice(["IMP", "EMER", "AMB"])},
             "subject": {"reference": "Patient/" + P(p.fhir, "other_id"), "display": P(nm(p, R.choice(["full", "lastfirst"])), "name")},
             "period": {"start": P(iso_off(datetime(2024, 3, p.admit.day, p.admit.hour, p.admit.minute, tzinfo=timezone.utc) - timedelta(hours=FAC[f]["off"]), FAC[f]["off"]), "date")},
             "serviceProvider": {"display": FAC[f]["name"]}}
        if k == 1:
            d["extension"] = [{"url": "http://linguabridge.health/fhir/StructureDefinition/interpreter-language",
                               "valueCoding": {"system": "urn:ietf:bcp:47", "code": BCP[p.lang]}}]
        return [("fhir_json", jd(d))]
    d = {"resourceType": "Patient", "id": P(p.fhir, "other_id"),
         "name": [{"use": "official", "family": P(p.family, "name"), "given": [P(p.given, "name")]}],
         "telecom": [{"system": "phone", "value": P(fphone(p.phone, 1), "phone"), "use": "mobile"},
                     {"system": "email", "value": P(p.email, "email")}] + (
                         [{"system": "fax", "value": P(fphone(p.phone2, 2), "fax"), "use": "home"}] if p.lang == "ase" else []),
         "gender": "female" if p.sex == "F" else "male", "birthDate": P(fdate(p.dob, 0), "date"),
         "address": [{"line": [P(p.street, "address")], "city": P(p.city, "address"), "state": p.state, "postalCode": P(p.zip, "zip")}],
         "communication": [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": BCP[p.lang]}]}, "preferred": True}]}
    return [("fhir_json", jd(d))]


def g_fhir_nophi():
    t = tick()
    k = R.randint(0, 2)
    if k == 0:
        d = {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": R.choice(["not-found", "forbidden", "throttled"]),
                                                            "diagnostics": R.choice(["Resource Encounter/enc-" + hexs(12) + " is not known",
                                                                                     "Scope patient/Encounter.read not granted to client lb-vri-prod",
                                                                                     "Rate limit exceeded: 300 req/min"])}]}
        return [("fhir_json", jd(d))]
    if k == 1:
        d = {"resourceType": "Bundle", "type": "searchset", "total": R.randint(0, 80),
             "link": [{"relation": "self", "url": f"https://fhir.{R.choice(FAC_IDS).lower()}.org/api/FHIR/R4/Encounter?status=in-progress&_count=50&_elements=id,status"}],
             "meta": {"lastUpdated": iso_ms(t)}}
        return [("fhir_json", jd(d))]
    return [("fhir_json", jd({"resourceType": "CapabilityStatement", "status": "active", "date": "2024-02-01", "fhirVersion": "4.0.1",
                               "software": {"name": "Epic", "version": "February 2024"}, "format": ["json"]}))]


# ---------------------------------------------------------------- Android logcat (kiosk)
def lc(t, lvl, tag, msg, pid=None, tid=None):
    pid = pid or R.choice([4312, 4312, 1187, 2290])
    tid = tid or pid + R.randint(0, 90)
    return f"{t.strftime('%m-%d %H:%M:%S.')}{t.microsecond // 1000:03d} {pid:5d} {tid:5d} {lvl} {tag}: {msg}"


def fake_jpeg_b64(n):
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00])
    raw += bytes(R.randint(0, 255) for _ in range(n))
    return base64.b64encode(raw).decode()


def g_logcat_nophi():
    t = tick()
    k = R.randint(0, 9)
    kiosk = f"KSK-{R.choice(FAC_IDS)}-{R.randint(100, 399)}"
    opts = [
        ("I", "VriKiosk.Call", f"joining room vri-{hexs(8)} as {kiosk.lower()} video=720p audio=opus"),
        ("D", "OkHttp", f"--> POST https://api.linguabridge.health/v2/sessions/{sess_id()}/heartbeat (42-byte body)"),
        ("D", "OkHttp", f"<-- 200 https://api.linguabridge.health/v2/queue/status ({R.randint(30, 900)}ms, {R.randint(100, 900)}-byte body)"),
        ("W", "CameraManagerGlobal", "Camera 1 is already open by com.linguabridge.kiosk, ignoring"),
        ("I", "chromium", "[INFO:CONSOLE(1)] \"peerconnection state: connected\", source: https://app.linguabridge.health/kiosk (1)"),
        ("E", "AndroidRuntime", "FATAL EXCEPTION: main Process: com.linguabridge.kiosk, PID: 4312 java.lang.IllegalStateException: Surface already released"),
        ("I", "DevicePolicyManager", f"setLockTaskPackages: [com.linguabridge.kiosk] device={kiosk} serial=R9{alnum(9, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}"),
        ("D", "WifiStateMachine", f"CONNECTED ssid=\"{R.choice(FAC_IDS)}-CLINICAL\" bssid={':'.join(hexs(2) for _ in range(6))} rssi=-{R.randint(40, 82)} freq=5180"),
        ("I", "VriKiosk.Battery", f"level={R.randint(8, 100)} plugged={R.choice(['AC', 'none'])} temp={R.randint(24, 41)}.{R.randint(0, 9)}C"),
        ("W", "tvi.webrtc.Logging", f"NetworkMonitorAutoDetect: Unable to obtain permission to request a cellular network."),
    ]
    lvl, tag, msg = opts[k]
    return [("logcat", lc(t, lvl, tag, msg))]


def g_logcat_phi():
    t = tick()
    p = pick()
    k = R.randint(0, 5)
    if k == 0:
        age = P(p.age, "age") if p.age > 89 else str(p.age)
        msg = (f"patient banner set name=\"{P(nm(p, R.choice(['full', 'upper'])), 'name')}\" dob={P(fdate(p.dob, 2), 'date')} "
               f"age={age} mrn={P(p.mrn, 'mrn')} lang={BCP[p.lang]}")
        return [("logcat", lc(t, "I", "VriKiosk.Intake", msg))]
    if k == 1:
        body = jd({"mrn": P(p.mrn, "mrn"), "csn": P(p.csn, "other_id"), "language": BCP[p.lang], "room": f"{R.randint(2, 6)}W-{R.randint(100, 460)}"})
        return [("logcat", lc(t, "D", "OkHttp", body))]
    if k == 2:
        pp = pick(lambda x: x.lang == "ase" or x.age > 89)
        msg = f"connect {P(pp.mac, 'device')} name=\"Phonak Audéo P90\" profile=ASHA patient_mrn={P(pp.mrn, 'mrn')}"
        return [("logcat", lc(t, "I", "BluetoothAdapter", msg, 1187))]
    if k == 3:
        msg = f"banner photo captured mrn={P(p.mrn, 'mrn')} jpeg={P(fake_jpeg_b64(R.randint(45, 70)), 'photo')}"
        return [("logcat", lc(t, "V", "VriKiosk.Camera", msg))]
    if k == 4:
        msg = (f"visitor check-in: {P(rel_name(p), 'name')} ({p.rel.lower()}) DL {p.state} {P(p.dl, 'license')} "
               f"for patient mrn={P(p.mrn, 'mrn')}")
        return [("logcat", lc(t, "I", "VriKiosk.Visitor", msg))]
    vec = ",".join(f"{R.uniform(-1, 1):.4f}" for _ in range(12))
    msg = f"face match enrolled mrn={P(p.mrn, 'mrn')} template=[{P(vec, 'biometric')}] score=0.{R.randint(80, 99)}"
    return [("logcat", lc(t, "D", "VriKiosk.FaceId", msg))]


# ---------------------------------------------------------------- billing exports
BILL_HDR = "facility_code,invoice_no,dos,session_id,service,language,billable_min,rate_cents,amount_cents,patient_account,mrn,cost_center,hcpcs"


def g_bill_csv(phi):
    out = []
    p = pick()
    f = p.fac
    if f not in _state["bill_hdr"]:
        _state["bill_hdr"].add(f)
        out.append(("billing_csv", f"# export facility={f} period=2024-02-01..2024-02-29 generated_by=billing-exporter v3.8.1 tz=UTC"))
        out.append(("billing_csv", BILL_HDR))
    mins = R.randint(3, 95)
    svc = "ASL_VRI" if p.lang == "ase" else R.choice(["VRI", "OPI", "ONSITE"])
    rate = {"ASL_VRI": 395, "VRI": 195, "OPI": 125, "ONSITE": 750}[svc]
    inv = f"INV-{f}-2402-{R.randint(1000, 9999)}"
    cc = R.choice(["CC4410", "CC7120", "CC2003", "CC5510"])
    if phi:
        dos = date(2024, 2, R.randint(1, 29))
        out.append(("billing_csv", f"{f},{inv},{P(fdos(dos), 'date')},{sess_id()},{svc},{p.lang},{mins},{rate},{mins * rate},"
                                   f"{P(p.acct, 'account')},{P(p.mrn, 'mrn')},{cc},T1013"))
    else:
        out.append(("billing_csv", R.choice([
            f"{f},{inv},,{sess_id()},{svc},{p.lang},{mins},{rate},{mins * rate},,,{cc},",
            f"{f},SUBTOTAL,,,{svc},,{R.randint(2000, 30000)},,{R.randint(400000, 9000000)},,,,",
            f"{f},{inv},,,MINIMUM_FEE,,0,0,{R.choice([2500, 5000])},,,{cc},",
        ])))
    return out


def fdos(d):
    return R.choice([f"{d.year}-{d.month:02d}-{d.day:02d}", f"{d.month:02d}/{d.day:02d}/{d.year}"])


def g_bill_pipe(phi):
    p = pick()
    t = tick()
    if phi:
        dos = date(2024, 2, R.randint(1, 29))
        return [("billing_pipe", f"{p.fac}|{P(dos.strftime('%m/%d/%Y'), 'date')}|{P(nm(p, 'lastfirst'), 'name')}|"
                                 f"{P(p.mrn, 'mrn')}|{LANGS[p.lang]}|{R.randint(5, 80)} min|{p.plan[0]}|{P(p.plan[1], 'health_plan')}|BILLABLE")]
    return [("billing_pipe", R.choice([
        f"{p.fac}|HDR|LinguaBridge Health LLC|Remit to: 400 S 4th St Ste 1200, Minneapolis MN 55415|AR phone 612-339-0400|fax 612-339-0499",
        f"{p.fac}|TRL|rows={R.randint(300, 4000)}|minutes={R.randint(10000, 90000)}|sha256={hexs(64)}",
        f"{p.fac}|{t.strftime('%m/%d/%Y')}|TRAINING - NO PATIENT||{LANGS[p.lang]}|{R.randint(15, 60)} min|N/A||NONBILLABLE",
    ]))]


# ---------------------------------------------------------------- X12 837P
def g_x12_block(nclaims=2):
    t = tick()
    f = R.choice(sorted({x.fac for x in PTS if x.plan[0] == "MCD"}))
    pool = [x for x in PTS if x.plan[0] == "MCD" and x.fac == f]
    pts = R.sample(pool, min(len(pool), nclaims))
    rcv = {"MN": "MNDHS", "WA": "WAHCA", "TX": "TXTMHP", "CA": "MEDICAL", "OH": "OHMCD"}[FAC[f]["st"]]
    n = R.randint(100000000, 999999999)
    ts = t.strftime("%y%m%d"), t.strftime("%H%M")
    out = [
        f"ISA*00*          *00*          *ZZ*LINGUABRIDGE   *ZZ*{rcv:<15}*{ts[0]}*{ts[1]}*^*00501*{n}*0*P*:~",
        f"GS*HC*LINGUABRIDGE*{rcv}*{t.strftime('%Y%m%d')}*{ts[1]}*{n % 100000}*X*005010X222A1~",
        "ST*837*0001*005010X222A1~",
        f"BHT*0019*00*LB{t.strftime('%y%m%d')}{R.randint(1000, 9999)}*{t.strftime('%Y%m%d')}*{ts[1]}*CH~",
        "NM1*85*2*LINGUABRIDGE HEALTH LLC*****XX*1982736450~",
        "N3*400 S 4TH ST STE 1200~",
        "N4*MINNEAPOLIS*MN*554151805~",
        "REF*EI*412345678~",
    ]
    for p in pts:
        dos = date(2024, 3, R.randint(1, 13))
        out += [
            f"HL*{pts.index(p) + 2}*1*22*0~",
            "SBR*P*18*******MC~",
            f"NM1*IL*1*{P(fold(p.family).upper(), 'name')}*{P(fold(p.given).upper(), 'name')}****MI*{P(p.plan[1], 'health_plan')}~",
            f"N3*{P(fold(p.street).upper(), 'address')}~",
            f"N4*{P(fold(p.city).upper(), 'address')}*{p.state}*{P(p.zip, 'zip')}~",
            f"DMG*D8*{P(p.dob.strftime('%Y%m%d'), 'date')}*{p.sex}~",
            f"CLM*{P(p.acct, 'account')}*{R.choice([45, 60, 90])}.00***11:B:1*Y*A*Y*Y~",
            f"DTP*472*D8*{P(dos.strftime('%Y%m%d'), 'date')}~",
            f"SV1*HC:T1013:{R.choice(['U3', 'U4', 'HA'])}*{R.choice([45, 60, 90])}*UN*{R.randint(1, 6)}***1~",
        ]
    out += [f"SE*{len(out) - 1}*0001~", f"GE*1*{n % 100000}~", f"IEA*1*{n}~"]
    return [("x12_837", s) for s in out]


# ---------------------------------------------------------------- Prometheus
def g_prom():
    f = R.choice(FAC_IDS)
    k = R.randint(0, 8)
    lines = [
        "# HELP vri_call_rtt_seconds Round-trip time reported by getStats() per session.",
        "# TYPE vri_call_rtt_seconds histogram",
        f'vri_call_rtt_seconds_bucket{{facility="{f}",modality="vri",le="{R.choice(["0.05", "0.1", "0.25", "0.5", "+Inf"])}"}} {R.randint(1000, 90000)}',
        f'vri_active_sessions{{facility="{f}",lang="{R.choice(list(BCP.values()))}"}} {R.randint(0, 30)}',
        f'vri_packet_loss_ratio{{facility="{f}",direction="{R.choice(["inbound", "outbound"])}",quantile="0.95"}} {R.uniform(0, 0.08):.4f}',
        f'dispatch_queue_wait_seconds_sum{{queue="{R.choice(["spa-vri", "ase-vri", "som-onsite", "vie-opi"])}"}} {R.uniform(1000, 99999):.1f}',
        f'twilio_webhook_requests_total{{event="{R.choice(["room-created", "participant-connected", "track-added", "room-ended"])}",code="204"}} {R.randint(1000, 900000)}',
        f'nodejs_eventloop_lag_p99_seconds{{instance="{R.choice(SIG_HOSTS)}:9464",job="signaling"}} {R.uniform(0.001, 0.09):.5f}',
        f'vri_mos_score{{facility="{f}",modality="asl-vri",quantile="0.5"}} {R.uniform(3.2, 4.4):.2f}',
    ]
    return [("prom_exposition", lines[k])]


def g_promlog():
    t = tick()
    return [("prometheus_log", R.choice([
        f"ts={iso_ms(t)} caller=scrape.go:1354 level=warn component=\"scrape manager\" scrape_pool=signaling target=http://{priv_ip()}:9464/metrics msg=\"Append failed\" err=\"out of bounds\"",
        f"ts={iso_ms(t)} caller=compact.go:523 level=info component=tsdb msg=\"write block\" mint={epoch_ms(t) - 7200000} maxt={epoch_ms(t)} ulid=01HS{alnum(22, '0123456789ABCDEFGHJKMNPQRSTVWXYZ')} duration={R.randint(300, 2000)}ms",
        f"ts={iso_ms(t)} caller=manager.go:663 level=warn component=\"rule manager\" file=/etc/prometheus/rules/vri.yml group=vri-quality name=VRIHighJitter msg=\"Evaluating rule failed\" err=\"query timed out in expression evaluation\"",
        f"ts={iso_ms(t)} caller=head.go:1298 level=info component=tsdb msg=\"Head GC completed\" caller=truncateMemory duration={R.randint(20, 900)}.{R.randint(100, 999)}ms",
    ]))]


# ---------------------------------------------------------------- Grafana
def g_grafana_log():
    t = tick()
    uid = alnum(14, "abcdefghijklmnopqrstuvwxyz0123456789")
    return [("grafana_log", R.choice([
        f"logger=ngalert.state.manager rule_uid={uid} org_id=1 t={iso_off(t, -5)[:-6]}.{R.randint(100, 999)}-05:00 level=info msg=\"State changed\" previous=Normal next=Alerting alertname=VRIPacketLossHigh facility={R.choice(FAC_IDS)}",
        f"logger=ngalert.notifier.alertmanager org=1 t={iso_off(t, -5)} level=info component=dispatcher msg=\"Notify success\" receiver=vri-oncall-pagerduty integration=pagerduty[0] attempts=1",
        f"logger=context userId={R.randint(2, 90)} orgId=1 uname=noc.viewer t={iso_off(t, -5)} level=info msg=\"Request Completed\" method=GET path=/api/ds/query status=200 remote_addr={priv_ip()} time_ms={R.randint(20, 900)} duration={R.randint(20, 900)}ms size={R.randint(1000, 90000)}",
        f"logger=cleanup t={iso_off(t, -5)} level=info msg=\"Completed cleanup jobs\" duration={R.randint(5, 90)}.{R.randint(100, 999)}ms",
    ]))]


def g_grafana_hook(phi):
    t = tick()
    f = R.choice(FAC_IDS)
    labels = {"alertname": R.choice(["VRIPacketLossHigh", "VRIJitterHigh", "ASLQueueWaitLong", "TwilioWebhookErrors"]),
              "facility": f, "grafana_folder": "VRI Quality", "severity": R.choice(["warning", "critical"])}
    if phi:
        p = pick()
        labels["facility"] = f = p.fac
        labels["room"] = f"{p.fac.lower()}-pt-" + P(p.mrn, "mrn")
    d = {"receiver": "vri-oncall-pagerduty", "status": "firing", "orgId": 1,
         "alerts": [{"status": "firing", "labels": labels, "annotations": {"summary": "Packet loss above 5% for 10m" if "Loss" in labels["alertname"] else "Threshold exceeded"},
                     "startsAt": iso_ms(t), "endsAt": "0001-01-01T00:00:00Z", "fingerprint": hexs(16),
                     "generatorURL": f"https://grafana.linguabridge.health/alerting/grafana/{alnum(14, 'abcdefghijklmnopqrstuvwxyz0123456789')}/view?orgId=1"}],
         "title": f"[FIRING:1] {labels['alertname']} {f}", "version": "1"}
    return [("grafana_webhook", jd(d))]


# ---------------------------------------------------------------- Twilio Video status callbacks
TW_ACCOUNT = "AC" + hexs(32)


def tw_line(t, params):
    body = "&".join(f"{k}={v}" for k, v in params)
    return f"{iso_ms(t)} twilio-hooks POST /hooks/twilio/video 204 {R.randint(2, 40)}ms body={body}"


def g_twilio(phi):
    t = tick()
    ts = quote(iso_ms(t), safe="")
    base = [("AccountSid", TW_ACCOUNT), ("RoomSid", room_sid())]
    if phi:
        p = pick()
        k = R.randint(0, 2)
        if k == 0:
            room = f"{p.fac.lower()}-enc-" + P(p.csn, "other_id")
            params = base + [("RoomName", room), ("RoomStatus", "in-progress"), ("StatusCallbackEvent", "room-created"), ("RoomType", "group")]
        elif k == 1:
            params = base + [("RoomName", "vri-" + hexs(8)), ("RoomStatus", "in-progress"), ("StatusCallbackEvent", "participant-connected"),
                             ("ParticipantSid", "PA" + hexs(32)), ("ParticipantIdentity", "guest%3A" + P(quote(p.username), "other_id")),
                             ("ParticipantStatus", "connected")]
        else:
            params = base + [("RoomName", "vri-" + hexs(8)), ("RoomStatus", "in-progress"), ("StatusCallbackEvent", "participant-disconnected"),
                             ("ParticipantSid", "PA" + hexs(32)), ("ParticipantIdentity", "pt_" + P(p.mrn, "mrn")),
                             ("ParticipantStatus", "disconnected"), ("ParticipantDuration", str(R.randint(60, 3600)))]
    else:
        i = interp()
        ev = R.choice(["room-created", "participant-connected", "track-added", "room-ended", "recording-started"])
        params = base + [("RoomName", "vri-" + hexs(8)), ("RoomStatus", "completed" if ev == "room-ended" else "in-progress"),
                         ("StatusCallbackEvent", ev)]
        if ev in ("participant-connected", "track-added"):
            params += [("ParticipantSid", "PA" + hexs(32)),
                       ("ParticipantIdentity", R.choice([f"interp%3A{i[1]}", f"kiosk%3A{R.choice(FAC_IDS).lower()}-{R.randint(2, 9)}w-{R.randint(1, 40):02d}"]))]
            if ev == "track-added":
                params += [("TrackSid", "MT" + hexs(32)), ("TrackKind", R.choice(["video", "audio"]))]
        if ev == "room-ended":
            params += [("RoomDuration", str(R.randint(60, 4000)))]
    params += [("Timestamp", ts), ("SequenceNumber", str(R.randint(0, 12)))]
    return [("twilio_webhook", tw_line(t, params))]


# ---------------------------------------------------------------- interpreter notes
def note_phi(p):
    L = p.lang
    dob = p.dob
    if L == "spa":
        opts = [
            lambda: f"La paciente {P(full(p), 'name')}, de {P(p.age, 'age')} años, pidió que su nieto no interprete. Cita de seguimiento el {P(f'{p.appt.day} de {MES[p.appt.month - 1]}', 'date')}." if p.age > 89 else None,
            lambda: f"Paciente {P(full(p), 'name')} (fecha de nacimiento {P(f'{dob.day:02d}/{dob.month:02d}/{dob.year}', 'date')}) no entendió las instrucciones del inhalador; se repitió con teach-back. Tel. de casa {P(fphone(p.phone, 1), 'phone')}.",
            lambda: f"El familiar, {P(rel_name(p), 'name')}, llamó desde el {P(fphone(p.rel_phone, 0), 'phone')} preguntando por el alta del {P(f'{p.admit.day} de marzo', 'date')}.",
            lambda: f"{'El Sr.' if p.sex == 'M' else 'La Sra.'} {P(p.family, 'name')} vive {'solo' if p.sex == 'M' else 'sola'} en {P(p.street, 'address')}, {P(p.city, 'address')}; se informó a trabajo social. Correo: {P(p.email, 'email')}",
        ]
    elif L == "vie":
        opts = [
            lambda: f"Bệnh nhân {P(full(p), 'name')} (sinh ngày {P(f'{dob.day}/{dob.month}/{dob.year}', 'date')}) không hiểu hướng dẫn dùng thuốc; người nhà {P(rel_name(p), 'name')} sẽ gọi lại số {P(fphone(p.rel_phone, 1), 'phone')}.",
            lambda: f"Cụ {P(full(p), 'name')}, {P(p.age, 'age')} tuổi, nghe kém, cần nói to và chậm. Địa chỉ nhà: {P(p.street, 'address')}, {P(p.city, 'address')} {P(p.zip, 'zip')}." if p.age > 89 else None,
            lambda: f"Bác sĩ giải thích lịch mổ {P(f'ngày {p.appt.day} tháng {p.appt.month} năm {p.appt.year}', 'date')}; bệnh nhân {P(full(p), 'name')} đồng ý, mã hồ sơ {P(p.mrn, 'mrn')}.",
        ]
    elif L == "som":
        opts = [
            lambda: f"{'Bukaanka' if p.sex == 'M' else 'Bukaanadda'} {P(full(p), 'name')} {'wuxuu' if p.sex == 'M' else 'waxay'} codsaday turjubaan {'lab' if p.sex == 'M' else 'dhedig'} ah. Taleefanka qoyska ({P(rel_name(p), 'name')}): {P(fphone(p.rel_phone, 5), 'phone')}.",
            lambda: f"{'Aabbaha' if p.sex == 'M' else 'Hooyada'} {P(full(p), 'name')}, {'da' + chr(39) + 'diisu' if p.sex == 'M' else 'da' + chr(39) + 'deedu'} waa {P(p.age, 'age')} sano, ma fahmin warqadaha ka bixitaanka; ballanta xigta waa {P(f'{p.appt.day} {BISHA[p.appt.month - 1]}', 'date')}." if p.age > 89 else None,
            lambda: f"{P(full(p), 'name')} (taariikhda dhalashada {P(f'{dob.day:02d}-{dob.month:02d}-{dob.year}', 'date')}) {'wuxuu ku nool yahay' if p.sex == 'M' else 'waxay ku nooshahay'} {P(p.street, 'address')}, {P(p.city, 'address')}. Ballanta: {P(fdate(p.appt, 3), 'date')}.",
        ]
    elif L == "ase":
        opts = [
            lambda: f"Deaf pt {P(full(p), 'name')} (DOB {P(fdate(dob, 3), 'date')}) signs ASL w/ strong regional features; CDI recommended for {P(fdate(p.appt, 5), 'date')} f/u. VP {P(fphone(p.phone2, 0), 'phone')}.",
            lambda: f"Pt's cochlear implant processor (SN {P(p.ci_serial, 'device')}) battery died mid-session; switched to captions + ASL. Pt {P(nm(p, 'initials'), 'name')} ok with VRI.",
            lambda: f"{P(nm(p, 'lastfirst'), 'name')} prefers fax for appt reminders: {P(fphone(p.phone2, 1), 'fax')} (TTY same line). Told {'him' if p.sex == 'M' else 'her'} to ask unit clerk.",
            lambda: f"Hearing {p.rel.lower()} {P(rel_name(p), 'name')} kept voicing for the pt; explained CDI role. Pt email {P(p.email, 'email')} for written summary.",
        ]
    else:
        opts = [
            lambda: f"Pt {P(full(p), 'name')} ({LANGS[L]}) asked for female interpreter next time; {p.rel.lower()} {P(rel_name(p), 'name')} cell {P(fphone(p.rel_phone), 'phone')}.",
            lambda: f"{P(nm(p, 'upper'), 'name')} DOB {P(fdate(dob), 'date')} - discharge teaching done in {LANGS[L]}, teach-back ok. Follow-up {P(fdate(p.appt, 3), 'date')}.",
            lambda: f"Pt {P(nm(p, 'initials'), 'name')} upset about bill, acct {P(p.acct, 'account')}; referred to financial counselor. {R.choice(CLIN_TXT)} aware.",
            lambda: f"{p.rel} asked that translated d/c instructions be faxed to the family: {P(fphone(p.rel_fax, R.choice([0, 1])), 'fax')} (attn {P(rel_name(p), 'name')}).",
            lambda: f"{p.rel} {P(rel_name(p), 'name')} will pick pt up; grey minivan plate {P(p.plate, 'vehicle')} parked in ED bay.",
        ]
    for _ in range(50):
        k = R.randrange(len(opts))
        if (p.mrn, k) in _used_notes:
            continue
        s = opts[k]()
        if s:
            _used_notes.add((p.mrn, k))
            return s
    return None


_used_notes = set()


NOTES_NOPHI = [
    ("en", "Audio dropped twice, switched to OPI backup. No terminology issues."),
    ("en", "Provider spoke very fast; asked to pause every 2 sentences. Session otherwise routine."),
    ("en", "Pt 67 y/o, routine pre-op consent, no concerns."),
    ("en", "Kiosk camera angle poor for signing; asked RN to raise cart. Please fix cart KSK-LRMC-214 mount."),
    ("es", "Sesión sin incidentes. Terminología de oncología revisada con la enfermera."),
    ("es", "Se cortó la llamada dos veces por mala conexión Wi-Fi en la habitación; se reconectó por OPI."),
    ("vi", "Phiên dịch diễn ra suôn sẻ, không có vấn đề về thuật ngữ."),
    ("vi", "Mất tín hiệu video khoảng 2 phút, chuyển sang âm thanh."),
    ("so", "Kulanku si fiican ayuu u dhacay; dhakhtarka iyo bukaanka wey is fahmeen."),
    ("so", "Xiriirka fiidiyowga ayaa go'ay laba jeer, waxaan u wareegnay taleefan."),
    ("ase", "Team interpreting w/ CDI went well; 2 min lag on VRI, recommend on-site for next psych eval."),
    ("en", "Family member (adult) offered to interpret; declined per policy, documented."),
]


def g_note(phi):
    t = tick()
    if phi:
        text = None
        while not text:
            p = pick()
            text = note_phi(p)
        i = interp(p.lang)
        lang = BCP[p.lang]
    else:
        lang, text = R.choice(NOTES_NOPHI)
        i = interp(lang if lang in ("ase",) else None)
    if R.random() < 0.5:
        d = {"noteId": "nt_" + alnum(12, "0123456789abcdefghijklmnopqrstuvwxyz"), "sessionId": sess_id(), "interpreterId": i[1],
             "lang": lang, "createdAt": iso_ms(t), "text": text}
        return [("interp_note_json", jd(d))]
    return [("interp_note", f"{iso_s(t)} notes-api INFO note_saved session={sess_id()} interpreter={i[1]} lang={lang} text=\"{text}\"")]


# ---------------------------------------------------------------- Okta System Log
STAFF_OKTA = [("Rosa Delgado", "rdelgado@linguabridge.health"), ("Megan Whitfield", "mwhitfield@linguabridge.health"),
              ("Sahra Jama", "sjama@linguabridge.health"), ("Kevin Osei", "kosei@linguabridge.health"),
              ("NOC Service", "svc-noc@linguabridge.health"), ("Thanh Nguyen", "tnguyen@linguabridge.health")]


def okta(actor, ip, ev, msg, result, geo, app):
    ua_i = R.randint(0, 2)
    d = {"actor": {"id": "00u" + alnum(17), "type": "User", "alternateId": actor[1], "displayName": actor[0]},
         "client": {"userAgent": {"rawUserAgent": UA[ua_i], "os": ["iOS", "Android", "Windows 10"][ua_i],
                                  "browser": ["MOBILE_SAFARI", "CHROME", "CHROME"][ua_i]},
                    "zone": "null", "device": ["Mobile", "Mobile", "Computer"][ua_i], "ipAddress": ip,
                    "geographicalContext": geo},
         "displayMessage": msg, "eventType": ev, "outcome": {"result": result, "reason": None if result == "SUCCESS" else "INVALID_CREDENTIALS"},
         "published": iso_ms(tick()), "severity": "INFO" if result == "SUCCESS" else "WARN",
         "target": [{"id": "0oa" + alnum(17), "type": "AppInstance", "alternateId": app, "displayName": app}],
         "uuid": uuid4(), "version": "0"}
    return jd(d)


def g_okta(phi):
    if phi:
        p = pick()
        geo = {"city": P(p.city, "address"), "state": {"MN": "Minnesota", "WA": "Washington", "TX": "Texas", "CA": "California", "OH": "Ohio"}[p.state],
               "country": "United States", "postalCode": P(p.zip, "zip"),
               "geolocation": {"lat": PN(f"{GEO[p.city][0] + R.uniform(-0.02, 0.02):.4f}", "address"),
                               "lon": PN(f"{GEO[p.city][1] + R.uniform(-0.02, 0.02):.4f}", "address")}}
        login = P(p.email, "email") if R.random() < 0.6 else P(p.username, "other_id")
        return [("okta_syslog", okta((P(f"{p.given} {p.family}", "name"), login), P(p.ip, "ip"),
                                     R.choice(["user.session.start", "user.account.reset_password", "user.account.update_profile"]),
                                     R.choice(["User login to Okta", "Reset password", "Update user profile for Okta"]),
                                     R.choice(["SUCCESS", "SUCCESS", "FAILURE"]), geo, "LinguaBridge Access (patient portal)"))]
    s = R.choice(STAFF_OKTA)
    geo = R.choice([{"city": "Minneapolis", "state": "Minnesota", "country": "United States", "postalCode": "55415",
                     "geolocation": {"lat": 44.9778, "lon": -93.265}},
                    {"city": "Kent", "state": "Washington", "country": "United States", "postalCode": "98032",
                     "geolocation": {"lat": 47.3809, "lon": -122.2348}},
                    {"city": "Houston", "state": "Texas", "country": "United States", "postalCode": "77002",
                     "geolocation": {"lat": 29.7604, "lon": -95.3698}}])
    return [("okta_syslog", okta(s, pub_ip(), R.choice(["user.session.start", "user.authentication.auth_via_mfa", "policy.evaluate_sign_on",
                                                         "app.oauth2.token.grant.access_token"]),
                                 R.choice(["User login to Okta", "Authentication of user via MFA", "Evaluation of sign-on policy"]),
                                 R.choice(["SUCCESS", "SUCCESS", "SUCCESS", "FAILURE", "CHALLENGE"]), geo,
                                 R.choice(["LinguaBridge Interpreter Console", "Grafana", "Salesforce.com", "Workday"])))]


# ---------------------------------------------------------------- Cloudflare firewall events
def cf(t, ip, asn, host, method, path, query, action, source, rule, desc, status=403, ua=None):
    d = {"Action": action, "ClientASN": asn[0], "ClientASNDescription": asn[1], "ClientCountry": asn[2], "ClientIP": ip,
         "ClientRequestHost": host, "ClientRequestMethod": method, "ClientRequestPath": path, "ClientRequestProtocol": "HTTP/2",
         "ClientRequestQuery": query, "ClientRequestUserAgent": ua or R.choice(UA), "Datetime": iso_s(t), "Description": desc,
         "EdgeResponseStatus": status, "Kind": "firewall", "RayID": hexs(16), "RuleID": rule, "Source": source}
    return jd(d)


def g_cf(phi):
    t = tick()
    if phi:
        p = pick()
        k = R.randint(0, 2)
        asn = R.choice([(7922, "COMCAST-7922", "us"), (21928, "T-MOBILE-AS21928", "us"), (7018, "ATT-INTERNET4", "us"), (20115, "CHARTER-20115", "us")])
        if k == 0:
            return [("cf_firewall", cf(t, P(p.ip, "ip"), asn, "portal.linguabridge.health", "GET", "/api/v1/auth/reset",
                                       "?email=" + P(quote(p.email, safe=""), "email"), "managed_challenge", "botFight", "", "Bot Fight Mode", 403))]
        if k == 1:
            return [("cf_firewall", cf(t, P(p.ip, "ip"), asn, "join.linguabridge.health", "GET",
                                       P(p.link.replace("https://join.linguabridge.health", ""), "url"), "", "block", "ratelimit",
                                       hexs(32), "join-link brute force protection", 429))]
        return [("cf_firewall", cf(t, P(p.ip, "ip"), asn, "portal.linguabridge.health", "POST", "/api/v1/requests",
                                   f"?mrn={P(p.mrn, 'mrn')}&dob={P(fdate(p.dob, 0), 'date')}", "block", "firewallManaged",
                                   "100173", "XSS, HTML Injection - Script Tag", 403))]
    asn = R.choice([(14061, "DIGITALOCEAN-ASN", "us"), (16509, "AMAZON-02", "us"), (4134, "CHINANET-BACKBONE", "cn"),
                    (9009, "M247", "ro"), (63949, "AKAMAI-LINODE-AP", "sg")])
    path, q, desc, rule, src = R.choice([
        ("/wp-login.php", "", "Block WordPress probes", hexs(32), "firewallCustom"),
        ("/.env", "", "Sensitive file access", "100088", "firewallManaged"),
        ("/api/v1/rooms", "?id=1%27%20OR%201%3D1--", "SQLi - Comment", "100015", "firewallManaged"),
        ("/socket.io/", "?EIO=4&transport=polling", "Rate limit signaling polling", hexs(32), "ratelimit"),
        ("/cgi-bin/luci/;stok=/locale", "?form=country", "Known exploit path", "100200", "firewallManaged"),
    ])
    return [("cf_firewall", cf(t, pub_ip(R.choice(["45.", "104.", "185.", "91.", "64."])), asn,
                               R.choice(["app.linguabridge.health", "portal.linguabridge.health", "join.linguabridge.health"]),
                               "GET", path, q, R.choice(["block", "block", "managed_challenge", "log"]), src, rule, desc,
                               ua=R.choice(["Mozilla/5.0 zgrab/0.x", "python-requests/2.31.0", "curl/8.4.0", UA[2]])))]


# ============================================================================= assemble
PHI_GENS = [
    (g_pino_phi, 8), (g_sio_phi, 2), (g_morgan_phi, 3), (lambda: g_sdr_csv(True), 9), (lambda: g_opi_cdr(True), 4),
    (lambda: g_sdr_json(True), 8), (g_zero_phi, 9), (g_zcon_phi, 3), (g_mllp_phi, 3), (g_fhir_phi, 8),
    (g_logcat_phi, 9), (lambda: g_bill_csv(True), 8), (lambda: g_bill_pipe(True), 5), (lambda: g_grafana_hook(True), 2),
    (lambda: g_twilio(True), 7), (lambda: g_note(True), 18), (lambda: g_okta(True), 4), (lambda: g_cf(True), 4),
]
NOPHI_GENS = [
    (g_pino_nophi, 12), (g_sio_nophi, 4), (g_morgan_nophi, 5), (lambda: g_sdr_csv(False), 5), (lambda: g_opi_cdr(False), 3),
    (lambda: g_sdr_json(False), 4), (g_zero_nophi, 10), (g_zcon_nophi, 4), (g_mllp_nophi, 5), (g_fhir_nophi, 5),
    (g_logcat_nophi, 10), (lambda: g_bill_csv(False), 4), (lambda: g_bill_pipe(False), 3), (g_prom, 9), (g_promlog, 4),
    (g_grafana_log, 5), (lambda: g_grafana_hook(False), 3), (lambda: g_twilio(False), 7), (lambda: g_note(False), 7),
    (lambda: g_okta(False), 6), (lambda: g_cf(False), 6),
]
BLOCKS = [(g_hl7_block, 1), (g_x12_block, 1)]


def wchoice(items):
    tot = sum(w for _, w in items)
    x = R.uniform(0, tot)
    for g, w in items:
        x -= w
        if x <= 0:
            return g
    return items[-1][0]


def main():
    out = []
    blocks_due = {150: g_hl7_block, 240: g_x12_block, 330: g_hl7_block, 60: g_hl7_block, 420: g_hl7_block, 470: g_hl7_block}
    done = set()
    while len(out) < 500:
        due = [k for k in sorted(blocks_due) if k <= len(out) and k not in done]
        if due:
            done.add(due[0])
            lines = blocks_due[due[0]]()
        else:
            g = wchoice(PHI_GENS if R.random() < 0.45 else NOPHI_GENS)
            lines = g()
        if len(out) + len(lines) > 500:
            continue
        out.extend(lines)

    log_lines, labels = [], []
    cat_counts = {}
    nophi = 0
    for n, (fam, marked) in enumerate(out, 1):
        b, spans = finalize(marked)
        assert b and b"\n" not in b and b"\r" not in b, (n, b[:80])
        text = b.decode("utf-8")
        for sp in spans:
            assert b[sp["s"]:sp["e"]] == sp["_v"].encode("utf-8"), (n, sp)
            assert sp["cat"] in CATS
            cat_counts[sp["cat"]] = cat_counts.get(sp["cat"], 0) + 1
        # every occurrence of a labeled value (len>=5) inside the line must be covered by a span
        covered = [(s["s"], s["e"]) for s in spans]
        for sp in spans:
            vb = sp["_v"].encode("utf-8")
            if len(vb) < 5:
                continue
            st = 0
            while True:
                i = b.find(vb, st)
                if i < 0:
                    break
                assert any(a <= i and i + len(vb) <= e for a, e in covered), (n, sp["_v"], text[:120])
                st = i + 1
        if not spans:
            nophi += 1
        log_lines.append(b)
        labels.append({"line": n, "family": fam, "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in spans]})
    assert len(log_lines) == 500

    # global check: PHI values of the synthetic people must not leak unlabeled into other lines
    vals = set()
    for p in PTS:
        for v in (p.mrn, p.ssn, p.email, p.acct, p.csn, p.visit, p.fhir, p.ip, p.rel_ip, p.phone, p.rel_phone, p.ci_serial, p.mac):
            vals.add(v.encode())
    for n, (b, lab) in enumerate(zip(log_lines, labels), 1):
        cov = [(s["s"], s["e"]) for s in lab["spans"]]
        for v in vals:
            i = b.find(v)
            while i >= 0:
                assert any(a <= i and i + len(v) <= e for a, e in cov), (n, v)
                i = b.find(v, i + 1)

    with open(os.path.join(HERE, f"{ID}.log"), "wb") as fh:
        fh.write(b"\n".join(log_lines))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    fams = {}
    for lab in labels:
        fams[lab["family"]] = fams.get(lab["family"], 0) + 1
    print(f"lines=500 nophi={nophi} ({nophi / 5:.1f}%)")
    print("spans:", dict(sorted(cat_counts.items(), key=lambda x: -x[1])), "total", sum(cat_counts.values()))
    print("families:", len(fams), dict(sorted(fams.items(), key=lambda x: -x[1])))


if __name__ == "__main__":
    main()
