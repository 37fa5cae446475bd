#!/usr/bin/env python3
"""gen_jx.py - synthetic labeled log corpus "jx".

Theme: an airline's (Nordvale Airways, NV / ticket prefix 457) and its airports'
passenger medical services: Amadeus-style PNR dumps with SSR codes (WCHR/WCHS/WCHC,
MEDA, OXYG, STCR, DEAF, BLND, DPNA, DOCS, PCTC, FQTV) and OSI/RM remarks, IATA MEDIF
submissions (portal JSON, agency snake_case JSON, raw e-mail text and mail-ingest JSON
with escaped newlines), Type B teletype PSM/PIL/BSM messages, medical clearance desk
notes, in-flight medical event (IFME) reports from crew tablets (EN/ES/FR/DE), ground-to-
air medical advisory call logs, airport first-aid/EMS records (CSV with header, Spanish
semicolon rows, NEMSIS XML, HL7 v2 handover), portable oxygen concentrator approvals,
DCS (log4j) and CUSS kiosk (syslog, BCBP) logs, mobility-device tag printer rows, nginx
access logs, pino/JSON app logs, and ordinary airline IT noise.

All people, numbers and identifiers are synthetic. Standard library only, fixed seed.
Writes jx.log (500 lines) and jx.labels.jsonl next to this script.

Labeling decisions:
- Passengers who appear in a medical-services system (SSR medical codes, MEDIF, clearance,
  IFME, EMS, POC approval, mobility assistance) are treated as patients; their relatives,
  travelling companions and emergency contacts (PCTC, escorts who are family, e-mail
  senders writing about a relative) are labeled too.
- Not labeled: agents, crew, MedLink/ground physicians, treating physicians named on a
  MEDIF, paramedics, professional medical escorts, and volunteer clinicians on board
  (acting as clinicians even though they are passengers); their phone numbers, licence
  (GMC) numbers and sign-ons; airline/airport/vendor names, addresses, phones and e-mails.
- name: every written form of a labeled person's name (PNR SURNAME/GIVEN without the
  title, "Last, First", initials + surname, lower case, HL7/XML components). Titles
  (MR/MRS/Dr) stay outside the span. BCBP name field: span excludes the padding.
- date: birth dates (also MRZ-style YYMMDD), medical event / symptom / surgery / diagnosis
  dates, EMS service dates, hospital admission (HL7 PV1-44 admit date/time), passport
  expiry, medical-clearance / POC-approval validity, and a passenger's travel date when it
  is a field of the passenger's own form or note (MEDIF travelDate, "flying on 18
  March"). NOT labeled: log timestamps, record stamps (PNR RP-line creation stamp, TK OK
  ticketing date, FA issue date, e-mail Date: header, HL7 MSH/EVN times), dates inside a flight
  designator (NV0117/18MAR), PNR itinerary segment lines, teletype/BSM header lines, the
  BCBP julian day, card expiry MMYY, build/cert dates.
- age: only ages over 89, in any form (92YRS, AGE 93, "edad":91, 93 ans, Alter 90, age=94).
- address: street line and city/town (and geocodes such as a NEMSIS GNIS city code) are
  separate address spans; country and US state are not labeled. zip: any postal code of
  a labeled person (US ZIP, UK postcode, PLZ, CP, ...).
- phone: labeled person's phone in any form (also digits-only inside PNR PCTC/AP lines
  and the E.164 'to' of SMS notifications).
- health_plan: travel-medical insurance policy numbers, EHIC/GHIC card numbers, Medicare
  MBI, US health-plan member IDs.
- account: payment card numbers (PNR FP lines) and IBANs for oxygen-fee refunds.
- license: passport (DOCS, APIS, MRZ, HL7 PPN), Spanish DNI and driver's licence numbers
  of a labeled person.
- device: serial numbers of a passenger's POC, CPAP, power wheelchair, insulin pump,
  pacemaker, and the Bluetooth MAC of a passenger's POC.
- vehicle: plates and VINs of a patient's (or patient's rental) car in EMS notes.
- other_id: PNR record locators, e-ticket numbers, frequent-flyer numbers, bag-tag and
  mobility-device tag numbers, medical-desk case numbers, MEDIF ids, IFME report ids,
  ground-to-air case ids, EMS incident/PCR numbers, POC approval ids, hospital visit
  numbers, and passenger web usernames. A locator/id is labeled wherever it appears,
  even on a line without a name (e.g. BSM .L/ or .N/ lines, URLs with a MEDIF id).
- mrn: airport medical centre / receiving hospital medical record numbers.
- ip: public client IPs of passengers' web requests to MEDIF / assistance endpoints;
  internal 10.x/172.16-31.x/192.168.x addresses of kiosks, pods and probes are not labeled.
- url: personal links a passenger sends (shared photo / document links).
- biometric: face templates from biometric boarding; photo: base64 face JPEGs.
- Seat numbers, flight numbers, aircraft registrations, gates, boarding sequence
  numbers, SSR codes, diagnoses and vital signs are not identifiers and are not labeled.
"""
import base64
import hashlib
import json
import os
import random
import unicodedata
from datetime import date, datetime, timedelta

ID = "jx"
R = random.Random(2103121)

# --------------------------------------------------------------------------- helpers


class Ln:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.sp = []

    def t(self, x):
        self.b += str(x).encode("utf-8")
        return self

    def p(self, x, cat):
        x = str(x)
        if cat is None:
            return self.t(x)
        st = len(self.b)
        self.b += x.encode("utf-8")
        self.sp.append((st, len(self.b), cat, x))
        return self

    def a(self, *parts):
        for x in parts:
            if isinstance(x, tuple):
                self.p(x[0], x[1])
            else:
                self.t(x)
        return self


def jw(ln, v, sep=(",", ":")):
    """Write JSON; tuples (value, cat) are PHI leaves."""
    if isinstance(v, tuple):
        val, cat = v
        if isinstance(val, str):
            assert json.dumps(val, ensure_ascii=False)[1:-1] == val, val
            ln.t('"').p(val, cat).t('"')
        else:
            ln.p(str(val), cat)
    elif isinstance(v, dict):
        ln.t("{")
        for i, (k, x) in enumerate(v.items()):
            if i:
                ln.t(sep[0])
            ln.t(json.dumps(k, ensure_ascii=False) + sep[1])
            jw(ln, x, sep)
        ln.t("}")
    elif isinstance(v, list):
        ln.t("[")
        for i, x in enumerate(v):
            if i:
                ln.t(sep[0])
            jw(ln, x, sep)
        ln.t("]")
    else:
        ln.t(json.dumps(v, ensure_ascii=False))
    return ln


def kv(ln, pairs, sep=" ", eq="=", q='"'):
    for i, (k, v) in enumerate(pairs):
        if i:
            ln.t(sep)
        ln.t(k + eq)
        raw = v[0] if isinstance(v, tuple) else v
        quote = q and isinstance(raw, str) and (" " in raw or raw == "")
        if quote:
            ln.t(q)
        if isinstance(v, tuple):
            ln.p(v[0], v[1])
        else:
            ln.t(v)
        if quote:
            ln.t(q)
    return ln


def ch(x):
    return R.choice(x)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def luhn_check(payload):
    tot = 0
    for i, c in enumerate(reversed(payload)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def card_number():
    pre = ch(["4", "4", "51", "53", "55", "37"])
    ln = 15 if pre == "37" else 16
    while True:
        body = pre + digits(ln - len(pre) - 1)
        num = body + luhn_check(body)
        if len(set(num[1:])) > 3:
            return num


VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(ch(["1HG", "5YJ", "WVW", "JTD", "1FM", "WBA"]) + "".join(R.choice(al) for _ in range(14)))
    v[9] = ch("LMNPR")
    s = sum((VIN_T[c] if c.isalpha() else int(c)) * w for c, w in zip(v, VIN_W))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    AN = L + N
    s = ch("123456789") + ch(L) + ch(AN) + ch(N) + ch(L) + ch(AN) + ch(N) + ch(L) + ch(L) + ch(N) + ch(N)
    return s


def strip_acc(s):
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "AE").replace("Ö", "OE").replace("Ü", "UE").replace("ß", "SS")
    s = s.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def pnrify(s):
    s = strip_acc(s).upper()
    return "".join(c for c in s if c.isalpha())


MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
MONAT = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]


def fd(d, st):
    if st == "pnr":
        return "%02d%s%02d" % (d.day, MON[d.month - 1], d.year % 100)
    if st == "ddmon":
        return "%02d%s" % (d.day, MON[d.month - 1])
    if st == "iso":
        return d.isoformat()
    if st == "dmy":
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if st == "mdy":
        return "%02d/%02d/%d" % (d.month, d.day, d.year)
    if st == "mdy1":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if st == "dot":
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if st == "dMy":
        return "%d %s %d" % (d.day, MONTH[d.month - 1][:3], d.year)
    if st == "Mdy":
        return "%s %d, %d" % (MONTH[d.month - 1], d.day, d.year)
    if st == "hl7":
        return "%d%02d%02d" % (d.year, d.month, d.day)
    if st == "fr":
        return "%d %s %d" % (d.day, MOIS[d.month - 1], d.year)
    if st == "de":
        return "%d. %s %d" % (d.day, MONAT[d.month - 1], d.year)
    if st == "es":
        return "%d de %s de %d" % (d.day, MES[d.month - 1], d.year)
    if st == "dmon-":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)
    if st == "dm":  # day month, no year (e-mails)
        return "%d %s" % (d.day, MONTH[d.month - 1])
    if st == "dmy2":
        return "%02d/%02d/%02d" % (d.day, d.month, d.year % 100)
    raise ValueError(st)


REF = date(2024, 3, 12)

# --------------------------------------------------------------------------- clock


