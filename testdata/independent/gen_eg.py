#!/usr/bin/env python3
"""Synthetic foster-care health program logs with labeled PHI spans (test corpus 'eg').

Standard library only, deterministic. Writes eg.log and eg.labels.jsonl next to this file.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import unicodedata

random.seed(20240311)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "eg"
N_LINES = 500
TARGET_CLEAN = 275


# ---------------------------------------------------------------- line builder
class P:
    """A PHI value to insert, with its category."""
    __slots__ = ("v", "c")

    def __init__(self, v, c):
        self.v = v
        self.c = c


class Seg(list):
    """A JSON string made of several segments (str or P), escaped piecewise."""


class O(list):
    """An ordered JSON object: list of (key, value)."""


class Raw:
    """A raw JSON token (number) that is PHI."""
    __slots__ = ("v", "c")

    def __init__(self, v, c):
        self.v = v
        self.c = c


class L:
    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []

    def t(self, x):
        self.buf += x.encode("utf-8")
        return self

    def p(self, x, c):
        b = x.encode("utf-8")
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, len(self.buf), c, b))
        return self

    def v(self, x):
        if isinstance(x, P):
            return self.p(x.v, x.c)
        return self.t(x)

    def f(self, tmpl, **kw):
        parts = tmpl.split("\u00a7")
        assert len(parts) % 2 == 1, tmpl
        for i, part in enumerate(parts):
            if i % 2 == 0:
                self.t(part)
            else:
                self.v(kw[part])
        return self

    def j(self, obj, sp=False, ea=False):
        comma, colon = (", ", ": ") if sp else (",", ":")
        if isinstance(obj, O):
            self.t("{")
            for i, (k, val) in enumerate(obj):
                if i:
                    self.t(comma)
                self.t(json.dumps(k, ensure_ascii=ea) + colon)
                self.j(val, sp, ea)
            self.t("}")
        elif isinstance(obj, list) and not isinstance(obj, Seg):
            self.t("[")
            for i, val in enumerate(obj):
                if i:
                    self.t(comma)
                self.j(val, sp, ea)
            self.t("]")
        elif isinstance(obj, Seg):
            self.t('"')
            for part in obj:
                if isinstance(part, P):
                    self.p(json.dumps(part.v, ensure_ascii=ea)[1:-1], part.c)
                else:
                    self.t(json.dumps(part, ensure_ascii=ea)[1:-1])
            self.t('"')
        elif isinstance(obj, P):
            self.t('"')
            self.p(json.dumps(obj.v, ensure_ascii=ea)[1:-1], obj.c)
            self.t('"')
        elif isinstance(obj, Raw):
            self.p(str(obj.v), obj.c)
        elif obj is None or isinstance(obj, (bool, int, float)):
            self.t(json.dumps(obj))
        elif isinstance(obj, str):
            self.t(json.dumps(obj, ensure_ascii=ea))
        else:
            raise TypeError(type(obj))
        return self

    def done(self):
        data = bytes(self.buf)
        assert b"\n" not in data and b"\r" not in data, data
        assert len(data) <= 4000, len(data)
        prev = 0
        for s, e, c, val in self.spans:
            assert data[s:e] == val, (data[s:e], val)
            assert s >= prev and e > s
            prev = e
        return data


# ---------------------------------------------------------------- helpers
def rdig(n, first_nonzero=True):
    s = str(random.randint(1, 9)) if first_nonzero else str(random.randint(0, 9))
    return s + "".join(str(random.randint(0, 9)) for _ in range(n - 1))


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


def npi():
    base = "1" + rdig(8, False)
    return base + luhn_digit("80840" + base)


def card16():
    body = "4" + rdig(14, False)
    return body + luhn_digit(body)


def imei():
    body = "35" + rdig(12, False)
    return body + luhn_digit(body)


VIN_MAP = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
           "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(prefix):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(prefix + "".join(random.choice(chars) for _ in range(8 - len(prefix))) + "0"
             + random.choice("PRSTLMN") + random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rdig(6, False))
    tot = sum(VIN_MAP[ch] * w for ch, w in zip(v, VIN_W))
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def ssn():
    a = random.randint(101, 665)
    return f"{a:03d}-{random.randint(1, 99):02d}-{random.randint(1, 9999):04d}"


def hexs(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def alnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(random.choice(alphabet) for _ in range(n))


def rbytes(n):
    return bytes(random.getrandbits(8) for _ in range(n))


def b64(data):
    return base64.b64encode(data).decode("ascii")


def jpeg_b64(n):
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
    return b64(head + rbytes(n))


def fmr_b64(n):
    head = b"FMR\x00 20\x00\x00" + bytes([0, 0, 1, 0x2C, 0, 0, 1, 0xF4, 2, 0x26, 0, 0xC5, 0, 0xC5, 1, 0])
    return b64(head + rbytes(n))


def sha256():
    return hashlib.sha256(rbytes(32)).hexdigest()


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{random.choice('89ab')}{h[17:20]}-{h[20:]}"


def sfid(prefix):
    return prefix + alnum(15 - len(prefix)) + alnum(3, "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345")


def fold(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d_x12(d):
    return d.strftime("%Y%m%d")


def d_short(d):
    return f"{d.month}/{d.day}/{d.year}"


def rdate(a, b):
    a = dt.date.fromisoformat(a)
    b = dt.date.fromisoformat(b)
    return a + dt.timedelta(days=random.randint(0, (b - a).days))


def pick(seq):
    return random.choice(seq)


# ---------------------------------------------------------------- clock
EDT = dt.timezone(dt.timedelta(hours=-4), "EDT")
UTC = dt.timezone.utc
NOW = [dt.datetime(2024, 3, 11, 7, 58, 3, 120000, tzinfo=EDT)]


def tick():
    NOW[0] += dt.timedelta(seconds=random.randint(0, 26), microseconds=random.randint(0, 999999))
    return NOW[0]


def ms(t):
    return f"{t.microsecond // 1000:03d}"


def ts_log4j(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)


def ts_dot(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t)


def ts_iso(t):
    return t.isoformat(timespec="milliseconds")


def ts_utc7(t):
    u = t.astimezone(UTC)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{u.microsecond:06d}{random.randint(0, 9)}Z"


def ts_utc3(t):
    u = t.astimezone(UTC)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"


def epoch_ms(t):
    return int(t.timestamp()) * 1000 + t.microsecond // 1000


def ts_wl(t):
    h = t.hour % 12 or 12
    return f"{t:%b} {t.day}, {t.year} {h}:{t:%M:%S},{ms(t)} {'AM' if t.hour < 12 else 'PM'} EDT"


# ---------------------------------------------------------------- synthetic people
def mk_child(fn, ln, sex, dob, **kw):
    c = dict(fn=fn, ln=ln, sex=sex, dob=dt.date.fromisoformat(dob), ssn=ssn(),
             mcd=rdig(12), plan="BCK" + rdig(10), pid=str(random.randint(4400000, 4899999)),
             case=str(random.randint(2200000, 2299999)), hp="HP-" + rdig(8, False),
             mrn="E" + rdig(7), visit=rdate("2024-02-19", "2024-03-09"),
             appt=rdate("2024-03-13", "2024-04-19"), hearing=rdate("2024-03-18", "2024-04-26"),
             place=rdate("2024-01-08", "2024-03-08"), removal=rdate("2022-05-01", "2023-11-30"),
             sfref="REF-" + rdig(6, False))
    c.update(kw)
    return c


CG = {
    "mwangi": dict(fn="Joseph", ln="Mwangi", fn2="Wanjiru", phone="614-555-0142", email="wanjiru.mwangi84@gmail.com",
                   street="1482 Larkspur Ln", city="Columbus", zip="43229", user="jmwangi82", ip="73.145.22.91",
                   dl="RK482913", plate="JKX4471", vinp="1FMCU9", role="FOSTER"),
    "ortega": dict(fn="Lucía", ln="Ortega", fn2=None, phone="614-555-0168", email="lucia.ortega.gc@yahoo.com",
                   street="3390 Hoover Rd", city="Grove City", zip="43123", user="lortega_gc", ip="98.28.141.207",
                   dl="SP903174", plate="HDT8812", vinp="5TDKZ3", role="KINSHIP_AUNT"),
    "gallagher": dict(fn="Bridget", ln="Gallagher", fn2="Colm", phone="937-555-0113", email="bgallagher.home@outlook.com",
                      street="61 Wyoming St", city="Dayton", zip="45410", user="gallagher_b", ip="24.166.88.13",
                      dl="TB771205", plate="GSW2290", vinp="2HKRW2", role="FOSTER"),
    "yoshida": dict(fn="Hana", ln="Yoshida-Price", fn2=None, phone="330-555-0186", email="hana.yp@icloud.com",
                    street="905 Mull Ave", city="Akron", zip="44313", user="hyoshidaprice", ip="174.103.57.220",
                    dl="PY118460", plate="KLM6043", vinp="JTDKN3", role="FOSTER"),
    "beaumont": dict(fn="Patrice", ln="Beaumont", fn2="Andre", phone="419-555-0131", email="pbeaumont419@gmail.com",
                     street="2207 Parkwood Ave", city="Toledo", zip="43610", user="pbeaumont", ip="107.13.201.45",
                     dl="RB350982", plate="FNR5517", vinp="1GNSKC", role="FOSTER"),
    "sina": dict(fn="Sina", ln="Faleolo", fn2=None, phone="614-555-0124", email="sfaleolo@yahoo.com",
                 street="4418 Avery Rd", city="Hilliard", zip="43026", user="sina.faleolo", ip="65.60.192.18",
                 dl="QF204417", plate="JBR3306", vinp="3C4NJD", role="KINSHIP_GRANDMOTHER"),
    "halvorsen": dict(fn="Ingrid", ln="Halvorsen", fn2="Per", phone="740-555-0159", email="ingrid.halvorsen@gmail.com",
                      street="1127 Blue Ave", city="Zanesville", zip="43701", user="ihalvorsen", ip="66.61.34.250",
                      dl="RH662051", plate="HZP9124", vinp="1C4RJF", role="FOSTER"),
    "asante": dict(fn="Kwame", ln="Asante", fn2="Rosalind", phone="614-555-0193", email="kwame.asante@outlook.com",
                   street="77 Hamlet St", city="Columbus", zip="43215", user="kasante_fp", ip="184.57.10.96",
                   dl="SA439871", plate="GYD7718", vinp="5XYP34", role="FOSTER"),
}
for k, g in CG.items():
    g["key"] = k
    g["vin"] = vin(g["vinp"])
    g["acct"] = rdig(random.choice([9, 10, 12]))
    g["card"] = card16()
    g["dob"] = rdate("1961-01-01", "1993-12-31")

ESPERANZA = dict(fn="Esperanza", ln="Villanueva", age="91", phone="740-555-0102", street="218 E Mulberry St",
                 city="Lancaster", zip="43130")

BP = {  # birth parents
    "chidinma": dict(fn="Chidinma", ln="Okafor", rel="BIRTH_MOTHER", phone="614-555-0177", street="2860 Cleveland Ave Apt 4",
                     city="Columbus", zip="43224"),
    "emeka": dict(fn="Emeka", ln="Nwosu", rel="BIRTH_FATHER", phone="614-555-0149", street="1190 E 17th Ave",
                  city="Columbus", zip="43211"),
    "marisol": dict(fn="Marisol", ln="Villanueva", rel="BIRTH_MOTHER", phone="614-555-0115", street="5520 Shady Ln",
                    city="Lancaster", zip="43130", fb="https://www.facebook.com/marisol.villanueva.1987"),
    "diego": dict(fn="Diego", ln="Ruiz", rel="BIRTH_FATHER", phone="614-555-0197", street="88 Rosedale Ave",
                  city="Circleville", zip="43113"),
    "thao": dict(fn="Thảo", ln="Nguyễn", rel="BIRTH_MOTHER", phone="937-555-0140", street="3017 Catalpa Dr",
                 city="Dayton", zip="45405"),
    "brittany": dict(fn="Brittany", ln="Kowalczyk", rel="BIRTH_MOTHER", phone="330-555-0107",
                     street="512 Cuyahoga Falls Ave", city="Akron", zip="44310"),
    "tyler": dict(fn="Tyler", ln="Sims", rel="BIRTH_FATHER", phone="330-555-0172", street="17 Kenmore Blvd",
                  city="Akron", zip="44314"),
    "rania": dict(fn="Rania", ln="Haddad", rel="BIRTH_MOTHER", phone="419-555-0183", street="4410 Monroe St",
                  city="Toledo", zip="43623"),
    "losa": dict(fn="Losa", ln="Faleolo", rel="BIRTH_MOTHER", phone="614-555-0136", street="2151 Hard Rd",
                 city="Columbus", zip="43235"),
    "dawn": dict(fn="Dawn", ln="Whitehorse", rel="BIRTH_MOTHER", phone="740-555-0171", street="630 Putnam Ave",
                 city="Zanesville", zip="43701", fax="740-555-0178"),
    "anders": dict(fn="Anders", ln="Lindqvist", rel="BIRTH_FATHER", phone="614-555-0129", street="940 Neil Ave",
                   city="Columbus", zip="43201"),
    "fatoumata": dict(fn="Fatoumata", ln="Diallo", rel="BIRTH_MOTHER", phone="614-555-0155", street="3605 Karl Rd",
                      city="Columbus", zip="43224"),
    "niamh": dict(fn="Niamh", ln="Ó Ceallaigh", rel="BIRTH_MOTHER", phone="330-555-0164", street="1744 Brown St",
                  city="Akron", zip="44301"),
    "sanjay": dict(fn="Sanjay", ln="Chaudhary", rel="BIRTH_FATHER", phone="937-555-0188", street="219 Xenia Ave",
                   city="Dayton", zip="45410"),
}
for b in BP.values():
    b["ssn"] = ssn()
BP["chidinma"]["email"] = "chidi.okafor77@gmail.com"
BP["marisol"]["email"] = "marisolv1987@yahoo.com"
BP["brittany"]["email"] = "brittk330@gmail.com"
BP["fatoumata"]["email"] = "fdiallo.cbus@outlook.com"
BP["anders"]["email"] = "anders.lindqvist@protonmail.com"

CH = [
    mk_child("Amara", "Okafor", "F", "2016-05-03", parents=["chidinma", "emeka"], cg="mwangi"),
    mk_child("Mateo", "Villanueva-Ruiz", "M", "2012-11-19", parents=["marisol", "diego"], cg="ortega"),
    mk_child("Liên", "Nguyễn", "F", "2010-02-27", parents=["thao"], cg="gallagher", t1d=True),
    mk_child("Dashiell", "Kowalczyk", "M", "2019-08-14", parents=["brittany", "tyler"], cg="yoshida"),
    mk_child("Aaliyah", "Haddad", "F", "2008-06-30", parents=["rania"], cg="beaumont", phone_imei=imei()),
    mk_child("Tavita", "Faleolo", "M", "2014-01-09", parents=["losa"], cg="sina"),
    mk_child("Jonah", "Whitehorse", "M", "2011-09-22", parents=["dawn"], cg="halvorsen"),
    mk_child("Zoë", "Lindqvist", "F", "2017-12-05", parents=["anders"], cg="mwangi"),
    mk_child("Ibrahim", "Diallo", "M", "2009-04-17", parents=["fatoumata"], cg="asante"),
    mk_child("Siobhán", "Ó Ceallaigh", "F", "2015-07-21", parents=["niamh"], cg="yoshida"),
    mk_child("Ravi", "Chaudhary", "M", "2013-03-02", parents=["sanjay"], cg="gallagher"),
]
for c in CH:
    c["cgd"] = CG[c["cg"]]
    c["photo"] = jpeg_b64(random.randint(260, 420))
CH[2]["cgm"] = "8K" + alnum(4, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
CH[2]["pump"] = "PDM-" + alnum(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")

# staff & look-alikes (never labeled)
WORKERS = [("Denise Harlan", "dharlan"), ("Marcus Oyelaran", "moyelaran"), ("Keiko Brandt", "kbrandt"),
           ("Tomasz Wrona", "twrona"), ("Yolanda Pritchett", "ypritchett"), ("Abdirahman Warsame", "awarsame")]
SUPERVISOR = "Gail Sorensen"
NURSES = ["Rosa Delgado, RN", "Priya Venkataraman, RN", "Megan O'Shea, LPN"]
PRESCRIBERS = [("Dr. Anjali Raman", npi()), ("Dr. Colin Fairweather", npi()), ("Dr. Oluwaseun Adeyemi", npi()),
               ("Dr. Mei-Ling Tsao", npi())]
CLINICS = [("Eastside Pediatrics", npi(), "614-555-0111"), ("Nationwide Kids Primary Care - Linden", npi(), "614-555-0116"),
           ("Akron Children's Pediatrics Portage", npi(), "330-555-0190"), ("Dayton Children's Health Clinic", npi(), "937-555-0104")]
JUDGES = ["Hon. Patricia Whitfield", "Hon. Rafael Ibarra", "Magistrate Helen Cho", "Magistrate Darnell Oakes"]
ATTYS = [("GAL Steven Marsh", "smarsh@franklincasa.example.org"), ("AAG Lorraine Boateng", "lboateng@ohioago.example.gov"),
         ("Atty Gideon Abernathy", "gabernathy@abernathylaw.example.com"), ("PD Renata Szabo", "rszabo@opd.example.gov")]
OFFICES = [("FCCS-East", "4071 E Broad St", "Columbus", "43213", "049"), ("FCCS-West", "2200 W Broad St", "Columbus", "43204", "049"),
           ("Montgomery CS", "3304 N Main St", "Dayton", "45405", "057"), ("Summit CS", "264 S Arlington St", "Akron", "44306", "077"),
           ("Lucas CS", "705 Adams St", "Toledo", "43604", "048"), ("Muskingum JFS", "205 N 7th St", "Zanesville", "43701", "060")]
AGENCY_SMS_FROM = "+16145550100"
AGENCY_FAX = "614-555-0190"
PROVIDER_ORGS = [("ORG-0042", "Buckeye Family Services TFC"), ("ORG-0117", "Lighthouse Youth Residential"),
                 ("ORG-0093", "Hopewell Therapeutic Foster Care"), ("ORG-0208", "Summit Kinship Navigator")]
MEDS = ["guanfacine ER 1 mg daily", "aripiprazole 2 mg daily", "methylphenidate ER 18 mg qAM", "sertraline 25 mg daily",
        "clonidine 0.1 mg qHS", "risperidone 0.25 mg BID"]
VACCINES = [("20", "DTaP"), ("115", "Tdap"), ("62", "HPV, quadrivalent"), ("165", "HPV9"), ("03", "MMR"),
            ("21", "varicella"), ("141", "Influenza, seasonal, injectable"), ("114", "MenACWY-D"), ("83", "Hep A, ped/adol, 2 dose")]
HOSTS_WL = ["cmsprd-app01", "cmsprd-app02", "cmsprd-app03", "cmsprd-app04"]


def child():
    return random.choice(CH)


def parent_of(c):
    return BP[random.choice(c["parents"])]


def worker():
    return random.choice(WORKERS)


def wl_thread():
    return f"[ACTIVE] ExecuteThread: '{random.randint(0, 24)}' for queue: 'weblogic.kernel.Default (self-tuning)'"


def full(c):
    return f"{c['fn']} {c['ln']}"


def lastfirst(c, upper=False, sep=", "):
    s = f"{c['ln']}{sep}{c['fn']}"
    return s.upper() if upper else s


# ================================================================ families
# --- 1. WebLogic server log ---------------------------------------------------
WL_CLEAN = [
    ("Info", "Health", "BEA-310002", lambda: f"{random.randint(18, 71)}% of the total memory in the server is free."),
    ("Notice", "WebLogicServer", "BEA-000365", lambda: "Server state changed to RUNNING."),
    ("Info", "JDBC", "BEA-001128", lambda: f"Connection for pool \"{pick(['cmsDS', 'cmsReadDS', 'mmisDS'])}\" closed."),
    ("Warning", "JDBC", "BEA-001129", lambda: "Received exception while creating connection for pool \"mmisDS\": IO Error: The Network Adapter could not establish the connection (CONNECTION_ID=" + b64(rbytes(12)) + ")"),
    ("Info", "Deployer", "BEA-149060", lambda: f"Module cms-web.war of application cms-ear [Version=4.18.{random.randint(0, 6)}] successfully transitioned from STATE_ADMIN to STATE_ACTIVE on server cms_ms{random.randint(1, 4)}."),
    ("Warning", "Security", "BEA-090078", lambda: f"User {worker()[1]} in security realm myrealm has had 3 invalid login attempts, locking account for 30 minutes."),
    ("Info", "Diagnostics", "BEA-320145", lambda: "Size based data retirement operation started on archive HarvestedDataArchive"),
    ("Info", "Cluster", "BEA-000111", lambda: f"Adding cms_ms{random.randint(1, 4)} with ID -{rdig(19)}S:{pick(HOSTS_WL)}:[7003,7003,-1,-1,-1,-1,-1]:cmsdomain:cms_ms{random.randint(1, 4)} to cluster: cms_cluster view."),
    ("Error", "WebLogicServer", "BEA-000337", lambda: f"[STUCK] ExecuteThread: '{random.randint(0, 24)}' for queue: 'weblogic.kernel.Default (self-tuning)' has been busy for \"{random.randint(601, 900)}\" seconds working on the request \"Workmanager: default, Version: 0, Scheduled=false, Started=true, Started time: {random.randint(601000, 900000)} ms\", which is more than the configured time (StuckThreadMaxTime) of \"600\" seconds in \"server-failure-trigger\". Stack trace: oracle.jdbc.driver.T4CMAREngineNIO.prepareForUnmarshall(T4CMAREngineNIO.java:811)"),
    ("Info", "JMX", "BEA-149512", lambda: f"JMX Connector Server started at service:jmx:iiop://{pick(HOSTS_WL)}.dcfs.oh.example:7003/jndi/weblogic.management.mbeanservers.runtime."),
    ("Warning", "WorkManager", "BEA-002936", lambda: f"maximum thread constraint EligibilityMaxThreads is reached with {random.randint(12, 16)} threads, pending requests {random.randint(3, 40)}"),
    ("Info", "Store", "BEA-280008", lambda: "Opening the persistent file store \"_WLS_cms_ms2\" for recovery: directory=/u01/oracle/user_projects/domains/cmsdomain/servers/cms_ms2/data/store/default requestedWritePolicy=\"Direct-Write\" fileLockingEnabled=true driver=\"wlfileio3\"."),
]


def fam_weblogic(phi):
    t = tick()
    ln = L("weblogic-server")
    host = pick(HOSTS_WL)
    if phi:
        c = child()
        wv = random.randint(0, 2)
        sev, sub, mid = ("Error", "HTTP", "BEA-101020") if wv == 1 else ("Error", "WebLogicServer", "BEA-000337")
    else:
        sev, sub, mid, fn = pick(WL_CLEAN)
    ln.t(f"####<{ts_wl(t)}> <{sev}> <{sub}> <{host}.dcfs.oh.example> <cms_ms{host[-1]}> <{wl_thread()}> <<WLS Kernel>> <> "
         f"<{uuid4()}-{random.randint(0, 0xffff):08x}> <{epoch_ms(t)}> <[severity-value: {dict(Info=64, Notice=32, Warning=16, Error=8)[sev]}] "
         f"[rid: 0] [partition-id: 0] [partition-name: DOMAIN] > <{mid}> <")
    if phi:
        v = wv
        if v == 0:
            ln.f("[STUCK] ExecuteThread: '§n§' for queue: 'weblogic.kernel.Default (self-tuning)' has been busy for \"§s§\" seconds "
                 "working on the request \"Http Request Information: weblogic.servlet.internal.ServletRequestImpl@§h§[GET "
                 "/cms/person/search?lastName=§ln§&firstName=§fn§&dob=§dob§&cnty=049]\", which is more than the configured time "
                 "(StuckThreadMaxTime) of \"600\" seconds in \"server-failure-trigger\".",
                 n=str(random.randint(0, 24)), s=str(random.randint(601, 990)), h=hexs(8),
                 ln=P(fold(c["ln"]).replace(" ", "+"), "name"), fn=P(fold(c["fn"]), "name"),
                 dob=P(d_us(c["dob"]).replace("/", "%2F"), "date"))
        elif v == 1:
            ln.f("[ServletContext@§h§[app:cms-ear module:cms-web path:/cms spec-version:3.1]] Servlet failed with an Exception "
                 "java.lang.IllegalStateException: no active placement for personId=§pid§ as of §d§ at "
                 "gov.oh.dcfs.cms.placement.PlacementResolver.current(PlacementResolver.java:142)",
                 h=str(random.randint(10000000, 99999999)), pid=P(c["pid"], "other_id"), d=P(d_us(c["place"]), "date"))
        else:
            ln.f("[STUCK] ExecuteThread: '§n§' for queue: 'weblogic.kernel.Default (self-tuning)' has been busy for \"§s§\" seconds "
                 "working on the request \"Http Request Information: weblogic.servlet.internal.ServletRequestImpl@§h§[POST "
                 "/cms/ws/HealthPassportService?childId=§pid§]\", which is more than the configured time (StuckThreadMaxTime) of \"600\" seconds.",
                 n=str(random.randint(0, 24)), s=str(random.randint(601, 990)), h=hexs(8), pid=P(c["pid"], "other_id"))
    else:
        ln.t(fn())
    ln.t(">")
    return [ln]


# --- 2. log4j CMS application -------------------------------------------------
def log4j_prefix(ln, t, lvl, logger, user):
    ln.t(f"{ts_log4j(t)} {lvl:<5} [{logger}] [{wl_thread()}] {user} - ")


def fam_cms(phi):
    t = tick()
    ln = L("log4j-cms")
    wname, wuser = worker()
    if phi:
        c = child()
        g = c["cgd"]
        v = random.randint(0, 9)
        if v == 9:
            log4j_prefix(ln, t, "INFO", "g.o.d.cms.portal.PortalInvitationService", wuser)
            ln.f("Portal invitation sent: resource parent \"§nm§\" email=§em§ template=FP_INVITE_V2 from=noreply@fosterportal.dcfs.oh.example",
                 nm=P(f"{g['fn']} {g['ln']}", "name"), em=P(g["email"], "email"))
        elif v == 0:
            log4j_prefix(ln, t, "INFO", "g.o.d.cms.placement.PlacementChangeService", wuser)
            org = pick(PROVIDER_ORGS)
            ln.f("Placement change committed: personId=§pid§ child=\"§nm§\" fromSetting=FFH toSetting=TFC provider=§org§ "
                 "effDt=§d§ reason=CAREGIVER_REQUEST caseId=§case§ approvedBy=\"§sup§\"",
                 pid=P(c["pid"], "other_id"), nm=P(full(c), "name"), org=f"{org[0]}/{org[1]}",
                 d=P(d_us(c["place"]), "date"), case=P(c["case"], "other_id"), sup=SUPERVISOR)
        elif v == 1:
            log4j_prefix(ln, t, "INFO", "g.o.d.cms.placement.PlacementChangeService", wuser)
            ln.f("New placement episode for personId=§pid§: setting=§set§ caregiver=\"§cg§\" addr=\"§st§, §city§, OH §zip§\" "
                 "phone=§ph§ effective=§d§",
                 pid=P(c["pid"], "other_id"), set="KIN" if g["role"].startswith("KIN") else "FFH",
                 cg=P(f"{g['fn']} {g['ln']}", "name"), st=P(g["street"], "address"), city=P(g["city"], "address"),
                 zip=P(g["zip"], "zip"), ph=P(g["phone"], "phone"), d=P(d_iso(c["place"]), "date"))
        elif v == 2:
            log4j_prefix(ln, t, "INFO", "g.o.d.cms.visit.CaseworkerVisitService", wuser)
            ln.f("Visit saved visitId=V24-§vid§ worker=\"§w§\" contactType=FACE_TO_FACE location=PLACEMENT_HOME personId=§pid§ "
                 "visitDt=§d§ durMin=§m§ childSeenAlone=Y safetyConcern=N",
                 vid=rdig(7), w=wname, pid=P(c["pid"], "other_id"), d=P(d_us(c["visit"]), "date"), m=str(pick([30, 45, 50, 60, 75])))
        elif v == 3:
            bp = parent_of(c)
            log4j_prefix(ln, t, "INFO", "g.o.d.cms.contact.ContactNoteService", wuser)
            ln.f("Contact note CN-§nid§ saved: participants=[§bp§ (§rel§), §w§ (CW)] method=PHONE number=§ph§ "
                 "topic=FAMILY_TIME_SCHEDULING caseId=§case§",
                 nid=rdig(7), bp=P(f"{bp['fn']} {bp['ln']}", "name"), rel=bp["rel"], w=wname,
                 ph=P(bp["phone"], "phone"), case=P(c["case"], "other_id"))
        elif v == 4:
            e = ESPERANZA
            c = CH[1]
            log4j_prefix(ln, t, "INFO", "g.o.d.cms.relative.DiligentSearchService", wuser)
            ln.f("Diligent search hit for personId=§pid§: relative=\"§nm§\" relation=GREAT_GRANDMOTHER age=§age§ "
                 "phone=§ph§ addr=\"§st§, §city§ OH §zip§\" source=ACCURINT score=0.93",
                 pid=P(c["pid"], "other_id"), nm=P(f"{e['fn']} {e['ln']}", "name"), age=P(e["age"], "age"),
                 ph=P(e["phone"], "phone"), st=P(e["street"], "address"), city=P(e["city"], "address"), zip=P(e["zip"], "zip"))
        elif v == 5:
            log4j_prefix(ln, t, "INFO", "g.o.d.cms.finance.BoardPaymentService", "batch")
            ln.f("ACH prenote queued for resource parent \"§nm§\" (providerType=§r§) routing=0§rt§ acct=§acct§ "
                 "perDiem=$§amt§ batch=BP-20240311-§b§",
                 nm=P(f"{g['ln']}, {g['fn']}", "name"), r=g["role"], rt=rdig(8, False), acct=P(g["acct"], "account"),
                 amt=f"{random.randint(18, 42)}.{random.randint(0, 99):02d}", b=rdig(3))
        elif v == 6:
            pr = pick(PRESCRIBERS)
            log4j_prefix(ln, t, "INFO", "g.o.d.cms.health.PsychMedConsentService", wuser)
            ln.f("Psychotropic consent request PMC-2024-§rq§ created: child=§nm§ dob=§dob§ med=\"§med§\" prescriber=\"§pr§\" "
                 "npi=§npi§ routedTo=JUV_COURT courtEvent=CAL-24-§ev§ status=PENDING_JUDICIAL_REVIEW",
                 rq=rdig(5, False), nm=P(lastfirst(c, True), "name"), dob=P(d_us(c["dob"]), "date"), med=pick(MEDS),
                 pr=pr[0], npi=pr[1], ev=rdig(6, False))
        elif v == 7:
            log4j_prefix(ln, t, "WARN", "g.o.d.cms.person.PersonMatchService", wuser)
            ln.f("Possible duplicate person: candidate \"§nm§\" dob=§dob§ ssn=§ssn§ matches existing personId=§pid§ (score 0.97); "
                 "intake blocked pending supervisor review",
                 nm=P(lastfirst(c), "name"), dob=P(d_iso(c["dob"]), "date"), ssn=P(c["ssn"], "ssn"), pid=P(c["pid"], "other_id"))
        else:
            bp = parent_of(c)
            log4j_prefix(ln, t, "INFO", "g.o.d.cms.intake.RemovalService", wuser)
            ln.f("Removal episode closed caseId=§case§ child=§cid§ removalDt=§rd§ outcome=REUNIFICATION_TRIAL "
                 "returnTo=\"§bp§\" addr=\"§st§\" city=§city§ zip=§zip§ jurisdiction=049",
                 case=P(c["case"], "other_id"), cid=P(c["pid"], "other_id"), rd=P(d_us(c["removal"]), "date"),
                 bp=P(f"{bp['fn']} {bp['ln']}", "name"), st=P(bp["street"], "address"), city=P(bp["city"], "address"),
                 zip=P(bp["zip"], "zip"))
        return [ln]
    v = random.randint(0, 10)
    if v == 0:
        log4j_prefix(ln, t, "INFO", "g.o.d.cms.batch.MonthlyVisitComplianceJob", "batch")
        n = random.randint(1700, 1900)
        k = random.randint(1550, n)
        ln.t(f"Job completed: units=42 children={n} compliant={k} ({k * 100 / n:.1f}%) elapsedMs={random.randint(30000, 60000)}")
    elif v == 1:
        log4j_prefix(ln, t, "INFO", "g.o.d.cms.security.SessionListener", wuser)
        ln.t(f"Session {alnum(32, '0123456789ABCDEF')} expired after 1800s idle (user={wuser}, role=CASEWORKER)")
    elif v == 2:
        o = pick(OFFICES)
        w2 = worker()
        log4j_prefix(ln, t, "INFO", "g.o.d.cms.workload.CaseloadService", SUPERVISOR.split()[0][0].lower() + "sorensen")
        ln.t(f"Caseload reassignment: {random.randint(3, 18)} cases moved from {wname} to {w2[0]} (unit 3{pick('ABCD')}, office={o[0]}, cnty={o[4]})")
    elif v == 3:
        log4j_prefix(ln, t, "DEBUG", "g.o.d.cms.jms.PlacementEventListener", "system")
        ln.t(f"JMS message consumed queue=jms/PlacementEvents msgId=ID:<{random.randint(100000, 999999)}.{epoch_ms(t) - 812}.0> redelivered=false type=PLACEMENT_ENDED")
    elif v == 4:
        log4j_prefix(ln, t, "ERROR", "g.o.d.cms.visit.VisitDao", wuser)
        ln.t("Could not save visit draft: org.hibernate.exception.LockAcquisitionException: could not execute statement; "
             "SQL [n/a]; nested exception is org.postgresql.util.PSQLException: ERROR: deadlock detected at "
             "gov.oh.dcfs.cms.visit.VisitDao.save(VisitDao.java:211)")
    elif v == 5:
        log4j_prefix(ln, t, "INFO", "g.o.d.cms.workflow.ApprovalQueue", "system")
        ln.t(f"Supervisor approval queue for \"{SUPERVISOR}\": {random.randint(2, 12)} pending (placement={random.randint(0, 4)}, visit={random.randint(0, 8)}, psychMed={random.randint(0, 3)})")
    elif v == 6:
        o = pick(OFFICES)
        log4j_prefix(ln, t, "INFO", "g.o.d.cms.admin.OfficeDirectory", "admin")
        ln.t(f"Office record updated: {o[0]} {o[1]}, {o[2]}, OH {o[3]} main=614-555-0100 fax={AGENCY_FAX} cnty={o[4]} closure={pick(['2024-03-29', '2024-05-27', 'none'])}")
    elif v == 7:
        log4j_prefix(ln, t, "INFO", "g.o.d.cms.ref.RefTableCache", "system")
        ln.t(f"Reference cache refreshed: CNTY_CD({88} rows), PLCMT_TYPE(23 rows), VISIT_LOC(9 rows), LEGAL_STAT(31 rows) in {random.randint(90, 400)}ms")
    elif v == 8:
        log4j_prefix(ln, t, "INFO", "g.o.d.cms.mobile.SyncController", wuser)
        ln.t(f"Mobile sync from device WK-TAB-{rdig(4)} (worker {wname}): {random.randint(1, 14)} visit drafts uploaded, {random.randint(0, 3)} conflicts, appVersion=3.9.{random.randint(0, 4)}")
    elif v == 9:
        log4j_prefix(ln, t, "WARN", "g.o.d.cms.integration.CourtSyncClient", "system")
        ln.t(f"Court calendar sync retry {random.randint(1, 3)}/5 for docket block 24-JC-{rdig(6, False)}: HTTP 503 from https://courtsched.juvct.example.gov/api/v2/events")
    else:
        log4j_prefix(ln, t, "INFO", "g.o.d.cms.report.AFCARSExtract", "batch")
        ln.t(f"AFCARS 2024A extract staged: records={random.randint(12000, 14000)} file=/data/afcars/OH_AFCARS_2024A_{t:%Y%m%d}.dat sha256={sha256()}")
    return [ln]


# --- 3. CXF SOAP logging ------------------------------------------------------
def soap_prefix(ln, t, lvl, kind, svc):
    ln.t(f"{ts_log4j(t)} {lvl:<5} [org.apache.cxf.services.{svc}Service.{svc}Port.{svc}] [{wl_thread()}] system - {kind}    ")


def fam_soap(phi):
    t = tick()
    ln = L("cxf-soap")
    ex = uuid4()
    if phi:
        c = child()
        v = random.randint(0, 2)
        if v == 0:
            soap_prefix(ln, t, "INFO", "REQ_OUT", "EligibilityVerification")
            ln.f("Address: https://mmis-gw.medicaid.oh.example/ws/EligibilityVerification    HttpMethod: POST    "
                 "Content-Type: text/xml    ExchangeId: §ex§    Payload: <soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                 "xmlns:elig=\"urn:oh:medicaid:elig:v3\"><soapenv:Header><wsse:Security><wsse:UsernameToken><wsse:Username>svc_cms_elig</wsse:Username>"
                 "</wsse:UsernameToken></wsse:Security></soapenv:Header><soapenv:Body><elig:VerifyEligibilityRequest>"
                 "<elig:MedicaidId>§mcd§</elig:MedicaidId><elig:LastName>§ln§</elig:LastName><elig:FirstName>§fn§</elig:FirstName>"
                 "<elig:DateOfBirth>§dob§</elig:DateOfBirth><elig:ServiceDate>§sd§</elig:ServiceDate><elig:RequestorNpi>§npi§</elig:RequestorNpi>"
                 "</elig:VerifyEligibilityRequest></soapenv:Body></soapenv:Envelope>",
                 ex=ex, mcd=P(c["mcd"], "health_plan"), ln=P(fold(c["ln"]), "name"), fn=P(fold(c["fn"]), "name"),
                 dob=P(d_iso(c["dob"]), "date"), sd=P(d_iso(c["appt"]), "date"), npi=pick(CLINICS)[1])
        elif v == 1:
            soap_prefix(ln, t, "INFO", "RESP_IN", "EligibilityVerification")
            ln.f("ResponseCode: 200    ExchangeId: §ex§    Payload: <soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                 "<soap:Body><ns2:VerifyEligibilityResponse xmlns:ns2=\"urn:oh:medicaid:elig:v3\"><ns2:MedicaidId>§mcd§</ns2:MedicaidId>"
                 "<ns2:CoverageStatus>ACTIVE</ns2:CoverageStatus><ns2:AidCategory>FC-IVE</ns2:AidCategory><ns2:MCO>"
                 "<ns2:Name>BridgeCare Kids</ns2:Name><ns2:PlanId>OHBCK01</ns2:PlanId><ns2:MemberId>§mem§</ns2:MemberId>"
                 "<ns2:EffectiveDate>§eff§</ns2:EffectiveDate></ns2:MCO><ns2:TraceNumber>§tr§</ns2:TraceNumber>"
                 "</ns2:VerifyEligibilityResponse></soap:Body></soap:Envelope>",
                 ex=ex, mcd=P(c["mcd"], "health_plan"), mem=P(c["plan"], "health_plan"), eff=P(d_iso(c["removal"]), "date"),
                 tr=rdig(12))
        else:
            soap_prefix(ln, t, "INFO", "REQ_IN", "HealthPassport")
            ln.f("Address: https://cms.dcfs.oh.example/cms/ws/HealthPassportService    HttpMethod: POST    Content-Type: text/xml;charset=UTF-8    "
                 "ExchangeId: §ex§    Payload: <S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body>"
                 "<hp:GetPassportSummary xmlns:hp=\"http://dcfs.oh.example/hp/2019\"><hp:PassportId>§hp§</hp:PassportId>"
                 "<hp:ChildPersonId>§pid§</hp:ChildPersonId><hp:IncludeImmunizations>true</hp:IncludeImmunizations>"
                 "</hp:GetPassportSummary></S:Body></S:Envelope>",
                 ex=ex, hp=P(c["hp"], "mrn"), pid=P(c["pid"], "other_id"))
        return [ln]
    v = random.randint(0, 3)
    if v == 0:
        soap_prefix(ln, t, "WARN", "FAULT_IN", "EligibilityVerification")
        ln.t(f"ResponseCode: 500    ExchangeId: {ex}    Payload: <soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
             f"<soap:Fault><faultcode>soap:Server</faultcode><faultstring>MMIS backend unavailable (ORA-12541: TNS:no listener)</faultstring>"
             f"<detail><ns2:ErrorRef xmlns:ns2=\"urn:oh:medicaid:elig:v3\">ELG-{rdig(6)}</ns2:ErrorRef></detail></soap:Fault></soap:Body></soap:Envelope>")
    elif v == 1:
        soap_prefix(ln, t, "INFO", "RESP_IN", "EligibilityVerification")
        ln.t(f"ResponseCode: 200    ExchangeId: {ex}    Payload: <soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
             f"<ns2:PingResponse xmlns:ns2=\"urn:oh:medicaid:elig:v3\"><ns2:Status>OK</ns2:Status><ns2:Build>2024.02.{random.randint(1, 9)}</ns2:Build>"
             f"<ns2:ServerTime>{ts_iso(t)}</ns2:ServerTime></ns2:PingResponse></soap:Body></soap:Envelope>")
    elif v == 2:
        soap_prefix(ln, t, "INFO", "REQ_OUT", "CourtFiling")
        ln.t(f"Address: https://efile.juvct.example.gov/CourtFilingMDE    HttpMethod: POST    Content-Type: application/soap+xml    "
             f"ExchangeId: {ex}    Payload: <s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body><GetFilingStatus "
             f"xmlns=\"urn:oasis:names:tc:legalxml-courtfiling:wsdl:WebServicesProfile-Definitions-4.0\"><FilingId>EF-{rdig(9)}</FilingId>"
             f"<CourtEventId>CAL-24-{rdig(6, False)}</CourtEventId><Judge>{pick(JUDGES)}</Judge></GetFilingStatus></s:Body></s:Envelope>")
    else:
        soap_prefix(ln, t, "ERROR", "FAULT_OUT", "HealthPassport")
        ln.t(f"ResponseCode: 401    ExchangeId: {ex}    Payload: <S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body><S:Fault>"
             f"<faultcode>S:Client</faultcode><faultstring>An invalid security token was provided (WSSecurityEngine: Invalid timestamp The message "
             f"timestamp has expired)</faultstring></S:Fault></S:Body></S:Envelope>")
    return [ln]


# --- 4. Health passport (logstash-logback JSON) -------------------------------
def hp_base(t, msg, logger, lvl="INFO"):
    return O([("@timestamp", ts_iso(t)), ("@version", "1"), ("message", msg),
              ("logger_name", "gov.oh.dcfs.hp." + logger), ("thread_name", f"http-nio-8443-exec-{random.randint(1, 40)}"),
              ("level", lvl), ("level_value", {"INFO": 20000, "WARN": 30000, "ERROR": 40000, "DEBUG": 10000}[lvl])])


def fam_hp(phi):
    t = tick()
    ln = L("logstash-json")
    if phi:
        c = child()
        v = random.randint(0, 6)
        if v == 0:
            cvx, vac = pick(VACCINES)
            o = hp_base(t, "Immunization recorded", "immunization.ImmunizationController")
            o += [("passportId", P(c["hp"], "mrn")), ("patientName", P(lastfirst(c, True, ","), "name")),
                  ("dob", P(d_iso(c["dob"]), "date")), ("cvx", cvx), ("vaccine", vac),
                  ("lotNumber", pick("UVWKR") + rdig(4) + pick(["AA", "BA", "CB", "DA"])), ("adminDate", P(d_iso(c["visit"]), "date")),
                  ("vfcEligibility", "V02"), ("administeredBy", O([("name", pick(NURSES)), ("npi", pick(PRESCRIBERS)[1])])),
                  ("registrySubmit", "QUEUED")]
        elif v == 1:
            cl = pick(CLINICS)
            o = hp_base(t, "EPSDT well-child visit recorded", "epsdt.WellChildService")
            o += [("passportId", P(c["hp"], "mrn")), ("childPersonId", P(c["pid"], "other_id")),
                  ("visitDate", P(d_iso(c["visit"]), "date")), ("clinic", cl[0]), ("clinicNpi", cl[1]),
                  ("clinicMrn", P(c["mrn"], "mrn")), ("components", ["HEIGHT_WEIGHT", "VISION", "HEARING", "DEVELOPMENTAL", "LEAD"]),
                  ("nextDue", P(d_iso(c["appt"]), "date")), ("recordedBy", pick(NURSES))]
        elif v == 2:
            pr = pick(PRESCRIBERS)
            o = hp_base(t, "Psychotropic consent request submitted to court", "psychmed.ConsentRequestService")
            o += [("requestId", f"PMC-2024-{rdig(5, False)}"), ("childPersonId", P(c["pid"], "other_id")),
                  ("childName", P(full(c), "name")), ("medication", pick(MEDS)), ("prescriberName", pr[0]), ("prescriberNpi", pr[1]),
                  ("court", "Juvenile Court"), ("courtEventId", f"CAL-24-{rdig(6, False)}"), ("judge", pick(JUDGES)),
                  ("hearingDate", P(d_iso(c["hearing"]), "date")), ("status", "FILED")]
        elif v == 3:
            g = c["cgd"]
            o = hp_base(t, "Passport viewed by caregiver", "audit.PassportAccessAudit")
            o += [("passportId", P(c["hp"], "mrn")), ("viewer", O([("type", "RESOURCE_PARENT"), ("portalUser", P(g["user"], "other_id")),
                                                                    ("displayName", P(f"{g['fn']} {g['ln']}", "name"))])),
                  ("sections", ["IMMUNIZATIONS", "ALLERGIES", "MEDICATIONS"]), ("clientIp", P(g["ip"], "ip"))]
        elif v == 4:
            o = hp_base(t, "Passport photo updated", "profile.PhotoService")
            o += [("passportId", P(c["hp"], "mrn")), ("contentType", "image/jpeg"), ("photoBase64", P(c["photo"], "photo")),
                  ("uploadedBy", pick(WORKERS)[1])]
        elif v == 5:
            c = CH[2]
            o = hp_base(t, "Durable medical equipment linked", "dme.DeviceRegistry")
            o += [("passportId", P(c["hp"], "mrn")), ("dx", "E10.9"),
                  ("devices", [O([("type", "CGM"), ("model", "Dexcom G7"), ("serialNumber", P(c["cgm"], "device"))]),
                               O([("type", "INSULIN_PUMP_CONTROLLER"), ("model", "Omnipod 5"), ("serialNumber", P(c["pump"], "device"))])]),
                  ("supplierNpi", npi()), ("orderRef", f"DME-{rdig(8)}")]
        else:
            o = hp_base(t, "Allergy added", "allergy.AllergyController", "WARN")
            o += [("passportId", P(c["hp"], "mrn")), ("patient", O([("first", P(c["fn"], "name")), ("last", P(c["ln"], "name")),
                                                                   ("dob", P(d_us(c["dob"]), "date"))])),
                  ("allergen", pick(["amoxicillin", "peanut", "latex", "sulfamethoxazole"])), ("reaction", "HIVES"),
                  ("note", "caregiver reported; verify with PCP")]
        ln.j(o)
        return [ln]
    v = random.randint(0, 5)
    if v == 0:
        o = hp_base(t, "Passport sync completed", "sync.MmisClaimsSync")
        o += [("records", random.randint(1600, 1900)), ("failed", random.randint(0, 5)), ("durationMs", random.randint(20000, 60000)),
              ("source", "MMIS_CLAIMS"), ("watermark", f"{t:%Y-%m-%d}T06:00:00Z")]
    elif v == 1:
        o = hp_base(t, "VFC inventory reconciled", "vfc.InventoryJob")
        o += [("clinicId", f"VFC-OH-{rdig(4)}"), ("lots", [pick("UVWKR") + rdig(4) + "AA" for _ in range(3)]),
              ("expiringWithin30d", random.randint(0, 4))]
    elif v == 2:
        o = hp_base(t, "Immunization registry ACK received", "registry.Hl7AckListener")
        o += [("msgControlId", f"HP{t:%y%m%d%H%M%S}{random.randint(100, 999)}"), ("ackCode", pick(["AA", "AA", "AA", "AE"])),
              ("registry", "ImpactSIIS"), ("endpoint", "https://impactsiis.odh.example.gov/hl7/v2")]
    elif v == 3:
        o = hp_base(t, "Reminder batch scheduled", "reminder.DueSoonScheduler")
        o += [("dueWithinDays", 30), ("children", random.randint(150, 260)), ("channel", "SMS"), ("template", "WELL_CHILD_V3")]
    elif v == 4:
        o = hp_base(t, "Prescriber directory refreshed", "provider.NppesRefresh")
        o += [("npiCount", random.randint(4000, 4300)), ("sample", [pick(PRESCRIBERS)[1], pick(CLINICS)[1]]), ("taxonomy", "2084P0800X")]
    else:
        o = hp_base(t, "Request rejected", "web.GlobalExceptionHandler", "ERROR")
        o += [("path", "/hp/api/v2/passports/search"), ("status", 400), ("error", "MissingServletRequestParameterException: Required request parameter 'passportId' is not present"),
              ("traceId", hexs(32))]
    ln.j(o)
    return [ln]


# --- 5. X12 270/271 via Spring Boot logger -------------------------------------
def sb_prefix(ln, t, lvl, thread, logger):
    ln.t(f"{ts_dot(t)} {lvl:>5} 3812 --- [{thread:>15}] {logger:<40} : ")


def isa(t, ctrl):
    return (f"ISA*00*          *00*          *ZZ*OHDCFS01       *ZZ*OHMMIS         *{t:%y%m%d}*{t:%H%M}*^*00501*{ctrl}*0*P*:~"
            f"GS*HS*OHDCFS01*OHMMIS*{t:%Y%m%d}*{t:%H%M}*{int(ctrl)}*X*005010X279A1~")


def fam_x12(phi):
    t = tick()
    ln = L("x12-spring")
    ctrl = rdig(9, False)
    thread = f"elig-batch-{random.randint(1, 4)}"
    if phi:
        c = child()
        cl = pick(CLINICS)
        if random.random() < 0.5:
            sb_prefix(ln, t, "DEBUG", thread, "g.o.d.elig.x12.X12MessageLogger")
            ln.f("270 OUT §env§ST*270*0001*005010X279A1~BHT*0022*13*§bht§*§d§*§tm§~HL*1**20*1~NM1*PR*2*OHIO DEPT OF MEDICAID*****PI*OHMCD~"
                 "HL*2*1*21*1~NM1*1P*2*§cl§*****XX*§npi§~HL*3*2*22*0~TRN*1*§trn§*9877281234~NM1*IL*1*§ln§*§fn§****MI*§mcd§~"
                 "DMG*D8*§dob§*§sx§~DTP*291*D8*§sd§~EQ*30~SE*13*0001~",
                 env=isa(t, ctrl), bht=rdig(8), d=t.strftime("%Y%m%d"), tm=t.strftime("%H%M"), cl=fold(cl[0]).upper(), npi=cl[1],
                 trn=f"93175-{rdig(6, False)}", ln=P(fold(c["ln"]).upper(), "name"), fn=P(fold(c["fn"]).upper(), "name"),
                 mcd=P(c["mcd"], "health_plan"), dob=P(d_x12(c["dob"]), "date"), sx=c["sex"], sd=P(d_x12(c["appt"]), "date"))
        else:
            sb_prefix(ln, t, "DEBUG", thread, "g.o.d.elig.x12.X12MessageLogger")
            ln.f("271 IN ST*271*0001*005010X279A1~BHT*0022*11*§bht§*§d§*§tm§~HL*1**20*1~NM1*PR*2*OHIO DEPT OF MEDICAID*****PI*OHMCD~"
                 "HL*2*1*21*1~NM1*1P*2*DCFS FOSTER CARE HEALTH*****XX*§npi§~HL*3*2*22*0~TRN*2*§trn§*9877281234~"
                 "NM1*IL*1*§ln§*§fn§****MI*§mcd§~N3*§st§~N4*§city§*OH*§zip§~DMG*D8*§dob§*§sx§~INS*Y*18*001*25~"
                 "DTP*346*D8*§eff§~EB*1*IND*30**MEDICAID FOSTER CARE~EB*R**30*HM*BRIDGECARE KIDS~REF*18*§mem§~"
                 "MSG*MANAGED CARE ENROLLEE~SE*17*0001~",
                 bht=rdig(8), d=t.strftime("%Y%m%d"), tm=t.strftime("%H%M"), npi=pick(CLINICS)[1], trn=f"93175-{rdig(6, False)}",
                 ln=P(fold(c["ln"]).upper(), "name"), fn=P(fold(c["fn"]).upper(), "name"), mcd=P(c["mcd"], "health_plan"),
                 st=P(fold(c["cgd"]["street"]).upper(), "address"), city=P(fold(c["cgd"]["city"]).upper(), "address"),
                 zip=P(c["cgd"]["zip"], "zip"), dob=P(d_x12(c["dob"]), "date"), sx=c["sex"], eff=P(d_x12(c["removal"]), "date"),
                 mem=P(c["plan"], "health_plan"))
        return [ln]
    v = random.randint(0, 5)
    if v == 0:
        sb_prefix(ln, t, "DEBUG", thread, "g.o.d.elig.x12.X12MessageLogger")
        ln.t(f"TA1 IN TA1*{ctrl}*{t:%y%m%d}*{t:%H%M}*A*000~")
    elif v == 1:
        sb_prefix(ln, t, "DEBUG", thread, "g.o.d.elig.x12.X12MessageLogger")
        ln.t(f"999 IN ST*999*0001*005010X231A1~AK1*HS*{random.randint(1000, 99999)}*005010X279A1~AK2*270*{random.randint(1, 400):04d}~IK5*A~AK9*A*1*1*1~SE*6*0001~")
    elif v == 2:
        sb_prefix(ln, t, " INFO", thread, "g.o.d.elig.batch.EligibilityBatchRunner")
        n = random.randint(380, 460)
        ln.t(f"271 batch parsed: file=OH_FC_271_{t:%Y%m%d}_{t:%H%M}.x12 transactions={n} active={n - random.randint(5, 20)} "
             f"inactive={random.randint(1, 12)} aaaErrors={random.randint(0, 6)} elapsed={random.randint(800, 4000)}ms")
    elif v == 3:
        sb_prefix(ln, t, " WARN", thread, "g.o.d.elig.x12.X12MessageLogger")
        ln.t(f"271 IN HL*3*2*22*0~TRN*2*93175-{rdig(6, False)}*9877281234~AAA*Y**{pick(['72', '73', '75', '58'])}*C~ (subscriber loop rejected, see 271 AAA codes)")
    elif v == 4:
        sb_prefix(ln, t, " INFO", "sftp-out-1", "g.o.d.elig.transport.MftSftpClient")
        ln.t(f"put OH_FC_270_{t:%Y%m%d}_{t:%H%M}.x12 -> mft.medicaid.oh.example:22/inbound/270 ({random.randint(20000, 90000)} bytes, ISA13={ctrl})")
    else:
        sb_prefix(ln, t, " INFO", "main", "g.o.d.elig.feed.Enrollment834Loader")
        ln.t(f"834 file OH_FC_834_{t:%Y%m%d}.x12 loaded: INS loops={random.randint(1100, 1300)} adds={random.randint(10, 40)} "
             f"terms={random.randint(5, 25)} changes={random.randint(30, 90)} GS06={random.randint(1000, 9999)}")
    return [ln]


# --- 6. Court hearing scheduler (Python logging) ------------------------------
def py_prefix(ln, t, lvl, name):
    ln.t(f"{ts_log4j(t)} {lvl} [{name}] ")


def fam_court(phi):
    t = tick()
    ln = L("py-courtsched")
    ev = f"CAL-24-{rdig(6, False)}"
    room = pick(["2A", "3C", "4B", "5A"])
    if phi:
        c = child()
        v = random.randint(0, 6)
        if v == 0:
            py_prefix(ln, t, "INFO", "courtsched.scheduler")
            ln.f("Hearing scheduled event=§ev§ type=§ty§ child='§nm§' dob=§dob§ when=§hd§ §hm§ room=§room§ judge='§j§' gal='Steven Marsh'",
                 ev=ev, ty=pick(["PSYCHOTROPIC_MED_CONSENT", "ANNUAL_REVIEW", "PERMANENCY", "DISPOSITIONAL"]),
                 nm=P(lastfirst(c), "name"), dob=P(d_iso(c["dob"]), "date"), hd=P(d_iso(c["hearing"]), "date"),
                 hm=pick(["09:00", "09:30", "10:15", "13:30", "14:00"]), room=room, j=pick(JUDGES))
        elif v == 1:
            bp = parent_of(c)
            py_prefix(ln, t, "INFO", "courtsched.notices")
            ln.f("Notice of hearing queued for USPS: party='§bp§' role=§rel§ addr='§st§, §city§, OH §zip§' event=§ev§ service=CERTIFIED",
                 bp=P(f"{bp['fn']} {bp['ln']}", "name"), rel=bp["rel"], st=P(bp["street"], "address"), city=P(bp["city"], "address"),
                 zip=P(bp["zip"], "zip"), ev=ev)
        elif v == 2:
            py_prefix(ln, t, "WARNING", "courtsched.scheduler")
            ln.f("Continuance granted event=§ev§ child='§nm§' old=§o§ new=§n§ reason='parent counsel unavailable' by='§j§'",
                 ev=ev, nm=P(full(c), "name"), o=P(d_iso(c["hearing"]), "date"),
                 n=P(d_iso(c["hearing"] + dt.timedelta(days=pick([7, 14, 21]))), "date"), j=pick(JUDGES))
        elif v == 3:
            bp = parent_of(c)
            py_prefix(ln, t, "INFO", "courtsched.appearance")
            ln.f("Remote appearance confirmed: party='§bp§' phone=§ph§ event=§ev§ room=§room§ bridge=https://teams.example.com/l/meetup-join/19%3ameeting_§h§",
                 bp=P(f"{bp['fn']} {bp['ln']}", "name"), ph=P(bp["phone"], "phone"), ev=ev, room=room, h=alnum(22))
        elif v == 5:
            bp = BP[pick(["chidinma", "marisol", "brittany", "fatoumata", "anders"])]
            py_prefix(ln, t, "INFO", "courtsched.notices")
            ln.f("e-Notice sent to party '§bp§' <§em§> event=§ev§ (opted in to electronic service §od§)",
                 bp=P(f"{bp['fn']} {bp['ln']}", "name"), em=P(bp["email"], "email"), ev=ev, od=d_iso(rdate("2023-06-01", "2024-02-28")))
        elif v == 6:
            e = ESPERANZA
            py_prefix(ln, t, "INFO", "courtsched.orders")
            ln.f("Order entered event=§ev§: kinship home study of relative '§nm§' (§age§ y/o) due within 30 days, judge='§j§'",
                 ev=ev, nm=P(f"{e['fn']} {e['ln']}", "name"), age=P(e["age"], "age"), j=pick(JUDGES))
        else:
            bp = BP["dawn"]
            c = CH[6]
            py_prefix(ln, t, "INFO", "courtsched.intake")
            ln.f("Signed consent for event=§ev§ received by fax from §fx§ (sender='§bp§', pages=3) for child personId=§pid§; court fax line §af§",
                 ev=ev, fx=P(bp["fax"], "fax"), bp=P(f"{bp['fn']} {bp['ln']}", "name"), pid=P(c["pid"], "other_id"), af=AGENCY_FAX)
        return [ln]
    v = random.randint(0, 5)
    d = (t + dt.timedelta(days=random.randint(3, 30))).date()
    if v == 0:
        py_prefix(ln, t, "INFO", "courtsched.calendar")
        ln.t(f"Calendar import complete: room={room} date={d_iso(d)} events={random.randint(6, 15)} judge='{pick(JUDGES)}'")
    elif v == 1:
        py_prefix(ln, t, "INFO", "courtsched.docket")
        a = random.randint(400, 900)
        ln.t(f"Docket block 24-JC-000{a}..000{a + 11} reserved for '{pick(JUDGES)}' (county 049, term 2024-Q2)")
    elif v == 2:
        at = pick(ATTYS)
        py_prefix(ln, t, "INFO", "courtsched.notices")
        ln.t(f"Email notice sent to '{at[0]}' <{at[1]}> event={ev} via smtp-relay.juvct.example.gov (250 2.0.0 Ok: queued as {alnum(10, '0123456789ABCDEF')})")
    elif v == 3:
        py_prefix(ln, t, "WARNING", "courtsched.conflicts")
        ln.t(f"Conflict: '{pick(JUDGES)}' double-booked room {room} {d_iso(d)} 13:30 (events {ev}, CAL-24-{rdig(6, False)})")
    elif v == 4:
        py_prefix(ln, t, "INFO", "courtsched.sync")
        ln.t(f"Pushed {random.randint(10, 60)} events to Odyssey, 0 rejected (batch {t:%Y%m%d-%H%M}, took {random.uniform(0.4, 3.0):.2f}s)")
    else:
        py_prefix(ln, t, "ERROR", "courtsched.sync")
        ln.t(f"Odyssey API error 409 for event={ev}: 'Courtroom {room} closed on {d_iso(d)} (facility maintenance)'")
    return [ln]


# --- 7. Serilog text sink (.NET foster parent portal) ------------------------
def sl_prefix(ln, t, lvl, ctx):
    ln.t(f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)} -04:00 [{lvl}] ({ctx}) ")


def fam_serilog(phi):
    t = tick()
    ln = L("serilog-text")
    if phi:
        c = child()
        g = c["cgd"]
        v = random.randint(0, 7)
        if v == 7:
            sl_prefix(ln, t, "INF", "FosterPortal.Web.Controllers.ReferralController")
            ln.f("Shared caregiver profile link §url§ with respite provider ORG-0093 (expires 72h)",
                 url=P(f"https://fosterportal.dcfs.oh.example/caregivers/{g['user']}/profile?share=1", "url"))
        elif v == 0:
            sl_prefix(ln, t, "INF", "FosterPortal.Web.Controllers.AccountController")
            ln.f("User §u§ signed in from §ip§ (MFA: SMS)", u=P(g["user"], "other_id"), ip=P(g["ip"], "ip"))
        elif v == 1:
            sl_prefix(ln, t, "INF", "FosterPortal.Web.Controllers.AccountController")
            ln.f("Password reset link sent to §em§ (expires in 30 min)", em=P(g["email"], "email"))
        elif v == 2:
            sl_prefix(ln, t, "INF", "FosterPortal.Application.Reimbursement.SubmitClaimHandler")
            ln.f("Reimbursement claim RC-2024-§n§ submitted by §u§ for child §nm§ mileage=§mi§mi amount=$§amt§",
                 n=rdig(6, False), u=P(g["user"], "other_id"), nm=P(f"{c['fn']} {c['ln'][0]}.", "name"),
                 mi=f"{random.uniform(5, 80):.1f}", amt=f"{random.uniform(3, 50):.2f}")
        elif v == 3:
            sl_prefix(ln, t, "INF", "FosterPortal.Application.Payments.DirectDepositService")
            ln.f("Direct deposit updated for §u§: routing 0§rt§ account §ac§ type=Checking", u=P(g["user"], "other_id"),
                 rt=rdig(8, False), ac=P(g["acct"], "account"))
        elif v == 4:
            sl_prefix(ln, t, "INF", "FosterPortal.Application.Profile.UpdateCaregiverHandler")
            ln.f("Caregiver profile updated for §nm§: phone §ph§, address §st§, §city§ OH §zip§",
                 nm=P(f"{g['fn']} {g['ln']}", "name"), ph=P(g["phone"], "phone"), st=P(g["street"], "address"),
                 city=P(g["city"], "address"), zip=P(g["zip"], "zip"))
        elif v == 5:
            sl_prefix(ln, t, "INF", "FosterPortal.Application.Allowance.CardService")
            ln.f("Clothing allowance card §cd§ activated for §u§ (child §cid§, balance $§amt§)",
                 cd=P(g["card"], "account"), u=P(g["user"], "other_id"), cid=P(c["pid"], "other_id"),
                 amt=pick(["150.00", "250.00", "300.00"]))
        else:
            sl_prefix(ln, t, "WRN", "FosterPortal.Web.Controllers.MessagesController")
            ln.f("Message to caseworker {wk} flagged urgent by §u§: \"§fn§ has fever since §d§, clinic closed\"".replace("{wk}", worker()[0]),
                 u=P(g["user"], "other_id"), fn=P(c["fn"], "name"), d=P(d_short(t.date() - dt.timedelta(days=1)), "date"))
        return [ln]
    v = random.randint(0, 6)
    if v == 0:
        sl_prefix(ln, t, "INF", "Serilog.AspNetCore.RequestLoggingMiddleware")
        ln.t(f"HTTP {pick(['GET', 'GET', 'POST'])} {pick(['/health', '/api/trainings', '/api/notifications/unread', '/css/site.min.css'])} responded {pick([200, 200, 200, 304, 401])} in {random.uniform(0.8, 250):.4f} ms")
    elif v == 1:
        sl_prefix(ln, t, "INF", "Microsoft.Hosting.Lifetime")
        ln.t(pick(["Now listening on: https://[::]:8443", "Application started. Press Ctrl+C to shut down.", "Hosting environment: Production",
                   "Content root path: C:\\inetpub\\fosterportal"]))
    elif v == 2:
        sl_prefix(ln, t, "INF", "Microsoft.EntityFrameworkCore.Database.Command")
        ln.t(f"Executed DbCommand ({random.randint(1, 90)}ms) [Parameters=[@__userId_0='?' (DbType = Int32)], CommandType='Text', CommandTimeout='30']")
    elif v == 3:
        sl_prefix(ln, t, "INF", "FosterPortal.Application.Training.PublishModuleHandler")
        ln.t(f"Training module FP-PRIDE-{random.randint(1, 12):02d} v{random.randint(2, 5)} published by admin {worker()[1]}; 212 caregivers notified")
    elif v == 4:
        sl_prefix(ln, t, "WRN", "Microsoft.AspNetCore.Antiforgery.DefaultAntiforgery")
        ln.t("Antiforgery token validation failed. The required antiforgery cookie \".AspNetCore.Antiforgery.kR2vGq1wFpA\" is not present.")
    elif v == 5:
        sl_prefix(ln, t, "INF", "Hangfire.Server.Worker")
        ln.t(f"Job TrainingHoursRollup (JobId {random.randint(80000, 90000)}) succeeded in {random.randint(400, 4000)}ms on FPPORTAL-WEB0{random.randint(1, 3)}")
    else:
        sl_prefix(ln, t, "ERR", "FosterPortal.Infrastructure.Cms.CmsSoapClient")
        ln.t(f"CMS call GetPlacementSummary failed after 3 retries: System.ServiceModel.EndpointNotFoundException: There was no endpoint listening at https://cms.dcfs.oh.example/cms/ws/PlacementService")
    return [ln]


# --- 8. Serilog compact JSON (CLEF) -------------------------------------------
def clef_tail(o, ctx, path):
    o += [("SourceContext", ctx), ("RequestId", f"0HN{alnum(9, 'ABCDEFGHIJKLMNOPQRSTUV0123456789')}:0000000{random.randint(1, 9)}"),
          ("RequestPath", path), ("ConnectionId", f"0HN{alnum(9, 'ABCDEFGHIJKLMNOPQRSTUV0123456789')}"),
          ("MachineName", f"FPPORTAL-WEB0{random.randint(1, 3)}"), ("EnvironmentName", "Production")]
    return o


def fam_clef(phi):
    t = tick()
    ln = L("serilog-clef")
    if phi:
        c = child()
        g = c["cgd"]
        v = random.randint(0, 3)
        if v == 0:
            kind = pick(["BirthCertificate", "ImmunizationRecord", "SchoolRecord"])
            fname = f"{kind}_{fold(c['ln']).replace(' ', '')}_{fold(c['fn'])}.pdf"
            o = O([("@t", ts_utc7(t)), ("@mt", "Document {FileName} uploaded by {UserName} for child {ChildId} ({Bytes} bytes)"),
                   ("FileName", Seg([kind + "_", P(fold(c["ln"]).replace(" ", ""), "name"), "_", P(fold(c["fn"]), "name"), ".pdf"])),
                   ("UserName", P(g["user"], "other_id")), ("ChildId", Raw(int(c["pid"]), "other_id")), ("Bytes", random.randint(90000, 900000))])
            assert fname
            clef_tail(o, "FosterPortal.Web.Controllers.DocumentsController", "/api/documents")
        elif v == 1:
            o = O([("@t", ts_utc7(t)), ("@mt", "Login failed for {Email} from {ClientIp}: {Reason}"), ("@l", "Warning"),
                   ("Email", P(g["email"], "email")), ("ClientIp", P(g["ip"], "ip")), ("Reason", "InvalidPassword")])
            clef_tail(o, "FosterPortal.Web.Controllers.AccountController", "/account/login")
        elif v == 2:
            o = O([("@t", ts_utc7(t)), ("@mt", "Appointment {AppointmentId} confirmed by {UserName} for {ChildFirstName} on {AppointmentDate}"),
                   ("AppointmentId", f"APT-{rdig(7)}"), ("UserName", P(g["user"], "other_id")), ("ChildFirstName", P(c["fn"], "name")),
                   ("AppointmentDate", P(d_iso(c["appt"]), "date"))])
            clef_tail(o, "FosterPortal.Application.Health.AppointmentsHandler", "/api/appointments/confirm")
        else:
            o = O([("@t", ts_utc7(t)), ("@mt", "Respite request {RespiteId} created by {Caregiver} for {ChildCount} child(ren)"),
                   ("RespiteId", f"RSP-{rdig(5)}"), ("Caregiver", O([("Name", P(f"{g['fn']} {g['ln']}", "name")), ("Phone", P(g["phone"], "phone")), ("_typeTag", "CaregiverDto")])),
                   ("ChildCount", random.randint(1, 2))])
            clef_tail(o, "FosterPortal.Application.Respite.CreateRespiteHandler", "/api/respite")
        ln.j(o)
        return [ln]
    v = random.randint(0, 3)
    if v == 0:
        o = O([("@t", ts_utc7(t)), ("@mt", "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms"),
               ("@r", [f"{random.uniform(1, 300):.4f}"]), ("RequestMethod", "GET"), ("StatusCode", 200), ("Elapsed", round(random.uniform(1, 300), 4))])
        clef_tail(o, "Serilog.AspNetCore.RequestLoggingMiddleware", pick(["/api/trainings", "/health", "/api/calendar"]))
    elif v == 1:
        o = O([("@t", ts_utc7(t)), ("@mt", "Rate limit exceeded for {ClientIp} on {Policy}"), ("@l", "Warning"),
               ("ClientIp", f"10.20.{random.randint(0, 9)}.{random.randint(2, 250)}"), ("Policy", "login-5-per-minute")])
        clef_tail(o, "FosterPortal.Web.RateLimiting", "/account/login")
    elif v == 2:
        o = O([("@t", ts_utc7(t)), ("@mt", "Outbound email {MessageId} accepted by {Relay}"), ("MessageId", f"<{uuid4()}@fosterportal.dcfs.oh.example>"),
               ("Relay", "smtp.sendgrid.net"), ("From", "noreply@fosterportal.dcfs.oh.example")])
        clef_tail(o, "FosterPortal.Infrastructure.Email.SmtpSender", "/api/notifications")
    else:
        o = O([("@t", ts_utc7(t)), ("@mt", "Unhandled exception"), ("@l", "Error"),
               ("@x", "System.TimeoutException: The operation has timed out.\r\n   at FosterPortal.Infrastructure.Cms.CmsSoapClient.CallAsync(String action)"),
               ("@tr", hexs(32)), ("@sp", hexs(16))])
        clef_tail(o, "FosterPortal.Web.Middleware.ExceptionMiddleware", "/api/placements/current")
    ln.j(o)
    return [ln]


# --- 9. Salesforce referral tracking (Apex debug + Mule) ----------------------
APEX_NS = [random.randint(100000000, 900000000)]


def apex_prefix(ln, t):
    APEX_NS[0] += random.randint(1000000, 90000000)
    ln.t(f"{t:%H:%M:%S}.{ms(t)} ({APEX_NS[0]})|")


def mule_prefix(ln, t, flow):
    ln.t(f"INFO  {ts_log4j(t)} [[MuleRuntime].uber.{random.randint(1, 12):02d}: [referral-sync].{flow}.CPU_LITE @{hexs(8)}] "
         f"[processor: {flow}/processors/{random.randint(0, 5)}; event: {uuid4()}] org.mule.runtime.core.internal.processor.LoggerMessageProcessor: ")


def fam_sf(phi):
    t = tick()
    if phi:
        c = child()
        v = random.randint(0, 2)
        if v == 0:
            ln = L("mule-sfdc")
            mule_prefix(ln, t, "upsertReferral")
            rid = sfid("a0B8c00000")
            o = O([("attributes", O([("type", "Referral__c"), ("url", f"/services/data/v59.0/sobjects/Referral__c/{rid}")])),
                   ("Id", rid), ("Name", c["sfref"]), ("Child_First_Name__c", P(c["fn"], "name")), ("Child_Last_Name__c", P(c["ln"], "name")),
                   ("Child_DOB__c", P(d_iso(c["dob"]), "date")), ("Medicaid_ID__c", P(c["mcd"], "health_plan")),
                   ("Referral_Type__c", pick(["Behavioral Health", "Dental", "Trauma Assessment", "Developmental Screening"])),
                   ("Status__c", "Scheduled"), ("Appointment_Date__c", P(d_iso(c["appt"]), "date")),
                   ("Assigned_Navigator__c", sfid("0058c00000")), ("CreatedDate", t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000+0000"))])
            ln.j(o)
        elif v == 1:
            ln = L("apex-debug")
            apex_prefix(ln, t)
            ln.f("SOQL_EXECUTE_BEGIN|[31]|Aggregations:0|SELECT Id, Name, Status__c FROM Referral__c WHERE Medicaid_ID__c = '§m§' AND IsDeleted = false",
                 m=P(c["mcd"], "health_plan"))
        else:
            ln = L("apex-debug")
            apex_prefix(ln, t)
            g = c["cgd"]
            ln.f("USER_DEBUG|[57]|DEBUG|Referral §r§ routed to BH_Navigators; child=§nm§, caregiver=§cg§ §ph§",
                 r=c["sfref"], nm=P(full(c), "name"), cg=P(f"{g['fn']} {g['ln']}", "name"), ph=P(g["phone"], "phone"))
        return [ln]
    v = random.randint(0, 5)
    if v < 4:
        ln = L("apex-debug")
        apex_prefix(ln, t)
        if v == 0:
            ln.t(f"CODE_UNIT_STARTED|[EXTERNAL]|01q8c000000{alnum(4)}|ReferralTrigger on Referral trigger event AfterUpdate|__sfdc_trigger/ReferralTrigger")
        elif v == 1:
            ln.t(f"DML_BEGIN|[88]|Op:Update|Type:Referral__c|Rows:{random.randint(1, 40)}")
        elif v == 2:
            ln.t(f"LIMIT_USAGE_FOR_NS|(default)|  Number of SOQL queries: {random.randint(1, 30)} out of 100  Number of DML statements: {random.randint(1, 12)} out of 150  Maximum CPU time: {random.randint(40, 3000)} out of 10000")
        else:
            ln.t(f"USER_DEBUG|[112]|INFO|Navigator queue BH_Navigators depth={random.randint(3, 60)} oldest={random.randint(1, 72)}h owner=00G8c000004{alnum(4)}")
    else:
        ln = L("mule-sfdc")
        mule_prefix(ln, t, "bulkSync")
        if v == 4:
            ln.t(f"Bulk job 7508c00000{alnum(5)} closed: state=JobComplete numberRecordsProcessed={random.randint(50, 400)} numberRecordsFailed=0 totalProcessingTime={random.randint(900, 9000)}")
        else:
            ln.t(f"OAuth token refreshed for integration user mule.integration@dcfs-ohio.example (instance https://dcfs-ohio.my.salesforce.com, expires_in=7200)")
    return [ln]


# --- 10. Twilio SMS worker (pino JSON) ----------------------------------------
TW_AC = "AC" + hexs(32)
TW_MG = "MG" + hexs(32)


def pino(t, lvl, extra, msg):
    o = O([("level", lvl), ("time", epoch_ms(t)), ("pid", 4412), ("hostname", "sms-worker-1"), ("reqId", f"req-{random.randint(1, 9999)}")])
    o += extra
    o.append(("msg", msg))
    return o


def fam_sms(phi):
    t = tick()
    ln = L("pino-twilio")
    sid = "SM" + hexs(32)
    if phi:
        c = child()
        g = c["cgd"]
        v = random.randint(0, 2)
        to = "+1" + g["phone"].replace("-", "")
        if v == 0:
            a = c["appt"]
            cl = pick(CLINICS)
            body = Seg(["DCFS Health: Reminder - ", P(c["fn"], "name"), " has a well-child visit on ", P(f"{a:%a} {a.month}/{a.day}", "date"),
                        f" at {pick(['9:00 AM', '10:30 AM', '1:15 PM', '3:40 PM', '8:45 AM'])} with {cl[0]} ({cl[2]}). Reply C to confirm, R to reschedule, STOP to opt out."])
            tw = O([("account_sid", TW_AC), ("api_version", "2010-04-01"), ("body", body),
                    ("date_created", t.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")), ("date_sent", None), ("direction", "outbound-api"),
                    ("error_code", None), ("from", AGENCY_SMS_FROM), ("messaging_service_sid", TW_MG), ("num_segments", "2"), ("price", None),
                    ("sid", sid), ("status", "accepted"), ("to", P(to, "phone")),
                    ("uri", f"/2010-04-01/Accounts/{TW_AC}/Messages/{sid}.json")])
            ln.j(pino(t, 30, [("twilio", tw)], "twilio.message.created"))
        elif v == 1:
            ln.j(pino(t, 30, [("webhook", "/twilio/inbound"), ("From", P(to, "phone")), ("To", AGENCY_SMS_FROM), ("Body", "C"),
                              ("MessageSid", sid), ("matched", O([("template", "WELL_CHILD_V3"), ("childPersonId", P(c["pid"], "other_id"))]))],
                      "reminder.confirmed"))
        else:
            ln.j(pino(t, 30, [("webhook", "/twilio/status"),
                              ("rawBody", Seg([f"SmsSid={sid}&SmsStatus=delivered&MessageStatus=delivered&To=", P("%2B1" + g["phone"].replace("-", ""), "phone"),
                                               f"&MessagingServiceSid={TW_MG}&MessageSid={sid}&AccountSid={TW_AC}&From=%2B16145550100&ApiVersion=2010-04-01"]))],
                      "twilio.status.received"))
        return [ln]
    v = random.randint(0, 4)
    if v == 0:
        ln.j(pino(t, 30, [("webhook", "/twilio/status"), ("MessageSid", sid), ("MessageStatus", pick(["sent", "delivered", "delivered"])),
                          ("ErrorCode", None)], "twilio.status.received"))
    elif v == 1:
        ln.j(pino(t, 40, [("MessageSid", sid), ("ErrorCode", pick([30007, 30003, 21610])), ("moreInfo", "https://www.twilio.com/docs/errors/30007")],
                  "twilio.delivery.failed"))
    elif v == 2:
        ln.j(pino(t, 30, [("batch", f"rem-{t:%Y%m%d}-{random.randint(1, 9)}"), ("queued", random.randint(30, 220)), ("skippedOptOut", random.randint(0, 9)),
                          ("ratePerSec", 1)], "sms.batch.completed"))
    elif v == 3:
        ln.j(pino(t, 20, [("sourceIp", f"54.172.60.{random.randint(1, 30)}"), ("signatureValid", True), ("path", "/twilio/status")],
                  "twilio.signature.validated"))
    else:
        ln.j(pino(t, 30, [("template", pick(["WELL_CHILD_V3", "DENTAL_6MO_V2", "COURT_HEARING_V1", "IMMUNIZATION_DUE_V2"])),
                          ("locale", pick(["en-US", "es-US", "so", "vi"])), ("chars", random.randint(90, 300))], "reminder.template.loaded"))
    return [ln]


# --- 11. Document service (logfmt) --------------------------------------------
def lf_prefix(ln, t, lvl, msg):
    ln.t(f"time={ts_iso(t)} level={lvl} msg=\"{msg}\" svc=docsvc ")


def fam_doc(phi):
    t = tick()
    ln = L("logfmt-docs")
    doc = f"DOC-{rdig(7)}"
    if phi:
        c = child()
        v = random.randint(0, 5)
        if v == 5:
            c = CH[6]
            lf_prefix(ln, t, "info", "fax received")
            ln.f("doc_id=§doc§ doc_type=MED_CONSENT from_number=§fx§ to_number=+16145550190 pages=2 csid=\"§cs§\" linked_person=§pid§ provider=efax",
                 doc=doc, fx=P("+1" + BP["dawn"]["fax"].replace("-", ""), "fax"), cs=P("WHITEHORSE D", "name"), pid=P(c["pid"], "other_id"))
        elif v == 0:
            lf_prefix(ln, t, "info", "upload stored")
            ln.f("doc_id=§doc§ doc_type=BIRTH_CERT file_name=\"birth_certificate_§ln§_§fn§_§dob§.pdf\" bytes=§b§ sha256=§h§ "
                 "s3_key=cms-docs/§ym§/§doc§.pdf uploader=§w§",
                 doc=doc, ln=P(fold(c["ln"]).replace(" ", ""), "name"), fn=P(fold(c["fn"]), "name"), dob=P(d_x12(c["dob"]), "date"),
                 b=str(random.randint(80000, 900000)), h=sha256(), ym=t.strftime("%Y/%m/%d"), w=worker()[1])
        elif v == 1:
            bp = BP[c["parents"][-1]]
            lf_prefix(ln, t, "info", "upload stored")
            ln.f("doc_id=§doc§ doc_type=CUSTODY_ORDER file_name=\"Custody_Order_§bl§_§fi§_24-JC-000§dk§.pdf\" bytes=§b§ sha256=§h§ "
                 "linked_person=§pid§ uploader=§w§",
                 doc=doc, bl=P(fold(bp["ln"]).replace(" ", ""), "name"), fi=P(fold(bp["fn"]), "name"), dk=rdig(3, False),
                 b=str(random.randint(80000, 900000)), h=sha256(), pid=P(c["pid"], "other_id"), w=worker()[1])
        elif v == 2:
            g = c["cgd"]
            lf_prefix(ln, t, "info", "portal upload accepted")
            ln.f("doc_id=§doc§ doc_type=IMMUNIZATION_RECORD file_name=\"§fn§ shots §y§.jpg\" bytes=§b§ source=foster_portal "
                 "uploader=§u§ client_ip=§ip§",
                 doc=doc, fn=P(c["fn"], "name"), y=str(t.year), b=str(random.randint(300000, 4000000)),
                 u=P(g["user"], "other_id"), ip=P(g["ip"], "ip"))
        elif v == 3:
            lf_prefix(ln, t, "warn", "ocr field extraction low confidence")
            ln.f("doc_id=§doc§ doc_type=SSN_CARD field=ssn value=§ssn§ confidence=0.71 person_id=§pid§",
                 doc=doc, ssn=P(c["ssn"], "ssn"), pid=P(c["pid"], "other_id"))
        else:
            g = c["cgd"]
            lf_prefix(ln, t, "info", "upload stored")
            ln.f("doc_id=§doc§ doc_type=DRIVER_LICENSE_COPY file_name=\"DL_§ln§.png\" dl_number=§dl§ dl_state=OH "
                 "subject=resource_parent bytes=§b§",
                 doc=doc, ln=P(g["ln"], "name"), dl=P(g["dl"], "license"), b=str(random.randint(100000, 800000)))
        return [ln]
    v = random.randint(0, 5)
    if v == 0:
        lf_prefix(ln, t, "info", "clamav scan")
        ln.t(f"doc_id={doc} result=OK signatures=8693126 engine=1.3.1 duration_ms={random.randint(40, 900)}")
    elif v == 1:
        lf_prefix(ln, t, "info", "thumbnail generated")
        ln.t(f"doc_id={doc} pages={random.randint(1, 12)} width=320 height=414 s3_key=cms-thumbs/{t:%Y/%m/%d}/{doc}_p1.webp")
    elif v == 2:
        lf_prefix(ln, t, "info", "retention purge")
        ln.t(f"deleted={random.randint(100, 900)} policy=CLOSED_CASE_7Y oldest=2016-12-31 bucket=dcfs-cms-docs-prod duration={random.uniform(2, 40):.1f}s")
    elif v == 3:
        lf_prefix(ln, t, "info", "upload stored")
        ln.t(f"doc_id={doc} doc_type=CUSTODY_ORDER file_name=\"custody_order_24-JC-000{rdig(3, False)}_signed.pdf\" bytes={random.randint(80000, 900000)} "
             f"sha256={sha256()} court_event=CAL-24-{rdig(6, False)} uploader={worker()[1]}")
    elif v == 4:
        lf_prefix(ln, t, "info", "ocr completed")
        ln.t(f"doc_id={doc} pages={random.randint(1, 6)} confidence={random.uniform(0.85, 0.99):.2f} engine=textract job_id={hexs(64)}")
    else:
        lf_prefix(ln, t, "error", "s3 put failed")
        ln.t(f"doc_id={doc} err=\"RequestTimeout: Your socket connection to the server was not read from or written to within the timeout period.\" attempt=2 host=s3.us-east-2.amazonaws.com")
    return [ln]


# --- 12. PostgreSQL -----------------------------------------------------------
def pg_prefix(ln, t, pid, user="cms_app", db="cmsprd"):
    ln.t(f"{ts_dot(t)} EDT [{pid}] {user}@{db} ")


def fam_pg(phi):
    t = tick()
    pid = random.randint(20000, 39999)
    if phi:
        c = child()
        v = random.randint(0, 3)
        a = L("postgres")
        b = L("postgres")
        if v == 0:
            pg_prefix(a, t, pid)
            a.t(f"LOG:  duration: {random.uniform(500, 4000):.3f} ms  execute S_{random.randint(1, 40)}: SELECT p.person_id, p.first_nm, p.last_nm, p.birth_dt "
                f"FROM cms.person p WHERE upper(p.last_nm) = upper($1) AND p.birth_dt = $2")
            pg_prefix(b, t, pid)
            b.f("DETAIL:  parameters: $1 = '§ln§', $2 = '§dob§'", ln=P(c["ln"], "name"), dob=P(d_iso(c["dob"]), "date"))
            return [a, b]
        if v == 1:
            pg_prefix(a, t, pid)
            a.t("ERROR:  duplicate key value violates unique constraint \"person_ssn_uk\"")
            pg_prefix(b, t, pid)
            b.f("DETAIL:  Key (ssn_txt)=(§s§) already exists.", s=P(c["ssn"], "ssn"))
            return [a, b]
        if v == 2:
            pg_prefix(a, t, pid)
            a.t("ERROR:  null value in column \"removal_dt\" of relation \"removal_episode\" violates not-null constraint")
            pg_prefix(b, t, pid)
            b.f("DETAIL:  Failing row contains (§pid§, §case§, null, 049, FFH, §dob§, §fn§, §ln§, t).",
                pid=P(c["pid"], "other_id"), case=P(c["case"], "other_id"), dob=P(d_iso(c["dob"]), "date"),
                fn=P(c["fn"], "name"), ln=P(c["ln"], "name"))
            return [a, b]
        pg_prefix(a, t, pid, "hp_ro", "healthpassport")
        a.f("LOG:  duration: §d§ ms  statement: SELECT * FROM hp.medicaid_xref WHERE medicaid_id = '§m§' OR ssn = '§s§'",
            d=f"{random.uniform(1000, 6000):.3f}", m=P(c["mcd"], "health_plan"), s=P(c["ssn"], "ssn"))
        return [a]
    ln = L("postgres")
    v = random.randint(0, 7)
    if v == 0:
        ln.t(f"{ts_dot(t)} EDT [{random.randint(1000, 1999)}] LOG:  checkpoint starting: time")
    elif v == 1:
        w = random.randint(800, 9000)
        ln.t(f"{ts_dot(t)} EDT [{random.randint(1000, 1999)}] LOG:  checkpoint complete: wrote {w} buffers ({w / 163.84:.1f}%); 0 WAL file(s) added, 0 removed, "
             f"{random.randint(1, 5)} recycled; write={random.uniform(100, 270):.3f} s, sync=0.0{random.randint(10, 99)} s, total={random.uniform(270, 271):.3f} s; "
             f"sync files={random.randint(40, 200)}, longest=0.00{random.randint(1, 9)} s, average=0.001 s; distance={random.randint(20000, 90000)} kB, estimate={random.randint(40000, 90000)} kB")
    elif v == 2:
        ln.t(f"{ts_dot(t)} EDT [{pid}] [unknown]@[unknown] LOG:  connection received: host=10.40.{random.randint(1, 4)}.{random.randint(10, 60)} port={random.randint(40000, 60000)}")
    elif v == 3:
        pg_prefix(ln, t, pid)
        ln.t("LOG:  connection authorized: user=cms_app database=cmsprd application_name=PostgreSQL JDBC Driver SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)")
    elif v == 4:
        ln.t(f"{ts_dot(t)} EDT [{pid}] LOG:  automatic vacuum of table \"cmsprd.cms.contact_note\": index scans: 1 pages: 0 removed, {random.randint(40000, 90000)} remain, "
             f"0 skipped due to pins, 0 skipped frozen tuples: {random.randint(1000, 9000)} removed, {random.randint(900000, 2000000)} remain, 0 are dead but not yet removable")
    elif v == 5:
        pg_prefix(ln, t, pid)
        ln.t(f"LOG:  disconnection: session time: 0:{random.randint(0, 59):02d}:{random.uniform(0, 59):06.3f} user=cms_app database=cmsprd host=10.40.2.{random.randint(10, 60)} port={random.randint(40000, 60000)}")
    elif v == 6:
        pg_prefix(ln, t, pid, "rpt_user", "cmsprd")
        ln.t(f"LOG:  duration: {random.uniform(2000, 9000):.3f} ms  statement: SELECT county_cd, count(*) FROM cms.visit WHERE visit_dt >= '2024-03-01' GROUP BY county_cd")
    else:
        pg_prefix(ln, t, pid)
        ln.t("ERROR:  canceling statement due to statement timeout")
    return [ln]


# --- 13. nginx in front of the portal ----------------------------------------
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0",
       "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36"]


def ngx_time(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0400")


def fam_nginx(phi):
    t = tick()
    ln = L("nginx-combined")
    if phi:
        c = child()
        g = c["cgd"]
        v = random.randint(0, 1)
        if v == 0:
            ln.f("§ip§ - - [§ts§] \"GET /portal/api/children/§pid§/passport HTTP/1.1\" 200 §b§ \"https://fosterportal.dcfs.oh.example/children\" \"§ua§\" rt=§rt§",
                 ip=P(g["ip"], "ip"), ts=ngx_time(t), pid=P(c["pid"], "other_id"), b=str(random.randint(1500, 9000)), ua=pick(UAS),
                 rt=f"{random.uniform(0.02, 0.9):.3f}")
        else:
            ln.f("§ip§ - §u§ [§ts§] \"POST /portal/api/messages HTTP/2.0\" 201 §b§ \"-\" \"§ua§\" rt=§rt§",
                 ip=P(g["ip"], "ip"), u=P(g["user"], "other_id"), ts=ngx_time(t), b=str(random.randint(80, 400)), ua=pick(UAS),
                 rt=f"{random.uniform(0.02, 0.9):.3f}")
        return [ln]
    v = random.randint(0, 2)
    if v == 0:
        ln.t(f"10.20.0.{random.randint(2, 9)} - - [{ngx_time(t)}] \"GET /health HTTP/1.1\" 200 2 \"-\" \"ELB-HealthChecker/2.0\" rt=0.00{random.randint(1, 9)}")
    elif v == 1:
        ln.t(f"54.172.60.{random.randint(1, 30)} - - [{ngx_time(t)}] \"POST /twilio/status HTTP/1.1\" 204 0 \"-\" \"TwilioProxy/1.1\" rt=0.0{random.randint(10, 99)}")
    else:
        ln.t(f"10.20.{random.randint(1, 4)}.{random.randint(10, 200)} - - [{ngx_time(t)}] \"GET /css/site.min.css?v={alnum(43)} HTTP/1.1\" 304 0 \"https://fosterportal.dcfs.oh.example/\" \"{pick(UAS)}\" rt=0.000")
    return [ln]


# --- 14. Contracted health plan care management (JSON, snake_case) -----------
def plan_base(t, lvl, event):
    return O([("ts", ts_utc3(t)), ("lvl", lvl), ("svc", "bridgecare-cm"), ("env", "prod"), ("event", event)])


def fam_plan(phi):
    t = tick()
    ln = L("plan-json")
    if phi:
        c = child()
        v = random.randint(0, 4)
        if v == 0:
            o = plan_base(t, "info", "care_gap.opened")
            o += [("member_id", P(c["plan"], "health_plan")), ("gap_code", pick(["W30", "WCV", "CIS-10", "IMA", "APP", "FUH-7"])),
                  ("due_date", P(d_iso(c["appt"]), "date")), ("pcp_npi", pick(CLINICS)[1]), ("care_mgr", pick(NURSES).split(",")[0])]
        elif v == 1:
            o = plan_base(t, "info", "adt.received")
            adm = rdate("2024-02-25", "2024-03-08")
            o += [("msg_type", "ADT^A03"), ("member_id", P(c["plan"], "health_plan")), ("medicaid_id", P(c["mcd"], "health_plan")),
                  ("patient_name", P(lastfirst(c, True, "^"), "name")), ("facility", "Nationwide Children's Hospital ED"),
                  ("admit_dt", P(d_x12(adm), "date")), ("discharge_dt", P(d_x12(adm + dt.timedelta(days=random.randint(0, 2))), "date")),
                  ("followup_due_7d", True)]
        elif v == 2:
            c = CH[2]
            o = plan_base(t, "info", "dme.shipment.created")
            o += [("member_id", P(c["plan"], "health_plan")), ("item", "Dexcom G7 sensor 10-pack"), ("receiver_sn", P(c["cgm"], "device")),
                  ("ship_to", O([("line1", P(c["cgd"]["street"], "address")), ("city", P(c["cgd"]["city"], "address")), ("state", "OH"),
                                 ("zip", P(c["cgd"]["zip"], "zip"))])),
                  ("carrier", "UPS"), ("tracking", "1Z" + alnum(16, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ")), ("order_no", f"SO-{rdig(8)}")]
        elif v == 3:
            c = CH[4]
            o = plan_base(t, "warn", "lifeline.device.registered")
            o += [("member_id", P(c["plan"], "health_plan")), ("program", "FOSTER_TEEN_PHONE"), ("imei", P(c["phone_imei"], "device")),
                  ("sim_iccid_last4", rdig(4)), ("note", "replacement device; previous reported lost")]
        else:
            e = ESPERANZA
            c = CH[1]
            o = plan_base(t, "info", "contact.added")
            o += [("member_id", P(c["plan"], "health_plan")), ("contact_type", "EMERGENCY"), ("contact_name", P(f"{e['fn']} {e['ln']}", "name")),
                  ("relationship", "great-grandmother"), ("contact_age", Raw(int(e["age"]), "age")), ("contact_phone", P(e["phone"], "phone"))]
        ln.j(o, sp=False)
        return [ln]
    v = random.randint(0, 3)
    if v == 0:
        o = plan_base(t, "info", "capitation.file.loaded")
        o += [("file", f"OHMCD_CAP_{t:%Y%m}.txt"), ("members", random.randint(14000, 15500)), ("rate_cells", 38), ("total_amount", round(random.uniform(8e6, 9e6), 2))]
    elif v == 1:
        o = plan_base(t, "info", "provider.roster.synced")
        o += [("providers", random.randint(6000, 7000)), ("new_npis", [npi() for _ in range(3)]), ("source", "NPPES")]
    elif v == 2:
        o = plan_base(t, "info", "hedis.run.completed")
        o += [("measure_year", 2023), ("measures", ["W30", "WCV", "CIS", "APP", "APM"]), ("runtime_s", random.randint(600, 4000))]
    else:
        o = plan_base(t, "error", "sftp.pull.failed")
        o += [("host", "sftp.medicaid.oh.example"), ("path", "/outbound/834/"), ("err", "ssh: handshake failed: EOF"), ("retry_in_s", 300)]
    ln.j(o)
    return [ln]


# --- 15. Resource family approval / background checks (log4j) -----------------
def fam_rfa(phi):
    t = tick()
    ln = L("log4j-rfa")
    wname, wuser = worker()
    if phi:
        g = CG[pick(sorted(CG))]
        v = random.choice([0, 0, 0, 1, 1, 2, 3])
        if v == 0:
            log4j_prefix(ln, t, "INFO", "g.o.d.rfa.background.LiveScanService", wuser)
            ln.f("Live Scan submitted applicant=\"§nm§\" dob=§dob§ dl=OH §dl§ tcn=OH§tcn§ oca=FCCS-RFA fmr=§fp§",
                 nm=P(f"{g['ln']}, {g['fn']}", "name"), dob=P(d_us(g["dob"]), "date"), dl=P(g["dl"], "license"),
                 tcn=rdig(11), fp=P(fmr_b64(random.randint(180, 300)), "biometric"))
        elif v == 1:
            log4j_prefix(ln, t, "INFO", "g.o.d.rfa.transport.VehicleVerification", wuser)
            ln.f("Transport vehicle approved for caregiver \"§nm§\": plate=OH/§pl§ vin=§vin§ insurer=Progressive policyExp=2024-09-30",
                 nm=P(f"{g['fn']} {g['ln']}", "name"), pl=P(g["plate"], "vehicle"), vin=P(g["vin"], "vehicle"))
        elif v == 2:
            log4j_prefix(ln, t, "INFO", "g.o.d.rfa.homestudy.HomeStudyService", wuser)
            ln.f("Home study HS-2024-§n§ walkthrough completed at §st§, §city§ §zip§ by licensing specialist §w§; household=\"§a§",
                 n=rdig(4), st=P(g["street"], "address"), city=P(g["city"], "address"), zip=P(g["zip"], "zip"), w=wname,
                 a=P(f"{g['fn']} {g['ln']}", "name"))
            if g["fn2"]:
                ln.t(" + ").p(f"{g['fn2']} {g['ln']}", "name")
            ln.t("\"")
        else:
            log4j_prefix(ln, t, "WARN", "g.o.d.rfa.background.SocialMediaScreen", wuser)
            bp = BP["marisol"]
            ln.f("Relative profile located during diligent search: §url§ (name match \"§nm§\", confidence 0.88)",
                 url=P(bp["fb"], "url"), nm=P(f"{bp['fn']} {bp['ln']}", "name"))
        return [ln]
    v = random.randint(0, 3)
    if v == 0:
        log4j_prefix(ln, t, "INFO", "g.o.d.rfa.homestudy.HomeStudyService", wuser)
        ln.t(f"Home study HS-2024-{rdig(4)} assigned to licensing specialist {wname} (due {(t + dt.timedelta(days=90)).date().isoformat()}, office {pick(OFFICES)[0]})")
    elif v == 1:
        log4j_prefix(ln, t, "INFO", "g.o.d.rfa.background.RapBackClient", "system")
        ln.t(f"FBI Rap Back subscription batch ok: {random.randint(4, 30)} records, ORI OH0250{rdig(3)}, response TCR {rdig(10)}")
    elif v == 2:
        log4j_prefix(ln, t, "INFO", "g.o.d.rfa.training.PrideHoursJob", "batch")
        ln.t(f"Pre-service training hours posted: cohort 2024-03-{random.choice(['A', 'B'])}, {random.randint(8, 25)} applicants, trainer \"{pick(['Lena Castellanos', 'Obinna Eze'])}\"")
    else:
        log4j_prefix(ln, t, "ERROR", "g.o.d.rfa.background.LiveScanService", "system")
        ln.t(f"BCI response timeout for tcn=OH{rdig(11)} (vendor gateway https://webcheck.ohioattorneygeneral.example.gov/v2, 30000ms)")
    return [ln]


FAMILIES = [
    (fam_weblogic, 28), (fam_cms, 70), (fam_soap, 24), (fam_hp, 44), (fam_x12, 30), (fam_court, 32),
    (fam_serilog, 40), (fam_clef, 22), (fam_sf, 30), (fam_sms, 32), (fam_doc, 28), (fam_pg, 40),
    (fam_nginx, 18), (fam_plan, 24), (fam_rfa, 30),
]


def main():
    fns = [f for f, _ in FAMILIES]
    wts = [w for _, w in FAMILIES]
    lines = []
    while len(lines) < N_LINES:
        remaining = N_LINES - len(lines)
        clean = sum(1 for x in lines if not x.spans)
        need = TARGET_CLEAN - clean
        p_clean = min(1.0, max(0.0, need / remaining))
        want_phi = random.random() >= p_clean
        fn = random.choices(fns, wts)[0]
        out = fn(want_phi)
        if want_phi:
            assert any(x.spans for x in out), fn.__name__
        else:
            assert not any(x.spans for x in out), fn.__name__
        for x in out:
            if len(lines) < N_LINES:
                lines.append(x)
    with open(os.path.join(HERE, f"{ID}.log"), "wb") as fh, \
            open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as fl:
        for i, x in enumerate(lines, 1):
            data = x.done()
            data.decode("utf-8")
            fh.write(data + b"\n")
            fl.write(json.dumps({"line": i, "family": x.fam,
                                 "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in x.spans]}) + "\n")


if __name__ == "__main__":
    main()
