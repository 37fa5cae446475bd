#!/usr/bin/env python3
"""Deterministic generator for the `en` held-out PHI log corpus.

Theme: employer wellness / biometric screening vendor ("WellCore").
Writes en.log (500 lines) and en.labels.jsonl next to this file.
Standard library only.
"""
import base64
import hashlib
import json
import os
import random
import unicodedata
from datetime import date, datetime, timedelta

SEED = 1804
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "en"
N_LINES = 500
N_CLEAN = 275

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}


# ----------------------------------------------------------------------------
# segment helpers: a line is a list of (text, cat|None)
# ----------------------------------------------------------------------------
class Phi:
    __slots__ = ("text", "cat", "num")

    def __init__(self, text, cat, num=False):
        assert cat in CATS, cat
        self.text, self.cat, self.num = str(text), cat, num


class Mix:
    """A string value made of plain pieces and (text, cat) pieces."""

    def __init__(self, *segs):
        self.segs = []
        for s in segs:
            if isinstance(s, str):
                self.segs.append((s, None))
            elif isinstance(s, Phi):
                self.segs.append((s.text, s.cat))
            else:
                self.segs.append(s)


def seg(x):
    """Normalize str / Phi / Mix / list into list of segments (no quoting)."""
    if x is None:
        return []
    if isinstance(x, str):
        return [(x, None)]
    if isinstance(x, Phi):
        return [(x.text, x.cat)]
    if isinstance(x, Mix):
        return list(x.segs)
    if isinstance(x, tuple):
        return [x]
    out = []
    for y in x:
        out += seg(y)
    return out


def L(*parts):
    out = []
    for p in parts:
        out += seg(p)
    return out


def esc_segs(segs, fn):
    return [(fn(t), c) for t, c in segs]


def jesc(s, ascii_=True):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def jdump(v, sep=(",", ":"), ascii_=True):
    if isinstance(v, dict):
        out = [("{", None)]
        first = True
        for k, x in v.items():
            if not first:
                out.append((sep[0], None))
            first = False
            out.append((json.dumps(k, ensure_ascii=ascii_) + sep[1], None))
            out += jdump(x, sep, ascii_)
        out.append(("}", None))
        return out
    if isinstance(v, list):
        out = [("[", None)]
        for i, x in enumerate(v):
            if i:
                out.append((sep[0], None))
            out += jdump(x, sep, ascii_)
        out.append(("]", None))
        return out
    if isinstance(v, Phi):
        if v.num:
            return [(v.text, v.cat)]
        return [('"', None), (jesc(v.text, ascii_), v.cat), ('"', None)]
    if isinstance(v, Mix):
        return [('"', None)] + [(jesc(t, ascii_), c) for t, c in v.segs] + [('"', None)]
    if isinstance(v, float):
        return [(repr(v), None)]
    return [(json.dumps(v, ensure_ascii=ascii_), None)]


def pyrepr(v):
    """Python repr of dict/list/str/int with Phi support (as Celery prints results)."""
    if isinstance(v, dict):
        out = [("{", None)]
        for i, (k, x) in enumerate(v.items()):
            if i:
                out.append((", ", None))
            out.append((repr(k) + ": ", None))
            out += pyrepr(x)
        out.append(("}", None))
        return out
    if isinstance(v, (list, tuple)):
        o, c = ("[", "]") if isinstance(v, list) else ("(", ")")
        out = [(o, None)]
        for i, x in enumerate(v):
            if i:
                out.append((", ", None))
            out += pyrepr(x)
        if isinstance(v, tuple) and len(v) == 1:
            out.append((",", None))
        out.append((c, None))
        return out
    if isinstance(v, Phi):
        if v.num:
            return [(v.text, v.cat)]
        r = repr(v.text)
        return [(r[0], None), (r[1:-1], v.cat), (r[-1], None)]
    return [(repr(v), None)]


def lf(key, val):
    """logfmt key=value with quoting when needed."""
    segs = seg(val)
    full = "".join(t for t, _ in segs)
    if full == "" or any(ch in full for ch in ' ="\\'):
        return [(key + '="', None)] + esc_segs(segs, lambda t: t.replace("\\", "\\\\").replace('"', '\\"')) + [('"', None)]
    return [(key + "=", None)] + segs


def kv(key, val, quote=False):
    segs = seg(val)
    if quote:
        return [(key + '="', None)] + segs + [('"', None)]
    return [(key + "=", None)] + segs


def finish(segs):
    out = bytearray()
    spans = []
    recorded = []
    for t, c in segs:
        b = t.encode("utf-8")
        if c is not None:
            assert c in CATS, c
            assert len(b) > 0, "empty span"
            s = len(out)
            out += b
            spans.append({"s": s, "e": len(out), "cat": c})
            recorded.append(b)
        else:
            out += b
    line = bytes(out)
    assert b"\n" not in line and b"\r" not in line, line[:200]
    assert len(line) <= 4000, len(line)
    prev_e = -1
    prev_c = None
    for sp, b in zip(spans, recorded):
        assert line[sp["s"]:sp["e"]] == b
        assert sp["s"] >= prev_e
        assert not (sp["s"] == prev_e and sp["cat"] == prev_c), ("touching spans", line)
        prev_e, prev_c = sp["e"], sp["cat"]
    line.decode("utf-8")
    return line, spans


# ----------------------------------------------------------------------------
# random helpers
# ----------------------------------------------------------------------------
def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    return "%s-%s-4%s-%s%s-%s" % (hexs(8), hexs(4), hexs(3), rng.choice("89ab"), hexs(3), hexs(12))


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(rng.choice(chars) for _ in range(n))


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]


def npi():
    base = "1" + digits(8)
    return base + luhn_digit("80840" + base)


def dea(prefix):
    d = digits(6)
    s = int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))
    return prefix + d + str(s % 10)


def mbi():
    L_ = "ACDEFGHJKMNPQRTUVWXY"
    AN = L_ + "0123456789"
    return (rng.choice("123456789") + rng.choice(L_) + rng.choice(AN) + rng.choice("0123456789") +
            rng.choice(L_) + rng.choice(AN) + rng.choice("0123456789") + rng.choice(L_) + rng.choice(L_) +
            rng.choice("0123456789") + rng.choice("0123456789"))


def b64(n, head=b""):
    raw = head + bytes(rng.randrange(256) for _ in range(n))
    return base64.b64encode(raw).decode()


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L").replace("ø", "o")


def sha256(s):
    return hashlib.sha256(s.encode()).hexdigest()


def wchoice(items, weights):
    return rng.choices(items, weights=weights, k=1)[0]


# ----------------------------------------------------------------------------
# static world: employers, events, staff
# ----------------------------------------------------------------------------
EMPLOYERS = {
    "acme": dict(name="Acme Parts Holdings", domain="acmeparts.com", group="0087342", state="OH",
                 fmt="fixed", sftp_user="acme_elig", sftp_ip="52.23.11.4", file="ACME_ELIG_20240401.txt",
                 cities=[("Cleveland", ["44102", "44105", "44109", "44113", "44120"]), ("Lakewood", ["44107"]),
                         ("Parma", ["44129", "44134"]), ("Euclid", ["44117", "44123"]), ("Solon", ["44139"])],
                 area=["216", "440"], platform="benefitsnow", plan_prefix="XJH"),
    "lrta": dict(name="Lakeshore Regional Transit Authority", domain="lrta.org", group="LRT-22019", state="IL",
                 fmt="csv", sftp_user="lrta_hr", sftp_ip="34.201.77.190", file="LRTA_eligibility_2024-04-01.csv",
                 cities=[("Chicago", ["60614", "60618", "60625", "60640"]), ("Evanston", ["60201", "60202"]),
                         ("Skokie", ["60076", "60077"]), ("Oak Park", ["60302"])],
                 area=["312", "773", "847"], platform="plansource", plan_prefix="XOF"),
    "bwf": dict(name="Brightwater Foods", domain="brightwaterfoods.com", group="BWF0311", state="CA",
                fmt="pipe", sftp_user="bwf_benefits", sftp_ip="20.84.15.62", file="BWF_834_ELIG_040124.psv",
                cities=[("Fresno", ["93704", "93710", "93722", "93726"]), ("Clovis", ["93611", "93612"]),
                        ("Madera", ["93637"])],
                area=["559"], platform="businessolver", plan_prefix="M"),
    "tess": dict(name="Tessera Semiconductor", domain="tessera-semi.com", group="00412-77", state="TX",
                 fmt="fixed", sftp_user="tessera_elig", sftp_ip="3.139.40.18", file="TSS_WELL_ELIG_20240401.dat",
                 cities=[("Austin", ["78704", "78745", "78758"]), ("Round Rock", ["78664", "78681"]),
                         ("Pflugerville", ["78660"])],
                 area=["512", "737"], platform="benefitsnow", plan_prefix="9"),
    "cpa": dict(name="City of Port Alder", domain="portalder.gov", group="CPA-9001", state="WA",
                fmt="csv", sftp_user="cpa_hris", sftp_ip="40.117.22.9", file="CPA_Wellness_Elig_20240401.csv",
                cities=[("Olympia", ["98501", "98502", "98506"]), ("Lacey", ["98503", "98516"]),
                        ("Tumwater", ["98512"])],
                area=["360"], platform="plansource", plan_prefix="WSH"),
}
EMP_KEYS = list(EMPLOYERS.keys())

EVENTS = {
    "acme": dict(id="EVT-240402-ACM01", site="Acme Parts HQ \u2013 Cafeteria B",
                 addr="4400 Industrial Pkwy, Solon, OH 44139", kiosks=["KSK-0419", "KSK-0422"], gw="evt-gw-03", tz=-4),
    "lrta": dict(id="EVT-240402-LRT02", site="LRTA Skokie Garage Training Rm 2",
                 addr="3450 W Oakton St, Skokie, IL 60076", kiosks=["KSK-0311"], gw="evt-gw-07", tz=-5),
    "bwf": dict(id="EVT-240402-BWF01", site="Brightwater Plant 3 Breakroom",
                addr="2210 S Cherry Ave, Fresno, CA 93706", kiosks=["KSK-0107", "KSK-0108"], gw="evt-gw-01", tz=-7),
    "tess": dict(id="EVT-240402-TSS01", site="Tessera Fab 2 Lobby",
                 addr="11800 Burnet Rd, Austin, TX 78758", kiosks=["KSK-0520"], gw="evt-gw-05", tz=-5),
    "cpa": dict(id="EVT-240402-CPA03", site="Port Alder City Hall, Council Annex",
                addr="601 4th Ave E, Olympia, WA 98501", kiosks=["KSK-0612"], gw="evt-gw-09", tz=-7),
}

SCREENERS = [
    ("Marisol Ibarra", "mibarra", "CMA (AAMA) #2231187"),
    ("Terrence Boyd", "tboyd", "RN OH RN.448122"),
    ("Yuki Tanabe", "ytanabe", "CPT-1 #00417233"),
    ("Oluwaseun Bakare", "obakare", "NHA CPT 6612095"),
    ("Kristýna Horáková", "khorakova", "LPN WA LP60912231"),
    ("Daniel Ruiz-Ortega", "druizortega", "CCMA 1988204"),
    ("Aisling Brennan", "abrennan", "RN TX 912288"),
]
COACHES = [
    ("Priya Raman", "RD, LD, CDCES", "COACH-014", "praman@wellcore.example"),
    ("Jonas Lindqvist", "NBC-HWC", "COACH-022", "jlindqvist@wellcore.example"),
    ("Adaeze Nwosu", "MS, RD", "COACH-009", "anwosu@wellcore.example"),
    ("Héctor Villanueva", "CHES, NBC-HWC", "COACH-031", "hvillanueva@wellcore.example"),
    ("Mei-Ling Cho", "RN, CDCES", "COACH-017", "mcho@wellcore.example"),
]
STAFF = [
    ("Jordan Martin", "jmartin@wellcore.example", "00u4k2h7PqLx9ZfA1d7x"),
    ("Renata Silveira", "rsilveira@wellcore.example", "00u5m1Qx8TnRb3cK0y2q"),
    ("Sam Okoye", "sokoye@wellcore.example", "00u2t9Wv7LmCx4hJ6p5w"),
    ("Ilse Vermeulen", "ivermeulen@wellcore.example", "00u8b3Nf2KdYs6qP9r4z"),
]
PHYSICIANS = [
    ("Helen Marsh, MD", "Cleveland Family Medicine", "(216) 555-0190", "(216) 555-0191"),
    ("Rajesh Kulkarni, DO", "North Shore Internal Medicine", "(847) 555-0112", "(847) 555-0113"),
    ("Lucía Ferrer, MD", "Valley Health Fresno", "(559) 555-0176", "(559) 555-0177"),
    ("Brandon Tso, PA-C", "Austin Primary Partners", "(512) 555-0134", "(512) 555-0135"),
    ("Greta Lindahl, ARNP", "Capitol Way Clinic", "(360) 555-0160", "(360) 555-0161"),
]
PHYS_BY_EMP = dict(zip(EMP_KEYS, PHYSICIANS))

