#!/usr/bin/env python3
"""Synthetic labeled log corpus "jw": a life and disability insurer's underwriting and claims stack.

Writes jw.log (500 lines) and jw.labels.jsonl next to this script. Standard library only,
deterministic (fixed seed, no clock or environment input). Every person, number and address
below is synthetic.

Systems imitated: Spring Boot application-intake service, Apache Camel route logging ACORD
TXLife 103 XML, Guidewire-style ClaimCenter/PolicyCenter server logs, paramedical exam vendor
orders/results (XML and pipe files), MIB checking responses, prescription-history (Rx) JSON,
APS (attending physician statement) requests, HylaFAX queue + fax OCR worker, HL7 v2.5.1 ORU lab
panels (raw segments and one-line Mirth logs), lab CSV extracts, DI claim notes, SSDI offset
letters from a document generator, policy-admin mainframe fixed-width extracts and JES2
messages, File-AID style copybook record dumps, beneficiary change audit JSON, agent/broker
portal key=value events, DocuSign-Connect-like e-signature webhooks, Genesys-like CTI events and
call-center notes, nginx access logs, Python structlog underwriting rules engine, wellness
wearable sync, Kafka, JVM GC, Prometheus metrics, kube probes.

Labeling decisions:
- Labeled people: applicants/proposed insureds, policy owners and payors, claimants, insureds
  in death claims, beneficiaries, examinees, lab/APS patients, callers who are the insured or
  a relative, portal users who are clients. Not labeled: agents/brokers (names, NPNs, agent IDs,
  agency phones, agent IPs), underwriters, claim examiners, paramedical examiners, call-center
  reps, physicians (names, NPIs, clinic phone/fax/address), labs, pharmacies, vendors, employers
  and the insurer's own addresses, phone/fax numbers, PO boxes and URLs.
- Individual policy numbers, individual DI/group certificate numbers and Medicare MBIs ->
  health_plan. Employer group policy numbers (shared by every member of the group) -> not
  labeled.
- Application numbers, claim numbers, SIU case numbers, Guidewire contact public IDs, portal
  usernames and e-sign clientUserIds -> other_id.
- Paramed vendor examinee IDs, lab patient IDs and clinic MRNs seen on APS pages -> mrn.
- Transaction-level identifiers are never labeled, even when the transaction concerns one
  person: exam order numbers, APS request IDs, lab accession/kit/specimen numbers, fax job
  IDs, envelope/document IDs, request/trace/span/conversation IDs, police report numbers,
  message control IDs.
- Dates labeled: birth, death, disability onset / last day worked, return-to-work,
  exam appointment and exam date, specimen collection, Rx fill, clinic visit (DOS, note date),
  accident date, SSDI approval/entitlement dates and overpayment periods (month-year too),
  hearing dates. Not labeled: log and event timestamps (including e-sign signed/sent times),
  HL7 message times, letter/print dates, task due dates, batch/run dates, policy paid-to dates
  in admin extracts, a year on its own.
- Ages labeled only when over 89 (age at death in death claims); quoted/rated ages <= 89 not.
- Masked values that still show digits (***-**-1234, last-4 SSN, ****4821 accounts) are labeled
  in their category; fully masked values (***-**-****) are not.
- OCR-garbled or malformed person values (O for 0, an 8-digit SSN typed by an agent, an
  unparseable DOB) are labeled as the category they were meant to be, exactly as written.
- Addresses are labeled in parts: street line and city each as address (a county too), ZIP
  (5 or 9 digits, also ZIP+4) as zip; state codes are not labeled. HL7 PID-5 "LAST^FIRST^M"
  is one name span; split phone fields (ACORD AreaCode + DialNumber) are labeled part by part.
- Names: labeled without titles ("Ms.", "Dr." are outside spans); "Last, First M" forms are
  one span; fixed-width name columns are labeled without padding, each column separately.
- Phone numbers of the person -> phone (incl. CTI ANI); the person's own fax (ACORD phone type
  fax, self-employed claimant's office fax) -> fax.
- Public IPs of applicants, signers and portal clients -> ip; private/internal IPs and
  agent/staff IPs are not labeled.
- Voiceprint templates -> biometric; ID-verification selfie base64 -> photo; the ID document
  number from ID verification and driver's licence numbers on applications -> license.
- Wearable MACs, CPAP/implant serials and the signer's phone IMEI -> device; vendor equipment
  serials (BP cuffs, scanners, fax modems) are not labeled.
- The claimant's personal social-media URLs (SIU notes) -> url.
- Bank account and card numbers (premium EFT, claim direct deposit) -> account; ABA routing
  numbers identify the bank and are not labeled.
- URL-encoded emails in query strings are labeled as written ("a.b%40mail.com").
- Public test values (SSN 078-05-1120, card 4111111111111111) are not labeled.
"""
import base64
import hashlib
import json
import os
import random
import unicodedata
import uuid
from datetime import date, datetime, timedelta

ID = "jw"
SEED = 21_0614
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
TOTAL = 500
NOISE_TARGET = 0.55


# ---------------------------------------------------------------- line builder
class Ln:
    __slots__ = ("fam", "buf", "spans")

    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, v, cat):
        v = str(v)
        assert v, "empty span"
        s = len(self.buf)
        self.buf += v.encode("utf-8")
        self.spans.append((s, len(self.buf), cat, v))
        return self


def L(fam, *parts):
    ln = Ln(fam)
    for x in parts:
        if isinstance(x, tuple):
            ln.p(x[0], x[1])
        else:
            ln.t(x)
    return ln


