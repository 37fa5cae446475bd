#!/usr/bin/env python3
"""Synthetic labeled log corpus 'jy': residential IDD provider (group homes + supported living).

Systems imitated: .NET back office (Serilog text sink and compact JSON/CLEF), Android eMAR tablet
(logcat threadtime), general event reports (JSON + typed narratives), DSP shift notes (English,
Spanish, Haitian Creole), behavior tracking CSV exports, guardian SMS gateway and mail (postfix +
message headers), pharmacy HL7 v2 feed, Medicaid waiver billing (X12 837I), EVV visit records
(Sandata-style JSON and CSV with GPS), state incident portal XML export, van transport logs,
nginx access log of the family portal, Kubernetes/klog and Prometheus noise.

All people, numbers and addresses are synthetic.

Labeling decisions:
- Individuals served (residents/clients), their guardians, parents, siblings, other relatives and
  emergency contacts are labeled. DSPs, nurses, house managers, QIDPs, physicians, pharmacists,
  drivers and any other staff doing their work are never labeled (names, phones, e-mails,
  usernames, badge/employee IDs), nor are businesses, payers, pharmacies, group-home site names.
- Group homes are licensed provider facilities: in site/facility contexts (site tables, shift
  note headers, pharmacy delivery, van destinations) their addresses/phones are business data and
  NOT labeled. Inside a person's own record (837 subscriber N3/N4, HL7 PID-11, EVV client record,
  state export consumer address/county) the address where the individual lives IS labeled, group
  home or not; a supported-living apartment or family home is always labeled. Street (with unit) and city/county are separate 'address' spans, ZIP is 'zip', the
  state is never labeled. GPS coordinates of a visit at the person's residence are 'address'
  (a "lat,lon" pair written together is one span; separate fields are two spans).
- Provider-internal client record numbers (IND-xxxxxx, numeric individualId/ClientID,
  pharmacy patient ID in PID-3) -> mrn. Medicaid IDs, Medicare MBI, MCO member IDs -> health_plan.
- Event report numbers (GER-...), state incident numbers, EVV visit IDs, payer claim control
  numbers (REF*F8) and family-portal usernames -> other_id. CLM01 patient control numbers,
  personal-funds bank accounts and benefit debit card numbers -> account.
- Van trip logs carry only log timestamps (not labeled); trip numbers, van plates/VINs and
  driver logins are operational and not labeled; rider IDs/initials are.
- System-generated UUIDs, trace/span IDs, message SIDs, queue IDs, batch/trip/order numbers are
  NOT labeled even when a row is about one person.
- Dates tied to a person (birth, admission, discharge, incident, service/visit date-times,
  appointment, order discontinue date, dose due date-time, behavior event date) -> date. Log
  timestamps, file/transaction creation dates (ISA/GS/BHT, MSH-7), drug lot expiry dates and
  bare times without a date are NOT labeled. A date+time written together is one span.
- Ages are labeled only when over 89. Masked values (****4471, last-4) are not labeled.
- Names are labeled in every written form (full, "Last, First", upper/lower case, first name
  alone, "First L.", initials like "W.D."); X12/HL7 name components are labeled per component
  (X12) or as the whole ^-joined component group (HL7). HL7 XTN area code and local number are two
  phone spans.
- Identifiers embedded in URLs/paths/query strings are labeled as the identifier itself, not the
  whole URL (query-filter dates such as from=2024-03-01 are not person dates); 'url' is used only for personal URLs (fundraiser/CaringBridge/social pages).
- Public IPs of guardians/family using the portal or replying to messages -> ip. Internal
  10.x/172.x addresses, mail relays and staff IPs are not labeled.
- Provider-owned tablets, vans (plates, VINs), scanners are not labeled; a resident's own
  medical device serials (VNS generator, seizure watch, CPAP, hearing aid) -> device; a
  relative's car plate/VIN at pickup -> vehicle; a resident's state ID card number or a
  relative's driver licence -> license; base64 face images -> photo; fingerprint (ISO FMR)
  templates -> biometric.
"""
import base64
import json
import re
import random
from datetime import datetime, date, timedelta
from pathlib import Path

R = random.Random(20240311)
HERE = Path(__file__).resolve().parent
ID = "jy"


# ----------------------------------------------------------------------------- line builder
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += str(s).encode("utf-8")
        return self

    def p(self, s, cat):
        s = str(s)
        if cat is None:
            return self.t(s)
        b = s.encode("utf-8")
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, st + len(b), cat, s))
        return self

    def f(self, tmpl, **kv):
        """template with {key}; kv values are str (plain) or (value, cat)."""
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", tmpl):
            self.t(tmpl[pos:m.start()])
            v = kv[m.group(1)]
            if isinstance(v, tuple):
                self.p(v[0], v[1])
            else:
                self.t(v)
            pos = m.end()
        self.t(tmpl[pos:])
        return self


class P:
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


def jw(L, o, sep=(",", ":")):
    if isinstance(o, dict):
        L.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k, ensure_ascii=False) + sep[1])
            jw(L, v, sep)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(sep[0])
            jw(L, v, sep)
        L.t("]")
    elif isinstance(o, P):
        if isinstance(o.v, str):
            enc = json.dumps(o.v, ensure_ascii=False)
            assert enc[1:-1] == o.v, o.v
            L.t('"').p(o.v, o.cat).t('"')
        else:
            L.p(json.dumps(o.v), o.cat)
    else:
        L.t(json.dumps(o, ensure_ascii=False))


# ----------------------------------------------------------------------------- clock/time
BASE = datetime(2024, 3, 11, 5, 40, 3, 120000)


class Clock:
    def __init__(self):
        self.t = BASE

    def tick(self, lo=2, hi=70):
        self.t += timedelta(seconds=R.randint(lo, hi), microseconds=R.randint(0, 999999))
        return self.t


CL = Clock()


def ms(t):
    return f"{t.microsecond // 1000:03d}"


def ts_serilog(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t) + " -04:00"


def ts_clef(t):
    u = t + timedelta(hours=4)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{u.microsecond:06d}" + str(R.randint(0, 9)) + "Z"


def ts_logcat(t):
    return t.strftime("%m-%d %H:%M:%S.") + ms(t)


def ts_nginx(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0400")


def ts_syslog(t):
    return t.strftime("%b %d %H:%M:%S")


def ts_klog(t):
    u = t + timedelta(hours=4)
    return u.strftime("%m%d %H:%M:%S.") + f"{u.microsecond:06d}"


def iso_utc(t):
    u = t + timedelta(hours=4)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


def digits(n, first_nonzero=True):
    s = str(R.randint(1, 9)) if first_nonzero else str(R.randint(0, 9))
    return s + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


def luhn_complete(prefix, length=16):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


# ----------------------------------------------------------------------------- formatting
def asc(s):
    import unicodedata
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def fdate(d, style=None):
    style = style or R.choice(["iso", "us", "us2", "usn", "compact", "mon", "dmy"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us2":
        return d.strftime("%m/%d/%y")
    if style == "usn":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "usn2":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "mon":
        return d.strftime("%b %d, %Y").replace(" 0", " ")
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "long":
        return d.strftime("%B %d, %Y").replace(" 0", " ")
    if style == "dmon":
        return d.strftime("%d-%b-%Y").upper()
    raise ValueError(style)


def fphone(p, style=None):
    a, b, c = p[:3], p[3:6], p[6:]
    style = style or R.choice(["paren", "dash", "dot", "plain", "e164", "intl", "one"])
    return {
        "paren": f"({a}) {b}-{c}",
        "dash": f"{a}-{b}-{c}",
        "dot": f"{a}.{b}.{c}",
        "plain": p,
        "e164": f"+1{p}",
        "intl": f"+1 {a} {b} {c}",
        "one": f"1-{a}-{b}-{c}",
    }[style]


# ----------------------------------------------------------------------------- people
def mk(first, last, mid, sex, dob, gfirst, glast, grel, gphone, gemail, lang="en",
       site=None, home=None, **extra):
    c = dict(first=first, last=last, mid=mid, sex=sex, dob=dob, g=dict(first=gfirst, last=glast,
             rel=grel, phone=gphone, email=gemail), lang=lang, site=site, home=home)
    c["mcd"] = digits(10)
    c["ind"] = f"IND-{R.randint(1000, 9999):06d}"
    c["num"] = R.randint(30000, 59999)
    c["ssn"] = f"{R.randint(101, 665)}-{R.randint(10, 99)}-{R.randint(1001, 9998)}"
    c["pharm"] = f"SLTC{digits(7)}"
    c["acct"] = f"BP{digits(8)}"
    c.update(extra)
    return c


CLIENTS = [
    mk("Wilner", "Dorvil", "Jacques", "M", date(1988, 6, 14), "Mirlande", "Dorvil", "mother",
       "3056814419", "mirlande.dorvil@gmail.com", "ht", site="MAPLE",
       device=("VNS Therapy SenTiva 1000", "SN 61822")),
    mk("Marie-Claude", "Jean-Baptiste", "Nadia", "F", date(1979, 11, 2), "Fabiola", "Jean-Baptiste",
       "sister", "7862903317", "fabi.jb79@hotmail.com", "ht",
       home=("1420 NE 135th St Apt 12", "North Miami", "Miami-Dade", "33161", 25.8993, -80.1822)),
    mk("Luis Ángel", "de la Cruz Ortiz", "", "M", date(1995, 2, 27), "Rafael", "de la Cruz",
       "father", "4078813025", "rdelacruz.ortiz@yahoo.com", "es", site="CYPRS",
       gfax="4078813099"),
    mk("Lan", "Nguyen", "Thi", "F", date(1983, 8, 9), "Minh", "Nguyen", "brother", "9544471180",
       "minh.nguyen.fl@gmail.com", site="MNGRV"),
    mk("Abdirahman", "Warsame", "Yusuf", "M", date(2001, 4, 30), "Hodan", "Farah", "mother",
       "4072261954", "hodanfarah22@gmail.com",
       home=("3310 W Oak Ridge Rd Unit 4B", "Orlando", "Orange", "32809", 28.4713, -81.4239)),
    mk("Katarzyna", "Wiśniewska", "Maria", "F", date(1990, 12, 18), "Halina", "Wiśniewska",
       "mother", "9548039921", "halina.wisniewska@outlook.com", site="MNGRV"),
    mk("Ruth Ellen", "Abernathy", "", "F", date(1932, 5, 21), "Gordon", "Pruitt", "nephew",
       "3217704462", "gpruitt.law@icloud.com", site="BANYN", mbi="3QK7-WE2-TN48", age=91),
    mk("Tyrell", "Washington-Banks", "D", "M", date(1998, 9, 5), "Sharonda", "Banks", "mother",
       "7865529014", "sharondabanks@aol.com", site="CYPRS"),
    mk("Priya", "Venkataraman", "", "F", date(1992, 1, 23), "Lakshmi", "Venkataraman", "mother",
       "4079275513", "lvenkat1961@gmail.com",
       home=("7721 Pinewood Cir", "Kissimmee", "Osceola", "34747", 28.3296, -81.5884),
       device=("ResMed AirSense 10 CPAP", "23182754309")),
    mk("Jan-Willem", "van der Berg", "", "M", date(1986, 3, 3), "Annelies", "van der Berg-Smit",
       "sister", "3052147706", "annelies.vdberg@gmail.com", site="MAPLE"),
    mk("Samira", "Al-Masri", "", "F", date(1997, 7, 19), "Khaled", "Al-Masri", "father",
       "9546120347", "k.almasri@comcast.net", site="MNGRV"),
    mk("Chinedu", "Okonkwo", "Emeka", "M", date(1985, 10, 11), "Ngozi", "Okonkwo-Eze", "sister",
       "3054419082", "ngozi.eze@gmail.com",
       home=("2950 NW 79th St Apt 7", "Miami", "Miami-Dade", "33147", 25.8467, -80.2451)),
    mk("Min-jun", "Park", "", "M", date(2000, 5, 15), "Eun-ji", "Park", "mother", "4075539810",
       "eunji.park0515@naver.com", site="BANYN"),
    mk("Guadalupe", "Reyes Hernández", "", "F", date(1975, 4, 4), "Ernesto", "Reyes", "brother",
       "7863318820", "ereyes.hialeah@gmail.com", "es", site="CYPRS",
       url="https://www.gofundme.com/f/wheelchair-van-for-lupita-reyes"),
    mk("Jean-Robert", "Pierre-Louis", "", "M", date(1969, 12, 25), "Yvrose", "Pierre-Louis",
       "sister", "3058902274", "yvrose.pl@yahoo.fr", "ht", site="MAPLE"),
    mk("Aleksandr", "Volkov", "Igorevich", "M", date(1993, 6, 1), "Tatiana", "Volkova", "mother",
       "9542280613", "tvolkova93@mail.ru", site="MNGRV"),
    mk("Keanu", "Kahananui", "", "M", date(1999, 8, 22), "Leilani", "Kahananui", "aunt",
       "4073094418", "leilani.k@gmail.com",
       home=("118 Sand Lake Ct", "Orlando", "Orange", "32819", 28.4501, -81.4789),
       device=("Empatica Embrace2 seizure watch", "EMB2-3F9A11C7")),
    mk("Beatriz", "Sousa-Lima", "", "F", date(1981, 2, 14), "Joana", "Sousa", "mother",
       "3052718844", "joanasousa.lima@gmail.com", site="CYPRS"),
    mk("Darnell", "McKinney", "", "M", date(1977, 7, 7), "Loretta", "McKinney", "mother",
       "7864020155", "lorettamck@bellsouth.net", site="MAPLE",
       url="https://www.caringbridge.org/visit/darnellmckinney"),
    mk("Yasmin", "El Idrissi", "", "F", date(1996, 10, 30), "Rachid", "El Idrissi", "father",
       "9543387261", "rachid.elidrissi@gmail.com", site="MNGRV"),
]
SL = [c for c in CLIENTS if c["home"]]
GH = [c for c in CLIENTS if c["site"]]
for c in CLIENTS:
    c["user"] = (c["g"]["first"][0] + re.sub(r"[^a-z]", "", c["g"]["last"].lower()) + str(R.randint(1, 99))).lower()
    c["ip"] = R.choice([f"73.{R.randint(10, 250)}.{R.randint(1, 250)}.{R.randint(2, 250)}",
                        f"98.{R.randint(10, 250)}.{R.randint(1, 250)}.{R.randint(2, 250)}",
                        f"174.{R.randint(192, 250)}.{R.randint(1, 250)}.{R.randint(2, 250)}",
                        f"108.{R.randint(10, 250)}.{R.randint(1, 250)}.{R.randint(2, 250)}"])
    c["stateid"] = f"{c['last'][0].upper()}{digits(3, False)}-{digits(3, False)}-{digits(2, False)}-{digits(3, False)}-0"
    c["card"] = luhn_complete("511563")
    c["bank"] = digits(R.choice([10, 11, 12]))
    c["phone"] = R.choice(["305", "786", "407", "321"]) + str(R.randint(2, 9)) + digits(6, False) if c["home"] else None

SITES = {
    "MAPLE": ("Maple House", "1187 NE 149th St, North Miami Beach, FL 33162", "3056220131"),
    "CYPRS": ("Cypress Court", "4410 SW 92nd Ave, Miami, FL 33165", "3056220132"),
    "BANYN": ("Banyan Place", "912 Palmetto Ln, Kissimmee, FL 34741", "4079330188"),
    "MNGRV": ("Mangrove Cottage", "6350 Harbor Blvd, Hollywood, FL 33023", "9549610144"),
}

STAFF = [  # (first, last, role, username)
    ("Keisha", "Robinson", "DSP", "krobinson"), ("Dwayne", "Pryor", "DSP", "dpryor"),
    ("Rosa Elena", "Maldonado", "DSP", "rmaldonado"), ("Jean-Claude", "Toussaint", "DSP", "jtoussaint"),
    ("Nadège", "Célestin", "DSP", "ncelestin"), ("Marisol", "Ybarra", "DSP", "mybarra"),
    ("Oluwaseun", "Adeyemi", "DSP", "oadeyemi"), ("Tamika", "Greene", "LPN", "tgreene"),
    ("Anthony", "DiStefano", "RN", "adistefano"), ("Brian", "Kowalczyk", "House Manager", "bkowalczyk"),
    ("Farah", "Siddiqui", "QIDP", "fsiddiqui"), ("Kervens", "Augustin", "DSP", "kaugustin"),
    ("Mercedes", "Villalobos", "DSP", "mvillalobos"), ("Trevor", "Lindqvist", "Driver", "tlindqvist"),
]
DSPS = [s for s in STAFF if s[2] == "DSP"]
NURSES = [s for s in STAFF if s[2] in ("LPN", "RN")]
DOCS = ["Dr. Haddad (neuro)", "Dr. Okafor-Lewis", "Dr. Saperstein DDS", "Dr. Ramírez PCP",
        "Dr. Tran (psych)"]

MEDS = [("Levetiracetam", "500 mg tab"), ("Risperidone", "1 mg tab"), ("Divalproex ER", "500 mg"),
        ("Sertraline", "50 mg tab"), ("Metformin", "500 mg"), ("Polyethylene glycol", "17 g pwd"),
        ("Lorazepam", "0.5 mg tab PRN"), ("Omeprazole", "20 mg cap"), ("Cholecalciferol", "2000 IU"),
        ("Docusate sodium", "100 mg cap"), ("Levothyroxine", "75 mcg tab"), ("Lamotrigine", "100 mg"),
        ("Aripiprazole", "5 mg tab"), ("Guanfacine ER", "1 mg"), ("Melatonin", "3 mg"),
        ("Oxcarbazepine", "300 mg"), ("Glycopyrrolate", "1 mg tab"), ("Clonazepam", "0.5 mg ODT")]
NDCS = ["0378-1805-01", "50111-0434-01", "0093-7180-56", "68180-0352-06", "0904-6291-61",
        "16714-0941-01", "0591-0240-01", "62175-0136-37"]


def nm(c, style=None):
    f, l = c["first"], c["last"]
    style = style or R.choice(["fl", "lf", "LF", "FL", "low", "fi", "if", "f", "lfm", "init"])
    if style == "fl":
        return f"{f} {l}"
    if style == "lf":
        return f"{l}, {f}"
    if style == "LF":
        return f"{l.upper()}, {f.upper()}"
    if style == "FL":
        return f"{f} {l}".upper()
    if style == "low":
        return f"{f} {l}".lower()
    if style == "fi":
        return f"{f.split()[0]} {l[0]}."
    if style == "if":
        return f"{f[0]}. {l}"
    if style == "f":
        return f.split()[0]
    if style == "lfm":
        return f"{l}, {f} {c['mid'][0]}." if c["mid"] else f"{l}, {f}"
    if style == "init":
        return f"{f[0]}.{l[0].upper()}."
    raise ValueError(style)


def gn(c, style=None):
    g = c["g"]
    style = style or R.choice(["fl", "lf", "fl", "Mrs", "f"])
    if style == "fl":
        return f"{g['first']} {g['last']}"
    if style == "lf":
        return f"{g['last']}, {g['first']}"
    if style == "Mrs":
        t = "Ms." if c["g"]["rel"] in ("mother", "sister", "aunt") else "Mr."
        return f"{t} {g['last']}"
    if style == "f":
        return g["first"]
    raise ValueError(style)


def staff_name(s=None, style=None):
    s = s or R.choice(STAFF)
    style = style or R.choice(["fl", "fi", "f"])
    if style == "fl":
        return f"{s[0]} {s[1]}"
    if style == "fi":
        return f"{s[0].split()[0]} {s[1][0]}."
    return s[0].split()[0]


def pron(c):
    return ("he", "his", "him") if c["sex"] == "M" else ("she", "her", "her")


def rand_inc_day():
    return date(2024, 3, R.randint(4, 10))


def dt_in(d, h=None, m=None):
    return datetime(d.year, d.month, d.day, h if h is not None else R.randint(6, 22),
                    m if m is not None else R.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]))


GER_SEQ = [417]


def ger_no():
    GER_SEQ[0] += R.randint(1, 6)
    return f"GER-2024-{GER_SEQ[0]:05d}"


def irn():
    return f"IR{R.choice(['24', '2024-'])}{R.randint(30000, 39999):06d}"


def fake_jpeg_b64(n=240):
    raw = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300") + bytes(
        R.randint(0, 255) for _ in range(n))
    return base64.b64encode(raw).decode()