# ----------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------
ORIGINS = [
    (["Chidi", "Emeka", "Obinna", "Tunde"], ["Ngozi", "Adaeze", "Chiamaka", "Funmilayo"], ["Okafor", "Nwachukwu", "Adeyemi", "Eze"]),
    (["Minh", "Quang", "Tuấn"], ["Hương", "Thảo", "Lan"], ["Nguyễn", "Trần", "Phạm"]),
    (["Alejandro", "Joaquín", "Luis"], ["Guadalupe", "Ximena", "María José"], ["Núñez", "Castañeda", "Villaseñor", "Ortiz"]),
    (["Łukasz", "Piotr", "Tomasz"], ["Agnieszka", "Zofia", "Małgorzata"], ["Wróbel", "Kowalczyk", "Zieliński"]),
    (["Arjun", "Vikram", "Rohan"], ["Ananya", "Kavitha", "Meera"], ["Venkataraman", "Iyer", "Deshpande"]),
    (["Wei", "Jun", "Hao"], ["Xiaoling", "Mei", "Yan"], ["Zhang", "Liu", "Huang"]),
    (["Karim", "Omar", "Yousef"], ["Layla", "Rania", "Nour"], ["Haddad", "El-Amin", "Saleh"]),
    (["Declan", "Cormac"], ["Siobhán", "Aoife"], ["O'Donnell", "Fitzgerald", "McCarthy"]),
    (["Ji-hoon", "Min-jun"], ["Seo-yeon", "Hye-jin"], ["Park", "Choi", "Kang"]),
    (["Dawit", "Tesfaye"], ["Selam", "Hiwot"], ["Bekele", "Haile", "Gebremedhin"]),
    (["Bohdan", "Taras"], ["Oksana", "Yulia"], ["Shevchenko", "Kovalenko"]),
    (["Jerome", "Marcus", "DeShawn"], ["Latoya", "Keisha", "Brianna"], ["Washington", "Jefferson", "Coleman"]),
    (["Rafael", "Thiago"], ["Beatriz", "Luana"], ["Gonçalves", "Araújo", "Carvalho"]),
    (["Abdirahman", "Mohamed"], ["Hodan", "Fadumo"], ["Warsame", "Abdi"]),
    (["Kenji", "Haruto"], ["Yui", "Sakura"], ["Takahashi", "Yamamoto"]),
    (["Nikos", "Giorgos"], ["Eleni", "Katerina"], ["Papadopoulos", "Georgiou"]),
    (["Søren", "Mikkel"], ["Ingrid", "Freja"], ["Kjærgaard", "Lindqvist"]),
    (["Tavita", "Sione"], ["Malia", "Losa"], ["Faleolo", "Tuiasosopo"]),
    (["Kyle", "Brandon", "Wyatt"], ["Ashley", "Megan", "Zoë"], ["Henderson", "Kowalski", "Brooks", "Delacroix"]),
]
STREETS = ["Larchmere Blvd", "W 25th St", "Detroit Ave", "Maplewood Dr", "N Clark St", "Sheridan Rd", "E Shields Ave",
           "N Blackstone Ave", "S Congress Ave", "Pecan Hollow Ln", "Capitol Way S", "Martin Way E", "Yelm Hwy SE",
           "Cedar Ridge Ct", "Kensington Pl", "W Foster Ave", "Brookpark Rd", "Harvard Ave", "Ridgeview Ter",
           "Sandpiper Loop", "Old Settlers Blvd", "E Barstow Ave", "Willow Bend Dr", "N Lincoln Ave", "Oakridge Cir",
           "Cottonwood Trl", "Lakeshore Dr", "Quince St SE", "Primrose Ln", "Mission Hills Dr"]
UNITS = ["", "", "", "", " Apt 2B", " Apt 14", " Unit 305", " #7", " Apt 1R", " Ste 4"]
MAILS = ["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me", "comcast.net"]
IP_BLOCKS = [(73,), (98,), (24,), (67,), (71,), (76,), (107,), (174,), (108,), (99,), (47,), (172, 58), (172, 56), (68,), (69,)]
DL = {"OH": ("636023", lambda: alnum(2, "ABCDEFGHJKLMNPRSTUVWXZ") + digits(6)),
      "IL": ("636035", lambda: rng.choice("ABCDEFGHKLMNOPRSTWZ") + digits(11)),
      "CA": ("636014", lambda: rng.choice("ABCDEFGHJKNSTUVWY") + digits(7)),
      "TX": ("636015", lambda: rng.choice("0123") + digits(7)),
      "WA": ("636045", lambda: "WDL" + alnum(9))}
STATE_NAME = {"OH": "Ohio", "IL": "Illinois", "CA": "California", "TX": "Texas", "WA": "Washington"}

used_pids = set()
used_phone = set()


def new_pid():
    while True:
        p = "WP-%07d" % rng.randint(30000, 99999)
        if p not in used_pids:
            used_pids.add(p)
            return p


def new_phone(area):
    while True:
        n = rng.randint(100, 199)
        if (area, n) not in used_phone:
            used_phone.add((area, n))
            return area, "555", "%04d" % n


def ssn():
    while True:
        a = rng.randint(1, 665)
        if a in (0, 666) or a < 100 and rng.random() < 0.7:
            continue
        return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def rand_ip():
    blk = rng.choice(IP_BLOCKS)
    parts = list(blk) + [rng.randint(1, 254) for _ in range(4 - len(blk))]
    return ".".join(str(p) for p in parts)


def rand_ip6():
    return "2601:%x:%x:%x::%x" % (rng.randint(0x100, 0xfff), rng.randint(0x100, 0xffff), rng.randint(0x10, 0xffff), rng.randint(1, 0xfff))


def make_person(emp, role, last, sex, dob, origin, addr):
    o = ORIGINS[origin]
    first = rng.choice(o[0] if sex == "M" else o[1])
    E = EMPLOYERS[emp]
    area = rng.choice(E["area"])
    ph = new_phone(area)
    fa, la = fold(first).lower().replace(" ", ""), fold(last).lower().replace("'", "").replace(" ", "")
    mail_style = rng.randint(0, 3)
    if mail_style == 0:
        em = "%s.%s@%s" % (fa, la, rng.choice(MAILS))
    elif mail_style == 1:
        em = "%s%s%02d@%s" % (fa[0], la, dob.year % 100, rng.choice(MAILS))
    elif mail_style == 2:
        em = "%s_%s%d@%s" % (fa, la[:4], rng.randint(1, 99), rng.choice(MAILS))
    else:
        em = "%s.%s%d@%s" % (la, fa, dob.year, rng.choice(MAILS))
    p = dict(first=first, last=last, mi=rng.choice("ABCDEFGHJKLMNRST"), sex=sex, dob=dob, emp=emp, role=role,
             street=addr[0], city=addr[1], state=E["state"], zip=addr[2], zip4=addr[3],
             phone=ph, email=em, ssn=ssn(), pid=new_pid(), ip=rand_ip() if rng.random() < 0.85 else rand_ip6())
    p["work_email"] = "%s.%s@%s" % (fa, la, E["domain"]) if role == "EE" else None
    p["okta"] = "00u" + "".join(rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(17))
    iin, dlf = DL[E["state"]]
    p["dl"] = dlf()
    p["iin"] = iin
    p["dl_dd"] = digits(4) + alnum(6) + digits(4)
    p["dev"] = rng.choice(["fitbit", "garmin", "apple", "omron", "fitbit", "garmin", "apple"])
    p["dev_id"] = str(rng.randint(1000000000, 3999999999))
    p["mac"] = ":".join("%02X" % rng.randrange(256) for _ in range(6))
    p["fitbit_uid"] = alnum(6, "0123456789BCDFGHJKLMNPQRSTVWXYZ")
    p["omron_sn"] = "2023%02d%05dLG" % (rng.randint(1, 12), rng.randint(0, 99999))
    p["username"] = (fa[:1] + la)[:10] + str(rng.randint(10, 99))
    p["plate"] = alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(4)
    p["origin"] = origin
    p["dl_iss"] = date(2021 + rng.randint(0, 2), rng.randint(1, 12), rng.randint(1, 28))
    p["dl_exp"] = date(p["dl_iss"].year + rng.choice([4, 5]), dob.month, dob.day)
    p["fitbit_model"] = rng.choice(["Charge 6", "Inspire 3", "Versa 4", "Sense 2"])
    p["garmin_model"] = rng.choice(["forerunner255", "fenix7", "vivoactive5", "venu3"])
    p["watch_hw"] = rng.choice(["Watch6,2", "Watch7,4", "Watch6,18"])
    p["slug"] = "%s-%s-%s" % (fa.replace(" ", "-"), la, hexs(4))
    return p


def age_on(dob, on=date(2024, 4, 2)):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


HOUSEHOLDS = []
PEOPLE = []


def build_people():
    origin_cycle = list(range(len(ORIGINS)))
    rng.shuffle(origin_cycle)
    n_households = 34
    for i in range(n_households):
        emp = EMP_KEYS[i % len(EMP_KEYS)]
        E = EMPLOYERS[emp]
        origin = origin_cycle[i % len(origin_cycle)]
        last = rng.choice(ORIGINS[origin][2])
        city, zips = rng.choice(E["cities"])
        z = rng.choice(zips)
        street = "%d %s%s" % (rng.randint(12, 9899), rng.choice(STREETS), rng.choice(UNITS))
        addr = (street, city, z, "%04d" % rng.randint(1000, 9999))
        retiree = emp == "cpa" and i in (4, 14, 24)
        if retiree:
            dob = date(rng.randint(1929, 1933), rng.randint(1, 12), rng.randint(1, 28))
        else:
            dob = date(rng.randint(1958, 2000), rng.randint(1, 12), rng.randint(1, 28))
        sex = rng.choice("MF")
        hh = dict(emp=emp, members=[], retiree=retiree)
        ee = make_person(emp, "EE", last, sex, dob, origin, addr)
        ee["retiree"] = retiree
        hh["members"].append(ee)
        if rng.random() < 0.65 or retiree:
            sp_last = last if rng.random() < 0.8 else rng.choice(ORIGINS[rng.randrange(len(ORIGINS))][2])
            if retiree:
                sdob = date(dob.year + rng.choice([2, 3, 4, 5]), rng.randint(1, 12), rng.randint(1, 28))
                if i == 14:
                    sdob = date(1935, 1, 9)  # 89 on 2024-04-02: not labeled as age
            else:
                sdob = date(min(2001, dob.year + rng.randint(-5, 6)), rng.randint(1, 12), rng.randint(1, 28))
            sp = make_person(emp, "SP", sp_last, "F" if sex == "M" else "M", sdob, origin, addr)
            sp["retiree"] = retiree
            hh["members"].append(sp)
        if not retiree and dob.year < 1990:
            for k in range(rng.choice([0, 0, 1, 2, 3])):
                cdob = date(rng.randint(max(dob.year + 22, 1998), 2021), rng.randint(1, 12), rng.randint(1, 28))
                ch = make_person(emp, "CH", last, rng.choice("MF"), cdob, origin, addr)
                ch["retiree"] = False
                hh["members"].append(ch)
        # ids per employer
        if emp == "acme":
            eid = "E%07d" % rng.randint(10000, 999999)
        elif emp == "lrta":
            eid = "%06d" % rng.randint(100000, 899999)
        elif emp == "bwf":
            eid = "BW%05d" % rng.randint(10000, 99999)
        elif emp == "tess":
            eid = "T-%06d" % rng.randint(100000, 999999)
        else:
            eid = "00%05d" % rng.randint(10000, 99999)
        base = E["plan_prefix"] + digits(12 - len(E["plan_prefix"]) - 2)
        for j, m in enumerate(hh["members"]):
            m["eid"] = eid
            m["dep_seq"] = "%02d" % (j + 1)
            m["member_id"] = base + m["dep_seq"] if emp != "tess" else base
            if m.get("retiree"):
                m["member_id"] = mbi()
            m["hh"] = hh
            PEOPLE.append(m)
        HOUSEHOLDS.append(hh)


