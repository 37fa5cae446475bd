#!/usr/bin/env python3
"""Deterministic generator for the 'gn' held-out corpus.

Theme: reporting / BI layer of a health system (SSRS trace + HTTP logs,
ExecutionLog3 exports, Crystal scheduler, Power BI gateway + refresh
history, SQL Agent job history + step output, Tableau vizql, report
mail, SQL Server / pgaudit ad hoc query audit).

Writes gn.log and gn.labels.jsonl next to this file.  Standard library only.
"""
import base64
import json
import os
import random
import unicodedata
from datetime import date, datetime, timedelta
from urllib.parse import quote, quote_plus

ID = "gn"
N_LINES = 500
TARGET_PHI_SHARE = 0.45
HERE = os.path.dirname(os.path.abspath(__file__))

R = random.Random(20240304)

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}

# ----------------------------------------------------------------------------
# identifier helpers (valid check digits where the real identifier has one)
# ----------------------------------------------------------------------------

def luhn_check_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def rdigits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def mk_card(prefix="4", length=16):
    body = prefix + rdigits(length - len(prefix) - 1)
    num = body + luhn_check_digit(body)
    assert luhn_ok(num)
    return num


def mk_imei():
    body = R.choice(["35391110", "35875109", "86753104", "35209811"]) + rdigits(6)
    num = body + luhn_check_digit(body)
    assert len(num) == 15 and luhn_ok(num)
    return num


def mk_npi():
    # provider NPI (look-alike, never labelled): Luhn over "80840" + 9 digits
    body = R.choice("12") + rdigits(8)
    chk = luhn_check_digit("80840" + body)
    return body + chk


VIN_TRANS = {c: v for c, v in zip("ABCDEFGH", range(1, 9))}
VIN_TRANS.update({c: v for c, v in zip("JKLMN", range(1, 6))})
VIN_TRANS.update({"P": 7, "R": 9})
VIN_TRANS.update({c: v for c, v in zip("STUVWXYZ", range(2, 10))})
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_value(c):
    return int(c) if c.isdigit() else VIN_TRANS[c]


def mk_vin(wmi):
    s = list(wmi + "".join(R.choice(VIN_CHARS) for _ in range(5)) + "0"
             + R.choice("ABCDEFGHJKLMNPRSTVWXY123456789") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
             + rdigits(6))
    total = sum(vin_value(c) * w for c, w in zip(s, VIN_W))
    r = total % 11
    s[8] = "X" if r == 10 else str(r)
    v = "".join(s)
    assert len(v) == 17
    assert (sum(vin_value(c) * w for c, w in zip(v, VIN_W)) % 11) == (10 if v[8] == "X" else int(v[8]))
    return v


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"  # excludes S L O I B Z


def mk_mbi():
    an = MBI_ALPHA + "0123456789"
    parts = [R.choice("123456789"), R.choice(MBI_ALPHA), R.choice(an), R.choice("0123456789"),
             R.choice(MBI_ALPHA), R.choice(an), R.choice("0123456789"), R.choice(MBI_ALPHA),
             R.choice(MBI_ALPHA), R.choice("0123456789"), R.choice("0123456789")]
    return "".join(parts)


def mk_ssn():
    while True:
        area = R.randint(101, 772)
        if area != 666:
            break
    return "%03d-%02d-%04d" % (area, R.randint(1, 99), R.randint(1, 9999))


def mk_iban_de():
    bban = rdigits(8) + rdigits(10)
    num = "".join(str(ord(c) - 55) if c.isalpha() else c for c in bban + "DE00")
    chk = 98 - int(num) % 97
    iban = "DE%02d%s" % (chk, bban)
    # validate
    re = iban[4:] + iban[:4]
    assert int("".join(str(ord(c) - 55) if c.isalpha() else c for c in re)) % 97 == 1
    return iban


def mk_mac(oui):
    return oui + ":" + ":".join("%02X" % R.randint(0, 255) for _ in range(3))


def b64_blob(header, n):
    raw = header + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode("ascii")


def guid():
    h = "%032x" % R.getrandbits(128)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def fold(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


# ----------------------------------------------------------------------------
# the synthetic world
# ----------------------------------------------------------------------------
AS_OF = date(2024, 3, 4)
ORG_DOMAIN = "northbridgehealth.org"

CITY_ZIP = [("Chicago", "60614"), ("Chicago", "60625"), ("Chicago", "60640"), ("Chicago", "60659"),
            ("Evanston", "60201"), ("Evanston", "60202"), ("Skokie", "60076"), ("Oak Park", "60302"),
            ("Berwyn", "60402"), ("Cicero", "60804"), ("Naperville", "60540"), ("Des Plaines", "60016"),
            ("Niles", "60714"), ("Park Ridge", "60068"), ("Chicago", "60618")]
STREETS = ["N Ravenswood Ave", "W Belmont Ave", "Sheridan Rd", "Chicago Ave", "W Devon Ave",
           "S Oak Park Ave", "Dempster St", "Ogden Ave", "W Cermak Rd", "Lake St", "Harlem Ave",
           "W Lawrence Ave", "N Milwaukee Ave", "Greenleaf St", "W Foster Ave", "Washington St"]
AREA = ["773", "312", "847", "708", "630", "224"]
MAILDOM = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "comcast.net", "aol.com", "proton.me"]

PT_SPEC = [
    # first, last, sex, dob, plan kind
    ("Anna", "Kowalski", "F", date(1948, 2, 11), "mbi"),
    ("Yusuf", "Haddad", "M", date(1982, 6, 30), "comm"),
    ("Lan", "Nguyễn", "F", date(1991, 9, 14), "mcd"),
    ("Søren", "Ødegaard", "M", date(1957, 12, 3), "mbi"),
    ("José", "Muñoz", "M", date(1974, 4, 22), "comm"),
    ("Chidinma", "Okonkwo", "F", date(1988, 1, 9), "comm"),
    ("Priya", "Raghunathan", "F", date(1966, 7, 27), "comm"),
    ("Mateo", "Fernández", "M", date(2011, 5, 5), "mcd"),
    ("Siobhan", "O'Connor", "F", date(1953, 10, 18), "mbi"),
    ("Dmitri", "Volkov", "M", date(1979, 3, 2), "comm"),
    ("Mei-Ling", "Chen", "F", date(1945, 8, 30), "mbi"),
    ("Kwame", "Asante", "M", date(1969, 11, 11), "comm"),
    ("Fatima", "Al-Sayed", "F", date(1995, 2, 28), "mcd"),
    ("Hiroshi", "Tanaka", "M", date(1940, 6, 6), "mbi"),
    ("Rafael", "Dos Santos", "M", date(1986, 12, 24), "comm"),
    ("Aroha", "Ngata", "F", date(1999, 4, 1), "comm"),
    ("Gabriel", "Lefèvre", "M", date(1962, 9, 9), "comm"),
    ("Esperanza", "Villanueva", "F", date(1951, 1, 15), "mbi"),
    ("Tomasz", "Wiśniewski", "M", date(1977, 8, 8), "comm"),
    ("Adaeze", "Eze", "F", date(2004, 10, 2), "mcd"),
    ("Björn", "Halvorsen", "M", date(1959, 5, 19), "mbi"),
    ("Leilani", "Kahananui", "F", date(1983, 3, 29), "comm"),
    ("Oluwaseun", "Adeyemi-Whitfield", "M", date(1971, 7, 4), "comm"),
    ("Margarethe", "Brandt", "F", date(1929, 8, 2), "mbi"),
    ("Harold", "Pemberton", "M", date(1932, 11, 19), "mbi"),
    ("Nasrin", "Farahani", "F", date(1990, 6, 12), "comm"),
]

MIDDLE = "ABCDEFGHJKLMNPRSTW"
PATIENTS = []
for i, (first, last, sex, dob, plan) in enumerate(PT_SPEC):
    city, zp = CITY_ZIP[i % len(CITY_ZIP)]
    fa, la = fold(first), fold(last)
    age = AS_OF.year - dob.year - ((AS_OF.month, AS_OF.day) < (dob.month, dob.day))
    p = dict(first=first, last=last, fa=fa, la=la, sex=sex, dob=dob, age=age,
             mi=R.choice(MIDDLE),
             mrn="%08d" % R.randint(100000, 9899999),
             street="%d %s" % (R.randint(100, 9899), R.choice(STREETS)),
             apt=R.choice(["", "", "", "Apt 2R", "Unit 304", "Apt 1F", "#3B"]),
             city=city, state="IL", zip=zp,
             phone="%s-555-01%02d" % (R.choice(AREA), R.randint(0, 99)),
             ssn=mk_ssn(),
             email="%s.%s%02d@%s" % (fa.lower().replace("-", ""), la.lower().replace("'", "").replace(" ", "").replace("-", ""),
                                     dob.year % 100, R.choice(MAILDOM)),
             acct="40%06d" % R.randint(0, 999999),
             har="7%09d" % R.randint(0, 999999999),
             portal=(fa[0] + la.replace("'", "").replace(" ", "").replace("-", "")).lower() + str(dob.year % 100),
             dl=("%s%03d-%04d-%04d" % (la[0].upper(), R.randint(0, 999), R.randint(0, 9999), R.randint(0, 9999))),
             plan=plan)
    if plan == "mbi":
        p["member"] = mk_mbi()
    elif plan == "mcd":
        p["member"] = "%09d" % R.randint(100000000, 999999999)
    else:
        p["member"] = R.choice(["XOF", "XHP", "ZGD", "UHC"]) + rdigits(9)
    p["group"] = "%06d" % R.randint(10000, 999999)  # group number: not PHI
    PATIENTS.append(p)

PT = {p["la"]: p for p in PATIENTS}
# extra identifiers for a few patients
PT["Kowalski"]["pacer_sn"] = "PJN%06dS" % R.randint(0, 999999)
PT["Kowalski"]["udi"] = "(01)00643169%06d(17)270131(21)%s" % (R.randint(0, 999999), PT["Kowalski"]["pacer_sn"])
PT["Odegaard"]["icd_sn"] = "RNB%06d" % R.randint(0, 999999)
PT["Chen"]["imei"] = mk_imei()
PT["Tanaka"]["monitor_mac"] = mk_mac("00:1B:44")
PT["Tanaka"]["icd_sn"] = "PZX%06dH" % R.randint(0, 999999)
PT["Brandt"]["iban"] = mk_iban_de()
PT["Haddad"]["card"] = mk_card("4")
PT["Volkov"]["card"] = mk_card("51")
PT["Asante"]["card"] = mk_card("37", 15)
PT["Munoz"]["vin"] = mk_vin("1HG")
PT["Munoz"]["plate"] = "DK %05d" % R.randint(10000, 99999)
PT["Dos Santos"]["vin"] = mk_vin("3FA")
PT["Dos Santos"]["plate"] = "%s %04d" % (R.choice(["BV", "CX", "AR"]), R.randint(1000, 9999))
PT["Farahani"]["kit"] = "GXK-%s" % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
PT["Eze"]["kit"] = "GXK-%s" % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
PT["Adeyemi-Whitfield"]["pass"] = "A%08d" % R.randint(0, 99999999)  # Nigerian passport-like
PT["Halvorsen"]["fnr"] = "%02d%02d%02d%05d" % (19, 5, 59, R.randint(10000, 49999))  # Norwegian fnr-like

# relatives / guarantors / emergency contacts
GUARANTORS = {
    "Fernandez": dict(first="Lucía", last="Fernández", rel="Mother", phone="773-555-0163", email="lucia.fernandez.m@gmail.com"),
    "Eze": dict(first="Ngozi", last="Eze", rel="Mother", phone="708-555-0121", email="ngozi.eze@yahoo.com"),
    "Brandt": dict(first="Klaus", last="Brandt", rel="Son", phone="630-555-0147", email="k.brandt@comcast.net"),
    "Pemberton": dict(first="Diane", last="Pemberton-Hale", rel="Daughter", phone="847-555-0119", email="dianeph@icloud.com"),
    "Kowalski": dict(first="Piotr", last="Kowalski", rel="Spouse", phone="773-555-0188", email="piotr.kowalski@outlook.com"),
    "Tanaka": dict(first="Yuki", last="Tanaka", rel="Daughter", phone="312-555-0135", email="yuki.tanaka.home@gmail.com"),
}

