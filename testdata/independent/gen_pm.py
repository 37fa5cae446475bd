#!/usr/bin/env python3
"""Synthetic log corpus "pm": a contractor (Meridian Correctional Health
Partners, "MCHP") that runs health care inside immigration detention
facilities (South Mesa Detention Facility "SMDF", Cedar Flats Processing
Center "CFPC", Laredo Annex "LDA").  Everything is made up.

Systems simulated (one physical line per log line; multi-line records are
split across lines as a log reader sees them):
  intake-svc JSON (pino)        intake screenings: A-number, name, DOB ...
  sick-call kiosk key=value     kiosk firmware events and submitted requests
  pill-line eMAR logfmt         med pass / refusal / no-show at pill line
  TB tracker CSV export         IGRA / TST / CXR rows (header + rows)
  FHIR R4 Immunization/Patient  vaccine records sent to the state registry
  HL7 v2 ADT                    off-site hospital transfer (MSH/EVN/PID/NK1/PV1)
  transport dispatch syslog     RFC 5424 lines, transport officers, vans
  telepsychiatry (zap JSON)     video sessions, interpreters, room URLs
  ROI queue pipe rows           records requests from attorneys / consulates
  consulate e-mail (free text)  Spanish/French letters, one line each
  nginx access log              eHR portal, paths carry A-numbers / MRNs
  X12 837P                      claims to the payer (one line per transaction)
  Windows Security events       staff logons (no PHI)
  Java stack traces             records-service exceptions (multi-line)
  pgaudit                       SQL audit of the eHR database
  Omnicell-style fixed width    dispensing cabinet transactions
  LanguageLine pipe CSV         interpreter usage (no PHI)
  Teams chat export             nurses' chat, free text
  on-call pager SMS             SMS bodies to providers
  DME intake key=value          personal medical devices kept at intake
  kube / backup / kiosk health  infrastructure noise (no PHI)

Labeling decisions (grey cases):
  * A-number (alien registration number, any written form: A201455873,
    A-201-455-873, 201-455-873, bare 9 digits), EID subject ID, IDENT FIN,
    immigration-court bond docket numbers, wristband barcodes -> other_id.  The MCHP eHR chart
    number (MCH-#######, also FHIR Patient id) -> mrn.
  * Passport and consular ID (matricula) numbers of the detainee -> license.
  * Housing unit / bed (e.g. "B2-14L"), facility names and addresses,
    hospitals we send patients to: organisation sites, not PHI.
  * Country of birth, nationality, language: not PHI.  Years alone not PHI.
  * Dates: DOB, book-in, sick-call appointment, dose administration time
    (administered_at), TB placement/read dates, transfer/appointment dates,
    service dates in claims -> date.  Log record timestamps (line header,
    ts, @timestamp, syslog time) are never labeled even if they coincide.
  * Ages labeled only when > 89.
  * Staff (nurses, providers, transport officers, interpreters, records
    clerks), their NPIs, extensions, emails: not PHI.  Attorneys and
    consular officers acting professionally: not PHI.  Relatives /
    emergency contacts of the detainee: names, phones, emails, IPs, cards
    -> PHI.
  * Sick-call request IDs, ROI request IDs, telepsych session IDs, claim
    control/trace numbers of the payer, HL7 control IDs: transaction IDs,
    not labeled.  The patient control number in CLM01 (patient account)
    and trust/commissary account numbers -> account.
  * Full URLs that embed a patient identifier (room links, ROI download
    links) -> one `url` span for the whole URL.  In access-log request
    paths (no scheme) the identifier inside the path is labeled with its
    own category instead.
  * Serials of personal medical devices (CPAP, insulin pump, hearing aid)
    and IMEI of a detainee's phone -> device; kiosk and cabinet serials,
    facility vans and their plates -> not PHI.  A relative's car VIN/plate
    in a records request -> vehicle.
  * Fingerprint minutiae template (base64) -> biometric; booking photo
    base64 -> photo.
  * Masked card numbers (last four only) not labeled; a full PAN -> account.
  * Names of other detainees mentioned in free text -> name.
"""
import json
import urllib.parse
import random
import datetime as dt

SEED = 20240344
R = random.Random(SEED)
ID = "pm"
N_LINES = 500


class P:
    """A PHI value placed in a line. rep is its textual form in the line."""
    def __init__(self, value, cat, rep=None):
        self.value = value
        self.cat = cat
        self.rep = rep if rep is not None else str(value)


class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []  # (s, e, cat, expected_bytes)

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, value, cat, rep=None):
        rep = rep if rep is not None else str(value)
        b = rep.encode("utf-8")
        s = len(self.buf)
        self.buf += b
        self.spans.append((s, len(self.buf), cat, b, value))
        return self

    def add(self, x):
        if isinstance(x, P):
            return self.p(x.value, x.cat, x.rep)
        return self.t(x)

    def seq(self, *items):
        for x in items:
            self.add(x)
        return self


class S:
    """A JSON string value made of literal pieces and P pieces."""
    def __init__(self, *items):
        self.items = items


def jesc(s, ascii_only=False):
    return json.dumps(s, ensure_ascii=ascii_only)[1:-1]


def jemit(L, obj, ascii_only=False, sep=(",", ":")):
    """Write JSON into Line L; P values become labeled strings (or numbers)."""
    if isinstance(obj, dict):
        L.t("{")
        first = True
        for k, v in obj.items():
            if not first:
                L.t(sep[0])
            first = False
            L.t('"' + jesc(k, ascii_only) + '"' + sep[1])
            jemit(L, v, ascii_only, sep)
        L.t("}")
    elif isinstance(obj, list):
        L.t("[")
        for i, v in enumerate(obj):
            if i:
                L.t(sep[0])
            jemit(L, v, ascii_only, sep)
        L.t("]")
    elif isinstance(obj, S):
        L.t('"')
        for it in obj.items:
            if isinstance(it, P):
                L.p(it.value, it.cat, jesc(it.rep, ascii_only))
            else:
                L.t(jesc(it, ascii_only))
        L.t('"')
    elif isinstance(obj, P):
        if isinstance(obj.value, int):
            L.p(obj.value, obj.cat, str(obj.value))
        else:
            L.t('"')
            L.p(obj.value, obj.cat, jesc(obj.value, ascii_only))
            L.t('"')
    else:
        L.t(json.dumps(obj, ensure_ascii=ascii_only))
    return L


# ---------------------------------------------------------------- data pools
FIRST_M = ["José", "Luis Alberto", "Wilmer", "Edgar", "Jean-Baptiste", "Mamadou",
           "Oumar", "Rajinder", "Gurpreet", "Wei", "Dmitri", "Ahmad Shah",
           "Kwame", "Brayan", "Yeison", "Nelson", "Fritznel", "Arturo", "Moisés",
           "Tenzin", "Abdoulaye", "Kelvin", "Santos", "Cruz", "Angel"]
FIRST_F = ["María José", "Yesenia", "Dayana", "Rose", "Faith", "Esperanza",
           "Luz", "Guadalupe", "Mirlande", "Fatoumata", "Aminata", "Olga",
           "Precious", "Hope", "Xiomara", "Paz", "Ana Lucía", "Blessing",
           "Nadia", "Ruth", "Dilnoza", "Marisol"]
LAST = ["García-Ixcoy", "de la Cruz Morales", "Pérez López", "Tzoc", "Baltazar",
        "Hernández", "Mendoza Quispe", "Jean-Louis", "Pierre", "Diallo", "Sow",
        "Ba", "Singh", "Kaur", "Chen", "Lin", "Volkov", "Popescu", "Okafor-Mensah",
        "Haidari", "Stone", "Bird", "King", "Young", "Rivers", "Castillo Reyes",
        "Ajú", "Coj", "Méndez", "St. Fleur", "Nwosu", "Tamang", "Sherpa",
        "Ochoa", "Flores Ventura", "Mejía", "Gómez", "Dorvil", "Kouyaté",
        "Rahimi", "Faith", "Lovelace", "Guerrero", "Sánchez de León"]
