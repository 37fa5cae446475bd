#!/usr/bin/env python3
"""Synthetic labeled log corpus "lv": a clinical genetics and genomics laboratory.

Writes lv.log (500 lines) and lv.labels.jsonl next to this script.  Everything is
synthetic and deterministic (fixed seed, standard library only).

Sources mixed into the aggregated log (one "family" per source format):
LIMS accessioning (Spring Boot logback), LIMS audit trail (XML), requisition OCR
(Python logging, escaped newlines), bcl2fastq, DRAGEN, bwa, GATK, Nextflow,
Snakemake, VCF header lines, SAM/BAM header lines (tab separated), Illumina sample
sheets (CSV), variant interpretation / sign-out notes, genetic counselor call notes
(pedigrees), HL7 v2.5.1 ORU^R01 delivery (Mirth-like), X12 278/837/270 EDI,
prior-authorization gateway (JSON), billing (key=value and CSV export), patient
portal nginx access log, portal API (JSON), S3 server access log, Slurm.

Labeling decisions:
- Labeled people: patients/probands, their relatives named in pedigrees and notes,
  guarantors, subscribers, cardholders and emergency contacts.  Not labeled:
  ordering physicians, lab directors, genetic counselors, technologists,
  bioinformaticians, payer staff, their user names, e-mails, phones and NPIs; the
  lab, clinics, payers and vendors (addresses, phones, faxes, CLIA numbers).
- A name written as one field ("Last, First", "LAST^FIRST^M", "First M. Last") is one
  span; first/last names in separate fields are separate spans.
- Patient names embedded in sample names / file names / job names / S3 keys
  (e.g. 24GN-00417_OKAFOR_C, OkaforC, Okafor_Chinedu) are labeled as name; the span
  covers the whole name token (surname plus initial or given name), never the
  accession part.  A DOB embedded in such a token is a separate date span.
- Specimen accessions (ACC-..), lab sample IDs (24GN-..), requisition/order numbers
  (REQ-..), lab interpretation case IDs (CS-..), report IDs (RPT-..), run/flowcell
  IDs, claim IDs, PA reference numbers, trace/span IDs are operational identifiers and
  are NOT labeled.  Public reference samples (NA12878, HG002) are never labeled.
- mrn: hospital medical record numbers in any form (E4418827, MRN00448120, PID-3 MR).
- other_id: encounter/visit numbers (PV1-19, GC encounter ENC-..), portal user
  names and the portal's numeric patient user id.
- account: patient accounts / patient control numbers (PA..), guarantor accounts,
  payment card numbers (full PAN only; last-4 alone is not labeled), bank account
  numbers of refund payees (the ABA routing number, a bank's, is not labeled).
- health_plan: member / subscriber IDs, Medicare MBI, Medicaid IDs (also in X12
  NM1*IL..MI and HL7 IN1-36).  Payer IDs and group numbers of employers are not.
- date: DOBs, specimen collection dates (= date of service), claim service dates,
  appointment and counseling-call dates, relatives' dates of death/diagnosis when
  more than a year is given.  The span is the date (with its time only when the
  value is one token, e.g. HL7 OBR-7 20240308152000).  Not labeled: log timestamps,
  run dates, sample-sheet dates, MSH-7, report sign-out/e-signature timestamps,
  authorization validity dates, years alone.  OCR-mangled DOBs ("O3/l2/1987") are
  still labeled as date.
- age: only ages over 89, the number only ("93" in "d. age 93").
- address: street line and city are separate spans (county too); state not
  labeled; zip (5 or 9 digits) is zip.  X12 N4 city and zip labeled separately.
- phone/fax/email/url/ip: only the patient's or relative's own.  Portal and S3 client
  IPs of authenticated patient sessions and presigned report downloads are ip;
  crawler, CDN, kube-probe and internal 10.x addresses are not.  URL-encoded
  e-mails in query strings are labeled as written (%40).
- device: implanted device serials of a patient, the patient's phone IMEI and the
  mobile app device id registered to the patient.
- license: a patient's driver's licence number from ID verification.
- vehicle: plate / VIN of the patient's car (parking validation at draw sites).
- biometric: SNP identity-fingerprint genotype strings tied to a named patient.
- photo: base64 JPEG of the patient's face / ID card (span = the base64 text).
- ssn: full SSNs (with or without dashes, incl. HL7 PID-19 and X12 REF*SY).
- Relatives' and guarantors' addresses/phones (HL7 NK1, GT1) are labeled like the
  patient's.  Relatives' ages of 89 or less (pedigree "(58, dx breast ca @44)", PA
  dxAge) are not labeled.
- HL7 PV1-44 (admit date of the outpatient encounter) and OBR-7 (collection) are dates
  of service and labeled; MSH-7, ORC-9 and OBR-14/22 message times are not.
- A value repeated in one line (S3 key and request URI, samtools merge inputs, MRN in
  vep input and output names) is labeled at every occurrence.
- Clinic fax numbers, client-services phones, lab e-mail addresses and NPIs of
  ordering physicians are business data and never labeled.
"""
import base64
import json
import os
import unicodedata
import random
from datetime import datetime, timedelta, date

SEED = 21_0311_2024
R = random.Random(SEED)
N_LINES = 500
N_PHI = 224  # lines with at least one span; the rest (276, 55.2%) carry none

HERE = os.path.dirname(os.path.abspath(__file__))


# ----------------------------------------------------------------------------
# line builder with byte-offset spans
# ----------------------------------------------------------------------------
class LB:
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.pos = 0
        self.spans = []
        self.vals = []

    def t(self, *xs):
        for x in xs:
            x = str(x)
            self.buf.append(x)
            self.pos += len(x.encode("utf-8"))
        return self

    def p(self, val, cat):
        val = str(val)
        s = self.pos
        self.t(val)
        self.spans.append({"s": s, "e": self.pos, "cat": cat})
        self.vals.append(val)
        return self

    def f(self, fmt, *args):
        parts = fmt.split("§")
        assert len(parts) == len(args) + 1, (fmt, args)
        for i, a in enumerate(args):
            self.t(parts[i])
            if isinstance(a, tuple):
                self.p(a[0], a[1])
            else:
                self.t(a)
        self.t(parts[-1])
        return self

    def done(self):
        line = "".join(self.buf)
        b = line.encode("utf-8")
        assert "\n" not in line and "\r" not in line, line
        assert line.strip() != ""
        for sp, v in zip(self.spans, self.vals):
            assert b[sp["s"]:sp["e"]].decode("utf-8") == v, (line, sp, v)
            assert v.strip() == v and v != "", (line, v)
        return line, self.spans


class V:
    """labeled value for structured emitters"""

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


def jemit(L, o, ea=False, sep=(",", ":")):
    if isinstance(o, dict):
        L.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k) + sep[1])
            jemit(L, v, ea, sep)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(sep[0])
            jemit(L, v, ea, sep)
        L.t("]")
    elif isinstance(o, V):
        if isinstance(o.v, str):
            L.t('"')
            L.p(json.dumps(o.v, ensure_ascii=ea)[1:-1], o.cat)
            L.t('"')
        else:
            L.p(json.dumps(o.v), o.cat)
    else:
        L.t(json.dumps(o, ensure_ascii=ea))


def kvemit(L, pairs, sep=" ", quote_all=False):
    for i, (k, v) in enumerate(pairs):
        if i:
            L.t(sep)
        L.t(k + "=")
        raw = v.v if isinstance(v, V) else str(v)
        q = quote_all or (" " in raw) or raw == ""
        if q:
            L.t('"')
        if isinstance(v, V):
            L.p(raw, v.cat)
        else:
            L.t(raw)
        if q:
            L.t('"')


# ----------------------------------------------------------------------------
# synthetic value generators
# ----------------------------------------------------------------------------
def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def luhn_digit(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def card_number():
    pre = R.choice(["4", "4", "51", "53", "55", "37"])
    ln = 15 if pre == "37" else 16
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(ln - len(pre) - 1))
    return body + luhn_digit(body)


def fmt_card(n):
    if len(n) == 15:
        return f"{n[:4]} {n[4:10]} {n[10:]}"
    return R.choice([" ".join(n[i:i + 4] for i in range(0, 16, 4)), n, "-".join(n[i:i + 4] for i in range(0, 16, 4))])


def imei():
    body = "35" + "".join(str(R.randint(0, 9)) for _ in range(12))
    return body + luhn_digit(body)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    v = [R.choice(["1", "2", "3", "5", "J", "K", "W"])] + [R.choice(VIN_CH) for _ in range(16)]
    v[9] = R.choice("LMNPR")  # model year 2020-2024
    tot = sum((int(c) if c.isdigit() else VIN_TR[c]) * w for c, w in zip(v, VIN_W))
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def plate():
    return R.choice([
        lambda: f"{R.randint(1, 9)}{''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{R.randint(100, 999)}",
        lambda: f"{''.join(R.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))}-{R.randint(1000, 9999)}",
        lambda: f"{''.join(R.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))} {R.randint(100, 999)}",
    ])()


def mbi():
    L_ = "ACDEFGHJKMNPQRTUVWXY"
    A_ = L_ + "0123456789"
    return (str(R.randint(1, 9)) + R.choice(L_) + R.choice(A_) + str(R.randint(0, 9)) + R.choice(L_) + R.choice(A_)
            + str(R.randint(0, 9)) + R.choice(L_) + R.choice(L_) + str(R.randint(0, 9)) + str(R.randint(0, 9)))


def member_id():
    return R.choice([
        lambda: "".join(R.choice("XYZWJK") for _ in range(1)) + "".join(R.choice("ABEHKMRT") for _ in range(2)) + f"{R.randint(10**8, 10**9 - 1)}",
        lambda: f"W{R.randint(10**8, 10**9 - 1)}",
        lambda: f"{R.randint(10**8, 10**9 - 1)}01",
        lambda: f"MCD{R.randint(10**7, 10**8 - 1)}",
        lambda: f"U{R.randint(10**7, 10**8 - 1)}0{R.randint(1, 3)}",
    ])()


def dl_number(state):
    if state == "IL":
        return f"{R.choice('ABCDKLMS')}{R.randint(100, 999)}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"
    if state == "CA":
        return f"{R.choice('ABDFGY')}{R.randint(10**6, 10**7 - 1)}"
    if state == "WA":
        return "WDL" + "".join(R.choice("ABCDEFGHJKLMNPQRSTVWXYZ23456789") for _ in range(9))
    if state == "NY":
        return f"{R.randint(100, 999)} {R.randint(100, 999)} {R.randint(100, 999)}"
    if state == "FL":
        return f"{R.choice('BGHKMS')}{R.randint(100, 999)}-{R.randint(100, 999)}-{R.randint(10, 99)}-{R.randint(100, 999)}-0"
    return f"{R.randint(10**7, 10**8 - 1)}"


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


def b64_face():
    hdr = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    body = bytes(R.randint(0, 255) for _ in range(R.randint(108, 171)))
    return base64.b64encode(hdr + body).decode()


SNPS = ["rs1042713", "rs1800497", "rs4680", "rs1801133", "rs429358", "rs7412", "rs1815739", "rs2282679",
        "rs1801282", "rs12913832", "rs1426654", "rs16891982", "rs4988235", "rs762551", "rs9939609", "rs1799971",
        "rs53576", "rs6025", "rs1799963", "rs2187668"]


def snp_fp():
    ks = R.sample(SNPS, R.randint(10, 16))
    out = []
    for k in ks:
        a, b = R.sample("ACGT", 2)
        out.append(f"{k}:{R.choice([a + a, a + b, b + b])}")
    return ";".join(out)


def pub_ip():
    while True:
        a = R.choice([24, 47, 50, 67, 68, 69, 71, 73, 75, 76, 96, 97, 98, 99, 104, 107, 108, 172, 173, 174, 184, 199, 208])
        b = R.randint(0, 255)
        if a == 172 and 16 <= b <= 31:
            continue
        return f"{a}.{b}.{R.randint(0, 255)}.{R.randint(1, 254)}"


AREA = ["206", "253", "217", "312", "773", "617", "937", "505", "619", "352", "218", "808", "928", "207", "806",
        "718", "701", "828", "208", "414", "504", "915"]


def phone_digits(area=None):
    a = area or R.choice(AREA)
    return a, f"{R.randint(2, 9)}{R.randint(0, 9)}{R.randint(0, 9)}", f"{R.randint(0, 9999):04d}"


def fmt_phone(ph, style=None):
    a, x, n = ph
    style = style or R.choice(["paren", "dash", "dot", "plain", "e164", "sp", "paren_nosp"])
    return {
        "paren": f"({a}) {x}-{n}", "paren_nosp": f"({a}){x}-{n}", "dash": f"{a}-{x}-{n}", "dot": f"{a}.{x}.{n}",
        "plain": f"{a}{x}{n}", "e164": f"+1{a}{x}{n}", "sp": f"+1 {a} {x} {n}",
    }[style]


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONF = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December"]


def fd(d, style):
    return {
        "iso": f"{d.year:04d}-{d.month:02d}-{d.day:02d}",
        "us": f"{d.month:02d}/{d.day:02d}/{d.year:04d}",
        "us_np": f"{d.month}/{d.day}/{d.year}",
        "us2": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "eu": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "compact": f"{d.year:04d}{d.month:02d}{d.day:02d}",
        "long": f"{MONF[d.month - 1]} {d.day}, {d.year}",
        "abbr": f"{d.day:02d}-{MON[d.month - 1].upper()}-{d.year}",
        "dmy": f"{d.day} {MON[d.month - 1]} {d.year}",
        "dash_us": f"{d.month:02d}-{d.day:02d}-{d.year}",
    }[style]


def rdate(a, b):
    return a + timedelta(days=R.randint(0, (b - a).days))