class Clock:
    def __init__(self):
        self.t = datetime(2024, 3, 12, 4, 57, 13, 118000)

    def tick(self, lo=1, hi=35):
        self.t += timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
        return self.t

    def iso(self):
        return self.t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (self.t.microsecond // 1000)

    def log4j(self):
        return self.t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (self.t.microsecond // 1000)

    def spring(self):
        return self.t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (self.t.microsecond // 1000)

    def sys(self):
        return self.t.strftime("%b %d %H:%M:%S")

    def ngx(self):
        return self.t.strftime("%d/%b/%Y:%H:%M:%S +0000")

    def epoch(self):
        return str(int((self.t - datetime(1970, 1, 1)).total_seconds() * 1000))

    def hhmm(self):
        return self.t.strftime("%H:%M")


C = Clock()

# --------------------------------------------------------------------------- people

ORIG = {
    "GB": dict(f=["Margaret", "Olivia", "Siobhan", "Eleanor", "Beryl", "Winifred"], m=["Harold", "George", "Declan", "Alistair", "Reginald"],
               l=["Whitfield", "O'Brien", "Ashworth-Clarke", "Pennington", "McAllister", "Oyelaran-Smith", "Featherstonehaugh"],
               streets=["Alder Road", "Kingsbury Close", "Wellington Terrace", "Church Lane", "Marlowe Gardens", "Station Approach"],
               cities=["Hounslow", "Slough", "Reading", "Crawley", "Leeds", "Bristol", "Ealing, London"], cc="44", ctry="GBR"),
    "US": dict(f=["Dolores", "Kayla", "Shirley", "Mei-Ling", "Rosalind"], m=["Raymond", "Tyrone", "Walter", "DeShawn", "Harvey"],
               l=["Washington", "Kowalski", "Reyes", "Goldberg", "Nakamura-Hill", "St. Clair", "Fitzgerald"],
               streets=["Linden Blvd", "Maple Ave", "W 87th St", "Ocean Pkwy", "Glenwood Dr", "Pine Hollow Rd"],
               cities=["Brooklyn", "Queens", "Hoboken", "Yonkers", "Stamford", "Newark"], cc="1", ctry="USA"),
    "ES": dict(f=["María José", "Carmen", "Inmaculada", "Lucía", "Remedios"], m=["Joaquín", "Javier", "José Antonio", "Íñigo"],
               l=["García-López", "de la Fuente", "Ibáñez", "Muñoz Ortega", "Etxeberria", "Villalobos"],
               streets=["Calle de Alcalá", "Avenida de la Albufera", "Calle Mayor", "Paseo de la Castellana", "Calle Sierpes"],
               cities=["Madrid", "Sevilla", "Valencia", "Getafe", "Bilbao"], cc="34", ctry="ESP"),
    "FR": dict(f=["Élodie", "Françoise", "Marie-Claire", "Geneviève"], m=["Jean-Luc", "Thierry", "Benoît", "Aurélien"],
               l=["Lefèvre", "Dubois-Martin", "de Villiers", "N'Diaye", "Garnier", "Le Goff"],
               streets=["rue des Lilas", "avenue Jean-Jaurès", "boulevard Voltaire", "impasse des Tilleuls", "rue Nationale"],
               cities=["Lyon", "Villeurbanne", "Nantes", "Montreuil", "Toulouse"], cc="33", ctry="FRA"),
    "DE": dict(f=["Hannelore", "Annegret", "Jana", "Gisela"], m=["Jürgen", "Lukas", "Friedrich", "Heinz-Dieter"],
               l=["Müller", "Schäfer", "von Brandt", "Weiß", "Özdemir", "Zimmermann"],
               streets=["Lindenstraße", "Hauptstraße", "Am Mühlbach", "Goethestraße", "Kastanienallee"],
               cities=["Frankfurt am Main", "Offenbach", "Mainz", "Darmstadt", "Köln"], cc="49", ctry="DEU"),
    "NG": dict(f=["Ngozi", "Adaeze", "Folasade", "Chiamaka"], m=["Chinedu", "Oluwaseun", "Emeka", "Babatunde"],
               l=["Okafor", "Adeyemi", "Eze", "Balogun", "Nwachukwu", "Onyekachi"],
               streets=["Adeola Odeku Street", "Awolowo Road", "Allen Avenue", "Bourdillon Road"],
               cities=["Lagos", "Ikeja", "Abuja", "Enugu"], cc="234", ctry="NGA"),
    "IN": dict(f=["Priya", "Lakshmi", "Kavita", "Sunita"], m=["Rajesh", "Arjun", "Gurpreet", "Venkatesh"],
               l=["Venkataraman", "Singh", "Chatterjee", "Iyer", "Deshpande"],
               streets=["MG Road", "Residency Road", "Linking Road", "Anna Salai"],
               cities=["Bengaluru", "Mumbai", "Chennai", "New Delhi"], cc="91", ctry="IND"),
    "JP": dict(f=["Yuki", "Keiko", "Sachiko"], m=["Haruto", "Takeshi", "Hiroshi"],
               l=["Tanaka", "Watanabe", "Nakamura", "Kobayashi"],
               streets=["Nishi-Shinjuku", "Jingumae", "Minami-Aoyama"],
               cities=["Shinjuku-ku, Tokyo", "Shibuya-ku, Tokyo", "Minato-ku, Tokyo"], cc="81", ctry="JPN"),
    "AE": dict(f=["Fatima", "Layla", "Mariam"], m=["Omar", "Yousef", "Khalid"],
               l=["Al-Sayed", "Haddad", "El Amrani", "bin Rashid", "Al Mansouri"],
               streets=["Street 9, Al Barsha 2", "Al Wasl Road", "Street 14, Jumeirah 1"],
               cities=["Dubai", "Sharjah", "Abu Dhabi"], cc="971", ctry="ARE"),
    "PL": dict(f=["Anna", "Zofia", "Agnieszka"], m=["Krzysztof", "Piotr", "Tadeusz"],
               l=["Kowalczyk", "Nowak", "Lewandowski", "Wójcik"],
               streets=["ul. Mokotowska", "ul. Piękna", "al. Niepodległości"],
               cities=["Warszawa", "Kraków", "Gdańsk"], cc="48", ctry="POL"),
    "NL": dict(f=["Sanne", "Femke", "Wilhelmina"], m=["Daan", "Joost", "Sven"],
               l=["van der Berg", "de Jong", "Bakker", "Visser", "van den Heuvel"],
               streets=["Prinsengracht", "Keizersgracht", "Oudegracht", "Zijlweg"],
               cities=["Amsterdam", "Haarlem", "Utrecht"], cc="31", ctry="NLD"),
    "IT": dict(f=["Giulia", "Francesca", "Assunta"], m=["Matteo", "Salvatore", "Gianluca"],
               l=["Esposito", "De Luca", "Romano", "D'Angelo", "Russo"],
               streets=["Via Toledo", "Via Roma", "Corso Italia", "Via dei Mille"],
               cities=["Napoli", "Roma", "Milano", "Torre del Greco"], cc="39", ctry="ITA"),
    "VN": dict(f=["Thi Lan", "Thi Hoa", "Xiaoling"], m=["Van Minh", "Duc Anh", "Wei"],
               l=["Nguyen", "Tran", "Pham", "Zhang"],
               streets=["Le Loi", "Nguyen Hue", "Dong Khoi"],
               cities=["Ho Chi Minh City", "Hanoi", "Da Nang"], cc="84", ctry="VNM"),
}

MAIL_DOM = {"GB": ["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk"], "US": ["gmail.com", "aol.com", "comcast.net", "icloud.com"],
            "ES": ["gmail.com", "hotmail.es", "telefonica.net"], "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
            "DE": ["web.de", "gmx.de", "t-online.de"], "NG": ["gmail.com", "yahoo.com"], "IN": ["gmail.com", "rediffmail.com"],
            "JP": ["docomo.ne.jp", "gmail.com"], "AE": ["gmail.com", "emirates.net.ae"], "PL": ["wp.pl", "onet.pl", "gmail.com"],
            "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"], "IT": ["libero.it", "tiscali.it", "gmail.com"], "VN": ["gmail.com", "yahoo.com.vn"]}

INSURERS = {"GB": ("AXA Travel", "TRV-GB-"), "US": ("Aetna", "W"), "ES": ("Mapfre Asistencia", "MAP-"), "FR": ("Mutuaide", "MT"),
            "DE": ("HanseMerkur Reise-KV", "RKV"), "NG": ("AXA Mansard", "AM/"), "IN": ("Tata AIG Travel Guard", "TG"),
            "JP": ("Tokio Marine Nichido", "TM-"), "AE": ("Daman", "DMN"), "PL": ("PZU Wojażer", "PZW-"), "NL": ("Allianz Travel", "AT-"), "IT": ("Europ Assistance", "EA"),
            "VN": ("Bao Viet", "BV")}
EHIC_CC = {"GB": "80826", "ES": "80724", "FR": "80250", "DE": "80276", "PL": "80616", "NL": "80528", "IT": "80380"}

DEVICES = [  # (kind, make, model, serial fn)
    ("POC", "Inogen", "One G5", lambda: "G5A" + digits(4) + digits(6)),
    ("POC", "Inogen", "One G4", lambda: "G4-" + digits(7)),
    ("POC", "Philips Respironics", "SimplyGo Mini", lambda: "SGM" + digits(9)),
    ("POC", "ResMed", "Mobi", lambda: "23" + digits(9)),
    ("POC", "CAIRE", "FreeStyle Comfort", lambda: "FSC-" + digits(4) + "-" + digits(4)),
    ("POC", "O2 Concepts", "Oxlife Independence", lambda: "OLI%02d-%06d" % (R.randint(17, 23), R.randint(1, 999999))),
    ("CPAP", "ResMed", "AirMini", lambda: "2321" + digits(7)),
    ("PWC", "Permobil", "M3 Corpus", lambda: "PM3-%02d-%06d" % (R.randint(18, 23), R.randint(1, 999999))),
    ("PWC", "Pride Mobility", "Go-Go Elite Traveller", lambda: "GG-ET2-" + digits(7)),
    ("WC", "Sunrise Medical", "Quickie Nitrum", lambda: "QK" + digits(7)),
    ("PUMP", "Medtronic", "MiniMed 780G", lambda: "NG" + digits(7) + "H"),
    ("PM", "Medtronic", "Azure XT DR", lambda: "RNB" + digits(6) + "H"),
]

DIAG = [("post-op hip replacement", "POST HIP REPLACEMENT"), ("COPD on home oxygen", "COPD ON HOME O2"),
        ("recent MI, stable", "RECENT MI STABLE"), ("fractured femur, leg in cast", "FRACTURED FEMUR CAST"),
        ("advanced dementia", "DEMENTIA NEEDS ESCORT"), ("pulmonary fibrosis", "PULM FIBROSIS O2 REQ"),
        ("DVT on anticoagulation", "DVT ON ANTICOAG"), ("post-stroke left hemiparesis", "CVA LEFT SIDE WEAK"),
        ("metastatic cancer, palliative", "PALLIATIVE CARE"), ("spinal injury T10, paraplegic", "PARAPLEGIC T10"),
        ("sickle cell disease", "SICKLE CELL"), ("severe heart failure NYHA III", "CHF NYHA III")]


class P:
    pass


def mk_person(origin=None, old=None, sex=None):
    p = P()
    p.o = origin or ch(list(ORIG))
    o = ORIG[p.o]
    p.sex = sex or ch("FM")
    p.first = ch(o["f"] if p.sex == "F" else o["m"])
    p.last = ch(o["l"])
    if old is None:
        old = R.random() < 0.22
    if old:
        p.dob = date(R.randint(1928, 1933), R.randint(1, 12), R.randint(1, 28))
    else:
        p.dob = date(R.randint(1936, 2004), R.randint(1, 12), R.randint(1, 28))
    p.age = REF.year - p.dob.year - ((REF.month, REF.day) < (p.dob.month, p.dob.day))
    p.title = ("MRS" if R.random() < 0.6 else "MS") if p.sex == "F" else "MR"
    p.pl = pnrify(p.last)
    p.pf = pnrify(p.first)
    p.pnrname = p.pl + "/" + p.pf
    # phone
    cc = o["cc"]
    nat = {"GB": lambda: "7" + ch("4579") + digits(8), "US": lambda: ch(["212", "347", "718", "917", "646", "201", "914", "203"]) + ch("23456789") + digits(6),
           "ES": lambda: "6" + digits(8), "FR": lambda: ch("67") + digits(8), "DE": lambda: "1" + ch(["51", "60", "71", "76"]) + digits(7),
           "NG": lambda: "8" + ch("01") + ch("35") + digits(7), "IN": lambda: "9" + digits(9), "JP": lambda: "90" + digits(8),
           "AE": lambda: "5" + ch("0256") + digits(7), "PL": lambda: ch("56") + digits(8), "NL": lambda: "6" + digits(8), "IT": lambda: "3" + ch("234789") + digits(8),
           "VN": lambda: "9" + digits(8)}[p.o]()
    p.cc, p.nat = cc, nat
    # email / username
    fl = strip_acc(p.first).lower().replace(" ", "").replace("'", "").replace("-", "")
    ll = strip_acc(p.last).lower().replace(" ", "").replace("'", "").replace(".", "")
    p.email = ch([fl + "." + ll, fl[0] + ll, fl + ll[:4] + str(p.dob.year % 100), ll + "." + fl + str(R.randint(1, 99)), fl + "_" + ll]) + "@" + ch(MAIL_DOM[p.o])
    p.user = ch([fl[0] + ll + str(R.randint(1, 999)), fl + "." + ll[:3] + str(p.dob.year), ll + fl[0]])
    # ids
    p.pnr = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    p.etkt = "457-24" + digits(8)
    p.ff = "NV" + digits(8)
    p.passport = {"GB": lambda: digits(9), "US": lambda: ch("5A") + digits(8), "ES": lambda: "PA" + digits(7) if False else "X" + ch("ABCDEF") + digits(6) + "Q",
                  "FR": lambda: "%02d" % R.randint(10, 23) + "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(5),
                  "DE": lambda: "C" + "".join(ch("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)), "NG": lambda: "A" + digits(8),
                  "IN": lambda: ch("JKLMNPRSTUVWZ") + digits(7), "JP": lambda: "T" + ch("KRZ") + digits(7), "AE": lambda: ch("NPK") + digits(7),
                  "PL": lambda: "E" + ch("ABCDEFGHJKLMNPRS") + digits(7), "NL": lambda: "N" + "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(8)), "IT": lambda: "Y" + ch("ABC") + digits(7),
                  "VN": lambda: "C" + digits(7)}[p.o]()
    p.ppexp = date(R.randint(2025, 2033), R.randint(1, 12), R.randint(1, 28))
    p.card = card_number()
    ins, pre = INSURERS[p.o]
    p.insurer = ins
    p.policy = pre + (digits(9) if p.o in ("US",) else digits(8))
    if p.o == "US" and p.age >= 65:
        p.insurer, p.policy = "Medicare", ch([mbi(), "%s-%s-%s" % ((lambda m: (m[:4], m[4:7], m[7:]))(mbi()))])
    p.ehic = EHIC_CC[p.o] + digits(15) if p.o in EHIC_CC else None
    # address
    p.street = {"GB": lambda: "%d %s" % (R.randint(1, 180), ch(o["streets"])), "US": lambda: "%d %s" % (R.randint(10, 9999), ch(o["streets"])),
                "ES": lambda: "%s %d, %dº %s" % (ch(o["streets"]), R.randint(1, 300), R.randint(1, 9), ch("ABCD")),
                "FR": lambda: "%d %s" % (R.randint(1, 120), ch(o["streets"])), "DE": lambda: "%s %d" % (ch(o["streets"]), R.randint(1, 90)),
                "NG": lambda: "%d %s" % (R.randint(1, 60), ch(o["streets"])), "IN": lambda: "Flat %d%s, %d %s" % (R.randint(1, 12), ch("ABC"), R.randint(1, 200), ch(o["streets"])),
                "JP": lambda: "%d-%d-%d %s" % (R.randint(1, 5), R.randint(1, 30), R.randint(1, 20), ch(o["streets"])),
                "AE": lambda: "Villa %d, %s" % (R.randint(1, 80), ch(o["streets"])), "PL": lambda: "%s %d m. %d" % (ch(o["streets"]), R.randint(1, 90), R.randint(1, 40)),
                "NL": lambda: "%s %d" % (ch(o["streets"]), R.randint(1, 400)), "IT": lambda: "%s %d" % (ch(o["streets"]), R.randint(1, 250)), "VN": lambda: "%d %s" % (R.randint(1, 200), ch(o["streets"]))}[p.o]()
    p.city = ch(o["cities"])
    LET = "ABDEFGHJLNPQRSTUWXYZ"
    p.zip = {"GB": lambda: "%s%d %d%s" % (ch(["TW", "SL", "RG", "RH", "LS", "BS", "W"]), R.randint(1, 19), R.randint(1, 9), ch(LET) + ch(LET)),
             "US": lambda: "%05d" % R.randint(6801, 11697), "ES": lambda: "%05d" % R.randint(28001, 48015), "FR": lambda: "%05d" % R.randint(31000, 93100),
             "DE": lambda: "%05d" % R.randint(50667, 65936), "NG": lambda: "%06d" % R.randint(100001, 101283), "IN": lambda: "%06d" % R.randint(110001, 600120),
             "JP": lambda: "%03d-%04d" % (R.randint(100, 169), R.randint(1, 9999)), "AE": lambda: None, "PL": lambda: "%02d-%03d" % (R.randint(0, 80), R.randint(1, 999)),
             "NL": lambda: "%04d %s" % (R.randint(1011, 3584), ch(LET) + ch(LET)), "IT": lambda: "%05d" % R.randint(10121, 80147), "VN": lambda: "%06d" % R.randint(100000, 700000)}[p.o]()
    p.ctry = o["ctry"]
    d = ch(DEVICES)
    p.dev = (d[0], d[1], d[2], d[3]())
    p.diag = ch(DIAG)
    p.ssr = ch(["WCHR", "WCHS", "WCHC", "WCHR", "MEDA", "OXYG", "STCR", "WCHC"])
    p.seat = "%d%s" % (R.randint(1, 42), ch("ABCDEFHJK"))
    p.case = "MC-24-%05d" % R.randint(100, 4999)
    p.medif = "MF-2024-%06d" % R.randint(1000, 99999)
    p.bagtag = "0457" + digits(6)
    p.mobtag = "NV" + digits(6)
    p.mrn = ch(["LHRMC", "AMC", "M"]) + digits(7)
    p.rel = None
    return p


def mk_relative(p):
    while True:
        q = mk_person(p.o, old=False)
        if q.first != p.first:
            break
    q.last = p.last if R.random() < 0.6 else q.last
    q.pl = pnrify(q.last)
    q.pnrname = q.pl + "/" + q.pf
    if p.age >= 60:
        q.relation = ch(["daughter", "daughter", "granddaughter", "niece"] if q.sex == "F" else ["son", "son", "grandson", "nephew"])
        lo = 22 if q.relation in ("daughter", "son") else 40
        y = min(2004, p.dob.year + R.randint(lo, lo + 18))
    else:
        q.relation = ch(["wife", "sister"] if q.sex == "F" else ["husband", "brother"])
        y = min(2004, p.dob.year + R.randint(-4, 4))
    q.dob = date(y, R.randint(1, 12), R.randint(1, 28))
    q.age = REF.year - q.dob.year - ((REF.month, REF.day) < (q.dob.month, q.dob.day))
    return q


PEOPLE = []
_seen = set()
while len(PEOPLE) < 70:
    _p = mk_person()
    if (_p.first, _p.last) in _seen:
        continue
    _seen.add((_p.first, _p.last))
    _p.rel = mk_relative(_p)
    PEOPLE.append(_p)

REL_ES = {"daughter": "hija", "wife": "esposa", "granddaughter": "nieta", "niece": "sobrina", "sister": "hermana",
          "son": "hijo", "husband": "esposo", "grandson": "nieto", "nephew": "sobrino", "brother": "hermano"}


def person():
    return ch(PEOPLE)


def old_person():
    c = [x for x in PEOPLE if x.age > 89]
    return ch(c)


# phone renderers ------------------------------------------------------------


def phone(p, style=None):
    cc, n = p.cc, p.nat
    st = style or ch(["intl", "intl", "nat", "e164", "digits"])
    if st == "e164":
        return "+" + cc + n
    if st == "digits":
        return cc + n
    if p.o == "US":
        if st == "intl":
            return "+1 %s-%s-%s" % (n[:3], n[3:6], n[6:])
        return ch(["(%s) %s-%s", "%s.%s.%s", "%s-%s-%s"]) % (n[:3], n[3:6], n[6:])
    if p.o == "GB":
        return ("+44 %s %s" % (n[:4], n[4:])) if st == "intl" else ("0%s %s" % (n[:4], n[4:]))
    if p.o == "FR":
        pr = " ".join(n[1:][i:i + 2] for i in range(0, 8, 2))
        return ("+33 %s %s" % (n[0], pr)) if st == "intl" else ("0%s %s" % (n[0], pr))
    if p.o == "DE":
        return ("+49 %s %s" % (n[:3], n[3:])) if st == "intl" else ("0%s/%s" % (n[:3], n[3:]))
    if p.o == "ES":
        return ("+34 %s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])) if st == "intl" else ("%s %s %s" % (n[:3], n[3:6], n[6:]))
    if p.o == "JP":
        return ("+81 %s-%s-%s" % (n[:2], n[2:6], n[6:])) if st == "intl" else ("0%s-%s-%s" % (n[:2], n[2:6], n[6:]))
    if st == "intl":
        return "+%s %s %s %s" % (cc, n[:3], n[3:6], n[6:])
    if p.o == "IT":
        return "%s %s %s" % (n[:3], n[3:6], n[6:])
    return "0" + n


def dob_style():
    return ch(["iso", "dmy", "dot", "dMy", "mdy", "pnr", "Mdy", "dmon-"])


def age_txt_lang(p, lang):
    return str(p.age)


def name_lf(p):
    return "%s, %s" % (p.last, p.first)


def name_fl(p):
    return "%s %s" % (p.first, p.last)


def name_init(p):
    return "%s. %s" % (p.first[0], p.last)


def name_any(p):
    return ch([name_lf(p), name_fl(p), name_fl(p), p.pnrname, name_init(p), "%s %s" % (p.first, p.last.upper()), "%s, %s" % (p.last.upper(), p.first.upper())])


TRAVEL = [date(2024, 3, d) for d in range(12, 31)] + [date(2024, 4, d) for d in range(1, 16)]
ROUTES = [("LHR", "JFK", "0117"), ("LHR", "LOS", "0075"), ("MAD", "BOG", "0631"), ("CDG", "MAD", "0412"), ("FRA", "LHR", "0088"),
          ("LHR", "DEL", "0143"), ("LHR", "HND", "0007"), ("LHR", "DXB", "0105"), ("MAD", "LHR", "0459"), ("LHR", "WAW", "0852"),
          ("AMS", "LHR", "0931"), ("LHR", "SGN", "0173"), ("JFK", "LHR", "0118"), ("LHR", "MAD", "0458")]
AGENTS = ["jmorrow", "akaur", "lbenitez", "tmensah", "rfoley", "cdumont", "shartmann", "ppatel2", "mhughes", "nokoro"]
STAFF_DOCS = ["Dr R. Castellanos", "Dr Helen Marsh", "Dr. Amit Bhardwaj", "Dr. Ingrid Solberg", "Dr K. Mensah-Bonsu", "Dra. Pilar Ordóñez", "Dr. Felix Brandauer"]
CREW = ["Laura Sánchez", "Kerstin Hoffmann", "Mathieu Roux", "Tom Ellery", "Aisha Bello", "Sofía Marín", "Uwe Krämer", "Chloé Bernard"]
TAILS = ["G-NVAB", "G-NVAD", "G-NVXK", "EC-NVA", "EC-NVM", "G-NVEF", "G-NVTR"]
PUBIP = lambda: ch(["81.2.%d.%d", "86.%d.44.%d", "92.40.%d.%d", "176.24.%d.%d", "88.%d.201.%d", "79.154.%d.%d", "90.%d.12.%d", "2.139.%d.%d",
                    "105.112.%d.%d", "49.36.%d.%d", "24.%d.77.%d", "73.%d.180.%d", "84.%d.9.%d"]) % (R.randint(1, 254), R.randint(1, 254))
PRIVIP = lambda: ch(["10.42.%d.%d", "10.8.%d.%d", "172.20.%d.%d", "192.168.%d.%d"]) % (R.randint(0, 254), R.randint(1, 254))


def route():
    r = ch(ROUTES)
    return r[0], r[1], r[2]


def trace():
    return hexs(32)


def uuid():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], ch("89ab"), h[17:20], h[20:32])

# --------------------------------------------------------------------------- families

OUT = []


def emit(*lines):
    for ln in lines:
        OUT.append(ln)


OFFICES = ["LONNV08AA", "LONNV0MED", "MADNV01MD", "FRANV21AA", "NYCNV07SP"]


def g_pnr():
    p = person()
    off = ch(OFFICES)
    ls = []
    C.tick(3, 40)
    if R.random() < 0.5:
        ls.append(Ln("pnr_dump").a(ch([">RT", "RT "]), (p.pnr, "other_id")))
    ls.append(Ln("pnr_dump").a("RP/%s/%s            %s/SU  %s/%sZ   " % (off, off, ch(["MM", "JK", "AB", "TF"]), fd(C.t.date() - timedelta(days=R.randint(0, 40)), "pnr"), "%02d%02d" % (R.randint(0, 23), R.randint(0, 59))), (p.pnr, "other_id")))
    n = 1
    l = Ln("pnr_dump").a("  1.", (p.pnrname, "name"), " " + p.title)
    comp = R.random() < 0.45
    if comp:
        l.a("   2.", (p.rel.pnrname, "name"), " " + p.rel.title)
        n = 2
    ls.append(l)
    o, d, f = route()
    td = ch(TRAVEL)
    e = n + 1
    ls.append(Ln("pnr_dump").t("  %d  NV %s Y %s %d %s%s HK%d  %s %s  %s  E  NV/" % (e, f.lstrip("0"), fd(td, "ddmon"), td.isoweekday(), o, d, n, "%02d%02d" % (R.randint(6, 22), ch([0, 5, 20, 35, 50])), "%02d%02d" % (R.randint(0, 23), R.randint(0, 59)), fd(td, "ddmon"))))
    e += 1
    if R.random() < 0.35:
        rd = td + timedelta(days=R.randint(5, 20))
        ls.append(Ln("pnr_dump").t("  %d  NV %s Y %s %d %s%s HK%d  %s %s  %s  E  NV/" % (e, str(int(f) + 1), fd(rd, "ddmon"), rd.isoweekday(), d, o, n, "%02d%02d" % (R.randint(6, 22), ch([0, 15, 40])), "%02d%02d" % (R.randint(0, 23), R.randint(0, 59)), fd(rd, "ddmon"))))
        e += 1
    city = {"LHR": "LON", "MAD": "MAD", "CDG": "PAR", "FRA": "FRA", "JFK": "NYC", "AMS": "AMS"}.get(o, "LON")
    els = []
    els.append(lambda e: Ln("pnr_dump").a("%3d AP %s " % (e, city), (phone(p, ch(["intl", "nat", "digits"])), "phone"), " - " + ch(["H", "M", "B"])))
    if R.random() < 0.7:
        els.append(lambda e: Ln("pnr_dump").a("%3d APE " % e, (p.email.upper() if R.random() < 0.5 else p.email, "email")))
    els.append(lambda e: Ln("pnr_dump").t("%3d TK OK%s/%s" % (e, fd(C.t.date(), "ddmon"), off)))
    ssrs = [p.ssr] + R.sample(["WCHR", "MEDA", "OXYG", "DEAF", "BLND", "DPNA", "STCR"], R.randint(0, 2))
    seen = set()
    for s in ssrs:
        if s in seen:
            continue
        seen.add(s)
        if s == "MEDA":
            def _m(e, p=p):
                l = Ln("pnr_dump").t("%3d SSR MEDA NV HN1 %s" % (e, p.diag[1]))
                if R.random() < 0.5:
                    l.a(" OP ", (fd(REF - timedelta(days=R.randint(3, 30)), "ddmon"), "date"))
                return l.t("/S%d/P1" % (n + 1))
            els.append(_m)
        elif s == "OXYG":
            els.append(lambda e: Ln("pnr_dump").t("%3d SSR OXYG NV HK1 %dLPM %s/S%d/P1" % (e, R.randint(1, 4), ch(["CONTINUOUS", "POC OWN DEVICE", "INTERMITTENT", "ONBOARD O2 REQ"]), n + 1)))
        elif s == "STCR":
            els.append(lambda e: Ln("pnr_dump").t("%3d SSR STCR NV HK1 /S%d/P1" % (e, n + 1)))
        else:
            els.append(lambda e, s=s: Ln("pnr_dump").t("%3d SSR %s NV HK1/S%d/P1" % (e, s, n + 1)))
    if R.random() < 0.6:
        els.append(lambda e: Ln("pnr_dump").a("%3d SSR DOCS NV HK1 P/%s/" % (e, p.ctry), (p.passport, "license"), "/%s/" % p.ctry, (fd(p.dob, "pnr"), "date"), "/%s/" % p.sex, (fd(p.ppexp, "pnr"), "date"), "/", (p.pl, "name"), "/", (p.pf, "name"), "/P1"))
    if R.random() < 0.55:
        els.append(lambda e: Ln("pnr_dump").a("%3d SSR PCTC NV HK1 /" % e, (p.rel.pf + " " + p.rel.pl, "name"), "/" + p.ctry[:2], (p.rel.cc + p.rel.nat, "phone"), "." + p.rel.relation.upper() + "/P1"))
    if R.random() < 0.5:
        els.append(lambda e: Ln("pnr_dump").a("%3d SSR FQTV NV HK/ " % e, (p.ff, "other_id"), "/P1"))
    if p.age > 89 or R.random() < 0.4:
        def _o(e, p=p):
            if p.age > 89:
                return Ln("pnr_dump").a("%3d OSI NV PAX " % e, (str(p.age), "age"), "YRS " + ch(["HARD OF HEARING", "FRAIL", "ESCORTED BY " + p.rel.relation.upper(), "NEEDS AISLE CHAIR"]))
            return Ln("pnr_dump").t("%3d OSI NV PAX %dYRS %s" % (e, p.age, ch(["NERVOUS FLYER", "FIRST TIME FLYER", "TRAVELS WITH OWN MEDS"])))
        els.append(_o)
    if R.random() < 0.5:
        els.append(lambda e: Ln("pnr_dump").a("%3d RM MEDIF RCVD CASE " % e, (p.case, "other_id"), " /" + ch(AGENTS).upper()[:2]))
    else:
        els.append(lambda e: Ln("pnr_dump").t("%3d RM PRM NOTIFIED %s STN/%s" % (e, o, ch(["JM", "AK", "TM", "LB"]))))
    if R.random() < 0.55:
        els.append(lambda e: Ln("pnr_dump").a("%3d FP PAX CC%s" % (e, {"4": "VI", "5": "CA", "3": "AX"}[p.card[0]]), (p.card, "account"), "/%02d%02d/N%s/P1" % (R.randint(1, 12), R.randint(25, 29), digits(6))))
    if R.random() < 0.6:
        els.append(lambda e: Ln("pnr_dump").a("%3d FA PAX " % e, (p.etkt, "other_id"), "/ETNV/GBP%d.%02d/%s/%s/91234567/S%d/P1" % (R.randint(180, 2400), R.randint(0, 99), fd(C.t.date(), "pnr"), off, n + 1)))
    R.shuffle(els[1:])
    for fn in els:
        ls.append(fn(e))
        e += 1
    if R.random() < 0.4:
        ls.append(Ln("pnr_dump").t(ch([">", "*TRN*", ")>"])))
    emit(*ls)


def psm_name(ln, p, extra=""):
    ln.a("1", (p.pnrname, "name"), p.title + " " + p.seat)
    if extra:
        ln.t(" " + extra)
    return ln


def g_psm(kind="PSM"):
    o, d, f = route()
    td = ch(TRAVEL)
    fam = "typeb_" + kind.lower()
    pre = R.random() < (0.15 if kind == "PSM" else 0.7)
    C.tick(5, 60)
    seq = R.randint(100, 999)

    def L():
        ln = Ln(fam)
        if pre:
            ln.t("%s INFO typeb-router[%d] q=%s seq=%d | " % (C.iso(), 3117, kind, seq))
        return ln
    ls = [L().t("QU %sKKNV %sAPNV %sKKNV" % (o, o, d)), L().t(".%sRMNV %s" % (o, C.t.strftime("%d%H%M"))), L().t(kind),
          L().t("NV%s/%s %s PART1" % (f, fd(td, "ddmon"), o)), L().t("-" + d)]
    cats = {}
    for _ in range(R.randint(2, 5)):
        q = person()
        cats.setdefault(q.ssr, []).append(q)
    for c, qs in cats.items():
        ls.append(L().t("%s %d" % (c, len(qs))))
        for q in qs:
            ln = L()
            extra = ""
            r = R.random()
            if q.age > 89 and r < 0.6:
                ln.a("1", (q.pnrname, "name"), q.title + " " + q.seat + " AGE ", (str(q.age), "age"))
                ls.append(ln)
                continue
            if r < 0.3:
                extra = ch(["OWN POC", "DEAF", "BLND", "MEDA CLEARED", "NEEDS AMBULIFT", "STCR 3 ROWS", "ESCORT 1"])
            psm_name(ln, q, extra)
            ls.append(ln)
    if kind == "PIL" and R.random() < 0.6:
        q = person()
        ls.append(L().a("SI MEDA CLEARED REF ", (q.case, "other_id"), " " + ch(["O2 2LPM", "STCR ROWS 30-32", "NO RESTRICTIONS", "ESCORT REQUIRED"])))
    ls.append(L().t("END" + kind))
    emit(*ls)


def g_bsm():
    p = person()
    o, d, f = route()
    td = ch(TRAVEL)
    pre = ch(["", "", "bsm-rx: ", "BRS|IN|"])
    C.tick(3, 30)
    t = p.dev
    rem = ch(["WCHR BATTERY DRY CELL", "WCHC MOBILITY AID LI-ION %dWH" % R.randint(150, 300), "PWC WET CELL DISCONNECTED", "MEDICAL EQUIPMENT FOC", "POC SPARE BATTERIES IN CABIN"])
    ls = [Ln("typeb_bsm").t(pre + "BSM"), Ln("typeb_bsm").t(pre + ".V/1L" + o), Ln("typeb_bsm").t(pre + ".F/NV%s/%s/%s/Y" % (f, fd(td, "ddmon"), d)),
          Ln("typeb_bsm").a(pre + ".N/", (p.bagtag, "other_id"), "001"), Ln("typeb_bsm").t(pre + ".S/Y/%s/C/%03d//N//A" % (p.seat, R.randint(1, 300))),
          Ln("typeb_bsm").a(pre + ".P/1", (p.pnrname, "name"), p.title if R.random() < 0.5 else ""), Ln("typeb_bsm").t(pre + ".R/" + rem)]
    if R.random() < 0.6:
        ls.append(Ln("typeb_bsm").a(pre + ".L/", (p.pnr, "other_id")))
    ls.append(Ln("typeb_bsm").t(pre + "ENDBSM"))
    emit(*ls)


def g_medif_json():
    p = person()
    C.tick()
    o, d, f = route()
    td = ch(TRAVEL)
    r = R.random()
    if r < 0.45:
        ln = Ln("medif_json").t("%s  INFO 1 --- [nio-8080-exec-%d] c.n.medif.api.MedifController        : received MEDIF payload=" % (C.spring(), R.randint(1, 12)))
        pax = {"surname": (p.last, "name"), "givenName": (p.first, "name"), "title": p.title, "dateOfBirth": (fd(p.dob, "iso"), "date")}
        if p.age > 89:
            pax["age"] = (p.age, "age")
        else:
            pax["age"] = p.age
        pax["mobile"] = (phone(p, "e164"), "phone")
        if R.random() < 0.6:
            pax["email"] = (p.email, "email")
        obj = {"medifId": (p.medif, "other_id"), "pnr": (p.pnr, "other_id"), "channel": "web", "passenger": pax,
               "itinerary": [{"flight": "NV" + f, "travelDate": (fd(td, "iso"), "date"), "from": o, "to": d}],
               "part1": {"natureOfIncapacity": p.diag[0], "stretcher": p.ssr == "STCR", "wheelchair": p.ssr if p.ssr.startswith("WCH") else "NONE",
                         "escort": ({"name": (name_fl(p.rel), "name"), "relation": p.rel.relation} if R.random() < 0.5 else None)},
               "part2": {"physicianName": ch(STAFF_DOCS), "physicianPhone": "+44 20 7188 %04d" % R.randint(0, 9999), "gmc": digits(7),
                         "diagnosis": p.diag[0], "dateOfDiagnosis": (fd(REF - timedelta(days=R.randint(5, 400)), "iso"), "date"),
                         "oxygen": {"required": p.ssr == "OXYG" or p.dev[0] == "POC", "flowLpm": R.randint(1, 4)}, "fitToFly": ch(["YES", "YES", "WITH_CONDITIONS"])}}
        jw(ln, obj)
    elif r < 0.8:
        ln = Ln("medif_json").t("%s [agency-gw] POST /v1/medif 202 " % C.iso())
        obj = {"medif_ref": (p.medif, "other_id"), "booking_ref": (p.pnr, "other_id"), "agency_iata": "912%05d" % R.randint(0, 99999),
               "pax_last_name": (p.pl, "name"), "pax_first_name": (p.pf, "name"), "dob": (fd(p.dob, "dmy"), "date"),
               "nationality": p.ctry, "ssr_codes": sorted({p.ssr, "MEDA"}), "flights": "NV%s/%s" % (f, fd(td, "ddmon")),
               "travel_insurance": {"insurer": p.insurer, "policy_no": (p.policy, "health_plan")}, "contact_phone": (phone(p), "phone")}
        if p.dev[0] in ("POC", "CPAP"):
            obj["own_device"] = {"type": p.dev[0], "model": p.dev[1] + " " + p.dev[2], "serial": (p.dev[3], "device")}
        jw(ln, obj, (", ", ": "))
    else:
        ln = Ln("medif_json").t("%s  WARN 1 --- [nio-8080-exec-%d] c.n.medif.validation.MedifValidator     : " % (C.spring(), R.randint(1, 12)))
        ln.a(ch(["MEDIF rejected: part2.dateOfDiagnosis missing", "MEDIF incomplete: physician signature absent", "MEDIF rejected: travel within 10 days of surgery"]),
             " medifId=", (p.medif, "other_id"), " pax=", (p.pnrname, "name"))
    emit(ln)


def g_medif_email():
    p = old_person() if R.random() < 0.5 else person()
    q = p.rel
    C.tick()
    o, d, f = route()
    td = ch(TRAVEL)
    uid = R.randint(20000, 99999)
    if R.random() < 0.3:
        # single JSON line with escaped newlines (mail-ingest)
        ln = Ln("medif_email_json").t('{"ts":"%s","svc":"mail-ingest","mailbox":"medif@nordvale-air.com","uid":%d,"from":"' % (C.iso(), uid))
        ln.p(q.email, "email").t('","subject":"MEDIF - ').p(p.pnrname, "name").t(" - ref ").p(p.pnr, "other_id").t('","body":"')
        ln.t("Hello,\\nPlease find attached the MEDIF for my " + ({"daughter": "mother", "son": "mother", "granddaughter": "grandmother", "grandson": "grandmother", "niece": "aunt", "nephew": "aunt"}.get(q.relation, "wife" if p.sex == "F" else "sister") if p.sex == "F" else
                 {"daughter": "father", "son": "father", "granddaughter": "grandfather", "grandson": "grandfather", "niece": "uncle", "nephew": "uncle"}.get(q.relation, "husband" if p.sex == "M" and q.sex == "F" else "brother")) + " ")
        ln.p(name_fl(p), "name").t(", born ").p(fd(p.dob, "dMy"), "date").t(".\\n%s will use %s own " % (("She", "her") if p.sex == "F" else ("He", "his"))).t(p.dev[1] + " " + p.dev[2]).t(" (serial ").p(p.dev[3], "device")
        ln.t(").\\nMy number is ").p(phone(q), "phone").t(".\\nThanks,\\n").p(q.first, "name").t('","attachments":1,"spam_score":%.1f}' % (R.random() * 2))
        emit(ln)
        return
    ls = []
    pre = ""
    E = lambda: Ln("medif_email").t(pre)
    ls.append(E().t("Received: from mail-%s.google.com (mail-%s.google.com [209.85.%d.%d]) by mx1.nordvale-air.com with ESMTPS id %s" % (hexs(4), hexs(4), R.randint(128, 223), R.randint(1, 254), hexs(12).upper())))
    ls.append(E().a('From: "', (name_fl(q), "name"), '" <', (q.email, "email"), ">"))
    ls.append(E().t("To: Medical Desk <medif@nordvale-air.com>"))
    ls.append(E().a("Subject: ", ch(["MEDIF", "Medical clearance", "Re: MEDIF request", "FW: special assistance"]), " - ", (p.pl, "name"), "/", (p.pf, "name"), " " + p.title + " - NV%s %s" % (f, fd(td, "ddmon"))))
    ls.append(E().t("Date: %s" % C.t.strftime("%a, %d %b %Y %H:%M:%S +0000")))
    ls.append(E().t("Message-ID: <CA+%s@mail.gmail.com>" % base64.b32encode(bytes(R.randrange(256) for _ in range(20))).decode().rstrip("=")))
    ls.append(E().t('Content-Type: text/plain; charset="UTF-8"'))
    lang = ch(["en", "en", "es", "fr", "de"]) if p.o in ("ES", "FR", "DE") else "en"
    if lang == "es":
        ls.append(E().t("Buenos días:"))
        ls.append(E().a("Les escribo por mi ", (("madre" if p.age >= 60 else "hermana") if p.sex == "F" else ("padre" if p.age >= 60 else "hermano")), ", ", (name_fl(p), "name"), ", nacid%s el " % ("a" if p.sex == "F" else "o"), (fd(p.dob, "es"), "date"), ", que vuela el ", (fd(td, "dm").split()[0] + " de " + MES[td.month - 1], "date"), "."))
        ls.append(E().t("Tiene %s y necesita silla de ruedas hasta el asiento." % ch(["EPOC", "una prótesis de cadera reciente", "insuficiencia cardiaca"])))
        ls.append(E().a("Su seguro de viaje es ", p.insurer, ", póliza ", (p.policy, "health_plan"), "."))
        ls.append(E().a("Pueden llamarme al ", (phone(q), "phone"), "."))
        ls.append(E().t("Un saludo,"))
    elif lang == "fr":
        ls.append(E().t("Bonjour,"))
        ls.append(E().a("Je vous écris pour ", (("ma mère" if p.age >= 60 else "ma sœur") if p.sex == "F" else ("mon père" if p.age >= 60 else "mon frère")), ", ", (name_fl(p), "name"), ", né%s le " % ("e" if p.sex == "F" else ""), (fd(p.dob, "fr"), "date"), "."))
        ls.append(E().a("Elle" if p.sex == "F" else "Il", " voyage le ", (fd(td, "fr"), "date"), " et utilise son appareil ", p.dev[1] + " " + p.dev[2], " (n° de série ", (p.dev[3], "device"), ")."))
        if p.ehic:
            ls.append(E().a("Carte européenne d'assurance maladie : ", (p.ehic, "health_plan")))
        ls.append(E().a("Mon portable : ", (phone(q), "phone")))
        ls.append(E().t("Cordialement,"))
    elif lang == "de":
        ls.append(E().t("Sehr geehrte Damen und Herren,"))
        ls.append(E().a("anbei das MEDIF-Formular für ", (("meine Mutter" if p.age >= 60 else "meine Schwester") if p.sex == "F" else ("meinen Vater" if p.age >= 60 else "meinen Bruder")), " ", (name_fl(p), "name"), " (geb. ", (fd(p.dob, "dot"), "date"), ")."))
        ls.append(E().a("Sie" if p.sex == "F" else "Er", " fliegt am ", (fd(td, "de"), "date"), " und benötigt einen Rollstuhl bis zur Kabine."))
        ls.append(E().a("Auslandskrankenversicherung ", p.insurer, ", Vers.-Nr. ", (p.policy, "health_plan")))
        ls.append(E().a("Rückruf bitte unter ", (phone(q), "phone")))
        ls.append(E().t("Mit freundlichen Grüßen"))
    else:
        ls.append(E().t(ch(["Dear Medical Desk,", "Hello,", "Dear Sir/Madam,", "Hi there,"])))
        rel = {"daughter": "mother", "son": "mother", "granddaughter": "grandmother", "grandson": "grandmother", "niece": "aunt", "nephew": "aunt",
               "wife": "husband", "husband": "wife", "sister": "sister", "brother": "sister"}[q.relation]
        if p.sex == "M":
            rel = {"mother": "father", "grandmother": "grandfather", "aunt": "uncle", "wife": "husband", "husband": "husband", "sister": "brother"}[rel]
        if rel == "husband" and p.sex == "F":
            rel = "wife"
        ls.append(E().a("My %s " % rel, (name_fl(p), "name"), " (DOB ", (fd(p.dob, ch(["dmy", "mdy", "dMy"])), "date"), ") is flying with us on ", (fd(td, "dm"), "date"), "."))
        if p.age > 89:
            ls.append(E().a("She is " if p.sex == "F" else "He is ", (str(p.age), "age"), " and cannot walk long distances, so we need a WCHC and an aisle chair."))
        ls.append(E().a("Diagnosis: %s. %s " % (p.diag[0], ch(["Discharged from hospital on", "Last seen by the consultant on", "Symptoms started on"])), (fd(REF - timedelta(days=R.randint(4, 40)), ch(["dmy", "dm", "Mdy"])), "date"), "."))
        if p.dev[0] in ("POC", "CPAP", "PWC"):
            ls.append(E().a("Device: %s %s, serial no. " % (p.dev[1], p.dev[2]), (p.dev[3], "device"), "; battery specs attached."))
        if R.random() < 0.4:
            ls.append(E().a("Photos of the device label: ", ("https://photos.app.goo.gl/" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(17)), "url")))
        ls.append(E().a("Travel insurance: ", p.insurer, " policy ", (p.policy, "health_plan")))
        ls.append(E().a("Booking ref ", (p.pnr, "other_id"), ", best contact ", (phone(q), "phone"), "."))
        ls.append(E().t(ch(["Kind regards,", "Many thanks,", "Best wishes,"])))
    ls.append(E().p(name_fl(q) if R.random() < 0.6 else q.first, "name"))
    if R.random() < 0.5:
        ls.append(E().t("-- "))
        ls.append(E().t("Sent from my iPhone"))
    emit(*ls)


CLEAR_EN = [
    lambda p: [("Spoke w/ treating physician %s re pax " % ch(STAFF_DOCS)), (name_any(p), "name"), " DOB ", (fd(p.dob, dob_style()), "date"), ", dx %s. " % p.diag[0],
               "Cleared for travel ", ch(["with O2 2 L/min", "WCHC + aisle chair", "STCR", "with escort"]), " valid until ", (fd(REF + timedelta(days=R.randint(7, 60)), ch(["dmy", "dMy", "iso"])), "date"), "."],
    lambda p: ["Pax ", (name_any(p), "name"), " called from ", (phone(p), "phone"), " - wants to bring own ", p.dev[1] + " " + p.dev[2], " s/n ", (p.dev[3], "device"),
               ". Sent POC form, awaiting battery calc."],
    lambda p: ["MEDIF for ", (p.pnrname, "name"), " (PNR ", (p.pnr, "other_id"), ") NOT cleared: surgery on ", (fd(REF - timedelta(days=R.randint(2, 9)), ch(["dmy", "ddmon", "dMy"])), "date"),
               " < 10 days. Advised ", p.rel.relation, " ", (name_fl(p.rel), "name"), " by phone."],
    lambda p: [p.rel.relation.capitalize() + " ", (name_fl(p.rel), "name"), " (", (phone(p.rel), "phone"), ") confirms pax is ", (str(p.age), "age" if p.age > 89 else None), " y/o, uses walker, no O2. Booked WCHS both sectors."],
    lambda p: (["EHIC/GHIC seen for ", (name_init(p), "name"), ": ", (p.ehic, "health_plan"), ". Travel insurer ", p.insurer, " ref ", (p.policy, "health_plan"), " agreed to cover stretcher fare."] if p.ehic else
               ["Insurance docs seen for ", (name_init(p), "name"), ": ", p.insurer, " ", (p.policy, "health_plan"), ", covers medical escort + stretcher fare."]),
    lambda p: ["STCR quote sent to ", (p.email, "email"), " for ", (name_lf(p), "name"), ", 9 seats + nurse escort (AirMed Escorts Ltd). Pax addr on file: ",
               (p.street, "address"), ", ", (p.city, "address")] + ([" ", (p.zip, "zip")] if p.zip else []) + ["."],
    lambda p: ["Discharge summary from Hillingdon Hospital rec'd for ", (name_lf(p), "name"), " (hosp MRN ", ("RAS" + digits(7), "mrn"), ", admitted ",
               (fd(REF - timedelta(days=R.randint(6, 25)), ch(["dmy", "dMy"])), "date"), "). OK to fly after ", (fd(REF + timedelta(days=R.randint(3, 14)), "dmy"), "date"), "."],
    lambda p: ["Pax ", (p.pnrname, "name"), " sent fit-to-fly letter via link ", ("https://drive.google.com/file/d/1" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(32)) + "/view?usp=sharing", "url"),
               " - cannot open from desk PC, asked to e-mail PDF to medif@nordvale-air.com."],
]
CLEAR_ES = [
    lambda p: ["Pasajero/a ", (name_lf(p), "name"), ", F. nac. ", (fd(p.dob, "dmy"), "date"), ", edad ", (str(p.age), "age" if p.age > 89 else None), ". Informe médico recibido del ", ch(STAFF_DOCS),
               ". Apto para volar con O2 a 2 l/min."],
    lambda p: ["Llamada de ", (name_fl(p.rel), "name"), " (", p.rel.relation, ") al ", (phone(p.rel), "phone"), ": el pasajero ", (p.pnrname, "name"), " lleva marcapasos, nº serie ", (p.dev[3] if p.dev[0] == "PM" else "RNB" + digits(6) + "H", "device"), "."],
]
CLEAR_FR = [
    lambda p: ["Dossier de ", (name_fl(p), "name"), " (née le ", (fd(p.dob, "fr"), "date"), ") : certificat du ", ch(STAFF_DOCS), " reçu, vol du ", (fd(ch(TRAVEL), "dmy"), "date"), " validé avec fauteuil WCHC."],
]


def g_clear():
    p = person()
    C.tick()
    ln = Ln("clearance_note")
    st = R.random()
    if st < 0.5:
        ln.a("[MEDDESK] %s agent=%s case=" % (C.t.strftime("%Y-%m-%d %H:%M:%S"), ch(AGENTS)), (p.case, "other_id"), ' note="')
        close = '"'
    elif st < 0.8:
        ln.a("%s meddesk-ui NOTE_ADDED caseRef=" % C.iso(), (p.case, "other_id"), " by=%s text=" % ch(AGENTS))
        close = ""
    else:
        ln.t("%s|MEDDESK|%s|" % (C.t.strftime("%d.%m.%Y %H:%M"), ch(AGENTS).upper()))
        close = ""
    pool = CLEAR_EN * 2 + (CLEAR_ES if p.o in ("ES", "NG", "VN") or R.random() < 0.2 else []) + (CLEAR_FR if p.o == "FR" or R.random() < 0.1 else [])
    ln.a(*ch(pool)(p))
    ln.t(close)
    emit(ln)


def g_ifme():
    p = old_person() if R.random() < 0.35 else person()
    C.tick()
    o, d, f = route()
    evd = REF - timedelta(days=ch([0, 0, 0, 1, 2, 3]))
    rid = "IFME-NV%s-%s-%02d" % (f, evd.strftime("%y%m%d"), R.randint(1, 9))
    tail = ch(TAILS)
    lang = ch(["en", "es", "fr", "de"])
    ln = Ln("ifme_report").t("%s crewtab[%s] report.upload " % (C.iso(), tail))
    if lang == "es":
        pax = {"apellidos": (p.last, "name"), "nombre": (p.first, "name"), "fechaNacimiento": (fd(p.dob, "iso"), "date"), "edad": (p.age, "age") if p.age > 89 else p.age, "asiento": p.seat}
        obj = {"informeId": (rid, "other_id"), "vuelo": "NV" + f, "fecha": (fd(evd, "iso"), "date"), "matricula": tail, "pasajero": pax,
               "sintomas": ch(["síncope, palidez, sudoración", "dolor torácico opresivo", "hipoglucemia", "crisis convulsiva", "dificultad respiratoria"]),
               "constantes": {"TA": "%d/%d" % (R.randint(80, 170), R.randint(50, 100)), "FC": R.randint(45, 130), "SpO2": R.randint(84, 99)},
               "tratamiento": ch(["O2 4 l/min, Trendelenburg", "glucosa oral 15 g", "AAS 300 mg masticado", "posición lateral de seguridad"]),
               "medicoABordo": R.random() < 0.5, "tcpResponsable": ch(CREW), "desvio": False}
    elif lang == "fr":
        pax = {"nom": (p.last.upper(), "name"), "prenom": (p.first, "name"), "date_naissance": (fd(p.dob, "dmy"), "date"), "age": (p.age, "age") if p.age > 89 else p.age, "siege": p.seat}
        obj = {"rapport_id": (rid, "other_id"), "vol": "NV" + f, "date_evenement": (fd(evd, "dmy"), "date"), "passager": pax,
               "symptomes": ch(["douleur thoracique", "malaise vagal", "crise d'asthme", "perte de connaissance brève", "saignement de nez abondant"]),
               "traitement": ch(["O2 au masque 6 L/min", "Ventoline 4 bouffées", "position allongée, jambes surélevées", "compression 10 min"]),
               "medecin_a_bord": {"present": True, "nom": ch(STAFF_DOCS)} if R.random() < 0.5 else {"present": False},
               "chef_de_cabine": ch(CREW), "deroutement": R.random() < 0.1}
    elif lang == "de":
        pax = {"Name": ("%s, %s" % (p.last, p.first), "name"), "Geburtsdatum": (fd(p.dob, "dot"), "date"), "Alter": (p.age, "age") if p.age > 89 else p.age, "Sitzplatz": p.seat}
        obj = {"berichtNr": (rid, "other_id"), "Flug": "NV" + f, "Datum": (fd(evd, "dot"), "date"), "Fluggast": pax,
               "Beschwerden": ch(["Atemnot", "Brustschmerzen", "Kreislaufkollaps", "Unterzuckerung", "starke Bauchschmerzen"]),
               "Massnahmen": ch(["Sauerstoff 4 l/min", "Traubenzucker", "Schocklage", "AED angelegt, kein Schock empfohlen"]),
               "Arzt_an_Bord": R.random() < 0.5, "Purser": ch(CREW), "Zwischenlandung": False}
    else:
        pax = {"paxName": (p.pnrname, "name"), "dob": (fd(p.dob, "pnr"), "date"), "age": (p.age, "age") if p.age > 89 else p.age, "seat": p.seat, "gender": p.sex}
        if R.random() < 0.4:
            pax["ffNumber"] = (p.ff, "other_id")
        obj = {"reportId": (rid, "other_id"), "flightNo": "NV" + f, "eventDate": (fd(evd, "iso"), "date"), "tail": tail, "pax": pax,
               "complaint": ch(["chest pain", "fainting", "shortness of breath", "allergic reaction - peanuts", "seizure", "hypoglycaemia"]),
               "vitals": {"bp": "%d/%d" % (R.randint(80, 170), R.randint(50, 100)), "hr": R.randint(45, 130), "spo2": R.randint(84, 99)},
               "actions": ch(["O2 administered", "EpiPen (pax own) given", "aspirin 300mg", "recovery position"]), "groundAdvice": R.random() < 0.6, "seniorCabinCrew": ch(CREW)}
    jw(ln, obj)
    emit(ln)


def g_ifme_text():
    p = old_person() if R.random() < 0.3 else person()
    C.tick()
    o, d, f = route()
    ln = Ln("ifme_narrative").t("%s crewtab[%s] narrative lang=" % (C.iso(), ch(TAILS)))
    lang = ch(["en", "es", "fr", "de"])
    ag = lambda: (str(p.age), "age" if p.age > 89 else None)
    if lang == "es":
        ln.a('es text="%s ' % ("Pasajera" if p.sex == "F" else "Pasajero"), (name_fl(p), "name"), " (", ag(), " años), asiento %s, presenta mareo y palidez tras el servicio. " % p.seat,
             "Se administra O2. Su %s " % REL_ES[p.rel.relation], (p.rel.first, "name"), " indica que toma anticoagulantes.\"")
    elif lang == "fr":
        ln.a('fr text="%s ' % ("Mme" if p.sex == "F" else "M."), (p.last.upper(), "name"), " ", (p.first, "name"), ", ", ag(), " ans, siège %s : douleur thoracique à FL350. " % p.seat,
             "Appel au centre médical sol, pas de déroutement. %s le " % ("Née" if p.sex == "F" else "Né"), (fd(p.dob, "dmy"), "date"), '."')
    elif lang == "de":
        ln.a('de text="Fluggast ', (name_lf(p), "name"), ", ", ag(), " Jahre, Platz %s, kollabiert beim Gang zur Toilette. " % p.seat,
             "Vitalwerte stabil nach 10 min. Begleitperson: ", (name_fl(p.rel), "name"), '."')
    else:
        ln.a('en text="Pax ', (name_init(p), "name"), " %s, " % p.seat, ag(), " y/o %s, c/o %s. " % (p.sex, ch(["dizziness", "chest tightness", "severe headache", "abdominal pain"])),
             "Dr on board (", ch(STAFF_DOCS), ") assisted. Meet with ambulance at ", d, ' requested."')
    emit(ln)


def g_gta():
    p = old_person() if R.random() < 0.3 else person()
    C.tick()
    o, d, f = route()
    cid = "GA-%s-%04d" % (C.t.strftime("%y%m%d"), R.randint(1, 9999))
    ln = Ln("gta_call_log").t(C.t.strftime("%Y-%m-%dT%H:%M:%SZ") + " GTA-CALL ")
    pairs = [("case", (cid, "other_id")), ("flt", "NV" + f), ("tail", ch(TAILS)), ("pos", "N%02d%02dW%03d%02d" % (R.randint(40, 60), R.randint(0, 59), R.randint(0, 70), R.randint(0, 59))),
             ("fl", "FL%d" % ch([330, 350, 370, 390])), ("caller", ch(["SCCM", "CAPT", "FO", "purser"])),
             ("pax", (ch([name_lf(p), p.pnrname, name_fl(p)]), "name")), ("sex", p.sex), ("age", (str(p.age), "age") if p.age > 89 else str(p.age)), ("seat", p.seat),
             ("cc", ch(["chest pain radiating L arm", "unresponsive 2 min, now GCS 14", "acute SOB, known COPD", "anaphylaxis, lips swelling", "severe abdominal pain, vomiting"])),
             ("vitals", "BP %d/%d HR %d SpO2 %d%%" % (R.randint(80, 180), R.randint(50, 110), R.randint(40, 140), R.randint(82, 99))),
             ("adv", ch(["O2 15L NRB, aspirin 300mg chewed, monitor q5min", "epinephrine 0.5mg IM from EMK", "continue to dest, EMS meet", "divert %s recommended" % ch(["KEF", "SNN", "LIS", "IST", "BAH"])])),
             ("md", ch(STAFF_DOCS)), ("dur", "00:%02d:%02d" % (R.randint(2, 25), R.randint(0, 59)))]
    if R.random() < 0.35:
        pairs.insert(12, ("callback", (phone(p.rel), "phone")))
    kv(ln, pairs)
    emit(ln)
    if R.random() < 0.4:
        C.tick(1, 5)
        emit(Ln("gta_call_log").t(C.t.strftime("%Y-%m-%dT%H:%M:%SZ") + " GTA-REC recording=gta/%s/%s.opus size=%dKB codec=opus/16k retention=7y" % (C.t.strftime("%Y/%m/%d"), uuid(), R.randint(300, 9000))))


EMS_HDR = [False]


def g_ems_csv():
    if not EMS_HDR[0] or R.random() < 0.1:
        EMS_HDR[0] = True
        emit(Ln("ems_csv").t("incident_no,date,time,location,pt_surname,pt_forename,dob,sex,nationality,home_address,postcode,phone,complaint,treatment,disposition,attending"))
    for _ in range(R.randint(1, 3)):
        p = person()
        C.tick()
        ln = Ln("ems_csv")
        addr = "%s, %s" % (p.street, p.city)
        ln.a(("FAS-24-%05d" % R.randint(100, 9999), "other_id"), ",", (fd(C.t.date(), "dmy"), "date"), ",", C.hhmm(), ",", ch(["T5 Gate B36", "T3 Arrivals Hall", "T2 Security Lane 7", "T4 Baggage Reclaim 9", "T5 Pier C"]), ",",
             (p.last.upper(), "name"), ",", (p.first, "name"), ",", (fd(p.dob, "iso"), "date"), ",", p.sex, ",", p.ctry, ',"', (p.street, "address"), ", ", (p.city, "address"), '",')
        if p.zip:
            ln.p(p.zip, "zip")
        ln.a(",", (phone(p), "phone"), ",", ch(["fall on travelator - laceration L shin", "syncope at security", "chest pain at gate", "hypo - BM 2.8", "asthma attack", "twisted ankle on stairs"]),
             ",", ch(["cleaned & steri-strips", "ECG NSR; obs", "glucogel + sandwich", "salbutamol neb", "ice/elevation"]), ",", ch(["discharged to travel", "conveyed Hillingdon ED", "refused conveyance", "fit to fly per duty doc"]),
             ",", ch(["Paramedic K. Brennan", "EMT J. Sowerby", "Paramedic A. Nkemelu", "ECP D. Harte"]))
        emit(ln)


def g_ems_es():
    p = person()
    C.tick()
    ln = Ln("ems_es_csv")
    dni = "%08d%s" % (R.randint(1000000, 79999999), ch("TRWAGMYFPDXBNJZSQVHLCKE"))
    ln.a("MAD-T4-PPAA;", (("%06d" % R.randint(1, 99999)), "other_id"), ";", (fd(C.t.date(), "dmy"), "date"), ";", C.hhmm(), ";", ch(["T4 Puerta J52", "T4S Control Seguridad", "T1 Llegadas", "T4 Recogida equipajes"]), ";",
         (p.last.upper(), "name"), ";", (p.first.upper(), "name"), ";")
    if p.o == "ES":
        ln.p(dni, "license")
    else:
        ln.a("PAS ", (p.passport, "license"))
    ln.a(";", (str(p.age), "age") if p.age > 89 else str(p.age), ";", ch(["caída en escalera mecánica", "lipotimia", "dolor abdominal", "crisis de ansiedad", "hipertensión"]), ";",
         ch(["alta in situ", "traslado SUMMA 112 H. Ramón y Cajal", "valoración y alta", "rechaza traslado"]), ";", ch(["Dr. Ortega", "DUE Martín", "TES Gómez"]))
    emit(ln)


def g_nemsis():
    p = ch([x for x in PEOPLE if x.o == "US"] or PEOPLE)
    C.tick()
    ls = []
    X = lambda: Ln("ems_nemsis_xml")
    ls.append(X().t('<?xml version="1.0" encoding="UTF-8"?>'))
    ls.append(X().t('<EMSDataSet xmlns="http://www.nemsis.org" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.nemsis.org https://nemsis.org/media/nemsis_v3/3.5.0.211008CP3/XSDs/NEMSIS_XSDs/EMSDataSet_v3.xsd">'))
    ls.append(X().a("<PatientCareReport UUID=\"%s\"><eRecord><eRecord.01>" % uuid(), ("JFK-EMS-2024-%06d" % R.randint(1, 99999), "other_id"), "</eRecord.01></eRecord>"))
    ls.append(X().t("<eResponse><eResponse.AgencyGroup><eResponse.01>NY-PANYNJ-EMS</eResponse.01><eResponse.02>Port Authority JFK Medical Unit</eResponse.02></eResponse.AgencyGroup><eResponse.05>2205001</eResponse.05></eResponse>"))
    pn = X().a("<ePatient><ePatient.PatientNameGroup><ePatient.02>", (p.last, "name"), "</ePatient.02><ePatient.03>", (p.first, "name"), "</ePatient.03></ePatient.PatientNameGroup>")
    ls.append(pn)
    ad = X().a("<ePatient.05>", (p.street, "address"), "</ePatient.05><ePatient.06>", ("%07d" % R.randint(900000, 2800000), "address"), "</ePatient.06><ePatient.08>36</ePatient.08>")
    if p.zip:
        ad.a("<ePatient.09>", (p.zip, "zip"), "</ePatient.09>")
    ls.append(ad)
    if p.o == "US":
        ls.append(X().a("<ePatient.12>", (ssn().replace("-", "") if R.random() < 0.5 else ssn(), "ssn"), "</ePatient.12><ePatient.13>%s</ePatient.13>" % ("9906003" if p.sex == "F" else "9906001")))
    ag = X().t("<ePatient.AgeGroup><ePatient.15>").p(str(p.age), "age" if p.age > 89 else None).t("</ePatient.15><ePatient.16>2516009</ePatient.16></ePatient.AgeGroup><ePatient.17>").p(fd(p.dob, "iso"), "date").t("</ePatient.17>")
    ls.append(ag)
    ls.append(X().a("<ePatient.18 PhoneNumberType=\"9913009\">", (phone(p, "nat") if p.o == "US" else phone(p, "intl"), "phone"), "</ePatient.18>"))
    if R.random() < 0.5 and p.o == "US":
        ls.append(X().a("<ePatient.20>NY</ePatient.20><ePatient.21>", (digits(9), "license"), "</ePatient.21></ePatient>"))
    else:
        ls.append(X().t("</ePatient>"))
    ls.append(X().t("<eVitals><eVitals.VitalGroup><eVitals.06>%d</eVitals.06><eVitals.07>%d</eVitals.07><eVitals.10>%d</eVitals.10><eVitals.12>%d</eVitals.12></eVitals.VitalGroup></eVitals>" % (R.randint(90, 180), R.randint(50, 100), R.randint(50, 120), R.randint(88, 100))))
    ls.append(X().t("</PatientCareReport></EMSDataSet>"))
    emit(*ls)


def g_hl7():
    p = person()
    C.tick()
    ts = C.t.strftime("%Y%m%d%H%M%S")
    H = lambda: Ln("hl7_adt")
    ls = [H().t("MSH|^~\\&|AIRMEDCTR|LHRMC|TRAKCARE|HILLINGDON|%s||ADT^A04^ADT_A01|%s|P|2.5.1|||AL|NE" % (ts, "AMC" + digits(8))),
          H().t("EVN|A04|%s|||%s^%s" % (ts, ch(AGENTS).upper(), "DUTYNURSE"))]
    pid = H().a("PID|1||", (p.mrn, "mrn"), "^^^LHRMC^MR~", (p.passport, "license"), "^^^%s^PPN||" % p.ctry, (p.last.upper(), "name"), "^", (p.first.upper(), "name"), "^^^%s||" % p.title,
                (fd(p.dob, "hl7"), "date"), "|%s|||" % p.sex, (p.street, "address"), "^^", (p.city, "address"), "^^")
    if p.zip:
        pid.p(p.zip, "zip")
    pid.a("^%s^H||" % p.ctry, (phone(p, "e164"), "phone"), "^PRN^CP")
    ls.append(pid)
    if R.random() < 0.7:
        ls.append(H().a("NK1|1|", (p.rel.last.upper(), "name"), "^", (p.rel.first.upper(), "name"), "|%s^%s^HL70063||" % ({"son": "CHD", "daughter": "CHD", "husband": "SPO", "wife": "SPO"}.get(p.rel.relation, "OTH"), p.rel.relation), (phone(p.rel, "e164"), "phone")))
    ls.append(H().a("PV1|1|E|AMC^BAY%d^1^LHRMC||||%s^%s|||EM||||||||" % (R.randint(1, 6), "C" + digits(6), "DUTY^DOCTOR"), ("V" + digits(8), "other_id"), "|||||||||||||||||||||||||", (ts, "date")))
    if R.random() < 0.5:
        ls.append(H().a("IN1|1|TRAVEL^Travel medical|%s|%s|||||||||||||" % (digits(5), p.insurer), ("%s^%s" % (p.last.upper(), p.first.upper()), "name"), "|SEL||||||||||||||||||", (p.policy, "health_plan")))
    emit(*ls)


def g_poc():
    p = person()
    if p.dev[0] not in ("POC", "CPAP"):
        d = ch(DEVICES[:7])
        p.dev = (d[0], d[1], d[2], d[3]())
    C.tick()
    o, d, f = route()
    td = ch(TRAVEL)
    ln = Ln("poc_approval")
    if R.random() < 0.6:
        ln.t("%s poc-svc[%d]: " % (C.sys(), R.randint(1000, 9999)))
        pairs = [("event", "POC_APPROVAL"), ("id", ("POC-24-%04d" % R.randint(1, 9999), "other_id")), ("result", ch(["APPROVED", "APPROVED", "PENDING_BATTERY", "REJECTED_MODEL"])),
                 ("make", p.dev[1]), ("model", p.dev[2]), ("serial", (p.dev[3], "device")), ("faa_approved", "Y"), ("batteries", str(R.randint(1, 4))),
                 ("battery_wh", str(ch([99, 99, 98, 145, 150]))), ("setting", "pulse %d" % R.randint(1, 5)), ("block_time_h", "%.1f" % (R.random() * 12 + 1)),
                 ("pax", (p.pnrname, "name")), ("flights", "NV%s/%s" % (f, fd(td, "ddmon"))), ("approver", ch(AGENTS))]
        if R.random() < 0.3:
            pairs.insert(6, ("bt_mac", (":".join(hexs(2).upper() for _ in range(6)), "device")))
        kv(ln, pairs)
    else:
        ln.t("%s|POCAPP|" % C.log4j())
        ln.a(("POC-24-%04d" % R.randint(1, 9999), "other_id"), "|", (p.pnr, "other_id"), "|", (name_lf(p), "name"), "|", p.dev[1] + " " + p.dev[2], "|SN:", (p.dev[3], "device"),
             "|valid_to=", (fd(td + timedelta(days=R.randint(1, 30)), "iso"), "date"), "|", ch(["OK", "OK", "REVIEW"]))
    emit(ln)


def g_dcs():
    p = person()
    C.tick()
    o, d, f = route()
    td = ch(TRAVEL)
    r = R.random()
    ln = Ln("dcs_log").t("%s %-5s [dcs-acc-%d] " % (C.log4j(), "INFO" if r < 0.7 else "WARN", R.randint(1, 24)))
    if r < 0.4:
        ln.a("c.n.dcs.checkin.AcceptanceService - ACC NV%s/%s %s pax=" % (f, fd(td, "ddmon"), o), (p.pnrname, "name"), " %s seq=%03d seat=%s ssr=[%s] medaStatus=%s bags=%d" % (p.title, R.randint(1, 280), p.seat, p.ssr + ",MEDA" if R.random() < 0.5 else p.ssr, ch(["CLEARED", "N/A", "CLEARED"]), R.randint(0, 2)))
        if p.ssr.startswith("WCH") or R.random() < 0.3:
            ln.a(" mobTag=", (p.mobtag, "other_id"))
    elif r < 0.55:
        ln.a("c.n.dcs.prm.PrmNotifier - PRM request sent to %s provider (OmniServ) for " % o, (name_init(p), "name"), " ssr=%s gate=%s eta=%s" % (p.ssr, ch(["A10", "B36", "C54", "J52", "K4"]), C.hhmm()))
    elif r < 0.7:
        ln.a("c.n.dcs.checkin.AcceptanceService - APIS ok pnr=", (p.pnr, "other_id"), " doc=", (p.passport, "license"), " exp=", (fd(p.ppexp, "iso"), "date"))
    else:
        ln.a("c.n.dcs.rules.MedaInhibitor - boarding pass inhibited for ", (p.pnrname, "name"), " " + p.title + " (rule R-MEDA-02: MEDA not cleared) case=", (p.case, "other_id"))
    emit(ln)


def jpeg_b64(n):
    head = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x01, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00, 0xFF, 0xDB, 0x00, 0x43, 0x00])
    return base64.b64encode(head + bytes(R.randrange(256) for _ in range(n))).decode()


