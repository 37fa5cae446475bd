#!/usr/bin/env python3
"""gen_iw.py - synthetic, labeled log corpus for a PHI detector.

Theme: an organ procurement organization (OPO): donor referral hotline intake
from hospitals, donor management logs in the ICU, match-run / allocation
messages exchanged with a national network, family authorization and
first-person registry lookups, tissue and eye recovery, courier and aviation
transport of organs, plus the OPO's infrastructure noise.

Writes iw.log (500 lines) and iw.labels.jsonl next to this script.
Standard library only, deterministic (fixed seed). All people, numbers and
identifiers are synthetic.

Labeling decisions:
- Protected persons: potential donors / donors (referred patients), their
  relatives and next of kin, first-person registry registrants, and
  transplant candidates (recipients). Their identifiers are labeled.
- NOT labeled: OPO staff (coordinators, family-services, couriers, pilots),
  hospital clinicians and callers, unit/desk/coroner/hospital phone and fax
  numbers, staff e-mails and usernames, hospital/OPO/transplant-center
  codes and names, charter aircraft tail numbers and courier van plates,
  internal 10.x IPs and third-party MTA relay IPs.
- A full personal name is one `name` span in whatever form it is written
  ("Last, First", "LAST^FIRST^M" in HL7, initials + surname, lower case,
  URL-encoded in a query string). Bare first names or honorific+surname
  ("Sr. Ramírez") referring to the relative are labeled as name too.
- Addresses: street line and city (and county) are separate `address`
  spans; state is not labeled; ZIP is a `zip` span.
- `date`: DOB, admission, referral call date of a patient, vent start,
  extubation/asystole/death and brain-death declaration, cross-clamp and
  recovery dates, specimen collection dates in donor lab records, registry
  enrollment dates, ME incident dates. A date+time value is one span.
  NOT labeled: log/record timestamps, HL7 MSH-7/EVN message times, webhook
  event times, offer response deadlines, flight dates/ETAs, export times.
- `age`: only ages over 89; younger ages are left unlabeled.
- `other_id`: national-network donor IDs (also when embedded in organ
  labels / perfusion case tags - only the donor-ID part is the span),
  transplant candidate IDs, OPO referral numbers, tissue and eye-bank donor
  IDs, medical-examiner/coroner case numbers, registry record IDs and
  registry-portal usernames of registrants.
- NOT labeled (process/document identifiers): match-run IDs, PTR sequence
  numbers, shipment IDs and seal numbers, lab accession numbers, e-sign
  envelope/account IDs, HL7 control IDs, SMS SIDs, ticket numbers,
  trace/span IDs, request UUIDs, family-contact row IDs.
- `mrn`: hospital medical record numbers. `account`: hospital visit /
  FIN / patient account numbers. `health_plan`: Medicare MBI, Medicaid and
  commercial member IDs. `license`: driver's licence numbers (used for
  registry lookups). `ssn`: full SSNs and masked SSNs that keep the last
  four digits (the whole masked token is the span).
- `device`: serials/UDI of devices implanted in the donor (pacemaker, ICD,
  LVAD); OPO-owned equipment (perfusion pumps, coolers, ventilators) is not.
- `vehicle`: the decedent's own vehicle plate / VIN from ME reports.
- `ip`: public IP of a registrant or family signer. `url`: personal
  memorial / fundraising / social-media URLs of the donor family.
- `photo`: base64 portrait payload; `biometric`: fingerprint template.
"""
import base64
import datetime as dt
import json
import os
import random
from urllib.parse import quote

SEED = 202421
R = random.Random(SEED)
ID = "iw"
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500


# --------------------------------------------------------------------------
# line builder with byte offsets
# --------------------------------------------------------------------------
class Obj:
    def __init__(self, parts):
        self.parts = parts


class Line:
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.spans = []
        self.n = 0

    def add(self, text, cat=None):
        text = str(text)
        b = text.encode("utf-8")
        if cat:
            self.spans.append((self.n, self.n + len(b), cat, text))
        self.buf.append(text)
        self.n += len(b)

    def text(self):
        return "".join(self.buf)


def _walk(ln, p):
    if p is None:
        return
    if isinstance(p, str):
        ln.add(p)
    elif isinstance(p, tuple):
        ln.add(p[0], p[1])
    elif isinstance(p, Obj):
        for q in p.parts:
            _walk(ln, q)
    elif isinstance(p, (list,)):
        for q in p:
            _walk(ln, q)
    elif isinstance(p, (int, float)):
        ln.add(str(p))
    else:
        raise TypeError(p)


def mk(family, *parts):
    ln = Line(family)
    for p in parts:
        _walk(ln, p)
    return ln


def jv(v, cat=None):
    if isinstance(v, Obj):
        return v
    if isinstance(v, str):
        inner = json.dumps(v, ensure_ascii=False)[1:-1]
        return ['"', (inner, cat), '"']
    if isinstance(v, list):
        out = ["["]
        for i, x in enumerate(v):
            if i:
                out.append(",")
            out.append(jv(x))
        out.append("]")
        return out
    return [json.dumps(v)]


def J(*items, sp=False):
    """JSON object from (key, value[, cat]) items; sp=True uses ', ' / ': '."""
    comma, colon = (", ", ": ") if sp else (",", ":")
    parts = ["{"]
    first = True
    for it in items:
        if it is None:
            continue
        if not first:
            parts.append(comma)
        first = False
        parts.append(json.dumps(it[0]) + colon)
        parts.append(jv(it[1], it[2] if len(it) > 2 else None))
    parts.append("}")
    return Obj(parts)


def X(tag, val, cat=None):
    return ["<%s>" % tag, (str(val), cat), "</%s>" % tag.split()[0]]


# --------------------------------------------------------------------------
# clock (log timestamps are operational and never labeled)
# --------------------------------------------------------------------------
class Clock:
    def __init__(self):
        self.now = dt.datetime(2024, 3, 14, 5, 47, 9, 120000)

    def step(self, lo=2, hi=120):
        self.now += dt.timedelta(seconds=R.randint(lo, hi), microseconds=R.randint(0, 999999))

    @property
    def utc(self):
        return self.now + dt.timedelta(hours=4)


C = Clock()
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


def ts_logback(): return C.now.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (C.now.microsecond // 1000)
def ts_py(): return C.now.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (C.now.microsecond // 1000)
def ts_z(): return C.utc.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (C.utc.microsecond // 1000)
def ts_zs(): return C.utc.strftime("%Y-%m-%dT%H:%M:%SZ")
def ts_off(): return C.now.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-04:00" % (C.now.microsecond // 1000)
def ts_bsd(): return "%s %2d %s" % (MON[C.now.month - 1], C.now.day, C.now.strftime("%H:%M:%S"))
def ts_nginx(): return C.now.strftime("%d/") + MON[C.now.month - 1] + C.now.strftime("/%Y:%H:%M:%S -0400")
def ts_glog(lv="I"): return lv + C.utc.strftime("%m%d %H:%M:%S.%f")
def ts_pg(): return C.now.strftime("%Y-%m-%d %H:%M:%S.") + "%03d EDT" % (C.now.microsecond // 1000)
def ts_epoch(): return "%.6f" % (C.utc.replace(tzinfo=dt.timezone.utc).timestamp())
def ts_hl7(): return C.now.strftime("%Y%m%d%H%M%S")


_RR = {}


def rr(key, n):
    """round-robin variant picker (random start, then cycles) -> even coverage of variants"""
    if key not in _RR:
        _RR[key] = R.randrange(n)
    _RR[key] += 1
    return _RR[key] % n


def hexs(n): return "".join(R.choice("0123456789abcdef") for _ in range(n))
def digs(n): return "".join(R.choice("0123456789") for _ in range(n))
def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])
def upl(n): return "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))


# --------------------------------------------------------------------------
# synthetic people and identifiers
# --------------------------------------------------------------------------
FIRST_F = ["Nadia", "María José", "Aaliyah", "Siobhan", "Xiaoling", "Priya", "Fatima", "Ngozi",
           "Anneliese", "Leilani", "Ximena", "Dagny", "Esperanza", "Bich Ngoc", "Mary-Kate",
           "Rahel", "Thandiwe", "Marisol", "Svetlana", "Éloïse", "Zuzana", "Hyun-joo", "Amara",
           "Guadalupe", "Oksana", "Keisha", "Ayşe", "Mei-Ling", "Róisín", "Yetunde", "Ruth",
           "Gladys", "Dolores", "Imogen"]
FIRST_M = ["José", "Oluwaseun", "Dmitri", "Mohammed", "Kenji", "Giovanni", "Tomasz", "Tariq",
           "Ahanu", "Jean-Baptiste", "Yusuf", "Chidi", "Kwame", "Haruto", "Søren", "Björn",
           "Darnell", "Cormac", "Rafael", "Thanh", "Arjun", "Mateo", "Emeka", "Lars", "Hamid",
           "Dwayne", "Pedro", "Nikolai", "Wiremu", "Ignacio", "Earl", "Virgil", "Bohdan"]
LAST = ["García-Márquez", "O'Brien", "van der Berg", "de la Cruz", "Nguyen", "Okafor", "Abernathy",
        "Kowalczyk", "Haddad", "Fitzgerald", "Yamamoto", "Castillo", "Papadopoulos", "Mbeki",
        "Al-Rashid", "St. Pierre", "MacLeod", "Ramírez", "Schmidt", "Dubois", "Singh", "Chowdhury",
        "Bautista", "Nakamura", "Oyelaran-Smith", "Van Buren", "di Stefano", "Tran", "Begay",
        "Yazzie", "Kealoha", "Johansson", "Novak", "Horváth", "Ferreira", "Mendoza-Ruiz",
        "Adeyemi", "Kim", "Ivanova", "Lindqvist", "Ó Súilleabháin", "Washington", "Delgado",
        "Bergström", "Achterberg", "Le", "Osei-Bonsu", "Friedman", "Mazur", "Hollowell",
        "Pruitt", "Szabó", "Quiñones", "Ahmadzai", "McCready"]
ABC = "ABCDEFGHJKLMNPRSTVW"
HISP_LAST = {"García-Márquez", "de la Cruz", "Castillo", "Ramírez", "Bautista", "Ferreira", "Mendoza-Ruiz", "Delgado", "Quiñones"}
HISP_FIRST = {"María José", "Ximena", "Esperanza", "Marisol", "Guadalupe", "José", "Rafael", "Mateo", "Pedro", "Ignacio"}
STREETS = ["Oak St", "Cleveland Ave", "N High St", "Sawmill Rd", "Parsons Ave", "E Main St",
           "Hamilton Rd", "Karl Rd", "Bethel Rd", "Livingston Ave", "Morse Rd", "W Broad St",
           "Refugee Rd", "Lockbourne Rd", "County Road 26", "Township Rd 119", "Maple Grove Ln",
           "Indian Mound Dr", "State Route 33", "Sunbury Rd", "Chestnut Hill Ct", "Old Gallipolis Pike",
           "Rue Bellefontaine", "Spring Valley Rd"]
CITIES = [("Columbus", "Franklin", "OH", "432"), ("Chillicothe", "Ross", "OH", "456"),
          ("Lancaster", "Fairfield", "OH", "431"), ("Zanesville", "Muskingum", "OH", "437"),
          ("Marion", "Marion", "OH", "433"), ("Athens", "Athens", "OH", "457"),
          ("Newark", "Licking", "OH", "430"), ("Portsmouth", "Scioto", "OH", "456"),
          ("Huntington", "Cabell", "WV", "257"), ("Ashland", "Boyd", "KY", "411"),
          ("Logan", "Hocking", "OH", "431"), ("Delaware", "Delaware", "OH", "430"),
          ("Gallipolis", "Gallia", "OH", "456"), ("Parkersburg", "Wood", "WV", "261"),
          ("Grove City", "Franklin", "OH", "431"), ("Mount Vernon", "Knox", "OH", "430")]
AREA = {"OH": ["614", "740", "220", "380", "937"], "WV": ["304", "681"], "KY": ["606", "859"]}
RELS = [("wife", "SPOUSE", "SPO"), ("husband", "SPOUSE", "SPO"), ("daughter", "CHILD", "DAU"),
        ("son", "CHILD", "SON"), ("mother", "PARENT", "MTH"), ("father", "PARENT", "FTH"),
        ("sister", "SIBLING", "SIS"), ("brother", "SIBLING", "BRO"), ("partner", "DOMESTIC_PARTNER", "DOM"),
        ("niece", "OTHER_RELATIVE", "NIE"), ("grandson", "OTHER_RELATIVE", "GRD")]

# facilities / staff (never labeled)
HOSPS = [("MSBM", "Mercy St. Brendan Medical Center", "E7", "740-354-2210"),
         ("SVRH", "Scioto Valley Regional Hospital", "D8", "740-775-8100"),
         ("LUHO", "Lakeshore University Hospital", "M9", "614-293-8801"),
         ("HHCH", "Hocking Hills Community Hospital", "D10", "740-380-8000"),
         ("GVMH", "Grandview Memorial Hospital", "E7", "614-566-5000"),
         ("SADH", "St. Adalbert Hospital", "D8", "304-526-1400"),
         ("KBRM", "King's Bluff Regional Medical Ctr", "M9", "606-408-4000")]
UNITS = ["MICU", "SICU", "NSICU", "CVICU", "TICU", "ED", "4N", "CCU"]
CENTERS = ["OHLU-TX1", "MIAA-TX1", "PAPT-TX1", "INIU-TX1", "KYUL-TX1", "ILNM-TX1", "OHCC-TX1",
           "MNMC-TX1", "WIUW-TX1", "TNVU-TX1", "OHOU-TX1", "NYCP-TX1"]
STAFF = ["J. Whitaker", "Priyanka Rao", "Marcus Feld", "Dana Alvarez", "K. Osei", "Tomás Iriarte",
         "Bree Lindgren", "Hollis Grant", "Sunita Pillai", "R. Castellanos", "Wen Zhou"]
STAFF_USERS = ["jwhitaker", "pkrao", "mfeld", "dalvarez", "kosei", "tiriarte", "blindgren",
               "hgrant", "spillai", "rcastellanos", "wzhou"]
DOCS = [("WEBB", "ALAN"), ("MENSAH", "KOFI"), ("HARTIGAN", "LOUISE"), ("PATEL", "RAJESH"),
        ("SORENSEN", "INGA"), ("ABOUD", "SAMIR")]
ORGANS = ["KI-L", "KI-R", "LI", "HR", "LU-D", "PA", "KI-EN-BLOC"]
OPO_DOMAIN = "bgln-opo.org"


def person(sex=None, last=None):
    sex = sex or R.choice("FM")
    return {"first": R.choice(FIRST_F if sex == "F" else FIRST_M),
            "last": last or R.choice(LAST), "mi": R.choice(ABC), "sex": sex}


def nm(p, style):
    f, l, m = p["first"], p["last"], p["mi"]
    return {
        "fl": f"{f} {l}",
        "LF": f"{l.upper()}, {f.upper()}",
        "Lf": f"{l}, {f}",
        "Lfm": f"{l}, {f} {m}.",
        "fml": f"{f} {m}. {l}",
        "low": f"{f} {l}".lower(),
        "init": f"{f[0]}. {l}",
        "UP": f"{f} {l}".upper(),
        "hl7": f"{l.upper()}^{f.upper()}^{m}",
        "last": l,
        "first": f,
    }[style]


def fd(d, style):
    if style == "iso": return d.strftime("%Y-%m-%d")
    if style == "us": return d.strftime("%m/%d/%Y")
    if style == "us_short": return "%d/%d/%s" % (d.month, d.day, d.strftime("%y"))
    if style == "hl7": return d.strftime("%Y%m%d")
    if style == "dmon": return "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)
    if style == "DMONY": return ("%02d%s%d" % (d.day, MON[d.month - 1], d.year)).upper()
    if style == "long": return "%s %d, %d" % (MONTH[d.month - 1], d.day, d.year)
    if style == "eu": return d.strftime("%d.%m.%Y")
    if style == "mond": return "%s %d %d" % (MON[d.month - 1], d.day, d.year)
    raise ValueError(style)


def fdt(d, style):
    if style == "iso": return d.strftime("%Y-%m-%d %H:%M")
    if style == "isot": return d.strftime("%Y-%m-%dT%H:%M:00-04:00")
    if style == "us": return d.strftime("%m/%d/%Y %H%M")
    if style == "hl7": return d.strftime("%Y%m%d%H%M")
    if style == "mil": return ("%02d%s%d %s" % (d.day, MON[d.month - 1], d.year, d.strftime("%H%M"))).upper()
    if style == "pipe": return d.strftime("%Y%m%d %H%M")
    raise ValueError(style)


def phone10(state="OH"):
    while True:
        ex = R.randint(201, 989)
        if ex % 100 != 11 and ex != 555:
            break
    return R.choice(AREA[state]) + str(ex) + digs(4)


def fp(n, style):
    a, b, c = n[:3], n[3:6], n[6:]
    return {"paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}",
            "raw": n, "e164": "+1" + n, "intl": f"+1 {a} {b} {c}", "one": f"1-{a}-{b}-{c}"}[style]


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mrn(style):
    if style == "E7": return "E" + digs(7)
    if style == "D8": return "%08d" % R.randint(100000, 9999999)
    if style == "M9": return "M" + digs(9)
    return digs(10)


def dl(state):
    if state == "OH": return upl(2) + digs(6)
    if state == "WV": return R.choice("ABCDEFXS") + digs(6)
    if state == "KY": return R.choice("ABCDEFGHKLMNPRS") + digs(2) + "-" + digs(3) + "-" + digs(3)
    return digs(9)


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    pick = lambda s: R.choice(s)
    s = (str(R.randint(1, 9)) + pick(A) + pick(A + N) + pick(N) + pick(A) + pick(A + N)
         + pick(N) + pick(A) + pick(A) + pick(N) + pick(N))
    return s


def health_plan_id():
    k = rr(1, 4)
    if k == 0: return (mbi(), "MCRA", "MEDICARE PART A")
    if k == 1: return (digs(12), "MCD", "OHIO MEDICAID")  # Medicaid billing number
    if k == 2: return ("X" + upl(2) + digs(9), "BCBS", "ANTHEM BCBS PPO")
    return ("W" + digs(9), "COM", "UNITEDHEALTHCARE CHOICE PLUS")


VIN_TR = {**{c: i + 1 for i, c in enumerate("ABCDEFGH")}, **{c: i + 1 for i, c in enumerate("JKLMN")},
          "P": 7, "R": 9, **{c: i + 2 for i, c in enumerate("STUVWXYZ")}}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["1FT", "2T1", "1G1", "3VW", "1C4", "JTD", "5NP", "KMH"])
             + "".join(R.choice(al) for _ in range(5)) + "0" + R.choice("KLMNPR")
             + R.choice("ABCDEFGHJKLMN") + digs(6))
    tot = sum((int(c) if c.isdigit() else VIN_TR[c]) * w for c, w in zip(v, VIN_W))
    v[8] = "X" if tot % 11 == 10 else str(tot % 11)
    return "".join(v)


