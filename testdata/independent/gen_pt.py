#!/usr/bin/env python3
"""Synthetic labeled log corpus "pt": Bayou Meridian Medical Center (Houston, TX),
Travel Medicine Clinic and International Patient Services (IPS) office.

Writes pt.log (500 lines) and pt.labels.jsonl in the current directory.
Standard library only, fixed seed: two runs give byte-identical output.
All people, numbers and addresses are invented.

Systems simulated (family name in the labels):
  travelrx_pino   Node/pino JSON of the travel-medicine consult app (TravelRx)
  hl7_vxu         HL7 v2.5.1 VXU^V04 / ACK with the state immunization registry
  icvp_print      ICVP (yellow-fever certificate) print service, key=value
  mrz_reader      passport scanner vendor log (DocuSure ReaderSuite), MRZ lines
  docgen_logfmt   Go visa-invitation-letter generator, logfmt
  airamb_csv      air ambulance quote/mission board export, CSV
  escort_pipe     medical escort scheduling feed, pipe-delimited
  interp_serilog  .NET Serilog compact JSON of the interpreter vendor client
  gop_xml         foreign insurers' Guarantee of Payment XML messages
  payments_kv     multi-currency payment gateway, key=value
  nginx_access    international patient portal, nginx combined log
  syslog          RFC 3164 syslog of the office's servers (sshd, cron, postfix...)
  java_trace      Spring GOP ingest service errors with stack traces
  fhir_json       FHIR R4 Patient / Immunization resources from the interface engine
  sms_gw          SMS / WhatsApp gateway log with message bodies
  pg_audit        PostgreSQL log with pgaudit statements
  ledger_fw       fixed-width GL interface export to finance (H/D/T records)
  teams_chat      IPS coordinators' chat export, free text
  vax_inventory   vaccine fridge inventory and temperature rows, TSV
  x12_270         X12 005010X279A1 eligibility requests (one segment per line)

Labeling decisions (grey cases):
  * Patients are outbound travellers (pre-travel consults) and inbound
    international patients. Their relatives, companions, remitters/payers and
    emergency contacts are labeled like patients (name, phone, passport...).
  * Staff, clinicians, escort nurses, interpreters, vendors, insurers, embassies,
    the hospital and its addresses/phones/faxes/emails are not PHI.
  * Passport numbers, visa/DS-160 application numbers, national ID numbers in
    the MRZ optional field, airline booking references (PNR) of the patient,
    the hospital's IPS case numbers (IPS-24-NNNNN), contraindication waiver
    numbers and insurers' GOP/authorization references -> other_id.
  * ICVP certificate numbers and driver's licence numbers -> license.
  * Foreign insurers' policy numbers, US member IDs and MBIs -> health_plan.
  * Patient account numbers (hospital billing), full card numbers (Luhn-valid
    or mistyped) and IBANs -> account. Masked PANs (last 4 only), auth codes,
    RRNs, gateway transaction IDs, vendor job/quote/mission numbers, PO numbers,
    X12 trace numbers are business identifiers -> not PHI.
  * Placeholder values (SSN 999-99-9999, DOB 1900-01-01 defaults) -> not PHI.
  * Dates tied to the person (birth, visit, administration, certificate valid
    from, travel/flight/transport dates, passport/DL issue and expiry, GOP cover
    period) -> date; a datetime value of an appointment is one date span.
    Log timestamps, HL7 MSH-7, X12 ISA/GS/BHT dates, lot expiry dates -> not.
  * Ages are labeled only when > 89. Years alone, sex, nationality, countries,
    destination regions/provinces, flight numbers, seats -> not PHI.
  * Foreign addresses: street part and city are address spans, postal codes
    (any country) are zip spans. The hotel/lodging street address where an
    international patient stays is their address. Hotel names alone are not.
  * Name parts in adjacent delimited components of one field (HL7 XPN
    "FAM^GIVEN^MID", X12 NM103-NM105, MRZ "FAM<<GIVEN") form one name span;
    separate JSON fields (FHIR family/given) are separate spans.
  * External client IPs on the patient portal are the patient's IP -> ip;
    crawler, monitoring and internal IPs are not. A portal request path that
    carries a patient identifier -> one url span (whole path); an e-mail in a
    query string is labeled where its percent-encoded bytes are.
  * Passport portrait base64 -> photo; face-match templates -> biometric.
    Insulin pump / pacemaker serials of the patient -> device.
  * Opaque UUID record keys (consultId, FHIR resource ids) are software
    identifiers -> not PHI; FHIR Patient references carrying the MRN -> mrn.
  * Rental/private car plates of patients' families -> vehicle.
"""
import base64
import datetime as dt
import hashlib
import html
import json
import random
import sys
import urllib.parse

R = random.Random(2324)
NLINES = 500


# ---------------------------------------------------------------- span helpers
class Ph:
    """A PHI value placed in a line. r = rendered text, v = meant value."""
    __slots__ = ("r", "v", "cat", "enc")

    def __init__(self, v, cat, r=None, enc=None):
        self.v = str(v)
        self.r = str(v) if r is None else r
        self.cat = cat
        self.enc = enc


class PhN(Ph):
    """numeric JSON value"""


def flat(parts, out):
    for p in parts:
        if isinstance(p, list):
            flat(p, out)
        else:
            out.append(p)
    return out


def mk(family, *parts):
    buf = bytearray()
    spans = []
    for p in flat(list(parts), []):
        if isinstance(p, Ph):
            b = p.r.encode("utf-8")
            spans.append([len(buf), len(buf) + len(b), p.cat, p])
            buf += b
        else:
            buf += str(p).encode("utf-8")
    return (family, bytes(buf), spans)


def jparts(v, asc=False, sep=(",", ":")):
    if isinstance(v, PhN):
        return [v]
    if isinstance(v, Ph):
        s = json.dumps(v.v, ensure_ascii=asc)[1:-1]
        return ['"', Ph(v.v, v.cat, s, "json"), '"']
    if isinstance(v, dict):
        out = ["{"]
        for i, (k, x) in enumerate(v.items()):
            if i:
                out.append(sep[0])
            out.append(json.dumps(k) + sep[1])
            out += jparts(x, asc, sep)
        out.append("}")
        return out
    if isinstance(v, list):
        out = ["["]
        for i, x in enumerate(v):
            if i:
                out.append(sep[0])
            out += jparts(x, asc, sep)
        out.append("]")
        return out
    return [json.dumps(v, ensure_ascii=asc)]


def X(v, cat):  # XML-escaped value
    return Ph(v, cat, html.escape(v, quote=False), "xml")


def SQ(v, cat):  # SQL literal-escaped value
    return Ph(v, cat, v.replace("'", "''"), "sql")


def CSVQ(v, cat):  # CSV field, quoted when needed; returns parts
    if any(c in v for c in ',"'):
        return ['"', Ph(v, cat, v.replace('"', '""'), "csv"), '"']
    return [Ph(v, cat)]


# ---------------------------------------------------------------- numbers
def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def card(prefix, length=16):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


def npi():
    base = str(R.randint(1, 2)) + "".join(R.choice("0123456789") for _ in range(8))
    return base + luhn_digit("80840" + base)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    AN = L + "0123456789"
    D = "0123456789"
    pat = [D[1:], L, AN, D, L, AN, D, L, L, D, D]
    return "".join(R.choice(p) for p in pat)


def iban(cc, bban):
    num = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def letters(n, pool="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(R.choice(pool) for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


# ---------------------------------------------------------------- MRZ
TRANS = str.maketrans({"Á": "A", "À": "A", "Â": "A", "Ã": "A", "Ä": "A", "É": "E", "È": "E",
                       "Ê": "E", "Ë": "E", "Í": "I", "Ì": "I", "Ï": "I", "İ": "I", "Ó": "O",
                       "Ò": "O", "Ô": "O", "Õ": "O", "Ö": "O", "Ú": "U", "Ü": "U", "Ñ": "N",
                       "Ç": "C", "Ş": "S", "Ğ": "G", "Ł": "L", "Ń": "N", "Ś": "S", "Ź": "Z",
                       "Ż": "Z", "Ć": "C", "Ę": "E", "Ą": "A", "Ø": "O", "Å": "A", "Ễ": "E",
                       "Ị": "I", "-": "<", " ": "<", "'": "", "Ə": "E", "Ư": "U", "Đ": "D"})


def mrzname(s):
    return s.upper().replace("ı", "I").upper().translate(TRANS)


def mrz_cd(s):
    w = (7, 3, 1)
    tot = 0
    for i, c in enumerate(s):
        if c.isdigit():
            v = int(c)
        elif c == "<":
            v = 0
        else:
            v = ord(c) - 55
        tot += v * w[i % 3]
    return str(tot % 10)


# ---------------------------------------------------------------- time
T0 = dt.datetime(2024, 5, 13, 6, 0, 0)
NOW = [T0]
TODAY = dt.date(2024, 5, 14)


def ts_iso(t=None, ms=True):
    t = t or NOW[0]
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".%03d" % R.randint(0, 999) if ms else "") + "-05:00"


def ts_utc(t=None):
    t = (t or NOW[0]) + dt.timedelta(hours=5)
    return t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % R.randint(0, 999)


def epoch_ms(t=None):
    t = (t or NOW[0]) + dt.timedelta(hours=5)
    return int((t - dt.datetime(1970, 1, 1)).total_seconds() * 1000) + R.randint(0, 999)


def rdate(a, b):
    return a + dt.timedelta(days=R.randint(0, (b - a).days))


def age(dob):
    return TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))


# ---------------------------------------------------------------- organisation
ORG = "Bayou Meridian Medical Center"
ORG_ADDR = "6620 Bertner Ave, Houston, TX 77030"
ORG_PHONE = "+1 713-555-0140"
ORG_FAX = "+1 713-555-0199"
ORG_NPI = npi()
CLINICIANS = [("Reyes", "Ana", "MD"), ("Oyelaran", "Marcus", "MD"), ("Kowalski", "Beth", "NP"),
              ("Thibodeaux", "Claire", "PharmD"), ("Banerjee", "Sunil", "MD")]
CLIN_NPI = {c: npi() for c in CLINICIANS}
COORD = ["Nadia Farouk", "Luis Echeverría", "Tiffany Nguyen-Hale", "Kemal Aydın", "Rhonda Delacroix"]
ESCORTS = ["Brandon Tilley RN", "Carmen Ibáñez RN", "Jolene Pruitt RN", "Dr. Ravi Menon (flight physician)"]
INTERPRETERS = [("Samir Haddad", "INT-2231"), ("Yuki Tanabe", "INT-0978"), ("Olga Petrenko", "INT-1540"),
                ("Beatriz Caldeira", "INT-3312"), ("Nguyen Van Long", "INT-2087")]
