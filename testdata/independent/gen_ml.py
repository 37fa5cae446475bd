#!/usr/bin/env python3
"""gen_ml.py - synthetic labeled log corpus (ID=ml).

Theme: the pharmacovigilance (PV) and medical-information call center of a
fictitious drug manufacturer ("Northlake Pharmaceuticals"): adverse-event
intake in a Vault-Safety-like and an Argus-like system, E2B(R3) ICSR XML,
MedWatch 3500A field dumps, product complaints (lots, returned devices),
patient support program (hub enrollments, copay cards, nurse educator
callbacks, connected autoinjectors), Five9 CDRs, Genesys IVR traces, call
transcripts, literature screening, MedDRA coding, Spring Batch jobs, Airflow
DAG logs, Oracle alert logs, SFTP exchanges with FDA ESG / EMA
EudraVigilance, acknowledgements and case narratives in English, German and
Japanese.  Everything (people, identifiers, companies, products) is
synthetic.  Standard library only, deterministic (fixed seed).

Writes ml.log (500 lines) and ml.labels.jsonl next to this script.

Labeling decisions:
- Labeled people: patients and non-HCP reporters about them (relatives,
  caregivers, neighbours, the patient reporting about him/herself).
- Not labeled: HCP reporters (physicians, pharmacists, nurses) acting in
  their role, call-center agents, nurse educators, safety associates,
  literature authors, regulators, vendors, company/facility contact data
  (names, phones, faxes, e-mails, NPIs, usernames, addresses).
- Case-level identifiers that point to one patient's case are other_id:
  Argus case number and CASE_ID, worldwide unique case ID / C.1.1 sender ID,
  Vault case and inbox record IDs, 3500A manufacturer report number (G9),
  EudraVigilance and PMDA local case numbers, PSP enrollment IDs, patient
  portal usernames, social-media handles of posting patients.  A case ID
  embedded in a file name is labeled as the case ID substring only.
- Not labeled: call/conversation/interaction IDs, trace/span/request IDs,
  UUIDs, E2B message and batch numbers, ESG Core IDs and ACK message IDs,
  product complaint numbers (PR#), MIR numbers, copay claim numbers, lot
  numbers, NDCs, MedDRA codes, PMIDs/DOIs, tracking numbers.
- date: birth, event onset/stop, therapy start/stop, dose administration,
  admission/discharge, lab-test dates, death, nurse-callback appointments,
  consent signature.  Partial dates (month+day, month+year) are labeled; a
  bare year is not.  For a date-time only the date part is labeled.
- Not date: case receipt/awareness dates, report dates (B4, C.1.5),
  submission/ACK dates, expiry dates, log timestamps, batch run dates.
- age: only ages > 89, the number alone ("92" of "92-year-old", "93" of
  "93 J.", "94" of "94歳", value="95" in E2B); ages <= 89 are not labeled.
- name: full names, single given names used to address a patient/relative,
  initials (E2B D.1 "M.H."/"MH") and kanji names; titles (Mr., Frau, 様)
  stay outside the span; "Last, First" is one span; E2B <given>/<family>
  are separate spans.
- address: street line (incl. unit) and city are spans of their own when
  separated by delimiters/fields, otherwise one span; state and country are
  not labeled; postal codes (US ZIP, DE PLZ, UK postcode, JP 〒) are zip.
  A Japanese address (prefecture..banchi) is one address span.
- phone: caller ANI on patient-facing campaigns (PV_AE_Patient_*, PSP_*) and
  the dialled patient number on outbound nurse callbacks; ANI on HCP /
  trade campaigns and company toll-free DNIS are not labeled.
- ip: only public client IPs on patient-facing submission endpoints (AE
  web form, PSP portal); internal 10.x, HCP portal, regulator gateways not.
- health_plan: insurance member IDs, MBI, Medicaid IDs, German KVNR,
  Japanese insured-person numbers.  Group numbers, BIN, PCN not labeled.
- account: copay card numbers/IDs (incl. MBRID of copay claims) and the
  patient's bank account for direct reimbursement; routing numbers not.
- device: serial, UDI (whole string) and BLE MAC of the patient's own
  autoinjector/pen.  license: patient's driver's licence number (PAP
  identity check).  vehicle: VIN/plate of a patient's car in a narrative.
- biometric: IVR voiceprint IDs; photo: base64 image a patient attached.
- Masked values (***-**-4471, card ending 0193) are not labeled.
"""
import datetime as dt
import hashlib
import json
import os
import random
import string
import unicodedata

R = random.Random(21_2024_0311)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "ml"

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
        if not cat:
            return self.t(s)
        assert s, "empty span"
        st = len(self.buf)
        self.buf += s.encode("utf-8")
        self.spans.append({"s": st, "e": len(self.buf), "cat": cat, "v": s})
        return self

    def text(self):
        return self.buf.decode("utf-8")


_F = string.Formatter()


def emit(line, template, **kw):
    for lit, field, spec, _conv in _F.parse(template):
        if lit:
            line.t(lit)
        if field is not None:
            v = kw[field]
            if isinstance(v, tuple):
                line.p(v[0], v[1])
            else:
                line.t(format(v, spec) if spec else str(v))
    return line


def mkp(family, prefix, template, **kw):
    ln = Line(family).t(prefix)
    return emit(ln, template, **kw) if kw else ln.t(template)


def mk(family, template, **kw):
    if not kw:  # plain text, may contain literal braces
        return Line(family).t(template)
    return emit(Line(family), template, **kw)


class P:
    """JSON value carrying a label category."""
    __slots__ = ("v", "c")

    def __init__(self, v, c):
        self.v, self.c = v, c


def jw(line, o, sep=",", ksep=":"):
    if isinstance(o, P):
        if isinstance(o.v, str):
            enc = json.dumps(o.v, ensure_ascii=False)
            assert enc[1:-1] == o.v, o.v
            line.t('"').p(o.v, o.c).t('"')
        else:
            line.p(json.dumps(o.v), o.c)
    elif isinstance(o, dict):
        line.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                line.t(sep)
            line.t(json.dumps(k) + ksep)
            jw(line, v, sep, ksep)
        line.t("}")
    elif isinstance(o, list):
        line.t("[")
        for i, v in enumerate(o):
            if i:
                line.t(sep)
            jw(line, v, sep, ksep)
        line.t("]")
    else:
        line.t(json.dumps(o, ensure_ascii=False))
    return line


def mj(family, obj, prefix="", pretty=False):
    ln = Line(family)
    if isinstance(prefix, Line):
        ln = prefix
    else:
        ln.t(prefix)
    return jw(ln, obj, ", " if pretty else ",", ": " if pretty else ":")


def ag(age):
    """age value labeled only when > 89"""
    return (str(age), "age") if age > 89 else str(age)


def agP(age):
    return P(age, "age" if age > 89 else None)


# ---------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 11, 1, 58, 3, 117000)

    def tick(self, lo=1, hi=40):
        self.t += dt.timedelta(seconds=R.randint(lo, hi), microseconds=R.randint(0, 999999))
        return self.t


C = Clock()


def ms(t):
    return f"{t.microsecond // 1000:03d}"


def ts_spring(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t)


def ts_log4j(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)


def ts_iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "Z"


def ts_iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def ts_airflow(t):
    return t.strftime("[%Y-%m-%d, %H:%M:%S UTC]")


def ts_oracle(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.%f") + "+00:00"


def ts_syslog(t):
    return t.strftime("%b ") + f"{t.day:>2}" + t.strftime(" %H:%M:%S")


def ts_nginx(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


# ---------------------------------------------------------------- date formats
MON_UP = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
MON = [m.title() for m in MON_UP]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
             "August", "September", "Oktober", "November", "Dezember"]


def ordsfx(n):
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def fd(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "us_yy":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "argus":
        return f"{d.day:02d}-{MON_UP[d.month - 1]}-{d.year}"
    if style == "dmon":
        return f"{d.day:02d}-{MON[d.month - 1]}-{d.year}"
    if style == "dmon_sp":
        return f"{d.day} {MON[d.month - 1]} {d.year}"
    if style == "de":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "de_long":
        return f"{d.day}. {DE_MONTHS[d.month - 1]} {d.year}"
    if style == "e2b":
        return d.strftime("%Y%m%d")
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "spoken":
        return f"{MONTHS[d.month - 1]} {d.day}{ordsfx(d.day)}, {d.year}"
    if style == "spoken_md":
        return f"{MONTHS[d.month - 1]} {d.day}{ordsfx(d.day)}"
    if style == "ja":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "ja_slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "dtmf":
        return f"{d.month:02d}{d.day:02d}{d.year}"
    if style == "uk":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "my":
        return f"{d.month:02d}/{d.year}"
    raise ValueError(style)


# ---------------------------------------------------------------- data pools
US_F = ["Dolores", "Siobhan", "Thanh", "Priya", "Guadalupe", "Mei-Ling", "Chiamaka", "Zofia",
        "Fatima", "Esperanza", "Nkechi", "Ana Lucía", "Soo-ah", "Giulia", "Eleanor", "Marisol",
        "Beverly", "Rosalind", "Agnes", "Lakshmi", "Aaliyah", "Margarethe", "Imelda",
        "Wilhelmina", "Nizhoni", "Leilani", "Bernadette", "Yesenia"]
US_M = ["Oluwaseun", "Dmitri", "Kwame", "Yusuf", "Bartholomew", "Tomasz", "Declan",
        "Jean-Baptiste", "Willem", "Hamid", "DeShawn", "Earl", "Wendell", "Tuan", "Ezekiel",
        "Mordecai", "Rafael", "Kenji", "Abdullahi", "Cornelius", "Keoni", "Anselm", "Lamar"]
US_L = ["van der Berg", "O'Connell", "Okonkwo-Bell", "García Márquez", "Nguyen", "de la Cruz",
        "Kowalczyk", "Abernathy", "Haddad", "Rasmussen", "Papadopoulos", "Fitzgerald",
        "Al-Sayed", "Chukwu", "Petrov", "Delacroix", "MacLeod", "Ferreira", "Iyer", "Kim",
        "Bianchi", "Okafor", "St. James", "Holloway", "Washington", "Tran", "Gutiérrez",
        "Lindqvist", "Szymański", "DuBois", "McAllister", "Yazzie", "Begay", "Kealoha",
        "Mbatha", "Quiñones", "Oyelaran-Price", "Vu"]
GB_F = ["Harriet", "Gwendolyn", "Aisling", "Bronwen"]
GB_M = ["Rhys", "Alistair", "Callum", "Tariq"]
GB_L = ["Featherstonehaugh", "Ó Briain", "Pryce-Jones", "Okoro", "Patel", "MacKinnon"]
FR_F = ["Marie-Claude", "Océane", "Brigitte", "Aïcha"]
FR_M = ["Jean-Luc", "Thierry", "Amadou", "Loïc"]
FR_L = ["Le Goff", "de Villiers", "Benali", "Lefèvre", "N'Diaye"]
DE_F = ["Gisela", "Ursula", "Friederike", "Ayşe", "Hildegard", "Anneliese", "Jutta"]
DE_M = ["Karl-Heinz", "Hans-Jürgen", "Dragan", "Jörg", "Wolfgang", "Mehmet", "Sieglinde"[:0] or "Egon"]
DE_L = ["Obermaier", "Wendt", "Breitenbach", "Krüger", "von Stetten", "Yılmaz", "Petrović",
        "Weiß", "Schäfer-Lindner", "Müller", "zu Dohna", "Kaczmarek"]
JP_F = [("花子", "Hanako"), ("美咲", "Misaki"), ("由美子", "Yumiko"), ("さくら", "Sakura"),
        ("千代", "Chiyo"), ("トメ", "Tome"), ("久子", "Hisako")]
JP_M = [("健一", "Kenichi"), ("隆", "Takashi"), ("正雄", "Masao"), ("勝也", "Katsuya"), ("茂", "Shigeru")]
JP_L = [("山田", "Yamada"), ("佐藤", "Sato"), ("鈴木", "Suzuki"), ("高橋", "Takahashi"),
        ("田中", "Tanaka"), ("伊藤", "Ito"), ("渡辺", "Watanabe"), ("中村", "Nakamura"),
        ("小林", "Kobayashi"), ("加藤", "Kato")]

US_ADDR = [("Dayton", "OH", "45402", "937"), ("Tempe", "AZ", "85281", "480"),
           ("Bridgeport", "CT", "06604", "203"), ("Chicago", "IL", "60618", "773"),
           ("Portland", "OR", "97214", "503"), ("Miami", "FL", "33135", "305"),
           ("New York", "NY", "10031", "646"), ("Kaneohe", "HI", "96744", "808"),
           ("Gallup", "NM", "87301", "505"), ("Duluth", "MN", "55802", "218"),
           ("Macon", "GA", "31201", "478"), ("Spokane", "WA", "99201", "509"),
           ("Lowell", "MA", "01852", "978"), ("El Paso", "TX", "79912", "915")]
US_STREETS = {
    "Dayton": ["1842 Willow Creek Rd", "6012 Mesa Grande Ct"], "Tempe": ["415 Magnolia Blvd Unit 12", "1701 E Apache Blvd Apt 221"],
    "Bridgeport": ["31 Cherry St #2", "88 Park Ave"], "Chicago": ["3310 N Kedzie Ave", "2740 W Lakeview Dr Apt 3R"],
    "Portland": ["2207 SE Hawthorne Blvd", "60 Pinecrest Ln"], "Miami": ["1288 SW 8th St", "415 NW 27th Ave Apt 9"],
    "New York": ["504 W 138th St Apt 6F", "77 Bayard St Apt 4C"], "Kaneohe": ["45-210 Kamehameha Hwy", "46-018 Alaloa St"],
    "Gallup": ["118 Route 66 Lot 14", "PO Box 1187"], "Duluth": ["9 Old Post Road", "1220 E 4th St"],
    "Macon": ["2740 Lakeview Dr", "611 Pio Nono Ave"], "Spokane": ["1503 W Dean Ave", "PO Box 4410"],
    "Lowell": ["22 Varnum Ave #3", "160 Gorham St"], "El Paso": ["6012 Mesa Grande Ct", "9301 Alameda Ave Apt 12"]}
DE_ADDR = [("Lindenstraße 14", "80331", "München", "089"), ("Am Kupfergraben 3a", "10117", "Berlin", "030"),
           ("Hauptstr. 122", "69117", "Heidelberg", "06221"), ("Schillerweg 7", "04109", "Leipzig", "0341"),
           ("Königsallee 58", "40212", "Düsseldorf", "0211"), ("Ringstraße 9", "24103", "Kiel", "0431")]
JP_ADDR = [("150-0002", "東京都渋谷区渋谷2-21-1"), ("530-0001", "大阪府大阪市北区梅田3-1-3"),
           ("460-0008", "愛知県名古屋市中区栄4-5-6"), ("812-0011", "福岡県福岡市博多区博多駅前2-1-1"),
           ("980-0021", "宮城県仙台市青葉区中央1-3-1")]
GB_ADDR = [("14 Ashgrove Terrace", "Leeds", "LS6 3DR"), ("2 Glebe Cottages", "Llandeilo", "SA19 6AB")]
FR_ADDR = [("12 rue des Tanneurs", "Lyon", "69002"), ("5 allée des Tilleuls", "Rennes", "35000")]

PRODUCTS = [
    dict(name="Vexaprilimab", form="150 mg/mL solution for injection in pre-filled autoinjector",
         strength="150 mg/mL", ndc="72318-150-02", gtin="00372318150025", dev=True, lp="VX", ja="ヴェキサプリリマブ",
         devp="AJ7"),
    dict(name="Dorzelatide", form="2 mg/0.5 mL pre-filled pen", strength="2 mg/0.5 mL", ndc="72318-202-05",
         gtin="00372318202052", dev=True, lp="DZ", ja="ドルゼラチド", devp="DZP"),
    dict(name="Quenorafib", form="50 mg film-coated tablets", strength="50 mg", ndc="72318-050-30",
         gtin="00372318050301", dev=False, lp="QF", ja="クエノラフィブ", devp=None),
    dict(name="Lumiretant", form="10 mg/mL oral solution", strength="10 mg/mL", ndc="72318-010-12",
         gtin="00372318010121", dev=False, lp="LM", ja="ルミレタント", devp=None),
]

EVENTS = [
    ("my lips and tongue swelled up", "Lippen- und Zungenschwellung", "口唇及び舌の腫脹", "Lip swelling", 10024570, "Gastrointestinal disorders", 10017947),
    ("stinging at the injection site for two days", "Brennen an der Injektionsstelle", "注射部位疼痛", "Injection site pain", 10022086, "General disorders and administration site conditions", 10018065),
    ("red hot patch where I injected", "Rötung an der Einstichstelle", "注射部位紅斑", "Injection site erythema", 10022061, "General disorders and administration site conditions", 10018065),
    ("felt sick to my stomach all day", "Übelkeit", "悪心", "Nausea", 10028813, "Gastrointestinal disorders", 10017947),
    ("pounding headache after the dose", "starke Kopfschmerzen", "頭痛", "Headache", 10019211, "Nervous system disorders", 10029205),
    ("dizzy every time she stands up", "Schwindel beim Aufstehen", "浮動性めまい", "Dizziness", 10013573, "Nervous system disorders", 10029205),
    ("itchy rash on both forearms", "juckender Hautausschlag", "発疹", "Rash", 10037844, "Skin and subcutaneous tissue disorders", 10040785),
    ("fell asleep at the wheel", "Einschlafen am Steuer", "傾眠", "Somnolence", 10041349, "Nervous system disorders", 10029205),
    ("fell in the bathroom and hit his head", "Sturz im Badezimmer", "転倒", "Fall", 10016173, "Injury, poisoning and procedural complications", 10022117),
    ("throat closing up, face swollen", "Angioödem", "血管性浮腫", "Angioedema", 10002424, "Skin and subcutaneous tissue disorders", 10040785),
    ("sugar dropped to 48", "Hypoglykämie", "低血糖", "Hypoglycaemia", 10020993, "Metabolism and nutrition disorders", 10027433),
    ("so tired she can barely get up", "ausgeprägte Müdigkeit", "疲労", "Fatigue", 10016256, "General disorders and administration site conditions", 10018065),
]

AGENTS = ["Dana Whitfield", "Marcus Oyelaran", "Keiko Brandt", "Luis Ortega", "Tamsin Greer", "Rajiv Bhatt"]
SAFETY = ["ABRENNER", "SKOWALSKI", "RMEHTA", "JVOGT", "MISHII", "TLARSEN"]
NURSES = ["RN K. Albrecht", "RN P. Osei", "RN J. Delgado", "RN M. Haugen"]
HCPS = [("Helen", "Marsh", "MD", "Miami Valley Hospital", "(937) 208-8000", "(937) 208-8012", "hmarsh@mvh.example.org"),
        ("Ravi", "Subramanian", "MD", "Banner Desert Medical Center", "480-412-3000", "480-412-3099", "r.subramanian@bannerhealth.example.com"),
        ("Colleen", "Ayers", "PharmD", "Walgreens #10482", "203-366-1140", "203-366-1145", "rxm10482@walgreens.example.com"),
        ("Tobias", "Reinhardt", "Dr. med.", "Praxis Dr. Reinhardt", "+49 89 5512 880", "+49 89 5512 889", "praxis@reinhardt-allgemeinmedizin.example.de"),
        ("Sabine", "Brandt", "Apothekerin", "Löwen-Apotheke", "030 2093 4411", "030 2093 4419", "info@loewen-apotheke-mitte.example.de"),
        ("Aiko", "Tamura", "医師", "田村内科クリニック", "03-3461-2200", "03-3461-2201", "info@tamura-naika.example.jp"),
        ("Nnamdi", "Eze", "RN", "Duluth Home Health", "218-722-0150", "218-722-0159", "neze@duluthhh.example.com")]
COMPANY_DNIS = ["8005550199", "8775550142", "8665550123"]

# ---------------------------------------------------------------- generators of IDs


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum()))


