#!/usr/bin/env python3
"""Synthetic labeled log corpus "ns": a multidisciplinary ALS / neuromuscular disease clinic.

Systems imitated: home-ventilator cloud telemetry (JSON) and alarm relay (key=value), cough-assist
gateway (syslog + logfmt), HL7 v2.5.1 (genetic ORU for SOD1 / C9orf72, ADT A03 hospice discharge,
ACKs) one segment per physical line, X12 837P DME claims one segment per line, FHIR R4 JSON,
Zendesk webhooks (tickets written by families, English / Spanish / French / Polish), power
wheelchair repair CSV export, NEALS-like trial screening pipe rows, voice banking metadata JSON,
NLog lines of the C# AAC / eye-gaze support service, Serilog text and CLEF JSON of C# DME and
care-transition services, Django and Celery logs, gunicorn access log, Twilio webhook logfmt,
iCalendar respite events, PostgreSQL logs, Python tracebacks, Mirth Connect, Prometheus text,
klog (Kubernetes).

All people, numbers and identifiers are invented. Standard library only, fixed seed.

Labeling decisions:
- Patients, their relatives/caregivers, guarantors, subscribers and signers of consent are
  labeled; clinicians, RTs, SLPs, wheelchair techs, Zendesk agents, coordinators (names, staff
  usernames, @nlnmc.org emails, pagers, extensions) are not labeled.
- Businesses (hospice agencies, DME suppliers, labs, payers), their NPIs, CLIA numbers, phones,
  faxes and addresses, and the clinic's own numbers are not labeled.
- Names: every written form is one span ("Last, First", HL7 LAST^FIRST^M is split per component,
  initials like "K.A.M." and "R. Tanaka" are name). Username of a patient/caregiver = other_id.
- Dates tied to a person are labeled (birth, death, diagnosis, symptom-onset month, therapy/usage
  day, service/visit/appointment/respite shift, admission/discharge, hospice admit, consent
  signed, specimen collection). Month-year is a date; a year alone (yob) is not.
  Log/record timestamps (line prefixes, created_at/opened, MSH-7, EVN, ISA/GS/BHT envelope dates,
  received/ingest times) are not labeled. HL7 datetimes in PV1-44/45 are labeled whole.
- Ages are labeled only when over 89; younger ages stay unlabeled.
- Address: street line, city and county are separate "address" spans; state alone is not
  labeled; ZIP is "zip". Facility addresses are not labeled.
- Device: serial numbers, IMEIs, MAC addresses and UDI carrier strings (whole string) of a
  device assigned to a patient (home vents, cough assists, power chairs, SGDs/eye trackers) are
  labeled "device", also on telemetry lines that carry no other identifier. Model names, HCPCS
  codes, firmware versions, GS1 device identifiers (DI) alone, and serials of unassigned depot /
  loaner-pool / bench-test units are not labeled.
- Internal surrogate keys (Django integer pk, FHIR logical ids, Zendesk user/ticket ids, Celery
  task UUIDs, DME order numbers, HL7 placer/filler/accession numbers, message control ids) are
  not labeled. Case/referral numbers, encounter/visit numbers (PV1-19), trial subject ids,
  registry ids and voice-bank speaker ids identify a person and are other_id.
- health_plan: Medicare MBI, Medicaid ids, commercial member/subscriber ids. account: patient
  account / claim patient-control numbers (CLM01, PID-18), payment card numbers. license:
  driver's licence and disability parking placard numbers of patients/caregivers. vehicle:
  VINs and plates of a patient's wheelchair van.
- biometric: voiceprint embeddings / speaker templates (base64). Audio file checksums (sha256) are
  not labeled. photo: base64 JPEG face images (only the base64 payload).
- ip: public IPs of patients/caregivers (portal, uploads); private 10.x / cluster IPs are not.
- url: personal pages of a patient/family (CaringBridge, GoFundMe, blogs); an email address
  inside a URL query is email (URL-encoded form kept).
- Genetic findings (SOD1 p.Ala5Val, C9orf72 repeat count), diagnoses and scores are not
  identifiers and are not labeled.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import re
import unicodedata

ID = "ns"
R = random.Random(23)
HERE = os.path.dirname(os.path.abspath(__file__))
REF = dt.date(2024, 11, 4)


# ----------------------------------------------------------------------------- line builder
class P:
    """A PHI value with its category."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class Rich(list):
    """A string made of plain pieces and P pieces (free text)."""


def tpl(fmt, *args):
    out = Rich()
    for i, piece in enumerate(re.split(r"\{(\d+)\}", fmt)):
        if i % 2 == 0:
            if piece:
                out.append(piece)
        else:
            out.append(args[int(piece)])
    return out


def ident(x):
    return x


def jesc(x):
    return json.dumps(x, ensure_ascii=False)[1:-1]


class B:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []
        self.n = 0
        self.spans = []

    def t(self, x):
        self.parts.append(x)
        self.n += len(x.encode("utf-8"))
        return self

    def p(self, x, cat):
        if not cat:
            return self.t(x)
        st = self.n
        self.t(x)
        self.spans.append((st, self.n, cat, x))
        return self

    def w(self, x, esc=ident):
        if isinstance(x, P):
            self.p(esc(str(x.v)), x.cat)
        elif isinstance(x, (list, tuple)):
            for y in x:
                self.w(y, esc)
        else:
            self.t(esc(str(x)))
        return self

    def j(self, o, sep=(",", ":")):
        """Write o as JSON; P and Rich values are recorded as spans."""
        if isinstance(o, dict):
            self.t("{")
            for i, (k, v) in enumerate(o.items()):
                if i:
                    self.t(sep[0])
                self.t(json.dumps(k, ensure_ascii=False))
                self.t(sep[1])
                self.j(v, sep)
            self.t("}")
        elif isinstance(o, Rich):
            self.t('"')
            self.w(o, jesc)
            self.t('"')
        elif isinstance(o, list):
            self.t("[")
            for i, v in enumerate(o):
                if i:
                    self.t(sep[0])
                self.j(v, sep)
            self.t("]")
        elif isinstance(o, P):
            if isinstance(o.v, str):
                self.t('"')
                self.p(jesc(o.v), o.cat)
                self.t('"')
            else:
                self.p(json.dumps(o.v), o.cat)
        else:
            self.t(json.dumps(o, ensure_ascii=False))
        return self

    def text(self):
        return "".join(self.parts)


# ----------------------------------------------------------------------------- clock
CLOCK = [dt.datetime(2024, 11, 4, 5, 58, 11, 118000)]


def tick():
    CLOCK[0] += dt.timedelta(seconds=R.randint(1, 70), milliseconds=R.randint(0, 999))
    return CLOCK[0]


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def ts_iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "Z"


def ts_dj(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)


def ts_clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def ts_sl(t):
    t = t - dt.timedelta(hours=5)
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t) + " -05:00"


def ts_pg(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t) + " UTC"


def ts_sys(t):
    return "%s %2d %s" % (t.strftime("%b"), t.day, t.strftime("%H:%M:%S"))


def ts_klog(t):
    return "I%s %s.%06d" % (t.strftime("%m%d"), t.strftime("%H:%M:%S"), t.microsecond)


def ts_hl7(t):
    return t.strftime("%Y%m%d%H%M%S")