COUNTRIES = [("GT", "Guatemala", "es"), ("HN", "Honduras", "es"), ("SV", "El Salvador", "es"),
             ("MX", "Mexico", "es"), ("VE", "Venezuela", "es"), ("HT", "Haiti", "ht"),
             ("SN", "Senegal", "fr"), ("MR", "Mauritania", "ar"), ("IN", "India", "pa"),
             ("CN", "China", "zh"), ("RU", "Russia", "ru"), ("AF", "Afghanistan", "ps"),
             ("GH", "Ghana", "en"), ("NP", "Nepal", "ne"), ("EC", "Ecuador", "es"),
             ("CO", "Colombia", "es"), ("RO", "Romania", "ro"), ("NG", "Nigeria", "en"),
             ("CM", "Cameroon", "fr"), ("PE", "Peru", "qu")]
PHONE_CC = {"GT": ("+502", 8), "HN": ("+504", 8), "SV": ("+503", 8), "MX": ("+52", 10),
            "VE": ("+58", 10), "HT": ("+509", 8), "SN": ("+221", 9), "IN": ("+91", 10),
            "CO": ("+57", 10), "EC": ("+593", 9), "NG": ("+234", 10)}
REL = ["esposa", "hermana", "madre", "brother", "wife", "cousin", "sœur", "mother", "tía", "son"]
US_CITIES = [("Houston", "TX", "770"), ("Riverside", "CA", "925"), ("Charlotte", "NC", "282"),
             ("Omaha", "NE", "681"), ("Queens", "NY", "113"), ("Nashville", "TN", "372"),
             ("Dalton", "GA", "307"), ("Homestead", "FL", "330"), ("Salem", "OR", "973")]
STREETS = ["Maple Ave", "W Airline Rd", "Calle Ocho", "Saddle Creek Rd", "Roosevelt Ave",
           "Nolensville Pike", "Cleveland Hwy", "Krome Ave", "Lancaster Dr NE", "Elm St"]

STAFF = ["RN Tamika Oyelaran", "LVN Kofi Osei", "RN Bethany Klug", "NP Marcus Delacroix",
         "Dr. Priya Venkataraman", "LVN Rosa Ibarra", "RN Dale Whitcomb", "PA-C Hannah Ostrowski",
         "Dr. Emeka Nnadi", "LPN Jolene Two Bears", "RN Sunil Mathew", "MA Kayla Brandt"]
STAFF_USERS = ["toyelaran", "kosei", "bklug", "mdelacroix", "pvenkataraman", "ribarra",
               "dwhitcomb", "hostrowski", "ennadi", "jtwobears", "smathew", "kbrandt",
               "svc_ehr_iface", "svc_backup", "roi.clerk2"]
OFFICERS = ["TO Ramirez #4471", "TO Beaumont #3318", "TO Kessler #5020", "TO Aguilar #2296",
            "Lt. Whitfield", "TO Nakamura #4002"]
PSYCH = ["Dr. Leonard Achterberg", "Dr. Sofia Barreto-Lund", "Dr. Anand Rao", "PMHNP Carla Voss"]
INTERP = ["INT-20417", "INT-33981", "INT-10552", "INT-48820", "INT-27713"]
HOSP = [("Mesa Regional Medical Center", "1800 N Palo Verde Blvd, Mesa Verde, TX 78577", "MESARMC"),
        ("St. Brendan Hospital", "402 Mission Ave, Cedar Flats, NM 88030", "STBRENDAN"),
        ("Laredo Valley Heart Institute", "7711 McPherson Rd, Laredo, TX 78041", "LVHI")]
FAC = ["SMDF", "CFPC", "LDA"]
ORG_ADDR = "4100 Commerce Pkwy, Suite 300, Nashville, TN 37211"
MEDS = [("isoniazid 300 mg tab", "PO"), ("pyridoxine 25 mg tab", "PO"), ("sertraline 50 mg tab", "PO"),
        ("metformin 500 mg tab", "PO"), ("lisinopril 10 mg tab", "PO"), ("insulin glargine 100 unit/mL", "SC"),
        ("buprenorphine 8 mg SL film", "SL"), ("quetiapine 100 mg tab", "PO"), ("amlodipine 5 mg tab", "PO"),
        ("rifampin 600 mg cap", "PO"), ("ibuprofen 400 mg tab", "PO"), ("olanzapine 10 mg ODT", "PO")]
VAX = [("140", "Influenza, seasonal, injectable"), ("213", "SARS-COV-2 (COVID-19) vaccine, UNSPECIFIED"),
       ("03", "MMR"), ("115", "Tdap"), ("21", "varicella"), ("43", "Hep B, adult"), ("83", "Hep A, ped/adol, 2 dose")]
MFR = ["SKB", "PFR", "MSD", "SEQ", "MOD"]

# --------------------------------------------------------------- checksums


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


def npi():
    base = "1" + "".join(R.choice("0123456789") for _ in range(8))
    return base + luhn_digit("80840" + base)


def pan():
    base = R.choice(["4", "51", "37"]) 
    ln = 15 if base == "37" else 16
    body = base + "".join(R.choice("0123456789") for _ in range(ln - len(base) - 1))
    return body + luhn_digit(body)


def imei():
    body = R.choice(["35", "86", "01"]) + "".join(R.choice("0123456789") for _ in range(12))
    return body + luhn_digit(body)


VIN_MAP = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7,
           "H": 8, "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4,
           "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = [R.choice(["1", "3", "5", "J"]), R.choice("FGHNT"), R.choice(al)] + [R.choice(al) for _ in range(5)] + \
        ["0", R.choice("LMNPRS"), R.choice(al)] + [R.choice("0123456789") for _ in range(6)]
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def ssn(valid=True):
    if not valid:
        return R.choice(["000-12-3456", "123-45-678", "999-00-1111", "666-21-0042"])
    a = R.choice([x for x in range(1, 900) if x != 666])
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    AN = A + N
    return "".join([R.choice("123456789"), R.choice(A), R.choice(AN), R.choice(N), R.choice(A),
                    R.choice(AN), R.choice(N), R.choice(A), R.choice(A), R.choice(N), R.choice(N)])


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def b64(n):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(R.choice(al) for _ in range(n))


def phone_intl(cc):
    pre, n = PHONE_CC.get(cc, ("+502", 8))
    d = str(R.randint(3, 9)) + "".join(R.choice("0123456789") for _ in range(n - 1))
    if n == 8:
        return "%s %s %s" % (pre, d[:4], d[4:])
    if n == 9:
        return "%s %s %s %s" % (pre, d[:2], d[2:5], d[5:])
    return "%s %s %s %s" % (pre, d[:3], d[3:6], d[6:])


def phone_us():
    return "(%d) %d-%04d" % (R.choice([713, 951, 704, 402, 718, 615, 706, 305, 503]),
                            R.randint(201, 989), R.randint(0, 9999))


# --------------------------------------------------------------- patients
def make_patient():
    sex = R.choice("MMMF")
    first = R.choice(FIRST_M if sex == "M" else FIRST_F)
    last = R.choice(LAST)
    if R.random() < 0.25:
        last = last + " " + R.choice(["Ramírez", "Xol", "Cabrera", "Lima", "Ortiz"]) if " " not in last else last
    cc, country, lang = R.choice(COUNTRIES)
    birth = dt.date(R.randint(1960, 2005), R.randint(1, 12), R.randint(1, 28))
    if R.random() < 0.02:
        birth = dt.date(R.randint(1929, 1933), R.randint(1, 12), R.randint(1, 28))
    anum = str(R.randint(200000000, 249999999)) if R.random() < 0.8 else "0" + str(R.randint(70000000, 99999999))
    city = R.choice(US_CITIES)
    pt = {
        "sex": sex, "first": first, "last": last, "cc": cc, "country": country, "lang": lang,
        "dob": birth, "anum": anum,
        "subj": str(R.randint(1100000000, 1399999999)),
        "fin": str(R.randint(1000000000, 1999999999)),
        "mrn": "MCH-%07d" % R.randint(100000, 2999999),
        "bookin": dt.date(2024, R.randint(1, 3), R.randint(1, 10)),
        "housing": "%s%d-%02d%s" % (R.choice("ABCDE"), R.randint(1, 4), R.randint(1, 48), R.choice("LU")),
        "passport": R.choice(["C", "E", "G", "P", "A"]) + "".join(R.choice("0123456789") for _ in range(R.choice([7, 8]))),
        "kin_rel": R.choice(REL),
        "kin_name": None,
        "kin_phone": phone_intl(cc) if R.random() < 0.5 else phone_us(),
        "trust": "%s%08d" % (R.choice(["TA", "CM"]), R.randint(0, 99999999)),
        "eoir": "%s-%03d-%04d" % (R.choice(["HOU", "LRD", "ELP"]), R.randint(100, 999), R.randint(100, 999)),
        "street": "%d %s" % (R.randint(10, 9899), R.choice(STREETS)) + (R.choice(["", "", " Apt %d" % R.randint(1, 40), " Trlr %d" % R.randint(1, 60)])),
        "city": city[0], "state": city[1], "zip": city[2] + "%02d" % R.randint(1, 99),
        "ssn": ssn(R.random() > 0.15) if R.random() < 0.35 else None,
        "email": None,
        "age_over": None,
    }
    fem = pt["kin_rel"] in ("esposa", "hermana", "madre", "wife", "sœur", "mother", "tía")
    masc = pt["kin_rel"] in ("brother", "son")
    pt["kin_name"] = R.choice(FIRST_F if fem else FIRST_M if masc else FIRST_F + FIRST_M) + " " + R.choice(LAST)
    if R.random() < 0.3:
        pt["email"] = "%s.%s%d@%s" % (pt["first"].split()[0].lower().replace("é", "e").replace("í", "i"),
                                      R.choice(["mx", "gt", "cruz", "lindo", "pierre"]), R.randint(1, 99),
                                      R.choice(["gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.es"]))
    return pt