def fmr_b64(n=96):
    raw = b"FMR\x00 20\x00" + bytes(R.randint(0, 255) for _ in range(n))
    return base64.b64encode(raw).decode()


# ============================================================================ generators
# Each returns a list of Line objects.

# ---------------------------------------------------------------- Serilog text (.NET back office)
def serilog_noise():
    t = CL.tick()
    L = Line("serilog_text")
    ts = ts_serilog(t)
    k = R.randrange(16)
    if k == 0:
        path = R.choice(["/health/ready", "/health/live", "/metrics", "/api/v2/sites", "/hangfire/stats"])
        L.t(f"{ts} [INF] HTTP GET {path} responded 200 in {R.uniform(0.8, 40):.4f} ms")
    elif k == 1:
        L.t(f"{ts} [INF] Executed DbCommand ({R.randint(1, 90)}ms) [Parameters=[@__siteId_0='{R.randint(1, 14)}', "
            f"@__from_1='{(t - timedelta(hours=2)).strftime('%Y-%m-%dT%H:%M:%S')}' (DbType = DateTime2)], CommandType='Text', CommandTimeout='30']")
        return [L] + [Line("serilog_text").t(x) for x in [
            "SELECT [m].[Id], [m].[IndividualId], [m].[OrderId], [m].[DueAt], [m].[Status]",
            "FROM [emar].[MarEntries] AS [m]",
            "WHERE [m].[SiteId] = @__siteId_0 AND [m].[DueAt] >= @__from_1 AND [m].[Status] = 0"]]
    elif k == 2:
        L.t(f"{ts} [INF] Job MissedDoseSweepJob finished in {R.randint(300, 2400)} ms: sites=14 entriesChecked={R.randint(150, 420)} alertsRaised={R.randint(0, 4)} escalations={R.randint(0, 1)}")
    elif k == 3:
        L.t(f"{ts} [WRN] Polly retry {R.randint(1, 4)}/5 for PharmacyFeedClient after {R.choice([200, 400, 800, 1600])}ms: HttpRequestException: Connection refused (hl7gw.sunriseltc.example:7443)")
    elif k == 4:
        L.t(f"{ts} [DBG] Claim batch 837I-{t:%Y%m%d}-{R.randint(1, 4):02d} built: claims={R.randint(20, 60)} serviceLines={R.randint(150, 480)} total=${R.randint(40000, 140000):,}.{R.randint(0, 99):02d} isa13={R.randint(4000, 4999):09d}")
    elif k == 5:
        L.t(f"{ts} [INF] Server brightpath-bo-{hexs(4)}:{R.randint(1, 9)}:{uuid4()[:8]} successfully announced in {R.uniform(5, 150):.1f} ms")
    elif k == 6:
        L.t(f"{ts} [INF] EVV aggregator upload accepted: batch=EVV-B-{R.randint(7000, 7999)} records={R.randint(40, 190)} rejected={R.choice([0, 0, 0, 1, 2])} elapsedMs={R.randint(600, 4000)}")
    elif k == 7:
        L.t(f"{ts} [INF] Options bound: MissedDose:GraceMinutes=60 MissedDose:EscalateAfterMinutes=120 Notifications:Sms:From=+13056220100 Notifications:Email:From=notify@brightpathcl.org")
    elif k == 8:
        s = R.choice(STAFF)
        L.t(f"{ts} [INF] User {s[3]}@brightpathcl.org signed in (role={s[2].replace(' ', '')}, site={R.choice(list(SITES))}, mfa=totp)")
    elif k == 9:
        L.t(f"{ts} [INF] Request finished HTTP/1.1 POST http://bo-api:8080/api/v2/mar/administrations/batch - 202 0 null {R.uniform(5, 300):.4f}ms")
    elif k == 10:
        L.t(f"{ts} [ERR] Failed executing DbCommand ({R.randint(30000, 30100)}ms) Timeout expired. TraceId={hexs(32)} SpanId={hexs(16)}")
        return [L] + [Line("serilog_text").t(x) for x in [
            "Microsoft.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.",
            "   at Microsoft.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)",
            f"   at Brightpath.Reporting.BehaviorExport.RunAsync(CancellationToken ct) in /src/Brightpath.Reporting/BehaviorExport.cs:line {R.randint(60, 300)}",
            f"ClientConnectionId:{uuid4()}"]]
    elif k == 11:
        L.t(f"{ts} [INF] Now listening on: http://[::]:8080")
    elif k == 12:
        L.t(f"{ts} [INF] Pharmacy feed: {R.randint(5, 60)} RDE^O11 messages processed, {R.randint(0, 3)} NAK, lag {R.randint(1, 40)}s")
    elif k == 13:
        L.t(f"{ts} [WRN] Certificate for sftp.ahca-evv.example expires in {R.randint(5, 29)} days (thumbprint {hexs(40).upper()})")
    elif k == 14:
        s = R.choice(NURSES)
        L.t(f"{ts} [INF] On-call rotation loaded: nurse={s[0]} {s[1]} {s[2]} phone=305-622-0147 ext {R.randint(10, 40)} until 19:00")
    else:
        L.t(f"{ts} [INF] Hosting environment: Production; Content root path: /app; Version 4.{R.randint(10, 19)}.{R.randint(0, 9)}+{hexs(7)}")
    return [L]