AIRAMB = [("SkyMed Critical Air", "N419SM"), ("AeroCare Global Transfer", "N88ACG"),
          ("Polar Star Air Ambulance", "D-CPSA"), ("Gulf Aeromedical", "A6-GAM")]
HOSTS = ["ips-app01", "ips-app02", "tm-app01", "ips-db01", "ips-mx01", "ips-docgen01"]

# ---------------------------------------------------------------- vaccines
VACC = [("37", "yellow fever", "Stamaril", "PMC", "Sanofi Pasteur", "49281-0915-01"),
        ("101", "typhoid, ViCPs", "Typhim Vi", "PMC", "Sanofi Pasteur", "49281-0790-20"),
        ("25", "typhoid, oral", "Vivotif", "PAX", "PaxVax", "69401-0000-02"),
        ("52", "Hep A, adult", "Havrix", "SKB", "GlaxoSmithKline", "58160-0826-11"),
        ("175", "Rabies - IM Diploid cell culture", "Imovax", "PMC", "Sanofi Pasteur", "49281-0250-51"),
        ("134", "Japanese Encephalitis IM", "Ixiaro", "VAL", "Valneva", "42515-0001-01")]
LOTS = {v[0]: [letters(1) + digits(3) + letters(1) + R.choice(["", "A", "V"]) for _ in range(3)] for v in VACC}

# ---------------------------------------------------------------- people
INTL = [
    # given, family, sex, iso3, iso2, city, postcode, street, phone-cc, lang, insurer
    ("Chidinma Grace", "Okonkwo-Adeyemi", "F", "NGA", "NG", "Lagos", "101241", "14 Adeola Odeku St, Victoria Island", "+234", "en", "SCA"),
    ("Faisal Mohammed", "Al-Harbi", "M", "SAU", "SA", "Riyadh", "12271", "7421 King Fahd Rd, Al Olaya Dist.", "+966", "ar", "GMH"),
    ("Zofia", "Kowalczyk-Nowak", "F", "POL", "PL", "Kraków", "31-042", "ul. Floriańska 27 m. 4", "+48", "pl", "EAM"),
    ("José Antonio", "García de la Peña", "M", "MEX", "MX", "Monterrey", "64000", "Av. Constitución 1450, Col. Centro", "+52", "es", "PAS"),
    ("Mariana", "Souza Brandão", "F", "BRA", "BR", "Manaus", "69010-060", "Rua Marcílio Dias 215, Centro", "+55", "pt", "PAS"),
    ("Oleksandr", "Shevchuk", "M", "UKR", "UA", "Lviv", "79000", "vul. Doroshenka 14, kv. 9", "+380", "uk", None),
    ("Thị Hoa", "Nguyễn", "F", "VNM", "VN", "Đà Nẵng", "550000", "112 Lê Duẩn, Hải Châu", "+84", "vi", "PRG"),
    ("Kwame", "Mensah-Bonsu", "M", "GHA", "GH", "Accra", "GA-183-8164", "House 12, Osu Badu St, Airport West", "+233", "en", "SCA"),
    ("Hamad Saeed", "Al-Kuwari", "M", "QAT", "QA", "Doha", "", "Bldg 45, Al Waab St, Zone 55", "+974", "ar", "GMH"),
    ("Priya", "Raghunathan", "F", "IND", "IN", "Chennai", "600017", "New No. 22, Thirumalai Rd, T. Nagar", "+91", "ta", None),
    ("Ingrid", "Solberg", "F", "NOR", "NO", "Tromsø", "9008", "Storgata 88", "+47", "no", "EAM"),
    ("Dmitri", "Volkov", "M", "KAZ", "KZ", "Almaty", "050000", "pr. Abaya 52, kv. 17", "+7", "ru", None),
    ("Lucía", "Fernández-Ibarra", "F", "COL", "CO", "Bogotá", "110221", "Cra. 11 # 93-40 Apto 502", "+57", "es", "PAS"),
    ("Ahmed", "Hassan El-Sayed", "M", "EGY", "EG", "Cairo", "11511", "17 Shagaret El Dor St, Zamalek", "+20", "ar", None),
    ("Haruto", "Sato", "M", "JPN", "JP", "Yokohama", "220-0012", "2-3-1 Minatomirai, Nishi-ku", "+81", "ja", "PRG"),
    ("Ji-woo", "Park", "F", "KOR", "KR", "Seoul", "06236", "Teheran-ro 152, Gangnam-gu", "+82", "ko", "PRG"),
    ("Émilie", "Dubois-Lefèvre", "F", "FRA", "FR", "Lyon", "69003", "42 rue Paul Bert", "+33", "fr", "EAM"),
    ("Siobhán", "O'Brien", "F", "IRL", "IE", "Galway", "H91 E2K3", "5 Nuns Island Rd", "+353", "en", "EAM"),
    ("Abdulrahman", "Al-Mansoori", "M", "ARE", "AE", "Abu Dhabi", "", "Villa 9, Street 23, Al Bateen", "+971", "ar", "GMH"),
    ("Grace Wanjiru", "Mwangi", "F", "KEN", "KE", "Nairobi", "00100", "Hse 12, Ngong Rd, Kilimani", "+254", "sw", "SCA"),
    ("Ayşe", "Yılmaz", "F", "TUR", "TR", "İzmir", "35220", "Kıbrıs Şehitleri Cd. No:118 D:6, Alsancak", "+90", "tr", None),
    ("Wei", "Zhang", "M", "CHN", "CN", "Shenzhen", "518048", "Futian Dist., Shennan Rd 6009, Rm 1803", "+86", "zh", "PRG"),
    ("Rafael", "Quispe Mamani", "M", "PER", "PE", "Arequipa", "04001", "Calle Mercaderes 310", "+51", "es", "PAS"),
    ("Magnus", "Lindqvist", "M", "SWE", "SE", "Göteborg", "411 06", "Kungsgatan 12", "+46", "sv", "EAM"),
]
INSURERS = {"GMH": ("Gulf Mutual Health", "+971 4 555 0192"),
            "EAM": ("EuroAssist Medical", "+49 89 5550 7710"),
            "PAS": ("Pan-Andean Seguros", "+57 601 555 0133"),
            "SCA": ("Sahel Continental Assurance", "+234 1 555 0170"),
            "PRG": ("Pacific Rim Global Care", "+65 6555 0184")}
REL_GIVEN = {"NG": ["Emeka", "Ngozi", "Tobenna"], "SA": ["Khalid", "Noura", "Abdullah"], "PL": ["Piotr", "Łukasz", "Agnieszka"],
             "MX": ["Guadalupe", "Diego", "María José"], "BR": ["João Pedro", "Thiago", "Ana Clara"], "UA": ["Iryna", "Taras"],
             "VN": ["Minh", "Lan"], "GH": ["Akosua", "Kofi"], "QA": ["Maryam", "Saeed"], "IN": ["Arjun", "Lakshmi"],
             "NO": ["Erik", "Sigrid"], "KZ": ["Aigerim", "Yerlan"], "CO": ["Andrés Felipe", "Valentina"], "EG": ["Mona", "Omar"],
             "JP": ["Yui", "Kenji"], "KR": ["Min-jun", "Seo-yeon"], "FR": ["Mathieu", "Chloé"], "IE": ["Ciarán", "Aoife"],
             "AE": ["Fatima", "Rashid"], "KE": ["Otieno", "Wambui"], "TR": ["Mehmet", "Elif"], "CN": ["Li Na", "Jun"],
             "PE": ["Rosa", "Wilber"], "SE": ["Astrid", "Olof"]}
PP_FMT = {"NGA": "A8", "SAU": "L7", "POL": "LL7", "MEX": "G8", "BRA": "LL6", "UKR": "LL6", "VNM": "C7", "GHA": "G7",
          "QAT": "8", "IND": "L7", "NOR": "8", "KAZ": "N8", "COL": "LL7", "EGY": "A8", "JPN": "LL7", "KOR": "M8",
          "FRA": "2LL5", "IRL": "LL7", "ARE": "N7", "KEN": "AK7", "TUR": "U8", "CHN": "E8", "PER": "8", "SWE": "8"}
LOCAL_DOM = {"RU": "mail.ru", "KZ": "mail.ru", "KR": "naver.com", "PL": "wp.pl", "FR": "orange.fr", "IE": "eircom.net",
             "CN": "qq.com", "BR": "uol.com.br", "JP": "yahoo.co.jp", "UA": "ukr.net", "NO": "online.no", "SE": "telia.com",
             "MX": "prodigy.net.mx", "TR": "hotmail.com.tr", "IN": "rediffmail.com"}
LOCAL_CCY = {"SA": "SAR", "AE": "AED", "QA": "QAR", "NG": "NGN", "MX": "MXN", "BR": "BRL", "PL": "PLN", "KZ": "KZT", "IN": "INR",
             "TR": "TRY", "EG": "EGP", "NO": "NOK", "SE": "SEK", "FR": "EUR", "IE": "EUR"}
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "mail.ru", "yandex.kz", "naver.com",
             "wp.pl", "orange.fr", "eircom.net", "qq.com", "uol.com.br", "yahoo.co.jp"]


def passport(iso3):
    f = PP_FMT[iso3]
    out = ""
    i = 0
    while i < len(f):
        c = f[i]
        if c.isdigit():
            n = int(c) if i + 1 >= len(f) or not f[i + 1].isdigit() else int(f[i:i + 2])
            out += digits(n)
            i += 1
        elif c == "L":
            out += letters(1)
        else:
            out += c
        i += 1
    return out


def local_phone(cc):
    n = {"+1": 10, "+7": 10, "+86": 11, "+91": 10, "+55": 11, "+234": 10, "+966": 9, "+971": 9}.get(cc, 9)
    d = digits(n)
    if cc in ("+966", "+971"):
        d = "5" + d[1:]
    return "%s %s %s %s" % (cc, d[:2], d[2:5], d[5:])


def asciify(s):
    return mrzname(s).replace("<", "").lower()


class Intl:
    pass