class T:
    """A labeled leaf for the JSON writer."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v, self.cat = v, cat


def jdump(ln, o, sep=(",", ":")):
    if isinstance(o, dict):
        ln.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                ln.t(sep[0])
            ln.t(json.dumps(k, ensure_ascii=False) + sep[1])
            jdump(ln, v, sep)
        ln.t("}")
    elif isinstance(o, list):
        ln.t("[")
        for i, v in enumerate(o):
            if i:
                ln.t(sep[0])
            jdump(ln, v, sep)
        ln.t("]")
    elif isinstance(o, T):
        if isinstance(o.v, str):
            enc = json.dumps(o.v, ensure_ascii=False)
            assert enc[1:-1] == o.v, o.v
            ln.t('"').p(o.v, o.cat).t('"')
        else:
            ln.p(json.dumps(o.v), o.cat)
    else:
        ln.t(json.dumps(o, ensure_ascii=False))
    return ln


def J(fam, prefix, obj, sep=(",", ":"), suffix=""):
    ln = Ln(fam)
    ln.t(prefix)
    jdump(ln, obj, sep)
    ln.t(suffix)
    return ln


# ---------------------------------------------------------------- clock
CLOCK = [datetime(2024, 3, 11, 7, 58, 3, 120000)]


def tick(lo=0, hi=21):
    CLOCK[0] += timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
    return CLOCK[0]


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def ts_spring(t=None):
    t = t or tick()
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t)


def ts_l4j(t=None):
    t = t or tick()
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)


def ts_iso(t=None):
    t = t or tick()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "Z"


def ts_clf(t=None):
    t = t or tick()
    return t.strftime("[%d/%b/%Y:%H:%M:%S +0000]")


def ts_sys(t=None):
    t = t or tick()
    return t.strftime("%b %d %H:%M:%S")


def ts_hl7(t=None):
    t = t or tick()
    return t.strftime("%Y%m%d%H%M%S")


# ---------------------------------------------------------------- random helpers
def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def luhn_fill(prefix, length):
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


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
           **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    wmi = R.choice(["1HG", "5J6", "1FT", "2T1", "JTD", "3VW", "1C4", "WBA", "KNA", "4T1", "1GN"])
    v = list(wmi + "".join(R.choice(VIN_CH) for _ in range(5)) + "0" + R.choice("FGHJKL")
             + R.choice(VIN_CH) + digits(6))
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dashed):
    an = MBI_A + "0123456789"
    s = (R.choice("123456789") + R.choice(MBI_A) + R.choice(an) + R.choice("0123456789")
         + R.choice(MBI_A) + R.choice(an) + R.choice("0123456789") + R.choice(MBI_A)
         + R.choice(MBI_A) + digits(2))
    return s[:4] + "-" + s[4:7] + "-" + s[7:] if dashed else s


def ssn_digits():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g = R.randint(1, 99)
        s = R.randint(1, 9999)
        v = "%03d%02d%04d" % (a, g, s)
        if v not in ("078051120", "219099999", "123456789"):
            return v


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)) \
        .replace("ł", "l").replace("Ł", "L").replace("ø", "o")


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
       "octubre", "noviembre", "diciembre"]


def df(d, st):
    if st == "iso":
        return d.strftime("%Y-%m-%d")
    if st == "us":
        return "%02d/%02d/%04d" % (d.month, d.day, d.year)
    if st == "us1":
        return "%d/%d/%04d" % (d.month, d.day, d.year)
    if st == "us2":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if st == "hl7":
        return d.strftime("%Y%m%d")
    if st == "dmon":
        return "%02d-%s-%04d" % (d.day, MON[d.month - 1], d.year)
    if st == "DMON":
        return ("%02d%s%04d" % (d.day, MON[d.month - 1], d.year)).upper()
    if st == "long":
        return "%s %d, %d" % (MONTH[d.month - 1], d.day, d.year)
    if st == "dmy":
        return "%02d.%02d.%04d" % (d.day, d.month, d.year)
    if st == "dmony":
        return "%d %s %d" % (d.day, MON[d.month - 1], d.year)
    if st == "fr":
        return "%d %s %d" % (d.day, MOIS[d.month - 1], d.year)
    if st == "es":
        return "%d de %s de %d" % (d.day, MES[d.month - 1], d.year)
    if st == "my":
        return "%s %d" % (MONTH[d.month - 1], d.year)
    if st == "mmyyyy":
        return "%02d/%04d" % (d.month, d.year)
    raise ValueError(st)


def ph(dg, st):
    a, b, c = dg[:3], dg[3:6], dg[6:]
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "dot": "%s.%s.%s" % (a, b, c), "plain": dg, "e164": "+1" + dg,
            "intl": "+1 %s %s %s" % (a, b, c), "one": "1-%s-%s-%s" % (a, b, c),
            "paren2": "(%s)%s-%s" % (a, b, c)}[st]


def rdate(y0, y1):
    a = date(y0, 1, 1).toordinal()
    b = date(y1, 12, 31).toordinal()
    return date.fromordinal(R.randint(a, b))


def recent(days_back_lo, days_back_hi):
    return date(2024, 3, 11) - timedelta(days=R.randint(days_back_lo, days_back_hi))


def future(lo, hi):
    return date(2024, 3, 11) + timedelta(days=R.randint(lo, hi))


DECKS = {}


def pick(n, weights=None):
    """Next variant from a shuffled deck per call site, so every variant shows up."""
    import sys
    key = (sys._getframe(1).f_code.co_name, n)
    d = DECKS.setdefault(key, [])
    if not d:
        for i in range(n):
            d.extend([i] * (weights[i] if weights else 1))
        R.shuffle(d)
    return d.pop()


# ---------------------------------------------------------------- people
FIRST_F = ["Ana", "Thandiwe", "Graciela", "Siobhan", "Priya", "Ingrid", "Zoë", "Renée", "Ngọc Anh",
           "Ayşe", "Dóra", "Marisol", "Oluwaseun", "Keiko", "Fatima", "Chloé", "Lucía", "Aigerim",
           "Hana", "Wilhelmina", "Ebony", "Dalia", "Mei-Ling", "Kateryna", "Bronwyn", "Adaeze",
           "Rosalind", "Yesenia", "Anneliese", "Tatum"]
FIRST_M = ["Chidi", "Marek", "Hiroshi", "Dmitri", "Mateo", "José", "Björn", "Łukasz", "Søren",
           "François", "Luis", "Tomasz", "Kwame", "Rahul", "Declan", "Jamal", "Ahmed", "Wei",
           "Tariq", "Jean-Baptiste", "Bartholomew", "Nikolai", "Desmond", "Rafael", "Kenji",
           "Eamon", "Obinna", "Vikram", "Cormac", "Thiago"]
LAST = ["Okafor", "Rivera-Okonkwo", "Kowalczyk", "Mokoena-Baptiste", "Nakamura", "Ibáñez-Ruiz",
        "van der Berg", "de la Cruz", "O'Neill", "McAllister", "Nguyễn", "Al-Hashimi",
        "Papadopoulos", "Schmidt", "Abernathy", "Begay", "Yazzie", "Kim", "Haddad", "St. Clair",
        "Dubois", "Fitzgerald", "Lindqvist", "Adeyemi", "Castillo", "Whitfield", "Oyelaran",
        "Tran", "Goldberg", "Moreau", "Rasmussen", "di Stefano", "Wu", "Sokolov", "Petrenko",
        "Mendoza", "Chowdhury", "Iyer", "Halvorsen", "Gagnon-Tremblay", "Achterberg",
        "Ó Súilleabháin", "Kahananui", "Delacroix", "Ben-David", "Szabó", "Morales", "von Ahn"]
OLD_F = ["Eleanor", "Margaret", "Dorothy", "Mildred", "Hazel", "Irene", "Beatrice"]
OLD_M = ["Harold", "Walter", "Clarence", "Eugene", "Lloyd", "Virgil", "Herbert"]

CITIES = [
    ("Columbus", "Franklin", "OH", "432", ["614", "380"]),
    ("Tucson", "Pima", "AZ", "857", ["520"]),
    ("Dearborn", "Wayne", "MI", "481", ["313"]),
    ("Fresno", "Fresno", "CA", "937", ["559"]),
    ("New Britain", "Hartford", "CT", "060", ["860", "959"]),
    ("Sioux Falls", "Minnehaha", "SD", "571", ["605"]),
    ("El Paso", "El Paso", "TX", "799", ["915"]),
    ("Gallup", "McKinley", "NM", "873", ["505"]),
    ("Brooklyn", "Kings", "NY", "112", ["718", "347"]),
    ("Des Moines", "Polk", "IA", "503", ["515"]),
    ("Lowell", "Middlesex", "MA", "018", ["978"]),
    ("Chattanooga", "Hamilton", "TN", "374", ["423"]),
    ("Spokane", "Spokane", "WA", "992", ["509"]),
    ("Baton Rouge", "East Baton Rouge", "LA", "708", ["225"]),
    ("Kissimmee", "Osceola", "FL", "347", ["407", "321"]),
    ("Aurora", "Arapahoe", "CO", "800", ["303", "720"]),
    ("Naperville", "DuPage", "IL", "605", ["630"]),
    ("Hilo", "Hawaii", "HI", "967", ["808"]),
]
STREETS = ["Maple", "Birch", "Cedar Ridge", "Old Mill", "Kensington", "Prairie View", "Willow Creek",
           "Martin Luther King Jr", "Calle del Sol", "Lakeshore", "Juniper", "Harbor", "Cherokee",
           "Orchard", "Sycamore", "Piedmont", "Bayou Vista", "Aspen Grove", "Kalanianaole",
           "Quail Hollow", "Saint-Laurent", "Foxglove"]
STYPES = ["St", "Ave", "Rd", "Ln", "Dr", "Ct", "Blvd", "Way", "Pl", "Terrace", "Cir", "Street",
          "Avenue"]
MAIL = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "protonmail.com",
        "att.net", "hotmail.com", "aol.com", "sbcglobal.net"]
STATE_TC = {"OH": 37, "AZ": 3, "MI": 24, "CA": 5, "CT": 7, "SD": 43, "TX": 45, "NM": 33, "NY": 34,
            "IA": 17, "MA": 23, "TN": 44, "WA": 49, "LA": 20, "FL": 11, "CO": 6, "IL": 15, "HI": 13}


def dl_for(st):
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if st == "OH":
        return R.choice(up) + R.choice(up) + digits(6)
    if st in ("AZ", "MA"):
        return R.choice(up) + digits(8)
    if st == "MI":
        return "%s %s %s %s %s" % (R.choice(up), digits(3), digits(3), digits(3), digits(3))
    if st == "CA":
        return R.choice(up) + digits(7)
    if st in ("CT", "NM", "TN"):
        return digits(9)
    if st in ("SD", "TX", "HI"):
        return digits(8)
    if st == "NY":
        return "%s %s %s" % (digits(3), digits(3), digits(3))
    if st == "IA":
        return digits(3) + R.choice(up) + R.choice(up) + digits(4)
    if st == "WA":
        return "WDL" + "".join(R.choice(up + "0123456789") for _ in range(9))
    if st == "LA":
        return "00" + digits(7)
    if st == "FL":
        return "%s%s-%s-%s-%s-%s" % (R.choice(up), digits(3), digits(3), digits(2), digits(3), digits(1))
    if st == "CO":
        return "%s-%s-%s" % (digits(2), digits(3), digits(4))
    if st == "IL":
        return "%s%s-%s-%s" % (R.choice(up), digits(3), digits(4), digits(4))
    return digits(9)


class P:
    pass


def mkperson(old=False):
    p = P()
    p.sex = R.choice("FM")
    if old:
        p.first = R.choice(OLD_F if p.sex == "F" else OLD_M)
        p.dob = rdate(1926, 1933)
    else:
        p.first = R.choice(FIRST_F if p.sex == "F" else FIRST_M)
        p.dob = rdate(1952, 2001)
    p.mi = R.choice("ABCDEFGHJKLMNPRSTW")
    p.last = R.choice(LAST)
    c = R.choice(CITIES)
    p.city, p.county, p.state, zp, acs = c
    p.zip = zp + digits(2)
    p.zip4 = digits(4)
    p.street = "%d %s %s" % (R.randint(3, 9899), R.choice(STREETS), R.choice(STYPES))
    p.unit = R.choice(["", "", "", " Apt %d" % R.randint(1, 40), " Unit %s" % R.choice("ABCD"),
                       " #%d" % R.randint(100, 999)])
    p.phone = R.choice(acs) + str(R.randint(2, 9)) + digits(2) + digits(4)
    p.phone2 = R.choice(acs) + str(R.randint(2, 9)) + digits(6)
    p.fax = R.choice(acs) + str(R.randint(2, 9)) + digits(6)
    p.ssn = ssn_digits()
    fl, ll = fold(p.first).lower().replace(" ", "").replace("-", ""), \
        fold(p.last).lower().replace(" ", "").replace("'", "").replace("-", "").replace(".", "")
    p.email = R.choice([fl + "." + ll, fl[0] + ll, ll + fl[0] + str(R.randint(1, 99)),
                        fl + "_" + ll + str(p.dob.year % 100), fl + ll[:4]]) + "@" + R.choice(MAIL)
    p.user = R.choice([fl[0] + ll + str(R.randint(1, 99)), fl + "." + ll, ll + str(p.dob.year)])
    p.dl = dl_for(p.state)
    p.policy = R.choice(["LA", "TL", "UL", "WL"]) + digits(8)
    p.dipol = "DI" + digits(7)
    p.cert = "%09d" % R.randint(10000, 999999)
    p.app = "L24-%07d" % R.randint(10000, 9999999)
    p.claim = R.choice(["DI-24-", "LTD-24-", "STD-24-"]) + "%07d" % R.randint(1000, 999999)
    p.lclaim = "LC-24-%06d" % R.randint(100, 999999)
    p.examinee = "EXM%07d" % R.randint(1, 9999999)
    p.labid = R.choice(["LC", "QD", "CRL"]) + digits(8)
    p.mrn = digits(R.choice([7, 8]))
    p.pcid = "pc:%d" % R.randint(10000, 999999)
    p.ip = "%d.%d.%d.%d" % (R.choice([24, 47, 68, 71, 73, 76, 98, 99, 104, 107, 108, 136, 173, 174,
                                      184, 198, 207, 209]),
                            R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))
    p.acct = digits(R.choice([9, 10, 11, 12]))
    cpre = R.choice(["4", "51", "52", "37", "6011"])
    p.card = luhn_fill(cpre, 15 if cpre == "37" else 16)
    p.mbi = mbi(R.random() < 0.5)
    p.ht = R.randint(60, 76)
    p.wt = R.randint(118, 265)
    return p


POOL = []


def person(new_p=0.45):
    if not POOL or R.random() < new_p:
        p = mkperson()
        POOL.append(p)
        return p
    return R.choice(POOL[-10:])


def nm(p, st=None):
    st = st or R.choice(["fl", "lf", "lfm", "LF", "fml", "lower", "init", "FL"])
    f, l, m = p.first, p.last, p.mi
    return {"fl": "%s %s" % (f, l), "lf": "%s, %s" % (l, f), "lfm": "%s, %s %s" % (l, f, m),
            "LF": ("%s, %s" % (l, f)).upper(), "fml": "%s %s. %s" % (f, m, l),
            "lower": ("%s %s" % (f, l)).lower(), "init": "%s. %s" % (f[0], l),
            "FL": ("%s %s" % (f, l)).upper(), "LFM": ("%s, %s %s" % (l, f, m)).upper(),
            "hl7": ("%s^%s^%s" % (l, f, m)).upper()}[st]


def relative(p, rel):
    q = mkperson()
    if rel in ("SON", "DAUGHTER"):
        q.sex = "M" if rel == "SON" else "F"
        q.first = R.choice(FIRST_M if q.sex == "M" else FIRST_F)
    if rel in ("SPOUSE", "CHILD", "SON", "DAUGHTER") and R.random() < 0.7:
        q.last = p.last
    if rel in ("CHILD", "SON", "DAUGHTER"):
        q.dob = rdate(1990, 2016)
    return q


# staff / businesses (never labeled)
UNDERWRITERS = ["rodom", "tkimura", "jmartinez", "abianchi", "lnwosu", "cpereira"]
EXAMINERS = ["kbrennan", "dsaltzman", "mvaldez", "pkaur", "ghollis", "wokafor"]
DOCTORS = ["Sunil Patel, MD", "Maria Gonzales, DO", "A. Huang, MD", "Robert Lemieux, MD",
           "Fiona Gallagher, NP", "Tunde Bakare, MD", "Helen Abramowitz, MD", "J. Whitehorse, PA-C"]
CLINICS = [("Riverside Family Medicine", "1420 E Broad St, Columbus OH 43205", "6145550177", "6145550188"),
           ("Desert Sky Orthopedics", "7750 N Oracle Rd Ste 200, Tucson AZ 85704", "5205550163", "5205550164"),
           ("Great Plains Neurology", "1305 W 18th St, Sioux Falls SD 57105", "6055550122", "6055550129"),
           ("Lakeview Internal Medicine", "300 N Michigan Ave Fl 9, Chicago IL 60601", "3125550110", "3125550119"),
           ("Bayou Spine & Pain", "5000 Hennessy Blvd, Baton Rouge LA 70808", "2255550190", "2255550191")]
AGENTS = [("AG-77120", "17762231", "Dwayne Pruitt", "Summit Financial Group", "8005550110"),
          ("AG-30418", "8812093", "Leticia Fuentes", "Fuentes & Hale Insurance", "9155550147"),
          ("AG-55902", "19022874", "Bradley Chu", "Northstar Brokerage LLC", "6305550184"),
          ("AG-12077", "4471190", "Oksana Hrytsenko", "Keystone Planning Partners", "7185550133")]
PRODUCTS = ["TERM10", "TERM20", "TERM30", "UL-GUL", "WL-PAR", "IUL-ACC", "DI-OWNOCC", "FE-WL"]
EMPLOYERS = [("GLTD-004771", "Northwind Logistics LLC"), ("GSTD-118203", "Cascade Dental Partners PC"),
             ("GLTD-009312", "Harborview Unified School District"), ("GLTD-021877", "Tri-County Electric Coop")]

PID_INTAKE = 18244
PID_RULES = 3312


# ================================================================= NOISE families
def n_spring():
    lvl, thr, lg, msg = R.choice([
        ("INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed."),
        ("INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer",
         "Tomcat started on port(s): 8443 (https) with context path '/uw-intake'"),
        ("INFO", "main", "c.l.uw.intake.UwIntakeApplication",
         "Started UwIntakeApplication in %.3f seconds (process running for %.3f)" % (R.uniform(9, 22), R.uniform(23, 30))),
        ("WARN", "nio-8443-exec-%d" % R.randint(1, 12), "o.s.web.servlet.PageNotFound",
         "No mapping for GET /uw-intake/favicon.ico"),
        ("INFO", "scheduling-1", "c.l.uw.intake.sched.ApsFollowupJob",
         "aps-followup-sweep finished: scanned=%d remindersQueued=%d escalated=%d tookMs=%d" % (
             R.randint(80, 300), R.randint(0, 20), R.randint(0, 4), R.randint(400, 9000))),
        ("INFO", "ntainer#0-0-C-1", "o.s.k.l.KafkaMessageListenerContainer",
         "uw-intake-group: partitions assigned: [app.submitted-0, app.submitted-1, app.submitted-2]"),
        ("DEBUG", "task-%d" % R.randint(1, 8), "c.l.uw.intake.client.MibClient",
         "MIB checking endpoint healthy status=200 latencyMs=%d tlsProtocol=TLSv1.3" % R.randint(40, 400)),
        ("WARN", "task-%d" % R.randint(1, 8), "c.l.uw.intake.client.RxHistoryClient",
         "Rx vendor call retry %d/3 after 504 Gateway Timeout traceId=%s spanId=%s" % (R.randint(1, 2), hexs(32), hexs(16))),
        ("INFO", "nio-8443-exec-%d" % R.randint(1, 12), "c.l.uw.intake.web.RequestLoggingFilter",
         "POST /uw-intake/api/v2/applications status=201 durationMs=%d traceId=%s" % (R.randint(80, 2400), hexs(32))),
        ("INFO", "main", "c.l.uw.intake.config.FeatureFlags",
         "flags loaded: accelerated-uw=true rx-model=v4 fluidless-max-face=1000000 aps-ocr=true ehr-pull=false"),
        ("INFO", "scheduling-2", "c.l.uw.intake.service.RequirementService",
         "Requirements evaluated for batch %s: PARAMED=%d BLOOD=%d URINE=%d APS=%d MVR=%d" % (
             "RQ-%s-%03d" % (CLOCK[0].strftime("%Y%m%d"), R.randint(1, 300)), R.randint(20, 60), R.randint(20, 60),
             R.randint(20, 60), R.randint(2, 15), R.randint(5, 20))),
        ("DEBUG", "nio-8443-exec-%d" % R.randint(1, 12), "org.hibernate.SQL",
         "select a1_0.app_id,a1_0.status_cd,a1_0.product_cd from uw_application a1_0 where a1_0.status_cd=? fetch first ? rows only"),
        ("WARN", "main", "c.l.uw.intake.validation.SsnValidatorTest",
         "fixture TC-114: well-known invalid SSN 078-05-1120 correctly rejected"),
        ("INFO", "main", "o.s.b.SpringApplication", "The following 1 profile is active: \"prod\""),
        ("DEBUG", "task-%d" % R.randint(1, 8), "c.l.uw.intake.billing.GatewayHealthCheck",
         "sandbox auth probe card=4111111111111111 exp=12/30 result=APPROVED gatewayRef=ch_%s latencyMs=%d" % (hexs(24), R.randint(90, 700))),
        ("WARN", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool",
         "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m%ds)." % R.randint(2, 40)),
        ("INFO", "nio-8443-exec-%d" % R.randint(1, 12), "c.l.uw.intake.service.QuoteService",
         "Quote %s product=%s age=%d class=PREF_NT face=%d annualPremium=%.2f" % (
             "Q-%d" % R.randint(100000, 999999), R.choice(PRODUCTS), R.randint(22, 70), R.choice([250000, 500000, 1000000]),
             R.uniform(180, 4200))),
        ("ERROR", "task-%d" % R.randint(1, 8), "c.l.uw.intake.client.ParamedVendorClient",
         "Order submit failed vendor=APPS http=503 body={\"error\":\"maintenance window\",\"retryAfter\":900} orderNumber=PO-%d" % R.randint(7000000, 7999999)),
    ])
    return [L("spring_boot", "%s  %5s %d --- [%15s] %-40s : %s" % (ts_spring(), lvl, PID_INTAKE, thr[-15:], abbrev(lg), msg))]


def n_stack():
    t = ts_spring()
    exc = R.choice([
        ("java.net.SocketTimeoutException: Read timed out", ["java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)",
                                                             "org.apache.http.impl.io.SessionInputBufferImpl.fillBuffer(SessionInputBufferImpl.java:153)",
                                                             "c.l.uw.intake.client.RxHistoryClient.fetch(RxHistoryClient.java:141)"]),
        ("org.springframework.dao.DataIntegrityViolationException: could not execute statement [ORA-00001: unique constraint (UWADM.PK_UW_REQ) violated]",
         ["org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:108)",
          "c.l.uw.intake.repo.RequirementRepository.save(RequirementRepository.java:77)",
          "c.l.uw.intake.service.RequirementService.order(RequirementService.java:212)"]),
        ("javax.net.ssl.SSLHandshakeException: PKIX path building failed: unable to find valid certification path to requested target",
         ["java.base/sun.security.ssl.Alert.createSSLException(Alert.java:131)",
          "c.l.uw.intake.client.MibClient.inquire(MibClient.java:96)",
          "c.l.uw.intake.service.UnderwritingOrchestrator.runChecks(UnderwritingOrchestrator.java:158)"]),
    ])
    out = [L("spring_boot", "%s ERROR %d --- [%15s] %-40s : %s" % (t, PID_INTAKE, "task-%d" % R.randint(1, 8),
                                                                     "o.s.s.s.TaskUtils$LoggingErrorHandler",
                                                                     "Unexpected error occurred in scheduled task"))]
    out.append(L("java_stack", exc[0]))
    for fr in exc[1]:
        out.append(L("java_stack", "\tat " + fr))
    if R.random() < 0.5:
        out.append(L("java_stack", "\t... %d common frames omitted" % R.randint(12, 60)))
    return out


def n_gw():
    srv = "cc-prod-app0%d" % R.randint(1, 4)
    lvl, user, lg, msg = R.choice([
        ("INFO", "sys", "Server.BatchProcess", "Batch process ClaimExposureSync completed. Processed: %s Failed: 0 Duration: 00:0%d:%02d" % (
            "{:,}".format(R.randint(400, 4000)), R.randint(0, 9), R.randint(0, 59))),
        ("INFO", "sys", "Server.Workqueue.ActivityEsc", "Worker ActivityEsc-%d processed %d items in %d ms" % (R.randint(1, 4), R.randint(5, 300), R.randint(200, 9000))),
        ("WARN", "sys", "Integration.MessagingDestination", "Destination 'APSVendor' (id=68) suspended: java.net.ConnectException: Connection refused (aps-gw.internal:7443)"),
        ("INFO", "sys", "Server.Cluster", "Component lease renewed for node %s; members=4 roles=[messaging, batch]" % srv),
        ("INFO", R.choice(EXAMINERS), "Web.Request", "PCF ClaimSearch render time %d ms (threshold 3000)" % R.randint(150, 2900)),
        ("WARN", "sys", "Plugin.IDocumentContentSource", "Document store latency p95=%dms over last 5m (bucket=claims-docs-prod)" % R.randint(200, 1400)),
        ("INFO", "su", "Server.Startup", "Guidewire ClaimCenter 10.2.3 (build 10.2.3.1204) starting, database=ORACLE schema=CCPROD"),
        ("ERROR", "sys", "Integration.Plugin.SSDIOffset", "SSA offset feed file SSAOFF_%s.dat rejected: trailer count 0412 != detail count 0411" % CLOCK[0].strftime("%Y%m%d")),
        ("INFO", "sys", "Server.Workqueue.Writer", "Writer for ClaimHealthCalc scheduled %d work items, chunk=500" % R.randint(100, 3000)),
        ("DEBUG", "sys", "Rules.Assignment", "Assignment ruleset 'DI Claim Segmentation' v%d evaluated in %d ms" % (R.randint(10, 40), R.randint(1, 40))),
    ])
    return [L("guidewire", "%s %-5s %s %s %s - %s" % (ts_l4j(), lvl, srv, user, lg, msg))]


def n_probe():
    path = R.choice(["/actuator/health/readiness", "/actuator/health/liveness", "/healthz", "/ping",
                     "/actuator/prometheus"])
    return [L("nginx_access", '10.42.%d.%d - - %s "GET %s HTTP/1.1" 200 %d "-" "%s"' % (
        R.randint(0, 7), R.randint(2, 250), ts_clf(), path, R.randint(2, 900),
        R.choice(["kube-probe/1.27", "kube-probe/1.28", "Prometheus/2.48.1"])))]


def n_prom():
    tick(0, 3)
    m = R.choice([
        ('uw_intake_applications_received_total{channel="%s",product="%s"} %d' % (R.choice(["agent_portal", "api", "paper"]), R.choice(PRODUCTS), R.randint(100, 40000))),
        ('rx_history_request_duration_seconds_bucket{vendor="scriptcheck",le="%s"} %d' % (R.choice(["0.5", "1", "2.5", "5", "+Inf"]), R.randint(1000, 90000))),
        ('mib_inquiry_hits_total{result="%s"} %d' % (R.choice(["hit", "no_hit", "error"]), R.randint(10, 30000))),
        ('aps_requests_outstanding{age_bucket="%s"} %d' % (R.choice(["0-14d", "15-30d", "31-60d", "60d+"]), R.randint(0, 900))),
        ('jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} %.6e' % R.uniform(2e8, 3e9)),
        ('http_server_requests_seconds_count{method="POST",outcome="SUCCESS",status="201",uri="/api/v2/applications"} %d' % R.randint(100, 90000)),
        "# HELP claims_di_open Open disability claims by segment",
        "# TYPE claims_di_open gauge",
        ('claims_di_open{segment="%s"} %d' % (R.choice(["STD", "LTD", "IDI"]), R.randint(100, 9000))),
    ])
    return [L("prometheus", m)]


def n_gc():
    t = tick(0, 5)
    up = (t - datetime(2024, 3, 11, 6, 0, 0)).total_seconds()
    a = R.randint(900, 3000)
    return [L("jvm_gc", "[%s+0000][%.3fs][info][gc] GC(%d) Pause Young (Normal) (G1 Evacuation Pause) %dM->%dM(4096M) %.3fms" % (
        t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t), up, R.randint(100, 4000), a, a - R.randint(300, 800), R.uniform(3, 60)))]


def n_jes():
    t = tick()
    job = R.choice(["PADM210D", "PADM010N", "PADMEXT1", "DICLM400", "BENECHG2"])
    jn = "JOB%05d" % R.randint(1000, 99999)
    m = R.choice([
        "IEF142I %s STEP%03d - STEP WAS EXECUTED - COND CODE %04d" % (job, R.choice([10, 20, 30, 40]), R.choice([0, 0, 0, 4])),
        "IEF404I %s - ENDED - TIME=%s" % (job, t.strftime("%H.%M.%S")),
        "$HASP373 %s STARTED - INIT %d - CLASS A - SYS PRD1" % (job, R.randint(1, 20)),
        "$HASP395 %s ENDED - RC=0000" % job,
        "IEC161I 056-084,%s,STEP020,POLMAST,,,PADM.POLMAST.VSAM" % job,
        "IGD104I PADM.POLMAST.EXTRACT.G%04dV00 RETAINED, DDNAME=EXTOUT" % R.randint(1, 9999),
    ])
    return [L("jes2", "%s %s  %s" % (t.strftime("%H.%M.%S"), jn, m))]


def n_kafka():
    grp = R.choice(["uw-rx", "uw-mib", "claims-docs", "esign-events", "wellness-sync"])
    m = R.choice([
        "[Consumer clientId=%s-consumer-%d, groupId=%s] Resetting offset for partition %s-%d to position FetchPosition{offset=%d, offsetEpoch=Optional.empty, currentLeader=LeaderAndEpoch{leader=Optional[kafka-%d.kafka:9092 (id: %d rack: null)], epoch=%d}}. (org.apache.kafka.clients.consumer.internals.SubscriptionState)" % (
            grp, R.randint(0, 3), grp, grp.replace("-", "."), R.randint(0, 5), R.randint(1000, 900000), R.randint(0, 2), R.randint(0, 2), R.randint(10, 90)),
        "[Consumer clientId=%s-consumer-%d, groupId=%s] Successfully joined group with generation Generation{generationId=%d, memberId='%s-consumer-%d-%s', protocol='range'} (org.apache.kafka.clients.consumer.internals.ConsumerCoordinator)" % (
            grp, R.randint(0, 3), grp, R.randint(1, 400), grp, R.randint(0, 3), uid()),
        "[Producer clientId=producer-%d] Node %d disconnected. (org.apache.kafka.clients.NetworkClient)" % (R.randint(1, 9), R.randint(0, 2)),
    ])
    return [L("kafka", "[%s] INFO %s" % (ts_l4j(), m))]


def n_esign():
    ev = R.choice(["envelope-sent", "envelope-delivered", "envelope-voided", "envelope-completed"])
    o = {"event": ev, "apiVersion": "v2.1",
         "uri": "/restapi/v2.1/accounts/%s/envelopes/%s" % (uid(), uid()),
         "retryCount": R.choice([0, 0, 1]), "configurationId": 10384,
         "generatedDateTime": tick().strftime("%Y-%m-%dT%H:%M:%S.") + "%07dZ" % R.randint(0, 9999999),
         "data": {"accountId": uid(), "envelopeId": uid(),
                  "envelopeSummary": {"status": ev.split("-")[1], "emailSubject": R.choice([
                      "Please DocuSign: Policy Delivery Receipt", "Please DocuSign: Amendment to Application",
                      "Please DocuSign: HIPAA Authorization (Form UW-204)", "Please DocuSign: Illustration Acknowledgment"]),
                      "brandId": uid(), "envelopeIdStamping": "true"}}}
    return [J("esign_webhook", "", o)]


def n_rules():
    t = ts_iso()
    o = R.choice([
        {"timestamp": t, "level": "info", "logger": "uw.rules.loader", "event": "ruleset_loaded",
         "ruleset": "term_fluidless_v%d" % R.randint(10, 19), "rules": R.randint(200, 600), "sha256": hexs(64)},
        {"timestamp": t, "level": "info", "logger": "uw.rules.engine", "event": "batch_scored",
         "batch_id": "B%s%03d" % (CLOCK[0].strftime("%y%m%d"), R.randint(1, 400)), "n": R.randint(10, 300),
         "p50_ms": R.randint(5, 40), "p99_ms": R.randint(50, 400), "model": "mortality-gbm-2024.02"},
        {"timestamp": t, "level": "warning", "logger": "uw.rules.tables", "event": "build_table_stale",
         "table": "BUILD_T2_US", "version": "2019.1", "max_age_days": 1825},
        {"timestamp": t, "level": "info", "logger": "uw.rules.engine", "event": "quote_class",
         "age": R.randint(20, 75), "sex": R.choice("MF"), "tobacco": False, "bmi": round(R.uniform(19, 38), 1),
         "class": R.choice(["PREF_PLUS", "PREF", "STD_PLUS", "STD", "TABLE_2"])},
    ])
    return [J("uw_structlog", "", o)]


def n_fax():
    cl = R.choice(CLINICS)
    job = R.randint(10000, 99999)
    m = R.choice([
        "SEND FAX: JOB %d DEST +1.%s.%s.%s COMMID %09d FROM <aps-svc@uw.lifeco.internal> USER aps-svc PAGES %d" % (
            job, cl[3][:3], cl[3][3:6], cl[3][6:], R.randint(1, 999999), R.randint(2, 6)),
        "SEND FAILED: JOB %d DEST %s ERR [No answer from remote (T.30 T1 timeout)]" % (job, cl[3]),
        "RECV FAX: COMMID %09d from \"%s\" pages=%d bps=14400 time=0:%02d:%02d" % (R.randint(1, 999999), cl[3], R.randint(1, 30), R.randint(0, 9), R.randint(0, 59)),
        "MODEM ttyIAX%d (IAXmodem 1.3.4) ready, speakers off, class 1.0" % R.randint(0, 7),
    ])
    return [L("hylafax", "%s fax01 FaxQueuer[%d]: %s" % (ts_sys(), R.randint(900, 1200), m))]


def n_copydef():
    blocks = [
        ["       01  PM-POLICY-MASTER.",
         "           05  PM-POLICY-NO            PIC X(10).",
         "           05  PM-STATUS-CD            PIC X(02).",
         "               88  PM-INFORCE          VALUE 'IF'.",
         "               88  PM-LAPSED           VALUE 'LA'.",
         "           05  PM-INS-LAST-NAME        PIC X(20).",
         "           05  PM-INS-DOB              PIC 9(08)."],
        ["           05  PM-FACE-AMT             PIC S9(9)V99 COMP-3.",
         "           05  PM-ANN-PREM             PIC S9(7)V99 COMP-3.",
         "           05  PM-PAID-TO-DT           PIC 9(08).",
         "           05  FILLER                  PIC X(14)."],
        ["       01  DC-CLAIM-REC.",
         "           05  DC-CLAIM-NO             PIC X(14).",
         "           05  DC-DISAB-DT             PIC 9(08).",
         "           05  DC-SSDI-OFFSET-AMT      PIC S9(5)V99 COMP-3."],
    ]
    return [L("cobol_copybook", s) for s in R.choice(blocks)]


def n_ruler():
    return [L("mf_fixed", R.choice([
        "----+----1----+----2----+----3----+----4----+----5----+----6----+----7----+----8----+----9----+----0",
        " File-AID ---- Browse PADM.POLMAST.EXTRACT.G%04dV00 ---------- Record %07d of %07d" % (R.randint(1, 9999), R.randint(1, 9000), R.randint(9000, 99999)),
        " COPYBOOK: PADM.COPYLIB(POLMAST) ---- FORMAT: FMT --- CAPS OFF"]))]


def n_cc_stats():
    return [L("genesys_cti", "%s genesys-cti INFO QueueStats queue=%s agentsReady=%d callsWaiting=%d longestWait=00:%02d:%02d serviceLevel80_20=%.2f abandonRate=%.3f" % (
        ts_iso(), R.choice(["DI_CLAIMS_EN", "DI_CLAIMS_ES", "LIFE_SERVICE", "BENE_CHG", "AGENT_DESK"]), R.randint(0, 30),
        R.randint(0, 14), R.randint(0, 9), R.randint(0, 59), R.uniform(0.6, 0.97), R.uniform(0.01, 0.12)))]


def n_agent():
    a = R.choice(AGENTS)
    m = R.choice([
        "evt=auth.login agent_id=%s npn=%s result=SUCCESS mfa=TOTP src_ip=%s ua=\"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/122.0\"" % (a[0], a[1], "%d.%d.%d.%d" % (R.randint(24, 200), R.randint(0, 254), R.randint(0, 254), R.randint(1, 254))),
        "evt=quote.run agent_id=%s product=%s age=%d sex=%s class=%s face=%d premium_annual=%.2f" % (a[0], R.choice(PRODUCTS), R.randint(20, 70), R.choice("MF"), R.choice(["PREF_NT", "STD_NT", "STD_T"]), R.choice([100000, 250000, 500000]), R.uniform(150, 5000)),
        "evt=commission.statement.view agent_id=%s agency=\"%s\" period=2024-02 amount=%.2f" % (a[0], a[3], R.uniform(100, 40000)),
        "evt=agent.profile.update agent_id=%s field=business_phone value=%s by=%s" % (a[0], ph(a[4], "dash"), a[0]),
        "evt=auth.logout agent_id=%s session=%s idle_s=%d" % (a[0], hexs(24), R.randint(60, 1800)),
    ])
    return [L("agent_portal", "ts=%s level=info svc=agent-portal %s" % (ts_iso(), m))]


def n_labqc():
    t = tick()
    test = R.choice([("GLU", "Glucose", "mg/dL", "240-262"), ("CHOL", "Cholesterol", "mg/dL", "188-212"),
                     ("A1C", "Hemoglobin A1c", "%", "5.4-5.9"), ("CREA", "Creatinine", "mg/dL", "1.9-2.3"),
                     ("COT", "Cotinine (urine)", "ng/mL", "NEG<200")])
    return [L("lab_csv", "QC-%s-%02d,,,,,,%s,%s,%s QC L%d,%s,%s,%s,PASS" % (
        t.strftime("%y%m%d"), R.randint(1, 40), t.strftime("%Y-%m-%d %H:%M"), test[0], test[1], R.randint(1, 3),
        R.choice(["251", "5.6", "2.1", "198", "NEG"]), test[2], test[3]))]


def n_hl7ack():
    t = ts_hl7()
    cid = "MSG%08d" % R.randint(1, 99999999)
    return [L("hl7_v2", "MSH|^~\\&|UWLAB|LIFECO|LABCORP|LCA|%s||ACK^R01^ACK|ACK%s|P|2.5.1" % (t, cid[3:])),
            L("hl7_v2", "MSA|AA|%s" % cid)]


def n_paramed_status():
    t = tick()
    return [L("paramed_xml", '<StatusUpdate xmlns="urn:paramed:status:v2" orderNumber="PO-%d" status="%s" examinerId="E%05d" kit="KT%07d" carrier="UPS" tracking="1Z%s%s" updated="%s"/>' % (
        R.randint(7000000, 7999999), R.choice(["KIT_SHIPPED", "SPECIMEN_RECEIVED", "EXAMINER_ASSIGNED", "CANCELLED_BY_CARRIER"]),
        R.randint(1000, 99999), R.randint(1000000, 9999999), hexs(6).upper(), digits(10), t.strftime("%Y-%m-%dT%H:%M:%S")))]


def n_wellness():
    return [L("wellness_sync", "%s wellness-sync[%d]: INFO batch done provider=%s synced=%d failed=%d throttled=%d took=%.1fs" % (
        ts_iso(), R.randint(3000, 3400), R.choice(["garmin", "fitbit", "apple_health", "oura"]), R.randint(100, 9000), R.randint(0, 9), R.randint(0, 40), R.uniform(2, 90)))]


def n_vendor():
    m = R.choice([
        "APS vendor contact refreshed: ParaRecords Support <support@pararecords.example.com> 1-800-555-0134, escalation Dana Whitlock 214-555-0160",
        "Vendor SLA report: APPS paramed avg order-to-exam %.1f days (target 7), ExamOne %.1f days" % (R.uniform(3, 9), R.uniform(3, 9)),
        "MIB IAI batch submitted: records=%s fileId=IAI-%s-01 sha256=%s" % ("{:,}".format(R.randint(500, 5000)), CLOCK[0].strftime("%Y%m%d"), hexs(64)),
        "Rx vendor cert rotation scheduled 2024-04-02 02:00 ET; thumbprint %s" % hexs(40).upper(),
        "Underwriter queue rebalanced: %s 23 -> 19, %s 17 -> 21 (rule: oldest-first, skill=JUMBO)" % tuple(R.sample(UNDERWRITERS, 2)),
    ])
    return [L("spring_boot", "%s  %5s %d --- [%15s] %-40s : %s" % (ts_spring(), "INFO", PID_INTAKE, "scheduling-1", abbrev("c.l.uw.intake.ops.VendorOpsReporter"), m))]


def n_mf_trailer():
    return [L("mf_fixed", "HDR PADMEXT1 LIFEPROD %s %s V03.2 LRECL=0103" % (CLOCK[0].strftime("%Y%m%d"), tick().strftime("%H%M%S")))]


def n_nginx_portal_static():
    return [L("nginx_access", '%s - - %s "GET /static/js/main.%s.js HTTP/2.0" 304 0 "https://myaccount.lifeco-example.com/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 Safari/605.1.15" rt=0.00%d' % (
        "10.20.%d.%d" % (R.randint(0, 9), R.randint(2, 250)), ts_clf(), hexs(8), R.randint(1, 9)))]


NOISE = [(n_spring, 14), (n_stack, 1), (n_gw, 9), (n_probe, 6), (n_prom, 6), (n_gc, 3), (n_jes, 6), (n_kafka, 4),
         (n_esign, 3), (n_rules, 5), (n_fax, 4), (n_copydef, 1), (n_ruler, 2), (n_cc_stats, 3), (n_agent, 5),
         (n_labqc, 3), (n_hl7ack, 2), (n_paramed_status, 3), (n_wellness, 2), (n_vendor, 3), (n_mf_trailer, 1),
         (n_nginx_portal_static, 2)]


# ================================================================= PHI families
def abbrev(lg, width=40):
    """Logback-style logger abbreviation, as Spring Boot's default pattern does."""
    parts = lg.split(".")
    i = 0
    while len(".".join(parts)) > width and i < len(parts) - 1:
        parts[i] = parts[i][0]
        i += 1
    return ".".join(parts)


