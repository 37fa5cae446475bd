#!/usr/bin/env python3
"""Generator for held-out corpus 'ag': error trackers / APM payloads from health apps.

Writes ag.log (500 lines) and ag.labels.jsonl (byte-offset PHI spans).
Standard library only, fixed seed, byte-for-byte reproducible.
"""
import base64
import datetime as _dt
import json
import os
import random
import re
import struct
import sys

SEED = 20250611
N_LINES = 500
N_NEG = 225  # 45% of lines without PHI
OUT_DIR = os.path.dirname(os.path.abspath(__file__))
LOG_PATH = os.path.join(OUT_DIR, "ag.log")
LAB_PATH = os.path.join(OUT_DIR, "ag.labels.jsonl")

R = random.Random(SEED)

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"]


# ---------------------------------------------------------------- core model
class P(object):
    """A PHI value. raw=True -> emitted unquoted inside JSON (numbers)."""
    __slots__ = ("v", "cat", "raw")

    def __init__(self, v, cat, raw=False):
        assert cat in CATS, cat
        self.v = v
        self.cat = cat
        self.raw = raw


class S(object):
    """A JSON string made of several parts (str / P / nested S parts)."""
    __slots__ = ("parts",)

    def __init__(self, *parts):
        flat = []
        for p in parts:
            if isinstance(p, (list, tuple)):
                flat.extend(p)
            else:
                flat.append(p)
        self.parts = flat


class Raw(object):
    """Literal JSON token (number/bool/null) given as text."""
    __slots__ = ("t",)

    def __init__(self, t):
        self.t = t


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def _esc_items(items):
    """Escape a list of str/P items so that it can sit inside a JSON string."""
    out = []
    for it in items:
        if isinstance(it, P):
            assert jesc(it.v) == it.v, ("PHI value needs escaping", it.v)
            out.append(it)
        elif isinstance(it, S):
            out.extend(_esc_items(it.parts))
        else:
            out.append(jesc(it))
    return out


def J(obj, sep=(",", ":")):
    """Serialize obj into a list of str / P items (compact JSON by default)."""
    out = []
    _j(obj, out, sep)
    return out


def _j(o, out, sep):
    if isinstance(o, P):
        if o.raw:
            out.append(o)
        else:
            assert jesc(o.v) == o.v, o.v
            out.append('"')
            out.append(o)
            out.append('"')
    elif isinstance(o, S):
        out.append('"')
        out.extend(_esc_items(o.parts))
        out.append('"')
    elif isinstance(o, Raw):
        out.append(o.t)
    elif isinstance(o, dict):
        out.append("{")
        first = True
        for k, v in o.items():
            if not first:
                out.append(sep[0])
            first = False
            out.append(json.dumps(k, ensure_ascii=False) + sep[1])
            _j(v, out, sep)
        out.append("}")
    elif isinstance(o, (list, tuple)):
        out.append("[")
        for i, v in enumerate(o):
            if i:
                out.append(sep[0])
            _j(v, out, sep)
        out.append("]")
    elif o is None:
        out.append("null")
    elif o is True:
        out.append("true")
    elif o is False:
        out.append("false")
    elif isinstance(o, (int, float)):
        out.append(json.dumps(o))
    else:
        out.append(json.dumps(o, ensure_ascii=False))


def flat(*parts):
    out = []
    for p in parts:
        if isinstance(p, (list, tuple)):
            out.extend(flat(*p))
        elif isinstance(p, S):
            out.extend(flat(*p.parts))
        else:
            out.append(p)
    return out


def jstr_items(items):
    """Items -> items as they appear inside a JSON string literal (escaped), no quotes."""
    return _esc_items(flat(items))


def render(items):
    """Return (line_str, spans) from a flat list of str/P."""
    buf = []
    spans = []
    pos = 0
    for it in flat(items):
        if isinstance(it, P):
            v = it.v
            b = v.encode("utf-8")
            spans.append({"s": pos, "e": pos + len(b), "cat": it.cat, "_v": v})
            buf.append(v)
            pos += len(b)
        else:
            b = it.encode("utf-8")
            buf.append(it)
            pos += len(b)
    return "".join(buf), spans


def rc(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def b64(n_bytes, prefix=b""):
    raw = prefix + bytes(R.getrandbits(8) for _ in range(n_bytes))
    return base64.b64encode(raw).decode("ascii")


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def luhn_check(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


# ---------------------------------------------------------------- pools
FIRST = ["Maria", "José", "Wei", "Aisha", "Olumide", "Priya", "Dmitri", "Siobhan", "Hiroshi",
         "Fatima", "Mohammed", "Ngozi", "Liam", "Chloe", "Mateo", "Sofia", "Anh", "Kwame",
         "Ingrid", "Lars", "Yuki", "Carmen", "Rafael", "Tamar", "Svetlana", "Kofi", "Hana",
         "Omar", "Leila", "Darnell", "Keisha", "Connor", "Aoife", "Rajesh", "Deepa", "Jin",
         "Mei", "Luca", "Giulia", "Zeynep", "Emre", "Aleksander", "Katarzyna", "Thandiwe",
         "Samuel", "Grace", "Ethan", "Olivia", "Noah", "Emma", "Isabella", "Jamal", "Tyrone",
         "Guadalupe", "Esperanza", "Bao", "Minh", "Arjun", "Sunita", "Farah", "Yusuf",
         "Beatriz", "Joao", "Amara", "Chidi", "Elif", "Mehmet", "Sven", "Astrid", "Pedro",
         "Lucía", "Renée", "Margaret", "Harold", "Dorothy", "Walter", "Eleanor", "Francis",
         "Ruth", "Mildred", "Bernard", "Gloria", "Yolanda", "Hyun-woo", "Ji-ho", "Takeshi"]
LAST = ["Lopez", "Nguyen", "Okafor", "Patel", "Kim", "Smith", "Johnson", "Garcia", "Müller",
        "Kowalski", "Brennan", "Tanaka", "Haddad", "Mensah", "Ivanova", "Rossi", "Silva",
        "Andersson", "Yilmaz", "Cohen", "Chen", "Wang", "Singh", "Khan", "Adeyemi", "Dubois",
        "Schmidt", "Novak", "Hernandez", "Martinez", "Washington", "Jackson", "Williams",
        "Brown", "Davis", "Rodriguez", "Pham", "Tran", "Le", "Park", "Choi", "Sato",
        "Suzuki", "Nakamura", "Ali", "Hussain", "Ahmed", "Oyelaran", "Boateng", "Petrov",
        "Popescu", "Horvath", "Nielsen", "Larsen", "O'Neill", "MacDonald", "Fitzgerald",
        "Abernathy", "Delgado", "Castillo", "Vargas", "Romero", "Alvarez", "García-Márquez",
        "Van der Berg", "Okonkwo", "Mbeki", "Kaur", "Reddy", "Iyer", "Fernandes", "Costa",
        "Jovanović", "Çelik", "Kuznetsov", "Lindqvist", "Whitfield", "Pierce", "Holloway"]
CLIN_FIRST = ["Rebecca", "Alan", "Nadia", "Victor", "Helen", "Marcus", "Irene", "Paul",
              "Sanjay", "Laura", "Gregory", "Anita", "Ravi", "Monica", "Stephen", "Claire"]
CLIN_LAST = ["Stein", "Ortega", "Karimi", "Lindgren", "Osei", "Bauer", "Chowdhury", "Feldman",
             "Moreau", "Hale", "Takahashi", "Quinn", "Banerjee", "Whitaker", "Sorensen"]
STREETS = ["Oak", "Maple", "Cedar", "Elm", "Pine", "Washington", "Lake", "Hill", "Sunset",
           "Park", "Highland", "Jefferson", "Lincoln", "Church", "Willow", "Chestnut",
           "Magnolia", "Dogwood", "Juniper", "Hawthorne", "Riverside", "Meadowbrook",
           "Crestview", "Valley View", "Martin Luther King Jr", "Cesar Chavez", "Peachtree"]
SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Dr", "Drive", "Ln", "Lane",
          "Ct", "Way", "Pl", "Ter", "Cir", "Pkwy"]
UNITS = ["Apt 4", "Apt 12B", "Unit 3", "#207", "Apt. 5C", "Suite 110", "Unit 2F", "Apt 301",
         "Fl 2", "Lot 17"]
CITY_STATE_ZIP = [("Springfield", "IL", "Illinois", "627"), ("Dayton", "OH", "Ohio", "454"),
                  ("Tacoma", "WA", "Washington", "984"), ("Boise", "ID", "Idaho", "837"),
                  ("Lowell", "MA", "Massachusetts", "018"), ("Yonkers", "NY", "New York", "107"),
                  ("Fresno", "CA", "California", "937"), ("El Paso", "TX", "Texas", "799"),
                  ("Hialeah", "FL", "Florida", "330"), ("Gary", "IN", "Indiana", "464"),
                  ("Macon", "GA", "Georgia", "312"), ("Tempe", "AZ", "Arizona", "852"),
                  ("Provo", "UT", "Utah", "846"), ("Eugene", "OR", "Oregon", "974"),
                  ("Paterson", "NJ", "New Jersey", "075"), ("Flint", "MI", "Michigan", "485"),
                  ("Toledo", "OH", "Ohio", "436"), ("Lubbock", "TX", "Texas", "794"),
                  ("St. Paul", "MN", "Minnesota", "551"), ("Bridgeport", "CT", "Connecticut", "066"),
                  ("Rio Rancho", "NM", "New Mexico", "871"), ("Kenosha", "WI", "Wisconsin", "531"),
                  ("Chula Vista", "CA", "California", "919"), ("Durham", "NC", "North Carolina", "277")]
COUNTIES = ["Cook County", "Montgomery County", "Pierce County", "Ada County", "Middlesex County",
            "Westchester County", "Fresno County", "El Paso County", "Miami-Dade County",
            "Lake County", "Bibb County", "Maricopa County", "Utah County", "Lane County",
            "Passaic County", "Genesee County", "Ramsey County", "Kenosha County"]
STATES_FULL = ["Ohio", "Texas", "California", "New York", "Florida", "Georgia", "Michigan",
               "Oregon", "Arizona", "Minnesota", "Massachusetts", "Illinois", "Washington"]
AREA = ["212", "312", "415", "617", "713", "305", "206", "404", "602", "503", "720", "919",
        "614", "937", "253", "208", "978", "914", "559", "915", "786", "219", "478", "480"]
MAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
            "proton.me", "comcast.net", "att.net", "gmx.de", "yahoo.com.mx", "web.de"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_FULL = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]

HOSPITAL = {"name": "Northwind Regional Medical Center", "street": "1200 Harbor Blvd",
            "city": "Boston", "state": "MA", "zip": "02118", "phone": "(617) 555-0100",
            "fax": "(617) 555-0199"}
HOSP_PHONES = ["(617) 555-0100", "617-555-0142", "1-800-555-0175", "+1 617 555 0100",
               "(617) 555-0199"]
VENDORS = ["Acme Lab Supply, 4500 Industrial Pkwy, Suite 200, Columbus, OH 43219",
           "MedCourier LLC, 88 Commerce Dr, Secaucus, NJ 07094",
           "Pillbox Logistics Inc., 2100 Distribution Way, Memphis, TN 38118",
           "Clearline Imaging Corp, 77 Technology Sq, Cambridge, MA 02139",
           "FaxBridge Cloud, 1 Market St Ste 400, San Francisco, CA 94105",
           "Tri-County Billing Services, 3300 Corporate Center Dr, Eagan, MN 55121"]
PRODUCTS = ["MyChart Lite", "CareConnect", "Northwind Patient Portal", "TeleVisit", "RxRefill",
            "IntakeKiosk", "LabLink", "GlucoTrack", "HeartSync", "SchedulePro", "BillPay+"]
SERVICES = ["intake-api", "patient-portal-web", "fhir-bridge", "scheduling-svc", "billing-worker",
            "eligibility-gw", "rx-refill", "lab-results", "notif-dispatcher", "mpi-matcher",
            "televisit-signal", "claims-837-builder", "docs-render", "auth-gateway"]
SVC_ACCTS = ["svc-ehr-sync", "svc_fhir_bridge", "svc-claims-batch", "etl_runner", "ci-bot",
             "svc.scheduler", "hl7-listener", "svc-notify", "datadog-agent", "oncall-sre",
             "admin@northwind-health.org", "noreply@northwind-health.org",
             "integration-bot@northwind-health.org", "svc-mpi@northwind-health.org"]
STAFF_USERS = ["jdoe.rn", "frontdesk-07", "kiosk-lobby-2", "nurse.station4", "tech_lab12",
               "scheduler-03", "pharm.tech2", "billing.clerk5"]
INT_HOSTS = ["ehr-db-02.int.northwind.local", "redis-cache-1.prod.internal", "kafka-3.nw.svc",
             "pg-primary.clinical.svc.cluster.local", "fhir.int.northwind.local",
             "ip-10-20-3-44.ec2.internal", "mq-broker-01.dc2.nw.local", "hl7-gw.int.northwind.local"]
K8S_NS = ["clinical", "portal", "billing", "integration", "platform"]


def log_ts_iso(t, ms=True, z=True):
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        s += ".%03d" % R.randint(0, 999)
    return s + ("Z" if z else "")


_T0 = _dt.datetime(2025, 3, 3, 7, 58, 11)
_tick = [0]


def now():
    _tick[0] += R.randint(1, 900)
    return _T0 + _dt.timedelta(seconds=_tick[0])


def tsms(t, fmt, sep="."):
    return t.strftime(fmt) + sep + "%03d" % R.randint(0, 999)


def epoch(t):
    return int((t - _dt.datetime(1970, 1, 1)).total_seconds())


# ---------------------------------------------------------------- PHI value generators
def g_first():
    return rc(FIRST)


def g_last():
    return rc(LAST)


def g_name():
    f, l = g_first(), g_last()
    k = R.randint(0, 9)
    if k <= 4:
        return "%s %s" % (f, l)
    if k == 5:
        return "%s, %s" % (l, f)
    if k == 6:
        return "%s %s. %s" % (f, rc("ABCDEFGHJKLMNPRSTW"), l)
    if k == 7:
        return ("%s %s" % (f, l)).upper()
    if k == 8:
        return "%s,%s" % (l.upper(), f.upper())
    return "%s %s %s" % (f, rc([x for x in FIRST if x != f]), l)


