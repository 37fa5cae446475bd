#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
gen_av.py -- held-out, labeled PHI test corpus "av".

Theme: health systems outside the United States and cross-border care
(UK NHS / Spine / GP Connect / MESH, Canadian provincial health cards,
Australian Medicare / HI Service / My Health Record, India ABDM / Aadhaar,
Germany TI / eGK, France SESAM-Vitale / INS, Spain, Netherlands, Mexico IMSS,
travel insurance, repatriation, medical tourism, immigration medicals).

Writes, next to this script:
  av.log            500 log records, one per line
  av.labels.jsonl   {"line": N, "family": ..., "spans": [{"s","e","cat"}]}
                    s/e are UTF-8 byte offsets in the line, e exclusive.

Standard library only, fixed seed, byte-for-byte reproducible.

Category mapping used for non-US identifiers (by analogy with Safe Harbor):
  health_plan : NHS number, Scottish CHI number, OHIP / RAMQ NAM / BC PHN,
                Australian Medicare card number and DVA file number, German KVNR,
                French NIR / INS matricule (carte Vitale), mutuelle member no.,
                Spanish NUHSA / CIP / tarjeta sanitaria, EHIC/GHIC card number,
                Dutch verzekerdennummer, IMSS NSS, PM-JAY beneficiary ID,
                US Medicare MBI, travel-insurance policy / member numbers,
                S1 entitlement form references.
  other_id    : passport, Aadhaar, ABHA number / ABHA address, IHI, BSN,
                DNI / NIE, CURP, RFC, INE clave de elector, IRCC UCI,
                eMedical HAP ID.
  ssn         : US SSN, Canadian SIN, UK National Insurance number,
                Spanish NUSS (numero de afiliacion a la Seguridad Social).
  mrn         : hospital-local patient numbers (MRN, hospital no., UR no., UHID,
                NHC, IPP, Patienten-ID, patientnummer, expediente).
  account     : IBAN / CLABE / bank accounts, payment card numbers,
                patient billing account numbers.
  license     : driving licences, DEA numbers.
