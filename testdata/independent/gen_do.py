#!/usr/bin/env python3
"""Deterministic generator for the 'do' held-out PHI test corpus.

Theme: hospital care management / social work / discharge planning
(post-acute referral platforms, utilization review, SW assessments,
readmission-risk scoring, community resource referrals, Django + .NET services).

Writes do.log and do.labels.jsonl next to this file.  Standard library only.
All people, numbers and organisations are synthetic.
"""
import base64
import datetime
import json
import os
import random
import unicodedata
import urllib.parse

SEED = 1814031
random.seed(SEED)
rnd = random

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "do"
N_LINES = 500
TARGET_PHI_SHARE = 0.45
TODAY = datetime.date(2024, 3, 14)


# ----------------------------------------------------------------------------
# line builder: concatenation with byte-offset bookkeeping
# ----------------------------------------------------------------------------
class B:
    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        if not cat:
            return self.t(s)
        st = len(self.buf)
        self.buf += s.encode("utf-8")
        self.spans.append((st, len(self.buf), cat, s))
        return self


class O:
    """ordered JSON object: list of (key, value)"""

    def __init__(self, items):
        self.items = items


class A:
    def __init__(self, vals):
        self.vals = vals


class V:
    """labeled scalar value"""

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


def jdump(b, v, ascii=True, sep=", ", colon=": "):
    cat = None
    if isinstance(v, V):
        cat, v = v.cat, v.v
    if isinstance(v, O):
        b.t("{")
        for i, (k, val) in enumerate(v.items):
            if i:
                b.t(sep)
            b.t(json.dumps(k, ensure_ascii=ascii) + colon)
            jdump(b, val, ascii, sep, colon)
        b.t("}")
    elif isinstance(v, A):
        b.t("[")
        for i, val in enumerate(v.vals):
            if i:
                b.t(sep)
            jdump(b, val, ascii, sep, colon)
        b.t("]")
    elif isinstance(v, str):
        b.t('"')
        b.p(json.dumps(v, ensure_ascii=ascii)[1:-1], cat)
        b.t('"')
    else:
        b.p(json.dumps(v), cat)


def prepr(b, v):
    """python repr() of dict/list/str/num with labels"""
    cat = None
    if isinstance(v, V):
        cat, v = v.cat, v.v
    if isinstance(v, O):
        b.t("{")
        for i, (k, val) in enumerate(v.items):
            if i:
                b.t(", ")
            b.t(repr(k) + ": ")
            prepr(b, val)
        b.t("}")
    elif isinstance(v, A):
        b.t("[")
        for i, val in enumerate(v.vals):
            if i:
                b.t(", ")
            prepr(b, val)
        b.t("]")
    elif isinstance(v, str):
        r = repr(v)
        b.t(r[0])
        b.p(r[1:-1], cat)
        b.t(r[-1])
    else:
        b.p(repr(v), cat)


# ----------------------------------------------------------------------------
# identifier helpers (valid check digits where real ones have them)
# ----------------------------------------------------------------------------
def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def digits(n):
    return "".join(str(rnd.randint(0, 9)) for _ in range(n))


def mk_npi():
    base = "1" + digits(8)
    return base + luhn_digit("80840" + base)


def mk_imei():
    body = rnd.choice(["35", "86", "01"]) + digits(12)
    return body + luhn_digit(body)


def mk_card():
    pre = rnd.choice(["4", "4", "51", "53", "6011"])
    body = pre + digits(15 - len(pre))
    return body + luhn_digit(body)


MBI_A = [c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c not in "SLOIBZ"]
MBI_AN = MBI_A + list("0123456789")


def mk_mbi():
    return (str(rnd.randint(1, 9)) + rnd.choice(MBI_A) + rnd.choice(MBI_AN) + str(rnd.randint(0, 9))
            + rnd.choice(MBI_A) + rnd.choice(MBI_AN) + str(rnd.randint(0, 9))
            + rnd.choice(MBI_A) + rnd.choice(MBI_A) + str(rnd.randint(0, 9)) + str(rnd.randint(0, 9)))


VIN_VAL = {str(d): d for d in range(10)}
VIN_VAL.update(dict(A=1, B=2, C=3, D=4, E=5, F=6, G=7, H=8, J=1, K=2, L=3, M=4, N=5, P=7, R=9,
                    S=2, T=3, U=4, V=5, W=6, X=7, Y=8, Z=9))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def mk_vin():
    v = (rnd.choice(["1HG", "1FT", "2T1", "1G1", "JTD", "KMH", "3VW", "1C4"])
         + "".join(rnd.choice(VIN_CH) for _ in range(5)) + "0" + rnd.choice("ABCDEFGHJK")
         + rnd.choice(VIN_CH) + digits(6))
    s = sum(VIN_VAL[c] * VIN_W[i] for i, c in enumerate(v)) % 11
    v = v[:8] + ("X" if s == 10 else str(s)) + v[9:]
    assert sum(VIN_VAL[c] * VIN_W[i] for i, c in enumerate(v)) % 11 == (10 if v[8] == "X" else int(v[8]))
    return v


def mk_ssn():
    while True:
        a = rnd.randint(101, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rnd.randint(1, 99), rnd.randint(1, 9999))


def hexs(n):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + rnd.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rbytes(n):
    return bytes(rnd.getrandbits(8) for _ in range(n))


def b64(bs):
    return base64.b64encode(bs).decode("ascii")


def jpeg_b64(n):
    hdr = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
           b"\xff\xdb\x00C\x00\x08\x06\x06\x07\x06\x05\x08\x07\x07\x07\t\t\x08\n\x0c\x14\r\x0c\x0b\x0b\x0c\x19\x12\x13\x0f")
    return b64(hdr + rbytes(n) + b"\xff\xd9")


def png_b64(n):
    hdr = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x02\x00\x00\x00"
    return b64(hdr + rbytes(n))


def fmr_b64(n):
    # ISO/IEC 19794-2 finger minutiae record header
    return b64(b"FMR\x00 20\x00" + (n + 8).to_bytes(4, "big") + rbytes(n))


FOLD = {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "ß": "ss", "đ": "d", "'": ""}


def fold(s):
    s = "".join(FOLD.get(c, c) for c in s)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def slug(s):
    out = []
    for c in fold(s).lower():
        out.append(c if c.isalnum() else "-")
    return "-".join(x for x in "".join(out).split("-") if x)


# ----------------------------------------------------------------------------
# synthetic world
# ----------------------------------------------------------------------------
F_FIRST = ["Adaeze", "Marisol", "Fatima", "Dolores", "Thanh Huong", "Ingrid", "Soledad", "Yevgenia", "Aroha",
           "Bernadette", "Nadia", "Priscila", "Zainab", "Wilhelmina", "Siobhan", "Leilani", "Odalys", "Rosalind",
           "Chiamaka", "Mariam", "Hildegard", "Consuelo", "Keiko", "Agnieszka", "Eulalia", "Saoirse"]
M_FIRST = ["Tomasz", "Hiroshi", "Oluwaseun", "Gunnar", "Rajesh", "Kwame", "Mehmet", "Cheng", "László", "Eamon",
           "Dmitri", "Joaquín", "Hamid", "Björn", "Teodoro", "Kofi", "Alistair", "Ramón", "Viktor", "Tariq",
           "Delbert", "Augustin", "Sione", "Mykola", "Elijah", "Florian"]
LAST = ["Okonkwo", "Delacruz", "Wiśniewski", "Tanaka", "Adeyemi", "Halvorsen", "Haddad", "Castellanos", "Nguyen",
        "Raghunathan", "Lindqvist", "Mensah", "Villanueva", "Kuznetsova", "Yılmaz", "Ngata", "O'Sullivan", "Zhou",
        "Kovács", "Petrović", "MacGregor", "Gonçalves", "Abernathy", "Oyelaran", "Fitzgerald", "Szabó", "Begay",
        "Ferreira", "Kealoha", "Bergström", "Washington", "Moreau", "Tupou", "Hrabal", "Dimitriou", "Achebe"]
STREETS = ["Larkspur Ln", "Wayne Ave", "Salem Ave", "Far Hills Ave", "Shroyer Rd", "Smithville Rd", "Linden Ave",
           "Philadelphia Dr", "Catalpa Dr", "N Main St", "Brown St", "Watervliet Ave", "Keowee St", "Stewart St",
           "Old Troy Pike", "E Whipp Rd", "Marshall Rd", "Wilmington Pike", "Patterson Rd", "Hoover Ave",
           "Germantown St", "Kemp Rd", "W Stroop Rd", "Kitridge Rd"]
CITIES = [("Dayton", "Montgomery", ["45402", "45403", "45405", "45406", "45410", "45414", "45417", "45419", "45420"]),
          ("Kettering", "Montgomery", ["45429", "45440"]), ("Xenia", "Greene", ["45385"]),
          ("Beavercreek", "Greene", ["45431", "45434"]), ("Springfield", "Clark", ["45503", "45505"]),
          ("Huber Heights", "Montgomery", ["45424"]), ("Miamisburg", "Montgomery", ["45342"]),
          ("Centerville", "Montgomery", ["45459"]), ("Fairborn", "Greene", ["45324"]), ("Troy", "Miami", ["45373"]),
          ("Trotwood", "Montgomery", ["45426"])]
ACS = ["937", "937", "937", "513", "614", "419", "330"]
MAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "att.net", "hotmail.com",
            "woh.rr.com", "protonmail.com"]
RELS = ["daughter", "son", "spouse", "niece", "nephew", "granddaughter", "sister", "brother", "friend"]


class Obj:
    pass


def mk_phone(ac=None):
    return (ac or rnd.choice(ACS), "555", "01%02d" % rnd.randint(0, 99))


def fph(ph, style):
    ac, ex, ln = ph
    return {"paren": "(%s) %s-%s" % (ac, ex, ln), "dash": "%s-%s-%s" % (ac, ex, ln),
            "e164": "+1%s%s%s" % (ac, ex, ln), "plain": "%s%s%s" % (ac, ex, ln),
            "dot": "%s.%s.%s" % (ac, ex, ln), "hl7": "(%s)%s-%s" % (ac, ex, ln),
            "intl": "+1 %s %s %s" % (ac, ex, ln), "e164d": "+1-%s-%s-%s" % (ac, ex, ln)}[style]


def age_on(dob, d=TODAY):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


def mk_email(first, last):
    f = slug(first).replace("-", "")
    l = slug(last).replace("-", "")
    pat = rnd.randrange(5)
    local = [f + "." + l, f[0] + l + str(rnd.randint(1, 99)), l + "." + f + str(rnd.randint(50, 89)),
             f + "_" + l, f + l[0] + str(rnd.randint(1940, 2001))][pat]
    return local + "@" + rnd.choice(MAIL_DOM)


PAYERS = [
    dict(name="Traditional Medicare", code="MCR", kind="MCR", fax=None, phone=("800", "555", "0150"),
         po="PO BOX 6474^^INDIANAPOLIS^IN^46206"),
    dict(name="Great Lakes Medicare Advantage", code="GLMA", kind="MA", fax=("888", "555", "0141"),
         phone=("888", "555", "0140"), po="PO BOX 96672^^CINCINNATI^OH^45201"),
    dict(name="Heartland Senior Choice HMO", code="HSC", kind="MA", fax=("800", "555", "0177"),
         phone=("800", "555", "0176"), po="PO BOX 33120^^LOUISVILLE^KY^40232"),
    dict(name="Buckeye Community Medicaid", code="BCM", kind="MCD", fax=("866", "555", "0119"),
         phone=("866", "555", "0118"), po="PO BOX 182436^^COLUMBUS^OH^43218"),
    dict(name="Summit Commercial PPO", code="SUMPPO", kind="COM", fax=("877", "555", "0163"),
         phone=("877", "555", "0162"), po="PO BOX 7710^^AKRON^OH^44306"),
]


def mk_person(first, last):
    o = Obj()
    o.first, o.last = first, last
    return o