def sp(lvl, thr, lg, *parts):
    return L("spring_boot", "%s  %5s %d --- [%15s] %-40s : " % (ts_spring(), lvl, PID_INTAKE, thr[-15:], abbrev(lg)), *parts)


def g_spring():
    p = person()
    k = pick(7)
    ex = "nio-8443-exec-%d" % R.randint(1, 12)
    if k == 0:
        return [sp("INFO", ex, "c.l.uw.intake.web.ApplicationController", "Received application ", (p.app, "other_id"),
                   " product=%s face=%d channel=AGENT_PORTAL agentId=%s insured=" % (R.choice(PRODUCTS), R.choice([250000, 500000, 750000, 1000000]), R.choice(AGENTS)[0]),
                   (nm(p, "lf"), "name"), " dob=", (df(p.dob, "iso"), "date"))]
    if k == 1:
        bad = p.ssn[:3] + "-" + p.ssn[3:5] + "-" + p.ssn[5:8]
        return [sp("WARN", ex, "c.l.uw.intake.validation.SsnValidator", "Field validation failed: insured.ssn='", (bad, "ssn"),
                   "' rejected (pattern ^\\d{3}-?\\d{2}-?\\d{4}$) applicationId=", (p.app, "other_id"), " traceId=%s" % hexs(32))]
    if k == 2:
        bad = df(p.dob, R.choice(["dmy", "dmony"])).replace(".", "/")
        return [sp("WARN", ex, "o.s.w.s.m.s.DefaultHandlerExceptionResolver",
                   "Resolved [org.springframework.http.converter.HttpMessageNotReadableException: JSON parse error: Cannot deserialize value of type `java.time.LocalDate` from String \"",
                   (bad, "date"), "\": Failed to deserialize java.time.LocalDate: (java.time.format.DateTimeParseException) Text '",
                   (bad, "date"), "' could not be parsed at index 0]")]
    if k == 3:
        return [sp("INFO", "task-%d" % R.randint(1, 8), "c.l.uw.intake.service.DuplicateCheckService", "Possible duplicate: applicant ",
                   (nm(p, "fl"), "name"), " ssn=", ("***-**-" + p.ssn[5:], "ssn"), " matches in-force policy ", (p.policy, "health_plan"),
                   " (issued 2019, face 250000); routing to ", R.choice(UNDERWRITERS))]
    if k == 4:
        return [sp("DEBUG", ex, "c.l.uw.intake.acord.PartyMapper", "Mapped Party_1 fullName='", (nm(p, "fml"), "name"),
                   "' govtId=", (p.ssn[:3] + "-" + p.ssn[3:5] + "-" + p.ssn[5:], "ssn"), " birthDate=", (df(p.dob, "iso"), "date"),
                   " gender=%d residenceState=%s dlNum=" % (1 if p.sex == "M" else 2, p.state), (p.dl, "license"), " dlState=%s" % p.state)]
    if k == 5:
        q = relative(p, "SPOUSE")
        return [sp("INFO", ex, "c.l.uw.intake.service.PayorService", "EFT authorization stored for ", (p.app, "other_id"),
                   ": payor=", (nm(q, "fl"), "name"), " relation=SPOUSE routing=%s acct=" % R.choice(["044000037", "021000021", "071000013", "122105278"]),
                   (p.acct, "account"), " type=%s draftDay=%d" % (R.choice(["CHECKING", "SAVINGS"]), R.randint(1, 28)))]
    if k == 6 and R.random() < 0.5:
        return [sp("WARN", "task-%d" % R.randint(1, 8), "c.l.uw.intake.billing.InitialPremiumService", "Initial premium auth declined for ", (p.app, "other_id"),
                   ": cardNumber=", (p.card, "account"), " exp=%02d/%02d avsZip=" % (R.randint(1, 12), R.randint(25, 30)), (p.zip, "zip"),
                   " gatewayCode=05 DO_NOT_HONOR gatewayRef=ch_%s" % hexs(24))]
    return [sp("INFO", "task-%d" % R.randint(1, 8), "c.l.uw.intake.notify.EmailNotificationService", "Sent template APP_RCVD_v7 to ",
               (p.email, "email"), " for ", (p.app, "other_id"), " messageId=<%s@smtp.lifeco.internal> status=250" % uid())]