# ----------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------
PEOPLE = [
    ("Chinedu", "Obinna", "Okafor", "M"), ("Agnieszka", "Maria", "Kowalczyk", "F"), ("Thi Hoa", "", "Nguyen", "F"),
    ("Tamika", "Renee", "Johnson", "F"), ("Lucía", "Isabel", "García-Márquez", "F"), ("Eleni", "", "Papadopoulos", "F"),
    ("Hiroshi", "", "Tanaka", "M"), ("Ji-woo", "", "Kim", "F"), ("Giulia", "", "Rossi", "F"),
    ("Pieter", "Jan", "van der Berg", "M"), ("Siobhan", "", "O'Connor", "F"), ("Omar", "Khalid", "Al-Hashimi", "M"),
    ("Aroha", "", "Ngata", "F"), ("Dmitri", "S", "Ivanov", "M"), ("Nomvula", "", "Dlamini", "F"),
    ("Rania", "", "Haddad", "F"), ("José", "Luis", "de la Cruz", "M"), ("Björn", "", "Lindqvist", "M"),
    ("Fatima", "Zahra", "Rahman", "F"), ("Makana", "", "Kahananui", "M"), ("Darius", "", "Begay", "M"),
    ("Mei-Ling", "", "Zhang", "F"), ("Anne-Marie", "", "Dubois", "F"), ("Seán", "", "MacLeod", "M"),
    ("Wojciech", "", "Wójcik", "M"), ("Ingrid", "", "Sørensen", "F"), ("Abebe", "", "Tesfaye", "M"),
    ("Carmen", "Rosa", "Herrera Villanueva", "F"), ("Luca", "", "D'Angelo", "M"), ("Emily", "Grace", "St. John", "F"),
    ("Tomás", "", "Novák", "M"), ("Aaliyah", "", "Washington", "F"), ("Raj", "", "Kapoor", "M"),
    ("Marguerite", "", "Fitzgerald-Shaw", "F"), ("Harold", "", "Wexler", "M"), ("Yuki", "", "Yamamoto", "F"),
    ("Kwame", "", "Mensah", "M"), ("Leilani", "", "Akana", "F"),
]
# relatives' names by family origin: (female firsts, male firsts, other-side surnames)
ORIGINS = {
    "ig": (["Ngozi", "Adaeze", "Chiamaka"], ["Emeka", "Ikenna", "Chukwuma"], ["Eze", "Nwosu", "Okonkwo"]),
    "pl": (["Bożena", "Zofia", "Halina"], ["Tadeusz", "Krzysztof", "Piotr"], ["Nowak", "Zielińska", "Mazur"]),
    "vn": (["Lan", "Yến", "Mai"], ["Minh", "Bảo", "Tuấn"], ["Tran", "Pham", "Le"]),
    "us_af": (["Keisha", "Hattie", "Denise"], ["Darnell", "Marcus", "Andre"], ["Brooks", "Jenkins", "Coleman"]),
    "es": (["Maribel", "Dolores", "Ana"], ["Rafael", "Mateo", "Alejandro"], ["Ibarra", "Castellanos", "Ruiz"]),
    "gr": (["Sofia", "Despina", "Katerina"], ["Nikos", "Georgios", "Yannis"], ["Kostas", "Alexiou", "Dimitriou"]),
    "jp": (["Sakura", "Keiko", "Hana"], ["Kenji", "Takeshi", "Hideo"], ["Sato", "Suzuki", "Ito"]),
    "kr": (["Soo-jin", "Min-ji", "Eun-hee"], ["Joon-ho", "Dong-hyun", "Sung-min"], ["Park", "Lee", "Choi"]),
    "it": (["Francesca", "Chiara", "Rosaria"], ["Marco", "Lorenzo", "Salvatore"], ["Moretti", "Esposito", "Bianchi"]),
    "nl": (["Femke", "Anouk", "Marieke"], ["Joost", "Sander", "Willem"], ["de Vries", "Bakker", "Visser"]),
    "ie": (["Bridget", "Aoife", "Mairéad"], ["Declan", "Cillian", "Rhys"], ["Walsh", "Byrne", "Doherty"]),
    "ar": (["Noor", "Layla", "Samira"], ["Karim", "Yousef", "Tariq"], ["Nasser", "Khoury", "Saleh"]),
    "mi": (["Kiri", "Mere", "Hine"], ["Rawiri", "Tane", "Wiremu"], ["Walker", "Tipene", "Parata"]),
    "ru": (["Olga", "Natalia", "Irina"], ["Alexei", "Sergei", "Pavel"], ["Petrova", "Smirnova", "Volkov"]),
    "za": (["Zanele", "Thandiwe", "Lindiwe"], ["Sipho", "Thabo", "Bongani"], ["Mahlangu", "Nkosi", "Zulu"]),
    "se": (["Astrid", "Greta", "Freja"], ["Lars", "Henrik", "Mikkel"], ["Halvorsen", "Nilsson", "Berg"]),
    "in": (["Priyanka", "Anjali", "Sunita"], ["Arjun", "Vikram", "Rohit"], ["Sharma", "Mehta", "Iyer"]),
    "haw": (["Noelani", "Mele", "Kalena"], ["Keoni", "Kaimana", "Ikaika"], ["Keawe", "Kealoha", "Kamaka"]),
    "nav": (["Loretta", "Shandiin", "Marilyn"], ["Nathaniel", "Tsosie", "Lorenzo"], ["Yazzie", "Tsosie", "Benally"]),
    "cn": (["Xiu Ying", "Ling", "Fang"], ["Wei", "Jun", "Guo Qiang"], ["Liu", "Chen", "Wang"]),
    "fr": (["Colette", "Élodie", "Sylvie"], ["Étienne", "Julien", "Thierry"], ["Lefèvre", "Moreau", "Girard"]),
    "et": (["Selam", "Tigist", "Hiwot"], ["Dawit", "Yonas", "Bereket"], ["Haile", "Girma", "Alemu"]),
    "cz": (["Jana", "Petra", "Věra"], ["Jiří", "Ondřej", "Pavel"], ["Dvořáková", "Svoboda", "Černý"]),
    "us": (["Margaret", "Dorothy", "Susan"], ["Robert", "Walter", "Eugene"], ["Whitaker", "Caldwell", "Harrington"]),
    "gh": (["Ama", "Akosua", "Efua"], ["Kofi", "Kwabena", "Yaw"], ["Boateng", "Owusu", "Asante"]),
}
ORIG_ORDER = ['ig', 'pl', 'vn', 'us_af', 'es', 'gr', 'jp', 'kr', 'it', 'nl', 'ie', 'ar', 'mi', 'ru', 'za', 'ar', 'es', 'se', 'in', 'haw', 'nav', 'cn', 'fr', 'ie', 'pl', 'se', 'et', 'es', 'it', 'us', 'cz', 'us_af', 'in', 'us', 'us', 'jp', 'gh', 'haw']
CITIES = [("Tacoma", "WA", "98409", "Pierce"), ("Springfield", "IL", "62704", "Sangamon"),
          ("Quincy", "MA", "02169", "Norfolk"), ("Dayton", "OH", "45409", "Montgomery"),
          ("Albuquerque", "NM", "87110", "Bernalillo"), ("Chula Vista", "CA", "91910", "San Diego"),
          ("Gainesville", "FL", "32608", "Alachua"), ("Duluth", "MN", "55803", "St. Louis"),
          ("Hilo", "HI", "96720", "Hawaii"), ("Window Rock", "AZ", "86515", "Apache"),
          ("Bangor", "ME", "04401", "Penobscot"), ("Lubbock", "TX", "79413", "Lubbock"),
          ("Bronx", "NY", "10463", "Bronx"), ("Fargo", "ND", "58103", "Cass"),
          ("Asheville", "NC", "28806", "Buncombe"), ("Boise", "ID", "83706", "Ada"),
          ("Milwaukee", "WI", "53215", "Milwaukee"), ("El Paso", "TX", "79912", "El Paso")]
CITY_AREA = {"Tacoma": "253", "Springfield": "217", "Quincy": "617", "Dayton": "937", "Albuquerque": "505",
             "Chula Vista": "619", "Gainesville": "352", "Duluth": "218", "Hilo": "808", "Window Rock": "928",
             "Bangor": "207", "Lubbock": "806", "Bronx": "718", "Fargo": "701", "Asheville": "828", "Boise": "208",
             "Milwaukee": "414", "El Paso": "915"}
STREETS = ["Larkspur Ln", "W Elm St", "Harbor View Rd", "N Prospect Ave", "Calle Cordova", "Kamehameha Ave",
           "Old Sawmill Rd", "Bayberry Ct", "E 238th St", "Birchwood Dr", "Chemin du Lac", "Juniper Ridge Way",
           "S Kinnickinnic Ave", "Route 264", "Magnolia Blvd", "Tern Ct", "Via Montalvo", "Cedar Hollow Rd"]
MAILDOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me", "comcast.net", "hotmail.com", "aol.com"]
PAYERS = [("AETNA", "60054"), ("BCBSMA", "00700"), ("UHC", "87726"), ("CIGNA", "62308"), ("HUMANA", "61101"),
          ("MEDICARE PART B", "MCR01"), ("WA MEDICAID", "SKWA0"), ("KAISER NW", "94320")]


class Person:
    pass


def slug_upper(s):
    return ascii_fold(s).upper().replace(" ", "-").replace("'", "").replace(".", "")


def make_patient(i, tup):
    first, mid, last, sex = tup
    p = Person()
    p.first, p.mid, p.last, p.sex = first, mid, last, sex
    if last in ("Fitzgerald-Shaw",):
        p.dob = date(1931, 5, 19)
    elif last == "Wexler":
        p.dob = date(1932, 11, 2)
    else:
        p.dob = rdate(date(1944, 1, 1), date(2021, 12, 31)) if R.random() < 0.85 else rdate(date(2022, 1, 1), date(2024, 1, 31))
    p.age = 2024 - p.dob.year - ((3, 12) < (p.dob.month, p.dob.day))
    c = CITIES[i % len(CITIES)]
    p.city, p.state, p.zip, p.county = c
    p.zip4 = p.zip + f"{R.randint(1000, 9999)}"
    p.street = f"{R.randint(12, 9850)} {R.choice(STREETS)}" + (R.choice(["", "", "", f" Apt {R.randint(1, 40)}{R.choice('ABCD')}", f" Unit {R.randint(100, 420)}"]))
    p.phone = phone_digits(CITY_AREA[p.city] if R.random() < 0.75 else None)
    p.phone2 = phone_digits(p.phone[0])
    f_ = ascii_fold(first).lower().replace(" ", "").replace("-", "")
    l_ = ascii_fold(last).lower().replace(" ", "").replace("'", "").replace(".", "").replace("-", "")
    p.email = R.choice([f"{f_}.{l_}{p.dob.year % 100:02d}", f"{f_[0]}{l_}{R.randint(1, 99)}", f"{l_}.{f_}", f"{f_}{l_[:3]}{p.dob.year}"]) + "@" + R.choice(MAILDOM)
    p.username = R.choice([f"{f_}.{l_[0]}{p.dob.year % 100:02d}", f"{f_[0]}{l_}{R.randint(1, 99)}", f"{l_}{f_[:2]}", f"{f_}_{l_}"])
    p.mrn = f"{R.randint(100000, 9999999):07d}"
    p.mrn_e = "E" + p.mrn
    p.ssn = ssn()
    pay = PAYERS[i % len(PAYERS)]
    if pay[0].startswith("MEDICARE") and p.age < 65:
        pay = PAYERS[(i + 3) % len(PAYERS)]
    elif p.age >= 65 and R.random() < 0.6:
        pay = PAYERS[5]
    p.payer, p.payer_id = pay
    if pay[0].startswith("MEDICARE"):
        p.member = mbi()
    elif "MEDICAID" in pay[0]:
        p.member = f"{R.randint(10**8, 10**9 - 1)}WA"
    else:
        p.member = member_id()
    p.acct = f"PA{R.randint(10**7, 10**8 - 1)}"
    p.sample = f"24GN-{R.randint(300, 990):05d}"
    p.acc = f"ACC-24-{R.randint(70000, 79999):06d}"
    p.req = f"REQ-{R.randint(880000, 899999)}"
    p.rpt = f"RPT-24-{R.randint(900, 9999):05d}"
    p.case = f"CS-24-{R.randint(800, 1999):04d}"
    p.enc = f"V{R.randint(24000000, 24999999)}"
    p.gcenc = f"ENC-{R.randint(3000000, 3999999)}"
    p.uid = R.randint(10000, 99999)
    p.ip = pub_ip()
    p.collect = rdate(date(2024, 2, 19), date(2024, 3, 8))
    p.collect_t = f"{R.randint(7, 17):02d}{R.choice(['00', '10', '15', '20', '30', '45', '50'])}"
    p.dl = dl_number(p.state)
    p.devid = uuid4().upper()
    p.origin = ORIG_ORDER[i]
    p.rels = {}
    return p


assert len(ORIG_ORDER) == len(PEOPLE)
PATIENTS = [make_patient(i, t) for i, t in enumerate(PEOPLE)]
ELDERLY = [x for x in PATIENTS if x.age > 89]


def elder(p):
    return p if p.age > 89 else R.choice(ELDERLY)


def nm(p, style):
    F, L_, M = p.first, p.last, p.mid
    fu, lu = ascii_fold(F).upper(), ascii_fold(L_).upper()
    return {
        "LF": f"{L_}, {F}",
        "LFM": f"{L_}, {F}" + (f" {M[0]}" if M else ""),
        "LFU": f"{L_.upper()}, {F.upper()}",
        "FL": f"{F} {L_}",
        "FML": f"{F} {M[0]}. {L_}" if M else f"{F} {L_}",
        "FLU": f"{F.upper()} {L_.upper()}",
        "fl": f"{F.lower()} {L_.lower()}",
        "iL": f"{F[0]}. {L_}",
        "hl7": f"{lu}^{fu}" + (f"^{ascii_fold(M)[0]}" if M else ""),
        "x12": f"{lu}*{fu}",
        "tok_LI": f"{slug_upper(L_)}_{fu[0]}",
        "tok_LdI": f"{slug_upper(L_)}-{fu[0]}",
        "tok_LcI": ascii_fold(L_).replace(" ", "").replace("'", "").replace(".", "") + fu[0],
        "tok_LF": ascii_fold(L_).replace(" ", "").replace("'", "").replace(".", "") + "_" + ascii_fold(F).replace(" ", "").replace("-", ""),
        "tok_LFU": slug_upper(L_) + "_" + slug_upper(F).replace("-", ""),
    }[style]


ROLES = {  # role: (sex or None = opposite of patient, same surname?, age offset range)
    "mother": ("F", True, (21, 38)), "father": ("M", True, (23, 42)), "sister": ("F", True, (-9, 9)),
    "brother": ("M", True, (-9, 9)), "spouse": (None, False, (-6, 6)), "mgm": ("F", False, (44, 70)),
    "pgf": ("M", True, (46, 72)), "uncle_m": ("M", False, (18, 45)), "aunt_m": ("F", False, (18, 45)),
    "son": ("M", True, (-40, -20)), "daughter": ("F", True, (-40, -20)),
}


def rel(p, role):
    """a relative of patient p, stable for the whole corpus"""
    if role in p.rels:
        return p.rels[role]
    sex, same, (lo, hi) = ROLES[role]
    if sex is None:
        sex = "F" if p.sex == "M" else "M"
    fF, fM, others = ORIGINS[p.origin]
    used = {r.first for r in p.rels.values()} | {p.first}
    pool = [x for x in (fF if sex == "F" else fM) if x not in used] or (fF if sex == "F" else fM)
    r = Person()
    r.first, r.sex, r.mid = R.choice(pool), sex, ""
    r.last = p.last if same else R.choice(others)
    r.age = max(1, p.age + R.randint(lo, hi))
    p.rels[role] = r
    return r


