#!/usr/bin/env python3
"""gen_sm.py - synthetic, labeled log corpus "sm".

Organisation: Big Top Workforce Health (BTWH), the travelling health service of
"Caravella Bros. Circus & Lucky Star Midway" (winter quarters 2250 Tent Pole Rd,
Venice FL 34292).  It runs a mobile clinic trailer (unit MCT-2) that follows the
tour (Greeley CO -> Cheyenne WY stop in June 2024), keeps performer injury logs,
receives rigging accident reports, screens animal handlers for zoonoses, does
DOT exams for show truck drivers, and tracks seasonal visas (H-2B / P-1B) and
the seasonal-worker insurance plan.  Everything here is invented; phone
numbers, names, IDs and addresses are synthetic.

Systems simulated (one physical line per log line, interleaved by time):
  ehr-pino      bigtop-ehr, Node/pino JSON of the trailer EHR
  kiosk-bunyan  check-in kiosk (bunyan JSON, face template at check-in)
  telehealth    Go/zap JSON of the telehealth bridge
  injury-csv    performer injury log CSV export (header + rows)
  rigging-xml   rigging accident / near-miss reports (one XML document a line)
  hl7v2         ADT^A04 to Banner hospital and ORU^R01 from the zoonosis lab,
                one segment per line
  fhir          FHIR R4 resources posted to the state immunization gateway
  x12           270 eligibility inquiries to the insurer, one segment per line
  syslog        trailer gateway, dnsmasq, sshd, generator and fridge daemons
  nginx         worker health portal access log (combined format)
  compliance-kv visa / insurance compliance service, key=value
  zoonosis-tsv  lab result TSV drop from Front Range Vet & Human Diagnostics
  sms-gw        SMS gateway JSON (outbound reminders, status callbacks)
  chat          Mattermost export of #clinic-trailer / #rigging
  java-trace    claims-sync Spring service ERROR lines and stack traces
  pg-log        PostgreSQL statement log of the EHR database
  fixed-width   Meridian Assurance enrollment roster (H/D/T records)
  routebook     tour logistics logfmt (lots, jumps, trailer moves)
  rx-pipe       trailer dispensing cabinet pipe records (RXD/RXS)
  clinic-note   free-text nurse/physio notes (EN/ES/RO), one note a line
  fridge-json   vaccine fridge telemetry JSON
  audit         EHR access audit lines

Labeling decisions (grey cases):
  * The people served are the show's workers (performers, riggers, ride
    operators, grooms, cooks ...) and travelling family members.  They are
    employees of the circus but patients of BTWH: their identifiers are PHI in
    any record about them.  BTWH clinicians, the head rigger, safety manager,
    HR/visa coordinator, the vet, and co-workers named as witnesses or
    reporters in rigging reports are staff at work: not PHI.
  * Stage names of an individual performer ("La Vulpea") are `name` when they
    appear in a record about that person.  Act / troupe billing names
    ("The Flying Navarros") are show brands and are NOT labeled, even if they
    contain a family surname.
  * Crew badge numbers (CRW-24-nnnn) used as patient keys -> `other_id`;
    BTWH chart numbers (BT-nnnnnn / BTnnnnnn) -> `mrn`; FHIR resource ids
    built from the chart number ("Patient/bt-004817") -> `mrn`.
  * Visas: passport numbers and visa foil numbers -> `license` (certificates
    held by the person); USCIS receipt numbers and I-94 numbers -> `other_id`.
    Visa expiry dates and coverage effective dates tied to the person ->
    `date`.  Visa class, nationality and country -> not PHI.
  * DOT exams: CDL numbers and Medical Examiner's Certificate numbers ->
    `license`.  The examiner's NRCME number and clinician NPIs -> not PHI.
  * Insurance member IDs, the MBI of a Medicare beneficiary -> `health_plan`.
    Employer group numbers and the circus's own policy numbers -> not PHI.
    Workers' comp claim numbers -> `other_id`.  Visit numbers and patient
    account numbers -> `account`; full card PANs and bank accounts of a patient
    -> `account`; masked PANs (last four only) are not labeled.
  * Lab specimen barcodes / accession numbers -> `other_id`; order numbers
    (ORD-...) and internal surrogate keys (enc-..., req ids, UUIDs) -> not PHI.
  * A URL or request path that carries a patient identifier is labeled as ONE
    `url` span covering the whole URL / path+query (the id inside is not
    labeled separately).  Patient client IPs in portal/telehealth logs -> `ip`;
    server, load balancer and RFC1918 trailer LAN addresses -> not PHI.
  * The worker's berth on the show lot ("bunk car 7 berth 12") and caravan
    space ("space C-14") are the person's current residence -> `address`.
    Show lots, venues, hospitals, the insurer and the org's own addresses ->
    not PHI.  Foreign postcodes -> `zip` like US ZIPs.
  * Worker-owned vehicles: VIN and plate -> `vehicle` (some VINs typed into
    notes fail the check digit; still labeled).  Show-owned trucks and the
    clinic trailer (VIN, plate) -> not PHI.  SSNs the insurer rejects as
    invalid (000/666/9xx areas) are still labeled `ssn`.
  * Devices worn/carried by a patient (insulin pump, CGM sensor, hearing aid,
    phone IMEI, aerialist impact sensor) -> `device`.  Rigging hardware
    serials, chain motors, fridge loggers, DHCP MACs with no tie to a patient
    -> not PHI.  Animals (names, microchips, USDA ids) -> not PHI.
  * Log timestamps are not PHI, even when they coincide with a visit.  Dates
    inside records (injury, birth, collection, appointment, visa expiry) ->
    `date`, in any format, including "14/06" and "June 18".  Years alone,
    ages <= 89 are not labeled; ages over 89 -> `age`.
  * Hashes/pseudonymous keys are not labeled.  A base64 face photo -> `photo`;
    a face template -> `biometric`.
  * Emergency contacts and relatives: names, phones, addresses -> PHI.
  * Names are one span ("Dobrescu, Ileana", "DOBRESCU^ILEANA^M"); HL7 XAD
    street and city are separate `address` spans; ZIP always its own span.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import sys
from urllib.parse import quote
from xml.sax.saxutils import escape as xesc

R = random.Random(61401)

# ---------------------------------------------------------------- line builder
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        b = s.encode("utf-8")
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, st + len(b), cat, s))
        return self

    def seq(self, *parts):
        for x in parts:
            if isinstance(x, tuple):
                self.p(x[0], x[1])
            else:
                self.t(x)
        return self


class P:
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class M:
    def __init__(self, *parts):
        self.parts = parts


def jenc(s, asc):
    return json.dumps(s, ensure_ascii=asc)[1:-1]


def jw(ln, o, asc=False, sep=(",", ":")):
    if isinstance(o, dict):
        ln.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                ln.t(sep[0])
            ln.t(json.dumps(k) + sep[1])
            jw(ln, v, asc, sep)
        ln.t("}")
    elif isinstance(o, list):
        ln.t("[")
        for i, v in enumerate(o):
            if i:
                ln.t(sep[0])
            jw(ln, v, asc, sep)
        ln.t("]")
    elif isinstance(o, P):
        if isinstance(o.v, str):
            ln.t('"').p(jenc(o.v, asc), o.cat).t('"')
        else:
            ln.p(str(o.v), o.cat)
    elif isinstance(o, M):
        ln.t('"')
        for x in o.parts:
            if isinstance(x, tuple):
                ln.p(jenc(x[0], asc), x[1])
            else:
                ln.t(jenc(x, asc))
        ln.t('"')
    else:
        ln.t(json.dumps(o, ensure_ascii=asc))
    return ln


def J(family, obj, asc=False, sep=(",", ":")):
    return jw(Line(family), obj, asc, sep)


def csvrow(ln, fields, delim=","):
    for i, f in enumerate(fields):
        if i:
            ln.t(delim)
        v = f.v if isinstance(f, P) else f
        q = delim in v or '"' in v
        if q:
            ln.t('"')
            v = v.replace('"', '""')
        if isinstance(f, P):
            ln.p(v, f.cat)
        else:
            ln.t(v)
        if q:
            ln.t('"')
    return ln


# ---------------------------------------------------------------- checksums
def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def npi():
    body = "1" + "".join(R.choice("0123456789") for _ in range(8))
    return body + luhn_digit("80840" + body)


def card():
    body = "4" + "".join(R.choice("0123456789") for _ in range(14))
    return body + luhn_digit(body)


def imei():
    body = "35" + "".join(R.choice("0123456789") for _ in range(12))
    return body + luhn_digit(body)


VIN_T = {**{str(i): i for i in range(10)},
         **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
         "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi, valid=True):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(wmi + "".join(R.choice(al) for _ in range(5)) + "0" + R.choice("PRSTL")
             + R.choice(al) + "".join(R.choice("0123456789") for _ in range(6)))
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    cd = "X" if s == 10 else str(s)
    if not valid:
        cd = R.choice([c for c in "0123456789X" if c != cd])
    v[8] = cd
    return "".join(v)


def ssn(valid=True):
    if not valid:
        return R.choice(["000-", "666-", "912-"]) + "%02d-%04d" % (R.randint(1, 99), R.randint(1, 9999))
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    pat = ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    out = ""
    for p in pat:
        out += R.choice("123456789" if p == "C" else A if p == "A" else N if p == "N" else A + N)
    return out


def b64blob(n, head=b""):
    return base64.b64encode(head + bytes(R.getrandbits(8) for _ in range(n))).decode()


def hx(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hx(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


# ---------------------------------------------------------------- people
ORIG = {
    "RO": (["Ileana", "Mircea", "Oana", "Bogdan", "Lavinia", "Sorin", "Ștefania", "Radu"],
           ["Dobrescu", "Țăranu", "Munteanu-Pop", "Vlădoiu", "Ciobanu", "Lupu"],
           [("Str. Lalelelor 14, Ap. 12", "Constanța", "900123"), ("Bd. Unirii 88, Bl. C4", "Brăila", "810012"),
            ("Str. Circului 3", "Iași", "700259")]),
    "MX": (["Guadalupe", "Itzel", "Joaquín", "Marisela", "Rubén", "Ximena", "José Ángel"],
           ["Hernández Villalobos", "Ortega-Ruiz", "Zamudio", "Peña", "Quintero de la Garza", "Tapia"],
           [("Calle Independencia 221, Col. Centro", "Tlaquepaque", "45500"),
            ("Av. Juárez 1408 Int. 3", "Puebla", "72000"), ("Privada Las Palmas 17", "Torreón", "27010")]),
    "UA": (["Oksana", "Taras", "Yulia", "Bohdan", "Nadiia"], ["Kovalenko", "Shevchuk", "Hrytsenko-Lys", "Melnyk"],
           [("vul. Sadova 12, kv. 5", "Poltava", "36000"), ("prosp. Nauky 40", "Kharkiv", "61000")]),
    "MN": (["Enkhjargal", "Batbayar", "Oyunchimeg", "Temuulen"], ["Ganbold", "Tserendorj", "Baatar"],
           [("Bayanzürkh 7th khoroo, bldg 41-18", "Ulaanbaatar", "13343")]),
    "ET": (["Abebe", "Meskerem", "Tigist", "Dawit"], ["Alemu", "Gebremedhin", "Tesfaye"],
           [("Woreda 03, House 1142", "Addis Ababa", "1000")]),
    "BR": (["Thaís", "João Pedro", "Raíssa", "Cauã"], ["Conceição", "dos Santos Almeida", "Brandão"],
           [("Rua das Acácias 310, apto 22", "Campinas", "13015-210")]),
    "US": (["Dakota", "Wade", "Shaniqua", "Earl", "Rose", "Hunter", "Bill", "Crystal", "Tanner", "Lacey"],
           ["Story", "Baker", "Hill", "Rivers", "Winter", "Knight", "Summers-Lott", "McAllister", "Fairchild", "Goodnight"],
           [("W10492 Sauk Ln", "Baraboo", "53913"), ("118 W Main St Apt 2", "Peru", "46970"),
            ("604 E Jackson St", "Hugo", "74743"), ("12011 Carnival Ave", "Gibsonton", "33534"),
            ("2719 Bahia Vista St", "Sarasota", "34239"), ("41 Walworth Ave Lot 9", "Delavan", "53115")]),
    "BG": (["Stoyan", "Radka", "Velislava"], ["Petkova", "Ivanov", "Draganova"],
           [("ul. Tsar Simeon 52", "Plovdiv", "4000")]),
    "KE": (["Wanjiru", "Otieno", "Achieng"], ["Kamau", "Odhiambo", "Mwangi"],
           [("Kawangware Rd, Plot 77", "Nairobi", "00100")]),
    "IT": (["Vittoria", "Nando", "Ornella", "Loris"], ["Bellandi", "Casartelli-Moro", "Zanfretta"],
           [("Via dei Giocolieri 9", "Verona", "37121")]),
    "MA": (["Youssef", "Khadija", "Hamza"], ["El Amrani", "Benali", "Ait Oufella"],
           [("Derb Sidi Bouloukat 21", "Marrakech", "40000")]),
}
FEMALE = {"Ileana", "Oana", "Lavinia", "Ștefania", "Guadalupe", "Itzel", "Marisela", "Ximena", "Oksana", "Yulia", "Nadiia",
          "Enkhjargal", "Oyunchimeg", "Meskerem", "Tigist", "Thaís", "Raíssa", "Shaniqua", "Rose", "Crystal", "Lacey",
          "Radka", "Velislava", "Wanjiru", "Achieng", "Vittoria", "Ornella", "Khadija"}
US_STATE = {"Baraboo": "WI", "Peru": "IN", "Hugo": "OK", "Gibsonton": "FL", "Sarasota": "FL", "Delavan": "WI"}
CC_PHONE = {"RO": lambda: "+40 7%d%d %03d %03d" % (R.randint(2, 6), R.randint(0, 9), R.randint(0, 999), R.randint(0, 999)),
            "MX": lambda: "+52 1 33 %04d %04d" % (R.randint(1000, 9999), R.randint(0, 9999)),
            "UA": lambda: "+380 67 %03d %02d %02d" % (R.randint(100, 999), R.randint(0, 99), R.randint(0, 99)),
            "MN": lambda: "+976 99%02d %04d" % (R.randint(0, 99), R.randint(0, 9999)),
            "ET": lambda: "+251 91 %03d %04d" % (R.randint(100, 999), R.randint(0, 9999)),
            "BR": lambda: "+55 19 9%04d-%04d" % (R.randint(1000, 9999), R.randint(0, 9999)),
            "BG": lambda: "+359 88 %03d %04d" % (R.randint(100, 999), R.randint(0, 9999)),
            "KE": lambda: "+254 7%02d %03d %03d" % (R.randint(10, 99), R.randint(0, 999), R.randint(0, 999)),
            "IT": lambda: "+39 3%02d %03d %04d" % (R.randint(20, 49), R.randint(0, 999), R.randint(0, 9999)),
            "MA": lambda: "+212 6%02d-%06d" % (R.randint(10, 99), R.randint(0, 999999))}
US_AC = ["608", "765", "580", "813", "941", "262", "970", "307", "720"]


def us_phone(fmt=None):
    a, b, c = R.choice(US_AC), R.randint(201, 989), R.randint(0, 9999)
    fmt = fmt or R.choice(["(%s) %03d-%04d", "%s-%03d-%04d", "+1%s%03d%04d", "%s.%03d.%04d"])
    return fmt % (a, b, c)


ROLES = ["aerialist (silks)", "flyer", "catcher", "clown", "wire walker", "contortionist", "juggler", "rigger",
         "canvas crew", "ride operator", "concessions", "groom", "elephant handler", "petting zoo attendant",
         "equestrian", "globe rider", "cook", "electrician", "truck driver", "teeterboard", "Cyr wheel",
         "bird act", "lot superintendent crew", "ticket seller"]
HANDLER = {"groom", "elephant handler", "petting zoo attendant", "equestrian", "bird act"}
STAGE = ["La Vulpea", "Captain Kaboom", "Zorro Volante", "The Amazing Oyuna", "Señorita Relámpago", "Bobo",
         "Sparkle", "Mister Whistle", "Kid Comet", "Madame Plume"]
ACTS = ["The Flying Navarros", "Troupe Zhakupova", "Duo Aerea", "Globe of Death", "Les Petits Clowns",
        "Bellandi Liberty Horses", "Kenyan Acrobats", "Teeterboard Titans", "Silk & Steel", "Shevchuk Lyra"]

PATIENTS = []
_used = set()


def make_patient(cc, role=None):
    firsts, lasts, addrs = ORIG[cc]
    while True:
        f, l = R.choice(firsts), R.choice(lasts)
        if (f, l) not in _used:
            _used.add((f, l))
            break
    mid = R.choice(["", "", "", "M", "J", "A"]) if cc == "US" else ""
    street, city, zp = R.choice(addrs)
    dob = dt.date(R.randint(1962, 2005), R.randint(1, 12), R.randint(1, 28))
    p = dict(cc=cc, first=f, last=l, mid=mid, street=street, city=city, zip=zp,
             state=US_STATE.get(city, ""), dob=dob, sex="F" if f in FEMALE else "M",
             role=role or R.choice(ROLES),
             mrn="BT-%06d" % R.randint(1000, 99999), badge="CRW-24-%04d" % R.randint(100, 2999),
             member="MSW%08d" % R.randint(10000000, 99999999),
             phone=us_phone() if cc == "US" or R.random() < 0.45 else CC_PHONE[cc](),
             email=("%s.%s%d@%s" % (f.lower().split()[0], l.lower().replace(" ", "").replace("-", ""), R.randint(1, 99),
                                    R.choice({"MX": ["gmail.com", "hotmail.com", "yahoo.com.mx"], "UA": ["ukr.net", "gmail.com"], "RO": ["yahoo.ro", "gmail.com"],
                                               "BR": ["gmail.com", "uol.com.br"], "IT": ["libero.it", "gmail.com"]}.get(cc, ["gmail.com", "yahoo.com", "outlook.com", "proton.me"]))))
             .encode("ascii", "ignore").decode(),
             berth="bunk car %d berth %d" % (R.randint(1, 12), R.randint(1, 24)) if R.random() < 0.6
             else "space %s-%d" % (R.choice("ABCD"), R.randint(1, 30)),
             acct="V24-%05d" % R.randint(100, 99999))
    if cc != "US":
        p["passport"] = (cc if cc in ("UA", "MN") else R.choice("ABCDEFGHJKLMNPRSTXYZ")) + "%07d" % R.randint(0, 9999999)
        p["foil"] = "%08d" % R.randint(10000000, 99999999)
        p["receipt"] = R.choice(["EAC", "WAC", "IOE"]) + "24%08d" % R.randint(0, 99999999)
        p["i94"] = "%09dA%d" % (R.randint(0, 999999999), R.randint(0, 9))
        p["visa"] = "P-1B" if p["role"] in ("flyer", "catcher", "aerialist (silks)", "contortionist", "wire walker", "teeterboard", "Cyr wheel") else "H-2B"
        p["visa_exp"] = dt.date(2024, R.choice([10, 11, 12]), R.randint(1, 28))
    else:
        p["ssn"] = ssn()
    rel = R.choice(["spouse", "mother", "brother", "sister", "father", "partner", "daughter"])
    ef = R.choice(firsts)
    p["ec"] = dict(name="%s %s" % (ef, l if rel != "partner" else R.choice(lasts)), rel=rel,
                   phone=CC_PHONE[cc]() if cc != "US" else us_phone())
    if R.random() < 0.35:
        p["stage"] = R.choice(STAGE)
    if R.random() < 0.3:
        p["vin"] = vin(R.choice(["1FT", "1GC", "3C6", "1HG", "4V4"]), valid=R.random() < 0.7)
        p["plate"] = R.choice(["WI ", "FL ", "IN ", "OK "]) + "%s%s%s-%03d" % (R.choice("ABCDEFGHJKLMNPRSTVWXYZ"), R.choice("ABCDEFGHJKLMNPRSTVWXYZ"), R.randint(1, 9), R.randint(0, 999))
    if R.random() < 0.5:
        p["imei"] = imei()
    p["act"] = R.choice(ACTS)
    PATIENTS.append(p)
    return p


for cc in ["RO", "RO", "MX", "MX", "MX", "UA", "UA", "MN", "ET", "BR", "US", "US", "US", "US", "US", "BG", "KE",
           "IT", "MA", "US", "MX", "KE", "RO", "US"]:
    make_patient(cc)
for r in ["elephant handler", "petting zoo attendant", "groom", "bird act"]:
    make_patient(R.choice(["MX", "US", "RO", "KE"]), r)
DRIVER = make_patient("US", "truck driver")
DRIVER["cdl_state"] = DRIVER["state"] or "WI"
DRIVER["cdl"] = "B%03d-%04d-%04d-%02d" % (R.randint(0, 999), R.randint(0, 9999), R.randint(0, 9999), R.randint(0, 99))
DRIVER["mec"] = "MEC-%07d" % R.randint(0, 9999999)
DIAB = PATIENTS[4]
DIAB["pump"] = "TSX%07d" % R.randint(0, 9999999)
DIAB["cgm"] = "0M%08X" % R.getrandbits(32)
HEAR = PATIENTS[13]
HEAR["hearing"] = "HA-%d%06d" % (R.randint(1, 9), R.randint(0, 999999))
for p in PATIENTS[:6]:
    p["sensor"] = "IMP%05d" % R.randint(0, 99999)
# travelling matriarch, Medicare beneficiary, age 91
NONNA = dict(cc="IT", first="Graziella", last="Bellandi-Ruggeri", mid="", street="1907 Ringmaster Way",
             city="Venice", zip="34292", state="FL", dob=dt.date(1933, 3, 2), sex="F", role="retired equestrienne",
             mrn="BT-%06d" % R.randint(1000, 99999), badge="CRW-24-0007", member="MSW%08d" % R.randint(0, 99999999),
             mbi=mbi(), phone="(941) %03d-%04d" % (R.randint(201, 989), R.randint(0, 9999)), email="", berth="space A-1",
             acct="V24-%05d" % R.randint(100, 99999), age="91", act="Bellandi Liberty Horses",
             ec=dict(name="Loris Bellandi", rel="grandson", phone=us_phone()))
PATIENTS.append(NONNA)
HANDLERS = [p for p in PATIENTS if p["role"] in HANDLER]
FOREIGN = [p for p in PATIENTS if "passport" in p]


def nm(p, style="fl"):
    if style == "fl":
        return "%s %s" % (p["first"], p["last"])
    if style == "lf":
        return "%s, %s" % (p["last"], p["first"])
    if style == "hl7":
        s = "%s^%s" % (p["last"].upper(), p["first"].upper())
        return s + ("^" + p["mid"] if p["mid"] else "")
    if style == "f":
        return p["first"]


def pick(pool=None):
    return R.choice(pool or PATIENTS)


STAFF = [("Ingrid Solvang", "MD", "isolvang", npi()), ("Deshawn Okafor-Reyes", "PA-C", "dokafor-reyes", npi()),
         ("Tomasz Wielgus", "RN", "twielgus", npi()), ("Marisol Quintanilla", "EMT-P", "mquintanilla", None),
         ("Brigid Ó Faoláin", "DPT", "bofaolain", npi())]
OTHER_STAFF = ["bcrane", "lfairweather", "pvenkat", "hellsworth"]
ORG_PHONE = "(941) 555-0148"
ORG_FAX = "(941) 555-0149"
SITE = {"GRE": ("Island Grove Regional Park", "501 N 14th Ave, Greeley CO 80631"),
        "CHY": ("Frontier Park Arena lot", "4610 Carey Ave, Cheyenne WY 82001")}

INJ = [  # (body part, mechanism, apparatus, dept)
    ("L wrist", "fall from apparatus", "silks", "performers"), ("R shoulder", "catch miss", "flying trapeze", "performers"),
    ("R ankle", "teeterboard landing", "teeterboard", "performers"), ("lumbar spine", "overuse", "Russian swing", "performers"),
    ("L knee", "fall from apparatus", "high wire", "performers"), ("neck", "fall from apparatus", "lyra", "performers"),
    ("R hand 4th finger", "rope burn (silks)", "silks", "performers"), ("L hamstring", "overuse", "Cyr wheel", "performers"),
    ("forehead", "struck by stake", "tent stakes", "canvas"), ("ribs R side", "horse kick", "none", "animals"),
    ("L hand", "pinched by chain motor hook", "rigging", "rigging"), ("R forearm", "burn - fryer oil", "cook shack", "kitchen"),
    ("L foot", "crush between wagon and truck", "none", "canvas"), ("whole body", "heat exhaustion", "none", "midway"),
    ("R thumb", "pinched in restraint bar", "Zipper ride", "midway"), ("L elbow", "slip on wet ring curb", "none", "performers")]
BODY = sorted({x[0] for x in INJ})
MECH = sorted({x[1] for x in INJ})
APPAR = ["silks", "flying trapeze", "lyra", "teeterboard", "Russian swing", "high wire", "Cyr wheel"]


def inj():
    return R.choice(INJ)


# ---------------------------------------------------------------- clock
T0 = dt.datetime(2024, 6, 14, 11, 30, 0, tzinfo=dt.timezone.utc)  # 05:30 MDT
NOW = [T0]


def tick():
    NOW[0] += dt.timedelta(seconds=R.randint(8, 420), milliseconds=R.randint(0, 999))
    return NOW[0]


def iso(t, ms=True):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".%03dZ" % (t.microsecond // 1000) if ms else "Z")


def local(t):
    return t - dt.timedelta(hours=6)


def day_date(delta=0):
    return (local(NOW[0]) + dt.timedelta(days=delta)).date()


def syslog_ts(t):
    return local(t).strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if local(t).day < 10 else local(t).strftime("%b %d %H:%M:%S")


# ---------------------------------------------------------------- events
def ev_pino_req():
    t = tick()
    url = R.choice(["/api/v2/formulary?site=TRL1", "/api/v2/schedule/slots?date=today", "/healthz", "/api/v2/sync/status",
                    "/api/v2/encounters?status=open&limit=25", "/static/app.7c1e2b.js"])
    return [J("ehr-pino", {"level": 30, "time": int(t.timestamp() * 1000), "pid": 4121, "hostname": "mct2-ehr",
                           "name": "bigtop-ehr", "reqId": "req-" + hx(6),
                           "req": {"method": "GET", "url": url, "remoteAddress": "10.40.1.%d" % R.randint(20, 40)},
                           "res": {"statusCode": R.choice([200, 200, 200, 304, 404])},
                           "responseTime": round(R.uniform(2, 300), 1), "msg": "request completed"})]


def ev_pino_warn():
    t = tick()
    msg, extra = R.choice([("offline mode: LTE signal weak", {"rssi": -R.randint(100, 115), "queue_depth": R.randint(1, 40)}),
                           ("sync batch pushed to HQ", {"batch": uuid4(), "records": R.randint(3, 60), "bytes": R.randint(2000, 90000)}),
                           ("label printer retry", {"printer": "Zebra ZD421", "sn": "D4J%09d" % R.randint(0, 999999999)}),
                           ("build info", {"version": "3.14.%d" % R.randint(0, 9), "commit": hx(40), "node": "v20.12.2"})])
    return [J("ehr-pino", {"level": R.choice([30, 40]), "time": int(t.timestamp() * 1000), "pid": 4121,
                           "hostname": "mct2-ehr", "name": "bigtop-ehr", "msg": msg, **extra})]


def ev_pino_encounter():
    t = tick()
    p = pick()
    st = R.choice(STAFF)
    pat = {"mrn": P(p["mrn"], "mrn"), "name": P(nm(p, "lf"), "name"), "dob": P(p["dob"].isoformat(), "date"),
           "badge": P(p["badge"], "other_id")}
    if "stage" in p and R.random() < 0.6:
        pat["aka"] = P(p["stage"], "name")
    x = inj()
    cc = "%s pain after %s" % (x[0], x[1])
    return [J("ehr-pino", {"level": 30, "time": int(t.timestamp() * 1000), "pid": 4121, "hostname": "mct2-ehr",
                           "name": "bigtop-ehr", "enc": "enc-%d" % R.randint(80000, 99999), "patient": pat,
                           "provider": "%s %s" % (st[0], st[1]), "cc": cc,
                           "triage": "ESI-%d" % R.randint(3, 5), "msg": "encounter opened"}, asc=True)]


def ev_pino_misc_phi():
    t = tick()
    p = pick()
    base = {"level": 30, "time": int(t.timestamp() * 1000), "pid": 4121, "hostname": "mct2-ehr", "name": "bigtop-ehr"}
    k = R.randrange(6)
    if k == 0:
        base.update({"mrn": P(p["mrn"], "mrn"), "bp": "%d/%d" % (R.randint(100, 150), R.randint(60, 95)),
                     "hr": R.randint(52, 120), "spo2": R.randint(93, 100), "temp_c": round(R.uniform(36.1, 38.4), 1),
                     "pain": R.randint(0, 9), "msg": "vitals saved"})
    elif k == 1:
        base.update({"mrn": P(p["mrn"], "mrn"), "photo_b64": P(b64blob(180, b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"), "photo"),
                     "w": 96, "h": 128, "msg": "id photo captured"})
    elif k == 2:
        q = DIAB if R.random() < 0.5 else HEAR
        dev = {"type": "insulin_pump", "model": "t:slim X2", "serial": P(DIAB["pump"], "device")} if q is DIAB else \
            {"type": "hearing_aid", "model": "Phonak Audéo L90", "serial": P(HEAR["hearing"], "device")}
        base.update({"mrn": P(q["mrn"], "mrn"), "device": dev, "msg": "patient device registered"})
        if q is DIAB and R.random() < 0.6:
            base["cgm"] = {"model": "FreeStyle Libre 2", "sensor_sn": P(DIAB["cgm"], "device")}
    elif k == 3:
        d = DRIVER
        base.update({"mrn": P(d["mrn"], "mrn"), "exam": "FMCSA MCSA-5875",
                     "cdl": {"state": d["cdl_state"], "number": P(d["cdl"], "license")},
                     "mec_no": P(d["mec"], "license"), "cert_expires": P("2026-06-%02d" % R.randint(10, 20), "date"),
                     "examiner": "Ingrid Solvang MD", "nrcme": "3108472219", "msg": "DOT exam certified"})
    elif k == 4:
        c = card()
        base.update({"level": 50, "mrn": P(p["mrn"], "mrn"), "err": "PaymentDeclined",
                     "pan": P(c, "account") if R.random() < 0.5 else "************" + c[-4:],
                     "amount": "25.00", "msg": "copay charge failed"})
        if not isinstance(base["pan"], P):
            base["pan_masked"] = base.pop("pan")
    else:
        q = R.choice([x for x in PATIENTS if "sensor" in x])
        base.update({"mrn": P(q["mrn"], "mrn"), "sensor": P(q["sensor"], "device"), "peak_g": round(R.uniform(4, 19), 1),
                     "apparatus": R.choice(APPAR[:7]), "msg": "impact sensor alert imported"})
    return [J("ehr-pino", base)]


def ev_kiosk():
    t = tick()
    base = {"name": "checkin-kiosk", "hostname": "mct2-kiosk", "pid": 913}
    if R.random() < 0.5:
        base.update({"level": 30, "msg": R.choice(["idle", "printer paper low", "screen woke", "camera warmup ok"]),
                     "fw": "kiosk-2.8.1"})
    else:
        p = pick()
        base.update({"level": 30, "msg": "check-in", "badge": P(p["badge"], "other_id"),
                     "face_match": round(R.uniform(0.81, 0.99), 2),
                     "face_template": P("FTv3:" + b64blob(48), "biometric"), "queue_no": R.randint(1, 30)})
    base.update({"time": iso(t), "v": 0})
    return [J("kiosk-bunyan", base)]


def ev_telehealth():
    t = tick()
    base = {"level": "info", "ts": round(t.timestamp(), 3), "caller": "session/room.go:%d" % R.randint(100, 400)}
    if R.random() < 0.45:
        p = pick()
        ip = "%d.%d.%d.%d" % (R.choice([73, 98, 174, 107, 189, 201, 46]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        base.update({"msg": "participant joined", "room": "th-" + hx(6), "role": "patient",
                     "client_ip": P(ip, "ip"), "mrn": P(p["mrn"], "mrn"),
                     "ua": "Mozilla/5.0 (Linux; Android 14; SM-A546U) AppleWebKit/537.36"})
    else:
        base.update({"msg": R.choice(["room closed", "TURN allocation", "participant joined"]), "room": "th-" + hx(6),
                     "role": "provider", "user": R.choice(STAFF)[2], "turn": "34.117.59.81:3478",
                     "dur_s": R.randint(30, 1800)})
    return [J("telehealth", base)]


INJ_HDR = [False]


def ev_injury_csv():
    out = []
    if not INJ_HDR[0]:
        INJ_HDR[0] = True
        out.append(Line("injury-csv").t("log_id,date_of_injury,worker,crew_badge,dept,act,apparatus,body_part,mechanism,severity,days_lost,reported_by"))
    tick()
    lid = "INJ-24-%04d" % R.randint(100, 999)
    if R.random() < 0.2:
        out.append(csvrow(Line("injury-csv"), [lid.replace("INJ", "NM"), day_date().strftime("%m/%d/%Y"), "", "", "rigging",
                                               R.choice(ACTS), R.choice(APPAR), "", R.choice(["near miss - dropped shackle", "near miss - frayed span set", "near miss - stake pulled in wind"]), "0", "0",
                                               "B. Crane"]))
        # near miss date is the event date of a show operation, not tied to a person
        return out
    p = pick()
    doi = day_date(-R.randint(0, 2))
    x = inj()
    out.append(csvrow(Line("injury-csv"), [lid, P(doi.strftime("%m/%d/%Y"), "date"), P(nm(p, "lf"), "name"),
                                           P(p["badge"], "other_id"), x[3],
                                           p["act"] if x[3] == "performers" else "", x[2], x[0], x[1],
                                           R.choice(["first aid", "medical", "lost time", "restricted"]),
                                           str(R.randint(0, 12)), R.choice(["M. Quintanilla", "T. Wielgus", "L. Fairweather"])]))
    return out


def ev_rigging_xml():
    t = tick()
    ln = Line("rigging-xml")
    rid = "RI-2024-%04d" % R.randint(100, 400)
    site = R.choice(list(SITE))
    ln.t('<RiggingIncident id="%s" xmlns="urn:caravella:safety:1"><Filed>%s</Filed><Site code="%s">%s</Site>' %
         (rid, iso(t, False), site, xesc(SITE[site][0])))
    ln.t("<HangPoint>HP-%d</HangPoint><Equipment>CM Lodestar 1T s/n L%02d-%05d</Equipment><LoadCell kg=\"%.1f\"/>" %
         (R.randint(1, 16), R.randint(15, 23), R.randint(0, 99999), R.uniform(80, 900)))
    x = R.choice([i for i in INJ if i[3] in ("rigging", "performers", "canvas")])
    if R.random() < 0.5:
        p = pick()
        ln.t("<InjuredParty><Name>").p(xesc(nm(p)), "name").t("</Name><Badge>").p(p["badge"], "other_id")
        ln.t("</Badge><DOI>").p(day_date(-R.randint(0, 1)).isoformat(), "date").t("</DOI><Injury>%s, %s</Injury></InjuredParty>" %
                                                                                  (xesc(x[0]), xesc(x[1])))
    else:
        ln.t("<InjuredParty/>")
    ln.t("<Witness>%s</Witness><ReportedBy>Bartholomew Crane, Head Rigger</ReportedBy><Severity>%s</Severity></RiggingIncident>" %
         (R.choice(["Wade Pruitt (canvas boss)", "Ana Lucía Ferreira (rigger)", "none"]), R.choice(["near-miss", "minor", "recordable"])))
    return [ln]


MSGN = [1000]


def hl7_ts(t):
    return local(t).strftime("%Y%m%d%H%M%S")


def ev_hl7_adt():
    t = tick()
    MSGN[0] += R.randint(1, 9)
    p = pick()
    st = STAFF[R.randrange(3)]
    out = [Line("hl7v2").t("MSH|^~\\&|BIGTOP-EHR|MCT2|BANNER-NCMC|BANNER|%s||ADT^A04^ADT_A01|BT%07d|P|2.5.1" % (hl7_ts(t), MSGN[0])),
           Line("hl7v2").t("EVN|A04|%s|||%s^%s^%s" % (hl7_ts(t), st[2].upper(), st[0].split()[-1].upper(), st[0].split()[0].upper()))]
    ln = Line("hl7v2").t("PID|1||").p(p["mrn"].replace("-", ""), "mrn").t("^^^BTWH^MR~").p(p["badge"].replace("-", ""), "other_id")
    ln.t("^^^CARAVELLA^EI||").p(nm(p, "hl7"), "name").t("||").p(p["dob"].strftime("%Y%m%d"), "date").t("|%s|||" % p["sex"])
    ln.p(p["street"], "address").t("^^").p(p["city"], "address").t("^%s^" % p["state"]).p(p["zip"], "zip")
    ln.t("^%s||" % ("USA" if p["state"] else p["cc"])).p(p["phone"], "phone").t("^PRN^CP|||||||")
    if "ssn" in p:
        ln.p(p["ssn"].replace("-", ""), "ssn")
    out.append(ln)
    ec = p["ec"]
    ecf, ecl = ec["name"].split(" ", 1)
    out.append(Line("hl7v2").t("NK1|1|").p("%s^%s" % (ecl.upper(), ecf.upper()), "name")
               .t("|%s^%s^HL70063||" % ({"spouse": "SPO", "mother": "MTH", "father": "FTH", "brother": "BRO", "sister": "SIS",
                                          "partner": "DOM", "daughter": "DAU", "grandson": "GRD"}[ec["rel"]], ec["rel"].title()))
               .p(ec["phone"], "phone").t("^PRN^PH||EC^Emergency Contact^HL70131"))
    out.append(Line("hl7v2").t("PV1|1|O|MCT2^TRL^01^BTWH||||%s^%s^%s^^^%s^^^NPI|||||||||||" %
                               (st[3], st[0].split()[-1].upper(), st[0].split()[0].upper(), "DR" if st[1] == "MD" else ""))
               .p(p["acct"], "account").t("|||||||||||||||||||||||||%s" % hl7_ts(t)))
    ln = Line("hl7v2").t("IN1|1|MSWP01|MERIDIAN01|Meridian Assurance Seasonal Worker Plan|PO Box 4410^^Hartford^CT^06101||(860) 555-0190|CAR7781|Caravella Bros Circus||||||")
    ln.p(nm(p, "hl7"), "name").t("|SEL|").p(p["dob"].strftime("%Y%m%d"), "date").t("||||||||||||||||").p(p["member"], "health_plan")
    out.append(ln)
    return out


def ev_hl7_oru():
    t = tick()
    MSGN[0] += R.randint(1, 9)
    p = pick(HANDLERS)
    coll = local(t) - dt.timedelta(days=1, hours=R.randint(0, 5))
    acc = "ACC24-%06d" % R.randint(0, 999999)
    test = R.choice([("QFT^QuantiFERON-TB Gold Plus^L", [("TB1-NIL^TB1 minus Nil^L", "NM", "%.2f" % R.uniform(0, 0.3), "IU/mL", "<0.35", "N"),
                                                          ("QFT^QFT Interpretation^L", "ST", "Negative", "", "", "N")]),
                     ("CBURN^Coxiella burnetii Ab Phase II^L", [("CBIGG2^C. burnetii IgG Ph II^L", "ST", R.choice(["<1:16", "1:64"]), "titer", "<1:16", R.choice(["N", "H"]))]),
                     ("RFFIT^Rabies Ab Titer RFFIT^L", [("RFFIT^Rabies RFFIT^L", "NM", "%.1f" % R.uniform(0.3, 6), "IU/mL", ">=0.5", "N")])])
    out = [Line("hl7v2").t("MSH|^~\\&|FRVHD-LIS|FRVHD|BIGTOP-EHR|MCT2|%s||ORU^R01^ORU_R01|FR%08d|P|2.5.1" % (hl7_ts(t), MSGN[0] * 7))]
    out.append(Line("hl7v2").t("PID|1||").p(p["mrn"].replace("-", ""), "mrn").t("^^^BTWH^MR||").p(nm(p, "hl7"), "name")
               .t("||").p(p["dob"].strftime("%Y%m%d"), "date").t("|%s" % p["sex"]))
    out.append(Line("hl7v2").t("OBR|1|ORD-%05d|" % R.randint(0, 99999)).p(acc, "other_id").t("|%s|||" % test[0])
               .p(coll.strftime("%Y%m%d%H%M"), "date").t("|||||||||%s^SOLVANG^INGRID^^^DR^^^NPI||||||%s|||F" % (STAFF[0][3], hl7_ts(t))))
    for i, (code, typ, val, unit, rng, flag) in enumerate(test[1], 1):
        out.append(Line("hl7v2").t("OBX|%d|%s|%s||%s|%s|%s|%s|||F|||%s" % (i, typ, code, val, unit, rng, flag, hl7_ts(t))))
    return out


def ev_fhir():
    t = tick()
    p = pick()
    k = R.randrange(4)
    pid = "bt-" + p["mrn"][3:]
    if k == 0:
        tel = [{"system": "phone", "value": P(p["phone"], "phone"), "use": "mobile"}]
        if p["email"]:
            tel.append({"system": "email", "value": P(p["email"], "email")})
        res = {"resourceType": "Patient", "id": P(pid, "mrn"), "meta": {"versionId": str(R.randint(1, 6)), "lastUpdated": iso(t)},
               "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": P(p["mrn"], "mrn")}],
               "name": [{"family": P(p["last"], "name"), "given": [P(p["first"], "name")]}],
               "telecom": tel, "gender": "female" if p["sex"] == "F" else "male", "birthDate": P(p["dob"].isoformat(), "date"),
               "address": [{"line": [P(p["street"], "address")], "city": P(p["city"], "address"), "postalCode": P(p["zip"], "zip"),
                            "country": p["cc"]}]}
    elif k == 1:
        res = {"resourceType": "Immunization", "id": uuid4(), "status": "completed",
               "vaccineCode": R.choice([{"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "175", "display": "Rabies - IM diploid cell culture"}]},
                                        {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "115", "display": "Tdap"}]}]),
               "patient": {"reference": M("Patient/", (pid, "mrn"))}, "occurrenceDateTime": P(day_date(-R.randint(0, 3)).isoformat(), "date"),
               "lotNumber": "%s%d" % (R.choice(["U7", "HK", "3CA"]), R.randint(1000, 9999)),
               "performer": [{"actor": {"display": "Tomasz Wielgus RN"}}]}
    elif k == 2:
        res = {"resourceType": "Observation", "id": uuid4(), "status": "final",
               "code": {"coding": [{"system": "http://loinc.org", "code": "71774-4", "display": "Mycobacterium tuberculosis stimulated gamma interferon panel"}]},
               "subject": {"reference": M("Patient/", (pid, "mrn")), "display": P(nm(p), "name")},
               "effectiveDateTime": P(day_date(-1).isoformat() + "T07:40:00-06:00", "date"), "valueString": "Negative"}
    else:
        res = {"resourceType": "OperationOutcome", "issue": [{"severity": "information", "code": "informational",
                                                             "diagnostics": "Successfully processed bundle %s in %dms" % (uuid4(), R.randint(40, 900))}]}
    return [J("fhir", res, sep=(", ", ": "))]


def ev_x12():
    t = tick()
    p = pick()
    ctl = R.randint(100000000, 999999999)
    d = local(t)
    segs = [Line("x12").t("ISA*00*          *00*          *ZZ*BTWHMCT2       *ZZ*MERIDIANAS     *%s*%s*^*00501*%09d*0*P*:~" %
                          (d.strftime("%y%m%d"), d.strftime("%H%M"), ctl)),
            Line("x12").t("GS*HS*BTWHMCT2*MERIDIANAS*%s*%s*%d*X*005010X279A1~" % (d.strftime("%Y%m%d"), d.strftime("%H%M"), ctl % 10000)),
            Line("x12").t("ST*270*0001*005010X279A1~"),
            Line("x12").t("BHT*0022*13*%s*%s*%s~" % (hx(10).upper(), d.strftime("%Y%m%d"), d.strftime("%H%M%S"))),
            Line("x12").t("NM1*PR*2*MERIDIAN ASSURANCE*****PI*MRDN01~"),
            Line("x12").t("NM1*1P*2*BIG TOP WORKFORCE HEALTH*****XX*%s~" % npi())]
    segs.append(Line("x12").t("NM1*IL*1*").p("%s*%s" % (p["last"].upper(), p["first"].upper()), "name").t("****MI*").p(p["member"], "health_plan").t("~"))
    segs.append(Line("x12").t("DMG*D8*").p(p["dob"].strftime("%Y%m%d"), "date").t("*%s~" % p["sex"]))
    segs.append(Line("x12").t("DTP*291*D8*").p(d.strftime("%Y%m%d"), "date").t("~"))
    segs.append(Line("x12").t("EQ*%s~" % R.choice(["30", "AL", "86"])))
    segs.append(Line("x12").t("SE*%d*0001~" % (len(segs) - 1)))
    return segs


def ev_syslog():
    t = tick()
    k = R.randrange(6)
    ts = syslog_ts(t)
    if k == 0:
        mac = ":".join(hx(2) for _ in range(6))
        s = "<30>%s mct2-gw dnsmasq-dhcp[812]: DHCPACK(wlan1) 10.40.2.%d %s %s" % (ts, R.randint(50, 200), mac, R.choice(["android-7f3a", "iPhone", "Galaxy-A54", "*", "DESKTOP-K2N9"]))
    elif k == 1:
        s = "<38>%s mct2-gw sshd[%d]: Accepted publickey for %s from 10.40.1.%d port %d ssh2: ED25519 SHA256:%s" % (
            ts, R.randint(2000, 30000), R.choice(["ops", "isolvang", "twielgus"]), R.randint(2, 40), R.randint(40000, 65000),
            base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode().rstrip("="))
    elif k == 2:
        s = "<134>%s mct2-gen genmon[455]: EU7000is unit=2 load=%d%% volts=%.1f hz=%.1f fuel=%d%% runtime_h=%.1f" % (
            ts, R.randint(20, 90), R.uniform(118, 122), R.uniform(59.8, 60.2), R.randint(10, 100), R.uniform(1, 11))
    elif k == 3:
        s = "<133>%s mct2-gw openvpn[1201]: hq-tunnel/52.14.%d.%d:1194 Peer Connection Initiated with [AF_INET]52.14.%d.%d:1194" % (
            (ts,) + (R.randint(0, 255), R.randint(1, 254)) * 2)
    elif k == 4:
        s = "<131>%s mct2-gw kernel: [%d.%03d] wwan0: LTE link %s, band %d, rsrp -%d dBm" % (
            ts, R.randint(10000, 99999), R.randint(0, 999), R.choice(["up", "down"]), R.choice([2, 4, 12, 66]), R.randint(85, 125))
    else:
        s = "<14>1 %s mct2-fridge tempd 771 - - probe=vaccine-A temp=%.1fC door=closed alarm=none" % (iso(t), R.uniform(2.6, 7.4))
    return [Line("syslog").t(s)]


def nginx_ts(t):
    return local(t).strftime("%d/%b/%Y:%H:%M:%S -0600")


def ev_nginx():
    t = tick()
    ln = Line("nginx")
    if R.random() < 0.55:
        src = R.choice(["10.0.3.12", "10.0.3.13", "66.249.66.%d" % R.randint(1, 200), "40.77.167.%d" % R.randint(1, 200)])
        path = R.choice(["/healthz", "/static/css/portal.3f9a1c.css", "/robots.txt", "/favicon.ico", "/login", "/api/clinic-hours?stop=GRE"])
        ua = "ELB-HealthChecker/2.0" if src.startswith("10.") else R.choice(["Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "Mozilla/5.0 (compatible; bingbot/2.0)"])
        ln.t('%s - - [%s] "GET %s HTTP/1.1" %d %d "-" "%s"' % (src, nginx_ts(t), path, R.choice([200, 200, 301, 304]), R.randint(0, 9000), ua))
    else:
        p = pick()
        ip = "%d.%d.%d.%d" % (R.choice([73, 98, 174, 107, 172, 24, 71]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        path = R.choice(["/me/records/%s/discharge.pdf" % p["mrn"], "/api/appointments?worker=%s" % p["badge"],
                         "/me/visa-medical/%s" % p["badge"], "/me/records/%s" % p["mrn"]])
        ln.p(ip, "ip").t(" - - [%s] \"%s " % (nginx_ts(t), R.choice(["GET", "GET", "POST"]))).p(path, "url")
        ln.t(' HTTP/2.0" %d %d "https://portal.caravellahealth.org/me" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"' %
             (R.choice([200, 200, 206, 403]), R.randint(800, 240000)))
    return [ln]


def ev_compliance():
    t = tick()
    ln = Line("compliance-kv").t("%s compliance-svc " % iso(t))
    k = R.randrange(6)
    if k == 0:
        ln.t("level=info event=petition_batch_status employer_fein=59-3318842 petitions=%d approved=%d rfe=%d season=2024" %
             (R.randint(30, 60), R.randint(20, 30), R.randint(0, 4)))
        return [ln]
    if k == 1:
        ln.t("level=info event=policy_renewal carrier=\"Meridian Assurance\" group=CAR7781 policy=WC-FL-0098831-24 lives=%d premium_usd=%d.00" %
             (R.randint(180, 260), R.randint(40000, 90000)))
        return [ln]
    if k == 2:
        p = pick([x for x in PATIENTS if "ssn" in x])
        ENR[0] += 1
        bad = ENR[0] % 3 == 0
        ln.t("level=%s event=enroll_%s carrier=MERIDIAN member=" % ("warn" if bad else "info", "reject reason=ssn_invalid" if bad else "ok"))
        ln.p(p["member"], "health_plan").t(" ssn=").p(ssn(False) if bad else p["ssn"], "ssn").t(" eff=").p("2024-%02d-01" % R.randint(4, 6), "date")
        return [ln]
    p = pick(FOREIGN)
    ln.t("level=%s event=visa_check worker_id=" % R.choice(["info", "warn"])).p(p["badge"], "other_id")
    ln.t(' name="').p(nm(p), "name").t('" passport=').p(p["passport"], "license").t(" nat=%s visa_class=%s" % (p["cc"], p["visa"]))
    if R.random() < 0.6:
        ln.t(" foil=").p(p["foil"], "license")
    ln.t(" receipt=").p(p["receipt"], "other_id").t(" i94=").p(p["i94"], "other_id")
    ln.t(" expires=").p(p["visa_exp"].isoformat(), "date").t(" ins_member=").p(p["member"], "health_plan")
    ln.t(" coordinator=pvenkat status=%s" % R.choice(["valid", "valid", "expiring_90d", "medical_exam_due"]))
    return [ln]


ENR = [0]
ZOO_HDR = [False]


def ev_zoonosis():
    out = []
    if not ZOO_HDR[0]:
        ZOO_HDR[0] = True
        out.append(Line("zoonosis-tsv").t("specimen_id\tcollected\tmrn\thandler\tanimal_contact\tanimal_id\ttest\tresult\tunits\tflag\tlab"))
    tick()
    p = pick(HANDLERS)
    animal = {"elephant handler": ("Asian elephant", "ELE-03 Tamsin"), "groom": ("horse", "EQ-11 Duque"),
              "equestrian": ("horse", "EQ-04 Brisa"), "bird act": ("macaw", "AV-02 Pepita"),
              "petting zoo attendant": ("goat", "CAP-%02d" % R.randint(1, 20))}.get(p["role"], ("horse", "EQ-07 Marengo"))
    test = R.choice([("QuantiFERON-TB Gold Plus", "Negative", "", ""), ("C. psittaci IgM", "<1:10", "titer", ""),
                     ("Q fever Ph II IgG", R.choice(["<1:16", "1:128"]), "titer", "H"), ("Brucella Ab", "Negative", "", ""),
                     ("Rabies RFFIT", "%.1f" % R.uniform(0.2, 5), "IU/mL", "")])
    ln = Line("zoonosis-tsv").p("FR%09d" % R.randint(0, 999999999), "other_id").t("\t")
    ln.p(day_date(-1).strftime("%Y-%m-%d"), "date").t("\t").p(p["mrn"], "mrn").t("\t").p(nm(p, "lf"), "name")
    ln.t("\t%s\t%s\t%s\t%s\t%s\t%s\tFront Range Vet & Human Diagnostics" % (animal[0], animal[1], test[0], test[1], test[2], test[3]))
    out.append(ln)
    return out


def ev_sms():
    t = tick()
    sid = "SM" + hx(32)
    if R.random() < 0.45:
        return [J("sms-gw", {"sid": sid, "status": R.choice(["delivered", "sent", "undelivered"]), "error_code": R.choice([None, None, 30003]),
                             "from": "+19415550148", "price": "-0.00790", "api_version": "2010-04-01", "ts": iso(t)})]
    p = pick()
    d = day_date(R.randint(1, 4))
    es = p["cc"] in ("MX",)
    if es:
        body = M("Hola ", (p["first"], "name"), ", recordatorio: su cita en el tráiler clínico es el ", (d.strftime("%d/%m"), "date"),
                 " a las %d:%02d (detrás de la carpa azul). Responda C para confirmar." % (R.randint(8, 16), R.choice([0, 30])))
    elif R.random() < 0.5:
        body = M("BTWH: ", (p["first"], "name"), ", your %s follow-up is " % ("visa medical" if "passport" in p else "clinic"), (d.strftime("%b %d").replace(" 0", " "), "date"),
                 ". Results: ", ("https://portal.caravellahealth.org/r/%s" % p["mrn"], "url"), " Reply STOP to opt out.")
    else:
        body = M("Big Top Health: reminder for ", (nm(p), "name"), " - bring your insurance card (member ", (p["member"], "health_plan"),
                 ") to the clinic trailer tomorrow. Questions? %s" % ORG_PHONE)
    return [J("sms-gw", {"sid": sid, "direction": "outbound-api", "from": "+19415550148", "to": P(p["phone"], "phone"),
                         "body": body, "num_segments": str(R.randint(1, 3)), "ts": iso(t)}, asc=True)]


def ev_chat():
    t = tick()
    ln = Line("chat").t("%s " % local(t).strftime("%Y-%m-%d %H:%M:%S"))
    if R.random() < 0.5:
        ch, u, msg = R.choice([("#clinic-trailer", "mquintanilla", "generator 2 tripped again, on shore power till Lonnie swaps it"),
                               ("#clinic-trailer", "twielgus", "who has the AED cabinet key? inventory says 2 pads expire 2024-09"),
                               ("#rigging", "bcrane", "HP-7 through HP-12 re-inspected, Lodestar L19 chain replaced, load test ok"),
                               ("#clinic-trailer", "isolvang", "heat index 101 today, push water at the midway, cool tent at gate 3"),
                               ("#rigging", "lfairweather", "toolbox talk 13:00 at the red wagon: fall arrest + Petzl ASAP Lock checks"),
                               ("#clinic-trailer", "dokafor-reyes", "Banner ED says 40 min wait, send non-urgent to UCHealth urgent care on 10th St"),
                               ("#clinic-trailer", "hellsworth", "vet note: goats in petting zoo due for CDT boosters, no handler exposure issues")])
        ln.t("%s <%s> %s" % (ch, u, msg))
        return [ln]
    p = pick()
    u = R.choice(["mquintanilla", "twielgus", "dokafor-reyes", "bofaolain"])
    k = R.randrange(4)
    ln.t("#clinic-trailer <%s> " % u)
    if k == 0:
        x = inj()
        ln.seq("heads up: ", (p["first"], "name"), " from %s coming in, %s after %s, ice + xray referral" % (p["act"] if x[3] == "performers" else x[3], x[0], x[1]))
    elif k == 1:
        ln.seq("can someone call ", (nm(p), "name"), "'s %s at " % p["ec"]["rel"], (p["ec"]["phone"], "phone"), "? pt asked us to. name is ",
               (p["ec"]["name"], "name"))
    elif k == 2:
        ln.seq("pt is in ", (p["berth"], "address"), ", ", (p["first"], "name"), " not answering phone, going over to check")
    else:
        s = p.get("stage") or p["first"]
        ln.seq("\"", (s, "name"), "\" cleared to perform 2nd show, taped ", R.choice(["R ankle", "L wrist", "R hand 4th finger", "L knee"]), ", recheck ", (day_date(1).strftime("%-m/%-d"), "date"))
    return [ln]


def ev_java():
    t = tick()
    head = "%s ERROR [claims-sync,%s,%s] 1 --- [pool-3-thread-%d] c.c.claims.SubmitJob : " % (
        local(t).strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000), hx(16), hx(16), R.randint(1, 8))
    out = []
    if R.random() < 0.5:
        p = pick()
        out.append(Line("java-trace").t(head + "Claim submission failed for member ").p(p["member"], "health_plan")
                   .t(" claim ").p("WCC-%07d" % R.randint(0, 9999999), "other_id"))
        out.append(Line("java-trace").t("com.caravella.claims.PayerRejectException: 271 AAA*Y**72*C Invalid/Missing Subscriber ID for ")
                   .p(nm(p, "lf"), "name").t(" DOB ").p(p["dob"].strftime("%Y%m%d"), "date"))
    else:
        out.append(Line("java-trace").t(head + "Batch 837P upload failed, retry %d/5" % R.randint(1, 5)))
        out.append(Line("java-trace").t("org.springframework.web.client.ResourceAccessException: I/O error on POST request for \"https://edi.meridianassurance.com/x12/837\": Read timed out"))
    frames = ["\tat com.caravella.claims.EdiClient.post(EdiClient.java:%d)", "\tat com.caravella.claims.SubmitJob.run(SubmitJob.java:%d)",
              "\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:%d)",
              "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:%d)",
              "\tat java.base/java.lang.Thread.run(Thread.java:%d)"]
    for f in frames[:R.randint(2, 5)]:
        out.append(Line("java-trace").t(f % R.randint(40, 900)))
    if R.random() < 0.5:
        out.append(Line("java-trace").t("Caused by: java.net.SocketTimeoutException: Read timed out"))
        out.append(Line("java-trace").t("\t... %d common frames omitted" % R.randint(8, 30)))
    return out


def ev_pg():
    t = tick()
    ln = Line("pg-log").t("%s UTC [%d] " % (t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000), R.randint(2000, 9000)))
    if R.random() < 0.5:
        ln.t(R.choice(["LOG:  checkpoint complete: wrote %d buffers (0.%d%%); 0 WAL file(s) added, 0 removed, 1 recycled" % (R.randint(10, 900), R.randint(1, 9)),
                       "ehr_app@btehr LOG:  duration: %.3f ms  statement: SELECT count(*) FROM sched_slots WHERE stop_code = 'GRE' AND slot_date = CURRENT_DATE" % R.uniform(0.2, 9),
                       "LOG:  automatic vacuum of table \"btehr.public.audit_events\": index scans: 1",
                       "ehr_app@btehr LOG:  connection authorized: user=ehr_app database=btehr SSL enabled (protocol=TLSv1.3)"]))
        return [ln]
    p = pick()
    ln.t("ehr_app@btehr LOG:  duration: %.3f ms  " % R.uniform(0.5, 20))
    if R.random() < 0.5:
        ln.t("statement: INSERT INTO injury_log (worker_mrn, doi, body_part, mech, apparatus) VALUES ('").p(p["mrn"], "mrn").t("', '")
        x = inj()
        ln.p(day_date(-R.randint(0, 1)).isoformat(), "date").t("', '%s', '%s', '%s')" % (x[0], x[1], x[2]))
    else:
        ln.t("execute <unnamed>: UPDATE patients SET phone = $1, lodging = $2 WHERE mrn = $3")
        ln.t("  DETAIL:  parameters: $1 = '").p(p["phone"], "phone").t("', $2 = '").p(p["berth"], "address").t("', $3 = '").p(p["mrn"], "mrn").t("'")
    return [ln]


def ev_fixed():
    tick()
    if R.random() < 0.25:
        return [Line("fixed-width").t("H%-10s%-30s%8s%06d" % ("MASWP834", "MERIDIAN ASSURANCE SWP", day_date().strftime("%Y%m%d"), R.randint(1, 999999)))]
    if R.random() < 0.15:
        return [Line("fixed-width").t("T%08d%012d%-20s" % (R.randint(100, 300), R.randint(10 ** 9, 10 ** 11), "END OF FILE"))]
    p = pick()
    last = p["last"].upper()[:20]
    first = p["first"].upper()[:15]
    lnx = Line("fixed-width").t("D").p(p["member"], "health_plan").t(" " * (12 - len(p["member"])))
    lnx.p(last, "name").t(" " * (20 - len(last))).p(first, "name").t(" " * (15 - len(first)))
    lnx.p(p["dob"].strftime("%Y%m%d"), "date").t(p["sex"]).t("SWP-A ").p("2024%02d01" % R.randint(3, 6), "date").t("CAR7781 ")
    lnx.t("%-3s" % p["cc"])
    return [lnx]


def ev_routebook():
    t = tick()
    k = R.randrange(4)
    if k == 0:
        s = "ts=%s app=routebook level=info msg=\"lot confirmed\" stop=%s venue=\"%s\" addr=\"%s\" jump_mi=%d" % (
            iso(t, False), *(lambda c: (c + "-06%d" % R.randint(14, 22), SITE[c][0], SITE[c][1]))(R.choice(list(SITE))), R.randint(40, 60))
    elif k == 1:
        s = "ts=%s app=routebook level=info msg=\"unit moved\" unit=MCT-2 plate=\"FL CRV-2281\" vin=%s odo=%d driver=ops" % (iso(t, False), "1UYVS2538KU771204", R.randint(40000, 90000))
    elif k == 2:
        s = "ts=%s app=routebook level=warn msg=\"permit pending\" stop=CHY-0618 permit=\"City of Cheyenne special event #SE-24-%04d\" contact=\"events@cheyennecity.org\"" % (iso(t, False), R.randint(0, 9999))
    else:
        s = "ts=%s app=routebook level=debug msg=\"eta\" convoy=%d trucks=%d eta_min=%d wx=\"%s\"" % (iso(t, False), R.randint(1, 4), R.randint(6, 30), R.randint(30, 120), R.choice(["clear", "wind 25kt", "t-storms"]))
    return [Line("routebook").t(s)]


def ev_rx():
    t = tick()
    ln = Line("rx-pipe")
    drugs = [("0573-0164-40", "Ibuprofen 200mg tab"), ("0904-6289-61", "Acetaminophen 500mg tab"), ("0591-0405-01", "Cephalexin 500mg cap"),
             ("0009-0031-01", "Methylprednisolone 4mg dosepak"), ("49281-0400-10", "Tdap (Adacel) 0.5mL")]
    ndc, dname = R.choice(drugs)
    if R.random() < 0.45:
        ln.t("RXS|%s|TRL1|NDC=%s|DRUG=%s|ONHAND=%d|PAR=%d|LOT=%s%d|EXP=2026-%02d" % (iso(t, False), ndc, dname, R.randint(5, 200), 150, R.choice(["3KB", "HX", "P0"]), R.randint(100, 999), R.randint(1, 12)))
        return [ln]
    p = pick()
    ln.t("RXD|%s|TRL1|MRN=" % iso(t, False)).p(p["mrn"], "mrn").t("|PT=").p(nm(p, "lf"), "name")
    ln.t("|NDC=%s|DRUG=%s|QTY=%d|LOT=%s%d|BY=%s" % (ndc, dname, R.choice([1, 10, 20, 30]), R.choice(["3KB", "HX", "P0"]), R.randint(100, 999), R.choice(["twielgus", "dokafor-reyes"])))
    return [ln]


def ev_note():
    tick()
    p = pick()
    ln = Line("clinic-note").t("NOTE ")
    k = R.randrange(5)
    if k == 0 and p["cc"] in ("MX", "BR"):
        ln.seq("[", (p["mrn"], "mrn"), "] ", (day_date().strftime("%d/%m"), "date"), " Pte. ", (nm(p), "name"),
               " (%s) refiere dolor en %s tras %s. Se indica hielo, AINE y reposo 48h. Contacto: " % (p["role"], R.choice(["muñeca izq.", "tobillo der.", "hombro"]), R.choice(["caída del aparato", "mal aterrizaje"])),
               (p["ec"]["name"], "name"), " ", (p["ec"]["phone"], "phone"), ". —MQ")
    elif k == 0 and p["cc"] == "RO":
        ln.seq("[", (p["mrn"], "mrn"), "] ", (day_date().strftime("%d.%m.%Y"), "date"), " Pacienta/pacientul ", (nm(p), "name"),
               ", născut(ă) ", (p["dob"].strftime("%d.%m.%Y"), "date"), ", acuză durere %s. %s —%s" % (R.choice(["lombară", "la umăr", "la genunchi", "la glezna dreaptă"]),
                                    R.choice(["Control la următorul oraș.", "Gheață, ibuprofen, repaus 24h.", "Trimis la radiografie."]), R.choice(["TW", "MQ", "BÓF"])))
    elif k == 1 and "stage" in p:
        ln.seq("[", (p["mrn"], "mrn"), "] ", (nm(p), "name"), " aka \"", (p["stage"], "name"), "\" (%s) %s strain after %s. Cleared light duty, f/u " % (p["act"], R.choice(BODY[:8]), R.choice(["fall from apparatus", "catch miss", "overuse", "teeterboard landing"])),
               (day_date(4).strftime("%B %d").replace(" 0", " "), "date"), " at Cheyenne stop. —DOR PA-C")
    elif k == 2 and p is not NONNA:
        ln.seq("[", (p["mrn"], "mrn"), "] Visa medical for ", (nm(p), "name"), ", DOB ", (p["dob"].strftime("%m/%d/%Y"), "date"),
               ", home ", (p["street"] + ", " + p["city"], "address"), " ", (p["zip"], "zip"), ". Lodging on lot: ", (p["berth"], "address"),
               ". %s —IS MD" % R.choice(["Exam normal, TB screen pending.", "Exam normal, QFT drawn.", "BP elevated, recheck in 1 wk.", "Vision 20/40 OU, refer optometry."]))
    elif k == 3:
        q = NONNA
        cc, plan = R.choice([("c/o dizziness on stairs of", "Orthostatics neg."), ("BP recheck at", "BP %d/%d, meds reviewed." % (R.randint(128, 160), R.randint(70, 92))),
                             ("skin tear L forearm, dressing change at", "Steri-strips, no signs of infection."),
                             ("poor appetite in heat, seen at", "Encouraged fluids, BMP sent to Banner lab.")])
        ln.seq("[", (q["mrn"], "mrn"), "] ", (nm(q) if R.random() < 0.5 else "Mrs. " + q["last"], "name"), ", ", (q["age"], "age"), " y/o F, travels with family act, %s " % cc,
               (q["berth"], "address"), ". MBI ", (q["mbi"], "health_plan"), ". %s Grandson " % plan, (q["ec"]["name"], "name"),
               " ", (q["ec"]["phone"], "phone"), " updated. —%s" % R.choice(["TW RN", "MQ", "DOR PA-C"]))
    elif k == 4:
        p = pick([x for x in PATIENTS if "vin" in x])
        ln.seq("[", (p["mrn"], "mrn"), "] Pt ", (nm(p), "name"), " sleeping in own RV (plate ", (p["plate"], "vehicle"), ", VIN ",
               (p["vin"], "vehicle"), ") with CO alarm going off; CO-oximetry %d%%, O2 given, RV tagged out w/ Lonnie. —MQ" % R.randint(3, 12))
    else:
        return [Line("clinic-note").t("NOTE shift handover %s: %d walk-ins, %d sent out (Banner NCMC), O2 cyl %d%%, AED checked, sharps box swapped. —%s" %
                                      (R.choice(["AM", "PM"]), R.randint(2, 14), R.randint(0, 2), R.randint(40, 100), R.choice(["TW", "MQ", "DOR"])))]
    return [ln]


FSEQ = [41872]


def ev_fridge():
    t = tick()
    FSEQ[0] += R.randint(1, 30)
    probe = R.choice(["vaccine-A", "vaccine-B", "ambient"])
    temp = R.uniform(18, 33) if probe == "ambient" else R.uniform(2.5, 7.8)
    return [J("fridge-json", {"device": "TempTrak-LR-0042", "fw": "4.2.1", "ts": iso(t), "probe": probe,
                              "temp_c": round(temp, 2), "door": R.choice(["closed", "closed", "closed", "open"]), "batt": R.randint(60, 100),
                              "seq": FSEQ[0]}, sep=(", ", ": "))]


def ev_audit():
    t = tick()
    u = R.choice([s[2] for s in STAFF] + OTHER_STAFF)
    ln = Line("audit").t("%s AUDIT user=%s action=%s " % (iso(t), u, R.choice(["VIEW", "VIEW", "UPDATE", "PRINT", "EXPORT"])))
    r = R.random()
    if r < 0.45:
        ln.t("resource=%s ip=10.40.1.%d result=ok" % (R.choice(["Encounter/enc-%d" % R.randint(80000, 99999), "Report/daily-census", "Formulary/TRL1", "Schedule/GRE-0614"]), R.randint(2, 40)))
    elif r < 0.85:
        p = pick()
        ln.t("resource=Patient/").p(p["mrn"], "mrn").t(" ip=10.40.1.%d result=%s" % (R.randint(2, 40), R.choice(["ok", "ok", "denied"])))
    else:
        p = pick()
        ln.t("resource=RecordsRequest/rr-%d deliver_to_fax=" % R.randint(100, 999)).p(us_phone("(%s) %03d-%04d"), "fax")
        ln.t(" requested_by=").p(nm(p), "name").t(" from_fax=%s result=queued" % ORG_FAX)
    return [ln]


EVENTS = [  # (fn, weight)
    (ev_pino_req, 7), (ev_pino_warn, 4), (ev_pino_encounter, 5), (ev_pino_misc_phi, 9), (ev_kiosk, 4), (ev_telehealth, 4),
    (ev_injury_csv, 5), (ev_rigging_xml, 3), (ev_hl7_adt, 1.0), (ev_hl7_oru, 1.0), (ev_fhir, 5), (ev_x12, 0.5),
    (ev_syslog, 9), (ev_nginx, 10), (ev_compliance, 5), (ev_zoonosis, 3), (ev_sms, 6), (ev_chat, 7), (ev_java, 0.9),
    (ev_pg, 5), (ev_fixed, 3), (ev_routebook, 4), (ev_rx, 5), (ev_note, 9), (ev_fridge, 4), (ev_audit, 6),
]
SINGLE = [ev_syslog, ev_fridge, ev_pino_req, ev_routebook, ev_nginx]


def main():
    N = 500
    lines = []
    fns = [f for f, _ in EVENTS]
    ws = [w for _, w in EVENTS]
    while len(lines) < N:
        ev = R.choices(fns, ws)[0](
        ) if len(lines) < N - 12 else R.choice(SINGLE)()
        if len(lines) + len(ev) > N:
            continue
        lines.extend(ev)
    # verification
    with open("sm.log", "wb") as f, open("sm.labels.jsonl", "w", encoding="utf-8") as g:
        for i, ln in enumerate(lines, 1):
            b = bytes(ln.buf)
            if b"\n" in b or b"\r" in b or not b:
                raise SystemExit("bad line %d" % i)
            b.decode("utf-8")
            last = 0
            spans = []
            for s, e, cat, val in sorted(ln.spans):
                if not (0 <= s < e <= len(b)):
                    raise SystemExit("span out of range line %d" % i)
                if s < last:
                    raise SystemExit("overlap line %d" % i)
                if b[s:e].decode("utf-8") != val:
                    raise SystemExit("span mismatch line %d: %r != %r" % (i, b[s:e], val))
                if b[s:e] != b[s:e].strip():
                    raise SystemExit("span has outer whitespace line %d: %r" % (i, b[s:e]))
                last = e
                spans.append({"s": s, "e": e, "cat": cat})
            f.write(b + b"\n")
            g.write(json.dumps({"line": i, "family": ln.family, "spans": spans}, ensure_ascii=False) + "\n")
    if len(lines) != N:
        raise SystemExit("wrong line count")


if __name__ == "__main__":
    main()
