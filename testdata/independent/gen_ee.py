#!/usr/bin/env python3
"""Deterministic generator for the `ee` held-out PHI corpus.

Theme: cardiology device clinic remote monitoring (pacemakers, ICDs, CRT,
insertable loop recorders) on a vendor-neutral platform ("RhythmHub").
Writes ee.log and ee.labels.jsonl next to this file.  Standard library only.
"""
import base64
import datetime as dt
import json
import os
import random
import uuid

random.seed(18051405)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "ee"
N_LINES = 500
TARGET_NOPHI = 0.55


# --------------------------------------------------------------------------
# span plumbing
# --------------------------------------------------------------------------
class P:
    """A PHI value inserted into a line (text exactly as it appears)."""
    __slots__ = ("v", "c", "num")

    def __init__(self, v, c):
        self.num = isinstance(v, int) and not isinstance(v, bool)
        self.v = str(v)
        self.c = c


class O(list):
    """ordered JSON/py object: list of (key, value)"""


class S(list):
    """composite string made of str and P parts (escaped per part)"""


def jesc(s, ea):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def jparts(v, ea=True, sep=(", ", ": "), nlog=False):
    out = []
    if isinstance(v, O):
        out.append("{ " if nlog else "{")
        for i, (k, x) in enumerate(v):
            if i:
                out.append(sep[0])
            out.append(json.dumps(k) + sep[1])
            out.extend(jparts(x, ea, sep, nlog))
        out.append(" }" if nlog else "}")
    elif isinstance(v, S):
        out.append('"')
        for x in v:
            if isinstance(x, P):
                out.append(P(jesc(x.v, ea), x.c))
            else:
                out.append(jesc(x, ea))
        out.append('"')
    elif isinstance(v, list):
        out.append("[")
        for i, x in enumerate(v):
            if i:
                out.append(sep[0])
            out.extend(jparts(x, ea, sep, nlog))
        out.append("]")
    elif isinstance(v, P):
        if v.num:
            out.append(P(v.v, v.c))
        else:
            out.extend(['"', P(jesc(v.v, ea), v.c), '"'])
    elif v is None:
        out.append("null")
    elif isinstance(v, bool):
        out.append("true" if v else "false")
    elif isinstance(v, (int, float)):
        out.append(json.dumps(v))
    else:
        out.append(json.dumps(v, ensure_ascii=ea))
    return out


def rparts(v):
    """python repr() style (celery results / kwargs)."""
    out = []
    if isinstance(v, O):
        out.append("{")
        for i, (k, x) in enumerate(v):
            if i:
                out.append(", ")
            out.append(repr(k) + ": ")
            out.extend(rparts(x))
        out.append("}")
    elif isinstance(v, list):
        out.append("[")
        for i, x in enumerate(v):
            if i:
                out.append(", ")
            out.extend(rparts(x))
        out.append("]")
    elif isinstance(v, P):
        if v.num:
            out.append(P(v.v, v.c))
        else:
            q = repr(v.v)
            out.extend([q[0], P(q[1:-1], v.c), q[-1]])
    else:
        out.append(repr(v))
    return out


LINES = []


def flat(parts, acc):
    for x in parts:
        if isinstance(x, (list, tuple)) and not isinstance(x, (O, S)):
            flat(x, acc)
        else:
            acc.append(x)
    return acc


def emit(fam, *parts):
    LINES.append((fam, flat(parts, [])))


def render(parts):
    buf = bytearray()
    spans, checks = [], []
    for x in parts:
        if isinstance(x, P):
            b = x.v.encode("utf-8")
            assert b, "empty span"
            s = len(buf)
            buf += b
            spans.append({"s": s, "e": len(buf), "cat": x.c})
            checks.append((s, len(buf), b))
        else:
            assert isinstance(x, str), repr(x)
            buf += x.encode("utf-8")
    for s, e, b in checks:
        assert bytes(buf[s:e]) == b
    for a, b in zip(spans, spans[1:]):
        assert a["e"] <= b["s"]
    assert b"\n" not in buf and b"\r" not in buf
    assert len(buf) <= 4000, len(buf)
    return bytes(buf), spans


def has_phi(parts):
    return any(isinstance(x, P) for x in parts)


# --------------------------------------------------------------------------
# clock & timestamp formats
# --------------------------------------------------------------------------
UTC = dt.timezone.utc
T = dt.datetime(2024, 5, 14, 7, 58, 12, 345678, tzinfo=UTC)
EDT = dt.timezone(dt.timedelta(hours=-4))


def adv(lo=0.05, hi=6.0):
    global T
    T += dt.timedelta(seconds=random.uniform(lo, hi))