def gw(lvl, user, lg, *parts):
    return L("guidewire", "%s %-5s cc-prod-app0%d %s %s - " % (ts_l4j(), lvl, R.randint(1, 4), user, lg), *parts)


def g_gw():
    p = person()
    ex = R.choice(EXAMINERS)
    k = pick(6)
    if k == 0:
        g = R.choice(EMPLOYERS)
        ldw = recent(40, 200)
        return [gw("INFO", ex, "ClaimCenter.FNOL", "New claim ", (p.claim, "other_id"), " (LTD) registered for ", (nm(p, "fl"), "name"),
                   ", DOB ", (df(p.dob, "us"), "date"), ", last day worked ", (df(ldw, "us"), "date"),
                   ", EP 90d, group policy %s (%s) cert " % g, (p.cert, "health_plan"))]
    if k == 1:
        return [gw("WARN", ex, "ContactManager.Validation", "Validation warning on ABContact ", (p.pcid, "other_id"), " (",
                   (nm(p, "lf"), "name"), "): primaryPhone '", (ph(p.phone, R.choice(["paren", "dot", "plain"])), "phone"),
                   "' failed NANP check; faxPhone '", (ph(p.fax, "dash"), "fax"), "' accepted")]
    if k == 2:
        ent = recent(150, 400)
        app = ent + timedelta(days=R.randint(120, 300))
        return [gw("INFO", "sys", "Plugin.OffsetCalculator", "claim=", (p.claim, "other_id"),
                   " SSDI primary=%.2f family=%.2f entitlement=" % (R.uniform(900, 2800), R.uniform(0, 1200)), (df(ent, "iso"), "date"),
                   " awardNotice=", (df(app, "iso"), "date"), "; net benefit recomputed %.2f -> %.2f" % (R.uniform(2000, 5000), R.uniform(300, 2000)))]
    if k == 3:
        q = mkperson(old=True)
        POOL.append(q)
        dod = recent(5, 60)
        age = dod.year - q.dob.year - ((dod.month, dod.day) < (q.dob.month, q.dob.day))
        b = relative(q, "DAUGHTER")
        b.dob = rdate(1950, 1965)
        if R.random() < 0.5:
            b.last = q.last + "-" + R.choice(["Hale", "Brennan", "Ortiz", "Lund"])
        return [gw("INFO", ex, "ClaimCenter.LifeClaim", "Death claim ", (q.lclaim, "other_id"), " opened: insured ", (nm(q, "fl"), "name"),
                   " DOD ", (df(dod, "iso"), "date"), " age ", (str(age), "age"), " cause=%s beneficiary " % R.choice(["CHF", "ASCVD", "COPD", "CVA", "PNEUMONIA"]),
                   (nm(b, "fl"), "name"), " (daughter) policy ", (q.policy, "health_plan"))]
    if k == 4:
        return [gw("ERROR", ex, "Web.Error", "gw.api.util.DisplayableException: Contact '", (nm(p, "lf"), "name"), "' (", (p.pcid, "other_id"),
                   ") is missing TaxID; cannot issue 1099-MISC for claim ", (p.claim, "other_id"))]
    rtw = future(5, 60)
    return [gw("INFO", ex, "ClaimCenter.Activity", "Activity 'Review RTW note' created on ", (p.claim, "other_id"),
               ", assigned to %s, due %s, RTW date on note " % (ex, df(future(2, 9), "iso")), (df(rtw, "us"), "date"),
               ", restrictions=", R.choice(["'no lifting >20 lb'", "'4 hrs/day x 2 wks'", "'seated work only'", "none"]))]