def luhn_complete(prefix, n=16):
    digits = prefix + "".join(str(R.randint(0, 9)) for _ in range(n - len(prefix) - 1))
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return digits + str((10 - tot % 10) % 10)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    AN = L + "0123456789"
    return (str(R.randint(1, 9)) + R.choice(L) + R.choice(AN) + str(R.randint(0, 9)) + R.choice(L)
            + R.choice(AN) + str(R.randint(0, 9)) + R.choice(L) + R.choice(L) + str(R.randint(0, 9)) + str(R.randint(0, 9)))


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def us_phone(area, style=None):
    ex = R.choice([x for x in range(201, 990) if x % 100 != 55 and x != 555])
    ln = R.randint(1000, 9999)
    style = style or R.choice(["paren", "dash", "plain", "plus", "dot", "e164"])
    return {"paren": f"({area}) {ex}-{ln}", "dash": f"{area}-{ex}-{ln}", "plain": f"{area}{ex}{ln}",
            "plus": f"+1 {area} {ex} {ln}", "dot": f"{area}.{ex}.{ln}", "e164": f"+1{area}{ex}{ln}"}[style]


def phone_digits(ph):
    d = "".join(c for c in ph if c.isdigit())
    return d[-10:]


def make_person(country, sex=None, last=None):
    sex = sex or R.choice("FM")
    p = {"sex": sex, "country": country}
    if country == "JP":
        kf, rf = R.choice(JP_F if sex == "F" else JP_M)
        kl, rl = last if last else R.choice(JP_L)
        p.update(first=rf, last=rl, kfirst=kf, klast=kl, jl=(kl, rl))
    else:
        pools = {"US": (US_F, US_M, US_L), "DE": (DE_F, DE_M, DE_L), "GB": (GB_F, GB_M, GB_L), "FR": (FR_F, FR_M, FR_L)}
        F, M, Ls = pools[country]
        p.update(first=R.choice(F if sex == "F" else M), last=last or R.choice(Ls))
    lw = [w for w in p["last"].replace("-", " ").split() if w[0].isupper()] or [p["last"]]
    p["ini"] = (p["first"][0] + lw[0][0]).upper()
    return p


def nm(p, style):
    f, l = p["first"], p["last"]
    return {"fl": f"{f} {l}", "lf": f"{l}, {f}", "LF": f"{l.upper()}, {f.upper()}", "FLU": f"{f} {l}".upper(),
            "low": f"{f} {l}".lower(), "dots": f"{p['ini'][0]}.{p['ini'][1]}.", "ini": p["ini"],
            "fi": f"{f[0]}. {l}", "lfi": f"{l}, {f[0]}.", "L_F": f"{l.upper()} {f}", "first": f,
            "ja": f"{p.get('klast', l)} {p.get('kfirst', f)}", "jan": f"{p.get('klast', l)}{p.get('kfirst', f)}",
            "LFpipe": None}[style]


EMAIL_DOM = {"US": ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "icloud.com", "comcast.net", "att.net"],
             "DE": ["web.de", "gmx.de", "t-online.de", "gmail.com"], "JP": ["docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp", "gmail.com"],
             "GB": ["btinternet.com", "hotmail.co.uk", "gmail.com"], "FR": ["orange.fr", "free.fr", "gmail.com"]}


def email_for(p):
    f, l = fold(p["first"]).lower(), fold(p["last"]).lower()
    dom = R.choice(EMAIL_DOM[p["country"]])
    return R.choice([f"{f}.{l}@{dom}", f"{f[0]}{l}{R.randint(10, 99)}@{dom}", f"{l}.{f}{R.randint(1940, 1999) % 100}@{dom}", f"{f}_{l[:4]}@{dom}"])


# ---------------------------------------------------------------- cases
COUNTRIES = ["US"] * 30 + ["DE"] * 8 + ["JP"] * 6 + ["GB"] * 3 + ["FR"] * 1
R.shuffle(COUNTRIES)


def make_case(i):
    country = COUNTRIES[i]
    old = R.random() < 0.33
    onset = dt.date(2024, 1, 18) + dt.timedelta(days=R.randint(0, 50))
    if old:
        dob = dt.date(R.randint(1925, 1933), R.randint(1, 12), R.randint(1, 28))
    else:
        dob = dt.date(R.randint(1946, 2004), R.randint(1, 12), R.randint(1, 28))
    age = onset.year - dob.year - ((onset.month, onset.day) < (dob.month, dob.day))
    pat = make_person(country)
    prod = R.choice(PRODUCTS)
    ev = R.choice(EVENTS)
    c = dict(idx=i, country=country, pat=pat, dob=dob, age=age, onset=onset, prod=prod, ev=ev)
    c["case_no"] = f"2024NL{4800 + i * 7 + R.randint(0, 6):06d}"
    c["wwid"] = f"{country}-NORTHLAKE-{c['case_no']}"
    c["case_id"] = str(1048000 + i * 13 + R.randint(0, 12))
    c["vault_id"] = f"V2A{R.randint(10**11, 10**12 - 1):012d}"
    c["inbox_id"] = f"II-{R.randint(100000, 999999)}"
    c["mfr_no"] = f"3009876543-2024-{R.randint(100, 9999):05d}"
    c["ev_no"] = f"EU-EC-{R.randint(10**10, 10**11 - 1)}"
    c["receipt"] = onset + dt.timedelta(days=R.randint(1, 6))
    c["start"] = onset - dt.timedelta(days=R.randint(5, 120))
    c["lot"] = f"{prod['lp']}{R.randint(2, 4)}{R.choice('ABCDEFGHJK')}{R.randint(100, 999)}{R.choice('ABC')}"
    c["exp"] = dt.date(2025, R.randint(1, 12), 1)
    c["serious"] = R.random() < 0.4
    c["fatal"] = old and R.random() < 0.3
    c["death"] = onset + dt.timedelta(days=R.randint(1, 9)) if c["fatal"] else None
    c["weight"] = R.randint(44, 112)
    # address & contact
    if country == "US":
        city, st, z, area = R.choice(US_ADDR)
        c.update(street=R.choice(US_STREETS[city]), city=city, state=st, zip=z, area=area)
        c["phone"] = us_phone(area)
        c["hp"] = R.choice([f"{R.choice(['XHP', 'YJG', 'ZGP', 'QMB'])}{digits(9)}", f"W{digits(10)}", mbi(), f"{digits(12)}"])
        c["hp_kind"] = "MBI" if len(c["hp"]) == 11 and c["hp"][0].isdigit() and not c["hp"].isdigit() else "member"
    elif country == "DE":
        street, z, city, pre = R.choice(DE_ADDR)
        c.update(street=street, city=city, zip=z, state="", area=pre)
        c["phone"] = R.choice([f"{pre} {digits(7)}", f"+49 {pre[1:]} {digits(4)} {digits(3)}", f"01{R.choice('567')}{R.randint(0, 9)} {digits(7)}"])
        c["hp"] = R.choice("ABCDEFGHKLMNRSTWZ") + digits(9)
    elif country == "JP":
        z, addr = R.choice(JP_ADDR)
        c.update(street=addr, city="", zip=z, state="")
        c["phone"] = R.choice([f"03-{digits(4)}-{digits(4)}", f"090-{digits(4)}-{digits(4)}", f"080{digits(8)}"])
        c["hp"] = f"{digits(8)}"
    elif country == "GB":
        street, city, z = R.choice(GB_ADDR)
        c.update(street=street, city=city, zip=z, state="")
        c["phone"] = R.choice([f"07{digits(3)} {digits(6)}", f"+44 7{digits(3)} {digits(6)}"])
        c["hp"] = f"{digits(3)} {digits(3)} {digits(4)}"
    else:
        street, city, z = R.choice(FR_ADDR)
        c.update(street=street, city=city, zip=z, state="")
        c["phone"] = R.choice([f"06 {digits(2)} {digits(2)} {digits(2)} {digits(2)}", f"+33 6 {digits(2)} {digits(2)} {digits(2)} {digits(2)}"])
        c["hp"] = f"{R.randint(1, 2)} {digits(2)} {digits(2)} {digits(2)} {digits(3)} {digits(3)} {digits(2)}"
    c["email"] = email_for(pat)
    # reporter
    if country == "US" and R.random() < 0.7 or country in ("GB", "FR") and R.random() < 0.5:
        rel = R.choice(["self", "daughter", "son", "wife" if pat["sex"] == "M" else "husband", "granddaughter", "neighbour", "self"])
        if rel == "self":
            rep = pat
        else:
            same = rel in ("son", "daughter", "wife", "husband", "granddaughter") and R.random() < 0.6
            rsex = "F" if rel in ("daughter", "wife", "granddaughter") else ("M" if rel in ("son", "husband") else None)
            rep = make_person(country, sex=rsex, last=pat["last"] if same else None)
            rep["phone"] = us_phone(c.get("area", "212")) if country == "US" else c["phone"][:-2] + digits(2)
            rep["email"] = email_for(rep)
        c.update(rep_type="consumer", rel=rel, rep=rep)
    else:
        pool = {"DE": [3, 4], "JP": [5], "US": [0, 1, 2, 6], "GB": [0, 1], "FR": [0, 1]}[country]
        c.update(rep_type="hcp", rel=None, rep=HCPS[R.choice(pool)])
    c["mrn"] = R.choice([f"{digits(8)}", f"E{digits(7)}", f"MR-{digits(7)}", f"{digits(3)}-{digits(2)}-{digits(2)}"])
    c["psp"] = f"PSP-{R.randint(10**7, 10**8 - 1):08d}"
    c["card"] = luhn_complete(R.choice(["4100", "6011", "5411"]))
    c["serial"] = (f"{prod['devp']}-{R.randint(2201, 2412)}-{digits(6)}" if prod["dev"] else None)
    c["mac"] = ":".join(f"{R.randint(0, 255):02X}" for _ in range(6))
    c["username"] = R.choice([fold(pat["first"]).lower()[:5] + str(R.randint(10, 99)), fold(pat["last"]).lower() + "_" + fold(pat["first"])[0].lower(), "vexwarrior" + digits(2)])
    c["ssn"] = ssn()
    c["ip"] = f"{R.choice([24, 47, 67, 71, 73, 76, 98, 108, 174, 184])}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"
    c["callback"] = dt.date(2024, 3, R.randint(12, 29))
    c["consent"] = dt.date(2024, 3, R.randint(1, 10))
    return c


CASES = [make_case(i) for i in range(48)]
US_CASES = [c for c in CASES if c["country"] == "US"]
CONS_US = [c for c in US_CASES if c["rep_type"] == "consumer"]