def ms():
    return "%03d" % (T.microsecond // 1000)


def ts_dj():
    return T.strftime("%Y-%m-%d %H:%M:%S") + "," + ms()


def ts_nlog():
    return T.strftime("%Y-%m-%d %H:%M:%S") + ".%04d" % (T.microsecond // 100)


def ts_ngx():
    return T.strftime("%d/%b/%Y:%H:%M:%S +0000")


def ts_ngxerr():
    return T.strftime("%Y/%m/%d %H:%M:%S")


def ts_rmq():
    return T.strftime("%Y-%m-%d %H:%M:%S.%f") + "+00:00"


def ts_iso():
    return T.strftime("%Y-%m-%dT%H:%M:%S.") + ms() + "Z"


def ts_logcat():
    lt = T.astimezone(EDT)
    return lt.strftime("%m-%d %H:%M:%S.") + "%03d" % (lt.microsecond // 1000)


def cel(level, proc):
    return "[%s: %s/%s] " % (ts_dj(), level, proc)


def dj(level, logger, lineno):
    return "[%s] %s [%s:%d] " % (ts_dj(), level, logger, lineno)


def nl(level, logger):
    return "%s|%s|%s|" % (ts_nlog(), level, logger)


def rmq(level):
    return "%s [%s] <0.%d.0> " % (ts_rmq(), level, random.randint(600, 31000))


def uid():
    return str(uuid.UUID(int=random.getrandbits(128), version=4))


def hexid(n):
    return "%0*x" % (n, random.getrandbits(4 * n))


# --------------------------------------------------------------------------
# identifier helpers with check digits
# --------------------------------------------------------------------------
DIG = "0123456789"


def rd(n):
    return "".join(random.choice(DIG) for _ in range(n))


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
    nine = random.choice("12") + rd(8)
    return nine + luhn_digit("80840" + nine)


def imei():
    body = random.choice(["35", "86", "01"]) + rd(12)
    return body + luhn_digit(body)


def visa():
    body = "4" + rd(14)
    return body + luhn_digit(body)


def gtin14(prefix):
    body = prefix + rd(13 - len(prefix))
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return body + str((10 - s % 10) % 10)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + DIG
    return "".join([random.choice("123456789"), random.choice(MBI_A), random.choice(an),
                    random.choice(DIG), random.choice(MBI_A), random.choice(an),
                    random.choice(DIG), random.choice(MBI_A), random.choice(MBI_A),
                    random.choice(DIG), random.choice(DIG)])


def ssn():
    while True:
        a = random.randint(101, 699)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, random.randint(1, 99), random.randint(1, 9999))


def mac():
    b = [random.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFC
    return ":".join("%02X" % x for x in b)


UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def letters(n):
    return "".join(random.choice(UP) for _ in range(n))


# --------------------------------------------------------------------------
# reference data: vendors, clinicians, clinic
# --------------------------------------------------------------------------
VENDORS = {
    "MDT": dict(
        portal="CareLink", host="api.carelink-network.example", pfx="carelink",
        models=[("ICD", "Evera MRI XT DR", "DDMB2D4"), ("PPM", "Azure XT DR MRI", "W1DR01"),
                ("CRT-D", "Cobalt XT HF Quad", "DTPA2Q1"), ("ILR", "LINQ II", "LNQ22"),
                ("PPM", "Micra AV", "MC1AVR1"), ("CRT-P", "Percepta Quad CRT-P MRI", "W4TR04")],
        serial=lambda: letters(3) + rd(6) + random.choice("SHGN"),
        leads=[("CapSureFix Novus MRI SureScan", "5076-52"), ("Sprint Quattro Secure S", "6935M-62"),
               ("Attain Performa", "4298-88"), ("SelectSecure", "3830-69")],
        lead_serial=lambda: letters(3) + rd(7) + "V",
        monitor=("MyCareLink Smart", "25000"), app="MyCareLink Heart",
        support="1-800-555-0133"),
    "ABT": dict(
        portal="Merlin.net", host="merlin-api.abbott-crm.example", pfx="merlin",
        models=[("PPM", "Assurity MRI", "PM2272"), ("ICD", "Gallant VR", "CDVRA500Q"),
                ("CRT-D", "Gallant HF", "CDHFA500Q"), ("ILR", "Jot Dx", "DM4500"),
                ("ILR", "Confirm Rx", "DM3500")],
        serial=lambda: random.choice("89") + rd(6),
        leads=[("Tendril STS", "2088TC/58"), ("Durata", "7122Q/65"), ("Quartet", "1458Q/86"),
               ("UltiPace", "1231/52")],
        lead_serial=lambda: letters(3) + rd(6),
        monitor=("Merlin@home", "EX1150"), app="myMerlinPulse",
        support="1-800-555-0163"),
    "BSC": dict(
        portal="LATITUDE NXT", host="latitude-nxt.bsci-remote.example", pfx="latitude",
        models=[("ICD", "RESONATE EL ICD", "D433"), ("CRT-D", "RESONATE X4 CRT-D", "G447"),
                ("PPM", "ACCOLADE MRI", "L331"), ("ILR", "LUX-Dx II+", "M312"),
                ("CRT-P", "VISIONIST X4 CRT-P", "U228")],
        serial=lambda: random.choice("1234567") + rd(5),
        leads=[("RELIANCE 4-FRONT", "0693"), ("INGEVITY+", "7842"), ("ACUITY X4 Spiral L", "4674"),
               ("FINELINE II", "4480")],
        lead_serial=lambda: rd(6),
        monitor=("LATITUDE Communicator", "6290"), app="myLATITUDE",
        support="1-800-555-0177"),
    "BIO": dict(
        portal="Home Monitoring Service Center", host="hmsc.biotronik-telemed.example", pfx="hmsc",
        models=[("PPM", "Edora 8 DR-T", "407145"), ("ICD", "Acticor 7 VR-T DX", "429524"),
                ("ILR", "BIOMONITOR IIIm", "436066"), ("CRT-D", "Rivacor 7 HF-T QP", "429528")],
        serial=lambda: "6" + rd(7),
        leads=[("Solia S 53", "377176"), ("Plexa ProMRI S DX 65/16", "436911"),
               ("Sentus ProMRI OTW QP L-85/49", "407164")],
        lead_serial=lambda: "6" + rd(7),
        monitor=("CardioMessenger", "Smart 4"), app="MyHeartBIO",
        support="1-800-555-0189"),
}

CLIN = []
for first, last, cred, user in [("Priya", "Raman", "MD", "praman"), ("Tobias", "Engel", "MD", "tengel"),
                                ("Nkechi", "Adeyemi", "DO", "nadeyemi"),
                                ("Marisol", "Ferreira", "RN, CCDS", "mferreira"),
                                ("Kenji", "Watanabe", "CCDS", "kwatanabe"),
                                ("Olumide", "Bankole", "RCES", "obankole"),
                                ("Dana", "Whitcomb", "CPC", "dwhitcomb")]:
    CLIN.append(dict(first=first, last=last, cred=cred, user=user, npi=npi(),
                     phone="(614) 555-01%02d" % random.randint(60, 99)))
PHYS = CLIN[:3]
NURSE = CLIN[3:6]
BILLER = CLIN[6]
CLINIC = dict(name="Heart & Rhythm Center of Central Ohio", npi=npi(), tin="31-" + rd(7),
              phone="(614) 555-0100", fax="(614) 555-0101", vendor_acct={"MDT": "4412", "ABT": "CL-20931",
                                                                        "BSC": "88-0417", "BIO": "US-OH-0193"})

# --------------------------------------------------------------------------
# patients
# --------------------------------------------------------------------------
NAMES = [
    ("Chidi", "Okonkwo", "M"), ("Haruto", "Nakamura", "M"), ("Marguerite", "Thibodeaux", "F"),
    ("Søren", "Lindqvist", "M"), ("Guadalupe", "Villarreal-Ochoa", "F"), ("Devendra", "Iyer", "M"),
    ("Fatemeh", "Rahimi", "F"), ("Wojciech", "Zieliński", "M"), ("Aroha", "Ngata", "F"),
    ("Bartholomew", "O'Rourke", "M"), ("Thị Hoa", "Nguyễn", "F"), ("Ebenezer", "Mensah", "M"),
    ("Inês", "Carvalho", "F"), ("Dmitri", "Volkov", "M"), ("Yolanda", "Pierce-Whitfield", "F"),
    ("Ahmad", "Haddad", "M"), ("Hildegard", "Brandt", "F"), ("Rosalind", "Featherstone", "F"),
    ("Jae-won", "Park", "M"), ("Esperanza", "Quispe", "F"), ("Mehmet", "Yıldız", "M"),
    ("Aleksandra", "Petrović", "F"),
]
MIDDLE = ["A", "J", "E", "K", "M", "R", "L", "", "", ""]
CITIES = [("Columbus", "43215"), ("Columbus", "43228"), ("Dublin", "43017"), ("Westerville", "43081"),
          ("Grove City", "43123"), ("Delaware", "43015"), ("Marysville", "43040"), ("Newark", "43055"),
          ("Lancaster", "43130"), ("Zanesville", "43701"), ("Chillicothe", "45601"),
          ("Mount Vernon", "43050"), ("Circleville", "43113"), ("Hilliard", "43026"),
          ("Reynoldsburg", "43068"), ("Pickerington", "43147")]
STREETS = ["Birchwood Ave", "Sawmill Rd", "Cleveland Ave", "Olentangy River Rd", "Maple Hollow Ln",
           "E Livingston Ave", "Tussing Rd", "Sycamore Ridge Dr", "N High St", "Kenwick Ct",
           "Refugee Rd", "Sunbury Rd", "Walnut Creek Pkwy", "Orchard View Dr", "Bethel Rd",
           "Winchester Pike", "Harlem Rd", "Cherry Bottom Rd", "Linden Pl", "Glenmawr Ave",
           "Stelzer Rd", "Lockbourne Rd"]
AREA = ["614", "740", "380", "937", "614", "740"]
MAILDOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "att.net", "wowway.net"]
PHONES_A = [("iPhone15,3", "iOS 17.4.1"), ("iPhone14,7", "iOS 17.2"), ("iPhone12,1", "iOS 16.7.5"),
            ("SM-S918U", "Android 14"), ("Pixel 7a", "Android 14"), ("SM-A146U", "Android 13"),
            ("moto g stylus 5G (2023)", "Android 13"), ("SM-G991U", "Android 14")]
REL = ["spouse", "daughter", "son", "niece", "grandson", "partner", "brother", "sister"]
EC_FIRST = ["Adaeze", "Yui", "Claudette", "Astrid", "Rogelio", "Lakshmi", "Reza", "Halina", "Tane",
            "Siobhan", "Minh", "Akosua", "Tiago", "Irina", "Marcus", "Layla", "Gerhard", "Beatrix",
            "Seo-yeon", "Wilfredo", "Elif", "Milan"]
TODAY = dt.date(2024, 5, 14)


def rdate(y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(random.randint(a, b))


def ip_pub():
    first = random.choice([24, 50, 65, 68, 71, 73, 74, 76, 96, 98, 99, 104, 107, 108, 142, 174, 184])
    return "%d.%d.%d.%d" % (first, random.randint(0, 255), random.randint(0, 255), random.randint(1, 254))


class Pt:
    pass


PATIENTS = []
vend_cycle = ["MDT", "ABT", "BSC", "BIO"]
for i, (first, last, sex) in enumerate(NAMES):
    p = Pt()
    p.first, p.last, p.sex = first, last, sex
    p.mid = random.choice(MIDDLE)
    if last in ("Brandt", "Featherstone") or i == 9:
        p.dob = rdate(1929, 1933)
    else:
        p.dob = rdate(1936, 1978)
    p.age = TODAY.year - p.dob.year - ((TODAY.month, TODAY.day) < (p.dob.month, p.dob.day))
    p.mrn = "%08d" % random.randint(100000, 9999999)
    p.rhp = "RHP-%06d" % random.randint(1000, 99999)
    p.vendor = vend_cycle[i % 4] if i < 20 else random.choice(vend_cycle)
    v = VENDORS[p.vendor]
    p.vpid = {"MDT": lambda: rd(9), "ABT": lambda: "MN" + rd(8), "BSC": lambda: rd(7),
              "BIO": lambda: "P" + rd(10)}[p.vendor]()
    p.dtype, p.dname, p.dmodel = random.choice(v["models"])
    p.serial = v["serial"]()
    p.implant = rdate(2013, 2023)
    p.leads = []
    if p.dtype not in ("ILR",) and p.dmodel != "MC1AVR1":
        nl_ = {"PPM": random.choice([1, 2]), "ICD": random.choice([1, 2]), "CRT-D": 3, "CRT-P": 3}[p.dtype]
        for k in range(nl_):
            lname, lmodel = random.choice(v["leads"])
            limp = p.implant if random.random() < 0.75 else rdate(2004, p.implant.year - 1 if p.implant.year > 2005 else 2005)
            p.leads.append(dict(name=lname, model=lmodel, serial=v["lead_serial"](),
                                implant=limp, chamber=["RA", "RV", "LV"][k] if nl_ == 3 else ["RV", "RA"][k]))
    p.udi = "(01)" + gtin14("00" + random.choice(["643169", "802526", "885074", "419050"])) + \
        "(17)" + (p.implant + dt.timedelta(days=random.randint(300, 700))).strftime("%y%m%d") + \
        "(21)" + p.serial
    c, z = random.choice(CITIES)
    p.city, p.zip = c, z
    p.street = "%d %s" % (random.randint(12, 9870), random.choice(STREETS))
    p.unit = random.choice(["", "", "", "Apt 4B", "Unit 212", "Apt 3"])
    p.phone = "%s-555-01%02d" % (random.choice(AREA), random.randint(0, 59))
    p.phone2 = "(%s) 555-01%02d" % (random.choice(AREA), random.randint(0, 59))
    ascii_first = p.first.replace("ø", "o").replace("ê", "e").replace("ị", "i").replace("ı", "i").replace(" ", "")
    ascii_last = p.last.replace("ń", "n").replace("ễ", "e").replace("ı", "i").replace("ć", "c").replace("'", "")
    p.slug_first = ascii_first.lower()
    p.slug_last = ascii_last.lower()
    p.email = random.choice(["%s.%s", "%s%s", "%s_%s%d" % ("%s", "%s", p.dob.year % 100)]) % (
        ascii_first.lower(), ascii_last.lower().replace("-", "")) + "@" + random.choice(MAILDOM)
    p.username = random.choice([ascii_first.lower()[0] + ascii_last.lower().replace("-", ""),
                                ascii_first.lower() + str(p.dob.year)[2:],
                                ascii_last.lower().replace("-", "") + "_" + rd(3)])
    p.mbi = mbi()
    p.plan = "medicare" if p.age >= 65 or random.random() < 0.2 else random.choice(["commercial", "medicaid"])
    p.member = {"medicare": p.mbi, "commercial": random.choice(["XQH", "W", "ZGP"]) + rd(9),
                "medicaid": rd(12)}[p.plan]
    p.payer = {"medicare": "MEDICARE PART B", "commercial": random.choice(["ANTHEM BCBS OH", "MEDICAL MUTUAL", "UNITEDHEALTHCARE"]),
               "medicaid": "OHIO MEDICAID (CARESOURCE)"}[p.plan]
    p.group = "GRP" + rd(6) if p.plan == "commercial" else ""
    p.ssn = ssn()
    p.acct = "GA" + rd(8)
    p.pcn = "RH" + rd(9)
    ecf = EC_FIRST[i % len(EC_FIRST)]
    p.ec_name = ecf + " " + (p.last if random.random() < 0.6 else random.choice(["Morales", "Kowalczyk", "Achterberg", "Oyelaran", "Sato"]))
    p.ec_rel = random.choice(REL)
    p.ec_phone = "(%s) 555-01%02d" % (random.choice(AREA), random.randint(0, 59))
    p.conn = "app" if random.random() < 0.55 else "monitor"
    p.phone_model, p.os = random.choice(PHONES_A)
    p.app_ver = random.choice(["3.4.1 (2207)", "3.4.0 (2191)", "3.3.7 (2144)", "3.5.0-rc2 (2230)"])
    p.implant_mac = mac()
    p.phone_mac = mac()
    p.mon_serial = {"MDT": lambda: "RNM" + rd(6) + "N", "ABT": lambda: rd(8), "BSC": lambda: "L" + rd(7),
                    "BIO": lambda: "CM" + rd(9)}[p.vendor]()
    p.mon_imei = imei()
    p.mon_mac = mac()
    p.ip = ip_pub()
    p.card = visa() if random.random() < 0.15 else None
    PATIENTS.append(p)


def by_vendor(vend):
    return [p for p in PATIENTS if p.vendor == vend]


def fmt_date(d, style):
    return {"iso": d.strftime("%Y-%m-%d"), "us": d.strftime("%m/%d/%Y"), "hl7": d.strftime("%Y%m%d"),
            "dmy": d.strftime("%d-%b-%Y"), "usshort": "%d/%d/%d" % (d.month, d.day, d.year)}[style]


def session_dt():
    back = dt.timedelta(hours=random.uniform(3, 40))
    s = (T - back).astimezone(EDT).replace(microsecond=0)
    return s


TX_SEQ = [88000 + random.randint(0, 400)]
ALERT_SEQ = [44700 + random.randint(0, 100)]


def next_tx():
    TX_SEQ[0] += random.randint(1, 9)
    return TX_SEQ[0]


# --------------------------------------------------------------------------
# scenario emitters
# --------------------------------------------------------------------------
PULL_TASK = "rhythmhub.vendors.tasks.pull_transmissions"


def vendor_record(p, txno, sess):
    """vendor-specific raw JSON record (different key conventions)."""
    v = p.vendor
    sess_iso = sess.isoformat()
    leads = p.leads
    if v == "MDT":
        return O([("transmission_id", "CL-%d" % random.randint(10**8, 10**9 - 1)),
                  ("patient_identifier", P(p.vpid, "mrn")),
                  ("patient_name", O([("last", P(p.last, "name")), ("first", P(p.first, "name"))])),
                  ("birth_date", P(fmt_date(p.dob, "iso"), "date")),
                  ("device", O([("model_number", p.dmodel), ("model_name", p.dname),
                                ("serial_number", P(p.serial, "device")),
                                ("implant_date", P(fmt_date(p.implant, "iso"), "date"))])),
                  ("session_date_time", P(sess_iso, "date")),
                  ("transmission_type", random.choice(["SCHEDULED", "PATIENT_INITIATED", "CAREALERT"]))])
    if v == "ABT":
        return O([("TransmissionID", random.randint(10**7, 10**8)), ("PatientID", P(p.vpid, "mrn")),
                  ("PatientLastName", P(p.last, "name")), ("PatientFirstName", P(p.first, "name")),
                  ("DOB", P(fmt_date(p.dob, "us"), "date")), ("ModelNum", p.dmodel),
                  ("SerialNum", P(p.serial, "device")), ("ImplantDate", P(fmt_date(p.implant, "us"), "date")),
                  ("FollowUpDate", P(sess.strftime("%m/%d/%Y %H:%M"), "date")),
                  ("Leads", [O([("Model", l["model"]), ("Serial", P(l["serial"], "device"))]) for l in leads])])
    if v == "BSC":
        return O([("transmissionId", "%d" % random.randint(10**6, 10**7)), ("patientId", P(p.vpid, "mrn")),
                  ("patientName", S([P(p.last, "name"), ", ", P(p.first, "name")])),
                  ("deviceModel", p.dmodel), ("deviceSerialNumber", P(p.serial, "device")),
                  ("implantDate", P(fmt_date(p.implant, "iso"), "date")),
                  ("interrogationDate", P(sess_iso, "date")),
                  ("batteryRemaining", "%.1f years" % random.uniform(0.6, 11.5))])
    return O([("msg_id", hexid(16)), ("pat_id", P(p.vpid, "mrn")), ("pat_name", S([P(p.last, "name"), "^", P(p.first, "name")])),
              ("dev_type", p.dmodel), ("dev_sn", P(p.serial, "device")),
              ("impl_dt", P(fmt_date(p.implant, "hl7"), "date")), ("msg_dt", P(sess.strftime("%Y%m%d%H%M%S"), "date")),
              ("trigger", random.choice(["PERIODIC", "EVENT", "PATIENT"]))])


def sc_pull():
    vend = random.choice(list(VENDORS))
    v = VENDORS[vend]
    pts = random.sample(by_vendor(vend), k=min(len(by_vendor(vend)), random.choice([1, 1, 2, 3])))
    tid = uid()
    emit("celery", cel("INFO", "MainProcess"), "Task %s[%s] received" % (PULL_TASK, tid))
    adv(0.01, 0.2)
    worker = "ForkPoolWorker-%d" % random.randint(1, 8)
    since = (T - dt.timedelta(minutes=15)).strftime("%Y-%m-%dT%H:%M:00Z")
    n = random.randint(len(pts), 24)
    emit("celery", cel("INFO", worker), "%s[%s]: GET https://%s/v2/clinics/%s/transmissions?since=%s&page=1 -> 200 in %dms (%d records)"
         % (PULL_TASK, tid, v["host"], CLINIC["vendor_acct"][vend], since, random.randint(180, 2400), n))
    imported = 0
    for p in pts:
        adv(0.05, 1.2)
        txno = next_tx()
        sess = session_dt()
        if random.random() < 0.45:
            emit("django", dj("DEBUG", "rhythmhub.vendors.%s" % v["pfx"], random.choice([211, 214, 388])),
                 "raw record: ", jparts(vendor_record(p, txno, sess), ea=True, sep=(", ", ": ")))
            adv(0.01, 0.3)
        ev = random.randint(0, 9)
        style = random.random()
        if style < 0.5:
            emit("celery", cel("INFO", worker), "%s[%s]: parsed %s transmission -> tx=%d pt=" % (PULL_TASK, tid, v["portal"], txno),
                 P(p.vpid, "mrn"), " model=%s sn=" % p.dmodel, P(p.serial, "device"),
                 " session=", P(sess.strftime("%Y-%m-%dT%H:%M:%S%z"), "date"), " episodes=%d" % ev)
        else:
            emit("celery", cel("INFO", worker), "%s[%s]: tx %d matched to " % (PULL_TASK, tid, txno), P(p.rhp, "mrn"),
                 " (%s %s, fw %s) battery %.2fV RRT=%s" % (p.dname, p.dmodel, random.choice(["8.2.1", "2.14.3", "1.0.7344", "V3.2.1.11"]),
                                                       random.uniform(2.6, 3.2), random.choice(["no", "no", "no", "yes"])))
        adv(0.01, 0.4)
        if random.random() < 0.6:
            rec = O([("asctime", ts_dj()), ("levelname", "INFO"), ("name", "rhythmhub.transmissions.importer"),
                     ("message", "transmission imported"), ("transmission_id", txno), ("vendor", vend),
                     ("patient_id", P(p.rhp, "mrn")), ("session_date", P(fmt_date(sess.date(), "iso"), "date")),
                     ("device_model", p.dmodel), ("device_serial", P(p.serial, "device")),
                     ("episode_count", ev), ("pdf_pages", random.randint(4, 38)), ("duration_ms", random.randint(40, 900))])
            emit("django-json", jparts(rec))
        imported += 1
    adv(0.1, 1.0)
    emit("celery", cel("INFO", worker), "Task %s[%s] succeeded in %.4fs: " % (PULL_TASK, tid, random.uniform(0.8, 9.5)),
         rparts(O([("vendor", vend), ("new", imported), ("dup", n - imported), ("clinic", CLINIC["vendor_acct"][vend])])))


def sc_match():
    p = random.choice(PATIENTS)
    r = random.random()
    if r < 0.4:
        emit("django", dj("WARNING", "rhythmhub.matching", 88),
             "No EHR match for %s patient " % VENDORS[p.vendor]["portal"], P(p.vpid, "mrn"), " (",
             P(p.last, "name"), ", ", P(p.first, "name"), ", DOB ", P(fmt_date(p.dob, "iso"), "date"),
             ", sn ", P(p.serial, "device"), "); queued for manual reconciliation (queue depth %d)" % random.randint(1, 14))
    elif r < 0.75:
        emit("django", dj("INFO", "rhythmhub.matching", 131), "Matched vendor patient ", P(p.vpid, "mrn"),
             " -> ", P(p.rhp, "mrn"), " / EHR MRN ", P(p.mrn, "mrn"), " on [serial, dob, last_name] score=0.%d" % random.randint(91, 99))
    else:
        rec = O([("asctime", ts_dj()), ("levelname", "WARNING"), ("name", "rhythmhub.matching"),
                 ("message", "demographic mismatch"), ("field", "dob"),
                 ("vendor_value", P(fmt_date(p.dob, "us"), "date")),
                 ("ehr_value", P(fmt_date(p.dob + dt.timedelta(days=random.choice([1, 30, 365])), "us"), "date")),
                 ("patient_id", P(p.rhp, "mrn")), ("resolved_by", None)])
        emit("django-json", jparts(rec))


IDC = [
    # (code, name, vtype, value-fn, cat, subid)
]


def hl7_obx(p, sess, episodes):
    """ordered list of (segment parts) for OBX lines."""
    segs = []
    n = [0]

    def obx(vt, code, name, val, units="", sub=""):
        n[0] += 1
        seg = ["OBX|%d|%s|%d^%s^MDC|%s|" % (n[0], vt, code, name, sub), val, "|%s|||||R" % units]
        segs.append((name, seg))

    obx("CWE", 720897, "MDC_IDC_DEV_TYPE", "%s^%s^MDC_IDC_ENUM_DEV_TYPE" % (p.dtype, p.dtype))
    obx("ST", 720898, "MDC_IDC_DEV_MODEL", "%s^%s" % (p.dmodel, p.dname))
    obx("ST", 720899, "MDC_IDC_DEV_SERIAL", P(p.serial, "device"))
    obx("CWE", 720900, "MDC_IDC_DEV_MFG", {"MDT": "MDT", "ABT": "STJ", "BSC": "BSX", "BIO": "BIO"}[p.vendor])
    obx("DTM", 720901, "MDC_IDC_DEV_IMPLANT_DT", P(fmt_date(p.implant, "hl7"), "date"))
    obx("DTM", 721025, "MDC_IDC_SESS_DTM", P(sess.strftime("%Y%m%d%H%M%S%z"), "date"))
    obx("CWE", 721032, "MDC_IDC_SESS_TYPE", random.choice(["RemoteScheduled", "RemoteUnscheduled", "RemoteAlert"]))
    for k, l in enumerate(p.leads, 1):
        obx("ST", 720961, "MDC_IDC_LEAD_MODEL", l["model"], sub=str(k))
        obx("ST", 720962, "MDC_IDC_LEAD_SERIAL", P(l["serial"], "device"), sub=str(k))
        obx("DTM", 720963, "MDC_IDC_LEAD_IMPLANT_DT", P(fmt_date(l["implant"], "hl7"), "date"), sub=str(k))
        obx("CWE", 720965, "MDC_IDC_LEAD_LOCATION_CHAMBER", l["chamber"], sub=str(k))
    obx("NM", 721216, "MDC_IDC_MSMT_BATTERY_VOLTAGE", "%.2f" % random.uniform(2.6, 3.2), "V^V^UCUM")
    obx("CWE", 721220, "MDC_IDC_MSMT_BATTERY_STATUS", random.choice(["BOS", "BOS", "MOS", "RRT"]))
    if p.leads:
        obx("NM", 721440, "MDC_IDC_MSMT_LEADCHNL_RV_IMPEDANCE_VALUE", "%d" % random.randint(310, 1200), "Ohm^Ohm^UCUM")
        obx("NM", 721441, "MDC_IDC_STAT_BRADY_RV_PERCENT_PACED", "%.1f" % random.uniform(0, 99.9), "%^%^UCUM")
    if p.dtype in ("ICD", "CRT-D"):
        obx("NM", 721600, "MDC_IDC_MSMT_HV_IMPEDANCE", "%d" % random.randint(40, 90), "Ohm^Ohm^UCUM")
    obx("NM", 721706, "MDC_IDC_STAT_ATAF_BURDEN_PERCENT", "%.1f" % random.uniform(0, 40), "%^%^UCUM")
    for e in range(episodes):
        eid = str(random.randint(100, 9999))
        obx("ST", 721793, "MDC_IDC_EPISODE_ID", eid, sub="%d" % (e + 1))
        obx("DTM", 721794, "MDC_IDC_EPISODE_DTM", P((sess - dt.timedelta(hours=random.uniform(2, 300))).strftime("%Y%m%d%H%M%S%z"), "date"),
            sub="%d" % (e + 1))
        obx("CWE", 721795, "MDC_IDC_EPISODE_TYPE", random.choice(["Epis_AF", "Epis_VT", "Epis_Brady", "Epis_Pause", "Epis_AT"]),
            sub="%d" % (e + 1))
    return segs


def hl7_pid(p, pidstyle):
    adr = [P(p.street, "address")]
    if p.unit:
        adr += ["^", p.unit and P(p.unit, "address")]
    else:
        adr += ["^"]
    seg = ["PID|1||", P(p.mrn, "mrn"), "^^^HRCCO^MR~", P(p.rhp, "mrn"), "^^^RHYTHMHUB^PI||",
           P(p.last, "name"), "^", P(p.first, "name"), "^" + p.mid if p.mid else "", "||",
           P(fmt_date(p.dob, "hl7"), "date"), "|%s|||" % p.sex] + adr + ["^", P(p.city, "address"), "^OH^",
                                                                        P(p.zip, "zip"), "^USA||", P(p.phone2, "phone"),
                                                                        "^PRN^PH|||||", ]
    if pidstyle:
        seg += [P(p.acct, "account"), "|", P(p.ssn.replace("-", ""), "ssn"), "|"]
    else:
        seg += ["|||"]
    return seg


def sc_hl7():
    p = random.choice(PATIENTS)
    sess = session_dt()
    txno = next_tx()
    ctrl = "RH" + T.strftime("%Y%m%d%H%M%S") + ms()
    phys = random.choice(PHYS)
    episodes = random.choice([0, 0, 1, 2])
    logger = "RhythmHub.Integration.Hl7.OruBuilder"
    emit("nlog", nl("INFO", logger), "Building ORU^R01 (IHE PCD-09 IDCO) for transmission %d, control id %s" % (txno, ctrl))
    adv(0.01, 0.2)
    msh = "MSH|^~\\&|RHYTHMHUB|HRCCO|EPIC|OHIOHEALTH_EP|%s||ORU^R01^ORU_R01|%s|P|2.6|||AL|NE||UNICODE UTF-8|||IHE_IDCO_ORU^IHE PCD^1.3.6.1.4.1.19376.1.6.1.9.1^ISO" % (
        T.strftime("%Y%m%d%H%M%S+0000"), ctrl)
    pid = hl7_pid(p, random.random() < 0.2)
    pv1 = "PV1|1|R|^^^HRCCO||||%s^%s^%s^^^^%s^^^^NPI|||CARD||||||||||||||||||||||||||||||||||%s" % (
        phys["npi"], phys["last"], phys["first"], phys["cred"].split(",")[0], txno)
    obr = ["OBR|1|%d^RHYTHMHUB||18750-0^Cardiac Electrophysiology Report^LN|||" % txno,
           P(sess.strftime("%Y%m%d%H%M%S%z"), "date"), "||||||||%s^%s^%s^^^^%s^^^^NPI" % (
               phys["npi"], phys["last"], phys["first"], phys["cred"]), "||||||", T.strftime("%Y%m%d%H%M%S+0000"), "||EP|F"]
    obxs = hl7_obx(p, sess, episodes)
    if random.random() < 0.3:
        # whole message in one NLog JSON event (CR escaped as \r by JSON)
        parts = [msh, "\r"] + pid + ["\r", pv1, "\r"] + obr
        for _, s in obxs[:random.randint(6, len(obxs))]:
            parts += ["\r"] + s
        rec = O([("time", ts_nlog()), ("level", "DEBUG"), ("logger", "RhythmHub.Integration.Mllp.MllpClient"),
                 ("message", "Sending ORU^R01 %s" % ctrl), ("Destination", "10.30.1.40:6661"),
                 ("Hl7Message", S(flat(parts, [])))])
        emit("nlog-json", jparts(rec, ea=True, nlog=True))
    else:
        mllp = "RhythmHub.Integration.Mllp.MllpClient"
        emit("nlog", nl("DEBUG", mllp), ">> ", msh)
        adv(0.0005, 0.002)
        emit("nlog", nl("DEBUG", mllp), ">> ", pid)
        adv(0.0005, 0.002)
        if random.random() < 0.6:
            emit("nlog", nl("DEBUG", mllp), ">> ", pv1)
            adv(0.0005, 0.002)
        emit("nlog", nl("DEBUG", mllp), ">> ", obr)
        chosen = [o for o in obxs if random.random() < 0.3]
        for _, s in chosen[:6]:
            adv(0.0005, 0.002)
            emit("nlog", nl("DEBUG", mllp), ">> ", s)
    adv(0.05, 0.9)
    if random.random() < 0.85:
        emit("nlog", nl("INFO", "RhythmHub.Integration.Mllp.MllpClient"),
             "<< MSH|^~\\&|EPIC|OHIOHEALTH_EP|RHYTHMHUB|HRCCO|%s||ACK^R01^ACK|%d|P|2.6 MSA|AA|%s (rtt %dms)" % (
                 T.strftime("%Y%m%d%H%M%S"), random.randint(10**8, 10**9), ctrl, random.randint(40, 700)))
    else:
        emit("nlog", nl("WARN", "RhythmHub.Integration.Mllp.MllpClient"),
             "<< MSA|AE|%s|Unknown MRN in PID-3; message parked in error queue rh.hl7.out.dlq" % ctrl)


LOGCAT_TAGS = ["BleManager", "GattCallback", "UplinkService", "SyncWorker", "PairingActivity"]


def sc_app():
    p = random.choice([q for q in PATIENTS if q.conn == "app"] or PATIENTS)
    ua = "RhythmHubCompanion/%s (%s; %s) %s" % (p.app_ver.split(" ")[0], p.os, p.phone_model,
                                                "okhttp/4.12.0" if "Android" in p.os else "Alamofire/5.8.1")
    emit("nginx", P(p.ip, "ip"), " - - [%s] \"POST /api/v3/uplink/diag-bundles HTTP/2.0\" 202 61 \"-\" \"%s\" rt=%.3f uct=\"0.000\" uht=\"%.3f\" urt=\"%.3f\""
         % (ts_ngx(), ua, random.uniform(0.03, 0.4), 0.02, 0.03))
    adv(0.05, 0.5)
    if "Android" in p.os:
        pid_ = random.randint(2000, 31000)
        tid_ = pid_ + random.randint(1, 90)
        lines = [
            ["I BleManager: startScan filter=[svc 7f1e0001-3c2a-4b8e-9d55-2a61c0ffee10] mode=LOW_LATENCY"],
            ["I BleManager: onScanResult ", P(p.implant_mac, "device"), " rssi=-%d name=%s-%s" % (random.randint(55, 92), p.dmodel, "BLE")],
            ["D GattCallback: onConnectionStateChange status=0 newState=2 device=", P(p.implant_mac, "device")],
            ["I GattCallback: services discovered (6), MTU negotiated 247"],
            ["W GattCallback: onConnectionStateChange status=133 (GATT_ERROR) newState=0, retry 1/3 in 2000ms"],
            ["I PairingActivity: bonded with implant sn ", P(p.serial, "device"), " (", p.dmodel, ")"],
            ["I UplinkService: queued session %s bytes=%d crc=%s" % (hexid(12), random.randint(12000, 480000), hexid(8))],
            ["I SyncWorker: upload ok https://uplink.rhythmhub.example/api/v3/uplink/sessions -> 201 (%dms)" % random.randint(200, 3000)],
        ]
        for ln in [lines[j] for j in sorted(random.sample(range(len(lines)), k=random.randint(2, 4)))]:
            adv(0.05, 2.0)
            emit("logcat", "%s %5d %5d " % (ts_logcat(), pid_, tid_), ln)
    else:
        lt = T.astimezone(EDT)
        proc = "RhythmHubCompanion[%d:%d]" % (random.randint(300, 2000), random.randint(10000, 90000))
        lines = [
            ["[BLE] centralManagerDidUpdateState: poweredOn"],
            ["[BLE] didDiscover peripheral name=", p.dmodel, " RSSI=-%d" % random.randint(50, 90)],
            ["[Pairing] bonded implant serial=", P(p.serial, "device")],
            ["[Uplink] session upload complete 201 bytes=%d" % random.randint(9000, 420000)],
            ["[Auth] token refreshed for user ", P(p.username, "other_id")],
            ["[BLE] didDisconnectPeripheral error=Error Domain=CBErrorDomain Code=7 \"The specified device has disconnected from us.\""],
        ]
        for ln in [lines[j] for j in sorted(random.sample(range(len(lines)), k=random.randint(2, 4)))]:
            adv(0.05, 2.0)
            lt = T.astimezone(EDT)
            emit("ios-oslog", lt.strftime("%Y-%m-%d %H:%M:%S.%f") + "-0400 ", proc, " ", ln)
    adv(0.05, 0.6)
    keys = random.choice([
        ("userName", "appVer", "phoneModel", "osVersion", "peripheralMac", "implantSN", "event"),
        ("user_name", "app_version", "device_model", "os", "ble_mac", "implant_serial", "event"),
    ])
    rec = O([("ts", ts_iso()), ("level", "info"), (keys[0], P(p.username, "other_id")), (keys[1], p.app_ver),
             (keys[2], p.phone_model), (keys[3], p.os), (keys[4], P(p.implant_mac, "device")),
             (keys[5], P(p.serial, "device")), (keys[6], random.choice(["ble_pair_ok", "ble_reconnect", "session_uploaded", "bond_lost"])),
             ("rssi", -random.randint(50, 95)), ("batteryPct" if keys[0] == "userName" else "phone_battery", random.randint(8, 100))])
    emit("app-telemetry", jparts(rec, ea=False, sep=(",", ":")))
    if random.random() < 0.5:
        adv(0.01, 0.2)
        emit("django", dj("INFO", "rhythmhub.uplink.views", 77), "diag bundle %s stored for " % uid(), P(p.rhp, "mrn"),
             " (%d files, %.1f KiB) from %s" % (random.randint(1, 6), random.uniform(3, 900), p.app_ver))


def sc_monitor():
    p = random.choice([q for q in PATIENTS if q.conn == "monitor"] or PATIENTS)
    mname, mmodel = VENDORS[p.vendor]["monitor"]
    fw = random.choice(["7.2.0.118", "4.11.3", "2.0.9-r7", "10.1.44"])
    def hdr(pri, app):
        return "<%d>1 %s rh-gateway %s %d - - " % (pri, ts_iso(), app, random.randint(100, 999))
    lines = [
        lambda: [hdr(14, "uplinkd"), "boot fw=%s model=%s" % (fw, mmodel)],
        lambda: [hdr(14, "modemd"), "registered LTE-M band 12 rsrp=-%d imei=" % random.randint(85, 120), P(p.mon_imei, "device")],
        lambda: [hdr(13, "bled"), "paired implant ", P(p.implant_mac, "device"), " sn=", P(p.serial, "device")],
        lambda: [hdr(12, "uplinkd"), "POST https://uplink.rhythmhub.example/api/v3/uplink/sessions failed: TLS handshake timeout, backoff 120s"],
        lambda: [hdr(14, "uplinkd"), "session uploaded id=%s bytes=%d monitor_sn=" % (hexid(10), random.randint(9000, 300000)), P(p.mon_serial, "device")],
        lambda: [hdr(14, "wland"), "assoc ok ssid=<redacted> bssid=%s wlan0=" % mac(), P(p.mon_mac, "device")],
        lambda: [hdr(14, "ntpd"), "clock synced to 10.20.0.1 offset +0.%03ds" % random.randint(1, 999)],
    ]
    for fn in [lines[j] for j in sorted(random.sample(range(len(lines)), k=random.randint(1, 3)))]:
        adv(0.1, 3.0)
        emit("syslog5424", fn())
    adv(0.1, 1.0)
    if random.random() < 0.6:
        rec = O([("time", ts_nlog()), ("level", "INFO"), ("logger", "RhythmHub.Integration.Vendors.ConnectivityFeed"),
                 ("message", "Monitor connectivity status"), ("Vendor", p.vendor), ("MonitorModel", "%s %s" % (mname, mmodel)),
                 ("MonitorSerial", P(p.mon_serial, "device")), ("FirmwareVersion", fw),
                 ("LastContactUtc", (T - dt.timedelta(hours=random.uniform(1, 300))).strftime("%Y-%m-%dT%H:%M:%SZ")),
                 ("PatientRef", P(p.rhp, "mrn")), ("DaysDisconnected", random.choice([0, 0, 1, 3, 9, 16]))])
        emit("nlog-json", jparts(rec, ea=True, nlog=True))


ALERTS = [("AT/AF burden > 6h in 24h", "RED"), ("VT/VF episode treated (ATP x2, shock x1)", "RED"),
          ("RV lead impedance out of range (2150 Ω)", "RED"), ("Battery at RRT/ERI", "YELLOW"),
          ("Pause > 3.0 s (ILR)", "YELLOW"), ("No transmission in 14 days", "YELLOW"),
          ("Bradycardia < 30 bpm", "RED"), ("Patient-activated symptom episode", "GREEN"),
          ("Thoracic impedance / fluid index above threshold", "YELLOW")]


def sc_triage():
    p = random.choice(PATIENTS + [q for q in PATIENTS if q.age > 89])
    txno = next_tx()
    ok = [a for a in ALERTS
          if not (("ILR" in a[0] or "symptom" in a[0]) and p.dtype != "ILR")
          and not ("shock" in a[0] and p.dtype not in ("ICD", "CRT-D"))
          and not ("lead" in a[0] and not p.leads)
          and not (p.dtype == "ILR" and ("Battery" in a[0] or "Thoracic" in a[0]))]
    alert, prio = random.choice(ok)
    ALERT_SEQ[0] += random.randint(1, 4)
    aid = ALERT_SEQ[0]
    rule = alert.split(" ")[0].upper().replace("/", "_")
    emit("django", dj("INFO", "rhythmhub.triage.rules", 143), "Rule %s matched transmission %d -> %s (ruleset v%s)" % (
        rule, txno, prio, random.choice(["2024.04.2", "2024.05.0"])))
    adv(0.01, 0.3)
    nurse = random.choice(NURSE)
    keyset = random.random()
    rec = O([("asctime", ts_dj()), ("levelname", "INFO"), ("name", "rhythmhub.triage.worklist"), ("message", "alert created"),
             ("alert_id", aid), ("priority", prio), ("alert_type", alert),
             ("patient", O([("id", P(p.rhp, "mrn")), ("display_name", S([P(p.last, "name"), ", ", P(p.first, "name")])),
                            ("age", P(p.age, "age") if p.age > 89 else p.age), ("sex", p.sex)])),
             ("device", "%s %s" % (p.dname, p.dmodel)), ("assigned_to", "%s %s, %s" % (nurse["first"][0] + ".", nurse["last"], nurse["cred"])),
             ("sla_minutes", {"RED": 60, "YELLOW": 1440, "GREEN": 4320}[prio])])
    if keyset < 0.3:
        rec = O([(k if k != "patient" else "pt", v) for k, v in rec])
    emit("django-json", jparts(rec, ea=random.random() < 0.7))
    adv(0.05, 0.8)
    if prio == "RED":
        phys = random.choice(PHYS)
        st = uid()
        emit("celery", cel("INFO", "ForkPoolWorker-%d" % random.randint(1, 8)),
             "rhythmhub.notify.tasks.page_oncall[%s]: paged on-call EP Dr. %s %s (NPI %s) at %s for alert %d"
             % (st, phys["first"], phys["last"], phys["npi"], phys["phone"], aid))
        adv(0.5, 20)
    r = random.random()
    if r < 0.35:
        emit("django", dj("INFO", "rhythmhub.triage.views", 302), "alert %d acknowledged by %s (%s) after %dm" % (
            aid, nurse["user"], nurse["cred"], random.randint(2, 55)))
    elif r < 0.65:
        who = random.random()
        if who < 0.7:
            emit("django", dj("INFO", "rhythmhub.triage.calls", 58), "alert %d: %s called patient " % (aid, nurse["user"]),
                 P(p.first + " " + p.last, "name"), " at ", P(p.phone, "phone"), " - %s" % random.choice(
                     ["left voicemail", "no answer", "reports palpitations, scheduled in-office check", "asymptomatic"]))
        else:
            emit("django", dj("INFO", "rhythmhub.triage.calls", 61), "alert %d: patient unreachable, contacted emergency contact " % aid,
                 P(p.ec_name, "name"), " (%s) " % p.ec_rel, P(p.ec_phone, "phone"))
    elif r < 0.8:
        emit("celery", cel("INFO", "ForkPoolWorker-%d" % random.randint(1, 8)), "rhythmhub.notify.tasks.send_sms[%s]: " % uid(),
             "reminder sms queued to ", P("+1" + p.phone.replace("-", ""), "phone"), " template=missed_transmission_v3 sid=SM%s" % hexid(32))
    else:
        emit("django", dj("INFO", "rhythmhub.triage.views", 318), "alert %d closed by %s: reviewed, no action (%s)" % (
            aid, nurse["user"], random.choice(["known AF, anticoagulated", "noise/oversensing", "duplicate of %d" % (aid - 3)])))


CPTS = [("93297", "ICM remote interrogation, up to 30 days, tech"), ("93298", "ICM/ILR remote interrogation, 30d, professional"),
        ("93294", "Remote interrogation PM/leadless, up to 90 days, prof"), ("93295", "Remote interrogation ICD, up to 90 days, prof"),
        ("93296", "Remote interrogation PM/ICD, up to 90 days, tech"), ("G2066", "Remote interrogation ICM/IMM, 30d, tech")]


def cpt_for(p):
    if p.dtype == "ILR":
        return random.choice([CPTS[0], CPTS[1]])
    if p.dtype in ("ICD", "CRT-D"):
        return random.choice([CPTS[3], CPTS[4]])
    return random.choice([CPTS[2], CPTS[4]])


def sc_billing():
    p = random.choice(PATIENTS)
    tid = uid()
    w = "ForkPoolWorker-%d" % random.randint(1, 4)
    task = "rhythmhub.billing.tasks.build_claims"
    cpt, desc = cpt_for(p)
    dos = session_dt().date()
    phys = random.choice(PHYS)
    r = random.random()
    if r < 0.45:
        emit("celery", cel("INFO", w), "%s[%s]: charge CPT %s%s x1 (%s) DOS " % (task, tid, cpt, "-26" if cpt in ("93294", "93295", "93298") else "", desc),
             P(fmt_date(dos, "iso"), "date"), " pt ", P(p.mrn, "mrn"), " payer %s id " % p.payer, P(p.member, "health_plan"),
             (" group %s" % p.group) if p.group else "", " rendering NPI %s (%s, %s)" % (phys["npi"], phys["last"], phys["first"]))
    elif r < 0.75:
        seg_rows = [
            ["NM1*85*2*HEART AND RHYTHM CENTER OF CENTRAL OHIO*****XX*%s~" % CLINIC["npi"]],
            ["CLM*", P(p.pcn, "account"), "*%.2f***11:B:1*Y*A*Y*Y~" % random.uniform(30, 180)],
            ["NM1*IL*1*", P(p.last.upper(), "name"), "*", P(p.first.upper(), "name"), "****MI*", P(p.member, "health_plan"), "~"],
            ["N3*", P(p.street.upper(), "address"), "~"],
            ["N4*", P(p.city.upper(), "address"), "*OH*", P(p.zip, "zip"), "~"],
            ["DMG*D8*", P(fmt_date(p.dob, "hl7"), "date"), "*%s~" % p.sex],
            ["SV1*HC:%s*%.2f*UN*1***1~" % (cpt, random.uniform(20, 120))],
            ["DTP*472*D8*", P(fmt_date(dos, "hl7"), "date"), "~"],
            ["NM1*82*1*%s*%s****XX*%s~" % (phys["last"].upper(), phys["first"].upper(), phys["npi"])],
            ["HI*ABK:%s~" % random.choice(["I4891", "Z950", "Z95810", "I509", "R55", "I480"])],
        ]
        for row in [seg_rows[j] for j in sorted(random.sample(range(len(seg_rows)), k=random.randint(2, 4)))]:
            emit("celery", cel("DEBUG", w), "rhythmhub.billing.x12[%s]: seg " % tid, row)
            adv(0.001, 0.02)
    elif r < 0.9:
        rec = O([("asctime", ts_dj()), ("levelname", "INFO"), ("name", "rhythmhub.billing.eligibility"), ("message", "270 sent"),
                 ("payer", p.payer), ("subscriberId" if random.random() < 0.5 else "member_id", P(p.member, "health_plan")),
                 ("subscriber_dob", P(fmt_date(p.dob, "iso"), "date")), ("service_type", "30"),
                 ("cpt", cpt), ("trace", "TRN*1*%s*1%s~" % (rd(10), CLINIC["tin"].replace("-", "")))])
        if random.random() < 0.3:
            rec.append(("subscriber_ssn", P(p.ssn, "ssn")))
        emit("django-json", jparts(rec))
    else:
        if p.card:
            emit("django", dj("DEBUG", "rhythmhub.billing.payments", 140), "gateway auth request guarantor acct ",
                 P(p.acct, "account"), " card=", P(p.card, "account"), " exp=%02d/%02d amount=%.2f" % (
                     random.randint(1, 12), random.randint(25, 29), random.uniform(15, 90)))
        else:
            emit("django", dj("INFO", "rhythmhub.billing.statements", 96), "statement queued for guarantor account ",
                 P(p.acct, "account"), " balance $%.2f (CPT %s, %d days)" % (random.uniform(5, 140), cpt, random.choice([30, 60, 90])))
    adv(0.1, 1.5)
    if random.random() < 0.5:
        emit("celery", cel("INFO", w), "Task %s[%s] succeeded in %.3fs: " % (task, tid, random.uniform(0.2, 12)),
             rparts(O([("claims", random.randint(1, 40)), ("held", random.randint(0, 3)), ("period", "2024-04")])))


def photo_b64():
    raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00\xff\xdb\x00C\x00" + bytes(
        random.getrandbits(8) for _ in range(random.randint(160, 420)))
    return base64.b64encode(raw).decode()


def sc_demog():
    p = random.choice(PATIENTS)
    r = random.random()
    if r < 0.5:
        addr = S([P(p.street, "address")] + ([", ", P(p.unit, "address")] if p.unit else []) + [", ", P(p.city, "address"),
                                                                                                  ", OH ", P(p.zip, "zip")])
        rec = O([("asctime", ts_dj()), ("levelname", "INFO"), ("name", "rhythmhub.patients.adt"),
                 ("message", "ADT^A08 applied"), ("patient_id", P(p.rhp, "mrn")), ("mrn", P(p.mrn, "mrn")),
                 ("changed", ["address", "phone_home"] if random.random() < 0.5 else ["email", "emergency_contact"]),
                 ("address", addr), ("phone_home", P(p.phone2, "phone")), ("email", P(p.email, "email")),
                 ("emergency_contact", O([("name", P(p.ec_name, "name")), ("relationship", p.ec_rel), ("phone", P(p.ec_phone, "phone"))]))])
        emit("django-json", jparts(rec, ea=random.random() < 0.6))
    elif r < 0.7:
        rec = O([("time", ts_nlog()), ("level", "INFO"), ("logger", "RhythmHub.Integration.Adt.AdtListener"),
                 ("message", "ADT^A04 registered"), ("Mrn", P(p.mrn, "mrn")), ("FamilyName", P(p.last, "name")),
                 ("GivenName", P(p.first, "name")), ("BirthDate", P(fmt_date(p.dob, "iso"), "date")),
                 ("AgeYears", P(p.age, "age") if p.age > 89 else p.age),
                 ("PrimaryPayer", p.payer), ("MemberId", P(p.member, "health_plan")), ("SourceIp", "10.30.1.40")])
        emit("nlog-json", jparts(rec, ea=True, nlog=True))
    elif r < 0.8:
        rec = O([("asctime", ts_dj()), ("levelname", "INFO"), ("name", "rhythmhub.patients.profile"), ("message", "profile photo updated"),
                 ("patient_id", P(p.rhp, "mrn")), ("updated_by", random.choice(NURSE)["user"]),
                 ("photo", P("data:image/jpeg;base64," + photo_b64(), "photo"))])
        emit("django-json", jparts(rec))
    elif r < 0.9:
        emit("django", dj("INFO", "rhythmhub.enrollment.views", 212), "companion app enrollment: user ", P(p.username, "other_id"),
             " <", P(p.email, "email"), "> linked to ", P(p.rhp, "mrn"), "; share link ",
             P("https://rhythmhub.example/p/%s-%s-%s" % (p.slug_first, p.slug_last, rd(4)), "url"),
             " expires in 72h")
    else:
        url = "https://care.rhythmhub.example/patients/%s-%s/summary" % (
            p.slug_first, p.slug_last)
        emit("django", dj("WARNING", "rhythmhub.audit", 44), "external referrer exposed patient summary URL ", P(url, "url"),
             " to %s (user %s)" % ("fax-gateway", random.choice(NURSE)["user"]))


def sc_staff_ui():
    n = random.choice(NURSE + PHYS)
    ip = "10.40.%d.%d" % (random.randint(1, 9), random.randint(10, 250))
    ua = random.choice(["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80",
                        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15"])
    ref = "https://rhythmhub.hrcco.example/worklist/"
    r = random.random()
    if r < 0.45:
        paths = ["/worklist/?status=open&priority=RED", "/worklist/?status=open&page=2", "/api/v2/alerts/%d/ack/" % ALERT_SEQ[0],
                 "/static/js/worklist.7f3c1a9e.js", "/reports/billing/?month=2024-04&cpt=93297", "/api/v2/transmissions/%d/pdf/" % TX_SEQ[0]]
        emit("nginx", "%s - %s [%s] \"GET %s HTTP/1.1\" 200 %d \"%s\" \"%s\" rt=%.3f uct=\"0.001\" uht=\"%.3f\" urt=\"%.3f\"" % (
            ip, n["user"], ts_ngx(), random.choice(paths), random.randint(300, 90000), ref, ua, random.uniform(0.01, 0.8), 0.01, 0.02))
    else:
        p = random.choice(PATIENTS)
        if random.random() < 0.6:
            emit("nginx", "%s - %s [%s] \"GET /patients/" % (ip, n["user"], ts_ngx()), P(p.rhp, "mrn"),
                 "/transmissions/%d/ HTTP/1.1\" 200 %d \"%s\" \"%s\" rt=%.3f uct=\"0.001\" uht=\"0.090\" urt=\"0.091\"" % (
                     TX_SEQ[0] - random.randint(0, 30), random.randint(3000, 60000), ref, ua, random.uniform(0.05, 0.9)))
        else:
            q = p.last.lower().replace("'", "%27").replace(" ", "+")
            if q.isascii():
                emit("nginx", "%s - %s [%s] \"GET /patients/?q=" % (ip, n["user"], ts_ngx()), P(q, "name"),
                     " HTTP/1.1\" 200 %d \"%s\" \"%s\" rt=%.3f uct=\"0.001\" uht=\"0.120\" urt=\"0.121\"" % (
                         random.randint(900, 9000), ref, ua, random.uniform(0.05, 0.5)))
            else:
                emit("django", dj("INFO", "rhythmhub.patients.search", 39), "user %s searched q=" % n["user"], P(p.last, "name"),
                     " -> 1 result")


def sc_error():
    r = random.random()
    vend = random.choice(list(VENDORS))
    v = VENDORS[vend]
    if r < 0.2:
        emit("nlog", nl("WARN", "RhythmHub.Integration.Vendors.%sClient" % {"MDT": "CareLink", "ABT": "MerlinNet", "BSC": "Latitude", "BIO": "Hmsc"}[vend]),
             "HTTP 503 from https://%s/v2/clinics/%s/transmissions retry %d/5 in %dms" % (v["host"], CLINIC["vendor_acct"][vend], random.randint(1, 4), random.choice([1000, 2000, 4000, 8000])))
    elif r < 0.35:
        emit("nlog", nl("ERROR", "RhythmHub.Integration.Vendors.PollingService"),
             "Poll cycle failed for %s System.Net.Http.HttpRequestException: Connection refused (%s:443)    at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)" % (vend, v["host"]))
    elif r < 0.5:
        case = random.choice(["%08d" % random.randint(2000000, 3999999), "CS-%07d" % random.randint(1000000, 9999999), "TS-2024-%05d" % random.randint(100, 99999)])
        emit("django", dj("INFO", "rhythmhub.vendors.support", 57), "%s technical support case %s opened by %s: %s; hotline %s, clinic callback %s" % (
            v["portal"], case, random.choice(NURSE)["user"], random.choice(["PDF export missing EGM strips since 02:10 UTC", "API returns 401 after token refresh",
                                                                          "duplicate transmissions for clinic account %s" % CLINIC["vendor_acct"][vend]]), v["support"], CLINIC["phone"]))
    elif r < 0.65:
        emit("nginx-error", "%s [error] %d#%d: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.40.%d.%d, server: rhythmhub.hrcco.example, request: \"GET /api/v2/transmissions/%d/pdf/ HTTP/1.1\", upstream: \"http://10.20.4.11:8000/api/v2/transmissions/%d/pdf/\", host: \"rhythmhub.hrcco.example\"" % (
            ts_ngxerr(), random.randint(20, 60), random.randint(20, 60), random.randint(10000, 999999), random.randint(1, 9), random.randint(10, 250), TX_SEQ[0], TX_SEQ[0]))
    elif r < 0.75:
        p = random.choice(PATIENTS)
        emit("nginx-error", "%s [warn] %d#%d: *%d a client request body is buffered to a temporary file /var/cache/nginx/client_temp/00000%05d, client: " % (
            ts_ngxerr(), random.randint(20, 60), random.randint(20, 60), random.randint(10000, 999999), random.randint(0, 99999)),
             P(p.ip, "ip"), ", server: uplink.rhythmhub.example, request: \"POST /api/v3/uplink/sessions HTTP/2.0\", host: \"uplink.rhythmhub.example\"")
    elif r < 0.85:
        emit("django", dj("ERROR", "django.request", 241), "Internal Server Error: /api/v2/transmissions/%d/pdf/" % TX_SEQ[0])
    else:
        p = random.choice(PATIENTS)
        emit("django", dj("ERROR", "rhythmhub.transmissions.importer", 402), "IntegrityError duplicate key value violates unique constraint \"tx_vendor_session_uniq\" DETAIL:  Key (device_serial, session_dtm)=(",
             P(p.serial, "device"), ", ", P(session_dt().strftime("%Y-%m-%d %H:%M:%S-04"), "date"), ") already exists.")


def sc_notify():
    p = random.choice(PATIENTS)
    r = random.random()
    w = "ForkPoolWorker-%d" % random.randint(1, 8)
    if r < 0.4:
        emit("celery", cel("INFO", w), "rhythmhub.notify.tasks.send_email[%s]: sent 'Your heart device transmission was received' to " % uid(),
             P(p.email, "email"), " via smtp-relay.hrcco.example:587 from noreply@rhythmhub.example (message-id <%s@rhythmhub.example>)" % hexid(20))
    elif r < 0.6:
        emit("django", dj("INFO", "rhythmhub.accounts.views", 188), "password reset requested for ", P(p.username, "other_id"),
             " (", P(p.email, "email"), "), token ttl 3600s, reply-to support@hrcco.example")
    elif r < 0.8:
        emit("celery", cel("WARNING", w), "Task rhythmhub.notify.tasks.send_sms[%s] retry: Retry in 30s: TwilioRestException('HTTP 429 error: Unable to create record: Too Many Requests')" % uid())
    else:
        emit("celery", cel("INFO", w), "rhythmhub.notify.tasks.send_email[%s]: digest sent to ep-nurses@hrcco.example (%d RED, %d YELLOW open; clinic line %s)" % (
            uid(), random.randint(0, 6), random.randint(3, 30), CLINIC["phone"]))


# ------------------------------- filler (no PHI) ---------------------------
def filler():
    r = random.random()
    if r < 0.18:
        msgs = [("info", "accepting AMQP connection <0.%d.0> (10.20.4.%d:%d -> 10.20.4.5:5672)" % (random.randint(600, 31000), random.randint(11, 40), random.randint(32000, 60999))),
                ("info", "connection <0.%d.0> (10.20.4.%d:%d -> 10.20.4.5:5672): user 'celery' authenticated and granted access to vhost '/rhythmhub'" % (random.randint(600, 31000), random.randint(11, 40), random.randint(32000, 60999))),
                ("warning", "closing AMQP connection <0.%d.0> (10.20.4.%d:%d -> 10.20.4.5:5672, vhost: '/rhythmhub', user: 'celery'):\u0020client unexpectedly closed TCP connection" % (random.randint(600, 31000), random.randint(11, 40), random.randint(32000, 60999))),
                ("info", "Queue 'rh.hl7.outbound' in vhost '/rhythmhub': %d messages ready, %d unacked" % (random.randint(0, 40), random.randint(0, 8))),
                ("info", "Waiting for Mnesia tables for 30000 ms, 9 retries left"),
                ("warning", "memory resource limit alarm set on node rabbit@mq-01. Publishers will be blocked until this alarm clears")]
        lvl, m = random.choice(msgs)
        emit("rabbitmq", rmq(lvl), m)
    elif r < 0.32:
        emit("nginx", "10.20.4.%d - - [%s] \"GET %s HTTP/1.1\" 200 %d \"-\" \"kube-probe/1.28\" rt=0.00%d uct=\"0.000\" uht=\"0.00%d\" urt=\"0.00%d\"" % (
            random.randint(2, 9), ts_ngx(), random.choice(["/healthz", "/readyz", "/api/v3/uplink/healthz"]), random.choice([2, 15]),
            random.randint(1, 9), random.randint(1, 9), random.randint(1, 9)))
    elif r < 0.44:
        task = random.choice([("pull-carelink-every-15m", PULL_TASK), ("pull-latitude-every-15m", PULL_TASK),
                              ("nightly-claims-build", "rhythmhub.billing.tasks.build_claims"),
                              ("missed-transmission-sweep", "rhythmhub.triage.tasks.missed_transmissions"),
                              ("connectivity-feed", "rhythmhub.vendors.tasks.sync_connectivity")])
        emit("celery-beat", cel("INFO", "MainProcess"), "Scheduler: Sending due task %s (%s)" % task)
    elif r < 0.52:
        m = random.choice(["missed heartbeat from celery@worker-billing-%d" % random.randint(1, 2),
                           "Substantial drift from celery@worker-vendors-%d may mean clocks are out of sync.  Current drift is %d seconds.  [orig: %s recv: %s]" % (
                               random.randint(1, 3), random.randint(16, 60), ts_dj(), ts_dj()),
                           "mingle: all alone", "celery@worker-hl7-1 ready.",
                           "Connected to amqp://celery:**@10.20.4.5:5672//rhythmhub"])
        emit("celery", cel(random.choice(["INFO", "WARNING"]), "MainProcess"), m)
    elif r < 0.6:
        emit("gunicorn", "[%s] [%d] [%s] %s" % (T.strftime("%Y-%m-%d %H:%M:%S +0000"), random.randint(7, 90),
                                                *random.choice([("INFO", "Booting worker with pid: %d" % random.randint(100, 999)),
                                                                ("CRITICAL", "WORKER TIMEOUT (pid:%d)" % random.randint(100, 999)),
                                                                ("INFO", "Handling signal: winch"),
                                                                ("WARNING", "Worker with pid %d was terminated due to signal 9" % random.randint(100, 999))])))
    elif r < 0.7:
        vend = random.choice(list(VENDORS))
        emit("nlog", nl("INFO", "RhythmHub.Integration.Vendors.PollingService"), "Poll %s clinic %s: %d new, %d updated, next run %s" % (
            VENDORS[vend]["portal"], CLINIC["vendor_acct"][vend], random.randint(0, 12), random.randint(0, 5),
            (T + dt.timedelta(minutes=15)).strftime("%Y-%m-%dT%H:%M:%SZ")))
    elif r < 0.78:
        emit("nlog", nl(random.choice(["INFO", "DEBUG"]), random.choice(["RhythmHub.Integration.Hl7.IdcoMapper", "RhythmHub.Integration.Startup"])),
             random.choice(["Loaded IDCO nomenclature map: 412 MDC_IDC_* terms (IEEE 11073-10103:2012), 37 vendor overrides",
                            "Mapped MDC_IDC_MSMT_LEADCHNL_RA_PACING_THRESHOLD_AMPLITUDE (721408) unit mV->V for vendor BIO",
                            "Unmapped vendor term LATITUDE.HeartLogic.Index -> MDC_IDC_STAT_HEART_FAILURE_INDEX (local 0x8B01)",
                            "MLLP listener started on 0.0.0.0:6661 (TLS off, ACK mode AL)",
                            "NLog config reloaded from /app/nlog.config (targets: file, json, seq)"]))
    elif r < 0.86:
        vend = random.choice(list(VENDORS))
        ipv = "%d.%d.%d.%d" % random.choice([(198, 51, 100, 23), (203, 0, 113, 71), (192, 0, 2, 140), (52, 14, 201, 9)])
        emit("nginx", "%s - - [%s] \"POST /hooks/%s/transmission-ready HTTP/1.1\" 204 0 \"-\" \"%s-Notifier/2.3\" rt=0.0%d uct=\"0.000\" uht=\"0.01%d\" urt=\"0.01%d\"" % (
            ipv, ts_ngx(), VENDORS[vend]["pfx"], VENDORS[vend]["pfx"].upper(), random.randint(10, 99), random.randint(0, 9), random.randint(0, 9)))
    elif r < 0.81:
        emit("nlog", nl("INFO", "RhythmHub.Integration.Vendors.TokenCache"), "Renewed OAuth2 client_credentials token for %s (client %s, expires_in=%d)" % (
            random.choice(["LATITUDE NXT", "CareLink", "Merlin.net", "HMSC"]), hexid(12), random.choice([1800, 3600, 7200])))
    elif r < 0.84:
        m, sr = random.choice([("DDMB2D4", "FA-2024-011"), ("CDHFA500Q", "ADV-24-007"), ("G447", "PA-2024-03"), ("W1DR01", "FA-2023-987")])
        emit("django", dj("INFO", "rhythmhub.advisories.sync", 66), "manufacturer advisory %s (model %s, firmware < %s) imported; %d active patients flagged, see /advisories/%d/" % (
            sr, m, random.choice(["8.2.1", "3.0.4", "V3.3.0"]), random.randint(1, 9), random.randint(10, 60)))
    elif r < 0.87:
        emit("celery", cel("INFO", "ForkPoolWorker-%d" % random.randint(1, 8)), "Task rhythmhub.triage.tasks.missed_transmissions[%s] succeeded in %.3fs: {'flagged': %d, 'suppressed_snooze': %d}" % (
            uid(), random.uniform(0.2, 3), random.randint(0, 12), random.randint(0, 4)))
    elif r < 0.90:
        emit("rabbitmq", rmq("error"), "closing AMQP connection <0.%d.0> (10.20.4.%d:%d -> 10.20.4.5:5672): missed heartbeats from client, timeout: 60s" % (
            random.randint(600, 31000), random.randint(11, 40), random.randint(32000, 60999)))
    elif r < 0.93:
        cpt, desc = random.choice(CPTS)
        emit("django", dj("INFO", "rhythmhub.billing.reports", 71), "monthly summary %s: CPT %s (%s) billed=%d denied=%d (CO-%d) clinic NPI %s, fax %s" % (
            random.choice(["2024-02", "2024-03", "2024-04"]), cpt, desc, random.randint(40, 400), random.randint(0, 12), random.choice([16, 18, 97, 151]), CLINIC["npi"], CLINIC["fax"]))
    else:
        d = random.choice(PHYS)
        emit("django", dj("INFO", "rhythmhub.reports.signing", 120), "transmission %d report signed by %s %s, %s (NPI %s); faxed to referring office %s"
             % (TX_SEQ[0] - random.randint(0, 20), d["first"], d["last"], d["cred"], d["npi"],
                "(%s) 555-01%02d" % (random.choice(AREA), random.randint(60, 99))))


SCENARIOS = [(sc_pull, 15), (sc_match, 5), (sc_hl7, 6), (sc_app, 8), (sc_monitor, 6), (sc_triage, 11),
             (sc_billing, 10), (sc_demog, 9), (sc_staff_ui, 9), (sc_error, 8), (sc_notify, 6)]


def pick_scenario():
    tot = sum(w for _, w in SCENARIOS)
    x = random.uniform(0, tot)
    for f, w in SCENARIOS:
        x -= w
        if x <= 0:
            return f
    return SCENARIOS[-1][0]


def main():
    while len(LINES) < N_LINES:
        nophi = sum(1 for _, pr in LINES if not has_phi(pr))
        share = nophi / len(LINES) if LINES else 1.0
        adv(0.2, 25.0)
        if share < TARGET_NOPHI and random.random() < 0.8:
            filler()
        else:
            pick_scenario()()
    del LINES[N_LINES:]
    out_log = os.path.join(HERE, ID + ".log")
    out_lab = os.path.join(HERE, ID + ".labels.jsonl")
    with open(out_log, "wb") as fl, open(out_lab, "w", encoding="utf-8", newline="\n") as fj:
        for i, (fam, parts) in enumerate(LINES, 1):
            b, spans = render(parts)
            fl.write(b + b"\n")
            fj.write(json.dumps({"line": i, "family": fam, "spans": spans}) + "\n")


if __name__ == "__main__":
    main()