PATIENTS = [make_patient() for _ in range(60)]


def pick():
    return R.choice(PATIENTS)


def name_fl(pt):
    return pt["first"] + " " + pt["last"]


def name_lf(pt):
    return pt["last"] + ", " + pt["first"]


def anum_fmt(pt, style=None):
    a = pt["anum"].rjust(9, "0")
    style = style if style is not None else R.randint(0, 3)
    return ["A" + a, "A-%s-%s-%s" % (a[:3], a[3:6], a[6:]), "%s-%s-%s" % (a[:3], a[3:6], a[6:]), a][style]


def age(pt, on):
    d = pt["dob"]
    return on.year - d.year - ((on.month, on.day) < (d.month, d.day))


# --------------------------------------------------------------- clock
T0 = dt.datetime(2024, 3, 11, 5, 58, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
NOW = [T0]


def tick(lo=1, hi=90):
    NOW[0] = NOW[0] + dt.timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
    return NOW[0]


def iso(t, ms=True, z=False):
    if z:
        u = t.astimezone(dt.timezone.utc)
        return u.strftime("%Y-%m-%dT%H:%M:%S") + (".%03dZ" % (u.microsecond // 1000) if ms else "Z")
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        s += ".%03d" % (t.microsecond // 1000)
    return s + "-05:00"


def today():
    return NOW[0].date()


# --------------------------------------------------------------- generators
def g_intake():
    pt = pick()
    t = tick()
    L = Line("intake_json")
    if R.random() < 0.3:
        obj = {"level": 30, "time": int(t.timestamp() * 1000), "pid": R.randint(1000, 9000), "hostname": "intake-svc-7c9d4f-%s" % hexs(5),
               "name": "intake-svc", "msg": "queue depth", "facility": R.choice(FAC), "pending": R.randint(0, 40),
               "oldest_wait_s": R.randint(10, 7200), "v": 1}
        return [jemit(L, obj)]
    bk = pt["bookin"]
    obj = {"level": 30, "time": int(t.timestamp() * 1000), "pid": R.randint(1000, 9000),
           "hostname": "intake-svc-7c9d4f-%s" % hexs(5), "name": "intake-svc",
           "reqId": "req-" + hexs(8), "msg": "intake.screening.completed",
           "detainee": {"aNumber": P(pt["anum"], "other_id"), "subjectId": P(pt["subj"], "other_id"),
                        "lastName": P(pt["last"], "name"), "firstName": P(pt["first"], "name"),
                        "dob": P(pt["dob"].isoformat(), "date"), "sex": pt["sex"],
                        "cob": pt["cc"], "lang": pt["lang"]},
           "bookIn": P(bk.isoformat(), "date"), "facility": R.choice(FAC), "housing": pt["housing"],
           "screen": {"tbSx": R.choice(["NEG", "NEG", "NEG", "POS_COUGH"]), "phq2": R.randint(0, 6),
                      "cssrs": R.choice(["low", "low", "moderate"]), "pregnant": None if pt["sex"] == "M" else R.choice([False, False, True]),
                      "chronic": R.sample(["HTN", "DM2", "asthma", "HIV", "HCV", "seizure", "none"], 2)},
           "screener": R.choice(STAFF), "durMs": R.randint(200, 2400)}
    if R.random() < 0.25 and pt["ssn"]:
        obj["detainee"]["ssn"] = P(pt["ssn"], "ssn")
    if R.random() < 0.2:
        obj["detainee"]["passportNo"] = P(pt["passport"], "license")
    a = age(pt, today())
    if a > 89:
        obj["detainee"]["age"] = P(a, "age")
    else:
        obj["detainee"]["age"] = a
    return [jemit(L, obj, ascii_only=R.random() < 0.5)]


SICK_TXT = [
    ("es", "DENTAL", "me duele la muela desde hace 3 dias no puedo comer"),
    ("es", "RX_REFILL", "necesito mi medicina para la presion se me acabo"),
    ("es", "MED", "tengo tos y fiebre en la noche"),
    ("en", "MED", "my knee is swollen after rec yard"),
    ("ht", "MED", "mwen gen doulè nan vant mwen"),
    ("fr", "DENTAL", "j'ai besoin de voir le dentiste svp"),
    ("es", "MH", "quiero ver al psicologo no duermo"),
    ("en", "OPTOM", "need glasses cant read my papers"),
    ("pa", "MED", "ਮੇਰੇ ਸਿਰ ਵਿੱਚ ਦਰਦ ਹੈ"),
    ("zh", "MED", "我的皮肤很痒"),
]


def g_kiosk():
    t = tick()
    kid = "KSK-%s-%s%02d" % (R.choice(FAC), R.choice("ABCDE"), R.randint(1, 6))
    L = Line("kiosk_kv")
    hdr = t.strftime("%Y-%m-%d %H:%M:%S") + " "
    r = R.random()
    if r < 0.55:
        L.t(hdr + "kiosk=%s fw=3.4.%d evt=%s batt=%d%% net=%s rssi=-%d uptime=%ds" % (
            kid, R.randint(1, 9), R.choice(["HEARTBEAT", "HEARTBEAT", "SCREEN_WAKE", "SYNC_OK", "PRINTER_PAPER_LOW"]),
            R.randint(40, 100), R.choice(["eth0", "wlan0"]), R.randint(40, 80), R.randint(100, 900000)))
        return [L]
    pt = pick()
    lang, cat, txt = R.choice(SICK_TXT)
    L.t(hdr + "kiosk=%s fw=3.4.%d evt=SICKCALL_SUBMIT req_id=SC-24-%07d anum=" % (kid, R.randint(1, 9), R.randint(0, 9999999)))
    L.p(pt["anum"], "other_id")
    L.t(" housing=%s lang=%s cat=%s" % (pt["housing"], lang, cat))
    if R.random() < 0.4:
        L.t(" wristband=")
        L.p("WB" + pt["subj"][-8:] + pt["fin"][-2:], "other_id")
    L.t(' text="' + txt)
    if R.random() < 0.2:
        other = pick()
        L.t(" mi compañero ")
        L.p(other["first"].split()[0] + " " + other["last"], "name")
        L.t(" tambien esta enfermo")
    L.t('" pin_ok=true')
    return [L]


def g_emar():
    t = tick()
    pt = pick()
    med, route = R.choice(MEDS)
    L = Line("emar_logfmt")
    if R.random() < 0.35:
        site = R.choice(FAC)
        L.t('ts=%s level=%s app=pillline-emar ver=2.18.3 site=%s window=%s event=%s passed=%d refused=%d no_show=%d scanner=%s dur_ms=%d' % (
            iso(t, z=True), R.choice(["info", "info", "warn"]), site, R.choice(["AM", "NOON", "PM", "HS"]),
            R.choice(["window_open", "window_close", "cart_sync", "barcode_retry"]), R.randint(0, 220), R.randint(0, 12),
            R.randint(0, 9), "HSM-%s-%02d" % (site, R.randint(1, 8)), R.randint(40, 9000)))
        return [L]
    ev = R.choice(["med_pass", "med_pass", "med_pass", "refused", "no_show", "held"])
    L.t('ts=%s level=info app=pillline-emar ver=2.18.3 site=%s window=%s event=%s mrn=' % (
        iso(t, z=True), R.choice(FAC), R.choice(["AM", "NOON", "PM", "HS"]), ev))
    L.p(pt["mrn"], "mrn")
    if R.random() < 0.6:
        L.t(" a_no=")
        L.p(anum_fmt(pt, 0), "other_id")
    L.t(' drug="%s" route=%s ndc=%05d-%04d-%02d lot=%s%d exp=2025-%02d' % (
        med, route, R.randint(1, 99999), R.randint(1, 9999), R.randint(1, 99), R.choice(["LK", "P", "AB"]),
        R.randint(10000, 99999), R.randint(1, 12)))
    if ev == "med_pass":
        adm = NOW[0] - dt.timedelta(minutes=R.randint(0, 20))
        L.t(" administered_at=")
        L.p(adm.strftime("%Y-%m-%dT%H:%M"), "date")
        L.t(' dot=%s mouth_check=ok' % R.choice(["true", "false"]))
    elif ev == "refused":
        L.t(' reason="%s" form=REFUSAL-%d' % (R.choice(["upset stomach", "no quiere", "court today", "religious fast"]), R.randint(100, 999)))
    L.t(' nurse="%s" dur_ms=%d' % (R.choice(STAFF), R.randint(40, 900)))
    return [L]


TB_HDR = "MRN,A_NUMBER,LAST,FIRST,DOB,FACILITY,METHOD,PLACED,READ,RESULT_MM,IGRA,CXR_DATE,CXR,STATUS,NEXT_DUE"


def g_tb():
    out = []
    if R.random() < 0.25:
        tick()
        L = Line("tb_csv")
        L.t(TB_HDR)
        out.append(L)
    for _ in range(R.randint(1, 3)):
        tick(0, 2)
        pt = pick()
        L = Line("tb_csv")
        placed = pt["bookin"] + dt.timedelta(days=R.randint(0, 2))
        method = R.choice(["IGRA", "TST", "CXR_ONLY", "IGRA"])
        L.p(pt["mrn"], "mrn").t(",").p(anum_fmt(pt, 3), "other_id").t(",")
        last = pt["last"]
        L.t('"' if "," in last else "").p(last, "name").t('"' if "," in last else "").t(",")
        L.p(pt["first"], "name").t(",").p(pt["dob"].strftime("%m/%d/%Y"), "date").t(",%s,%s," % (R.choice(FAC), method))
        if method == "TST":
            L.p(placed.strftime("%m/%d/%Y"), "date").t(",").p((placed + dt.timedelta(days=2)).strftime("%m/%d/%Y"), "date")
            L.t(",%d,," % R.choice([0, 0, 5, 12, 16]))
        else:
            L.t(",,,%s," % ("" if method == "CXR_ONLY" else R.choice(["NEG", "NEG", "POS", "INDET"])))
        if R.random() < 0.5 or method == "CXR_ONLY":
            L.p(min(placed + dt.timedelta(days=R.randint(1, 5)), today()).strftime("%m/%d/%Y"), "date").t(",%s," % R.choice(["NORMAL", "GRANULOMA", "CAVITARY-ISOLATE"]))
        else:
            L.t(",,")
        L.t(R.choice(["CLEARED", "CLEARED", "PENDING", "LTBI-TX", "AIIR"]) + ",")
        L.p((placed + dt.timedelta(days=365)).strftime("%m/%d/%Y"), "date")
        out.append(L)
    return out


def g_fhir_imm():
    t = tick()
    pt = pick()
    cvx, disp = R.choice(VAX)
    L = Line("fhir_immunization")
    occ = t - dt.timedelta(days=R.randint(0, 3), hours=R.randint(0, 6))
    obj = {"resourceType": "Immunization", "id": uuid4(), "meta": {"versionId": str(R.randint(1, 4)), "lastUpdated": iso(t, z=True)},
           "status": "completed",
           "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": cvx, "display": disp}]},
           "patient": {"reference": P("Patient/" + pt["mrn"], "mrn")},
           "occurrenceDateTime": P(occ.strftime("%Y-%m-%dT%H:%M:%S-05:00"), "date"),
           "primarySource": True, "lotNumber": "%s%d%s" % (R.choice(["FK", "EW", "U", "3C"]), R.randint(1000, 9999), R.choice(["A", "B", ""])),
           "manufacturer": {"display": R.choice(MFR)},
           "site": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActSite", "code": R.choice(["LA", "RA"])}]},
           "performer": [{"actor": {"display": R.choice(STAFF)}}],
           "location": {"display": "MCHP %s Clinic" % R.choice(FAC)}}
    obj["patient"] = {"reference": S("Patient/", P(pt["mrn"], "mrn"))}
    return [jemit(L, obj)]


def g_fhir_patient():
    t = tick()
    pt = pick()
    L = Line("fhir_patient")
    L.t('{"resourceType":"Patient","id":"').p(pt["mrn"], "mrn").t('","meta":{"lastUpdated":"%s","source":"#ecw-%s"},' % (iso(t, z=True), hexs(6)))
    L.t('"identifier":[{"system":"urn:oid:2.16.840.1.113883.3.7204.1","value":"').p(pt["mrn"], "mrn").t('"},')
    L.t('{"system":"urn:dhs:ice:a-number","value":"').p(anum_fmt(pt, 0), "other_id").t('"},')
    L.t('{"system":"urn:dhs:ice:eid-subject","value":"').p(pt["subj"], "other_id").t('"}],')
    L.t('"name":[{"use":"official","family":"').p(pt["last"], "name", jesc(pt["last"])).t('","given":["').p(pt["first"], "name", jesc(pt["first"])).t('"]}],')
    L.t('"gender":"%s","birthDate":"' % ("male" if pt["sex"] == "M" else "female")).p(pt["dob"].isoformat(), "date").t('",')
    if R.random() < 0.5:
        L.t('"address":[{"use":"old","line":["').p(pt["street"], "address").t('"],"city":"').p(pt["city"], "address")
        L.t('","state":"%s","postalCode":"' % pt["state"]).p(pt["zip"], "zip").t('"}],')
    L.t('"communication":[{"language":{"coding":[{"system":"urn:ietf:bcp:47","code":"%s"}]},"preferred":true}],' % pt["lang"])
    L.t('"contact":[{"relationship":[{"text":"%s"}],"name":{"text":"' % pt["kin_rel"]).p(pt["kin_name"], "name", jesc(pt["kin_name"]))
    L.t('"},"telecom":[{"system":"phone","value":"').p(pt["kin_phone"], "phone").t('"}]}]')
    L.t(',"managingOrganization":{"display":"Meridian Correctional Health Partners"}}')
    return [L]


def hl7_name(pt):
    parts = pt["first"].split(" ", 1)
    return pt["last"] + "^" + parts[0] + "^" + (parts[1] if len(parts) > 1 else "")


def g_hl7():
    t = tick()
    pt = pick()
    hosp = R.choice(HOSP)
    ctrl = "MCHP%s%04d" % (t.strftime("%y%m%d%H%M%S"), R.randint(0, 9999))
    ev = R.choice(["A01", "A04", "A03"])
    ts = t.strftime("%Y%m%d%H%M%S")
    out = []
    L = Line("hl7v2")
    L.t("MSH|^~\\&|ECW|MCHP_%s|RHAPSODY|%s|%s||ADT^%s^ADT_A01|%s|P|2.5.1|||AL|NE" % (
        R.choice(FAC), hosp[2], ts, ev, ctrl))
    out.append(L)
    L = Line("hl7v2")
    L.t("EVN|%s|%s|||%s" % (ev, ts, R.choice(STAFF_USERS[:12]).upper()))
    out.append(L)
    L = Line("hl7v2")
    L.t("PID|1||").p(pt["mrn"], "mrn").t("^^^MCHP^MR~").p(pt["anum"].rjust(9, "0"), "other_id").t("^^^DHS^AN~")
    L.p(pt["subj"], "other_id").t("^^^ICE^SID||").p(hl7_name(pt).rstrip("^"), "name").t("||")
    L.p(pt["dob"].strftime("%Y%m%d"), "date").t("|%s|||" % pt["sex"])
    if R.random() < 0.5:
        fac_addr = "%s^^Mesa Verde^TX^78577^USA^C" % "2250 Detention Rd"
        L.t(fac_addr)
    L.t("||||%s|||" % pt["lang"].upper())
    if pt["ssn"] and R.random() < 0.6:
        L.p(pt["ssn"].replace("-", ""), "ssn")
    L.t("|||||||||%s" % pt["cc"])
    out.append(L)
    if R.random() < 0.7:
        L = Line("hl7v2")
        kn = pt["kin_name"].split(" ", 1)
        L.t("NK1|1|").p(kn[1] + "^" + kn[0], "name").t("|%s||" % ("SPO" if pt["kin_rel"] in ("esposa", "wife") else "OTH"))
        L.p(pt["kin_phone"], "phone").t("||EC^Emergency Contact")
        out.append(L)
    L = Line("hl7v2")
    adm = NOW[0] - dt.timedelta(minutes=R.randint(5, 300))
    L.t("PV1|1|%s|ED^^^%s||||%s^%s^%s^^^^^NPI|||EMR||||7|||||" % (
        "E" if ev != "A03" else "I", hosp[2], npi(), "Nnadi", "Emeka"))
    L.p("V" + str(R.randint(10000000, 99999999)), "account").t("|||||||||||||||||||||||||")
    L.p(adm.strftime("%Y%m%d%H%M"), "date")
    if ev == "A03":
        L.t("|").p(NOW[0].strftime("%Y%m%d%H%M"), "date")
    out.append(L)
    return out


def g_transport():
    t = tick()
    pt = pick()
    hosp = R.choice(HOSP)
    L = Line("transport_syslog")
    L.t("<%d>1 %s trnsp-disp01.smdf.mchp.local dispatch %d TRIP - " % (R.choice([134, 134, 132]), iso(t, z=True), R.randint(2000, 9000)))
    kind = R.random()
    van = "G%02d-%04d" % (R.randint(10, 99), R.randint(1000, 9999))
    if kind < 0.35:
        L.t("trip_id=TR-%d status=%s van=%s plate=%s officers=\"%s; %s\" odo=%d fuel=%d%%" % (
            R.randint(100000, 999999), R.choice(["VAN_ASSIGNED", "RETURNED", "FUEL_LOG", "INSPECTION_OK"]), van, van,
            R.choice(OFFICERS), R.choice(OFFICERS), R.randint(20000, 180000), R.randint(10, 100)))
        return [L]
    appt = (NOW[0] + dt.timedelta(days=R.randint(0, 9))).replace(hour=R.choice([8, 9, 10, 13, 14]), minute=R.choice([0, 15, 30, 45]))
    L.t("trip_id=TR-%d status=%s subject_id=" % (R.randint(100000, 999999), R.choice(["SCHEDULED", "DEPARTED", "ARRIVED", "EMERGENT"])))
    L.p(pt["subj"], "other_id")
    if R.random() < 0.5:
        L.t(' detainee="').p(name_lf(pt).upper(), "name").t('"')
    L.t(" appt=").p(appt.strftime("%Y-%m-%d %H:%M"), "date")
    L.t(' dest="%s, %s" restraints=%s escort=2 officers="%s; %s" van=%s clinic_ref=%s' % (
        hosp[0], hosp[1], R.choice(["FULL", "WAIST_CHAIN", "WAIVED_MED"]), R.choice(OFFICERS), R.choice(OFFICERS), van,
        R.choice(["ortho", "OB", "cardiology", "dialysis", "oncology", "ED"])))
    return [L]


def g_telepsych():
    t = tick()
    pt = pick()
    L = Line("telepsych_json")
    sid = uuid4()
    r = R.random()
    base = {"level": "info", "ts": round(t.timestamp(), 3), "caller": "session/manager.go:%d" % R.randint(40, 400)}
    if r < 0.4:
        base.update({"msg": R.choice(["media stats", "turn relay allocated", "bitrate adapted"]), "session": sid,
                     "rtt_ms": R.randint(20, 300), "loss_pct": round(R.random() * 3, 2), "relay": "52.%d.%d.%d:3478" % (
                         R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), "codec": R.choice(["VP8", "H264"])})
        return [jemit(L, base)]
    site = R.choice(FAC)
    room = "https://telepsych.mchp-health.com/r/%s?pt=%s&tok=%s" % (hexs(10), pt["mrn"], hexs(16))
    base.update({"msg": "session started", "session": sid, "provider": R.choice(PSYCH),
                 "site": site, "endpoint": "cart-%s-%02d" % (site.lower(), R.randint(1, 9)),
                 "room_url": P(room, "url"), "interpreter": R.choice(INTERP + [None]),
                 "lang": pt["lang"], "visit_type": R.choice(["initial_eval", "f/u", "med_mgmt", "crisis"])})
    if R.random() < 0.5:
        base["patient"] = P(name_fl(pt), "name")
    return [jemit(L, base)]


def g_roi():
    t = tick()
    pt = pick()
    L = Line("roi_pipe")
    rtype = R.choice(["ATTORNEY", "ATTORNEY", "CONSULATE", "SELF", "FAMILY", "ICE_ERO", "COURT"])
    req = "ROI-24-%05d" % R.randint(0, 99999)
    L.t("%s|%s|%s|" % (t.strftime("%Y%m%d %H%M%S"), req, rtype))
    if rtype == "ATTORNEY":
        L.t("%s, Esq.|%s|G28=Y|" % (R.choice(["Miriam Solberg", "Tomás Echeverría", "Grace Adebayo-Hunt", "Paul Vukovich"]),
                                    R.choice(["intake@borderlegalaid.org", "msolberg@solberg-immlaw.com", "records@sanctuarylaw.net"])))
    elif rtype == "CONSULATE":
        L.t("Consulado General de %s|%s|G28=N/A|" % (pt["country"], "proteccion.%s@consulado.gob" % pt["cc"].lower()))
    elif rtype == "FAMILY":
        L.p(pt["kin_name"], "name").t(" (%s)|" % pt["kin_rel"])
        if pt["email"] and R.random() < 0.5:
            L.p(pt["email"], "email")
        else:
            L.p(pt["kin_phone"], "phone")
        L.t("|G28=N|")
    elif rtype == "SELF":
        L.t("self|kiosk|G28=N/A|")
    else:
        L.t("%s|%s|N/A|" % (R.choice(["SDDO Carrow", "AFOD Pinkney", "Clerk, 14th Dist. Ct."]), "ero.sndo.records@dhs.example.gov"))
    L.p(name_lf(pt), "name").t("|").p(anum_fmt(pt, R.randint(0, 2)), "other_id").t("|").p(pt["dob"].strftime("%m/%d/%Y"), "date")
    fr = pt["bookin"]
    L.t("|range=").p(fr.isoformat(), "date").t("..").p(today().isoformat(), "date")
    L.t("|%s|pages=%d|clerk=%s" % (R.choice(["RECEIVED", "AUTH_VERIFIED", "FULFILLED", "DENIED_NO_AUTH", "PENDING_SIGNATURE"]),
                                   R.randint(0, 340), R.choice(["roi.clerk1", "roi.clerk2", "jmcnair"])))
    out = [L]
    if R.random() < 0.3:
        L2 = Line("roi_pipe")
        tick(1, 4)
        link = "https://roi.mchp-health.com/dl/%s?a=%s&exp=%d" % (hexs(12), pt["anum"], int(NOW[0].timestamp()) + 604800)
        L2.t("%s|%s|LINK_SENT|" % (NOW[0].strftime("%Y%m%d %H%M%S"), req)).p(link, "url").t("|ttl=7d|sha256=%s" % hexs(64))
        out.append(L2)
    return out


def g_consulate_mail():
    t = tick()
    pt = pick()
    L = Line("email_text")
    r = R.random()
    L.t("%s mailgw[%d]: body=" % (t.strftime("%b %d %H:%M:%S"), R.randint(1000, 9999)))
    if pt["lang"] == "es" and r < 0.6:
        L.t('"Estimados: El Consulado General de %s solicita copia del expediente médico de nuestro connacional ' % pt["country"])
        L.p(name_fl(pt).upper(), "name").t(", A# ").p(anum_fmt(pt, 2), "other_id").t(", nacido el ")
        L.p(pt["dob"].strftime("%d/%m/%Y"), "date").t(", pasaporte ").p(pt["passport"], "license")
        L.t(', trasladado al hospital el ').p((today() - dt.timedelta(days=R.randint(1, 6))).strftime("%d/%m/%Y"), "date")
        L.t('. Atentamente, Lic. Verónica Ruiz Tello, Departamento de Protección."')
    elif pt["lang"] in ("fr", "ht") and r < 0.6:
        L.t('"Madame, Monsieur, le Consulat du %s demande des nouvelles de M. ' % pt["country"])
        L.p(name_fl(pt), "name").t(" (A-number ").p(anum_fmt(pt, 0), "other_id").t("), dont la famille (")
        L.p(pt["kin_phone"], "phone").t(') est sans nouvelles. Cordialement, Service consulaire."')
    else:
        L.t('"Please find attached signed G-28 and release for my client ')
        L.p(name_fl(pt), "name").t(" (DOB ").p(pt["dob"].strftime("%-m/%-d/%Y"), "date").t("; ").p("A" + pt["anum"], "other_id")
        L.t("; bond docket ").p(pt["eoir"], "other_id")
        L.t('). Hearing is set for ').p((today() + dt.timedelta(days=R.randint(5, 40))).strftime("%B %-d"), "date")
        L.t('. Thank you, Law Office of P. Vukovich, 611 Travis St Ste 900, Houston TX 77002, (713) 555-0142"')
    return [L]


UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.80",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0",
      "kube-probe/1.28", "python-requests/2.31.0", "ELB-HealthChecker/2.0"]