USE = {}


def pick(pool=None):
    pool = pool or CASES
    lo = min(USE.get(c["idx"], 0) for c in pool)
    c = R.choice([c for c in pool if USE.get(c["idx"], 0) <= lo + 1])
    USE[c["idx"]] = USE.get(c["idx"], 0) + 1
    return c


def relword(c):
    # relation of the patient as seen from the reporter
    return {"daughter": "mother" if c["pat"]["sex"] == "F" else "father", "son": "mother" if c["pat"]["sex"] == "F" else "father",
            "wife": "husband", "husband": "wife", "granddaughter": "grandmother" if c["pat"]["sex"] == "F" else "grandfather",
            "neighbour": "neighbour"}.get(c["rel"], "")


def he(c):
    return "she" if c["pat"]["sex"] == "F" else "he"


def her(c):
    return "her" if c["pat"]["sex"] == "F" else "his"


# ================================================================ BLOCKS
# every block returns a list of Line objects; the clock advances inside.

def blk_spring():
    pid = R.randint(2100, 9900)
    job = R.choice(["pspEnrollmentImportJob", "argusReconciliationJob", "e2bOutboundJob", "copayClaimsLoadJob"])
    rid = R.randint(300, 1400)
    stamp = C.t.strftime("%Y%m%d")
    params = {"pspEnrollmentImportJob": f"input.file=/data/inbound/hub/NLCONNECT_ENROLL_{stamp}.csv, run.id={rid}",
              "argusReconciliationJob": f"window.days=5, run.id={rid}",
              "e2bOutboundJob": f"profile=FDA_R3, batch.size=50, run.id={rid}",
              "copayClaimsLoadJob": f"input.file=/data/inbound/copay/CLAIMS_{stamp}.txt, run.id={rid}"}[job]
    step = {"pspEnrollmentImportJob": "readEnrollmentsStep", "argusReconciliationJob": "matchCasesStep",
            "e2bOutboundJob": "exportIcsrStep", "copayClaimsLoadJob": "loadClaimsStep"}[job]

    def pre(level, thread, logger):
        return f"{ts_spring(C.tick(0, 3))} {level:>5} {pid} --- [{thread:>15}] {logger:<40} : "

    out = [mk("spring_batch", pre("INFO", "main", "o.s.b.c.l.support.SimpleJobLauncher") +
              f"Job: [SimpleJob: [name={job}]] launched with the following parameters: [{{{params}}}]")]
    out.append(mk("spring_batch", pre("INFO", "main", "o.s.batch.core.job.SimpleStepHandler") + f"Executing step: [{step}]"))
    if R.random() < 0.4:
        out.append(mk("spring_batch", pre("INFO", "main", "com.zaxxer.hikari.HikariDataSource") + "HikariPool-1 - Start completed."))
    c = pick(US_CASES)
    p = c["pat"]
    if job == "pspEnrollmentImportJob":
        ln = mk("spring_batch", pre("WARN", "main", "c.n.psp.batch.EnrollmentSkipListener"))
        ln.t(f"Skipped record (FlatFileParseException): Parsing error at line: {R.randint(2, 90)} in resource=[file [/data/inbound/hub/NLCONNECT_ENROLL_{stamp}.csv]], input=[")
        ln.p(c["psp"], "other_id").t("|").p(p["last"].upper(), "name").t("|").p(p["first"].upper(), "name").t("|")
        ln.p(fd(c["dob"], "us"), "date").t("|").p(c["street"].upper(), "address").t("||").p(c["city"].upper(), "address")
        ln.t(f"|{c['state']}|").p(c["zip"], "zip").t("|").p(phone_digits(c["phone"]), "phone").t("|").p(c["hp"], "health_plan")
        ln.t("|Y|Y|]")
        out.append(ln)
    elif job == "argusReconciliationJob":
        out.append(mk("spring_batch", pre("WARN", "main", "c.n.pv.recon.ReconciliationWriter") +
                      'Unmatched PSP AE report: enrollment={e} patient="{n}" onset={o} - no Argus case within 5 days, routed to PV inbox',
                      e=(c["psp"], "other_id"), n=(nm(p, "lfi"), "name"), o=(fd(c["onset"], "iso"), "date")))
    elif job == "e2bOutboundJob":
        out.append(mk("spring_batch", pre("INFO", "main", "c.n.pv.e2b.IcsrItemWriter") +
                      "Wrote ICSR {w} (R3, {b} bytes, sha256={h}) to /data/outbound/fda_esg/",
                      w=(c["wwid"], "other_id"), b=R.randint(9000, 40000), h=hexs(16)))
    else:
        out.append(mk("spring_batch", pre("WARN", "main", "c.n.copay.batch.ClaimProcessor") +
                      "Claim {cl} rejected R76 (plan limitations exceeded) mbr={card} ndc={ndc}",
                      cl=digits(8), card=(c["card"], "account"), ndc=c["prod"]["ndc"].replace("-", "")))
    out.append(mk("spring_batch", pre("INFO", "main", "o.s.batch.core.step.AbstractStep") +
                  f"Step: [{step}] executed in {R.randint(1, 59)}s{R.randint(0, 999)}ms"))
    out.append(mk("spring_batch", pre("INFO", "main", "o.s.b.c.l.support.SimpleJobLauncher") +
                  f"Job: [SimpleJob: [name={job}]] completed with the following parameters: [{{{params}}}] and the following status: [{R.choice(['COMPLETED', 'COMPLETED', 'COMPLETED', 'FAILED'])}] in {R.randint(2, 90)}s{R.randint(0, 999)}ms"))
    return out


def blk_stacktrace():
    pid = R.randint(2100, 9900)
    t = C.tick(1, 20)
    out = [mk("java_stacktrace", f"{ts_spring(t)} ERROR {pid} --- [   argus-ag-{R.randint(1, 8)}] c.n.pv.argus.ArgusAgClient               : AG service call failed after 3 retries (requestId={uuid4()})")]
    exc = R.choice([
        ("org.springframework.web.client.ResourceAccessException: I/O error on POST request for \"https://argus-ag.northlake.local:8443/ag/services/CaseService\": Read timed out",
         "Caused by: java.net.SocketTimeoutException: Read timed out"),
        ("org.springframework.jdbc.UncategorizedSQLException: PreparedStatementCallback; uncategorized SQLException; SQL state [72000]; error code [1013]; ORA-01013: user requested cancel of current operation",
         "Caused by: java.sql.SQLTimeoutException: ORA-01013: user requested cancel of current operation"),
        ("javax.xml.bind.UnmarshalException: cvc-complex-type.2.4.a: Invalid content was found starting with element 'reactionmeddraversionllt'",
         "Caused by: org.xml.sax.SAXParseException; lineNumber: 214; columnNumber: 37; cvc-complex-type.2.4.a"),
    ])
    out.append(mk("java_stacktrace", exc[0]))
    for fr in R.sample(["\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:791)",
                        "\tat org.springframework.web.client.RestTemplate.execute(RestTemplate.java:717)",
                        "\tat com.northlake.pv.argus.ArgusAgClient.submit(ArgusAgClient.java:142)",
                        "\tat com.northlake.pv.e2b.IcsrItemWriter.write(IcsrItemWriter.java:88)",
                        "\tat org.springframework.batch.core.step.item.SimpleChunkProcessor.writeItems(SimpleChunkProcessor.java:193)",
                        "\tat oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:494)",
                        "\tat java.base/java.lang.Thread.run(Thread.java:840)"], R.randint(2, 4)):
        out.append(mk("java_stacktrace", fr))
    out.append(mk("java_stacktrace", exc[1]))
    out.append(mk("java_stacktrace", f"\t... {R.randint(9, 41)} common frames omitted"))
    return out


def blk_airflow():
    dag, task, phi = R.choice([("psp_hub_reconcile", "match_enrollments", True), ("ev_ack_poll", "parse_acks", True),
                               ("pv_literature_ingest", "fetch_embase", False), ("meddra_version_sync", "load_mdhier", False),
                               ("esg_submission_monitor", "check_ack3", True), ("callcenter_cdr_load", "load_five9_csv", False)])
    sched = C.t.strftime("%Y-%m-%dT%H:00:00+00:00")
    jid = R.randint(40000, 90000)

    def A(src, lvl, msg, **kw):
        return mkp("airflow", ts_airflow(C.tick(0, 4)) + f" {{{src}}} {lvl} - ", msg, **kw)

    out = [A("taskinstance.py:1157", "INFO", f"Dependencies all met for dep_context=non-requeueable deps ti=<TaskInstance: {dag}.{task} scheduled__{sched} [queued]>"),
           A("taskinstance.py:1359", "INFO", f"Starting attempt {R.randint(1, 2)} of 3")]
    if R.random() < 0.5:
        out.append(A("standard_task_runner.py:84", "INFO", f"Running: ['airflow', 'tasks', 'run', '{dag}', '{task}', 'scheduled__{sched}', '--job-id', '{jid}', '--raw', '--subdir', 'DAGS_FOLDER/{dag}.py', '--cfg-path', '/tmp/tmp{hexs(8)}']"))
    c = pick()
    if dag == "psp_hub_reconcile":
        cu = pick(US_CASES)
        out.append(A("logging_mixin.py:188", "INFO", "matched enrollment {e} ({n}, dob {d}) -> argus case {k}",
                     e=(cu["psp"], "other_id"), n=(nm(cu["pat"], "LF"), "name"), d=(fd(cu["dob"], "iso"), "date"), k=(cu["case_no"], "other_id")))
    elif dag == "ev_ack_poll":
        out.append(A("logging_mixin.py:188", "INFO", "ACK AA for safetyreportid={w}; EV local number {e}",
                     w=(c["wwid"], "other_id"), e=(c["ev_no"], "other_id")))
    elif dag == "esg_submission_monitor":
        out.append(A("esg_hook.py:211", "WARNING", "ACK3 overdue (> 48h) for {w} CoreId=ESGCORE-{d}-{n}",
                     w=(c["wwid"], "other_id"), d=C.t.strftime("%Y%m%d"), n=digits(7)))
    elif dag == "pv_literature_ingest":
        out.append(A("embase_client.py:77", "INFO", f"Embase returned {R.randint(40, 300)} records for saved search VEX-ICSR-01 (page size 100)"))
    elif dag == "meddra_version_sync":
        out.append(A("meddra_loader.py:54", "INFO", f"loaded mdhier.asc: {R.randint(25000, 27000)} rows, llt.asc: {R.randint(84000, 86000)} rows (MedDRA 27.0)"))
    else:
        out.append(A("five9_loader.py:120", "INFO", f"copied {R.randint(800, 4000)} rows into staging.five9_cdr from s3://nl-callcenter-raw/five9/{C.t.strftime('%Y/%m/%d')}/call_log.csv"))
    out.append(A("taskinstance.py:1400", "INFO", f"Marking task as SUCCESS. dag_id={dag}, task_id={task}, execution_date={C.t.strftime('%Y%m%dT%H0000')}, start_date={C.t.strftime('%Y%m%dT%H%M%S')}, end_date={(C.t + dt.timedelta(seconds=R.randint(3, 90))).strftime('%Y%m%dT%H%M%S')}"))
    out.append(A("local_task_job_runner.py:228", "INFO", "Task exited with return code 0"))
    return out


def blk_oracle():
    out = [mk("oracle_alert", ts_oracle(C.tick(1, 60)))]
    kind = R.randint(0, 3)
    if kind == 0:
        seq = R.randint(48000, 49000)
        out.append(mk("oracle_alert", f"Thread 1 advanced to log sequence {seq} (LGWR switch),  current SCN: {R.randint(10**9, 10**10)}"))
        out.append(mk("oracle_alert", f"  Current log# {R.randint(1, 4)} seq# {seq} mem# 0: +DATA/ARGPRD/ONLINELOG/group_{R.randint(1, 4)}.{R.randint(200, 300)}.{R.randint(10**9, 2 * 10**9)}"))
    elif kind == 1:
        out.append(mk("oracle_alert", f"Errors in file /u01/app/oracle/diag/rdbms/argprd/ARGPRD1/trace/ARGPRD1_j00{R.randint(0, 9)}_{R.randint(10000, 40000)}.trc:"))
        out.append(mk("oracle_alert", "ORA-12012: error on auto execute of job \"ARGUS_APP\".\"PKG_PURGE_AUDIT_LOG\""))
        out.append(mk("oracle_alert", "ORA-01652: unable to extend temp segment by 128 in tablespace TEMP"))
    elif kind == 2:
        out.append(mk("oracle_alert", f"ORA-01555 caused by SQL statement below (SQL ID: {hexs(13)}, Query Duration={R.randint(900, 5000)} sec, SCN: 0x{hexs(16)}):"))
        out.append(mk("oracle_alert", "SELECT CM.CASE_ID, CM.CASE_NUM, CM.INIT_REPT_DATE FROM ARGUS_APP.CASE_MASTER CM WHERE CM.DELETED IS NULL"))
    else:
        out.append(mk("oracle_alert", f"Completed checkpoint up to RBA [0x{hexs(4)}.2.10], SCN: {R.randint(10**9, 10**10)}"))
        out.append(mk("oracle_alert", f"Resize operation completed for file# {R.randint(5, 40)}, old size {R.randint(20, 30)*1024}M, new size {R.randint(31, 40)*1024}M"))
    return out


def blk_sftp():
    host = R.choice(["sftp-gw01", "sftp-gw02"])
    spid = R.randint(20000, 60000)
    user, ip = R.choice([("esgxfer", "10.40.2.15"), ("evwebxfer", "10.40.2.16"), ("pmdaxfer", "10.40.2.19")])

    def S(proc, pid, msg, **kw):
        return mk("sftp_syslog", f"{ts_syslog(C.tick(0, 2))} {host} {proc}[{pid}]: " + msg, **kw)

    out = [S("sshd", spid, f"Accepted publickey for {user} from {ip} port {R.randint(40000, 65000)} ssh2: ED25519 SHA256:{''.join(R.choice(string.ascii_letters + string.digits + '+/') for _ in range(43))}")]
    out.append(S("internal-sftp", spid + 3, f"session opened for local user {user} from [{ip}]"))
    stamp = C.t.strftime("%Y%m%d_%H%M")
    pool = [x for x in CASES if (x["country"] == "JP") == (user == "pmdaxfer")]
    for c in R.sample(pool, min(len(pool), R.randint(1, 2))):
        dest = {"esgxfer": "fda_esg", "evwebxfer": "ema_ev", "pmdaxfer": "pmda"}[user]
        fn_pre = f"/outbound/{dest}/"
        fn_suf = R.choice(["_icsr_r3.xml", "_R3.xml", ".xml"])
        out.append(S("internal-sftp", spid + 3, 'open "{a}{w}{b}" flags WRITE,CREATE,TRUNCATE mode 0640', a=fn_pre, w=(c["wwid"], "other_id"), b=fn_suf))
        out.append(S("internal-sftp", spid + 3, 'close "{a}{w}{b}" bytes read 0 written {n}', a=fn_pre, w=(c["wwid"], "other_id"), b=fn_suf, n=R.randint(8000, 60000)))
    out.append(S("internal-sftp", spid + 3, f'open "/inbound/acks/ACK_NLP_BATCH_{stamp}.xml" flags READ mode 0666'))
    out.append(S("internal-sftp", spid + 3, f'close "/inbound/acks/ACK_NLP_BATCH_{stamp}.xml" bytes read {R.randint(1500, 9000)} written 0'))
    out.append(S("internal-sftp", spid + 3, f"session closed for local user {user} from [{ip}]"))
    return out