PATIENTS = []
_lasts = rnd.sample(LAST, 28)
for i in range(28):
    p = Obj()
    p.sex = rnd.choice("FM")
    p.first = rnd.choice(F_FIRST if p.sex == "F" else M_FIRST)
    p.last = _lasts[i]
    p.mi = rnd.choice("ABCDEFGHJKLMNPRSTW")
    if i % 3 == 0:
        y = rnd.randint(1924, 1933)
    else:
        y = rnd.randint(1936, 1966)
    p.dob = datetime.date(y, rnd.randint(1, 12), rnd.randint(1, 28))
    p.age = age_on(p.dob)
    p.mrn = str(rnd.randint(10000000, 49999999))
    p.har = str(rnd.randint(7000000000, 7099999999))
    p.ssn = mk_ssn()
    if p.age >= 65:
        p.payer = rnd.choice([PAYERS[0], PAYERS[0], PAYERS[1], PAYERS[2], PAYERS[3]])
    else:
        p.payer = rnd.choice([PAYERS[3], PAYERS[4], PAYERS[4]])
    p.mbi = mk_mbi() if p.age >= 65 else None
    k = p.payer["kind"]
    if k == "MCR":
        p.plan_id = p.mbi
    elif k == "MA":
        p.plan_id = p.payer["code"][:3] + digits(9)
    elif k == "MCD":
        p.plan_id = "9" + digits(11)
    else:
        p.plan_id = "SUM" + digits(9) + "-0" + str(rnd.randint(1, 3))
    p.medicaid = "9" + digits(11) if (k == "MCD" or rnd.random() < 0.25) else None
    c = rnd.choice(CITIES)
    p.street = "%d %s" % (rnd.randint(12, 9890), rnd.choice(STREETS))
    p.apt = rnd.choice([None, None, None, "Apt 3B", "Apt 112", "Unit 4", "#2"])
    p.city, p.county, p.zip = c[0], c[1], rnd.choice(c[2])
    p.phone = mk_phone()
    p.email = mk_email(p.first, p.last) if rnd.random() < 0.5 else None
    p.admit = datetime.date(2024, 3, rnd.randint(1, 12))
    p.dc = TODAY + datetime.timedelta(days=rnd.randint(0, 6))
    p.admit_time = "%02d%02d" % (rnd.randint(0, 23), rnd.randint(0, 59))
    rels = []
    for j in range(rnd.choice([1, 1, 2, 2, 3])):
        r = Obj()
        r.rel = rnd.choice(RELS)
        if r.rel in ("daughter", "niece", "granddaughter", "sister"):
            r.first = rnd.choice(F_FIRST)
        elif r.rel in ("son", "nephew", "brother"):
            r.first = rnd.choice(M_FIRST)
        elif r.rel == "spouse":
            r.first = rnd.choice(M_FIRST if p.sex == "F" else F_FIRST)
        else:
            r.first = rnd.choice(F_FIRST + M_FIRST)
        r.last = p.last if r.rel in ("son", "spouse", "brother", "sister") or rnd.random() < 0.4 else rnd.choice(LAST)
        r.phone = mk_phone()
        r.email = mk_email(r.first, r.last)
        r.username = rnd.choice([slug(r.first)[:1] + slug(r.last).replace("-", "")[:7] + str(rnd.randint(1, 99)),
                                 slug(r.first).replace("-", "") + "_" + slug(r.last).replace("-", "")[:4],
                                 slug(r.last).replace("-", "") + "fam" + str(rnd.randint(10, 99))])
        r.ip = "%d.%d.%d.%d" % (rnd.choice([24, 65, 67, 73, 74, 98, 99, 107, 108, 174, 184]),
                                rnd.randint(1, 254), rnd.randint(0, 254), rnd.randint(1, 254))
        r.fax = mk_phone() if rnd.random() < 0.3 else None
        r.dl = rnd.choice("ABCDEFGHJKLMNPRST") + rnd.choice("ABCDEFGHJKLMNPRST") + digits(6)
        r.plate = "".join(rnd.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)) + " " + digits(4)
        rels.append(r)
    p.rels = rels
    p.dm = rnd.choice(["HCPOA", "HCPOA", "court-appointed guardian", "financial POA", "next of kin"])
    p.guardian_case = "2%03d GDN %05d" % (rnd.randint(19, 23), rnd.randint(100, 9999)) if p.dm == "court-appointed guardian" else None
    p.aps = "APS-%s-24-%06d" % (p.county[:4].upper(), rnd.randint(1000, 99999))
    p.portal_user = slug(p.first)[:1] + slug(p.last).replace("-", "")[:8] + str(rnd.randint(1, 999))
    p.auth = "%s%s-%s" % (rnd.choice(["A", "UM", "PA"]), "2403" + digits(2), digits(5))
    p.rx_risk = round(rnd.uniform(0.05, 0.78), 3)
    p.lace = rnd.randint(4, 18)
    p.vin = mk_vin()
    p.card = mk_card()
    p.bank = digits(rnd.choice([9, 10, 12]))
    p.routing = rnd.choice(["041215032", "042000314", "044000024", "041000124"])
    p.o2_serial = rnd.choice(["IO5", "SIM", "EVR"]) + "-" + digits(4) + "-" + digits(5)
    p.cpap_serial = "23" + digits(9)
    p.hub_mac = ":".join("%02X" % rnd.randint(0, 255) for _ in range(6))
    p.cuff_imei = mk_imei()
    p.udi = "(01)00" + digits(12) + "(17)2%d%02d%02d(10)%s(21)%s" % (
        rnd.randint(5, 7), rnd.randint(1, 12), rnd.randint(1, 28), rnd.choice("ABCDEFGH") + digits(5),
        rnd.choice(["SN", "", "W"]) + digits(8))
    PATIENTS.append(p)

# a few patients are "hot" (discussed a lot today)
PT_WEIGHTS = [rnd.choice([1, 1, 2, 3, 5]) for _ in PATIENTS]


def pick():
    return rnd.choices(PATIENTS, weights=PT_WEIGHTS)[0]


STAFF = [("Priya Raman", "RN", "praman", "CM"), ("Deborah Kline", "RN", "dkline", "CM"),
         ("Chukwuemeka Obi", "RN", "cobi", "CM"), ("Hannah Feldman", "RN, CCM", "hfeldman", "CM"),
         ("María José Ortega", "LISW", "mortega", "SW"), ("Tyler Brandt", "LSW", "tbrandt", "SW"),
         ("Aisha Bello", "LISW-S", "abello", "SW"), ("Svetlana Ivanova", "RN", "sivanova", "UR"),
         ("Grace Achterberg", "RN", "gachterberg", "UR"), ("Lukas Hoffmann", "RN", "lhoffmann", "UR")]
PHYS = ["Kenji Mori", "Rafael Quintero", "Mei-Ling Chou", "Olamide Faleti", "Anand Venkataraman", "Sarah Goldberg"]
FAC_CONTACTS = ["Shanice Porter", "Brian Kowalczyk", "Lucía Fernández", "Jared Whitfield", "Ngozi Eze",
                "Karen Lindholm", "Samir Qureshi", "Destiny Alvarez", "Heather Yoder", "Tuan Pham", "Amara Diallo",
                "Kyle Brennan"]
FAC_SPEC = [("Brookhaven Post-Acute & Rehab", "SNF", "5"), ("Miami Valley Transitional Care", "SNF", "5"),
            ("Sycamore Glen Health Center", "SNF", "5"), ("Wright Crossing Nursing & Rehab", "SNF", "5"),
            ("Carillon Gardens Skilled Nursing", "SNF", "5"), ("Greene Meadows Care Center", "SNF", "5"),
            ("Gem City Home Health", "HHA", "7"), ("Buckeye Visiting Nurses", "HHA", "7"),
            ("Trinity Home Care Partners", "HHA", "7"), ("Valley Rehabilitation Hospital", "IRF", "3"),
            ("Riverbend Specialty Hospital", "LTACH", "2"), ("Evening Star Hospice", "HOSPICE", "1")]
FACS = []
for i, (nm, typ, cc) in enumerate(FAC_SPEC):
    f = Obj()
    f.name, f.type = nm, typ
    f.id = rnd.randint(10200, 48999)
    f.npi = mk_npi()
    _pre = "36" + {"5": "5", "7": "7", "3": "30", "2": "20", "1": "15"}[cc]
    f.ccn = _pre + digits(6 - len(_pre))
    c = rnd.choice(CITIES)
    f.street = "%d %s" % (rnd.randint(100, 6000), rnd.choice(["Corporate Center Dr", "Research Blvd", "Springboro Pike",
                                                              "N Dixie Dr", "Kingsridge Dr", "Commerce Park Dr",
                                                              "Lyons Rd", "Miller Ln"]))
    f.city, f.zip = c[0], c[2][0]
    f.phone = mk_phone("937")
    f.fax = mk_phone("937")
    _w = slug(nm).split("-")
    f.email = ("intake@" if typ in ("HHA", "HOSPICE") else "admissions@") + _w[0] + (_w[1] if len(_w[0]) < 6 else "") + "-" + typ.lower() + ".example.com"
    f.contact = FAC_CONTACTS[i]
    FACS.append(f)

HOSP = dict(name="St. Valentin Regional Medical Center", short="SVRMC", street="1 Prospect Blvd", city="Dayton",
            zip="45409", phone=("937", "555", "0100"), fax=("937", "555", "0109"), npi=mk_npi())
HOSTS = ["cm-api-01", "cm-api-02", "cm-worker-01", "cm-worker-02", "ur-svc-01", "navibridge-01", "fax-gw-01",
         "sftp-ur01", "batch01", "mirth-prd-02", "pg-cm-01", "mail01"]
PRIV = lambda: rnd.choice(["10.20.%d.%d", "10.40.%d.%d", "172.18.%d.%d", "192.168.%d.%d"]) % (rnd.randint(0, 12), rnd.randint(2, 250))


# ----------------------------------------------------------------------------
# clock / timestamp formats (system timestamps: never labeled)
# ----------------------------------------------------------------------------
class Clock:
    t = datetime.datetime(2024, 3, 14, 6, 2, 11, 418000)


def tick(small=False):
    Clock.t += datetime.timedelta(milliseconds=rnd.randint(1, 900) if small else rnd.randint(30, 48000))
    return Clock.t