def g_acord():
    p = person()
    t = tick()
    ac, dn = p.phone[:3], p.phone[3:]
    ln = Ln("acord_xml")
    ln.t("%s INFO  [Camel (uw-camel) thread #%d - JmsConsumer[acord.inbound]] route12 - Exchange[Id: ID-uwint-01-%d-0-%d, BodyType: String, Body: " % (
        ts_spring(t), R.randint(1, 9), R.randint(30000, 49999), R.randint(1, 900)))
    ln.t('<TXLife Version="2.43.00"><TXLifeRequest><TransRefGUID>%s</TransRefGUID><TransType tc="103">New Business Submission</TransType><TransExeDate>%s</TransExeDate><OLifE>' % (uid(), t.strftime("%Y-%m-%d")))
    ln.t('<Holding id="Holding_1"><Policy><PolNumber>').p(p.policy, "health_plan").t('</PolNumber><ProductCode>%s</ProductCode><ApplicationInfo><TrackingID>' % R.choice(PRODUCTS))
    ln.p(p.app, "other_id").t('</TrackingID></ApplicationInfo></Policy></Holding>')
    ln.t('<Party id="Party_1"><PartyTypeCode tc="1">Person</PartyTypeCode><GovtID>').p(p.ssn, "ssn").t('</GovtID><GovtIDTC tc="1">SSN</GovtIDTC><Person><FirstName>')
    ln.p(p.first, "name").t('</FirstName><MiddleName>').p(p.mi, "name").t('</MiddleName><LastName>').p(p.last, "name").t('</LastName><Gender tc="%d"/><BirthDate>' % (1 if p.sex == "M" else 2))
    ln.p(df(p.dob, "iso"), "date").t('</BirthDate><DriversLicenseNum>').p(p.dl, "license").t('</DriversLicenseNum><DriversLicenseState tc="%d">%s</DriversLicenseState></Person>' % (STATE_TC[p.state], p.state))
    ln.t('<Address><AddressTypeCode tc="1">Residence</AddressTypeCode><Line1>').p(p.street + p.unit, "address").t('</Line1><City>').p(p.city, "address")
    ln.t('</City><AddressStateTC tc="%d">%s</AddressStateTC><Zip>' % (STATE_TC[p.state], p.state)).p(p.zip, "zip").t('</Zip></Address>')
    ln.t('<Phone><PhoneTypeCode tc="1">Home</PhoneTypeCode><AreaCode>').p(ac, "phone").t('</AreaCode><DialNumber>').p(dn, "phone").t('</DialNumber></Phone>')
    if R.random() < 0.4:
        ln.t('<Phone><PhoneTypeCode tc="4">Fax</PhoneTypeCode><AreaCode>').p(p.fax[:3], "fax").t('</AreaCode><DialNumber>').p(p.fax[3:], "fax").t('</DialNumber></Phone>')
    ln.t('<EMailAddress><EMailType tc="2">Personal</EMailType><AddrLine>').p(p.email, "email").t('</AddrLine></EMailAddress></Party>')
    a = R.choice(AGENTS)
    ln.t('<Party id="Party_2"><Person><FirstName>%s</FirstName><LastName>%s</LastName></Person><Producer><CarrierAppointment><CompanyProducerID>%s</CompanyProducerID></CarrierAppointment><NIPRNumber>%s</NIPRNumber></Producer></Party>' % (
        a[2].split()[0], a[2].split()[1], a[0], a[1]))
    ln.t('</OLifE></TXLifeRequest></TXLife>]')
    return [ln]


def g_paramed_xml():
    p = person()
    po = "PO-%d" % R.randint(7000000, 7999999)
    if R.random() < 0.55:
        a = R.choice(AGENTS)
        ln = Ln("paramed_xml")
        ln.t('<?xml version="1.0" encoding="UTF-8"?><ExamOrder xmlns="urn:paramed:order:v2" vendorCode="%s" orderNumber="%s" carrierCode="LIFECO"><Applicant><Name><First>' % (R.choice(["APPS", "EXAMONE", "PSI"]), po))
        ln.p(p.first, "name").t("</First><Middle>").p(p.mi, "name").t("</Middle><Last>").p(p.last, "name").t("</Last></Name><DOB>").p(df(p.dob, "us"), "date")
        ln.t("</DOB><Gender>%s</Gender><SSN>" % p.sex).p(p.ssn[:3] + "-" + p.ssn[3:5] + "-" + p.ssn[5:], "ssn")
        ln.t('</SSN><Phones><Phone type="mobile">').p(ph(p.phone, "paren"), "phone").t('</Phone>')
        if R.random() < 0.5:
            ln.t('<Phone type="work">').p(ph(p.phone2, "dash"), "phone").t('</Phone>')
        ln.t("</Phones><Address><Street>").p(p.street + p.unit, "address").t("</Street><City>").p(p.city, "address").t("</City><State>%s</State><Zip>" % p.state)
        ln.p(p.zip + "-" + p.zip4, "zip").t("</Zip></Address><BestTimeToCall>%s</BestTimeToCall><Language>%s</Language></Applicant>" % (R.choice(["Evenings", "Mornings", "Weekends"]), R.choice(["EN", "ES", "EN", "VI", "ZH"])))
        ln.t('<Requirements><Req code="BLD"/><Req code="URN"/>%s</Requirements><FaceAmount>%d</FaceAmount><Agent><Name>%s</Name><Phone>%s</Phone></Agent></ExamOrder>' % (
            R.choice(['<Req code="EKG"/>', "", '<Req code="HOS"/>']), R.choice([500000, 1000000, 2000000]), a[2], ph(a[4], "dash")))
        return [ln]
    ex = recent(1, 10)
    ln = Ln("paramed_xml")
    ln.t('<ExamResult xmlns="urn:paramed:result:v2" orderNumber="%s" examineeId="' % po).p(p.examinee, "mrn").t('"><ExamDate>').p(df(ex, "iso"), "date")
    ln.t('</ExamDate><Examiner id="E%05d">%s, CMA</Examiner><Vitals><Height unit="in">%d</Height><Weight unit="lb">%d</Weight><BP seq="1">%d/%d</BP><BP seq="2">%d/%d</BP><Pulse>%d</Pulse></Vitals>' % (
        R.randint(1000, 99999), R.choice(["L. Ferreira", "T. Osei", "M. Rourke", "J. Pham"]), p.ht, p.wt, R.randint(105, 160), R.randint(65, 100), R.randint(105, 160), R.randint(65, 100), R.randint(55, 100)))
    ln.t('<Device type="BP_CUFF" model="Omron HEM-907XL" serial="%s"/><Specimen kit="KT%07d" tubes="SST,GRAY,URINE"/><Questionnaire tobaccoLast12m="%s" hazardousAvocation="N"/></ExamResult>' % (
        "%08d%s" % (R.randint(1, 99999999), R.choice("LMN")), R.randint(1000000, 9999999), R.choice("NNNY")))
    return [ln]


