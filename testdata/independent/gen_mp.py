#!/usr/bin/env python3
"""Synthetic labeled log corpus "mp": eye bank / corneal transplant network.

Writes mp.log (500 lines) and mp.labels.jsonl next to this script.
Standard library only, deterministic (fixed seed).  All people, numbers and
identifiers are invented.

Systems simulated (one merged, time-ordered stream as a log shipper stores it):
  callcenter      24/7 referral line app (Java/logback layout)
  referral_json   hospital referral feed (3 EMR schemas: camelCase, snake_case, legacy caps)
  drai_form       donor risk assessment interview service (key=value)
  coord_note      coordinator notes, English and Spanish free text
  case_audit      tissue-tracking system audit trail (key=value)
  hl7_oru         serology results HL7 v2.5.1 ORU^R01, one segment per physical line
  instrument_log  serology analyzer / microkeratome / temperature monitors
  specular_csv    specular microscope CSV export
  isbt128_scan    ISBT 128 barcode scan station (pipe rows)
  nlog            .NET Windows services, NLog default layout, stack traces as physical lines
  laravel         surgeon ordering portal (Laravel log, stack traces)
  mysql_slow      MySQL slow query log of the portal DB
  nginx_access    portal / family e-authorization front end
  courier_webhook courier tracking webhook bodies
  lambda          AWS Lambda CloudWatch lines (Node.js and Python runtimes)
  outcome_form    surgeon-submitted recipient follow-up forms (urlencoded / JSON)
  regulatory_csv  EBAA / FDA adverse reaction and statistics CSV exports

Labeling decisions:
  - Persons whose identifiers are labeled: donors (deceased; HIPAA still applies),
    referred decedents who were ruled out, next of kin / family members, DRAI
    interviewees, and transplant recipients.
  - Not labeled: coordinators, technicians, nurses who call in referrals, surgeons,
    ME investigators, funeral directors, their usernames/e-mails/phones/IPs, and
    all facility/business data (hospital, ME office, funeral home, courier phones,
    fax numbers, addresses, scan-location city/ZIP of a courier).
  - name: full names, surname alone, given name alone when referring to a labeled
    person, initials of a recipient ("K.O."), HL7 XPN fields as one span
    (e.g. "HOLLOWAY^DENNIS^R"), "LAST/FIRST M" legacy form as one span,
    urlencoded names ("Ruth+Abernathy") as one span.
  - other_id: eye bank donor number (24-0317), referral number (R24-008812),
    medical examiner case number, hospital encounter/FIN/CSN of a donor, ISBT 128
    DIN (13 characters, without flag characters; in raw scans only the DIN part),
    tissue IDs and serology specimen IDs built from the donor number
    (24-0317-OD, 24-0317-S1).  Order numbers, call IDs, fax job IDs, courier
    tracking numbers, DRAI session IDs, e-sign link tokens, request/trace IDs are NOT
    labeled.
  - date: birth, death (a time inside the same value is included in the span; a
    time of death in its own field is not),
    recovery, specimen collection, surgery, follow-up visit, adverse-event onset,
    donor-registry sign-up.  Not labeled: log timestamps, HL7 MSH-7 and result
    report times, tissue processing/evaluation/expiry dates, shipping dates,
    report periods, bare years.
  - A receiving clerk's courier signature ("F.SALINAS") is staff, not labeled.
  - age: only ages over 89 (donor or recipient), the number only.
  - address: street line as one span and city as its own span; state not labeled;
    zip separately as zip.
  - mrn: hospital medical record numbers of donors and recipients.
  - account: recipient hospital account (HAR) numbers.
  - health_plan: recipient insurance member IDs and Medicare MBIs.
  - license: donor driver licence number found via donor registry / ME report.
  - vehicle: plate and VIN of the decedent's vehicle (separate spans).
  - device: serial / UDI of an implanted device of a donor or recipient.
  - ip: public IP of a family member using the e-authorization site.
  - url: obituary / fundraising pages about a donor family.
  - photo: base64 ID photo uploaded by next of kin; biometric: base64 fingerprint
    template in an ME case import.
  - fax: fax number of a family member (business faxes are not labeled).
"""
import base64
import datetime as dt
import json
import os
import random
import urllib.parse

R = random.Random(2403211)
OUTDIR = os.path.dirname(os.path.abspath(__file__))


# --------------------------------------------------------------------------------------
# line builder
class P:
    """A labeled (or unlabeled, c=None) piece of a line."""
    __slots__ = ("v", "c")

    def __init__(self, v, c):
        self.v = v
        self.c = c


def _flat(pieces):
    for pc in pieces:
        if isinstance(pc, (list, tuple)):
            yield from _flat(pc)
        else:
            yield pc


def mk(fam, *pieces):
    buf = bytearray()
    spans = []
    for pc in _flat(pieces):
        if isinstance(pc, P):
            txt = str(pc.v)
            b = txt.encode("utf-8")
            s = len(buf)
            buf += b
            if pc.c:
                spans.append({"s": s, "e": len(buf), "cat": pc.c, "_v": txt})
        else:
            buf += str(pc).encode("utf-8")
    return {"family": fam, "b": bytes(buf), "spans": spans}


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def J(obj, sp=False):
    """JSON serialisation into pieces; P values keep their label."""
    ks, cs = (": ", ", ") if sp else (":", ",")
    if isinstance(obj, P):
        if isinstance(obj.v, str):
            return ['"', P(jesc(obj.v), obj.c), '"']
        return [P(json.dumps(obj.v), obj.c)]
    if isinstance(obj, dict):
        out = ["{"]
        for i, (k, v) in enumerate(obj.items()):
            if i:
                out.append(cs)
            out.append(json.dumps(k) + ks)
            out.extend(J(v, sp))
        out.append("}")
        return out
    if isinstance(obj, list):
        out = ["["]
        for i, v in enumerate(obj):
            if i:
                out.append(cs)
            out.extend(J(v, sp))
        out.append("]")
        return out
    return [json.dumps(obj, ensure_ascii=False)]


def KV(items, quote_space=True):
    """key=value pieces; values with spaces are double-quoted (quotes outside span)."""
    out = []
    for i, (k, v) in enumerate(items):
        if i:
            out.append(" ")
        out.append(k + "=")
        txt = str(v.v) if isinstance(v, P) else str(v)
        q = quote_space and (" " in txt or txt == "")
        if q:
            out.append('"')
        out.append(v if isinstance(v, P) else txt)
        if q:
            out.append('"')
    return out


# --------------------------------------------------------------------------------------
# synthetic value helpers
FIRST_M = ["Dennis", "Ernesto", "Olumide", "Padraig", "Rajesh", "Yusuf", "Aleksandr", "Kofi",
           "Hiroshi", "Bjørn", "José Luis", "Tomasz", "Darnell", "Earl", "Hyun-woo", "Nikolaos",
           "Ahmad", "Jean-Baptiste", "Harold", "Walter", "Thanh", "Kalani", "Rogelio", "Mateo",
           "Wendell", "Ignacio", "Abdirahman", "Curtis", "Dmitri", "Ezequiel"]
FIRST_F = ["Patricia", "Thandiwe", "Guadalupe", "Mei-Ling", "Chiamaka", "Siobhan", "Priya",
           "Fatima", "Svetlana", "Ama", "Keiko", "Ingrid", "María José", "Dolores", "Agnieszka",
           "Leilani", "Latoya", "Mildred", "Ji-yeon", "Eleni", "Noor", "Cheyenne", "Rosario",
           "Marie-Claire", "Ruth", "Agnes", "Xiomara", "Beatriz", "Oksana", "Yolanda"]
LAST = ["Holloway", "Mbeki", "Ibarra Treviño", "Villaseñor", "Nguyen-Tran", "O'Brien",
        "van der Berg", "de la Cruz", "Al-Hashimi", "Okonkwo", "Gonçalves", "McAllister",
        "Fitzgerald", "Abernathy", "Yamamoto", "Lindqvist", "Petrov", "Papadopoulos", "Osei",
        "Zhang", "Raghunathan", "St. Pierre", "D'Angelo", "Begay", "Yazzie", "Kealoha",
        "Schwartz-Lehmann", "García Márquez", "Haddad", "Park", "Washington", "Boudreaux",
        "LeBlanc", "Eriksen", "Delgado", "Castañeda", "Oyelaran", "Mac Giolla Bhríde",
        "Hernández-Ruiz", "Vo", "Kaczmarek", "Tsosie", "Ben-David", "Quintanilla", "Ferreira"]
_last_pool = LAST[:]
R.shuffle(_last_pool)
_fm = FIRST_M[:]
_ff = FIRST_F[:]
R.shuffle(_fm)
R.shuffle(_ff)


def person(sex=None, last=None):
    sex = sex or R.choice("MF")
    pool = _fm if sex == "M" else _ff
    if not pool:
        pool.extend(FIRST_M if sex == "M" else FIRST_F)
        R.shuffle(pool)
    first = pool.pop()
    if last is None:
        if not _last_pool:
            _last_pool.extend(LAST)
            R.shuffle(_last_pool)
        last = _last_pool.pop()
    return {"first": first, "last": last, "mi": R.choice("ABCDEFGHJKLMNPRSTVW"), "sex": sex}


def nm(p, style):
    f, l, m = p["first"], p["last"], p["mi"]
    return {
        "fl": f"{f} {l}",
        "lf": f"{l}, {f}",
        "lfm": f"{l}, {f} {m}",
        "LFM": f"{l.upper()}, {f.upper()} {m}",
        "LF": f"{l.upper()}, {f.upper()}",
        "FL": f"{f.upper()} {l.upper()}",
        "low": f"{f.lower()} {l.lower()}",
        "fml": f"{f} {m}. {l}",
        "il": f"{f[0]}. {l}",
        "ini": f"{f[0]}.{l[0].upper()}.",
        "hl7": f"{l.upper()}^{f.upper()}^{m}",
        "slash": f"{l.upper()}/{f.upper()} {m}",
    }[style]


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"]


def fd(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.strftime('%y')}"
    if style == "eu":
        return d.strftime("%d/%m/%Y")
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "mon":
        return d.strftime("%d-%b-%Y")
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "es":
        return f"{d.day} de {MESES[d.month - 1]} de {d.year}"
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "mdy6":
        return d.strftime("%m%d%y")
    raise ValueError(style)


def phone(style=None, area=None):
    area = area or R.choice(["210", "726", "915", "956", "512", "830", "361", "713"])
    ex = R.choice(["555", str(R.randint(212, 989))])
    num = R.randint(100, 9899) if ex != "555" else R.randint(100, 199)
    n = f"{num:04d}"
    style = style or R.choice(["paren", "dash", "dot", "plain", "e164", "intl"])
    return {"paren": f"({area}) {ex}-{n}", "dash": f"{area}-{ex}-{n}",
            "dot": f"{area}.{ex}.{n}", "plain": f"{area}{ex}{n}",
            "e164": f"+1{area}{ex}{n}", "intl": f"+1 {area} {ex} {n}"}[style]


def ssn():
    a = R.choice([R.randint(1, 665), R.randint(667, 899)])
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["1FT", "2HG", "3GC", "5YJ", "1N4", "JTD", "KM8"])
    return wmi + "".join(R.choice(chars) for _ in range(5)) + R.choice("0123456789X") + \
        R.choice("DEFGHJ") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + "".join(R.choice("0123456789") for _ in range(6))


def jit(t):
    return t + dt.timedelta(seconds=R.randint(0, 59), milliseconds=R.randint(0, 999))