def blk_esg_ack():
    out = []
    core = f"ESGCORE-{C.t.strftime('%Y%m%d')}-{digits(7)}"
    fn = f"NLP_BATCH_{C.t.strftime('%Y%m%d_%H%M')}.zip"

    def E(lvl, msg, **kw):
        return mk("esg_ack", f"{ts_log4j(C.tick(1, 30))} {lvl:<5} [esg-ack-listener] gov.fda.esg.client.AckProcessor - " + msg, **kw)

    out.append(E("INFO", f"ACK1 MessageId=<{C.t.strftime('%Y%m%dT%H%M%S')}.{digits(4)}@esg.fda.gov> CoreId={core} file={fn} status=RECEIVED size={R.randint(20, 900)}KB"))
    out.append(E("INFO", f"ACK2 CoreId={core} center=CDER status=DELIVERED"))
    for c in R.sample(US_CASES, R.randint(1, 2)):
        st = R.choice(["ACCEPTED", "ACCEPTED", "REJECTED (E2B field C.1.1 duplicate)"])
        out.append(E("INFO" if st == "ACCEPTED" else "ERROR", "ACK3 CoreId={core} ICSR {w} FAERS load={s}", core=core, w=(c["wwid"], "other_id"), s=st))
    return out


def blk_ev_ack():
    c = pick([x for x in CASES if x["country"] in ("DE", "FR", "GB")] or CASES)
    ind = "  "
    batch = f"NLP_BATCH_{C.t.strftime('%Y%m%d_%H%M')}"
    out = [mk("ev_ack_xml", f"{ts_log4j(C.tick(1, 30))} DEBUG [ev-ack-poller] c.n.pv.ev.AckReader - received EVHUMAN ack for {batch}, content follows")]
    xs = ['<MCCI_IN200101UV01 ITSVersion="XML_1.0" xmlns="urn:hl7-org:v3">',
          ind + f'<id extension="EVHUMAN-ACK-{C.t.strftime("%Y%m%d")}-{digits(5)}" root="2.16.840.1.113883.3.989.2.1.3.20"/>',
          ind + f'<creationTime value="{C.t.strftime("%Y%m%d%H%M%S")}"/>',
          ind + '<acknowledgement typeCode="AA">',
          ind * 2 + f'<targetBatch><id extension="{batch}" root="2.16.840.1.113883.3.989.2.1.3.22"/></targetBatch>',
          ind + '</acknowledgement>',
          ind + '<MCCI_IN000002UV01>',
          ind * 2 + '<acknowledgement typeCode="AA">']
    out += [mk("ev_ack_xml", x) for x in xs]
    out.append(mk("ev_ack_xml", ind * 3 + '<targetMessage><id extension="{w}" root="2.16.840.1.113883.3.989.2.1.3.1"/></targetMessage>', w=(c["wwid"], "other_id")))
    out.append(mk("ev_ack_xml", ind * 3 + '<acknowledgementDetail typeCode="I"><text>ICSR loaded, EU local number {e}</text></acknowledgementDetail>', e=(c["ev_no"], "other_id")))
    out.append(mk("ev_ack_xml", ind * 2 + "</acknowledgement>"))
    out.append(mk("ev_ack_xml", "</MCCI_IN200101UV01>"))
    return out


def blk_e2b():
    c = pick()
    p = c["pat"]
    i = "  "
    out = [mk("e2b_r3_xml", f"{ts_log4j(C.tick(1, 30))} DEBUG [e2b-export-{R.randint(1, 4)}] c.n.pv.e2b.IcsrR3Writer - serialized ICSR for case {{k}} ({R.randint(9000, 40000)} bytes), dumping payload", k=(c["case_no"], "other_id"))]
    X = lambda tpl, **kw: out.append(mk("e2b_r3_xml", tpl, **kw))
    X('<PORR_IN049016UV xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ITSVersion="XML_1.0">')
    X(i + '<id root="2.16.840.1.113883.3.989.2.1.3.1" extension="{w}"/>', w=(c["wwid"], "other_id"))
    X(i + f'<creationTime value="{C.t.strftime("%Y%m%d%H%M%S")}"/>')
    X(i * 2 + '<investigationEvent classCode="INVSTG" moodCode="EVN">')
    if R.random() < 0.5:
        X(i * 3 + '<id root="2.16.840.1.113883.3.989.2.1.3.2" extension="{w}"/>', w=(c["wwid"], "other_id"))
    X(i * 3 + f'<effectiveTime><low value="{fd(c["receipt"], "e2b")}"/></effectiveTime>')
    X(i * 3 + f'<availabilityTime value="{fd(c["receipt"] + dt.timedelta(days=2), "e2b")}"/>')
    X(i * 4 + '<player1 classCode="PSN" determinerCode="INSTANCE">')
    X(i * 5 + '<name>{n}</name>', n=(nm(p, R.choice(["ini", "dots"])), "name"))
    X(i * 5 + f'<administrativeGenderCode code="{1 if p["sex"] == "M" else 2}" codeSystem="1.0.5218"/>')
    X(i * 5 + '<birthTime value="{d}"/>', d=(fd(c["dob"], "e2b"), "date"))
    if c["death"]:
        X(i * 5 + '<deceasedInd value="true"/><deceasedTime value="{d}"/>', d=(fd(c["death"], "e2b"), "date"))
    if c["rep_type"] == "hcp" and R.random() < 0.6:
        X(i * 5 + '<asIdentifiedEntity classCode="IDENT"><id root="2.16.840.1.113883.3.989.2.1.3.9" extension="{m}"/></asIdentifiedEntity>', m=(c["mrn"], "mrn"))
    X(i * 4 + '<observation moodCode="EVN" classCode="OBS"><code code="3" codeSystem="2.16.840.1.113883.3.989.2.1.1.19"/><value xsi:type="PQ" value="{a}" unit="a"/></observation>', a=ag(c["age"]))
    X(i * 4 + f'<observation moodCode="EVN" classCode="OBS"><code code="7" codeSystem="2.16.840.1.113883.3.989.2.1.1.19"/><value xsi:type="PQ" value="{c["weight"]}" unit="kg"/></observation>')
    X(i * 4 + '<observation moodCode="EVN" classCode="OBS"><code code="29" codeSystem="2.16.840.1.113883.3.989.2.1.1.19"/><effectiveTime xsi:type="IVL_TS"><low value="{d}"/></effectiveTime>', d=(fd(c["onset"], "e2b"), "date"))
    ev = c["ev"]
    X(i * 5 + f'<value xsi:type="CE" code="{ev[4]}" codeSystem="2.16.840.1.113883.6.163" codeSystemVersion="27.0"><originalText language="en">{ev[0]}</originalText></value>')
    X(i * 5 + f'<outboundRelationship2 typeCode="PERT"><observation moodCode="EVN" classCode="OBS"><code code="27" codeSystem="2.16.840.1.113883.3.989.2.1.1.19"/><value xsi:type="CE" code="{5 if c["fatal"] else R.randint(1, 3)}" codeSystem="2.16.840.1.113883.3.989.2.1.1.11"/></observation></outboundRelationship2>')
    X(i * 4 + '<substanceAdministration classCode="SBADM" moodCode="EVN"><effectiveTime xsi:type="IVL_TS"><low value="{a}"/><high value="{b}"/></effectiveTime>',
      a=(fd(c["start"], "e2b"), "date"), b=(fd(c["onset"] + dt.timedelta(days=1), "e2b"), "date"))
    X(i * 5 + f'<consumable typeCode="CSM"><instantiationOf><kindOfProduct classCode="MMAT" determinerCode="KIND"><name>{c["prod"]["name"]} {c["prod"]["strength"]}</name></kindOfProduct></instantiationOf></consumable>')
    X(i * 5 + f'<part><partProductInstance classCode="MMAT" determinerCode="INSTANCE"><lotNumberText>{c["lot"]}</lotNumberText></partProductInstance></part>')
    X(i * 4 + '<assignedEntity classCode="ASSIGNED">')
    if c["rep_type"] == "consumer" and c["rel"] != "self":
        r = c["rep"]
        if c["country"] == "US":
            X(i * 5 + '<addr><streetAddressLine>{s}</streetAddressLine><city>{ci}</city><state>{st}</state><postalCode>{z}</postalCode></addr>',
              s=(c["street"], "address"), ci=(c["city"], "address"), st=c["state"], z=(c["zip"], "zip"))
        X(i * 5 + '<telecom value="tel:{t}"/>', t=(r["phone"], "phone"))
        X(i * 5 + '<assignedPerson classCode="PSN" determinerCode="INSTANCE"><name><given>{g}</given><family>{f}</family></name>', g=(r["first"], "name"), f=(r["last"], "name"))
        X(i * 5 + '<asQualifiedEntity classCode="QUAL"><code code="5" codeSystem="2.16.840.1.113883.3.989.2.1.1.6"/></asQualifiedEntity>')
    elif c["rep_type"] == "hcp":
        h = c["rep"]
        X(i * 5 + f'<telecom value="tel:{"".join(ch for ch in h[4] if ch.isdigit() or ch == "+")}"/>')
        X(i * 5 + f'<assignedPerson classCode="PSN" determinerCode="INSTANCE"><name><prefix>{h[2]}</prefix><given>{h[0]}</given><family>{h[1]}</family></name>')
        X(i * 5 + '<asQualifiedEntity classCode="QUAL"><code code="1" codeSystem="2.16.840.1.113883.3.989.2.1.1.6"/></asQualifiedEntity>')
    else:
        X(i * 5 + '<asQualifiedEntity classCode="QUAL"><code code="5" codeSystem="2.16.840.1.113883.3.989.2.1.1.6"/></asQualifiedEntity>')
    X(i * 4 + "</assignedEntity>")
    X("</PORR_IN049016UV>")
    return out