PEOPLE_I = []
for row in INTL:
    p = Intl()
    (p.given, p.family, p.sex, p.iso3, p.iso2, p.city, p.post, p.street, p.cc, p.lang, p.ins) = row
    p.full = p.given + " " + p.family if p.iso2 not in ("VN", "CN", "KR", "JP") else (
        p.family + " " + p.given if p.iso2 in ("VN", "CN") else p.given + " " + p.family)
    p.dob = rdate(dt.date(1931, 1, 1), dt.date(2012, 12, 31))
    p.pp = passport(p.iso3)
    p.pp_exp = rdate(dt.date(2025, 1, 1), dt.date(2033, 12, 31))
    p.mrn = "40" + digits(6)
    p.case = "IPS-24-%05d" % R.randint(180, 460)
    p.acct = "7" + digits(9)
    p.phone = local_phone(p.cc)
    p.email = R.choice([asciify(p.given.split()[0]) + "." + asciify(p.family), asciify(p.family) + digits(2),
                        asciify(p.given.split()[0])[0] + asciify(p.family) + digits(4)]) + "@" + R.choice(
        ["gmail.com", "gmail.com", "outlook.com", "yahoo.com", LOCAL_DOM.get(p.iso2, "hotmail.com")])
    p.ccy = LOCAL_CCY.get(p.iso2, "USD")
    rg = R.choice(REL_GIVEN[p.iso2])
    p.rel = rg + " " + p.family if p.iso2 not in ("VN", "CN", "KR", "JP") else p.family + " " + rg
    p.rel_role = R.choice(["spouse", "child", "sibling", "parent"])
    p.rel_pp = passport(p.iso3)
    p.rel_phone = local_phone(p.cc)
    p.pol = None
    if p.ins:
        p.pol = {"GMH": lambda: "GMH-PL-%s-%02d" % (digits(7), R.randint(1, 6)),
                 "EAM": lambda: "EAM" + digits(10),
                 "PAS": lambda: "PAS/%s/%s" % (letters(2), digits(8)),
                 "SCA": lambda: "SCA-" + digits(4) + "-" + digits(6),
                 "PRG": lambda: "PRG" + letters(1) + digits(9)}[p.ins]()
    p.gop = "%s-GOP-2024-%06d" % (p.ins or "SELF", R.randint(100000, 999999))
    p.personal = digits(11) if p.iso3 in ("NOR", "KAZ", "TUR", "SWE") else ""
    p.hotel = R.choice([("Marlowe Suites", "310 Fannin St, Rm 1412"), ("TMC Guest House", "1201 Holcombe Blvd, Unit 5B"),
                        ("Residence Medical Inn", "7505 S Main St, Apt 318"), ("Bertner Corporate Apartments", "1711 Old Spanish Trail, Apt 904")])
    p.hotel_zip = {"310": "77002", "120": "77030", "750": "77030", "171": "77054"}[p.hotel[1][:3]]
    p.visa_app = "AA00" + letters(6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    PEOPLE_I.append(p)

US = [("Hunter", "Stone"), ("Rose", "Baker"), ("Faith", "Marsh"), ("Bill", "Cash"), ("Jordan", "Price"), ("Mark", "Wood"),
      ("Amber", "Lane-Whitfield"), ("Dwayne", "Washington"), ("Trang", "Le"), ("Rajesh Kumar", "Iyer"),
      ("María del Carmen", "Ruiz-Soto"), ("Olusegun", "Bakare"), ("Mei-Ling", "Chow"), ("Patrick", "O'Malley"),
      ("Jennifer", "Brooks"), ("Hyun-woo", "Kim"), ("Esperanza", "Villalobos"), ("Gunnar", "Holm"),
      ("Tamika", "Jefferson-Boyd"), ("Dale", "Rivers"), ("Hope", "Bishop"), ("Summer", "Winters"),
      ("Adaeze", "Okafor"), ("Bartholomew", "Fenwick"), ("Guadalupe", "Treviño"), ("Robin", "Hood-Ellison")]
US_ADDR = [("2418 Bissonnet St", "Houston", "77005"), ("1907 Kipling St Apt 3", "Houston", "77098"),
           ("5530 Braesvalley Dr", "Houston", "77096"), ("4711 Bellaire Blvd Unit 12", "Bellaire", "77401"),
           ("16 Sandalwood Ct", "Sugar Land", "77479"), ("88 Timber Mill Pl", "The Woodlands", "77381"),
           ("2202 Marina Bay Dr", "League City", "77573"), ("25415 Kingsland Blvd #210", "Katy", "77494"),
           ("1330 Heights Blvd", "Houston", "77008"), ("7402 Ave F", "Houston", "77012"),
           ("3109 Dunlavy St", "Houston", "77006"), ("9 Windswept Ln", "Pearland", "77584")]
PLANS = [("Lone Star Health Plan", "LSHP", "84520", lambda: "LSH" + digits(9)),
         ("Gulf Coast Community Health", "GCCH", "76342", lambda: "GCC" + digits(8) + "01"),
         ("Meridian Care Advantage", "MCA", "MCADV", mbi)]
MID_INITIALS = "ABCDEJKLMRST"


class USP:
    pass


PEOPLE_U = []
for i, (g, f) in enumerate(US):
    p = USP()
    p.given, p.family = g, f
    p.mid = R.choice(MID_INITIALS)
    p.full = g + " " + f
    p.sex = R.choice("MF")
    p.dob = rdate(dt.date(1930, 1, 1), dt.date(2016, 12, 31)) if i not in (7, 23) else rdate(dt.date(1929, 6, 1), dt.date(1934, 1, 1))
    a = US_ADDR[i % len(US_ADDR)]
    p.street, p.city, p.zip = a
    p.phone = "(%s) %d%s-%s" % (R.choice(["713", "281", "832", "346"]), R.randint(2, 9), digits(2), digits(4))
    p.email = R.choice([asciify(g.split()[0]) + "." + asciify(f), asciify(g.split()[0])[0] + asciify(f) + digits(2)]) + "@" + R.choice(
        ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "att.net", "icloud.com"])
    p.mrn = "40" + digits(6)
    p.acct = "7" + digits(9)
    p.ssn = ssn()
    p.dl = digits(8)
    p.dl_exp = rdate(dt.date(2025, 1, 1), dt.date(2031, 12, 31))
    pl = R.choice(PLANS) if age(p.dob) < 65 else PLANS[2]
    p.plan = pl
    p.member = pl[3]()
    p.mother_maiden = R.choice(["Guidry", "Castellanos", "Nwachukwu", "Pham", "Hollister", "Abernathy", "Lozano", "Fitzgerald"])
    p.dest = R.sample(["GH", "BR", "UG", "PE", "KE", "IN", "NP", "PK", "BD", "TZ", "CO", "NG", "KH", "ID"], R.randint(1, 3))
    p.depart = rdate(dt.date(2024, 5, 25), dt.date(2024, 8, 20))
    p.ret = p.depart + dt.timedelta(days=R.randint(7, 40))
    p.visit = rdate(dt.date(2024, 5, 13), dt.date(2024, 5, 16))
    p.pnr = letters(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    PEOPLE_U.append(p)

YF_DEST = {"GH", "BR", "UG", "PE", "KE", "NG", "CO", "TZ"}
TY_DEST = {"IN", "NP", "PK", "BD", "KH", "ID", "GH", "NG", "KE"}


def pi():
    return R.choice(PEOPLE_I)


def pu():
    return R.choice(PEOPLE_U)


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d8(d):
    return d.strftime("%Y%m%d")


# ---------------------------------------------------------------- families
def f_pino():
    host = R.choice(["tm-app01", "tm-app02"])
    base = {"level": 30, "time": epoch_ms(), "pid": R.choice([4121, 4187]), "hostname": host,
            "reqId": "req-" + hexs(4)}
    k = R.random()
    p = pu()
    if k < 0.22:
        itin = []
        d = p.depart
        for cc in p.dest:
            e = d + dt.timedelta(days=R.randint(4, 14))
            itin.append({"cc": cc, "from": Ph(d_iso(d), "date"), "to": Ph(d_iso(e), "date"),
                         "rural": R.random() < 0.5})
            d = e
        recs = sorted({"YF" for c in p.dest if c in YF_DEST} | {"TYP-Vi" for c in p.dest if c in TY_DEST} | {"HepA"})
        o = dict(base, msg="consult created", consultId=uuid4(), mrn=Ph(p.mrn, "mrn"),
                 visitDate=Ph(d_iso(p.visit), "date"), dob=Ph(d_iso(p.dob), "date"), itinerary=itin, recs=recs,
                 provider="%s %s, %s" % (lambda c: (c[1], c[0], c[2]))(CLINICIANS[R.randrange(3)]))
    elif k < 0.32:
        a = age(p.dob)
        o = dict(base, level=40, msg="YF contraindication check", mrn=Ph(p.mrn, "mrn"),
                 age=PhN(a, "age") if a > 89 else a,
                 flags=["age>=60" if a >= 60 else "age<60", "thymus_hx=false", "immunosupp=%s" % R.choice(["false", "unknown"])],
                 decision=R.choice(["shared_decision", "proceed", "waiver_letter"]))
        if o["decision"] == "waiver_letter":
            o["waiverNo"] = Ph("YFW-%s-%04d" % ("24", R.randint(1, 999)), "other_id")
    elif k < 0.40:
        o = dict(base, msg="checkin id scan", mrn=Ph(p.mrn, "mrn"),
                 idScan={"type": "DL", "state": "TX", "number": Ph(p.dl, "license"),
                         "exp": Ph(d_iso(p.dl_exp), "date"), "nameMatch": R.random() < 0.9},
                 kiosk="TM-KIOSK-%d" % R.randint(1, 3))
    elif k < 0.48:
        o = dict(base, msg="advice pdf emailed", to=Ph(p.email, "email"), template="pretravel-summary-v7",
                 bytes=R.randint(80000, 240000), smtpId="<%s@ips-mx01.bayoumeridian.org>" % hexs(16))
    elif k < 0.66:
        cc = R.choice(sorted(YF_DEST | TY_DEST))
        o = dict(base, level=20, msg="rule eval", rule="CDC-YB-2024.%d/%s" % (R.randint(1, 4), cc),
                 country=cc, yfRisk=R.choice(["endemic", "transitional", "none"]),
                 typhoid=R.choice(["high", "moderate", "low"]), durMs=round(R.uniform(0.2, 9.0), 2))
    else:
        st = R.choice([200, 200, 200, 201, 304, 404, 500])
        o = dict(base, msg="request completed",
                 req=dict(zip(("method", "url"), R.choice([("GET", "/api/consults/" + uuid4()), ("POST", "/api/rules/sync"),
                                                          ("GET", "/api/vaccines/stock"), ("GET", "/healthz")]))),
                 res={"statusCode": st}, responseTime=R.randint(2, 900))
    return [mk("travelrx_pino", jparts(o))]


def f_hl7():
    p = pu()
    t = NOW[0]
    ctl = "BM" + t.strftime("%y%m%d%H%M%S") + digits(3)
    v = R.choice([x for x in VACC if (x[0] == "37") == any(c in YF_DEST for c in p.dest)] or VACC)
    clin = R.choice(CLINICIANS[:3])
    admin = p.visit
    lines = []
    msh = "MSH|^~\\&|BMMC-TRAVEL|BMMC^%s^NPI|TxImmTrac|TXDSHS|%s-0500||VXU^V04^VXU_V04|%s|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS" % (
        ORG_NPI, t.strftime("%Y%m%d%H%M%S"), ctl)
    lines.append(mk("hl7_vxu", msh))
    race = R.choice(["2106-3^White^CDCREC", "2054-5^Black or African American^CDCREC", "2028-9^Asian^CDCREC", "2131-1^Other Race^CDCREC"])
    xpn = "%s^%s^%s" % (mrzname(p.family).replace("<", "-"), mrzname(p.given).replace("<", " "), p.mid)
    lines.append(mk("hl7_vxu", "PID|1||", Ph(p.mrn, "mrn"), "^^^BMMC^MR||", Ph(xpn, "name"), "^^^^L|",
                    Ph(p.mother_maiden.upper(), "name"), "^^^^^^M|", Ph(d8(p.dob), "date"), "|", p.sex, "||", race, "|",
                    Ph(p.street.upper(), "address"), "^^", Ph(p.city.upper(), "address"), "^TX^", Ph(p.zip, "zip"),
                    "^USA^P||", Ph(p.phone.replace(" ", ""), "phone"), "^PRN^PH|||||||||N"))
    lines.append(mk("hl7_vxu", "ORC|RE||%s^BMMC|||||||||%s^%s^%s^^^^^^NPI" % (
        digits(10), CLIN_NPI[clin], clin[0].upper(), clin[1].upper())))
    lot = R.choice(LOTS[v[0]])
    exp = rdate(dt.date(2024, 9, 1), dt.date(2026, 6, 30))
    route = "C28161^Intramuscular^NCIT|LD^Left Deltoid^HL70163" if v[0] != "25" else "C38288^Oral^NCIT|"
    lines.append(mk("hl7_vxu", "RXA|0|1|", Ph(d8(admin), "date"), "||%s^%s^CVX|%s|%s||00^New immunization record^NIP001|%s^%s^%s|^^^BMMC-TRV||||%s|%s|%s^%s^MVX|||CP|A" % (
        v[0], v[1], "0.5" if v[0] != "25" else "1", "mL^mL^UCUM" if v[0] != "25" else "{capsule}^capsule^UCUM",
        CLIN_NPI[clin], clin[0].upper(), clin[1].upper(), lot, d8(exp), v[3], v[4])))
    lines.append(mk("hl7_vxu", "RXR|" + route))
    lines.append(mk("hl7_vxu", "OBX|1|CE|64994-7^Vaccine funding program eligibility category^LN|1|V01^Not VFC eligible^HL70064||||||F|||",
                    Ph(d8(admin), "date")))
    if R.random() < 0.6:
        lines.append(mk("hl7_vxu", "MSH|^~\\&|TxImmTrac|TXDSHS|BMMC-TRAVEL|BMMC|%s-0500||ACK^V04^ACK|TX%s|P|2.5.1" % (
            (t + dt.timedelta(seconds=3)).strftime("%Y%m%d%H%M%S"), digits(12))))
        lines.append(mk("hl7_vxu", "MSA|%s|%s" % (R.choice(["AA", "AA", "AA", "AE"]), ctl)))
    return lines


def f_icvp():
    p = pu()
    v = VACC[0]
    clin = R.choice(CLINICIANS[:2])
    if R.random() < 0.3:
        return [mk("icvp_print", "%s icvp-printer[2210]: printer=HP-M507-TRV2 event=%s tray=%d pages_total=%d" % (
            ts_iso(ms=False), R.choice(["toner_low", "paper_jam_cleared", "ready", "tray_empty"]), R.randint(1, 3), R.randint(10000, 40000)))]
    cert = "US-TX-ICVP-%07d" % R.randint(40000, 60000)
    holder = "%s, %s %s." % (p.family, p.given, p.mid)
    return [mk("icvp_print", "%s icvp-printer[2210]: job=ICVP-PRN-%d cert_no=" % (ts_iso(ms=False), R.randint(50000, 59999)),
               Ph(cert, "license"), ' holder="', Ph(holder, "name"), '" dob=', Ph(d_iso(p.dob), "date"),
               ' vaccine="Yellow Fever (Stamaril)" lot=%s date_admin=' % R.choice(LOTS["37"]), Ph(d_iso(p.visit), "date"),
               " valid_from=", Ph(d_iso(p.visit + dt.timedelta(days=10)), "date"),
               ' valid_until=life clinician="%s. %s, %s" stamp=UYFVS-TX-0417 printer=HP-M507-TRV2 pages=1 status=OK' % (
                   clin[1][0], clin[0], clin[2]))]


def mrz_lines(p):
    sur = mrzname(p.family)
    giv = mrzname(p.given)
    nm = sur + "<<" + giv
    nm = nm[:39]
    l1a = "P<" + p.iso3
    pad1 = "<" * (39 - len(nm))
    doc = (p.pp + "<" * 9)[:9]
    dob = p.dob.strftime("%y%m%d")
    exp = p.pp_exp.strftime("%y%m%d")
    pers = (p.personal + "<" * 14)[:14]
    cd_doc, cd_dob, cd_exp = mrz_cd(doc), mrz_cd(dob), mrz_cd(exp)
    cd_pers = mrz_cd(pers) if p.personal else "<"
    comp = mrz_cd(doc + cd_doc + dob + cd_dob + exp + cd_exp + pers + (cd_pers if cd_pers != "<" else "0"))
    docp = [Ph(p.pp, "other_id"), doc[len(p.pp):]]
    persp = [Ph(p.personal, "other_id"), pers[len(p.personal):]] if p.personal else [pers]
    l1 = [l1a, Ph(nm, "name"), pad1]
    l2 = [docp, cd_doc, p.iso3, Ph(dob, "date"), cd_dob, p.sex, Ph(exp, "date"), cd_exp, persp, cd_pers, comp]
    return l1, l2


def f_mrz():
    p = pi()
    dev = "RDR-IPS-0%d" % R.randint(1, 3)
    t = NOW[0].strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % R.randint(0, 999)
    k = R.random()
    if k < 0.25:
        return [mk("mrz_reader", "%s INFO  [%s] %s" % (t, dev, R.choice([
            "device ready fw=4.2.17 sensor=IR/UV/VIS temp=38.1C",
            "calibration ok white_ref=0.982 uv_ref=0.417",
            "USB re-enumerated vid=0x2b24 pid=0x0104 port=3",
            "MRZ not found in frame, retry 2/3 (glare=0.31)",
            "license check ok seat=IPS-DESK-%d expires=2025-03-31" % R.randint(1, 4)])))]
    l1, l2 = mrz_lines(p)
    ok = R.random() < 0.85
    out = [mk("mrz_reader", "%s INFO  [%s] MRZ read %s doc=P issuer=%s mrz1=" % (t, dev, "ok" if ok else "chk_fail", p.iso3),
              l1, " mrz2=", l2, " chk=%s conf=%.2f" % ("PASS" if ok else "FAIL(doc)", R.uniform(0.81, 0.99)))]
    if R.random() < 0.45:
        raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0, 16]) + b"JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00" + hashlib.sha256(p.pp.encode()).digest() * 2
        b64 = base64.b64encode(raw).decode()
        out.append(mk("mrz_reader", "%s DEBUG [%s] portrait crop=%dx%d fmt=jpeg b64=" % (t, dev, R.choice([413, 480]), R.choice([531, 600])),
                      Ph(b64, "photo"), "... (truncated %dB)" % R.randint(14000, 26000)))
    if R.random() < 0.55:
        tmpl = base64.b64encode(hashlib.sha512(("face" + p.pp).encode()).digest()).decode()
        out.append(mk("mrz_reader", "%s INFO  [%s] face_match chip_vs_live score=%.3f thr=0.62 tmpl=" % (t, dev, R.uniform(0.7, 0.97)),
                      Ph(tmpl, "biometric"), " alg=FRv5"))
    return out


