#!/usr/bin/env python3
"""gen_nd.py -- synthetic log corpus for a PHI detector (ID=nd).

Theme: a state health department's syndromic surveillance / emergency
department data feed.  HL7 v2.5.1 ADT A01/A03/A04/A08 written per the PHIN
Messaging Guide for Syndromic Surveillance (chief complaint, triage note and
reported age in OBX), Mirth Connect and Rhapsody route logs, NSSP ESSENCE /
BioSense Platform ingest (T-SQL and Python ETL logs), data-quality dashboard
records (JSON, CSV with and without header), feed outage alerts,
de-identification step logs (some fields hashed, some passed through), sshd /
sftp-server and OpenAS2 transfer logs, Kafka consumer logs (Java client and
JSON payload dumps), facility onboarding e-mails, epidemiologist query audit
trails (CSV) and the ESSENCE API nginx access log.

Every person, identifier, address and phone number is synthetic.  Standard
library only; deterministic (fixed seed, no clock or OS randomness).
Writes nd.log (500 lines) and nd.labels.jsonl next to this file.

Labeling decisions:
- Patients, next of kin (NK1), guarantors (GT1), insured persons (IN1),
  relatives/neighbours named in triage notes are labelled.  Clinicians
  (PV1-7 attending, ED nurses), interface analysts, epidemiologists, state
  staff, their e-mail addresses, phones and usernames, facilities, vendors,
  NPIs, OIDs, facility IDs, sFTP/AS2 accounts and server IPs are not.
- A person's name written in one field is one span, including HL7 component
  separators between family and given names ("GUTIERREZ^MARISOL^E").
- HL7 PID-11 / addresses: street (+ other designation) is one address span,
  city is a separate address span, county name or county FIPS code is an
  address span, 5-digit ZIP is zip.  State and country are not labelled.
  3-digit ZIP prefixes (Safe-Harbor generalisation) are not labelled.
- Dates tied to the patient are labelled as date: DOB (also YYYYMM or
  "1956-04"; a year alone is not), admit/arrival (PV1-44), discharge
  (PV1-45), death (PID-29), illness onset (OBX 11368-8), OBX-14 observation
  time, DG1-5 diagnosis time, C_Visit_Date / visit dates in ETL rows, dates
  inside triage notes.  MSH-7, EVN-2, log timestamps, batch windows, file
  timestamps and MDN times are not labelled (message/transport times).
- Ages are labelled only when over 89 (OBX 21612-7 value, Age_Reported,
  C_Patient_Age, "92 y/o" in text); the number only, not the unit.
- PID-3 / Medical_Record_Number / MRN in file names and SQL -> mrn.  In a
  C_BioSense_ID or C_Unique_Patient_ID the MRN part is mrn, the visit-date
  part is date, the facility part is not labelled.
- Visit / encounter numbers (PV1-19, Visit_ID, Kafka keys containing it) ->
  other_id; health-department case investigation numbers -> other_id.
- PID-18 patient account number -> account.  PID-19 / GT1-12 SSN and SSNs
  sent as an extra PID-3 repetition -> ssn.  PID-20 driver's licence ->
  license.  IN1-36 / Medicaid member IDs -> health_plan.
- Phone numbers of patients/relatives -> phone (the digits, incl. HL7
  "614^5550182" area^local pair); a guarantor fax (XTN use FX) -> fax.
- Device serials of a patient's implant/pump in notes -> device; licence
  plates / VINs of a patient's vehicle -> vehicle.
- Hashed or tokenised values (SHA-256/HMAC hex, "tok_" tokens) are NOT
  labelled: they are the de-identification output.  Their cleartext inputs
  are labelled wherever they appear.
- Message control IDs, Rhapsody/Mirth message IDs, Kafka offsets, batch IDs,
  trace IDs, UUIDs, file sizes and order-like numbers are not labelled.
"""
import hashlib
import json
import os
import random
import datetime as dt

ID = "nd"
SEED = 52023
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
NOISE_TARGET = 0.55

# --------------------------------------------------------------------------
# line builder with byte offsets
# --------------------------------------------------------------------------
LINES = []  # (family, text, spans)


class P:
    """A labelled JSON string value."""
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class N:
    """A labelled JSON number value."""
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class Raw:
    """Pre-built parts inserted verbatim (nested JSON etc.)."""
    def __init__(self, parts):
        self.parts = parts


def build(parts):
    buf = bytearray()
    spans = []
    for p in parts:
        if isinstance(p, tuple):
            s, cat = p
            assert s, ("empty span", parts)
            b = s.encode("utf-8")
            st = len(buf)
            buf += b
            spans.append({"s": st, "e": len(buf), "cat": cat, "_v": s})
        else:
            assert isinstance(p, str), p
            buf += p.encode("utf-8")
    text = buf.decode("utf-8")
    assert "\n" not in text and "\r" not in text, text
    assert text.strip(), parts
    for sp in spans:
        assert bytes(buf[sp["s"]:sp["e"]]).decode("utf-8") == sp.pop("_v")
    return text, spans


def flat(parts):
    out = []
    for p in parts:
        if isinstance(p, list):
            out.extend(flat(p))
        else:
            out.append(p)
    return out


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jval(v, compact=False):
    if isinstance(v, P):
        return ['"', (jesc(v.v), v.cat), '"']
    if isinstance(v, N):
        return [(str(v.v), v.cat)]
    if isinstance(v, Raw):
        return list(v.parts)
    if isinstance(v, list) and v and isinstance(v[0], (P, N, Raw)):
        out = ["["]
        for i, x in enumerate(v):
            if i:
                out.append(",")
            out.extend(jval(x))
        out.append("]")
        return out
    if compact:
        return [json.dumps(v, ensure_ascii=False, separators=(",", ":"))]
    return [json.dumps(v, ensure_ascii=False)]


def J(items, compact=False):
    sep, kv = (",", ":") if compact else (", ", ": ")
    out = ["{"]
    for i, (k, v) in enumerate(items):
        if i:
            out.append(sep)
        out.append(json.dumps(k) + kv)
        out.extend(jval(v, compact))
    out.append("}")
    return out


def KV(items, sep=" "):
    """logfmt; value either str/number, or (str, cat). Quote if needed."""
    out = []
    for i, (k, v) in enumerate(items):
        if i:
            out.append(sep)
        out.append(k + "=")
        cat = None
        if isinstance(v, tuple):
            v, cat = v
        v = str(v)
        q = (" " in v or '"' in v or v == "")
        if q:
            v = v.replace('"', '\\"')
            out.append('"')
        out.append((v, cat) if cat else v)
        if q:
            out.append('"')
    return out


# --------------------------------------------------------------------------
# clock and timestamp formats
# --------------------------------------------------------------------------
TZ = dt.timezone(dt.timedelta(hours=-5))
NOW = dt.datetime(2024, 3, 5, 5, 52, 7, 318000, tzinfo=TZ)
VISIT_DAY = dt.date(2024, 3, 5)


def tick(lo=0.2, hi=150.0):
    global NOW
    NOW = NOW + dt.timedelta(seconds=R.uniform(lo, hi))
    return NOW


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def ts_log4j(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)


def ts_dot(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t)


def ts_isoz(t):
    u = t.astimezone(dt.timezone.utc)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"