def plate(state):
    if state == "OH": return upl(3) + " " + digs(4)
    if state == "KY": return digs(3) + upl(3)
    return digs(1) + upl(2) + digs(3)


def device_serial():
    k = rr(2, 4)
    if k == 0: return ("pacemaker", "PJN" + digs(6) + "S")
    if k == 1: return ("ICD", "BLK" + digs(6) + "H")
    if k == 2: return ("LVAD", "HM3-" + digs(6))
    return ("pacemaker", "(01)0" + digs(13) + "(17)270531(21)RNA" + digs(6) + "R")


def b64_blob(magic, lo, hi):
    raw = magic + bytes(R.randrange(256) for _ in range(R.randint(lo, hi)))
    return base64.b64encode(raw).decode()


def donor_id():
    return upl(4) + digs(3)


def public_ip():
    first = R.choice([24, 47, 50, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 98, 99, 104, 107,
                      108, 142, 172, 173, 174, 184])
    return "%d.%d.%d.%d" % (first, R.randint(1, 254), R.randint(0, 255), R.randint(1, 254))


def fold(t):
    import unicodedata
    t = t.replace("ø", "o").replace("Ø", "O").replace("ß", "ss").replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFKD", t) if not unicodedata.combining(ch))


def email_of(p):
    base = fold(p["first"].split()[0].lower() + R.choice([".", "_", ""]) + p["last"].replace(" ", "").replace("'", "").lower())
    if R.random() < 0.5:
        base += str(R.randint(1, 99))
    return base + "@" + R.choice(["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com",
                                  "hotmail.com", "frontier.com", "wowway.net"])


TODAY = dt.date(2024, 3, 14)


def mk_case(kind):
    p = person()
    city = R.choice(CITIES)
    state = city[2]
    if kind == "organ":
        age = R.randint(19, 71)
    elif kind == "old":
        age = R.randint(90, 98)
    else:
        age = R.randint(40, 89)
    dob = TODAY - dt.timedelta(days=age * 365 + R.randint(10, 350))
    hosp = R.choice(HOSPS)
    admit = dt.datetime(2024, 3, R.randint(8, 13), R.randint(0, 23), R.choice([2, 14, 27, 41, 53]))
    fam = []
    for _ in range(R.randint(1, 3)):
        rel = R.choice(RELS)
        sex = "F" if rel[0] in ("wife", "daughter", "mother", "sister", "niece") else (
            "M" if rel[0] in ("husband", "son", "father", "brother", "grandson") else None)
        same = R.random() < 0.6
        q = person(sex, p["last"] if same else None)
        fcity = city if R.random() < 0.6 else R.choice(CITIES)
        fam.append({**q, "rel": rel, "phone": phone10(fcity[2]), "phone2": phone10(fcity[2]),
                    "email": None, "city": fcity,
                    "street": "%d %s" % (R.randint(12, 9870), R.choice(STREETS)),
                    "zip": fcity[3] + digs(2)})
        fam[-1]["email"] = email_of(fam[-1])
    dev = device_serial() if R.random() < 0.5 else None
    c = {"p": p, "kind": kind, "age": age, "dob": dob, "city": city, "state": state,
         "street": "%d %s" % (R.randint(12, 9870), R.choice(STREETS)), "zip": city[3] + digs(2),
         "hosp": hosp, "unit": R.choice(UNITS), "mrn": mrn(hosp[2]), "acct": digs(R.choice([9, 10])),
         "ref": "R24-%06d" % R.randint(30000, 32999), "ssn": ssn(), "dl": dl(state),
         "hp": health_plan_id(), "admit": admit, "fam": fam, "dev": dev,
         "donor": donor_id() if kind == "organ" else None,
         "tissue": "TX24-%04d" % R.randint(100, 1999), "eb": "EB24-%04d" % R.randint(1000, 4999),
         "me": R.choice(["ME24-%05d" % R.randint(100, 2400), "24-%05d" % R.randint(100, 2400),
                         "CR-2024-%04d" % R.randint(10, 999)]),
         "home": phone10(state), "reg": "%s-DLR-%011d" % (state, R.randint(10 ** 9, 10 ** 10)),
         "plate": plate(state), "vin": vin(), "ip": public_ip(),
         "user": fold(p["first"].split()[0][:5] + "." + p["last"].replace(" ", "")[:1] + str(R.randint(1, 99))).lower().replace("'", ""),
         "enrolled": dt.date(R.randint(2003, 2022), R.randint(1, 12), R.randint(1, 28)),
         "death": dt.datetime(2024, 3, 14, R.randint(0, 5), R.randint(0, 59)),
         "xclamp": dt.datetime(2024, 3, 15, R.randint(1, 6), R.choice([5, 12, 30, 47])),
         "url": None, "call": admit + dt.timedelta(hours=R.randint(3, 20), minutes=R.randint(0, 59)),
         "cod": R.choice(["ANOXIA", "CVA/STROKE", "HEAD TRAUMA", "CARDIOVASCULAR", "DRUG INTOX"]),
         "gcs": R.choice([3, 3, 4, 5, 6])}
    if R.random() < 0.5:
        slug = fold(p["first"].split()[0] + "-" + p["last"].replace(" ", "-").replace("'", "")).lower()
        c["url"] = R.choice(["https://www.gofundme.com/f/support-the-%s-family" % fold(p["last"]).replace(" ", "").replace("'", "").lower(),
                             "https://www.legacy.com/us/obituaries/name/%s-obituary?id=%d" % (slug, R.randint(50000000, 59999999)),
                             "https://www.facebook.com/%s.%d" % (slug.replace("-", "."), R.randint(1, 999)),
                             "https://www.caringbridge.org/visit/%s" % slug.replace("-", "")])
    return c


CASES = ([mk_case("organ") for _ in range(9)] + [mk_case("tissue") for _ in range(6)]
         + [mk_case("old") for _ in range(8)])
ORGAN_CASES = [c for c in CASES if c["kind"] == "organ"]
TISSUE_CASES = [c for c in CASES if c["kind"] != "organ"]


def case(kind=None):
    if kind == "organ":
        return R.choice(ORGAN_CASES)
    if kind == "tissue":
        return R.choice(TISSUE_CASES)
    return R.choice(CASES)


def age_part(c, prefix=""):
    """age value; labeled only when > 89"""
    return (prefix + str(c["age"]), "age") if c["age"] > 89 else prefix + str(c["age"])


def kin(c):
    return R.choice(c["fam"])