def g_kiosk():
    p = person()
    C.tick()
    o, d, f = route()
    td = ch(TRAVEL)
    host = "kiosk-%s-k%02d" % (ch(["t5", "t3", "t4", "t2"]), R.randint(1, 40))
    pid = R.randint(1000, 9999)
    K = lambda: Ln("kiosk_log").t("%s %s cuss-app[%d]: " % (C.sys(), host, pid))
    r = R.random()
    if r < 0.45:
        nm = (p.pl + "/" + p.pf + " " + p.title)[:20]
        nm_name = nm[: len(p.pnrname)] if len(p.pnrname) <= 20 else nm
        nm_name = nm_name[: min(len(p.pnrname), 20)]
        rest = nm[len(nm_name):]
        pad = " " * (20 - len(nm))
        jul = td.timetuple().tm_yday
        ln = K().a("[BCBP] scan ok fmt=M1 data='M1", (nm_name, "name"), rest + pad + "E", (p.pnr, "other_id"), " " * (7 - len(p.pnr)) + "%s%sNV %s%03dY%s%04d 100'" % (o, d, f.ljust(5), jul, p.seat.zfill(4), R.randint(1, 300)))
        emit(ln)
        if R.random() < 0.6:
            C.tick(1, 8)
            emit(K().a("[SSR] pax ", (p.pnrname, "name"), " selected assistance=%s; PRM agent pool %s notified" % (p.ssr, o)))
    elif r < 0.6:
        tpl = base64.b64encode(bytes(R.randrange(256) for _ in range(72))).decode()
        emit(K().a("[BIO] enrol ok pax=", (p.pnrname, "name"), " quality=0.%d tmpl_alg=ISO19794-5 template=" % R.randint(70, 99), (tpl, "biometric")))
    elif r < 0.7:
        emit(K().a("[BIO] capture pax_ref=", (p.pnr, "other_id"), " photo_jpeg_b64=", (jpeg_b64(R.randint(90, 140)), "photo"), "...(truncated len=%d)" % R.randint(12000, 30000)))
    else:
        emit(K().a("[DOC] passport read ok mrz_name=", (p.pl, "name"), "<<", (p.pf, "name"), " doc=", (p.passport, "license"), " dob=", (p.dob.strftime("%y%m%d"), "date"), " chip=BAC ok"))