def g_nginx():
    t = tick(0, 20)
    L = Line("nginx_access")
    ip = "10.%d.%d.%d" % (R.choice([40, 41, 52]), R.randint(0, 20), R.randint(2, 250))
    ua = R.choice(UA)
    user = "-" if "/" in ua.split()[0] and not ua.startswith("Mozilla") else R.choice(STAFF_USERS[:12] + ["-"])
    L.t('%s - %s [%s] "' % (ip, user, t.strftime("%d/%b/%Y:%H:%M:%S -0500")))
    r = R.random()
    if r < 0.62:
        path = R.choice(["/static/js/app.%s.js" % hexs(8), "/healthz", "/api/v2/formulary?q=amox", "/favicon.ico",
                         "/api/v2/pill-line/windows?site=%s" % R.choice(FAC), "/static/css/main.%s.css" % hexs(8),
                         "/api/v2/kiosks/status", "/login?next=%2Fdashboard"])
        L.t("GET %s HTTP/1.1" % path)
    else:
        pt = pick()
        m = R.random()
        if m < 0.4:
            L.t("GET /api/v2/detainees/").p(anum_fmt(pt, 0), "other_id").t("/chart?tab=%s HTTP/1.1" % R.choice(["meds", "problems", "tb", "allergies"]))
        elif m < 0.7:
            L.t("GET /ehr/patient/").p(pt["mrn"], "mrn").t("/encounters?from=").p(pt["bookin"].isoformat(), "date").t(" HTTP/1.1")
        elif m < 0.85:
            L.t("POST /api/v2/sickcall/SC-24-%07d/triage HTTP/1.1" % R.randint(0, 9999999))
        else:
            ln = pt["last"].split()[0]
            L.t("GET /search?ln=").p(ln, "name", urllib.parse.quote(ln))
            L.t("&dob=").p(pt["dob"].isoformat(), "date").t(" HTTP/1.1")
    L.t('" %d %d "-" "%s" rt=%.3f' % (R.choice([200, 200, 200, 304, 401, 404, 500]), R.randint(120, 90000), ua, R.random() * 2))
    return [L]