# staff and business data: never labeled
STAFF = ["Priya Raman, MD", "Helen Vasquez, MD", "Ahmed Farouk, MD", "Laura Matsuda, PhD, FACMG",
         "Jordan Whitfield, MS, CGC", "Renata Szabo, MS, LCGC", "Samuel Osei", "Kemi Oduya, MLS(ASCP)"]
STAFF_USERS = ["lmatsuda", "jwhitfield", "rszabo", "sosei", "koduya", "tbrennan", "mfeliciano", "svc_pipeline"]
LAB = "Cedar Ridge Genomics Laboratory"
LABDOM = "cedarridgegenomics.org"
NPIS = ["1396841173", "1528067431", "1730295541"]


# ----------------------------------------------------------------------------
# clock
# ----------------------------------------------------------------------------
T = [datetime(2024, 3, 11, 0, 12, 7)]


def tick():
    T[0] += timedelta(seconds=R.randint(4, 1250), milliseconds=R.randint(0, 999))


def ms():
    return f"{T[0].microsecond // 1000:03d}"


def ts_spring():
    return T[0].strftime("%Y-%m-%d %H:%M:%S.") + ms()


def ts_py():
    return T[0].strftime("%Y-%m-%d %H:%M:%S,") + ms()


def ts_z():
    u = T[0] + timedelta(hours=4)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms() + "Z"


def ts_off():
    return T[0].strftime("%Y-%m-%dT%H:%M:%S.") + ms() + "-04:00"


def ts_clf():
    return T[0].strftime("%d/%b/%Y:%H:%M:%S -0400")


def ts_clf_utc():
    return (T[0] + timedelta(hours=4)).strftime("%d/%b/%Y:%H:%M:%S +0000")


def ts_nf():
    return T[0].strftime("%b-%d %H:%M:%S.") + ms()


def ts_smk():
    return T[0].strftime("%a %b %d %H:%M:%S %Y")


def ts_slurm():
    return T[0].strftime("%Y-%m-%dT%H:%M:%S.") + ms()


def ts_hl7():
    return T[0].strftime("%Y%m%d%H%M%S")


def ts_plain():
    return T[0].strftime("%Y-%m-%d %H:%M:%S")


RUN = "240311_A01234_0456_BHGV7KDSXC"
FC = "HGV7KDSXC"
RUN2 = "240312_A01234_0457_AHJ2MLDSXC"


class Ctx:
    pass


DECKS = {}
# templates carrying rare identifier kinds are dealt twice per round
BOOST = {"lims_accession": [6, 7, 9], "req_ocr": [6, 7, 10, 11], "portal_api_json": [0, 1, 3, 6, 7],
         "lims_audit_xml": [5], "billing_kv": [5, 6], "gc_note": [1, 4, 6], "signout_note": [2]}


def deck(key, n):
    """cycle through a family's PHI templates in shuffled rounds so every one is used"""
    d = DECKS.setdefault(key, [])
    last = DECKS.get(key + "#last")
    if not d:
        d.extend(range(n))
        d.extend(BOOST.get(key, []))
        R.shuffle(d)
        if n > 1 and d[-1] == last:
            d[0], d[-1] = d[-1], d[0]
    k = d.pop()
    DECKS[key + "#last"] = k
    return k


# ----------------------------------------------------------------------------
# families
# ----------------------------------------------------------------------------
def fam_lims(phi, c):
    p = c.p
    L = LB("lims_accession")
    thr = R.choice(["nio-8443-exec-7", "nio-8443-exec-2", "nio-8443-exec-11", "scheduling-1", "task-3"])
    lg = R.choice(["c.c.lims.accession.AccessionService", "c.c.lims.intake.IntakeController",
                   "c.c.lims.patient.PatientMatcher", "c.c.lims.qc.IdentityQcJob", "c.c.lims.kit.KitRegistration"])
    lvl = "INFO"
    if phi:
        k = deck(L.family, 10)
        if k in (1, 4):
            lvl = "WARN"
        L.t(f"{ts_spring()} {lvl:>5} 18233 --- [{thr:>15}] {lg:<40} : ")
        if k == 0:
            L.f(f"Accessioned specimen {p.acc} ({R.choice(['EDTA 2x4mL', 'Saliva OGD-610', 'Buccal swab x2', 'DBS card'])}) for patient § MRN=§ DOB=§ test={R.choice(['WES-TRIO', 'HBOC-30', 'CARDIO-PANEL-v3', 'WGS-RAPID', 'CMA-750K'])} priority={R.choice(['ROUTINE', 'STAT'])}",
                (nm(p, "LFU"), "name"), (p.mrn_e, "mrn"), (fd(p.dob, "us"), "date"))
        elif k == 1:
            L.f(f"Demographics mismatch on intake: tube label \"§ §\" vs requisition \"§ §\" accession={p.acc} -> HOLD",
                (f"{p.last} {p.first[0]}", "name"), (fd(p.dob, "us2"), "date"), (nm(p, "LFU"), "name"), (fd(p.dob, "iso"), "date"))
        elif k == 2:
            L.f(f"Patient lookup hit mrn=§ name=\"§\" collected=§ {p.collect_t[:2]}:{p.collect_t[2:]} received={T[0].strftime('%Y-%m-%d')} accession={p.acc}",
                (p.mrn, "mrn"), (nm(p, "LFM"), "name"), (fd(p.collect, "iso"), "date"))
        elif k == 3:
            q = R.choice([x for x in PATIENTS if x is not p])
            L.f(f"Possible duplicate patient: candidateA mrn=§ candidateB mrn=§ score=0.{R.randint(81, 97)} matchedOn=[lastName,dob,zip] zip=§",
                (p.mrn_e, "mrn"), (q.mrn_e, "mrn"), (p.zip, "zip"))
        elif k == 4:
            L.f(f"Missing collection date on {p.acc}; patient § (MRN §) - using received date, flagged for CSR follow-up",
                (nm(p, "FL"), "name"), (p.mrn, "mrn"))
        elif k == 5:
            L.f(f"Home-collection kit KT-{R.randint(50000, 59999)} registered: name=\"§\" shipTo=\"§, §, {p.state} §\" phone=§ email=§",
                (nm(p, "FL"), "name"), (p.street, "address"), (p.city, "address"), (p.zip, "zip"),
                (fmt_phone(p.phone), "phone"), (p.email, "email"))
        elif k == 6:
            L.f(f"IdentityQC specimen={p.acc} sample={p.sample} patient=\"§\" fingerprint=§ concordance=0.99{R.randint(1, 9)} status=PASS",
                (nm(p, "LF"), "name"), (snp_fp(), "biometric"))
        elif k == 7:
            L.f(f"Parking validation at draw site PSC-{R.randint(1, 9)}: patient § plate=§ state={p.state} validated_by={R.choice(STAFF_USERS[:6])}",
                (nm(p, "FL"), "name"), (plate(), "vehicle"))
        elif k == 9:
            L.f(f"PSC kiosk check-in: AAMVA PDF417 parsed DAQ=§ DCS=§ DAC=§ DBB=§ DAG=§ DAI=§ DAJ={p.state} DAK=§ -> patient match score 0.9{R.randint(1, 9)}",
                (p.dl.replace(" ", ""), "license"), (ascii_fold(p.last).upper(), "name"), (ascii_fold(p.first).upper(), "name"),
                (fd(p.dob, "dash_us").replace("-", ""), "date"), (p.street.upper(), "address"), (p.city.upper(), "address"), (p.zip4, "zip"))
        else:
            L.f(f"Specimen {p.acc} re-labeled: old patient ref §/§ -> § after CSR call to patient at §",
                (nm(p, "LFU"), "name"), (fd(p.dob, "compact"), "date"), (p.mrn_e, "mrn"), (fmt_phone(p.phone2), "phone"))
    else:
        k = R.randrange(11)
        if k in (3, 6):
            lvl = "WARN"
        if k == 8:
            lvl = "ERROR"
        L.t(f"{ts_spring()} {lvl:>5} 18233 --- [{thr:>15}] {lg:<40} : ")
        L.t([
            lambda: f"Started AccessionApplication in {R.uniform(9, 19):.3f} seconds (JVM running for {R.uniform(19, 24):.2f})",
            lambda: f"Accessioned specimen {p.acc} tube={R.choice(['EDTA-PURPLE', 'SALIVA-OG600', 'ACD-YELLOW'])} test={R.choice(['CARDIO-PANEL-v3', 'HBOC-30', 'WES-TRIO'])} priority=ROUTINE requisition={p.req}",
            lambda: f"Batch PL-0{R.randint(300, 399)} created: {R.randint(88, 94)} samples + 2 controls (NA12878, NTC) plate=96-well",
            lambda: f"HikariPool-1 - Connection is not available, request timed out after 30000ms.",
            lambda: f"Barcode scanner ZB-DS4608 reconnected on /dev/ttyACM{R.randint(0, 2)} (bench {R.randint(1, 6)})",
            lambda: f"Courier manifest FX-77{R.randint(10**7, 10**8 - 1)} received: {R.randint(12, 60)} specimens, temperature log OK (2-8C)",
            lambda: f"Stability check: specimen {p.acc} age {R.randint(6, 9)}d exceeds 5d limit for RNA; routed to director review queue",
            lambda: f"GET /actuator/health 200 in {R.randint(2, 9)}ms",
            lambda: f"Failed to print label for {p.acc}: ZebraPrinterException: printer ZD421-BENCH3 offline (10.40.7.{R.randint(20, 60)}:9100)",
            lambda: f"Client account CL-{R.randint(1000, 9999)} (St. Mary's Cancer Center, fax 312-555-0180) billing mode=INSTITUTIONAL",
            lambda: f"Received specimens in last hour: {R.randint(20, 80)} (rejected {R.randint(0, 3)}: hemolyzed/unlabeled)",
        ][k]())
    return L


def fam_audit(phi, c):
    p = c.p
    L = LB("lims_audit_xml")
    u = R.choice(STAFF_USERS[:7])
    L.t(f'<AuditEntry ts="{ts_z()}" user="{u}" ws="LIMS-WS{R.randint(10, 40)}" ')
    if phi:
        k = deck(L.family, 6)
        if k == 0:
            L.f(f'action="UPDATE" entity="Patient" key="§"><Field name="LastName" old="§" new="§"/></AuditEntry>',
                (p.mrn_e, "mrn"), (p.last, "name"), (f"{p.last}-{R.choice(['Reed', 'Okoye', 'Lindgren', 'Alvarez'])}", "name"))
        elif k == 1:
            L.f(f'action="UPDATE" entity="Patient" key="§"><Field name="DOB" old="§" new="§"/><Reason>Corrected per requisition {p.req}</Reason></AuditEntry>',
                (p.mrn_e, "mrn"), (fd(p.dob + timedelta(days=R.choice([-31, 1, 365, -1])), "iso"), "date"), (fd(p.dob, "iso"), "date"))
        elif k == 2:
            L.f(f'action="VIEW" entity="Report" key="{p.rpt}"><Subject mrn="§" name="§"/><Purpose>TREATMENT</Purpose></AuditEntry>',
                (p.mrn, "mrn"), (nm(p, "LF"), "name"))
        elif k == 3:
            L.f(f'action="UPDATE" entity="PatientContact" key="§"><Field name="HomePhone" old="§" new="§"/><Field name="AddressLine1" old="" new="§"/></AuditEntry>',
                (p.mrn_e, "mrn"), (fmt_phone(p.phone2, "dash"), "phone"), (fmt_phone(p.phone, "dash"), "phone"), (p.street, "address"))
        elif k == 5:
            L.f(f'action="CREATE" entity="IdentityFingerprint" key="§"><Field name="Genotypes" old="" new="§"/><Source>{p.sample}</Source></AuditEntry>',
                (p.mrn_e, "mrn"), (snp_fp(), "biometric"))
        else:
            L.f(f'action="MERGE" entity="Patient" key="§"><Merged from="§" to="§"/></AuditEntry>',
                (p.mrn_e, "mrn"), (f"E{R.randint(1000000, 9999999)}", "mrn"), (p.mrn_e, "mrn"))
    else:
        L.t(R.choice([
            f'action="RECEIVE" entity="ReagentLot" key="LOT-{R.randint(22, 24)}A{R.randint(100, 999)}"><Field name="Expiry" old="" new="2025-0{R.randint(1, 9)}-28"/></AuditEntry>',
            f'action="MAINTENANCE" entity="Instrument" key="A01234"><Note>Quarterly PM by Illumina FSE, ticket 0{R.randint(10**6, 10**7)}</Note></AuditEntry>',
            f'action="LOGIN" entity="Session" key="{hexs(16)}" result="SUCCESS"/>',
            f'action="UPDATE" entity="TestCatalog" key="HBOC-30"><Field name="CPT" old="81162" new="81162,81408"/></AuditEntry>',
            f'action="SIGN" entity="Batch" key="PL-0{R.randint(300, 399)}"><Field name="Status" old="QC_PENDING" new="QC_PASS"/></AuditEntry>',
            f'action="LOGIN" entity="Session" key="{hexs(16)}" result="FAILURE" reason="BAD_PASSWORD"/>',
        ]))
    return L