def serilog_phi():
    t = CL.tick()
    ts = ts_serilog(t)
    c = R.choice(CLIENTS)
    L = Line("serilog_text")
    k = R.randrange(14)
    med = R.choice(MEDS)
    if k == 0:
        due = dt_in(t.date(), R.choice([6, 7, 8, 8, 12, 17, 20]), 0)
        L.f("{ts} [WRN] Brightpath.Emar.Alerts.MissedDoseEvaluator: Missed dose for {ind} ({name}): {med} due {due} not documented within 60 min; escalated to on-call {nurse}",
            ts=ts, ind=(c["ind"], "mrn"), name=(nm(c, R.choice(["lf", "LF", "fl"])), "name"),
            med=f"{med[0]} {med[1]}", due=(due.strftime("%Y-%m-%d %H:%M"), "date"), nurse=staff_name(R.choice(NURSES), "fl"))
    elif k == 1:
        L.f("{ts} [INF] Brightpath.Notifications.GuardianNotifier: Queued SMS to {ph} for individual {ind} re {ger} (template=EventNotice.{lang})",
            ts=ts, ph=(fphone(c["g"]["phone"], "e164"), "phone"), ind=(c["ind"], "mrn"), ger=(ger_no(), "other_id"), lang=c["lang"])
    elif k == 2:
        d = date(2024, 2, R.randint(1, 29))
        L.f("{ts} [ERR] Brightpath.Billing.ClaimStatusProcessor: 277CA rejected claim {acct}: A7:562 subscriber Medicaid ID {mcd} not eligible on DOS {dos}",
            ts=ts, acct=(c["acct"], "account"), mcd=(c["mcd"], "health_plan"), dos=(fdate(d, "compact"), "date"))
    elif k == 3:
        adm = date(R.randint(2009, 2023), R.randint(1, 12), R.randint(1, 28))
        L.f('{ts} [INF] Brightpath.Intake.AdmissionService: Admission completed for "{name}" DOB {dob} admitted {adm} to site {site}, Medicaid {mcd}',
            ts=ts, name=(nm(c, "fl"), "name"), dob=(fdate(c["dob"], "us"), "date"), adm=(fdate(adm, "iso"), "date"),
            site=c["site"] or "SL-" + c["home"][1][:3].upper(), mcd=(c["mcd"], "health_plan"))
    elif k == 4:
        L.f('{ts} [WRN] Brightpath.Intake.DuplicateDetector: Possible duplicate individual "{name}" ({dob}) matches existing {ind} score=0.{sc}',
            ts=ts, name=(nm(c, R.choice(["LF", "lf"])), "name"), dob=(fdate(c["dob"], "iso"), "date"), ind=(c["ind"], "mrn"), sc=str(R.randint(86, 99)))
    elif k == 5:
        L.f("{ts} [INF] Brightpath.Finance.PersonalFunds: Deposit posted for {ind}: SSI ${amt} to account {bank} (routing 063107513), rep payee ledger balance ${bal}",
            ts=ts, ind=(c["ind"], "mrn"), amt=f"{R.randint(700, 943)}.00", bank=(c["bank"], "account"), bal=f"{R.randint(100, 4000)}.{R.randint(0, 99):02d}")
    elif k == 6:
        dc = date(2024, 3, R.randint(1, 10))
        oid = R.randint(70000, 79999)
        L.f("{ts} [ERR] Brightpath.Emar.Api.AdministrationsController: Cannot record administration: order {oid} for individual '{ind}' was discontinued on {dc}",
            ts=ts, oid=str(oid), ind=(c["ind"], "mrn"), dc=(fdate(dc, "iso"), "date"))
        return [L] + [Line("serilog_text").t(x) for x in [
            f"System.InvalidOperationException: Order {oid} is not active.",
            f"   at Brightpath.Emar.Domain.MarEntry.Administer(AdministrationCommand cmd) in /src/Brightpath.Emar/Domain/MarEntry.cs:line {R.randint(100, 300)}",
            "   at Brightpath.Emar.Api.AdministrationsController.PostAsync(AdministrationDto dto, CancellationToken ct)"]]
    elif k == 7:
        L.f("{ts} [INF] Brightpath.Portal.FamilyAccess: Family portal login ok user={u} ip={ip} individual={ind}",
            ts=ts, u=(c["user"], "other_id"), ip=(c["ip"], "ip"), ind=(c["ind"], "mrn"))
    elif k == 8:
        L.f('{ts} [WRN] Brightpath.Portal.FamilyAccess: Failed login for "{u}" from {ip} ({n}/5)',
            ts=ts, u=(c["g"]["email"], "email"), ip=(c["ip"], "ip"), n=str(R.randint(1, 4)))
    elif k == 9:
        L.f("{ts} [INF] Brightpath.Reporting.StateIrExporter: Event {ger} ({name}) exported to state portal as {irn}",
            ts=ts, ger=(ger_no(), "other_id"), name=(nm(c, R.choice(["fi", "fl", "lf"])), "name"), irn=(irn(), "other_id"))
    elif k == 10:
        c = R.choice(SL)
        h = c["home"]
        cin = dt_in(t.date(), R.choice([7, 8, 9]), R.randint(0, 59))
        L.f("{ts} [DBG] Brightpath.Evv.VisitMatcher: Visit {v} member {mcd} check-in {cin} gps=({gps}) distance {d}m from service address OK",
            ts=ts, v=(f"V{digits(9)}", "other_id"), mcd=(c["mcd"], "health_plan"),
            cin=(cin.strftime("%Y-%m-%dT%H:%M:00-04:00"), "date"),
            gps=(f"{h[4] + R.uniform(-0.0004, 0.0004):.5f},{h[5] + R.uniform(-0.0004, 0.0004):.5f}", "address"), d=str(R.randint(4, 90)))
    elif k == 11:
        c = R.choice(SL)
        h = c["home"]
        L.f("{ts} [WRN] Brightpath.Evv.VisitMatcher: Check-out for visit {v} is {km} km from address on file {st}, {city} {zip}; flagged for supervisor review",
            ts=ts, v=(f"V{digits(9)}", "other_id"), km=f"{R.uniform(0.6, 9):.1f}", st=(h[0], "address"), city=(h[1], "address"), zip=(h[3], "zip"))
    elif k == 12:
        L.f("{ts} [INF] Brightpath.Emar.Sync.SnapshotService: Saved IndividualDto { Id: \"{ind}\", LastName: \"{ln}\", FirstName: \"{fn}\", DateOfBirth: {dob}, SiteCode: \"{site}\", Allergies: [\"{al}\"] }",
            ts=ts, ind=(c["ind"], "mrn"), ln=(c["last"], "name"), fn=(c["first"], "name"),
            dob=(c["dob"].strftime("%m/%d/%Y 00:00:00"), "date"), site=c["site"] or "SL", al=R.choice(["Penicillin", "Latex", "NKDA", "Sulfa"]))
    else:
        L.f("{ts} [INF] Brightpath.Emar.Alerts.MissedDoseEvaluator: Alert cleared for {name}: late administration documented by {staff}, reason \"{r}\"",
            ts=ts, name=(nm(c, R.choice(["fl", "lf", "fi"])), "name"), staff=staff_name(R.choice(DSPS), "fl"),
            r=R.choice(["at day program", "asleep, offered at 8:40", "refused then accepted", "at dentist"]))
    return [L]


# ---------------------------------------------------------------- Serilog compact JSON (CLEF)
def clef_base(t, mt, level=None, ctx="Brightpath.BackOffice"):
    o = {"@t": ts_clef(t), "@mt": mt}
    if level:
        o["@l"] = level
    return o


def clef_noise():
    t = CL.tick()
    L = Line("serilog_clef")
    k = R.randrange(7)
    if k == 0:
        el = round(R.uniform(0.5, 80), 4)
        o = clef_base(t, "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms")
        o.update({"@r": [f"{el:.4f}"], "RequestMethod": "GET", "RequestPath": R.choice(["/health", "/api/v2/sites", "/api/v2/alerts/open"]),
                  "StatusCode": 200, "Elapsed": el, "SourceContext": "Serilog.AspNetCore.RequestLoggingMiddleware",
                  "RequestId": f"0HN1{hexs(8).upper()}:0000000{R.randint(1, 9)}", "TraceId": hexs(32), "SpanId": hexs(16)})
    elif k == 1:
        o = clef_base(t, "Hangfire job {JobId} {JobType} succeeded in {ElapsedMs} ms")
        o.update({"JobId": str(R.randint(180000, 190000)), "JobType": R.choice(["EvvExportJob", "MissedDoseSweepJob", "GuardianDigestJob", "ClaimScrubberJob"]),
                  "ElapsedMs": R.randint(40, 9000), "SourceContext": "Hangfire.Server.Worker", "MachineName": f"bo-worker-{R.randint(1, 3)}"})
    elif k == 2:
        o = clef_base(t, "Twilio rate limit window {Window}: {Sent} sent, {Queued} queued", "Debug")
        o.update({"Window": "00:01:00", "Sent": R.randint(0, 30), "Queued": R.randint(0, 8), "SourceContext": "Brightpath.Notifications.SmsDispatcher"})
    elif k == 3:
        o = clef_base(t, "Claim {ClaimId} scrubbed: {EditCount} edits, payer {PayerId}")
        o.update({"ClaimId": R.randint(900000, 999999), "EditCount": R.randint(0, 3), "PayerId": R.choice(["77027", "SMSFL", "FLMCD"]),
                  "SourceContext": "Brightpath.Billing.ClaimScrubber"})
    elif k == 4:
        o = clef_base(t, "Redis connection restored to {Endpoint} after {Seconds}s", "Warning")
        o.update({"Endpoint": "redis-master.bp-prod.svc.cluster.local:6379", "Seconds": R.randint(1, 30), "SourceContext": "Brightpath.Caching"})
    elif k == 5:
        o = clef_base(t, "Outbox dispatched {Count} messages to {Topic}")
        o.update({"Count": R.randint(1, 70), "Topic": R.choice(["mar.administrations", "events.ger", "notifications.outbound"]),
                  "SourceContext": "Brightpath.Messaging.OutboxDispatcher", "ActivityId": f"00-{hexs(32)}-{hexs(16)}-01"})
    else:
        o = clef_base(t, "Feature flag {Flag} evaluated to {Value} for site {Site}")
        o.update({"Flag": R.choice(["emar.barcode.strict", "ger.creole.templates", "evv.geofence.v2"]), "Value": R.choice([True, False]),
                  "Site": R.choice(list(SITES)), "SourceContext": "Brightpath.Features"})
    jw(L, o)
    return [L]


def clef_phi():
    t = CL.tick()
    L = Line("serilog_clef")
    c = R.choice(CLIENTS)
    k = R.randrange(6)
    if k == 0:
        med = R.choice(MEDS)
        due = dt_in(t.date(), R.choice([7, 8, 8, 12]), 0)
        o = clef_base(t, "Missed dose alert {AlertId} for {IndividualId} {MedicationName} due {DueAt}", "Warning")
        o.update({"AlertId": uuid4(), "IndividualId": P(c["ind"], "mrn"), "IndividualName": P(nm(c, R.choice(["fl", "lf"])), "name"),
                  "MedicationName": f"{med[0]} {med[1]}", "DueAt": P(due.strftime("%Y-%m-%dT%H:%M:%S-04:00"), "date"),
                  "SiteCode": c["site"] or "SL", "EscalationLevel": R.randint(1, 2), "SourceContext": "Brightpath.Emar.Alerts.MissedDoseEvaluator"})
    elif k == 1:
        o = clef_base(t, "Notification {NotificationId} delivered via {Channel} to {Recipient}")
        if R.random() < 0.5:
            o.update({"NotificationId": uuid4(), "Channel": "Email", "Recipient": P(c["g"]["email"], "email")})
        else:
            o.update({"NotificationId": uuid4(), "Channel": "Sms", "Recipient": P(fphone(c["g"]["phone"], "e164"), "phone")})
        o.update({"RecipientName": P(gn(c, "fl"), "name"), "Relationship": c["g"]["rel"], "IndividualId": P(c["ind"], "mrn"),
                  "SourceContext": "Brightpath.Notifications.GuardianNotifier"})
    elif k == 2:
        occ = dt_in(rand_inc_day())
        s = R.choice(DSPS)
        o = clef_base(t, "Event report {ReportNumber} submitted by {SubmittedBy}")
        o.update({"ReportNumber": P(ger_no(), "other_id"), "EventType": R.choice(["Fall", "Injury", "Elopement", "Restraint", "MedicationError"]),
                  "SubmittedBy": f"{s[0]} {s[1]}", "IndividualId": P(c["num"], "mrn"),
                  "OccurredAt": P(occ.strftime("%Y-%m-%dT%H:%M:00"), "date"), "SourceContext": "Brightpath.Events.GerService"})
    elif k == 3:
        o = clef_base(t, "Portal document {DocumentType} viewed by {PortalUser}")
        o.update({"DocumentType": R.choice(["MonthlySummary", "ISP", "MAR", "EventReport"]), "PortalUser": P(c["user"], "other_id"),
                  "ClientIp": P(c["ip"], "ip"), "IndividualId": P(c["ind"], "mrn"), "SourceContext": "Brightpath.Portal.Documents"})
    elif k == 4:
        L.t("{")
        L.t(f'"@t":"{ts_clef(t)}","@mt":"Eligibility check failed for {{IndividualId}}","@l":"Error","@x":"System.ArgumentException: Medicaid ID \'')
        L.p(c["mcd"], "health_plan").t("' rejected by 270/271 for member ").p(nm(c, "LF"), "name").t(" DOB ").p(fdate(c["dob"], "compact"), "date")
        L.t(" (AAA*N**72)\\n   at Brightpath.Billing.Eligibility.EligibilityClient.CheckAsync(EligibilityRequest req)\\n   at Brightpath.Billing.Eligibility.MonthlySweep.RunAsync()\",\"IndividualId\":\"")
        L.p(c["ind"], "mrn").t('","SourceContext":"Brightpath.Billing.Eligibility.MonthlySweep"}')
        return [L]
    else:
        o = clef_base(t, "PRN {Medication} administered to {IndividualId}; effectiveness check due {CheckDueAt}")
        given = t - timedelta(minutes=R.randint(1, 20))
        o.update({"Medication": R.choice(["Lorazepam 0.5 mg", "Ibuprofen 400 mg", "Acetaminophen 650 mg", "Diastat 10 mg rectal"]),
                  "IndividualId": P(c["ind"], "mrn"), "GivenAt": P(given.strftime("%Y-%m-%dT%H:%M:%S"), "date"),
                  "CheckDueAt": P((given + timedelta(minutes=30)).strftime("%Y-%m-%dT%H:%M:%S"), "date"), "Reason": R.choice(["agitation", "headache", "seizure > 5 min", "pain L knee"]),
                  "SourceContext": "Brightpath.Emar.Prn"})
    jw(L, o)
    return [L]


# ---------------------------------------------------------------- Android logcat (eMAR tablet)
PID = 6120


def lc(t, lvl, tag, tid=None):
    tid = tid or R.choice([6120, 6187, 6188, 6203, 6241])
    return f"{ts_logcat(t)}  {PID:>5} {tid:>5} {lvl} {tag.ljust(8)}: "