def g_x12():
    t = tick()
    pt = pick()
    L = Line("x12_837p")
    ctl = "%09d" % R.randint(1, 999999999)
    svc = today() - dt.timedelta(days=R.randint(1, 20))
    L.t("ISA*00*          *00*          *ZZ*MCHP01         *ZZ*VAFSC          *%s*%s*^*00501*%s*0*P*:~" % (
        t.strftime("%y%m%d"), t.strftime("%H%M"), ctl))
    L.t("GS*HC*MCHP01*VAFSC*%s*%s*%d*X*005010X222A1~ST*837*0001*005010X222A1~" % (t.strftime("%Y%m%d"), t.strftime("%H%M"), R.randint(1, 9999)))
    L.t("BHT*0019*00*%s*%s*%s*CH~" % (hexs(10).upper(), t.strftime("%Y%m%d"), t.strftime("%H%M")))
    L.t("NM1*85*2*MERIDIAN CORRECTIONAL HEALTH PARTNERS*****XX*%s~N3*4100 COMMERCE PKWY STE 300~N4*NASHVILLE*TN*37211~" % npi())
    L.t("SBR*P*18*******OF~NM1*IL*1*")
    parts = pt["first"].split(" ", 1)
    L.p(pt["last"].upper(), "name").t("*").p(parts[0].upper(), "name").t("****MI*").p(pt["anum"].rjust(9, "0"), "other_id").t("~")
    L.t("DMG*D8*").p(pt["dob"].strftime("%Y%m%d"), "date").t("*%s~" % pt["sex"])
    L.t("CLM*").p("%s%06d" % (pt["mrn"][-4:], R.randint(0, 999999)), "account").t("*%d.%02d***11:B:1*Y*A*Y*Y~" % (R.randint(80, 4000), R.randint(0, 99)))
    L.t("HI*ABK:%s~" % R.choice(["R051", "K0889", "I10", "Z111", "F329", "E119"]))
    L.t("LX*1~SV1*HC:%s*%d*UN*1***1~DTP*472*D8*" % (R.choice(["99213", "99214", "D0140", "86480", "71046"]), R.randint(50, 400)))
    L.p(svc.strftime("%Y%m%d"), "date").t("~SE*18*0001~GE*1*%d~IEA*1*%s~" % (R.randint(1, 9999), ctl))
    return [L]


