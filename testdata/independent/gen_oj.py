#!/usr/bin/env python3
"""Generate oj.log / oj.labels.jsonl: a labeled synthetic-PHI log corpus.

Theme: "Seagrape Midwifery & Birth Center" (fictional), a home-birth midwifery practice and
freestanding birth center in North Miami, FL, with clients writing in English, Spanish and
Haitian Creole.  The mixed stream holds: prenatal visit notes (free text export and SOAP JSON),
labor flow sheets (CSV, fetal heart tones), newborn exam records and newborn-screening card
rows, state birth worksheet XML, booking-platform webhooks (pino JSON) and nginx access logs,
Square exports (CSV and webhook JSON), superbill pipe exports and X12 270/271 segments,
HL7 v2.5.1 ORU^R01 lab results, OCR text of lab PDFs, WordPress Contact Form 7 / PHP error
logs, Google Voice Takeout HTML text threads, a Go doula-matching backend (zap JSON, slog
text, GIN access lines, panics), PostgreSQL and Redis logs and Mailgun events.

Everything is synthetic.  Standard library only; deterministic (fixed seed).

Labeling decisions:
- Labeled people: clients (pregnant/postpartum persons), newborns, partners/fathers,
  relatives, emergency contacts, guarantors and insurance subscribers, and prospective
  clients writing through the web form, texts or the doula-matching app.
- Not labeled: midwives, nurses, students, doulas acting as providers, lab and billing
  staff, backup physicians, businesses (practice, labs, payers, hospitals, vendors), their
  addresses, phones, faxes, emails, NPIs, CLIA and tax IDs; bots and internal/private IPs.
- Names: every written name component is labeled (HL7/X12 components separately,
  "Last, First" as one span).  In placeholder names such as "Baby Girl Louissaint" only the
  surname is labeled.  Middle initials that stand alone in a name field are labeled.
- Addresses: street line (with apt/unit), city, neighbourhood and county are "address"; a
  ZIP is "zip"; the state and the country are not labeled.  Home-birth GPS coordinates
  (lat/lng) are "address" (geocodes).  A mother's foreign city of birth is "address".
  Mailgun geolocation city of a client's open/click is "address".
- Dates: birth dates, EDD, LMP, visit/service, appointment, collection, payment-in-billing
  rows, due dates typed by clients, and dates written inside messages/subjects are "date"
  (a date+time value is one span).  Software/log timestamps, created_at/updated_at,
  signature/audit times, message-send timestamps of text exports, webhook delivery times
  and HL7 MSH-7 / ORC-9 / X12 ISA-BHT times are not labeled.  Lab collection, received
  and reported dates (OCR text, HL7 OBR-7/OBR-22/OBX-14) and X12 DTP eligibility dates are
  labeled.  Times of day alone (flow-sheet rows, time of birth), gestational ages (28w3d)
  and years alone are not labeled.
- Ages are labeled only when over 89 (relatives in notes/texts); other ages are not.
- mrn: the practice chart number (SGM-####), the lab's patient ID (PID-3) and the booking
  platform's numeric patient id (also when echoed in Mailgun user-variables).
- other_id: encounter-like IDs that point at one client (booking appointment ids, lab
  placer/filler order and accession numbers, superbill/claim numbers, newborn-screening kit
  numbers, doula-app client ids, database row ids and usernames, Square customer ids,
  WordPress logins).  Payment, transaction, message, event, trace/span and request IDs are not labeled.
- account: patient/billing account numbers and full card numbers; card brand/last-4 and
  card fingerprints are not labeled.
- health_plan: Medicaid and commercial member/subscriber IDs; employer group numbers are not.
- license: driver's licence numbers of clients/partners and the state birth-certificate
  file number of the newborn.
- device: serials of a client's own device (glucose meter, rented TENS unit) and a client's
  phone push token; practice equipment serials (dopplers, OAE screeners) are not labeled.
- vehicle: licence plates and VINs of client/partner vehicles.
- url: client personal URLs (registries, fundraisers, social profiles); business URLs not.
- ip: public IPs of clients/site visitors (web access, form submissions, Mailgun opens).
- biometric: newborn footprint templates (ISO FMR base64).  photo: base64 client face
  images (doula profile photos are staff and not labeled).
- fax: a fax number given by a client/relative for records; practice and lab faxes not.
- OCR output is labeled as read, OCR errors included ("O3/27/19B4" is a date span).
- phone numbers typed by clients and phone keys in Redis/Postgres are "phone"; phone
  numbers of the practice's Google Voice line are not.
"""
import base64
import datetime as dt
import json
import os
import random
import string
import unicodedata

SEED = 26031996
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "oj"
CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}

# ---------------------------------------------------------------- span markers / line builder
MS, MC, ME = "\ue000", "\ue001", "\ue002"
NS, NE = "\ue003", "\ue004"


def P(v, cat):
    assert cat in CATS, cat
    v = str(v)
    assert MS not in v and "\n" not in v
    return MS + cat + MC + v + ME


def PN(v, cat):
    """PHI that must appear as a bare JSON number."""
    return NS + P(v, cat) + NE


def jd(obj, compact=True):
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":") if compact else (", ", ": "))
    return s.replace('"' + NS, "").replace(NE + '"', "")


class Line:
    """Appends text and records byte offsets of PHI spans as it goes."""

    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []
        self.vals = []

    def add(self, text):
        self.buf += text.encode("utf-8")

    def phi(self, val, cat):
        s = len(self.buf)
        self.add(val)
        self.spans.append({"s": s, "e": len(self.buf), "cat": cat})
        self.vals.append(val)

    @classmethod
    def from_marked(cls, family, marked):
        ln = cls(family)
        i = 0
        while i < len(marked):
            j = marked.find(MS, i)
            if j < 0:
                ln.add(marked[i:])
                break
            ln.add(marked[i:j])
            k = marked.index(MC, j)
            e = marked.index(ME, k)
            ln.phi(marked[k + 1:e], marked[j + 1:k])
            i = e + 1
        return ln

    def check(self):
        text = self.buf.decode("utf-8")
        assert "\n" not in text and "\r" not in text and text.strip() != ""
        for ch in (MS, MC, ME, NS, NE):
            assert ch not in text, text
        for sp, v in zip(self.spans, self.vals):
            assert self.buf[sp["s"]:sp["e"]].decode("utf-8") == v, (v, text)
            assert sp["cat"] in CATS
        return text


# ---------------------------------------------------------------- formatting helpers
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
       "septiembre", "octubre", "noviembre", "diciembre"]
MWA = ["janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm",
       "oktòb", "novanm", "desanm"]


def fdate(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.strftime('%y')}"
    if style == "us_nopad":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "md":
        return f"{d.month}/{d.day}"
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "mdy8":
        return d.strftime("%m%d%Y")
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "long_noyear":
        return f"{MONTHS[d.month - 1]} {d.day}"
    if style == "abbr":
        return f"{d.day:02d} {MONTHS[d.month - 1][:3]} {d.year}"
    if style == "abbr_us":
        return f"{MONTHS[d.month - 1][:3]} {d.day}"
    if style == "eu":
        return d.strftime("%d/%m/%Y")
    if style == "eu_dot":
        return d.strftime("%d.%m.%Y")
    if style == "es":
        return f"{d.day} de {MES[d.month - 1]} de {d.year}"
    if style == "es_short":
        return f"{d.day} de {MES[d.month - 1]}"
    if style == "ht":
        return f"{d.day} {MWA[d.month - 1]} {d.year}"
    if style == "ht_short":
        return f"{d.day} {MWA[d.month - 1]}"
    raise ValueError(style)


def fphone(digits, style):
    a, b, c = digits[:3], digits[3:6], digits[6:]
    return {
        "paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}",
        "plain": digits, "e164": f"+1{digits}", "intl": f"+1 {a} {b} {c}",
        "intl_paren": f"+1 ({a}) {b}-{c}", "one_dash": f"1-{a}-{b}-{c}",
        "space": f"{a} {b} {c}", "paren_tight": f"({a}){b}-{c}",
    }[style]


def rphone_style():
    return R.choice(["paren", "dash", "dot", "plain", "e164", "intl", "intl_paren",
                     "one_dash", "space", "paren_tight"])


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def b62(n):
    return "".join(R.choice(string.ascii_letters + string.digits) for _ in range(n))


def luhn_complete(prefix, length=16):
    digits = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return digits + str((10 - tot % 10) % 10)


def fake_ssn():
    while True:
        a = R.randint(100, 665)
        if a not in (219,):
            break
    return f"{a:03d}-{R.randint(10, 99):02d}-{R.randint(1000, 9999):04d}"


# ---------------------------------------------------------------- the business (not PHI)
PRACTICE = "Seagrape Midwifery & Birth Center"
PRACTICE_ADDR = "1450 NE 125th St, Suite 2, North Miami, FL 33161"
PRACTICE_PHONE = "(305) 891-4470"
PRACTICE_GV = "+13058914470"
PRACTICE_FAX = "(305) 891-4479"
PRACTICE_NPI = "1861739024"
PRACTICE_TIN = "65-1187342"
STAFF = [("Mireille", "Théodore", "CNM", "1457382910", "MT"),
         ("Rosalind", "Achebe", "CPM, LM", "1093827465", "RA"),
         ("Ana Lucía", "Ferreira", "LM", "1629384756", "AF"),
         ("Kayla", "Brandt", "SM", "", "KB"),
         ("Daphné", "Vilsaint", "RN", "", "DV")]
DOULAS = [("dl_0931", "Tamika Reyes"), ("dl_1177", "Marjorie Estimé"), ("dl_0412", "Carla Benítez"),
          ("dl_2290", "Grace Oyelaran"), ("dl_0088", "Noémie Laguerre"), ("dl_1534", "Beth Sandoval")]
BACKUP_OB = "Dr. Harold Fenwick, Jackson North OB"

# ---------------------------------------------------------------- clients (all synthetic)
CLIENT_SEEDS = [
    ("ht", "Widline", "Louissaint", "M", "Jean-Robert", "Esther", "F"),
    ("ht", "Mirlande", "Jean-Baptiste", "", "Wesner", "Nathanaël", "M"),
    ("ht", "Nadège", "Pierre-Louis", "R", "Fritznel", "Christelle", "F"),
    ("ht", "Guerline", "Dorvilus", "", "Jacky", "Kervens", "M"),
    ("ht", "Marie-Carmel", "Saint-Fleur", "J", "Reginald", "Woodley", "M"),
    ("ht", "Dieula", "Célestin", "", "Ronald", "Sarahline", "F"),
    ("ht", "Sherlie", "Bien-Aimé", "", "Junior", "Naïka", "F"),
    ("ht", "Djenane", "Exantus", "L", "Frantz", "Jeff", "M"),
    ("es", "Yesenia", "Quiñones", "", "Luis Ángel", "Mateo", "M"),
    ("es", "María José", "García Márquez", "", "Tomás", "Valentina", "F"),
    ("es", "Xiomara", "de la Cruz", "I", "Yunior", "Camila", "F"),
    ("es", "Lucía", "Hernández-Ruiz", "", "Alejandro", "Santiago", "M"),
    ("es", "Itzel", "Zúñiga", "", "José Manuel", "Ximena", "F"),
    ("es", "Yanelis", "Del Valle", "A", "Osmany", "Adrián", "M"),
    ("es", "Rocío", "Castañeda", "", "Iñaki", "Lía", "F"),
    ("es", "Dayana", "Peña", "", "Raúl", "Gael", "M"),
    ("en", "Keisha", "Washington", "D", "Marcus", "Amara", "F"),
    ("en", "Siobhan", "O'Sullivan", "", "Daniel", "Finn", "M"),
    ("en", "Emma", "van der Berg", "", "Tyler", "Noor", "F"),
    ("en", "Hodan", "Warsame", "", "Abdirahman", "Ayaan", "M"),
    ("en", "Ngozi", "Okafor", "C", "Kwame", "Chidera", "F"),
    ("en", "Thảo", "Nguyễn", "T", "Minh", "Kai", "M"),
    ("en", "Olena", "Kovalenko", "", "Dmitri", "Sofiia", "F"),
    ("en", "Leilani", "Kahananui", "", "Ezra", "Makoa", "M"),
    ("en", "Ayşe", "Yılmaz", "", "Emre", "Defne", "F"),
    ("en", "Rachel", "McAllister", "", "Sam", "Ezra", "M"),
]
STREETS = ["1182 NW 79th St", "640 NE 118th St", "15520 NW 7th Ave", "2231 NE 2nd Ave",
           "9410 SW 142nd Ct", "3301 W 16th Ave", "217 Opa-locka Blvd", "18851 NW 41st Pl",
           "4410 SW 8th St", "1025 Washington Ave", "7700 N Kendall Dr", "241 NW 59th Ter",
           "13100 NE 6th Ave", "6020 Johnson St", "3901 SW 112th Ave", "820 NW 132nd St",
           "11 NE 167th St", "5400 NW 2nd Ave", "2790 W 68th Pl", "1330 NE 141st St",
           "907 Alabama Ave", "16201 SW 288th St", "7440 Harding Ave", "500 NE 82nd Ter",
           "2605 NW 191st Ter", "1218 Sunset Dr"]