def fam_ocr(phi, c):
    p = c.p
    L = LB("req_ocr")
    job = f"OCR-{R.randint(8000, 9999)}"
    if phi:
        k = deck(L.family, 12)
        L.t(f"{ts_py()} INFO req_ocr.worker [job={job} req={p.req}] ")
        if k == 0:
            L.f(f"field_extract name=\"PATIENT NAME\" value=\"§\" conf=0.{R.randint(90, 99)} bbox=[{R.randint(90, 130)},{R.randint(300, 360)},{R.randint(500, 620)},{R.randint(365, 390)}]",
                (nm(p, R.choice(["LF", "LFU", "FLU"])), "name"))
        elif k == 1:
            L.f(f"field_extract name=\"DATE OF BIRTH\" value=\"§\" conf=0.{R.randint(88, 99)}", (fd(p.dob, R.choice(["us", "us_np", "dash_us"])), "date"))
        elif k == 2:
            mangled = fd(p.dob, "us").replace("0", "O", 1).replace("1", "l", 1)
            L.f(f"low confidence on DOB field: read \"§\" (conf 0.{R.randint(31, 49)}) for patient \"§\"; queued for manual review",
                (mangled, "date"), (nm(p, "FL"), "name"))
        elif k == 3:
            L.t("raw_text=\"" + f"{LAB.upper()} - TEST REQUISITION\\nPatient: ")
            L.p(nm(p, "FLU"), "name")
            L.t("  DOB: ")
            L.p(fd(p.dob, "us"), "date")
            L.t(f"  Sex: {p.sex}\\nAddr: ")
            L.p(p.street, "address")
            L.t(", ")
            L.p(p.city, "address")
            L.t(f" {p.state} ")
            L.p(p.zip, "zip")
            L.t("\\nPh: ")
            L.p(fmt_phone(p.phone, "paren"), "phone")
            L.t(f"  Ins: {p.payer}  ID# ")
            L.p(p.member, "health_plan")
            L.t(f"\\nOrdering: {STAFF[R.randint(0, 2)]}  NPI {R.choice(NPIS)}\\n...\" chars={R.randint(900, 2400)}")
        elif k == 4:
            L.f("field_extract name=\"SSN\" value=\"§\" conf=0.9{} masked_in_ui=true".replace("{}", str(R.randint(0, 9))), (p.ssn, "ssn"))
        elif k == 5:
            L.f(f"field_extract name=\"INSURANCE\" value=\"{p.payer} Member ID § Subscriber: §\" conf=0.{R.randint(85, 97)}",
                (p.member, "health_plan"), (nm(p, "FL") if R.random() < 0.5 or p.age < 18 else nm(rel(p, "spouse"), "FL"), "name"))
        elif k == 6:
            L.f(f"attachment[{R.randint(1, 3)}] type=image/jpeg role=patient_id_front for \"§\" b64=§...[truncated {R.randint(30000, 90000)} bytes]",
                (nm(p, "LF"), "name"), (b64_face(), "photo"))
        elif k == 7:
            if p.age > 89:
                L.f(f"field_extract name=\"CLINICAL HISTORY\" value=\"Pt § age § hx ICD implanted (Medtronic Evera XT, SN §); FHx SCD in brother\" conf=0.8{R.randint(0, 9)}",
                    (nm(p, "iL"), "name"), (str(p.age), "age"), (f"PZK{R.randint(100000, 999999)}S", "device"))
            else:
                L.f(f"field_extract name=\"CLINICAL HISTORY\" value=\"Pt § hx {R.choice(['ICD implanted (Medtronic Evera XT, SN §)', 'pacemaker (Abbott Assurity MRI, SN §)'])}; FHx SCD in brother\" conf=0.8{R.randint(0, 9)}",
                    (nm(p, "iL"), "name"), (R.choice([f"PZK{R.randint(100000, 999999)}S", f"{R.randint(1000000, 9999999)}"]), "device"))
        elif k == 8:
            L.f(f"field_extract name=\"PATIENT EMAIL\" value=\"§\" conf=0.{R.randint(70, 95)} note=\"handwritten\"", (p.email, "email"))
        elif k == 9:
            L.f(f"field_extract name=\"COUNTY\" value=\"§\" conf=0.{R.randint(90, 99)}; name=\"ZIP\" value=\"§\"", (p.county, "address"), (p.zip, "zip"))
        elif k == 10:
            L.f(f"field_extract name=\"PHOTO ID #\" value=\"{p.state} DL §\" conf=0.{R.randint(80, 97)}", (p.dl, "license"))
        else:
            L.f(f"field_extract name=\"PATIENT FAX\" value=\"§\" conf=0.{R.randint(80, 97)}; name=\"PATIENT PHONE\" value=\"§\"",
                (fmt_phone(p.phone2, "paren"), "fax"), (fmt_phone(p.phone, "paren"), "phone"))
    else:
        L.t(f"{ts_py()} INFO req_ocr.worker [job={job}] ")
        L.t(R.choice([
            f"tesseract 5.3.4 loaded lang=eng+spa oem=1 psm=6 dpi=300",
            f"page {R.randint(1, 3)}/3 conf={R.uniform(70, 96):.1f} words={R.randint(120, 380)} deskew={R.uniform(-2, 2):.1f}deg elapsed={R.uniform(0.8, 3.5):.2f}s",
            f"field_extract name=\"ORDERING PROVIDER\" value=\"Dr. {STAFF[R.randint(0, 2)].split(',')[0]}, NPI {R.choice(NPIS)}\" conf=0.9{R.randint(0, 9)}",
            f"field_extract name=\"ICD-10\" value=\"{R.choice(['Z15.01, Z80.3', 'I42.1, Z82.41', 'Q90.9', 'R62.50, F84.0', 'Z13.79'])}\" conf=0.99",
            f"field_extract name=\"TEST CODE\" value=\"{R.choice(['HBOC-30 (CPT 81162, 81408)', 'WES-TRIO (CPT 81415, 81416 x2)', 'CMA-750K (CPT 81229)'])}\" conf=0.98",
            f"field_extract name=\"CLIENT FAX\" value=\"(312) 555-0180\" conf=0.97",
            f"queue depth={R.randint(0, 30)} oldest=00:0{R.randint(0, 9)}:{R.randint(10, 59)} workers=4",
            f"WARNING page 2 blank or below contrast threshold (mean=0.{R.randint(1, 9)}); skipping",
            f"field_extract name=\"SPECIMEN TYPE\" value=\"{R.choice(['Blood EDTA', 'Saliva', 'Buccal', 'Cultured fibroblasts'])}\" conf=0.9{R.randint(0, 9)}",
        ]))
    return L


def fam_bcl(phi, c):
    p = c.p
    L = LB("bcl2fastq")
    L.t(f"{ts_plain()} [{hexs(12)}] ")
    ln = R.randint(1, 4)
    snum = R.randint(1, 96)
    if phi:
        k = deck(L.family, 3)
        if k == 0:
            L.f(f"Created FASTQ file /mnt/fastq/{RUN}/WES_CLIN/{p.sample}-§_S{snum}_L00{ln}_R{R.randint(1, 2)}_001.fastq.gz",
                (nm(p, "tok_LcI"), "name"))
        elif k == 1:
            L.f(f"WARNING: Sample '{p.sample}_§' has fewer than 1000000 reads ({R.randint(100000, 999999)}) in lane {ln}",
                (nm(p, "tok_LI"), "name"))
        else:
            L.f(f"Sample #{snum}: Sample_ID={p.sample} Sample_Name=§ Project=WES_CLIN index=GAACTGAGCG-TCGTGGAGCG",
                (nm(p, "tok_LFU"), "name"))
    else:
        L.t(R.choice([
            "bcl2fastq v2.20.0.422",
            "Copyright (c) 2007-2017 Illumina, Inc.",
            f"Command-line invocation: bcl2fastq --runfolder-dir /mnt/seq/{RUN} --output-dir /mnt/fastq/{RUN} --sample-sheet SampleSheet.csv --barcode-mismatches 1 -r 8 -p 32 -w 8 --no-lane-splitting",
            f"Processing lane #{ln}: {R.choice([2496, 2484, 2500])} tiles",
            f"Created FASTQ file /mnt/fastq/{RUN}/WES_CLIN/{p.sample}_S{snum}_L00{ln}_R1_001.fastq.gz",
            f"Created FASTQ file /mnt/fastq/{RUN}/Undetermined_S0_L00{ln}_R2_001.fastq.gz",
            f"Lane {ln}: Undetermined reads {R.uniform(1.5, 9):.2f}% (top unknown barcode GGGGGGGGGG+AGATCTCGGT {R.randint(10**5, 10**7)})",
            f"Processing completed with 0 errors and {R.randint(0, 3)} warnings.",
            f"Finished processing tile {R.randint(1101, 2678)} of lane {ln} in {R.uniform(0.4, 2.0):.3f}s",
        ]))
    return L


def fam_dragen(phi, c):
    p = c.p
    L = LB("dragen")
    L.t(f"{ts_z()} dragen-0{R.randint(1, 4)} dragen[{R.randint(2000, 60000)}]: ")
    if phi:
        k = deck(L.family, 3)
        if k == 0:
            L.f(f"dragen -f -r /staging/ref/hg38_alt_masked_graph_v2 --fastq-list fastq_list.csv --fastq-list-sample-id {p.sample} --RGSM {p.sample}_§ --enable-variant-caller true --enable-map-align-output true --output-directory /staging/out/{p.sample} --output-file-prefix §",
                (nm(p, "tok_LFU"), "name"), (nm(p, "tok_LF"), "name"))
        elif k == 1:
            L.f(f"Ploidy estimation: sample {p.sample} estimated sex FEMALE (X/Y ratio {R.uniform(15, 40):.1f}); reported sex for § is MALE -> SEX MISMATCH",
                (nm(p, "LFU"), "name"))
        else:
            L.f(f"Writing VCF /staging/out/{p.sample}/§_§.hard-filtered.vcf.gz",
                (nm(p, "tok_LF"), "name"), (fd(p.dob, "compact"), "date"))
    else:
        L.t(R.choice([
            "DRAGEN Host Software Version 07.021.624.4.2.4 and Bio-IT Processor Version 0x04261818",
            f"dragen -f -r /staging/ref/hg38_alt_masked_graph_v2 --fastq-list fastq_list.csv --fastq-list-sample-id {p.sample} --enable-variant-caller true --output-directory /staging/out/{p.sample} --output-file-prefix {p.sample}",
            f"MAPPING/ALIGNING SUMMARY,,Total input reads,{R.randint(3 * 10**8, 9 * 10**8)},100.00",
            f"MAPPING/ALIGNING SUMMARY,,Number of duplicate marked reads,{R.randint(10**7, 9 * 10**7)},{R.uniform(5, 14):.2f}",
            f"VARIANT CALLER SUMMARY,,Number of samples,1",
            f"COVERAGE SUMMARY,,Average alignment coverage over target region,{R.uniform(90, 180):.2f}",
            f"Time loading reference                             00:00:{R.randint(30, 59)}.{R.randint(100, 999)}       {R.uniform(30, 59):.2f}",
            f"Total runtime                                      01:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}.{R.randint(100, 999)}",
            f"License: DRAGEN Complete Suite, {R.randint(2, 40)} Gbases remaining of quota",
        ]))
    return L


def fam_bwa(phi, c):
    p = c.p
    L = LB("bwa")
    if phi:
        k = deck(L.family, 2)
        lane = R.randint(1, 4)
        L.t(f"[main] CMD: bwa{R.choice(['', '-mem2'])} mem -t 32 -K 100000000 -Y -R @RG\\tID:{FC}.{lane}\\tSM:")
        if k == 0:
            L.t(f"{p.sample}_")
            L.p(nm(p, "tok_LI"), "name")
        else:
            L.p(nm(p, "tok_LF"), "name")
        L.t(f"\\tLB:LIB24-{p.sample[-4:]}\\tPL:ILLUMINA\\tPU:{FC}.{lane}.GAACTGAGCG /ref/GRCh38_full_analysis_set.fa {p.sample}_R1.fq.gz {p.sample}_R2.fq.gz")
    else:
        L.t(R.choice([
            f"[M::bwa_idx_load_from_disk] read {R.choice([0, 3171])} ALT contigs",
            f"[M::process] read {R.randint(1333000, 1333400)} sequences ({R.randint(199000000, 200000100)} bp)...",
            f"[M::mem_pestat] # candidate unique pairs for (FF, FR, RF, RR): ({R.randint(20, 80)}, {R.randint(400000, 600000)}, {R.randint(20, 80)}, {R.randint(20, 80)})",
            f"[M::mem_pestat] mean and std.dev: ({R.uniform(280, 420):.2f}, {R.uniform(80, 130):.2f})",
            f"[M::mem_process_seqs] Processed {R.randint(1333000, 1333400)} reads in {R.uniform(900, 1500):.3f} CPU sec, {R.uniform(30, 50):.3f} real sec",
            "[main] Version: 0.7.17-r1188",
            f"[main] CMD: bwa mem -t 32 -K 100000000 -Y -R @RG\\tID:{FC}.{R.randint(1, 4)}\\tSM:{p.sample}\\tPL:ILLUMINA /ref/GRCh38_full_analysis_set.fa {p.sample}_R1.fq.gz {p.sample}_R2.fq.gz",
            f"[main] Real time: {R.uniform(1200, 3000):.3f} sec; CPU: {R.uniform(40000, 90000):.3f} sec",
            "[W::bseq_read] the 2nd file has fewer sequences.",
        ]))
    return L


def fam_gatk(phi, c):
    p = c.p
    L = LB("gatk")
    hh = T[0].strftime("%H:%M:%S.") + ms()
    if phi:
        k = deck(L.family, 3)
        if k == 0:
            L.f(f"{hh} INFO  HaplotypeCaller - Running: java -Xmx28g -jar /gatk/gatk-package-4.5.0.0-local.jar HaplotypeCaller -R /ref/Homo_sapiens_assembly38.fasta -I /mnt/bam/{p.sample}_§.markdup.bam -O /mnt/vcf/{p.sample}.g.vcf.gz -ERC GVCF -L /ref/twist_exome_2.0.interval_list",
                (nm(p, "tok_LdI"), "name"))
        elif k == 1:
            L.f(f"{hh} INFO  AddOrReplaceReadGroups - Created read group ID={FC}.{R.randint(1, 4)} PL=ILLUMINA LB=LIB24-{p.sample[-4:]} SM=§",
                (nm(p, "tok_LFU"), "name"))
        else:
            L.f(f"{hh} WARN  CrosscheckFingerprints - UNEXPECTED_MISMATCH: {p.sample} (§) vs {p.sample}-R2 LOD={-R.uniform(8, 40):.2f}",
                (nm(p, "LFU"), "name"))
    else:
        L.t(hh + " " + R.choice([
            f"INFO  ProgressMeter -       chr{R.randint(1, 22)}:{R.randint(10**5, 2 * 10**8)}             {R.uniform(1, 60):.1f}               {R.randint(10**5, 9 * 10**6)}         {R.uniform(10**5, 4 * 10**5):.1f}",
            "INFO  HaplotypeCaller - The Genome Analysis Toolkit (GATK) v4.5.0.0",
            "INFO  HaplotypeCaller - HTSJDK Version: 4.1.0",
            "INFO  HaplotypeCaller - Done initializing engine",
            f"INFO  MarkDuplicates - Marking {R.randint(10**6, 9 * 10**7)} records as duplicates.",
            f"INFO  CrosscheckFingerprints - {p.sample} vs {p.sample}-R2: EXPECTED_MATCH LOD={R.uniform(20, 80):.2f}",
            "WARN  IntelHDF5Library - Intel GKL HDF5 native library not found",
            f"INFO  HaplotypeCaller - Shutting down engine",
            f"INFO  HaplotypeCaller - Running: java -Xmx28g -jar /gatk/gatk-package-4.5.0.0-local.jar HaplotypeCaller -R /ref/Homo_sapiens_assembly38.fasta -I /mnt/bam/{p.sample}.markdup.bam -O /mnt/vcf/{p.sample}.g.vcf.gz -ERC GVCF",
            "INFO  NativeLibraryLoader - Loading libgkl_compression.so from jar:file:/gatk/gatk-package-4.5.0.0-local.jar!/com/intel/gkl/native/libgkl_compression.so",
        ]))
    return L


