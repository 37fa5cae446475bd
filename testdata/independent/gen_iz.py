#!/usr/bin/env python3
"""Synthetic labeled log corpus "iz": cruise line shipboard medical centers and fleet medical ops.

Writes iz.log (500 lines) and iz.labels.jsonl next to this script.  Standard library only,
deterministic (fixed seed, fixed base clock).  Every person and identifier is invented.

Systems imitated: shipboard EHR ("MarEHR") Windows event logs (NXLog JSON, Snare tab syslog,
one-line event XML), .NET logs (Serilog text + CLEF JSON, NLog, log4net, ASP.NET Core console,
exception stack traces), IIS W3C access logs, guest manifest exports (CSV with header, pipe rows),
folio postings over the PMS interface (FIAS records) and folio bridge logs, medevac / port-agent /
insurer emails (raw RFC 822 lines, English and Spanish), Inmarsat-C and Iridium SBD messages,
crew occupational-health JSON (English, Italian and German keys), CDC VSP-style GI illness logs
(CSV and XML), telemedicine platform JSON (System.Text.Json escaping), HL7 v2 RDS^O13 pharmacy
dispensing, and noise: NMEA navigation, PMS sync jobs, VSAT bandwidth syslog, Windows services.

Labeling decisions:
- Patients are guests and crew seen by the medical center; their relatives, travel companions,
  emergency contacts, guarantors and insured subscribers are labeled too.
- Not labeled: ship physicians, nurses, shore-side telemedicine physicians, fleet medical staff,
  port agents, insurers' case handlers, their usernames (DOMAIN\\user), work emails and phones,
  ship/company/hospital names, vendor contacts.
- The ship itself is not a person: IMO number, MMSI, call sign, Inmarsat mobile numbers, Iridium
  terminal IMEI, VSAT modem serials, NMEA positions and ports of call are never labeled (also
  the port where a patient is landed, and receiving hospitals).
- Cabin numbers (guest or crew cabin) of a patient/relative are "address" (the person's onboard
  residence, a sub-address below state level). Home street/city is "address"; postal codes
  (US ZIP, UK/EU/CA postcodes) are "zip"; the state/country alone is not labeled.
- Folio numbers, patient account numbers and payment card PANs are "account"; masked PANs
  showing only the last four digits are not labeled.
- Passport numbers, seaman's book numbers, driver's licences, STCW / ENG1 / PEME medical
  certificate numbers of a patient are "license" (government/flag-state issued documents).
- Onboard EHR medical record numbers and home-hospital MRNs are "mrn".
- Travel-insurance policy numbers, crew medical plan member IDs, Medicare MBIs are "health_plan".
- Booking/reservation numbers, SeaPass card IDs, crew employee IDs, encounter numbers, VSP GI
  case numbers, medevac case refs, P&I claim refs, telemedicine patient user IDs and guest
  Wi-Fi/app usernames are "other_id". Order numbers, Rx numbers, dispense transaction IDs,
  session UUIDs, trace/span IDs and posting IDs are not labeled (they identify a transaction).
- Dates tied to a patient are "date": birth, onset, visit/service, isolation/release, medevac,
  embark/debark of that guest, passport issue/expiry. Log/record timestamps, message header
  Date:, FIAS DA/TI transaction stamps, voyage schedule dates and drug expiry dates are not.
- Ages are labeled only when over 89 ("age"); the number alone is the span.
- Personal devices of a patient (pacemaker/ICD, insulin pump, CGM, CPAP serials, a guest's phone
  IMEI or MAC) are "device"; ship equipment serials (AED, monitors, cabinets) are not.
- A relative's or guest's public IP is "ip"; private 10.x/172.16.x ship addresses are not.
- Personal web pages (fundraisers, social profiles) are "url"; company and portal base URLs are
  not; a portal URL carrying a patient MRN labels only the MRN.
- Fingerprint/face templates are "biometric"; base64 face images are "photo".
- Whole names are one span in any written form ("Last, First", "LAST/FIRST MR", initials);
  HL7 XPN components, FIAS GN/GF fields, manifest Surname/GivenNames columns and split
  given/family JSON fields are separate spans. Titles (HL7 MR/MS component) stay outside.
- A surname alone (e.g. in a search query or file name) or a given name alone in free text
  that refers to the patient is still labeled "name".
"""
import base64
import json
import os
import random
import string
import unicodedata
import datetime as dt

SEED = 4242021
R = random.Random(SEED)
OUTDIR = os.path.dirname(os.path.abspath(__file__))
ID = "iz"
N_LINES = 500
TARGET_NOISE = 0.55

SHIP = "Coral Meridian"
SHIPC = "CMR"
IMO = "9834127"
MMSI = "311000482"
CALLSIGN = "C6FQ9"
VOY = "CM2419"
INM_C = "431100482"
IRID_IMEI = "300434063904190"
DOM = "meridianseas.com"
TODAY = dt.date(2024, 5, 14)

# --------------------------------------------------------------------------- line builder


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        assert "\n" not in s and "\r" not in s, repr(s)
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat=None):
        s = str(s)
        if cat is None:
            return self.t(s)
        st = self.n
        self.t(s)
        self.spans.append({"s": st, "e": self.n, "cat": cat, "v": s})
        return self

    def text(self):
        return "".join(self.buf)


_F = string.Formatter()


def F(L, fmt, **kw):
    """Append fmt; {field} takes kw[field]: (value, cat) -> labeled, plain value -> text."""
    for lit, field, _spec, _conv in _F.parse(fmt):
        if lit:
            L.t(lit)
        if field is not None:
            v = kw[field]
            if isinstance(v, tuple):
                L.p(v[0], v[1])
            else:
                L.t(v)
    return L


def line(fam_, fmt, **kw):
    return F(Line(fam_), fmt, **kw)


def stj_escape(s):
    """System.Text.Json default encoder: escapes non-ASCII and HTML-sensitive chars."""
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append("\\u0022")
        elif o < 0x20 or o > 0x7E or ch in "<>&'+`":
            if o > 0xFFFF:
                o -= 0x10000
                out.append("\\u%04X\\u%04X" % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)))
            else:
                out.append("\\u%04X" % o)
        else:
            out.append(ch)
    return "".join(out)


def jenc(v, esc):
    if esc == "stj":
        return stj_escape(v)
    return json.dumps(v, ensure_ascii=(esc == "ascii"))[1:-1]


def J(L, items, esc="utf8", sep=(",", ":")):
    """items: list of (key, value[, cat]); value list-of-tuples = nested object."""
    L.t("{")
    for i, it in enumerate(items):
        k, v = it[0], it[1]
        cat = it[2] if len(it) > 2 else None
        if i:
            L.t(sep[0])
        L.t('"' + jenc(k, esc) + '"' + sep[1])
        if isinstance(v, list) and v and isinstance(v[0], tuple):
            J(L, v, esc, sep)
        elif isinstance(v, str):
            L.t('"')
            L.p(jenc(v, esc), cat)
            L.t('"')
        elif v is None:
            L.t("null")
        elif isinstance(v, bool):
            L.t("true" if v else "false")
        elif isinstance(v, (int, float)):
            L.p(json.dumps(v), cat)
        else:
            L.t(json.dumps(v, ensure_ascii=(esc != "utf8")))
    L.t("}")
    return L


def xe(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def csv_cells(L, cells, delim=","):
    for i, c in enumerate(cells):
        if i:
            L.t(delim)
        v, cat = (c if isinstance(c, tuple) else (c, None))
        v = str(v)
        if delim in v or '"' in v:
            L.t('"')
            L.p(v.replace('"', '""'), cat)
            L.t('"')
        else:
            L.p(v, cat)
    return L


# --------------------------------------------------------------------------- clock

CLOCK = [dt.datetime(2024, 5, 14, 2, 0, 3, 120000)]


def tick(lo=1, hi=40):
    CLOCK[0] += dt.timedelta(seconds=R.randint(lo, hi), microseconds=R.randint(0, 999999))
    return CLOCK[0]


def now():
    return CLOCK[0]


def ts_iso(t=None, frac=3):
    t = t or now()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ("%06d" % t.microsecond)[:frac] + "Z"


def ts_local(t=None, off=-4):
    t = (t or now()) + dt.timedelta(hours=off)
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000) + " %+03d:00" % off


def ts_syslog(t=None):
    t = t or now()
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


def ts_snare(t=None):
    t = t or now()
    return t.strftime("%a %b ") + ("%2d" % t.day).strip() + t.strftime(" %H:%M:%S %Y")


def ts_nlog(t=None):
    t = t or now()
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%04d" % (t.microsecond // 100)


def ts_l4n(t=None):
    t = t or now()
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def ts_plain(t=None):
    return (t or now()).strftime("%Y-%m-%d %H:%M:%S")


def ts_hl7(t=None):
    return (t or now()).strftime("%Y%m%d%H%M%S")


def ts_rfc2822(t=None, off=-5):
    t = (t or now()) + dt.timedelta(hours=off)
    return t.strftime("%a, %d %b %Y %H:%M:%S ") + ("%+03d00" % off)


# --------------------------------------------------------------------------- value helpers

MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONL = ["January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"]