def candidate_id():
    return str(R.randint(1000000, 1999999))


def staff():
    return R.choice(STAFF)


# --------------------------------------------------------------------------
# families
# --------------------------------------------------------------------------
def f_logback(ph):
    """referral hotline intake service (Spring Boot, logback)"""
    thr = "http-nio-8443-exec-%d" % R.randint(1, 24)
    head = lambda lvl, log, t=thr: "%s %-5s [%s] %s - " % (ts_logback(), lvl, t, log)
    if ph:
        c = case()
        k = rr(3, 8)
        if k == 0:
            vent = "Y" if c["kind"] == "organ" else R.choice(["N", "N", "Y"])
            return [mk("logback", head("INFO", "o.b.referral.IntakeController"), "New referral ",
                       (c["ref"], "other_id"), " src=HOTLINE hosp=%s unit=%s caller=\"%s, RN\" cb=%s patient=\""
                       % (c["hosp"][0], c["unit"], R.choice(["Tamsin Cole", "L. Ferraro", "Deshawn Platt", "Amy Ng"]), c["hosp"][3]),
                       (nm(c["p"], R.choice(["LF", "Lf", "Lfm"])), "name"), "\" dob=",
                       (fd(c["dob"], R.choice(["us", "iso"])), "date"), " age=", age_part(c),
                       " sex=%s vent=%s gcs=%d trigger=%s mrn=" % (c["p"]["sex"], vent, c["gcs"],
                                                                    R.choice(["GCS_LE_5", "VENT_WITHDRAWAL_DISCUSSED", "BRAIN_DEATH_TESTING", "CARDIAC_DEATH"])),
                       (c["mrn"], "mrn"))]
        if k == 1:
            f = kin(c)
            return [mk("logback", head("INFO", "o.b.referral.NokService"), "NOK saved for referral ",
                       (c["ref"], "other_id"), ": rel=%s name=\"" % f["rel"][1], (nm(f, R.choice(["fl", "fml", "UP"])), "name"),
                       "\" phone=", (fp(f["phone"], R.choice(["dash", "paren", "raw", "dot"])), "phone"),
                       " alt=", (fp(f["phone2"], "dash"), "phone") if R.random() < 0.5 else "-",
                       " lang=%s preferred=%s" % (R.choice(["en", "es", "vi", "ar", "en", "en"]), R.choice(["CALL", "SMS"]))) ]
        if k == 2:
            vs = c["admit"] + dt.timedelta(hours=R.randint(1, 8))
            return [mk("logback", head("WARN", "o.b.referral.TriggerValidator"), "Referral ", (c["ref"], "other_id"),
                       " flagged LATE_REFERRAL: vent_start=", (fdt(vs, "iso"), "date"),
                       " call_received=+%dh pt=" % R.randint(2, 30), (nm(c["p"], "Lf"), "name"), " mrn=", (c["mrn"], "mrn"))]
        if k == 3:
            c2 = case()
            return [mk("logback", head("WARN", "o.b.referral.DedupeService"), "Possible duplicate: incoming ",
                       (c["ref"], "other_id"), " matches open referral ", (c2["ref"], "other_id"),
                       " on ssn=", (R.choice([c["ssn"], "XXX-XX-" + c["ssn"][-4:], c["ssn"].replace("-", "")]), "ssn"),
                       " (score=0.%02d)" % R.randint(80, 99))]
        if k == 4:
            return [mk("logback", head("INFO", "o.b.referral.VentStatusListener", "kafka-listener-%d" % R.randint(0, 3)),
                       "ref=", (c["ref"], "other_id"), " ventStatus=OFF extubatedAt=",
                       (fdt(c["death"], "isot"), "date"), " asystole=", (fdt(c["death"] + dt.timedelta(minutes=R.randint(8, 70)), "isot"), "date"),
                       " dcdWindowMin=%d" % R.choice([60, 90, 120]))]
        if k == 5:
            return [mk("logback", head("DEBUG", "o.b.referral.ehr.FhirPatientClient"),
                       "GET https://fhir.%s.local/R4/Patient?identifier=urn:oid:1.2.840.114350|" % c["hosp"][0].lower(),
                       (c["mrn"], "mrn"), " -> 200 (1 entry) birthDate=", (fd(c["dob"], "iso"), "date"),
                       " address.postalCode=", (c["zip"], "zip"))]
        if k == 7:
            return [mk("logback", head("INFO", "o.b.referral.DonorCostService"), "Payer captured for ", (c["ref"], "other_id"),
                       ": payer=\"%s\" memberId=" % c["hp"][2], (c["hp"][0], "health_plan"), " hospAcct=", (c["acct"], "account"),
                       " preDeclarationBilling=PAYER")]
        return [mk("logback", head("INFO", "o.b.referral.RuleOutService"), "Referral ", (c["ref"], "other_id"),
                   " dispositioned %s by %s; reason=%s; age=" % (R.choice(["MEDICAL_RULE_OUT", "TISSUE_ONLY", "EYE_ONLY", "FAMILY_DECLINED"]),
                                                                  R.choice(STAFF_USERS), R.choice(["AGE", "SEPSIS", "HX_MALIGNANCY", "NONE"])),
                   age_part(c), " dod=", (fd(c["death"], "us"), "date"))]
    k = rr(4, 8)
    if k == 0:
        return [mk("logback", head("INFO", "o.b.referral.QueueMonitor", "scheduling-1"),
                   "hotline queue depth=%d longest_wait=00:%02d:%02d agents_ready=%d sla_breach=false"
                   % (R.randint(0, 5), R.randint(0, 3), R.randint(0, 59), R.randint(1, 6)))]
    if k == 1:
        return [mk("logback", head("INFO", "o.b.web.RequestLoggingFilter"),
                   "POST /api/v2/referrals -> 201 (%d ms) traceId=%s spanId=%s" % (R.randint(60, 900), hexs(32), hexs(16)))]
    if k == 2:
        return [mk("logback", head("ERROR", "com.zaxxer.hikari.pool.HikariPool"),
                   "HikariPool-1 - Connection is not available, request timed out after 30000ms.")]
    if k == 3:
        return [mk("logback", head("WARN", "o.b.telephony.GenesysBridge", "ws-reconnect"),
                   "ACD websocket closed code=1006 reason=\"\"; reconnect in 5000 ms (attempt %d/10)" % R.randint(1, 4))]
    if k == 4:
        return [mk("logback", head("INFO", "o.b.referral.rules.TriageRuleLoader", "main"),
                   "Triage rule set v%d reloaded (%d rules, %d disabled) from classpath:rules/triage.drl"
                   % (R.randint(12, 16), R.randint(55, 70), R.randint(0, 4)))]
    if k == 5:
        return [mk("logback", head("INFO", "o.s.web.servlet.DispatcherServlet"), "Completed initialization in %d ms" % R.randint(1, 9))]
    if k == 6:
        return [mk("logback", head("WARN", "o.b.referral.CallbackScheduler", "scheduling-1"),
                   "Callback SLA check: %d open callbacks older than 15 min (oldest %d min)" % (R.randint(1, 3), R.randint(16, 40)))]
    return [mk("logback", head("INFO", "o.b.telephony.IvrRouter", "ivr-%d" % R.randint(1, 4)),
               "call %s routed DNIS=8005550148 queue=TRIAGE-EAST wait=%ds" % (uuid4(), R.randint(2, 70)))]


REF_HDR = "REF_NO|CALL_DTTM|HOSP_CD|UNIT|PT_LAST|PT_FIRST|DOB|AGE|SEX|MRN|VENT|GCS|COD|DISPO"


def f_pipe(ph):
    """referral system nightly extract: pipe rows, header + trailer"""
    if not ph:
        if R.random() < 0.6:
            return [mk("pipe_extract", REF_HDR)]
        return [mk("pipe_extract", "TRL|ROWS=%d|EXPORTED=%s|SHA1=%s" % (R.randint(18, 60), ts_off()[:19], hexs(40)))]
    out = [mk("pipe_extract", REF_HDR)] if R.random() < 0.25 else []
    for _ in range(R.randint(1, 3)):
        c = case()
        out.append(mk("pipe_extract", (c["ref"], "other_id"), "|", (fdt(c["call"], "pipe"), "date"),
                      "|%s|%s|" % (c["hosp"][0], c["unit"]), (c["p"]["last"].upper(), "name"), "|",
                      (c["p"]["first"].upper(), "name"), "|", (fd(c["dob"], "hl7"), "date"), "|", age_part(c),
                      "|%s|" % c["p"]["sex"], (c["mrn"], "mrn"),
                      "|%s|%d|%s|%s" % ("Y" if c["kind"] == "organ" else "N", c["gcs"], c["cod"],
                                        R.choice(["ORGAN DONOR", "MEDICAL RULE OUT", "TISSUE ONLY", "FAMILY DECLINED", "PENDING"]))))
    return out


def f_csv_noheader(ph):
    """eye/tissue daily referral CSV (no header)"""
    c = case("tissue") if R.random() < 0.8 else case()
    if not ph:
        return [mk("csv_noheader", "\"#EOF\",\"%d rows\",\"%s\"" % (R.randint(5, 40), hexs(8)))]
    return [mk("csv_noheader", "\"", (c["eb"], "other_id"), "\",\"%s\",\"" % c["hosp"][0],
               (nm(c["p"], "LF"), "name"), "\",\"", age_part(c), "\",\"", (fd(c["death"], "us"), "date"),
               "\",\"%s\",\"%s\",\"%s\"" % (R.choice(["CORNEA ONLY", "WHOLE GLOBE", "CORNEA+SCLERA"]),
                                           R.choice(["ACCEPTED", "RULED OUT - SEPSIS", "RULED OUT - TIME", "AUTH PENDING"]),
                                           R.choice(STAFF_USERS)))]


def hl7_pid(c, seg_sep=None):
    ph = R.choice(["paren", "dash"])
    phone = c["home"]
    county = c["city"][1].upper()
    return ["PID|1||", (c["mrn"], "mrn"), "^^^%s^MR~" % c["hosp"][0], (c["ssn"], "ssn"), "^^^SSA^SS||",
            (nm(c["p"], "hl7"), "name"), "^^^^L||", (fd(c["dob"], "hl7"), "date"), "|%s||%s|" % (c["p"]["sex"], R.choice(["2106-3", "2054-5", "2028-9", "2131-1"])),
            (c["street"], "address"), "^^", (c["city"][0].upper(), "address"), "^%s^" % c["state"], (c["zip"], "zip"),
            "^USA^H^^", (county, "address"), "||", (fp(phone, ph), "phone"), "^PRN^PH|||%s||" % R.choice(["M", "S", "W", "D"]),
            (c["acct"], "account"), "^^^%s^AN|" % c["hosp"][0], (c["ssn"].replace("-", ""), "ssn"), "|",
            (c["dl"], "license"), "^%s^20%02d%02d%02d" % (c["state"], R.randint(25, 30), R.randint(1, 12), R.randint(1, 28))]


def hl7_pv1(c):
    d = DOCS[R.randrange(len(DOCS))]
    att = "%s^%s^%s^^^^MD" % (digs(10), d[0], d[1])
    fields = ["PV1", "1", "I", "%s^%d^%s^%s" % (c["unit"], R.randint(1, 40), R.choice("AB"), c["hosp"][0]),
              "E", "", "", att, "", "", "MED", "", "", "", "7", "", "", att, "IN", None]
    parts = ["|".join(fields[:-1]) + "|", (c["acct"] if R.random() < 0.5 else "V" + digs(9), "account")]
    parts.append("|" * 25)
    parts.append((fdt(c["admit"], "hl7"), "date"))
    return parts