def f_docgen():
    ts = ts_utc()
    k = R.random()
    if k < 0.35:
        return [mk("docgen_logfmt", "ts=%s level=%s svc=ips-docgen %s" % (ts, R.choice(["debug", "info", "warn"]), R.choice([
            'msg="template cache warm" templates=14 took=%dms' % R.randint(3, 40),
            'msg="signature image missing, fallback to typed" signer_id=ST-00%d' % R.randint(10, 60),
            'msg="pdf render" engine=chromium-124 pages=2 took=%dms' % R.randint(300, 2400),
            'msg="letterhead refreshed" asset=bmmc-ips-letterhead-2024.svg sha256=%s' % hexs(64),
            'msg="queue depth" pending=%d workers=4' % R.randint(0, 9)])))]
    p = R.choice([x for x in PEOPLE_I if x.iso3 not in ("NOR", "FRA", "IRL", "JPN", "KOR", "SWE")])
    cons = {"QAT": "U.S. Embassy Doha", "ARE": "U.S. Consulate General Dubai", "NGA": "U.S. Consulate General Lagos", "SAU": "U.S. Embassy Riyadh", "POL": "U.S. Consulate General Kraków",
            "MEX": "U.S. Consulate General Monterrey", "BRA": "U.S. Consulate General Rio de Janeiro", "UKR": "U.S. Embassy Warsaw (Kyiv cases)",
            "VNM": "U.S. Consulate General Ho Chi Minh City", "GHA": "U.S. Embassy Accra", "IND": "U.S. Consulate General Chennai",
            "KAZ": "U.S. Embassy Astana", "COL": "U.S. Embassy Bogotá", "EGY": "U.S. Embassy Cairo", "KEN": "U.S. Embassy Nairobi",
            "TUR": "U.S. Consulate General Istanbul", "CHN": "U.S. Consulate General Guangzhou", "PER": "U.S. Embassy Lima"}.get(p.iso3, "VWP/ESTA - no letter needed")
    start = rdate(dt.date(2024, 5, 27), dt.date(2024, 7, 30))
    parts = ["ts=%s level=info svc=ips-docgen msg=\"visa invitation letter generated\" case_id=" % ts, Ph(p.case, "other_id"),
             ' patient_name="', Ph(p.full, "name"), '" passport_no=', Ph(p.pp, "other_id"), " nationality=%s dob=" % p.iso3,
             Ph(d_iso(p.dob), "date"), ' consulate="%s"' % cons]
    if R.random() < 0.6:
        parts += [' companion_name="', Ph(p.rel, "name"), '" companion_rel=%s companion_passport=' % p.rel_role, Ph(p.rel_pp, "other_id")]
    if R.random() < 0.4:
        parts += [" ds160=", Ph(p.visa_app, "other_id")]
    parts += [" treatment_start=", Ph(d_iso(start), "date"), " est_stay_days=%d template=ips-visa-b2-v4 signer=\"%s\" pdf_bytes=%d sha256=%s" % (
        R.randint(10, 60), R.choice(COORD[:3]), R.randint(60000, 120000), hexs(64))]
    return [mk("docgen_logfmt", parts)]