STAFF = [("Rebecca", "Sloane", "rsloane"), ("Arjun", "Mehta", "amehta"), ("Helena", "Vasquez", "hvasquez"),
         ("Marcus", "Pryor", "mpryor"), ("Jenna", "Morales", "jmorales"), ("Priyanka", "Desai", "pdesai"),
         ("Tom", "Okafor", "tokafor"), ("Wen", "Zhao", "wzhao"), ("Ines", "Carvalho", "icarvalho"),
         ("Lars", "Eriksen", "leriksen")]
CLIN = [("Rebecca", "Sloane"), ("Arjun", "Mehta"), ("Helena", "Vasquez"), ("Samuel", "Oduya"), ("Katarzyna", "Zielinska")]
ANALYSTS = [s[2] for s in STAFF]

RPT_SERVERS = ["NBH-RPT01", "NBH-RPT02"]
RPT_IPS = {"NBH-RPT01": "10.40.2.15", "NBH-RPT02": "10.40.2.16"}
SQL_SERVERS = ["NBH-SQLPROD01", "NBH-EDW02", "NBH-SQLETL03"]
CLIENT_NETS = ["10.40.18.", "10.40.22.", "10.41.7.", "192.168.30.", "172.20.14."]
PUBLIC_USER_IPS = ["73.162.48.201", "98.214.7.33", "24.13.190.86", "67.175.52.140", "108.70.211.9",
                   "71.57.229.18", "174.63.14.222"]

AGG_REPORTS = ["/Clinical/Daily Census", "/Finance/AR Aging by Payer", "/Executive/ED Throughput",
               "/Quality/Readmissions 30 Day", "/Pharmacy/Controlled Substance Usage",
               "/Operations/OR Utilization", "/Finance/Denials by Reason", "/Quality/CLABSI Rate"]
PT_REPORTS = ["/Clinical/Patient Summary", "/HIM/Discharge Summary Packet", "/Finance/Guarantor Statement",
              "/HIM/Release of Information Log", "/Cardiology/Implant Registry",
              "/Registration/Duplicate MRN Review", "/Lab/Critical Values Callback"]

UNITS = ["4W", "5E", "MICU", "SICU", "L&D", "NICU", "6N Tele", "ED"]
PAYERS = ["Medicare", "Medicaid MCO", "BCBS IL", "Aetna", "UHC", "Self-Pay", "Cigna"]
FACILITIES = ["NBH Main", "NBH Skokie", "NBH Oak Park"]

# ----------------------------------------------------------------------------
# clock
# ----------------------------------------------------------------------------
CLOCK = [datetime(2024, 3, 4, 0, 7, 12, 418000)]


def tick(lo=15, hi=260):
    CLOCK[0] += timedelta(seconds=R.randint(lo, hi), microseconds=R.randint(0, 999999))
    return CLOCK[0]


def small(lo_ms=5, hi_ms=4000):
    CLOCK[0] += timedelta(milliseconds=R.randint(lo_ms, hi_ms))
    return CLOCK[0]