def fam_nf(phi, c):
    p = c.p
    L = LB("nextflow")
    h = f"[{hexs(2)}/{hexs(6)}]"
    if phi:
        k = deck(L.family, 4)
        if k == 0:
            L.f(f"{ts_nf()} [Task submitter] INFO  nextflow.Session - {h} Submitted process > NFCORE_SAREK:SAREK:{R.choice(['FASTQC', 'BAM_MARKDUPLICATES:GATK4_MARKDUPLICATES', 'FASTQ_ALIGN_BWAMEM_MEM2_DRAGMAP:BWAMEM2_MEM'])} ({p.sample}_§)",
                (nm(p, "tok_LdI"), "name"))
        elif k == 1:
            L.f(f"{ts_nf()} [main] DEBUG nextflow.Nextflow - samplesheet row {R.randint(2, 40)}: [patient:§, sex:{'XX' if p.sex == 'F' else 'XY'}, status:1, sample:{p.sample}, lane:L00{R.randint(1, 4)}]",
                (p.mrn_e, "mrn"))
        elif k == 2:
            L.f(f"{ts_nf()} [Task monitor] ERROR nextflow.processor.TaskProcessor - Error executing process > 'NFCORE_SAREK:SAREK:VCF_ANNOTATE_ALL:ENSEMBLVEP_VEP (§)'",
                (nm(p, "tok_LF"), "name"))
        else:
            L.f(f"{ts_nf()} [main] DEBUG nextflow.Nextflow - samplesheet row {R.randint(2, 40)}: [patient:§, sex:{'XX' if p.sex == 'F' else 'XY'}, status:0, sample:{p.sample}]",
                (nm(p, "tok_LFU"), "name"))
    else:
        L.t(f"{ts_nf()} " + R.choice([
            "[main] INFO  nextflow.cli.CmdRun - N E X T F L O W  ~  version 23.10.1",
            f"[main] INFO  nextflow.cli.CmdRun - Launching `nf-core/sarek` [{R.choice(['agitated_curie', 'stoic_hopper', 'jolly_mendel', 'serene_franklin'])}] DSL2 - revision: 3.4.0",
            f"[Task submitter] INFO  nextflow.Session - {h} Submitted process > NFCORE_SAREK:SAREK:FASTQC ({p.sample})",
            f"[Task monitor] DEBUG n.processor.TaskPollingMonitor - !! executor slurm > tasks to be completed: {R.randint(1, 40)} -- submitted tasks are shown below",
            f"[Task monitor] INFO  nextflow.processor.TaskProcessor - {h} NOTE: Process `NFCORE_SAREK:SAREK:BWAMEM2_MEM ({p.sample})` terminated with an error exit status (137) -- Execution is retried (1)",
            f"[Task monitor] WARN  nextflow.processor.TaskProcessor - [GATK4_HAPLOTYPECALLER ({p.sample})] Process requirement exceeds available memory -- req: 64 GB; avail: 48 GB",
            f"[main] DEBUG nextflow.Session - Workflow completed > WorkflowStats[succeededCount={R.randint(100, 900)}; failedCount=0; ignoredCount=0; cachedCount={R.randint(0, 300)}]",
            f"[main] DEBUG nextflow.trace.ReportObserver - Workflow completed -- rendering execution report",
        ]))
    return L


def fam_smk(phi, c):
    p = c.p
    L = LB("snakemake")
    if phi:
        k = deck(L.family, 4)
        if k == 2 and p.age >= 45:
            k = 3
        if k == 0:
            L.f(f"    log: logs/bwa_mem/{p.sample}_§.log", (nm(p, "tok_LdI"), "name"))
        elif k == 1:
            L.f(f"    shell: vep --input_file calls/§.vcf.gz --output_file annot/§.vep.vcf.gz --cache --offline --assembly GRCh38",
                (f"MRN{p.mrn}", "mrn"), (f"MRN{p.mrn}", "mrn"))
        elif k == 2:
            m = rel(p, "mother")
            f_ = rel(p, "father")
            L.f("Config: {'proband': '§', 'mother': '§', 'father': '§', 'ped': 'trio.ped', 'ref': 'GRCh38'}",
                (nm(p, "tok_LFU"), "name"), (nm(m, "tok_LFU"), "name"), (nm(f_, "tok_LFU"), "name"))
        else:
            L.f(f"    wildcards: sample={p.sample}, patient=§", (nm(p, "tok_LF"), "name"))
    else:
        L.t(R.choice([
            f"[{ts_smk()}]",
            f"rule {R.choice(['bwa_mem', 'mark_duplicates', 'haplotype_caller', 'vep_annotate', 'multiqc'])}:",
            f"    input: fastq/{p.sample}_R1.fastq.gz, fastq/{p.sample}_R2.fastq.gz",
            f"    output: bam/{p.sample}.sorted.bam",
            f"    jobid: {R.randint(1, 180)}",
            f"    wildcards: sample={p.sample}",
            f"    threads: {R.choice([4, 8, 16, 32])}",
            f"    resources: mem_mb={R.choice([8000, 16000, 32000])}, disk_mb=1000, tmpdir=/scratch/tmp",
            f"Finished job {R.randint(1, 180)}.",
            f"{R.randint(1, 60)} of 64 steps ({R.randint(1, 99)}%) done",
            "Building DAG of jobs...",
            "Using shell: /usr/bin/bash",
            "Provided cores: 64",
            "Select jobs to execute...",
        ]))
    return L


def fam_vcf(phi, c):
    p = c.p
    L = LB("vcf_header")
    if phi:
        k = deck(L.family, 4)
        if k in (0, 1) and p.age >= 45:  # trios only for young probands
            k = R.choice([2, 3])
        if k == 0:
            m, f_ = rel(p, "mother"), rel(p, "father")
            L.t("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t")
            L.t(f"{p.sample}_")
            L.p(nm(p, "tok_LI"), "name")
            L.t(f"\t24GN-{int(p.sample[-5:]) + 1:05d}_")
            L.p(nm(m, "tok_LI"), "name")
            L.t(f"\t24GN-{int(p.sample[-5:]) + 2:05d}_")
            L.p(nm(f_, "tok_LI"), "name")
        elif k == 1:
            m, f_ = rel(p, "mother"), rel(p, "father")
            L.f("##PEDIGREE=<Child=§,Mother=§,Father=§>",
                (nm(p, "tok_LFU"), "name"), (nm(m, "tok_LFU"), "name"), (nm(f_, "tok_LFU"), "name"))
        elif k == 2:
            L.f(f"##SAMPLE=<ID={p.sample},Individual=\"§\",DOB=§,MRN=§,Description=\"{R.choice(['Proband', 'Affected', 'Carrier screen'])}\">",
                (nm(p, "LF"), "name"), (fd(p.dob, "iso"), "date"), (p.mrn_e, "mrn"))
        else:
            L.f(f"##DRAGENCommandLine=<ID=dragen,Version=\"SW: 07.021.624.4.2.4, HW: 07.021.624\",Date=\"{T[0].strftime('%a %b %d %H:%M:%S EDT %Y')}\",CommandLineOptions=\"-r /staging/ref/hg38 --vc-sample-name § --output-directory /staging/out/{p.sample}\">",
                (nm(p, "tok_LF"), "name"))
    else:
        L.t(R.choice([
            "##fileformat=VCFv4.2",
            "##FILTER=<ID=LowQual,Description=\"Low quality\">",
            "##FILTER=<ID=DRAGENSnpHardQUAL,Description=\"Set if true:QUAL < 10.4139\">",
            "##INFO=<ID=AF,Number=A,Type=Float,Description=\"Allele Frequency, for each ALT allele, in the same order as listed\">",
            "##FORMAT=<ID=GQ,Number=1,Type=Integer,Description=\"Genotype Quality\">",
            f"##contig=<ID=chr{R.choice(['1', '2', '13', '17', 'X'])},length={R.choice([248956422, 242193529, 114364328, 83257441, 156040895])}>",
            "##source=DRAGEN 4.2.4",
            "##reference=file:///staging/ref/hg38_alt_masked_graph_v2/hg38.fa",
            f"#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t{p.sample}",
            f"chr17\t{R.randint(43044295, 43125483)}\t.\tG\tA\t{R.uniform(30, 900):.2f}\tPASS\tAC=1;AF=0.5;AN=2;DP={R.randint(40, 200)}\tGT:AD:DP:GQ\t0/1:{R.randint(20, 90)},{R.randint(20, 90)}:{R.randint(40, 180)}:99",
            "##SAMPLE=<ID=NA12878,Description=\"GIAB HG001 positive control\">",
            f"chr13\t{R.randint(32315474, 32400266)}\trs80359550\tAT\tA\t{R.uniform(50, 900):.2f}\tPASS\tDP={R.randint(40, 200)};CLNSIG=Pathogenic\tGT:GQ\t0/1:99",
        ]))
    return L


CHROMS = [("chr1", 248956422), ("chr2", 242193529), ("chr7", 159345973), ("chr11", 135086622), ("chr13", 114364328),
          ("chr17", 83257441), ("chr19", 58617616), ("chr22", 50818468), ("chrX", 156040895), ("chrM", 16569)]


def fam_sam(phi, c):
    p = c.p
    L = LB("sam_header")
    if phi:
        k = deck(L.family, 3)
        if k == 0:
            lane = R.randint(1, 4)
            L.f(f"@RG\tID:{FC}.{lane}\tSM:§\tLB:LIB24-{p.sample[-4:]}\tPL:ILLUMINA\tPU:{FC}.{lane}\tCN:CRGL",
                (nm(p, "tok_LFU"), "name"))
        elif k == 1:
            L.f(f"@CO\tpatient_name=§\tdob=§\tmrn=§",
                (nm(p, "hl7"), "name"), (fd(p.dob, "compact"), "date"), (p.mrn, "mrn"))
        else:
            L.f(f"@CO\tuser command line: samtools merge -@ 8 {p.sample}.merged.bam §_L001.bam §_L002.bam",
                (nm(p, "tok_LF"), "name"), (nm(p, "tok_LF"), "name"))
    else:
        L.t(R.choice([
            "@HD\tVN:1.6\tSO:coordinate",
            "@SQ\tSN:{}\tLN:{}\tM5:{}\tUR:file:/ref/GRCh38_full_analysis_set.fa".format(*R.choice(CHROMS), hexs(32)),
            "@RG\tID:{0}.{1}\tSM:{2}\tLB:LIB24-{3}\tPL:ILLUMINA\tPU:{0}.{1}.GAACTGAGCG".format(FC, R.randint(1, 4), p.sample, p.sample[-4:]),
            "@PG\tID:bwa\tPN:bwa\tVN:0.7.17-r1188\tCL:bwa mem -t 32 -K 100000000 -Y /ref/GRCh38_full_analysis_set.fa -",
            "@PG\tID:MarkDuplicates\tVN:Version:4.5.0.0\tCL:MarkDuplicates --INPUT in.bam --OUTPUT out.bam --METRICS_FILE dup.txt\tPN:MarkDuplicates",
            "@PG\tID:samtools\tPN:samtools\tPP:MarkDuplicates\tVN:1.19.2\tCL:samtools view -H",
            "@RG\tID:HG002.1\tSM:HG002\tLB:GIAB-CTRL\tPL:ILLUMINA",
        ]))
    return L


SS_HDR = "Sample_ID,Sample_Name,Sample_Plate,Sample_Well,I7_Index_ID,index,I5_Index_ID,index2,Sample_Project,Description"


def idx():
    return "".join(R.choice("ACGT") for _ in range(10))


def fam_ss(phi, c):
    p = c.p
    L = LB("samplesheet_csv")
    well = f"{R.choice('ABCDEFGH')}{R.randint(1, 12):02d}"
    u = f"UDP{R.randint(1, 96):04d}"
    if phi:
        k = deck(L.family, 3)
        if k == 0:
            L.f(f"{p.sample},§,PL0331,{well},{u},{idx()},{u},{idx()},WES_CLIN,", (nm(p, "tok_LFU"), "name"))
        elif k == 1:
            L.f(f"{p.sample},{p.sample},PL0331,{well},{u},{idx()},{u},{idx()},HBOC,DOB § MRN §",
                (fd(p.dob, "us"), "date"), (p.mrn, "mrn"))
        else:
            if p.dob.year >= 2022:
                L.f(f"{p.sample},§,PL0332,{well},{u},{idx()},{u},{idx()},WGS_RAPID,NICU baby of §",
                    (nm(p, "tok_LcI"), "name"), (nm(rel(p, "mother"), "FL"), "name"))
            else:
                L.f(f"24GN-{int(p.sample[-5:]) + 2:05d},§,PL0332,{well},{u},{idx()},{u},{idx()},WES_TRIO,father of proband §",
                    (nm(rel(p, "father"), "tok_LcI"), "name"), (nm(p, "tok_LI"), "name"))
    else:
        L.t(R.choice([
            "[Header]", "IEMFileVersion,5", "Investigator Name,K. Oduya", f"Experiment Name,{RUN[:6]}_WES_B17",
            "Date,3/11/2024", "Workflow,GenerateFASTQ", "Application,FASTQ Only", "Chemistry,Amplicon", "[Reads]", "151",
            "[Settings]", "AdapterRead1,AGATCGGAAGAGCACACGTCTGAACTCCAGTCA", "[Data]", SS_HDR,
            f"{p.sample},{p.sample},PL0331,{well},{u},{idx()},{u},{idx()},WES_CLIN,",
            f"NA12878-CTRL,NA12878,PL0331,H12,UDP0096,{idx()},UDP0096,{idx()},QC,positive control",
            "[BCLConvert_Settings]", "SoftwareVersion,4.2.7", "[BCLConvert_Data]", "Sample_ID,Index,Index2,Lane",
            f"{p.sample},{idx()},{idx()},{R.randint(1, 4)}",
        ]))
    return L


VARIANTS = ["heterozygous for NM_000059.4(BRCA2):c.5946del p.(Ser1982ArgfsTer22), classified as Pathogenic",
            "heterozygous for NM_000256.3(MYBPC3):c.1504C>T p.(Arg502Trp), classified as Pathogenic",
            "hemizygous for NM_004006.3(DMD):c.10171C>T p.(Arg3391Ter), classified as Pathogenic",
            "homozygous for NM_000492.4(CFTR):c.1521_1523del p.(Phe508del), classified as Pathogenic",
            "heterozygous for a 2.55 Mb deletion at 22q11.21 (LCR22A-D), classified as Pathogenic",
            "heterozygous for NM_000371.4(TTR):c.424G>A p.(Val142Ile), classified as Pathogenic"]


