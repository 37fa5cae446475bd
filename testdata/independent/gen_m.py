#!/usr/bin/env python3
"""Deterministic generator for held-out PHI test corpus "m".

Theme: edges of a healthcare company (mobile apps, telehealth, wearables,
call centre / fax / email gateways, pharmacy).  Standard library only.
Writes m.log and m.labels.jsonl next to this file.

Label policy (summary):
  * staff / clinician / agent names, role mailboxes, toll-free company numbers
    (DNIS, SMS senders, fax destinations), NPIs, NDCs, ICD-10 codes, group
    numbers, BIN/PCN, internal numeric row ids (patientPk, visitId, id) and
    all log/record timestamps are NOT labelled;
  * masked values (************1234, ***-**-****, <private>, XX:XX:..) are not PHI;
  * private / CGNAT / mDNS host candidates and TURN/MTA server IPs are not PHI;
  * appointment start datetimes are labelled whole as `date`;
  * prescriber DEA numbers are labelled `license` (the brief lists DEA);
  * photo file paths / object keys / data-URIs of patient faces are `photo`
    (the whole path, even when it embeds an MRN); portal URLs carrying an MRN
    and personal social-profile URLs are `url` (whole URL);
  * voiceprint / palm-vein / fingerprint (ISO 19794-2 FMR) templates are `biometric`;
  * Rx numbers, NCPDP D2 reference numbers and claim numbers are `other_id`.
"""
import json
import os
import random
import datetime as dt

SEED = 20240314
N_LINES = 500
PHI_FRACTION = 0.55
OUT_DIR = os.path.dirname(os.path.abspath(__file__))

rng = random.Random(SEED)

# ---------------------------------------------------------------- helpers
CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}


def P(value, cat):
    """A labelled piece."""
    assert cat in CATS, cat
    return (value, cat)


def compose(parts):
    """parts: list of str | (str, cat).  Returns (line, spans)."""
    buf = b""
    spans = []
    for part in parts:
        if isinstance(part, tuple):
            val, cat = part
            vb = val.encode("utf-8")
            s = len(buf)
            buf += vb
            spans.append({"s": s, "e": len(buf), "cat": cat, "_v": val})
        else:
            buf += part.encode("utf-8")
    line = buf.decode("utf-8")
    assert "\n" not in line and "\r" not in line
    lb = line.encode("utf-8")
    for sp in spans:
        assert lb[sp["s"]:sp["e"]].decode("utf-8") == sp.pop("_v")
        assert sp["e"] > sp["s"]
    return line, spans


HEX = "0123456789abcdef"
ALNUM_UP = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def rhex(n, up=False):
    s = "".join(rng.choice(HEX) for _ in range(n))
    return s.upper() if up else s