def g_tag():
    p = person()
    if p.dev[0] not in ("PWC", "WC"):
        d = ch(DEVICES[7:10])
        p.dev = (d[0], d[1], d[2], d[3]())
    C.tick()
    o, d, f = route()
    ln = Ln("mobility_tag").t("TAGPRINT|%s-BDT-%02d|%s|MOB|" % (o, R.randint(1, 12), C.t.strftime("%Y-%m-%dT%H:%M:%SZ")))
    ln.a("tag=", (p.mobtag, "other_id"), "|pax=", (p.pnrname, "name"), " " + p.title)
    if R.random() < 0.5:
        ln.a("|pnr=", (p.pnr, "other_id"))
    ln.a("|dev=%s %s|serial=" % (p.dev[1], p.dev[2]), (p.dev[3], "device"), "|battery=%s|wh=%d|dest=%s|gate_delivery=%s" % (ch(["LI-ION", "GEL", "NIMH"]), R.randint(150, 300), d, ch("YN")))
    emit(ln)


def g_nginx_phi():
    p = person()
    C.tick()
    ip = PUBIP()
    ln = Ln("nginx_access").a((ip, "ip"), " - - [%s] \"" % C.ngx())
    r = R.random()
    if r < 0.4:
        ln.a("POST /api/v2/medif/", (p.medif, "other_id"), "/attachments HTTP/1.1\" 201 %d" % R.randint(80, 400))
    elif r < 0.75:
        ln.a("GET /my-trips/", (p.pnr, "other_id"), "/assistance?lastName=", (strip_acc(p.last).replace(" ", "%20").replace("'", "%27"), "name"), " HTTP/2.0\" 200 %d" % R.randint(2000, 20000))
    else:
        ln.a("POST /special-assistance/request?ref=", (p.pnr, "other_id"), " HTTP/2.0\" 302 0")
    ln.t(' "https://www.nordvale-air.com/" "%s" rt=%.3f' % (ch(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
                                                                 "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
                                                                 "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.64 Mobile Safari/537.36"]), R.random()))
    emit(ln)


