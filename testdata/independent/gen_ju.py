#!/usr/bin/env python3
"""gen_ju.py - synthetic labeled log corpus: cardiology device clinic and cath/EP lab.

Systems imitated: vendor remote-monitoring portal webhooks (CareLink-, LATITUDE-,
Merlin.net-, Home Monitoring-style JSON), Paceart-style CSV exports and IDCO XML,
HL7 v2.6 ORU^R01 with IEEE 11073-10103 IDCO observations (segment per line and
Mirth-style single line with escaped \\r), hemodynamic / EP recording system logs,
NCDR-like EP device implant registry CSV and XML submissions, nurse-pasted
interrogation summaries, Python services (logging, celery, uvicorn, tracebacks),
Java services (logback classic pattern, Spring Boot), Windows event logs (text and
XML), fax server and OCR router logs, telephone-encounter notes, alert triage queue
rows, battery/ERI watch (logfmt), billing CSV with CPT codes and X12 837P segments,
nginx access logs, audit JSON, SMS gateway, postfix, syslog, Prometheus metrics.

Everything is synthetic. Standard library only, fixed seed, no clock/OS randomness.
Writes ju.log and ju.labels.jsonl next to this script.

Labeling decisions:
- Patients, relatives, guarantors, subscribers and emergency contacts are labeled.
  Physicians (incl. NPI numbers), nurses, device techs, vendor reps, staff usernames and
  staff e-mail/phones, the clinic, vendors, payers and their phone/fax numbers are not.
- Names: every written form is one "name" span. Where family and given names sit in
  separate fields (JSON keys, CSV columns, XML elements, X12 NM1 elements) each is its own
  span; an HL7 XPN composite (LAST^FIRST^M) is a single span. Names inside file names
  (ABERNATHY_HAROLD_...pdf) are labeled too.
- Dates: any calendar date of a patient's clinical event or record is "date": birth,
  implant (generator and lead), procedure, arrival/discharge, remote or in-clinic session
  (transmission / interrogation date-time, incl. HL7 OBR-7 and OBX MDC_IDC_SESS_DTM),
  episode onset, ERI detection, appointment, date of service (also X12 DTP*472), death.
  The whole date or date-time value is the span. Log line timestamps, HL7 MSH-7,
  webhook receivedAt/occurredAt, job run times, file write times, cert expiry, batch
  periods (2024Q4) and bare years are not labeled.
- Ages are labeled only when over 89 ("age" span covers the number only, e.g. "92" in
  "92F" or "92 y/o"); younger ages stay unlabeled.
- mrn: hospital medical record numbers (E#######, 00######), also in HL7 PID-3.
- health_plan: Medicare MBI, Medicaid and commercial member/subscriber IDs.
- account: patient/billing account numbers (HL7 PID-18, acct_no), payment card
  numbers and bank account numbers of patients/guarantors.
- other_id: vendor portal patient IDs (CareLink/LATITUDE/Merlin/HM), NCDR patient IDs,
  cath/EP lab case numbers, encounter/visit numbers (CSN, PV1-19), patient portal
  usernames / userIds. (The registry "OtherID" column holds the MRN and is "mrn".) NOT labeled: transmission IDs, alert IDs, event/message
  control IDs, claim IDs, accession/order numbers, fax DocIDs, trace/span IDs.
- device: serial numbers of a patient's implanted generator, leads and home monitor /
  communicator, home-monitor MAC and cellular IMEI. In the HL7 PID-3 repetition
  "MODEL:x/SERIAL:y" only the serial is the span. NOT labeled: model numbers (Biotronik model
  numbers look like serials), GTIN/DI without serial, lot numbers, serials of devices
  still in consignment stock (not tied to a person), lab/workstation hostnames and MACs.
- Addresses: street line and city are separate "address" spans; ZIP is "zip"; state
  and country are not labeled. Clinic/vendor addresses are not labeled.
- phone / fax: patient or relative numbers; "fax" only for a patient's/relative's own
  fax line (also when it appears as the sending CSID/ANI of an inbound fax). Business fax/phone numbers and fax CSIDs of offices are not labeled.
- ip: public IP of a patient's phone/browser/home monitor (patient app and portal
  endpoints). Vendor webhook sources, internal 10.x/172.16.x hosts are not labeled.
- email / url: patient or relative personal addresses and personal pages only.
- license: a patient's driver licence number (DMV medical report); vehicle: a patient's
  or driver-relative's licence plate / VIN.
- photo: the base64 payload of a patient face image (not the data: prefix);
  biometric: the base64 palm-vein template payload of a patient kiosk enrolment.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import unicodedata

ID = "ju"
SEED = 21_0411
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
TARGET_LINES = 500


# ----------------------------------------------------------------------------- builder
class Ln:
    __slots__ = ("fam", "b", "spans", "vals")

    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.spans = []
        self.vals = []

    def t(self, s):
        self.b.extend(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        st = len(self.b)
        self.b.extend(s.encode("utf-8"))
        self.spans.append({"s": st, "e": len(self.b), "cat": cat})
        self.vals.append(s)
        return self


def mk(fam, *parts):
    ln = Ln(fam)
    for x in parts:
        if isinstance(x, tuple):
            ln.p(x[0], x[1])
        else:
            ln.t(x)
    return ln


def J(v):
    """JSON string body (no quotes)."""
    return json.dumps(v, ensure_ascii=False)[1:-1]


def X(v):
    return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# ----------------------------------------------------------------------------- clock
CLK = [dt.datetime(2024, 11, 18, 5, 57, 12, 331000)]


def tick(lo=1, hi=38):
    CLK[0] += dt.timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
    return CLK[0]


def ms(t):
    return f"{t.microsecond // 1000:03d}"


def ts_py(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + "," + ms(t)


def ts_java(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + "." + ms(t)


def ts_z(t):
    u = t + dt.timedelta(hours=6)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + "." + ms(t) + "Z"


def ts_off(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + "." + ms(t) + "-06:00"


def ts_sys(t):
    return t.strftime("%b %d %H:%M:%S")


def ts_win(t):
    return f"{t.month}/{t.day}/{t.year} {t.strftime('%I:%M:%S %p').lstrip('0')}"


def ts_ngx(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0600")


def ts_hl7(t):
    return t.strftime("%Y%m%d%H%M%S")


# ----------------------------------------------------------------------------- pools
FIRST_F = ["Margaret", "Dolores", "Yuki", "Guadalupe", "Siobhan", "Agnieszka", "Ingrid", "Fatima",
           "Esperanza", "Mei-Ling", "Anne-Marie", "Lakshmi", "Zofia", "Aroha", "Carmen", "Evelyn",
           "Bernice", "Priya", "Leilani", "Svetlana", "Ngozi", "Renée", "Aiyana", "Latoya", "Thi Hoa",
           "Gülşen", "Mariam", "Ruth", "Hannelore", "Consuelo", "Oksana", "Beatriz", "Wilhelmina",
           "Nomvula", "Saoirse", "Eun-ji", "Rosalind", "Imelda", "Dagny", "Florence"]
FIRST_M = ["Harold", "Obinna", "Thanh", "Rajesh", "Kwame", "Mohammed", "Dmitri", "Olufemi",
           "Jean-Baptiste", "Bartholomew", "Hyun-woo", "Tomás", "Björn", "Nnamdi", "Walter", "Chidi",
           "Giuseppe", "Ahmet", "Hamza", "José", "Søren", "Mykola", "Deshawn", "Cornelius", "Kenji",
           "Lars", "Abdul Rahman", "Emeka", "Pieter", "Vikram", "Rafael", "Seamus", "Takumi",
           "Lorenzo", "Dariusz", "Moshe", "Elijah", "Wendell", "Ignacio", "Arvid"]
LAST = ["Okonkwo", "Nguyen", "Fitzgerald", "van der Berg", "de la Cruz", "O'Neill", "McAllister",
        "Kowalczyk", "Al-Sayed", "Papadopoulos", "Yamamoto", "Hernández-Ruiz", "Abernathy", "Schmidt",
        "Moreau", "Delacroix", "Nakamura", "Oyelaran", "Ivanova", "Castellanos", "Lindqvist",
        "Chaudhry", "Sørensen", "Thibodeaux", "Kealoha", "Van Buren", "St. John", "da Silva",
        "Ó Briain", "Wójcik", "Abu-Ghazaleh", "Pham", "Begay", "Rosenthal", "Goldberg-Levi", "Dubois",
        "Haddad", "Tanaka", "Osei", "Mensah", "Bianchi", "Esposito", "Kaur", "Singh", "Gonzalez",
        "Washington", "Kim", "Chen-Watanabe", "Yazzie", "Kuznetsov", "Adeyemi", "Lefebvre", "MacLeod",
        "Bergström", "Ramírez", "Ndlovu", "Horvath", "Quispe", "Fonoti", "Ben-David"]
CITIES = [("Duluth", "MN", "558", "218"), ("Toledo", "OH", "436", "419"), ("Bakersfield", "CA", "933", "661"),
          ("Lafayette", "LA", "705", "337"), ("Worcester", "MA", "016", "508"), ("Tacoma", "WA", "984", "253"),
          ("Albuquerque", "NM", "871", "505"), ("Macon", "GA", "312", "478"), ("Erie", "PA", "165", "814"),
          ("Billings", "MT", "591", "406"), ("Hilo", "HI", "967", "808"), ("Gallup", "NM", "873", "505"),
          ("Dearborn", "MI", "481", "313"), ("Paterson", "NJ", "075", "973"), ("El Paso", "TX", "799", "915"),
          ("Sioux Falls", "SD", "571", "605"), ("Chula Vista", "CA", "919", "619"), ("Lowell", "MA", "018", "978"),
          ("Cedar Rapids", "IA", "524", "319"), ("Shreveport", "LA", "711", "318"),
          ("Eau Claire", "WI", "547", "715"), ("St. Cloud", "MN", "563", "320")]
STREETS = ["Larkspur Ln", "Old Mill Rd", "W Cermak Rd", "Kalanianaole Ave", "Calle Ocho", "Beaumont St",
           "Birchwood Dr", "N 37th St", "Sandia Vista Ct NE", "Kamehameha Ave", "Pine Ridge Trl",
           "Orchard Hill Rd", "Fairmount Ave", "Via Esperanza", "Lakeshore Blvd", "Chestnut St",
           "Juniper Way", "Sherman Ave", "County Road 9", "Tallow Creek Rd", "Martin Luther King Jr Blvd",
           "Rue Bienville"]
UNITS = ["", "", "", " Apt 3B", " Unit 12", " #204", " Lot 47", " Apt 1"]
RELS = ["daughter", "son", "wife", "husband", "niece", "grandson", "partner", "sister", "son-in-law"]
MAILDOM = ["gmail.com", "yahoo.com", "comcast.net", "outlook.com", "icloud.com", "aol.com", "att.net",
           "centurylink.net", "hotmail.com"]
PUB_OCT = [24, 50, 67, 71, 73, 76, 98, 99, 107, 108, 174, 184, 68, 97]

PHYS = [("Alan", "Whitcombe", "1245319876"), ("Rekha", "Subramanian", "1568442093"),
        ("Jorge", "Villanueva-Ortiz", "1932207745"), ("Catherine", "Oduya", "1003876521")]
STAFF = [("kdelgado", "K. Delgado, RN"), ("mtruong", "Megan Truong, RN"), ("tholloway", "Tyrese Holloway, CCDS"),
         ("blindgren", "B. Lindgren, CEPS"), ("apatel2", "Anika Patel, RN"), ("jmorrow", "J. Morrow, RCIS")]
CLINIC = "Northridge Heart & Vascular Institute"
CLINIC_PH = "(651) 555-0100"
CLINIC_FAX = "(651) 555-0109"

MODELS = {
    ("MDT", "PM"): [("Azure XT DR MRI", "W1DR01"), ("Advisa DR MRI", "A3DR01"), ("Micra AV", "MC1AVR1")],
    ("MDT", "ICD"): [("Cobalt XT VR", "DVPA2D4"), ("Evera MRI XT DR", "DDMB2D4")],
    ("MDT", "CRT-D"): [("Cobalt XT HF Quad", "DTPA2QQ"), ("Claria MRI Quad", "DTMA1QQ")],
    ("MDT", "ILR"): [("LINQ II", "LNQ22"), ("Reveal LINQ", "LNQ11")],
    ("BSX", "PM"): [("ACCOLADE MRI", "L331"), ("ESSENTIO MRI", "L111")],
    ("BSX", "ICD"): [("RESONATE EL ICD", "D433"), ("PERCIVA ICD", "D512")],
    ("BSX", "CRT-D"): [("RESONATE X4 CRT-D", "G447")],
    ("BSX", "ILR"): [("LUX-Dx II+", "M312")],
    ("ABT", "PM"): [("Assurity MRI", "PM2272"), ("Aveir DR", "LSP202V")],
    ("ABT", "ICD"): [("Gallant VR", "CDVRA500Q"), ("Neutrino NxT DR", "CDDRA600Q")],
    ("ABT", "CRT-D"): [("Gallant HF", "CDHFA500Q")],
    ("ABT", "ILR"): [("Confirm Rx", "DM3500"), ("Assert-IQ", "DM5300")],
    ("BIO", "PM"): [("Edora 8 DR-T", "407145"), ("Enitra 8 DR-T", "436953")],
    ("BIO", "ICD"): [("Acticor 7 VR-T DX", "429525")],
    ("BIO", "CRT-D"): [("Rivacor 7 HF-T QP", "429533")],
    ("BIO", "ILR"): [("BIOMONITOR IIIm", "436066")],
}
MFR_NAME = {"MDT": "Medtronic", "BSX": "Boston Scientific", "ABT": "Abbott", "BIO": "Biotronik"}
LEAD_MODELS = {"MDT": ["CapSureFix Novus MRI 5076", "Sprint Quattro Secure 6947M", "Attain Performa 4298"],
               "BSX": ["INGEVITY+ 7841", "RELIANCE 4-FRONT 0693", "ACUITY X4 4677"],
               "ABT": ["Tendril STS 2088TC", "Durata 7122Q", "Quartet 1458Q"],
               "BIO": ["Solia S 60", "Plexa ProMRI S DX 65/15", "Sentus ProMRI OTW QP L-85/49"]}
MONITOR = {"MDT": "MyCareLink Smart 25000", "BSX": "LATITUDE Communicator 6290",
           "ABT": "Merlin@home EX1150", "BIO": "CardioMessenger Smart"}


def dg(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def dgnz(n):
    return R.choice("123456789") + dg(n - 1)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def luhn_complete(prefix, length):
    s = prefix + dg(length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return s + str((10 - tot % 10) % 10)


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalpha()).lower()


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    al = MBI_L + "0123456789"
    return (R.choice("123456789") + R.choice(MBI_L) + R.choice(al) + R.choice("0123456789")
            + R.choice(MBI_L) + R.choice(al) + R.choice("0123456789") + R.choice(MBI_L)
            + R.choice(MBI_L) + dg(2))


def dev_serial(mfr, kind):
    if mfr == "MDT":
        pre = {"PM": ["RNA", "PJE", "MWA"], "ICD": ["PZK", "BFH"], "CRT-D": ["BLC", "DTF"], "ILR": ["RLB", "RLA"]}[kind]
        return R.choice(pre) + dg(6) + R.choice("SHGN")
    if mfr == "BSX":
        return dgnz(6)
    if mfr == "ABT":
        return dgnz(7)
    return "6" + dg(7)


def lead_serial(mfr):
    if mfr == "MDT":
        return R.choice(["PJN", "LFN", "TDL"]) + dg(7)
    if mfr == "BSX":
        return dgnz(6)
    if mfr == "ABT":
        return R.choice(["CAX", "BBK", "LMQ"]) + dg(6)
    return dgnz(8)


def rdate(y0, y1):
    d0 = dt.date(y0, 1, 1).toordinal()
    d1 = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(d0, d1))


def gen_patient(i):
    sex = R.choice("FM")
    first = R.choice(FIRST_F if sex == "F" else FIRST_M)
    last = R.choice(LAST)
    by = R.randint(1926, 1934) if i % 6 == 0 else R.randint(1936, 1979)
    dob = dt.date(by, R.randint(1, 12), R.randint(1, 28))
    age = 2024 - dob.year - ((11, 18) < (dob.month, dob.day))
    city, st, zp, area = R.choice(CITIES)
    if R.random() < 0.5:
        exch, line = "555", "01" + dg(2)
    else:
        exch, line = str(R.randint(201, 989)), dg(4)
    mfr = R.choice(["MDT", "MDT", "BSX", "ABT", "BIO"])
    kind = R.choices(["PM", "ICD", "CRT-D", "ILR"], [35, 25, 12, 28])[0]
    mname, mno = R.choice(MODELS[(mfr, kind)])
    impl = rdate(2012, 2024)
    if impl > dt.date(2024, 11, 1):
        impl = dt.date(2024, 10, R.randint(1, 28))
    if kind == "PM" and mno in ("MC1AVR1", "LSP202V"):
        chambers = []
    else:
        chambers = {"PM": ["RA", "RV"], "ICD": ["RV"] if "VR" in mname else ["RA", "RV"],
                    "CRT-D": ["RA", "RV", "LV"], "ILR": []}[kind]
    leads = [{"ch": c, "model": R.choice(LEAD_MODELS[mfr]), "serial": lead_serial(mfr),
              "impl": impl if R.random() < 0.8 else rdate(2006, max(2006, impl.year))} for c in chambers]
    mon = {"MDT": lambda: "RZL" + dg(6) + "N", "BSX": lambda: dgnz(6), "ABT": lambda: dgnz(7),
           "BIO": lambda: "CM" + dg(8)}[mfr]()
    vpid = {"MDT": lambda: dgnz(9), "BSX": lambda: "P" + dg(8), "ABT": lambda: "MN-" + dg(7),
            "BIO": lambda: "HM" + dg(7)}[mfr]()
    em_user = R.choice([f"{ascii_fold(first)}.{ascii_fold(last)}", f"{ascii_fold(first)[0]}{ascii_fold(last)}{by % 100}",
                        f"{ascii_fold(last)}{ascii_fold(first)[:3]}", f"{ascii_fold(first)}{R.randint(1, 99)}"])
    rel_kind = R.choice(RELS)
    rel_first = R.choice(FIRST_F if rel_kind in ("daughter", "wife", "niece", "sister") else
                         FIRST_M if rel_kind in ("son", "husband", "grandson", "son-in-law") else FIRST_F + FIRST_M)
    rel_last = last if R.random() < 0.6 else R.choice(LAST)
    if age >= 65 or R.random() < 0.3:
        plan = ("Medicare", mbi())
    else:
        plan = R.choice([("BCBS", "XEH" + dg(9)), ("Aetna", "W" + dg(9)), ("UHC", dgnz(9) + "01"),
                         ("Medicaid", "MCD" + dg(8)), ("Humana", "H" + dg(8))])
    sess = dt.datetime(2024, 11, R.randint(10, 18), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    if sess > dt.datetime(2024, 11, 18, 5, 0):
        sess -= dt.timedelta(days=1)
    return {
        "sex": sex, "first": first, "last": last, "mid": R.choice("ABCDEJKLMRST"), "dob": dob, "age": age,
        "street": f"{R.randint(3, 9899)} {R.choice(STREETS)}{R.choice(UNITS)}", "city": city, "st": st,
        "zip": zp + dg(2), "phone": (area, exch, line),
        "mrn": R.choice(["E" + dg(7), "E" + dg(7), "00" + dg(6)]), "ssn": ssn(), "plan": plan,
        "acct": R.choice(["PA" + dg(8), dgnz(10), "A" + dg(9)]), "csn": "3" + dg(9),
        "email": f"{em_user}@{R.choice(MAILDOM)}", "portal_user": em_user.replace(".", "_")[:14],
        "rel": {"first": rel_first, "last": rel_last, "kind": rel_kind,
                "phone": (area, str(R.randint(201, 989)), dg(4))},
        "dev": {"mfr": mfr, "kind": kind, "model": mname, "model_no": mno, "serial": dev_serial(mfr, kind),
                "impl": impl, "leads": leads, "mon": mon, "mon_model": MONITOR[mfr]},
        "vpid": vpid, "ncdr": dgnz(8), "case": R.choice(["CL24-", "EP24-"]) + dg(5),
        "sess": sess, "appt": dt.datetime(2024, 11, 19) + dt.timedelta(days=R.randint(0, 110), hours=R.choice([8, 9, 10, 13, 14, 15]), minutes=R.choice([0, 15, 20, 40, 45])),
        "ip": f"{R.choice(PUB_OCT)}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}",
        "mac": "00:1B:8C:" + ":".join(hexs(2).upper() for _ in range(3)),
        "imei": luhn_complete("35" + dg(6), 15), "card": luhn_complete(R.choice(["4", "51", "37"]), 16),
    }


PATS = [gen_patient(i) for i in range(72)]


OLD = [p for p in PATS if p["age"] > 89]


def P():
    return R.choice(PATS)


def P_old(prob=0.4):
    return R.choice(OLD) if R.random() < prob else R.choice(PATS)


# ----------------------------------------------------------------------------- value formats
def nm_fl(p): return f"{p['first']} {p['last']}"
def nm_lf(p): return f"{p['last']}, {p['first']}"
def nm_LF(p): return f"{p['last'].upper()}, {p['first'].upper()}"
def nm_lfm(p): return f"{p['last']}, {p['first']} {p['mid']}."
def nm_i(p): return f"{p['first'][0]}. {p['last']}"
def nm_low(p): return f"{p['first'].lower()} {p['last'].lower()}"
def nm_FL(p): return f"{p['first'].upper()} {p['last'].upper()}"
def nm_hl7(p): return f"{p['last'].upper()}^{p['first'].upper()}^{p['mid']}"
def nm_file(p): return f"{ascii_fold(p['last']).upper()}_{ascii_fold(p['first']).upper()}"


NAMEF = [nm_fl, nm_lf, nm_LF, nm_lfm, nm_i, nm_fl, nm_lf, nm_low, nm_FL]


def anyname(p):
    return R.choice(NAMEF)(p)


def d_iso(d): return d.strftime("%Y-%m-%d")
def d_us(d): return d.strftime("%m/%d/%Y")
def d_uss(d): return f"{d.month}/{d.day}/{d.strftime('%y')}"
def d_usl(d): return f"{d.month}/{d.day}/{d.year}"
def d_hl7(d): return d.strftime("%Y%m%d")
def d_dmy(d): return d.strftime("%d-%b-%Y").upper()
def d_long(d): return f"{d.strftime('%B')} {d.day}, {d.year}"
def d_eu(d): return d.strftime("%d.%m.%Y")
def d_abbr(d): return f"{d.strftime('%b')} {d.day} {d.year}"
def d_dash(d): return d.strftime("%m-%d-%Y")


DATEF = [d_iso, d_us, d_uss, d_usl, d_dmy, d_long, d_abbr, d_dash, d_us]


def anydate(d):
    return R.choice(DATEF)(d)


def phone(ph, style=None):
    a, e, l = ph
    f = [f"({a}) {e}-{l}", f"{a}-{e}-{l}", f"{a}.{e}.{l}", f"{a}{e}{l}", f"+1 {a} {e} {l}",
         f"+1{a}{e}{l}", f"1-{a}-{e}-{l}", f"({a}){e}-{l}"]
    return f[style] if style is not None else R.choice(f)


def mbi_fmt(m):
    return R.choice([m, m, f"{m[:4]}-{m[4:7]}-{m[7:]}"])


def ssn_fmt(s):
    return R.choice([s, s, s.replace("-", ""), s.replace("-", " ")])


def lead_of(p, ch=None):
    ls = p["dev"]["leads"]
    if not ls:
        return None
    if ch:
        for x in ls:
            if x["ch"] == ch:
                return x
    return R.choice(ls)


def staff():
    return R.choice(STAFF)


def phys():
    return R.choice(PHYS)


def tx_id():
    return R.choice(["TX-", "T", "tx_"]) + hexs(10).upper()


def alert_id():
    return f"AL-{R.randint(2024000000, 2024999999)}"


def trace():
    return hexs(32), hexs(16)


def b64(n):
    raw = bytes(R.randint(0, 255) for _ in range(n))
    return base64.b64encode(raw).decode()


# ============================================================================ PHI blocks
def g_webhook():
    p = P(); d = p["dev"]; t = tick(); sess = p["sess"]
    F = "vendor_webhook_json"
    pre = f"{ts_py(t)} DEBUG webhooks.{ {'MDT': 'carelink', 'BSX': 'latitude', 'ABT': 'merlin', 'BIO': 'homemonitoring'}[d['mfr']] }: payload="
    if d["mfr"] == "BSX":
        return [mk(F, pre, '{"eventType":"', R.choice(["ALERT", "TRANSMISSION_COMPLETE", "MISSED_FOLLOWUP"]),
                   '","eventId":"', uuid4(), '","occurredAt":"', ts_z(t), '","clinicId":"NHVI-LAT-0042","patient":{"patientId":"',
                   (p["vpid"], "other_id"), '","firstName":"', (J(p["first"]), "name"), '","lastName":"', (J(p["last"]), "name"),
                   '","birthDate":"', (d_iso(p["dob"]), "date"), '"},"device":{"modelName":"', d["model"], '","modelNumber":"',
                   d["model_no"], '","serialNumber":"', (d["serial"], "device"), '"},"transmission":{"id":"', tx_id(),
                   '","sessionDate":"', (sess.strftime("%Y-%m-%dT%H:%M:%S") + "-06:00", "date"), '","alertCodes":["',
                   R.choice(["AT_AF_BURDEN_6H", "RV_PACING_IMPEDANCE_OOR", "VT_EPISODE", "BATTERY_ERI", "WEIGHT_GAIN"]), '"]}}')]
    if d["mfr"] == "MDT":
        return [mk(F, pre, '{"event":"', R.choice(["transmission_available", "cardiac_alert", "transmission_missed"]),
                   '","clinic_id":"', "10" + dg(5), '","patient_id":"', (p["vpid"], "other_id"), '","patient_name":"',
                   (J(nm_LF(p)), "name"), '","dob":"', (d_us(p["dob"]), "date"), '","device_serial":"', (d["serial"], "device"),
                   '","device_model":"', d["model_no"], '","session_datetime":"', (sess.strftime("%m/%d/%Y %H:%M"), "date"),
                   '","monitor":{"type":"', d["mon_model"], '","serial":"', (d["mon"], "device"), '"},"received_at":"', ts_z(t), '"}')]
    if d["mfr"] == "ABT":
        return [mk(F, pre, '{"NotificationType":"', R.choice(["DirectAlert", "ScheduledFollowUp", "UnscheduledTransmission"]),
                   '","PatientID":"', (p["vpid"], "other_id"), '","PatientName":{"Last":"', (J(p["last"]), "name"),
                   '","First":"', (J(p["first"]), "name"), '"},"DOB":"', (d_iso(p["dob"]), "date"), '","DeviceSN":"',
                   (d["serial"], "device"), '","DeviceModel":"', d["model_no"], '","TransmissionDateTime":"',
                   (sess.strftime("%Y-%m-%dT%H:%M:%S"), "date"), '","ClinicAccount":"NHVI-EP-01","RetryCount":', str(R.randint(0, 2)), "}")]
    return [mk(F, pre, '{"messageType":"', R.choice(["TRAFFIC_LIGHT_YELLOW", "TRAFFIC_LIGHT_RED", "PERIODIC_REPORT"]),
               '","hmPatientId":"', (p["vpid"], "other_id"), '","name":"', (J(nm_fl(p)), "name"), '","dateOfBirth":"',
               (d_eu(p["dob"]), "date"), '","implant":{"type":"', d["kind"], '","model":"', d["model_no"], '","serialNo":"',
               (d["serial"], "device"), '","implantDate":"', (d_eu(d["impl"]), "date"), '"},"eventDate":"',
               (d_eu(sess.date()), "date"), '","transmitter":"', (d["mon"], "device"), '"}')]


def g_py_match():
    p = P(); d = p["dev"]; t = tick(); F = "python_logging"
    r = R.random()
    if r < 0.3:
        return [mk(F, f"{ts_py(t)} INFO remote_ingest.matcher: matched {tx_id()} to MRN ", (p["mrn"], "mrn"), " (",
                   (nm_LF(p), "name"), ") via serial ", (d["serial"], "device"), f" confidence=1.00 rule=serial_exact")]
    if r < 0.5:
        q = P()
        return [mk(F, f"{ts_py(t)} WARNING remote_ingest.matcher: no exact match for serial ", (d["serial"], "device"),
                   f" ({d['model_no']}); demographic candidates=2"),
                mk(F, f"{ts_py(tick(0, 1))} WARNING remote_ingest.matcher:   cand[0] name=", (nm_lf(p), "name"), " dob=",
                   (d_iso(p["dob"]), "date"), " mrn=", (p["mrn"], "mrn"), " score=0.91"),
                mk(F, f"{ts_py(tick(0, 1))} WARNING remote_ingest.matcher:   cand[1] name=", (nm_lf(q), "name"), " dob=",
                   (d_iso(q["dob"]), "date"), " mrn=", (q["mrn"], "mrn"), " score=0.44")]
    if r < 0.7:
        return [mk(F, f"{ts_py(t)} ERROR remote_ingest.db: IntegrityError: duplicate key value violates unique constraint \"patient_device_serial_uq\" DETAIL:  Key (serial_no)=(",
                   (d["serial"], "device"), ") already exists.")]
    if r < 0.85:
        return [mk(F, f"{ts_py(t)} INFO remote_ingest.scheduler: next remote follow-up for ", (p["mrn"], "mrn"), " set to ",
                   (d_iso(p["appt"].date()), "date"), f" (interval=91d, device={d['kind']})")]
    return [mk(F, f"{ts_py(t)} DEBUG remote_ingest.idco: session header parsed patient='", (nm_fl(p), "name"),
               "' sess_dtm=", (p["sess"].strftime("%Y%m%d%H%M%S"), "date"), f" vendor={d['mfr']} obx_count={R.randint(80, 240)}")]


def g_logback_phi():
    p = P(); d = p["dev"]; t = tick(); F = "java_logback"
    thr = R.choice(["hl7-mllp-worker-3", "hl7-mllp-worker-1", "pool-4-thread-2", "idco-consumer-0", "http-nio-8443-exec-7"])
    r = R.random()
    if r < 0.35:
        return [mk(F, f"{ts_java(t)} [{thr}] INFO  o.n.idco.OruR01Handler - ORU^R01 ctrl={R.choice(['PA', 'LAT'])}{dg(10)} PID-3=",
                   (p["mrn"], "mrn"), " PID-5=", (nm_hl7(p), "name"), " OBX=", str(R.randint(40, 190)), " serial=",
                   (d["serial"], "device"), f" elapsed={R.randint(8, 140)}ms")]
    if r < 0.6:
        bad = p["dob"].strftime("%Y%m%d")[:7]
        return [mk(F, f"{ts_java(t)} [{thr}] ERROR o.n.idco.OruR01Handler - rejecting message ctrl=MDT{dg(12)}: ca.uhn.hl7v2.model.DataTypeException: Invalid date/time in PID-7: '",
                   (bad, "date"), "' (patient ", (p["mrn"], "mrn"), ")"),
                mk(F, "ca.uhn.hl7v2.model.DataTypeException: The length of the date/time value must be between 4 and 24"),
                mk(F, "\tat ca.uhn.hl7v2.model.primitive.CommonTS.setValue(CommonTS.java:298)"),
                mk(F, "\tat org.northridge.idco.mapping.PidMapper.birthDate(PidMapper.java:87)"),
                mk(F, "\t... 14 common frames omitted")]
    if r < 0.8:
        return [mk(F, f"{ts_java(t)} [{thr}] WARN  o.n.registry.NcdrRowValidator - row {R.randint(2, 400)}: ProcedureDate ",
                   (d_us(d["impl"]), "date"), " precedes ArrivalDate for NCDRPatientID=", (p["ncdr"], "other_id"), " (DQR rule 4005)")]
    ld = lead_of(p) or {"ch": "RV", "serial": lead_serial(d["mfr"]), "impl": d["impl"]}
    return [mk(F, f"{ts_java(t)} [{thr}] DEBUG o.n.device.LeadRegistryService - lead chnl={ld['ch']} serial=",
               (ld["serial"], "device"), " implanted=",
               (d_iso(ld["impl"]), "date"), " patientKey=", (p["mrn"], "mrn"), " advisory=NONE")]


OBXDEF = [
    ("NM", "737840", "MDC_IDC_MSMT_BATTERY_VOLTAGE", lambda: f"{R.uniform(2.6, 3.2):.2f}", "V^V^UCUM"),
    ("NM", "737844", "MDC_IDC_MSMT_BATTERY_REMAINING_LONGEVITY", lambda: str(R.randint(2, 140)), "mo^months^UCUM"),
    ("NM", "737952", "MDC_IDC_MSMT_LEADCHNL_RV_IMPEDANCE_VALUE", lambda: str(R.randint(320, 980)), "Ohm^Ohm^UCUM"),
    ("NM", "737920", "MDC_IDC_MSMT_LEADCHNL_RA_SENSING_INTR_AMPL", lambda: f"{R.uniform(0.8, 4.5):.1f}", "mV^mV^UCUM"),
    ("NM", "737928", "MDC_IDC_MSMT_LEADCHNL_RV_PACING_THRESHOLD_AMPLITUDE", lambda: f"{R.choice([0.5, 0.625, 0.75, 1.0, 1.25])}", "V^V^UCUM"),
    ("NM", "738016", "MDC_IDC_STAT_BRADY_RV_PERCENT_PACED", lambda: f"{R.uniform(0, 99.9):.1f}", "%^%^UCUM"),
    ("NM", "738044", "MDC_IDC_STAT_AT_BURDEN_PERCENT", lambda: f"{R.uniform(0, 35):.1f}", "%^%^UCUM"),
    ("NM", "737824", "MDC_IDC_STAT_TACHYTHERAPY_SHOCKS_DELIVERED_RECENT", lambda: str(R.choice([0, 0, 0, 1, 2])), ""),
    ("NM", "737888", "MDC_IDC_STAT_TACHYTHERAPY_ATP_DELIVERED_RECENT", lambda: str(R.choice([0, 0, 3, 6])), ""),
    ("NM", "738000", "MDC_IDC_STAT_EPISODE_RECENT_COUNT", lambda: str(R.randint(0, 9)), ""),
    ("NM", "730177", "MDC_IDC_SET_BRADY_LOWRATE", lambda: str(R.choice([40, 50, 60, 70])), "{beats}/min^{beats}/min^UCUM"),
]


def g_hl7_idco():
    p = P(); d = p["dev"]; t = tick(2, 9); F = "hl7_oru_idco"
    snd = {"MDT": "CARELINK^MDT", "BSX": "LATITUDE^BSX", "ABT": "MERLIN.NET^SJM", "BIO": "HMSC^BIO"}[d["mfr"]]
    ctrl = f"{d['mfr']}{t.strftime('%y%m%d')}{dg(6)}"
    L = [mk(F, f"MSH|^~\\&|{snd}|PACEART^NHVI|EPIC|NHVI|{ts_hl7(t)}-0600||ORU^R01^ORU_R01|{ctrl}|P|2.6|||AL|NE|||||IHE_PCD_ORU_R01^IHE PCD^1.3.6.1.4.1.19376.1.6.1.9.1^ISO")]
    parts = ["PID|1||", (p["mrn"], "mrn"), "^^^NHVI^MR~MODEL:", d["model_no"], "/SERIAL:", (d["serial"], "device"),
             f"^^^{d['mfr']}^U||", (nm_hl7(p), "name"), "||", (d_hl7(p["dob"]), "date"), f"|{p['sex']}|||",
             (p["street"], "address"), "^^", (p["city"], "address"), f"^{p['st']}^", (p["zip"], "zip"), "^USA||",
             (phone(p["phone"], 7), "phone"), "^PRN^PH|||||", (p["acct"], "account")]
    if R.random() < 0.35:
        parts += ["|", (p["ssn"], "ssn")]
    L.append(mk(F, *parts))
    ph = phys()
    L.append(mk(F, f"PV1|1|R|DEVCLINIC^^^NHVI||||{ph[2]}^{ph[1].upper()}^{ph[0].upper()}^^^^MD^^^^NPI|||CAR||||||||R|", (p["csn"], "other_id")))
    stype = R.choice(["754053^MDC_IDC_ENUM_SESS_TYPE_RemoteScheduled^MDC", "754052^MDC_IDC_ENUM_SESS_TYPE_RemoteUnscheduled^MDC",
                      "754050^MDC_IDC_ENUM_SESS_TYPE_InClinic^MDC"])
    sess_s = p["sess"].strftime("%Y%m%d%H%M%S")
    L.append(mk(F, f"OBR|1|{dg(8)}^EPIC|{tx_id()}^{d['mfr']}|{stype}|||", (sess_s, "date"),
                f"||||||||{ph[2]}^{ph[1].upper()}^{ph[0].upper()}||||||{ts_hl7(t)}||EP|F"))
    n = 0

    def obx(vt, code, name, val_parts, units="", sub=""):
        nonlocal n
        n += 1
        vp = val_parts if isinstance(val_parts, list) else [val_parts]
        L.append(mk(F, f"OBX|{n}|{vt}|{code}^{name}^MDC|{sub}|", *vp, f"|{units}|||||F"))

    dtype = {"PM": "753665^MDC_IDC_ENUM_DEV_TYPE_IPG", "ICD": "753666^MDC_IDC_ENUM_DEV_TYPE_ICD",
             "CRT-D": "753667^MDC_IDC_ENUM_DEV_TYPE_CRT-D", "ILR": "753670^MDC_IDC_ENUM_DEV_TYPE_ILR"}[d["kind"]]
    obx("CWE", "720897", "MDC_IDC_DEV_TYPE", dtype + "^MDC")
    obx("ST", "720898", "MDC_IDC_DEV_MODEL", d["model_no"])
    obx("ST", "720899", "MDC_IDC_DEV_SERIAL", [(d["serial"], "device")])
    obx("CWE", "720900", "MDC_IDC_DEV_MFG", f"{d['mfr']}^{MFR_NAME[d['mfr']]}^MDC")
    if R.random() < 0.7:
        obx("DTM", "720901", "MDC_IDC_DEV_IMPLANT_DT", [(d_hl7(d["impl"]), "date")])
    obx("DTM", "721025", "MDC_IDC_SESS_DTM", [(sess_s + "-0600", "date")])
    obx("CWE", "721026", "MDC_IDC_SESS_TYPE", stype)
    bs = R.choice(["BOS", "BOS", "BOS", "RRT", "ERI"])
    obx("CWE", "737836", "MDC_IDC_MSMT_BATTERY_STATUS", f"MDC_IDC_ENUM_BATTERY_STATUS_{bs}^{bs}^MDC")
    for i, ld in enumerate(d["leads"][:2], 1):
        obx("ST", "720963", "MDC_IDC_LEAD_SERIAL", [(ld["serial"], "device")], sub=str(i))
        if R.random() < 0.5:
            obx("DTM", "720964", "MDC_IDC_LEAD_IMPLANT_DT", [(d_hl7(ld["impl"]), "date")], sub=str(i))
        obx("CWE", "720966", "MDC_IDC_LEAD_LOCATION", f"MDC_IDC_ENUM_LEAD_LOCATION_{ld['ch']}^{ld['ch']}^MDC", sub=str(i))
    for dfn in R.sample(OBXDEF, R.randint(3, 6)):
        obx(dfn[0], dfn[1], dfn[2], dfn[3](), dfn[4])
    if R.random() < 0.4:
        n += 1
        L.append(mk(F, f"OBX|{n}|ED|18750-0^Cardiac electrophysiology report^LN||^application^pdf^Base64^JVBERi0xLjcKJeLjz9MK{b64(36)}...(truncated {R.randint(80, 400)}KB)||||||F"))
    return L


def g_mirth_raw():
    p = P(); d = p["dev"]; t = tick(); F = "mirth_channel_log"
    ctrl = f"LAT{dg(11)}"
    segs_head = f"MSH|^~\\&|LATITUDE^BSX|NHVI|PACEART|NHVI|{ts_hl7(t)}||ORU^R01^ORU_R01|{ctrl}|P|2.6\\r"
    ln = mk(F, f" INFO  {ts_java(t)} [IDCO_Inbound Source Thread on IDCO_Inbound (7a1c{hexs(4)}-...), Tcp Listener 6661] c.m.c.c.tcp.TcpReceiver: raw=",
            segs_head, "PID|||", (p["mrn"], "mrn"), "^^^NHVI^MR||", (nm_hl7(p), "name"), "||", (d_hl7(p["dob"]), "date"),
            f"|{p['sex']}\\rOBR|1||{tx_id()}|754053^MDC_IDC_ENUM_SESS_TYPE_RemoteScheduled^MDC|||",
            (p["sess"].strftime("%Y%m%d%H%M"), "date"), "\\rOBX|1|ST|720899^MDC_IDC_DEV_SERIAL^MDC||", (d["serial"], "device"),
            "||||||F\\rOBX|2|CWE|737836^MDC_IDC_MSMT_BATTERY_STATUS^MDC||MDC_IDC_ENUM_BATTERY_STATUS_BOS^BOS^MDC||||||F\\r")
    out = [ln]
    if R.random() < 0.6:
        out.append(mk(F, f" INFO  {ts_java(tick(0, 1))} [IDCO_Inbound Destination 1] c.m.c.s.c.JavaScriptDispatcher: ACK sent MSH|^~\\&|PACEART|NHVI|LATITUDE^BSX|NHVI|{ts_hl7(t)}||ACK^R01^ACK|{hexs(8)}|P|2.6\\rMSA|AA|{ctrl}\\r"))
    return out


def g_csv_export():
    F = "paceart_csv"; t = tick()
    out = [mk(F, "Patient ID,Last Name,First Name,DOB,Mfr,Model,Serial,Implant Date,Transmission Date,Battery,RV Imp (ohm),AF Burden %,Alerts,Reviewed By")]
    for _ in range(R.randint(3, 6)):
        p = P(); d = p["dev"]
        lastv = f'"{p["last"]}"' if " " in p["last"] else p["last"]
        parts = [(p["mrn"], "mrn"), ","]
        if lastv.startswith('"'):
            parts += ['"', (p["last"], "name"), '",']
        else:
            parts += [(p["last"], "name"), ","]
        parts += [(p["first"], "name"), ",", (d_us(p["dob"]), "date"), f",{d['mfr']},{d['model_no']},",
                  (d["serial"], "device"), ",", (d_us(d["impl"]), "date"), ",", (p["sess"].strftime("%m/%d/%Y %H:%M"), "date"),
                  f",{R.choice(['BOS', 'BOS', 'RRT', 'ERI', ''])},{R.randint(310, 1100) if d['leads'] else ''},{R.uniform(0, 40):.1f},",
                  R.choice(["", "AT/AF > 6h", "VT-NS x3", "Lead imp OOR", "Pause > 3s", "Brady"]), ",",
                  R.choice(["", "", "tholloway", "kdelgado"])]
        out.append(mk(F, *parts))
    out.append(mk(F, f"# {len(out) - 1} rows exported by svc_paceart_export at {ts_off(t)} query=remote_last_24h sha1={hexs(40)}"))
    return out


def g_idco_xml():
    p = P(); d = p["dev"]; F = "idco_xml"
    L = [mk(F, '<?xml version="1.0" encoding="UTF-8"?>'),
         mk(F, f'<IDCExport xmlns="urn:ihe:pcd:idco:2014" vendor="{d["mfr"]}" schemaVersion="1.4" exportId="{uuid4()}">'),
         mk(F, "  <Patient>"),
         mk(F, "    <PatientId type=\"vendor\">", (p["vpid"], "other_id"), "</PatientId>"),
         mk(F, "    <Name><Last>", (X(p["last"]), "name"), "</Last><First>", (X(p["first"]), "name"), "</First></Name>"),
         mk(F, "    <BirthDate>", (d_iso(p["dob"]), "date"), f"</BirthDate><Gender>{p['sex']}</Gender>"),
         mk(F, "  </Patient>"),
         mk(F, f"  <Device type=\"{d['kind']}\" mfg=\"{d['mfr']}\">"),
         mk(F, f"    <Model>{X(d['model'])} {d['model_no']}</Model>"),
         mk(F, "    <SerialNumber>", (d["serial"], "device"), "</SerialNumber>"),
         mk(F, "    <ImplantDate>", (d_iso(d["impl"]), "date"), "</ImplantDate>"),
         mk(F, "  </Device>"),
         mk(F, "  <Session dtm=\"", (p["sess"].strftime("%Y-%m-%dT%H:%M:%S"), "date"), "\" type=\"RemoteScheduled\" reprogrammed=\"false\"/>"),
         mk(F, f"  <Battery status=\"{R.choice(['BOS', 'BOS', 'RRT'])}\" voltage=\"{R.uniform(2.7, 3.2):.2f}\" remainingLongevity=\"{R.randint(6, 130)}\" unit=\"mo\"/>")]
    for ld in d["leads"][:2]:
        L.append(mk(F, f"  <LeadChannel chamber=\"{ld['ch']}\" impedance=\"{R.randint(300, 900)}\" sensing=\"{R.uniform(1, 15):.1f}\" threshold=\"{R.choice(['0.5', '0.75', '1.0'])}@0.4ms\"/>"))
    L.append(mk(F, f"  <Statistics atBurdenPct=\"{R.uniform(0, 20):.1f}\" vtEpisodes=\"{R.randint(0, 4)}\" shocks=\"0\" rvPacedPct=\"{R.uniform(0, 99):.1f}\"/>"))
    L.append(mk(F, "</IDCExport>"))
    return L


NCDR_HDR = "PartID,NCDRPatientID,LastName,FirstName,MidName,SSN,SSNNA,OtherID,BirthDate,Sex,ZipCode,ZipCodeNA,HICNumber,ArrivalDate,ProcedureDate,DischargeDate,ProcType,DeviceModel,DeviceSerNo,LeadSerNo,ImplantPhysNPI,DCStatus"


def g_ncdr_csv():
    F = "ncdr_csv"
    out = [mk(F, NCDR_HDR)]
    for _ in range(R.randint(2, 4)):
        p = P(); d = p["dev"]
        arr = d["impl"] - dt.timedelta(days=R.choice([0, 0, 1, 2]))
        dc = d["impl"] + dt.timedelta(days=R.choice([0, 1, 1, 2, 4]))
        ld = lead_of(p)
        has_ssn = R.random() < 0.75
        parts = ["104592,", (p["ncdr"], "other_id"), ",", (p["last"].upper(), "name"), ",", (p["first"].upper(), "name"), f",{p['mid']},"]
        parts += [(p["ssn"].replace("-", ""), "ssn"), ",0,"] if has_ssn else [",1,"]
        parts += [(p["mrn"], "mrn"), ",", (d_us(p["dob"]), "date"), f",{'1' if p['sex'] == 'M' else '2'},", (p["zip"], "zip"), ",0,"]
        parts += [(p["plan"][1], "health_plan")] if p["plan"][0] == "Medicare" else [""]
        parts += [",", (d_us(arr), "date"), ",", (d_us(d["impl"]), "date"), ",", (d_us(dc), "date"),
                  f",{R.choice(['1', '2', '3'])},{d['model_no']},", (d["serial"], "device"), ","]
        if ld:
            parts.append((ld["serial"], "device"))
        parts.append(f",{phys()[2]},{R.choice(['1', '1', '2'])}")
        out.append(mk(F, *parts))
    return out


def g_ncdr_xml():
    p = P(); d = p["dev"]; F = "ncdr_xml"
    ph = phys()
    L = [mk(F, f'<submission xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" registry="EPDI" version="2.3" partId="104592" timeframe="2024Q4" transmissionNumber="{R.randint(10, 99)}">'),
         mk(F, '  <patient ncdrPatientId="', (p["ncdr"], "other_id"), '">'),
         mk(F, '    <section code="DEMOGRAPHICS">'),
         mk(F, '      <element code="2000" displayName="Last Name"><value xsi:type="LN" value="', (X(p["last"]), "name"), '"/></element>'),
         mk(F, '      <element code="2010" displayName="First Name"><value xsi:type="FN" value="', (X(p["first"]), "name"), '"/></element>'),
         mk(F, '      <element code="2030" displayName="SSN"><value xsi:type="ST" value="', (p["ssn"].replace("-", ""), "ssn"), '"/></element>'),
         mk(F, '      <element code="2045" displayName="Other ID"><value xsi:type="ST" value="', (p["mrn"], "mrn"), '"/></element>'),
         mk(F, '      <element code="2050" displayName="Birth Date"><value xsi:type="DT" value="', (d_iso(p["dob"]), "date"), '"/></element>'),
         mk(F, f'      <element code="2060" displayName="Sex"><value xsi:type="CD" code="{"M" if p["sex"] == "M" else "F"}" codeSystem="2.16.840.1.113883.5.1"/></element>'),
         mk(F, '      <element code="2065" displayName="Patient Zip Code"><value xsi:type="ST" value="', (p["zip"], "zip"), '"/></element>'),
         mk(F, '    </section>'),
         mk(F, '    <section code="EPISODE">'),
         mk(F, '      <element code="3001" displayName="Arrival Date"><value xsi:type="DT" value="', (d_iso(d["impl"]), "date"), '"/></element>'),
         mk(F, '      <element code="4245" displayName="Procedure Date"><value xsi:type="DT" value="', (d_iso(d["impl"]), "date"), '"/></element>'),
         mk(F, f'      <element code="6340" displayName="Implanting Physician NPI"><value xsi:type="NUM" value="{ph[2]}"/></element>'),
         mk(F, '      <element code="6930" displayName="' + ("ICD" if d["kind"] in ("ICD", "CRT-D") else "Device") + ' Serial Number"><value xsi:type="ST" value="', (d["serial"], "device"), '"/></element>'),
         mk(F, f'      <element code="6925" displayName="ICD Model"><value xsi:type="CD" code="{d["model_no"]}" codeSystem="2.16.840.1.113883.3.3478.6.1.10"/></element>'),
         mk(F, '    </section>'),
         mk(F, '  </patient>')]
    return L


def g_hemo():
    p = P_old(); F = "hemo_recording"; room = R.choice(["CATH1", "CATH2", "EP3", "HYBRID"])
    host = f"MLAB-{room}"
    out = []
    t = tick()
    proc = R.choice(["R&L Heart Cath", "LHC/Cor Angio", "EP Study + AVNRT ablation", "PPM Dual Chamber Implant", "ICD Generator Change", "ILR Insertion"])
    out.append(mk(F, f"{ts_java(t)}|{host}|INFO |StudyManager|Study opened case=", (p["case"], "other_id"), " pt=\"",
                  (nm_hl7(p).rsplit("^", 1)[0], "name"), "\" MRN=", (p["mrn"], "mrn"), " DOB=", (d_hl7(p["dob"]), "date"),
                  f" proc=\"{proc}\" operator={phys()[1].upper()}"))
    agev = (str(p["age"]), "age") if p["age"] > 89 else str(p["age"])
    out.append(mk(F, f"{ts_java(tick(1, 5))}|{host}|INFO |PatientBanner|age=", agev, f"y sex={p['sex']} ht=1{R.randint(50, 88)}cm wt={R.randint(48, 120)}kg BSA={R.uniform(1.4, 2.3):.2f}"))
    for _ in range(R.randint(3, 8)):
        tt = tick(3, 40)
        kind = R.random()
        if kind < 0.2:
            out.append(mk(F, f"{ts_java(tt)}|{host}|INFO |Transducer|zero OK ch=P{R.randint(1, 4)} offset={R.uniform(-1.5, 1.5):.1f}mmHg"))
        elif kind < 0.55:
            ch, site, s, dd = R.choice([("AO", "asc ao", R.randint(100, 170), R.randint(55, 90)), ("LV", "LV apex", R.randint(100, 170), R.randint(4, 22)),
                                        ("RV", "RVOT", R.randint(22, 60), R.randint(2, 12)), ("PA", "PA main", R.randint(20, 65), R.randint(8, 30))])
            out.append(mk(F, f"{ts_java(tt)}|{host}|INFO |Measure|{ch} {s}/{dd} ({(s + 2 * dd) // 3}) mmHg HR {R.randint(48, 110)} site={site}"))
        elif kind < 0.7:
            out.append(mk(F, f"{ts_java(tt)}|{host}|INFO |Calc|Fick CO={R.uniform(3.2, 6.5):.2f} L/min CI={R.uniform(1.8, 3.6):.2f} SVR={R.randint(800, 1600)} PVR={R.uniform(0.8, 4.2):.1f}WU"))
        elif kind < 0.8:
            out.append(mk(F, f"{ts_java(tt)}|{host}|WARN |Amplifier|lead II noise {R.randint(40, 90)}% for {R.randint(2, 12)}s; notch 60Hz on"))
        elif kind < 0.9:
            out.append(mk(F, f"{ts_java(tt)}|{host}|INFO |Event|{R.choice(['Heparin 5000 U IV', 'Contrast 40 mL', 'Isoproterenol 1 mcg/min', 'Sheath 6Fr R radial', 'AH 82ms HV 46ms'])}"))
        else:
            out.append(mk(F, f"{ts_java(tt)}|{host}|INFO |Stim|S1S2 600/{R.randint(240, 400)} ms, ERP reached, induced={R.choice(['none', 'AVNRT CL 340', 'AT'])}"))
    e = R.random()
    tt = tick(5, 30)
    if e < 0.5:
        out.append(mk(F, f"{ts_java(tt)}|{host}|INFO |Export|DICOM SR sent to PACS AE=NHVI_PACS acc={R.randint(10000000, 99999999)} case=", (p["case"], "other_id"), f" status=0x0000"))
    else:
        out.append(mk(F, f"{ts_java(tt)}|{host}|INFO |Export|report PDF written \\\\epfs01\\hemo$\\{t.strftime('%Y')}\\", (nm_file(p), "name"), "_",
                      (d_hl7(t.date()), "date"), f"_{room}.pdf ({R.randint(180, 900)} KB)"))
    out.append(mk(F, f"{ts_java(tick(1, 5))}|{host}|INFO |StudyManager|Study closed duration={R.randint(25, 190)}min"))
    return out


def g_nurse_note():
    p = P_old(); d = p["dev"]; F = "nurse_interrogation_note"
    t = tick()
    nid = f"N{dg(9)}"
    pref = f"notes-import[{R.randint(2000, 9999)}]: {nid} "
    ld = lead_of(p)
    rn = staff()[1]
    age_parts = [(str(p["age"]), "age"), R.choice([" y/o ", " yo ", "-year-old "])] if p["age"] > 89 else [f"{p['age']} y/o "]
    lines = [
        [pref, "L01: DEVICE CLINIC - ", R.choice(["REMOTE", "IN-CLINIC"]), " INTERROGATION  Pt: ", (nm_LF(p), "name"), "  DOB: ", (d_us(p["dob"]), "date"), "  MRN: ", (p["mrn"], "mrn")],
        [pref, "L02: ", *age_parts, "M" if p["sex"] == "M" else "F", f" s/p {d['kind']} ({MFR_NAME[d['mfr']]} {d['model']}, SN ", (d["serial"], "device"), ") implanted ", (d_uss(d["impl"]), "date"), " by Dr. " + phys()[1] + "."],
        [pref, (f"L03: R-wave {R.uniform(0.2, 1.2):.2f} mV, sensing appropriate. Batt {R.choice(['OK', 'OK', '>2 yrs', 'RRT'])}. Reviewed {R.randint(2, 30)} stored ECGs."
                if d["kind"] == "ILR" else
                f"L03: Presenting rhythm {R.choice(['AS-VP', 'AP-VP', 'AS-VS', 'AF w/ CVR', 'SR w/ 1st deg AVB'])}. Batt {R.choice(['OK', 'OK', 'RRT', '7.5 yrs'])}. Underlying {R.choice(['SB 40s', 'CHB, escape 30s', 'SR 70s', 'not tested'])}.")],
    ]
    if ld:
        lines.append([pref, f"L04: {ld['ch']} lead ({ld['model']}, SN ", (ld["serial"], "device"), f") imp {R.randint(350, 900)} ohm, sense {R.uniform(1, 14):.1f} mV, thr {R.choice(['0.5', '0.75', '1.0', '1.25'])} V @ 0.4 ms - stable."])
    lines.append([pref, f"L0{len(lines) + 1}: Episodes: {R.choice(['none', '2 AHRE, longest 14 min', 'AF burden 3.1%', '1 NSVT 9 beats', 'VT treated w/ ATP x1, successful'])}. No changes made."])
    if R.random() < 0.6:
        lines.append([pref, f"L0{len(lines) + 1}: Next remote ", (d_uss(p["appt"].date()), "date"), f"; in-clinic in 12 mo. Pt verbalized understanding. -- {rn}"])
    else:
        lines.append([pref, f"L0{len(lines) + 1}: Called pt at ", (phone(p["phone"]), "phone"), f", LVM re: results. -- {rn}"])
    if R.random() < 0.3:
        # single-line escaped variant
        joined = []
        for ln in lines:
            seg = ln[1:]
            seg[0] = seg[0][5:] if isinstance(seg[0], str) else seg[0]
            joined += seg + ["\\n"]
        return [mk(F, f"{ts_py(t)} INFO ehr_bridge.notes: note_id={nid} type=DEVICE_CHECK text=\"", *joined[:-1], "\"")]
    return [mk(F, *ln) for ln in lines]


def g_win_print():
    p = P(); t = tick(); F = "windows_event"
    u = staff()[0]
    r = R.random()
    if r < 0.6:
        doc = R.choice(["Remote Follow-up", "Device Interrogation", "Hemo Report"])
        return [mk(F, f"{ts_win(t)}\tInformation\tMicrosoft-Windows-PrintService\t307\tPrinting a document\tDocument {R.randint(10, 400)}, {doc} - ",
                   (nm_LF(p), "name"), " - ", (d_dash(p["sess"].date()), "date"), f".pdf owned by {u} on EPCLINIC-WS0{R.randint(1, 9)} was printed on EP-CLINIC-HP4 through port 10.40.8.21. Size in bytes: {R.randint(90000, 900000)}. Pages printed: {R.randint(2, 14)}. No user action is required.")]
    d = p["dev"]
    return [mk(F, f"<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\"><System><Provider Name=\"PaceartIntegration\"/><EventID>5002</EventID><Level>3</Level><TimeCreated SystemTime=\"{ts_z(t)}\"/><Computer>EPINT-APP02.nhvi.local</Computer></System><EventData><Data>Unmatched transmission: serial=",
               (d["serial"], "device"), f" model={d['model_no']} session=", (p["sess"].strftime("%Y-%m-%d %H:%M"), "date"), "</Data></EventData></Event>")]


def g_fax_phi():
    p = P(); t = tick(); F = "fax_server"
    r = R.random()
    doc = f"FX{t.strftime('%y%m%d')}{dg(5)}"
    if r < 0.45:
        return [mk(F, f"{ts_java(t)} RECV  ch=04 DocID={doc} CSID=\"{R.choice(['TRI COUNTY CARDIO', 'MEDTRONIC CRHF', 'ST LUKES HIM', 'DULUTH HEART CLINIC'])}\" pages={R.randint(1, 12)} dur=00:0{R.randint(0, 5)}:{R.randint(10, 59)} status=OK"),
                mk(F, f"{ts_java(tick(2, 20))} ROUTE DocID={doc} ocr_conf=0.{R.randint(70, 98)} matched=\"RE: ", (nm_fl(p), "name"), " DOB ", (d_us(p["dob"]), "date"),
                   "\" -> MRN ", (p["mrn"], "mrn"), " queue=DEVICE_CLINIC_INBOX")]
    if r < 0.7:
        rel = p["rel"]
        return [mk(F, f"{ts_java(t)} RECV  ch=02 DocID={doc} CSID=\"\" ANI=", (phone(rel["phone"], 3), "fax"), f" pages=2 status=OK note=\"cover: from ",
                    (f"{rel['first']} {rel['last']}", "name"), f" ({rel['kind']} of ", (nm_fl(p), "name"), ") - insurance card + med list\"")]
    return [mk(F, f"{ts_java(t)} SEND  ch=07 DocID={doc} to=1{R.choice(['218', '715', '320'])}555{R.randint(100, 199):04d} from=NHVI-DEVICE subject=\"Remote transmission summary - ",
               (nm_i(p), "name"), " - SN ", (p["dev"]["serial"], "device"), "\" pages=3 status=OK tries=1")]


def g_phone_note():
    p = P_old(); t = tick(); F = "telephone_encounter"
    rel = p["rel"]; u = staff()
    who = R.random()
    if who < 0.4:
        txt = [f"TE {t.strftime('%m/%d/%y %H%M')} {u[1]}: Spoke w/ pt's {rel['kind']} ", (f"{rel['first']} {rel['last']}", "name"), " at ",
               (phone(rel["phone"]), "phone"), " re: missed remote transmission since ", (d_uss(p["sess"].date() - dt.timedelta(days=R.randint(30, 90))), "date"),
               f". {R.choice(['Monitor unplugged during move', 'Bedside monitor has no signal', 'Pt was hospitalized at outside facility'])}; instructed to send manual transmission."]
    elif who < 0.7:
        agep = [", ", (str(p["age"]), "age"), " y/o"] if p["age"] > 89 else []
        txt = [f"TE {t.strftime('%m/%d/%y %H%M')} {u[1]}: Pt ", (anyname(p), "name"), " (", (p["mrn"], "mrn"), *agep, ") called, reports ",
               R.choice(["feeling a shock while mowing", "dizziness x2 days", "palpitations at night", "swelling at pocket site"]),
               ". Requested manual send. Callback # ", (phone(p["phone"]), "phone"), f". Routed to Dr. {phys()[1]}."]
    else:
        txt = [f"TE {t.strftime('%m/%d/%y %H%M')} {u[1]}: LVM for ", (nm_lf(p), "name"), " to confirm appt ", (p["appt"].strftime("%m/%d/%Y %I:%M %p"), "date"),
               f" (device check + {R.choice(['ECG', 'CXR', 'BMP'])}). Pt email on file ", (p["email"], "email"), " - sent MyChart msg too."]
    out = [mk(F, *txt)]
    if R.random() < 0.35:
        out.append(mk(F, f"TE addendum {tick(60, 600).strftime('%H%M')} {u[1]}: manual transmission received, no arrhythmia, {R.choice(['battery OK', 'lead values stable', 'AF burden <1%'])}."))
    return out


def g_triage():
    F = "triage_queue"; t = tick()
    out = [mk(F, "queue|alert_id|prio|received|patient|mrn|device_sn|alert|assignee|status")]
    for _ in range(R.randint(2, 5)):
        p = P(); d = p["dev"]
        out.append(mk(F, f"{R.choice(['REMOTE', 'REMOTE', 'HF-DX', 'ILR'])}|{alert_id()}|{R.choice(['RED', 'YELLOW', 'YELLOW', 'GREEN'])}|{ts_off(tick(0, 3))}|",
                      (nm_LF(p), "name"), "|", (p["mrn"], "mrn"), "|", (d["serial"], "device"), "|",
                      R.choice(["AT/AF burden >6h/day", "VT/VF detected - shock delivered", "RV lead impedance >2000", "Pause >3s",
                                "ERI reached", "Patient-activated symptom", "Disconnected >14d", "Bradycardia <30"]),
                      f"|{R.choice(['unassigned', 'kdelgado', 'mtruong', 'apatel2'])}|{R.choice(['OPEN', 'OPEN', 'ACK', 'CLOSED'])}"))
    return out


def g_eri():
    p = P(); d = p["dev"]; t = tick(); F = "eri_watch_logfmt"
    eri = p["sess"].date()
    out = [mk(F, f"ts={ts_z(t)} level=warn svc=eri-watch msg=\"battery indicator {R.choice(['ERI', 'RRT', 'ERI'])} reached\" mrn=", (p["mrn"], "mrn"),
              " pt=\"", (nm_lf(p), "name"), "\" serial=", (d["serial"], "device"), f" model={d['model_no']} eri_detected=", (d_iso(eri), "date"),
              f" batt_v={R.uniform(2.55, 2.7):.2f} longevity_mo={R.randint(0, 3)} action=schedule_gen_change")]
    if R.random() < 0.6:
        gc = eri + dt.timedelta(days=R.randint(7, 30))
        out.append(mk(F, f"ts={ts_z(tick(1, 4))} level=info svc=eri-watch msg=\"gen change booked\" mrn=", (p["mrn"], "mrn"),
                      " or_date=", (d_iso(gc), "date"), f" room=EP3 surgeon_npi={phys()[2]} order={dgnz(9)}"))
    return out


CPTS = [("93294", "Remote PM interrog eval up to 90d"), ("93295", "Remote ICD interrog eval up to 90d"),
        ("93296", "Remote interrog device tech"), ("93297", "Remote ICM/HF monitor eval 30d"),
        ("93298", "Remote ILR interrog eval 30d"), ("93279", "PM program eval single lead"),
        ("93280", "PM program eval dual lead"), ("93282", "ICD program eval single lead"),
        ("93283", "ICD program eval dual lead"), ("93285", "ILR program eval"),
        ("93288", "PM interrog eval in person"), ("93289", "ICD interrog eval in person"),
        ("33249", "Insj/rplcmt defib w/lead(s)"), ("33208", "Insrt heart pm atrial & vent"),
        ("33285", "Insj subq cardiac rhythm mntr"), ("93620", "Comprehensive EP eval w/ induction"),
        ("93458", "L hrt artery/ventricle angio"), ("93460", "R&L hrt art/ventricle angio"),
        ("33263", "Rmvl & rplcmt pm gen dual lead")]


def g_billing_csv():
    F = "billing_csv"
    out = [mk(F, "claim_id,acct_no,patient_name,dob,dos,cpt,mod,icd10,units,charge,payer,member_id,rendering_npi")]
    for _ in range(R.randint(2, 5)):
        p = P(); c = R.choice(CPTS)
        if c[0].startswith("932"):
            dos, chg, mods, dx = p["sess"].date(), R.uniform(28, 260), ["26", "TC", ""], ["Z95.0", "Z95.810", "Z95.818", "I48.0", "I44.2"]
        else:
            dos, chg, mods, dx = dt.date(2024, R.choice([10, 11]), R.randint(1, 15)), R.uniform(900, 21000), ["26", ""], ["I44.2", "R55", "I47.20", "I48.91", "I25.10"]
        out.append(mk(F, f"CLM{dg(8)},", (p["acct"], "account"), ',"', (nm_LF(p), "name"), '",', (d_us(p["dob"]), "date"), ",",
                      (d_us(dos), "date"), f",{c[0]},{R.choice(mods)},{R.choice(dx)},1,{chg:.2f},{p['plan'][0]},",
                      (p["plan"][1], "health_plan"), f",{phys()[2]}"))
    return out


def g_x12():
    p = P(); F = "x12_837p"; t = tick()
    c = R.choice(CPTS[:12]); dos = p["sess"].date()
    ln = lambda *a: mk(F, *a)
    last, first = p["last"].upper(), p["first"].upper()
    return [ln(f"ST*837*{dg(4)}*005010X222A1~"),
            ln(f"BHT*0019*00*{dg(9)}*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}*CH~"),
            ln(f"NM1*85*2*NORTHRIDGE HEART AND VASCULAR*****XX*1962543810~"),
            ln("HL*2*1*22*0~"),
            ln("SBR*P*18*******", "MB" if p["plan"][0] == "Medicare" else "CI", "~"),
            ln("NM1*IL*1*", (last, "name"), "*", (first, "name"), f"*{p['mid']}***MI*", (p["plan"][1], "health_plan"), "~"),
            ln("N3*", (p["street"].upper(), "address"), "~"),
            ln("N4*", (p["city"].upper(), "address"), f"*{p['st']}*", (p["zip"], "zip"), "~"),
            ln("DMG*D8*", (d_hl7(p["dob"]), "date"), f"*{p['sex']}~"),
            ln(f"CLM*", (p["acct"], "account"), f"*{R.uniform(60, 400):.2f}***11:B:1*Y*A*Y*Y~"),
            ln(f"SV1*HC:{c[0]}:26*{R.uniform(30, 200):.2f}*UN*1***1~"),
            ln("DTP*472*D8*", (d_hl7(dos), "date"), "~"),
            ln(f"SE*{R.randint(20, 40)}*{dg(4)}~")]


def g_nginx_app():
    p = P(); t = tick(); F = "nginx_access"
    path = R.choice(["/api/v2/app/transmissions", "/api/v2/app/symptom-events", "/portal/login", "/api/v2/app/heartbeat"])
    ua = R.choice(["MyHeartApp/4.12.1 (iPhone; iOS 17.6.1; Scale/3.00)", "MyHeartApp/4.11.0 (Android 14; SM-A546U)",
                   "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36"])
    return [mk(F, (p["ip"], "ip"), f" - - [{ts_ngx(t)}] \"POST {path} HTTP/2.0\" {R.choice([201, 200, 200, 401]) if 'login' not in path else R.choice([200, 302, 401])} {R.randint(90, 2400)} \"-\" \"{ua}\" rt={R.uniform(0.01, 0.9):.3f} uct=0.000 req_id={hexs(16)}")]


def g_audit():
    p = P(); t = tick(); F = "audit_json"
    u = staff()[0]
    return [mk(F, '{"@timestamp":"', ts_z(t), '","app":"device-clinic-web","user":"', u, '","action":"',
               R.choice(["CHART_VIEW", "TRANSMISSION_VIEW", "REPORT_SIGN", "ALERT_ACK", "EXPORT_PDF"]), '","patient":{"mrn":"', (p["mrn"], "mrn"),
               '","displayName":"', (J(nm_lf(p)), "name"), '"},"client_ip":"10.40.', str(R.randint(1, 30)), ".", str(R.randint(2, 250)),
               '","session":"', hexs(24), '","outcome":"success"}')]


def g_portal_login():
    p = P(); t = tick(); F = "audit_json"
    return [mk(F, '{"@timestamp":"', ts_z(t), '","app":"patient-portal","event":"login","username":"', (p["portal_user"], "other_id"),
               '","mfa":"sms","src_ip":"', (p["ip"], "ip"), '","geo":"US","result":"', R.choice(["success", "success", "bad_password"]), '"}')]


def g_sms():
    p = P(); t = tick(); F = "sms_gateway"
    a = p["appt"]
    return [mk(F, f"{ts_py(t)} INFO notify.sms: queued sid=SM{hexs(32)} to=", (phone(p["phone"], 5), "phone"),
               f" from=+16515550142 body=\"{CLINIC.split(' &')[0]}: Reminder - your device check is ",
               (a.strftime("%a %b %d at %I:%M %p").replace(" 0", " "), "date"), f". Reply C to confirm. Call {CLINIC_PH} to reschedule.\" segments=2")]


def g_postfix():
    p = P(); t = tick(); F = "postfix"
    qid = hexs(10).upper()
    return [mk(F, f"{ts_sys(t)} mx-out01 postfix/smtp[{R.randint(1000, 40000)}]: {qid}: to=<", (p["email"], "email"),
               f">, relay=gmail-smtp-in.l.google.com[142.250.{R.randint(1, 200)}.27]:25, delay={R.uniform(0.3, 3):.1f}, delays=0.02/0/0.3/0.6, dsn=2.0.0, status=sent (250 2.0.0 OK {dgnz(10)} {hexs(12)}.gsmtp)")]


def g_portal_photo():
    p = P(); t = tick(); F = "portal_sync_json"
    raw = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U" + b64(90)
    return [mk(F, '{"ts":"', ts_z(t), '","op":"profile.upsert","userId":"', (p["portal_user"], "other_id"), '","email":"', (p["email"], "email"),
               '","phone":"', (phone(p["phone"], 1), "phone"), '","avatar":"data:image/jpeg;base64,', (raw, "photo"), '","avatarBytes":', str(R.randint(14000, 60000)), "}")]


def g_kiosk():
    p = P(); t = tick(); F = "kiosk_checkin"
    tmpl = "PV1." + b64(48)
    return [mk(F, f"[{ts_java(t)}] kiosk-03 CheckInService: palm enrollment ok mrn=", (p["mrn"], "mrn"), " template=", (tmpl, "biometric"), f" quality={R.randint(70, 99)}"),
            mk(F, f"[{ts_java(tick(1, 3))}] kiosk-03 CheckInService: arrival recorded appt=", (p["appt"].strftime("%Y-%m-%d %H:%M"), "date"), f" dept=DEVICE_CLINIC wait_est={R.randint(5, 35)}m")]


def g_fax_home():
    p = P(); t = tick(); F = "fax_server"
    rel = p["rel"]
    doc = f"FX{t.strftime('%y%m%d')}{dg(5)}"
    if R.random() < 0.5:
        return [mk(F, f"{ts_java(t)} RECV  ch=03 DocID={doc} CSID=\"", (phone(rel["phone"], 4), "fax"), f"\" pages={R.randint(1, 4)} dur=00:00:{R.randint(20, 59)} status=OK"),
                mk(F, f"{ts_java(tick(5, 30))} ROUTE DocID={doc} manual index by {staff()[0]}: sender=", (f"{rel['first']} {rel['last']}", "name"),
                   f" ({rel['kind']}) re pt MRN ", (p["mrn"], "mrn"), " - signed remote monitoring consent")]
    return [mk(F, f"{ts_java(t)} SEND  ch=06 DocID={doc} to=", (phone(p["phone"], 3), "fax"), " attn=\"", (nm_fl(p), "name"),
               f"\" subject=\"Device clinic letter - home monitor setup\" pages=2 status=NO_ANSWER retry_in=600s")]


def g_dmv():
    p = P(); t = tick(); F = "fax_server"
    doc = f"FX{t.strftime('%y%m%d')}{dg(5)}"
    lic = R.choice([f"{p['last'][0].upper()}{dg(3)}-{dg(4)}-{dg(4)}", dgnz(9), f"{p['last'][0].upper()}{dg(7)}"])
    out = [mk(F, f"{ts_java(t)} SEND  ch=05 DocID={doc} to=18005550410 from=NHVI-DEVICE subject=\"DMV Driver Medical Evaluation\" pages=3 status=OK"),
           mk(F, f"{ts_java(tick(1, 2))} INDEX DocID={doc} fields: patient=\"", (nm_LF(p), "name"), "\" dl_no=", (lic, "license"), f" dl_state={p['st']} dob=",
              (d_us(p["dob"]), "date"), " event=\"ICD shock ", (d_us(p["sess"].date()), "date"), "\" restriction=6mo")]
    if R.random() < 0.5:
        plate = R.choice([f"{dgnz(1)}{''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{dg(3)}", f"{''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}-{dg(4)}"])
        out.append(mk(F, f"{ts_java(tick(1, 2))} INDEX DocID={doc} fields: vehicle_plate=", (plate, "vehicle"), " (registered to pt) return_to=DMV Medical Unit"))
    return out


def g_cath_board():
    F = "cathlab_schedule"
    out = [mk(F, f"ROOM  | TIME  | PROCEDURE                | PATIENT                   | AGE/SEX | MRN       | ATTENDING            | STATUS")]
    tm = dt.datetime(2024, 11, 18, 7, 0)
    for _ in range(R.randint(3, 5)):
        p = P_old(0.3); tm += dt.timedelta(minutes=R.choice([45, 60, 90]))
        nmv = f"{p['last'].upper()}, {p['first'][0]}"
        agev = str(p["age"])
        parts = [f"{R.choice(['CATH1', 'CATH2', 'EP3  ', 'HYB  '])} | {tm.strftime('%H:%M')} | {R.choice(['LHC +/- PCI', 'R/L HC', 'PPM DDD', 'ICD gen chg', 'AF ablation', 'ILR insert', 'TEE/DCCV']):<24} | ",
                 (nmv, "name"), " " * max(1, 26 - len(nmv)) + "| "]
        parts += [(agev, "age")] if p["age"] > 89 else [agev]
        parts += [f"{p['sex']}     | ", (p["mrn"], "mrn"), " " * max(1, 10 - len(p["mrn"])) + f"| Dr. {phys()[1]:<17}| {R.choice(['PRE-OP', 'IN ROOM', 'PACU', 'SCHEDULED', 'CONSENTED'])}"]
        out.append(mk(F, *parts))
    return out


def g_celery_phi():
    p = P(); t = tick(); F = "celery_worker"
    tid = uuid4()
    r = R.random()
    if r < 0.5:
        return [mk(F, f"[{ts_py(t)}: INFO/ForkPoolWorker-{R.randint(1, 8)}] Task remote.reports.render_pdf[{tid}] succeeded in {R.uniform(0.8, 9):.2f}s: {{'path': 's3://nhvi-device-reports/{t.year}/{t.month:02d}/",
                   (nm_file(p), "name"), "_", (d_hl7(p["sess"].date()), "date"), f"_{tx_id()}.pdf', 'pages': {R.randint(3, 30)}}}")]
    return [mk(F, f"[{ts_py(t)}: WARNING/ForkPoolWorker-{R.randint(1, 8)}] Task remote.sync.merlin[{tid}] retry: patient ", (p["vpid"], "other_id"),
               " returned 409 Conflict: device ", (p["dev"]["serial"], "device"), " assigned to another clinic (transfer pending)")]


def g_spring_phi():
    p = P(); t = tick(); F = "spring_boot"
    pid = R.randint(1000, 9999)
    r = R.random()
    if r < 0.5:
        return [mk(F, f"{ts_off(t)}  WARN {pid} --- [idco-bridge] [nio-8443-exec-{R.randint(1, 10)}] o.n.b.web.WebhookController              : rejected payload: birthDate '",
                   (d_us(p["dob"]), "date"), "' not ISO-8601 for patientId=", (p["vpid"], "other_id"))]
    return [mk(F, f"{ts_off(t)}  INFO {pid} --- [idco-bridge] [   scheduling-1] o.n.b.sync.HomeMonitorSyncJob            : monitor ", (p["dev"]["mon"], "device"),
               " last contact ", (p["sess"].strftime("%Y-%m-%d"), "date"), " mac=", (p["mac"], "device"), " imei=", (p["imei"], "device"), f" fw={R.randint(3, 9)}.{R.randint(0, 20)}.{R.randint(0, 99)}")]


def g_py_traceback():
    p = P(); t = tick(); F = "python_traceback"
    return [mk(F, f"{ts_py(t)} ERROR ncdr_export.builder: failed to build EPDI record"),
            mk(F, "Traceback (most recent call last):"),
            mk(F, '  File "/opt/ncdr-export/ncdr_export/builder.py", line 233, in build_episode'),
            mk(F, "    proc_dt = parse_date(row['ProcedureDate'])"),
            mk(F, '  File "/opt/ncdr-export/ncdr_export/util.py", line 41, in parse_date'),
            mk(F, "    return datetime.strptime(s, '%m/%d/%Y').date()"),
            mk(F, "ValueError: time data '", (d_iso(p["dev"]["impl"]), "date"), "' does not match format '%m/%d/%Y' (NCDRPatientID=", (p["ncdr"], "other_id"), ")")]


def g_relative_contact():
    p = P(); t = tick(); F = "python_logging"
    rel = p["rel"]
    return [mk(F, f"{ts_py(t)} INFO demographics.sync: emergency contact updated for ", (p["mrn"], "mrn"), ": ",
               (f"{rel['first']} {rel['last']}", "name"), f" ({rel['kind']}) ", (phone(rel["phone"]), "phone"), " addr=\"",
               (p["street"], "address"), ", ", (p["city"], "address"), f", {p['st']} ", (p["zip"], "zip"), "\"")]


def g_payment():
    p = P(); t = tick(); F = "java_logback"
    r = R.random()
    if r < 0.5:
        return [mk(F, f"{ts_java(t)} [pay-worker-2] INFO  o.n.billing.CopayService - copay $40.00 acct=", (p["acct"], "account"), " card=",
                   (p["card"], "account"), f" exp=**/** auth={dg(6)} gateway=authnet resp=1")]
    return [mk(F, f"{ts_java(t)} [pay-worker-1] WARN  o.n.billing.RefundService - ACH refund for guarantor ", (nm_fl(p), "name"), " routing=0710" + dg(5),
               " acct=", (dgnz(11), "account"), f" amount=${R.uniform(5, 300):.2f} status=PENDING_REVIEW")]


def g_personal_url():
    p = P(); t = tick(); F = "telephone_encounter"
    rel = p["rel"]
    slug = ascii_fold(p["first"]) + ascii_fold(p["last"])
    return [mk(F, f"TE {t.strftime('%m/%d/%y %H%M')} {staff()[1]}: pt's {rel['kind']} ", (rel["first"], "name"),
               " asks clinic to check the updates posted at ", (f"https://www.caringbridge.org/visit/{slug}", "url"), " before calling; reminded her we cannot use it for clinical info.")]


def g_elig():
    p = P(); t = tick(); F = "python_logging"
    sub = p if R.random() < 0.7 else None
    parts = [f"{ts_py(t)} INFO billing.eligibility: 270 sent payer={p['plan'][0]} member=", (p["plan"][1], "health_plan"),
             " subscriber=\"", (nm_LF(p), "name"), "\" dob=", (d_hl7(p["dob"]), "date")]
    if sub:
        parts += [" ssn=", (ssn_fmt(p["ssn"]), "ssn")]
    parts += [f" svc_type=18 trace={dg(10)}"]
    out = [mk(F, *parts)]
    out.append(mk(F, f"{ts_py(tick(1, 6))} INFO billing.eligibility: 271 recv status=active plan_begin=2024-01-01 copay_spec=$40.00 trace={dg(10)}"))
    return out


PHI_BLOCKS = [(g_elig, 1.0), (g_webhook, 4.5), (g_py_match, 3), (g_logback_phi, 2.5), (g_hl7_idco, 1.8), (g_mirth_raw, 1.2),
              (g_csv_export, 1.0), (g_idco_xml, 0.8), (g_ncdr_csv, 0.9), (g_ncdr_xml, 0.6), (g_hemo, 1.6),
              (g_nurse_note, 1.6), (g_win_print, 1.0), (g_fax_phi, 1.4), (g_phone_note, 2.0), (g_triage, 1.2),
              (g_eri, 1.4), (g_billing_csv, 1.0), (g_x12, 0.6), (g_nginx_app, 1.2), (g_audit, 1.5),
              (g_portal_login, 0.8), (g_sms, 1.0), (g_postfix, 0.8), (g_portal_photo, 0.3), (g_kiosk, 0.35),
              (g_dmv, 0.4), (g_fax_home, 0.5), (g_cath_board, 0.9), (g_celery_phi, 1.0), (g_spring_phi, 1.0), (g_py_traceback, 0.5),
              (g_relative_contact, 0.8), (g_payment, 0.7), (g_personal_url, 0.3)]


# ============================================================================ noise
def n_py():
    t = tick(); F = "python_logging"
    c = R.choice([
        f"INFO remote_ingest.poller: polled carelink clinic=NHVI-01 new={R.randint(0, 12)} pending={R.randint(0, 9)} took={R.randint(200, 4000)}ms",
        f"INFO apscheduler.executors.default: Running job \"sync_latitude (trigger: interval[0:05:00], next run at: {(t + dt.timedelta(minutes=5)).strftime('%Y-%m-%d %H:%M:%S')} CST)\" (scheduled at {t.strftime('%Y-%m-%d %H:%M:%S')}-06:00)",
        f"WARNING urllib3.connectionpool: Retrying (Retry(total=2, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='api.merlin.net', port=443): Read timed out. (read timeout=30)\")': /clinic/v3/transmissions?since={ts_z(t - dt.timedelta(minutes=15))}",
        "INFO sqlalchemy.engine.Engine: COMMIT",
        f"DEBUG remote_ingest.idco: parsed {R.randint(60, 240)} OBX segments (idco_nomenclature=1.4) in {R.uniform(3, 40):.1f}ms",
        f"INFO remote_ingest.webhook: signature ok kid=lat-2024-09 alg=HS256 event_id={uuid4()}",
        f"WARNING remote_ingest.webhook: signature mismatch from 52.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)} kid=cl-2023-11 (expired key) - returning 401",
        f"INFO remote_ingest.dedupe: dropped duplicate event {uuid4()} (seen {R.randint(2, 5)}x within 600s)",
        f"INFO remote_ingest.matcher: batch done matched={R.randint(20, 80)} unmatched={R.randint(0, 4)} manual_review={R.randint(0, 3)} dur={R.uniform(1, 9):.2f}s",
        f"DEBUG botocore.hooks: Event needs-retry.s3.PutObject: calling handler <botocore.retryhandler.RetryHandler object at 0x7f{hexs(10)}>",
        f"INFO gunicorn.error: Booting worker with pid: {R.randint(1000, 60000)}",
        f"ERROR remote_ingest.poller: HTTP 503 from https://api.carelink.example-vendor.com/v2/clinics/1004213/transmissions (attempt {R.randint(1, 5)}/5, backoff {R.choice([2, 4, 8, 16])}s) trace_id={hexs(32)}",
        f"INFO remote_ingest.config: loaded vendors=[carelink, latitude, merlin, homemonitoring] poll_interval=300 idco_strict=False build={R.randint(1200, 1900)}",
        f"INFO ehr_bridge.notes: flushed {R.randint(1, 40)} notes to Epic InBasket pool DEVICE CLINIC RN (p95 {R.randint(80, 900)}ms)",
    ])
    return [mk(F, f"{ts_py(t)} {c}")]


def n_uvicorn():
    t = tick(); F = "uvicorn_access"
    ip = R.choice(["10.40.2.17", "10.40.2.18", "172.16.4.9", "127.0.0.1"])
    path = R.choice(["/healthz", "/readyz", "/metrics", "/webhooks/latitude", "/webhooks/carelink", "/webhooks/merlin", "/api/v1/queue/stats"])
    st = R.choice(["202 Accepted", "202 Accepted", "401 Unauthorized", "429 Too Many Requests"]) if "webhooks" in path else "200 OK"
    return [mk(F, f"INFO:     {ip}:{R.randint(30000, 65000)} - \"{'GET' if path.startswith(('/h', '/r', '/m', '/api')) else 'POST'} {path} HTTP/1.1\" {st}")]


def n_java():
    t = tick(); F = "java_logback"
    thr, c = R.choice([
        ("main", "INFO  o.s.b.w.embedded.tomcat.TomcatWebServer - Tomcat started on port(s): 8443 (https) with context path ''"),
        (f"hl7-mllp-{R.randint(1, 4)}", f"DEBUG o.n.idco.mllp.MllpDecoder - frame complete bytes={R.randint(800, 90000)} remote=10.40.2.{R.randint(10, 30)}:{R.randint(30000, 60000)}"),
        ("HikariPool-1 housekeeper", f"WARN  com.zaxxer.hikari.pool.HikariPool - HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m{R.randint(1, 59)}s{R.randint(1, 999)}ms)."),
        ("scheduling-1", f"INFO  o.n.registry.NcdrExportJob - export batch 2024Q4-EPDI-{R.randint(1, 30):04d} rows={R.randint(40, 400)} warnings={R.randint(0, 9)} errors=0"),
        ("idco-consumer-0", f"INFO  o.a.k.c.c.internals.ConsumerCoordinator - [Consumer clientId=idco-1, groupId=idco-bridge] Setting offset for partition idco.transmissions-{R.randint(0, 5)} to the committed offset FetchPosition{{offset={R.randint(100000, 999999)}, offsetEpoch=Optional[{R.randint(1, 9)}]}}"),
        (f"hl7-mllp-{R.randint(1, 4)}", f"ERROR o.n.idco.mllp.MllpServer - connection reset by peer 10.40.2.17:{R.randint(30000, 60000)} after {R.randint(1, 900)}s idle"),
        (f"hl7-mllp-worker-{R.randint(1, 4)}", f"INFO  o.n.idco.OruR01Handler - ACK AA sent ctrl=MDT{dg(12)} in {R.randint(2, 40)}ms"),
        (f"hl7-mllp-worker-{R.randint(1, 4)}", f"WARN  o.n.idco.IdcoMapper - unknown OBX-3 code 7{dg(5)}^MDC_IDC_STAT_{R.choice(['HEART_RATE_RV_MEAN', 'AT_MODE_SW_COUNT', 'CRT_LV_PERCENT_PACED'])} - stored as vendor extension"),
        ("scheduling-2", f"INFO  o.n.device.AdvisoryCheckJob - advisory list {R.choice(['ABT-2024-11', 'MDT-2023-08', 'BSX-2024-03'])} loaded: {R.randint(2, 40)} models, 0 patients newly flagged"),
        (f"http-nio-8443-exec-{R.randint(1, 10)}", "DEBUG org.hibernate.SQL - select p1_0.id,p1_0.mrn,p1_0.serial_no from patient_device p1_0 where p1_0.serial_no=? fetch first ? rows only"),
        ("pay-worker-1", f"INFO  o.n.billing.CopayService - gateway heartbeat ok latency={R.randint(40, 400)}ms merchant=NHVI-EP-0193"),
    ])
    return [mk(F, f"{ts_java(t)} [{thr}] {c}")]


def n_stack():
    F = "java_logback"; t = tick()
    return [mk(F, f"{ts_java(t)} [hl7-mllp-worker-{R.randint(1, 4)}] ERROR o.n.idco.OruR01Handler - unexpected failure ctrl=BSX{dg(12)}"),
            mk(F, "java.lang.NullPointerException: Cannot invoke \"String.trim()\" because the return value of \"ca.uhn.hl7v2.model.v26.datatype.ST.getValue()\" is null"),
            mk(F, "\tat org.northridge.idco.mapping.ObxMapper.map(ObxMapper.java:142)"),
            mk(F, "\tat org.northridge.idco.OruR01Handler.processMessage(OruR01Handler.java:96)"),
            mk(F, "\tat ca.uhn.hl7v2.protocol.impl.ApplicationRouterImpl.processMessage(ApplicationRouterImpl.java:179)"),
            mk(F, "\tat java.base/java.lang.Thread.run(Thread.java:1583)")]


def n_spring():
    t = tick(); F = "spring_boot"
    c = R.choice([
        f"INFO {R.randint(1000, 9999)} --- [idco-bridge] [           main] o.n.b.IdcoBridgeApplication              : Started IdcoBridgeApplication in {R.uniform(4, 20):.3f} seconds (process running for {R.uniform(5, 22):.3f})",
        f"INFO {R.randint(1000, 9999)} --- [idco-bridge] [   scheduling-1] o.n.b.sync.HomeMonitorSyncJob            : sync complete monitors={R.randint(1500, 2600)} stale={R.randint(10, 90)} took={R.randint(2000, 30000)}ms",
        f"WARN {R.randint(1000, 9999)} --- [idco-bridge] [nio-8443-exec-{R.randint(1, 10)}] o.s.w.s.m.s.DefaultHandlerExceptionResolver : Resolved [org.springframework.web.HttpMediaTypeNotSupportedException: Content-Type 'text/plain;charset=UTF-8' is not supported]",
        f"INFO {R.randint(1000, 9999)} --- [idco-bridge] [           main] o.s.b.a.e.web.EndpointLinksResolver      : Exposing 3 endpoint(s) beneath base path '/actuator'",
    ])
    return [mk(F, f"{ts_off(t)}  {c}")]


def n_hemo():
    t = tick(); F = "hemo_recording"; host = R.choice(["MLAB-CATH1", "MLAB-CATH2", "MLAB-EP3"])
    c = R.choice([
        f"INFO |Transducer|zero OK ch=P{R.randint(1, 4)} offset={R.uniform(-1.5, 1.5):.1f}mmHg",
        f"INFO |System|self-test passed amp=AMP-{R.randint(100, 999)} fw=3.{R.randint(0, 9)}.{R.randint(0, 30)} disk_free={R.randint(20, 400)}GB",
        f"WARN |Network|HL7 ADT feed idle {R.randint(5, 60)} min, reconnecting to 10.40.2.30:2575",
        f"INFO |Archive|nightly archive job queued ({R.randint(3, 30)} studies, {R.uniform(1, 40):.1f} GB)",
        f"INFO |Inventory|scanned GTIN (01)00{dg(12)} lot {dg(8)} exp 2026-0{R.randint(1, 9)} -> stock CATH supply room",
        f"INFO |Inventory|consignment received: {R.choice(['2x RESONATE EL ICD D433', '3x Azure XT DR MRI W1DR01', '1x Gallant VR CDVRA500Q'])} SN {dgnz(6)}, {dgnz(6)} (unassigned)",
        f"ERROR|Printer|thermal recorder paper out (PRN-{host[-4:]})",
    ])
    return [mk(F, f"{ts_java(t)}|{host}|{c}")]


def n_win():
    t = tick(); F = "windows_event"
    c = R.choice([
        ("Information", "Service Control Manager", 7036, "The Paceart Integration Service service entered the running state."),
        ("Warning", "Microsoft-Windows-Time-Service", 129, "NtpClient was unable to set a domain peer to use as a time source because of discovery error."),
        ("Error", "Application Error", 1000, f"Faulting application name: HemoRec.exe, version: 6.9.4.{R.randint(100, 300)}, time stamp: 0x{hexs(8)} Faulting module name: ntdll.dll, version: 10.0.19041.{R.randint(3000, 5000)}, exception code: 0xc0000374"),
        ("Information", "MSSQLSERVER", 17137, "Starting up database 'PaceartDB'."),
        ("Warning", "PaceartIntegration", 4101, f"Import folder \\\\epfs01\\idco_drop$ contains {R.randint(1, 40)} files older than 60 minutes."),
        ("Information", "Microsoft-Windows-Security-Auditing", 4624, f"An account was successfully logged on. Account Name: {staff()[0]} Logon Type: 10 Source Network Address: 10.40.{R.randint(1, 20)}.{R.randint(2, 250)}"),
        ("Error", "Schannel", 36871, "A fatal error occurred while creating a TLS client credential. The internal error state is 10013."),
    ])
    if R.random() < 0.6:
        return [mk(F, f"{ts_win(t)}\t{c[0]}\t{c[1]}\t{c[2]}\tNone\t{c[3]}")]
    return [mk(F, f"<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\"><System><Provider Name=\"{c[1]}\"/><EventID>{c[2]}</EventID><Level>{ {'Information': 4, 'Warning': 3, 'Error': 2}[c[0]] }</Level><TimeCreated SystemTime=\"{ts_z(t)}\"/><Computer>EPINT-APP0{R.randint(1, 3)}.nhvi.local</Computer></System><EventData><Data>{X(c[3])}</Data></EventData></Event>")]


def n_fax():
    t = tick(); F = "fax_server"
    c = R.choice([
        f"RECV  ch=0{R.randint(1, 8)} DocID=FX{t.strftime('%y%m%d')}{dg(5)} CSID=\"{R.choice(['MEDTRONIC CRHF', 'BSCI LATITUDE', 'ABBOTT CRM', 'ST LUKES HIM'])}\" pages={R.randint(1, 20)} status=OK",
        f"SEND  ch=0{R.randint(1, 8)} DocID=FX{t.strftime('%y%m%d')}{dg(5)} to=1{R.choice(['218', '651', '612'])}555{R.randint(100, 199):04d} status=BUSY retry_in=300s",
        f"STAT  lines_up=8/8 queue_in={R.randint(0, 12)} queue_out={R.randint(0, 9)} failed_24h={R.randint(0, 5)}",
        f"ROUTE DocID=FX{t.strftime('%y%m%d')}{dg(5)} ocr_conf=0.{R.randint(10, 45)} no patient match -> queue=HIM_UNINDEXED",
        f"INFO  cover sheet template v{R.randint(3, 9)} loaded: '{CLINIC} Device Clinic  Ph {CLINIC_PH}  Fax {CLINIC_FAX}'",
    ])
    return [mk(F, f"{ts_java(t)} {c}")]


def n_triage():
    t = tick(); F = "triage_queue"
    c = R.choice([
        f"# queue depth RED={R.randint(0, 4)} YELLOW={R.randint(3, 30)} GREEN={R.randint(40, 200)} oldest_red_age=00:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} snapshot={ts_off(t)}",
        f"# SLA breach check: 0 RED alerts older than 60 min; {R.randint(0, 6)} YELLOW older than 24 h",
        f"# auto-closed {R.randint(5, 60)} GREEN alerts (rule=no_new_episodes_30d) by svc_triage",
    ])
    return [mk(F, c)]


def n_eri():
    t = tick(); F = "eri_watch_logfmt"
    c = R.choice([
        f"level=info svc=eri-watch msg=\"scan complete\" devices={R.randint(1800, 2400)} eri={R.randint(0, 6)} rrt={R.randint(2, 14)} eos=0 dur={R.uniform(1, 9):.1f}s",
        f"level=debug svc=eri-watch msg=\"threshold table\" vendor={R.choice(['MDT', 'BSX', 'ABT', 'BIO'])} rrt_v={R.uniform(2.6, 2.8):.2f} eri_months=3 version=2024.{R.randint(1, 11)}",
        f"level=error svc=eri-watch msg=\"paceart db timeout\" query=battery_latest elapsed={R.randint(30, 60)}s retry=true",
    ])
    return [mk(F, f"ts={ts_z(t)} {c}")]


def n_billing():
    t = tick(); F = "billing_csv"
    c = R.choice(CPTS)
    r = R.random()
    if r < 0.5:
        return [mk(F, f"# charge master: CPT {c[0]} \"{c[1]}\" wRVU={R.uniform(0.5, 12):.2f} fee={R.uniform(30, 900):.2f} effective=2024-01-01")]
    return [mk(F, f"# batch 837P NHVI-{t.strftime('%Y%m%d')}-{R.randint(1, 9):02d} claims={R.randint(10, 90)} total=${R.uniform(4000, 90000):,.2f} submitted to clearinghouse id=CHX-{dg(7)}")]


def n_nginx():
    t = tick(); F = "nginx_access"
    ip, path, ua = R.choice([("52.20.144.31", "/webhooks/latitude", "LATITUDE-Notifier/3.2"),
                             ("34.226.11.90", "/webhooks/carelink", "Apache-HttpClient/4.5.14 (Java/17.0.9)"),
                             ("13.58.201.4", "/webhooks/merlin", "Go-http-client/1.1"),
                             ("10.40.9.250", "/healthz", "kube-probe/1.29"), ("10.40.2.40", "/nginx_status", "Prometheus/2.51.0")])
    stc = R.choice([202, 202, 202, 401, 502]) if "webhooks" in path else 200
    return [mk(F, f"{ip} - - [{ts_ngx(t)}] \"{'POST' if 'webhooks' in path else 'GET'} {path} HTTP/1.1\" {stc} {R.randint(0, 900)} \"-\" \"{ua}\" rt={R.uniform(0.001, 1.5):.3f} uct={R.uniform(0, 0.01):.3f} req_id={hexs(16)}")]


def n_syslog():
    t = tick(); F = "syslog"
    host = R.choice(["ep-int-01", "ep-int-02", "mx-out01", "ncdr-exp01"])
    c = R.choice([
        f"CRON[{R.randint(1000, 40000)}]: (svc_paceart) CMD (/opt/paceart/bin/export_idco.sh --since 15m >> /var/log/paceart/export.log 2>&1)",
        "systemd[1]: Started remote-ingest.service - Remote monitoring ingest (gunicorn).",
        f"systemd[1]: celery-worker@remote.service: Main process exited, code=killed, status=9/KILL",
        f"kernel: [{R.randint(100000, 999999)}.{dg(6)}] TCP: request_sock_TCP: Possible SYN flooding on port 6661. Sending cookies.",
        f"sshd[{R.randint(1000, 40000)}]: Accepted publickey for deploy from 10.40.1.{R.randint(2, 60)} port {R.randint(30000, 60000)} ssh2: ED25519 SHA256:{b64(24)[:43]}",
        f"postfix/qmgr[{R.randint(1000, 9000)}]: {hexs(10).upper()}: from=<no-reply@northridgeheart.org>, size={R.randint(2000, 30000)}, nrcpt=1 (queue active)",
        f"certbot[{R.randint(1000, 9000)}]: Certificate for webhooks.northridgeheart.org expires 2025-02-{R.randint(10, 28)} (not due for renewal)",
        f"dockerd[{R.randint(800, 2000)}]: time=\"{ts_z(t)}\" level=info msg=\"Container {hexs(12)} health status changed to healthy\"",
    ])
    return [mk(F, f"{ts_sys(t)} {host} {c}")]


def n_prom():
    F = "prometheus_metrics"
    c = R.choice([
        f"remote_ingest_transmissions_total{{vendor=\"{R.choice(['carelink', 'latitude', 'merlin', 'homemonitoring'])}\",status=\"{R.choice(['matched', 'unmatched', 'duplicate'])}\"}} {R.randint(10, 90000)}",
        f"idco_obx_parse_seconds_bucket{{le=\"{R.choice(['0.005', '0.01', '0.05', '0.1', '+Inf'])}\"}} {R.randint(100, 90000)}",
        f"triage_queue_depth{{priority=\"{R.choice(['red', 'yellow', 'green'])}\"}} {R.randint(0, 120)}",
        f"hl7_mllp_connections_active{{channel=\"IDCO_Inbound\"}} {R.randint(0, 6)}",
        f"process_resident_memory_bytes {R.randint(100000000, 900000000)}",
        f"celery_task_runtime_seconds_sum{{task=\"remote.reports.render_pdf\"}} {R.uniform(100, 9000):.3f}",
        "# TYPE remote_ingest_transmissions_total counter",
        "# HELP triage_queue_depth Open alerts per priority",
    ])
    return [mk(F, c)]


def n_celery():
    t = tick(); F = "celery_worker"
    c = R.choice([
        f"INFO/MainProcess] Task remote.sync.latitude[{uuid4()}] received",
        f"INFO/ForkPoolWorker-{R.randint(1, 8)}] Task remote.sync.carelink[{uuid4()}] succeeded in {R.uniform(0.2, 30):.2f}s: {{'new': {R.randint(0, 30)}, 'updated': {R.randint(0, 80)}}}",
        f"WARNING/MainProcess] consumer: Connection to broker lost. Trying to re-establish the connection...",
        f"INFO/Beat] Scheduler: Sending due task eri-watch-hourly (remote.battery.scan)",
        f"ERROR/ForkPoolWorker-{R.randint(1, 8)}] Task remote.reports.render_pdf[{uuid4()}] raised unexpected: TimeoutError('wkhtmltopdf exceeded 120s')",
    ])
    return [mk(F, f"[{ts_py(t)}: {c}")]


def n_hl7_ack():
    t = tick(); F = "mirth_channel_log"
    c = R.choice([
        f"INFO  {ts_java(t)} [IDCO_Inbound Destination 1] c.m.c.s.c.JavaScriptDispatcher: ACK sent MSH|^~\\&|PACEART|NHVI|CARELINK^MDT|NHVI|{ts_hl7(t)}||ACK^R01^ACK|{hexs(8)}|P|2.6\\rMSA|AA|MDT{dg(12)}\\r",
        f"WARN  {ts_java(t)} [IDCO_Inbound Source Thread] c.m.c.c.tcp.TcpReceiver: MLLP frame missing end block, discarding {R.randint(100, 900)} bytes from 10.40.2.17",
        f"INFO  {ts_java(t)} [Channel Stats] c.m.s.c.ChannelStatistics: IDCO_Inbound received={R.randint(1000, 9000)} filtered={R.randint(0, 40)} sent={R.randint(1000, 9000)} errored={R.randint(0, 8)}",
        f"ERROR {ts_java(t)} [IDCO_To_Epic Destination 1] c.m.c.c.tcp.TcpDispatcher: Error writing to 10.40.5.61:6700 - Connection refused (retry {R.randint(1, 5)} of 10)",
    ])
    return [mk(F, c)]


def n_csv():
    F = "paceart_csv"; t = tick()
    return [mk(F, R.choice([
        f"# 0 rows exported by svc_paceart_export at {ts_off(t)} query=remote_last_24h sha1={hexs(40)}",
        f"# export config: delimiter=, quote=minimal encoding=utf-8 tz=America/Chicago columns=14 version={R.randint(5, 9)}.{R.randint(0, 20)}",
    ]))]


def n_ncdr():
    F = "ncdr_csv"
    return [mk(F, R.choice([
        f"# DQR 2024Q4 EPDI part 104592: completeness {R.uniform(90, 100):.1f}% ({R.randint(1, 40)} records with warnings) submission window closes 2025-02-28",
        f"# NCDR schema EPDI v2.3 elements={R.randint(300, 400)} codes=2.16.840.1.113883.3.3478 generated_by=ncdr-export {R.randint(1, 3)}.{R.randint(0, 9)}.{R.randint(0, 20)}",
    ]))]


def n_staff_contact():
    t = tick(); F = "python_logging"
    ph = phys()
    return [mk(F, f"{ts_py(t)} INFO oncall.roster: device clinic on-call today {ph[0]} {ph[1]}, MD (NPI {ph[2]}) pager (651) 555-01{R.randint(10, 99)}; RN line {CLINIC_PH}; escalations ep-oncall@northridgeheart.org")]


def n_audit():
    t = tick(); F = "audit_json"
    return [mk(F, '{"@timestamp":"', ts_z(t), '","app":"device-clinic-web","user":"', staff()[0], '","action":"',
               R.choice(["LOGIN", "LOGOUT", "SETTINGS_UPDATE", "QUEUE_VIEW", "REPORT_TEMPLATE_EDIT"]), '","client_ip":"10.40.',
               str(R.randint(1, 30)), ".", str(R.randint(2, 250)), '","trace_id":"', hexs(32), '","outcome":"success"}')]


NOISE = [(n_py, 4), (n_uvicorn, 2), (n_java, 3.5), (n_stack, 0.6), (n_spring, 1.5), (n_hemo, 2), (n_win, 2.2),
         (n_fax, 1.5), (n_triage, 1), (n_eri, 1.2), (n_billing, 1.2), (n_nginx, 1.8), (n_syslog, 2.2), (n_prom, 1.5),
         (n_celery, 1.5), (n_hl7_ack, 1.5), (n_csv, 0.5), (n_ncdr, 0.6), (n_staff_contact, 0.7), (n_audit, 1.2)]


CAPS = {g_hl7_idco: 3, g_hemo: 3, g_ncdr_xml: 1, g_idco_xml: 2, g_py_traceback: 1, g_x12: 2, g_csv_export: 2,
        g_ncdr_csv: 2, g_billing_csv: 3, g_triage: 3, g_cath_board: 2, n_stack: 2, g_nurse_note: 4, g_dmv: 2,
        g_kiosk: 2, g_portal_photo: 2, g_personal_url: 1, g_fax_home: 2}


def pick(pool, used):
    fresh = [f for f, w in pool if used.get(f, 0) == 0]
    if fresh:
        return R.choice(fresh)
    ok = [(f, w) for f, w in pool if used.get(f, 0) < CAPS.get(f, 10 ** 6)]
    fs, ws = zip(*ok)
    return R.choices(fs, ws)[0]


def build():
    lines = []
    phi = 0
    used = {}
    while len(lines) < TARGET_LINES:
        rem = TARGET_LINES - len(lines)
        frac = phi / max(1, len(lines))
        pool = PHI_BLOCKS if frac < 0.45 else NOISE
        for _ in range(80):
            g = pick(pool, used)
            blk = g()
            if len(blk) <= rem:
                break
        else:
            g, blk = n_py, n_py()
        used[g] = used.get(g, 0) + 1
        lines.extend(blk)
        phi += sum(1 for l in blk if l.spans)
    return lines


def main():
    lines = build()
    assert len(lines) == TARGET_LINES
    log_out, lab_out = [], []
    for i, ln in enumerate(lines, 1):
        raw = bytes(ln.b)
        s = raw.decode("utf-8")
        assert "\n" not in s and "\r" not in s and s.strip(), (i, s)
        prev = 0
        for sp, v in zip(ln.spans, ln.vals):
            assert raw[sp["s"]:sp["e"]] == v.encode("utf-8"), (i, sp, v)
            assert sp["s"] >= prev and sp["e"] > sp["s"], (i, sp)
            prev = sp["e"]
        log_out.append(s)
        lab_out.append(json.dumps({"line": i, "family": ln.fam, "spans": ln.spans}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(log_out))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lab_out) + "\n")


if __name__ == "__main__":
    main()