def ts_iso_off(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "-05:00"


def ts_hl7(t):
    return t.strftime("%Y%m%d%H%M%S") + "-0500"


def ts_syslog(t):
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


def ts_clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0500")


def ts_rfc2822(t):
    return t.strftime("%a, %d %b %Y %H:%M:%S -0500")


def hexid(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexid(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


# --------------------------------------------------------------------------
# reference data
# --------------------------------------------------------------------------
FACILITIES = [
    dict(code="RIVERSIDE_ED", name="Riverside Regional Medical Center", fid="22871", npi="1487652093",
         oid="2.16.840.1.113883.3.4873.12.1", app="EPIC", sftp="riverside_ss", ip="198.51.100.23",
         mrn="E7", vn="V", cls="E", engine="mirth", city="COLUMBUS"),
    dict(code="STVINC_ED", name="St. Vincent Mercy Hospital", fid="22904", npi="1730198842",
         oid="2.16.840.1.113883.3.4873.12.2", app="CERNER", sftp="stvincent_ss", ip="198.51.100.71",
         mrn="MRN8", vn="FIN", cls="E", engine="rhapsody", city="TOLEDO"),
    dict(code="MERCYZ_ED", name="Mercy Health Zanesville", fid="23015", npi="1922004517",
         oid="2.16.840.1.113883.3.4873.12.3", app="MEDITECH", sftp="mercyz_ss", ip="203.0.113.45",
         mrn="M9", vn="ENC", cls="E", engine="mirth", city="ZANESVILLE"),
    dict(code="LAKEERIE_UC", name="Lake Erie Urgent Care - Sandusky", fid="23388", npi="1306889145",
         oid="2.16.840.1.113883.3.4873.12.4", app="ATHENAONE", sftp="lakeerie_uc", ip="203.0.113.118",
         mrn="D7", vn="HAR", cls="O", engine="rhapsody", city="SANDUSKY"),
    dict(code="VALLEYVIEW_ED", name="Valley View Community Hospital", fid="22950", npi="1578320946",
         oid="2.16.840.1.113883.3.4873.12.5", app="MEDITECH", sftp="valleyview_ss", ip="192.0.2.61",
         mrn="VV6", vn="ENC", cls="E", engine="mirth", city="CHILLICOTHE"),
    dict(code="CUMC_ED", name="Cuyahoga University Medical Center", fid="22733", npi="1659473302",
         oid="2.16.840.1.113883.3.4873.12.6", app="EPIC", sftp="cumc_ss", ip="198.51.100.140",
         mrn="C8", vn="V", cls="E", engine="rhapsody", city="CLEVELAND"),
    dict(code="SCIOTO_CAH", name="Scioto Valley Critical Access Hospital", fid="23401", npi="1124598037",
         oid="2.16.840.1.113883.3.4873.12.7", app="CPSI", sftp="scioto_cah", ip="192.0.2.200",
         mrn="S6", vn="FIN", cls="E", engine="mirth", city="LANCASTER"),
    dict(code="GMVH_ED", name="Great Miami Valley Hospital", fid="22819", npi="1891736620",
         oid="2.16.840.1.113883.3.4873.12.8", app="EPIC", sftp="gmvh_ss", ip="198.51.100.201",
         mrn="E7", vn="HAR", cls="E", engine="rhapsody", city="DAYTON"),
]

GEO = [
    ("COLUMBUS", "Franklin", "39049", ["43215", "43205", "43224", "43232", "43204", "43211"], "614"),
    ("CLEVELAND", "Cuyahoga", "39035", ["44113", "44102", "44105", "44120", "44109"], "216"),
    ("CINCINNATI", "Hamilton", "39061", ["45202", "45205", "45211", "45229"], "513"),
    ("DAYTON", "Montgomery", "39113", ["45402", "45405", "45410", "45417"], "937"),
    ("AKRON", "Summit", "39153", ["44308", "44306", "44310"], "330"),
    ("TOLEDO", "Lucas", "39095", ["43604", "43607", "43612", "43609"], "419"),
    ("ZANESVILLE", "Muskingum", "39119", ["43701"], "740"),
    ("SANDUSKY", "Erie", "39043", ["44870"], "419"),
    ("CHILLICOTHE", "Ross", "39141", ["45601"], "740"),
    ("LANCASTER", "Fairfield", "39045", ["43130"], "740"),
    ("MANSFIELD", "Richland", "39139", ["44902", "44903", "44906"], "419"),
    ("HAMILTON", "Butler", "39017", ["45011", "45013"], "513"),
    ("EAST CLEVELAND", "Cuyahoga", "39035", ["44112"], "216"),
    ("GROVE CITY", "Franklin", "39049", ["43123"], "614"),
    ("NEW LEXINGTON", "Perry", "39127", ["43764"], "740"),
]

STREETS = ["E Broad St", "N High St", "Elm St", "Ridge Rd", "Maple Ave", "Lorain Ave", "W 25th St",
           "Cleveland Ave", "Sullivant Ave", "Superior Ave", "Wayne Ave", "Salem Ave", "Dorr St",
           "Monroe St", "Linden Ave", "Putnam Ave", "Mt Vernon Ave", "Hamilton Rd", "Karl Rd",
           "Old State Rte 104", "Township Rd 312", "Shaker Blvd", "Rue Cadillac Ct", "Livingston Ave",
           "Parsons Ave", "Fulton St", "Buckeye Rd", "Detroit Ave"]
UNITS = ["", "", "", "Apt 3B", "Apt 12", "Unit 4", "#207", "Lot 19", "Trlr 6"]

FIRST_F = ["Marisol", "Aaliyah", "Priya", "Mei-Ling", "Fatima", "Siobhan", "Kateryna", "Ana Lucía",
           "Zoë", "Renée", "Keisha", "Brittany", "Esperanza", "Leilani", "Ngozi", "Ilse", "Amara",
           "Hye-jin", "Inés", "Chiara", "Olamide", "Rosa", "Mildred", "Agnes", "Dorothy", "Thi Lan",
           "Yasmin", "Svetlana", "Bethany", "Guadalupe", "Nkechi", "Sakura", "Marguerite", "Wilhelmina"]
FIRST_M = ["José", "Dmitri", "Oluwaseun", "Chidi", "Rajesh", "Hiroshi", "Mohammed", "Pádraig",
           "Bogdan", "Björn", "Søren", "Nnamdi", "DeShawn", "Tyler", "Ahmad", "Kwame", "Jürgen",
           "Yusuf", "Xiaoming", "Minh", "Tomás", "Giovanni", "Earl", "Harold", "Clarence", "Ezekiel",
           "Kofi", "Arjun", "Mateo", "Levi", "Wendell", "Ignatius", "Cornelius", "Dang"]
LAST = ["Okonkwo", "Nguyen", "García-Márquez", "van der Berg", "De La Cruz", "O'Connor", "McAllister",
        "Al-Sayed", "Kowalczyk", "Schmidt", "Yamamoto", "Patel", "Chatterjee", "Hernández",
        "St. Pierre", "Delacroix", "Abernathy", "Washington", "Johnson", "Kim", "Park", "Osei",
        "Mensah", "Haddad", "Rossi", "Ferreira", "Lindqvist", "Nowak", "Papadopoulos", "Ben-David",
        "Dubois", "MacLeod", "Tran", "Le", "Begay", "Yazzie", "Smith-Jones", "von Hohenberg",
        "D'Angelo", "Ó Briain", "Gutierrez", "Iyer", "Zielinski", "Abdi", "Warsame", "Hoang",
        "Bautista", "Szabó", "Achterberg", "Mbeki", "Running Bear", "da Silva", "Kapoor"]

RELATIONS = [("MTH", "Mother"), ("FTH", "Father"), ("DAU", "Daughter"), ("SON", "Son"),
             ("SPO", "Spouse"), ("SIS", "Sister"), ("BRO", "Brother"), ("GRD", "Guardian"),
             ("FND", "Friend")]

# clinicians / staff (never labelled)
CLINICIANS = [("1396784521", "HOLLIS", "GRANT"), ("1548203967", "RAMASWAMY", "ANITA"),
              ("1275039948", "OYELARAN", "FOLAKE"), ("1835162047", "BRENNEMAN", "KURT"),
              ("1962247710", "TAKAHASHI", "EMI"), ("1013395826", "FIGUEROA", "DANIEL")]
EPIS = ["kpatel_epi", "dramanathan", "mkessler", "jlbrooks", "tnwosu_epi", "awexler", "sfoley_odh",
        "hchoi", "rvillanueva"]
STAFF = [("Tamsin Albright", "talbright@riversidehealth.org", "614-555-0117"),
         ("Kofi Mensah-Bright", "kmensahbright@stvincentmercy.org", "419-555-0142"),
         ("Deepa Raman", "deepa.raman@odh.ohio.gov", "614-555-0190"),
         ("Lorenzo Vitale", "lvitale@mhzanesville.org", "740-555-0163"),
         ("Brigid Halloran", "bhalloran@odh.ohio.gov", "614-555-0178"),
         ("Yusra Qadir", "yqadir@cumc-health.org", "216-555-0105"),
         ("Wade Pettibone", "wpettibone@sciotovalleycah.org", "740-555-0131")]

CC_LIST = ["FEVER", "cough, fever x 3 days", "SOB", "CP", "chest pain radiating to L arm",
           "ABD PAIN N/V", "dolor de pecho", "fiebre y tos", "fall", "FELL AT NURSING HOME",
           "MVC restrained driver", "dog bite R hand", "overdose?", "OD x2 narcan given by EMS",
           "heat exhaustion", "rash all over", "flu like sx", "covid +", "SI", "ETOH",
           "headache worst of life", "dizzy", "lac to scalp", "R ankle inj", "vomiting diarrhea",
           "sore throat", "ear pain", "tick bite", "CO exposure, whole family", "asthma exac",
           "wheezing", "weakness", "AMS", "toothache", "back pain", "diarrea, vómito",
           "cough congestion", "PAIN IN THROAT", "eye redness d/c", "seizure"]
DX = [("J06.9", "Acute upper respiratory infection, unspecified"), ("R07.9", "Chest pain, unspecified"),
      ("J10.1", "Influenza due to other identified influenza virus with other respiratory manifestations"),
      ("U07.1", "COVID-19"), ("R11.2", "Nausea with vomiting, unspecified"),
      ("W19.XXXA", "Unspecified fall, initial encounter"), ("T40.411A", "Poisoning by fentanyl, accidental, initial encounter"),
      ("J45.901", "Unspecified asthma with (acute) exacerbation"), ("A08.4", "Viral intestinal infection, unspecified"),
      ("R51.9", "Headache, unspecified"), ("S93.401A", "Sprain of unspecified ligament of right ankle, initial encounter"),
      ("T58.01XA", "Toxic effect of carbon monoxide from motor vehicle exhaust, accidental, initial encounter")]
DISPO = [("01", "Discharged to home or self care"), ("02", "Discharged/transferred to a short term general hospital"),
         ("07", "Left against medical advice"), ("20", "Expired"), ("09", "Admitted as an inpatient")]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com", "icloud.com", "att.net"]

# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
SSN_USED = set()


def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g = R.randint(1, 99)
        s = R.randint(1, 9999)
        v = "%03d-%02d-%04d" % (a, g, s)
        if v not in SSN_USED:
            SSN_USED.add(v)
            return v


def ascii_fold(s):
    tbl = str.maketrans("áéíóúñüöøëäåÁÉÍÓÚÑÜÖØ", "aeiounuooeaaAEIOUNUOO")
    return s.translate(tbl)


def mk_mrn(style):
    if style == "E7":
        return "E%07d" % R.randint(1000000, 9999999)
    if style == "MRN8":
        return "%08d" % R.randint(100000, 99999999)
    if style == "M9":
        return "M%09d" % R.randint(100000000, 999999999)
    if style == "D7":
        return "%07d" % R.randint(1000000, 9999999)
    if style == "VV6":
        return "VV%06d" % R.randint(100000, 999999)
    if style == "C8":
        return "CUMC-%08d" % R.randint(10000000, 99999999)
    if style == "S6":
        return "%06d" % R.randint(100000, 999999)
    raise ValueError(style)


def mk_visit(style, day):
    if style == "V":
        return "V%s-%05d" % (day.strftime("%Y%m%d"), R.randint(1, 99999))
    if style == "FIN":
        return "%010d" % R.randint(4000000000, 4999999999)
    if style == "ENC":
        return "ENC%09d" % R.randint(100000000, 999999999)
    if style == "HAR":
        return "%d" % R.randint(300000000, 399999999)
    raise ValueError(style)


def new_person(fac=None):
    fac = fac or R.choice(FACILITIES)
    sex = R.choice("FM")
    first = R.choice(FIRST_F if sex == "F" else FIRST_M)
    last = R.choice(LAST)
    r = R.random()
    if r < 0.16:
        age = R.randint(90, 104)
        first = R.choice(["Mildred", "Agnes", "Dorothy", "Wilhelmina", "Marguerite", "Guadalupe"]) if sex == "F" \
            else R.choice(["Earl", "Harold", "Clarence", "Wendell", "Cornelius", "Ignatius"])
    elif r < 0.34:
        age = R.randint(0, 17)
    elif r < 0.78:
        age = R.randint(18, 64)
    else:
        age = R.randint(65, 89)
    dob = VISIT_DAY - dt.timedelta(days=age * 365 + R.randint(6, 360))
    age_months = None
    if age == 0:
        age_months = R.randint(1, 11)
        dob = VISIT_DAY - dt.timedelta(days=age_months * 30 + R.randint(0, 20))
    geo = R.choice(GEO)
    city, county, fips, zips, area = geo
    zipc = R.choice(zips)
    street = "%d %s" % (R.randint(2, 9899), R.choice(STREETS))
    unit = R.choice(UNITS)
    nk_rel = R.choice(RELATIONS)
    nk_first = R.choice(FIRST_F + FIRST_M)
    nk_last = last if R.random() < 0.6 else R.choice(LAST)
    local = "%03d%04d" % (R.randint(200, 989), R.randint(0, 9999))
    em_user = ascii_fold((first.split()[0] + R.choice([".", "_", ""]) + last).lower()).replace(" ", "").replace("'", "")
    em_user += str(R.randint(1, 99)) if R.random() < 0.5 else ""
    return dict(
        fac=fac, sex=sex, first=first, last=last, mid=R.choice("ABCDEFGHJKLMNPRSTW"),
        age=age, age_months=age_months, dob=dob, city=city, county=county, fips=fips, zip=zipc,
        area=area, local=local, street=street, unit=unit,
        mrn=mk_mrn(fac["mrn"]), visit=mk_visit(fac["vn"], VISIT_DAY),
        acct="%s%010d" % (R.choice(["A", "HAR", "", "PA"]), R.randint(10 ** 8, 10 ** 10 - 1)),
        ssn=ssn(), dl="%s%06d" % ("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), R.randint(0, 999999)),
        medicaid="%012d" % R.randint(10 ** 11, 10 ** 12 - 1),
        email=em_user + "@" + R.choice(EMAIL_DOMAINS),
        nk=dict(first=nk_first, last=nk_last, rel=nk_rel, area=R.choice([area, area, "614", "216", "513"]),
                local="%03d%04d" % (R.randint(200, 989), R.randint(0, 9999))),
        cc=R.choice(CC_LIST), dx=R.choice(DX),
        arrive=None,
    )


def arrival(p):
    if p["arrive"] is None:
        back = dt.timedelta(minutes=R.randint(3, 340))
        p["arrive"] = NOW - back
    return p["arrive"]


def phone_fmt(area, local, style=None):
    style = style if style is not None else R.randint(0, 6)
    a, b, c = area, local[:3], local[3:]
    return ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c), a + b + c,
            "+1 %s %s %s" % (a, b, c), "(%s)%s-%s" % (a, b, c), "1-%s-%s-%s" % (a, b, c)][style]


def name_fmt(first, last, style=None, mid=None):
    style = style if style is not None else R.randint(0, 7)
    if style == 0:
        return "%s, %s" % (last, first)
    if style == 1:
        return "%s %s" % (first, last)
    if style == 2:
        return ("%s, %s" % (last, first)).upper()
    if style == 3:
        return "%s %s" % (first.lower(), last.lower())
    if style == 4:
        return "%s. %s" % (first[0], last)
    if style == 5:
        return "%s %s. %s" % (first, mid or "J", last)
    if style == 6:
        return ("%s %s" % (first, last)).upper()
    return "%s,%s" % (last.upper(), first.upper())


def date_fmt(d, style=None):
    style = style if style is not None else R.randint(0, 8)
    return [d.strftime("%Y%m%d"), d.strftime("%Y-%m-%d"), d.strftime("%m/%d/%Y"),
            "%d/%d/%s" % (d.month, d.day, d.strftime("%y")), d.strftime("%d-%b-%Y").upper(),
            d.strftime("%B ") + str(d.day) + d.strftime(", %Y"), d.strftime("%d.%m.%Y"),
            d.strftime("%Y/%m/%d"), "%d/%d/%d" % (d.month, d.day, d.year)][style]


def age_parts(age, text_fmt="%s"):
    """age number -> parts labelled if > 89."""
    s = str(age)
    if age > 89:
        return [(s, "age")]
    return [s]


# --------------------------------------------------------------------------
# HL7 v2.5.1 builders (PHIN SS guide)
# --------------------------------------------------------------------------
MSH_RECV = "SS_ODH^2.16.840.1.114222.4.3.2.2.1.232.1^ISO|ODH^2.16.840.1.114222.4.1.214104^ISO"


def seg(name, fields):
    out = [name]
    for i in range(1, max(fields) + 1):
        out.append("|")
        v = fields.get(i, "")
        if isinstance(v, list):
            out.extend(v)
        else:
            out.append(v)
    return out


def msh(p, evt, ctrl, t):
    fac = p["fac"]
    struct = "ADT_A03" if evt == "A03" else "ADT_A01"
    return ["MSH|^~\\&|%s^%s^ISO|%s^%s^ISO|%s|%s||ADT^%s^%s|%s|P|2.5.1|||||||||PH_SS-NoAck^SS Sender^2.16.840.1.114222.4.10.3^ISO"
            % (fac["app"], fac["oid"][:-2] + ".9", fac["code"], fac["oid"], MSH_RECV, ts_hl7(t), evt, struct, ctrl)]


def evn(p, evt, t):
    fac = p["fac"]
    return seg("EVN", {2: ts_hl7(t), 7: "%s^%s^NPI" % (fac["code"], fac["npi"])})


def pid(p, level, death=None):
    """level 0: PHIN minimal (no name), 1: typical over-sharing, 2: full ADT."""
    fac = p["fac"]
    f = {1: "1"}
    pid3 = [(p["mrn"], "mrn"), "^^^%s^MR^%s&%s&ISO" % (fac["code"], fac["code"], fac["oid"])]
    if level == 2 and R.random() < 0.5:
        pid3 += ["~", (p["ssn"].replace("-", ""), "ssn"), "^^^SSA&2.16.840.1.113883.4.1&ISO^SS"]
    f[3] = pid3
    if level == 0:
        f[5] = "~^^^^^^S"
    else:
        f[5] = [("%s^%s^%s" % (p["last"].upper(), p["first"].upper(), p["mid"]), "name"), "^^^^L"]
    if level == 0 and R.random() < 0.5:
        f[7] = [(p["dob"].strftime("%Y%m"), "date")]
    elif level == 0:
        f[7] = ""
    else:
        f[7] = [(p["dob"].strftime("%Y%m%d"), "date")]
    f[8] = p["sex"]
    f[10] = R.choice(["2106-3^White^CDCREC", "2054-5^Black or African American^CDCREC",
                      "2028-9^Asian^CDCREC", "2131-1^Other Race^CDCREC", "1002-5^American Indian or Alaska Native^CDCREC",
                      "PHC1175^Refused to answer^CDCREC"])
    addr = []
    if level >= 1 and R.random() < 0.7:
        st = p["street"].upper() + ("^" + p["unit"].upper() if p["unit"] else "")
        addr += [(st, "address"), "^" if p["unit"] else "^^"]
    else:
        addr += ["^^"]
    addr += [(p["city"], "address"), "^OH^", (p["zip"], "zip"), "^USA^H^^", (p["fips"], "address")]
    f[11] = addr
    if level >= 1:
        ph = ["^PRN^PH^^1^", ("%s^%s" % (p["area"], p["local"]), "phone")]
        if R.random() < 0.35:
            ph += ["~^NET^Internet^", (p["email"], "email")]
        f[13] = ph
    if level == 2:
        f[18] = [(p["acct"], "account"), "^^^%s^AN" % fac["code"]]
        if R.random() < 0.6:
            f[19] = [(p["ssn"], "ssn")]
        if R.random() < 0.4:
            f[20] = ["OH^", (p["dl"], "license")]
    f[22] = R.choice(["2186-5^Not Hispanic or Latino^CDCREC", "2135-2^Hispanic or Latino^CDCREC",
                      "UNK^Unknown^NULLFL"])
    if death is not None:
        f[29] = [(ts_hl7(death)[:12], "date")]
        f[30] = "Y"
    return seg("PID", f)


def pv1(p, evt, t_adm, dispo=None, t_dis=None):
    fac = p["fac"]
    f = {1: "1", 2: "I" if evt == "A01" else fac["cls"]}
    if R.random() < 0.5:
        f[3] = "ED^%s^^%s" % (R.choice(["RM12", "RM03", "HALL4", "TRIAGE", "FT2", "PEDS1"]), fac["code"])
    if R.random() < 0.6:
        c = R.choice(CLINICIANS)
        f[7] = "%s^%s^%s^^^^MD^^^NPI" % c
    f[14] = R.choice(["7", "1", "6"])
    f[19] = [(p["visit"], "other_id"), "^^^%s^VN^%s&%s&ISO" % (fac["code"], fac["code"], fac["oid"])]
    if dispo:
        f[36] = dispo[0]
    f[44] = [(ts_hl7(t_adm)[:R.choice([12, 14, 19])], "date")]
    if t_dis:
        f[45] = [(ts_hl7(t_dis), "date")]
    return seg("PV1", f)


def obx(i, vt, code, val, units="", t_obs=None):
    f = {1: str(i), 2: vt, 3: code, 5: val if isinstance(val, list) else [val], 11: "F"}
    if units:
        f[6] = units
    if t_obs is not None:
        f[14] = [(ts_hl7(t_obs)[:14], "date")]
    return seg("OBX", f)


def triage_note(p):
    """Free-text triage note parts (TX safe: no | ^ ~ & characters)."""
    nk = p["nk"]
    onset = VISIT_DAY - dt.timedelta(days=R.randint(1, 6))
    k = R.randint(0, 11)
    if k == 0:
        return ["Pt c/o %s since " % p["cc"], (date_fmt(onset, R.choice([2, 3, 5])), "date"),
                ". Denies recent travel. Vitals stable, NAD."]
    if k == 1:
        return ["BIBA from home w/ AMS, hx dementia. %s " % nk["rel"][1].lower(), (name_fmt(nk["first"], nk["last"], 1), "name"),
                " at bedside, cell ", (phone_fmt(nk["area"], nk["local"], R.choice([0, 1, 2])), "phone")]
    if k == 2:
        return ["MVC, pt restrained driver, airbag deployed. Per EMS vehicle plate ",
                ("%s%d%s" % (R.choice(["HZK", "JBT", "GPW", "FRN"]), R.randint(1000, 9999), ""), "vehicle"),
                " towed. C-collar in place."]
    if k == 3:
        return ["Pt has ICD (Medtronic SN ", ("PJN%06dH" % R.randint(0, 999999), "device"),
                "), reports 2 shocks this AM. Denies syncope."]
    if k == 4:
        return ["Pt states was seen at urgent care on ", (date_fmt(onset, R.choice([2, 3, 8])), "date"),
                ", given amoxicillin, no improvement."]
    if k == 5 and p["age"] > 89:
        return [(str(p["age"]), "age"), " y/o F lives alone at ",
                ("%s" % p["street"], "address"), ", found on floor by neighbor."]
    if k == 6:
        return ["EMS: found down outside residence, neighbor ", (name_fmt(R.choice(FIRST_F + FIRST_M), R.choice(LAST), 1), "name"),
                " called 911. Narcan 4mg IN x1, responsive."]
    if k == 7:
        return ["Interpreter (Spanish) #4471 used. Pt refiere dolor abdominal desde el ",
                (onset.strftime("%d/%m"), "date"), ", con vómito."]
    if k == 8:
        return ["Insulin pump (Tandem t:slim SN ", ("%d" % R.randint(10000000, 99999999), "device"),
                ") alarming, BG 412. Pt disconnected pump at home."]
    if k == 9:
        return ["Pt with fever 102.3 at home, took ibuprofen 400mg at 0600. Sibling at school with flu A."]
    if k == 10:
        return ["Hx asthma, used albuterol MDI x4 today without relief. Speaks in short sentences."]
    return ["Pt ambulatory to triage, c/o %s. Pain 6/10. No known sick contacts." % p["cc"]]


def hl7_message(p, evt=None, level=None):
    """Return list of segment part-lists."""
    evt = evt or R.choice(["A04", "A04", "A08", "A03", "A01"])
    if level is None:
        level = R.choice([0, 0, 0, 1, 1, 2])
    t_msg = NOW
    t_adm = arrival(p)
    ctrl = R.choice(["%s%d" % (p["fac"]["code"][:4], R.randint(10 ** 7, 10 ** 8 - 1)),
                     "%d" % R.randint(10 ** 11, 10 ** 12 - 1), uuid4()[:23].replace("-", "")])
    dispo, t_dis = None, None
    if evt == "A03":
        dispo = R.choice(DISPO)
        t_dis = t_msg - dt.timedelta(minutes=R.randint(1, 9))
    segs = [msh(p, evt, ctrl, t_msg), evn(p, evt, t_msg),
            pid(p, level, t_dis - dt.timedelta(minutes=R.randint(5, 40)) if dispo and dispo[0] == "20" else None)]
    if level == 2 and R.random() < 0.6:
        nk = p["nk"]
        nkaddr = []
        segs.append(seg("NK1", {1: "1", 2: [("%s^%s" % (nk["last"].upper(), nk["first"].upper()), "name")],
                                3: "%s^%s^HL70063" % nk["rel"],
                                5: ["^PRN^PH^^1^", ("%s^%s" % (nk["area"], nk["local"]), "phone")]}))
    segs.append(pv1(p, evt, t_adm, dispo, t_dis))
    if R.random() < 0.5:
        segs.append(seg("PV2", {3: "^^^^^^^^" + p["cc"]}))
    i = 1
    segs.append(obx(i, "CWE", "SS003^Facility / Visit Type^PHINQUESTION",
                    "261QE0002X^Emergency Care^HCPTNUCC" if p["fac"]["cls"] == "E" else "261QU0200X^Urgent Care^HCPTNUCC"))
    i += 1
    if p["age_months"]:
        segs.append(obx(i, "NM", "21612-7^Age Time Patient Reported^LN", str(p["age_months"]), "mo^month^UCUM"))
    else:
        segs.append(obx(i, "NM", "21612-7^Age Time Patient Reported^LN", age_parts(p["age"]), "a^year^UCUM"))
    i += 1
    segs.append(obx(i, "TX", "8661-1^Chief Complaint - Reported^LN", p["cc"]))
    i += 1
    if R.random() < 0.6:
        segs.append(obx(i, "TX", "54094-8^Emergency department Triage note^LN", triage_note(p)))
        i += 1
    if R.random() < 0.4:
        onset = VISIT_DAY - dt.timedelta(days=R.randint(0, 5))
        segs.append(obx(i, "TS", "11368-8^Illness or injury onset date and time^LN", [(onset.strftime("%Y%m%d"), "date")]))
        i += 1
    if R.random() < 0.6:
        tob = t_adm + dt.timedelta(minutes=R.randint(2, 30)) if R.random() < 0.4 else None
        segs.append(obx(i, "NM", "11289-6^Body temperature:Temp:Enctrfrst:Patient:Qn:^LN",
                        "%.1f" % R.uniform(36.1, 40.2), "Cel^degree Celsius^UCUM", tob))
        i += 1
    if R.random() < 0.5:
        segs.append(obx(i, "NM", "59408-5^Oxygen saturation in Arterial blood by Pulse oximetry^LN",
                        str(R.randint(84, 100)), "%^percent^UCUM"))
        i += 1
    if R.random() < 0.3:
        segs.append(obx(i, "CWE", "72166-2^Tobacco smoking status^LN",
                        R.choice(["266919005^Never smoker^SCT", "449868002^Current every day smoker^SCT",
                                  "8517006^Former smoker^SCT"])))
        i += 1
    if evt in ("A03", "A08") or R.random() < 0.3:
        dxt = None
        f = {1: "1", 3: "%s^%s^I10C" % p["dx"], 6: R.choice(["W", "F", "A"])}
        if R.random() < 0.5:
            span_min = max(1, int((t_msg - t_adm).total_seconds() // 60))
            f[5] = [(ts_hl7(t_adm + dt.timedelta(minutes=R.randint(0, span_min)))[:14], "date")]
        segs.append(seg("DG1", f))
    if level == 2 and R.random() < 0.5:
        f = {1: "1", 2: "MCD01^OHIO MEDICAID^HL70072", 3: "8800123^CARESOURCE", 4: "CARESOURCE OHIO",
             5: "P.O. BOX 8738^^DAYTON^OH^45401", 15: "MC",
             16: [("%s^%s" % (p["last"].upper(), p["first"].upper()), "name")], 17: "01^Self^HL70063",
             18: [(p["dob"].strftime("%Y%m%d"), "date")], 36: [(p["medicaid"], "health_plan")]}
        segs.append(seg("IN1", f))
    if level == 2 and R.random() < 0.35:
        g = p["nk"]
        f = {1: "1", 3: [("%s^%s" % (g["last"].upper(), g["first"].upper()), "name")],
             5: [(p["street"].upper(), "address"), "^^", (p["city"], "address"), "^OH^", (p["zip"], "zip")],
             6: ["^PRN^PH^^1^", ("%s^%s" % (g["area"], g["local"]), "phone")]}
        if R.random() < 0.5:
            f[7] = ["^WPN^FX^^1^", ("%s^%03d%04d" % (g["area"], R.randint(200, 989), R.randint(0, 9999)), "fax")]
        f[12] = [(ssn(), "ssn")]
        segs.append(seg("GT1", f))
    return segs, ctrl, evt


def hl7_escaped(segs, sep="\\r"):
    out = []
    for i, s in enumerate(segs):
        if i:
            out.append(sep)
        out.extend(s)
    return out


# --------------------------------------------------------------------------
# family line templates
# --------------------------------------------------------------------------
def L(family, *parts):
    return (family, flat(list(parts)))


MIRTH_CHANNELS = [("ED_SS_ADT_Inbound", "8f3c1b2e-5d7a-4e61-9b0c-2a7de4f13c55"),
                  ("SS_sFTP_Poller", "0b9e2a71-3c44-4f0d-8d12-6e5a9c7b1f08"),
                  ("SS_PHIN_Normalize", "c4d1f6a2-99e3-4b8e-a1f7-3d0c2b6e8a94"),
                  ("SS_to_Kafka", "71ae5c3d-0f2b-4c9a-b6d8-e4f1a2c3b5d7")]


def mirth_line(level, thread, logger, msg):
    return L("mirth", "%-5s %s [%s] %s: " % (level, ts_log4j(tick(0.01, 3)), thread, logger), msg)


def ev_mirth_noise():
    ch, cid = R.choice(MIRTH_CHANNELS)
    k = R.randint(0, 9)
    if k == 0:
        return [mirth_line("INFO", "Main Server Thread", "com.mirth.connect.server.Mirth",
                           "Mirth Connect 4.4.2 (Built on October 11, 2023) server successfully started."),
                mirth_line("INFO", "Main Server Thread", "com.mirth.connect.server.Mirth",
                           "Running OpenJDK 64-Bit Server VM 17.0.10 on Linux (5.15.0-1057-azure, amd64), postgres, with charset UTF-8."),
                mirth_line("INFO", "Main Server Thread", "com.mirth.connect.server.Mirth",
                           "Web server running at http://10.44.8.11:8080/ and https://10.44.8.11:8443/")]
    if k == 1:
        return [mirth_line("INFO", "Deploy-Thread-%d" % R.randint(1, 4), "com.mirth.connect.donkey.server.channel.Channel",
                           "Channel %s (%s) has been deployed." % (ch, cid))]
    if k == 2:
        fac = R.choice(FACILITIES)
        return [mirth_line("INFO", "%s < pool-%d-thread-%d" % (ch, R.randint(2, 6), R.randint(1, 9)),
                           "com.mirth.connect.connectors.file.FileReceiver",
                           "Polling sftp://ss_ingest@ingest-sftp01.odh.local:22/inbound/%s (filter *.hl7, %d files, %d ms)"
                           % (fac["sftp"], R.randint(0, 40), R.randint(40, 900)))]
    if k == 3:
        return [mirth_line("WARN", "ED_SS_ADT_Inbound < MLLP Listener", "com.mirth.connect.connectors.tcp.TcpReceiver",
                           "Connection reset by peer (/%s:%d). Socket closed." % (R.choice(FACILITIES)["ip"], R.randint(40000, 65000)))]
    if k == 4:
        return [mirth_line("ERROR", "SS_to_Kafka Destination 1 - Kafka Producer", "com.mirth.connect.connectors.js.JavaScriptDispatcher",
                           "Error evaluating JavaScript Writer (JavaScript Writer \"Kafka Producer\" on channel %s). "
                           "org.apache.kafka.common.errors.TimeoutException: Topic ss.adt.raw not present in metadata after 60000 ms." % cid)]
    if k == 5:
        rec = R.randint(800, 3000)
        flt = R.randint(0, 60)
        err = R.choice([0, 0, 0, 1, 3])
        return [mirth_line("INFO", "Statistics Updater", "com.mirth.connect.server.controllers.DefaultChannelController",
                           "channel=%s received=%d filtered=%d sent=%d errored=%d queued=%d" % (ch, rec, flt, rec - flt - err, err, R.randint(0, 12)))]
    if k == 6:
        return [mirth_line("INFO", "Data Pruner", "com.mirth.connect.server.util.DataPruner",
                           "Pruner completed for channel %s: %d messages pruned, %d content rows removed in %.1fs"
                           % (ch, R.randint(10000, 90000), R.randint(100000, 900000), R.uniform(5, 80)))]
    if k == 7:
        return [mirth_line("DEBUG", "%s JavaScript Filter" % ch, "filter",
                           "Rule 1 \"Only A01/A03/A04/A08\" rejected ADT^%s, MSH-10=%d" % (R.choice(["A31", "A28", "A40", "A11"]), R.randint(10 ** 9, 10 ** 10)))]
    if k == 8:
        return [mirth_line("ERROR", "%s < pool-3-thread-2" % ch, "com.mirth.connect.donkey.server.channel.Channel",
                           "Error processing message %d: ca.uhn.hl7v2.model.DataTypeException: Failed validation rule: "
                           "Maxumum length 199: for field MSH-10" % R.randint(100000, 999999))]
    return [mirth_line("INFO", "qtp%d-%d" % (R.randint(100000000, 999999999), R.randint(20, 90)), "com.mirth.connect.server.api.MirthServlet",
                       "User %s logged in from 10.44.%d.%d (Administrator 4.4.2)" % (R.choice(["admin_ss", "jfrink_int", "svc_deploy"]), R.randint(1, 20), R.randint(2, 250)))]


def ev_mirth_phi():
    p = new_person(R.choice([f for f in FACILITIES if f["engine"] == "mirth"]))
    segs, ctrl, evt = hl7_message(p, level=R.choice([0, 0, 1, 2]))
    msgid = R.randint(100000, 999999)
    out = [mirth_line("INFO", "ED_SS_ADT_Inbound < MLLP Listener", "com.mirth.connect.connectors.tcp.TcpReceiver",
                      "Message received from /%s:%d (%d bytes)" % (p["fac"]["ip"], R.randint(40000, 65000), R.randint(900, 6000)))]
    k = R.randint(0, 4)
    if k in (0, 1):
        out.append(mirth_line("DEBUG", "ED_SS_ADT_Inbound < MLLP Listener", "com.mirth.connect.donkey.server.channel.Channel",
                              ["Raw message %d: " % msgid, hl7_escaped(segs[:5])]))
    if k in (1, 2):
        out.append(mirth_line("INFO", "SS_PHIN_Normalize JavaScript Transformer Step 3", "transformer",
                              ["Mapped PID-3 ", (p["mrn"], "mrn"), " -> C_Unique_Patient_ID ", (p["mrn"], "mrn"), "^^^", p["fac"]["fid"],
                               "; PV1-19 ", (p["visit"], "other_id"), "; age=", age_parts(p["age"]), " a"]))
    if k == 3:
        out.append(mirth_line("WARN", "SS_PHIN_Normalize JavaScript Transformer Step 5", "transformer",
                              ["PID-11.9 county missing for zip ", (p["zip"], "zip"), ", derived ", (p["fips"], "address"),
                               " (", (p["county"], "address"), ") from crosswalk; MSH-10=", ctrl]))
    if k == 4 and R.random() < 0.4:
        out.append(mirth_line("WARN", "SS_PHIN_Normalize JavaScript Transformer Step 7", "transformer",
                              ["Unexpected IN1 in SS feed (facility %s): plan=OHIO MEDICAID memberId=" % p["fac"]["fid"], (p["medicaid"], "health_plan"),
                               " insured=", (name_fmt(p["first"], p["last"], 7), "name"), "; segment removed"]))
    elif k == 4:
        out.append(mirth_line("ERROR", "SS_PHIN_Normalize JavaScript Transformer Step 2", "transformer",
                              ["ReferenceError: msg['PID']['PID.7']['PID.7.1'] is '", (p["dob"].strftime("%m/%d/%Y"), "date"),
                               "' (expected TS) for MRN ", (p["mrn"], "mrn")]))
    out.append(mirth_line("INFO", "SS_to_Kafka Destination 1 - Kafka Producer", "transformer",
                          "produced %s MSH-10=%s to ss.adt.raw partition %d offset %d" % (evt, ctrl, R.randint(0, 5), R.randint(10 ** 6, 2 * 10 ** 6))))
    return out


def ev_hl7_dump():
    p = new_person()
    segs, ctrl, evt = hl7_message(p, level=R.choice([0, 0, 1, 1, 2, 2]))
    return [L("hl7v2", s) for s in segs]


def ev_hl7_ack():
    fac = R.choice(FACILITIES)
    t = tick()
    ctrl = "%d" % R.randint(10 ** 11, 10 ** 12 - 1)
    code = R.choice(["AA", "AA", "AA", "AE", "AR"])
    out = [L("hl7v2", "MSH|^~\\&|SS_ODH^2.16.840.1.114222.4.3.2.2.1.232.1^ISO|ODH^2.16.840.1.114222.4.1.214104^ISO|%s^%s^ISO|%s^%s^ISO|%s||ACK^%s^ACK|ACK%s|P|2.5.1"
             % (fac["app"], fac["oid"][:-2] + ".9", fac["code"], fac["oid"], ts_hl7(t), R.choice(["A04", "A08", "A03"]), ctrl[-8:])),
           L("hl7v2", "MSA|%s|%s" % (code, ctrl))]
    if code != "AA":
        out.append(L("hl7v2", "ERR||PID^1^3|101^Required field missing^HL70357|E||||PID-3 (Patient Identifier List) is required"))
    return out


def rh_line(level, where, msg):
    return L("rhapsody", "%s %-5s [%s] " % (ts_log4j(tick(0.01, 4)), level, where), msg)


def ev_rhapsody_noise():
    fac = R.choice(FACILITIES)
    k = R.randint(0, 7)
    if k == 0:
        return [rh_line("INFO", "Communication Point '%s_MLLP_IN'" % fac["code"],
                        "Connection accepted from %s:%d" % (fac["ip"], R.randint(40000, 65000)))]
    if k == 1:
        return [rh_line("INFO", "Route 'SS_ADT_Normalize'", "Message %d processed in %d ms (filters: 3, mappers: 2, output: NSSP_SFTP_OUT)"
                        % (R.randint(1400000, 1600000), R.randint(4, 180)))]
    if k == 2:
        return [rh_line("WARN", "Communication Point 'NSSP_AS2_OUT'",
                        "Retry %d/5 sending batch SS_%s_%s.zip to AS2 partner BIOSENSE_NSSP: HTTP 503 Service Unavailable"
                        % (R.randint(1, 4), NOW.strftime("%Y%m%d"), NOW.strftime("%H%M")))]
    if k == 3:
        return [rh_line("INFO", "Rhapsody Engine", "Locker checkpoint complete; %d routes running, 0 stopped, message store %d%% used, %d messages in error queue"
                        % (R.randint(12, 18), R.randint(40, 88), R.randint(0, 40)))]
    if k == 4:
        return [rh_line("ERROR", "Communication Point '%s_SFTP_IN'" % fac["code"],
                        "com.jcraft.jsch.JSchException: Auth fail for user %s on ingest-sftp01.odh.local:22" % fac["sftp"])]
    if k == 5:
        return [rh_line("INFO", "Route 'SS_Batch_Out'", "Batch SS_%s_%s closed: %d messages, %d bytes, sha256=%s"
                        % (NOW.strftime("%Y%m%d"), NOW.strftime("%H%M"), R.randint(200, 2400), R.randint(10 ** 6, 9 * 10 ** 6), hexid(64)))]
    if k == 6:
        return [rh_line("DEBUG", "Route 'SS_ADT_Normalize'", "Filter 'DropTestPatients' matched MSH-11=T; message %d discarded" % R.randint(1400000, 1600000))]
    return [rh_line("INFO", "Rhapsody Engine", "Rhapsody 7.2.1 (build 7.2.1.31045) running on odh-rhap02, JVM heap %d/%d MB"
                    % (R.randint(900, 3000), 4096))]


def ev_rhapsody_phi():
    p = new_person(R.choice([f for f in FACILITIES if f["engine"] == "rhapsody"]))
    mid = R.randint(1400000, 1600000)
    k = R.randint(0, 5)
    out = [rh_line("INFO", "Communication Point '%s_MLLP_IN'" % p["fac"]["code"], "Received message %d (ADT^A0%d, %d bytes)" % (mid, 8 if k == 2 else R.choice([1, 3, 4, 8]), R.randint(900, 6000)))]
    if k == 0:
        bad = p["dob"].strftime("%m%d%Y")
        out.append(rh_line("ERROR", "Route 'SS_ADT_Normalize'",
                           ["Message %d moved to Error Queue: Mapper 'ADT_to_PHIN_SS' failed at PID.7: '" % mid,
                            (bad, "date"), "' is not a valid TS value (patient ID ", (p["mrn"], "mrn"), ")"]))
    elif k == 1:
        out.append(rh_line("DEBUG", "Route 'SS_Deidentify'",
                           ["[Msg %d] property PatientName='" % mid, (name_fmt(p["first"], p["last"], 0), "name"),
                            "' removed; PatientZip retained='", (p["zip"], "zip"), "'; PatientMRN hashed -> ", hexid(16)]))
    elif k == 2:
        out.append(rh_line("INFO", "Route 'SS_ADT_Normalize'",
                           ["[Msg %d] JavaScript filter dropped A08 for visit " % mid, (p["visit"], "other_id"),
                            " (no change in CC/DX since %s)" % ts_hl7(NOW - dt.timedelta(minutes=R.randint(5, 90)))]))
    elif k == 3:
        out.append(rh_line("WARN", "Route 'SS_ADT_Normalize'",
                           ["[Msg %d] Age_Reported " % mid, age_parts(p["age"]), " a inconsistent with PID-7 ",
                            (date_fmt(p["dob"], 1), "date"), " (calculated ", age_parts(p["age"] + 1), "); keeping reported value"]))
    elif k == 5:
        out.append(rh_line("WARN", "Route 'SS_Deidentify'",
                           ["[Msg %d] stripped unexpected IN1 segment: IN1-2=MCD01^OHIO MEDICAID IN1-16=" % mid,
                            ("%s^%s" % (p["last"].upper(), p["first"].upper()), "name"), " IN1-36=", (p["medicaid"], "health_plan")]))
    else:
        out.append(rh_line("ERROR", "Communication Point 'NSSP_SFTP_OUT'",
                           ["Validation failure: PID-5 populated for ", (p["mrn"], "mrn"), " ('",
                            ("%s^%s" % (p["last"].upper(), p["first"].upper()), "name"), "'); PHIN SS requires ~^^^^^^S. Message held."]))
    return out


def py_line(level, logger, msg, fmt=None):
    fmt = fmt if fmt is not None else R.randint(0, 2)
    t = tick(0.01, 3)
    if fmt == 0:
        pre = "%s %s [%s] " % (ts_log4j(t), level, logger)
    elif fmt == 1:
        pre = "%s - %s - %s - " % (ts_log4j(t), logger, level)
    else:
        pre = "[%s] %-8s %s: " % (ts_dot(t), level, logger)
    return L("py_etl", pre, msg)


def ev_py_noise():
    k = R.randint(0, 8)
    b = "%s-%02d" % (NOW.strftime("%Y%m%d%H"), R.randint(0, 59))
    if k == 0:
        w0 = NOW.astimezone(dt.timezone.utc).replace(second=0, microsecond=0)
        return [py_line("INFO", "nssp_etl.cli", "starting run_id=%s feed=OH_MFT window=%s/%s dry_run=False"
                        % (uuid4(), w0.strftime("%Y-%m-%dT%H:%MZ"), (w0 + dt.timedelta(minutes=15)).strftime("%Y-%m-%dT%H:%MZ")))]
    if k == 1:
        r = R.randint(300, 2500)
        rej = R.randint(0, 12)
        return [py_line("INFO", "nssp_etl.loader", "batch %s: read %s msgs, parsed %s, rejected %d, upserted %s into OH_PR_Processed in %.2fs"
                        % (b, format(r, ","), format(r - rej, ","), rej, format(r - rej, ","), R.uniform(0.8, 9)))]
    if k == 2:
        return [py_line("WARNING", "nssp_etl.lookup", "facility lookup cache stale (age=%dh%02dm), refreshing from MFT table" % (R.randint(2, 8), R.randint(0, 59)))]
    if k == 3:
        return [py_line("ERROR", "nssp_etl.db", "pyodbc.OperationalError: ('08S01', '[08S01] [Microsoft][ODBC Driver 18 for SQL Server]TCP Provider: Error code 0x2746 (10054) (SQLExecDirectW)')"),
                py_line("INFO", "nssp_etl.db", "retrying in %ds (attempt %d/5)" % (R.choice([5, 10, 20, 40]), R.randint(1, 4)))]
    if k == 4:
        return [py_line("INFO", "nssp_etl.ccdd", "applied CCDD categories v2024-02 to %d visits; ILI=%d CLI=%d 'Overdose, all drug'=%d 'Heat related illness'=%d"
                        % (R.randint(800, 2000), R.randint(20, 90), R.randint(5, 40), R.randint(1, 20), R.randint(0, 3)))]
    if k == 5:
        return [py_line("DEBUG", "urllib3.connectionpool", "https://essence.nssp.example.gov:443 \"POST /nssp_essence/api/upload HTTP/1.1\" 202 %d" % R.randint(40, 400))]
    if k == 6:
        return [py_line("INFO", "nssp_etl.dq", "completeness facility=%s visits=%d cc=%.1f%% dd=%.1f%% zip=%.1f%% age=%.1f%%"
                        % (R.choice(FACILITIES)["fid"], R.randint(40, 400), R.uniform(85, 100), R.uniform(40, 99), R.uniform(90, 100), R.uniform(97, 100)))]
    if k == 7:
        return [py_line("WARNING", "py.warnings", "/opt/nssp_etl/venv/lib/python3.11/site-packages/pandas/core/frame.py:%d: FutureWarning: "
                        "DataFrame.applymap has been deprecated. Use DataFrame.map instead." % R.randint(9000, 11000))]
    return [py_line("INFO", "nssp_etl.cli", "run finished status=ok batches=%d elapsed=%.1fs peak_rss=%dMB" % (R.randint(1, 6), R.uniform(10, 300), R.randint(180, 900)))]


def ev_py_phi():
    p = new_person()
    k = R.randint(0, 5)
    if k == 0:
        return [py_line("WARNING", "nssp_etl.validate",
                        ["Visit_ID=", (p["visit"], "other_id"), " facility=%s: Patient_Zip '" % p["fac"]["fid"], (p["zip"], "zip"),
                         "' not in C_Patient_County ", ("39%03d" % R.choice([1, 3, 5, 7, 9, 11, 13, 15]), "address"), ", using zip crosswalk"])]
    if k == 1:
        a = p["age"] if p["age"] > 89 else R.randint(90, 101)
        dob = VISIT_DAY - dt.timedelta(days=a * 365 + R.randint(-40, 300))
        return [py_line("WARNING", "nssp_etl.age",
                        ["C_Patient_Age=", (str(a), "age"), " derived from DOB ", (dob.isoformat(), "date"),
                         " differs from Age_Reported=", (str(a - 1), "age") if a - 1 > 89 else str(a - 1),
                         " (MRN ", (p["mrn"], "mrn"), ", facility %s)" % p["fac"]["fid"]])]
    if k == 2:
        return [py_line("ERROR", "nssp_etl.transform", ["failed to derive age for Visit_ID ", (p["visit"], "other_id"), ", skipping row"], fmt=0),
                L("py_etl", "Traceback (most recent call last):"),
                L("py_etl", '  File "/opt/nssp_etl/nssp_etl/transform.py", line 212, in derive_age'),
                L("py_etl", '    dob = datetime.strptime(raw_dob, "%Y%m%d").date()'),
                L("py_etl", "ValueError: time data '", (p["dob"].isoformat(), "date"), "' does not match format '%Y%m%d'")]
    if k == 3:
        row = [p["fac"]["fid"], "|", (VISIT_DAY.isoformat(), "date"), "|", (ts_dot(arrival(p))[:19], "date"), "|",
               (p["visit"], "other_id"), "|", (p["mrn"], "mrn"), "|"]
        row += age_parts(p["age"]) + ["|Years|%s|" % p["sex"], (p["zip"], "zip"), "|", (p["fips"], "address"),
                                     "|%s|%s|%s" % (p["cc"].upper(), p["dx"][0], R.choice(["01", "09", ""]))]
        return [py_line("DEBUG", "nssp_etl.extract", "writing OH_PR_extract_%s.psv row 1/%d:" % (NOW.strftime("%Y%m%d%H%M"), R.randint(100, 900))),
                L("essence_psv", row)]
    if k == 4:
        return [py_line("INFO", "nssp_etl.nlp",
                        ["triage_note parsed visit=", (p["visit"], "other_id"), " tokens=%d negex=%d text=\"" % (R.randint(8, 60), R.randint(0, 4)),
                         triage_note(p), "\""])]
    return [py_line("WARNING", "nssp_etl.dedupe",
                    ["duplicate visit collapsed: C_BioSense_ID=", (VISIT_DAY.strftime("%Y.%m.%d"), "date"), "_%s_" % p["fac"]["fid"],
                     (p["mrn"], "mrn"), " kept A08 %s dropped A04 %s" % (ts_hl7(NOW)[:14], ts_hl7(NOW - dt.timedelta(minutes=40))[:14])])]


def ev_psv_rows():
    out = []
    for _ in range(R.randint(2, 4)):
        p = new_person()
        deid = R.random() < 0.5
        row = [p["fac"]["fid"], "|", (VISIT_DAY.strftime("%Y-%m-%d"), "date"), "|"]
        if deid:
            row += [hashlib.sha256(p["mrn"].encode()).hexdigest()[:32], "|"]
        else:
            row += [(p["mrn"], "mrn"), "|"]
        row += age_parts(p["age"]) + ["|%s|" % p["sex"]]
        row += [p["zip"][:3] + "**" if deid else (p["zip"], "zip"), "|", "%s|%s|%s" % (p["cc"].upper(), p["dx"][0], p["fac"]["cls"])]
        out.append(L("essence_psv", row))
    return out


def sql_line(msg):
    return L("tsql", msg)


def ev_sql_noise():
    k = R.randint(0, 8)
    t = tick(0.1, 20)
    if k == 0:
        return [sql_line("%s  spid57  Starting up database 'BioSense_OH_Staging'." % ts_dot(t)[:22])]
    if k == 1:
        return [sql_line("(%d rows affected)" % R.randint(1, 3000))]
    if k == 2:
        return [sql_line("ALTER INDEX [IX_OH_PR_Processed_C_Visit_Date] ON [dbo].[OH_PR_Processed] REORGANIZE WITH (LOB_COMPACTION = ON);")]
    if k == 3:
        return [sql_line("%s Job 'NSSP_OH_Hourly_Load' step 2 'Merge staging -> Processed': Executed as user: ODH\\svc_nssp_etl. "
                         "The step succeeded. Duration 00:0%d:%02d" % (t.strftime("%m/%d/%Y %H:%M:%S"), R.randint(0, 4), R.randint(0, 59)))]
    if k == 4:
        return [sql_line("SELECT C_Facility_ID, COUNT(*) AS visits, SUM(CASE WHEN Chief_Complaint_Text IS NULL THEN 1 ELSE 0 END) AS cc_null "
                         "FROM dbo.OH_PR_Processed WHERE C_Visit_Date >= '%s' GROUP BY C_Facility_ID;" % (VISIT_DAY - dt.timedelta(days=7)).isoformat())]
    if k == 5:
        return [sql_line("Msg 1205, Level 13, State 51, Line %d" % R.randint(1, 400)),
                sql_line("Transaction (Process ID %d) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction." % R.randint(50, 200))]
    if k == 6:
        return [sql_line("EXEC dbo.usp_Refresh_MFT @Feed_Name = N'OH_MFT', @Since = '%s';" % ts_dot(NOW - dt.timedelta(hours=1))[:19])]
    if k == 7:
        return [sql_line("-- batch %d committed: %s rows in %.1fs (avg %.2f ms/row)" % (R.randint(4000, 9000), format(R.randint(100, 3000), ","), R.uniform(0.5, 8), R.uniform(0.5, 4)))]
    return [sql_line("DELETE FROM dbo.OH_PR_Raw WHERE Arrived_Date_Time < DATEADD(day, -90, SYSUTCDATETIME()); -- retention")]


def sqlq(s):
    return s.replace("'", "''")


def ev_sql_phi():
    p = new_person()
    k = R.randint(0, 4)
    if k == 0:
        return [sql_line(["SELECT C_BioSense_ID, C_Visit_Date, Chief_Complaint_Text, Triage_Notes FROM dbo.OH_PR_Processed WHERE Medical_Record_Number = '",
                          (p["mrn"], "mrn"), "' AND C_Facility_ID = %s;" % p["fac"]["fid"]])]
    if k == 1:
        return [sql_line("Msg 2627, Level 14, State 1, Procedure usp_Merge_Processed, Line 88"),
                sql_line(["Violation of PRIMARY KEY constraint 'PK_OH_PR_Processed'. Cannot insert duplicate key in object 'dbo.OH_PR_Processed'. The duplicate key value is (",
                          (VISIT_DAY.strftime("%Y.%m.%d"), "date"), "_%s_" % p["fac"]["fid"], (p["mrn"], "mrn"), ")."]),
                sql_line("The statement has been terminated.")]
    if k == 2:
        name = sqlq(p["last"]) + "^" + sqlq(p["first"])
        return [sql_line(["INSERT INTO dbo.OH_PR_Exceptions (Feed_Name, Message_Control_ID, Rule_ID, Field, Bad_Value) VALUES (N'OH_MFT', N'%d', 'R-PII-05', 'PID-5', N'" % R.randint(10 ** 11, 10 ** 12),
                          (name, "name"), "');"])]
    if k == 3:
        return [sql_line(["UPDATE dbo.OH_PR_Processed SET C_Patient_County = '", (p["fips"], "address"), "', Patient_Zip = '", (p["zip"], "zip"),
                          "' WHERE Visit_ID = '", (p["visit"], "other_id"), "' AND C_Facility_ID = %s;" % p["fac"]["fid"]])]
    return [sql_line(["INSERT INTO dbo.OH_PR_Processed (C_Facility_ID, Visit_ID, Medical_Record_Number, C_Visit_Date_Time, Age_Reported, Age_Units_Reported, Administrative_Sex, Patient_Zip, Chief_Complaint_Text) VALUES (%s, '" % p["fac"]["fid"],
                      (p["visit"], "other_id"), "', '", (p["mrn"], "mrn"), "', '", (ts_dot(arrival(p))[:19], "date"), "', ",
                      age_parts(p["age"]), ", 'Years', '%s', '" % p["sex"], (p["zip"], "zip"), "', N'%s');" % sqlq(p["cc"])])]


def ev_dq_noise():
    fac = R.choice(FACILITIES)
    k = R.randint(0, 3)
    if k == 0:
        metric = R.choice(["chief_complaint_completeness", "discharge_diagnosis_completeness", "patient_zip_validity",
                           "triage_note_completeness", "c_patient_age_completeness", "arrival_lag_p50_hours"])
        val = round(R.uniform(0.7, 1.0), 3) if "lag" not in metric else round(R.uniform(0.2, 30), 1)
        thr = 0.9 if "lag" not in metric else 24
        st = "ok" if (val >= thr) != ("lag" in metric) else "warn"
        return [L("dq_json", J([("ts", ts_isoz(tick())), ("facility_id", int(fac["fid"])), ("feed", fac["code"]),
                                ("metric", metric), ("value", val), ("threshold", thr), ("status", st), ("window", "24h")], compact=True))]
    if k == 1:
        rows = [L("dq_csv", "facility_id,facility_name,week,visits,pct_cc,pct_dd,pct_zip,pct_age,lag_hours_p50,status")]
        for f in R.sample(FACILITIES, R.randint(2, 4)):
            rows.append(L("dq_csv", '%s,"%s",2024-W10,%d,%.1f,%.1f,%.1f,%.1f,%.1f,%s' % (
                f["fid"], f["name"], R.randint(300, 5000), R.uniform(90, 100), R.uniform(30, 99), R.uniform(95, 100),
                R.uniform(99, 100), R.uniform(0.2, 20), R.choice(["green", "green", "amber", "red"]))))
        return rows
    if k == 2:
        return [L("dq_json", J([("@timestamp", ts_iso_off(tick())), ("dashboard", "SS Feed Health"), ("panel", "Messages per hour"),
                                ("facility", fac["code"]), ("expected", R.randint(20, 200)), ("observed", R.randint(0, 200)),
                                ("zscore", round(R.uniform(-4, 2), 2)), ("trace_id", hexid(32))]))]
    return [L("dq_csv", "%s;%s;%s;%d;%d;%.3f" % (NOW.strftime("%Y-%m-%d"), fac["fid"], R.choice(["CC_NULL", "DX_NULL", "ZIP_INVALID", "AGE_OUTLIER", "DUP_VISIT"]),
                                                R.randint(0, 40), R.randint(100, 3000), R.uniform(0, 0.1)))]


def ev_dq_phi():
    p = new_person()
    k = R.randint(0, 2)
    if k == 0:
        a = max(p["age"], 90) + R.choice([0, 0, 12, 20])
        dob = VISIT_DAY - dt.timedelta(days=a * 365 + R.randint(10, 350))
        return [L("dq_json", J([("ts", ts_isoz(tick())), ("check", "age_outlier"), ("facility_id", int(p["fac"]["fid"])),
                                ("visitId", P(p["visit"], "other_id")), ("reportedAge", N(a, "age")), ("ageUnits", "a"),
                                ("birthDate", P(dob.strftime("%Y-%m-%d"), "date")), ("severity", "warn")], compact=True))]
    if k == 1:
        rows = [L("dq_csv", "visit_id,mrn,facility_id,field,value,rule")]
        for _ in range(R.randint(1, 3)):
            q = new_person(p["fac"])
            rule = R.choice(["ZIP_INVALID", "DOB_FUTURE", "CC_PII"])
            if rule == "ZIP_INVALID":
                val = [(q["zip"][:4], "zip")]
                fld = "PID-11.5"
            elif rule == "DOB_FUTURE":
                fut = dt.date(2024 + R.randint(1, 30), q["dob"].month, min(q["dob"].day, 28))
                val = [(date_fmt(fut, 1), "date")]
                fld = "PID-7"
            else:
                nm = (name_fmt(q["first"], q["last"], R.choice([1, 3, 6, 0])), "name")
                val = R.choice([['"', "pt ", nm, " fell", '"'], ['"', "per mom ", nm, " pt had fever", '"'],
                                ['"', nm, " here for f/u", '"'], ['"', "CP - call son ", nm, '"']])
                fld = "OBX-5(8661-1)"
            rows.append(L("dq_csv", (q["visit"], "other_id"), ",", (q["mrn"], "mrn"), ",%s,%s," % (q["fac"]["fid"], fld), val, ",%s" % rule))
        return rows
    return [L("dq_json", J([("ts", ts_isoz(tick())), ("check", "county_zip_mismatch"), ("facility", p["fac"]["code"]),
                            ("patient", Raw(J([("zip", P(p["zip"], "zip")), ("countyFips", P(p["fips"], "address")),
                                               ("city", P(p["city"].title(), "address"))], compact=True))),
                            ("visit_date", P(VISIT_DAY.strftime("%m/%d/%Y"), "date")), ("action", "flagged")], compact=True))]


def ev_alert():
    fac = R.choice(FACILITIES)
    t = tick(1, 200)
    k = R.randint(0, 5)
    if k == 0:
        return [L("alert", "[FIRING:1] SSFeedOutage (facility=\"%s\" feed=\"%s\" severity=\"critical\") last_message_age=%dh%02dm runbook=https://wiki.odh.local/ss/runbooks/feed-outage"
                  % (fac["fid"], fac["code"], R.randint(4, 14), R.randint(0, 59)))]
    if k == 1:
        return [L("alert", "[RESOLVED] SSFeedOutage (facility=\"%s\" feed=\"%s\") resolved after %dm" % (fac["fid"], fac["code"], R.randint(20, 600)))]
    if k == 2:
        return [L("alert", "[%d] SERVICE ALERT: ingest-sftp01;check_feed_latency_%s;%s;HARD;3;No files received from %s in %d minutes"
                  % (int(t.timestamp()), fac["sftp"], R.choice(["CRITICAL", "WARNING", "OK"]), fac["sftp"], R.choice([120, 240, 360])))]
    if k == 3:
        return [L("alert", J([("receiver", "ss-oncall-pagerduty"), ("status", "firing"), ("alertname", "KafkaConsumerLagHigh"),
                              ("group", "ss-deid"), ("topic", "ss.adt.raw"), ("lag", R.randint(5000, 90000)),
                              ("startsAt", ts_isoz(t)), ("fingerprint", hexid(16))], compact=True))]
    if k == 4:
        st = R.choice(STAFF)
        return [L("alert", "Subject: [SS Alert] %s - volume drop %d%% vs 4-wk baseline (%s)" % (fac["name"], R.randint(40, 95), t.strftime("%m/%d %H:%M"))),
                L("alert", "Contact facility interface lead %s (%s) if no recovery by next batch." % (st[0], st[2]))]
    return [L("alert", "%s WARN AS2 MDN overdue partner=BIOSENSE_NSSP msgid=<OPENAS2-%s-%d@ODH_SS_NSSP> waited=%ds"
              % (ts_iso_off(t), t.strftime("%d%m%Y%H%M%S"), R.randint(1000, 9999), R.randint(600, 3600)))]


DEID_FIELDS_HASH = ["PID-3.1", "PV1-19.1", "PID-18.1", "MSH-10"]


def deid_line(items):
    return L("deid", KV([("ts", ts_iso_off(tick(0.001, 1.5)))] + items))


def ev_deid_noise():
    k = R.randint(0, 4)
    if k == 0:
        return [deid_line([("level", "info"), ("step", "deid.config"), ("profile", "PHIN_SS_limited_dataset_v3"),
                           ("hash", "hmac-sha256"), ("key_id", "kms:ss-deid-2024q1"), ("zip_policy", "zip5_retain_per_DUA"),
                           ("dob_policy", "truncate_to_year")])]
    if k == 1:
        return [deid_line([("level", "info"), ("step", "deid.hash"), ("field", R.choice(DEID_FIELDS_HASH)), ("in_len", R.randint(6, 16)),
                           ("out", hexid(64)), ("msg_ctrl", str(R.randint(10 ** 11, 10 ** 12)))])]
    if k == 2:
        return [deid_line([("level", "info"), ("step", "deid.stats"), ("batch", "SS_%s_%s" % (NOW.strftime("%Y%m%d"), NOW.strftime("%H%M"))),
                           ("msgs", R.randint(200, 2500)), ("hashed", R.randint(600, 7000)), ("dropped_segments", "NK1,GT1,IN1"),
                           ("scrubbed_free_text", R.randint(0, 30)), ("elapsed_ms", R.randint(200, 5000))])]
    if k == 3:
        return [deid_line([("level", "warn"), ("step", "deid.key"), ("msg", "key rotation scheduled"), ("old", "ss-deid-2023q4"),
                           ("new", "ss-deid-2024q1"), ("rehash_required", "false")])]
    return [deid_line([("level", "info"), ("step", "deid.drop"), ("segment", R.choice(["NK1", "GT1", "IN1", "IN2"])),
                       ("count", R.randint(1, 4)), ("msg_ctrl", str(R.randint(10 ** 11, 10 ** 12)))])]


def ev_deid_phi():
    p = new_person()
    ctrl = str(R.randint(10 ** 11, 10 ** 12))
    out = [deid_line([("level", "info"), ("step", "deid.hash"), ("field", "PID-3.1"), ("in_len", len(p["mrn"])),
                      ("out", hmac_like(p["mrn"])), ("msg_ctrl", ctrl)])]
    k = R.randint(0, 7)
    if k == 5:
        out.append(deid_line([("level", "debug"), ("step", "deid.redact"), ("field", "PID-13"), ("xtn_type", "NET^Internet"),
                              ("original", (p["email"], "email")), ("replacement", ""), ("msg_ctrl", ctrl)]))
    elif k == 6:
        nk = p["nk"]
        out.append(deid_line([("level", "debug"), ("step", "deid.drop"), ("segment", "NK1"), ("nk1_5", (phone_fmt(nk["area"], nk["local"], 3), "phone")),
                              ("nk1_3", nk["rel"][0]), ("msg_ctrl", ctrl)]))
    elif k == 7:
        out.append(deid_line([("level", "warn"), ("step", "deid.drop"), ("segment", "GT1"), ("note", "GT1-7 fax retained in ZGT"),
                              ("zgt_2", (phone_fmt(p["nk"]["area"], "%03d%04d" % (R.randint(200, 989), R.randint(0, 9999)), R.choice([1, 2, 3])), "fax")),
                              ("msg_ctrl", ctrl)]))
    elif k == 0:
        out.append(deid_line([("level", "info"), ("step", "deid.passthrough"), ("field", "PID-11.5"), ("reason", "zip5 retained per DUA"),
                              ("value", (p["zip"], "zip")), ("msg_ctrl", ctrl)]))
    elif k == 1:
        out.append(deid_line([("level", "info"), ("step", "deid.truncate"), ("field", "PID-7"), ("from", (p["dob"].strftime("%Y%m%d"), "date")),
                              ("to", str(p["dob"].year)), ("msg_ctrl", ctrl)]))
    elif k == 2:
        note = triage_note(p)
        out.append(L("deid", KV([("ts", ts_iso_off(tick(0.001, 1.5))), ("level", "warn"), ("step", "deid.scrub"), ("field", "OBX-5(54094-8)"),
                                 ("pattern", "NAME|PHONE|DATE"), ("redacted", 0)]), " sample=\"", note, "\""))
    elif k == 3:
        out.append(deid_line([("level", "error"), ("step", "deid.hash"), ("field", "PV1-19.1"), ("error", "empty key material, value emitted in clear"),
                              ("value", (p["visit"], "other_id")), ("msg_ctrl", ctrl)]))
    else:
        out.append(deid_line([("level", "info"), ("step", "deid.generalize"), ("field", "OBX-5(21612-7)"),
                              ("from", (str(p["age"] if p["age"] > 89 else R.randint(90, 104)), "age")), ("to", "90+"), ("msg_ctrl", ctrl)]))
    if R.random() < 0.5:
        out.append(L("deid", J([("patient_id_hash", hmac_like(p["mrn"])), ("visit_id_hash", hmac_like(p["visit"])[:40]),
                                ("zip5", P(p["zip"], "zip")), ("dob_ym", P(p["dob"].strftime("%Y-%m"), "date")),
                                ("visit_date", P(VISIT_DAY.isoformat(), "date")), ("sex", p["sex"]), ("cc", p["cc"])], compact=True)))
    return out


def hmac_like(s):
    return hashlib.sha256(("k2024q1:" + s).encode()).hexdigest()


def sys_line(host, proc, pid_, msg):
    return L("sshd", "%s %s %s[%d]: " % (ts_syslog(tick(0.05, 5)), host, proc, pid_), msg)


def ev_sftp_noise():
    fac = R.choice(FACILITIES)
    pid_ = R.randint(20000, 60000)
    host = "ingest-sftp01"
    fn = "ADT_%s_%s%03d.hl7" % (NOW.strftime("%Y%m%d%H%M%S"), R.choice(["", "_"]), R.randint(0, 999))
    out = [sys_line(host, "sshd", pid_, "Accepted publickey for %s from %s port %d ssh2: RSA SHA256:%s" % (fac["sftp"], fac["ip"], R.randint(40000, 65000), hexid(43))),
           sys_line(host, "sshd", pid_, "pam_unix(sshd:session): session opened for user %s(uid=%d) by (uid=0)" % (fac["sftp"], R.randint(2001, 2050))),
           sys_line(host, "sftp-server", pid_ + 2, "session opened for local user %s from [%s]" % (fac["sftp"], fac["ip"])),
           sys_line(host, "sftp-server", pid_ + 2, "open \"/inbound/%s/%s\" flags WRITE,CREATE,TRUNCATE mode 0644" % (fac["sftp"], fn)),
           sys_line(host, "sftp-server", pid_ + 2, "close \"/inbound/%s/%s\" bytes read 0 written %d" % (fac["sftp"], fn, R.randint(900, 90000))),
           sys_line(host, "sshd", pid_, "Received disconnect from %s port %d:11: disconnected by user" % (fac["ip"], R.randint(40000, 65000)))]
    k = R.randint(0, 3)
    if k == 0:
        return out[:1] + out[3:5]
    if k == 1:
        return [sys_line(host, "sshd", pid_, "Connection closed by authenticating user %s %s port %d [preauth]" % (fac["sftp"], fac["ip"], R.randint(40000, 65000)))]
    if k == 2:
        return out[2:5]
    return [sys_line(host, "sshd", pid_, "Invalid user %s from 45.%d.%d.%d port %d" % (R.choice(["admin", "oracle", "test", "ubuntu"]), R.randint(1, 250), R.randint(1, 250), R.randint(1, 250), R.randint(1000, 65000)))]


def ev_sftp_phi():
    p = new_person()
    fac = p["fac"]
    pid_ = R.randint(20000, 60000)
    style = R.randint(0, 2)
    if style == 0:
        fn = ["SS_", (p["mrn"], "mrn"), "_%s.hl7" % NOW.strftime("%Y%m%d%H%M%S")]
    elif style == 1:
        fn = ["ADT_A04_", (p["visit"], "other_id"), ".txt"]
    else:
        fn = [(p["last"].upper().replace(" ", "").replace("'", ""), "name"), "_", (p["mrn"], "mrn"), "_ADT.hl7"]
    return [sys_line("ingest-sftp01", "sftp-server", pid_, ["open \"/inbound/%s/" % fac["sftp"], fn, "\" flags WRITE,CREATE,TRUNCATE mode 0644"]),
            sys_line("ingest-sftp01", "sftp-server", pid_, ["close \"/inbound/%s/" % fac["sftp"], fn, "\" bytes read 0 written %d" % R.randint(900, 9000)]),
            sys_line("ingest-sftp01", "sftp-server", pid_, ["rename old \"/inbound/%s/" % fac["sftp"], fn, "\" new \"/quarantine/%s/" % fac["sftp"], fn, "\""])]


def as2_line(level, logger, msg):
    return L("as2", "%s %-5s %s - " % (ts_dot(tick(0.05, 6)), level, logger), msg)


def ev_as2():
    t = NOW
    mid = "<OPENAS2-%s-%d@ODH_SS_BIOSENSE_NSSP>" % (t.strftime("%d%m%Y%H%M%S"), R.randint(1000, 9999))
    fn = "SS_%s_%s.zip" % (t.strftime("%Y%m%d"), t.strftime("%H%M"))
    k = R.randint(0, 2)
    out = [as2_line("INFO", "org.openas2.processor.receiver.AS2DirectoryPollingModule", "processing /opt/openas2/data/toBIOSENSE_NSSP/%s %s" % (fn, mid)),
           as2_line("INFO", "org.openas2.processor.sender.AS2SenderModule", "Connecting to: https://as2.nssp-biosense.example.org:4443/as2/receive %s" % mid),
           as2_line("INFO", "org.openas2.processor.sender.AS2SenderModule", "Message sent and response received in %dms %s" % (R.randint(200, 9000), mid))]
    if k == 0:
        out.append(as2_line("INFO", "org.openas2.processor.sender.AS2SenderModule", "received MDN [automatic-action/MDN-sent-automatically; processed] %s" % mid))
    elif k == 1:
        out.append(as2_line("ERROR", "org.openas2.processor.sender.AS2SenderModule",
                            "Error sending message: java.net.SocketTimeoutException: Read timed out; will retry in 300s (retry 1 of 5) %s" % mid))
    else:
        out.append(as2_line("WARN", "org.openas2.processor.receiver.MDNReceiverModule",
                            "MIC mismatch: expected %s, sha-256 got %s %s" % (hexid(44), hexid(44), mid)))
    return out


def kj_line(level, msg, logger):
    return L("kafka_java", "[%s] %s %s (%s)" % (ts_log4j(tick(0.01, 4)), level, msg, logger))


def ev_kafka_noise():
    g = R.choice(["ss-deid", "ss-essence-loader", "ss-dq-metrics"])
    cid = "consumer-%s-%d" % (g, R.randint(1, 4))
    k = R.randint(0, 5)
    if k == 0:
        return [kj_line("INFO", "[Consumer clientId=%s, groupId=%s] Revoke previously assigned partitions ss.adt.raw-0, ss.adt.raw-1, ss.adt.raw-2" % (cid, g),
                        "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator"),
                kj_line("INFO", "[Consumer clientId=%s, groupId=%s] (Re-)joining group" % (cid, g),
                        "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator")]
    if k == 1:
        part = R.randint(0, 5)
        return [kj_line("INFO", "[Consumer clientId=%s, groupId=%s] Setting offset for partition ss.adt.raw-%d to the committed offset FetchPosition{offset=%d, offsetEpoch=Optional[%d], currentLeader=LeaderAndEpoch{leader=Optional[kafka-%d.odh.local:9093 (id: %d rack: null)], epoch=%d}}"
                        % (cid, g, part, R.randint(10 ** 6, 2 * 10 ** 6), R.randint(1, 20), R.randint(1, 3), R.randint(1, 3), R.randint(1, 30)),
                        "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator")]
    if k == 2:
        rows = [L("kafka_cli", "GROUP           TOPIC           PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG             CONSUMER-ID                                          HOST            CLIENT-ID")]
        for part in R.sample(range(6), 3):
            cur = R.randint(10 ** 6, 2 * 10 ** 6)
            lag = R.randint(0, 900)
            rows.append(L("kafka_cli", "%-15s %-15s %-10d %-15d %-15d %-15d %-52s %-15s %s" % (g, "ss.adt.raw", part, cur, cur + lag, lag, cid + "-" + uuid4(), "/10.44.9.%d" % R.randint(2, 60), cid)))
        return rows
    if k == 3:
        return [kj_line("WARN", "[Consumer clientId=%s, groupId=%s] consumer poll timeout has expired. This means the time between subsequent calls to poll() was longer than the configured max.poll.interval.ms" % (cid, g),
                        "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator")]
    if k == 4:
        return [kj_line("INFO", "Kafka version: 3.6.1", "org.apache.kafka.common.utils.AppInfoParser"),
                kj_line("INFO", "Kafka commitId: %s" % hexid(16), "org.apache.kafka.common.utils.AppInfoParser")]
    return [L("kafka_json", J([("@timestamp", ts_isoz(tick())), ("logger", "ss_consumer.metrics"), ("group", g), ("topic", "ss.adt.parsed"),
                               ("records_per_sec", round(R.uniform(2, 80), 1)), ("lag_max", R.randint(0, 4000)), ("commit_latency_ms", R.randint(2, 90))], compact=True))]


def ev_kafka_phi():
    p = new_person()
    k = R.randint(0, 2)
    key = p["fac"]["fid"] + "|"
    if k == 0:
        rec = [("C_Facility_ID", p["fac"]["fid"]), ("Visit_ID", P(p["visit"], "other_id")), ("Medical_Record_Number", P(p["mrn"], "mrn")),
               ("Admit_Date_Time", P(ts_hl7(arrival(p))[:14], "date")),
               ("Age_Reported", N(p["age"], "age") if p["age"] > 89 else p["age"]), ("Age_Units_Reported", "a"),
               ("Patient_Zip", P(p["zip"], "zip")), ("Chief_Complaint_Text", p["cc"])]
        if R.random() < 0.4:
            rec.append(("Triage_Notes", Raw(['"'] + [(jesc(x[0]), x[1]) if isinstance(x, tuple) else jesc(x) for x in triage_note(p)] + ['"'])))
        return [L("kafka_json", J([("@timestamp", ts_isoz(tick())), ("level", "DEBUG"), ("logger", "ss_consumer.loader"), ("topic", "ss.adt.parsed"),
                                   ("partition", R.randint(0, 5)), ("offset", R.randint(10 ** 6, 2 * 10 ** 6)),
                                   ("key", Raw(['"' + key, (p["visit"], "other_id"), '"'])), ("value", Raw(J(rec, compact=True)))], compact=True))]
    if k == 1:
        return [L("kafka_java", "[%s] ERROR [ss-deid-worker-%d] Failed to deserialize record ss.adt.raw-%d@%d key=%s" % (ts_log4j(tick(0.01, 4)), R.randint(1, 4), R.randint(0, 5), R.randint(10 ** 6, 2 * 10 ** 6), key),
                  (p["visit"], "other_id"), ": com.fasterxml.jackson.core.JsonParseException: Unexpected character ('M' (code 77)): expected a valid value (gov.oh.odh.ss.deid.RecordHandler)")]
    return [L("kafka_json", J([("ts", ts_isoz(tick())), ("lvl", "warn"), ("msg", "dead-lettered"), ("topic", "ss.adt.dlq"),
                               ("reason", "PID-5 present after deid"), ("pt_name", P(name_fmt(p["first"], p["last"], R.choice([0, 2, 7])), "name")),
                               ("pt_dob", P(date_fmt(p["dob"], R.choice([0, 1, 2])), "date")), ("mrn", P(p["mrn"], "mrn")), ("trace_id", hexid(32))]))]


EMAIL_SUBJECTS = ["RE: [SS Onboarding] %s - validation round 2", "[SS Onboarding] %s - kickoff and PHIN VADS value sets",
                  "FW: %s - production cutover date", "RE: %s ED feed - missing triage notes (OBX 54094-8)",
                  "%s - sFTP credentials and AS2 certificate renewal"]


def ev_email_noise():
    fac = R.choice(FACILITIES)
    a, b = R.sample(STAFF, 2)
    t = tick(5, 300)
    out = [L("email", "From: \"%s\" <%s>" % (a[0], a[1])), L("email", "To: %s <%s>" % (b[0], b[1])),
           L("email", "Date: %s" % ts_rfc2822(t)), L("email", "Subject: " + R.choice(EMAIL_SUBJECTS) % fac["name"]),
           L("email", "Message-ID: <%s.%d@mail.%s>" % (hexid(20), R.randint(1000, 9999), a[1].split("@")[1]))]
    body = R.choice([
        "Hi %s, we validated the test batch from 3/1 against the PHIN SS 2.0 guide; 0 errors, 14 warnings (mostly PV2-3 empty)." % b[0].split()[0],
        "Please confirm PV1-44 carries arrival time and not registration time; our lag metric depends on it.",
        "Our AS2 certificate expires 03/31/2024 - new public cert attached (SHA-256 fingerprint %s)." % ":".join(hexid(2).upper() for _ in range(8)),
        "Production cutover is scheduled for Tuesday 03/12 at 0600; feed will switch from sFTP batch to real-time MLLP on port 6661.",
        "Triage notes will be sent in OBX 54094-8 starting with the next Epic upgrade (build %d.%d)." % (R.randint(2, 9), R.randint(100, 999)),
        "Call me at %s if the whitelist for %s needs updating." % (a[2], fac["ip"]),
    ])
    out.append(L("email", body))
    out.append(L("email", "-- %s | Interface Analyst | %s | %s" % (a[0], a[2], a[1])))
    k = R.randint(0, 2)
    return out[:R.randint(4, 7)] if k else out[2:]


def ev_email_phi():
    p = new_person()
    a, b = R.sample(STAFF, 2)
    k = R.randint(0, 2)
    subj = ["URGENT - production PHI in %s test batch", "RE: %s ED feed - triage note truncated at 200 chars",
            "FW: CO cluster follow-up - %s"][k]
    out = [L("email", "Subject: " + subj % p["fac"]["name"]),
           L("email", "From: %s <%s>" % (a[0], a[1]))]
    if k == 0:
        out.append(L("email", "In test batch 2, message %d is a real registration: PID-3 " % R.randint(10 ** 7, 10 ** 8), (p["mrn"], "mrn"),
                     ", name ", (name_fmt(p["first"], p["last"], R.choice([1, 2, 6])), "name"), ", DOB ", (date_fmt(p["dob"], R.choice([2, 3, 5])), "date"),
                     ". Please purge it from staging."))
    elif k == 1:
        out.append(L("email", "> Example of the truncation we see in OBX-5: \"", triage_note(p), "\""))
        out.append(L("email", "The visit in question is ", (p["visit"], "other_id"), ", arrived ", (arrival(p).strftime("%m/%d %H:%M"), "date"), "."))
    else:
        out.append(L("email", "Patient's mother ", (name_fmt(p["nk"]["first"], p["nk"]["last"], 1), "name"), " (", (phone_fmt(p["nk"]["area"], p["nk"]["local"]), "phone"),
                     ") called the hotline about the CO exposure at ", (p["street"], "address"), ", ", (p["city"].title(), "address"), "; case ",
                     ("2024-OH-%05d" % R.randint(100, 99999), "other_id"), " opened."))
    out.append(L("email", "Thanks, %s (%s)" % (a[0].split()[0], a[2])))
    return out


AUDIT_HDR = "event_time,user_id,role,action,datasource,query_params,row_count,client_ip"


def ev_audit_noise():
    k = R.randint(0, 3)
    t = tick(1, 200)
    u = R.choice(EPIS)
    ip = "10.60.%d.%d" % (R.randint(1, 30), R.randint(2, 250))
    params = R.choice(["ccddCategory=ili ccdd v1&geography=39049&startDate=26Feb2024&endDate=4Mar2024&percentParam=noPercent",
                       "ccddCategory=cdc opioid overdose v3&geographySystem=region&startDate=1Feb2024&endDate=4Mar2024",
                       "query=^carbon monoxide^,or,^CO exposure^&field=chiefComplaintParsed&timeResolution=daily",
                       "ageNCHS=65-74&ccddCategory=cli cc with cli dd and coronavirus dd v2&detector=probrepswitch",
                       "hospFacilityType=emergency care&medicalGroupingSystem=essencesyndromes&dateconfig=15"])
    if k == 0:
        return [L("essence_audit", AUDIT_HDR),
                L("essence_audit", "%s,%s,epi,TIME_SERIES,va_er,\"%s\",%d,%s" % (ts_isoz(t), u, params, R.randint(1, 400), ip))]
    if k == 1:
        return [L("essence_audit", "%s,%s,epi,TABLE_BUILDER,va_er,\"%s\",%d,%s" % (ts_isoz(t), u, params, R.randint(1, 400), ip))]
    if k == 2:
        return [L("nginx", "%s - %s [%s] \"GET /nssp_essence/api/timeSeries?%s HTTP/1.1\" 200 %d \"-\" \"python-requests/2.31.0\" rt=%.3f"
                  % (ip, u, ts_clf(t), params.replace(" ", "%20").replace("^", "%5E"), R.randint(800, 90000), R.uniform(0.05, 9)))]
    return [L("nginx", "10.44.8.%d - - [%s] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\" rt=0.00%d" % (R.randint(2, 30), ts_clf(t), R.randint(1, 9)))]


def ev_audit_phi():
    p = new_person()
    t = tick(1, 200)
    u = R.choice(EPIS)
    ip = "10.60.%d.%d" % (R.randint(1, 30), R.randint(2, 250))
    case = "2024-OH-%05d" % R.randint(100, 99999)
    k = R.randint(0, 3)
    if k == 0:
        return [L("essence_audit", "%s,%s,epi,DATA_DETAILS_EXPORT,va_er,\"medicalRecordNumber=" % (ts_isoz(t), u), (p["mrn"], "mrn"),
                  "&facility=%s&startDate=%s\",1,%s" % (p["fac"]["fid"], (VISIT_DAY - dt.timedelta(days=30)).strftime("%d%b%Y"), ip))]
    if k == 1:
        return [L("nginx", "%s - %s [%s] \"GET /nssp_essence/api/dataDetails/csv?visitId=" % (ip, u, ts_clf(t)), (p["visit"], "other_id"),
                  "&fields=Chief_Complaint_Text,Triage_Notes,Discharge_Diagnosis HTTP/1.1\" 200 %d \"-\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\"" % R.randint(500, 5000))]
    if k == 2:
        return [L("essence_audit", J([("eventTime", ts_isoz(t)), ("userId", u), ("action", "RECORD_VIEW"), ("justification", Raw(['"case investigation ', (case, "other_id"), '"'])),
                                      ("recordKey", Raw(['"', (VISIT_DAY.strftime("%Y.%m.%d"), "date"), "_%s_" % p["fac"]["fid"], (p["mrn"], "mrn"), '"'])),
                                      ("fieldsReturned", ["Visit_ID", "Patient_Zip", "C_Patient_Age", "Triage_Notes"]), ("clientIp", ip)], compact=True))]
    return [L("essence_audit", "%s|%s|LINE_LIST_QUERY|ccdd=cdc carbon monoxide v1;patientZip=" % (t.strftime("%Y-%m-%d %H:%M:%S"), u), (p["zip"], "zip"),
              ";age=", age_parts(p["age"]), "|rows=1|note=follow-up call to ", (name_fmt(p["nk"]["first"], p["nk"]["last"], 0), "name"),
              " re ", (case, "other_id"))]


# --------------------------------------------------------------------------
# assemble
# --------------------------------------------------------------------------
NOISE_EVENTS = [(ev_mirth_noise, 10), (ev_rhapsody_noise, 9), (ev_py_noise, 10), (ev_sql_noise, 7), (ev_dq_noise, 8),
                (ev_alert, 8), (ev_deid_noise, 6), (ev_sftp_noise, 6), (ev_as2, 3), (ev_kafka_noise, 7),
                (ev_email_noise, 2), (ev_audit_noise, 8), (ev_hl7_ack, 3)]
PHI_EVENTS = [(ev_hl7_dump, 4), (ev_mirth_phi, 8), (ev_rhapsody_phi, 7), (ev_py_phi, 9), (ev_psv_rows, 2), (ev_sql_phi, 7),
              (ev_dq_phi, 7), (ev_deid_phi, 8), (ev_sftp_phi, 3), (ev_kafka_phi, 7), (ev_email_phi, 2), (ev_audit_phi, 8)]


def wchoice(lst):
    tot = sum(w for _, w in lst)
    x = R.uniform(0, tot)
    for f, w in lst:
        x -= w
        if x <= 0:
            return f
    return lst[-1][0]


def main():
    rows = []
    noise = 0
    while len(rows) < N_LINES:
        frac = noise / len(rows) if rows else 1.0
        ev = wchoice(NOISE_EVENTS if frac < NOISE_TARGET else PHI_EVENTS)
        tick(1, 90)
        for fam, parts in ev():
            if len(rows) >= N_LINES:
                break
            text, spans = build(parts)
            rows.append((fam, text, spans))
            if not spans:
                noise += 1
    log_path = os.path.join(HERE, ID + ".log")
    lab_path = os.path.join(HERE, ID + ".labels.jsonl")
    with open(log_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(t for _, t, _ in rows))
    with open(lab_path, "w", encoding="utf-8", newline="\n") as f:
        for i, (fam, _, spans) in enumerate(rows, 1):
            f.write(json.dumps({"line": i, "family": fam, "spans": spans}, ensure_ascii=False) + "\n")
    # self-check
    data = open(log_path, "rb").read().split(b"\n")
    assert len(data) == N_LINES and all(data)
    for (fam, _, spans), raw in zip(rows, data):
        for sp in spans:
            assert 0 <= sp["s"] < sp["e"] <= len(raw)
    cats = {}
    for _, _, spans in rows:
        for sp in spans:
            cats[sp["cat"]] = cats.get(sp["cat"], 0) + 1
    fams = {}
    for fam, _, _ in rows:
        fams[fam] = fams.get(fam, 0) + 1
    print("lines", len(rows), "noise", noise, "%.1f%%" % (100.0 * noise / len(rows)))
    print("cats", json.dumps(dict(sorted(cats.items()))))
    print("families", json.dumps(dict(sorted(fams.items()))))


if __name__ == "__main__":
    main()