def g_app_phi():
    p = person()
    C.tick()
    r = R.random()
    ln = Ln("app_json")
    if r < 0.3:
        jw(ln, {"level": 30, "time": int(C.epoch()), "pid": R.randint(10, 99), "hostname": "assist-notify-%s" % hexs(5), "msg": "sms dispatched", "to": (phone(p, "e164"), "phone"),
                "template": ch(["PRM_CONFIRM", "MEDA_CLEARED", "POC_FORM_REMINDER"]), "pnr": (p.pnr, "other_id"), "provider": "twilio", "sid": "SM" + hexs(32)})
    elif r < 0.55:
        jw(ln, {"ts": C.iso(), "level": "info", "logger": "refund-svc", "msg": "oxygen fee refund queued", "pax": (name_fl(p), "name"),
                "iban": (ch(["GB%02dNWBK%s" % (R.randint(10, 99), digits(14)), "ES%02d%s" % (R.randint(10, 99), digits(20)), "DE%02d%s" % (R.randint(10, 99), digits(18))]), "account"),
                "amountMinor": ch([7500, 10000, 15000]), "currency": ch(["GBP", "EUR"]), "traceId": trace()})
    elif r < 0.75:
        jw(ln, {"ts": C.iso(), "level": "info", "svc": "web-account", "event": "login", "username": (p.user, "other_id"), "mfa": ch(["sms", "totp", "none"]),
                "clientIp": (PUBIP(), "ip"), "ua": "NordvaleApp/5.14.2 (iOS 17.3)"}, (", ", ": "))
    else:
        jw(ln, {"ts": C.iso(), "level": "error", "svc": "meddesk-crm", "msg": "duplicate case detected", "caseRef": (p.case, "other_id"), "dupOf": ("MC-24-%05d" % R.randint(100, 4999), "other_id"),
                "email": (p.email, "email"), "spanId": hexs(16)})
    emit(ln)