build_people()
ADULTS = [p for p in PEOPLE if age_on(p["dob"]) >= 18]
# frequently seen participants first (reuse)
PART_WEIGHTS = [max(1.0, 12.0 - 0.35 * i) for i in range(len(ADULTS))]


def person(emp=None, filt=None):
    cands = [(p, w) for p, w in zip(ADULTS, PART_WEIGHTS) if (emp is None or p["emp"] == emp) and (filt is None or filt(p))]
    ps, ws = zip(*cands)
    return wchoice(list(ps), list(ws))


def fullname(p):
    return "%s %s" % (p["first"], p["last"])


def phone_fmt(p, style=None):
    a, x, n = p["phone"]
    style = rng.randint(0, 4) if style is None else style
    return ["(%s) %s-%s" % (a, x, n), "%s-%s-%s" % (a, x, n), "+1%s%s%s" % (a, x, n), "%s.%s.%s" % (a, x, n),
            "%s%s%s" % (a, x, n)][style]


def dfmt(d, style):
    return {"iso": d.strftime("%Y-%m-%d"), "us": d.strftime("%m/%d/%Y"), "compact": d.strftime("%Y%m%d"),
            "aamva": d.strftime("%m%d%Y"), "mon": d.strftime("%d-%b-%Y").upper(), "usshort": d.strftime("%m/%d/%y")}[style]


# ----------------------------------------------------------------------------
# clock
# ----------------------------------------------------------------------------
CLOCK = [datetime(2024, 4, 2, 13, 41, 7, 112000)]
TODAY = date(2024, 4, 2)


def tick():
    CLOCK[0] += timedelta(seconds=rng.randint(2, 95), microseconds=rng.randint(0, 999999))
    return CLOCK[0]


def now():
    return CLOCK[0]


def ts_iso_z(t=None, ms=3):
    t = t or now()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%0*d" % (ms, t.microsecond // (10 ** (6 - ms))) + "Z"


def ts_py(t=None):
    t = t or now()
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def ts_local(tz, t=None):
    t = (t or now()) + timedelta(hours=tz)
    return t


def ts_syslog(t):
    return t.strftime("%b ") + "%2d" % t.day + t.strftime(" %H:%M:%S")


def epoch(t=None):
    t = t or now()
    return (t - datetime(1970, 1, 1)).total_seconds()


def pick_event(emp=None):
    return EVENTS[emp or rng.choice(EMP_KEYS)]


# ----------------------------------------------------------------------------
# families. each returns (family, segs)
# ----------------------------------------------------------------------------
KIOSK_FW = ["3.8.2", "3.8.2", "3.9.0-rc1"]


def kiosk_prefix(ev, level="INFO"):
    t = ts_local(ev["tz"])
    return "%s.%03d %-5s [kiosk-agent] [%s] " % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, level,
                                                   rng.choice(ev["kiosks"]))


def aamva_raw(p):
    """python-repr'd AAMVA DL/ID payload as the scanner SDK hands it over."""
    esc = "\\n"
    dob = p["dob"]
    iss, exp = p["dl_iss"], p["dl_exp"]
    mid = "%s" % p["mi"]
    up = lambda s: fold(s).upper()
    return L("'@", esc, "\\x1e\\rANSI ", p["iin"], "100002DL00410278ZO03190008DL",
             "DAQ", Phi(p["dl"], "license"), esc,
             "DCS", Phi(up(p["last"]), "name"), esc, "DDEN", esc,
             "DAC", Phi(up(p["first"]), "name"), esc, "DDFN", esc,
             "DAD", mid, esc, "DDGN", esc,
             "DCAD", esc, "DCBNONE", esc, "DCDNONE", esc,
             "DBD", Phi(dfmt(iss, "aamva"), "date"), esc,
             "DBB", Phi(dfmt(dob, "aamva"), "date"), esc,
             "DBA", Phi(dfmt(exp, "aamva"), "date"), esc,
             "DBC", "1" if p["sex"] == "M" else "2", esc,
             "DAU", "0%d in" % rng.randint(60, 76), esc, "DAY", rng.choice(["BRO", "BLK", "BLU", "HAZ", "GRN"]), esc,
             "DAG", Phi(up(p["street"]), "address"), esc,
             "DAI", Phi(up(p["city"]), "address"), esc,
             "DAJ", p["state"], esc,
             "DAK", Phi(p["zip"] + p["zip4"], "zip"), "  ", esc,
             "DCF", Phi(p["dl_dd"], "other_id"), esc,
             "DCGUSA", esc, "DDAF", esc, "DDB09012020", esc, "DDK1", "\\r'")


FORCE = []