AIR_HDR = "mission_id,created_utc,vendor,tail,origin_icao,dest_icao,pt_name,pt_dob,wt_kg,dx_summary,o2_lpm,escort,escort_role,etd_local,device_note,status"
AIRPORTS = {"NGA": "DNMM", "SAU": "OERK", "POL": "EPKK", "MEX": "MMMY", "BRA": "SBEG", "UKR": "EPRZ", "VNM": "VVDN", "GHA": "DGAA",
            "QAT": "OTHH", "IND": "VOMM", "NOR": "ENTC", "KAZ": "UAAA", "COL": "SKBO", "EGY": "HECA", "JPN": "RJTT", "KOR": "RKSI",
            "FRA": "LFLL", "IRL": "EICK", "ARE": "OMAA", "KEN": "HKJK", "TUR": "LTBJ", "CHN": "ZGSZ", "PER": "SPQU", "SWE": "ESGG"}
AIR_STATE = [0]


def f_airamb():
    out = []
    if AIR_STATE[0] == 0 or R.random() < 0.08:
        out.append(mk("airamb_csv", AIR_HDR))
        AIR_STATE[0] = 1
    p = pi()
    ven, tail = R.choice(AIRAMB)
    dx = R.choice(["post-CABG, stable", "CVA day 6, GCS 14", "NSTEMI s/p PCI", "polytrauma, ext fixator L femur",
                   "ALL induction, neutropenic", "decompensated cirrhosis", "hip fx pre-op"])
    etd = dt.datetime.combine(rdate(dt.date(2024, 5, 15), dt.date(2024, 6, 5)), dt.time(R.choice([6, 7, 9, 13, 22]), R.choice([0, 30])))
    dev = []
    if R.random() < 0.35:
        dev = [R.choice(["PPM sn ", "ICD sn ", "LVAD sn "]), Ph(R.choice(["PJN", "RXK", "HM3"]) + digits(6) + R.choice(["H", "S", ""]), "device")]
    wt = R.randint(48, 118)
    row = ["AM-%s-%04d,%s,%s,%s,%s,KIAH," % (ven.split()[0][:3].upper(), R.randint(100, 999), ts_utc()[:19] + "Z", ven, tail, AIRPORTS[p.iso3]),
           CSVQ(p.family + ", " + p.given, "name"), ",", Ph(d_iso(p.dob), "date"), ",%d," % wt,
           '"%s"' % dx if "," in dx else dx, ",%s,%s,%s," % (R.choice([0, 2, 4, 6]), R.choice(ESCORTS).rsplit(" ", 1)[0], "RN"),
           Ph(etd.strftime("%Y-%m-%d %H:%M"), "date"), ",", dev, ",", R.choice(["QUOTED", "ACCEPTED", "BOOKED", "WHEELS_UP", "CANCELLED"])]
    out.append(mk("airamb_csv", row))
    return out


def f_escort():
    if R.random() < 0.3:
        return [mk("escort_pipe", "ESC|%s|SYS|roster_sync|agency=MedEscort Partners|escorts_avail=%d|next_sync=%ds|ok" % (
            NOW[0].strftime("%Y-%m-%d %H:%M"), R.randint(2, 9), R.choice([300, 600, 900])))]
    if R.random() < 0.5:
        p = pi()
        dep = rdate(dt.date(2024, 5, 16), dt.date(2024, 6, 20))
        parts = ["ESC|%s|" % NOW[0].strftime("%Y-%m-%d %H:%M"), Ph(p.case, "other_id"), "|", Ph(p.family + ", " + p.given, "name"),
                 "|MRN ", Ph(p.mrn, "mrn"), "|escort=%s|flight=%s IAH-%s|dep=" % (R.choice(ESCORTS), R.choice(["LH441", "QR714", "TK34", "EK212", "AF693", "KL662", "UA1", "ET513"]),
                                                                                 AIRPORTS[p.iso3][1:] if R.random() < 0.3 else R.choice(["FRA", "DOH", "IST", "DXB", "CDG", "AMS"])),
                 Ph(d_iso(dep), "date"), "|seat=%d%s+%d%s|wchr=%s" % (R.randint(1, 40), R.choice("ACDF"), R.randint(1, 40), R.choice("ACDF"), R.choice(["WCHR", "WCHS", "WCHC", "NONE"]))]
    else:
        p = pu()
        dep = p.depart
        parts = ["ESC|%s|OUTB|" % NOW[0].strftime("%Y-%m-%d %H:%M"), Ph(p.family + ", " + p.given, "name"), "|MRN ", Ph(p.mrn, "mrn"),
                 "|escort=%s|pnr=" % R.choice(ESCORTS), Ph(p.pnr, "other_id"), "|dep=", Ph(d_iso(dep), "date"), "|seat=NA|wchr=NONE"]
    if R.random() < 0.3:
        parts += ["|pump_sn=", Ph(R.choice(["NG", "HX"]) + digits(7) + "H", "device")]
    parts += ["|note=%s" % R.choice(["MEDIF approved", "FREMEC pending", "O2 POC Inogen G5 cleared", "stretcher 9 seats", "none"])]
    return [mk("escort_pipe", parts)]


def f_interp():
    t = ts_iso()
    k = R.random()
    base = {"@t": t, "@l": "Information", "SourceContext": "Ips.Interpreters.LinguaBridgeClient"}
    if k < 0.45:
        p = pi() if R.random() < 0.8 else pu()
        lang = {"ar": "ar-SA", "pl": "pl-PL", "es": "es-MX", "pt": "pt-BR", "uk": "uk-UA", "vi": "vi-VN", "ta": "ta-IN", "ru": "ru-RU",
                "ja": "ja-JP", "ko": "ko-KR", "fr": "fr-FR", "tr": "tr-TR", "zh": "yue-HK", "sw": "sw-KE", "no": "nb-NO",
                "sv": "sv-SE", "en": "yo-NG"}.get(getattr(p, "lang", "es"), "es-MX")
        start = dt.datetime.combine(rdate(dt.date(2024, 5, 14), dt.date(2024, 5, 31)), dt.time(R.choice([8, 9, 10, 13, 14, 15]), R.choice([0, 15, 30])))
        o = dict(base)
        o["@mt"] = "POST {Path} -> {Status} job {JobId}"
        o.update({"Path": "/v2/jobs", "Status": 201, "JobId": "LB-%d" % R.randint(7000000, 7999999), "Language": lang,
                  "Modality": R.choice(["OPI", "VRI", "onsite"]),
                  "ScheduledStart": Ph(start.strftime("%Y-%m-%dT%H:%M:%S") + "-05:00", "date"), "DurationMin": R.choice([30, 60, 90, 120]),
                  "Location": R.choice(["Travel Medicine Clinic, 4th fl", "IPS Lounge, Tower B L2", "Cardiology 7E", "Onc Infusion 12"]),
                  "Patient": {"Name": Ph(p.full, "name"), "Mrn": Ph(p.mrn, "mrn")}, "GenderPref": R.choice(["F", "M", "none"])})
    elif k < 0.75:
        nm, iid = R.choice(INTERPRETERS)
        o = dict(base)
        o["@mt"] = "Interpreter {InterpreterId} assigned to {JobId}"
        o.update({"InterpreterId": iid, "InterpreterName": nm, "JobId": "LB-%d" % R.randint(7000000, 7999999), "EtaMin": R.randint(5, 45)})
    else:
        o = dict(base)
        o["@l"] = R.choice(["Information", "Warning"])
        mt, props = R.choice([("OAuth token refreshed, expires in {ExpiresIn}s", {"ExpiresIn": 3600}),
                              ("Retry {Attempt} after 429 from {Host}", {"Attempt": R.randint(1, 3), "Host": "api.linguabridge.example"}),
                              ("Webhook signature verified {Kid}", {"Kid": "lb-" + hexs(8)})])
        o["@mt"] = mt
        o.update(props)
    return [mk("interp_serilog", jparts(o, asc=R.random() < 0.5))]


def f_gop():
    p = R.choice([x for x in PEOPLE_I if x.ins])
    ins, fax = INSURERS[p.ins]
    if R.random() < 0.2:
        return [mk("gop_xml", '<Ack xmlns="urn:ips:gop:1.2" ts="%s"><MsgId>%s</MsgId><Status>RECEIVED</Status><Channel>%s</Channel></Ack>' % (
            ts_utc(), uuid4(), R.choice(["SFTP", "AS2", "FAX-OCR"])))]
    cf = rdate(dt.date(2024, 5, 14), dt.date(2024, 6, 10))
    ct = cf + dt.timedelta(days=R.choice([14, 30, 45, 60]))
    lim = R.choice([25000, 60000, 120000, 185000, 250000])
    return [mk("gop_xml", '<GuaranteeOfPayment xmlns="urn:ips:gop:1.2" received="%s"><GopRef>' % ts_utc(), X(p.gop, "other_id"),
               '</GopRef><Insurer code="%s">%s</Insurer><Member><Name>' % (p.ins, ins), X(p.full, "name"), "</Name><DOB>",
               X(d_iso(p.dob), "date"), "</DOB><PolicyNo>", X(p.pol, "health_plan"), "</PolicyNo><Passport>", X(p.pp, "other_id"),
               '</Passport></Member><Provider npi="%s">Bayou Meridian Medical Center</Provider><CoveredFrom>' % ORG_NPI,
               X(d_iso(cf), "date"), "</CoveredFrom><CoveredTo>", X(d_iso(ct), "date"),
               '</CoveredTo><Limit currency="USD">%d.00</Limit><Copay pct="%d"/><Contact fax="%s">GOP Desk</Contact></GuaranteeOfPayment>' % (
                   lim, R.choice([0, 0, 10, 20]), fax))]


CCY = {"USD": 1.0, "SAR": 0.266613, "AED": 0.272294, "QAR": 0.274725, "EUR": 1.0798, "NGN": 0.000683, "MXN": 0.059804, "BRL": 0.19512,
       "PLN": 0.25311, "KZT": 0.002262, "INR": 0.011984, "TRY": 0.03106, "EGP": 0.021213, "NOK": 0.09303, "SEK": 0.09342}