def g_ems_vehicle():
    p = person()
    C.tick()
    ln = Ln("ems_note").t("%s airport-ems[%d]: INC " % (C.sys(), R.randint(100, 999)))
    inc = "FAS-24-%05d" % R.randint(100, 9999)
    r = R.random()
    if r < 0.5:
        plate = ch(["%s%02d %s" % (ch(["LK", "LD", "WR", "YS", "BV"]), R.randint(10, 73), "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))),
                    "%s-%04d" % ("".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), R.randint(1, 9999))])
        ln.a((inc, "other_id"), " pt ", (name_fl(p), "name"), " found slumped in vehicle reg ", (plate, "vehicle"), " short-stay car park level %d; GCS 15 after glucose; " % R.randint(1, 5), "NOK ", (p.rel.first, "name"), " informed on ", (phone(p.rel), "phone"))
    else:
        ln.a((inc, "other_id"), " rental car (Hertz) VIN ", (vin(), "vehicle"), " - driver ", (name_lf(p), "name"), ", DOB ", (fd(p.dob, "mdy"), "date"), ", minor RTC on perimeter road, c/o neck pain, DL ", (ch(["D", "S", "B"]) + digits(7), "license"))
        if p.o == "US":
            ln.a(", SSN ", (ssn(), "ssn"), " per ePCR")
    emit(ln)