def fdate(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return "%02d/%02d/%04d" % (d.month, d.day, d.year)
    if style == "us_short":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "eu":
        return "%02d/%02d/%04d" % (d.day, d.month, d.year)
    if style == "dot":
        return "%02d.%02d.%04d" % (d.day, d.month, d.year)
    if style == "dmon":
        return "%d %s %d" % (d.day, MONL[d.month - 1][:3], d.year)
    if style == "DMONY":
        return "%02d%s%d" % (d.day, MON[d.month - 1], d.year)
    if style == "DMONYY":
        return "%02d%s%02d" % (d.day, MON[d.month - 1], d.year % 100)
    if style == "long":
        return "%s %d, %d" % (MONL[d.month - 1], d.day, d.year)
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "dash_mon":
        return "%02d-%s-%d" % (d.day, MONL[d.month - 1][:3], d.year)
    raise ValueError(style)


def fold(s):
    for a, b in (("Þ", "TH"), ("þ", "th"), ("ß", "ss"), ("Ø", "O"), ("ø", "o"), ("Æ", "AE"),
                 ("æ", "ae"), ("Ł", "L"), ("ł", "l"), ("đ", "d"), ("º", "o")):
        s = s.replace(a, b)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def card():
    pre = R.choice(["4", "4", "51", "53", "55", "37"])
    ln = 15 if pre == "37" else 16
    body = pre + "".join(R.choice("0123456789") for _ in range(ln - 1 - len(pre)))
    return body + luhn_digit(body)


def fmt_card(c):
    if len(c) == 15:
        return "%s %s %s" % (c[:4], c[4:10], c[10:])
    return " ".join(c[i:i + 4] for i in range(0, 16, 4))


def ssn():
    while True:
        a = R.randint(100, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(10, 99), R.randint(1001, 9899))


def mbi():
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    s = (str(R.randint(1, 9)) + R.choice(al) + R.choice(an) + str(R.randint(0, 9)) + R.choice(al)
         + R.choice(an) + str(R.randint(0, 9)) + R.choice(al) + R.choice(al) + str(R.randint(0, 9))
         + str(R.randint(0, 9)))
    return s


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    trans = {c: v for c, v in zip("ABCDEFGH", range(1, 9))}
    trans.update({c: v for c, v in zip("JKLMN", range(1, 6))})
    trans.update({"P": 7, "R": 9})
    trans.update({c: v for c, v in zip("STUVWXYZ", range(2, 10))})
    trans.update({str(i): i for i in range(10)})
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    v = list(R.choice(["1FT", "5YJ", "1HG", "2T1", "3VW", "JTD"]) + "".join(R.choice(chars) for _ in range(14)))
    v[8] = "0"
    s = sum(trans[c] * w[i] for i, c in enumerate(v)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def imei():
    body = R.choice(["35", "86", "49"]) + "".join(R.choice("0123456789") for _ in range(12))
    return body + luhn_digit(body)


def mac():
    return ":".join("%02X" % R.randint(0, 255) for _ in range(6))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def alnum(n, al="ABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
    return "".join(R.choice(al) for _ in range(n))


def b64img(nbytes=84):
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
    return base64.b64encode(head + bytes(R.randint(0, 255) for _ in range(nbytes))).decode()


def b64fmr(nbytes=60):
    head = b"FMR\x00 20\x00\x00\x00\x01\x10\x00\x00\x01\x40\x01\xe0\x00\xc5\x00\xc5\x01\x00\x00\x00"
    return base64.b64encode(head + bytes(R.randint(0, 255) for _ in range(nbytes))).decode()


# --------------------------------------------------------------------------- people

GUEST_SEED = [
    ("María José", "García-Márquez", "F", "ESP"), ("Lars", "Andersen", "M", "DNK"),
    ("Siobhán", "Ní Bhriain", "F", "IRL"), ("Jean-Luc", "de la Fontaine", "M", "FRA"),
    ("Oluwaseun", "Adeyemi", "M", "NGA"), ("Thi Lan", "Nguyen", "F", "USA"),
    ("Hendrik", "van der Berg", "M", "NLD"), ("Patrick", "O'Connor", "M", "USA"),
    ("Dolores", "Ramírez Ortiz", "F", "MEX"), ("Haruki", "Yamamoto", "M", "JPN"),
    ("Fatima", "Al-Rashid", "F", "ARE"), ("Krzysztof", "Kowalczyk", "M", "POL"),
    ("Eleni", "Papadopoulou", "F", "GRC"), ("Gertrude", "Müller", "F", "DEU"),
    ("Rajesh", "Patel", "M", "GBR"), ("Ana Luísa", "Ferreira dos Santos", "F", "BRA"),
    ("Ingrid", "Björklund", "F", "SWE"), ("Wei", "Chen", "M", "CAN"),
    ("Min-jun", "Kim", "M", "KOR"), ("Margaret", "MacLeod", "F", "GBR"),
    ("Tomáš", "Novák", "M", "CZE"), ("Hodan", "Abdi", "F", "USA"),
    ("Luis Alberto", "Mendoza", "M", "USA"), ("Harpreet", "Singh", "F", "CAN"),
    ("Chinedu", "Okafor", "M", "USA"), ("Giulia", "Rossi", "F", "ITA"),
    ("Dirk", "Van Houten", "M", "USA"), ("Marie-Claire", "St. Pierre", "F", "CAN"),
    ("Bernadette", "Whitfield", "F", "USA"), ("Irving", "Goldstein", "M", "USA"),
    ("Dorothy", "Kaczmarek-Hale", "F", "USA"), ("Alessandro", "Di Stefano", "M", "ITA"),
    ("Saoirse", "McGillicuddy", "F", "IRL"), ("Kwame", "Mensah", "M", "GHA"),
    ("Yusuf", "Demir", "M", "TUR"), ("Priya", "Raghunathan", "F", "USA"),
    ("Esther", "Lindqvist", "F", "FIN"), ("Walter", "Oyelaran-Brooks", "M", "USA"),
    ("Rosa", "De Jesús", "F", "USA"), ("Aiko", "Tanaka", "F", "USA"),
    ("Mohammed", "El Amrani", "M", "MAR"), ("Catalina", "Vásquez", "F", "COL"),
    ("Björn", "Þórsson", "M", "ISL"), ("Nadia", "Haddad", "F", "LBN"),
    ("Edward", "Fitzgerald", "M", "USA"), ("Sunita", "Bhattacharya", "F", "IND"),
    ("Olga", "Ivanova", "F", "USA"), ("Ruth", "Abernathy", "F", "USA"),
    ("Kofi", "Boateng", "M", "GBR"), ("Leilani", "Kahananui", "F", "USA"),
    ("Mildred", "Vanderpool", "F", "USA"), ("Seamus", "Ó Briain", "M", "IRL"),
]

CREW_SEED = [
    ("Reynaldo", "Dela Cruz", "M", "PHL", "Asst. Waiter", "Hotel/F&B"),
    ("Maricel", "Bautista", "F", "PHL", "Stateroom Attendant", "Hotel/Housekeeping"),
    ("Jun-ray", "Villanueva", "M", "PHL", "Oiler", "Technical/Engine"),
    ("I Made", "Suartana", "M", "IDN", "Cook 2nd", "Hotel/Galley"),
    ("Anil Kumar", "Nair", "M", "IND", "Bartender", "Hotel/F&B"),
    ("Oleksandr", "Kovalenko", "M", "UKR", "2nd Engineer", "Technical/Engine"),
    ("Nelson", "Zelaya Paz", "M", "HND", "Utility Galley", "Hotel/Galley"),
    ("Dewi", "Lestari", "F", "IDN", "Spa Therapist", "Concession/Spa"),
    ("Goran", "Petrović", "M", "SRB", "AB Seaman", "Marine/Deck"),
    ("Thandiwe", "Dlamini", "F", "ZAF", "Guest Services Officer", "Hotel/Front Office"),
    ("Rohan", "D'Souza", "M", "IND", "Sous Chef", "Hotel/Galley"),
    ("Carmelita", "Santos-Reyes", "F", "PHL", "Laundry Attendant", "Hotel/Housekeeping"),
    ("Vusi", "Nkosi", "M", "ZAF", "Motorman", "Technical/Engine"),
    ("Ioana", "Popescu", "F", "ROU", "Youth Staff", "Entertainment"),
    ("Jerome", "Baptiste", "M", "HTI", "Cleaner", "Hotel/Housekeeping"),
    ("Aung", "Ko Ko", "M", "MMR", "Fitter", "Technical/Engine"),
    ("Lucía", "Bermúdez", "F", "NIC", "Casino Dealer", "Concession/Casino"),
    ("Pavel", "Horák", "M", "CZE", "Electrician", "Technical/Electrical"),
    ("Kayla", "Brennan", "F", "USA", "Dancer", "Entertainment"),
    ("Sandeep", "Gowda", "M", "IND", "Pastry Cook", "Hotel/Galley"),
]

# non-patient staff / business contacts (never labeled)
STAFF = [
    ("Dr. Anika Brandt", "MEDCTR\\abrandt", "Senior Physician"),
    ("Dr. Tendai Moyo", "MEDCTR\\tmoyo", "Physician"),
    ("RN Kristina Halvorsen", "MEDCTR\\khalvorsen", "Nurse"),
    ("RN Joel Macaraeg", "MEDCTR\\jmacaraeg", "Nurse"),
    ("RN Priyanka Iyer", "MEDCTR\\piyer", "Nurse"),
]
SHORE_MD = ["Dr. Samuel Osei", "Dr. Rachel Whitcombe", "Dr. Marco Bellandi", "Dr. Hannah Szabo"]

US_ADDR = [
    ("4417 Bayview Terrace", "Coral Springs", "FL", "33065"),
    ("1208 N Magnolia Ave", "Ocala", "FL", "34475"),
    ("77 Old Post Rd Apt 4C", "Rye", "NY", "10580"),
    ("9530 SW 142nd Ct", "Miami", "FL", "33186"),
    ("310 Cedar Hollow Ln", "Naperville", "IL", "60540"),
    ("2215 Kalakaua Ave Unit 1802", "Honolulu", "HI", "96815"),
    ("58 Wren Street", "Tulsa", "OK", "74105"),
    ("6620 E Camelback Rd #214", "Scottsdale", "AZ", "85251"),
    ("1419 Pineapple Ave", "Sarasota", "FL", "34236"),
    ("3 Larkspur Ct", "Plano", "TX", "75024"),
    ("802 Euclid Ave", "Boise", "ID", "83702"),
    ("145 Highland Blvd", "Columbus", "OH", "43215"),
    ("2901 Bellefontaine St", "Houston", "TX", "77025"),
    ("17 Quail Run Dr", "Asheville", "NC", "28803"),
    ("440 W 57th St Apt 12F", "New York", "NY", "10019"),
    ("1106 Oak Knoll Dr", "Lake Oswego", "OR", "97034"),
    ("5 Harbor View Ln", "Bar Harbor", "ME", "04609"),
    ("8121 Sandpiper Cir", "Fort Myers", "FL", "33919"),
]
INTL_ADDR = {
    "ESP": ("Calle de Alcalá 214, 3ºB", "Madrid", "28028"),
    "DNK": ("Nørre Allé 41, 2. tv", "Aarhus C", "8000"),
    "IRL": ("12 Glenageary Park", "Dún Laoghaire", "A96 K2P4"),
    "FRA": ("18 rue des Tanneurs", "Strasbourg", "67000"),
    "NGA": ("14B Adeola Odeku Street", "Victoria Island, Lagos", "101241"),
    "NLD": ("Prinsengracht 612-III", "Amsterdam", "1017 KS"),
    "MEX": ("Av. Insurgentes Sur 1602, Int. 7", "Ciudad de México", "03940"),
    "JPN": ("2-14-7 Jingumae", "Shibuya-ku, Tokyo", "150-0001"),
    "ARE": ("Villa 22, Street 14a, Al Safa 2", "Dubai", "00000"),
    "POL": ("ul. Długa 17/4", "Gdańsk", "80-827"),
    "GRC": ("Odos Kifisias 112", "Marousi", "151 25"),
    "DEU": ("Lindenstraße 23", "Hamburg", "22767"),
    "GBR": ("14 Ashgrove Road", "Inverness", "IV2 4JD"),
    "BRA": ("Rua Oscar Freire 1450, apto 82", "São Paulo", "05409-011"),
    "SWE": ("Götgatan 48", "Stockholm", "118 26"),
    "CAN": ("88 Rue Saint-Denis", "Montréal", "H2X 3K8"),
    "KOR": ("31 Teheran-ro 4-gil", "Gangnam-gu, Seoul", "06232"),
    "CZE": ("Vinohradská 1511/230", "Praha 10", "100 00"),
    "ITA": ("Via dei Mille 33", "Napoli", "80121"),
    "GHA": ("House 7, 4th Ringway", "Osu, Accra", "GA-029-1178"),
    "TUR": ("Bağdat Cd. No:214 D:9", "Kadıköy, İstanbul", "34728"),
    "FIN": ("Mannerheimintie 96 A 12", "Helsinki", "00250"),
    "MAR": ("27 Rue Ibn Batouta", "Casablanca", "20250"),
    "COL": ("Carrera 11 # 93-52", "Bogotá", "110221"),
    "ISL": ("Laugavegur 77", "Reykjavík", "101"),
    "LBN": ("Rue Hamra, Bldg 44", "Beirut", "1103"),
    "IND": ("22 Ballygunge Circular Rd", "Kolkata", "700019"),
    "PHL": ("Blk 4 Lot 12 Sampaguita St", "Tanza, Cavite", "4108"),
    "IDN": ("Jl. Raya Ubud No. 18", "Gianyar, Bali", "80571"),
    "UKR": ("vul. Derybasivska 9, kv. 14", "Odesa", "65026"),
    "HND": ("Col. Kennedy, Bloque 12, Casa 4", "Tegucigalpa", "11101"),
    "SRB": ("Bulevar oslobođenja 88", "Novi Sad", "21000"),
    "ZAF": ("41 Jan Smuts Ave", "Parktown, Johannesburg", "2193"),
    "ROU": ("Str. Memorandumului 21", "Cluj-Napoca", "400114"),
    "HTI": ("Rue Lamarre 17", "Pétion-Ville", "HT6140"),
    "MMR": ("No. 45 Bogyoke Aung San Rd", "Yangon", "11182"),
    "NIC": ("Reparto San Juan, casa 312", "Managua", "14003"),
}
EMAIL_DOM = {"USA": ["gmail.com", "comcast.net", "yahoo.com", "icloud.com", "aol.com"],
             "GBR": ["btinternet.com", "yahoo.co.uk"], "DEU": ["web.de", "t-online.de"],
             "FRA": ["orange.fr", "hotmail.fr"], "ESP": ["telefonica.net", "gmail.com"],
             "CAN": ["videotron.ca", "rogers.com"]}
PHONE_CC = {"USA": "1", "CAN": "1", "GBR": "44", "ESP": "34", "DNK": "45", "IRL": "353",
            "FRA": "33", "NGA": "234", "NLD": "31", "MEX": "52", "JPN": "81", "ARE": "971",
            "POL": "48", "GRC": "30", "DEU": "49", "BRA": "55", "SWE": "46", "KOR": "82",
            "CZE": "420", "ITA": "39", "GHA": "233", "TUR": "90", "FIN": "358", "MAR": "212",
            "COL": "57", "ISL": "354", "LBN": "961", "IND": "91", "PHL": "63", "IDN": "62",
            "UKR": "380", "HND": "504", "SRB": "381", "ZAF": "27", "ROU": "40", "HTI": "509",
            "MMR": "95", "NIC": "505"}


def phone_for(nat):
    cc = PHONE_CC.get(nat, "1")
    if cc == "1":
        a = R.choice(["954", "305", "561", "212", "630", "808", "918", "480", "941", "972",
                      "514", "416"])
        x = "01%02d" % R.randint(0, 99)
        st = R.choice(["+1 (%s) 555-%s", "%s-555-%s", "(%s) 555-%s", "%s.555.%s", "+1%s555%s",
                       "1-%s-555-%s"])
        return st % (a, x)
    if cc == "44":
        return R.choice(["+44 7700 900%03d", "07700 900%03d", "+447700900%03d"]) % R.randint(0, 999)
    n = "".join(R.choice("0123456789") for _ in range(9))
    return R.choice(["+%s %s %s %s" % (cc, n[:3], n[3:6], n[6:]), "+%s%s" % (cc, n),
                     "00%s %s" % (cc, n), "+%s-%s-%s" % (cc, n[:4], n[4:])])


def passport_for(nat):
    if nat == "USA":
        return R.choice(["A", "B", ""]) + digits(8) if R.random() < 0.5 else digits(9)
    if nat in ("GBR", "DNK", "CAN"):
        return digits(9) if nat != "CAN" else alnum(2, "ABCGHJKLMNPRSTW") + digits(6)
    if nat == "DEU":
        return "C" + alnum(8, "CFGHJKLMNPRTVWXYZ0123456789")
    if nat == "PHL":
        return "P" + digits(7) + R.choice("ABC")
    if nat == "IND":
        return R.choice("JKLMNPRSTUVWZ") + digits(7)
    return alnum(2, "ABCDEFGHJKLMNPRSTUVXYZ") + digits(7)


class Person:
    pass


_SEEN = set()


def uniq(fn):
    while True:
        v = fn()
        if v not in _SEEN:
            _SEEN.add(v)
            return v


_US_ADDR_ORDER = []


def next_us_addr():
    if not _US_ADDR_ORDER:
        lst = US_ADDR[:]
        R.shuffle(lst)
        _US_ADDR_ORDER.extend(lst)
    return _US_ADDR_ORDER.pop()


def mk_person(seed, crew=False):
    p = Person()
    p.crew = crew
    p.given, p.family, p.sex, p.nat = seed[:4]
    if crew:
        p.position, p.dept = seed[4], seed[5]
        age = R.randint(21, 58)
    else:
        r = R.random()
        age = R.randint(90, 97) if r < 0.12 else (R.randint(66, 89) if r < 0.55 else R.randint(19, 65))
    p.dob = dt.date(TODAY.year - age - 1, R.randint(1, 12), R.randint(1, 28))
    if (p.dob.month, p.dob.day) < (TODAY.month, TODAY.day):
        p.dob = p.dob.replace(year=p.dob.year + 1)
    p.age = TODAY.year - p.dob.year - ((TODAY.month, TODAY.day) < (p.dob.month, p.dob.day))
    p.passport = uniq(lambda: passport_for(p.nat))
    p.pp_exp = dt.date(R.randint(2025, 2033), R.randint(1, 12), R.randint(1, 28))
    p.pp_iss = p.pp_exp.replace(year=p.pp_exp.year - 10)
    p.mrn = uniq(lambda: "%s-%07d" % (SHIPC, R.randint(40000, 99999)) if R.random() < 0.7 else "MS%08d" % R.randint(10 ** 6, 10 ** 7))
    p.phone = phone_for(p.nat)
    lf = fold(p.family).lower().replace(" ", "").replace("'", "")
    gf = fold(p.given).lower().split()[0]
    dom = R.choice(EMAIL_DOM.get(p.nat, ["gmail.com", "outlook.com", "hotmail.com"]))
    p.email = R.choice(["%s.%s@%s", "%s%s@%s", "%s_%s%d@%s"])
    if p.email.count("%") == 4:
        p.email = p.email % (gf, lf, R.randint(1, 99), dom)
    else:
        p.email = p.email % (gf, lf, dom)
    if p.nat == "USA":
        a = next_us_addr()
        p.street, p.city, p.state, p.zip, p.country = a[0], a[1], a[2], a[3], "USA"
    else:
        a = INTL_ADDR.get(p.nat, ("1 Main Street", "Springfield", "00000"))
        p.street, p.city, p.zip, p.state, p.country = a[0], a[1], a[2], "", p.nat
    if crew:
        p.crew_id = uniq(lambda: "%06d" % R.randint(100000, 699999))
        p.cabin = uniq(lambda: R.choice(["A", "B", "C"]) + "%03d" % R.randint(101, 480))
        p.seaman_book = (p.nat[:2] + digits(7)) if p.nat != "PHL" else "C" + digits(7)
        p.eng1 = "%s%06d" % (R.choice(["PEME-", "ENG1 ", "MC/"]), R.randint(100000, 999999))
        p.plan = "MCP" + digits(9)
    else:
        deck = R.randint(3, 12)
        p.cabin = uniq(lambda: "%d%03d" % (deck, R.randint(1, 380)))
        p.folio = uniq(lambda: str(R.randint(1100000, 1999999)))
        p.booking = uniq(lambda: alnum(6))
        p.seapass = uniq(lambda: digits(10))
        p.policy = uniq(lambda: R.choice(["TIP-", "AGA", "TG", "ERV/"]) + digits(R.choice([8, 9, 10])))
        if p.nat == "USA":
            p.ssn = uniq(ssn)
            p.member_id = uniq(lambda: R.choice(["W", "XK", "U"]) + digits(9))
            p.mbi = uniq(mbi)
    return p


GUESTS = [mk_person(s) for s in GUEST_SEED]
CREW = [mk_person(s, True) for s in CREW_SEED]
REL_GIVEN = ["Pedro", "Birgit", "Aoife", "Camille", "Funmilayo", "Minh", "Sanne", "Kathleen",
             "Javier", "Yuki", "Omar", "Zofia", "Nikos", "Klaus", "Anjali", "Thiago", "Sven",
             "Li", "Ji-woo", "Fiona", "Jana", "Abdirahman", "Sofía", "Gurpreet", "Ngozi", "Marco",
             "Pieter", "Élodie", "Harold", "Miriam", "Stanley", "Francesca", "Niamh", "Ama",
             "Elif", "Rohini", "Matti", "Gregory", "Luz", "Kenji", "Samira", "Andrés", "Sigrún",
             "Rami", "Elaine", "Arjun", "Natasha", "Wendell", "Yaw", "Keanu", "Barbara", "Cian",
             "Ligaya", "Wayan", "Deepa", "Olena", "Marvin", "Siti", "Dragan", "Lerato", "Rhea",
             "Rosalind", "Sibusiso", "Andreea", "Wilner", "Thida", "Xiomara", "Jiří", "Tyler",
             "Kiran"]
RELS = ["spouse", "partner", "travel companion", "sibling", "adult child", "cousin"]
for i, p in enumerate(GUESTS + CREW):
    rel = Person()
    rel.given = REL_GIVEN[i % len(REL_GIVEN)]
    rel.family = p.family if R.random() < 0.7 else R.choice(["Whitaker", "Moreau", "Sato", "Osei",
                                                                "Lindgren", "Herrera", "Kowal"])
    rel.relation = R.choice(RELS)
    rel.phone = phone_for(p.nat)
    rel.email = "%s.%s@%s" % (fold(rel.given).lower(), fold(rel.family).lower().replace(" ", "").replace("'", ""),
                              R.choice(["gmail.com", "outlook.com", "yahoo.com", "proton.me"]))
    rel.ssn = uniq(ssn)
    rel.fax = phone_for("USA")
    p.nok = rel


def nm(p, style=None):
    g, f = p.given, p.family
    style = style or R.choice(["fl", "lf", "LF", "fl", "lf", "slash", "init", "lower", "Lf"])
    if style == "fl":
        return "%s %s" % (g, f)
    if style == "lf":
        return "%s, %s" % (f, g)
    if style == "LF":
        return "%s, %s" % (f.upper(), g.upper())
    if style == "Lf":
        return "%s %s" % (fold(f).upper(), fold(g).upper())
    if style == "slash":
        return "%s/%s" % (fold(f).upper().replace(" ", ""), fold(g).upper())
    if style == "init":
        return "%s %s" % ("".join(x[0].upper() + "." for x in g.replace("-", " ").split()), f)
    if style == "lower":
        return "%s %s" % (g.lower(), f.lower())
    if style == "FL":
        return "%s %s" % (fold(g).upper(), fold(f).upper())
    raise ValueError(style)


def svc_date(back=3):
    return TODAY - dt.timedelta(days=R.randint(0, back))


def guest():
    return R.choice(GUESTS)


def elder():
    return R.choice([x for x in GUESTS if x.age > 89])


def pick(p_elder=0.3, crew_ok=True):
    if R.random() < p_elder:
        return elder()
    return R.choice(GUESTS + CREW) if crew_ok else guest()


def crewm():
    return R.choice(CREW)


def staff():
    return R.choice(STAFF)


def dstyle():
    return R.choice(["iso", "us", "eu", "dot", "dmon", "DMONY", "long", "compact", "us_short", "dash_mon"])


def encno():
    return "ENC-%s-%04d" % (VOY, R.randint(1, 1400))


def rxno():
    return "RX%s%05d" % (SHIPC, R.randint(10000, 99999))


HOSTS = ["CMR-MED-APP01", "CMR-MED-APP02", "CMR-MED-DB01", "CMR-PMS-IF02", "CMR-TMED-GW01",
         "CMR-MED-WS03", "CMR-MED-WS05"]
DIAG = ["acute gastroenteritis", "suspected NSTEMI", "closed fracture distal radius",
        "community-acquired pneumonia", "hypoglycaemia", "atrial fibrillation with RVR",
        "acute ischaemic stroke (suspected)", "cellulitis L lower leg", "renal colic",
        "COPD exacerbation", "syncope, fall in cabin", "upper GI bleed", "sepsis, urinary source",
        "laceration scalp 4 cm", "anaphylaxis (shellfish)", "acute urinary retention"]
PORTS = ["Cozumel", "Roatán", "Belize City", "Costa Maya", "George Town", "Falmouth", "Nassau",
         "Key West", "Miami"]
HOSPITALS = ["Hospital Costamed Cozumel", "Cayman Islands Health Services Authority",
             "Roatán Cornerstone Medical Center", "Doctors Hospital Nassau",
             "Belize Medical Associates", "Baptist Hospital of Miami"]
DRUGS = [("ondansetron 4 mg ODT", "0781-5238-64", 6), ("loperamide 2 mg cap", "45802-0079-78", 8),
         ("amoxicillin/clavulanate 875/125 mg tab", "65862-0502-20", 14),
         ("azithromycin 500 mg tab", "59762-3142-01", 3), ("oral rehydration salts 20.5 g", "73101-0016-01", 6),
         ("meclizine 25 mg tab", "0904-5852-61", 10), ("promethazine 25 mg IM", "0641-6083-25", 1),
         ("morphine sulfate 4 mg/mL inj", "0409-1890-01", 1), ("ceftriaxone 1 g IV", "0143-9858-90", 1),
         ("salbutamol 100 mcg MDI", "0173-0682-20", 1), ("ibuprofen 400 mg tab", "0904-7914-61", 20),
         ("metoclopramide 10 mg tab", "0093-2203-01", 10)]


# =========================================================================== NOISE blocks

def n_nxlog():
    tick()
    h = R.choice(HOSTS)
    kind = R.choice(["scm", "scm", "logon", "apperr", "time", "bits", "vss"])
    if kind == "scm":
        svc = R.choice(["MarEHR Folio Bridge", "MarEHR Sync Agent", "MarEHR Telemed Relay",
                        "Omnicell Cabinet Service", "Print Spooler", "Windows Update",
                        "Veeam Backup Agent", "SQL Server (MEDCTR)", "PMS Interface Host (FIAS)"])
        st = R.choice(["running", "stopped"])
        items = [("EventTime", ts_plain()), ("Hostname", h + ".cmr.meridianseas.local"),
                 ("Keywords", -9187343239835811840), ("EventType", "INFO"), ("SeverityValue", 2),
                 ("Severity", "INFO"), ("EventID", 7036), ("SourceName", "Service Control Manager"),
                 ("ProviderGuid", "{555908D1-A6D7-4695-8E1E-26931D2012F4}"), ("Version", 0),
                 ("Task", 0), ("OpcodeValue", 0), ("RecordNumber", R.randint(100000, 999999)),
                 ("ProcessID", 788), ("ThreadID", R.randint(800, 9000)), ("Channel", "System"),
                 ("Message", "The %s service entered the %s state." % (svc, st)),
                 ("param1", svc), ("param2", st), ("EventReceivedTime", ts_plain()),
                 ("SourceModuleName", "eventlog"), ("SourceModuleType", "im_msvistalog")]
    elif kind == "logon":
        s = staff()
        items = [("EventTime", ts_plain()), ("Hostname", h), ("EventType", "AUDIT_SUCCESS"),
                 ("EventID", 4624), ("SourceName", "Microsoft-Windows-Security-Auditing"),
                 ("Channel", "Security"), ("TargetUserName", s[1].split("\\")[1]),
                 ("TargetDomainName", "MEDCTR"), ("LogonType", R.choice([2, 3, 10])),
                 ("IpAddress", "10.40.%d.%d" % (R.randint(1, 30), R.randint(2, 250))),
                 ("WorkstationName", R.choice(HOSTS)),
                 ("Message", "An account was successfully logged on.")]
    elif kind == "apperr":
        items = [("EventTime", ts_plain()), ("Hostname", h), ("EventType", "ERROR"), ("EventID", 1000),
                 ("SourceName", "Application Error"), ("Channel", "Application"),
                 ("Message", "Faulting application name: Marehr.Pharmacy.Kiosk.exe, version: 4.12.3.%d, "
                  "time stamp: 0x%s Faulting module name: clr.dll, version: 4.8.4645.0, exception code: "
                  "0xc0000005, fault offset: 0x000%s" % (R.randint(1100, 1300), hexs(8), hexs(5)))]
    elif kind == "time":
        items = [("EventTime", ts_plain()), ("Hostname", h), ("EventType", "INFO"), ("EventID", 37),
                 ("SourceName", "Microsoft-Windows-Time-Service"), ("Channel", "System"),
                 ("Message", "The time provider NtpClient is currently receiving valid time data from "
                  "gps-ntp01.cmr.meridianseas.local (ntp.m|0x0|10.40.0.5:123->10.40.1.10:123).")]
    elif kind == "bits":
        items = [("EventTime", ts_plain()), ("Hostname", h), ("EventType", "WARNING"), ("EventID", 16392),
                 ("SourceName", "Microsoft-Windows-Bits-Client"), ("Channel", "Microsoft-Windows-Bits-Client/Operational"),
                 ("Message", "BITS job 'WSUS Download' throttled: metered connection policy MEDICAL-BW-GUARD "
                  "active (vsat budget %d MB/day)" % R.choice([512, 768, 1024]))]
    else:
        items = [("EventTime", ts_plain()), ("Hostname", h), ("EventType", "INFO"), ("EventID", 8224),
                 ("SourceName", "VSS"), ("Channel", "Application"),
                 ("Message", "The VSS service is shutting down due to idle timeout.")]
    return [J(Line("nxlog_json"), items)]


def n_snare():
    tick()
    h = R.choice(HOSTS)
    ev = R.choice([
        (7036, "Service Control Manager", "N/A", "Information",
         "The MarEHR Sync Agent service entered the running state."),
        (4625, "Microsoft-Windows-Security-Auditing", "NT AUTHORITY\\SYSTEM", "Failure Audit",
         "An account failed to log on. Account Name: svc_pmsbridge Failure Reason: Unknown user name or bad password. Source Network Address: 10.40.12.7"),
        (1202, "SceCli", "N/A", "Warning", "Security policies were propagated with warning. 0x534 : No mapping between account names and security IDs was done."),
        (2011, "MarEHR.ClinicalService", "N/A", "Information",
         "Nightly census snapshot written: 7 inpatients, 2 isolation cabins, 0 pending medevacs (job %s)" % uuid4()[:8]),
        (6006, "EventLog", "N/A", "Information", "The Event log service was stopped."),
        (2013, "Srv", "N/A", "Warning", "The D: disk is at or near capacity.  You may need to delete some files."),
    ])
    L = Line("snare_winevt")
    F(L, "<{pri}>{ts} {h} MSWinEventLog\t1\t{ch}\t{rec}\t{sts}\t{eid}\t{src}\t{user}\tN/A\t{lvl}\t{h}\tNone\t\t{msg}\t{seq}",
      pri=R.choice([13, 14, 12]), ts=ts_syslog(), h=h, ch="System" if ev[0] in (7036, 6006, 2013) else "Application",
      rec=R.randint(10000, 99999), sts=ts_snare(), eid=ev[0], src=ev[1], user=ev[2], lvl=ev[3],
      msg=ev[4], seq=R.randint(100, 9999))
    return [L]


def n_evtxml():
    tick()
    ev = R.choice([
        (1001, 4, "MarEHR.ClinicalService", [("Version", "9.4.2.%d" % R.randint(300, 399)), ("ConfigHash", hexs(40)),
                                             ("Db", "Server=CMR-MED-DB01;Database=MarEHR;Encrypt=True")]),
        (3401, 3, "MarEHR.SyncAgent", [("Queue", "shore-replication"), ("Pending", str(R.randint(10, 900))),
                                       ("LastAck", ts_iso()), ("Link", R.choice(["VSAT-Ku", "LEO", "FBB-backup"]))]),
        (4010, 2, "MarEHR.FolioBridge", [("Endpoint", "tcp://10.40.2.21:5010"), ("Error", "FIAS link LS timeout after 30000 ms"),
                                         ("Retry", str(R.randint(1, 5)))]),
    ])
    L = Line("winevt_xml")
    L.t("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='%s'/>"
        "<EventID Qualifiers='0'>%d</EventID><Level>%d</Level><Task>0</Task><Keywords>0x80000000000000</Keywords>"
        "<TimeCreated SystemTime='%s'/><EventRecordID>%d</EventRecordID><Channel>Application</Channel>"
        "<Computer>%s.cmr.meridianseas.local</Computer><Security/></System><EventData>"
        % (ev[2], ev[0], ev[1], now().strftime("%Y-%m-%dT%H:%M:%S.") + "%06d" % now().microsecond + "00Z",
           R.randint(10000, 99999), R.choice(HOSTS)))
    for k, v in ev[3]:
        L.t("<Data Name='%s'>%s</Data>" % (k, xe(v)))
    L.t("</EventData></Event>")
    return [L]


def n_serilog():
    tick()
    m = R.choice([
        "Health check \"%s\" completed with status Healthy in %.1fms" % (R.choice(["sql", "pms-fias", "shore-sync", "telemed-relay"]), R.uniform(1, 40)),
        "Replication batch %s shipped: %d rows, %d KB compressed, link=VSAT-Ku rtt=%dms" % (uuid4()[:8], R.randint(10, 4000), R.randint(4, 900), R.randint(520, 790)),
        "Formulary cache refreshed: %d items, version %s" % (R.randint(380, 420), "2024.05.%d" % R.randint(1, 13)),
        "Voyage context loaded: %s %s -> %s, embark 2024-05-12, debark 2024-05-19" % (VOY, "Miami", "Miami"),
        "Encounter queue depth %d below threshold 25" % R.randint(0, 12),
        "Retrying shore sync in 00:00:%02d (attempt %d of 8)" % (R.randint(5, 59), R.randint(1, 8)),
    ])
    lvl = R.choice(["INF", "INF", "DBG", "WRN"])
    return [line("serilog_text", "{ts} [{lvl}] {m}", ts=ts_local(), lvl=lvl, m=m)]


def n_clef():
    tick()
    items = [("@t", ts_iso(frac=6) ), ("@mt", "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms"),
             ("@r", ["%.4f" % R.uniform(2, 900)]),
             ("RequestMethod", R.choice(["GET", "POST"])),
             ("RequestPath", R.choice(["/api/health", "/api/census", "/api/formulary/items", "/api/voyage/current",
                                       "/api/telemed/bandwidth", "/hubs/notifications/negotiate"])),
             ("StatusCode", R.choice([200, 200, 200, 204, 304, 503])), ("Elapsed", round(R.uniform(2, 900), 4)),
             ("SourceContext", "Serilog.AspNetCore.RequestLoggingMiddleware"),
             ("RequestId", "0HN3%s:0000000%d" % (alnum(8), R.randint(1, 9))),
             ("TraceId", hexs(32)), ("SpanId", hexs(16)), ("MachineName", R.choice(HOSTS))]
    return [J(Line("serilog_clef"), items)]


def n_nlog():
    tick()
    job = R.choice(["FolioExport", "ManifestDelta", "CrewListSync", "ChargeReconcile", "ShoreReplication",
                    "PMSGuestRefresh"])
    ok = R.randint(50, 3500)
    m = R.choice([
        "job=%s batch=%s records=%d ok=%d failed=%d duration=%.2fs" % (job, now().strftime("%Y%m%d-%H%M"), ok + 2, ok, 2, R.uniform(0.4, 40)),
        "job=%s state=Scheduled next=%s cron='0 */15 * * * ?'" % (job, (now() + dt.timedelta(minutes=15)).strftime("%H:%M:%S")),
        "PMS interface heartbeat OK (FIAS LS/LA) peer=10.40.2.21:5010 lag=%dms" % R.randint(3, 80),
        "Manifest delta %s applied: +%d embark, -%d debark, %d cabin moves" % (VOY, R.randint(0, 40), R.randint(0, 40), R.randint(0, 9)),
    ])
    return [line("nlog", "{ts}|{lvl}|Marehr.Sync.{cls}|{m}", ts=ts_nlog(), lvl=R.choice(["INFO", "INFO", "DEBUG", "WARN"]),
                 cls=R.choice(["JobRunner", "PmsGateway", "ManifestImporter", "Scheduler"]), m=m)]


def n_log4net():
    tick()
    d = R.choice(DRUGS)
    m = R.choice([
        "Stock below par: %s NDC %s on hand %d par %d lot %s exp 2025-%02d" % (d[0], d[1], R.randint(0, 5), R.randint(6, 20), alnum(6), R.randint(1, 12)),
        "Cabinet OC-%d drawer %d opened by %s (witness %s) reason=Restock" % (R.randint(1, 3), R.randint(1, 9), staff()[1], staff()[1]),
        "Controlled drug count reconciled: morphine 10 mg/mL ampoules 14/14, fentanyl 100 mcg 6/6, midazolam 5 mg 10/10",
        "Temperature logger FRIDGE-2 %.1f C within 2-8 C range" % R.uniform(3, 6.5),
        "Formulary import DrugDB-%s.zip sha256=%s" % (now().strftime("%Y%m"), hexs(64)),
    ])
    return [line("log4net", "{ts} [{th}] {lvl} Marehr.Pharmacy.{cls} [(null)] - {m}", ts=ts_l4n(), th=R.randint(3, 40),
                 lvl=R.choice(["INFO ", "INFO ", "WARN ", "DEBUG"]), cls=R.choice(["InventoryService", "CabinetMonitor", "FormularyLoader"]), m=m)]


def n_aspnet():
    tick()
    a = Line("aspnetcore_console").t("info: Microsoft.AspNetCore.Hosting.Diagnostics[2]")
    b = Line("aspnetcore_console").t("      Request finished HTTP/1.1 %s https://cmr-tmed-gw01:5001%s - %d %s application/json %.4fms"
                                    % (R.choice(["GET", "POST"]), R.choice(["/api/health", "/api/sessions/active", "/api/links/status"]),
                                       R.choice([200, 200, 401, 204]), R.randint(2, 9000), R.uniform(0.5, 300)))
    tick(0, 1)
    return [a, b]


IIS_HDR_DONE = [False]


def n_iis():
    tick()
    out = []
    if not IIS_HDR_DONE[0]:
        IIS_HDR_DONE[0] = True
        out.append(Line("iis_w3c").t("#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken"))
    s = staff()
    stem = R.choice(["/marehr/api/census", "/marehr/content/site.css", "/marehr/api/voyage/current",
                     "/marehr/signalr/negotiate", "/marehr/api/reports/vsp/daily"])
    out.append(line("iis_w3c", "{ts} 10.40.2.15 {m} {stem} {q} 443 {u} 10.40.{a}.{b} Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+Edg/124.0.0.0 - {st} 0 0 {tt}",
                    ts=ts_plain(), m=("POST" if "signalr" in stem else "GET"), stem=stem,
                    q=R.choice(["-", "clientProtocol=2.1", "voyage=%s" % VOY, "_=%d" % R.randint(1700000000000, 1716000000000)]),
                    u=R.choice([s[1], "-"]), a=R.randint(1, 30), b=R.randint(2, 250), st=R.choice([200, 200, 304, 401]),
                    tt=R.randint(1, 800)))
    return out


def nmea_ck(body):
    c = 0
    for ch in body:
        c ^= ord(ch)
    return "$%s*%02X" % (body, c)


def n_nmea():
    tick(1, 5)
    t = now().strftime("%H%M%S.00")
    lat = "%02d%07.4f" % (20 + R.randint(0, 5), R.uniform(0, 59.9999))
    lon = "%03d%07.4f" % (84 + R.randint(0, 4), R.uniform(0, 59.9999))
    k = R.choice(["GGA", "RMC", "HDT", "VTG"])
    if k == "GGA":
        b = "GPGGA,%s,%s,N,%s,W,1,%02d,0.%d,%.1f,M,-25.1,M,," % (t, lat, lon, R.randint(7, 12), R.randint(7, 9), R.uniform(10, 30))
    elif k == "RMC":
        b = "GPRMC,%s,A,%s,N,%s,W,%.1f,%.1f,%s,,,A" % (t, lat, lon, R.uniform(14, 21), R.uniform(0, 359), now().strftime("%d%m%y"))
    elif k == "HDT":
        b = "HEHDT,%.1f,T" % R.uniform(0, 359)
    else:
        b = "GPVTG,%.1f,T,,M,%.1f,N,%.1f,K,A" % (R.uniform(0, 359), R.uniform(14, 21), R.uniform(26, 39))
    return [line("nmea0183", "{ts} nav-gw01 {s}", ts=ts_iso(), s=nmea_ck(b))]


def n_vsat():
    tick()
    m = R.choice([
        "acu[2211]: beam=IS-37e ebno=%.1fdB rx_kbps=%d tx_kbps=%d elev=%.1f az=%.1f" % (R.uniform(7, 12), R.randint(20000, 90000), R.randint(3000, 12000), R.uniform(40, 70), R.uniform(100, 260)),
        "qos[1888]: class=MEDICAL-TELEMED cir=4096kbps used=%dkbps drops=0" % R.randint(0, 4000),
        "qos[1888]: class=GUEST-WIFI cir=60000kbps used=%dkbps drops=%d" % (R.randint(30000, 60000), R.randint(0, 2000)),
        "starlinkd[903]: pop_ping_latency_ms=%.1f downlink_bps=%d obstruction=%.3f" % (R.uniform(28, 70), R.randint(50, 300) * 10 ** 6, R.uniform(0, 0.02)),
        "failover[77]: primary VSAT-Ku degraded (rain fade), LEO path active for class=CREW-WELFARE",
        "modem[441]: iDX 4.1.2.%d remote SN 77%s lock=1 rxcof=%d" % (R.randint(1, 9), digits(6), R.randint(-900, 900)),
    ])
    return [line("vsat_syslog", "<{pri}>{ts} vsat-acu01 {m}", pri=R.choice([134, 133, 131]), ts=ts_syslog(), m=m)]


def n_fias():
    tick()
    k = R.choice(["LS", "LA", "LD", "DS", "DE"])
    d = now().strftime("%y%m%d")
    t = now().strftime("%H%M%S")
    if k == "LD":
        body = "LD|DA%s|TI%s|V#2.21|IFPB|" % (d, t)
    elif k in ("LS", "LA"):
        body = "%s|DA%s|TI%s|" % (k, d, t)
    else:
        body = "%s|DA%s|TI%s|" % (k, d, t)
    return [line("fias_pms", "{ts} FIAS {dir} {b}", ts=ts_l4n(), dir=R.choice(["<<", ">>"]), b=body)]


def n_vsp_agg():
    tick()
    if R.random() < 0.5:
        L = Line("vsp_gi_csv")
        csv_cells(L, ["AGG", "9834127", SHIP, VOY, "2024-05-12", "2024-05-19", R.randint(3800, 4100), R.randint(1500, 1600),
                      R.randint(0, 30), R.randint(0, 9), "%.2f" % R.uniform(0, 0.8), "Miami", ts_iso()])
        return [L]
    L = Line("vsp_gi_xml")
    L.t('<GIReport xmlns="urn:vsp:gi:2.1" type="24hr"><Vessel imo="%s" name="%s" flag="BS"/><Voyage no="%s" embark="2024-05-12" debark="2024-05-19"/>'
        '<Counts pax="%d" crew="%d" giPax="%d" giCrew="%d"/><Submitted by="medical.cmr@%s">%s</Submitted></GIReport>'
        % (IMO, SHIP, VOY, R.randint(3800, 4100), R.randint(1500, 1600), R.randint(0, 30), R.randint(0, 9), DOM, ts_iso()))
    return [L]


def n_telemed_stats():
    tick()
    items = [("eventType", "webrtc.stats"), ("sessionId", uuid4()), ("ts", ts_iso()),
             ("audio", [("codec", "opus"), ("jitterMs", round(R.uniform(2, 60), 1)), ("lossPct", round(R.uniform(0, 4), 2))]),
             ("video", [("codec", R.choice(["VP8", "H264"])), ("width", R.choice([640, 960, 1280])), ("fps", R.randint(12, 30)),
                        ("bitrateKbps", R.randint(300, 2500))]),
             ("rttMs", R.randint(480, 900)), ("path", R.choice(["vsat", "leo"])), ("turn", "turn-eu1.telemed.example:3478")]
    return [J(Line("telemed_json"), items, esc="stj")]


def n_stack():
    tick()
    exc = R.choice([
        "System.Net.WebException: The remote server returned an error: (503) Server Unavailable.",
        "System.TimeoutException: The operation has timed out after 00:00:30.",
        "System.Data.SqlClient.SqlException (0x80131904): Transaction (Process ID 61) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction.",
    ])
    out = [line("dotnet_stack", "{ts} [ERR] Shore replication failed", ts=ts_local()),
           Line("dotnet_stack").t(exc)]
    frames = ["   at System.Net.HttpWebRequest.GetResponse()",
              "   at Marehr.Sync.Shore.ReplicationClient.PushBatchAsync(ReplicationBatch batch, CancellationToken ct) in D:\\a\\1\\s\\src\\Marehr.Sync\\Shore\\ReplicationClient.cs:line %d" % R.randint(80, 400),
              "   at Marehr.Sync.JobRunner.RunAsync(IJob job) in D:\\a\\1\\s\\src\\Marehr.Sync\\JobRunner.cs:line %d" % R.randint(30, 200),
              "   at System.Threading.Tasks.Task.<>c.<ThrowAsync>b__128_1(Object state)"]
    for fr in frames[R.randint(0, 1):]:
        out.append(Line("dotnet_stack").t(fr))
    return out


def n_hl7_ack():
    tick()
    cid = "CMR%s%04d" % (now().strftime("%y%m%d"), R.randint(1, 9999))
    return [line("hl7v2", "MSH|^~\\&|PHARMSYS|CMR_PHARM|MAREHR|CMR_MEDCTR|{ts}||ACK^O13^ACK|{c}|P|2.5.1", ts=ts_hl7(), c=cid + "A"),
            line("hl7v2", "MSA|AA|{c}|Message accepted", c=cid)]


def n_satcom():
    tick()
    if R.random() < 0.5:
        data = "POSREP %s %s 2530N 08012W C%03d S%02d" % (SHIP.upper(), now().strftime("%d%H%MZ"), R.randint(0, 359), R.randint(12, 21))
        items = [("imei", IRID_IMEI), ("momsn", R.randint(1000, 3000)), ("transmit_time", now().strftime("%y-%m-%d %H:%M:%S")),
                 ("iridium_latitude", round(R.uniform(20, 26), 4)), ("iridium_longitude", round(R.uniform(-88, -79), 4)),
                 ("iridium_cep", R.randint(2, 8)), ("data", data.encode().hex())]
        return [J(Line("iridium_sbd"), items, sep=(", ", ": "))]
    return [line("inmarsat_c", "LES 104 MSG REF {r} {ts} UTC FM {s}/{cs}/IMN {i} TO METAREA IV ACK: NAVAREA IV 0{n}/24 RECEIVED", r=R.randint(7000000, 7999999),
                 ts=now().strftime("%Y-%m-%d %H:%M"), s=SHIP.upper(), cs=CALLSIGN, i=INM_C, n=R.randint(100, 999))]


def n_manifest_stats():
    tick()
    return [line("manifest_csv", "# export=GuestManifest voyage={v} ship={s} generated={ts} rows={r} encoding=UTF-8 delimiter=, source=PMS",
                 v=VOY, s=SHIPC, ts=ts_iso(), r=R.randint(3800, 4100))]


def n_crew_oh():
    tick()
    items = [("type", "oh.batch"), ("job", "eng1_expiry_scan"), ("ts", ts_iso()), ("crewOnboard", R.randint(1500, 1600)),
             ("expiringWithin30d", R.randint(3, 30)), ("expired", R.randint(0, 3)), ("flagState", "BS"), ("durationMs", R.randint(100, 9000))]
    return [J(Line("crew_oh_json"), items)]


def n_email_bulletin():
    tick()
    return [line("email_rfc822", "Subject: Fleet Medical Bulletin {n}/2024 - Norovirus season, VSP 24-hr report reminder", n=R.randint(10, 40)),
            line("email_rfc822", "From: Fleet Medical Operations <fleetmedical@{d}>", d=DOM),
            line("email_rfc822", "Reply-To: Dr. Rachel Whitcombe <r.whitcombe@{d}>, +1 305 555 0188 (duty phone)", d=DOM)]


NOISE = [n_nxlog, n_nxlog, n_snare, n_evtxml, n_serilog, n_serilog, n_clef, n_nlog, n_nlog, n_log4net, n_aspnet,
         n_iis, n_iis, n_nmea, n_nmea, n_nmea, n_vsat, n_vsat, n_fias, n_vsp_agg, n_telemed_stats, n_stack,
         n_hl7_ack, n_satcom, n_manifest_stats, n_crew_oh, n_email_bulletin]


# =========================================================================== PHI blocks

def p_nxlog_audit():
    tick()
    g = R.choice(GUESTS + CREW)
    s = staff()
    L = Line("nxlog_json")
    L.t('{"EventTime":"%s","Hostname":"CMR-MED-APP01","EventType":"AUDIT_SUCCESS","EventID":%d,"SourceName":"MarEHR Audit","Channel":"Application","Message":"'
        % (ts_plain(), R.choice([3102, 3105, 3110])))
    act = R.choice(["Record access", "Chart opened", "Break-the-glass access"])
    F(L, "{a}: user={u} role={r} patient=\\\"{n}\\\" mrn={m} cabin={c} reason={why}",
      a=act, u=s[1].replace("\\", "\\\\"), r=s[2], n=(nm(g, R.choice(["lf", "LF", "fl"])), "name"), m=(g.mrn, "mrn"),
      c=(g.cabin, "address"), why=R.choice(["Treatment", "Billing", "VSP-Report", "Emergency"]))
    F(L, '","PatientMRN":"{m}","Workstation":"{w}","SourceModuleType":"im_msvistalog"}}', m=(g.mrn, "mrn"), w=R.choice(HOSTS))
    return [L]


def p_snare():
    tick()
    g = R.choice(GUESTS + CREW)
    s = staff()
    L = Line("snare_winevt")
    F(L, "<14>{ts} CMR-MED-APP02 MSWinEventLog\t1\tApplication\t{rec}\t{sts}\t3105\tMarEHR Audit\t{u}\tUser\tInformation\tCMR-MED-APP02\tNone\t\t",
      ts=ts_syslog(), rec=R.randint(10000, 99999), sts=ts_snare(), u=s[1])
    kind = R.randint(0, 2)
    if kind == 0:
        F(L, "Printed discharge summary for {n} (MRN {m}, DOB {d}) to \\\\CMR-MED-PRN02\\MedCenter-Laser",
          n=(nm(g, "LF"), "name"), m=(g.mrn, "mrn"), d=(fdate(g.dob, "us"), "date"))
    elif kind == 1:
        F(L, "Fit-to-fly letter generated: {n}, passport {pp}, cabin {c}, visit {v}",
          n=(nm(g, "fl"), "name"), pp=(g.passport, "license"), c=(g.cabin, "address"), v=(fdate(svc_date(), "dmon"), "date"))
    else:
        F(L, "Export to USB denied by policy MED-DLP-04: file={f}_labs.pdf",
          f=(fold(g.family).replace(" ", "_").replace("'", ""), "name"))
    F(L, "\t{seq}", seq=R.randint(100, 9999))
    return [L]


def p_evtxml():
    tick()
    g = pick(0.35, False)
    L = Line("winevt_xml")
    L.t("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='MarEHR.ClinicalService'/>"
        "<EventID Qualifiers='0'>2301</EventID><Level>3</Level><Task>12</Task><Keywords>0x80000000000000</Keywords>"
        "<TimeCreated SystemTime='%s'/><EventRecordID>%d</EventRecordID><Channel>Application</Channel>"
        "<Computer>CMR-MED-APP01.cmr.meridianseas.local</Computer><Security UserID='S-1-5-21-%d-%d-%d-1107'/></System><EventData>"
        % (now().strftime("%Y-%m-%dT%H:%M:%S.") + "%06d" % now().microsecond + "00Z", R.randint(10000, 99999),
           R.randint(10 ** 9, 4 * 10 ** 9), R.randint(10 ** 9, 4 * 10 ** 9), R.randint(10 ** 8, 10 ** 9)))
    F(L, "<Data Name='Message'>Allergy conflict overridden</Data><Data Name='GuestName'>{n}</Data><Data Name='Cabin'>{c}</Data>"
         "<Data Name='DateOfBirth'>{d}</Data><Data Name='SeaPassId'>{sp}</Data><Data Name='Drug'>{dr}</Data><Data Name='Allergen'>{al}</Data>",
      n=(xe(nm(g, R.choice(["lf", "fl", "LF"]))), "name"), c=(g.cabin, "address"), d=(g.dob.isoformat(), "date"),
      sp=(g.seapass, "other_id"), dr=R.choice(DRUGS)[0], al=R.choice(["penicillin", "sulfonamides", "latex", "NSAIDs"]))
    if g.age > 89 and R.random() < 0.8:
        F(L, "<Data Name='AgeYears'>{a}</Data>", a=(str(g.age), "age"))
    L.t("</EventData></Event>")
    return [L]


def p_serilog():
    tick()
    g = R.choice(GUESTS + CREW)
    L = Line("serilog_text")
    k = R.randint(0, 3)
    F(L, "{ts} [{lvl}] ", ts=ts_local(), lvl=R.choice(["INF", "WRN"]))
    if k == 0:
        F(L, "Encounter {e} opened for \"{n}\" (MRN {m}), cabin {c}, triage ESI {esi}",
          e=(encno(), "other_id"), n=(nm(g, R.choice(["lf", "fl"])), "name"), m=(g.mrn, "mrn"), c=(g.cabin, "address"), esi=R.randint(2, 5))
    elif k == 1:
        F(L, "Isolation order created: cabin {c} guest \"{n}\" from {d1} until {d2} (GI, VSP case {cs})",
          c=(g.cabin, "address"), n=(nm(g), "name"), d1=(fdate(svc_date(2), "iso"), "date"), d2=(fdate(TODAY + dt.timedelta(days=1), "iso"), "date"),
          cs=("GI-%s-%03d" % (VOY, R.randint(1, 120)), "other_id"))
    elif k == 2:
        F(L, "Vitals imported from monitor MX450 SN DE{msn} for \"{n}\": HR {hr} SpO2 {sp}% NIBP {sy}/{di}", msn=digits(8),
          n=(nm(g), "name"), hr=R.randint(50, 140), sp=R.randint(86, 99), sy=R.randint(90, 190), di=R.randint(50, 110))
    else:
        F(L, "Shore record lookup {m} -> matched home MRN {hm} at {fac}",
          m=(g.mrn, "mrn"), hm=(R.choice(["E", "M", ""]) + digits(R.choice([7, 8, 9])), "mrn"),
          fac=R.choice(["Mayo Clinic", "Cleveland Clinic Florida", "Royal Infirmary of Edinburgh", "Rigshospitalet"]))
    return [L]


def p_clef():
    tick()
    g = guest()
    k = R.randint(0, 2)
    pid = uuid4()
    if k == 0:
        items = [("@t", ts_iso(frac=6)), ("@mt", "Folio posting {PostingId} for folio {FolioNo} cabin {Cabin} returned {StatusCode}"),
                 ("@l", "Warning"), ("PostingId", pid), ("FolioNo", g.folio, "account"), ("Cabin", g.cabin, "address"),
                 ("StatusCode", 409), ("Reason", "Folio closed (guest checked out)"),
                 ("SourceContext", "Marehr.Billing.FolioBridge"), ("TraceId", hexs(32)), ("SpanId", hexs(16))]
    elif k == 1:
        items = [("@t", ts_iso(frac=6)), ("@mt", "Charge {ChargeCode} {Amount} posted to {GuestName} ({FolioNo})"),
                 ("ChargeCode", R.choice(["MED-CONSULT-DAY", "MED-CONSULT-AH", "MED-IVFLUID", "MED-XRAY", "MED-PHARM"])),
                 ("Amount", round(R.choice([145.0, 225.0, 310.5, 89.95, 1250.0, 62.4]), 2)),
                 ("GuestName", nm(g, R.choice(["lf", "fl", "slash"])), "name"), ("FolioNo", g.folio, "account"),
                 ("Currency", "USD"), ("SourceContext", "Marehr.Billing.ChargeService"), ("TraceId", hexs(32))]
    else:
        items = [("@t", ts_iso(frac=6)), ("@mt", "Card on file declined for medical deposit, folio {FolioNo}"),
                 ("@l", "Error"), ("FolioNo", g.folio, "account"), ("CardPan", fmt_card(card()) if R.random() < 0.5 else card(), "account"),
                 ("CardMasked", "************%s" % digits(4)), ("AuthCode", "05"), ("SourceContext", "Marehr.Billing.DepositService")]
    return [J(Line("serilog_clef"), items)]


def p_nlog():
    tick()
    g = guest()
    k = R.randint(0, 2)
    L = Line("nlog")
    F(L, "{ts}|{lvl}|Marehr.Sync.ManifestImporter|", ts=ts_nlog(), lvl=R.choice(["WARN", "ERROR", "INFO"]))
    if k == 0:
        F(L, "Ambiguous guest match passport={pp} surname={s} dob={d} candidates=2 (booking {b1}, {b2})",
          pp=(g.passport, "license"), s=(fold(g.family).upper(), "name"), d=(fdate(g.dob, "compact"), "date"),
          b1=(g.booking, "other_id"), b2=(alnum(6), "other_id"))
    elif k == 1:
        F(L, "Cabin move applied booking={b} {c1}->{c2} guest={n}",
          b=(g.booking, "other_id"), c1=(g.cabin, "address"), c2=("%d%03d" % (R.randint(3, 12), R.randint(1, 380)), "address"), n=(nm(g, "slash"), "name"))
    else:
        F(L, "Early debark flagged seapass={sp} folio={f} reason=MEDICAL port={port} date={d}",
          sp=(g.seapass, "other_id"), f=(g.folio, "account"), port=R.choice(PORTS), d=(fdate(svc_date(1), "eu"), "date"))
    return [L]


def p_log4net():
    tick()
    g = R.choice(GUESTS + CREW)
    d = R.choice(DRUGS)
    L = Line("log4net")
    F(L, "{ts} [{th}] INFO  Marehr.Pharmacy.DispenseService [(null)] - ", ts=ts_l4n(), th=R.randint(3, 40))
    k = R.randint(0, 2)
    if k == 0:
        F(L, "Dispensed {rx} {dr} x{q} NDC {ndc} to {m} ({n}) cabin {c} by {u}",
          rx=rxno(), dr=d[0], q=d[2], ndc=d[1], m=(g.mrn, "mrn"), n=(nm(g, R.choice(["LF", "lf"])), "name"), c=(g.cabin, "address"), u=staff()[1])
    elif k == 1:
        F(L, "CD register entry #{e}: morphine sulfate 4 mg IV given to {n}, DOB {dob}, witness {w}, waste 6 mg",
          e=R.randint(100, 999), n=(nm(g, "fl"), "name"), dob=(fdate(g.dob, "dot"), "date"), w=staff()[0])
    else:
        F(L, "Label printed for {n} / {c}: take 1 tablet every 8 hours as needed for nausea ({dr})",
          n=(nm(g, R.choice(["init", "Lf"])), "name"), c=(g.cabin, "address"), dr=d[0])
    return [L]


def p_aspnet():
    tick()
    g = guest()
    a = Line("aspnetcore_console").t("warn: Marehr.Telemed.Api.Controllers.SessionController[%d]" % R.choice([0, 1102, 1107]))
    b = Line("aspnetcore_console")
    if R.random() < 0.5:
        F(b, "      Consent form missing for session {sid}; patient {n} (MRN {m}) DOB {d}",
          sid=uuid4(), n=(nm(g), "name"), m=(g.mrn, "mrn"), d=(fdate(g.dob, "us"), "date"))
    else:
        F(b, "      Payer mismatch: policy {pol} not active for {n} on {d}; falling back to SELF-PAY",
          pol=(g.policy, "health_plan"), n=(nm(g, "lf"), "name"), d=(fdate(svc_date(), "iso"), "date"))
    return [a, b]


def p_iis():
    tick()
    g = R.choice(GUESTS + CREW)
    s = staff()
    out = []
    if not IIS_HDR_DONE[0]:
        IIS_HDR_DONE[0] = True
        out.append(Line("iis_w3c").t("#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken"))
    L = Line("iis_w3c")
    F(L, "{ts} 10.40.2.15 GET ", ts=ts_plain())
    k = R.randint(0, 2)
    if k == 0:
        F(L, "/marehr/api/patients/{m}/summary format=pdf", m=(g.mrn, "mrn"))
    elif k == 1:
        F(L, "/marehr/api/patients/search lastName={ln}&dob={d}&cabin={c}",
          ln=(fold(g.family).replace(" ", "+").replace("'", "%27"), "name"), d=(g.dob.isoformat(), "date"), c=(g.cabin, "address"))
    else:
        F(L, "/marehr/api/encounters/{e}/notes -", e=(encno(), "other_id"))
    F(L, " 443 {u} 10.40.{a}.{b} Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+Edg/124.0.0.0 https://cmr-med-app01/marehr/ 200 0 0 {tt}",
      u=s[1], a=R.randint(1, 30), b=R.randint(2, 250), tt=R.randint(10, 900))
    out.append(L)
    return out


def p_manifest_csv():
    tick()
    out = [Line("manifest_csv").t("BookingNo,CabinNo,FolioNo,Surname,GivenNames,DOB,Sex,Nationality,PassportNo,PassportExpiry,EmbarkDate,DebarkDate,SeaPassId,Loyalty,SpecialNeeds")]
    for g in R.sample(GUESTS, R.randint(3, 6)):
        L = Line("manifest_csv")
        sn = R.choice(["", "", "WCHR", "OXYGEN", "DIALYSIS", "CPAP", "HEARING"])
        csv_cells(L, [(g.booking, "other_id"), (g.cabin, "address"), (g.folio, "account"), (g.family.upper(), "name"),
                      (g.given.upper(), "name"), (fdate(g.dob, "iso"), "date"), g.sex, g.nat, (g.passport, "license"),
                      (fdate(g.pp_exp, "iso"), "date"), ("2024-05-12", "date"), ("2024-05-19", "date"), (g.seapass, "other_id"),
                      R.choice(["", "GOLD", "PLATINUM", "DIAMOND"]), sn])
        out.append(L)
    return out


def p_manifest_pipe():
    tick()
    out = []
    for g in R.sample(GUESTS, R.randint(2, 4)):
        L = Line("manifest_pipe")
        F(L, "PAX|{v}|{c}|{n}|{dob}|{sx}|{nat}|P|{pp}|{nat}|{exp}|{em}|MIA|MIA|",
          v=VOY, c=(g.cabin, "address"), n=(nm(g, "slash"), "name"), dob=(fdate(g.dob, "DMONYY"), "date"), sx=g.sex,
          nat=g.nat, pp=(g.passport, "license"), exp=(fdate(g.pp_exp, "DMONYY"), "date"), em=(g.email.upper() if R.random() < 0.3 else g.email, "email"))
        if R.random() < 0.5:
            F(L, "EC:{en}/{er}/{ep}", en=(nm(g.nok, "slash"), "name"), er=g.nok.relation.upper(), ep=(g.nok.phone, "phone"))
        out.append(L)
    return out


def p_fias():
    tick()
    g = guest()
    d = now().strftime("%y%m%d")
    t = now().strftime("%H%M%S")
    amt = R.choice([14500, 22500, 31050, 8995, 6240, 125000])
    pn = R.randint(100000, 999999)
    out = []
    if R.random() < 0.4:
        out.append(line("fias_pms", "{ts} FIAS << GI|RN{rn}|G#{gn}|GN{gfam}|GF{giv}|GL{lang}|GV{vip}|GA{ga}|GD{gd}|DA{d}|TI{t}|",
                        ts=ts_l4n(), rn=(g.cabin, "address"), gn=(g.booking, "other_id"), gfam=(fold(g.family).upper(), "name"),
                        giv=(fold(g.given).upper(), "name"), lang=R.choice(["EN", "DE", "ES", "FR", "IT"]), vip=R.choice([0, 0, 1]),
                        ga=("240512", "date"), gd=("240519", "date"), d=d, t=t))
    out.append(line("fias_pms", "{ts} FIAS >> PS|RN{rn}|PTC|TA{amt}|DA{d}|TI{t}|P#{pn}|CTMedical Center {cc}|WS{ws}|",
                    ts=ts_l4n(), rn=(g.cabin, "address"), amt=amt, d=d, t=t, pn=pn, cc=R.choice(["consult", "pharmacy", "IV therapy", "x-ray"]),
                    ws=R.choice(["MED1", "MED2"])))
    tick(0, 2)
    ans = R.choice(["OK", "OK", "NG", "RY"])
    out.append(line("fias_pms", "{ts} FIAS << PA|AS{ans}|RN{rn}|P#{pn}|DA{d}|TI{t}|CT{ct}|",
                    ts=ts_l4n(), ans=ans, rn=(g.cabin, "address"), pn=pn, d=d, t=now().strftime("%H%M%S"),
                    ct={"OK": "Posting accepted", "NG": "Guest not checked in", "RY": "Retry later"}[ans]))
    return out


def email_hdr(frm, to, subj_parts, cc=None, lang_off=-5):
    out = [line("email_rfc822", "From: {f}", f=frm), line("email_rfc822", "To: {t}", t=to)]
    if cc:
        out.append(line("email_rfc822", "Cc: {c}", c=cc))
    out.append(line("email_rfc822", "Date: {d}", d=ts_rfc2822(off=lang_off)))
    L = Line("email_rfc822").t("Subject: ")
    for part in subj_parts:
        if isinstance(part, tuple):
            L.p(*part)
        else:
            L.t(part)
    out.append(L)
    out.append(line("email_rfc822", "Message-ID: <{a}.{b}@cmr.{d}>", a=now().strftime("%Y%m%d%H%M%S"), b=alnum(6), d=DOM))
    out.append(line("email_rfc822", "X-Vessel-IMO: {i}", i=IMO))
    out.append(Line("email_rfc822").t("Content-Type: text/plain; charset=utf-8"))
    return out


def p_email_medevac():
    tick(60, 300)
    g = pick_unused("medevac", GUESTS)
    port = R.choice(PORTS[:7])
    hosp = R.choice(HOSPITALS)
    dx = R.choice(DIAG)
    onset = svc_date(1)
    out = email_hdr('"Medical Center - %s" <medical.cmr@%s>' % (SHIP, DOM), "ops.%s@caribemaritima.example" % fold(port).lower().replace(" ", ""),
                    ["URGENT MEDEVAC - Guest ", (nm(g, "Lf"), "name"), ", cabin ", (g.cabin, "address"), " - ETA %s 1400LT" % port],
                    cc="fleetmedical@%s" % DOM)
    out.append(Line("email_rfc822").t("Dear Ricardo,"))
    L = Line("email_rfc822")
    F(L, "We request shoreside ambulance transfer on arrival for our guest {n} (DOB {dob}, {nat} passport {pp}), cabin {c}, travelling with {rel} {rn}.",
      n=(nm(g, "fl"), "name"), dob=(fdate(g.dob, R.choice(["eu", "dmon", "long"])), "date"), nat=g.nat, pp=(g.passport, "license"),
      c=(g.cabin, "address"), rel=g.nok.relation, rn=(nm(g.nok, "fl"), "name"))
    out.append(L)
    L = Line("email_rfc822")
    F(L, "Working diagnosis: {dx}, onset {d} approx. 03:10 ship's time. Stable for transfer on 2L O2, IV access x2.",
      dx=dx, d=(fdate(onset, "dmon"), "date"))
    if g.age > 89:
        F(L, " Note: guest is {a} years old, frail, walker-dependent.", a=(str(g.age), "age"))
    out.append(L)
    out.append(line("email_rfc822", "Travel insurance: {ins} policy {pol} - please request guarantee of payment before admission.",
                    ins=R.choice(["Allianz Travel", "AIG Travel Guard", "ERV", "Europ Assistance"]), pol=(g.policy, "health_plan")))
    kg = R.choice(REL_GIVEN)
    out.append(line("email_rfc822", "Next of kin ashore ({rel}): {n}, {ph}, {em}",
                    rel=R.choice(["adult child", "sibling", "niece/nephew"]), n=("%s %s" % (kg, g.family), "name"),
                    ph=(phone_for(g.nat), "phone"), em=("%s%s@%s" % (fold(kg).lower()[0], fold(g.family).lower().replace(" ", "").replace("'", ""), R.choice(["gmail.com", "outlook.com"])), "email")))
    out.append(line("email_rfc822", "Receiving facility: {h} (bed confirmed by ER attending). Medevac case ref {r}.",
                    h=hosp, r=("MEV-%s-%03d" % (VOY, R.randint(1, 60)), "other_id")))
    out.append(Line("email_rfc822").t("Kind regards,"))
    out.append(line("email_rfc822", "{s}, Senior Physician | Medical Center, MV {sh} | Inmarsat +870 773 100 482 | medical.cmr@{d}",
                    s=STAFF[0][0], sh=SHIP, d=DOM))
    return out


def p_email_agent_es():
    tick(60, 300)
    g = pick_unused("medevac", GUESTS)
    out = email_hdr("Agencia Marítima del Caribe - Operaciones <ops.cozumel@caribemaritima.example>", "medical.cmr@%s" % DOM,
                    ["RE: Traslado médico - Sr(a). ", (nm(g, "fl"), "name"), " - ", ("MEV-%s-%03d" % (VOY, R.randint(1, 60)), "other_id")], lang_off=-5)
    out.append(Line("email_rfc822").t("Estimada Dra. Brandt:"))
    out.append(line("email_rfc822", "Confirmamos ambulancia en muelle Punta Langosta a las 14:00 para el/la paciente {n}, fecha de nacimiento {d}, pasaporte {pp}.",
                    n=(nm(g, "LF"), "name"), d=(fdate(g.dob, "eu"), "date"), pp=(g.passport, "license")))
    out.append(line("email_rfc822", "Migración requiere copia del pasaporte y de la carta de desembarque; favor de enviar también el folio {f} cerrado y la póliza {p}.",
                    f=(g.folio, "account"), p=(g.policy, "health_plan")))
    out.append(line("email_rfc822", "Contacto del familiar en tierra: {n}, tel. {ph}.", n=(nm(g.nok, "fl"), "name"), ph=(g.nok.phone, "phone")))
    out.append(Line("email_rfc822").t("Saludos cordiales, Ricardo Peón Canul | Oficina +52 987 555 0100 | Guardia 24h +52 987 555 0101"))
    return out


def pick_unused(key, cands):
    used = _PICKED.setdefault(key, set())
    left = [c for c in cands if id(c) not in used] or cands
    c = R.choice(left)
    used.add(id(c))
    return c


_PICKED = {}


def p_email_gop():
    tick(60, 300)
    g = pick_unused("gop", [x for x in GUESTS if x.nat == "USA"])
    out = email_hdr("Claims Assistance <gop@travelassist-claims.example>", "medical.cmr@%s" % DOM,
                    ["GOP issued - insured ", (nm(g, "lf"), "name"), " - policy ", (g.policy, "health_plan")])
    out.append(line("email_rfc822", "Insured: {n}   DOB: {d}   Member ID: {mid}   Medicare MBI: {mbi}",
                    n=(nm(g, "LF"), "name"), d=(fdate(g.dob, "us"), "date"), mid=(g.member_id, "health_plan"),
                    mbi=(R.choice([g.mbi[:4] + "-" + g.mbi[4:7] + "-" + g.mbi[7:], g.mbi]), "health_plan")))
    out.append(line("email_rfc822", "Home address: {st}, {ci}, {s} {z}", st=(g.street, "address"), ci=(g.city, "address"), s=g.state, z=(g.zip, "zip")))
    out.append(line("email_rfc822", "Guarantor (policy holder): {n}, SSN {ssn}, ph {ph}, fax {fx}",
                    n=(nm(g.nok, "fl"), "name"), ssn=(g.nok.ssn, "ssn"), ph=(g.nok.phone, "phone"), fx=(g.nok.fax, "fax")))
    out.append(line("email_rfc822", "Guarantee of payment up to USD {amt} for shore admission on {d}. Shipboard charges on folio {f} are excluded.",
                    amt="{:,}".format(R.choice([25000, 50000, 75000])), d=(fdate(svc_date(1), "long"), "date"), f=(g.folio, "account")))
    out.append(Line("email_rfc822").t("Case handler: Melissa Tran, Assistance Coordinator, +1 800 555 0143 ext 2207, fax +1 800 555 0199"))
    return out


def p_email_family():
    tick(60, 300)
    g = guest()
    kin = ["dad", "grandpa", "uncle-%s" % fold(g.given).lower().split()[0]] if g.sex == "M" else ["mom", "grandma", "aunt-%s" % fold(g.given).lower().split()[0]]
    slug = "bring-%s-home-from-%s" % (R.choice(kin), R.choice(["cozumel", "roatan", "belize"]))
    plate = R.choice(["FL %s %s" % (alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), digits(3)), "%s-%s" % (alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), digits(4)), "%s%s" % (digits(3), alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"))])
    out = email_hdr("%s <%s>" % (nm(g.nok, "fl"), g.nok.email), "guestrelations.cmr@%s" % DOM,
                    ["Re: your ", g.nok.relation, " ", (nm(g, "fl"), "name"), " - cabin ", (g.cabin, "address")])
    out[0] = line("email_rfc822", "From: {n} <{e}>", n=(nm(g.nok, "fl"), "name"), e=(g.nok.email, "email"))
    out.append(line("email_rfc822", "Thank you for calling me about {n}. I am flying to meet the ship; please keep {pr} things in {c} until I arrive.", pr="his" if g.sex == "M" else "her",
                    n=(g.given, "name"), c=(g.cabin, "address")))
    out.append(line("email_rfc822", "Our car is in Port Miami garage P2, plate {pl}, VIN {v} - can the parking fee go on folio {f}?",
                    pl=(plate, "vehicle"), v=(vin(), "vehicle"), f=(g.folio, "account")))
    out.append(line("email_rfc822", "The family set up {u} for the air ambulance; friends from church asked for the updates there.",
                    u=("https://www.gofundme.com/f/%s" % slug, "url")))
    out.append(line("email_rfc822", "My numbers: {ph} (cell), home {hp}. {n}", ph=(g.nok.phone, "phone"), hp=(phone_for(g.nat), "phone"),
                    n=(nm(g.nok, "fl"), "name")))
    out.append(line("email_rfc822", "> On {d}, Guest Relations <guestrelations.cmr@{dm}> wrote:", d=ts_rfc2822(CLOCK[0] - dt.timedelta(hours=3)), dm=DOM))
    return out


def p_email_crew():
    tick(60, 300)
    c = crewm()
    out = email_hdr("Crew Medical <crewmedical.cmr@%s>" % DOM, "repatriation@manning-%s.example" % c.nat.lower(),
                    ["Sign-off on medical grounds - ", (nm(c, "Lf"), "name"), " (", (c.crew_id, "other_id"), ")"])
    out.append(line("email_rfc822", "Crew member: {n}, {pos}, born {d}, seaman's book {sb}, passport {pp}.",
                    n=(nm(c, "fl"), "name"), pos=c.position, d=(fdate(c.dob, "dmon"), "date"), sb=(c.seaman_book, "license"), pp=(c.passport, "license")))
    out.append(line("email_rfc822", "Unfit for duty from {d1} (dx: {dx}); PEME certificate {cert} suspended pending review. P&I claim ref {pi}.",
                    d1=(fdate(svc_date(3), "iso"), "date"), dx=R.choice(["lumbar disc herniation", "tibial fracture", "major depressive episode", "uncontrolled hypertension"]),
                    cert=(c.eng1, "license"), pi=("PI/%d/%s" % (2024, digits(5)), "other_id")))
    out.append(line("email_rfc822", "Home address for ticketing: {a}, {ci} {z}. Emergency contact ({rel}): {ph}.",
                    a=(c.street, "address"), ci=(c.city, "address"), z=(c.zip, "zip"), rel=c.nok.relation, ph=(c.nok.phone, "phone")))
    out.append(Line("email_rfc822").t("Crew Medical Office, MV Coral Meridian - please reply-all, do not change subject line."))
    return out


def p_inmarsat():
    tick(30, 200)
    g = pick(0.4)
    out = [line("inmarsat_c", "LES 104 (BURUM) MSG REF {r} {ts} UTC PRIORITY: DISTRESS-MEDICAL", r=R.randint(7000000, 7999999), ts=now().strftime("%Y-%m-%d %H:%M")),
           line("inmarsat_c", "FM: {s} / {cs} / IMN {i}", s=SHIP.upper(), cs=CALLSIGN, i=INM_C),
           line("inmarsat_c", "TO: MRCC {m} / TMAS CIRM ROMA", m=R.choice(["MIAMI", "CURACAO", "FALMOUTH"]))]
    L = Line("inmarsat_c").t("TEXT: ")
    who = "CREW" if g.crew else "PAX"
    F(L, "{w} {n} DOB {d} {sx} CABIN {c} ", w=who, n=(nm(g, "Lf"), "name"), d=(fdate(g.dob, "DMONY"), "date"), sx=g.sex, c=(g.cabin, "address"))
    if g.age > 89:
        F(L, "AGE {a} ", a=(str(g.age), "age"))
    F(L, "{dx}. REQ HELO EVAC OR DIVERSION ADVICE.", dx=fold(R.choice(DIAG)).upper())
    out.append(L)
    out.append(line("inmarsat_c", "TEXT: POSN 2{a}N 08{b}W CSE {c} SPD {s}KN. SHIP MO {m} CONTACT VIA FBB +870 773 100 482.",
                    a="%03d" % R.randint(0, 599), b="%03d" % R.randint(0, 599), c="%03d" % R.randint(0, 359), s=R.randint(12, 21), m=STAFF[R.randint(0, 1)][0].upper()))
    out.append(Line("inmarsat_c").t("NNNN"))
    return out


def p_iridium_text():
    tick()
    g = R.choice(GUESTS + CREW)
    L = Line("iridium_sbd")
    F(L, "{ts} sbd-gw[412]: MT msg momsn={m} imei={i} decoded=\"MEDOPS: {n} {c} SPECIMEN STOOL SENT W/ AGENT {p}. ISOL TIL {d}\"",
      ts=ts_iso(), m=R.randint(1000, 3000), i=IRID_IMEI, n=(nm(g, "slash"), "name"), c=(g.cabin, "address"),
      p=R.choice(PORTS).upper(), d=(fdate(TODAY + dt.timedelta(days=R.randint(1, 2)), "DMONYY"), "date"))
    return [L]


def p_crew_oh():
    tick()
    c = crewm()
    v = R.randint(0, 2)
    L = Line("crew_oh_json")
    if v == 0:
        items = [("recordType", "OccupationalHealthVisit"), ("crewId", c.crew_id, "other_id"),
                 ("lastName", c.family, "name"), ("firstName", c.given, "name"), ("dateOfBirth", c.dob.isoformat(), "date"),
                 ("position", c.position), ("department", c.dept), ("cabin", c.cabin, "address"),
                 ("visitDate", svc_date().isoformat(), "date"), ("complaint", R.choice(["needle-stick injury galley", "back strain lifting stores", "chemical splash eye (laundry)", "heat exhaustion engine room", "hand laceration"])),
                 ("fitForDuty", R.choice(["FIT", "UNFIT_TEMP", "LIGHT_DUTY"])), ("daysOff", R.randint(0, 5)),
                 ("medicalCert", [("type", "PEME"), ("no", c.eng1, "license"), ("expiry", fdate(dt.date(2025, R.randint(1, 12), R.randint(1, 28)), "iso"), "date")]),
                 ("crewPlanMemberId", c.plan, "health_plan"), ("recordedBy", STAFF[R.randint(0, 4)][0])]
        J(L, items)
    elif v == 1:
        items = [("tipo_record", "visita_medicina_lavoro"), ("matricola", c.crew_id, "other_id"), ("cognome", c.family.upper(), "name"),
                 ("nome", c.given, "name"), ("data_nascita", fdate(c.dob, "eu"), "date"), ("nazionalita", c.nat),
                 ("libretto_navigazione", c.seaman_book, "license"), ("cabina", c.cabin, "address"),
                 ("data_visita", fdate(svc_date(), "eu"), "date"), ("esito", R.choice(["idoneo", "non idoneo temporaneo", "idoneo con limitazioni"])),
                 ("telefono_familiare", c.nok.phone, "phone"), ("medico", STAFF[1][0])]
        J(L, items, sep=(", ", ": "))
    else:
        items = [("Datensatz", "Arbeitsmedizin"), ("Personalnummer", c.crew_id, "other_id"), ("Nachname", c.family, "name"),
                 ("Vorname", c.given, "name"), ("Geburtsdatum", fdate(c.dob, "dot"), "date"), ("Kabine", c.cabin, "address"),
                 ("Untersuchungsdatum", fdate(svc_date(), "dot"), "date"), ("Befund", R.choice(["Tauglich", "Vorübergehend untauglich", "Tauglich mit Auflagen"])),
                 ("Impfstatus", [("Hepatitis A", True), ("Influenza", R.choice([True, False]))]),
                 ("Biometrie", [("Format", "ISO19794-2"), ("Template", b64fmr(R.randint(30, 48)), "biometric")])]
        J(L, items)
    return [L]


VSP_HDR = ("Date of Report,Case No,Name,Pax/Crew,Age,Sex,Cabin,Crew Position,Date of Onset,Time of Onset,Diarrhea (Y/N),"
           "Stools in 24 hrs,Vomiting (Y/N),Vomit episodes 24 hrs,Fever,Temp F,Cramps,Headache,Myalgia,Blood in Stool,"
           "Specimen Collected,Antidiarrheal Given,Isolation Start,Isolation End,Shore Excursion/Dining")


def p_vsp_csv():
    tick()
    out = [Line("vsp_gi_csv").t(VSP_HDR)]
    for i in range(R.randint(2, 5)):
        g = pick(0.2)
        rep = svc_date(2)
        on = rep - dt.timedelta(days=R.randint(0, 1))
        age = str(g.age)
        L = Line("vsp_gi_csv")
        csv_cells(L, [(fdate(rep, "us"), "date"), ("GI-%s-%03d" % (VOY, R.randint(1, 120)), "other_id"), (nm(g, R.choice(["lf", "LF"])), "name"),
                      "C" if g.crew else "P", (age, "age") if g.age > 89 else age, g.sex, (g.cabin, "address"),
                      g.position if g.crew else "", (fdate(on, "us"), "date"), "%02d:%02d" % (R.randint(0, 23), R.randint(0, 59)),
                      R.choice("YN"), R.randint(0, 9), R.choice("YN"), R.randint(0, 6), R.choice("YN"), "%.1f" % R.uniform(97.6, 102.4),
                      R.choice("YN"), R.choice("YN"), R.choice("YN"), "N", R.choice("YN"), "N",
                      (fdate(on, "us"), "date"), (fdate(on + dt.timedelta(days=2), "us"), "date"),
                      R.choice(["Crew mess", "Crew bar", ""]) if g.crew else R.choice(["Chankanaab beach break; Lido buffet", "Main dining room", "Mayan ruins tour", "", "Lido buffet"])])
        out.append(L)
    return out


def p_vsp_xml():
    tick()
    g = pick(0.35)
    on = svc_date(2)
    L = Line("vsp_gi_xml")
    F(L, '<GICase caseNo="{cn}" status="{st}"><Person type="{pt}"><Name>{n}</Name><Age>{a}</Age><Sex>{sx}</Sex><Cabin>{c}</Cabin></Person>'
         '<Onset>{on}</Onset><FirstVisit>{fv}</FirstVisit><Symptoms diarrhea="{d}" stools24="{s}" vomiting="{v}" fever="{f}"/>'
         '<Specimen collected="{spc}" type="stool" courier="agent"/><Isolation start="{is_}" end="{ie}"/></GICase>',
      cn=("GI-%s-%03d" % (VOY, R.randint(1, 120)), "other_id"), st=R.choice(["open", "closed"]), pt="crew" if g.crew else "passenger",
      n=(xe(nm(g, R.choice(["lf", "fl"]))), "name"), a=(str(g.age), "age") if g.age > 89 else str(g.age), sx=g.sex, c=(g.cabin, "address"),
      on=(on.isoformat() + "T%02d:%02d:00" % (R.randint(0, 23), R.randint(0, 59)), "date"), fv=(on.isoformat(), "date"),
      d=R.choice(["true", "false"]), s=R.randint(0, 9), v=R.choice(["true", "false"]), f=R.choice(["true", "false"]),
      spc=R.choice(["true", "false"]), is_=(on.isoformat(), "date"), ie=((on + dt.timedelta(days=2)).isoformat(), "date"))
    return [L]


def p_telemed():
    tick()
    g = guest()
    k = R.randint(0, 3)
    sid = uuid4()
    L = Line("telemed_json")
    if k == 0:
        items = [("eventType", "session.started"), ("sessionId", sid), ("ts", ts_iso()), ("ship", SHIPC),
                 ("consultant", [("name", R.choice(SHORE_MD)), ("specialty", R.choice(["Cardiology", "Neurology", "Emergency Medicine", "Dermatology"]))]),
                 ("patient", [("mrn", g.mrn, "mrn"), ("displayName", nm(g, "fl"), "name"), ("dob", g.dob.isoformat(), "date"),
                              ("cabin", g.cabin, "address")]), ("encounterId", encno(), "other_id")]
    elif k == 1:
        items = [("eventType", "participant.joined"), ("sessionId", sid), ("ts", ts_iso()),
                 ("participant", [("role", "family"), ("displayName", nm(g.nok, "fl"), "name"), ("relationship", g.nok.relation),
                                  ("remoteAddress", "%d.%d.%d.%d" % (R.choice([73, 86, 92, 174, 189, 201]), R.randint(1, 254), R.randint(0, 254), R.randint(1, 254)), "ip"),
                                  ("email", g.nok.email, "email"), ("userAgent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)")]),
                 ("patientUserId", "pt_%s" % alnum(10, "abcdefghjkmnpqrstuvwxyz23456789"), "other_id")]
    elif k == 2:
        src = R.choice([("Medtronic CareLink SmartSync", "PJN%s%s" % (digits(6), R.choice("HSR"))),
                        ("MiniMed 780G pump", "NG%s%s" % (digits(7), R.choice("HKL"))),
                        ("ResMed AirSense 11", "2316%s" % digits(7))])
        items = [("eventType", "device.data"), ("sessionId", sid), ("ts", ts_iso()), ("patientMrn", g.mrn, "mrn"),
                 ("source", src[0]), ("deviceSerial", src[1], "device"),
                 ("companionPhoneImei", imei(), "device"), ("readings", 48)]
    else:
        items = [("eventType", "consent.signed"), ("sessionId", sid), ("ts", ts_iso()), ("signer", nm(g, "fl"), "name"),
                 ("signerRole", "patient"), ("birthDate", fdate(g.dob, "us"), "date"), ("phone", g.phone, "phone"),
                 ("signedFromIp", "%d.%d.%d.%d" % (R.choice([81, 98, 142, 187, 212]), R.randint(1, 254), R.randint(0, 254), R.randint(1, 254)), "ip"),
                 ("guestWifiUser", "%s%s" % (fold(g.given).lower().split()[0][:5], digits(3)), "other_id"),
                 ("deviceMac", mac(), "device")]
    J(L, items, esc="stj")
    return [L]


def p_hl7():
    tick()
    g = R.choice(GUESTS + CREW)
    d = R.choice(DRUGS)
    cid = "CMR%s%04d" % (now().strftime("%y%m%d"), R.randint(1, 9999))
    out = [line("hl7v2", "MSH|^~\\&|MAREHR|CMR_MEDCTR|PHARMSYS|CMR_PHARM|{ts}||RDS^O13^RDS_O13|{c}|P|2.5.1|||AL|NE", ts=ts_hl7(), c=cid)]
    L = Line("hl7v2")
    fam = g.family.upper() if R.random() < 0.5 else fold(g.family).upper()
    F(L, "PID|1||{m}^^^CMR_MEDCTR^MR~{pp}^^^{nat}^PPN||{f}^{gv}^^^{t}||{dob}|{sx}|||{st}^^{ci}^{s}^{z}^{nat}||{ph}|||||{acct}",
      m=(g.mrn, "mrn"), pp=(g.passport, "license"), nat=g.nat, f=(fam, "name"), gv=(g.given.upper(), "name"),
      t="MR" if g.sex == "M" else "MS", dob=(fdate(g.dob, "compact"), "date"), sx=g.sex,
      st=(fold(g.street).upper(), "address"), ci=(fold(g.city).upper(), "address"), s=g.state, z=(g.zip, "zip"),
      ph=(g.phone, "phone"),
      acct=(g.crew_id if g.crew else g.folio, "other_id" if g.crew else "account"))
    out.append(L)
    out.append(line("hl7v2", "PV1|1|O|MEDCTR^EXAM{r}^01|||||{doc}|||||||||||{v}", r=R.randint(1, 3), doc="MOYO^TENDAI^^^DR", v=(encno(), "other_id")))
    out.append(line("hl7v2", "ORC|RE|{o}|{f}||CM", o="ORD%s" % digits(7), f=rxno()))
    form = "TAB" if ("tab" in d[0] or "ODT" in d[0]) else ("CAP" if "cap" in d[0] else ("INH" if "MDI" in d[0] else ("PWD" if "salts" in d[0] else "AMP")))
    out.append(line("hl7v2", "RXD|1|{ndc}^{dr}^NDC|{ts}|{q}|{fm}||||{rx}|0|||||||||||||||||||||", ndc=d[1], dr=d[0].upper(), ts=ts_hl7(), q=d[2], fm=form, rx=rxno()))
    return out


def p_exception():
    tick()
    g = guest()
    k = R.randint(0, 1)
    out = [line("dotnet_stack", "{ts} [ERR] Unhandled exception in {c}", ts=ts_local(), c=R.choice(["ManifestImporter", "EncounterService"]))]
    L = Line("dotnet_stack")
    if k == 0:
        F(L, "System.InvalidOperationException: Duplicate guest match for passport {pp} ({n}) in manifest {v}",
          pp=(g.passport, "license"), n=(nm(g, "LF"), "name"), v=VOY)
    else:
        F(L, "Microsoft.Data.SqlClient.SqlException (0x80131904): Violation of PRIMARY KEY constraint 'PK_Encounter'. Cannot insert duplicate key in object 'dbo.Encounter'. The duplicate key value is ({e}, {m}).",
          e=(encno(), "other_id"), m=(g.mrn, "mrn"))
    out.append(L)
    out.append(Line("dotnet_stack").t("   at Marehr.Clinical.Data.EncounterRepository.InsertAsync(Encounter e) in D:\\a\\1\\s\\src\\Marehr.Clinical\\Data\\EncounterRepository.cs:line %d" % R.randint(40, 300)))
    out.append(Line("dotnet_stack").t("   at Marehr.Clinical.Services.EncounterService.OpenAsync(OpenEncounterCommand cmd, CancellationToken ct)"))
    return out


def p_note():
    tick()
    g = pick(0.3)
    s = staff()
    L = Line("serilog_text")
    F(L, "{ts} [INF] NoteSaved author={a} type={t} text=\"", ts=ts_local(), a=s[1].split("\\")[1], t=R.choice(["Progress", "Handover", "Nursing"]))
    k = R.randint(0, 4)
    if k == 4:
        F(L, "Family asked that updates for {n} be posted only via their page {u}; told them we cannot share clinical details there.",
          n=(nm(g, "fl"), "name"), u=(R.choice(["https://www.caringbridge.org/site/%s%s" % (fold(g.given).lower().split()[0], fold(g.family).lower().replace(" ", "").replace("'", "")),
                                               "https://www.facebook.com/%s.%s.%d" % (fold(g.given).lower().split()[0], fold(g.family).lower().replace(" ", "").replace("'", ""), R.randint(1, 999)),
                                               "https://%s%s.blogspot.com/2024/05/cruise-update.html" % (fold(g.given).lower().split()[0][:4], fold(g.family).lower().replace(" ", "").replace("'", ""))]), "url"))
    elif k == 0:
        F(L, "{n} seen in cabin {c} at 0340, vomiting x4 since dinner, tolerating sips. Cabin mate {m} asymptomatic. Isolate 48h per OPP.",
          n=(nm(g, "init"), "name"), c=(g.cabin, "address"), m=(nm(g.nok, "fl"), "name"))
    elif k == 1:
        if g.age > 89:
            F(L, "{a} y/o, found on floor of cabin by steward, no LOC, R hip pain, {rel} {n} ({ph}) informed.",
              a=(str(g.age), "age"), rel=g.nok.relation, n=(nm(g.nok, "fl"), "name"), ph=(g.nok.phone, "phone"))
        else:
            F(L, "Pt {n} requests copy of ECG to be emailed to {e}; consent obtained, sent via secure portal.",
              n=(nm(g, "fl"), "name"), e=(g.email, "email"))
    elif k == 2:
        F(L, "Handover: {n} (cabin {c}) on IV ceftriaxone, next dose 0800; insulin pump SN {sn} removed and stored in locker 3.",
          n=(nm(g, "lf"), "name"), c=(g.cabin, "address"), sn=("NG%s%s" % (digits(7), R.choice("HKL")), "device"))
    else:
        F(L, "Spouse called from home {ph}; pt {n} DOB {d} known to Dr Reyes, cardiology, {ci} - records requested.",
          ph=(g.nok.phone, "phone"), n=(g.family, "name"), d=(fdate(g.dob, "us_short"), "date"), ci=(g.city, "address"))
    L.t('"')
    return [L]


def p_photo():
    tick()
    g = guest()
    L = Line("nlog")
    F(L, "{ts}|DEBUG|Marehr.Sync.SeaPassPhotoSync|seapass={sp} cabin={c} name={n} faceTemplateId={ft} photo=data:image/jpeg;base64,{ph}",
      ts=ts_nlog(), sp=(g.seapass, "other_id"), c=(g.cabin, "address"), n=(nm(g, "slash"), "name"),
      ft=(uuid4(), "biometric"), ph=(b64img(R.randint(60, 110)), "photo"))
    return [L]


def p_claim_kv():
    tick()
    g = pick_unused("claim", [x for x in GUESTS if x.nat == "USA"])
    L = Line("claims_kv")
    F(L, "{ts} CLMSUB src=MEDCTR clm_no=CL{c} vsl={imo} voy={v} ins_nm=\"{n}\" ins_dob={d} ins_ssn={ss} mbr_id={mid} pol={pol} "
         "adr1=\"{st}\" city=\"{ci}\" st={state} zip={z} ph_hm={ph} fax={fx} dos={dos} dx1={dx} amt_usd={amt} cc_pan={cc} cc_exp={exp} stat=QUEUED",
      ts=ts_iso(), c=digits(9), imo=IMO, v=VOY, n=(nm(g, R.choice(["LF", "fl"])), "name"), d=(fdate(g.dob, R.choice(["compact", "us", "iso"])), "date"),
      ss=(g.ssn.replace("-", "") if R.random() < 0.5 else g.ssn, "ssn"), mid=(g.member_id, "health_plan"),
      pol=(g.policy, "health_plan"), st=(g.street, "address"), ci=(g.city, "address"), state=g.state, z=(g.zip + (("-" + digits(4)) if R.random() < 0.4 else ""), "zip"),
      ph=(g.phone, "phone"), fx=(phone_for("USA"), "fax"), dos=(fdate(svc_date(), "compact"), "date"),
      dx=R.choice(["A08.4", "I48.91", "S52.501A", "J18.9", "R55", "N20.0"]), amt="%.2f" % R.uniform(140, 4800), cc=(card(), "account"),
      exp="%02d%02d" % (R.randint(1, 12), R.randint(25, 30)))
    return [L]


def p_fallrisk():
    tick()
    g = elder()
    L = Line("log4net")
    F(L, "{ts} [{th}] WARN  Marehr.Clinical.FallRiskService [(null)] - Fall-risk screen: {n}, {a} y, cabin {c}, Morse {m} -> HIGH; "
         "bed rails and night light requested (Housekeeping ticket HK-{hk})",
      ts=ts_l4n(), th=R.randint(3, 40), n=(nm(g, R.choice(["lf", "init", "fl"])), "name"), a=(str(g.age), "age"), c=(g.cabin, "address"),
      m=R.choice([50, 55, 65, 75, 85]), hk=R.randint(10000, 99999))
    return [L]


def p_parking():
    tick()
    g = guest()
    plate = R.choice(["FL %s%s" % (alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), digits(3)), "%s %s" % (digits(3), alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ")), "NY-%s%s" % (alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), digits(4))])
    L = Line("nlog")
    F(L, "{ts}|INFO|Marehr.Sync.PortServices|Parking hold for medevac family: lot=P2 plate={pl} owner={n} folio={f} until={d}",
      ts=ts_nlog(), pl=(plate, "vehicle"), n=(nm(g, "slash"), "name"), f=(g.folio, "account"), d=(fdate(TODAY + dt.timedelta(days=R.randint(3, 9)), "iso"), "date"))
    return [L]


PHI = [p_nxlog_audit, p_snare, p_evtxml, p_serilog, p_clef, p_nlog, p_log4net, p_aspnet, p_iis, p_manifest_csv,
       p_manifest_pipe, p_fias, p_email_medevac, p_email_agent_es, p_email_gop, p_email_family, p_email_crew,
       p_inmarsat, p_iridium_text, p_crew_oh, p_crew_oh, p_vsp_csv, p_vsp_xml, p_telemed, p_telemed, p_hl7,
       p_exception, p_note, p_note, p_photo, p_clef, p_log4net, p_serilog, p_claim_kv, p_claim_kv, p_fallrisk,
       p_parking]


# =========================================================================== assemble

MAXUSE = {"p_email_medevac": 2, "p_email_agent_es": 1, "p_email_gop": 2, "p_email_family": 1, "p_email_crew": 1,
          "p_inmarsat": 2, "p_exception": 2, "p_hl7": 3, "p_manifest_csv": 3, "p_vsp_csv": 3, "n_stack": 3,
          "n_email_bulletin": 1, "n_hl7_ack": 3, "p_manifest_pipe": 3}
USED = {}


def cycle(pool):
    while True:
        order = pool[:]
        R.shuffle(order)
        for f in order:
            if USED.get(f.__name__, 0) >= MAXUSE.get(f.__name__, 10 ** 6):
                continue
            USED[f.__name__] = USED.get(f.__name__, 0) + 1
            yield f


def main():
    noise_it, phi_it = cycle(NOISE), cycle(PHI)
    single_noise = [n_nxlog, n_snare, n_evtxml, n_serilog, n_clef, n_nlog, n_log4net, n_nmea, n_vsat, n_fias,
                    n_vsp_agg, n_telemed_stats, n_crew_oh]
    lines = []
    while len(lines) < N_LINES:
        rem = N_LINES - len(lines)
        n_noise = sum(1 for x in lines if not x.spans)
        if lines and n_noise / len(lines) < TARGET_NOISE + 0.01:
            blk = next(noise_it)()
        else:
            blk = next(phi_it)()
        if len(blk) > rem:
            blk = R.choice(single_noise)()
        lines.extend(blk)
    assert len(lines) == N_LINES
    texts, labels = [], []
    for i, L in enumerate(lines, 1):
        txt = L.text()
        assert txt and "\n" not in txt and "\r" not in txt
        b = txt.encode("utf-8")
        spans = []
        last = -1
        for sp in sorted(L.spans, key=lambda s: s["s"]):
            assert b[sp["s"]:sp["e"]].decode("utf-8") == sp["v"], (i, sp)
            assert sp["s"] >= last and sp["e"] > sp["s"]
            last = sp["e"]
            spans.append({"s": sp["s"], "e": sp["e"], "cat": sp["cat"]})
        texts.append(txt)
        labels.append(json.dumps({"line": i, "family": L.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(OUTDIR, ID + ".log"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(texts))
    with open(os.path.join(OUTDIR, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(labels) + "\n")


if __name__ == "__main__":
    main()
