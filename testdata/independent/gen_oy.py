#!/usr/bin/env python3
"""gen_oy.py - synthetic labeled log corpus "oy".

Organisation: Cedar Valley Rehabilitation Hospital (CVRH), a 60-bed inpatient
rehabilitation facility (IRF) in Carmel, Indiana, with stroke, spinal cord
injury (SCI) and brain injury (BI) programs.  One day (2024-10-15) of lines
as they land in the hospital's log archive / SIEM, interleaved by time.

Systems simulated (family names used in the labels file):
  irfpai_fw      legacy fixed-width IRF-PAI export (H/A/T records) built by the
                 in-house "IRFX" exporter before conversion to iQIES XML
  irfpai_xml     iQIES IRF-PAI v4.2 assessment XML, one <ASSESSMENT> per line
  iqies_fvr      iQIES Final Validation Report rows (pipe delimited)
  irfpai_submit  syslog lines of the submission job (irfpai-submit)
  pino           therapy-minutes Node API (pino JSON, epoch-ms "time")
  rn_tablet      React Native therapy tablet app ("RehabTab") console logs
  lokomat        robotic gait trainer session log (Swiss vendor, German keys,
                 semicolon separated)
  ekso           exoskeleton session export (JSON)
  fscore_csv     functional scores export (pandas DataFrame.to_csv, index col)
  pandas_print   the same data printed by a pandas notebook job
  careport       acute-hospital referral webhooks (Careport-like JSON)
  fax_ocr        inbound referral fax OCR text, one OCR text line per line
  hl7            HL7 v2.5.1 ADT A01/A03/A08, one segment per line
  famtrain       family-training scheduler (Flask, python logging) and the
                 outbound SMS bodies it sends (sms_gw)
  dme            DME / home-modification / vehicle-modification orders (pipe)
  x12_278        X12 005010X217 278 auth request/response, one segment a line
  authbot        payer-portal bot (Playwright, python logging)
  teamconf       weekly interdisciplinary team conference notes (free text)
  seating        wheelchair clinic seating assessments (pipe, key: value)
  flask          Flask/gunicorn access logs and Python tracebacks
  postgres       PostgreSQL server log (stderr format)
  nginx          nginx access log (combined + request time)
  wineventlog    therapy gym PCs, Windows events shipped by NXLog as JSON
  syslog         misc Linux infra (cron, sshd, keepalived, systemd)

Labeling decisions (grey cases):
  * Patients, their family members / caregivers / emergency contacts are
    people whose identifiers are PHI.  Staff (therapists, liaisons, case
    managers at the sending acute hospital, physicians, payer reviewers),
    vendors, contractors and the hospital itself are not.
  * Hospital MRNs (CV#######), sending-hospital MRNs and patient IDs shown
    as "PatientCode"/"pt" in devices = mrn.  Patient account / FIN numbers
    (PID-18, REF*EJ) and payment card numbers = account.
  * Medicare MBI, Medicaid RID, commercial member IDs = health_plan.
  * Careport referral IDs, SCI/BI program enrolment IDs, exoskeleton user
    profile IDs, payer authorization/certification numbers (HCR, REF*BB,
    portal "auth#") and seating-clinic assessment IDs that name one client
    = other_id.  Internal DME/home-mod order numbers, vendor PO numbers,
    therapy session UUIDs, group session IDs, X12 control/trace numbers,
    fax job IDs and request IDs are business/software IDs = not PHI.
  * Hospital-owned equipment (gait trainer, exoskeleton, gym PC, printers)
    serials are not PHI.  Devices issued to / owned by the patient (custom
    wheelchair once assigned, personal exoskeleton, home monitoring hub
    MAC) = device.  Patient vehicle VIN/plate in a vehicle-mod order =
    vehicle.  Driver's licence numbers = license.
  * Dates: birth, onset, admission, discharge, assessment reference,
    session/service, appointment and delivery need-by dates tied to a patient
    = date, also when partial ("10/17", "Thu 10/17") and also when they
    equal the log day.  The line's own write timestamp, pino "time",
    MSH-7/EVN-2 message times, X12 ISA/GS/BHT creation dates, file dates
    are not PHI.  X12 RD8 ranges are labeled as two date spans.
  * Ages are labeled only when > 89.  Room/bed, sex, ICD-10, CMG,
    impairment group codes, FIM/GG scores are not PHI.
  * Addresses: street run (may include city) = one address span; city or
    county written separately = its own address span; ZIP always its own
    zip span; state alone not labeled.
  * URLs: an identifier inside a URL path/query is labeled with its own
    category (e.g. mrn), not the whole URL.  A patient-specific family
    training video share link (token identifies the patient) = url.
  * IPs: public IPs of family-portal visitors (patients/caregivers at home)
    = ip; internal 10.x tablets/staff, servers, payer endpoints = not PHI.
  * A patient name inside a printed file name ("HEP_Yazzie_Darnell.pdf")
    is labeled name on the name part.  HL7 XPN "LAST^FIRST^M" and X12
    "LAST*FIRST*M" runs are one name span; XML items A0500A/B/C are three.
  * OCR junk (misread MBI / phone) is still labeled with its category.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import sys

SEED = 20241015
R = random.Random(SEED)
ID = "oy"
DAY = dt.datetime(2024, 10, 15)
N_LINES = 500


# --------------------------------------------------------------------------
# span builder
class P:
    """a PHI value; v is the exact text placed in the line"""
    __slots__ = ("v", "cat", "orig", "raw")

    def __init__(self, v, cat, orig=None, raw=False):
        self.v = str(v)
        self.cat = cat
        self.orig = orig
        self.raw = raw


class S:
    """a JSON string value composed of text and P parts"""

    def __init__(self, *parts):
        self.parts = parts


def build(fam, parts):
    buf = bytearray()
    spans = []
    for p in parts:
        if isinstance(p, P):
            b = p.v.encode("utf-8")
            s = len(buf)
            buf += b
            spans.append({"s": s, "e": len(buf), "cat": p.cat, "_v": p.v, "_o": p.orig})
        elif isinstance(p, str):
            buf += p.encode("utf-8")
        else:
            raise TypeError(repr(p))
    return fam, bytes(buf), spans


def jparts(o, ascii_=False, sep=(",", ":")):
    out = []

    def esc(s):
        return json.dumps(s, ensure_ascii=ascii_)[1:-1]

    def w(x):
        if isinstance(x, P):
            if x.raw:
                out.append(P(x.v, x.cat))
            else:
                out.append('"')
                out.append(P(esc(x.v), x.cat, orig=x.v))
                out.append('"')
        elif isinstance(x, S):
            out.append('"')
            for q in x.parts:
                if isinstance(q, P):
                    out.append(P(esc(q.v), q.cat, orig=q.v))
                else:
                    out.append(esc(q))
            out.append('"')
        elif isinstance(x, dict):
            out.append("{")
            for i, (k, v) in enumerate(x.items()):
                if i:
                    out.append(sep[0])
                out.append(json.dumps(k) + sep[1])
                w(v)
            out.append("}")
        elif isinstance(x, list):
            out.append("[")
            for i, v in enumerate(x):
                if i:
                    out.append(sep[0])
                w(v)
            out.append("]")
        else:
            out.append(json.dumps(x, ensure_ascii=ascii_))

    w(o)
    return out


# --------------------------------------------------------------------------
# checksummed identifiers
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


def make_card(prefix, length=16):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


def make_npi():
    body = str(R.randint(1, 2)) + "".join(R.choice("0123456789") for _ in range(8))
    return body + luhn_digit("80840" + body)


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def make_mbi():
    an = MBI_ALPHA + "0123456789"
    d = "0123456789"
    c = [R.choice("123456789"), R.choice(MBI_ALPHA), R.choice(an), R.choice(d),
         R.choice(MBI_ALPHA), R.choice(an), R.choice(d), R.choice(MBI_ALPHA),
         R.choice(MBI_ALPHA), R.choice(d), R.choice(d)]
    return "".join(c)


VIN_T = {**{str(i): i for i in range(10)},
         "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
         "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
         "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def make_vin(wmi):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(wmi + "".join(R.choice(chars) for _ in range(5)) + "0" + "R" +
             R.choice("ABCDEFGHJK") + "".join(R.choice("0123456789") for _ in range(6)))
    s = sum(VIN_T[ch] * VIN_W[i] for i, ch in enumerate(v))
    cd = s % 11
    v[8] = "X" if cd == 10 else str(cd)
    return "".join(v)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


# --------------------------------------------------------------------------
# people
FIRST_F = ["Adeline", "Guadalupe", "Mei-Ling", "Siobhan", "Marisol", "Ingrid", "Parveen", "Dolores",
           "Ximena", "Fatima", "Rosalind", "Noor", "Willa", "Summer", "Faith", "Hope", "Dawn", "Joy",
           "Oluwaseun", "Thảo", "Zofia", "Béatrice", "Lakshmi", "Henrietta", "Aaliyah", "Birdie"]
FIRST_M = ["Tomasz", "Hiroshi", "Dmitri", "Kwame", "Rafael", "Cletus", "Bao", "Per", "Ezekiel",
           "Joaquín", "Hunter", "Grant", "Rich", "Will", "Jack", "Darnell", "Søren", "Mohammed",
           "Tadeo", "Wendell", "Amadou", "Levi", "Chayton", "Florian", "Gus", "Rocco"]
LAST = ["Kowalczyk", "Nguyen-Tran", "García Márquez", "Okonkwo", "Baker", "Fox", "Wolfe", "Stone",
        "Rivers", "Love", "Street", "Price", "Young", "Bell", "Moreno-Vásquez", "Van der Berg",
        "St. Clair", "Delacroix", "Abernathy-Sloane", "Haugen", "Lindqvist", "Achterberg",
        "Papadopoulos", "Szabó", "Ngata", "Castellanos", "Iyer", "Chaudhry", "Whitehorse", "Yazzie",
        "Begay", "Hollister", "Mbatha", "Figueroa-Lynch", "Honeycutt", "Brightwater", "Schultheiß",
        "Duvall", "Tran", "Oyelowo", "Marsh", "Kingfisher"]
MIDDLE = list("ABCDEFGHJKLMNPRSTW")
STREETS = ["W Linden Ave", "Prairie Rose Ln", "N College Ave", "Sycamore Ridge Dr", "E 116th St",
           "Old Stone Rd", "Hawthorne Ct", "S Meridian St", "Cherry Tree Blvd", "Raintree Dr",
           "Wabash St", "Lick Creek Rd", "Timber Wolf Trl", "E Washington St", "Heron Pointe Cir",
           "Orchard Valley Way", "County Road 400 N", "Shady Lane", "Maplecrest Dr", "Indian Lake Blvd"]
CITIES = [("Kokomo", "Howard", "46901"), ("Carmel", "Hamilton", "46032"), ("Fishers", "Hamilton", "46037"),
          ("Noblesville", "Hamilton", "46060"), ("Greenwood", "Johnson", "46142"),
          ("Indianapolis", "Marion", "46220"), ("Indianapolis", "Marion", "46203"),
          ("Anderson", "Madison", "46016"), ("Muncie", "Delaware", "47303"), ("Lebanon", "Boone", "46052"),
          ("Zionsville", "Boone", "46077"), ("Shelbyville", "Shelby", "46176"), ("Franklin", "Johnson", "46131"),
          ("Martinsville", "Morgan", "46151"), ("Tipton", "Tipton", "46072"), ("Elwood", "Madison", "46036")]
AREA = ["317", "765", "463", "812", "574"]
RELS = [("SPO", "Spouse"), ("DAU", "Daughter"), ("SON", "Son"), ("MTH", "Mother"), ("FTH", "Father"),
        ("SIS", "Sister"), ("BRO", "Brother"), ("GRD", "Guardian"), ("DOM", "Partner"), ("NCE", "Niece")]
REL_SEX = {"DAU": "F", "SON": "M", "MTH": "F", "FTH": "M", "SIS": "F", "BRO": "M", "NCE": "F"}
PROGRAMS = [
    ("STROKE", "01.2", "I63.511", "Cerebral infarction d/t occl R MCA", "B0103", "R MCA CVA"),
    ("STROKE", "01.1", "I63.412", "Cerebral infarction d/t embolism L MCA", "C0104", "L MCA CVA"),
    ("STROKE", "01.3", "I61.0", "Nontraumatic ICH, subcortical", "A0102", "ICH, basal ganglia"),
    ("BI", "02.22", "S06.5X9A", "Traumatic subdural hemorrhage", "B0203", "TBI s/p SDH evac"),
    ("BI", "02.1", "G93.1", "Anoxic brain damage", "C0302", "anoxic BI s/p arrest"),
    ("SCI", "04.2211", "S14.114A", "Complete lesion at C4", "A0401", "C4 AIS A (MVC)"),
    ("SCI", "04.230", "S24.104A", "Unsp injury at T7-T10 level", "B0402", "T8 AIS B (fall)"),
    ("SCI", "05.120", "G95.19", "Other vascular myelopathies", "C0502", "NT SCI, spinal infarct T10"),
]
ACUTE = [("St. Brendan Medical Center", "SBMC", "(317) 555-0198"),
         ("Methodist North Hospital", "MNH", "(317) 555-0133"),
         ("Riverside Regional Medical Center", "RRMC", "(765) 555-0112"),
         ("Wabash Valley University Hospital", "WVUH", "(812) 555-0147")]
PAYERS = [("MCR", "Medicare Part A", None), ("HUM", "Humana Gold Plus HMO", "H"),
          ("ANT", "Anthem Blue Cross Blue Shield", "XJK"), ("UHC", "UnitedHealthcare Medicare Advantage", ""),
          ("MCD", "Indiana Medicaid (CareSource)", "M"), ("MCR", "Medicare Part A", None)]

STAFF = ["Priya Raman, PT, DPT", "Marcus Oyelaran, OTR/L", "Jenna Kowalski, MS, CCC-SLP",
         "Deolinda Ferreira, PT, ATP", "Tyler Brandt, COTA", "Anneliese Voss, PTA",
         "Rashida Coleman, OTR/L", "Kenji Watanabe, PT, NCS", "Hollis Greer, CCC-SLP",
         "Grace Okafor, RN, CRRN"]
STAFF_ID = {s: "T%04d" % (400 + i * 7) for i, s in enumerate(STAFF)}
STAFF_USER = {s: (s.split(",")[0].split()[0][0] + s.split(",")[0].split()[-1]).lower() for s in STAFF}
PHYS = [("Haddad", "Samir", make_npi()), ("Lindgren", "Britt", make_npi()), ("Achebe", "Obiora", make_npi())]
ORG_NPI = "1457398021"  # not luhn-critical; org NPI
ORG_NPI = ORG_NPI[:9] + luhn_digit("80840" + ORG_NPI[:9])
CCN = "153025"


def rand_date(y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(a, b))


def phone_fmt(area, num, style):
    a, b = num[:3], num[3:]
    if style == 0:
        return "(%s) %s-%s" % (area, a, b)
    if style == 1:
        return "%s-%s-%s" % (area, a, b)
    if style == 2:
        return "+1%s%s%s" % (area, a, b)
    if style == 3:
        return "%s.%s.%s" % (area, a, b)
    return "%s%s%s" % (area, a, b)


def new_phone():
    return R.choice(AREA), str(R.randint(2, 9)) + digits(6)


def mail_of(first, last):
    base = (first + "." + last).lower()
    for a, b in (("í", "i"), ("á", "a"), ("é", "e"), ("ó", "o"), ("ø", "o"), ("ả", "a"), ("ß", "ss"),
                 (" ", ""), ("'", ""), ("ð", "d")):
        base = base.replace(a, b)
    base = "".join(ch for ch in base if ch.isascii())
    return R.choice([base + str(R.randint(1, 99)), base, base.replace(".", "_"), base[:1] + base.split(".")[-1]]) + \
        "@" + R.choice(["gmail.com", "yahoo.com", "aol.com", "comcast.net", "outlook.com", "icloud.com"])


PATS = []
used_mrn = set()
for i in range(38):
    sex = R.choice("FM")
    first = R.choice(FIRST_F if sex == "F" else FIRST_M)
    last = R.choice(LAST)
    prog = R.choice(PROGRAMS)
    if prog[0] == "STROKE":
        dob = rand_date(1929, 1965)
    elif prog[0] == "SCI":
        dob = rand_date(1950, 2003)
    else:
        dob = rand_date(1940, 2000)
    city, county, z = R.choice(CITIES)
    while True:
        mrn = "CV%07d" % R.randint(100000, 999999)
        if mrn not in used_mrn:
            used_mrn.add(mrn)
            break
    adm = dt.date(2024, 10, 15) - dt.timedelta(days=R.randint(0, 20))
    dc = dt.date(2024, 10, 15) + dt.timedelta(days=R.randint(1, 14))
    onset = adm - dt.timedelta(days=R.randint(3, 14))
    pay = R.choice(PAYERS)
    if pay[2] is None:
        member = make_mbi()
    elif pay[2] == "M":
        member = "1000" + digits(8)
    elif pay[2] == "":
        member = digits(9)
    else:
        member = pay[2] + digits(9)
    ar, an = new_phone()
    rel = R.choice(RELS)
    if rel[0] == "SPO":
        fsex = "M" if sex == "F" else "F"
    else:
        fsex = REL_SEX.get(rel[0]) or R.choice("FM")
    fam_first = R.choice(FIRST_F if fsex == "F" else FIRST_M)
    fam_last = last if rel[0] in ("SPO", "SON", "DAU", "MTH", "FTH", "SIS", "BRO") and R.random() < 0.8 else R.choice(LAST)
    far, fan = (ar, an) if R.random() < 0.3 else new_phone()
    acute = R.choice(ACUTE)
    p = dict(
        first=first, middle=R.choice(MIDDLE), last=last, sex=sex, dob=dob, prog=prog,
        street="%d %s" % (R.randint(100, 18999), R.choice(STREETS)),
        apt=R.choice(["", "", "", " Apt %d" % R.randint(1, 40), " Unit %s" % R.choice("ABCD")]),
        city=city, county=county, zip=z, ph=(ar, an), email=mail_of(first, last),
        mrn=mrn, fin="24%08d" % R.randint(0, 99999999), ssn=make_ssn(), mbi=make_mbi(),
        pay=pay, member=member, medicaid="1000" + digits(8),
        adm=adm, dc=dc, onset=onset, room="%dW-%d" % (R.choice([2, 3]), R.randint(201, 232)),
        ref="CP-%07d" % R.randint(1000000, 9999999), acute=acute,
        acute_mrn="%s%08d" % (acute[1][:2], R.randint(0, 99999999)),
        rel=rel, fam_first=fam_first, fam_last=fam_last, fam_ph=(far, fan),
        fam_email=mail_of(fam_first, fam_last),
        ip="%d.%d.%d.%d" % (R.choice([73, 98, 99, 107, 174, 65, 24, 68]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
        prog_id="%s-24-%04d" % (prog[0], R.randint(1, 400)),
        exo="UP-%04d" % R.randint(1000, 9999),
        dl="%04d-%02d-%04d" % (R.randint(0, 9999), R.randint(0, 99), R.randint(0, 9999)),
        vin=make_vin(R.choice(["1FM", "2C4", "1GN", "5TD", "3C6"])),
        plate=R.choice(["", "TK"]) + "%03d%s" % (R.randint(100, 999), "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(R.choice([2, 3])))),
        chair_sn="%s%s-%05d" % (R.choice(["QK7-", "TLX-", "PMQ6-", "ZR-"]), digits(4), R.randint(0, 99999)),
        auth=R.choice(["HUM", "A", "UM", ""]) + digits(9),
        card=None,
    )
    pre = R.choice(["4", "51", "37", "6011"])
    p["card"] = make_card(pre, 15 if pre == "37" else 16)
    PATS.append(p)


def pat():
    return R.choice(PATS)


def age(p):
    d = p["dob"]
    a = 2024 - d.year - ((10, 15) < (d.month, d.day))
    return a


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d_hl7(d):
    return d.strftime("%Y%m%d")


def d_short(d):
    return "%d/%d" % (d.month, d.day)


def fullname(p):
    return "%s %s" % (p["first"], p["last"])


def lastfirst(p):
    return "%s, %s" % (p["last"], p["first"])


def ph(p, style=None, fam=False):
    a, n = p["fam_ph"] if fam else p["ph"]
    return phone_fmt(a, n, R.randint(0, 4) if style is None else style)


def staff():
    return R.choice(STAFF)


# --------------------------------------------------------------------------
# time helpers
def ts_epoch_ms(t):
    return str(int(round((t - dt.datetime(1970, 1, 1)).total_seconds() * 1000)) + 4 * 3600 * 1000)


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def ts_py(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + "," + ms(t)


def ts_iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + "." + ms(t) + "-04:00"


def ts_isoz(t):
    u = t + dt.timedelta(hours=4)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + "." + ms(u) + "Z"


def ts_sys(t):
    return t.strftime("%b %d %H:%M:%S")


def ts_clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0400")


def ts_pg(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + "." + ms(t) + " EDT"


# --------------------------------------------------------------------------
# generators: each returns a list of (family, parts)
def L(fam, *parts):
    return (fam, list(parts))


HOSTS_API = ["tm-api-7c9f8d-x2k4q", "tm-api-7c9f8d-m8wz1", "tm-api-7c9f8d-q5n3c"]


def g_pino(t):
    host = R.choice(HOSTS_API)
    base = {"level": 30, "time": int(ts_epoch_ms(t)), "pid": R.choice([18, 19, 23]), "hostname": host}
    rid = "req-" + hexs(6)
    k = R.random()
    if k < 0.30:
        p = pat()
        s = staff()
        mins = R.choice([15, 30, 30, 45, 45, 60, 60, 75, 90])
        sid = uid()
        o = dict(base, reqId=rid, req={"method": "POST", "url": S("/v2/patients/", P(p["mrn"], "mrn"), "/sessions/" + sid + "/minutes"),
                                      "remoteAddress": "10.40.%d.%d" % (R.randint(10, 14), R.randint(20, 240))},
                 patientId=P(p["mrn"], "mrn"), discipline=R.choice(["PT", "OT", "SLP"]),
                 mode=R.choice(["individual", "individual", "individual", "concurrent", "group", "co-treat"]),
                 minutes=mins, therapistId=STAFF_ID[s], sessionDate=P(d_iso(t.date()), "date"), msg="minutes recorded")
        return [L("pino", *jparts(o))]
    if k < 0.42:
        gid = "GRP-20241015-%s-%02d" % (R.choice(["PT", "OT", "SLP"]), R.randint(1, 12))
        o = dict(base, reqId=rid, groupId=gid, participants=R.randint(2, 6), leadTherapist=STAFF_ID[staff()],
                 room=R.choice(["GYM-3W", "GYM-2W", "ADL-APT", "SLP-2"]), durationMin=R.choice([30, 45, 60]),
                 cmsGroupLimitPct=round(R.uniform(5, 24), 1), msg="group session closed")
        return [L("pino", *jparts(o))]
    if k < 0.50:
        p = pat()
        o = dict(base, level=40, reqId=rid, patientId=P(p["mrn"], "mrn"), weekTotalMin=R.randint(540, 880),
                 threeHourRuleDays=R.randint(3, 5),
                 msg="patient below 15-hour/7-day intensity threshold for week starting " ,)
        o["msg"] = S("patient below 15-hour/7-day intensity threshold; week starting ",
                     P(d_iso(t.date() - dt.timedelta(days=R.randint(0, 6))), "date"))
        return [L("pino", *jparts(o))]
    if k < 0.53:
        p = pat()
        o = dict(base, level=50, reqId=rid,
                 err={"type": "ValidationError", "message": S("session overlaps existing entry for ", P(p["mrn"], "mrn"),
                                                              " (", P(fullname(p), "name"), ")"),
                      "stack": "ValidationError: session overlap\n    at assertNoOverlap (/app/dist/services/minutes.js:211:13)"},
                 msg="minutes rejected")
        return [L("pino", *jparts(o))]
    if k < 0.70:
        o = dict(base, reqId=rid, req={"method": "GET", "url": R.choice(["/healthz", "/readyz", "/metrics"]),
                                      "remoteAddress": "10.40.0.%d" % R.randint(2, 9)},
                 res={"statusCode": 200}, responseTime=R.randint(1, 9), msg="request completed")
        return [L("pino", *jparts(o))]
    if k < 0.82:
        o = dict(base, reqId=rid, req={"method": R.choice(["GET", "GET", "PUT"]), "url": "/v2/rosters/%s?date=today" % R.choice(["3W", "2W"]),
                                      "remoteAddress": "10.40.%d.%d" % (R.randint(10, 14), R.randint(20, 240))},
                 res={"statusCode": R.choice([200, 200, 200, 304, 401])}, responseTime=R.randint(12, 480), msg="request completed")
        return [L("pino", *jparts(o))]
    if k < 0.90:
        o = dict(base, level=R.choice([30, 40]), module="pg-pool", totalCount=R.randint(8, 20), idleCount=R.randint(0, 6),
                 waitingCount=R.randint(0, 4), msg="pool stats")
        return [L("pino", *jparts(o))]
    o = dict(base, module="outbox", topic="irf.minutes.v1", batch=R.randint(1, 40), kafkaOffset=R.randint(100000, 900000),
             traceId=hexs(32), spanId=hexs(16), msg="published")
    return [L("pino", *jparts(o))]


def g_rn(t):
    tm = t.strftime("%H:%M:%S") + "." + ms(t)
    dev = R.choice(["iPad-3W-07", "iPad-3W-02", "GalaxyTab-2W-11", "iPad-GYM-04"])
    k = R.random()
    ver = "RehabTab 3.8.2 (412)"
    if k < 0.25:
        p = pat()
        return [L("rn_tablet", "%s LOG  [%s] %s [Roster] open patient " % (tm, ver, dev), P(p["mrn"], "mrn"), " (",
                  P(lastfirst(p), "name"), ") rm %s prec=%s" % (p["room"], R.choice(["hip", "sternal", "fall risk", "aspiration", "none"])))]
    if k < 0.38:
        p = pat()
        return [L("rn_tablet", "%s WARN [%s] %s [OfflineQueue] enqueue minutes pt=" % (tm, ver, dev), P(p["mrn"], "mrn"),
                  " dos=", P(d_iso(t.date()), "date"), " min=%d disc=%s (net: %s)" % (R.choice([30, 45, 60]), R.choice(["PT", "OT", "SLP"]), R.choice(["offline", "timeout"])))]
    if k < 0.45:
        p = pat()
        return [L("rn_tablet", "%s ERROR [%s] %s [SignatureCapture] upload failed for " % (tm, ver, dev),
                  P(p["first"] + " " + p["last"][0] + ".", "name"), " -- TypeError: Cannot read property 'uri' of undefined")]
    msgs = [
        "[SessionTimer] stop sessionId=%s elapsed=%ds paused=%ds" % (uid(), R.randint(900, 3700), R.randint(0, 300)),
        "[Sync] flushed %d queued items in %dms" % (R.randint(0, 9), R.randint(80, 2400)),
        "[CodePush] update check: up to date (label v%d)" % R.randint(40, 58),
        "[Auth] SSO token refreshed user=%s exp=%ds" % (STAFF_USER[staff()], 3600),
        "[Roster] loaded unit=%s count=%d" % (R.choice(["3W", "2W"]), R.randint(11, 30)),
        "[BLE] dynamometer JAMAR-SMART SN JS-22%04d connected rssi=-%d" % (R.randint(0, 9999), R.randint(40, 80)),
        "[Hermes] JS heap %dMB / %dMB" % (R.randint(40, 120), 256),
        "[GroupSession] start groupId=GRP-20241015-%s-%02d participants=%d" % (R.choice(["PT", "OT", "SLP"]), R.randint(1, 12), R.randint(2, 6)),
    ]
    return [L("rn_tablet", "%s %s [%s] %s %s" % (tm, R.choice(["LOG ", "LOG ", "INFO", "DEBUG"]), ver, dev, R.choice(msgs)))]


def g_lokomat(t):
    tt = t.strftime("%d.%m.%Y %H:%M:%S")
    sn = R.choice(["LKM-PRO-4417-0923", "LKM-FD-5120-0031"])
    k = R.random()
    if k < 0.45:
        p = pat()
        return [L("lokomat", "%s;%s;INFO;Sitzung gestartet;Patient-ID=" % (tt, sn), P(p["mrn"], "mrn"),
                  ";Gewichtsentlastung=%d%%;Geschwindigkeit=%.1f km/h;Fuehrungskraft=%d%%;Therapeut=%s" % (
                      R.choice([20, 30, 40, 50, 60]), R.uniform(1.2, 2.6), R.choice([50, 60, 70, 80, 100]), STAFF_ID[staff()]))]
    if k < 0.55:
        p = pat()
        return [L("lokomat", "%s;%s;INFO;Patient angelegt;Patient-ID=" % (tt, sn), P(p["mrn"], "mrn"), ";Name=",
                  P(p["last"] + ", " + p["first"], "name"), ";Geburtsdatum=", P(p["dob"].strftime("%d.%m.%Y"), "date"),
                  ";Beinlaenge_Ober=%d mm;Beinlaenge_Unter=%d mm" % (R.randint(400, 520), R.randint(380, 500)))]
    m = R.choice([
        "INFO;Sitzung beendet;Gehzeit=%d s;Schritte=%d;Distanz=%d m" % (R.randint(900, 2400), R.randint(600, 2200), R.randint(300, 1400)),
        "WARN;Kraftsensor Hueftgelenk links Drift %.2f Nm;Kalibrierung empfohlen" % R.uniform(0.5, 3),
        "INFO;Laufband Selbsttest OK;FW=6.4.1.12",
        "ERROR;Not-Aus betaetigt;Ursache=Therapeut;Stopp nach %d ms" % R.randint(80, 300),
        "INFO;Backup nach \\\\cvrh-fs02\\lokomat$ abgeschlossen;%d Dateien" % R.randint(12, 80),
    ])
    return [L("lokomat", "%s;%s;%s" % (tt, sn, m))]


def g_ekso(t):
    k = R.random()
    base = {"ts": ts_iso(t), "device": "EksoNR", "serial": R.choice(["EKSO-NR-22-0187", "EKSO-NR-23-0412"]),
            "fw": "3.2.7"}
    if k < 0.5:
        p = pat()
        o = dict(base, event="session_summary", user_profile=P(p["exo"], "other_id"),
                 session_date=P(d_iso(t.date()), "date"), walk_time_s=R.randint(600, 2400),
                 up_time_s=R.randint(900, 3000), steps=R.randint(150, 1400), assist_mode=R.choice(["FixedAssist", "AdaptiveAssist", "2Free"]),
                 therapist=STAFF_ID[staff()])
        return [L("ekso", *jparts(o, sep=(", ", ": ")))]
    if k < 0.6:
        p = pat()
        o = {"ts": ts_iso(t), "device": "ReWalk Personal 6.0", "serial": P("RP6-%s-%04d" % (digits(4), R.randint(0, 9999)), "device"),
             "owner_mrn": P(p["mrn"], "mrn"), "event": "personal device training check-off", "result": "pass"}
        return [L("ekso", *jparts(o, sep=(", ", ": ")))]
    o = dict(base, event=R.choice(["battery_low", "calibration_ok", "sync_complete", "fall_detect_test"]),
             battery_pct=R.randint(8, 100), uptime_h=round(R.uniform(1, 400), 1))
    return [L("ekso", *jparts(o, sep=(", ", ": ")))]


FS_STATE = {"hdr": False, "i": 0, "phdr": False}


def fs_row(p):
    sc_a = R.randint(8, 30)
    mo_a = R.randint(15, 50)
    return sc_a, sc_a + R.randint(4, 20), mo_a, mo_a + R.randint(8, 40)


def g_fscore(t):
    out = []
    if not FS_STATE["hdr"]:
        FS_STATE["hdr"] = True
        out.append(L("fscore_csv", ",mrn,program,adm_dt,dc_dt,cmg,sc_adm,sc_dc,mob_adm,mob_dc,elos_days,dc_dest"))
    for _ in range(R.randint(2, 4)):
        p = pat()
        i = FS_STATE["i"]
        FS_STATE["i"] += 1
        a, b, c, d = fs_row(p)
        out.append(L("fscore_csv", "%d," % i, P(p["mrn"], "mrn"), ",%s," % p["prog"][0], P(d_iso(p["adm"]), "date"), ",",
                     P(d_iso(p["dc"]), "date"), ",%s,%d,%d,%d,%d,%d,%s" % (p["prog"][4], a, b, c, d, (p["dc"] - p["adm"]).days,
                                                                       R.choice(["01", "01", "02", "04", "03"]))))
    return out


def g_pandas(t):
    out = []
    if not FS_STATE["phdr"]:
        FS_STATE["phdr"] = True
        out.append(L("pandas_print", "         mrn program      adm_dt  sc_adm  sc_dc  mob_adm  mob_dc   gain"))
    for _ in range(R.randint(2, 3)):
        p = pat()
        a, b, c, d = fs_row(p)
        out.append(L("pandas_print", "%3d  " % R.randint(0, 240), P(p["mrn"], "mrn"), "  %-6s  " % p["prog"][0], P(d_iso(p["adm"]), "date"),
                     "  %6d  %5d  %7d  %6d  %5.1f" % (a, b, c, d, (b - a + d - c) / 1.0)))
    if R.random() < 0.4:
        out.append(L("pandas_print", "[%d rows x 8 columns]" % R.randint(40, 120)))
    return out


def g_careport(t):
    p = pat()
    k = R.random()
    asc = R.random() < 0.5
    if k < 0.55:
        o = {"event": "referral.created", "occurred_at": ts_isoz(t), "referral_id": P(p["ref"], "other_id"),
             "sending_facility": {"name": p["acute"][0], "npi": make_npi(), "unit": R.choice(["Neuro ICU", "5 North Stroke", "Trauma Stepdown"])},
             "case_manager": {"name": R.choice(["Lorraine Pettibone, RN", "Devon Akers, LCSW", "Sunita Bhatt, RN CM"]), "phone": p["acute"][2]},
             "patient": {"first_name": P(p["first"], "name"), "last_name": P(p["last"], "name"), "dob": P(d_iso(p["dob"]), "date"),
                         "sex": p["sex"], "mrn": P(p["acute_mrn"], "mrn"), "zip": P(p["zip"], "zip")},
             "clinical": {"primary_dx": p["prog"][2], "onset_date": P(d_iso(p["onset"]), "date"), "summary": p["prog"][5]},
             "payer": {"name": p["pay"][1], "member_id": P(p["member"], "health_plan")},
             "requested_level_of_care": "IRF", "anticipated_discharge": P(d_iso(t.date() + dt.timedelta(days=R.randint(0, 3))), "date")}
        return [L("careport", *jparts(o, ascii_=asc))]
    if k < 0.8:
        o = {"event": "referral.status_changed", "occurred_at": ts_isoz(t), "referral_id": P(p["ref"], "other_id"),
             "status": R.choice(["ACCEPTED", "PENDING_AUTH", "DECLINED_BED_AVAILABILITY", "UNDER_REVIEW"]),
             "updated_by": R.choice(["gokafor@cvrh.org", "liaison.team@cvrh.org"])}
        return [L("careport", *jparts(o))]
    o = {"event": "webhook.delivery", "occurred_at": ts_isoz(t), "delivery_id": uid(), "attempt": R.randint(1, 3),
         "endpoint": "https://intake.cvrh.org/hooks/careport", "status": R.choice([200, 200, 202, 502])}
    return [L("careport", *jparts(o))]


def g_fax(t):
    p = pat()
    job = "FX-20241015-%04d" % R.randint(1, 400)
    pre = "faxocr[%s p%d/%d conf=%.2f]: " % (job, R.randint(1, 3), R.randint(3, 9), R.uniform(0.71, 0.98))
    out = [L("fax_ocr", "faxsrv: inbound fax %s from %s (%s) pages=%d via RightFax DID 3175550140" % (job, p["acute"][0], p["acute"][2].replace(" ", ""), R.randint(3, 12)))]
    if R.random() < 0.8:
        mbi = p["member"]
        if R.random() < 0.3 and p["pay"][2] is None:  # OCR junk: letter O read into a digit slot
            mbi = mbi[:3] + "O" + mbi[4:]
        out.append(L("fax_ocr", pre, "PATIENT: ", P(p["last"].upper() + ", " + p["first"].upper() + " " + p["middle"], "name"),
                     "   DOB: ", P(d_us(p["dob"]), "date"), "   MRN: ", P(p["acute_mrn"], "mrn"), "   MBI: " if p["pay"][2] is None else "   INS ID: ", P(mbi if p["pay"][2] is None else p["member"], "health_plan")))
    if R.random() < 0.6:
        out.append(L("fax_ocr", pre, "Addr: ", P(p["street"] + p["apt"], "address"), " ", P(p["city"], "address"), " IN ", P(p["zip"], "zip"),
                     "  Home ph ", P(ph(p, 0), "phone"), "  Emerg contact: ", P(p["fam_first"] + " " + p["fam_last"], "name"),
                     " (%s) " % p["rel"][1].lower(), P(ph(p, 1, fam=True), "phone")))
    if R.random() < 0.5:
        out.append(L("fax_ocr", pre, "H&P: %s, onset " % p["prog"][5], P(d_short(p["onset"]), "date"), ". PLOF indep w/o AD, lives w/ %s in 1-story home, 3 STE. Attending: Dr. %s" % (
            p["rel"][1].lower(), R.choice(["M. Thistlewood", "A. Farouk", "C. Brennan"]))))
    if R.random() < 0.3:
        out.append(L("fax_ocr", pre, "-- page footer: CONFIDENTIAL %s Case Management fax %s --" % (p["acute"][0], p["acute"][2])))
    return out


HL7_N = [0]


def hl7_msh(t, trig):
    HL7_N[0] += 1
    return L("hl7", "MSH|^~\\&|EPIC|CVRH|RHBIS|CVRH|%s||ADT^%s^ADT_A01|%d|P|2.5.1|||AL|NE" % (
        t.strftime("%Y%m%d%H%M%S"), trig, 880000 + HL7_N[0] * 7))


def g_hl7(t):
    p = pat()
    trig = R.choice(["A01", "A01", "A03", "A08", "A08"])
    doc = R.choice(PHYS)
    out = [hl7_msh(t, trig),
           L("hl7", "EVN|%s|%s|||%s^%s" % (trig, t.strftime("%Y%m%d%H%M%S"), R.choice(["GOKAFOR", "RCOLEMAN", "ADMITREG2"]), R.choice(["Okafor^Grace", "Reg^Admitting"])))]
    out.append(L("hl7", "PID|1||", P(p["mrn"], "mrn"), "^^^CVRH^MR~", P(p["acute_mrn"], "mrn"), "^^^%s^MR||" % p["acute"][1],
                 P("%s^%s^%s" % (p["last"].upper(), p["first"].upper(), p["middle"]), "name"), "||", P(d_hl7(p["dob"]), "date"),
                 "|%s||%s|" % (p["sex"], R.choice(["2106-3^White^CDCREC", "2054-5^Black or African American^CDCREC", "2028-9^Asian^CDCREC", "2131-1^Other Race^CDCREC"])),
                 P(p["street"] + p["apt"], "address"), "^^", P(p["city"], "address"), "^IN^", P(p["zip"], "zip"), "^USA^H^^",
                 P(p["county"], "address"), "||", P(ph(p, 0), "phone"), "^PRN^PH||ENG|%s||" % R.choice(["M", "W", "S", "D"]),
                 P(p["fin"], "account"), "|", P(p["ssn"].replace("-", ""), "ssn")))
    if trig != "A03" or R.random() < 0.5:
        out.append(L("hl7", "NK1|1|", P("%s^%s" % (p["fam_last"].upper(), p["fam_first"].upper()), "name"), "|%s^%s^HL70063||" % p["rel"],
                     P(ph(p, 0, fam=True), "phone"), "||EC^Emergency Contact^HL70131"))
    pv1 = ["PV1|1|I|%s^%s^%s^CVRH||||%s^%s^%s^^^^MD|||%s||||1|||%s^%s^%s^^^^MD|IN||%s|||||||||||||||||||CVRH||||" % (
        p["room"][:2], p["room"], R.choice("AB"), doc[2], doc[0], doc[1], R.choice(["REH", "SCI", "BIU"]), doc[2], doc[0], doc[1], p["pay"][0]),
        P(t.strftime("%Y%m%d%H%M") if trig == "A01" else p["adm"].strftime("%Y%m%d") + "%02d%02d" % (R.randint(11, 18), R.randint(0, 59)), "date")]
    if trig == "A03":
        pv1 += ["|", P(t.strftime("%Y%m%d%H%M"), "date")]
    out.append(L("hl7", *pv1))
    if trig in ("A01", "A08") and R.random() < 0.7:
        mem = p["member"]
        out.append(L("hl7", "IN1|1|%s|%s|%s|||||||||||" % (p["pay"][0], R.choice(["00001", "61101", "00227"]), p["pay"][1]),
                     P("%s^%s^%s" % (p["last"].upper(), p["first"].upper(), p["middle"]), "name"), "|01^Self|", P(d_hl7(p["dob"]), "date"),
                     "|||||||||||||||||", P(mem, "health_plan")))
    if trig == "A03":
        out.append(L("hl7", "DG1|1||%s^%s^I10|||A" % (p["prog"][2], p["prog"][3])))
    return out


def g_famtrain(t):
    p = pat()
    k = R.random()
    appt = t.date() + dt.timedelta(days=R.randint(1, 6))
    hh = R.choice(["9:00 AM", "10:30 AM", "1:00 PM", "2:00 PM", "3:30 PM"])
    fam = p["fam_first"] + " " + p["fam_last"]
    if k < 0.35:
        return [L("famtrain", "[%s] INFO in scheduler: booked family training slot=%s start=" % (ts_py(t), R.choice(["ADL-APT-1", "ADL-APT-2", "CAR-XFER", "GYM-3W"])),
                  P(appt.strftime("%Y-%m-%d") + "T" + dt.datetime.strptime(hh, "%I:%M %p").strftime("%H:%M"), "date"), " pt=", P(p["mrn"], "mrn"),
                  " caregiver=\"", P(fam, "name"), "\" rel=%s therapist=%s" % (p["rel"][0], STAFF_ID[staff()]))]
    if k < 0.65:
        num = phone_fmt(*p["fam_ph"], 2)
        return [L("famtrain", "%s sms_gw INFO outbound to=" % ts_py(t), P(num, "phone"), " sid=SM%s body=\"Hi " % hexs(32),
                  P(p["fam_first"], "name"), ", this is Cedar Valley Rehab. Family training for ", P(p["first"], "name"), " is ",
                  P(appt.strftime("%a ") + d_short(appt), "date"), " at %s in the ADL apartment (2nd fl). Wear closed-toe shoes. Reply C to confirm or call (317) 555-0140.\"" % hh)]
    if k < 0.72:
        num = phone_fmt(*p["fam_ph"], 2)
        return [L("famtrain", "%s sms_gw INFO inbound from=" % ts_py(t), P(num, "phone"), " body=\"",
                  R.choice(["C", "Confirmed thank you", "can we do after 4? I work til 3:30", "Cant make it, my car is in the shop"]), "\"")]
    if k < 0.88:
        tok = hexs(20)
        return [L("famtrain", "[%s] INFO in videos: share link created " % ts_py(t),
                  P("https://family.cvrh.org/ft/v/" + tok, "url"), " for caregiver email ", P(p["fam_email"], "email"), " ttl=14d")]
    msgs = ["[%s] INFO in scheduler: reminder job run sent=%d skipped=%d" % (ts_py(t), R.randint(0, 30), R.randint(0, 5)),
            "[%s] WARNING in scheduler: room ADL-APT-2 double-booked, auto-moved to ADL-APT-1" % ts_py(t),
            "%s sms_gw INFO delivery status sid=SM%s status=%s" % (ts_py(t), hexs(32), R.choice(["delivered", "delivered", "undelivered", "sent"])),
            "[%s] INFO in app: GET /api/v1/slots?unit=3W 200 %dms" % (ts_py(t), R.randint(4, 90))]
    return [L("famtrain", R.choice(msgs))]


VENDORS = [("Hoosier Medical Supply", "317-555-0172"), ("Numotion - Indianapolis", "317-555-0161"),
           ("AccessAbility Builders LLC", "765-555-0109"), ("MobilityWorks Indy", "317-555-0185"),
           ("Apria Healthcare", "800-555-0127")]
DME = [("E0143", "Walker, folding, wheeled, adj height"), ("E0163", "Commode chair, stationary, fixed arms"),
       ("E0247", "Transfer bench w/ commode opening"), ("E1161", "Manual wheelchair, tilt-in-space"),
       ("K0005", "Ultralightweight manual wheelchair"), ("E0255", "Hospital bed, variable ht, w/ mattress"),
       ("E0630", "Patient lift, hydraulic, sling"), ("L1971", "AFO, plastic, ankle joint")]


def g_vehmod(t):
    return g_dme(t, 0.62)


def g_dmepay(t):
    return g_dme(t, 0.70)


def g_dme(t, k=None):
    p = pat()
    if k is None:
        k = R.random()
    order = "ORD-24-%06d" % R.randint(100000, 999999)
    v = R.choice([x for x in VENDORS if "Builders" not in x[0]])
    if k < 0.45:
        code, desc = R.choice(DME)
        return [L("dme", "DME|%s|%s|" % (order, ts_iso(t)), P(p["mrn"], "mrn"), "|%s|%s|qty=1|vendor=%s|vendor_ph=%s|deliver_to=" % (code, desc, v[0], v[1]),
                  P(p["street"] + p["apt"] + ", " + p["city"], "address"), " IN ", P(p["zip"], "zip"), "|need_by=", P(d_iso(p["dc"]), "date"),
                  "|ordering=%s|status=%s" % (R.choice(PHYS)[2], R.choice(["SUBMITTED", "SUBMITTED", "ACK", "BACKORDER"])))]
    if k < 0.6:
        return [L("dme", "HOMEMOD|HM-2024-%04d|%s|pt=" % (R.randint(100, 999), ts_iso(t)), P(p["mrn"], "mrn"), "|site=",
                  P(p["street"] + ", " + p["city"], "address"), "|scope=\"%s\"|contractor=%s|quote=$%d.00|contact=" % (
                      R.choice(["modular aluminum ramp 24ft 1:12 w/ landing", "grab bars x3, comfort-height toilet", "curbless shower conversion 60x36", "widen doorways 36in x2"]),
                      v[0] if "Builders" in v[0] else "AccessAbility Builders LLC", R.randint(900, 14000)),
                  P(p["fam_first"] + " " + p["fam_last"], "name"), " ", P(ph(p, 1, fam=True), "phone"))]
    if k < 0.68:
        return [L("dme", "VEHMOD|VM-%05d|%s|pt=" % (R.randint(0, 99999), ts_iso(t)), P(p["mrn"], "mrn"), "|vin=", P(p["vin"], "vehicle"),
                  "|plate=IN ", P(p["plate"], "vehicle"), "|work=left-foot accelerator + spinner knob|vendor=MobilityWorks Indy|dl_on_file=",
                  P(p["dl"], "license"))]
    if k < 0.74:
        return [L("dme", "DMEPAY|%s|%s|copay_auth|card=" % (order, ts_iso(t)), P(p["card"], "account"), "|exp=%02d/%02d|amt=%d.%02d|processor=Elavon|result=APPROVED|auth_code=%s" % (
            R.randint(1, 12), R.randint(25, 29), R.randint(20, 400), R.randint(0, 99), hexs(6).upper()))]
    return [L("dme", R.choice([
        "DME|%s|%s|status=DELIVERED|vendor=%s|pod=%s|lot=%s" % (order, ts_iso(t), v[0], "POD" + digits(8), "LOT-" + digits(5) + R.choice("ABC")),
        "DMEVENDOR|%s|ack|%s|po=PO-%d|sku=%s-%d|eta=3bd" % (order, v[0], R.randint(40000, 99999), R.choice(["INV-6298", "DRV-11160", "MED-G07798"]), R.randint(1, 9)),
        "DME|sync|%s|vendor catalog refresh %s items=%d dur=%dms" % (ts_iso(t), v[0], R.randint(200, 4000), R.randint(300, 9000)),
    ]))]


def g_x12(t):
    p = pat()
    resp = R.random() < 0.5
    isa = "%09d" % R.randint(1000, 99999)
    payer = p["pay"]
    sub = P("%s*%s*%s" % (p["last"].upper(), p["first"].upper(), p["middle"]), "name")
    segs = [L("x12_278", "ISA*00*          *00*          *ZZ*CVRH278        *ZZ*%-15s*%s*%s*^*00501*%s*0*P*:~" % (
        payer[0] + "EDI", t.strftime("%y%m%d"), t.strftime("%H%M"), isa)),
        L("x12_278", "GS*HI*CVRH278*%sEDI*%s*%s*%d*X*005010X217~" % (payer[0], t.strftime("%Y%m%d"), t.strftime("%H%M"), int(isa))),
        L("x12_278", "ST*278*0001*005010X217~"),
        L("x12_278", "BHT*0007*%s*CV%s*%s*%s~" % ("11" if resp else "13", digits(11), t.strftime("%Y%m%d"), t.strftime("%H%M"))),
        L("x12_278", "HL*1**20*1~"),
        L("x12_278", "NM1*X3*2*%s*****PI*%s~" % (payer[1].upper(), R.choice(["61101", "00227", "87726"]))),
        L("x12_278", "HL*2*1*21*1~"),
        L("x12_278", "NM1*1P*2*CEDAR VALLEY REHABILITATION HOSPITAL*****XX*%s~" % ORG_NPI),
        L("x12_278", "HL*3*2*22*1~"),
        L("x12_278", "NM1*IL*1*", sub, "****MI*", P(p["member"], "health_plan"), "~"),
        L("x12_278", "DMG*D8*", P(d_hl7(p["dob"]), "date"), "*%s~" % p["sex"]),
        L("x12_278", "HL*4*3*EV*0~"),
        L("x12_278", "TRN*1*%s*1356012847~" % digits(12)),
        L("x12_278", "UM*AR*I*1*61:B~"),
    ]
    if resp:
        segs.append(L("x12_278", "HCR*%s*" % R.choice(["A1", "A1", "A4"]), P(p["auth"], "other_id"), "~"))
        segs.append(L("x12_278", "REF*EJ*", P(p["fin"], "account"), "~"))
    segs.append(L("x12_278", "DTP*472*RD8*", P(d_hl7(p["adm"]), "date"), "-", P(d_hl7(p["dc"]), "date"), "~"))
    segs.append(L("x12_278", "HI*ABK:%s~" % p["prog"][2].replace(".", "")))
    segs.append(L("x12_278", "HSD*DY*%d~" % (p["dc"] - p["adm"]).days))
    segs.append(L("x12_278", "SE*%d*0001~" % (len(segs) - 1)))
    segs.append(L("x12_278", "GE*1*%d~" % int(isa)))
    segs.append(L("x12_278", "IEA*1*%s~" % isa))
    return segs


def g_authbot(t):
    p = pat()
    portal = {"HUM": "humana", "ANT": "anthem_cw", "UHC": "uhc_provider"}.get(p["pay"][0], "availity")
    pre = "%s [authbot.%s] " % (ts_py(t), portal)
    k = R.random()
    if k < 0.35:
        return [L("authbot", pre, "INFO status_check member=", P(p["member"], "health_plan"), " auth#=", P(p["auth"], "other_id"),
                  " status=%s approved_days=%d next_review=" % (R.choice(["APPROVED", "PENDED", "APPROVED", "PARTIAL"]), R.randint(5, 14)),
                  P(d_iso(t.date() + dt.timedelta(days=R.randint(2, 7))), "date"))]
    if k < 0.5:
        return [L("authbot", pre, "INFO submitted concurrent review for ", P(lastfirst(p), "name"), " dob=", P(d_us(p["dob"]), "date"),
                  " clinicals=%d pages reviewer=%s" % (R.randint(3, 18), R.choice(["K. Tamsin RN", "J. Oduya RN", "UM Queue 4"])))]
    msgs = ["WARNING playwright TimeoutError: waiting for selector \"#authStatusGrid tr\" (30000ms) attempt=%d/3" % R.randint(1, 3),
            "INFO login ok user=svc_authbot_%02d mfa=totp" % R.randint(1, 4),
            "INFO run complete checked=%d changed=%d errors=%d dur=%.1fs" % (R.randint(10, 60), R.randint(0, 8), R.randint(0, 2), R.uniform(30, 400)),
            "ERROR portal returned HTTP 503 Service Unavailable; backing off %ds" % R.choice([30, 60, 120]),
            "DEBUG screenshot saved /var/lib/authbot/shots/%s.png (redacted=true)" % uid()]
    return [L("authbot", pre + R.choice(msgs))]


TC_SEEN = set()


def g_teamconf_old(t):
    old = [q for q in PATS if age(q) > 89 and q["mrn"] not in TC_SEEN]
    return g_teamconf(t, R.choice(old) if old else None)


def g_teamconf(t, p=None):
    p = p or pat()
    for _ in range(20):
        if p["mrn"] not in TC_SEEN:
            break
        p = pat()
    TC_SEEN.add(p["mrn"])
    disc = R.choice(["home w/ spouse", "home w/ family", "home w/ HH PT/OT", "SNF", "home alone w/ daily check-ins"])
    parts = ["[TeamConf %s wk42] " % p["room"][:2], P(lastfirst(p), "name"), " (", P(p["mrn"], "mrn"), ") rm %s" % p["room"]]
    a = age(p)
    if a > 89:
        parts += [", ", P(str(a), "age"), " y/o %s" % p["sex"]]
    else:
        parts += [", %d y/o %s" % (a, p["sex"])]
    parts += [" | Dx %s (IGC %s) | adm " % (p["prog"][5], p["prog"][1]), P(d_short(p["adm"]), "date"),
              " | ELOS %dd, tent DC " % (p["dc"] - p["adm"]).days, P(d_short(p["dc"]), "date"), " %s" % disc,
              " | PT: %s | OT: %s | SLP: %s" % (R.choice(["min A amb 150' RW", "CGA transfers, w/c 300' mod I", "mod A gait in Lokomat progressing to overground", "max A sit-stand, tilt table"]),
                                               R.choice(["mod A LB dressing", "set-up feeding, min A toileting", "SBA grooming standing"]),
                                               R.choice(["mech soft/thin liq", "mild aphasia, word-finding", "WFL", "cog: orient x3, recall 2/3"]))]
    if R.random() < 0.5:
        parts += [" | fam training w/ ", P(p["fam_first"], "name"), " (%s) " % p["rel"][1].lower(), P(d_short(p["dc"] - dt.timedelta(days=2)), "date")]
    parts += [" | attending Dr. %s" % R.choice(PHYS)[0]]
    return [L("teamconf", *parts)]


def g_seating(t):
    p = pat()
    k = R.random()
    if k < 0.65:
        chair = {"QK7-": "Quickie Q7", "TLX-": "TiLite ZRA", "PMQ6-": "Quantum Q6 Edge 3", "ZR-": "Ki Mobility Catalyst 5"}[p["chair_sn"].split("-")[0] + "-"]
        parts = ["SEATING|", P("SC-2410-%03d" % R.randint(1, 300), "other_id"), "|", P(p["mrn"], "mrn"), "|", P(lastfirst(p), "name"),
                 "|Dx: %s|Chair: %s SN " % (p["prog"][5], chair), P(p["chair_sn"], "device"),
                 " (assigned)|Cushion: %s|Peak pressure %d mmHg %s ischial|Seat %dx%d in|Clinician: %s" % (
                     R.choice(["ROHO Quadtro Select HP", "Jay J3", "Varilite Evolution"]), R.randint(38, 90), R.choice(["L", "R"]),
                     R.choice([16, 17, 18]), R.choice([16, 17, 18, 19]), R.choice(["D. Ferreira, PT, ATP", "K. Watanabe, PT, NCS"]))]
        if R.random() < 0.4:
            parts += ["|Home entry: ", P(p["street"] + ", " + p["city"], "address"), " doorway 30in, 4 STE"]
        return [L("seating", *parts)]
    return [L("seating", "SEATING|clinic schedule %s: %d evals, %d deliveries, ATP on site %s; demo chairs: TiLite ZRA SN TZ-9920-1183, Permobil F5 SN PF5-3318-00427" % (
        t.strftime("%a"), R.randint(2, 8), R.randint(0, 3), R.choice(["D. Ferreira", "K. Watanabe"])))]


FLASK_APPS = ["fscore-svc", "famtrain-svc", "dme-svc", "intake-svc"]


def g_flask(t):
    k = R.random()
    app = R.choice(FLASK_APPS)
    ip = "10.40.%d.%d" % (R.randint(1, 14), R.randint(2, 250))
    if k < 0.66:
        path = R.choice(["/api/v1/health", "/api/v1/exports/fscores?fmt=csv&week=42", "/api/v1/orders?status=open",
                         "/static/js/main.4f9c2e1b.js", "/api/v1/referrals?status=pending", "/api/v1/slots?unit=2W"])
        return [L("flask", "%s gunicorn: %s - - [%s] \"GET %s HTTP/1.1\" %d %d \"-\" \"%s\"" % (
            app, ip, ts_clf(t), path, R.choice([200, 200, 200, 304, 404]), R.randint(120, 90000),
            R.choice(["python-requests/2.31.0", "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X)", "kube-probe/1.28"])))]
    if k < 0.88:
        p = pat()
        return [L("flask", "%s gunicorn: %s - - [%s] \"GET /api/v1/patients/" % (app, ip, ts_clf(t)), P(p["mrn"], "mrn"),
                  "/fscores?adm=", P(d_iso(p["adm"]), "date"), " HTTP/1.1\" 200 %d \"-\" \"RehabTab/3.8.2\"" % R.randint(300, 4000))]
    # traceback
    if R.random() < 0.5:
        p = pat()
        last = [L("flask", "psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint \"referral_src_uq\""),
                L("flask", "DETAIL:  Key (source_mrn, referral_id)=(", P(p["acute_mrn"], "mrn"), ", ", P(p["ref"], "other_id"), ") already exists.")]
        fn = ("intake/routes/careport.py", 88, "ingest_referral", "db.session.commit()")
        app = "intake-svc"
    else:
        last = [L("flask", "KeyError: 'hcpcs'")]
        fn = ("dme/routes/orders.py", 212, "create_order", "vendor = resolve_vendor(payload[\"hcpcs\"])")
        app = "dme-svc"
    return [L("flask", "[%s] ERROR in app: Exception on %s [POST]" % (ts_py(t), "/api/v1/" + fn[2].split("_")[-1] + "s")),
            L("flask", "Traceback (most recent call last):"),
            L("flask", "  File \"/srv/%s/venv/lib/python3.11/site-packages/flask/app.py\", line 1463, in wsgi_app" % app),
            L("flask", "    response = self.full_dispatch_request()"),
            L("flask", "  File \"/srv/%s/app/%s\", line %d, in %s" % (app, fn[0], fn[1], fn[2])),
            L("flask", "    " + fn[3])] + last


def g_pg(t):
    pid = R.randint(20000, 40000)
    k = R.random()
    pre = "%s [%d] " % (ts_pg(t), pid)
    if k < 0.25:
        p = pat()
        return [L("postgres", pre + "rehab_app@irf LOG:  duration: %.3f ms  execute <unnamed>: SELECT a.id, a.gg0130_adm, a.gg0170_adm FROM irf_assessment a JOIN patient p ON p.id = a.patient_id WHERE p.mrn = '" % R.uniform(500, 4000),
                  P(p["mrn"], "mrn"), "' AND a.ard = '", P(d_iso(p["adm"] + dt.timedelta(days=2)), "date"), "'")]
    if k < 0.35:
        p = pat()
        ln = p["last"].replace("'", "''")
        return [L("postgres", pre + "intake@irf ERROR:  value too long for type character varying(12)"),
                L("postgres", "%s [%d] intake@irf STATEMENT:  INSERT INTO referral(src_mrn, last_name, first_name, dob, member_id) VALUES ('" % (ts_pg(t), pid),
                  P(p["acute_mrn"], "mrn"), "', '", P(ln, "name"), "', '", P(p["first"], "name"), "', '", P(d_iso(p["dob"]), "date"), "', '",
                  P(p["member"] + "-01", "health_plan"), "')")]
    msgs = ["LOG:  checkpoint starting: time", "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=0.012 s, total=%.3f s" % (
        R.randint(100, 9000), R.uniform(0.1, 9), R.randint(0, 4), R.uniform(1, 200), R.uniform(1, 200)),
            "LOG:  automatic vacuum of table \"irf.public.therapy_minutes\": index scans: 1",
            "LOG:  connection received: host=10.40.3.%d port=%d" % (R.randint(2, 60), R.randint(30000, 65000)),
            "LOG:  connection authorized: user=rehab_app database=irf application_name=tm-api SSL enabled (protocol=TLSv1.3)",
            "FATAL:  password authentication failed for user \"reporting_ro\"",
            "LOG:  duration: %.3f ms  statement: SELECT count(*) FROM therapy_minutes WHERE session_date >= now() - interval '7 days'" % R.uniform(200, 2000)]
    return [L("postgres", pre + R.choice(["", "rehab_app@irf ", "postgres@postgres "]) + R.choice(msgs))]


def g_nginx(t):
    k = R.random()
    ua = R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
                   "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/129.0 Safari/537.36",
                   "Mozilla/5.0 (Linux; Android 14; SM-S921U) AppleWebKit/537.36 Chrome/129.0 Mobile Safari/537.36"])
    rt = "%.3f" % R.uniform(0.002, 1.4)
    if k < 0.3:
        p = pat()
        return [L("nginx", P(p["ip"], "ip"), " - - [%s] \"GET /family/training/videos?pt=" % ts_clf(t), P(p["mrn"], "mrn"),
                  "&lang=%s HTTP/2.0\" 200 %d \"https://family.cvrh.org/login\" \"%s\" rt=%s" % (R.choice(["en", "es"]), R.randint(2000, 60000), ua, rt))]
    if k < 0.4:
        p = pat()
        return [L("nginx", P(p["ip"], "ip"), " - - [%s] \"POST /family/api/messages HTTP/2.0\" 201 %d \"https://family.cvrh.org/inbox\" \"%s\" rt=%s" % (
            ts_clf(t), R.randint(40, 300), ua, rt))]
    if R.random() < 0.2:  # internet scanners
        return [L("nginx", "%s - - [%s] \"GET %s HTTP/1.1\" %d %d \"-\" \"%s\" rt=%s" % (
            R.choice(["185.220.101.%d" % R.randint(1, 60), "45.148.10.%d" % R.randint(2, 250)]), ts_clf(t),
            R.choice(["/wp-login.php", "/.env", "/cgi-bin/luci", "/.git/config"]), R.choice([403, 404, 444]), R.randint(0, 600),
            R.choice(["curl/8.5.0", "Go-http-client/1.1", "Mozilla/5.0 zgrab/0.x"]), rt))]
    ip = R.choice(["10.40.%d.%d" % (R.randint(10, 14), R.randint(20, 240)), "10.40.0.5", "34.117.59.81"])
    mth, path = R.choice([("GET", "/v2/rosters/3W?date=today"), ("POST", "/v2/sessions/%s/minutes" % uid()), ("GET", "/healthz"),
                          ("GET", "/family/assets/app.%s.js" % hexs(8)), ("POST", "/hooks/careport"), ("GET", "/favicon.ico")])
    if path == "/hooks/careport":
        ip = "34.117.59.81"
    return [L("nginx", "%s - - [%s] \"%s %s HTTP/1.1\" %d %d \"-\" \"%s\" rt=%s" % (
        ip, ts_clf(t), mth, path, R.choice([200, 200, 201, 304, 499]) if mth == "POST" and path != "/hooks/careport" else R.choice([200, 200, 304]), R.randint(0, 50000),
        "okhttp/4.12.0" if path.startswith("/v2") else R.choice([ua, "Go-http-client/1.1"]), rt))]


GYM = ["GYM3W-PC01", "GYM3W-PC04", "GYM2W-PC02", "SLP-PC07", "ADLAPT-PC01"]


def g_win(t):
    host = R.choice(GYM) + ".cvrh.local"
    k = R.random()
    base = {"EventTime": t.strftime("%Y-%m-%d %H:%M:%S"), "Hostname": host}
    if k < 0.18:
        p = pat()
        u = STAFF_USER[staff()]
        doc = S("HEP_", P(p["last"].replace(" ", "") + "_" + p["first"], "name"), "_%s.pdf" % R.choice(["PT", "OT", "SLP"]))
        o = dict(base, EventID=307, SourceName="Microsoft-Windows-PrintService", Channel="Microsoft-Windows-PrintService/Operational",
                 Message=S("Document %d, Print Document owned by %s on \\\\%s was printed on GYM-HP-M404 through port 10.40.9.31. Size in bytes: %d. Pages printed: %d. No user action is required." % (
                     R.randint(2, 90), u, host.split(".")[0], R.randint(20000, 900000), R.randint(1, 6))),
                 Param2=u, DocumentName=doc)
        return [L("wineventlog", *jparts(o, sep=(",", ":")))]
    u = STAFF_USER[staff()]
    choices = [
        dict(base, EventID=4624, SourceName="Microsoft-Windows-Security-Auditing", TargetUserName=u, TargetDomainName="CVRH",
             LogonType=R.choice([2, 7, 11]), IpAddress="-", WorkstationName=host.split(".")[0]),
        dict(base, EventID=4634, SourceName="Microsoft-Windows-Security-Auditing", TargetUserName=u, LogonType=2),
        dict(base, EventID=4625, SourceName="Microsoft-Windows-Security-Auditing", TargetUserName=u, Status="0xC000006D", SubStatus="0xC000006A"),
        dict(base, EventID=7036, SourceName="Service Control Manager", Message="The Windows Update service entered the %s state." % R.choice(["running", "stopped"])),
        dict(base, EventID=1000, SourceName="Application Error", Message="Faulting application name: BiodexBalanceSD.exe, version: 2.1.4.0, faulting module: ntdll.dll, exception code: 0xc0000005"),
        dict(base, EventID=400, SourceName="Microsoft-Windows-Kernel-PnP", Message="Device USB\\VID_0483&PID_5740\\%s was configured." % hexs(12).upper()),
        dict(base, EventID=6005, SourceName="EventLog", Message="The Event log service was started."),
    ]
    return [L("wineventlog", *jparts(R.choice(choices), sep=(",", ":")))]


def g_sys(t):
    h = R.choice(["cvrh-db01", "cvrh-nginx01", "cvrh-app02", "cvrh-fs02", "cvrh-lb01"])
    m = R.choice([
        "CRON[%d]: (postgres) CMD (/usr/local/bin/pg_backup.sh --incremental)" % R.randint(1000, 60000),
        "sshd[%d]: Accepted publickey for deploy from 10.40.0.%d port %d ssh2: ED25519 SHA256:%s" % (R.randint(1000, 60000), R.randint(2, 9), R.randint(30000, 60000), base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode().rstrip("=")),
        "sshd[%d]: Invalid user admin from 45.148.10.%d port %d" % (R.randint(1000, 60000), R.randint(2, 250), R.randint(30000, 60000)),
        "Keepalived_vrrp[%d]: (VI_1) Entering MASTER STATE" % R.randint(800, 1200),
        "systemd[1]: Started famtrain-svc.service - Family training scheduler (gunicorn).",
        "kernel: [%d.%06d] EXT4-fs (sdb1): resizing filesystem from %d to %d blocks" % (R.randint(1000, 900000), R.randint(0, 999999), R.randint(1000000, 2000000), R.randint(2000001, 3000000)),
        "chronyd[%d]: Selected source 10.40.0.2 (ntp1.cvrh.local)" % R.randint(500, 900),
        "certbot[%d]: Certificate not yet due for renewal; family.cvrh.org expires 2025-01-02" % R.randint(1000, 60000),
    ])
    return [L("syslog", "%s %s %s" % (ts_sys(t), h, m))]


FW_N = [0]


def g_irfpai_fw(t):
    out = [L("irfpai_fw", "H%s%-20s%s%-12s%06d" % (CCN, "CVRH IRFX 4.2.0", t.strftime("%Y%m%d%H%M"), "IRF-PAI-4.2", R.randint(1, 999)))]
    n = R.randint(2, 4)
    for _ in range(n):
        p = pat()
        parts = ["A", CCN, "%-10s" % ""]
        # patient control number field: mrn left aligned in 10
        parts = ["A", CCN, P(p["mrn"], "mrn"), " " * (10 - len(p["mrn"]))]
        ln = p["last"].upper()[:20]
        fn = p["first"].upper()[:12]
        parts += [P(ln, "name"), " " * (20 - len(ln)), P(fn, "name"), " " * (12 - len(fn)), P(p["middle"], "name"),
                  "1" if p["sex"] == "M" else "2", P(p["dob"].strftime("%m%d%Y"), "date"), P(p["ssn"].replace("-", ""), "ssn")]
        if p["pay"][2] is None:
            parts += [P(p["member"], "health_plan"), " "]
        else:
            parts += ["^" + " " * 11]
        if p["pay"][0] == "MCD":
            parts += [P(p["member"], "health_plan"), " " * (14 - len(p["member"]))]
        else:
            parts += ["^" + " " * 13]
        parts += [P(p["zip"], "zip"), P(p["adm"].strftime("%m%d%Y"), "date"), "01", "%-7s" % p["prog"][1], "%-8s" % p["prog"][2],
                  p["prog"][4], "%02d" % R.randint(1, 7)]
        out.append(L("irfpai_fw", *parts))
    out.append(L("irfpai_fw", "T%s%06d%s" % (CCN, n, hashlib.md5(str(R.random()).encode()).hexdigest()[:16].upper())))
    return out


def g_irfpai_xml(t):
    p = pat()
    gg = "".join("<GG0130%s1>%02d</GG0130%s1>" % (c, R.choice([1, 2, 3, 4, 5, 6, 88]), c) for c in "ABC")
    parts = ["<ASSESSMENT><ITM_SBST_CD>%s</ITM_SBST_CD><ITM_SET_VRSN_CD>IRF-PAI v4.2</ITM_SET_VRSN_CD><A0100A>%s</A0100A><A0100B>%s</A0100B>" % (
        R.choice(["IA", "ID"]), ORG_NPI, CCN),
        "<A0220>", P(d_hl7(p["adm"]), "date"), "</A0220><A0500A>", P(p["first"].upper(), "name"), "</A0500A><A0500B>", P(p["middle"], "name"),
        "</A0500B><A0500C>", P(p["last"].upper(), "name"), "</A0500C><A0600A>", P(p["ssn"].replace("-", ""), "ssn"), "</A0600A><A0600B>",
        P(p["member"], "health_plan") if p["pay"][2] is None else "^", "</A0600B><A0800>%d</A0800><A0900>" % (1 if p["sex"] == "M" else 2), P(d_hl7(p["dob"]), "date"),
        "</A0900><A1805>01</A1805><IGC>%s</IGC><ETIOLOGIC_DX>%s</ETIOLOGIC_DX>%s</ASSESSMENT>" % (p["prog"][1], p["prog"][2].replace(".", ""), gg)]
    return [L("irfpai_xml", *parts)]


def g_fvr(t):
    k = R.random()
    if k < 0.55:
        p = pat()
        return [L("iqies_fvr", "FVR|%s|Rec %d|" % (CCN, R.randint(1, 30)), P(lastfirst(p).upper(), "name"), "|", P(p["mrn"], "mrn"),
                  "|IA|ARD ", P(d_us(p["adm"] + dt.timedelta(days=2)), "date"), "|%s|%s" % (
                      R.choice(["Accepted", "Accepted", "Accepted with warnings", "Rejected"]),
                      R.choice(["-3018a WARNING Item value out of range: GG0170I1", "-3036b WARNING Assessment completed late", "no messages",
                                "-1007 FATAL Invalid MBI format A0600B", "-3055 WARNING Admission date prior to onset"])))]
    return [L("iqies_fvr", R.choice([
        "FVR|%s|Submission ID %d|Processing Date %s|Records: %d processed, %d accepted, %d rejected" % (CCN, R.randint(9000000, 9999999), t.strftime("%m/%d/%Y %H:%M:%S"), 12, 11, 1),
        "FVR|%s|Message -3018a: Item value is not within the expected range. Record accepted." % CCN,
        "FVR|%s|iQIES release 1.26.3.2, report generated %s" % (CCN, t.strftime("%m/%d/%Y %I:%M %p")),
    ]))]


def g_submit(t):
    return [L("irfpai_submit", "%s cvrh-app02 irfpai-submit[%d]: %s" % (ts_sys(t), R.randint(3000, 9000), R.choice([
        "batch IRF_%s_%s_01.zip uploaded records=%d bytes=%d submission_id=%d" % (CCN, t.strftime("%Y%m%d"), R.randint(3, 14), R.randint(20000, 200000), R.randint(9000000, 9999999)),
        "schema validation passed (IRF-PAI v4.2 XSD sha256=%s)" % hexs(16),
        "polling iQIES for FVR, attempt %d" % R.randint(1, 6),
        "converted fixed-width export to XML: %d A records, 0 errors" % R.randint(2, 6),
        "WARN mTLS client cert cvrh-irf-submit expires in %d days" % R.randint(10, 60),
    ])))]


GENS = [  # (fn, weight, daytime?)
    (g_pino, 60, True), (g_rn, 34, True), (g_lokomat, 14, True), (g_ekso, 10, True),
    (g_fscore, 4, True), (g_pandas, 3, True), (g_careport, 16, True), (g_fax, 7, True),
    (g_hl7, 6, True), (g_famtrain, 20, True), (g_dme, 14, True), (g_x12, 0, True),
    (g_authbot, 14, True), (g_teamconf, 10, True), (g_seating, 7, True), (g_flask, 22, False),
    (g_pg, 26, False), (g_nginx, 36, False), (g_win, 30, True), (g_sys, 32, False),
    (g_irfpai_fw, 0, True), (g_irfpai_xml, 6, True), (g_fvr, 8, True), (g_submit, 5, True),
]


def main():
    events = []
    fns = [g[0] for g in GENS]
    wts = [g[1] for g in GENS]

    def when(g):
        if GENS[g][2] and R.random() < 0.85:
            return R.randint(6 * 3600 + 30 * 60, 19 * 3600)
        return R.randint(0, 86399)

    for _ in range(380):
        g = R.choices(range(len(GENS)), weights=wts)[0]
        sec, us = when(g), R.randint(0, 999999)
        events.append([sec, us, fns[g](DAY + dt.timedelta(seconds=sec, microseconds=us))])
    must = []  # records every day's archive has: fixed count, never dropped
    for fn, n in ((g_x12, 2), (g_irfpai_fw, 2), (g_vehmod, 2), (g_dmepay, 2), (g_teamconf_old, 2)):
        for _ in range(n):
            sec, us = R.randint(8 * 3600, 18 * 3600), R.randint(0, 999999)
            must.append([sec, us, fn(DAY + dt.timedelta(seconds=sec, microseconds=us))])
    total = sum(len(e[2]) for e in events + must)
    def phi_lines(recs):
        return sum(1 for _, parts in recs if any(isinstance(x, P) for x in parts))

    phi = sum(phi_lines(e[2]) for e in events + must)
    while total > N_LINES:  # drop whole events (never cut a multi-line record), steering the PHI share to ~45%
        want_phi = phi / total > 0.45
        pool = [i for i, e in enumerate(events) if (phi_lines(e[2]) > 0) == want_phi] or list(range(len(events)))
        e = events.pop(R.choice(pool))
        total -= len(e[2])
        phi -= phi_lines(e[2])
    events += must
    fillers = [i for i, g in enumerate(GENS) if g[0] in (g_sys, g_win, g_pino, g_nginx)]
    while total < N_LINES:
        g = R.choice(fillers)
        sec, us = when(g), R.randint(0, 999999)
        recs = fns[g](DAY + dt.timedelta(seconds=sec, microseconds=us))
        if total + len(recs) > N_LINES:
            continue
        events.append([sec, us, recs])
        total += len(recs)
    events.sort(key=lambda e: (e[0], e[1]))
    rows = [build(fam, parts) for e in events for fam, parts in e[2]]
    if len(rows) != N_LINES:
        sys.exit("only %d lines" % len(rows))
    # checks
    with open(ID + ".log", "wb") as f_log, open(ID + ".labels.jsonl", "w", encoding="utf-8") as f_lab:
        for n, (fam, b, spans) in enumerate(rows, 1):
            if b"\n" in b or b"\r" in b or not b.strip():
                raise SystemExit("bad line %d" % n)
            b.decode("utf-8")
            prev = 0
            out = []
            for sp in sorted(spans, key=lambda x: x["s"]):
                s, e = sp["s"], sp["e"]
                if not (0 <= s < e <= len(b)) or s < prev:
                    raise SystemExit("bad span line %d %r" % (n, sp))
                if b[s:e].decode("utf-8") != sp["_v"]:
                    raise SystemExit("span text mismatch line %d" % n)
                if sp["_o"] is not None and json.loads('"' + sp["_v"] + '"') != sp["_o"]:
                    raise SystemExit("escaped span mismatch line %d" % n)
                if sp["cat"] is None:
                    raise SystemExit("no cat line %d" % n)
                prev = e
                out.append({"s": s, "e": e, "cat": sp["cat"]})
            f_log.write(b + b"\n")
            f_lab.write(json.dumps({"line": n, "family": fam, "spans": out}) + "\n")


if __name__ == "__main__":
    main()