def logcat_noise():
    t = CL.tick(1, 20)
    L = Line("logcat")
    k = R.randrange(12)
    if k == 0:
        L.t(lc(t, "D", "OkHttp") + f"--> POST https://api.brightpathcl.org/emar/v2/administrations/batch ({R.randint(800, 9000)}-byte body)")
    elif k == 1:
        L.t(lc(t, "D", "OkHttp") + f"<-- 202 https://api.brightpathcl.org/emar/v2/administrations/batch ({R.randint(80, 900)}ms, 0-byte body)")
    elif k == 2:
        L.t(lc(t, "I", "WM-WorkerWrapper") + f"Worker result SUCCESS for Work [ id={uuid4()}, tags={{ com.brightpath.emar.sync.MarSyncWorker }} ]")
    elif k == 3:
        L.t(f"{ts_logcat(t)}  1412  1433 I ActivityTaskManager: Displayed com.brightpath.emar/.ui.pass.MedPassActivity: +{R.randint(180, 900)}ms")
    elif k == 4:
        L.t(lc(t, "D", "BarcodeScanner") + f"decoded format=DATA_MATRIX gtin=00{R.choice(NDCS).replace('-', '')[:11]} lot=L{R.randint(1000, 9999)}{R.choice('ABC')} exp={R.choice(['2025-08-31', '2026-01-31', '2025-11-30'])}")
    elif k == 5:
        L.t(lc(t, "E", "SQLiteLog") + "(5) statement aborts at 38: [UPDATE mar_entry SET sync_state=? WHERE id=?] database is locked")
    elif k == 6:
        L.t(f"{ts_logcat(t)}  {PID:>5} {PID:>5} I chatty  : uid=10145(com.brightpath.emar) identical {R.randint(2, 40)} lines")
    elif k == 7:
        L.t(lc(t, "I", "EmarApp") + f"build=3.14.{R.randint(0, 4)} (3140{R.randint(0, 4)}) flavor=prodFl device=SM-T220 serial=R9JT40{hexs(5).upper()} site={R.choice(list(SITES))}")
    elif k == 8:
        L.t(f"{ts_logcat(t)}  1412  2290 D ConnectivityService: NetworkAgentInfo [WIFI () - {R.randint(100, 140)}] validation passed")
    elif k == 9:
        L.t(lc(t, "W", "MedPassVM") + f"pass window {R.choice(['06:00-09:00', '11:00-13:00', '16:00-18:00', '19:00-21:00'])} opened, {R.randint(3, 6)} residents, {R.randint(9, 40)} doses due")
    elif k == 10:
        L.t(lc(t, "I", "AuthRepo") + f"session refreshed user={R.choice(DSPS)[3]} exp_in=3600s")
    else:
        L.t(lc(t, "D", "BatteryStat") + f"level={R.randint(15, 100)}% plugged={R.choice(['AC', 'none'])} temp={R.randint(250, 390)}")
    return [L]


def logcat_phi():
    t = CL.tick(1, 20)
    L = Line("logcat")
    c = R.choice(CLIENTS)
    k = R.randrange(9)
    if k == 0:
        L.t(lc(t, "I", "MedPassVM") + "resident selected id=").p(c["ind"], "mrn").t(" name=").p(nm(c, "fl"), "name").t(f" photoVerified={R.choice(['true', 'false'])}")
    elif k == 1:
        med = R.choice(MEDS)
        L.t(lc(t, "W", "MissedDoseRcvr") + f"ALERT {R.choice(['08:00', '12:00', '20:00'])} {med[0]} {med[1]} for ").p(nm(c, "lfm"), "name").t(f" overdue {R.randint(61, 140)}m -> notify nurse")
    elif k == 2:
        L.t(lc(t, "D", "OkHttp") + '{"individualId":"').p(c["ind"], "mrn").t(f'","orderId":{R.randint(70000, 79999)},"ndc":"{R.choice(NDCS)}","administeredAt":"')
        L.p((t - timedelta(minutes=R.randint(0, 5))).strftime("%Y-%m-%dT%H:%M:%S-04:00"), "date")
        L.t(f'","result":"{R.choice(["GIVEN", "GIVEN", "REFUSED", "HELD"])}","initials":"{R.choice(DSPS)[0][0]}{R.choice(DSPS)[1][0]}","deviceId":"{hexs(16)}"}}')
    elif k == 3:
        L.t(lc(t, "I", "PrnAdmin") + f"PRN given: {R.choice(['Lorazepam 0.5mg', 'Ibuprofen 400mg', 'Acetaminophen 650mg'])} to ").p(nm(c, R.choice(["fl", "low"])), "name").t(f' reason="{R.choice(["agitation", "toothache", "cramps", "anxious before appt"])}" follow-up in 30m')
    elif k == 4:
        L.t(lc(t, "E", "MarSyncWorker") + f"409 conflict admin={uuid4()} individual=").p(c["num"], "mrn").t(" dob mismatch local=").p(fdate(c["dob"], "us"), "date").t(" server=").p(fdate(c["dob"] + timedelta(days=R.choice([1, 27, 31])), "us"), "date")
    elif k == 5:
        L.t(lc(t, "D", "PhotoCache") + "cached resident photo ").p(c["ind"], "mrn").t(" jpeg base64=").p(fake_jpeg_b64(R.randint(150, 260)), "photo")
    elif k == 6:
        c = R.choice([x for x in CLIENTS if x.get("device")])
        dv = c["device"]
        L.t(lc(t, "I", "DeviceLink") + f'paired "{dv[0]}" serial=').p(dv[1].replace("SN ", ""), "device").t(" resident=").p(c["ind"], "mrn").t(f" rssi=-{R.randint(40, 80)}")
    elif k == 7:
        L.t(lc(t, "I", "ResidentVerify") + "fingerprint match ok resident=").p(c["ind"], "mrn").t(" tpl=").p(fmr_b64(R.randint(60, 100)), "biometric").t(f" score={R.randint(60, 99)}")
    else:
        L.t(lc(t, "W", "AllergyCheck") + "blocked scan: ").p(nm(c, "LF"), "name").t(f" allergic to {R.choice(['Penicillin', 'Sulfa', 'Codeine'])}, ndc {R.choice(NDCS)}")
    return [L]


# ---------------------------------------------------------------- General event reports (JSON)
EVENT_TYPES = ["FALL", "INJURY_UNKNOWN_ORIGIN", "RESTRAINT_PHYSICAL", "ELOPEMENT", "MED_ERROR", "SEIZURE", "BEHAVIOR_PROPERTY_DAMAGE"]


def ger_json():
    t = CL.tick()
    L = Line("ger_json")
    c = R.choice(CLIENTS)
    occ = dt_in(rand_inc_day())
    s1, s2 = R.sample(DSPS, 2)
    et = R.choice(EVENT_TYPES)
    if R.random() < 0.5:  # v1 camelCase export
        o = {"reportId": P(ger_no(), "other_id"), "version": 1, "eventType": et,
             "individual": {"id": P(c["ind"], "mrn"), "lastName": P(c["last"], "name"), "firstName": P(c["first"], "name"),
                            "dob": P(c["dob"].isoformat(), "date"), "medicaidId": P(c["mcd"], "health_plan")},
             "site": c["site"] or "SL", "occurredAt": P(occ.strftime("%Y-%m-%dT%H:%M:00-04:00"), "date"),
             "location": R.choice(["hallway bathroom", "kitchen", "backyard", "van - parking lot Publix", "bedroom", "day program"]),
             "reportedBy": f"{s1[0]} {s1[1]}", "witnesses": [f"{s2[0]} {s2[1]}"],
             "injury": {"present": et in ("FALL", "INJURY_UNKNOWN_ORIGIN"), "bodyPart": R.choice(["L elbow", "forehead", "R knee", "none"]),
                        "treatment": R.choice(["ice pack", "first aid", "none", "urgent care"])}}
        if et == "RESTRAINT_PHYSICAL":
            o["restraint"] = {"technique": R.choice(["CPI children's control", "two-person escort", "basket hold"]), "start": occ.strftime("%H:%M"),
                              "end": (occ + timedelta(minutes=R.randint(1, 6))).strftime("%H:%M"), "releasedBy": f"{s2[0]} {s2[1]}"}
        o["notifications"] = [{"to": "guardian", "name": P(gn(c, "fl"), "name"), "method": "phone",
                               "number": P(fphone(c["g"]["phone"], R.choice(["dash", "paren"])), "phone"),
                               "at": P((occ + timedelta(minutes=R.randint(15, 90))).strftime("%Y-%m-%dT%H:%M"), "date")},
                              {"to": "nurse", "name": staff_name(R.choice(NURSES), "fl"), "method": "phone"}]
        jw(L, o)
    else:  # v2 snake_case API webhook
        o = {"ger_number": P(ger_no(), "other_id"), "event_type": et.lower(), "severity": R.choice(["minor", "moderate", "critical"]),
             "client": {"client_id": P(c["num"], "mrn"), "full_name": P(nm(c, R.choice(["LF", "lf", "fl"])), "name"),
                        "birth_date": P(fdate(c["dob"], "us"), "date")},
             "event_date": P(fdate(occ.date(), "us"), "date"), "event_time": occ.strftime("%I:%M %p"),
             "staff_present": [staff_name(s1, "fi"), staff_name(s2, "fi")], "police_called": et == "ELOPEMENT",
             "apd_reportable": et in ("ELOPEMENT", "RESTRAINT_PHYSICAL", "INJURY_UNKNOWN_ORIGIN"),
             "created_utc": iso_utc(t), "trace_id": hexs(32)}
        if "age" in c:
            o["client"]["age"] = P(c["age"], "age")
        jw(L, o, (", ", ": "))
    return [L]


# ---------------------------------------------------------------- typed narratives
def ger_narrative():
    CL.tick()
    c = R.choice(CLIENTS)
    he, his, him = pron(c)
    s = R.choice(DSPS)
    d = rand_inc_day()
    g = ger_no()
    lines = []
    hdr = Line("ger_narrative")
    hdr.t("----- NARRATIVE ").p(g, "other_id").t(f" (typed by {staff_name(s, 'fl')}, DSP) -----")
    lines.append(hdr)
    variant = R.randrange(6)
    if variant == 0:
        body = [
            ("At approx 7:45pm on {d} I heard a loud thump from the hallway bathroom.", dict(d=(fdate(d, "usn2"), "date"))),
            ("I found {n} sitting on the floor next to the toilet holding " + his + " left elbow. " + he.capitalize() + " said \"I slip\".", dict(n=(nm(c, "f"), "name"))),
            ("Floor was wet from the shower. No bleeding, small red area approx 2cm. Applied ice pack 15 min.", {}),
            ("Called nurse on call (Tamika) at 7:58pm, she said monitor and do neuro checks q15 x 1hr.", {}),
            ("Called " + c["g"]["rel"] + " {g} at {ph} at 8:20pm, left voicemail, called back 8:41pm and was informed.", dict(g=(gn(c, "fl"), "name"), ph=(fphone(c["g"]["phone"], "paren"), "phone"))),
            ("Non-slip mat placed in bathroom. House manager notified by text.", {}),
        ]
    elif variant == 1:
        body = [
            ("On {d} around 3:10 PM while at Walmart on 441, {n} walked away from staff toward the parking lot.", dict(d=(fdate(d, "us"), "date"), n=(nm(c, "fl"), "name"))),
            ("Staff lost line of sight for approx 4 minutes. Found " + him + " at the bus stop by the entrance, calm, said " + he + " wanted to go home.", {}),
            ("No injuries. Returned to van at 3:22pm. Police were not called.", {}),
            ("Elopement protocol followed per BSP. QIDP Farah Siddiqui notified 3:40pm.", {}),
            ("Guardian {g} notified by phone {ph}.", dict(g=(gn(c, "Mrs"), "name"), ph=(fphone(c["g"]["phone"], "dot"), "phone"))),
        ]
    elif variant == 2:
        body = [
            ("{n} became upset after being told the van would not go to McDonald's ({d}, approx 6:05 pm).", dict(n=(nm(c, "fi"), "name"), d=(fdate(d, "mon"), "date"))),
            ("Started hitting " + his + " head with closed fist (SIB) and then swung at staff Kervens.", {}),
            ("Verbal redirection and offering choices not effective. Two-person CPI hold used 6:09-6:12pm (3 min).", {}),
            ("Released when calm. Body check done, redness to R forearm, no broken skin. Staff not injured.", {}),
            ("Debrief done with house manager. Restraint log updated. Behavior analyst to review.", {}),
        ]
    elif variant == 4:
        body = [
            ("MED ERROR - wrong time. {n}'s 8:00 AM Divalproex ER was not given until 11:20 AM on {d} because the blister card was in the wrong slot of the cart.", dict(n=(nm(c, "fl"), "name"), d=(fdate(d, "usn"), "date"))),
            ("Discovered during the noon pass by " + staff_name(R.choice(DSPS), "fl") + ". No signs of seizure activity, vitals WNL.", {}),
            ("Nurse " + staff_name(R.choice(NURSES), "fl") + " notified, order to give now and resume regular schedule at 8pm.", {}),
            ("Guardian ({g}, {rel}) emailed at {em} per " + his + " preference.", dict(g=(gn(c, "fl"), "name"), rel=c["g"]["rel"], em=(c["g"]["email"], "email"))),
        ]
    elif variant == 5:
        body = [
            ("Resident {n} DOB {dob} was at day program (ARC) when program staff called the house at 1:35pm on {d}.", dict(n=(nm(c, "LF"), "name"), dob=(fdate(c["dob"], "us"), "date"), d=(fdate(d, "us2"), "date"))),
            ("Program staff reported " + he + " bit " + his + " own hand during a fire drill, skin broken approx 1 cm.", {}),
            ("House staff picked " + him + " up at 2:10pm, wound cleaned w/ saline, covered. Tetanus up to date per chart.", {}),
            ("No restraint used. BSP followed (noise-cancelling headphones offered before drills).", {}),
        ]
    else:
        body = [
            ("Injury of unknown origin: during AM hygiene on {d} staff noticed a bruise on {n}'s right upper arm, approx 3x4 cm, purple/yellow.", dict(d=(fdate(d, "iso"), "date"), n=(nm(c, "f"), "name"))),
            ("Resident could not say how it happened. Previous shift note does not mention any incident.", {}),
            ("Photos taken and uploaded to GER per policy. Nurse assessed at 9:30am.", {}),
            ("This is reportable to APD within 24 hrs and to the Abuse Hotline per supervisor.", {}),
        ]
    for txt, kv in body:
        L = Line("ger_narrative")
        L.f(txt, **kv)
        lines.append(L)
    return lines