def g_paramed_pipe():
    out = [L("paramed_pipe", "H|APPS|RESULTS|%s|V2.3|LIFECO" % CLOCK[0].strftime("%Y%m%d"))]
    n = R.randint(1, 3)
    for _ in range(n):
        p = person()
        ex = recent(1, 12)
        tick(0, 2)
        out.append(L("paramed_pipe", "D|PO-%d|" % R.randint(7000000, 7999999), (p.examinee, "mrn"), "|", (nm(p, "hl7"), "name"), "|",
                     (df(p.dob, "hl7"), "date"), "|%s|" % p.sex, (df(ex, "hl7"), "date"),
                     "|%03d|%03d|%d/%d|%d/%d|%d|%s|%s|E%05d" % (p.ht, p.wt, R.randint(105, 160), R.randint(65, 100), R.randint(105, 160), R.randint(65, 100),
                                                            R.randint(55, 100), R.choice("NNNY"), R.choice("NNY"), R.randint(1000, 99999))))
    if R.random() < 0.6:
        p = person()
        ap = future(1, 14)
        out.append(L("paramed_pipe", "S|PO-%d|APPT_SET|" % R.randint(7000000, 7999999), (df(ap, "iso") + "T%02d:%s" % (R.randint(7, 19), R.choice(["00", "30"])), "date"),
                     "|LOC=HOME|CB=", (ph(p.phone, "plain"), "phone"), "|E%05d" % R.randint(1000, 99999)))
    out.append(L("paramed_pipe", "T|%06d" % (len(out) - 1)))
    return out


def g_mib():
    p = person()
    hit = R.random() < 0.5
    codes = [{"code": c, "qualifier": q, "reportYear": str(R.randint(2012, 2023)), "reportingCompany": "%04d" % R.randint(100, 999)}
             for c, q in R.sample([("310", "ZR"), ("580", "ZC"), ("170", "MZ"), ("441", "ZT"), ("903", "ZH"), ("127", "ZW")], R.randint(1, 3))] if hit else []
    subj = {"lastName": T(p.last, "name"), "firstName": T(p.first, "name"), "middleInitial": T(p.mi, "name"),
            "dob": T(df(p.dob, "iso"), "date"), "birthState": R.choice(["OH", "NY", "TX", "PR", "FC"]), "zip": T(p.zip, "zip")}
    if R.random() < 0.4:
        subj["ssn"] = T(p.ssn, "ssn")
    o = {"requestId": uid(), "inquiryType": R.choice(["UW", "CLAIM"]), "memberCompanyCode": "0412", "subject": subj,
         "result": {"hit": hit, "codes": codes, "iaiHits": R.randint(0, 4)}, "elapsedMs": R.randint(80, 900)}
    return [J("mib_json", "%s INFO  mib-gateway - inquiry response " % ts_spring(), o)]


DRUGS = [("00093-0058-01", "metformin 500 mg tab"), ("00378-0395-77", "lisinopril 10 mg tab"),
         ("68180-0513-03", "atorvastatin 40 mg tab"), ("00093-7146-56", "sertraline 50 mg tab"),
         ("59762-3720-01", "gabapentin 300 mg cap"), ("00002-7510-01", "insulin lispro 100 u/mL"),
         ("00591-0405-01", "hydrocodone/APAP 5-325 tab"), ("65862-0157-99", "amlodipine 5 mg tab"),
         ("00069-0150-30", "apixaban 5 mg tab"), ("00173-0682-20", "fluticasone/salmeterol inh")]


def g_rx():
    p = person()
    fills = []
    for _ in range(R.randint(1, 3)):
        d = R.choice(DRUGS)
        fills.append({"ndc": d[0], "drug": d[1], "fillDate": T(df(recent(10, 700), "iso"), "date"), "daysSupply": R.choice([30, 90]),
                      "prescriber": {"name": R.choice(DOCTORS).upper().replace(",", ""), "npi": "1" + digits(9)},
                      "pharmacy": {"name": R.choice(["WALGREENS #%05d", "CVS/PHARMACY #%05d", "KROGER PHARMACY %03d", "HEB PHARMACY #%03d"]) % R.randint(1, 19999), "ncpdp": digits(7)}})
    o = {"transactionId": uid(), "vendor": "ScriptCheck", "productVersion": "4.2",
         "applicant": {"name": {"first": T(p.first, "name"), "last": T(p.last, "name")}, "dateOfBirth": T(df(p.dob, "us"), "date"),
                       "gender": p.sex, "zip5": T(p.zip, "zip")},
         "score": {"rxScore": R.randint(1, 99), "model": "v4", "reasonCodes": R.sample(["DM2", "HTN", "DEP", "OPI", "CAD", "ASTH"], 2)},
         "fills": fills}
    return [J("rx_json", "", o)]


def g_aps():
    p = person()
    cl = R.choice(CLINICS)
    doc = R.choice(DOCTORS)
    k = pick(2)
    if k == 0:
        return [L("aps_kv", "%s aps-svc[%d]: aps.request id=APS-%07d appl=" % (ts_sys(), R.randint(2000, 2300), R.randint(1, 9999999)), (p.app, "other_id"),
                  " patient=\"", (nm(p, R.choice(["lf", "LF", "fl"])), "name"), "\" dob=", (df(p.dob, R.choice(["us", "us1"])), "date"),
                  " ssn_last4=", (p.ssn[5:], "ssn"), " provider=\"%s\" attn=\"%s\" provider_fax=%s records_from=%d vendor=ParaRecords status=SENT" % (
                      cl[0], doc, ph(cl[3], "paren"), R.randint(2017, 2021)))]
    return [L("aps_kv", "%s aps-svc[%d]: aps.status id=APS-%07d appl=" % (ts_sys(), R.randint(2000, 2300), R.randint(1, 9999999)), (p.app, "other_id"),
              " status=%s pages=%d provider=\"%s\" patient_match=" % (R.choice(["RECEIVED", "PARTIAL", "INVOICED"]), R.randint(4, 80), cl[0]),
              (nm(p, "LF"), "name"), " last_visit=", (df(recent(20, 400), "us"), "date"), " invoice_usd=%d.00" % R.choice([25, 45, 75, 125]))]


def ocr_garble(s):
    out = []
    for ch in s:
        if ch == "0" and R.random() < 0.35:
            out.append("O")
        elif ch == "1" and R.random() < 0.25:
            out.append("l")
        elif ch == "I" and R.random() < 0.3:
            out.append("l")
        else:
            out.append(ch)
    return "".join(out)


def g_fax_ocr():
    p = person()
    cl = R.choice(CLINICS)
    job = "fx_%d" % R.randint(10000, 99999)
    pg = R.randint(1, 4)
    tot = pg + R.randint(0, 4)
    out = []
    ln_no = [0]

    def fl(*parts):
        ln_no[0] += R.randint(1, 3)
        return L("fax_ocr", "%s faxocr.worker INFO job=%s pg=%d/%d ln=%02d conf=%.2f text=\"" % (ts_l4j(), job, pg, tot, ln_no[0], R.uniform(0.62, 0.97)),
                 *(list(parts) + ["\""]))
    out.append(fl("%s  %s  Tel %s Fax %s" % (cl[0].upper(), cl[1], ph(cl[2], "dash"), ph(cl[3], "dash"))))
    out.append(fl("PATIENT: ", (ocr_garble(nm(p, "LFM")), "name"), "    DOB: ", (ocr_garble(df(p.dob, "us")), "date"), "    MRN: ", (ocr_garble(p.mrn), "mrn")))
    out.append(fl("DOS: ", (ocr_garble(df(recent(10, 300), R.choice(["us", "us2"]))), "date"), "   Provider: %s" % R.choice(DOCTORS)))
    body = R.choice([
        ["CC: f/u low back pain, L4-L5 radiculopathy. Pt reports 6/10 pain, worse w/ prolonged sitting.",
         "A/P: cont gabapentin 300 mg TID, PT 2x/wk x 6 wks. Off work until re-eval in 4 wks."],
        ["HPI: 54 y/o w/ T2DM, A1c 8.1 (prev 7.4). Adherent to metformin. Denies polyuria.",
         "Plan: add empagliflozin 10 mg daily; lipid panel, UACR; RTC 3 mo."],
        ["Dx: Major depressive disorder, recurrent, moderate (F33.1). PHQ-9 = 16.",
         "Pt unable to perform job duties at this time; reassess in 30 days."],
    ])
    for b in body:
        out.append(fl(b))
    if R.random() < 0.5:
        out.append(fl("Pt lives w/ spouse at ", (p.street, "address"), ", ", (p.city, "address"), "; cell ", (ph(p.phone, "dash"), "phone")))
    if R.random() < 0.35:
        sn = R.choice(["ResMed AirSense 11 SN ", "Medtronic Azure XT DR SN ", "Dexcom G7 SN ", "Tandem t:slim X2 SN "])
        ser = {"R": digits(11), "M": "RNB" + digits(6) + "S", "D": hexs(10).upper(), "T": digits(8)}[sn[0]]
        out.append(fl("Device: " + sn, (ser, "device"), " - compliance report attached."))
    return out


def g_hl7():
    p = person()
    t = tick()
    coll = recent(1, 8)
    ctl = "MSG%08d" % R.randint(1, 99999999)
    po = "PO-%d" % R.randint(7000000, 7999999)
    acc = "AC%07d" % R.randint(1, 9999999)
    addr = [(p.street + p.unit, "address"), "^^", (p.city, "address"), "^%s^" % p.state, (p.zip, "zip")]
    segs = [
        ["MSH|^~\\&|LABCORP|LCA|UWLAB|LIFECO|%s||ORU^R01^ORU_R01|%s|P|2.5.1|||AL|NE" % (ts_hl7(t), ctl)],
        ["PID|1||", (p.labid, "mrn"), "^^^LCA^MR||", (nm(p, "hl7"), "name"), "||", (df(p.dob, "hl7"), "date"), "|%s|||" % p.sex] + addr + ["||", (ph(p.phone, R.choice(["paren2", "plain"])), "phone"), "||||||", (p.ssn, "ssn")],
        ["ORC|RE|%s|%s||CM" % (po, acc)],
        ["OBR|1|%s|%s|UWPANEL^Insurance Chemistry Panel^L|||" % (po, acc), (df(coll, "hl7") + "%02d%02d" % (R.randint(6, 11), R.randint(0, 59)), "date"), "|||||||||||||||||F"],
    ]
    tests = R.sample([("2093-3", "Cholesterol", "mg/dL", "<200", 150, 280), ("2085-9", "HDL", "mg/dL", ">39", 30, 90),
                      ("4548-4", "Hemoglobin A1c", "%", "4.0-5.6", 4.6, 9.8), ("2324-2", "GGT", "U/L", "0-65", 8, 190),
                      ("2160-0", "Creatinine", "mg/dL", "0.6-1.3", 0.6, 1.9), ("10366-3", "Cotinine", "ng/mL", "<200", 0, 600),
                      ("1920-8", "AST", "U/L", "0-40", 10, 120), ("14957-5", "Microalbumin urine", "mg/L", "<30", 2, 90)], R.randint(3, 5))
    for i, (lc, nmx, u, rr, lo, hi) in enumerate(tests, 1):
        v = R.uniform(lo, hi)
        vs = ("%.1f" % v) if hi < 20 else str(int(v))
        segs.append(["OBX|%d|NM|%s^%s^LN||%s|%s|%s|%s|||F" % (i, lc, nmx, vs, u, rr, R.choice(["", "", "H", "N"]))])
    if R.random() < 0.5:
        out = []
        for s in segs:
            out.append(L("hl7_v2", *s))
        return out
    # one-line Mirth channel log with escaped segment separators
    parts = ["%s INFO  [Lab Results Inbound] (DestinationConnector) message received, raw=" % ts_spring()]
    for i, s in enumerate(segs[:4]):
        if i:
            parts.append("\\r")
        parts.extend(s)
    parts.append("\\r... (%d more segments)" % (len(segs) - 4))
    return [L("hl7_mirth", *parts)]