def g_winsec():
    t = tick(0, 30)
    L = Line("win_security")
    eid = R.choice([4624, 4624, 4625, 4634, 4672, 4740])
    L.t("%s MCHP-DC02.mchp.local Microsoft-Windows-Security-Auditing[%d]: EventID=%d TargetUserName=%s TargetDomainName=MCHP LogonType=%d IpAddress=10.%d.%d.%d WorkstationName=%s-NURSE-%02d Status=%s" % (
        t.strftime("%b %d %H:%M:%S"), R.randint(500, 900), eid, R.choice(STAFF_USERS), R.choice([2, 3, 10]),
        R.choice([40, 41]), R.randint(0, 20), R.randint(2, 250), R.choice(FAC), R.randint(1, 30),
        "0x0" if eid != 4625 else "0xC000006A"))
    return [L]


def g_trace():
    t = tick()
    pt = pick()
    out = []
    L = Line("java_trace")
    L.t("%s ERROR [records-svc,%s,%s] 1 --- [nio-8443-exec-%d] c.m.r.api.RequestController : ROI export failed" % (
        t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000), hexs(16), hexs(16), R.randint(1, 20)))
    out.append(L)
    L = Line("java_trace")
    if R.random() < 0.6:
        L.t("org.springframework.dao.DuplicateKeyException: PreparedStatementCallback; ERROR: duplicate key value violates unique constraint \"roi_subject_uk\"; Detail: Key (a_number, dob)=(")
        L.p(pt["anum"], "other_id").t(", ").p(pt["dob"].isoformat(), "date").t(") already exists.")
    else:
        L.t("java.lang.IllegalStateException: PDF render failed for chart ").p(pt["mrn"], "mrn").t(": font 'NotoSans-Regular' missing glyph U+%04X" % R.randint(0x0900, 0x0A7F))
    out.append(L)
    for fr in R.sample(["\tat org.springframework.jdbc.core.JdbcTemplate.translateException(JdbcTemplate.java:1546)",
                        "\tat com.mchp.records.export.ChartPdfExporter.render(ChartPdfExporter.java:212)",
                        "\tat com.mchp.records.api.RequestController.export(RequestController.java:88)",
                        "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
                        "\tat org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1791)"], R.randint(2, 4)):
        L = Line("java_trace")
        L.t(fr)
        out.append(L)
    L = Line("java_trace")
    L.t("\t... %d common frames omitted" % R.randint(20, 90))
    out.append(L)
    return out


