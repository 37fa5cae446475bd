#!/usr/bin/env python3
"""gen_oq.py - synthetic labeled log corpus "oq".

Organisation: Lakeshore Ridge Specialty Hospital (LRSH), a fictional long-term
acute care hospital (LTACH) in Toledo, OH, with a ventilator-weaning unit (2W),
a high-flow / step-down unit (3E) and a wound programme (3W).  All people,
numbers and addresses are invented.  Standard library only, fixed seed:
two runs write byte-identical oq.log and oq.labels.jsonl.

Systems simulated (family names in the labels file)
  hl7_capsule      Capsule-like device integration gateway, HL7 v2.6 ORU^R01 of
                   ventilator settings (MSH/PID/PV1/OBR/OBX one segment a line)
  hl7_philips      Philips-IntelliBridge-like ORU^R01 (HFNC / monitor, MDC codes)
  device_syslog    RFC 5424 syslog of the device gateways: alarms, heartbeats,
                   plus the admissions palm-vein (PatientSecure-like) bridge
  nlog_rtdoc       RT documentation app (C#/.NET, NLog pipe layout) incl. .NET
                   stack traces; nlog_json = the same app's NLog JsonLayout target
  weaning_csv      weaning-trial flowsheet CSV export (header + rows)
  wound_json       wound photography service (Spring/logback JSON) uploads with
                   EXIF and tissue measurements
  exifscrub        home-grown EXIF scrubber key=value lines
  logcat_woundsnap Kotlin Android app "WoundSnap" logcat (incl. Kotlin traces)
  fax_ocr          referral fax OCR worker (log4j-style, OCR text in quotes)
  careport_json    Careport-like referral events (JSON)
  email_intake     referral e-mails (RFC 822 headers and body lines)
  ltch_xml         CMS LTCH CARE Data Set submission XML (one element a line)
  iqies_report     iQIES-like final validation report rows
  powershell       PowerShell script logs / transcripts (fax sweep, CARE export)
  win_taskevt      Windows Task Scheduler operational events (text export)
  omnicell         pharmacy automated dispensing cabinet transaction rows (pipe)
  famvisit         family video-visit scheduler (logfmt)
  sms_gateway      outbound SMS to family (key=value with body)
  diet_order       dietitian tube-feeding order feed (pipe, home-grown keys)
  tomcat_access    Tomcat access log valve (combined + %D)
  mysql_slow/mysql_err  MySQL 8 slow-query log and error log

Labeling decisions (grey cases)
  * LTCH CARE A0500B (middle initial alone) is labeled `name`, as are the
    separate first / last name elements (one span each).
  * Staff (RTs, RNs, dietitians, physicians with NPIs, acute-hospital case
    managers sending referrals, IT accounts) are never PHI.  Patients and their
    relatives / HCPOA / emergency contacts are.
  * A first name alone of a patient or relative (SMS greeting, "Walter") is a
    `name` span.  HL7 XPN "LAST^FIRST^M" is one name span.  HL7 XAD: street and
    city are separate `address` spans, state not labeled, ZIP its own span.
  * Dates: the time a log line was written (syslog header, NLog longdate,
    MSH-7, export_ts, X-header Date) is NOT PHI.  Clinical dates inside a
    patient record ARE `date`: DOB, admission/discharge, referral dates, OBR-7
    and OBX-14 observation times, trial dates, photo DateTimeOriginal, visit
    appointment dates.  A full date-time is one span; a time of day alone is
    not labeled.  Ages are labeled only when > 89.
  * Devices: ventilator / HFNC / feeding-pump serials are hospital equipment;
    they are labeled `device` only where the record binds them to a patient
    (ORU with a PID, alarm carrying a patient, order naming the pump).  The same
    serial in heartbeats / unassociated messages is not labeled.  Patient-owned
    or implanted device serials (home BiPAP, ICD) are always `device`.
  * Encounter / FIN numbers are `account`; LRSH MRN, acute-hospital MRNs and
    the wristband barcode (which embeds the MRN) are `mrn`.
  * Careport referral IDs and fax referral case numbers are `other_id`.
    Software transaction IDs (HL7 control IDs, upload IDs, visit IDs, order IDs,
    iQIES submission / assessment IDs, trace IDs) are NOT PHI.
  * Family video-visit join links carry the patient / contact token: the whole
    URL is one `url` span.  Public client IPs of family members are `ip`;
    internal 10.x workstation / server IPs are not.
  * Wound photographs are not face images and are not labeled; the base64
    thumbnail of the patient ID (face) photo is `photo`.  EXIF GPS of the
    facility and camera/tablet serials (hospital devices) are not PHI.
  * Palm-vein template digests are `biometric`.  Visitor parking plates of
    relatives are `vehicle`; driver's licence numbers on face sheets `license`.
  * MBI, Medicare/Medicaid and commercial member IDs are `health_plan`.
  * Bed / room / unit, facility CCN and NPI, vendor lots, NDCs: not PHI.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import sys
import unicodedata

R = random.Random(20241119)
N_LINES = 500


# ----------------------------------------------------------------- spans ---
class P:
    """A PHI value placed in a line."""
    __slots__ = ("cat", "v")

    def __init__(self, cat, v):
        self.cat = cat
        self.v = str(v)


class PN(P):
    """numeric PHI in JSON (unquoted)."""


def flat(parts):
    for p in parts:
        if isinstance(p, (list, tuple)):
            yield from flat(p)
        else:
            yield p


def build(parts):
    buf = bytearray()
    spans = []
    for p in flat(parts):
        if isinstance(p, P):
            b = p.v.encode("utf-8")
            s = len(buf)
            buf += b
            spans.append({"s": s, "e": len(buf), "cat": p.cat, "_v": p.v})
        else:
            buf += str(p).encode("utf-8")
    return bytes(buf), spans


def jdump(s, ascii_=False):
    return json.dumps(s, ensure_ascii=ascii_)


def J(obj, ascii_=False, sep=(",", ":")):
    out = []

    def walk(o):
        if isinstance(o, PN):
            out.append(P(o.cat, o.v))
        elif isinstance(o, P):
            out.append('"')
            out.append(P(o.cat, jdump(o.v, ascii_)[1:-1]))
            out.append('"')
        elif isinstance(o, dict):
            out.append("{")
            for i, (k, v) in enumerate(o.items()):
                if i:
                    out.append(sep[0])
                out.append(jdump(k, ascii_) + sep[1])
                walk(v)
            out.append("}")
        elif isinstance(o, list):
            out.append("[")
            for i, v in enumerate(o):
                if i:
                    out.append(sep[0])
                walk(v)
            out.append("]")
        elif isinstance(o, str):
            out.append(jdump(o, ascii_))
        else:
            out.append(json.dumps(o))
    walk(obj)
    return out


def KV(items, sep=" ", eq="=", force=False):
    out = []
    for i, (k, v) in enumerate(items):
        if i:
            out.append(sep)
        out.append(f"{k}{eq}")
        raw = v.v if isinstance(v, P) else str(v)
        need = force or raw == "" or any(c in raw for c in ' "=')
        val = raw.replace('"', '\\"') if need else raw
        if need:
            out.append('"')
        out.append(P(v.cat, val) if isinstance(v, P) else val)
        if need:
            out.append('"')
    return out


# ------------------------------------------------------------- checksums ---
def luhn_digit(payload):
    s = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def npi():
    base = str(R.choice("12")) + "".join(R.choice("0123456789") for _ in range(8))
    return base + luhn_digit("80840" + base)


def card(prefix="4", n=16):
    body = prefix + "".join(R.choice("0123456789") for _ in range(n - len(prefix) - 1))
    return body + luhn_digit(body)


MB_A = "ACDEFGHJKMNPQRTUVWXY"
MB_N = "0123456789"


def mbi():
    c = R.choice
    return (c("123456789") + c(MB_A) + c(MB_A + MB_N) + c(MB_N) + c(MB_A)
            + c(MB_A + MB_N) + c(MB_N) + c(MB_A) + c(MB_A) + c(MB_N) + c(MB_N))


def ssn(valid=True):
    if not valid:
        return R.choice(["000", "666", "912"]) + "-" + f"{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


def b64(n):
    return base64.b64encode(bytes(R.randrange(256) for _ in range(n))).decode()


# ------------------------------------------------------------------ time ---
BASE = dt.datetime(2024, 11, 19, 0, 0, 0)
DAY = dt.date(2024, 11, 19)


def T(t):
    return BASE + dt.timedelta(seconds=t)


def iso(t, ms=3):
    d = T(t)
    frac = f"{d.microsecond:06d}"[:ms]
    return d.strftime("%Y-%m-%dT%H:%M:%S") + (f".{frac}" if ms else "") + "-05:00"


def utc(t):
    d = T(t) + dt.timedelta(hours=5)
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond:06d}Z"


def hl7ts(t):
    return T(t).strftime("%Y%m%d%H%M%S")


def nlogts(t):
    d = T(t)
    return d.strftime("%Y-%m-%d %H:%M:%S.") + f"{d.microsecond:06d}"[:4]


def clf(t):
    return T(t).strftime("%d/%b/%Y:%H:%M:%S -0500")


def l4j(t):
    d = T(t)
    return d.strftime("%Y-%m-%d %H:%M:%S,") + f"{d.microsecond:06d}"[:3]


# ------------------------------------------------------------ org & staff ---
FAC = "Lakeshore Ridge Specialty Hospital"
FAC_ADDR = "3150 Harrowgate Blvd, Toledo, OH 43614"
FAC_PHONE = "419-720-4400"
FAC_FAX = "419-720-4491"
FAC_NPI = npi()
FAC_CCN = "362017"
STAFF_RT = ["Jamal Whitaker, RRT", "Colleen Brandt, RRT", "Tomasz Wrobel, RRT",
            "Adaeze Nwosu, RRT", "Kyle Simmons, CRT", "Ines Varga, RRT"]
STAFF_RT_ID = ["jwhitaker", "cbrandt", "twrobel", "anwosu", "ksimmons", "ivarga"]
STAFF_RN = ["FOLEY, MEGAN", "PELLEGRINI, DARIO", "OSEI, HANNAH", "LUNDGREN, BETH",
            "TRUONG, KEVIN", "ABERNATHY, CHLOE"]
STAFF_RD = ["Renata Ilves, RD, LD", "Brooke Tanaka, MS, RDN"]
STAFF_MD = [("OYELARAN", "TUNDE", npi()), ("GOLDFARB", "MIRIAM", npi()),
            ("DESHPANDE", "ALOK", npi()), ("HALVORSEN", "ERIK", npi())]
WOUND_RN = ["Sheila Ambrose RN CWOCN", "Marcus Tolliver RN WCC"]
CASE_MGR = [("Lisa Tran, RN CM", "ltran@mercyvalleyhealth.org", "Mercy Valley Medical Center"),
            ("Patrick Doyle, MSW", "pdoyle@toledobaygeneral.org", "Toledo Bay General Hospital"),
            ("Keisha Monroe, RN", "kmonroe@woodcountyregional.org", "Wood County Regional Medical Center"),
            ("Anders Bjork, LCSW", "abjork@umaumeehealth.edu", "University of Maumee Health")]
REF_HOSP_MRN = {"Mercy Valley Medical Center": lambda: "MV" + digits(7),
                "Toledo Bay General Hospital": lambda: "TBG-" + digits(7),
                "Wood County Regional Medical Center": lambda: "E" + digits(8),
                "University of Maumee Health": lambda: digits(9)}

FIRST_F = ["Irena", "Marguerite", "Hope", "Rose", "Grace", "Dawn", "Pearl", "June",
           "Zoë", "Thi Lan", "Fatima", "Ngozi", "Ingrid", "Lourdes", "Bernadette",
           "Wanda", "Soo-jin", "Priya", "Maribel", "Agnieszka", "Opal", "Faith",
           "Delphine", "Mercy"]
FIRST_M = ["Walter", "Chidi", "Guy", "Miles", "Frank", "Sterling", "Hunter", "Bill",
           "José", "Bartholomew", "Tadeusz", "Abdirahman", "Rashid", "Dmitri", "Kwame",
           "Yusuf", "Lamar", "Emmett", "Hiroshi", "Santiago", "Cornelius", "Earl",
           "Vernon", "Royal"]
LAST = ["Kowalczyk", "Okonkwo-Baptiste", "Marsh", "Winter", "Baker", "García-López",
        "Van der Berg", "O'Malley", "St. Clair", "Nguyen", "Abdullahi", "Whitfield-Ames",
        "Moody", "Rich", "Bishop", "de la Cruz", "MacAllister", "Dos Santos", "Vang",
        "Ramaswamy", "Al-Rashid", "Park", "Dubois", "Lindqvist", "Fox", "Hill", "Young",
        "Price", "Schäfer", "Nuñez", "Szymański", "Kettering", "Mbeki-Hart",
        "Castellanos", "Pryor", "Street", "Summers", "Love", "Hatfield", "Żak"]
REL_FIRST = [("Dana", "F"), ("Renee", "F"), ("Marcus", "M"), ("Tiffany", "F"), ("Aaron", "M"),
             ("Lucia", "F"), ("Darnell", "M"), ("Kim", "F"), ("Sione", "M"), ("Beatriz", "F"),
             ("Noor", "F"), ("Heather", "F"), ("Brandon", "M"), ("Yesenia", "F"), ("Colm", "M"),
             ("Amara", "F"), ("Trent", "M"), ("Xochitl", "F"), ("Paul", "M"), ("Summer", "F")]
RELS = {"F": ["daughter", "wife", "sister", "niece", "granddaughter", "friend/HCPOA"],
        "M": ["son", "husband", "brother", "nephew", "grandson", "friend/HCPOA"]}
CITIES = [("Toledo", "Lucas", "OH", ["43605", "43607", "43609", "43612", "43613", "43615"], "419"),
          ("Maumee", "Lucas", "OH", ["43537"], "419"), ("Perrysburg", "Wood", "OH", ["43551"], "419"),
          ("Sylvania", "Lucas", "OH", ["43560"], "419"), ("Oregon", "Lucas", "OH", ["43616"], "419"),
          ("Bowling Green", "Wood", "OH", ["43402"], "419"), ("Findlay", "Hancock", "OH", ["45840"], "419"),
          ("Monroe", "Monroe", "MI", ["48161", "48162"], "734"), ("Adrian", "Lenawee", "MI", ["49221"], "517"),
          ("Fremont", "Sandusky", "OH", ["43420"], "419"), ("Port Clinton", "Ottawa", "OH", ["43452"], "419"),
          ("Napoleon", "Henry", "OH", ["43545"], "419"), ("Tiffin", "Seneca", "OH", ["44883"], "567")]
STREETS = ["Birchmont Dr", "Oak St", "Wenonah Ave", "Secor Rd", "Heatherdowns Blvd",
           "Lagrange St", "Dorr St", "Monclova Rd", "River Rd", "Sandusky St",
           "W Front St", "Cherrywood Ln", "Summit St", "Anthony Wayne Trl",
           "County Rd 12", "Elm Ct", "Maplewood Ave", "N Dixie Hwy", "Starr Ave",
           "Bancroft St"]
VENTS = [("PB980", "Puritan Bennett 980", "Medtronic", lambda: "35B" + digits(7)),
         ("SERVO-U", "Servo-u", "Getinge", lambda: digits(5)),
         ("C6", "HAMILTON-C6", "Hamilton Medical", lambda: digits(4)),
         ("TRILOGY-EVO", "Trilogy Evo", "Philips", lambda: "TV" + digits(9))]
HFNC = [("AIRVO2", "AIRVO 2", "Fisher & Paykel", lambda: "1" + digits(11))]


def phone(area):
    return f"{area}-{R.randint(200, 989)}-{R.randint(0, 9999):04d}"


def phone_fmt(p, style):
    a, b, c = p.split("-")
    if style == 0:
        return p
    if style == 1:
        return f"({a}) {b}-{c}"
    if style == 2:
        return f"+1{a}{b}{c}"
    return f"{a}.{b}.{c}"


def mkpatient(i):
    sex = R.choice("FM")
    first = R.choice(FIRST_F if sex == "F" else FIRST_M)
    last = LAST[i % len(LAST)] if i < len(LAST) else R.choice(LAST)
    mid = R.choice(["", "A", "J", "M", "R", "L", "E", "T"])
    y = R.choice([1929, 1931, 1932, 1933, 1934] * 3 + list(range(1938, 1976)))
    dob = dt.date(y, R.randint(1, 12), R.randint(1, 28))
    age = DAY.year - dob.year - ((DAY.month, DAY.day) < (dob.month, dob.day))
    city, county, st, zips, area = R.choice(CITIES)
    hosp = R.choice(CASE_MGR)[2]
    admit = DAY - dt.timedelta(days=R.randint(1, 48))
    unit = R.choice(["2W", "2W", "3E", "3W"])
    fam = []
    for _ in range(R.choice([1, 1, 2])):
        rf, rg = R.choice(REL_FIRST)
        rl = last if R.random() < 0.6 else R.choice(LAST)
        fam.append({"first": rf, "last": rl, "rel": R.choice(RELS[rg]), "phone": phone(R.choice([area, "419", "614", "248"])),
                    "email": f"{rf.lower()}.{rl.lower().replace(' ', '').replace(chr(39), '')}{R.randint(1, 99)}@"
                             + R.choice(["gmail.com", "yahoo.com", "outlook.com", "bex.net", "icloud.com"])})
    for f in fam:
        f["email"] = unicodedata.normalize("NFKD", f["email"]).encode("ascii", "ignore").decode()
    vm = R.choice(VENTS if unit == "2W" else HFNC + VENTS[3:])
    return {
        "sex": sex, "first": first, "last": last, "mid": mid, "dob": dob, "age": age,
        "mrn": "00" + str(R.randint(400000, 419999)), "fin": "E24" + digits(7),
        "mbi": mbi(), "mcaid": (digits(12) if st == "OH" else digits(10)), "ssn": ssn(),
        "street": f"{R.randint(12, 9899)} {R.choice(STREETS)}" + (f" Apt {R.randint(1, 40)}" if R.random() < 0.2 else ""),
        "city": city, "county": county, "state": st, "zip": R.choice(zips),
        "phone": phone(area), "hosp": hosp, "ref_mrn": REF_HOSP_MRN[hosp](),
        "ref_id": str(R.randint(400000000, 499999999)), "admit": admit, "unit": unit,
        "room": f"{unit[0]}{R.randint(1, 30):02d}", "bed": R.choice("AB"), "fam": fam,
        "dev": (vm[0], vm[1], vm[2], vm[3]()), "md": R.choice(STAFF_MD),
        "dl": (R.choice("ABCDEFGHJKLMNPRST") + R.choice("ABCDEFGHJKLMNPRST") + digits(6)) if st == "OH"
        else (R.choice("BCDFGHKLMPRST") + " " + digits(3) + " " + digits(3) + " " + digits(3) + " " + digits(3)),
        "case": f"RFX-{digits(6)}",
    }


PATIENTS = [mkpatient(i) for i in range(38)]


def pt(unit=None):
    c = [p for p in PATIENTS if unit is None or p["unit"] in unit]
    return R.choice(c)


def lf(p, up=False):
    s = f"{p['last']}, {p['first']}"
    return s.upper() if up else s


def fl(p):
    return f"{p['first']} {p['last']}"


def xpn(p):
    return f"{p['last'].upper()}^{p['first'].upper()}" + (f"^{p['mid']}" if p["mid"] else "")


def d8(d):
    return d.strftime("%Y%m%d")


def dus(d):
    return d.strftime("%m/%d/%Y")


def dis(d):
    return d.isoformat()


# ---------------------------------------------------------------- systems ---
def g_capsule(t):
    L = []
    ctl = f"CAP{digits(9)}"
    assoc = R.random() < 0.8
    p = pt("2W" if R.random() < 0.85 else "3E") if assoc else None
    vv = R.choice(VENTS)
    dev = p["dev"] if assoc else vv[:3] + (vv[3](),)
    obs = hl7ts(t - R.randint(3, 40))
    unit = p["unit"] if assoc else "2W"
    L.append(("hl7_capsule", [f"MSH|^~\\&|CAPSULE_DDI|LRSH_{unit}|RTDOC|LRSH|{hl7ts(t)}||ORU^R01^ORU_R01|{ctl}|P|2.6|||NE|NE||UNICODE UTF-8"]))
    if assoc:
        L.append(("hl7_capsule", ["PID|1||", P("mrn", p["mrn"]), "^^^LRSH^MR||", P("name", xpn(p)), "||",
                                  P("date", d8(p["dob"])), f"|{p['sex']}"]))
        md = p["md"]
        L.append(("hl7_capsule", [f"PV1|1|I|{p['unit']}^{p['room']}^{p['bed']}^LRSH||||{md[2]}^{md[0]}^{md[1]}^^^^MD|||RSP||||||||",
                                  P("account", p["fin"])]))
        obsp = [P("date", obs)]
    else:
        L.append(("hl7_capsule", ["PID|1||||UNASSOCIATED^DEVICE||||U"]))
        L.append(("hl7_capsule", ["PV1|1|I|2W^UNK^^LRSH"]))
        obsp = [obs]
    L.append(("hl7_capsule", [f"OBR|1|{ctl}^CAPSULE||VENT^Ventilator Settings^L|||", obsp, "||||||||||||||||||F"]))
    sn = P("device", dev[3]) if assoc else dev[3]
    L.append(("hl7_capsule", ["OBX|1|ST|68063^MDC_ATTR_SYS_ID^MDC|1|", sn, "||||||F|||", obsp,
                              f"||{dev[0]}^{dev[1]}^{dev[2]}"]))
    params = [("0|MDC_VENT_MODE", "ST", R.choice(["PRVC", "SIMV-VC", "PSV", "CPAP/PS", "A/C VC", "APRV"]), ""),
              ("151976^MDC_PRESS_AWAY_END_EXP_POS", "NM", R.choice([5, 6, 8, 10, 12]), "cm[H2O]"),
              ("152196^MDC_CONC_AWAY_O2_INSP", "NM", R.choice([30, 35, 40, 50, 60]), "%"),
              ("151980^MDC_VOL_AWAY_TIDAL", "NM", R.randint(320, 540), "mL"),
              ("151586^MDC_VENT_RESP_RATE", "NM", R.randint(10, 34), "/min"),
              ("151792^MDC_PRESS_AWAY_INSP_PEAK", "NM", R.randint(14, 42), "cm[H2O]")]
    R.shuffle(params)
    for i, (code, typ, val, unit_) in enumerate(params[:R.randint(2, 4)], start=2):
        code = code if "^" in code else "184352^MDC_VENT_MODE"
        L.append(("hl7_capsule", [f"OBX|{i}|{typ}|{code}^MDC|1|{val}|{unit_}|||||F|||", obsp]))
    return L


def g_philips(t):
    L = []
    p = pt("3E" if R.random() < 0.7 else "2W")
    ctl = f"{R.randint(100000, 999999)}"
    hf = HFNC[0]
    sn = p["dev"][3] if p["dev"][0] == "AIRVO2" else hf[3]()
    L.append(("hl7_philips", [f"MSH|^~\\&|IBE^PHILIPS^L|LRSH-{p['unit']}|GATEWAY|LRSH|{hl7ts(t)}.000-0500||ORU^R01^ORU_R01|{ctl}|P|2.5|||AL|NE||8859/1"]))
    L.append(("hl7_philips", ["PID|||", P("mrn", p["mrn"]), "^^^^MR||", P("name", xpn(p)), "||",
                              P("date", d8(p["dob"])), f"|{p['sex']}|||", P("address", p["street"]), "^^",
                              P("address", p["city"]), f"^{p['state']}^", P("zip", p["zip"])]))
    L.append(("hl7_philips", [f"PV1||I|{p['unit']}^{p['room']}^{p['bed']}"]))
    L.append(("hl7_philips", ["OBR|1|||182777000^monitoring of patient^SCT|||", P("date", hl7ts(t - 30) + "-0500")]))
    L.append(("hl7_philips", ["OBX|1|ST|67880^MDC_ATTR_ID_PROD_SPECN^MDC|0.0.0.1|SerialNumber:", P("device", sn),
                              f"||||||R|||||||{hf[1]}^{hf[2]}"]))
    vit = [("150456^MDC_PULS_OXIM_SAT_O2", R.randint(86, 99), "262688^MDC_DIM_PERCENT"),
           ("151562^MDC_RESP_RATE", R.randint(14, 32), "264928^MDC_DIM_RESP_PER_MIN"),
           ("147842^MDC_ECG_HEART_RATE", R.randint(58, 118), "264864^MDC_DIM_BEAT_PER_MIN"),
           ("0^HFNC_FLOW_RATE", R.choice([30, 40, 45, 50, 60]), "265088^MDC_DIM_L_PER_MIN"),
           ("152196^MDC_CONC_AWAY_O2_INSP", R.choice([28, 35, 40, 45, 60]), "262688^MDC_DIM_PERCENT")]
    for i, (c, v, u) in enumerate(R.sample(vit, R.randint(2, 4)), start=2):
        L.append(("hl7_philips", [f"OBX|{i}|NM|{c}^MDC|1.1.1.{i}|{v}|{u}^MDC|||||R"]))
    return L


SYSHOSTS = ["capgw01.lrsh.local", "capgw02.lrsh.local", "ibe-3e.lrsh.local"]


def g_syslog(t):
    host = R.choice(SYSHOSTS)
    pid = R.randint(1200, 9000)
    r = R.random()
    hdr = f"<{R.choice([131, 132, 134])}>1 {iso(t)} {host} "
    if r < 0.33:
        p = pt("2W3E")
        dev = p["dev"]
        alarm = R.choice([("HIGH_PIP", "High Peak Pressure", f"{R.randint(41, 55)} cmH2O limit 40"),
                          ("LOW_VTE", "Low Exhaled Vt", f"{R.randint(150, 250)} mL limit 300"),
                          ("APNEA", "Apnea", "interval 20 s"),
                          ("DISCONNECT", "Circuit Disconnect", ""),
                          ("SPO2_LOW", "SpO2 Low", f"{R.randint(78, 87)} % limit 88")])
        nm = R.choice(["lf", "xpn"])
        return [("device_syslog", [hdr, f"capsule-alarmd {pid} ALM-{alarm[0]} [alarm@47450 bed=\"{p['unit']}-{p['room']}{p['bed']}\" model=\"{dev[0]}\" sn=\"",
                                   P("device", dev[3]), f"\" prio=\"{R.choice('HM')}\"] {alarm[1]} {alarm[2]} pt=\"",
                                   P("name", lf(p, True) if nm == "lf" else xpn(p)), "\" mrn=", P("mrn", p["mrn"])])]
    if r < 0.75:
        dev = R.choice(VENTS + HFNC)
        msg = R.choice([f"heartbeat ok model={dev[0]} sn={dev[3]()} fw=4.{R.randint(0, 9)}.{R.randint(0, 20)} uptime={R.randint(1000, 900000)}s",
                        f"device offline model={dev[0]} sn={dev[3]()} port=ttyUSB{R.randint(0, 7)} last_seen={R.randint(30, 900)}s",
                        f"alarm ALM-{R.randint(10000, 99999)} acknowledged at central station 2W-CS1 by {R.choice(STAFF_RT).split(',')[0]} latency_ms={R.randint(800, 40000)}",
                        f"TLS session to rtdoc-api01.lrsh.local:6661 re-established cipher=TLS_AES_256_GCM_SHA384 in {R.randint(8, 90)}ms",
                        f"queue depth hl7_out={R.randint(0, 40)} retry={R.randint(0, 3)} dropped=0"])
        return [("device_syslog", [hdr, f"capsule-ddi {pid} - - {msg}"])]
    if r < 0.87:
        p = pt()
        return [("device_syslog", [hdr.replace(host, "adm-kiosk02.lrsh.local"),
                                   f"PalmSecureBridge {pid} ENROLL - enrollment ok mrn=", P("mrn", p["mrn"]),
                                   " hand=R template_sha256=", P("biometric", hashlib.sha256(p["mrn"].encode() + b"palm").hexdigest()),
                                   f" quality={R.randint(70, 99)} operator=yreyes"])]
    return [("device_syslog", [hdr.replace(host, "adm-kiosk02.lrsh.local"),
                               f"PalmSecureBridge {pid} IDENT - identify no-match attempts={R.randint(1, 3)} reader=PS-{digits(6)} duration_ms={R.randint(300, 2500)}"])]


NS = ["RtDoc.Api.Controllers.WeaningController", "RtDoc.Services.WeanTrialService",
      "RtDoc.Services.Hl7InboundListener", "RtDoc.Data.FlowsheetRepository",
      "Microsoft.AspNetCore.Hosting.Diagnostics", "RtDoc.Services.RsbiCalculator"]


def g_nlog(t):
    r = R.random()
    ts = nlogts(t)
    rt = R.choice(STAFF_RT)
    if r < 0.13:
        p = pt("2W")
        return [("nlog_rtdoc", [f"{ts}|INFO|{NS[1]}|SBT started MRN=", P("mrn", p["mrn"]), " Enc=", P("account", p["fin"]),
                                f" Mode=CPAP/PS PS={R.choice([5, 7, 8])} PEEP=5 FiO2=0.{R.choice([30, 35, 40])} by {rt}"])]
    if r < 0.24:
        p = pt("2W")
        ok = R.random() < 0.5
        vit = (f"RR {R.randint(16, 26)}, SpO2 {R.randint(92, 99)}, RSBI {R.randint(45, 98)}" if ok else
               f"RR {R.randint(32, 44)}, SpO2 {R.randint(82, 89)}, RSBI {R.randint(106, 160)}")
        return [("nlog_rtdoc", [f"{ts}|{'INFO' if ok else 'WARN'}|{NS[1]}|SBT {'PASS' if ok else 'FAIL'} for ",
                                P("name", lf(p)), f" after {R.randint(30, 120) if ok else R.randint(8, 45)} min ({vit})"])]
    if r < 0.30:
        p = pt("2W")
        L = [("nlog_rtdoc", [f"{ts}|ERROR|{NS[3]}|Failed to save wean trial {R.randint(50000, 59999)} for patient ",
                             P("mrn", p["mrn"]), " MySqlConnector.MySqlException (0x80004005): Deadlock found when trying to get lock; try restarting transaction"])]
        for fr in ["   at MySqlConnector.Core.ServerSession.ReceiveReplyAsyncAwaited(ValueTask`1 task) in /_/src/MySqlConnector/Core/ServerSession.cs:line 894",
                   "   at MySqlConnector.MySqlDataReader.NextResultAsync(IOBehavior ioBehavior, CancellationToken cancellationToken) in /_/src/MySqlConnector/MySqlDataReader.cs:line 50",
                   f"   at RtDoc.Data.FlowsheetRepository.SaveTrialAsync(WeanTrial trial, CancellationToken ct) in D:\\agent\\_work\\3\\s\\src\\RtDoc.Data\\FlowsheetRepository.cs:line {R.randint(180, 260)}",
                   "   at RtDoc.Api.Controllers.WeaningController.Post(WeanTrialDto dto) in D:\\agent\\_work\\3\\s\\src\\RtDoc.Api\\Controllers\\WeaningController.cs:line 77"][:R.randint(2, 4)]:
            L.append(("nlog_rtdoc", [fr]))
        return L
    if r < 0.39:
        p = pt("2W")
        obj = {"time": iso(t, 3), "level": "Info", "logger": NS[2], "message": "ORU accepted",
               "controlId": f"CAP{digits(9)}", "mrn": P("mrn", p["mrn"]), "device": {"model": p["dev"][0], "serial": P("device", p["dev"][3])},
               "traceId": hexs(32), "durationMs": R.randint(3, 120)}
        return [("nlog_json", J(obj))]
    if r < 0.45:
        p = pt("2W")
        obj = {"time": iso(t, 3), "level": "Warn", "logger": NS[5], "message": "RSBI not computed: exhaled Vt missing",
               "patient": {"name": P("name", fl(p)), "mrn": P("mrn", p["mrn"])}, "trialId": R.randint(50000, 59999)}
        return [("nlog_json", J(obj, ascii_=True))]
    msg = R.choice([
        f"{NS[4]}|Request finished HTTP/1.1 GET https://rtdoc.lrsh.local/api/wean/board?unit=2W - 200 {R.randint(2000, 40000)} application/json {R.randint(4, 400)}.{R.randint(1000, 9999)}ms",
        f"{NS[2]}|MLLP listener bound 0.0.0.0:6661 (build 3.14.{R.randint(100, 999)}+g{hexs(7)})",
        f"{NS[3]}|Loaded {R.randint(4, 60)} flowsheet rows in {R.randint(8, 400)} ms",
        f"{NS[0]}|User {R.choice(STAFF_RT_ID)} opened weaning board unit=2W TraceId={hexs(32)}",
        f"{NS[1]}|Protocol 'LRSH-SBT-v7' loaded: PS 5-8, PEEP<=8, FiO2<=0.40, RSBI<105",
        f"{NS[2]}|ACK AA sent for control id CAP{digits(9)} in {R.randint(1, 30)} ms"])
    lvl = R.choice(["INFO", "INFO", "DEBUG"])
    return [("nlog_rtdoc", [f"{ts}|{lvl}|{msg}"])]


def g_wean_csv(t):
    L = [("weaning_csv", ["export_ts,mrn,pt_name,unit_bed,trial_date,trial_start,trial_end,mode,ps_cmh2o,peep_cmh2o,fio2,rr,vt_ml,rsbi,spo2,hr,outcome,rt_id"])]
    ets = T(t).strftime("%Y-%m-%d %H:%M:%S")
    for _ in range(R.randint(3, 6)):
        p = pt("2W")
        hr = T(t).hour
        d = DAY if hr >= 10 else DAY - dt.timedelta(days=1)
        st = R.randint(6, min(11, hr - 3)) if hr >= 10 else R.randint(6, 13)
        ok = R.random() < 0.45
        vit = (f"{R.randint(14, 26)},{R.randint(320, 520)},{R.randint(40, 95)},{R.randint(92, 99)},{R.randint(62, 100)},PASS" if ok else
               f"{R.randint(30, 42)},{R.randint(220, 340)},{R.randint(105, 170)},{R.randint(83, 89)},{R.randint(100, 130)},"
               + R.choice(["FAIL-RR", "FAIL-SpO2", "FAIL-anxiety", "ABORTED"]))
        L.append(("weaning_csv", [f"{ets},", P("mrn", p["mrn"]), ',"', P("name", lf(p)), f'",{p["unit"]}-{p["room"]}{p["bed"]},',
                                  P("date", dus(d)), f",{st:02d}:{(sm := R.randint(0, 59)):02d},{(st * 60 + sm + (em := R.randint(30, 120) if ok else R.randint(8, 55))) // 60:02d}:{(sm + em) % 60:02d},CPAP/PS,",
                                  f"{R.choice([5, 8])},5,0.{R.choice([30, 35, 40])},{vit},{R.choice(STAFF_RT_ID)}"]))
    return L


WOUND_SITES = ["sacrum", "coccyx", "L heel", "R heel", "R ischium", "occiput", "trach stoma", "L trochanter"]


def g_wound(t):
    r = R.random()
    if r < 0.45:
        p = pt()
        cap = T(t - R.randint(60, 900))
        obj = {"@timestamp": iso(t), "@version": "1", "message": "upload stored", "logger_name": "org.lrsh.woundsvc.UploadController",
               "thread_name": f"http-nio-8443-exec-{R.randint(1, 20)}", "level": "INFO",
               "uploadId": uuid4(), "mrn": P("mrn", p["mrn"]), "encounter": P("account", p["fin"]),
               "woundId": f"W{R.randint(1, 4)}", "site": R.choice(WOUND_SITES), "stage": R.choice(["3", "4", "UNSTG", "DTI"]),
               "measure": {"lengthCm": round(R.uniform(0.8, 9), 1), "widthCm": round(R.uniform(0.5, 7), 1),
                           "depthCm": round(R.uniform(0.1, 3), 1), "underminingCm": round(R.uniform(0, 2.5), 1)},
               "tissue": {"granulationPct": (g := R.choice([20, 40, 60, 70])), "sloughPct": (s := R.choice([10, 20, 30])), "escharPct": 100 - g - s},
               "exif": {"Make": R.choice(["samsung", "Apple"]), "Model": R.choice(["SM-X200", "iPad (9th generation)", "SM-T738U"]),
                        "DateTimeOriginal": P("date", cap.strftime("%Y:%m:%d %H:%M:%S")), "Orientation": 1,
                        "GPSLatitude": 41.6648, "GPSLongitude": -83.6377},
               "sha256": hexs(64), "bytes": R.randint(900000, 4200000), "capturedBy": R.choice(WOUND_RN)}
        return [("wound_json", J(obj))]
    if r < 0.52:
        p = pt()
        obj = {"@timestamp": iso(t), "level": "DEBUG", "logger_name": "org.lrsh.woundsvc.IdPhotoService",
               "message": "patient ID photo attached", "mrn": P("mrn", p["mrn"]), "photoType": "ID_FACE",
               "thumb": P("photo", "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA" + b64(R.randint(90, 140)))}
        return [("wound_json", J(obj))]
    obj = {"@timestamp": iso(t), "level": R.choice(["INFO", "WARN"]), "logger_name": R.choice(["org.lrsh.woundsvc.StorageClient", "o.s.web.servlet.DispatcherServlet", "org.lrsh.woundsvc.ThumbnailJob"]),
           "message": R.choice([f"S3 putObject bucket=lrsh-wound-img-prod key=img/{uuid4()}.jpg etag={hexs(32)} ms={R.randint(40, 900)}",
                                f"thumbnail batch done count={R.randint(1, 40)} failed=0",
                                f"Completed initialization in {R.randint(1, 9)} ms",
                                "HEIC decode fallback to ImageIO (libheif 1.17.6 missing)"]),
           "traceId": hexs(32), "spanId": hexs(16)}
    return [("wound_json", J(obj))]


def g_exif(t):
    ts = T(t).strftime("%Y-%m-%d %H:%M:%S")
    if R.random() < 0.5:
        p = pt()
        cap = T(t - R.randint(60, 900))
        return [("exifscrub", [f"{ts} exifscrub[{R.randint(2000, 3000)}]: file=IMG_{R.randint(1000, 9999)}.JPG DateTimeOriginal=\"",
                               P("date", cap.strftime("%Y:%m:%d %H:%M:%S")), "\" Make=Apple Model=\"iPad (9th generation)\" ImageDescription=\"",
                               f"{R.choice(WOUND_SITES)} wk{R.randint(1, 6)} ", P("name", f"{p['last'].upper()} {p['first'][0]}"), " ",
                               P("mrn", p["mrn"]), f"\" action=stripped tags={R.randint(8, 30)}"])]
    return [("exifscrub", [f"{ts} exifscrub[{R.randint(2000, 3000)}]: file=IMG_{R.randint(1000, 9999)}.JPG Make=samsung Model=SM-X200 "
                           f"BodySerialNumber=R9{hexs(8).upper()} GPS=41.6648,-83.6377 action=stripped tags={R.randint(8, 30)} ms={R.randint(3, 60)}"])]


def g_logcat(t):
    d = T(t)
    ts = d.strftime("%m-%d %H:%M:%S.") + f"{d.microsecond:06d}"[:3]
    pid = 4471
    tid = R.randint(4471, 4530)
    r = R.random()
    if r < 0.3:
        p = pt()
        return [("logcat_woundsnap", [f"{ts}  {pid}  {tid} I WoundSnap/Scan: wristband decoded fmt=CODE_128 value=",
                                      P("mrn", "LRSH" + p["mrn"]), f" enc=", P("account", p["fin"])])]
    if r < 0.42:
        p = pt()
        return [("logcat_woundsnap", [f"{ts}  {pid}  {tid} D WoundSnap/PatientRepo: header loaded ", P("name", fl(p)),
                                      " dob=", P("date", dis(p["dob"])), f" room={p['room']}{p['bed']}"])]
    if r < 0.55:
        L = [("logcat_woundsnap", [f"{ts}  {pid}  {tid} E AndroidRuntime: FATAL EXCEPTION: DefaultDispatcher-worker-{R.randint(1, 8)}"])]
        for fr in ["E AndroidRuntime: Process: org.lrsh.woundsnap, PID: 4471",
                   "E AndroidRuntime: java.net.SocketTimeoutException: timeout",
                   "E AndroidRuntime: \tat okhttp3.internal.http2.Http2Stream$StreamTimeout.newTimeoutException(Http2Stream.kt:675)",
                   "E AndroidRuntime: \tat org.lrsh.woundsnap.upload.UploadWorker$doWork$2.invokeSuspend(UploadWorker.kt:88)",
                   "E AndroidRuntime: \tat kotlin.coroutines.jvm.internal.BaseContinuationImpl.resumeWith(ContinuationImpl.kt:33)"][:R.randint(3, 5)]:
            L.append(("logcat_woundsnap", [f"{ts}  {pid}  {tid} {fr}"]))
        return L
    msg = R.choice([f"I WoundSnap/UploadWorker: queued {R.randint(1, 6)} images work={uuid4()}",
                    f"D OkHttp  : --> POST https://wound.lrsh.org/api/v2/uploads (multipart, {R.randint(900, 4000)}KB)",
                    f"D OkHttp  : <-- 201 https://wound.lrsh.org/api/v2/uploads ({R.randint(200, 3000)}ms)",
                    f"I WoundSnap/Camera: CameraX bound lens=BACK res=4032x3024 build=2.8.{R.randint(0, 40)} ({R.randint(2100, 2400)})",
                    "W WoundSnap/Ruler: ArUco marker not found, falling back to manual measure",
                    f"I WoundSnap/Sync: MDM policy refreshed, device tag LRSH-TAB-{R.randint(100, 260)}"])
    return [("logcat_woundsnap", [f"{ts}  {pid}  {tid} {msg}"])]


def g_fax(t):
    p = pt()
    job = f"FX-20241119-{R.randint(1, 400):04d}"
    ts = l4j(t)
    L = []
    L.append(("fax_ocr", [f"{ts} INFO  [ocr-worker-{R.randint(1, 4)}] c.l.intake.FaxPoller - received job={job} from={R.choice(['4192915500', '4193836000', '4193542211'])} pages={R.randint(4, 22)} tif=\\\\lrsh-fs01\\fax\\in\\{job}.tif"]))
    bits = ["FACE SHEET  Patient: ", P("name", lf(p, True)), "  DOB: ", P("date", dus(p["dob"]))]
    if p["age"] > 89:
        bits += ["  Age: ", P("age", str(p["age"]))]
    bits += ["  MRN: ", P("mrn", p["ref_mrn"]), "  SSN: ", P("ssn", p["ssn"] if R.random() < 0.85 else ssn(False))]
    L.append(("fax_ocr", [f"{ts} DEBUG [ocr-worker-2] c.l.intake.OcrExtract - job={job} page=1 conf=0.{R.randint(78, 97)} text=\"", bits, "\""]))
    bits2 = ["Address: ", P("address", p["street"].upper()), " ", P("address", p["city"].upper()), f" {p['state']} ", P("zip", p["zip"]),
             "  Home Ph: ", P("phone", phone_fmt(p["phone"], 1)), "  Medicare: ", P("health_plan", p["mbi"])]
    if R.random() < 0.5:
        bits2 += ["  DL#: ", P("license", p["dl"])]
    L.append(("fax_ocr", [f"{ts} DEBUG [ocr-worker-2] c.l.intake.OcrExtract - job={job} page=1 conf=0.{R.randint(70, 95)} text=\"", bits2, "\""]))
    if p["fam"]:
        f = p["fam"][0]
        L.append(("fax_ocr", [f"{ts} DEBUG [ocr-worker-2] c.l.intake.OcrExtract - job={job} page=2 conf=0.{R.randint(60, 95)} text=\"EMERGENCY CONTACT: ",
                              P("name", f"{f['first']} {f['last']}".upper()), f" ({f['rel'].upper()}) ", P("phone", phone_fmt(f["phone"], 0)),
                              "  Admit: ", P("date", dus(p["admit"] - dt.timedelta(days=R.randint(5, 30)))), "\""]))
    L.append(("fax_ocr", [f"{ts} INFO  [ocr-worker-2] c.l.intake.CaseRouter - job={job} routed case=", P("other_id", p["case"]),
                          f" queue=LTACH_INTAKE score=0.{R.randint(80, 99)} to=yreyes"]))
    return L


def g_careport(t):
    p = pt()
    r = R.random()
    cm = [c for c in CASE_MGR if c[2] == p["hosp"]][0]
    if r < 0.55:
        obj = {"eventType": "referral.sent", "eventTime": iso(t), "referralId": P("other_id", p["ref_id"]),
               "sender": {"organization": p["hosp"], "user": cm[0]},
               "receiver": {"organization": FAC, "npi": FAC_NPI, "levelOfCare": "LTACH"},
               "patient": {"firstName": P("name", p["first"]), "lastName": P("name", p["last"]), "birthDate": P("date", dis(p["dob"])),
                           "gender": {"F": "female", "M": "male"}[p["sex"]], "ageYears": PN("age", p["age"]) if p["age"] > 89 else p["age"], "mrn": P("mrn", p["ref_mrn"]),
                           "address": {"line1": P("address", p["street"]), "city": P("address", p["city"]), "state": p["state"], "postalCode": P("zip", p["zip"])},
                           "phone": P("phone", phone_fmt(p["phone"], 2))},
               "coverage": [{"payer": "Medicare Part A", "memberId": P("health_plan", p["mbi"])}],
               "clinical": {"tracheostomy": True, "ventilator": p["unit"] == "2W", "anticipatedAdmitDate": P("date", dis(DAY + dt.timedelta(days=R.randint(0, 3))))}}
        if R.random() < 0.4:
            obj["clinical"]["devices"] = [{"type": "ICD", "manufacturer": "Medtronic", "serial": P("device", "PZX" + digits(6) + "H")}]
        return [("careport_json", J(obj, ascii_=R.random() < 0.5))]
    if r < 0.8:
        obj = {"eventType": R.choice(["referral.viewed", "referral.accepted", "referral.declined"]), "eventTime": iso(t),
               "referralId": P("other_id", p["ref_id"]), "actor": "Yolanda Reyes (Admissions)", "reason": R.choice([None, "no vent bed", "payer"])}
        return [("careport_json", J(obj))]
    obj = {"eventType": "webhook.delivery", "eventTime": iso(t), "endpoint": "https://intake.lrsh.org/hooks/careport",
           "status": R.choice([200, 200, 502]), "attempt": R.randint(1, 3), "deliveryId": uuid4(), "latencyMs": R.randint(40, 3000)}
    return [("careport_json", J(obj))]


def g_email(t):
    p = pt()
    cm = [c for c in CASE_MGR if c[2] == p["hosp"]][0]
    d = T(t)
    L = [("email_intake", [f"From: \"{cm[0]}\" <{cm[1]}>"]),
         ("email_intake", ["To: referrals@lrsh.org"]),
         ("email_intake", [f"Date: {d.strftime('%a, %d %b %Y %H:%M:%S')} -0500"]),
         ("email_intake", ["Subject: LTACH referral - ", P("name", f"{p['last']}, {p['first']}"), f" - trach/{'vent' if p['unit'] == '2W' else 'HFNC'}, {R.choice(['stage 4 sacral', 'failed SBT x3', 'IV abx via PICC'])}"]),
         ("email_intake", [f"Message-ID: <{hexs(16)}.{R.randint(1000, 9999)}@{cm[1].split('@')[1]}>"])]
    body = ["Pt is "]
    if p["age"] > 89:
        body += [P("age", str(p["age"]))]
    else:
        body += [str(p["age"])]
    body += [f" y/o {p['sex']}, DOB ", P("date", p["dob"].strftime("%-m/%-d/%Y")), ", our MRN ", P("mrn", p["ref_mrn"]),
             f". Careport ref ", P("other_id", p["ref_id"]), "."]
    L.append(("email_intake", body))
    if p["fam"]:
        f = p["fam"][0]
        L.append(("email_intake", [f"{f['rel'].split('/')[0].capitalize()} ", P("name", f"{f['first']} {f['last']}"), " is HCPOA, best # ",
                                   P("phone", phone_fmt(f["phone"], 1)), ", email ", P("email", f["email"]), "."]))
    L.append(("email_intake", [f"Thanks, {cm[0].split(',')[0]} | Care Management | {cm[2]} | {phone('419')} | fax {phone('419')}"]))
    return L


def g_ltch(t):
    p = pt()
    L = [("ltch_xml", ["<ASSESSMENT>"]), ("ltch_xml", ["<ITM_SBST_CD>1</ITM_SBST_CD><ITM_SET_VRSN_CD>5.1</ITM_SET_VRSN_CD>"]),
         ("ltch_xml", [f"<A0100A>{FAC_NPI}</A0100A><A0100B>{FAC_CCN}</A0100B><A0250>01</A0250>"]),
         ("ltch_xml", ["<A0500A>", P("name", p["first"].upper()), "</A0500A>"])]
    if p["mid"]:
        L.append(("ltch_xml", ["<A0500B>", P("name", p["mid"]), "</A0500B>"]))
    L += [("ltch_xml", ["<A0500C>", P("name", p["last"].upper()), "</A0500C>"]),
          ("ltch_xml", ["<A0600A>", P("ssn", p["ssn"].replace("-", "")), "</A0600A>"]),
          ("ltch_xml", ["<A0600B>", P("health_plan", p["mbi"]), "</A0600B>"]),
          ("ltch_xml", ["<A0700>", P("health_plan", p["mcaid"]) if R.random() < 0.5 else "^", "</A0700>"]),
          ("ltch_xml", [f"<A0800>{1 if p['sex'] == 'M' else 2}</A0800><A0900>", P("date", d8(p["dob"])), "</A0900>"]),
          ("ltch_xml", ["<A0220>", P("date", d8(p["admit"])), "</A0220><A1802>0", str(R.randint(1, 3)), "</A1802>"]),
          ("ltch_xml", [f"<GG0170C>{R.choice(['01', '02', '88'])}</GG0170C><GG0130A>{R.choice(['01', '02', '03'])}</GG0130A><M0300D1>{R.randint(0, 2)}</M0300D1>"]),
          ("ltch_xml", [f"<O0150A>{R.randint(0, 1)}</O0150A><O0150B>{R.randint(0, 4)}</O0150B>"]),
          ("ltch_xml", ["</ASSESSMENT>"])]
    return L


def g_iqies(t):
    sub = f"{R.randint(20000000, 29999999)}"
    L = [("iqies_report", [f"FINAL VALIDATION REPORT  Submission ID: {sub}  Facility ID: {FAC_CCN}  Processing completed: {T(t).strftime('%m/%d/%Y %I:%M:%S %p')}  Records: {R.randint(5, 20)} accepted {R.randint(0, 2)} rejected"])]
    for _ in range(R.randint(1, 3)):
        p = pt()
        code, txt = R.choice([("-3804", "A0220 Admission Date is more than 7 days before the Target Date"),
                              ("-3616a", "Record was received more than 4.5 months after target date"),
                              ("-1030", "A0600B Medicare number invalid format"),
                              ("-3602", "A0900 Birth Date does not match existing patient record")])
        L.append(("iqies_report", [f"  Rec {R.randint(1, 20):>3}  Asmt ID {R.randint(10000000, 99999999)}  Pt: ", P("name", lf(p, True)),
                                   "  DOB ", P("date", dus(p["dob"])), f"  {'WARNING' if code != '-1030' else 'FATAL'} {code}: {txt}"]))
    return L


def g_ps(t):
    ts = T(t).strftime("%Y-%m-%d %H:%M:%S")
    r = R.random()
    if r < 0.4:
        p = pt()
        fname = f"Referral_{p['last'].replace(' ', '')}_{p['first'].replace(' ', '')}_{d8(p['dob'])}.pdf"
        pre = f"{ts} [INFO] Invoke-FaxSweep.ps1: Move-Item \\\\lrsh-fs01\\fax\\ocr_done\\"
        lname = p["last"].replace(" ", "")
        fname_parts = ["Referral_", P("name", lname), "_", P("name", p["first"].replace(" ", "")), "_", P("date", d8(p["dob"])), ".pdf"]
        return [("powershell", [pre, fname_parts, " -> \\\\lrsh-fs01\\intake\\", p["hosp"].split()[0], "\\", fname_parts])]
    if r < 0.55:
        return [("powershell", [f"{ts} [ERROR] Export-LtchCare.ps1: Invoke-RestMethod : The remote server returned an error: (503) Server Unavailable. At C:\\Scripts\\Export-LtchCare.ps1:{R.randint(40, 200)} char:{R.randint(5, 30)}"])]
    msg = R.choice([f"Export-LtchCare.ps1: Wrote {R.randint(3, 25)} assessments to \\\\lrsh-fs01\\ltch\\outbound\\LTCH_{FAC_CCN}_{T(t).strftime('%Y%m%d')}_{R.randint(1, 9):02d}.zip ({R.randint(20, 300)} KB)",
                    f"Invoke-FaxSweep.ps1: Swept {R.randint(0, 30)} files, {R.randint(0, 3)} skipped (locked), elapsed {R.randint(1, 90)}.{R.randint(0, 9)}s",
                    f"PowerShell transcript start Username: LRSH\\svc_ltchexport RunAs User: LRSH\\svc_ltchexport Host Application: powershell.exe -NoProfile -File C:\\Scripts\\Export-LtchCare.ps1 Process ID: {R.randint(2000, 20000)} PSVersion: 5.1.17763.{R.randint(1000, 6000)}",
                    f"Rotate-Logs.ps1: removed {R.randint(1, 40)} files older than 30 days from D:\\Logs\\RtDoc"])
    return [("powershell", [f"{ts} [INFO] {msg}"])]


def g_task(t):
    ts = T(t).strftime("%m/%d/%Y %I:%M:%S %p")
    task = R.choice(["\\LRSH\\LTCH_CARE_Export", "\\LRSH\\FaxSweep_15min", "\\LRSH\\RotateLogs", "\\LRSH\\Omnicell_Recon"])
    ev = R.choice([(100, f'Task Scheduler started "{{{uuid4()}}}" instance of the "{task}" task for user "LRSH\\svc_ltchexport".'),
                   (200, f'Task Scheduler launched action "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe" in instance "{{{uuid4()}}}" of task "{task}".'),
                   (201, f'Task Scheduler successfully completed task "{task}" , instance "{{{uuid4()}}}" , action "powershell.exe" with return code {R.choice([0, 0, 0, 1, 2147942401])}.'),
                   (102, f'Task Scheduler successfully finished "{{{uuid4()}}}" instance of the "{task}" task for user "LRSH\\svc_ltchexport".')])
    return [("win_taskevt", [f"Information\t{ts}\tMicrosoft-Windows-TaskScheduler\t{ev[0]}\tLRSH-APP03.lrsh.local\t{ev[1]}"])]


MEDS = [("fentaNYL 50 mcg/mL 2 mL inj", "0409-9094-22"), ("midazolam 2 mg/2 mL inj", "0641-6057-10"),
        ("dexmedetomidine 400 mcg/100 mL", "0409-1638-10"), ("oxyCODONE 5 mg tab", "0406-0552-01"),
        ("vancomycin 1 g vial", "0143-9312-10"), ("ipratropium-albuterol 3 mL neb", "0487-9201-60"),
        ("enoxaparin 40 mg/0.4 mL syr", "0075-0624-30")]


def g_omni(t):
    d = T(t)
    cab = R.choice(["OMNI-2W-01", "OMNI-2W-02", "OMNI-3E-01", "OMNI-3W-01"])
    nurse = R.choice(STAFF_RN)
    med, ndc = R.choice(MEDS)
    r = R.random()
    if r < 0.45:
        p = pt()
        act = R.choice(["REMOVE", "REMOVE", "RETURN", "WASTE", "OVERRIDE"])
        parts = [f"{d.strftime('%Y%m%d %H%M%S')}|{cab}|{act}|{nurse}|", P("name", lf(p, True)), "|", P("mrn", p["mrn"]), "|",
                 P("account", p["fin"]), f"|{med}|NDC {ndc}|QTY 1|LOT {R.choice('ABCDEFGHKLMN')}{digits(5)}|BIN {R.randint(1, 12)}-{R.randint(1, 8)}"]
        if act == "WASTE":
            parts.append(f"|WIT {R.choice(STAFF_RN)}")
        return [("omnicell", parts)]
    act = R.choice(["REFILL", "INVENTORY", "DISCREPANCY_RESOLVED", "DOOR_AJAR"])
    return [("omnicell", [f"{d.strftime('%Y%m%d %H%M%S')}|{cab}|{act}|{R.choice(['RPH KHOURY, SAMIR', 'TECH BAILEY, DEVIN', nurse])}|||"
                          f"|{med}|NDC {ndc}|QTY {R.randint(1, 20)}|LOT {R.choice('ABCDEFGHKLMN')}{digits(5)}|PO 45{digits(5)}"])]


def join_url(p, f):
    tok = hashlib.sha1((p["mrn"] + f["first"]).encode()).hexdigest()[:10]
    return f"https://connect.lrsh.org/v/{tok}?pt={p['mrn']}"


def g_famvisit(t):
    p = pt()
    r = R.random()
    vid = f"VV-{R.randint(100000, 999999)}"
    if r < 0.5 and p["fam"]:
        f = R.choice(p["fam"])
        appt = dt.datetime.combine(DAY + dt.timedelta(days=R.randint(1, 4)), dt.time(R.randint(9, 19), R.choice([0, 30])))
        items = [("ts", iso(t)), ("level", "info"), ("svc", "famvisit"), ("msg", "visit scheduled"), ("visit_id", vid),
                 ("patient", P("name", fl(p))), ("unit", p["unit"]), ("contact", P("name", f"{f['first']} {f['last']}")),
                 ("rel", f["rel"]), ("contact_phone", P("phone", phone_fmt(f["phone"], 2))),
                 ("contact_email", P("email", f["email"])), ("slot", P("date", appt.strftime("%Y-%m-%dT%H:%M"))),
                 ("join_url", P("url", join_url(p, f))), ("sw", "Gabrielle Imbert, LSW")]
        return [("famvisit", KV(items))]
    if r < 0.65 and p["fam"]:
        f = p["fam"][0]
        items = [("ts", iso(t)), ("level", "info"), ("svc", "famvisit"), ("msg", "parking pass issued"), ("contact", P("name", f"{f['first']} {f['last']}")),
                 ("plate", P("vehicle", f"{R.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{R.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{R.choice('ABCDEFGHJKLMNPRSTUVWXYZ')} {digits(4)}")),
                 ("state", "OH"), ("lot", "VISITOR-B")]
        return [("famvisit", KV(items))]
    items = [("ts", iso(t)), ("level", R.choice(["info", "warn"])), ("svc", "famvisit"),
             ("msg", R.choice(["reminder job finished", "webrtc turn allocation", "room closed", "calendar sync"])),
             ("visit_id", vid), ("dur_ms", R.randint(5, 4000)), ("turn", "turn1.lrsh.org:3478"), ("build", f"2.4.{R.randint(0, 30)}")]
    return [("famvisit", KV(items))]


def g_sms(t):
    p = pt()
    if not p["fam"] or R.random() < 0.3:
        return [("sms_gateway", [f"{iso(t)} sms-out sid=SM{hexs(32)} status={R.choice(['delivered', 'sent', 'undelivered'])} err={R.choice(['0', '30003', '0'])} segments=1 price=-0.0079 USD"])]
    f = R.choice(p["fam"])
    day = T(t) + dt.timedelta(days=R.randint(1, 3))
    return [("sms_gateway", [f"{iso(t)} sms-out sid=SM{hexs(32)} to=", P("phone", phone_fmt(f["phone"], 2)), f" from=+1{FAC_PHONE.replace('-', '')} status=queued body=\"Hi ",
                             P("name", f["first"]), ", your video visit with ", P("name", p["first"]), " is set for ",
                             P("date", day.strftime("%a %-m/%-d")), f" at {R.choice(['10:00 AM', '2:30 PM', '6:15 PM'])}. Join: ",
                             P("url", join_url(p, f)), ' Reply STOP to opt out."'])]


def g_diet(t):
    p = pt()
    r = R.random()
    ts = T(t).strftime("%Y-%m-%d %H:%M:%S")
    if r < 0.5:
        form = R.choice(["Jevity 1.5 Cal", "Osmolite 1.2", "Vital 1.5", "Nepro w/ Carb Steady", "Peptamen Intense VHP", "Glucerna 1.2"])
        parts = [f"{ts}|TFORD|ord=TF-{R.randint(10000, 99999)}|mrn=", P("mrn", p["mrn"]), "|pt=", P("name", lf(p)),
                 f"|frm={form}|rte={R.choice(['PEG', 'NGT', 'J-tube', 'PEJ'])}|rate={R.randint(20, 50)}ml/h|goal={R.randint(50, 80)}ml/h|adv=10ml q8h",
                 f"|fw={R.choice([150, 200, 250])}ml q{R.choice([4, 6])}h|hob=30|wt_kg={R.randint(48, 130)}.{R.randint(0, 9)}|kcal_goal={R.randint(1400, 2400)}"]
        if R.random() < 0.5:
            parts += ["|pump=Kangaroo ePump SN ", P("device", "EP" + digits(8))]
        parts += [f"|rd={R.choice(STAFF_RD)}"]
        return [("diet_order", parts)]
    return [("diet_order", [f"{ts}|FORMULARY|sku={R.choice(['ABB-64755', 'NES-98110', 'ABB-66004'])}|desc={R.choice(['Jevity 1.5 Cal 1000mL RTH', 'Osmolite 1.2 1500mL', 'Peptamen 1.5 1000mL'])}|par={R.randint(10, 48)}|on_hand={R.randint(0, 60)}|vendor=Medline Industries, 3 Lakes Dr, Northfield IL 60093"])]


def g_tomcat(t):
    r = R.random()
    staff_ip = f"10.40.{R.randint(8, 40)}.{R.randint(2, 250)}"
    ua = R.choice(['"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0"',
                   '"okhttp/4.12.0"', '"RtDocDesktop/3.14 (.NET 8.0.10)"'])
    if r < 0.25:
        p = pt()
        path = R.choice([["/rtdoc/api/patients/", P("mrn", p["mrn"]), "/flowsheet?from=2024-11-12&rows=200"],
                         ["/wound/api/v2/patients/", P("mrn", p["mrn"]), "/wounds"],
                         ["/rtdoc/api/search?lastName=", P("name", p["last"].replace(" ", "%20").replace("'", "%27").replace("é", "%C3%A9").replace("ä", "%C3%A4").replace("ñ", "%C3%B1").replace("ń", "%C5%84").replace("Ż", "%C5%BB")), "&dob=", P("date", dis(p["dob"]))]])
        return [("tomcat_access", [f"{staff_ip} - {R.choice(STAFF_RT_ID)} [{clf(t)}] \"GET ", path, f" HTTP/1.1\" 200 {R.randint(300, 60000)} \"-\" {ua} {R.randint(3, 900)}"])]
    if r < 0.33:
        p = pt()
        if p["fam"]:
            f = p["fam"][0]
            ip = f"{R.choice([68, 71, 76, 98, 174, 24])}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"
            tok = join_url(p, f).split("/v/")[1]
            return [("tomcat_access", [P("ip", ip), f" - - [{clf(t)}] \"GET ", P("url", "/v/" + tok), f" HTTP/1.1\" 200 {R.randint(2000, 9000)} \"-\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1\" {R.randint(20, 400)}"])]
    path = R.choice(["/rtdoc/api/wean/board?unit=2W", "/rtdoc/health", "/wound/actuator/health", "/rtdoc/static/js/main.8f3c2a1d.js",
                     "/wound/api/v2/uploads", "/manager/status?XML=true", f"/rtdoc/api/protocols/LRSH-SBT-v7"])
    meth = "POST" if "uploads" in path else "GET"
    if meth == "POST":
        ua = '"okhttp/4.12.0"'
    ip = R.choice([staff_ip, "10.40.2.15", "127.0.0.1"])
    return [("tomcat_access", [f"{ip} - - [{clf(t)}] \"{meth} {path} HTTP/1.1\" {R.choice([200, 200, 200, 304, 401, 404, 500])} {R.randint(0, 80000)} \"-\" {ua} {R.randint(1, 2000)}"])]


def g_mysql(t):
    r = R.random()
    if r < 0.3:
        p = pt()
        q = R.choice([
            ["SELECT r.* FROM flowsheet_row r JOIN patient p ON p.id=r.patient_id WHERE p.mrn='", P("mrn", p["mrn"]), "' AND r.recorded_at >= NOW() - INTERVAL 7 DAY;"],
            ["UPDATE patient SET last_name='", P("name", p["last"].replace("'", "''")), "', first_name='", P("name", p["first"]), "', birth_date='", P("date", dis(p["dob"])), f"' WHERE id={R.randint(1000, 9999)};"],
            ["INSERT INTO fam_contact (patient_id,name,phone,relation) VALUES (", str(R.randint(1000, 9999)), ",'",
             P("name", f"{p['fam'][0]['first']} {p['fam'][0]['last']}".replace("'", "''")), "','", P("phone", p["fam"][0]["phone"]), f"','{p['fam'][0]['rel']}');"] if p["fam"] else
            ["SELECT * FROM patient WHERE mrn='", P("mrn", p["mrn"]), "';"]])
        return [("mysql_slow", [f"# Time: {utc(t)}"]),
                ("mysql_slow", [f"# User@Host: rtdoc_app[rtdoc_app] @ rtdoc-api0{R.randint(1, 2)}.lrsh.local [10.40.8.{R.randint(20, 30)}]  Id: {R.randint(10000, 99999)}"]),
                ("mysql_slow", [f"# Query_time: {R.uniform(1, 9):.6f}  Lock_time: {R.uniform(0, 0.01):.6f} Rows_sent: {R.randint(0, 400)}  Rows_examined: {R.randint(1000, 900000)}"]),
                ("mysql_slow", [f"SET timestamp={int((T(t) + dt.timedelta(hours=5)).replace(tzinfo=dt.timezone.utc).timestamp())};"]),
                ("mysql_slow", q)]
    msg = R.choice([f"[Warning] [MY-010055] [Server] IP address '10.40.{R.randint(8, 40)}.{R.randint(2, 250)}' could not be resolved: Name or service not known",
                    f"[Note] [MY-010914] [Server] Aborted connection {R.randint(1000, 99999)} to db: 'rtdoc' user: 'rtdoc_app' host: '10.40.8.{R.randint(20, 30)}' (Got timeout reading communication packets).",
                    "[Warning] [MY-013360] [Server] Plugin mysql_native_password reported: ''mysql_native_password' is deprecated and will be removed in a future release.'",
                    f"[Warning] [MY-010957] [Server] The transaction log file ./#innodb_redo/#ib_redo{R.randint(100, 999)} is {R.randint(70, 95)}% full, checkpoint age {R.randint(10**8, 9 * 10**8)} (mysqld 8.0.39)"])
    return [("mysql_err", [f"{utc(t)} {R.randint(0, 90)} {msg}"])]


def g_idphoto(t):
    p = pt()
    obj = {"@timestamp": iso(t), "level": "DEBUG", "logger_name": "org.lrsh.woundsvc.IdPhotoService",
           "message": "patient ID photo attached", "mrn": P("mrn", p["mrn"]), "photoType": "ID_FACE",
           "thumb": P("photo", "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA" + b64(R.randint(90, 140)))}
    return [("wound_json", J(obj))]


QUOTA = [(g_idphoto, 2), (g_capsule, 4), (g_philips, 4), (g_email, 3), (g_ltch, 2), (g_iqies, 3), (g_fax, 3), (g_wean_csv, 2)]
GENS = [(g_syslog, 16), (g_nlog, 20), (g_wound, 10), (g_exif, 5), (g_logcat, 11), (g_careport, 8), (g_ps, 8),
        (g_task, 10), (g_omni, 12), (g_famvisit, 9), (g_sms, 6), (g_diet, 8), (g_tomcat, 20), (g_mysql, 5)]
SINGLE = [g_syslog, g_task, g_tomcat, g_omni, g_diet, g_ps, g_famvisit]


def main():
    blocks = []
    total = 0
    seq = 0
    fns = [g for g, _ in GENS]
    wts = [w for _, w in GENS]
    for g, k in QUOTA:
        for _ in range(k):
            t = R.uniform(0, 86000)
            b = g(t)
            blocks.append((t, seq, b))
            seq += 1
            total += len(b)
    while total < N_LINES - 25:
        t = R.uniform(0, 86000)
        g = R.choices(fns, wts)[0]
        b = g(t)
        blocks.append((t, seq, b))
        seq += 1
        total += len(b)
    while total < N_LINES:
        t = R.uniform(0, 86000)
        b = R.choice(SINGLE)(t)
        while len(b) != 1:
            b = R.choice(SINGLE)(t)
        blocks.append((t, seq, b))
        seq += 1
        total += 1
    blocks.sort(key=lambda x: (x[0], x[1]))
    lines = [ln for _, _, b in blocks for ln in b]
    assert len(lines) == N_LINES, len(lines)

    with open("oq.log", "wb") as lg, open("oq.labels.jsonl", "w", encoding="utf-8") as lb:
        for n, (fam, parts) in enumerate(lines, start=1):
            data, spans = build(parts)
            if b"\n" in data or b"\r" in data or not data.strip():
                raise SystemExit(f"line {n}: bad line content")
            data.decode("utf-8")
            prev = 0
            for sp in spans:
                s, e = sp["s"], sp["e"]
                if not (0 <= s < e <= len(data)):
                    raise SystemExit(f"line {n}: span out of range {sp}")
                if s < prev:
                    raise SystemExit(f"line {n}: overlapping span {sp}")
                prev = e
                if data[s:e].decode("utf-8") != sp["_v"]:
                    raise SystemExit(f"line {n}: span text mismatch {sp}")
            lg.write(data + b"\n")
            lb.write(json.dumps({"line": n, "family": fam,
                                 "spans": [{"s": sp["s"], "e": sp["e"], "cat": sp["cat"]} for sp in spans]}) + "\n")


if __name__ == "__main__":
    main()