# --------------------------------------------------------------------------- noise

def N(fam):
    return Ln(fam)


def noise():
    C.tick(1, 25)
    r = R.randrange(46)
    o, d, f = route()
    td = ch(TRAVEL)
    if r == 0:
        return N("nginx_access").t('%s - - [%s] "GET /actuator/health HTTP/1.1" 200 49 "-" "kube-probe/1.28" rt=0.00%d' % (PRIVIP(), C.ngx(), R.randint(1, 9)))
    if r == 1:
        return N("nginx_access").t('%s - - [%s] "GET /api/v2/ssr/catalog?lang=%s HTTP/1.1" 200 %d "-" "okhttp/4.12.0" rt=0.0%02d' % (PRIVIP(), C.ngx(), ch(["en", "es", "fr", "de"]), R.randint(4000, 9000), R.randint(5, 99)))
    if r == 2:
        return N("app_json").t(json.dumps({"ts": C.iso(), "level": "warn", "svc": "ssr-sync", "msg": "retrying SITA Type B connection", "attempt": R.randint(1, 5), "backoffMs": ch([200, 400, 800, 1600]), "peer": "%s:%d" % (PRIVIP(), ch([102, 3062, 5000]))}))
    if r == 3:
        return N("app_json").t(json.dumps({"level": 30, "time": int(C.epoch()), "pid": R.randint(10, 99), "hostname": "assist-notify-%s" % hexs(5), "msg": "request completed", "req": {"id": "req-%d" % R.randint(1, 99999), "method": "GET", "url": "/healthz"}, "res": {"statusCode": 200}, "responseTime": R.randint(1, 12)}))
    if r == 4:
        return N("dcs_log").t("%s INFO  [dcs-flt-%d] c.n.dcs.flight.FlightManager - NV%s/%s %s status %s booked=%d accepted=%d wchr=%d meda=%d stcr=%d" % (C.log4j(), R.randint(1, 8), f, fd(td, "ddmon"), o, ch(["OPEN->CLOSED", "BRDG->CLOSED", "CLOSED->FINAL"]), R.randint(290, 300), R.randint(140, 289), R.randint(0, 12), R.randint(0, 3), R.randint(0, 1)))
    if r == 5:
        return N("kiosk_log").t("%s kiosk-%s-k%02d cuss-app[%d]: peripheral BTP status=OK paper=%d%% temp=%dC fw=%s" % (C.sys(), ch(["t5", "t3", "t4"]), R.randint(1, 40), R.randint(1000, 9999), R.randint(5, 100), R.randint(30, 48), ch(["4.2.17", "4.3.0", "4.3.1"])))
    if r == 6:
        return N("kiosk_log").t("%s kiosk-%s-k%02d cuss-app[%d]: heartbeat ok platform=CUSS 1.4 ip=%s mac=%s uptime=%dh" % (C.sys(), ch(["t5", "t2"]), R.randint(1, 40), R.randint(1000, 9999), PRIVIP(), ":".join(hexs(2) for _ in range(6)), R.randint(1, 900)))
    if r == 7:
        return N("syslog").t("%s meddesk-db01 postgres[%d]: [%d-1] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s" % (C.sys(), R.randint(1000, 9999), R.randint(1, 999), R.randint(100, 9000), R.random() * 10, R.randint(0, 5), R.random() * 30))
    if r == 8:
        return N("syslog").t("%s meddesk-app02 systemd[1]: Started %s." % (C.sys(), ch(["Daily apt download activities", "MEDIF attachment virus scan", "Rotate log files", "logrotate.service"])))
    if r == 9:
        return N("k8s_event").t("%s Normal  Pulled  pod/medif-api-%s-%s  Successfully pulled image \"registry.nordvale.internal/meddesk/medif-api:%s\" in %.3fs" % (C.iso(), hexs(10), hexs(5), ch(["3.18.2", "3.18.3", "3.19.0-rc1"]), R.random() * 5))
    if r == 10:
        return N("k8s_event").t("%s Warning BackOff pod/ifme-sync-%s-%s  Back-off restarting failed container ifme-sync in pod ifme-sync-%s_meddesk(%s)" % (C.iso(), hexs(9), hexs(5), hexs(5), uuid()))
    if r == 11:
        return N("metrics").t("medif_submissions_total{channel=\"%s\",status=\"%s\"} %d %s" % (ch(["web", "agency", "email"]), ch(["accepted", "rejected", "pending"]), R.randint(10, 9000), C.epoch()))
    if r == 12:
        return N("metrics").t("typeb_queue_depth{queue=\"%s\",pop=\"%s\"} %d" % (ch(["PSM", "PIL", "BSM", "PNL", "ADL"]), ch(["LHR", "MAD", "FRA"]), R.randint(0, 40)))
    if r == 13:
        return N("metar").t("%s METAR %s %02d%02d%02dZ %03d%02dKT 9999 %s %02d/%02d Q%04d NOSIG" % (C.iso(), ch(["EGLL", "LEMD", "LFPG", "EDDF", "KJFK", "EHAM"]), C.t.day, C.t.hour, ch([20, 50]), R.randint(0, 36) * 10, R.randint(2, 25), ch(["FEW025", "SCT030", "BKN012", "NSC"]), R.randint(2, 18), R.randint(-2, 10), R.randint(995, 1030)))
    if r == 14:
        return N("typeb_gateway").t("%s INFO typeb-router[3117] link=%s state=UP msgs_in=%d msgs_out=%d last_ack=%s" % (C.iso(), ch(["SITA-TYPEB-01", "SITA-TYPEB-02", "ARINC-GW"]), R.randint(1000, 90000), R.randint(1000, 90000), C.t.strftime("%H%M%S")))
    if r == 15:
        return N("typeb_gateway").t("%s WARN typeb-router[3117] q=PNL seq=%d rejected: unknown originator .%sXXNV" % (C.iso(), R.randint(100, 999), ch(["BOG", "LOS", "DEL"])))
    if r == 16:
        return N("ops_contact").t("%s roster: PRM duty manager %s tel +44 20 8759 %04d email meddesk-duty@nordvale-air.com shift=%s" % (C.iso(), ch(["Sarah Whitcombe", "Rafael Quintero", "Nadia Osei", "Bernd Fischer"]), R.randint(0, 9999), ch(["06-14", "14-22", "22-06"])))
    if r == 17:
        return N("ops_contact").t("%s vendor OmniServ %s station contact: ops@omniserv-%s.example.com / +44 20 %04d %04d, SLA pre-booked PRM 30 min" % (C.iso(), o, o.lower(), R.randint(1000, 9999), R.randint(0, 9999)))
    if r == 18:
        return N("dcs_log").t("%s INFO  [scheduler-1] c.n.dcs.jobs.PnlImportJob - imported PNL NV%s/%s %s pax=%d ssr=%d took=%dms" % (C.log4j(), f, fd(td, "ddmon"), o, R.randint(80, 300), R.randint(2, 40), R.randint(50, 3000)))
    if r == 19:
        return N("medif_json").t("%s  INFO 1 --- [           main] c.n.medif.schema.SchemaRegistry         : MEDIF schema v3.%d loaded (%d fields, IATA RP 1700 ed. %d)" % (C.spring(), R.randint(1, 4), R.randint(38, 52), ch([2019, 2023])))
    if r == 20:
        return N("medif_json").t("%s ERROR 1 --- [nio-8080-exec-%d] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() threw exception [java.net.SocketTimeoutException: Read timed out] (upstream clamav:3310)" % (C.spring(), R.randint(1, 12)))
    if r == 21:
        return N("poc_approval").t("%s poc-svc[%d]: catalog sync done models=%d faa_approved=%d updated=%d (%s added) etag=%s" % (C.sys(), R.randint(1000, 9999), R.randint(56, 60), R.randint(38, 55), R.randint(1, 4), ch(["Inogen Rove 6", "ResMed Mobi", "Philips SimplyGo Mini", "CAIRE Eclipse 5"]), hexs(16)))
    if r == 22:
        return N("ifme_report").t("%s crewtab[%s] sync uploaded=%d failed=0 bytes=%d rtt=%dms app=CrewTab/%s" % (C.iso(), ch(TAILS), R.randint(0, 6), R.randint(1000, 90000), R.randint(80, 900), ch(["8.4.1", "8.5.0"])))
    if r == 23:
        return N("gta_call_log").t(C.t.strftime("%Y-%m-%dT%H:%M:%SZ") + " GTA-LINE status=%s trunk=%s sip=%s jitter=%dms mos=%.1f" % (ch(["IDLE", "READY"]), ch(["satcom-iridium", "satcom-inmarsat-sb", "acars-voice"]), uuid(), R.randint(5, 80), 3 + R.random() * 1.4))
    if r == 24:
        return N("app_json").t(json.dumps({"ts": C.iso(), "level": "info", "svc": "order-svc", "msg": "ancillary order paid", "orderNo": "ORD-%d" % R.randint(100000, 999999), "sku": ch(["XBAG23", "SEATXL", "WIFI24", "LOUNGE"]), "amountMinor": R.randint(500, 15000), "traceId": trace(), "spanId": hexs(16)}))
    if r == 25:
        return N("ci_build").t("%s jenkins: meddesk-portal #%d SUCCESS commit=%s branch=release/2024.03 duration=%dm%02ds" % (C.iso(), R.randint(1000, 3000), hexs(40), R.randint(2, 20), R.randint(0, 59)))
    if r == 26:
        return N("syslog").t("%s meddesk-app01 certbot[%d]: Certificate for meddesk.nordvale-air.com expires %s (%d days); renewal scheduled" % (lambda k: (C.sys(), R.randint(1000, 9999), (REF + timedelta(days=k)).isoformat(), k))(R.randint(20, 89)))
    if r == 27:
        return N("redis").t("%d:M %s * Background saving terminated with success (%d keys, %d ms)" % (R.randint(1, 99), C.t.strftime("%d %b %Y %H:%M:%S.") + "%03d" % R.randint(0, 999), R.randint(1000, 90000), R.randint(5, 300)))
    if r == 28:
        return N("kafka").t("[%s] INFO [Consumer clientId=ifme-ingest-%d, groupId=ifme-ingest] Committed offset %d for partition crew.ifme.reports-%d (org.apache.kafka.clients.consumer.internals.ConsumerCoordinator)" % (C.log4j(), R.randint(1, 4), R.randint(10000, 999999), R.randint(0, 11)))
    if r == 29:
        return N("pnr_dump").t(ch(["NO MATCH FOR RECORD LOCATOR", "RESTRICTED - OFFICE NOT AUTHORIZED", "CHECK FLIGHT NUMBER", "SIMULTANEOUS CHANGES TO PNR - USE WRA/RT", "END OF TRANSACTION COMPLETE"]))
    if r == 30:
        return N("dcs_log").t("%s WARN  [dcs-acc-%d] c.n.dcs.integration.ApisClient - APIS gateway latency %dms > threshold 800ms (host apis-gw.nordvale.internal:8443)" % (C.log4j(), R.randint(1, 24), R.randint(800, 4000)))
    if r == 31:
        return N("ems_csv").t("# export airport_first_aid v2.3 generated_by=fas-export job=%s rows=%d" % (uuid(), R.randint(10, 200)))
    if r == 32:
        return N("hl7_adt").t("MSA|AA|AMC%s|Message accepted" % digits(8))
    if r == 33:
        return N("metrics").t("ifme_reports_open{lang=\"%s\"} %d" % (ch(["en", "es", "fr", "de"]), R.randint(0, 30)))
    if r == 34:
        return N("clearance_note").t("%s meddesk-ui QUEUE_STATS open=%d awaiting_physician=%d cleared_today=%d avg_tat_h=%.1f" % (C.iso(), R.randint(10, 90), R.randint(1, 30), R.randint(5, 60), R.random() * 40))
    if r == 35:
        return N("typeb_gateway").t("%s INFO typeb-router[3117] PSM NV%s/%s %s built items=%d dest=%sKKNV,%sAPNV" % (C.iso(), f, fd(td, "ddmon"), o, R.randint(1, 12), d, d))
    if r == 36:
        return N("mobility_tag").t("TAGPRINT|%s-BDT-%02d|%s|STATUS|printer=Zebra ZD621 fw=V93.21.%dZ labels_left=%d" % (o, R.randint(1, 12), C.t.strftime("%Y-%m-%dT%H:%M:%SZ"), R.randint(10, 30), R.randint(10, 900)))
    if r == 37:
        return N("k8s_event").t("%s Normal  ScalingReplicaSet deployment/kiosk-bff  Scaled up replica set kiosk-bff-%s to %d" % (C.iso(), hexs(10), R.randint(3, 9)))
    if r == 38:
        return N("app_json").t(json.dumps({"ts": C.iso(), "level": "error", "svc": "ssr-sync", "msg": "schema mismatch", "field": "ssr.freeText", "maxLen": 70, "got": R.randint(71, 140), "build": "2024.03.%d+%s" % (R.randint(1, 11), hexs(7))}))
    if r == 39:
        return N("syslog").t("%s meddesk-app02 sshd[%d]: Accepted publickey for deploy from %s port %d ssh2: ED25519 SHA256:%s" % (C.sys(), R.randint(1000, 99999), PRIVIP(), R.randint(30000, 65000), base64.b64encode(hashlib.sha256(hexs(8).encode()).digest()).decode().rstrip("=")))
    if r == 40:
        return N("nginx_access").t('%s - - [%s] "GET /static/js/app.%s.js HTTP/2.0" 304 0 "https://www.nordvale-air.com/special-assistance" "Mozilla/5.0" rt=0.001' % (PRIVIP(), C.ngx(), hexs(8)))
    if r == 41:
        return N("ems_nemsis_xml").t("<!-- nemsis export batch %s state=NY schematron=3.5.0.211008CP3 records=%d errors=0 -->" % (uuid(), R.randint(1, 40)))
    if r == 42:
        return N("gta_call_log").t(C.t.strftime("%Y-%m-%dT%H:%M:%SZ") + " GTA-STATS day=%s calls=%d diversions=%d median_dur=00:%02d:%02d" % (C.t.strftime("%Y-%m-%d"), R.randint(5, 40), R.randint(0, 3), R.randint(5, 15), R.randint(0, 59)))
    if r == 43:
        return N("dcs_log").t("%s INFO  [dcs-acc-%d] c.n.dcs.seat.SeatMapService - NV%s reseat rule PRM-AISLE applied rows=%d-%d blocked=%d" % (C.log4j(), R.randint(1, 24), f, R.randint(1, 20), R.randint(21, 40), R.randint(1, 8)))
    if r == 44:
        return N("app_json").t(json.dumps({"ts": C.iso(), "level": "debug", "svc": "kiosk-bff", "msg": "cache hit", "key": "ssr-catalog:v%d" % R.randint(10, 30), "ttl": 3600, "traceId": trace()}))
    return N("syslog").t("%s meddesk-app01 CRON[%d]: (root) CMD (/opt/meddesk/bin/purge_attachments --older-than %dd --dry-run=false)" % (C.sys(), R.randint(1000, 99999), ch([30, 90, 365])))