def ts_clef(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%07d" % (t.microsecond * 10 + R.randint(0, 9)) + "Z"


def ts_nlog(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%04d" % (t.microsecond // 100)


# ----------------------------------------------------------------------------- value helpers
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def fdate(d, style=None):
    style = style or R.choice(["iso", "us", "us_short", "dmon", "long", "compact", "us_nz"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_nz":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "us_short":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "dmon":
        return d.strftime("%d-%b-%Y")
    if style == "long":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    if style == "eu_slash":
        return d.strftime("%d/%m/%Y")
    raise ValueError(style)


def fphone(ph, style=None):
    a, b, c = ph
    style = style or R.choice(["paren", "dash", "plain", "e164", "intl", "dot"])
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "plain": a + b + c, "e164": "+1" + a + b + c, "intl": "+1 %s %s %s" % (a, b, c),
            "dot": "%s.%s.%s" % (a, b, c)}[style]


def slug(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("ł", "l").replace("Ł", "L")
    return re.sub(r"[^A-Za-z0-9]", "", s)


def asc_up(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.replace("ł", "l").replace("Ł", "L").upper()


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


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dashed=False):
    an = MBI_L + "0123456789"
    s = (R.choice("123456789") + R.choice(MBI_L) + R.choice(an) + R.choice("0123456789") +
         R.choice(MBI_L) + R.choice(an) + R.choice("0123456789") + R.choice(MBI_L) +
         R.choice(MBI_L) + digits(2))
    return s[:4] + "-" + s[4:7] + "-" + s[7:] if dashed else s


VIN_MAP = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["2C4", "1FT", "2D4", "1GB", "5TD", "2T1", "1FM"])
    v = list(wmi + "".join(R.choice(chars) for _ in range(5)) + "0" + R.choice("KLMNPR") +
             R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6))
    tot = sum((int(c) if c.isdigit() else VIN_MAP[c]) * w for c, w in zip(v, VIN_W))
    v[8] = "X" if tot % 11 == 10 else str(tot % 11)
    return "".join(v)


def card():
    body = R.choice(["4", "51", "53", "4"]) + ""
    body += digits(15 - len(body))
    num = body + luhn_digit(body)
    st = R.choice(["space", "dash", "plain"])
    if st == "plain":
        return num
    s = " " if st == "space" else "-"
    return s.join(num[i:i + 4] for i in range(0, 16, 4))


def imei():
    body = R.choice(["35", "86", "01"]) + digits(12)
    return body + luhn_digit(body)


def mac():
    oui = R.choice(["00:1B:4F", "70:B3:D5", "B8:27:EB", "3C:71:BF", "F4:5C:89"])
    return oui + ":" + ":".join("%02X" % R.randint(0, 255) for _ in range(3))


def pub_ip():
    return "%d.%d.%d.%d" % (R.choice([24, 35, 47, 67, 68, 69, 71, 73, 75, 76, 97, 98, 99, 107, 108, 174, 184]),
                            R.randint(1, 254), R.randint(1, 254), R.randint(2, 254))


def priv_ip():
    return "10.%d.%d.%d" % (R.randint(0, 60), R.randint(0, 255), R.randint(2, 254))


def jpeg_b64(n):
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
    body = bytes(R.randint(0, 255) for _ in range(n))
    return base64.b64encode(head + body + b"\xff\xd9").decode()


def emb_b64(n):
    return base64.b64encode(bytes(R.randint(0, 255) for _ in range(n))).decode()


# ----------------------------------------------------------------------------- people
FIRST_F = ["Chidinma", "Siobhán", "Mei-Ling", "Zofia", "Aaliyah", "Lucía", "Thandiwe", "Priya",
           "Rosalind", "Hana", "Anneliese", "Fatima", "Ngozi", "Inês", "Aroha", "Marisol", "Yuki",
           "Dagny", "Leilani", "Gráinne", "Olena", "Adaeze", "Beatriz", "Nadia", "Eun-ji", "Maribel",
           "Wanda", "Hyacinth"]
FIRST_M = ["Kwame", "Tomás", "Haruto", "Dmitri", "Oluwaseun", "Björn", "Ravi", "Yusuf", "Declan",
           "Mateo", "Émile", "Tuan", "Grzegorz", "Kofi", "Hamid", "Lars", "Jean-Baptiste", "Sione",
           "Arjun", "Cormac", "Wojciech", "Rashid", "Takeshi", "DeShawn", "Ignacio", "Eugene",
           "Walter"]
LAST = ["Okafor", "O'Sullivan", "Nguyen", "García-López", "van der Berg", "de la Cruz", "Kowalczyk",
        "Tanaka", "Haddad", "Lindqvist", "Raghunathan", "Mensah", "Ferreira", "MacLeod", "Abdi",
        "Schäfer", "Rossi", "Eze", "Iyer", "Park", "Wiśniewski", "Moreno", "Dlamini", "Dubois",
        "St. Clair", "Tran", "Adeyemi", "Ngata", "Al-Rashid", "Bianchi-Moretti", "Van Houten",
        "Fitzgerald-Oyelaran", "Kaur", "Yilmaz", "Whitehorse", "DiNapoli", "Łukasik",
        "Papadopoulos", "Halvorsen", "Mbeki"]
PLACES = [("Ann Arbor", "Washtenaw", "MI", "48104", "734"), ("Ypsilanti", "Washtenaw", "MI", "48197", "734"),
          ("Dearborn", "Wayne", "MI", "48124", "313"), ("Lansing", "Ingham", "MI", "48910", "517"),
          ("Grand Rapids", "Kent", "MI", "49503", "616"), ("Toledo", "Lucas", "OH", "43606", "419"),
          ("Flint", "Genesee", "MI", "48503", "810"), ("Kalamazoo", "Kalamazoo", "MI", "49008", "269"),
          ("Jackson", "Jackson", "MI", "49201", "517"), ("Fort Wayne", "Allen", "IN", "46805", "260"),
          ("Saginaw", "Saginaw", "MI", "48602", "989"), ("Traverse City", "Grand Traverse", "MI", "49684", "231"),
          ("Sault Ste. Marie", "Chippewa", "MI", "49783", "906"), ("Bowling Green", "Wood", "OH", "43402", "419"),
          ("Novi", "Oakland", "MI", "48375", "248"), ("Hamtramck", "Wayne", "MI", "48212", "313"),
          ("Monroe", "Monroe", "MI", "48162", "734"), ("Chelsea", "Washtenaw", "MI", "48118", "734")]
STREETS = ["Larkspur Ln", "W Huron St", "Packard Rd", "Ecorse Rd", "Michigan Ave", "Birchwood Dr",
           "Cherry Hill Rd", "Plymouth Rd", "E Grand River Ave", "Oak Hollow Ct", "N Main St",
           "Old Mission Rd", "Maple Ridge Blvd", "Conant St", "Lakeshore Dr", "Pontiac Trl",
           "S Westnedge Ave", "Kercheval Ave", "Tecumseh Rd", "Wolverine Ct"]
RELS = [("daughter", "F"), ("son", "M"), ("wife", "F"), ("husband", "M"), ("niece", "F"),
        ("grandson", "M"), ("sister", "F"), ("partner", "F")]


class Person:
    pass


def mk_phone(area):
    return (area, str(R.randint(2, 9)) + digits(2), digits(4))


def person():
    p = Person()
    p.sex = R.choice("FM")
    p.first = R.choice(FIRST_F if p.sex == "F" else FIRST_M)
    p.last = R.choice(LAST)
    p.mi = R.choice("ABCDEFGHJKLMNPRSTW")
    age = R.randint(90, 96) if R.random() < 0.2 else R.randint(34, 86)
    p.dob = REF - dt.timedelta(days=int(age * 365.25) + R.randint(2, 360))
    p.age = REF.year - p.dob.year - ((REF.month, REF.day) < (p.dob.month, p.dob.day))
    city, county, st, z, area = R.choice(PLACES)
    p.street = "%d %s" % (R.randint(12, 9890), R.choice(STREETS))
    p.unit = R.choice(["", "", "", "Apt 3B", "Unit 12", "Lot 44", "Apt 210"])
    p.city, p.county, p.state = city, county, st
    p.zip = z if R.random() < 0.8 else z + "-" + digits(4)
    p.phone = mk_phone(area)
    user = slug(p.first).lower()
    fmt = R.choice(["{f}.{l}@gmail.com", "{f}{l}{n}@yahoo.com", "{fi}{l}@outlook.com", "{l}.{f}@comcast.net",
                    "{f}_{l}{n}@icloud.com"])
    p.email = fmt.format(f=user, l=slug(p.last).lower(), fi=user[0], n=R.randint(10, 99))
    p.ssn = ssn()
    p.mrn = R.choice([lambda: "40" + digits(6), lambda: "NL" + digits(7), lambda: "E" + digits(8)])()
    p.mbi = mbi()
    p.medicaid = R.choice(["00", "01", "10"]) + digits(8)
    p.member = R.choice(["XYP", "W", "ZGM", "BCB"]) + digits(9)
    p.acct = R.choice(["PA", "A", "HAR"]) + digits(8)
    p.vent = R.choice([lambda: "TV" + digits(10), lambda: "2" + digits(10), lambda: "VTL" + digits(7)])()
    p.cough = "CA" + digits(9)
    p.chair = R.choice(["PWC-", "QL6", "M3C-"]) + digits(4) + "-" + digits(6)
    p.sgd = "TDI" + R.choice(["13", "16"]) + "-" + digits(4) + "-" + digits(6)
    p.imei = imei()
    p.mac = mac()
    p.user = R.choice(["%s.%s" % (user, slug(p.last).lower()), user[0] + slug(p.last).lower() + str(R.randint(1, 99)),
                       slug(p.last).lower() + "_" + user[:3]])
    p.subj = "%03d-%04d" % (R.choice([14, 21, 7, 33]), R.randint(1, 399))
    p.reg = "NRG-%s-%s" % (digits(3), digits(5))
    p.speaker = "VB" + digits(6)
    p.visit = "V" + digits(8)
    p.plate = R.choice([lambda: "%s %s" % ("".join(R.choice("BCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)), digits(4)),
                        lambda: digits(1) + "".join(R.choice("BCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)) + digits(3)])()
    p.vin = vin()
    p.dl = R.choice([lambda: "%s %s %s %s %s" % (R.choice("ABCDKMST"), digits(3), digits(3), digits(3), digits(3)),
                     lambda: "".join(R.choice("ABCDEFGHKLMNPRST") for _ in range(2)) + digits(6)])()
    p.placard = "DP" + digits(7)
    p.ip = pub_ip()
    fs = slug(p.first).lower()
    ls = slug(p.last).lower()
    p.url = R.choice(["https://www.caringbridge.org/visit/%s%s" % (fs, ls),
                      "https://www.gofundme.com/f/%s-%s-als-van-fund" % (fs, ls),
                      "https://%s%sals.blogspot.com/" % (fs, ls),
                      "https://www.facebook.com/%s.%s.%d" % (fs, ls, R.randint(1, 999))])
    # caregiver
    rel, csex = R.choice(RELS if p.age >= 65 else [x for x in RELS if x[0] not in ("grandson", "niece")])
    c = Person()
    c.rel = rel
    c.first = R.choice([f for f in (FIRST_F if csex == "F" else FIRST_M) if f != p.first])
    c.last = p.last if R.random() < 0.6 else R.choice(LAST)
    cu = slug(c.first).lower()
    c.phone = mk_phone(p.phone[0] if R.random() < 0.7 else R.choice(PLACES)[4])
    c.email = R.choice(["{f}.{l}@gmail.com", "{f}{l}@hotmail.com", "{fi}.{l}{n}@gmail.com", "{l}fam{n}@aol.com"]).format(
        f=cu, l=slug(c.last).lower(), fi=cu[0], n=R.randint(1, 99))
    c.user = cu + "." + slug(c.last).lower()
    c.ip = pub_ip()
    c.fax = mk_phone(c.phone[0])
    c.dl = R.choice(["%s %s %s %s %s" % (R.choice("ABCDKMST"), digits(3), digits(3), digits(3), digits(3)),
                     "".join(R.choice("ABCDEFGHKLMNPRST") for _ in range(2)) + digits(6)])
    p.cg = c
    return p


def nm(p, style=None):
    style = style or R.choice(["fl", "fl", "lf", "LF", "lower", "init", "fml", "UP"])
    f, l = p.first, p.last
    return {"fl": "%s %s" % (f, l), "lf": "%s, %s" % (l, f), "LF": "%s, %s" % (l.upper(), f.upper()),
            "lower": "%s %s" % (f.lower(), l.lower()), "init": "%s. %s" % (f[0], l),
            "fml": "%s %s. %s" % (f, getattr(p, "mi", "J"), l), "UP": "%s %s" % (f.upper(), l.upper())}[style]


POOL = [person() for _ in range(46)]


def pp():
    return R.choice(POOL)


def agep(p):
    """age as P only when > 89"""
    return P(str(p.age), "age") if p.age > 89 else str(p.age)


def agej(p):
    return P(p.age, "age") if p.age > 89 else p.age


OLD = [q for q in POOL if q.age > 89]


STAFF = [("Simone", "Hartwell", "MD"), ("Marcus", "Osei", "MD"), ("Dana", "Whitfield", "RRT"),
         ("Keiko", "Grant", "CCC-SLP"), ("Javier", "Ortiz", "ATP"), ("Ruth", "Lindgren", "RN"),
         ("Priyanka", "Desai", "LCSW"), ("Aaron", "Feld", "CRC"), ("Tamsin", "Okoye", "PT"),
         ("Gil", "Barzani", "RRT"), ("Noor", "Haidari", "NP"), ("Wes", "Kamaka", "RTS")]


def staff():
    f, l, c = R.choice(STAFF)
    return f, l, c


def staff_user():
    f, l, _ = staff()
    return R.choice([f[0].lower() + l.lower(), "%s.%s" % (f.lower(), l.lower())])


HOSPICES = ["Arbor Hospice", "Hospice of Michigan", "Heartland Hospice - Toledo", "Great Lakes Caring Hospice"]
DME_VENDORS = ["Great Lakes Home Medical", "Apria Healthcare", "Lincare #4412", "AdaptHealth Ann Arbor"]


# ----------------------------------------------------------------------------- generators (PHI-bearing)
def g_vent_json():
    p = pp()
    t = tick()
    b = B("vent_telemetry_json")
    if R.random() < 0.55:
        o = {"ts": ts_iso(t), "svc": "vent-ingest", "evt": "daily_summary", "deviceSerial": P(p.vent, "device"),
             "model": R.choice(["Trilogy Evo", "Trilogy 100", "Astral 150", "Vivo 65"]),
             "fw": R.choice(["2.4.1", "1.19.3", "5.2.0"])}
        if R.random() < 0.5:
            o["cellImei"] = P(p.imei, "device")
        if R.random() < 0.5:
            o["patientRef"] = P(p.mrn, "mrn")
        o.update({"usageDay": P(fdate(REF - dt.timedelta(days=R.randint(1, 3)), "iso"), "date"),
                  "usageMin": R.randint(600, 1440), "mode": R.choice(["AVAPS-AE", "PC", "S/T", "A/C-VC"]),
                  "ipap": round(R.uniform(12, 24), 1), "epap": round(R.uniform(4, 8), 1),
                  "vtMl": R.randint(320, 560), "rrBpm": R.randint(10, 20), "leakLpm": round(R.uniform(18, 65), 1),
                  "spo2Mean": round(R.uniform(88, 98), 1),
                  "alarms": [{"code": R.choice(["LOW_MIN_VENT", "HIGH_LEAK", "CIRCUIT_DISCONNECT", "LOW_VTE"]),
                              "n": R.randint(1, 9)}]})
        b.j(o)
    else:
        o = {"time": ts_iso(t), "source": "airview-bridge", "serial_no": P(p.vent, "device"),
             "pt_id": P(p.mrn, "mrn"), "therapy_date": P(fdate(REF - dt.timedelta(days=1), "compact"), "date"),
             "mv_l_min": round(R.uniform(5, 11), 2), "ahi": round(R.uniform(0, 9), 1),
             "pct_spont_trig": R.randint(5, 90), "mask": R.choice(["full-face", "nasal", "trach"])}
        b.j(o, (", ", ": "))
    return [b]


def g_vent_alarm():
    p = pp()
    t = tick()
    b = B("vent_alarm_kv")
    b.t("%s vent-alerts %s alarm=%s serial=" % (ts_iso(t), R.choice(["WARN", "ERROR"]),
                                                  R.choice(["DISCONNECT", "HIGH_PRESSURE", "POWER_FAIL", "LOW_BATTERY", "APNEA"])))
    b.p(p.vent, "device")
    b.t(" priority=%s durationSec=%d escalated_to=rt-oncall pt_age=" % (R.choice(["HIGH", "MED"]), R.randint(5, 400))).w(agep(p))
    if R.random() < 0.7:
        b.t(' pt="').p(nm(p, R.choice(["LF", "lf"])), "name").t('"')
    b.t(" callback=").p(fphone(p.cg.phone, R.choice(["intl", "e164", "dash"])), "phone")
    b.t(" ack=%s" % R.choice(["false", "true"]))
    return [b]


def g_cough():
    p = pp()
    t = tick()
    b = B("coughassist_syslog")
    b.t("%s dme-gw0%d coughsync[%d]: level=info msg=\"session data uploaded\" serial=" % (ts_sys(t), R.randint(1, 3), R.randint(900, 9000)))
    b.p(p.cough, "device")
    if R.random() < 0.6:
        b.t(" pt_mrn=").p(p.mrn, "mrn")
    b.t(" svc_date=").p(fdate(REF - dt.timedelta(days=R.randint(0, 2)), "us"), "date")
    b.t(" sessions=%d insp_cmH2O=%d exp_cmH2O=-%d cycles=%d pause_s=1.0 pcf_lpm=%d" % (
        R.randint(1, 6), R.choice([35, 40, 45]), R.choice([35, 40, 45]), R.randint(3, 6), R.randint(120, 300)))
    return [b]


def hl7seg(b, fields):
    for i, f in enumerate(fields):
        if i:
            b.t("|")
        if isinstance(f, tuple):
            for k, c in enumerate(f):
                if k:
                    b.t("^")
                b.w(c)
        else:
            b.w(f)
    return b


def pid_seg(p, fam="hl7v2"):
    b = B(fam)
    dstyle = "compact"
    addr = [P(asc_up(p.street) if R.random() < 0.5 else p.street, "address"), p.unit,
            P(p.city, "address"), p.state, P(p.zip, "zip"), "USA"]
    f = ["PID", "1", "", [P(p.mrn, "mrn"), "^^^NLNMC^MR~", P(p.ssn, "ssn"), "^^^SSA^SS"], "",
         (P(asc_up(p.last), "name"), P(asc_up(p.first), "name"), p.mi), "",
         P(fdate(p.dob, dstyle), "date"), p.sex, "", "2106-3^White^CDCREC" if R.random() < 0.3 else "",
         tuple(addr), P(p.county.upper(), "address") if R.random() < 0.3 else "",
         (P(fphone(p.phone, "paren"), "phone"), "PRN", "PH"), "", "", R.choice(["M", "W", "S"]), "",
         P(p.acct, "account"), P(p.ssn.replace("-", ""), "ssn")]
    return hl7seg(b, f)


def g_hl7_genetic():
    p = pp()
    t = tick()
    out = []
    ctl = "GL" + digits(6)
    out.append(hl7seg(B("hl7v2"), ["MSH", "^~\\&", "GENELAB", "GENELAB_CLIA_23D2094817", "NLNMC_EHR", "NLNMC",
                                   ts_hl7(t), "", "ORU^R01^ORU_R01", ctl, "P", "2.5.1"]))
    out.append(pid_seg(p))
    plac, fill = "NL-ORD-" + digits(5), "GL-24-" + digits(6)
    out.append(hl7seg(B("hl7v2"), ["ORC", "RE", plac, fill, "", "CM"]))
    sf, sl, _ = staff()
    coll = REF - dt.timedelta(days=R.randint(10, 40))
    out.append(hl7seg(B("hl7v2"), ["OBR", "1", plac, fill, ("81479", "Unlisted molecular pathology", "CPT"), "", "",
                                   P(fdate(coll, "compact") + "%02d%02d" % (R.randint(7, 16), R.randint(0, 59)), "date"),
                                   "", "", "", "", "", "", "", "",
                                   ("1" + digits(9), sl, sf, "", "", "", "MD"), "", "", "", "", "",
                                   ts_hl7(t)[:12], "", "MG", "F"]))
    if R.random() < 0.5:
        out.append(hl7seg(B("hl7v2"), ["OBX", "1", "CWE", ("48018-6", "Gene studied [ID]", "LN"), "1", ("HGNC:396", "SOD1", "HGNC"), "", "", "", "", "", "F"]))
        var = R.choice([("c.14C>T", "p.Ala5Val"), ("c.272A>C", "p.Asp91Ala"), ("c.435G>C", "p.Leu145Phe"), ("c.281G>A", "p.Gly94Asp")])
        out.append(hl7seg(B("hl7v2"), ["OBX", "2", "ST", ("48004-6", "DNA change (c.HGVS)", "LN"), "1", "NM_000454.5:" + var[0], "", "", "", "", "", "F"]))
        out.append(hl7seg(B("hl7v2"), ["OBX", "3", "ST", ("48005-3", "Amino acid change (pHGVS)", "LN"), "1", var[1], "", "", "", "", "", "F"]))
        out.append(hl7seg(B("hl7v2"), ["OBX", "4", "CWE", ("53037-8", "Genetic variation clinical significance", "LN"), "1", ("LA6668-3", "Pathogenic", "LN"), "", "", "", "", "", "F"]))
    else:
        out.append(hl7seg(B("hl7v2"), ["OBX", "1", "CWE", ("48018-6", "Gene studied [ID]", "LN"), "1", ("HGNC:28337", "C9orf72", "HGNC"), "", "", "", "", "", "F"]))
        pos = R.random() < 0.6
        out.append(hl7seg(B("hl7v2"), ["OBX", "2", "NM", ("C9RPT", "GGGGCC repeat count, larger allele", "L"), "1",
                                       ">145" if pos else str(R.randint(2, 19)), "{repeats}", "<=24", "A" if pos else "N", "", "", "F"]))
        out.append(hl7seg(B("hl7v2"), ["NTE", "1", "L", "Pathogenic hexanucleotide repeat expansion detected. Genetic counseling recommended; cascade testing offered to relatives."
                                       if pos else "No expansion detected. Result does not exclude other genetic causes of ALS."]))
    return out


def g_hl7_adt():
    p = pp()
    t = tick()
    out = []
    out.append(hl7seg(B("hl7v2"), ["MSH", "^~\\&", "EPIC", "NLNMC", "HOSPICE_HIE", R.choice(["ARBORHOSP", "HOSPMI"]), ts_hl7(t), "",
                                   "ADT^A03^ADT_A03", "MSG" + digits(7), "P", "2.5.1"]))
    out.append(hl7seg(B("hl7v2"), ["EVN", "A03", ts_hl7(t)]))
    out.append(pid_seg(p))
    adm = dt.datetime.combine(REF - dt.timedelta(days=R.randint(2, 12)), dt.time(R.randint(0, 23), R.randint(0, 59)))
    dis = dt.datetime.combine(REF, dt.time(R.randint(8, 15), R.randint(0, 59)))
    sf, sl, _ = staff()
    pv1 = ["PV1", "1", "I", ("4W", str(R.randint(401, 430)), R.choice("AB"), "NLNMC"), "", "", "",
           ("1" + digits(9), sl, sf, "", "", "", "MD"), "", "", "NEU"] + [""] * 8
    pv1 += [P(p.visit, "other_id")] + [""] * 16 + [R.choice(["50^Discharged to hospice - home^NUBC", "51^Discharged to hospice - medical facility^NUBC"])]
    pv1 += [""] * 7 + [P(adm.strftime("%Y%m%d%H%M"), "date"), P(dis.strftime("%Y%m%d%H%M"), "date")]
    out.append(hl7seg(B("hl7v2"), pv1))
    c = p.cg
    out.append(hl7seg(B("hl7v2"), ["NK1", "1", (P(asc_up(c.last), "name"), P(asc_up(c.first), "name")),
                                   ("SPO" if c.rel in ("wife", "husband") else "CHD" if c.rel in ("son", "daughter") else "OTH", c.rel.title(), "HL70063"),
                                   "", P(fphone(c.phone, "paren"), "phone"), "", ("EC", "Emergency Contact", "HL70131")]))
    dx = REF - dt.timedelta(days=R.randint(200, 1200))
    out.append(hl7seg(B("hl7v2"), ["DG1", "1", "", ("G12.21", "Amyotrophic lateral sclerosis", "I10"), "", P(fdate(dx, "compact"), "date"), "A"]))
    if R.random() < 0.6:
        plan = R.choice([("MCR", "Medicare Part A", p.mbi), ("MCD", "Michigan Medicaid", p.medicaid), ("BCBSM", "Blue Cross Blue Shield of Michigan", p.member)])
        f = ["IN1", "1", (plan[0], plan[1]), "", plan[1]] + [""] * 12 + ["SEL"] + [""] * 17 + [P(plan[2], "health_plan")]
        out.append(hl7seg(B("hl7v2"), f))
    return out


def g_hl7_ack():
    t = tick()
    ctl = "MSG" + digits(7)
    a = hl7seg(B("hl7v2"), ["MSH", "^~\\&", "HOSPICE_HIE", "ARBORHOSP", "EPIC", "NLNMC", ts_hl7(t), "", "ACK^A03^ACK", "ACK" + digits(8), "P", "2.5.1"])
    m = hl7seg(B("hl7v2"), ["MSA", R.choice(["AA", "AA", "AE"]), ctl, R.choice(["", "", "Message accepted", "Unknown facility code"])])
    return [a, m]


def g_x12():
    p = pp()
    t = tick()
    out = []
    ctl = digits(9)
    gs = str(R.randint(100, 9999))
    x = lambda segs: B("x12_837p").w(segs).t("~")
    payer = R.choice(["CGSJB", "MIMEDICAID", "BCBSMI"])
    out.append(x("ISA*00*          *00*          *ZZ*NLNMCDME       *ZZ*%-15s*%s*%s*^*00501*%s*0*P*:" % (
        payer, t.strftime("%y%m%d"), t.strftime("%H%M"), ctl)))
    out.append(x("GS*HC*NLNMCDME*%s*%s*%s*%s*X*005010X222A1" % (payer, t.strftime("%Y%m%d"), t.strftime("%H%M"), gs)))
    out.append(x("ST*837*0001*005010X222A1"))
    out.append(x("BHT*0019*00*DME%s*%s*%s*CH" % (digits(5), t.strftime("%Y%m%d"), t.strftime("%H%M"))))
    out.append(x("NM1*85*2*NORTHLAKE NEUROMUSCULAR DME*****XX*1588667790"))
    out.append(x("N3*1500 E MEDICAL CENTER DR STE 2100"))
    out.append(x("N4*ANN ARBOR*MI*481095800"))
    out.append(x("SBR*P*18*******" + R.choice(["MB", "MC", "BL"])))
    plan = R.choice([p.mbi, p.medicaid, p.member])
    out.append(x(["NM1*IL*1*", P(asc_up(p.last), "name"), "*", P(asc_up(p.first), "name"), "*", p.mi, "***MI*", P(plan, "health_plan")]))
    out.append(x(["N3*", P(asc_up(p.street), "address")] + (["*", asc_up(p.unit)] if p.unit else [])))
    out.append(x(["N4*", P(asc_up(p.city), "address"), "*", p.state, "*", P(p.zip.replace("-", ""), "zip")]))
    out.append(x(["DMG*D8*", P(fdate(p.dob, "compact"), "date"), "*", p.sex]))
    amt = R.choice([1450, 1120, 318, 980, 2650])
    out.append(x(["CLM*", P(p.acct, "account"), "*%d***12:B:1*Y*A*Y*Y" % amt]))
    out.append(x("HI*ABK:G1221"))
    out.append(x("LX*1"))
    out.append(x("SV1*HC:%s*%d*UN*1***1" % (R.choice(["E0466:RR", "E0482:RR", "E1161:NU", "E2510:NU", "K0861:RR"]), amt)))
    out.append(x(["DTP*472*D8*", P(fdate(REF - dt.timedelta(days=R.randint(1, 20)), "compact"), "date")]))
    out.append(x("SE*%d*0001" % (len(out) - 1)))
    out.append(x("GE*1*%s" % gs))
    out.append(x("IEA*1*%s" % ctl))
    return out


def g_fhir():
    p = pp()
    t = tick()
    b = B("fhir_json")
    lid = uuid4()
    k = R.random()
    if k < 0.35:
        o = {"resourceType": "Patient", "id": lid, "meta": {"versionId": str(R.randint(1, 9)), "lastUpdated": ts_iso(t)},
             "identifier": [{"use": "usual", "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                             "system": "urn:oid:2.16.840.1.113883.3.8821.1", "value": P(p.mrn, "mrn")},
                            {"system": "http://hl7.org/fhir/sid/us-mbi", "value": P(p.mbi, "health_plan")}],
             "name": [{"use": "official", "family": P(p.last, "name"), "given": [P(p.first, "name")]}],
             "telecom": [{"system": "phone", "value": P(fphone(p.phone), "phone"), "use": "home"},
                         {"system": "email", "value": P(p.email, "email")}],
             "gender": "female" if p.sex == "F" else "male", "birthDate": P(fdate(p.dob, "iso"), "date"),
             "address": [{"use": "home", "line": [P(p.street, "address")], "city": P(p.city, "address"),
                          "district": P(p.county, "address"), "state": p.state, "postalCode": P(p.zip, "zip")}]}
        if R.random() < 0.5:
            o["photo"] = [{"contentType": "image/jpeg", "data": P(jpeg_b64(R.randint(90, 160)), "photo")}]
        b.j(o)
    elif k < 0.65:
        di = "00" + digits(12)
        udi = "(01)%s(11)%s(21)%s" % (di, (REF - dt.timedelta(days=R.randint(200, 900))).strftime("%y%m%d"), p.cough)
        o = {"resourceType": "Device", "id": lid, "status": "active",
             "udiCarrier": [{"deviceIdentifier": di, "carrierHRF": P(udi, "device")}],
             "serialNumber": P(p.cough, "device"), "deviceName": [{"name": "CoughAssist E70", "type": "user-friendly-name"}],
             "patient": {"reference": "Patient/" + uuid4(), "display": P(nm(p, "fl"), "name")}}
        b.j(o)
    else:
        obs = R.choice([("19868-9", "FVC % predicted", "%", (28, 95)), ("ALSFRSR", "ALSFRS-R total score", "{score}", (12, 46)),
                        ("2019-8", "pCO2 venous", "mm[Hg]", (38, 62))])
        o = {"resourceType": "Observation", "id": lid, "status": "final",
             "code": {"coding": [{"system": "http://loinc.org", "code": obs[0], "display": obs[1]}]},
             "subject": {"reference": "Patient/" + uuid4(), "display": P(nm(p, R.choice(["fl", "LF"])), "name")},
             "effectiveDateTime": P(fdate(REF - dt.timedelta(days=R.randint(0, 90)), "iso"), "date"),
             "valueQuantity": {"value": R.randint(*obs[3]), "unit": obs[2]}}
        b.j(o, (", ", ": "))
    return [b]


ZD_TEXTS = []


def zd_text(p, k):
    c = p.cg
    zd_text.k = k
    M = p.sex == "M"
    par, He, his, His = ("father", "He", "his", "His") if M else ("mother", "She", "her", "Her")
    mom, papa, ne = ("dad", "papá", "né") if M else ("mom", "mamá", "née")
    gp, sp = ("grandfather", "husband") if M else ("grandmother", "wife")
    he = He.lower()
    if k == 0:
        return tpl("Hi, I'm writing on behalf of my %s {0} (DOB {1}). Since last night the Trilogy keeps alarming \"Low Vte\" and the serial on the back is {2}. "
                   "%s can't use the phone anymore so please call me at {3}.\n\nThanks,\n{4}" % (par, He),
                   P(nm(p, "fl"), "name"), P(fdate(p.dob), "date"), P(p.vent, "device"), P(fphone(c.phone), "phone"), P(c.first, "name"))
    if k == 1:
        return tpl("My %s {0} uses a Tobii I-16 with eye gaze. After the Windows update calibration fails every time. %s username on the device is {1}. "
                   "We live at {2}, {3}, %s {4} if someone can come out. - {5}" % (mom, His, p.state),
                   P(nm(p, "fl"), "name"), P(p.user, "other_id"), P(p.street, "address"), P(p.city, "address"), P(p.zip, "zip"),
                   P("%s %s" % (c.first, c.last), "name"))
    if k == 2:
        return tpl("Hola, escribo por mi %s {0}, paciente de la clínica (MRN {1}). La silla de ruedas eléctrica (serie {2}) no carga desde el {3}. "
                   "Mi número es {4}. Gracias, {5}" % papa,
                   P(nm(p, "fl"), "name"), P(p.mrn, "mrn"), P(p.chair, "device"), P(fdate(REF - dt.timedelta(days=R.randint(1, 6)), "eu_slash"), "date"),
                   P(fphone(c.phone, "dash"), "phone"), P(c.first, "name"))
    if k == 3:
        return tpl("Bonjour, je suis %s de {0} (%s le {1}). Le CoughAssist ne s'allume plus depuis ce matin. Pouvez-vous m'écrire à {2} ? Merci. {3}"
                   % ("la fille" if c.rel == "daughter" else "le fils" if c.rel == "son" else "la proche aidante", ne),
                   P(nm(p, "fl"), "name"), P(fdate(p.dob, "eu_slash"), "date"), P(c.email, "email"), P("%s %s" % (c.first, c.last), "name"))
    if k == 4:
        return tpl("Dzień dobry, piszę w imieniu {0} (ur. {1}). Respirator pokazuje alarm wysokiego ciśnienia, numer seryjny {2}. Proszę o telefon: {3}. {4}",
                   P(nm(p, "fl"), "name"), P(fdate(p.dob, "eu"), "date"), P(p.vent, "device"), P(fphone(c.phone, "plain"), "phone"), P(c.first, "name"))
    if k == 5:
        return tpl("%s ({0}) passed away peacefully at home on {1}. Please arrange pickup of the ventilator and cough assist from {2}, {3}. "
                   "You can reach me at {4} or {5}.\n- {6}" % mom.title(),
                   P(nm(p, "fl"), "name"), P(fdate(REF - dt.timedelta(days=R.randint(1, 5)), "long"), "date"), P(p.street, "address"),
                   P(p.city, "address"), P(fphone(c.phone), "phone"), P(c.email, "email"), P("%s %s" % (c.first, c.last), "name"))
    if k == 6:
        return tpl("Asking for my %s {0}, %s's {1} and on the waiting list for the respite program. Can someone call {2}? "
                   "We posted updates at {3} if that helps the social worker." % (gp, he),
                   P(nm(p, "fl"), "name"), agep(p), P(fphone(c.phone), "phone"), P(p.url, "url"))
    if k == 7:
        return tpl("Please fax the DME paperwork for {0} to my home fax {1}, attn {2}. %s Medicaid ID is {3}." % His,
                   P(nm(p, "fl"), "name"), P(fphone(c.fax, "paren"), "fax"), P(c.first + " " + c.last, "name"), P(p.medicaid, "health_plan"))
    if k == 8:
        return tpl("The lift on our van is stuck halfway and the chair can't get in. Van VIN {0}, plate {1}. Patient {2}, chair serial {3}. Appointment on {4} at clinic, need help ASAP.",
                   P(p.vin, "vehicle"), P(p.plate, "vehicle"), P(nm(p, "lf"), "name"), P(p.chair, "device"),
                   P(fdate(REF + dt.timedelta(days=R.randint(1, 9)), "us_nz"), "date"))
    if k == 9:
        return tpl("this is {0} typing with my eyes. speech device froze again after update. pls call my %s {1} at {2}" % c.rel,
                   P(nm(p, "lower"), "name"), P(c.first.lower(), "name"), P(fphone(c.phone, "dot"), "phone"))
    if k == 10:
        return tpl("Can I pay the $%d copay for {0} (account {1}) with my card {2} exp %02d/%d? I'm %s %s, {3}." % (R.randint(15, 180), R.randint(1, 12), R.randint(26, 30), his, c.rel),
                   P(nm(p, "fl"), "name"), P(p.acct, "account"), P(card(), "account"), P(c.first + " " + c.last, "name"))
    if k == 12:
        return tpl("Hello, my %s {0} is {1} years old and the clinic needs to sign the renewal for %s disability parking placard {2} before {3}. "
                   "%s is too weak to come in, can Dr. Hartwell sign it at the next home visit? Thank you, {4} ({5})" % (par, his, He),
                   P(nm(p, R.choice(["fl", "fml"])), "name"), agep(p), P(p.placard, "license"),
                   P(fdate(REF + dt.timedelta(days=R.randint(10, 40)), "long"), "date"), P(c.first, "name"), P(fphone(c.phone, "dash"), "phone"))
    return tpl("My %s {0} started voice banking in the spring but the app won't upload %s recordings since {1}. %s speaker ID is {2}. I attached %s SSN {3} for the Medicaid waiver form you asked for." % (sp, his, His, his),
               P(nm(p, "fl"), "name"), P(fdate(REF - dt.timedelta(days=R.randint(3, 20)), "us"), "date"), P(p.speaker, "other_id"), P(p.ssn, "ssn"))


ZD_SUBJ = ["Ventilator alarm won't stop", "Eye gaze calibration failing", "Silla de ruedas no carga", "CoughAssist ne s'allume plus",
           "Alarm respiratora", "Equipment pickup", "Respite program question", "DME forms", "Van lift / wheelchair",
           "speech device frozen", "Copay payment", "Voice banking upload", "Parking placard form"]


def g_zendesk():
    k = R.randrange(13)
    p = R.choice(OLD) if k in (6, 12) else pp()
    c = p.cg
    t = tick()
    b = B("zendesk_webhook_json")
    desc = zd_text(p, k)
    o = {"type": "zen:event-type:ticket.created", "account_id": 10488213, "time": ts_iso(t),
         "detail": {"id": str(R.randint(40000, 59999)), "subject": ZD_SUBJ[zd_text.k],
                    "requester_id": str(R.randint(10 ** 12, 10 ** 13)), "via": {"channel": R.choice(["web", "email", "mobile"])},
                    "priority": R.choice(["urgent", "high", "normal"]), "status": "new",
                    "tags": R.sample(["vent", "sgd", "eye_gaze", "family_contact", "dme", "wheelchair", "hospice", "voice_banking", "respite"], 3),
                    "description": desc}}
    if R.random() < 0.6:
        o["detail"]["requester"] = {"name": P(c.first + " " + c.last, "name"), "email": P(c.email, "email")}
    b.j(o)
    return [b]


def g_zendesk_mail():
    p = pp()
    c = p.cg
    t = tick()
    b = B("django")
    b.t("[%s] INFO [support.inbound_mail:%d] zendesk email from \"" % (ts_dj(t), R.randint(40, 200)))
    b.p(c.first + " " + c.last, "name").t("\" <").p(c.email, "email").t("> subject=\"Re: ")
    b.w(R.choice([["Dad's cough assist"], ["Mom's wheelchair repair"], [P(p.first, "name"), "'s vent alarms"], ["respite Saturday"]]))
    b.t("\" ticket=%d matched_patient_mrn=" % R.randint(40000, 59999)).p(p.mrn, "mrn")
    return [b]


REPAIR_HDR = "wo_number,created_utc,client_name,client_phone,chair_model,chair_serial,issue,tech,status,visit_date,service_address,van_plate"


def g_repair():
    out = []
    if R.random() < 0.3 or not g_repair.hdr:
        out.append(B("repair_csv").t(REPAIR_HDR))
        g_repair.hdr = True
    for _ in range(R.randint(1, 3)):
        t = tick()
        b = B("repair_csv")
        wo = "WO-24-%05d" % R.randint(1000, 9999)
        model = R.choice(["Permobil M3 Corpus", "Quantum Q6 Edge 3", "Quickie QM-710", "Permobil F5 VS"])
        issue = R.choice(["Joystick intermittent; error 2F", "Tilt actuator noisy", "Batteries not holding charge",
                          "Eye-gaze mount loose", "Caster fork cracked", "Head array switch dead"])
        tech = R.choice(["J. Ortiz", "W. Kamaka", "B. Szabo", "T. Nakamura", "L. Achterberg"])
        if R.random() < 0.25:
            b.t('%s,%s,LOANER POOL,,"%s",%s,"%s",%s,%s,,"Depot - 4120 Varsity Dr, Ann Arbor MI",' % (
                wo, ts_iso(t)[:19] + "Z", model, "LP-" + digits(4) + "-" + digits(6), issue, tech, R.choice(["BENCH", "CLOSED"])))
        else:
            p = pp()
            b.t("%s,%s," % (wo, ts_iso(t)[:19] + "Z"))
            b.t('"').p(nm(p, R.choice(["lf", "LF"])), "name").t('",')
            b.p(fphone(R.choice([p.phone, p.cg.phone]), R.choice(["dash", "plain", "paren"])), "phone")
            b.t(',"%s",' % model).p(p.chair, "device")
            b.t(',"%s",%s,%s,' % (issue, tech, R.choice(["SCHEDULED", "PARTS_ORDERED", "OPEN"])))
            b.p(fdate(REF + dt.timedelta(days=R.randint(1, 14)), R.choice(["iso", "us"])), "date").t(',"')
            b.p(p.street, "address").t(", ").p(p.city, "address").t(" %s " % p.state).p(p.zip, "zip").t('",')
            if R.random() < 0.5:
                b.p(p.plate, "vehicle")
        out.append(b)
    return out


g_repair.hdr = False

REG_HDR = "screen_id|site_no|protocol|subject_id|initials|yob|age|sex|onset_mo|dx_date|alsfrs_r|svc_pct|gene_result|eligible|screen_fail_reason|coordinator"


def g_registry():
    out = []
    if R.random() < 0.3 or not g_registry.hdr:
        out.append(B("registry_pipe").t(REG_HDR))
        g_registry.hdr = True
    for _ in range(R.randint(1, 3)):
        p = pp()
        tick()
        b = B("registry_pipe")
        site = p.subj[:3]
        b.t("SCR-%04d|%s|NLN-ALS-%d|" % (R.randint(100, 999), site, R.choice([301, 207, 115])))
        b.p(p.subj, "other_id").t("|")
        b.p("%s.%s.%s." % (p.first[0], p.mi, p.last[0].upper()) if R.random() < 0.5 else p.first[0] + p.last[0].upper(), "name").t("|")
        b.t("%d|" % p.dob.year).w(agep(p)).t("|%s|" % p.sex)
        onset = REF - dt.timedelta(days=R.randint(300, 1400))
        b.p(onset.strftime("%Y-%m"), "date").t("|")
        b.p(fdate(onset + dt.timedelta(days=R.randint(90, 300)), "us"), "date")
        svc = R.randint(45, 98)
        elig = "Y" if svc >= 60 and R.random() < 0.6 else "N"
        gene = R.choice(["SOD1 A5V", "SOD1 neg", "C9orf72 expansion", "C9orf72 neg", "pending", "FUS P525L"])
        reason = "" if elig == "Y" else R.choice(["SVC < 60% at screening", "onset > 24 mo", "concomitant edaravone start <30d", "declined LP"])
        cf, cl, _ = staff()
        b.t("|%d|%d|%s|%s|%s|%s. %s" % (R.randint(22, 44), svc, gene, elig, reason, cf[0], cl))
        out.append(b)
    return out


g_registry.hdr = False


def g_voicebank():
    p = pp()
    t = tick()
    b = B("voicebank_json")
    k = R.random()
    if k < 0.4:
        o = {"ts": ts_iso(t), "event": "sample.uploaded", "speakerId": P(p.speaker, "other_id"), "project": "MessageBank",
             "session": R.randint(1, 20), "promptId": "MB-%04d" % R.randint(1, 1600), "sr": 44100, "durMs": R.randint(1200, 6000),
             "snrDb": round(R.uniform(18, 40), 1), "clipPct": 0.0, "sha256": hexs(64),
             "client": {"ip": P(R.choice([p.ip, p.cg.ip]), "ip"), "ua": R.choice(["VoiceKeeper/3.2 (iPad; iOS 17.6)", "ModelTalker-Web/2.1 Chrome/130.0"])}}
    elif k < 0.8:
        o = {"ts": ts_iso(t), "event": "voiceprint.enrolled", "speakerId": P(p.speaker, "other_id"), "model": "ecapa-tdnn-192",
             "dtype": "int8", "embedding_b64": P(emb_b64(R.choice([96, 144, 192])), "biometric"), "enrolledBy": "slp.kgrant"}
    else:
        o = {"ts": ts_iso(t), "event": "consent.signed", "speakerId": P(p.speaker, "other_id"),
             "signerName": P(nm(p, "fl"), "name"), "relationship": "self",
             "idDoc": {"type": "DL", "number": P(p.dl, "license"), "state": p.state},
             "signedOn": P(fdate(REF - dt.timedelta(days=R.randint(0, 200)), "iso"), "date"), "formVersion": "VB-CONSENT-v4"}
    b.j(o)
    return [b]


def g_nlog_aac():
    p = pp()
    t = tick()
    b = B("nlog_aac")
    k = R.randrange(5)
    tech = staff_user()
    if k == 0:
        b.t("%s|WARN|Nlnmc.AacSupport.RemoteAssist|Calibration quality below threshold (%.2f) device=TD I-16 serial=" % (ts_nlog(t), R.uniform(0.2, 0.55)))
        b.p(p.sgd, "device").t(" user=").p(p.user, "other_id").t(" tech=%s" % tech)
    elif k == 1:
        b.t("%s|INFO|Nlnmc.AacSupport.RemoteAssist|Remote session %s started by %s for client " % (ts_nlog(t), uuid4()[:8], tech))
        b.p(nm(p, R.choice(["fl", "lf"])), "name").t(" (MRN ").p(p.mrn, "mrn").t(")")
    elif k == 2:
        b.t("%s|INFO|Nlnmc.AacSupport.Devices|Device joined clinic Wi-Fi for pageset backup mac=" % ts_nlog(t))
        b.p(p.mac, "device").t(" owner=").p(p.user, "other_id").t(" ssid=NLNMC-Guest rssi=-%d" % R.randint(40, 80))
    elif k == 3:
        b.t("%s|INFO|Nlnmc.AacSupport.Pagesets|Pageset backup uploaded for " % ts_nlog(t))
        b.p(nm(p, "fl"), "name").t(" size=%dKB vocab=\"TD Snap Core First\" blobs=%d" % (R.randint(2000, 90000), R.randint(3, 40)))
    else:
        b.t("%s|ERROR|Nlnmc.AacSupport.Profiles|Avatar sync failed for user " % ts_nlog(t))
        b.p(p.user, "other_id").t(": payload too large (data:image/jpeg;base64,")
        b.p(jpeg_b64(R.randint(60, 110)), "photo").t(")")
    return [b]


def g_celery_respite():
    p = pp()
    c = p.cg
    t = tick()
    b = B("celery")
    tid = uuid4()
    day = REF + dt.timedelta(days=R.randint(1, 12))
    k = R.randrange(3)
    if k == 0:
        b.t("[%s: INFO/ForkPoolWorker-%d] respite.tasks.notify_caregiver[%s]: SMS queued to " % (ts_dj(t), R.randint(1, 8), tid))
        b.p(fphone(c.phone, "e164"), "phone").t(" for shift ").p(fdate(day, "iso"), "date")
        b.t(" %02d:00-%02d:00 (household " % (R.choice([8, 9, 13]), R.choice([12, 16, 17])))
        b.p(p.last, "name").t(")")
    elif k == 1:
        b.t("[%s: WARNING/ForkPoolWorker-%d] respite.tasks.match_aide[%s]: no aide available within 25mi of " % (ts_dj(t), R.randint(1, 8), tid))
        b.p(p.zip[:5], "zip").t(" for ").p(nm(p, "lf"), "name").t(" on ").p(fdate(day, "us"), "date")
    else:
        b.t("[%s: INFO/ForkPoolWorker-%d] dme.tasks.send_delivery_notice[%s]: email sent to " % (ts_dj(t), R.randint(1, 8), tid))
        b.p(c.email, "email").t(" re: delivery of %s on " % R.choice(["E0466 home ventilator", "E0482 cough stimulator", "K0861 power wheelchair"]))
        b.p(fdate(day, "dmon"), "date")
    return [b]


def g_twilio():
    p = pp()
    c = p.cg
    t = tick()
    b = B("twilio_kv")
    if R.random() < 0.5:
        b.t("%s twilio-webhook INFO inbound MessageSid=SM%s AccountSid=AC%s From=" % (ts_iso(t), hexs(32), hexs(32)))
        b.p(fphone(c.phone, "e164"), "phone").t(" To=+18005550123 ")
        b.t('Body="').w(R.choice([tpl("Yes confirm Sat respite for {0}. Gate code at side door", P(p.first, "name")),
                                   tpl("Cancel {0} please, Mom in hospital", P(fdate(REF + dt.timedelta(days=2), "us_nz"), "date")),
                                   tpl("Y"), tpl("Who is coming for {0} tomorrow?", P(p.first + " " + p.last, "name"))]))
        b.t('" NumMedia=0')
    else:
        st = R.choice(["delivered", "undelivered", "sent"])
        b.t("%s twilio-webhook INFO status MessageSid=SM%s MessageStatus=%s To=" % (ts_iso(t), hexs(32), st))
        b.p(fphone(c.phone, "e164"), "phone").t(" ErrorCode=%s" % (R.choice(["30003", "30006"]) if st == "undelivered" else ""))
    return [b]


def g_ical():
    p = pp()
    c = p.cg
    tick()
    out = []
    day = REF + dt.timedelta(days=R.randint(1, 12))
    h = R.choice([8, 9, 13])
    sf, sl, _ = staff()
    out.append(B("ical").t("BEGIN:VEVENT"))
    out.append(B("ical").t("UID:respite-%s@nlnmc.org" % digits(6)))
    out.append(B("ical").t("DTSTAMP:%sZ" % CLOCK[0].strftime("%Y%m%dT%H%M%S")))
    out.append(B("ical").t("DTSTART;TZID=America/Detroit:").p(day.strftime("%Y%m%d") + "T%02d0000" % h, "date"))
    out.append(B("ical").t("DTEND;TZID=America/Detroit:").p(day.strftime("%Y%m%d") + "T%02d0000" % (h + 4), "date"))
    out.append(B("ical").t("SUMMARY:Respite care – ").p(nm(p, R.choice(["lf", "fl"])), "name"))
    out.append(B("ical").t("LOCATION:").p(p.street, "address").t("\\, ").p(p.city, "address").t("\\, %s " % p.state).p(p.zip, "zip"))
    out.append(B("ical").t("ATTENDEE;CN=%s %s;ROLE=REQ-PARTICIPANT:mailto:%s.%s@nlnmc.org" % (sf, sl, sf.lower(), sl.lower())))
    out.append(B("ical").t("DESCRIPTION:Primary caregiver ").p(c.first + " " + c.last, "name").t(" (%s) " % c.rel)
               .p(fphone(c.phone, "dash"), "phone").t(". Pt ").w(agep(p)).t(" y/o. %s\\nBiPAP at night\\, suction by bed." % R.choice(["Hoyer lift in bedroom.", "Dog in yard.", "Ring bell twice."])))
    out.append(B("ical").t("END:VEVENT"))
    return out


def g_transition():
    p = R.choice(OLD) if R.random() < 0.2 else pp()
    t = tick()
    b = B("serilog_text")
    k = R.randrange(4)
    hos = R.choice(HOSPICES)
    if k == 0:
        b.t("%s [INF] Nlnmc.CareTransitions.HospiceReferralService: Referral " % ts_sl(t))
        b.p("HR-24-%04d" % R.randint(1, 9999), "other_id").t(" sent to %s for patient " % hos).p(p.mrn, "mrn")
        b.t(" (").p(nm(p, "LF"), "name").t("); hospice admit planned ").p(fdate(REF + dt.timedelta(days=R.randint(1, 5)), "us"), "date")
        b.t("; code status DNR/DNI; POLST on file")
    elif k == 1:
        b.t("%s [INF] Nlnmc.CareTransitions.DeceasedHandler: Deceased flag set for MRN " % ts_sl(t)).p(p.mrn, "mrn")
        b.t(", DOD ").p(fdate(REF - dt.timedelta(days=R.randint(0, 6)), "iso"), "date")
        b.t("; queued DME pickup for vent ").p(p.vent, "device").t(" and cough assist ").p(p.cough, "device")
    elif k == 3:
        c = p.cg
        b.t("%s [INF] Nlnmc.CareTransitions.RecordsRelease: Visit summary for " % ts_sl(t)).p(nm(p, "lf"), "name")
        b.t(" faxed to health care proxy ").p(c.first + " " + c.last, "name").t(" at ").p(fphone(c.fax, R.choice(["dash", "paren", "plain"])), "fax")
        b.t(" pages=%d jobId=%s" % (R.randint(2, 14), hexs(12)))
    else:
        b.t("%s [WRN] Nlnmc.CareTransitions.PalliativeConsult: Goals-of-care visit for " % ts_sl(t))
        b.p(nm(p, "fml"), "name").t(", age ").w(agep(p)).t(", rescheduled to ").p(fdate(REF + dt.timedelta(days=R.randint(1, 9)), "long"), "date")
        b.t(" at family request (%s)" % R.choice(["trach decision pending", "awaiting hospice benefit election", "PEG discussion"]))
    return [b]


def g_clef():
    p = pp()
    t = tick()
    b = B("serilog_clef")
    k = R.randrange(3)
    if k == 0:
        o = {"@t": ts_clef(t), "@mt": "DME order {OrderNo} submitted for {PatientMrn} HCPCS {Hcpcs} payer {Payer}",
             "OrderNo": "DME-24-%06d" % R.randint(1, 999999), "PatientMrn": P(p.mrn, "mrn"),
             "Hcpcs": R.choice(["E0466", "E0482", "E2510", "K0861", "E1161"]), "Payer": R.choice(["Medicare Part B", "Priority Health", "Michigan Medicaid"]),
             "MemberId": P(R.choice([mbi(True), p.member, p.medicaid]), "health_plan"),
             "SourceContext": "Nlnmc.Dme.Orders.OrderService", "RequestId": "0HN7" + hexs(8).upper() + ":0000000" + str(R.randint(1, 9)),
             "TraceId": hexs(32)}
    elif k == 1:
        o = {"@t": ts_clef(t), "@mt": "Delivery scheduled for {PatientName} at {Address} on {DeliveryDate}", "@l": "Information",
             "PatientName": P(nm(p, "fl"), "name"), "Address": tpl("{0}, {1}, %s {2}" % p.state, P(p.street, "address"), P(p.city, "address"), P(p.zip, "zip")),
             "DeliveryDate": P(fdate(REF + dt.timedelta(days=R.randint(1, 10)), "iso"), "date"), "Vendor": R.choice(DME_VENDORS),
             "SourceContext": "Nlnmc.Dme.Logistics.DeliveryPlanner", "SpanId": hexs(16)}
    else:
        o = {"@t": ts_clef(t), "@mt": "Prior auth {AuthStatus} for {Subscriber} ({MemberId}), DOB {Dob}", "@l": "Warning",
             "AuthStatus": R.choice(["pended", "denied", "approved"]), "Subscriber": P(nm(p, "LF"), "name"),
             "MemberId": P(p.member, "health_plan"), "Dob": P(fdate(p.dob, "us"), "date"), "Age": agej(p),
             "SourceContext": "Nlnmc.Dme.Payers.PriorAuthClient", "ElapsedMs": round(R.uniform(80, 2400), 1)}
    b.j(o)
    return [b]


def g_django_phi():
    p = pp()
    t = tick()
    b = B("django")
    k = R.randrange(6)
    if k == 4:
        c = p.cg
        b.t("[%s] INFO [dme.pickup:58] identity verified for equipment pickup: " % ts_dj(t)).p(c.first + " " + c.last, "name")
        b.t(" (%s) DL " % c.rel).p(c.dl, "license").t(" patient_mrn=").p(p.mrn, "mrn").t(" items=%s" % R.choice(["E0466,E0482", "K0861", "E0482"]))
    elif k == 5:
        b.t("[%s] INFO [portal.profile:33] family page linked for patient " % ts_dj(t)).p(p.mrn, "mrn").t(": ").p(p.url, "url")
    elif k == 0:
        b.t("[%s] WARNING [django.request:241] Not Found: /api/v1/patients/" % ts_dj(t)).p(p.mrn, "mrn").t("/devices/%s/" % R.choice(["vent", "cough", "chair"]))
    elif k == 1:
        c = p.cg
        b.t("[%s] INFO [respite.views:%d] caregiver portal login ok user=" % (ts_dj(t), R.randint(40, 99))).p(c.user, "other_id").t(" ip=").p(c.ip, "ip")
    elif k == 2:
        b.t("[%s] ERROR [registry.views:88] Screening save failed for subject " % ts_dj(t)).p(p.subj, "other_id").t(": FVC value missing (visit ").p(fdate(REF, "iso"), "date").t(")")
    else:
        b.t("[%s] INFO [genetics.signals:%d] result received gene=%s for " % (ts_dj(t), R.randint(20, 60), R.choice(["SOD1", "C9orf72", "TARDBP", "FUS"])))
        b.p(nm(p, "fl"), "name").t(" registry_id=").p(p.reg, "other_id").t(" counselor notified")
    return [b]


def g_gunicorn_phi():
    p = pp()
    t = tick()
    b = B("gunicorn_access")
    who = R.choice([p, p.cg])
    b.p(who.ip, "ip")
    if R.random() < 0.3:
        b.t(" - - [%s] \"GET /api/v1/caregivers/?email=" % ts_clf(t)).p(p.cg.email.replace("@", "%40"), "email")
        b.t(" HTTP/1.1\" 200 %d \"-\" \"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)\"" % R.randint(200, 3000))
    else:
        path = R.choice(["/portal/messages/", "/portal/login/", "/portal/appointments/", "/voicebank/upload/chunk", "/portal/equipment/"])
        b.t(" - - [%s] \"%s %s HTTP/1.1\" %d %d \"https://portal.nlnmc.org/\" \"%s\"" % (
            ts_clf(t), R.choice(["GET", "POST"]), path, R.choice([200, 302, 200, 413]), R.randint(0, 40000),
            R.choice(["Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/130.0"])))
    return [b]


def g_pg_phi():
    p = pp()
    t = tick()
    pid = R.randint(1000, 65000)
    pre = "%s [%d] nlnmc_app@%s " % (ts_pg(t), pid, R.choice(["registry", "dme", "clinic"]))
    k = R.randrange(3)
    a = B("pg_log").t(pre + "ERROR:  duplicate key value violates unique constraint \"%s\"" % ["registry_participant_subject_id_key", "dme_device_serial_number_key", "accounts_caregiver_email_key"][k])
    d = B("pg_log").t(pre + "DETAIL:  Key (%s)=(" % ["subject_id", "serial_number", "email"][k])
    d.p([p.subj, p.vent, p.cg.email][k], ["other_id", "device", "email"][k]).t(") already exists.")
    s = B("pg_log").t(pre + "STATEMENT:  INSERT INTO \"%s\" (\"created_at\", \"updated_at\") VALUES ($1, $2) RETURNING \"id\"" % ["registry_participant", "dme_device", "accounts_caregiver"][k])
    return [a, d, s]


def g_traceback():
    p = pp()
    t = tick()
    out = [B("py_traceback").t("[%s] ERROR [django.request:241] Internal Server Error: /api/v1/intake/" % ts_dj(t)),
           B("py_traceback").t("Traceback (most recent call last):"),
           B("py_traceback").t('  File "/usr/local/lib/python3.11/site-packages/django/core/handlers/exception.py", line 55, in inner'),
           B("py_traceback").t("    response = get_response(request)"),
           B("py_traceback").t('  File "/app/intake/serializers.py", line %d, in validate_date_of_birth' % R.randint(40, 200)),
           B("py_traceback").t("    raise serializers.ValidationError(msg)")]
    e = B("py_traceback")
    if R.random() < 0.5:
        e.t("rest_framework.exceptions.ValidationError: {'date_of_birth': [ErrorDetail(string=\"ambiguous 2-digit year in '")
        e.p(fdate(p.dob, "us_short"), "date").t("' for ").p(nm(p, "fl"), "name").t("\", code='invalid')]}")
    else:
        e.t("rest_framework.exceptions.ValidationError: {'phone': [ErrorDetail(string='Enter a valid phone number: \"")
        e.p(fphone(p.phone, "plain")[:9], "phone").t("\" (MRN ").p(p.mrn, "mrn").t(")', code='invalid')]}")
    out.append(e)
    return out


def g_mirth_phi():
    p = pp()
    t = tick()
    b = B("mirth")
    b.t("WARN  %s [Channel: GENELAB_ORU_IN] com.mirth.connect.plugins.javascriptrule.JavaScriptFilter: Filter rejected message %d: PID-3 " % (ts_dj(t), R.randint(10000, 99999)))
    b.p(p.mrn, "mrn").t(" (").p("%s^%s" % (asc_up(p.last), asc_up(p.first)), "name").t(") not found in MPI")
    return [b]


# ----------------------------------------------------------------------------- noise generators
def n_health():
    t = tick()
    b = B("gunicorn_access")
    b.t('%s - - [%s] "GET %s HTTP/1.1" 200 %d "-" "kube-probe/1.28"' % (priv_ip(), ts_clf(t), R.choice(["/healthz", "/readyz", "/api/v1/ping"]), R.randint(2, 40)))
    return [b]


def n_static():
    t = tick()
    b = B("gunicorn_access")
    b.t('%s - - [%s] "GET /static/%s HTTP/1.1" %d %d "https://portal.nlnmc.org/" "Mozilla/5.0 (X11; Linux x86_64)"' % (
        priv_ip(), ts_clf(t), R.choice(["css/portal.3f9c2a1.css", "js/eyegaze-kbd.8821.js", "img/logo-nlnmc.svg"]), R.choice([200, 304]), R.randint(0, 90000)))
    return [b]


def n_celery():
    t = tick()
    b = B("celery")
    k = R.randrange(4)
    if k == 0:
        b.t("[%s: INFO/ForkPoolWorker-%d] Task %s[%s] succeeded in %.4fs: {'rows': %d}" % (ts_dj(t), R.randint(1, 8), R.choice(
            ["registry.tasks.sync_neals_export", "dme.tasks.reconcile_orders", "telemetry.tasks.rollup_daily", "respite.tasks.build_week"]), uuid4(), R.uniform(0.1, 40), R.randint(0, 900)))
    elif k == 1:
        b.t("[%s: INFO/MainProcess] Scheduler: Sending due task %s (%s)" % ((ts_dj(t),) + R.choice([("nightly-dme-reconcile", "dme.tasks.reconcile"), ("hourly-vent-rollup", "telemetry.tasks.rollup"), ("zendesk-incremental", "support.tasks.pull_zendesk")])))
    elif k == 2:
        b.t("[%s: WARNING/MainProcess] consumer: Connection to broker lost. Trying to re-establish the connection... (amqp://nlnmc@rabbitmq.internal:5672//)" % ts_dj(t))
    else:
        b.t("[%s: INFO/MainProcess] Task telemetry.tasks.ingest_batch[%s] received" % (ts_dj(t), uuid4()))
    return [b]


def n_serilog():
    t = tick()
    b = B("serilog_text")
    b.t(ts_sl(t) + " " + R.choice([
        "[INF] Microsoft.Hosting.Lifetime: Now listening on: http://[::]:8080",
        "[INF] Microsoft.Hosting.Lifetime: Application started. Hosting environment: Production; Content root path: /app",
        "[INF] Microsoft.EntityFrameworkCore.Database.Command: Executed DbCommand (%dms) [Parameters=[@__p_0='?' (DbType = Int32)], CommandType='Text', CommandTimeout='30']" % R.randint(1, 90),
        "[WRN] Nlnmc.Dme.Payers.PriorAuthClient: Payer endpoint slow (%dms) host=edi-gw.availity.example retry=%d" % (R.randint(2000, 9000), R.randint(1, 3)),
        "[INF] System.Net.Http.HttpClient.Brightree.LogicalHandler: End processing HTTP request after %.4fms - 200" % R.uniform(40, 900),
        "[ERR] Nlnmc.CareTransitions.HieClient: MLLP connect to 172.20.8.14:6661 refused (attempt %d/5)" % R.randint(1, 5),
        "[INF] Nlnmc.Dme.Orders.OrderService: Reconciled %d orders against %s feed in %.1fs" % (R.randint(10, 300), R.choice(DME_VENDORS), R.uniform(1, 30)),
        "[DBG] Nlnmc.Dme.Api.Middleware.CorrelationId: TraceId=%s SpanId=%s" % (hexs(32), hexs(16)),
    ]))
    return [b]


def n_clef():
    t = tick()
    b = B("serilog_clef")
    o = R.choice([
        {"@t": ts_clef(t), "@mt": "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms", "RequestMethod": "GET",
         "RequestPath": "/api/orders/DME-24-%06d/status" % R.randint(1, 999999), "StatusCode": 200, "Elapsed": round(R.uniform(3, 300), 4),
         "SourceContext": "Serilog.AspNetCore.RequestLoggingMiddleware", "RequestId": "0HN7" + hexs(8).upper() + ":00000002"},
        {"@t": ts_clef(t), "@mt": "Outbox dispatched {Count} messages to {Queue}", "Count": R.randint(1, 80), "Queue": "dme.orders.v2",
         "SourceContext": "Nlnmc.Dme.Messaging.Outbox", "MachineName": "dme-api-7d9f8b6c4-%s" % hexs(5)},
        {"@t": ts_clef(t), "@mt": "Vendor contact updated: {Vendor} fax {Fax}", "@l": "Information", "Vendor": R.choice(DME_VENDORS),
         "Fax": "(734) 555-%04d" % R.randint(100, 199), "SourceContext": "Nlnmc.Dme.Vendors.VendorDirectory"},
        {"@t": ts_clef(t), "@mt": "Health check {HealthCheckName} completed: {HealthStatus}", "HealthCheckName": R.choice(["npgsql", "rabbitmq", "zendesk-api"]),
         "HealthStatus": "Healthy", "SourceContext": "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService"},
    ])
    b.j(o)
    return [b]


def n_vent():
    t = tick()
    b = B("vent_telemetry_json")
    k = R.randrange(3)
    if k == 0:
        o = {"ts": ts_iso(t), "svc": "vent-ingest", "evt": "batch_flush", "records": R.randint(800, 9000), "devices": R.randint(300, 450),
             "lagMs": R.randint(50, 4000), "partition": R.randint(0, 11), "offset": R.randint(10 ** 7, 10 ** 8)}
    elif k == 1:
        o = {"ts": ts_iso(t), "svc": "vent-ingest", "evt": "fw_campaign", "campaign": "TRL-EVO-2.4.1", "eligible": R.randint(200, 400),
             "updated": R.randint(100, 200), "failed": R.randint(0, 6), "benchUnits": ["TV" + digits(10), "TV" + digits(10)], "location": "depot"}
    else:
        o = {"ts": ts_iso(t), "svc": "vent-ingest", "evt": "schema_reject", "reason": "missing field 'leakLpm'", "model": "Vivo 65", "fw": "5.2.0",
             "count": R.randint(1, 30)}
    b.j(o)
    return [b]


def n_cough():
    t = tick()
    b = B("coughassist_syslog")
    b.t("%s dme-gw0%d coughsync[%d]: level=%s msg=\"%s\" %s" % (ts_sys(t), R.randint(1, 3), R.randint(900, 9000), R.choice(["debug", "info", "warn"]),
        *R.choice([("modem heartbeat", "rssi=-%d uptime_s=%d" % (R.randint(50, 95), R.randint(1000, 900000))),
                   ("upload retry", "attempt=%d backoff_ms=%d endpoint=https://ingest.nlnmc.org:8443/v1/cough" % (R.randint(1, 5), R.randint(100, 8000))),
                   ("tls cert renewed", "not_after=2025-02-01T00:00:00Z sha1=%s" % hexs(40))])))
    return [b]


def n_mirth():
    t = tick()
    b = B("mirth")
    lvl, msg = R.choice([
        ("INFO ", "[Channel: GENELAB_ORU_IN] com.mirth.connect.donkey.server.channel.Channel: message %d processed, sent to destination 'EHR_OUT'" % R.randint(10000, 99999)),
        ("ERROR", "[Channel: HOSPICE_ADT_OUT] com.mirth.connect.connectors.tcp.TcpDispatcher: Destination 'ArborHospice_MLLP' connection refused (hie.arborhospice.example:6661)"),
        ("INFO ", "[pool-3-thread-%d] com.mirth.connect.server.controllers.DonkeyEngineController: Channel DME_X12_OUT deployed (rev %d)" % (R.randint(1, 9), R.randint(10, 90))),
        ("INFO ", "[Channel: FHIR_SUBSCRIPTIONS] com.mirth.connect.connectors.http.HttpReceiver: Listening on 0.0.0.0:%d" % R.choice([8081, 8443, 9090])),
    ])
    b.t(lvl + " " + ts_dj(t) + " " + msg)
    return [b]


def n_pg():
    t = tick()
    b = B("pg_log")
    b.t("%s [%d] %s" % (ts_pg(t), R.randint(1000, 65000), R.choice([
        "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=%.3f s" % (R.randint(100, 5000), R.uniform(0.1, 9), R.uniform(1, 60)),
        "LOG:  automatic vacuum of table \"dme.public.dme_order\": index scans: 1",
        "LOG:  duration: %.3f ms  statement: SELECT count(*) FROM telemetry_daily WHERE usage_day >= now() - interval '7 days'" % R.uniform(100, 4000),
        "FATAL:  password authentication failed for user \"grafana_ro\"",
    ])))
    return [b]


def n_prom():
    out = []
    for _ in range(R.randint(1, 3)):
        tick()
        out.append(B("prometheus").t(R.choice([
            'vent_ingest_messages_total{source="care-orchestrator",status="ok"} %d' % R.randint(10 ** 6, 10 ** 7),
            'vent_ingest_lag_seconds{partition="%d"} %.3f' % (R.randint(0, 11), R.uniform(0, 5)),
            'zendesk_api_rate_limit_remaining{endpoint="incremental_tickets"} %d' % R.randint(0, 700),
            '# HELP dme_orders_open Open DME orders by HCPCS',
            'dme_orders_open{hcpcs="%s"} %d' % (R.choice(["E0466", "E0482", "K0861"]), R.randint(1, 80)),
            'django_http_requests_latency_seconds_bucket{le="0.25",view="portal-messages"} %d' % R.randint(1000, 90000),
        ])))
    return out


def n_klog():
    t = tick()
    b = B("klog")
    b.t('%s       1 %s' % (ts_klog(t), R.choice([
        'event.go:307] "Event occurred" object="dme/dme-api-7d9f8b6c4-%s" fieldPath="spec.containers{api}" kind="Pod" apiVersion="v1" type="Normal" reason="Pulled" message="Container image \\"registry.nlnmc.org/dme-api:2024.11.%d\\" already present on machine"' % (hexs(5), R.randint(1, 9)),
        'controller.go:%d] "Successfully synced" key="clinic/voicebank-worker"' % R.randint(100, 400),
        'leaderelection.go:260] successfully acquired lease clinic/vent-ingest-leader',
    ])))
    return [b]


def n_zendesk():
    t = tick()
    b = B("django")
    sf, sl, _ = staff()
    b.t("[%s] %s" % (ts_dj(t), R.choice([
        "INFO [support.zendesk:112] GET /api/v2/incremental/tickets/cursor.json 200 in %dms (rate-limit remaining %d/700)" % (R.randint(80, 900), R.randint(1, 700)),
        "INFO [support.zendesk:140] macro 'Vent alarm – RT callback' applied to ticket #%d by agent %s %s" % (R.randint(40000, 59999), sf, sl),
        "WARNING [support.zendesk:201] SLA breach risk ticket #%d priority=urgent first_reply_due_in=%dm" % (R.randint(40000, 59999), R.randint(1, 30)),
        "INFO [support.routing:77] on-call RT today: %s %s, RRT pager 734-555-01%02d ext 4%03d" % (sf, sl, R.randint(0, 99), R.randint(0, 999)),
    ])))
    return [b]


def n_django():
    t = tick()
    b = B("django")
    b.t("[%s] %s" % (ts_dj(t), R.choice([
        "DEBUG [django.db.backends:123] (0.%03d) SELECT \"dme_order\".\"id\", \"dme_order\".\"status\" FROM \"dme_order\" WHERE \"dme_order\".\"id\" = %d; args=(%d,); alias=default" % ((R.randint(1, 90),) + (R.randint(1000, 99999),) * 2),
        "INFO [django.server:213] settings: DATABASES.default.HOST=pg-primary.internal PORT=5432 CONN_MAX_AGE=60 DEBUG=False",
        "WARNING [django.security.csrf:76] Forbidden (CSRF cookie not set.): /api/v1/fhir/subscription-hook/",
        "INFO [telemetry.views:41] FHIR GET Observation?_lastUpdated=gt2024-11-03&_count=200 -> 200 (total=%d, %dms)" % (R.randint(100, 3000), R.randint(50, 900)),
        "INFO [registry.export:19] neals export batch RB-2024-%02d uploaded: %d participants, sha256=%s" % (R.randint(10, 52), R.randint(10, 300), hexs(64)),
        "ERROR [dme.integrations:310] X12 999 rejected: IK3*NM1*9**8 IK4*9**7 (interchange %s)" % digits(9),
    ])))
    return [b]


def n_nlog():
    t = tick()
    b = B("nlog_aac")
    b.t("%s|%s" % (ts_nlog(t), R.choice([
        "INFO|Nlnmc.AacSupport.Licensing|License server check ok seats=%d/%d build=%d.%d.%d" % (R.randint(10, 50), 50, 3, R.randint(0, 9), R.randint(100, 999)),
        "INFO|Nlnmc.AacSupport.Content|Content pack 'Snap Core First 1.%d' checksum ok sha1=%s" % (R.randint(20, 40), hexs(40)),
        "WARN|Nlnmc.AacSupport.Devices|Bench unit LOANER-%02d firmware PCEye5 %d.%d.%d update pending" % (R.randint(1, 20), R.randint(1, 4), R.randint(0, 20), R.randint(0, 99)),
        "ERROR|Nlnmc.AacSupport.RemoteAssist|TeamViewer API 502 Bad Gateway (retry in %ds)" % R.randint(5, 120),
    ])))
    return [b]


def n_voicebank():
    t = tick()
    b = B("voicebank_json")
    o = R.choice([
        {"ts": ts_iso(t), "event": "synthesis.job", "jobId": uuid4(), "status": R.choice(["done", "queued", "failed"]), "phrases": 1600, "gpuSec": round(R.uniform(100, 900), 1)},
        {"ts": ts_iso(t), "event": "worker.ready", "model": "ecapa-tdnn-192", "loadSec": round(R.uniform(1, 5), 2), "device": "cpu", "version": "3.2.%d" % R.randint(0, 20)},
        {"ts": ts_iso(t), "event": "storage.lifecycle", "bucket": "nlnmc-voicebank-raw", "expired": R.randint(0, 400), "bytesFreed": R.randint(10 ** 6, 10 ** 10)},
    ])
    b.j(o)
    return [b]


def n_twilio():
    t = tick()
    b = B("twilio_kv")
    b.t("%s twilio-webhook %s" % (ts_iso(t), R.choice([
        "INFO signature ok path=/hooks/twilio/sms latency_ms=%d" % R.randint(5, 90),
        "WARN rate_limited account=AC%s retry_after=%ds" % (hexs(32), R.randint(1, 30)),
        "INFO outbound queue depth=%d worker=twilio-sender-%d" % (R.randint(0, 60), R.randint(1, 4)),
    ])))
    return [b]


def n_fhir():
    t = tick()
    b = B("fhir_json")
    o = R.choice([
        {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "processing",
                                                         "diagnostics": "HAPI-0450: Failed to parse request body as JSON resource at line %d" % R.randint(1, 40)}]},
        {"resourceType": "Bundle", "type": "searchset", "total": R.randint(0, 3000), "link": [{"relation": "next",
                                                                                              "url": "https://fhir.nlnmc.org/r4/Observation?_getpages=%s&_getpagesoffset=%d" % (uuid4(), R.choice([200, 400]))}]},
        {"resourceType": "Device", "id": uuid4(), "status": "inactive", "serialNumber": "LP-" + digits(4) + "-" + digits(6),
         "deviceName": [{"name": "Permobil M3 Corpus (loaner pool)", "type": "user-friendly-name"}], "location": {"display": "NLNMC Depot"}},
    ])
    b.j(o)
    return [b]


def n_hl7():
    return g_hl7_ack()


NOISE = [(6, n_health), (3, n_static), (6, n_celery), (6, n_serilog), (4, n_clef), (4, n_vent), (3, n_cough), (3, n_mirth),
         (3, n_pg), (3, n_prom), (3, n_klog), (4, n_zendesk), (5, n_django), (3, n_nlog), (3, n_voicebank), (2, n_twilio),
         (3, n_fhir), (3, n_hl7)]
PHI = [(7, g_vent_json), (4, g_vent_alarm), (4, g_cough), (1.3, g_hl7_genetic), (0.8, g_hl7_adt), (0.6, g_x12), (5, g_fhir),
       (12, g_zendesk), (3, g_zendesk_mail), (2, g_repair), (2, g_registry), (6, g_voicebank), (5, g_nlog_aac),
       (5, g_celery_respite), (4, g_twilio), (0.7, g_ical), (5, g_transition), (5, g_clef), (5, g_django_phi),
       (5, g_gunicorn_phi), (1.2, g_pg_phi), (0.6, g_traceback), (2, g_mirth_phi)]


def pick(tbl):
    tot = sum(w for w, _ in tbl)
    r = R.uniform(0, tot)
    for w, f in tbl:
        r -= w
        if r <= 0:
            return f
    return tbl[-1][1]


def main():
    N = 500
    lines = []
    caps = {g_x12: 2, g_traceback: 2, g_ical: 3, g_hl7_genetic: 4, g_hl7_adt: 3, g_pg_phi: 3, g_registry: 4, g_repair: 4}
    used = {}
    while len(lines) < N:
        n = len(lines)
        clean = sum(1 for b in lines if not b.spans)
        want_noise = n > 0 and clean / n < 0.55
        tbl = NOISE if want_noise else PHI
        unused = [(w, f) for w, f in tbl if f not in used]
        fn = pick(unused if unused and R.random() < 0.3 else tbl)
        if used.get(fn, 0) >= caps.get(fn, 10 ** 6):
            continue
        used[fn] = used.get(fn, 0) + 1
        blk = fn()
        if n + len(blk) > N:
            continue
        lines.extend(blk)
    out_log, out_lab = [], []
    for i, b in enumerate(lines, 1):
        s = b.text()
        assert "\n" not in s and "\r" not in s and s.strip(), (i, s)
        bs = s.encode("utf-8")
        prev = 0
        spans = []
        for st, en, cat, val in sorted(b.spans):
            assert bs[st:en] == val.encode("utf-8"), (i, val)
            assert st >= prev and en > st, (i, val)
            prev = en
            spans.append({"s": st, "e": en, "cat": cat})
        out_log.append(s)
        out_lab.append(json.dumps({"line": i, "family": b.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_log))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