def f_pay():
    t = NOW[0].strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % R.randint(0, 999)
    h = "pay-gw-%d" % R.randint(1, 2)
    k = R.random()
    if k < 0.35:
        return [mk("payments_kv", "%s %s INFO %s" % (t, h, R.choice([
            "fx_rates refreshed src=ECB+OXR base=USD pairs=%d age_s=%d" % (len(CCY), R.randint(2, 60)),
            "settlement batch=STL-%s count=%d gross_usd=%.2f status=SUBMITTED" % (NOW[0].strftime("%Y%m%d"), R.randint(4, 40), R.uniform(5000, 300000)),
            "3ds directory ping ok rtt_ms=%d acquirer=FDMS-NA" % R.randint(40, 300),
            "terminal PINPAD-IPS-%d heartbeat fw=1.9.%d" % (R.randint(1, 3), R.randint(0, 9))])))]
    p = pi()
    ccy = p.ccy if R.random() < 0.8 else "USD"
    amt = R.choice([2500, 5000, 12500, 18000, 40000, 95000]) * (1 if CCY[ccy] > 0.05 else 50)
    rate = CCY[ccy]
    payer, payer_is_rel = (p.full, False) if R.random() < 0.6 else (p.rel, True)
    txn = "PV-" + hexs(8).upper()
    if k < 0.7:
        parts = ["%s %s INFO txn=%s type=card_sale amount=%.2f ccy=%s fx_rate=%s settle_usd=%.2f card=************%s brand=%s auth=%s payer=\"" % (
            t, h, txn, amt, ccy, rate, amt * rate, digits(4), R.choice(["VISA", "MC", "AMEX"] + (["MADA"] * 3 if ccy == "SAR" else [])), digits(6)),
            Ph(payer, "name"), '" acct=', Ph(p.acct, "account"), " case=", Ph(p.case, "other_id"),
            " rrn=%s status=%s" % (digits(12), R.choice(["APPROVED", "APPROVED", "DECLINED_05", "APPROVED"]))]
    elif k < 0.82:
        pan = card(R.choice(["4", "51", "55", "37"]), 15 if False else 16)
        bad = R.random() < 0.3
        if bad:
            pan = pan[:-1] + str((int(pan[-1]) + 3) % 10)
        parts = ["%s %s DEBUG tokenize req txn=%s pan=" % (t, h, txn), Ph(pan, "account"), " exp=%02d%02d cvv_present=true holder=\"" % (
            R.randint(1, 12), R.randint(25, 30)), Ph(payer.upper(), "name"), '" result=%s' % ("ERR_LUHN" if bad else "TOKENIZED tok_" + hexs(12))]
    else:
        cc, bban = R.choice([("SA", "80" + digits(18)), ("AE", digits(19)), ("DE", digits(18)), ("PL", digits(24)),
                             ("NO", digits(11)), ("TR", digits(5) + "0" + digits(16))])
        ib = iban(cc, bban)
        parts = ["%s %s INFO wire_in ref=WT%s amount=%.2f ccy=%s value_date=%s remitter=\"" % (t, h, digits(10), amt, ccy, NOW[0].strftime("%Y-%m-%d")),
                 Ph(payer, "name"), '" remitter_iban=', Ph(ib, "account"), " bic=%s for_case=" % R.choice(["NCBKSAJE", "NBADAEAA", "DEUTDEFF", "PKOPPLPW", "DNBANOKK", "TGBATRIS"]),
                 Ph(p.case, "other_id"), " matched_acct=", Ph(p.acct, "account"), " status=%s" % R.choice(["MATCHED", "PENDING_REVIEW"])]
    return [mk("payments_kv", parts)]


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
       "BMMC-IPS-App/3.8.2 (Android 13; Pixel 7)"]
IP_PREF = {"NG": ["105.112.", "197.210."], "SA": ["94.98.", "188.48."], "PL": ["83.24.", "178.42."], "MX": ["187.190.", "201.141."],
           "BR": ["177.37.", "189.6."], "UA": ["93.77.", "178.150."], "VN": ["113.161.", "14.231."], "GH": ["154.160.", "41.66."],
           "QA": ["37.210.", "78.100."], "IN": ["49.37.", "106.51."], "NO": ["84.208.", "46.9."], "KZ": ["2.134.", "95.56."],
           "CO": ["181.49.", "190.24."], "EG": ["156.197.", "41.42."], "JP": ["126.120.", "60.71."], "KR": ["211.36.", "121.134."],
           "FR": ["90.112.", "86.246."], "IE": ["86.44.", "109.78."], "AE": ["94.200.", "86.98."], "KE": ["105.163.", "41.90."],
           "TR": ["78.180.", "88.230."], "CN": ["113.88.", "183.14."], "PE": ["190.232.", "179.7."], "SE": ["81.224.", "90.230."]}


def f_nginx():
    t = NOW[0].strftime("[%d/%b/%Y:%H:%M:%S -0500]")
    k = R.random()
    if k < 0.45:
        ip, ua, path = R.choice([("10.40.2.%d" % R.randint(10, 30), "kube-probe/1.28", "/healthz"),
                                 ("66.249.66.%d" % R.randint(1, 200), "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "/robots.txt"),
                                 ("10.40.7.5", "Prometheus/2.51.1", "/metrics"),
                                 ("40.77.167.%d" % R.randint(1, 200), "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
                                  "/intl/en/plan-your-visit")])
        return [mk("nginx_access", '%s - - %s "GET %s HTTP/1.1" 200 %d "-" "%s" rt=0.%03d' % (ip, t, path, R.randint(20, 9000), ua, R.randint(1, 40)))]
    p = pi()
    ip = R.choice(IP_PREF[p.iso2]) + "%d.%d" % (R.randint(1, 254), R.randint(1, 254))
    ua = R.choice(UAS)
    if k < 0.6:
        path = R.choice(["/portal/static/js/app.%s.js" % hexs(8), "/portal/static/css/main.%s.css" % hexs(8), "/portal/api/v1/me",
                         "/portal/api/v1/messages/unread", "/portal/i18n/%s.json" % p.lang, "/portal/favicon.ico"])
        parts = [Ph(ip, "ip"), ' - - %s "GET %s HTTP/2.0" %d %d "https://intl.bayoumeridian.org/portal/" "%s" rt=0.%03d' % (
            t, path, R.choice([200, 200, 304]), R.randint(200, 400000), ua, R.randint(1, 500))]
    elif k < 0.88:
        path = R.choice(["/portal/api/v1/cases/%s/documents" % p.case, "/portal/api/v1/cases/%s/documents/visa-letter.pdf" % p.case,
                         "/portal/api/v1/cases/%s/estimate?ccy=%s" % (p.case, R.choice(["USD", "EUR", "SAR"])),
                         "/portal/api/v1/patients/%s/appointments" % p.mrn, "/portal/api/v1/cases/%s/upload/passport" % p.case])
        meth = "POST" if "upload" in path else "GET"
        parts = [Ph(ip, "ip"), ' - - %s "%s ' % (t, meth), Ph(path, "url"), ' HTTP/2.0" %d %d "https://intl.bayoumeridian.org/portal/case" "%s" rt=0.%03d' % (
            R.choice([200, 200, 201, 403]), R.randint(300, 900000), ua, R.randint(10, 900))]
    else:
        enc = urllib.parse.quote(p.email, safe="")
        parts = [Ph(ip, "ip"), ' - - %s "GET /portal/api/v1/auth/otp?channel=email&to=' % t, Ph(p.email, "email", enc, "pct"),
                 ' HTTP/2.0" 202 41 "https://intl.bayoumeridian.org/portal/login" "%s" rt=0.%03d' % (ua, R.randint(30, 400))]
    return [mk("nginx_access", parts)]


def f_syslog():
    t = NOW[0].strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if NOW[0].day < 10 else NOW[0].strftime("%b %d %H:%M:%S")
    h = R.choice(HOSTS)
    k = R.random()
    if k < 0.12:
        p = pi() if R.random() < 0.6 else pu()
        relay = R.choice([("gmail-smtp-in.l.google.com", "142.250.115.27"), ("mxs.mail.ru", "94.100.180.31"),
                          ("mta7.am0.yahoodns.net", "67.195.204.72"), ("outlook-com.olc.protection.outlook.com", "52.101.40.29")])
        return [mk("syslog", "<22>%s ips-mx01 postfix/smtp[%d]: %s: to=<" % (t, R.randint(1000, 30000), hexs(10).upper()), Ph(p.email, "email"),
                   ">, relay=%s[%s]:25, delay=%.1f, delays=0.05/0/0.%d/0.%d, dsn=2.0.0, status=sent (250 2.0.0 OK %s)" % (
                       relay[0], relay[1], R.uniform(0.5, 3), R.randint(1, 9), R.randint(1, 9), hexs(16)))]
    msgs = ["sshd[%d]: Accepted publickey for deploy from 10.40.1.%d port %d ssh2: ED25519 SHA256:%s" % (
        R.randint(1000, 60000), R.randint(2, 40), R.randint(30000, 65000), base64.b64encode(bytes.fromhex(hexs(64))).decode()[:43]),
        "CRON[%d]: (root) CMD (/usr/local/bin/ips-backup.sh --target s3://bmmc-ips-backups/%s >/dev/null 2>&1)" % (R.randint(1000, 60000), NOW[0].strftime("%Y%m%d")),
        "systemd[1]: Started ips-docgen.service - IPS letter generator v2.14.%d." % R.randint(0, 9),
        "kernel: [%d.%06d] nvme0n1: I/O %d QID %d timeout, completion polled" % (R.randint(100000, 900000), R.randint(0, 999999), R.randint(1, 900), R.randint(1, 8)),
        "postfix/qmgr[%d]: %s: removed" % (R.randint(1000, 3000), hexs(10).upper()),
        "chronyd[812]: Selected source 162.159.200.123 (time.cloudflare.com)",
        "sudo: ipsadmin : TTY=pts/0 ; PWD=/opt/ips ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx",
        "rsyslogd: action 'action-3-builtin:omfwd' resumed (module 'builtin:omfwd') [v8.2302.0]",
        "ntpd[733]: adjusting local clock by 0.00%ds" % R.randint(1, 9)]
    return [mk("syslog", "<%d>%s %s %s" % (R.choice([30, 38, 86, 22]), t, h, R.choice(msgs)))]


def f_java():
    t = NOW[0].strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % R.randint(0, 999)
    th = "gop-ingest-%d" % R.randint(1, 4)
    k = R.random()
    if k < 0.3:
        return [mk("java_trace", "%s  INFO [%s] c.b.ips.gop.GopPoller - polled sftp://gop.partners.bayoumeridian.org/inbox files=%d took=%dms" % (
            t, th, R.randint(0, 6), R.randint(40, 900)))]
    p = R.choice([x for x in PEOPLE_I if x.ins])
    out = []
    if k < 0.65:
        out.append(mk("java_trace", "%s ERROR [%s] c.b.ips.gop.GopIngestService - Failed to match GOP " % (t, th), Ph(p.gop, "other_id"),
                      " to case: no patient with passport=", Ph(p.pp, "other_id"), " dob=", Ph(d_iso(p.dob), "date")))
        out.append(mk("java_trace", "org.springframework.dao.EmptyResultDataAccessException: Incorrect result size: expected 1, actual 0"))
        frames = ["org.springframework.dao.support.DataAccessUtils.nullableSingleResult(DataAccessUtils.java:97)",
                  "org.springframework.jdbc.core.JdbcTemplate.queryForObject(JdbcTemplate.java:887)",
                  "com.bayoumeridian.ips.gop.CaseMatcher.matchByPassport(CaseMatcher.java:142)",
                  "com.bayoumeridian.ips.gop.GopIngestService.ingest(GopIngestService.java:88)",
                  "com.bayoumeridian.ips.gop.GopPoller.lambda$poll$0(GopPoller.java:61)"]
    else:
        out.append(mk("java_trace", "%s ERROR [%s] c.b.ips.gop.GopXmlParser - Unparseable GOP from %s" % (t, th, INSURERS[p.ins][0])))
        out.append(mk("java_trace", "javax.xml.bind.UnmarshalException: unexpected element (uri:\"\", local:\"PolicyNumber\"). Expected elements are <{urn:ips:gop:1.2}PolicyNo>"))
        frames = ["com.sun.xml.bind.v2.runtime.unmarshaller.UnmarshallingContext.handleEvent(UnmarshallingContext.java:741)",
                  "com.sun.xml.bind.v2.runtime.unmarshaller.Loader.reportError(Loader.java:262)",
                  "com.bayoumeridian.ips.gop.GopXmlParser.parse(GopXmlParser.java:57)"]
    for fr in frames[:R.randint(2, len(frames))]:
        out.append(mk("java_trace", "\tat " + fr))
    if k >= 0.65 and R.random() < 0.7:
        out.append(mk("java_trace", "Caused by: org.xml.sax.SAXParseException; lineNumber: 1; columnNumber: %d; policy=" % R.randint(200, 900),
                      Ph(p.pol, "health_plan"), " member=", Ph(p.full.upper(), "name")))
    out.append(mk("java_trace", "\t... %d common frames omitted" % R.randint(8, 40)))
    return out


def f_fhir():
    k = R.random()
    if k < 0.45:
        p = pi()
        telecom = [{"system": "phone", "value": Ph(p.phone, "phone"), "use": "mobile"}, {"system": "email", "value": Ph(p.email, "email")}]
        if R.random() < 0.3:
            telecom.append({"system": "fax", "value": Ph(local_phone(p.cc), "fax"), "use": "home"})
        addr = {"use": "home", "line": [Ph(p.street, "address")], "city": Ph(p.city, "address")}
        if p.post:
            addr["postalCode"] = Ph(p.post, "zip")
        addr["country"] = p.iso2
        o = {"resourceType": "Patient", "id": uuid4(), "meta": {"versionId": str(R.randint(1, 9)), "lastUpdated": ts_iso()},
             "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.8841.1.1", "type": {"coding": [{"code": "MR"}]}, "value": Ph(p.mrn, "mrn")},
                            {"system": "http://hl7.org/fhir/sid/passport-" + p.iso3, "type": {"coding": [{"code": "PPN"}]}, "value": Ph(p.pp, "other_id")}],
             "name": [{"family": Ph(p.family, "name"), "given": [Ph(g, "name") for g in p.given.split(" ")]}],
             "telecom": telecom, "gender": "female" if p.sex == "F" else "male", "birthDate": Ph(d_iso(p.dob), "date"),
             "address": [addr], "communication": [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": p.lang}]}, "preferred": True}]}
    elif k < 0.85:
        p = pu()
        v = R.choice(VACC)
        o = {"resourceType": "Immunization", "id": uuid4(), "status": "completed",
             "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": v[0], "display": v[1]}]},
             "patient": {"reference": ["Patient/", Ph(p.mrn, "mrn")]},
             "occurrenceDateTime": Ph(d_iso(p.visit), "date"), "lotNumber": R.choice(LOTS[v[0]]),
             "manufacturer": {"display": v[4]}, "performer": [{"actor": {"display": "%s %s, %s" % (CLINICIANS[0][1], CLINICIANS[0][0], CLINICIANS[0][2])}}]}
        # reference value is built in two parts below
    else:
        o = {"resourceType": "OperationOutcome", "issue": [{"severity": "warning", "code": "business-rule",
                                                            "diagnostics": "CVX %s lot %s not found in inventory snapshot %s" % (
                                                                R.choice(["37", "101", "25"]), letters(1) + digits(3) + letters(1), hexs(7))}]}
    if o.get("resourceType") == "Immunization":
        ref = o["patient"]["reference"]
        o["patient"]["reference"] = "@@REF@@"
        parts = jparts(o)
        i = parts.index(json.dumps("@@REF@@"))
        parts[i:i + 1] = ['"Patient/', ref[1], '"']
        return [mk("fhir_json", parts)]
    return [mk("fhir_json", jparts(o, asc=R.random() < 0.4))]