def g_pgaudit():
    t = tick()
    L = Line("pgaudit")
    L.t("%s CDT [%d] %s@ehrprod LOG:  AUDIT: SESSION,%d,1,READ,SELECT,,," % (
        t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000), R.randint(10000, 60000),
        R.choice(STAFF_USERS), R.randint(1, 400)))
    r = R.random()
    if r < 0.4:
        L.t('"SELECT count(*) FROM pill_line.schedule WHERE window_id = $1 AND site_code = $2",<not logged>')
        return [L]
    pt = pick()
    if r < 0.7:
        L.t("\"SELECT p.mrn, p.last_nm, p.first_nm, t.result FROM tb.screen t JOIN core.patient p USING (pat_id) WHERE p.a_num = '")
        L.p(pt["anum"], "other_id").t("'\",<none>")
    else:
        L.t("\"SELECT * FROM core.patient WHERE upper(last_nm) LIKE '")
        L.p(pt["last"].upper(), "name").t("%' AND dob = '").p(pt["dob"].isoformat(), "date").t("'\",<none>")
    return [L]


def g_omnicell():
    t = tick()
    L = Line("cabinet_fixed")
    med = R.choice(MEDS)[0]
    tx = R.choice(["REMOVE", "REMOVE", "RETURN", "WASTE", "REFILL", "COUNT", "COUNT", "OVERRIDE"])
    user = R.choice(STAFF_USERS[:12])
    L.t("%s %-10s %-8s %-12s " % (t.strftime("%Y%m%d%H%M%S"), "OC-%s-%d" % (R.choice(FAC), R.randint(1, 3)), tx[:8], user[:12]))
    if tx in ("REFILL", "COUNT", "OVERRIDE"):
        L.t("%-12s %-10s %-30s %4d %s" % ("", "", med[:30], R.randint(1, 200), "D%02d-P%02d" % (R.randint(1, 12), R.randint(1, 20))))
    else:
        pt = pick()
        L.p(pt["mrn"], "mrn").t(" " * (13 - len(pt["mrn"])))
        L.p(pt["anum"].rjust(9, "0"), "other_id").t(" ")
        L.t("%-30s %4d %s" % (med[:30], R.randint(1, 4), "D%02d-P%02d" % (R.randint(1, 12), R.randint(1, 20))))
    return [L]


def g_interp():
    t = tick()
    L = Line("interp_pipe")
    L.t("%s|%s|%s|%s|%d|%s|%s|%.2f" % (t.strftime("%Y-%m-%d %H:%M:%S"), "LL-%d" % R.randint(10000000, 99999999),
                                        R.choice(["Spanish", "Haitian Creole", "K'iche'", "Mam", "Punjabi", "Mandarin", "Pulaar", "Russian", "Wolof"]),
                                        R.choice(INTERP), R.randint(1, 55), R.choice(FAC) + "-CLINIC", R.choice(["OPI", "VRI"]),
                                        R.random() * 60))
    return [L]


def g_teams():
    t = tick()
    pt = pick()
    L = Line("teams_chat")
    who = R.choice(STAFF)
    L.t("%s\t%s\t" % (iso(t, ms=False), who))
    r = R.random()
    if r < 0.3:
        L.t(R.choice(["pill line AM running 20 min late, C pod lockdown", "who has the keys to the AIIR room?",
                      "reminder: flu clinic Thursday in B gym, lot FK7731 expires 3/31",
                      "kiosk KSK-SMDF-B02 frozen again, ticket INC0048817 opened",
                      "telepsych cart 3 needs charging", "covering for Dr. Nnadi until 1500"]))
        return [L]
    if r < 0.6:
        L.t("heads up ").p(pt["last"].split()[0], "name").t(" in %s, A# " % pt["housing"]).p(anum_fmt(pt, 2), "other_id")
        L.t(" c/o chest pain 7/10, BP %d/%d, sending to ED per NP" % (R.randint(140, 190), R.randint(85, 115)))
    elif r < 0.8:
        L.t("can someone call ").p(pt["kin_name"], "name").t(" (%s) back at " % pt["kin_rel"]).p(pt["kin_phone"], "phone")
        L.t(" re: pt ").p(name_fl(pt), "name").t(", she called 3x today")
    else:
        L.t("TST read for ").p(name_lf(pt), "name").t(" DOB ").p(pt["dob"].strftime("%m/%d/%y"), "date").t(" = %d mm, placed " % R.choice([0, 5, 11, 15]))
        L.p((today() - dt.timedelta(days=2)).strftime("%-m/%-d"), "date")
    return [L]


def g_pager():
    t = tick()
    pt = pick()
    L = Line("pager_sms")
    L.t("%s smsgw to=+1615555%04d from=MCHP-ONCALL seg=1 body=\"" % (iso(t, ms=False), R.randint(100, 199)))
    r = R.random()
    if r < 0.35:
        L.t("CRIT LAB: K %.1f pt " % (R.random() * 2 + 5.6)).p(pt["mrn"], "mrn").t(" %s. call lab x%d" % (R.choice(FAC), R.randint(4000, 4999)))
    elif r < 0.7:
        L.t("PAGE: ").p(name_lf(pt).upper(), "name").t(" ").p("A" + pt["anum"], "other_id").t(" SI w/ plan, on 1:1 obs %s. Telepsych req'd" % pt["housing"])
    else:
        L.t("Hosp update: pt ").p(pt["subj"], "other_id").t(" admitted %s, est d/c " % R.choice(HOSP)[2])
        L.p((today() + dt.timedelta(days=R.randint(1, 5))).strftime("%m/%d"), "date")
    L.t('" status=%s msgid=%s' % (R.choice(["DELIVERED", "QUEUED", "SENT"]), "SM" + hexs(32)))
    return [L]


def g_dme():
    t = tick()
    pt = pick()
    L = Line("dme_kv")
    L.t("%s intake-dme: anum=" % iso(t, z=True)).p(pt["anum"], "other_id")
    kind = R.choice(["CPAP", "insulin_pump", "hearing_aid", "phone_med_app", "glucometer"])
    if kind == "CPAP":
        L.t(' item=CPAP mfr="ResMed AirSense 10" sn=').p("23%09d" % R.randint(0, 999999999), "device")
    elif kind == "insulin_pump":
        L.t(' item=insulin_pump mfr="Medtronic MiniMed 780G" sn=').p("NG%07dH" % R.randint(0, 9999999), "device")
    elif kind == "hearing_aid":
        L.t(' item=hearing_aid side=%s sn=' % R.choice(["L", "R"])).p("%010d" % R.randint(0, 9999999999), "device")
    elif kind == "glucometer":
        L.t(' item=glucometer mfr="Accu-Chek Guide" sn=').p("%08d" % R.randint(0, 99999999), "device")
    else:
        L.t(' item=cellphone reason="med list in phone" imei=').p(imei(), "device")
    L.t(" disposition=%s tagged_by=%s bin=MED-%03d" % (R.choice(["RETAINED_HOUSING", "CLINIC_STORAGE", "PROPERTY"]),
                                                       R.choice(STAFF_USERS[:12]), R.randint(1, 300)))
    return [L]


def g_infra():
    t = tick(0, 40)
    L = Line(R.choice(["k8s_json", "backup_log", "kiosk_mqtt"]))
    if L.family == "k8s_json":
        obj = {"@timestamp": iso(t, z=True), "log.level": R.choice(["info", "warn"]),
               "kubernetes": {"namespace": "ehr-prod", "pod": "records-svc-%s-%s" % (hexs(9), hexs(5)), "container": "records-svc"},
               "message": R.choice(["HikariPool-1 - Connection is not available, request timed out after 30000ms",
                                    "Started RecordsApplication in 14.221 seconds (process running for 15.9)",
                                    "GET /actuator/health 200 3ms", "cache eviction: 412 entries"]),
               "trace.id": hexs(32), "span.id": hexs(16), "service.version": "4.12.%d" % R.randint(0, 9)}
        return [jemit(L, obj)]
    if L.family == "backup_log":
        L.t("%s veeam-proxy01 Job 'EHR-SQL-Nightly' %s: processed %.1f GB, transferred %.1f GB, duration %02d:%02d:%02d, restore point %s" % (
            t.strftime("%Y-%m-%d %H:%M:%S"), R.choice(["Success", "Warning"]), R.random() * 900, R.random() * 90,
            R.randint(0, 3), R.randint(0, 59), R.randint(0, 59), uuid4()))
        return [L]
    L.t("mqtt topic=mchp/kiosk/%s/telemetry qos=1 payload={\"sn\":\"KS%s%06d\",\"temp_c\":%.1f,\"disk_free_mb\":%d,\"app\":\"sickcall-kiosk\",\"build\":\"%d.%d.%d+%s\"} broker=mqtt.mchp-health.com:8883" % (
        R.choice(FAC).lower(), R.choice(["A", "B"]), R.randint(0, 999999), 30 + R.random() * 20, R.randint(100, 30000),
        3, 4, R.randint(1, 9), hexs(7)))
    return [L]