def fam_signout(phi, c):
    p = c.p
    L = LB("signout_note")
    pre = f"{ts_z()} [curation] case={p.case} "
    if phi:
        k = deck(L.family, 6)
        L.t(pre)
        if k == 0:
            L.f(f"interp_draft v{R.randint(2, 5)}: \"This individual, § (DOB §), is {R.choice(VARIANTS)}.\"",
                (nm(p, "FML"), "name"), (fd(p.dob, "us"), "date"))
        elif k == 1:
            s1, m1 = rel(p, "sister"), rel(p, "mother")
            L.f("recommendation: \"Cascade testing is recommended for the patient's sister, §, and mother, §.\"",
                (nm(s1, "FL"), "name"), (nm(m1, "FL"), "name"))
        elif k == 2:
            o_ = elder(p)
            L.f(f"note by {R.choice(STAFF_USERS[:4])}: Pt § (MRN §), § y/o, variant of uncertain significance in {R.choice(['MYBPC3', 'TTR', 'APOE', 'PRNP'])}; age-related penetrance not informative.",
                (nm(o_, "LFU"), "name"), (o_.mrn, "mrn"), (str(o_.age), "age"))
        elif k == 3:
            L.f(f"segregation: het c.1504C>T also in affected maternal uncle § (tested at outside lab, DOB §); unaffected father § negative",
                (nm(rel(p, "uncle_m"), "FL"), "name"), (fd(rdate(date(1950, 1, 1), date(1975, 1, 1)), "eu"), "date"),
                (nm(rel(p, "father"), "iL"), "name"))
        elif k == 4:
            L.f(f"amended report reason: wrong DOB on v1 (§), corrected to §; patient § notified",
                (fd(p.dob + timedelta(days=R.randint(2, 40)), "us"), "date"), (fd(p.dob, "us"), "date"), (nm(p, "FL"), "name"))
        else:
            L.f(f"specimen collected § from § at outside hospital; sample received {T[0].strftime('%m/%d/%Y')}",
                (fd(p.collect, "long"), "date"), (nm(p, "LF"), "name"))
    else:
        L.t(pre + R.choice([
            "classification: NM_000059.4(BRCA2):c.5946del p.(Ser1982ArgfsTer22) - Pathogenic (PVS1, PM2_Supporting, PS4)",
            f"ACMG criteria applied: PM2_Supporting, PP3, BP4 rejected; ClinVar VCV0000{R.randint(10000, 99999)} ({R.randint(2, 30)} submitters)",
            "secondary findings (ACMG SF v3.2): none reported",
            f"status=SIGNED_OUT signer=\"{STAFF[3]}\" signedAt={T[0].strftime('%m/%d/%Y %H:%M')} reportVersion=1",
            "CNV call chr22:18,912,231-21,465,659 (GRCh38) 2.55 Mb deletion - Pathogenic (22q11.2 recurrent, LCR22A-D)",
            f"VUS NM_000256.3(MYBPC3):c.{R.randint(100, 3800)}G>A p.(Arg{R.randint(50, 1200)}His) - PM2_Supporting, PP3 -> Uncertain significance",
            f"second review requested from {STAFF[3].split(',')[0]} (lmatsuda@{LABDOM}, x2210)",
            f"TAT alert: case open {R.randint(15, 30)} days (target 21); priority bumped",
            "gnomAD v4.1 AF=0.000004 (1/251,212); REVEL 0.91; SpliceAI 0.02",
        ]))
    return L


def fam_gc(phi, c):
    p = c.p
    L = LB("gc_note")
    L.t(f"gc-notes | {p.case} | ")
    if phi:
        k = deck(L.family, 9)
        if k == 0:
            L.f(f"Telephone encounter § with pt § (DOB §) re: {R.choice(['HBOC panel', 'cardiomyopathy panel', 'trio exome', 'CMA'])} results",
                (p.gcenc, "other_id"), (nm(p, "FL"), "name"), (fd(p.dob, "us2"), "date"))
        elif k == 1:
            m = rel(p, "mother")
            g = rel(p, "mgm")
            dx = f"dx breast ca @{R.randint(32, min(m.age, 62))}" if m.age >= 36 else "unaffected"
            if m.age > 97:  # long dead: give age at death instead
                L.f(f"Pedigree: proband II-1; mother I-2 § (d. age §, breast ca @{R.randint(45, 70)}); no data on maternal grandparents",
                    (nm(m, "FL"), "name"), (str(R.randint(90, 97)), "age"))
            elif m.age > 89:
                L.f(f"Pedigree: proband III-2; mother II-3 § (§, {dx}); MGM I-2 § d. age § (ovarian ca)",
                    (nm(m, "FL"), "name"), (str(m.age), "age"), (nm(g, "FL"), "name"), (str(R.randint(90, 99)), "age"))
            else:
                L.f(f"Pedigree: proband III-2; mother II-3 § ({m.age}, {dx}); MGM I-2 § d. age § (ovarian ca)",
                    (nm(m, "FL"), "name"), (nm(g, "FL"), "name"), (str(R.randint(90, 99)), "age"))
        elif k == 2:
            s = rel(p, "sister")
            sname = f"{s.first} {p.last}-{ORIGINS[p.origin][2][0]}" if s.age >= 25 else f"{s.first} {p.last}"
            if s.age > 89:
                L.f("Sister § (§) can be reached at §; pt consents to share family letter",
                    (sname, "name"), (str(s.age), "age"), (fmt_phone(phone_digits()), "phone"))
            elif s.age < 18:
                L.f(f"Sister § ({s.age}) - testing deferred until age 18 per guidelines; parent contact §",
                    (sname, "name"), (fmt_phone(p.phone, "dash"), "phone"))
            else:
                L.f(f"Sister § ({s.age}) can be reached at §; pt consents to share family letter",
                    (sname, "name"), (fmt_phone(phone_digits()), "phone"))
        elif k == 3:
            L.f(f"Follow-up appt scheduled § 10:30 with {STAFF[R.randint(4, 5)].split(',')[0]} (video visit)",
                (fd(rdate(date(2024, 3, 18), date(2024, 5, 30)), R.choice(["us", "us_np", "long"])), "date"))
        elif k == 4:
            L.f("Pt prefers letters by fax to home office: § (not the clinic line)", (fmt_phone(p.phone2, R.choice(["dash", "sp", "dot"])), "fax"))
        elif k == 5:
            L.f("Family keeps a CaringBridge page for updates: § - pt OK with us reviewing it for family history",
                (f"https://www.caringbridge.org/visit/{ascii_fold(p.first).lower().replace(' ', '')}{ascii_fold(p.last).lower().replace(' ', '').replace(chr(39), '')}", "url"))
        elif k == 6:
            f_ = rel(p, "father")
            L.f(f"Paternal side: father § died §, SCD age {R.randint(30, 55)}; paternal GF § d. age § (\"heart failure\")",
                (nm(f_, "FL"), "name"), (f"{R.randint(1, 12):02d}/{R.randint(max(p.dob.year + 1, 1990), 2023)}", "date"), (nm(rel(p, "pgf"), "FL"), "name"), (str(R.randint(90, 98)), "age"))
        elif k == 7:
            L.f(f"Emergency contact updated: § ({'wife' if p.sex == 'M' else 'husband'}) §", (nm(rel(p, "spouse"), "FL"), "name"), (fmt_phone(phone_digits(p.phone[0])), "phone"))
        else:
            L.f("Pt § reports new address § , § {} §; will mail copy of report".replace("{}", p.state),
                (nm(p, "iL"), "name"), (p.street, "address"), (p.city, "address"), (p.zip, "zip"))
    else:
        L.t(R.choice([
            "Discussed autosomal dominant inheritance, 50% recurrence risk, and cascade testing options.",
            "Reviewed GINA protections; pt had questions about life and long-term care insurance.",
            "Time spent: 45 min, >50% counseling. CPT 96040 x3 units.",
            f"Interpreter: Spanish, ID #{R.randint(10000, 99999)} (CyraCom) used for entire session.",
            "Reviewed limitations: negative result does not exclude hereditary risk; updated NCCN screening discussed.",
            "Plan: letter to at-risk relatives, referral to high-risk breast clinic, return in 1 yr.",
            f"Counselor: {STAFF[R.randint(4, 5)]}; supervising MD {STAFF[R.randint(0, 2)].split(',')[0]}",
            "Pt verbalized understanding; all questions answered.",
            "Consent for research biobank: declined. Recontact for reclassification: yes.",
        ]))
    return L


def fam_hl7(phi, c):
    p = c.p
    L = LB("hl7_oru")
    L.t(f"{ts_py()} INFO  [ORU_Out_Epic] ")
    if phi:
        k = deck(L.family, 8)
        if k == 0:
            L.t("PID|1||")
            L.p(p.mrn_e, "mrn")
            L.t("^^^STMARYS^MR||")
            L.p(nm(p, "hl7"), "name")
            L.t("||")
            L.p(fd(p.dob, "compact"), "date")
            L.t(f"|{p.sex}|||")
            L.p(p.street.upper(), "address")
            L.t("^^")
            L.p(p.city.upper(), "address")
            L.t(f"^{p.state}^")
            L.p(p.zip, "zip")
            L.t("^USA||")
            L.p(fmt_phone(p.phone, "paren_nosp"), "phone")
            L.t("^PRN^PH")
            if R.random() < 0.4:
                L.t("~")
                L.p(fmt_phone(p.phone2, "paren_nosp"), "fax")
                L.t("^PRN^FX")
            L.t("|||||")
            L.p(p.acct, "account")
            L.t("^^^STMARYS^AN|")
            L.p(p.ssn, "ssn")
        elif k == 1:
            L.f(f"PV1|1|O|GENCLIN^^^STMARYS||||{R.choice(NPIS)}^RAMAN^PRIYA^^^^MD|||||||||||§^^^STMARYS^VN|||||||||||||||||||||||||§",
                (p.enc, "other_id"), (fd(p.collect, "compact"), "date"))
        elif k == 2:
            if p.age < 18:
                rel_ = R.choice(["MTH^Mother", "FTH^Father"])
            elif p.age > 60:
                rel_ = R.choice(["SPO^Spouse", "CHD^Child", "SIS^Sister", "BRO^Brother"])
            else:
                rel_ = R.choice(["MTH^Mother", "SPO^Spouse", "FTH^Father", "SIS^Sister", "BRO^Brother"])
            r = rel(p, {"MTH": "mother", "SPO": "spouse", "FTH": "father", "SIS": "sister", "BRO": "brother",
                        "CHD": R.choice(["son", "daughter"])}[rel_[:3]])
            L.t("NK1|1|")
            L.p(nm(r, "hl7"), "name")
            L.t(f"|{rel_}^HL70063|")
            L.p(p.street.upper(), "address")
            L.t("^^")
            L.p(p.city.upper(), "address")
            L.t(f"^{p.state}^")
            L.p(p.zip, "zip")
            L.t("|")
            L.p(fmt_phone(phone_digits(), "paren_nosp"), "phone")
            L.t("||EC^Emergency Contact")
        elif k == 3:
            L.f(f"IN1|1|{p.payer_id}^{p.payer}|{p.payer_id}|{p.payer}|PO BOX {R.randint(1000, 99999)}^^{R.choice(['LEXINGTON^KY^40512', 'ATLANTA^GA^30374', 'SALT LAKE CITY^UT^84130'])}||||GRP{R.randint(10000, 99999)}|||||||§|SEL^Self|§||||||||||||||||||§",
                (nm(p, "hl7"), "name"), (fd(p.dob, "compact"), "date"), (p.member, "health_plan"))
        elif k == 4:
            L.f(f"OBR|1|{p.req}|{p.acc}|81162^BRCA1/2 full sequence and del/dup^CPT|||§|||||||{ts_hl7()}||{R.choice(NPIS)}^RAMAN^PRIYA^^^^MD||||||{ts_hl7()}|||F",
                (fd(p.collect, "compact") + p.collect_t + "00", "date"))
        elif k == 5:
            L.f(f"NTE|1|L|Results discussed with patient's mother § by phone §.",
                (nm(rel(p, "mother"), "FL"), "name"), (fd(rdate(date(2024, 3, 1), date(2024, 3, 12)), "us_np"), "date"))
        elif k == 6:
            L.buf, L.pos = [], 0
            L.t(f"{ts_py()} ERROR [ORU_Out_Epic] NACK AE for msgId=CRG{ts_hl7()}{ms()}: \"PID-7 invalid\" raw=MSH|^~\\&|CRGLIMS|CEDARRIDGE|EPIC|STMARYS|{ts_hl7()}||ORU^R01^ORU_R01|CRG{ts_hl7()}{ms()}|P|2.5.1\\rPID|1||")
            L.p(p.mrn_e, "mrn")
            L.t("^^^STMARYS^MR||")
            L.p(nm(p, "hl7"), "name")
            L.t("||")
            L.p(fd(p.dob, "iso"), "date")
            L.t(f"|{p.sex}\\rOBR|1|{p.req}|{p.acc}...")
        else:
            g_ = rel(p, R.choice(["mother", "father"]) if p.age < 18 else "spouse")
            L.f(f"GT1|1||§||§^^§^{p.state}^§|§||§|{g_.sex}",
                (nm(g_, "hl7"), "name"), (p.street.upper(), "address"), (p.city.upper(), "address"),
                (p.zip, "zip"), (fmt_phone(phone_digits(), "paren_nosp"), "phone"), (fd(date(2024 - g_.age, R.randint(1, 12), R.randint(1, 28)), "compact"), "date"))
    else:
        mid = f"CRG{ts_hl7()}{ms()}"
        L.t(R.choice([
            f"MSH|^~\\&|CRGLIMS|CEDARRIDGE|EPIC|STMARYS|{ts_hl7()}||ORU^R01^ORU_R01|{mid}|P|2.5.1|||AL|NE",
            f"ORC|RE|{p.req}|{p.acc}||CM||||{ts_hl7()}|||{R.choice(NPIS)}^RAMAN^PRIYA^^^^MD",
            "OBX|1|CWE|51968-6^Discrete genetic variant^LN|1|LA9633-4^Present^LN||||||F",
            "OBX|2|CWE|48018-6^Gene studied [ID]^LN|1|HGNC:1101^BRCA2^HGNC||||||F",
            "OBX|3|CWE|51958-7^Transcript reference sequence [ID]^LN|1|NM_000059.4^^RefSeq-T||||||F",
            "OBX|4|CWE|48004-6^DNA change (c.HGVS)^LN|1|c.5946del^^HGVS||||||F",
            "OBX|5|CWE|53037-8^Genetic variation clinical significance^LN|1|LA6668-3^Pathogenic^LN||||||F",
            f"Sent ORU to EPIC_PROD (tcp://10.40.2.18:6661) ACK=AA in {R.randint(90, 900)}ms msgId={mid}",
            f"MSA|AA|{mid}",
            f"Channel ORU_Out_Epic stats: received={R.randint(100, 900)} filtered=0 queued={R.randint(0, 5)} sent={R.randint(100, 900)} errored={R.randint(0, 2)}",
            f"OBX|6|ED|PDF^Report^L||^application^pdf^Base64^JVBERi0xLjcKJeLjz9MK...[{R.randint(200, 900)}KB elided]||||||F",
        ]))
    return L