def f_hl7(ph):
    """automated electronic referral ADT from hospital EHR (one segment per line)"""
    c = case()
    if not ph:
        k = rr(5, 3)
        if k == 0:
            return [mk("hl7v2", "MSH|^~\\&|%s|%s|EREF|OHBG|%s||ACK^A01^ACK|ACK%s|P|2.5.1" % (
                R.choice(["EPIC", "CERNER", "MEDITECH"]), c["hosp"][0], ts_hl7(), digs(8))),
                    mk("hl7v2", "MSA|AA|MSG%s|Message accepted" % digs(10))]
        if k == 1:
            return [mk("hl7v2", "OBX|%d|NM|GCS^Glasgow Coma Score^L||%d||||||F|||%s" % (R.randint(1, 6), R.choice([3, 3, 4]), ts_hl7()))]
        return [mk("hl7v2", "OBX|%d|ST|VENTSTAT^Ventilator status^L||%s||||||F" % (R.randint(1, 6), R.choice(["ON", "ON", "WEANING", "OFF"])))]
    ctrl = "MSG" + digs(10)
    src = R.choice(["EPIC", "CERNER", "MEDITECH"])
    lines = [mk("hl7v2", "MSH|^~\\&|%s|%s|EREF|OHBG|%s||ADT^%s^ADT_A01|%s|P|2.5.1|||AL|NE"
                % (src, c["hosp"][0], ts_hl7(), R.choice(["A01", "A08"]), ctrl)),
             mk("hl7v2", "EVN|A08|%s|||%s^%s^%s" % (ts_hl7(), digs(6), R.choice(DOCS)[0], R.choice(DOCS)[1])),
             mk("hl7v2", hl7_pid(c))]
    if R.random() < 0.7:
        f = kin(c)
        lines.append(mk("hl7v2", "NK1|1|", (nm(f, "hl7"), "name"), "|%s^%s^HL70063|" % (f["rel"][2], f["rel"][0].capitalize()),
                        (f["street"], "address"), "^^", (f["city"][0], "address"), "^%s^" % f["city"][2], (f["zip"], "zip"),
                        "|", (fp(f["phone"], "paren"), "phone"), "|", (fp(f["phone2"], "paren"), "phone"), "|NOK^Next of kin"))
    lines.append(mk("hl7v2", hl7_pv1(c)))
    if R.random() < 0.75:
        # IN1-16 insured name, IN1-17 relationship, IN1-18 insured DOB, IN1-36 policy number
        lines.append(mk("hl7v2", "IN1|1|%s|%s|%s" % (c["hp"][1], digs(5), c["hp"][2]), "|" * 12,
                        (nm(c["p"], "hl7"), "name"), "|01^Self|", (fd(c["dob"], "hl7"), "date"), "|" * 18,
                        (c["hp"][0], "health_plan")))
    if R.random() < 0.6:
        lines.append(mk("hl7v2", "OBX|1|ST|VENTSTAT^Ventilator status^L||ON||||||F"))
    return lines


def f_mirth(ph):
    """Mirth Connect channel log, HL7 ORU with escaped \\r"""
    head = "%s %-5s [%s] %s: " % (ts_py(), "INFO", R.choice(["eReferral_IN Source", "Serology_ORU Destination 1"]),
                                  "c.m.s.c.ChannelProcessor")
    if not ph:
        k = rr(6, 3)
        if k == 0:
            return [mk("mirth", head, "Channel Serology_ORU (%s) deployed; polling every 5000 ms" % uuid4())]
        if k == 1:
            return [mk("mirth", head, "Sent ACK: MSH|^~\\&|OHBG|EREF|%s|%s|%s||ACK|ACK%s|P|2.5.1\\rMSA|AA|MSG%s"
                       % (R.choice(["EPIC", "CERNER"]), R.choice(HOSPS)[0], ts_hl7(), digs(8), digs(10)))]
        return [mk("mirth", "%s %-5s [%s] %s: " % (ts_py(), "WARN", "Queue Processor", "c.m.s.c.TcpDispatcher"),
                   "Connection reset by remote host 10.40.%d.%d:6661, message %s will be retried (attempt 2)" % (R.randint(0, 9), R.randint(2, 250), digs(6)))]
    c = case()
    don = c["donor"] or c["tissue"]
    res = R.choice([("HBSAG", "Hepatitis B surface Ag", "Nonreactive"), ("HCVNAT", "HCV RNA NAT", "Negative"),
                    ("CMVIGG", "CMV IgG", "Reactive"), ("HIVAGAB", "HIV-1/2 Ag/Ab", "Nonreactive"),
                    ("RPR", "Syphilis RPR", "Nonreactive"), ("EBVVCA", "EBV VCA IgG", "Positive")])
    coll = c["death"] - dt.timedelta(hours=R.randint(2, 20))
    return [mk("mirth", head, "Received message (id=%s): MSH|^~\\&|LAB|VIRACOR|OHBG|EREF|%s||ORU^R01|LB%s|P|2.5.1\\rPID|1||"
               % (digs(6), ts_hl7(), digs(8)), (don, "other_id"), "^^^OHBG^DN||", (nm(c["p"], "hl7"), "name"), "||",
               (fd(c["dob"], "hl7"), "date"), "|%s\\rOBR|1||S24-%s|SERO^Donor serology panel|||" % (c["p"]["sex"], digs(6)),
               (fdt(coll, "hl7"), "date"), "\\rOBX|1|ST|%s^%s^L||%s||||||F" % res)]


def f_dm_json(ph):
    """donor management service - logstash-logback-encoder JSON"""
    base = [("@timestamp", ts_off()), ("@version", "1")]
    if not ph:
        k = rr(7, 5)
        if k == 0:
            items = base + [("message", "vitals poller tick"), ("logger_name", "org.bgln.dm.VitalsPoller"),
                            ("thread_name", "poller-1"), ("level", "DEBUG"), ("level_value", 10000),
                            ("feeds", R.randint(6, 14)), ("lag_ms", R.randint(80, 2400))]
        elif k == 1:
            items = base + [("message", "Protocol library loaded"), ("logger_name", "org.bgln.dm.protocol.ProtocolRegistry"),
                            ("thread_name", "main"), ("level", "INFO"), ("level_value", 20000),
                            ("protocol", "ADULT_DMG_v4.2"), ("rules", R.randint(30, 48))]
        elif k == 2:
            items = base + [("message", "HL7 vitals feed heartbeat"), ("logger_name", "org.bgln.dm.feed.PhilipsIxListener"),
                            ("thread_name", "mllp-%d" % R.randint(1, 5)), ("level", "INFO"), ("level_value", 20000),
                            ("feed", R.choice(["PHILIPS-IX", "GE-CARESCAPE", "CAPSULE-SDC"])), ("latency_ms", R.randint(90, 900))]
        elif k == 3:
            items = base + [("message", "Request processing failed: java.net.SocketTimeoutException: Read timed out"),
                            ("logger_name", "org.bgln.dm.lab.LabResultClient"), ("thread_name", "lab-sync-2"),
                            ("level", "ERROR"), ("level_value", 40000), ("endpoint", "https://lis.viracor.example.net/api/results"),
                            ("traceId", hexs(32))]
        else:
            items = base + [("message", "Order set published"), ("logger_name", "org.bgln.dm.OrderSetService"),
                            ("thread_name", "http-nio-8080-exec-%d" % R.randint(1, 10)), ("level", "INFO"), ("level_value", 20000),
                            ("orderSet", R.choice(["T4_INFUSION", "HORMONE_RESUSCITATION", "LUNG_RECRUITMENT"])), ("version", "%d.%d" % (R.randint(1, 5), R.randint(0, 9)))]
        return [mk("json_logstash", J(*items))]
    c = case("organ")
    k = rr(8, 5)
    if k == 0:
        items = base + [("message", "vitals snapshot"), ("logger_name", "org.bgln.dm.VitalsIngest"),
                        ("thread_name", "vitals-%d" % R.randint(1, 4)), ("level", "INFO"), ("level_value", 20000),
                        ("donorId", c["donor"], "other_id"), ("bed", "%s-%d" % (c["unit"], R.randint(1, 24))),
                        ("MAP", R.randint(58, 92)), ("HR", R.randint(70, 135)), ("CVP", R.randint(4, 14)),
                        ("SpO2", R.randint(90, 100)), ("temp_c", round(R.uniform(35.2, 38.4), 1)),
                        ("uop_ml_hr", R.randint(30, 420)), ("norepi_mcg_kg_min", round(R.uniform(0, 0.2), 2)),
                        ("vasopressin_u_min", R.choice([0, 0.03, 0.04]))]
    elif k == 1:
        items = base + [("message", "lab panel ingested"), ("logger_name", "org.bgln.dm.LabIngest"),
                        ("thread_name", "lab-sync-1"), ("level", "INFO"), ("level_value", 20000),
                        ("donorId", c["donor"], "other_id"), ("panel", "BMP+LFT"), ("Na", R.randint(138, 164)),
                        ("K", round(R.uniform(3.1, 5.4), 1)), ("Cr", round(R.uniform(0.6, 2.8), 2)),
                        ("AST", R.randint(18, 480)), ("ALT", R.randint(14, 390)), ("Tbili", round(R.uniform(0.3, 2.9), 1)),
                        ("lactate", round(R.uniform(0.8, 4.5), 1))]
    elif k == 2:
        items = base + [("message", "Na %d trending up; D5W @ %d mL/h per protocol" % (R.randint(152, 162), R.choice([100, 150, 200]))),
                        ("logger_name", "org.bgln.dm.protocol.RuleFired"), ("thread_name", "rules-1"), ("level", "WARN"),
                        ("level_value", 30000), ("donorId", c["donor"], "other_id"), ("rule", "HYPERNATREMIA_2"),
                        ("coordinator", R.choice(STAFF_USERS))]
    elif k == 3:
        items = base + [("message", "brain death declaration recorded"), ("logger_name", "org.bgln.dm.CaseTimeline"),
                        ("thread_name", "http-nio-8080-exec-%d" % R.randint(1, 10)), ("level", "INFO"), ("level_value", 20000),
                        ("donorId", c["donor"], "other_id"), ("referralNo", c["ref"], "other_id"),
                        ("declaredAt", fdt(c["death"], "isot"), "date"), ("exam", R.choice(["clinical x2", "clinical + apnea", "clinical + CTA"])),
                        ("hospital", c["hosp"][0])]
    else:
        items = base + [("message", "OR time set"), ("logger_name", "org.bgln.dm.CaseTimeline"),
                        ("thread_name", "http-nio-8080-exec-%d" % R.randint(1, 10)), ("level", "INFO"), ("level_value", 20000),
                        ("donorId", c["donor"], "other_id"), ("crossClampPlanned", fdt(c["xclamp"], "isot"), "date"),
                        ("orRoom", "OR %d" % R.randint(1, 18)), ("teams", R.sample(CENTERS, 3))]
    return [mk("json_logstash", J(*items))]


LAB_HDR = "accession,donor_id,collected_dt,test_code,test_name,result,units,ref_range,flag,performing_lab"
LAB_TESTS = [("HIVAGAB", "HIV-1/2 Ag/Ab Combo", "Non-reactive", "", "", ""), ("HBSAG", "HBsAg", "Non-reactive", "", "", ""),
             ("HBCAB", "HBcAb total", "Non-reactive", "", "", ""), ("HCVAB", "HCV Ab", "Non-reactive", "", "", ""),
             ("HCVNAT", "HCV RNA NAT", "Not detected", "", "", ""), ("CMVIGG", "CMV IgG", "Reactive", "", "", "A"),
             ("TOXO", "Toxoplasma IgG", "Non-reactive", "", "", ""), ("ABO", "ABO/Rh", "O POS", "", "", ""),
             ("NA", "Sodium", "157", "mmol/L", "135-145", "H"), ("LACT", "Lactate", "2.1", "mmol/L", "0.5-2.2", ""),
             ("TROP", "Troponin I hs", "48", "ng/L", "<34", "H"), ("HBA1C", "Hemoglobin A1c", "5.6", "%", "4.0-5.6", "")]


def f_csv_labs(ph):
    """donor lab results CSV export (with header)"""
    if not ph:
        return [mk("csv_labs", LAB_HDR)]
    c = case("organ")
    out = [mk("csv_labs", LAB_HDR)] if R.random() < 0.3 else []
    coll = c["death"] - dt.timedelta(hours=R.randint(1, 30))
    for t in R.sample(LAB_TESTS, R.randint(1, 3)):
        out.append(mk("csv_labs", "S24-%s," % digs(6), (c["donor"], "other_id"), ",", (fdt(coll, "us")[:10] + " " + fdt(coll, "iso")[11:], "date"),
                      ",%s,%s,%s,%s,%s,%s,%s" % (t[0], t[1], t[2], t[3], t[4], t[5], R.choice(["VIRACOR", "LUHO-LAB", "EUROFINS-VTS"]))))
    return out


def f_sero_kv(ph):
    """serology summary pushed to allocation: semicolon kv"""
    if not ph:
        return [mk("sero_kv", "SEROLOGY_BATCH;lab=VIRACOR;received=%s;results=%d;rejected=0;checksum=%s" % (ts_zs(), R.randint(8, 40), hexs(12)))]
    c = case("organ")
    rs = random.Random(c["donor"])  # serology is fixed per donor
    return [mk("sero_kv", "SEROLOGY_RESULT;donor=", (c["donor"], "other_id"),
               ";HIV=NEG;HBsAg=NEG;HBcAb=%s;HCV_Ab=NEG;HCV_NAT=NEG;CMV_IgG=%s;EBV_VCA_IgG=%s;RPR=NEG;PHS_increased_risk=%s"
               % (rs.choice(["NEG", "NEG", "POS"]), rs.choice(["POS", "NEG"]), rs.choice(["POS", "POS", "NEG"]), rs.choice(["N", "N", "Y"])))]