def g_labcsv():
    out = []
    if R.random() < 0.5:
        out.append(L("lab_csv", "accession,lab_patient_id,last_name,first_name,dob,sex,collected_dt,test_code,test_name,result,units,ref_range,flag"))
    p = person()
    acc = "AC%07d" % R.randint(1, 9999999)
    coll = recent(1, 9)
    cs = df(coll, "iso") + " %02d:%02d" % (R.randint(6, 11), R.randint(0, 59))
    ds = df(p.dob, R.choice(["iso", "us"]))
    for tc, tn, u, rr, lo, hi in R.sample([("CHOL", "Cholesterol", "mg/dL", "<200", 150, 280), ("HDL", "HDL Cholesterol", "mg/dL", ">39", 30, 90),
                                           ("A1C", "Hemoglobin A1c", "%", "4.0-5.6", 4.6, 9.8), ("GGT", "Gamma GT", "U/L", "0-65", 8, 190),
                                           ("PSA", "Prostate Specific Ag", "ng/mL", "<4.0", 0.2, 7.0), ("NTPRO", "NT-proBNP", "pg/mL", "<125", 10, 900),
                                           ("COTU", "Cotinine urine", "ng/mL", "<200", 0, 600), ("HIV", "HIV-1/2 Ab/Ag", "", "NONREACTIVE", 0, 0)], R.randint(2, 4)):
        tick(0, 1)
        if tc == "PSA" and p.sex == "F":
            tc, tn, u, rr, lo, hi = "TSH", "Thyroid Stim Hormone", "uIU/mL", "0.45-4.5", 0.3, 6.0
        v = "NONREACTIVE" if tc == "HIV" else (("%.1f" % R.uniform(lo, hi)) if hi < 20 else str(R.randint(lo, hi)))
        flag = "" if tc == "HIV" else R.choice(["", "", "H"])
        out.append(L("lab_csv", acc + ",", (p.labid, "mrn"), ",", ('"%s"' % p.last if " " in p.last or "'" in p.last else p.last, "name"), ",", (p.first, "name"), ",",
                     (ds, "date"), ",%s," % p.sex, (cs, "date"), ",%s,%s,%s,%s,%s,%s" % (tc, tn, v, u, rr, flag)))
    return out


def g_claimnote():
    p = person()
    ex = R.choice(EXAMINERS)
    t = tick()
    typ = R.choice(["PHONE", "FILE_REVIEW", "MAIL", "SIU", "NOTE"])
    pre = ["CLMNOTE|", (p.claim, "other_id"), "|%s|%s|%s|" % (t.strftime("%Y-%m-%d %H:%M"), ex, typ)]
    k = pick(9, [2, 1, 2, 2, 1, 1, 1, 1, 1])
    doc = R.choice(DOCTORS)
    if k == 0:
        body = ["RTW note rec'd from %s dated " % doc, (df(recent(2, 20), "us"), "date"), ": clmt ", (nm(p, "fl"), "name"), " released to RTW ",
                (df(future(3, 40), "us2"), "date"), " part-time 4 hrs/day x 2 wks, no lifting >20 lbs. Sent to ER for accommodation review."]
    elif k == 1:
        body = ["T/C w/ clmt, confirms SSDI hearing sched ", (df(future(10, 120), "long"), "date"), " w/ ALJ; has rep (Citizens Disability). Reminded of reimb agmt signed at intake. Cb ",
                (ph(p.phone, R.choice(["dash", "dot", "paren"])), "phone")]
    elif k == 2:
        sc = "SIU-24-%05d" % R.randint(1, 99999)
        handle = fold(p.first).lower().replace(" ", "") + "." + fold(p.last).lower().replace(" ", "").replace("'", "")
        url = R.choice(["https://www.instagram.com/%s_fit/" % handle, "https://www.facebook.com/%s.%d" % (handle, R.randint(1, 99)),
                        "https://www.strava.com/athletes/%d" % R.randint(1000000, 99999999), "https://www.tiktok.com/@%s" % handle.replace(".", "")])
        body = ["SIU referral: activity check found clmt's public profile ", (url, "url"), " showing half-marathon finish photo dated ",
                (df(recent(10, 90), "us"), "date"), "; claimed dx lumbar radiculopathy. Case ", (sc, "other_id"), " opened, surveillance not yet authorized."]
    elif k == 3:
        plate = R.choice(["%d%s%d" % (R.randint(1, 9), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), R.randint(100, 999)),
                          "%s-%s" % ("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), digits(4)),
                          "%s %s" % (digits(3), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)))])
        body = ["MVA per police rpt #24-%06d: clmt driver of %s VIN " % (R.randint(1, 999999), R.choice(["2017 Honda CR-V", "2020 Toyota Camry", "2015 Ford F-150", "2019 Kia Soul"])),
                (vin(), "vehicle"), ", plate ", (plate, "vehicle"), " (%s); DOI " % p.state, (df(recent(60, 300), "us"), "date"), ". Subrogation potential - referred to recovery unit."]
    elif k == 4:
        body = ["Clmt ", (nm(p, R.choice(["fl", "init"])), "name"), " called w/ new address ", (p.street + p.unit, "address"), ", ", (p.city, "address"), " ",
                (p.zip, "zip"), "; updated in GW. EOB/checks to new addr. Direct deposit acct ", ("****" + p.acct[-4:], "account"), " unchanged."]
    elif k == 5:
        sn = R.choice(["ResMed AirSense 11 SN ", "Philips DreamStation SN ", "Tandem t:slim X2 SN "])
        body = ["Rec'd APS from %s: restrictions thru " % doc, (df(future(10, 90), "us"), "date"), ", dx M54.16, next appt ", (df(future(5, 40), "dmon"), "date"),
                ". Clmt uses CPAP/pump (" + sn, (sn[0] + digits(10), "device"), ") per sleep study; no change to R&Ls."]
    elif k == 6:
        body = ["Appel de l'assurée ", (nm(p, "fl"), "name"), " (dossier ", (p.claim, "other_id"), ") : retour progressif au travail prévu le ",
                (df(future(5, 60), "fr"), "date"), "; médecin traitant Dr Lemieux. Rappeler au ", (ph(p.phone, "dash"), "phone"), " après 16 h."]
    elif k == 7:
        body = ["Self-employed dentist (own-occ rider). Clmt's practice fax ", (ph(p.fax, "paren"), "fax"), " for CPA P&L requests; last day worked ",
                (df(recent(60, 200), "dmony"), "date"), ". Policy ", (p.dipol, "health_plan"), " BEP rider active."]
    else:
        body = ["File review: EP satisfied, benefits approved eff ", (df(recent(0, 30), "us"), "date"), ". Gross %.2f, SSDI est offset pending. Payment via EFT to acct " % R.uniform(1500, 7000),
                (p.acct, "account"), " (routing %s)." % R.choice(["044000037", "021000021", "071000013", "122105278"])]
    return [L("claim_note", *(pre + body))]


def g_letter():
    p = person()
    g = R.choice(EMPLOYERS)
    doc = "DOC-%s-%06d" % (CLOCK[0].strftime("%Y%m%d"), R.randint(1, 999999))
    pid = R.randint(4000, 4999)
    n = [0]
    t0 = tick()
    sal = "Ms." if p.sex == "F" else "Mr."
    ent = recent(200, 500)
    appr = ent + timedelta(days=R.randint(150, 200))
    op_from = date(ent.year, ent.month, 1) + timedelta(days=R.randint(150, 170))
    op_from = date(op_from.year, op_from.month, 1)

    def dl(*parts):
        n[0] += 1
        return L("docgen_letter", "%s docgen[%d]: tmpl=LTR_SSDI_OFFSET_v3 doc=%s ln=%02d | " % (ts_spring(t0 + timedelta(milliseconds=n[0] * 7)), pid, doc, n[0]), *parts)
    out = [dl("LifeCo Disability Claims Center · PO Box 14077 · Hartford, CT 06104-4077 · Fax 860-555-0147"),
           dl(df(date(2024, 3, 11), "long")),
           dl(sal + " ", (nm(p, "fl"), "name")),
           dl((p.street + p.unit, "address")),
           dl((p.city, "address"), ", %s " % p.state, (p.zip + ("-" + p.zip4 if R.random() < 0.5 else ""), "zip")),
           dl("RE: Claim No. ", (p.claim, "other_id"), " — Group Policy %s (%s)" % g),
           dl("Dear %s " % sal, (p.last, "name"), ":"),
           dl("We were notified that the Social Security Administration approved your SSDI claim on ", (df(appr, "long"), "date"),
              ", with an entitlement date of ", (df(ent, "long"), "date"), "."),
           dl("Your SSDI benefit of $%s per month is deductible under the policy's Other Income Benefits provision." % "{:,.2f}".format(R.uniform(900, 2900))),
           dl("This creates an overpayment of $%s for the period " % "{:,.2f}".format(R.uniform(4000, 30000)), (df(op_from, "my"), "date"), " through ", (df(date(2024, 2, 1), "my"), "date"), "."),
           dl("Please fax a copy of your SSA Notice of Award to 860-555-0147 or upload it at https://claims.lifeco-example.com/upload."),
           dl("Sincerely, %s, Senior Disability Claim Examiner, 1-800-555-0121 ext. %d" % (R.choice(["Rachel Odom", "Kevin Brennan", "Marisa Valdez"]), R.randint(4000, 4999)))]
    return out


def g_mf_fixed():
    t = tick()
    out = [L("mf_fixed", "HDR PADMEXT1 LIFEPROD %s %s V03.2 LRECL=0103" % (t.strftime("%Y%m%d"), t.strftime("%H%M%S")))]
    n = R.randint(2, 4)
    for _ in range(n):
        p = person(0.6)
        last = fold(p.last).upper()[:20]
        first = fold(p.first).upper()[:15]
        ln = Ln("mf_fixed")
        ln.t("D").p(p.policy, "health_plan").t(R.choice(["IF", "IF", "LA", "PU", "DC"]))
        ln.p(last, "name").t(" " * (20 - len(last))).p(first, "name").t(" " * (15 - len(first))).p(p.mi, "name")
        ln.p(df(p.dob, "hl7"), "date").p(p.ssn, "ssn").t(p.sex).p(p.zip + p.zip4, "zip")
        ln.t("%011d" % (R.choice([100000, 250000, 500000, 1000000]) * 100))
        ln.t("2024%02d%02d" % (R.randint(3, 12), R.choice([1, 15, 28])))
        ln.t(R.choice(PRODUCTS)[:6].ljust(6) + p.state)
        out.append(ln)
    out.append(L("mf_fixed", "TRL %09d %013d" % (R.randint(1000, 9000), R.randint(10 ** 11, 10 ** 12))))
    return out


def g_copybook_dump():
    p = person(0.6)
    b = relative(p, "SPOUSE")
    recno = R.randint(1, 99999)
    last = fold(p.last).upper()[:20]
    first = fold(p.first).upper()[:15]
    bn = fold(nm(b, "lf")).upper()[:30]
    rows = [
        ("PM-POLICY-NO", "X(10)", 1, [(p.policy, "health_plan")]),
        ("PM-STATUS-CD", "X(2)", 11, ["IF"]),
        ("PM-INS-LAST-NAME", "X(20)", 13, [(last, "name")]),
        ("PM-INS-FIRST-NAME", "X(15)", 33, [(first, "name")]),
        ("PM-INS-DOB", "9(8)", 48, [(df(p.dob, "hl7"), "date")]),
        ("PM-INS-SSN", "9(9)", 56, [(p.ssn, "ssn")]),
        ("PM-FACE-AMT", "S9(9)V99", 65, ["%d.00" % R.choice([100000, 250000, 500000])]),
        ("PM-PAID-TO-DT", "9(8)", 71, ["2024%02d01" % R.randint(3, 12)]),
        ("PM-BENE-NAME", "X(30)", 79, [(bn, "name")]),
        ("PM-BENE-REL-CD", "X(2)", 109, [R.choice(["SP", "CH", "ES", "TR"])]),
    ]
    out = [L("cobol_dump", " PADM.POLMAST.EXTRACT ---------------------------------------- RECORD: %07d" % recno)]
    for fld, pic, pos, val in rows:
        out.append(L("cobol_dump", " 5 %-20s %-9s %4d   " % (fld, pic, pos), *val))
    return out


def g_bene():
    p = person()
    olds = [relative(p, "SPOUSE")]
    news = [relative(p, R.choice(["CHILD", "SON", "DAUGHTER"])) for _ in range(R.randint(1, 2))]
    pct = [100] if len(news) == 1 else [50, 50]

    def ent(q, rel, pc, full):
        d = {"name": T(nm(q, "fl"), "name"), "relationship": rel, "sharePct": pc, "designation": "PRIMARY"}
        if full:
            d["dateOfBirth"] = T(df(q.dob, R.choice(["iso", "us"])), "date")
            if R.random() < 0.6:
                d["taxId"] = T(q.ssn[:3] + "-" + q.ssn[3:5] + "-" + q.ssn[5:], "ssn")
            if R.random() < 0.4:
                d["address"] = {"line1": T(q.street, "address"), "city": T(q.city, "address"), "state": q.state, "postalCode": T(q.zip, "zip")}
        return d
    o = {"ts": ts_iso(), "eventType": "BENEFICIARY_CHANGE", "eventId": uid(), "policyNumber": T(p.policy, "health_plan"),
         "requestedBy": {"role": "OWNER", "name": T(nm(p, "fl"), "name"), "channel": R.choice(["CUSTOMER_PORTAL", "PAPER_FORM", "CALL_CENTER"])},
         "before": [ent(q, "SPOUSE", 100, False) for q in olds],
         "after": [ent(q, R.choice(["CHILD", "SON", "DAUGHTER"]), pc, True) for q, pc in zip(news, pct)],
         "irrevocable": False, "workflow": {"status": R.choice(["PENDING_SIGNATURE", "APPROVED", "NIGO_MISSING_WITNESS"]), "approvedBy": "svc-bene-wf"}}
    return [J("bene_audit", "", o, sep=(", ", ": "))]


