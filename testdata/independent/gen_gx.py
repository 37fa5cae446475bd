#!/usr/bin/env python3
"""Deterministic generator of a labeled synthetic-PHI log corpus (id: gx).

Theme: hospital patient flow & logistics (bed management, transport dispatch,
EVS cleaning, placement, capacity command center backend, RTLS, discharge
lounge ride-home service, Kafka ADT consumers).

Writes gx.log and gx.labels.jsonl next to this file. Standard library only.
"""
import base64
import datetime as dt
import json
import os
import random
import urllib.parse

SEED = 20241118
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "gx"
N_LINES = 500


# --------------------------------------------------------------------------
# line builder with byte-offset span recording
# --------------------------------------------------------------------------
class B:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []  # (s, e, cat, inserted_bytes)

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        b = s.encode("utf-8")
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, len(self.buf), cat, b))
        return self

    def parts(self, *items):
        for it in items:
            if isinstance(it, P):
                self.p(it.v if isinstance(it.v, str) else str(it.v), it.cat)
            else:
                self.t(it)
        return self


class P:
    """A PHI value with its category."""
    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class M:
    """A string value mixing plain text and PHI parts."""
    def __init__(self, *parts):
        self.parts = parts


def jesc(s, ascii_):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def jdump(b, obj, sep=(", ", ": "), ascii_=True):
    if isinstance(obj, dict):
        b.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                b.t(sep[0])
            b.t(json.dumps(k, ensure_ascii=ascii_))
            b.t(sep[1])
            jdump(b, v, sep, ascii_)
        b.t("}")
    elif isinstance(obj, list):
        b.t("[")
        for i, v in enumerate(obj):
            if i:
                b.t(sep[0])
            jdump(b, v, sep, ascii_)
        b.t("]")
    elif isinstance(obj, P):
        if isinstance(obj.v, str):
            b.t('"')
            b.p(jesc(obj.v, ascii_), obj.cat)
            b.t('"')
        else:
            b.p(json.dumps(obj.v), obj.cat)
    elif isinstance(obj, M):
        b.t('"')
        for part in obj.parts:
            if isinstance(part, P):
                b.p(jesc(part.v, ascii_), part.cat)
            else:
                b.t(jesc(part, ascii_))
        b.t('"')
    else:
        b.t(json.dumps(obj, ensure_ascii=ascii_))
    return b


COMPACT = (",", ":")
PYJSON = (", ", ": ")

# --------------------------------------------------------------------------
# identifier helpers with valid check digits
# --------------------------------------------------------------------------
MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"
DIG = "0123456789"


def mbi():
    an = MBI_ALPHA + DIG
    pat = [DIG[1:], MBI_ALPHA, an, DIG, MBI_ALPHA, an, DIG, MBI_ALPHA, MBI_ALPHA, DIG, DIG]
    return "".join(rng.choice(c) for c in pat)


def luhn_complete(prefix, length):
    body = prefix + "".join(rng.choice(DIG) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


VIN_TRANS = {**{str(i): i for i in range(10)},
             "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
             "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
             "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = rng.choice(["1HG", "1FT", "2T1", "5YJ", "JTD", "1G1", "3VW", "KMH"])
    v = list(wmi + "".join(rng.choice(chars) for _ in range(5)) + "0" +
             rng.choice("LMNPR") + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") +
             "".join(rng.choice(DIG) for _ in range(6)))
    s = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    vv = "".join(v)
    assert sum(VIN_TRANS[c] * w for c, w in zip(vv, VIN_W)) % 11 == (10 if vv[8] == "X" else int(vv[8]))
    return vv


def ssn():
    while True:
        a = rng.randint(101, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randint(10, 99), rng.randint(1000, 9999))


def b64blob(prefix_bytes, n):
    raw = prefix_bytes + bytes(rng.randrange(256) for _ in range(n))
    return base64.b64encode(raw).decode()


def hexid(n):
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(n))


def uuid4():
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def hexl(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def pubip():
    first = rng.choice([24, 47, 66, 67, 68, 71, 73, 75, 76, 96, 98, 99, 107, 108, 173, 174])
    return "%d.%d.%d.%d" % (first, rng.randint(1, 254), rng.randint(0, 254), rng.randint(2, 253))


def privip():
    k = rng.random()
    if k < 0.6:
        return "10.42.%d.%d" % (rng.randint(0, 15), rng.randint(2, 250))
    if k < 0.85:
        return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 250))
    return "192.168.%d.%d" % (rng.randint(0, 9), rng.randint(2, 250))


# --------------------------------------------------------------------------
# world: hospital, units, staff, patients
# --------------------------------------------------------------------------
HOSP = {
    "name": "Northgate Health - Riverside Campus",
    "street": "1200 Medical Center Dr",
    "city": "Columbus", "state": "OH", "zip": "43210",
    "main": "614-555-0100", "transport": "614-555-0177", "lounge": "614-555-0163",
    "sms_from": "+16145550110", "domain": "northgatehealth.org",
}

UNITS = {
    "ED": (1, 48), "MICU": (301, 324), "SICU": (331, 352), "CVICU": (361, 380),
    "4W": (401, 436), "5E": (501, 538), "6N-ONC": (601, 632), "7W-TELE": (701, 740),
    "3S-ORTH": (351, 372), "PACU": (1, 22), "L&D": (210, 228), "OBS": (101, 124),
}
INPATIENT_UNITS = ["MICU", "SICU", "CVICU", "4W", "5E", "6N-ONC", "7W-TELE", "3S-ORTH", "OBS"]
DESTS = ["RAD-CT2", "RAD-MRI1", "IR-SUITE3", "ECHO-LAB", "CATH-LAB2", "ENDO-4", "DIALYSIS", "PT-GYM", "DL-NORTH", "OR-HOLD"]


def bed(unit=None):
    unit = unit or rng.choice(INPATIENT_UNITS)
    lo, hi = UNITS[unit]
    if unit in ("ED", "PACU"):
        return unit, "%s-%02d" % (unit, rng.randint(lo, hi))
    return unit, "%s-%d%s" % (unit, rng.randint(lo, hi), rng.choice("AB"))


STAFF = [
    # name, badge, role, username
    ("Marcus Bell", "20417", "TRANSPORTER", "mbell"),
    ("Lupe Tuilagi", "20588", "TRANSPORTER", "ltuilagi"),
    ("Kenji Arai", "20603", "TRANSPORTER", "karai"),
    ("Bongani Dube", "20711", "TRANSPORTER", "bdube"),
    ("Dolores Quispe", "30221", "EVS_TECH", "dquispe"),
    ("Andre Whitfield", "30248", "EVS_TECH", "awhitfield"),
    ("Svetlana Moroz", "30310", "EVS_TECH", "smoroz"),
    ("Ramón Echeverría", "30377", "EVS_LEAD", "recheverria"),
    ("Grace Obi", "11842", "RN", "gobi"),
    ("Hyun-woo Park", "11907", "RN", "hpark"),
    ("Fiona McAllister", "12033", "CHARGE_RN", "fmcallister"),
    ("Sasha Petrov", "15120", "BED_PLANNER", "spetrov"),
    ("Deepa Venkataraman", "15144", "BED_PLANNER", "dvenkataraman"),
    ("Tobias Engel", "15201", "HOUSE_SUPERVISOR", "tengel"),
    ("Naledi Khumalo", "16022", "DISCHARGE_COORD", "nkhumalo"),
    ("Javier Solís", "16045", "DISCHARGE_COORD", "jsolis"),
]
TRANSPORTERS = [s for s in STAFF if s[2] == "TRANSPORTER"]
EVS = [s for s in STAFF if s[2].startswith("EVS")]
PLANNERS = [s for s in STAFF if s[2] in ("BED_PLANNER", "HOUSE_SUPERVISOR")]
NURSES = [s for s in STAFF if s[2] in ("RN", "CHARGE_RN")]
COORDS = [s for s in STAFF if s[2] == "DISCHARGE_COORD"]
DOCTORS = [("1487302211", "HALVORSEN", "KRISTIN"), ("1629054478", "ABARA", "EMEKA"),
           ("1306677120", "LINDGREN", "PAUL"), ("1558213096", "MASOOD", "AYESHA")]