def ms(dt):
    return "%03d" % (dt.microsecond // 1000)


def ts_py(dt):
    return dt.strftime("%Y-%m-%d %H:%M:%S") + "," + ms(dt)


def ts_iso6(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.%f") + "Z"


def ts_iso7(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.%f") + str(rnd.randint(0, 9)) + "Z"


def ts_isoms(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + ms(dt) + "Z"


def ts_clf(dt):
    return dt.strftime("%d/%b/%Y:%H:%M:%S +0000")


def ts_sys(dt):
    return "%s %2d %s" % (dt.strftime("%b"), dt.day, dt.strftime("%H:%M:%S"))


def ts_pg(dt):
    return dt.strftime("%Y-%m-%d %H:%M:%S.") + ms(dt) + " UTC"


def ts_nlog(dt):
    return dt.strftime("%Y-%m-%d %H:%M:%S.") + "%04d" % (dt.microsecond // 100)


def ts_ms(dt):
    return dt.strftime("%Y-%m-%d %H:%M:%S.") + ms(dt)


def ts_us(dt):
    return dt.strftime("%m/%d/%Y %I:%M:%S %p")


# person-date formats (labeled)
def d_iso(d):
    return d.isoformat()


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d_hl7(d):
    return d.strftime("%Y%m%d")


def d_long(d):
    return d.strftime("%b %d, %Y").replace(" 0", " ")


def d_dmy(d):
    return d.strftime("%d-%b-%Y")


def d_any(d):
    return rnd.choice([d_iso, d_us, d_us, d_hl7, d_long, d_dmy])(d)


def rel_of(p):
    return rnd.choice(p.rels)


def agev(p):
    return V(p.age, "age") if p.age > 89 else p.age


def portal_slug(p):
    return "%s-%s-%s" % (slug(p.last), slug(p.first), p.mrn[-4:])


def street_full(p):
    return p.street + (" " + p.apt if p.apt else "")


# ----------------------------------------------------------------------------
# families.  each returns a list of B (one or more consecutive lines).
# ----------------------------------------------------------------------------
def fam_structlog(ph):
    """careport_bridge (Django) – structlog JSONRenderer, ensure_ascii"""
    b = B("structlog-json")
    dt = tick()
    p = pick()
    f = rnd.choice(FACS)
    rid = rnd.randint(880000, 889999)
    lvl, logger = "info", "careport_bridge.referrals"
    if ph:
        k = rnd.randrange(5)
        if k == 0:
            items = [("event", "referral_packet_built"), ("referral_id", rid), ("patient_mrn", V(p.mrn, "mrn")),
                     ("patient_name", V("%s, %s" % (p.last, p.first), "name")), ("dob", V(d_iso(p.dob), "date")),
                     ("age", agev(p)), ("payer", p.payer["name"]), ("member_id", V(p.plan_id, "health_plan")),
                     ("level_of_care", rnd.choice(["SNF", "HHA", "IRF", "LTACH"])),
                     ("anticipated_discharge", V(d_iso(p.dc), "date")), ("destinations", rnd.randint(3, 9)),
                     ("attachments", rnd.randint(2, 7)), ("packet_bytes", rnd.randint(180000, 2900000))]
            logger = "careport_bridge.referrals.packet"
        elif k == 1:
            items = [("event", "referral_sent"), ("referral_id", rid), ("facility_id", f.id), ("facility_npi", f.npi),
                     ("patient_mrn", V(p.mrn, "mrn")), ("channel", "careport"), ("response_sla_hours", 4),
                     ("request_id", uuid4())]
        elif k == 2:
            items = [("event", "facility_response_received"), ("referral_id", rid), ("facility", f.name),
                     ("facility_ccn", f.ccn), ("response", "accepted"),
                     ("contact_name", f.contact), ("contact_phone", fph(f.phone, "dash")),
                     ("mrn", V(p.mrn, "mrn")), ("planned_admit", V(d_iso(p.dc), "date"))]
        elif k == 3:
            items = [("event", "patient_lookup"), ("last_name", V(p.last, "name")),
                     ("birth_date", V(d_iso(p.dob), "date")), ("matches", 1), ("user", rnd.choice(STAFF)[2]),
                     ("duration_ms", rnd.randint(8, 240))]
            logger = "careport_bridge.patients"
        else:
            r = rel_of(p)
            items = [("event", "family_choice_list_sent"), ("referral_id", rid), ("patient_mrn", V(p.mrn, "mrn")),
                     ("recipient", V("%s %s" % (r.first, r.last), "name")), ("relationship", r.rel),
                     ("recipient_email", V(r.email, "email")), ("facilities_listed", rnd.randint(4, 12)),
                     ("template", "choice_list_v3")]
            if rnd.random() < 0.5:
                items.insert(7, ("portal_link", V("https://family.svrmc.org/updates/" + portal_slug(p), "url")))
            logger = "careport_bridge.notifications"
    else:
        k = rnd.randrange(6)
        if k == 0:
            items = [("event", "referral_sent"), ("referral_id", rid), ("facility_id", f.id), ("facility_npi", f.npi),
                     ("channel", "careport"), ("response_sla_hours", rnd.choice([2, 4, 24])), ("request_id", uuid4())]
        elif k == 1:
            resp = rnd.choice(["declined", "declined", "accepted", "pending_review"])
            items = [("event", "facility_response_received"), ("referral_id", rid), ("facility", f.name),
                     ("facility_ccn", f.ccn), ("response", resp)]
            if resp == "declined":
                items.append(("decline_reason", rnd.choice(["no_bed_available", "clinical_needs_exceed_capability",
                                                            "payer_not_accepted", "out_of_service_area",
                                                            "behavioral_concerns"])))
            items += [("contact_name", f.contact), ("contact_phone", fph(f.phone, rnd.choice(["dash", "paren"]))),
                      ("contact_email", f.email)]
        elif k == 2:
            items = [("event", "provider_directory_sync"), ("source", "careport"), ("providers_total", rnd.randint(380, 420)),
                     ("updated", rnd.randint(0, 30)), ("deactivated", rnd.randint(0, 3)), ("elapsed_s", round(rnd.uniform(3, 40), 2))]
            logger = "careport_bridge.directory"
        elif k == 3:
            lvl = "warning"
            items = [("event", "webhook_retry"), ("attempt", rnd.randint(2, 5)), ("delivery_id", uuid4()),
                     ("status_code", rnd.choice([502, 503, 504])), ("endpoint", "https://hooks.careport-partner.example.com/v2/events"),
                     ("backoff_s", rnd.choice([15, 30, 60, 120]))]
            logger = "careport_bridge.webhooks"
        elif k == 4:
            items = [("event", "oauth_token_refreshed"), ("client_id", "svrmc-cm-prod"), ("expires_in", 3600),
                     ("scope", "referrals:write providers:read")]
            logger = "careport_bridge.auth"
        else:
            items = [("event", "bed_availability_snapshot"), ("facility_id", f.id), ("facility_type", f.type),
                     ("beds_open", rnd.randint(0, 9)), ("isolation_beds", rnd.randint(0, 2)),
                     ("as_of", ts_iso6(dt - datetime.timedelta(minutes=rnd.randint(1, 50))))]
            logger = "careport_bridge.directory"
    items += [("level", lvl), ("logger", logger), ("timestamp", ts_iso6(dt))]
    jdump(b, O(items))
    return [b]


def fam_serilog(ph):
    """NaviBridge (.NET 8) – Serilog CompactJsonFormatter (non-ASCII kept raw)"""
    b = B("serilog-clef")
    dt = tick()
    p = pick()
    conn = "0HN2" + "".join(rnd.choice("0123456789ABCDEFGHIJKLMNOPQRSTUV") for _ in range(9))
    items = [("@t", ts_iso7(dt))]
    ep = "EP-%07d" % rnd.randint(100000, 9999999)
    if ph:
        k = rnd.randrange(4)
        if k == 0:
            items += [("@mt", "Placement recommendation {RecommendationId} received for {PatientMrn} ({MemberId})"),
                      ("@tr", hexs(32)), ("@sp", hexs(16)),
                      ("RecommendationId", "NH-REC-%08d" % rnd.randint(1, 99999999)), ("PatientMrn", V(p.mrn, "mrn")),
                      ("MemberId", V(p.plan_id, "health_plan")),
                      ("SourceContext", "NaviBridge.Services.RecommendationConsumer")]
        elif k == 1:
            items += [("@mt", "Post-acute episode {EpisodeId} opened for {MemberName}, DOB {BirthDate}"),
                      ("EpisodeId", ep), ("MemberName", V("%s %s" % (p.first, p.last), "name")),
                      ("BirthDate", V(d_us(p.dob), "date")), ("MemberAge", agev(p)), ("SourceContext", "NaviBridge.Services.EpisodeService"),
                      ("RequestId", conn + ":0000000" + str(rnd.randint(1, 9))), ("RequestPath", "/api/episodes"),
                      ("ConnectionId", conn)]
        elif k == 2:
            r = rel_of(p)
            items += [("@mt", "Decision maker {DecisionMakerName} ({Relationship}) recorded for episode {EpisodeId}, callback {Phone}"),
                      ("DecisionMakerName", V("%s %s" % (r.first, r.last), "name")), ("Relationship", p.dm),
                      ("EpisodeId", ep), ("Phone", V(fph(r.phone, "e164"), "phone")),
                      ("SourceContext", "NaviBridge.Services.EpisodeService")]
        else:
            items += [("@mt", "Outcome {Outcome} for member {MemberId}: discharged to {DispositionCode} on {DischargeDate}"),
                      ("Outcome", rnd.choice(["HomeWithHHA", "SNF", "IRF"])), ("MemberId", V(p.plan_id, "health_plan")),
                      ("DispositionCode", rnd.choice(["03", "06", "62"])), ("DischargeDate", V(d_iso(p.dc), "date")),
                      ("SourceContext", "NaviBridge.Jobs.OutcomeExport")]
    else:
        k = rnd.randrange(6)
        uri = "https://api.navi-partner.example.com/v3/episodes/%s/%s" % (ep, rnd.choice(["recommendations", "status", "documents"]))
        ctx = "System.Net.Http.HttpClient.NaviHealth"
        if k == 0:
            items += [("@mt", "Start processing HTTP request {HttpMethod} {Uri}"), ("HttpMethod", rnd.choice(["GET", "POST"])),
                      ("Uri", uri), ("EventId", O([("Id", 100), ("Name", "RequestPipelineStart")])),
                      ("SourceContext", ctx + ".LogicalHandler")]
        elif k == 1:
            items += [("@mt", "Received HTTP response headers after {ElapsedMilliseconds}ms - {StatusCode}"),
                      ("ElapsedMilliseconds", round(rnd.uniform(20, 1800), 4)), ("StatusCode", rnd.choice([200, 200, 201, 404, 429])),
                      ("EventId", O([("Id", 101), ("Name", "RequestEnd")])), ("SourceContext", ctx + ".ClientHandler")]
        elif k == 2:
            items += [("@mt", "Polly retry {RetryAttempt} after {Delay} for {Uri}"), ("@l", "Warning"),
                      ("RetryAttempt", rnd.randint(1, 3)), ("Delay", "00:00:0%d" % rnd.randint(1, 8)), ("Uri", uri),
                      ("SourceContext", "NaviBridge.Resilience")]
        elif k == 3:
            items += [("@mt", "Recommendation queue drained: {Processed} processed, {Failed} failed in {Elapsed}"),
                      ("Processed", rnd.randint(0, 60)), ("Failed", rnd.randint(0, 2)),
                      ("Elapsed", "00:00:%02d.%07d" % (rnd.randint(0, 59), rnd.randint(0, 9999999))),
                      ("SourceContext", "NaviBridge.Services.RecommendationConsumer")]
        elif k == 4:
            items += [("@mt", "Health check {HealthCheckName} completed with status {HealthStatus}"),
                      ("HealthCheckName", rnd.choice(["sqlserver", "servicebus", "navihealth-api"])),
                      ("HealthStatus", "Healthy"), ("SourceContext", "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService")]
        else:
            items += [("@mt", "Service Bus message {MessageId} completed on {EntityPath}, delivery count {DeliveryCount}"),
                      ("MessageId", hexs(32)), ("EntityPath", "navi-recommendations/subscriptions/svrmc"),
                      ("DeliveryCount", rnd.randint(1, 3)), ("SourceContext", "NaviBridge.Messaging.Processor")]
        items += [("MachineName", rnd.choice(["NAVIBRIDGE-01", "NAVIBRIDGE-02"])), ("EnvironmentName", "Production")]
    jdump(b, O(items), ascii=False, sep=",", colon=":")
    return [b]


def dj_prefix(b, lvl, module):
    dt = tick()
    b.t("%s %s %s %d %d " % (lvl, ts_py(dt), module, rnd.choice([4121, 4122, 4130, 4131]),
                             rnd.choice([140231871231232, 140231862838528, 140231854445824])))


def fam_django(ph):
    """careapp (Django) default verbose formatter: {levelname} {asctime} {module} {process:d} {thread:d} {message}"""
    b = B("django-verbose")
    p = pick()
    if ph:
        k = rnd.randrange(7)
        if k == 6:
            dj_prefix(b, "DEBUG", "views")
            b.t("Wristband photo captured mrn=").p(p.mrn, "mrn").t(" content_type=image/png size=%d b64=" % rnd.randint(900, 1600))
            b.p(png_b64(rnd.randint(700, 1200)), "photo")
        elif k == 0:
            dj_prefix(b, "INFO", "views")
            b.t("Discharge planning note saved for patient ").p(p.mrn, "mrn").t(" (").p(p.last.upper() + ", " + p.first.upper(), "name")
            b.t(") by %s, note_id=%d" % (rnd.choice(STAFF)[2], rnd.randint(300000, 399999)))
        elif k == 1:
            dj_prefix(b, "INFO", "tasks")
            r = rel_of(p)
            b.t("Sent family update email to ").p(r.email, "email").t(" (template=family_update_v2, patient_id=").p(p.mrn, "mrn").t(")")
        elif k == 2:
            dj_prefix(b, "INFO", "signals")
            old = p.dc - datetime.timedelta(days=rnd.randint(1, 3))
            b.t("EDD changed for MRN ").p(p.mrn, "mrn").t(": ").p(d_iso(old), "date").t(" -> ").p(d_iso(p.dc), "date")
            b.t(" reason=%s" % rnd.choice(["awaiting_snf_bed", "awaiting_auth", "medical_instability", "family_meeting"]))
        elif k == 3:
            dj_prefix(b, "WARNING", "forms")
            b.t("Address validation failed (USPS DPV=N) for patient ").p(p.mrn, "mrn").t(": '").p(street_full(p), "address")
            b.t(", ").p(p.city, "address").t(", OH ").p(p.zip, "zip").t("'")
        elif k == 4:
            dj_prefix(b, "INFO", "views")
            b.t("Home health order %d created: DME %s SN " % (rnd.randint(55000, 59999), rnd.choice(["oxygen concentrator", "portable O2"])))
            b.p(p.o2_serial, "device").t(" assigned to ").p(p.mrn, "mrn").t(", vendor=Miami Valley Medical Supply acct %d" % rnd.randint(10000, 99999))
        else:
            dj_prefix(b, "ERROR", "log")
            b.t("Internal Server Error: /api/v1/patients/").p(p.mrn, "mrn").t("/discharge-plan/")
    else:
        k = rnd.randrange(8)
        if k == 0:
            dj_prefix(b, "WARNING", "log")
            b.t("Not Found: /api/v1/facilities/%d/" % rnd.randint(10000, 99999))
        elif k == 1:
            dj_prefix(b, "WARNING", "log")
            b.t("Forbidden (CSRF token missing.): /portal/login/")
        elif k == 2:
            dj_prefix(b, "INFO", "tasks")
            b.t("Facility availability refreshed: %d SNF beds, %d HHA slots, %d IRF beds (source=careport, took %.2fs)"
                % (rnd.randint(10, 60), rnd.randint(3, 20), rnd.randint(0, 6), rnd.uniform(1, 9)))
        elif k == 3:
            dj_prefix(b, "INFO", "views")
            f = rnd.choice(FACS)
            b.t("Facility contact updated facility_id=%d contact='%s' phone=%s by %s"
                % (f.id, f.contact, fph(f.phone, "paren"), rnd.choice(STAFF)[2]))
        elif k == 4:
            dj_prefix(b, "WARNING", "base")
            b.t("Slow cache get key=census:unit:%s took %dms" % (rnd.choice(["4W", "5E", "6N", "ICU2", "CCU"]), rnd.randint(200, 900)))
        elif k == 5:
            dj_prefix(b, "INFO", "apps")
            b.t("careapp %s starting (django=4.2.11, build=2024.03.11-1742, commit=%s)" % ("3.14.2", hexs(7)))
        elif k == 6:
            dj_prefix(b, "ERROR", "log")
            b.t("Internal Server Error: /api/v1/referrals/%d/responses/" % rnd.randint(880000, 889999))
        else:
            dj_prefix(b, "INFO", "views")
            s = rnd.choice(STAFF)
            b.t("Caseload exported user=%s unit=%s rows=%d file=caseload_%s_%s.csv" %
                (s[2], rnd.choice(["4W", "5E", "6N"]), rnd.randint(8, 30), s[2], Clock.t.strftime("%Y%m%d")))
    return [b]


UA = ["python-requests/2.31.0", "kube-probe/1.27", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36",
      "axios/1.6.7", "Apache-HttpClient/4.5.14 (Java/17.0.9)"]


def fam_gunicorn(ph):
    """gunicorn access log (default access_log_format)"""
    b = B("gunicorn-access")
    dt = tick()
    p = pick()
    ip = PRIV()
    b.t('%s - - [%s] "' % (ip, ts_clf(dt)))
    if ph:
        k = rnd.randrange(4)
        if k == 0:
            b.t("GET /api/v1/patients/").p(p.mrn, "mrn").t("/referrals/?status=open HTTP/1.1")
        elif k == 1:
            b.t("GET /api/v1/patients/search?last_name=").p(urllib.parse.quote(p.last), "name")
            b.t("&dob=").p(d_iso(p.dob), "date").t(" HTTP/1.1")
        elif k == 2:
            b.t("POST /api/v1/sw/assessments/?mrn=").p(p.mrn, "mrn").t(" HTTP/1.1")
        else:
            b.t("GET /api/v1/encounters/?har=").p(p.har, "account").t("&include=payer HTTP/1.1")
        st = rnd.choice([200, 200, 200, 201, 404])
    else:
        path = rnd.choice(["/healthz", "/readyz", "/api/v1/referrals/%d/" % rnd.randint(880000, 889999),
                           "/api/v1/facilities/?type=SNF&county=all", "/api/v1/referrals/%d/responses/" % rnd.randint(880000, 889999),
                           "/static/admin/css/base.css", "/api/v1/units/4W/census", "/metrics"])
        meth = "POST" if "responses" in path and rnd.random() < 0.5 else "GET"
        b.t("%s %s HTTP/1.1" % (meth, path))
        st = rnd.choice([200, 200, 200, 204, 304, 404, 500]) if path not in ("/healthz", "/readyz") else 200
    ua = "kube-probe/1.27" if not ph and rnd.random() < 0.2 else rnd.choice([u for u in UA if "probe" not in u])
    b.t('" %d %d "-" "%s"' % (st, rnd.randint(0, 48000), ua))
    return [b]


def fam_nginx_portal(ph):
    """nginx combined log of family portal (family members' public IPs)"""
    b = B("nginx-combined")
    dt = tick()
    host = "https://family.svrmc.org"
    if ph:
        p = pick()
        r = rel_of(p)
        k = rnd.randrange(4)
        b.p(r.ip, "ip").t(" - - [%s] \"" % ts_clf(dt))
        sl = portal_slug(p)
        if k == 0:
            b.t("GET ").p("/updates/" + sl, "url").t(" HTTP/2.0\" 200 %d \"" % rnd.randint(4000, 20000))
            b.t(host + "/dashboard").t("\" \"")
        elif k == 1:
            b.t("GET /static/js/main.%s.js HTTP/2.0\" 200 %d \"" % (hexs(8), rnd.randint(90000, 300000)))
            b.p(host + "/updates/" + sl, "url").t("\" \"")
        elif k == 2:
            b.t("POST /api/portal/login HTTP/2.0\" %d %d \"" % (rnd.choice([200, 401]), rnd.randint(80, 900)))
            b.t(host + "/login").t("\" \"")
        else:
            b.t("GET /api/portal/messages?unread=1 HTTP/2.0\" 200 %d \"" % rnd.randint(80, 3000))
            b.t(host + "/inbox").t("\" \"")
        b.t(rnd.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
                        "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.64 Mobile Safari/537.36",
                        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15"]))
        b.t("\" rt=%.3f uct=\"0.001\" uht=\"%.3f\"" % (rnd.uniform(0.002, 0.9), rnd.uniform(0.001, 0.8)))
    else:
        b.t("%s - - [%s] \"" % (PRIV(), ts_clf(dt)))
        path = rnd.choice(["/nginx-health", "/api/portal/health", "/favicon.ico", "/static/css/portal.%s.css" % hexs(8)])
        b.t("GET %s HTTP/1.1\" 200 %d \"-\" \"%s\"" % (path, rnd.randint(2, 9000), rnd.choice(["ELB-HealthChecker/2.0", "kube-probe/1.27", "Prometheus/2.49.1"])))
        b.t(" rt=%.3f uct=\"0.000\" uht=\"%.3f\"" % (rnd.uniform(0.0, 0.01), rnd.uniform(0.0, 0.01)))
    return [b]


def fam_celery(ph):
    b = B("celery-worker")
    dt = tick()
    tid = uuid4()
    w = "ForkPoolWorker-%d" % rnd.randint(1, 8)
    p = pick()
    if ph:
        k = rnd.randrange(3)
        b.t("[%s: INFO/%s] " % (ts_py(dt), w))
        if k == 0:
            b.t("Task readmit.tasks.score_patient[%s] succeeded in %.9fs: " % (tid, rnd.uniform(0.05, 1.5)))
            prepr(b, O([("mrn", V(p.mrn, "mrn")), ("risk", p.rx_risk), ("tier", "HIGH" if p.rx_risk > 0.4 else "MED"),
                        ("model", "readmit_gbm_v3.2.1")]))
        elif k == 1:
            r = rel_of(p)
            b.t("Task notifications.tasks.send_sms[%s] succeeded in %.9fs: " % (tid, rnd.uniform(0.1, 2.0)))
            prepr(b, O([("to", V(fph(r.phone, "e164"), "phone")), ("sid", "SM" + hexs(32)), ("status", "queued")]))
        else:
            b.t("Task community.tasks.push_findhelp_referral[%s] succeeded in %.9fs: " % (tid, rnd.uniform(0.2, 3.0)))
            prepr(b, O([("referral", "FH-%07d" % rnd.randint(1, 9999999)), ("client_email", V(p.email or rel_of(p).email, "email")),
                        ("status", "sent")]))
    else:
        k = rnd.randrange(6)
        if k == 0:
            b.t("[%s: INFO/MainProcess] Task %s[%s] received" % (ts_py(dt), rnd.choice(
                ["referrals.tasks.poll_facility_responses", "readmit.tasks.score_batch", "community.tasks.sync_programs",
                 "ur.tasks.queue_concurrent_reviews"]), tid))
        elif k == 1:
            b.t("[%s: INFO/%s] Task referrals.tasks.poll_facility_responses[%s] succeeded in %.9fs: {'polled': %d, 'new_responses': %d}"
                % (ts_py(dt), w, tid, rnd.uniform(0.3, 6), rnd.randint(5, 40), rnd.randint(0, 6)))
        elif k == 2:
            b.t("[%s: WARNING/%s] Task community.tasks.push_findhelp_referral[%s] retry: Retry in %ds: ConnectionError(\"HTTPSConnectionPool(host='api.findhelp-partner.example.com', port=443): Max retries exceeded\")"
                % (ts_py(dt), w, tid, rnd.choice([30, 60, 120])))
        elif k == 3:
            b.t("[%s: INFO/MainProcess] Scheduler: Sending due task %s (%s)" % (ts_py(dt), *rnd.choice(
                [("readmit-hourly", "readmit.tasks.score_batch"), ("poll-careport", "referrals.tasks.poll_facility_responses"),
                 ("ur-review-queue", "ur.tasks.queue_concurrent_reviews")])))
        elif k == 4:
            b.t("[%s: INFO/%s] Task ur.tasks.queue_concurrent_reviews[%s] succeeded in %.9fs: %d" % (ts_py(dt), w, tid, rnd.uniform(0.1, 2), rnd.randint(0, 40)))
        else:
            b.t("[%s: ERROR/%s] Task readmit.tasks.score_batch[%s] raised unexpected: OperationalError('could not connect to server: Connection refused\\n\\tIs the server running on host \"pg-cm-01\" (10.20.4.11) and accepting\\n\\tTCP/IP connections on port 5432?\\n')"
                % (ts_py(dt), w, tid))
    return [b]


def fam_aspnet(ph):
    """StValentin.UR.Api – Microsoft.Extensions.Logging SimpleConsole (SingleLine, TimestampFormat)"""
    out = []
    rid = rnd.randint(4000, 9999)
    path = "/api/reviews/%d/%s" % (rid, rnd.choice(["submit", "clinicals", "determination"]))
    meth = "POST"
    dt = tick()
    b = B("aspnet-console")
    b.t("%s info: Microsoft.AspNetCore.Hosting.Diagnostics[1] Request starting HTTP/1.1 %s http://ur-api:8080%s - application/json %d"
        % (ts_ms(dt), meth, path, rnd.randint(200, 9000)))
    if rnd.random() < 0.5 or not ph:
        out.append(b)
    p = pick()
    b = B("aspnet-console")
    dt = tick(bool(out))
    if ph:
        k = rnd.randrange(3)
        if k == 0:
            b.t("%s info: StValentin.UR.Api.Services.AuthorizationService[2101] Authorization " % ts_ms(dt))
            b.p(p.auth, "other_id").t(" approved by %s for member " % p.payer["code"]).p(p.plan_id, "health_plan")
            b.t(": %d days SNF starting " % rnd.randint(3, 14)).p(d_us(p.dc), "date")
        elif k == 1:
            b.t("%s info: StValentin.UR.Api.Controllers.ReviewsController[0] Concurrent review %d queued for " % (ts_ms(dt), rid))
            b.p(p.last + ", " + p.first, "name").t(" (MRN ").p(p.mrn, "mrn").t(") admitted ").p(d_us(p.admit), "date")
            b.t(", payer %s" % p.payer["code"])
        else:
            b.t("%s warn: StValentin.UR.Api.Services.PayerPortalClient[3002] Payer pended request for member " % ts_ms(dt))
            b.p(p.plan_id, "health_plan").t(", reference ").p(p.auth, "other_id").t("; additional clinicals due in 24h")
    else:
        k = rnd.randrange(4)
        if k == 0:
            b.t("%s info: Microsoft.AspNetCore.Routing.EndpointMiddleware[0] Executing endpoint 'StValentin.UR.Api.Controllers.ReviewsController.Submit (StValentin.UR.Api)'" % ts_ms(dt))
        elif k == 1:
            b.t("%s warn: Microsoft.EntityFrameworkCore.Model.Validation[30000] No store type was specified for the decimal property 'AllowedAmount' on entity type 'Authorization'. This will cause values to be silently truncated if they do not fit in the default precision and scale." % ts_ms(dt))
        elif k == 2:
            b.t("%s fail: StValentin.UR.Api.Services.PayerPortalClient[3001] Payer portal %s returned 503 for review %d after %dms" % (ts_ms(dt), rnd.choice(["GLMA", "HSC", "BCM"]), rid, rnd.randint(900, 30000)))
        else:
            b.t("%s info: Microsoft.EntityFrameworkCore.Database.Command[20101] Executed DbCommand (%dms) [Parameters=[@__reviewId_0='?' (DbType = Int32)], CommandType='Text', CommandTimeout='30']" % (ts_ms(dt), rnd.randint(1, 80)))
    out.append(b)
    if rnd.random() < 0.6 or not ph:
        b = B("aspnet-console")
        dt = tick(True)
        b.t("%s info: Microsoft.AspNetCore.Hosting.Diagnostics[2] Request finished HTTP/1.1 %s http://ur-api:8080%s - %d - application/json;+charset=utf-8 %.4fms"
            % (ts_ms(dt), meth, path, rnd.choice([200, 202, 400, 503]), rnd.uniform(3, 2500)))
        out.append(b)
    return out


def fam_hl7(ph):
    """Mirth Connect channel (log4j '%-5p %d [%t] %c: %m'), ADT^A03 to post-acute platform"""
    out = []
    p = pick()
    thr = "ADT_A03_PostAcute < pool-3-thread-%d" % rnd.randint(1, 20)
    ctl = "SVR%010d" % rnd.randint(1, 9999999999)

    def pre(b, lvl="INFO"):
        b.t("%-5s %s [%s] " % (lvl, ts_py(tick(bool(out))), thr))

    if not ph:
        b = B("mirth-hl7")
        pre(b)
        k = rnd.randrange(4)
        if k == 0:
            b.t("transformer: MSH|^~\\&|EPIC|SVRMC|CAREPORT|CPHUB|%s||ADT^A03^ADT_A03|%s|P|2.5.1" % (Clock.t.strftime("%Y%m%d%H%M%S"), ctl))
        elif k == 1:
            b.t("tcp-sender: ACK received MSA|AA|%s" % ctl)
        elif k == 2:
            b.t("tcp-sender: Connection reset by peer, retry %d/5 to %s:%d" % (rnd.randint(1, 4), PRIV(), rnd.choice([6661, 6662, 7001])))
        else:
            b.t("channel: Channel 'ADT_A03_PostAcute' (%s) received=%d filtered=%d sent=%d errored=%d" % (uuid4(), rnd.randint(100, 900), rnd.randint(0, 50), rnd.randint(100, 800), rnd.randint(0, 3)))
        return [b]
    segs = rnd.sample(["PID", "PV1", "NK1", "IN1"], rnd.randint(1, 3))
    if rnd.random() < 0.4:
        b = B("mirth-hl7")
        pre(b)
        b.t("transformer: MSH|^~\\&|EPIC|SVRMC|CAREPORT|CPHUB|%s||ADT^A03^ADT_A03|%s|P|2.5.1" % (Clock.t.strftime("%Y%m%d%H%M%S"), ctl))
        out.append(b)
    for s in ["PID", "PV1", "NK1", "IN1"]:
        if s not in segs:
            continue
        b = B("mirth-hl7")
        pre(b, "DEBUG")
        b.t("transformer: ")
        if s == "PID":
            b.t("PID|1||").p(p.mrn, "mrn").t("^^^SVRMC^MR")
            if p.mbi:
                b.t("~").p(p.mbi, "health_plan").t("^^^CMS^MB")
            b.t("||").p(fold(p.last).upper(), "name").t("^").p(fold(p.first).upper(), "name").t("^" + p.mi + "||")
            b.p(d_hl7(p.dob), "date").t("|%s|||" % p.sex).p(street_full(p).upper(), "address").t("^^").p(p.city.upper(), "address")
            b.t("^OH^").p(p.zip, "zip").t("^USA^H^^").p(p.county.upper(), "address").t("||").p(fph(p.phone, "hl7"), "phone")
            b.t("^PRN^PH|||%s||" % rnd.choice(["M", "W", "S", "D"])).p(p.har, "account").t("|").p(p.ssn.replace("-", ""), "ssn").t("|")
        elif s == "PV1":
            att, adm = [x.split() for x in rnd.sample(PHYS, 2)]
            fld = [""] * 46
            fld[1], fld[2], fld[3] = "1", "I", "%s^%d^A^SVRMC" % (rnd.choice(["4W", "5E", "6N"]), rnd.randint(401, 460))
            fld[7] = "%d^%s^%s^^^^MD" % (rnd.randint(1000000, 1999999), att[-1].upper(), att[0].upper())
            fld[10], fld[14] = "MED", "7"
            fld[17] = "%d^%s^%s^^^^MD" % (rnd.randint(1000000, 1999999), adm[-1].upper(), adm[0].upper())
            fld[18], fld[20] = "IN", p.payer["code"]
            fld[36], fld[39], fld[41] = rnd.choice(["03", "06", "62", "01"]), "SVRMC", "DIS"
            b.t("PV1|" + "|".join(fld[1:44]) + "|")
            b.p(d_hl7(p.admit) + p.admit_time, "date").t("|").p(d_hl7(p.dc) + "%02d%02d" % (rnd.randint(9, 17), rnd.randint(0, 59)), "date")
        elif s == "NK1":
            r = rel_of(p)
            b.t("NK1|1|").p(fold(r.last).upper(), "name").t("^").p(fold(r.first).upper(), "name")
            b.t("|%s^%s^HL70063|" % ({"daughter": "DAU", "son": "SON", "spouse": "SPO", "niece": "NIE", "nephew": "NEP",
                                      "granddaughter": "GRD", "sister": "SIS", "brother": "BRO", "friend": "FND"}[r.rel], r.rel.title()))
            if rnd.random() < 0.5:
                b.p(street_full(p).upper(), "address").t("^^").p(p.city.upper(), "address").t("^OH^").p(p.zip, "zip")
            b.t("|").p(fph(r.phone, "hl7"), "phone").t("||EC^Emergency Contact")
        else:
            b.t("IN1|1|%s|%d|%s|%s||%s|%s|||||||" % (
                p.payer["code"], 100 + PAYERS.index(p.payer) * 37, p.payer["name"].upper(), p.payer["po"],
                fph(p.payer["phone"], "hl7"), "GRP%06d" % rnd.randint(1000, 999999)))
            b.p(fold(p.last).upper(), "name").t("^").p(fold(p.first).upper(), "name").t("|01|").p(d_hl7(p.dob), "date")
            b.t("|||||||||||||||||||").p(p.plan_id, "health_plan")
        out.append(b)
    if rnd.random() < 0.3:
        b = B("mirth-hl7")
        pre(b)
        b.t("tcp-sender: ACK received MSA|AA|%s" % ctl)
        out.append(b)
    return out


def fam_nlog_iq(ph):
    """StValentin.UR.InterQual connector – NLog default layout ${longdate}|${level:uppercase=true}|${logger}|${message}"""
    b = B("nlog-pipe")
    dt = tick()
    p = pick()
    if ph:
        k = rnd.randrange(4)
        if k == 0:
            b.t("%s|INFO|StValentin.UR.InterQual.ReviewSync|Review IQ-%d completed for MRN " % (ts_nlog(dt), rnd.randint(100000, 999999)))
            b.p(p.mrn, "mrn").t(": LOC:Acute Adult / %s, episode day %d, %s (%s), SI/IS %d/%d"
                                % (rnd.choice(["Heart Failure", "Pneumonia", "Sepsis", "COPD", "Hip Fracture, Surgical", "General Medical"]),
                                   rnd.randint(1, 9), rnd.choice(["Criteria Met", "Criteria Not Met", "Criteria Met"]),
                                   rnd.choice(["Acute", "Observation", "Acute"]), rnd.randint(1, 6), rnd.randint(1, 6)))
        elif k == 1:
            b.t("%s|WARN|StValentin.UR.InterQual.ReviewSync|Secondary physician review requested: member " % ts_nlog(dt))
            b.p(p.plan_id, "health_plan").t(", admit ").p(d_us(p.admit), "date").t(", advisor Dr. %s, reason=CriteriaNotMet day %d" % (rnd.choice(PHYS), rnd.randint(2, 6)))
        elif k == 2:
            b.t("%s|INFO|StValentin.UR.InterQual.Export|Clinical summary generated for " % ts_nlog(dt))
            b.p(p.first + " " + p.last, "name").t(" DOB ").p(d_us(p.dob), "date").t(" (%d pages, %d KB)" % (rnd.randint(3, 22), rnd.randint(80, 900)))
        else:
            b.t("%s|ERROR|StValentin.UR.InterQual.ReviewSync|Patient match failed: MRN " % ts_nlog(dt))
            b.p(p.mrn, "mrn").t(" vs payer member ").p(p.plan_id, "health_plan").t(" (birth date mismatch ").p(d_iso(p.dob), "date").t(")")
    else:
        k = rnd.randrange(5)
        if k == 0:
            b.t("%s|INFO|StValentin.UR.InterQual.ContentLoader|Loaded criteria content 2024.1 (LOC:Acute Adult, LOC:Acute Pediatric, LOC:Rehab, LOC:SNF) subsets=%d in %d ms" % (ts_nlog(dt), rnd.randint(380, 420), rnd.randint(900, 3000)))
        elif k == 1:
            b.t("%s|DEBUG|StValentin.UR.InterQual.Client|POST https://iq-connect.svrmc.internal/ReviewService.svc/SaveReview took %d ms (HTTP 200)" % (ts_nlog(dt), rnd.randint(40, 900)))
        elif k == 2:
            b.t("%s|INFO|StValentin.UR.InterQual.ReviewSync|Sync cycle finished: reviews=%d completed=%d pending=%d elapsed=%s" % (ts_nlog(dt), rnd.randint(10, 60), rnd.randint(5, 40), rnd.randint(0, 10), "00:00:%02d.%03d" % (rnd.randint(1, 59), rnd.randint(0, 999))))
        elif k == 3:
            b.t("%s|WARN|StValentin.UR.InterQual.Client|License check: seat usage %d/%d, renewal 2024-09-30" % (ts_nlog(dt), rnd.randint(20, 40), 40))
        else:
            b.t("%s|INFO|StValentin.UR.Worklist|Worklist built for reviewer %s: %d concurrent, %d initial, %d retro" % (ts_nlog(dt), rnd.choice([s for s in STAFF if s[3] == "UR"])[2], rnd.randint(3, 20), rnd.randint(0, 8), rnd.randint(0, 4)))
    return [b]


def fam_fax(ph):
    """fax gateway worker (US locale timestamps)"""
    b = B("fax-gateway")
    dt = tick()
    p = pick()
    job = "F%s-%05d" % (dt.strftime("%y%m%d"), rnd.randint(1, 99999))
    payer = p.payer if p.payer["fax"] else rnd.choice([x for x in PAYERS if x["fax"]])
    b.t("%s [FaxWorker-%d] JOB=%s DIR=OUT " % (ts_us(dt), rnd.randint(1, 4), job))
    if ph:
        k = rnd.randrange(3)
        if k == 0:
            b.t("DEST=%s CSID=\"SVRMC CASE MGMT\" SUBJECT=\"Concurrent Review - " % fph(payer["fax"], "e164"))
            b.p(fold(p.last).upper() + ", " + fold(p.first).upper(), "name").t(" - DOB ").p(d_us(p.dob), "date")
            if p.age > 89 and rnd.random() < 0.6:
                b.t(" (").p(str(p.age), "age").t("y)")
            b.t(" - Ref# ").p(p.auth, "other_id").t("\" PAGES=%d STATUS=Sent DURATION=00:0%d:%02d" % (rnd.randint(3, 30), rnd.randint(0, 6), rnd.randint(0, 59)))
        elif k == 1:
            r = rel_of(p)
            fx = r.fax or mk_phone()
            b.t("DEST=").p(fph(fx, "e164"), "fax").t(" RECIPIENT=\"").p(fold(r.first) + " " + fold(r.last), "name")
            b.t(" (%s)\" SUBJECT=\"Discharge paperwork\" PAGES=%d STATUS=%s" % (p.dm if p.dm != "next of kin" else r.rel, rnd.randint(4, 16), rnd.choice(["Sent", "Busy-Retry", "Sent"])))
        else:
            f = rnd.choice(FACS)
            b.t("DEST=%s CSID=\"SVRMC CASE MGMT\" SUBJECT=\"Referral packet - %s - MRN " % (fph(f.fax, "e164"), f.name))
            b.p(p.mrn, "mrn").t("\" PAGES=%d STATUS=Sent DURATION=00:0%d:%02d" % (rnd.randint(8, 40), rnd.randint(1, 9), rnd.randint(0, 59)))
    else:
        k = rnd.randrange(3)
        if k == 0:
            b.t("DEST=%s CSID=\"SVRMC CASE MGMT\" SUBJECT=\"Clinical Update\" PAGES=%d STATUS=Sent DURATION=00:0%d:%02d BAUD=14400"
                % (fph(payer["fax"], "e164"), rnd.randint(2, 25), rnd.randint(0, 8), rnd.randint(0, 59)))
        elif k == 1:
            f = rnd.choice(FACS)
            b.t("DEST=%s CSID=\"SVRMC CASE MGMT\" SUBJECT=\"Referral packet\" PAGES=%d STATUS=NoAnswer RETRY=%d/3 NEXT=%s"
                % (fph(f.fax, "e164"), rnd.randint(5, 30), rnd.randint(1, 2), (dt + datetime.timedelta(minutes=10)).strftime("%I:%M %p")))
        else:
            b.t("DEST=- STATUS=ModemReset LINE=%d BOARD_SN=DLG-%s-%s FW=6.2.%d" % (rnd.randint(1, 8), digits(4), digits(6), rnd.randint(0, 9)))
    return [b]


def fam_fax_in(ph):
    """inbound payer fax (determination letters) OCR classifier"""
    b = B("fax-gateway")
    dt = tick()
    p = pick()
    payer = p.payer if p.payer["fax"] else rnd.choice([x for x in PAYERS if x["fax"]])
    job = "F%s-%05d" % (dt.strftime("%y%m%d"), rnd.randint(1, 99999))
    b.t("%s [InboundOCR] JOB=%s DIR=IN ANI=%s PAGES=%d " % (ts_us(dt), job, fph(payer["fax"], "plain"), rnd.randint(1, 6)))
    if ph:
        b.t("DOC=Determination MATCH=0.%02d PATIENT=\"" % rnd.randint(80, 99)).p(fold(p.last).upper() + " " + fold(p.first).upper(), "name")
        b.t("\" MEMBER=").p(p.plan_id, "health_plan").t(" AUTH=").p(p.auth, "other_id").t(" DECISION=%s" % rnd.choice(["APPROVED", "DENIED", "PARTIAL"]))
    else:
        b.t("DOC=%s MATCH=0.%02d ROUTE=%s" % (rnd.choice(["CoverSheetOnly", "Unknown", "Duplicate"]), rnd.randint(10, 60), rnd.choice(["ur-queue", "manual-index"])))
    return [b]


def fam_swjson(ph):
    """socialwork service – python-json-logger"""
    b = B("python-json-logger")
    dt = tick()
    p = pick()
    s = rnd.choice([x for x in STAFF if x[3] == "SW"])
    items = [("asctime", ts_py(dt)), ("levelname", "INFO"), ("name", "socialwork.assessments")]
    if ph:
        k = rnd.randrange(5)
        r = rel_of(p)
        if k == 0:
            items += [("message", "assessment_saved"), ("assessment_id", rnd.randint(5000, 9999)), ("mrn", V(p.mrn, "mrn")),
                      ("patient_age", agev(p)),
                      ("decision_maker", O([("type", p.dm), ("name", V("%s %s" % (r.first, r.last), "name")),
                                            ("phone", V(fph(r.phone, "dash"), "phone"))]
                                           + ([("court_case_no", V(p.guardian_case, "other_id")), ("county", V(p.county, "address"))] if p.guardian_case else []))),
                      ("author", s[2])]
        elif k == 1:
            items[1] = ("levelname", "WARNING")
            items += [("message", "aps_report_filed"), ("mrn", V(p.mrn, "mrn")), ("report_no", V(p.aps, "other_id")),
                      ("subject_ssn", V(p.ssn, "ssn") if rnd.random() < 0.5 else None), ("subject_age", agev(p)),
                      ("agency", "%s County JFS Adult Protective Services" % p.county), ("intake_phone", fph(("937", "555", "0188"), "dash")),
                      ("allegation", rnd.choice(["self-neglect", "caregiver neglect", "financial exploitation"])), ("author", s[2])]
        elif k == 2:
            items += [("message", "sdoh_screen_completed"), ("patientId", V(p.mrn, "mrn")), ("instrument", "AHC-HRSN"),
                      ("answers", O([("living_situation", rnd.choice(["I have a steady place to live", "I have a place to live today, but I am worried about losing it in the future", "I do not have a steady place to live"])),
                                     ("food_worry", rnd.choice(["Often true", "Sometimes true", "Never true"])),
                                     ("transport_barrier", rnd.choice([True, False])), ("utilities_shutoff_threat", rnd.choice([True, False])),
                                     ("safety_hurt", "Never")])), ("positive_domains", rnd.randint(0, 4))]
        elif k == 3:
            items += [("message", "housing_needs_updated"), ("mrn", V(p.mrn, "mrn")),
                      ("current_address", O([("line1", V(street_full(p), "address")), ("city", V(p.city, "address")), ("state", "OH"), ("zip", V(p.zip, "zip"))])),
                      ("housing_status", rnd.choice(["unsafe_stairs", "eviction_notice", "home_needs_ramp", "shelter"])), ("lives_alone", rnd.choice([True, False]))]
        else:
            items += [("message", "contact_added"), ("mrn", V(p.mrn, "mrn")), ("contact", O([("first_name", V(r.first, "name")), ("last_name", V(r.last, "name")),
                      ("relationship", r.rel), ("email", V(r.email, "email")), ("mobile", V(fph(r.phone, "paren"), "phone")),
                      ("fax", V(fph(r.fax, "dash"), "fax") if r.fax else None)])), ("author", s[2])]
    else:
        k = rnd.randrange(4)
        if k == 0:
            items += [("message", "sdoh_screen_rollup"), ("unit", rnd.choice(["4W", "5E", "6N"])), ("screened", rnd.randint(8, 30)),
                      ("positive_food", rnd.randint(0, 8)), ("positive_housing", rnd.randint(0, 5)), ("positive_transport", rnd.randint(0, 7)),
                      ("period", "%s/%s" % ((dt - datetime.timedelta(days=7)).date().isoformat(), dt.date().isoformat()))]
        elif k == 1:
            items += [("message", "form_schema_loaded"), ("form", "sw_psychosocial_assessment"), ("version", "7.3.0"), ("fields", rnd.randint(60, 90))]
        elif k == 2:
            items += [("message", "caseload_rebalanced"), ("author", s[2]), ("moved", rnd.randint(1, 6)), ("team", "SW-Med-Surg")]
        else:
            items[1] = ("levelname", "WARNING")
            items += [("message", "aps_portal_timeout"), ("endpoint", "https://aps-intake.jfs.ohio.example.gov/api/reports"), ("timeout_s", 30), ("attempt", rnd.randint(1, 3))]
    jdump(b, O(items))
    return [b]


def fam_readmit(ph):
    """readmission risk scoring job – logging '%(asctime)s %(levelname)-8s %(name)s: %(message)s'"""
    b = B("python-logging")
    dt = tick()
    p = pick()
    if ph:
        k = rnd.randrange(3)
        b.t("%s %-8s %s: " % (ts_py(dt), "DEBUG", "readmit.score"))
        if k == 0:
            b.t("row=%d mrn=" % rnd.randint(0, 2000)).p(p.mrn, "mrn").t(" age=")
            b.p(str(p.age), "age" if p.age > 89 else None)
            b.t(" lace=%d los=%d ed_visits_6m=%d pred=%.3f tier=%s" % (p.lace, (TODAY - p.admit).days, rnd.randint(0, 5), p.rx_risk, "HIGH" if p.rx_risk > 0.4 else "MED"))
        elif k == 1:
            b.t("feature drift for patient ").p(p.mrn, "mrn").t(": dob=").p(d_iso(p.dob), "date").t(" admit_dt=").p(d_iso(p.admit), "date").t(" missing=['albumin','prior_snf']")
        else:
            b.t("high-risk alert queued: ").p(p.last + ", " + p.first, "name").t(" (age ").p(str(p.age), "age" if p.age > 89 else None)
            b.t(") score=%.3f cm=%s" % (p.rx_risk, rnd.choice([s for s in STAFF if s[3] == "CM"])[2]))
    else:
        k = rnd.randrange(5)
        if k == 0:
            b.t("%s %-8s %s: loaded %s encounters from edw.readmit_features_v3 (snapshot=%s)" % (ts_py(dt), "INFO", "readmit.pipeline", "{:,}".format(rnd.randint(900, 2500)), (dt.date() - datetime.timedelta(days=1)).isoformat()))
        elif k == 1:
            b.t("%s %-8s %s: model=readmit_gbm version=3.2.1 auc=0.%03d brier=0.%03d n=%d psi=0.%02d" % (ts_py(dt), "INFO", "readmit.monitor", rnd.randint(700, 780), rnd.randint(100, 140), rnd.randint(900, 2500), rnd.randint(1, 12)))
        elif k == 2:
            b.t("%s %-8s %s: scored %d patients in %.2fs (%d high, %d medium, %d low); wrote readmit.scores partition dt=%s" % (ts_py(dt), "INFO", "readmit.pipeline", rnd.randint(40, 200), rnd.uniform(2, 40), rnd.randint(5, 30), rnd.randint(10, 60), rnd.randint(20, 100), dt.date().isoformat()))
        elif k == 3:
            b.t("%s %-8s %s: feature 'albumin_last' null rate 0.%02d exceeds threshold 0.15" % (ts_py(dt), "WARNING", "readmit.features", rnd.randint(16, 40)))
        else:
            b.t("%s %-8s %s: age distribution p50=%d p90=%d max=%d (n=%d)" % (ts_py(dt), "INFO", "readmit.monitor", rnd.randint(66, 72), rnd.randint(84, 88), 89, rnd.randint(900, 2500)))
    return [b]


PROGRAMS = [("Dayton Food Collaborative Pantry", "food"), ("Miami Valley Meals on Wheels", "food"),
            ("Greene CATS Senior Transit", "transit"), ("RTA Project Mobility", "transit"),
            ("Home Repair Ramp Program - Rebuilding Together", "housing"), ("St. Vincent de Paul Utility Assist", "utilities")]


def fam_findhelp(ph):
    b = B("python-logging-json-msg")
    dt = tick()
    p = pick()
    prog = rnd.choice(PROGRAMS)
    b.t("%s [community.findhelp] " % ts_py(dt))
    if ph:
        b.t("INFO: outbound referral payload=")
        seeker = [("first_name", V(p.first, "name")), ("last_name", V(p.last, "name"))]
        if rnd.random() < 0.5:
            seeker.append(("date_of_birth", V(d_iso(p.dob), "date")))
        if p.email:
            seeker.append(("email", V(p.email, "email")))
        seeker += [("phone", V(fph(p.phone, "plain"), "phone")), ("zip_code", V(p.zip, "zip"))]
        if rnd.random() < 0.5:
            seeker.insert(2, ("address", V(street_full(p), "address")))
            seeker.insert(3, ("city", V(p.city, "address")))
        jdump(b, O([("program_id", "%s" % digits(16)), ("program_name", prog[0]), ("seeker", O(seeker)),
                    ("consent", True), ("referred_by", rnd.choice(STAFF)[2] + "@svrmc.org")]), ascii=False)
    else:
        k = rnd.randrange(3)
        if k == 0:
            b.t("INFO: POST https://api.findhelp-partner.example.com/v2/referrals status=201 elapsed=%.3fs referral_id=%d" % (rnd.uniform(0.1, 2), rnd.randint(10000000, 99999999)))
        elif k == 1:
            b.t("INFO: program search category=%s near=SVRMC radius=10mi results=%d took=%dms" % (prog[1], rnd.randint(3, 60), rnd.randint(80, 900)))
        else:
            b.t("WARNING: program %s (%s) closed referrals; phone %s" % (digits(16), prog[0], fph(mk_phone("937"), "paren")))
    return [b]


def fam_pg(ph):
    """PostgreSQL log_line_prefix='%m [%p] %q%u@%d '"""
    out = []
    pid = rnd.randint(20000, 60000)
    p = pick()
    if ph:
        k = rnd.randrange(3)
        b = B("postgres")
        if k == 0:
            b.t("%s [%d] careapp@caremgmt LOG:  duration: %.3f ms  execute <unnamed>: SELECT p.id, p.mrn, p.last_name, p.birth_date FROM patients_patient p WHERE p.last_name ILIKE $1 AND p.birth_date = $2" % (ts_pg(tick()), pid, rnd.uniform(200, 3000)))
            out.append(b)
            b = B("postgres")
            b.t("%s [%d] careapp@caremgmt DETAIL:  parameters: $1 = '" % (ts_pg(tick(True)), pid)).p(fold(p.last).replace("'", "''"), "name").t("', $2 = '").p(d_iso(p.dob), "date").t("'")
        elif k == 1:
            b.t("%s [%d] careapp@caremgmt ERROR:  duplicate key value violates unique constraint \"patients_patient_mrn_key\"" % (ts_pg(tick()), pid))
            out.append(b)
            b = B("postgres")
            b.t("%s [%d] careapp@caremgmt DETAIL:  Key (mrn)=(" % (ts_pg(tick(True)), pid)).p(p.mrn, "mrn").t(") already exists.")
        else:
            b.t("%s [%d] careapp@caremgmt LOG:  duration: %.3f ms  execute <unnamed>: UPDATE sw_contact SET phone = $1 WHERE id = $2" % (ts_pg(tick()), pid, rnd.uniform(200, 900)))
            out.append(b)
            b = B("postgres")
            b.t("%s [%d] careapp@caremgmt DETAIL:  parameters: $1 = '" % (ts_pg(tick(True)), pid)).p(fph(rel_of(p).phone, "paren"), "phone").t("', $2 = '%d'" % rnd.randint(10000, 99999))
        out.append(b)
    else:
        b = B("postgres")
        k = rnd.randrange(4)
        if k == 0:
            b.t("%s [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=0.0%02d s, total=%.3f s; sync files=%d, longest=0.00%d s, average=0.001 s; distance=%d kB, estimate=%d kB"
                % (ts_pg(tick()), rnd.randint(1000, 9000), rnd.randint(500, 9000), rnd.uniform(1, 20), rnd.randint(0, 3), rnd.uniform(100, 270), rnd.randint(1, 99), rnd.uniform(100, 270), rnd.randint(10, 90), rnd.randint(1, 9), rnd.randint(1000, 90000), rnd.randint(1000, 90000)))
        elif k == 1:
            b.t("%s [%d] LOG:  automatic vacuum of table \"caremgmt.public.referrals_referralevent\": index scans: 1" % (ts_pg(tick()), rnd.randint(1000, 9000)))
        elif k == 2:
            b.t("%s [%d] careapp@caremgmt LOG:  duration: %.3f ms  statement: SELECT count(*) FROM referrals_referral WHERE status = 'open' AND created_at > now() - interval '7 days'" % (ts_pg(tick()), pid, rnd.uniform(200, 2000)))
        else:
            b.t("%s [%d] careapp@caremgmt FATAL:  remaining connection slots are reserved for non-replication superuser connections" % (ts_pg(tick()), pid))
        out.append(b)
    return out


def fam_x12(ph):
    """EDI gateway – X12 278 (prior auth / concurrent review) segment trace"""
    out = []
    p = pick()
    ctl = "%09d" % rnd.randint(1, 999999999)
    edipid = rnd.choice([2231, 2232])

    def pre(b, d="TX"):
        b.t("%s edi-gw[%d]: 278 %s ctrl=%s seg=" % (ts_isoms(tick(bool(out))), edipid, d, ctl))

    if not ph:
        b = B("x12-278")
        pre(b)
        k = rnd.randrange(4)
        if k == 0:
            b.t("ISA*00*          *00*          *ZZ*SVRMC278       *ZZ*%-15s*%s*%s*^*00501*%s*0*P*:~" % (rnd.choice(["GLMA", "HSC", "BCM"]), Clock.t.strftime("%y%m%d"), Clock.t.strftime("%H%M"), ctl))
        elif k == 1:
            b.t("BHT*0007*13*%s*%s*%s~" % (hexs(10).upper(), Clock.t.strftime("%Y%m%d"), Clock.t.strftime("%H%M")))
        elif k == 2:
            b.t("TRN*1*%s*1%s~" % (digits(13), digits(9)))
        else:
            b.t("NM1*FA*2*%s*****XX*%s~" % (HOSP["name"].upper(), HOSP["npi"]))
        return [b]
    segs = rnd.sample(["NM1", "DMG", "DTP", "HCR", "REF"], rnd.randint(1, 3))
    for s in ["NM1", "DMG", "DTP", "HCR", "REF"]:
        if s not in segs:
            continue
        b = B("x12-278")
        pre(b, "RX" if s == "HCR" else "TX")
        if s == "NM1":
            b.t("NM1*IL*1*").p(fold(p.last).upper(), "name").t("*").p(fold(p.first).upper(), "name").t("*" + p.mi + "***MI*").p(p.plan_id, "health_plan").t("~")
        elif s == "DMG":
            b.t("DMG*D8*").p(d_hl7(p.dob), "date").t("*%s~" % p.sex)
        elif s == "DTP":
            b.t("DTP*435*D8*").p(d_hl7(p.admit), "date").t("~")
        elif s == "HCR":
            b.t("HCR*%s*" % rnd.choice(["A1", "A6", "A4"])).p(p.auth, "other_id").t("~")
        else:
            b.t("REF*EJ*").p(p.har, "account").t("~")
        out.append(b)
    return out


def fam_nemt(ph):
    """transport scheduler (.NET) – Serilog console '[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}'"""
    b = B("serilog-console")
    dt = tick()
    p = pick()
    trip = "TR-%s-%04d" % (dt.strftime("%y%m%d"), rnd.randint(1, 9999))
    lvl = "INF"
    if ph:
        k = rnd.randrange(3)
        if k == 0:
            b.t("[%s %s] Ride %s booked with MedRide level=%s for " % (dt.strftime("%H:%M:%S"), lvl, trip, rnd.choice(["Ambulatory", "Wheelchair", "Stretcher"])))
            b.p(p.first + " " + p.last, "name").t(" age ").p(str(p.age), "age" if p.age > 89 else None).t(" dropoff \"").p(street_full(p), "address").t(", ").p(p.city, "address").t(", OH ").p(p.zip, "zip").t("\" callback ").p(fph(p.phone, "dash"), "phone")
        elif k == 1:
            r = rel_of(p)
            b.t("[%s %s] Family pickup registered for trip %s: driver " % (dt.strftime("%H:%M:%S"), lvl, trip)).p(r.first + " " + r.last, "name")
            b.t(" vehicle plate ").p(r.plate, "vehicle").t(" (OH), DL ").p(r.dl, "license")
        else:
            b.t("[%s WRN] Transport benefit eligibility check failed for %s member " % (dt.strftime("%H:%M:%S"), p.payer["code"] if not p.medicaid else "ODM")).p(p.medicaid or p.plan_id, "health_plan").t(": member not found, trip %s on hold" % trip)
    else:
        k = rnd.randrange(4)
        if k == 0:
            b.t("[%s %s] Vendor MedRide ETA update trip %s eta=%s unit=%s" % (dt.strftime("%H:%M:%S"), lvl, trip, (dt + datetime.timedelta(minutes=rnd.randint(5, 90))).strftime("%H:%M"), "WC-%02d" % rnd.randint(1, 40)))
        elif k == 1:
            b.t("[%s %s] Dispatch board refreshed: %d scheduled, %d en route, %d completed" % (dt.strftime("%H:%M:%S"), lvl, rnd.randint(3, 30), rnd.randint(0, 8), rnd.randint(0, 40)))
        elif k == 2:
            b.t("[%s WRN] Vendor webhook signature mismatch from %s, dropping event %s" % (dt.strftime("%H:%M:%S"), PRIV(), uuid4()))
        else:
            b.t("[%s %s] Now listening on: http://[::]:8080" % (dt.strftime("%H:%M:%S"), lvl))
    return [b]


def fam_syslog(ph):
    b = B("syslog")
    dt = tick()
    if ph:
        p = pick()
        r = rel_of(p)
        b.t("%s mail01 postfix/smtp[%d]: %s: to=<" % (ts_sys(dt), rnd.randint(2000, 40000), hexs(10).upper())).p(r.email, "email")
        b.t(">, relay=%s[%s]:25, delay=%.1f, delays=0.1/0/0.4/%.1f, dsn=2.0.0, status=sent (250 2.0.0 OK  %d %s - gsmtp)" % (
            rnd.choice(["gmail-smtp-in.l.google.com", "mx-aol.mail.gm0.yahoodns.net", "outlook-com.olc.protection.outlook.com"]),
            "%d.%d.%d.%d" % (rnd.choice([142, 67, 52]), rnd.randint(1, 250), rnd.randint(1, 250), rnd.randint(1, 250)),
            rnd.uniform(0.5, 3), rnd.uniform(0.1, 2), rnd.randint(1700000000, 1710999999), hexs(20)))
    else:
        k = rnd.randrange(6)
        if k == 0:
            b.t("%s sftp-ur01 sshd[%d]: Accepted publickey for %s from %s port %d ssh2: RSA SHA256:%s" % (ts_sys(dt), rnd.randint(2000, 40000), rnd.choice(["glma_ur", "hsc_edi", "bcm_ur"]), PRIV(), rnd.randint(30000, 65000), b64(rbytes(32)).rstrip("=")))
        elif k == 1:
            b.t("%s batch01 CRON[%d]: (readmit) CMD (/opt/readmit/bin/run_scoring.sh --model 3.2.1 --since 1h >> /var/log/readmit/cron.log 2>&1)" % (ts_sys(dt), rnd.randint(2000, 40000)))
        elif k == 2:
            f = rnd.choice(FACS)
            b.t("%s mail01 postfix/smtp[%d]: %s: to=<%s>, relay=mx.%s[%s]:25, delay=%.1f, dsn=2.0.0, status=sent (250 OK)" % (ts_sys(dt), rnd.randint(2000, 40000), hexs(10).upper(), f.email, f.email.split("@")[1], "%d.%d.%d.%d" % (rnd.choice([52, 104, 23, 198]), rnd.randint(1, 250), rnd.randint(1, 250), rnd.randint(1, 250)), rnd.uniform(0.3, 2)))
        elif k == 3:
            b.t("%s mail01 postfix/qmgr[%d]: %s: from=<noreply@svrmc.org>, size=%d, nrcpt=1 (queue active)" % (ts_sys(dt), rnd.randint(900, 1200), hexs(10).upper(), rnd.randint(3000, 90000)))
        elif k == 4:
            b.t("%s cm-worker-0%d kernel: [%d.%06d] eth0: renamed from veth%s, link up, hwaddr 02:42:ac:%02x:%02x:%02x" % (ts_sys(dt), rnd.randint(1, 2), rnd.randint(100000, 999999), rnd.randint(0, 999999), hexs(7), rnd.randint(16, 31), rnd.randint(0, 255), rnd.randint(2, 254)))
        else:
            b.t("%s sftp-ur01 internal-sftp[%d]: session closed for local user hsc_edi from [%s]" % (ts_sys(dt), rnd.randint(2000, 40000), PRIV()))
    return [b]


def fam_traceback(ph):
    """python traceback printed by django / celery"""
    out = []
    p = pick()
    frames = [("/app/careapp/referrals/services/careport.py", rnd.randint(100, 400), "send_packet"),
              ("/usr/local/lib/python3.11/site-packages/requests/api.py", 115, "post"),
              ("/app/careapp/socialwork/forms.py", rnd.randint(40, 200), "clean"),
              ("/app/careapp/readmit/features.py", rnd.randint(40, 300), "build_row")]
    b = B("python-traceback")
    b.t("Traceback (most recent call last):")
    out.append(b)
    for fr in rnd.sample(frames, rnd.randint(1, 2)):
        b = B("python-traceback")
        b.t('  File "%s", line %d, in %s' % fr)
        out.append(b)
    b = B("python-traceback")
    if ph:
        k = rnd.randrange(3)
        if k == 0:
            b.t("django.core.exceptions.ValidationError: {'birth_date': ['Birth date ").p(d_iso(p.dob), "date").t(" is after admission date ").p(d_iso(p.admit), "date").t("']}")
        elif k == 1:
            b.t("KeyError: 'discharge_disposition' (patient ").p(p.mrn, "mrn").t(")")
        else:
            b.t("careapp.referrals.errors.PacketRejected: CarePort rejected packet for ").p(p.first + " " + p.last, "name").t(": member id ").p(p.plan_id, "health_plan").t(" not eligible")
    else:
        b.t(rnd.choice(["requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.careport-partner.example.com', port=443): Read timed out. (read timeout=30)",
                        "KeyError: 'discharge_disposition'",
                        "psycopg2.OperationalError: server closed the connection unexpectedly",
                        "ValueError: invalid literal for int() with base 10: 'N/A'"]))
    out.append(b)
    return out


def fam_iis(ph):
    """IIS W3C extended log (UR portal on Windows)"""
    b = B("iis-w3c")
    dt = tick()
    p = pick()
    s = rnd.choice(STAFF)
    b.t("%s %s " % (dt.strftime("%Y-%m-%d %H:%M:%S"), "10.20.1.15"))
    if ph:
        if rnd.random() < 0.5:
            b.t("GET /UrPortal/Review/Details reviewId=%d&mrn=" % rnd.randint(4000, 9999)).p(p.mrn, "mrn")
        else:
            b.t("GET /UrPortal/Member/Lookup memberId=").p(p.plan_id, "health_plan").t("&payer=%s" % p.payer["code"])
    else:
        b.t(rnd.choice(["GET /UrPortal/Worklist -", "POST /UrPortal/Review/Save reviewId=%d" % rnd.randint(4000, 9999),
                        "GET /UrPortal/Content/site.css v=%s" % hexs(8), "GET /UrPortal/Review/Details reviewId=%d" % rnd.randint(4000, 9999),
                        "GET /UrPortal/signalr/negotiate clientProtocol=2.1&connectionData=%5B%7B%22name%22%3A%22worklisthub%22%7D%5D"]))
    b.t(" 443 SVRMC\\%s %s Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.0.0+Safari/537.36 - %d 0 0 %d"
        % (s[2], PRIV(), rnd.choice([200, 200, 302, 304, 500]), rnd.randint(15, 4000)))
    return [b]


def fam_audit(ph):
    """HIPAA access audit (key=value)"""
    b = B("audit-kv")
    dt = tick()
    s = rnd.choice(STAFF)
    p = pick()
    b.t("AUDIT ts=%s user=%s role=%s action=%s " % (ts_isoms(dt), s[2], s[3], rnd.choice(["VIEW", "VIEW", "UPDATE", "PRINT", "EXPORT"])))
    if ph:
        b.t("resource=Patient/").p(p.mrn, "mrn")
        if rnd.random() < 0.4:
            b.t(" subject=\"").p(p.last + ", " + p.first, "name").t("\"")
        b.t(" reason=%s src=%s session=%s" % (rnd.choice(["TREATMENT", "OPERATIONS", "PAYMENT"]), PRIV(), hexs(24)))
    else:
        b.t("resource=%s reason=OPERATIONS src=%s session=%s" % (rnd.choice(["Report/census-4W", "Facility/%d" % rnd.choice(FACS).id, "Worklist/UR", "Report/readmit-daily"]), PRIV(), hexs(24)))
    return [b]


def fam_idv(ph):
    """family portal identity verification (.NET, System.Text.Json compact, non-ASCII escaped)"""
    b = B("dotnet-json")
    dt = tick()
    p = pick()
    r = rel_of(p)
    items = [("Timestamp", ts_iso7(dt)), ("Level", "Information"), ("Category", "Svrmc.FamilyPortal.Identity.VerificationService")]
    if ph:
        k = rnd.choices([0, 1, 2, 3], weights=[3, 2, 2, 2])[0]
        if k == 0:
            items += [("Message", "Guardian ID verification submitted"), ("State", O([
                ("PortalUser", V(r.username, "other_id")), ("DocumentType", "DriverLicense"), ("DocumentNumber", V(r.dl, "license")),
                ("IssuingState", "OH"), ("SelfieImage", V("data:image/jpeg;base64," + jpeg_b64(rnd.randint(600, 1300)), "photo")),
                ("Vendor", "idv-partner"), ("RequestId", uuid4())]))]
        elif k == 1:
            items += [("Message", "Voice enrollment stored"), ("State", O([
                ("PortalUser", V(r.username, "other_id")), ("TemplateFormat", "VX-3"),
                ("VoiceprintTemplate", V(b64(b"VX3\x00" + rbytes(rnd.randint(300, 600))), "biometric")), ("Quality", round(rnd.uniform(0.7, 0.99), 2))]))]
        elif k == 2:
            items += [("Message", "Bedside kiosk check-in"), ("State", O([
                ("PatientMrn", V(p.mrn, "mrn")), ("FingerprintTemplate", V(fmr_b64(rnd.randint(200, 500)), "biometric")),
                ("KioskId", "KIOSK-4W-%02d" % rnd.randint(1, 9)), ("MatchScore", rnd.randint(40, 99))]))]
        else:
            items += [("Message", "Login succeeded"), ("State", O([("PortalUser", V(r.username, "other_id")), ("ClientIp", V(r.ip, "ip")),
                                                               ("Mfa", rnd.choice(["sms", "totp"])), ("SessionId", hexs(32))]))]
    else:
        k = rnd.randrange(3)
        if k == 0:
            items += [("Message", "Vendor webhook verified"), ("State", O([("Vendor", "idv-partner"), ("Signature", b64(rbytes(32))), ("EventId", uuid4())]))]
        elif k == 1:
            items += [("Message", "Branding asset cached"), ("State", O([("Asset", "logo-svrmc.png"), ("Bytes", rnd.randint(4000, 20000)),
                                                                       ("Preview", png_b64(rnd.randint(40, 90))[:96] + "...")]))]
        else:
            items[1] = ("Level", "Warning")
            items += [("Message", "Verification session expired"), ("State", O([("SessionId", hexs(32)), ("AgeSeconds", rnd.randint(900, 3600))]))]
    jdump(b, O(items), ascii=True, sep=",", colon=":")
    return [b]


def fam_finance(ph):
    """financial counseling / Medicaid-pending for SNF placement (Django, key=value structured)"""
    b = B("logfmt")
    dt = tick()
    p = pick()
    b.t("time=%s level=%s logger=finance.medicaid_pending " % (ts_isoms(dt), "info"))
    if ph:
        k = rnd.randrange(4)
        if k == 0:
            b.t("msg=\"application packet assembled\" mrn=").p(p.mrn, "mrn").t(" ssn=").p(p.ssn, "ssn").t(" medicaid_app_id=ODM-%s docs=%d" % (digits(9), rnd.randint(4, 14)))
        elif k == 1:
            b.t("msg=\"asset verification\" mrn=").p(p.mrn, "mrn").t(" bank_routing=%s bank_account=" % p.routing).p(p.bank, "account")
            b.t(" vehicle_vin=").p(p.vin, "vehicle").t(" countable=%s" % rnd.choice(["true", "false"]))
        elif k == 2:
            r = rel_of(p)
            b.t("msg=\"guarantor payment method saved\" har=").p(p.har, "account").t(" guarantor=\"").p(r.first + " " + r.last, "name").t("\" card=").p(p.card, "account").t(" exp=%02d/%d" % (rnd.randint(1, 12), rnd.randint(25, 29)))
        else:
            b.t("msg=\"spend-down calculated\" medicaid_id=").p(p.medicaid or ("9" + digits(11)), "health_plan").t(" monthly_patient_liability=%.2f effective=2024-03-01" % rnd.uniform(200, 2400))
    else:
        k = rnd.randrange(3)
        if k == 0:
            b.t("msg=\"ODM portal batch status\" batch=ODM-B-%s submitted=%d pending=%d approved=%d" % (digits(6), rnd.randint(1, 20), rnd.randint(0, 30), rnd.randint(0, 10)))
        elif k == 1:
            b.t("msg=\"income standard table loaded\" effective=2024-01-01 fpl_pct=300 sil=%d.00" % 2829)
        else:
            b.t("msg=\"stripe-like tokenization ok\" token=tok_%s card_brand=visa last4=%s amount=%.2f" % (hexs(24), digits(4), rnd.uniform(10, 400)))
    return [b]


def fam_dme(ph):
    """home health / RPM device provisioning – Django verbose"""
    b = B("django-verbose")
    p = pick()
    if ph:
        k = rnd.randrange(4)
        dj_prefix(b, "INFO", "rpm")
        if k == 0:
            b.t("RPM hub provisioned for patient ").p(p.mrn, "mrn").t(": hub_mac=").p(p.hub_mac, "device").t(" agency=%s" % rnd.choice([f.name for f in FACS if f.type == "HHA"]))
        elif k == 1:
            b.t("Cellular BP cuff paired imei=").p(p.cuff_imei, "device").t(" patient=").p(p.mrn, "mrn").t(" carrier=%s fw=%s" % (rnd.choice(["T-Mobile", "Verizon"]), "2.%d.%d" % (rnd.randint(0, 9), rnd.randint(0, 20))))
        elif k == 2:
            b.t("CPAP compliance feed linked serial=").p(p.cpap_serial, "device").t(" for ").p(p.first + " " + p.last, "name")
        else:
            b.t("Implant card scanned for discharge summary: UDI ").p(p.udi, "device").t(" mrn=").p(p.mrn, "mrn")
    else:
        dj_prefix(b, "INFO", "rpm")
        k = rnd.randrange(3)
        if k == 0:
            b.t("RPM vendor sync: %d devices online, %d offline >24h, %d readings ingested (gateway %s)" % (rnd.randint(20, 90), rnd.randint(0, 8), rnd.randint(100, 3000), PRIV()))
        elif k == 1:
            b.t("Device firmware catalog updated: BPM-Cell 2.%d.%d, HubLite 5.%d (sha256=%s)" % (rnd.randint(0, 9), rnd.randint(0, 20), rnd.randint(0, 9), hexs(64)))
        else:
            b.t("Loaner pool: %d concentrators available at warehouse WH-2, %d out for repair" % (rnd.randint(2, 20), rnd.randint(0, 5)))
    return [b]


FAMILIES = [
    (fam_structlog, 12, 10), (fam_serilog, 8, 8), (fam_django, 9, 9), (fam_gunicorn, 4, 10), (fam_nginx_portal, 5, 3),
    (fam_celery, 4, 8), (fam_aspnet, 4, 2), (fam_hl7, 6, 3), (fam_nlog_iq, 6, 6), (fam_fax, 5, 4), (fam_fax_in, 3, 2),
    (fam_swjson, 8, 4), (fam_readmit, 6, 6), (fam_findhelp, 4, 3), (fam_pg, 3, 3), (fam_x12, 4, 3), (fam_nemt, 5, 4),
    (fam_syslog, 3, 7), (fam_traceback, 1, 1), (fam_iis, 3, 4), (fam_audit, 4, 4), (fam_idv, 6, 2), (fam_finance, 7, 2),
    (fam_dme, 4, 2),
]


def main():
    lines = []
    n_phi = 0
    while len(lines) < N_LINES:
        cur = n_phi / len(lines) if lines else TARGET_PHI_SHARE
        prob = min(0.95, max(0.05, TARGET_PHI_SHARE + 3 * (TARGET_PHI_SHARE - cur)))
        ph = rnd.random() < prob
        fams = [f for f in FAMILIES]
        fn = rnd.choices([f[0] for f in fams], weights=[f[1] if ph else f[2] for f in fams])[0]
        bs = fn(ph)
        if ph:
            assert any(b.spans for b in bs), fn.__name__
        else:
            assert not any(b.spans for b in bs), fn.__name__
        for b in bs:
            if len(lines) < N_LINES:
                lines.append(b)
                n_phi += bool(b.spans)
    log_path = os.path.join(HERE, ID + ".log")
    lab_path = os.path.join(HERE, ID + ".labels.jsonl")
    with open(log_path, "wb") as fl, open(lab_path, "w", encoding="utf-8", newline="\n") as fj:
        for i, b in enumerate(lines, 1):
            raw = bytes(b.buf)
            assert b"\n" not in raw and b"\r" not in raw
            assert len(raw) <= 4000, (i, len(raw))
            raw.decode("utf-8")
            prev = 0
            spans = []
            for (s, e, cat, val) in sorted(b.spans):
                assert s >= prev, ("overlap", i)
                assert raw[s:e] == val.encode("utf-8"), (i, raw[s:e], val)
                assert e > s
                prev = e
                spans.append({"s": s, "e": e, "cat": cat})
            fl.write(raw + b"\n")
            fj.write(json.dumps({"line": i, "family": b.fam, "spans": spans}) + "\n")


if __name__ == "__main__":
    main()