def g_biometric():
    t = tick()
    pt = pick()
    L = Line("ident_sync_json")
    if R.random() < 0.4:
        obj = {"ts": iso(t, z=True), "svc": "ident-bridge", "evt": "batch_sync", "batch": uuid4(), "records": R.randint(1, 60),
               "ok": True, "endpoint": "https://ident-gw.example.gov:8443/v3/enroll", "latency_ms": R.randint(80, 4000)}
        return [jemit(L, obj)]
    obj = {"ts": iso(t, z=True), "svc": "ident-bridge", "evt": "photo_fp_attach",
           "fin": P(pt["fin"], "other_id"), "a_number": P(pt["anum"], "other_id"),
           "fp_template": P("Rk1SACAyMAA" + b64(R.randint(60, 110)), "biometric"),
           "fmt": "ISO19794-2:2005", "finger": R.choice(["R_INDEX", "L_INDEX", "R_THUMB"]), "nfiq": R.randint(1, 5)}
    if R.random() < 0.5:
        obj["photo_b64"] = P("/9j/4AAQSkZJRgABAQEASABIAAD/" + b64(R.randint(80, 140)), "photo")
    return [jemit(L, obj)]


def g_commissary():
    t = tick()
    pt = pick()
    L = Line("copay_gateway")
    r = R.random()
    L.t("%s,%03d [copay-gw] " % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000))
    if r < 0.4:
        L.t("INFO settlement batch %d closed: %d txns, $%.2f, merchant MID 4450%07d" % (R.randint(1000, 9999), R.randint(1, 90), R.random() * 900, R.randint(0, 9999999)))
        return [L]
    L.t("WARN deposit_for_copay trust_acct=").p(pt["trust"], "account")
    if r < 0.7:
        L.t(" card=****%04d depositor=" % R.randint(0, 9999)).p(pt["kin_name"], "name").t(" amt=%.2f result=APPROVED" % (R.random() * 80 + 5))
    else:
        L.t(" result=DECLINED raw_pan=").p(pan(), "account").t(' avs_zip=').p(pt["zip"], "zip").t(" depositor_email=")
        L.p(pt["email"] or "%s%d@gmail.com" % (pt["kin_name"].split()[0].lower().replace("é", "e").replace("í", "i").replace("ú", "u"), R.randint(1, 999)), "email")
        L.t(" err=PAN_LOGGED_UNMASKED")
    return [L]


def g_roi_web():
    """ROI web form submission (family member) - includes requester IP, maybe vehicle."""
    t = tick()
    pt = pick()
    L = Line("roi_webform_json")
    ip = "%d.%d.%d.%d" % (R.choice([68, 71, 99, 172, 187, 201]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    obj = {"@timestamp": iso(t, z=True), "app": "roi-portal", "event": "form.submitted", "form": "MCHP-ROI-3",
           "requester": {"name": P(pt["kin_name"], "name"), "relationship": pt["kin_rel"],
                         "phone": P(pt["kin_phone"], "phone"), "client_ip": P(ip, "ip")},
           "subject": {"name": P(name_fl(pt), "name"), "a_number": P(anum_fmt(pt, 1), "other_id"),
                       "dob": P(pt["dob"].isoformat(), "date")},
           "purpose": R.choice(["continuity of care", "personal injury claim", "asylum case", "insurance"]),
           "captcha": "pass", "server": "roi-web-02", "build": "1.9.%d" % R.randint(0, 30)}
    if obj["purpose"] == "personal injury claim":
        obj["accident"] = {"vin": P(vin(), "vehicle"), "plate": P("%s%d%s" % (R.choice(["TX-", "GA-", "NE-"]), R.randint(100, 999), "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3))), "vehicle"),
                           "date": P((pt["bookin"] - dt.timedelta(days=R.randint(30, 400))).isoformat(), "date")}
    if R.random() < 0.3:
        obj["subject"]["former_address"] = {"street": P(pt["street"], "address"), "city": P(pt["city"], "address"),
                                            "state": pt["state"], "zip": P(pt["zip"], "zip")}
    if pt["ssn"] and R.random() < 0.5:
        obj["subject"]["ssn"] = P(pt["ssn"], "ssn")
    return [jemit(L, obj, ascii_only=True)]


def g_eligibility():
    t = tick()
    pt = pick()
    L = Line("elig_xml")
    if R.random() < 0.4:
        L.t('<EligResponse ts="%s" src="HMS-ELIG" status="NO_COVERAGE"><Payer>TX Medicaid</Payer><TraceNo>%s</TraceNo></EligResponse>' % (iso(t, z=True), hexs(12).upper()))
        return [L]
    L.t('<EligResponse ts="%s" src="HMS-ELIG" status="ACTIVE"><Member><Name>' % iso(t, z=True)).p(name_lf(pt), "name").t("</Name><DOB>")
    L.p(pt["dob"].isoformat(), "date").t("</DOB>")
    if R.random() < 0.5:
        L.t("<Payer>CMS Medicare Part A</Payer><MBI>").p(mbi(), "health_plan").t("</MBI>")
    else:
        L.t("<Payer>Emergency Medicaid</Payer><MedicaidId>").p("%09d" % R.randint(500000000, 799999999), "health_plan").t("</MedicaidId>")
    L.t("<Facility>%s</Facility></Member><TraceNo>%s</TraceNo></EligResponse>" % (R.choice(HOSP)[0], hexs(12).upper()))
    return [L]


GENS = [(g_intake, 6), (g_kiosk, 9), (g_emar, 8), (g_tb, 3), (g_fhir_imm, 3), (g_fhir_patient, 2), (g_hl7, 1.3),
        (g_transport, 5), (g_telepsych, 5), (g_roi, 3), (g_consulate_mail, 3), (g_nginx, 14), (g_x12, 2),
        (g_winsec, 15), (g_trace, 0.8), (g_pgaudit, 4), (g_omnicell, 6), (g_interp, 8), (g_teams, 5),
        (g_pager, 3), (g_dme, 2), (g_infra, 26), (g_biometric, 2.5), (g_commissary, 2), (g_roi_web, 2), (g_eligibility, 2)]


def main():
    lines = []
    fns = [g for g, _ in GENS]
    ws = [w for _, w in GENS]
    while len(lines) < N_LINES:
        g = R.choices(fns, ws)[0]
        group = g()
        if len(lines) + len(group) > N_LINES:
            continue  # never cut a multi-line record at the end of the file
        lines.extend(group)
    # verification
    for i, L in enumerate(lines, 1):
        b = bytes(L.buf)
        if b"\n" in b or b"\r" in b or not b:
            raise SystemExit("line %d bad newline/empty" % i)
        b.decode("utf-8")
        prev = 0
        for s, e, cat, exp, val in sorted(L.spans):
            txt = exp.decode("utf-8")
            if not (txt == str(val) or json.loads('"' + txt + '"') == str(val)
                    or urllib.parse.unquote(txt) == str(val)):
                raise SystemExit("line %d span value mismatch %r %r" % (i, txt, val))
            if not (0 <= s < e <= len(b)):
                raise SystemExit("line %d span out of range" % i)
            if s < prev:
                raise SystemExit("line %d overlapping spans" % i)
            if b[s:e] != exp:
                raise SystemExit("line %d span bytes mismatch %r %r" % (i, b[s:e], exp))
            if exp.strip() != exp or not exp:
                raise SystemExit("line %d span has surrounding whitespace %r" % (i, exp))
            prev = e
    with open(ID + ".log", "wb") as f:
        for L in lines:
            f.write(bytes(L.buf) + b"\n")
    with open(ID + ".labels.jsonl", "w", encoding="utf-8") as f:
        for i, L in enumerate(lines, 1):
            f.write(json.dumps({"line": i, "family": L.family,
                                "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _, _v in sorted(L.spans)]}) + "\n")


if __name__ == "__main__":
    main()