SMS_US = "BMMC Travel Medicine: Hi {n}, reminder of your pre-travel visit on {d}. Bring your itinerary and vaccine records. Reply C to confirm, R to reschedule."
SMS_BODY = {
    "en": "Dear {n}, your pre-arrival call with the BMMC International Patient Office is confirmed for {d} at 10:00 CST. Reply 1 to confirm.",
    "es": "Estimado/a {n}, su cita en Bayou Meridian está confirmada para el {d}. Responda 1 para confirmar.",
    "ar": "عزيزي {n}، تم تأكيد موعدكم في مركز بايو ميريديان الطبي بتاريخ {d}. للرد اكتب 1",
    "pt": "Prezado(a) {n}, sua consulta no Bayou Meridian está confirmada para {d}. Responda 1 para confirmar.",
    "fr": "Bonjour {n}, votre rendez-vous au Bayou Meridian est confirmé le {d}. Répondez 1 pour confirmer.",
}


def f_sms():
    t = ts_utc()
    k = R.random()
    if k < 0.2:
        return [mk("sms_gw", "%s sms-gw INFO webhook ok provider=%s mps=%d queue=%d" % (t, R.choice(["twilio", "infobip"]), R.randint(1, 30), R.randint(0, 40)))]
    if k < 0.55:
        p = pi() if R.random() < 0.6 else pu()
        lang = getattr(p, "lang", "en")
        lang = lang if lang in SMS_BODY else "en"
        d = rdate(dt.date(2024, 5, 14), dt.date(2024, 6, 10))
        dstr = d.strftime("%d %b") if lang == "en" else d.strftime("%d/%m")
        tmpl = SMS_BODY[lang] if hasattr(p, "cc") else SMS_US
        pre, rest = tmpl.split("{n}")
        mid, post = rest.split("{d}")
        first = p.given.split(" ")[0] if lang != "ar" else p.full
        phone = p.phone if hasattr(p, "cc") else "+1" + "".join(c for c in p.phone if c.isdigit())
        return [mk("sms_gw", "%s sms-gw INFO out sid=SM%s channel=%s to=" % (t, hexs(32), R.choice(["sms", "whatsapp"])), Ph(phone, "phone"),
                   " from=+17135550140 status=queued body=\"", pre, Ph(first, "name"), mid, Ph(dstr, "date"), post, '"')]
    if k < 0.8:
        p = pi()
        return [mk("sms_gw", "%s sms-gw INFO in sid=SM%s channel=whatsapp from=" % (t, hexs(32)), Ph(p.phone, "phone"), ' body="',
                   R.choice(["Yes confirmed. My %s " % p.rel_role, "Ok thank you. "]), Ph(p.rel.split(" ")[0] if p.iso2 not in ("VN", "CN") else p.rel, "name"),
                   ' will come with me, number is ', Ph(p.rel_phone, "phone"), '"')]
    return [mk("sms_gw", "%s sms-gw INFO status sid=SM%s status=%s err=%s price=-0.0%d USD" % (
        t, hexs(32), R.choice(["delivered", "sent", "undelivered"]), R.choice(["-", "-", "30008"]), R.randint(4, 9)))]


def f_pg():
    t = NOW[0].strftime("%Y-%m-%d %H:%M:%S") + ".%03d CDT" % R.randint(0, 999)
    pid = R.randint(20000, 40000)
    pre = "%s [%d] ips_app@ipsdb LOG:  " % (t, pid)
    k = R.random()
    if k < 0.45:
        return [mk("pg_audit", R.choice([
            pre + "duration: %.3f ms" % R.uniform(0.1, 40),
            "%s [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=0.004 s, total=%.3f s" % (
                t, R.randint(100, 999), R.randint(100, 4000), R.uniform(0.1, 5), R.randint(0, 3), R.uniform(1, 30), R.uniform(1, 30)),
            "%s [%d] LOG:  automatic vacuum of table \"ipsdb.public.fx_rate\": index scans: 0" % (t, R.randint(100, 999)),
            pre + "AUDIT: SESSION,%d,1,READ,SELECT,,,\"SELECT code, rate FROM fx_rate WHERE as_of = current_date\",<not logged>" % R.randint(1, 9000),
            "%s [%d] ips_ro@ipsdb FATAL:  password authentication failed for user \"ips_ro\"" % (t, pid)]))]
    c = R.randint(1, 9000)
    if k < 0.62:
        p = pi()
        return [mk("pg_audit", pre + "AUDIT: SESSION,%d,1,READ,SELECT,,,\"SELECT case_id, status FROM intl_case c JOIN intl_patient p USING (patient_id) WHERE p.passport_no = '" % c,
                   SQ(p.pp, "other_id"), "' AND p.birth_date = '", SQ(d_iso(p.dob), "date"), "'\",<not logged>")]
    if k < 0.76:
        p = pi()
        return [mk("pg_audit", pre + "AUDIT: SESSION,%d,1,WRITE,UPDATE,,,\"UPDATE intl_patient SET email = '" % c, SQ(p.email, "email"),
                   "', mobile = '", SQ(p.phone, "phone"), "', local_addr = '", SQ(p.hotel[1], "address"), "', local_zip = '",
                   SQ(p.hotel_zip, "zip"), "' WHERE mrn = '", SQ(p.mrn, "mrn"), "'\",<not logged>")]
    if k < 0.88:
        p = pu()
        s = p.ssn if R.random() < 0.8 else "999-99-9999"
        return [mk("pg_audit", pre + "AUDIT: SESSION,%d,1,READ,SELECT,,,\"SELECT mrn FROM tm_patient WHERE last_name = '" % c, SQ(p.family, "name"),
                   "' AND ssn = '", SQ(s, "ssn") if s != "999-99-9999" else s, "'\",<not logged>")]
    p = pi()
    return [mk("pg_audit", pre + "AUDIT: SESSION,%d,1,WRITE,INSERT,,,\"INSERT INTO visa_companion (case_id, full_name, relation, passport_no) VALUES ('" % c,
               SQ(p.case, "other_id"), "', '", SQ(p.rel, "name"), "', '%s', '" % p.rel_role, SQ(p.rel_pp, "other_id"), "')\",<not logged>")]