def f_soap(ph):
    """SOAP/XML messages exchanged with the national network"""
    env = '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>'
    end = '</soap:Body></soap:Envelope>'
    pre = "%s [alloc-ws] %s " % (ts_z(), R.choice(["OUT", "IN"]))
    if not ph:
        k = rr(9, 4)
        if k == 0:
            return [mk("soap_xml", pre, env, '<ns2:MatchRunResponse xmlns:ns2="urn:natnet:alloc:v3">',
                       X("matchId", R.randint(1400000, 1499999)), X("status", "COMPLETE"), X("candidates", R.randint(40, 400)),
                       X("generatedAt", ts_zs()), "</ns2:MatchRunResponse>", end)]
        if k == 1:
            return [mk("soap_xml", pre, env, '<ns2:OfferResponse xmlns:ns2="urn:natnet:alloc:v3">', X("matchId", R.randint(1400000, 1499999)),
                       X("ptrSeq", R.randint(1, 60)), X("centerCode", R.choice(CENTERS)), X("response", R.choice(["Z", "Y", "N"])),
                       X("refusalCode", R.choice(["830", "837", "801", "822", "863"])), "</ns2:OfferResponse>", end)]
        if k == 2:
            return [mk("soap_xml", pre, env, "<soap:Fault><faultcode>soap:Server</faultcode><faultstring>Service temporarily unavailable (ref ",
                       uuid4(), ")</faultstring></soap:Fault>", end)]
        return [mk("soap_xml", pre, env, '<ns2:PingResponse xmlns:ns2="urn:natnet:alloc:v3">', X("serverTime", ts_zs()),
                   X("build", "3.%d.%d-b%d" % (R.randint(10, 14), R.randint(0, 9), R.randint(1000, 9999))), "</ns2:PingResponse>", end)]
    c = case("organ")
    k = rr(10, 3)
    if k == 0:
        return [mk("soap_xml", pre, env, '<ns2:RunMatchRequest xmlns:ns2="urn:natnet:alloc:v3">', X("donorId", c["donor"], "other_id"),
                   X("organ", R.choice(["KI", "LI", "HR", "LU", "PA"])), X("abo", R.choice(["O", "A", "B", "AB"])),
                   X("donorHospital", c["hosp"][0]), X("dcd", R.choice(["true", "false"])), X("kdpi", R.randint(5, 95)),
                   "</ns2:RunMatchRequest>", end)]
    if k == 1:
        return [mk("soap_xml", pre, env, '<ns2:OfferNotification xmlns:ns2="urn:natnet:alloc:v3" seq="%d">' % R.randint(1, 40),
                   X("matchId", R.randint(1400000, 1499999)), X("donorId", c["donor"], "other_id"),
                   X("candidateId", candidate_id(), "other_id"), X("centerCode", R.choice(CENTERS)),
                   X("organ", R.choice(ORGANS)), X("responseDueUtc", (C.utc + dt.timedelta(minutes=R.choice([30, 60]))).strftime("%Y-%m-%dT%H:%M:%SZ")),
                   "</ns2:OfferNotification>", end)]
    return [mk("soap_xml", pre, env, '<ns2:DonorUpdate xmlns:ns2="urn:natnet:alloc:v3">', X("donorId", c["donor"], "other_id"),
               X("crossClamp", fdt(c["xclamp"], "isot"), "date"), X("ageYears", c["age"]),
               X("causeOfDeath", R.choice(["ANOXIA", "CVA", "HEAD_TRAUMA"])), "</ns2:DonorUpdate>", end)]


def f_pykv(ph):
    """allocation worker (Python logging, key=value)"""
    lv = "INFO"
    if not ph:
        k = rr(11, 5)
        if k == 0:
            msg = "event=offer_response match_id=%d seq=%d center=%s code=%s desc=\"%s\" elapsed_s=%d" % (
                R.randint(1400000, 1499999), R.randint(1, 60), R.choice(CENTERS), *R.choice([("830", "Donor age or quality"), ("837", "Positive serological tests"), ("822", "Candidate ill, unavailable"), ("801", "Multiple organ transplant or different laterality")]),
                R.randint(200, 3500))
            return [mk("python_kv", "%s %s [allocation.offers] %s" % (ts_py(), lv, msg))]
        if k == 1:
            return [mk("python_kv", "%s WARNING [allocation.sync] retrying POST https://ws.natnet-xfer.org/alloc/v3/offers (HTTP 503) attempt=%d backoff=%.1fs"
                       % (ts_py(), R.randint(1, 4), R.choice([1.0, 2.0, 4.0, 8.0])))]
        if k == 2:
            return [mk("python_kv", "%s INFO [allocation.scheduler] job=expire_offers run_id=%s expired=%d duration_ms=%d"
                       % (ts_py(), uuid4(), R.randint(0, 4), R.randint(20, 900)))]
        if k == 3:
            return [mk("python_kv", "%s INFO [celery.worker.strategy] Task alloc.tasks.poll_match_results[%s] received" % (ts_py(), uuid4()))]
        return [mk("python_kv", "%s INFO [allocation.offers] event=match_run_complete match_id=%d organ=%s candidates=%d opo=OHBG-OP1"
                   % (ts_py(), R.randint(1400000, 1499999), R.choice(ORGANS), R.randint(30, 450)))]
    c = case("organ")
    k = rr(12, 3)
    if k == 0:
        return [mk("python_kv", "%s INFO [allocation.offers] event=offer_sent match_id=%d seq=%d donor_id=" % (ts_py(), R.randint(1400000, 1499999), R.randint(1, 40)),
                   (c["donor"], "other_id"), " candidate_id=", (candidate_id(), "other_id"),
                   " center=%s organ=%s primary=%s due_in=60m" % (R.choice(CENTERS), R.choice(ORGANS), R.choice(["true", "false"])))]
    if k == 1:
        return [mk("python_kv", "%s INFO [allocation.offers] event=provisional_yes donor_id=" % ts_py(), (c["donor"], "other_id"),
                   " candidate_id=", (candidate_id(), "other_id"), " center=%s organ=%s backup_rank=%d" % (R.choice(CENTERS), R.choice(ORGANS), R.randint(1, 3)))]
    why = R.choice(["does not match OR schedule", "changed after offers were sent", "missing time zone"])
    return [mk("python_kv", "%s ERROR [allocation.sync] DonorUpdate rejected for donor_id=" % ts_py(), (c["donor"], "other_id"),
               ": cross_clamp_dt='", (fdt(c["xclamp"], "iso"), "date"), "' %s (declaration_dt='" % why,
               (fdt(c["death"], "iso"), "date"), "', retry=%d)" % R.randint(0, 3))]


def f_nginx(ph):
    """registry lookup gateway: nginx combined + timing"""
    ip = "10.20.%d.%d" % (R.randint(1, 9), R.randint(2, 250))
    if not ph:
        k = rr(13, 4)
        if k == 0:
            return [mk("nginx_combined", '%s - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" rt=0.001 uct=0.000'
                       % ("10.42.%d.%d" % (R.randint(0, 3), R.randint(2, 250)), ts_nginx()))]
        if k == 1:
            return [mk("nginx_combined", '%s - %s [%s] "POST /registry/v1/lookup HTTP/1.1" 200 %d "-" "BGLN-iTx/7.4.2 okhttp/4.12.0" rt=%.3f uct=0.001'
                       % (ip, R.choice(STAFF_USERS), ts_nginx(), R.randint(300, 1400), R.uniform(0.05, 0.9)))]
        if k == 2:
            return [mk("nginx_combined", '%s - - [%s] "GET /static/js/app.%s.js HTTP/2.0" 304 0 "https://registry.%s/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36" rt=0.002 uct=-'
                       % (ip, ts_nginx(), hexs(8), OPO_DOMAIN))]
        return [mk("nginx_combined", '%s - - [%s] "GET /registry/v1/status HTTP/1.1" 200 87 "-" "Prometheus/2.48.1" rt=0.004 uct=0.001' % (ip, ts_nginx()))]
    c = case()
    qs = R.randint(0, 1)
    if qs == 0:
        return [mk("nginx_combined", '%s - %s [%s] "GET /registry/v1/lookup?lastName=' % (ip, R.choice(STAFF_USERS), ts_nginx()),
                   (quote(c["p"]["last"]), "name"), "&firstName=", (quote(c["p"]["first"]), "name"), "&dob=",
                   (fd(c["dob"], "iso"), "date"), "&st=%s HTTP/1.1\" 200 %d \"-\" \"BGLN-iTx/7.4.2 okhttp/4.12.0\" rt=%.3f uct=0.001"
                   % (c["state"], R.randint(300, 1400), R.uniform(0.05, 0.9)))]
    return [mk("nginx_combined", '%s - %s [%s] "GET /registry/v1/lookup?dl=' % (ip, R.choice(STAFF_USERS), ts_nginx()),
               (c["dl"], "license"), "&dlState=%s&zip=" % c["state"], (c["zip"], "zip"),
               " HTTP/1.1\" %s %d \"-\" \"BGLN-iTx/7.4.2 okhttp/4.12.0\" rt=%.3f uct=0.001" % (R.choice(["200", "200", "404"]), R.randint(90, 1400), R.uniform(0.05, 0.9)))]


def f_registry_json(ph):
    """first-person registry gateway responses (pretty-ish JSON)"""
    if not ph:
        k = rr(14, 3)
        if k == 0:
            return [mk("json_api", J(("ts", ts_z()), ("svc", "registry-gw"), ("msg", "cache stats"), ("hits", R.randint(100, 900)),
                                     ("misses", R.randint(5, 90)), ("evictions", R.randint(0, 4)), sp=True))]
        if k == 1:
            return [mk("json_api", J(("ts", ts_z()), ("svc", "registry-gw"), ("requestId", uuid4()), ("msg", "lookup complete"),
                                     ("match", "NONE"), ("candidates", 0), ("elapsedMs", R.randint(40, 700)), sp=True))]
        return [mk("json_api", J(("ts", ts_z()), ("svc", "registry-gw"), ("level", "warn"), ("msg", "upstream BMV endpoint slow"),
                                 ("upstream", "https://bmv-gw.state.oh.us/donor/v2"), ("p95Ms", R.randint(1200, 4000)), sp=True))]
    c = case()
    res = [("match", "EXACT"), ("registryId", c["reg"], "other_id"), ("firstName", c["p"]["first"].upper(), "name"),
           ("lastName", c["p"]["last"].upper(), "name"), ("dob", fd(c["dob"], "iso"), "date"),
           ("zip", c["zip"], "zip")]
    if R.random() < 0.8:
        res += [("status", "REGISTERED"), ("enrolledVia", R.choice(["BMV", "WEB", "DMV_KIOSK"])),
                ("enrolledOn", fd(c["enrolled"], "iso"), "date"), ("restrictions", R.choice(["NONE", "NO_EYES", "TRANSPLANT_ONLY", "NONE"]))]
    else:
        res += [("status", "NOT_REGISTERED"), ("enrolledVia", None), ("enrolledOn", None), ("restrictions", None)]
    if R.random() < 0.5:
        res.append(("portrait", b64_blob(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 60, 150), "photo"))
    return [mk("json_api", J(("ts", ts_z()), ("svc", "registry-gw"), ("requestId", uuid4()), ("msg", "lookup complete"),
                             ("result", J(*res, sp=True)), sp=True))]