# ---------------------------------------------------------------- DSP shift notes
SN_PHI = [
    "{n} slept thru the night, up 2x to use bathroom. Gave 6am meds on time no issues.",
    "{n} refused {his} 8am meds, offered again at 8:45 and {he} took them w/ applesauce.",
    "{n} was in a good mood today, ate all {his} dinner, watched tv, bed at 9:30. {g} called around 6 asking about the dentist appt on {ap}.",
    "{n} had a seizure at 2:14pm lasting about 90 sec, tonic-clonic, VNS swiped, rested after. Nurse notified. Seizure log updated.",
    "Took {n} to {doc} appt {ap}. New order for labs, paper in the blue binder.",
    "{n} yelled at housemate during lunch, staff redirected, calmed in 5 min. No PRN needed.",
    "BM x1 for {n} this shift (type 4). Fluids 1200ml. Refused shower, will offer again 2nd shift.",
    "{n} got a visit from {his} {rel} {g} 2-4pm, went for ice cream. Came back happy.",
    "{n} stay home from day program, c/o stomach ache, temp 98.9. Nurse aware.",
    "{Rel} called ({ph}) wants a call back about {n}'s birthday party plans for {dobm}.",
]
SN_ES = [
    "{n} no quiso tomar sus medicamentos de la mañana, se los ofrecí otra vez a las 9 y los tomó.",
    "{n} estuvo {tranq} hoy, comió bien. Su {rel_es} {g} llamó para preguntar por la cita del {ap}.",
    "{n} se cayó en el patio, raspón en la rodilla derecha, se limpió y se puso curita. Se avisó a la enfermera.",
]
SN_HT = [
    "Jodi a {n} te kalm, li te pran tout medikaman li. {g} te rele a 3è pou mande kijan li ye.",
    "{n} pa t vle manje maten an, li di vant li fè mal. Mwen te rele enfimyè a.",
    "{n} te gen yon kriz a 10è nan aswè, li dòmi apre. Nou te rele {rel_ht} li {g} nan {ph}.",
]
SN_NOPHI = [
    "House quiet, all residents in bed by 10. Fire drill done 8pm, 2 min 40 sec to evacuate.",
    "Van keys in the lockbox, gas at 1/4 tank. Need to fill before the morning run!!",
    "Med cart count correct at shift change with {s2}. Fridge temp 38F logged.",
    "Nothing new this shift. Laundry done, kitchen cleaned, trash out.",
    "Pharmacy delivery came 4:15pm, 2 totes, checked in and signed. Missing one blister pack, called Sunrise LTC 305-593-2200 they will send tomorrow.",
    "Internet down from 1-3am again, tablet could not sync, documented on paper MAR then entered when it came back.",
    "Reminder: staff meeting thursday 2pm at the office, Brian says mandatory.",
    "Todo tranquilo en la casa, sin novedad. Se lavó la ropa y se limpió la cocina.",
    "Tout bagay anfòm nan kay la. Mwen te netwaye kwizin nan.",
    "Smoke detector in hallway chirping, put in work order WO-{wo}.",
]


def shift_note():
    t = CL.tick()
    L = Line("shift_note")
    site = R.choice(list(SITES))
    s = R.choice(DSPS)
    shift = R.choice(["1st", "2nd", "3rd"])
    mkpre = lambda site: f"{t:%Y-%m-%d %H:%M} | {site} | {shift} shift | {staff_name(s, 'fi')} (DSP) | "
    prefix = mkpre(site)
    r = R.random()
    if r < 0.28:
        tmpl = R.choice(SN_NOPHI)
        L.t(prefix)
        L.f(tmpl, s2=staff_name(R.choice(DSPS), "f"), wo=str(R.randint(10000, 19999)))
        return [L]
    if r < 0.45:
        cands = [x for x in CLIENTS if x["lang"] == "es"] + R.sample(CLIENTS, 2)
        tmpl = R.choice(SN_ES)
    elif r < 0.58:
        cands = [x for x in CLIENTS if x["lang"] == "ht"]
        tmpl = R.choice(SN_HT)
    else:
        cands = CLIENTS
        tmpl = R.choice(SN_PHI)
    c = R.choice(cands)
    prefix = mkpre(c["site"] or "SL-" + asc(c["home"][1]).upper().replace(" ", "")[:5])
    he, his, him = pron(c)
    ap = date(2024, 3, R.randint(12, 29))
    rel_es = {"mother": "mamá", "father": "papá", "sister": "hermana", "brother": "hermano", "aunt": "tía", "nephew": "sobrino"}[c["g"]["rel"]]
    kv = dict(n=(nm(c, R.choice(["f", "f", "f", "fi", "fl", "init"])), "name"), he=he, his=his, g=(gn(c, R.choice(["fl", "f", "Mrs"])), "name"),
              ap=(fdate(ap, R.choice(["usn2", "usn", "mon"])) if "dmy" not in tmpl else fdate(ap, "dmy"), "date"),
              doc=R.choice(DOCS), rel=c["g"]["rel"], rel_es=rel_es, Rel=c["g"]["rel"].capitalize(),
              rel_ht={"mother": "manman", "father": "papa", "sister": "sè", "brother": "frè", "aunt": "matant", "nephew": "neve"}[c["g"]["rel"]],
              tranq="tranquilo" if c["sex"] == "M" else "tranquila",
              ph=(fphone(c["g"]["phone"], R.choice(["dash", "plain", "paren"])), "phone"),
              dobm=(c["dob"].strftime("%B %d").replace(" 0", " ").replace(str(c["dob"].year), ""), "date"))
    if tmpl in SN_ES:
        kv["ap"] = (fdate(ap, "dmy"), "date")
    L.t(prefix)
    L.f(tmpl, **kv)
    return [L]


# ---------------------------------------------------------------- behavior tracking CSV
BEH = [("Physical aggression", "Denied snack", "Hit staff arm x2", "Planned ignoring + redirect"),
       ("SIB - head hitting", "Loud noise/TV", "Hit head w/ fist 6x", "Blocked w/ pillow, offered headphones"),
       ("Property destruction", "Transition to van", "Threw shoe, broke lamp", "Removed items, verbal prompt"),
       ("Elopement attempt", "Waiting for meds", "Ran to front door", "Followed at distance, redirected"),
       ("Verbal aggression", "Housemate took remote", "Yelled/cursed 2 min", "Offered choice of activity"),
       ("Pica", "Unstructured time", "Mouthed paper", "Traded for crunchy snack")]


def behavior_csv():
    CL.tick()
    out = []
    if R.random() < 0.55:
        H = Line("behavior_csv")
        H.t("individual_id,event_date,start_time,shift,target_behavior,antecedent,behavior,consequence,duration_min,intensity,staff_initials")
        out.append(H)
        for _ in range(R.randint(2, 5)):
            c = R.choice(CLIENTS)
            b = R.choice(BEH)
            L = Line("behavior_csv")
            L.p(c["ind"], "mrn").t(",").p(fdate(rand_inc_day(), "iso"), "date")
            s = R.choice(DSPS)
            q = lambda x: f'"{x}"' if "," in x else x
            L.t(f",{R.randint(6, 22):02d}:{R.choice(['00', '10', '25', '40', '55'])},{R.choice(['1st', '2nd', '3rd'])},{q(b[0])},{q(b[1])},{q(b[2])},{q(b[3])},{R.randint(1, 25)},{R.randint(1, 5)},{s[0][0]}{s[1][0]}")
            out.append(L)
    else:
        for _ in range(R.randint(2, 4)):
            c = R.choice(CLIENTS)
            b = R.choice(BEH)
            L = Line("behavior_csv")
            L.t("BX|").p(c["num"], "mrn").t("|").p(fdate(rand_inc_day(), "us"), "date")
            L.t(f"|{R.randint(6, 22):02d}{R.choice(['00', '15', '30', '45'])}|{b[0].split(' ')[0].upper()}|{b[2]}|{R.randint(1, 30)}|{b[3]}|{R.choice(['mild', 'moderate', 'severe'])}")
            out.append(L)
        T = Line("behavior_csv")
        T.t(f"TR|{len(out)}|export=behavior_daily|generated={CL.t:%Y%m%d%H%M%S}|sha1={hexs(40)}")
        out.append(T)
    return out


def behavior_noise():
    CL.tick()
    L = Line("behavior_csv")
    k = R.randrange(3)
    if k == 0:
        L.t("site,iso_week,target_behavior,episodes,total_minutes,restraints")
        out = [L]
        for _ in range(R.randint(2, 4)):
            M = Line("behavior_csv")
            M.t(f"{R.choice(list(SITES))},2024-W{R.randint(8, 10)},{R.choice(BEH)[0]},{R.randint(0, 30)},{R.randint(0, 240)},{R.choice([0, 0, 0, 1])}")
            out.append(M)
        return out
    if k == 1:
        L.t(f"# behavior_daily export rows={R.randint(90, 400)} sites=4 window=7d elapsed={R.uniform(0.5, 9):.2f}s sha256={hexs(64)}")
    else:
        L.t(f"# columns: individual_id,event_date,start_time,shift,target_behavior,antecedent,behavior,consequence,duration_min,intensity,staff_initials  (schema v{R.randint(3, 5)})")
    return [L]


# ---------------------------------------------------------------- SMS gateway (Twilio)
def sms_phi():
    t = CL.tick()
    c = R.choice(CLIENTS)
    L = Line("sms_gateway")
    k = R.randrange(5)
    sid = "SM" + hexs(32)
    if k == 0:
        first = nm(c, "f")
        msgs = {
            "en": ("Brightpath Community Living: Hi {g}, this is to let you know {n} had a minor fall at {tm} today. No serious injury, nurse checked. Call us 305-622-0100.", "Mrs"),
            "es": ("Brightpath: Hola {g}, le informamos que {n} tuvo una caída leve hoy a las {tm}. La enfermera lo revisó. Llame al 305-622-0100.", "f"),
            "ht": ("Brightpath: Bonjou {g}, nou vle fè w konnen {n} te tonbe jodi a a {tm}. Enfimyè a te egzamine li. Rele 305-622-0100.", "f"),
        }
        body, gst = msgs[c["lang"]]
        L.t(f"{ts_serilog(t)} [INF] sms.out sid={sid} to=").p(fphone(c["g"]["phone"], "e164"), "phone").t(f" from=+13056220100 segments=2 status=queued body=\"")
        L.f(body, g=(gn(c, gst), "name"), n=(first, "name"), tm=R.choice(["7:45 PM", "3:10 PM", "10:20 AM"]))
        L.t('"')
    elif k == 1:
        L.t(f"POST /webhooks/twilio/status 200 MessageSid={sid}&MessageStatus={R.choice(['delivered', 'sent', 'undelivered'])}&To=").p("%2B1" + c["g"]["phone"], "phone")
        L.t("&From=%2B13056220100&AccountSid=AC" + hexs(32) + "&ApiVersion=2010-04-01")
    elif k == 2:
        L.t(f"{ts_serilog(t)} [INF] sms.in sid={sid} from=").p(fphone(c["g"]["phone"], "e164"), "phone").t(' body="')
        if c["lang"] == "es":
            L.t("Ok gracias, voy mañana a ver a ").p(nm(c, "f"), "name").t(" despues del trabajo")
        elif c["lang"] == "ht":
            L.t("Mèsi anpil, m ap vin wè ").p(nm(c, "f"), "name").t(" dimanch")
        else:
            a, b = R.choice([("Thanks for letting me know. Is ", " ok now?"), ("ok. can someone call me about ", " please"),
                             ("Who is taking ", " to the appt Tuesday?"), ("I will pick up ", " saturday at 10")])
            L.t(a).p(nm(c, "f"), "name").t(b)
        L.t('" matched_individual=').p(c["ind"], "mrn")
    elif k == 3:
        L.t(f"{ts_serilog(t)} [WRN] sms.failed sid={sid} to=").p(fphone(c["g"]["phone"], "e164"), "phone").t(" code=30006 Landline or unreachable carrier; falling back to email ").p(c["g"]["email"], "email")
    else:
        d = date(2024, 3, R.randint(12, 28))
        L.t(f"{ts_serilog(t)} [INF] sms.out sid={sid} to=").p(fphone(c["g"]["phone"], "e164"), "phone").t(' status=queued body="Reminder: ').p(nm(c, "f"), "name").t(" has an appointment with " + R.choice(DOCS) + " on ").p(fdate(d, "mon"), "date").t(' at 10:30 AM. Reply STOP to opt out."')
    return [L]


def sms_noise():
    t = CL.tick()
    L = Line("sms_gateway")
    k = R.randrange(4)
    if k == 0:
        L.t(f"{ts_serilog(t)} [INF] sms.batch window=60s sent={R.randint(0, 25)} delivered={R.randint(0, 25)} failed={R.randint(0, 2)} cost_usd={R.uniform(0, 0.4):.4f}")
    elif k == 1:
        L.t(f"POST /webhooks/twilio/status 200 MessageSid=SM{hexs(32)}&MessageStatus=delivered&To=%2B13056220147&From=%2B13056220100&ApiVersion=2010-04-01")
    elif k == 2:
        L.t(f"{ts_serilog(t)} [INF] sms.out sid=SM{hexs(32)} to=+13056220147 status=queued body=\"ON-CALL: missed dose alert at {R.choice(list(SITES))}, see tablet. Ack with 1\"")
    else:
        L.t(f"{ts_serilog(t)} [ERR] sms.failed sid=SM{hexs(32)} code=20429 Too Many Requests; retry in {R.randint(1, 9)}s")
    return [L]