PEOPLE = [
    ("Anna", "Kowalski", "M", "F", "Marek", "son"),
    ("Oluwaseun", "Adeyemi", "T", "M", "Funmilayo", "wife"),
    ("Mei-Ling", "Tsai", "", "F", "Kevin", "son"),
    ("José", "Ramírez Ortega", "L", "M", "Lucía", "daughter"),
    ("Siobhan", "O'Connell", "R", "F", "Declan", "husband"),
    ("Dmitri", "Volkov", "A", "M", "Irina", "daughter"),
    ("Priya", "Raghunathan", "", "F", "Arjun", "husband"),
    ("Hoa", "Nguyễn", "T", "F", "Minh", "grandson"),
    ("Kwame", "Asante", "K", "M", "Akosua", "sister"),
    ("Fatima", "Al-Sayed", "", "F", "Omar", "brother"),
    ("Björn", "Lindqvist", "E", "M", "Karin", "wife"),
    ("Hana", "Kobayashi", "", "F", "Takeshi", "son"),
    ("Tomasz", "Wiśniewski", "J", "M", "Ewa", "daughter"),
    ("Leilani", "Kahananui", "K", "F", "Keoni", "nephew"),
    ("Margarethe", "Schäfer", "H", "F", "Ulrich", "son"),
    ("Chidi", "Nwosu", "E", "M", "Ngozi", "mother"),
    ("Ingrid", "Solberg", "", "F", "Lars", "husband"),
    ("Rosa", "Delgado", "M", "F", "Gabriel", "son"),
    ("Yusuf", "Demir", "", "M", "Elif", "wife"),
    ("Aroha", "Ngata", "", "F", "Wiremu", "partner"),
    ("Camille", "Fontaine", "A", "F", "Élodie", "daughter"),
    ("Thabo", "Mokoena", "S", "M", "Lerato", "niece"),
    ("Guadalupe", "Ibarra", "C", "F", "Rafael", "son"),
    ("Eleanor", "Whitcombe", "J", "F", "Harriet", "daughter"),
    ("Sven", "Haraldsen", "", "M", "Astrid", "wife"),
    ("Mariam", "Haddad", "N", "F", "Sami", "son"),
]
STREETS = ["Linden Ave", "Cleveland Ave", "Karl Rd", "Sawmill Pkwy", "E Dublin Granville Rd",
           "Parsons Ave", "Hamilton Rd", "Brice Rd", "Refugee Rd", "Olentangy River Rd",
           "Schrock Rd", "Kenny Rd", "Morse Rd", "Hague Ave", "Westerville Rd", "Livingston Ave"]
CITIES = [("Westerville", "43081", "Franklin"), ("Reynoldsburg", "43068", "Licking"),
          ("Grove City", "43123", "Franklin"), ("Hilliard", "43026", "Franklin"),
          ("Gahanna", "43230", "Franklin"), ("Worthington", "43085", "Franklin"),
          ("Pickerington", "43147", "Fairfield"), ("Delaware", "43015", "Delaware"),
          ("Columbus", "43224", "Franklin"), ("Columbus", "43207", "Franklin"),
          ("Lancaster", "43130", "Fairfield"), ("Newark", "43055", "Licking")]
MAILDOMS = ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "att.net"]
PAYERS = [("MEDICARE", "MBI"), ("ANTHEM BCBS OH", "COM"), ("MEDICAID OH", "MCD"),
          ("MEDICAL MUTUAL", "COM"), ("HUMANA MEDICARE ADV", "MA"), ("UHC", "COM")]
REF = dt.date(2024, 11, 18)


def ascii_fold(s):
    tbl = str.maketrans({"é": "e", "í": "i", "ễ": "e", "ö": "o", "ś": "s", "ä": "a", "É": "E",
                         "ó": "o", "á": "a", "ü": "u"})
    return s.translate(tbl)


def mkpatient(i, first, last, mi, sex, rel_first, rel):
    if i % 5 == 0:
        dob = dt.date(rng.randint(1926, 1934), rng.randint(1, 12), rng.randint(1, 28))
    elif i % 5 in (1, 2):
        dob = dt.date(rng.randint(1938, 1959), rng.randint(1, 12), rng.randint(1, 28))
    else:
        dob = dt.date(rng.randint(1962, 2003), rng.randint(1, 12), rng.randint(1, 28))
    age = REF.year - dob.year - ((REF.month, REF.day) < (dob.month, dob.day))
    city, zp, county = rng.choice(CITIES)
    payer = PAYERS[0] if age >= 65 and rng.random() < 0.6 else rng.choice(PAYERS[1:])
    if payer[1] == "MBI":
        member = mbi()
    elif payer[1] == "MCD":
        member = "%012d" % rng.randint(10 ** 10, 10 ** 12 - 1)
    elif payer[1] == "MA":
        member = "H%08d" % rng.randint(10 ** 7, 10 ** 8 - 1)
    else:
        member = rng.choice(["XEH", "YRP", "ZGB", "MMO", "W"]) + "%09d" % rng.randint(10 ** 8, 10 ** 9 - 1)
    adm = dt.datetime(2024, 11, rng.randint(9, 17), rng.randint(0, 23), rng.choice([0, 5, 12, 18, 27, 33, 41, 46, 52]))
    edd = REF + dt.timedelta(days=rng.choice([0, 0, 0, 1, 1, 2, 3]))
    fo = ascii_fold(first).lower().replace("-", "")
    lo = ascii_fold(last).lower().replace(" ", "").replace("'", "").replace("-", "")
    email = rng.choice(["%s.%s%d" % (fo, lo, dob.year % 100), "%s%s" % (fo[0], lo), "%s_%s%d" % (lo, fo, rng.randint(1, 99))]) + "@" + rng.choice(MAILDOMS)
    unit, bd = bed()
    rel_last = last if rel not in ("partner",) else rng.choice(["Tane", "Parata"])
    return {
        "first": first, "last": last, "mi": mi, "sex": sex, "dob": dob, "age": age,
        "mrn": str(rng.choice([4, 5])) + "%07d" % rng.randint(0, 9999999),
        "har": "70%08d" % rng.randint(0, 99999999),
        "ssn": ssn(),
        "street": "%d %s" % (rng.randint(12, 9899), rng.choice(STREETS)),
        "apt": rng.choice(["", "", "", "Apt %d" % rng.randint(1, 40), "Unit %s" % rng.choice("ABCD")]),
        "city": city, "zip": zp, "county": county,
        "phone": "614555%04d" % rng.randint(120, 199) if rng.random() < 0.7 else "380555%04d" % rng.randint(100, 199),
        "email": email,
        "payer": payer[0], "member": member, "group": "GRP%06d" % rng.randint(0, 999999),
        "tag": "0x%s" % hexid(8),
        "rel_first": rel_first, "rel_last": rel_last, "rel": rel,
        "rel_phone": "614555%04d" % rng.randint(120, 199),
        "rel_dl": rng.choice("ABCDEFGHJKLMNPRSTUW") + rng.choice("ABCDEFGHJKLMNPRSTUW") + "%06d" % rng.randint(0, 999999),
        "rel_plate": "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)) + " " + "%04d" % rng.randint(0, 9999),
        "vin": vin(),
        "portal": "%s%s%d" % (fo[0], lo[:8], rng.randint(10, 99)),
        "sw_case": "SW-2024-%06d" % rng.randint(1000, 99999),
        "adm": adm, "edd": edd, "unit": unit, "bed": bd,
        "card": luhn_complete(rng.choice(["4", "51", "37"]), 16),
        "fax": "614555%04d" % rng.randint(120, 199),
        "ride_rider": "rdr_" + "".join(rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(10)),
        "cpap_sn": "2%09d" % rng.randint(0, 10 ** 9 - 1),
        "ip": pubip(),
    }


PATIENTS = [mkpatient(i, *p) for i, p in enumerate(PEOPLE)]
OLD = [p for p in PATIENTS if p["age"] > 89]
assert len(OLD) >= 4


def pat():
    # some patients recur more often (as in a real day of logs)
    return PATIENTS[min(int(rng.expovariate(0.12)), len(PATIENTS) - 1)]


def fmt_phone(num, style):
    a, b, c = num[:3], num[3:6], num[6:]
    return {0: "%s-%s-%s" % (a, b, c), 1: "(%s) %s-%s" % (a, b, c), 2: "+1%s%s%s" % (a, b, c),
            3: "%s.%s.%s" % (a, b, c), 4: "%s%s%s" % (a, b, c)}[style]


def fmt_date(d, style):
    return {0: d.strftime("%Y-%m-%d"), 1: d.strftime("%m/%d/%Y"), 2: d.strftime("%Y%m%d"),
            3: d.strftime("%d-%b-%Y").upper(), 4: "%d/%d/%s" % (d.month, d.day, d.strftime("%y"))}[style]


# --------------------------------------------------------------------------
# clock and ids
# --------------------------------------------------------------------------
NOW = [dt.datetime(2024, 11, 18, 5, 57, 12, 418000)]


def tick():
    NOW[0] += dt.timedelta(milliseconds=rng.randint(150, 38000))
    return NOW[0]


def ts_spring(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)