def ms3(t):
    return "%03d" % (t.microsecond // 1000)


def us7(t):
    return "%06d%d" % (t.microsecond, R.randint(0, 9))


# ----------------------------------------------------------------------------
# formatting helpers for PHI values
# ----------------------------------------------------------------------------

def pick():
    return R.choice(PATIENTS)


def d_us(d, pad=False):
    return ("%02d/%02d/%04d" if pad else "%d/%d/%04d") % (d.month, d.day, d.year)


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def nm_lf(p, upper=False, ascii_=False):
    f, l = (p["fa"], p["la"]) if ascii_ else (p["first"], p["last"])
    s = "%s, %s" % (l, f)
    return s.upper() if upper else s


def nm_fl(p, ascii_=False):
    f, l = (p["fa"], p["la"]) if ascii_ else (p["first"], p["last"])
    return "%s %s" % (f, l)


def recent_date(days_back_lo=0, days_back_hi=20):
    return AS_OF - timedelta(days=R.randint(days_back_lo, days_back_hi))


def priv_ip():
    return R.choice(CLIENT_NETS) + str(R.randint(2, 250))


def analyst():
    return R.choice(ANALYSTS)


def clin_name_lf():
    f, l = R.choice(CLIN)
    return "%s, %s" % (l, f)


def pad(s, w):
    return " " * max(1, w - len(s))


# ----------------------------------------------------------------------------
# families
# ----------------------------------------------------------------------------
# Each generator returns a list of (family, parts) where parts are str or (value, cat).

# ---------- SSRS ReportServerService trace log ----------

def ssrs_prefix(comp, proc, tid, t, lvl):
    word = {"i": "INFO", "w": "WARN", "e": "ERROR"}[lvl]
    return "%s!%s!%s!%s:: %s %s: " % (comp, proc, tid, t.strftime("%m/%d/%Y-%H:%M:%S"), lvl, word)


def g_ssrs_trace(phi):
    F = "ssrs-trace"
    out = []
    t = tick()
    web = "ReportServer_0-%d" % R.choice([4, 8, 12])
    svc = "WindowsService_%d" % R.choice([1, 3, 7])
    tid = hexs(4)
    if phi:
        kind = R.choice(["conv", "conv", "mail", "mail", "convphone", "snapshot"])
    else:
        kind = R.choice(["render", "render", "sched", "appdomain", "timeout", "running", "perm", "mailok"])
    if kind in ("conv", "convphone"):
        p = pick()
        rpt = R.choice(PT_REPORTS[:2] + ["/Lab/Critical Values Callback"])
        out.append((F, [ssrs_prefix("library", web, tid, t, "i"), "Call to RenderFirst( '%s' )" % rpt]))
        t = small()
        if kind == "conv":
            val = R.choice([nm_lf(p), nm_lf(p, True, True), p["la"]])
            dt = "nvarchar" if val != val.upper() else "varchar"
            tail = [(val, "name"), "' to data type int."]
        else:
            dt = "varchar"
            tail = [(p["phone"], "phone"), "' to data type bigint."]
        out.append((F, [ssrs_prefix("processing", web, tid, t, "e"),
                        "Throwing Microsoft.ReportingServices.ReportProcessing.ProcessingAbortedException: "
                        "An error has occurred during report processing., ; Info: "
                        "Microsoft.ReportingServices.ReportProcessing.ProcessingAbortedException: An error has occurred "
                        "during report processing. ---> Microsoft.ReportingServices.ReportProcessing.ReportProcessingException: "
                        "Query execution failed for dataset 'ds%s'. ---> System.Data.SqlClient.SqlException: "
                        "Conversion failed when converting the %s value '" % (R.choice(["Patient", "Header", "Encounters"]), dt)]
                       + tail))
        if R.random() < 0.6:
            t = small()
            out.append((F, [ssrs_prefix("webserver", web, tid, t, "e"),
                            "Reporting Services error Microsoft.ReportingServices.Diagnostics.Utilities.RSException: "
                            "An error has occurred during report processing. ---> "
                            "Microsoft.ReportingServices.ReportProcessing.ProcessingAbortedException"]))
    elif kind == "mail":
        p = R.choice([x for x in PATIENTS if x["age"] >= 18])
        g = GUARANTORS.get(p["la"])
        email = g["email"] if g and R.random() < 0.7 else p["email"]
        sid = guid()
        out.append((F, [ssrs_prefix("schedule", svc, tid, t, "i"),
                        "Handling Event DataDrivenSubscription with data %s." % sid]))
        t = small()
        out.append((F, [ssrs_prefix("subscription", svc, tid, t, "i"),
                        "Data Driven Processing for SubscriptionID %s: %d notifications" % (sid, R.randint(180, 900))]))
        t = small(200, 3000)
        tid2 = hexs(4)
        out.append((F, [ssrs_prefix("emailextension", svc, tid2, t, "e"),
                        "Error sending email. Exception: System.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. "
                        "The server response was: 5.1.1 <", (email, "email"), ">: Recipient address rejected: User unknown"]))
        t = small()
        out.append((F, [ssrs_prefix("notification", svc, tid2, t, "i"),
                        "Notification %s completed.  Success: False, Status: Failure sending mail: Mailbox unavailable. "
                        "The server response was: 5.1.1 <" % guid(), (email, "email"),
                        ">: Recipient address rejected: User unknown Mail will not be resent., "
                        "DeliveryExtension: Report Server Email, Report: Guarantor Statement, Attempt 0"]))
    elif kind == "snapshot":
        p = pick()
        out.append((F, [ssrs_prefix("library", web, tid, t, "w"),
                        "Execution snapshot for '/HIM/Discharge Summary Packet' could not be reused; parameter 'MRN' changed from '",
                        (p["mrn"], "mrn"), "' to '", (pick()["mrn"], "mrn"), "'."]))
    elif kind == "render":
        rpt = R.choice(AGG_REPORTS)
        out.append((F, [ssrs_prefix("library", web, tid, t, "i"), "Call to RenderFirst( '%s' )" % rpt]))
        if R.random() < 0.5:
            t = small()
            out.append((F, [ssrs_prefix("library", web, tid, t, "i"), "RenderForNewSession('%s')" % rpt]))
        t = small(100, 9000)
        out.append((F, [ssrs_prefix("webserver", web, tid, t, "i"),
                        "Processed report. Report='%s', Stream=''" % rpt]))
    elif kind == "sched":
        sid = guid()
        rpt = R.choice(["Daily Census", "ED Throughput", "AR Aging by Payer", "Denials by Reason"])
        lst = R.choice(["nursing-leadership", "ed-leadership", "revcycle-mgmt", "quality-analytics"])
        out.append((F, [ssrs_prefix("schedule", svc, tid, t, "i"), "Handling Event TimedSubscription with data %s." % sid]))
        t = small()
        owner = analyst()
        out.append((F, [ssrs_prefix("notification", svc, tid, t, "i"),
                        "Handling subscription %s to report %s, owner: NBH\\%s, delivery extension: Report Server Email." % (sid, rpt, owner)]))
        t = small(500, 8000)
        out.append((F, [ssrs_prefix("emailextension", svc, tid, t, "i"),
                        "Sending email to %s@%s." % (lst, ORG_DOMAIN)]))
        t = small()
        out.append((F, [ssrs_prefix("library", svc, tid, t, "i"),
                        "Schedule %s execution completed at %s." % (guid(), t.strftime("%m/%d/%Y %H:%M:%S"))]))
    elif kind == "appdomain":
        n = R.randint(2, 40)
        out.append((F, [ssrs_prefix("appdomainmanager", web, tid, t, "i"),
                        "Appdomain:%d ReportServer_MSSQLSERVER_0-%d-%d started." % (n, R.choice([4, 8, 12]), R.randint(133500000000000000, 133560000000000000))]))
    elif kind == "timeout":
        out.append((F, [ssrs_prefix("processing", web, tid, t, "e"),
                        "Throwing Microsoft.ReportingServices.ReportProcessing.ProcessingAbortedException: An error has occurred during "
                        "report processing., ; Info: Microsoft.ReportingServices.ReportProcessing.ProcessingAbortedException: "
                        "Query execution failed for dataset 'dsCensus'. ---> System.Data.SqlClient.SqlException: Execution Timeout "
                        "Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding."]))
    elif kind == "running":
        out.append((F, [ssrs_prefix("runningjobs", web, tid, t, "i"),
                        "Adding: %d running jobs to the database" % R.randint(1, 6)]))
        if R.random() < 0.5:
            t = small(1000, 30000)
            out.append((F, [ssrs_prefix("runningjobs", web, tid, t, "i"),
                            "Removing: %d running jobs from the database" % R.randint(1, 6)]))
    elif kind == "perm":
        out.append((F, [ssrs_prefix("library", web, tid, t, "i"),
                        "Call to GetPermissionsAction(%s)." % R.choice(["/Clinical", "/Finance", "/HIM", "/Quality"])]))
    elif kind == "mailok":
        out.append((F, [ssrs_prefix("emailextension", svc, tid, t, "i"),
                        "Email successfully sent to %s@%s." % (R.choice(["him-roi", "cardiology-rounds", "pharmacy-ops"]), ORG_DOMAIN)]))
    return out


# ---------- SSRS HTTP log (W3C) ----------
UA = ["Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/121.0.0.0+Safari/537.36+Edg/121.0.2277.128",
      "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64;+Trident/7.0;+rv:11.0)+like+Gecko",
      "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.0.0+Safari/537.36",
      "Microsoft+SQL+Server+Reporting+Services+Web+Service+Client"]


def g_ssrs_http(phi):
    F = "ssrs-http"
    out = []
    t = tick()
    srv = R.choice(RPT_SERVERS)
    if R.random() < 0.06 and not phi:
        out.append((F, ["#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) "
                        "sc-status sc-substatus sc-win32-status sc-bytes cs-bytes time-taken"]))
        return out
    user = "NBH\\" + analyst()
    stem = "/ReportServer"
    pub = phi and R.random() < 0.25
    if phi:
        p = pick()
        rpt = R.choice(PT_REPORTS + ["/Finance/Eligibility Check"])
        q = [quote(rpt, safe="").lower().replace("%20", "+"), "&rs:Command=Render&rs:Format=%s" % R.choice(["PDF", "HTML4.0", "EXCELOPENXML"])]
        if rpt == "/Clinical/Patient Summary":
            q += ["&MRN=", (p["mrn"], "mrn")]
            if R.random() < 0.5:
                q += ["&PatientName=", (quote_plus(nm_lf(p, upper=R.random() < 0.5)), "name")]
            if R.random() < 0.4:
                q += ["&DOB=", (quote(d_us(p["dob"], True), safe=""), "date")]
        elif rpt == "/HIM/Discharge Summary Packet":
            q += ["&MRN=", (p["mrn"], "mrn"), "&AdmitDate=", (quote(d_us(recent_date(2, 40)), safe=""), "date")]
        elif rpt == "/Finance/Guarantor Statement":
            q += ["&GuarantorAcct=", (p["acct"], "account"), "&Layout=%s&IncludeZeroBalance=False" % R.choice(["Detail", "Summary"])]
        elif rpt == "/HIM/Release of Information Log":
            q += ["&MRN=", (p["mrn"], "mrn"), "&RequestStatus=All"]
        elif rpt == "/Cardiology/Implant Registry":
            dv = R.choice([PT["Kowalski"]["pacer_sn"], PT["Odegaard"]["icd_sn"], PT["Tanaka"]["icd_sn"]])
            q += ["&DeviceSerial=", (dv, "device"), "&IncludeExplanted=true"]
        elif rpt == "/Registration/Duplicate MRN Review":
            q += ["&LastName=", (quote_plus(p["last"]), "name"), "&FirstName=", (quote_plus(p["first"]), "name"),
                  "&DOB=", (quote(d_us(p["dob"], True), safe=""), "date")]
            if R.random() < 0.5:
                q += ["&SSN=", (p["ssn"], "ssn")]
        elif rpt == "/Lab/Critical Values Callback":
            q += ["&MRN=", (p["mrn"], "mrn"), "&CollectionDate=", (quote(d_us(recent_date(0, 2)), safe=""), "date")]
        else:
            q += ["&MemberID=", (p["member"], "health_plan"), "&DOB=", (quote(d_us(p["dob"], True), safe=""), "date"),
                  "&ServiceDate=", (quote(d_us(recent_date(0, 5), True), safe=""), "date")]
    else:
        choice = R.random()
        if choice < 0.55:
            rpt = R.choice(AGG_REPORTS)
            sd = recent_date(7, 35)
            q = [quote(rpt, safe="").lower().replace("%20", "+"), "&rs:Command=Render",
                 R.choice(["&StartDate=%s&EndDate=%s" % (quote(d_us(sd), safe=""), quote(d_us(sd + timedelta(days=6)), safe="")),
                           "&CensusDate=%s&Unit=%s" % (quote(d_us(recent_date(1, 3)), safe=""), quote_plus(R.choice(UNITS))),
                           "&PayerGroup=%s&AsOfDate=%s" % (quote_plus(R.choice(PAYERS)), quote(d_us(recent_date(1, 5)), safe="")),
                           "&Facility=%s&ProviderNPI=%s" % (quote_plus(R.choice(FACILITIES)), mk_npi())])]
        elif choice < 0.8:
            stem = "/ReportServer/ReportService2010.asmx"
            q = ["-"]
            user = "NBH\\svc_rptsub" if R.random() < 0.5 else user
        else:
            stem = "/Reports/api/v2.0/CatalogItems(Path='%s')" % quote(R.choice(AGG_REPORTS), safe="/")
            q = ["-"]
    cip = R.choice(PUBLIC_USER_IPS) if pub else priv_ip()
    parts = ["%s %s %s %s %s " % (t.strftime("%Y-%m-%d"), t.strftime("%H:%M:%S"), RPT_IPS[srv],
                                  "POST" if stem.endswith(".asmx") else "GET", stem)]
    parts += q
    parts += [" %d %s " % (R.choice([80, 443]), user)]
    parts += [(cip, "ip") if pub else cip]
    parts += [" %s %d 0 0 %d %d %d" % (R.choice(UA), R.choice([200, 200, 200, 200, 401, 500]) if not phi else 200,
                                       R.randint(900, 900000), R.randint(300, 2400), R.randint(40, 22000))]
    out.append((F, parts))
    return out


# ---------- ExecutionLog3 export (tab separated) ----------

def el3_id():
    return "".join(R.choice("abcdefghijklmnopqrstuvwxyz012345") for _ in range(24))


def g_el3(phi):
    F = "ssrs-executionlog3"
    out = []
    t = tick()
    if not phi and R.random() < 0.05:
        out.append((F, ["InstanceName\tItemPath\tUserName\tExecutionId\tRequestType\tFormat\tParameters\tItemAction\t"
                        "TimeStart\tTimeEnd\tTimeDataRetrieval\tTimeProcessing\tTimeRendering\tSource\tStatus\tByteCount\tRowCount"]))
        return out
    inst = R.choice(["NBH-RPT01", "NBH-RPT02"])
    rtype = R.choice(["Interactive", "Interactive", "Subscription"])
    user = "NBH\\svc_rptsub" if rtype == "Subscription" else "NBH\\" + analyst()
    fmt = R.choice(["RPL", "PDF", "EXCELOPENXML", "CSV"]) if rtype == "Interactive" else R.choice(["PDF", "EXCELOPENXML"])
    params = []
    if phi:
        p = pick()
        rpt = R.choice(PT_REPORTS)
        if rpt == "/Finance/Guarantor Statement":
            params = ["GuarantorAcct=", (p["acct"], "account"), "&Layout=Detail&Language=%s" % R.choice(["en-US", "es-US", "pl-PL"])]
        elif rpt == "/Registration/Duplicate MRN Review":
            params = ["LastName=", (quote(p["last"], safe=""), "name"), "&FirstName=", (quote(p["first"], safe=""), "name"),
                      "&DOB=", (quote(d_us(p["dob"]), safe=""), "date"), quote(" 12:00:00 AM", safe="")]
        elif rpt == "/Cardiology/Implant Registry":
            params = ["MRN=", (p["mrn"], "mrn"), "&IncludeExplanted=False"]
        elif rpt == "/HIM/Discharge Summary Packet":
            adm = recent_date(4, 30)
            dis = adm + timedelta(days=R.randint(1, 9))
            params = ["MRN=", (p["mrn"], "mrn"), "&AdmitDate=", (quote(d_us(adm), safe=""), "date"),
                      quote(" 12:00:00 AM", safe=""), "&DischargeDate=", (quote(d_us(dis), safe=""), "date"),
                      quote(" 12:00:00 AM", safe="")]
        elif rpt == "/Lab/Critical Values Callback":
            params = ["MRN=", (p["mrn"], "mrn"), "&CollectionDate=", (quote(d_us(recent_date(0, 3)), safe=""), "date"),
                      quote(" 12:00:00 AM", safe=""), "&Analyte=K"]
        else:
            params = ["MRN=", (p["mrn"], "mrn")]
            if R.random() < 0.5:
                params += ["&PatientName=", (quote(nm_lf(p), safe=""), "name")]
            if R.random() < 0.4:
                params += ["&DOB=", (quote(d_us(p["dob"]), safe=""), "date"), quote(" 12:00:00 AM", safe="")]
        status = R.choice(["rsSuccess"] * 5 + ["rsProcessingAborted"])
        rows = R.randint(1, 60)
    else:
        rpt = R.choice(AGG_REPORTS)
        sd = recent_date(7, 40)
        params = [R.choice([
            "StartDate=%s&EndDate=%s" % (quote(d_us(sd) + " 12:00:00 AM", safe=""), quote(d_us(sd + timedelta(days=R.choice([6, 13, 29]))) + " 12:00:00 AM", safe="")),
            "CensusDate=%s&Unit=%s" % (quote(d_us(recent_date(1, 2)) + " 12:00:00 AM", safe=""), quote(R.choice(UNITS), safe="")),
            "AsOfDate=%s&PayerGroup=%s&PayerGroup=%s" % (quote(d_us(recent_date(1, 3)) + " 12:00:00 AM", safe=""), quote(R.choice(PAYERS), safe=""), quote(R.choice(PAYERS), safe="")),
            "Facility=%s&Month=%s" % (quote(R.choice(FACILITIES), safe=""), "2024-02"),
            ""])]
        status = R.choice(["rsSuccess"] * 8 + ["rsProcessingAborted", "rsInternalError"])
        rows = R.randint(0, 48000)
    tdr, tpr, tre = R.randint(20, 30000), R.randint(5, 4000), R.randint(5, 9000)
    t_end = t + timedelta(milliseconds=tdr + tpr + tre)
    parts = ["%s\t%s\t%s\t%s\t%s\t%s\t" % (inst, rpt, user, el3_id(), rtype, fmt)]
    parts += params
    parts += ["\t%s\t%s.%s\t%s.%s\t%d\t%d\t%d\t%s\t%s\t%d\t%d" % (
        R.choice(["Render", "Render", "Execute"]), t.strftime("%Y-%m-%d %H:%M:%S"), ms3(t),
        t_end.strftime("%Y-%m-%d %H:%M:%S"), ms3(t_end), tdr, tpr, tre,
        R.choice(["Live", "Live", "Session", "Cache"]), status, R.randint(2000, 9000000) if status == "rsSuccess" else 0, rows)]
    out.append((F, parts))
    return out


# ---------- Crystal Reports scheduler (log4net) ----------

def cr_prefix(t, level, logger):
    return "%s,%s [%d] %-5s %s - " % (t.strftime("%Y-%m-%d %H:%M:%S"), ms3(t), R.randint(3, 40), level, logger)


def g_crystal(phi):
    F = "crystal-scheduler"
    out = []
    t = tick()
    job = R.randint(40000, 59999)
    if phi:
        p = pick()
        kind = R.choice(["dc", "dc", "roi", "label", "stmt"])
        if kind == "dc":
            dis = recent_date(0, 6)
            out.append((F, [cr_prefix(t, "INFO", "NBH.CrystalScheduler.ReportRunner"),
                            "Job %d: loading \\\\nbh-fs01\\CrystalTemplates\\HIM\\DischargeInstructions.rpt (CR runtime 13.0.32.4286)" % job]))
            t = small()
            out.append((F, [cr_prefix(t, "DEBUG", "NBH.CrystalScheduler.SelectionBuilder"),
                            "Job %d: record selection = {Patient.MRN} = \"" % job, (p["mrn"], "mrn"),
                            "\" and {Encounter.DischargeDate} = Date(", ("%d,%02d,%02d" % (dis.year, dis.month, dis.day), "date"), ")"]))
            t = small(800, 9000)
            out.append((F, [cr_prefix(t, "INFO", "NBH.CrystalScheduler.Exporter"),
                            "Job %d: exported %d page(s) to \\\\nbh-fs01\\Reports\\HIM\\%s\\DC_" % (job, R.randint(2, 14), d_iso(AS_OF)),
                            (p["mrn"], "mrn"), "_", (("%s_%s" % (p["la"], p["fa"])).upper().replace(" ", "").replace("'", ""), "name"),
                            ".pdf (%s bytes)" % format(R.randint(40000, 900000), ",")]))
        elif kind == "roi":
            out.append((F, [cr_prefix(t, "INFO", "NBH.CrystalScheduler.ParameterBinder"),
                            "Job %d: {?PatientName} = \"" % job, (nm_lf(p, upper=True, ascii_=True), "name"),
                            "\"; {?DOB} = #", (d_us(p["dob"]), "date"), "#; {?RequestType} = \"Patient Request\""]))
            if R.random() < 0.5:
                t = small()
                out.append((F, [cr_prefix(t, "WARN", "NBH.CrystalScheduler.ParameterBinder"),
                                "Job %d: {?DeliveryFax} = \"" % job, (p["phone"], "fax"),
                                "\" overrides facility default (312) 555-0199"]))
        elif kind == "label":
            out.append((F, [cr_prefix(t, "ERROR", "NBH.CrystalScheduler.ReportRunner"),
                            "Job %d: formula {@AddrBlock} failed: A string can be at most 65534 characters long. Input: \"" % job,
                            (p["street"], "address"), "\\r\\n", (p["city"], "address"), ", IL ", (p["zip"], "zip"), "\""]))
        else:
            g = GUARANTORS.get(p["la"])
            nm = "%s %s" % (g["first"], g["last"]) if g else nm_fl(p)
            out.append((F, [cr_prefix(t, "INFO", "NBH.CrystalScheduler.ReportRunner"),
                            "Job %d: GuarantorStatement.rpt acct=" % job, (p["acct"], "account"), " guarantor=\"", (nm, "name"),
                            "\" balance=%.2f pages=%d" % (R.uniform(12, 9000), R.randint(1, 4))]))
    else:
        kind = R.choice(["load", "refresh", "export", "logon", "dbfail", "queue"])
        rpt = R.choice(["DailyCensus.rpt", "ARAging.rpt", "ORUtilization.rpt", "PharmacyControlled.rpt", "DenialsByReason.rpt", "BedBoard.rpt"])
        if kind == "load":
            msg = "Job %d: loading \\\\nbh-fs01\\CrystalTemplates\\%s\\%s (CR runtime 13.0.32.4286)" % (job, R.choice(["Census", "Finance", "Pharmacy", "OR"]), rpt)
            lvl, lg = "INFO", "NBH.CrystalScheduler.ReportRunner"
        elif kind == "refresh":
            msg = "Job %d: refreshed '%s' datasource=EDW server=%s records=%d elapsed=00:00:%02d.%03d" % (
                job, rpt, R.choice(SQL_SERVERS), R.randint(0, 90000), R.randint(0, 59), R.randint(0, 999))
            lvl, lg = "INFO", "NBH.CrystalScheduler.ReportRunner"
        elif kind == "export":
            msg = "Job %d: exported %d page(s) to \\\\nbh-fs01\\Reports\\%s\\%s_%s.%s (%s bytes)" % (
                job, R.randint(1, 300), R.choice(["Finance", "Census", "OR"]), rpt[:-4], (AS_OF - timedelta(days=1)).strftime("%Y%m%d"),
                R.choice(["pdf", "xlsx"]), format(R.randint(20000, 4000000), ","))
            lvl, lg = "INFO", "NBH.CrystalScheduler.Exporter"
        elif kind == "logon":
            msg = "Job %d: Database logon failed. Details: ADO.Net Error Code: 0x80131904 [Database Vendor Code: 18456 ] (login 'svc_crystal')" % job
            lvl, lg = "WARN", "NBH.CrystalScheduler.ReportRunner"
        elif kind == "dbfail":
            msg = ("Job %d: CrystalDecisions.CrystalReports.Engine.DataSourceException: Failed to retrieve data from the database. "
                   "Details: [Database Vendor Code: 1205 ] Error in File %s {%s.rpt}: retry 1/3 in 30s") % (job, rpt, guid().upper())
            lvl, lg = "ERROR", "NBH.CrystalScheduler.ReportRunner"
        else:
            msg = "Queue poll: %d pending, %d running, next schedule 'Nightly Finance' at %s" % (
                R.randint(0, 30), R.randint(0, 4), (t + timedelta(minutes=R.randint(5, 300))).strftime("%Y-%m-%d %H:%M"))
            lvl, lg = "INFO", "NBH.CrystalScheduler.Queue"
        out.append((F, [cr_prefix(t, lvl, lg), msg]))
    return out


# ---------- Power BI: on-premises data gateway trace ----------

def gw_prefix(t, level):
    return "DM.EnterpriseGateway %s: 0 : %sT%s.%sZ DM.EnterpriseGateway\t%s\t%s\tMGEQ\t%s\t%s\t" % (
        level, t.strftime("%Y-%m-%d"), t.strftime("%H:%M:%S"), us7(t), guid(), guid(), guid(), hexs(8, True))


def g_pbi_gateway(phi):
    F = "pbi-gateway"
    out = []
    t = tick()
    if phi:
        p = pick()
        kind = R.choice(["num", "date", "key"])
        if kind == "num":
            out.append((F, [gw_prefix(t, "Error"), "[DM.GatewayCore] Mashup evaluation failed: DataFormat.Error: We couldn't convert to Number. Details: ",
                            (p["la"].upper(), "name"), " (Query 'DimPatient', column 'MRN', row %d)" % R.randint(2, 90000)]))
        elif kind == "date":
            out.append((F, [gw_prefix(t, "Error"), "[DM.GatewayCore] Mashup evaluation failed: DataFormat.Error: We couldn't parse the input provided as a Date value. Details: ",
                            ("%02d.%02d.%04d" % (p["dob"].day, p["dob"].month, p["dob"].year), "date"),
                            " (Query 'DimPatient', column 'BirthDate')"]))
        else:
            out.append((F, [gw_prefix(t, "Error"), "[DM.GatewayCore] Expression.Error: The key didn't match any rows in the table. Key: [MRN = \"",
                            (p["mrn"], "mrn"), "\", MemberID = \"", (p["member"], "health_plan"), "\"]"]))
    else:
        msgs = ["[DM.GatewayCore] Query execution completed in %d ms, rows=%d" % (R.randint(40, 90000), R.randint(0, 400000)),
                "[DM.Pipeline.Diagnostics] Gateway version: 3000.202.13, .NET 4.8.9181.0, machine NBH-PBIGW01",
                "[DM.GatewayCore] Spooling done. Total bytes: %d, spool file %s.tmp" % (R.randint(10000, 90000000), guid()),
                "[DM.GatewayCore] Opening connection to NBH-EDW02;EDW (SqlServer, Windows auth as NBH\\svc_pbigw)",
                "[DM.Pipeline.Common] Refresh request received. DatasetId=%s RequestId=%s" % (guid(), guid()),
                "[DM.GatewayCore] Mashup container %d recycled after %d evaluations" % (R.randint(1000, 30000), R.randint(50, 500))]
        lvl = "Information"
        out.append((F, [gw_prefix(t, lvl), R.choice(msgs)]))
    return out


# ---------- Power BI refresh history (REST /refreshes captured as JSON lines) ----------
DATASETS = [("Readmissions Model", "NBH Quality"), ("Patient Access KPIs", "NBH Access"), ("Revenue Cycle", "NBH Finance"),
            ("Inpatient Census", "NBH Clinical Ops"), ("Implant Registry", "NBH Cardiology"), ("Patient Roster", "NBH Population Health")]


def g_pbi_refresh(phi):
    F = "pbi-refresh-json"
    out = []
    t = tick()
    ds, ws = R.choice(DATASETS)
    st = t
    en = t + timedelta(seconds=R.randint(20, 1800), milliseconds=R.randint(0, 999))
    head = ['{"requestId":"%s","id":%d,"refreshType":"%s","startTime":"%sT%s.%sZ","endTime":"%sT%s.%sZ",' % (
        guid(), R.randint(7000000, 9999999), R.choice(["Scheduled", "Scheduled", "ViaApi", "OnDemand"]),
        st.strftime("%Y-%m-%d"), st.strftime("%H:%M:%S"), ms3(st), en.strftime("%Y-%m-%d"), en.strftime("%H:%M:%S"), ms3(en))]
    tail = ',"datasetName":"%s","workspace":"%s"}' % (ds, ws)
    if phi:
        p = pick()
        kind = R.choice(["dupmrn", "dupcomp", "photo", "dupnum"])
        pre = '"status":"Failed","serviceExceptionJson":"{\\"errorCode\\":\\"ModelRefresh_ShortMessage_ProcessingError\\",\\"errorDescription\\":\\"'
        post = (' and this is not allowed for columns on the one side of a many-to-one relationship or for columns that are '
                'used as the primary key of a table.\\"}"')
        if kind == "dupmrn":
            body = ["Column 'MRN' in Table 'DimPatient' contains a duplicate value '", (p["mrn"], "mrn"), "'", post]
        elif kind == "dupnum":
            body = ["Column 'MRN' in Table 'Patient Roster' contains a duplicate value '", (str(int(p["mrn"])), "mrn"), "'", post]
        elif kind == "dupcomp":
            body = ["Column 'PatientKey' in Table 'DimPatient' contains a duplicate value '", (p["la"], "name"), "|",
                    (d_iso(p["dob"]), "date"), "'", post]
        else:
            pp = R.choice([PT["Kowalski"], PT["Tanaka"], PT["Okonkwo"], PT["Chen"], p])
            img = b64_blob(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00", 72)
            body = ["The column 'PhotoThumb' of the table 'DimPatient' contains a value that exceeds the maximum allowed length "
                    "(MRN ", (pp["mrn"], "mrn"), ", value starts '", (img, "photo"), "...').\\\"}\""]
        parts = head + [pre] + body + [tail]
    else:
        st_ = R.choice(["Completed"] * 6 + ["Failed", "Disabled", "Cancelled"])
        if st_ == "Failed":
            err = R.choice(["DM_GWPipeline_Gateway_MashupDataAccessError", "ModelRefresh_ShortMessage_CapacityLimit",
                            "DM_GWPipeline_Gateway_TimeoutError"])
            parts = head + ['"status":"Failed","serviceExceptionJson":"{\\"errorCode\\":\\"%s\\"}"' % err] + [tail]
        else:
            parts = head + ['"status":"%s"' % st_] + [tail]
    out.append((F, parts))
    return out


# ---------- SQL Agent job history export (CSV) ----------
JOBS = [("EDW - Nightly ADT Load", ["Stage ADT", "Merge DimPatient", "Merge FactEncounter", "Rebuild Indexes"]),
        ("Billing - Guarantor Statement Extract", ["Build Statement Batch", "Export to Vendor", "Archive"]),
        ("Registration - Duplicate Patient Scan", ["Score Candidates", "Publish Worklist"]),
        ("Cardiology - Implant Registry Sync", ["Pull Vendor Feed", "Match Patients", "Load Registry"]),
        ("HIM - ROI Queue Export", ["Collect Requests", "Render Packets", "Notify"]),
        ("Payments - Card Vault Backfill", ["Tokenize Legacy Rows", "Verify"]),
        ("Subrogation - Auto Claim Extract", ["Select MVA Claims", "Write File"]),
        ("PatientSecure - Template Sync", ["Pull Enrollments", "Merge Templates"]),
        ("DBA - IndexOptimize - USER_DATABASES", ["IndexOptimize"]),
        ("DBA - DatabaseBackup - FULL", ["DatabaseBackup"]),
        ("syspolicy_purge_history", ["Verify that automation is enabled.", "Purge history.", "Erase Phantom System Health Records."])]


def csvq(s):
    return '"' + s.replace('"', '""') + '"'


def g_agent_hist(phi):
    F = "sqlagent-history-csv"
    out = []
    t = tick()
    srv = R.choice(SQL_SERVERS)
    if phi:
        p = pick()
        kind = R.choice(["dupssn", "trunc_addr", "trunc_mail", "print_member", "dupmrn", "print_dl", "print_dl", "palm"])
        if kind == "dupssn":
            job, step = "Registration - Duplicate Patient Scan", "Score Candidates"
            msg = ["Executed as user: NBH\\svc_sqlagent. Cannot insert duplicate key row in object 'dbo.PatientIdentity' with unique index "
                   "'UX_PatientIdentity_SSN'. The duplicate key value is (", (p["ssn"], "ssn"),
                   "). [SQLSTATE 23000] (Error 2601)  The statement has been terminated. [SQLSTATE 01000] (Error 3621).  The step failed."]
            sev, mid = "14", "2601"
        elif kind == "trunc_addr":
            job, step = "EDW - Nightly ADT Load", "Stage ADT"
            val = (p["street"] + (" " + p["apt"] if p["apt"] else " Apartment 2 Rear"))[:30]
            msg = ["Executed as user: NBH\\svc_sqlagent. String or binary data would be truncated in table 'EDW.stg.PatientAddress', "
                   "column 'AddressLine1'. Truncated value: '", (val, "address"),
                   "'. [SQLSTATE 22001] (Error 2628)  The statement has been terminated. [SQLSTATE 01000] (Error 3621).  The step failed."]
            sev, mid = "16", "2628"
        elif kind == "trunc_mail":
            job, step = "Billing - Guarantor Statement Extract", "Build Statement Batch"
            g = GUARANTORS.get(p["la"])
            em = (g["email"] if g else p["email"])
            val = em[:24]
            msg = ["Executed as user: NBH\\svc_sqlagent. String or binary data would be truncated in table 'BILL.dbo.StatementRecipient', "
                   "column 'EmailAddress'. Truncated value: '", (val, "email"),
                   "'. [SQLSTATE 22001] (Error 2628).  The step failed."]
            sev, mid = "16", "2628"
        elif kind == "print_member":
            job, step = "EDW - Nightly ADT Load", "Merge DimPatient"
            msg = ["Executed as user: NBH\\svc_sqlagent. Reconciling coverage for MRN ", (p["mrn"], "mrn"), " member ",
                   (p["member"], "health_plan"), " group %s [SQLSTATE 01000] (Message 0)  (%d rows affected) [SQLSTATE 01000] (Message 0).  The step succeeded." % (p["group"], R.randint(1, 5))]
            sev, mid = "0", "0"
        elif kind == "dupmrn":
            job, step = "EDW - Nightly ADT Load", "Merge DimPatient"
            msg = ["Executed as user: NBH\\svc_sqlagent. Violation of PRIMARY KEY constraint 'PK_DimPatient'. Cannot insert duplicate key in "
                   "object 'dbo.DimPatient'. The duplicate key value is (", (p["mrn"], "mrn"),
                   "). [SQLSTATE 23000] (Error 2627)  The statement has been terminated. [SQLSTATE 01000] (Error 3621).  The step failed."]
            sev, mid = "14", "2627"
        elif kind == "palm":
            job, step = "PatientSecure - Template Sync", "Merge Templates"
            tpl = b64_blob(b"FMR\x00 20\x00\x00\x01\x2c\x00\x00\x01", 45)
            msg = ["Executed as user: NBH\\svc_sqlagent. Template rejected (quality 31 < 40) for MRN ", (p["mrn"], "mrn"), " template=",
                   (tpl, "biometric"), " [SQLSTATE 01000] (Message 50003).  The step succeeded."]
            sev, mid = "0", "50003"
        else:
            job, step = "Subrogation - Auto Claim Extract", "Select MVA Claims"
            q = R.choice([PT["Munoz"], PT["Dos Santos"]])
            msg = ["Executed as user: NBH\\svc_sqlagent. Skipping claim for ", (nm_lf(q, True, True), "name"), ": driver license ",
                   (q["dl"], "license"), " not verified, vehicle VIN ", (q["vin"], "vehicle"), " [SQLSTATE 01000] (Message 50001).  The step succeeded."]
            sev, mid = "0", "50001"
        stepid = [s for j, ss in JOBS if j == job for s in ss].index(step) + 1
        dur = "00:%02d:%02d" % (R.randint(0, 20), R.randint(0, 59))
        parts = [csvq(t.strftime("%m/%d/%Y %H:%M:%S")), ",", csvq("Job History (%s)" % job), ",", csvq(str(stepid)), ",", csvq(srv), ",",
                 csvq(job), ",", csvq(step), ",", csvq(""), ",", '"'] + msg + ['"', ",", csvq(dur), ",", csvq(sev), ",", csvq(mid),
                                                                         ',"","","","0"']
        for x in msg:
            v = x[0] if isinstance(x, tuple) else x
            assert '"' not in v
    else:
        job, steps = R.choice([j for j in JOBS])
        kind = R.random()
        if kind < 0.3:
            stepid, step = 0, "(Job outcome)"
            sch = R.randint(3, 40)
            msg = ("The job succeeded.  The Job was invoked by Schedule %d (%s).  The last step to run was step %d (%s)."
                   % (sch, R.choice(["Nightly 0200", "Hourly", "Weekdays 0530", "Sunday 0100"]), len(steps), steps[-1]))
        elif kind < 0.75:
            stepid = R.randint(1, len(steps))
            step = steps[stepid - 1]
            msg = ("Executed as user: NBH\\svc_sqlagent. (%d rows affected) [SQLSTATE 01000] (Message 0)  Warning: Null value is eliminated by "
                   "an aggregate or other SET operation. [SQLSTATE 01003] (Message 8153).  The step succeeded." % R.randint(0, 250000))
        elif kind < 0.87:
            stepid = R.randint(1, len(steps))
            step = steps[stepid - 1]
            msg = "Executed as user: NBH\\svc_sqlagent. Login failed for user 'NBH\\svc_etl'. [SQLSTATE 28000] (Error 18456).  The step failed."
        else:
            stepid = R.randint(1, len(steps))
            step = steps[stepid - 1]
            msg = ("Executed as user: NBH\\svc_sqlagent. Transaction (Process ID %d) was deadlocked on lock resources with another process and "
                   "has been chosen as the deadlock victim. Rerun the transaction. [SQLSTATE 40001] (Error 1205).  The step failed." % R.randint(51, 400))
        dur = "%02d:%02d:%02d" % (R.randint(0, 1), R.randint(0, 59), R.randint(0, 59))
        parts = [",".join([csvq(t.strftime("%m/%d/%Y %H:%M:%S")), csvq("Job History (%s)" % job), csvq(str(stepid)), csvq(srv),
                           csvq(job), csvq(step), csvq(""), csvq(msg), csvq(dur), csvq("0"), csvq("0"), '""', '""', '""', '"0"'])]
    out.append((F, parts))
    return out


# ---------- SQL Agent step output file ----------

def g_agent_out(phi):
    F = "sqlagent-step-output"
    out = []
    t = tick()
    srv = R.choice(SQL_SERVERS)
    if phi:
        kind = R.choice(["dupmrn", "dupmrn", "implant", "implant", "roi", "card", "subro", "subro", "palm", "dupscan", "refund", "age", "photo", "photo"])
    else:
        kind = R.choice(["backup", "index", "stats", "load"])
    jobs = {"dupmrn": ("EDW - Nightly ADT Load", 2, "Merge DimPatient"),
            "implant": ("Cardiology - Implant Registry Sync", 2, "Match Patients"),
            "roi": ("HIM - ROI Queue Export", 1, "Collect Requests"),
            "card": ("Payments - Card Vault Backfill", 1, "Tokenize Legacy Rows"),
            "subro": ("Subrogation - Auto Claim Extract", 1, "Select MVA Claims"),
            "palm": ("PatientSecure - Template Sync", 2, "Merge Templates"),
            "dupscan": ("Registration - Duplicate Patient Scan", 1, "Score Candidates"),
            "refund": ("Billing - Guarantor Statement Extract", 1, "Build Statement Batch"),
            "age": ("EDW - Nightly ADT Load", 3, "Merge FactEncounter"),
            "photo": ("Registration - Patient Photo Sync", 1, "Pull Kiosk Photos"),
            "backup": ("DBA - DatabaseBackup - FULL", 1, "DatabaseBackup"),
            "index": ("DBA - IndexOptimize - USER_DATABASES", 1, "IndexOptimize"),
            "stats": ("DBA - IndexOptimize - USER_DATABASES", 1, "IndexOptimize"),
            "load": ("EDW - Nightly ADT Load", 1, "Stage ADT")}
    job, sid, sname = jobs[kind]
    out.append((F, ["Job '%s' : Step %d, '%s' : Began Executing %s" % (job, sid, sname, t.strftime("%Y-%m-%d %H:%M:%S"))]))

    def line(*parts):
        out.append((F, list(parts)))

    if kind == "dupmrn":
        line("Loading stg.ADT_A08 batch %s-%02d [SQLSTATE 01000]" % (AS_OF.strftime("%Y%m%d"), R.randint(1, 30)))
        line("(%d rows affected)" % R.randint(100, 9000))
        pts = R.sample(PATIENTS, R.randint(1, 3))
        line("Msg 2627, Level 14, State 1, Server %s, Procedure usp_MergeDimPatient, Line %d" % (srv, R.randint(80, 400)))
        line("Violation of PRIMARY KEY constraint 'PK_DimPatient'. Cannot insert duplicate key in object 'dbo.DimPatient'. "
             "The duplicate key value is (", (pts[0]["mrn"], "mrn"), ").")
        line("-- rejected rows (top %d) --" % len(pts))
        line("MRN       LastName             FirstName     DOB         Zip    HomePhone")
        for q in pts:
            ln, fn = q["la"].upper(), q["fa"].upper()
            line((q["mrn"], "mrn"), "  ", (ln, "name"), pad(ln, 21), (fn, "name"), pad(fn, 14), (d_iso(q["dob"]), "date"), "  ",
                 (q["zip"], "zip"), "  ", (q["phone"], "phone"))
    elif kind == "implant":
        q = R.choice([PT["Kowalski"], PT["Odegaard"], PT["Tanaka"], PT["Chen"]])
        line("Vendor feed rows: %d, matched: %d, unmatched: %d" % (R.randint(100, 900), R.randint(80, 800), R.randint(1, 12)))
        if "pacer_sn" in q:
            line("Unmatched device: SerialNumber=", (q["pacer_sn"], "device"), " UDI=", (q["udi"], "device"),
                 " ImplantDate=", (d_iso(recent_date(200, 900)), "date"), " PatientLast=", (q["la"].upper(), "name"))
        elif "imei" in q:
            line("Unmatched remote monitor: IMEI=", (q["imei"], "device"), " Model=MyCareLink 24950 EnrolledFor MRN ", (q["mrn"], "mrn"))
        elif "monitor_mac" in q:
            line("Unmatched home monitor: MAC=", (q["monitor_mac"], "device"), " ICD SN=", (q["icd_sn"], "device"),
                 " MRN=", (q["mrn"], "mrn"))
        else:
            line("Unmatched device: SerialNumber=", (q["icd_sn"], "device"), " Model=Evera MRI XT DR PatientDOB=",
                 (d_iso(q["dob"]), "date"))
        line("(%d rows affected)" % R.randint(1, 12))
    elif kind == "roi":
        q = pick()
        case = "ROI-2024-%06d" % R.randint(1000, 99999)
        line("Collecting release-of-information requests received since %s [SQLSTATE 01000]" % (AS_OF - timedelta(days=1)).strftime("%Y-%m-%d"))
        line("Case ", (case, "other_id"), " MRN ", (q["mrn"], "mrn"), " requestor=Patient deliver_via=FAX to ",
             ("(%s) %s" % (q["phone"][:3], q["phone"][4:]), "fax"), " dates of service ",
             (d_iso(recent_date(30, 200)), "date"), " to ", (d_iso(recent_date(5, 29)), "date"))
        line("Case ROI-2024-%06d requestor=Attorney (Baines & Ruiz LLP, fax 312-555-0176) status=Pending authorization" % R.randint(1000, 99999))
        line("(%d rows affected)" % R.randint(2, 40))
    elif kind == "card":
        q = R.choice([PT["Haddad"], PT["Volkov"], PT["Asante"]])
        line("Tokenizing legacy rows in PAY.dbo.CardOnFile_Legacy, batch size 500 [SQLSTATE 01000]")
        line("Msg 50010, Level 16, State 1, Server %s, Procedure usp_TokenizeLegacy, Line %d" % (srv, R.randint(40, 200)))
        line("Vault rejected PAN ", (q["card"], "account"), " exp %02d/%02d for guarantor acct " % (R.randint(1, 12), R.randint(25, 29)),
             (q["acct"], "account"), ": duplicate token request")
        line("(%d rows affected)" % R.randint(0, 500))
    elif kind == "subro":
        q = R.choice([PT["Munoz"], PT["Dos Santos"]])
        line("MVA claims selected: %d [SQLSTATE 01000]" % R.randint(3, 40))
        line("ClaimRef        Patient                 DOI         VIN                Plate     DL")
        nm = nm_lf(q, True, True)
        line("SUB-%07d     " % R.randint(0, 9999999), (nm, "name"), pad(nm, 24), (d_iso(recent_date(20, 120)), "date"), "  ",
             (q["vin"], "vehicle"), "  ", (q["plate"], "vehicle"), pad(q["plate"], 10), (q["dl"], "license"))
    elif kind == "palm":
        q = pick()
        tpl = b64_blob(b"FMR\x00 20\x00\x00\x01\x2c\x00\x00\x01", 60)
        line("Pulled %d enrollments from PatientSecure API (palm vein) [SQLSTATE 01000]" % R.randint(3, 80))
        line("Template checksum mismatch for MRN ", (q["mrn"], "mrn"), ", template=", (tpl, "biometric"))
        line("(%d rows affected)" % R.randint(1, 80))
    elif kind == "dupscan":
        a = pick()
        line("Scoring duplicate candidates, threshold 0.92 [SQLSTATE 01000]")
        line("Candidate pair score=0.%d: " % R.randint(920, 999), (a["mrn"], "mrn"), " ", (nm_lf(a, True, True), "name"), " ", (d_us(a["dob"], True), "date"),
             " SSN ", (a["ssn"], "ssn"), " <-> ", ("%08d" % R.randint(100000, 9899999), "mrn"), " ",
             ("%s, %s" % (a["la"].upper(), a["fa"][0]), "name"), " ", (d_us(a["dob"], True), "date"))
        line("(%d rows affected)" % R.randint(1, 60))
    elif kind == "refund":
        q = PT["Brandt"]
        g = GUARANTORS["Brandt"]
        line("Building refund batch RF-%s-%02d [SQLSTATE 01000]" % (AS_OF.strftime("%Y%m%d"), R.randint(1, 9)))
        line("International refund hold: acct ", (q["acct"], "account"), " payee ", ("%s %s" % (g["first"], g["last"]), "name"),
             " IBAN ", (q["iban"], "account"), " amount 412.60 EUR")
        line("(%d rows affected)" % R.randint(1, 20))
    elif kind == "age":
        q = R.choice([PT["Brandt"], PT["Pemberton"]])
        line("Recomputing age bands for discharges on %s [SQLSTATE 01000]" % (AS_OF - timedelta(days=1)).strftime("%Y-%m-%d"))
        line("Warning: age band '90+' collapsed for MRN ", (q["mrn"], "mrn"), " (age ", (str(q["age"]), "age"), ", admit ",
             (d_iso(recent_date(3, 12)), "date"), ")")
        line("(%d rows affected)" % R.randint(200, 4000))
    elif kind == "photo":
        q = pick()
        img = b64_blob(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", R.randint(60, 110))
        line("Kiosk photos pending: %d (source NBH-KIOSK-%02d) [SQLSTATE 01000]" % (R.randint(1, 60), R.randint(1, 24)))
        line("Msg 50020, Level 16, State 1, Server %s, Procedure usp_SyncPatientPhoto, Line %d" % (srv, R.randint(30, 150)))
        line("Photo exceeds 256 KB for MRN ", (q["mrn"], "mrn"), "; head: ", ("data:image/jpeg;base64," + img, "photo"))
        line("(%d rows affected)" % R.randint(0, 60))
    elif kind == "backup":
        db = R.choice(["EDW", "BILL", "ReportServer", "ReportServerTempDB", "PAY"])
        line("Date and time: %s" % t.strftime("%Y-%m-%d %H:%M:%S"))
        line("Command: BACKUP DATABASE [%s] TO DISK = N'\\\\nbh-bak01\\SQL\\%s\\%s\\FULL\\%s_%s_FULL_%s.bak' WITH CHECKSUM, COMPRESS" % (
            db, srv, db, srv, db, t.strftime("%Y%m%d_%H%M%S")))
        pages = R.randint(10000, 9000000)
        secs = R.uniform(5, 900)
        line("Processed %d pages for database '%s', file '%s' on file 1." % (pages, db, db))
        line("BACKUP DATABASE successfully processed %d pages in %.3f seconds (%.3f MB/sec)." % (pages, secs, pages * 8 / 1024 / secs))
        line("Outcome: Succeeded")
        line("Duration: 00:%02d:%02d" % (int(secs) // 60 % 60, int(secs) % 60))
    elif kind in ("index", "stats"):
        tbl = R.choice(["dbo.FactEncounter", "dbo.DimPatient", "dbo.FactCharge", "dbo.ExecutionLogStorage"])
        line("Date and time: %s" % t.strftime("%Y-%m-%d %H:%M:%S"))
        if kind == "index":
            line("Command: ALTER INDEX [IX_%s_%s] ON [EDW].%s REBUILD WITH (SORT_IN_TEMPDB = OFF, ONLINE = ON)" % (
                tbl.split(".")[1], R.choice(["MRN", "AdmitDate", "PatientKey", "TimeStart"]), tbl))
            line("Comment: ObjectType: Table, IndexType: NonClustered, ImageText: No, Fragmentation: %.2f, PageCount: %d" % (
                R.uniform(30, 99), R.randint(1000, 900000)))
        else:
            line("Command: UPDATE STATISTICS [EDW].%s [_WA_Sys_%08X_%08X]" % (tbl, R.getrandbits(32), R.getrandbits(32)))
        line("Outcome: Succeeded")
        line("Duration: 00:00:%02d" % R.randint(0, 59))
    else:
        line("Loading stg.ADT_A08 batch %s-%02d [SQLSTATE 01000]" % (AS_OF.strftime("%Y%m%d"), R.randint(1, 30)))
        line("(%d rows affected)" % R.randint(100, 9000))
        line("Warning: Null value is eliminated by an aggregate or other SET operation. [SQLSTATE 01003]")
        line("(%d rows affected)" % R.randint(100, 9000))
    if phi and kind in ("dupmrn", "card"):
        line("Process Exit Code 1.  The step failed.")
    else:
        line("Process Exit Code 0.  The step succeeded.")
    return out


# ---------- Tableau Server vizqlserver JSON ----------

def tab_head(t, k, user, sev="info"):
    return '{"ts":"%sT%s.%s","pid":%d,"tid":"%s","sev":"%s","req":"%s","sess":"%s-%d:0","site":"%s","user":"%s","k":"%s","v":' % (
        t.strftime("%Y-%m-%d"), t.strftime("%H:%M:%S"), ms3(t), R.choice([4128, 5120, 6604, 7312]), hexs(4), sev,
        base64.b64encode(bytes(R.getrandbits(8) for _ in range(18))).decode().replace("+", "A").replace("/", "B"),
        hexs(32, True), R.randint(0, 3), R.choice(["Clinical", "Quality", "Finance"]), user, k)


def g_tableau(phi):
    F = "tableau-vizql"
    out = []
    t = tick()
    user = analyst()
    if phi:
        p = pick()
        kind = R.choice(["filter_name", "filter_mrn", "query_mrn", "query_dob", "filter_dob", "age", "device"])
        if kind == "filter_name":
            out.append((F, [tab_head(t, "command-pre", user),
                            '{"name":"tabdoc:categorical-filter","args":"{\\"fieldCaption\\":\\"Patient Name\\",\\"membershipTarget\\":\\"filter\\",'
                            '\\"filterValues\\":[\\"', (nm_lf(p), "name"), '\\"],\\"filterUpdateType\\":\\"filter-replace\\",\\"worksheet\\":\\"Readmit Detail\\"}"}}']))
        elif kind == "filter_mrn":
            out.append((F, [tab_head(t, "command-pre", user),
                            '{"name":"tabdoc:categorical-filter","args":"{\\"fieldCaption\\":\\"MRN\\",\\"membershipTarget\\":\\"filter\\",'
                            '\\"filterValues\\":[\\"', (p["mrn"], "mrn"), '\\"],\\"filterUpdateType\\":\\"filter-replace\\",\\"worksheet\\":\\"Encounter Timeline\\"}"}}']))
        elif kind == "filter_dob":
            out.append((F, [tab_head(t, "command-pre", user),
                            '{"name":"tabdoc:range-filter","args":"{\\"fieldCaption\\":\\"Birth Date\\",\\"filterRangeMin\\":\\"',
                            (d_iso(p["dob"]), "date"), '\\",\\"filterRangeMax\\":\\"', (d_iso(p["dob"]), "date"),
                            '\\",\\"worksheet\\":\\"Patient Lookup\\"}"}}']))
        elif kind == "age":
            q = R.choice([PT["Brandt"], PT["Pemberton"]])
            out.append((F, [tab_head(t, "command-pre", user),
                            '{"name":"tabdoc:categorical-filter","args":"{\\"fieldCaption\\":\\"Age at Admit\\",\\"membershipTarget\\":\\"filter\\",'
                            '\\"filterValues\\":[\\"', (str(q["age"]), "age"), '\\"],\\"filterUpdateType\\":\\"filter-replace\\",\\"worksheet\\":\\"LOS Outliers\\"}"}}']))
        elif kind == "device":
            dv = R.choice([PT["Kowalski"]["pacer_sn"], PT["Odegaard"]["icd_sn"], PT["Tanaka"]["icd_sn"], PT["Chen"]["imei"]])
            out.append((F, [tab_head(t, "command-pre", user),
                            '{"name":"tabdoc:categorical-filter","args":"{\\"fieldCaption\\":\\"Device Serial\\",\\"membershipTarget\\":\\"filter\\",'
                            '\\"filterValues\\":[\\"', (dv, "device"), '\\"],\\"filterUpdateType\\":\\"filter-replace\\",\\"worksheet\\":\\"Remote Monitoring\\"}"}}']))
        elif kind == "query_mrn":
            t2 = small()
            out.append((F, [tab_head(t2, "end-query", user),
                            '{"protocol-id":%d,"cols":%d,"rows":%d,"query-trunc":"SELECT [DimPatient].[MRN] AS [MRN], [DimPatient].[PatientName] AS [PatientName], '
                            "[FactEncounter].[AdmitDate] AS [AdmitDate] FROM [dbo].[DimPatient] [DimPatient] INNER JOIN [dbo].[FactEncounter] [FactEncounter] "
                            "ON ([DimPatient].[PatientKey] = [FactEncounter].[PatientKey]) WHERE ([DimPatient].[MRN] = '" % (
                                R.randint(1, 40), 3, R.randint(1, 30)),
                            (p["mrn"], "mrn"), "')\",\"elapsed\":%.3f}}" % R.uniform(0.01, 4)]))
        else:
            t2 = small()
            out.append((F, [tab_head(t2, "end-query", user),
                            '{"protocol-id":%d,"cols":4,"rows":1,"query-trunc":"SELECT [DimPatient].[MRN] AS [MRN] FROM [dbo].[DimPatient] [DimPatient] '
                            "WHERE (([DimPatient].[LastName] = N'" % R.randint(1, 40), (p["last"].replace("'", "''"), "name"),
                            "') AND ([DimPatient].[BirthDate] = {d '", (d_iso(p["dob"]), "date"), "'}))\",\"elapsed\":%.3f}}" % R.uniform(0.01, 2)]))
    else:
        kind = R.choice(["lock", "boot", "qbs", "census", "clin", "agelow"])
        if kind == "lock":
            out.append((F, [tab_head(t, "lock-session", user), "{}}"]))
        elif kind == "boot":
            out.append((F, [tab_head(t, "end-bootstrap-session", user),
                            '{"elapsed":%.3f,"workbook":"%s","sheet":"%s"}}' % (R.uniform(0.3, 9), R.choice(["ED Throughput", "Readmissions", "Census Board", "Denials"]),
                                                                               R.choice(["Overview", "By Unit", "Trend", "Detail"]))]))
        elif kind == "qbs":
            out.append((F, [tab_head(t, "qp-batch-summary", user),
                            '{"job-count":%d,"elapsed-sum":"%.3f","jobs":[{"owner-component":"viz","owner-dashboard":"Census Board","query-abstract":"(restrict (aggregate (select (project (table [Extract].[Extract])))))","elapsed":"%.3f"}]}}' % (
                                R.randint(1, 8), R.uniform(0.01, 6), R.uniform(0.01, 4))]))
        elif kind == "census":
            cd = recent_date(1, 3)
            out.append((F, [tab_head(t, "end-query", user),
                            '{"protocol-id":%d,"cols":2,"rows":%d,"query-trunc":"SELECT [FactCensus].[Unit] AS [Unit], COUNT_BIG(1) AS [cnt:Patients:ok] FROM [dbo].[FactCensus] [FactCensus] '
                            "WHERE ([FactCensus].[CensusDate] = {d '%s'}) GROUP BY [FactCensus].[Unit]\",\"elapsed\":%.3f}}" % (
                                R.randint(1, 40), R.randint(4, 30), d_iso(cd), R.uniform(0.01, 3))]))
        elif kind == "agelow":
            out.append((F, [tab_head(t, "command-pre", user),
                            '{"name":"tabdoc:categorical-filter","args":"{\\"fieldCaption\\":\\"Age at Admit\\",\\"membershipTarget\\":\\"filter\\",'
                            '\\"filterValues\\":[\\"%d\\",\\"%d\\"],\\"filterUpdateType\\":\\"filter-add\\",\\"worksheet\\":\\"LOS Outliers\\"}"}}' % (R.randint(18, 60), R.randint(61, 89))]))
        else:
            out.append((F, [tab_head(t, "command-pre", user),
                            '{"name":"tabdoc:categorical-filter","args":"{\\"fieldCaption\\":\\"Attending Provider\\",\\"membershipTarget\\":\\"filter\\",'
                            '\\"filterValues\\":[\\"%s\\"],\\"filterUpdateType\\":\\"filter-replace\\",\\"worksheet\\":\\"LOS by Provider\\"}"}}' % clin_name_lf()]))
    return out


# ---------- report mail: custom mailer + postfix ----------


RELAYS = {"gmail.com": ("gmail-smtp-in.l.google.com[142.250.112.27]:25", "g"),
          "outlook.com": ("outlook-com.olc.protection.outlook.com[52.101.42.7]:25", "o"),
          "yahoo.com": ("mta6.am0.yahoodns.net[67.195.204.77]:25", "y"),
          "aol.com": ("mx-aol.mail.gm0.yahoodns.net[67.195.228.106]:25", "y"),
          "icloud.com": ("mx01.mail.icloud.com[17.57.155.25]:25", "a"),
          "comcast.net": ("mx2c1.comcast.net[96.102.18.146]:25", "c"),
          "proton.me": ("mail.protonmail.ch[185.70.42.128]:25", "p")}


def relay_for(em):
    return RELAYS[em.split("@")[1]][0]


def resp_for(em):
    k = RELAYS[em.split("@")[1]][1]
    if k == "g":
        return "250 2.0.0 OK  %d %s.%d - gsmtp" % (R.randint(1709500000, 1709600000), hexs(12), R.randint(100, 999))
    if k == "o":
        return "250 2.6.0 <%s@nbh-rpt01.northbridgehealth.org> [InternalId=%d, Hostname=%s] Queued mail for delivery" % (
            hexs(16).upper(), R.randint(10 ** 12, 10 ** 13), "BN8NAM12HT" + str(R.randint(100, 999)) + ".eop-nam12.prod.protection.outlook.com")
    if k == "y":
        return "250 ok dirdel"
    if k == "a":
        return "250 2.0.0 Ok: queued as %s" % hexs(10).upper()
    return "250 2.0.0 %s mail accepted for delivery" % hexs(14)


def g_mail(phi):
    out = []
    t = tick()
    qid = hexs(10, True)
    if phi:
        p = pick()
        kind = R.choice(["roi", "stmt", "stmt", "portal", "portal", "kit"])
        if kind == "roi":
            case = "ROI-2024-%06d" % R.randint(1000, 99999)
            out.append(("report-mailer", ["%s,%s INFO rpt_mailer.send: job=HIM_ROI_Daily to=him-roi@%s subject=\"ROI packet ready - " % (
                t.strftime("%Y-%m-%d %H:%M:%S"), ms3(t), ORG_DOMAIN), (nm_lf(p, True, True), "name"), " (MRN ", (p["mrn"], "mrn"),
                ")\" attachment=ROI_",
                (p["mrn"], "mrn"), "_%s.pdf case=" % (AS_OF - timedelta(days=1)).strftime("%Y%m%d"), (case, "other_id"),
                " size=%d" % R.randint(40000, 3000000)]))
        elif kind == "stmt":
            g = GUARANTORS.get(p["la"])
            em = g["email"] if g else p["email"]
            out.append(("report-mailer", ["%s,%s INFO rpt_mailer.send: job=Guarantor_Statements to=" % (t.strftime("%Y-%m-%d %H:%M:%S"), ms3(t)),
                                          (em, "email"), " subject=\"Your Northbridge Health statement\" attachment=Statement_",
                                          (p["acct"], "account"), "_%s.pdf size=%d" % (AS_OF.strftime("%Y%m"), R.randint(30000, 200000))]))
            t = small(300, 3000)
            out.append(("postfix", ["%s nbh-relay01 postfix/smtp[%d]: %s: to=<" % (t.strftime("%b %e %H:%M:%S"), R.randint(2000, 30000), qid),
                                    (em, "email"),
                                    ">, relay=%s, delay=%.1f, delays=%.2f/%.2f/%.2f/%.2f, dsn=2.0.0, status=sent (%s)" % (
                                        relay_for(em), R.uniform(0.5, 4), R.uniform(0, .2), R.uniform(0, .1),
                                        R.uniform(0.1, 1), R.uniform(0.1, 2), resp_for(em))]))
        elif kind == "portal":
            url = "https://mychart.%s/MyChart/Billing/Guarantor/%s-%s" % (ORG_DOMAIN, p["portal"], p["acct"])
            out.append(("report-mailer", ["%s,%s INFO rpt_mailer.render: job=Portal_Statement_Notice user=" % (t.strftime("%Y-%m-%d %H:%M:%S"), ms3(t)),
                                          (p["portal"], "other_id"), " link=", (url, "url"), " template=stmt_notice_v3"]))
        else:
            q = R.choice([PT["Farahani"], PT["Eze"]])
            out.append(("report-mailer", ["%s,%s WARN rpt_mailer.send: job=Genomics_Results_Ready to=genomics-cc@%s kit=" % (
                t.strftime("%Y-%m-%d %H:%M:%S"), ms3(t), ORG_DOMAIN), (q["kit"], "other_id"), " patient=", (nm_fl(q), "name"),
                " attachment skipped: PHI attachments disabled for external relay"]))
    else:
        kind = R.choice(["mailer", "mailer", "cleanup", "qmgr", "smtp"])
        if kind == "mailer":
            job, lst, subj, att = R.choice([
                ("ED_Throughput_Daily", "ed-leadership", "ED Throughput %s" % d_us(AS_OF - timedelta(days=1), True), "ED_Throughput_%s.xlsx"),
                ("Census_0600", "nursing-leadership", "Daily Census %s 06:00" % d_us(AS_OF, True), "Census_%s.pdf"),
                ("Denials_Weekly", "revcycle-mgmt", "Denials by Reason - week ending %s" % d_us(AS_OF - timedelta(days=2), True), "Denials_%s.xlsx"),
                ("CLABSI_Monthly", "quality-analytics", "CLABSI Rate February 2024", "CLABSI_%s.pdf")])
            out.append(("report-mailer", ["%s,%s INFO rpt_mailer.send: job=%s to=%s@%s subject=\"%s\" attachment=%s size=%d msgid=<%s@nbh-rpt01.%s>" % (
                t.strftime("%Y-%m-%d %H:%M:%S"), ms3(t), job, lst, ORG_DOMAIN, subj, att % AS_OF.strftime("%Y%m%d"),
                R.randint(20000, 3000000), t.strftime("%Y%m%d%H%M%S") + "." + qid, ORG_DOMAIN)]))
        elif kind == "cleanup":
            out.append(("postfix", ["%s nbh-relay01 postfix/cleanup[%d]: %s: message-id=<%s.%s@nbh-rpt01.%s>" % (
                t.strftime("%b %e %H:%M:%S"), R.randint(2000, 30000), qid, t.strftime("%Y%m%d%H%M%S"), qid, ORG_DOMAIN)]))
        elif kind == "qmgr":
            out.append(("postfix", ["%s nbh-relay01 postfix/qmgr[%d]: %s: from=<ssrs-noreply@%s>, size=%d, nrcpt=%d (queue active)" % (
                t.strftime("%b %e %H:%M:%S"), R.randint(900, 1200), qid, ORG_DOMAIN, R.randint(3000, 9000000), R.randint(1, 12))]))
        else:
            out.append(("postfix", ["%s nbh-relay01 postfix/smtp[%d]: %s: to=<%s@%s>, relay=nbh-exch02.nbh.local[10.40.1.22]:25, delay=%.2f, "
                                    "delays=0.02/0/0.01/%.2f, dsn=2.6.0, status=sent (250 2.6.0 <%s.%s@nbh-rpt01.%s> Queued mail for delivery)" % (
                                        t.strftime("%b %e %H:%M:%S"), R.randint(2000, 30000), qid,
                                        R.choice(["ed-leadership", "nursing-leadership", "revcycle-mgmt", "him-roi", "dba-alerts"]), ORG_DOMAIN,
                                        R.uniform(0.05, 2), R.uniform(0.01, 1), t.strftime("%Y%m%d%H%M%S"), qid, ORG_DOMAIN)]))
    return out


# ---------- SQL Server Audit (fn_get_audit_file forwarded as key=value) ----------
APPS = ["Microsoft SQL Server Management Studio - Query", "Azure Data Studio", "DBeaver 23.3.5 - SQLEditor", "Microsoft Office 2016"]


def g_audit_mssql(phi):
    F = "mssql-audit"
    out = []
    t = tick()
    user = analyst()
    head = "event_time=%sT%s.%sZ action_id=SL succeeded=true session_id=%d server_principal_name=NBH\\%s server_instance_name=%s database_name=%s client_ip=%s application_name=\"%s\" statement=\"" % (
        t.strftime("%Y-%m-%d"), t.strftime("%H:%M:%S"), us7(t), R.randint(51, 400), user, R.choice(SQL_SERVERS),
        R.choice(["EDW", "BILL", "Clarity"]), priv_ip(), R.choice(APPS))
    if phi:
        p = pick()
        kind = R.choice(["name", "mrn_in", "ssn", "dob_zip", "mbi", "upd_phone", "portal", "addr", "foreign", "dl", "fax"])
        if kind == "name":
            st = ["SELECT TOP (100) * FROM dbo.DimPatient WHERE LastName = N'", (p["last"].replace("'", "''"), "name"),
                  "' AND FirstName = N'", (p["first"], "name"), "'"]
        elif kind == "mrn_in":
            q = pick()
            st = ["SELECT e.EncounterKey, e.AdmitDate, e.DischargeDate, e.Unit FROM dbo.FactEncounter e JOIN dbo.DimPatient p ON p.PatientKey = e.PatientKey WHERE p.MRN IN ('",
                  (p["mrn"], "mrn"), "', '", (q["mrn"], "mrn"), "') ORDER BY e.AdmitDate DESC"]
        elif kind == "ssn":
            st = ["SELECT PatientKey, MRN, LastName, FirstName FROM dbo.PatientIdentity WHERE SSN = '", (p["ssn"], "ssn"), "'"]
        elif kind == "dob_zip":
            st = ["SELECT MRN, LastName, FirstName FROM dbo.DimPatient WHERE BirthDate = '", (d_iso(p["dob"]), "date"), "' AND PostalCode = '",
                  (p["zip"], "zip"), "'"]
        elif kind == "mbi":
            q = R.choice([x for x in PATIENTS if x["plan"] == "mbi"])
            st = ["SELECT c.CoverageKey, c.PayerName, c.GroupNumber FROM dbo.DimCoverage c WHERE c.SubscriberID = '", (q["member"], "health_plan"),
                  "' AND c.GroupNumber = '%s'" % q["group"]]
        elif kind == "upd_phone":
            st = ["UPDATE stg.PatientContact SET HomePhone = '", ("(%s) %s" % (p["phone"][:3], p["phone"][4:]), "phone"),
                  "', Email = '", (p["email"], "email"), "' WHERE MRN = '", (p["mrn"], "mrn"), "'"]
        elif kind == "portal":
            st = ["SELECT PatientKey, LastLoginUtc, MfaEnabled FROM portal.Account WHERE UserName = '", (p["portal"], "other_id"),
                  "'"]
        elif kind == "addr":
            st = ["SELECT MRN FROM dbo.DimPatient WHERE AddressLine1 LIKE '", (p["street"], "address"), "%' AND City = '",
                  (p["city"], "address"), "'"]
        elif kind == "dl":
            st = ["SELECT VerificationStatus, VerifiedUtc FROM reg.IdentityVerification WHERE DriversLicenseNo = '", (p["dl"], "license"),
                  "' AND IssuingState = 'IL'"]
        elif kind == "fax":
            st = ["UPDATE him.RoiRequest SET DeliveryMethod = 'FAX', DeliveryFax = '", (p["phone"].replace("-", ""), "fax"),
                  "' WHERE RequestID = %d" % R.randint(200000, 299999)]
        else:
            q = R.choice([PT["Adeyemi-Whitfield"], PT["Halvorsen"]])
            col, val = ("PassportNumber", q["pass"]) if "pass" in q else ("NationalID", q["fnr"])
            st = ["SELECT MRN, LastName, CountryOfBirth FROM reg.ForeignIdentity WHERE %s = '" % col, (val, "other_id"), "'"]
    else:
        cd = recent_date(1, 30)
        st = [R.choice([
            "SELECT COUNT(*) FROM dbo.FactEncounter WHERE AdmitDate >= '%s' AND Facility = N'%s'" % (d_iso(cd), R.choice(FACILITIES)),
            "SELECT ProviderNPI, COUNT(*) AS Cases FROM dbo.FactSurgery WHERE ProviderNPI = '%s' GROUP BY ProviderNPI" % mk_npi(),
            "SELECT TOP (50) OrderID, OrderStatus, ResultedUtc FROM dbo.FactLabOrder WHERE OrderID = %d" % R.randint(60000000, 99999999),
            "SELECT PayerName, SUM(BalanceAmt) FROM dbo.FactARSnapshot WHERE SnapshotDate = '%s' GROUP BY PayerName" % d_iso(cd),
            "SELECT name, state_desc FROM sys.databases",
            "SELECT ItemPath, COUNT(*) FROM ReportServer.dbo.ExecutionLog3 WHERE TimeStart >= '%s' GROUP BY ItemPath ORDER BY 2 DESC" % d_iso(cd),
            "SELECT DepartmentID, Unit, BedCount FROM dbo.DimDepartment WHERE Unit = N'%s'" % R.choice(UNITS),
            "SELECT TOP (1000) NDC, DrugName, Qty FROM rx.ControlledDispense WHERE DispenseDate BETWEEN '%s' AND '%s'" % (d_iso(cd), d_iso(cd + timedelta(days=6)))])]
    out.append((F, [head] + st + ["\" additional_information=\"\""]))
    return out


# ---------- pgaudit on the analytics Postgres ----------

def g_pgaudit(phi):
    F = "pgaudit"
    out = []
    t = tick()
    user = analyst()
    pre = "%s.%s CST [%d] user=%s,db=analytics,app=%s,client=%s LOG:  AUDIT: SESSION,%d,1,READ,SELECT,,,\"" % (
        t.strftime("%Y-%m-%d %H:%M:%S"), ms3(t), R.randint(3000, 60000), user, R.choice(["DBeaver 23.3.5 - SQLEditor", "psql", "pgAdmin 4 - CONN:4471821"]),
        priv_ip(), R.randint(1, 300))
    if phi:
        p = pick()
        kind = R.choice(["name_dob", "mrn", "phone", "guar", "age", "plate", "url", "ssn"])
        if kind == "name_dob":
            st = ["SELECT mrn, sex, zip FROM mart.patient WHERE last_name = '", (p["last"].replace("'", "''"), "name"), "' AND dob = DATE '",
                  (d_iso(p["dob"]), "date"), "'"]
            if R.random() < 0.5:
                st += [" AND zip = '", (p["zip"], "zip"), "'"]
        elif kind == "mrn":
            st = ["SELECT * FROM mart.readmit_cohort WHERE mrn = '", (p["mrn"], "mrn"), "' AND index_discharge_date = '",
                  (d_iso(recent_date(10, 40)), "date"), "'"]
        elif kind == "phone":
            st = ["SELECT mrn, last_name FROM mart.patient_contact WHERE regexp_replace(home_phone, '\\D', '', 'g') = '",
                  (p["phone"].replace("-", ""), "phone"), "'"]
        elif kind == "guar":
            g = GUARANTORS.get(p["la"]) or GUARANTORS["Kowalski"]
            st = ["SELECT guarantor_id, relationship FROM mart.guarantor WHERE lower(email) = '", (g["email"], "email"), "'"]
        elif kind == "age":
            q = R.choice([PT["Brandt"], PT["Pemberton"]])
            st = ["SELECT mrn, los_days FROM mart.inpatient_los WHERE age_at_admit = ", (str(q["age"]), "age"), " AND last_name = '",
                  (q["last"], "name"), "'"]
        elif kind == "url":
            u = "https://mychart.%s/MyChart/Proxy/Accept?user=%s&rel=%s" % (ORG_DOMAIN, p["portal"], R.choice(["spouse", "parent", "child"]))
            st = ["SELECT invite_id, accepted_at FROM mart.portal_proxy_invite WHERE invite_url = '", (u, "url"), "'"]
        elif kind == "ssn":
            st = ["SELECT mrn, last_name, first_name FROM mart.patient_identity WHERE ssn IN ('", (p["ssn"], "ssn"), "', '",
                  (p["ssn"].replace("-", ""), "ssn"), "')"]
        else:
            q = R.choice([PT["Munoz"], PT["Dos Santos"]])
            if R.random() < 0.5:
                st = ["SELECT claim_ref, mrn FROM mart.subrogation WHERE vehicle_vin = '", (q["vin"], "vehicle"), "'"]
            else:
                st = ["SELECT claim_ref, mrn FROM mart.subrogation WHERE plate_state = 'IL' AND plate_no = '", (q["plate"], "vehicle"), "'"]
        out.append((F, [pre] + st + ["\",<not logged>"]))
    else:
        cd = recent_date(1, 30)
        st = R.choice([
            "SELECT unit, count(*) FROM mart.census_daily WHERE census_date = DATE '%s' GROUP BY unit" % d_iso(cd),
            "SELECT payer, avg(los_days) FROM mart.inpatient_los WHERE discharge_month = '2024-02' AND age_at_admit BETWEEN 65 AND 74 GROUP BY payer",
            "SELECT drg, count(*) FROM mart.readmit_cohort WHERE index_discharge_date >= DATE '%s' GROUP BY drg ORDER BY 2 DESC LIMIT 20" % d_iso(cd),
            "SELECT order_id, status FROM mart.lab_orders WHERE order_id = %d" % R.randint(60000000, 99999999),
            "SELECT relname, n_live_tup FROM pg_stat_user_tables ORDER BY n_live_tup DESC LIMIT 25"])
        out.append((F, [pre + st + "\",<not logged>"]))
    return out


# ----------------------------------------------------------------------------
# assembly
# ----------------------------------------------------------------------------
GENS = [(g_ssrs_trace, 10), (g_ssrs_http, 12), (g_el3, 10), (g_crystal, 7), (g_pbi_gateway, 6), (g_pbi_refresh, 6),
        (g_agent_hist, 9), (g_agent_out, 4), (g_tableau, 11), (g_mail, 10), (g_audit_mssql, 11), (g_pgaudit, 9)]


def build(parts):
    buf = bytearray()
    spans = []
    vals = []
    for p in parts:
        if isinstance(p, tuple):
            v, cat = p
            assert cat in CATS, cat
            assert v, "empty span value"
            b = v.encode("utf-8")
            s = len(buf)
            buf += b
            e = len(buf)
            assert bytes(buf[s:e]) == b
            spans.append({"s": s, "e": e, "cat": cat})
            vals.append(b)
        else:
            buf += p.encode("utf-8")
    return bytes(buf), spans, vals


def main():
    weights = [w for _, w in GENS]
    funcs = [f for f, _ in GENS]
    records = []
    phi_lines = 0
    while len(records) < N_LINES:
        want_phi = phi_lines < TARGET_PHI_SHARE * (len(records) + 1.5)
        f = R.choices(funcs, weights)[0]
        block = f(want_phi)
        got = 0
        for fam, parts in block:
            line, spans, vals = build(parts)
            assert b"\n" not in line and b"\r" not in line
            assert len(line) <= 4000, (fam, len(line))
            records.append((fam, line, spans, vals))
            if spans:
                got += 1
        if want_phi:
            assert got >= 1, f.__name__
        else:
            assert got == 0, f.__name__
        phi_lines = sum(1 for r in records if r[2])
    records = records[:N_LINES]

    log_path = os.path.join(HERE, ID + ".log")
    lab_path = os.path.join(HERE, ID + ".labels.jsonl")
    with open(log_path, "wb") as fh:
        for _, line, _, _ in records:
            fh.write(line + b"\n")
    with open(lab_path, "w", encoding="utf-8", newline="\n") as fh:
        for i, (fam, _, spans, _) in enumerate(records, 1):
            fh.write(json.dumps({"line": i, "family": fam, "spans": spans}, ensure_ascii=False) + "\n")

    # re-verify from disk
    with open(log_path, "rb") as fh:
        disk = fh.read().split(b"\n")
    assert disk[-1] == b"" and len(disk) - 1 == N_LINES
    for i, (fam, line, spans, vals) in enumerate(records):
        assert disk[i] == line
        disk[i].decode("utf-8")
        last = 0
        for sp, v in zip(spans, vals):
            assert sp["s"] >= last, "overlap"
            assert disk[i][sp["s"]:sp["e"]] == v
            last = sp["e"]


if __name__ == "__main__":
    main()