UNITS = ["", "", "", "Apt 4B", "Apt 3", "#407", "Unit 2", "Apt 1210", "Apt 12", "Lot 58"]
CITIES = [("Miami", "33150", "Miami-Dade"), ("Miami", "33138", "Miami-Dade"),
          ("Miami", "33127", "Miami-Dade"), ("North Miami", "33161", "Miami-Dade"),
          ("North Miami", "33168", "Miami-Dade"), ("Hialeah", "33012", "Miami-Dade"),
          ("Hialeah", "33010", "Miami-Dade"), ("Miami Gardens", "33055", "Miami-Dade"),
          ("Homestead", "33030", "Miami-Dade"), ("North Miami Beach", "33162", "Miami-Dade"),
          ("Opa-locka", "33054", "Miami-Dade"), ("Miami Beach", "33141", "Miami-Dade"),
          ("Kendall", "33176", "Miami-Dade"), ("Hollywood", "33020", "Broward"),
          ("Pembroke Pines", "33025", "Broward"), ("Miramar", "33023", "Broward"),
          ("Fort Lauderdale", "33311", "Broward"), ("El Portal", "33138", "Miami-Dade")]
HOODS = ["Little Haiti", "Little River", "Allapattah", "Liberty City", "Buena Vista", "Lemon City"]
PAYERS = [("FL Medicaid / Sunshine Health", "medicaid"), ("Simply Healthcare Plans", "medicaid"),
          ("Florida Blue (BCBS FL)", "bcbs"), ("Aetna Better Health of FL", "aetna"),
          ("Ambetter from Sunshine Health", "ambetter"), ("Self-pay", "self")]
BIRTHPLACES = {"ht": [("Port-au-Prince", "HT"), ("Cap-Haïtien", "HT"), ("Jacmel", "HT"), ("Les Cayes", "HT"), ("Gonaïves", "HT"), ("Jérémie", "HT")],
               "es": [("Santa Clara", "CU"), ("Tegucigalpa", "HN"), ("San Pedro Sula", "HN"), ("Barranquilla", "CO"), ("Caracas", "VE"), ("Camagüey", "CU")],
               "en": [("Mogadishu", "SO"), ("Lagos", "NG"), ("Huế", "VN"), ("Kyiv", "UA"), ("Hilo", "US"), ("Izmir", "TR"), ("Atlanta", "US"), ("Boston", "US")]}