def g_agent():
    p = person()
    a = R.choice(AGENTS)
    k = pick(3)
    base = "ts=%s level=info svc=agent-portal " % ts_iso()
    if k == 0:
        return [L("agent_portal", base + "evt=case.document.upload agent_id=%s npn=%s case=" % (a[0], a[1]), (p.app, "other_id"),
                  " client_name=\"", (nm(p, "lf"), "name"), "\" doc_type=%s size=%d sha256=%s" % (R.choice(["HIPAA_AUTH", "APP_PART2", "REPLACEMENT_FORM", "ILLUSTRATION"]), R.randint(40000, 900000), hexs(64)))]
    if k == 1:
        return [L("agent_portal", base + "evt=case.status.view agent_id=%s case=" % a[0], (p.app, "other_id"), " client=\"", (nm(p, R.choice(["fl", "FL", "lower"])), "name"),
                  "\" status=%s pending_reqs=%s" % (R.choice(["UW_REVIEW", "APPROVED_TENTATIVE", "PENDING_REQS"]), R.choice(["APS,PARAMED", "MVR", "BLOOD,URINE", "NONE"])))]
    return [L("agent_portal", base + "evt=client.contact.update agent_id=%s case=" % a[0], (p.app, "other_id"), " field=%s old=" % "mobile_phone",
              (ph(p.phone2, "dash"), "phone"), " new=", (ph(p.phone, "dash"), "phone"), " reason=\"client request\"")]


def jpeg_b64(n):
    raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00" + bytes(R.getrandbits(8) for _ in range(n)) + b"\xff\xd9"
    return base64.b64encode(raw).decode()


def g_esign():
    p = person()
    k = pick(3)
    env = uid()
    gt = tick().strftime("%Y-%m-%dT%H:%M:%S.") + "%07dZ" % R.randint(0, 9999999)
    if k == 0:
        a = R.choice(AGENTS)
        o = {"event": "recipient-completed", "apiVersion": "v2.1", "uri": "/restapi/v2.1/accounts/%s/envelopes/%s" % (uid(), env),
             "retryCount": 0, "configurationId": 10384, "generatedDateTime": gt,
             "data": {"accountId": uid(), "envelopeId": env, "recipientId": "1",
                      "envelopeSummary": {"status": "sent", "emailSubject": T("Please DocuSign: Life Application " + p.app, "other_id"),
                                          "recipients": {"signers": [
                                              {"name": T(nm(p, "fl"), "name"), "email": T(p.email, "email"), "clientUserId": T(p.user, "other_id"),
                                               "recipientId": "1", "routingOrder": "1", "status": "completed", "signedDateTime": gt,
                                               "deliveryMethod": "email", "recipientIPAddress": T(p.ip, "ip")},
                                              {"name": a[2], "email": a[2].lower().replace(" ", ".") + "@" + a[3].split()[0].lower() + "fg.com",
                                               "recipientId": "2", "routingOrder": "2", "status": "sent", "recipientIPAddress": None}]}}}}
        # the emailSubject span must cover only the application number
        ln = J("esign_webhook", "", o)
        fixed = []
        for s, e, c, v in ln.spans:
            if c == "other_id" and v.startswith("Please DocuSign"):
                off = len(("Please DocuSign: Life Application ").encode())
                fixed.append((s + off, e, c, p.app))
            else:
                fixed.append((s, e, c, v))
        ln.spans = fixed
        return [ln]
    if k == 1:
        o = {"event": "recipient-id-check-completed", "apiVersion": "v2.1", "generatedDateTime": gt,
             "data": {"envelopeId": env, "recipientId": "1", "idv": {"workflow": "ID_VERIFICATION", "result": R.choice(["pass", "pass", "review"]),
                                                                     "documentType": "DRIVERS_LICENSE", "issuingState": p.state,
                                                                     "documentNumber": T(p.dl, "license"), "nameOnDocument": T(nm(p, "FL"), "name"),
                                                                     "dobOnDocument": T(df(p.dob, "iso"), "date"),
                                                                     "selfie": T("data:image/jpeg;base64," + jpeg_b64(R.randint(90, 160)), "photo"),
                                                                     "livenessScore": round(R.uniform(0.8, 0.99), 3)}}}
        ln = J("esign_webhook", "", o)
        fixed = []
        for s, e, c, v in ln.spans:
            if c == "photo":
                off = len("data:image/jpeg;base64,")
                fixed.append((s + off, e, c, v[off:]))
            else:
                fixed.append((s, e, c, v))
        ln.spans = fixed
        return [ln]
    imei = luhn_fill(R.choice(["35", "86", "99"]), 15)
    o = {"event": "recipient-authenticationfailed", "apiVersion": "v2.1", "generatedDateTime": gt,
         "data": {"envelopeId": env, "recipientId": "1", "authType": "SMS", "phoneNumber": T(ph(p.phone, "e164"), "phone"),
                  "failureReason": "code_expired", "attempt": R.randint(1, 3),
                  "device": {"platform": "Android 14", "model": R.choice(["SM-S918U", "Pixel 8", "moto g play"]), "imei": T(imei, "device"),
                             "ip": T(p.ip, "ip")}}}
    return [J("esign_webhook", "", o)]


def g_call():
    p = person()
    rep = R.choice(["rodom", "mvaldez", "jnakata", "eholt", "sgutierrez"])
    conv = uid()
    out = [L("genesys_cti", "%s genesys-cti INFO ConversationEvent conversationId=%s ani=tel:" % (ts_iso(), conv), (ph(p.phone, "e164"), "phone"),
             " dnis=tel:+18005550199 queue=%s agent=%s state=connected" % (R.choice(["DI_CLAIMS_EN", "DI_CLAIMS_ES", "LIFE_SERVICE", "BENE_CHG"]), rep))]
    k = pick(4, [2, 1, 1, 2])
    if k == 0:
        out.append(L("call_note", '"%s","%s",' % (conv[:8], rep), (p.policy, "health_plan"), ',"', (nm(p, "fl"), "name"),
                     '","INSURED","Verified DOB + L4SSN ', (p.ssn[5:], "ssn"), "; asked status of claim ", (p.claim, "other_id"),
                     '. Advised APS still outstanding from provider, f/u in 10 days."'))
    elif k == 1:
        q = relative(p, "SPOUSE")
        out.append(L("call_note", '"%s","%s",' % (conv[:8], rep), (p.policy, "health_plan"), ',"', (nm(q, "fl"), "name"),
                     '","SPOUSE","Spouse reports insured ', (nm(p, "fl"), "name"), " passed away ", (df(recent(3, 30), "us"), "date"),
                     '. Sent claimant statement + death cert instructions to ', (q.email, "email"), '."'))
    elif k == 2:
        out.append(L("call_note", '"%s","%s",' % (conv[:8], rep), (p.policy, "health_plan"), ',"', (nm(p, "fl"), "name"),
                     '","INSURED","Llamó para actualizar su dirección: ', (p.street + p.unit, "address"), ", ", (p.city, "address"), " ", (p.zip, "zip"),
                     ". Verificado con fecha de nacimiento ", (df(p.dob, "es"), "date"), '."'))
    else:
        vp = base64.b64encode(bytes(R.getrandbits(8) for _ in range(R.randint(36, 60)))).decode()
        out.append(L("voice_bio", "%s voicebio[%d]: enroll result=SUCCESS policy=" % (ts_sys(), R.randint(2200, 2300)), (p.policy, "health_plan"),
                     " netSpeech=%.1fs voiceprint=" % R.uniform(8, 30), (vp, "biometric"), " engine=vb-9.4 channel=PSTN"))
    return out


def g_nginx():
    p = person()
    ua = R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
                   "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0",
                   "Mozilla/5.0 (Linux; Android 14; SM-A546U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36"])
    k = pick(3)
    if k == 0:
        req = ["GET /api/me/claims/", (p.claim, "other_id"), "/status HTTP/2.0"]
    elif k == 1:
        req = ["GET /api/register/check-email?email=", (p.email.replace("@", "%40"), "email"), "&src=signup HTTP/2.0"]
    else:
        req = ["POST /api/me/policies/", (p.policy, "health_plan"), "/beneficiaries HTTP/2.0"]
    user = [(p.user, "other_id")] if k != 1 else ["-"]
    return [L("nginx_access", (p.ip, "ip"), " - ", *user, " %s \"" % ts_clf(), *req, "\" %d %d \"https://myaccount.lifeco-example.com/\" \"%s\" rt=%.3f" % (
        R.choice([200, 200, 201, 304, 409]), R.randint(100, 9000), ua, R.uniform(0.01, 0.9)))]


def g_rules():
    p = person()
    o = {"timestamp": ts_iso(), "level": "info", "logger": "uw.rules.engine", "event": "decision", "application_id": T(p.app, "other_id"),
         "rule_hits": R.sample(["BUILD_TABLE_2", "RX_STATIN", "MIB_310", "A1C_GT_6_5", "MVR_DUI_5Y", "AVIATION_PVT", "GGT_ELEV"], 2),
         "risk_class": R.choice(["PREF_PLUS", "PREF", "STD_PLUS", "STD", "TABLE_4", "DECLINE"]),
         "insured_age": 2024 - p.dob.year - ((3, 11) < (p.dob.month, p.dob.day)), "bmi": round(703.0 * p.wt / p.ht ** 2, 1), "debit_points": R.choice([0, 25, 50, 75, 150]),
         "underwriter": R.choice(UNDERWRITERS)}
    if R.random() < 0.3:
        o["insured_dob"] = T(df(p.dob, "iso"), "date")
    return [J("uw_structlog", "", o)]


def g_wellness():
    p = person()
    oui = R.choice(["C4:7D:CC", "F4:2E:7F", "D0:2E:AB", "E8:9F:6D"])
    mac = oui + ":" + ":".join(hexs(2).upper() for _ in range(3))
    return [L("wellness_sync", "%s wellness-sync[%d]: INFO sync policy=" % (ts_iso(), R.randint(3000, 3400)), (p.policy, "health_plan"),
              " device=%s mac=" % R.choice(["garmin_vivosmart5", "fitbit_charge6", "oura_ring3", "withings_scanwatch"]), (mac, "device"),
              " steps_7d=%d rhr_avg=%d points=%d status=OK" % (R.randint(5000, 90000), R.randint(48, 90), R.randint(0, 600)))]


PHI = [(g_spring, 8), (g_gw, 7), (g_acord, 2), (g_paramed_xml, 3), (g_paramed_pipe, 2), (g_mib, 3), (g_rx, 3), (g_aps, 3),
       (g_fax_ocr, 2), (g_hl7, 2), (g_labcsv, 2), (g_claimnote, 12), (g_letter, 1), (g_mf_fixed, 2), (g_copybook_dump, 1),
       (g_bene, 3), (g_agent, 4), (g_esign, 4), (g_call, 5), (g_nginx, 4), (g_rules, 3), (g_wellness, 2)]


# ================================================================= assemble
def main():
    lines = []
    decks = {True: [], False: []}

    def draw(noise):
        d = decks[noise]
        if not d:
            for fn, w in (NOISE if noise else PHI):
                d.extend([fn] * w)
            R.shuffle(d)
        return d.pop()
    while len(lines) < TOTAL:
        n = len(lines)
        clean = sum(1 for x in lines if not x.spans)
        frac = clean / n if n else NOISE_TARGET
        want_noise = R.random() < min(0.95, max(0.05, NOISE_TARGET + (NOISE_TARGET - frac) * 4))
        blk = draw(want_noise)()
        if len(lines) + len(blk) > TOTAL:
            continue
        lines.extend(blk)
    assert len(lines) == TOTAL

    log_out, lab_out = [], []
    for i, ln in enumerate(lines, 1):
        b = bytes(ln.buf)
        s = b.decode("utf-8")
        assert "\n" not in s and "\r" not in s and s.strip(), (i, s)
        prev = -1
        spans = []
        for st, en, cat, v in sorted(ln.spans):
            assert b[st:en] == v.encode("utf-8"), (i, v, b[st:en])
            assert st >= prev, ("overlap", i)
            prev = en
            spans.append({"s": st, "e": en, "cat": cat})
        log_out.append(s)
        lab_out.append(json.dumps({"line": i, "family": ln.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(log_out))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lab_out) + "\n")


if __name__ == "__main__":
    main()