def f_ledger():
    out = [mk("ledger_fw", "H%-8s%-10s%-20s%s" % ("IPSGL", NOW[0].strftime("%Y%m%d"), "BMMC-IPS-FX-EXPORT", "V03"))]
    n = R.randint(1, 3)
    tot = 0
    for _ in range(n):
        p = pi()
        nm = mrzname(p.family).replace("<", " ") + " " + mrzname(p.given).replace("<", " ")
        nm = nm[:30]
        ccy = p.ccy
        amt = R.randint(100000, 9000000)
        tot += amt
        dos = rdate(dt.date(2024, 4, 20), dt.date(2024, 5, 13))
        out.append(mk("ledger_fw", "D", Ph(p.acct, "account"), "  ", Ph(nm, "name"), " " * (30 - len(nm)), Ph(d8(dos), "date"),
                      "%-5s%012d%s%010.6f" % (R.choice(["99205", "99214", "93458", "33533", "27130", "90717"]), amt, ccy, CCY[ccy])))
    out.append(mk("ledger_fw", "T%06d%015d" % (n, tot)))
    return out


def f_chat():
    t = NOW[0]
    stamp = "[%d/%d/%d %d:%02d %s]" % (t.month, t.day, t.year, (t.hour % 12) or 12, t.minute, "AM" if t.hour < 12 else "PM")
    who = R.choice(COORD)
    k = R.random()
    if k < 0.5:
        return [mk("teams_chat", "%s %s: %s" % (stamp, who, R.choice([
            "who has the key for vaccine fridge 2? temp alarm again",
            "Stamaril lot %s running low, reorder placed PO 4500%06d" % (R.choice(LOTS["37"]), R.randint(0, 999999)),
            "LinguaBridge portal is down, use the phone line 1-800-555-0123 for OPI",
            "reminder: GOP desk huddle at 2pm in Tower B L2",
            "SkyMed quote came back at $%d,%03d for the KIAH leg, waiting on insurer" % (R.randint(40, 190), R.randint(0, 999)),
            "the new visa letter template v4 is live, thanks Kemal",
            "ticket INC0%06d opened for the passport reader on desk 3" % R.randint(0, 999999)])))]
    p = pi()
    if k < 0.66:
        return [mk("teams_chat", "%s %s: " % (stamp, who), Ph(p.full, "name"), "'s GOP came in from %s, limit ok. " % (INSURERS[p.ins][0] if p.ins else "self-pay (deposit)"),
                   "Their %s " % {"child": "son/daughter", "parent": "parent", "spouse": "spouse", "sibling": "sibling"}[p.rel_role], Ph(p.rel, "name"), " (", Ph(p.rel_phone, "phone"),
                   ") is the contact, pls update case ", Ph(p.case, "other_id"))]
    if k < 0.77:
        return [mk("teams_chat", "%s %s: family of " % (stamp, who), Ph(p.full, "name"), " arrived, staying at %s, " % p.hotel[0], Ph(p.hotel[1], "address"),
                   ". valet has their rental, plate ", Ph(R.choice(["TX ", ""]) + letters(3) + "-" + digits(4), "vehicle"))]
    if k < 0.88:
        u = R.choice([x for x in PEOPLE_U if age(x.dob) > 89] or PEOPLE_U)
        return [mk("teams_chat", "%s %s: heads up, " % (stamp, who), Ph(u.full, "name"), " is ", PhN(str(age(u.dob)), "age"),
                   " and still wants YF for the Amazon cruise on ", Ph(u.depart.strftime("%-m/%-d"), "date"), ", Dr Reyes wants a waiver letter instead")]
    return [mk("teams_chat", "%s %s: the brother of " % (stamp, who), Ph(p.full, "name"), " faxed the passport copy from ", Ph(local_phone(p.cc), "fax"),
                ", it's unreadable, can someone call him at ", Ph(p.rel_phone, "phone"), "?")]


INV_STATE = [0]


def f_inv():
    out = []
    if INV_STATE[0] == 0:
        out.append(mk("vax_inventory", "ts\tunit\tproduct\tndc\tlot\texp\tqty\ttemp_c\tstatus"))
        INV_STATE[0] = 1
    v = R.choice(VACC)
    out.append(mk("vax_inventory", "%s\tFRIDGE-TM-%d\t%s\t%s\t%s\t%s\t%d\t%.1f\t%s" % (
        ts_iso(ms=False), R.randint(1, 3), v[2], v[5], R.choice(LOTS[v[0]]), d_iso(rdate(dt.date(2024, 8, 1), dt.date(2026, 6, 30))),
        R.randint(0, 40), R.uniform(2.1, 8.4), R.choice(["OK", "OK", "OK", "LOW_STOCK", "TEMP_EXCURSION"]))))
    return out


def f_x12():
    p = R.choice([x for x in PEOPLE_U])
    t = NOW[0]
    ctl = R.randint(100000, 999999)
    pl = p.plan
    out = []
    if R.random() < 0.5:
        out.append(mk("x12_270", "ISA*00*          *00*          *ZZ*BMMCTRAVEL     *ZZ*AVAILITY       *%s*%s*^*00501*%09d*0*P*:~" % (
            t.strftime("%y%m%d"), t.strftime("%H%M"), ctl)))
        out.append(mk("x12_270", "GS*HS*BMMCTRAVEL*AVAILITY*%s*%s*%d*X*005010X279A1~" % (t.strftime("%Y%m%d"), t.strftime("%H%M"), ctl % 10000)))
    segs = [["ST*270*0001*005010X279A1~"], ["BHT*0022*13*TRV%d*%s*%s~" % (R.randint(1000, 9999), t.strftime("%Y%m%d"), t.strftime("%H%M"))],
            ["HL*1**20*1~"], ["NM1*PR*2*%s*****PI*%s~" % (pl[0].upper(), pl[2])], ["HL*2*1*21*1~"],
            ["NM1*1P*2*BAYOU MERIDIAN MEDICAL CENTER*****XX*%s~" % ORG_NPI], ["HL*3*2*22*0~"],
            ["TRN*1*%s*9%s~" % (digits(10), digits(9))],
            ["NM1*IL*1*", Ph("%s*%s*%s" % (mrzname(p.family).replace("<", "-"), mrzname(p.given).replace("<", " "), p.mid), "name"), "***MI*", Ph(p.member, "health_plan"), "~"],
            ["DMG*D8*", Ph(d8(p.dob), "date"), "*%s~" % p.sex], ["DTP*291*D8*", Ph(d8(p.visit), "date"), "~"], ["EQ*1~"],
            ["SE*13*0001~"]]
    if R.random() < 0.4:
        segs.insert(9, ["N3*", Ph(p.street.upper(), "address"), "~"])
        segs.insert(10, ["N4*", Ph(p.city.upper(), "address"), "*TX*", Ph(p.zip, "zip"), "~"])
    for s in segs:
        out.append(mk("x12_270", s))
    return out


FAMS = [(f_pino, 16), (f_hl7, 1.1), (f_icvp, 5), (f_mrz, 6), (f_docgen, 7), (f_airamb, 4), (f_escort, 5), (f_interp, 7),
        (f_gop, 5), (f_pay, 8), (f_nginx, 16), (f_syslog, 22), (f_java, 1.6), (f_fhir, 5), (f_sms, 8), (f_pg, 10),
        (f_ledger, 1.6), (f_chat, 11), (f_inv, 9), (f_x12, 0.45)]
CLINIC_HOURS = {f_icvp, f_hl7, f_chat, f_escort, f_mrz, f_interp, f_docgen, f_x12, f_pino, f_ledger, f_fhir}
SINGLE = {f_pino, f_icvp, f_docgen, f_escort, f_interp, f_gop, f_pay, f_nginx, f_syslog, f_fhir, f_sms, f_pg, f_chat}


def main():
    lines = []
    fns = [f for f, w in FAMS]
    ws = [w for f, w in FAMS]
    unused = list(fns)
    nev = 0
    while len(lines) < NLINES:
        NOW[0] = NOW[0] + dt.timedelta(seconds=R.randint(15, 1100))
        nev += 1
        day = 7 <= NOW[0].hour < 20
        if nev % 12 == 5 and unused and day:
            f = unused[0]
        else:
            f = R.choices(fns, ws)[0]
            if not day and f in CLINIC_HOURS:
                f = R.choice([f_syslog, f_syslog, f_inv, f_nginx, f_nginx, f_pay, f_pg, f_gop, f_sms, f_airamb])
        ev = f()
        if len(lines) + len(ev) > NLINES:
            continue
        if f in unused:
            unused.remove(f)
        lines += ev
    if unused:
        sys.exit("families never used: %s" % unused)
    log = bytearray()
    labs = []
    for n, (fam, b, spans) in enumerate(lines, 1):
        if b"\n" in b or b"\r" in b or not b.strip():
            sys.exit("bad line %d: %r" % (n, b))
        b.decode("utf-8")
        last = 0
        out = []
        for s, e, cat, ph in spans:
            if not (0 <= s < e <= len(b)) or s < last:
                sys.exit("bad span line %d: %s %s" % (n, s, e))
            last = e
            got = b[s:e].decode("utf-8")
            if got != ph.r:
                sys.exit("span text mismatch line %d: %r vs %r" % (n, got, ph.r))
            dec = {None: lambda x: x, "json": lambda x: json.loads('"' + x + '"'), "xml": html.unescape,
                   "sql": lambda x: x.replace("''", "'"), "csv": lambda x: x.replace('""', '"'),
                   "pct": urllib.parse.unquote}[ph.enc](got)
            if dec != ph.v:
                sys.exit("decoded mismatch line %d: %r vs %r" % (n, dec, ph.v))
            if cat not in CATS:
                sys.exit("bad cat %s" % cat)
            out.append({"s": s, "e": e, "cat": cat})
        log += b + b"\n"
        labs.append(json.dumps({"line": n, "family": fam, "spans": out}))
    assert len(labs) == NLINES
    with open("pt.log", "wb") as fh:
        fh.write(bytes(log))
    with open("pt.labels.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(labs) + "\n")


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account", "license",
        "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}

if __name__ == "__main__":
    main()