def blk_medwatch():
    c = pick(US_CASES)
    p = c["pat"]
    style = R.randint(0, 2)
    out = []

    def F(code, label, tpl, **kw):
        if style == 0:
            head = f"{code:<5} {label:<36}: "
        elif style == 1:
            head = f"FDA3500A.{code.replace('.', '')}|{label}|"
        else:
            head = f"[MW3500A] {code} {label.upper()} = "
        out.append(mk("medwatch_3500a", head + tpl, **kw))

    out.append(mk("medwatch_3500a", f"----- FORM FDA 3500A (2/2023) field dump  generated {C.tick(1, 30).strftime('%Y-%m-%d %H:%M:%S')} by mw-renderer v3.4.2 -----"))
    F("A1", "Patient identifier (in confidence)", "{v}", v=(nm(p, R.choice(["ini", "dots"])), "name"))
    if R.random() < 0.5:
        F("A2", "Age", "{a} Years", a=ag(c["age"]))
    F("A2", "Date of birth", "{d}", d=(fd(c["dob"], R.choice(["us", "dmon", "us_short"])), "date"))
    F("A3", "Sex", "Female" if p["sex"] == "F" else "Male")
    F("A4", "Weight", f"{round(c['weight'] * 2.2046)} lb")
    if R.random() < 0.5:
        F("A5.b", "Race", R.choice(["White", "Black or African American", "Asian", "American Indian or Alaska Native", "Unknown"]))
    F("B1", "Adverse event / Product problem", "[X] Adverse event  [" + ("X" if R.random() < 0.3 else " ") + "] Product problem")
    outc = "Death" if c["fatal"] else ("Hospitalization - initial or prolonged" if c["serious"] else "Other serious or important medical events")
    if c["fatal"]:
        F("B2", "Outcome attributed to adverse event", "Death  date: {d}", d=(fd(c["death"], "us"), "date"))
    else:
        F("B2", "Outcome attributed to adverse event", outc)
    F("B3", "Date of event", "{d}", d=(fd(c["onset"], "us"), "date"))
    ev = c["ev"]
    if ev[3] in ("Somnolence", "Dizziness", "Hypoglycaemia", "Fatigue"):
        F("B5", "Describe event or problem", "Pt reports \"{v}\" while driving; car left the road, police report lists pt's car plate {pl} VIN {vin}; ER visit, no fracture.",
          v=ev[0], pl=(R.choice(["7KJR392", "GHT-4471", "8XBM204", "LMN 6620", "ZX 4471"]), "vehicle"),
          vin=("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17)), "vehicle"))
    else:
        F("B5", "Describe event or problem", f"Pt reports \"{ev[0]}\" after dose; treated symptomatically. Coded PT: {ev[3]}.")
    F("B4", "Date of this report", fd(c["receipt"] + dt.timedelta(days=R.randint(3, 14)), "us"))
    F("B6", "Relevant tests/laboratory data", "glucose {g} mg/dL ({d})", g=R.randint(38, 60), d=(fd(c["onset"], "us_short"), "date"))
    F("D1", "Suspect product name/strength/mfr", f"{c['prod']['name']} {c['prod']['strength']} / Northlake Pharmaceuticals, Inc.")
    F("D1", "Lot # / Expiration date", f"{c['lot']} / {fd(c['exp'], 'my')}")
    F("D4", "Therapy dates (start)", "{d}", d=(fd(c["start"], "us"), "date"))
    if c["rep_type"] == "consumer":
        r = c["rep"]
        F("E1", "Initial reporter name", "{n}", n=(nm(r, R.choice(["fl", "lf"])), "name"))
        F("E1", "Initial reporter address", "{s}, {ci}, {st} {z}", s=(c["street"], "address"), ci=(c["city"], "address"), st=c["state"], z=(c["zip"], "zip"))
        F("E1", "Initial reporter phone", "{t}", t=((r.get("phone") or c["phone"]), "phone"))
        F("E2", "Health professional?", "No")
    else:
        h = c["rep"]
        F("E1", "Initial reporter name", f"{h[0]} {h[1]}, {h[2]} ({h[3]})")
        F("E1", "Initial reporter phone / fax", f"{h[4]} / {h[5]}")
        F("E2", "Health professional?", "Yes")
    F("G1", "Contact office", "Northlake Pharmaceuticals, Inc., Global Patient Safety, 400 Lakeshore Pkwy, Parsippany, NJ 07054")
    F("G4", "Date received by manufacturer", fd(c["receipt"], "us"))
    F("G9", "Manufacturer report number", "{m}", m=(c["mfr_no"], "other_id"))
    # drop a few lines at random (keep header/first/last structure), for variety
    keep = [out[0]] + [x for x in out[1:] if x.spans or R.random() < 0.75]
    return keep


def blk_pqc():
    c = pick(US_CASES)
    pr = R.randint(418000, 419999)
    prod = c["prod"]

    def T(msg, **kw):
        return mk("pqc_complaint", f"{C.tick(1, 40).strftime('%Y-%m-%d %H:%M:%S')} [TW-PQC] " + msg, **kw)

    issue = R.choice(["needle shield difficult to remove", "autoinjector did not click / no full dose", "cracked window on device", "carton missing IFU"]
                     if prod["dev"] else ["tablet chipped in blister", "cap cross-threaded on bottle", "oral syringe graduation unreadable", "carton missing IFU"])
    out = [T(f"PR#{pr} created type=ProductComplaint product=\"{prod['name']} {prod['strength']}\" ndc={prod['ndc']} lot={c['lot']} exp={fd(c['exp'], 'my')} issue=\"{issue}\" source=CallCenter")]
    r = R.random()
    if r < 0.35:
        out.append(T("PR#{pr} AE associated=Y linked safety case {k} reconciliation=PENDING owner={o}", pr=pr, k=(c["case_no"], "other_id"), o=R.choice(SAFETY)))
    if prod["dev"] and R.random() < 0.75:
        udi = f"(01){prod['gtin']}(17){c['exp'].strftime('%y%m%d')}(10){c['lot']}(21){c['serial'].replace('-', '')}"
        out.append(T("PR#{pr} returned sample received: device serial {s} UDI {u} condition=used, dose window partially filled",
                     pr=pr, s=(c["serial"], "device"), u=(udi, "device")))
    if R.random() < 0.5:
        p = c["pat"]
        out.append(T("PR#{pr} return kit requested ship_to=\"{n}\" addr=\"{s}, {ci}, {st} {z}\" carrier=UPS",
                     pr=pr, n=(nm(p, "fl"), "name"), s=(c["street"], "address"), ci=(c["city"], "address"), st=c["state"], z=(c["zip"], "zip")))
    out.append(T(f"PR#{pr} lot {c['lot']} trend check: {R.randint(0, 4)} similar complaints/90d (threshold 5) -> no escalation"))
    if R.random() < 0.5:
        out.append(T(f"PR#{pr - R.randint(1, 40)} closed disposition=\"confirmed - manufacturing root cause\" CAPA-2024-{R.randint(10, 99):03d} tracking 1Z{''.join(R.choice(string.ascii_uppercase + string.digits) for _ in range(16))}"))
    return out


def blk_psp_json():
    c = pick(US_CASES)
    p = c["pat"]
    if R.random() < 0.55:
        obj = {"eventType": "EnrollmentCreated", "hub": "NorthlakeConnect", "enrollmentId": P(c["psp"], "other_id"),
               "program": R.choice(["VEX-COPAY+NURSE", "DZL-COPAY", "QNF-PAP"]),
               "patient": {"firstName": P(p["first"], "name"), "lastName": P(p["last"], "name"), "dateOfBirth": P(fd(c["dob"], "iso"), "date"),
                           "gender": p["sex"], "address": {"line1": P(c["street"], "address"), "city": P(c["city"], "address"), "state": c["state"], "postalCode": P(c["zip"], "zip")},
                           "phoneMobile": P(c["phone"], "phone"), "email": P(c["email"], "email"), "preferredLanguage": R.choice(["en", "es"])},
               "insurance": {"payerName": R.choice(["Anthem BCBS", "UnitedHealthcare", "Aetna", "Medicare Part D", "Ohio Medicaid"]), "memberId": P(c["hp"], "health_plan"),
                             "groupNumber": digits(8), "rxBin": R.choice(["003858", "610014", "004336"]), "rxPcn": R.choice(["A4", "ADV", "MEDDPRIME"])},
               "copayCard": {"cardNumber": P(c["card"], "account"), "bin": "610020", "pcn": "PDMI"},
               "prescriber": {"npi": "1" + digits(9), "name": R.choice(["Helen Marsh, MD", "Ravi Subramanian, MD", "Ifeoma Chukwu-Hart, DO"])},
               "consent": {"hipaaAuthorization": True, "signedDate": P(fd(c["consent"], "iso"), "date")},
               "nurseEducator": {"callbackDate": P(fd(c["callback"], "iso"), "date"), "slot": "10:30-11:00 ET"},
               "traceId": hexs(32)}
        return [mj("psp_enroll_json", obj)]
    obj = {"rec_typ": "ENR", "enrl_id": P(c["psp"], "other_id"), "pt_last_nm": P(p["last"].upper(), "name"), "pt_first_nm": P(p["first"].upper(), "name"),
           "pt_dob": P(fd(c["dob"], "us"), "date"), "addr_1": P(c["street"].upper(), "address"), "city_nm": P(c["city"].upper(), "address"), "st_cd": c["state"],
           "zip_cd": P(c["zip"], "zip"), "hm_phn": P(phone_digits(c["phone"]), "phone"),
           "fax_phn": P(phone_digits(us_phone(c["area"])), "fax") if R.random() < 0.3 else "", "mbr_id": P(c["hp"], "health_plan"), "pln_typ": "COMM",
           "src_sys": "SP_ACCREDO", "load_ts": C.tick(1, 10).strftime("%Y-%m-%d %H:%M:%S")}
    return [mj("psp_enroll_json", obj, prefix=f"{ts_iso(C.t)} hub-sync DEBUG staged row ", pretty=True)]


def blk_psp_noise():
    return [mk("psp_enroll_json", f"{ts_iso(C.tick(1, 30))} hub-sync INFO batch=NLCONNECT_ENROLL_{C.t.strftime('%Y%m%d')} received={R.randint(20, 60)} accepted={R.randint(18, 20)} rejected={R.randint(0, 3)} (missing_consent, invalid_npi) took={R.randint(200, 4000)}ms")]


def blk_callback():
    c = pick(US_CASES)
    out = []
    lf = lambda msg, **kw: mk("psp_callback", f"ts={ts_iso(C.tick(1, 25))} level=info svc=nurse-scheduler " + msg, **kw)
    out.append(lf('msg="callback booked" enrollment_id={e} nurse="{nu}" slot_date={d} slot_time=10:30 tz=America/New_York phone="{ph}" lang=en',
                  e=(c["psp"], "other_id"), nu=R.choice(NURSES), d=(fd(c["callback"], "iso"), "date"), ph=(c["phone"], "phone")))
    if R.random() < 0.6:
        out.append(lf(f'msg="capacity" nurses_online={R.randint(3, 12)} open_slots_today={R.randint(0, 40)} queue_depth={R.randint(0, 9)}'))
    if R.random() < 0.4:
        c2 = pick(US_CASES)
        out.append(lf('msg="callback outcome" enrollment_id={e} attempt=2 result=NO_ANSWER voicemail=left next_try={d}',
                      e=(c2["psp"], "other_id"), d=(fd(c2["callback"] + dt.timedelta(days=1), "iso"), "date")))
    return out


def blk_copay():
    out = []
    hdr = R.random() < 0.4
    if hdr:
        out.append(mk("copay_claim", "REC|DATE|TIME|CLAIM|BIN|PCN|GRP|MBRID|NDC|QTY|DS|PHARM_NPI|PT_OOP|PGM_PAID|PT_PAY|STATUS"))
    for _ in range(R.randint(1, 3)):
        c = pick(US_CASES)
        oop = R.choice([250.0, 75.0, 1200.0, 40.0])
        pay = min(oop - 5, R.choice([245.0, 70.0, 600.0, 35.0]))
        t = C.tick(5, 90)
        out.append(mk("copay_claim", "COPAY|{d}|{t}|CLM{cl}|610020|PDMI|{g}|{m}|{ndc}|{q}|28|1{npi}|{o:.2f}|{p:.2f}|{pp:.2f}|{s}",
                      d=t.strftime("%Y%m%d"), t=t.strftime("%H%M%S"), cl=digits(8), g=R.choice(["VEXC01", "DZLC02"]), m=(c["card"], "account"),
                      ndc=c["prod"]["ndc"].replace("-", ""), q=R.choice([1, 2, 30]), npi=digits(9), o=oop, p=pay, pp=oop - pay, s=R.choice(["P", "P", "R"])))
    out.append(mk("copay_claim", f"TRL|{C.t.strftime('%Y%m%d')}|claims={R.randint(200, 600)}|paid={R.randint(190, 580)}|rejected={R.randint(3, 20)}|amt_paid={R.randint(40000, 90000)}.{R.randint(0, 99):02d}"))
    return out


def blk_copay_reimb():
    c = pick(US_CASES)
    out = []
    if R.random() < 0.5:
        out.append(mk("copay_reimb", "{ts} INFO  [reimb-worker] ACH payment queued req=R-2024-{r} payee=\"{n}\" routing={rt} acct={a} amount={amt} memo=\"EOB {dd}\"",
                      ts=ts_log4j(C.tick(5, 60)), r=digits(5), n=(nm(c["pat"], "lf"), "name"), rt=R.choice(["044000037", "071000013", "021000021"]),
                      a=(digits(R.randint(9, 12)), "account"), amt=f"{R.randint(20, 400)}.{R.randint(0, 99):02d}", dd=(fd(c["onset"], "us_short"), "date")))
    else:
        out.append(mk("copay_reimb", "{ts} INFO  [pap-verify] identity verified patient={e} method=DL state={st} dl_no={dl} ssn={sn} income_docs=2",
                      ts=ts_log4j(C.tick(5, 60)), e=(c["psp"], "other_id"), st=c["state"],
                      dl=(R.choice([f"{R.choice(string.ascii_uppercase)}{digits(7)}", f"{R.choice(string.ascii_uppercase)}{R.choice(string.ascii_uppercase)}{digits(6)}", digits(9)]), "license"),
                      sn=(c["ssn"], "ssn") if R.random() < 0.45 else "***-**-" + c["ssn"][-4:]))
    out.append(mk("copay_reimb", f"{ts_log4j(C.tick(1, 20))} INFO  [reimb-worker] nacha file NL_PAP_{C.t.strftime('%Y%m%d')}.ach: entries={R.randint(10, 80)} batch_total={R.randint(1000, 20000)}.00 trace={digits(15)}"))
    return out


def blk_five9():
    out = []
    if R.random() < 0.6:
        out.append(mk("five9_cdr", "CALL ID,DATE,TIME,CAMPAIGN,SKILL,CALL TYPE,AGENT NAME,ANI,DNIS,DISPOSITION,HANDLE TIME,HOLD TIME,ABANDONED"))
    for _ in range(R.randint(2, 5)):
        t = C.tick(10, 120)
        camp = R.choice(["PV_AE_Patient_EN", "PV_AE_Patient_ES", "PSP_NorthlakeConnect", "MedInfo_HCP", "MedInfo_HCP", "MedInfo_Trade", "PSP_Nurse_Callback_OB"])
        c = pick(US_CASES)
        agent = R.choice(AGENTS)
        dnis = R.choice(COMPANY_DNIS)
        disp = {"PV_AE_Patient_EN": ["AE Reported - Case Created", "AE Reported - PQC Also"], "PV_AE_Patient_ES": ["AE Reported - Case Created"],
                "PSP_NorthlakeConnect": ["Enrollment Complete", "Copay Card Activated", "Benefits Verification"],
                "MedInfo_HCP": ["MI Answered - SRL Sent", "MI Escalated to MSL"], "MedInfo_Trade": ["Stock Inquiry", "Returns Authorization"],
                "PSP_Nurse_Callback_OB": ["Nurse Education Complete", "No Answer - Voicemail"]}[camp]
        ht = f"00:{R.randint(1, 29):02d}:{R.randint(0, 59):02d}"
        hold = f"00:0{R.randint(0, 4)}:{R.randint(0, 59):02d}"
        tm = f"{t.hour:02d}:{t.minute:02d}:{t.second:02d}"
        cid = "3000000" + digits(8)
        if camp == "PSP_Nurse_Callback_OB":
            out.append(mk("five9_cdr", "{cid},{d},{tm},{camp},PSP Nurse EN,Outbound,{ag},{ani},{dn},{disp},{ht},{hold},0",
                          cid=cid, d=f"{t.month}/{t.day}/{t.year}", tm=tm, camp=camp, ag=R.choice(NURSES)[3:], ani=dnis,
                          dn=(phone_digits(c["phone"]), "phone"), disp=R.choice(disp), ht=ht, hold=hold))
        elif camp.startswith(("PV_AE_Patient", "PSP_")):
            src = c["rep"] if (c["rep_type"] == "consumer" and c["rel"] != "self") else None
            ani = phone_digits(src["phone"]) if src else phone_digits(c["phone"])
            out.append(mk("five9_cdr", "{cid},{d},{tm},{camp},{sk},Inbound,{ag},{ani},{dn},{disp},{ht},{hold},0",
                          cid=cid, d=f"{t.month}/{t.day}/{t.year}", tm=tm, camp=camp, sk=("AE Spanish" if camp.endswith("ES") else "AE English") if camp.startswith("PV") else "PSP Enrollment",
                          ag=agent, ani=(ani, "phone"), dn=dnis, disp=R.choice(disp), ht=ht, hold=hold))
        else:
            hc = R.choice(HCPS[:3] + HCPS[6:])
            out.append(mk("five9_cdr", "{cid},{d},{tm},{camp},{sk},Inbound,{ag},{ani},{dn},{disp},{ht},{hold},{ab}",
                          cid=cid, d=f"{t.month}/{t.day}/{t.year}", tm=tm, camp=camp, sk="MI Oncology" if R.random() < 0.5 else "MI General",
                          ag=agent, ani=phone_digits(hc[4]), dn=dnis, disp=R.choice(disp), ht=ht, hold=hold, ab=R.choice([0, 0, 0, 1])))
    return out


def blk_genesys():
    c = pick(US_CASES)
    conv = uuid4()
    flow = R.choice(["NLC_PSP_Inbound", "NL_PV_AE_Intake", "NLC_Copay_Activation"])
    out = []
    G = lambda msg, **kw: out.append(mk("genesys_ivr", f"{ts_iso_ms(C.tick(0, 9))} INFO  [architect] conversationId={conv} flow=\"{flow}\" " + msg, **kw))
    caller = c["rep"] if (c["rep_type"] == "consumer" and c["rel"] != "self") else c["pat"]
    ph = caller.get("phone") or c["phone"]
    G("flowVersion={v} event=FLOW_START ani=tel:+1{a} dnis=tel:+1{d}", v=f"{R.randint(20, 60)}.0", a=(phone_digits(ph), "phone"), d=R.choice(COMPANY_DNIS))
    G(f"event=MENU menu=\"Main\" dtmf={R.randint(1, 4)} lang=en-US")
    if flow != "NL_PV_AE_Intake" or R.random() < 0.5:
        G('event=COLLECT_INPUT task="VerifyDOB" collected={d} result=Success', d=(fd(c["dob"], "dtmf"), "date"))
        G('event=DATA_ACTION action="PSP Lookup by ANI+DOB" status=200 enrollmentId={e} latencyMs={l}', e=(c["psp"], "other_id"), l=R.randint(80, 900))
    if flow == "NLC_Copay_Activation":
        G('event=COLLECT_INPUT task="CardNumber" collected={n} result=Success', n=(c["card"], "account"))
        G(f'event=DATA_ACTION action="Activate Copay Card" status=200 latencyMs={R.randint(80, 900)}')
    if R.random() < 0.8:
        G('event=VOICE_BIOMETRIC vendor=Nuance result=VERIFIED voiceprintId={v} score=0.{s}', v=("vp_" + hexs(16), "biometric"), s=R.randint(80, 99))
    q = {"NLC_PSP_Inbound": "PSP Nurse Line EN", "NL_PV_AE_Intake": "PV AE Intake EN", "NLC_Copay_Activation": "PSP Enrollment"}[flow]
    G(f'event=TRANSFER_TO_ACD queue="{q}" ewtSec={R.randint(0, 400)} skills=["{c["prod"]["name"]}","English"]')
    G(f"event=FLOW_END reason=TRANSFER durationMs={R.randint(20000, 180000)}")
    return out


IND = {"Vexaprilimab": "psoriasis", "Dorzelatide": "diabetes", "Quenorafib": "melanoma", "Lumiretant": "seizures"}


def blk_transcript():
    c = pick(CONS_US or US_CASES)
    p = c["pat"]
    r = c["rep"]
    self_rep = c["rel"] == "self"
    agent = R.choice(AGENTS)
    conv = uuid4()[:8]
    js = R.random() < 0.5
    out = []
    off = [0]

    def U(ch, tpl, **kw):
        off[0] += R.randint(3, 14)
        o = off[0]
        if js:
            ln = Line("call_transcript")
            ln.t('{"conversationId":"' + conv + '","offsetMs":' + str(o * 1000 + R.randint(0, 999)) + ',"channel":"' + ch + '","text":"')
            emit(ln, tpl, **kw)
            ln.t('","confidence":0.' + str(R.randint(70, 99)) + "}")
        else:
            ln = Line("call_transcript")
            ln.t(f"[{conv}] {o // 3600:02d}:{o // 60 % 60:02d}:{o % 60:02d} {'AGENT' if ch == 'AGENT' else 'CALLER'}: ")
            emit(ln, tpl, **kw)
        out.append(ln)

    U("AGENT", f"Thank you for calling Northlake Patient Safety, my name is {agent.split()[0]}. May I have your name please?")
    if self_rep:
        U("CUSTOMER", "Yes hi, this is {n}, I take {pr} for my {ind}.", n=(nm(p, "fl"), "name"), pr=c["prod"]["name"], ind=IND[c["prod"]["name"]])
    else:
        U("CUSTOMER", "Hi, it's {n}, I'm calling about my {rw}, {pn}.", n=(nm(r, "fl"), "name"), rw=relword(c), pn=(nm(p, "fl"), "name"))
        U("AGENT", "Thank you, {f}. Is {he} currently using {pr}?", f=(r["first"], "name"), he=he(c), pr=c["prod"]["name"])
    U("CUSTOMER", "Yes, since {d}. And then on {o} {ev}.", d=(fd(c["start"], "spoken_md"), "date"), o=(fd(c["onset"], "spoken_md"), "date"),
      ev=R.choice(["the lips and tongue swelled up", "there was this awful rash", "the headache started", "everything started spinning"]))
    U("AGENT", "I'm sorry to hear that. For our records, can you confirm the date of birth?")
    U("CUSTOMER", "{d}. {pr} {a} now.", d=(fd(c["dob"], R.choice(["spoken", "us_short", "long"])), "date"), pr="I'm" if self_rep else ("She's" if p["sex"] == "F" else "He's"), a=ag(c["age"]))
    U("AGENT", "And what's the best number to reach you if our safety team needs to follow up?")
    U("CUSTOMER", "{ph}, that's my cell.", ph=((r.get("phone") or c["phone"]) if not self_rep else c["phone"], "phone"))
    if R.random() < 0.5:
        U("AGENT", "Do you have the carton handy? The lot number is printed next to the expiration date.")
        U("CUSTOMER", f"It says {' '.join(c['lot'])}, expires {MONTHS[c['exp'].month - 1]} {c['exp'].year}.")
    U("AGENT", "Thank you. I've documented this and your reference number is {k}. Please allow three to five business days.", k=(c["case_no"], "other_id"))
    U("CUSTOMER", R.choice(["Okay, thank you so much.", "Great, thanks for your help.", "Alright. Bye now."]))
    return out


def blk_vault_log():
    c = pick()
    p = c["pat"]
    out = []
    V = lambda lvl, th, lg, msg, **kw: out.append(mk("vault_intake_log", f"{ts_iso_ms(C.tick(0, 20))} {lvl:>5} 1 --- [{th}] {lg} : " + msg, **kw))
    V("INFO", "intake-poller-2", "c.n.pv.vault.InboxPoller", f"Polled Vault inbox: {R.randint(0, 9)} new items (cursor={hexs(8)}, took {R.randint(100, 2000)} ms)")
    V("INFO", "intake-worker-" + str(R.randint(1, 6)), "c.n.pv.vault.InboxItemMapper",
      "Mapped inbox item {ii} -> case {k} patient_initials={pi} dob={d} reporter_type={rt}",
      ii=(c["inbox_id"], "other_id"), k=(c["case_no"], "other_id"), pi=(nm(p, "dots"), "name"), d=(fd(c["dob"], "iso"), "date"), rt=c["rep_type"])
    if R.random() < 0.5:
        V("WARN", "intake-worker-" + str(R.randint(1, 6)), "c.n.pv.vault.VaultApiClient",
          f"HTTP 429 from https://northlake-safety.veevavault.com/api/v24.1/vobjects/inbox_item__v, retry in {R.choice([1000, 2000, 4000])} ms (attempt {R.randint(1, 4)}/5)")
    if R.random() < 0.4:
        V("INFO", "intake-worker-" + str(R.randint(1, 6)), "c.n.pv.vault.DuplicateChecker",
          "duplicate search for {k}: 0 candidates (initials+dob+onset, threshold 0.85)", k=(c["case_no"], "other_id"))
    return out


def blk_vault_json():
    c = pick()
    p = c["pat"]
    rec = {"id": P(c["vault_id"], "other_id"), "name__v": P(c["case_no"], "other_id"), "patient_initials__v": P(nm(p, "dots"), "name"),
           "patient_date_of_birth__v": P(fd(c["dob"], "iso"), "date"), "age_value__v": agP(c["age"]), "age_unit__v": "years__v",
           "patient_gender__v": "female__v" if p["sex"] == "F" else "male__v", "receipt_date__v": fd(c["receipt"], "iso"),
           "reporter_type__c": c["rep_type"] + "__c", "country__v": c["country"], "seriousness__v": ["hospitalization__v"] if c["serious"] else [],
           "onset_date__v": P(fd(c["onset"], "iso"), "date"), "lifecycle__v": "vault_safety_case__c", "state__v": R.choice(["triage_state__c", "data_entry_state__c", "medical_review_state__c"])}
    if c["rep_type"] == "hcp" and R.random() < 0.5:
        rec["patient_mrn__c"] = P(c["mrn"], "mrn")
    obj = {"responseStatus": "SUCCESS", "responseDetails": {"total": 1, "offset": 0}, "data": [rec]}
    return [mj("vault_api_json", obj, prefix=f"{ts_iso_ms(C.tick(1, 20))} DEBUG c.n.pv.vault.VaultApiClient - GET /api/v24.1/vobjects/case__v/{c['vault_id']} -> ")
            if False else vault_json_line(c, obj)]


def vault_json_line(c, obj):
    ln = Line("vault_api_json")
    ln.t(f"{ts_iso_ms(C.tick(1, 20))} DEBUG c.n.pv.vault.VaultApiClient - GET /api/v24.1/vobjects/case__v/").p(c["vault_id"], "other_id").t(" -> 200 ")
    return jw(ln, obj)


def blk_vault_noise():
    t = ts_iso_ms(C.tick(1, 40))
    return [mk("vault_intake_log", R.choice([
        f"{t}  INFO 1 --- [scheduling-1] c.n.pv.vault.SessionManager : Vault session refreshed for integration user svc_pv_integration@northlake.com (expires in 1200 s)",
        f"{t}  INFO 1 --- [intake-poller-1] c.n.pv.vault.InboxPoller : Polled Vault inbox: 0 new items (cursor={hexs(8)}, took {R.randint(100, 900)} ms)",
        f"{t} ERROR 1 --- [intake-worker-3] c.n.pv.vault.VaultApiClient : errorType=INVALID_DATA message=\"[product__v] Field value not valid: Vexaprilimab 150mg\" requestId={uuid4()}",
        f"{t}  INFO 1 --- [main] c.n.pv.vault.Application : Started Application in {R.randint(8, 40)}.{R.randint(100, 999)} seconds (process running for {R.randint(9, 44)}.1)",
    ]))]


def blk_argus_csv():
    out = [mk("argus_csv", f"-- ARGUS_APP extract {C.tick(1, 30).strftime('%Y-%m-%d %H:%M:%S')} query=CASE_MASTER x CASE_PAT_INFO rows={R.randint(2, 5)}")]
    out.append(mk("argus_csv", "CASE_ID|CASE_NUM|INIT_REPT_DATE|PAT_INITIALS|PAT_DOB|PAT_AGE|AGE_UNIT|GENDER|PAT_WEIGHT_KG|COUNTRY|RPT_TYPE|SERIOUS|STATE"))
    for c in R.sample(CASES, R.randint(2, 4)):
        out.append(mk("argus_csv", "{ci}|{cn}|{ir}|{pi}|{d}|{a}|Years|{g}|{w}|{co}|{rt}|{s}|{st}",
                      ci=(c["case_id"], "other_id"), cn=(c["case_no"], "other_id"), ir=fd(c["receipt"], "argus"), pi=(nm(c["pat"], "ini"), "name"),
                      d=(fd(c["dob"], "argus"), "date"), a=ag(c["age"]), g=c["pat"]["sex"], w=c["weight"], co=c["country"],
                      rt="Spontaneous" if c["rep_type"] == "consumer" else R.choice(["Spontaneous", "Literature", "Solicited"]),
                      s="Y" if c["serious"] else "N", st=R.choice(["Data Entry", "Medical Review", "Approved", "Closed"])))
    return out


def blk_argus_esm():
    c = pick()
    out = []
    E = lambda msg, **kw: out.append(mk("argus_esm", f"{C.tick(1, 30).strftime('%m/%d/%Y %H:%M:%S')}  ESM Service [{R.choice(['FDA_R3', 'EMA_R3', 'PMDA_R3'])}] : " + msg, **kw))
    E(f"Polling transmit queue - {R.randint(0, 12)} reports pending, {R.randint(0, 3)} in error")
    E("Case {k} locked by user {u} for E2B generation (profile ICH-ICSR V3.0 MESSAGE TEMPLATE)", k=(c["case_no"], "other_id"), u=R.choice(SAFETY))
    E("Generated ICSR {w}, message number NLP-{m}, file {f}", w=(c["wwid"], "other_id"), m=digits(8), f=f"NLP_{digits(8)}.xml")
    if R.random() < 0.5:
        E("Validation warning E2B C.2.r.4 (Qualification) null flavor UNK accepted for case {k}", k=(c["case_no"], "other_id"))
    E(f"Transmit cycle finished in {R.randint(1, 40)}.{R.randint(0, 9)}s; next run in 300s")
    return out


def blk_narrative():
    c = pick()
    p = c["pat"]
    lang = {"DE": "de", "JP": "ja"}.get(c["country"], "en")
    ln = Line("narrative_" + lang)
    wrap = R.randint(0, 2)
    if wrap == 0:
        ln.t("NARR|").p(c["case_no"], "other_id").t(f"|{lang}|v{R.randint(1, 4)}|\"")
    elif wrap == 1:
        ln.t(f"{ts_log4j(C.tick(5, 90))} INFO  [narrative-qc] c.n.pv.narr.NarrativeService - case=").p(c["case_no"], "other_id").t(f" lang={lang} words={R.randint(80, 300)} text=\"")
    else:
        ln.t(f"{ts_iso_ms(C.tick(5, 90))} DEBUG vault.case_narrative__v case=").p(c["vault_id"], "other_id").t(' value="')
    ev = c["ev"]
    prod = c["prod"]
    if lang == "en":
        if c["rep_type"] == "consumer" and c["rel"] != "self":
            r = c["rep"]
            ln.t(f"This spontaneous report was received on {fd(c['receipt'], 'dmon')} from a consumer (the patient's {c['rel']}, ")
            ln.p(nm(r, R.choice(["fl", "fi"])), "name").t(", tel ").p(r.get("phone") or c["phone"], "phone").t(") via the Patient Support call center and concerns a ")
        elif c["rep_type"] == "consumer":
            ln.t(f"This spontaneous report was received on {fd(c['receipt'], 'dmon')} from a consumer who reported about himself/herself and concerns a ")
        else:
            h = c["rep"]
            ln.t(f"This spontaneous report was received on {fd(c['receipt'], 'dmon')} from a health care professional ({h[0]} {h[1]}, {h[2]}, {h[3]}) and concerns a ")
        ln.p(str(c["age"]), "age" if c["age"] > 89 else None).t(f"-year-old {'female' if p['sex'] == 'F' else 'male'} patient, ")
        ln.p(nm(p, R.choice(["fl", "dots", "lf"])), "name").t(" (DOB ").p(fd(c["dob"], R.choice(["dmon", "us", "long"])), "date").t(")")
        if c["country"] == "US" and R.random() < 0.5:
            ln.t(", of ").p(c["city"], "address").t(", ").t(c["state"])
        ln.t(f", who experienced {ev[3].lower()} (\\\"{ev[0]}\\\") on ").p(fd(c["onset"], R.choice(["dmon", "us", "long"])), "date")
        ln.t(f" after {prod['name']} {prod['strength']} (lot {c['lot']}) started on ").p(fd(c["start"], "dmon"), "date").t(".")
        if c["serious"]:
            ln.t(" The patient was admitted to hospital on ").p(fd(c["onset"] + dt.timedelta(days=1), "dmon"), "date")
            if c["rep_type"] == "hcp":
                ln.t(" (hospital MRN ").p(c["mrn"], "mrn").t(")")
            ln.t(" and treated with IV methylprednisolone and cetirizine.")
        if ev[3] in ("Somnolence", "Dizziness", "Hypoglycaemia", "Fatigue") and R.random() < 0.6:
            ln.t(" Police report states the patient's vehicle (plate ").p(R.choice(["7KJR392", "GHT-4471", "8XBM204", "LMN 6620"]), "vehicle").t(", VIN ")
            ln.p("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17)), "vehicle").t(") left the road; no other persons were injured.")
        if c["fatal"]:
            ln.t(" The patient died on ").p(fd(c["death"], "dmon"), "date").t("; autopsy was not performed.")
        else:
            ln.t(" Outcome: " + R.choice(["recovering", "recovered", "not recovered", "unknown"]) + ".")
        ln.t(" Company causality: " + R.choice(["related", "not related", "unassessable"]) + ".")
    elif lang == "de":
        h = c["rep"] if c["rep_type"] == "hcp" else None
        src = f"{h[2]} {h[1]}, {h[3]}" if h else "einer Angehörigen"
        ln.t(f"Spontanmeldung vom {fd(c['receipt'], 'de')} durch {src}. Betrifft eine{'' if p['sex'] == 'F' else 'n'} ")
        ln.p(str(c["age"]), "age" if c["age"] > 89 else None).t(f"-jährige{'' if p['sex'] == 'F' else 'n'} {'Patientin' if p['sex'] == 'F' else 'Patienten'} (")
        ln.p(R.choice([nm(p, "dots"), nm(p, "lf"), nm(p, "fl")]), "name").t(", geb. ").p(fd(c["dob"], R.choice(["de", "de_long"])), "date")
        ln.t(", wohnhaft ").p(c["street"], "address").t(", ").p(c["zip"], "zip").t(" ").p(c["city"], "address")
        ln.t("), die am " if p["sex"] == "F" else "), der am ").p(fd(c["onset"], "de"), "date").t(f" nach Anwendung von {prod['name']} {prod['strength']} (Ch.-B. {c['lot']}) über {ev[1]} klagte.")
        if R.random() < 0.6:
            ln.t(" Versichertennummer: ").p(c["hp"], "health_plan").t(".")
        if c["serious"]:
            ln.t(" Stationäre Aufnahme am ").p(fd(c["onset"] + dt.timedelta(days=1), "de"), "date").t(", Entlassung am ").p(fd(c["onset"] + dt.timedelta(days=4), "de"), "date").t(".")
        if c["fatal"]:
            ln.t(" Die Patientin verstarb am " if p["sex"] == "F" else " Der Patient verstarb am ").p(fd(c["death"], "de"), "date").t(".")
        else:
            ln.t(" Ausgang: " + R.choice(["wiederhergestellt", "nicht wiederhergestellt", "in Besserung", "unbekannt"]) + ".")
        ln.t(" Kausalität (Melder): " + R.choice(["möglich", "wahrscheinlich", "nicht beurteilbar"]) + ".")
    else:
        h = c["rep"] if c["rep_type"] == "hcp" else None
        src = f"{h[3]}の{h[1]}{h[2]}" if h else "患者家族"
        ln.t(f"本症例は{src}からの自発報告である（入手日：{fd(c['receipt'], 'ja')}）。患者は")
        ln.p(str(c["age"]), "age" if c["age"] > 89 else None).t(f"歳の{'女性' if p['sex'] == 'F' else '男性'}（")
        ln.p(nm(p, R.choice(["ja", "jan", "dots"])), "name").t("、生年月日：").p(fd(c["dob"], R.choice(["ja", "ja_slash"])), "date")
        ln.t("、〒").p(c["zip"], "zip").t(" ").p(c["street"], "address").t("在住）。")
        ln.p(fd(c["start"], "ja"), "date").t(f"より{prod['ja']}を投与開始し、").p(fd(c["onset"], "ja"), "date").t(f"に{ev[2]}を発現した。")
        if R.random() < 0.5:
            ln.t("被保険者番号：").p(c["hp"], "health_plan").t("。")
        if c["fatal"]:
            ln.p(fd(c["death"], "ja"), "date").t("に死亡。剖検なし。")
        else:
            ln.t("転帰：" + R.choice(["回復", "軽快", "未回復", "不明"]) + "。")
        ln.t(f"担当：{R.choice(['石井', '森本', '大西'])}（安全性情報部）")
    ln.t('"')
    return [ln]


AFF_SEEN = set()


def blk_affiliate():
    c = pick([x for x in CASES if x["country"] in ("DE", "JP")] or CASES)
    p = c["pat"]
    fu = c["idx"] in AFF_SEEN
    AFF_SEEN.add(c["idx"])
    if c["country"] == "JP":
        ln = mk("jp_intake", "{ts} [JP-PV-INTAKE] " + ("追加報告受付" if fu else "症例受付") + ": 症例番号={k} 患者氏名={n} イニシャル={i} 性別={s} 年齢={a}歳 生年月日={d} 発現日={o} 報告者={r} 担当={t}",
                ts=ts_spring(C.tick(5, 60)), k=(c["case_no"], "other_id"), n=(nm(p, "ja"), "name"), i=(nm(p, "dots"), "name"), s="女性" if p["sex"] == "F" else "男性",
                a=ag(c["age"]), d=(fd(c["dob"], "ja_slash"), "date"), o=(fd(c["onset"], "ja_slash"), "date"),
                r="医師（" + HCPS[5][3] + "）" if c["rep_type"] == "hcp" else "消費者", t=R.choice(["石井", "森本", "大西"]))
        return [ln]
    ln = mk("de_intake", "{ts} INFO  [de-pv-intake] " + ("Folgemeldung erfasst" if fu else "Fall angelegt") + ": Fallnummer={k} Patient={n} Geb.-Datum={d} Alter={a} J. PLZ/Ort={z} {ci} Meldequelle={r} KVNR={kv} Ereignis=\"{e}\" Beginn={o}",
            ts=ts_log4j(C.tick(5, 60)), k=(c["case_no"], "other_id"), n=(nm(p, "lf"), "name"), d=(fd(c["dob"], "de"), "date"), a=ag(c["age"]),
            z=(c["zip"], "zip"), ci=(c["city"], "address"), r="Apotheke (Löwen-Apotheke, Fr. Brandt)" if R.random() < 0.5 else "Arzt (Praxis Dr. Reinhardt)",
            kv=(c["hp"], "health_plan"), e=c["ev"][1], o=(fd(c["onset"], "de"), "date"))
    return [ln]


def blk_lit():
    out = [mk("lit_screen", f"LIT-SCREEN {C.tick(10, 200).strftime('%G-W%V')} db={R.choice(['Embase', 'MEDLINE', 'J-STAGE'])} search={R.choice(['VEX-ICSR-01', 'DZL-ICSR-02', 'QNF-ICSR-01'])} retrieved={R.randint(30, 300)} dedup={R.randint(10, 120)} to_review={R.randint(3, 30)} reviewer={R.choice(SAFETY)}")]
    for _ in range(R.randint(1, 3)):
        auth = ", ".join(R.sample(["Okafor N", "Lindqvist B", "Haddad R", "Tanaka Y", "Schulz-Brenner M", "Delgado-Ruiz P", "Whitcombe J", "Nakashima H", "Moreau E"], R.randint(2, 4)))
        pmid = str(R.randint(38000000, 38999999))
        if R.random() < 0.55:
            c = pick()
            age = c["age"]
            title = R.choice([f"Fatal angioedema in a {{a}}-year-old man after first dose of {c['prod']['name'].lower()}",
                              f"{{a}}-year-old woman with severe hypoglycaemia on {c['prod']['name'].lower()}: a case report",
                              f"Late-onset injection site necrosis in a {{a}}-year-old patient receiving {c['prod']['name'].lower()}"])
            out.append(mk("lit_screen", "PMID " + pmid + " | " + auth + " | \"" + title + "\" | Drug Saf Case Rep. 2024;11(" + str(R.randint(1, 4)) + "):e0" + digits(3) + " | decision=VALID_ICSR case={k}",
                          a=ag(age), k=(c["case_no"], "other_id")))
        else:
            title = R.choice(["Pharmacokinetics of quenorafib in hepatic impairment: a phase 1 study",
                              "Real-world persistence with IL-23 autoinjectors: a claims analysis of 41,203 patients",
                              "Signal detection for hypoglycaemia with dorzelatide in FAERS, 2019-2023",
                              "Cost-effectiveness of vexaprilimab versus standard of care in moderate psoriasis"])
            out.append(mk("lit_screen", f"PMID {pmid} | {auth} | \"{title}\" | doi:10.{R.randint(1000, 9999)}/{hexs(6)} | decision=NOT_ICSR reason={R.choice(['no identifiable patient', 'aggregate data', 'non-company product'])}"))
    return out


def blk_meddra():
    out = []
    M = lambda lvl, msg, **kw: out.append(mk("meddra_coder", f"{ts_syslog(C.tick(0, 15))} pv-app03 meddra-svc[{R.randint(2000, 2400)}]: {lvl} " + msg, **kw))
    if R.random() < 0.3:
        M("INFO", f"dictionary loaded /opt/meddra/27_0/english/llt.asc terms={R.randint(80000, 86000)} in {R.randint(1, 5)}.{R.randint(0, 9)}s (mdhier rows {R.randint(25000, 27000)})")
    for _ in range(R.randint(1, 3)):
        ev = R.choice(EVENTS)
        M("INFO", f'coded verbatim="{ev[0]}" -> LLT {ev[4]} "{ev[3]}" / PT {ev[4]} / SOC {ev[6]} (v27.0, autocode, conf=0.{R.randint(80, 99)})')
    if R.random() < 0.5:
        c = pick()
        M("WARN", 'no autocode match for verbatim="{v}" (case {k}, event #{n}) -> queued for manual coding',
          v=R.choice(["felt funny after the shot", "weird taste + tingling", "arm went dead", "not herself since Tuesday"]), k=(c["case_no"], "other_id"), n=R.randint(1, 3))
    return out


def blk_mailbox():
    c = pick([x for x in CASES if x["country"] in ("US", "GB")])
    p = c["pat"]
    uid = R.randint(88000, 89999)
    out = []
    M = lambda lvl, msg, **kw: out.append(mk("mailbox_poller", f"{ts_log4j(C.tick(1, 40))} {lvl:<5} [mail-intake] IMAP pv-intake@northlakepharma.com " + msg, **kw))
    sender = c["rep"] if c["rep_type"] == "consumer" and c["rel"] != "self" else p
    em = sender.get("email") or c["email"]
    M("INFO", 'uid={u} from="{n}" <{e}> subject="{s}" attachments={a} size={sz}', u=uid, n=(nm(sender, R.choice(["fl", "FLU", "low"])), "name"), e=(em, "email"),
      s=R.choice(["side effects from my pen", "Re: your case reference", "Reaction to Vexaprilimab", "question about my mom's medication"]), a=1, sz=R.randint(40000, 900000))
    if R.random() < 0.8:
        b64 = "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/" + "".join(R.choice(string.ascii_letters + string.digits + "+/") for _ in range(R.randint(120, 220))) + "=="
        M("DEBUG", 'uid={u} attachment[0] name="{f}" type=image/jpeg b64={b}', u=uid, f=R.choice(["IMG_4471.jpg", "face_swelling.jpg", "photo.jpeg"]), b=(b64, "photo"))
    M("INFO", f'uid={uid + 1} from="EMA EudraVigilance" <noreply-evhuman@ema.europa.eu> subject="EV acknowledgement NLP_BATCH_{C.t.strftime("%Y%m%d")}" attachments=1 size={R.randint(3000, 9000)}')
    if R.random() < 0.5:
        M("INFO", f'uid={uid + 2} from="Dana Whitfield" <d.whitfield@northlakepharma.com> subject="FW: callback request" routed=queue:PV-Triage-US')
    return out


def blk_social():
    c = pick(US_CASES)
    out = []
    S = lambda msg, **kw: out.append(mk("social_listening", f"{ts_iso(C.tick(5, 90))} social-monitor INFO " + msg, **kw))
    plat = R.choice(["reddit", "x.com", "facebook"])
    if plat == "reddit":
        pn = c["prod"]["name"].lower()
        slug = R.choice([f"{pn}_and_{c['ev'][3].lower().replace(' ', '_')}", f"anyone_else_on_{pn}", f"{pn}_{R.choice(['week_3', 'update', 'help'])}"])
        sub = {"Vexaprilimab": "Psoriasis", "Dorzelatide": "diabetes", "Quenorafib": "melanoma", "Lumiretant": "Epilepsy"}[c["prod"]["name"]]
        S('platform=reddit post={u} author={a} matched_terms=["{p}","{e}"] aeCandidate=true',
          u=(f"https://www.reddit.com/r/{sub}/comments/1b{hexs(5)}/{slug}/", "url"),
          a=("u/" + c["username"], "other_id"), p=c["prod"]["name"].lower(), e=c["ev"][3].lower())
    elif plat == "x.com":
        h = c["username"]
        S('platform=x.com post={u} author=@{a} lang=en aeCandidate=true followUp=DM_SENT',
          u=(f"https://x.com/{h}/status/17{digits(17)}", "url"), a=(h, "other_id"))
    else:
        S('platform=facebook group="Vexaprilimab Support Circle" author="{n}" profile={u} aeCandidate=true',
          n=(nm(c["pat"], "fl"), "name"), u=(f"https://www.facebook.com/{c['username']}.{R.randint(10, 99)}", "url"))
    S(f"sweep done platform={plat} queries={R.randint(5, 30)} posts={R.randint(200, 5000)} candidates={R.randint(0, 6)} took={R.randint(5, 90)}.{R.randint(0, 9)}s")
    return out


def blk_nginx():
    out = []
    for _ in range(R.randint(2, 5)):
        t = C.tick(0, 20)
        r = R.random()
        if r < 0.4:
            c = pick(US_CASES)
            path, ref = R.choice([("/api/v1/ae-intake", "https://www.northlakepharma.com/report-a-side-effect"), ("/api/psp/v2/enrollments", "https://connect.northlakepharma.com/enroll/step-3")])
            out.append(mk("nginx_access", '{ip} - - [{t}] "POST {p} HTTP/2.0" 201 {b} "{ref}" "{ua}" rt={rt} req_id={rid}',
                          ip=(c["ip"], "ip"), t=ts_nginx(t), p=path, b=R.randint(200, 900), ref=ref,
                          ua=R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
                                       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
                                       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36"]),
                          rt=f"0.{R.randint(40, 999):03d}", rid=hexs(32)))
        elif r < 0.75:
            out.append(mk("nginx_access", f'10.40.{R.randint(0, 3)}.{R.randint(2, 250)} - - [{ts_nginx(t)}] "GET {R.choice(["/actuator/health", "/actuator/health/readiness", "/healthz", "/metrics"])} HTTP/1.1" 200 {R.randint(15, 900)} "-" "{R.choice(["kube-probe/1.27", "Prometheus/2.49.1", "ELB-HealthChecker/2.0"])}" rt=0.00{R.randint(1, 9)}'))
        else:
            out.append(mk("nginx_access", f'{R.choice([52, 34, 3, 18])}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)} - - [{ts_nginx(t)}] "GET {R.choice(["/medinfo/hcp/srl/SRL-VEX-044.pdf", "/hcp/dosing-calculator", "/static/js/main.8f3c1a.js", "/favicon.ico"])} HTTP/2.0" {R.choice([200, 200, 304, 404])} {R.randint(100, 90000)} "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15" rt=0.{R.randint(1, 500):03d}'))
    return out


def blk_injector():
    c = pick([x for x in CASES if x["prod"]["dev"]] or CASES)
    out = []
    I = lambda msg, **kw: out.append(mk("smart_injector", f"{ts_iso_ms(C.tick(1, 60))} injector-cloud " + msg, **kw))
    if R.random() < 0.85:
        dose = c["onset"] - dt.timedelta(days=R.randint(0, 3))
        I('INFO dose_event device_mac={m} serial={s} enrollment={e} dose_ts={d}T{h:02d}:{mi:02d}:{se:02d}-05:00 result={r} hold_time_s={ht}',
          m=(c["mac"], "device"), s=(c["serial"] or "n/a", "device" if c["serial"] else None), e=(c["psp"], "other_id"), d=(fd(dose, "iso"), "date"),
          h=R.randint(6, 22), mi=R.randint(0, 59), se=R.randint(0, 59), r=R.choice(["COMPLETE", "COMPLETE", "EARLY_REMOVAL"]), ht=f"{R.randint(5, 12)}.{R.randint(0, 9)}")
    I(f"INFO fw_rollout version=2.4.{R.randint(0, 9)} cohort={R.choice(['canary', 'wave1', 'wave2'])} devices={R.randint(100, 5000)} success_rate=0.9{R.randint(50, 99)}")
    if R.random() < 0.4:
        I(f"WARN ble_gateway gw={uuid4()} rssi=-{R.randint(60, 99)} dropped_packets={R.randint(1, 40)} retry=true")
    return out


ROLE = {"MD": "Physician", "Dr. med.": "Physician", "医師": "Physician", "PharmD": "Pharmacist", "Apothekerin": "Pharmacist", "RN": "Nurse"}


def blk_mir():
    h = R.choice(HCPS)
    t = C.tick(10, 120)
    q = R.choice(["stability of vexaprilimab outside refrigerator", "dose adjustment in eGFR < 30", "use in pregnancy", "switching from adalimumab", "excipients / latex in needle cover", "crushing quenorafib tablets for NG tube"])
    out = [mk("medinfo_mir", f"{t.strftime('%Y-%m-%d %H:%M')} MIR-2024-{R.randint(10000, 19999):06d} | channel={R.choice(['Phone', 'Email', 'Web', 'MSL'])} | requester=HCP ({ROLE.get(h[2], 'Physician')}) \"{h[0]} {h[1]}, {h[2]}\" | org={h[3]} | q=\"{q}\" | response=SRL-{R.choice(['VEX', 'DZL', 'QNF'])}-0{R.randint(10, 99)} v{R.randint(1, 5)} | sent_to={h[6]} | fax={h[5]} | agent={R.choice(AGENTS)}")]
    if R.random() < 0.35:
        c = pick()
        out.append(mk("medinfo_mir", "{t} MIR-2024-{n} | channel=Phone | requester=HCP ({rl}) \"{hn}\" | q=\"can my {a}-year-old patient with CKD3 continue {pr} after {ev}?\" | AE_flag=Y forwarded_to=PV case={k}",
                      t=C.tick(10, 120).strftime('%Y-%m-%d %H:%M'), n=f"{R.randint(10000, 19999):06d}", hn=f"{h[0]} {h[1]}, {h[2]}", rl=ROLE.get(h[2], "Physician"), a=ag(c["age"]), pr=c["prod"]["name"], ev=c["ev"][3].lower(), k=(c["case_no"], "other_id")))
    return out


def blk_infra():
    t = C.tick(1, 60)
    choices = [
        lambda: f'{{"level":"info","ts":"{ts_iso_ms(t)}","logger":"healthcheck","msg":"probe ok","component":"{R.choice(["e2b-gateway", "vault-connector", "nurse-scheduler", "copay-adj"])}","latency_ms":{R.randint(1, 40)},"trace_id":"{hexs(32)}","span_id":"{hexs(16)}"}}',
        lambda: f'pv_cases_intake_total{{source="{R.choice(["call_center", "web_form", "email", "literature", "social"])}",country="{R.choice(["US", "DE", "JP", "GB"])}"}} {R.randint(100, 9000)} {int(t.timestamp() * 1000)}',
        lambda: f'{ts_spring(t)}  INFO 1 --- [           main] o.s.b.a.e.web.EndpointLinksResolver      : Exposing {R.randint(2, 14)} endpoint(s) beneath base path \'/actuator\'',
        lambda: f"spring.datasource.url=jdbc:oracle:thin:@//argdb-scan.northlake.local:1521/ARGPRD spring.datasource.hikari.maximum-pool-size={R.choice([10, 20, 40])} build=pv-integration-{R.randint(3, 5)}.{R.randint(0, 20)}.{R.randint(0, 9)}+{hexs(7)}",
        lambda: f"{ts_iso(t)} k8s-event Normal Pulled pod/e2b-gateway-{hexs(10)}-{hexs(5)} Successfully pulled image \"registry.northlake.local/pv/e2b-gateway:{R.randint(3, 5)}.{R.randint(0, 20)}.{R.randint(0, 9)}\" in {R.randint(300, 9000)}ms",
        lambda: f"{ts_iso(t)} WARN  five9-connector agent state poll: {R.randint(10, 60)} agents Ready, {R.randint(0, 20)} On Call, {R.randint(0, 8)} Not Ready (reason codes: Lunch={R.randint(0, 3)}, Training={R.randint(0, 3)}) SL80/30={R.randint(60, 99)}%",
        lambda: f"{ts_iso(t)} INFO  genesys-notifier subscribed topics=v2.routing.queues.{uuid4()}.conversations channel={uuid4()} expires=2024-03-{t.day + 1:02d}T{t.hour:02d}:00:00Z",
        lambda: f"{ts_log4j(t)} INFO  [scheduler] c.n.pv.sla.ExpeditedClock - 15-day clock status: open={R.randint(20, 90)} due_today={R.randint(0, 8)} overdue={R.randint(0, 2)}; 7-day fatal/LT open={R.randint(0, 5)}",
        lambda: f"{ts_log4j(t)} INFO  [cert-watch] ESG AS2 certificate CN=northlake-esg-prod, serial={hexs(20).upper()}, expires 2025-01-17 (in {R.randint(200, 320)} days)",
        lambda: f"{ts_iso(t)} audit user={R.choice(SAFETY)} action=LOGIN app=ArgusSafety ip=10.40.{R.randint(5, 9)}.{R.randint(2, 250)} sso=okta session={hexs(24)} result=SUCCESS",
        lambda: f"{ts_log4j(t)} INFO  [edi-monitor] order PO-{R.randint(4500000000, 4599999999)} shipped 240 cartons lot {R.choice(['VX3K219A', 'DZ2B114C', 'QF4E551A'])} to McKesson DC 8140, tracking 1Z{''.join(R.choice(string.ascii_uppercase + string.digits) for _ in range(16))}",
    ]
    fam = ["k8s_health", "prometheus", "spring_batch", "config", "k8s_event", "five9_agent", "genesys_ivr", "sla_monitor", "esg_ack", "argus_audit", "edi_monitor"]
    k = R.randrange(len(choices))
    return [mk(fam[k], choices[k]())]


def blk_fax_ocr():
    c = pick(US_CASES)
    p = c["pat"]
    h = R.choice([x for x in HCPS if x[4][0] in "(0123456789" and not x[4].startswith("0")][:4])
    job = "FX" + digits(9)
    out = []
    F = lambda src, msg, **kw: out.append(mk("fax_ocr", f"{C.tick(1, 30).strftime('%Y-%m-%d %H:%M:%S')} {src} " + msg, **kw))
    F("RightFax[INBOUND]", f'job={job} csid="{h[5]}" ani={phone_digits(h[5])} pages={R.randint(2, 7)} dnis=8665550177 routed_to={R.choice(["HUB_ENROLL", "PV_FOLLOWUP"])} status=received')
    if R.random() < 0.55:
        ln = Line("fax_ocr").t(f"{C.tick(1, 30).strftime('%Y-%m-%d %H:%M:%S')} kofax-ocr INFO job={job} form=NLC-ENR-2023v2 page=1 fields: pt_name=\"")
        ln.p(nm(p, R.choice(["LF", "fl", "lf"])), "name").t('" pt_dob="').p(fd(c["dob"], R.choice(["us", "us_short", "us_yy"])), "date")
        ln.t('" pt_ssn="').p(c["ssn"] if R.random() < 0.7 else c["ssn"].replace("-", ""), "ssn").t('" pt_phone="').p(c["phone"], "phone")
        if R.random() < 0.6:
            ln.t('" pt_fax="').p(us_phone(c["area"], R.choice(["paren", "dash"])), "fax")
        ln.t('" pt_addr="').p(c["street"], "address").t(", ").p(c["city"], "address").t(f", {c['state']} ").p(c["zip"], "zip").t(f'" conf=0.{R.randint(70, 99)}')
        out.append(ln)
        F("kofax-ocr INFO", 'job={j} page=2 fields: ins_member_id="{m}" ins_group="{g}" rx_bin="{b}" dl_number="{dl}" dl_state="{st}" household_size={hh} conf=0.{cf}',
          j=job, m=(c["hp"], "health_plan"), g=digits(7), b=R.choice(["003858", "610014"]),
          dl=(R.choice([f"{R.choice(string.ascii_uppercase)}{digits(7)}", f"{R.choice(string.ascii_uppercase)}{digits(12)}", digits(9)]), "license"), st=c["state"], hh=R.randint(1, 5), cf=R.randint(60, 99))
        F("kofax-ocr WARN", f"job={job} page=3 low confidence field prescriber_signature (0.{R.randint(20, 59)}) -> manual review queue HUB-QA")
    else:
        adm = c["onset"] + dt.timedelta(days=R.randint(0, 1))
        F("kofax-ocr INFO", 'job={j} doc_type=DischargeSummary sender="{org}" extracted: patient="{n}" MRN={m} admit={a} discharge={d} dx="{dx}"',
          j=job, org=h[3], n=(nm(p, R.choice(["LF", "lf", "L_F"])), "name"), m=(c["mrn"], "mrn"), a=(fd(adm, "us"), "date"), d=(fd(adm + dt.timedelta(days=R.randint(1, 6)), "us"), "date"), dx=c["ev"][3])
        F("kofax-ocr INFO", f"job={job} attached to PV follow-up queue, {R.randint(2, 7)} pages, sha1={hexs(40)}")
    return out


def blk_portal():
    c = pick(US_CASES)
    out = []
    P_ = lambda lvl, msg, **kw: out.append(mk("psp_portal", f"{ts_iso(C.tick(1, 45))} psp-portal[{R.randint(1, 4)}] {lvl} " + msg, **kw))
    r = R.random()
    if r < 0.45:
        P_("INFO", "auth login success username={u} ip={ip} mfa=sms session={s}", u=(c["username"], "other_id"), ip=(c["ip"], "ip"), s=hexs(24))
    elif r < 0.7:
        P_("INFO", "profile update username={u} field=email old={o} new={n}", u=(c["username"], "other_id"), o=(c["email"], "email"), n=(email_for(c["pat"]), "email"))
    else:
        P_("WARN", "auth lockout username={u} ip={ip} failed_attempts=5 unlock_at={t}", u=(c["username"], "other_id"), ip=(c["ip"], "ip"), t=ts_iso(C.t + dt.timedelta(minutes=30)))
    if R.random() < 0.6:
        P_("INFO", f"session sweeper removed {R.randint(5, 90)} expired sessions (store=redis://psp-cache.northlake.local:6379/2)")
    return out


BLOCKS = [  # (fn, weight)
    (blk_spring, 5), (blk_stacktrace, 2), (blk_airflow, 5), (blk_oracle, 5), (blk_sftp, 4), (blk_esg_ack, 3),
    (blk_ev_ack, 2), (blk_e2b, 1.5), (blk_medwatch, 1.5), (blk_pqc, 4), (blk_psp_json, 4), (blk_psp_noise, 2),
    (blk_callback, 4), (blk_copay, 3), (blk_copay_reimb, 3), (blk_five9, 3), (blk_genesys, 2), (blk_transcript, 1.2),
    (blk_vault_log, 4), (blk_vault_json, 3), (blk_vault_noise, 4), (blk_argus_csv, 3), (blk_argus_esm, 3),
    (blk_narrative, 5), (blk_affiliate, 3), (blk_lit, 4), (blk_meddra, 4), (blk_mailbox, 3), (blk_social, 3),
    (blk_nginx, 4), (blk_injector, 3), (blk_mir, 4), (blk_infra, 12), (blk_fax_ocr, 4), (blk_portal, 3),
]
PHI_HEAVY = {blk_narrative, blk_affiliate, blk_vault_json, blk_psp_json, blk_callback, blk_copay, blk_copay_reimb, blk_transcript,
             blk_argus_csv, blk_fax_ocr, blk_mailbox, blk_social, blk_vault_log, blk_portal}
MIXED = {blk_e2b, blk_medwatch, blk_five9, blk_genesys}

NOISE_SINGLE = [blk_infra, blk_psp_noise, blk_vault_noise]
PHI_SINGLE = [blk_narrative, blk_narrative, blk_affiliate, blk_vault_json, blk_psp_json, blk_psp_json, blk_callback, blk_portal, blk_copay_reimb]

N_LINES = 500
TARGET_NOPHI = 275


PLAN = {blk_spring: 4, blk_stacktrace: 2, blk_airflow: 4, blk_oracle: 4, blk_sftp: 3, blk_esg_ack: 3, blk_ev_ack: 1,
        blk_e2b: 2, blk_medwatch: 2, blk_pqc: 3, blk_psp_json: 6, blk_psp_noise: 2, blk_callback: 5, blk_copay: 2,
        blk_copay_reimb: 3, blk_five9: 3, blk_genesys: 3, blk_transcript: 2, blk_vault_log: 3, blk_vault_json: 4,
        blk_vault_noise: 3, blk_argus_csv: 2, blk_argus_esm: 2, blk_narrative: 12, blk_affiliate: 5, blk_lit: 3,
        blk_meddra: 3, blk_mailbox: 4, blk_social: 4, blk_nginx: 3, blk_injector: 4, blk_mir: 3, blk_infra: 9,
        blk_fax_ocr: 5, blk_portal: 3}


def single(noise):
    while True:
        blk = R.choice(NOISE_SINGLE if noise else PHI_SINGLE)()
        if len(blk) == 1 and bool(blk[0].spans) != noise:
            return blk[0]


def build():
    plan = [f for f, n in PLAN.items() for _ in range(n)]
    R.shuffle(plan)
    lines = []
    target = TARGET_NOPHI / N_LINES
    for fn in plan:
        blk = fn()
        if len(lines) + len(blk) > N_LINES - 6:
            continue
        lines += blk
        # keep the running share of PHI-free lines close to the target by interleaving single lines
        for _ in range(3):
            noph = sum(1 for x in lines if not x.spans)
            frac = noph / len(lines)
            if len(lines) >= N_LINES - 6 or abs(frac - target) < 0.012:
                break
            lines.append(single(frac < target))
    while len(lines) < N_LINES:
        noph = sum(1 for x in lines if not x.spans)
        rem = N_LINES - len(lines)
        need = TARGET_NOPHI - noph
        lines.append(single(need > 0 and (need >= rem or R.random() < need / rem)))
    return lines


def main():
    lines = build()
    assert len(lines) == N_LINES, len(lines)
    log_out, lab_out = [], []
    counts = {}
    fams = set()
    for n, ln in enumerate(lines, 1):
        s = ln.text()
        assert s and "\n" not in s and "\r" not in s, (n, s)
        b = s.encode("utf-8")
        prev = -1
        for sp in ln.spans:
            assert b[sp["s"]:sp["e"]].decode("utf-8") == sp["v"], (n, sp)
            assert sp["s"] >= prev, (n, "overlap")
            prev = sp["e"]
            counts[sp["cat"]] = counts.get(sp["cat"], 0) + 1
        fams.add(ln.family)
        log_out.append(s)
        lab_out.append(json.dumps({"line": n, "family": ln.family,
                                   "spans": [{"s": sp["s"], "e": sp["e"], "cat": sp["cat"]} for sp in ln.spans]},
                                  ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(log_out))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lab_out) + "\n")
    nophi = sum(1 for x in lines if not x.spans)
    print(f"lines={len(lines)} no_phi={nophi} ({100 * nophi / len(lines):.1f}%) families={len(fams)}")
    print("spans:", dict(sorted(counts.items(), key=lambda kv: -kv[1])))
    for fn in (f"{ID}.log", f"{ID}.labels.jsonl"):
        print(fn, hashlib.md5(open(os.path.join(HERE, fn), "rb").read()).hexdigest())


if __name__ == "__main__":
    main()