def _rand_date(y0, y1):
    start = _dt.date(y0, 1, 1).toordinal()
    end = _dt.date(y1, 12, 31).toordinal()
    return _dt.date.fromordinal(R.randint(start, end))


def fmt_date(d, style=None):
    if style is None:
        style = R.randint(0, 10)
    if style == 0:
        return d.strftime("%Y-%m-%d")
    if style == 1:
        return d.strftime("%m/%d/%Y")
    if style == 2:
        return d.strftime("%d.%m.%Y")
    if style == 3:
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == 4:
        return "%02d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == 5:
        return d.strftime("%Y%m%d")
    if style == 6:
        return "%s %d, %d" % (MONTHS_FULL[d.month - 1], d.day, d.year)
    if style == 7:
        return d.strftime("%m-%d-%Y")
    if style == 8:
        return d.strftime("%Y-%m-%d") + "T00:00:00.000Z"
    if style == 9:
        return "%d/%d/%d" % (d.month, d.day, d.year)
    return d.strftime("%Y/%m/%d")


def g_dob():
    return fmt_date(_rand_date(1926, 2012))


def g_dob_iso():
    return _rand_date(1926, 2012).strftime("%Y-%m-%d")


def g_visit_date():
    return fmt_date(_rand_date(2023, 2025))


def g_appt():
    d = _rand_date(2025, 2025)
    k = R.randint(0, 3)
    if k == 0:
        return "%sT%02d:%s:00-0%d:00" % (d.strftime("%Y-%m-%d"), R.randint(7, 17), rc(["00", "15", "30", "45"]), R.randint(4, 7))
    if k == 1:
        return "%s %d:%s %s" % (d.strftime("%m/%d/%Y"), R.randint(1, 12), rc(["00", "15", "30", "45"]), rc(["AM", "PM"]))
    return fmt_date(d)


def g_death_date():
    return fmt_date(_rand_date(2022, 2025))


def g_age():
    return str(R.randint(90, 104))


def g_phone():
    a = rc(AREA)
    ex = str(R.randint(201, 989))
    ln = digits(4)
    k = R.randint(0, 7)
    if k == 0:
        return "(%s) %s-%s" % (a, ex, ln)
    if k == 1:
        return "%s-%s-%s" % (a, ex, ln)
    if k == 2:
        return "%s.%s.%s" % (a, ex, ln)
    if k == 3:
        return "+1%s%s%s" % (a, ex, ln)
    if k == 4:
        return "+1 %s %s %s" % (a, ex, ln)
    if k == 5:
        return "%s%s%s" % (a, ex, ln)
    if k == 6:
        return "+1 (%s) %s-%s" % (a, ex, ln)
    return "1-%s-%s-%s" % (a, ex, ln)


def g_email(first=None, last=None):
    f = (first or g_first()).lower()
    l = (last or g_last()).lower()
    for a, b in (("é", "e"), ("á", "a"), ("í", "i"), ("ó", "o"), ("ü", "u"), ("ç", "c"),
                 ("ć", "c"), ("'", ""), (" ", ""), ("-", ""), ("ñ", "n")):
        f = f.replace(a, b)
        l = l.replace(a, b)
    k = R.randint(0, 6)
    if k == 0:
        u = "%s.%s" % (f, l)
    elif k == 1:
        u = "%s%s%d" % (f[0], l, R.randint(1, 99))
    elif k == 2:
        u = "%s_%s%d" % (f, l, R.randint(1950, 2005))
    elif k == 3:
        u = "%s.%s+portal" % (f, l)
    elif k == 4:
        u = "%s%s" % (l, f[0])
    elif k == 5:
        u = "%s%d" % (f, R.randint(100, 9999))
    else:
        u = "%s.%s.%s" % (f, rc("abcdefghjkmnprstw"), l)
    return "%s@%s" % (u, rc(MAIL_DOM))


def g_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g = R.randint(1, 99)
    s = R.randint(1, 9999)
    k = R.randint(0, 4)
    if k <= 2:
        return "%03d-%02d-%04d" % (a, g, s)
    if k == 3:
        return "%03d%02d%04d" % (a, g, s)
    return "%03d %02d %04d" % (a, g, s)


def g_mrn():
    k = R.randint(0, 6)
    if k == 0:
        return digits(8)
    if k == 1:
        return "E" + digits(7)
    if k == 2:
        return "MRN" + digits(7)
    if k == 3:
        return "00" + digits(7)
    if k == 4:
        return "NW-" + digits(6)
    if k == 5:
        return digits(3) + "-" + digits(3) + "-" + digits(3)
    return "H" + digits(9)


_MBI_L = "ACDEFGHJKMNPQRTUVWXY"
_MBI_AN = _MBI_L + "0123456789"


def g_mbi(dashes=None):
    c = [str(R.randint(1, 9)), rc(_MBI_L), rc(_MBI_AN), str(R.randint(0, 9)), rc(_MBI_L),
         rc(_MBI_AN), str(R.randint(0, 9)), rc(_MBI_L), rc(_MBI_L), str(R.randint(0, 9)),
         str(R.randint(0, 9))]
    s = "".join(c)
    if dashes is None:
        dashes = chance(0.4)
    return s[:4] + "-" + s[4:7] + "-" + s[7:] if dashes else s


def g_member():
    k = R.randint(0, 6)
    if k == 0:
        return g_mbi()
    if k == 1:
        return rc(["XEH", "YLW", "ZGP", "JQB", "MKA"]) + digits(9)
    if k == 2:
        return "W" + digits(9) + "01"
    if k == 3:
        return alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(5) + rc("ABCDEFGHJKLMNPRSTUVWXYZ")
    if k == 4:
        return "U" + digits(8) + "-0" + str(R.randint(1, 4))
    if k == 5:
        return digits(11)
    return "MCD" + digits(8)


def g_card():
    k = R.randint(0, 3)
    if k == 0:
        body = "4" + digits(14)
    elif k == 1:
        body = "5" + str(R.randint(1, 5)) + digits(13)
    elif k == 2:
        body = rc(["34", "37"]) + digits(12)
    else:
        body = "6011" + digits(11)
    n = body + luhn_check(body)
    if chance(0.4):
        if len(n) == 15:
            return "%s %s %s" % (n[:4], n[4:10], n[10:])
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))
    return n


def g_acct():
    k = R.randint(0, 6)
    if k == 0:
        return digits(R.randint(8, 12))
    if k == 1:
        return "PA" + digits(8)
    if k == 2:
        return "HAR" + digits(9)
    if k == 3:
        return "ACCT-" + digits(7)
    if k == 4:
        return "DE%02d 3704 0044 %s %s %s" % (R.randint(10, 99), digits(4), digits(4), digits(2))
    if k == 5:
        return g_card()
    return "G" + digits(7) + "-" + digits(2)