PHI_GENS = [(g_pnr, 2.2), (g_psm, 1.3), (lambda: g_psm("PIL"), 1.2), (g_bsm, 1.2), (g_medif_json, 7), (g_medif_email, 2.2), (g_clear, 9), (g_ifme, 7), (g_ifme_text, 5),
            (g_gta, 6), (g_ems_csv, 3), (g_ems_es, 3), (g_nemsis, 0.7), (g_hl7, 2.2), (g_poc, 5), (g_dcs, 7), (g_kiosk, 6), (g_tag, 4), (g_nginx_phi, 4),
            (g_app_phi, 5), (g_ems_vehicle, 2.5)]


# caps on multi-line artefacts (index into PHI_GENS): pnr, psm, pil, bsm, e-mail, nemsis, hl7
CAPS = {0: 4, 1: 2, 2: 2, 3: 3, 5: 4, 12: 2, 13: 3}


def main():
    gens = [g for g, w in PHI_GENS]
    ws = [w for g, w in PHI_GENS]
    used = [0] * len(gens)
    pending = list(range(len(gens)))  # every artefact kind appears at least once
    R.shuffle(pending)
    while len(OUT) < 490:
        clean = sum(1 for x in OUT if not x.sp) / max(1, len(OUT))
        p_phi = 0.85 if clean > 0.57 else (0.3 if clean < 0.53 else 0.6)
        if R.random() < p_phi:
            i = pending.pop() if pending else R.choices(range(len(gens)), ws)[0]
            gens[i]()
            used[i] += 1
            if used[i] >= CAPS.get(i, 99):
                ws[i] = 0
        else:
            for _ in range(R.randint(1, 2)):
                OUT.append(noise())
    del OUT[500:]
    while len(OUT) < 500:
        OUT.append(noise())
    here = os.path.dirname(os.path.abspath(__file__))
    logb = []
    labs = []
    for i, ln in enumerate(OUT, 1):
        b = bytes(ln.b)
        assert b and b"\n" not in b and b"\r" not in b, i
        b.decode("utf-8")
        spans = []
        for s, e, cat, val in ln.sp:
            assert b[s:e] == val.encode("utf-8"), (i, val)
            assert val.strip() == val and val, (i, val)
            spans.append({"s": s, "e": e, "cat": cat})
        spans.sort(key=lambda x: x["s"])
        for a_, b_ in zip(spans, spans[1:]):
            assert a_["e"] <= b_["s"], i
        logb.append(b)
        labs.append(json.dumps({"line": i, "family": ln.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(here, ID + ".log"), "wb") as fh:
        fh.write(b"\n".join(logb))
    with open(os.path.join(here, ID + ".labels.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(labs) + "\n")


if __name__ == "__main__":
    main()
