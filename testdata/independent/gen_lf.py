#!/usr/bin/env python3
"""gen_lf.py - synthetic, labeled log corpus (ID=lf).

Theme: a Canadian provincial health system's integration hub and its clinics.
Ontario/BC/Quebec health card numbers (OHIP HCN + version code, BC PHN, RAMQ NAM)
travelling in HL7 v2 (ADT/ORU segments) and FHIR R4 (HAPI access log, JSON
resources), OHIP MRI claim files (HEB/HEH/HER/HET/HEE fixed width) and remittance
advice (HR1..HR8), lab results routing, a PharmaNet-like pharmacy network gateway
(TRP/TDU, ZCC/ZPA/ZPB segments), wait-list registry extracts (WTIS-like CSV and
Quebec CRDS-like ';' CSV), Dynamics-365-like CRM (Dataverse JSON, plugin traces,
free-text notes in English and French), bilingual SMS/e-mail notifications, Azure
Functions host logs, App Service IIS W3C logs, Kafka consumer logs (Java client and
librdkafka), Spring Boot 2/3 logs with stack traces, .NET console and Serilog CLEF,
Mirth Connect, PostgreSQL and an access-audit JSON stream.

Everything is synthetic.  Standard library only, fixed seed, deterministic.
Writes lf.log (500 lines) and lf.labels.jsonl next to this script.

Labeling decisions:
- Labeled: identifiers of patients, clients, members and of people tied to them
  (next of kin, POA/substitute decision makers, guarantors, emergency contacts).
  Not labeled: physicians, nurses, pharmacists, clerks (names, CPSO/billing/licence
  numbers, staff e-mails, staff initials), clinics, labs, pharmacies, the Ministry,
  insurers, vendors and their phones/faxes/addresses/postal codes.
- Health card numbers (OHIP HCN, BC PHN, RAMQ NAM, out-of-province registration
  numbers) and private insurer certificate/member numbers -> health_plan.  The span
  is the number as written, including inner spaces/dashes and zero padding
  (PharmaNet 13-digit field).  The Ontario version code (1-2 letters) is never part
  of the span and is not labeled on its own.
- Hospital chart numbers / MRN / "no de dossier" and EMPI enterprise ids -> mrn.
- OHIP accounting numbers, hospital patient account numbers (PID-18), payment card
  numbers -> account.
- Encounter/visit numbers (PV1-19), wait-list referral / CRDS request numbers, CRM case
  numbers, MOH claim numbers on the remittance advice, WSIB claim numbers and
  patient-portal usernames -> other_id.
- NOT labeled (system keys, look-alikes): order/accession/Rx/message-control numbers,
  batch ids, UUIDs, FHIR logical ids, CRM GUIDs, Kafka keys that are UUIDs, offsets,
  trace/span ids, hashes, build numbers, DINs, fee/diagnostic codes.
- Dates tied to a person (birth, service, admission, specimen collection/observation,
  appointment, dispense, decision-to-treat, surgery, card expiry, device events) -> date;
  the whole written value is one span, including a time part when written with it.
  Log/message/transmission timestamps, batch/file dates, RA payment dates -> not labeled.
- Address: street line (with unit) and city are labeled address (as separate spans
  when they are separate fields, one span when written together in free text);
  province and country are not labeled; postal code -> zip.
- Names: in HL7 / fixed width / structured fields each name part is its own span; in
  free text the name as written ("Tremblay, Marie-Ève", "M. Roy", "J. Okafor") is one
  span, courtesy titles (Mr., Mme, M.) excluded.  Truncated names in OHIP files are
  labeled as written.
- Phone numbers of patients/relatives -> phone; a patient's own fax -> fax; masked
  numbers (+1613*****13) are not labeled.
- IP: public client IP of patient-portal requests -> ip; internal, clinic, EMR,
  probe and Azure infrastructure addresses -> not labeled.
- Age labeled only when over 89; the span is the number only.
- Patient devices (CGM transmitter / insulin pump serials, home monitor MAC) -> device.
- Vehicle plates and VINs of a patient (parking permits) -> vehicle.
- Patient driver's licence numbers -> license.  Canadian SIN -> ssn; the public
  sample SIN 046 454 286 and sample HCN 1234-567-890-HN in a test fixture are not
  labeled.
- Personal web pages (fundraiser / social profile) -> url.
- Base64 face photo payload -> photo; base64 fingerprint template -> biometric.
"""
import base64
import json
import os
import re
import unicodedata
import uuid
from datetime import date, datetime, timedelta
import random

SEED = 20241118
R = random.Random(SEED)
ch = R.choice
ri = R.randint

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "lf"

# ----------------------------------------------------------------------------
# line builder with byte offsets


class B:
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
        if s == "":
            return self
        nb = len(s.encode("utf-8"))
        self.spans.append((self.n, self.n + nb, cat, s))
        self.buf.append(s)
        self.n += nb
        return self

    def text(self):
        return "".join(self.buf)


TPL = re.compile(r"⟨(\w+)(?::(\w+))?⟩")


def fill(_b, _tpl, **kv):
    pos = 0
    for m in TPL.finditer(_tpl):
        _b.t(_tpl[pos:m.start()])
        val = kv[m.group(1)]
        if m.group(2):
            _b.p(val, m.group(2))
        else:
            _b.t(val)
        pos = m.end()
    _b.t(_tpl[pos:])
    return _b


def line(_fam, _tpl="", **kv):
    b = B(_fam)
    fill(b, _tpl, **kv)
    return b


# ----------------------------------------------------------------------------
# clock


class Clock:
    def __init__(self):
        self.t = datetime(2024, 11, 18, 5, 57, 41, 118000)

    def tick(self, lo=0.05, hi=22.0):
        self.t += timedelta(seconds=R.uniform(lo, hi))
        return self.t


CLK = Clock()


def ms(d):
    return "%03d" % (d.microsecond // 1000)


def utc(d):
    return d + timedelta(hours=5)


def ts_sp2(d):
    return d.strftime("%Y-%m-%d %H:%M:%S.") + ms(d)


def ts_sp3(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + ms(d) + "-05:00"


def ts_z(d, digits=3):
    u = utc(d)
    frac = "%06d" % u.microsecond
    if digits == 7:
        frac = frac + "%01d" % R.randint(0, 9)
    else:
        frac = frac[:digits]
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + frac + "Z"


def ts_comma(d):
    return d.strftime("%Y-%m-%d %H:%M:%S,") + ms(d)


def ts_hl7(d):
    return d.strftime("%Y%m%d%H%M%S")


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def hexs(n):
    return "".join(ch("0123456789abcdef") for _ in range(n))


# ----------------------------------------------------------------------------
# people

FEM = ["Marie-Ève", "Geneviève", "Chloé", "Noémie", "Amélie", "Josée", "Mélanie",
       "Anne-Sophie", "Gurpreet", "Harpreet", "Priya", "Ananya", "Mei Ling", "Xiu Ying",
       "Thi Lan", "Ngoc Anh", "Fatima", "Aisha", "Amina", "Zahra", "Maryam", "Siobhan",
       "Aoife", "Emma", "Olivia", "Kateryna", "Agnieszka", "Oluwakemi", "Chiamaka", "Yuki",
       "Seo-yeon", "Leilani", "Tanis", "Winona", "Lucía", "Inês", "Ayşe", "Rosalie",
       "Brigitte", "Huguette", "Dorothy", "Margaret", "Edna", "Thérèse", "Jeannine", "Kiona"]
MAS = ["Jean-François", "Mathieu", "Olivier", "Étienne", "Gilles", "Réjean", "Luc", "Harjit",
       "Gurdeep", "Arjun", "Rohan", "Wei", "Jun", "Minh", "Quang", "Omar", "Youssef",
       "Mohammed", "Liam", "Noah", "Declan", "Seamus", "Dmitri", "Bohdan", "Tomasz",
       "Chinedu", "Kwame", "Oluwaseun", "Hiroshi", "Min-jun", "Kai", "Mateo", "João",
       "Giuseppe", "Mehmet", "Arash", "Reza", "Kamal", "Ishaan", "Gérard", "Marcel",
       "Raymond", "Albert", "Normand", "Yvon", "Ahanu"]
LAST = ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie",
        "Fortin", "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron",
        "Leblanc", "Paquette", "Girard", "Simard", "Boucher", "Caron", "Beaulieu", "Cloutier",
        "Dubé", "Poirier", "St-Pierre", "Lefebvre-Dubois", "Smith", "MacDonald", "MacLeod",
        "O'Brien", "O'Connor", "Fitzgerald", "McAllister", "Campbell", "Singh", "Kaur",
        "Dhillon", "Sandhu", "Grewal", "Patel", "Shah", "Sharma", "Nguyen", "Tran", "Pham",
        "Wong", "Chen", "Li", "Zhang", "Liu", "Kim", "Park", "Lee", "Ahmed", "Hussain",
        "Rahman", "Haddad", "Khoury", "Abdi", "Okafor", "Mensah", "Adeyemi", "Kowalski",
        "Nowak", "Kovalenko", "Shevchenko", "Ivanov", "Rossi", "Esposito", "Ferreira", "Silva",
        "da Silva", "dos Santos", "de la Cruz", "Van der Meer", "van den Berg", "De Luca",
        "Yamamoto", "Tanaka", "Thunderchild", "Cardinal", "Sinclair", "Bear", "Whitehead",
        "Okimaw", "Papatsie", "Kakfwi", "Yılmaz", "Öztürk", "Müller", "Novak", "Horvath",
        "Mohammadi", "Hosseini", "Karimi", "Torres", "García", "Hernández", "Jean-Baptiste",
        "Pierre-Louis", "Desrosiers", "Saint-Fleur", "Nadeau", "Lachance", "Ste-Marie"]

CITIES = {
    "ON": [("Toronto", ["M5V", "M4C", "M6H", "M1B", "M9W"], ["416", "647", "437"]),
           ("Ottawa", ["K1N", "K2P", "K1L", "K2C", "K1V"], ["613", "343"]),
           ("Mississauga", ["L5B", "L5N", "L4Z"], ["905", "289"]),
           ("Hamilton", ["L8P", "L9C"], ["905", "289"]),
           ("Brampton", ["L6P", "L6Y"], ["905", "437"]),
           ("London", ["N6A", "N5V"], ["519", "226"]),
           ("Windsor", ["N9A", "N8X"], ["519", "226"]),
           ("Kitchener", ["N2G", "N2M"], ["519", "548"]),
           ("Kingston", ["K7L", "K7M"], ["613", "343"]),
           ("Sudbury", ["P3E", "P3A"], ["705", "249"]),
           ("Thunder Bay", ["P7B", "P7E"], ["807"]),
           ("Timmins", ["P4N"], ["705"]),
           ("Barrie", ["L4M", "L4N"], ["705", "249"]),
           ("Moose Factory", ["P0L"], ["705"])],
    "BC": [("Vancouver", ["V5K", "V6B", "V5V", "V6K"], ["604", "778", "236"]),
           ("Surrey", ["V3T", "V4N"], ["604", "778"]),
           ("Burnaby", ["V5H", "V5C"], ["604", "778"]),
           ("Victoria", ["V8W", "V8V"], ["250", "778"]),
           ("Kelowna", ["V1Y", "V1X"], ["250", "236"]),
           ("Prince George", ["V2L", "V2N"], ["250"]),
           ("Nanaimo", ["V9R", "V9T"], ["250"])],
    "QC": [("Montréal", ["H2X", "H3T", "H1V", "H4A", "H2J"], ["514", "438"]),
           ("Québec", ["G1R", "G1K", "G1V"], ["418", "581"]),
           ("Laval", ["H7N", "H7T"], ["450", "579"]),
           ("Gatineau", ["J8Y", "J9H"], ["819", "873"]),
           ("Sherbrooke", ["J1H", "J1J"], ["819", "873"]),
           ("Trois-Rivières", ["G9A", "G8Y"], ["819"]),
           ("Saguenay", ["G7H", "G7B"], ["418", "581"]),
           ("Rimouski", ["G5L"], ["418"])],
}
EN_STREETS = ["Yonge", "King", "Bank", "Elgin", "Rideau", "Dundas", "Bloor", "Queen", "Lakeshore",
              "Maple", "Birch", "Fraser", "Granville", "Kingsway", "Hastings", "Cedar", "Main",
              "Wellington", "Somerset", "Laurier", "Montreal", "Carling", "Hurontario", "Ouellette",
              "Algonquin", "Lorne", "Kent", "Oak Bay", "Bernard", "Commercial"]
EN_TYPES = ["St", "Ave", "Rd", "Dr", "Cres", "Blvd", "Crt", "Way", "Street", "Avenue", "Pl"]
FR_STREETS = [("rue", "Saint-Denis"), ("rue", "Sherbrooke Ouest"), ("rue", "des Érables"),
              ("rue", "Principale"), ("rue", "Jean-Talon Est"), ("avenue", "de la Montagne"),
              ("avenue", "Laurier Ouest"), ("rue", "Sainte-Catherine Est"), ("avenue", "du Parc"),
              ("boulevard", "René-Lévesque"), ("chemin", "Sainte-Foy"), ("boulevard", "Talbot"),
              ("rue", "King Ouest"), ("rue", "des Forges"), ("boulevard", "Saint-Joseph")]
PC_L = "ABCEGHJKLMNPRSTVXY"
EMAIL_DOM = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.ca", "videotron.ca", "sympatico.ca",
             "bell.net", "rogers.com", "shaw.ca", "telus.net", "icloud.com", "live.ca", "cogeco.ca"]


def ascii_fold(s):
    s = s.replace("ı", "i").replace("ş", "s").replace("Ş", "S")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def luhn_digit(body):
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def on_hcn():
    body = str(ri(1, 9)) + "".join(str(ri(0, 9)) for _ in range(8))
    return body + luhn_digit(body)


def bc_phn():
    w = [2, 4, 8, 5, 10, 9, 7, 3]
    while True:
        d = [9] + [ri(0, 9) for _ in range(8)]
        s = sum((d[i + 1] * w[i]) % 11 for i in range(8))
        c = 11 - (s % 11)
        if c < 10:
            return "".join(map(str, d)) + str(c)


def ramq(last, first, dob, sex):
    letters = "".join(c for c in ascii_fold(last).upper() if c.isalpha())
    letters = (letters + "XXX")[:3] + ascii_fold(first).upper()[0]
    mm = dob.month + (50 if sex == "F" else 0)
    return "%s%02d%02d%02d%02d" % (letters, dob.year % 100, mm, dob.day, ri(10, 89))


def sin():
    while True:
        body = str(ri(1, 7)) + "".join(str(ri(0, 9)) for _ in range(7))
        s = body + luhn_digit(body)
        return s


def visa():
    body = "4" + "".join(str(ri(0, 9)) for _ in range(14))
    return body + luhn_digit(body)


def postal(prefix):
    return prefix + " " + str(ri(0, 9)) + ch(PC_L) + str(ri(0, 9))


def mk_phone(acs):
    return ch(acs) + str(ri(2, 9)) + "%02d" % ri(0, 99) + "%04d" % ri(0, 9999)


def fmt_phone(d, style=None):
    style = style if style is not None else ri(0, 8)
    a, e, n = d[:3], d[3:6], d[6:]
    return [f"({a}) {e}-{n}", f"{a}-{e}-{n}", d, f"+1 {a} {e} {n}", f"+1{d}", f"{a}.{e}.{n}",
            f"1-{a}-{e}-{n}", f"{a} {e}-{n}", f"({a}){e}-{n}"][style]


MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def fmt_date(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "mdy":
        return d.strftime("%m/%d/%Y")
    if style == "long_en":
        return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")
    if style == "long_fr":
        return ("1er" if d.day == 1 else str(d.day)) + " " + MOIS[d.month - 1] + " " + str(d.year)
    if style == "dmon":
        return d.strftime("%d-%b-%Y").upper()
    if style == "ymd_slash":
        return d.strftime("%Y/%m/%d")
    if style == "mon_abbr":
        return d.strftime("%b ") + str(d.day) + d.strftime(" %Y")
    if style == "dots":
        return d.strftime("%d.%m.%Y")
    if style == "yymmdd":
        return d.strftime("%y%m%d")
    raise ValueError(style)


_CYC = {}


def cyc(key, n):
    """next variant index from a shuffled deck (every variant used before any repeats)"""
    q = _CYC.get(key)
    if not q:
        q = list(range(n))
        R.shuffle(q)
        _CYC[key] = q
    return q.pop()


def past(maxdays=200, mindays=1):
    return CLK.t.date() - timedelta(days=ri(mindays, maxdays))


def rand_date(y0, y1):
    a = date(y0, 1, 1).toordinal()
    b = date(y1, 12, 28).toordinal()
    return date.fromordinal(ri(a, b))


class P:
    pass


def person(prov=None, sex=None, old=False, young=False):
    p = P()
    p.prov = prov or ch(["ON"] * 6 + ["BC"] * 2 + ["QC"] * 3)
    p.sex = sex or ch("FM")
    p.first = ch(FEM if p.sex == "F" else MAS)
    p.middle = ch(FEM if p.sex == "F" else MAS) if R.random() < 0.2 else ""
    if p.middle == p.first:
        p.middle = ""
    p.last = ch(LAST)
    if R.random() < 0.08:
        other = ch(LAST)
        if other != p.last and " " not in other and " " not in p.last:
            p.last = p.last + "-" + other
    if old:
        p.dob = rand_date(1928, 1934)
    elif young:
        p.dob = rand_date(2008, 2022)
    else:
        p.dob = rand_date(1938, 2004)
    p.age = 2024 - p.dob.year - (1 if (p.dob.month, p.dob.day) > (11, 18) else 0)
    city, fsas, acs = ch(CITIES[p.prov])
    p.city = city
    p.postal = postal(ch(fsas))
    if p.prov == "QC" or (p.prov == "ON" and R.random() < 0.1):
        typ, nm = ch(FR_STREETS)
        p.street = f"{ri(12, 9800)}, {typ} {nm}"
        p.unit = ch(["", "", f"app. {ri(1, 24)}", f"bureau {ri(100, 450)}"])
        p.lang = "fr"
    else:
        p.street = f"{ri(3, 4999)} {ch(EN_STREETS)} {ch(EN_TYPES)}" + ch(["", "", "", " W", " E", " N"])
        p.unit = ch(["", "", "", f"Apt {ri(101, 2405)}", f"Unit {ri(1, 40)}", f"Suite {ri(100, 900)}"])
        p.lang = "fr" if (p.prov == "ON" and p.city in ("Ottawa", "Sudbury", "Timmins") and R.random() < 0.4) else "en"
    p.phone = mk_phone(acs)
    p.cell = mk_phone(acs)
    fa = ascii_fold(p.first).lower().replace(" ", "").replace("'", "")
    la = ascii_fold(p.last).lower().replace(" ", "").replace("'", "")
    p.email = ch([f"{fa}.{la}", f"{fa[0]}{la}", f"{la}.{fa}{ri(1, 99)}", f"{fa}_{la}{p.dob.year % 100:02d}",
                  f"{fa}{la[:3]}{ri(10, 999)}"]) + "@" + ch(EMAIL_DOM)
    p.ver = ch(["AB", "BC", "XK", "GH", "MP", "ZW", "HT", "", "NX", "RK"])
    if p.prov == "ON":
        p.hcn = on_hcn()
    elif p.prov == "BC":
        p.hcn = bc_phn()
        p.ver = ""
    else:
        p.hcn = ramq(p.last, p.first, p.dob, p.sex)
        p.ver = ""
    p.mrn = ch([lambda: "M%08d" % ri(100000, 9999999), lambda: "%07d" % ri(100000, 9999999),
                lambda: "H%07d" % ri(1000000, 9999999), lambda: "%06d-%d" % (ri(100000, 999999), ri(0, 9)),
                lambda: "MRN%09d" % ri(10000, 99999999)])()
    p.acct = "%010d" % ri(10000000, 999999999)
    return p


def hcn_fmt(p, style=None):
    """formatted health number, without version code"""
    h = p.hcn
    style = style if style is not None else ri(0, 2)
    if p.prov == "ON":
        return [h, f"{h[:4]}-{h[4:7]}-{h[7:]}", f"{h[:4]} {h[4:7]} {h[7:]}"][style]
    if p.prov == "BC":
        return [h, f"{h[:4]} {h[4:7]} {h[7:]}", h][style]
    return [h, f"{h[:4]} {h[4:8]} {h[8:]}", h][style]


def hcn_key(p):
    return {"ON": "ohip_hcn", "BC": "phn", "QC": "nam"}[p.prov]


def up(s):
    return ascii_fold(s).upper()


STAFF = [("Okonkwo", "Chinedu"), ("Bhattacharya", "Rina"), ("Lemieux", "François"), ("Cheng", "Alice"),
         ("MacIntyre", "Douglas"), ("Haddad", "Nour"), ("Gill", "Manpreet"), ("Bergeron", "Sylvie"),
         ("Abara", "Ifeoma"), ("Wiebe", "Karl"), ("Desjardins", "Hélène"), ("Tan", "Wilson")]
CLINICS = [("Clinique médicale Vanier", "K1L 5A1", "6135550100", "6135550101"),
           ("Riverside Family Health Team", "K1H 7W9", "6135550142", "6135550143"),
           ("CLSC Hochelaga-Maisonneuve", "H1W 3L3", "5145550161", "5145550162"),
           ("Sudbury Regional Diabetes Clinic", "P3E 5J1", "7055550110", "7055550111"),
           ("Mount Pleasant Medical Clinic", "V5T 3J8", "6045550118", "6045550119"),
           ("GMF-U des Faubourgs", "H2L 4N8", "5145550177", "5145550178"),
           ("Northern Lights Nursing Station", "P0L 1W0", "7055550125", "7055550126")]
LABS = ["LIFELABS", "DYNACARE", "TOH-LAB", "HSN-LAB", "CHUM-LAB", "LMP-BC"]
TESTS = [("2823-3", "Potassium", "mmol/L", "3.5-5.1", lambda: round(R.uniform(3.0, 6.9), 1)),
         ("2160-0", "Creatinine", "umol/L", "50-110", lambda: ri(45, 380)),
         ("4548-4", "Hemoglobin A1c", "%", "4.0-6.0", lambda: round(R.uniform(4.8, 11.2), 1)),
         ("33914-3", "eGFR", "mL/min/1.73m2", ">60", lambda: ri(12, 110)),
         ("3016-3", "TSH", "mIU/L", "0.32-4.00", lambda: round(R.uniform(0.05, 9.5), 2)),
         ("718-7", "Hemoglobin", "g/L", "120-160", lambda: ri(72, 171)),
         ("6301-6", "INR", "", "0.8-1.2", lambda: round(R.uniform(0.9, 4.8), 1)),
         ("2345-7", "Glucose Random", "mmol/L", "3.6-11.0", lambda: round(R.uniform(3.1, 22.0), 1)),
         ("2093-3", "Cholesterol", "mmol/L", "<5.20", lambda: round(R.uniform(2.9, 7.8), 2))]


def pub_ip():
    while True:
        a = ch([24, 70, 99, 142, 174, 184, 207, 216, 66, 69, 76, 108, 173, 198])
        ip = f"{a}.{ri(0, 255)}.{ri(0, 255)}.{ri(1, 254)}"
        if not ip.startswith(("198.18", "198.19", "198.51")):
            return ip


def pub_ip6():
    return "2607:fea8:" + ":".join("%x" % ri(0, 65535) for _ in range(6))


# ----------------------------------------------------------------------------
# Spring Boot (2.x pattern and 3.x pattern)


def spring(fam, lvl, thread, logger, template="", boot3=None, app=None, **kv):
    d = CLK.tick()
    b = B(fam)
    thread = thread[-15:]
    if boot3:
        b.t(f"{ts_sp3(d)} {lvl:>5} 1 --- [{app}] [{thread:>15}] {logger:<40} : ")
    else:
        b.t(f"{ts_sp2(d)} {lvl:>5} 1 --- [{thread:>15}] {logger:<40} : ")
    return fill(b, template, **kv)


def lab_router(lvl, logger, template, thread=None, **kv):
    return spring("spring_boot", lvl, thread or "nio-8080-exec-%d" % ri(1, 10), logger, template,
                  boot3=True, app="lab-router", **kv)


def waitlist_api(lvl, logger, template, thread=None, **kv):
    return spring("spring_boot", lvl, thread or "http-nio-8080-exec-%d" % ri(1, 20), logger, template,
                  boot3=False, **kv)


STACK_KAFKA = [
    "org.apache.kafka.common.errors.TimeoutException: Timeout of 60000ms expired before the position for partition lab.results.v1-%d could be determined",
    "\tat org.apache.kafka.clients.consumer.KafkaConsumer.position(KafkaConsumer.java:1811) ~[kafka-clients-3.6.1.jar!/:na]",
    "\tat org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.pollAndInvoke(KafkaMessageListenerContainer.java:1564) ~[spring-kafka-3.1.2.jar!/:3.1.2]",
    "\tat org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.run(KafkaMessageListenerContainer.java:1321) ~[spring-kafka-3.1.2.jar!/:3.1.2]",
    "\tat java.base/java.util.concurrent.CompletableFuture$AsyncRun.run(CompletableFuture.java:1804) ~[na:na]",
    "\tat java.base/java.lang.Thread.run(Thread.java:1583) ~[na:na]",
]


def g_spring_noise():
    c = cyc("g_spring_noise", 20)
    if c == 0:
        return [lab_router("INFO", "c.h.hub.lab.LabRouterApplication", "Started LabRouterApplication in ⟨s⟩ seconds (process running for ⟨r⟩)",
                           thread="main", s="%.3f" % R.uniform(9, 19), r="%.3f" % R.uniform(19, 23))]
    if c == 1:
        return [lab_router("INFO", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port 8080 (http) with context path ''", thread="main")]
    if c == 2:
        return [waitlist_api("INFO", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed.", thread="main")]
    if c == 3:
        return [waitlist_api("WARN", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=⟨d⟩).",
                             thread="l-1 housekeeper", d=f"{ri(1, 3)}m{ri(1, 59)}s{ri(1, 999)}ms")]
    if c == 4:
        return [lab_router("INFO", "c.h.h.lab.routing.RuleSetLoader", "Routing rule set v⟨v⟩ loaded: ⟨r⟩ rules, ⟨f⟩ facilities, ⟨s⟩ provider subscriptions (sha256=⟨h⟩)",
                           thread="scheduling-1", v=f"2024.11.{ri(1, 18)}-{ri(1, 9)}", r=ri(300, 480), f=ri(30, 60), s=f"{ri(1, 2)},{ri(100, 999)}", h=hexs(16))]
    if c == 5:
        return [lab_router("INFO", "c.h.h.lab.routing.ResultRouter", "Routed result accession=⟨a⟩ to ⟨n⟩ recipient(s) (ordering=⟨o⟩, cc=[⟨c1⟩, ⟨c2⟩]) via HRM in ⟨t⟩ ms",
                           a=f"{ch(['A', 'L', 'B'])}{ri(24, 24)}-{ri(300, 330)}-{ri(10000, 99999)}", n=ri(1, 3), o=ri(10000, 99999),
                           c1=ri(100000, 999999), c2=ri(100000, 999999), t=ri(8, 240))]
    if c == 6:
        return [lab_router("DEBUG", "c.h.h.lab.hl7.AckBuilder", "Sent ACK ⟨a⟩ for MSH-10=⟨m⟩ (sender=⟨s⟩)", a=ch(["AA", "AA", "AA", "AE"]),
                           m=f"{ch(LABS)[:2]}{CLK.t:%y%m%d}{ri(0, 99999):05d}", s=ch(LABS))]
    if c == 7:
        return [waitlist_api("INFO", "c.h.w.jobs.WtisExtractJob", "Scheduled task 'wtis-extract' completed in ⟨s⟩s, rows=⟨r⟩, rejected=⟨x⟩",
                             thread="scheduling-1", s="%.1f" % R.uniform(1, 9), r=ri(800, 1400), x=ri(0, 12))]
    if c == 8:
        return [waitlist_api("WARN", "o.h.engine.jdbc.spi.SqlExceptionHelper", "SQL Error: 0, SQLState: 08006", thread="http-nio-8080-exec-%d" % ri(1, 20))]
    if c == 9:
        return [lab_router("INFO", "o.s.b.a.e.web.EndpointLinksResolver", "Exposing ⟨n⟩ endpoint(s) beneath base path '/actuator'", thread="main", n=ri(3, 14))]
    if c == 10:
        return [lab_router("WARN", "c.h.h.lab.delivery.HrmClient", "Retrying delivery to HRM endpoint https://hrm.omd.example/ws/v4/reports (attempt ⟨a⟩/5) after ⟨w⟩ ms: ⟨e⟩",
                           a=ri(2, 4), w=ch([1000, 2000, 4000]), e=ch(["Read timed out", "503 Service Unavailable", "Connection reset"]))]
    if c == 11:
        return [waitlist_api("INFO", "o.s.web.servlet.DispatcherServlet", "Completed initialization in ⟨n⟩ ms", n=ri(1, 4))]
    if c == 12:
        return [lab_router("INFO", "c.h.h.lab.metrics.BatchStats", "Processed batch ⟨b⟩: ⟨n⟩ ORU messages, ⟨r⟩ rejected, p50=⟨a⟩ms p95=⟨p⟩ms",
                           thread="scheduling-1", b=ri(8000, 9999), n=ri(120, 400), r=ri(0, 5), a=ri(8, 30), p=ri(40, 190))]
    if c == 13:
        return [waitlist_api("INFO", "c.h.w.security.JwksCache", "Fetched JWKS from https://login.microsoftonline.com/⟨t⟩/discovery/v2.0/keys (⟨k⟩ keys, ttl=3600s)",
                             t=uid(), k=ri(3, 6))]
    if c == 14:
        n = ri(0, 7)
        out = [lab_router("ERROR", "o.s.k.l.KafkaMessageListenerContainer", "Consumer exception", thread="ntainer#0-0-C-1")]
        for i, s in enumerate(STACK_KAFKA):
            out.append(B("spring_boot").t(s % n if i == 0 else s))
        return out
    if c == 15:
        return [waitlist_api("DEBUG", "c.h.w.config.ProfileLogger", "spring.profiles.active=prod, datasource=jdbc:postgresql://pg-wtis-prod.postgres.database.azure.com:5432/wtis?sslmode=require, pool.max=⟨m⟩",
                             thread="main", m=ri(10, 40))]
    if c == 16:
        return [lab_router("INFO", "c.h.h.lab.health.DependencyHealth", "Health check passed: db=UP kafka=UP fhirServer=UP olis=UP (took ⟨t⟩ ms)", thread="scheduling-1", t=ri(12, 90))]
    if c == 17:
        return [waitlist_api("INFO", "c.h.w.test.FixtureLoader", "Loaded ⟨n⟩ synthetic fixtures for smoke test (sample SIN 046 454 286, sample HCN 1234-567-890-HN)", thread="main", n=ri(4, 12))]
    if c == 18:
        cl = ch(CLINICS)
        return [waitlist_api("INFO", "c.h.w.facility.FacilitySync", "Facility upserted: ⟨n⟩, postal=⟨p⟩, tel=⟨t⟩, fax=⟨f⟩",
                             thread="scheduling-1", n=cl[0], p=cl[1], t=fmt_phone(cl[2]), f=fmt_phone(cl[3]))]
    return [lab_router("INFO", "o.a.k.c.c.internals.ConsumerCoordinator",
                       "[Consumer clientId=consumer-lab-results-routing-1, groupId=lab-results-routing] Setting offset for partition lab.results.v1-⟨p⟩ to the committed offset FetchPosition{offset=⟨o⟩, offsetEpoch=Optional[⟨e⟩], currentLeader=LeaderAndEpoch{leader=Optional[kafka-⟨k⟩.hub.internal:9092 (id: ⟨k⟩ rack: cc-⟨k⟩)], epoch=⟨e2⟩}}",
                       thread="ntainer#0-0-C-1", p=ri(0, 7), o=ri(100000, 2000000), e=ri(5, 40), k=ri(1, 3), e2=ri(5, 40))]


def g_spring_phi():
    p = person()
    c = cyc("g_spring_phi", 10)
    doc = ch(STAFF)
    if c == 0:
        return [lab_router("WARN", "c.h.h.lab.routing.ResultRouter", "No CC recipient resolved for patient ⟨n:name⟩ (HCN ⟨h:health_plan⟩⟨v⟩), defaulting to ordering provider ⟨o⟩",
                           n=f"{p.first} {p.last}", h=hcn_fmt(p), v=(" " + p.ver) if p.ver else "", o=ri(10000, 99999))]
    if c == 1:
        return [lab_router("INFO", "c.h.h.lab.empi.EmpiMatcher", "EMPI match score=⟨s⟩ surname=⟨l:name⟩ given=⟨f:name⟩ dob=⟨d:date⟩ postal=⟨z:zip⟩ -> enterpriseId=⟨e:mrn⟩",
                           s="%.2f" % R.uniform(0.8, 0.99), l=p.last, f=p.first, d=fmt_date(p.dob, "iso"), z=p.postal.replace(" ", ""), e="E%09d" % ri(1000000, 99999999))]
    if c == 2:
        pid = ri(20000, 40000)
        return [waitlist_api("ERROR", "o.h.engine.jdbc.spi.SqlExceptionHelper", "ERROR: duplicate key value violates unique constraint \"uq_referral_patient_hcn\""),
                B("spring_boot").t("  Detail: Key (health_card_no, procedure_cd)=(").p(p.hcn, "health_plan").t(", CT-HIPREP) already exists."),
                B("spring_boot").t("org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uq_referral_patient_hcn]"),
                B("spring_boot").t("\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:290) ~[spring-orm-5.3.31.jar!/:5.3.31]"),
                B("spring_boot").t("\tat com.healthhub.waitlist.referral.ReferralService.accept(ReferralService.java:%d) ~[classes!/:1.14.2]" % ri(80, 240))]
    if c == 3:
        return [lab_router("DEBUG", "c.h.h.lab.delivery.HrmReportMapper", "HRM report built: patient='⟨n:name⟩' hcn=⟨h:health_plan⟩⟨v⟩ dob=⟨d:date⟩ sex=⟨s⟩ collected=⟨c:date⟩ author=Dr. ⟨a⟩",
                           n=f"{up(p.last)}, {up(p.first)}", h=p.hcn, v=(" vc=" + p.ver) if p.ver else "", d=fmt_date(p.dob, "hl7"), s=p.sex,
                           c=(CLK.t - timedelta(hours=ri(2, 30))).strftime("%Y%m%d%H%M"), a=f"{doc[1]} {doc[0]}")]
    if c == 4:
        return [lab_router("WARN", "c.h.h.lab.routing.CriticalValueService", "Valeur critique (K+ ⟨k⟩ mmol/L) pour ⟨n:name⟩, né(e) le ⟨d:date⟩ — appel au Dr ⟨a⟩ requis dans 60 min",
                           k="%.1f" % R.uniform(6.2, 7.4), n=f"{p.first} {p.last}", d=fmt_date(p.dob, "dmy"), a=doc[0])]
    if c == 5:
        return [waitlist_api("INFO", "c.h.w.referral.ReferralController", "Referral ⟨r:other_id⟩ accepted for ⟨n:name⟩ (⟨h:health_plan⟩), priority P⟨pr⟩, DTT ⟨d:date⟩",
                             r=f"RF-2024-{ri(1000, 99999):07d}", n=f"{p.last}, {p.first}", h=hcn_fmt(p, 1), pr=ri(1, 4), d=fmt_date(past(), "iso"))]
    if c == 6:
        # biometric enrollment at a pharmacy kiosk
        fmr = base64.b64encode(b"FMR\x00 20\x00\x00\x00\x01" + bytes(R.getrandbits(8) for _ in range(54))).decode()
        return [lab_router("DEBUG", "c.h.h.identity.BiometricEnrollmentService", "Enrolled fingerprint for client ⟨m:mrn⟩ (⟨n:name⟩) quality=⟨q⟩ template=⟨t:biometric⟩",
                           m=p.mrn, n=f"{p.first[0]}. {p.last}", q=ri(60, 99), t=fmr)]
    if c == 7:
        appt = CLK.t + timedelta(days=ri(1, 20))
        appt = appt.replace(hour=ri(8, 16), minute=ch([0, 15, 30, 45]))
        tpl = "fr" if p.lang == "fr" else "en"
        return [spring("spring_boot", "INFO", "notif-worker-%d" % ri(1, 4), "c.h.notify.sms.SmsDispatcher",
                       "SMS queued: to=⟨t:phone⟩ template=appt_reminder_⟨l⟩ vars={prenom=⟨f:name⟩, date_rdv=⟨d:date⟩, clinique=⟨c⟩}",
                       boot3=True, app="notify", t="+1" + p.cell, l=tpl, f=p.first, d=appt.strftime("%Y-%m-%d %H:%M"), c=ch(CLINICS)[0])]
    if c == 8:
        return [waitlist_api("WARN", "c.h.w.validation.HcnValidator", "HCN checksum failed for '⟨h:health_plan⟩' (surname=⟨l:name⟩); accepting with flag MANUAL_REVIEW",
                             h=p.hcn[:-1] + str((int(p.hcn[-1]) + 3) % 10) if p.prov == "ON" else p.hcn, l=up(p.last))]
    return [lab_router("INFO", "c.h.h.lab.routing.PatientCopyService", "Patient opted in to portal copy: ⟨e:email⟩ (MRN ⟨m:mrn⟩), result released after 72h hold",
                       e=p.email, m=p.mrn)]


# ----------------------------------------------------------------------------
# Kafka consumers (Java client via log4j, librdkafka)


def kafka_bracket(lvl, msg_tpl, cls, **kv):
    d = CLK.tick()
    b = B("kafka_consumer").t(f"[{ts_comma(d)}] {lvl} ")
    fill(b, msg_tpl, **kv)
    b.t(f" ({cls})")
    return b


def rdkafka(level, fac, msg_tpl, **kv):
    d = utc(CLK.tick())
    epoch = (d - datetime(1970, 1, 1)).total_seconds()
    b = B("kafka_consumer").t("%%%d|%.3f|%s|rdkafka#consumer-1| [thrd:%s]: " % (level, epoch, fac, ch(["main", "GroupCoordinator", "kafka-2.hub.internal:9093/2"])))
    return fill(b, msg_tpl, **kv)


GROUPS = [("lab-results-routing", "lab.results.v1"), ("pharmanet-sync", "pnet.dispense.v2"), ("adt-fanout", "adt.events.v3"),
          ("rpm-ingest", "rpm.vitals.v1"), ("wtis-feeder", "waitlist.referrals.v1")]


def g_kafka_noise():
    g, t = ch(GROUPS)
    cid = f"consumer-{g}-{ri(1, 4)}"
    c = cyc("g_kafka_noise", 9)
    if c == 0:
        return [kafka_bracket("INFO", "[Consumer clientId=⟨c⟩, groupId=⟨g⟩] Successfully joined group with generation Generation{generationId=⟨n⟩, memberId='⟨c⟩-⟨u⟩', protocol='range'}",
                              "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator", c=cid, g=g, n=ri(100, 900), u=uid())]
    if c == 1:
        parts = ", ".join(f"{t}-{i}" for i in sorted(R.sample(range(8), 3)))
        return [kafka_bracket("INFO", "[Consumer clientId=⟨c⟩, groupId=⟨g⟩] Adding newly assigned partitions: ⟨p⟩",
                              "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator", c=cid, g=g, p=parts)]
    if c == 2:
        return [kafka_bracket("INFO", "[Consumer clientId=⟨c⟩, groupId=⟨g⟩] Node ⟨n⟩ disconnected.", "org.apache.kafka.clients.NetworkClient", c=cid, g=g, n=ri(1, 3))]
    if c == 3:
        return [rdkafka(4, "MAXPOLL", "Application maximum poll interval (300000ms) exceeded by ⟨n⟩ms (adjust max.poll.interval.ms for long-running message processing): leaving group", n=ri(50, 9000))]
    if c == 4:
        return [rdkafka(7, "FETCH", "kafka-⟨b⟩.hub.internal:9093/⟨b⟩: Fetch topic ⟨t⟩ [⟨p⟩] at offset ⟨o⟩ (v⟨v⟩)", b=ri(1, 3), t=t, p=ri(0, 7), o=ri(10000, 900000), v=ri(2, 9))]
    if c == 5:
        return [kafka_bracket("WARN", "[Consumer clientId=⟨c⟩, groupId=⟨g⟩] Offset commit failed on partition ⟨t⟩-⟨p⟩ at offset ⟨o⟩: The request timed out.",
                              "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator", c=cid, g=g, t=t, p=ri(0, 7), o=ri(10000, 900000))]
    if c == 6:
        return [line("kafka_consumer", "kafka-lag-exporter group=⟨g⟩ topic=⟨t⟩ partition=⟨p⟩ lag=⟨l⟩ ts=⟨ts⟩",
                     g=g, t=t, p=ri(0, 7), l=ri(0, 6000), ts=ts_z(CLK.tick()))]
    if c == 7:
        return [kafka_bracket("INFO", "[Consumer clientId=⟨c⟩, groupId=⟨g⟩] Revoke previously assigned partitions ⟨t⟩-⟨a⟩, ⟨t⟩-⟨b⟩",
                              "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator", c=cid, g=g, t=t, a=ri(0, 3), b=ri(4, 7))]
    return [kafka_bracket("INFO", "[Consumer clientId=⟨c⟩, groupId=⟨g⟩] Resetting offset for partition ⟨t⟩-⟨p⟩ to position FetchPosition{offset=⟨o⟩, offsetEpoch=Optional.empty, currentLeader=LeaderAndEpoch{leader=Optional[kafka-⟨k⟩.hub.internal:9093 (id: ⟨k⟩ rack: null)], epoch=⟨e⟩}}.",
                          "org.apache.kafka.clients.consumer.internals.SubscriptionState", c=cid, g=g, t=t, p=ri(0, 7), o=ri(1000, 90000), k=ri(1, 3), e=ri(10, 50))]


def g_kafka_phi():
    p = person(prov="ON")
    c = cyc("g_kafka_phi", 5)
    if c == 0:
        return [kafka_bracket("ERROR", "Failed to deserialize record topic=adt.events.v3 partition=⟨pt⟩ offset=⟨o⟩ key=⟨pr⟩:⟨h:health_plan⟩ payloadPrefix={\"eventType\":\"A08\",\"hcn\":\"⟨h2:health_plan⟩\",\"lastName\":\"⟨l:name⟩\",\"birthDate\":\"⟨d:date⟩\",\"post",
                              "com.healthhub.adt.AdtEventListener", pt=ri(0, 7), o=ri(100000, 2000000), pr=p.prov, h=p.hcn, h2=p.hcn, l=p.last, d=fmt_date(p.dob, "iso"))]
    if c == 1:
        return [kafka_bracket("WARN", "Sending record to DLT lab.results.v1.DLT key=PHN-⟨h:health_plan⟩ cause=RecipientResolutionException: no active CC for ⟨n:name⟩",
                              "org.springframework.kafka.listener.DeadLetterPublishingRecoverer", h=p.hcn if p.prov != "QC" else p.hcn, n=f"{p.last.upper()}, {p.first}")]
    if c == 2:
        mac = ":".join("%02X" % x for x in [0x00, 0x1A, 0x7D] + [ri(0, 255) for _ in range(3)])
        return [line("kafka_consumer", "rpm-ingest consumed topic=rpm.vitals.v1 p=⟨pt⟩ off=⟨o⟩ deviceMac=⟨m:device⟩ patientRef=Patient/⟨u⟩ sys=⟨s⟩ dia=⟨di⟩ hr=⟨hr⟩ takenAt=⟨t:date⟩",
                     pt=ri(0, 7), o=ri(1000, 90000), m=mac, u=uid(), s=ri(105, 180), di=ri(60, 105), hr=ri(50, 110),
                     t=ts_z(CLK.t - timedelta(minutes=ri(1, 50)), 0).replace(".Z", "Z"))]
    if c == 3:
        return [rdkafka(3, "CONSUME", "pnet-sync: skipping message key=⟨k⟩ (TDU for PHN ⟨h:health_plan⟩, DIN 02242963, filled ⟨d:date⟩): duplicate of txn ⟨x⟩",
                        k=uid(), h=bc_phn(), d=fmt_date(past(), "yymmdd"), x=ri(1000, 9999))]
    return [line("kafka_consumer", "{\"level\":\"warn\",\"ts\":\"⟨ts⟩\",\"logger\":\"wtis-feeder\",\"msg\":\"referral rejected by registry\",\"topic\":\"waitlist.referrals.v1\",\"offset\":⟨o⟩,\"referralId\":\"⟨r:other_id⟩\",\"patientHcn\":\"⟨h:health_plan⟩\",\"reason\":\"DTT date ⟨d:date⟩ precedes referral date\"}",
                 ts=ts_z(CLK.tick()), o=ri(10000, 90000), r=f"RF-2024-{ri(1000, 99999):07d}", h=hcn_fmt(p, 0), d=fmt_date(past(), "iso"))]


# ----------------------------------------------------------------------------
# Azure Functions host log + user logs

FUNCS = ["RouteLabResult", "PharmaNetQuery", "WtisNightlyExtract", "OhipRaImport", "CrmContactSync", "SendAppointmentReminders"]


def azf(lvl, tpl, **kv):
    d = CLK.tick()
    b = B("azure_functions").t(f"{ts_z(d)} [{lvl}] ")
    return fill(b, tpl, **kv)


def g_azf_noise():
    f = ch(FUNCS)
    i = uid()
    c = cyc("g_azf_noise", 7)
    if c == 0:
        return [azf("Information", "Executing 'Functions.⟨f⟩' (Reason='New ServiceBus message detected on 'lab-results'.', Id=⟨i⟩)", f=f, i=i),
                azf("Information", "Trigger Details: MessageId: ⟨m⟩, SequenceNumber: ⟨s⟩, DeliveryCount: 1, EnqueuedTimeUtc: ⟨e⟩, LockedUntilUtc: ⟨l⟩, SessionId: (null)",
                    m=hexs(32), s=ri(10000, 99999), e=ts_z(CLK.t, 7), l=ts_z(CLK.t + timedelta(minutes=1), 7)),
                azf("Information", "Executed 'Functions.⟨f⟩' (Succeeded, Id=⟨i⟩, Duration=⟨d⟩ms)", f=f, i=i, d=ri(20, 900))]
    if c == 1:
        return [azf("Information", "Executing 'Functions.⟨f⟩' (Reason='Timer fired at ⟨t⟩', Id=⟨i⟩)", f="WtisNightlyExtract", t=ts_z(CLK.t, 7).replace("Z", "+00:00"), i=i),
                azf("Information", "Executed 'Functions.⟨f⟩' (Failed, Id=⟨i⟩, Duration=⟨d⟩ms)", f="WtisNightlyExtract", i=i, d=ri(1000, 30000))]
    if c == 2:
        return [azf("Information", "Host lock lease acquired by instance ID '⟨i⟩'.", i=hexs(32))]
    if c == 3:
        return [azf("Information", "Host Status: {\"id\": \"hh-func-prod-cc\", \"state\": \"Running\", \"version\": \"4.1036.1.23224\", \"versionDetails\": \"4.1036.1+3a85af0b5b8e9a1a3b2e4a6f0c1d2e3f4a5b6c7d\", \"platformVersion\": \"\", \"instanceId\": \"⟨i⟩\", \"computerName\": \"\", \"processUptime\": ⟨u⟩}",
                    i=hexs(64), u=ri(10000, 9999999))]
    if c == 4:
        return [azf("Warning", "Function 'Functions.⟨f⟩' invocation ⟨i⟩: ServiceBus lock lost for message ⟨m⟩, it will be redelivered (DeliveryCount=⟨n⟩)", f=f, i=i, m=hexs(32), n=ri(2, 9))]
    if c == 5:
        return [azf("Information", "OhipRaImport: parsed ⟨f⟩ (⟨r⟩ records, ⟨c⟩ claims, total paid $⟨a⟩) group=⟨g⟩ payment date ⟨d⟩",
                    f=f"P{ch('ABCDEFGHIJKL')}{ch(['AU73', '0K22', 'BB19'])}.{ri(100, 999)}", r=ri(300, 3000), c=ri(100, 900),
                    a=f"{ri(10, 99)},{ri(100, 999)}.{ri(10, 99)}", g=ch(["AU73", "0K22"]), d="2024-11-15")]
    return [azf("Error", "SendAppointmentReminders: Azure Communication Services returned 429 TooManyRequests; backing off ⟨s⟩s (correlationId=⟨c⟩)", s=ri(2, 30), c=uid())]


def g_azf_phi():
    p = person()
    c = cyc("g_azf_phi", 6)
    i = uid()
    if c == 0:
        return [azf("Information", "Executing 'Functions.RouteLabResult' (Reason='New ServiceBus message detected on 'lab-results'.', Id=⟨i⟩)", i=i),
                azf("Information", "Parsed ORU^R01 for HCN ⟨h:health_plan⟩⟨v⟩, ⟨n⟩ OBX, collected ⟨c:date⟩; CC list resolved to ⟨k⟩ provider(s)",
                    h=hcn_fmt(p, 1), v=(" " + p.ver) if p.ver else "", n=ri(1, 24), c=(CLK.t - timedelta(hours=ri(3, 40))).strftime("%Y-%m-%dT%H:%M"), k=ri(1, 3)),
                azf("Information", "Executed 'Functions.RouteLabResult' (Succeeded, Id=⟨i⟩, Duration=⟨d⟩ms)", i=i, d=ri(40, 700))]
    if c == 1:
        bad = p.postal[:6] + str((int(p.postal[6]) + 1) % 10)
        return [azf("Warning", "CrmContactSync: postal code mismatch for contact ⟨n:name⟩: registry=⟨a:zip⟩ crm=⟨b:zip⟩ — keeping registry value",
                    n=f"{p.first} {p.last}", a=p.postal, b=bad.replace(" ", ""))]
    if c == 2:
        q = person(prov="BC")
        return [azf("Error", "PharmaNetQuery: TRP failed for PHN ⟨h:health_plan⟩ (DOB ⟨d:date⟩): ZCB response code 'PN', text='PATIENT NOT FOUND / VERIFY PHN'",
                    h=hcn_fmt(q, 1), d=fmt_date(q.dob, "ymd_slash"))]
    if c == 3:
        return [azf("Information", "SendAppointmentReminders: sent ⟨l⟩ reminder to ⟨t:phone⟩ for appointment ⟨d:date⟩ (patient ⟨n:name⟩)",
                    l=p.lang.upper(), t=fmt_phone(p.cell, 4), d=(CLK.t + timedelta(days=ri(1, 9))).replace(hour=ri(8, 16), minute=ch([0, 10, 20, 30, 40, 50])).strftime("%Y-%m-%d %H:%M"), n=up(p.last))]
    if c == 4:
        return [azf("Error", "OhipRaImport: claim ⟨c:other_id⟩ accounting# ⟨a:account⟩ has no matching submission (patient ⟨n:name⟩, service date ⟨d:date⟩)",
                    c="%011d" % ri(10 ** 9, 10 ** 10), a=f"{ch('ABCDEFG')}{ri(1000000, 9999999)}", n=f"{up(p.last)} {up(p.first)[:5]}",
                    d=fmt_date(past(), "hl7"))]
    return [azf("Information", "CrmContactSync: upserted contact ⟨u⟩ (⟨n:name⟩, ⟨e:email⟩, ⟨ph:phone⟩) from registry change event",
                u=uid(), n=f"{p.last}, {p.first}", e=p.email, ph=fmt_phone(p.phone))]


# ----------------------------------------------------------------------------
# App Service IIS W3C logs

UAS = ["Mozilla/5.0+(iPhone;+CPU+iPhone+OS+17_6+like+Mac+OS+X)+AppleWebKit/605.1.15+(KHTML,+like+Gecko)+Version/17.6+Mobile/15E148+Safari/604.1",
       "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/130.0.0.0+Safari/537.36+Edg/130.0.0.0",
       "Mozilla/5.0+(Linux;+Android+14;+Pixel+7)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/130.0.6723.102+Mobile+Safari/537.36",
       "Mozilla/5.0+(Macintosh;+Intel+Mac+OS+X+10_15_7)+AppleWebKit/605.1.15+(KHTML,+like+Gecko)+Version/18.0+Safari/605.1.15"]


def w3c(site, method, stem, query, ip, ip_cat, user="-", user_cat=None, ua=None, status=200, host="portal.healthhub-on.example"):
    d = utc(CLK.tick())
    b = B("appservice_w3c").t(f"{d:%Y-%m-%d %H:%M:%S} {site} {method} {stem} ")
    if isinstance(query, list):
        for part in query:
            if isinstance(part, tuple):
                b.p(*part)
            else:
                b.t(part)
    else:
        b.t(query)
    b.t(" 443 ")
    if user_cat:
        b.p(user, user_cat)
    else:
        b.t(user)
    b.t(" ")
    if ip_cat:
        b.p(ip, ip_cat)
    else:
        b.t(ip)
    b.t(f" {ua or ch(UAS)} ARRAffinity={hexs(64)} - {host} {status} 0 0 {ri(300, 40000)} {ri(400, 2500)} {ri(4, 900)}")
    return b


def g_w3c_noise():
    c = cyc("g_w3c_noise", 6)
    if c == 0:
        return [B("appservice_w3c").t("#Software: Microsoft Internet Information Services 10.0"),
                B("appservice_w3c").t("#Fields: date time s-sitename cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Cookie) cs(Referer) cs-host sc-status sc-substatus sc-win32-status sc-bytes cs-bytes time-taken")]
    if c == 1:
        return [w3c("HH-PORTAL-PROD", "GET", "/", "-", "::1", None, ua="AlwaysOn", host="hh-portal-prod.azurewebsites.net")]
    if c == 2:
        return [w3c("HH-PORTAL-PROD", "GET", "/api/health/ready", "-", "169.254.130.%d" % ri(1, 9), None, ua="ReadyForRequest/1.0+(HealthCheck)", host="hh-portal-prod.azurewebsites.net")]
    if c == 3:
        return [w3c("HH-FHIR-GW", "GET", "/fhir/metadata", "-", "10.42.%d.%d" % (ri(0, 20), ri(2, 250)), None, ua="HAPI-FHIR/6.10.0+(FHIR+Client;+FHIR+4.0.1/R4;+apache)", host="fhir.healthhub-on.example")]
    if c == 4:
        return [w3c("HH-PORTAL-PROD", "GET", "/static/js/main.%s.js" % hexs(8), "-", pub_ip(), None, status=304)]
    return [w3c("HH-FHIR-GW", "POST", "/fhir/Bundle", "_format=json", "10.42.%d.%d" % (ri(0, 20), ri(2, 250)), None, ua="Mirth+Connect/4.4.1", status=ch([200, 201, 422]), host="fhir.healthhub-on.example")]


def g_w3c_phi():
    p = person()
    ip = pub_ip() if R.random() < 0.85 else pub_ip6()
    c = cyc("g_w3c_phi", 5)
    if c == 0:
        return [w3c("HH-PORTAL-PROD", "POST", "/portal/api/appointments/%d/confirm" % ri(100000, 999999), "lang=" + p.lang, ip, "ip", user=p.email, user_cat="email")]
    if c == 1:
        return [w3c("HH-PORTAL-PROD", "GET", "/portal/account/verify",
                    ["hcn=", (p.hcn, "health_plan"), "&dob=", (fmt_date(p.dob, "iso"), "date"), "&postal=", (p.postal.replace(" ", "+"), "zip")], ip, "ip", status=ch([200, 401]))]
    if c == 2:
        usr = (ascii_fold(p.first)[0] + ascii_fold(p.last).replace(" ", "").replace("'", "")).lower() + str(ri(1, 99))
        return [w3c("HH-PORTAL-PROD", "GET", "/portal/api/results", "page=1&size=20", ip, "ip", user=usr, user_cat="other_id")]
    if c == 3:
        return [w3c("HH-PORTAL-PROD", "POST", "/portal/api/payments/uninsured", ["ref=INV-", str(ri(10000, 99999))], ip, "ip", status=402)]
    return [w3c("HH-FHIR-GW", "GET", "/fhir/Patient",
                ["identifier=https%3A%2F%2Ffhir.infoway-inforoute.ca%2FNamingSystem%2Fca-on-patient-hcn%7C", (on_hcn(), "health_plan"), "&_format=json"],
                "10.42.%d.%d" % (ri(0, 20), ri(2, 250)), None, ua="Oscar-EMR/19.12+(FHIR+client)", host="fhir.healthhub-on.example")]


# ----------------------------------------------------------------------------
# .NET console logger + Serilog CLEF


def dn(lvl, cat, evt, tpl, **kv):
    CLK.tick()
    first = B("dotnet_console").t(f"{lvl}: {cat}[{evt}]")
    second = B("dotnet_console").t("      ")
    fill(second, tpl, **kv)
    return [first, second]


def clef(lvl, mt, props, extra=None):
    """props: list of (key, value, cat or None, is_string)"""
    d = CLK.tick()
    b = B("serilog_clef").t('{"@t":"' + ts_z(d, 7) + '","@mt":"' + mt + '"')
    if lvl != "Information":
        b.t(',"@l":"' + lvl + '"')
    for k, v, cat, isstr in props:
        b.t(',"' + k + '":')
        if isstr:
            b.t('"')
        if cat:
            b.p(v, cat)
        else:
            b.t(v)
        if isstr:
            b.t('"')
    if extra:
        b.t(extra)
    b.t("}")
    return b


def g_dotnet_noise():
    c = cyc("g_dotnet_noise", 9)
    if c == 0:
        return dn("info", "Microsoft.Hosting.Lifetime", 14, "Now listening on: http://[::]:8080")
    if c == 1:
        return dn("info", "Microsoft.Hosting.Lifetime", 0, "Application started. Press Ctrl+C to shut down.") + \
            dn("info", "Microsoft.Hosting.Lifetime", 0, "Hosting environment: Production") + \
            dn("info", "Microsoft.Hosting.Lifetime", 0, "Content root path: /home/site/wwwroot")
    if c == 2:
        return dn("warn", "Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository", 60,
                  "Storing keys in a directory '/root/.aspnet/DataProtection-Keys' that may not be persisted outside of the container. Protected data will be unavailable when container is destroyed.")
    if c == 3:
        return [clef("Information", "Claim batch {BatchId} submitted to MCEDT: {ClaimCount} claims, {Amount:C}",
                     [("BatchId", f"HG{ch(['AU73', '0K22'])}.{ri(100, 999)}", None, True), ("ClaimCount", str(ri(40, 400)), None, False),
                      ("Amount", "%.2f" % R.uniform(1500, 40000), None, False), ("SourceContext", "HealthHub.Claims.McedtUploader", None, True),
                      ("MachineName", "hh-claims-%s" % hexs(5), None, True)])]
    if c == 4:
        return [clef("Warning", "MCEDT download of {FileName} failed with {StatusCode}, retry {Attempt}",
                     [("FileName", f"P{ch('ABCDEFGHIJKL')}AU73.{ri(100, 999)}", None, True), ("StatusCode", "EEDT0054E", None, True),
                      ("Attempt", str(ri(1, 4)), None, False), ("SourceContext", "HealthHub.Claims.McedtDownloader", None, True)])]
    if c == 5:
        return dn("info", "Microsoft.EntityFrameworkCore.Database.Command", 20101,
                  "Executed DbCommand (⟨t⟩ms) [Parameters=[], CommandType='Text', CommandTimeout='30'] SELECT COUNT(*) FROM [wl].[Referral] WHERE [Status] = N'WAITING'", t=ri(2, 80))
    if c == 6:
        return [clef("Information", "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms",
                     [("RequestMethod", "GET", None, True), ("RequestPath", ch(["/health", "/api/referrals/stats", "/swagger/v1/swagger.json"]), None, True),
                      ("StatusCode", str(ch([200, 200, 304])), None, False), ("Elapsed", "%.4f" % R.uniform(0.5, 90), None, False),
                      ("TraceId", hexs(32), None, True), ("SpanId", hexs(16), None, True), ("SourceContext", "Serilog.AspNetCore.RequestLoggingMiddleware", None, True)])]
    if c == 7:
        return dn("fail", "HealthHub.Referrals.WaitlistService", 1004, "Wait-time recompute aborted: registry snapshot ⟨s⟩ is stale (age ⟨a⟩ min)", s=hexs(12), a=ri(61, 400))
    return dn("info", "HealthHub.Claims.RaReconciler", 2001, "Reconciled RA ⟨f⟩: ⟨m⟩ matched, ⟨u⟩ unmatched, ⟨a⟩ adjustments (explanatory codes: 30, 35, 55)",
              f=f"P{ch('ABCDEFGHIJKL')}AU73.{ri(100, 999)}", m=ri(100, 900), u=ri(0, 9), a=ri(0, 30))


def g_dotnet_phi():
    p = person()
    c = cyc("g_dotnet_phi", 7)
    if c == 6:
        return [clef("Information", "Form 8 received for worker {WorkerName} (SIN {Sin}), claim {ClaimNumber}, date of accident {AccidentDate}",
                     [("WorkerName", f"{p.first} {p.last}", "name", True), ("Sin", (lambda x: f"{x[:3]}-{x[3:6]}-{x[6:]}")(sin()), "ssn", True),
                      ("ClaimNumber", "%08d" % ri(20000000, 39999999), "other_id", True), ("AccidentDate", fmt_date(past(90), "iso"), "date", True),
                      ("SourceContext", "HealthHub.Claims.WsibFormIntake", None, True)])]
    if c == 0:
        return dn("fail", "HealthHub.Referrals.WaitlistService", 1003, "Could not compute wait time for referral ⟨r:other_id⟩ (patient ⟨n:name⟩, DOB ⟨d:date⟩): missing decision-to-treat date",
                  r=f"RF-2024-{ri(1000, 99999):07d}", n=f"{p.last}, {p.first}", d=fmt_date(p.dob, "iso"))
    if c == 1:
        return dn("info", "Microsoft.EntityFrameworkCore.Database.Command", 20101,
                  "Executed DbCommand (⟨t⟩ms) [Parameters=[@__hcn_0='⟨h:health_plan⟩' (Size = 12), @__dob_1='⟨d:date⟩' (DbType = Date)], CommandType='Text', CommandTimeout='30'] SELECT TOP(1) [p].[Id], [p].[Surname] FROM [wl].[Patient] AS [p] WHERE [p].[HealthCardNumber] = @__hcn_0 AND [p].[BirthDate] = @__dob_1",
                  t=ri(1, 40), h=p.hcn, d=p.dob.strftime("%Y-%m-%dT00:00:00.0000000"))
    if c == 2:
        return [clef("Warning", "Rejected claim {AccountingNumber} for {PatientName}: {Reason}",
                     [("AccountingNumber", f"{ch('ABCDEFGH')}{ri(1000000, 9999999)}", "account", True), ("PatientName", f"{up(p.last)}, {up(p.first)}", "name", True),
                      ("Reason", "EH1 Health number not on MOH file / version code invalid", None, True), ("SourceContext", "HealthHub.Claims.ErrorReportParser", None, True)])]
    if c == 3:
        return [clef("Information", "Referral {ReferralId} accepted for {PatientHcn} at {Facility}",
                     [("ReferralId", f"RF-2024-{ri(1000, 99999):07d}", "other_id", True), ("PatientHcn", hcn_fmt(p, 0), "health_plan", True),
                      ("Facility", ch(["ORTH-QCH", "ORTH-TOH", "CARD-UOHI", "OPH-HSN"]), None, True), ("SourceContext", "HealthHub.Referrals.Api.ReferralsController", None, True),
                      ("RequestId", f"0HN{hexs(9).upper()}:0000000{ri(1, 9)}", None, True)])]
    if c == 4:
        return dn("warn", "HealthHub.Claims.RmbValidator", 3102, "Out-of-province claim for ⟨n:name⟩ (⟨pr⟩ reg# ⟨r:health_plan⟩, born ⟨d:date⟩): province code not eligible for RMB, routed to manual review",
                  n=f"{p.first} {p.last}", pr=ch(["AB", "MB", "NS", "SK", "NB"]), r="%09d" % ri(100000000, 999999999), d=fmt_date(p.dob, "mon_abbr"))
    old = person(old=True)
    return [clef("Information", "Home care referral {CaseNumber} created for {ClientName}, age {Age}, lives alone: {LivesAlone}",
                 [("CaseNumber", f"HCC-{ri(10, 99)}-{ri(100000, 999999)}", "other_id", True), ("ClientName", f"{old.first} {old.last}", "name", True),
                  ("Age", str(old.age), "age", False), ("LivesAlone", "true", None, False), ("SourceContext", "HealthHub.HomeCare.ReferralIntake", None, True)])]


# ----------------------------------------------------------------------------
# HL7 v2 segments (one per physical line, as the engine's message dump stores them)


def seg(b, name, fields, n):
    b.t(name)
    for i in range(1, n + 1):
        b.t("|")
        for it in fields.get(i, []):
            if isinstance(it, tuple):
                b.p(*it)
            else:
                b.t(it)
    return b


def msh(sendapp, sendfac, mtype, ctrl, ver="2.5.1"):
    d = CLK.tick()
    return B("hl7v2").t(f"MSH|^~\\&|{sendapp}|{sendfac}|HUB|ONHUB|{ts_hl7(d)}-0500||{mtype}|{ctrl}|P|{ver}|||AL|NE|CAN|UNICODE UTF-8")


def pid_line(p, fac, full=True):
    b = B("hl7v2")
    upper = R.random() < 0.6
    ln = up(p.last) if upper else p.last
    fn = up(p.first) if upper else p.first
    if p.prov == "ON":
        aa = [(p.hcn, "health_plan"), f"^{p.ver}^^ON^JHN" if p.ver else "^^^ON^JHN"]
    elif p.prov == "BC":
        aa = [(p.hcn, "health_plan"), "^^^BC^JHN"]
    else:
        aa = [(p.hcn, "health_plan"), "^^^RAMQ^JHN"]
    f = {1: ["1"], 3: [(p.mrn, "mrn"), f"^^^{fac}^MR~"] + aa,
         5: [(ln, "name"), "^", (fn, "name")] + (["^", ((up(p.middle) if upper else p.middle), "name")] if p.middle else []) + ["^^^^L"],
         7: [(fmt_date(p.dob, "hl7"), "date")], 8: [p.sex]}
    if full:
        addr = [(p.street, "address"), "^"]
        if p.unit:
            addr.append((p.unit, "address"))
        addr += ["^", (p.city, "address"), f"^{p.prov}^", (p.postal, "zip"), "^CAN^H"]
        f[11] = addr
        tel = [(fmt_phone(p.phone, ch([0, 8, 1])), "phone"), "^PRN^PH"]
        if R.random() < 0.5:
            tel += ["~^PRN^CP^^1^", (p.cell[:3] + "^" + p.cell[3:], "phone")]
        if R.random() < 0.4:
            tel += ["~^NET^Internet^", (p.email, "email")]
        f[13] = tel
        f[15] = ["fra^French^ISO639" if p.lang == "fr" else "eng^English^ISO639"]
        f[18] = [(p.acct, "account"), f"^^^{fac}^AN"]
    seg(b, "PID", f, 18 if full else 8)
    return b


def g_hl7_adt():
    p = person()
    fac = ch(["OTTH", "UHN", "HSN", "CHUM", "VGH", "TBRHSC", "KHSC"])
    ctrl = f"ADT{CLK.t:%y%m%d}{ri(0, 999999):06d}"
    ev = ch(["A04", "A08", "A01", "A03"])
    doc = ch(STAFF)
    out = [line("mirth", "INFO  ⟨ts⟩ [ADT Inbound < LLP Listener Thread on 0.0.0.0:6661 (1)] com.mirth.connect.connectors.tcp.TcpReceiver: Message received from ⟨ip⟩:⟨pt⟩ (⟨n⟩ bytes), dumping segments:",
               ts=ts_comma(CLK.tick()), ip="10.60.%d.%d" % (ri(0, 9), ri(2, 250)), pt=ri(40000, 60000), n=ri(900, 2400))]
    out.append(msh(f"{fac}-PAS", fac, f"ADT^{ev}^ADT_A01", ctrl, "2.5"))
    out.append(B("hl7v2").t(f"EVN|{ev}|{ts_hl7(CLK.t)}|||{ri(1000, 9999)}^{up(ch(STAFF)[0])}^{up(ch(STAFF)[1])}"))
    out.append(pid_line(p, fac))
    if R.random() < 0.6:
        k = person(prov=p.prov)
        k.last = p.last if R.random() < 0.5 else k.last
        rel = ch([("DAU", "Daughter"), ("SON", "Son"), ("SPO", "Spouse"), ("MTH", "Mother"), ("FRD", "Friend"), ("GRD", "Guardian")])
        b = B("hl7v2")
        seg(b, "NK1", {1: ["1"], 2: [(up(k.last), "name"), "^", (up(k.first), "name")], 3: [f"{rel[0]}^{rel[1]}^HL70063"],
                       5: [(fmt_phone(k.phone, ch([0, 1, 2])), "phone")], 7: ["EC^Emergency Contact^HL70131"]}, 7)
        out.append(b)
    adm = CLK.t - timedelta(hours=ri(0, 72), minutes=ri(0, 59))
    b = B("hl7v2")
    seg(b, "PV1", {1: ["1"], 2: [ch(["E", "I", "O"])], 3: [f"{ch(['ED', '4W', '7E', 'CLIN-DIAB', 'DIAL'])}^{ri(1, 40):02d}^{ch('ABCD')}^{fac}"],
                   7: [f"{ri(10000, 99999)}^{up(doc[0])}^{up(doc[1])}^^^Dr.^^^CPSO"], 10: [ch(["MED", "SUR", "EMR", "NEP"])],
                   19: [(f"{ch(['V', 'E', ''])}{ri(10000000, 99999999)}", "other_id"), f"^^^{fac}^VN"], 44: [(ts_hl7(adm), "date")]}, 44)
    out.append(b)
    if R.random() < 0.5:
        b = B("hl7v2")
        plan = {"ON": "OHIP^Ontario Health Insurance Plan", "BC": "MSP^BC Medical Services Plan", "QC": "RAMQ^Régie de l'assurance maladie du Québec"}[p.prov]
        seg(b, "IN1", {1: ["1"], 2: [plan], 3: [f"{p.prov}-MOH"], 16: [(up(p.last), "name"), "^", (up(p.first), "name")], 17: ["SEL^Self^HL70063"],
                       18: [(fmt_date(p.dob, "hl7"), "date")], 36: [(p.hcn, "health_plan")]}, 36)
        out.append(b)
        if R.random() < 0.4:
            b = B("hl7v2")
            ins = ch(["SUNLIFE^Sun Life Financial", "MANULIFE^Manulife", "GSC^Green Shield Canada", "BCR^Pacific Blue Cross", "CANASSURANCE^Croix Bleue Medavie"])
            seg(b, "IN1", {1: ["2"], 2: [ins], 8: [f"{ri(10000, 99999)}"], 16: [(up(p.last), "name"), "^", (up(p.first), "name")],
                           36: [(f"{ri(100000000, 999999999)}{ch(['', '-01', '-02'])}", "health_plan")]}, 36)
            out.append(b)
    return out


def g_hl7_oru():
    p = person()
    lab = ch(LABS)
    doc = ch(STAFF)
    ctrl = f"{lab[:2]}{CLK.t:%y%m%d}{ri(0, 99999):05d}"
    out = [msh(lab, f"{lab}-ON" if p.prov == "ON" else lab, "ORU^R01^ORU_R01", ctrl)]
    out.append(pid_line(p, lab, full=R.random() < 0.3))
    coll = CLK.t - timedelta(hours=ri(2, 50), minutes=ri(0, 59))
    placer = f"{ri(100000, 999999)}^EMR"
    filler = f"{lab[0]}{ri(24, 24)}-{ri(300, 330)}-{ri(10000, 99999)}^{lab}"
    out.append(B("hl7v2").t(f"ORC|RE|{placer}|{filler}||CM"))
    tests = R.sample(TESTS, ri(1, 4))
    b = B("hl7v2")
    seg(b, "OBR", {1: ["1"], 2: [placer], 3: [filler], 4: [f"{tests[0][0]}^{tests[0][1]}^LN"],
                   7: [(ts_hl7(coll) + "-0500", "date")], 16: [f"{ri(10000, 99999)}^{up(doc[0])}^{up(doc[1])}"], 25: ["F"]}, 25)
    out.append(b)
    for i, (code, nm, unit, rng, fn) in enumerate(tests, 1):
        v = fn()
        flag = ch(["N", "N", "H", "L", "HH", ""])
        b = B("hl7v2").t(f"OBX|{i}|NM|{code}^{nm}^LN||{v}|{unit}|{rng}|{flag}|||F")
        if R.random() < 0.25:
            b.t("|||").p(ts_hl7(coll + timedelta(minutes=ri(30, 300))), "date")
        out.append(b)
    if R.random() < 0.5:
        out.append(B("hl7v2").t("NTE|1|L|" + ch(["Specimen hemolyzed / Échantillon hémolysé", "Result verified by repeat analysis.",
                                                 "Nouvelle plage de référence en vigueur au 2024-10-01.", "Critical value phoned to ordering provider's office.",
                                                 "eGFR calculated using CKD-EPI 2021 (race-free)."])))
    return out


def g_hl7_err():
    p = person()
    d = CLK.tick()
    b = B("mirth").t(f"ERROR {ts_comma(d)} [ADT Outbound JavaScript Transformer Thread] transformer: Failed to parse message 'MSH|^~\\&|REG|{ch(['OTTH', 'HSN'])}|HUB|ONHUB|{ts_hl7(d)}||ADT^A08|{ri(10 ** 8, 10 ** 9)}|P|2.3\\rEVN|A08|{ts_hl7(d)}\\rPID|1||")
    b.p(p.mrn, "mrn").t("^^^MR||").p(up(p.last), "name").t("^").p(up(p.first), "name").t("||").p(fmt_date(p.dob, "hl7"), "date").t(f"|{p.sex}|||")
    b.p(p.street, "address").t("^^").p(p.city, "address").t(f"^{p.prov}^").p(p.postal.replace(" ", ""), "zip").t("\\rPV1|1|O|||||||||||||||||||||||||||||||||||||||||||||2024111?' : DataTypeException: Invalid date/time format at PV1-44")
    return [b]


# ----------------------------------------------------------------------------
# Mirth Connect server log (noise + PHI in transformer logs)


def mirth(lvl, thread, cls, tpl, **kv):
    b = B("mirth").t(f"{lvl:<5} {ts_comma(CLK.tick())} [{thread}] {cls}: ")
    return fill(b, tpl, **kv)


def g_mirth_noise():
    c = cyc("g_mirth_noise", 6)
    if c == 0:
        return [mirth("INFO", "Main Server Thread", "com.mirth.connect.server.Mirth", "Mirth Connect 4.4.1 (Built on October 12, 2023) server successfully started.")]
    if c == 1:
        return [mirth("INFO", "Deploy Thread", "com.mirth.connect.donkey.server.channel.Channel", "Channel ⟨c⟩ (⟨u⟩) deployed in ⟨t⟩ ms", c=ch(["LAB-IN ORU", "ADT-IN", "PNET-GW", "WTIS-OUT", "HRM-OUT"]), u=uid(), t=ri(80, 900))]
    if c == 2:
        return [mirth("INFO", "LAB-IN ORU < LLP Listener Thread on 0.0.0.0:6662", "com.mirth.connect.connectors.tcp.TcpReceiver", "Connection from ⟨ip⟩:⟨p⟩ closed by peer", ip="10.60.%d.%d" % (ri(0, 9), ri(2, 250)), p=ri(40000, 60000))]
    if c == 3:
        return [mirth("WARN", "HRM-OUT Queue Thread", "com.mirth.connect.connectors.ws.WebServiceDispatcher", "Queue size ⟨q⟩ exceeds threshold 500 for destination 'HRM SOAP' (oldest message ⟨a⟩ s)", q=ri(501, 2000), a=ri(60, 1800))]
    if c == 4:
        return [mirth("INFO", "pool-3-thread-1", "com.mirth.connect.server.controllers.DefaultMessagePrunerController", "Pruner completed: ⟨n⟩ messages pruned from ⟨c⟩ channels in ⟨s⟩s", n=ri(1000, 90000), c=ri(5, 20), s=ri(10, 300))]
    return [mirth("ERROR", "PNET-GW Dispatcher", "com.mirth.connect.connectors.tcp.TcpDispatcher", "Error connecting to PharmaNet gateway pnet-gw.hlth.gov.bc.example:5555: Connection timed out (attempt ⟨a⟩)", a=ri(1, 5))]


def g_mirth_phi():
    p = person()
    c = cyc("g_mirth_phi", 3)
    if c == 0:
        return [mirth("ERROR", "ADT-IN JavaScript Filter Thread", "filter", "No EMPI match for PID-3 ⟨m:mrn⟩ (⟨n:name⟩; DOB ⟨d:date⟩) — message ⟨i⟩ queued for manual reconciliation",
                      m=p.mrn, n=f"{up(p.last)}, {up(p.first)}", d=fmt_date(p.dob, "hl7"), i=ri(10000, 999999))]
    if c == 1:
        return [mirth("WARN", "LAB-IN ORU JavaScript Transformer Thread", "transformer", "Version code mismatch for HCN ⟨h:health_plan⟩: message=⟨a⟩ registry=⟨b⟩ (⟨n:name⟩)",
                      h=person(prov="ON").hcn, a=ch(["AB", "GH", "XK"]), b=ch(["AC", "GJ", "XL"]), n=f"{p.first} {p.last}")]
    return g_hl7_err()


# ----------------------------------------------------------------------------
# FHIR: HAPI access log + JSON resources

NS = {"ON": "https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn",
      "BC": "https://fhir.infoway-inforoute.ca/NamingSystem/ca-bc-patient-healthcare-id",
      "QC": "https://fhir.infoway-inforoute.ca/NamingSystem/ca-qc-patient-healthcare-id"}


def hapi(tpl, **kv):
    b = B("fhir_hapi").t(f"{ts_sp2(CLK.tick())} [http-nio-8080-exec-{ri(1, 20)}] INFO  fhirtest.access [LoggingInterceptor.java:175] ")
    return fill(b, tpl, **kv)


def g_fhir_noise():
    c = cyc("g_fhir_noise", 4)
    if c == 0:
        return [hapi("Path[/fhir] Source[] Operation[metadata] UA[HAPI-FHIR/6.10.0 (FHIR Client; FHIR 4.0.1/R4; apache)] Params[] ResponseEncoding[JSON] Time[⟨t⟩ms]", t=ri(3, 40))]
    if c == 1:
        return [hapi("Path[/fhir] Source[] Operation[read Practitioner/⟨i⟩] UA[Oscar-EMR/19.12] Params[] ResponseEncoding[JSON] Time[⟨t⟩ms]", i=ri(1000, 9999), t=ri(3, 40))]
    if c == 2:
        return [line("fhir_json", "⟨ts⟩ DEBUG [fhir-client] c.h.h.fhir.OutcomeLogger - {\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\"processing\",\"diagnostics\":\"HAPI-0389: Failed to call access method: java.lang.IllegalArgumentException: HAPI-1906: Resource Patient/⟨i⟩ is not known\"}]}",
                     ts=ts_sp2(CLK.tick()), i=ri(100000, 999999))]
    return [line("fhir_json", "⟨ts⟩ DEBUG [fhir-client] c.h.h.fhir.OutcomeLogger - {\"resourceType\":\"Bundle\",\"type\":\"transaction-response\",\"entry\":[{\"response\":{\"status\":\"201 Created\",\"location\":\"Observation/⟨a⟩/_history/1\",\"etag\":\"W/\\\"1\\\"\"}},{\"response\":{\"status\":\"200 OK\",\"location\":\"DiagnosticReport/⟨b⟩/_history/⟨v⟩\"}}]}",
                 ts=ts_sp2(CLK.tick()), a=uid(), b=uid(), v=ri(2, 5))]


def fhir_patient_json(p, photo=False):
    b = B("fhir_json").t(f"{ts_sp2(CLK.tick())} DEBUG [fhir-client] c.h.h.fhir.PatientSyncClient - PUT Patient/{uid()} body=")
    b.t('{"resourceType":"Patient","meta":{"profile":["http://fhir.infoway-inforoute.ca/StructureDefinition/profile-patient"]},"identifier":[{"system":"' + NS[p.prov] + '","value":"')
    b.p(p.hcn, "health_plan").t('"')
    if p.ver:
        b.t(',"extension":[{"url":"http://ehealthontario.ca/fhir/StructureDefinition/ext-health-card-version-code","valueString":"' + p.ver + '"}]')
    b.t('},{"type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0203","code":"MR"}]},"system":"urn:oid:2.16.840.1.113883.3.239.18.' + str(ri(100, 200)) + '","value":"')
    b.p(p.mrn, "mrn").t('"}],"name":[{"use":"official","family":"').p(p.last, "name").t('","given":["').p(p.first, "name").t('"')
    if p.middle:
        b.t(',"').p(p.middle, "name").t('"')
    b.t(']}],"telecom":[{"system":"phone","value":"').p(fmt_phone(p.phone, ch([3, 1, 6])), "phone").t('","use":"home"}')
    if R.random() < 0.6:
        b.t(',{"system":"email","value":"').p(p.email, "email").t('"}')
    b.t('],"gender":"' + ("female" if p.sex == "F" else "male") + '","birthDate":"').p(fmt_date(p.dob, "iso"), "date").t('","address":[{"line":["')
    b.p(p.street, "address").t('"')
    if p.unit:
        b.t(',"').p(p.unit, "address").t('"')
    b.t('],"city":"').p(p.city, "address").t('","state":"' + p.prov + '","postalCode":"').p(p.postal, "zip").t('","country":"CA"}]')
    if photo:
        raw = bytes(R.getrandbits(8) for _ in range(96))
        data = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U" + base64.b64encode(raw).decode()
        b.t(',"photo":[{"contentType":"image/jpeg","data":"').p(data, "photo").t('"}]')
    b.t(',"communication":[{"language":{"coding":[{"system":"urn:ietf:bcp:47","code":"' + ("fr-CA" if p.lang == "fr" else "en-CA") + '"}]},"preferred":true}]}')
    return b


def g_fhir_phi():
    p = person()
    c = cyc("g_fhir_phi", 6)
    if c == 0:
        enc = NS[p.prov].replace(":", "%3A").replace("/", "%2F")
        return [hapi("Path[/fhir] Source[] Operation[search-type Patient] UA[HAPI-FHIR/6.10.0 (FHIR Client; FHIR 4.0.1/R4; apache)] Params[?identifier=⟨s⟩%7C⟨h:health_plan⟩&_revinclude=Coverage:beneficiary] ResponseEncoding[JSON] Time[⟨t⟩ms]",
                     s=enc, h=p.hcn, t=ri(8, 300))]
    if c == 1:
        return [hapi("Path[/fhir] Source[] Operation[search-type Patient] UA[Oscar-EMR/19.12] Params[?family=⟨l:name⟩&given=⟨f:name⟩&birthdate=⟨d:date⟩] ResponseEncoding[JSON] Time[⟨t⟩ms]",
                     l=ascii_fold(p.last).replace(" ", "%20"), f=ascii_fold(p.first).replace(" ", "%20"), d=fmt_date(p.dob, "iso"), t=ri(8, 300))]
    if c == 2:
        return [fhir_patient_json(p, photo=False)]
    if c == 3:
        b = B("fhir_json").t(f"{ts_sp2(CLK.tick())} DEBUG [fhir-client] c.h.h.fhir.CoverageSync - POST Coverage body=")
        payor = {"ON": "Ontario Ministry of Health", "BC": "BC Ministry of Health - MSP", "QC": "Régie de l'assurance maladie du Québec"}[p.prov]
        exp = date(ri(2025, 2029), ri(1, 12), 1) - timedelta(days=1) if p.prov != "QC" else date(ri(2025, 2032), ri(1, 12), 28)
        b.t('{"resourceType":"Coverage","status":"active","type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"PUBLICPOL"}]},"subscriberId":"')
        b.p(p.hcn, "health_plan").t('","beneficiary":{"reference":"Patient/' + uid() + '","display":"').p(f"{p.first} {p.last}", "name")
        b.t('"},"period":{"end":"').p(fmt_date(exp, "iso"), "date").t('"},"payor":[{"display":"' + payor + '"}]}')
        return [b]
    if c == 4:
        t = ch(TESTS)
        eff = CLK.t - timedelta(hours=ri(2, 40))
        b = B("fhir_json").t(f"{ts_sp2(CLK.tick())} INFO  [lab-router] c.h.h.fhir.ObservationPublisher - published ")
        b.t('{"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"' + t[0] + '","display":"' + t[1] + '"}]},"subject":{"identifier":{"system":"' + NS[p.prov] + '","value":"')
        b.p(p.hcn, "health_plan").t('"},"display":"').p(f"{up(p.last)}, {p.first}", "name").t('"},"effectiveDateTime":"').p(eff.strftime("%Y-%m-%dT%H:%M:00-05:00"), "date")
        b.t('","valueQuantity":{"value":' + str(t[4]()) + ',"unit":"' + t[2] + '"}}')
        return [b]
    return [fhir_patient_json(p, photo=True)]


# ----------------------------------------------------------------------------
# OHIP claims (MRI, fixed width 79) and remittance advice


def fw(b, val, width, cat=None, right=False, pad=" "):
    val = str(val)[:width].rstrip() if cat else str(val)[:width]
    if right:
        b.t(pad * (width - len(val)))
        if cat:
            b.p(val, cat)
        else:
            b.t(val)
    else:
        if cat and val.strip():
            b.p(val, cat)
        else:
            b.t(val)
        b.t(pad * (width - len(val)))
    return b


def finish79(b, fam):
    pad = 79 - len(b.text())
    assert pad >= 0, (b.text(), len(b.text()))
    b.t(" " * pad)
    return b


SVC = [("A007A", "003775", "401 "), ("A001A", "002360", "250 "), ("K013A", "006575", "300 "), ("A003A", "008720", "796 "),
       ("G590A", "000550", "428 "), ("E080A", "000500", "917 "), ("A261A", "002945", "311 "), ("G538A", "000478", "250 ")]


def claim_records(p, rmb=False):
    out = []
    b = B("ohip_claim").t("HEH")
    if rmb:
        fw(b, "", 10)
        fw(b, "", 2)
    else:
        fw(b, p.hcn, 10, "health_plan")
        fw(b, p.ver, 2)
    fw(b, fmt_date(p.dob, "hl7"), 8, "date")
    fw(b, f"{ch('ABCDEFGHJ')}{ri(1000000, 9999999)}", 8, "account")
    fw(b, "RMB" if rmb else "HCP", 3)
    fw(b, "P", 1)
    fw(b, "%06d" % ri(10000, 999999) if R.random() < 0.5 else "", 6)
    fw(b, "", 4)
    inpt = R.random() < 0.2
    sd = past(150)
    fw(b, fmt_date(sd - timedelta(days=ri(0, 6)), "hl7") if inpt else "", 8, "date" if inpt else None)
    fw(b, "", 4)
    fw(b, " ", 1)
    fw(b, "HOP " if inpt else "", 4)
    out.append(finish79(b, "ohip_claim"))
    if rmb:
        b = B("ohip_claim").t("HER")
        fw(b, "%09d" % ri(100000000, 999999999), 12, "health_plan")
        fw(b, up(p.last).replace(" ", "").replace("'", "").replace("-", ""), 9, "name")
        fw(b, up(p.first).replace(" ", "").replace("-", ""), 5, "name")
        fw(b, "2" if p.sex == "F" else "1", 1)
        fw(b, ch(["AB", "MB", "NS", "SK", "NB", "NL", "PE"]), 2)
        out.append(finish79(b, "ohip_claim"))
    for _ in range(ri(1, 2)):
        code, fee, dx = ch(SVC)
        b = B("ohip_claim").t("HET")
        fw(b, code, 5)
        fw(b, "", 2)
        fw(b, fee, 6)
        fw(b, "01", 2)
        fw(b, fmt_date(sd, "hl7"), 8, "date")
        fw(b, dx, 4)
        out.append(finish79(b, "ohip_claim"))
    return out


def g_ohip_claim():
    out = [line("ohip_claim", "==> /var/hub/ohip/outbound/HG⟨g⟩.⟨n⟩ <==", g=ch(["AU73", "0K22"]), n=ri(100, 999))]
    b = B("ohip_claim").t("HEBV03" + ch("DEGJNP"))
    fw(b, CLK.t.strftime("%Y%m%d") + "%04d" % ri(1, 40), 12)
    fw(b, "000000", 6)
    fw(b, ch(["AU73", "0K22", "0000"]), 4)
    fw(b, "%06d" % ri(10000, 999999), 6)
    fw(b, ch(["00", "01", "33", "26"]), 2)
    out.append(finish79(b, "ohip_claim"))
    nheh = nher = nhet = 0
    for _ in range(ri(2, 3)):
        rmb = R.random() < 0.2
        recs = claim_records(person(prov="ON"), rmb=rmb)
        nheh += 1
        nher += 1 if rmb else 0
        nhet += sum(1 for r in recs if r.text().startswith("HET"))
        out += recs
    b = B("ohip_claim").t("HEE")
    fw(b, "%04d" % nheh, 4)
    fw(b, "%04d" % nher, 4)
    fw(b, "%05d" % nhet, 5)
    out.append(finish79(b, "ohip_claim"))
    return out


def g_ohip_ra():
    out = [line("ohip_ra", "==> /var/hub/ohip/inbound/P⟨m⟩⟨g⟩.⟨n⟩ <==", m=ch("KL"), g=ch(["AU73", "0K22"]), n=ri(100, 999))]
    b = B("ohip_ra").t("HR1V030")
    fw(b, ch(["AU73", "0K22"]), 4)
    fw(b, "%06d" % ri(10000, 999999), 6)
    fw(b, "20241115", 8)
    payee = ri(0, 2)
    fw(b, ["CLINIQUE MEDICALE VANIER", "RIVERSIDE FAMILY HEALTH TEAM", "DR K WIEBE MEDICINE PROF CORP"][payee], 30)
    fw(b, "%09d" % ri(100000, 9999999), 9)
    fw(b, " ", 1)
    fw(b, "%08d" % ri(10000000, 99999999), 8)
    out.append(finish79(b, "ohip_ra"))
    if payee < 2 and R.random() < 0.7:
        cl = CLINICS[payee]
        b = B("ohip_ra").t("HR2")
        fw(b, up(cl[0]), 25)
        fw(b, ["235 MONTREAL RD", "1967 RIVERSIDE DR"][payee], 25)
        out.append(finish79(b, "ohip_ra"))
        b = B("ohip_ra").t("HR3")
        fw(b, "OTTAWA ON", 25)
        fw(b, cl[1].replace(" ", ""), 6)
        out.append(finish79(b, "ohip_ra"))
    for _ in range(ri(1, 3)):
        p = person(prov="ON")
        cn = "%011d" % ri(10 ** 9, 10 ** 10)
        b = B("ohip_ra").t("HR4")
        fw(b, cn, 11, "other_id")
        fw(b, "1", 1)
        fw(b, "%06d" % ri(10000, 999999), 6)
        fw(b, ch(["00", "33"]), 2)
        fw(b, f"{ch('ABCDEFGHJ')}{ri(1000000, 9999999)}", 8, "account")
        fw(b, up(p.last).replace("'", ""), 14, "name")
        fw(b, up(p.first).replace(" ", ""), 5, "name")
        fw(b, "ON", 2)
        fw(b, p.hcn, 12, "health_plan")
        fw(b, p.ver, 2)
        fw(b, "HCP", 3)
        fw(b, "", 4)
        fw(b, ch(["AU73", "0K22"]), 4)
        out.append(finish79(b, "ohip_ra"))
        for _ in range(ri(1, 2)):
            code, fee, dx = ch(SVC)
            paid = fee if R.random() < 0.8 else "%06d" % (int(fee) * 85 // 100)
            b = B("ohip_ra").t("HR5")
            fw(b, cn, 11, "other_id")
            fw(b, "1", 1)
            fw(b, fmt_date(past(), "hl7"), 8, "date")
            fw(b, "01", 2)
            fw(b, code, 5)
            fw(b, " ", 1)
            fw(b, fee, 6)
            fw(b, paid, 6)
            fw(b, " ", 1)
            fw(b, "" if paid == fee else ch(["30", "35", "55", "I2"]), 2)
            out.append(finish79(b, "ohip_ra"))
    b = B("ohip_ra").t("HR7")
    fw(b, ch(["10", "20", "30"]), 2)
    fw(b, ch(["C", " "]), 1)
    fw(b, "20241115", 8)
    fw(b, "%08d" % ri(1000, 500000), 8)
    fw(b, ch([" ", "-"]), 1)
    fw(b, ch(["ADVANCE RECOVERY", "RECOVERY OF OVERPAYMENT", "INTEREST"]), 50)
    out.append(finish79(b, "ohip_ra"))
    b = B("ohip_ra").t("HR8")
    fw(b, ch(["EFFECTIVE DECEMBER 1, 2024 FEE CODE K013 REQUIRES DIAGNOSTIC CODE.",
              "PLEASE CONTACT THE SERVICE SUPPORT CONTACT CENTRE AT 1-800-262-6524.",
              "MOH CLAIMS SUBMITTED AFTER 6 MONTHS FROM SERVICE DATE WILL BE REJECTED."]), 70)
    out.append(finish79(b, "ohip_ra"))
    return out


# ----------------------------------------------------------------------------
# PharmaNet-like gateway


def pnet_log(lvl, tpl, **kv):
    b = B("pharmanet").t(f"{ts_comma(CLK.tick())} {lvl:<5} [pnet-gw-{ri(1, 8)}] ca.hub.pnet.TxnLogger - ")
    return fill(b, tpl, **kv)


PHARM = [("BC00000A01", "Pharmasave #212"), ("BC00000K17", "London Drugs #08"), ("BC00000P44", "Shoppers Drug Mart #2291"), ("BC00000T05", "Save-On-Foods Pharmacy #921")]
DRUGS = [("02242963", "ATORVASTATIN 20MG TAB"), ("02229110", "METFORMIN 500MG TAB"), ("02387913", "APIXABAN 5MG TAB"), ("02246713", "RAMIPRIL 5MG CAP"),
         ("02247113", "HYDROMORPHONE 2MG TAB"), ("02255324", "SALBUTAMOL 100MCG INH"), ("02417049", "SEMAGLUTIDE 1MG/DOSE PEN")]


def g_pnet_noise():
    c = cyc("g_pnet_noise", 4)
    ph = ch(PHARM)
    if c == 0:
        return [pnet_log("INFO", "TXN ⟨t⟩ TAC (daily totals) from ⟨p⟩ (⟨n⟩) -> ZPZ accepted, ⟨c⟩ claims, ⟨ms⟩ ms", t=ri(1000, 9999), p=ph[0], n=ph[1], c=ri(20, 300), ms=ri(20, 300))]
    if c == 1:
        return [pnet_log("WARN", "Session pool exhausted for site ⟨p⟩ (max=16), request waited ⟨w⟩ ms", p=ph[0], w=ri(100, 9000))]
    if c == 2:
        t = ri(1000, 9999)
        return [B("pharmanet").t(f"MSH|^~\\&|{up(ph[1].split()[0])}|{ph[0]}|PNP|PP|{CLK.tick():%Y/%m/%d %H:%M:%S}|RPH{ri(10000, 99999)}:10.4.{ri(0, 9)}.{ri(2, 250)}|ZPN|{t}|P|2.1||"),
                B("pharmanet").t(f"ZZZ|TAC||{t}|P1|{hexs(10).upper()}|||"),
                B("pharmanet").t(f"ZCA|{ri(1, 999999):06d}|70|00|AR|04|"),
                B("pharmanet").t(f"ZCB|{ph[0]}|{CLK.t:%y%m%d}|{t}")]
    return [pnet_log("INFO", "Heartbeat OK to pnet-gw.hlth.gov.bc.example:5555 rtt=⟨r⟩ms version=ZPN-2.1.4", r=ri(3, 60))]


def g_pnet_phi():
    p = person(prov="BC")
    ph = ch(PHARM)
    t = ri(1000, 9999)
    c = cyc("g_pnet_phi", 3)
    if c == 0:
        out = [B("pharmanet").t(f"MSH|^~\\&|{up(ph[1].split()[0])}|{ph[0]}|PNP|PP|{CLK.tick():%Y/%m/%d %H:%M:%S}|RPH{ri(10000, 99999)}:10.4.{ri(0, 9)}.{ri(2, 250)}|ZPN|{t}|P|2.1||"),
               B("pharmanet").t(f"ZZZ|TRP||{t}|P1|{hexs(10).upper()}|||"),
               B("pharmanet").t(f"ZCA|{ri(1, 999999):06d}|70|00|AR|04|"),
               B("pharmanet").t(f"ZCB|{ph[0]}|{CLK.t:%y%m%d}|{t}"),
               B("pharmanet").t("ZCC||||||||||").p("000" + p.hcn, "health_plan").t("|")]
        b = B("pharmanet").t("ZPA|").p(up(p.last), "name").t("|").p(up(p.first), "name").t("|").p(fmt_date(p.dob, "hl7"), "date").t(f"|{p.sex}|")
        b.p(up(p.street.replace(",", "")), "address").t("|").p(up(p.city), "address").t("|BC|").p(p.postal.replace(" ", ""), "zip").t("|").p(p.phone, "phone").t("|")
        out.append(b)
        for _ in range(ri(1, 3)):
            din, dn_ = ch(DRUGS)
            b = B("pharmanet").t(f"ZPB3|{din}|{dn_}|").p(fmt_date(past(), "hl7"), "date")
            b.t(f"|{ri(7, 90)}|{ri(7, 90)}|P{ri(10000, 99999)}|{ri(100000, 999999)}|{ch(PHARM)[0]}|")
            out.append(b)
        return out
    if c == 1:
        return [pnet_log("INFO", "TXN ⟨t⟩ TRP from ⟨s⟩ (⟨n⟩) user=RPH:⟨u⟩ PHN=⟨h:health_plan⟩ -> ZPB ⟨k⟩ rx, ⟨ms⟩ ms",
                         t=t, s=ph[0], n=ph[1], u=ri(10000, 99999), h=p.hcn, k=ri(0, 14), ms=ri(30, 400))]
    din, dn_ = ch(DRUGS)
    return [pnet_log("WARN", "TXN ⟨t⟩ TDU rejected for PHN ⟨h:health_plan⟩ (⟨n:name⟩, DOB ⟨d:date⟩): DUR 'DUPLICATE THERAPY' DIN ⟨din⟩ ⟨dn⟩; last fill ⟨lf:date⟩ at ⟨o⟩",
                     t=t, h=hcn_fmt(p, 1), n=f"{up(p.last)},{up(p.first)}", d=fmt_date(p.dob, "iso"), din=din, dn=dn_,
                     lf=fmt_date(past(), "ymd_slash"), o=ch(PHARM)[1])]


# ----------------------------------------------------------------------------
# wait-list registry extracts

WL_HDR = "referral_id,hcn,hcn_ver,surname,given_name,dob,sex,postal_cd,procedure_cd,priority,dtt_date,surgery_date,facility,surgeon_cpso,status"
CRDS_HDR = "no_demande;nam;nom;prenom;date_naissance;code_postal;specialite;priorite;date_demande;date_rdv;etablissement"


def g_waitlist():
    out = []
    if R.random() < 0.5:
        out.append(B("waitlist_csv").t(WL_HDR))
        for _ in range(ri(2, 4)):
            p = person(prov="ON")
            b = B("waitlist_csv")
            b.p(f"RF-2024-{ri(1000, 99999):07d}", "other_id").t(",").p(p.hcn, "health_plan").t("," + p.ver + ",")
            b.p(up(p.last), "name").t(",").p(p.first, "name").t(",").p(fmt_date(p.dob, "iso"), "date").t(f",{p.sex},").p(p.postal, "zip").t(",")
            b.t(ch(["CT-HIPREP", "CT-KNEEREP", "OPH-CATARACT", "MRI-SPINE", "CARD-PCI"]) + f",P{ri(1, 4)},")
            b.p(fmt_date(past(), "iso"), "date").t(",")
            if R.random() < 0.4:
                b.p(fmt_date(date(2024, 12, ri(1, 20)), "iso"), "date")
            b.t(f",{ch(['ORTH-QCH', 'ORTH-TOH', 'OPH-HSN', 'CARD-UOHI'])},{ri(10000, 99999):06d},{ch(['WAITING', 'SCHEDULED', 'WAITING'])}")
            out.append(b)
    else:
        out.append(B("waitlist_csv").t(CRDS_HDR))
        for _ in range(ri(2, 4)):
            p = person(prov="QC")
            b = B("waitlist_csv")
            b.p(f"{ri(2024, 2024)}-{ri(100000, 999999)}", "other_id").t(";").p(hcn_fmt(p, ch([0, 1])), "health_plan").t(";")
            b.p(up(p.last), "name").t(";").p(p.first, "name").t(";").p(fmt_date(p.dob, "iso"), "date").t(";").p(p.postal, "zip").t(";")
            b.t(ch(["Cardiologie", "Gastro-entérologie", "Ophtalmologie", "Orthopédie", "Dermatologie"]) + ";" + ch("ABCDE") + ";")
            b.p(fmt_date(past(), "iso"), "date").t(";")
            if R.random() < 0.5:
                b.p(fmt_date(date(2024, 12, ri(1, 20)), "iso") + " " + ch(["08:30", "10:15", "13:45"]), "date")
            b.t(";" + ch(["CHUM", "CIUSSS-CSMTL Hôpital Notre-Dame", "CHU de Québec - HEJ", "CIUSSS Estrie - CHUS"]))
            out.append(b)
    return out


def g_waitlist_noise():
    c = cyc("g_waitlist_noise", 3)
    if c == 0:
        return [line("waitlist_csv", "wtis-extract: ⟨n⟩ rows written to /exports/wtis/WTIS_⟨d⟩_0600.csv (sha256=⟨h⟩, ⟨s⟩ KiB)",
                     n=ri(800, 1400), d=CLK.tick().strftime("%Y%m%d"), h=hexs(64), s=ri(100, 500))]
    if c == 1:
        return [line("waitlist_csv", "crds-import: fichier CRDS_⟨d⟩.csv reçu, ⟨n⟩ demandes, ⟨r⟩ rejetées (format de NAM invalide), durée ⟨s⟩ s",
                     d=CLK.tick().strftime("%Y%m%d"), n=ri(100, 900), r=ri(0, 9), s=ri(2, 40))]
    return [B("waitlist_csv").t(WL_HDR)]


# ----------------------------------------------------------------------------
# Dynamics-365-like CRM


def crm_json(fields):
    """fields: list of (key, value, cat or None) ; value None -> null"""
    b = B("crm_dataverse").t(f"{ts_z(CLK.tick())} crm-sync GET /api/data/v9.2/contacts ")
    b.t('{"@odata.etag":"W/\\"' + str(ri(1000000, 9999999)) + '\\""')
    for k, v, cat in fields:
        b.t(',"' + k + '":')
        if v is None:
            b.t("null")
        elif isinstance(v, (int, float, bool)):
            b.t(json.dumps(v))
        else:
            b.t('"')
            if cat:
                b.p(v, cat)
            else:
                b.t(v)
            b.t('"')
    b.t("}")
    return b


def g_crm_contact():
    p = person()
    f = [("contactid", uid(), None), ("firstname", p.first, "name"), ("lastname", p.last, "name"),
         ("birthdate", fmt_date(p.dob, "iso"), "date"), ("address1_line1", p.street, "address")]
    if p.unit:
        f.append(("address1_line2", p.unit, "address"))
    f += [("address1_city", p.city, "address"), ("address1_stateorprovince", p.prov, None), ("address1_postalcode", p.postal, "zip"),
          ("telephone1", fmt_phone(p.phone), "phone"), ("mobilephone", fmt_phone(p.cell) if R.random() < 0.6 else None, "phone"),
          ("emailaddress1", p.email, "email"), ("hh_healthcardnumber", hcn_fmt(p), "health_plan"), ("hh_hcnversion", p.ver or None, None),
          ("hh_preferredlanguage", 100000001 if p.lang == "fr" else 100000000, None), ("statecode", 0, None),
          ("modifiedon", ts_z(CLK.t, 0).replace(".Z", "Z"), None)]
    return [crm_json(f)]


NOTES_EN = [
    "Called pt re: missed colonoscopy appt on ⟨d:date⟩. Spoke w/ husband ⟨k:name⟩ at ⟨kp:phone⟩. Will rebook. -KL",
    "Client requested French correspondence. New address: ⟨a:address⟩, ⟨c:address⟩ ⟨pr⟩ ⟨z:zip⟩. Card ⟨h:health_plan⟩ expired, new version code issued at ServiceOntario.",
    "Daughter ⟨k:name⟩ (⟨ke:email⟩) is POA for personal care. Pt is ⟨age:age⟩ and hard of hearing — call daughter first.",
    "ID verified with ON driver's licence ⟨dl:license⟩ before releasing results to ⟨n:name⟩.",
    "⟨t⟩ ⟨l:name⟩ reports the CGM (Dexcom G7, SN ⟨sn:device⟩) stopped syncing on ⟨d:date⟩; replacement sensor shipped.",
    "Dialysis parking pass issued to ⟨n:name⟩ for plate ⟨pl:vehicle⟩ (VIN ⟨vin:vehicle⟩), valid until Mar 31.",
    "Pt asked that results be faxed to the home fax ⟨fx:fax⟩ instead of mailed. Consent on file.",
    "⟨n:name⟩ is fundraising for travel to treatment: ⟨u:url⟩ — SW to follow up re: Northern Health Travel Grant.",
    "WSIB claim ⟨w:other_id⟩ linked; SIN ⟨s:ssn⟩ provided by client for ODSP application.",
    "Insulin pump (Medtronic 780G, serial ⟨sn:device⟩) alarm history reviewed with ⟨n:name⟩ on the phone ⟨p:phone⟩.",
]
NOTES_FR = [
    "Patiente de ⟨age:age⟩ ans, vit seule au ⟨a:address⟩, ⟨c:address⟩. Sa fille (⟨k:name⟩) demande un suivi à domicile. Tél. : ⟨kp:phone⟩.",
    "Appel de ⟨n:name⟩ : rendez-vous en cardiologie déplacé au ⟨d:date⟩ à 10 h 30. Confirmation envoyée à ⟨e:email⟩.",
    "⟨tf⟩ ⟨l:name⟩ a perdu sa carte d'assurance maladie (NAM ⟨h:health_plan⟩). Référée à la RAMQ pour remplacement.",
    "Le fils de l'usager, ⟨k:name⟩, a appelé du ⟨kp:phone⟩ pour signaler une chute le ⟨d:date⟩.",
    "Vérification d'identité faite avec le permis de conduire ⟨dl:license⟩ (Québec).",
]


def g_crm_note():
    idx = cyc("g_crm_note", len(NOTES_EN) + len(NOTES_FR))
    fr = idx >= len(NOTES_EN)
    tpl = NOTES_FR[idx - len(NOTES_EN)] if fr else NOTES_EN[idx]
    prov = "QC" if fr else "ON"
    p = person(prov=prov, old=("⟨age" in tpl), sex=("F" if "⟨age" in tpl else None))
    ksex = "F" if ("fille" in tpl or "Daughter" in tpl) else ("M" if ("husband" in tpl or "fils" in tpl) else None)
    k = person(prov=p.prov, sex=ksex)
    k.last = p.last if R.random() < 0.5 else k.last
    dd = (CLK.t.date() + timedelta(days=ri(2, 40))) if "déplacé" in tpl else past(60)
    dl = up(p.last)[0] + "%04d-%05d-%05d" % (ri(0, 9999), ri(0, 99999), ri(0, 99999))
    if "Québec" in tpl:
        dl = up(p.last)[0] + "%04d-%06d-%02d" % (ri(0, 9999), ri(0, 999999), ri(0, 99))
    vin = ch(["1HGCM", "2HGFC", "5YJ3E", "2T1BU", "3VWD1", "1FTFW"]) + "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(12))
    plate = ch(["%s%s%s%s %03d" % (ch("ABCDEFGHJKLMNPRSTVWXYZ"), ch("ABCDEFGHJKLMNPRSTVWXYZ"), ch("ABCDEFGHJKLMNPRSTVWXYZ"), ch("ABCDEFGHJKLMNPRSTVWXYZ"), ri(0, 999)),
                "%03d %s%s%s" % (ri(100, 999), ch("ABCDEFGHJKLMNP"), ch("ABCDEFGHJKLMNP"), ch("ABCDEFGHJKLMNP"))])
    slug = ascii_fold(f"help-{p.first}-{p.last}").lower().replace(" ", "-").replace("'", "")
    sn = ch(["8G" + "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(4)), "NG%07dH" % ri(1000000, 9999999)])
    fa = ascii_fold(k.first).lower().replace(" ", "")
    vals = dict(d=fmt_date(dd, ch(["mon_abbr", "long_en", "mdy", "iso"])) if not fr else fmt_date(dd, ch(["long_fr", "dmy", "iso"])),
                k=ch([f"{k.first} {k.last}", f"{k.last}, {k.first}", f"{k.first[0]}. {k.last}"]), kp=fmt_phone(k.phone),
                ke=f"{fa}.{ascii_fold(k.last).lower().replace(' ', '')}@{ch(EMAIL_DOM)}",
                a=p.street + (", " + p.unit if p.unit else ""), c=p.city, pr=p.prov, z=p.postal, h=hcn_fmt(p),
                age=str(p.age), dl=dl, n=ch([f"{p.first} {p.last}", f"{p.last}, {p.first}", p.first]), l=p.last, sn=sn,
                pl=plate, vin=vin, fx=fmt_phone(mk_phone(["705", "807", "613"])), u=f"https://www.gofundme.com/f/{slug}",
                w="%08d" % ri(10000000, 39999999), s=ch(["%s %s %s", "%s-%s-%s", "%s%s%s"]) % ((lambda x: (x[:3], x[3:6], x[6:]))(sin())),
                e=p.email, p=fmt_phone(p.cell), t="Mr." if p.sex == "M" else "Ms.", tf="M." if p.sex == "M" else "Mme")
    b = B("crm_dataverse").t(f"{ts_z(CLK.tick())} crm-sync POST /api/data/v9.2/annotations ")
    b.t('{"subject":"' + ch(["Suivi téléphonique", "Note au dossier", "Appel entrant"] if fr else ["Phone follow-up", "Case note", "Inbound call"]) + '","notetext":"')
    fill(b, tpl, **vals)
    b.t('","objecttypecode":"' + ch(["contact", "incident"]) + '","objectid_contact@odata.bind":"/contacts(' + uid() + ')","isdocument":false}')
    return [b]


def g_crm_case():
    p = person()
    b = B("crm_dataverse").t(f"{ts_z(CLK.tick())} crm-sync PATCH /api/data/v9.2/incidents({uid()}) ")
    b.t('{"ticketnumber":"').p(f"CAS-{ri(10000, 99999)}-{''.join(ch('BCDFGHJKLMNPQRSTVWXZ0123456789') for _ in range(6))}", "other_id")
    b.t('","title":"' + ch(["Plainte - temps d\'attente", "Wait-list status inquiry", "Lab result not received", "Demande de copie du dossier"]) + '",')
    b.t('"hh_clientname":"').p(f"{p.last}, {p.first}", "name").t('","hh_clientdob":"').p(fmt_date(p.dob, ch(["iso", "dmy", "mdy"])), "date")
    b.t('","prioritycode":' + str(ch([1, 2, 3])) + ',"caseorigincode":' + str(ch([1, 2, 3, 2483])) + ',"statuscode":' + str(ch([1, 2, 5])) + "}")
    return [b]


def g_crm_noise():
    c = cyc("g_crm_noise", 5)
    if c == 0:
        return [line("crm_plugin_trace", "[⟨ts⟩] Plugin: HealthHub.Crm.Plugins.ContactPreUpdate | Message: Update | Stage: 20 | Depth: ⟨d⟩ | Correlation Id: ⟨c⟩ | Execution: ⟨e⟩ ms",
                     ts=ts_z(CLK.tick()), d=ri(1, 3), c=uid(), e=ri(2, 400))]
    if c == 1:
        return [line("crm_plugin_trace", "[⟨ts⟩] Microsoft.Xrm.Sdk.InvalidPluginExecutionException: Duplicate detection rule 'Contact - same HCN' blocked the operation (rule id ⟨u⟩)",
                     ts=ts_z(CLK.tick()), u=uid())]
    if c == 2:
        return [line("crm_dataverse", "⟨ts⟩ crm-sync GET /api/data/v9.2/contacts?$select=contactid,modifiedon&$filter=modifiedon gt ⟨m⟩&$top=5000 -> 200 (⟨n⟩ rows, ⟨t⟩ ms, x-ms-ratelimit-burst-remaining-xrm-requests=⟨r⟩)",
                     ts=ts_z(CLK.tick()), m=ts_z(CLK.t - timedelta(minutes=15), 0).replace(".Z", "Z"), n=ri(0, 900), t=ri(100, 3000), r=ri(1000, 5999))]
    if c == 3:
        return [line("crm_dataverse", "⟨ts⟩ crm-sync 429 Too Many Requests from https://hh-prod.crm3.dynamics.com, Retry-After: ⟨s⟩ (x-ms-service-request-id: ⟨u⟩)",
                     ts=ts_z(CLK.tick()), s=ri(1, 60), u=uid())]
    st = ch(STAFF)
    return [line("crm_dataverse", "⟨ts⟩ crm-sync GET /api/data/v9.2/systemusers(⟨u⟩) {\"fullname\":\"⟨f⟩ ⟨l⟩\",\"internalemailaddress\":\"⟨e⟩@healthhub-on.example\",\"address1_telephone1\":\"⟨t⟩\",\"title\":\"Care Coordinator\"}",
                 ts=ts_z(CLK.tick()), u=uid(), f=st[1], l=st[0], e=ascii_fold(st[1][0] + st[0]).lower(), t="613-555-01%02d" % ri(0, 99))]


# ----------------------------------------------------------------------------
# notifications (bilingual SMS / e-mail)


def g_notify_phi():
    p = person()
    cl = ch(CLINICS)
    appt = (CLK.t + timedelta(days=ri(1, 14))).replace(hour=ri(8, 16), minute=ch([0, 15, 30, 45]))
    d = CLK.tick()
    b = B("notification").t('{"time":"' + ts_z(d) + '","level":"Information","category":"Acs.Sms","messageId":"' + uid() + '","to":"')
    b.p("+1" + p.cell, "phone").t('","from":"+1' + cl[2] + '","body":"')
    if p.lang == "fr":
        when = f"{JOURS[appt.weekday()]} {appt.day} {MOIS[appt.month - 1]} à {appt.hour} h {appt.minute:02d}"
        b.t("Bonjour ").p(p.first, "name").t(", rappel de votre rendez-vous le ").p(when, "date")
        b.t(f" ({cl[0]}). Pour annuler : 1-866-555-01{ri(10, 99)}. Répondez OUI pour confirmer.")
    else:
        when = appt.strftime("%a %b ") + str(appt.day) + " at " + appt.strftime("%I:%M %p").lstrip("0")
        b.t("Hi ").p(p.first, "name").t(f", reminder: your appointment at {cl[0]} is on ").p(when, "date")
        b.t(f". Reply C to confirm or call {fmt_phone(cl[2], 1)}.")
    b.t('","segments":' + str(ri(1, 3)) + "}")
    return [b]


def g_notify_email():
    p = person()
    d = CLK.tick()
    tpl = ch(["lab_result_ready", "waitlist_update", "portal_invite"]) + ("_fr" if p.lang == "fr" else "_en")
    return [line("notification", "⟨ts⟩ INFO  [mail-worker-⟨w⟩] SendGridClient - processed email to=⟨e:email⟩ template=⟨t⟩ sg_message_id=⟨m⟩ subject=\"⟨s⟩\"",
                 ts=ts_sp2(d), w=ri(1, 4), e=p.email, t=tpl, m=hexs(22) + ".filter" + str(ri(1000, 9999)),
                 s=("Votre résultat est disponible" if p.lang == "fr" else "Your result is ready"))]


def g_notify_noise():
    c = cyc("g_notify_noise", 3)
    d = CLK.tick()
    if c == 0:
        ph = mk_phone(["613", "514", "416"])
        return [B("notification").t('{"time":"' + ts_z(d) + '","level":"Information","category":"Acs.Sms.DeliveryReport","messageId":"' + uid() + '","to":"+1' + ph[:3] + "*****" + ph[-2:] + '","deliveryStatus":"' + ch(["Delivered", "Delivered", "Failed"]) + '","deliveryStatusDetails":"' + ch(["No error.", "Carrier rejected message", "No error."]) + '"}')]
    if c == 1:
        return [B("notification").t('{"time":"' + ts_z(d) + '","level":"Warning","category":"Acs.Sms","message":"Opt-out keyword ARRET/STOP received; recipient suppressed","recipientHash":"sha256:' + hexs(64) + '"}')]
    return [line("notification", "⟨ts⟩ INFO  [mail-worker-⟨w⟩] SendGridClient - batch ⟨b⟩ done: ⟨n⟩ sent, ⟨x⟩ bounced, ⟨s⟩ suppressed", ts=ts_sp2(d), w=ri(1, 4), b=hexs(8), n=ri(10, 900), x=ri(0, 12), s=ri(0, 5))]


# ----------------------------------------------------------------------------
# PostgreSQL, audit stream, lab routing table


def pg(lvl, tpl, pid=None, user="hubapp", db="hub", **kv):
    b = B("postgres").t(f"{ts_sp2(CLK.tick())} EST [{pid or ri(1000, 60000)}] {user}@{db} {lvl}:  ")
    return fill(b, tpl, **kv)


def g_pg_noise():
    c = cyc("g_pg_noise", 4)
    if c == 0:
        return [B("postgres").t(f"{ts_sp2(CLK.tick())} EST [{ri(20, 90)}] LOG:  checkpoint complete: wrote {ri(1000, 9000)} buffers ({R.uniform(0.5, 4):.1f}%); 0 WAL file(s) added, 0 removed, {ri(1, 6)} recycled; write=269.{ri(100, 999)} s, sync=0.0{ri(10, 99)} s, total=269.{ri(100, 999)} s; sync files={ri(40, 200)}, longest=0.00{ri(1, 9)} s, average=0.001 s; distance={ri(10000, 90000)} kB, estimate={ri(10000, 90000)} kB")]
    if c == 1:
        return [B("postgres").t(f"{ts_sp2(CLK.tick())} EST [{ri(20000, 60000)}] LOG:  automatic vacuum of table \"hub.public.lab_result\": index scans: 1, pages: 0 removed, {ri(10000, 90000)} remain, tuples: {ri(100, 9000)} removed, {ri(100000, 999999)} remain")]
    if c == 2:
        pid = ri(1000, 60000)
        return [pg("ERROR", "canceling statement due to statement timeout", pid=pid),
                pg("STATEMENT", "SELECT r.id, r.accession_no FROM lab_result r JOIN routing_subscription s ON s.provider_id = r.ordering_provider WHERE r.status = 'PENDING' ORDER BY r.received_at LIMIT 500", pid=pid)]
    return [pg("FATAL", "password authentication failed for user \"svc_reporting\"", user="svc_reporting", db="hub")]


def g_pg_phi():
    p = person()
    pid = ri(1000, 60000)
    if R.random() < 0.5:
        return [pg("ERROR", "duplicate key value violates unique constraint \"uq_patient_identifier\"", pid=pid),
                pg("DETAIL", "Key (id_system, id_value)=(⟨s⟩, ⟨h:health_plan⟩) already exists.", pid=pid, s={"ON": "ON-HCN", "BC": "BC-PHN", "QC": "QC-RAMQ"}[p.prov], h=p.hcn),
                pg("STATEMENT", "INSERT INTO patient_identifier (patient_id, id_system, id_value) VALUES ($1, $2, $3)", pid=pid)]
    return [pg("LOG", "duration: ⟨d⟩ ms  execute <unnamed>: SELECT id FROM patient WHERE lower(last_name) = lower($1) AND birth_date = $2", pid=pid, d="%.3f" % R.uniform(1000, 5000)),
            pg("DETAIL", "parameters: $1 = '⟨l:name⟩', $2 = '⟨d:date⟩'", pid=pid, l=p.last, d=fmt_date(p.dob, "iso"))]


def g_audit():
    p = person()
    st = ch(STAFF)
    b = B("audit_json").t('{"ts":"' + ts_z(CLK.tick()) + '","actor":{"upn":"' + ascii_fold(st[1][0] + st[0]).lower() + "@" + ch(["toh.on.example", "hsnsudbury.example", "ciussscentresud.example"]))
    b.t('","role":"' + ch(["RN", "MD", "UC", "PHARM"]) + '","ip":"10.' + str(ri(10, 90)) + "." + str(ri(0, 255)) + "." + str(ri(2, 250)) + '"},"action":"' + ch(["READ", "PRINT", "EXPORT"]) + '","resource":"')
    b.t(ch(["DiagnosticReport", "MedicationDispense", "Encounter"]) + "/" + uid() + '","patient":{"')
    b.t(hcn_key(p) + '":"').p(hcn_fmt(p, 0), "health_plan").t('","mrn":"').p(p.mrn, "mrn").t('"},"reason":"' + ch(["TREATMENT", "TREATMENT", "BREAK_GLASS"]) + '","outcome":"success"}')
    return [b]


def g_audit_noise():
    return [line("audit_json", "{\"ts\":\"⟨ts⟩\",\"actor\":{\"upn\":\"svc-⟨s⟩@healthhub-on.example\",\"role\":\"SERVICE\",\"ip\":\"10.⟨a⟩.⟨b⟩.⟨c⟩\"},\"action\":\"LOGIN\",\"resource\":\"Session/⟨u⟩\",\"outcome\":\"⟨o⟩\"}",
                 ts=ts_z(CLK.tick()), s=ch(["labrouter", "pnetgw", "claims", "crm-sync"]), a=ri(10, 90), b=ri(0, 255), c=ri(2, 250), u=uid(), o=ch(["success", "success", "failure"]))]


def g_labroute_phi():
    p = person()
    cl = ch(CLINICS)
    b = B("lab_route_psv").t(f"{CLK.tick():%Y%m%dT%H%M%S}|{ch(LABS)[:2]}{CLK.t:%y%m%d}{ri(0, 99999):05d}|{ch(['OLIS', 'LIFELABS', 'CHUM-LAB'])}|ORU^R01|")
    b.p(p.hcn, "health_plan").t(f"|{p.ver}|").p(up(p.last), "name").t("|").p(p.first, "name").t("|").p(fmt_date(p.dob, "hl7"), "date")
    b.t(f"|{ri(10000, 99999)};{ri(100000, 999999)}|")
    if R.random() < 0.3:
        b.t("PORTAL+EMAIL|").p(p.email, "email")
    else:
        b.t("HRM+FAX|" + fmt_phone(cl[3], 1))
    b.t("|" + ch(["DELIVERED", "DELIVERED", "QUEUED", "FAILED"]))
    return [b]


def g_labroute_noise():
    cl = ch(CLINICS)
    return [line("lab_route_psv", "⟨t⟩|FAXJOB|⟨j⟩|⟨c⟩|⟨f⟩|pages=⟨p⟩|⟨s⟩", t=CLK.tick().strftime("%Y%m%dT%H%M%S"), j=ri(10000, 99999), c=cl[0], f=cl[3], p=ri(1, 9), s=ch(["OK", "OK", "BUSY", "NO_ANSWER"]))]


# ----------------------------------------------------------------------------
# assembly

NOISE = [(g_spring_noise, 14), (g_kafka_noise, 13), (g_azf_noise, 8), (g_w3c_noise, 6), (g_dotnet_noise, 8), (g_mirth_noise, 6),
         (g_fhir_noise, 4), (g_pnet_noise, 4), (g_waitlist_noise, 2), (g_crm_noise, 5), (g_notify_noise, 4), (g_pg_noise, 4),
         (g_audit_noise, 3), (g_labroute_noise, 3)]
PHI = [(g_spring_phi, 8), (g_kafka_phi, 5), (g_azf_phi, 5), (g_w3c_phi, 5), (g_dotnet_phi, 5), (g_hl7_adt, 2), (g_hl7_oru, 3),
       (g_mirth_phi, 3), (g_fhir_phi, 6), (g_ohip_claim, 2), (g_ohip_ra, 2), (g_pnet_phi, 4), (g_waitlist, 2), (g_crm_contact, 3),
       (g_crm_note, 8), (g_crm_case, 2), (g_notify_phi, 3), (g_notify_email, 2), (g_pg_phi, 2), (g_audit, 3), (g_labroute_phi, 3)]


def pick(pool):
    tot = sum(w for _, w in pool)
    x = R.uniform(0, tot)
    for g, w in pool:
        x -= w
        if x <= 0:
            return g
    return pool[-1][0]


CAPS = {"hl7v2": 70, "ohip_claim": 30, "ohip_ra": 30, "pharmanet": 34, "spring_boot": 56, "crm_plugin_trace": 8}


def build(n=500, target=0.55):
    lines = []
    famcount = {}
    while len(lines) < n:
        rem = n - len(lines)
        noise = sum(1 for b in lines if not b.spans)
        want_noise = (noise / len(lines) if lines else 0) < target
        blk = None
        for _ in range(200):
            cand = pick(NOISE if want_noise else PHI)()
            fams = {}
            for b in cand:
                fams[b.fam] = fams.get(b.fam, 0) + 1
            if len(cand) <= rem and all(famcount.get(f, 0) + k <= CAPS.get(f, 48) for f, k in fams.items()):
                blk = cand
                break
        if blk is None:
            continue
        for b in blk:
            famcount[b.fam] = famcount.get(b.fam, 0) + 1
        lines.extend(blk)
    return lines


def main():
    lines = build()
    assert len(lines) == 500
    log_lines, labels = [], []
    for i, b in enumerate(lines, 1):
        s = b.text()
        assert "\n" not in s and "\r" not in s and s.strip() != "", (i, s)
        raw = s.encode("utf-8")
        spans = []
        last_e = -1
        for (st, en, cat, val) in b.spans:
            assert raw[st:en] == val.encode("utf-8"), (i, val)
            assert st >= last_e, (i, "overlap")
            last_e = en
            spans.append({"s": st, "e": en, "cat": cat})
        log_lines.append(s)
        labels.append(json.dumps({"line": i, "family": b.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(log_lines))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(labels) + "\n")


if __name__ == "__main__":
    main()