# ---------------------------------------------------------------- mail: postfix + message headers
def mail_phi():
    t = CL.tick()
    c = R.choice(CLIENTS)
    qid = hexs(10).upper()
    out = []
    L = Line("postfix")
    L.t(f"{ts_syslog(t)} bp-mail01 postfix/qmgr[1877]: {qid}: from=<notify@brightpathcl.org>, size={R.randint(3000, 90000)}, nrcpt=1 (queue active)")
    out.append(L)
    L = Line("postfix")
    dom = c["g"]["email"].split("@")[1]
    relay = {"gmail.com": "gmail-smtp-in.l.google.com[142.250.115.27]:25"}.get(dom, f"mx.{dom}[{R.randint(20, 200)}.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}]:25")
    L.t(f"{ts_syslog(CL.tick(0, 2))} bp-mail01 postfix/smtp[{R.randint(20000, 29999)}]: {qid}: to=<").p(c["g"]["email"], "email").t(f">, relay={relay}, delay={R.uniform(0.2, 3):.1f}, delays=0.01/0/{R.uniform(0.1, 1):.2f}/{R.uniform(0.1, 1):.2f}, dsn=2.0.0, status=sent (250 2.0.0 OK  {R.randint(1710000000, 1710200000)} {hexs(12)} - gsmtp)")
    out.append(L)
    if R.random() < 0.7:
        H = Line("email_msg")
        H.t("Subject: [Brightpath] Event report ").p(ger_no(), "other_id").t(" - ").p(nm(c, R.choice(["lf", "fi"])), "name").t(" - " + R.choice(["Fall", "Injury", "Medication error", "Restraint"]))
        out.append(H)
        H = Line("email_msg")
        H.t("To: \"").p(gn(c, "fl"), "name").t("\" <").p(c["g"]["email"], "email").t(">")
        out.append(H)
        H = Line("email_msg")
        H.t(f"Message-ID: <{uuid4()}@brightpathcl.org>")
        out.append(H)
    return out


def mail_noise():
    t = CL.tick()
    L = Line("postfix")
    qid = hexs(10).upper()
    k = R.randrange(4)
    if k == 0:
        L.t(f"{ts_syslog(t)} bp-mail01 postfix/smtpd[{R.randint(3000, 9999)}]: connect from unknown[10.40.{R.randint(0, 9)}.{R.randint(2, 250)}]")
    elif k == 1:
        L.t(f"{ts_syslog(t)} bp-mail01 postfix/smtp[{R.randint(20000, 29999)}]: {qid}: to=<{R.choice(STAFF)[3]}@brightpathcl.org>, relay=brightpathcl-org.mail.protection.outlook.com[52.101.{R.randint(1, 200)}.{R.randint(1, 200)}]:25, delay=0.9, dsn=2.6.0, status=sent (250 2.6.0 Queued mail for delivery)")
    elif k == 2:
        L.t(f"{ts_syslog(t)} bp-mail01 postfix/qmgr[1877]: {qid}: removed")
    else:
        L.t(f"{ts_syslog(t)} bp-mail01 postfix/anvil[{R.randint(100, 999)}]: statistics: max connection rate {R.randint(1, 9)}/60s for (smtp:10.40.2.15) at {ts_syslog(t)}")
    return [L]


# ---------------------------------------------------------------- X12 837I (Medicaid waiver)
def addr_of(c):
    """the individual's residence as (street, city, county, zip, lat, lon)"""
    if c["home"]:
        return c["home"]
    site = SITES[c["site"]][1]
    st, city, stz = [x.strip() for x in site.split(",")]
    county = {"MAPLE": "Miami-Dade", "CYPRS": "Miami-Dade", "BANYN": "Osceola", "MNGRV": "Broward"}[c["site"]]
    return (st, city, county, stz.split()[1], None, None)


X12_CTL = [4126]


def merge(lines, family, sep=""):
    M = Line(family)
    for i, L in enumerate(lines):
        if i:
            M.t(sep)
        off = len(M.buf)
        M.buf += L.buf
        M.spans += [(a + off, b + off, c, v) for (a, b, c, v) in L.spans]
    return M


def x12_block(single=False, nclaims=None):
    out = []
    X12_CTL[0] += 1
    ctl = X12_CTL[0]
    t = CL.tick()
    seg = lambda: out.append(Line("x12_837i")) or out[-1]
    seg().t(f"ISA*00*          *00*          *ZZ*BRIGHTPATH01   *ZZ*FLMEDICAID     *{t:%y%m%d}*{t:%H%M}*^*00501*{ctl:09d}*0*P*:~")
    seg().t(f"GS*HC*BRIGHTPATH01*FLMEDICAID*{t:%Y%m%d}*{t:%H%M}*{ctl}*X*005010X223A2~")
    seg().t("ST*837*0001*005010X223A2~")
    seg().t(f"BHT*0019*00*{ctl}001*{t:%Y%m%d}*{t:%H%M}*CH~")
    seg().t("NM1*41*2*BRIGHTPATH COMMUNITY LIVING INC*****46*BRIGHTPATH01~")
    seg().t("PER*IC*BILLING DEPT*TE*3056220100*EM*billing@brightpathcl.org~")
    seg().t("NM1*40*2*FLORIDA MEDICAID*****46*77027~")
    seg().t("HL*1**20*1~")
    seg().t("PRV*BI*PXC*320600000X~")
    seg().t("NM1*85*2*BRIGHTPATH COMMUNITY LIVING INC*****XX*1487396520~")
    seg().t("N3*2300 NW 84TH AVE STE 210~")
    seg().t("N4*DORAL*FL*331221544~")
    seg().t("REF*EI*650912334~")
    hl = 1
    for c in R.sample(CLIENTS, nclaims or R.randint(1, 2)):
        hl += 1
        a = addr_of(c)
        seg().t(f"HL*{hl}*1*22*0~")
        seg().t("SBR*P*18*******MC~")
        L = seg().t("NM1*IL*1*").p(asc(c["last"]).upper(), "name").t("*").p(asc(c["first"]).upper(), "name")
        if c["mid"]:
            L.t("*").p(c["mid"][0], "name").t("***MI*")
        else:
            L.t("****MI*")
        L.p(c["mcd"], "health_plan").t("~")
        seg().t("N3*").p(asc(a[0]).upper(), "address").t("~")
        seg().t("N4*").p(asc(a[1]).upper(), "address").t("*FL*").p(a[3] + digits(4, False) if R.random() < 0.5 else a[3], "zip").t("~")
        seg().t("DMG*D8*").p(c["dob"].strftime("%Y%m%d"), "date").t(f"*{c['sex']}~")
        if R.random() < 0.4:
            seg().t("REF*SY*").p(c["ssn"].replace("-", ""), "ssn").t("~")
        seg().t("NM1*PR*2*FLORIDA MEDICAID*****PI*77027~")
        code, rate = R.choice([("T2016", 145.36), ("T2017", 5.92), ("S5125", 4.87), ("T2020", 21.40)])
        units = 29 if code == "T2016" else R.randint(120, 900)
        nlx = R.randint(1, 2)
        amt = f"{rate * units * nlx:.2f}"
        lamt = f"{rate * units:.2f}"
        freq = R.choice(["1", "1", "1", "7"])
        seg().t("CLM*").p(c["acct"], "account").t(f"*{amt}***89:A:{freq}**A*Y*Y~")
        seg().t("DTP*434*RD8*").p("20240201", "date").t("-").p("20240229", "date").t("~")
        seg().t("CL1*3*1*30~")
        if freq == "7":
            seg().t("REF*F8*").p(digits(13), "other_id").t("~")
        if c["first"] == "Ruth Ellen":
            seg().t("REF*F5*").p(c["mbi"].replace("-", ""), "health_plan").t("~")
        seg().t(f"HI*ABK:{R.choice(['F710', 'F711', 'F840', 'Q900', 'F70'])}*ABF:{R.choice(['G40909', 'F419', 'E039', 'K5900'])}~")
        seg().t("NM1*71*1*SIDDIQUI*FARAH****XX*1720458893~")
        for lx in range(1, nlx + 1):
            seg().t(f"LX*{lx}~")
            seg().t(f"SV2*{R.choice(['0100', '0940', '0550'])}*HC:{code}:{R.choice(['U5', 'UC', 'U1'])}*{lamt}*UN*{units}~")
            d1 = date(2024, 2, R.randint(1, 15))
            seg().t("DTP*472*RD8*").p(d1.strftime("%Y%m%d"), "date").t("-").p((d1 + timedelta(days=R.randint(3, 13))).strftime("%Y%m%d"), "date").t("~")
    n_st = len(out) - 2 + 1
    seg().t(f"SE*{n_st}*0001~")
    seg().t(f"GE*1*{ctl}~")
    seg().t(f"IEA*1*{ctl:09d}~")
    if single:
        return [merge(out, "x12_837i")]
    return out


# ---------------------------------------------------------------- EVV (Sandata-style JSON + CSV)
def evv_json():
    t = CL.tick()
    c = R.choice(SL)
    h = c["home"]
    L = Line("evv_json")
    s = R.choice(DSPS)
    sched = dt_in(t.date() - timedelta(days=R.randint(0, 3)), R.choice([7, 8, 9, 14]), 0)
    cin = sched + timedelta(minutes=R.randint(-6, 12))
    cout = cin + timedelta(hours=R.randint(3, 8), minutes=R.randint(0, 59))
    k = R.random()
    if k < 0.65:
        o = {"ProviderIdentification": {"ProviderQualifier": "MedicaidID", "ProviderID": "104881200"},
             "VisitOtherID": P(f"V{digits(9)}", "other_id"), "SequenceID": R.randint(10 ** 11, 10 ** 12),
             "EmployeeQualifier": "EmployeeCustomID", "EmployeeIdentifier": f"E{R.randint(1000, 1999)}",
             "ClientIDQualifier": "ClientCustomID", "ClientID": P(c["ind"], "mrn"), "ClientOtherID": P(c["mcd"], "health_plan"),
             "VisitCancelledIndicator": False, "PayerID": "FLMCD", "PayerProgram": "iBudget",
             "ProcedureCode": R.choice(["T2017", "S5125", "T1005"]), "Modifier1": "U5", "VisitTimeZone": "US/Eastern",
             "ScheduleStartTime": P((sched + timedelta(hours=4)).strftime("%Y-%m-%dT%H:%M:%SZ"), "date"),
             "Calls": [{"CallExternalID": hexs(24), "CallDateTime": P((cin + timedelta(hours=4)).strftime("%Y-%m-%dT%H:%M:%SZ"), "date"),
                        "CallAssignment": "Time In", "CallType": "Mobile", "MobileLogin": s[3],
                        "CallLatitude": P(round(h[4] + R.uniform(-0.0005, 0.0005), 6), "address"),
                        "CallLongitude": P(round(h[5] + R.uniform(-0.0005, 0.0005), 6), "address"), "Location": "1"},
                       {"CallExternalID": hexs(24), "CallDateTime": P((cout + timedelta(hours=4)).strftime("%Y-%m-%dT%H:%M:%SZ"), "date"),
                        "CallAssignment": "Time Out", "CallType": R.choice(["Mobile", "Telephony"]), "MobileLogin": s[3],
                        "CallLatitude": P(round(h[4] + R.uniform(-0.0005, 0.0005), 6), "address"),
                        "CallLongitude": P(round(h[5] + R.uniform(-0.0005, 0.0005), 6), "address"), "Location": "1"}]}
        jw(L, o)
    else:
        o = {"ProviderIdentification": {"ProviderQualifier": "MedicaidID", "ProviderID": "104881200"},
             "ClientID": P(c["ind"], "mrn"), "ClientFirstName": P(c["first"], "name"), "ClientMiddleInitial": P(c["mid"][:1], "name") if c["mid"] else "",
             "ClientLastName": P(c["last"], "name"), "ClientQualifier": "ClientSSN", "ClientIdentifier": P(c["ssn"].replace("-", ""), "ssn"),
             "ClientMedicaidID": P(c["mcd"], "health_plan"), "ClientTimezone": "US/Eastern",
             "ClientAddress": [{"ClientAddressType": "Home", "ClientAddressIsPrimary": True, "ClientAddressLine1": P(h[0], "address"),
                                "ClientCity": P(h[1], "address"), "ClientCounty": P(h[2], "address"), "ClientState": "FL", "ClientZip": P(h[3], "zip"),
                                "ClientAddressLongitude": P(h[5], "address"), "ClientAddressLatitude": P(h[4], "address")}],
             "ClientPhone": [{"ClientPhoneType": "Mobile", "ClientPhone": P(c["phone"], "phone")}],
             "ClientDesignee": [{"ClientDesigneeFirstName": P(c["g"]["first"], "name"), "ClientDesigneeLastName": P(c["g"]["last"], "name"),
                                 "ClientDesigneeEmail": P(c["g"]["email"], "email"), "ClientDesigneeRelationship": c["g"]["rel"].capitalize()}]}
        jw(L, o)
    return [L]


def evv_csv():
    CL.tick()
    out = []
    H = Line("evv_csv")
    H.t("VisitID,MemberMedicaidID,MemberName,ServiceDate,ProcCode,ClockIn,ClockOut,InGPS,OutGPS,Caregiver,Units,Exception")
    out.append(H)
    for _ in range(R.randint(2, 4)):
        c = R.choice(SL)
        h = c["home"]
        d = date(2024, 3, R.randint(4, 10))
        s = R.choice(DSPS)
        ci = f"{R.choice([7, 8, 9]):02d}:{R.randint(0, 59):02d}"
        co = f"{R.choice([12, 13, 15, 16]):02d}:{R.randint(0, 59):02d}"
        L = Line("evv_csv")
        L.p(f"V{digits(9)}", "other_id").t(",").p(c["mcd"], "health_plan").t(',"').p(nm(c, "LF"), "name").t('",').p(fdate(d, "us"), "date")
        L.t(f",{R.choice(['T2017', 'S5125'])},{ci},{co},").p(f"{h[4] + R.uniform(-0.0004, 0.0004):.5f} {h[5] + R.uniform(-0.0004, 0.0004):.5f}", "address").t(",")
        if R.random() < 0.2:
            L.t(",")  # missing clock-out gps
            exc = "MISSING_OUT_GPS"
        else:
            L.p(f"{h[4] + R.uniform(-0.0004, 0.0004):.5f} {h[5] + R.uniform(-0.0004, 0.0004):.5f}", "address").t(",")
            exc = R.choice(["", "", "LATE_IN", "MANUAL_EDIT"])
        L.t(f"{s[1].upper()} {s[0].split()[0].upper()},{R.randint(12, 36)},{exc}")
        out.append(L)
    return out