def hexid(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid():
    h = hexid(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


def b64blob(prefix, n):
    raw = prefix + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def pub_ip():
    first = R.choice([24, 47, 66, 67, 68, 70, 71, 72, 73, 76, 97, 98, 99, 104, 107, 174])
    return f"{first}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}"


STREETS = ["Quarry Ridge Dr", "Calle del Norte", "W Magnolia Ave", "Bandera Rd", "Pecan Valley Dr",
           "Montana Ave", "Paseo de los Sueños", "Old Spanish Trl", "Rittiman Rd", "Cielo Vista Dr",
           "E Harrison Ave", "Military Hwy", "Fredericksburg Rd", "Zaragoza Rd", "Mesquite Bend"]
CITIES = [("San Antonio", "782"), ("El Paso", "799"), ("Harlingen", "785"), ("Brownsville", "785"),
          ("New Braunfels", "781"), ("Laredo", "780"), ("Houston", "770"), ("Seguin", "781"),
          ("Socorro", "799"), ("Pasadena", "775")]


def addr():
    city, z = R.choice(CITIES)
    return {"street": f"{R.randint(102, 14980)} {R.choice(STREETS)}", "city": city,
            "zip": f"{z}{R.randint(1, 99):02d}"}


HOSPS = [
    ("Methodist Hospital", "MHSA", "210-575-0100"),
    ("University Hospital", "UHSA", "210-358-0100"),
    ("Christus Santa Rosa Westover Hills", "CSRW", "210-703-0100"),
    ("Del Sol Medical Center", "DSMC", "915-595-0100"),
    ("University Medical Center of El Paso", "UMCE", "915-544-0100"),
    ("Valley Baptist Medical Center", "VBMC", "956-389-0100"),
    ("Memorial Hermann-TMC", "MHTM", "713-704-0100"),
    ("Baptist Medical Center", "BMCS", "210-297-0100"),
]
UNITS = ["MICU", "SICU", "CVICU", "ED", "4N", "6W", "Trauma ICU", "Hospice", "5 Tower"]
RN = ["Kayla Nguyen RN", "Brent Sosa RN", "Marisa Ulloa, RN", "D. Featherston RN", "Ashanti Brooks RN",
      "Luis Carreón RN", "House Sup. T. Wilkes"]
MEO = [("Bexar County Medical Examiner", "(210) 335-0100", "Inv. R. Kowalczyk"),
       ("El Paso County Medical Examiner", "915-832-0100", "Inv. A. Ontiveros"),
       ("Harris County Institute of Forensic Sciences", "713-796-0100", "Inv. D. Pham"),
       ("Cameron County JP Pct. 2", "956-544-0100", "Judge E. Saldaña")]
FH = [("Rosewood Funeral Chapel", "A. Meeks", "210-227-0144"),
      ("Misión del Valle Funeral Home", "R. Garza", "956-423-0178"),
      ("Westlawn Mortuary", "K. Hollis", "713-661-0122"),
      ("Cielo Vista Funerales", "M. Arreola", "915-598-0190"),
      ("Sunset Valley Mortuary", "J. Pruitt", "210-432-0163")]
COORD = ["mrodriguez", "tgreene", "jbowers", "kpatel", "avega"]
TECH = ["lchen", "tlopez", "sokafor", "bmurray"]
SURGEONS = [("Lucía Ferrer", "lferrer@alamoeyecenter.com", "Alamo Eye Surgery Center", 412),
            ("Samuel Whitcomb", "swhitcomb@whitcombvision.net", "Whitcomb Vision Institute", 377),
            ("Anjali Chatterjee", "achatterjee@uthscsa-ophth.org", "UT Health Ophthalmology", 518),
            ("Ikenna Eze", "ieze@borderlandeye.com", "Borderland Eye Associates", 291),
            ("Hannah Brandt", "hbrandt@gulfcoastcornea.com", "Gulf Coast Cornea", 603),
            ("Omar Siddiqui", "osiddiqui@rgveye.org", "RGV Eye Institute", 655)]
COD = ["cardiac arrest", "anoxic brain injury", "MVC - blunt trauma", "CVA", "ESRD", "COPD exacerbation",
       "GSW", "overdose (suspected)", "pulmonary embolism", "ICH", "metastatic colon ca"]
REL_EN = ["wife", "husband", "daughter", "son", "sister", "brother", "mother", "partner"]
REL_ES = {"wife": "esposa", "husband": "esposo", "daughter": "hija", "son": "hijo", "sister": "hermana",
          "brother": "hermano", "mother": "madre", "partner": "pareja"}
REL_SEX = {"wife": "F", "husband": "M", "daughter": "F", "son": "M", "sister": "F", "brother": "M",
           "mother": "F", "partner": None}


# --------------------------------------------------------------------------------------
# timestamps
def ts_logback(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + f"{R.randint(0, 999):03d}"


def ts_iso_utc(t):
    u = t + dt.timedelta(hours=5)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{R.randint(0, 999):03d}Z"


def ts_iso_local(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{R.randint(0, 999):03d}-05:00"


def ts_nlog(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + f"{R.randint(0, 9999):04d}"


def ts_nginx(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0500")


def ts_lar(t):
    return t.strftime("[%Y-%m-%d %H:%M:%S]")


# --------------------------------------------------------------------------------------
# world: donors, referrals, recipients
class Donor:
    pass


donors = []
seq_donor = 311
seq_ref = 8801
seq_din = 4581
seq_fx = 88120
DAY0 = dt.datetime(2024, 3, 11, 0, 0)


def new_donor(ruleout=None):
    global seq_donor, seq_ref, seq_din
    d = Donor()
    d.p = person()
    d.ruleout = ruleout
    if ruleout == "AGE":
        d.age = R.randint(90, 97)
    else:
        d.age = R.randint(24, 76)
    d.dod = DAY0 + dt.timedelta(days=R.randint(0, 4), hours=R.randint(0, 23), minutes=R.randint(0, 59))
    birth_year = d.dod.year - d.age - (1 if R.random() < 0.5 else 0)
    d.dob = dt.date(birth_year, R.randint(1, 12), R.randint(1, 28))
    if (d.dod.date().replace(year=2000) < d.dob.replace(year=2000)):
        d.age = d.dod.year - d.dob.year - 1
    else:
        d.age = d.dod.year - d.dob.year
    if ruleout == "AGE" and d.age < 90:
        d.dob = d.dob.replace(year=d.dob.year - 2)
        d.age += 2
    d.hosp = R.choice(HOSPS)
    d.unit = R.choice(UNITS)
    d.mrn = R.choice([f"{R.randint(1000000, 9999999)}", f"E{R.randint(1000000, 9999999)}",
                      f"{R.randint(10, 99)}-{R.randint(100, 999)}-{R.randint(100, 999)}",
                      f"M{R.randint(10000000, 99999999)}", f"{R.randint(100000000, 999999999):09d}"])
    d.fin = R.choice([f"{R.randint(100000000, 999999999)}", f"CSN{R.randint(1000000000, 9999999999)}",
                      f"V{R.randint(10000000, 99999999)}"])
    d.ref = f"R24-{seq_ref:06d}"
    seq_ref += R.randint(1, 3)
    d.no = f"24-{seq_donor:04d}"
    if not ruleout:
        seq_donor += 1
    d.din = f"W4127 24 {seq_din:06d}"
    d.din_raw = d.din.replace(" ", "")
    seq_din += R.randint(1, 4)
    d.ssn = ssn()
    d.dl = f"{R.randint(10000000, 49999999)}"
    rel = R.choice(REL_EN)
    nok = person(REL_SEX[rel], last=d.p["last"] if R.random() < 0.6 else None)
    nok["rel"] = rel
    nok["phone"] = phone()
    nok["email"] = (nok["first"].split()[0].lower().replace("'", "") + R.choice([".", "_", ""]) +
                    nok["last"].split()[0].lower().replace("'", "") + str(R.randint(1, 99)) + "@" +
                    R.choice(["gmail.com", "yahoo.com", "hotmail.com", "att.net", "outlook.com", "icloud.com"]))
    nok["email"] = nok["email"].translate(str.maketrans("áéíóúñçø", "aeiouncо")).replace("о", "o")
    nok["addr"] = addr()
    d.nok = nok
    d.spanish = d.hosp[1] in ("DSMC", "UMCE", "VBMC") or R.random() < 0.3
    d.cod = R.choice(COD)
    d.me = R.random() < 0.45 or d.cod in ("MVC - blunt trauma", "GSW", "overdose (suspected)")
    d.meo = R.choice(MEO)
    d.me_case = R.choice([f"ME24-{R.randint(100, 1999):04d}", f"2024-{R.randint(1000, 3999)}",
                          f"ML24-{R.randint(100, 999)}", f"24-{R.randint(10000, 29999)}"])
    d.fh = R.choice(FH)
    d.coord = R.choice(COORD)
    d.eyes = ["OD", "OS"] if R.random() < 0.85 else [R.choice(["OD", "OS"])]
    d.recov = d.dod + dt.timedelta(hours=R.randint(4, 9), minutes=R.randint(0, 59))
    d.drawn = d.recov - dt.timedelta(minutes=R.randint(10, 50))
    return d


FULL_DONORS = 8
RULEOUTS = [None, None, "AGE", "AGE", "AGE", "SEPSIS", "HIV_HX", "TIME", "DECLINED"]
for i in range(FULL_DONORS):
    donors.append(new_donor())
donors[2].cod = "MVC - blunt trauma"
donors[2].me = True
donors[6].cod = "MVC - blunt trauma"
donors[6].me = True
ruled = [new_donor(ruleout=r if r else "AGE") for r in RULEOUTS[2:]]

recipients = []
tissues_avail = [(d, e) for d in donors for e in d.eyes]
R.shuffle(tissues_avail)


def new_recipient(i):
    r = person()
    age = R.choice([R.randint(38, 88), R.randint(38, 88), R.randint(90, 96)])
    r["age"] = age
    r["dob"] = dt.date(2024 - age - (1 if R.random() < 0.6 else 0), R.randint(1, 12), R.randint(1, 28))
    r["age"] = 2024 - r["dob"].year - (1 if (r["dob"].month, r["dob"].day) > (3, 14) else 0)
    r["mrn"] = R.choice([f"E{R.randint(1000000, 9999999)}", f"{R.randint(10000000, 99999999)}",
                         f"MR{R.randint(100000, 999999)}"])
    r["har"] = f"{R.randint(7000000000, 7099999999)}"
    if r["age"] >= 65:
        c = "ACDEFGHJKMNPQRTUVWXY"
        r["plan"] = ("Medicare", f"{R.randint(1, 9)}{R.choice(c)}{R.choice(c + '0123456789')}{R.randint(0, 9)}"
                     f"-{R.choice(c)}{R.choice(c + '0123456789')}{R.randint(0, 9)}-{R.choice(c)}{R.choice(c)}{R.randint(10, 99)}")
    else:
        r["plan"] = (R.choice(["BCBS TX", "Aetna", "UnitedHealthcare", "Cigna", "Superior HealthPlan"]),
                     R.choice(["XEH", "ZGP", "W", "U", ""]) + str(R.randint(100000000, 999999999)))
    r["surgeon"] = R.choice(SURGEONS)
    r["eye"] = R.choice(["OD", "OS"])
    r["proc"] = R.choice(["DMEK", "DSAEK", "PK", "DMEK", "DALK", "PK"])
    r["surg"] = dt.date(2024, 3, R.randint(14, 29)) if i < 7 else dt.date(2023, R.randint(3, 11), R.randint(1, 28))
    r["order"] = f"ORD-2024-{R.randint(1100, 1999):05d}"
    r["addr"] = addr()
    r["phone"] = phone()
    return r


for i in range(12):
    recipients.append(new_recipient(i))
for i, r in enumerate(recipients):
    if i < 7 and tissues_avail:
        d, e = tissues_avail.pop()
        r["tissue"] = f"{d.no}-{e}"
        r["din"] = d.din
    else:
        r["tissue"] = f"23-{R.randint(1100, 1290)}-{R.choice(['OD', 'OS'])}"
        r["din"] = f"W4127 23 {R.randint(3000, 4400):06d}"


# --------------------------------------------------------------------------------------
# family renderers (PHI episodes)
def cc_prefix(t, lvl, thread, logger):
    return f"{ts_logback(t)} {lvl:<5} [{thread}] {logger} - "


def ep_callcenter(d, t):
    out = []
    call = f"CC-{t.strftime('%Y%m%d')}-{R.randint(100, 1999):05d}"
    out.append(mk("callcenter", cc_prefix(t, "INFO", "acd-bridge-2", "o.l.telephony.AcdBridge"),
                  f"CallReceived callId={call} ani={d.hosp[2].replace('-', '')} dnis=8005550163 queue=EYE_REF trunk=SIP-TWL-1"))
    t2 = t + dt.timedelta(minutes=R.randint(4, 11))
    age_piece = P(d.age, "age") if d.age > 89 else str(d.age)
    style = R.choice(["LFM", "LF", "lf"])
    dod_s = fd(d.dod, R.choice(["us", "iso"]))
    out.append(mk("callcenter", cc_prefix(t2, "INFO", f"http-nio-8443-exec-{R.randint(1, 9)}", "o.l.referral.IntakeService"),
                  "Referral created refNo=", P(d.ref, "other_id"), f' facility="{d.hosp[0]}" unit={d.unit.replace(" ", "_")}',
                  f' caller="{R.choice(RN)}" callback={d.hosp[2]} patient="', P(nm(d.p, style), "name"), '" mrn=',
                  P(d.mrn, "mrn"), " age=", age_piece, f" sex={d.p['sex']} dod=", P(dod_s, "date"),
                  f" tod={d.dod.strftime('%H:%M')} vent={R.choice('YN')} cod=\"{d.cod}\""))
    if d.ruleout:
        t3 = t2 + dt.timedelta(seconds=R.randint(2, 40))
        if d.ruleout == "AGE":
            out.append(mk("callcenter", cc_prefix(t3, "INFO", "http-nio-8443-exec-3", "o.l.referral.TriageRules"),
                          "refNo=", P(d.ref, "other_id"), " ruleOut=AGE age=", P(d.age, "age"),
                          " maxAge=80 outcome=RULED_OUT notifyHospital=true"))
        else:
            reason = {"SEPSIS": "ACTIVE_SEPSIS", "HIV_HX": "HIGH_RISK_HX", "TIME": "TIME_SINCE_DEATH>14h",
                      "DECLINED": "FAMILY_DECLINED"}[d.ruleout]
            out.append(mk("callcenter", cc_prefix(t3, "INFO", "http-nio-8443-exec-6", "o.l.referral.TriageRules"),
                          "refNo=", P(d.ref, "other_id"), f" ruleOut={reason} outcome=RULED_OUT coordinator={d.coord}"))
    else:
        t3 = t2 + dt.timedelta(seconds=R.randint(3, 30))
        reg = R.random() < 0.6
        pieces = [cc_prefix(t3, "INFO", "registry-pool-1", "o.l.referral.RegistryLookup"),
                  "DLTX registry query refNo=", P(d.ref, "other_id"), " lastName=", P(d.p["last"].upper(), "name"),
                  " dob=", P(fd(d.dob, "iso"), "date"), f" -> match={'true' if reg else 'false'}"]
        if reg:
            rd = dt.date(R.randint(2004, 2021), R.randint(1, 12), R.randint(1, 28))
            pieces += [" donorStatus=REGISTERED dlNumber=", P(d.dl, "license"), " regDate=", P(fd(rd, "iso"), "date")]
        else:
            pieces += [" donorStatus=NOT_FOUND"]
        out.append(mk("callcenter", *pieces))
    t4 = t2 + dt.timedelta(minutes=R.randint(1, 3))
    out.append(mk("callcenter", cc_prefix(t4, "INFO", "acd-bridge-2", "o.l.telephony.AcdBridge"),
                  f"CallEnded callId={call} duration=00:{R.randint(4, 14):02d}:{R.randint(0, 59):02d} "
                  f"disposition=REFERRAL_TAKEN agent={R.choice(COORD)} wrapSec={R.randint(20, 90)}"))
    return out


def ep_referral_json(d, t):
    schema = R.choice(["camel", "snake", "legacy"])
    if schema == "camel":
        obj = {"ts": ts_iso_utc(t), "level": "info", "logger": "referral-api", "event": "referral.received",
               "referral": {"referralNumber": P(d.ref, "other_id"),
                            "referringFacility": {"name": d.hosp[0], "code": d.hosp[1], "phone": d.hosp[2]},
                            "patient": {"lastName": P(d.p["last"], "name"), "firstName": P(d.p["first"], "name"),
                                        "middleInitial": P(d.p["mi"], "name"),
                                        "dateOfBirth": P(fd(d.dob, "iso"), "date"), "mrn": P(d.mrn, "mrn"),
                                        "encounterId": P(d.fin, "other_id"), "sex": d.p["sex"],
                                        "ageYears": P(d.age, "age") if d.age > 89 else d.age},
                            "deathDateTime": P(d.dod.strftime("%Y-%m-%dT%H:%M:00-05:00"), "date"),
                            "causeOfDeath": d.cod, "ventilator": R.random() < 0.3, "source": "EPIC_BPA"}}
        return [mk("referral_json", J(obj))]
    if schema == "snake":
        obj = {"@timestamp": ts_iso_utc(t), "log.level": "INFO", "message": "inbound referral",
               "service.name": "referral-ingest", "hosp_cd": d.hosp[1], "unit": d.unit,
               "pt_last": P(d.p["last"].upper(), "name"), "pt_first": P(d.p["first"].upper(), "name"),
               "birth_dt": P(fd(d.dob, "us"), "date"), "med_rec_no": P(d.mrn, "mrn"),
               "fin_nbr": P(d.fin, "other_id"), "expired_dttm": P(d.dod.strftime("%m/%d/%Y %H:%M"), "date"),
               "age": P(d.age, "age") if d.age > 89 else d.age, "trace.id": hexid(32)}
        return [mk("referral_json", J(obj, sp=R.random() < 0.5))]
    obj = {"MSGTYPE": "REF", "SEQ": R.randint(10000, 99999), "HOSP": d.hosp[1],
           "PTNM": P(nm(d.p, "slash"), "name"), "DOB": P(fd(d.dob, "hl7"), "date"), "MRNO": P(d.mrn, "mrn"),
           "SSN": P(d.ssn.replace("-", ""), "ssn"),
           "DTOD": P(d.dod.strftime("%m%d%y %H%M"), "date"),
           "AGE": P(f"{d.age:03d}", "age") if d.age > 89 else f"{d.age:03d}", "CALLBK": d.hosp[2].replace("-", "")}
    return [mk("referral_json", J(obj))]


def ep_nok_note(d, t):
    nok = d.nok
    who = nm(nok, R.choice(["fl", "fml", "fl"]))
    if d.spanish:
        rel = REL_ES[nok["rel"]]
        art = "la" if rel in ("esposa", "hija", "hermana", "madre", "pareja") else "el"
        de = "de la donante" if d.p["sex"] == "F" else "del donante"
        txt = [f"[{t.strftime('%d/%m/%Y %H:%M')}] {d.coord}: Llamé a la familia. Habló {art} {rel} {de}, ",
               ("Sra. " if REL_SEX[nok['rel']] == "F" else "Sr. ") if R.random() < 0.5 else "",
               P(who, "name"), ", tel. ", P(nok["phone"], "phone"),
               ". Autorizó donación de ambas córneas; no autoriza investigación. Fallecimiento el ",
               P(fd(d.dod, R.choice(["eu", "es"])), "date"),
               f". Funeraria: {d.fh[0]}. Pide ataúd abierto."]
    else:
        txt = [f"[{t.strftime('%m/%d/%Y %H:%M')}] {d.coord}: Approached NOK by phone - {nok['rel']} ",
               P(who, "name"), " (", P(nok["phone"], "phone"),
               f"). Authorized bilateral corneas, research declined. Family requests open casket; FH is {d.fh[0]}. "
               f"DRAI to follow after 0900."]
    return [mk("coord_note", *txt)]


_drai_k = 0


def ep_drai(d, t):
    out = []
    sess = hexid(8)
    lang = "es" if d.spanish else "en"
    pre = lambda tt, lvl="INFO": f"{ts_iso_local(tt)} drai-svc[{R.randint(2100, 2199)}] {lvl} "
    out.append(mk("drai_form", pre(t), f"template loaded form=DRAI-AATB-v3.2 lang={lang} questions=52 session={sess}"))
    t += dt.timedelta(seconds=R.randint(30, 90))
    nok = d.nok
    out.append(mk("drai_form", pre(t), *KV([
        ("session", sess), ("donor", P(d.no, "other_id")), ("step", "INTERVIEWEE"),
        ("respondent_name", P(nm(nok, R.choice(["fl", "lf", "FL"])), "name")),
        ("relationship", nok["rel"].upper()), ("phone", P(nok["phone"], "phone"))] +
        ([("email", P(nok["email"], "email"))] if R.random() < 0.45 else []) + [
        ("known_donor_years", R.randint(8, 50)), ("lives_with", R.choice("YN"))])))
    for q in R.sample(range(3, 48), R.randint(2, 4)):
        t += dt.timedelta(seconds=R.randint(20, 200))
        out.append(mk("drai_form", pre(t, "DEBUG"), f"session={sess} q=Q{q:02d} ans={R.choice(['NO', 'NO', 'NO', 'UNK', 'YES'])} ms={R.randint(900, 30000)}"))
    t += dt.timedelta(seconds=R.randint(30, 300))
    global _drai_k
    kind = ["device", "relative", "address", "plain", "device"][_drai_k % 5]
    _drai_k += 1
    if kind == "device":
        sn = R.choice([f"PJN{R.randint(100000, 999999)}H", f"RNL{R.randint(100000, 999999)}S", f"SN{R.randint(1000000, 9999999)}"])
        if d.spanish:
            cm = ["Familia refiere marcapasos Medtronic, número de serie ", P(sn, "device"), " según tarjeta en la cartera."]
        else:
            cm = ["Pt had pacemaker (Medtronic Azure), serial ", P(sn, "device"), " per wallet card; no other implants known."]
    elif kind == "relative":
        rel2 = person("M" if d.spanish else "F")
        if d.spanish:
            cm = ["Vivió 3 semanas en Ciudad Juárez con su hermano ", P(nm(rel2, "fl"), "name"), "; sin hospitalizaciones ni tatuajes."]
        else:
            cm = ["Sister-in-law ", P(nm(rel2, "fl"), "name"), " confirms no tattoos/piercings in last 12 mo; no travel."]
    elif kind == "address":
        a = nok["addr"]
        cm = ["Donor lived with respondent at ", P(a["street"], "address"), ", ", P(a["city"], "address"),
              " TX ", P(a["zip"], "zip"), "; no incarceration, no IVDU."]
    else:
        cm = ["No IV drug use, no incarceration, no male-to-male contact reported; occasional ETOH."]
    out.append(mk("drai_form", pre(t), f"session={sess} q=Q49_COMMENT ans_text=\"", cm, "\""))
    t += dt.timedelta(seconds=R.randint(30, 120))
    out.append(mk("drai_form", pre(t), *KV([("session", sess), ("step", "COMPLETE"), ("donor", P(d.no, "other_id")),
                                            ("duration", f"00:{R.randint(14, 39)}:{R.randint(0, 59):02d}"),
                                            ("reviewer", R.choice(COORD)), ("status", "ACCEPTABLE")])))
    return out


def ep_me_fax(d, t):
    out = []
    global seq_fx
    seq_fx += R.randint(1, 9)
    out.append(mk("nlog", ts_nlog(t), "|INFO|LoneStar.Coordination.FaxGateway|",
                  f"Fax job FX-{seq_fx} queued to {d.meo[1]} ({d.meo[0]}) pages=3 doc=ME_RELEASE_REQ donor=",
                  P(d.no, "other_id")))
    return out


def ep_me_note(d, t):
    out = []
    if d.spanish and R.random() < 0.6:
        pieces = [f"[{t.strftime('%d/%m/%Y %H:%M')}] {d.coord}: Médico forense ({d.meo[0]}), caso ",
                  P(d.me_case, "other_id"), f", {d.meo[2]}: liberado para recuperación ocular sin restricciones."]
    else:
        pieces = [f"[{t.strftime('%m/%d/%Y %H:%M')}] {d.coord}: ME notified - {d.meo[0]} case ",
                  P(d.me_case, "other_id"), f" ({d.meo[2]}); released for ocular recovery, no restrictions."]
    es = pieces[0].find("Médico forense") >= 0
    if d.cod.startswith("MVC"):
        plate = "".join(R.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3)) + str(R.randint(1000, 9999))
        veh = R.choice(["Ford F-150", "Chevy Silverado", "Honda Civic", "Nissan Altima"])
        yr = str(R.randint(2010, 2022))
        if es:
            pieces += [f" Conducía el vehículo ({yr} {veh}, placas TX ", P(plate, "vehicle"), ", VIN ", P(vin(), "vehicle"),
                       ") según el investigador."]
        else:
            pieces += [f" Decedent was driver; veh {yr} {veh} TX plate ", P(plate, "vehicle"), " VIN ", P(vin(), "vehicle"), " per ME inv."]
    if es:
        pieces += [f" Cuerpo a {d.fh[0]} (dir. {d.fh[1]}, {d.fh[2]}); no embalsamar hasta terminar la recuperación."]
    else:
        pieces += [f" Body to {d.fh[0]} (dir. {d.fh[1]}, {d.fh[2]}), hold embalming until recovery."]
    out.append(mk("coord_note", *pieces))
    return out


def ep_me_import(d, t):
    out = []
    if True:
        fid = b64blob(b"FMR\x00 20\x00", 90)
        obj = {"caseNumber": P(d.me_case, "other_id"), "agency": d.meo[0], "decedent":
               {"name": P(nm(d.p, "LF"), "name"), "dob": P(fd(d.dob, "us"), "date"),
                "identifiedBy": "FINGERPRINT", "afisTemplate": P(fid, "biometric"),
                "idDocument": {"type": "TX DL", "number": P(d.dl, "license")}},
               "releaseStatus": "RELEASED_OCULAR", "investigator": d.meo[2]}
        rid = uuid()
        out.append(mk("lambda", f"[INFO]\t{ts_iso_utc(t)}\t{rid}\tme-case-import payload=", J(obj)))
    return out


def ep_fh_note(d, t):
    fh = d.fh
    if R.random() < 0.5:
        pieces = [f"[{t.strftime('%m/%d/%Y %H:%M')}] {d.coord}: {fh[0]} ({fh[1]}) called for death cert info; verified decedent ",
                  P(nm(d.p, "fl"), "name"), " DOB ", P(fd(d.dob, R.choice(["us", "us_short", "long"])), "date"),
                  ". Recovery complete, body released to FH at ", d.recov.strftime("%H%M"), " hrs."]
        if R.random() < 0.5:
            pieces += [" FH confirmed SSN for DC matches ours (", P(d.ssn, "ssn"), ")."]
    else:
        url_name = (d.p["first"].split()[0] + "-" + d.p["last"].replace(" ", "-").replace("'", "")).lower()
        url_name = url_name.translate(str.maketrans("áéíóúñçø", "aeiouncо")).replace("о", "o")
        url = R.choice([f"https://www.legacy.com/us/obituaries/expressnews/name/{url_name}-obituary?id={R.randint(50000000, 59999999)}",
                        f"https://www.gofundme.com/f/{url_name}-funeral-expenses",
                        f"https://www.{fh[0].split()[0].lower()}funeral.com/obituary/{url_name}"])
        pieces = [f"[{t.strftime('%m/%d/%Y %H:%M')}] {d.coord}: Obit posted ", P(url, "url"),
                  " - family asked that donation be mentioned at service. Aftercare packet to ",
                  P(nm(d.nok, "fl"), "name"), "."]
    return [mk("coord_note", *pieces)]


def ep_case_audit(d, t):
    out = []
    pre = lambda tt, u: f"{tt.strftime('%Y-%m-%d %H:%M:%S.')}{R.randint(0, 999):03d} -0500 AUDIT user={u} ip=10.20.1.{R.randint(20, 90)} "
    u = d.coord
    out.append(mk("case_audit", pre(t, u), "action=UPDATE entity=Donor key=", P(d.no, "other_id"),
                  ' field=RecoveryDateTime old=null new="', P(d.recov.strftime("%Y-%m-%d %H:%M"), "date"), '"'))
    r = R.random()
    if r < 0.35:
        a = d.nok["addr"]
        out.append(mk("case_audit", pre(t + dt.timedelta(seconds=R.randint(5, 60)), u), "action=UPDATE entity=NextOfKin key=",
                      P(d.no, "other_id"), '/NOK1 field=MailingAddress old=null new="', P(a["street"], "address"), ", ",
                      P(a["city"], "address"), ", TX ", P(a["zip"], "zip"), '"'))
    elif r < 0.6:
        out.append(mk("case_audit", pre(t + dt.timedelta(seconds=R.randint(5, 60)), u), "action=UPDATE entity=Donor key=",
                      P(d.no, "other_id"), " field=SSN old=null new=", P(d.ssn, "ssn")))
    elif r < 0.8:
        out.append(mk("case_audit", pre(t + dt.timedelta(seconds=R.randint(5, 60)), u), "action=LINK entity=Donor key=",
                      P(d.no, "other_id"), " referral=", P(d.ref, "other_id"), " din=", P(d.din, "other_id")))
    return out


def ep_hl7(d, t):
    out = []
    ctrl = f"VRL{t.strftime('%m%d')}-{R.randint(100, 999):05d}"
    out.append(mk("hl7_oru", f"MSH|^~\\&|ALINITY|VIRAREF-LAB^2.16.840.1.113883.3.7721^ISO|TTRAX|LSSN|{t.strftime('%Y%m%d%H%M%S')}-0500||ORU^R01^ORU_R01|{ctrl}|P|2.5.1|||AL|NE"))
    name_hl7 = nm(d.p, "hl7")
    out.append(mk("hl7_oru", "PID|1||", P(d.no, "other_id"), "^^^LSSN^DN~", P(d.mrn, "mrn"), f"^^^{d.hosp[1]}^MR||",
                  P(name_hl7, "name"), "||", P(fd(d.dob, "hl7"), "date"), f"|{d.p['sex']}|||||||||||||||||||||",
                  P(d.dod.strftime("%Y%m%d%H%M"), "date"), "|Y"))
    filler = f"VRL-24-{R.randint(100000, 199999)}"
    out.append(mk("hl7_oru", f"OBR|1|LSSN-ORD-{R.randint(5000, 5999)}|{filler}|SERO-EYE^Eye Donor Serology Panel^L|||",
                  P(d.drawn.strftime("%Y%m%d%H%M"), "date"), f"|||||||||||||||{t.strftime('%Y%m%d%H%M')}||LAB|F"))
    tests = [("5196-1", "HBsAg Ql"), ("16933-4", "HBcAb total"), ("13955-0", "HCV Ab"), ("56888-1", "HIV 1+2 Ab+p24 Ag"),
             ("20507-0", "T pallidum Ab"), ("99001-5", "HIV-1/HCV/HBV NAT (Ultrio Elite)"), ("31201-7", "HTLV I/II Ab")]
    for i, (lo, txt) in enumerate(R.sample(tests, R.randint(4, 6)), 1):
        out.append(mk("hl7_oru", f"OBX|{i}|ST|{lo}^{txt}^LN||Nonreactive|||N|||F|||{t.strftime('%Y%m%d%H%M')}|VRL^Viral Reference Lab"))
    out.append(mk("hl7_oru", f"NTE|1|L|Plasma dilution {R.randint(2, 38)}% - sample qualified per algorithm v4"))
    out.append(mk("hl7_oru", "SPM|1|", P(d.no + "-S1", "other_id"), "||BLDV^Blood venous^HL70487|||||||||||||",
                  P(d.drawn.strftime("%Y%m%d%H%M"), "date")))
    return out


def ep_instrument(d, t):
    out = []
    sid = d.no + "-S1"
    out.append(mk("instrument_log", f"{t.strftime('%Y-%m-%d %H:%M:%S.')}{R.randint(0, 999):03d} [ALINITY-S AS00421] RESULT SID=",
                  P(sid, "other_id"), f" ASSAY={R.choice(['HIV Ag/Ab Combo', 'HBsAg Qual II', 'Anti-HCV', 'Chagas'])} "
                  f"S/CO={R.uniform(0.04, 0.6):.2f} INTERP=NONREACTIVE OPER={R.choice(TECH)}"))
    for e in d.eyes:
        if R.random() < 0.5:
            t += dt.timedelta(minutes=R.randint(30, 90))
            pre = R.randint(520, 600)
            out.append(mk("instrument_log", f"{t.strftime('%m/%d/%Y %H:%M:%S')} MORIA-CBM sn=MC-20931 EVT=CUT_DONE tissue=",
                          P(f"{d.no}-{e}", "other_id"), f" head={R.choice([300, 350])}um pre_cct={pre}um post_cct={R.randint(85, 140)}um "
                          f"vac=OK dur={R.randint(12, 25)}s"))
    return out


def ep_specular(d, t):
    out = []
    for e in d.eyes:
        cd = R.randint(2300, 3100)
        name_field = ""
        pieces = ['"', P(f"{d.no}-{e}", "other_id"), '","']
        if R.random() < 0.15:
            pieces += [P(d.p["last"].upper(), "name"), '","DONOR"']
        else:
            pieces += ['","DONOR"']
        pieces += [f',"{"R" if e == "OD" else "L"}","{t.strftime("%m/%d/%Y")}","{t.strftime("%H:%M:%S")}",'
                   f'"{cd}","{R.randint(150, 260)}","{R.randint(24, 40)}","{R.randint(48, 68)}","{int(1e6 / cd)}",'
                   f'"{R.randint(700, 1100)}","{R.randint(150, 260)}","{R.randint(70, 180)}","{R.randint(520, 610)}"']
        out.append(mk("specular_csv", *pieces))
        t += dt.timedelta(minutes=R.randint(2, 8))
    return out


def ep_isbt(d, t):
    out = []
    st = R.choice(["PROC-01", "PROC-02", "DIST-01"])
    u = R.choice(TECH)
    out.append(mk("isbt128_scan", f"{t.strftime('%Y-%m-%dT%H:%M:%S')}|{st}|{u}|DS001|=", P(d.din_raw, "other_id"), "00|DIN ",
                  P(d.din, "other_id"), " flags=00|ACCEPT"))
    t += dt.timedelta(seconds=R.randint(2, 9))
    prod = R.choice(["V0048", "V0053", "V0067", "V0090"])
    out.append(mk("isbt128_scan", f"{t.strftime('%Y-%m-%dT%H:%M:%S')}|{st}|{u}|DS003|=<{prod}000|PROD {prod} div 00|ACCEPT"))
    t += dt.timedelta(seconds=R.randint(40, 200))
    out.append(mk("nlog", ts_nlog(t), "|INFO|LoneStar.Tracking.LabelPrintService|Printed ISBT 128 label set DIN=",
                  P(d.din, "other_id"), f" product={prod} qty={len(d.eyes)} printer=ZT411-PROC-01 zpl_bytes={R.randint(1800, 2600)}"))
    return out


def ep_courier(d, eye, t):
    trk = str(R.randint(770000000000, 779999999999))
    surg = R.choice(SURGEONS)
    obj = {"eventType": "SHIPMENT_STATUS", "carrier": R.choice(["FDXE", "QIK", "UPSN"]), "trackingNumber": trk,
           "statusCode": "PU", "statusDesc": "Picked up", "eventTimestamp": t.strftime("%Y-%m-%dT%H:%M:%S-05:00"),
           "scanLocation": {"city": "SAN ANTONIO", "state": "TX", "postalCode": "78229"},
           "references": {"customerRef": P(f"{d.no}-{eye}", "other_id"), "po": f"ORD-2024-{R.randint(1100, 1999):05d}"},
           "shipTo": {"attn": f"Dr. {surg[0]}", "company": surg[2]}}
    return [mk("courier_webhook", J(obj))]


_photo_done = False


def ep_esign(d, t):
    out = []
    rid = uuid()
    ip = pub_ip()
    out.append(mk("nginx_access", ip and P(ip, "ip"), f" - - [{ts_nginx(t)}] \"POST /authorize/{hexid(24)}/sign HTTP/2.0\" 302 0 "
                  f"\"https://auth.lonestarsight.org/authorize/\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) "
                  f"AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1\" rt=0.{R.randint(100, 899)}"))
    u = t + dt.timedelta(seconds=1)
    out.append(mk("lambda", f"START RequestId: {rid} Version: $LATEST"))
    nok = d.nok
    obj = {"level": "info", "msg": "authorization signed", "donorNo": P(d.no, "other_id"),
           "signer": {"name": P(nm(nok, "fl"), "name"), "email": P(nok["email"], "email"), "relationship": nok["rel"],
                      "ip": P(ip, "ip")}, "docs": ["AUTH-OCULAR-v7", "HIPAA-REL"], "sha256": hexid(64)}
    out.append(mk("lambda", f"{ts_iso_utc(u)}\t{rid}\tINFO\t", J(obj)))
    global _photo_done
    if not _photo_done or R.random() < 0.4:
        _photo_done = True
        photo = b64blob(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00", 240)
        out.append(mk("lambda", f"{ts_iso_utc(u)}\t{rid}\tDEBUG\t", J({"msg": "id verification upload", "mime": "image/jpeg",
                                                                       "idPhoto": P(photo, "photo"), "bytes": 262})))
    dur = R.uniform(80, 900)
    out.append(mk("lambda", f"END RequestId: {rid}"))
    out.append(mk("lambda", f"REPORT RequestId: {rid}\tDuration: {dur:.2f} ms\tBilled Duration: {int(dur) + 1} ms\t"
                  f"Memory Size: 256 MB\tMax Memory Used: {R.randint(70, 140)} MB"))
    return out


def ep_aftercare(d, t):
    rid = uuid()
    a = d.nok["addr"]
    obj = {"job": "aftercare-letter", "template": "AFTERCARE_30D_" + ("ES" if d.spanish else "EN"),
           "to": {"name": P(nm(d.nok, "fl"), "name"), "line1": P(a["street"], "address"), "city": P(a["city"], "address"),
                  "state": "TX", "zip": P(a["zip"], "zip")}, "donorNo": P(d.no, "other_id"), "lobJobId": "ltr_" + hexid(16)}
    return [mk("lambda", f"[INFO]\t{ts_iso_utc(t)}\t{rid}\tqueued letter ", J(obj))]


def ep_nok_fax(d, t):
    fx = phone("dash")
    return [mk("coord_note", f"[{t.strftime('%m/%d/%Y %H:%M')}] {d.coord}: NOK ", P(nm(d.nok, "fl"), "name"),
               " asked for copy of signed authorization - faxed to ", P(fx, "fax"), f" ({'her' if d.nok['sex'] == 'F' else 'his'} office), 2 pp.")]


# recipients ---------------------------------------------------------------------------
def ep_order(r, t):
    out = []
    s = r["surgeon"]
    ctx = {"order_id": r["order"], "surgeon_id": s[3], "user": s[1], "tissue_type": r["proc"],
           "recipient": {"initials": P(nm(r, "ini"), "name"), "mrn": P(r["mrn"], "mrn"),
                         "dob": P(fd(r["dob"], "us"), "date"), "eye": r["eye"]},
           "surgery_date": P(fd(r["surg"], "iso"), "date"), "facility": s[2]}
    if r["age"] > 89:
        ctx["recipient"]["age"] = P(r["age"], "age")
    out.append(mk("laravel", ts_lar(t), " production.INFO: Tissue order submitted ", J(ctx)))
    if R.random() < 0.6:
        t2 = t + dt.timedelta(seconds=R.randint(1, 5))
        out.append(mk("laravel", ts_lar(t2), " production.INFO: Billing info attached ",
                      J({"order_id": r["order"], "payer": r["plan"][0], "member_id": P(r["plan"][1], "health_plan"),
                         "har": P(r["har"], "account"), "auth_required": False})))
    return out


def ep_order_dup(r, t):
    out = []
    key = f"{r['mrn']}-{fd(r['surg'], 'iso')}"
    out.append(mk("laravel", ts_lar(t), " production.ERROR: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '",
                  P(r["mrn"], "mrn"), "-", P(fd(r["surg"], "iso"), "date"),
                  "' for key 'orders_recipient_mrn_surgery_date_unique' (SQL: insert into `orders` (`surgeon_id`, `recipient_mrn`, "
                  "`surgery_date`, `tissue_type`) values (", str(r["surgeon"][3]), ", ", P(r["mrn"], "mrn"), ", ",
                  P(fd(r["surg"], "iso"), "date"), f", {r['proc']})) {{\"userId\":{r['surgeon'][3]},\"exception\":\"[object] "
                  "(Illuminate\\\\Database\\\\QueryException(code: 23000): SQLSTATE[23000] at "
                  "/var/www/portal/vendor/laravel/framework/src/Illuminate/Database/Connection.php:760)\"}"))
    out.append(mk("laravel", "[stacktrace]"))
    out.append(mk("laravel", "#0 /var/www/portal/vendor/laravel/framework/src/Illuminate/Database/Connection.php(720): "
                  "Illuminate\\Database\\Connection->runQueryCallback('insert into `or...', Array, Object(Closure))"))
    out.append(mk("laravel", "#1 /var/www/portal/app/Http/Controllers/OrderController.php(88): "
                  "Illuminate\\Database\\Eloquent\\Model->save()"))
    return out


def ep_slow(r, t):
    out = []
    u = t + dt.timedelta(hours=5)
    out.append(mk("mysql_slow", f"# Time: {u.strftime('%Y-%m-%dT%H:%M:%S')}.{R.randint(0, 999999):06d}Z"))
    out.append(mk("mysql_slow", f"# User@Host: portal_app[portal_app] @  [10.0.3.{R.randint(10, 40)}]  Id: {R.randint(40000, 49999)}"))
    qt = R.uniform(1.2, 9.5)
    out.append(mk("mysql_slow", f"# Query_time: {qt:.6f}  Lock_time: 0.000{R.randint(100, 999)} Rows_sent: 1  Rows_examined: {R.randint(200000, 900000)}"))
    epoch = int((u - dt.datetime(1970, 1, 1)).total_seconds())
    out.append(mk("mysql_slow", f"SET timestamp={epoch};"))
    if R.random() < 0.5:
        out.append(mk("mysql_slow", "SELECT r.* FROM recipients r WHERE r.last_name = '", P(r["last"].replace("'", "''"), "name"),
                      "' AND r.dob = '", P(fd(r["dob"], "iso"), "date"), "' LIMIT 1;"))
    else:
        out.append(mk("mysql_slow", "SELECT o.id, o.status FROM orders o JOIN recipients r ON r.id = o.recipient_id WHERE r.mrn = '",
                      P(r["mrn"], "mrn"), "' OR r.har = '", P(r["har"], "account"), "' ORDER BY o.created_at DESC;"))
    return out


def ep_nginx_search(r, t):
    s = r["surgeon"]
    q = urllib.parse.quote_plus(r["last"])
    return [mk("nginx_access", f"{R.choice(['98.', '104.', '24.'])}{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}",
               f" - {s[1].split('@')[0]} [{ts_nginx(t)}] \"GET /recipients/search?last=", P(q, "name"), "&dob=",
               P(fd(r["dob"], "iso"), "date"), f"&page=1 HTTP/1.1\" 200 {R.randint(900, 4000)} "
               "\"https://portal.lonestarsight.org/orders/new\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
               f"(KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36\" rt=0.{R.randint(100, 999)}")]


def ep_outcome(r, t):
    s = r["surgeon"]
    today = t.date()
    opts = [x for x in (30, 90, 120, 180, 183, 365) if r["surg"] + dt.timedelta(days=x) <= today - dt.timedelta(days=2)] or [1]
    off = R.choice(opts)
    visit = r["surg"] + dt.timedelta(days=off)
    fname = {1: "postop_day1", 30: "followup_1mo", 90: "followup_3mo", 120: "followup_4mo", 180: "followup_6mo",
             183: "followup_6mo", 365: "followup_12mo"}[off]
    if R.random() < 0.55:
        fam_f = person("F", last=r["last"] if R.random() < 0.5 else None)
        fam_m = person("M", last=r["last"])
        pron = "her" if r["sex"] == "F" else "him"
        comments = R.choice([
            ("Pt doing well, ", fam_f["first"], f" (daughter) drives {pron} to visits; no rejection episodes"),
            ("mild haze at 3 mo, resolved w/ QID pred; son ", fam_m["first"] + " " + fam_m["last"], " asks re: 2nd eye"),
            ("graft clear, sutures out, pinhole 20/25 ", "", ""),
        ])
        fields = [("form", fname, None), ("recip_initials", nm(r, "ini"), "name"),
                  ("recip_dob", fd(r["dob"], "us"), "date"), ("recip_mrn", r["mrn"], "mrn"), ("tissue_id", r["tissue"], None),
                  ("surgery_dt", fd(r["surg"], "us"), "date"), ("visit_dt", fd(visit, "us"), "date"),
                  ("eye", r["eye"], None), ("bcva", "20/" + str(R.choice([20, 25, 30, 40, 50, 70])), None),
                  ("graft_clear", R.choice("YYYN"), None), ("rejection", R.choice("NNNY"), None), ("iop", str(R.randint(10, 24)), None)]
        pieces = [t.strftime("%Y-%m-%d %H:%M:%S"), f" AUDIT portal.forms submitted_by=u{s[3]} ip=10.0.3.{R.randint(2, 9)} body=\""]
        for i, (k, v, c) in enumerate(fields):
            if i:
                pieces.append("&")
            ev = urllib.parse.quote_plus(v)
            if k == "tissue_id":
                c = "other_id" if not r["tissue"].startswith("23-") else "other_id"
            pieces += [k, "=", P(ev, c)]
        pieces.append("&comments=")
        a, b, c3 = comments
        pieces.append(urllib.parse.quote_plus(a))
        if b:
            pieces.append(P(urllib.parse.quote_plus(b), "name"))
            pieces.append(urllib.parse.quote_plus(c3))
        pieces.append("\"")
        return [mk("outcome_form", *pieces)]
    obj = {"formType": R.choice([fname.upper(), "ADVERSE_REACTION"]), "submittedBy": {"npi": str(R.randint(1000000000, 1999999999)),
           "name": "Dr. " + s[0]}, "recipient": {"name": P(nm(r, R.choice(["lf", "fl", "LF"])), "name"),
           "dob": P(fd(r["dob"], R.choice(["iso", "us"])), "date"), "mrn": P(r["mrn"], "mrn")},
           "tissueId": P(r["tissue"], "other_id"), "surgeryDate": P(fd(r["surg"], "iso"), "date"),
           "visitDate": P(fd(visit, "iso"), "date"), "outcome": {"graftClear": R.random() < 0.85, "bcva": "20/40",
           "reoperation": False}}
    if r["age"] > 89:
        obj["recipient"]["ageAtSurgery"] = P(r["age"], "age")
    if R.random() < 0.5:
        obj["recipient"]["implant"] = {"type": "IOL", "udi": P(f"(01)0{R.randint(1000000000000, 9999999999999)}(17)2{R.randint(6, 9)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}(21){R.randint(10000000, 99999999)}", "device")}
    return [mk("outcome_form", f"{t.strftime('%Y-%m-%d %H:%M:%S')} INFO forms-api POST /api/v2/outcomes 201 body=", J(obj))]


def ep_adverse(r, t):
    out = []
    onset = r["surg"] + dt.timedelta(days=R.randint(1, 20))
    surg = r["surgeon"]
    pieces = [f"[{t.strftime('%m/%d/%Y %H:%M')}] jbowers: {surg[2]} (Dr. {surg[0].split()[-1]}) reported suspected PGF in recipient ",
              P(nm(r, "ini"), "name"), " MRN ", P(r["mrn"], "mrn"), ", surgery ", P(fd(r["surg"], "us_short"), "date"),
              ", onset ", P(fd(onset, "us_short"), "date"), "; tissue ", P(r["tissue"], "other_id"),
              f". Mate cornea quarantined pending review, CAPA-24-0{R.randint(10, 39)} opened."]
    out.append(mk("coord_note", *pieces))
    age_piece = P(r["age"], "age") if r["age"] > 89 else str(r["age"])
    out.append(mk("regulatory_csv", f"AR-2024-{R.randint(1, 40):03d},", P(r["tissue"], "other_id"), ",", P(r["din"], "other_id"),
                  f",{r['proc']},", P(fd(r["surg"], "iso"), "date"), ",", P(fd(onset, "iso"), "date"), ",", age_piece,
                  ",\"Primary graft failure\",Regraft,NO,OPEN"))
    return out


def ep_es_recipient(r, t):
    rc = "receptora" if r["sex"] == "F" else "receptor"
    return [mk("coord_note", f"[{t.strftime('%d/%m/%Y %H:%M')}] avega: Llamó ", P(nm(r, R.choice(["fl", "FL"])), "name"),
               f", {rc} de córnea (", P(r["tissue"], "other_id"), "), tel. ", P(r["phone"], "phone"),
               ". Quiere escribir una carta a la familia del donante; se le explicó el proceso anónimo.")]


# --------------------------------------------------------------------------------------
# schedule PHI episodes
events = []  # (time, order, lines)
_ord = [0]


def add(t, lines):
    _ord[0] += 1
    events.append((t, _ord[0], lines))


for d in donors:
    t0 = jit(d.dod + dt.timedelta(minutes=R.randint(15, 60)))
    add(t0, ep_callcenter(d, t0))
    if R.random() < 0.7:
        add(t0 + dt.timedelta(minutes=R.randint(1, 6)), ep_referral_json(d, t0 + dt.timedelta(minutes=3)))
    t1 = jit(t0 + dt.timedelta(minutes=R.randint(40, 110)))
    add(t1, ep_nok_note(d, t1))
    if R.random() < 0.55:
        te = jit(t1 + dt.timedelta(minutes=R.randint(15, 50)))
        add(te, ep_esign(d, te))
    if R.random() < 0.75:
        td = jit(t1 + dt.timedelta(minutes=R.randint(60, 180)))
        add(td, ep_drai(d, td))
    if d.me:
        tm = jit(t0 + dt.timedelta(minutes=R.randint(30, 90)))
        add(tm, ep_me_fax(d, tm))
        tm = jit(tm + dt.timedelta(minutes=R.randint(20, 70)))
        add(tm, ep_me_note(d, tm))
        if R.random() < 0.5:
            tm = jit(tm + dt.timedelta(minutes=R.randint(5, 40)))
            add(tm, ep_me_import(d, tm))
    ta = jit(d.recov + dt.timedelta(minutes=R.randint(30, 120)))
    add(ta, ep_case_audit(d, ta))
    if R.random() < 0.7:
        tf = jit(d.recov + dt.timedelta(hours=R.randint(1, 20)))
        add(tf, ep_fh_note(d, tf))
    th = jit(d.recov + dt.timedelta(hours=R.randint(6, 14)))
    if R.random() < 0.8:
        add(th, ep_hl7(d, th))
    add(th + dt.timedelta(minutes=20), ep_instrument(d, th + dt.timedelta(minutes=20)))
    ts_ = jit(d.recov + dt.timedelta(hours=R.randint(3, 8)))
    add(ts_, ep_specular(d, ts_))
    ti = jit(d.recov + dt.timedelta(hours=R.randint(15, 30)))
    add(ti, ep_isbt(d, ti))
    for e in d.eyes:
        if R.random() < 0.45:
            tc = jit(d.recov + dt.timedelta(days=R.randint(1, 3), hours=R.randint(0, 6)))
            add(tc, ep_courier(d, e, tc))
    if R.random() < 0.35:
        tl = jit(d.recov + dt.timedelta(days=R.randint(1, 2)))
        add(tl, ep_aftercare(d, tl))
    if R.random() < 0.2:
        tx = jit(t1 + dt.timedelta(hours=R.randint(2, 8)))
        add(tx, ep_nok_fax(d, tx))

for d in ruled:
    t0 = jit(d.dod + dt.timedelta(minutes=R.randint(15, 60)))
    add(t0, ep_callcenter(d, t0))
    if R.random() < 0.6:
        add(t0 + dt.timedelta(minutes=2), ep_referral_json(d, t0 + dt.timedelta(minutes=2)))


def rtime():
    return DAY0 + dt.timedelta(days=R.randint(0, 5), hours=R.randint(6, 19), minutes=R.randint(0, 59), seconds=R.randint(0, 59))


for i, r in enumerate(recipients):
    if i < 7:
        t = rtime()
        add(t, ep_order(r, t))
        if R.random() < 0.5:
            t2 = t - dt.timedelta(minutes=R.randint(1, 4))
            add(t2, ep_nginx_search(r, t2))
        if R.random() < 0.4:
            t3 = t + dt.timedelta(minutes=R.randint(1, 60))
            add(t3, ep_slow(r, t3))
        if R.random() < 0.25:
            t4 = t + dt.timedelta(minutes=R.randint(2, 10))
            add(t4, ep_order_dup(r, t4))
    else:
        t = rtime()
        add(t, ep_outcome(r, t))
        if R.random() < 0.5:
            t5 = rtime()
            add(t5, ep_slow(r, t5))
# adverse reactions / letters from recipients (older surgeries)
for r in recipients[7:9]:
    t = rtime()
    add(t, ep_adverse(r, t))
for r in R.sample(recipients, 2):
    t = rtime()
    add(t, ep_es_recipient(r, t))
for r in R.sample(recipients[7:], 2):
    t = rtime()
    add(t, ep_outcome(r, t))


# --------------------------------------------------------------------------------------
# noise generators (no PHI)
def n_cc(t):
    k = R.randrange(6)
    if k == 0:
        return [mk("callcenter", cc_prefix(t, "INFO", "scheduling-1", "o.l.referral.QueueMonitor"),
                   f"queue=EYE_REF waiting={R.randint(0, 2)} agentsReady={R.randint(1, 4)} longestWaitSec={R.randint(0, 40)} sla=0.9{R.randint(0, 9)}")]
    if k == 1:
        return [mk("callcenter", cc_prefix(t, "DEBUG", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool"),
                   f"HikariPool-1 - Pool stats (total=10, active={R.randint(0, 3)}, idle={R.randint(7, 10)}, waiting=0)")]
    if k == 2:
        return [mk("callcenter", cc_prefix(t, "WARN", "acd-bridge-1", "o.l.telephony.AcdBridge"),
                   f"SIP OPTIONS ping to 10.20.4.{R.randint(10, 30)}:5060 timed out after 2000ms (attempt {R.randint(1, 3)}/3)")]
    if k == 3:
        call = f"CC-{t.strftime('%Y%m%d')}-{R.randint(100, 1999):05d}"
        return [mk("callcenter", cc_prefix(t, "INFO", "acd-bridge-2", "o.l.telephony.AcdBridge"),
                   f"CallReceived callId={call} ani={R.choice(HOSPS)[2].replace('-', '')} dnis=8005550163 queue=EYE_REF trunk=SIP-TWL-1"),
                mk("callcenter", cc_prefix(t + dt.timedelta(minutes=R.randint(1, 3)), "INFO", "acd-bridge-2", "o.l.telephony.AcdBridge"),
                   f"CallEnded callId={call} duration=00:0{R.randint(1, 3)}:{R.randint(0, 59):02d} disposition="
                   f"{R.choice(['TIME_ONLY_NOT_SUITABLE', 'INFO_REQUEST', 'WRONG_NUMBER', 'HOSPITAL_UPDATE'])} agent={R.choice(COORD)}")]
    if k == 4:
        return [mk("callcenter", cc_prefix(t, "INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer"),
                   "Tomcat started on port(s): 8443 (https) with context path ''")]
    return [mk("callcenter", cc_prefix(t, "INFO", "scheduling-2", "o.l.referral.StatsJob"),
               f"daily stats referrals={R.randint(18, 44)} eyeSuitable={R.randint(2, 9)} ruledOut={R.randint(8, 30)} avgHandleSec={R.randint(280, 600)}")]


def n_refjson(t):
    k = R.randrange(3)
    if k == 0:
        return [mk("referral_json", J({"ts": ts_iso_utc(t), "level": "info", "logger": "referral-api", "msg": "GET /healthz",
                                       "status": 200, "durMs": R.randint(1, 6)}))]
    if k == 1:
        return [mk("referral_json", J({"@timestamp": ts_iso_utc(t), "log.level": "WARN", "message": "HL7 feed lag",
                                       "feed": R.choice(HOSPS)[1], "lag_sec": R.randint(60, 900), "trace.id": hexid(32)}, sp=True))]
    return [mk("referral_json", J({"ts": ts_iso_utc(t), "level": "error", "logger": "referral-api", "event": "referral.reject",
                                   "reason": "schema validation failed: /patient/dateOfBirth missing", "requestId": uuid(), "source": "EPIC_BPA"}))]


def n_drai(t):
    k = R.randrange(3)
    pre = f"{ts_iso_local(t)} drai-svc[{R.randint(2100, 2199)}] "
    if k == 0:
        return [mk("drai_form", pre, f"INFO template loaded form=DRAI-AATB-v3.2 lang={R.choice(['en', 'es'])} questions=52 session={hexid(8)}")]
    if k == 1:
        return [mk("drai_form", pre, f"WARN session={hexid(8)} autosave failed: 503 from forms-store, retry in {R.randint(2, 10)}s")]
    return [mk("drai_form", pre, f"INFO listening on 0.0.0.0:{R.choice([8081, 8088])} pid={R.randint(2100, 2199)} node=v20.11.1 build=drai-svc@4.{R.randint(0, 9)}.{R.randint(0, 20)}")]


def n_note(t):
    k = R.randrange(6)
    who = R.choice(COORD)
    if k == 0:
        return [mk("coord_note", f"[{t.strftime('%m/%d/%Y %H:%M')}] {who}: Shift handoff - {R.randint(0, 4)} referrals pending, BSC-2 cert due 3/20, "
                   f"Optisol-GS lot 2401-{R.randint(100, 199)} running low ({R.randint(4, 12)} vials).")]
    if k == 1:
        return [mk("coord_note", f"[{t.strftime('%d/%m/%Y %H:%M')}] {who}: Cambio de turno: sin referencias pendientes. Revisar temperatura del refrigerador 2 (marcó 6.1 °C a las 03:00).")]
    if k == 2:
        return [mk("coord_note", f"[{t.strftime('%m/%d/%Y %H:%M')}] {who}: Courier QIK confirmed 2 pickups tomorrow 0700 for Gulf Coast Cornea and RGV Eye Institute.")]
    if k == 3:
        return [mk("coord_note", f"[{t.strftime('%d/%m/%Y %H:%M')}] {who}: La línea de referencias estuvo caída 14 min (SIP); Twilio ticket #{R.randint(1000000, 9999999)}.")]
    if k == 4:
        return [mk("coord_note", f"[{t.strftime('%m/%d/%Y %H:%M')}] {who}: Called {R.choice(HOSPS)[0]} house sup re: late referral (time of death >1h before call); education letter sent.")]
    return [mk("coord_note", f"[{t.strftime('%m/%d/%Y %H:%M')}] {who}: On-call {R.choice(COORD)} reachable at ext 4417 until 0700.")]


def n_audit(t):
    u = R.choice(COORD + TECH)
    pre = f"{t.strftime('%Y-%m-%d %H:%M:%S.')}{R.randint(0, 999):03d} -0500 AUDIT user={u} ip=10.20.1.{R.randint(20, 90)} "
    k = R.randrange(4)
    if k == 0:
        return [mk("case_audit", pre, "action=LOGIN result=SUCCESS mfa=TOTP client=TTRAX-Desktop/5.2.0.318")]
    if k == 1:
        return [mk("case_audit", pre, f"action=UPDATE entity=ReagentLot key=OPT-2401-{R.randint(100, 199)} field=QtyOnHand old={R.randint(5, 12)} new={R.randint(1, 4)}")]
    if k == 2:
        return [mk("case_audit", pre, "action=EXPORT entity=Report key=EBAA_MONTHLY rows=128 format=CSV")]
    return [mk("case_audit", pre, f"action=LOGOUT reason=IDLE_TIMEOUT session_min={R.randint(15, 240)}")]


def n_hl7(t):
    ctrl = f"VRL{t.strftime('%m%d')}-{R.randint(100, 999):05d}"
    return [mk("nlog", ts_nlog(t), f"|INFO|LoneStar.Interfaces.Hl7Listener|Received ORU^R01 control={ctrl} from 10.40.2.8:{R.randint(49152, 65000)} segments={R.randint(9, 14)} ack=AA")]


def n_instr(t):
    k = R.randrange(5)
    if k == 0:
        return [mk("instrument_log", f"{t.strftime('%Y-%m-%d %H:%M:%S.')}{R.randint(0, 999):03d} [ALINITY-S AS00421] QC LEVEL={R.choice(['NEG', 'POS'])} "
                   f"ASSAY={R.choice(['HIV Ag/Ab Combo', 'HBsAg Qual II', 'Anti-HCV', 'HTLV I/II'])} LOT={R.randint(40000, 49999)}UN2{R.randint(1, 4)} RESULT=PASS")]
    if k == 1:
        return [mk("instrument_log", f"{t.strftime('%Y-%m-%d %H:%M:%S')} TEMPTRAK probe={R.choice(['FRIDGE-1', 'FRIDGE-2', 'INCUB-1', 'SHIPPER-QA'])} "
                   f"temp={R.uniform(2.2, 7.4):.1f}C setpoint=4.0 alarm={R.choice(['none', 'none', 'none', 'HIGH'])}")]
    if k == 2:
        return [mk("instrument_log", f"{t.strftime('%m/%d/%Y %H:%M:%S')} MORIA-CBM sn=MC-20931 EVT=SELF_TEST result=OK vac_kpa={R.randint(58, 66)} fw=2.4.1")]
    if k == 3:
        return [mk("instrument_log", f"{t.strftime('%Y-%m-%d %H:%M:%S')} BSC-{R.randint(1, 2)} NuAire LabGard downflow={R.uniform(0.28, 0.36):.2f}m/s inflow={R.uniform(0.48, 0.55):.2f}m/s status=NORMAL")]
    return [mk("instrument_log", f"{t.strftime('%Y-%m-%d %H:%M:%S.')}{R.randint(0, 999):03d} [ALINITY-S AS00421] MAINT daily "
               f"probe_wash=OK reagent_inventory=OK waste={R.randint(10, 80)}% uptime={R.randint(3, 40)}d")]


def n_spec(t):
    k = R.randrange(2)
    if k == 0:
        return [mk("specular_csv", '"Patient ID","Last Name","First Name","Eye","Exam Date","Exam Time","CD","SD","CV","HEX","AVG","MAX","MIN","NUM","CCT"')]
    return [mk("specular_csv", f'# CellChek D export v4.1.2 device=KONAN-CCD-{R.randint(1000, 9999)} calib={t.strftime("%Y-%m-%d")} frame=0.25x0.50mm')]


def n_isbt(t):
    st = R.choice(["PROC-01", "PROC-02", "DIST-01"])
    u = R.choice(TECH)
    k = R.randrange(3)
    if k == 0:
        d = t + dt.timedelta(days=R.randint(7, 14))
        jjj = d.timetuple().tm_yday
        return [mk("isbt128_scan", f"{t.strftime('%Y-%m-%dT%H:%M:%S')}|{st}|{u}|DS004|=>0{d.strftime('%y')}{jjj:03d}|EXP {d.strftime('%Y-%m-%d')}|ACCEPT")]
    if k == 1:
        return [mk("isbt128_scan", f"{t.strftime('%Y-%m-%dT%H:%M:%S')}|{st}|{u}|DS???|{hexid(6).upper()}|unrecognized data identifier|REJECT")]
    return [mk("isbt128_scan", f"{t.strftime('%Y-%m-%dT%H:%M:%S')}|{st}|{u}|DS002|=%{R.randint(1000, 9999)}|BLOOD GROUPS N/A (tissue)|IGNORED")]


def n_nlog(t):
    k = R.randrange(7)
    svc = R.choice(["LoneStar.Tracking.ScannerService", "LoneStar.Tracking.LabelPrintService", "LoneStar.Interfaces.SftpPoller",
                    "LoneStar.Coordination.FaxGateway", "LoneStar.Interfaces.Hl7Listener"])
    if k == 0:
        return [mk("nlog", ts_nlog(t), f"|INFO|{svc}|Service started. Version 3.8.{R.randint(0, 4)}.{R.randint(1000, 1300)} (build 2024.02.27) on LSSN-APP02")]
    if k == 1:
        return [mk("nlog", ts_nlog(t), f"|DEBUG|{svc}|Heartbeat ok, queue depth={R.randint(0, 3)}, gen2 GC={R.randint(0, 40)}")]
    if k == 2:
        return [mk("nlog", ts_nlog(t), f"|INFO|LoneStar.Interfaces.SftpPoller|Polling sftp.viraref-lab.com:22 /outbound: {R.randint(0, 2)} files, {R.randint(0, 400)} ms")]
    if k == 3:
        return [mk("nlog", ts_nlog(t), f"|WARN|LoneStar.Tracking.LabelPrintService|Printer ZT411-PROC-0{R.randint(1, 2)} 10.20.3.{R.randint(40, 60)}:9100 reports RIBBON LOW")]
    if k == 4:
        return [mk("nlog", ts_nlog(t), "|ERROR|LoneStar.Tracking.ScannerService|Inventory sync failed System.Data.SqlClient.SqlException (0x80131904): "
                   "Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding."),
                mk("nlog", "   at System.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)"),
                mk("nlog", "   at System.Data.SqlClient.SqlCommand.ExecuteReader(CommandBehavior behavior)"),
                mk("nlog", f"   at LoneStar.Tracking.Data.InventoryRepository.GetAvailable(String tissueType) in C:\\build\\agent\\_work\\{R.randint(1, 9)}\\s\\src\\Tracking.Data\\InventoryRepository.cs:line {R.randint(40, 300)}"),
                mk("nlog", f"ClientConnectionId:{uuid()}")]
    if k == 5:
        global seq_fx
        seq_fx += R.randint(1, 5)
        return [mk("nlog", ts_nlog(t), f"|INFO|LoneStar.Coordination.FaxGateway|Fax job FX-{seq_fx} status=DELIVERED remote_csid=\"{R.choice(FH)[2]}\" pages={R.randint(1, 4)} secs={R.randint(30, 140)}")]
    return [mk("nlog", ts_nlog(t), f"|INFO|{svc}|Configuration reloaded from C:\\ProgramData\\LoneStar\\{svc.split('.')[-1]}.config (hash {hexid(12)})")]


def n_laravel(t):
    k = R.randrange(6)
    if k == 0:
        return [mk("laravel", ts_lar(t), f" production.INFO: Scheduled command [inventory:sync] finished in {R.uniform(0.4, 4):.2f}s")]
    if k == 1:
        return [mk("laravel", ts_lar(t), f" production.WARNING: Cache miss storm detected for key tissue_inventory:{R.choice(['DMEK', 'DSAEK', 'PK'])} "
                   f"{{\"hits\":{R.randint(40, 200)},\"window\":\"60s\"}}")]
    if k == 2:
        s = R.choice(SURGEONS)
        return [mk("laravel", ts_lar(t), f" production.INFO: User login {{\"user_id\":{s[3]},\"email\":\"{s[1]}\",\"ip\":\"{R.randint(24, 108)}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}\",\"2fa\":true}}")]
    if k == 3:
        return [mk("laravel", ts_lar(t), f" production.INFO: Order status changed {{\"order_id\":\"ORD-2024-{R.randint(1100, 1999):05d}\",\"from\":\"ALLOCATED\",\"to\":\"SHIPPED\",\"tracking\":\"{R.randint(770000000000, 779999999999)}\"}}")]
    if k == 4:
        return [mk("laravel", ts_lar(t), " production.ERROR: cURL error 28: Operation timed out after 10001 milliseconds with 0 bytes received "
                   "(see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://api.fedex.com/track/v1/trackingnumbers "
                   f"{{\"exception\":\"[object] (GuzzleHttp\\\\Exception\\\\ConnectException(code: 0))\"}}"),
                mk("laravel", "[stacktrace]"),
                mk("laravel", "#0 /var/www/portal/vendor/guzzlehttp/guzzle/src/Handler/CurlHandler.php(43): GuzzleHttp\\Handler\\CurlFactory::finish(Object(GuzzleHttp\\Handler\\CurlHandler), Object(GuzzleHttp\\Handler\\EasyHandle), Object(GuzzleHttp\\Handler\\CurlFactory))"),
                mk("laravel", "#1 {main}")]
    return [mk("laravel", ts_lar(t), f" production.DEBUG: Queue worker processed App\\Jobs\\SendSurgeonDigest in {R.randint(80, 900)}ms attempts=1")]


def n_slow(t):
    u = t + dt.timedelta(hours=5)
    epoch = int((u - dt.datetime(1970, 1, 1)).total_seconds())
    q = R.choice([
        "SELECT COUNT(*) FROM tissue_inventory WHERE status = 'AVAILABLE' AND expires_at > NOW() AND tissue_type IN ('DMEK','DSAEK');",
        "UPDATE sessions SET last_activity = 1710401923 WHERE id = '" + hexid(40) + "';",
        "SELECT s.id, COUNT(o.id) AS n FROM surgeons s LEFT JOIN orders o ON o.surgeon_id = s.id AND o.created_at > '2024-01-01' GROUP BY s.id;",
        "DELETE FROM jobs WHERE reserved_at < 1710300000 LIMIT 1000;"])
    return [mk("mysql_slow", f"# Time: {u.strftime('%Y-%m-%dT%H:%M:%S')}.{R.randint(0, 999999):06d}Z"),
            mk("mysql_slow", f"# User@Host: {R.choice(['portal_app[portal_app]', 'report_ro[report_ro]'])} @  [10.0.3.{R.randint(10, 40)}]  Id: {R.randint(40000, 49999)}"),
            mk("mysql_slow", f"# Query_time: {R.uniform(1.0, 6):.6f}  Lock_time: 0.000{R.randint(100, 999)} Rows_sent: {R.randint(1, 90)}  Rows_examined: {R.randint(20000, 900000)}"),
            mk("mysql_slow", f"SET timestamp={epoch};"),
            mk("mysql_slow", q)]


def n_nginx(t):
    k = R.randrange(4)
    if k == 0:
        return [mk("nginx_access", f"10.0.1.{R.randint(2, 250)} - - [{ts_nginx(t)}] \"GET /up HTTP/1.1\" 200 {R.randint(15, 40)} \"-\" \"ELB-HealthChecker/2.0\" rt=0.00{R.randint(1, 9)}")]
    s = R.choice(SURGEONS)
    ip = f"{R.choice([98, 104, 24, 70])}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}"
    if k == 1:
        return [mk("nginx_access", f"{ip} - {s[1].split('@')[0]} [{ts_nginx(t)}] \"GET /orders/ORD-2024-{R.randint(1100, 1999):05d} HTTP/1.1\" 200 {R.randint(3000, 9000)} "
                   "\"https://portal.lonestarsight.org/orders\" \"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15\" rt=0." + str(R.randint(100, 999)))]
    if k == 2:
        return [mk("nginx_access", f"{ip} - - [{ts_nginx(t)}] \"GET /build/assets/app-{hexid(8)}.js HTTP/2.0\" 200 {R.randint(80000, 240000)} \"https://portal.lonestarsight.org/login\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36\" rt=0.0{R.randint(10, 99)}")]
    return [mk("nginx_access", f"{R.randint(45, 200)}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)} - - [{ts_nginx(t)}] \"GET /wp-login.php HTTP/1.1\" 404 162 \"-\" \"Mozilla/5.0 (compatible; zgrab/0.x)\" rt=0.001")]


def n_courier(t):
    trk = str(R.randint(770000000000, 779999999999))
    code, desc, city, z = R.choice([("IT", "In transit", "MEMPHIS", "38118"), ("DL", "Delivered", "HARLINGEN", "78550"),
                                    ("OD", "On FedEx vehicle for delivery", "EL PASO", "79925"), ("AR", "Arrived at FedEx location", "HOUSTON", "77032")])
    return [mk("courier_webhook", J({"eventType": "SHIPMENT_STATUS", "carrier": "FDXE", "trackingNumber": trk, "statusCode": code,
                                     "statusDesc": desc, "eventTimestamp": t.strftime("%Y-%m-%dT%H:%M:%S-05:00"),
                                     "scanLocation": {"city": city, "state": "TN" if city == "MEMPHIS" else "TX", "postalCode": z},
                                     "signedBy": "F.SALINAS" if code == "DL" and R.random() < 0.5 else None}))]


def n_lambda(t):
    rid = uuid()
    fn = R.choice(["sms-referral-notify", "courier-webhook-ingest", "followup-reminder", "ebaa-stats-export"])
    u = t
    lines = [mk("lambda", f"START RequestId: {rid} Version: $LATEST")]
    if fn == "sms-referral-notify":
        lines.append(mk("lambda", f"{ts_iso_utc(u)}\t{rid}\tINFO\t", J({"msg": "paged on-call", "to": "oncall-coordinator", "twilioSid": "SM" + hexid(32),
                                                                        "status": "queued", "ref": "queue:EYE_REF"})))
    elif fn == "courier-webhook-ingest":
        lines.append(mk("lambda", f"{ts_iso_utc(u)}\t{rid}\tINFO\tprocessed {R.randint(1, 12)} tracking events, {R.randint(0, 2)} unmatched, sqs lag {R.randint(0, 900)} ms"))
    elif fn == "followup-reminder":
        s = R.choice(SURGEONS)
        lines.append(mk("lambda", f"[INFO]\t{ts_iso_utc(u)}\t{rid}\tSES send ok MessageId=0100018e{hexid(8)}-{uuid()}-000000 to={s[1]} template=FOLLOWUP_DUE_6MO count={R.randint(1, 6)}"))
    else:
        lines.append(mk("lambda", f"[INFO]\t{ts_iso_utc(u)}\t{rid}\twrote s3://lssn-reg-exports/ebaa/2024/03/stats_{t.strftime('%Y%m%d')}.csv rows={R.randint(20, 140)}"))
    dur = R.uniform(20, 1200)
    lines.append(mk("lambda", f"END RequestId: {rid}"))
    rep = f"REPORT RequestId: {rid}\tDuration: {dur:.2f} ms\tBilled Duration: {int(dur) + 1} ms\tMemory Size: {R.choice([128, 256, 512])} MB\tMax Memory Used: {R.randint(60, 120)} MB"
    if R.random() < 0.3:
        rep += f"\tInit Duration: {R.uniform(150, 700):.2f} ms"
    lines.append(mk("lambda", rep))
    return lines


def n_outcome(t):
    return [mk("outcome_form", f"{t.strftime('%Y-%m-%d %H:%M:%S')} INFO forms-api GET /api/v2/outcomes/due?surgeon_id={R.choice(SURGEONS)[3]} 200 items={R.randint(0, 9)} ms={R.randint(20, 300)}")]


REG_HDR = ["period,tissue_type,intended_use,recovered,distributed_domestic,distributed_international,discarded,top_discard_reason",
           "case_no,tissue_id,din,procedure,surgery_date,onset_date,recipient_age,reaction,intervention,imputability_confirmed,status"]


def n_reg(t):
    k = R.randrange(3)
    if k == 0:
        return [mk("regulatory_csv", R.choice(REG_HDR))]
    if k == 1:
        return [mk("regulatory_csv", f"2024-02,{R.choice(['PK', 'EK-DMEK', 'EK-DSAEK', 'ALK', 'Sclera'])},{R.choice(['Transplant', 'Research', 'Training'])},"
                   f"{R.randint(10, 120)},{R.randint(5, 100)},{R.randint(0, 12)},{R.randint(0, 20)},\"{R.choice(['Serology', 'Endothelial cell density', 'Contamination', 'Medical history'])}\"")]
    return [mk("regulatory_csv", f"# FDA HCT/P deviation summary generated {t.strftime('%Y-%m-%dT%H:%M:%S')}Z BPDR-{R.randint(100000, 999999)} fei=3004{R.randint(100000, 999999)} job=reg-export v2.4.1")]


NOISE = [n_cc, n_cc, n_refjson, n_drai, n_note, n_note, n_audit, n_hl7, n_instr, n_instr, n_spec, n_isbt, n_nlog, n_nlog,
         n_laravel, n_laravel, n_slow, n_nginx, n_nginx, n_courier, n_lambda, n_outcome, n_reg, n_reg, n_audit]
SINGLE = [n_refjson, n_drai, n_note, n_audit, n_hl7, n_instr, n_spec, n_isbt, n_nginx, n_courier, n_outcome, n_reg]

# --------------------------------------------------------------------------------------
# assemble
TOTAL = 500
phi_lines = sum(len(ls) for _, _, ls in events)
remaining = TOTAL - phi_lines
assert remaining > 0, phi_lines
T_START = DAY0
T_SPAN = int((dt.datetime(2024, 3, 17, 0, 0) - DAY0).total_seconds())
while remaining > 0:
    t = T_START + dt.timedelta(seconds=R.randint(0, T_SPAN))
    gen = R.choice(NOISE if remaining > 6 else SINGLE)
    if gen is n_slow and R.random() < 0.65:
        continue
    ls = gen(t)
    if len(ls) > remaining:
        continue
    add(t, ls)
    remaining -= len(ls)

events.sort(key=lambda e: (e[0], e[1]))
lines = [ln for _, _, ls in events for ln in ls]
assert len(lines) == TOTAL, len(lines)

log_path = os.path.join(OUTDIR, "mp.log")
lab_path = os.path.join(OUTDIR, "mp.labels.jsonl")
with open(log_path, "wb") as f, open(lab_path, "w", encoding="utf-8") as g:
    for i, ln in enumerate(lines, 1):
        b = ln["b"]
        assert b and b"\n" not in b and b"\r" not in b, i
        b.decode("utf-8")
        for sp in ln["spans"]:
            assert b[sp["s"]:sp["e"]] == sp["_v"].encode("utf-8"), (i, sp)
        f.write(b + (b"\n" if i < TOTAL else b""))
        g.write(json.dumps({"line": i, "family": ln["family"],
                            "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in ln["spans"]]},
                           ensure_ascii=False) + "\n")

if __name__ == "__main__":
    nophi = sum(1 for ln in lines if not ln["spans"])
    cats = {}
    for ln in lines:
        for s in ln["spans"]:
            cats[s["cat"]] = cats.get(s["cat"], 0) + 1
    fams = {}
    for ln in lines:
        fams[ln["family"]] = fams.get(ln["family"], 0) + 1
    print(f"lines={len(lines)} no_phi={nophi} ({100 * nophi / len(lines):.1f}%) phi_event_lines={phi_lines}")
    print("cats", dict(sorted(cats.items(), key=lambda x: -x[1])))
    print("families", len(fams), fams)