def fam_x12(phi, c):
    p = c.p
    L = LB("x12_edi")
    ctrl = f"000{R.randint(100000, 199999)}"
    if phi:
        k = deck(L.family, 8)
        tx = "837P" if k in (4, 5, 6) else "278" if k == 7 else R.choice(["278", "837P", "270"])
        L.t(f"{ts_spring()} [edi-out] {tx} ctrl={ctrl} seg=")
        if k == 0:
            L.f("NM1*IL*1*§****MI*§~", (nm(p, "x12"), "name"), (p.member, "health_plan"))
        elif k == 1:
            L.f(f"DMG*D8*§*{p.sex}~", (fd(p.dob, "compact"), "date"))
        elif k == 2:
            L.f("N3*§~", (p.street.upper(), "address"))
        elif k == 3:
            L.f(f"N4*§*{p.state}*§~", (p.city.upper(), "address"), (p.zip4, "zip"))
        elif k == 4:
            L.f("REF*SY*§~", (p.ssn.replace("-", ""), "ssn"))
        elif k == 5:
            L.f(f"CLM*§*{R.choice(['3480', '2100', '5940', '1450'])}***81:B:1*Y*A*Y*Y~", (p.acct, "account"))
        elif k == 6:
            L.f("DTP*472*D8*§~", (fd(p.collect, "compact"), "date"))
        else:
            L.t(f"ST*278*0001*005010X217~BHT*0007*13*PA-{R.randint(240000, 249999)}*{T[0].strftime('%Y%m%d')}*{T[0].strftime('%H%M')}~HL*1**20*1~NM1*X3*2*{p.payer}*****PI*{p.payer_id}~HL*2*1*21*1~NM1*1P*1*RAMAN*PRIYA****XX*{R.choice(NPIS)}~HL*3*2*22*0~NM1*IL*1*")
            L.p(nm(p, "x12"), "name")
            L.t("****MI*")
            L.p(p.member, "health_plan")
            L.t("~DMG*D8*")
            L.p(fd(p.dob, "compact"), "date")
            L.t(f"*{p.sex}~UM*HS*I*2~SV1*HC:81162*3480*UN*1~")
    else:
        d_, tx, seg = R.choice([
            ("out", R.choice(["278", "837P", "270"]), f"ISA*00*          *00*          *ZZ*CEDARRIDGE     *ZZ*AVAILITY       *{T[0].strftime('%y%m%d')}*{T[0].strftime('%H%M')}*^*00501*{ctrl}*0*P*:~"),
            ("out", "278", f"GS*HI*CEDARRIDGE*AVAILITY*{T[0].strftime('%Y%m%d')}*{T[0].strftime('%H%M')}*{int(ctrl)}*X*005010X217~"),
            ("out", "837P", f"GS*HC*CEDARRIDGE*AVAILITY*{T[0].strftime('%Y%m%d')}*{T[0].strftime('%H%M')}*{int(ctrl)}*X*005010X222A1~"),
            ("out", R.choice(["278", "837P"]), "HI*ABK:Z1501*ABF:Z803~"),
            ("out", "837P", f"SV1*HC:{R.choice(['81162', '81408', '81415', '81416', '81229', '81479'])}*{R.choice(['3480', '2100', '1450', '990'])}*UN*1***1~"),
            ("out", "837P", f"NM1*85*2*{LAB.upper()}*****XX*1831204472~"),
            ("out", "837P", "N3*2200 INNOVATION DR STE 400~"),
            ("out", R.choice(["270", "837P"]), f"NM1*PR*2*{p.payer}*****PI*{p.payer_id}~"),
            ("in", "999", "AK9*A*1*1*1~"),
            ("in", "999", f"IK5*{R.choice(['A', 'A', 'A', 'R'])}~"),
            ("in", "277CA", f"STC*A1:20*{T[0].strftime('%Y%m%d')}*WQ*{R.choice(['3480', '2100', '990'])}~"),
            ("out", R.choice(["278", "837P"]), f"SE*{R.randint(18, 44)}*0001~"),
        ])
        L.t(f"{ts_spring()} [edi-{d_}] {tx} ctrl={ctrl} seg={seg}")
    return L


def fam_pa(phi, c):
    p = c.p
    L = LB("prior_auth_json")
    base = {"@timestamp": ts_z(), "level": "INFO", "logger": R.choice(["pa.gateway.AvailityClient", "pa.gateway.CoverMyClient", "pa.workflow.CaseService"])}
    if phi:
        k = deck(L.family, 5)
        if k == 0:
            o = dict(base, msg="PA submit", payer=p.payer, payerId=p.payer_id, cpt=["81162", "81408"], icd10=["Z80.3", "Z15.01"],
                     member={"memberId": V(p.member, "health_plan"), "firstName": V(p.first, "name"), "lastName": V(p.last, "name"),
                             "dob": V(fd(p.dob, "iso"), "date")}, orderingNpi=R.choice(NPIS), authStatus="PENDED")
            jemit(L, o, ea=R.random() < 0.3)
        elif k == 1:
            o = dict(base, msg="eligibility 271 parsed", subscriber={"name": V(nm(p, "LFU"), "name"), "mbi": V(mbi(), "health_plan")},
                     planStatus="ACTIVE", coinsurance=0.2, latencyMs=R.randint(300, 2000))
            jemit(L, o)
        elif k == 2:
            base["level"] = "WARN"
            o = dict(base, msg="payer rejected: subscriber not found", request={"subscriberId": V(p.member, "health_plan"), "patientDob": V(fd(p.dob, "us"), "date"),
                     "patientLastName": V(p.last.upper(), "name")}, aaa="75", hint="check subscriber vs dependent")
            jemit(L, o)
        elif k == 3:
            o = dict(base, msg="clinical questionnaire attached", caseRef=f"PA-{R.randint(240000, 249999)}",
                     answers={"personalHistory": "none", "familyHistory": [{"relation": "mother", "name": V(nm(rel(p, 'mother'), 'FL'), "name"), "dx": "breast ca", "dxAge": R.randint(38, 52)}],
                              "contactPhone": V(fmt_phone(p.phone, "e164"), "phone")})
            jemit(L, o)
        else:
            o = dict(base, msg="PA decision", caseRef=f"PA-{R.randint(240000, 249999)}", status="APPROVED", patient={"acct": V(p.acct, "account"), "dos": V(fd(p.collect, "iso"), "date")},
                     validThrough="2024-06-30")
            jemit(L, o)
    else:
        if R.random() < 0.3:
            base["level"] = R.choice(["WARN", "ERROR"])
        o = dict(base, **R.choice([
            {"msg": "PA status poll", "caseRef": f"PA-{R.randint(240000, 249999)}", "status": R.choice(["PENDED", "IN_REVIEW", "APPROVED"]), "latencyMs": R.randint(200, 3000)},
            {"msg": "token refresh", "clientId": "crg-prod", "expiresIn": 3600},
            {"msg": "payer portal maintenance window", "payer": "AETNA", "until": "2024-03-13T06:00:00Z"},
            {"msg": "rate limited", "status": 429, "retryAfter": R.randint(5, 60)},
            {"msg": "PA decision", "caseRef": f"PA-{R.randint(240000, 249999)}", "status": "DENIED",
             "denialReason": "Medical necessity not met: no personal history; FHx insufficient per policy MP-0412", "cpt": ["81162"]},
            {"msg": "fee schedule loaded", "cpt": "81408", "allowed": 2100.0, "payer": "MEDICARE PART B", "locality": "01"},
        ]))
        jemit(L, o)
    return L


def fam_billing(phi, c):
    p = c.p
    L = LB("billing_kv")
    pairs = [("ts", ts_z()), ("svc", "rcm-billing"), ("level", "info")]
    if phi:
        k = deck(L.family, 7)
        if k == 0:
            pairs += [("event", "claim.created"), ("claim_id", f"CLM24-{R.randint(100000, 199999)}"), ("cpt", R.choice(["81162", "81415", "81229"])),
                      ("units", "1"), ("charge", "3480.00"), ("payer", p.payer), ("patient_acct", V(p.acct, "account")),
                      ("dos", V(fd(p.collect, "iso"), "date")), ("pt_name", V(nm(p, "LF"), "name"))]
        elif k == 1:
            g = rel(p, R.choice(["mother", "father"]) if p.age < 18 else R.choice(["spouse", "son", "daughter"]) if p.age > 60 else "spouse")
            pairs[2] = ("level", "warn")
            pairs += [("event", "payment.declined"), ("gateway", "stripe"), ("amount", f"{R.randint(50, 400)}.00"),
                      ("card", V(fmt_card(card_number()), "account")), ("exp", f"{R.randint(1, 12):02d}/{R.randint(25, 29)}"),
                      ("cardholder", V(nm(g, "FL"), "name")), ("patient_acct", V(p.acct, "account")), ("decline_code", "insufficient_funds")]
        elif k == 2:
            pairs += [("event", "refund.ach"), ("payee", V(nm(p, "FLU"), "name")), ("routing", "021000021"),
                      ("acct", V(str(R.randint(10**9, 10**12)), "account")), ("amount", f"{R.randint(20, 300)}.{R.randint(0, 99):02d}")]
        elif k == 3:
            pairs += [("event", "statement.mailed"), ("guarantor_acct", V(f"G{R.randint(10**6, 10**7)}", "account")),
                      ("to", V(nm(p, "FL"), "name")), ("addr1", V(p.street, "address")), ("city", V(p.city, "address")), ("st", p.state), ("zip", V(p.zip, "zip")),
                      ("balance", f"{R.randint(50, 900)}.00")]
        elif k == 4:
            pairs += [("event", "financial_assistance.applied"), ("patient_acct", V(p.acct, "account")), ("household", str(R.randint(1, 6))),
                      ("ssn", V(p.ssn, "ssn")), ("fpl_pct", str(R.randint(80, 300)))]
        elif k == 5:
            pairs += [("event", "financial_assistance.asset"), ("patient_acct", V(p.acct, "account")), ("asset_type", "vehicle"),
                      ("vin", V(vin(), "vehicle")), ("est_value", f"{R.randint(2, 19)}000"),
                      ("note", V(f"https://gofund.me/{hexs(8)}", "url"))]
        else:
            pairs += [("event", "portal_payment.failed"), ("payer_email", V(p.email, "email")), ("pan", V(card_number(), "account")),
                      ("avs_zip", V(p.zip, "zip")), ("reason", "avs_mismatch")]
    else:
        pairs += R.choice([
            [("event", "era.posted"), ("check", f"EFT-{R.randint(100000, 999999)}"), ("payer", R.choice(["UHC", "AETNA", "CIGNA"])), ("total", f"{R.randint(1000, 90000)}.{R.randint(0, 99):02d}"), ("claims", str(R.randint(5, 60)))],
            [("event", "payment.captured"), ("gateway", "stripe"), ("amount", f"{R.randint(25, 500)}.00"), ("card_brand", "visa"), ("card_last4", f"{R.randint(0, 9999):04d}"), ("ch", f"ch_3O{hexs(20)}")],
            [("event", "claim.status"), ("claim_id", f"CLM24-{R.randint(100000, 199999)}"), ("status", R.choice(["A2", "F1", "P1"])), ("payer", R.choice(["UHC", "BCBSMA", "HUMANA"]))],
            [("event", "coding.edit"), ("rule", "NCCI"), ("cpt", "81162"), ("conflict", "81163"), ("action", "dropped 81163")],
            [("event", "batch.submitted"), ("file", f"837P_{T[0].strftime('%Y%m%d')}_{R.randint(1, 9)}.edi"), ("claims", str(R.randint(20, 300)))],
            [("event", "denial.received"), ("claim_id", f"CLM24-{R.randint(100000, 199999)}"), ("carc", R.choice(["CO-50", "CO-197", "PR-204"])), ("cpt", R.choice(["81415", "81479"]))],
        ])
    kvemit(L, pairs)
    return L


BILL_HDR = "claim_id,patient_acct,last_name,first_name,dob,cpt,units,charge,payer,member_id,dos"


def fam_billcsv(phi, c):
    p = c.p
    L = LB("billing_csv")
    if phi:
        ln_ = p.last
        ln_q = f'"{ln_}"' if " " in ln_ or "'" in ln_ else ln_
        L.t(f"CLM24-{R.randint(100000, 199999)},")
        L.p(p.acct, "account")
        L.t(",")
        if ln_q.startswith('"'):
            L.t('"')
            L.p(ln_, "name")
            L.t('"')
        else:
            L.p(ln_, "name")
        L.t(",")
        L.p(p.first, "name")
        L.t(",")
        L.p(fd(p.dob, "us"), "date")
        L.t(f",{R.choice(['81162', '81408', '81415', '81229'])},1,{R.choice(['3480.00', '2100.00', '990.00'])},{p.payer},")
        L.p(p.member, "health_plan")
        L.t(",")
        L.p(fd(p.collect, "us"), "date")
    else:
        L.t(R.choice([
            BILL_HDR,
            f"# export rcm_daily_claims {T[0].strftime('%Y-%m-%d')} rows={R.randint(40, 300)} generated_by=svc_rcm",
            f"CLM24-{R.randint(100000, 199999)},,,,,81479,1,0.00,NO_CHARGE_QC,,",
            f"# totals,charge={R.randint(100000, 900000)}.00,claims={R.randint(40, 300)}",
        ]))
    return L


UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15",
      "CRGPortal/3.8.1 (com.cedarridge.portal; build:20240301; iOS 17.3.1) Alamofire/5.8.1"]


