#!/usr/bin/env python3
"""gen_la.py - synthetic, labeled log corpus for a PHI detector (ID=la).

Theme: a state Medicaid agency's eligibility system and call center: X12 834
enrollment and 820 premium files (one segment per line, and an 834 written as a
wrapped 80-byte stream), eligibility rules engine traces (Drools), renewal and
notice generation (PDF merge logs in English/Spanish/Vietnamese/Haitian
Creole), fair hearing appeals case notes, IVR (Avaya Experience Portal-like)
and Genesys (Cloud JSON + Engage T-Server) call logs, MMIS batch jobs
(COBOL fixed-width records and reports, JES2/JCL SYSOUT), identity proofing
(Experian CrossCore-like JSON), income verification (Work Number-like JSON and
XML), WebSphere SystemOut.log and IIS W3C logs, ex parte renewal CSV extracts.

All people, identifiers, addresses and numbers are synthetic (fixed seed).
Standard library only; writes la.log (500 lines) and la.labels.jsonl.

Labeling decisions:
- Persons labeled: Medicaid members/applicants/appellants, household members,
  relatives acting as authorized representatives (AR), callers who are the
  member or a relative. Not labeled: caseworkers, hearing officers (ALJ/HO),
  call-center agents, interpreters, legal-aid attorneys, print/IT staff,
  vendors, employers, health plans, hospitals, the agency itself.
- name: each person-name occurrence is one span in whatever form it is written
  (full name, "Last, First", initials + surname, upper/lower case). In X12 NM1
  and fixed-width records the last/first/middle fields are separate spans.
- health_plan: Medicaid ID (also inside file names and URLs), X12 REF*0F
  subscriber id, NM1*IL ...*N id, RMR*IK id, card control number (CCN), MCO
  plan member id. Group/contract numbers (REF*1L, REF*CE) are not labeled.
- other_id: eligibility case numbers (REF*3H), household ids, internal
  person/individual ids, application numbers, appeal docket numbers, member
  self-service usernames, employee ids at an employer. NOT labeled: vendor
  transaction/request ids (Experian expRequestId, TWN order ids), Genesys
  conversation/participant UUIDs, note ids, batch/job ids, trace ids.
- ssn: full SSNs and also SSN last-4 values entered or logged for
  verification; a masked SSN with visible digits is one span over the whole
  token; fully masked values (XXX-XX-XXXX) are not labeled.
- date: DOB, date of death, coverage/eligibility begin and end, maintenance
  effective dates, renewal due dates, application dates, hearing dates,
  admission/discharge dates, hire dates, other dated events of the person's
  case; a date range is two spans. NOT labeled: log timestamps, file/batch/run
  dates (ISA/GS/BGN, file names), header-level 820 premium periods, employer
  pay dates, years alone.
- age: only ages over 89; younger ages are not labeled.
- address: street lines, city, parish (county) names and numeric parish/FIPS
  county codes of a member's residence; state abbreviations are never labeled.
  zip: 5- or 9-digit ZIP of a member (one span, with or without dash).
- phone: member/relative phones incl. IVR/Genesys ANI; agency numbers (DNIS,
  toll-free, staff desks) are not. fax: a member's/relative's own fax number.
- email: member/relative personal email; staff/agency/vendor email is not.
- account: member bank account numbers and card numbers (Luhn-valid
  synthetic). Bank routing numbers, agency/plan accounts in 820 BPR and
  public test card numbers (4111111111111111) are not labeled.
- license: driver's license / state ID numbers of members.
- vehicle: VIN and plate of a member's vehicle (asset test).
- device: identity-proofing device id/fingerprint of the applicant's device.
- ip: public client IP of an authenticated member session or of an identity
  proofing applicant; private/internal IPs, health checkers and
  unauthenticated/bot traffic are not labeled.
- biometric: voiceprint ids of the IVR voice biometrics enrollment of a member.
- photo: base64 face images (DocV selfie).
- url: a person's own URL (e.g. fundraising page); agency/vendor URLs are not.
- mrn: hospital medical record numbers of a member cited in appeal notes.
- X12 wrapped at 80 bytes: a value split by the wrap is labeled in each
  physical line it occupies (one span per fragment, same category).
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

SEED = 20240314
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "la"
N_LINES = 500


# ----------------------------------------------------------------- builder
class LB:
    """Line builder that records byte offsets of labeled values."""

    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []

    def t(self, x):
        self.buf += str(x).encode("utf-8")
        return self

    def p(self, x, cat):
        x = str(x)
        if not x:
            return self
        b = x.encode("utf-8")
        s = len(self.buf)
        self.buf += b
        self.spans.append((s, len(self.buf), cat, b))
        return self

    def fx(self, val, width, cat=None, right=False, pad=" "):
        """Fixed-width field; span covers the value without padding."""
        val = str(val)[:width]
        fill = pad * (width - len(val))
        if right:
            self.t(fill)
            self.p(val, cat) if cat else self.t(val)
        else:
            self.p(val, cat) if cat else self.t(val)
            self.t(fill)
        return self

    def text(self):
        s = self.buf.decode("utf-8")
        assert s and "\n" not in s and "\r" not in s, repr(s)
        for a, e, c, b in self.spans:
            assert bytes(self.buf[a:e]) == b, (s, a, e, b)
        return s


class P:
    """A PHI value for the JSON writer."""

    def __init__(self, v, cat):
        self.v, self.cat = v, cat


def jw(lb, o, sep=(",", ":")):
    if isinstance(o, dict):
        lb.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                lb.t(sep[0])
            lb.t(json.dumps(k) + sep[1])
            jw(lb, v, sep)
        lb.t("}")
    elif isinstance(o, list):
        lb.t("[")
        for i, v in enumerate(o):
            if i:
                lb.t(sep[0])
            jw(lb, v, sep)
        lb.t("]")
    elif isinstance(o, P):
        if isinstance(o.v, str):
            enc = json.dumps(o.v, ensure_ascii=False)
            lb.t('"').p(enc[1:-1], o.cat).t('"')
        else:
            lb.p(json.dumps(o.v), o.cat)
    else:
        lb.t(json.dumps(o, ensure_ascii=False))
    return lb


class JT:
    """A JSON string value assembled from text and PHI pieces (free text)."""

    def __init__(self, *parts):
        self.parts = parts


def jw2(lb, o, sep=(",", ":")):
    """JSON writer that also understands JT (mixed free text)."""
    if isinstance(o, dict):
        lb.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                lb.t(sep[0])
            lb.t(json.dumps(k) + sep[1])
            jw2(lb, v, sep)
        lb.t("}")
    elif isinstance(o, list):
        lb.t("[")
        for i, v in enumerate(o):
            if i:
                lb.t(sep[0])
            jw2(lb, v, sep)
        lb.t("]")
    elif isinstance(o, JT):
        lb.t('"')
        for part in o.parts:
            if isinstance(part, P):
                lb.p(json.dumps(part.v, ensure_ascii=False)[1:-1], part.cat)
            else:
                lb.t(json.dumps(part, ensure_ascii=False)[1:-1])
        lb.t('"')
    else:
        jw(lb, o, sep)
    return lb


# ----------------------------------------------------------------- helpers
def fold(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn")


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    return "%s-%s-4%s-%s%s-%s" % (hexs(8), hexs(4), hexs(3),
                                  R.choice("89ab"), hexs(3), hexs(12))


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def luhn_card(prefix, length=16):
    body = prefix + digits(length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    tr = {str(i): i for i in range(10)}
    tr.update(dict(A=1, B=2, C=3, D=4, E=5, F=6, G=7, H=8, J=1, K=2, L=3, M=4,
                   N=5, P=7, R=9, S=2, T=3, U=4, V=5, W=6, X=7, Y=8, Z=9))
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    v = (R.choice(["1FT", "1G1", "2T1", "3N1", "1HG", "5YJ", "1C4", "JTD", "KM8", "1GC"])
         + "".join(R.choice(chars) for _ in range(5)) + "0"
         + R.choice("BCDEFGHJKLMN") + R.choice(chars) + digits(6))
    s = sum(tr[c] * x for c, x in zip(v, w)) % 11
    return v[:8] + ("X" if s == 10 else str(s)) + v[9:]


def pub_ip():
    while True:
        a = R.choice([24, 47, 66, 68, 69, 71, 72, 73, 75, 76, 96, 97, 98, 99,
                      104, 107, 108, 162, 172, 173, 174, 184, 208])
        b = R.randint(0, 255)
        if a == 172 and 16 <= b <= 31:
            continue
        return "%d.%d.%d.%d" % (a, b, R.randint(0, 255), R.randint(1, 254))


def pub_ip6():
    return "2600:1700:%s:%s::%s" % (hexs(4).lstrip("0") or "1", hexs(4).lstrip("0") or "a",
                                    hexs(3).lstrip("0") or "2")


MON = ["January", "February", "March", "April", "May", "June", "July",
       "August", "September", "October", "November", "December"]
MON_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
          "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
MON_HT = ["janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out",
          "septanm", "oktòb", "novanm", "desanm"]


def fd(d, st):
    if st == "d8":
        return d.strftime("%Y%m%d")
    if st == "iso":
        return d.strftime("%Y-%m-%d")
    if st == "us":
        return d.strftime("%m/%d/%Y")
    if st == "us_np":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if st == "us2":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if st == "mdy8":
        return d.strftime("%m%d%Y")
    if st == "dmon":
        return d.strftime("%d-") + MON[d.month - 1][:3].upper() + d.strftime("-%Y")
    if st == "long":
        return "%s %d, %d" % (MON[d.month - 1], d.day, d.year)
    if st == "es":
        return "%d de %s de %d" % (d.day, MON_ES[d.month - 1], d.year)
    if st == "vi":
        return "ngày %d tháng %d năm %d" % (d.day, d.month, d.year)
    if st == "ht":
        return "%d %s %d" % (d.day, MON_HT[d.month - 1], d.year)
    if st == "isoz":
        return d.strftime("%Y-%m-%dT00:00:00Z")
    if st == "dot":
        return d.strftime("%d.%m.%Y")
    raise ValueError(st)


def fp(ph, st):
    a, b, c = ph[:3], ph[3:6], ph[6:]
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "raw": ph, "e164": "+1" + ph, "dot": "%s.%s.%s" % (a, b, c),
            "tel": "tel:+1" + ph, "one": "1-%s-%s-%s" % (a, b, c)}[st]


# ----------------------------------------------------------------- people
VI_LAST = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Phan"]
VI_MID = {"F": ["Thị", "Ngọc", "Thu", "Kim"], "M": ["Văn", "Quốc", "Minh", "Đức", "Hữu"]}
VI_GIV = {"F": ["Hoa", "Lan", "Mai", "Hương", "Thảo", "Trang", "Hạnh", "Vy"],
          "M": ["Minh", "Tùng", "Bảo", "Khoa", "Long", "Hùng", "Phúc", "Tâm"]}
HT_GIV = {"F": ["Wideline", "Marie-Carmel", "Guerline", "Ketly", "Nadège", "Rose-Mirlande",
                "Fabienne", "Mirlande", "Roseline"],
          "M": ["Fritznel", "Jean Robert", "Wilner", "Dieuseul", "Jean-Claude", "Wesner",
                "Frantz", "Wilfrid"]}
HT_LAST = ["Jean-Baptiste", "Dorvil", "Dieujuste", "Pierre-Louis", "Saint-Fleur",
           "Desrosiers", "Charles", "Bien-Aimé", "Joseph", "Étienne", "Théodore"]
ES_GIV = {"F": ["María José", "Yesenia", "Guadalupe", "Ana Sofía", "Rocío", "Xiomara",
                "Itzel", "Marisol"],
          "M": ["Luis Alberto", "José Ángel", "Juan Carlos", "Efraín", "Santiago", "Jesús",
                "Héctor"]}
ES_LAST = ["García-López", "de la Cruz", "Núñez", "Ortiz Villanueva", "Reyes", "Hernández",
           "Del Valle", "Zúñiga", "Castañeda", "Ibarra"]
EN_GIV = {"F": ["Claire", "Dolores", "Mae", "Noelie", "Eula Mae", "Lucille", "Latoya",
                "Tamika", "Keisha", "Imani", "Aaliyah", "Priya", "Siobhan", "Kateryna",
                "Brandi", "Destiny", "Jo Ann", "Odile", "Shaniqua", "Mei-Ling"],
          "M": ["Théo", "Rhett", "Alcide", "Jean-Paul", "DeShawn", "Darnell", "Tyrone",
                "Mohammed", "Wei", "Olumide", "Hyun-woo", "Bartholomew", "Ahmad", "Cody",
                "Beau", "Clovis", "Raja"]}
EN_LAST = ["Boudreaux", "Thibodeaux", "Fontenot", "Guidry", "LeBlanc", "Hébert",
           "Broussard", "Landry", "Arceneaux", "St. Romain", "de la Houssaye",
           "Washington", "Jefferson", "Batiste", "Pierre", "Robinson", "Toussaint",
           "Haddad", "Al-Rashid", "Venkataraman", "Zhang", "Adeyemi", "O'Malley",
           "van der Meer", "Shevchenko", "Qasim", "Park", "Robichaux", "McElroy",
           "Nguyen-Tran", "Comeaux", "Savoie", "Okafor"]

# city, parish, parish code (state 01-64), zip3, area code
GEO = [("New Orleans", "Orleans", 36, "701", "504"), ("Metairie", "Jefferson", 26, "700", "504"),
       ("Kenner", "Jefferson", 26, "700", "504"), ("Marrero", "Jefferson", 26, "700", "504"),
       ("Baton Rouge", "East Baton Rouge", 17, "708", "225"),
       ("Shreveport", "Caddo", 9, "711", "318"), ("Bossier City", "Bossier", 8, "711", "318"),
       ("Lafayette", "Lafayette", 28, "705", "337"), ("Lake Charles", "Calcasieu", 10, "706", "337"),
       ("Houma", "Terrebonne", 55, "703", "985"), ("Thibodaux", "Lafourche", 29, "703", "985"),
       ("Monroe", "Ouachita", 37, "712", "318"), ("Alexandria", "Rapides", 40, "713", "318"),
       ("Hammond", "Tangipahoa", 53, "704", "985"), ("Slidell", "St. Tammany", 52, "704", "985"),
       ("Opelousas", "St. Landry", 49, "705", "337"), ("Chalmette", "St. Bernard", 44, "700", "504"),
       ("Abbeville", "Vermilion", 57, "705", "337"), ("Gretna", "Jefferson", 26, "700", "504"),
       ("Ruston", "Lincoln", 31, "712", "318")]
STREETS = ["Elysian Fields Ave", "N Claiborne Ave", "Tchoupitoulas St", "Government St",
           "Plank Rd", "Airline Hwy", "Johnston St", "Ambassador Caffery Pkwy", "Youree Dr",
           "Line Ave", "Ryan St", "Bayou Blue Rd", "Desire St", "Chef Menteur Hwy",
           "Belle Chasse Hwy", "Westbank Expy", "Veterans Memorial Blvd", "Florida Blvd",
           "Rue de la Paix", "Evangeline Thwy", "Gause Blvd", "Martin Luther King Jr Dr",
           "Old Spanish Trl", "St Claude Ave", "Louisiana Ave", "Grand Caillou Rd"]
UNITS = ["Apt 3B", "Apt 12", "Unit 4", "Lot 17", "# 210", "Trlr 9", "Apt C", "Ste 2"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "outlook.com",
             "att.net", "cox.net", "aol.com"]
AID_CATS = [("001", "MCD_ADULT_GRP"), ("050", "LACHIP_4"), ("013", "ABD_SSI"),
            ("045", "PREG_WOMEN"), ("066", "MED_NEEDY_SPEND"), ("012", "QMB"),
            ("015", "TANF_FAMILY"), ("090", "LTC_NURSING")]

USED = set()


def uniq(fn):
    while True:
        v = fn()
        if v not in USED:
            USED.add(v)
            return v


def mk_person(origin=None, last=None, sex=None, old=False):
    origin = origin or R.choice(["vi", "ht", "es", "en", "en", "en"])
    sex = sex or R.choice("FM")
    if origin == "vi":
        first, mid = R.choice(VI_GIV[sex]), R.choice(VI_MID[sex])
        last = last or R.choice(VI_LAST)
    elif origin == "ht":
        first, mid = R.choice(HT_GIV[sex]), R.choice(["", "", "M", "J", "R"])
        last = last or R.choice(HT_LAST)
    elif origin == "es":
        first, mid = R.choice(ES_GIV[sex]), R.choice(["", "", "A", "M"])
        last = last or R.choice(ES_LAST)
    else:
        first, mid = R.choice(EN_GIV[sex]), R.choice(["", "A", "B", "C", "D", "J", "L", "M", "R", "T"])
        last = last or R.choice(EN_LAST)
    if old:
        dob = dt.date(R.randint(1926, 1934), R.randint(1, 12), R.randint(1, 28))
    else:
        dob = dt.date(R.randint(1950, 2021), R.randint(1, 12), R.randint(1, 28))
    city, parish, pcode, z3, ac = R.choice(GEO)
    ph = ac + str(R.randint(2, 9)) + digits(2) + digits(4)
    uname = R.choice([
        fold(first.split()[0]).lower().replace("'", "") + "." + fold(last).lower().replace(" ", "").replace("'", "") + str(dob.year % 100),
        fold(first[0] + last).lower().replace(" ", "").replace("-", "").replace("'", "") + digits(2),
        fold(last.split()[-1]).lower() + "_" + fold(first.split()[0]).lower() + str(R.randint(1, 99)),
    ])
    email = R.choice([uname, fold(first.split()[0]).lower() + digits(3)]) + "@" + R.choice(EMAIL_DOM)
    today = dt.date(2024, 3, 14)
    age = today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))
    return dict(
        origin=origin, sex=sex, first=first, mid=mid, last=last, dob=dob, age=age,
        ssn=uniq(ssn), mid_id=uniq(lambda: R.choice("12") + digits(9)),
        ccn=uniq(lambda: "9" + digits(12)), plan_id=uniq(lambda: "U" + digits(10)),
        case=uniq(lambda: "40" + digits(7)), hh=uniq(lambda: "HH-" + digits(7)),
        pid=uniq(lambda: str(R.randint(5100000, 8999999))),
        app=uniq(lambda: "APP-2024-" + digits(7)),
        street="%d %s" % (R.randint(100, 9899), R.choice(STREETS)),
        unit=R.choice(UNITS + [""] * 4), city=city, parish=parish, pcode=pcode,
        zip=z3 + digits(2), zip4=digits(4), phone=ph, email=email, user=uname,
        lang={"vi": "vi", "ht": "ht", "es": "es"}.get(origin, "en"),
        dl=uniq(lambda: digits(R.choice([8, 9]))),
        aid=R.choice(AID_CATS),
    )


PEOPLE = [mk_person() for _ in range(64)] + [mk_person(old=True) for _ in range(6)]
OLD = [p for p in PEOPLE if p["age"] > 89]


def pick():
    return R.choice(PEOPLE)


def full(p):
    if p["origin"] == "vi":
        return "%s %s %s" % (p["last"], p["mid"], p["first"])
    return "%s %s" % (p["first"], p["last"])


def nm(p, st=None):
    st = st or R.choice(["fl", "FL", "lf", "LF", "fi", "fl", "LFM"])
    f, l, m = p["first"], p["last"], p["mid"]
    if st == "fl":
        return full(p)
    if st == "FL":
        return full(p).upper()
    if st == "lf":
        return "%s, %s" % (l, f)
    if st == "LF":
        return "%s, %s" % (fold(l).upper(), fold(f).upper())
    if st == "LFM":
        return ("%s, %s %s" % (fold(l).upper(), fold(f).upper(), fold(m[:1]).upper())).strip()
    if st == "fi":
        return "%s. %s" % (f[0], l)
    if st == "low":
        return full(p).lower()
    if st == "ascii":
        return fold(full(p))
    raise ValueError(st)


def d_in(a, b):
    s = dt.date(*a)
    return s + dt.timedelta(days=R.randint(0, (dt.date(*b) - s).days))


def first_of_next(d):
    return dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)


# ----------------------------------------------------------------- clock
NOW = dt.datetime(2024, 3, 14, 1, 52, 7, 113000)


def adv(a=0.2, b=9.0):
    global NOW
    NOW += dt.timedelta(seconds=R.uniform(a, b))


def ms():
    return "%03d" % (NOW.microsecond // 1000)


def ts_l4j():
    return NOW.strftime("%Y-%m-%d %H:%M:%S,") + ms()


def ts_dot():
    return NOW.strftime("%Y-%m-%d %H:%M:%S.") + ms()


def ts_was():
    return "[%d/%d/%s %d:%02d:%02d:%s CDT]" % (NOW.month, NOW.day, NOW.strftime("%y"),
                                              NOW.hour, NOW.minute, NOW.second, ms())


def utc():
    return NOW + dt.timedelta(hours=5)


def ts_z():
    u = utc()
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (u.microsecond // 1000)


def ts_ivr():
    return NOW.strftime("%m/%d/%Y %H:%M:%S.") + ms()


def ts_jes():
    return NOW.strftime("%H.%M.%S")


OUT = []


def emit(*lbs):
    for lb in lbs:
        OUT.append(lb)


# ================================================================= X12 834
ISA_N = [4521]


def isa(lb_factory, sender, receiver, gs_code, version, term="~"):
    ISA_N[0] += R.randint(1, 9)
    n = ISA_N[0]
    d = NOW
    segs = [
        "ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%09d*0*P*:%s" % (
            sender, receiver, d.strftime("%y%m%d"), d.strftime("%H%M"), n, term),
        "GS*%s*%s*%s*%s*%s*%d*X*%s%s" % (gs_code, sender, receiver, d.strftime("%Y%m%d"),
                                          d.strftime("%H%M"), n, version, term),
    ]
    return n, segs


def seg834_member(lb, p, sub=True, term="~", nl=None):
    """Write one 834 member loop into lb-producing callable nl()."""
    out = []

    def S():
        b = nl()
        out.append(b)
        return b

    mt = R.choice(["021", "001", "024", "030", "021"])
    rel = "18" if sub else R.choice(["19", "01", "15"])
    S().t("INS*%s*%s*%s*%s*A***%s%s" % ("Y" if sub else "N", rel, mt,
                                         {"021": "28", "001": "25", "024": "07", "030": "XN"}[mt],
                                         R.choice(["AC", "TE", "FT"]) if mt != "024" else "TE", term))
    S().t("REF*0F*").p(p["mid_id"], "health_plan").t(term)
    S().t("REF*1L*LAMCD-%s%s" % (p["aid"][0], term))
    S().t("REF*3H*").p(p["case"], "other_id").t(term)
    b = S().t("DTP*303*D8*")
    eff = first_of_next(NOW.date())
    b.p(fd(eff, "d8"), "date").t(term)
    b = S().t("NM1*IL*1*").p(fold(p["last"]).upper(), "name").t("*").p(fold(p["first"]).upper(), "name")
    if p["mid"]:
        b.t("*").p(fold(p["mid"]).upper(), "name").t("***34*")
    else:
        b.t("****34*")
    b.p(p["ssn"], "ssn").t(term)
    b = S().t("PER*IP**HP*").p(p["phone"], "phone")
    if R.random() < 0.6:
        b.t("*EM*").p(p["email"], "email")
    b.t(term)
    b = S().t("N3*").p(fold(p["street"]).upper(), "address")
    if p["unit"]:
        b.t("*").p(fold(p["unit"]).upper(), "address")
    b.t(term)
    S().t("N4*").p(fold(p["city"]).upper(), "address").t("*LA*").p(p["zip"] + p["zip4"], "zip") \
        .t("**CY*").p("%03d" % (p["pcode"] * 2 - 1), "address").t(term)
    S().t("DMG*D8*").p(fd(p["dob"], "d8"), "date").t("*%s**%s%s" % (p["sex"], R.choice(["7", "C", "G", "H", ":RET:2054-5"]), term))
    S().t("LUI*LD*%s**7%s" % ({"vi": "VIE", "ht": "HAT", "es": "SPA", "en": "ENG"}[p["lang"]], term))
    if not sub:
        parent = R.choice(PEOPLE)
        S().t("NM1*QD*1*").p(fold(parent["last"]).upper(), "name").t("*").p(fold(parent["first"]).upper(), "name").t(term)
    S().t("HD*%s**HLT*LAMCD-%s*IND%s" % (mt, p["aid"][1], term))
    beg = first_of_next(NOW.date()) if mt not in ("030", "024") else d_in((2023, 5, 1), (2024, 3, 1)).replace(day=1)
    S().t("DTP*348*D8*").p(fd(beg, "d8"), "date").t(term)
    if mt == "024" or R.random() < 0.4:
        end = beg.replace(year=beg.year + 1) - dt.timedelta(days=1) if mt != "024" else NOW.date().replace(day=1) + dt.timedelta(days=30)
        S().t("DTP*349*D8*").p(fd(end, "d8"), "date").t(term)
    S().t("REF*CE*%s%s" % (R.choice(["MCO01", "MCO03", "FFS00", "MCO05"]), term))
    return out


def x12_834_file(n_members):
    fam = "x12_834"
    nl = lambda: LB(fam)
    lines = []
    n, segs = isa(nl, "LAMEDICAID", "HLTHPLN0%d" % R.randint(1, 5), "BE", "005010X220A1")
    for s in segs:
        lines.append(nl().t(s))
    st = "%04d" % R.randint(1, 40)
    lines.append(nl().t("ST*834*%s*005010X220A1~" % st))
    lines.append(nl().t("BGN*00*834DLY%s%s*%s*%s****2~" % (NOW.strftime("%Y%m%d"), digits(3), NOW.strftime("%Y%m%d"), NOW.strftime("%H%M%S"))))
    lines.append(nl().t("REF*38*LA00%s~" % digits(5)))
    lines.append(nl().t("DTP*007*D8*%s~" % NOW.strftime("%Y%m%d")))
    lines.append(nl().t("N1*P5*LOUISIANA MEDICAL ASSISTANCE PROGRAM*FI*72600%s~" % digits(4)))
    lines.append(nl().t("N1*IN*%s*FI*72%s~" % (R.choice(["BAYOU HEALTH PLAN INC", "GULF COAST COMMUNITY CARE", "CRESCENT CARE PARTNERS"]), digits(7))))
    cnt = 4
    for i in range(n_members):
        p = pick()
        segs = seg834_member(None, p, sub=(i % 3 != 2), nl=nl)
        lines.extend(segs)
        cnt += len(segs)
    lines.append(nl().t("SE*%d*%s~" % (cnt + 2, st)))
    lines.append(nl().t("GE*1*%d~" % n))
    lines.append(nl().t("IEA*1*%09d~" % n))
    return lines


def x12_834_wrapped(n_members):
    fam = "x12_834_wrapped"
    big = LB(fam)
    holder = []

    def nl():
        holder.append(1)
        return big

    n, segs = isa(None, "LAMEDICAID", "DENTBEN01", "BE", "005010X220A1")
    for s in segs:
        big.t(s)
    big.t("ST*834*0001*005010X220A1~BGN*00*834AUD%s*%s*%s****4~" % (digits(4), NOW.strftime("%Y%m%d"), NOW.strftime("%H%M")))
    big.t("N1*P5*LOUISIANA MEDICAL ASSISTANCE PROGRAM*FI*726001234~N1*IN*DENTAL BENEFIT MANAGER LLC*FI*721556601~")
    for i in range(n_members):
        seg834_member(None, pick(), sub=True, nl=nl)
    big.t("SE*%d*0001~GE*1*%d~IEA*1*%09d~" % (len(holder) + 5, n, n))
    data = bytes(big.buf)
    assert all(c < 128 for c in data)
    out = []
    W = 80
    for i in range(0, len(data), W):
        lb = LB(fam)
        lb.buf = bytearray(data[i:i + W])
        for a, e, c, b in big.spans:
            s, z = max(a, i), min(e, i + W)
            if s < z:
                lb.spans.append((s - i, z - i, c, data[s:z]))
        out.append(lb)
    return out


# ================================================================= X12 820
def x12_820_file(n_members):
    fam = "x12_820"
    nl = lambda: LB(fam)
    lines = []
    n, segs = isa(nl, "LAMEDICAID", "CRESCENTCP", "RA", "005010X218")
    for s in segs:
        lines.append(nl().t(s))
    lines.append(nl().t("ST*820*0001*005010X218~"))
    total = 0.0
    prem = [round(R.uniform(180, 1450), 2) for _ in range(n_members)]
    total = sum(prem)
    pdate = NOW.date() + dt.timedelta(days=1)
    lines.append(nl().t("BPR*I*%.2f*C*ACH*CCP*01*065000090*DA*%s*1726001234**01*061000104*DA*%s*%s~" % (
        total, digits(10), digits(9), fd(pdate, "d8"))))
    lines.append(nl().t("TRN*3*820CAP%s*1726001234~" % digits(9)))
    lines.append(nl().t("REF*38*LA0045210~"))
    per0 = first_of_next(NOW.date())
    per1 = first_of_next(per0) - dt.timedelta(days=1)
    lines.append(nl().t("DTP*582*RD8*%s-%s~" % (fd(per0, "d8"), fd(per1, "d8"))))
    lines.append(nl().t("N1*PE*CRESCENT CARE PARTNERS*FI*721998830~"))
    lines.append(nl().t("N1*PR*LOUISIANA MEDICAL ASSISTANCE PROGRAM~"))
    cnt = 8
    for i, amt in enumerate(prem):
        p = pick()
        lines.append(nl().t("ENT*%d~" % (i + 1)))
        lines.append(nl().t("NM1*IL*1*").p(fold(p["last"]).upper(), "name").t("*")
                     .p(fold(p["first"]).upper(), "name").t("****N*").p(p["mid_id"], "health_plan").t("~"))
        lines.append(nl().t("RMR*IK*").p(p["mid_id"], "health_plan").t("**%.2f*%.2f~" % (amt, amt)))
        lines.append(nl().t("REF*ZZ*%s-%s~" % (p["aid"][1], R.choice(["R1", "R2", "R4", "R7"]))))
        b = nl().t("DTP*582*RD8*")
        if R.random() < 0.7:
            b.p(fd(per0, "d8"), "date").t("-").p(fd(per1, "d8"), "date")
        else:
            s0 = d_in((2024, 1, 1), (2024, 2, 28)).replace(day=1)
            b.p(fd(s0, "d8"), "date").t("-").p(fd(first_of_next(s0) - dt.timedelta(days=1), "d8"), "date")
        b.t("~")
        lines.append(b)
        cnt += 5
        if R.random() < 0.35:
            lines.append(nl().t("ADX*-%.2f*%s~" % (round(R.uniform(20, 300), 2), R.choice(["52", "53", "RU", "IA"]))))
            cnt += 1
    lines.append(nl().t("SE*%d*0001~" % (cnt)))
    lines.append(nl().t("GE*1*%d~" % n))
    lines.append(nl().t("IEA*1*%09d~" % n))
    return lines


def x12_999_block():
    fam = "x12_834"
    n = ISA_N[0]
    return [LB(fam).t("AK1*BE*%d*005010X220A1~" % n),
            LB(fam).t("AK2*834*0001*005010X220A1~"),
            LB(fam).t("IK5*A~"),
            LB(fam).t("AK9*A*1*1*1~")]


# ================================================================= JCL / JES2
JOBNO = [4510]
JOBS = [("MMISE834", "ELGX834", "ELIG 834 OUTBND"), ("MMISR820", "CAPX820", "CAP PREM 820"),
        ("MMELG300", "ELGU0300", "ELIG DAILY UPD"), ("MMNTC110", "NTCX0110", "NOTICE EXTRACT"),
        ("MMTWN010", "TWNB0010", "TWN VOIE BATCH"), ("MMRNW200", "RNWX0200", "EX PARTE RENEW")]


def jes_line(job, msg):
    return LB("jcl_sysout").t(" %s %s  %s" % (ts_jes(), job, msg))


def jcl_job_start(j):
    JOBNO[0] += R.randint(1, 30)
    job = "JOB%05d" % JOBNO[0]
    name, pgm, desc = j
    out = [LB("jcl_sysout").t("                        J E S 2  J O B  L O G  --  S Y S T E M  P R D 1  --  N O D E  L A M M I S"),
           jes_line(job, "---- THURSDAY,  14 MAR 2024 ----")]
    out.append(jes_line(job, "IRR010I  USERID MMISBAT  IS ASSIGNED TO THIS JOB."))
    out.append(jes_line(job, "ICH70001I MMISBAT  LAST ACCESS AT %s ON THURSDAY, MARCH 14, 2024" % (NOW - dt.timedelta(minutes=R.randint(3, 50))).strftime("%H:%M:%S")))
    out.append(jes_line(job, "$HASP373 %-8s STARTED - INIT %-4d - CLASS B        - SYS PRD1" % (name, R.randint(1, 12))))
    out.append(jes_line(job, "IEF403I %s - STARTED - TIME=%s" % (name, ts_jes())))
    out.append(LB("jcl_sysout").t("        1 //%-8s JOB (MM01,MMIS),'%s',CLASS=B,MSGCLASS=X," % (name, desc)))
    out.append(LB("jcl_sysout").t("          //             NOTIFY=&SYSUID,REGION=0M"))
    out.append(LB("jcl_sysout").t("        2 //STEP010  EXEC PGM=%s,PARM='RUNDT=%s,MODE=PROD'" % (pgm, NOW.strftime("%Y%m%d"))))
    out.append(LB("jcl_sysout").t("        3 //STEPLIB  DD DSN=PRD.MMIS.LOADLIB,DISP=SHR"))
    out.append(LB("jcl_sysout").t("        4 //RECIPIN  DD DSN=PRD.MMIS.RECIP.MASTER,DISP=SHR"))
    out.append(LB("jcl_sysout").t("        5 //SYSOUT   DD SYSOUT=*"))
    keep = [0, 1] + sorted(R.sample(range(2, len(out)), 4))
    return job, [out[i] for i in keep]


def jcl_job_end(job, j, rc="0000", t1=None):
    name, pgm, desc = j
    t1 = t1 or (NOW - dt.timedelta(minutes=R.randint(2, 40)))
    out = [LB("jcl_sysout").t("IEF236I ALLOC. FOR %s STEP010" % name),
           LB("jcl_sysout").t("IGD103I SMS ALLOCATED TO DDNAME RECIPIN"),
           LB("jcl_sysout").t("IEF142I %s STEP010 - STEP WAS EXECUTED - COND CODE %s" % (name, rc)),
           LB("jcl_sysout").t("IEF285I   PRD.MMIS.RECIP.MASTER                            KEPT"),
           LB("jcl_sysout").t("IEF285I   VOL SER NOS= PRD%03d." % R.randint(1, 99)),
           LB("jcl_sysout").t("IEF285I   PRD.MMIS.%s.G%04dV00                    CATALOGED" % (pgm[:4], R.randint(100, 9999))),
           LB("jcl_sysout").t("IEF373I STEP/STEP010 /START 2024074.%s" % t1.strftime("%H%M")),
           LB("jcl_sysout").t("IEF032I STEP/STEP010 /STOP  2024074.%s" % NOW.strftime("%H%M")),
           LB("jcl_sysout").t("        CPU:     0 HR  00 MIN  %05.2f SEC    SRB:     0 HR  00 MIN  00.%02d SEC" % (R.uniform(0.5, 59), R.randint(1, 99))),
           jes_line(job, "-%-8s STEP010              %s  %6d    %.2f    .00    %4.1f  %6d   0      0      0      0     0" % (
               name, rc[-2:], R.randint(900, 99999), R.uniform(0.01, 0.9), R.uniform(0.5, 38), R.randint(1000, 99999))),
           jes_line(job, "IEF404I %s - ENDED - TIME=%s" % (name, ts_jes())),
           jes_line(job, "$HASP395 %-8s ENDED - RC=%s" % (name, rc))]
    keep = [2] + sorted(R.sample([0, 1, 3, 4, 5, 6, 7, 8, 9], 3)) + [10, 11]
    return [out[i] for i in sorted(keep)]


def jcl_display_phi(pgm):
    p = pick()
    k = R.randrange(5)
    b = LB("jcl_sysout")
    if k == 0:
        b.t("%s W-REJECT RECIP-ID=" % pgm).p(p["mid_id"], "health_plan").t(" NAME=").p(nm(p, "LFM"), "name") \
            .t(" DOB=").p(fd(p["dob"], "d8"), "date").t(" RSN=07 DUP-SSN=").p(p["ssn"], "ssn")
    elif k == 1:
        b.t("%s ** WARNING ** ADDR LINE TRUNCATED FOR RECIP " % pgm).p(p["mid_id"], "health_plan").t(": ") \
            .p(fold(p["street"] + (" " + p["unit"] if p["unit"] else "")).upper(), "address")
    elif k == 2:
        b.t("%s BAD NUMERIC IN WS-INCOME-AMT  CASE=" % pgm).p(p["case"], "other_id").t(" INDV=").p(p["pid"], "other_id") \
            .t(" LAST-NM=").p(fold(p["last"]).upper(), "name").t(" VALUE=X'40404040F1F2'")
    elif k == 3:
        b.t("%s DATE OF DEATH POSTED  RECIP=" % pgm).p(p["mid_id"], "health_plan").t(" DOD=") \
            .p(fd(d_in((2024, 1, 5), (2024, 3, 10)), "d8"), "date").t(" SRC=VITAL-STATS ACTION=TERM")
    else:
        b.t("%s SSN MISMATCH SSA-SVES RECIP=" % pgm).p(p["mid_id"], "health_plan").t(" SSN-ON-FILE=").p(p["ssn"], "ssn") \
            .t(" SSA-NAME=").p(fold(p["last"]).upper()[:13], "name").t(" RESP=EV")
    return b


def jcl_display_noise(pgm):
    k = R.randrange(9)
    if k == 0:
        return LB("jcl_sysout").t("%s RECORDS READ          %07d" % (pgm, R.randint(10000, 40000)))
    if k == 1:
        return LB("jcl_sysout").t("%s RECORDS WRITTEN       %07d" % (pgm, R.randint(10000, 40000)))
    if k == 2:
        return LB("jcl_sysout").t("%s RECORDS REJECTED      %07d" % (pgm, R.randint(0, 80)))
    if k == 3:
        return LB("jcl_sysout").t("%s CHECKPOINT TAKEN AT KEY %s  COMMIT-CNT=%05d" % (pgm, "0" * 4 + digits(6), R.randint(1, 99999)))
    if k == 4:
        return LB("jcl_sysout").t("IGZ0035S There was an unsuccessful OPEN or CLOSE of file ELIGOUT in program %s at relative location X'%04X'. Neither FILE STATUS nor an ERROR declarative were specified. The status code was 35." % (pgm, R.randint(256, 65000)))
    if k == 5:
        return LB("jcl_sysout").t("CEE3207S The system detected a data exception (System Completion Code=0C7).")
    if k == 6:
        return LB("jcl_sysout").t("         From compile unit %s at entry point %s at compile unit offset +%08X at entry offset +%08X at address %08X." % (pgm, pgm, R.randint(4096, 99999), R.randint(4096, 99999), R.randint(0x1F000000, 0x1FFFFFFF)))
    if k == 7:
        return LB("jcl_sysout").t("IEA995I SYMPTOM DUMP OUTPUT  USER COMPLETION CODE=4038")
    return LB("jcl_sysout").t("%s CONTROL TOTALS  PREM-AMT=%012.2f  MBR-MONTHS=%07d" % (pgm, R.uniform(1e6, 9e7), R.randint(100000, 999999)))


# ================================================================= MMIS fixed width
def mmis_fixed_record():
    p = pick()
    b = LB("mmis_fixed")
    b.t("01")
    b.fx(p["mid_id"], 10, "health_plan")
    b.fx(p["ccn"], 13, "health_plan")
    b.fx(fold(p["last"]).upper(), 20, "name")
    b.fx(fold(p["first"]).upper(), 15, "name")
    b.fx(fold(p["mid"][:1]).upper(), 1, "name" if p["mid"] else None)
    b.fx(fd(p["dob"], "d8"), 8, "date")
    b.t(p["sex"])
    b.fx(p["ssn"], 9, "ssn")
    b.fx("%02d" % p["pcode"], 2, "address")
    b.t(p["aid"][0]).t(R.choice(["T", "M", "P", "S"]))
    beg = d_in((2023, 4, 1), (2024, 4, 1)).replace(day=1)
    b.fx(fd(beg, "d8"), 8, "date")
    if R.random() < 0.5:
        b.fx(fd(beg.replace(year=beg.year + 1) - dt.timedelta(days=1), "d8"), 8, "date")
    else:
        b.t("99991231")
    b.fx(p["zip"], 5, "zip")
    b.fx(p["zip4"], 4, "zip")
    b.t({"vi": "VI", "ht": "HT", "es": "SP", "en": "EN"}[p["lang"]])
    b.t(R.choice(["A", "A", "P", "C"])).t(" " * 12).t("%07d" % R.randint(1, 99999))
    return b


def mmis_fixed_noise():
    k = R.randrange(5)
    if k == 0:
        return LB("mmis_fixed").t("00MMISELIG %sRECIPIENT ELIGIBILITY DAILY    V0412%s" % (NOW.strftime("%Y%m%d"), " " * 60))
    if k == 1:
        return LB("mmis_fixed").t("99TRAILER   %s%09d%09d%015d%s" % (NOW.strftime("%Y%m%d"), R.randint(10000, 40000), R.randint(1, 80), R.randint(10 ** 10, 10 ** 12), " " * 40))
    if k == 2:
        return LB("mmis_fixed").t("05AIDCAT%s%-30s%s%s" % (R.choice(AID_CATS)[0], R.choice(AID_CATS)[1], "20240101", "99991231"))
    if k == 3:
        return LB("mmis_fixed").t("07PROV%010d%-35s%s%s" % (R.randint(10 ** 9, 10 ** 10 - 1), R.choice(["OCHSNER CLINIC FOUNDATION", "OUR LADY OF THE LAKE RMC", "CHRISTUS ST FRANCES CABRINI", "LSU HEALTH SHREVEPORT"]), "MCO", "A"))
    return LB("mmis_fixed").t("08RATECELL%s%-6s%010.2f%s" % (R.choice(["R1", "R2", "R4", "R7", "R9"]), R.choice(["SSI", "FITAP", "EXPN", "CHIP"]), R.uniform(180, 3200), "20240101"))


def mmis_report():
    out = []
    out.append(LB("mmis_report").t("1ELG-R310  RECIPIENT ELIGIBILITY CHANGE REPORT           LOUISIANA MMIS          RUN DATE: %s   PAGE: %5d" % (NOW.strftime("%m/%d/%Y"), R.randint(1, 400))))
    out.append(LB("mmis_report").t(" RECIP ID    NAME                          DOB         SEX PAR AID  BEGIN DT    END DT      ACTION"))
    out.append(LB("mmis_report").t(" ----------  ----------------------------  ----------  --- --- ---  ----------  ----------  ------"))
    for _ in range(R.randint(3, 5)):
        p = pick()
        b = LB("mmis_report").t(" ")
        b.fx(p["mid_id"], 10, "health_plan").t("  ")
        b.fx(nm(p, "LFM")[:28], 28, "name").t("  ")
        b.fx(fd(p["dob"], "us"), 10, "date").t("  ")
        b.t(" %s  " % p["sex"]).fx("%02d" % p["pcode"], 2, "address").t("  ").t(p["aid"][0]).t("  ")
        beg = first_of_next(NOW.date())
        b.fx(fd(beg, "us"), 10, "date").t("  ")
        if R.random() < 0.5:
            b.fx(fd(beg.replace(year=beg.year + 1) - dt.timedelta(days=1), "us"), 10, "date")
        else:
            b.t("12/31/9999")
        b.t("  " + R.choice(["ADD", "CHG", "TERM", "REINST"]))
        out.append(b)
    out.append(LB("mmis_report").t(" ** TOTAL ADDS: %6d   CHANGES: %6d   TERMS: %6d   REINSTATEMENTS: %5d" % (R.randint(100, 900), R.randint(1000, 9000), R.randint(100, 900), R.randint(0, 90))))
    return out


# ================================================================= Drools
DRL_LOG = ["org.drools.core.common.DefaultAgenda", "gov.state.mcd.elig.rules.RulesAuditListener",
           "gov.state.mcd.elig.rules.DeterminationListener", "org.drools.core.event.DebugAgendaEventListener",
           "org.drools.compiler.kie.builder.impl.KieContainerImpl", "org.drools.mvel.MVELConstraint"]
RULES = ["MAGI_Adult_Income_Test", "MAGI.Household.Size", "LaCHIP_Age_Under_19", "ABD_Resource_Limit",
         "Citizenship_SAVE_Verified", "Residency_In_State", "PW_Due_Date_Coverage", "MedNeedy_Spenddown",
         "FPL_Lookup_2024", "Continuous_Eligibility_Child_12mo", "QMB_Income_100FPL", "LTC_Transfer_Penalty"]


def drl(level, logger, thread, msg_lb):
    return msg_lb


def drl_head(level, logger):
    return LB("drools").t("%s %-5s [%s] (elig-worker-%d) " % (ts_l4j(), level, logger, R.randint(1, 8)))


def drools_phi():
    p = pick()
    k = R.randrange(6)
    if k == 0:
        b = drl_head("DEBUG", DRL_LOG[0]).t("Fire rule '%s' [fact 0:%d:%d:%d:%d:DEFAULT:NON_TRAIT:gov.state.mcd.elig.model.Applicant:Applicant(personId=" % (
            R.choice(RULES), R.randint(1, 90), *([R.randint(10 ** 6, 10 ** 9)] * 2), R.randint(1, 90)))
        b.p(p["pid"], "other_id").t(", firstName=").p(p["first"], "name").t(", lastName=").p(p["last"], "name") \
            .t(", dob=").p(fd(p["dob"], "iso"), "date").t(", age=")
        if p["age"] > 89:
            b.p(str(p["age"]), "age")
        else:
            b.t(str(p["age"]))
        b.t(", householdId=").p(p["hh"], "other_id").t(", citizenship=%s)]" % R.choice(["US_CITIZEN", "QUALIFIED_NONCITIZEN", "LPR_5YR"]))
        return b
    if k == 1:
        eff = first_of_next(NOW.date())
        return drl_head("INFO", DRL_LOG[2]).t("determination caseNo=").p(p["case"], "other_id").t(" indiv=").p(p["pid"], "other_id") \
            .t(" program=%s result=%s fplPct=%.1f effective=" % (p["aid"][1], R.choice(["ELIGIBLE", "INELIGIBLE", "PENDING_VERIF"]), R.uniform(0, 260))) \
            .p(fd(eff, "iso"), "date")
    if k == 2:
        return drl_head("DEBUG", DRL_LOG[3]).t("==>[ObjectInsertedEventImpl: getFactHandle()=[fact 0:%d:%d:%d:%d:DEFAULT:NON_TRAIT:gov.state.mcd.elig.model.IncomeFact:IncomeFact[personId=" % (
            R.randint(1, 90), *([R.randint(10 ** 6, 10 ** 9)] * 2), R.randint(1, 90))).p(p["pid"], "other_id") \
            .t(", source=TWN, employer=%s, monthlyGross=%.2f, frequency=%s]], getObject()=IncomeFact, getKnowledgeRuntime()=KieSession[0]]" % (
                R.choice(["ACADIANA SEAFOOD PROCESSORS LLC", "DOLLAR GENERAL #11873", "OCHSNER HEALTH", "WAL-MART ASSOCIATES INC", "POPEYES LA KITCHEN"]),
                R.uniform(300, 5200), R.choice(["BIWEEKLY", "WEEKLY", "MONTHLY"])))
    if k == 3:
        v = vin()
        plate = R.choice(["%s%s %s" % (R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), digits(4)), digits(3) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))])
        return drl_head("DEBUG", DRL_LOG[3]).t("==>[ObjectInsertedEventImpl: getFactHandle()=[fact 0:%d:%d:%d:1:DEFAULT:NON_TRAIT:gov.state.mcd.elig.model.VehicleAsset:VehicleAsset[personId=" % (
            R.randint(1, 90), *([R.randint(10 ** 6, 10 ** 9)] * 2))).p(p["pid"], "other_id").t(", vin=").p(v, "vehicle") \
            .t(", plate=").p(plate, "vehicle").t(", equity=%.2f, excluded=%s]]]" % (R.uniform(500, 9000), R.choice(["true", "false"])))
    if k == 4:
        q = R.choice(OLD)
        return drl_head("INFO", DRL_LOG[1]).t("rule=ABD_Resource_Limit person=").p(q["pid"], "other_id").t(" name='").p(nm(q, "LF"), "name") \
            .t("' age=").p(str(q["age"]), "age").t(" countable=%.2f limit=2000.00 result=%s" % (R.uniform(800, 4000), R.choice(["PASS", "FAIL"])))
    return drl_head("WARN", DRL_LOG[1]).t("Rule 'Citizenship_SAVE_Verified' pending: no SAVE response for applicant ").p(nm(p, "fl"), "name") \
        .t(" (ssn=").p(R.choice(["***-**-" + p["ssn"][-4:], p["ssn"][:3] + "-" + p["ssn"][3:5] + "-" + p["ssn"][5:]]), "ssn").t(") case ").p(p["case"], "other_id")


def drools_noise():
    k = R.randrange(9)
    if k == 0:
        return drl_head("INFO", DRL_LOG[4]).t("Start creation of KieBase: eligibilityKBase")
    if k == 1:
        return drl_head("INFO", DRL_LOG[4]).t("End creation of KieBase: eligibilityKBase")
    if k == 2:
        return drl_head("DEBUG", DRL_LOG[0]).t("Fire loop completed: %d rules fired in %dms (session=%d)" % (R.randint(12, 80), R.randint(3, 90), R.randint(1, 9999)))
    if k == 3:
        return drl_head("INFO", DRL_LOG[1]).t("ruleset=MAGI_2024Q1 releaseId=gov.state.mcd:elig-rules:4.12.%d salience-conflicts=0 rules=%d" % (R.randint(0, 9), R.randint(300, 420)))
    if k == 4:
        return drl_head("WARN", DRL_LOG[5]).t("Exception jitting: income.monthlyGross > fpl.limit138 This is NOT an error and NOT prevent the correct rule execution since the constraint will be evaluated in interpreted mode")
    if k == 5:
        return drl_head("DEBUG", DRL_LOG[3]).t("==>[AfterActivationFiredEvent: getActivation()=[[ FPL_Lookup_2024 active=false ] [ [fact 0:3:%d:%d:3:DEFAULT:NON_TRAIT:gov.state.mcd.elig.model.FplTable:FplTable[year=2024, hhSize=%d, pct100=%.2f]] ] ], getKieRuntime()=KieSession[0]]" % (
            *([R.randint(10 ** 6, 10 ** 9)] * 2), R.randint(1, 8), R.choice([15060.0, 20440.0, 25820.0, 31200.0, 36580.0])))
    if k == 6:
        return drl_head("INFO", DRL_LOG[2]).t("batch=ELG-%s determinations=%d eligible=%d ineligible=%d pending=%d p95=%dms" % (
            NOW.strftime("%Y%m%d"), R.randint(1000, 9000), R.randint(500, 5000), R.randint(100, 900), R.randint(10, 300), R.randint(40, 400)))
    if k == 7:
        return drl_head("DEBUG", DRL_LOG[0]).t("Rule '%s' activation cancelled: CONFLICT_RESOLUTION salience=%d agenda-group=%s" % (R.choice(RULES), R.randint(-10, 100), R.choice(["magi", "non-magi", "verification"])))
    return drl_head("ERROR", DRL_LOG[2]).t("Rule execution timed out after 30000ms; session %s disposed, requeueing traceId=%s" % (R.randint(1, 9999), hexs(32)))


# ================================================================= Notices (PDF)
NT_LOG = ["g.s.m.notice.batch.NoticeBatchJob", "g.s.m.notice.render.NoticeRenderer",
          "g.s.m.notice.merge.PdfMergeService", "o.a.pdfbox.multipdf.PDFMergerUtility",
          "o.a.pdfbox.pdmodel.font.PDType0Font", "g.s.m.notice.render.AddressValidator",
          "g.s.m.notice.print.PrintVendorUploader"]
TEMPL = ["RENEWAL_PACKET_V12", "RFI_INCOME_V7", "TERM_NOTICE_V9", "APPROVAL_V15", "HEARING_SCHED_V3"]


def nt_head(level, lg):
    return LB("notice_pdf").t("%s %-5s [notice-worker-%d] %s - " % (ts_dot(), level, R.randint(1, 6), lg))


def notice_phi():
    p = pick()
    k = R.randrange(6)
    lang = p["lang"]
    due = d_in((2024, 4, 1), (2024, 5, 15))
    if k == 0:
        return nt_head("INFO", NT_LOG[2]).t("Merged %d docs into /notices/out/2024/03/14/RNW_%s_" % (R.randint(2, 6), lang)) \
            .p(p["mid_id"], "health_plan").t("_%s.pdf pages=%d size=%d" % (NOW.strftime("%Y%m%d"), R.randint(4, 14), R.randint(80000, 400000)))
    if k == 1:
        b = nt_head("INFO", NT_LOG[1]).t("Rendering template=%s lang=%s caseNo=" % (R.choice(TEMPL), lang)).p(p["case"], "other_id") \
            .t(' recipient="').p(nm(p, R.choice(["fl", "FL", "LF"])), "name").t('" dueDate=').p(fd(due, "iso"), "date").t(' mailTo="')
        b.p(p["street"] + (" " + p["unit"] if p["unit"] else ""), "address").t(", ").p(p["city"], "address").t(", LA ").p(p["zip"], "zip").t('"')
        return b
    if k in (2, 3):
        end = dt.date(due.year, due.month, 28) if due.month == 2 else dt.date(due.year, due.month, 30 if due.month in (4, 6, 9, 11) else 31)
        b = nt_head("DEBUG", NT_LOG[1]).t("preview[%s] \"" % lang)
        if lang == "es":
            b.t("Estimado(a) ").p(full(p), "name").t(": Su cobertura de Medicaid termina el ").p(fd(end, "es"), "date") \
                .t(". Debe renovar antes del ").p(fd(due, "es"), "date").t(". Número de caso: ").p(p["case"], "other_id").t('"')
        elif lang == "vi":
            b.t("Kính gửi ").p(full(p), "name").t(": Bảo hiểm Medicaid của quý vị sẽ hết hạn vào ").p(fd(end, "vi"), "date") \
                .t(". Vui lòng gửi giấy tờ trước ").p(fd(due, "vi"), "date").t('."')
        elif lang == "ht":
            b.t("Chè ").p(full(p), "name").t(", kouvèti Medicaid ou ap fini ").p(fd(end, "ht"), "date") \
                .t(". Tanpri voye dokiman yo anvan ").p(fd(due, "ht"), "date").t(". Nimewo Medicaid: ").p(p["mid_id"], "health_plan").t('"')
        else:
            b.t("Dear ").p(nm(p, "FL"), "name").t(": Your Medicaid coverage will end on ").p(fd(end, "long"), "date") \
                .t(" unless you renew by ").p(fd(due, "long"), "date").t('."')
        return b
    if k == 4:
        b = nt_head("ERROR", NT_LOG[5]).t("Undeliverable address for member ").p(p["mid_id"], "health_plan").t(': "')
        if R.random() < 0.5:
            b.p("PO BOX %d" % R.randint(10, 9999), "address")
        else:
            b.p(p["street"], "address")
        b.t(", ").p(p["city"], "address").t(" LA ").p(p["zip"] + "-" + p["zip4"], "zip").t('" (USPS DPV=N, footnote=%s) -> routed to RETURN_MAIL queue' % R.choice(["AA", "M3", "N1", "BB"]))
        return b
    return nt_head("WARN", NT_LOG[0]).t("Notice suppressed: recipient deceased dod=").p(fd(d_in((2024, 1, 2), (2024, 3, 10)), "iso"), "date") \
        .t(" member=").p(p["mid_id"], "health_plan").t(" template=%s" % R.choice(TEMPL))


def notice_noise():
    k = R.randrange(10)
    if k == 0:
        return nt_head("INFO", NT_LOG[0]).t("Starting batch RNW-%s-%02d templates=[RENEWAL_PACKET_V12, RFI_INCOME_V7, TERM_NOTICE_V9] langs=[en, es, vi, ht]" % (NOW.strftime("%Y%m%d"), R.randint(1, 6)))
    if k == 1:
        return nt_head("WARN", NT_LOG[4]).t("No glyph for U+1EBF (ế) in font NotoSans-Regular, falling back to NotoSans-Vietnamese")
    if k == 2:
        return nt_head("INFO", NT_LOG[3]).t("Merging %d source documents, MemoryUsageSetting[mainMemory=true, maxMainMemoryBytes=%d]" % (R.randint(2, 6), R.choice([-1, 268435456])))
    if k == 3:
        return nt_head("INFO", NT_LOG[0]).t("Batch RNW-%s-%02d complete generated=%d merged=%d failed=%d suppressed=%d elapsed=PT%dM%dS" % (
            NOW.strftime("%Y%m%d"), R.randint(1, 6), R.randint(800, 3000), R.randint(800, 3000), R.randint(0, 9), R.randint(0, 40), R.randint(5, 59), R.randint(0, 59)))
    if k == 4:
        return nt_head("INFO", NT_LOG[6]).t("Uploaded /notices/out/2024/03/14/print_RNW_%s_%04d.zip to sftp://print-inbound.mailhouse-vendor.com:22/inbound bytes=%d sha256=%s" % (
            R.choice(["en", "es", "vi", "ht"]), R.randint(1, 20), R.randint(10 ** 7, 10 ** 8), hexs(64)))
    if k == 5:
        return nt_head("INFO", NT_LOG[1]).t("Loaded template %s (lang=%s) from classpath:/templates/%s sha1=%s" % (
            R.choice(TEMPL), R.choice(["en", "es", "vi", "ht"]), R.choice(["renewal", "rfi", "term"]), hexs(40)))
    if k == 6:
        return nt_head("WARN", "o.a.pdfbox.pdmodel.font.FileSystemFontProvider").t("New fonts found, font cache will be re-built")
    if k == 7:
        return nt_head("ERROR", NT_LOG[2]).t("Merge failed for job %s: java.io.IOException: Missing root object specification in trailer." % uid())
    if k == 8:
        return nt_head("INFO", NT_LOG[6]).t("Print vendor ack received file=print_RNW_ht_%04d.zip status=ACCEPTED pieces=%d postage_class=FIRST" % (R.randint(1, 20), R.randint(50, 900)))
    return nt_head("DEBUG", NT_LOG[1]).t("Template cache stats hits=%d misses=%d evictions=0 size=%d" % (R.randint(1000, 9000), R.randint(1, 40), R.randint(10, 60)))


# ================================================================= renewal CSV
def renewal_csv_block():
    out = [LB("renewal_csv").t("case_no,indv_id,medicaid_id,last_nm,first_nm,dob,renewal_due_dt,ex_parte_sw,ex_parte_src,lang_cd,parish_cd")]
    for _ in range(R.randint(4, 6)):
        p = pick()
        b = LB("renewal_csv")
        b.p(p["case"], "other_id").t(",").p(p["pid"], "other_id").t(",").p(p["mid_id"], "health_plan").t(",")
        last = p["last"]
        if " " in last or R.random() < 0.3:
            b.t('"').p(last, "name").t('"')
        else:
            b.p(last, "name")
        b.t(",").p(p["first"], "name").t(",").p(fd(p["dob"], "us"), "date").t(",") \
            .p(fd(d_in((2024, 4, 1), (2024, 6, 30)), "us"), "date").t(",%s,%s,%s," % (
                R.choice(["Y", "N"]), R.choice(["SNAP+TWN", "SSA", "TWN", "NONE", "SNAP"]), p["lang"])) \
            .p("%02d" % p["pcode"], "address")
        out.append(b)
    out.append(LB("renewal_csv").t("# rows=%d generated=%s job=MMRNW200 md5=%s" % (R.randint(1000, 30000), ts_z(), hexs(32))))
    return out


# ================================================================= appeals notes
OFFICERS = ["ALJ R. Castille", "HO Jaswinder Patel", "ALJ Denise Melançon", "HO Kwame Asante", "ALJ T. Vo"]
OFF_USERS = ["rcastille", "jpatel", "dmelancon", "kasante", "tvo"]


def appeal_phi():
    p = pick()
    rel = mk_person(origin=p["origin"], last=p["last"] if R.random() < 0.7 else None)
    if p["age"] < 18:
        relword = "mother" if rel["sex"] == "F" else "father"
    else:
        relword = R.choice({"F": ["wife", "daughter", "sister", "niece"], "M": ["husband", "son", "brother", "nephew"]}[rel["sex"]])
    docket = "2024-MA-%05d" % R.randint(100, 9999)
    k = R.randrange(6)
    hd = d_in((2024, 3, 25), (2024, 5, 20))
    if k == 0:
        b = LB("appeal_note").t("NOTE|").p(docket, "other_id").t("|%s|%s|HEARING_HELD|" % (NOW.strftime("%Y-%m-%d %H:%M:%S"), R.choice(OFF_USERS)))
        b.t("Hearing held by phone. Appellant ").p(full(p), "name").t(" (DOB ").p(fd(p["dob"], "us"), "date").t(") appeared w/ ")
        b.t(relword + " ").p(nm(rel, "fl"), "name")
        if p["lang"] == "en":
            b.t(" (AR). No interpreter needed. Agency rep %s. Record held open until " % R.choice(["K. Chauvin", "M. Bergeron", "A. Simoneaux"]))
        else:
            b.t(" (AR). %s interpreter #%d used. Agency rep %s. Record held open until " % (
                {"vi": "Vietnamese", "ht": "Haitian Creole", "es": "Spanish"}[p["lang"]], R.randint(1000, 9999), R.choice(["K. Chauvin", "M. Bergeron", "A. Simoneaux"])))
        b.p(fd(hd, "us"), "date").t(" for paystubs.")
        return b
    if k == 1:
        b = LB("appeal_note").t("[%s] %s - " % (NOW.strftime("%m/%d/%Y %I:%M %p"), R.choice(OFFICERS)))
        b.t("Appellant says new job at %s was reported on " % R.choice(["Walmart", "Popeyes", "a nursing home in Houma", "Dollar General", "the casino"])) \
            .p(fd(d_in((2023, 10, 1), (2024, 2, 20)), "us2"), "date").t(" but termination notice was still mailed to ") \
            .p(p["street"], "address").t(", ").p(p["city"], "address").t(". Case ").p(p["case"], "other_id").t(" reopened pending decision.")
        return b
    if k == 2:
        b = LB("appeal_note")
        body = JT("Phone call w/ appellant ", P(nm(p, "lf"), "name"), ".\nConfirmed callback # ",
                  P(fp(p["phone"], R.choice(["paren", "dash", "dot"])), "phone"),
                  ".\nHearing rescheduled to ", P(fd(hd, "us") + " 9:00am", "date") if False else P(fd(hd, "us"), "date"),
                  " 9:00am (telephonic).\nAR ", P(nm(rel, "fl"), "name"), " will attend.")
        jw2(b, {"noteId": R.randint(80000, 99999), "docketNo": P(docket, "other_id"), "author": R.choice(OFF_USERS),
                "type": "CONTACT", "createdAt": ts_z(), "body": body})
        return b
    if k == 3:
        adm = d_in((2023, 11, 1), (2024, 2, 15))
        b = LB("appeal_note").t("NOTE|").p(docket, "other_id").t("|%s|%s|EVIDENCE|" % (NOW.strftime("%Y-%m-%d %H:%M:%S"), R.choice(OFF_USERS)))
        hosp, pre = R.choice([("Bayou Regional Medical Center", "BRMC-"), ("Acadiana General Hospital", "AGH"),
                              ("Crescent City Medical Center", ""), ("Red River Regional Hospital", "RR")])
        b.t("Records from %s (MRN " % hosp).p(pre + digits(R.choice([7, 8])), "mrn") \
            .t(") show inpatient adm ").p(fd(adm, R.choice(["us", "us_np"])), "date").t(" - ").p(fd(adm + dt.timedelta(days=R.randint(2, 12)), "us"), "date") \
            .t(", dx %s. %s for " % (R.choice(["CVA", "CHF exacerbation", "DKA", "hip fx", "COPD exacerbation"]),
                                     R.choice(["Supports disability claim", "Relevant to spend-down calc", "Supports LTC level of care"]))) \
            .p(nm(p, "fi"), "name").t(". Forwarded to MRT.")
        return b
    if k == 4:
        b = LB("appeal_note").t("[%s] %s - " % (NOW.strftime("%m/%d/%Y %I:%M %p"), R.choice(OFFICERS)))
        if R.random() < 0.5:
            slug = fold("help-%s-%s" % (p["first"].split()[0], p["last"].split()[-1])).lower().replace("'", "")
            b.t("AR emailed link to fundraiser ").p("https://www.gofundme.com/f/%s-medical-bills" % slug, "url") \
                .t(" as proof of ‘gifted’ income; not countable per policy I-1420. From ").p(rel["email"], "email").t(".")
        else:
            fax = rel["phone"][:3] + str(R.randint(2, 9)) + digits(6)
            b.t("Paystubs rec'd by fax from ").p(fp(fax, R.choice(["dash", "paren"])), "fax").t(" (AR's home fax). AR ").p(nm(rel, "fi"), "name") \
                .t(" confirmed by phone ").p(fp(rel["phone"], "dash"), "phone").t(".")
        return b
    b = LB("appeal_note").t("NOTE|").p(docket, "other_id").t("|%s|%s|DECISION|" % (NOW.strftime("%Y-%m-%d %H:%M:%S"), R.choice(OFF_USERS)))
    b.t("Agency action REVERSED. Reinstate %s coverage for " % p["aid"][1]).p(nm(p, "LF"), "name").t(" (Medicaid ID ").p(p["mid_id"], "health_plan") \
        .t(") eff. ").p(fd(d_in((2024, 1, 1), (2024, 3, 1)).replace(day=1), "us"), "date").t("; notify MCO.")
    return b


def appeal_noise():
    k = R.randrange(6)
    if k == 0:
        return LB("appeal_note").t("Hearing calendar sync: %d hearings week=2024-W%02d officers=%d conflicts=%d" % (R.randint(20, 80), R.randint(11, 14), R.randint(4, 9), R.randint(0, 3)))
    if k == 1:
        return LB("appeal_note").t("Docket auto-assignment run complete: assigned=%d unassigned=%d elapsed=%.1fs" % (R.randint(5, 40), R.randint(0, 5), R.uniform(0.2, 4)))
    if k == 2:
        return LB("appeal_note").t("[%s] %s - Out of office 3/18-3/22; hearings reassigned to %s. Questions: appeals.scheduling@ldh-appeals.example.gov / 225-342-%04d" % (
            NOW.strftime("%m/%d/%Y %I:%M %p"), OFFICERS[0], OFFICERS[1], R.randint(1000, 9999)))
    if k == 3:
        return LB("appeal_note").t("NOTE|-|%s|system|TEMPLATE|Template HEARING_SCHED_V3 updated by kasante (v3.%d): added Vietnamese and Haitian Creole tag lines" % (NOW.strftime("%Y-%m-%d %H:%M:%S"), R.randint(1, 9)))
    if k == 4:
        return LB("appeal_note").t('{"noteId":%d,"docketNo":null,"author":"system","type":"SLA","body":"%d appeals past 90-day decision deadline (42 CFR 431.244)"}' % (R.randint(80000, 99999), R.randint(1, 30)))
    return LB("appeal_note").t("[%s] %s - Interpreter line (vendor) down 10:05-10:40, hearings in that window moved; no client info affected." % (NOW.strftime("%m/%d/%Y %I:%M %p"), R.choice(OFFICERS)))


# ================================================================= IVR (Avaya EP-like)
def ivr_call():
    p = pick()
    port = "Port %04d" % R.randint(1, 240)
    mpp = "MPP-%02d" % R.randint(1, 4)
    sid = "%s-%s-%s" % (mpp.lower().replace("-", ""), NOW.strftime("%Y%j%H%M%S"), port[-4:])

    def H():
        adv(0.5, 6)
        return LB("ivr").t("%s|EPM|%s|%s|SessionID=%s|App=MCD_MEMBER_MAIN|" % (ts_ivr(), mpp, port, sid))

    out = []
    b = H().t("ANI=")
    if R.random() < 0.85:
        b.p(fp(p["phone"], "raw"), "phone")
    else:
        b.t("Anonymous")
    b.t("|DNIS=%s|Event=CallStart" % R.choice(["8883425555", "8776470001", "2253424000"]))
    out.append(b)
    out.append(H().t("Node=LangSelect|Mode=DTMF|Input=%d|Result=success" % {"en": 1, "es": 2, "vi": 3, "ht": 4}[p["lang"]]))
    if R.random() < 0.6:
        out.append(H().t("Node=GetMemberID|Mode=DTMF|Input=").p(p["mid_id"], "health_plan").t("|Result=success|Conf=1.00"))
    else:
        out.append(H().t("Node=GetMemberID|Mode=voice|Utterance=\"").p(" ".join(p["mid_id"]), "health_plan").t("\"|Interp=").p(p["mid_id"], "health_plan").t("|Result=success|Conf=0.%02d" % R.randint(70, 99)))
    if R.random() < 0.5:
        d = p["dob"]
        words = "%s %s %d" % (MON[d.month - 1].lower(), ["first", "second", "third"][d.day - 1] if d.day <= 3 else "%dth" % d.day, d.year)
        out.append(H().t("Node=GetDOB|Mode=voice|Utterance=\"").p(words, "date").t("\"|Interp=").p(fd(d, "d8"), "date").t("|Conf=0.%02d" % R.randint(60, 99)))
    else:
        out.append(H().t("Node=GetDOB|Mode=DTMF|Input=").p(fd(p["dob"], "mdy8"), "date").t("|Result=success"))
    if R.random() < 0.5:
        out.append(H().t("Node=GetSSN4|Mode=DTMF|Input=").p(p["ssn"][-4:], "ssn").t("|Result=success"))
    out.append(H().t("Node=AuthResult|Result=%s|MemberLookupMs=%d|Attempts=%d" % (R.choice(["AUTH_PASS", "AUTH_PASS", "AUTH_FAIL"]), R.randint(80, 900), R.randint(1, 3))))
    if R.random() < 0.4:
        out.append(H().t("VB|Action=%s|VoiceprintId=" % R.choice(["Verify", "Enroll"])).p("VPX-" + hexs(12), "biometric").t("|Score=0.%02d|Decision=%s" % (R.randint(50, 99), R.choice(["ACCEPT", "REJECT", "INCONCLUSIVE"]))))
    out.append(H().t("Node=MainMenu|Mode=DTMF|Input=%d|Result=success" % R.randint(1, 6)))
    if R.random() < 0.5:
        out.append(H().t("Node=PlayEligStatus|Prompt=elig_status_active.wav|Dur=%dms" % R.randint(2000, 9000)))
    out.append(H().t("Event=Transfer|Target=Q_MCD_%s_%s|Reason=%s" % (R.choice(["RENEWAL", "GENERAL", "APPEALS", "CARDS"]), p["lang"].upper(), R.choice(["AgentRequest", "NoMatch", "MenuOption"]))))
    return out


def ivr_noise():
    adv(0.5, 4)
    k = R.randrange(6)
    h = "%s|EPM|MPP-%02d|" % (ts_ivr(), R.randint(1, 4))
    if k == 0:
        return LB("ivr").t(h + "Heartbeat|PortsInService=%d|Active=%d|CPU=%d%%" % (R.choice([96, 120, 240]), R.randint(5, 90), R.randint(5, 70)))
    if k == 1:
        return LB("ivr").t(h + "NuanceRecognizer 11.0.%d license checkout ok units=%d" % (R.randint(1, 9), R.randint(40, 240)))
    if k == 2:
        return LB("ivr").t(h + "VXMLFetch|URL=https://ivr-app.mcd.internal:8443/mcd/vxml/%s.vxml|Status=200|Ms=%d" % (R.choice(["main", "auth", "status", "renewal"]), R.randint(8, 200)))
    if k == 3:
        return LB("ivr").t(h + "Port %04d|Event=CallEnd|Disposition=%s|DurSec=%d" % (R.randint(1, 240), R.choice(["HANGUP_IN_MENU", "TRANSFERRED", "SELF_SERVED"]), R.randint(20, 600)))
    if k == 4:
        return LB("ivr").t(h + "Grammar loaded builtin:dtmf/digits?minlength=10;maxlength=10 cache=HIT")
    return LB("ivr").t(h + "WARN|Backend MemberLookupService latency %dms exceeds 800ms threshold (pool=%d/%d)" % (R.randint(800, 4000), R.randint(10, 50), 50))


# ================================================================= Genesys
def genesys_cloud_phi():
    p = pick()
    k = R.randrange(4)
    b = LB("genesys_cloud")
    conv = uid()
    if k == 0:
        jw(b, {"topicName": "v2.detail.events.conversation.%s.customer.start" % conv, "version": "2",
               "eventBody": {"eventTime": ts_z(), "conversationId": conv, "participantId": uid(), "sessionId": uid(),
                             "mediaType": "VOICE", "provider": "Edge", "direction": "INBOUND",
                             "ani": P(fp(p["phone"], "tel"), "phone"), "dnis": "tel:+18883425555",
                             "queueId": uid(), "divisionId": uid()}})
    elif k == 1:
        jw(b, {"id": conv, "participants": [{"id": uid(), "purpose": "customer", "attributes": {
            "MCD_MemberID": P(p["mid_id"], "health_plan"), "MCD_CaseNo": P(p["case"], "other_id"),
            "PlanMemberId": P(p["plan_id"], "health_plan"),
            "IVR_AuthStatus": R.choice(["PASS", "PARTIAL"]), "CallerLang": p["lang"],
            "CallerName": P(nm(p, R.choice(["LF", "fl"])), "name")}}]}, sep=(", ", ": "))
    elif k == 2:
        rel = R.random() < 0.4
        note = JT("Caller ", P(nm(p, "fl"), "name"), " verified w/ DOB ", P(fd(p["dob"], "us_np"), "date"),
                  " + last4.\nAdvised renewal due ", P(fd(d_in((2024, 4, 1), (2024, 5, 31)), "us2"), "date"),
                  ", docs can be uploaded on portal.\nCallback ", P(fp(p["phone"], R.choice(["dash", "paren", "raw"])), "phone"))
        jw2(b, {"conversationId": conv, "wrapup": {"code": R.choice(["Renewal - Docs Received", "Card Replacement", "Eligibility Status", "Appeal Inquiry"]),
                                                   "notes": note, "durationSeconds": R.randint(30, 900)},
                "userId": uid(), "queueName": "MCD Renewals %s" % p["lang"].upper()})
    else:
        jw2(b, {"topicName": "v2.conversations.%s.transcription" % conv, "eventBody": {
            "transcripts": [{"utteranceId": uid(), "channel": "EXTERNAL",
                             "language": {"vi": "vi-VN", "es": "es-US", "ht": "ht-HT", "en": "en-US"}[p["lang"]],
                             "alternatives": [{"confidence": round(R.uniform(0.6, 0.98), 2),
                                               "transcript": JT("my name is ", P(nm(p, "low"), "name"), " and my email is ", P(p["email"], "email"))}]}]}})
    return b


def genesys_cloud_noise():
    k = R.randrange(5)
    b = LB("genesys_cloud")
    if k == 0:
        jw(b, {"topicName": "v2.users.%s.presence" % uid(), "eventBody": {"presenceDefinition": {"id": uid(), "systemPresence": R.choice(["On Queue", "Available", "Break", "Meal"])}, "modifiedDate": ts_z()}})
    elif k == 1:
        st = utc().replace(minute=0 if utc().minute < 30 else 30, second=0, microsecond=0)
        jw(b, {"interval": "%s/%s" % (st.strftime("%Y-%m-%dT%H:%M:%S.000Z"), (st + dt.timedelta(minutes=30)).strftime("%Y-%m-%dT%H:%M:%S.000Z")),
               "group": {"queueId": uid(), "mediaType": "voice"},
               "data": [{"metric": "tHandle", "stats": {"max": R.randint(600000, 2400000), "min": R.randint(20000, 60000), "count": R.randint(20, 140), "sum": R.randint(10 ** 7, 10 ** 8)}},
                        {"metric": "nOffered", "stats": {"count": R.randint(20, 200)}}]})
    elif k == 2:
        jw(b, {"topicName": "v2.routing.queues.%s.conversations" % uid(), "eventBody": {"id": uid(), "state": R.choice(["alerting", "connected", "disconnected"]), "wrapupRequired": True, "queueMediaSettings": {"voice": {"alertingTimeoutSeconds": 8, "serviceLevel": {"percentage": 0.8, "durationMs": 20000}}}}})
    elif k == 3:
        b.t("%s WARN  [notification-ws] c.g.p.client.NotificationsClient - websocket channel %s expiring in 3600s, resubscribing %d topics" % (ts_l4j(), "streaming-%d-%s" % (R.randint(0, 9), hexs(20)), R.randint(5, 40)))
    else:
        b.t("%s INFO  [api-poller] c.g.p.client.ApiClient - GET https://api.usw2.pure.cloud/api/v2/analytics/queues/observations/query 200 %dms inin-correlation-id=%s" % (ts_l4j(), R.randint(40, 900), uid()))
    return b


def tserver_block():
    p = pick()
    fam = "genesys_tserver"
    out = []
    t = NOW.strftime("%H:%M:%S.") + "%04d" % R.randint(0, 9999)
    out.append(LB(fam).t("@%s [0] 8.5.109.18 distribute_event: message EventRinging" % t))
    out.append(LB(fam).t("\tAttributeEventSequenceNumber\t%016x" % R.randint(10 ** 8, 10 ** 12)))
    out.append(LB(fam).t("\tAttributeCustomerID\t'Resources'"))
    out.append(LB(fam).t("\tAttributeTimeinuSecs\t%d" % R.randint(0, 999999)))
    out.append(LB(fam).t("\tAttributeThisDN\t'7%04d'" % R.randint(1000, 9999)))
    out.append(LB(fam).t("\tAttributeConnID\t%016x" % R.randint(10 ** 15, 10 ** 17)))
    out.append(LB(fam).t("\tAttributeCallUUID\t'%s'" % "".join(R.choice("0123456789ABCDEFGHIJKLMNOPQRSTUV") for _ in range(32))))
    out.append(LB(fam).t("\tAttributeANI\t'").p(p["phone"], "phone").t("'"))
    out.append(LB(fam).t("\tAttributeDNIS\t'7%04d'" % R.randint(1000, 9999)))
    out.append(LB(fam).t("\tAttributeUserData\t[%d] 00 05 00 00.." % R.randint(90, 300)))
    out.append(LB(fam).t("\t\t'MedicaidID'\t'").p(p["mid_id"], "health_plan").t("'"))
    out.append(LB(fam).t("\t\t'CaseNumber'\t'").p(p["case"], "other_id").t("'"))
    out.append(LB(fam).t("\t\t'IVR_Lang'\t'%s'" % p["lang"]))
    out.append(LB(fam).t("\t\t'AuthLevel'\t'%d'" % R.randint(0, 2)))
    if R.random() < 0.5:
        out.append(LB(fam).t("\t\t'CallerDOB'\t'").p(fd(p["dob"], "us"), "date").t("'"))
    out.append(LB(fam).t("\tAttributeCallType\t2"))
    out.append(LB(fam).t("@%s [0] 8.5.109.18 send_to_client: message EventRinging to [%d] (0000000%d ICON_Main 10.44.%d.%d:%d)" % (
        t, R.randint(500, 900), R.randint(1, 9), R.randint(0, 20), R.randint(2, 250), R.randint(40000, 60000))))
    return out


def tserver_noise():
    fam = "genesys_tserver"
    t = NOW.strftime("%H:%M:%S.") + "%04d" % R.randint(0, 9999)
    k = R.randrange(4)
    if k == 0:
        return LB(fam).t("%s Trc 04541 RequestAgentReady received from [%d] (00000%03d WDE agent 10.44.%d.%d:%d)" % (t, R.randint(500, 900), R.randint(100, 999), R.randint(0, 20), R.randint(2, 250), R.randint(40000, 60000)))
    if k == 1:
        return LB(fam).t("%s Std 04527 Link [AES_LINK_1] Connection to switch lost, trying to reconnect" % t)
    if k == 2:
        return LB(fam).t("%s Int 04543 Interaction message \"EventAgentReady\" generated" % t)
    return LB(fam).t("@%s [0] 8.5.109.18 handle_client_message: message RequestQueryAddress from [%d] (00000%03d StatServer 10.44.2.%d:%d)" % (t, R.randint(500, 900), R.randint(100, 999), R.randint(2, 250), R.randint(40000, 60000)))


# ================================================================= Experian-like identity proofing
def selfie_b64():
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
    return base64.b64encode(head + bytes(R.randrange(256) for _ in range(R.randint(150, 260)))).decode()


def idp_head(level):
    return LB("experian_json").t("%s %-5s idp-gateway[%d] CrossCoreClient - " % (ts_z(), level, R.randint(1200, 9000)))


def experian_phi(k=None):
    p = pick()
    k = R.randrange(4) if k is None else k
    if k == 0:
        b = idp_head("DEBUG").t("request=")
        contact = {"id": "APPLICANT_CONTACT_ID_1",
                   "person": {"typeOfPerson": "APPLICANT",
                              "names": [{"id": "MAIN", "firstName": P(p["first"], "name"),
                                         "middleNames": P(p["mid"], "name") if p["mid"] else "",
                                         "surName": P(p["last"], "name")}],
                              "personDetails": {"dateOfBirth": P(fd(p["dob"], "iso"), "date")},
                              "personIdentifier": ""},
                   "addresses": [{"id": "Main_Contact_Address_0", "addressType": "CURRENT",
                                  "street": P(p["street"], "address"), "street2": P(p["unit"], "address") if p["unit"] else "",
                                  "postTown": P(p["city"], "address"), "postal": P(p["zip"], "zip"), "stateProvinceCode": "LA"}],
                   "telephones": [{"id": "Main_Phone_0", "number": P(fp(p["phone"], R.choice(["raw", "e164"])), "phone")}],
                   "emails": [{"id": "MAIN_EMAIL_0", "type": "HOME", "email": P(p["email"], "email")}],
                   "identityDocuments": [{"documentNumber": P(p["ssn"], "ssn"), "hitlistNumber": "", "documentType": "SSN"}]}
        jw(b, {"header": {"tenantId": hexs(32), "requestType": "PreciseIdOnly",
                          "clientReferenceId": P(p["app"], "other_id"), "expRequestId": "",
                          "messageTime": ts_z(), "options": {}},
               "payload": {"control": [{"option": "PIDXML_VERSION", "value": "06.00"},
                                       {"option": "SUBSCRIBER_PREAMBLE", "value": "TBD3"}],
                           "contacts": [contact], "application": {"productDetails": "Medicaid eligibility"},
                           "device": {"ipAddress": P(pub_ip(), "ip"), "jscHash": P(hexs(40), "device")}}})
        return b
    if k == 1:
        b = idp_head("INFO").t("response=")
        jw(b, {"responseHeader": {"requestType": "PreciseIdOnly", "clientReferenceId": P(p["app"], "other_id"),
                                  "expRequestId": "RB%012d" % R.randint(10 ** 8, 10 ** 11), "messageTime": ts_z(),
                                  "overallResponse": {"decision": R.choice(["ACCEPT", "REFER", "REFER"]), "decisionText": "Continue", "score": R.randint(200, 990)},
                                  "responseCode": "R0201", "responseType": "INFO", "responseMessage": "Workflow Complete."}})
        return b
    if k == 2:
        b = idp_head("DEBUG").t("docv request ")
        jw(b, {"clientReferenceId": P(p["app"], "other_id"),
               "document": {"type": "DRIVERS_LICENSE", "issuer": "LA", "number": P(p["dl"], "license"),
                            "holderName": P(nm(p, "FL"), "name")},
               "documentImages": {"selfie": P(selfie_b64(), "photo"), "frontImageRef": "s3://idp-docv-prod/%s/front.jpg" % uid()}},
           sep=(", ", ": "))
        return b
    b = idp_head("WARN").t("KBA failed for applicant ").p(nm(p, "LF"), "name").t(" app=").p(p["app"], "other_id") \
        .t(" ip=").p(R.choice([pub_ip(), pub_ip6()]), "ip").t(" correct=%d/4 -> manual ID proofing task created" % R.randint(0, 2))
    return b


def experian_noise():
    k = R.randrange(6)
    if k == 0:
        return idp_head("INFO").t("POST https://us-api.experian.com/decisionanalytics/crosscore/%s/services/v0/applications/3 200 (%d ms)" % (hexs(8), R.randint(300, 4000)))
    if k == 1:
        return idp_head("INFO").t("oauth token refreshed expires_in=1800 scope=crosscore client=%s" % hexs(16))
    if k == 2:
        return idp_head("WARN").t("circuit breaker crosscore state=HALF_OPEN failures=%d/%d window=60s" % (R.randint(3, 10), 10))
    if k == 3:
        b = idp_head("INFO").t("response=")
        jw(b, {"responseHeader": {"requestType": "PreciseIdOnly", "clientReferenceId": "HEALTHCHECK-%s" % hexs(6),
                                  "expRequestId": "RB%012d" % R.randint(10 ** 8, 10 ** 11), "responseCode": "R0201",
                                  "responseType": "INFO", "responseMessage": "Workflow Complete."}})
        return b
    if k == 4:
        return idp_head("INFO").t("metrics idproof.requests=%d accept=%d refer=%d fail=%d kba.timeouts=%d p99=%dms" % (
            R.randint(100, 900), R.randint(50, 500), R.randint(10, 200), R.randint(0, 50), R.randint(0, 20), R.randint(900, 6000)))
    return idp_head("ERROR").t("HTTP 503 from CrossCore (expRequestId=RB%012d), retry 1/3 in 2000ms" % R.randint(10 ** 8, 10 ** 11))


# ================================================================= Work Number-like
EMPLOYERS = ["ACADIANA SEAFOOD PROCESSORS LLC", "DOLLAR GENERAL CORP", "OCHSNER HEALTH SYSTEM",
             "WAL-MART ASSOCIATES INC", "LOUISIANA CATERING SVCS", "TERREBONNE PARISH SCHOOL BD",
             "CHRISTUS HEALTH", "SHELL OIL COMPANY"]


def twn_phi():
    p = pick()
    hire = d_in((2008, 1, 1), (2024, 1, 31))
    if R.random() < 0.5:
        b = LB("twn_json").t("%s INFO  [twn-client-%d] g.s.m.income.TwnClient - VOIE response " % (ts_l4j(), R.randint(1, 4)))
        pays = []
        d = NOW.date() - dt.timedelta(days=R.randint(1, 13))
        for _ in range(3):
            pays.append({"payDate": fd(d, "iso"), "grossPay": round(R.uniform(400, 2600), 2), "hours": round(R.uniform(20, 80), 1)})
            d -= dt.timedelta(days=14)
        jw(b, {"orderId": "TWN-%08d" % R.randint(10 ** 7, 10 ** 8 - 1), "status": "COMPLETED", "permissiblePurpose": "PPGOV",
               "employee": {"ssn": P(p["ssn"], "ssn"), "firstName": P(fold(p["first"]).upper(), "name"),
                            "lastName": P(fold(p["last"]).upper(), "name"), "employeeId": P("E%05d" % R.randint(1, 99999), "other_id")},
               "employer": {"name": R.choice(EMPLOYERS), "code": "%05d" % R.randint(1, 99999)},
               "employment": {"status": R.choice(["ACTIVE", "ACTIVE", "INACTIVE"]), "mostRecentHireDate": P(fd(hire, "iso"), "date"),
                              "payFrequency": "BW", "rateOfPay": round(R.uniform(9, 38), 2)},
               "payHistory": pays})
        return b
    b = LB("twn_xml").t("%s DEBUG [twn-client-%d] g.s.m.income.TwnXmlCodec - <TSVRESPONSE_V100><TRANSACTIONID>%d</TRANSACTIONID><EMPLOYEE><SSN>" % (ts_l4j(), R.randint(1, 4), R.randint(10 ** 8, 10 ** 9)))
    b.p(p["ssn"], "ssn").t("</SSN><FIRSTNAME>").p(fold(p["first"]).upper(), "name").t("</FIRSTNAME><LASTNAME>").p(fold(p["last"]).upper(), "name") \
        .t("</LASTNAME></EMPLOYEE><EMPLOYER><NAME>%s</NAME><CODE>%05d</CODE></EMPLOYER><EMPLOYMENT><STATUS>%s</STATUS><DTMOSTRECENTHIRE>" % (
            R.choice(EMPLOYERS), R.randint(1, 99999), R.choice(["ACTIVE", "INACTIVE"])))
    b.p(fd(hire, "d8"), "date").t("</DTMOSTRECENTHIRE>")
    if R.random() < 0.4:
        b.t("<DTENDEMPLOYMENT>").p(fd(d_in((2024, 1, 1), (2024, 3, 1)), "d8"), "date").t("</DTENDEMPLOYMENT>")
    b.t("</EMPLOYMENT><PAYRATE>%.2f</PAYRATE><PAYFREQUENCY>BW</PAYFREQUENCY></TSVRESPONSE_V100>" % R.uniform(9, 38))
    return b


def twn_noise():
    k = R.randrange(5)
    h = "%s %-5s [twn-client-%d] g.s.m.income.TwnClient - " % (ts_l4j(), R.choice(["INFO", "WARN"]), R.randint(1, 4))
    if k == 0:
        return LB("twn_json").t(h + "VOIE batch VOIE-%s submitted=%d hits=%d nohits=%d fee_units=%d" % (NOW.strftime("%Y%m%d"), R.randint(800, 2000), R.randint(500, 1500), R.randint(50, 400), R.randint(500, 1500)))
    if k == 1:
        return LB("twn_json").t(h + "HTTP 429 Too Many Requests from verifier gateway, backoff %dms (attempt %d/5)" % (R.choice([1000, 2000, 4000]), R.randint(1, 5)))
    if k == 2:
        return LB("twn_json").t(h + '{"orderId":"TWN-%08d","status":"NO_HIT","permissiblePurpose":"PPGOV","reasonCode":"E102","elapsedMs":%d}' % (R.randint(10 ** 7, 10 ** 8 - 1), R.randint(100, 3000)))
    if k == 3:
        return LB("twn_xml").t("%s DEBUG [twn-client-%d] g.s.m.income.TwnXmlCodec - <TSVRESPONSE_V100><TRANSACTIONID>%d</TRANSACTIONID><ERROR><CODE>%d</CODE><DESC>SERVICE TEMPORARILY UNAVAILABLE</DESC></ERROR></TSVRESPONSE_V100>" % (ts_l4j(), R.randint(1, 4), R.randint(10 ** 8, 10 ** 9), R.choice([503, 901, 999])))
    return LB("twn_json").t(h + "contract usage month=2024-03 transactions=%d cap=%d (%.1f%%)" % (R.randint(10000, 40000), 50000, R.uniform(20, 80)))


# ================================================================= WebSphere SystemOut
def was(thread, comp, typ, msg_fn=None):
    return LB("was_systemout").t("%s %08x %-13s %s " % (ts_was(), thread, comp[:13], typ))


def was_phi(k=None):
    p = pick()
    th = R.randint(0x40, 0x1ff)
    k = R.randrange(6) if k is None else k
    if k == 0:
        return was(th, "SystemOut", "O").t("%s INFO  [WebContainer : %d] g.s.m.elig.web.RenewalController - renewal submitted caseNo=" % (ts_l4j(), R.randint(0, 30))) \
            .p(p["case"], "other_id").t(" memberId=").p(p["mid_id"], "health_plan").t(' signer="').p(nm(p, "lf"), "name").t('" channel=WEB')
    if k == 1:
        b = was(th, "SystemOut", "O").t("%s ERROR [WebContainer : %d] g.s.m.elig.addr.AddressStandardizer - CASS failure for recip " % (ts_l4j(), R.randint(0, 30)))
        b.p(p["mid_id"], "health_plan").t(" input='").p(p["street"] + (", " + p["unit"] if p["unit"] else ""), "address").t(", ").p(p["city"], "address") \
            .t(", LA ").p(p["zip"], "zip").t("' parish=").p(p["parish"], "address")
        return b
    if k == 2:
        rel = mk_person(origin=p["origin"], last=p["last"])
        return was(th, "SystemOut", "O").t("%s WARN  [WebContainer : %d] g.s.m.elig.service.AuthRepService - AR link created member=" % (ts_l4j(), R.randint(0, 30))) \
            .p(p["mid_id"], "health_plan").t(' ar="').p(nm(rel, "fl"), "name").t('" relationship=%s arPhone=' % R.choice({"F": ["MOTHER", "DAUGHTER", "SPOUSE", "NIECE", "SISTER"], "M": ["FATHER", "SON", "SPOUSE", "NEPHEW", "BROTHER"]}[rel["sex"]])) \
            .p(fp(rel["phone"], R.choice(["paren", "dash", "raw"])), "phone").t(" arEmail=").p(rel["email"], "email")
    if k == 3:
        return was(th, "SESN", "E").t("SESN0008E: A user authenticated as anonymous has attempted to access a session owned by user:mcdrealm/").p(p["user"], "other_id").t(".")
    if k == 4:
        card = luhn_card(R.choice(["4", "51", "55", "6011"]))
        if R.random() < 0.5:
            return was(th, "SystemOut", "O").t("%s INFO  [WebContainer : %d] g.s.m.prem.PremiumPaymentService - ACH debit setup caseNo=" % (ts_l4j(), R.randint(0, 30))) \
                .p(p["case"], "other_id").t(" routing=%s acct=" % R.choice(["065000090", "065400137", "265070532"])).p(digits(R.randint(8, 12)), "account") \
                .t(' holder="').p(nm(p, "FL"), "name").t('" premium=%.2f' % R.choice([50.0, 25.0, 75.0]))
        return was(th, "SystemErr", "R").t("g.s.m.prem.PaymentDeclinedException: card ").p(card, "account").t(" declined (51 insufficient funds) for LaCHIP premium, member ").p(p["mid_id"], "health_plan")
    return was(th, "SystemOut", "O").t("%s INFO  [WebContainer : %d] g.s.m.audit.AccessAudit - user=STATE\\%s action=VIEW_CASE case=" % (
        ts_l4j(), R.randint(0, 30), R.choice(["kchauvin", "mbergeron", "tnguyen2", "asimoneaux", "jwhite"]))).p(p["case"], "other_id") \
        .t(" subject=").p(nm(p, "LF"), "name").t(" reason=CALL_CENTER")


def was_noise():
    th = R.randint(0x1, 0x1ff)
    k = R.randrange(13)
    if k == 0:
        return was(1, "WsServerImpl", "A").t("WSVR0001I: Server ELIGAPP0%d open for e-business" % R.randint(1, 4))
    if k == 1:
        return was(th, "ApplicationMg", "A").t("WSVR0221I: Application started: EligibilityEAR")
    if k == 2:
        return was(th, "ConnectionMan", "W").t("J2CA0045E: Connection not available while invoking method createOrWaitForConnection for resource jdbc/MMISDB2.")
    if k == 3:
        return was(th, "SystemErr", "R").t("\tat com.ibm.ejs.j2c.FreePool.createOrWaitForConnection(FreePool.java:%d)" % R.randint(1500, 2000))
    if k == 4:
        return was(th, "ThreadMonitor", "W").t('WSVR0605W: Thread "WebContainer : %d" (%08x) has been active for %d milliseconds and may be hung.  There is/are %d thread(s) in total in the server that may be hung.' % (R.randint(0, 40), th, R.randint(600000, 900000), R.randint(1, 4)))
    if k == 5:
        return was(th, "CoordinatorCo", "W").t("HMGR0152W: CPU Starvation detected. Current thread scheduling delay is %d seconds." % R.randint(9, 40))
    if k == 6:
        return was(th, "DSRA", "E").t("DSRA0010E: SQL State = 23505, Error Code = -803")
    if k == 7:
        return was(th, "SystemErr", "R").t("com.ibm.db2.jcc.am.SqlIntegrityConstraintViolationException: DB2 SQL Error: SQLCODE=-803, SQLSTATE=23505, SQLERRMC=1;MMIS.RECIP_ADDR, DRIVER=4.26.14")
    if k == 8:
        return was(th, "SystemErr", "R").t("\tat gov.state.mcd.elig.service.RenewalService.process(RenewalService.java:%d)" % R.randint(100, 600))
    if k == 9:
        return was(th, "webapp", "E").t("com.ibm.ws.webcontainer.webapp.WebApp logServletError SRVE0293E: [Servlet Error]-[RenewalServlet]: java.lang.NullPointerException")
    if k == 10:
        return was(th, "SystemOut", "O").t("%s INFO  [WebContainer : %d] g.s.m.elig.web.HealthController - /health status=UP db=UP mq=UP twn=UP crosscore=%s build=elig-web-7.4.%d+%s" % (ts_l4j(), R.randint(0, 30), R.choice(["UP", "DEGRADED"]), R.randint(100, 999), hexs(7)))
    if k == 11:
        return was(th, "SystemOut", "O").t("%s INFO  [SIBJMSRAThreadPool : %d] g.s.m.elig.mq.ChangeReportListener - consumed %d msgs from queue ELIG.CHANGE.RPT.IN in %dms, redelivered=0" % (ts_l4j(), R.randint(0, 9), R.randint(1, 200), R.randint(10, 4000)))
    return was(th, "SystemOut", "O").t("%s INFO  [WebContainer : %d] g.s.m.prem.PremiumPaymentService - smoke test QA card 4111111111111111 exp 12/29 -> APPROVED (sandbox)" % (ts_l4j(), R.randint(0, 30)))


# ================================================================= IIS W3C
UAS = ["Mozilla/5.0+(iPhone;+CPU+iPhone+OS+17_3_1+like+Mac+OS+X)+AppleWebKit/605.1.15+(KHTML,+like+Gecko)+Version/17.3+Mobile/15E148+Safari/604.1",
       "Mozilla/5.0+(Linux;+Android+14;+SM-A155U)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.6261.105+Mobile+Safari/537.36",
       "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.0.0+Safari/537.36+Edg/122.0.2365.80",
       "Mozilla/5.0+(Linux;+Android+13;+moto+g+play+-+2023)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/121.0.6167.178+Mobile+Safari/537.36"]
SITE = "https://selfservice.mcd-la.example.gov"


def iis_t():
    u = utc()
    return u.strftime("%Y-%m-%d %H:%M:%S")


def iis_phi():
    p = pick()
    sip = "10.40.2.%d" % R.randint(10, 40)
    ip = R.choice([pub_ip(), pub_ip(), pub_ip6()])
    k = R.randrange(4)
    b = LB("iis_w3c").t("%s %s " % (iis_t(), sip))
    if k == 0:
        b.t("GET /SelfService/api/cases/").p(p["case"], "other_id").t("/notices lang=%s 443 " % p["lang"])
    elif k == 1:
        b.t("POST /SelfService/Documents/Upload caseNo=").p(p["case"], "other_id").t("&docType=%s 443 " % R.choice(["PAYSTUB", "ID_PROOF", "RESIDENCY"]))
    elif k == 2:
        b.t("GET /SelfService/api/members/").p(p["mid_id"], "health_plan").t("/card.pdf - 443 ")
    else:
        b.t("GET /SelfService/api/lookup dob=").p(fd(p["dob"], "iso"), "date").t("&ssn4=").p(p["ssn"][-4:], "ssn").t("&zip=").p(p["zip"], "zip").t(" 443 ")
    b.p(p["user"], "other_id").t(" ").p(ip, "ip").t(" %s %s/SelfService/%s %d 0 0 %d" % (
        R.choice(UAS), SITE, R.choice(["Home", "Renewal/Step3", "Documents", "Notices"]), R.choice([200, 200, 200, 302, 500]), R.randint(15, 3000)))
    return b


def iis_noise():
    k = R.randrange(9)
    sip = "10.40.2.%d" % R.randint(10, 40)
    if k == 0:
        return LB("iis_w3c").t("%s %s GET /healthcheck - 443 - 10.40.0.%d ELB-HealthChecker/2.0 - 200 0 0 %d" % (iis_t(), sip, R.randint(2, 9), R.randint(0, 4)))
    if k == 1:
        return LB("iis_w3c").t("%s %s GET /SelfService/Content/css/site.min.css v=%s 443 - %s %s %s/SelfService/Home 304 0 0 %d" % (iis_t(), sip, hexs(8), pub_ip(), R.choice(UAS), SITE, R.randint(0, 20)))
    if k == 2:
        return LB("iis_w3c").t("%s %s GET /wp-login.php - 443 - %s Mozilla/5.0+(compatible;+zgrab/0.x) - 404 0 2 %d" % (iis_t(), sip, pub_ip(), R.randint(0, 9)))
    if k == 3:
        return LB("iis_w3c").t("%s %s POST /WorkerPortal/api/tasks/claim - 443 STATE\\%s 10.52.%d.%d Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64;+Trident/7.0;+rv:11.0)+like+Gecko - 200 0 0 %d" % (
            iis_t(), sip, R.choice(["kchauvin", "mbergeron", "asimoneaux", "dlejeune"]), R.randint(0, 30), R.randint(2, 250), R.randint(30, 900)))
    if k == 4:
        return LB("iis_w3c").t("#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken")
    if k == 5:
        return LB("iis_w3c").t("#Software: Microsoft Internet Information Services 10.0")
    if k == 6:
        return LB("iis_w3c").t("#Date: %s" % iis_t())
    if k == 7:
        return LB("iis_w3c").t("%s %s GET /SelfService/Home - 443 - %s %s https://www.google.com/ 200 0 0 %d" % (iis_t(), sip, pub_ip(), R.choice(UAS), R.randint(40, 600)))
    return LB("iis_w3c").t("%s %s GET /SelfService/api/config/languages - 443 - 10.40.0.%d Amazon-Route53-Health-Check-Service+(ref+%s;+report+http://amzn.to/1vsZADi) - 200 0 0 %d" % (iis_t(), sip, R.randint(2, 9), uid(), R.randint(0, 5)))


# ================================================================= schedule
def run_jcl_job(j, inner_fns, n_inner, phi_share=0.35):
    t0 = NOW
    job, out = jcl_job_start(j)
    emit(*out)
    for _ in range(n_inner):
        adv(1, 30)
        if R.random() < phi_share:
            emit(jcl_display_phi(j[1]))
        else:
            emit(jcl_display_noise(j[1]))
    adv(20, 200)
    rc = R.choice(["0000", "0000", "0004", "0012"])
    emit(*jcl_job_end(job, j, rc, t0))


def one(fn):
    adv()
    emit(fn())


def mix(pairs, n):
    tot = sum(w for w, _ in pairs)
    for _ in range(n):
        x = R.uniform(0, tot)
        for w, fn in pairs:
            x -= w
            if x <= 0:
                adv()
                r = fn()
                if isinstance(r, list):
                    emit(*r)
                else:
                    emit(r)
                break


def build():
    # overnight MMIS batch
    run_jcl_job(JOBS[2], None, 5)
    emit(mmis_fixed_noise())
    for _ in range(4):
        emit(mmis_fixed_record())
    emit(mmis_fixed_noise(), mmis_fixed_noise())
    emit(*mmis_report())
    mix([(3, drools_noise), (2, drools_phi)], 10)
    run_jcl_job(JOBS[0], None, 3)
    emit(*x12_834_file(2))
    emit(*x12_999_block())
    mix([(3, drools_noise), (2, drools_phi), (2, notice_noise), (2, notice_phi)], 10)
    run_jcl_job(JOBS[5], None, 2)
    emit(*renewal_csv_block())
    mix([(3, notice_noise), (3, notice_phi)], 16)
    run_jcl_job(JOBS[1], None, 2)
    emit(*x12_820_file(3))
    emit(*x12_834_wrapped(2))
    mix([(2, twn_noise), (2, twn_phi)], 8)
    # morning: app servers, call center, web
    global NOW
    NOW = NOW.replace(hour=7, minute=58)
    emit(was(1, "WsServerImpl", "A").t("WSVR0001I: Server ELIGAPP01 open for e-business"))
    day = [(4, was_noise), (4, was_phi), (4, iis_noise), (4, iis_phi), (2, ivr_noise), (2, ivr_call),
           (2, genesys_cloud_noise), (4, genesys_cloud_phi), (1, tserver_noise), (2, experian_noise), (3, experian_phi),
           (1, twn_noise), (2, twn_phi), (2, appeal_noise), (5, appeal_phi), (2, drools_noise), (2, drools_phi),
           (1, notice_noise), (2, notice_phi)]
    start = len(OUT)
    pending = [(30, lambda: [experian_phi(0)]), (40, tserver_block), (75, lambda: [was_phi(4)]),
               (110, lambda: x12_834_file(1)), (150, lambda: [experian_phi(0)]), (170, tserver_block),
               (200, lambda: [was_phi(4), was_phi(4)]), (230, mmis_report), (260, lambda: [experian_phi(2)])]
    while len(OUT) < N_LINES:
        if pending and len(OUT) - start >= pending[0][0]:
            adv(2, 30)
            emit(*pending.pop(0)[1]())
        mix(day, 1)


def main():
    build()
    assert len(OUT) >= N_LINES, len(OUT)
    lines = OUT[:N_LINES]
    texts, labels = [], []
    for i, lb in enumerate(lines, 1):
        s = lb.text()
        texts.append(s)
        spans = sorted(lb.spans)
        for j in range(1, len(spans)):
            assert spans[j][0] >= spans[j - 1][1], (i, s)
        labels.append({"line": i, "family": lb.fam,
                       "spans": [{"s": a, "e": e, "cat": c} for a, e, c, _ in spans]})
    data = "\n".join(texts)
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as f:
        f.write(data)
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        for o in labels:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    # self-check: re-read and verify
    raw = open(os.path.join(HERE, ID + ".log"), "rb").read().split(b"\n")
    assert len(raw) == N_LINES and all(raw)
    for o, lb in zip(labels, lines):
        line = raw[o["line"] - 1]
        for sp, (a, e, c, b) in zip(o["spans"], sorted(lb.spans)):
            assert line[sp["s"]:sp["e"]] == b
    nophi = sum(1 for o in labels if not o["spans"])
    cats = {}
    fams = {}
    for o in labels:
        fams[o["family"]] = fams.get(o["family"], 0) + 1
        for sp in o["spans"]:
            cats[sp["cat"]] = cats.get(sp["cat"], 0) + 1
    print("lines", len(labels), "built", len(OUT), "no-PHI", nophi, "%.1f%%" % (100.0 * nophi / len(labels)))
    print("families", len(fams), json.dumps(fams, sort_keys=True))
    print("cats", json.dumps(cats, sort_keys=True))


if __name__ == "__main__":
    main()