def rdig(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def ralnum(n, alphabet=ALNUM_UP):
    return "".join(rng.choice(alphabet) for _ in range(n))


def ruuid(up=False):
    s = "%s-%s-4%s-%s%s-%s" % (rhex(8), rhex(4), rhex(3), rng.choice("89ab"),
                                rhex(3), rhex(12))
    return s.upper() if up else s


def luhn_digit(body):
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
    return luhn_digit(num[:-1]) == num[-1]


# ---------------------------------------------------------------- clock
CLOCK = [dt.datetime(2024, 3, 14, 7, 58, 11, 0)]
TZ_OFF = "-0500"


def tick():
    CLOCK[0] += dt.timedelta(seconds=rng.randint(0, 40),
                             microseconds=rng.randint(0, 999999))
    return CLOCK[0]


def ts_logcat(t):
    return t.strftime("%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)


def ts_ios(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%06d" % t.microsecond + TZ_OFF


def ts_iso_z(t, ms=True):
    u = t + dt.timedelta(hours=5)
    if ms:
        return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (u.microsecond // 1000)
    return u.strftime("%Y-%m-%dT%H:%M:%SZ")


def ts_syslog(t):
    return t.strftime("%b ") + "%2d" % t.day + t.strftime(" %H:%M:%S")


def ts_log4j(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def epoch_ms(t):
    u = t + dt.timedelta(hours=5)
    return int((u - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


# ---------------------------------------------------------------- people
FIRST = ["José", "Nguyễn Thị", "Zoë", "Aoife", "Oluwaseun", "Priya", "Wei",
         "Fatima", "Mateus", "Kalani", "Dmitri", "Anjali", "Tomasz", "Hye-jin",
         "Eero", "Ngozi", "Yusuf", "Lucía", "Siosaia", "Kenji", "Thandiwe",
         "Rahul", "Ayşe", "Björn", "Mariana", "Kiona", "Dong-hyun", "Leilani",
         "Gabriel", "Rosa María", "Ahmad", "Elif", "Sipho", "Meera", "Pedro",
         "Hana", "Fionnuala", "Jean-Luc", "Amara", "Tuan", "Isabella", "Omar",
         "Ingrid", "Kofi", "Mei-Ling", "Arjun", "Valentina", "Nikolai", "Aiyana",
         "Rangi", "Sun-hee", "Chloé", "Bogdan", "Marguerite", "Delroy", "Esperanza",
         "Walter", "Dorothy", "Shirin", "Tenzin", "Malia", "Ignacio", "Beatriz",
         "Harold", "Yuki", "Chidi", "Svetlana", "Declan", "Noor", "Kwame"]
LAST = ["Hernández", "Lan", "Müller", "Ní Bhriain", "Adeyemi", "Raman", "Zhang",
        "Al-Sayed", "Gonçalves", "Kahananui", "Volkov", "Deshpande", "Wiśniewski",
        "Park", "Mäkinen", "Okonkwo", "Demir", "Fernández", "Tupou", "Watanabe",
        "Dlamini", "Iyer", "Yılmaz", "Lindqvist", "Oliveira", "Begay", "Kim",
        "Akana", "Nakamura-Ortiz", "Delgado Ruiz", "Karimi", "Şahin", "Nkosi",
        "Krishnan", "Álvarez", "Nováková", "O'Connor", "Barbier", "Nwosu", "Pham",
        "Rossi", "Haddad", "Solberg", "Asante", "Chou", "Malhotra", "Ríos",
        "Petrov", "Yazzie", "Parata", "Lee", "Dubois", "Popescu", "Thibodeaux",
        "Campbell", "Villanueva", "Kowalczyk", "Abernathy", "Rahimi", "Dorjee",
        "Fonoti", "Castellanos", "Sørensen", "MacLeod", "Tanaka", "Eze",
        "Kuznetsova", "Gallagher", "Siddiqui", "Boateng"]
# clinicians / agents -- deliberately NOT labelled
STAFF = ["Dr. Adebayo", "Dr. Lindgren", "Dr. Reyes-Whitfield", "Dr. Okafor",
         "Dr. Hsu", "NP Calloway", "RN Mbeki", "Dr. Feldman", "PharmD Quintero"]
AGENTS = ["jmorales", "tpatel", "kobrien", "lnguyen", "asokolova", "dwashington"]
AGENT_FULL = ["Jasmine Morales", "Tariq Patel", "Kevin O'Brien", "Linh Nguyen"]

CITIES = [  # city, state, zip3, area codes
    ("Fresno", "CA", "937", ["559"]), ("Tulsa", "OK", "741", ["918"]),
    ("Duluth", "MN", "558", ["218"]), ("Hialeah", "FL", "330", ["305", "786"]),
    ("Yakima", "WA", "989", ["509"]), ("Lowell", "MA", "018", ["978"]),
    ("Boise", "ID", "837", ["208"]), ("Paterson", "NJ", "075", ["973", "862"]),
    ("Laredo", "TX", "780", ["956"]), ("Gallup", "NM", "873", ["505"]),
    ("Hilo", "HI", "967", ["808"]), ("Dearborn", "MI", "481", ["313"]),
    ("Toledo", "OH", "436", ["419", "567"]), ("Worcester", "MA", "016", ["508", "774"]),
    ("Flagstaff", "AZ", "860", ["928"]), ("Chula Vista", "CA", "919", ["619"]),
    ("Sioux Falls", "SD", "571", ["605"]), ("Lafayette", "LA", "705", ["337"]),
    ("Bangor", "ME", "044", ["207"]), ("Asheville", "NC", "288", ["828"]),
]
STREET_NAMES = ["Willow Creek", "Kedzie", "Kamehameha", "Magnolia", "Old Orchard",
                "Cottonwood", "Linden", "Piñon", "Riverside", "Saint Agnes",
                "Harbor View", "Juniper", "Laurel Hollow", "Eucalyptus", "Maple Ridge",
                "Bayou Vista", "Sequoia", "Prospect", "Fairmount", "Chestnut"]
STREET_SFX = ["Rd", "Ave", "St", "Dr", "Ln", "Blvd", "Ct", "Way", "Pl", "Hwy"]


class Person:
    def __init__(self):
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)
        self.city, self.state, z3, acs = rng.choice(CITIES)
        self.zip = z3 + rdig(2)
        self.zip4 = self.zip + "-" + rdig(4)
        self.area = rng.choice(acs)
        self.dob = rand_date(1926, 2019)
        unit = rng.choice(["", "", "", " Apt " + str(rng.randint(1, 40)) + rng.choice("ABCD"),
                           " Unit " + str(rng.randint(100, 999))])
        pre = rng.choice(["", "", "N ", "S ", "E ", "W "])
        self.street = "%d %s%s %s%s" % (rng.randint(3, 19999), pre,
                                        rng.choice(STREET_NAMES),
                                        rng.choice(STREET_SFX), unit)
        self.phone10 = nanp(self.area)
        self.sex = rng.choice("MF")

    def adult(self):
        """Licence holders: make sure the person is at least 17."""
        if self.dob.year > 2006:
            self.dob = rand_date(1930, 2006)
        return self

    @property
    def full(self):
        return self.first + " " + self.last


def rand_date(y0, y1):
    d0 = dt.date(y0, 1, 1).toordinal()
    d1 = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(d0, d1))


def fmt_date(d, style=None):
    style = style or rng.choice(["iso", "us", "compact", "us2", "mon", "dmy"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "us2":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "mon":
        return d.strftime("%b ") + str(d.day) + d.strftime(", %Y")
    if style == "dmy":
        return d.strftime("%d-%b-%Y").upper()
    if style == "mmddyyyy":
        return d.strftime("%m%d%Y")
    raise ValueError(style)


# ---------------------------------------------------------------- identifiers
def nanp(area=None):
    if area is None:
        area = rng.choice(["212", "312", "415", "503", "614", "704", "901", "469",
                           "720", "347", "832", "262", "781", "443", "971"])
    while True:
        ex = str(rng.randint(2, 9)) + rdig(2)
        if ex[1:] == "11" or ex == "555" or ex in ("958", "959", "976"):
            continue
        return area + ex + rdig(4)


def fmt_phone(p10, style=None):
    style = style or rng.choice(["paren", "dash", "e164", "dot", "plain", "1dash"])
    a, b, c = p10[:3], p10[3:6], p10[6:]
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "e164": "+1" + p10, "dot": "%s.%s.%s" % (a, b, c), "plain": p10,
            "1dash": "1-%s-%s-%s" % (a, b, c), "sp": "+1 %s %s %s" % (a, b, c)}[style]


def tollfree():
    return rng.choice(["800", "833", "844", "855", "866", "877", "888"]) + \
        str(rng.randint(2, 9)) + rdig(6)


def ssn(style=None):
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        break
    g = rng.randint(1, 99)
    s = rng.randint(1, 9999)
    style = style or rng.choice(["dash", "dash", "plain"])
    if style == "dash":
        return "%03d-%02d-%04d" % (area, g, s)
    return "%03d%02d%04d" % (area, g, s)


def card(kind=None):
    kind = kind or rng.choice(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        body = "4" + rdig(14)
    elif kind == "mc":
        body = str(rng.randint(51, 55)) + rdig(13)
    elif kind == "amex":
        body = rng.choice(["34", "37"]) + rdig(12)
    else:
        body = "6011" + rdig(11)
    n = body + luhn_digit(body)
    assert luhn_ok(n)
    return n


def fmt_card(n):
    if len(n) == 15:
        return "%s %s %s" % (n[:4], n[4:10], n[10:])
    return rng.choice([n, " ".join(n[i:i + 4] for i in range(0, 16, 4)),
                       "-".join(n[i:i + 4] for i in range(0, 16, 4))])


def imei():
    tac = rng.choice(["35332811", "35891605", "35420311", "86691504", "35672011",
                      "01326300", "35209980"])
    body = tac + rdig(6)
    n = body + luhn_digit(body)
    assert luhn_ok(n) and len(n) == 15
    return n


OUIS = ["5C:F3:70", "A4:C1:38", "00:5F:BF", "E8:EB:1B", "D0:03:DF", "F4:60:E2",
        "C8:DF:84", "00:1A:7D", "CC:78:AB", "EC:FE:7E"]


def mac(lower=False):
    m = rng.choice(OUIS) + ":" + ":".join(rhex(2, True) for _ in range(3))
    return m.lower() if lower else m


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dashed=False):
    an = MBI_A + "0123456789"
    c = [str(rng.randint(1, 9)), rng.choice(MBI_A), rng.choice(an), rdig(1),
         rng.choice(MBI_A), rng.choice(an), rdig(1), rng.choice(MBI_A),
         rng.choice(MBI_A), rdig(1), rdig(1)]
    s = "".join(c)
    if dashed:
        return s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s


def member_id():
    k = rng.choice(["bcbs", "aetna", "uhc", "cigna", "medicaid", "mbi", "humana"])
    if k == "bcbs":
        return rng.choice(["XEH", "YRH", "ZGP", "JQU", "R7K"]) + rdig(9)
    if k == "aetna":
        return "W" + rdig(9)
    if k == "uhc":
        return rdig(9) + "0" + str(rng.randint(1, 3))
    if k == "cigna":
        return "U" + rdig(8) + rdig(2)
    if k == "medicaid":
        return rng.choice(["9", "1"]) + rdig(7) + rng.choice("ABCDEFGH")
    if k == "humana":
        return "H" + rdig(8)
    return mbi()


def mrn():
    k = rng.randint(0, 4)
    if k == 0:
        return rdig(8)
    if k == 1:
        return "E" + rdig(7)
    if k == 2:
        return "MR" + rdig(7)
    if k == 3:
        return rdig(3) + "-" + rdig(3) + "-" + rdig(3)
    return str(rng.randint(1, 9)) + rdig(6)


def dea(last_initial):
    first = rng.choice("ABFGM")
    d = [rng.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + last_initial.upper() + "".join(map(str, d)) + str(chk)


def drivers_license(state):
    fmts = {"CA": lambda: rng.choice("ABCDEFGHJKNY") + rdig(7),
            "NY": lambda: rdig(9), "TX": lambda: rdig(8),
            "FL": lambda: rng.choice("ABCGHKMPRSW") + rdig(12),
            "WA": lambda: "WDL" + ralnum(9),
            "MA": lambda: "S" + rdig(8), "OH": lambda: ralnum(2, "ABCDEFGHJKMRS") + rdig(6),
            "MI": lambda: rng.choice("BCDKLMS") + rdig(12),
            "NJ": lambda: rng.choice("ABCDKMS") + rdig(14)}
    st = state if state in fmts else rng.choice(sorted(fmts))
    return st, fmts[st]()


VIN_MAP = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                                [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    wmi = rng.choice(["1HG", "2T1", "1FT", "5YJ", "3VW", "JTD", "1G1", "KNM", "WBA"])
    vds = ralnum(5, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    yr = rng.choice("DEFGHJKLMNPR")
    rest = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + rdig(6)
    v = wmi + vds + "0" + yr + rest
    tot = 0
    for i, ch in enumerate(v):
        val = int(ch) if ch.isdigit() else VIN_MAP[ch]
        tot += val * VIN_W[i]
    chk = tot % 11
    v = v[:8] + ("X" if chk == 10 else str(chk)) + v[9:]
    return v


def plate(state):
    if state == "CA":
        return str(rng.randint(5, 9)) + ralnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + rdig(3)
    if state == "TX":
        return ralnum(3, "BCDFGHJKLMNPRSTVWXYZ") + "-" + rdig(4)
    return ralnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + " " + rdig(4)


def public_ipv4():
    while True:
        a = rng.choice([24, 47, 50, 66, 67, 68, 69, 71, 72, 73, 75, 76, 96, 97, 98,
                        99, 107, 108, 142, 162, 166, 172, 173, 174, 184, 2, 5, 31, 45, 85])
        b = rng.randint(0, 255)
        if a == 172 and 16 <= b <= 31:
            continue
        return "%d.%d.%d.%d" % (a, b, rng.randint(0, 255), rng.randint(1, 254))


def public_ipv6():
    return "%s:%s:%s:%s:%s:%s:%s:%s" % (rng.choice(["2601", "2600", "2603", "2607", "2a02"]),
                                         rhex(3), rhex(4), rhex(4), rhex(4), rhex(4),
                                         rhex(4), rhex(4))


def private_ipv4():
    k = rng.randint(0, 3)
    if k == 0:
        return "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    if k == 1:
        return "192.168.%d.%d" % (rng.choice([0, 1, 1, 86, 100]), rng.randint(2, 254))
    if k == 2:
        return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))
    return "100.%d.%d.%d" % (rng.randint(64, 127), rng.randint(0, 255), rng.randint(1, 254))


def email_for(p):
    def asc(s):
        tr = str.maketrans("áàâãäçéèêëíïñóôöúüýøåśşıễịăğ", "aaaaaceeeeiinooouuyoassieiag")
        return "".join(ch for ch in s.lower().translate(tr) if ch.isalnum())
    f, l = asc(p.first), asc(p.last)
    dom = rng.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com",
                      "hotmail.com", "aol.com", "comcast.net", "proton.me", "att.net"])
    loc = rng.choice(["%s.%s" % (f, l), "%s%s%d" % (f[0], l, rng.randint(1, 99)),
                      "%s_%s%d" % (f, l, p.dob.year % 100), "%s.%s" % (l, f),
                      "%s%d" % (f, rng.randint(100, 9999))])
    return loc + "@" + dom


def rx_number():
    return rng.choice([rdig(7), rdig(7), "RX" + rdig(8), rdig(2) + "-" + rdig(6)])


def age_over89():
    return rng.randint(90, 104)


# ---------------------------------------------------------------- variant control
# Every family picks its template with pick(n) (returns 0..n).  main() probes
# each family for its number of PHI / non-PHI templates and then deals the
# lines from a shuffled deck so that every template appears ~equally often.
MODE = {"force": None, "probe": False}


class _Probe(Exception):
    pass


def pick(n):
    if MODE["probe"]:
        raise _Probe(n)
    if MODE["force"] is not None:
        return MODE["force"]
    return rng.randint(0, n)


# ---------------------------------------------------------------- families
FAMILIES = []


def family(name, weight=1.0):
    def deco(fn):
        FAMILIES.append((name, weight, fn))
        return fn
    return deco


def lc_prefix(t, pid, tid, lvl, tag):
    return "%s %5d %5d %s %s: " % (ts_logcat(t), pid, tid, lvl, tag)


APP_PID = [rng.randint(3000, 31000) for _ in range(4)]


@family("android_logcat", 3.0)
def f_logcat(phi):
    t = tick()
    pid = rng.choice(APP_PID)
    tid = pid + rng.randint(0, 90)
    if phi:
        p = Person()
        k = pick(8)
        if k == 7:
            return [lc_prefix(t, pid, tid, "I", "IdVerifyUpload"),
                    "selfie queued path=", P("/storage/emulated/0/Android/data/com.carebridge.patient/files/Pictures/selfie_%s.jpg" % t.strftime("%Y%m%d_%H%M%S"), "photo"),
                    " size=%dKB" % rng.randint(300, 4000)]
        if k == 8:
            st, dl = drivers_license(p.adult().state)
            return [lc_prefix(t, pid, tid, "D", "IdVerifyUpload"),
                    "mlkit ocr doc=DRIVER_LICENSE state=", st, " number=", P(dl, "license"),
                    " dob=", P(fmt_date(p.dob, "us"), "date")]
        if k == 0:
            return [lc_prefix(t, pid, tid, "D", "BluetoothGatt"),
                    "connect() - device: ", P(mac(), "device"), ", auto: false"]
        if k == 1:
            return [lc_prefix(t, pid, tid, "I", "PatientRepository"),
                    "cache hit mrn=", P(mrn(), "mrn"), " patientPk=%d displayName=\"" % rng.randint(1000, 999999),
                    P(p.full, "name"), "\" stale=false"]
        if k == 2:
            return [lc_prefix(t, pid, tid, "D", "OkHttp"),
                    "{\"memberId\":\"", P(member_id(), "health_plan"),
                    "\",\"dateOfBirth\":\"", P(fmt_date(p.dob, "iso"), "date"),
                    "\",\"lastName\":\"", P(p.last, "name"), "\"}"]
        if k == 3:
            return [lc_prefix(t, pid, tid, "W", "DeviceRegistrar"),
                    "registering handset imei=", P(imei(), "device"),
                    " model=SM-S918U sdk=34"]
        if k == 4:
            return [lc_prefix(t, pid, tid, "I", "BpSyncWorker"),
                    "Uploaded 3 readings for ", P(p.full, "name"), " (age ",
                    P(str(age_over89()), "age"), ") cuff=", P(mac(), "device")]
        if k == 5:
            return [lc_prefix(t, pid, tid, "D", "ProfileFragment"),
                    "bind address: street=", P(p.street, "address"), " city=",
                    P(p.city, "address"), " state=", p.state, " zip=",
                    P(p.zip, "zip")]
        return [lc_prefix(t, pid, tid, "E", "ReminderScheduler"),
                "SMS fallback to ", P(fmt_phone(p.phone10, "e164"), "phone"),
                " failed: rc=21610 (unsubscribed)"]
    k = pick(6)
    if k == 0:
        return [lc_prefix(t, 1421, 1466, "I", "ActivityManager"),
                "Displayed com.carebridge.patient/.ui.visit.VisitActivity: +%dms" % rng.randint(180, 1400)]
    if k == 1:
        return [lc_prefix(t, pid, pid, "I", "Choreographer"),
                "Skipped %d frames!  The application may be doing too much work on its main thread." % rng.randint(31, 120)]
    if k == 2:
        return [lc_prefix(t, pid, tid, "D", "BluetoothGatt"),
                "discoverServices() - device: XX:XX:XX:XX:%s:%s" % (rhex(2, True), rhex(2, True))]
    if k == 3:
        return [lc_prefix(t, pid, tid, "D", "BluetoothGatt"),
                "setCharacteristicNotification() - uuid: 00002a35-0000-1000-8000-00805f9b34fb enable: true"]
    if k == 4:
        return [lc_prefix(t, pid, pid + 7, "I", "art"),
                "Background concurrent copying GC freed %d(%dMB) AllocSpace objects, %d(%dMB) LOS objects, 49%% free, %dMB/%dMB, paused %dus total %d.%dms" % (
                    rng.randint(10000, 99999), rng.randint(1, 9), rng.randint(1, 40), rng.randint(1, 20),
                    rng.randint(8, 30), rng.randint(30, 60), rng.randint(30, 900), rng.randint(20, 200), rng.randint(0, 9))]
    if k == 5:
        return [lc_prefix(t, pid, tid, "I", "CareBridgeApp"),
                "versionName=4.%d.%d versionCode=%d buildType=release sha=%s" % (
                    rng.randint(0, 19), rng.randint(0, 9), rng.randint(40000, 49999), rhex(7))]
    return [lc_prefix(t, pid, tid, "D", "OkHttp"),
            "<-- 200 https://api.carebridge-health.com/v3/appointments?status=upcoming&limit=%d (%dms, %d-byte body)" % (
                rng.choice([10, 20, 50]), rng.randint(40, 900), rng.randint(200, 9000))]


@family("ivr_cti", 2.5)
def f_ivr(phi):
    t = tick()
    ucid = "0000" + rdig(16)
    if phi:
        p = Person()
        k = pick(6)
        if k == 0:
            return [ts_log4j(t), " INFO  [CTI-Link] CallDelivered ucid=", ucid, " ani=",
                    P(p.phone10, "phone"), " dnis=", tollfree(), " vdn=3%04d skill=%d" % (
                        rng.randint(0, 9999), rng.randint(100, 400))]
        if k == 1:
            return [ts_log4j(t), " INFO  [IVR] ucid=", ucid,
                    " node=AUTH_DOB collected digits=\"",
                    P(fmt_date(p.dob, "mmddyyyy"), "date"), "\" tries=1 result=MATCH"]
        if k == 2:
            return [ts_log4j(t), " DEBUG [IVR] ucid=", ucid,
                    " node=GET_MEMBER_ID input=", P(rdig(rng.choice([9, 11, 12])), "health_plan"),
                    " confidence=0.%02d mode=DTMF" % rng.randint(60, 99)]
        if k == 3:
            return ["[", ts_syslog(t), "] VERBOSE[%d][C-%08x] pbx.c: Executing [s@ivr-auth:4] Set(\"PJSIP/carrier-%08x\", \"CALLERID(num)=" % (
                rng.randint(1000, 40000), rng.randint(0, 2**28), rng.randint(0, 2**20)),
                P(fmt_phone(p.phone10, "e164"), "phone"), "\") in new stack"]
        if k == 5:
            return [ts_log4j(t), " INFO  [VoiceBio] ucid=", ucid, " enroll ok voiceprint=",
                    P("VP1:" + ralnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"), "biometric"),
                    " netScore=%d" % rng.randint(60, 99)]
        if k == 6:
            return [ts_log4j(t), " DEBUG [IVR-Pay] ucid=", ucid, " node=COLLECT_PAN digits=",
                    P(card(rng.choice(["visa", "mc", "disc"])), "account"), " guarantorAcct=",
                    P(rdig(10), "account")]
        return [ts_log4j(t), " INFO  [CTI-Screenpop] agent=", rng.choice(AGENTS),
                " pop caller=\"", P(p.full, "name"), "\" ssnLast=**** fullSsnVerified=",
                P(ssn(), "ssn"), " ani=", P(fmt_phone(p.phone10, "dash"), "phone")]
    k = pick(4)
    if k == 4:
        return [ts_log4j(t), " INFO  [IVR-Pay] ucid=", ucid, " result=APPROVED pan=%s******%s authCode=%s" % (
            rng.choice(["411111", "545454", "601100"]), rdig(4), ralnum(6))]
    if k == 0:
        return [ts_log4j(t), " INFO  [CTI-Link] CallCleared ucid=", ucid, " cause=NORMAL dur=%ds holdTime=%ds" % (
            rng.randint(20, 1500), rng.randint(0, 300))]
    if k == 1:
        return [ts_log4j(t), " INFO  [IVR] ucid=", ucid, " node=MAIN_MENU digit=%d next=%s" % (
            rng.randint(1, 9), rng.choice(["PHARMACY_Q", "SCHED_Q", "BILLING_Q", "NURSE_LINE"]))]
    if k == 2:
        return [ts_log4j(t), " WARN  [CTI-Link] AgentStateChange agent=", rng.choice(AGENTS),
                " ext=%d state=AUX reason=%d" % (rng.randint(4000, 4999), rng.randint(1, 9))]
    return [ts_log4j(t), " INFO  [CTI-Link] QueueStats skill=%d callsWaiting=%d oldest=%ds dnis=%s" % (
        rng.randint(100, 400), rng.randint(0, 30), rng.randint(0, 600), tollfree())]


def npi():
    body = str(rng.choice([1, 2])) + rdig(8)
    return body + luhn_digit("80840" + body)


def sid(prefix):
    return prefix + rhex(32)


APP_NAME = "CareBridge"
IOS_PID = rng.randint(400, 9000)
BTD_PID = rng.randint(90, 399)


def ios_prefix(t, style, sub="com.carebridge.ios", cat="App", proc=APP_NAME, typ="Default", pid=None):
    pid = pid or IOS_PID
    if style == "xcode":
        return "%s %s[%d:%d] " % (ts_ios(t), proc, IOS_PID, rng.randint(1900000, 1999999))
    return "%s 0x%-8x %-11s 0x%-18x %-6d %-4d %s: [%s:%s] " % (
        ts_ios(t), rng.randint(0x10000, 0x3fffff), typ, 0, pid, 0, proc, sub, cat)


@family("ios_oslog", 3.0)
def f_ios(phi):
    t = tick()
    st = rng.choice(["xcode", "stream"])
    if phi:
        p = Person()
        k = pick(6)
        if k == 0:
            return [ios_prefix(t, st, cat="Visit"), "[VisitViewModel] header name=",
                    P(p.full, "name"), " dob=", P(fmt_date(p.dob, "us"), "date"),
                    " visitType=follow_up"]
        if k == 1:
            return [ios_prefix(t, st, cat="Auth"), "signIn succeeded user=",
                    P(email_for(p), "email"), " mfa=sms"]
        if k == 2:
            return [ios_prefix(t, st, cat="Media"),
                    "PUT patient face photo ", P("s3://cb-prod-patient-photos/%s/profile_%s.heic" % (
                        mrn(), rhex(8)), "photo"), " bytes=%d" % rng.randint(80000, 900000)]
        if k == 3:
            return [ios_prefix(t, "stream", sub="com.apple.bluetooth", cat="Server",
                               proc="bluetoothd", pid=BTD_PID),
                    "Device connected: \"Contour7830H\" address ", P(mac(), "device"),
                    " (public), LE 2M PHY"]
        if k == 4:
            return [ios_prefix(t, st, cat="HealthKit"),
                    "exported 14 samples for MRN ", P(mrn(), "mrn"), " age=",
                    P(str(age_over89()), "age"), " unit=mmHg"]
        if k == 5:
            return [ios_prefix(t, st, cat="Intake"), "insurance OCR memberID=",
                    P(member_id(), "health_plan"), " group=%s subscriber=\"" % rdig(6),
                    P(p.full, "name"), "\""]
        return [ios_prefix(t, st, cat="Network"), "GET ",
                P("https://portal.carebridge-health.com/chart/%s/summary" % mrn(), "url"),
                " -> 200 (%dms)" % rng.randint(40, 700)]
    k = pick(5)
    if k == 0:
        return [ios_prefix(t, st, cat="Visit"), "[VisitViewModel] header name=<private> dob=<private> visitType=new_patient"]
    if k == 1:
        return [ios_prefix(t, "stream", sub="com.apple.CFNetwork", cat="Summary", proc=APP_NAME),
                "Task <%s>.<%d> summary for task success {transaction_duration_ms=%d, response_status=200, connection=%d, protocol=\"h2\"}" % (
                    ruuid(True), rng.randint(1, 9), rng.randint(30, 2000), rng.randint(1, 60))]
    if k == 2:
        return [ios_prefix(t, "stream", sub="com.apple.bluetooth", cat="CoreBluetooth", proc=APP_NAME),
                "Discovered peripheral <CBPeripheral: 0x%x, identifier = %s, name = OMRON BLEsmart_0000041F, mtu = 23, state = disconnected> RSSI -%d" % (
                    rng.randint(0x280000000, 0x2ffffffff), ruuid(True), rng.randint(40, 95))]
    if k == 3:
        return [ios_prefix(t, st, cat="Lifecycle"),
                "app version 4.%d.%d (%d) iOS 17.%d.%d sceneSession=%s" % (
                    rng.randint(0, 19), rng.randint(0, 9), rng.randint(40000, 49999),
                    rng.randint(0, 4), rng.randint(0, 1), ruuid(True))]
    if k == 4:
        return [ios_prefix(t, "stream", sub="com.apple.network", cat="connection", proc=APP_NAME, typ="Info"),
                "nw_connection_report_state_with_handler_on_nw_queue [C%d] reporting state ready" % rng.randint(1, 80)]
    return [ios_prefix(t, st, cat="HealthKit"),
            "anchored query returned %d samples (HKQuantityTypeIdentifierBloodGlucose) anchor=%d" % (
                rng.randint(0, 400), rng.randint(100000, 9999999))]


def rn_obj(pairs):
    """React Native console.log prints objects as {"k": v, ...} with sorted keys."""
    out = ["{"]
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(", ")
        out.append('"%s": ' % k)
        if isinstance(v, tuple):
            out += ['"', v, '"']
        elif isinstance(v, int):
            out.append(str(v))
        elif v is None:
            out.append("null")
        else:
            out += ['"', v, '"']
    out.append("}")
    return out


@family("react_native", 2.0)
def f_rn(phi):
    t = tick()
    lc = rng.random() < 0.4
    pre = lc_prefix(t, rng.choice(APP_PID), rng.randint(3000, 31000), "I", "ReactNativeJS") if lc else " LOG  "
    if phi:
        p = Person()
        k = pick(6)
        if k == 0:
            return [pre, "[VisitStore] setPatient "] + rn_obj(sorted([
                ("dob", P(fmt_date(p.dob, "iso"), "date")), ("id", rng.randint(1000, 99999)),
                ("name", P(p.full, "name")), ("preferredLanguage", rng.choice(["en", "es", "vi", "so"]))]))
        if k == 1:
            return [pre, "[Intake] address step valid "] + rn_obj([
                ("city", P(p.city, "address")), ("line1", P(p.street, "address")),
                ("postalCode", P(p.zip, "zip")), ("state", p.state)])
        if k == 2:
            c = card()
            return [" WARN  " if not lc else pre, "[Payments] tokenize fallback, raw pan=",
                    P(c, "account"), " exp=%02d/%d" % (rng.randint(1, 12), rng.randint(25, 30))]
        if k == 3:
            return [pre, "[Auth] session restored ", ] + rn_obj([
                ("email", P(email_for(p), "email")), ("mrn", P(mrn(), "mrn")),
                ("sessionId", ruuid())])
        if k == 5:
            return [pre, "[Intake] social step "] + rn_obj([
                ("handle", "skipped"), ("profileUrl", P("https://www.facebook.com/%s" % email_for(p).split("@")[0].replace("_", "."), "url"))])
        if k == 6:
            return [" ERROR  " if not lc else pre, "[Intake] validation failed field=ssn value=",
                    P(ssn("dash"), "ssn"), " reason=area_mismatch"]
        return [pre, "[Telehealth] waiting room joined as ", P(p.full, "name"),
                ", callback ", P(fmt_phone(p.phone10, "paren"), "phone")]
    k = pick(4)
    if k == 0:
        return [" WARN  Possible Unhandled Promise Rejection (id: %d):" % rng.randint(0, 9)]
    if k == 1:
        return [" ERROR  TypeError: Cannot read property 'memberId' of undefined, js engine: hermes"]
    if k == 2:
        return [pre, "[Nav] state change ", ] + rn_obj([
            ("index", rng.randint(0, 4)), ("routeName", rng.choice(["VisitList", "Messages", "RefillDetail", "Vitals"])),
            ("stale", "false")])
    if k == 3:
        return [pre, "Running \"CareBridge\" with {\"rootTag\":%d,\"initialProps\":{}}" % rng.choice([1, 11, 21])]
    return [pre, "[Vitals] chart render points=%d age=%d bmi=%.1f" % (
        rng.randint(10, 300), rng.randint(18, 89), rng.uniform(18, 41))]


@family("flutter", 2.0)
def f_flutter(phi):
    t = tick()
    if rng.random() < 0.6:
        pre = "I/flutter (%5d): " % rng.choice(APP_PID)
    else:
        pre = "flutter: "
    if phi:
        p = Person()
        k = pick(5)
        if k == 5:
            return [pre, "[Eligibility] senior flow enabled age=", P(str(age_over89()), "age"),
                    " memberId=", P(mbi(dashed=rng.random() < 0.3), "health_plan")]
        if k == 0:
            return [pre, "Patient(id: %d, firstName: " % rng.randint(100, 99999), P(p.first, "name"),
                    ", lastName: ", P(p.last, "name"), ", dob: ",
                    P(p.dob.strftime("%Y-%m-%d") + " 00:00:00.000", "date"), ")"]
        if k == 1:
            return [pre, "[BleService] bonded glucometer sn=", P(ralnum(10), "device"),
                    " rssi=-%d fw=2.%d" % (rng.randint(40, 90), rng.randint(0, 9))]
        if k == 2:
            return [pre, "[CardScan] member_id=", P(member_id(), "health_plan"),
                    " group_no=%s rx_bin=%s rx_pcn=%s" % (rdig(7), rdig(6), ralnum(4))]
        if k == 3:
            return [pre, "[Avatar] cached ", P("data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBD" + ralnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"), "photo"),
                    "... (%d bytes)" % rng.randint(20000, 90000)]
        return [pre, "[Emergency] contact saved: ", P(p.first + " " + rng.choice(LAST), "name"),
                " (daughter) ", P(fmt_phone(nanp(p.area), "dash"), "phone")]
    k = pick(3)
    if k == 0:
        return [pre, "[GoRouter] going to /visits/%s" % rng.choice(["upcoming", "past", "detail/%d" % rng.randint(1, 9999)])]
    if k == 1:
        return [pre, "Another exception was thrown: A RenderFlex overflowed by %d.0 pixels on the bottom." % rng.randint(1, 99)]
    if k == 2:
        return [pre, "*** Response *** uri: https://api.carebridge-health.com/v2/config?platform=android&build=%d statusCode: 200" % rng.randint(40000, 49999)]
    return [pre, "[BleService] scan stopped after 10000ms, results=%d, service=00001808-0000-1000-8000-00805f9b34fb" % rng.randint(0, 6)]


@family("crash_report", 2.0)
def f_crash(phi):
    t = tick()
    if phi:
        p = Person()
        k = pick(5)
        if k == 5:
            return ["Breadcrumb | %d | http | GET " % epoch_ms(t),
                    P("https://portal.carebridge-health.com/api/patients/%s/allergies" % mrn(), "url"),
                    " -> %d" % rng.choice([200, 404, 500])]
        if k == 0:
            return ["Fatal Exception: java.lang.IllegalStateException: Missing coverage for memberId=",
                    P(member_id(), "health_plan"), " (patient ", P(p.full, "name"), ")"]
        if k == 1:
            return ["Breadcrumb | %d | navigation | PatientChart mrn=" % epoch_ms(t),
                    P(mrn(), "mrn"), " tab=medications"]
        if k == 2:
            return ["Key: user_email = ", P(email_for(p), "email")]
        if k == 3:
            return ["Breadcrumb | %d | http | POST /v2/intake body.ssn=" % epoch_ms(t),
                    P(ssn(), "ssn"), " status=422"]
        return ["Log: %dms  D/DischargeSummary: rendering admit=" % epoch_ms(t),
                P(fmt_date(t.date() - dt.timedelta(days=rng.randint(3, 20)), "us"), "date"),
                " discharge=", P(fmt_date(t.date() - dt.timedelta(days=rng.randint(0, 2)), "us"), "date")]
    k = pick(5)
    if k == 0:
        return ["Crashed: com.apple.main-thread EXC_BREAKPOINT 0x0000000%x" % rng.randint(0x100000000, 0x1ffffffff)]
    if k == 1:
        return ["%d  CareBridge  0x%x PatientHeaderView.configure(with:) + %d (PatientHeaderView.swift:%d)" % (
            rng.randint(0, 12), rng.randint(0x100000000, 0x1ffffffff), rng.randint(4, 900), rng.randint(10, 400))]
    if k == 2:
        return ["Device: Pixel %d, Android %d, RAM free %dMB, disk free %.1fGB, orientation portrait, battery %d%%" % (
            rng.randint(5, 8), rng.randint(12, 14), rng.randint(200, 3000), rng.uniform(1, 60), rng.randint(3, 100))]
    if k == 3:
        return ["Issue ID: %s  Session: %s  Version: 4.%d.%d (%d)" % (
            rhex(32), rhex(32).upper(), rng.randint(0, 19), rng.randint(0, 9), rng.randint(40000, 49999))]
    if k == 4:
        return ["Breadcrumb | %d | ui.lifecycle | VisitActivity onResume" % epoch_ms(t)]
    return ["Key: build_sha = %s ; Key: feature_flags = tele_v2,ble_batch ; Key: patient_pk = %d" % (
        rhex(40), rng.randint(100, 999999))]


@family("twilio_video", 2.0)
def f_twilio(phi):
    t = tick()
    room = sid("RM")
    if phi:
        p = Person()
        k = pick(3)
        if k == 0:
            return [ts_iso_z(t), " info [RemoteParticipant #%d: %s] identity: \"" % (rng.randint(2, 6), sid("PA")),
                    P(p.full, "name"), "\""]
        if k == 1:
            return ["POST /hooks/twilio/video 200 RoomSid=", room,
                    "&StatusCallbackEvent=participant-connected&ParticipantIdentity=",
                    P(email_for(p), "email"), "&ParticipantSid=", sid("PA")]
        if k == 2:
            return [ts_iso_z(t), " info [Room #1: %s] Room name: \"visit-%s\", local identity: \"" % (room, rhex(8)),
                    P(p.full, "name"), "\", dob on ticket: ", P(fmt_date(p.dob, "iso"), "date")]
        return [ts_iso_z(t), " warn [connect #1] signaling fallback, client ip ", P(public_ipv4(), "ip"),
                " via TURN gll.turn.twilio.com"]
    k = pick(4)
    if k == 0:
        return [ts_iso_z(t), " info [connect #1] Connecting to a Room"]
    if k == 1:
        return [ts_iso_z(t), " info [Room #1: %s] Connected to Room, region=us1, media=group" % room]
    if k == 2:
        return [ts_iso_z(t), " debug [LocalParticipant #1: %s] Publishing LocalVideoTrack %s (1280x720@24)" % (sid("PA"), ruuid())]
    if k == 3:
        return [ts_iso_z(t), " info [RemoteParticipant #2: %s] identity: \"clinician-%s\"" % (sid("PA"), rhex(6))]
    if rng.random() < 0.3:
        return [ts_iso_z(t), " info [Room #1: %s] intake summary ageYears=%d visitReason=%s" % (
            room, rng.randint(1, 89), rng.choice(["rash", "uti", "refill", "follow_up"]))]
    return [ts_iso_z(t), " debug [Room #1: %s] networkQualityLevel=%d send=%d recv=%d" % (
        room, rng.randint(0, 5), rng.randint(0, 5), rng.randint(0, 5))]


def zoom_ts(t):
    return "[" + t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d] " % (t.microsecond // 1000)


@family("zoom_sdk", 1.5)
def f_zoom(phi):
    t = tick()
    if phi:
        p = Person()
        k = pick(2)
        if k == 0:
            return [zoom_ts(t), "[info] [ZoomVideoSDK] onUserJoin userId=%d, userName=\"" % rng.randint(16777216, 16799999),
                    P(p.full, "name"), "\", isHost=false"]
        if k == 1:
            return [zoom_ts(t), "[info] [ZoomVideoSDK] net probe: public_ip=", P(public_ipv4(), "ip"),
                    " local_ip=", private_ipv4(), " nat=port_restricted"]
        return [zoom_ts(t), "[warn] [ZoomVideoSDK] session_name=tele-", rhex(6), " user_identity=",
                P(mrn(), "mrn"), " phone_dial_in=", P(fmt_phone(p.phone10, "e164"), "phone")]
    k = pick(3)
    if k == 0:
        return [zoom_ts(t), "[info] [ZoomVideoSDK] joinSession success sessionId=%s==" % ralnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")]
    if k == 1:
        return [zoom_ts(t), "[info] [ZoomVideoSDK] sdk version 1.%d.%d build %d, meeting 8%02d %04d %04d" % (
            rng.randint(9, 12), rng.randint(0, 9), rng.randint(10000, 19999), rng.randint(10, 99), rng.randint(0, 9999), rng.randint(0, 9999))]
    if k == 2:
        return [zoom_ts(t), "[info] [ZoomVideoSDK] onUserJoin userId=%d, userName=\"%s\", isHost=true" % (
            rng.randint(16777216, 16799999), rng.choice(STAFF))]
    return [zoom_ts(t), "[debug] [ZoomVideoSDK] video stats fps=%d width=640 height=360 bw=%dkbps loss=%.1f%%" % (
        rng.randint(10, 30), rng.randint(200, 1500), rng.uniform(0, 4))]


def turn_ip():
    return rng.choice(["34.203.254.%d", "54.172.60.%d", "3.235.111.%d", "52.54.24.%d"]) % rng.randint(1, 254)


@family("webrtc_stats", 2.0)
def f_webrtc(phi):
    t = tick()
    fnd = rng.randint(10000000, 4294967295)
    if phi:
        k = pick(2)
        if k == 0:
            return ["a=candidate:%d 1 udp %d " % (fnd, rng.choice([1677729535, 1686052607])),
                    P(public_ipv4(), "ip"), " %d typ srflx raddr %s rport %d generation 0 ufrag %s network-id 1 network-cost 10" % (
                        rng.randint(1024, 65535), private_ipv4(), rng.randint(1024, 65535), ralnum(4, "abcdefghijklmnopqrstuvwxyz0123456789+/"))]
        if k == 1:
            return ["candidate-pair %s state=succeeded nominated=true local=srflx:" % ralnum(8, "abcdefghijklmnopqrstuvwxyz0123456789"),
                    P(public_ipv4(), "ip"), ":%d remote=relay:%s:3478 currentRoundTripTime=0.%03d" % (
                        rng.randint(1024, 65535), turn_ip(), rng.randint(10, 400))]
        return ["a=candidate:%d 1 udp 2122262783 " % fnd, P(public_ipv6(), "ip"),
                " %d typ host generation 0 ufrag %s network-id 2" % (rng.randint(1024, 65535), ralnum(4, "abcdefghijklmnopqrstuvwxyz0123456789"))]
    k = pick(4)
    if k == 0:
        return ["a=candidate:%d 1 udp 2122260223 %s.local %d typ host generation 0 ufrag %s network-id 1" % (
            fnd, ruuid(), rng.randint(1024, 65535), ralnum(4, "abcdefghijklmnopqrstuvwxyz0123456789"))]
    if k == 1:
        return ["a=candidate:%d 1 udp 41885439 %s %d typ relay raddr 0.0.0.0 rport 0 generation 0" % (
            fnd, turn_ip(), rng.randint(10000, 60000))]
    if k == 2:
        return ["inbound-rtp ssrc=%d kind=video packetsReceived=%d packetsLost=%d jitter=0.%03d framesDecoded=%d" % (
            rng.randint(100000000, 4294967295), rng.randint(1000, 99999), rng.randint(0, 80), rng.randint(1, 90), rng.randint(100, 9000))]
    if k == 3:
        return ["a=candidate:%d 1 udp 2122260223 %s %d typ host generation 0" % (fnd, private_ipv4(), rng.randint(1024, 65535))]
    return ["outbound-rtp ssrc=%d kind=audio bytesSent=%d retransmittedPacketsSent=%d qualityLimitationReason=%s" % (
        rng.randint(100000000, 4294967295), rng.randint(10000, 9999999), rng.randint(0, 40), rng.choice(["none", "bandwidth", "cpu"]))]


@family("sched_webhook", 2.0)
def f_sched(phi):
    t = tick()
    pre = "%s webhook.recv src=%s " % (ts_iso_z(t), rng.choice(["acuity", "zocdoc", "epic-mychart", "kyruus"]))
    appt = dt.datetime.combine(t.date() + dt.timedelta(days=rng.randint(1, 40)),
                               dt.time(rng.randint(8, 17), rng.choice([0, 15, 30, 45])))
    appt_s = appt.strftime("%Y-%m-%dT%H:%M:00-05:00")
    if phi:
        p = Person()
        k = pick(4)
        if k == 4:
            return [pre, "self-schedule booking_ref=BK-%s X-Forwarded-For: " % ralnum(8), P(public_ipv4(), "ip"),
                    ", %s ua=\"CareBridge/4.%d.%d (iPhone; iOS 17.%d)\"" % (private_ipv4(), rng.randint(0, 19),
                                                                         rng.randint(0, 9), rng.randint(0, 4))]
        if k == 0:
            return [pre, '{"event":"appointment.created","data":{"appointment_id":"apt_%s","start_time":"' % ralnum(10, "abcdefghijklmnopqrstuvwxyz0123456789"),
                    P(appt_s, "date"), '","patient":{"first_name":"', P(p.first, "name"),
                    '","last_name":"', P(p.last, "name"), '","dob":"', P(fmt_date(p.dob, "iso"), "date"),
                    '","mobile":"', P(fmt_phone(p.phone10, "e164"), "phone"), '"}}}']
        if k == 1:
            return [pre, '{"type":"visit.rescheduled","visitId":%d,"patientEmail":"' % rng.randint(100000, 999999),
                    P(email_for(p), "email"), '","newStart":"', P(appt_s, "date"),
                    '","providerNpi":"%s"}' % npi()]
        if k == 2:
            return [pre, '{"event":"appointment.cancelled","patient":{"mrn":"', P(mrn(), "mrn"),
                    '","age":', P(str(age_over89()), "age"), ',"zip":"', P(p.zip, "zip"),
                    '"},"reason":"patient_request"}']
        return [pre, 'action=scheduled&id=%d&calendarID=%d&firstName=' % (rng.randint(10**8, 10**9), rng.randint(1000, 9999)),
                P(p.first, "name"), "&lastName=", P(p.last, "name"), "&phone=",
                P(p.phone10, "phone")]
    k = pick(3)
    if k == 0:
        return [pre, '{"event":"slot.released","data":{"provider_npi":"%s","slot_id":"slt_%s","duration_min":%d}}' % (
            npi(), ralnum(10, "abcdefghijklmnopqrstuvwxyz0123456789"), rng.choice([15, 20, 30, 45]))]
    if k == 1:
        return [pre, "signature verified alg=HMAC-SHA256 digest=%s delivery=%s" % (rhex(64), ruuid())]
    if k == 2:
        return [pre, '{"event":"calendar.synced","calendarId":%d,"slotsAdded":%d,"slotsRemoved":%d,"created_at":"%s"}' % (
            rng.randint(1000, 9999), rng.randint(0, 80), rng.randint(0, 30), ts_iso_z(t, ms=False))]
    return [pre, "retry attempt=%d status=503 backoff_ms=%d idempotency_key=%s" % (
        rng.randint(1, 5), rng.choice([500, 1000, 2000, 4000]), ruuid())]


@family("ble_pairing", 2.0)
def f_ble(phi):
    t = tick()
    pre = "%s [HomeHub-%s] [BLE] " % (ts_iso_z(t), ralnum(4))
    dev = rng.choice(["OMRON BP7350", "A&D UA-651BLE", "Contour NEXT ONE", "Withings BPM Connect",
                      "iHealth Track", "Nonin 3230", "Welch Allyn 1700"])
    if phi:
        p = Person()
        k = pick(3)
        if k == 0:
            return [pre, "bond state BOND_BONDED addr=", P(mac(), "device"), " name=\"%s\"" % dev]
        if k == 1:
            return [pre, "DIS read: model=\"%s\" serial_number=" % dev, P(rdig(11), "device"),
                    " fw=1.%d.%d" % (rng.randint(0, 9), rng.randint(0, 20))]
        if k == 2:
            return [pre, "assigned device ", P(mac(lower=True), "device"), " to patient ",
                    P(p.full, "name"), " mrn ", P(mrn(), "mrn")]
        return [pre, "pairing PIN requested for ", P(mac(), "device"), " (", dev, ") owner dob ",
                P(fmt_date(p.dob, "mon"), "date")]
    k = pick(3)
    if k == 0:
        return [pre, "GATT service 00001810-0000-1000-8000-00805f9b34fb (Blood Pressure) discovered, %d characteristics" % rng.randint(2, 5)]
    if k == 1:
        return [pre, "MTU changed to %d on conn_handle=0x%04x" % (rng.choice([23, 185, 247, 517]), rng.randint(1, 64))]
    if k == 2:
        return [pre, "conn params interval=%.2fms latency=0 timeout=%dms phy=LE_1M" % (rng.choice([7.5, 15.0, 30.0, 45.0]), rng.choice([500, 2000, 4000]))]
    return [pre, "notify 00002a35-0000-1000-8000-00805f9b34fb len=%d handle=0x%04x" % (rng.randint(10, 20), rng.randint(1, 64))]


@family("cgm_pump_upload", 2.0)
def f_cgm(phi):
    t = tick()
    pre = "%s %s cgm-ingest[%d]: " % (ts_iso_z(t), rng.choice(["ingest-7f9c", "ingest-2b1a"]), rng.randint(100, 9999))
    if phi:
        p = Person()
        k = pick(3)
        if k == 0:
            return [pre, "upload.ok source=dexcom-g6 transmitterId=", P(ralnum(6), "device"),
                    " patient_mrn=", P(mrn(), "mrn"), " egvs=%d" % rng.randint(12, 288)]
        if k == 1:
            return [pre, "carelink upload pump_sn=", P("NG" + rdig(7) + "H", "device"),
                    " model=MMT-1780 patient=\"", P(p.last + ", " + p.first, "name"), "\""]
        if k == 2:
            return [pre, "libreview sync sensorSN=", P("0M000" + ralnum(5), "device"),
                    " readings=%d dob=" % rng.randint(12, 96), P(fmt_date(p.dob, "compact"), "date")]
        return [pre, "omnipod pdm_serial=", P(rdig(8), "device"), " pod_lot=L%s subscriber_id=" % rdig(8),
                P(member_id(), "health_plan")]
    k = pick(3)
    if k == 0:
        return [pre, "upload.batch id=ub_%s egvs=288 min=%d max=%d tir=%.1f%% calibrations=0" % (
            rhex(12), rng.randint(40, 80), rng.randint(180, 400), rng.uniform(40, 95))]
    if k == 1:
        return [pre, "pump firmware 8.%d.%d basal profile 'Weekday' %d segments, total %.2fU" % (
            rng.randint(0, 4), rng.randint(0, 9), rng.randint(1, 24), rng.uniform(8, 60))]
    if k == 2:
        return [pre, "dedupe skipped=%d window=24h sha256=%s" % (rng.randint(0, 40), rhex(64))]
    return [pre, "kafka produce topic=cgm.egv partition=%d offset=%d" % (rng.randint(0, 23), rng.randint(10**6, 10**9))]


@family("bp_cuff", 1.5)
def f_bp(phi):
    t = tick()
    pre = lc_prefix(t, rng.choice(APP_PID), rng.randint(3000, 31000), "I", "BpReading") if rng.random() < 0.5 else \
        "%s INFO rpm.BpReadingHandler - " % ts_log4j(t)
    sysv = rng.randint(95, 190)
    vit = "sys=%d, dia=%d, pulse=%d" % (sysv, rng.randint(50, min(115, sysv - 25)), rng.randint(45, 120))
    if phi:
        p = Person()
        k = pick(2)
        if k == 0:
            return [pre, "BPReading{", vit, ", cuffSerial=", P(rdig(4) + "LF" + rdig(5), "device"),
                    ", patientMrn=", P(mrn(), "mrn"), "}"]
        if k == 1:
            return [pre, "ALERT threshold exceeded ", vit, " patient=", P(p.full, "name"),
                    " age=", P(str(age_over89()), "age"), " notify=on_call"]
        return [pre, "BPReading{", vit, ", measuredAt=", ts_iso_z(t, ms=False), ", ptPhone=",
                P(fmt_phone(p.phone10, "dot"), "phone"), "}"]
    k = pick(2)
    if k == 0:
        return [pre, "BPReading{", vit, ", irregularHB=false, cuffSize=%s, bodyMovement=false}" % rng.choice("SML")]
    if k == 1:
        return [pre, "BPReading{", vit, ", measuredAt=", ts_iso_z(t, ms=False), ", age=%d, patientPk=%d}" % (
            rng.randint(30, 89), rng.randint(1000, 999999))]
    return [pre, "batch flush count=%d latency_ms=%d" % (rng.randint(1, 30), rng.randint(5, 900))]


def rf_ts(t):
    return t.strftime("%m/%d/%Y %I:%M:%S %p")


@family("fax_server", 2.0)
def f_fax(phi):
    t = tick()
    pre = "%s  RFSRV0%d  " % (rf_ts(t), rng.randint(1, 3))
    if phi:
        p = Person()
        k = pick(4)
        if k == 4:
            return [pre, "CoverSheet OCR: Patient: ", P(p.full, "name"), "  SS#: ", P(ssn(), "ssn"),
                    "  Ins ID: ", P(member_id(), "health_plan")]
        if k == 0:
            return [pre, "FaxHandle=%s Dir=IN CSID=\"" % rhex(6, True), P(fmt_phone(nanp(), "sp"), "fax"),
                    "\" Pages=%d Status=Received RouteTo=RECORDS-INTAKE" % rng.randint(1, 30)]
        if k == 1:
            return [pre, "CoverSheet OCR: Re: ", P(p.last.upper() + ", " + p.first.upper(), "name"),
                    "  DOB ", P(fmt_date(p.dob, "us"), "date"), "  Admit ",
                    P(fmt_date(t.date() - dt.timedelta(days=rng.randint(2, 9)), "us"), "date")]
        if k == 2:
            return ["eFax inbound jobId=%s from=" % rdig(10), P(fmt_phone(nanp(), "1dash"), "fax"),
                    " to=", tollfree(), " pages=%d subject=\"Referral for " % rng.randint(1, 9), P(p.full, "name"), "\""]
        return [pre, "FaxHandle=%s Dir=OUT Dest=" % rhex(6, True), P(fmt_phone(nanp(), "paren"), "fax"),
                " ToName=\"", P(p.full, "name"), "\" Status=Sent Pages=%d Dur=%ds" % (rng.randint(1, 9), rng.randint(20, 300))]
    k = pick(3)
    if k == 0:
        return [pre, "FaxHandle=%s Dir=OUT Dest=%s Status=Busy Retry=%d/3" % (rhex(6, True), tollfree(), rng.randint(1, 3))]
    if k == 1:
        return [pre, "Board 1 Line %d: T.38 session closed, ECM=on, rate=14400bps, pages=%d" % (rng.randint(1, 24), rng.randint(1, 40))]
    if k == 2:
        return [pre, "Service RightFax Queue Manager heartbeat ok, queued=%d, build 16.6.%d.%d" % (
            rng.randint(0, 200), rng.randint(1, 9), rng.randint(1000, 9999))]
    return ["eFax inbound jobId=%s to=%s pages=%d status=OCR_PENDING" % (rdig(10), tollfree(), rng.randint(1, 40))]


def pp_pre(t):
    return "%s pps0%d filter_instance1[%d]: rprt s=%s m=1 x=%s-1 " % (
        ts_syslog(t), rng.randint(1, 4), rng.randint(1000, 40000), ralnum(10, "abcdefghijklmnopqrstuvwxyz0123456789"),
        rhex(10))


ROLE_ADDR = ["referrals@northbay-clinic.org", "records@carebridge-health.com",
             "billing@carebridge-health.com", "rx-help@carebridge-health.com", "noreply@carebridge-health.com"]


def mta_host():
    k = pick(2)
    if k == 0:
        return "host=mail-yw1-f%d.google.com ip=209.85.%d.%d" % (rng.randint(100, 199), rng.randint(128, 223), rng.randint(1, 254))
    if k == 1:
        return "host=mail-%s.outbound.protection.outlook.com ip=40.107.%d.%d" % (
            rng.choice(["bn8nam12", "dm6nam10", "co1nam11"]), rng.randint(0, 255), rng.randint(1, 254))
    return "host=sonic%d-%d.consmr.mail.ne1.yahoo.com ip=66.163.%d.%d" % (
        rng.randint(300, 330), rng.randint(20, 40), rng.randint(184, 191), rng.randint(1, 254))


@family("email_gateway", 2.5)
def f_email(phi):
    t = tick()
    if phi:
        p = Person()
        k = pick(4)
        if k == 0:
            return [pp_pre(t), "mod=mail cmd=env_from value=", P(email_for(p), "email"),
                    " size=%d smtputf8= qid=%s " % (
                        rng.randint(2000, 9000000), ralnum(14, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")),
                    mta_host()]
        if k == 4:
            return [pp_pre(t), "mod=urldefense cmd=click url=",
                    P("https://portal.carebridge-health.com/chart/%s/results" % mrn(), "url"),
                    " verdict=clean user=", rng.choice(ROLE_ADDR)]
        if k == 1:
            return [pp_pre(t), "mod=mail cmd=msg module= rule= action=continue attachments=1 rcpts=1 subject=\"Lab results - ",
                    P(p.full, "name"), " DOB ", P(fmt_date(p.dob, "us"), "date"), "\""]
        if k == 2:
            ln = p.last
            return ["datetime=%s|aCode=%s|acc=C0A%d|Sender=" % (
                (t + dt.timedelta(hours=5)).strftime("%Y-%m-%dT%H:%M:%S+0000"), ralnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), rng.randint(0, 9)),
                P(email_for(p), "email"), "|Rcpt=", rng.choice(ROLE_ADDR), "|Subject=Fwd: ",
                P(ln, "name"), " discharge paperwork|AttCnt=1|AttNames=\"", P(ln, "name"),
                "_%s_d%s.pdf\"|Dir=Inbound" % (p.first[0], rdig(3))]
        return [pp_pre(t), "mod=mail cmd=msg rcpts=1 to=", P(email_for(p), "email"),
                " subject=\"Your visit on ", P(fmt_date(t.date() + dt.timedelta(days=rng.randint(1, 20)), "mon"), "date"),
                "\" routes=outbound_tls"]
    k = pick(3)
    if k == 0:
        return [pp_pre(t), "mod=spam cmd=run score=%d ndrscore=0 ipscore=0 suspectscore=0 phishscore=0 bulkscore=%d policy=inbound" % (
            rng.randint(0, 30), rng.randint(0, 100))]
    if k == 1:
        return [pp_pre(t), "mod=mail cmd=msg rcpts=%d to=%s subject=\"%s\" routes=internalnet" % (
            rng.randint(1, 40), rng.choice(ROLE_ADDR), rng.choice(["Weekly staffing schedule", "RE: fax queue backlog",
                                                                     "Q2 formulary update", "Password expiry notice"]))]
    if k == 2:
        return ["datetime=%s|aCode=%s|acc=C0A%d|Sender=%s|Rcpt=%s|Act=Acc|TlsVer=TLSv1.3|Cphr=TLS_AES_256_GCM_SHA384|Dir=Outbound" % (
            (t + dt.timedelta(hours=5)).strftime("%Y-%m-%dT%H:%M:%S+0000"), ralnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
            rng.randint(0, 9), rng.choice(ROLE_ADDR), rng.choice(ROLE_ADDR))]
    return [pp_pre(t), "mod=av cmd=run rule=clean engine=pps-av sig=%s" % rhex(16)]


def fs():
    return "\\x1c"


@family("surescripts_ncpdp", 2.5)
def f_ncpdp(phi):
    t = tick()
    pre = "%s [surescripts-gw] " % ts_log4j(t)
    if phi:
        p = Person()
        k = pick(3)
        if k == 0:
            return [pre, "NewRx msgId=%s <Patient><HumanPatient><Name><LastName>" % rhex(32),
                    P(p.last, "name"), "</LastName><FirstName>", P(p.first, "name"),
                    "</FirstName></Name><DateOfBirth><Date>", P(fmt_date(p.dob, "iso"), "date"),
                    "</Date></DateOfBirth>"]
        if k == 1:
            return [pre, "NewRx prescriber NPI=%s <DEANumber>" % npi(), P(dea(rng.choice("ABCDFHKLMNRSTW")), "license"),
                    "</DEANumber> drug=\"", rng.choice(["oxycodone 5 mg tablet", "alprazolam 0.5 mg tablet",
                                                      "methylphenidate ER 36 mg"]), "\""]
        if k == 2:
            return [pre, "D0 B1 req AM01", fs(), "CA", P(p.first.upper(), "name"), fs(), "CB",
                    P(p.last.upper(), "name"), fs(), "C4", P(fmt_date(p.dob, "compact"), "date"),
                    fs(), "C5%d" % rng.choice([1, 2]), fs(), "CP", P(p.zip, "zip")]
        return [pre, "D0 B1 req AM04", fs(), "C2", P(member_id(), "health_plan"), fs(), "C1", rdig(6),
                fs(), "AM07", fs(), "EM1", fs(), "D2", P(rdig(12), "other_id"), fs(), "D7", rdig(11)]
    k = pick(3)
    if k == 0:
        return [pre, "RxChangeRequest msgId=%s relatesTo=%s NCPDPID=%s SPI=%s status=010" % (
            rhex(32), rhex(32), rdig(7), rdig(13))]
    if k == 1:
        return [pre, "directory delta applied: %d pharmacies updated, %d prescribers, version=%s" % (
            rng.randint(0, 900), rng.randint(0, 3000), t.strftime("%Y%m%d") + rdig(2))]
    if k == 2:
        return [pre, "D0 B1 resp AM20", fs(), "F4 ", fs(), "AN", rng.choice(["P", "R"]), fs(), "FA", "%02d" % rng.choice([0, 70, 75, 79])]
    return [pre, "NewRx drug=\"%s\" NDC=%s qty=%d refills=%d ICD10=%s" % (
        rng.choice(["lisinopril 10 mg", "metformin 500 mg", "atorvastatin 20 mg", "levothyroxine 75 mcg"]),
        rdig(11), rng.choice([30, 60, 90]), rng.randint(0, 5), rng.choice(["I10", "E11.9", "E78.5", "E03.9"]))]


@family("sms_refill", 2.0)
def f_sms(phi):
    t = tick()
    acct = sid("AC")
    frm = rng.choice(["+1" + tollfree(), str(rng.randint(20000, 99999))])
    drug = rng.choice(["atorvastatin 20mg", "lisinopril 10mg", "sertraline 50mg", "metformin 1000mg", "amlodipine 5mg"])
    if phi:
        p = Person()
        k = pick(2)
        if k == 0:
            return ["%s POST /2010-04-01/Accounts/%s/Messages.json To=" % (ts_iso_z(t), acct),
                    P(fmt_phone(p.phone10, "e164"), "phone"), " From=", frm, " Body=\"Hi ",
                    P(p.first, "name"), ", your refill of ", drug, " (Rx #", P(rx_number(), "other_id"),
                    ") is ready at Walgreens #%d. Reply STOP to opt out.\"" % rng.randint(1000, 19999)]
        if k == 1:
            return ["%s status-callback SmsSid=%s SmsStatus=delivered To=" % (ts_iso_z(t), sid("SM")),
                    P(fmt_phone(p.phone10, "e164"), "phone"), " MessagingServiceSid=", sid("MG")]
        return ["%s inbound From=" % ts_iso_z(t), P(fmt_phone(p.phone10, "e164"), "phone"),
                " Body=\"this is ", P(p.full, "name"), " bday ", P(fmt_date(p.dob, "us2"), "date"),
                " pls refill\""]
    k = pick(2)
    if k == 0:
        return ["%s status-callback SmsSid=%s SmsStatus=undelivered ErrorCode=30006 MessagingServiceSid=%s" % (
            ts_iso_z(t), sid("SM"), sid("MG"))]
    if k == 1:
        return ["%s template render name=refill_ready_v3 locale=%s vars=3 segments=%d" % (
            ts_iso_z(t), rng.choice(["en-US", "es-US", "vi-VN", "zh-Hant"]), rng.randint(1, 3))]
    return ["%s rate-limit bucket=%s remaining=%d reset=%ds" % (ts_iso_z(t), acct, rng.randint(0, 3000), rng.randint(1, 60))]


@family("label_printer", 1.5)
def f_label(phi):
    t = tick()
    pre = "%s lblspool[%d]: ZD421-RX%d " % (ts_syslog(t), rng.randint(100, 9999), rng.randint(1, 4))
    if phi:
        p = Person()
        k = pick(4)
        if k == 4:
            return [pre, "^FO30,520^A0N,20,20^FDC-II  Prescriber DEA ", P(dea(rng.choice("ABCFHKLMNRSTW")), "license"),
                    "  Pt age ", P(str(age_over89()), "age"), "^FS"]
        if k == 0:
            return [pre, "^FO30,40^A0N,32,32^FD", P(p.last.upper() + ", " + p.first.upper(), "name"), "^FS"]
        if k == 1:
            return [pre, "job=%d rx=" % rng.randint(1000, 99999), P(rx_number(), "other_id"),
                    " qty=%d dob=" % rng.choice([30, 60, 90]), P(fmt_date(p.dob, "us"), "date"), " copies=1"]
        if k == 2:
            st, dl = drivers_license(p.adult().state)
            return [pre, "will-call release rx=", P(rx_number(), "other_id"), " id_type=DL id_state=", st,
                    " id_no=", P(dl, "license")]
        return [pre, "^FO30,120^A0N,24,24^FD", P(p.street, "address"), ", ", P(p.city, "address"),
                " ", p.state, " ", P(p.zip4, "zip"), "^FS"]
    k = pick(3)
    if k == 0:
        return [pre, "^XA^CI28^PW812^LL1218^LH0,0"]
    if k == 1:
        return [pre, "^FO30,300^BY2^BCN,80,Y,N,N^FD%s^FS" % rdig(11)]
    if k == 2:
        return [pre, "status: %s" % rng.choice(["head open", "ribbon low", "paper out", "ready"])]
    return [pre, "job=%d done in %dms bytes=%d" % (rng.randint(1000, 99999), rng.randint(100, 3000), rng.randint(900, 9000))]


@family("parking_transport", 1.2)
def f_park(phi):
    t = tick()
    if phi:
        p = Person()
        k = pick(4)
        if k == 3:
            return ["%s valet ticket=V%04d plate=" % (ts_log4j(t), rng.randint(1, 9999)),
                    P(plate(p.state), "vehicle"), " make=%s color=%s pt_mrn=" % (
                        rng.choice(["Toyota", "Honda", "Subaru", "Ford", "Hyundai", "Kia"]),
                        rng.choice(["silver", "black", "white", "red", "blue"])), P(mrn(), "mrn")]
        if k == 4:
            return ["%s nemt mileage.reimburse memberId=" % ts_iso_z(t), P(member_id(), "health_plan"),
                    " vehicle_vin=", P(vin(), "vehicle"), " miles=%.1f trip_date=" % rng.uniform(3, 80),
                    P(fmt_date(t.date() - dt.timedelta(days=rng.randint(1, 30)), "iso"), "date")]
        if k == 0:
            return ["%s lpr gate=P2-ENTRY plate=" % ts_log4j(t), P(plate(p.state), "vehicle"),
                    " state=%s conf=0.%02d validated_for=" % (p.state, rng.randint(80, 99)), P(p.full, "name")]
        if k == 1:
            return ["%s claims-intake PIP claim=" % ts_iso_z(t), P("PIP-" + rdig(9), "other_id"),
                    " vin=", P(vin(), "vehicle"), " dol=", P(fmt_date(t.date() - dt.timedelta(days=rng.randint(1, 60)), "iso"), "date")]
        return ["%s nemt ride.created memberId=" % ts_iso_z(t), P(member_id(), "health_plan"),
                " pickup=\"", P(p.street, "address"), ", ", P(p.city, "address"), "\" wheelchair=%s" % rng.choice(["true", "false"])]
    k = pick(1)
    if k == 0:
        return ["%s lpr gate=P2-EXIT plate=UNREAD conf=0.%02d lane=%d" % (ts_log4j(t), rng.randint(10, 45), rng.randint(1, 4))]
    return ["%s nemt ride.status rideId=rd_%s status=%s eta_min=%d" % (ts_iso_z(t), rhex(12), rng.choice(["en_route", "arrived", "completed"]), rng.randint(0, 45))]


AAMVA_IIN = {"CA": "636014", "TX": "636015", "FL": "636010", "NY": "636001", "WA": "636045",
             "MA": "636002", "OH": "636023", "MI": "636032", "NJ": "636036"}


@family("checkin_kiosk", 2.0)
def f_kiosk(phi):
    t = tick()
    pre = "%s kiosk-%s checkin-agent[%d] " % (ts_log4j(t), rng.choice(["LOBBY1", "LOBBY2", "PEDS", "ED-TRIAGE"]),
                                             rng.randint(1000, 9000))
    if phi:
        p = Person()
        k = pick(5)
        if k == 5:
            return [pre, "fingerprint enroll finger=R_INDEX fmr=",
                    P("Rk1SACAyMAA" + ralnum(44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "==", "biometric"),
                    " nfiq=%d" % rng.randint(1, 3)]
        if k == 0:
            st, dl = drivers_license(p.adult().state)
            return [pre, "pdf417 parsed IIN=%s DAQ=" % AAMVA_IIN[st], P(dl, "license"), " DCS=",
                    P(p.last.upper(), "name"), " DAC=", P(p.first.upper(), "name"), " DBB=",
                    P(fmt_date(p.dob, "mmddyyyy"), "date"), " DAJ=", st]
        if k == 1:
            return [pre, "pdf417 address DAG=", P(p.street.upper(), "address"), " DAI=",
                    P(p.city.upper(), "address"), " DAJ=", p.state, " DAK=", P(p.zip + "0000", "zip")]
        if k == 2:
            return [pre, "PatientSecure palm enroll ok template=",
                    P("PVT2." + ralnum(48, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"), "biometric"),
                    " quality=%d mrn=" % rng.randint(60, 99), P(mrn(), "mrn")]
        if k == 3:
            return [pre, "camera capture saved ", P("C:\\KioskData\\photos\\%s_%s.jpg" % (
                mrn(), t.strftime("%Y%m%d%H%M%S")), "photo"), " face_detected=true"]
        c = card(rng.choice(["visa", "mc"]))
        return [pre, "copay swipe raw track2=;", P(c, "account"), "=%02d%02d101%s? amount=%d.00" % (
            rng.randint(25, 30), rng.randint(1, 12), rdig(8), rng.choice([20, 25, 30, 40, 50]))]
    k = pick(3)
    if k == 0:
        return [pre, "copay approved card=************%s auth=%s amount=%d.00" % (
            rdig(4), ralnum(6), rng.choice([20, 25, 30, 40, 50]))]
    if k == 1:
        return [pre, "heartbeat ok uptime=%ds build=2024.%d.%d printer=ready scanner=ready" % (
            rng.randint(100, 900000), rng.randint(1, 12), rng.randint(1, 400))]
    if k == 2:
        return [pre, "palm scan rejected quality=%d retry=%d/3 ssn=***-**-****" % (rng.randint(5, 40), rng.randint(1, 3))]
    return [pre, "queue ticket=%s%03d issued, wait_est=%dmin, dept=%s" % (
        rng.choice("ABCL"), rng.randint(1, 999), rng.randint(0, 90), rng.choice(["LAB", "IMAGING", "PRIMARY", "PHARM"]))]


# ---------------------------------------------------------------- main
def vin_ok(v):
    tot = 0
    for i, ch in enumerate(v):
        tot += (int(ch) if ch.isdigit() else VIN_MAP[ch]) * VIN_W[i]
    c = tot % 11
    return v[8] == ("X" if c == 10 else str(c))


def validate_value(val, cat):
    """Format-validity checks on the labelled values themselves."""
    digits = "".join(ch for ch in val if ch.isdigit())
    if cat == "ssn":
        assert len(digits) == 9, val
        a, g, s = int(digits[:3]), int(digits[3:5]), int(digits[5:])
        assert 0 < a < 900 and a != 666 and g > 0 and s > 0, val
    elif cat in ("phone", "fax"):
        if len(digits) == 11:
            assert digits[0] == "1", val
            digits = digits[1:]
        assert len(digits) == 10, val
        assert digits[0] in "23456789" and digits[3] in "23456789", val
        assert digits[1:3] != "11" and digits[4:6] != "11" and digits[3:6] != "555", val
    elif cat == "account" and len(digits) >= 13:
        assert luhn_ok(digits), val
    elif cat == "device" and len(val) == 15 and val.isdigit():
        assert luhn_ok(val), val  # IMEI
    elif cat == "vehicle" and len(val) == 17:
        assert vin_ok(val), val
    elif cat == "license" and len(val) == 9 and val[:2].isalpha() and val[2:].isdigit():
        d = [int(c) for c in val[2:]]
        assert (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6], val  # DEA
    elif cat == "age":
        assert int(val) > 89, val
    elif cat == "ip":
        assert not val.startswith(("10.", "192.168.", "127.", "169.254.", "100.")), val


def probe_variants():
    """Number of templates per (family, phi).  Uses a throw-away RNG state."""
    state, clock = rng.getstate(), CLOCK[0]
    out = {}
    MODE["probe"] = True
    try:
        for name, _w, fn in FAMILIES:
            for phi in (True, False):
                try:
                    fn(phi)
                    raise AssertionError("family %s never called pick()" % name)
                except _Probe as e:
                    out[(name, phi)] = e.args[0] + 1
    finally:
        MODE["probe"] = False
        rng.setstate(state)
        CLOCK[0] = clock
    return out


def deal(variants, phi, n):
    deck_base = [(name, k) for (name, ph), cnt in sorted(variants.items()) if ph == phi
                 for k in range(cnt)]
    deck = []
    while len(deck) < n:
        chunk = deck_base[:]
        rng.shuffle(chunk)
        deck += chunk
    return deck[:n]


def main():
    n_phi = round(N_LINES * PHI_FRACTION)
    flags = [True] * n_phi + [False] * (N_LINES - n_phi)
    rng.shuffle(flags)
    fns = {f[0]: f[2] for f in FAMILIES}
    variants = probe_variants()
    decks = {True: deal(variants, True, n_phi), False: deal(variants, False, N_LINES - n_phi)}
    lines, labels = [], []
    for i, phi in enumerate(flags, 1):
        fam, k = decks[phi].pop(0)
        MODE["force"] = k
        try:
            parts = fns[fam](phi)
        finally:
            MODE["force"] = None
        line, spans = compose(parts)
        assert bool(spans) == phi, (fam, k, line)
        lines.append(line)
        labels.append({"line": i, "family": fam, "spans": spans})
    with open(os.path.join(OUT_DIR, "m.log"), "w", encoding="utf-8", newline="\n") as fh:
        for ln in lines:
            fh.write(ln + "\n")
    with open(os.path.join(OUT_DIR, "m.labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    # re-verify from disk
    with open(os.path.join(OUT_DIR, "m.log"), "rb") as fh:
        raw = fh.read().split(b"\n")[:-1]
    assert len(raw) == N_LINES
    from collections import Counter
    cnt = Counter()
    phi_lines = 0
    for lab, lb in zip(labels, raw):
        phi_lines += bool(lab["spans"])
        for sp in lab["spans"]:
            assert 0 <= sp["s"] < sp["e"] <= len(lb)
            validate_value(lb[sp["s"]:sp["e"]].decode("utf-8"), sp["cat"])
            cnt[sp["cat"]] += 1
        ss = sorted((sp["s"], sp["e"]) for sp in lab["spans"])
        for a, b in zip(ss, ss[1:]):
            assert a[1] <= b[0], "overlap"
    print("lines", N_LINES, "phi lines", phi_lines, "frac %.3f" % (phi_lines / N_LINES))
    print("spans", sum(cnt.values()), dict(sorted(cnt.items())))
    print("families", dict(sorted(Counter(l["family"] for l in labels).items())))
    print("templates phi=%d nonphi=%d" % (sum(v for (f, p), v in variants.items() if p),
                                          sum(v for (f, p), v in variants.items() if not p)))


if __name__ == "__main__":
    main()