def fam_nginx(phi, c):
    p = c.p
    L = LB("portal_nginx")
    if phi:
        k = deck(L.family, 4)
        L.p(p.ip, "ip")
        if k == 0:
            L.t(f" - - [{ts_clf()}] \"GET /api/v2/reports/{p.rpt}/download HTTP/2.0\" 200 {R.randint(200000, 900000)} \"https://my.{LABDOM}/results\" \"{R.choice(UA)}\" rt={R.uniform(0.1, 1.2):.3f}")
        elif k == 1:
            L.t(" - ")
            L.p(p.username, "other_id")
            L.t(f" [{ts_clf()}] \"GET /portal/results HTTP/1.1\" 200 {R.randint(5000, 40000)} \"-\" \"{R.choice(UA)}\" rt={R.uniform(0.05, 0.5):.3f}")
        elif k == 2:
            L.t(f" - - [{ts_clf()}] \"GET /api/v2/account/verify?email=")
            L.p(p.email.replace("@", "%40"), "email")
            L.t(f"&token={hexs(32)} HTTP/2.0\" 302 0 \"-\" \"{R.choice(UA)}\" rt=0.0{R.randint(10, 99)}")
        else:
            L.t(f" - - [{ts_clf()}] \"POST /api/v2/auth/login HTTP/2.0\" {R.choice([200, 401])} {R.randint(100, 900)} \"https://my.{LABDOM}/login\" \"{R.choice(UA)}\" rt={R.uniform(0.1, 0.9):.3f}")
    else:
        L.t(R.choice([
            f"10.40.3.{R.randint(2, 60)} - - [{ts_clf()}] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\" rt=0.001",
            f"66.249.66.{R.randint(1, 200)} - - [{ts_clf()}] \"GET /robots.txt HTTP/1.1\" 200 67 \"-\" \"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)\" rt=0.002",
            f"172.70.{R.randint(32, 250)}.{R.randint(1, 250)} - - [{ts_clf()}] \"GET /static/js/main.{hexs(8)}.js HTTP/2.0\" 200 {R.randint(100000, 900000)} \"https://my.{LABDOM}/\" \"{R.choice(UA)}\" rt=0.004",
            f"10.40.1.{R.randint(2, 60)} - - [{ts_clf()}] \"GET /metrics HTTP/1.1\" 200 {R.randint(4000, 9000)} \"-\" \"Prometheus/2.49.1\" rt=0.003",
            f"185.220.101.{R.randint(1, 250)} - - [{ts_clf()}] \"GET /wp-login.php HTTP/1.1\" 404 153 \"-\" \"python-requests/2.31.0\" rt=0.001",
            f"10.40.3.{R.randint(2, 60)} - - [{ts_clf()}] \"GET /api/v2/status HTTP/1.1\" 200 41 \"-\" \"Datadog Agent/7.51.0\" rt=0.002",
        ]))
    return L


def fam_portal(phi, c):
    p = c.p
    L = LB("portal_api_json")
    base = {"time": ts_off(), "level": "info", "service": "portal-api", "trace_id": hexs(32), "span_id": hexs(16)}
    if phi:
        k = deck(L.family, 9)
        if k == 0:
            o = dict(base, msg="report downloaded", userId=V(p.uid, "other_id"), username=V(p.username, "other_id"), reportId=p.rpt,
                     clientIp=V(p.ip, "ip"), deviceId=V(p.devid, "device"))
        elif k == 1:
            o = dict(base, msg="mfa enrolled", userId=V(p.uid, "other_id"), factor="sms", phone=V(fmt_phone(p.phone, "e164"), "phone"), imei=V(imei(), "device"))
        elif k == 2:
            base["level"] = "warn"
            o = dict(base, msg="account recovery failed: dob mismatch", email=V(p.email, "email"), dobProvided=V(fd(p.dob + timedelta(days=1), "iso"), "date"), attempts=R.randint(2, 5))
        elif k == 3:
            o = dict(base, msg="identity verification submitted", userId=V(p.uid, "other_id"), idType="DRIVERS_LICENSE", idState=p.state,
                     idNumber=V(p.dl, "license"), selfie="<redacted>")
        elif k == 4:
            o = dict(base, msg="profile updated", userId=V(p.uid, "other_id"), changes={"preferredName": V(p.first, "name"), "lastName": V(p.last, "name"), "mobile": V(fmt_phone(p.phone2, "dash"), "phone")})
        elif k == 5:
            o = dict(base, msg="proxy access granted", patientUserId=V(p.uid, "other_id"), proxy={"name": V(nm(rel(p, "mother" if p.age < 18 else "daughter" if p.age > 70 else "spouse"), "FL"), "name"),
                     "relationship": "parent" if p.age < 18 else "child" if p.age > 70 else "spouse",
                     "email": V(f"{ascii_fold(rel(p, 'mother' if p.age < 18 else 'daughter' if p.age > 70 else 'spouse').first).lower().replace(' ', '')}.{ascii_fold(p.last).lower().replace(' ', '').replace(chr(39), '')[:6]}{R.randint(1, 99)}@{R.choice(MAILDOM)}", "email")})
        elif k == 6:
            o = dict(base, msg="identity verification selfie", userId=V(p.uid, "other_id"), image=V(b64_face(), "photo"), truncated=True)
        elif k == 7:
            o = dict(base, msg="appointment booked", userId=V(p.uid, "other_id"), site=f"PSC-{R.randint(1, 9)}", slot=V(fd(rdate(date(2024, 3, 13), date(2024, 4, 12)), "iso") + f"T{R.randint(7, 16):02d}:{R.choice(['00', '15', '30', '45'])}", "date"),
                     parking={"plate": V(plate(), "vehicle"), "state": p.state})
        else:
            o = dict(base, msg="profile updated", userId=V(p.uid, "other_id"), changes={"website": V(f"https://{ascii_fold(p.first).lower().replace(' ', '')}{ascii_fold(p.last).lower().replace(' ', '').replace(chr(39), '')}.{R.choice(['blog', 'com', 'net'])}/", "url")})
        jemit(L, o)
    else:
        o = dict(base, **R.choice([
            {"msg": "session sweep", "expired": R.randint(10, 200), "durationMs": R.randint(5, 90)},
            {"msg": "pdf render", "reportId": p.rpt, "pages": R.randint(4, 14), "ms": R.randint(600, 4000)},
            {"msg": "feature flag refresh", "flags": {"newResultsView": True, "proxyAccess": True}, "version": f"{R.randint(100, 400)}"},
            {"msg": "http request", "method": "GET", "path": "/api/v2/config", "status": 200, "durationMs": R.randint(1, 30)},
            {"level": "error", "msg": "smtp send failed", "err": "dial tcp 10.40.5.12:587: i/o timeout", "template": "result_ready"},
            {"msg": "cache warm", "keys": R.randint(100, 2000), "hitRate": round(R.uniform(0.7, 0.99), 3)},
        ]))
        jemit(L, o)
    return L


def fam_s3(phi, c):
    p = c.p
    L = LB("s3_access")
    owner = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
    bucket = "crg-clinical-reports-prod"
    rid = "".join(R.choice("0123456789ABCDEF") for _ in range(16))
    hid = base64.b64encode(bytes(R.randint(0, 255) for _ in range(48))).decode()
    tail = f" - {hid} SigV4 ECDHE-RSA-AES128-GCM-SHA256 QueryString {bucket}.s3.us-east-2.amazonaws.com TLSv1.2 - -"
    sz = R.randint(200000, 900000)
    if phi:
        k = deck(L.family, 3)
        L.t(f"{owner} {bucket} [{ts_clf_utc()}] ")
        if k == 0:
            L.p(p.ip, "ip")
            L.t(f" - {rid} REST.GET.OBJECT reports/2024/03/{p.rpt}.pdf \"GET /reports/2024/03/{p.rpt}.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA{hexs(16).upper()}%2F20240312%2Fus-east-2%2Fs3%2Faws4_request&X-Amz-Expires=300 HTTP/1.1\" 200 - {sz} {sz} {R.randint(20, 90)} {R.randint(19, 89)} \"https://my.{LABDOM}/\" \"{R.choice(UA)}\"" + tail)
        else:
            pre = "10.40.8." + str(R.randint(10, 90))
            nmtok = nm(p, "tok_LFU")
            dob = fd(p.dob, "compact")
            L.t(f"{pre} arn:aws:sts::41822{R.randint(1000000, 9999999)}:assumed-role/report-renderer/i-0{hexs(16)} {rid} REST.PUT.OBJECT reports/2024/03/")
            L.p(nmtok, "name")
            L.t("_")
            L.p(dob, "date")
            L.t(f"_{p.sample}.pdf \"PUT /reports/2024/03/")
            L.p(nmtok, "name")
            L.t("_")
            L.p(dob, "date")
            L.t(f"_{p.sample}.pdf HTTP/1.1\" 200 - - {sz} {R.randint(40, 200)} {R.randint(10, 40)} \"-\" \"aws-sdk-java/2.21.29 Linux/5.10 OpenJDK_64-Bit_Server_VM/17.0.9\" -" + tail.replace("QueryString", "AuthHeader"))
    else:
        L.t(f"{owner} {bucket} [{ts_clf_utc()}] " + R.choice([
            f"10.40.8.{R.randint(10, 90)} arn:aws:sts::418220000000:assumed-role/dragen-batch/i-0{hexs(16)} {rid} REST.PUT.OBJECT runs/{RUN}/{p.sample}/{p.sample}.hard-filtered.vcf.gz \"PUT /runs/{RUN}/{p.sample}/{p.sample}.hard-filtered.vcf.gz HTTP/1.1\" 200 - - {sz} {R.randint(40, 200)} 12 \"-\" \"aws-cli/2.15.10\" -" + tail.replace("QueryString", "AuthHeader"),
            f"AmazonS3 - {rid} S3.EXPIRE.OBJECT tmp/render/{hexs(12)}.html - - - - - - - \"-\" \"-\" - - - - - - -",
            f"10.40.8.{R.randint(10, 90)} arn:aws:iam::418220000000:user/backup-agent {rid} REST.HEAD.BUCKET - \"HEAD / HTTP/1.1\" 200 - - - {R.randint(2, 9)} {R.randint(1, 8)} \"-\" \"Veeam/12.1\" -" + tail.replace("QueryString", "AuthHeader"),
            f"{pub_ip()} - {rid} REST.GET.OBJECT index.html \"GET /index.html HTTP/1.1\" 403 AccessDenied 243 - 12 - \"-\" \"curl/8.4.0\" -" + tail,
        ]))
    return L


def fam_slurm(phi, c):
    p = c.p
    L = LB("slurm")
    jid = R.randint(4418000, 4429999)
    node = f"cn-0{R.randint(101, 164)}"
    if phi:
        k = deck(L.family, 4)
        if k == 0:
            L.t(f"[{ts_slurm()}] _job_complete: JobId={jid} WEXITSTATUS 0 Name=dragen_{p.sample}_")
            L.p(nm(p, "tok_LFU"), "name")
        elif k == 1:
            L.t(f"JobId={jid} UserId=svc_pipeline(51003) GroupId=bioinf(5100) Name=wgs_rapid JobState=COMPLETED Partition=genomics TimeLimit=720 NodeList={node} NodeCnt=1 ProcCnt=32 WorkDir=/mnt/clinical/cases/")
            L.p(nm(p, "tok_LF"), "name")
            L.t("_")
            L.p(fd(p.dob, "iso"), "date")
        elif k == 2:
            L.t(f"slurmstepd: error: *** JOB {jid} ON {node} CANCELLED AT {ts_slurm()[:19]} DUE TO TIME LIMIT *** (job name gatk_")
            L.p(f"MRN{p.mrn}", "mrn")
            L.t(")")
        else:
            L.t(f"{jid}|{'trio' if p.age < 45 else 'wes'}_")
            L.p(nm(p, "tok_LFU"), "name")
            L.t(f"|genomics|svc_pipeline|{R.choice(['COMPLETED', 'FAILED', 'OUT_OF_MEMORY'])}|0{R.randint(0, 9)}:{R.randint(10, 59)}:{R.randint(10, 59)}|{R.randint(8, 120)}G|{node}")
    else:
        L.t(R.choice([
            f"[{ts_slurm()}] _slurm_rpc_submit_batch_job: JobId={jid} InitPrio=4294901{R.randint(100, 999)} usec={R.randint(200, 900)}",
            f"[{ts_slurm()}] sched: Allocate JobId={jid} NodeList={node} #CPUs=32 Partition=genomics",
            f"[{ts_slurm()}] _job_complete: JobId={jid} WEXITSTATUS 0",
            f"[{ts_slurm()}] _job_complete: JobId={jid} done",
            f"slurmstepd: error: Detected 1 oom_kill event in StepId={jid}.batch. Some of the step tasks have been OOM Killed.",
            f"[{ts_slurm()}] error: Nodes {node} not responding, setting DOWN",
            f"JobId={jid} UserId=svc_pipeline(51003) GroupId=bioinf(5100) Name=bcl2fastq_{FC} JobState=COMPLETED Partition=genomics TimeLimit=240 NodeList={node} NodeCnt=1 ProcCnt=32 WorkDir=/mnt/seq/{RUN}",
            f"{jid}|dragen_{p.sample}|genomics|svc_pipeline|COMPLETED|01:{R.randint(10, 59)}:{R.randint(10, 59)}|{R.randint(60, 250)}G|{node}",
            f"[{ts_slurm()}] backfill: Started JobId={jid} in genomics on {node}",
        ]))
    return L


FAMS = [
    (fam_lims, 10), (fam_audit, 4), (fam_ocr, 8), (fam_bcl, 5), (fam_dragen, 5), (fam_bwa, 4), (fam_gatk, 5),
    (fam_nf, 5), (fam_smk, 5), (fam_vcf, 5), (fam_sam, 4), (fam_ss, 4), (fam_signout, 6), (fam_gc, 7),
    (fam_hl7, 8), (fam_x12, 6), (fam_pa, 6), (fam_billing, 6), (fam_billcsv, 4), (fam_nginx, 7), (fam_portal, 7),
    (fam_s3, 4), (fam_slurm, 5),
]


def main():
    flags = [True] * N_PHI + [False] * (N_LINES - N_PHI)
    R.shuffle(flags)
    lines, labels = [], []
    fam_deck = []
    seen = set()
    i = 0
    while i < N_LINES:
        if not fam_deck:  # weighted deck of sources, reshuffled when used up
            fam_deck = [f for f, w in FAMS for _ in range(w)]
            R.shuffle(fam_deck)
        fn = fam_deck.pop()
        c = Ctx()
        c.p = R.choice(PATIENTS)
        burst = R.choice([1, 1, 2, 2, 3, 4])
        for _ in range(burst):
            if i >= N_LINES:
                break
            tick()
            for _try in range(12):  # avoid verbatim repeats of a recent line
                L = fn(flags[i], c)
                line, spans = L.done()
                if line not in lines[-60:] and (len(line) < 40 or line not in seen):
                    break
            seen.add(line)
            assert bool(spans) == flags[i], (fn.__name__, flags[i], line)
            lines.append(line)
            labels.append({"line": i + 1, "family": L.family, "spans": spans})
            i += 1
    assert len(lines) == N_LINES
    with open(os.path.join(HERE, "lv.log"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lines))
    with open(os.path.join(HERE, "lv.labels.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