def fam_kiosk(phi):
    emp = rng.choice(EMP_KEYS)
    ev = pick_event(emp)
    if not phi:
        k = rng.randint(0, 5)
        pre = kiosk_prefix(ev)
        if k == 0:
            return "kiosk-agent", L(pre, "heartbeat fw=%s event=%s queue_depth=%d battery=%d%% scanner=Honeywell 7580g sn=17293B%04d wifi_rssi=-%d" % (
                rng.choice(KIOSK_FW), ev["id"], rng.randint(0, 6), rng.randint(40, 100), rng.randint(0, 9999), rng.randint(40, 80)))
        if k == 1:
            return "kiosk-agent", L(pre, "event config loaded id=%s site=\"%s\" address=\"%s\" roster_size=%d window=07:00-15:00 screeners=%d" % (
                ev["id"], ev["site"], ev["addr"], rng.randint(80, 900), rng.randint(2, 6)))
        if k == 2:
            s = rng.choice(SCREENERS)
            return "kiosk-agent", L(pre, "screener login user=%s name=\"%s\" credential=\"%s\" station=%d" % (s[1], s[0], s[2], rng.randint(1, 6)))
        if k == 3:
            return "kiosk-agent", L(kiosk_prefix(ev, "WARN"), "pdf417 decode failed attempt=%d reason=CHECKSUM_MISMATCH frame_ms=%d glare=%.2f" % (
                rng.randint(1, 3), rng.randint(30, 240), rng.random()))
        if k == 4:
            return "kiosk-agent", L(pre, "roster sync ok event=%s delta=+%d/-%d etag=\"%s\" took=%dms" % (
                ev["id"], rng.randint(0, 12), rng.randint(0, 3), hexs(16), rng.randint(80, 900)))
        return "kiosk-agent", L(pre, "walk-in queue ticket=%s%03d est_wait=%dmin stations_open=%d" % (
            rng.choice("ABC"), rng.randint(1, 250), rng.randint(2, 25), rng.randint(1, 6)))
    p = person(emp)
    k = wchoice(range(7), [4, 3, 3, 2, 2, 1, 2])
    if FORCE:
        k = FORCE.pop()
    pre = kiosk_prefix(ev)
    if k == 0:
        return "kiosk-agent", L(pre, "pdf417 decoded iin=", p["iin"], " bytes=%d raw=" % rng.randint(280, 330), aamva_raw(p))
    if k == 1:
        return "kiosk-agent", L(pre, "checkin matched event=", ev["id"], " dl_state=", p["state"], " dl_num=", Phi(p["dl"], "license"),
                                ' name="', Phi(fold(p["last"]).upper() + ", " + fold(p["first"]).upper(), "name"), '" dob=',
                                Phi(dfmt(p["dob"], "compact"), "date"), " participant=", Phi(p["pid"], "mrn"),
                                " score=%.2f station=%d" % (rng.uniform(0.86, 1.0), rng.randint(1, 6)))
    if k == 2:
        ln = "checkin manual-entry by=%s " % rng.choice(SCREENERS)[1]
        return "kiosk-agent", L(kiosk_prefix(ev, "WARN"), ln, "reason=NO_ID_SCAN last=", Phi(p["last"], "name"), " first=",
                                Phi(p["first"], "name"), " dob=", Phi(dfmt(p["dob"], "us"), "date"), " phone=",
                                Phi(phone_fmt(p), "phone"), " -> ", Phi(p["pid"], "mrn"))
    if k == 3:
        tmpl = b64(rng.randint(380, 520), b"FTMP\x02\x00")
        return "kiosk-agent", L(pre, "face-match participant=", Phi(p["pid"], "mrn"), " model=arcface-r100-int8 v=2.4.1 template_b64=",
                                Phi(tmpl, "biometric"), " similarity=%.3f threshold=0.620 result=MATCH" % rng.uniform(0.64, 0.93))
    if k == 4:
        img = b64(rng.randint(900, 1500), b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
        return "kiosk-agent", L(kiosk_prefix(ev, "DEBUG"), "dl portrait crop participant=", Phi(p["pid"], "mrn"),
                                " w=240 h=300 jpeg_q=70 data=", Phi("data:image/jpeg;base64," + img, "photo"))
    if k == 5:
        return "kiosk-agent", L(pre, "parking validation participant=", Phi(p["pid"], "mrn"), " plate=", p["state"], ":",
                                Phi(p["plate"], "vehicle"), " garage=\"Level B\" validation_code=PV-%05d hours=3" % rng.randint(10000, 99999))
    age = age_on(p["dob"])
    return "kiosk-agent", L(pre, "consent signed participant=", Phi(p["pid"], "mrn"), " form=HIPAA-AUTH-2024v2 sig_name=\"",
                            Phi(fullname(p), "name"), "\" age=%d lang=%s sig_sha1=%s" % (age, rng.choice(["en", "es", "en", "vi"]), hexs(40)))


ANALYZERS = [("LDX", "10M%04d"), ("AFINION2", "AS2%06d"), ("PICCOLO", "0000%05d")]


def fam_poc(phi):
    emp = rng.choice(EMP_KEYS)
    ev = pick_event(emp)
    t = ts_local(ev["tz"])
    pre = "%s %s poc-bridge[%d]: " % (ts_syslog(t), ev["gw"], 2200 + EMP_KEYS.index(emp) * 7)
    an, snf = rng.choice(ANALYZERS)
    sn = snf % rng.randint(0, 9999)
    if not phi:
        k = rng.randint(0, 3)
        if k == 0:
            return "poc-bridge", L(pre, "QC level %d %s analyzer=%s sn=%s qc_lot=QC-%d TC=%d (range 150-210) HDL=%d GLU=%d operator=%s" % (
                rng.randint(1, 2), rng.choice(["PASS", "PASS", "PASS", "FAIL"]), an, sn, rng.randint(2100, 2399),
                rng.randint(150, 210), rng.randint(35, 70), rng.randint(80, 130), rng.choice(SCREENERS)[1]))
        if k == 1:
            return "poc-bridge", L(pre, "cassette lot registered lot=%s%d%s exp=%s analyzer=%s cal_code=%s" % (
                rng.choice(["", "AF-", "LX"]), rng.randint(24000, 24999), rng.choice("ABC"), date(2025, rng.randint(1, 12), 28).isoformat(), an, alnum(6)))
        if k == 2:
            return "poc-bridge", L(pre, "serial link up /dev/ttyUSB%d 9600 8N1 analyzer=%s sn=%s fw=%s" % (
                rng.randint(0, 3), an, sn, rng.choice(["4.11", "2.02.13", "3.1.0"])))
        return "poc-bridge", L(pre, "hl7 ack MSA|AA|MSG%09d| latency=%dms queue=%d" % (rng.randint(1, 999999999), rng.randint(20, 400), rng.randint(0, 12)))
    p = person(emp)
    coll = ts_local(ev["tz"]) - timedelta(minutes=rng.randint(2, 9))
    age = age_on(p["dob"])
    k = rng.randint(0, 2)
    if k < 2:
        return "poc-bridge", L(pre, "result analyzer=%s sn=%s cassette_lot=%d%s pid=" % (an, sn, rng.randint(24000, 24999), rng.choice("AB")),
                               Phi(p["pid"], "mrn"), " age=", Phi(str(age), "age") if age > 89 else str(age),
                               " sex=%s TC=%d HDL=%d TRG=%d LDL=%d GLU=%d A1c=%.1f collected=" % (
                                   p["sex"], rng.randint(130, 290), rng.randint(28, 88), rng.randint(50, 400), rng.randint(60, 210),
                                   rng.randint(70, 220), rng.uniform(4.8, 9.5)),
                               Phi(coll.strftime("%Y-%m-%dT%H:%M:%S"), "date"), " screener=%s" % rng.choice(SCREENERS)[1])
    up = lambda s: fold(s).upper()
    msh = "MSH|^~\\&|POCBRIDGE|%s|WELLCORE|WELLCORE|%s||ORU^R01|MSG%09d|P|2.5.1" % (ev["id"], now().strftime("%Y%m%d%H%M%S"), rng.randint(1, 999999999))
    return "poc-bridge", L(pre, "hl7 out len=%d msg=" % rng.randint(700, 1100), msh, "\\rPID|1||", Phi(p["pid"], "mrn"), "^^^WELLCORE^MR||",
                           Phi(up(p["last"]), "name"), "^", Phi(up(p["first"]), "name"), "||", Phi(dfmt(p["dob"], "compact"), "date"),
                           "|%s|||" % p["sex"], Phi(up(p["street"]), "address"), "^^", Phi(up(p["city"]), "address"), "^%s^" % p["state"],
                           Phi(p["zip"], "zip"), "||", Phi(phone_fmt(p, 0), "phone"),
                           "\\rOBR|1|ORD-%d||LIPID^Lipid panel POC^L|||" % rng.randint(1000000, 9999999),
                           Phi(coll.strftime("%Y%m%d%H%M%S"), "date"),
                           "\\rOBX|1|NM|2093-3^Cholesterol [Mass/volume] in Serum or Plasma^LN||%d|mg/dL|<200|N|||F" % rng.randint(140, 260))


def fam_vitals(phi):
    emp = rng.choice(EMP_KEYS)
    ev = pick_event(emp)
    s = rng.choice(SCREENERS)
    if not phi:
        d = {"ts": ts_iso_z(), "evt": "device.calibration", "eventId": ev["id"],
             "cuffSn": "OM-HEM907-%07d" % rng.randint(0, 9999999), "scaleSn": "TAN-DC430-%06d" % rng.randint(0, 999999),
             "refWeightLb": 50.0, "measuredLb": round(50 + rng.uniform(-0.3, 0.3), 1), "ok": True,
             "screener": {"name": s[0], "cred": s[2]}}
        return "tablet-vitals", jdump(d, ascii_=False)
    p = person(emp)
    h = rng.randint(59, 76)
    w = round(rng.uniform(110, 290), 1)
    d = {"ts": ts_iso_z(), "evt": "vitals.recorded", "eventId": ev["id"], "participantId": Phi(p["pid"], "mrn"),
         "sys": rng.randint(100, 168), "dia": rng.randint(60, 104), "pulse": rng.randint(52, 101), "heightIn": h,
         "weightLb": w, "bmi": round(703 * w / (h * h), 1), "waistIn": rng.randint(26, 48),
         "screener": {"name": s[0], "cred": s[2]}, "cuffSn": "OM-HEM907-%07d" % rng.randint(0, 9999999), "appVer": "tablet-4.2.7"}
    if rng.random() < 0.3:
        d["notes"] = Mix("pt states DOB ", Phi(dfmt(p["dob"], "us"), "date"), ", re-measured L arm")
    return "tablet-vitals", jdump(d, ascii_=False)


UAS = ["WellCore/5.12.0 (iPhone; iOS 17.4; Scale/3.00)", "okhttp/4.9.2", "WellCore/5.12.0 (Android 14; Pixel 7)",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15"]


def gunicorn(ip_seg, req_segs, status, size, ua, ref="-"):
    t = now()
    return L(ip_seg, " - - [", t.strftime("%d/%b/%Y:%H:%M:%S +0000"), '] "', req_segs, '" %d %d "%s" "%s"' % (status, size, ref, ua))


def fam_django_access(phi):
    if not phi:
        k = rng.randint(0, 4)
        ip = "10.%d.%d.%d" % (rng.randint(0, 60), rng.randint(0, 255), rng.randint(1, 254))
        if k == 0:
            return "gunicorn-access", gunicorn(ip, "GET /healthz HTTP/1.1", 200, 2, "kube-probe/1.28")
        if k == 1:
            ev = pick_event()
            return "gunicorn-access", gunicorn(ip, "GET /admin/events/event/%s/change/ HTTP/1.1" % ev["id"], 200, rng.randint(8000, 40000),
                                               UAS[3], "https://ops.wellcore.example/admin/events/event/")
        if k == 2:
            return "gunicorn-access", gunicorn(ip, "GET /static/app/js/main.%s.js HTTP/1.1" % hexs(8), 304, 0, UAS[4])
        if k == 3:
            return "gunicorn-access", gunicorn("172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254)),
                                               "POST /api/v2/webhooks/fitbit/ HTTP/1.1", 204, 0, "Fitbit-Subscriber/1.0")
        return "gunicorn-access", gunicorn(ip, "GET /api/v2/hra/questionnaires/HRA-2024.1/ HTTP/1.1", 200, rng.randint(20000, 90000), UAS[1])
    p = person()
    ip = Phi(p["ip"], "ip")
    k = rng.randint(0, 5)
    if k == 0:
        return "gunicorn-access", gunicorn(ip, L("GET /api/v2/participants/", Phi(p["pid"], "mrn"), "/results/?event=%s HTTP/1.1" % EVENTS[p["emp"]]["id"]),
                                           200, rng.randint(900, 4000), rng.choice(UAS[:3]))
    if k == 1:
        enc = p["email"].replace("@", "%40")
        return "gunicorn-access", gunicorn(ip, L("GET /api/v2/auth/lookup/?email=", Phi(enc, "email"), "&employer=%s HTTP/1.1" % EMPLOYERS[p["emp"]]["group"]),
                                           404 if rng.random() < .3 else 200, rng.randint(40, 300), rng.choice(UAS))
    if k == 2:
        return "gunicorn-access", gunicorn(ip, L("POST /api/v2/participants/", Phi(p["pid"], "mrn"), "/hra/submissions/ HTTP/1.1"), 201,
                                           rng.randint(100, 400), rng.choice(UAS[:3]))
    if k == 3:
        return "gunicorn-access", gunicorn(ip, "GET /api/v2/me/incentives/?year=2024 HTTP/1.1", 200, rng.randint(300, 1500), rng.choice(UAS[:3]))
    if k == 4:
        return "gunicorn-access", gunicorn(ip, L("GET /api/v2/participants/", Phi(p["pid"], "mrn"), "/physician-forms/PFR-2024-%06d/download/ HTTP/1.1" % rng.randint(1, 40000)),
                                           302, 0, rng.choice(UAS[3:]), "https://my.wellcore.example/results")
    return "gunicorn-access", gunicorn(ip, "POST /api/v2/devices/connect/garmin/callback/?oauth_token=%s&oauth_verifier=%s HTTP/1.1" % (uuid4(), alnum(10)),
                                       302, 0, rng.choice(UAS[:3]))


def dj(level, logger, lineno):
    return "[%s] %s [%s:%d] " % (ts_py(), level, logger, lineno)


def fam_django_app(phi):
    if not phi:
        k = rng.randint(0, 6)
        if k == 0:
            return "django-app", L(dj("INFO", "django.db.backends.schema", 112), "Applying %s... OK" % rng.choice([
                "results.0047_alter_biometricresult_a1c_precision", "hra.0031_question_hra24_q117_branch", "events.0019_event_kiosk_count",
                "rewards.0012_giftcard_vendor_sku", "wearables.0022_devicelink_firmware_version"]))
        if k == 1:
            return "django-app", L(dj("WARNING", "django.security.DisallowedHost", 128), "Invalid HTTP_HOST header: '%d.%d.%d.%d:8000'. You may need to add '%d.%d.%d.%d' to ALLOWED_HOSTS." % ((10, 42, 7, 19) * 2))
        if k == 2:
            return "django-app", L(dj("INFO", "notifications.email", 63), "Rendered template results_ready_v3 lang=en from=noreply@wellcore.example reply_to=support@wellcore.example logo=data:image/png;base64,%s" % b64(90, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
        if k == 3:
            ek = rng.choice(EMP_KEYS)
            ev = pick_event(ek)
            return "django-app", L(dj("INFO", "events.roster", 201), "Roster published event=%s employer_group=%s slots=%d site=\"%s, %s\" contact=screening-ops@wellcore.example (800) 555-0199" % (
                ev["id"], EMPLOYERS[ek]["group"], rng.randint(100, 600), ev["site"], ev["addr"]))
        if k == 4:
            return "django-app", L(dj("ERROR", "django.request", 241), "Internal Server Error: /api/v2/events/%s/summary/ (request_id=%s) OperationalError: could not connect to server: Connection refused Is the server running on host \"pg-primary.internal\" (10.40.2.11) and accepting TCP/IP connections on port 5432?" % (pick_event()["id"], uuid4()))
        if k == 5:
            return "django-app", L(dj("INFO", "results.sync", 88), "Batch %s: %d results committed, %d pending physician review, duration=%.2fs" % (uuid4()[:8], rng.randint(20, 300), rng.randint(0, 15), rng.uniform(0.5, 9)))
        return "django-app", L(dj("DEBUG", "cache", 40), "redis GET incentive:rules:%s:2024 hit ttl=%d" % (EMPLOYERS[rng.choice(EMP_KEYS)]["group"], rng.randint(10, 3600)))
    p = person()
    k = rng.randint(0, 5)
    if k == 0:
        q = person(p["emp"])
        return "django-app", L(dj("WARNING", "results.matching", 142), 'Participant match ambiguous for "', Phi(fullname(p), "name"), '" dob=',
                               Phi(dfmt(p["dob"], "iso"), "date"), " employer_group=%s candidates=['" % EMPLOYERS[p["emp"]]["group"],
                               Phi(p["pid"], "mrn"), "', '", Phi(q["pid"], "mrn"), "']")
    if k == 1:
        return "django-app", L(dj("INFO", "notifications.email", 71), "Sent results_ready_v3 to ", Phi(p["email"], "email"),
                               " via ses message_id=0100018e%s-%s-000000 from=noreply@wellcore.example" % (hexs(8), uuid4()))
    if k == 2:
        return "django-app", L(dj("ERROR", "django.request", 241), "Internal Server Error: /api/v2/participants/", Phi(p["pid"], "mrn"),
                               "/hra/ (request_id=%s) KeyError: 'HRA24_Q0%d'" % (uuid4(), rng.randint(10, 99)))
    if k == 3:
        return "django-app", L(dj("INFO", "accounts.signup", 54), "Registration completed participant=", Phi(p["pid"], "mrn"), " username=",
                               Phi(p["username"], "other_id"), " employer_group=%s eligibility=MATCHED via (last_name, dob, zip)=('" % EMPLOYERS[p["emp"]]["group"],
                               Phi(p["last"], "name"), "', '", Phi(dfmt(p["dob"], "iso"), "date"), "', '", Phi(p["zip"], "zip"), "')")
    if k == 4:
        return "django-app", L(dj("WARNING", "accounts.profile", 97), "Address change participant=", Phi(p["pid"], "mrn"), ' new="',
                               Phi(p["street"], "address"), ", ", Phi(p["city"], "address"), ", %s " % p["state"], Phi(p["zip"], "zip"),
                               '" source=app verified=false')
    if k == 5 and rng.random() < 0.45:
        return "django-app", L(dj("INFO", "rewards.badges", 112), "public badge page published participant=", Phi(p["pid"], "mrn"), " url=",
                               Phi("https://my.wellcore.example/u/" + p["slug"] + "/badges/2024-biometric", "url"), " visibility=public og_image=https://cdn.wellcore.example/badges/biometric-2024.png")
    return "django-app", L(dj("INFO", "notifications.sms", 66), "Twilio SMS queued to=", Phi("+1" + "".join(p["phone"]), "phone"),
                           " from=+18005550199 sid=SM%s template=screening_reminder" % hexs(32))


def fam_physician_form(phi):
    emp = rng.choice(EMP_KEYS)
    doc, clinic, dphone, dfax = PHYS_BY_EMP[emp]
    if not phi:
        k = rng.randint(0, 3)
        if k == 0:
            return "physician-form", L(dj("INFO", "forms.queue", 33), "physician_forms queue depth=%d oldest_age=%dh reviewers_online=%d sla_breach=%d" % (
                rng.randint(0, 300), rng.randint(1, 96), rng.randint(1, 6), rng.randint(0, 9)))
        if k == 1:
            return "physician-form", L(dj("INFO", "forms.ocr", 41), "textract job %s finished pages=%d status=SUCCEEDED model=forms-v3 s3=s3://wc-prod-physician-forms/2024/04/02/%s.pdf" % (
                hexs(64)[:36], rng.randint(1, 4), uuid4()))
        if k == 2:
            return "physician-form", L(dj("INFO", "forms.fax", 19), 'inbound fax matched clinic "%s" fax=%s phone=%s npi=%s pages=%d' % (
                clinic, dfax, dphone, npi(), rng.randint(1, 3)))
        return "physician-form", L(dj("WARNING", "forms.validation", 77), "form template PF-2024-%s missing signature block on page 2; physician=\"%s\" DEA %s" % (
            rng.choice(["A", "B"]), doc, dea("B" + doc.split()[1][0])))
    p = person(emp)
    exam = TODAY - timedelta(days=rng.randint(5, 70))
    pfr = "PFR-2024-%06d" % rng.randint(1, 40000)
    k = rng.randint(0, 3)
    if k == 0:
        fn = L(Phi(fold(p["last"]).replace(" ", ""), "name"), "_", Phi(fold(p["first"]).replace(" ", ""), "name"), "_physician_form_",
               Phi(exam.strftime("%m%d%Y"), "date"), ".pdf")
        return "physician-form", L(dj("INFO", "uploads.views", 88), "physician form uploaded pfr_id=%s participant=" % pfr, Phi(p["pid"], "mrn"),
                                   ' filename="', fn, '" content_type=application/pdf size=%d pages=%d sha256=%s' % (rng.randint(80000, 900000), rng.randint(1, 3), hexs(64)))
    if k == 1:
        return "physician-form", L(dj("INFO", "forms.ocr", 57), "extracted pfr_id=%s patient_name=\"" % pfr, Phi("%s %s. %s" % (p["first"], p["mi"], p["last"]), "name"),
                                   '" patient_dob="', Phi(dfmt(p["dob"], "us"), "date"), '" exam_date="', Phi(dfmt(exam, "us"), "date"),
                                   '" physician="%s" npi=%s office_phone="%s" office_fax="%s" a1c=%.1f ldl=%d bp="%d/%d" confidence=%.2f' % (
                                       doc, npi(), dphone, dfax, rng.uniform(4.8, 9.0), rng.randint(60, 200), rng.randint(100, 160), rng.randint(60, 100), rng.uniform(0.7, 0.99)))
    if k == 2:
        return "physician-form", L(dj("WARNING", "forms.validation", 102), "pfr_id=%s rejected: DOB mismatch form=" % pfr,
                                   Phi(dfmt(p["dob"] + timedelta(days=rng.choice([31, -31, 365])), "us"), "date"), " roster=",
                                   Phi(dfmt(p["dob"], "iso"), "date"), " participant=", Phi(p["pid"], "mrn"), " reviewer=%s" % rng.choice(SCREENERS)[1])
    # fax from participant's own machine
    fx = "%s 555 %s" % (p["phone"][0], "%04d" % rng.randint(100, 199))
    return "physician-form", L(dj("INFO", "forms.fax", 24), 'inbound fax from "', Phi(fx, "fax"), '" csid="', Phi(fold(p["last"]).upper(), "name"),
                               ' HOME" pages=%d matched participant=' % rng.randint(1, 3), Phi(p["pid"], "mrn"), " via cover sheet")


HRA_Q = ["HRA24_Q003", "HRA24_Q011", "HRA24_Q017", "HRA24_Q023", "HRA24_Q031", "HRA24_Q042", "HRA24_Q058", "HRA24_Q071", "HRA24_Q090", "HRA24_Q117"]


def fam_hra(phi):
    if not phi:
        k = rng.randint(0, 2)
        if k == 0:
            d = {"timestamp": ts_iso_z(), "level": "INFO", "logger": "hra.config", "message": "questionnaire loaded",
                 "hra_version": "HRA-2024.1", "questions": 118, "branches": 44, "locales": ["en", "es", "vi", "zh-Hans"], "sha": hexs(12)}
        elif k == 1:
            d = {"timestamp": ts_iso_z(), "level": "WARNING", "logger": "hra.validate", "message": "answer out of range",
                 "submission_id": "hra_sub_" + hexs(12), "question_id": rng.choice(HRA_Q), "value": rng.randint(11, 40), "max": 10}
        else:
            d = {"timestamp": ts_iso_z(), "level": "INFO", "logger": "hra.scoring", "message": "scoring batch complete",
                 "employer_group": EMPLOYERS[rng.choice(EMP_KEYS)]["group"], "scored": rng.randint(10, 500), "mean_score": round(rng.uniform(55, 80), 1)}
        return "hra-json", jdump(d)
    p = person()
    age = age_on(p["dob"])
    ans = {"HRA24_Q003": str(rng.randint(1, 5)), "HRA24_Q011": rng.sample(["walking", "cycling", "swimming", "yoga", "none"], 2),
           "HRA24_Q017": rng.choice(["never", "former", "current", "vape"]), "HRA24_Q023": "%d-%d drinks/wk" % ((lambda a: (a, a + 3))(rng.randint(0, 10)))}
    k = rng.randint(0, 3)
    if k == 0:
        ans["HRA24_Q042_dob_confirm"] = Phi(dfmt(p["dob"], "iso"), "date")
    elif k == 1:
        fam = rng.choice(["father", "mother", "brother", "sister"])
        ans["HRA24_Q090_family_hx_text"] = Mix("my %s " % fam, Phi(rng.choice(ORIGINS[p["origin"]][0 if fam in ("father", "brother") else 1]) + " " + p["last"], "name"),
                                               " had a stroke at %d" % rng.randint(45, 80))
    elif k == 2:
        others = [m for m in p["hh"]["members"] if m is not p]
        ec = others[0] if others else person(p["emp"], filt=lambda m: m is not p)
        ans["HRA24_Q071_emergency_contact"] = Mix(Phi(fullname(ec), "name"), " ", Phi(phone_fmt(ec, 1), "phone"))
    else:
        ans["HRA24_Q117_sleep_hrs"] = rng.randint(4, 9)
    d = {"timestamp": ts_iso_z(), "level": "INFO", "logger": "hra.submit", "message": "HRA submitted",
         "participant_id": Phi(p["pid"], "mrn"), "hra_version": "HRA-2024.1", "lang": "en"}
    if age > 89:
        d["age"] = Phi(str(age), "age", num=True)
    else:
        d["age"] = age
    d["answers"] = ans
    d["risk_score"] = rng.randint(10, 90)
    return "hra-json", jdump(d, ascii_=rng.random() < 0.6)


def logfmt_prefix(level, msg):
    return L(lf("time", now().strftime("%Y-%m-%dT%H:%M:%SZ")), " ", lf("level", level), " ", lf("msg", msg))


def fam_employer(phi):
    emp = rng.choice(EMP_KEYS)
    E = EMPLOYERS[emp]
    if not phi:
        k = rng.randint(0, 3)
        if k == 0:
            n = rng.randint(50, 900)
            return "employer-sync", L(logfmt_prefix("info", "batch sent"), " ", lf("employer", emp), " ", lf("platform", E["platform"]), " ",
                                      lf("group", E["group"]), " records=%d accepted=%d rejected=%d http_status=207 duration_ms=%d" % (n, n - 2, 2, rng.randint(300, 4000)))
        if k == 1:
            return "employer-sync", L(logfmt_prefix("warn", "phi_guard stripped fields"), " ", lf("employer", emp), " ",
                                      lf("fields", "a1c,ldl,hdl,glucose,bmi,bp_sys,bp_dia,hra_answers"), " records=%d policy=participation-only-v2" % rng.randint(50, 900))
        if k == 2:
            return "employer-sync", L(logfmt_prefix("info", "token refreshed"), " ", lf("platform", E["platform"]), " ",
                                      lf("client_id", "wellcore-" + emp), " expires_in=3600 endpoint=https://api.%s.example/oauth2/token" % E["platform"])
        return "employer-sync", L(logfmt_prefix("error", "upstream timeout"), " ", lf("platform", E["platform"]), " ",
                                  lf("url", "https://api.%s.example/v3/groups/%s/wellness-status" % (E["platform"], E["group"])), " attempt=%d retry_in=%ds" % (rng.randint(1, 5), rng.choice([30, 60, 120])))
    p = person(emp)
    k = rng.randint(0, 2)
    status = rng.choice(["COMPLETE", "COMPLETE", "PARTIAL", "NOT_STARTED"])
    if k == 0:
        return "employer-sync", L(logfmt_prefix("info", "posting participation status"), " ", lf("employer", emp), " ", lf("group", E["group"]),
                                  " ", lf("employee_id", Phi(p["eid"], "other_id")), " ", lf("relationship", p["role"]), " ",
                                  lf("dependent_seq", p["dep_seq"]), " program_year=2024 ", lf("status", status),
                                  " ", lf("discount_tier", rng.choice(["TIER_1", "TIER_2", "NONE"])), " premium_discount_usd=%d" % rng.choice([0, 300, 600, 900]))
    if k == 1:
        body = {"groupNumber": E["group"], "employeeId": Phi(p["eid"], "other_id"), "relationshipCode": p["role"],
                "programYear": 2024, "wellnessStatus": status, "completedOn": Phi(dfmt(TODAY, "iso"), "date") if status == "COMPLETE" else None}
        return "employer-sync", L(logfmt_prefix("debug", "request body"), " ", lf("platform", E["platform"]), " ", lf("body", Mix(*jdump(body))))
    return "employer-sync", L(logfmt_prefix("error", "phi_guard blocked outbound field"), " ", lf("field", "a1c"), " ", lf("value", "%.1f" % rng.uniform(5.7, 9.8)),
                              " ", lf("employee_id", Phi(p["eid"], "other_id")), " ", lf("employer", emp), " ", lf("rule", "participation-only-v2"))


def structlog_prefix(level, event):
    return "%s [%-9s] %-30s " % (now().strftime("%Y-%m-%d %H:%M:%S"), level, event)


def fam_coaching(phi):
    c = rng.choice(COACHES)
    if not phi:
        k = rng.randint(0, 2)
        if k == 0:
            return "coaching-structlog", L(structlog_prefix("info", "coach_slots_published"), "coach_id=%s coach='%s, %s' week=2024-W%d slots=%d tz=America/Chicago" % (
                c[2], c[0], c[1], rng.randint(14, 17), rng.randint(8, 30)))
        if k == 1:
            return "coaching-structlog", L(structlog_prefix("warning", "zoom_webhook_retry"), "meeting_id=%d attempt=%d coach_email=%s status=502" % (
                rng.randint(80000000000, 99999999999), rng.randint(1, 4), c[3]))
        return "coaching-structlog", L(structlog_prefix("info", "session_template_updated"), "template=T2D-prevention-v5 sessions=12 author=%s" % c[3])
    p = person()
    hh = p["hh"]["members"]
    other = [m for m in hh if m is not p]
    fu = TODAY + timedelta(days=rng.randint(7, 28))
    k = rng.randint(0, 3)
    if k == 0:
        note = [Phi(p["first"], "name"), " walking %dx/wk, A1c %.1f -> goal %.1f." % (rng.randint(1, 5), rng.uniform(5.7, 7.5), 5.6)]
        if other:
            o = other[0]
            if {p["role"], o["role"]} == {"EE", "SP"}:
                rel = "Wife" if o["sex"] == "F" else "Husband"
            elif o["role"] == "CH":
                rel = "Daughter" if o["sex"] == "F" else "Son"
            else:
                rel = "Mother" if o["sex"] == "F" else "Father"
            note += [" %s " % rel, Phi(o["first"], "name"), rng.choice([" to enroll.", " also screening.", " supportive."])]
        note += [" F/u ", Phi(dfmt(fu, "iso"), "date"), " %02d:%s." % (rng.randint(8, 17), rng.choice(["00", "30"]))]
        n = Mix(*seg(note))
        txt = L(esc_segs(n.segs, lambda t: t.replace("'", "\\'")))
        return "coaching-structlog", L(structlog_prefix("info", "session_note_saved"), "coach='%s, %s' participant_id=" % (c[0], c[1]),
                                       Phi(p["pid"], "mrn"), " session_id=CS-%d duration_min=%d note='" % (rng.randint(10000, 99999), rng.choice([20, 30, 45])),
                                       txt, "'")
    if k == 1:
        return "coaching-structlog", L(structlog_prefix("info", "appointment_booked"), "participant_id=", Phi(p["pid"], "mrn"), " coach_id=%s appt_date=" % c[2],
                                       Phi(dfmt(fu, "iso"), "date"), " appt_time=%02d:%s channel=%s callback=" % (rng.randint(8, 17), rng.choice(["00", "30"]), rng.choice(["phone", "video"])),
                                       Phi(phone_fmt(p, 1), "phone"))
    if k == 2:
        if rng.random() < 0.5:
            url = "https://www.strava.com/athletes/%s%s" % (fold(p["first"]).lower().replace(" ", ""), fold(p["last"]).lower().replace("'", "").replace(" ", "")[:6])
        else:
            url = "https://www.myfitnesspal.com/food/diary/%s" % p["username"]
        return "coaching-structlog", L(structlog_prefix("info", "external_link_added"), "participant_id=", Phi(p["pid"], "mrn"), " coach_id=%s kind=activity_profile url=" % c[2],
                                       Phi(url, "url"))
    case = "CM-%d-%05d" % (2024, rng.randint(1, 99999))
    return "coaching-structlog", L(structlog_prefix("warning", "escalation_opened"), "case_no=", Phi(case, "other_id"), " participant_id=", Phi(p["pid"], "mrn"),
                                   " reason=critical_value glucose=%d coach='%s' nurse_line=(800) 555-0188" % (rng.randint(300, 450), c[0]))


def zap(level, caller, msg, fields):
    d = {"level": level, "ts": round(epoch(), 4), "caller": caller, "msg": msg}
    d.update(fields)
    return jdump(d)


def fam_wearable(phi):
    if not phi:
        k = rng.randint(0, 3)
        if k == 0:
            return "wearable-zap", zap("info", "webhook/handler.go:88", "webhook batch", {"provider": rng.choice(["fitbit", "garmin", "omron"]),
                                                                                    "notifications": rng.randint(1, 400), "dedup": rng.randint(0, 20), "latency_ms": rng.randint(3, 300)})
        if k == 1:
            return "wearable-zap", zap("warn", "fitbit/client.go:141", "rate limited", {"endpoint": "https://api.fitbit.com/1/user/-/activities/date/today.json",
                                                                                       "status": 429, "retry_after_s": rng.randint(60, 3600), "client": "23RQ7K"})
        if k == 2:
            return "wearable-zap", zap("info", "garmin/backfill.go:57", "backfill window scheduled", {"summary_type": "dailies", "window_days": 7,
                                                                                                     "jobs": rng.randint(10, 300), "worker": "sync-%d" % rng.randint(0, 5)})
        return "wearable-zap", zap("debug", "firmware/catalog.go:33", "firmware catalog refreshed", {"vendor": "Omron", "model": "BP7450",
                                                                                                    "latest": "1.%d.%d" % (rng.randint(0, 9), rng.randint(0, 30)), "min_supported": "1.2.0"})
    p = person()
    prov = p["dev"]
    if prov == "fitbit":
        f = {"provider": "fitbit", "owner_id": Phi(p["fitbit_uid"], "other_id"), "participant": Phi(p["pid"], "mrn"),
             "device": {"id": Phi(p["dev_id"], "device"), "deviceVersion": p["fitbit_model"], "type": "TRACKER",
                        "battery": "High", "batteryLevel": rng.randint(20, 100), "lastSyncTime": now().strftime("%Y-%m-%dT%H:%M:%S.000"),
                        "mac": Phi(p["mac"].replace(":", ""), "device")},
             "steps": rng.randint(800, 18000), "resting_hr": rng.randint(48, 88)}
        return "wearable-zap", zap("info", "fitbit/sync.go:212", "device sync complete", f)
    if prov == "garmin":
        f = {"provider": "garmin", "participant": Phi(p["pid"], "mrn"), "summaryId": "x%s-%d" % (hexs(7), int(epoch()) - 86400),
             "deviceName": p["garmin_model"], "unitId": Phi(p["dev_id"], "device", num=True),
             "firmware": "%d.%02d" % (rng.randint(15, 22), rng.randint(0, 30)), "steps": rng.randint(800, 18000),
             "avgStressLevel": rng.randint(10, 60)}
        return "wearable-zap", zap("info", "garmin/push.go:96", "dailies ingested", f)
    if prov == "apple":
        f = {"provider": "healthkit", "participant": Phi(p["pid"], "mrn"),
             "source": {"name": Mix(Phi(p["first"], "name"), "\u2019s Apple\u00a0Watch"), "bundleId": "com.apple.health",
                        "productType": p["watch_hw"], "osVersion": "10.%d.%d" % (rng.randint(0, 4), rng.randint(0, 2))},
             "samples": {"HKQuantityTypeIdentifierStepCount": rng.randint(200, 3000), "HKQuantityTypeIdentifierHeartRate": rng.randint(10, 200)},
             "anchor": rng.randint(100000, 999999)}
        d = {"level": "info", "ts": round(epoch(), 4), "caller": "healthkit/upload.go:74", "msg": "healthkit batch accepted"}
        d.update(f)
        return "wearable-zap", jdump(d, ascii_=False)
    f = {"provider": "omron", "participant": Phi(p["pid"], "mrn"), "serialNumber": Phi(p["omron_sn"], "device"), "model": "BP7450",
         "fw": "1.%d.%d" % (rng.randint(2, 9), rng.randint(0, 30)), "ble_addr": Phi(p["mac"], "device"),
         "readings": rng.randint(1, 14), "irregular_hb": rng.random() < 0.1}
    return "wearable-zap", zap("info", "omron/connect.go:130", "bp readings synced", f)


def celery_pre(level, proc):
    return "[%s: %s/%s] " % (ts_py(), level, proc)


def fam_celery(phi):
    tid = uuid4()
    w = "ForkPoolWorker-%d" % rng.randint(1, 8)
    if not phi:
        k = rng.randint(0, 4)
        if k == 0:
            return "celery-worker", L(celery_pre("INFO", "MainProcess"), "Task %s[%s] received" % (rng.choice(
                ["wellness.tasks.notify_results_ready", "elig.tasks.import_file", "rewards.tasks.issue_reward", "wearables.tasks.pull_dailies"]), tid))
        if k == 1:
            return "celery-worker", L(celery_pre("INFO", "Beat"), "Scheduler: Sending due task %s (%s)" % rng.choice(
                [("nightly-elig-import", "elig.tasks.import_all"), ("push-employer-status", "employer.tasks.push_status"), ("snowflake-export", "warehouse.tasks.export_daily")]))
        if k == 2:
            return "celery-worker", L(celery_pre("INFO", w), "Task elig.tasks.import_file[%s] succeeded in %.3fs: {'file': '%s', 'rows': %d, 'errors': %d}" % (
                tid, rng.uniform(5, 90), EMPLOYERS[rng.choice(EMP_KEYS)]["file"], rng.randint(500, 20000), rng.randint(0, 9)))
        if k == 3:
            return "celery-worker", L(celery_pre("WARNING", "MainProcess"), "consumer: Connection to broker lost. Trying to re-establish the connection... amqp://wellcore@rabbitmq.prod.svc:5672//")
        return "celery-worker", L(celery_pre("INFO", w), "Task rewards.tasks.reconcile[%s] succeeded in %.3fs: {'issued': %d, 'failed': %d, 'vendor': 'tango'}" % (
            tid, rng.uniform(0.2, 20), rng.randint(0, 200), rng.randint(0, 3)))
    p = person()
    k = rng.randint(0, 3)
    if k == 0:
        res = {"participant_id": Phi(p["pid"], "mrn"), "channel": "sms", "to": Phi("+1" + "".join(p["phone"]), "phone"), "template": "results_ready_v3", "segments": 1}
        return "celery-worker", L(celery_pre("INFO", w), "Task wellness.tasks.notify_results_ready[%s] succeeded in %.3fs: " % (tid, rng.uniform(0.05, 2)), pyrepr(res))
    if k == 1:
        return "celery-worker", L(celery_pre("WARNING", w), "Task notifications.tasks.send_email[%s] retry: Retry in 60s: SMTPRecipientsRefused({" % tid,
                                  pyrepr(Phi(p["email"], "email")), ": (550, b'5.1.1 User unknown')})")
    if k == 2:
        args = (Phi(p["pid"], "mrn"), EVENTS[p["emp"]]["id"])
        kw = {"employee_id": Phi(p["eid"], "other_id"), "force": False}
        return "celery-worker", L(celery_pre("ERROR", w), "Task employer.tasks.push_status[%s] raised unexpected: HTTPError('409 Conflict') args=" % tid,
                                  pyrepr(args), " kwargs=", pyrepr(kw))
    return "celery-worker", L(celery_pre("INFO", w), "Task kits.tasks.create_label[%s] succeeded in %.3fs: " % (tid, rng.uniform(0.3, 3)),
                              pyrepr({"kit_id": Phi("HK-A1C-" + alnum(6), "other_id"), "ship_to": Phi(fullname(p), "name"),
                                      "zip": Phi(p["zip"], "zip"), "tracking": "1Z999AA1%010d" % rng.randint(0, 10 ** 10 - 1), "lot": "AF-%d" % rng.randint(24000, 24999)}))


def fam_sentry(phi):
    ev_id = hexs(32)
    crumbs = [{"timestamp": round(epoch() - rng.uniform(5, 60), 3), "type": "navigation", "category": "navigation",
               "data": {"from": rng.choice(["Home", "Results", "Rewards"]), "to": rng.choice(["A1cDetail", "HraStep", "DevicesScreen"])}, "level": "info"}]
    base = {"event_id": ev_id, "platform": "javascript", "level": "error",
            "sdk": {"name": "sentry.javascript.react-native", "version": "5.19.1"},
            "release": "com.wellcore.app@5.12.0+1442", "environment": "production"}
    if not phi:
        crumbs.append({"timestamp": round(epoch() - rng.uniform(1, 5), 3), "type": "http", "category": "xhr",
                       "data": {"method": "GET", "url": "https://api.wellcore.example/api/v2/hra/questionnaires/HRA-2024.1/", "status_code": rng.choice([200, 500, 503])}, "level": "info"})
        base["exception"] = {"values": [{"type": "TypeError", "value": "undefined is not an object (evaluating 'q.options.length')"}]}
        base["breadcrumbs"] = crumbs
        base["contexts"] = {"device": {"model": "iPhone14,5", "family": "iOS"}, "os": {"name": "iOS", "version": "17.4"}}
        return "sentry-rn", jdump(base)
    p = person()
    k = rng.randint(0, 2)
    crumbs.append({"timestamp": round(epoch() - rng.uniform(1, 5), 3), "type": "http", "category": "xhr",
                   "data": {"method": "GET", "url": Mix("https://api.wellcore.example/api/v2/participants/", Phi(p["pid"], "mrn"), "/results/"), "status_code": 500}, "level": "error"})
    if k == 1:
        crumbs.append({"timestamp": round(epoch() - rng.uniform(0.1, 1), 3), "category": "console", "level": "log",
                       "message": Mix("prefill profile dob=", Phi(dfmt(p["dob"], "iso"), "date"), " zip=", Phi(p["zip"], "zip"))})
    base["breadcrumbs"] = crumbs
    user = {"id": Phi(p["pid"], "mrn")}
    if k != 2:
        user["email"] = Phi(p["email"], "email")
    user["ip_address"] = Phi(p["ip"], "ip")
    base["user"] = user
    base["exception"] = {"values": [{"type": "Error", "value": "Request failed with status code 500"}]}
    base["contexts"] = {"device": {"model": rng.choice(["iPhone14,5", "SM-S911U", "Pixel 7"]), "family": "mobile"}, "app": {"app_build": "1442"}}
    return "sentry-rn", jdump(base)


def fam_sftp(phi):
    emp = rng.choice(EMP_KEYS)
    E = EMPLOYERS[emp]
    t = now()
    pid = rng.randint(10000, 40000)
    pre = "%s sftp-01 " % ts_syslog(t)
    k = rng.randint(0, 4)
    if k == 0:
        return "sftp-syslog", L(pre, "sshd[%d]: Accepted publickey for %s from %s port %d ssh2: ED25519 SHA256:%s" % (
            pid, E["sftp_user"], E["sftp_ip"], rng.randint(30000, 65000), b64(32)[:43]))
    if k == 1:
        return "sftp-syslog", L(pre, "internal-sftp[%d]: session opened for local user %s from [%s]" % (pid, E["sftp_user"], E["sftp_ip"]))
    if k == 2:
        return "sftp-syslog", L(pre, 'internal-sftp[%d]: open "/inbound/%s" flags WRITE,CREATE,TRUNCATE mode 0640' % (pid, E["file"]))
    if k == 3:
        return "sftp-syslog", L(pre, 'internal-sftp[%d]: close "/inbound/%s" bytes read 0 written %d' % (pid, E["file"], rng.randint(100000, 9000000)))
    return "sftp-syslog", L(pre, "sshd[%d]: Invalid user admin from 45.%d.%d.%d port %d" % (pid, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254), rng.randint(30000, 65000)))


def fixed_rec(p):
    up = lambda s: fold(s).upper()
    f = lambda s, n: s[:n].ljust(n)
    rel = {"EE": "EE", "SP": "SP", "CH": "CH"}[p["role"]]
    return L(Phi(p["eid"], "other_id"), " " * (10 - len(p["eid"])), rel, Phi(p["ssn"].replace("-", ""), "ssn"),
             Phi(up(p["last"])[:20], "name"), " " * (20 - len(up(p["last"])[:20])),
             Phi(up(p["first"])[:15], "name"), " " * (15 - len(up(p["first"])[:15])),
             p["mi"], Phi(dfmt(p["dob"], "compact"), "date"), p["sex"],
             Phi(up(p["street"])[:30], "address"), " " * (30 - len(up(p["street"])[:30])),
             Phi(up(p["city"])[:18], "address"), " " * (18 - len(up(p["city"])[:18])),
             p["state"], Phi(p["zip"] + p["zip4"], "zip"), " ",
             Phi("".join(p["phone"]), "phone"), Phi(p["member_id"], "health_plan"), " " * (14 - len(p["member_id"])), "A", "20240101")


def csv_rec(p, delim=","):
    def q(v):
        segs = seg(v)
        full = "".join(t for t, _ in segs)
        if delim in full or '"' in full:
            return [('"', None)] + esc_segs(segs, lambda t: t.replace('"', '""')) + [('"', None)]
        return segs
    age = age_on(p["dob"])
    fields = [Phi(p["eid"], "other_id"), Phi(p["ssn"], "ssn"), Phi(p["last"], "name"), Phi(p["first"], "name"), p["mi"],
              Phi(dfmt(p["dob"], "iso" if delim == "," else "us"), "date"),
              Phi(str(age), "age") if age > 89 else str(age), p["sex"], p["role"],
              Phi(p["street"], "address"), Phi(p["city"], "address"), p["state"], Phi(p["zip"], "zip"),
              Phi(phone_fmt(p, 1), "phone"), Phi(p["email"], "email"), Phi(p["member_id"], "health_plan"), EMPLOYERS[p["emp"]]["group"]]
    out = []
    for i, f in enumerate(fields):
        if i:
            out.append((delim, None))
        out += q(f)
    return out


def fam_elig(phi):
    emp = rng.choice(EMP_KEYS)
    E = EMPLOYERS[emp]
    lg = "elig.parser.%s" % E["fmt"]
    if not phi:
        k = rng.randint(0, 3)
        if k == 0:
            subs, deps = rng.randint(1000, 11000), rng.randint(500, 9000)
            return "elig-parser", L("%s INFO elig.load employer=%s group=%s file=%s records=%d subscribers=%d dependents=%d adds=%d terms=%d changes=%d errors=%d elapsed=%.1fs" % (
                ts_py(), emp, E["group"], E["file"], subs + deps, subs, deps,
                rng.randint(0, 200), rng.randint(0, 80), rng.randint(0, 400), rng.randint(0, 9), rng.uniform(3, 60)))
        if k == 1:
            return "elig-parser", L("%s INFO %s header ok file=%s layout=%s record_len=%s trailer_count=%d checksum=%s" % (
                ts_py(), lg, E["file"], "WC-ELIG-FW-v3" if E["fmt"] == "fixed" else "WC-ELIG-CSV-v2", "171" if E["fmt"] == "fixed" else "var",
                rng.randint(2000, 20000), hexs(8)))
        if k == 2:
            return "elig-parser", L("%s WARNING elig.diff termination spike employer=%s group=%s terms=%d threshold=%d action=HOLD_FOR_REVIEW ticket=OPS-%d" % (
                ts_py(), emp, E["group"], rng.randint(200, 900), 150, rng.randint(1000, 9999)))
        return "elig-parser", L("%s INFO elig.pgp decrypted %s.pgp key=0x%s size=%d" % (ts_py(), E["file"], hexs(16).upper(), rng.randint(100000, 9000000)))
    p = rng.choice([m for m in PEOPLE if m["emp"] == emp])
    lineno = rng.randint(2, 20000)
    if E["fmt"] == "fixed":
        reason = rng.choice(["invalid RELCODE", "COVERAGE_END before COVERAGE_START", "duplicate subscriber key", "unknown PLAN_CODE 'HDHP3'"])
        return "elig-parser", L("%s ERROR %s %s line %d: %s rec='" % (ts_py(), lg, E["file"], lineno, reason), fixed_rec(p), "'")
    delim = "," if E["fmt"] == "csv" else "|"
    reason = rng.choice(["ZIP failed validation", "email domain MX lookup failed", "missing coverage tier"] +
                        (["dependent older than subscriber"] if p["role"] != "EE" else ["duplicate SSN within group"]))
    return "elig-parser", L("%s WARNING %s %s row %d: %s; raw=" % (ts_py(), lg, E["file"], lineno, reason), csv_rec(p, delim))


def af_pre(mod, line, level="INFO"):
    return "[%s] {%s:%d} %s - " % (now().strftime("%Y-%m-%d, %H:%M:%S UTC"), mod, line, level)


def sqlq(s):
    return s.replace("'", "''")


def fam_snowflake(phi):
    emp = rng.choice(EMP_KEYS)
    E = EMPLOYERS[emp]
    tbl = "RAW.ELIGIBILITY.%s_MEMBERS" % emp.upper()
    if not phi:
        k = rng.randint(0, 4)
        if k == 0:
            return "airflow-snowflake", L(af_pre("cursor.py", 1028), "query: [COPY INTO %s FROM @RAW.ELIGIBILITY.SFTP_STAGE/%s/2024-04-01/ FILE_FORMAT = (FORMAT_NAME = 'RAW.ELIGIBILITY...]" % (tbl, emp))
        if k == 1:
            return "airflow-snowflake", L(af_pre("cursor.py", 1041), "query execution done")
        if k == 2:
            n = rng.randint(1000, 20000)
            return "airflow-snowflake", L(af_pre("copy.py", 88), "file=%s/2024-04-01/%s.gz status=LOADED rows_parsed=%d rows_loaded=%d errors_seen=0 query_id=01b3%s-0000-%s" % (
                emp, E["file"], n, n, hexs(4), hexs(12)))
        if k == 3:
            return "airflow-snowflake", L(af_pre("sql.py", 418), "Rows affected: %d" % rng.randint(0, 20000))
        return "airflow-snowflake", L(af_pre("taskinstance.py", 1345), "Marking task as SUCCESS. dag_id=wellcore_warehouse_daily, task_id=load_%s_members, execution_date=20240401T060000, start_date=20240402T%s, end_date=20240402T%s" % (
            emp, now().strftime("%H%M%S"), (now() + timedelta(seconds=rng.randint(5, 90))).strftime("%H%M%S")))
    p = rng.choice([m for m in PEOPLE if m["emp"] == emp and "'" not in m["last"]] or PEOPLE)
    k = rng.randint(0, 2)
    if k == 0:
        bad = "%d-02-30" % p["dob"].year
        n = rng.randint(1000, 20000)
        return "airflow-snowflake", L(af_pre("copy.py", 88, "WARNING"), "file=%s/2024-04-01/%s.gz status=PARTIALLY_LOADED rows_parsed=%d rows_loaded=%d errors_seen=1 first_error=\"Date '" % (
            emp, E["file"], n, n - 1), Phi(bad, "date"), "' is not recognized\" first_error_line=%d first_error_character=%d first_error_column_name='\"%s_MEMBERS\"[\"DOB\":6]'" % (
            rng.randint(2, n), rng.randint(40, 90), emp.upper()))
    if k == 1:
        return "airflow-snowflake", L(af_pre("cursor.py", 1028), "query: [SELECT participant_id, a1c, ldl, screening_date FROM ANALYTICS.SCREENING.RESULTS WHERE last_name = '",
                                      Phi(sqlq(p["last"]), "name"), "' AND dob = '", Phi(dfmt(p["dob"], "iso"), "date"), "'...]")
    onum = rng.randint(1, 9)
    return "airflow-snowflake", L(af_pre("validate.py", 61, "WARNING"), "rejected_record line=%d error=\"Numeric value 'O%d' is not recognized\" record=\"" % (rng.randint(2, 9000), onum),
                                  Phi(p["eid"], "other_id"), "|", Phi(p["member_id"], "health_plan"), "|", Phi(fold(p["last"]).upper(), "name"), "|",
                                  Phi(fold(p["first"]).upper(), "name"), "|", Phi(dfmt(p["dob"], "iso"), "date"), "|O%d\"" % onum)


def okta_client(ip, p=None):
    ui = rng.randint(3, 4)
    c = {"userAgent": {"rawUserAgent": UAS[ui], "os": ["Windows 10", "Mac OS X"][ui - 3], "browser": ["CHROME", "SAFARI"][ui - 3]},
         "zone": "null", "device": "Computer", "id": None, "ipAddress": ip}
    if p:
        c["geographicalContext"] = {"city": Phi(p["city"], "address"), "state": STATE_NAME[p["state"]], "country": "United States",
                                    "postalCode": Phi(p["zip"], "zip")}
    else:
        c["geographicalContext"] = None
    return c


def fam_okta(phi):
    base_tx = {"type": "WEB", "id": alnum(27, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}
    if not phi:
        s = rng.choice(STAFF)
        k = rng.randint(0, 2)
        et, disp = [("user.session.start", "User login to Okta"), ("policy.lifecycle.update", "Update policy"),
                    ("application.user_membership.add", "Add user to application membership")][k]
        d = {"actor": {"id": s[2], "type": "User", "alternateId": s[1], "displayName": s[0], "detailEntry": None},
             "client": okta_client("10.%d.%d.%d" % (rng.randint(0, 60), rng.randint(0, 255), rng.randint(1, 254))),
             "authenticationContext": {"authenticationStep": 0, "externalSessionId": "102" + alnum(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")},
             "displayMessage": disp, "eventType": et, "outcome": {"result": "SUCCESS", "reason": None},
             "published": ts_iso_z(), "severity": "INFO", "transaction": base_tx, "uuid": uuid4(), "version": "0",
             "target": [{"id": "0oa" + alnum(17, "abcdefghijkmnopqrstuvwxyz0123456789"), "type": "AppInstance", "alternateId": "WellCore Ops Console", "displayName": "WellCore Ops Console"}]}
        return "okta-syslog", jdump(d)
    p = person(filt=lambda m: m["role"] in ("EE", "SP"))
    login = p["work_email"] or p["email"]
    res = rng.choice(["SUCCESS", "SUCCESS", "FAILURE"])
    d = {"actor": {"id": Phi(p["okta"], "other_id"), "type": "User", "alternateId": Phi(login, "email"), "displayName": Phi(fullname(p), "name"), "detailEntry": None},
         "client": okta_client(Phi(p["ip"], "ip"), p),
         "device": None,
         "displayMessage": "User single sign on to app", "eventType": "user.authentication.sso",
         "outcome": {"result": res, "reason": None if res == "SUCCESS" else "INVALID_CREDENTIALS"},
         "published": ts_iso_z(), "severity": "INFO" if res == "SUCCESS" else "WARN", "transaction": base_tx, "uuid": uuid4(), "version": "0",
         "target": [{"id": "0oa" + alnum(17, "abcdefghijkmnopqrstuvwxyz0123456789"), "type": "AppInstance", "alternateId": "WellCore Wellness Portal", "displayName": "WellCore Wellness Portal (SAML)"}]}
    return "okta-syslog", jdump(d)


def gift_card():
    b = rng.choice(["4847", "5412", "6035"]) + digits(11)
    return b + luhn_digit(b)


def fam_rewards(phi):
    if not phi:
        k = rng.randint(0, 2)
        if k == 0:
            return "rewards-logfmt", L(logfmt_prefix("warn", "inventory low"), " sku=GC-%s-%d remaining=%d vendor=tango reorder_threshold=100" % (
                rng.choice(["AMZ", "VISA", "TGT"]), rng.choice([25, 50, 100]), rng.randint(5, 99)))
        if k == 1:
            return "rewards-logfmt", L(logfmt_prefix("info", "funding account balance"), " vendor=tango account=WellCore-Prod balance_usd=%.2f low_watermark=25000.00" % rng.uniform(20000, 90000))
        return "rewards-logfmt", L(logfmt_prefix("info", "hsa funding file sent"), " custodian=HealthEquity routing=%s batch=HSA-B-%d records=%d total_usd=%.2f" % (
            "1240%05d" % rng.randint(0, 99999), rng.randint(100, 999), rng.randint(5, 300), rng.uniform(1000, 60000)))
    p = person()
    k = rng.randint(0, 1)
    if k == 0:
        return "rewards-logfmt", L(logfmt_prefix("info", "reward issued"), " reward_id=RWD-24-%06d " % rng.randint(1, 999999), lf("participant", Phi(p["pid"], "mrn")),
                                   " program=%s-2024-BIOMETRIC sku=GC-VISA-50 " % p["emp"].upper(), lf("card_number", Phi(gift_card(), "account")),
                                   " amount=50.00 currency=USD order=ORD-%d" % rng.randint(1000000, 9999999))
    acct = "%d" % rng.randint(10 ** 10, 10 ** 11 - 1)
    return "rewards-logfmt", L(logfmt_prefix("info", "hsa contribution queued"), " ", lf("participant", Phi(p["pid"], "mrn")), " ",
                               lf("employee_id", Phi(p["eid"], "other_id")), " ", lf("hsa_account", Phi(acct, "account")),
                               " custodian=HealthEquity amount=%.2f effective=2024-04-15" % rng.choice([100.0, 250.0, 500.0]))


def fam_misc(phi):
    k = rng.randint(0, 5)
    t = now()
    if k == 0:
        return "k8s-event", L("%s Normal   Pulled   pod/api-%s-%s   Successfully pulled image \"registry.wellcore.example/api:5.12.%d\" in %.3fs" % (
            t.strftime("%Y-%m-%dT%H:%M:%SZ"), hexs(10), alnum(5, "bcdfghjklmnpqrstvwxz2456789"), rng.randint(0, 9), rng.uniform(0.5, 9)))
    if k == 1:
        return "k8s-event", L("%s Warning  BackOff  pod/celery-worker-%s-%s   Back-off restarting failed container" % (
            t.strftime("%Y-%m-%dT%H:%M:%SZ"), hexs(10), alnum(5, "bcdfghjklmnpqrstvwxz2456789")))
    if k == 2:
        return "cron", L("%s ip-10-40-%d-%d CRON[%d]: (wellcore) CMD (/opt/wellcore/bin/rotate_exports.sh --keep 14 >> /var/log/wellcore/rotate.log 2>&1)" % (
            ts_syslog(t), rng.randint(0, 9), rng.randint(1, 254), rng.randint(1000, 60000)))
    if k == 3:
        return "pgbouncer", L("%s.%03d UTC [%d] LOG stats: %d xacts/s, %d queries/s, in %d B/s, out %d B/s, xact %d us, query %d us, wait %d us" % (
            t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, rng.randint(1, 99), rng.randint(10, 900), rng.randint(10, 2000),
            rng.randint(1000, 900000), rng.randint(1000, 9000000), rng.randint(100, 9000), rng.randint(100, 9000), rng.randint(0, 400)))
    if k == 4:
        return "deploy", L("%s argocd app sync wellcore-api revision=%s health=Healthy sync=Synced author=ci-bot@wellcore.example build=2024.04.02.%d" % (
            t.strftime("%Y-%m-%dT%H:%M:%SZ"), hexs(40), rng.randint(1, 30)))
    ph = rng.randrange(5)
    return "fax-syslog", L("%s fax-01 FaxGetty[%d]: RECV FAX: from \"%s\", CSID \"%s\", %d pages in 0:%02d:%02d, jobid %d" % (
        ts_syslog(t), rng.randint(1000, 9000), PHYSICIANS[ph][3], ["CLEVELAND FAM MED", "NORTH SHORE IM", "VALLEY HEALTH", "AUSTIN PRIMARY", "CAPITOL WAY CLINIC"][ph],
        rng.randint(1, 4), rng.randint(0, 2), rng.randint(0, 59), rng.randint(10000, 99999)))


def fam_homekit(phi):
    if not phi:
        return "kits-fulfillment", L(dj("INFO", "kits.inventory", 30), "lot AF-%d received qty=%d exp=%s warehouse=WH-COL-2 po=PO-%d" % (
            rng.randint(24000, 24999), rng.choice([500, 1000, 2000]), date(2025, rng.randint(1, 12), 28).isoformat(), rng.randint(10000, 99999)))
    p = person()
    k = rng.randint(0, 1)
    kit = "HK-A1C-" + alnum(6)
    if k == 0:
        return "kits-fulfillment", L(dj("INFO", "kits.fulfillment", 61), "home A1c kit shipped kit_id=", Phi(kit, "other_id"), " participant=", Phi(p["pid"], "mrn"),
                                     ' ship_to="', Phi(fullname(p), "name"), ", ", Phi(p["street"], "address"), ", ", Phi(p["city"], "address"), ", %s " % p["state"],
                                     Phi(p["zip"] + "-" + p["zip4"], "zip"), '" carrier=UPS tracking=1Z999AA1%010d lot=AF-%d' % (rng.randint(0, 10 ** 10 - 1), rng.randint(24000, 24999)))
    coll = TODAY - timedelta(days=rng.randint(2, 9))
    return "kits-fulfillment", L(dj("INFO", "kits.results", 88), "lab result received kit_id=", Phi(kit, "other_id"), " collected=", Phi(dfmt(coll, "us"), "date"),
                                 " a1c=%.1f lab=Quest accession_lab=%s lab_clia=05D%07d" % (rng.uniform(4.9, 9.8), "QA" + digits(8), rng.randint(0, 9999999)))


FAMILIES = [
    (fam_kiosk, 16, 22),
    (fam_poc, 16, 14),
    (fam_vitals, 10, 5),
    (fam_django_access, 16, 24),
    (fam_django_app, 13, 20),
    (fam_physician_form, 12, 12),
    (fam_hra, 12, 8),
    (fam_employer, 10, 14),
    (fam_coaching, 12, 8),
    (fam_wearable, 16, 14),
    (fam_celery, 12, 22),
    (fam_sentry, 10, 6),
    (fam_sftp, 0, 20),
    (fam_elig, 16, 14),
    (fam_snowflake, 8, 20),
    (fam_okta, 14, 12),
    (fam_rewards, 10, 8),
    (fam_homekit, 5, 5),
    (fam_misc, 0, 26),
]


def main():
    sched = [True] * (N_LINES - N_CLEAN) + [False] * N_CLEAN
    rng.shuffle(sched)
    phi_slots = [i for i, x in enumerate(sched) if x]
    # guarantee some rarer kiosk variants: face template (3), portrait (4), parking plate (5)
    forced = dict((i, k) for i, k in zip(rng.sample(phi_slots, 9), [3, 3, 3, 4, 4, 4, 5, 5, 5]))
    lines, labels = [], []
    for i, phi in enumerate(sched, 1):
        tick()
        fams = [f for f, wp, wc in FAMILIES if (wp if phi else wc) > 0]
        ws = [(wp if phi else wc) for f, wp, wc in FAMILIES if (wp if phi else wc) > 0]
        f = wchoice(fams, ws)
        if i - 1 in forced:
            f = fam_kiosk
            FORCE.append(forced[i - 1])
        fam, segs = f(phi)
        line, spans = finish(segs)
        assert bool(spans) == phi, (fam, phi, line)
        lines.append(line)
        labels.append({"line": i, "family": fam, "spans": spans})
    assert len(lines) == N_LINES
    with open(os.path.join(HERE, ID + ".log"), "wb") as fh:
        fh.write(b"\n".join(lines) + b"\n")
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