def mk_email(first, last, i):
    f = ascii_fold(first).lower().replace(" ", "").replace("'", "")
    l_ = ascii_fold(last).lower().replace(" ", "").replace("'", "").replace("-", "")
    dom = ["gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "outlook.com", "aol.com"][i % 6]
    style = i % 5
    if style == 0:
        return f"{f}.{l_}@{dom}"
    if style == 1:
        return f"{f}{l_[:1]}{R.randint(80, 99)}@{dom}"
    if style == 2:
        return f"{f[0]}{l_}{R.randint(1, 30)}@{dom}"
    if style == 3:
        return f"{f}_{l_}@{dom}"
    return f"mama.{f}{R.randint(2, 9)}@{dom}"


def mk_phone():
    ac = R.choice(["305", "786", "305", "786", "954", "561"])
    return ac + str(R.randint(201, 989)) + f"{R.randint(0, 9999):04d}"


CLIENTS = []


def make_clients():
    CLIENTS.clear()
    for i, (lang, first, last, mi, partner, baby, bsex) in enumerate(CLIENT_SEEDS):
        city, zp, county = CITIES[R.randrange(len(CITIES))]
        dob = dt.date(R.randint(1983, 2004), R.randint(1, 12), R.randint(1, 28))
        born = i % 3 == 1 or i in (0, 8, 16)
        if born:
            edd = dt.date(2024, 2, 24) + dt.timedelta(days=R.randint(0, 19))
            bdate = min(dt.date(2024, 3, 10), edd + dt.timedelta(days=R.randint(-10, 9)))
        else:
            edd = dt.date(2024, 3, 26) + dt.timedelta(days=R.randint(0, 170))
            bdate = None
        payer, ptype = PAYERS[R.randrange(len(PAYERS))]
        if ptype == "medicaid":
            member = str(R.randint(1000000000, 9999999999))
        elif ptype == "bcbs":
            member = "XJH" + str(R.randint(100000000, 999999999))
        elif ptype == "aetna":
            member = "W" + str(R.randint(100000000, 999999999))
        elif ptype == "ambetter":
            member = "U" + str(R.randint(1000000000, 9999999999))
        else:
            member = ""
        c = dict(
            i=i, lang=lang, first=first, last=last, mi=mi, partner_first=partner,
            partner_last=last if R.random() < 0.5 else R.choice(["Dorsainvil", "Ramírez", "Mbeki",
                                                                    "Jeune", "Salazar", "Brooks", "Lindqvist", "Haddad"]),
            baby=baby, bsex=bsex, dob=dob, edd=edd, lmp=edd - dt.timedelta(days=280),
            bdate=bdate, born=born,
            phone=mk_phone(), partner_phone=mk_phone(),
            email=mk_email(first, last, i),
            street=STREETS[i % len(STREETS)], unit=R.choice(UNITS), city=city, zip=zp, county=county,
            lat=round(R.uniform(25.46, 26.14), 4), lng=round(R.uniform(-80.44, -80.13), 4),
            chart=f"SGM-{R.randint(100, 999):04d}", jane_id=R.randint(10000, 29999),
            lab_id=f"L{R.randint(40000000, 49999999)}", payer=payer, ptype=ptype, member=member,
            group=f"{R.randint(10000, 99999)}-{R.randint(100, 999)}", app_id="cl_" + b62(10),
            username=ascii_fold(first).lower().replace("ı", "i").split()[0][:6] + R.choice(["_", ".", ""]) +
            ascii_fold(last).lower().replace("ı", "i").replace(" ", "").replace("'", "")[:4] + str(R.randint(1, 99)),
            sq_id="".join(R.choice("ABCDEFGHJKMNPQRSTVWXYZ0123456789") for _ in range(26)),
            acct=f"PA-{R.randint(10000, 99999):07d}", ssn=fake_ssn(), partner_ssn=fake_ssn(),
            dl=f"{ascii_fold(last)[0].upper()}{R.randint(100, 999)}-{R.randint(100, 999)}-{dob.strftime('%y')}-{R.randint(100, 999)}-0",
            birthplace=R.choice(BIRTHPLACES[lang]), hood=R.choice(HOODS),
            gravida=R.randint(1, 5), tob=(R.randint(0, 23), R.randint(0, 59)), bw=R.randint(2750, 4300),
        )
        c["para"] = c["gravida"] - 1
        CLIENTS.append(c)


def full(c):
    return f"{c['first']} {c['last']}"


def addr_line(c):
    return c["street"] + (" " + c["unit"] if c["unit"] else "")


def cl():
    return CLIENTS[R.randrange(len(CLIENTS))]


def cl_preg():
    return R.choice([c for c in CLIENTS if not c["born"]])


def cl_born():
    return R.choice([c for c in CLIENTS if c["born"]])


def staff():
    return STAFF[R.randrange(3)]


def ga_at(c, d):
    days = (d - c["lmp"]).days
    return max(6, min(42, days // 7)), days % 7


# ---------------------------------------------------------------- clock
T0 = dt.datetime(2024, 3, 11, 6, 2, 17, 118000, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
CLK = [T0]


def tick(lo=3, hi=900):
    CLK[0] += dt.timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
    return CLK[0]


def now():
    return CLK[0]


def today():
    return CLK[0].date()


def epoch(t):
    return t.timestamp()


def ts_iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}" + t.strftime("%z")[:3] + ":" + t.strftime("%z")[3:]


def ts_utc_z(t):
    u = t.astimezone(dt.timezone.utc)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{u.microsecond // 1000:03d}Z"


# ======================================================================== families
# Each generator returns a list of (family, marked_text) tuples.

def prenatal_note():
    c = cl_preg()
    st = staff()
    vd = today() - dt.timedelta(days=R.randint(0, 3))
    gw, gd = ga_at(c, vd)
    fam = "prenatal_note_text"
    L = []
    L.append(f"==== Prenatal Visit — {PRACTICE} — {P(fdate(vd, R.choice(['iso', 'us', 'long'])), 'date')} ====")
    dobs = R.choice(["us", "iso", "us_nopad"])
    L.append(f"Client: {P(full(c), 'name')} (DOB {P(fdate(c['dob'], dobs), 'date')})  Chart# {P(c['chart'], 'mrn')}  "
             f"G{c['gravida']}P{c['para']}00{c['para']}  GA {gw}w{gd}d  EDD {P(fdate(c['edd'], R.choice(['us', 'us_short', 'iso'])), 'date')}")
    subj = {
        "ht": [f"S: Kliyan di: \"M santi ti bebe a ap fè anpil mouvman, men do m fè m mal le swa.\" Denies HA, visual changes, LOF, VB. Husband {P(c['partner_first'], 'name')} present, interpreting as needed.",
               f"S: Reports good FM. Mild heartburn after rice & beans, relieved w/ papaya enzyme. Says \"m pa dòmi byen\" — sleeping 5 h/night. Granmè l ({P(str(R.randint(90, 96)), 'age')} an) ap vin rete avè l apre akouchman an. Mother-in-law arriving from {P(c['birthplace'][0], 'address')} on {P(fdate(vd + dt.timedelta(days=R.randint(5, 30)), 'ht_short'), 'date')}."],
        "es": [f"S: Refiere contracciones de Braxton Hicks 3-4/día, movimientos fetales activos. Niega cefalea, visión borrosa, sangrado. Su pareja {P(c['partner_first'] + ' ' + c['partner_last'], 'name')} acompaña.",
               f"S: \"Me siento bien, solo cansada.\" Leg cramps at night, started Mg glycinate. Her abuela ({P(str(R.randint(90, 97)), 'age')}) hopes to attend the birth — discussed space at home."],
        "en": [f"S: Feeling well, baby active. Round ligament pain L side. Partner {P(c['partner_first'], 'name')} attending. Denies HA, visual changes, RUQ pain.",
               f"S: Wants her great-grandmother (age {P(str(R.randint(90, 98)), 'age')}) and partner {P(c['partner_first'], 'name')} present at birth; discussed space & stairs at home.",
               f"S: Anxious about GBS result; sister {P(R.choice(['Amina', 'Tasha', 'Maeve', 'Lindsey', 'Fatuma']) + ' ' + c['last'], 'name')} will be backup support, cell {P(fphone(c['partner_phone'], rphone_style()), 'phone')}."],
    }[c["lang"]]
    L.append(R.choice(subj))
    wt = R.randint(128, 230)
    L.append(f"O: BP {R.randint(98, 128)}/{R.randint(58, 82)}, P {R.randint(68, 96)}, wt {wt} lb ({R.choice(['+1', '+2', '+3', '-1', '+0'])}), "
             f"FH {max(12, gw + R.randint(-1, 1))} cm, FHT {R.randint(128, 156)} via doppler, {R.choice(['LOA', 'ROA', 'LOT', 'vertex, back R', 'breech?'])} by Leopold's. Urine {R.choice(['neg/neg', 'neg/tr prot', 'tr gluc/neg'])}.")
    extra = R.random()
    if extra < 0.2:
        L.append(f"A: GDM A1, diet-controlled. Fasting log reviewed from meter ({R.choice(['Contour Next One', 'Accu-Chek Guide', 'OneTouch Verio Reflect'])} SN {P(R.choice(['GN', 'HJ', 'KX']) + str(R.randint(1000000, 9999999)), 'device')}): 82-94 fasting, 1 h PP 110-131.")
    elif extra < 0.38:
        L.append(f"A: Healthy pregnancy {gw}w{gd}d, low risk, candidate for home birth. Home address on file: {P(addr_line(c), 'address')}, {P(c['city'], 'address')} {P(c['zip'], 'zip')}; "
                 f"GPS {P(str(c['lat']), 'address')},{P(str(c['lng']), 'address')} shared w/ EMS.")
    elif extra < 0.58:
        plate = R.choice(["QWK R27", "LMN4821", "JHT-T44", "CZ7 9PL", "BRD 118"])
        L.append(f"A: Rh neg — RhoGAM 300 mcg IM L deltoid today (lot# P1{R.randint(10000, 99999)}). Transfer plan: partner drives {R.choice(['silver Toyota Sienna', 'gray Honda CR-V', 'white Nissan Rogue'])} FL tag {P(plate, 'vehicle')}, {BACKUP_OB} 14 min.")
    elif extra < 0.72:
        vin = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
        L.append(f"A: Minor MVA {P(fdate(vd - dt.timedelta(days=R.randint(3, 12)), 'md'), 'date')} (rear-ended, belted). No abd trauma sx, FHT reassuring. PIP claim, vehicle VIN {P(vin, 'vehicle')} per police report.")
    else:
        L.append(f"A: Healthy pregnancy at {gw}w{gd}d. Hgb {round(R.uniform(10.4, 13.1), 1)}. Continue iron bisglycinate 25 mg.")
    rtc = vd + dt.timedelta(days=R.choice([7, 14, 14, 28]))
    L.append(f"P: {R.choice(['1-hr GTT + CBC drawn', 'GBS swab collected', 'Reviewed birth kit list', 'Discussed signs of PTL/PEC'])}. RTC {R.choice(['1 wk', '2 wks', '4 wks'])} "
             f"({P(fdate(rtc, R.choice(['md', 'us', 'abbr_us'])), 'date')}). — {st[0][0]}. {st[1]}, {st[2]}")
    return [(fam, x) for x in L]


def soap_json():
    c = cl()
    st = staff()
    vd = today()
    gw, gd = ga_at(c, vd)
    fam = "soap_json"
    pp = c["born"]
    if R.random() < 0.3:
        # template / audit noise
        return [(fam, jd({"event": R.choice(["template.updated", "template.published"]), "templateId": f"soap_prenatal_v{R.randint(5, 9)}",
                          "fields": R.randint(18, 41), "editor": f"{st[0]} {st[1]}", "ts": ts_iso_ms(now())}))]
    subj = {"ht": "Kliyan di li santi l byen, ti bebe a ap bouje anpil. Pa gen tèt fè mal.",
            "es": "Refiere sentirse bien; movimientos fetales presentes. Niega pérdida de líquido.",
            "en": "Feels well, active FM, occasional BH ctx. No LOF/VB."}[c["lang"]]
    obj = {
        "noteId": "n_" + hexs(12), "type": "SOAP", "visitType": R.choice(["postpartum-3d", "postpartum-2wk"]) if pp else R.choice(["prenatal", "prenatal-home"]),
        "visitDate": P(fdate(vd, "iso"), "date"),
        "client": {"name": P(f"{c['last']}, {c['first']}", "name"), "dob": P(fdate(c["dob"], "iso"), "date"), "chartNo": P(c["chart"], "mrn"),
                   "preferredLanguage": {"ht": "kreyòl", "es": "español", "en": "English"}[c["lang"]]},
        "gaWeeks": f"{gw}+{gd}",
        "subjective": subj if not pp else {"ht": "Li di bebe a ap tete byen, li dòmi 2-3 èdtan. Senyen an ap diminye.",
                                           "es": "Lactancia bien establecida, loquios disminuyendo, dolor perineal leve.",
                                           "en": "Nursing q2-3h, lochia rubra→serosa, mild perineal soreness, mood ok (EPDS 4)."}[c["lang"]],
        "objective": {"bp": f"{R.randint(98, 128)}/{R.randint(58, 82)}", "pulse": R.randint(68, 96), "fht": R.randint(126, 158),
                      "fundalHeight_cm": gw + R.randint(-1, 1), "urine": {"protein": "neg", "glucose": R.choice(["neg", "trace"])},
                      "edema": R.choice(["none", "1+ pedal", "trace"])},
        "assessment": R.choice(["IUP, low risk", "IUP, anemia (Hgb 10.6) on iron", "IUP, Rh neg, s/p RhIG", "IUP, GDM A1 diet-controlled"]),
        "plan": R.choice(["RTC 2 wks", "GBS at 36 wks", "Home visit 36 wks", "CBC + ferritin next visit"]),
        "signedBy": f"{st[0]} {st[1]}, {st[2]}", "signedAt": ts_iso_ms(now()),
    }
    if pp:
        del obj["gaWeeks"]
        obj["ppDay"] = (vd - c["bdate"]).days
        obj["visitType"] = "postpartum-3d" if obj["ppDay"] < 7 else ("postpartum-2wk" if obj["ppDay"] < 28 else "postpartum-6wk")
        obj["objective"] = {"bp": f"{R.randint(98, 128)}/{R.randint(58, 82)}", "pulse": R.randint(64, 92), "fundus": R.choice(["U-1, firm", "U-2, firm", "non-palpable"]),
                            "lochia": R.choice(["rubra, small", "serosa, small"]), "infantWeight_g": R.randint(2900, 4100)}
        obj["assessment"] = R.choice(["Normal puerperium", "Normal puerperium, nipple trauma L", "Normal puerperium, mild anemia"])
        obj["plan"] = R.choice(["2-wk visit at home", "Lactation f/u", "6-wk visit; contraception counselling"])
    if R.random() < 0.35:
        obj["emergencyContact"] = {"name": P(f"{c['partner_first']} {c['partner_last']}", "name"), "relation": "partner",
                                   "phone": P(fphone(c["partner_phone"], rphone_style()), "phone")}
    return [(fam, jd(obj))]


def labor_flowsheet():
    c = cl_born()
    st = staff()
    fam = "labor_flowsheet_csv"
    d = c["bdate"]
    out = []
    with_chart = R.random() < 0.4
    home = R.random() < 0.6
    loc = f"{P(addr_line(c), 'address')}, {P(c['city'], 'address')}" if home else "Birth Center Suite B"
    out.append(f"# Labor flow sheet | {P(full(c), 'name')} | {P(fdate(d, R.choice(['us', 'iso'])), 'date')} | site: {loc} | attending {st[0][0]}. {st[1]}")
    if with_chart:
        out.append("chart_no,time,stage,fht_bpm,fht_method,fht_baseline,decels,mat_bp,mat_pulse,temp_c,dil_cm,eff_pct,station,ctx_q_min,ctx_dur_s,fluid,position,notes,init")
    else:
        out.append("time,stage,fht_bpm,fht_method,fht_baseline,decels,mat_bp,mat_pulse,temp_c,dil_cm,eff_pct,station,ctx_q_min,ctx_dur_s,fluid,position,notes,init")
    steps = [R.choice([15, 30, 30, 45]) for _ in range(R.randint(4, 8))]
    tob_min = c["tob"][0] * 60 + c["tob"][1]
    start = tob_min - R.randint(5, 14) - sum(steps)
    h, m = divmod(start % 1440, 60)
    dil = R.randint(4, 6)
    station = -2
    fluid = R.choice(["intact", "intact", "SROM clear"])
    notes_pool = ["vocalizing well", "hydrating, voided", "in tub", "counterpressure by partner", "dozing between ctx",
                  "\"m pa kapab ankò\" — reassured", "pide agua, rebozo sifting", "shower, moaning low", ""]
    for step in steps:
        m += step
        h += m // 60
        m %= 60
        dil = min(10, dil + R.choice([0, 1, 1, 2]))
        station = min(2, station + R.choice([0, 0, 1]))
        stage = "1a" if dil < 6 else ("1b" if dil < 10 else "2")
        note = R.choice(notes_pool)
        if R.random() < 0.12:
            note = P(c["partner_first"], "name") + " doing hip squeezes"
        if "," in note or '"' in note:
            note = '"' + note.replace('"', '""') + '"'
        row = [f"{h % 24:02d}:{m:02d}", stage, str(R.randint(118, 158)), R.choice(["doppler", "fetoscope", "doppler"]),
               str(R.choice([130, 135, 140, 145])), R.choice(["none", "none", "early", "variable x1"]),
               f"{R.randint(104, 132)}/{R.randint(62, 84)}", str(R.randint(72, 104)), f"{R.uniform(36.6, 37.6):.1f}",
               str(dil) if R.random() < 0.6 else "", str(R.choice([80, 90, 100])) if R.random() < 0.5 else "", f"{station:+d}" if R.random() < 0.5 else "",
               str(R.choice([2, 3, 3, 4, 5])), str(R.choice([50, 60, 70, 80])), fluid, R.choice(["hands & knees", "side-lying L", "birth ball", "tub", "upright", "squat"]),
               note, R.choice([s[4] for s in STAFF])]
        if with_chart:
            row = [P(c["chart"], "mrn")] + row
        out.append(",".join(row))
    if R.random() < 0.6:
        out.append(f"# Birth {c['tob'][0]:02d}:{c['tob'][1]:02d} {'girl' if c['bsex'] == 'F' else 'boy'}, Apgars {R.randint(7, 9)}/{R.randint(8, 10)}, placenta intact "
                   f"{R.randint(8, 30)} min, EBL {R.randint(150, 450)} mL, {R.choice(['intact perineum', '1st deg, no repair', '2nd deg, repaired'])}")
    return [(fam, x) for x in out]


def newborn_exam():
    c = cl_born()
    st = staff()
    fam = "newborn_exam_text"
    bd = c["bdate"]
    sexw = "Girl" if c["bsex"] == "F" else "Boy"
    out = [R.choice(["--- Newborn Exam (initial, 1 hr) ---", "--- Newborn Exam (24-48 h home visit) ---", "--- Newborn Exam (initial, 1 hr) ---"])]
    tob_s = "%02d:%02d" % c["tob"]
    if R.random() < 0.5:
        inf = f"Baby {sexw} {P(c['last'], 'name')}"
    else:
        inf = f"{P(c['baby'] + ' ' + c['last'], 'name')}"
    out.append(f"Infant: {inf} | DOB/TOB: {P(fdate(bd, R.choice(['us', 'iso'])) + ' ' + tob_s, 'date')} | Sex: {c['bsex']} | "
               f"Mother: {P(full(c), 'name')}, chart {P(c['chart'], 'mrn')}")
    g = c["bw"]
    oz_total = g / 28.3495
    lb, oz = int(oz_total // 16), round(oz_total - 16 * int(oz_total // 16))
    if oz == 16:
        lb, oz = lb + 1, 0
    out.append(f"Wt {g} g ({lb} lb {oz} oz) | L {R.choice([48, 49.5, 50, 51, 52.5, 53])} cm | HC {R.choice([33, 34, 34.5, 35, 35.5])} cm | T {R.uniform(36.6, 37.4):.1f} C ax | HR {R.randint(120, 160)} | RR {R.randint(34, 58)}")
    out.append(f"Apgar {R.randint(7, 9)} (1 min) / {R.randint(8, 10)} (5 min)")
    out.append(R.choice(["Head: mild molding, AF soft/flat. Red reflex +bilat. Palate intact. Clavicles intact. Hips: Ortolani/Barlow neg. Spine intact, no sacral dimple.",
                         "Skin: vernix in creases, mongolian spots sacrum. Cord 3VC. Genitalia nl. Femoral pulses 2+ bilat. Suck strong, latched at 40 min.",
                         "Caput small, resolving. Ears nl set, no pits. Lungs clear. Abd soft, no masses. Anus patent, meconium x1."]))
    out.append(R.choice([f"Meds: Vit K 1 mg IM R thigh (lot {R.randint(1, 9)}K{R.randint(1000, 9999)}) — consented; erythromycin ointment declined by parents (form signed).",
                         "Meds: Vit K oral regimen chosen (2 mg x3); erythro given OU.",
                         f"CCHD @ {R.randint(24, 36)}h: RH {R.randint(96, 100)}% / foot {R.randint(95, 99)}% — PASS. Hearing OAE (Otoport SN OT{R.randint(10000, 99999)}): pass bilat."]))
    if R.random() < 0.7:
        fmr = base64.b64encode(b"FMR\x00 20\x00" + bytes(R.randint(0, 255) for _ in range(48))).decode()
        out.append(f"ID: band #{R.randint(1000, 9999)} matched to mother; footprint capture L/R ok, template fmr_b64={P(fmr, 'biometric')}")
    out.append(f"Examiner: {st[0][0]}. {st[1]}, {st[2]}")
    return [(fam, x) for x in out]


def nbs_card():
    c = cl_born()
    fam = "nbs_card_pipe"
    bd = c["bdate"]
    coll = bd + dt.timedelta(days=1)
    if R.random() < 0.25:
        return [(fam, f"NBSBATCH|{today().strftime('%Y%m%d')}|SUBMITTER=SEAGRAPE MIDWIFERY|NPI={PRACTICE_NPI}|CARDS={R.randint(1, 6)}|COURIER=UPS 1Z{hexs(6).upper()}0{R.randint(10000000, 99999999)}|STATUS=SHIPPED")]
    kit = f"{R.randint(24, 24)}{R.randint(100000, 999999)}"
    sexw = "BABY GIRL" if c["bsex"] == "F" else "BABY BOY"
    line = (f"NBS|KIT={P(kit, 'other_id')}|INF_LAST={P(ascii_fold(c['last']).upper(), 'name')}|INF_FIRST={sexw}|SEX={c['bsex']}|DOB={P(fdate(bd, 'mdy8'), 'date')}|TOB={c['tob'][0]:02d}{c['tob'][1]:02d}"
            f"|COLL={P(fdate(coll, 'mdy8') + ' ' + f'{R.randint(8, 18):02d}{R.randint(0, 59):02d}', 'date')}|BW_G={c['bw']}|GA_WK={R.randint(37, 41)}|FEED=BREAST|TPN=N|TRANSFUSED=N"
            f"|MOM_LAST={P(ascii_fold(c['last']).upper(), 'name')}|MOM_FIRST={P(ascii_fold(c['first']).upper(), 'name')}|MOM_DOB={P(fdate(c['dob'], 'mdy8'), 'date')}|MOM_PH={P(c['phone'], 'phone')}"
            f"|ADDR={P(addr_line(c).upper(), 'address')}|CITY={P(c['city'].upper(), 'address')}|ZIP={P(c['zip'], 'zip')}|SUBMITTER=SEAGRAPE MIDWIFERY|NPI={PRACTICE_NPI}|PCP=UNKNOWN")
    return [(fam, line)]


def birth_worksheet():
    c = cl_born()
    st = STAFF[R.randrange(2)]
    fam = "birth_worksheet_xml"
    bd = c["bdate"]
    ws = f"WS-{bd.year}-{R.randint(10000, 99999)}"
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<BirthWorksheet xmlns="urn:fl-doh:vitalstats:ewrs:2.3" worksheetId="{ws}" facilityType="{R.choice(["HOME_PLANNED", "FREESTANDING_BC"])}" facilityNpi="{PRACTICE_NPI}">']
    mid = R.choice(["", "", "Grace", "Marie", "José", "Emmanuel", "Lucía", "Rose", "Ikenna"])
    out.append(f'  <Child><Name><First>{P(c["baby"], "name")}</First><Middle>{P(mid, "name") if mid else ""}</Middle><Last>{P(c["last"], "name")}</Last></Name>'
               f'<Sex>{c["bsex"]}</Sex><DateOfBirth>{P(fdate(bd, "iso"), "date")}</DateOfBirth><TimeOfBirth>{c["tob"][0]:02d}{c["tob"][1]:02d}</TimeOfBirth></Child>')
    if "FREESTANDING" in out[1]:
        out.append(f'  <PlaceOfBirth type="2"><FacilityName>{PRACTICE.replace("&", "&amp;")}</FacilityName><Address>1450 NE 125th St</Address><City>North Miami</City><County>Miami-Dade</County><Zip>33161</Zip></PlaceOfBirth>')
    else:
        out.append(f'  <PlaceOfBirth type="3" planned="Y"><Address>{P(addr_line(c), "address")}</Address><City>{P(c["city"], "address")}</City>'
                   f'<County>{P(c["county"], "address")}</County><Zip>{P(c["zip"], "zip")}</Zip></PlaceOfBirth>')
    out.append(f'  <Mother><LegalName><First>{P(c["first"], "name")}</First><Middle>{P(c["mi"], "name") if c["mi"] else ""}</Middle><Last>{P(c["last"], "name")}</Last></LegalName>'
               f'<MaidenSurname>{P(R.choice(["Augustin", "Toussaint", "Metellus", "Iglesias", "Rodríguez", "Bello", "Hart"]), "name")}</MaidenSurname>'
               f'<DOB>{P(fdate(c["dob"], "iso"), "date")}</DOB><Birthplace><City>{P(c["birthplace"][0], "address")}</City><Country>{c["birthplace"][1]}</Country></Birthplace></Mother>')
    out.append(f'  <MotherSSN>{P(c["ssn"].replace("-", ""), "ssn")}</MotherSSN>')
    out.append(f'  <MotherResidence><Street>{P(addr_line(c), "address")}</Street><City>{P(c["city"], "address")}</City><State>FL</State><Zip>{P(c["zip"], "zip")}</Zip><InsideCityLimits>{R.choice("YN")}</InsideCityLimits></MotherResidence>')
    out.append(f'  <MotherEducation>{R.randint(3, 7)}</MotherEducation><MotherHispanic>{"Y" if c["lang"] == "es" else "N"}</MotherHispanic><MotherRace code="{R.choice(["2054-5", "2106-3", "2028-9"])}"/>')
    if R.random() < 0.7:
        out.append(f'  <Father><Name><First>{P(c["partner_first"], "name")}</First><Last>{P(c["partner_last"], "name")}</Last></Name>'
                   f'<DOB>{P(fdate(c["dob"] - dt.timedelta(days=R.randint(-900, 3000)), "iso"), "date")}</DOB><SSN>{P(c["partner_ssn"], "ssn")}</SSN></Father>')
    else:
        out.append('  <Father><Acknowledged>N</Acknowledged></Father>')
    out.append(f'  <Prenatal><FirstVisit>{P(fdate(c["lmp"] + dt.timedelta(days=R.randint(50, 110)), "iso"), "date")}</FirstVisit><TotalVisits>{R.randint(8, 15)}</TotalVisits><WIC>{R.choice("YN")}</WIC><PrincipalPayer>{R.choice(["1", "2", "3"])}</PrincipalPayer></Prenatal>')
    out.append(f'  <RiskFactors><GestDiabetes>{R.choice("NNNY")}</GestDiabetes><GestHypertension>N</GestHypertension><PrevCesarean>0</PrevCesarean><Infertility>N</Infertility></RiskFactors>')
    out.append(f'  <Newborn><Weight unit="g">{c["bw"]}</Weight><Apgar5>{R.randint(8, 10)}</Apgar5><Apgar10/><Plurality>1</Plurality><NICU>N</NICU><Breastfed>Y</Breastfed></Newborn>')
    if R.random() < 0.5:
        out.append(f'  <MedicalRecordNumber mother="{P(c["chart"], "mrn")}" child=""/>')
    out.append(f'  <Certifier><Name>{st[0]} {st[1]}</Name><Title>{st[2].split(",")[0]}</Title><NPI>{st[3]}</NPI><Signed>{ts_iso_ms(now())}</Signed></Certifier>')
    out.append(f'  <StateFileNumber>{P(f"109-{bd.year}-{R.randint(100000, 199999)}", "license")}</StateFileNumber><SSNRequested>{R.choice("YYN")}</SSNRequested>')
    out.append('</BirthWorksheet>')
    return [(fam, x) for x in out]


HOOK_EVENTS = ["appointment.booked", "appointment.rescheduled", "appointment.cancelled", "appointment.arrived",
               "patient.created", "patient.updated", "intake_form.submitted"]
TREATMENTS = ["Prenatal Visit (60 min)", "Initial Consult — Home Birth (90 min)", "Prenatal Home Visit 36 wk",
              "Postpartum Visit 2 wk", "Lactation Support (45 min)", "Consulta Prenatal en Español (60 min)"]


def booking_webhook():
    fam = "booking_webhook_pino"
    t = now()
    pid = R.randint(200, 900)
    base = {"level": 30, "time": int(epoch(t) * 1000), "pid": pid, "hostname": "hooks-1", "name": "booking-hooks"}
    r = R.random()
    if r < 0.38:
        variants = [dict(base, msg="signature verified", evt="evt_" + hexs(16), reqId=f"req-{R.randint(1, 99999)}"),
                    dict(base, level=40, msg="webhook retry scheduled", attempt=R.randint(2, 5), backoffMs=R.choice([2000, 4000, 8000])),
                    dict(base, msg="request completed", res={"statusCode": 200}, responseTime=R.randint(3, 80), req={"method": "POST", "url": "/hooks/booking"}),
                    dict(base, level=50, msg="invalid signature", header="X-Booking-Signature", remoteAddress="10.0.4.12"),
                    dict(base, msg="clinic sync ok", clinicId=1, practitioners=5, treatments=len(TREATMENTS), took=R.randint(100, 900))]
        return [(fam, jd(R.choice(variants)))]
    ev = R.choice(HOOK_EVENTS)
    c = cl_preg() if ev in ("patient.created", "intake_form.submitted") else cl()
    st = staff()
    start = dt.datetime.combine(today() + dt.timedelta(days=R.randint(1, 20)), dt.time(R.choice([9, 10, 11, 13, 14, 15]), R.choice([0, 30])))
    pat = {"id": PN(c["jane_id"], "mrn"), "first_name": P(c["first"], "name"), "last_name": P(c["last"], "name")}
    if R.random() < 0.7:
        pat["email"] = P(c["email"], "email")
    if R.random() < 0.6:
        pat["mobile_phone"] = P(fphone(c["phone"], R.choice(["paren", "dash", "plain"])), "phone")
    if ev in ("patient.created", "patient.updated", "intake_form.submitted"):
        pat["birth_date"] = P(fdate(c["dob"], "iso"), "date")
        if R.random() < 0.5:
            pat["address"] = {"street": P(addr_line(c), "address"), "city": P(c["city"], "address"), "province": "FL", "postal": P(c["zip"], "zip")}
        if ev == "intake_form.submitted":
            pat["custom_fields"] = {"edd": P(fdate(c["edd"], "us"), "date"), "preferred_language": c["lang"],
                                    "insurance_member_id": P(c["member"], "health_plan") if c["member"] else "",
                                    "emergency_contact": P(f"{c['partner_first']} {c['partner_last']}", "name")}
            if R.random() < 0.4:
                pat["custom_fields"]["drivers_license"] = P(c["dl"], "license")
        data = {"patient": pat}
    else:
        data = {"appointment": {"id": PN(R.randint(400000, 499999), "other_id"),
                                "start_at": P(start.strftime("%Y-%m-%dT%H:%M:00-04:00"), "date"),
                                "end_at": (start + dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:00-04:00"),
                                "treatment": R.choice(TREATMENTS), "practitioner": {"id": R.randint(2, 9), "name": f"{st[0]} {st[1]}"},
                                "location_id": 1, "state": ev.split(".")[1], "patient": pat}}
    # end_at is derived from the same appointment date -> label too
    if "appointment" in data:
        data["appointment"]["end_at"] = P(data["appointment"]["end_at"], "date")
    obj = dict(base, msg="webhook received", event=ev, evt="evt_" + hexs(16), data=data)
    return [(fam, jd(obj))]


BOTS = [("66.249.66.{}", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
        ("40.77.167.{}", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"),
        ("10.0.4.{}", "kube-probe/1.28"), ("127.0.0.1", "curl/8.4.0")]
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-A146U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"]


def pub_ip():
    first = R.choice([73, 76, 98, 174, 24, 71, 99, 108, 47, 172])
    if first == 172:
        return f"172.{R.choice([56, 58, 59, 100])}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    return f"{first}.{R.randint(1, 254)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def pub_ip6():
    return f"2601:{R.choice(['58c', '582', '580'])}:{hexs(4).lstrip('0') or '0'}:{hexs(4).lstrip('0') or '1'}:{hexs(4).lstrip('0') or '2'}:{hexs(3)}:{hexs(4).lstrip('0') or '3'}:{hexs(4)}"


def nginx_access():
    fam = "nginx_access"
    t = now()
    ts = t.strftime("%d/%b/%Y:%H:%M:%S %z")
    r = R.random()
    if r < 0.6:
        ip_t, ua = R.choice(BOTS + [("34.202.19.{}", "BookingWebhooks/1.0 (+https://developers.example-booking.com)")])
        ip = ip_t.format(R.randint(2, 250)) if "{}" in ip_t else ip_t
        if "kube-probe" in ua or "curl" in ua:
            path = R.choice(["/healthz", "/readyz"])
        elif "Booking" in ua:
            path = "/hooks/booking"
        else:
            path = R.choice(["/wp-login.php", "/robots.txt", "/sitemap_index.xml", "/services/home-birth/", "/es/parto-en-casa/", "/ht/akouchman-lakay/", "/birth-center/tour/"])
        code = 200 if path != "/wp-login.php" else 403
        meth = "POST" if path == "/hooks/booking" else "GET"
        return [(fam, f'{ip} - - [{ts}] "{meth} {path} HTTP/1.1" {code} {R.randint(2, 48000)} "-" "{ua}" {R.uniform(0.001, 0.4):.3f}')]
    ip = pub_ip() if R.random() < 0.75 else pub_ip6()
    path = R.choice(["/wp-json/contact-form-7/v1/contact-forms/118/feedback", "/ht/kontakte-nou/", "/es/contacto/",
                     "/wp-admin/admin-ajax.php", "/client-portal/login", "/wp-content/uploads/2024/02/intake-packet-es.pdf"])
    meth = "POST" if "feedback" in path or "ajax" in path or "login" in path else "GET"
    return [(fam, f'{P(ip, "ip")} - - [{ts}] "{meth} {path} HTTP/2.0" {R.choice([200, 200, 200, 302, 499])} {R.randint(180, 92000)} '
                  f'"https://seagrapemidwifery.com/" "{R.choice(UAS)}" {R.uniform(0.01, 1.8):.3f}')]


def square_csv():
    fam = "square_csv"
    out = []
    if R.random() < 0.35:
        out.append("Date,Time,Time Zone,Gross Sales,Discounts,Net Sales,Tax,Tip,Total Collected,Source,Card Brand,PAN Suffix,Transaction ID,Payment ID,Device Name,Staff Name,Description,Location,Customer ID,Customer Name,Customer Reference ID,Fees,Net Total")
    for _ in range(R.randint(1, 3)):
        c = cl()
        d = today() - dt.timedelta(days=R.randint(0, 6))
        amt = R.choice([150, 250, 500, 750, 1000, 1250, 45, 85])
        fee = round(amt * 0.029 + 0.30, 2)
        st = staff()
        desc = R.choice(["Home Birth Package - installment", "Lab draw fee", "TENS unit rental", "Birth pool rental", "Postpartum herbal bath kit", "Childbirth class (4 wk)"])
        anon = R.random() < 0.3
        src, dev = R.choice([("Square Point of Sale", "Front Desk iPad"), ("Invoices", ""), ("Virtual Terminal", "Virtual Terminal")])
        row = [P(fdate(d, "us"), "date") if not anon else fdate(d, "us"), f"{R.randint(9, 17):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}", "Eastern Time (US & Canada)",
               f"${amt:.2f}", "$0.00", f"${amt:.2f}", "$0.00", "$0.00", f"${amt:.2f}", src,
               R.choice(["Visa", "Mastercard", "American Express", "Discover"]), f"{R.randint(0, 9999):04d}", b62(22), b62(26), dev,
               f"{st[0]} {st[1]}", desc if desc != "TENS unit rental" or anon else "TENS unit rental SN " + P(f"TE-{R.randint(1000, 9999)}-{R.randint(100, 999):04d}", "device"),
               PRACTICE, "" if anon else P(c["sq_id"], "other_id"), "" if anon else P(f"{c['first']} {c['last']}", "name"),
               "" if anon else P(c["chart"], "mrn"), f"-${fee:.2f}", f"${amt - fee:.2f}"]
        out.append(",".join(f'"{x}"' if "," in x else x for x in row))
    return [(fam, x) for x in out]


def square_webhook():
    fam = "square_webhook_json"
    c = cl()
    amt = R.choice([15000, 25000, 50000, 75000, 100000, 4500])
    pay_id = b62(29)
    obj = {"merchant_id": "ML8K2T0XQZ5RM", "type": R.choice(["payment.created", "payment.updated"]), "event_id": f"{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}",
           "created_at": ts_utc_z(now()), "data": {"type": "payment", "id": pay_id, "object": {"payment": {
               "id": pay_id, "amount_money": {"amount": amt, "currency": "USD"}, "status": "COMPLETED", "source_type": "CARD",
               "card_details": {"card": {"card_brand": R.choice(["VISA", "MASTERCARD", "AMERICAN_EXPRESS"]), "last_4": f"{R.randint(0, 9999):04d}",
                                         "exp_month": R.randint(1, 12), "exp_year": R.randint(2025, 2029), "fingerprint": "sq-1-" + b62(40)},
                                "entry_method": R.choice(["KEYED", "ON_FILE", "EMV"])},
               "location_id": "LQ4M9X2RH0B3E", "order_id": b62(26), "receipt_number": pay_id[:4], "receipt_url": f"https://squareup.com/receipt/preview/{pay_id}"}}}}
    p = obj["data"]["object"]["payment"]
    if R.random() < 0.15:
        return [(fam, jd(obj))]
    p["customer_id"] = P(c["sq_id"], "other_id")
    if R.random() < 0.6:
        p["buyer_email_address"] = P(c["email"], "email")
    p["note"] = R.choice([f"Home birth pkg 2nd installment – {P(c['first'] + ' ' + c['last'][0] + '.', 'name')}",
                          f"Pago parto en casa - {P(c['first'], 'name')} - EDD {P(fdate(c['edd'], 'md'), 'date')}",
                          f"Lab fees {P(c['chart'], 'mrn')}", "Childbirth class", f"Birth pool rental, deliver to {P(addr_line(c), 'address')}"])
    return [(fam, jd(obj))]


CPT = [("59400", "Routine OB care incl antepartum, vaginal delivery, postpartum", "Z34.83"),
       ("59409", "Vaginal delivery only", "Z37.0"), ("59410", "Vaginal delivery + postpartum", "Z39.2"),
       ("99213", "Office visit est. pt", "Z34.82"), ("36415", "Venipuncture", "Z34.93"),
       ("59430", "Postpartum care only", "Z39.2"), ("99460", "Initial newborn care, birthing center", "Z38.1"),
       ("96372", "Injection IM (RhIG)", "O36.0130"), ("59025", "Fetal non-stress test", "O09.523")]


def superbill():
    fam = "superbill_psv"
    out = []
    if R.random() < 0.4:
        out.append("superbill_no|patient_acct|patient_name|dob|address|city|st|zip|phone|payer|member_id|group_no|subscriber|sub_dob|rel|dos|cpt|mod|icd10|units|charge|rendering_npi|rendering|pos|tax_id")
    for _ in range(R.randint(1, 3)):
        c = cl()
        st = staff()
        cpt, _, icd = R.choice(CPT)
        dos = today() - dt.timedelta(days=R.randint(1, 30))
        self_sub = R.random() < 0.6
        sub = P(f"{c['last']}, {c['first']}", "name") if self_sub else P(f"{c['partner_last']}, {c['partner_first']}", "name")
        subdob = P(fdate(c["dob"], "us"), "date") if self_sub else P(fdate(c["dob"] - dt.timedelta(days=R.randint(-700, 3500)), "us"), "date")
        mem = P(c["member"], "health_plan") if c["member"] else ""
        row = [P(f"SB-{dos.strftime('%y%m')}-{R.randint(1000, 9999)}", "other_id"), P(c["acct"], "account"), P(f"{c['last']}, {c['first']}", "name"),
               P(fdate(c["dob"], "us"), "date"), P(addr_line(c), "address"), P(c["city"], "address"), "FL", P(c["zip"], "zip"),
               P(fphone(c["phone"], R.choice(["paren", "dash", "plain"])), "phone"), c["payer"], mem, c["group"] if c["ptype"] in ("bcbs", "aetna") else "",
               sub, subdob, "18" if self_sub else "01", P(fdate(dos, "us"), "date"), cpt, R.choice(["", "", "TH", "25"]), icd, "1",
               f"{R.choice([125, 210, 85, 3800, 4200, 950, 310]):.2f}", st[3] or PRACTICE_NPI, f"{st[1].upper()}, {st[0].upper()}", R.choice(["12", "25", "11"]), PRACTICE_TIN]
        out.append("|".join(row))
    if R.random() < 0.4:
        out.append(f"# batch SB-{today().strftime('%Y-%m')} exported rows={R.randint(20, 80)} total_charges=${R.randint(20000, 90000):,}.00 generated_by=billing@seagrapemidwifery.com")
    return [(fam, x) for x in out]


def x12():
    fam = "x12_270_271"
    c = cl()
    if not c["member"]:
        c = next(x for x in CLIENTS if x["member"])
    ctl = f"{R.randint(1, 999999999):09d}"
    d = today()
    kind = R.random()
    if kind < 0.3:
        return [(fam, f"ISA*00*          *00*          *ZZ*SEAGRAPE01     *ZZ*AVAILITY       *{d.strftime('%y%m%d')}*{now().strftime('%H%M')}*^*00501*{ctl}*0*P*:~"
                      f"GS*HS*SEAGRAPE01*AVAILITY*{d.strftime('%Y%m%d')}*{now().strftime('%H%M')}*{R.randint(1, 9999)}*X*005010X279A1~")]
    segs = [f"ST*{'271' if kind > 0.65 else '270'}*{R.randint(1, 9999):04d}*005010X279A1~",
            f"BHT*0022*{'11' if kind > 0.65 else '13'}*{hexs(10).upper()}*{d.strftime('%Y%m%d')}*{now().strftime('%H%M')}~",
            f"NM1*PR*2*{c['payer'].split(' (')[0].upper()}*****PI*{R.randint(10000, 99999)}~",
            f"NM1*1P*2*SEAGRAPE MIDWIFERY*****XX*{PRACTICE_NPI}~",
            f"NM1*IL*1*{P(ascii_fold(c['last']).upper(), 'name')}*{P(ascii_fold(c['first']).upper(), 'name')}****MI*{P(c['member'], 'health_plan')}~",
            f"DMG*D8*{P(fdate(c['dob'], 'hl7'), 'date')}*F~",
            f"DTP*291*D8*{P(fdate(d, 'hl7'), 'date')}~"]
    if R.random() < 0.35:
        segs.insert(6, f"REF*SY*{P(c['ssn'].replace('-', ''), 'ssn')}~")
    if kind > 0.65:
        segs += [f"N3*{P(addr_line(c).upper(), 'address')}~", f"N4*{P(c['city'].upper(), 'address')}*FL*{P(c['zip'], 'zip')}~",
                 "EB*1*IND*30^BT*HM*MATERNITY~", f"EB*B*IND*BT**23*{R.choice(['0', '25', '40'])}~"]
    return [(fam, "".join(segs))]


LABS = [("718-7", "Hemoglobin", "NM", lambda: f"{R.uniform(9.8, 13.4):.1f}", "g/dL", "11.5-15.0"),
        ("4544-3", "Hematocrit", "NM", lambda: f"{R.uniform(30, 40):.1f}", "%", "34.0-44.0"),
        ("777-3", "Platelets", "NM", lambda: str(R.randint(150, 380)), "10*3/uL", "150-400"),
        ("882-1", "ABO+Rh group", "ST", lambda: R.choice(["O POS", "A POS", "B POS", "O NEG", "AB POS", "A NEG"]), "", ""),
        ("890-4", "Antibody screen", "ST", lambda: "NEGATIVE", "", "NEG"),
        ("5334-8", "Rubella Ab IgG", "ST", lambda: R.choice(["IMMUNE", "NON-IMMUNE"]), "", ""),
        ("5196-1", "Hep B surface Ag", "ST", lambda: "NON-REACTIVE", "", "NR"),
        ("56888-1", "HIV 1+2 Ab+p24 Ag", "ST", lambda: "NON-REACTIVE", "", "NR"),
        ("20507-0", "RPR", "ST", lambda: "NON-REACTIVE", "", "NR"),
        ("1504-0", "Glucose 1h post 50 g", "NM", lambda: str(R.randint(88, 162)), "mg/dL", "<140"),
        ("72607-3", "Strep agalactiae (GBS) culture", "ST", lambda: R.choice(["NEGATIVE", "NEGATIVE", "POSITIVE"]), "", "NEG"),
        ("2276-4", "Ferritin", "NM", lambda: str(R.randint(6, 90)), "ng/mL", "15-150")]


def hl7_oru():
    fam = "hl7_oru"
    c = cl()
    coll = dt.datetime.combine(today() - dt.timedelta(days=R.randint(1, 4)), dt.time(R.randint(8, 15), R.randint(0, 59)))
    lab = R.choice([("QDX", "QUEST DIAGNOSTICS MIAMI", "10D0642827"), ("LCA", "LABCORP MIAMI", "10D0298451")])
    ctl = f"{lab[0]}{R.randint(100000000, 999999999)}"
    placer = f"SGM{R.randint(10000, 99999)}"
    filler = f"{R.choice(['QA', 'MR', 'FL'])}{R.randint(100000, 999999)}"
    st = staff()
    mi = P(c["mi"], "name") if c["mi"] else ""
    ph = fphone(c["phone"], "paren_tight")
    obr_code = R.choice(['80055^OBSTETRIC PANEL^C4', '80055^OBSTETRIC PANEL^C4', '87081^GBS CULTURE^C4', '82950^GLUCOSE 1H^C4'])
    out = [f"MSH|^~\\&|{lab[0]}LAB|{lab[1]}^{lab[2]}^CLIA|SGMEHR|SEAGRAPE|{now().strftime('%Y%m%d%H%M%S')}||ORU^R01^ORU_R01|{ctl}|P|2.5.1|||AL|NE",
           f"PID|1||{P(c['lab_id'], 'mrn')}^^^{lab[0]}^PI~{P(c['chart'], 'mrn')}^^^SGM^MR||{P(ascii_fold(c['last']).upper(), 'name')}^{P(ascii_fold(c['first']).upper(), 'name')}^{mi}^^^^L||"
           f"{P(fdate(c['dob'], 'hl7'), 'date')}|F|||{P(addr_line(c).upper(), 'address')}^^{P(c['city'].upper(), 'address')}^FL^{P(c['zip'], 'zip')}^USA||{P(ph, 'phone')}^PRN^PH|||||{P(c['acct'], 'account') if R.random() < 0.5 else ''}",
           f"PV1|1|O|SGM^^^SEAGRAPE||||{st[3] or PRACTICE_NPI}^{ascii_fold(st[1]).upper()}^{ascii_fold(st[0]).upper().split()[0]}^^^^^^NPI",
           f"ORC|RE|{P(placer, 'other_id')}|{P(filler, 'other_id')}||CM||||{now().strftime('%Y%m%d%H%M')}",
           f"OBR|1|{P(placer, 'other_id')}|{P(filler, 'other_id')}|{obr_code}|||{P(coll.strftime('%Y%m%d%H%M'), 'date')}|||||||||"
           f"{st[3] or PRACTICE_NPI}^{ascii_fold(st[1]).upper()}^{ascii_fold(st[0]).upper().split()[0]}||||||{P(now().strftime('%Y%m%d%H%M'), 'date')}|||F"]
    panel = obr_code.split("^")[0]
    if panel == "87081":
        tests = [t for t in LABS if t[0] == "72607-3"]
    elif panel == "82950":
        tests = [t for t in LABS if t[0] == "1504-0"]
    else:
        tests = R.sample([t for t in LABS if t[0] not in ("72607-3", "1504-0")], R.randint(3, 6))
    for k, (loinc, nm, vt, fn, unit, rng) in enumerate(tests, 1):
        v = fn()
        flag = ""
        if vt == "NM" and rng and "-" in rng:
            lo, hi = map(float, rng.split("-"))
            flag = "L" if float(v) < lo else ("H" if float(v) > hi else "N")
        obx14 = P(coll.strftime("%Y%m%d%H%M"), "date") if R.random() < 0.3 else ""
        out.append(f"OBX|{k}|{vt}|{loinc}^{nm}^LN||{v}|{unit}|{rng}|{flag}|||F|||{obx14}")
    if R.random() < 0.4:
        out.append(f"NTE|1|L|{R.choice(['Specimen received ambient.', 'Rh negative: recommend RhIG per ACOG.', 'Verified by repeat analysis.', 'Penicillin allergy: susceptibility to clindamycin to follow.'])}")
    return [(fam, x) for x in out]


def ocr_subst(s, rate=0.12):
    tbl = {"0": "O", "1": "l", "5": "S", "8": "B", "i": "1", "l": "1", "O": "0", "e": "c"}
    out = []
    for ch in s:
        if ch in tbl and R.random() < rate:
            out.append(tbl[ch])
        else:
            out.append(ch)
    return "".join(out)


def lab_pdf_ocr():
    fam = "lab_pdf_ocr"
    c = cl()
    doc = f"res_{hexs(8)}.pdf"
    wpid = R.randint(1000, 9999)
    clock = [now()]
    pages = R.randint(1, 3)

    def stamp(level="INFO"):
        clock[0] += dt.timedelta(milliseconds=R.randint(40, 900))
        t = clock[0]
        return f"{t.strftime('%Y-%m-%d %H:%M:%S')},{t.microsecond // 1000:03d} {level} ocr.worker[{wpid}] "

    def txt(pg):
        return stamp() + f"doc={doc} page={pg} conf={R.uniform(71, 97):.1f} text="

    coll = today() - dt.timedelta(days=R.randint(2, 6))
    spec = f"{R.randint(100, 999)}-{R.randint(100, 999)}-{R.randint(1000, 9999)}-0"
    out = [stamp() + f"start doc={doc} pages={pages} engine=tesseract 5.3.3 lang=eng+spa dpi=300"]
    out.append(txt(1) + f'"{R.choice(["LabCorp", "Quest Diagnostics"])} Patient Report    Specimen ID: ' + P(ocr_subst(spec, 0.05), "other_id") + f'   Control ID: {R.randint(1000000, 9999999)}"')
    nm = ocr_subst(f"{ascii_fold(c['last']).upper()}, {ascii_fold(c['first']).upper()}", 0.08)
    dob = ocr_subst(fdate(c["dob"], "us"), 0.15)
    out.append(txt(1) + '"Patient Name: ' + P(nm, "name") + "      DOB: " + P(dob, "date") + f"   Age(y/m/d): 0{today().year - c['dob'].year - 1}/0{R.randint(1, 9)}/{R.randint(10, 28)}  Sex: F\"")
    out.append(txt(1) + '"Patient Address: ' + P(ocr_subst(addr_line(c), 0.06), "address") + ", " + P(c["city"], "address") + " FL " + P(ocr_subst(c["zip"], 0.1), "zip") + "   Phone: " + P(ocr_subst(fphone(c["phone"], "paren"), 0.08), "phone") + '"')
    out.append(txt(1) + '"Date Collected: ' + P(ocr_subst(fdate(coll, "us"), 0.1), "date") + "   Date Received: " + P(fdate(coll + dt.timedelta(days=1), "us"), "date") + "   Date Reported: " + P(fdate(coll + dt.timedelta(days=2), "us"), "date") + '"')
    out.append(txt(1) + json.dumps(f"Ordering Physician: {ascii_fold(STAFF[0][1]).upper()}, M   NPI: {STAFF[0][3]}   Account: SEAGRAPE MIDWIFERY 305-891-4470", ensure_ascii=False))
    loinc, nm2, vt, fn, unit, rng = R.choice(LABS)
    out.append(txt(1) + json.dumps(ocr_subst(f"{nm2}    {fn()}    {unit}    {rng}    Final", 0.05), ensure_ascii=False))
    if pages > 1 and R.random() < 0.6:
        out.append(stamp("WARNING") + f"low confidence doc={doc} page=2 conf={R.uniform(41, 69):.1f} fallback=deskew+otsu")
    if R.random() < 0.5:
        out.append(stamp() + f"done doc={doc} elapsed={R.uniform(1.2, 9.9):.2f}s matched_chart=" + P(c["chart"], "mrn"))
    else:
        out.append(stamp() + f"done doc={doc} elapsed={R.uniform(1.2, 9.9):.2f}s matched_chart=None queue_depth={R.randint(0, 12)}")
    return [(fam, x) for x in out]


def php_ts():
    u = now().astimezone(dt.timezone.utc)
    return u.strftime("[%d-%b-%Y %H:%M:%S UTC]")


def php_error():
    fam = "php_error_log"
    r = R.random()
    if r < 0.3:
        return [(fam, f'{php_ts()} PHP Warning:  Undefined array key "your-phone" in /var/www/seagrape/wp-content/themes/seagrape-child/functions.php on line {R.randint(180, 260)}')]
    if r < 0.5:
        return [(fam, f"{php_ts()} PHP Deprecated:  Creation of dynamic property WPCF7_Submission::$crm_payload is deprecated in /var/www/seagrape/wp-content/plugins/cf7-crm-bridge/includes/class-bridge.php on line {R.randint(40, 120)}")]
    if r < 0.75:
        return [(fam, f"{php_ts()} PHP Fatal error:  Uncaught TypeError: array_key_exists(): Argument #2 ($array) must be of type array, null given in /var/www/seagrape/wp-content/plugins/cf7-crm-bridge/includes/class-bridge.php:171"),
                (fam, "Stack trace:"),
                (fam, f"#0 /var/www/seagrape/wp-content/plugins/cf7-crm-bridge/includes/class-bridge.php({R.randint(200, 260)}): array_key_exists('due-date', NULL)"),
                (fam, "#1 /var/www/seagrape/wp-includes/class-wp-hook.php(324): CF7_CRM_Bridge->on_submit(Object(WPCF7_ContactForm))"),
                (fam, "#2 {main}"),
                (fam, "  thrown in /var/www/seagrape/wp-content/plugins/cf7-crm-bridge/includes/class-bridge.php on line 171")]
    return [(fam, f"{php_ts()} WordPress database error Deadlock found when trying to get lock; try restarting transaction for query UPDATE `wp_options` SET `option_value` = '{R.randint(1710000000, 1719999999)}' WHERE `option_name` = '_transient_timeout_wpcf7_{hexs(6)}' made by do_action('wp_ajax_nopriv_wpcf7'), WP_Hook->do_action")]


MSG_TEMPLATES = {
    "es": [lambda c: f"Hola, estoy embarazada de {R.randint(8, 20)} semanas y me interesa un parto en casa. Mi fecha probable de parto es el {P(fdate(c['edd'], 'es'), 'date')}. Tengo Medicaid ({P(c['member'], 'health_plan') if c['member'] else 'pendiente'}). ¿Aceptan?",
           lambda c: f"Buenas tardes, vivo en {P(c['hood'], 'address')} y quisiera una consulta. Pueden llamar a mi esposo {P(c['partner_first'], 'name')} al {P(fphone(c['partner_phone'], 'dash'), 'phone')} porque yo trabajo de noche."],
    "ht": [lambda c: f"Bonjou, mwen ansent {R.randint(8, 24)} semèn. Mwen ta renmen akouche lakay mwen nan {P(c['city'], 'address')}. Dat akouchman an se {P(fdate(c['edd'], 'ht'), 'date')}. Mèsi anpil.",
           lambda c: f"Bonswa, se sè m {P(c['first'], 'name')} ki bezwen randevou. Li pa pale angle byen. Rele m nan {P(fphone(c['partner_phone'], 'space'), 'phone')} silvouplè."],
    "en": [lambda c: f"Hi! Due {P(fdate(c['edd'], 'long'), 'date')}, first baby, looking at home birth vs your birth center. Our registry is {P('https://www.babylist.com/' + ascii_fold(c['first']).lower().replace(' ', '-') + '-' + ascii_fold(c['last']).lower().replace(' ', '-').replace(chr(39), ''), 'url')} if that helps lol",
           lambda c: f"Please fax my prenatal records to my husband's office fax {P(fphone(c['partner_phone'], 'dash'), 'fax')} — our printer is broken. DOB {P(fdate(c['dob'], 'us_nopad'), 'date')}.",
           lambda c: f"I tried to pay the deposit but the portal failed. Can you just charge my card {P(' '.join(luhn_complete('4') [i:i + 4] for i in range(0, 16, 4)), 'account')} exp {R.randint(1, 12):02d}/{R.randint(26, 29)}? Thanks"],
}


def wp_cf7():
    fam = "wp_cf7_log"
    c = cl()
    r = R.random()
    if r < 0.25:
        return [(fam, f"{php_ts()} cf7-crm-bridge: form_id=118 spam=true reason=akismet ip_hash={hexs(16)} honeypot=filled")]
    if r < 0.4:
        return [(fam, f"{php_ts()} wp_mail() failed: SMTP Error: Could not authenticate. to=intake@seagrapemidwifery.com subject=\"[Seagrape] New contact form submission\" mailer=smtp host=smtp.mailgun.org:587")]
    if r < 0.62:
        # records-release form (form 204)
        c = cl_born()
        own = R.random() < 0.6
        req = {"client_name": P(full(c), "name"), "client_dob": P(fdate(c["dob"], R.choice(["us", "us_nopad"])), "date"),
               "records": R.choice(["birth summary + newborn exam", "prenatal labs", "full chart"]),
               "deliver_by": "fax"}
        if own:
            req["recipient"] = "self"
            req["fax_number"] = P(fphone(mk_phone(), R.choice(["paren", "dash", "dot"])), "fax")
        else:
            req["recipient"] = R.choice(["Little Haiti Pediatrics", "Dr. Anjali Rao, Pediatrics", "Borinquen Health Care Center"])
            req["fax_number"] = R.choice(["(305) 758-3312", "305-576-1220", "(786) 596-4101"])
        return [(fam, f"{php_ts()} cf7-crm-bridge: submission form_id=204 remote_ip={P(pub_ip(), 'ip')} payload={jd(req)}")]
    if c["born"]:
        c = cl_preg()
    msg = R.choice(MSG_TEMPLATES[c["lang"]])(c)
    payload = {"your-name": P(full(c) if R.random() < 0.7 else full(c).lower(), "name"), "your-email": P(c["email"], "email"),
               "your-phone": P(fphone(c["phone"], rphone_style()), "phone"), "due-date": P(fdate(c["edd"], R.choice(["us", "iso", "us_short"])), "date"),
               "lang": c["lang"], "your-message": msg, "_wpcf7_unit_tag": f"wpcf7-f118-p{R.randint(10, 99)}-o1"}
    if R.random() < 0.3:
        payload["your-website"] = P(f"https://instagram.com/{c['username'].replace('_', '.')}", "url")
    out = [(fam, f"{php_ts()} cf7-crm-bridge: submission form_id=118 remote_ip={P(pub_ip(), 'ip')} payload={jd(payload)}")]
    if R.random() < 0.3:
        out.append((fam, f"{php_ts()} cf7-crm-bridge: created lead id={R.randint(3000, 4999)} in CRM pipeline \"Home Birth Inquiries\" owner=intake@seagrapemidwifery.com"))
    if R.random() < 0.15:
        out.append((fam, f"{php_ts()} user_register: login={P(c['username'], 'other_id')} email={P(c['email'], 'email')} role=subscriber"))
    return out


GV_MSGS = {  # (client message, midwife's reply or None)
    "ht": [("Bonswa {mw}, kontraksyon yo chak {n} minit kounye a, dlo a poko kase", "Ok, mwen sou wout. Rete idrate epi pipi chak inè."),
           ("Mwen fin pran tès sik la. Ki lè rezilta a ap vini?", "Rezilta yo ap vini nan 2-3 jou, m ap rele w."),
           ("Mèsi pou vizit la jodi a 🙏🏾", None),
           ("Adrès la se {addr}, pòt ble a. Gen yon chen men li janti.", "Mèsi, m anrejistre l nan dosye a."),
           ("Manman m ({age} an) vle la pou akouchman an, èske sa bon?", "Wi, li byenvini! N a pale sou plas la nan vizit lakay la."),
           ("Nou rive nan pakin lan, se machin nwa a, plak {plate}", "M ap desann kounye a."),
           ("Men lyen GoFundMe nou an pou akouchman an: {url}", None),
           ("Travay mwen bezwen papye a, voye l pa faks nan {fax} silvouplè", "Wi, m ap voye l jodi a.")],
    "es": [("Hola {mw}, ya tengo contracciones cada {n} minutos, ¿voy a la casa de partos?", "Perfecto, salgo para allá. Toma agua y descansa de lado."),
           ("¿Me pueden cambiar la cita del {d} para la tarde?", "Sí, te cambio la cita. Te llega confirmación por email."),
           ("Gracias por todo, el bebé está comiendo bien 💕", "¡Qué bueno! Te veo en la visita de 3 días."),
           ("Mi nueva dirección es {addr}, para la visita en casa.", "Gracias, ya lo actualicé."),
           ("Mi suegra {rel} va a estar conmigo, su cel es {ph}", "Anotado 👍"),
           ("Ya llegamos al parqueo, somos el Corolla rojo placa {plate}", "Bajo enseguida."),
           ("Este es el meal train que hizo mi hermana: {url}", None),
           ("Mi abuelita tiene {age} años y quiere conocer al bebé, ¿puede venir a la visita?", "¡Claro que sí!"),
           ("¿Me pueden mandar la carta para el trabajo por fax al {fax}? Gracias", "Sí, hoy mismo.")],
    "en": [("Hey {mw}, ctx every {n} min for the last hour, water still intact", "On my way, ETA 25 min. Keep drinking and empty your bladder."),
           ("Can we move my appt on {d}? Work thing", "Sure, rebooked — check your email."),
           ("Baby latched!! Thank you 😭", "Yay!! See you at the 3-day visit."),
           ("New address for the home visit: {addr}", "Got it, updated your chart."),
           ("My great-grandma is {age} and really wants to be there lol, is that ok?", "Of course! We'll plan a comfy chair for her."),
           ("Here! Red Kia Soul, tag {plate}, parked by the side door", "Coming down now"),
           ("Our meal train link if your students want it: {url}", None),
           ("HR needs the return-to-work note, can you fax it to {fax} attn: me?", "Will do this afternoon.")],
}
PLATES = ["QWK R27", "LMN4821", "JHT-T44", "CZ7 9PL", "BRD 118", "Y42 6XE", "NPF 2214", "81A KRT"]


def gvoice():
    fam = "gvoice_takeout_html"
    c = cl()
    st = staff()
    out = []
    t = now()
    if R.random() < 0.2:
        out.append((fam, f"<title>{P(full(c), 'name')} - Text - {t.astimezone(dt.timezone.utc).strftime('%Y-%m-%dT%H_%M_%SZ')}</title>"))
    pool = [p for p in GV_MSGS[c["lang"]]
            if not (c["born"] and any(w in p[0] for w in ("ctx", "contracciones", "kontraksyon", "appt", "cita", "sik la")))
            and not (not c["born"] and any(w in p[0] for w in ("latched", "comiendo", "conocer al bebé", "return-to-work", "carta para el trabajo")))]
    pairs = R.sample(pool, R.randint(1, 2))
    age = str(90 + (c["i"] * 7) % 9)
    plate = PLATES[c["i"] % len(PLATES)]

    def stamp(t):
        title = t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}-04:00"
        human = t.strftime("%b %d, %Y, %I:%M:%S %p").replace(" 0", " ") + " Eastern Time"
        return f'<div class="message"><abbr class="dt" title="{title}">{human}</abbr>:'

    for tmpl, reply in pairs:
        t = t + dt.timedelta(seconds=R.randint(20, 900))
        url = (("https://www.mealtrain.com/trains/" + hexs(6)) if "meal" in tmpl else ("https://gofund.me/" + hexs(8)))
        txt = tmpl.format(mw=st[0].split()[0], n=R.randint(3, 8), addr=P(f"{addr_line(c)}, {c['city']}", "address"),
                          age=P(age, "age"), d=P(fdate(today() + dt.timedelta(days=R.randint(2, 12)), R.choice(["md", "es_short", "abbr_us"])), "date"),
                          fax=P(fphone(mk_phone(), R.choice(["dash", "paren", "dot"])), "fax"), plate=P(plate, "vehicle"), url=P(url, "url"),
                          rel=P(R.choice(["Mercedes", "Odalys", "Teresa"]) + " " + c["partner_last"], "name"), ph=P(fphone(c["partner_phone"], "dash"), "phone"))
        name = full(c) if R.random() < 0.7 else c["first"]
        out.append((fam, stamp(t) + f'<cite class="sender vcard"><a class="tel" href="tel:{P(fphone(c["phone"], "e164"), "phone")}"><span class="fn">{P(name, "name")}</span></a></cite>: <q>{txt}</q></div>'))
        if reply and R.random() < 0.8:
            t = t + dt.timedelta(seconds=R.randint(30, 600))
            out.append((fam, stamp(t) + f'<cite class="sender vcard"><a class="tel" href="tel:{PRACTICE_GV}"><abbr class="fn" title="">Me</abbr></a></cite>: <q>{reply}</q></div>'))
    return out


def zap_base(level, caller, msg):
    return {"level": level, "ts": round(epoch(now()), 6), "caller": caller, "msg": msg, "service": "doulamatch-api", "version": "v2.14.3"}


def go_zap():
    fam = "go_zap_json"
    r = R.random()
    trace = hexs(32)
    if r < 0.5:
        choices = [
            dict(zap_base("info", "cmd/api/main.go:88", "http server listening"), addr=":8080", readTimeout="15s"),
            dict(zap_base("info", "matching/engine.go:302", "matching run complete"), candidates=R.randint(3, 40), matched=R.randint(0, 9), took=f"{R.uniform(20, 900):.1f}ms", trace_id=trace),
            dict(zap_base("debug", "store/pg.go:61", "db pool stats"), open=R.randint(4, 20), in_use=R.randint(0, 8), idle=R.randint(1, 10), wait_count=R.randint(0, 30)),
            dict(zap_base("warn", "middleware/ratelimit.go:44", "rate limit exceeded"), remote="10.0.3.9", route="/v1/matches", limit="60/min"),
            dict(zap_base("info", "doulas/profile.go:131", "doula profile photo updated"), doula_id=DOULAS[0][0], doula_name=DOULAS[0][1],
                 avatar="data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U" + b62(40) + "…(truncated 38211 bytes)"),
            dict(zap_base("error", "notify/push.go:92", "apns: BadDeviceToken"), doula_id=R.choice(DOULAS)[0], apns_id=f"{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}"),
        ]
        return [(fam, jd(R.choice(choices)))]
    c = cl()
    dl = R.choice(DOULAS)
    kind = R.random()
    if kind < 0.25:
        o = dict(zap_base("info", "intake/handler.go:77", "client intake received"), client_id=P(c["app_id"], "other_id"), username=P(c["username"], "other_id"),
                 edd=P(fdate(c["edd"], "iso"), "date"), zip=P(c["zip"], "zip"), languages=[c["lang"], "en"] if c["lang"] != "en" else ["en"],
                 budget_usd=R.choice([800, 1200, 1500, 2000]), medicaid=c["ptype"] == "medicaid", trace_id=trace)
    elif kind < 0.45:
        o = dict(zap_base("info", "matching/engine.go:188", "match proposed"), client_id=P(c["app_id"], "other_id"), doula_id=dl[0], doula_name=dl[1],
                 score=round(R.uniform(0.5, 0.98), 2), distance_km=round(R.uniform(1, 30), 1), client_zip=P(c["zip"], "zip"), trace_id=trace)
    elif kind < 0.58:
        o = dict(zap_base("info", "notify/sms.go:58", "sms queued"), to=P(fphone(c["phone"], "e164"), "phone"), template="match_intro_" + c["lang"],
                 sid="SM" + hexs(32), client_id=P(c["app_id"], "other_id"))
    elif kind < 0.72:
        jpg = "/9j/4AAQSkZJRgABAQEASABIAAD/4QBMRXhpZgAATU0AKgAAAAgAAYdpAAQAAAABAAAAGgAAAAAAA6ABAAMAAAABAAEAAKACAAQAAAABAAAB" + b62(60)
        o = dict(zap_base("debug", "clients/avatar.go:49", "client avatar upload"), client_id=P(c["app_id"], "other_id"),
                 content_type="image/jpeg", bytes=R.randint(40000, 200000), avatar=P("data:image/jpeg;base64," + jpg, "photo"))
    elif kind < 0.88:
        o = dict(zap_base("info", "devices/register.go:35", "push token registered"), client_id=P(c["app_id"], "other_id"), platform=R.choice(["ios", "android"]),
                 token=P(hexs(64), "device"), app_build=R.randint(410, 460))
    else:
        o = dict(zap_base("error", "geo/geocode.go:112", "geocode failed"), client_id=P(c["app_id"], "other_id"),
                 address=P(f"{addr_line(c)}, {c['city']}", "address"), zip=P(c["zip"], "zip"), error="ZERO_RESULTS")
    return [(fam, jd(o))]


def go_slog():
    fam = "go_slog_text"
    t = ts_iso_ms(now())
    r = R.random()
    if r < 0.45:
        lines = [f'time={t} level=INFO source=/app/internal/worker/reminders.go:41 msg="reminder sweep" due={R.randint(0, 30)} sent={R.randint(0, 30)} dur={R.randint(40, 900)}ms',
                 f'time={t} level=INFO source=/app/internal/cache/redis.go:27 msg="redis connected" addr=redis-master.doulamatch.svc:6379 db=0',
                 f'time={t} level=WARN source=/app/internal/payments/stripe.go:88 msg="webhook clock skew" skew=2.31s',
                 f'time={t} level=INFO msg="config loaded" env=prod region=us-east-1 feature.spanish_intake=true feature.creole_intake=true build=2024.03.{R.randint(1, 29)}-{hexs(7)}']
        return [(fam, R.choice(lines))]
    c = cl()
    k = R.random()
    if k < 0.35:
        return [(fam, f'time={t} level=WARN source=/app/internal/notify/sms.go:77 msg="twilio send failed" to={P(fphone(c["phone"], "e164"), "phone")} code=21610 err="Attempt to send to unsubscribed recipient"')]
    if k < 0.6:
        return [(fam, f'time={t} level=INFO source=/app/internal/auth/login.go:64 msg="login ok" user={P(c["username"], "other_id")} ip={P(pub_ip(), "ip")} mfa=sms')]
    if k < 0.8:
        return [(fam, f'time={t} level=ERROR source=/app/internal/intake/validate.go:102 msg="invalid edd" client={P(c["app_id"], "other_id")} input="{P(fdate(c["edd"], R.choice(["eu", "eu_dot", "es_short"])), "date")}" err="parsing time: month out of range"')]
    return [(fam, f'time={t} level=INFO source=/app/internal/matching/handoff.go:55 msg="handoff email" client_email={P(c["email"], "email")} doula={R.choice(DOULAS)[0]} lang={c["lang"]}')]


def gin_access():
    fam = "gin_access"
    t = now()
    ip = R.choice(["10.0.3.9", "10.0.3.14", "10.0.5.2"])
    route = R.choice(['"/healthz"', '"/readyz"', '"/v1/matches"', '"/v1/clients/me"', '"/metrics"', '"/v1/doulas?lang=ht"'])
    meth = "GET" if "matches" not in route else R.choice(["GET", "POST"])
    code = 200 if route in ('"/healthz"', '"/readyz"', '"/metrics"') else R.choice([200, 200, 201, 401, 404])
    return [(fam, f"[GIN] {t.strftime('%Y/%m/%d - %H:%M:%S')} | {code} | {R.uniform(0.1, 80):>12.6f}ms | {ip:>15} | {meth:<7} {route}")]


def go_panic():
    fam = "go_panic"
    return [(fam, "panic: runtime error: invalid memory address or nil pointer dereference"),
            (fam, "[signal SIGSEGV: segmentation violation code=0x1 addr=0x30 pc=0x9a4f12]"),
            (fam, f"goroutine {R.randint(100, 9999)} [running]:"),
            (fam, "github.com/seagrape/doulamatch/internal/matching.(*Engine).score(0xc000412000, 0x0)"),
            (fam, f"\t/app/internal/matching/engine.go:{R.randint(200, 260)} +0x52"),
            (fam, "created by net/http.(*Server).Serve in goroutine 1"),
            (fam, "\t/usr/local/go/src/net/http/server.go:3086 +0x5cb")]


def pg_prefix(pid, user="doulamatch", db="doulamatch_prod"):
    t = now()
    return f"{t.strftime('%Y-%m-%d %H:%M:%S')}.{t.microsecond // 1000:03d} EDT [{pid}] {user}@{db}"


def sql_lit(v):
    return v.replace("'", "''")


def postgres():
    fam = "postgres_log"
    pid = R.randint(10000, 65000)
    r = R.random()
    if r < 0.45:
        t = now()
        opts = [[f"{t.strftime('%Y-%m-%d %H:%M:%S')}.{R.randint(100, 999)} EDT [{R.randint(20, 90)}] LOG:  checkpoint starting: time",
                 f"{t.strftime('%Y-%m-%d %H:%M:%S')}.{R.randint(100, 999)} EDT [{R.randint(20, 90)}] LOG:  checkpoint complete: wrote {R.randint(10, 900)} buffers ({R.uniform(0.1, 5):.1f}%); 0 WAL file(s) added, 0 removed, 1 recycled; write={R.uniform(1, 30):.3f} s, sync=0.004 s, total={R.uniform(1, 30):.3f} s"],
                [f"{t.strftime('%Y-%m-%d %H:%M:%S')}.{R.randint(100, 999)} EDT [{pid}] LOG:  automatic vacuum of table \"doulamatch_prod.public.match_events\": index scans: 1"],
                [f"{t.strftime('%Y-%m-%d %H:%M:%S')}.{R.randint(100, 999)} EDT [{pid}] [unknown]@[unknown] LOG:  connection received: host=10.0.3.{R.randint(2, 30)} port={R.randint(30000, 60000)}"],
                [f"{pg_prefix(pid)} LOG:  duration: {R.uniform(200, 3000):.3f} ms  statement: SELECT d.id, d.languages, ST_Distance(d.geom, $1) AS dist FROM doulas d WHERE d.active ORDER BY dist LIMIT 20"],
                [f"{pg_prefix(pid)} FATAL:  password authentication failed for user \"doulamatch\"",
                 f"{pg_prefix(pid)} DETAIL:  Connection matched pg_hba.conf line 99: \"host all all 10.0.0.0/8 scram-sha-256\""]]
        return [(fam, x) for x in R.choice(opts)]
    c = cl()
    k = R.random()
    if k < 0.4:
        return [(fam, f"{pg_prefix(pid)} ERROR:  duplicate key value violates unique constraint \"clients_email_key\""),
                (fam, f"{pg_prefix(pid)} DETAIL:  Key (email)=({P(c['email'], 'email')}) already exists."),
                (fam, f"{pg_prefix(pid)} STATEMENT:  INSERT INTO clients (first_name, last_name, email, phone, edd, zip, lang) VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING id")]
    if k < 0.7:
        return [(fam, f"{pg_prefix(pid)} LOG:  duration: {R.uniform(500, 4000):.3f} ms  execute <unnamed>: SELECT id, first_name, last_name, edd FROM clients WHERE phone = $1"),
                (fam, f"{pg_prefix(pid)} DETAIL:  parameters: $1 = '{P(fphone(c['phone'], 'e164'), 'phone')}'")]
    return [(fam, f"{pg_prefix(pid)} ERROR:  value too long for type character varying(24)"),
            (fam, f"{pg_prefix(pid)} STATEMENT:  UPDATE clients SET address_line1 = '{P(addr_line(c) + ', ' + c['hood'], 'address')}', last_name = '{P(sql_lit(c['last']), 'name')}', birth_date = '{P(fdate(c['dob'], 'iso'), 'date')}' WHERE id = {P(str(R.randint(1000, 9999)), 'other_id')}")]


def redis_log():
    fam = "redis_log"
    t = now()
    pre = f"1:M {t.strftime('%d %b %Y %H:%M:%S')}.{t.microsecond // 1000:03d}"
    r = R.random()
    if r < 0.55:
        opts = [[f"{pre} * 100 changes in 300 seconds. Saving...", f"{pre} * Background saving started by pid {R.randint(100, 9999)}"],
                [f"{pre} * DB saved on disk", f"{pre} * Fork CoW for RDB: current {R.randint(1, 9)} MB, peak {R.randint(1, 9)} MB, average {R.randint(1, 5)} MB"],
                [f"{pre} # WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition."],
                [f"{pre} * Ready to accept connections tcp"],
                [f'{int(epoch(t))}.{R.randint(0, 999999):06d} [0 10.0.3.9:{R.randint(40000, 60000)}] "GET" "ratelimit:10.0.3.9:/v1/matches"'],
                [f'{int(epoch(t))}.{R.randint(0, 999999):06d} [0 10.0.3.14:{R.randint(40000, 60000)}] "SETEX" "match:lock:{hexs(12)}" "30" "1"']]
        return [(fam, x) for x in R.choice(opts)]
    c = cl()
    k = R.random()
    port = R.randint(40000, 60000)
    if k < 0.4:
        return [(fam, f'{int(epoch(t))}.{R.randint(0, 999999):06d} [0 10.0.3.9:{port}] "SETEX" "otp:{P(fphone(c["phone"], "e164"), "phone")}" "300" "{R.randint(100000, 999999)}"')]
    if k < 0.75:
        return [(fam, f'{int(epoch(t))}.{R.randint(0, 999999):06d} [0 10.0.3.9:{port}] "HSET" "session:{hexs(24)}" "uid" "{P(c["app_id"], "other_id")}" "email" "{P(c["email"], "email")}"')]
    return [(fam, f'{int(epoch(t))}.{R.randint(0, 999999):06d} [0 10.0.3.14:{port}] "ZADD" "matchq:{P(c["zip"], "zip")}" "{R.uniform(0.4, 1):.4f}" "{P(c["app_id"], "other_id")}"')]


def mailgun():
    fam = "mailgun_event_json"
    t = now()
    r = R.random()
    mid = f"{t.strftime('%Y%m%d%H%M%S')}.{hexs(16)}@mg.seagrapemidwifery.com"
    base = {"id": b62(22), "timestamp": round(epoch(t), 6), "log-level": "info"}
    if r < 0.35:
        rc = R.choice(["intake@seagrapemidwifery.com", "billing@seagrapemidwifery.com", "mireille@seagrapemidwifery.com", "ops-alerts@seagrapemidwifery.com"])
        o = dict(base, event=R.choice(["delivered", "accepted"]), recipient=rc, **{"recipient-domain": "seagrapemidwifery.com"},
                 message={"headers": {"message-id": mid, "from": "Seagrape Portal <no-reply@mg.seagrapemidwifery.com>", "to": rc,
                                      "subject": R.choice(["Daily schedule digest", "[Seagrape] New contact form submission", "Square payout summary", "Lab interface: 0 errors"])}},
                 tags=["internal"], **{"delivery-status": {"code": 250, "message": "OK", "tls": True, "mx-host": "aspmx.l.google.com"}})
        return [(fam, jd(o))]
    c = cl()
    st = staff()
    appt = today() + dt.timedelta(days=R.randint(1, 10))
    rem = {"en": (f"Reminder: Prenatal visit {P(fdate(appt, R.choice(['md', 'abbr_us'])), 'date')} at 10:00 AM with {st[0]} {st[1]}", "appt-reminder"),
           "es": (f"Recordatorio: cita prenatal el {P(fdate(appt, 'es_short'), 'date')} a las 10:00", "appt-reminder-es"),
           "ht": (f"Rapèl: randevou ou {P(fdate(appt, 'ht_short'), 'date')} a 2è", "appt-reminder-ht")}[c["lang"]]
    subj = R.choice([rem, rem,
                     ("Your lab results are ready in the client portal", "lab-ready"),
                     (f"{P(c['first'], 'name')}, your superbill for {MONTHS[today().month - 2]} is attached", "superbill")])
    ev = R.choice(["delivered", "delivered", "opened", "failed", "clicked"])
    o = dict(base, event=ev, recipient=P(c["email"], "email"), **{"recipient-domain": c["email"].split("@")[1]},
             message={"headers": {"message-id": mid, "from": f"{PRACTICE} <care@mg.seagrapemidwifery.com>",
                                  "to": f"{P(full(c), 'name')} <{P(c['email'], 'email')}>", "subject": subj[0]}},
             tags=[subj[1]], **{"user-variables": {"patient_id": P(str(c["jane_id"]), "mrn")}})
    if ev in ("opened", "clicked"):
        o["ip"] = P(pub_ip(), "ip")
        o["geolocation"] = {"country": "US", "region": "FL", "city": P(c["city"], "address")}
        ios = R.random() < 0.5
        o["client-info"] = {"client-os": "iOS" if ios else "Android", "device-type": "mobile", "client-name": "Mobile Safari" if ios else "Chrome Mobile"}
    elif ev == "failed":
        o["severity"] = "permanent"
        o["delivery-status"] = {"code": 550, "message": "5.1.1 The email account that you tried to reach does not exist.", "mx-host": {"gmail.com": "gmail-smtp-in.l.google.com", "yahoo.com": "mta7.am0.yahoodns.net", "aol.com": "mx-aol.mail.gm0.yahoodns.net",
                                                                                                                        "icloud.com": "mx01.mail.icloud.com", "hotmail.com": "hotmail-com.olc.protection.outlook.com",
                                                                                                                        "outlook.com": "outlook-com.olc.protection.outlook.com"}[c["email"].split("@")[1]]}
        o["log-level"] = "error"
    else:
        o["delivery-status"] = {"code": 250, "message": "OK", "tls": True}
    return [(fam, jd(o))]


# ======================================================================== assembly
GENS = [(prenatal_note, 6), (soap_json, 15), (labor_flowsheet, 3.5), (newborn_exam, 5), (nbs_card, 10),
        (birth_worksheet, 3), (booking_webhook, 25), (nginx_access, 30), (square_csv, 5), (square_webhook, 8),
        (superbill, 6), (x12, 8), (hl7_oru, 4.5), (lab_pdf_ocr, 2.5), (php_error, 14), (wp_cf7, 11), (gvoice, 10),
        (go_zap, 30), (go_slog, 15), (gin_access, 20), (go_panic, 0.6), (postgres, 20), (redis_log, 18), (mailgun, 25)]
SINGLE = [nginx_access, gin_access, go_slog, booking_webhook, go_zap, mailgun]


def build():
    make_clients()
    CLK[0] = T0
    lines = []
    fns = [g for g, _ in GENS]
    wts = [w for _, w in GENS]
    while len(lines) < 500:
        tick(20, 500)
        rem = 500 - len(lines)
        g = R.choices(fns, wts)[0]
        blk = g()
        if len(blk) > rem:
            blk = R.choice(SINGLE)()
            if len(blk) > rem:
                continue
        for fam, marked in blk:
            lines.append(Line.from_marked(fam, marked))
    return lines


def acceptable(lines):
    from collections import Counter
    cats = Counter(sp["cat"] for ln in lines for sp in ln.spans)
    fams = Counter(ln.family for ln in lines)
    nophi = sum(1 for ln in lines if not ln.spans)
    return (272 <= nophi <= 278 and all(cats[c] >= 3 for c in CATS) and len(fams) >= 20
            and min(fams.values()) >= 4)


def main():
    # Deterministic: walk sub-seeds of the fixed SEED until the mix meets the quotas.
    for attempt in range(1000):
        R.seed(SEED + attempt)
        lines = build()
        if acceptable(lines):
            break
    else:
        raise SystemExit("no acceptable mix")
    print(f"sub-seed {SEED}+{attempt}")
    assert len(lines) == 500
    texts, labels = [], []
    for n, ln in enumerate(lines, 1):
        texts.append(ln.check())
        labels.append({"line": n, "family": ln.family, "spans": ln.spans})
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(texts))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    nophi = sum(1 for x in labels if not x["spans"])
    fams = sorted({x["family"] for x in labels})
    print(f"lines=500 no_phi={nophi} ({nophi / 5:.1f}%) families={len(fams)}")


if __name__ == "__main__":
    main()