def evv_noise():
    t = CL.tick()
    L = Line("evv_json")
    k = R.randrange(3)
    if k == 0:
        jw(L, {"status": "SUCCESS", "id": uuid4(), "data": {"reason": "Transaction Received."}, "messageSummary": f"{R.randint(10, 190)} visits received", "received": iso_utc(t)})
    elif k == 1:
        jw(L, {"id": uuid4(), "status": "FAILED", "data": [{"ErrorCode": "-1", "ErrorMessage": "ERROR: ScheduleEndTime must be after ScheduleStartTime", "ProviderID": "104881200"}]})
    else:
        jw(L, {"status": "PENDING", "id": uuid4(), "poll_after_seconds": R.choice([30, 60, 120])}, (", ", ": "))
    return [L]


# ---------------------------------------------------------------- state incident portal (XML)
def xml_el(L, tag, val, cat=None):
    L.t(f"<{tag}>").p(val, cat).t(f"</{tag}>")


def state_xml():
    CL.tick()
    c = R.choice(CLIENTS)
    a = addr_of(c)
    d = rand_inc_day()
    L = Line("state_ir_xml")
    L.t('<IncidentReport xmlns="urn:fl:apd:ir:v2" status="')
    L.t(R.choice(["Submitted", "UnderReview", "Closed"]) + '">')
    xml_el(L, "IncidentNumber", irn(), "other_id")
    xml_el(L, "ProviderNumber", "6840521")
    L.t("<Consumer>")
    xml_el(L, "LastName", asc(c["last"]).upper(), "name")
    xml_el(L, "FirstName", asc(c["first"]).upper(), "name")
    xml_el(L, "DOB", fdate(c["dob"], "us"), "date")
    if "age" in c:
        xml_el(L, "Age", str(c["age"]), "age")
    xml_el(L, "MedicaidID", c["mcd"], "health_plan")
    xml_el(L, "ResidenceCounty", a[2], "address")
    xml_el(L, "LivingSetting", "Group Home" if c["site"] else "Supported Living")
    L.t("</Consumer>")
    xml_el(L, "IncidentDate", fdate(d, "us"), "date")
    xml_el(L, "IncidentType", R.choice(["Critical - Unplanned Hospitalization", "Reportable - Injury", "Reportable - Elopement",
                                        "Critical - Use of Restraint", "Reportable - Medication Error"]))
    xml_el(L, "GuardianNotified", R.choice(["Y", "Y", "N"]))
    L.t(f"<SubmittedBy>{staff_name(R.choice(STAFF[8:11]), 'fl')}</SubmittedBy><Region>{R.choice(['Southern', 'Central', 'Southeast'])}</Region></IncidentReport>")
    return [L]


def state_noise():
    t = CL.tick()
    L = Line("state_ir_xml")
    k = R.randrange(3)
    if k == 0:
        L.t(f'<?xml version="1.0" encoding="UTF-8"?><IncidentExport xmlns="urn:fl:apd:ir:v2" generated="{t:%Y-%m-%dT%H:%M:%S}" provider="6840521" records="{R.randint(3, 40)}">')
    elif k == 1:
        L.t(f'<ExportAck batch="{R.randint(100000, 999999)}" accepted="{R.randint(3, 40)}" rejected="0" portalVersion="2.{R.randint(2, 9)}.{R.randint(0, 20)}"/>')
    else:
        L.t(f'<Error code="IR-{R.randint(100, 499)}">Session expired for provider user {R.choice(STAFF[8:11])[3]}; re-authenticate via MyFlorida SSO</Error>')
    return [L]


# ---------------------------------------------------------------- van transport log
def vin(wmi=None, yr=None):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    vals = dict(zip("ABCDEFGH", range(1, 9)))
    vals.update(dict(zip("JKLMN", range(1, 6))))
    vals.update({"P": 7, "R": 9})
    vals.update(dict(zip("STUVWXYZ", range(2, 10))))
    vals.update({str(i): i for i in range(10)})
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    wmi = wmi or R.choice(["1FB", "2C4", "4T1", "5FN"])
    v = list(wmi) + [R.choice(chars[:24]) for _ in range(5)] + ["0", yr or R.choice("EFGHJKLMNP"), R.choice(chars[:24])] + [R.choice("0123456789") for _ in range(6)]
    tot = sum(vals[ch] * w[i] for i, ch in enumerate(v))
    chk = tot % 11
    v[8] = "X" if chk == 10 else str(chk)
    return "".join(v)


FAMILY_PICKUPS = []


def _mk_pickups():
    cars = [("2015 Toyota Camry", "4T1", "F"), ("2019 Honda Odyssey", "5FN", "K"), ("2012 Nissan Altima", "1N4", "C"), ("2017 Kia Sorento", "5XY", "H")]
    fams = [(("Jamal", "Okafor"), "brother"), (("Renée", "Baptiste"), "stepmother"), (("Hector", "Quiñones"), "uncle"),
            (("Sun-hee", "Cho"), "cousin"), (("Bogdan", "Nowak"), "father"), (("Ama", "Mensah-Boateng"), "aunt"),
            (("Dieudonné", "St. Fleur"), "cousin"), (("Maureen", "O'Shaughnessy"), "aunt")]
    plates = ["LKR83M", "BQW 7H2", "Y44 9TZ", "JRF-3318", "QPL 512", "HZT8841", "RDX-66K", "NMB 2047"]
    for (f, rel), pl in zip(fams, plates):
        c = R.choice(cars)
        FAMILY_PICKUPS.append((f, rel, pl, (c[0], c[1], c[2], vin(c[1], c[2]))))


VANS = [("VAN-03", "QJX4471", "1FBAX2CM5KKA61234"), ("VAN-07", "PYM8820", "1FBZX2ZM1HKA33871"), ("VAN-11", "LTD2093", "2C4RDGBG0LR152207")]
DESTS = ["ARC Broward day program", "Jackson North Medical Ctr", "Publix #1102 Biscayne", "Special Olympics practice - Tropical Park",
         "Goodwill job site", "Quest lab draw - 135th St", "Dental clinic (Dr. Saperstein)"]


_mk_pickups()


def van_phi():
    t = CL.tick()
    van = R.choice(VANS)
    L = Line("van_log")
    L.t(f"{t:%Y-%m-%dT%H:%M:%S}-04:00 fleet.trip trip=TR-{R.randint(88000, 88999)} van={van[0]} plate={van[1]} driver={R.choice([STAFF[13][3], R.choice(DSPS)[3]])} odo={R.randint(41000, 69000)} event={R.choice(['depart', 'arrive', 'return'])} riders=")
    riders = R.sample(CLIENTS, R.randint(1, 4))
    use_init = R.random() < 0.35
    for i, c in enumerate(riders):
        if i:
            L.t(";" if not use_init else "/")
        L.p(nm(c, "init") if use_init else c["ind"], "name" if use_init else "mrn")
    L.t(f' dest="{R.choice(DESTS)}" wheelchair_secured={R.choice(["n/a", "yes"])}')
    return [L]


def van_release():
    t = CL.tick()
    c = R.choice(CLIENTS)
    L = Line("van_log")
    fam, rel, plate, car = R.choice(FAMILY_PICKUPS)
    L.t(f"{t:%Y-%m-%dT%H:%M:%S}-04:00 fleet.release trip=TR-{R.randint(88000, 88999)} rider=").p(c["ind"], "mrn")
    L.t(' released_to="').p(f"{fam[0]} {fam[1]}", "name").t(f' ({rel})" id_checked=FL_DL:').p(f"{fam[1][0]}{digits(3, False)}-{digits(3, False)}-{digits(2, False)}-{digits(3, False)}-0", "license")
    L.t(' vehicle="FL tag ').p(plate, "vehicle").t(f", {car[0]} VIN ").p(car[3], "vehicle").t('" return_eta=Sun 18:00')
    return [L]


def van_noise():
    t = CL.tick()
    van = R.choice(VANS)
    L = Line("van_log")
    k = R.randrange(4)
    if k == 0:
        L.t(f"{t:%Y-%m-%dT%H:%M:%S}-04:00 fleet.fuel van={van[0]} plate={van[1]} vin={van[2]} gallons={R.uniform(8, 22):.2f} odo={R.randint(41000, 69000)} card=****{R.randint(1000, 9999)}")
    elif k == 1:
        L.t(f"{t:%Y-%m-%dT%H:%M:%S}-04:00 fleet.inspect van={van[0]} pretrip=PASS tires=ok lift={R.choice(['ok', 'n/a'])} driver={STAFF[13][3]}")
    elif k == 2:
        L.t(f"{t:%Y-%m-%dT%H:%M:%S}-04:00 fleet.gps van={van[0]} lat={R.uniform(25.7, 26.0):.5f} lon={R.uniform(-80.4, -80.1):.5f} speed_mph={R.randint(0, 55)} ignition=on")
    else:
        L.t(f"{t:%Y-%m-%dT%H:%M:%S}-04:00 fleet.trip trip=TR-{R.randint(88000, 88999)} van={van[0]} event=return riders=0 note=\"dropped off at {R.choice(DESTS)}, back to office\"")
    return [L]


# ---------------------------------------------------------------- nginx access (family portal)
UAS = ['"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1"',
       '"Mozilla/5.0 (Linux; Android 14; SM-A546U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36"',
       '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0"']


def nginx_phi():
    t = CL.tick()
    c = R.choice(CLIENTS)
    L = Line("nginx_access")
    L.p(c["ip"], "ip").t(f" - - [{ts_nginx(t)}] \"GET /family/api/individuals/").p(c["ind"], "mrn")
    L.t(f"/{R.choice(['notes', 'events', 'mar/summary', 'documents'])}?from=2024-03-01&page={R.randint(1, 3)} HTTP/1.1\" 200 {R.randint(400, 40000)} \"https://family.brightpathcl.org/\" {R.choice(UAS)} rt={R.uniform(0.01, 0.6):.3f}")
    return [L]


def nginx_noise():
    t = CL.tick()
    L = Line("nginx_access")
    k = R.randrange(3)
    if k == 0:
        L.t(f"10.40.{R.randint(0, 3)}.{R.randint(2, 250)} - - [{ts_nginx(t)}] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\" rt=0.001")
    elif k == 1:
        L.t(f"10.40.1.{R.randint(2, 250)} - - [{ts_nginx(t)}] \"GET /static/js/main.{hexs(8)}.js HTTP/1.1\" 304 0 \"https://bo.brightpathcl.org/\" {UAS[2]} rt=0.002")
    else:
        L.t(f"10.40.0.{R.randint(2, 250)} - - [{ts_nginx(t)}] \"POST /api/v2/evv/export HTTP/1.1\" 202 57 \"-\" \"Hangfire/1.8.11\" rt={R.uniform(0.05, 2):.3f}")
    return [L]


# ---------------------------------------------------------------- HL7 v2 pharmacy feed
def hl7_block():
    t = CL.tick()
    c = R.choice(CLIENTS)
    a = addr_of(c)
    out = []
    seg = lambda: out.append(Line("hl7v2")) or out[-1]
    cid = f"SR{t:%y%m%d}{R.randint(100, 999)}"
    seg().t(f"MSH|^~\\&|SUNRISE_RX|SUNRISELTC|BP_EMAR|BRIGHTPATH|{t:%Y%m%d%H%M%S}||RDE^O11^RDE_O11|{cid}|P|2.5.1")
    L = seg().t("PID|1||").p(c["pharm"], "mrn").t("^^^SUNRISE^PI~").p(c["mcd"], "health_plan").t("^^^FLMCD^MA||")
    L.p(f"{asc(c['last']).upper()}^{asc(c['first']).upper()}" + (f"^{c['mid'].upper()}" if c["mid"] else ""), "name").t("||")
    L.p(c["dob"].strftime("%Y%m%d"), "date").t(f"|{c['sex']}|||")
    L.p(asc(a[0]).upper(), "address").t("^^").p(asc(a[1]).upper(), "address").t("^FL^").p(a[3], "zip").t("||")
    if c["home"]:
        L.t("^PRN^CP^^1^").p(c["phone"][:3], "phone").t("^").p(c["phone"][3:], "phone")
    if R.random() < 0.6:
        L = seg().t("NK1|1|").p(f"{asc(c['g']['last']).upper()}^{asc(c['g']['first']).upper()}", "name")
        L.t(f"|{ {'mother': 'MTH', 'father': 'FTH', 'sister': 'SIS', 'brother': 'BRO', 'aunt': 'EXF', 'nephew': 'EXF'}[c['g']['rel']] }^{c['g']['rel'].capitalize()}|||")
        L.t("^PRN^PH^^1^").p(c["g"]["phone"][:3], "phone").t("^").p(c["g"]["phone"][3:], "phone").t("||N^Next-of-Kin")
        if c["g"].get("fax") or c.get("gfax"):
            L.t("|").t("^FAX^FX^^1^").p(c["gfax"][:3], "fax").t("^").p(c["gfax"][3:], "fax")
    seg().t(f"PV1|1|R|{c['site'] or 'SL'}^^^BRIGHTPATH||||1730284456^RAMIREZ^LUIS^^^DR|||||||||||{R.randint(100000, 999999)}")
    med = R.choice(MEDS)
    start = date(2024, 3, R.randint(9, 13))
    L = seg().t(f"ORC|{R.choice(['NW', 'XO', 'DC'])}|{R.randint(70000, 79999)}|SR{R.randint(80000, 89999)}||||^^^").p(start.strftime("%Y%m%d"), "date").t("^^R")
    seg().t(f"RXE|^{R.choice(['BID&0800,2000', 'QD&0800', 'TID&0800,1400,2000', 'QHS&2100', 'Q4H PRN'])}|{R.choice(NDCS).replace('-', '')}^{med[0].upper()} {med[1].upper()}^NDC|{R.choice(['1', '2', '0.5'])}||TAB|||||{R.choice([30, 60, 90])}|TAB|{R.randint(0, 5)}")
    return out


def hl7_ack():
    t = CL.tick()
    out = [Line("hl7v2").t(f"MSH|^~\\&|BP_EMAR|BRIGHTPATH|SUNRISE_RX|SUNRISELTC|{t:%Y%m%d%H%M%S}||ACK^O11^ACK|ACK{R.randint(100000, 999999)}|P|2.5.1"),
           Line("hl7v2").t(f"MSA|{R.choice(['AA', 'AA', 'AE'])}|SR{t:%y%m%d}{R.randint(100, 999)}")]
    return out