def f_casenote(ph):
    """case notes typed by coordinators (free text export)"""
    who = R.choice(["Whitaker, Jenna (FSC)", "Rao, Priyanka (OPC)", "Feld, Marcus (OPC)", "Pillai, Sunita (HDS)", "Iriarte, Tomás (FSC)"])
    head = "NOTE  %s  %-28s " % (C.now.strftime("%m/%d/%Y %H:%M"), who)
    if not ph:
        txt = R.choice([
            "Huddle w/ OR charge RN; OR time tentatively 0200, anesthesia aware.",
            "Hospital liaison reminded unit to keep OPO updated on any change in status. No change.",
            "Awaiting echo read from cardiology; will update allocation once read available.",
            "Lung recruitment per protocol started; repeat ABG in 2h.",
            "Called PCC to confirm courier window 0330-0400; confirmed.",
            "Chaplain services offered to family; declined at this time.",
            "Unit has no beds for family overnight; family lounge 4N arranged by charge RN.",
        ])
        return [mk("casenote", head, txt)]
    c = case()
    f = kin(c)
    k = rr(15, 10)
    hisp = [x for x in c["fam"] if x["last"] in HISP_LAST or x["first"] in HISP_FIRST]
    viet = [x for x in c["fam"] if x["last"] in ("Nguyen", "Tran", "Le") or x["first"] in ("Thanh", "Bich Ngoc")]
    if k == 2 and not hisp:
        k = 0
    if k == 6 and not viet:
        k = R.choice([1, 3, 7, 8])
    if k == 2:
        f = hisp[0]
    if k == 6:
        f = viet[0]
    if k == 0:
        return [mk("casenote", head, "Approached NOK (%s, " % f["rel"][0], (nm(f, "fl"), "name"),
                   ") in family lounge w/ bedside RN. Pt is a registered donor (DL ", (c["dl"], "license"),
                   ", FPA on file since ", (fd(c["enrolled"], "us"), "date"), "). Family supportive; requests callback at ",
                   (fp(f["phone"], R.choice(["paren", "dash", "dot"])), "phone"), ".")]
    if k == 1:
        return [mk("casenote", head, "Legal NOK is %s " % f["rel"][0], (nm(f, "fl"), "name"), ", lives in ",
                   (f["city"][0], "address"), "; reached by phone ", (fp(f["phone"], "raw"), "phone"),
                   " at %s. Verbal authorization recorded (witness: K. Osei RN), recorded line ref A-%d." % (C.now.strftime("%H%M"), R.randint(20000, 29999)))]
    if k == 2:
        es = {"wife": "la esposa", "husband": "el esposo", "daughter": "la hija", "son": "el hijo", "mother": "la madre",
              "father": "el padre", "sister": "la hermana", "brother": "el hermano", "partner": "la pareja",
              "niece": "la sobrina", "grandson": "el nieto"}[f["rel"][0]]
        return [mk("casenote", head, "Nota: %s " % es, (nm(f, "fl"), "name"),
                   " prefiere comunicación en español; tel. ", (fp(f["phone"], "dash"), "phone"), "; dirección ",
                   (f["street"], "address"), ", ", (f["city"][0], "address"), " %s " % f["city"][2], (f["zip"], "zip"),
                   ". Se habló con %s " % ("la Sra." if f["sex"] == "F" else "el Sr."), (f["last"], "name"),
                   " sobre la donación de %s." % R.choice(["córneas", "tejidos", "órganos"]))]
    if k == 3:
        return [mk("casenote", head, "FPA document from registry printed & placed in chart for ", (nm(c["p"], "Lf"), "name"),
                   " DOB ", (fd(c["dob"], R.choice(["us", "us_short", "dmon"])), "date"), " (registry id ", (c["reg"], "other_id"),
                   "). Family informed; %s " % f["rel"][0], (f["first"], "name"), " asked about open casket - discussed.")]
    if k == 4:
        return [mk("casenote", head, "Pt ", (nm(c["p"], "init"), "name"), ", ", age_part(c), "yo, ", c["hosp"][0],
                   " %s. ME case " % c["unit"], (c["me"], "other_id"), " - ME released w/ no restrictions. Family email for docs: ",
                   (f["email"], "email"), ". Fax signed form to NOK fax ", (fp(f["phone2"], "paren"), "fax"), ".")]
    if k == 5:
        url = c["url"] or "https://www.gofundme.com/f/help-the-%s-family" % fold(c["p"]["last"]).replace(" ", "").replace("'", "").lower()
        return [mk("casenote", head, "Family (", (nm(f, "Lf"), "name"), ") shared memorial page ", (url, "url"),
                   " and asked that it be included in the donor family packet.")]
    if k == 6:
        return [mk("casenote", head, "Gia đình muốn nói chuyện bằng tiếng Việt - ", (nm(f, "fl"), "name"), " (", f["rel"][0],
                   ") ĐT ", (fp(f["phone"], "dot"), "phone"), ". Interpreter line #4471 used. Authorization for ",
                   R.choice(["heart, liver, kidneys", "kidneys and corneas", "all organs and tissue", "liver only"]), " obtained.")]
    if k == 7:
        dv = c["dev"] or device_serial()
        return [mk("casenote", head, "Pt has %s (SN " % dv[0], (dv[1], "device"), ") - EP paged to interrogate/deactivate before OR. ",
                   "Pt ", (nm(c["p"], "Lf"), "name"), ", MRN ", (c["mrn"], "mrn"), ".")]
    if k == 9:
        return [mk("casenote", head, "Security: pt's vehicle ", (c["plate"], "vehicle"), " (%s) still in visitor garage L3; keys handed to %s " % (c["state"], f["rel"][0]),
                   (nm(f, R.choice(["fl", "init"])), "name"), " per unit manager.")]
    return [mk("casenote", head, "Donor cost separation: pre-declaration charges stay with payer (%s member ID " % c["hp"][2].split()[0].title(), (c["hp"][0], "health_plan"),
               "), hospital acct ", (c["acct"], "account"), "; OPO billed from declaration ", (fdt(c["death"], "us"), "date"), " onward.")]


def f_slack(ph):
    """ops on-call chat export (Slack JSON)"""
    def msg(text_parts):
        return mk("slack_json", J(("type", "message"), ("channel", "C04OPSONC4L"), ("user", "U0%s" % upl(8)),
                                  ("text", Obj(['"'] + text_parts + ['"'])), ("ts", ts_epoch()[:-6] + digs(6))))
    if not ph:
        return [msg([["courier for OR 3 is 20 min out", "pager test - ignore", "who has the backup phone tonight?",
                               "itx slow again, IT ticket INC0048812 opened", "LifePort #4 back from biomed, good to go",
                               "reminder: huddle 0700 in the big conf room"][rr(90, 6)]])]
    c = case()
    k = rr(16, 3)
    if k == 0:
        return [msg(["heads up, ref ", (c["ref"], "other_id"), " at %s, pt " % c["hosp"][0], age_part(c), "yo, ",
                     R.choice(["eyes only", "tissue eval", "organ eval, vented"]), " - can someone call the unit?"])]
    if k == 1:
        f = kin(c)
        return [msg(["family of ", (nm(c["p"], R.choice(["fl", "low"])), "name"), " wants to talk to someone about the letter - ",
                     (fp(f["phone"], "dash"), "phone"), " (", f["rel"][0], ")"])]
    return [msg(["donor ", (c["donor"] or c["tissue"], "other_id"), " OR moved to ", (c["xclamp"].strftime("%m/%d %H%M"), "date"),
                 ", teams notified"])]


def f_esign(ph):
    """e-signature vendor webhook (DocuSign Connect style)"""
    env = uuid4()
    if not ph:
        ev = R.choice(["envelope-sent", "envelope-delivered", "recipient-autoresponded"])
        return [mk("webhook_json", J(("event", ev), ("apiVersion", "v2.1"), ("uri", "/restapi/v2.1/accounts/%s/envelopes/%s" % (uuid4(), env)),
                                     ("retryCount", 0), ("configurationId", R.randint(10000000, 19999999)),
                                     ("generatedDateTime", ts_z()), ("data", J(("envelopeId", env), ("accountId", uuid4()))), sp=False))]
    c = case()
    f = kin(c)
    return [mk("webhook_json", J(("event", "recipient-completed"), ("apiVersion", "v2.1"),
                                 ("uri", "/restapi/v2.1/accounts/%s/envelopes/%s" % (uuid4(), env)), ("retryCount", 0),
                                 ("generatedDateTime", ts_z()),
                                 ("data", J(("envelopeId", env), ("recipientId", "1"), ("signerName", nm(f, "fl"), "name"),
                                            ("signerEmail", f["email"], "email"), ("ipAddress", c["ip"], "ip"),
                                            ("customFields", J(("referral_no", c["ref"], "other_id"), ("form", "DONATION_AUTH_v9"),
                                                               ("relationship", f["rel"][1])))))))]


def f_syslog5424(ph):
    """tissue/eye recovery app (RFC 5424 syslog with structured data)"""
    host = R.choice(["eb-app01", "tis-app02"])
    pri = R.choice(["<134>", "<133>", "<131>"])
    head = "%s1 %s %s tissuetrak %d " % (pri, ts_off(), host, R.randint(2000, 2400))
    if not ph:
        k = rr(17, 4)
        if k == 0:
            return [mk("rfc5424", head, "INVENTORY [inv@32473 cooler=\"CT-%02d\" tempC=\"%.1f\"] cooler within range" % (R.randint(1, 12), R.uniform(2.5, 7.5)))]
        if k == 1:
            return [mk("rfc5424", head, "RELEASE - lot release queue=%d pending_qa=%d" % (R.randint(0, 9), R.randint(0, 4)))]
        if k == 2:
            return [mk("rfc5424", head, "SYNC [sync@32473 target=\"eyebank-hub\"] pushed %d records in %d ms" % (R.randint(1, 40), R.randint(100, 3000)))]
        return [mk("rfc5424", head, "AUTH - user %s logged in from 10.30.%d.%d (method=SAML)" % (R.choice(STAFF_USERS), R.randint(1, 9), R.randint(2, 250)))]
    c = case("tissue")
    k = rr(18, 4)
    if k == 0:
        return [mk("rfc5424", head, "RECOVERY [case@32473 tissueId=\"", (c["tissue"], "other_id"), "\" site=\"%s\"] cornea recovery complete OD/OS; donor age " % c["hosp"][0],
                   age_part(c), "; death ", (fdt(c["death"], "mil"), "date"), "; recovery ",
                   (fdt(c["death"] + dt.timedelta(hours=R.randint(3, 11)), "mil"), "date"))]
    if k == 1:
        dv = c["dev"] or device_serial()
        return [mk("rfc5424", head, "RECOVERY [case@32473 tissueId=\"", (c["tissue"], "other_id"), "\"] explanted %s SN " % dv[0],
                   (dv[1], "device"), " bagged and released to funeral home with decedent")]
    if k == 2:
        return [mk("rfc5424", head, "SCREEN [case@32473 ebId=\"", (c["eb"], "other_id"), "\" me=\"", (c["me"], "other_id"),
                   "\"] ME release obtained; decedent ", (nm(c["p"], "Lfm"), "name"), " age ", age_part(c))]
    return [mk("rfc5424", head, "LABEL [case@32473 tissueId=\"", (c["tissue"], "other_id"), "\"] printed %d DIN labels for %s"
               % (R.randint(2, 12), R.choice(["skin", "bone", "saphenous vein", "cornea", "heart valves"])))]


def f_dispatch(ph):
    """courier / ground transport dispatch service (JSON)"""
    shp = "SHP-%d" % R.randint(88000, 89999)
    if not ph:
        k = rr(19, 3)
        if k == 0:
            return [mk("json_dispatch", J(("ts", ts_z()), ("svc", "transport-dispatch"), ("event", "gps"), ("shipmentId", shp),
                                          ("lat", round(R.uniform(39.7, 42.4), 5)), ("lon", round(R.uniform(-84.6, -82.2), 5)),
                                          ("speed_kph", R.randint(0, 118)), ("heading", R.randint(0, 359))))]
        if k == 1:
            return [mk("json_dispatch", J(("ts", ts_z()), ("svc", "transport-dispatch"), ("event", "temp_probe"), ("shipmentId", shp),
                                          ("cooler", "IGL-%04d" % R.randint(1, 999)), ("temp_c", round(R.uniform(2.0, 7.9), 1)), ("battery_pct", R.randint(20, 100))))]
        return [mk("json_dispatch", J(("ts", ts_z()), ("svc", "transport-dispatch"), ("event", "driver_assigned"), ("shipmentId", shp),
                                      ("carrier", R.choice(["Quick STAT", "MedSpeed", "Buckeye Courier Co."])),
                                      ("driver", R.choice(["D. Alvarez", "Hollis Grant", "Wen Zhou", "T. Brandt"])),
                                      ("vehicle", "Ford Transit plate %s" % plate("OH")), ("eta_min", R.randint(12, 90))))]
    c = case("organ")
    return [mk("json_dispatch", J(("ts", ts_z()), ("svc", "transport-dispatch"), ("event", "pickup_confirmed"), ("shipmentId", shp),
                                  ("organLabel", Obj(['"', (c["donor"], "other_id"), "-%s\"" % R.choice(ORGANS)])),
                                  ("from", "%s Dock %d" % (c["hosp"][0], R.randint(1, 5))), ("to", R.choice(CENTERS)),
                                  ("mode", R.choice(["ground", "air"])), ("seal", "A%d" % R.randint(40000, 49999)),
                                  ("temp_c", round(R.uniform(2.5, 6.0), 1))))]


