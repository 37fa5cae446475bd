#!/usr/bin/env python3
"""gen_pq.py - synthetic labeled log corpus "pq".

Organisation: Mercy Crossing Hospital (fictional, Toledo OH), Forensic Nurse
Examiner (FNE) / Sexual Assault Nurse Examiner (SANE) program.  One SIEM export
(~36 h, 11-12 Mar 2024) of the systems below, interleaved by time.  All people,
numbers and addresses are invented.  Content is clinical/administrative only.

Systems simulated (family names in the labels file)
  hl7v2         Epic ADT^A04 / ACK messages to the SANE app (one segment a line)
  sanedoc-json  SANEdoc exam documentation app (Node/pino JSON)
  kittrack      evidence kit tracking + chain of custody (logfmt)
  medphoto      MedPhoto forensic photo documentation (log4j + Java traces)
  le-xml        law-enforcement referral interface (NIEM-like XML, one line)
  twilio-access nginx in front of the advocate-notification Twilio webhooks
  sms-body      outbound/inbound SMS bodies of the notification service
  sched-csv     follow-up clinic scheduling export (CSV)
  x12-837       crime-victim-compensation (CVC) claims, X12 837P, one segment a line
  cvc-pipe      state AG CVC portal application export (pipe delimited)
  efile-json    protective-order court e-filing client (.NET Serilog CLEF, \\u escapes)
  nginx         SANEdoc web/API and patient-portal access logs
  fhir          FHIR R4 Appointment/Patient resources from the scheduling bridge
  pgaudit       PostgreSQL pgaudit / server log of the SANEdoc database
  nurse-note    free-text shift handoff / interpreter notes (EN + ES)
  rightfax      RightFax server job log
  billing-py    CVC billing worker (python logging, dict dumps, tracebacks)
  syslog        infra syslog: evidence fridge monitor, cron/backup, firewall, systemd
  ad-auth       Windows security events via NXLog (key="value")
  pager-fixed   SANE on-call paging system, fixed-width records

Labeling decisions (grey cases)
  * Patients (the person examined) and their relatives / household members /
    emergency or "safe" contacts are PHI.  Protective-order respondents are
    always a spouse / ex-partner / household member in this corpus and are
    labeled like household members (name, dob -> date).
  * Staff at work are NOT PHI: SANE nurses, physicians, NPs, detectives and
    officers (with badge numbers), advocates of the partner rape crisis
    center, interpreters (and their vendor IDs), judges/magistrates, clerks.
    Their phones, emails, usernames, NPIs are not PHI either.
  * Organisation, police agency, prosecutor, court, crime lab, advocate
    center and vendor addresses/phones/faxes are NOT PHI.
  * SANE exam IDs (SANE-24-xxxx), evidence kit barcodes (state Track-Kit
    TK24-xxxxxxx), police incident/report numbers, crime-lab case numbers,
    protective-order case numbers, Address Confidentiality Program (ACP)
    participant numbers, imaging accession numbers -> other_id.
  * Appointment IDs, SMS message SIDs, e-filing envelope IDs, fax job numbers,
    HL7 control IDs, batch numbers, purchase orders, kit LOT numbers, seal
    numbers -> NOT PHI (transaction/software identifiers).
  * CVC claim numbers (V2024-xxxxxx) -> account (the victim's compensation
    claim / billing number), also when used as NM1*IL member id in the 837.
    Hospital account (HAR) / visit numbers, card numbers -> account.
    Medicaid billing numbers and MBIs -> health_plan.
  * FHIR Patient logical ids (pt-nnnnn) and MRNs -> mrn, also when embedded
    in URLs, photo file names or SQL; the embedded value is labeled, not the
    whole URL.  `url` is used only for whole personal URLs (tokenised portal
    links sent to the patient, the patient's social-media profile).
  * Dates tied to the patient: birth, incident, exam, collection, appointment,
    hearing, kit retention-hold expiry -> date (full value incl. time if the
    field is a datetime).  Log record timestamps and custody hand-off times
    that are the log event's own time -> not PHI.  Kit expiry (YYYY-MM),
    lot dates, build dates -> not PHI.
  * Ages only when > 89 (age).  "Jane Doe"/"DOE^JANE" restricted-report
    placeholders and the ACP substitute address are not PHI (not identifying);
    the MRN / exam id of such a record still is.
  * Placeholder SSNs (000-00-0000, 999-99-9999) not labeled; a mistyped
    but person-entered SSN (invalid area) is labeled ssn.
  * Masked card numbers (************1486) not labeled; full PANs -> account.
  * Patient's mobile phone collected as evidence: IMEI -> device.  Hospital
    cameras, fridges, colposcopes with serials -> not PHI.
  * Injury photo thumbnails (base64) -> photo (comparable images).
  * Patient public IP in portal access logs -> ip; staff 10.x and Twilio /
    vendor server IPs -> not PHI.
  * Names split across separate elements (X12 NM1 last*first, XML <Last>/<First>)
    are one span per element; HL7 XPN components (LAST^FIRST^M) are one span.
    HL7 XAD street^other^city is one address span, ZIP separate.
  * First names alone in SMS bodies addressed to the patient -> name.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import sys
import urllib.parse
from xml.sax.saxutils import escape as xesc

R = random.Random(0x5A4E24)
ID = "pq"
NLINES = 500


# ----------------------------------------------------------------- line builder
class L:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.sp = []

    def t(self, x):
        self.b += x.encode("utf-8")
        return self

    def p(self, x, cat):
        if cat is None:
            return self.t(x)
        s = len(self.b)
        self.b += x.encode("utf-8")
        self.sp.append((s, len(self.b), cat, x))
        return self

    def seq(self, parts, enc=lambda x: x):
        for part in parts:
            if isinstance(part, tuple):
                self.p(enc(part[0]), part[1])
            else:
                self.t(enc(part))
        return self


class P:
    """PHI value inside a JSON structure."""
    def __init__(self, v, cat, raw=False):
        self.v, self.cat, self.raw = v, cat, raw


class S:
    """string assembled from plain text and (value, cat) tuples."""
    def __init__(self, *parts):
        self.parts = parts


def jdump(ln, o, asc=False, sep=(",", ":")):
    def js(x):
        return json.dumps(x, ensure_ascii=asc)[1:-1]
    if isinstance(o, dict):
        ln.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                ln.t(sep[0])
            ln.t(json.dumps(k) + sep[1])
            jdump(ln, v, asc, sep)
        ln.t("}")
    elif isinstance(o, list):
        ln.t("[")
        for i, v in enumerate(o):
            if i:
                ln.t(sep[0])
            jdump(ln, v, asc, sep)
        ln.t("]")
    elif isinstance(o, P):
        if o.raw:
            ln.p(str(o.v), o.cat)
        else:
            ln.t('"').p(js(o.v), o.cat).t('"')
    elif isinstance(o, S):
        ln.t('"')
        for part in o.parts:
            if isinstance(part, tuple):
                ln.p(js(part[0]), part[1])
            else:
                ln.t(js(part))
        ln.t('"')
    else:
        ln.t(json.dumps(o, ensure_ascii=asc))
    return ln


# ----------------------------------------------------------------- numbers
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


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def tel(area="419"):
    return area + str(R.randint(2, 9)) + rdig(6)


def card(prefix, length=16):
    body = prefix + rdig(length - len(prefix) - 1)
    return body + luhn_digit(body)


def npi():
    base = R.choice("12") + rdig(8)
    return base + luhn_digit("80840" + base)


def imei():
    body = R.choice(["35", "86", "01"]) + rdig(12)
    return body + luhn_digit(body)


def ssn(valid=True):
    if not valid:
        return "666-%02d-%04d" % (R.randint(1, 99), R.randint(1, 9999))
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_L + "0123456789"
    c = [R.choice("123456789"), R.choice(MBI_L), R.choice(an), R.choice("0123456789"),
         R.choice(MBI_L), R.choice(an), R.choice("0123456789"), R.choice(MBI_L),
         R.choice(MBI_L), R.choice("0123456789"), R.choice("0123456789")]
    return "".join(c)


VIN_T = {**{str(i): i for i in range(10)},
         **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
         "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(valid=True):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = [R.choice(["1", "2", "3", "5", "J", "K"]), R.choice("GHFNT"), R.choice("1ACDM")]
    v += [R.choice(chars) for _ in range(5)] + ["0"]
    v += [R.choice("LMNPR"), R.choice(chars)] + [R.choice("0123456789") for _ in range(6)]
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    if not valid:
        v[8] = str((int(v[8]) + 3) % 10) if v[8] != "X" else "4"
    return "".join(v)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:])


# ----------------------------------------------------------------- people
FIRST_F = ["Maria", "Aaliyah", "Siobhán", "Zoë", "Fatima", "Priya", "Keisha", "Olga",
           "Hannah", "Grace", "Summer", "Jade", "Rose", "Destiny", "Ximena", "Aiyana",
           "Mei", "Chiamaka", "Ingrid", "Leilani", "Dakota", "Brooke", "Autumn", "Hope",
           "Thi Lan", "Noor", "Esperanza", "Bethany", "Marisol", "Kateryna", "Amani"]
FIRST_M = ["Jamal", "Tomás", "Ethan", "Kwame", "Dmitri", "Hunter", "Mateo", "Rashid", "Cody"]
LAST = ["García-López", "O'Connor", "de la Cruz", "Van der Berg", "Nguyễn", "Okonkwo",
        "Baker", "Stone", "Price", "Hill", "Fox", "Shah", "Kowalski", "Washington", "Begay",
        "Haddad", "Rivera Santiago", "Ní Bhriain", "St. Clair", "Brown-Whitaker",
        "Youngblood", "Winter", "Church", "Love", "Moon", "Fairweather", "Robles Cuevas",
        "Szymańska", "Abernathy-Cole", "Mahlangu", "Sandoval", "Bird", "Lindqvist", "Rich",
        "Duarte", "Tran", "Petrenko", "Whitfield", "Castillo", "Bauer"]
MIDDLE = ["A", "E", "J", "Marie", "Lynn", "", "", "", "R", "Ann", "K"]
STREETS = ["Birchwood Ave", "Monroe St", "Secor Rd", "Dorr St", "Heatherdowns Blvd",
           "Glendale Ave", "Summit St", "Byrne Rd", "W Sylvania Ave", "Starr Ave",
           "Navarre Ave", "Hill Ave", "Conant St", "Louisiana Ave", "Front St",
           "Oak Grove Pl", "Bancroft St", "Laskey Rd", "Nebraska Ave", "Airport Hwy"]
CITIES = [("Toledo", "436"), ("Sylvania", "435"), ("Maumee", "435"), ("Perrysburg", "435"),
          ("Oregon", "436"), ("Bowling Green", "434"), ("Rossford", "434"), ("Holland", "435"),
          ("Waterville", "435"), ("Northwood", "436")]
ZIPS = {"Toledo": ["43607", "43608", "43609", "43612", "43613", "43615", "43620"],
        "Sylvania": ["43560"], "Maumee": ["43537"], "Perrysburg": ["43551"],
        "Oregon": ["43616"], "Bowling Green": ["43402"], "Rossford": ["43460"],
        "Holland": ["43528"], "Waterville": ["43566"], "Northwood": ["43619"]}
APT = ["", "", "", "Apt 3B", "Apt 12", "Unit 4", "Lot 27", "#2", "Apt 210"]
REL = [("MTH", "Mother"), ("SIS", "Sister"), ("FND", "Friend"), ("FTH", "Father"),
       ("BRO", "Brother"), ("AUNT", "Aunt"), ("GRD", "Guardian")]
RESP_REL = ["former spouse", "spouse", "ex-boyfriend", "household member (cohabitant)",
            "former cohabitant", "stepfather (household)"]
AGENCIES = [("Maumee Bay PD", "MBPD", "OH0480400"), ("Lakeshore Co Sheriff", "LCSO", "OH0480000"),
            ("Sylvania Twp PD", "STPD", "OH0481200"), ("Ohio State Hwy Patrol", "OSHP", "OHOHP0000")]
DETS = ["Det. Renee Okafor #4471", "Sgt. Mark Halvorsen #2210", "Det. Luis Ferreira #3318",
        "Ofc. Kim Tanaka #5102", "Det. Sarah Blackwood #1987"]
NURSES = [("dkessler", "Kessler, Dana", "RN, SANE-A"), ("ibrooks", "Brooks, Imani", "RN, SANE-A/SANE-P"),
          ("rortiz", "Ortiz, Rafael", "RN"), ("cpark", "Park, Colleen", "MSN, RN, SANE-A"),
          ("gbaker", "Baker, Grace", "RN, SANE-P"), ("hstone", "Stone, Harper", "RN")]
ADVOCATES = [("Lena Moreau", "419-555-0188"), ("Tasha Greene", "419-555-0193"),
             ("Rosa Delgado", "419-555-0124")]
PROVIDERS = [("Park C", "NP", npi()), ("Adeyemi T", "MD", npi()), ("Hollis J", "PA-C", npi())]
ORG_NPI = npi()

EXAM_DAY = dt.date(2024, 3, 11)


def mkpatient(i):
    male = R.random() < 0.12
    first = R.choice(FIRST_M if male else FIRST_F)
    last = R.choice(LAST)
    mid = R.choice(MIDDLE)
    elder = i in (7, 23, 30)
    if elder:
        dob = dt.date(R.randint(1930, 1933), R.randint(1, 12), R.randint(1, 28))
    else:
        dob = dt.date(R.randint(1962, 2008), R.randint(1, 12), R.randint(1, 28))
    age = (EXAM_DAY - dob).days // 365
    city, _ = R.choice(CITIES)
    ec_rel = R.choice(REL)
    exam = EXAM_DAY - dt.timedelta(days=R.choice([0, 0, 0, 1, 1, 2, 5, 9, 17, 24, 31]))
    incident = exam - dt.timedelta(days=R.choice([0, 0, 1, 1, 2, 3]))
    p = dict(
        first=first, last=last, mid=mid, sex="M" if male else "F", dob=dob, age=age,
        mrn="00" + rdig(7), har="7000" + rdig(8), csn="10" + rdig(8),
        street="%d %s" % (R.randint(12, 9870), R.choice(STREETS)), apt=R.choice(APT),
        city=city, zip=R.choice(ZIPS[city]),
        phone="419555%04d" % R.randint(100, 199) if R.random() < 0.5 else tel(R.choice(["419", "567"])),
        email="%s.%s%02d@%s" % (first.split()[0].lower().replace("ë", "e").replace("á", "a"),
                                last.split()[0].lower().replace("'", "").replace("ễ", "e").replace("í", "i")
                                .replace("ń", "n"), R.randint(70, 99),
                                R.choice(["gmail.com", "yahoo.com", "outlook.com", "bex.net", "icloud.com"])),
        safe_phone=tel(), ec_last=R.choice([last, R.choice(LAST)]), ec_rel=ec_rel, ec_phone=tel(),
        ec_first=R.choice(FIRST_F if ec_rel[0] in ("MTH", "SIS", "AUNT") else FIRST_M if ec_rel[0] in ("FTH", "BRO") else FIRST_F + FIRST_M),
        exam_id="SANE-24-%04d" % R.randint(40, 260), kit="TK24-%07d" % R.randint(10000, 99999),
        agency=R.choice(AGENCIES), le_case="24-%06d" % R.randint(10000, 99999),
        lab_case="BCI-24-%05d" % R.randint(1000, 29999),
        cvc="V2024-%06d" % R.randint(10000, 99999), po_case="2024 DR %05d" % R.randint(100, 2999),
        acp="ACP-%06d" % R.randint(100000, 199999),
        plate=R.choice(["J", "K", "H", "G"]) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + rdig(4),
        vin=vin(R.random() > 0.15), imei=imei(), dl=R.choice("ABCDEFGHJKLMNOPRSTUW") + R.choice("ABCDEFGHJKLMNOPRSTUW") + rdig(6),
        medicaid="9" + rdig(11), mbi=mbi(), ssn=ssn(True),
        ip=R.choice(["98.28", "74.140", "68.61", "107.77", "172.58", "23.121", "2600:1702:4a40"]),
        fhir="pt-%05d" % R.randint(10000, 99999), exam_date=exam, incident=incident,
        fu=exam + dt.timedelta(days=R.choice([14, 14, 14, 7, 42, 90])),
        fu_time=R.choice(["09:00", "09:30", "10:30", "13:00", "14:15", "15:45"]),
        resp_first=R.choice(FIRST_M), resp_last=R.choice(LAST), resp_rel=R.choice(RESP_REL),
        resp_dob=dt.date(R.randint(1960, 2003), R.randint(1, 12), R.randint(1, 28)),
        lang="es" if first in ("Ximena", "Esperanza", "Marisol", "Mateo", "Tomás") else "en",
        restricted=R.random() < 0.15, elder=elder, ssn_valid=True,
        instagram=R.choice(["", "", "https://www.instagram.com/%s_%s%d" % (first.split()[0].lower()[:5], "xo", R.randint(1, 99))]),
        nurse=R.choice(NURSES), det=R.choice(DETS), adv=R.choice(ADVOCATES),
    )
    if p["ip"].startswith("2600"):
        p["ip"] += ":%x:%x:%x:%x:%x" % tuple(R.randint(1, 65535) for _ in range(5))
    else:
        p["ip"] += ".%d.%d" % (R.randint(1, 254), R.randint(1, 254))
    if R.random() < 0.07:
        p["ssn"] = ssn(False)
    return p


PTS = [mkpatient(i) for i in range(34)]


def fullname(p, order="fl"):
    if order == "fl":
        return " ".join(x for x in [p["first"], p["mid"], p["last"]] if x) if R.random() < 0.3 else p["first"] + " " + p["last"]
    return "%s, %s" % (p["last"], p["first"])


def phone_fmt(n, style=None):
    style = style if style is not None else R.randint(0, 4)
    return ["(%s) %s-%s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]),
            "+1" + n, n, "%s.%s.%s" % (n[:3], n[3:6], n[6:])][style]


def addr1(p):
    return p["street"] + (" " + p["apt"] if p["apt"] else "")


def up(s):
    return s.upper()


# ----------------------------------------------------------------- clock
T0 = dt.datetime(2024, 3, 11, 6, 0, 3, 118000)


class Clock:
    def __init__(self):
        self.now = T0

    def tick(self, mean=250):
        self.now += dt.timedelta(seconds=R.expovariate(1.0 / mean), microseconds=R.randint(0, 999999))
        return self.now

    def small(self):
        self.now += dt.timedelta(milliseconds=R.randint(2, 900))
        return self.now


CLK = Clock()


def iso_z(t):  # local EDT -> UTC
    u = t + dt.timedelta(hours=4)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (u.microsecond // 1000)


def iso_local(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-04:00" % (t.microsecond // 1000)


def sysl(t):
    return t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")


def ngx(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0400")


def l4j(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def hl7ts(t):
    return t.strftime("%Y%m%d%H%M%S")


def epoch_ms(t):
    return int(((t + dt.timedelta(hours=4)) - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d_hl7(d):
    return d.strftime("%Y%m%d")


# ----------------------------------------------------------------- blocks
def b_hl7(p):
    t = CLK.tick()
    ctl = "MSG%08d" % R.randint(10 ** 6, 10 ** 8)
    out = []
    out.append(L("hl7v2").t("MSH|^~\\&|EPIC|MCH|SANEDOC|MCH_FNE|%s||ADT^A04^ADT_A01|%s|P|2.5.1|||AL|NE" % (hl7ts(t), ctl)))
    out.append(L("hl7v2").t("EVN|A04|%s|||%s^%s^^^%s" % (hl7ts(t), p["nurse"][0].upper(), p["nurse"][1].replace(", ", "^"), "RN")))
    ln = L("hl7v2").t("PID|1||").p(p["mrn"], "mrn").t("^^^MCH^MR||")
    if p["restricted"]:
        ln.t("DOE^JANE^^^^^U||")
    else:
        nm = "%s^%s^%s" % (up(p["last"]), up(p["first"]), up(p["mid"]))
        ln.p(nm.rstrip("^"), "name").t("||")
    ln.p(d_hl7(p["dob"]), "date").t("|%s|||" % p["sex"])
    ln.p("%s^%s^%s" % (p["street"], p["apt"], p["city"]), "address").t("^OH^").p(p["zip"], "zip").t("^USA^H||")
    ln.p(phone_fmt(p["phone"], 0), "phone").t("^PRN^PH~^NET^Internet^").p(p["email"], "email")
    ln.t("|||||").p(p["har"], "account").t("^^^MCH^AN|")
    if R.random() < 0.6:
        ln.p(p["ssn"].replace("-", ""), "ssn")
    ln.t("|")
    if R.random() < 0.4:
        ln.p(p["dl"], "license").t("^OH^20%02d1231" % R.randint(25, 30))
    out.append(ln)
    if not p["restricted"]:
        ln = L("hl7v2").t("NK1|1|").p("%s^%s" % (up(p["ec_last"]), up(p["ec_first"])), "name")
        ln.t("|%s^%s^HL70063||" % p["ec_rel"]).p(phone_fmt(p["ec_phone"], 0), "phone").t("||C^Emergency Contact^HL70131")
        out.append(ln)
    prov = R.choice(PROVIDERS)
    ln = L("hl7v2").t("PV1|1|E|ED^FNE1^0%d^MCH^^^^^FORENSIC||||%s^%s^^^^%s||||||||||||" % (R.randint(1, 4), prov[2], prov[0].replace(" ", "^"), prov[1]))
    ln.p(p["csn"], "account").t("^^^MCH^VN|||||||||||||||||||||||||")
    ln.p(hl7ts(dt.datetime.combine(p["exam_date"], t.time())), "date")
    out.append(ln)
    if p["age"] > 64 or R.random() < 0.35:
        ln = L("hl7v2").t("IN1|1|%s|%s|%s||||||||||||" % (("MCR^Medicare Part A/B", "CMS", "MEDICARE") if p["age"] > 64 else ("MCD^Ohio Medicaid", "OHMCD", "OHIO MEDICAID")))
        ln.p(p["mbi"] if p["age"] > 64 else p["medicaid"], "health_plan").t("|||||||||||||||||||||||||||||||||||")
        out.append(ln)
    if R.random() < 0.5:
        out.append(L("hl7v2").t("OBX|1|CWE|FNE-RPT^Reporting election^L||%s||||||F" % R.choice(["FULL^Report to LE", "RESTR^Restricted/anonymous", "NONE^Medical only"])))
    # ACK
    out.append(L("hl7v2").t("MSH|^~\\&|SANEDOC|MCH_FNE|EPIC|MCH|%s||ACK^A04^ACK|ACK%s|P|2.5.1" % (hl7ts(CLK.small()), ctl[3:])))
    out.append(L("hl7v2").t("MSA|AA|%s|message accepted" % ctl))
    return out


def pino(t, lvl, msg, extra):
    d = {"level": lvl, "time": epoch_ms(t), "pid": R.choice([2211, 2214, 3307]),
         "hostname": R.choice(["sanedoc-app01", "sanedoc-app02"]), "reqId": "req-" + hexs(4), "msg": msg}
    d.update(extra)
    return d


def b_sanedoc(p):
    t = CLK.tick()
    out = []
    kind = R.random()
    nu = p["nurse"]
    if kind < 0.3:
        d = pino(t, 30, "exam opened", {"examId": P(p["exam_id"], "other_id"), "mrn": P(p["mrn"], "mrn"),
                                        "csn": P(p["csn"], "account"), "examiner": "%s %s" % (nu[1], nu[2]),
                                        "consent": {"medical": True, "evidence": R.random() < 0.8, "photos": R.random() < 0.85,
                                                    "reportToLE": not p["restricted"]},
                                        "template": "adult-sa-v3.2"})
    elif kind < 0.55:
        d = pino(t, 30, "section saved", {"examId": P(p["exam_id"], "other_id"), "section": R.choice(["history", "ros", "medications", "forensic_hx", "body_map", "discharge"]),
                                          "incidentDate": P(d_iso(p["incident"]), "date"),
                                          "hrsSinceIncident": R.randint(2, 110), "user": nu[0], "durMs": R.randint(30, 400)})
    elif kind < 0.7:
        d = pino(t, 30, "patient banner loaded", {"pt": {"name": P(fullname(p, "lf"), "name"), "dob": P(d_usslash(p["dob"]), "date"),
                                                         "mrn": P(p["mrn"], "mrn"), "sex": p["sex"], "lang": p["lang"]}, "user": nu[0]})
    elif kind < 0.85:
        d = pino(t, 30, "discharge instructions printed", {"examId": P(p["exam_id"], "other_id"), "safeContact": {"phone": P(phone_fmt(p["safe_phone"], 1), "phone"), "okToLeaveMsg": R.random() < 0.3},
                                                           "followUp": P(d_iso(p["fu"]) + "T" + p["fu_time"], "date"), "pep": R.random() < 0.5, "printer": "FNE-MFP-01"})
    else:
        d = pino(t, 40 if p["age"] > 64 else 30, "age check: elder protocol" if p["age"] > 64 else "age check", {"examId": P(p["exam_id"], "other_id"), "ageYears": P(str(p["age"]), "age", raw=True) if p["age"] > 89 else p["age"],
                                                     "apsReferral": p["age"] > 89, "user": nu[0]})
    out.append(jdump(L("sanedoc-json"), d))
    return out


def d_usslash(d):
    return d.strftime("%m/%d/%Y")


def b_sanedoc_noise():
    t = CLK.tick()
    c = R.random()
    if c < 0.3:
        d = pino(t, 30, "request completed", {"res": {"statusCode": R.choice([200, 200, 204, 304])}, "responseTime": round(R.uniform(2, 300), 3),
                                              "route": R.choice(["/api/v2/templates", "/api/v2/health", "/api/v2/session/refresh", "/api/v2/lookup/icd10"])})
    elif c < 0.5:
        d = pino(t, 30, "template cache warmed", {"templates": R.randint(14, 22), "version": "3.2.%d" % R.randint(0, 9), "build": "2024.03.07-1187", "ms": R.randint(80, 900)})
    elif c < 0.7:
        d = pino(t, 50, "pdf render failed", {"err": {"type": "TimeoutError", "message": "Navigation timeout of 30000 ms exceeded",
                                                      "stack": "TimeoutError: Navigation timeout of 30000 ms exceeded\n    at LifecycleWatcher._timeoutPromise (/srv/sanedoc/node_modules/puppeteer/lib/cjs/puppeteer/common/LifecycleWatcher.js:106:19)\n    at async Renderer.toPdf (/srv/sanedoc/dist/pdf/renderer.js:88:9)"},
                                            "jobId": uuid4(), "retry": R.randint(1, 3)})
    elif c < 0.85:
        d = pino(t, 30, "session refresh", {"user": R.choice(NURSES)[0], "sid": hexs(24), "ttlSec": 900, "mfa": "duo"})
    else:
        d = pino(t, 30, "feature flag", {"flag": R.choice(["bodymap-v2", "kit-scan-camera", "spanish-di"]), "enabled": R.random() < 0.5, "traceId": hexs(32), "spanId": hexs(16)})
    return [jdump(L("sanedoc-json"), d)]


def b_kit(p):
    out = []
    t = CLK.tick()
    nu = p["nurse"]
    ts = iso_z(t)
    ev = "kit_sealed" if (EXAM_DAY - p["exam_date"]).days <= 1 else "retention_audit"
    ln = L("kittrack").t("ts=%s level=info app=kittrack event=%s kit_id=" % (ts, ev)).p(p["kit"], "other_id")
    ln.t(" exam_id=").p(p["exam_id"], "other_id").t(" items=%d seal_no=S-%06d by=%s lot=23K0417 kit_exp=2026-01 collected=" % (R.randint(5, 12), R.randint(100000, 999999), nu[0]))
    ln.p(d_iso(p["exam_date"]), "date")
    out.append(ln)
    if R.random() < 0.5:
        ln = L("kittrack").t("ts=%s level=info app=kittrack event=item_added kit_id=" % iso_z(CLK.small())).p(p["kit"], "other_id")
        ln.t(' item=%02d desc="patient mobile phone, sealed bag" imei=' % R.randint(7, 14)).p(p["imei"], "device").t(" by=%s" % nu[0])
        out.append(ln)
    if p["restricted"]:
        ln = L("kittrack").t("ts=%s level=info app=kittrack event=restricted_hold kit_id=" % iso_z(CLK.small())).p(p["kit"], "other_id")
        ln.t(" locker=FNE-L2 hold_until=").p(d_iso(p["exam_date"].replace(year=p["exam_date"].year + 1)), "date").t(' reason="ORC 2907.30 anonymous report"')
        out.append(ln)
    else:
        ln = L("kittrack").t("ts=%s level=info app=kittrack event=custody_transfer kit_id=" % iso_z(CLK.tick(600))).p(p["kit"], "other_id")
        ln.t(' from=FNE-L2 to="%s" agency=%s le_case=' % (p["det"], p["agency"][1])).p(p["le_case"], "other_id")
        ln.t(" sig=%s seal=intact" % hexs(16))
        out.append(ln)
        if R.random() < 0.4:
            ln = L("kittrack").t("ts=%s level=info app=kittrack event=lab_received kit_id=" % iso_z(CLK.tick())).p(p["kit"], "other_id")
            ln.t(" lab=OH-BCI-Bowling-Green lab_case=").p(p["lab_case"], "other_id").t(" via=trackkit-api status=RECEIVED_AT_LAB")
            out.append(ln)
    return out


def b_kit_noise():
    t = CLK.tick()
    c = R.random()
    ts = iso_z(t)
    if c < 0.3:
        s = 'ts=%s level=info app=kittrack event=inventory_received po=PO-45001%05d vendor="Tri-Tech Forensics" sku=TTF-SAK-%d lot=%s qty=%d exp=%s' % (
            ts, R.randint(0, 99999), R.choice([100, 110, 200]), R.choice(["23K0417", "24A0112", "23M0921"]), R.choice([12, 24, 48]), R.choice(["2026-01", "2026-04"]))
    elif c < 0.55:
        s = "ts=%s level=info app=kittrack event=locker_door locker=FNE-L%d state=%s badge=%s dur_s=%d" % (ts, R.randint(1, 3), R.choice(["open", "closed"]), R.choice(NURSES)[0], R.randint(3, 90))
    elif c < 0.8:
        s = "ts=%s level=info app=kittrack event=trackkit_sync pushed=%d pending=%d http=200 latency_ms=%d endpoint=https://api.trackkit.ohio.example/v1/events" % (ts, R.randint(0, 6), R.randint(0, 4), R.randint(90, 1400))
    else:
        s = "ts=%s level=warn app=kittrack event=temp_excursion locker=FNE-L2 probe=%.1fC threshold=8.0C kits_affected=0 ack_by=%s" % (ts, R.uniform(8.1, 9.4), R.choice(NURSES)[0])
    return [L("kittrack").t(s)]


def fake_b64(n):
    raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00" + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


JAVA_FRAMES = [
    "\tat org.dcm4che3.net.Association.connect(Association.java:287)",
    "\tat org.dcm4che3.net.ApplicationEntity.connect(ApplicationEntity.java:544)",
    "\tat com.vendor.medphoto.dicom.DicomBridge.store(DicomBridge.java:214)",
    "\tat com.vendor.medphoto.upload.UploadService.push(UploadService.java:131)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "\tat java.base/java.lang.Thread.run(Thread.java:833)",
]


def b_photo(p):
    out = []
    t = CLK.tick()
    n = R.randint(3, 24)
    fn_date = d_hl7(p["exam_date"])
    ln = L("medphoto").t("%s INFO  [upload-%d] c.v.medphoto.UploadService - stored SANE_" % (l4j(t), R.randint(1, 4)))
    ln.p(p["mrn"], "mrn").t("_").p(fn_date, "date").t("_%04d.jpg (%.1f MB) region=%s scale=ABFO-No2 camera=\"Canon EOS 90D\" cam_sn=0230210%05d sha256=%s" % (
        n, R.uniform(1.8, 6.2), R.choice(["L_forearm", "R_wrist", "neck_ant", "upper_arm_L", "thigh_R", "face_L_cheek"]), R.randint(0, 99999), hexs(64)))
    out.append(ln)
    c = R.random()
    if c < 0.35:
        ln = L("medphoto").t("%s DEBUG [upload-%d] c.v.medphoto.ThumbService - thumb generated 160x120 data:image/jpeg;base64," % (l4j(CLK.small()), R.randint(1, 4)))
        ln.p(fake_b64(R.randint(90, 160)), "photo")
        out.append(ln)
    elif c < 0.7:
        acc = "FNE%s%05d" % (t.strftime("%y%m%d"), R.randint(1, 400))
        ln = L("medphoto").t("%s ERROR [dicom-1] c.v.medphoto.dicom.DicomBridge - C-STORE failed accession=" % l4j(CLK.small())).p(acc, "other_id")
        ln.t(" patient=")
        if p["restricted"]:
            ln.t("DOE^JANE")
        else:
            ln.p("%s^%s" % (up(p["last"]), up(p["first"])), "name")
        ln.t(" pid=").p(p["mrn"], "mrn")
        out.append(ln)
        out.append(L("medphoto").t("java.io.IOException: Association rejected by PACS_ARCH01: calling AE title SANEPHOTO not recognized (reason 3)"))
        k = R.randint(2, 5)
        for f in JAVA_FRAMES[:k]:
            out.append(L("medphoto").t(f))
        if R.random() < 0.5:
            out.append(L("medphoto").t("Caused by: java.net.SocketTimeoutException: connect timed out (10.40.8.21:11112)"))
            out.append(L("medphoto").t("\t... %d more" % R.randint(6, 14)))
    return out


def b_photo_noise():
    t = CLK.tick()
    c = R.random()
    if c < 0.4:
        s = "%s INFO  [main] c.v.medphoto.Sync - queue drained stored=%d pending=0 elapsed=%dms heap=%dM/%dM" % (l4j(t), R.randint(1, 30), R.randint(200, 9000), R.randint(300, 900), 2048)
    elif c < 0.7:
        s = "%s WARN  [cal-0] c.v.medphoto.Calibration - colour card ABFO deltaE=%.2f > 3.0 camera=\"Canon EOS 90D\" cam_sn=0230210%05d lens=EF-S 60mm" % (l4j(t), R.uniform(3.0, 4.5), R.randint(0, 99999))
    else:
        s = "%s INFO  [main] c.v.medphoto.App - MedPhoto Forensic 7.4.2 (build 7402-b118, jdk 17.0.9) started on port 8443 in %.3f s" % (l4j(t), R.uniform(4, 12))
    return [L("medphoto").t(s)]


def b_lexml(p):
    t = CLK.tick()
    ag = p["agency"]
    ln = L("le-xml").t('<?xml version="1.0"?><LEReferral xmlns="urn:mch:fne:le:1.2" msgId="%s" sent="%s"><Agency ori="%s">%s</Agency><IncidentNumber>' % (uuid4(), iso_local(t), ag[2], xesc(ag[0])))
    ln.p(p["le_case"], "other_id").t("</IncidentNumber><Victim><Name><Last>").p(xesc(p["last"]), "name").t("</Last><First>").p(xesc(p["first"]), "name")
    ln.t("</First></Name><DOB>").p(d_iso(p["dob"]), "date").t("</DOB><Address><Street>").p(xesc(addr1(p)), "address").t("</Street><City>").p(p["city"], "address")
    ln.t("</City><State>OH</State><Zip>").p(p["zip"], "zip").t("</Zip></Address><Phone>").p(phone_fmt(p["phone"], 1), "phone").t("</Phone></Victim>")
    if R.random() < 0.4:
        ln.t('<Vehicle role="scene"><Plate state="OH">').p(p["plate"], "vehicle").t("</Plate><VIN>").p(p["vin"], "vehicle").t("</VIN></Vehicle>")
    ln.t("<ExamDate>").p(d_iso(p["exam_date"]), "date").t("</ExamDate><KitBarcode>").p(p["kit"], "other_id")
    ln.t("</KitBarcode><Officer badge=\"%s\">%s</Officer><Examiner>%s</Examiner></LEReferral>" % (p["det"].split("#")[1], xesc(p["det"].split(" #")[0]), xesc(p["nurse"][1])))
    return [ln]


def b_lexml_noise():
    t = CLK.tick()
    return [L("le-xml").t('<?xml version="1.0"?><LEAck xmlns="urn:mch:fne:le:1.2" msgId="%s" status="%s" received="%s"><Agency ori="%s"/><Detail>%s</Detail></LEAck>' % (
        uuid4(), R.choice(["ACCEPTED", "ACCEPTED", "QUEUED"]), iso_local(t), R.choice(AGENCIES)[2], "schema 1.2 validated; 0 warnings"))]


TW_IPS = ["54.172.60.3", "54.244.51.2", "34.203.250.77", "3.89.144.10"]


def b_twilio(p):
    t = CLK.tick()
    sid = "SM" + hexs(32)
    if R.random() < 0.5:
        ln = L("twilio-access").t('%s - - [%s] "POST /hooks/twilio/inbound?MessageSid=%s&From=' % (R.choice(TW_IPS), ngx(t), sid))
        ln.p(urllib.parse.quote("+1" + p["phone"], safe=""), "phone").t('&To=%%2B14195550100&NumSegments=1 HTTP/1.1" 200 62 "-" "TwilioProxy/1.1" rt=0.0%02d' % R.randint(5, 99))
    else:
        ln = L("twilio-access").t('%s - - [%s] "POST /hooks/twilio/status?MessageSid=%s&MessageStatus=%s&To=' % (R.choice(TW_IPS), ngx(t), sid, R.choice(["delivered", "sent", "undelivered"])))
        ln.p(urllib.parse.quote("+1" + p["safe_phone"], safe=""), "phone").t('&ErrorCode= HTTP/1.1" 204 0 "-" "TwilioProxy/1.1" rt=0.0%02d' % R.randint(5, 99))
    return [ln]


def b_twilio_noise():
    t = CLK.tick()
    sid = "SM" + hexs(32)
    adv = R.choice(ADVOCATES)
    s = '%s - - [%s] "POST /hooks/twilio/status?MessageSid=%s&MessageStatus=delivered&To=%s HTTP/1.1" 204 0 "-" "TwilioProxy/1.1" rt=0.0%02d' % (
        R.choice(TW_IPS), ngx(t), sid, urllib.parse.quote("+1" + adv[1].replace("-", ""), safe=""), R.randint(5, 99))
    if R.random() < 0.4:
        s = '%s - - [%s] "GET /hooks/twilio/health HTTP/1.1" 200 2 "-" "kube-probe/1.27" rt=0.001' % ("10.40.0.%d" % R.randint(2, 9), ngx(t))
    return [L("twilio-access").t(s)]


def b_sms(p):
    t = CLK.tick()
    sid = "SM" + hexs(32)
    fu = p["fu"]
    c = R.random()
    ln = L("sms-body").t("%s OUT %s to=" % (t.strftime("%Y-%m-%d %H:%M:%S"), sid))
    if c < 0.4 and p["lang"] == "es":
        ln.p("+1" + p["safe_phone"], "phone").t(' tpl=fu_reminder_es body="Hola ').p(p["first"], "name")
        ln.t(", le recordamos su cita de seguimiento en la Clínica Forense de Mercy Crossing el ").p(fu.strftime("%d/%m"), "date")
        ln.t(' a las %s. Para cambiarla llame al 419-555-0100."' % p["fu_time"])
    elif c < 0.6:
        ln.p("+1" + p["safe_phone"], "phone").t(' tpl=portal_link body="Your after-visit summary is ready: ').p("https://mychart.mercycrossing.example/r/%s" % hexs(10), "url")
        ln.t(' (link expires in 72h). Questions: 419-555-0100"')
    elif c < 0.8:
        ln = L("sms-body").t("%s IN  %s from=" % (t.strftime("%Y-%m-%d %H:%M:%S"), sid)).p("+1" + p["safe_phone"], "phone")
        rel = R.choice(["sister", "mom", "cousin", "roommate"])
        nm = R.choice(FIRST_F) + " " + R.choice(LAST)
        ln.t(' body="can my %s ' % rel).p(nm, "name").t(' come with me on the %s?"' % str(fu.day))
    else:
        ln.p("+1" + p["safe_phone"], "phone").t(' tpl=fu_reminder body="Hi ').p(p["first"], "name")
        ln.t(", reminder: follow-up visit at Mercy Crossing Forensic Clinic on ").p(fu.strftime("%b ") + str(fu.day), "date")
        ln.t(' at %s. Reply STOP to opt out. Call 419-555-0100 with questions."' % p["fu_time"])
    return [ln]


def b_sms_noise():
    t = CLK.tick()
    adv = R.choice(ADVOCATES)
    s = '%s OUT %s to=+1%s tpl=advocate_callout body="FNE callout: advocate requested ED FNE room %d, ETA please. Reply Y to accept. -MCH FNE 419-555-0100"' % (
        t.strftime("%Y-%m-%d %H:%M:%S"), "SM" + hexs(32), adv[1].replace("-", ""), R.randint(1, 4))
    if R.random() < 0.3:
        s = '%s IN  %s from=+1%s body="Y - %s, 25 min out"' % (t.strftime("%Y-%m-%d %H:%M:%S"), "SM" + hexs(32), adv[1].replace("-", ""), adv[0].split()[0])
    return [L("sms-body").t(s)]


SCHED_HDR_DONE = [False]


def b_sched(p):
    out = []
    t = CLK.tick()
    if not SCHED_HDR_DONE[0]:
        out.append(L("sched-csv").t("appt_id,mrn,patient_name,dob,appt_dt,appt_tm,dept,provider,visit_type,contact_phone,ok_vm,status,exported_at"))
        SCHED_HDR_DONE[0] = True
    prov = R.choice(PROVIDERS)
    ln = L("sched-csv").t("FU-%s-%04d," % (p["fu"].strftime("%y%m%d"), R.randint(1, 9999))).p(p["mrn"], "mrn").t(',"').p(fullname(p, "lf"), "name").t('",')
    ln.p(d_us(p["dob"]), "date").t(",").p(d_us(p["fu"]), "date").t(",%s,FNE CLINIC 2W,%s (%s),%s," % (p["fu_time"], prov[0], prov[1], R.choice(["2WK F/U PEP", "2WK F/U", "6WK STI/HIV", "PHOTO RECHECK", "3MO HIV"])))
    ln.p(phone_fmt(p["safe_phone"], 1), "phone").t(",%s,%s,%s" % (R.choice("YN"), R.choice(["BOOKED", "BOOKED", "CONFIRMED", "CANCELLED", "NO SHOW"]), t.strftime("%Y-%m-%dT%H:%M:%S")))
    out.append(ln)
    return out


def b_x12(p):
    t = CLK.tick()
    ctl = R.randint(1000, 9999)
    out = []
    X = lambda: L("x12-837")
    out.append(X().t("ISA*00*          *00*          *ZZ*MCHTOLEDO      *ZZ*OHAGCVC        *%s*%s*^*00501*00000%d*0*P*:~" % (t.strftime("%y%m%d"), t.strftime("%H%M"), ctl)))
    out.append(X().t("GS*HC*MCHTOLEDO*OHAGCVC*%s*%s*%d*X*005010X222A1~" % (t.strftime("%Y%m%d"), t.strftime("%H%M"), ctl)))
    out.append(X().t("ST*837*0001*005010X222A1~"))
    out.append(X().t("BHT*0019*00*CVC%s-%02d*%s*%s*CH~" % (t.strftime("%y%m%d"), R.randint(1, 40), t.strftime("%Y%m%d"), t.strftime("%H%M"))))
    out.append(X().t("NM1*41*2*MERCY CROSSING HOSPITAL*****46*MCH0098~"))
    out.append(X().t("PER*IC*FNE BILLING*TE*4195550140*FX*4195550149~"))
    out.append(X().t("NM1*40*2*OHIO AG CRIME VICTIMS COMP*****46*OHAGCVC~"))
    out.append(X().t("HL*1**20*1~"))
    out.append(X().t("NM1*85*2*MERCY CROSSING HOSPITAL*****XX*%s~" % ORG_NPI))
    out.append(X().t("N3*2200 WELLMONT PKWY~"))
    out.append(X().t("N4*TOLEDO*OH*436062210~"))
    out.append(X().t("REF*EI*34%07d~" % R.randint(0, 9999999)))
    out.append(X().t("HL*2*1*22*0~"))
    out.append(X().t("SBR*P*18*******OF~"))
    out.append(X().t("NM1*IL*1*").p(up(p["last"]), "name").t("*").p(up(p["first"]), "name").t("****MI*").p(p["cvc"], "account").t("~"))
    ad = X().t("N3*").p(up(p["street"]), "address")
    if p["apt"]:
        ad.t("*").p(up(p["apt"]), "address")
    out.append(ad.t("~"))
    out.append(X().t("N4*").p(up(p["city"]), "address").t("*OH*").p(p["zip"], "zip").t("~"))
    out.append(X().t("DMG*D8*").p(d_hl7(p["dob"]), "date").t("*%s~" % p["sex"]))
    out.append(X().t("NM1*PR*2*OHIO AG CRIME VICTIMS COMP*****PI*OHCVC~"))
    amt = R.choice([650, 1450, 1875, 2210])
    out.append(X().t("CLM*").p(p["har"], "account").t("*%d.00***13:A:1*Y*A*Y*Y~" % amt))
    out.append(X().t("DTP*439*D8*").p(d_hl7(p["incident"]), "date").t("~"))
    out.append(X().t("REF*EA*").p(p["mrn"], "mrn").t("~"))
    out.append(X().t("HI*ABK:T7421XA*ABF:Z0441*ABF:Z2089~"))
    out.append(X().t("LX*1~"))
    out.append(X().t("SV1*HC:99285:25*%d.00*UN*1***1~" % (amt - 400)))
    out.append(X().t("DTP*472*D8*").p(d_hl7(p["exam_date"]), "date").t("~"))
    out.append(X().t("LX*2~"))
    out.append(X().t("SV1*HC:G0480*400.00*UN*1***1~"))
    n = len(out) - 2 + 1
    out.append(X().t("SE*%d*0001~" % n))
    out.append(X().t("GE*1*%d~" % ctl))
    out.append(X().t("IEA*1*00000%d~" % ctl))
    return out


CVC_HDR = [False]


def b_cvc(p):
    out = []
    CLK.tick()
    if not CVC_HDR[0]:
        out.append(L("cvc-pipe").t("REC|CLAIM_NO|LAST|FIRST|MI|DOB|SSN|ADDR1|CITY|ST|ZIP|PHONE|FAX|CRIME_CD|CRIME_DT|AGENCY|RPT_NO|STATUS|AMT_REQ"))
        CVC_HDR[0] = True
    ln = L("cvc-pipe").t("CVC|").p(p["cvc"], "account").t("|").p(up(p["last"]), "name").t("|").p(up(p["first"]), "name").t("|%s|" % (p["mid"][:1]))
    ln.p(d_iso(p["dob"]), "date").t("|")
    r = R.random()
    if r < 0.15:
        ln.t("999-99-9999")
    elif r < 0.3:
        ln.t("")
    else:
        ln.p(p["ssn"], "ssn")
    ln.t("|")
    if p["restricted"] or R.random() < 0.15:
        ln.t("ACP PO BOX 16147|COLUMBUS|OH|43216|")
    else:
        ln.p(up(addr1(p)), "address").t("|").p(up(p["city"]), "address").t("|OH|").p(p["zip"], "zip").t("|")
    ln.p(p["phone"], "phone").t("|")
    if R.random() < 0.25:
        ln.p(tel(), "fax")
    ln.t("|SAE|").p(d_iso(p["incident"]), "date").t("|%s|" % p["agency"][1])
    if p["restricted"]:
        ln.t("ANON")
    else:
        ln.p(p["le_case"], "other_id")
    ln.t("|%s|%d.00" % (R.choice(["PENDING", "RECEIVED", "PAID", "DENIED-INFO"]), R.choice([650, 1450, 1875])))
    out.append(ln)
    return out


def b_efile(p):
    t = CLK.tick()
    out = []
    d = {"@t": iso_z(t), "@mt": "Petition {EnvelopeId} submitted to {Court}", "@l": "Information",
         "EnvelopeId": "EFL-%07d" % R.randint(10 ** 6, 10 ** 7 - 1), "Court": "Lakeshore County Domestic Relations Court",
         "CaseType": R.choice(["CPO-DV", "SSOO", "CPO-DV"]),
         "Petitioner": {"Name": P(p["first"] + " " + p["last"], "name"), "DOB": P(d_iso(p["dob"]), "date")},
         "Respondent": {"Name": P(p["resp_first"] + " " + p["resp_last"], "name"), "Relationship": p["resp_rel"],
                        "DOB": P(d_iso(p["resp_dob"]), "date")},
         "FiledBy": "%s (FNE advocate liaison)" % p["adv"][0], "SourceContext": "Mch.Fne.CourtLink.EFileClient"}
    if p["restricted"] or R.random() < 0.4:
        d["Petitioner"]["Address"] = "ACP PO Box 16147, Columbus OH 43216"
        d["Petitioner"]["AcpNumber"] = P(p["acp"], "other_id")
    else:
        d["Petitioner"]["Address"] = S((addr1(p) + ", " + p["city"], "address"), " OH ", (p["zip"], "zip"))
    if p["instagram"]:
        d["Exhibits"] = [{"Type": "screenshot", "Desc": S("messages received on ", (p["instagram"], "url"))}]
    out.append(jdump(L("efile-json"), d, asc=True))
    if R.random() < 0.6:
        d2 = {"@t": iso_z(CLK.tick(120)), "@mt": "Filing {EnvelopeId} accepted; case {CaseNumber}, ex parte hearing {Hearing}",
              "EnvelopeId": d["EnvelopeId"], "CaseNumber": P(p["po_case"], "other_id"),
              "Hearing": P(d_iso(CLK.now.date() + dt.timedelta(days=R.choice([7, 8, 9, 10]))) + "T%s:00" % R.choice(["09:00", "09:30", "13:30"]), "date"), "Judge": "Magistrate Ellen Ruiz", "FeeWaived": True,
              "SourceContext": "Mch.Fne.CourtLink.EFileClient"}
        out.append(jdump(L("efile-json"), d2, asc=True))
    return out


def b_efile_noise():
    t = CLK.tick()
    d = {"@t": iso_z(t), "@mt": "Envelope {EnvelopeId} status {Status}", "EnvelopeId": "EFL-%07d" % R.randint(10 ** 6, 10 ** 7 - 1),
         "Status": R.choice(["Submitted", "UnderReview", "Accepted", "Served"]), "ElapsedMs": R.randint(80, 3000),
         "SourceContext": "Mch.Fne.CourtLink.EFileClient"}
    if R.random() < 0.3:
        d = {"@t": iso_z(t), "@mt": "Token refreshed for {Client}", "@l": "Debug", "Client": "courtlink-fne", "ExpiresIn": 3600,
             "SourceContext": "Mch.Fne.CourtLink.Auth"}
    return [jdump(L("efile-json"), d, asc=True)]


UA = ['"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0"',
      '"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1"',
      '"Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36"']


def b_nginx(p):
    t = CLK.tick()
    out = []
    if R.random() < 0.55:
        nu = p["nurse"][0]
        ln = L("nginx").t('10.40.12.%d - %s [%s] "GET /api/v2/exams/' % (R.randint(20, 60), nu, ngx(t))).p(p["exam_id"], "other_id")
        ln.t("/%s HTTP/1.1\" 200 %d \"https://sanedoc.mch.local/exams/" % (R.choice(["bodymap", "photos", "kit", "summary"]), R.randint(300, 90000))).p(p["exam_id"], "other_id")
        ln.t('" %s %.3f' % (UA[0], R.uniform(0.005, 0.4)))
    else:
        ln = L("nginx").p(p["ip"], "ip").t(' - - [%s] "GET /mychart/forensic/aftercare?pt=' % ngx(t)).p(p["mrn"], "mrn")
        ln.t('&lang=%s HTTP/2.0" 200 %d "-" %s %.3f' % (p["lang"], R.randint(3000, 40000), R.choice(UA[1:]), R.uniform(0.02, 0.6)))
    out.append(ln)
    return out


def b_nginx_noise():
    t = CLK.tick()
    c = R.random()
    if c < 0.4:
        s = '10.40.0.%d - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.27" 0.001' % (R.randint(2, 9), ngx(t))
    elif c < 0.7:
        s = '10.40.12.%d - %s [%s] "GET /static/js/main.%s.js HTTP/1.1" 304 0 "https://sanedoc.mch.local/" %s 0.002' % (R.randint(20, 60), R.choice(NURSES)[0], ngx(t), hexs(8), UA[0])
    else:
        s = '10.40.12.%d - %s [%s] "POST /api/v2/lookup/icd10?q=T74.21 HTTP/1.1" 200 %d "https://sanedoc.mch.local/exams/new" %s 0.0%02d' % (
            R.randint(20, 60), R.choice(NURSES)[0], ngx(t), R.randint(400, 2000), UA[0], R.randint(10, 99))
    return [L("nginx").t(s)]


def b_fhir(p):
    CLK.tick()
    prov = R.choice(PROVIDERS)
    if R.random() < 0.6:
        d = {"resourceType": "Appointment", "id": "fu-%d" % R.randint(1000, 99999), "meta": {"versionId": str(R.randint(1, 4)), "lastUpdated": iso_local(CLK.now)},
             "status": R.choice(["booked", "booked", "cancelled", "noshow"]),
             "serviceType": [{"coding": [{"system": "urn:mch:svc", "code": "FNE-FU"}], "text": "Forensic follow-up"}],
             "start": P("%sT%s:00-04:00" % (d_iso(p["fu"]), p["fu_time"]), "date"), "minutesDuration": 30,
             "participant": [{"actor": {"reference": S("Patient/", (p["fhir"], "mrn")), "display": P(p["first"] + " " + p["last"], "name")}, "status": "accepted"},
                             {"actor": {"reference": "Practitioner/%s" % prov[2], "display": "%s %s" % (prov[0], prov[1])}, "status": "accepted"}]}
    else:
        d = {"resourceType": "Patient", "id": P(p["fhir"], "mrn"),
             "identifier": [{"system": "urn:oid:1.2.840.114350.1.13.412.2.7.5.737384.14", "value": P(p["mrn"], "mrn")}],
             "name": [{"family": P(p["last"], "name"), "given": [P(p["first"], "name")]}],
             "telecom": [{"system": "phone", "value": P(phone_fmt(p["phone"], 1), "phone"), "use": "mobile"}],
             "gender": "male" if p["sex"] == "M" else "female", "birthDate": P(d_iso(p["dob"]), "date"),
             "address": [{"line": [P(addr1(p), "address")], "city": P(p["city"], "address"), "state": "OH", "postalCode": P(p["zip"], "zip")}]}
        if p["age"] > 89 or R.random() < 0.3:
            d["identifier"].append({"system": "http://hl7.org/fhir/sid/us-mbi" if p["age"] > 64 else "urn:oid:2.16.840.1.113883.4.3.39",
                                    "value": P(p["mbi"] if p["age"] > 64 else p["medicaid"], "health_plan")})
    return [jdump(L("fhir"), d)]


def b_pg(p):
    t = CLK.tick()
    head = "%s.%03d EDT [%d] sanedoc_app@sanedoc LOG:  AUDIT: SESSION,%d,1," % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, R.randint(20000, 29999), R.randint(1000, 9999))
    ln = L("pgaudit").t(head)
    c = R.random()
    if c < 0.4:
        ln.t("READ,SELECT,,,\"SELECT exam_id, incident_dt, status FROM fne.exam WHERE mrn = '").p(p["mrn"], "mrn").t("' AND status <> 'VOID'\",<not logged>")
    elif c < 0.7:
        ln.t("WRITE,UPDATE,,,\"UPDATE fne.kit_custody SET status = 'IN_LE_CUSTODY', holder = 'LE:%s' WHERE kit_id = '" % p["agency"][1]).p(p["kit"], "other_id").t("'\",<not logged>")
    else:
        ln.t("WRITE,INSERT,,,\"INSERT INTO fne.safe_contact (exam_id, contact_name, phone, relationship) VALUES ('").p(p["exam_id"], "other_id").t("', '")
        ln.p((p["ec_first"] + " " + p["ec_last"]).replace("'", "''"), "name").t("', '").p(p["ec_phone"], "phone").t("', '%s')\",<not logged>" % p["ec_rel"][1].lower())
    return [ln]


def b_pg_noise():
    t = CLK.tick()
    pre = "%s.%03d EDT [%d] " % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, R.randint(1000, 29999))
    c = R.random()
    if c < 0.3:
        w = R.uniform(1, 30)
        s = pre + "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=0.0%02d s, total=%.3f s" % (
            R.randint(100, 5000), R.uniform(0.1, 3), R.randint(0, 3), w, R.randint(1, 99), w + R.uniform(0.1, 0.4))
    elif c < 0.6:
        s = pre + "sanedoc_app@sanedoc LOG:  duration: %.3f ms  execute <unnamed>: SELECT count(*) FROM fne.kit_custody WHERE status = $1" % R.uniform(200, 4000)
    elif c < 0.8:
        s = pre + "LOG:  automatic vacuum of table \"sanedoc.fne.audit_event\": index scans: 1, pages: 0 removed, %d remain, tuples: %d removed" % (R.randint(10000, 90000), R.randint(100, 9000))
    else:
        s = pre + "reporting@sanedoc FATAL:  password authentication failed for user \"reporting\""
    return [L("pgaudit").t(s)]


def b_note(p):
    t = CLK.tick()
    nu = p["nurse"]
    n2 = R.choice([x for x in NURSES if x != nu])
    if p["lang"] == "es" and R.random() < 0.6:
        ln = L("nurse-note").t("[INTERP %s] Intérprete Paula Ibarra (LanguageLine ID 40112) presente para paciente " % t.strftime("%Y-%m-%d %H:%M"))
        ln.p(p["first"] + " " + p["last"], "name").t(", MRN ").p(p["mrn"], "mrn").t("; fecha de nacimiento ").p(p["dob"].strftime("%d/%m/%Y"), "date")
        ln.t(". Consentimiento explicado en español; paciente firma formulario de evidencia. Examinadora: %s." % nu[1])
        return [ln]
    ln = L("nurse-note").t("[HANDOFF %s] %s -> %s: Pt " % (t.strftime("%Y-%m-%d %H:%M"), nu[1].split(",")[0], n2[1].split(",")[0]))
    if p["restricted"]:
        ln.t("(restricted report, Jane Doe) ")
    else:
        ln.p(p["first"] + " " + p["last"], "name").t(" ")
    ln.t("(MRN ").p(p["mrn"], "mrn").t("), ")
    if p["age"] > 89:
        ln.p(str(p["age"]), "age").t("%s" % p["sex"])
    else:
        ln.t("%d%s" % (p["age"], p["sex"]))
    ln.t(", exam ").p(p["exam_id"], "other_id").t(" complete, kit ").p(p["kit"], "other_id").t(" sealed in L2")
    if not p["restricted"]:
        ln.t(" awaiting %s pickup (%s)" % (p["agency"][1], p["det"]))
    ln.t("; PEP started, f/u ").p("%d/%d" % (p["fu"].month, p["fu"].day), "date").t(". Advocate %s at bedside. Safe # " % p["adv"][0]).p(phone_fmt(p["safe_phone"], 1), "phone")
    ln.t(" (%s, " % p["ec_rel"][1].lower()).p(p["ec_first"], "name").t(").")
    return [ln]


def b_fax(p):
    t = CLK.tick()
    if R.random() < 0.6:
        ln = L("rightfax").t("%s RFSVC OUT Job=%07d Status=Sent To=14195558800 (Lakeshore Co Prosecutor - SAKI Unit) Pages=%d Dur=00:0%d:%02d CSID=\"MCH FNE\" Subject=\"Records req " % (
            t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(10 ** 5, 10 ** 6), R.randint(4, 30), R.randint(1, 8), R.randint(0, 59)))
        ln.p(p["le_case"], "other_id").t(" / ").p(p["last"], "name").t('"')
    else:
        ln = L("rightfax").t("%s RFSVC IN  Job=%07d Status=Received From=" % (t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(10 ** 5, 10 ** 6)))
        ln.p("1" + tel(), "fax").t(' CSID="HOME" Pages=%d Route=FNE-Billing Note="CVC claim attachments ' % R.randint(1, 5)).p(p["cvc"], "account").t('"')
    return [ln]


def b_fax_noise():
    t = CLK.tick()
    s = "%s RFSVC %s" % (t.strftime("%Y-%m-%d %H:%M:%S"), R.choice([
        "OUT Job=%07d Status=Failed To=14195550390 (Harbor Light RCC) Err=NoAnswer Retries=3" % R.randint(10 ** 5, 10 ** 6),
        "Board 2 line 4 reset; channels idle=7 busy=1",
        "OUT Job=%07d Status=Sent To=16144665610 (Ohio AG CVC Section) Pages=2 Subject=\"Batch cover sheet %d\"" % (R.randint(10 ** 5, 10 ** 6), R.randint(4000, 4999))]))
    return [L("rightfax").t(s)]


def b_billing(p):
    t = CLK.tick()
    out = []
    c = R.random()
    if c < 0.45:
        ln = L("billing-py").t("%s INFO cvc_worker.submit: claim " % l4j(t)).p(p["cvc"], "account")
        ln.t(" batch=%d status=queued amount=%d.00 svc_dt=" % (R.randint(4400, 4499), R.choice([650, 1450]))).p(d_iso(p["exam_date"]), "date")
        out.append(ln)
    elif c < 0.75:
        pre = R.choice(["4", "51", "37"])
        pan = card(pre, 15 if pre == "37" else 16)
        nm = p["first"] + " " + p["last"]
        ln = L("billing-py").t("%s DEBUG paygw.client: POST /v1/charges payload={'amount': %d, 'currency': 'usd', 'card': '" % (l4j(t), R.choice([2500, 4000, 1500])))
        ln.p(pan, "account").t("', 'exp': '%02d/%d', 'name': '" % (R.randint(1, 12), R.randint(25, 29))).p(nm.replace("'", "\\'"), "name").t("', 'acct': '").p(p["har"], "account").t("'}")
        out.append(ln)
        out.append(L("billing-py").t("%s INFO paygw.client: charge ch_%s approved last4=%s auth=%06d" % (l4j(CLK.small()), hexs(24), pan[-4:], R.randint(0, 999999))))
    else:
        out.append(L("billing-py").t("%s ERROR cvc_worker.submit: failed to build 837 for claim " % l4j(t)).p(p["cvc"], "account"))
        out.append(L("billing-py").t("Traceback (most recent call last):"))
        out.append(L("billing-py").t('  File "/opt/cvc/worker/submit.py", line 212, in build_837'))
        out.append(L("billing-py").t('    dmg = fmt_dob(pt["dob"])'))
        out.append(L("billing-py").t('  File "/opt/cvc/worker/util.py", line 48, in fmt_dob'))
        out.append(L("billing-py").t('    return datetime.strptime(s, "%Y-%m-%d").strftime("%Y%m%d")'))
        out.append(L("billing-py").t('  File "/usr/lib/python3.11/_strptime.py", line 568, in _strptime_datetime'))
        out.append(L("billing-py").t("    tt, fraction, gmtoff_fraction = _strptime(data_string, format)"))
        out.append(L("billing-py").t("ValueError: time data '").p(d_us(p["dob"]), "date").t("' does not match format '%Y-%m-%d'"))
    return out


def b_billing_noise():
    t = CLK.tick()
    s = R.choice([
        "%s INFO cvc_worker.batch: batch %d closed claims=%d total=%.2f file=MCH_CVC_%s_%d.x12 sha1=%s" % (l4j(t), R.randint(4400, 4499), R.randint(1, 9), R.uniform(600, 14000), t.strftime("%Y%m%d"), R.randint(1, 9), hexs(40)),
        "%s INFO cvc_worker.sftp: put /outbound/MCH_CVC_%s.x12 -> sftp.cvc.ohioattorneygeneral.example:22 (%d bytes, %.2fs)" % (l4j(t), t.strftime("%Y%m%d"), R.randint(3000, 40000), R.uniform(0.3, 3)),
        "%s WARNING cvc_worker.999: 999 ack AK9*P*%d*%d*%d~ for GS %d" % (l4j(t), 3, 3, 3, R.randint(1000, 9999)),
        "%s INFO celery.worker: Task cvc_worker.poll_remits[%s] succeeded in %.3fs: 0" % (l4j(t), uuid4(), R.uniform(0.1, 5)),
    ])
    return [L("billing-py").t(s)]


def b_syslog_noise():
    t = CLK.tick()
    c = R.random()
    if c < 0.3:
        s = "%s fne-mon01 helmer-agent[1422]: i.Series HLR120 SN 2203-04417 probe1=%.1fC probe2=%.1fC door=closed alarm=none" % (sysl(t), R.uniform(3.2, 5.0), R.uniform(3.2, 5.0))
    elif c < 0.45:
        s = "%s sanedoc-db01 CRON[%d]: (postgres) CMD (/usr/local/bin/pg_backup.sh --target s3://mch-fne-backups/daily)" % (sysl(t), R.randint(90000, 99999))
    elif c < 0.6:
        s = "%s sanedoc-db01 pg_backup[%d]: backup complete size=%.1fGiB dur=00:%02d:%02d sha256=%s" % (sysl(t), R.randint(90000, 99999), R.uniform(15, 20), R.randint(20, 50), R.randint(0, 59), hexs(64))
    elif c < 0.8:
        s = "%s fw01 kernel: [%d.%06d] FW-ALLOW IN=vlan40 OUT=wan0 SRC=10.40.12.%d DST=%s LEN=%d PROTO=TCP SPT=%d DPT=443" % (
            sysl(t), R.randint(100000, 999999), R.randint(0, 999999), R.randint(20, 60), R.choice(["52.0.14.117", "20.42.65.92", "13.107.42.14", "104.18.32.47"]), R.randint(52, 1500), R.randint(32768, 60999))
    else:
        s = "%s sanedoc-app0%d systemd[1]: Started sanedoc-api.service - SANEdoc API v4.12.3 (build 2024.03.07-1187)." % (sysl(t), R.randint(1, 2))
    return [L("syslog").t(s)]


def b_ad_noise():
    t = CLK.tick()
    nu = R.choice(NURSES)
    if R.random() < 0.8:
        s = 'EventTime="%s" Hostname="MCH-DC02.mch.local" EventID=4624 TargetUserName="%s" TargetDomainName="MCH" LogonType=3 IpAddress="10.40.12.%d" WorkstationName="FNE-WS-0%d" AuthenticationPackageName="Kerberos" LogonGuid="{%s}"' % (
            t.strftime("%Y-%m-%d %H:%M:%S"), nu[0], R.randint(20, 60), R.randint(1, 6), uuid4().upper())
    else:
        s = 'EventTime="%s" Hostname="MCH-DC02.mch.local" EventID=4625 TargetUserName="%s" TargetDomainName="MCH" Status="0xC000006D" SubStatus="0xC000006A" IpAddress="10.40.12.%d" WorkstationName="FNE-WS-0%d"' % (
            t.strftime("%Y-%m-%d %H:%M:%S"), nu[0], R.randint(20, 60), R.randint(1, 6))
    return [L("ad-auth").t(s)]


def b_pager(p):
    t = CLK.tick()
    nu = R.choice(NURSES)
    ln = L("pager-fixed").t("%s PAGE  SANE-ONCALL  %-16s %-10s ED RM %02d FNE EXAM REQ PT " % (hl7ts(t), nu[1].upper().replace(",", "")[:16], "419555%04d" % R.randint(300, 399), R.randint(1, 40)))
    if p["age"] > 89:
        ln.p(str(p["age"]), "age").t("%s ELDER PROTOCOL   " % p["sex"])
    else:
        ln.t("%-2d%s %-17s" % (p["age"], p["sex"], "PEDS SANE-P" if p["age"] < 18 else "ADULT"))
    ln.t("ACK 00:%02d:%02d" % (R.randint(0, 9), R.randint(0, 59)))
    return [ln]


def b_pager_noise():
    t = CLK.tick()
    nu = R.choice(NURSES)
    s = "%s SHIFT SANE-ONCALL  %-16s %-10s ON  0700-1900 BACKUP %-16s" % (hl7ts(t), nu[1].upper().replace(",", "")[:16], "419555%04d" % R.randint(300, 399), R.choice(NURSES)[1].upper().replace(",", "")[:16])
    return [L("pager-fixed").t(s)]


PHI_BLOCKS = [(b_hl7, 5), (b_sanedoc, 14), (b_kit, 9), (b_photo, 8), (b_lexml, 4), (b_twilio, 6), (b_sms, 8),
              (b_sched, 6), (b_x12, 1.3), (b_cvc, 5), (b_efile, 4), (b_nginx, 9), (b_fhir, 6), (b_pg, 7), (b_note, 6),
              (b_fax, 4), (b_billing, 5), (b_pager, 3)]
NOISE_BLOCKS = [(b_sanedoc_noise, 12), (b_kit_noise, 8), (b_photo_noise, 5), (b_lexml_noise, 2), (b_twilio_noise, 5),
                (b_sms_noise, 4), (b_efile_noise, 4), (b_nginx_noise, 12), (b_pg_noise, 6), (b_fax_noise, 3),
                (b_billing_noise, 6), (b_syslog_noise, 12), (b_ad_noise, 8), (b_pager_noise, 3)]


def pick(blocks):
    tot = sum(w for _, w in blocks)
    x = R.uniform(0, tot)
    for f, w in blocks:
        x -= w
        if x <= 0:
            return f
    return blocks[-1][0]


RECENT = [p for p in PTS if (EXAM_DAY - p["exam_date"]).days <= 1]
RECENT_BLOCKS = (b_hl7, b_note, b_pager, b_lexml)


def main():
    lines = []
    used_x12 = 0
    while len(lines) < NLINES:
        if R.random() < 0.55:
            f = pick(PHI_BLOCKS)
            if f is b_x12:
                if used_x12 >= 2:
                    continue
                used_x12 += 1
            blk = f(R.choice(RECENT if f in RECENT_BLOCKS else PTS))
        else:
            blk = pick(NOISE_BLOCKS)()
        if len(lines) + len(blk) > NLINES:
            continue
        lines.extend(blk)
    # verify and write
    with open(ID + ".log", "wb") as fl, open(ID + ".labels.jsonl", "w", encoding="utf-8") as fj:
        for i, ln in enumerate(lines, 1):
            b = bytes(ln.b)
            if not b or b"\n" in b or b"\r" in b:
                sys.exit("bad line %d" % i)
            b.decode("utf-8")
            prev = 0
            spans = []
            for s, e, cat, val in sorted(ln.sp):
                if not (0 <= s < e <= len(b)):
                    sys.exit("span out of range line %d" % i)
                if s < prev:
                    sys.exit("overlap line %d" % i)
                if b[s:e].decode("utf-8") != val:
                    sys.exit("span mismatch line %d: %r vs %r" % (i, b[s:e], val))
                prev = e
                spans.append({"s": s, "e": e, "cat": cat})
            fl.write(b + b"\n")
            fj.write(json.dumps({"line": i, "family": ln.fam, "spans": spans}, ensure_ascii=False) + "\n")
    n_phi = sum(1 for ln in lines if ln.sp)
    print("lines=%d with_phi=%d no_phi_share=%.3f" % (len(lines), n_phi, 1 - n_phi / len(lines)), file=sys.stderr)


if __name__ == "__main__":
    main()