Deliberately NOT labeled (look-alikes): ODS codes, ASIDs, SDS user / role
profile IDs, HPI-I / HPI-O, Medicare AU provider numbers, IK, LANR, BSNR,
Telematik-ID, ICCSN of institution cards, FINESS, RPPS, AGB, UZOVI, CLUES,
NPI, HPR IDs, HFR facility IDs, clinician names, staff / service accounts,
hospital / vendor addresses and phones, masked identifiers, private IPs,
infrastructure MAC addresses, log timestamps, years alone, ages <= 89.
"""
import base64
import json
import os
import re
import sys
import unicodedata
import uuid
import random
from datetime import date, datetime, timedelta

SEED = 0xA5_2025_03
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_NEG = 225          # 45 % of the lines carry no PHI
REF = date(2025, 3, 4)

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"]


# ----------------------------------------------------------------------------
# line builder with byte-offset span tracking
# ----------------------------------------------------------------------------
class P:
    """A PHI value to be labeled."""
    __slots__ = ("v", "cat", "raw")

    def __init__(self, v, cat, raw=False):
        assert cat in CATS, cat
        self.v = str(v)
        self.cat = cat
        self.raw = raw          # JSON: emit unquoted (numbers)


class J:
    """Composite string (plain text + P parts)."""

    def __init__(self, *parts):
        self.parts = parts


class Line:
    def __init__(self, family, phi):
        self.family = family
        self.phi = phi
        self.buf = []
        self.n = 0
        self.spans = []
        self.json_chunks = []

    def t(self, *ss):
        for s in ss:
            s = str(s)
            self.buf.append(s)
            self.n += len(s.encode("utf-8"))
        return self

    def p(self, v, cat):
        v = str(v)
        s = self.n
        self.t(v)
        self.spans.append((s, self.n, cat, v))
        return self

    def add(self, x):
        if x is None:
            return self
        if isinstance(x, P):
            return self.p(x.v, x.cat)
        if isinstance(x, J):
            for q in x.parts:
                self.add(q)
            return self
        if isinstance(x, (list, tuple)):
            for q in x:
                self.add(q)
            return self
        return self.t(x)

    def tpl(self, template, **kw):
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", template):
            self.t(template[pos:m.start()])
            self.add(kw[m.group(1)])
            pos = m.end()
        self.t(template[pos:])
        return self

    # --- JSON -------------------------------------------------------------
    def js(self, obj, sep=(",", ":")):
        start = len(self.buf)
        self._js(obj, sep)
        self.json_chunks.append("".join(self.buf[start:]))
        return self

    def _js(self, o, sep):
        if isinstance(o, P):
            if o.raw:
                self.p(o.v, o.cat)
            else:
                assert json.dumps(o.v, ensure_ascii=False) == '"' + o.v + '"', o.v
                self.t('"')
                self.p(o.v, o.cat)
                self.t('"')
        elif isinstance(o, J):
            self.t('"')
            for q in o.parts:
                if isinstance(q, P):
                    assert json.dumps(q.v, ensure_ascii=False) == '"' + q.v + '"', q.v
                    self.p(q.v, q.cat)
                else:
                    self.t(json.dumps(q, ensure_ascii=False)[1:-1])
            self.t('"')
        elif isinstance(o, dict):
            self.t("{")
            first = True
            for k, v in o.items():
                if v is None:
                    continue
                if not first:
                    self.t(sep[0])
                first = False
                self.t(json.dumps(k, ensure_ascii=False), sep[1])
                self._js(v, sep)
            self.t("}")
        elif isinstance(o, list):
            self.t("[")
            for i, v in enumerate(o):
                if i:
                    self.t(sep[0])
                self._js(v, sep)
            self.t("]")
        else:
            self.t(json.dumps(o, ensure_ascii=False))

    # --- logfmt -----------------------------------------------------------
    def lf(self, pairs):
        first = True
        for k, v in pairs:
            if v is None:
                continue
            if not first:
                self.t(" ")
            first = False
            raw = plain(v)
            q = (" " in raw) or raw == "" or '"' in raw
            self.t(k, "=")
            if q:
                self.t('"')
            self.add(v if not isinstance(v, (int, float)) else str(v))
            if q:
                self.t('"')
        return self

    def text(self):
        return "".join(self.buf)


def plain(v):
    if isinstance(v, P):
        return v.v
    if isinstance(v, J):
        return "".join(plain(q) for q in v.parts)
    if isinstance(v, (list, tuple)):
        return "".join(plain(q) for q in v)
    return str(v)


def X(tag, val, attrs=""):
    """XML element as a list of parts."""
    a = (" " + attrs) if attrs else ""
    return ["<%s%s>" % (tag, a), val, "</%s>" % tag.split()[0]]


# ----------------------------------------------------------------------------
# small random helpers
# ----------------------------------------------------------------------------
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
HEX = "0123456789abcdef"


def ch(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def dig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def ndig(n):
    return str(R.randint(1, 9)) + dig(n - 1)


def hexs(n):
    return "".join(R.choice(HEX) for _ in range(n))


def letters(n, pool=UP):
    return "".join(R.choice(pool) for _ in range(n))


def uuid4():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def b64(nbytes, prefix=b"", urlsafe=False):
    raw = prefix + bytes(R.getrandbits(8) for _ in range(nbytes))
    if urlsafe:
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")
    return base64.b64encode(raw).decode()


def jwt():
    hdr = {"alg": "RS512", "typ": "JWT", "kid": ch(["int-1", "prod-2", "test-1"])}
    pl = {"iss": "a1b2c3-svc-" + hexs(6), "sub": "a1b2c3-svc-" + hexs(6),
          "aud": "https://api.service.nhs.uk/oauth2/token", "jti": uuid4(),
          "exp": 1741080000 + R.randint(0, 900000)}
    e = lambda d: base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")
    return e(hdr) + "." + e(pl) + "." + b64(64, urlsafe=True)


def sha256():
    return hexs(64)


def ver():
    return "%d.%d.%d" % (R.randint(1, 12), R.randint(0, 30), R.randint(0, 40))


def build_no():
    return "%s.%d" % ((REF - timedelta(days=R.randint(0, 60))).strftime("%Y%m%d"), R.randint(1, 30))


def private_ip():
    k = R.randrange(4)
    if k == 0:
        return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if k == 1:
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))
    if k == 2:
        return "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254))
    return "100.%d.%d.%d" % (R.randint(64, 127), R.randint(0, 255), R.randint(1, 254))


PUB_FIRST = {"GB": [81, 86, 90, 92, 109, 151, 176, 212], "CA": [24, 99, 142, 174, 184, 206],
             "AU": [49, 101, 110, 120, 124, 203], "IN": [49, 103, 106, 117, 122, 157, 182],
             "DE": [77, 84, 87, 91, 93], "FR": [78, 82, 86, 88, 90], "ES": [79, 83, 88, 95, 213],
             "NL": [77, 80, 83, 145, 217], "MX": [187, 189, 200, 201], "US": [24, 47, 68, 73, 98, 108],
             "PH": [112, 124, 175], "NG": [102, 105, 197], "AE": [5, 86, 94]}


def public_ip(cc=None):
    if chance(0.15):
        return "2a0%d:%s:%s:%s:%s:%s:%s:%s" % (R.randint(0, 9), hexs(4), hexs(4), hexs(3 + R.randrange(2)),
                                              hexs(4), hexs(4), hexs(4), hexs(4))
    f = ch(PUB_FIRST.get(cc or ch(list(PUB_FIRST)), [81]))
    return "%d.%d.%d.%d" % (f, R.randint(1, 254), R.randint(0, 255), R.randint(1, 254))


# ----------------------------------------------------------------------------
# timestamps (log time -- never labeled)
# ----------------------------------------------------------------------------
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON_EN_L = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"]
MON_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]
MON_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]
MON_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
          "octubre", "noviembre", "diciembre"]
MON_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]

BASE_DT = datetime(2025, 3, 3, 0, 0, 0)


def rand_dt():
    return BASE_DT + timedelta(seconds=R.randint(0, 13 * 86400), microseconds=R.randint(0, 999999))


def ms(dt):
    return "%03d" % (dt.microsecond // 1000)


def ts_iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + ms(dt) + "Z"


def ts_iso_off(dt, off):
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + off


def ts_log4j(dt, sep=","):
    return dt.strftime("%Y-%m-%d %H:%M:%S") + sep + ms(dt)


def ts_syslog(dt):
    return "%s %2d %s" % (MON_EN[dt.month - 1], dt.day, dt.strftime("%H:%M:%S"))


def ts_clf(dt):
    return "%02d/%s/%d:%s +0000" % (dt.day, MON_EN[dt.month - 1], dt.year, dt.strftime("%H:%M:%S"))


def ts_de(dt):
    return dt.strftime("%d.%m.%Y %H:%M:%S") + "," + ms(dt)


def ts_fr(dt):
    return dt.strftime("%d/%m/%Y %H:%M:%S")


def ts_hl7(dt):
    return dt.strftime("%Y%m%d%H%M%S")


# ----------------------------------------------------------------------------
# person-related dates (labeled)
# ----------------------------------------------------------------------------
def fd(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "dmy/":
        return d.strftime("%d/%m/%Y")
    if style == "dmy.":
        return d.strftime("%d.%m.%Y")
    if style == "dmy-":
        return d.strftime("%d-%m-%Y")
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "mdy/":
        return d.strftime("%m/%d/%Y")
    if style == "en":
        return "%d %s %d" % (d.day, MON_EN[d.month - 1], d.year)
    if style == "enL":
        return "%d %s %d" % (d.day, MON_EN_L[d.month - 1], d.year)
    if style == "DDMONYYYY":
        return "%02d%s%d" % (d.day, MON_EN[d.month - 1].upper(), d.year)
    if style == "DD-MON-YYYY":
        return "%02d-%s-%d" % (d.day, MON_EN[d.month - 1], d.year)
    if style == "fr":
        return "%d %s %d" % (d.day, MON_FR[d.month - 1], d.year)
    if style == "de":
        return "%d. %s %d" % (d.day, MON_DE[d.month - 1], d.year)
    if style == "es":
        return "%d de %s de %d" % (d.day, MON_ES[d.month - 1], d.year)
    if style == "nl":
        return "%d %s %d" % (d.day, MON_NL[d.month - 1], d.year)
    raise ValueError(style)


def near_date(back=60, fwd=0):
    return REF + timedelta(days=R.randint(-back, fwd))


def future_date(lo=1, hi=60):
    return REF + timedelta(days=R.randint(lo, hi))


def age_of(dob):
    return REF.year - dob.year - ((REF.month, REF.day) < (dob.month, dob.day))


# ----------------------------------------------------------------------------
# names
# ----------------------------------------------------------------------------
FN = {
    "en": {"F": ["Amelia", "Isla", "Emily", "Sophie", "Chloe", "Grace", "Olivia", "Charlotte", "Ruby",
                 "Hannah", "Margaret", "Eileen", "Doreen", "Joan", "Beatrice", "Siobhan"],
           "M": ["Oliver", "George", "Harry", "Jack", "Thomas", "William", "James", "Arthur", "Stanley",
                 "Kenneth", "Derek", "Graham", "Callum", "Rhys"]},
    "fr": {"F": ["Julie", "Camille", "Chloé", "Léa", "Amélie", "Gaëlle", "Hélène", "Noémie", "Geneviève",
                 "Françoise", "Mélanie"],
           "M": ["Mathieu", "Étienne", "Benoît", "François", "Jérôme", "Sébastien", "Loïc", "Gérard",
                 "Jean-Philippe"]},
    "de": {"F": ["Anna", "Sabine", "Katrin", "Lena", "Ute", "Heike", "Jutta", "Ingrid", "Gisela"],
           "M": ["Lukas", "Jürgen", "Jörg", "Moritz", "Günter", "Maximilian", "Jonas", "Björn", "Klaus"]},
    "es": {"F": ["María", "Lucía", "Carmen", "Sofía", "Inés", "Guadalupe", "Ximena", "Mónica", "Rosario",
                 "Pilar", "María José"],
           "M": ["José", "Javier", "Alejandro", "Tomás", "Raúl", "Juan Carlos", "Andrés", "Jesús", "Ángel",
                 "Diego"]},
    "in": {"F": ["Priya", "Ananya", "Lakshmi", "Deepika", "Kavya", "Meera", "Sunita", "Farzana", "Gurpreet"],
           "M": ["Arjun", "Rahul", "Vikram", "Suresh", "Aditya", "Sanjay", "Farhan", "Rajesh", "Venkatesh"]},
    "nl": {"F": ["Sanne", "Femke", "Lotte", "Anouk", "Marieke", "Inge", "Annelies"],
           "M": ["Daan", "Bram", "Joost", "Thijs", "Pieter", "Ruud", "Henk"]},
    "zh": {"F": ["Li Na", "Mei", "Xiu Ying", "Yan", "Fang"],
           "M": ["Wei", "Jun", "Hao", "Chen", "Jian"]},
    "vi": {"F": ["Thảo", "Huong", "Lan", "Linh"], "M": ["Minh", "Duc", "Quang", "Tuan"]},
    "ar": {"F": ["Fatima", "Layla", "Amira", "Nour", "Mariam"],
           "M": ["Omar", "Youssef", "Ahmed", "Karim", "Hassan"]},
    "ng": {"F": ["Ngozi", "Adaeze", "Funmilayo", "Chiamaka", "Folake"],
           "M": ["Chinedu", "Oluwaseun", "Emeka", "Tunde", "Ifeanyi"]},
    "pl": {"F": ["Agnieszka", "Katarzyna", "Małgorzata", "Zofia"],
           "M": ["Łukasz", "Piotr", "Tomasz", "Krzysztof"]},
    "au": {"F": ["Kirra", "Brooke", "Tahlia", "Jessica", "Shannon"],
           "M": ["Jarrah", "Mitchell", "Lachlan", "Cooper", "Bradley"]},
    "fil": {"F": ["Maricel", "Analyn", "Rowena", "Jocelyn"], "M": ["Rodel", "Jhun", "Ramil", "Arnel"]},
    "tr": {"F": ["Elif", "Zeynep", "Ayşe", "Fatma"], "M": ["Emre", "Mehmet", "Mustafa", "Burak"]},
    "nord": {"F": ["Ingrid", "Astrid", "Sigrid"], "M": ["Lars", "Ólafur", "Erik"]},
}
LN = {
    "en": ["Smith", "Thompson", "Whitaker", "Hughes", "Clarke", "Morgan", "Bennett", "O'Brien", "MacLeod",
           "Fraser", "Evans", "Walsh", "Griffiths", "Ashworth", "Pemberton", "Harrison"],
    "fr": ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Dubois", "Lefèvre", "Moreau", "Girard",
           "Bélanger", "Lévesque", "Fournier", "Mercier"],
    "de": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer", "Krüger",
           "Wagner", "Zimmermann", "Köhler"],
    "es": ["García", "López", "Martínez", "Rodríguez", "Hernández", "Herrera", "Gómez", "Ramírez", "Sánchez",
           "Fernández", "Jiménez", "Ruiz", "Castillo", "Núñez"],
    "in": ["Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Singh", "Kaur", "Chatterjee", "Menon", "Rao",
           "Khan", "Das", "Pillai"],
    "nl": ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Jong", "Mulder",
           "van Dijk", "Bos"],
    "zh": ["Wang", "Li", "Zhang", "Liu", "Chen", "Huang", "Zhao", "Wu", "Lin"],
    "vi": ["Nguyễn", "Tran", "Le", "Pham", "Hoang", "Vu"],
    "ar": ["Haddad", "Khalil", "Mansour", "Saleh", "Nasser", "Al-Sayed", "Hamdan"],
    "ng": ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu", "Adebayo"],
    "pl": ["Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski"],
    "au": ["Wilson", "Taylor", "Anderson", "Campbell", "Kelly", "Murphy", "Ryan", "Nguyen"],
    "fil": ["Santos", "Reyes", "Cruz", "Bautista", "Dela Cruz", "Villanueva", "Mendoza"],
    "tr": ["Yılmaz", "Kaya", "Demir", "Çelik", "Şahin", "Öztürk"],
    "nord": ["Sørensen", "Johansson", "Lindqvist", "Hansen"],
}
ALL_ORIG = sorted(FN)
DEVA = {"Priya": "प्रिया", "Sharma": "शर्मा", "Rahul": "राहुल", "Gupta": "गुप्ता", "Arjun": "अर्जुन",
        "Singh": "सिंह", "Ananya": "अनन्या", "Lakshmi": "लक्ष्मी", "Patel": "पटेल", "Rao": "राव",
        "Kavya": "काव्या", "Vikram": "विक्रम", "Sunita": "सुनीता", "Suresh": "सुरेश", "Meera": "मीरा",
        "Reddy": "रेड्डी", "Nair": "नायर", "Aditya": "आदित्य", "Sanjay": "संजय", "Rajesh": "राजेश",
        "Deepika": "दीपिका", "Iyer": "अय्यर", "Menon": "मेनन", "Das": "दास", "Kaur": "कौर"}

TRANS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "đ": "d", "Đ": "D",
                       "ı": "i", "İ": "I"})


def fold(s):
    s = s.translate(TRANS)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def alpha_up(s):
    return re.sub("[^A-Z]", "", fold(s).upper())


class Person:
    def __init__(self, origins, age=None, sex=None):
        o = ch(origins) if chance(0.78) else ch(ALL_ORIG)
        self.sex = sex or ch("FM")
        self.first = ch(FN[o][self.sex])
        o2 = o if chance(0.85) else ch(ALL_ORIG)
        self.last = ch(LN[o2])
        self.origin = o
        if age is None:
            age = ch([R.randint(18, 89), R.randint(30, 89), R.randint(1, 17), R.randint(60, 89),
                      R.randint(40, 80)])
        self.dob = REF - timedelta(days=int(age * 365.25) + R.randint(1, 360))
        self.age = age_of(self.dob)
        self.title = ch(["Mrs", "Ms", "Miss"]) if self.sex == "F" else "Mr"

    def full(self):
        return "%s %s" % (self.first, self.last)

    def style(self, st=None):
        st = st or ch(["full", "full", "rev", "REV", "UPPER", "revnc"])
        if st == "full":
            return self.full()
        if st == "rev":
            return "%s, %s" % (self.last, self.first)
        if st == "revnc":
            return "%s %s" % (self.last, self.first)
        if st == "REV":
            return "%s, %s" % (self.last.upper(), self.first)
        if st == "UPPER":
            return self.full().upper()
        if st == "hl7":
            return "%s^%s" % (self.last.upper(), self.first.upper())
        if st == "slash":
            return "%s/%s" % (alpha_up(self.last), alpha_up(self.first))
        raise ValueError(st)


def adult(origins, sex=None):
    return Person(origins, age=R.randint(18, 89), sex=sex)


def old_person(origins, sex=None):
    return Person(origins, age=R.randint(90, 104), sex=sex)


def maybe_old(origins, p_old=0.35):
    return old_person(origins) if chance(p_old) else Person(origins)


def age_part(p, fmt="%s"):
    """Return the age as P if > 89 else plain text."""
    a = fmt % p.age
    return P(a, "age") if p.age > 89 else a


CLIN = {"GB": ["Dr Anjali Mehta", "Dr Owen Pritchard", "Dr Sarah Lindqvist", "Dr Kwame Mensah", "Dr Fiona Baird"],
        "CA": ["Dr. Marc-André Pelletier", "Dr. Susan Cho", "Dr. Harpreet Gill", "Dr. Louise Fortin"],
        "AU": ["Dr Michael Tan", "Dr Olivia Brennan", "Dr Rashid Karimi", "Dr Emma Whitlam"],
        "IN": ["Dr. R. Krishnamurthy", "Dr. Neha Kulkarni", "Dr. Imran Qureshi", "Dr. S. Balasubramanian"],
        "DE": ["Dr. med. Andreas Vogel", "Dr. Claudia Neumann", "Prof. Dr. Stefan Brandt"],
        "FR": ["Dr Philippe Garnier", "Dr Nadia Benali", "Pr Isabelle Rousseau"],
        "ES": ["Dra. Elena Ortega", "Dr. Pablo Vidal", "Dra. Nuria Puig"],
        "NL": ["dr. M. van Leeuwen", "dr. A. Bakker-Hendriks", "drs. P. Schouten"],
        "MX": ["Dr. Arturo Villaseñor", "Dra. Patricia Olvera", "Dr. Hugo Cárdenas"],
        "US": ["Dr. Mark Ellison", "Dr. Rebecca Stein", "Dr. Carlos Medina"],
        "TH": ["Dr. Somchai Prasert", "Dr. Wanida Chaiyaporn"],
        "PH": ["Dr. Ramon Cruz", "Dr. Liza Manalo"]}

# origin mixes per country
O_UK = ["en", "en", "en", "in", "ng", "pl", "ar", "zh"]
O_CA = ["en", "en", "fr", "zh", "in", "fil", "vi"]
O_QC = ["fr", "fr", "fr", "ar", "vi"]
O_AU = ["au", "au", "en", "vi", "zh", "in", "ar"]
O_IN = ["in"]
O_DE = ["de", "de", "de", "tr", "pl", "ar"]
O_FR = ["fr", "fr", "fr", "ar", "vi"]
O_ES = ["es", "es", "es", "en", "nord", "de"]
O_NL = ["nl", "nl", "nl", "tr", "ar"]
O_MX = ["es"]
O_US = ["en", "es", "zh", "in"]
O_ANY = ALL_ORIG


# ----------------------------------------------------------------------------
# identifier generators (checksums where the real scheme has one)
# ----------------------------------------------------------------------------
def luhn_digit(payload):
    tot = 0
    for i, c in enumerate(reversed(payload)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def mod11_nhs(d9):
    c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d9)) % 11
    if c == 11:
        c = 0
    return None if c == 10 else str(c)


def nhs_number():
    while True:
        b = str(R.randint(4, 7)) + dig(8)
        c = mod11_nhs(b)
        if c is not None:
            return b + c


def nhs_fmt(n):
    return ch([n, n, "%s %s %s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:])])


def chi_number(p):
    while True:
        b = p.dob.strftime("%d%m%y") + dig(2) + (ch("02468") if p.sex == "F" else ch("13579"))
        c = mod11_nhs(b)
        if c is not None:
            return b + c


def ohip():
    b = ndig(9)
    return b + luhn_digit(b)


def ohip_fmt(n):
    return ch([n, "%s-%s-%s" % (n[:4], n[4:7], n[7:]), "%s %s %s" % (n[:4], n[4:7], n[7:])])


def bc_phn():
    w = [2, 4, 8, 5, 10, 9, 7, 3]
    while True:
        d = "9" + dig(8)
        c = 11 - sum(int(d[i + 1]) * w[i] for i in range(8)) % 11
        if c < 10:
            return d + str(c)


def ramq_nam(p):
    l3 = (alpha_up(p.last) + "XXX")[:3]
    f1 = alpha_up(p.first)[0]
    mm = p.dob.month + (50 if p.sex == "F" else 0)
    return "%s%s%02d%02d%02d%s" % (l3, f1, p.dob.year % 100, mm, p.dob.day, dig(2))


def sin_ca():
    b = str(R.randint(1, 7)) + dig(7)
    n = b + luhn_digit(b)
    return ch(["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]), n])


def ssn_us():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def nino():
    bad = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
    while True:
        pre = ch("ABCEGHJKLMNOPRSTWXYZ") + ch("ABCEGHJKLMNPRSTWXYZ")
        if pre not in bad:
            break
    d = dig(6)
    s = ch("ABCD")
    return ch(["%s%s%s" % (pre, d, s), "%s %s %s %s %s" % (pre, d[:2], d[2:4], d[4:], s)])


def medicare_au():
    d = [R.randint(2, 6)] + [R.randint(0, 9) for _ in range(7)]
    c = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    s = "".join(map(str, d)) + str(c) + str(R.randint(1, 9))
    return ch([s, "%s %s %s" % (s[:4], s[4:9], s[9])])


def hi_number(kind):
    b = {"ihi": "800360", "hpii": "800361", "hpio": "800362"}[kind] + dig(9)
    return b + luhn_digit(b)


def dva_file():
    return ch(["N", "V", "Q", "W", "S", "T"]) + ch(["X", "", "SM", "KM"]) + dig(6 - 0) + ch(["", "", "A", "B"])


VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
      [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(num):
    c = 0
    for i, x in enumerate(reversed(num)):
        c = VD[c][VP[(i + 1) % 8][int(x)]]
    return str(VINV[c])


def aadhaar():
    b = str(R.randint(2, 9)) + dig(10)
    return b + verhoeff_digit(b)


def aadhaar_fmt(a):
    return ch([a, "%s %s %s" % (a[:4], a[4:8], a[8:]), "%s-%s-%s" % (a[:4], a[4:8], a[8:])])


def abha_number():
    d = "91" + dig(12)
    return ch(["%s-%s-%s-%s" % (d[:2], d[2:6], d[6:10], d[10:]), d])


def abha_address(p):
    f = fold(p.first).lower().replace(" ", "")
    l = fold(p.last).lower().replace(" ", "")
    return ch(["%s.%s" % (f, l), "%s%s%d" % (f, l[:1], R.randint(10, 99)), "%s_%s" % (l, f)]) + ch(["@abdm", "@sbx"])


def kvnr():
    L = ch(UP)
    n = dig(8)
    s = "%02d" % (ord(L) - 64) + n
    tot = 0
    for i, x in enumerate(s):
        pr = int(x) * (1 if i % 2 == 0 else 2)
        tot += pr // 10 + pr % 10
    return L + n + str(tot % 10)


def nir(p):
    dept = ch(["75", "69", "13", "31", "59", "33", "44", "67", "06", "92", "93", "94", "99"])
    base = "%d%02d%02d%s%03d%03d" % (1 if p.sex == "M" else 2, p.dob.year % 100, p.dob.month, dept,
                                      R.randint(1, 990), R.randint(1, 999))
    key = 97 - int(base) % 97
    return base, "%02d" % key


def nir_fmt(base, key):
    k = R.randrange(3)
    if k == 0:
        return "%s %s %s %s %s %s %s" % (base[0], base[1:3], base[3:5], base[5:7], base[7:10], base[10:13], key)
    if k == 1:
        return base + key
    return base + " " + key


DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni():
    n = R.randint(10000000, 79999999)
    return ch(["%08d%s" % (n, DNI_L[n % 23]), "%08d-%s" % (n, DNI_L[n % 23])])


def nie():
    p = ch("XYZ")
    n = R.randint(0, 9999999)
    v = int(str("XYZ".index(p)) + "%07d" % n)
    return "%s%07d%s" % (p, n, DNI_L[v % 23])


def bsn():
    while True:
        d = ndig(8)
        s = sum(int(x) * (9 - i) for i, x in enumerate(d)) % 11
        if s < 10:
            return d + str(s)


CURP_CH = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp(first, pat, mat, dob, sex, state):
    Pn, Mn, Nn = alpha_up(pat), alpha_up(mat) or "X", alpha_up(first.split()[0])
    vow = next((c for c in Pn[1:] if c in "AEIOU"), "X")
    cons = lambda s: next((c for c in s[1:] if c not in "AEIOU"), "X")
    s = (Pn[0] + vow + Mn[0] + Nn[0] + "%02d%02d%02d" % (dob.year % 100, dob.month, dob.day) +
         ("M" if sex == "F" else "H") + state + cons(Pn) + cons(Mn) + cons(Nn) +
         (ch("0123456789") if dob.year < 2000 else ch("ABCDEFGHIJ")))
    tot = sum(CURP_CH.index(c) * (18 - i) for i, c in enumerate(s))
    return s + str((10 - tot % 10) % 10)


def imss_nss():
    b = dig(10)
    return b + luhn_digit(b)


def rfc_pf(cu):
    return cu[:10] + letters(2, "ABCDEFGHJKLMNPRSTUVWXYZ123456789") + ch("0123456789A")


def ine_clave(pat, mat, first, dob, sex):
    c = lambda s: (alpha_up(s) + "XX")[:2]
    return (c(pat) + c(mat) + c(first) + "%02d%02d%02d" % (dob.year % 100, dob.month, dob.day) +
            "%02d" % R.randint(1, 32) + ("M" if sex == "F" else "H") + dig(3))


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN = A + "0123456789"
    return (str(R.randint(1, 9)) + ch(A) + ch(AN) + str(R.randint(0, 9)) + ch(A) + ch(AN) + str(R.randint(0, 9))
            + ch(A) + ch(A) + str(R.randint(0, 9)) + str(R.randint(0, 9)))


def mbi_fmt(m):
    return ch([m, "%s-%s-%s" % (m[:4], m[4:7], m[7:])])


def uk_dl(p):
    s = (alpha_up(p.last)[:5]).ljust(5, "9")
    y = p.dob.year % 100
    m = p.dob.month + (50 if p.sex == "F" else 0)
    ini = alpha_up(p.first)[:1] + ch("ABCDEHJKLMNPRSTW9")
    return "%s%d%02d%02d%d%s9%s%s" % (s, y // 10, m, p.dob.day, y % 10, ini, ch(UP), ch(UP))


def on_dl(p):
    return "%s%s-%s-%s" % (alpha_up(p.last)[0], dig(4), dig(5), dig(5))


def au_dl():
    return ch([dig(8), dig(9), ndig(8)])


def in_dl():
    return "%s%02d %d%s" % (ch(["KA", "MH", "TN", "DL", "TS", "KL", "GJ", "UP"]), R.randint(1, 60),
                            R.randint(1995, 2022), dig(7))


def de_fs():
    return ch("BJNM") + dig(3) + letters(3) + dig(1) + ch(UP) + dig(2)


def nl_dl():
    return ndig(10)


def mx_dl():
    return ch(["A", "B", "C"]) + dig(8) + ch(["", "J", "N"])


def dea(last):
    d = [R.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return ch("ABFGM") + alpha_up(last)[0] + "".join(map(str, d)) + str(c)


def npi():
    b = "1" + dig(8)
    return b + luhn_digit("80840" + b)


def passport(cc):
    if cc == "GB":
        return ndig(9)
    if cc == "IN":
        return ch("JKLMNPRSTUVWZ") + dig(7)
    if cc == "DE":
        return ch("CFGHJK") + letters(3, "0123456789CFGHJKLMNPRTVWXYZ") + letters(5, "0123456789CFGHJKLMNPRTVWXYZ")
    if cc == "MX":
        return ch("GNP") + dig(8)
    if cc == "CA":
        return letters(2) + dig(6)
    if cc == "AU":
        return ch(["PA", "PB", "N", "E", "RA"]) + dig(7)
    if cc == "US":
        return ch(["5", "6", "A"]) + dig(8)
    if cc == "FR":
        return "%02d%s%05d" % (R.randint(10, 24), letters(2), R.randint(0, 99999))
    if cc == "NG":
        return "A" + dig(8)
    if cc == "PH":
        return "P" + dig(7) + ch(UP)
    if cc == "ES":
        return letters(3) + dig(6)
    if cc == "NL":
        return letters(2, "BCDFGHJKLMNPRSTVWXYZ") + letters(6, "BCDFGHJKLMNPRSTVWXYZ0123456789") + ndig(1)
    return letters(2) + dig(7)


def card_no():
    k = R.randrange(3)
    if k == 0:
        b = "4" + dig(14)
    elif k == 1:
        b = "5" + ch("12345") + dig(13)
    else:
        b = "3" + ch("47") + dig(12)
        n = b + luhn_digit(b)
        return ch([n, "%s %s %s" % (n[:4], n[4:10], n[10:])])
    n = b + luhn_digit(b)
    return ch([n, " ".join(n[i:i + 4] for i in range(0, 16, 4)), "-".join(n[i:i + 4] for i in range(0, 16, 4))])


def iban(cc):
    if cc == "GB":
        bban = ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dig(6) + dig(8)
    elif cc == "DE":
        bban = dig(18)
    elif cc == "FR":
        bban = dig(10) + dig(11) + dig(2)
    elif cc == "ES":
        bban = dig(20)
    elif cc == "NL":
        bban = ch(["INGB", "ABNA", "RABO", "SNSB", "TRIO"]) + dig(10)
    else:
        bban = dig(16)
    rearr = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    s = "%s%02d%s" % (cc, 98 - int(num) % 97, bban)
    return ch([s, " ".join(s[i:i + 4] for i in range(0, len(s), 4))])


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_T = dict({str(i): i for i in range(10)},
             A=1, B=2, C=3, D=4, E=5, F=6, G=7, H=8, J=1, K=2, L=3, M=4, N=5, P=7, R=9, S=2, T=3, U=4, V=5,
             W=6, X=7, Y=8, Z=9)
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    wmi = ch(["1HG", "2T1", "3VW", "WVW", "WBA", "VF1", "JTD", "KMH", "SAL", "ZFA", "VSS", "1FT", "5YJ",
              "2HG", "JN1", "WDD", "YV1", "3N1", "MA3", "TMB"])
    s = wmi + "".join(ch(VIN_CH) for _ in range(5)) + "0" + ch("EFGHJKLMNPRS123456789") + ch(VIN_CH) + dig(6)
    c = sum(VIN_T[x] * VIN_W[i] for i, x in enumerate(s)) % 11
    return s[:8] + ("X" if c == 10 else str(c)) + s[9:]


def plate(cc):
    nv = "BCDFGHJKLMNPRSTVWXYZ"
    if cc == "GB":
        return "%s%02d %s" % (letters(2, "ABCDEFGHKLMNOPRSVWY"), ch([15, 16, 18, 19, 21, 22, 23, 65, 66, 68, 69, 71, 72, 73]),
                              letters(3, "ABCDEFGHJKLMNOPRSTUVWXYZ"))
    if cc == "DE":
        return "%s-%s %d" % (ch(["M", "B", "HH", "K", "F", "S", "L", "DD", "N", "HD"]), letters(R.randint(1, 2)), R.randint(1, 9999))
    if cc == "FR":
        return "%s-%s-%s" % (letters(2, nv), dig(3), letters(2, nv))
    if cc == "ES":
        return "%s %s" % (dig(4), letters(3, nv))
    if cc == "NL":
        return ch(["%s-%s-%s" % (dig(2), letters(3, nv), dig(1)), "%s-%s-%s" % (letters(2, nv), dig(3), letters(1, nv))])
    if cc == "MX":
        return "%s-%s-%s" % (letters(3), dig(3), letters(1))
    if cc == "AU":
        return ch(["%s%s%s" % (letters(2), dig(2), letters(2)), "%s%s" % (dig(3), letters(3)), "1%s%s%s" % (letters(2), dig(1), letters(2))])
    if cc == "CA":
        return "%s %s" % (letters(4), dig(3))
    if cc == "IN":
        return "%s %02d %s %s" % (ch(["KA", "MH", "TN", "DL", "KL"]), R.randint(1, 60), letters(2), dig(4))
    return "%s%s%s" % (dig(1), letters(3), dig(3))


def imei():
    b = ch(["35693803", "35332510", "86891504", "35210011", "01326300", "35407115", "86769204"]) + dig(6)
    return b + luhn_digit(b)


def mac(style=None):
    oui = ch(["00:1B:44", "F4:5E:AB", "A4:C1:38", "00:0D:6F", "7C:EC:79", "D8:80:39", "00:80:25", "E0:E5:CF"])
    b = oui.split(":") + ["%02X" % R.randint(0, 255) for _ in range(3)]
    st = style or ch(["colon", "colonl", "dash", "cisco"])
    if st == "colon":
        return ":".join(b)
    if st == "colonl":
        return ":".join(b).lower()
    if st == "dash":
        return "-".join(b)
    h = "".join(b).lower()
    return "%s.%s.%s" % (h[:4], h[4:8], h[8:])


def gtin14():
    b = "0" + ch(["0643169", "0884838", "0763000", "0886333", "0381780", "4046964"]) + dig(5)
    tot = sum(int(x) * (3 if i % 2 == 0 else 1) for i, x in enumerate(reversed(b)))
    return b + str((10 - tot % 10) % 10)


def dev_serial(kind):
    if kind == "pacemaker":
        return ch(["PJN", "RNB", "BYF", "RNJ", "COA"]) + dig(6) + ch(["S", "H", "G"])
    if kind == "icd":
        return ch(["8", "9"]) + dig(6)
    if kind == "pump":
        return "NG" + dig(7) + "H"
    if kind == "cgm":
        return "8" + letters(5, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")
    if kind == "cpap":
        return "2" + dig(10)
    if kind == "ci":
        return dig(7)
    if kind == "hearing":
        return dig(10)
    return letters(3) + dig(7)


def udi(serial=None):
    exp = REF + timedelta(days=R.randint(200, 1200))
    return "(01)%s(17)%s(10)%s(21)%s" % (gtin14(), exp.strftime("%y%m%d"), letters(1) + dig(5), serial or dev_serial("pacemaker"))


def fmr_b64(n=None):
    hdr = b"FMR\x00 20\x00" + bytes([0, 0, R.randint(1, 3), R.randint(0, 255)])
    return b64(n or R.randint(60, 150), prefix=hdr)


def voiceprint_b64(n=None):
    return b64(n or R.randint(70, 160), prefix=ch([b"VPT1", b"\x00\x01\x02\x07", b"NUVP"]))


def jpeg_b64(n=None):
    hdr = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    return b64(n or R.randint(80, 200), prefix=hdr)


def png_b64(n=None):
    return b64(n or R.randint(80, 200), prefix=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


# ----------------------------------------------------------------------------
# addresses
# ----------------------------------------------------------------------------
class Addr:
    def __init__(self, street, city, zip_, region=None, county=None, extra=None):
        self.street, self.city, self.zip, self.region, self.county, self.extra = street, city, zip_, region, county, extra


UK_CITIES = [("Leeds", "LS", "West Yorkshire"), ("Bradford", "BD", "West Yorkshire"), ("Manchester", "M", "Greater Manchester"),
             ("Sheffield", "S", "South Yorkshire"), ("Bristol", "BS", None), ("Leicester", "LE", "Leicestershire"),
             ("Norwich", "NR", "Norfolk"), ("Cardiff", "CF", None), ("Birmingham", "B", "West Midlands"),
             ("Liverpool", "L", "Merseyside"), ("Newcastle upon Tyne", "NE", "Tyne and Wear"), ("Exeter", "EX", "Devon"),
             ("Canterbury", "CT", "Kent"), ("Preston", "PR", "Lancashire"), ("Glasgow", "G", None), ("Edinburgh", "EH", None)]
UK_STREETS = ["Victoria Road", "Church Lane", "Mill Street", "Park Avenue", "Station Road", "Albert Terrace", "Hawthorn Close",
              "Beech Crescent", "Kingsway", "Elm Grove", "Queen's Drive", "Granby Street", "Ashfield Way", "Brudenell Mount",
              "Cowgate", "Sandringham Gardens"]


def uk_postcode(area):
    return "%s%d %d%s" % (area, R.randint(1, 20), R.randint(1, 9), letters(2, "ABDEFGHJLNPQRSTUWXYZ"))


def addr_uk():
    city, area, county = ch(UK_CITIES)
    n = R.randint(1, 240)
    st = ch(UK_STREETS)
    street = ch(["%d %s" % (n, st), "Flat %d, %d %s" % (R.randint(1, 12), n, st), "%d%s %s" % (n, ch("AB"), st),
                 "%d %s" % (n, st)])
    return Addr(street, city, uk_postcode(area), county=county)


CA_CITIES = [("Toronto", "ON", "M", ["416", "647"]), ("Ottawa", "ON", "K", ["613"]), ("Mississauga", "ON", "L", ["905", "289"]),
             ("Hamilton", "ON", "L", ["905"]), ("London", "ON", "N", ["519"]), ("Sudbury", "ON", "P", ["705"]),
             ("Montréal", "QC", "H", ["514", "438"]), ("Québec", "QC", "G", ["418"]), ("Laval", "QC", "H", ["450"]),
             ("Sherbrooke", "QC", "J", ["819"]), ("Vancouver", "BC", "V", ["604", "778"]), ("Surrey", "BC", "V", ["604"]),
             ("Victoria", "BC", "V", ["250"]), ("Calgary", "AB", "T", ["403", "587"]), ("Edmonton", "AB", "T", ["780"])]
CA_L = "ABCEGHJKLMNPRSTVWXYZ"


def ca_postal(first):
    return "%s%d%s %d%s%d" % (first, R.randint(0, 9), ch(CA_L), R.randint(0, 9), ch(CA_L), R.randint(0, 9))


def addr_ca(prov=None):
    opts = [c for c in CA_CITIES if prov is None or c[1] == prov]
    city, pv, fl, acs = ch(opts)
    n = R.randint(2, 9800)
    if pv == "QC":
        street = ch(["%d, rue %s" % (n, ch(["Saint-Denis", "Sherbrooke Est", "des Érables", "Principale", "Beaubien"])),
                     "%d boul. %s, app. %d" % (n, ch(["René-Lévesque Ouest", "Saint-Laurent", "Laurier"]), R.randint(1, 30)),
                     "%d-%d, avenue %s" % (R.randint(1, 30), n, ch(["du Parc", "Papineau", "Cartier"]))])
    else:
        st = "%s %s" % (ch(["Queen", "King", "Dundas", "Bloor", "Maple", "Birchmount", "Lakeshore", "Main", "Robson",
                             "Granville", "Whyte", "Elgin", "Jasper"]), ch(["St", "Ave", "Rd", "Blvd", "Dr", "Cres"]))
        st += ch(["", "", " W", " E", " NW"])
        street = ch(["%d %s" % (n, st), "Apt %d, %d %s" % (R.randint(101, 2505), n, st), "%d-%d %s" % (R.randint(101, 2505), n, st),
                     "Unit %d, %d %s" % (R.randint(1, 40), n, st)])
    a = Addr(street, city, ca_postal(fl), region=pv)
    a.acs = acs
    return a


AU_SUBURBS = [("Parramatta", "NSW", 2150), ("Bondi Junction", "NSW", 2022), ("Newtown", "NSW", 2042), ("Fitzroy", "VIC", 3065),
              ("Footscray", "VIC", 3011), ("Box Hill", "VIC", 3128), ("Toowong", "QLD", 4066), ("Cairns", "QLD", 4870),
              ("Glenelg", "SA", 5045), ("Fremantle", "WA", 6160), ("Joondalup", "WA", 6027), ("Hobart", "TAS", 7000),
              ("Darwin", "NT", 800), ("Belconnen", "ACT", 2617)]


def addr_au():
    sub, st, pc = ch(AU_SUBURBS)
    name = "%s %s" % (ch(["Banksia", "Wattle", "Jacaranda", "Bottlebrush", "Station", "George", "Pitt", "Hopkins",
                           "Brunswick", "Kurrajong", "Coronation"]), ch(["St", "Street", "Rd", "Ave", "Pde", "Cres", "Ct"]))
    n = R.randint(1, 300)
    street = ch(["%d %s" % (n, name), "Unit %d, %d %s" % (R.randint(1, 20), n, name), "%d/%d %s" % (R.randint(1, 20), n, name)])
    return Addr(street, sub, "%04d" % pc, region=st)


IN_LOC = [("Indiranagar", "Bengaluru", "Bengaluru Urban", "Karnataka", "5600"), ("Koramangala", "Bengaluru", "Bengaluru Urban", "Karnataka", "5600"),
          ("Banjara Hills", "Hyderabad", "Hyderabad", "Telangana", "5000"), ("Andheri West", "Mumbai", "Mumbai Suburban", "Maharashtra", "4000"),
          ("Kothrud", "Pune", "Pune", "Maharashtra", "4110"), ("Salt Lake", "Kolkata", "North 24 Parganas", "West Bengal", "7000"),
          ("Anna Nagar", "Chennai", "Chennai", "Tamil Nadu", "6000"), ("Sector 15", "Noida", "Gautam Buddh Nagar", "Uttar Pradesh", "2013"),
          ("Kakkanad", "Kochi", "Ernakulam", "Kerala", "6820"), ("Navrangpura", "Ahmedabad", "Ahmedabad", "Gujarat", "3800")]


def addr_in():
    loc, city, dist, st, pre = ch(IN_LOC)
    house = ch(["Flat %d, %s" % (R.randint(101, 1204), ch(["Sai Residency", "Prestige Shantiniketan", "Green Glen Layout", "Shanti Kunj"])),
                "H.No. %d-%d-%d" % (R.randint(1, 20), R.randint(1, 9), R.randint(10, 900)),
                "%s-%d" % (ch("ABCD"), R.randint(1, 300)), "No. %d" % R.randint(1, 400)])
    street = ch(["%dth Cross" % R.randint(4, 19), "%s Road" % ch(["MG", "Temple", "Station", "Nehru", "Gandhi"]),
                 "%dth Main" % R.randint(4, 12), "Lane %d" % R.randint(1, 9)])
    a = Addr("%s, %s, %s" % (house, street, loc), city, pre + dig(6 - len(pre)), region=st, county=dist)
    a.house, a.lane, a.loc = house, street, loc
    return a


DE_CITIES = [("Berlin", 10115, 14199), ("München", 80331, 81929), ("Hamburg", 20095, 22769), ("Köln", 50667, 51149),
             ("Frankfurt am Main", 60306, 60599), ("Stuttgart", 70173, 70629), ("Leipzig", 4103, 4357), ("Düsseldorf", 40210, 40629),
             ("Dresden", 1067, 1328), ("Nürnberg", 90402, 90491)]


def addr_de():
    city, lo, hi = ch(DE_CITIES)
    street = "%s %d%s" % (ch(["Hauptstraße", "Bahnhofstr.", "Lindenallee", "Am Mühlbach", "Goethestraße", "Schillerplatz",
                               "Friedrich-Ebert-Str.", "Kastanienweg", "Rosenstraße", "Karl-Marx-Allee"]), R.randint(1, 180), ch(["", "", "a", "b"]))
    return Addr(street, city, "%05d" % R.randint(lo, hi))


FR_CITIES = [("Paris", lambda: "750%02d" % R.randint(1, 20)), ("Lyon", lambda: "6900%d" % R.randint(1, 9)),
             ("Marseille", lambda: "130%02d" % R.randint(1, 16)), ("Toulouse", lambda: ch(["31000", "31200", "31300", "31400", "31500"])),
             ("Lille", lambda: "59000"), ("Bordeaux", lambda: ch(["33000", "33100", "33200", "33300", "33800"])),
             ("Nantes", lambda: ch(["44000", "44100", "44200", "44300"])), ("Strasbourg", lambda: ch(["67000", "67100", "67200"])),
             ("Nice", lambda: ch(["06000", "06100", "06200", "06300"]))]


def addr_fr():
    city, z = ch(FR_CITIES)
    street = "%d%s %s %s" % (R.randint(1, 180), ch(["", "", " bis", " ter"]), ch(["rue", "avenue", "boulevard", "place", "allée"]),
                             ch(["de la République", "Victor Hugo", "Jean Jaurès", "des Lilas", "Voltaire", "du Général de Gaulle",
                                 "Pasteur", "Gambetta"]))
    if chance(0.25):
        street += ", Bât. %s" % ch("ABC")
    return Addr(street, city, z())


ES_CITIES = [("Madrid", lambda: "280%02d" % R.randint(1, 55)), ("Barcelona", lambda: "080%02d" % R.randint(1, 42)),
             ("Valencia", lambda: "460%02d" % R.randint(1, 26)), ("Sevilla", lambda: "410%02d" % R.randint(1, 20)),
             ("Málaga", lambda: "290%02d" % R.randint(1, 18)), ("Marbella", lambda: ch(["29600", "29601", "29602", "29603"])),
             ("Alicante", lambda: "030%02d" % R.randint(1, 16)), ("Bilbao", lambda: "480%02d" % R.randint(1, 15)),
             ("Benidorm", lambda: ch(["03501", "03502", "03503"])), ("Torrevieja", lambda: ch(["03181", "03182", "03185"]))]


def addr_es():
    city, z = ch(ES_CITIES)
    name = ch(["de Alcalá", "Mayor", "del Carmen", "de la Paz", "San Vicente", "Real", "de las Flores"])
    street = ch(["Calle %s %d, %dº %s" % (name, R.randint(1, 200), R.randint(1, 9), ch("ABCD")),
                 "Avda. %s %d" % (ch(["Diagonal", "de América", "del Mediterráneo", "Ricardo Soriano"]), R.randint(1, 600)),
                 "C/ %s %d, bajo" % (name, R.randint(1, 90)),
                 "Urb. %s, %d" % (ch(["Las Lomas", "El Paraíso", "Los Naranjos"]), R.randint(1, 120))])
    return Addr(street, city, z())


NL_CITIES = [("Amsterdam", 1011, 1109), ("Rotterdam", 3011, 3089), ("Utrecht", 3511, 3585), ("Den Haag", 2491, 2597),
             ("Eindhoven", 5611, 5658), ("Groningen", 9711, 9747), ("Haarlem", 2011, 2037), ("Nijmegen", 6511, 6546)]


def addr_nl():
    city, lo, hi = ch(NL_CITIES)
    while True:
        l2 = letters(2, "ABCDEFGHJKLMNPRSTVWXZ")
        if l2 not in ("SA", "SD", "SS"):
            break
    street = "%s %d%s" % (ch(["Keizersgracht", "Dorpsstraat", "Kerkstraat", "Van Woustraat", "Molenweg", "Julianalaan",
                               "Oudegracht", "Stationsweg"]), R.randint(1, 400), ch(["", "", "-II", " hs", "A", "-1"]))
    return Addr(street, city, "%d %s" % (R.randint(lo, hi), l2))


MX_CITIES = [("Guadalajara", "Jal.", "JC", 44100, 44990), ("Zapopan", "Jal.", "JC", 45010, 45200), ("Monterrey", "N.L.", "NL", 64000, 64990),
             ("Puebla", "Pue.", "PL", 72000, 72590), ("Mérida", "Yuc.", "YN", 97000, 97390), ("Tijuana", "B.C.", "BC", 22000, 22710),
             ("Ciudad Juárez", "Chih.", "CH", 32000, 32690), ("Benito Juárez", "CDMX", "DF", 3100, 3940),
             ("Coyoacán", "CDMX", "DF", 4000, 4980), ("Cuauhtémoc", "CDMX", "DF", 6000, 6900)]


def addr_mx():
    city, st, code, lo, hi = ch(MX_CITIES)
    street = ch(["Calle %s %d" % (ch(["Hidalgo", "Morelos", "Juárez", "Allende", "5 de Mayo"]), R.randint(1, 2500)),
                 "Av. %s %d, Int. %d" % (ch(["Insurgentes Sur", "Vallarta", "Revolución", "Constitución"]), R.randint(100, 3000), R.randint(1, 20)),
                 "Privada %s %d" % (ch(["Los Pinos", "Las Rosas", "del Sol"]), R.randint(1, 90))])
    col = ch(["Col. Centro", "Col. Del Valle", "Col. Americana", "Fracc. Las Águilas", "Col. Roma Norte", "Col. Chapultepec"])
    a = Addr(street, city, "%05d" % R.randint(lo, hi), region=st, extra=col)
    a.state_code = code
    return a


US_CITIES = [("Buffalo", "NY", "142", "Erie County", ["716"]), ("Detroit", "MI", "482", "Wayne County", ["313"]),
             ("San Diego", "CA", "921", "San Diego County", ["619", "858"]), ("El Paso", "TX", "799", "El Paso County", ["915"]),
             ("Seattle", "WA", "981", "King County", ["206"]), ("Bellingham", "WA", "982", "Whatcom County", ["360"]),
             ("Burlington", "VT", "054", "Chittenden County", ["802"]), ("Phoenix", "AZ", "850", "Maricopa County", ["602", "480"]),
             ("Fort Myers", "FL", "339", "Lee County", ["239"])]


def addr_us():
    city, st, z3, county, acs = ch(US_CITIES)
    street = "%d %s %s" % (R.randint(10, 9900), ch(["Maple", "Oak", "Elmwood", "Delaware", "Lakeview", "Sunset", "Palm"]),
                           ch(["Ave", "St", "Rd", "Dr", "Blvd"]))
    if chance(0.35):
        street += ch([" Apt %d%s" % (R.randint(1, 20), ch("ABC")), " Unit %d" % R.randint(1, 300)])
    a = Addr(street, city, z3 + dig(2), region=st, county=county)
    a.acs = acs
    return a


# ----------------------------------------------------------------------------
# phones
# ----------------------------------------------------------------------------
def phone(cc, kind="mobile", acs=None):
    if cc == "GB":
        if kind == "mobile":
            n = "7" + ch("1234579") + dig(8)
            return ch(["0%s %s" % (n[:4], n[4:]), "+44 %s %s" % (n[:4], n[4:]), "+44%s" % n, "0%s" % n,
                       "+44 (0)%s %s" % (n[:4], n[4:])])
        a = ch(["113", "114", "116", "117", "121", "151", "161", "191", "20", "29", "1603", "1392", "1227", "1772"])
        if len(a) == 2:
            return "0%s %s %s" % (a, dig(4), dig(4))
        if len(a) == 3:
            return ch(["0%s %s %s" % (a, ndig(3), dig(4)), "+44 %s %s %s" % (a, ndig(3), dig(4))])
        return "0%s %s" % (a, ndig(6))
    if cc in ("CA", "US"):
        a = ch(acs) if acs else ch(["416", "647", "613", "905", "514", "418", "604", "403", "780"] if cc == "CA" else
                                   ["716", "313", "619", "915", "206", "602", "239"])
        e = str(R.randint(2, 9)) + dig(2)
        while e == "555":
            e = str(R.randint(2, 9)) + dig(2)
        n = dig(4)
        return ch(["(%s) %s-%s" % (a, e, n), "%s-%s-%s" % (a, e, n), "+1 %s %s %s" % (a, e, n), "%s.%s.%s" % (a, e, n),
                   "1-%s-%s-%s" % (a, e, n), "+1 (%s) %s-%s" % (a, e, n)])
    if cc == "AU":
        if kind == "mobile":
            n = "4" + dig(8)
            return ch(["0%s %s %s" % (n[:3], n[3:6], n[6:]), "+61 %s %s %s" % (n[:3], n[3:6], n[6:]), "+61%s" % n, "0%s" % n])
        return ch(["(0%d) %s %s" % (R.choice([2, 3, 7, 8]), ndig(4), dig(4)), "+61 %d %s %s" % (R.choice([2, 3, 7, 8]), ndig(4), dig(4))])
    if cc == "IN":
        if kind == "mobile":
            n = ch("6789") + dig(9)
            return ch(["+91 %s %s" % (n[:5], n[5:]), "+91-%s" % n, "0%s" % n, n, "+91%s" % n])
        return ch(["080-%s" % ndig(8), "022-%s" % ndig(8), "044-%s" % ndig(8), "040-%s" % ndig(8), "+91 33 %s" % ndig(8)])
    if cc == "DE":
        if kind == "mobile":
            p = ch(["151", "152", "157", "160", "170", "171", "176", "179"])
            n = ndig(ch([7, 8]))
            return ch(["+49 %s %s" % (p, n), "0%s %s" % (p, n), "0%s/%s" % (p, n), "+49%s%s" % (p, n)])
        a = ch(["30", "89", "40", "221", "69", "711", "341", "211"])
        return ch(["0%s %s" % (a, ndig(7)), "+49 %s %s" % (a, ndig(7)), "0%s/%s-%s" % (a, ndig(4), dig(3))])
    if cc == "FR":
        if kind == "mobile":
            d = ch("67") + dig(8)
        else:
            d = ch("12345") + dig(8)
        pairs = " ".join(d[i:i + 2] for i in range(1, 9, 2))
        return ch(["0%s %s" % (d[0], pairs), "+33 %s %s" % (d[0], pairs), "+33%s" % d, "0%s.%s" % (d[0], pairs.replace(" ", "."))])
    if cc == "ES":
        d = (ch("67") + dig(8)) if kind == "mobile" else (ch(["91", "93", "95", "96"]) + dig(7))
        return ch(["%s %s %s" % (d[:3], d[3:6], d[6:]), "+34 %s %s %s" % (d[:3], d[3:6], d[6:]), "+34%s" % d,
                   "+34 %s %s %s %s" % (d[:3], d[3:5], d[5:7], d[7:])])
    if cc == "NL":
        if kind == "mobile":
            n = dig(8)
            return ch(["06-%s" % n, "06 %s %s" % (n[:4], n[4:]), "+31 6 %s" % n, "+316%s" % n])
        a = ch(["20", "10", "30", "70", "40", "50"])
        return ch(["0%s-%s" % (a, ndig(7)), "0%s %s %s" % (a, ndig(3), dig(4)), "+31 %s %s" % (a, ndig(7))])
    if cc == "MX":
        a = ch(["55", "33", "81", "222", "999", "664", "656"])
        rest = dig(10 - len(a))
        sp = " ".join([rest[:len(rest) - 4], rest[-4:]])
        return ch(["+52 %s %s" % (a, sp), "%s %s" % (a, sp), "(%s) %s" % (a, sp.replace(" ", "-")), "+52 1 %s %s" % (a, sp)])
    if cc == "NG":
        n = ch(["803", "806", "813", "816", "703", "706", "905"]) + dig(7)
        return ch(["+234 %s %s %s" % (n[:3], n[3:6], n[6:]), "0%s %s %s" % (n[:3], n[3:6], n[6:]), "+234%s" % n])
    if cc == "AE":
        return "+971 5%d %s %s" % (R.choice([0, 2, 5, 6]), dig(3), dig(4))
    if cc == "PH":
        return ch(["+63 9%s %s %s" % (dig(2), dig(3), dig(4)), "09%s %s %s" % (dig(2), dig(3), dig(4))])
    if cc == "TH":
        return "+66 %d %s %s" % (R.choice([8, 9, 6]), dig(4) if False else dig(3), dig(4))
    if cc == "TR":
        return "+90 5%s %s %s %s" % (dig(2), dig(3), dig(2), dig(2))
    if cc == "PL":
        return "+48 %s %s %s" % (ch("5678") + dig(2), dig(3), dig(3))
    return "+%d %s %s" % (R.randint(30, 99), dig(3), dig(6))


EMAIL_DOM = {"GB": ["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com"],
             "CA": ["gmail.com", "hotmail.ca", "videotron.ca", "rogers.com", "shaw.ca", "sympatico.ca"],
             "AU": ["gmail.com", "bigpond.com", "outlook.com.au", "optusnet.com.au", "icloud.com"],
             "IN": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.in"],
             "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
             "FR": ["orange.fr", "laposte.net", "free.fr", "gmail.com", "sfr.fr"],
             "ES": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
             "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
             "MX": ["gmail.com", "hotmail.com", "prodigy.net.mx", "outlook.com"],
             "US": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "icloud.com"]}


def email(p, cc="GB"):
    f = fold(p.first).lower().replace(" ", "").replace("-", "")
    l = fold(p.last).lower().replace(" ", "").replace("'", "").replace("-", "")
    local = ch(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s%s%d" % (f, l, R.randint(1, 99)), "%s.%s" % (l, f),
                "%s_%s%d" % (f, l, R.randint(50, 99)), "%s%d" % (f, p.dob.year), "%s.%s%d" % (f[0], l, R.randint(1, 9))])
    return "%s@%s" % (local, ch(EMAIL_DOM.get(cc, EMAIL_DOM["GB"])))


def social_url(p):
    f = fold(p.first).lower().replace(" ", "")
    l = fold(p.last).lower().replace(" ", "").replace("'", "")
    k = R.randrange(7)
    if k == 0:
        return "https://www.facebook.com/%s.%s.%d" % (f, l, R.randint(10, 9999))
    if k == 1:
        return "https://www.instagram.com/%s_%s%d/" % (f, l, R.randint(1, 99))
    if k == 2:
        return "https://www.linkedin.com/in/%s-%s-%s" % (f, l, hexs(6))
    if k == 3:
        return "https://www.gofundme.com/f/%s-bring-%s-%s-home" % (R.choice(["help", "please"]), f, l)
    if k == 4:
        return "https://%s%s.blogspot.com/" % (f, l)
    if k == 5:
        return "https://x.com/%s%s%d" % (f, l[:3], R.randint(1, 999))
    return "https://www.tiktok.com/@%s.%s" % (f, l)


# ----------------------------------------------------------------------------
# shared look-alike generators (never labeled)
# ----------------------------------------------------------------------------
def gp_ods():
    return ch(UP.replace("I", "").replace("O", "")) + dig(5)


def trust_ods():
    return "R" + ch(["X1", "R8", "TH", "JZ", "WE", "0A", "HM", "A7", "YJ", "NZ"])


def asid():
    return ch(["2000000", "9189991", "2000001"]) + dig(5)


def mesh_mailbox():
    return ch(["X26", "YEA", "R1A", "RR8", "B82"]) + ch(["OT", "HC", ""]) + dig(3)


HOSP_GB = [("Leeds General Infirmary", "Great George Street, Leeds LS1 3EX", "0113 243 2799"),
           ("St Catherine's Hospital", "Church Road, Birkenhead CH42 0LQ", "0151 678 5111"),
           ("Norfolk and Norwich University Hospital", "Colney Lane, Norwich NR4 7UY", "01603 286286"),
           ("Royal Devon University Hospital", "Barrack Road, Exeter EX2 5DW", "01392 411611")]


# ============================================================================
# FAMILY: nhs_pds_fhir_json
# ============================================================================
def fam_pds(phi):
    L = Line("nhs_pds_fhir_json", phi)
    dt = rand_dt()
    rec = {"timestamp": ts_iso(dt), "level": "INFO",
           "logger": ch(["uk.nhs.pds.adaptor.PdsFhirClient", "pds-adaptor.client.retrieve", "com.northtrust.integration.pds.PdsService"]),
           "thread": "http-nio-8080-exec-%d" % R.randint(1, 40)}
    if not phi:
        v = R.randrange(6)
        if v == 0:
            rec.update({"message": "PDS search returned no unique match",
                        "searchParams": {"family": "***", "given": "***", "birthdate": "eq****-**-**",
                                         "gender": ch(["female", "male", "unknown"]), "_max-results": R.randint(1, 5)},
                        "resultCount": ch([0, 0, 2, 3]), "status": 200, "xRequestId": uuid4()})
        elif v == 1:
            rec.update({"message": "Access token refreshed", "tokenUrl": "https://api.service.nhs.uk/oauth2/token",
                        "expiresIn": 599, "clientAssertion": jwt()})
        elif v == 2:
            rec.update({"level": "WARN", "message": "PDS returned 429 Too Many Requests; backing off",
                        "retryAfterMs": ch([500, 1000, 2000, 4000]), "attempt": R.randint(1, 4), "xCorrelationId": uuid4(),
                        "endpoint": "https://api.service.nhs.uk/personal-demographics/FHIR/R4/Patient"})
        elif v == 3:
            rec.update({"message": "PDS adaptor started", "version": ver(), "build": build_no(), "asid": asid(),
                        "odsCode": trust_ods(), "port": ch([8080, 8443, 9000]),
                        "spineEndpoint": "https://msg.int.spine2.ncrs.nhs.uk/reliablemessaging/reliablerequest"})
        elif v == 4:
            rec.update({"message": "Smartcard session established",
                        "user": {"sdsUserId": ndig(12), "roleProfileId": "5552" + dig(8), "displayName": ch(CLIN["GB"]),
                                 "roleCode": "S8000:G8000:R8000"},
                        "workstation": "WS-ED-%03d" % R.randint(1, 60), "clientIp": private_ip()})
        else:
            rec.update({"message": "NHS number validation batch complete",
                        "identifierSystem": "https://fhir.nhs.uk/Id/nhs-number", "checkDigit": "modulus-11",
                        "accepted": R.randint(300, 5000), "rejected": R.randint(0, 40),
                        "batchId": "PDS-BULK-%s-%02d" % (dt.strftime("%Y%m%d"), R.randint(1, 9)),
                        "durationMs": R.randint(800, 90000)})
        L.js(rec)
        return L
    p = maybe_old(O_UK, 0.2)
    nhs = nhs_number()
    a = addr_uk()
    v = R.randrange(4)
    if v in (0, 1):
        pat = {"resourceType": "Patient", "id": P(nhs, "health_plan"),
               "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": P(nhs, "health_plan")}],
               "meta": {"versionId": str(R.randint(1, 9)), "security": [{"code": "U", "display": "unrestricted"}]},
               "name": [{"use": "usual", "prefix": [p.title], "given": [P(p.first, "name")], "family": P(p.last, "name")}],
               "gender": "female" if p.sex == "F" else "male",
               "birthDate": P(fd(p.dob, "iso"), "date")}
        if chance(0.15):
            pat["deceasedDateTime"] = P(fd(near_date(20), "iso"), "date")
        if chance(0.7):
            lines = [P(a.street, "address"), P(a.city, "address")]
            if a.county and chance(0.5):
                lines.append(P(a.county, "address"))
            pat["address"] = [{"use": "home", "line": lines, "postalCode": P(a.zip, "zip")}]
        tel = []
        if chance(0.5):
            tel.append({"system": "phone", "use": "mobile", "value": P(phone("GB"), "phone")})
        if chance(0.3):
            tel.append({"system": "email", "use": "home", "value": P(email(p, "GB"), "email")})
        if tel:
            pat["telecom"] = tel
        pat["generalPractitioner"] = [{"type": "Organization", "identifier": {
            "system": "https://fhir.nhs.uk/Id/ods-organization-code", "value": gp_ods()}}]
        rec.update({"message": ch(["PDS retrieve completed", "PDS patch applied (If-Match W/\"%d\")" % R.randint(2, 9)]),
                    "status": 200, "elapsedMs": R.randint(80, 900), "xRequestId": uuid4(), "patient": pat})
    elif v == 2:
        rec.update({"message": "Demographics updated from PDS",
                    ch(["nhs_no", "NHSNo", "nhsNumber", "patient_nhs"]): P(nhs_fmt(nhs), "health_plan"),
                    ch(["pt_name", "patientName", "display_name"]): P(p.style(), "name"),
                    ch(["dob", "DOB", "birth_dt"]): P(fd(p.dob, ch(["dmy/", "iso", "DD-MON-YYYY"])), "date"),
                    ch(["postcode", "post_code", "pcode"]): P(a.zip, "zip"),
                    "gp_ods": gp_ods(),
                    "changes": ch([["address", "telecom"], ["address"], ["name"], ["telecom"]]),
                    "rowId": R.randint(10000, 999999)})
        if chance(0.5):
            rec[ch(["mobile", "tel_mobile", "contactNumber"])] = P(phone("GB"), "phone")
        if chance(0.3):
            rec[ch(["niNumber", "ni_no", "NINO"])] = P(nino(), "ssn")
    else:
        rec.update({"level": "WARN", "message": "NHS number superseded; local record re-pointed",
                    "oldNhsNumber": P(nhs, "health_plan"), "newNhsNumber": P(nhs_number(), "health_plan"),
                    ch(["localPatientId", "hospital_no", "mrn"]): P(ch(["RX1", "M", "K"]) + dig(7), "mrn"),
                    "rowId": R.randint(10000, 999999), "xRequestId": uuid4()})
    L.js(rec)
    return L


# ============================================================================
# FAMILY: gp_connect_logfmt
# ============================================================================
GPC_INT = ["urn:nhs:names:services:gpconnect:fhir:rest:read:metadata-1",
           "urn:nhs:names:services:gpconnect:fhir:operation:gpc.getstructuredrecord-1",
           "urn:nhs:names:services:gpconnect:fhir:rest:search:slot-1",
           "urn:nhs:names:services:gpconnect:fhir:rest:create:appointment-1",
           "urn:nhs:names:services:gpconnect:documents:fhir:rest:search:documentreference-1"]


def fam_gpc(phi):
    L = Line("gp_connect_logfmt", phi)
    dt = rand_dt()
    head = [("ts", ts_iso(dt)), ("level", ch(["info", "info", "warn", "error"])), ("svc", ch(["gpc-consumer", "gpconnect-proxy", "ssp-client"]))]
    tail = [("ssp_traceid", hexs(32)), ("from_asid", asid()), ("to_asid", asid()), ("to_ods", gp_ods())]
    if not phi:
        v = R.randrange(5)
        if v == 0:
            body = [("interaction", GPC_INT[0]), ("http_status", 200), ("fhir_version", "STU3 1.6.0"), ("dur", "%.3fs" % (R.random() * 2))]
        elif v == 1:
            body = [("interaction", GPC_INT[2]), ("start", (REF + timedelta(days=R.randint(1, 14))).strftime("%Y-%m-%d")),
                    ("end", (REF + timedelta(days=R.randint(15, 28))).strftime("%Y-%m-%d")), ("status", "free"),
                    ("slots_returned", R.randint(0, 80)), ("http_status", 200)]
        elif v == 2:
            body = [("msg", "SDS endpoint lookup ok"), ("org", gp_ods()),
                    ("endpoint", "https://provider.thirdparty.nhs.uk/%s/STU3/1/gpconnect/structured/fhir" % gp_ods()),
                    ("party_key", "%s-%s" % (gp_ods(), ndig(6))), ("cache", ch(["hit", "miss"]))]
        elif v == 3:
            body = [("msg", "upstream error"), ("http_status", ch([502, 503, 504])), ("operationOutcome", "SERVICE_UNAVAILABLE"),
                    ("retry_in_ms", ch([250, 500, 1000])), ("user", ch(["svc-gpc-consumer", "svc_spine_proxy"]))]
        else:
            body = [("msg", "practitioner context"), ("sds_user_id", ndig(12)), ("role_profile", "5552" + dig(8)),
                    ("practitioner", ch(CLIN["GB"])), ("job_role", "R8000"), ("org_ods", trust_ods())]
        L.lf(head + body + tail)
        return L
    p = maybe_old(O_UK, 0.2)
    nhs = nhs_number()
    v = R.randrange(4)
    if v == 0:
        body = [("interaction", GPC_INT[1]), (ch(["nhs_number", "patient_nhs", "subject.nhs", "nhs"]), P(nhs, "health_plan")),
                ("includeAllergies", "true"), ("includeMedication", "true"), ("http_status", 200), ("bytes", R.randint(2000, 90000))]
    elif v == 1:
        appt = future_date(1, 40)
        body = [("interaction", GPC_INT[3]), ("patient_nhs", P(nhs, "health_plan")),
                ("patient_name", J(p.title + " ", P(p.full(), "name"))),
                ("slot_start", P(appt.strftime("%Y-%m-%d") + "T%02d:%02d:00+00:00" % (R.randint(8, 17), ch([0, 10, 20, 30, 40, 50])), "date")),
                ("contact_tel", P(phone("GB"), "phone")), ("booking_org", gp_ods()), ("http_status", 201)]
    elif v == 2:
        body = [("msg", "patient not found on provider system"), ("nhs", P(nhs_fmt(nhs), "health_plan")),
                ("dob", P(fd(p.dob, "iso"), "date")), ("http_status", 404), ("operationOutcome", "PATIENT_NOT_FOUND")]
    else:
        body = [("msg", "patient dissent to share recorded; request refused"), ("nhsNo", P(nhs, "health_plan")),
                ("name", P(p.style(ch(["rev", "REV"])), "name")), ("http_status", 403), ("operationOutcome", "NO_PATIENT_CONSENT")]
        body.append(("age", age_part(p)))
    L.lf(head + body + tail)
    return L


# ============================================================================
# FAMILY: nhs_mesh_syslog
# ============================================================================
MESH_WF = ["TOC_FHIR_EC_DISCH", "TOC_FHIR_IP_DISCH", "GPFED_CONFIG_LOAD", "PATH_MEDRPT_V3", "SCREENING_BCSS_RESULTS",
           "CANCER_REG_SUB", "EPS_ETP_PRESCRIPTION"]


def fam_mesh(phi):
    L = Line("nhs_mesh_syslog", phi)
    dt = rand_dt()
    L.t("<%d>%s mesh-client-%02d mesh-agent[%d]: " % (ch([134, 142, 131, 133]), ts_syslog(dt), R.randint(1, 4), R.randint(1000, 32000)))
    msgid = "%s%s_%s" % (dt.strftime("%Y%m%d%H%M%S"), dig(6), hexs(6).upper())
    mb_from, mb_to, wf = mesh_mailbox(), mesh_mailbox(), ch(MESH_WF)
    if not phi:
        v = R.randrange(4)
        if v == 0:
            L.t("INFO msg_id=%s from=%s to=%s workflow=%s size=%d chunks=%d/%d status=ACCEPTED md5=%s" %
                (msgid, mb_from, mb_to, wf, R.randint(900, 900000), 1, R.randint(1, 5), hexs(32)))
        elif v == 1:
            L.t("WARN poll %s: inbox count=%d oldest_age=%ds threshold=3600s endpoint=https://mesh-sync.spineservices.nhs.uk/messageexchange/%s/inbox" %
                (mb_from, R.randint(20, 400), R.randint(3600, 20000), mb_from))
        elif v == 2:
            L.t("INFO certificate reloaded CN=%s.%s.thirdparty.nhs.uk notAfter=%s serial=%s" %
                (mb_from.lower(), trust_ods().lower(), (REF + timedelta(days=R.randint(90, 700))).strftime("%Y-%m-%d"), hexs(16)))
        else:
            L.t("ERROR msg_id=%s to=%s status=UNDELIVERABLE code=14 desc=\"Message not collected by recipient after 5 days\" workflow=%s" %
                (msgid, mb_to, wf))
        return L
    p = maybe_old(O_UK, 0.15)
    nhs = nhs_number()
    v = R.randrange(4)
    if v == 0:
        L.tpl("INFO msg_id={m} to={to} workflow={wf} local_id=DISCH_{n}_{d}.xml size={sz} status=SENT",
              m=msgid, to=mb_to, wf=wf, n=P(nhs, "health_plan"), d=P(fd(p.dob, "hl7"), "date"), sz=str(R.randint(4000, 90000)))
    elif v == 1:
        L.tpl("INFO msg_id={m} from={fr} subject=\"Discharge summary - {nm} - NHS {n}\" workflow={wf}",
              m=msgid, fr=mb_from, nm=P(p.style(ch(["REV", "rev"])), "name"), n=P(nhs_fmt(nhs), "health_plan"), wf=wf)
    elif v == 2:
        mrn = "RX1" + dig(7)
        L.tpl("INFO queued localfile=/data/mesh/out/{mrn}_{sn}_{d}.pdf to={to} workflow=PATH_MEDRPT_V3",
              mrn=P(mrn, "mrn"), sn=P(alpha_up(p.last), "name"), d=P(fd(p.dob, "iso"), "date"), to=mb_to)
    else:
        a = addr_uk()
        L.tpl("INFO BCSS result queued nhs={n} dob={d} postcode={pc} episode=EP{ep} kit=FIT result=normal to={to}",
              n=P(nhs, "health_plan"), d=P(fd(p.dob, "dmy/"), "date"), pc=P(a.zip, "zip"), ep=dig(8), to=mb_to)
    return L


# ============================================================================
# FAMILY: hl7v2_mllp
# ============================================================================
def seg(name, fields):
    out = [name]
    for i in range(1, max(fields) + 1):
        out.append("|")
        v = fields.get(i)
        if v is not None:
            out.append(v)
    return out


def fam_hl7(phi):
    L = Line("hl7v2_mllp", phi)
    dt = rand_dt()
    region = ch(["GB", "CA", "AU"])
    fac = {"GB": ch(["RX1", "RR8", "RTH"]), "CA": ch(["TOH", "SMH", "UHN"]), "AU": ch(["RBH", "PAH", "RMH"])}[region]
    sep = ch(["\\r", "<CR>", "\\x0d"])
    ctrl = "MSG%08d" % R.randint(1, 99999999)
    L.t("%s INFO  [mllp-listener-%d] c.i.hl7.InboundHandler - " % (ts_log4j(dt), ch([2575, 6661, 7001])))
    msh_ts = ts_hl7(dt)
    if not phi:
        v = R.randrange(4)
        if v == 0:
            L.t("SEND ACK to %s:%d payload=MSH|^~\\&|RHAPSODY|%s|EPIC|%s|%s||ACK^A01|ACK%s|P|2.5.1%sMSA|AA|%s" %
                (private_ip(), R.randint(30000, 60000), fac, fac, msh_ts, ctrl[3:], sep, ctrl))
        elif v == 1:
            L.t("MLLP connection from %s:%d closed after %d msgs (idle %ds) thread=%s" %
                (private_ip(), R.randint(30000, 60000), R.randint(1, 9000), R.randint(30, 600), uuid4()[:8]))
        elif v == 2:
            L.t("RECV ORU^R01 ctrl=%s payload=MSH|^~\\&|LAB|%s|EPR|%s|%s||ORU^R01|%s|P|2.4%sOBX|1|NM|718-7^Haemoglobin^LN||%d|g/L|115-165|N|||F" %
                (ctrl, fac, fac, msh_ts, ctrl, sep, R.randint(90, 170)))
        else:
            L.t("WARN validation failed ctrl=%s segment=PID field=PID-7 error=\"DTM component missing\" rule=HL7-V2-DTM-01 schema=ADT_A01 v2.5.1" % ctrl)
        return L
    p = maybe_old({"GB": O_UK, "CA": O_CA, "AU": O_AU}[region], 0.2)
    trig = ch(["A01", "A04", "A08", "A28", "A31"])
    msh = "MSH|^~\\&|%s|%s|RHAPSODY|%s|%s||ADT^%s^ADT_A01|%s|P|2.5.1" % (ch(["EPIC", "CERNER", "MEDITECH", "IPM"]), fac, fac, msh_ts, trig, ctrl)
    name = [P(p.style("hl7") + (("^" + alpha_up(ch(FN[p.origin][p.sex]))) if chance(0.3) else ""), "name"), "^^%s" % p.title.upper()]
    dob = P(fd(p.dob, "hl7"), "date")
    sx = p.sex
    f = {1: "1", 5: name, 7: dob, 8: sx}
    if region == "GB":
        a = addr_uk()
        f[3] = [P(nhs_number(), "health_plan"), "^^^NHS^NH~", P(fac + dig(7), "mrn"), "^^^%s^PI" % fac]
        f[11] = [P(a.street, "address"), "^^", P(a.city, "address"), "^^", P(a.zip, "zip"), "^GBR^H"]
        f[13] = [P(phone("GB"), "phone"), "^PRN^PH"]
        if chance(0.35):
            f[13] = f[13] + ["~", P(email(p, "GB"), "email"), "^NET^Internet"]
        elif chance(0.3):
            f[13] = f[13] + ["~", P(phone("GB", "land"), "fax"), "^PRN^FX"]
        if chance(0.3):
            f[19] = P(nino(), "ssn")
    elif region == "CA":
        a = addr_ca("ON")
        hc = ohip()
        f[3] = [P(dig(7), "mrn"), "^^^%s^MR~" % fac, P(hc, "health_plan"), "^^^ON^JHN^^^^%s" % letters(2)]
        f[11] = [P(a.street, "address"), "^^", P(a.city, "address"), "^ON^", P(a.zip, "zip"), "^CAN^H"]
        f[13] = [P(phone("CA", acs=a.acs), "phone"), "^PRN^PH"]
        if chance(0.4):
            f[13] = f[13] + ["~", P(phone("CA", "fax", acs=a.acs), "fax"), "^PRN^FX"]
        if chance(0.5):
            f[18] = P("V" + dig(9), "account")
        if chance(0.4):
            f[19] = P(sin_ca(), "ssn")
        if p.age >= 16 and chance(0.5):
            f[20] = [P(on_dl(p), "license"), "^ON"]
    else:
        a = addr_au()
        f[3] = [P(hi_number("ihi"), "other_id"), "^^^AUSHIC^NI~", P(medicare_au().replace(" ", ""), "health_plan"), "^^^AUSHIC^MC~",
                P(dig(7), "mrn"), "^^^%s^MR" % fac]
        f[11] = [P(a.street, "address"), "^^", P(a.city, "address"), "^%s^" % a.region, P(a.zip, "zip"), "^AUS^H"]
        f[13] = [P(phone("AU"), "phone"), "^PRN^CP"]
        if chance(0.4):
            f[18] = P(dig(8), "account")
    L.t("RECV ADT^%s ctrl=%s from %s:%d payload=" % (trig, ctrl, private_ip(), R.randint(30000, 60000)))
    L.t(msh, sep)
    L.add(seg("PID", f))
    if chance(0.5):
        rel = Person({"GB": O_UK, "CA": O_CA, "AU": O_AU}[region])
        rel.last = p.last if chance(0.6) else rel.last
        relc = ch([("DAU", "Daughter"), ("SON", "Son"), ("SPO", "Spouse"), ("GRD", "Guardian")])
        L.t(sep)
        L.add(seg("NK1", {1: "1", 2: P(rel.style("hl7"), "name"), 3: "%s^%s^HL70063" % relc,
                          5: [P(phone(region if region != "CA" else "CA"), "phone"), "^PRN^PH"]}))
    if chance(0.6):
        doc = ch(CLIN[region]).replace("Dr. ", "").replace("Dr ", "").split()
        adm = near_date(10)
        L.t(sep)
        pv1 = {1: "1", 2: ch(["I", "E", "O"]), 3: "%s^%d^%d^%s" % (ch(["W4B", "ED", "AMU", "CCU"]), R.randint(1, 30), R.randint(1, 4), fac),
               7: "%s^%s^%s^^^DR" % (ndig(6), doc[-1].upper(), doc[0].upper()),
               44: P(adm.strftime("%Y%m%d") + "%02d%02d" % (R.randint(0, 23), R.randint(0, 59)), "date")}
        L.add(seg("PV1", pv1))
    return L


# ============================================================================
# FAMILY: ohip_hcv_log4j
# ============================================================================
def fam_ohip(phi):
    L = Line("ohip_hcv_log4j", phi)
    dt = rand_dt()
    L.t("%s %s [hcv-pool-%d] c.o.m.hcv.HcvValidationClient - " % (ts_log4j(dt, "."), ch(["INFO ", "INFO ", "WARN ", "DEBUG"]), R.randint(1, 8)))
    if not phi:
        v = R.randrange(5)
        if v == 0:
            L.t("HCV batch complete total=%d valid=%d invalid=%d elapsed=%.1fs MOHID=%s" %
                (R.randint(100, 400), R.randint(80, 99), R.randint(0, 20), R.random() * 30, dig(6)))
        elif v == 1:
            L.t("EBS SOAP fault code=EEV0001 msg=\"Invalid service user MUID\" MUID=%s serviceId=HCVX auditUID=%s" % (dig(7), uuid4()))
        elif v == 2:
            L.t("Loaded fee schedule SOB effective=2024-10-01 codes=%d checksum=%s" % (R.randint(4000, 6000), hexs(40)))
        elif v == 3:
            L.t("Provider context billingNumber=%s groupNumber=%s specialty=%02d physician=\"%s\"" %
                (dig(6), ch(UP) + dig(3), R.randint(0, 99), ch(CLIN["CA"])))
        else:
            L.t("HCV request healthNumber=********** versionCode=** responseCode=%d responseID=%s auditUID=%s" %
                (ch([5, 10, 15, 20, 65]), ch(["NOT_ON_ACTIVE_ROSTER", "INVALID_VERSION_CODE", "RETURNED_MAIL"]), uuid4()))
        return L
    p = maybe_old(O_CA, 0.25)
    hc = ohip()
    v = R.randrange(3)
    if v == 0:
        L.tpl("HCV RESPONSE healthNumber={hn} versionCode={vc} responseCode=50 responseID=IS_VALID firstName={fn} lastName={ln} "
              "dateOfBirth={dob} gender={g} feeServiceCode=A007A feeServiceResponseCode=102 auditUID={au}",
              hn=P(hc, "health_plan"), vc=letters(2), fn=P(p.first.upper(), "name"), ln=P(p.last.upper(), "name"),
              dob=P(fd(p.dob, "hl7"), "date"), g=p.sex, au=uuid4())
    elif v == 1:
        L.tpl("Eligibility mismatch: card holder '{nm}' dob {dob} does not match registration MRN {mrn} (health card {hc})",
              nm=P(p.style("rev"), "name"), dob=P(fd(p.dob, "iso"), "date"), mrn=P(dig(7), "mrn"), hc=P(ohip_fmt(hc), "health_plan"))
    else:
        a = addr_ca("ON")
        L.tpl("RETURNED_MAIL flag for hn={hn}; update address on file: {st}, {city} ON {pc}; tel {ph}",
              hn=P(hc, "health_plan"), st=P(a.street, "address"), city=P(a.city, "address"), pc=P(a.zip, "zip"),
              ph=P(phone("CA", acs=a.acs), "phone"))
        if chance(0.5):
            L.t("; fax ")
            L.p(phone("CA", "fax", acs=a.acs), "fax")
    return L


# ============================================================================
# FAMILY: ramq_admissibilite_fr
# ============================================================================
def fam_ramq(phi):
    L = Line("ramq_admissibilite_fr", phi)
    dt = rand_dt()
    L.t("[%s] %s ramq.admissibilite - " % (ts_log4j(dt), ch(["INFO ", "INFO ", "AVERT", "ERREUR"])))
    if not phi:
        v = R.randrange(4)
        if v == 0:
            L.t("Connexion au service SOAP RAMQ établie (version %s, durée %d ms, certificat expire le %s)" %
                (ver(), R.randint(40, 900), (REF + timedelta(days=R.randint(60, 700))).strftime("%Y-%m-%d")))
        elif v == 1:
            L.t("Lot de facturation transmis : no_lot=%s, %d demandes, montant=%s $, no_professionnel=1-%s-%s (%s)" %
                (dig(6), R.randint(5, 120), "%d,%02d" % (R.randint(100, 9000), R.randint(0, 99)), dig(5), dig(1), ch(CLIN["CA"])))
        elif v == 2:
            L.t("Réponse admissibilité : code_retour=%d, message=\"NAM invalide\", no_transaction=%s" % (ch([2, 3, 8]), dig(12)))
        else:
            L.t("Synchronisation du registre des établissements terminée : %d établissements, code_établissement=%s" %
                (R.randint(1000, 3000), dig(5)))
        return L
    p = maybe_old(O_QC, 0.3)
    nam = ramq_nam(p)
    namf = ch([nam, "%s %s %s" % (nam[:4], nam[4:8], nam[8:])])
    v = R.randrange(3)
    if v == 0:
        L.tpl("Requête d'admissibilité envoyée : NAM={nam}, nom=\"{ln}\", prénom=\"{fn}\", date_naiss={dob}, sexe={s}",
              nam=P(namf, "health_plan"), ln=P(p.last, "name"), fn=P(p.first, "name"), dob=P(fd(p.dob, "iso"), "date"),
              s="F" if p.sex == "F" else "M")
    elif v == 1:
        a = addr_ca("QC")
        L.tpl("Changement d'adresse signalé pour {nm} (NAM {nam}) : {st}, {city} (Québec) {pc}, tél. {ph}",
              nm=P(p.full(), "name"), nam=P(namf, "health_plan"), st=P(a.street, "address"), city=P(a.city, "address"),
              pc=P(a.zip, "zip"), ph=P(phone("CA", acs=a.acs), "phone"))
    else:
        L.tpl("Usager hors Québec : NAM={nam}, âge={age} ans, séjour en Floride depuis le {d}, courriel={em}",
              nam=P(namf, "health_plan"), age=age_part(p), d=P(fd(near_date(120), "fr"), "date"), em=P(email(p, "CA"), "email"))
    return L


# ============================================================================
# FAMILY: ca_crossborder_claims
# ============================================================================
US_FAC = [("Lee Memorial Hospital", "2776 Cleveland Ave, Fort Myers FL 33901", "(239) 343-2000"),
          ("Banner Desert Medical Center", "1400 S Dobson Rd, Mesa AZ 85202", "(480) 412-3000"),
          ("Sisters of Charity Hospital", "2157 Main St, Buffalo NY 14214", "(716) 862-1000"),
          ("PeaceHealth St. Joseph", "2901 Squalicum Pkwy, Bellingham WA 98225", "(360) 734-5400")]


def fam_cacb(phi):
    L = Line("ca_crossborder_claims", phi)
    dt = rand_dt()
    L.t("%s claims-intake[%d]: " % (ts_iso_off(dt, "-05:00"), R.randint(1000, 30000)))
    if not phi:
        v = R.randrange(4)
        if v == 0:
            L.t("OOC batch closed; claims=%d approved=%d pended=%d; fx USD/CAD=1.%04d; batch=OOC-B-%s-%02d" %
                (R.randint(50, 300), R.randint(40, 250), R.randint(0, 40), R.randint(3000, 4200), dt.strftime("%Y%m%d"), R.randint(1, 9)))
        elif v == 1:
            L.t("Reciprocal billing file received from MSP (BC); file=RB_%s_ON.dat; records=%d; sha1=%s" %
                (dt.strftime("%Y%m%d"), R.randint(100, 900), hexs(40)))
        elif v == 2:
            n, ad, ph = ch(US_FAC)
            L.t("US facility registered; name=\"%s\"; address=\"%s\"; tel=%s; NPI=%s; EIN=%s-%s" % (n, ad, ph, npi(), dig(2), dig(7)))
        else:
            L.t("WSIB web service status=200 latency=%dms endpoint=https://api.wsib.on.ca/claims/v%d/form7 version=%s" %
                (R.randint(80, 900), R.randint(1, 3), ver()))
        return L
    v = R.randrange(5)
    if v == 0:
        p = maybe_old(O_CA, 0.3)
        n, ad, ph = ch(US_FAC)
        L.tpl("OOC claim received; plan=OHIP; health_no={hc}; vc={vc}; insured={nm}; dob={dob}; facility=\"{fn}, {fa}\"; dos={dos}; billed_usd={amt}",
              hc=P(ohip_fmt(ohip()), "health_plan"), vc=letters(2), nm=P(p.style("rev"), "name"), dob=P(fd(p.dob, "iso"), "date"),
              fn=n, fa=ad, dos=P(fd(near_date(90), "iso"), "date"), amt="%d.%02d" % (R.randint(300, 60000), R.randint(0, 99)))
    elif v == 1:
        p = adult(O_CA)
        a = addr_ca("ON")
        L.tpl("WSIB Form 7 submitted; worker={nm}; SIN={sin}; DOB={dob}; home_addr={st}, {city}, ON {pc}; tel={ph}; accident_date={ad}; driver_licence={dl}; vehicle_plate={pl}",
              nm=P(p.full(), "name"), sin=P(sin_ca(), "ssn"), dob=P(fd(p.dob, "iso"), "date"), st=P(a.street, "address"),
              city=P(a.city, "address"), pc=P(a.zip, "zip"), ph=P(phone("CA", acs=a.acs), "phone"), ad=P(fd(near_date(30), "iso"), "date"),
              dl=P(on_dl(p), "license"), pl=P(plate("CA"), "vehicle"))
    elif v == 2:
        p = adult(O_US)
        a = addr_us()
        doc = ch(CLIN["US"])
        L.tpl("Rx transfer from US prescriber; prescriber=\"{doc}\"; DEA={dea}; patient={nm}; ship_to={st}, {city}, {state} {zip}; email={em}; card={card}",
              doc=doc, dea=P(dea(doc.split()[-1]), "license"), nm=P(p.style("full"), "name"), st=P(a.street, "address"),
              city=P(a.city, "address"), state=a.region, zip=P(a.zip, "zip"), em=P(email(p, "US"), "email"), card=P(card_no(), "account"))
    elif v == 3:
        p = maybe_old(O_CA, 0.3)
        a = addr_us()
        L.tpl("Snowbird claim forwarded to US Medicare; MBI={mbi}; beneficiary={nm}; SSN on file={ssn}; winter address={st}, {city} {state} {zip}; county={cty}",
              mbi=P(mbi_fmt(mbi()), "health_plan"), nm=P(p.style("UPPER"), "name"), ssn=P(ssn_us(), "ssn"), st=P(a.street, "address"),
              city=P(a.city, "address"), state=a.region, zip=P(a.zip, "zip"), cty=P(a.county, "address"))
    else:
        p = Person(O_CA)
        a = addr_ca("BC")
        L.tpl("Out-of-province billing; PHN={phn}; name={nm}; birth={dob}; guarantor={g}; fax={fx}; home={st}, {city} BC {pc}",
              phn=P(bc_phn(), "health_plan"), nm=P(p.style("UPPER"), "name"), dob=P(fd(p.dob, "dmy/"), "date"),
              g=P(Person(O_CA).full(), "name"), fx=P(phone("CA", "fax", acs=a.acs), "fax"), st=P(a.street, "address"),
              city=P(a.city, "address"), pc=P(a.zip, "zip"))
    return L


# ============================================================================
# FAMILY: au_hi_service_soap
# ============================================================================
def au_hdr():
    return ("<hpio>%s</hpio><productName>%s</productName><productVersion>%s</productVersion><vendorId>%s</vendorId>" %
            (hi_number("hpio"), ch(["Acme PAS", "BlueGum Clinical", "MedAccess Practice"]), ver(), "ACM%05d" % R.randint(1, 999)))


def fam_auhi(phi):
    L = Line("au_hi_service_soap", phi)
    dt = rand_dt()
    L.t("%s [HI-Client] %s " % (ts_iso_off(dt, "+11:00"), ch(["DEBUG", "DEBUG", "INFO"])))
    mid = "urn:uuid:" + uuid4()
    if not phi:
        v = R.randrange(4)
        if v == 0:
            L.t("searchIHI header messageId=%s %s<user><qualifier>http://ns.yourcompany.com.au/id/yoursoftware/userid/1.0</qualifier><id>svc-hi-batch</id></user>" % (mid, au_hdr()))
        elif v == 1:
            L.t("searchIHI response messageId=%s <serviceMessage><code>01439</code><severity>W</severity><reason>No IHI found</reason></serviceMessage> elapsed=%dms" % (mid, R.randint(100, 2000)))
        elif v == 2:
            L.t("NASH certificate loaded hpio=%s notAfter=%s thumbprint=%s keystore=/etc/hi/nash.p12" %
                (hi_number("hpio"), (REF + timedelta(days=R.randint(100, 700))).strftime("%Y-%m-%d"), hexs(40).upper()))
        else:
            L.t("searchHPII ok hpii=%s practitioner=\"%s\" status=A messageId=%s namespace=http://ns.electronichealth.net.au/id/hi/hpii/1.0" %
                (hi_number("hpii"), ch(CLIN["AU"]), mid))
        return L
    p = maybe_old(O_AU, 0.2)
    med = medicare_au().replace(" ", "")
    v = R.randrange(4)
    name_parts = [X("familyName", P(p.last.upper() if chance(0.5) else p.last, "name")), X("givenName", P(p.first, "name"))]
    if v == 0:
        L.t("searchIHI request messageId=%s <ns:searchIHI>" % mid)
        L.add(X("ns:medicareCardNumber", P(med[:10], "health_plan")))
        L.add(X("ns:medicareIRN", str(R.randint(1, 5))))
        L.add(X("ns:dateOfBirth", P(fd(p.dob, "iso"), "date")))
        L.add(X("ns:sex", p.sex))
        L.add(name_parts)
        L.t("</ns:searchIHI>")
    elif v == 1:
        ihi = hi_number("ihi")
        L.t("searchIHI response messageId=%s <ihiNumber>http://ns.electronichealth.net.au/id/hi/ihi/1.0/" % mid)
        L.p(ihi, "other_id")
        L.t("</ihiNumber><ihiRecordStatus>Verified</ihiRecordStatus><ihiStatus>Active</ihiStatus>")
        L.add(name_parts)
        L.add(X("dateOfBirth", P(fd(p.dob, "iso"), "date")))
    elif v == 2:
        a = addr_au()
        L.t("searchIHI (address) request messageId=%s <ns:searchIHI>" % mid)
        L.add(name_parts)
        L.add(X("ns:dateOfBirth", P(fd(p.dob, "iso"), "date")))
        L.t("<ns:australianUnstructuredStreetAddress>")
        L.add(X("ns:addressLineOne", P(a.street, "address")))
        L.add(X("ns:suburb", P(a.city.upper(), "address")))
        L.add(X("ns:state", a.region))
        L.add(X("ns:postcode", P(a.zip, "zip")))
        L.t("</ns:australianUnstructuredStreetAddress></ns:searchIHI>")
    else:
        p = Person(O_AU, age=R.randint(68, 99))
        name_parts = [X("familyName", P(p.last.upper(), "name")), X("givenName", P(p.first, "name"))]
        L.t("searchIHI (DVA) request messageId=%s <ns:searchIHI>" % mid)
        L.add(X("ns:dvaFileNumber", P(dva_file(), "health_plan")))
        L.add(X("ns:dateOfBirth", P(fd(p.dob, "iso"), "date")))
        L.add(name_parts)
        L.t("</ns:searchIHI>")
    return L


# ============================================================================
# FAMILY: au_medicare_mhr
# ============================================================================
def prov_no():
    return dig(6) + ch("0123456789ABCDEFGHJK") + ch("ABFHJKLTWXY")


def fam_aumhr(phi):
    L = Line("au_medicare_mhr", phi)
    dt = rand_dt()
    L.t("[%s] %s %s " % (ts_log4j(dt, "."), ch(["mhr-gateway", "claiming-svc", "pms-bridge"]), ch(["INFO", "INFO", "WARN"])))
    if not phi:
        v = R.randrange(4)
        if v == 0:
            L.t("getView failed: PCEHR_ERROR_5100 access denied (no access code) correlation=%s hpio=%s" % (uuid4(), hi_number("hpio")))
        elif v == 1:
            L.t("Medicare Online batch transmitted: claimId=%s%03d@ vouchers=%d PMS=\"Acme PAS %s\" location_id=LOC%06d minor_id=ABC%05d" %
                (ch(UP), R.randint(0, 999), R.randint(1, 80), ver(), R.randint(1, 999999), R.randint(0, 99999)))
        elif v == 2:
            L.t("MBS schedule updated: items=%d effective=2025-03-01 source=https://www.mbsonline.gov.au/internet/mbsonline/publishing.nsf/Content/downloads sha256=%s" %
                (R.randint(5700, 6000), sha256()))
        else:
            L.t("PRODA token renewed org_ra=%s device=DEV-AcmePAS-%02d expires_in=3600 provider=%s (%s)" %
                (ndig(10), R.randint(1, 20), prov_no(), ch(CLIN["AU"])))
        return L
    p = maybe_old(O_AU, 0.25)
    v = R.randrange(4)
    if v == 0:
        L.tpl("uploadDocument ok: ihi={ihi} docType=\"Discharge Summary\" docId=2.25.{oid} repositoryId=1.2.36.1.2001.1007.10.8003640002000050 patient=\"{nm}\" dob={dob}",
              ihi=P(hi_number("ihi"), "other_id"), oid=ndig(38), nm=P(p.style(ch(["full", "REV"])), "name"), dob=P(fd(p.dob, "dmy/"), "date"))
    elif v == 1:
        L.tpl("bulk bill voucher: medicare_no={m} irn={irn} patient={nm} dos={dos} item={item} provider={prov} benefit=${b}",
              m=P(medicare_au(), "health_plan"), irn=str(R.randint(1, 5)), nm=P(p.style("UPPER"), "name"),
              dos=P(fd(near_date(14), "dmy/"), "date"), item=ch(["23", "36", "721", "10990", "91800"]), prov=prov_no(),
              b="%d.%02d" % (R.randint(20, 120), R.randint(0, 99)))
    elif v == 2:
        a = addr_au()
        L.tpl("DVA claim: file_no={f} card=Gold veteran={nm} age={age} addr=\"{st}, {sub} {state} {pc}\"",
              f=P(dva_file(), "health_plan"), nm=P(p.full(), "name"), age=age_part(p), st=P(a.street, "address"),
              sub=P(a.city, "address"), state=a.region, pc=P(a.zip, "zip"))
    else:
        if p.age < 18:
            p = adult(O_AU)
        L.tpl("Assisted MHR registration: ihi={ihi} name={nm} mobile={mob} email={em} medicare={m} id_doc=DL/{st}/{dl} verified=true",
              ihi=P(hi_number("ihi"), "other_id"), nm=P(p.full(), "name"), mob=P(phone("AU"), "phone"),
              em=P(email(p, "AU"), "email"), m=P(medicare_au(), "health_plan"), st=ch(["NSW", "VIC", "QLD"]), dl=P(au_dl(), "license"))
    return L


# ============================================================================
# FAMILY: abdm_gateway_json
# ============================================================================
def fam_abdm(phi):
    L = Line("abdm_gateway_json", phi)
    dt = rand_dt()
    rec = {"ts": ts_iso_off(dt, "+05:30"), "level": "info", "service": ch(["hip-bridge", "abdm-connector", "hmis-abha"])}
    if not phi:
        v = R.randrange(5)
        if v == 0:
            rec.update({"event": "consent.request.created", "requestId": uuid4(), "hiuId": "HIU-%s" % letters(6),
                        "purpose": {"code": "CAREMGT", "text": "Care Management"}, "hiTypes": ["Prescription", "DiagnosticReport", "OPConsultation"],
                        "status": "REQUESTED"})
        elif v == 1:
            rec.update({"event": "gateway.session", "clientId": "SBX_%06d" % R.randint(1, 999999), "tokenExpiresIn": 1200,
                        "gateway": "https://dev.abdm.gov.in/gateway/v0.5/sessions", "latencyMs": R.randint(50, 900)})
        elif v == 2:
            rec.update({"event": "hfr.facility.synced", "facilityId": "IN%d%08d" % (R.randint(10, 36), R.randint(1, 99999999)),
                        "facilityName": ch(["Sri Venkateshwara Multispeciality Hospital", "Apollo Clinic Indiranagar", "Amrita Institute OPD Block"]),
                        "address": "100 Feet Road, HAL 2nd Stage, Indiranagar, Bengaluru", "pincode": "560038", "ownership": "Private"})
        elif v == 3:
            rec.update({"event": "hpr.verified", "hprId": "71-%s-%s-%s" % (dig(4), dig(4), dig(4)), "doctor": ch(CLIN["IN"]),
                        "hprAddress": "dr.%s@hpr.abdm" % letters(6).lower(), "system": "ALLOPATHY"})
        else:
            rec.update({"event": "data.push", "transactionId": uuid4(), "entries": R.randint(1, 40), "checksum": sha256(),
                        "keyMaterial": {"cryptoAlg": "ECDH", "curve": "Curve25519", "nonce": b64(32)}})
        L.js(rec)
        return L
    p = maybe_old(O_IN, 0.2)
    a = addr_in()
    v = R.randrange(4)
    if v == 0:
        prof = {"abhaNumber": P(abha_number(), "other_id"), "abhaAddress": P(abha_address(p), "other_id"),
                "name": P(p.full(), "name")}
        if p.first in DEVA and p.last in DEVA:
            prof["nameLocal"] = P(DEVA[p.first] + " " + DEVA[p.last], "name")
        prof.update({"gender": p.sex, "dateOfBirth": P(fd(p.dob, "dmy-"), "date"), "mobile": P(phone("IN"), "phone"),
                     "address": P(a.street, "address"), "districtName": P(a.county, "address"), "stateName": a.region,
                     "pincode": P(a.zip, "zip"), "kycVerified": True})
        if chance(0.4):
            prof["kycDocument"] = {"type": "DRIVING_LICENCE", "number": P(in_dl(), "license")}
        if chance(0.45):
            prof["profilePhoto"] = P(jpeg_b64(), "photo")
        rec.update({"event": "abha.profile.fetched", "requestId": uuid4(), "profile": prof})
    elif v == 1:
        svc = near_date(30)
        rec.update({"event": "care-context.linked",
                    "patient": {"id": P(abha_address(p), "other_id"), "referenceNumber": P("UHID" + dig(8), "mrn"),
                                "display": P(p.full(), "name")},
                    "careContexts": [{"display": J("OPD visit ", P(fd(svc, "DD-MON-YYYY"), "date")), "hiTypes": ["OPConsultation", "Prescription"]}],
                    "hipId": "IN%d%08d" % (R.randint(10, 36), R.randint(1, 99999999))})
    elif v == 2:
        rec.update({"event": "pmjay.beneficiary.verified", "pmjayId": P(letters(1) + letters(8, UP + "0123456789"), "health_plan"),
                    "beneficiaryName": P(p.style("UPPER"), "name"), "yearOfBirth": p.dob.year,
                    "admissionDate": P(fd(near_date(5), "iso"), "date"), "packageCode": "SG%03d" % R.randint(1, 400),
                    "age": P(p.age, "age", raw=True) if p.age > 89 else p.age})
    else:
        rec.update({"event": "otp.sent", "txnId": uuid4(), "mobile": P(phone("IN"), "phone"),
                    "clientIp": P(public_ip("IN"), "ip"), "userAgent": "ABHA/2.%d.%d (Android 14)" % (R.randint(0, 9), R.randint(0, 40))})
    L.js(rec, sep=ch([(",", ":"), (", ", ": ")]))
    return L


# ============================================================================
# FAMILY: uidai_auth_xml
# ============================================================================
def fam_uidai(phi):
    L = Line("uidai_auth_xml", phi)
    dt = rand_dt()
    L.t("%s IST AUA-ASA-GW DEBUG " % dt.strftime("%Y-%m-%d %H:%M:%S"))
    txn = "UKC:%s:%s" % (dig(6), hexs(8))
    lk = b64(40, urlsafe=True)
    if not phi:
        v = R.randrange(4)
        if v == 0:
            L.t('<AuthRes ret="n" code="%s" txn="%s" err="300" ts="%s" info="04{%s}"/> (biometric data did not match)' %
                (hexs(32), txn, dt.strftime("%Y-%m-%dT%H:%M:%S+05:30"), hexs(40)))
        elif v == 1:
            L.t("RD service heartbeat: dpId=MANTRA.MSIPL rdsId=MANTRA.WIN.001 rdsVer=1.0.%d mi=MFS100 dc=%s status=READY port=11100" %
                (R.randint(1, 9), uuid4()))
        elif v == 2:
            L.t("AUA license key rotated: ac=%s lk=%s validTill=%s" % (letters(10, UP + "0123456789"), lk,
                                                                       (REF + timedelta(days=365)).strftime("%Y-%m-%d")))
        else:
            L.t('<KycRes ret="Y" code="%s" txn="%s"><UidData uid="xxxxxxxx%s"/></KycRes> (masked, retention=0)' % (hexs(32), txn, dig(4)))
        return L
    p = maybe_old(O_IN, 0.2)
    uid = aadhaar()
    v = R.randrange(3)
    if v == 0:
        L.t('<Auth uid="')
        L.p(uid, "other_id")
        L.t('" rc="Y" tid="registered" ac="%s" sa="%s" ver="2.5" txn="%s" lk="%s"><Uses pi="n" pa="n" pfa="n" bio="y" bt="FMR" pin="n" otp="n"/>'
            '<Device rdsId="MANTRA.WIN.001" rdsVer="1.0.4" dpId="MANTRA.MSIPL" dc="%s" mi="MFS100" mc="%s"/><Pid ts="%s" ver="2.0"><Bios><Bio type="FMR" posh="%s">' %
            (letters(10, UP + "0123456789"), letters(10, UP + "0123456789"), txn, lk, uuid4(), b64(48),
             dt.strftime("%Y-%m-%dT%H:%M:%S"), ch(["LEFT_INDEX", "RIGHT_INDEX", "RIGHT_THUMB", "LEFT_THUMB"])))
        L.p(fmr_b64(), "biometric")
        L.t("</Bio></Bios></Pid></Auth>")
    elif v == 1:
        a = addr_in()
        rel = Person(O_IN, sex="M")
        co = ch(["S/O", "D/O", "W/O", "C/O"])
        L.t('<KycRes ret="Y" code="%s" txn="%s"><UidData uid="' % (hexs(32), txn))
        L.p(uid, "other_id")
        L.t('"><Poi name="')
        L.p(p.full(), "name")
        L.t('" dob="')
        L.p(fd(p.dob, "dmy-"), "date")
        L.t('" gender="%s" phone="' % p.sex)
        L.p(phone("IN").replace(" ", "").replace("-", ""), "phone")
        L.t('"/><Poa co="%s ' % co)
        L.p(rel.full(), "name")
        L.t('" house="')
        L.p(a.house, "address")
        L.t('" street="')
        L.p(a.lane, "address")
        L.t('" loc="')
        L.p(a.loc, "address")
        L.t('" vtc="')
        L.p(a.city, "address")
        L.t('" dist="')
        L.p(a.county, "address")
        L.t('" state="%s" pc="' % a.region)
        L.p(a.zip, "zip")
        L.t('"/><Pht>')
        L.p(jpeg_b64(), "photo")
        L.t("</Pht></UidData></KycRes>")
    else:
        L.tpl("OTP auth request uid={uid} txn={txn} ch=01 mobile_linked={mob} email_linked={em} result=SENT",
              uid=P(aadhaar_fmt(uid), "other_id"), txn=txn, mob=P(phone("IN").replace(" ", ""), "phone"),
              em=P(email(p, "IN"), "email"))
    return L


# ============================================================================
# FAMILY: de_ti_vsdm
# ============================================================================
KASSEN = [("AOK Nordost", "109519005"), ("Techniker Krankenkasse", "101575519"), ("BARMER", "104940005"),
          ("DAK-Gesundheit", "105830016"), ("IKK classic", "107202793")]


def fam_de(phi):
    L = Line("de_ti_vsdm", phi)
    dt = rand_dt()
    L.t("%s %s [%s] de.praxis.ti.%s - " % (ts_de(dt), ch(["INFO ", "INFO ", "WARN ", "DEBUG"]),
                                          ch(["Konnektor-Client", "pool-2-thread-%d" % R.randint(1, 9), "eRezept-Worker"]),
                                          ch(["VsdmService", "KonnektorFacade", "PatientService"])))
    if not phi:
        v = R.randrange(5)
        if v == 0:
            L.t("Konnektor-Status: Version PTV4+ 4.%d.%d, Mandant=M1, ClientSystem=CS_PVS, Arbeitsplatz=AP_Empfang, CtId=CT_%02d, SMC-B ICCSN=80276883110000%06d gültig bis %s" %
                (R.randint(2, 9), R.randint(0, 9), R.randint(1, 6), R.randint(0, 999999), (REF + timedelta(days=R.randint(100, 900))).strftime("%Y-%m-%d")))
        elif v == 1:
            L.t("TSL aktualisiert (SHA-256 %s), nächste Prüfung in 24h, OCSP-Responder http://ocsp.ti-dienste.de/" % sha256())
        elif v == 2:
            L.t("KIM-Nachricht versendet: von praxis.dr.%s@berlin.kim.telematik an labor@laborberlin.kim.telematik, Größe %d KB, Message-ID <%s@kim.telematik>" %
                (ch(["schmidt", "vogel", "neumann"]), R.randint(4, 900), uuid4()))
        elif v == 3:
            L.t("KBV-Prüfmodul 2025.1.%d geladen; Kostenträgerstamm 2025-Q1; LANR %s, BSNR %s, Telematik-ID 1-2-ARZTPRAXIS-%s-01" %
                (R.randint(0, 4), dig(9), dig(9), ch(["Vogel", "Neumann", "Brandt"])))
        else:
            L.t("Lizenz geprüft: MediSoft Praxis GmbH, Industriestraße 12, 69115 Heidelberg, Hotline 06221 123456, Version %s Build %s" % (ver(), build_no()))
        return L
    p = maybe_old(O_DE, 0.25)
    a = addr_de()
    kv = kvnr()
    v = R.randrange(6)
    if v == 0:
        kname, ik = ch(KASSEN)
        L.tpl("ReadVSD erfolgreich: KVNR={kv}; Name={ln}; Vorname={fn}; Geburtsdatum={dob}; Anschrift={st}, {plz} {ort}; Kostenträger={k} (IK {ik}); Versichertenart=1; Prüfungsnachweis={pn}",
              kv=P(kv, "health_plan"), ln=P(p.last, "name"), fn=P(p.first, "name"), dob=P(fd(p.dob, "dmy."), "date"),
              st=P(a.street, "address"), plz=P(a.zip, "zip"), ort=P(a.city, "address"), k=kname, ik=ik, pn=b64(30))
    elif v == 1:
        old = addr_de()
        L.tpl("Versichertenstammdaten geändert: Pat-ID {pid}, Anschrift \"{ost}\" -> \"{st}, {plz} {ort}\", Tel. {tel}, Telefax {fax}",
              pid=P(dig(7), "mrn"), ost=P(old.street, "address"), st=P(a.street, "address"), plz=P(a.zip, "zip"),
              ort=P(a.city, "address"), tel=P(phone("DE", "land"), "phone"), fax=P(phone("DE", "land"), "fax"))
    elif v == 2:
        pid = dig(7)
        path = "C:\\PVS\\Patientenfotos\\%s_%s.jpg" % (pid, fold(p.last).lower().replace(" ", ""))
        L.tpl("Patientenfoto gespeichert: Pat-ID={pid} Datei={path} (JPEG, {kb} KB) Quelle=Webcam-Empfang",
              pid=P(pid, "mrn"), path=P(path, "photo"), kb=str(R.randint(20, 200)))
    elif v == 3:
        L.tpl("Selbstzahler-Rechnung erstellt: Patient {nm}, geb. {dob}, Alter {age} J., IBAN {iban}, E-Mail {em}",
              nm=P(p.style("rev"), "name"), dob=P(fd(p.dob, ch(["de", "dmy."])), "date"), age=age_part(p),
              iban=P(iban("DE"), "account"), em=P(email(p, "DE"), "email"))
    elif v == 5:
        L.tpl("Parkausweis Dialyse verlängert: Patient {nm}, Kfz-Kennzeichen {pl}, gültig bis 30.06.2025, Pat-ID {pid}",
              nm=P(p.style("rev"), "name"), pl=P(plate("DE"), "vehicle"), pid=P(dig(7), "mrn"))
    else:
        L.tpl("E-Rezept erstellt: KVNR {kv}, Patient {nm}, geb. {dob}, Mobil {mob}, PZN {pzn}, Task-ID 160.{t}",
              kv=P(kv, "health_plan"), nm=P(p.full(), "name"), dob=P(fd(p.dob, "dmy."), "date"), mob=P(phone("DE"), "phone"),
              pzn=dig(8), t="%s.%s.%s.%s.%s" % (dig(3), dig(3), dig(3), dig(3), dig(2)))
    return L


# ============================================================================
# FAMILY: fr_sesam_vitale
# ============================================================================
def fam_fr(phi):
    L = Line("fr_sesam_vitale", phi)
    dt = rand_dt()
    L.t("%s [%s] %s " % (ts_fr(dt), ch(["SESAM-Vitale", "INSi", "DMP-Connect", "Facturation"]), ch(["INFO", "INFO", "AVERT", "ERREUR"])))
    if not phi:
        v = R.randrange(4)
        if v == 0:
            L.t("FSE n°%s télétransmise, lot %s, %d factures, montant %d,%02d €, ARL positif" %
                (dig(9), dig(3), R.randint(1, 40), R.randint(20, 4000), R.randint(0, 99)))
        elif v == 1:
            L.t("Version SESAM-Vitale 1.40.%d (addendum 8), lecteur PC/SC 'Ingenico Prelude' firmware 3.%d, CPS présente (RPPS 10%s, %s)" %
                (R.randint(10, 15), R.randint(10, 40), dig(9), ch(CLIN["FR"])))
        elif v == 2:
            L.t("Mise à jour table des actes CCAM v%d.00, NGAP 2025-02 ; FINESS établissement %s ; OID INS 1.2.250.1.213.1.4.8" %
                (R.randint(70, 80), dig(9)))
        else:
            L.t("Erreur 0x8004 : carte Vitale absente du lecteur (poste ACC-%02d, utilisateur %s)" %
                (R.randint(1, 9), ch(["accueil.urgences", "svc-facturation", "sec.medicale2"])))
        return L
    p = maybe_old(O_FR, 0.3)
    base, key = nir(p)
    a = addr_fr()
    v = R.randrange(6)
    if v == 0:
        L.tpl("Lecture carte Vitale OK : NIR={nir} nom_usuel={ln} prénom={fn} date_naissance={dob} rang=1 régime=01 caisse={c} centre={ce}",
              nir=P(nir_fmt(base, key), "health_plan"), ln=P(p.last.upper(), "name"), fn=P(p.first, "name"),
              dob=P(fd(p.dob, "dmy/"), "date"), c=dig(3), ce=dig(4))
    elif v == 1:
        L.tpl("INS qualifiée (téléservice INSi) : matricule={m} OID=1.2.250.1.213.1.4.8 nom_naissance={ln} prénoms={fn} sexe={s} naissance={dob}",
              m=P(base + key, "health_plan"), ln=P(p.last.upper(), "name"), fn=P(p.first, "name"), s=p.sex,
              dob=P(fd(p.dob, "iso"), "date"))
    elif v == 2:
        L.tpl("Mutuelle : adhérent n°{m}, bénéficiaire {nm}, âge {age} ans, adresse {st}, {cp} {ville}, tél. {tel}",
              m=P(dig(ch([8, 9, 10])), "health_plan"), nm=P(p.full(), "name"), age=age_part(p), st=P(a.street, "address"),
              cp=P(a.zip, "zip"), ville=P(a.city, "address"), tel=P(phone("FR"), "phone"))
        if chance(0.5):
            L.t(", télécopie ")
            L.p(phone("FR", "land"), "fax")
    elif v == 3:
        L.tpl("Remboursement patient : IBAN {iban}, titulaire {nm}, courriel {em}, IPP {ipp}",
              iban=P(iban("FR"), "account"), nm=P(p.style("REV"), "name"), em=P(email(p, "FR"), "email"), ipp=P(dig(9), "mrn"))
    elif v == 5:
        L.tpl("Frais de transport (véhicule personnel) : immatriculation {im}, bénéficiaire {nm}, NIR {nir}, {km} km, trajet domicile {ville} - CHU",
              im=P(plate("FR"), "vehicle"), nm=P(p.full(), "name"), nir=P(nir_fmt(base, key), "health_plan"), km=str(R.randint(8, 180)),
              ville=P(a.city, "address"))
    else:
        L.tpl("DMP consulté pour {nm} (né(e) le {dob}) par {doc}, mode bris de glace, motif : urgence ; IPP {ipp}",
              nm=P(p.full(), "name"), dob=P(fd(p.dob, "fr"), "date"), doc=ch(CLIN["FR"]), ipp=P(dig(8), "mrn"))
    return L


# ============================================================================
# FAMILY: es_historia_clinica
# ============================================================================
def fam_es(phi):
    L = Line("es_historia_clinica", phi)
    dt = rand_dt()
    L.t("%s %s [%s] " % (ts_log4j(dt, "."), ch(["INFO ", "INFO ", "WARN ", "ERROR"]), ch(["citas-api", "hce-core", "admision", "urgencias-ws"])))
    if not phi:
        v = R.randrange(4)
        if v == 0:
            L.t("Agenda AG-%02d (%s) bloqueada por formación; centro CS %s (código %s)" %
                (R.randint(1, 40), ch(CLIN["ES"]), ch(["Lavapiés", "Ruzafa", "El Palo", "Gràcia"]), dig(6)))
        elif v == 1:
            L.t("Sincronización con BDU completada: %d.%03d registros, %d rechazados, duración 00:%02d:%02d, nodo %s" %
                (R.randint(1, 9), R.randint(0, 999), R.randint(0, 30), R.randint(0, 9), R.randint(0, 59), private_ip()))
        elif v == 2:
            L.t("Receta electrónica: lote %s dispensaciones=%d farmacia=F-%s-%06d versión interoperabilidad SNS %s" %
                (dig(10), R.randint(1, 90), ch(["28", "08", "29", "46"]), R.randint(1, 999999), ver()))
        else:
            L.t("Proveedor de soporte: Salud Digital Ibérica S.L.U., Avda. de Manoteras 52, 28050 Madrid, tel. 902 123 456, ticket INC%s" % dig(7))
        return L
    p = maybe_old(O_ES, 0.25)
    a = addr_es()
    v = R.randrange(4)
    if v == 0:
        L.tpl("Cita creada: NHC={nhc}, NUHSA={nu}, paciente=\"{nm}\", fecha_nac={dob}, tfno={tel}, fecha_cita={fc}",
              nhc=P(dig(8), "mrn"), nu=P("AN" + dig(10), "health_plan"), nm=P(p.style("rev"), "name"),
              dob=P(fd(p.dob, "dmy/"), "date"), tel=P(phone("ES"), "phone"), fc=P(fd(future_date(), "dmy/"), "date"))
    elif v == 1:
        L.tpl("Paciente extranjero (TSE/GHIC): nº tarjeta={tse}, país=GB, NIE={nie}, NUSS={nuss}, residencia=\"{st}\", municipio={m}, CP={cp}, edad={age}",
              tse=P("80826" + dig(15), "health_plan"), nie=P(nie(), "other_id"), nuss=P("%s/%s/%s" % (ch(["28", "29", "03", "46"]), dig(8), dig(2)), "ssn"),
              st=P(a.street, "address"), m=P(a.city, "address"), cp=P(a.zip, "zip"), age=age_part(p))
    elif v == 2:
        if p.age < 18:
            p = adult(O_ES)
        L.tpl("Parte de accidente de tráfico: matrícula {mat}, bastidor {vin}, conductor {nm} (DNI {dni}), ingreso {fi}",
              mat=P(plate("ES"), "vehicle"), vin=P(vin(), "vehicle"), nm=P(p.full(), "name"), dni=P(dni(), "other_id"),
              fi=P(fd(near_date(3), "dmy/"), "date"))
    else:
        L.tpl("Alta hospitalaria: paciente {nm}, CIP {cip}, ingreso {fi}, alta {fa}, correo {em}, cuenta {iban}",
              nm=P(p.full(), "name"), cip=P(letters(4) + dig(10), "health_plan"), fi=P(fd(near_date(20, 0), "es"), "date"),
              fa=P(fd(near_date(2, 0), "es"), "date"), em=P(email(p, "ES"), "email"), iban=P(iban("ES"), "account"))
    return L


# ============================================================================
# FAMILY: nl_vecozo_cov
# ============================================================================
UZOVI = [("3311", "Zilveren Kruis"), ("3343", "CZ"), ("7029", "Menzis"), ("0101", "VGZ"), ("3358", "DSW")]


def fam_nl(phi):
    L = Line("nl_vecozo_cov", phi)
    dt = rand_dt()
    L.t("%s %s  %s - " % (ts_iso_off(dt, "+01:00"), ch(["INFO", "INFO", "WARN"]), ch(["nl.zorg.cov.CovClient", "hix.patient", "declaratie.Worker"])))
    if not phi:
        v = R.randrange(3)
        if v == 0:
            L.t("VECOZO-certificaat vernieuwd: serienummer %s, geldig tot %s, AGB %s" %
                (hexs(20).upper(), (REF + timedelta(days=R.randint(100, 700))).strftime("%Y-%m-%d"), dig(8)))
        elif v == 1:
            L.t("Declaratiebestand %s verzonden: %d prestaties, retourinfo binnen 5 werkdagen, bestand DEC_%s_%03d.xml" %
                (dt.strftime("%Y-%m"), R.randint(10, 900), dt.strftime("%Y%m%d"), R.randint(1, 20)))
        else:
            u, n = ch(UZOVI)
            L.t("UZOVI-register geladen: %d zorgverzekeraars, versie 2025.0%d; standaard UZOVI %s (%s)" % (R.randint(20, 40), R.randint(1, 3), u, n))
        return L
    p = maybe_old(O_NL, 0.25)
    v = R.randrange(4)
    if v == 0:
        u, n = ch(UZOVI)
        L.tpl("COV-check: BSN={bsn} geboortedatum={dob} -> UZOVI={u} ({n}) verzekerdennummer={vn} verzekeringsvorm=basis",
              bsn=P(bsn(), "other_id"), dob=P(fd(p.dob, "iso"), "date"), u=u, n=n, vn=P(dig(9), "health_plan"))
    elif v == 1:
        a = addr_nl()
        L.tpl("Patiënt aangemeld: patiëntnummer={pn} naam=\"{nm}\" adres=\"{st}\" postcode={pc} woonplaats={wp} tel={tel}",
              pn=P(dig(7), "mrn"), nm=P(p.style("rev"), "name"), st=P(a.street, "address"), pc=P(a.zip, "zip"),
              wp=P(a.city, "address"), tel=P(phone("NL"), "phone"))
        if chance(0.4):
            L.t(" fax=")
            L.p(phone("NL", "land"), "fax")
    elif v == 2:
        L.tpl("Incasso eigen risico: IBAN {iban} t.n.v. {nm}, bedrag EUR 385,00, incassant {m}",
              iban=P(iban("NL"), "account"), nm=P(p.full(), "name"), m="NL%02dZZZ%s" % (R.randint(10, 99), dig(12)))
    else:
        if p.age < 18:
            p = adult(O_NL)
        L.tpl("Identiteit vastgesteld (WID): rijbewijsnummer {dl}, naam {nm}, geb. {dob}, leeftijd {age}",
              dl=P(nl_dl(), "license"), nm=P(p.full(), "name"), dob=P(fd(p.dob, "nl"), "date"), age=age_part(p))
        if chance(0.5):
            L.t(", pasfoto opgeslagen in ")
            L.p("\\\\fs01\\hix\\pasfoto\\%s.png" % dig(7), "photo")
    return L


# ============================================================================
# FAMILY: mx_imss_laravel
# ============================================================================
def fam_mx(phi):
    L = Line("mx_imss_laravel", phi)
    dt = rand_dt()
    lvl = ch(["INFO", "INFO", "WARNING", "ERROR"])
    L.t("[%s] production.%s: " % (dt.strftime("%Y-%m-%d %H:%M:%S"), lvl))
    sep = ch([(",", ":"), (", ", ": ")])
    if not phi:
        v = R.randrange(3)
        if v == 0:
            L.t("Sincronización SIAIS ")
            L.js({"clues": "JCIMS%06d" % R.randint(1, 999999), "registros": R.randint(100, 9000), "duracion_ms": R.randint(100, 90000), "version": ver()}, sep)
        elif v == 1:
            L.t("Receta surtida ")
            L.js({"folio": "RX-2025-%07d" % R.randint(1, 9999999), "clave_medicamento": "010.000.%04d.00" % R.randint(1, 6000),
                  "cantidad": R.randint(1, 4), "farmacia": "UMF %d" % R.randint(1, 90), "medico": ch(CLIN["MX"])}, sep)
        else:
            L.t("Error de conexión a base de datos ")
            L.js({"host": private_ip(), "puerto": 5432, "intento": R.randint(1, 5), "excepcion": "SQLSTATE[08006] connection timed out"}, sep)
        L.t(" []")
        return L
    p = maybe_old(O_MX, 0.25)
    mat = ch(LN["es"])
    a = addr_mx()
    cu = curp(p.first, p.last, mat, p.dob, p.sex, a.state_code)
    v = R.randrange(5)
    if v == 0:
        L.t("Afiliación verificada ")
        L.js({"nss": P(imss_nss(), "health_plan"), "curp": P(cu, "other_id"), "nombre": P(p.first, "name"),
              "apellido_paterno": P(p.last, "name"), "apellido_materno": P(mat, "name"),
              "fecha_nacimiento": P(fd(p.dob, "iso"), "date"), "umf": "UMF %d" % R.randint(1, 90), "delegacion": a.region}, sep)
    elif v == 1:
        L.t("Cita agendada ")
        L.js({"paciente": P("%s %s %s" % (p.first, p.last, mat), "name"), "expediente": P(dig(8), "mrn"),
              "telefono": P(phone("MX"), "phone"), "domicilio": P(a.street, "address"), "colonia": P(a.extra, "address"),
              "municipio": P(a.city, "address"), "cp": P(a.zip, "zip"), "fecha_cita": P(fd(future_date(), "iso"), "date"),
              "fax_particular": P(phone("MX"), "fax") if chance(0.4) else None}, sep)
    elif v == 2:
        q = maybe_old(O_US, 0.3)
        L.t("Registro de paciente internacional (turismo médico) ")
        L.js({"pasaporte": P(passport("US"), "other_id"), "nacionalidad": "USA", "nombre": P(q.full(), "name"),
              "correo": P(email(q, "US"), "email"), "edad": P(q.age, "age", raw=True) if q.age > 89 else q.age,
              "procedimiento": ch(["implante dental", "bypass gástrico", "prótesis de rodilla"]), "hospital": "Hospital Ángeles Tijuana",
              "perfil_redes": P(social_url(q), "url") if chance(0.5) else None}, sep)
    elif v == 3:
        L.t("Factura CFDI emitida ")
        L.js({"rfc": P(rfc_pf(cu), "other_id"), "razon_social": P("%s %s %s" % (p.first.upper(), p.last.upper(), mat.upper()), "name"),
              "clabe": P("0" + dig(17), "account"), "correo": P(email(p, "MX"), "email"), "uso_cfdi": "D01", "total": "%d.%02d" % (R.randint(300, 90000), R.randint(0, 99))}, sep)
    else:
        L.t("Credencial INE validada ")
        L.js({"clave_elector": P(ine_clave(p.last, mat, p.first, p.dob, p.sex), "other_id"), "nombre": P("%s %s %s" % (p.last.upper(), mat.upper(), p.first.upper()), "name"),
              "domicilio": J(P(a.street, "address"), ", ", P(a.extra, "address"), ", ", P(a.zip, "zip"), " ", P(a.city, "address"), ", " + a.region),
              "vigencia": 2025 + R.randint(1, 8)}, sep)
    L.t(" []")
    return L


# ============================================================================
# FAMILY: travel_claim_pipe
# ============================================================================
ABROAD_FAC = ["Hospital Quirónsalud Marbella", "Hospital HM Delfos Barcelona", "Bumrungrad International Hospital",
              "Clínica Dávila Santiago", "Mediclinic City Hospital Dubai", "Hospital Ángeles Tijuana", "Apollo Hospitals Chennai",
              "Acıbadem Maslak Hospital", "Hospital CUF Descobertas Lisboa"]


FAC_BY_CC = [("ES", "Hospital Quirónsalud Marbella"), ("ES", "Hospital HM Delfos Barcelona"), ("TH", "Bumrungrad International Hospital"),
             ("AE", "Mediclinic City Hospital Dubai"), ("MX", "Hospital Ángeles Tijuana"), ("TR", "Acıbadem Maslak Hospital"),
             ("PT", "Hospital CUF Descobertas Lisboa"), ("IN", "Apollo Hospitals Chennai")]


def fam_travel(phi):
    L = Line("travel_claim_pipe", phi)
    dt = rand_dt()
    L.t("%s claims-gw %s " % (dt.strftime("%Y-%m-%d %H:%M:%S"), ch(["INFO", "WARN", "INFO"])))
    if not phi:
        v = R.randrange(4)
        if v == 0:
            L.t("record|IMPORT|file=claims_%s_0200.csv|rows=%d|rejected=%d|sha256=%s|schema=v%s" %
                (dt.strftime("%Y%m%d"), R.randint(200, 4000), R.randint(0, 20), sha256(), ver()))
        elif v == 1:
            L.t("record|FX|EUR/GBP=0.%04d|USD/GBP=0.%04d|THB/GBP=0.0%03d|source=ECB|as_of=%s" %
                (R.randint(8000, 8800), R.randint(7500, 8200), R.randint(200, 260), dt.strftime("%Y-%m-%d")))
        elif v == 2:
            L.t("record|ASSIST|hotline=+44 20 7946 %s|partner=\"Global Medical Assist Ltd, 3 Harbour Exchange Sq, London E14 9GE\"|sla_minutes=30" % dig(4))
        else:
            L.t("record|PROVIDER|facility=\"%s\"|network=DIRECT_BILL|discount=%d%%|contract=PRV-%s|currency=%s" %
                (ch(ABROAD_FAC), R.randint(5, 25), dig(6), ch(["EUR", "THB", "AED", "USD", "TRY"])))
        return L
    cc = ch(["GB", "GB", "CA", "AU", "US", "DE"])
    p = maybe_old({"GB": O_UK, "CA": O_CA, "AU": O_AU, "US": O_US, "DE": O_DE}[cc], 0.2)
    adm = near_date(40, -3)
    dis = adm + timedelta(days=R.randint(1, 12))
    parts = ["record|CLAIM|policy=", P("TRV-%s-%s" % (cc, dig(8)), "health_plan"), "|insured=", P(p.style("slash"), "name"),
             " " + ("MRS" if p.sex == "F" else "MR"), "|dob=", P(fd(p.dob, "DDMONYYYY"), "date")]
    if chance(0.6):
        parts += ["|passport=", P(passport(cc), "other_id")]
    tc, fac = ch(FAC_BY_CC)
    parts += ["|treatment_country=%s|facility=%s|adm=" % (tc, fac), P(fd(adm, "DDMONYYYY"), "date"),
              "|dis=", P(fd(dis, "DDMONYYYY"), "date")]
    if cc in ("GB", "DE") and chance(0.6):
        parts += ["|payee_iban=", P(iban(cc), "account")]
    else:
        parts += ["|card=", P(card_no(), "account")]
    if chance(0.5):
        parts += ["|contact=", P(phone(cc), "phone")]
    if chance(0.3):
        parts += ["|fax=", P(phone(cc, "land"), "fax")]
    if chance(0.45):
        parts += ["|hire_car_reg=", P(plate(ch(["ES", "FR", "DE"])), "vehicle"), "|hire_car_vin=", P(vin(), "vehicle")]
    if p.age >= 18 and chance(0.4):
        parts += ["|driving_licence=", P(uk_dl(p) if cc == "GB" else (on_dl(p) if cc == "CA" else au_dl()), "license")]
    if cc == "US" and chance(0.6):
        parts += ["|ssn=", P(ssn_us(), "ssn")]
    if chance(0.4):
        parts += ["|email=", P(email(p, cc), "email")]
    if chance(0.4):
        parts += ["|siu_social_check=", P(social_url(p), "url")]
    parts += ["|amount=%d.%02d|currency=%s" % (R.randint(200, 80000), R.randint(0, 99), ch(["EUR", "THB", "AED", "USD"]))]
    L.add(parts)
    return L


# ============================================================================
# FAMILY: repatriation_case_notes (free text)
# ============================================================================
def fam_repat(phi):
    L = Line("repatriation_case_notes", phi)
    dt = rand_dt()
    case = "AX-25-%05d" % R.randint(1, 99999)
    user = ch(["ops.anna.k", "ops.m.fernandes", "nurse.coord.jlee", "svc-casebot"])
    L.t("%s [CaseNote] %s (user: %s) " % (dt.strftime("%Y-%m-%d %H:%M"), case, user))
    if not phi:
        v = R.randrange(5)
        if v == 0:
            L.t("status -> CLOSED; invoice INV-%s sent to insurer; total EUR %d,%02d; QA score %d/10" %
                (dig(6), R.randint(2000, 90000), R.randint(0, 99), R.randint(6, 10)))
        elif v == 1:
            L.t("Air ambulance Learjet 45 %s positioned at %s; crew duty ends 23:00Z; ETA %s +%dh; ref %s" %
                (ch(["D-CAAA", "G-ZUMA", "OE-GMR", "EC-KJN"]), ch(["AGP", "BKK", "DXB", "CUN"]), ch(["LGW", "MAN", "FRA", "YYZ"]), R.randint(4, 14), uuid4()[:8]))
        elif v == 2:
            L.t("Flight %s %s-%s delayed %d min; stretcher config confirmed with airline medical desk (MEDIF ok, ref MED%s)" %
                (ch(["TG 930", "BA 117", "LH 401", "EK 5", "AC 857", "QF 1"]), ch(["BKK", "DXB", "MEX", "AGP"]),
                 ch(["FRA", "LHR", "YYZ", "SYD"]), R.randint(15, 240), dig(6)))
        elif v == 3:
            L.t("Escort RN %s assigned (staff ID E%s); fit-to-fly review booked with %s for tomorrow 09:00 local" %
                (ch(["Joanna Lee", "Marco Fernandes", "Aisling Byrne"]), dig(5), ch(CLIN["TH"] + CLIN["ES"])))
        else:
            L.t("Ground ambulance booked via partner %s (fleet unit %s, dispatch tel +34 952 %s %s)" %
                (ch(["Ambulancias Costa del Sol S.L.", "Bangkok Emergency Services Co.", "Traslados Médicos del Norte"]),
                 ch(["SVA-12", "AMB-07", "UVI-3"]), dig(3), dig(3)))
        return L
    p = maybe_old(O_ANY, 0.45)
    cc = ch(["GB", "CA", "MX", "DE", "AU", "NG"])
    rel = Person(O_ANY)
    relw = ch(["son", "daughter", "wife", "husband", "brother", "niece"])
    fac = ch(ABROAD_FAC)
    v = R.randrange(6)
    if v == 4:
        a = {"GB": addr_uk, "CA": addr_ca, "MX": addr_mx, "DE": addr_de, "AU": addr_au, "NG": addr_uk}[cc]()
        L.tpl("Spoke with {rw} {rn} on {ph}; family will meet the ambulance at {st}, {city}. Pt asked us to post updates on {url}",
              rw=relw, rn=P(rel.first, "name"), ph=P(phone(cc), "phone"), st=P(a.street, "address"), city=P(a.city, "address"),
              url=P(social_url(p), "url"))
        return L
    if v == 5:
        L.tpl("{ti} {ln} ({age}) very anxious, keeps asking for {rn}. Discharge {dd} pending INR; hospital billing ref {acct} to be settled by card {card}.",
              ti=p.title, ln=P(p.last, "name"), age=age_part(p), rn=P(rel.full(), "name"), dd=P(fd(future_date(1, 5), "en"), "date"),
              acct=P("HB-%s" % dig(8), "account"), card=P(card_no(), "account"))
        return L
    if v == 0:
        L.tpl("Pt {nm}, {age} y/o, post-CVA at {fac}. Fit-to-fly signed by {doc}. Family contact: {rw} {rn} {rph}.",
              nm=P(p.full(), "name"), age=age_part(p), fac=fac, doc=ch(CLIN["TH"] + CLIN["ES"]), rw=relw, rn=P(rel.first, "name"),
              rph=P(phone(cc), "phone"))
    elif v == 1:
        a = {"GB": addr_uk, "CA": addr_ca, "MX": addr_mx, "DE": addr_de, "AU": addr_au, "NG": addr_uk}[cc]()
        L.tpl("Repatriation destination confirmed: home address {st}, {city} {pc}; GP informed. Patient {nm} (DOB {dob}) to travel on stretcher.",
              st=P(a.street, "address"), city=P(a.city, "address"), pc=P(a.zip, "zip"), nm=P(p.style("rev"), "name"),
              dob=P(fd(p.dob, ch(["dmy/", "en", "iso"])), "date"))
        if chance(0.4):
            L.t(" Family blog: ")
            L.p(social_url(p), "url")
    elif v == 2:
        L.tpl("Family opened a fundraiser {url} ; {rw} {rn} asks updates by email to {em}. Passport {pp} held by hotel safe.",
              url=P(social_url(p), "url"), rw=relw, rn=P(rel.full(), "name"), em=P(email(rel, cc if cc in EMAIL_DOM else "GB"), "email"),
              pp=P(passport(cc), "other_id"))
    else:
        if p.age < 18:
            p = adult(O_ANY)
        L.tpl("RTA claim: patient {nm} was driver of {veh} (VIN {vin}), admitted {adm}; policy {pol}; mobile {ph}",
              nm=P(p.full(), "name"), veh=P(plate(ch(["ES", "MX", "FR"])), "vehicle"),
              vin=P(vin(), "vehicle"), adm=P(fd(near_date(10), "en"), "date"), pol=P("TRV-%s-%s" % (cc, dig(8)), "health_plan"),
              ph=P(phone(cc), "phone"))
    return L


# ============================================================================
# FAMILY: medtour_crm_xml
# ============================================================================
def fam_medtour(phi):
    L = Line("medtour_crm_xml", phi)
    dt = rand_dt()
    L.t("%s crm-sync %s upsert " % (ts_iso(dt), ch(["DEBUG", "INFO"])))
    lead = "LD-%06d" % R.randint(1, 999999)
    if not phi:
        v = R.randrange(4)
        if v == 0:
            L.t('<Package id="PKG-%s-%02d"><Hospital>%s</Hospital><Procedure>%s</Procedure><PriceUSD>%d</PriceUSD><StayNights>%d</StayNights><Updated by="%s"/></Package>' %
                (ch(["TKR", "CABG", "IVF", "DENT", "BARI"]), R.randint(1, 30), ch(ABROAD_FAC), ch(["Total knee replacement", "Dental implants x4", "IVF cycle"]),
                 R.randint(2000, 40000), R.randint(3, 21), ch(["coord.priya", "sales.omar", "svc-crm-sync"])))
        elif v == 1:
            L.t('<Partner id="PRT-%04d"><Name>MedVoyage Facilitators FZ-LLC</Name><Address>Office 1204, Bay Square 3, Business Bay, Dubai</Address><Phone>+971 4 %s %s</Phone><Email>partners@medvoyage.example</Email></Partner>' %
                (R.randint(1, 9999), dig(3), dig(4)))
        elif v == 2:
            L.t('<Lead id="%s"><Status>QUALIFIED</Status><Source>utm_campaign=knee-2025&amp;utm_medium=cpc</Source><AssignedTo>coord.%s@medvoyage.example</AssignedTo><Score>%d</Score></Lead>' %
                (lead, ch(["priya", "omar", "elena"]), R.randint(1, 100)))
        else:
            L.t('<Webhook event="lead.updated" id="%s" sig="sha256=%s" attempt="%d" endpoint="https://hooks.crm.example/v2/%s"/>' %
                (uuid4(), sha256(), R.randint(1, 5), hexs(24)))
        return L
    cc = ch(["NG", "GB", "US", "AE", "CA", "AU"])
    p = maybe_old(O_ANY if cc != "NG" else ["ng"], 0.2)
    L.t('<Lead id="%s">' % lead)
    L.add(X("FullName", P(p.full(), "name")))
    if chance(0.7):
        L.add(X("Passport", P(passport(cc), "other_id"), 'country="%s"' % cc))
    L.add(X("DOB", P(fd(p.dob, ch(["iso", "dmy/"])), "date")))
    if chance(0.5):
        L.add(X("Age", P(str(p.age), "age") if p.age > 89 else str(p.age)))
    L.add(X("WhatsApp", P(phone(cc), "phone")))
    if chance(0.5):
        L.add(X("Email", P(email(p, cc if cc in EMAIL_DOM else "GB"), "email")))
    if p.age >= 18 and chance(0.3):
        L.add(X("IdDocument", P(uk_dl(p) if cc == "GB" else (au_dl() if cc == "AU" else (on_dl(p) if cc == "CA" else mx_dl())), "license"),
                'type="DRIVING_LICENCE" issuer="%s"' % cc))
    if cc == "US" and chance(0.4):
        L.add(X("SSN", P(ssn_us(), "ssn")))
    L.t("<Procedure>%s</Procedure><Destination>%s</Destination>" % (ch(["Knee replacement (TKR)", "CABG", "Hair transplant", "IVF"]), ch(ABROAD_FAC)))
    if chance(0.6):
        L.add(X("Photo", P(ch(["https://cdn.crm.example/leads/%s/face.jpg" % lead, "/uploads/leads/%s/passport_photo.png" % lead,
                              "s3://medvoyage-crm-prod/leads/%s/selfie.jpeg" % lead]), "photo")))
    if chance(0.75):
        L.add(X("Profile", P(social_url(p), "url")))
    if chance(0.3):
        L.add(X("IP", P(public_ip(cc), "ip")))
    L.t("</Lead>")
    return L


# ============================================================================
# FAMILY: portal_nginx_access
# ============================================================================
UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Mobile Safari/537.36",
      "okhttp/4.12.0", "NHSApp/2.%d.0 (iOS 17.3)" % 41]


def fam_portal(phi):
    L = Line("portal_nginx_access", phi)
    dt = rand_dt()
    host = ch(["portal.northtrust.nhs.uk", "myhealth.clinic-example.com.au", "abha-app.hospital.example.in", "patient.santeplus.example.fr"])
    if not phi:
        v = R.randrange(4)
        ip = ch(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                 "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254))]) if v != 3 else ch(["127.0.0.1", "::1"])
        if v == 0:
            req, st, ua = "GET /healthz HTTP/1.1", 200, "kube-probe/1.29"
        elif v == 1:
            req, st, ua = "GET /static/js/main.%s.chunk.js HTTP/2.0" % hexs(8), 200, ch(UA)
        elif v == 2:
            req, st, ua = "POST /api/v2/auth/token HTTP/1.1", ch([200, 401]), "okhttp/4.12.0"
        else:
            req, st, ua = "GET /metrics HTTP/1.1", 200, "Prometheus/2.51.0"
        L.t('%s - - [%s] "%s" %d %d "-" "%s" rt=%.3f uct=%.3f upstream=%s:%d host=%s req_id=%s' %
            (ip, ts_clf(dt), req, st, R.randint(100, 90000), ua, R.random(), R.random() / 10, private_ip(), ch([8080, 3000, 9000]), host, hexs(32)))
        return L
    ip = public_ip(ch(["GB", "AU", "IN", "FR", "ES", "CA", "AE"]))
    L.p(ip, "ip")
    user = "-"
    L.t(" - %s [%s] \"" % (user, ts_clf(dt)))
    v = R.randrange(5)
    if v == 0:
        L.tpl("GET /api/v2/patients/{n}/appointments?from={f} HTTP/1.1", n=P(nhs_number(), "health_plan"), f=(REF - timedelta(days=30)).strftime("%Y-%m-%d"))
    elif v == 1:
        p = Person(O_ANY)
        em = email(p, ch(sorted(EMAIL_DOM)))
        L.tpl("POST /account/recover?email={em} HTTP/2.0", em=P(em.replace("@", "%40") if chance(0.5) else em, "email"))
    elif v == 2:
        L.tpl("GET /abha/v3/profile/{a}/qr HTTP/1.1", a=P(abha_number().replace("-", ""), "other_id"))
    elif v == 3:
        L.t("GET /api/v1/documents?ihi=")
        L.p(hi_number("ihi"), "other_id")
        L.t("&type=discharge HTTP/1.1")
    else:
        L.t("GET /dashboard HTTP/2.0")
    L.t('" %d %d "https://%s/" "%s" rt=%.3f upstream=%s:%d host=%s req_id=%s' %
        (ch([200, 200, 304, 404]), R.randint(200, 90000), host, ch(UA), R.random(), private_ip(), ch([8080, 3000]), host, hexs(32)))
    if chance(0.2):
        L.t(" xff=")
        L.p(public_ip(), "ip")
    return L


# ============================================================================
# FAMILY: ivr_voice_biometrics
# ============================================================================
def fam_ivr(phi):
    L = Line("ivr_voice_biometrics", phi)
    dt = rand_dt()
    L.t("%s [ivr-node-%d] %s CallFlow: " % (ts_log4j(dt, "."), R.randint(1, 4), ch(["INFO ", "DEBUG"])))
    cid = "%s@%s" % (hexs(24), private_ip())
    if not phi:
        v = R.randrange(4)
        if v == 0:
            L.t("SIP/2.0 200 OK call_id=%s from=<sip:ivr@%s> to=<sip:queue-appts@%s> codec=PCMA ptime=20" % (cid, private_ip(), private_ip()))
        elif v == 1:
            L.t("queue=Appointments_%s agents_available=%d avg_wait=%ds abandoned=%d dnis=%s (hospital switchboard)" %
                (ch(["EN", "FR", "ES", "CY"]), R.randint(0, 12), R.randint(5, 400), R.randint(0, 30), ch([h[2] for h in HOSP_GB])))
        elif v == 2:
            L.t("prompt played file=welcome_%s_v%d.wav tts_engine=%s lang=%s duration_ms=%d" %
                (ch(["en", "fr", "cy", "es"]), R.randint(1, 9), ch(["polly", "azure-neural"]), ch(["en-GB", "fr-CA", "cy-GB"]), R.randint(800, 9000)))
        else:
            L.t("voice biometrics engine health ok model=vb-%s threshold=0.%02d enrolled_total=%d latency_p95=%dms" %
                (ver(), R.randint(60, 95), R.randint(1000, 90000), R.randint(50, 800)))
        return L
    cc = ch(["GB", "GB", "CA", "AU", "IN"])
    p = maybe_old({"GB": O_UK, "CA": O_CA, "AU": O_AU, "IN": O_IN}[cc], 0.3)
    ani = phone(cc).replace(" ", "")
    v = R.randrange(3)
    if v == 0:
        L.tpl("call_id={cid} ani={ani} dnis={dnis} step=enrol voiceprint_template={vp} score=n/a",
              cid=cid, ani=P(ani, "phone"), dnis=ch([h[2] for h in HOSP_GB]).replace(" ", ""), vp=P(voiceprint_b64(), "biometric"))
    elif v == 1:
        L.tpl("call_id={cid} ani={ani} verified=true caller_claims=\"{nm}\" dob_spoken={dob} score=0.{sc} vp_ref={vp}",
              cid=cid, ani=P(ani, "phone"), nm=P(p.full(), "name"), dob=P(fd(p.dob, "iso"), "date"), sc=dig(2),
              vp=P(voiceprint_b64(R.randint(40, 80)), "biometric"))
    else:
        L.tpl("call_id={cid} ani={ani} dtmf_hospital_no={mrn} callback_requested_to={cb} fax_for_letters={fx}",
              cid=cid, ani=P(ani, "phone"), mrn=P(dig(8), "mrn"), cb=P(phone(cc, "land"), "phone"), fx=P(phone(cc, "land"), "fax"))
    return L


# ============================================================================
# FAMILY: rpm_device_gateway
# ============================================================================
DEV_MODELS = [("pacemaker", "Azure XT DR MRI SureScan W1DR01"), ("pacemaker", "Assurity MRI PM2272"), ("icd", "Gallant HF CRT-D CDHFA500Q"),
              ("pump", "MiniMed 780G MMT-1886"), ("cgm", "Dexcom G6 transmitter"), ("cpap", "AirSense 10 AutoSet"),
              ("ci", "Nucleus CI632 cochlear implant"), ("hearing", "Phonak Audeo P90-R")]


def fam_rpm(phi):
    L = Line("rpm_device_gateway", phi)
    dt = rand_dt()
    L.t("%s rpm-ingest %s " % (ts_iso(dt), ch(["INFO", "INFO", "WARN"])))
    if not phi:
        v = R.randrange(4)
        if v == 0:
            L.t("gateway startup fw_bundle=2025.02.%d build %s bt_adapter=hci0 gw_mac=02:42:ac:%02x:00:%02x (docker bridge) mqtt=tls://%s:8883" %
                (R.randint(1, 9), dig(4), R.randint(16, 31), R.randint(2, 20), private_ip()))
        elif v == 1:
            kind, model = ch(DEV_MODELS)
            L.t("firmware catalog updated model=\"%s\" fw=%s sha256=%s rollout=%d%%" % (model, ver(), sha256(), ch([5, 10, 25, 50, 100])))
        elif v == 2:
            L.t("batch processed transmissions=%d alerts=%d dropped=%d queue_lag_ms=%d partition=%d offset=%d" %
                (R.randint(100, 9000), R.randint(0, 60), R.randint(0, 5), R.randint(1, 9000), R.randint(0, 11), R.randint(100000, 99999999)))
        else:
            L.t("clinic AP registered site=CARDIO-OPD ap_mac=%s ssid=HOSP-IOT vlan=%d (infrastructure)" %
                ("f0:9f:c2:%02x:%02x:%02x" % (R.randint(0, 255), R.randint(0, 255), R.randint(0, 255)), R.randint(100, 400)))
        return L
    kind, model = ch(DEV_MODELS)
    sn = dev_serial(kind)
    p = maybe_old(O_ANY, 0.3)
    parts = ["transmission received device_sn=", P(sn, "device"), ' model="%s" fw=%s' % (model, ver())]
    if chance(0.5):
        parts += [" imei=", P(imei(), "device")]
    if chance(0.5):
        parts += [" hub_mac=", P(mac(), "device")]
    if chance(0.35):
        parts += [" udi=", P(udi(sn if kind == "pacemaker" else None), "device")]
    if chance(0.6):
        parts += [" patient_ref=", P(ch(["MRN", "UR", "NHC"]) + dig(7), "mrn")]
    if chance(0.35):
        parts += [' patient="', P(p.style("REV"), "name"), '"']
    if chance(0.3):
        parts += [" implant_date=", P(fd(near_date(2000, -30), "iso"), "date")]
    parts += [" roaming_country=%s battery=%d%% episodes=%d" % (ch(["ES", "PT", "TH", "MX", "FR", "GR"]), R.randint(5, 100), R.randint(0, 9))]
    if chance(0.3):
        parts += [" src_ip=", P(public_ip(), "ip")]
    L.add(parts)
    return L


# ============================================================================
# FAMILY: python_etl_exception
# ============================================================================
def pyrepr_dict(items):
    """items: list of (key, value) -> list of parts rendering a python dict repr."""
    out = ["{"]
    for i, (k, v) in enumerate(items):
        if i:
            out.append(", ")
        out.append("'%s': " % k)
        if isinstance(v, P) and v.raw:
            out.append(v)
        elif isinstance(v, int):
            out.append(str(v))
        elif v is None:
            out.append("None")
        else:
            assert "'" not in plain(v)
            out += ["'", v, "'"]
    out.append("}")
    return out


def fam_pyetl(phi):
    L = Line("python_etl_exception", phi)
    dt = rand_dt()
    mod = ch(["etl.loaders.pds_batch", "etl.transform.s1_forms", "etl.sync.ohip_roster", "etl.load.ehic_claims"])
    L.t("%s %s %s: " % (ts_log4j(dt), ch(["ERROR", "WARNING", "ERROR"]), mod))
    if not phi:
        v = R.randrange(4)
        if v == 0:
            L.t("KeyError: 'date_of_birth' while mapping batch %s (rows=%d) File \"/opt/etl/%s.py\", line %d, in transform" %
                (uuid4(), R.randint(100, 9000), mod.replace(".", "/"), R.randint(40, 900)))
        elif v == 1:
            L.t("psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint \"patients_pkey\" DETAIL: Key (id)=(%d) already exists." % R.randint(1000, 999999))
        elif v == 2:
            L.t("Row %d rejected: ValueError(\"invalid NHS number check digit\") record={'nhs_no': '<redacted>', 'source': 'GP_EXTRACT', 'row_id': %d}" %
                (R.randint(1, 90000), R.randint(1000, 999999)))
        else:
            L.t("requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='%s', port=443): Max retries exceeded (timeout=%d)" %
                (ch(["api.service.nhs.uk", "healthidsbx.abdm.gov.in", "ws.ramq.gouv.qc.ca"]), R.randint(5, 60)))
        return L
    p = maybe_old(O_ANY, 0.25)
    v = R.randrange(3)
    if v == 0:
        a = addr_uk()
        items = [("nhs_no", P(nhs_number(), "health_plan")), ("surname", P(p.last, "name") if "'" not in p.last else P("Okafor", "name")),
                 ("forename", P(p.first, "name")), ("dob", P(fd(p.dob, "iso"), "date")), ("postcode", P(a.zip, "zip")), ("row_id", R.randint(1000, 99999))]
        L.t("Row %d rejected: ValueError(\"invalid postcode for practice %s\") record=" % (R.randint(1, 90000), gp_ods()))
        L.add(pyrepr_dict(items))
    elif v == 1:
        items = [("ni_number", P(nino(), "ssn")), ("s1_form_ref", P("S1-%s" % dig(8), "health_plan")), ("name", P(p.full(), "name") if "'" not in p.last else P(p.first, "name")),
                 ("es_address", P(addr_es().street, "address")), ("age", P(p.age, "age", raw=True) if p.age > 89 else p.age)]
        L.t("S1 registration failed: IntegrityError(\"missing NIE\") payload=")
        L.add(pyrepr_dict(items))
    else:
        items = [("fax_no", P(phone("GB", "land"), "fax"))] if chance(0.4) else []
        items += [("ehic", P("80826" + dig(15), "health_plan")), ("holder", P(p.style("UPPER"), "name") if "'" not in p.last else P(p.first.upper(), "name")),
                 ("email", P(email(p, "GB"), "email")), ("phone", P(phone("GB"), "phone")), ("treatment_date", P(fd(near_date(60), "iso"), "date"))]
        L.t("EHIC claim parse warning: TypeError(\"amount must be Decimal\") data=")
        L.add(pyrepr_dict(items))
    return L


# ============================================================================
# FAMILY: sms_reminder_gateway
# ============================================================================
def fam_sms(phi):
    L = Line("sms_reminder_gateway", phi)
    dt = rand_dt()
    L.t("%s sms-gw %s " % (ts_iso(dt), ch(["INFO", "INFO", "DEBUG"])))
    mid = "SM" + hexs(32)
    if not phi:
        v = R.randrange(4)
        if v == 0:
            L.t("DLR msg_id=%s status=DELIVERED err=000 carrier=%s parts=1 latency_ms=%d" % (mid, ch(["EE", "Vodafone UK", "Telstra", "Jio", "Orange FR"]), R.randint(200, 9000)))
        elif v == 1:
            L.t("template APPT_REMINDER_v%d updated by svc-comms lang=%s chars=%d" % (R.randint(1, 9), ch(["en-GB", "fr-FR", "es-ES", "de-DE", "nl-NL"]), R.randint(80, 300)))
        elif v == 2:
            h = ch(HOSP_GB)
            L.t("sender registered id=NHS%s footer=\"%s, %s. Tel %s\"" % (ch(["Leeds", "Norfolk", "Devon"]), h[0], h[1], h[2]))
        else:
            L.t("throughput window=60s sent=%d failed=%d throttled=%d shortcode=%d" % (R.randint(100, 9000), R.randint(0, 50), R.randint(0, 100), R.randint(60000, 89999)))
        return L
    lang = ch(["en", "en", "fr", "es", "de", "nl"])
    cc = {"en": "GB", "fr": "FR", "es": "ES", "de": "DE", "nl": "NL"}[lang]
    p = Person({"en": O_UK, "fr": O_FR, "es": O_ES, "de": O_DE, "nl": O_NL}[lang])
    ad = future_date(1, 30)
    tm = "%02d:%02d" % (R.randint(8, 17), ch([0, 10, 20, 30, 40, 50]))
    L.t("queued msg_id=%s to=" % mid)
    L.p(phone(cc).replace(" ", ""), "phone")
    L.t(" template=APPT_REMINDER_v%d body=\"" % R.randint(1, 9))
    if lang == "en":
        L.tpl("Dear {n}, your appointment at {h} is on {d} at {t}. Reply C to cancel.",
              n=P(p.first, "name") if chance(0.5) else [p.title + " ", P(p.last, "name")], h=ch(HOSP_GB)[0], d=P(fd(ad, "dmy/"), "date"), t=tm)
    elif lang == "fr":
        L.tpl("Bonjour {civ} {n}, rappel de votre rendez-vous le {d} à {t} au CHU. Répondez STOP pour annuler.",
              civ="Mme" if p.sex == "F" else "M.", n=P(p.last, "name"), d=P(fd(ad, "fr"), "date"), t=tm.replace(":", "h"))
    elif lang == "es":
        L.tpl("Hola {n}: le recordamos su cita el {d} a las {t}. Responda NO para anular.",
              n=P(p.full(), "name"), d=P(fd(ad, "dmy/"), "date"), t=tm)
    elif lang == "de":
        L.tpl("Guten Tag {civ} {n}, Ihr Termin ist am {d} um {t} Uhr. Absage unter 030 4505 0.",
              civ="Frau" if p.sex == "F" else "Herr", n=P(p.last, "name"), d=P(fd(ad, "dmy."), "date"), t=tm)
    else:
        L.tpl("Beste {n}, uw afspraak is op {d} om {t}. Afmelden? Bel 020-5669111.",
              n=P(p.full(), "name"), d=P(fd(ad, "nl"), "date"), t=tm)
    L.t("\" parts=%d" % R.randint(1, 2))
    return L


# ============================================================================
# FAMILY: dicom_router
# ============================================================================
def uid_dcm():
    return "1.2.840.113619.2.%d.%d.%d.%d.%d" % (R.randint(1, 400), R.randint(1000, 99999999), R.randint(100, 999), 1740000000 + R.randint(0, 9999999), R.randint(1, 999))


def fam_dicom(phi):
    L = Line("dicom_router", phi)
    dt = rand_dt()
    L.t("%s INFO  [dcm-router] " % ts_log4j(dt))
    if not phi:
        v = R.randrange(3)
        if v == 0:
            L.t("Association accepted: calling AE=%s called AE=TELERAD_GW peer=%s:%d maxPDU=16384 contexts=%d" %
                (ch(["CT_SCANNER_02", "MR_3T_01", "CR_ED_1", "US_OBS_3"]), private_ip(), ch([104, 11112]), R.randint(1, 40)))
        elif v == 1:
            L.t("C-ECHO-RSP status=0x0000 peer=%s remote AE=PACS_NIGHTHAWK_AU rtt=%dms" % (private_ip(), R.randint(20, 400)))
        else:
            L.t("C-STORE-RSP status=0x0000 SOPInstanceUID=%s TransferSyntax=1.2.840.10008.1.2.4.%d bytes=%d" %
                (uid_dcm(), ch([50, 70, 90, 91]), R.randint(100000, 90000000)))
        return L
    p = maybe_old(O_ANY, 0.5)
    doc = ch(CLIN["GB"] + CLIN["AU"]).replace("Dr ", "").split()
    L.t("C-STORE-RQ from AE=%s (%s:%d) SOPInstanceUID=%s Modality=%s " % (ch(["CT_SCANNER_02", "MR_3T_01", "CR_ED_1"]), private_ip(), 104, uid_dcm(), ch(["CT", "MR", "CR", "DX"])))
    L.tpl("(0010,0010) PatientName={pn} (0010,0020) PatientID={pid} (0010,0030) PatientBirthDate={dob} (0010,0040) PatientSex={sx} (0010,1010) PatientAge={age} ",
          pn=P(p.style("hl7"), "name"), pid=P(dig(8), "mrn"), dob=P(fd(p.dob, "hl7"), "date"), sx=p.sex,
          age=P("%03dY" % p.age, "age") if p.age > 89 else "%03dY" % p.age)
    if chance(0.5):
        L.t("(0010,1000) OtherPatientIDs=")
        L.p(nhs_number(), "health_plan")
        L.t(" ")
    if chance(0.4):
        L.t("(0008,0020) StudyDate=")
        L.p(near_date(2).strftime("%Y%m%d"), "date")
        L.t(" ")
    L.t("(0008,0080) InstitutionName=%s (0008,0090) ReferringPhysicianName=%s^%s^^DR" % (ch(HOSP_GB)[0], doc[-1].upper(), doc[0].upper()))
    return L


# ============================================================================
# FAMILY: emedical_ime (immigration medical examinations)
# ============================================================================
PANEL = [("St. Luke's Extension Clinic, Manila", "PH", ["fil"]), ("IOM Migration Health Centre, Lagos", "NG", ["ng"]),
         ("Panel Clinic Bengaluru", "IN", ["in"]), ("Hong Kong Panel Physician Centre", "CN", ["zh"]),
         ("Clinique Pasteur Panel Site, Tunis", "TN", ["ar"])]


def fam_ime(phi):
    L = Line("emedical_ime", phi)
    dt = rand_dt()
    L.t("%s +08:00 [eMedical] %s " % (dt.strftime("%Y-%m-%d %H:%M:%S"), ch(["INFO", "INFO", "WARN"])))
    if not phi:
        v = R.randrange(3)
        if v == 0:
            L.t("Panel site configuration synced: clinic_id=%s-%s-%02d xray_device=\"Carestream DRX-Revolution\" sw=%s radiologist=\"%s\"" %
                (ch(["PHL", "NGA", "IND"]), ch(["MNL", "LOS", "BLR"]), R.randint(1, 9), ver(), ch(CLIN["PH"] + CLIN["IN"])))
        elif v == 1:
            L.t("Validation rule HAP_ID_FORMAT v%d deployed; batch %s re-queued (%d cases); TRN format unchanged" %
                (R.randint(2, 9), uuid4(), R.randint(1, 200)))
        else:
            L.t("Biometric capture station %s firmware %s calibrated; template_format=ISO19794-2; sensor_sn_masked=****%s (clinic asset)" %
                (ch(["BCS-01", "BCS-02"]), ver(), dig(4)))
        return L
    site, cc, orig = ch(PANEL)
    p = maybe_old(orig, 0.35)
    L.t("Case submitted: ")
    parts = ["HAP_ID=", P(ndig(8), "other_id"), " visa_subclass=%s applicant=\"" % ch(["103", "500", "820", "IMM1017"]), P(p.style("rev"), "name"),
             "\" dob=", P(fd(p.dob, "iso"), "date"), " age=", age_part(p), " passport=", P(passport(cc if cc in ("PH", "NG", "IN") else "XX"), "other_id"),
             " clinic=\"%s\" panel_physician=\"%s\"" % (site, ch(CLIN["PH"] + CLIN["IN"]))]
    if chance(0.65):
        parts += [" photo=", P("/emedical/photos/%s/%s_face.jpg" % (dt.strftime("%Y/%m"), dig(8)), "photo")]
    if chance(0.5):
        parts += [" fingerprint_tpl=", P(fmr_b64(), "biometric")]
    if chance(0.3):
        parts += [" uci=", P("%s-%s" % (dig(4), dig(4)), "other_id")]
    if chance(0.3):
        parts += [" applicant_email=", P(email(p, "GB"), "email")]
    L.add(parts)
    return L


# ============================================================================
# driver
# ============================================================================
FAMILIES = [fam_pds, fam_gpc, fam_mesh, fam_hl7, fam_ohip, fam_ramq, fam_cacb, fam_auhi, fam_aumhr, fam_abdm,
            fam_uidai, fam_de, fam_fr, fam_es, fam_nl, fam_mx, fam_travel, fam_repat, fam_medtour, fam_portal,
            fam_ivr, fam_rpm, fam_pyetl, fam_sms, fam_dicom, fam_ime]


def check(lines):
    for i, L in enumerate(lines, 1):
        text = L.text()
        assert "\n" not in text and "\r" not in text, (i, "embedded newline")
        b = text.encode("utf-8")
        prev_e = 0
        for (s, e, cat, v) in sorted(L.spans):
            assert cat in CATS, (i, cat)
            assert 0 <= s < e <= len(b), (i, s, e)
            assert b[s:e].decode("utf-8") == v, (i, b[s:e], v)
            assert v == v.strip() and v, (i, "surrounding space", v)
            assert s >= prev_e, (i, "overlap", v)
            prev_e = e
        if not L.phi:
            assert not L.spans, (i, "PHI span on a no-PHI line")
        else:
            assert L.spans, (i, "PHI line without spans", L.family)
        for chunk in L.json_chunks:
            json.loads(chunk)


def main():
    plan = [False] * N_NEG + [True] * (N_LINES - N_NEG)
    R.shuffle(plan)
    fams = {True: [], False: []}
    lines = []
    for phi in plan:
        if not fams[phi]:
            fams[phi] = FAMILIES[:]
            R.shuffle(fams[phi])
        f = fams[phi].pop()
        lines.append(f(phi))
    check(lines)
    with open(os.path.join(HERE, "av.log"), "w", encoding="utf-8", newline="\n") as fh:
        for L in lines:
            fh.write(L.text() + "\n")
    with open(os.path.join(HERE, "av.labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for i, L in enumerate(lines, 1):
            rec = {"line": i, "family": L.family,
                   "spans": [{"s": s, "e": e, "cat": c} for (s, e, c, v) in sorted(L.spans)]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # re-read and re-verify from disk
    with open(os.path.join(HERE, "av.log"), "rb") as fh:
        raw = fh.read().split(b"\n")
    assert raw[-1] == b"" and len(raw) - 1 == N_LINES
    with open(os.path.join(HERE, "av.labels.jsonl"), encoding="utf-8") as fh:
        labs = [json.loads(x) for x in fh]
    assert len(labs) == N_LINES
    for lab, L in zip(labs, lines):
        lb = raw[lab["line"] - 1]
        for sp, (s, e, c, v) in zip(lab["spans"], sorted(L.spans)):
            assert lb[sp["s"]:sp["e"]].decode("utf-8") == v
    # summary
    per = {c: 0 for c in CATS}
    for L in lines:
        for sp in L.spans:
            per[sp[2]] += 1
    n_phi = sum(1 for L in lines if L.spans)
    fam_count = {}
    for L in lines:
        fam_count.setdefault(L.family, [0, 0])[1 if L.phi else 0] += 1
    print("lines: %d" % len(lines))
    print("lines with PHI: %d (%.1f%%)" % (n_phi, 100.0 * n_phi / len(lines)))
    print("lines without PHI: %d (%.1f%%)" % (len(lines) - n_phi, 100.0 * (len(lines) - n_phi) / len(lines)))
    print("spans: %d" % sum(per.values()))
    for c in CATS:
        print("  %-12s %d" % (c, per[c]))
    print("families (no-PHI / PHI):")
    for f in sorted(fam_count):
        print("  %-26s %3d / %3d" % (f, fam_count[f][0], fam_count[f][1]))
    low = [c for c in CATS if per[c] < 8]
    assert not low, "categories under 8 spans: %s" % low


if __name__ == "__main__":
    main()