def f_aviation(ph):
    """charter aviation: ICAO flight plans and tracking alerts (no PHI by policy)"""
    tail = R.choice(["N512CJ", "N88LG", "N404TX", "N731BG", "N2276K"])
    deps = ["KCMH", "KLCK", "KDAY", "KCVG", "KHTS", "KPKB"]
    arrs = ["KDTW", "KPIT", "KORD", "KMSP", "KBNA", "KIND", "KSDF", "KTEB"]
    d, a = R.choice(deps), R.choice(arrs)
    if R.random() < 0.5:
        return [mk("icao_fpl", "(FPL-%s-IN -%s/M-SDFGHIRWY/LB1 -%s%s -N0%dF%d DCT %s DCT -%s0%d -PBN/A1B1C1D1S1S2 DOF/%s RMK/LIFEGUARD ORGAN TRANSPORT OPO OHBG)"
                   % (tail, R.choice(["C56X", "LJ45", "BE20", "PC12"]), d, C.now.strftime("%H%M"), R.randint(260, 460),
                      R.choice([240, 330, 410, 430]), R.choice(["APE J29 DJB", "ROD J60", "FWA", "HNN"]), a, R.randint(35, 99), C.now.strftime("%y%m%d")))]
    if R.random() < 0.6:
        return [mk("flight_alert", "%s FlightTrack alert: %s (LIFEGUARD %s) %s %s %s EDT; ETA %s %s; alt FL%d"
                   % (ts_zs(), tail, tail[1:], R.choice(["departed", "filed flight plan from"]), d, C.now.strftime("%H:%M"), a,
                      (C.now + dt.timedelta(minutes=R.randint(35, 110))).strftime("%H:%M"), R.choice([240, 330, 410])))]
    return [mk("flight_alert", "%s FlightTrack alert: %s (LIFEGUARD %s) arrived at %s %s EDT from %s; block time %d:%02d"
               % (ts_zs(), tail, tail[1:], a, C.now.strftime("%H:%M"), d, R.randint(0, 1), R.randint(5, 59)))]


def f_twilio(ph):
    """SMS relay (logfmt)"""
    sid = "SM" + hexs(32)
    if not ph:
        k = rr(20, 3)
        if k == 0:
            return [mk("logfmt_sms", "time=%s level=info msg=\"status callback\" sid=%s status=%s error_code=%s"
                       % (ts_zs(), sid, R.choice(["delivered", "sent", "undelivered"]), R.choice(["", "", "30003"])))]
        if k == 1:
            return [mk("logfmt_sms", "time=%s level=info msg=\"page sent\" sid=%s to=%s template=oncall_page role=%s from=+16145550100"
                       % (ts_zs(), sid, fp(phone10("OH"), "e164"), R.choice(["OPC_ONCALL", "FSC_ONCALL", "SURG_RECOVERY"])))]
        return [mk("logfmt_sms", "time=%s level=warn msg=\"rate limited\" account=AC%s retry_after_s=%d" % (ts_zs(), hexs(32), R.randint(1, 30)))]
    c = case()
    f = kin(c)
    return [mk("logfmt_sms", "time=%s level=info msg=\"message queued\" sid=%s to=" % (ts_zs(), sid), (fp(f["phone"], "e164"), "phone"),
               " from=+16145550100 template=%s referral=" % R.choice(["family_update_surgery_start", "family_update_surgery_complete", "family_callback_request", "aftercare_welcome"]),
               (c["ref"], "other_id"), " segments=%d" % R.randint(1, 3))]