def g_dl():
    k = R.randint(0, 5)
    if k == 0:
        return rc("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(7)
    if k == 1:
        return "%s %s %s" % (digits(3), digits(3), digits(3))
    if k == 2:
        return "%s%s-%s-%s-%s-%s" % (rc("ABDGHLMNPRSTW"), digits(3), digits(3), digits(2), digits(3), digits(1))
    if k == 3:
        return digits(8)
    if k == 4:
        return "%s%s-%s-%s" % (rc("ABDGHLMNPRSTW"), digits(3), digits(4), digits(4))
    return "WDL" + alnum(6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


def g_dea(last=None):
    a = rc("ABFGMPRX")
    b = (last or rc(CLIN_LAST))[0].upper()
    if not b.isalpha() or not b.isascii():
        b = "K"
    d = [R.randint(0, 9) for _ in range(6)]
    chk = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10
    return a + b + "".join(map(str, d)) + str(chk)


def g_prof_license():
    return rc(["MD", "RN", "LPN", "PA", "NP", "RPH"]) + rc(["", "-", "."]) + digits(R.randint(6, 8))


def g_license():
    k = R.randint(0, 4)
    if k <= 2:
        return g_dl()
    if k == 3:
        return g_dea()
    return g_prof_license()


_VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VAL = dict(zip("ABCDEFGH", range(1, 9)))
_VIN_VAL.update(dict(zip("JKLMN", range(1, 6))))
_VIN_VAL.update({"P": 7, "R": 9})
_VIN_VAL.update(dict(zip("STUVWXYZ", range(2, 10))))
_VIN_VAL.update({str(i): i for i in range(10)})
_VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def g_vin():
    wmi = rc(["1HG", "1FT", "2T1", "3VW", "JTD", "5YJ", "1G1", "WBA", "KMH", "4T1", "JN1"])
    c = list(wmi + "".join(R.choice(_VIN_CH) for _ in range(14)))
    c[9] = rc("LMNPRS")
    c[8] = "0"
    s = sum(_VIN_VAL[ch] * w for ch, w in zip(c, _VIN_W)) % 11
    c[8] = "X" if s == 10 else str(s)
    return "".join(c)


def g_plate():
    k = R.randint(0, 4)
    if k == 0:
        return str(R.randint(1, 9)) + alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(3)
    if k == 1:
        return alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + "-" + digits(4)
    if k == 2:
        return alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + " " + digits(3)
    if k == 3:
        return rc(["B", "M", "HH", "K"]) + "-" + alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + " " + digits(4)
    return digits(3) + alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ")


def g_vehicle():
    return g_vin() if chance(0.6) else g_plate()


def g_imei():
    body = rc(["35", "86", "01", "35"]) + digits(12)
    return body + luhn_check(body)


def g_mac():
    sep = rc([":", ":", "-"])
    return sep.join(hexs(2, upper=chance(0.6)) for _ in range(6))


def g_udi():
    gtin = "00" + digits(11)
    gtin = gtin + luhn_check(gtin)  # not the GS1 algorithm, just plausible
    exp = "%02d%02d%02d" % (R.randint(25, 29), R.randint(1, 12), R.randint(1, 28))
    return "(01)%s(17)%s(10)%s(21)%s" % (gtin, exp, alnum(6), alnum(8))


def g_dev_serial():
    k = R.randint(0, 4)
    if k == 0:
        return rc(["PJN", "RNP", "BLF", "CTL"]) + digits(6) + rc(["H", "S", "G"])
    if k == 1:
        return "NG" + digits(7) + "H"
    if k == 2:
        return "SN-" + alnum(10)
    if k == 3:
        return alnum(12)
    return digits(4) + "-" + alnum(4) + "-" + digits(5)


def g_device():
    k = R.randint(0, 4)
    return [g_dev_serial, g_imei, g_mac, g_udi, g_dev_serial][k]()


def g_url(first=None, last=None):
    f = (first or g_first()).lower()
    l = (last or g_last()).lower()
    for a, b in (("é", "e"), ("á", "a"), ("í", "i"), ("ó", "o"), ("ü", "u"), ("ç", "c"),
                 ("ć", "c"), ("'", ""), (" ", ""), ("ñ", "n")):
        f = f.replace(a, b)
        l = l.replace(a, b)
    k = R.randint(0, 6)
    if k == 0:
        return "https://www.facebook.com/%s.%s.%d" % (f, l, R.randint(10, 9999))
    if k == 1:
        return "https://twitter.com/%s%s%d" % (f[0], l, R.randint(1, 99))
    if k == 2:
        return "https://www.linkedin.com/in/%s-%s-%s" % (f, l, hexs(6))
    if k == 3:
        return "https://%s%s.blogspot.com/" % (f, l)
    if k == 4:
        return "https://www.instagram.com/%s_%s/" % (f, l)
    if k == 5:
        return "http://www.%s-%s.com" % (f, l)
    return "https://gofundme.com/f/help-%s-%s-recover" % (f, l)


_PUB_FIRST = [24, 47, 50, 67, 68, 69, 71, 73, 74, 75, 76, 96, 97, 98, 99, 104, 107, 108,
              142, 162, 173, 174, 184, 187]


def g_ip():
    if chance(0.2):
        g = rc([["2601"], ["2600", "1700"], ["2607", "fb90"], ["2603", "7000"], ["2a02", "8108"]])[:]
        while len(g) < 8:
            g.append(hexs(4).lstrip("0") or "0")
        if chance(0.3):
            return ":".join(g[:4]) + "::" + ":".join(g[6:])
        return ":".join(g)
    return "%d.%d.%d.%d" % (rc(_PUB_FIRST), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def g_fingerprint():
    return b64(R.randint(48, 90), prefix=b"FMR\x00 20\x00")


def g_voice():
    vals = [R.uniform(-1, 1) for _ in range(R.randint(12, 24))]
    return base64.b64encode(struct.pack("<%df" % len(vals), *vals)).decode("ascii")


def g_biometric():
    k = R.randint(0, 2)
    if k == 0:
        return g_fingerprint()
    if k == 1:
        return g_voice()
    return b64(R.randint(40, 80))


def g_photo_b64():
    if chance(0.5):
        s = b64(R.randint(45, 110), prefix=b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01")
        return ("data:image/jpeg;base64," + s) if chance(0.3) else s
    s = b64(R.randint(45, 100), prefix=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return ("data:image/png;base64," + s) if chance(0.3) else s


def g_photo_ref():
    k = R.randint(0, 4)
    if k == 0:
        return "/var/app/uploads/patient_photos/%s/face_%s.jpg" % (digits(6), hexs(8))
    if k == 1:
        return "https://nw-patient-photos.s3.amazonaws.com/intake/%s/front.jpg" % uuid4()
    if k == 2:
        return "s3://nw-idcards-prod/selfies/%s.png" % hexs(24)
    if k == 3:
        return "file:///private/var/mobile/Containers/Data/Application/%s/tmp/headshot_%s.heic" % (uuid4().upper(), digits(4))
    return "https://cdn.northwind-health.org/avatars/patients/%s_%s.jpeg" % (digits(7), hexs(6))


def g_photo():
    return g_photo_b64() if chance(0.45) else g_photo_ref()


def g_passport():
    return rc([lambda: digits(9), lambda: rc("CEFGHJKLMNPRTVWXYZ") + digits(8),
               lambda: "C" + alnum(8, "CFGHJKLMNPRTVWXYZ0123456789")])()


def g_curp():
    L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    d = _rand_date(1930, 2010)
    return (rc("BCDFGHLMPRSTV") + rc("AEIOU") + rc(L) + rc(L) + d.strftime("%y%m%d") + rc("HM")
            + rc(["DF", "JC", "NL", "PL", "VZ", "GR", "CH", "MC"]) + rc("BCDFGHLMNPRSTVZ")
            + rc("BCDFGHLMNPRSTVZ") + rc("BCDFGHLMNPRSTVZ") + rc("0A") + str(R.randint(0, 9)))


def g_cpf():
    d = [R.randint(0, 9) for _ in range(9)]
    s = sum(x * w for x, w in zip(d, range(10, 1, -1)))
    d.append(0 if s % 11 < 2 else 11 - s % 11)
    s = sum(x * w for x, w in zip(d, range(11, 1, -1)))
    d.append(0 if s % 11 < 2 else 11 - s % 11)
    t = "".join(map(str, d))
    return "%s.%s.%s-%s" % (t[:3], t[3:6], t[6:9], t[9:])


def g_nino():
    a = "ABCEGHJKLMNPRSTWXYZ"
    b = "ABCEGHJKLMNPRSTWXYZ"
    s = rc(a) + rc(b) + digits(6) + rc("ABCD")
    return s if chance(0.5) else "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])


def g_dni():
    n = R.randint(10000000, 99999999)
    return "%d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def g_aadhaar():
    return "%d%s %s %s" % (R.randint(2, 9), digits(3), digits(4), digits(4))


def g_anum():
    return "A" + digits(9)


def g_other_id():
    return rc([g_passport, g_curp, g_cpf, g_nino, g_dni, g_aadhaar, g_anum])()


def g_street():
    s = "%d %s %s" % (R.randint(2, 9899), rc(STREETS), rc(SUFFIX))
    if chance(0.2):
        s = "%d %s %s %s" % (R.randint(2, 9899), rc(["N", "S", "E", "W"]), rc(STREETS), rc(SUFFIX))
    if chance(0.35):
        s += rc([" ", ", "]) + rc(UNITS)
    if chance(0.06):
        s = "PO Box %d" % R.randint(10, 9999)
    return s


def g_csz():
    city, st, stname, z3 = rc(CITY_STATE_ZIP)
    z = z3 + digits(2)
    if chance(0.25):
        z += "-" + digits(4)
    return city, st, stname, z


def g_city():
    return g_csz()[0]


def g_zip():
    return g_csz()[3]


def g_county():
    return rc(COUNTIES)


def g_address_piece():
    return rc([g_street, g_street, g_street, g_city, g_county])()


GEN = {
    "name": g_name, "address": g_address_piece, "zip": g_zip, "date": g_dob, "age": g_age,
    "phone": g_phone, "fax": g_phone, "email": g_email, "ssn": g_ssn, "mrn": g_mrn,
    "health_plan": g_member, "account": g_acct, "license": g_license, "vehicle": g_vehicle,
    "device": g_device, "url": g_url, "ip": g_ip, "biometric": g_biometric, "photo": g_photo,
    "other_id": g_other_id,
}


# ---------------------------------------------------------------- keyed fields
# (key, generator) per category; generator None -> GEN[cat]
KEYS = {
    "name": [("patientName", None), ("patient_name", None), ("ptName", None), ("pt_name", None),
             ("fullName", None), ("full_name", None), ("PatientFullName", None),
             ("nombre_paciente", None), ("nom_patient", None), ("Patientenname", None),
             ("guarantorName", None), ("guarantor_name", None), ("subscriber_name", None),
             ("insuredName", None), ("nextOfKin", None), ("emergency_contact_name", None),
             ("member_name", None), ("respParty", None), ("beneficiaryName", None),
             ("displayName", None), ("recipient", None), ("pat_nm", None), ("cardholder", None)],
    "date": [("dob", g_dob), ("DOB", g_dob), ("dateOfBirth", g_dob), ("birth_date", g_dob),
             ("birthDate", g_dob_iso), ("fecha_nacimiento", g_dob), ("geburtsdatum", g_dob),
             ("date_naissance", g_dob), ("pt_dob", g_dob), ("bday", g_dob),
             ("admitDate", g_visit_date), ("admission_date", g_visit_date),
             ("dischargeDate", g_visit_date), ("dischg_dt", g_visit_date),
             ("serviceDate", g_visit_date), ("dos", g_visit_date), ("date_of_service", g_visit_date),
             ("apptDate", g_appt), ("appointment_date", g_appt), ("scheduledFor", g_appt),
             ("deathDate", g_death_date), ("dod", g_death_date), ("visitDate", g_visit_date),
             ("fechaCita", g_appt), ("encounter_dt", g_visit_date)],
    "age": [("age", None), ("patientAge", None), ("pt_age", None), ("edad", None),
            ("alter", None), ("age_years", None), ("ageYrs", None), ("ageAtVisit", None)],
    "phone": [("phone", None), ("phoneNumber", None), ("phone_number", None), ("mobile", None),
              ("cell", None), ("homePhone", None), ("home_phone", None), ("tel", None),
              ("telefono", None), ("contactPhone", None), ("patient_phone", None),
              ("msisdn", None), ("callbackNumber", None), ("guarantorPhone", None),
              ("emergencyPhone", None), ("smsTo", None), ("Telefonnummer", None)],
    "fax": [("fax", None), ("faxNumber", None), ("fax_number", None), ("fax_no", None),
            ("patientFax", None), ("homeFax", None), ("faxTo", None), ("fax_dest", None),
            ("numero_fax", None), ("telefax", None), ("recipientFax", None)],
    "email": [("email", None), ("emailAddress", None), ("email_address", None),
              ("patientEmail", None), ("user_email", None), ("contactEmail", None),
              ("correo", None), ("mail", None), ("e_mail", None), ("login_email", None),
              ("notifyEmail", None), ("courriel", None), ("guarantor_email", None)],
    "ssn": [("ssn", None), ("SSN", None), ("socialSecurityNumber", None),
            ("social_security_no", None), ("patientSSN", None), ("tin", None), ("ss_num", None),
            ("subscriber_ssn", None), ("ssn_full", None), ("SocSecNo", None), ("pt_ssn", None)],
    "mrn": [("mrn", None), ("MRN", None), ("medicalRecordNumber", None),
            ("medical_record_no", None), ("med_rec_num", None), ("patientMrn", None),
            ("chartNumber", None), ("chart_no", None), ("epicMrn", None), ("mrn_ext", None),
            ("expediente", None), ("hospitalNumber", None), ("unitNumber", None),
            ("pt_mrn", None), ("MedRecNo", None), ("PID-3", None)],
    "health_plan": [("memberId", None), ("member_id", None), ("subscriberId", None),
                    ("subscriber_id", None), ("mbi", g_mbi), ("MBI", g_mbi),
                    ("medicareId", g_mbi), ("medicaid_id", None), ("insuranceMemberId", None),
                    ("policyNumber", None), ("beneficiaryId", None), ("plan_member_no", None),
                    ("insuredId", None), ("cardholderId", None), ("payerMemberId", None),
                    ("numeroAfiliado", None), ("versichertennummer", None)],
    "account": [("accountNumber", g_acct), ("acct_no", g_acct), ("patientAccount", g_acct),
                ("pt_acct", g_acct), ("billingAccount", g_acct), ("guarantorAccountId", g_acct),
                ("har", g_acct), ("cardNumber", g_card), ("card_number", g_card), ("pan", g_card),
                ("ccNumber", g_card), ("bankAccount", g_acct), ("iban", g_acct),
                ("fin_nbr", g_acct), ("cuenta", g_acct), ("payment.card", g_card)],
    "license": [("driversLicense", g_dl), ("drivers_license_no", g_dl), ("dl_number", g_dl),
                ("dlNum", g_dl), ("licenseNumber", g_license), ("license_no", g_license),
                ("deaNumber", g_dea), ("dea", g_dea), ("stateLicense", g_prof_license),
                ("licencia", g_dl), ("fuehrerschein", g_dl), ("prescriberDEA", g_dea),
                ("medLicense", g_prof_license), ("idLicense", g_dl)],
    "vehicle": [("vin", g_vin), ("VIN", g_vin), ("vehicleVin", g_vin), ("plate", g_plate),
                ("licensePlate", g_plate), ("license_plate", g_plate), ("tag_number", g_plate),
                ("plateNo", g_plate), ("kennzeichen", g_plate), ("placa", g_plate),
                ("parkingVehicle", g_vehicle)],
    "device": [("deviceSerial", g_dev_serial), ("device_serial", g_dev_serial),
               ("serialNumber", g_dev_serial), ("serial_no", g_dev_serial),
               ("implantSerial", g_dev_serial), ("pacemakerSn", g_dev_serial),
               ("pumpSerial", g_dev_serial), ("imei", g_imei), ("IMEI", g_imei), ("udi", g_udi),
               ("UDI", g_udi), ("macAddress", g_mac), ("mac", g_mac), ("btAddr", g_mac),
               ("cgmTransmitterId", g_dev_serial), ("meterSerial", g_dev_serial)],
    "url": [("profileUrl", None), ("profile_url", None), ("homepage", None), ("website", None),
            ("personalSite", None), ("socialUrl", None), ("facebook", None), ("blog", None),
            ("linkedin", None), ("fundraiserLink", None)],
    "ip": [("ip_address", None), ("ipAddress", None), ("client_ip", None), ("clientIp", None),
           ("remote_addr", None), ("remoteAddr", None), ("userIp", None), ("src_ip", None),
           ("http.client_ip", None), ("network.client.ip", None), ("origin_ip", None)],
    "biometric": [("fingerprintTemplate", g_fingerprint), ("fp_template", g_fingerprint),
                  ("fingerprint_b64", g_fingerprint), ("voiceprint", g_voice),
                  ("voicePrint", g_voice), ("voice_embedding", g_voice),
                  ("palmTemplate", None), ("irisCode", None), ("biometricTemplate", None),
                  ("bio_tmpl", None), ("faceTemplate", None), ("enrollTemplate", g_fingerprint)],
    "photo": [("photo", None), ("photoUrl", g_photo_ref), ("photo_url", g_photo_ref),
              ("avatar", None), ("profileImage", None), ("headshot", None),
              ("patientPhoto", None), ("selfie", None), ("face_image", g_photo_b64),
              ("foto", None), ("idPhotoPath", g_photo_ref), ("portrait", None),
              ("imageData", g_photo_b64)],
    "other_id": [("passportNumber", g_passport), ("passport_no", g_passport),
                 ("passport", g_passport), ("nationalId", None), ("national_id", None),
                 ("curp", g_curp), ("cpf", g_cpf), ("nino", g_nino), ("dni", g_dni),
                 ("aadhaar", g_aadhaar), ("alienNumber", g_anum), ("a_number", g_anum),
                 ("gov_id", None), ("idDocumentNumber", None), ("numeroPasaporte", g_passport)],
    "zip": [("zip", None), ("zipCode", None), ("zip_code", None), ("postalCode", None),
            ("postal_code", None), ("codigo_postal", None), ("plz", None), ("zip5", None)],
    "address": [("street", g_street), ("addressLine1", g_street), ("addr1", g_street),
                ("line1", g_street), ("address", g_street), ("street_address", g_street),
                ("direccion", g_street), ("strasse", g_street), ("homeAddress", g_street),
                ("city", g_city), ("ciudad", g_city), ("town", g_city), ("county", g_county),
                ("patient_city", g_city), ("countyName", g_county), ("addr_line", g_street)],
}

NUMERIC_OK = {"age", "mrn", "ssn", "account", "health_plan", "zip"}


def phi_value(cat):
    return GEN[cat]()


def field(cat, key=None):
    """Return list of (key, value) pairs for one category (values are P/str)."""
    if cat == "name" and chance(0.35):
        f, l = g_first(), g_last()
        k1, k2 = rc([("firstName", "lastName"), ("first_name", "last_name"), ("given", "family"),
                     ("fname", "lname"), ("givenName", "familyName"), ("nombre", "apellido"),
                     ("vorname", "nachname"), ("pt_first", "pt_last")])
        return [(k1, P(f, "name")), (k2, P(l, "name"))]
    if cat == "address" and chance(0.3):
        city, st, stname, z = g_csz()
        out = [(rc(["street", "address1", "addr_line1", "line1"]), P(g_street(), "address")),
               (rc(["city", "cityName", "ciudad"]), P(city, "address")),
               (rc(["state", "st", "region"]), st)]
        if chance(0.6):
            out.append((rc(["zip", "postalCode", "zip_code"]), P(z, "zip")))
        return out
    if key is None:
        key, gen = rc(KEYS[cat])
    else:
        gen = dict(KEYS[cat]).get(key)
    v = (gen or GEN[cat])()
    raw = False
    if cat in NUMERIC_OK and v.isdigit() and not v.startswith("0") and chance(0.5):
        raw = True
    return [(key, P(v, cat, raw=raw))]


def fields(cats):
    out = []
    for c in cats:
        out.extend(field(c))
    return out


def as_dict(pairs, base=None):
    d = dict(base or {})
    for k, v in pairs:
        d[k] = v
    return d


# ---------------------------------------------------------------- look-alikes (non-PHI)
def la_order():
    return rc(["ORD-%s-%s" % (R.randint(2023, 2025), digits(7)), "PO%s" % digits(8),
               "INV-%s" % digits(6), "RX%s" % digits(7), "CLM%s" % digits(10), "TKT-%s" % digits(5),
               "%s-%s" % (rc(["PLAT", "EHR", "PORT", "BILL"]), R.randint(100, 9999))])


def la_ver():
    return "%d.%d.%d" % (R.randint(0, 12), R.randint(0, 40), R.randint(0, 60))


def la_build():
    return rc(["build.%d" % R.randint(100, 9999), "%d" % R.randint(10000, 99999),
               "%s+%s" % (la_ver(), hexs(7)), "b%d" % R.randint(1000, 99999), "rc.%d" % R.randint(1, 9)])


def la_dur():
    return rc(["%dms" % R.randint(1, 30000), "%.3fs" % R.uniform(0.01, 90), "%dµs" % R.randint(10, 9000),
               "%dm%ds" % (R.randint(0, 5), R.randint(0, 59)), "%d ms" % R.randint(1, 9000)])


def la_privip():
    return rc(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
               "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254)),
               "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254)), "127.0.0.1", "::1",
               "fd00:%s::%s" % (hexs(4), hexs(2))])


def la_clin():
    return "Dr. %s %s" % (rc(CLIN_FIRST), rc(CLIN_LAST))


def la_clin_plain():
    return "%s %s" % (rc(CLIN_FIRST), rc(CLIN_LAST))


def la_npi():
    base = str(R.randint(1, 2)) + digits(8)
    return base + luhn_check("80840" + base)


def la_sha(n=40):
    return hexs(n)


def la_host():
    return rc(INT_HOSTS + ["%s-%s-%s" % (rc(SERVICES), hexs(9), alnum(5, "bcdfghjklmnpqrstvwxz2456789"))])


def la_port():
    return str(rc([443, 8080, 8443, 5432, 6379, 9092, 3000, 5000, 27017, 9200, 2575, 4317, 8126]))


def la_epoch_ms():
    return str(epoch(now()) * 1000 + R.randint(0, 999))


def la_product():
    return rc(PRODUCTS)


def la_svc():
    return rc(SVC_ACCTS + STAFF_USERS)


def la_young_age():
    return str(R.randint(1, 89))


def la_year():
    return str(R.randint(1930, 2024))


def la_state():
    return rc(STATES_FULL)


def la_date_sys():
    return _rand_date(2024, 2026).strftime(rc(["%Y-%m-%d", "%Y/%m/%d", "%d %b %Y"]))


def la_hosp_phone():
    return rc(HOSP_PHONES)


def la_vendor():
    return rc(VENDORS)


def la_pid():
    return str(R.randint(1, 65535))


def la_rowid():
    return str(R.randint(1000, 9999999))


def la_trace():
    return hexs(32)


def la_span():
    return hexs(16)


def la_dd_id():
    return str(R.randint(10 ** 17, 2 ** 63 - 1))


def la_code():
    return rc(["E%d" % R.randint(1000, 9999), "ERR_%s" % rc(["TIMEOUT", "CONN_RESET", "UPSTREAM_5XX", "VALIDATION"]),
               "HTTP %d" % rc([400, 401, 403, 404, 409, 422, 500, 502, 503, 504]),
               "SQLSTATE %s" % rc(["23505", "40001", "57014", "08006", "22P02"])])


def la_icd():
    return rc(["E11.9", "I10", "J45.909", "Z00.00", "M54.5", "F41.1", "N18.3", "K21.9"])


def la_cpt():
    return rc(["99213", "99214", "80053", "85025", "93000", "71046", "G0439"])


def la_lot():
    return "LOT-%s%s" % (alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ"), digits(5))


TEXT_PH = {
    "uuid": uuid4, "trace": la_trace, "span": la_span, "order": la_order, "ver": la_ver,
    "build": la_build, "dur": la_dur, "privip": la_privip, "clin": la_clin, "clinp": la_clin_plain,
    "npi": la_npi, "sha": la_sha, "sha7": lambda: hexs(7), "host": la_host, "port": la_port,
    "epoch": la_epoch_ms, "product": la_product, "svc": la_svc, "yage": la_young_age,
    "year": la_year, "state": la_state, "sysdate": la_date_sys, "hphone": la_hosp_phone,
    "vendor": la_vendor, "pid": la_pid, "rowid": la_rowid, "code": la_code, "icd": la_icd,
    "cpt": la_cpt, "lot": la_lot, "service": lambda: rc(SERVICES), "n": lambda: str(R.randint(2, 500)),
    "hosp": lambda: HOSPITAL["name"], "haddr": lambda: "%s, %s, %s %s" % (HOSPITAL["street"], HOSPITAL["city"], HOSPITAL["state"], HOSPITAL["zip"]),
    "stateab": lambda: rc(CITY_STATE_ZIP)[1], "ddid": la_dd_id, "hh": lambda: hexs(2), "r5": lambda: str(R.randint(1, 5)),
    "partno": lambda: "%s-%s-%s" % (digits(3), digits(2), digits(4)), "wk": lambda: "2025-W%02d" % R.randint(1, 52),
}

PHI_PH = {
    "name": ("name", g_name), "first": ("name", g_first), "last": ("name", g_last),
    "dob": ("date", g_dob), "dobiso": ("date", g_dob_iso), "date": ("date", g_visit_date), "appt": ("date", g_appt),
    "dod": ("date", g_death_date), "age": ("age", g_age), "phone": ("phone", g_phone),
    "fax": ("fax", g_phone), "email": ("email", g_email), "ssn": ("ssn", g_ssn),
    "mrn": ("mrn", g_mrn), "hp": ("health_plan", g_member), "mbi": ("health_plan", g_mbi),
    "acct": ("account", g_acct), "card": ("account", g_card), "lic": ("license", g_license),
    "dl": ("license", g_dl), "dea": ("license", g_dea), "vin": ("vehicle", g_vin),
    "plate": ("vehicle", g_plate), "dev": ("device", g_dev_serial), "imei": ("device", g_imei),
    "mac": ("device", g_mac), "udi": ("device", g_udi), "url": ("url", g_url), "ip": ("ip", g_ip),
    "fp": ("biometric", g_fingerprint), "voice": ("biometric", g_voice),
    "bio": ("biometric", g_biometric), "photo": ("photo", g_photo), "photoref": ("photo", g_photo_ref),
    "photob64": ("photo", g_photo_b64), "oid": ("other_id", g_other_id),
    "passport": ("other_id", g_passport), "curp": ("other_id", g_curp), "cpf": ("other_id", g_cpf),
    "street": ("address", g_street), "city": ("address", g_city), "county": ("address", g_county),
    "zip": ("zip", g_zip),
}

_PH_RE = re.compile(r"\{(\w+)\}")


def T(template):
    """Expand a template into items: {phi} -> P, {text} -> look-alike str."""
    out = []
    pos = 0
    city, st, stname, z = g_csz()
    local = {"city": ("address", lambda: city), "zip": ("zip", lambda: z)}
    local_t = {"stateab": lambda: st}
    for m in _PH_RE.finditer(template):
        if m.start() > pos:
            out.append(template[pos:m.start()])
        k = m.group(1)
        if k in local or k in PHI_PH:
            cat, gen = local.get(k) or PHI_PH[k]
            out.append(P(gen(), cat))
        elif k in local_t:
            out.append(local_t[k]())
        elif k in TEXT_PH:
            out.append(TEXT_PH[k]())
        else:
            raise KeyError(k)
        pos = m.end()
    out.append(template[pos:])
    return [x for x in out if not (isinstance(x, str) and x == "")]


def tpl_cats(template):
    cs = set()
    for k in _PH_RE.findall(template):
        if k in PHI_PH:
            cs.add(PHI_PH[k][0])
    return cs


# ---------------------------------------------------------------- message templates
POS_MSGS = [
    "Patient not found in MPI: {name} DOB {dob}",
    "No unique match for {name} (dob={dob}, zip={zip}); 3 candidates returned",
    "ValidationError: phone '{phone}' is not a valid E.164 number",
    "duplicate key value violates unique constraint \"patients_ssn_key\" DETAIL: Key (ssn)=({ssn}) already exists.",
    "Cannot read properties of undefined (reading 'copay') for member {hp}",
    "MRN {mrn} is already linked to another person record",
    "Eligibility 271 rejected: subscriber {hp} / {name} not on file with payer",
    "Fax to {fax} failed after 3 retries (busy signal)",
    "Failed to send appointment reminder to {email} for {appt}",
    "AddressVerificationError: could not standardize '{street}, {city}, {stateab} {zip}'",
    "Risk model input rejected: age {age} outside training range",
    "Payment declined for card {card} (guarantor acct {acct})",
    "DEA number {dea} failed checksum for e-prescription",
    "Unable to verify driver license {dl} for {name}",
    "Parking validation failed for vehicle {vin}",
    "Plate {plate} not registered to a patient-family permit",
    "Device {dev} not paired with patient {mrn}",
    "IMEI {imei} already bound to another RPM enrollment",
    "BLE pairing timeout for glucometer {mac}",
    "UDI parse error for implant {udi}",
    "Passport {passport} expired; cannot complete identity proofing",
    "CURP {curp} no coincide con la fecha de nacimiento {dob}",
    "CPF inválido: {cpf}",
    "Identity document {oid} rejected by verification vendor",
    "Invalid date of birth '{dob}' for patient {name}",
    "Discharge summary for {name} ({mrn}) dated {date} failed to render",
    "Death date {dod} earlier than admission date {date} for MRN {mrn}",
    "Request from {ip} blocked by WAF rule 942100 (user {email})",
    "Rate limit exceeded for client {ip}",
    "Profile link {url} failed URL safety check",
    "Fingerprint template too short: {fp}",
    "Voiceprint enrollment failed, payload={voice}",
    "Photo upload failed for {photoref}: 413 Payload Too Large",
    "Could not decode avatar image '{photob64}'",
    "TypeError: Cannot destructure property 'zip' of '{street}'",
    "Invalid county '{county}' for state {state}",
    "SSN mismatch: expected {ssn} got {ssn}",
    "Guarantor {name} phone {phone} unreachable",
    "Lab order for {name} (age {age}) requires manual review",
    "Caller ID {phone} does not match patient on file {mrn}",
    "Statement for account {acct} returned as undeliverable: {street}, {city} {zip}",
    "Member {mbi} not eligible on date of service {date}",
    "Cannot schedule {name}: appointment {appt} overlaps existing booking",
    "KeyError: '{email}'",
    "Unknown user {email} from {ip}",
    "Prior auth fax to {fax} for member {hp} not confirmed",
    "Emergency contact {name} ({phone}) missing relationship code",
    "Age {age} requires geriatric assessment flag for {name}",
    "Could not match '{name}' '{dob}' '{zip}' against any golden record",
    "lookup({mrn}, {dobiso}) -> None",
    "cache miss key=pt:{ssn}",
    "{name} <{email}> bounced: 550 5.1.1 mailbox unavailable",
    "sms to {phone} undeliverable (30003)",
    "geocode('{street}', '{city}') returned ZERO_RESULTS",
    "ENOENT: no such file or directory, open '/data/exports/{last}_{mrn}.pdf'",
    "pair({mac}) failed: GATT_ERROR 133",
    "unexpected token at position 9 in '{vin}'",
    "match({passport}) -> 0 results",
    "could not convert string to float: '{hp}'",
    "{first} {last} / {dob} / {phone}",
    "Transmission to {fax} ended with status NO_ANSWER",
    "ssn={ssn} dob={dob} name={last}",
    "Ages over 89 must be aggregated: got {age}",
    "Member ID {mbi} format invalid for payer 00882",
    "retrying fetch of {photoref} (attempt 2)",
    "{url} returned 404 while building caregiver card",
    "Selfie check failed for {name}: image={photob64}",
    "Template mismatch score 0.31 for probe {fp}",
]

NEG_MSGS = [
    "Connection to {host}:{port} timed out after {dur}",
    "upstream {service} returned {code} (trace {trace})",
    "Order {order} could not be reconciled: SKU mismatch",
    "Deadlock detected while updating row {rowid} in table encounter_queue",
    "Job {uuid} exceeded max runtime {dur}",
    "Build {build} failed health check on {host}",
    "TLS handshake error from {privip}:{port}: remote error: tls: bad certificate",
    "cert for fhir.int.northwind.local expires {sysdate}",
    "Service account {svc} lacks scope patient.read",
    "Cannot read properties of undefined (reading 'map') at ResultsTable ({ver})",
    "NullPointerException in ClaimBatch {order} at offset {n}",
    "Retrying request {uuid} ({r5}/5) after {dur}",
    "feature flag televisit_v2 evaluated in {dur} for cohort age_bucket=65-74",
    "Provider {clin} (NPI {npi}) missing taxonomy code",
    "Signed by {clin}; NPI {npi}; co-sign pending",
    "Formulary sync from {vendor} failed: 502",
    "Supplier address changed: {vendor}",
    "Hospital callback number {hphone} not configured for tenant {hosp}",
    "Kafka consumer lag {n} on topic adt.a08 partition {n}",
    "Invalid ICD-10 code {icd} for CPT {cpt}",
    "Lot {lot} recalled; {n} units quarantined",
    "Redis MOVED {n} {privip}:6379",
    "Rollout {ver} paused: error rate 3.2% > threshold",
    "Maximum call stack size exceeded in {product} {ver}",
    "Webhook signature mismatch sha256={sha}",
    "Schema migration {year}{n} already applied",
    "Cohort report for birth_year {year} returned {n} rows",
    "Patient count for {state} exceeded quota",
    "age {yage} below pediatric cutoff: routing to adult clinic",
    "HL7 ACK AE for message control id {rowid}",
    "Stale read from replica {host} (lag {dur})",
    "ChunkLoadError: Loading chunk {n} failed (main.{sha7}.js)",
    "Pod {host} OOMKilled (limit 512Mi)",
    "Unsupported media type for /api/v2/documents ({order})",
    "Token for client_id {uuid} expired at {sysdate}",
    "Support line {hphone} routed to voicemail queue {n}",
    "Invoice {order} from {vendor} due {sysdate}",
    "Certificate serial {sha} for CN=portal.northwind-health.org expires {sysdate}",
    "Firmware {ver} rollout to GlucoTrack G7 fleet (lot {lot}) halted",
    "vmxnet3 0000:0b:00.0 ens192: link up, MAC 00:50:56:{hh}:{hh}:{hh}",
    "Part {partno} backordered by {vendor}",
    "Call transferred to extension x{n} from {hosp} switchboard {hphone}",
    "Batch {build} processed {n} claims in {dur}",
    "Appointment slots for Dr. {clinp} regenerated for week {wk}",
    "GET /api/v2/patients/{rowid}/summary 500 {dur}",
    "JWT kid {sha7} not found in JWKS (iss=https://auth.northwind-health.org)",
    "Scheduled maintenance window {sysdate} 02:00-04:00 UTC",
    "Patient age distribution: 90+ bucket suppressed (n<11)",
    "retention job purged {n} rows older than {year}",
    "MFA SMS gateway {vendor} rejected sender id NWHEALTH",
]

# Exception classes per ecosystem
EXC = {
    "java": ["java.lang.IllegalArgumentException", "org.springframework.dao.DataIntegrityViolationException",
             "javax.validation.ConstraintViolationException", "java.lang.NullPointerException",
             "com.fasterxml.jackson.databind.exc.InvalidFormatException", "org.hibernate.exception.ConstraintViolationException",
             "ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException"],
    "dotnet": ["System.InvalidOperationException", "System.FormatException", "System.ArgumentException",
               "Microsoft.EntityFrameworkCore.DbUpdateException", "System.NullReferenceException",
               "Hl7.Fhir.Rest.FhirOperationException"],
    "python": ["ValueError", "KeyError", "django.db.utils.IntegrityError", "sqlalchemy.exc.IntegrityError",
               "pydantic.error_wrappers.ValidationError", "requests.exceptions.HTTPError", "TypeError"],
    "node": ["Error", "TypeError", "ValidationError", "SequelizeUniqueConstraintError", "PrismaClientKnownRequestError",
             "AxiosError", "RangeError"],
    "go": ["*errors.errorString", "*pq.Error", "*fmt.wrapError", "*json.UnmarshalTypeError"],
    "ruby": ["ActiveRecord::RecordInvalid", "ActiveRecord::RecordNotUnique", "NoMethodError", "ArgumentError"],
    "js": ["TypeError", "Error", "ReferenceError", "SyntaxError", "UnhandledRejection"],
}

JAVA_FRAMES = ["com.northwind.ehr.patient.PatientService.register(PatientService.java:%d)",
               "com.northwind.ehr.api.IntakeController.submit(IntakeController.java:%d)",
               "com.northwind.billing.ClaimBuilder.build(ClaimBuilder.java:%d)",
               "org.hibernate.engine.jdbc.spi.SqlExceptionHelper.logExceptions(SqlExceptionHelper.java:%d)",
               "org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:%d)"]
PY_FILES = ["/app/intake/views.py", "/app/portal/api/patients.py", "/srv/billing/tasks.py",
            "/usr/local/lib/python3.11/site-packages/sqlalchemy/engine/base.py",
            "/app/scheduling/services/reminders.py", "/app/fhir_bridge/mappers.py"]
JS_FILES = ["https://portal.northwind-health.org/static/js/main.%s.js", "webpack:///./src/pages/Intake.tsx",
            "https://portal.northwind-health.org/assets/index-%s.js", "/srv/app/src/routes/patients.js",
            "app:///index.android.bundle", "/srv/app/dist/services/eligibility.js"]
FUNCS = ["submitIntake", "renderSummary", "PatientHeader", "useEligibility", "onSave", "formatDob",
         "validateForm", "mapToFhir", "scheduleAppt", "sendReminder", "lookupMember", "Object.<anonymous>"]


def pick_pos_msg(cat=None):
    pool = POS_MSGS if cat is None else [t for t in POS_MSGS if cat in tpl_cats(t)]
    return T(rc(pool))


def pick_neg_msg():
    return T(rc(NEG_MSGS))


def js_frame():
    f = rc(JS_FILES)
    if "%s" in f:
        f = f % hexs(8)
    return "%s (%s:%d:%d)" % (rc(FUNCS), f, R.randint(1, 900), R.randint(1, 40000))


def java_frame():
    return rc(JAVA_FRAMES) % R.randint(20, 900)


def py_frame():
    return 'File "%s", line %d, in %s' % (rc(PY_FILES), R.randint(10, 2000),
                                          rc(["post", "create", "handle", "_execute_context", "send", "to_fhir"]))


# ---------------------------------------------------------------- pair renderers
def pascal(k):
    parts = re.split(r"[^A-Za-z0-9]+", k)
    out = []
    for p in parts:
        if not p:
            continue
        out.append(p[0].upper() + p[1:])
    return "".join(out) or "Field"


def lcamel(k):
    p = pascal(k)
    return p[0].lower() + p[1:]


def _val_text(v):
    return v.v if isinstance(v, P) else str(v)


def _is_num(v):
    if isinstance(v, P):
        return v.raw
    return isinstance(v, (int, float)) or isinstance(v, Raw)


def _vt(v):
    """value as item (P or str)."""
    if isinstance(v, Raw):
        return v.t
    if isinstance(v, P):
        return v
    return str(v)


def render_pairs(pairs, style):
    out = []
    if style == "json":
        return J(as_dict(pairs))
    if style == "json_sp":
        return J(as_dict(pairs), sep=(", ", ": "))
    if style in ("kv", "kv_comma", "kv_pipe"):
        sep = {"kv": " ", "kv_comma": ", ", "kv_pipe": " | "}[style]
        for i, (k, v) in enumerate(pairs):
            if i:
                out.append(sep)
            t = _val_text(v)
            if (" " in t or "," in t) and not _is_num(v):
                out += [k + '="', _vt(v), '"']
            else:
                out += [k + "=", _vt(v)]
        return out
    if style == "pydict":
        out.append("{")
        for i, (k, v) in enumerate(pairs):
            if i:
                out.append(", ")
            q = '"' if "'" in _val_text(v) else "'"
            if _is_num(v):
                out += ["'%s': " % k, _vt(v)]
            else:
                out += ["'%s': %s" % (k, q), _vt(v), q]
        out.append("}")
        return out
    if style == "jsobj":
        out.append("{ ")
        for i, (k, v) in enumerate(pairs):
            if i:
                out.append(", ")
            kk = k if re.match(r"^[A-Za-z_$][\w$]*$", k) else "'%s'" % k
            q = '"' if "'" in _val_text(v) else "'"
            if _is_num(v):
                out += ["%s: " % kk, _vt(v)]
            else:
                out += ["%s: %s" % (kk, q), _vt(v), q]
        out.append(" }")
        return out
    if style == "lombok":
        for i, (k, v) in enumerate(pairs):
            if i:
                out.append(", ")
            out += [lcamel(k) + "=", _vt(v)]
        return out
    if style == "dotnet":
        out.append("{ ")
        for i, (k, v) in enumerate(pairs):
            if i:
                out.append(", ")
            out += [pascal(k) + " = ", _vt(v)]
        out.append(" }")
        return out
    if style == "gostruct":
        out.append("{")
        for i, (k, v) in enumerate(pairs):
            if i:
                out.append(" ")
            out += [pascal(k) + ":", _vt(v)]
        out.append("}")
        return out
    if style == "rubyhash":
        out.append("{")
        for i, (k, v) in enumerate(pairs):
            if i:
                out.append(", ")
            if _is_num(v):
                out += ['"%s"=>' % k, _vt(v)]
            else:
                out += ['"%s"=>"' % k, _vt(v), '"']
        out.append("}")
        return out
    raise ValueError(style)


def take(pairs, cat):
    """Pop the first pair whose value is a P of category cat; return the P or None."""
    for i, (k, v) in enumerate(pairs):
        if isinstance(v, P) and v.cat == cat:
            del pairs[i]
            return v
    return None


def take_key(pairs, cat):
    for i, (k, v) in enumerate(pairs):
        if isinstance(v, P) and v.cat == cat:
            del pairs[i]
            return k, v
    return None


def split_pairs(pairs, n):
    """Randomly split pairs into n lists (order kept)."""
    out = [[] for _ in range(n)]
    for p in pairs:
        out[R.randrange(n)].append(p)
    return out


# ---------------------------------------------------------------- line plans
def plan_pos(focus):
    others = [c for c in CATS if c != focus]
    extras = R.sample(others, rc([0, 1, 1, 2, 2, 3, 4]))
    if chance(0.5):
        msg = pick_pos_msg(focus)
        pairs = fields(extras)
    else:
        msg = pick_pos_msg() if chance(0.4) else pick_neg_msg()
        pairs = fields([focus] + extras)
        R.shuffle(pairs)
    # sprinkle non-PHI look-alikes among the pairs
    for _ in range(R.randint(0, 2)):
        pairs.insert(R.randint(0, len(pairs)), neg_pair())
    return msg, pairs


NEG_PAIR_GENS = [
    ("order_id", la_order), ("orderNumber", la_order), ("requestId", uuid4), ("trace_id", la_trace),
    ("build", la_build), ("release", la_ver), ("duration_ms", lambda: Raw(str(R.randint(1, 60000)))),
    ("attending", la_clin), ("attendingNpi", la_npi), ("npi", la_npi), ("facility", lambda: HOSPITAL["name"]),
    ("facility_phone", la_hosp_phone), ("vendor_address", la_vendor), ("region", la_state),
    ("age_bucket", lambda: rc(["18-34", "35-49", "50-64", "65-74", "75-84", "85+"])),
    ("birth_year", lambda: Raw(la_year())), ("encounter_id", lambda: Raw(la_rowid())),
    ("patient_id", lambda: Raw(la_rowid())), ("pid", lambda: Raw(la_rowid())), ("pod", la_host),
    ("db_host", la_host), ("client_ip", la_privip), ("retry", lambda: Raw(str(R.randint(0, 5)))),
    ("sha", la_sha), ("icd10", la_icd), ("cpt", la_cpt), ("lot", la_lot), ("svc_user", la_svc),
    ("tenant", lambda: rc(["nw-prod", "nw-east", "acme-clinic", "demo"])), ("port", lambda: Raw(la_port())),
    ("ageYears", lambda: Raw(la_young_age())), ("provider", la_clin), ("ordering_provider", la_clin_plain),
    ("deployDate", la_date_sys), ("correlationId", uuid4), ("span_id", la_span), ("commit", lambda: hexs(7)),
    ("invoice", la_order), ("dept", lambda: rc(["Cardiology", "ED", "Oncology", "Radiology", "Pharmacy"])),
    ("room", lambda: "%s-%d" % (rc("ABCDE"), R.randint(100, 499))), ("queue", lambda: rc(["adt.a08", "orders.new", "claims.837"])),
    ("feature", lambda: rc(["televisit_v2", "new_intake_flow", "rx_autorefill"])), ("product", la_product),
]


def neg_pair():
    k, g = rc(NEG_PAIR_GENS)
    return (k, g())


def neg_pairs(n=None):
    if n is None:
        n = R.randint(1, 5)
    seen = set()
    out = []
    while len(out) < n:
        k, v = neg_pair()
        if k in seen:
            continue
        seen.add(k)
        out.append((k, v))
    return out


def plan_neg():
    return pick_neg_msg(), neg_pairs()


# ---------------------------------------------------------------- families
UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.99 Mobile Safari/537.36",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
      "okhttp/4.12.0", "NorthwindCare/5.3.1 (iPhone; iOS 17.4.1; Scale/3.00)"]
API_PATHS = ["/api/v2/patients", "/api/v1/intake/submit", "/api/v2/appointments", "/api/eligibility/check",
             "/fhir/R4/Patient", "/api/v1/billing/payments", "/api/v2/rx/refill", "/graphql",
             "/api/v1/documents/upload", "/api/v2/messages", "/api/v1/devices/pair"]
PORTAL = "https://portal.northwind-health.org"


def _query_from(pairs, limit=3):
    """Build a query string from some pairs whose values are URL-safe; returns items and leftover pairs."""
    items = []
    rest = []
    used = 0
    for k, v in pairs:
        t = _val_text(v)
        if used < limit and re.match(r"^[A-Za-z0-9._@:-]+$", t) and re.match(r"^[A-Za-z_]+$", k):
            items += ["&" if items else "", k + "=", _vt(v)]
            used += 1
        else:
            rest.append((k, v))
    return [x for x in items if x != ""], rest


def fam_sentry_event(pos, msg, pairs):
    t = now()
    plat = rc(["python", "javascript", "java", "node", "csharp", "cocoa"])
    exc_type = rc(EXC[{"python": "python", "javascript": "js", "java": "java", "node": "node",
                       "csharp": "dotnet", "cocoa": "js"}[plat]]).split(".")[-1]
    pairs = list(pairs)
    user = {"id": str(R.randint(1000, 999999))}
    em = take(pairs, "email")
    ipv = take(pairs, "ip")
    if em:
        user["email"] = em
    if ipv:
        user["ip_address"] = ipv
    elif chance(0.5):
        user["ip_address"] = rc(["{{auto}}", la_privip()])
    if not em and chance(0.4):
        user["username"] = la_svc()
    frames_vars, req_data, extra = split_pairs(pairs, 3)
    frame = {"filename": rc(PY_FILES + ["src/pages/Intake.tsx", "PatientService.java"]),
             "function": rc(FUNCS), "lineno": R.randint(10, 900), "in_app": True}
    if frames_vars:
        frame["vars"] = as_dict(frames_vars)
    ev = {"event_id": hexs(32), "timestamp": rc([log_ts_iso(t), "%d.%03d" % (epoch(t), R.randint(0, 999))]),
          "platform": plat, "level": rc(["error", "error", "fatal", "warning"]),
          "logger": rc(["django.request", "console", "intake.views", "root", "org.hibernate.SQL"]),
          "release": "%s@%s" % (rc(SERVICES), la_ver()), "environment": rc(["production", "prod", "staging"]),
          "server_name": la_host(),
          "exception": {"values": [{"type": exc_type, "value": S(*msg),
                                    "stacktrace": {"frames": [frame]},
                                    "mechanism": {"type": rc(["generic", "onerror", "django"]), "handled": chance(0.3)}}]},
          "user": user}
    if req_data or chance(0.5):
        q, rest = _query_from(req_data) if chance(0.4) else ([], req_data)
        req = {"url": PORTAL + rc(API_PATHS), "method": rc(["POST", "PUT", "GET", "PATCH"])}
        if q:
            req["query_string"] = S(*q)
        if rest:
            req["data"] = as_dict(rest) if chance(0.6) else S(*J(as_dict(rest)))
        req["headers"] = {"User-Agent": rc(UA), "X-Request-Id": uuid4()}
        ev["request"] = req
    ev["tags"] = {"service": rc(SERVICES), "k8s.namespace": rc(K8S_NS), "build": la_build()}
    if extra:
        ev["extra"] = as_dict(extra)
    else:
        ev["extra"] = as_dict(neg_pairs(R.randint(1, 3)))
    return J(ev)


def fam_sentry_breadcrumbs(pos, msg, pairs):
    t = now()
    pairs = list(pairs)
    crumbs = []
    crumbs.append({"timestamp": epoch(t) - R.randint(5, 60), "category": "navigation",
                   "data": {"from": "/patients/%s" % la_rowid(), "to": "/patients/%s/%s" % (la_rowid(), rc(["edit", "insurance", "summary"]))}})
    q, rest = _query_from(pairs, limit=2)
    url = [PORTAL + rc(API_PATHS)]
    if q:
        url += ["?"] + q
    crumbs.append({"timestamp": epoch(t) - R.randint(1, 4), "type": "http", "category": rc(["xhr", "fetch"]),
                   "data": {"method": rc(["GET", "POST"]), "url": S(*url), "status_code": rc([400, 404, 409, 422, 500, 502])}})
    if rest:
        crumbs.append({"timestamp": epoch(t) - 1, "category": "console", "level": "log",
                       "message": S("form state ", *render_pairs(rest, rc(["jsobj", "json_sp"])))})
    crumbs.append({"timestamp": epoch(t), "category": "console", "level": "error", "message": S(*msg)})
    if chance(0.5):
        crumbs.insert(1, {"timestamp": epoch(t) - R.randint(5, 9), "category": "ui.click",
                          "message": rc(["button#submit-intake", "div.appt-card > button.reschedule", "input[name=\"dob\"]", "a.nav-billing"])})
    ev = {"event_id": hexs(32), "sdk": {"name": "sentry.javascript.react", "version": la_ver()},
          "breadcrumbs": {"values": crumbs}}
    return J(ev)


def fam_rollbar(pos, msg, pairs):
    t = now()
    pairs = list(pairs)
    person = {"id": str(la_rowid())}
    em = take(pairs, "email")
    if em:
        person["email"] = em
    nm = take_key(pairs, "name") if chance(0.5) else None
    if nm:
        person["username"] = nm[1]
    if not em and not nm:
        person["username"] = la_svc()
    ipv = take(pairs, "ip")
    post, custom = split_pairs(pairs, 2)
    data = {"environment": rc(["production", "prod-east"]), "level": "error", "timestamp": epoch(t),
            "body": {"trace": {"frames": [{"filename": rc(PY_FILES), "lineno": R.randint(10, 900), "method": rc(FUNCS)}],
                               "exception": {"class": rc(EXC["python"] + EXC["ruby"]), "message": S(*msg)}}},
            "person": person,
            "request": {"url": PORTAL + rc(API_PATHS), "method": "POST", "user_ip": ipv if ipv else la_privip()},
            "server": {"host": la_host(), "root": "/app", "branch": "main", "code_version": hexs(40)},
            "uuid": uuid4(), "language": rc(["python", "ruby"]), "framework": rc(["django", "flask", "rails"])}
    if post:
        data["request"]["POST"] = as_dict(post)
    if custom:
        data["custom"] = as_dict(custom)
    return J({"access_token": hexs(32), "data": data})


def fam_bugsnag(pos, msg, pairs):
    t = now()
    pairs = list(pairs)
    user = {"id": str(la_rowid())}
    em = take(pairs, "email")
    nm = take(pairs, "name")
    if nm:
        user["name"] = nm
    if em:
        user["email"] = em
    devinfo = {"osName": rc(["android", "iOS"]), "osVersion": rc(["14", "17.4.1", "13"]),
               "manufacturer": rc(["Google", "Apple", "samsung"]), "model": rc(["Pixel 7", "iPhone14,5", "SM-S911U"]),
               "id": uuid4(), "time": log_ts_iso(t)}
    dv = take(pairs, "device")
    if dv:
        devinfo[rc(["serialNumber", "imei", "hardwareId"])] = dv
    meta_a, meta_b = split_pairs(pairs, 2)
    meta = {"app": {"build": la_build(), "releaseStage": "production"}}
    if meta_a:
        meta[rc(["patient", "paciente", "member", "intake", "form"])] = as_dict(meta_a)
    if meta_b:
        meta[rc(["context", "request", "custom", "session"])] = as_dict(meta_b)
    ev = {"apiKey": hexs(32), "payloadVersion": "5",
          "notifier": {"name": rc(["Bugsnag React Native", "Bugsnag Android", "Bugsnag Ruby"]), "version": la_ver()},
          "events": [{"exceptions": [{"errorClass": rc(EXC["js"] + EXC["ruby"]), "message": S(*msg),
                                      "stacktrace": [{"file": "app:///index.android.bundle", "lineNumber": R.randint(1, 9000),
                                                      "method": rc(FUNCS)}]}],
                      "severity": "error", "unhandled": chance(0.5), "context": rc(["IntakeScreen", "BillingScreen", "ApptList"]),
                      "user": user, "device": devinfo,
                      "app": {"version": la_ver(), "versionCode": R.randint(100, 999), "id": "org.northwind.care"},
                      "metaData": meta}]}
    return J(ev)


def fam_honeybadger(pos, msg, pairs):
    pairs = list(pairs)
    ipv = take(pairs, "ip")
    params, context = split_pairs(pairs, 2)
    hb_cls = rc(EXC["ruby"])
    ev = {"notifier": {"name": "honeybadger-ruby", "version": la_ver(), "url": "https://github.com/honeybadger-io/honeybadger-ruby"},
          "error": {"class": hb_cls, "message": S(hb_cls, ": ", *msg), "token": uuid4(),
                    "backtrace": [{"number": str(R.randint(10, 400)), "file": "[PROJECT_ROOT]/app/models/%s.rb" % rc(["patient", "appointment", "claim", "guarantor"]),
                                   "method": rc(["validate_identity!", "save!", "normalize_phone", "block in sync"])}]},
          "request": {"url": PORTAL + rc(API_PATHS), "component": rc(["patients", "appointments", "payments"]),
                      "action": rc(["create", "update"]), "params": as_dict(params),
                      "context": as_dict(context),
                      "cgi_data": {"REMOTE_ADDR": ipv if ipv else la_privip(), "HTTP_USER_AGENT": rc(UA),
                                   "REQUEST_METHOD": "POST", "SERVER_PORT": la_port()}},
          "server": {"project_root": "/app", "environment_name": "production", "hostname": la_host(),
                     "revision": hexs(40), "pid": R.randint(100, 60000)}}
    return J(ev)


def fam_raygun(pos, msg, pairs):
    t = now()
    pairs = list(pairs)
    user = {"Identifier": str(la_rowid()), "IsAnonymous": False}
    nm = take(pairs, "name")
    em = take(pairs, "email")
    if nm:
        user["FullName"] = nm
    if em:
        user["Email"] = em
    if not nm and not em:
        user = {"Identifier": la_svc(), "IsAnonymous": False}
    ipv = take(pairs, "ip")
    form, custom = split_pairs(pairs, 2)
    det = {"MachineName": la_host(), "Version": la_ver(),
           "Error": {"ClassName": rc(EXC["dotnet"]), "Message": S(*msg),
                     "StackTrace": [{"LineNumber": R.randint(10, 600), "ClassName": "Northwind.Portal.Controllers.%sController" % rc(["Patient", "Billing", "Appointment"]),
                                     "MethodName": rc(["Post", "Update", "Validate"]), "FileName": "%sController.cs" % rc(["Patient", "Billing"])}]},
           "Environment": {"ProcessorCount": rc([2, 4, 8]), "OSVersion": "Unix 5.15.0.1057", "Cpu": "x64"},
           "Request": {"HostName": "portal.northwind-health.org", "Url": rc(API_PATHS), "HttpMethod": "POST",
                       "IPAddress": ipv if ipv else la_privip(), "Form": as_dict(form),
                       "Headers": {"X-Correlation-Id": uuid4()}},
           "User": user, "Tags": [rc(["prod", "portal", "billing"]), la_build()]}
    if custom:
        det["UserCustomData"] = as_dict(custom)
    return J({"OccurredOn": log_ts_iso(t), "Details": det})


def snake(k):
    k = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", k)
    return re.sub(r"[^A-Za-z0-9]+", "_", k).strip("_").lower()


def strv(v):
    """Force a P/Raw/str into a string-typed value (for meta tags etc.)."""
    if isinstance(v, P) and v.raw:
        return P(v.v, v.cat)
    if isinstance(v, Raw):
        return v.t
    return v


def sql_literal(v):
    if isinstance(v, P) and v.raw:
        return [v]
    if isinstance(v, Raw):
        return [v.t]
    t = _val_text(v)
    if "'" in t:
        return None
    return ["'", _vt(v), "'"]


def sql_from_pairs(pairs, table=None):
    table = table or rc(["patients", "patient", "guarantors", "appointments", "coverage", "intake_forms", "pt_demographics"])
    usable = [(k, v) for k, v in pairs if sql_literal(v) is not None]
    if not usable:
        return ["SELECT id, status FROM %s WHERE id = %s" % (table, la_rowid())]
    k = R.randint(0, 2)
    out = []
    if k == 0:
        out.append("SELECT * FROM %s WHERE " % table)
        for i, (kk, v) in enumerate(usable):
            if i:
                out.append(" AND ")
            out += ["%s = " % snake(kk)] + sql_literal(v)
        out.append(" LIMIT %d" % rc([1, 10, 50]))
    elif k == 1:
        out.append("UPDATE %s SET " % table)
        for i, (kk, v) in enumerate(usable):
            if i:
                out.append(", ")
            out += ["%s = " % snake(kk)] + sql_literal(v)
        out.append(" WHERE id = %s" % la_rowid())
    else:
        out.append("INSERT INTO %s (%s) VALUES (" % (table, ", ".join(snake(kk) for kk, _ in usable)))
        for i, (kk, v) in enumerate(usable):
            if i:
                out.append(", ")
            out += sql_literal(v)
        out.append(")")
    return out


def fam_datadog_span(pos, msg, pairs):
    t = now()
    pairs = [(k, strv(v)) for k, v in pairs]
    meta = {"env": "prod", "version": la_ver(), "span.kind": rc(["server", "client"]),
            "component": rc(["django", "express", "spring-web-controller", "aspnet_core.request", "net/http"]),
            "error.type": rc(EXC["java"] + EXC["python"] + EXC["node"]), "error.message": S(*msg),
            "error.stack": S("Error: ", *msg, "\n    at ", js_frame(), "\n    at ", js_frame())}
    ipv = take(pairs, "ip")
    if ipv:
        meta[rc(["http.client_ip", "network.client.ip", "http.request.headers.x-forwarded-for"])] = ipv
    em = take(pairs, "email")
    if em:
        meta["usr.email"] = em
    nm = take(pairs, "name") if chance(0.5) else None
    if nm:
        meta["usr.name"] = nm
    if not em and not nm:
        meta["usr.id"] = str(la_rowid())
    typ = rc(["web", "sql", "http"])
    if typ == "sql" and pairs and chance(0.7):
        sqlp, rest = split_pairs(pairs, 2)
        stmt = sql_from_pairs(sqlp)
        meta["db.statement"] = S(*stmt)
        meta["db.system"] = "postgresql"
        meta["out.host"] = la_host()
        pairs = rest
        name, res = "postgresql.query", S(*stmt)
    else:
        name = rc(["django.request", "express.request", "servlet.request", "aspnet_core.request", "http.request"])
        res = "%s %s" % (rc(["POST", "GET", "PUT"]), rc(API_PATHS))
        meta["http.url"] = PORTAL + rc(API_PATHS)
        meta["http.status_code"] = str(rc([400, 409, 422, 500, 502]))
    for k, v in pairs:
        meta[rc(["", "", "custom.", "patient.", "app."]) + k] = v
    span = {"trace_id": la_dd_id(), "span_id": la_dd_id(), "parent_id": la_dd_id(), "name": name,
            "resource": res, "service": rc(SERVICES), "type": typ, "start": epoch(t) * 10 ** 9 + R.randint(0, 10 ** 9 - 1),
            "duration": R.randint(10 ** 5, 10 ** 10), "error": 1, "meta": meta,
            "metrics": {"_sampling_priority_v1": 1, "_dd.measured": 1, "process_id": R.randint(1, 60000)}}
    return J(span)


def fam_elastic_apm(pos, msg, pairs):
    t = now()
    pairs = list(pairs)
    kind = rc(["error", "transaction", "span"])
    user = {"id": str(la_rowid())}
    em = take(pairs, "email")
    if em:
        user["email"] = em
    nm = take(pairs, "name") if chance(0.5) else None
    if nm:
        user["username"] = nm
    if not em and not nm:
        user["username"] = la_svc()
    ipv = take(pairs, "ip")
    body, custom = split_pairs(pairs, 2)
    ctx = {"user": user,
           "request": {"method": "POST", "url": {"full": PORTAL + rc(API_PATHS)},
                       "socket": {"remote_address": ipv if ipv else la_privip()},
                       "headers": {"user-agent": rc(UA), "x-request-id": uuid4()}},
           "tags": {"tenant": "nw-prod", "build": la_build()}}
    if body:
        ctx["request"]["body"] = as_dict(body) if chance(0.5) else S(*J(as_dict(body)))
    if custom:
        ctx["custom"] = as_dict(custom)
    base = {"id": hexs(16), "trace_id": hexs(32), "timestamp": epoch(t) * 10 ** 6 + R.randint(0, 999999)}
    if kind == "error":
        base.update({"transaction_id": hexs(16), "parent_id": hexs(16),
                     "culprit": "%s in %s" % (rc(FUNCS), rc(PY_FILES)),
                     "exception": {"message": S(*msg), "type": rc(EXC["python"] + EXC["java"]), "handled": chance(0.5)},
                     "context": ctx})
    elif kind == "transaction":
        base.update({"name": "POST %s" % rc(API_PATHS), "type": "request", "duration": round(R.uniform(1, 9000), 3),
                     "result": "HTTP 5xx", "outcome": "failure", "span_count": {"started": R.randint(1, 40)},
                     "context": ctx})
        if msg:
            base["context"].setdefault("custom", {})["error_summary"] = S(*msg)
    else:
        stmt = sql_from_pairs(body + custom) if (body or custom) else ["SELECT 1"]
        base = {"id": hexs(16), "trace_id": hexs(32), "transaction_id": hexs(16), "parent_id": hexs(16),
                "name": "SELECT FROM patients", "type": "db", "subtype": rc(["postgresql", "mysql", "mssql"]),
                "action": "query", "duration": round(R.uniform(0.1, 3000), 3), "outcome": "failure",
                "context": {"db": {"instance": "clinical", "statement": S(*stmt), "type": "sql", "user": la_svc()},
                            "destination": {"address": la_host(), "port": int(la_port())},
                            "message": {"body": S(*msg)}}}
        if user.get("email") or user.get("username") or ipv:
            base["context"]["user"] = user
            if ipv:
                base["context"]["user"]["ip"] = ipv
    return J({kind: base})


def fam_appdynamics(pos, msg, pairs):
    t = now()
    pairs = list(pairs)
    httpp, dc = split_pairs(pairs, 2)
    out = ["[%s] AppDynamics " % tsms(t, "%Y-%m-%d %H:%M:%S", ","),
           "SNAPSHOT requestGUID=%s bt=\"%s %s\" tier=%s node=%s-%d app=NW-Clinical-Prod userExperience=ERROR timeTaken=%dms " % (
               uuid4(), rc(["POST", "GET"]), rc(API_PATHS), rc(SERVICES), rc(SERVICES), R.randint(1, 9), R.randint(50, 30000)),
           "errorDetails=\"", *jstr_items(msg), "\""]
    if httpp:
        out += [" HTTPParameters[", *render_pairs(httpp, "kv_comma"), "]"]
    if dc:
        out += [" DataCollectors{", *render_pairs(dc, rc(["kv_comma", "kv_pipe"])), "}"]
    if chance(0.5):
        out += [" exitCalls=[JDBC %s:%s %s]" % (la_host(), la_port(), la_dur())]
    return out


def fam_browser_console(pos, msg, pairs):
    t = now()
    pairs = list(pairs)
    k = R.randint(0, 3)
    js = "main.%s.js:%d" % (hexs(8), R.randint(1, 3))
    if k == 0:
        out = ["%s %s Uncaught (in promise) %s: " % (tsms(t, "%H:%M:%S"), js, rc(EXC["js"])), *msg,
               "    at ", js_frame()]
    elif k == 1:
        out = ["[%s] console.error: " % log_ts_iso(t), *msg]
        if pairs:
            out += [" ", *render_pairs(pairs, "jsobj")]
            pairs = []
    elif k == 2:
        out = ["[Error] %s: " % rc(EXC["js"]), *msg, " — ", js_frame(), " (%s)" % rc(["Safari", "Chrome 124", "Firefox 125"])]
    else:
        out = ["%s console.warn [%s] " % (log_ts_iso(t), rc(["IntakeForm", "useEligibility", "ApptPicker", "redux-logger"])),
               *msg]
    if pairs:
        out += [rc([" state=", " props=", " formValues="]), *render_pairs(pairs, rc(["json", "jsobj"]))]
    return out


def fam_js_onerror(pos, msg, pairs):
    t = now()
    pairs = list(pairs)
    q, rest = _query_from(pairs, limit=2)
    page = [PORTAL + rc(["/intake", "/appointments/new", "/billing/pay", "/profile/edit", "/messages"])]
    if q:
        page += ["?step=%d&" % R.randint(1, 4)] + q
    ev = {"type": rc(["window.onerror", "unhandledrejection"]), "msg": S(rc(EXC["js"]), ": ", *msg),
          "src": PORTAL + "/static/js/main.%s.js" % hexs(8), "line": R.randint(1, 3), "col": R.randint(100, 90000),
          "page": S(*page), "ua": rc(UA), "ts": epoch(t) * 1000 + R.randint(0, 999), "sessionId": hexs(24)}
    if rest:
        ev["ctx"] = as_dict(rest)
    return ["POST /rum/collect 204 ", *J(ev)]


def fam_react_native(pos, msg, pairs):
    t = now()
    pairs = list(pairs)
    k = R.randint(0, 2)
    if k == 0:
        out = ["%s %5d %5d E ReactNativeJS: %s: " % (tsms(t, "%m-%d %H:%M:%S"),
                                                       R.randint(1000, 30000), R.randint(1000, 30000), rc(EXC["js"])), *msg]
        if pairs:
            out += [", js engine: hermes, stack: ", js_frame(), " ctx=", *render_pairs(pairs, "json")]
    elif k == 1:
        out = ["%s [error][tid:com.facebook.react.JavaScript] " % tsms(t, "%Y-%m-%d %H:%M:%S"), *msg]
        if pairs:
            out += [" ", *render_pairs(pairs, "jsobj")]
    else:
        out = ["%s W ReactNativeJS: Possible Unhandled Promise Rejection (id: %d): %s: " % (
            tsms(t, "%m-%d %H:%M:%S"), R.randint(0, 40), rc(EXC["js"])), *msg]
        if pairs:
            out += [" redux=", *render_pairs(pairs, "json")]
    return out


def fam_ios_crash(pos, msg, pairs):
    t = now()
    pairs = list(pairs)
    k = R.randint(0, 1)
    if k == 0:
        out = ["Incident Identifier: %s | CrashReporter Key: %s | Hardware Model: %s | Process: NorthwindCare [%d] | Version: %s (%d) | "
               "OS Version: iPhone OS %s | Date/Time: %s | Exception Type: EXC_CRASH (SIGABRT) | Application Specific Information: "
               "*** Terminating app due to uncaught exception '%s', reason: '" % (
                   uuid4().upper(), hexs(40), rc(["iPhone14,5", "iPhone15,2", "iPad13,4"]), R.randint(100, 9000), la_ver(),
                   R.randint(1000, 40000), rc(["17.4.1 (21E236)", "16.7.2 (20H115)", "17.2 (21C62)"]),
                   t.strftime("%Y-%m-%d %H:%M:%S.") + "%02d +0000" % R.randint(0, 99),
                   rc(["NSInvalidArgumentException", "NSInternalInconsistencyException", "NSRangeException"])), *msg, "'"]
        if pairs:
            out += [" | Crashlytics Custom Keys: ", *render_pairs(pairs, "kv_comma")]
    else:
        hdr = {"app_name": "NorthwindCare", "timestamp": t.strftime("%Y-%m-%d %H:%M:%S.00 +0000"),
               "app_version": la_ver(), "slice_uuid": uuid4(), "build_version": str(R.randint(1000, 40000)),
               "bundleID": "org.northwind.care", "os_version": "iPhone OS 17.4.1 (21E236)",
               "incident_id": uuid4().upper(), "name": "NorthwindCare",
               "exception": {"type": "EXC_CRASH", "signal": "SIGABRT", "reason": S(*msg)}}
        if pairs:
            hdr["userInfo"] = as_dict(pairs)
        out = J(hdr)
    return out


def fam_java_exception(pos, msg, pairs):
    t = now()
    pairs = list(pairs)
    exc = rc(EXC["java"])
    head = "%s %s %d --- [%s] %s : " % (tsms(t, "%Y-%m-%d %H:%M:%S"), rc(["ERROR", "ERROR", "WARN"]), R.randint(1, 9000),
                                         rc(["nio-8443-exec-%d" % R.randint(1, 20), "scheduling-1", "kafka-consumer-3", "http-nio-8080-exec-%d" % R.randint(1, 9)]),
                                         rc(["c.n.ehr.api.PatientController", "o.a.c.c.C.[.[.[/].[dispatcherServlet]", "c.n.billing.ClaimJob", "c.n.intake.IntakeService"]))
    k = R.randint(0, 2)
    out = [head]
    if k == 0 or not pairs:
        out += ["Request processing failed; nested exception is %s: " % exc, *msg]
        if pairs:
            out += [" [entity=Patient(", *render_pairs(pairs, "lombok"), ")]"]
    elif k == 1:
        out += ["Failed to persist ", rc(["Patient", "Guarantor", "Coverage", "IntakeForm"]), "(id=%s, " % la_rowid(),
                *render_pairs(pairs, "lombok"), "): %s: " % exc, *msg]
    else:
        kk, v = pairs[0]
        out += ["javax.validation.ConstraintViolationException: ConstraintViolationImpl{interpolatedMessage='must match pattern', propertyPath=%s, rootBeanClass=class com.northwind.ehr.model.Patient, invalidValue=" % lcamel(kk),
                _vt(v), "}"]
        if len(pairs) > 1:
            out += [" context={", *render_pairs(pairs[1:], "lombok"), "}"]
        if msg and chance(0.5):
            out += [" cause: ", *msg]
    out += [rc([" \\n\\tat ", " | at ", " at "]), java_frame(), rc([" \\n\\tat ", " | at "]), java_frame()]
    return out


def fam_dotnet_exception(pos, msg, pairs):
    t = now()
    pairs = list(pairs)
    exc = rc(EXC["dotnet"])
    k = R.randint(0, 1)
    if k == 0:
        out = ["fail: Northwind.Portal.%s[0] %s An unhandled exception has occurred while executing the request. %s: " % (
            rc(["Controllers.PatientController", "Services.EligibilityService", "Middleware.ExceptionMiddleware"]),
            log_ts_iso(t), exc), *msg]
        if pairs:
            out += [" Model: ", *render_pairs(pairs, "dotnet")]
        out += [" at Northwind.Portal.Controllers.%sController.%sAsync() in /src/Portal/Controllers/%sController.cs:line %d" % (
            rc(["Patient", "Intake", "Billing"]), rc(["Create", "Update", "Validate"]), rc(["Patient", "Intake"]), R.randint(20, 400))]
    else:
        ev = {"@t": log_ts_iso(t), "@mt": "Unhandled exception processing {RequestPath}", "@l": "Error",
              "@x": S("%s: " % exc, *msg, "\r\n   at Northwind.Portal.Services.%s.%s() in /src/Services/%s.cs:line %d" % (
                  rc(["PatientService", "ClaimService"]), rc(["SaveAsync", "MatchAsync"]), rc(["PatientService", "ClaimService"]), R.randint(10, 500))),
              "RequestPath": rc(API_PATHS), "SourceContext": "Northwind.Portal.Middleware.ErrorLogging",
              "TraceId": hexs(32), "SpanId": hexs(16), "MachineName": la_host()}
        for kk, v in pairs:
            ev[pascal(kk)] = v
        out = J(ev)
    return out


def fam_python_traceback(pos, msg, pairs):
    t = now()
    pairs = list(pairs)
    exc = rc(EXC["python"])
    k = R.randint(0, 2)
    if k == 0:
        out = ["%s ERROR [%s] Internal Server Error: %s | Traceback (most recent call last): | %s | %s | %s: " % (
            tsms(t, "%Y-%m-%d %H:%M:%S", ","), rc(["django.request", "intake.views", "fhir_bridge.mappers"]), rc(API_PATHS),
            py_frame(), py_frame(), exc), *msg]
        if pairs:
            out += [" | locals: payload = ", *render_pairs(pairs, "pydict")]
    elif k == 1:
        out = ["[%s: ERROR/ForkPoolWorker-%d] Task %s[%s] raised unexpected: %s(" % (
            tsms(t, "%Y-%m-%d %H:%M:%S", ","), R.randint(1, 16),
            rc(["billing.tasks.post_payment", "notify.tasks.send_reminder", "mpi.tasks.match_patient", "fax.tasks.send_fax"]),
            uuid4(), exc.split(".")[-1]), "\"", *msg, "\")"]
        if pairs:
            out += [" args=() kwargs=", *render_pairs(pairs, "pydict")]
    else:
        out = ["%s ERROR %s: %d validation error%s for %s\\n" % (tsms(t, "%Y-%m-%d %H:%M:%S", ","), rc(["app.api.intake", "uvicorn.error", "fastapi.routing"]), max(1, len(pairs)), "" if len(pairs) == 1 else "s",
                                                      rc(["PatientIn", "IntakeRequest", "CoverageCreate", "AppointmentUpdate"]))]
        if not pairs:
            out += ["detail\\n  ", *msg]
        for kk, v in pairs:
            out += ["%s\\n  %s [type=%s, input_value=" % (kk, rc(["Input should be a valid string", "String should match pattern", "value is not a valid date", "Value error, checksum failed"]),
                                                          rc(["string_pattern_mismatch", "value_error", "date_from_datetime_parsing"])),
                    "'" if not _is_num(v) else "", _vt(v), "'" if not _is_num(v) else "", ", input_type=%s]\\n" % ("int" if _is_num(v) else "str")]
        if pairs and msg and chance(0.5):
            out += ["context: ", *msg]
    return out


def fam_node_error(pos, msg, pairs):
    t = now()
    pairs = list(pairs)
    exc = rc(EXC["node"])
    if chance(0.6):
        ev = {"level": 50, "time": epoch(t) * 1000 + R.randint(0, 999), "pid": R.randint(1, 60000), "hostname": la_host(),
              "reqId": "req-%s" % alnum(4, "0123456789abcdefghjkmnpqrstvwxyz"),
              "err": {"type": exc, "message": S(*msg), "stack": S(exc, ": ", *msg, "\n    at ", js_frame(), "\n    at ", js_frame())},
              "msg": rc(["request errored", "unhandled error", "failed to create patient", "eligibility lookup failed"])}
        if pairs:
            ev["req"] = {"method": "POST", "url": rc(API_PATHS), "body": as_dict(pairs)}
        return J(ev)
    out = ["%s %s: " % (log_ts_iso(t), exc), *msg, "    at ", js_frame(), "    at ", js_frame()]
    if pairs:
        out += [" {", " input: ", *render_pairs(pairs, "jsobj"), ", code: '%s' }" % rc(["ERR_VALIDATION", "P2002", "23505", "E_PAYER"])]
    return out


def fam_go_error(pos, msg, pairs):
    t = now()
    pairs = list(pairs)
    k = R.randint(0, 2)
    if k == 0:
        ev = {"level": "error", "ts": round(epoch(t) + R.random(), 6), "caller": "%s/%s.go:%d" % (
            rc(["handlers", "store", "eligibility", "mpi"]), rc(["patient", "coverage", "match", "fax"]), R.randint(20, 600)),
              "msg": rc(["create patient failed", "payer lookup failed", "match failed", "fax send failed"]),
              "error": S(rc(["insert patient: ", "query: ", "rpc error: code = InvalidArgument desc = ", ""]), *msg),
              "trace_id": hexs(32)}
        for kk, v in pairs:
            ev[snake(kk)] = v
        ev["stacktrace"] = "main.(*Server).handle\n\t/src/cmd/api/server.go:%d" % R.randint(20, 400)
        return J(ev)
    if k == 1:
        out = ["time=\"%s\" level=error msg=\"" % log_ts_iso(t, z=False), *jstr_items(msg), "\""]
        if pairs:
            out += [" ", *render_pairs(pairs, "kv")]
        out += [" svc=%s" % rc(SERVICES)]
        return out
    out = ["panic: ", *msg]
    if pairs:
        out += [" [recovered] record=%+v ".replace("%+v", ""), "&", *render_pairs(pairs, "gostruct")]
    out += [" goroutine %d [running]: main.(*Handler).%s(...) /src/internal/api/%s.go:%d +0x%s" % (
        R.randint(1, 900), rc(["CreatePatient", "PairDevice", "SubmitClaim"]), rc(["patient", "device", "claim"]), R.randint(10, 500), hexs(3))]
    return out


def fam_graphql_error(pos, msg, pairs):
    t = now()
    pairs = list(pairs)
    k = R.randint(0, 1)
    if k == 0 or not pairs:
        err = {"message": S(*msg), "locations": [{"line": R.randint(1, 20), "column": R.randint(1, 40)}],
               "path": [rc(["createPatient", "updateCoverage", "patient", "bookAppointment"]), rc(["insurance", "demographics", "slot", "contact"])],
               "extensions": {"code": rc(["BAD_USER_INPUT", "INTERNAL_SERVER_ERROR", "FORBIDDEN"]), "traceId": hexs(32)}}
        if pairs:
            err["extensions"]["variables"] = {"input": as_dict(pairs)}
        return J({"errors": [err], "data": None})
    out = ["%s [apollo] GraphQLError: Variable \"$input\" got invalid value " % log_ts_iso(t), *render_pairs(pairs, "jsobj"),
           "; Field \"%s\" of required type \"%s!\" was not provided. operationName=%s" % (
               rc(["consentSignedAt", "relationship", "payerId"]), rc(["DateTime", "String", "ID"]),
               rc(["CreatePatient", "UpdateCoverage", "BookAppointment"]))]
    if msg and chance(0.4):
        out += [" cause=\"", *msg, "\""]
    return out


def fam_orm_hibernate(pos, msg, pairs):
    t = now()
    head = "%s TRACE %d --- [nio-8443-exec-%d] o.h.type.descriptor.sql.BasicBinder      : " % (
        tsms(t, "%Y-%m-%d %H:%M:%S"), R.randint(1, 9000), R.randint(1, 20))
    if pairs and chance(0.8):
        kk, v = rc([p for p in pairs if isinstance(p[1], P)] or pairs)
        if _is_num(v):
            typ = rc(["INTEGER", "BIGINT"])
        elif isinstance(v, P) and v.cat == "date":
            typ = rc(["DATE", "VARCHAR"])
        else:
            typ = "VARCHAR"
        if chance(0.5):
            return [head, "binding parameter [%d] as [%s] - [" % (R.randint(1, 14), typ), _vt(v), "]"]
        return [head.replace("BasicBinder     ", "BasicExtractor  "),
                "extracted value ([%s%d_0_] : [%s]) - [" % (snake(kk)[:8], R.randint(1, 9), typ), _vt(v), "]"]
    out = ["%s WARN %d --- [nio-8443-exec-%d] o.h.engine.jdbc.spi.SqlExceptionHelper   : SQL Error: 0, SQLState: 23505 | " % (
        tsms(t, "%Y-%m-%d %H:%M:%S"), R.randint(1, 9000), R.randint(1, 20)), *msg]
    if pairs:
        out += [" | ", *sql_from_pairs(pairs)]
    return out


def fam_orm_efcore(pos, msg, pairs):
    t = now()
    pairs = [(k, v) for k, v in pairs if "'" not in _val_text(v)]
    out = ["%s fail: Microsoft.EntityFrameworkCore.Database.Command[20102] Failed executing DbCommand (%dms) [Parameters=[" % (
        log_ts_iso(t), R.randint(1, 3000))]
    for i, (kk, v) in enumerate(pairs):
        if i:
            out.append(", ")
        if _is_num(v):
            out += ["@p%d=" % i, "'", _vt(v), "'"]
        else:
            out += ["@p%d='" % i, _vt(v), "' (%s)" % rc(["Size = 4000", "Size = 50", "Nullable = false", "DbType = String"])]
    if not pairs:
        out += ["@__id_0='%s'" % la_rowid()]
    cols = ", ".join("[%s]" % pascal(kk) for kk, _ in pairs) or "[Id]"
    out += ["], CommandType='Text', CommandTimeout='30'] INSERT INTO [%s] (%s) VALUES (%s);" % (
        rc(["Patients", "Guarantors", "Coverages", "IntakeSubmissions"]), cols,
        ", ".join("@p%d" % i for i in range(max(1, len(pairs)))))]
    if msg and chance(0.6):
        out += [" Microsoft.Data.SqlClient.SqlException (0x80131904): ", *msg]
    return out


def fam_orm_sqlalchemy(pos, msg, pairs):
    t = now()
    pairs = [(k, v) for k, v in pairs if "'" not in _val_text(v)]
    out = ["%s ERROR sqlalchemy.engine.Engine (psycopg2.errors.%s) " % (tsms(t, "%Y-%m-%d %H:%M:%S", ","),
                                                                        rc(["UniqueViolation", "NotNullViolation", "InvalidDatetimeFormat", "CheckViolation"])), *msg]
    table = rc(["patient", "guarantor", "coverage", "appointment"])
    if pairs:
        cols = [snake(k) for k, _ in pairs]
        out += [" [SQL: INSERT INTO %s (%s) VALUES (%s)] [parameters: " % (table, ", ".join(cols), ", ".join("%%(%s)s" % c for c in cols))]
        out += render_pairs([(snake(k), v) for k, v in pairs], "pydict")
        out += ["]"]
    out += [" (Background on this error at: https://sqlalche.me/e/20/gkpj)"]
    return out


def fam_orm_activerecord(pos, msg, pairs):
    t = now()
    pairs = list(pairs)
    model = rc(["Patient", "Guarantor", "Coverage", "Appointment"])
    if pairs and chance(0.6):
        cols = [snake(k) for k, _ in pairs]
        out = ["I, [%s #%d]  INFO -- : [%s]   %s Create (%.1fms)  INSERT INTO \"%ss\" (%s) VALUES (%s) RETURNING \"id\"  [" % (
            tsms(t, "%Y-%m-%dT%H:%M:%S"), R.randint(1, 9000), uuid4(), model, R.uniform(0.2, 40), snake(model),
            ", ".join('"%s"' % c for c in cols), ", ".join("$%d" % (i + 1) for i in range(len(cols))))]
        for i, (kk, v) in enumerate(pairs):
            if i:
                out.append(", ")
            if _is_num(v):
                out += ['["%s", ' % snake(kk), _vt(v), "]"]
            else:
                out += ['["%s", "' % snake(kk), _vt(v), '"]']
        out.append("]")
        return out
    out = ["E, [%s #%d] ERROR -- : [%s] %s: " % (tsms(t, "%Y-%m-%dT%H:%M:%S"), R.randint(1, 9000), uuid4(), rc(EXC["ruby"])), *msg]
    if pairs:
        out += [" params=", *render_pairs(pairs, "rubyhash")]
    return out


def fam_orm_sequelize(pos, msg, pairs):
    t = now()
    pairs = [(k, v) for k, v in pairs if "'" not in _val_text(v)]
    if pairs and chance(0.5):
        cols = [lcamel(k) for k, _ in pairs]
        out = ["%s Executing (default): INSERT INTO `%s` (`id`,%s,`createdAt`,`updatedAt`) VALUES (DEFAULT," % (
            log_ts_iso(t), rc(["Patients", "Guarantors", "Coverages"]), ",".join("`%s`" % c for c in cols))]
        for i, (kk, v) in enumerate(pairs):
            out += sql_literal(v) + [","]
        ts2 = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d +00:00" % R.randint(0, 999)
        out += ["'%s','%s');" % (ts2, ts2)]
        return out
    out = ["%s SequelizeValidationError: " % log_ts_iso(t), *msg]
    if pairs:
        kk, v = pairs[0]
        out += [" errors: [ ValidationErrorItem { message: '%s failed validation', type: 'Validation error', path: '%s', value: " % (lcamel(kk), lcamel(kk)),
                "'" if not _is_num(v) else "", _vt(v), "'" if not _is_num(v) else "", ", origin: 'FUNCTION', validatorKey: 'is' } ]"]
        if len(pairs) > 1:
            out += [" instance: ", *render_pairs(pairs[1:], "jsobj")]
    return out


FAMILIES = [
    ("sentry_event_json", fam_sentry_event, 3), ("sentry_breadcrumbs_json", fam_sentry_breadcrumbs, 2),
    ("rollbar_item_json", fam_rollbar, 2), ("bugsnag_event_json", fam_bugsnag, 2),
    ("honeybadger_notice_json", fam_honeybadger, 2), ("raygun_crash_json", fam_raygun, 2),
    ("datadog_apm_span_json", fam_datadog_span, 3), ("elastic_apm_intake_ndjson", fam_elastic_apm, 2),
    ("appdynamics_snapshot", fam_appdynamics, 2), ("browser_console", fam_browser_console, 2),
    ("js_onerror_beacon", fam_js_onerror, 2), ("react_native_log", fam_react_native, 2),
    ("ios_crash_report", fam_ios_crash, 2), ("java_spring_exception", fam_java_exception, 2),
    ("dotnet_exception", fam_dotnet_exception, 2), ("python_traceback", fam_python_traceback, 2),
    ("node_error", fam_node_error, 2), ("go_error", fam_go_error, 2), ("graphql_error", fam_graphql_error, 2),
    ("orm_hibernate_binder", fam_orm_hibernate, 2), ("orm_efcore_command", fam_orm_efcore, 1),
    ("orm_sqlalchemy_error", fam_orm_sqlalchemy, 1), ("orm_activerecord_log", fam_orm_activerecord, 1),
    ("orm_sequelize_log", fam_orm_sequelize, 1),
]


# ---------------------------------------------------------------- main
def pick_family():
    total = sum(w for _, _, w in FAMILIES)
    x = R.uniform(0, total)
    acc = 0
    for name, fn, w in FAMILIES:
        acc += w
        if x <= acc:
            return name, fn
    return FAMILIES[-1][0], FAMILIES[-1][1]


def check_line(line, spans, pos):
    assert "\n" not in line and "\r" not in line, line
    b = line.encode("utf-8")
    prev_e = -1
    for sp in sorted(spans, key=lambda x: x["s"]):
        v = sp["_v"]
        assert v, sp
        assert v == v.strip(), ("surrounding spaces", v)
        assert b[sp["s"]:sp["e"]] == v.encode("utf-8"), (line, sp)
        assert sp["s"] >= prev_e, ("overlap", line, sp)
        assert sp["cat"] in CATS, sp
        prev_e = sp["e"]
    if not pos:
        assert not spans, ("PHI in negative line", line, spans)
    if line.startswith("{"):
        json.loads(line)  # JSON families must stay valid JSON


def build():
    kinds = [False] * N_NEG + [True] * (N_LINES - N_NEG)
    R.shuffle(kinds)
    focus_cycle = []
    fam_cycles = {True: [], False: []}
    records = []
    for is_pos in kinds:
        cyc = fam_cycles[is_pos]
        if not cyc:
            cyc.extend((name, fn) for name, fn, w in FAMILIES for _ in range(w))
            R.shuffle(cyc)
        fam_name, fn = cyc.pop()
        if is_pos:
            if not focus_cycle:
                focus_cycle = list(CATS)
                R.shuffle(focus_cycle)
            focus = focus_cycle.pop()
            for _attempt in range(50):
                msg, pairs = plan_pos(focus)
                line, spans = render(fn(True, msg, pairs))
                if any(s["cat"] == focus for s in spans):
                    break
            else:
                raise RuntimeError("could not place focus %s in %s" % (focus, fam_name))
        else:
            msg, pairs = plan_neg()
            line, spans = render(fn(False, msg, pairs))
        check_line(line, spans, is_pos)
        records.append((fam_name, line, sorted(spans, key=lambda x: x["s"])))
    return records


def main():
    records = build()
    assert len(records) == N_LINES
    with open(LOG_PATH, "w", encoding="utf-8", newline="\n") as lf, \
            open(LAB_PATH, "w", encoding="utf-8", newline="\n") as jf:
        for i, (fam, line, spans) in enumerate(records, 1):
            lf.write(line + "\n")
            jf.write(json.dumps({"line": i, "family": fam,
                                 "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in spans]},
                                ensure_ascii=False) + "\n")
    # re-read and re-verify from disk
    with open(LOG_PATH, "rb") as f:
        lines = f.read().split(b"\n")
    assert lines[-1] == b"" and len(lines) == N_LINES + 1
    labs = [json.loads(x) for x in open(LAB_PATH, encoding="utf-8")]
    assert len(labs) == N_LINES
    for (fam, line, spans), lab, raw in zip(records, labs, lines):
        assert raw.decode("utf-8") == line
        for sp, ls in zip(spans, lab["spans"]):
            assert raw[ls["s"]:ls["e"]] == sp["_v"].encode("utf-8")
    cat_counts = {c: 0 for c in CATS}
    fam_counts = {}
    n_phi = 0
    for fam, line, spans in records:
        fam_counts[fam] = fam_counts.get(fam, 0) + 1
        if spans:
            n_phi += 1
        for s in spans:
            cat_counts[s["cat"]] += 1
    for c in CATS:
        assert cat_counts[c] >= 8, ("category under-covered", c, cat_counts[c])
    n_neg = N_LINES - n_phi
    assert n_neg == N_NEG, n_neg
    print("lines: %d" % N_LINES)
    print("lines with PHI: %d" % n_phi)
    print("lines without PHI: %d (%.0f%%)" % (n_neg, 100.0 * n_neg / N_LINES))
    print("spans total: %d" % sum(cat_counts.values()))
    print("spans per category:")
    for c in CATS:
        print("  %-12s %d" % (c, cat_counts[c]))
    print("lines per family:")
    for f, _, _ in FAMILIES:
        print("  %-28s %d" % (f, fam_counts.get(f, 0)))


if __name__ == "__main__":
    main()