# ---------------------------------------------------------------- infra noise
def k8s_noise():
    t = CL.tick()
    L = Line("klog")
    k = R.randrange(5)
    pod = f"bo-api-7d9f8c6b5-{R.choice(['x2kzq', 'm8vtp', 'q4jhd'])}"
    if k == 0:
        L.t(f'I{ts_klog(t)}       1 prober.go:107] "Probe failed" probeType="Readiness" pod="bp-prod/{pod}" podUID="{uuid4()}" containerName="api" probeResult="failure" output="HTTP probe failed with statuscode: 503"')
    elif k == 1:
        L.t(f'I{ts_klog(t)}       1 kubelet.go:2457] "SyncLoop (PLEG): event for pod" pod="bp-prod/{pod}" event={{"ID":"{uuid4()}","Type":"ContainerStarted","Data":"{hexs(64)}"}}')
    elif k == 2:
        L.t(f'W{ts_klog(t)}       1 reflector.go:539] k8s.io/client-go/informers/factory.go:159: failed to list *v1.ConfigMap: configmaps "bp-emar-config" is forbidden')
    elif k == 3:
        L.t(f'I{ts_klog(t)}       1 event.go:307] "Event occurred" object="bp-prod/hangfire-worker" kind="Deployment" reason="ScalingReplicaSet" message="Scaled up replica set hangfire-worker-5c8d7 to {R.randint(2, 4)}"')
    else:
        L.t(f'E{ts_klog(t)}       1 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"evv-exporter\\" with CrashLoopBackOff" pod="bp-prod/evv-exporter-6b7f-{hexs(5)}"')
    return [L]


def prom_noise():
    CL.tick()
    out = []
    metrics = [f'emar_missed_dose_alerts_total{{site="{R.choice(list(SITES))}",severity="warn"}} {R.randint(0, 40)}',
               f'emar_administrations_synced_total{{app_version="3.14.2"}} {R.randint(10000, 90000)}',
               f'http_server_request_duration_seconds_bucket{{route="/api/v2/mar/administrations/batch",le="0.5"}} {R.randint(1000, 9000)}',
               f'evv_visits_exported_total{{payer="FLMCD"}} {R.randint(3000, 9000)}',
               f'notifications_sent_total{{channel="sms",result="delivered"}} {R.randint(100, 2000)}',
               f'process_resident_memory_bytes {R.randint(180000000, 600000000)}',
               f'hangfire_jobs_failed_total{{queue="default"}} {R.randint(0, 12)}']
    if R.random() < 0.4:
        out.append(Line("prometheus").t("# TYPE emar_missed_dose_alerts_total counter"))
    for m in R.sample(metrics, R.randint(1, 2)):
        out.append(Line("prometheus").t(m))
    return out


def directory_noise():
    CL.tick()
    out = [Line("staff_csv").t("employee_id,name,role,site,work_phone,email,badge")]
    for s in R.sample(STAFF, R.randint(2, 3)):
        site = R.choice(list(SITES))
        out.append(Line("staff_csv").t(f"E{R.randint(1000, 1999)},\"{s[1]}, {s[0]}\",{s[2]},{site},{fphone(SITES[site][2], 'dash')},{s[3]}@brightpathcl.org,{hexs(8).upper()}"))
    return out


def site_noise():
    CL.tick()
    site = R.choice(list(SITES))
    n, addr, ph = SITES[site]
    L = Line("serilog_text")
    L.t(f"{ts_serilog(CL.t)} [INF] Brightpath.Pharmacy.DeliveryScheduler: Delivery window set for {n} ({site}), {addr}, phone {fphone(ph, 'paren')}; pharmacy Sunrise LTC fax 305-593-2201, route {R.randint(1, 9)}")
    return [L]


# ---------------------------------------------------------------- rarer identifiers
RARE_K = [0]


def rare_phi():
    t = CL.tick()
    k = RARE_K[0] % 12
    RARE_K[0] += 1
    if k == 0:
        c = R.choice(CLIENTS)
        L = Line("serilog_text")
        L.f("{ts} [INF] Brightpath.Finance.PersonalFunds: Direct Express card {card} linked to individual {ind} (rep payee = provider), monthly limit $200",
            ts=ts_serilog(t), card=(R.choice([c["card"], " ".join(c["card"][i:i + 4] for i in range(0, 16, 4))]), "account"), ind=(c["ind"], "mrn"))
    elif k == 1:
        c = R.choice(CLIENTS)
        L = Line("serilog_text")
        L.f("{ts} [INF] Brightpath.Intake.Documents: Identity document verified for {name}: FL identification card {sid} (non-driver), scanned by {staff}",
            ts=ts_serilog(t), name=(nm(c, R.choice(["fl", "lf"])), "name"), sid=(c["stateid"], "license"), staff=staff_name(STAFF[9], "fl"))
    elif k == 2:
        c = R.choice([x for x in CLIENTS if x.get("url")])
        L = Line("shift_note")
        L.t(f"{t:%Y-%m-%d %H:%M} | {c['site']} | 2nd shift | {staff_name(R.choice(DSPS), 'fi')} (DSP) | ")
        if R.random() < 0.5:
            L.p(gn(c, "f"), "name").t(" asked us to share this link w/ staff for ").p(nm(c, "f"), "name").t("'s fundraiser: ").p(c["url"], "url").t(" (Brian said ok to post in break room)")
        else:
            L.t("family posted update about ").p(nm(c, "f"), "name").t(" on ").p(c["url"], "url").t(" , " + pron(c)[0] + " wanted staff to see the pictures from the party")
    elif k == 3:
        c = R.choice([x for x in CLIENTS if x.get("url")])
        L = Line("serilog_clef")
        jw(L, {"@t": ts_clef(t), "@mt": "External link {Url} added to profile of {IndividualId}", "Url": P(c["url"], "url"),
               "IndividualId": P(c["ind"], "mrn"), "AddedBy": P(c["user"], "other_id"), "SourceContext": "Brightpath.Portal.Profile"})
    elif k == 4:
        c = [x for x in CLIENTS if x.get("gfax")][0]
        if R.random() < 0.5:
            L = Line("shift_note")
            L.t(f"{t:%Y-%m-%d %H:%M} | CYPRS | 1st shift | {staff_name(R.choice(DSPS), 'fi')} (DSP) | ")
            L.t("Sr. ").p(c["g"]["last"], "name").t(" pide que le manden el consentimiento de ").p(nm(c, "f"), "name").t(" por fax al ").p(fphone(c["gfax"], R.choice(["dash", "paren"])), "fax").t(" (su trabajo), firmado lo devuelve el lunes.")
        else:
            L = Line("serilog_text")
            L.f("{ts} [INF] Brightpath.Documents.FaxOutbound: Consent packet (ISP signature page) for {ind} queued to guardian {g} fax {fx} via eFax job {job}",
                ts=ts_serilog(t), ind=(c["ind"], "mrn"), g=(gn(c, "lf"), "name"), fx=(fphone(c["gfax"], R.choice(["plain", "one"])), "fax"), job=str(R.randint(4000000, 4999999)))
    elif k == 5:
        c = CLIENTS[6]
        L = Line("shift_note")
        L.t(f"{t:%Y-%m-%d %H:%M} | BANYN | {R.choice(['1st', '2nd'])} shift | {staff_name(R.choice(DSPS), 'fi')} (DSP) | ")
        L.f(R.choice(["Miss {n} ({age} y/o) was tired today, napped after lunch, ate 50% dinner. Nephew {g} visited.",
                      "{n} is {age} yrs old and needs 2 person assist for shower now per PT. Skin intact, no redness on heels.",
                      "{n} ({age}yo) coughing during meals, SLP referral pending, mechanical soft diet continued."]),
            n=(nm(c, R.choice(["f", "fl"])), "name"), age=(str(c["age"]), "age"), g=(gn(c, "fl"), "name"))
    elif k == 6:
        c = CLIENTS[6]
        L = Line("serilog_text")
        L.f("{ts} [INF] Brightpath.Billing.Crossover: Medicare crossover claim for {name} MBI {mbi} (age {age}) routed to FLMCD secondary",
            ts=ts_serilog(t), name=(nm(c, "LF"), "name"), mbi=(c["mbi"], "health_plan"), age=(str(c["age"]), "age"))
    elif k == 7:
        c = R.choice([x for x in CLIENTS if x.get("device")])
        L = Line("serilog_text")
        L.f("{ts} [INF] Brightpath.Health.DeviceRegistry: {dev} SN {sn} registered to {ind}; next check with {doc}",
            ts=ts_serilog(t), dev=c["device"][0], sn=(c["device"][1].replace("SN ", ""), "device"), ind=(c["ind"], "mrn"), doc=R.choice(DOCS))
    elif k == 9:
        c = R.choice(CLIENTS)
        L = Line("serilog_text")
        L.f("{ts} [INF] Brightpath.Intake.BenefitsVerification: SSA BEST query for {name} ssn={ssn} dob={dob} -> SSI active, payee on file",
            ts=ts_serilog(t), name=(nm(c, "LF"), "name"), ssn=(R.choice([c["ssn"], c["ssn"].replace("-", "")]), "ssn"), dob=(fdate(c["dob"], "iso"), "date"))
    elif k == 10:
        c = R.choice(CLIENTS)
        L = Line("serilog_clef")
        jw(L, {"@t": ts_clef(t), "@mt": "Profile photo updated for {IndividualId} ({Bytes} bytes)", "IndividualId": P(c["ind"], "mrn"),
               "Bytes": R.randint(9000, 40000), "PhotoBase64": P(fake_jpeg_b64(R.randint(120, 200)), "photo"), "UpdatedBy": R.choice(STAFF)[3],
               "SourceContext": "Brightpath.Individuals.PhotoService"})
    elif k == 11:
        c = R.choice(SL)
        L = Line("evv_json")
        jw(L, {"VisitOtherID": P(f"V{digits(9)}", "other_id"), "ClientID": P(c["ind"], "mrn"), "ClientVerifiedService": True,
               "ClientSignatureAvailable": False, "ClientVoiceRecording": False, "ClientVerification": {"Method": "Fingerprint",
               "TemplateFormat": "ISO19794-2", "Template": P(fmr_b64(R.randint(60, 90)), "biometric"), "MatchScore": R.randint(40, 99)}})
    else:
        c = R.choice(CLIENTS)
        L = Line("serilog_text")
        L.f("{ts} [WRN] Brightpath.Finance.PersonalFunds: NSF on resident account {bank} for {name}; SSI deposit expected {d}",
            ts=ts_serilog(t), bank=(c["bank"], "account"), name=(nm(c, R.choice(["lf", "fl"])), "name"), d=(fdate(date(2024, 4, 1), R.choice(["us", "mon"])), "date"))
    return [L]


# ============================================================================ assembly
PHI_GENS = [(serilog_phi, 14), (clef_phi, 8), (logcat_phi, 11), (ger_json, 6), (ger_narrative, 5), (shift_note, 15),
            (behavior_csv, 4), (sms_phi, 7), (mail_phi, 5), (evv_json, 5), (evv_csv, 2), (state_xml, 4), (van_phi, 4),
            (van_release, 3), (nginx_phi, 5), (hl7_block, 3), (rare_phi, 15)]
NOISE_GENS = [(serilog_noise, 16), (clef_noise, 8), (logcat_noise, 14), (behavior_noise, 1), (sms_noise, 4), (mail_noise, 5),
              (evv_noise, 3), (state_noise, 2), (van_noise, 4), (nginx_noise, 6), (hl7_ack, 2), (k8s_noise, 6),
              (prom_noise, 1), (directory_noise, 2), (site_noise, 2), (shift_note, 2)]
TOTAL = 500
TARGET_NOPHI = 0.55


def pick(gens):
    tot = sum(w for _, w in gens)
    x = R.uniform(0, tot)
    for g, w in gens:
        x -= w
        if x <= 0:
            return g
    return gens[-1][0]


CAPS = {"ger_narrative": 28, "behavior_csv": 26, "hl7_block": 26, "shift_note": 40, "prom_noise": 8, "directory_noise": 10,
        "evv_csv": 14, "van_phi": 10, "k8s_noise": 12}


def main():
    lines = []
    used = {}
    x12_at = [(110, False, 2), (330, True, 2), (420, True, 1)]
    while len(lines) < TOTAL:
        n = len(lines)
        if x12_at and n >= x12_at[0][0]:
            _, single, ncl = x12_at.pop(0)
            blk = x12_block(single, ncl)
        else:
            nophi = sum(1 for l in lines if not l.spans)
            frac = nophi / n if n else 0
            gens = NOISE_GENS if frac < TARGET_NOPHI else PHI_GENS
            g = pick(gens)
            if used.get(g.__name__, 0) >= CAPS.get(g.__name__, 10 ** 6):
                continue
            blk = g()
            used[g.__name__] = used.get(g.__name__, 0) + len(blk)
        room = TOTAL - len(lines)
        if len(blk) > room:
            continue
        lines.extend(blk)
    assert len(lines) == TOTAL
    log_out, lab_out = [], []
    for i, L in enumerate(lines, 1):
        b = bytes(L.buf)
        txt = b.decode("utf-8")
        assert "\n" not in txt and "\r" not in txt and txt.strip(), (i, txt)
        spans = []
        last = -1
        for (s, e, cat, v) in sorted(L.spans):
            assert b[s:e].decode("utf-8") == v, (i, v)
            assert s >= last, (i, "overlap")
            last = e
            spans.append({"s": s, "e": e, "cat": cat})
        log_out.append(txt)
        lab_out.append(json.dumps({"line": i, "family": L.family, "spans": spans}, ensure_ascii=False))
    (HERE / f"{ID}.log").write_text("\n".join(log_out), encoding="utf-8")
    (HERE / f"{ID}.labels.jsonl").write_text("\n".join(lab_out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