def ts_py(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def utc(t):
    return t + dt.timedelta(hours=5)


def ts_iso_z(t):
    u = utc(t)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (u.microsecond // 1000)


def epoch(t):
    u = utc(t).replace(tzinfo=dt.timezone.utc)
    return u.timestamp()


JOBSEQ = [412]
EVSSEQ = [118204]


def tr_job():
    JOBSEQ[0] += rng.randint(1, 3)
    return "TR-241118%05d" % JOBSEQ[0]


def old_tr_job():
    return "TR-241118%05d" % max(1, JOBSEQ[0] - rng.randint(0, 12))


def evs_job():
    EVSSEQ[0] += rng.randint(1, 2)
    return "EVS-%d" % EVSSEQ[0]


def dur_ms():
    return round(rng.uniform(2, 900), 2)


def mmss(sec):
    return "%dm%02ds" % (sec // 60, sec % 60)


def hms(sec):
    return "%02d:%02d:%02d" % (sec // 3600, (sec // 60) % 60, sec % 60)


# --------------------------------------------------------------------------
# family: uvicorn access log
# --------------------------------------------------------------------------
PHRASES = {200: "OK", 201: "Created", 204: "No Content", 304: "Not Modified", 400: "Bad Request",
           401: "Unauthorized", 404: "Not Found", 409: "Conflict", 422: "Unprocessable Entity",
           500: "Internal Server Error", 503: "Service Unavailable"}


def uv_prefix(b, t, style):
    if style == 0:
        b.t("INFO:     ")
    else:
        b.t("%s - uvicorn.access - INFO - " % ts_py(t))


def g_uvicorn_access(phi):
    t = tick()
    b = B("uvicorn-access")
    style = 0 if rng.random() < 0.65 else 1
    if not phi:
        k = rng.randrange(13)
        u = rng.choice(INPATIENT_UNITS)
        if k == 0:
            path, code, m = "/api/v1/capacity/summary", 200, "GET"
        elif k == 1:
            path, code, m = "/api/v1/units/%s/census" % u.replace("&", "%26"), 200, "GET"
        elif k == 2:
            path, code, m = "/api/v1/beds?unit=%s&status=%s" % (u, rng.choice(["DIRTY", "CLEANING", "READY", "BLOCKED"])), 200, "GET"
        elif k == 3:
            path, code, m = "/api/v1/transport/jobs/%s" % old_tr_job(), rng.choice([200, 200, 404]), "GET"
        elif k == 4:
            path, code, m = "/api/v1/transport/jobs/%s/status" % old_tr_job(), rng.choice([200, 409]), "PATCH"
        elif k == 5:
            path, code, m = "/healthz", 200, "GET"
        elif k == 6:
            path, code, m = "/metrics", 200, "GET"
        elif k == 7:
            path, code, m = "/api/v1/placements/%s" % uuid4(), rng.choice([200, 404]), "GET"
        elif k == 8:
            path, code, m = "/api/v1/placements", rng.choice([201, 422]), "POST"
        elif k == 9:
            path, code, m = "/api/v1/ed/boarding?since=2024-11-18T00:00:00&limit=100", 200, "GET"
        elif k == 10:
            path, code, m = "/api/v1/reports/los?from=2024-11-01&to=2024-11-17&unit=%s" % u, 200, "GET"
        elif k == 11:
            path, code, m = "/api/v1/evs/jobs?state=IN_PROGRESS&page=%d" % rng.randint(1, 4), 200, "GET"
        else:
            ip = privip()
            uv_prefix(b, t, style)
            b.t('%s:%d - "WebSocket /ws/command-center" [accepted]' % (ip, rng.randint(30000, 65000)))
            return [b]
        uv_prefix(b, t, style)
        ip = rng.choice(["127.0.0.1", privip(), privip()])
        b.t('%s:%d - "%s %s HTTP/1.1" %d%s' % (ip, rng.randint(30000, 65000), m, path, code,
                                                (" " + PHRASES[code]) if style == 0 else ""))
        return [b]
    p = pat()
    k = rng.randrange(4)
    uv_prefix(b, t, style)
    if k == 0:
        b.t('%s:%d - "GET /api/v1/patients/' % (privip(), rng.randint(30000, 65000)))
        b.p(p["mrn"], "mrn")
        b.t('/%s HTTP/1.1" 200' % rng.choice(["placement", "transport-history", "bed-history", "isolation"]))
    elif k == 1:
        b.t('%s:%d - "GET /api/v1/patients/search?last=' % (privip(), rng.randint(30000, 65000)))
        b.p(urllib.parse.quote(p["last"]), "name")
        b.t("&dob=")
        b.p(fmt_date(p["dob"], 0), "date")
        b.t(' HTTP/1.1" 200')
    elif k == 2:
        # patient opens the ride-home status link from home (public IP via proxy headers)
        b.p(p["ip"], "ip")
        b.t(':%d - "GET /ride/status/rh_%s HTTP/1.1" 200' % (rng.randint(1024, 65000), hexl(10)))
    else:
        b.t('%s:%d - "GET /api/v1/rtls/tags/' % (privip(), rng.randint(30000, 65000)))
        b.p(p["tag"], "device")
        b.t('/trail?minutes=30 HTTP/1.1" 200')
    if style == 0:
        b.t(" OK")
    return [b]


# --------------------------------------------------------------------------
# family: uvicorn text (startup / warnings / tracebacks)
# --------------------------------------------------------------------------
def uvt(level, msg):
    b = B("uvicorn-text")
    b.t("%-10s" % (level + ":") + msg)
    return b


def g_uvicorn_text(phi):
    tick()
    if not phi:
        k = rng.randrange(8)
        pid = rng.randint(7, 60)
        if k == 0:
            return [uvt("INFO", "Started server process [%d]" % pid), uvt("INFO", "Waiting for application startup.")]
        if k == 1:
            return [uvt("INFO", "Application startup complete."),
                    uvt("INFO", "Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)")]
        if k == 2:
            return [uvt("WARNING", "Invalid HTTP request received.")]
        if k == 3:
            return [uvt("INFO", "connection open")]
        if k == 4:
            return [uvt("INFO", "connection closed")]
        if k == 5:
            return [uvt("WARNING", "Unsupported upgrade request.")]
        if k == 6:
            return [uvt("INFO", "Shutting down"), uvt("INFO", "Waiting for application shutdown."),
                    uvt("INFO", "Application shutdown complete."), uvt("INFO", "Finished server process [%d]" % pid)]
        return [uvt("ERROR", "Exception in ASGI application"),
                B("uvicorn-text").t("Traceback (most recent call last):"),
                B("uvicorn-text").t('  File "/usr/local/lib/python3.11/site-packages/aiokafka/consumer/fetcher.py", line 1153, in _proc_fetch_request'),
                B("uvicorn-text").t("aiokafka.errors.KafkaConnectionError: KafkaConnectionError: Connection at kafka-1.int.northgate:9092 closed")]
    p = pat()
    unit, bd = bed()
    if rng.random() < 0.5:
        lines = [uvt("ERROR", "Exception in ASGI application"),
                 B("uvicorn-text").t("Traceback (most recent call last):"),
                 B("uvicorn-text").t('  File "/usr/local/lib/python3.11/site-packages/uvicorn/protocols/http/httptools_impl.py", line 426, in run_asgi'),
                 B("uvicorn-text").t("    result = await app(  # type: ignore[func-returns-value]"),
                 B("uvicorn-text").t('  File "/app/command_center/routers/placement.py", line 131, in create_placement'),
                 B("uvicorn-text").t("    bed = await assign_bed(req.patient_mrn, req.target_unit)"),
                 B("uvicorn-text").t('  File "/app/command_center/services/beds.py", line 77, in assign_bed'),
                 B("uvicorn-text").t('    raise BedConflictError(f"bed {bed_id} held for {holder}")')]
        b = B("uvicorn-text")
        b.t("command_center.errors.BedConflictError: bed %s held for MRN " % bd)
        b.p(p["mrn"], "mrn")
        b.t(" (")
        b.p("%s, %s" % (p["last"].upper(), p["first"].upper()), "name")
        b.t(")")
        lines.append(b)
        return lines
    lines = [uvt("ERROR", "Exception in ASGI application"),
             B("uvicorn-text").t("Traceback (most recent call last):"),
             B("uvicorn-text").t('  File "/app/command_center/routers/discharge.py", line 58, in request_ride'),
             B("uvicorn-text").t("    payload = RideRequest.model_validate(body)"),
             B("uvicorn-text").t("pydantic_core._pydantic_core.ValidationError: 1 validation error for RideRequest"),
             B("uvicorn-text").t("patient.date_of_birth")]
    b = B("uvicorn-text")
    bad = fmt_date(p["dob"], 4)
    b.t("  Input should be a valid date or datetime, input is too short [type=date_from_datetime_parsing, input_value='")
    b.p(bad, "date")
    b.t("', input_type=str]")
    lines.append(b)
    lines.append(B("uvicorn-text").t("    For further information visit https://errors.pydantic.dev/2.6/v/date_from_datetime_parsing"))
    return lines


# --------------------------------------------------------------------------
# family: FastAPI app JSON logs (python-json-logger, ensure_ascii default)
# --------------------------------------------------------------------------
LOGGERS = ["command_center.census", "command_center.placement", "command_center.transport",
           "command_center.ed", "command_center.surge", "command_center.discharge", "command_center.auth",
           "command_center.identity"]


def pyjson(t, level, logger, message, extra):
    b = B("fastapi-json")
    d = {"asctime": ts_py(t), "levelname": level, "name": logger, "message": message}
    d.update(extra)
    jdump(b, d, PYJSON, True)
    return b


def g_fastapi_json(phi):
    t = tick()
    rid = hexl(32)
    if not phi:
        k = rng.randrange(9)
        if k == 0:
            occ = rng.randint(395, 450)
            return [pyjson(t, "INFO", "command_center.census", "census snapshot published",
                           {"request_id": rid, "units": 23, "occupied": occ, "staffed_beds": 455,
                            "occupancy_pct": round(occ / 455 * 100, 1), "duration_ms": dur_ms()})]
        if k == 1:
            return [pyjson(t, "INFO", "command_center.ed", "ED boarding summary",
                           {"boarders": rng.randint(6, 22), "longest_board_min": rng.randint(120, 900),
                            "admit_orders_pending": rng.randint(3, 15), "snapshot_at": ts_iso_z(t)})]
        if k == 2:
            lvl = rng.choice(["GREEN", "YELLOW", "ORANGE", "RED"])
            return [pyjson(t, "WARNING" if lvl in ("ORANGE", "RED") else "INFO", "command_center.surge",
                           "surge level evaluated", {"level": lvl, "trigger": "ED_BOARDERS>15",
                                                     "evaluated_by": "rules-engine/1.14.2"})]
        if k == 3:
            s = rng.randint(600, 2400)
            return [pyjson(t, "WARNING", "command_center.transport", "transport SLA breach",
                           {"job_id": old_tr_job(), "priority": rng.choice(["STAT", "URGENT", "ROUTINE"]),
                            "elapsed_s": s, "threshold_s": 600, "pickup_unit": bed()[1]})]
        if k == 4:
            u, bd = bed()
            return [pyjson(t, "INFO", "command_center.census", "dirty bed turnaround",
                           {"bed_id": bd, "unit": u, "turnaround_min": rng.randint(22, 190),
                            "evs_job": "EVS-%d" % (EVSSEQ[0] - rng.randint(0, 20))})]
        if k == 5:
            s = rng.choice(PLANNERS + NURSES)
            return [pyjson(t, "INFO", "command_center.auth", "user login",
                           {"user": s[3], "role": s[2], "source_ip": privip(), "mfa": True,
                            "session_id": uuid4()})]
        if k == 6:
            return [pyjson(t, "DEBUG", "command_center.census", "cache refresh",
                           {"key": "unit:%s:beds" % rng.choice(INPATIENT_UNITS), "ttl_s": 30,
                            "hit_ratio": round(rng.uniform(0.6, 0.99), 3)})]
        if k == 7:
            return [pyjson(t, "INFO", "command_center.discharge", "discharge lounge occupancy",
                           {"lounge": "DL-NORTH", "chairs_total": 14, "chairs_occupied": rng.randint(2, 14),
                            "avg_wait_min": rng.randint(15, 95), "rides_pending": rng.randint(0, 6)})]
        return [pyjson(t, "ERROR", "command_center.transport", "dispatch API timeout",
                       {"upstream": "http://dispatch-svc.flow.svc.cluster.local:8080/api/jobs",
                        "timeout_s": 5.0, "attempt": rng.randint(1, 3), "request_id": rid})]
    p = pat()
    k = rng.randrange(8)
    if k == 7:
        return [pyjson(t, "INFO", "command_center.discharge", "post-acute auth status",
                       {"mrn": P(p["mrn"], "mrn"), "payer": p["payer"], "member_id": P(p["member"], "health_plan"),
                        "group_number": p["group"], "auth_ref": "PA-%d" % rng.randint(10 ** 8, 10 ** 9 - 1),
                        "facility": "Maple Ridge SNF", "facility_fax": "614-555-0199", "status": rng.choice(["PENDED", "APPROVED"])})]
    if k == 0:
        pp = rng.choice(OLD) if rng.random() < 0.45 else p
        u, bd = bed()
        ex = {"request_id": rid, "patientMrn": P(pp["mrn"], "mrn"),
              "patientName": P("%s %s" % (pp["first"], pp["last"]), "name"),
              "age": P(pp["age"], "age") if pp["age"] > 89 else pp["age"],
              "targetBed": bd, "score": round(rng.uniform(0.5, 0.98), 3),
              "factors": ["tele_required", "fall_risk", "same_gender_room"][:rng.randint(1, 3)],
              "decidedBy": rng.choice(PLANNERS)[3]}
        return [pyjson(t, "INFO", "command_center.placement", "placement recommendation", ex)]
    if k == 1:
        return [pyjson(t, "INFO", "command_center.discharge", "pending discharge added",
                       {"mrn": P(p["mrn"], "mrn"), "unit": p["unit"], "bed": p["bed"],
                        "expected_discharge_date": P(p["edd"].isoformat(), "date"),
                        "disposition": rng.choice(["HOME", "HOME_W_HH", "SNF", "REHAB"]),
                        "coordinator": rng.choice(COORDS)[0]})]
    if k == 2:
        return [pyjson(t, "INFO", "command_center.placement", "isolation precaution applied",
                       {"pt_mrn": P(p["mrn"], "mrn"), "precaution": rng.choice(["CONTACT", "DROPLET", "AIRBORNE", "CONTACT_ENTERIC"]),
                        "organism": rng.choice(["MRSA", "C_DIFF", "VRE", "INFLUENZA_A", "COVID-19"]), "bed": p["bed"]})]
    if k == 3:
        q = rng.choice([x for x in PATIENTS if x is not p])
        return [pyjson(t, "WARNING", "command_center.placement",
                       M("roommate conflict: ", P("%s, %s" % (p["last"], p["first"]), "name"), " (", p["sex"], ") vs ",
                         P("%s, %s" % (q["last"], q["first"]), "name"), " (", q["sex"], ") in room ", p["bed"][:-1]),
                       {"request_id": rid})]
    if k == 4:
        return [pyjson(t, "DEBUG", "command_center.identity", "wristband print payload",
                       {"printer": "ZD621-5E-NURSE-STN", "mrn": P(p["mrn"], "mrn"),
                        "patient_name": P("%s, %s" % (p["last"].upper(), p["first"].upper()), "name"),
                        "dob": P(fmt_date(p["dob"], 1), "date"),
                        "photo": P("data:image/jpeg;base64," + b64blob(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01", 150), "photo"),
                        "copies": 1})]
    if k == 5:
        return [pyjson(t, "INFO", "command_center.ed", "admit decision logged",
                       {"mrn": P(p["mrn"], "mrn"), "admit_datetime": P(p["adm"].strftime("%Y-%m-%dT%H:%M:00"), "date"),
                        "requested_unit": p["unit"], "level_of_care": rng.choice(["MED_SURG", "TELE", "ICU", "STEPDOWN"]),
                        "bed_request_id": uuid4()})]
    return [pyjson(t, "INFO", "command_center.discharge", "social work case linked",
                   {"mrn": P(p["mrn"], "mrn"), "sw_case": P(p["sw_case"], "other_id"),
                    "barrier": rng.choice(["TRANSPORT", "SNF_AUTH", "DME", "HOME_O2"]),
                    "assigned_to": rng.choice(COORDS)[0]})]


# --------------------------------------------------------------------------
# family: transport dispatch (Spring Boot default console pattern)
# --------------------------------------------------------------------------
SPRING_LOGGERS = ["c.n.t.dispatch.JobAssignmentService", "c.n.t.dispatch.JobLifecycleService",
                  "c.n.t.dispatch.EscalationScheduler", "c.n.t.scan.WristbandScanController",
                  "c.n.t.notify.FamilyNotifier", "com.zaxxer.hikari.HikariDataSource",
                  "o.s.web.servlet.DispatcherServlet", "c.n.t.dispatch.QueueMetrics"]


def spring(t, level, thread, logger, pid=1):
    b = B("dispatch-spring")
    th = thread[-15:]
    lg = logger if len(logger) <= 40 else logger[:40]
    b.t("%s %5s %d --- [%15s] %-40s : " % (ts_spring(t), level, pid, th, lg))
    return b


def g_dispatch(phi):
    t = tick()
    th = "dispatch-exec-%d" % rng.randint(1, 8)
    if not phi:
        k = rng.randrange(9)
        tr = rng.choice(TRANSPORTERS)
        if k == 0:
            u, bd = bed(rng.choice(["ED"] + INPATIENT_UNITS))
            nurse = rng.choice(NURSES)
            return [spring(t, "INFO", th, SPRING_LOGGERS[0]).t(
                "Created transport job %s priority=%s mode=%s pickup=%s dest=%s requestedBy=%s" % (
                    tr_job(), rng.choice(["ROUTINE", "ROUTINE", "URGENT", "STAT"]),
                    rng.choice(["WHEELCHAIR", "STRETCHER", "BED", "AMBULATORY"]), bd, rng.choice(DESTS), nurse[3]))]
        if k == 1:
            return [spring(t, "INFO", th, SPRING_LOGGERS[0]).t(
                "Assigned %s to transporter %s (badge %s); queueDepth=%d eta=%dm" % (
                    old_tr_job(), tr[0], tr[1], rng.randint(0, 14), rng.randint(2, 15)))]
        if k == 2:
            s = rng.randint(60, 900)
            return [spring(t, "INFO", th, SPRING_LOGGERS[1]).t(
                "Job %s status ACCEPTED -> IN_TRANSIT (elapsed %s)" % (old_tr_job(), hms(s)))]
        if k == 3:
            return [spring(t, "INFO", th, SPRING_LOGGERS[1]).t(
                "Job %s completed in %s (pickupDelay=%s, transporter=%s)" % (
                    old_tr_job(), mmss(rng.randint(300, 2400)), mmss(rng.randint(20, 700)), tr[1]))]
        if k == 4:
            return [spring(t, "WARN", "scheduling-1", SPRING_LOGGERS[2]).t(
                "STAT job %s unassigned for %ds, paging dispatch lead at %s x%d" % (old_tr_job(), rng.choice([300, 420, 600]), HOSP["transport"], rng.randint(4200, 4299)))]
        if k == 5:
            return [rng.choice([
                lambda: spring(t, "INFO", "main", SPRING_LOGGERS[5]).t("HikariPool-1 - Start completed."),
                lambda: spring(t, "INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer").t("Tomcat started on port(s): 8080 (http) with context path ''"),
                lambda: spring(t, "INFO", "main", "c.n.t.DispatchApplication").t("Started DispatchApplication in %.3f seconds (JVM running for %.3f)" % (rng.uniform(6, 12), rng.uniform(12, 14))),
                lambda: spring(t, "WARN", "HikariPool-1 housekeeper", SPRING_LOGGERS[5]).t("HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m%ds)." % rng.randint(1, 59)),
            ])()]
        if k == 6:
            return [spring(t, "INFO", "http-nio-8080-exec-%d" % rng.randint(1, 10), SPRING_LOGGERS[6]).t(
                "Completed initialization in %d ms" % rng.randint(1, 9))]
        if k == 7:
            return [spring(t, "DEBUG", "metrics-1", SPRING_LOGGERS[7]).t(
                "queue snapshot open=%d assigned=%d inTransit=%d avgWait=%.1fs transportersOnShift=%d" % (
                    rng.randint(0, 20), rng.randint(0, 12), rng.randint(0, 9), rng.uniform(40, 900), rng.randint(6, 14)))]
        return [spring(t, "ERROR", th, SPRING_LOGGERS[1]).t(
            "Optimistic lock failure updating job %s (version %d), retrying" % (old_tr_job(), rng.randint(2, 9)))]
    p = pat()
    k = rng.randrange(4)
    if k == 0:
        b = spring(t, "INFO", th, SPRING_LOGGERS[0])
        b.t("Created transport job %s for patient " % tr_job())
        b.p("%s %s" % (p["first"], p["last"]), "name")
        b.t(" MRN ")
        b.p(p["mrn"], "mrn")
        b.t(" pickup=%s dest=%s iso=%s" % (p["bed"], rng.choice(DESTS), rng.choice(["NONE", "NONE", "CONTACT", "DROPLET"])))
        return [b]
    if k == 1:
        q = rng.choice([x for x in PATIENTS if x is not p])
        b = spring(t, "WARN", "http-nio-8080-exec-%d" % rng.randint(1, 10), SPRING_LOGGERS[3])
        b.t("Wristband scan mismatch on %s: expected MRN " % old_tr_job())
        b.p(p["mrn"], "mrn")
        b.t(" (DOB ")
        b.p(fmt_date(p["dob"], 0), "date")
        b.t(") scanned ")
        b.p(q["mrn"], "mrn")
        b.t(" by transporter %s" % rng.choice(TRANSPORTERS)[1])
        return [b]
    if k == 2:
        b = spring(t, "INFO", "notify-%d" % rng.randint(1, 3), SPRING_LOGGERS[4])
        b.t("Notified family contact ")
        b.p("%s %s" % (p["rel_first"], p["rel_last"]), "name")
        b.t(" (%s) at " % p["rel"])
        b.p(fmt_phone(p["rel_phone"], rng.choice([0, 1, 3])), "phone")
        b.t(" for job %s, template=TRANSFER_TO_UNIT" % old_tr_job())
        return [b]
    b = spring(t, "INFO", th, SPRING_LOGGERS[1])
    b.t("Job %s patient-owned equipment travels with patient: CPAP serial " % old_tr_job())
    b.p(p["cpap_sn"], "device")
    b.t(", pump asset IVP-%05d (hospital)" % rng.randint(100, 2000))
    return [b]


# --------------------------------------------------------------------------
# family: bed board logfmt
# --------------------------------------------------------------------------
def lf(t, level, msg):
    b = B("bedboard-logfmt")
    b.t('ts=%s level=%s msg="%s"' % (ts_iso_z(t), level, msg))
    return b


def g_bedboard(phi):
    t = tick()
    if not phi:
        k = rng.randrange(6)
        u, bd = bed()
        if k == 0:
            s = rng.choice(STAFF)
            return [lf(t, "info", "bed status changed").t(
                " unit=%s bed=%s from=OCCUPIED to=DIRTY actor=badge:%s reason=DISCHARGE evs_job=%s" % (u, bd, s[1], evs_job()))]
        if k == 1:
            return [lf(t, "info", "bed status changed").t(
                " unit=%s bed=%s from=CLEANING to=READY turnaround=%s" % (u, bd, mmss(rng.randint(900, 5400))))]
        if k == 2:
            return [lf(t, "warn", "bed blocked").t(
                " unit=%s bed=%s reason=MAINTENANCE work_order=WO-%d eta=\"%s\"" % (u, bd, rng.randint(50000, 59999), (t + dt.timedelta(hours=rng.randint(1, 6))).strftime("%Y-%m-%d %H:00")))]
        if k == 3:
            return [lf(t, "info", "unit capacity").t(
                " unit=%s staffed=%d occupied=%d dirty=%d blocked=%d pending_admits=%d" % (
                    u, 32, rng.randint(20, 32), rng.randint(0, 5), rng.randint(0, 2), rng.randint(0, 6)))]
        if k == 4:
            return [lf(t, "debug", "hl7 ack sent").t(" control_id=MSG%08d ack=AA latency_ms=%d" % (rng.randint(10 ** 7, 10 ** 8 - 1), rng.randint(3, 90)))]
        return [lf(t, "error", "status transition rejected").t(
            " unit=%s bed=%s from=READY to=DIRTY err=\"illegal transition\" request_id=%s" % (u, bd, uuid4()))]
    p = pat()
    k = rng.randrange(3)
    if k == 0:
        b = lf(t, "info", "bed assigned")
        b.t(" unit=%s bed=%s mrn=" % (p["unit"], p["bed"]))
        b.p(p["mrn"], "mrn")
        b.t(' patient="')
        b.p("%s, %s" % (p["last"].upper(), p["first"].upper()), "name")
        b.t('" sex=%s age=' % p["sex"])
        if p["age"] > 89:
            b.p(str(p["age"]), "age")
        else:
            b.t(str(p["age"]))
        b.t(" assigned_by=%s" % rng.choice(PLANNERS)[3])
        return [b]
    if k == 1:
        b = lf(t, "info", "bed status changed")
        b.t(" unit=%s bed=%s from=RESERVED to=OCCUPIED occupant_mrn=" % (p["unit"], p["bed"]))
        b.p(p["mrn"], "mrn")
        b.t(' adm_dt="')
        b.p(p["adm"].strftime("%Y-%m-%d %H:%M"), "date")
        b.t('" actor=badge:%s' % rng.choice(NURSES)[1])
        return [b]
    pp = rng.choice(OLD)
    b = lf(t, "warn", "fall risk placement check")
    b.t(" bed=%s mrn=" % pp["bed"])
    b.p(pp["mrn"], "mrn")
    b.t(" pt_age=")
    b.p(str(pp["age"]), "age")
    b.t(" near_station=false morse=%d" % rng.randint(45, 95))
    return [b]


# --------------------------------------------------------------------------
# family: EVS cleaning service (Go, zap production JSON)
# --------------------------------------------------------------------------
def zap(t, level, caller, msg, extra):
    b = B("evs-zap")
    d = {"level": level, "ts": round(epoch(t), 6), "caller": caller, "msg": msg}
    d.update(extra)
    jdump(b, d, COMPACT, False)
    return b


def g_evs(phi):
    t = tick()
    tech = rng.choice(EVS)
    u, bd = bed()
    if not phi:
        k = rng.randrange(6)
        if k == 0:
            return [zap(t, "info", "jobs/create.go:88", "cleaning job created",
                        {"job_id": evs_job(), "bed": bd, "unit": u, "clean_type": rng.choice(["DISCHARGE", "TRANSFER", "STAT", "ISOLATION_TERMINAL"]),
                         "priority": rng.randint(1, 5)})]
        if k == 1:
            return [zap(t, "info", "jobs/assign.go:142", "cleaning job assigned",
                        {"job_id": "EVS-%d" % (EVSSEQ[0] - rng.randint(0, 6)), "tech": tech[0], "badge": tech[1],
                         "queue_pos": rng.randint(1, 9)})]
        if k == 2:
            return [zap(t, "info", "jobs/complete.go:61", "cleaning job completed",
                        {"job_id": "EVS-%d" % (EVSSEQ[0] - rng.randint(0, 15)), "bed": bd, "duration": mmss(rng.randint(900, 3600)),
                         "response_time_s": rng.randint(60, 2400), "tech_badge": tech[1]})]
        if k == 3:
            return [zap(t, "info", "uvc/robot.go:203", "UV-C disinfection cycle finished",
                        {"robot_sn": "TRU-D-%06d" % rng.randint(1000, 99999), "room": bd[:-1], "cycle_s": rng.randint(600, 2100),
                         "dose_mj_cm2": round(rng.uniform(12, 40), 1)})]
        if k == 4:
            return [zap(t, "warn", "jobs/sla.go:44", "cleaning SLA at risk",
                        {"job_id": "EVS-%d" % (EVSSEQ[0] - rng.randint(0, 6)), "elapsed_s": rng.randint(2400, 5400), "sla_s": 3600,
                         "notified": tech[0]})]
        return [zap(t, "error", "bedsync/client.go:117", "bed status push failed",
                    {"bed": bd, "error": "Post \"http://bedboard.flow.svc:9000/v2/beds/%s/status\": context deadline exceeded" % bd, "retry_in": "2s"})]
    p = pat()
    return [zap(t, "info", "jobs/create.go:96", "isolation terminal clean required",
                {"job_id": evs_job(), "bed": p["bed"], "prev_occupant_mrn": P(p["mrn"], "mrn"),
                 "organism": rng.choice(["C_DIFF", "MRSA", "CANDIDA_AURIS"]), "sporicidal": True})]


# --------------------------------------------------------------------------
# family: RTLS (engine JSON events and gateway syslog)
# --------------------------------------------------------------------------
ASSETS = ["IVP", "WCH", "STR", "VNT", "SCD", "TELEPK", "BLDR"]


def rtls_json(d):
    b = B("rtls-json")
    jdump(b, d, COMPACT, False)
    return b


def g_rtls(phi):
    t = tick()
    u, bd = bed()
    if not phi:
        k = rng.randrange(6)
        if k == 0:
            return [rtls_json({"eventType": "TAG_LOCATION", "tagId": "0x%s" % hexid(8), "tagClass": "ASSET",
                               "assetTag": "%s-%05d" % (rng.choice(ASSETS), rng.randint(10, 3000)), "zoneId": "%s-SOILED-01" % u,
                               "ts": ts_iso_z(t), "rssi": -rng.randint(50, 90), "battery": rng.randint(5, 100)})]
        if k == 1:
            s = rng.choice(STAFF)
            return [rtls_json({"eventType": "TAG_LOCATION", "tagId": "0x%s" % hexid(8), "tagClass": "STAFF",
                               "badgeNo": s[1], "staffName": s[0], "role": s[2], "zoneId": bd[:-1],
                               "ts": ts_iso_z(t), "confidence": round(rng.uniform(0.7, 1.0), 2)})]
        if k == 2:
            s = rng.choice(NURSES)
            return [rtls_json({"eventType": "HAND_HYGIENE", "badgeNo": s[1], "dispenser": "HH-%s-%02d" % (u, rng.randint(1, 30)),
                               "compliant": rng.random() < 0.85, "ts": ts_iso_z(t)})]
        if k == 3:
            return [rtls_json({"eventType": "LOW_BATTERY", "tagId": "0x%s" % hexid(8), "tagClass": "ASSET",
                               "assetTag": "%s-%05d" % (rng.choice(ASSETS), rng.randint(10, 3000)), "battery": rng.randint(1, 9),
                               "ts": ts_iso_z(t)})]
        b = B("rtls-syslog")
        b.t("<134>%s rtls-gw-%02d rtlsd[%d]: IR dwell tag=%s-%s class=EQUIP room=%s dwell=%ds" % (
            t.strftime("%b %e %H:%M:%S"), rng.randint(1, 4), rng.randint(2000, 4000), hexid(2), hexid(4), bd[:-1], rng.randint(30, 3600)))
        return [b]
    p = pat()
    k = rng.randrange(3)
    if k == 0:
        return [rtls_json({"eventType": "TAG_LOCATION", "tagId": P(p["tag"], "device"), "tagClass": "PATIENT",
                           "mrn": P(p["mrn"], "mrn"), "zoneId": rng.choice(["RAD-CT2-HOLD", "ED-HALL-B", p["bed"][:-1], "DL-NORTH"]),
                           "ts": ts_iso_z(t), "rssi": -rng.randint(50, 90)})]
    if k == 1:
        return [rtls_json({"eventType": "ZONE_EXIT_ALERT", "severity": "HIGH", "tagId": P(p["tag"], "device"),
                           "tagClass": "PATIENT", "patient": {"name": P("%s %s" % (p["first"], p["last"]), "name"), "mrn": P(p["mrn"], "mrn")},
                           "zoneId": "%s-EXIT-STAIR" % p["unit"], "ackBy": None, "ts": ts_iso_z(t)})]
    b = B("rtls-syslog")
    b.t("<132>%s rtls-gw-%02d rtlsd[%d]: WARN wristband tag=" % (t.strftime("%b %e %H:%M:%S"), rng.randint(1, 4), rng.randint(2000, 4000)))
    b.p(p["tag"], "device")
    b.t(" unassociated after discharge, last_mrn=")
    b.p(p["mrn"], "mrn")
    b.t(" zone=DL-NORTH")
    return [b]


# --------------------------------------------------------------------------
# family: ride-home / discharge lounge service (Node, pino JSON)
# --------------------------------------------------------------------------
def pino(t, level, msg, extra, host="ridehome-7d9f8c6b5-x2kqp"):
    b = B("ridehome-pino")
    d = {"level": level, "time": int(round(epoch(t) * 1000)), "pid": 24, "hostname": host}
    d.update(extra)
    d["msg"] = msg
    jdump(b, d, COMPACT, False)
    return b


RIDES = {}


def ride_id(p):
    key = p["mrn"]
    if key not in RIDES:
        RIDES[key] = "rh_" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    return RIDES[key]


DRIVERS = [("Tariq", "Silver Toyota Camry", "HZT 4410"), ("Brenda", "Black Honda CR-V", "JKL 2093"),
           ("Amadou", "White Ford Transit (WAV)", "GMR 7781"), ("Ye-jin", "Blue Hyundai Elantra", "DPW 5512")]


def g_ridehome(phi):
    t = tick()
    rq = "req-%s" % hexl(4)
    if not phi:
        k = rng.randrange(7)
        rid = "rh_" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        if k == 0:
            d = rng.choice(DRIVERS)
            return [pino(t, 30, "vendor status update", {"reqId": rq, "rideId": rid, "vendor": rng.choice(["lyft", "uber_health", "roundtrip"]),
                                                         "status": "DRIVER_ASSIGNED", "driver": {"firstName": d[0], "vehicle": d[1], "plate": d[2]},
                                                         "etaMin": rng.randint(3, 25)})]
        if k == 1:
            return [pino(t, 30, "vendor status update", {"reqId": rq, "rideId": rid, "vendor": "lyft",
                                                         "status": rng.choice(["ARRIVED", "PICKED_UP", "COMPLETED", "CANCELED_BY_DRIVER"])})]
        if k == 2:
            return [pino(t, 30, "request completed", {"req": {"method": "POST", "url": "/webhooks/lyft", "remoteAddress": privip()},
                                                      "res": {"statusCode": 204}, "responseTime": rng.randint(2, 80)})]
        if k == 3:
            return [pino(t, 40, "vendor quote expired, requoting", {"rideId": rid, "quoteId": "q_%s" % hexl(12), "ageSec": rng.randint(300, 900)})]
        if k == 4:
            return [pino(t, 30, "pickup location", {"rideId": rid, "pickup": {"label": "Discharge Lounge - North Entrance",
                                                                              "address": "%s, %s, %s %s" % (HOSP["street"], HOSP["city"], HOSP["state"], HOSP["zip"]),
                                                                              "phone": HOSP["lounge"]}})]
        if k == 5:
            return [pino(t, 30, "sms status callback", {"sid": "SM%s" % hexl(32), "status": rng.choice(["delivered", "sent", "undelivered"]),
                                                        "from": HOSP["sms_from"], "errorCode": None})]
        return [pino(t, 50, "vendor API error", {"rideId": rid, "vendor": "uber_health", "httpStatus": rng.choice([429, 502, 503]),
                                                 "retryAfterMs": rng.choice([1000, 2000, 5000]), "support": "noreply@northgatehealth.org"})]
    p = pat()
    rid = ride_id(p)
    k = rng.randrange(9)
    if k == 0:
        addr = p["street"] + ((" " + p["apt"]) if p["apt"] else "")
        return [pino(t, 30, "ride requested", {"reqId": rq, "rideId": rid, "vendor": rng.choice(["lyft", "uber_health"]),
                                               "rider": {"name": P("%s %s" % (p["first"], p["last"]), "name"), "phone": P("+1" + p["phone"], "phone"),
                                                         "email": P(p["email"], "email") if rng.random() < 0.5 else None},
                                               "pickup": {"label": "DL-NORTH", "address": "%s, %s, %s %s" % (HOSP["street"], HOSP["city"], HOSP["state"], HOSP["zip"])},
                                               "dropoff": {"street": P(addr, "address"), "city": P(p["city"], "address"), "state": "OH", "zip": P(p["zip"], "zip")},
                                               "mobility": rng.choice(["AMBULATORY", "WHEELCHAIR", "WAV"]), "requestedBy": rng.choice(COORDS)[3]})]
    if k == 1:
        return [pino(t, 30, "sms sent", {"rideId": rid, "to": P("+1" + p["phone"], "phone"), "from": HOSP["sms_from"],
                                         "template": "RIDE_CONFIRMED",
                                         "link": P("https://ride.%s/r/%s-%s-%s" % (HOSP["domain"], ascii_fold(p["first"]).lower(), ascii_fold(p["last"]).lower().replace(" ", "-").replace("'", ""), rid[3:].lower()), "url")})]
    if k == 2:
        return [pino(t, 30, "rider confirmed pickup time", {"rideId": rid, "clientIp": P(p["ip"], "ip"),
                                                            "xff": M(P(p["ip"], "ip"), ", %s" % privip()),
                                                            "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X)",
                                                            "pickupAt": (t + dt.timedelta(minutes=rng.randint(20, 90))).strftime("%H:%M")})]
    if k == 3:
        return [pino(t, 30, "family pickup registered", {"rideId": rid, "mode": "FAMILY",
                                                         "pickupPerson": {"name": P("%s %s" % (p["rel_first"], p["rel_last"]), "name"),
                                                                          "relationship": p["rel"],
                                                                          "phone": P(fmt_phone(p["rel_phone"], 1), "phone"),
                                                                          "dlNumber": P(p["rel_dl"], "license"), "dlState": "OH",
                                                                          "vehiclePlate": P(p["rel_plate"], "vehicle")},
                                                         "patientMrn": P(p["mrn"], "mrn")})]
    if k == 4:
        return [pino(t, 30, "notification preferences", {"patientMrn": P(p["mrn"], "mrn"), "email": P(p["email"], "email"),
                                                         "portalUser": P(p["portal"], "other_id"), "sms": True,
                                                         "cc": "discharge-team@%s" % HOSP["domain"]})]
    if k == 5:
        return [pino(t, 50, "copay charge failed", {"rideId": rid, "processor": "stripe", "pan": P(p["card"], "account"),
                                                    "amountCents": rng.choice([500, 1000, 1500]), "declineCode": "insufficient_funds"})]
    if k == 6:
        return [pino(t, 30, "identity verified at lounge", {"patientMrn": P(p["mrn"], "mrn"), "method": "FINGERPRINT",
                                                            "template": P(b64blob(b"FMR\x00 20\x00\x00", 120), "biometric"),
                                                            "matchScore": rng.randint(60, 99), "station": "DL-NORTH-KIOSK-2"})]
    if k == 7:
        return [pino(t, 30, "benefit eligibility check", {"rideId": rid, "payer": p["payer"], "memberId": P(p["member"], "health_plan"),
                                                          "groupNo": p["group"], "eligible": True, "nemtTripsRemaining": rng.randint(0, 12),
                                                          "dischargeDate": P(p["edd"].isoformat(), "date")})]
    return [pino(t, 30, "valet vehicle release requested", {"patientMrn": P(p["mrn"], "mrn"), "vin": P(p["vin"], "vehicle"),
                                                            "garage": "P2", "ticket": "V%06d" % rng.randint(0, 999999)})]


# --------------------------------------------------------------------------
# family: Kafka consumers (Java client log4j + app lines; python aiokafka)
# --------------------------------------------------------------------------
def kj(t, level, msg, cls):
    b = B("kafka-java")
    b.t("[%s] %s %s (%s)" % (ts_py(t), level, msg, cls))
    return b


def hl7_adt(b, p, evt, t):
    doc = rng.choice(DOCTORS)
    ctl = "MSG%08d" % rng.randint(10 ** 7, 10 ** 8 - 1)
    b.t("MSH|^~\\&|EPIC|NGH|BEDBOARD|NGH|%s||ADT^%s^ADT_A01|%s|P|2.5.1\\rEVN|%s|%s\\rPID|1||" % (
        t.strftime("%Y%m%d%H%M%S"), evt, ctl, evt, t.strftime("%Y%m%d%H%M%S")))
    b.p(p["mrn"], "mrn")
    b.t("^^^NGH^MR||")
    b.p("%s^%s" % (p["last"].upper(), p["first"].upper()) + (("^" + p["mi"]) if p["mi"] else ""), "name")
    b.t("||")
    b.p(p["dob"].strftime("%Y%m%d"), "date")
    b.t("|%s|||" % p["sex"])
    b.p(p["street"].upper(), "address")
    b.t("^")
    if p["apt"]:
        b.p(p["apt"].upper(), "address")
    b.t("^")
    b.p(p["city"].upper(), "address")
    b.t("^OH^")
    b.p(p["zip"], "zip")
    b.t("^USA^H^^")
    b.p(p["county"].upper(), "address")
    b.t("||")
    b.p("(%s)%s-%s" % (p["phone"][:3], p["phone"][3:6], p["phone"][6:]), "phone")
    b.t("^PRN^PH")
    if rng.random() < 0.35:
        b.t("~")
        b.p("(%s)%s-%s" % (p["fax"][:3], p["fax"][3:6], p["fax"][6:]), "fax")
        b.t("^PRN^FX")
    b.t("|||||")
    b.p(p["har"], "account")
    b.t("|")
    b.p(p["ssn"].replace("-", "") if rng.random() < 0.5 else p["ssn"], "ssn")
    b.t("\\rPV1|1|I|%s^%s^%s^NGH||||%s^%s^%s|||MED" % (
        p["unit"], p["bed"].split("-")[-1][:-1], p["bed"][-1], doc[0], doc[1], doc[2]))
    b.t("|" * 34)  # PV1-11 .. PV1-43 empty, PV1-44 admit date/time
    b.p(p["adm"].strftime("%Y%m%d%H%M"), "date")
    if rng.random() < 0.6:
        b.t("\\rIN1|1|%s|%s|%s||||" % (rng.randint(100, 999), rng.randint(1000, 9999), p["payer"]))
        b.t(p["group"])
        b.t("||||||||")
        b.p("%s^%s" % (p["last"].upper(), p["first"].upper()), "name")
        b.t("|SEL" + "|" * 19)  # IN1-17 relationship .. IN1-36 policy number
        b.p(p["member"], "health_plan")
    return b


def g_kafka(phi):
    t = tick()
    cid = "adt-bedboard-%d" % rng.randint(0, 2)
    pre = "[Consumer clientId=%s, groupId=bedboard-adt] " % cid
    if not phi:
        k = rng.randrange(10)
        part = rng.randint(0, 11)
        if k == 0:
            return [kj(t, "INFO", pre + "Setting offset for partition adt.events-%d to the committed offset FetchPosition{offset=%d, offsetEpoch=Optional[12], currentLeader=LeaderAndEpoch{leader=Optional[kafka-%d.int.northgate:9092 (id: %d rack: null)], epoch=12}}" % (
                part, rng.randint(800000, 900000), part % 3, part % 3), "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator")]
        if k == 1:
            return [kj(t, "INFO", pre + "Successfully joined group with generation Generation{generationId=%d, memberId='%s-%s', protocol='range'}" % (
                rng.randint(30, 60), cid, uuid4()), "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator")]
        if k == 2:
            return [kj(t, "INFO", pre + "Adding newly assigned partitions: adt.events-%d, adt.events-%d, adt.events-%d" % (part, (part + 3) % 12, (part + 6) % 12),
                       "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator")]
        if k == 3:
            return [kj(t, "INFO", pre + "Revoke previously assigned partitions adt.events-%d" % part, "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator")]
        if k == 4:
            return [kj(t, "WARN", pre + "Offset commit failed on partition adt.events-%d at offset %d: The request timed out." % (part, rng.randint(800000, 900000)),
                       "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator")]
        if k == 5:
            return [kj(t, "INFO", "[Consumer clientId=%s, groupId=bedboard-adt] Node %d disconnected." % (cid, rng.randint(0, 2)), "org.apache.kafka.clients.NetworkClient")]
        if k == 6:
            b = B("kafka-app")
            b.t("%s INFO  [adt-listener-%d] c.n.adt.AdtListener - consumed topic=adt.events partition=%d offset=%d type=ADT^A08 lag=%d elapsed=%dms" % (
                ts_spring(t), rng.randint(0, 3), part, rng.randint(800000, 900000), rng.randint(0, 400), rng.randint(1, 60)))
            return [b]
        if k == 7:
            b = B("kafka-aiokafka")
            b.t("%s INFO aiokafka.consumer.group_coordinator: Joined group 'capacity-dash' (generation %d) with member_id aiokafka-0.10.0-%s" % (
                ts_py(t), rng.randint(5, 40), uuid4()))
            return [b]
        if k == 8:
            b = B("kafka-aiokafka")
            b.t("%s INFO aiokafka.consumer.group_coordinator: Setting newly assigned partitions {TopicPartition(topic='adt.events', partition=%d), TopicPartition(topic='adt.events', partition=%d)} for group capacity-dash" % (
                ts_py(t), part, (part + 1) % 12))
            return [b]
        b = B("kafka-app")
        b.t("%s WARN  [adt-listener-%d] c.n.adt.AdtListener - skipping ADT^A31 (no bed impact) offset=%d control_id=MSG%08d" % (
            ts_spring(t), rng.randint(0, 3), rng.randint(800000, 900000), rng.randint(10 ** 7, 10 ** 8 - 1)))
        return [b]
    p = pat()
    k = rng.randrange(4)
    if k == 0:
        b = B("kafka-app")
        b.t("%s INFO  [adt-listener-%d] c.n.adt.AdtListener - consumed topic=adt.events partition=%d offset=%d key=" % (
            ts_spring(t), rng.randint(0, 3), rng.randint(0, 11), rng.randint(800000, 900000)))
        b.p(p["mrn"], "mrn")
        b.t(" type=ADT^%s lag=%d" % (rng.choice(["A01", "A02", "A03", "A06", "A11"]), rng.randint(0, 200)))
        return [b]
    if k in (1, 2):
        b = B("kafka-app")
        b.t("%s DEBUG [adt-listener-%d] c.n.adt.AdtListener - payload=" % (ts_spring(t), rng.randint(0, 3)))
        hl7_adt(b, p, rng.choice(["A01", "A02", "A03", "A08"]), t)
        return [b]
    b = B("kafka-aiokafka")
    b.t("%s ERROR command_center.consumers.adt: failed to apply ADT^A02 for " % ts_py(t))
    b.p(p["mrn"], "mrn")
    b.t(": unknown bed '%s' (transfer from %s); record=" % (bed()[1], p["bed"]))
    nm = "%s, %s" % (p["last"], p["first"])
    q = '"' if "'" in nm else "'"
    b.t("{'mrn': '")
    b.p(p["mrn"], "mrn")
    b.t("', 'name': " + q)
    b.p(nm, "name")
    b.t(q + ", 'dob': datetime.date(")
    b.p("%d, %d, %d" % (p["dob"].year, p["dob"].month, p["dob"].day), "date")
    b.t("), 'event': 'A02', 'bed': '%s'}" % p["bed"])
    return [b]


# --------------------------------------------------------------------------
# family: placement audit (pipe-delimited)
# --------------------------------------------------------------------------
def g_audit(phi):
    t = tick()
    pl = rng.choice(PLANNERS)
    ts = t.strftime("%Y-%m-%dT%H:%M:%S-05:00")
    b = B("placement-audit")
    if not phi:
        u, bd = bed()
        b.t("AUDIT|%s|%s|user=%s|role=%s|req=PR-%d|unit=%s|bed=%s|decision=%s|reasons=%s" % (
            ts, rng.choice(["BED_HOLD_RELEASED", "BED_HOLD_EXPIRED", "UNIT_CAP_OVERRIDE", "SURGE_BEDS_OPENED"]), pl[3], pl[2],
            rng.randint(880000, 889999), u, bd, rng.choice(["ACCEPT", "AUTO", "N/A"]), rng.choice(["staffing", "timeout_45m", "surge_level_2"])))
        return [b]
    p = pat()
    b.t("AUDIT|%s|PLACEMENT_DECISION|user=%s|role=%s|req=PR-%d|mrn=" % (ts, pl[3], pl[2], rng.randint(880000, 889999)))
    b.p(p["mrn"], "mrn")
    b.t("|pt=")
    b.p("%s^%s" % (p["last"].upper(), p["first"].upper()), "name")
    b.t("|from=ED-%02d|to=%s|decision=%s|reasons=%s" % (rng.randint(1, 48), p["bed"], rng.choice(["ACCEPT", "ACCEPT", "DEFER", "DECLINE"]),
                                                        rng.choice(["tele_required", "iso_none;same_gender", "fall_risk;near_station", "bariatric_bed"])))
    return [b]


# --------------------------------------------------------------------------
# main assembly
# --------------------------------------------------------------------------
GENS = [  # (func, weight_clean, weight_phi)
    (g_uvicorn_access, 16, 6),
    (g_uvicorn_text, 3, 1),
    (g_fastapi_json, 13, 11),
    (g_dispatch, 14, 6),
    (g_bedboard, 9, 5),
    (g_evs, 9, 1),
    (g_rtls, 9, 4),
    (g_ridehome, 8, 12),
    (g_kafka, 11, 7),
    (g_audit, 3, 4),
]


def pick(phi):
    ws = [g[2] if phi else g[1] for g in GENS]
    return rng.choices([g[0] for g in GENS], weights=ws)[0]


def main():
    out = []
    while len(out) < N_LINES:
        n_phi = sum(1 for b in out if b.spans)
        want_phi = n_phi < 0.45 * (len(out) + 1) + rng.uniform(-2, 2)
        lines = pick(want_phi)(want_phi)
        if len(out) + len(lines) > N_LINES:
            continue
        if not want_phi:
            assert all(not b.spans for b in lines)
        else:
            assert any(b.spans for b in lines)
        out.extend(lines)
    assert len(out) == N_LINES
    log_path = os.path.join(HERE, ID + ".log")
    lab_path = os.path.join(HERE, ID + ".labels.jsonl")
    with open(log_path, "wb") as lf_, open(lab_path, "w", encoding="utf-8", newline="\n") as jf:
        for i, b in enumerate(out, 1):
            line = bytes(b.buf)
            assert b"\n" not in line and b"\r" not in line
            assert len(line) <= 4000, (i, len(line))
            line.decode("utf-8")
            spans = []
            last_e = 0
            for s, e, cat, ins in sorted(b.spans):
                assert line[s:e] == ins, (i, s, e, ins)
                assert e > s and s >= last_e, (i, s, e)
                last_e = e
                spans.append({"s": s, "e": e, "cat": cat})
            lf_.write(line + b"\n")
            jf.write(json.dumps({"line": i, "family": b.family, "spans": spans}) + "\n")


if __name__ == "__main__":
    main()