def f_postfix(ph):
    qid = upl(2) + hexs(8).upper()
    h = "%s mx01 " % ts_bsd()
    if not ph:
        k = rr(21, 5)
        if k == 0:
            return [mk("postfix", h + "postfix/qmgr[1123]: %s: from=<noreply@%s>, size=%d, nrcpt=1 (queue active)" % (qid, OPO_DOMAIN, R.randint(4000, 90000)))]
        if k == 1:
            return [mk("postfix", h + "postfix/smtpd[%d]: connect from unknown[10.20.%d.%d]" % (R.randint(20000, 30000), R.randint(1, 9), R.randint(2, 250)))]
        if k == 2:
            return [mk("postfix", h + "opendkim[811]: %s: DKIM-Signature field added (s=s2024, d=%s)" % (qid, OPO_DOMAIN))]
        if k == 3:
            return [mk("postfix", h + "postfix/smtp[%d]: %s: to=<%s@%s>, relay=%s.mail.protection.outlook.com[52.101.%d.%d]:25, delay=0.9, delays=0.02/0/0.31/0.57, dsn=2.6.0, status=sent (250 2.6.0 Queued mail for delivery)"
                       % (R.randint(20000, 30000), qid, R.choice(STAFF_USERS), OPO_DOMAIN, OPO_DOMAIN.replace(".", "-"), R.randint(0, 255), R.randint(1, 254)))]
        return [mk("postfix", h + "postfix/cleanup[%d]: %s: message-id=<%s@%s>" % (R.randint(20000, 30000), qid, uuid4(), OPO_DOMAIN))]
    c = case()
    f = kin(c)
    return [mk("postfix", h + "postfix/smtp[%d]: %s: to=<" % (R.randint(20000, 30000), qid), (f["email"], "email"),
               ">, relay=%s[%s]:25, delay=%.1f, delays=0.05/0.01/0.6/0.54, dsn=2.0.0, status=sent (250 ok)"
               % (R.choice(["gmail-smtp-in.l.google.com", "mta7.am0.yahoodns.net", "outlook-com.olc.protection.outlook.com"]),
                  "%d.%d.%d.%d" % (R.choice([142, 67, 52]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), R.uniform(0.5, 3)))]


def f_infra(ph):
    k = rr(22, 16)
    if k == 13:
        return [mk("restic", "%s backup01 restic[%d]: snapshot %s saved; Files: %d new, %d changed, %d unmodified; Added to the repository: %.3f GiB; processed %d files, %.1f GiB in %d:%02d"
                   % (ts_bsd(), R.randint(1000, 9999), hexs(8), R.randint(10, 400), R.randint(100, 3000), R.randint(50000, 99000), R.uniform(0.1, 3), R.randint(50000, 99999), R.uniform(20, 60), R.randint(2, 14), R.randint(0, 59)))]
    if k == 14:
        return [mk("certbot", "%s itx-app02 certbot[%d]: Certificate not yet due for renewal; no action taken (expires %s, %d days)"
                   % (ts_bsd(), R.randint(1000, 9999), "2024-05-%02d" % R.randint(1, 30), R.randint(48, 77)))]
    if k == 15:
        return [mk("node_exporter", "ts=%s caller=collector.go:%d level=error msg=\"collector failed\" name=textfile duration_seconds=%.6f err=\"failed to read textfile collector directory\""
                   % (ts_z(), R.randint(160, 190), R.uniform(0.0001, 0.01)))]
    if k == 0:
        return [mk("glog", ts_glog() + "       1 event.go:307] \"Event occurred\" object=\"opo-prod/%s-%s-%s\" fieldPath=\"\" kind=\"Pod\" apiVersion=\"v1\" type=\"Normal\" reason=\"Pulled\" message=\"Container image \\\"registry.bgln.local/%s:%d.%d.%d\\\" already present on machine\""
                   % (*(lambda s: (s, hexs(9), hexs(5)))(R.choice(["registry-gw", "dm-svc", "alloc-worker", "intake-api"])), R.choice(["registry-gw", "dm-svc"]), R.randint(1, 5), R.randint(0, 20), R.randint(0, 9)))]
    if k == 1:
        return [mk("glog", ts_glog("W") + "    2231 prober.go:107] \"Probe failed\" probeType=\"Readiness\" pod=\"opo-prod/dm-svc-%s-%s\" podUID=\"%s\" containerName=\"dm-svc\" probeResult=\"failure\" output=\"HTTP probe failed with statuscode: 503\""
                   % (hexs(10), hexs(5), uuid4()))]
    if k == 2:
        return [mk("postgres", "%s [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=0.0%02d s, total=%.3f s; sync files=%d, longest=0.004 s, average=0.001 s; distance=%d kB, estimate=%d kB"
                   % (ts_pg(), R.randint(1000, 9000), R.randint(200, 4000), R.uniform(1, 20), R.randint(0, 3), R.uniform(20, 270), R.randint(1, 99), R.uniform(20, 270), R.randint(10, 90), R.randint(2000, 40000), R.randint(2000, 40000)))]
    if k == 3:
        stmt = R.choice(["SELECT m.match_id, m.organ, count(*) FROM match_run m JOIN ptr p USING (match_id) WHERE m.status = 'OPEN' GROUP BY 1,2",
                         "UPDATE offer SET status = $1, responded_at = now() WHERE offer_id = $2",
                         "SELECT * FROM donor_vitals WHERE case_id = $1 AND observed_at > $2 ORDER BY observed_at DESC LIMIT 200",
                         "REFRESH MATERIALIZED VIEW CONCURRENTLY referral_daily_stats"])
        if R.random() < 0.3:
            return [mk("postgres", "%s [%d] ERROR:  canceling statement due to statement timeout" % (ts_pg(), R.randint(1000, 9000)))]
        return [mk("postgres", "%s [%d] LOG:  duration: %.3f ms  statement: %s" % (ts_pg(), R.randint(1000, 9000), R.uniform(500, 4000), stmt))]
    if k == 4:
        return [mk("postgres", "%s [%d] LOG:  automatic vacuum of table \"itx.public.donor_vitals\": index scans: 1, pages: 0 removed, %d remain, tuples: %d removed, %d remain"
                   % (ts_pg(), R.randint(1000, 9000), R.randint(1000, 90000), R.randint(100, 9000), R.randint(100000, 900000)))]
    if k == 5 and R.random() < 0.5:
        return [mk("kafka", "[%s] INFO [Log partition=vent-status-%d, dir=/var/lib/kafka/data] Rolled new log segment at offset %d in %d ms. (kafka.log.LocalLog)"
                   % (ts_py(), R.randint(0, 11), R.randint(100000, 9000000), R.randint(1, 9)))]
    if k == 5:
        return [mk("kafka", "[%s] INFO [GroupCoordinator %d]: Preparing to rebalance group dm-vitals-consumer in state PreparingRebalance with old generation %d (__consumer_offsets-%d) (reason: Adding new member consumer-dm-%d-%s) (kafka.coordinator.group.GroupCoordinator)"
                   % (ts_py(), R.randint(0, 2), R.randint(10, 90), R.randint(0, 49), R.randint(1, 4), uuid4()))]
    if k == 6:
        return [mk("systemd", "%s %s systemd[1]: %s" % (ts_bsd(), R.choice(["fax01", "etl01", "mx01", "itx-app02"]),
                                                       R.choice(["Started Daily apt download activities.", "logrotate.service: Deactivated successfully.",
                                                                 "Starting Cleanup of Temporary Directories...", "Finished Rotate log files.",
                                                                 "node_exporter.service: Scheduled restart job, restart counter is at 3."])))]
    if k == 7:
        return [mk("cron", "%s etl01 CRON[%d]: (etl) CMD (/opt/etl/bin/nightly_export.sh --target %s >> /var/log/etl/export.log 2>&1)"
                   % (ts_bsd(), R.randint(80000, 90000), R.choice(["registry", "srtr", "finance", "qapi"])))]
    if k == 8:
        return [mk("haproxy", "%s lb01 haproxy[1912]: 10.20.%d.%d:%d [%s] fe_https~ be_itx/itx0%d 0/0/1/%d/%d 200 %d - - ---- %d/%d/12/6/0 0/0 \"GET /api/v2/cases?status=ACTIVE&page=%d HTTP/1.1\""
                   % (ts_bsd(), R.randint(1, 9), R.randint(2, 250), R.randint(30000, 65000), ts_nginx()[:20] + ".%03d" % R.randint(0, 999),
                      R.randint(1, 3), R.randint(10, 400), R.randint(11, 420), R.randint(300, 40000), R.randint(100, 500), R.randint(100, 500), R.randint(1, 9)))]
    if k == 9:
        return [mk("alertmanager", "ts=%s caller=dispatch.go:353 level=%s component=dispatcher msg=\"%s\" receiver=oncall-pager integration=pagerduty[0] attempts=1"
                   % (ts_z(), R.choice(["info", "warn"]), R.choice(["Notify success", "Notify for alerts failed"])))]
    if k == 10:
        return [mk("redis", "1:M %s%s %s" % (C.utc.strftime("%d ") + MON[C.utc.month - 1] + C.utc.strftime(" %Y %H:%M:%S."), "%03d" % R.randint(0, 999),
                                             R.choice(["* 100 changes in 300 seconds. Saving...", "* Background saving started by pid %d" % R.randint(100, 999),
                                                       "* DB saved on disk", "* Background saving terminated with success"])))]
    if k == 11:
        return [mk("jvm_gc", "[%s][info][gc] GC(%d) Pause Young (Normal) (G1 Evacuation Pause) %dM->%dM(2048M) %.3fms"
                   % (ts_off()[:23] + "-0400", R.randint(1000, 9000), R.randint(600, 1900), R.randint(150, 500), R.uniform(4, 60)))]
    return [mk("nginx_error", "%s [warn] %d#%d: *%d upstream server temporarily disabled while connecting to upstream, client: 10.20.%d.%d, server: itx.bgln.local, request: \"GET /api/v2/cases HTTP/1.1\", upstream: \"http://10.20.6.%d:8080/api/v2/cases\", host: \"itx.bgln.local\""
               % (C.now.strftime("%Y/%m/%d %H:%M:%S"), *(lambda p: (p, p))(R.randint(1000, 2000)), R.randint(10000, 99999), R.randint(1, 9), R.randint(2, 250), R.randint(2, 60)))]


def f_cef(ph):
    head = "%s itx-app02 CEF:0|Sapient|iTransplant|7.4.2|" % ts_bsd()
    if not ph:
        k = rr(23, 3)
        if k == 0:
            return [mk("cef", head + "100|User login|1|rt=%s suser=%s src=10.20.%d.%d outcome=success cs1Label=authMethod cs1=SAML"
                       % (C.now.strftime("%b %d %Y %H:%M:%S"), R.choice(STAFF_USERS), R.randint(1, 9), R.randint(2, 250)))]
        if k == 1:
            return [mk("cef", head + "140|Session timeout|1|rt=%s suser=%s src=10.20.%d.%d" % (C.now.strftime("%b %d %Y %H:%M:%S"), R.choice(STAFF_USERS), R.randint(1, 9), R.randint(2, 250)))]
        return [mk("cef", head + "310|Report exported|3|rt=%s suser=%s fname=monthly_referral_stats_2024-02.xlsx fsize=%d" % (C.now.strftime("%b %d %Y %H:%M:%S"), R.choice(STAFF_USERS), R.randint(20000, 900000)))]
    c = case()
    ext = ["rt=%s suser=%s src=10.20.%d.%d act=VIEW cs1Label=donorId cs1=" % (C.now.strftime("%b %d %Y %H:%M:%S"), R.choice(STAFF_USERS), R.randint(1, 9), R.randint(2, 250)),
           (c["donor"] or c["tissue"], "other_id"), " cs2Label=patientName cs2=", (nm(c["p"], "LF"), "name")]
    if R.random() < 0.5:
        ext += [" cs3Label=mrn cs3=", (c["mrn"], "mrn")]
    if R.random() < 0.3:
        ext += [" cs4Label=ssn cs4=", ("XXX-XX-" + c["ssn"][-4:], "ssn")]
    return [mk("cef", head + "200|Record viewed|3|", ext)]


def f_fax(ph):
    """HylaFAX xferfaxlog (tab separated)"""
    d = C.now.strftime("%m/%d/%y %H:%M")
    if not ph:
        src = R.choice(HOSPS)
        return [mk("xferfaxlog", "%s\tRECV\t%08d\tttyIAX%d\t\t\"\"\tfax\t\"%s\"\t\"\"\t%d\t%d\t0:%02d:%02d\t0:%02d:%02d\t\"\"\t\"\"\t\"\"\t\"\"\t\"\""
                   % (d, R.randint(400, 999), R.randint(0, 3), fp(src[3].replace("-", ""), "raw"), R.choice([8389632, 4194816]),
                      R.randint(1, 14), R.randint(0, 3), R.randint(0, 59), R.randint(0, 3), R.randint(0, 59)))]
    c = case()
    f = kin(c)
    return [mk("xferfaxlog", "%s\tSEND\t%08d\tttyIAX%d\t%d\t\"auth_" % (d, R.randint(400, 999), R.randint(0, 3), R.randint(1000, 1999)),
               (c["ref"], "other_id"), "\"\tfs-%s@%s\t\"" % (R.choice(STAFF_USERS), OPO_DOMAIN), (fp(f["phone2"], "one"), "fax"),
               "\"\t\"\"\t%d\t%d\t0:01:%02d\t0:00:%02d\t\"\"\t\"\"\t\"\"\t\"\"\t\"\"" % (R.choice([8389632, 4194816]), R.randint(2, 6), R.randint(0, 59), R.randint(10, 59)))]


def f_me(ph):
    """medical examiner / coroner e-mail-to-ticket integration"""
    t = R.randint(5000, 5999)
    if not ph:
        return [mk("me_ticket", "%s ticket#%d from=intake@%s subj=\"%s\" attachments=%d status=%s"
                   % (ts_py(), t, R.choice(["franklincountycoroner.example.gov", "rosscoroner.example.gov", "cabellme.example.gov"]),
                      R.choice(["Monthly referral reconciliation", "Updated on-call schedule - coroner investigators", "RE: MOU renewal 2024"]),
                      R.randint(0, 2), R.choice(["NEW", "CLOSED"])))]
    c = case()
    k = rr(24, 2)
    if k == 0:
        return [mk("me_ticket", "%s ticket#%d from=intake@franklincountycoroner.example.gov subj=\"Release: " % (ts_py(), t),
                   (c["me"], "other_id"), " ", (nm(c["p"], "Lf"), "name"), "\" body=\"Decedent ", (nm(c["p"], "fl"), "name"), ", DOB ",
                   (fd(c["dob"], "us"), "date"), ", MVA on ", (fd(c["admit"], "us"), "date"), "; vehicle ", (c["plate"], "vehicle"),
                   " (%s) VIN " % c["state"], (c["vin"], "vehicle"), ". Release granted for organ/tissue recovery, no restrictions. Fax signed release to (614) 525-%s.\""
                   % digs(4))]
    return [mk("me_ticket", "%s ticket#%d from=id-unit@cabellme.example.gov subj=\"ID confirmation " % (ts_py(), t), (c["me"], "other_id"),
               "\" body=\"Positive ID by fingerprint comparison. Template (ISO 19794-2) attached: ",
               (b64_blob(b"FMR\x00 20\x00\x00\x00\x01\x2c", 40, 90), "biometric"), "\"")]


def f_perfusion(ph):
    """kidney perfusion pump telemetry (key=value)"""
    sn = "LKT-%05d" % R.randint(100, 999)
    base = "%s lifeport-gw %s fw=3.2.1 flow_ml_min=%d press_mmhg=%d ri=%.2f temp_c=%.1f ice=%s" % (
        ts_z(), "sn=" + sn, R.randint(40, 140), R.choice([25, 30, 35]), R.uniform(0.18, 0.6), R.uniform(1.5, 7.0), R.choice(["OK", "OK", "LOW"]))
    if not ph:
        return [mk("perfusion_kv", base + " case=-")]
    c = case("organ")
    return [mk("perfusion_kv", base + " case=", (c["donor"], "other_id"), "-%s" % R.choice(["KL", "KR"]))]


def f_serilog(ph):
    """family aftercare CRM (.NET, Serilog console)"""
    h = "[%s %s] " % (C.now.strftime("%H:%M:%S"), "INF")
    if not ph:
        k = rr(25, 4)
        if k == 0:
            return [mk("serilog", h + "Request finished HTTP/1.1 GET http://aftercare.bgln.local/health - 200 null text/plain %.4fms" % R.uniform(0.5, 8))]
        if k == 1:
            return [mk("serilog", "[%s WRN] Failed to determine the https port for redirect." % C.now.strftime("%H:%M:%S"))]
        if k == 2:
            return [mk("serilog", h + "Executed DbCommand (%dms) [Parameters=[@__familyId_0='?' (DbType = Int32)], CommandType='Text', CommandTimeout='30']" % R.randint(1, 90))]
        return [mk("serilog", h + "Mail merge batch %s completed: %d letters, %d skipped (no address)" % (uuid4()[:8], R.randint(10, 80), R.randint(0, 5)))]
    c = case()
    f = kin(c)
    k = rr(26, 4)
    if k == 0:
        return [mk("serilog", h + "Aftercare letter queued for ", (nm(f, R.choice(["fl", "fml"])), "name"), " at ", (f["street"], "address"), ", ",
                   (f["city"][0], "address"), ", %s " % f["city"][2], (f["zip"], "zip"), " (template=DonorFamily_30day)")]
    if k == 1:
        return [mk("serilog", h + "Family contact ", str(R.randint(10000, 99999)), " updated: email \"", (f["email"], "email"),
                   "\" phone \"", (fp(f["phone"], "paren"), "phone"), "\"")]
    if k == 2:
        url = c["url"] or "https://www.caringbridge.org/visit/%s%s" % (fold(c["p"]["first"].split()[0]).lower(), fold(c["p"]["last"]).replace(" ", "").replace("'", "").lower())
        return [mk("serilog", h + "Memorial link added to donor family record for ", (nm(c["p"], "Lf"), "name"), ": ", (url, "url"))]
    return [mk("serilog", h + "Donor recognition ceremony RSVP from ", (nm(f, "fl"), "name"), " (+%d guests), " % R.randint(0, 4),
               "honoring ", (nm(c["p"], "fl"), "name"), ", d. ", (fd(c["death"], R.choice(["long", "mond", "us"])), "date"))]


def f_zap(ph):
    """public donor-registry signup portal (Go, zap JSON)"""
    if not ph:
        k = rr(27, 3)
        if k == 0:
            return [mk("zap_json", J(("level", "info"), ("ts", float(ts_epoch())), ("caller", "server/http.go:%d" % R.randint(40, 140)),
                                     ("msg", "request"), ("method", "GET"), ("path", "/healthz"), ("status", 200), ("latency", "%dµs" % R.randint(40, 900))))]
        if k == 1:
            return [mk("zap_json", J(("level", "warn"), ("ts", float(ts_epoch())), ("caller", "ratelimit/bucket.go:61"),
                                     ("msg", "rate limit exceeded"), ("bucket", "signup"), ("tokens", 0), ("refill_ms", 1000)))]
        return [mk("zap_json", J(("level", "info"), ("ts", float(ts_epoch())), ("caller", "captcha/verify.go:34"), ("msg", "captcha verified"),
                                 ("score", round(R.uniform(0.3, 0.9), 1)), ("action", "signup")))]
    c = case()
    k = rr(28, 2)
    if k == 0:
        return [mk("zap_json", J(("level", "info"), ("ts", float(ts_epoch())), ("caller", "signup/handler.go:88"),
                                 ("msg", "registration submitted"), ("username", c["user"], "other_id"),
                                 ("remote_ip", c["ip"], "ip"), ("state", c["state"]), ("dob", fd(c["dob"], "iso"), "date"),
                                 ("decision", R.choice(["YES_ALL", "YES_LIMITED"]))))]
    return [mk("zap_json", J(("level", "error"), ("ts", float(ts_epoch())), ("caller", "signup/verify.go:142"),
                             ("msg", "dl verification failed"), ("username", c["user"], "other_id"), ("dl_number", c["dl"], "license"),
                             ("dl_state", c["state"]), ("error", "BMV: no record matches name/dob")))]


SCHEDULE = [  # (family generator, events with PHI, events without PHI)
    (f_logback, 24, 22), (f_pipe, 7, 3), (f_csv_noheader, 5, 1), (f_hl7, 5, 4), (f_mirth, 5, 4),
    (f_dm_json, 18, 14), (f_csv_labs, 6, 2), (f_sero_kv, 4, 2), (f_soap, 9, 11), (f_pykv, 10, 12),
    (f_nginx, 9, 10), (f_registry_json, 7, 4), (f_casenote, 20, 8), (f_slack, 5, 5), (f_esign, 5, 4),
    (f_syslog5424, 9, 8), (f_dispatch, 6, 12), (f_aviation, 0, 9), (f_twilio, 6, 6), (f_postfix, 5, 10),
    (f_cef, 7, 5), (f_fax, 4, 4), (f_me, 5, 3), (f_perfusion, 3, 6), (f_serilog, 9, 9), (f_zap, 6, 5),
    (f_infra, 0, 70),
]


def build():
    events = [(fn, True) for fn, p, _ in SCHEDULE for _ in range(p)]
    events += [(fn, False) for fn, _, q in SCHEDULE for _ in range(q)]
    R.shuffle(events)
    lines = []
    for fn, ph in events:
        C.step(10, 110)
        block = fn(ph)
        if len(lines) + len(block) > N_LINES:
            continue
        lines.extend(block)
    while len(lines) < N_LINES:  # top up with infrastructure noise
        C.step(5, 60)
        lines.extend(f_infra(False))
    return lines


def validate(lines):
    assert len(lines) == N_LINES
    for i, ln in enumerate(lines, 1):
        t = ln.text()
        assert t and "\n" not in t and "\r" not in t, (i, t)
        b = t.encode("utf-8")
        prev = 0
        for s, e, cat, val in ln.spans:
            assert 0 <= s < e <= len(b), (i, s, e)
            assert b[s:e] == val.encode("utf-8"), (i, b[s:e], val)
            assert s >= prev, ("overlap", i)
            prev = e
            assert cat in CATS, cat


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan",
        "account", "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}


def main():
    lines = build()
    validate(lines)
    share = sum(1 for ln in lines if not ln.spans) / len(lines)
    assert 0.53 <= share <= 0.57, share
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(ln.text() for ln in lines))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for i, ln in enumerate(lines, 1):
            fh.write(json.dumps({"line": i, "family": ln.family,
                                 "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in ln.spans]}) + "\n")


if __name__ == "__main__":
    main()
