#!/usr/bin/env python3
"""Synthetic labeled log corpus "qw": Lumen Path Family Services, a surrogacy and
egg-donation agency (Seattle) working with Pacific Crest Fertility Center (PCF,
Bellevue), Keystone Fiduciary Escrow and outside family-law counsel.

Writes qw.log (500 lines) and qw.labels.jsonl in the current directory.
Standard library only, fixed seed: two runs give byte-identical output.

Systems simulated (family names in the labels)
  crm_json      agency CRM / matching API, Node pino JSON (epoch ms, reqId)
  donordb_py    donor database app, Python logging + Celery task lines
  nginx_access  intended-parent / donor / GC portal, nginx combined + rt=
  hl7v2         PCF Epic interface: ORU^R01 (beta hCG, donor serology), ADT^A04
                with IN1/NK1, one segment per log line
  fhir          FHIR R4 sync gateway (Observation, Patient, OperationOutcome)
  escrow_logfmt escrow ledger service, logfmt (deposits, disbursements, releases)
  x12_837       837P claims for carrier pregnancy care, one segment per line
  esign_kv      DocuSign Connect events, key=value
  syslog        RFC3164 syslog: sshd, CRON, postfix, kernel, pgbouncer
  java_trace    legal-milestone service (Spring Boot) errors + stack frames
  pgaudit       PostgreSQL pgaudit / server log lines with SQL
  sms           Twilio inbound webhook (form-encoded) and outbound API JSON;
                English and Spanish bodies
  notes_csv     case-coordinator notes CSV export (free text)
  us_pipe       PCF ultrasound monitoring reports, pipe-delimited (+ US QA rows)
  efile_xml     court e-filing (parentage / pre-birth order) XML envelopes
  nacha         ACH file (94-char fixed width) for escrow disbursements
  lab_tsv       reference-lab donor eligibility panel TSV (+ QC rows)
  k8s_json      Kubernetes controller / ingress JSON (no PHI)
  slack_json    Slack export of the #gc-care / #eng channels
  apache_php    Apache error log of the legacy PHP application form

People served (labeled as PHI): intended parents (IPs), egg donors, gestational
carriers (GCs, "surrogates"), the babies, and their spouses, partners,
household members and emergency contacts.

Labeling decisions
  * Staff (coordinators, PCF nurses/physicians/sonographers, escrow officers),
    attorneys of either side, judges, court clerks, vendors, the agency, the
    clinic, hospitals and their addresses/phones/faxes/NPIs are NOT PHI.
  * Names: one span per name value ("Last, First", "LAST^FIRST^M", X12
    "LAST*FIRST*M" each one span). First name alone and initials of a served
    person are labeled name. Product/bot names that look like names (the
    "Harper" assistant, "Voluson", "Ava") are not PHI.
  * Donor codes (ED-nnnn), GC ids (GC-nnnn), IP ids (IP-nnnn), agency case ids
    (LP-yy-nnnn), IVF cycle ids, court case numbers, lab accession numbers,
    background-check / Live Scan ATI numbers and portal usernames -> other_id.
    Order numbers, e-filing envelope ids, wire/ACH trace refs, DocuSign
    envelope ids, ticket ids, message control ids -> not PHI (transaction ids).
  * Clinic MRNs and FHIR Patient logical ids -> mrn. Insurance member ids,
    Medicaid (ProviderOne) ids -> health_plan. Escrow ledger sub-accounts,
    bank account numbers, full card numbers, claim patient-control numbers
    -> account. Routing numbers and masked cards (last 4 only) -> not PHI.
  * Passport and driver's licence numbers, birth-certificate numbers -> license.
  * Dates: DOB, LMP, transfer, retrieval, appointment, EDD, service, specimen
    collection, birth and filing-hearing dates of a served person -> date,
    including month/day without year. A date with time is one date span. Log
    timestamps, MSH/ISA/BHT creation times, note created_at -> not PHI.
    Gestational age (24w3d), ages <= 89, years alone -> not PHI. Age 90+ -> age.
  * Address: street line and city of a served person's address are separate
    spans when in separate fields, one span when written in one run; ZIP /
    foreign postal code is always its own zip span. States, countries, and
    the court venue / county of the court -> not PHI.
  * IP addresses: client IPs of portal users, signers, form applicants ->
    ip. Internal 10/8, 172.16/12, load balancers, monitors, crawlers, our
    servers -> not PHI.
  * URLs: a request path or link that contains a served person's id (case,
    donor code, GC id) is one url span (path+query); inner ids not split.
  * Devices: serials of home BP cuffs, CGMs, fertility wearables, phone IMEI
    of a served person -> device. Clinic ultrasound machine serials -> not.
  * Vehicles: plate and VIN of a GC's car (mileage reimbursement) -> vehicle.
  * Fingerprint templates -> biometric; base64 donor photos -> photo.
  * Invalid-but-real-looking SSNs / cards (typos, failed Luhn) in a person's
    field are still labeled ssn / account.
"""
import base64
import hashlib
import json
import random
import sys
import unicodedata
import urllib.parse
from datetime import date, datetime, timedelta
from xml.sax.saxutils import escape as xesc

ID = "qw"
rng = random.Random(2323017)


# ----------------------------------------------------------------- builder
class P:
    """labeled value"""
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class M:
    """string made of plain and labeled segments"""
    def __init__(self, *segs):
        self.segs = segs


class B:
    def __init__(self, family):
        self.family = family
        self.buf, self.n, self.spans = [], 0, []

    def t(self, x):
        self.buf.append(x)
        self.n += len(x.encode("utf-8"))
        return self

    def p(self, x, cat):
        st = self.n
        self.t(x)
        self.spans.append((st, self.n, cat, x))
        return self

    def seg(self, v, esc=lambda x: x):
        if isinstance(v, P):
            self.p(esc(str(v.v)), v.cat)
        elif isinstance(v, M):
            for g in v.segs:
                self.seg(g, esc)
        else:
            self.t(esc(str(v)))
        return self

    def text(self):
        return "".join(self.buf)


def jesc_u(x):
    return json.dumps(x, ensure_ascii=False)[1:-1]


def jesc_a(x):
    return json.dumps(x, ensure_ascii=True)[1:-1]


def jemit(b, v, esc=jesc_u, sep=(",", ":")):
    if isinstance(v, dict):
        b.t("{")
        for i, (k, val) in enumerate(v.items()):
            if i:
                b.t(sep[0])
            b.t('"' + esc(k) + '"' + sep[1])
            jemit(b, val, esc, sep)
        b.t("}")
    elif isinstance(v, list):
        b.t("[")
        for i, val in enumerate(v):
            if i:
                b.t(sep[0])
            jemit(b, val, esc, sep)
        b.t("]")
    elif isinstance(v, P):
        if isinstance(v.v, str):
            b.t('"')
            b.p(esc(v.v), v.cat)
            b.t('"')
        else:
            b.p(json.dumps(v.v), v.cat)
    elif isinstance(v, M):
        b.t('"')
        b.seg(v, esc)
        b.t('"')
    elif isinstance(v, str):
        b.t('"' + esc(v) + '"')
    else:
        b.t(json.dumps(v))
    return b


def qp(x):
    return urllib.parse.quote_plus(x, safe="")


def csvq(x):
    return x.replace('"', '""')


# ----------------------------------------------------------------- data
FIRST_F = ["Renata", "Lucía", "Kalani", "Priya", "Oluwaseun", "Mei-Ling", "Siobhan",
           "Amara", "Hannah", "Aaliyah", "Ingrid", "Zoë", "Noor", "Marisol", "Astrid",
           "Grace", "Faith", "Summer", "Rosalind", "Thanh", "Ximena", "Imani", "Bridget",
           "Esperanza", "Wren", "Anneliese", "Tavita", "Brooke", "Dominique", "Yesenia",
           "Keiko", "Magnolia", "Ifeoma", "Carys", "Jolene", "Paz"]
FIRST_M = ["Daniel", "Tomasz", "Joaquín", "Dmitri", "Bao", "Rafael", "Keanu", "Chidi",
           "Yusuf", "Hunter", "Søren", "Declan", "Hyun-woo", "Marco", "Ezekiel", "Mateus",
           "Gideon", "Arjun", "Lior", "Florian", "Cormac", "Tevita", "Wei", "Bashir"]
LAST = ["Ortiz-Bell", "Nakamura-Reyes", "Mahoe", "Okonkwo", "Van der Berg", "de la Cruz",
        "O'Neill", "Stone", "Rose", "Baker", "Nguyễn", "Müller", "Kowalczyk", "Haddad",
        "Abernathy-Lim", "Castillo Reyes", "Fairweather", "Young", "King", "Patel",
        "Ferreira", "Lindqvist", "Achterberg", "MacLeod", "Ibarra", "Park", "Wójcik",
        "Hale", "Winter", "Moreau", "Banerjee", "Tupou", "St. Clair", "Delgado-Ruiz",
        "Fox", "Marsh", "Oyelaran", "Szabo", "Ben-Ami", "Whitehorse", "Sandoval", "Brandt",
        "Faleolo", "Goldberg-Shah", "Nwachukwu", "Lopes da Silva"]
MIDDLE = ["J", "Marie", "A", "Lynn", "K", "Elena", "T", "Rose", "", "", "", ""]

US_PLACES = [("Seattle", "WA", "981"), ("Tacoma", "WA", "984"), ("Spokane", "WA", "992"),
             ("Kent", "WA", "980"), ("Everett", "WA", "982"), ("Portland", "OR", "972"),
             ("Eugene", "OR", "974"), ("Boise", "ID", "837"), ("Sacramento", "CA", "958"),
             ("San Diego", "CA", "921"), ("Phoenix", "AZ", "850"), ("Austin", "TX", "787"),
             ("Denver", "CO", "802"), ("Reno", "NV", "895"), ("Olympia", "WA", "985"),
             ("Vancouver", "WA", "986"), ("Bend", "OR", "977"), ("Yakima", "WA", "989")]
STREETS = ["S Juneau St", "Greenwood Ave N", "NE 65th St", "Cedar Ln", "Harbor View Dr",
           "Alder Ct", "Rainier Ave S", "Willow Creek Rd", "Pioneer Way E", "Maple Grove Blvd",
           "SE Division St", "W Garland Ave", "Calle Sol", "Mountain Ash Loop", "Larkspur Pl",
           "N Mississippi Ave", "Kingfisher Dr", "Old Military Rd", "Bayview Ter", "E Pine St"]
UNITS = ["", "", "", " Apt 4", " Unit 12B", " #305", " Apt 2C", " Lot 17"]
INTL = [("Calle de Alcalá 214, 3ºB", "28028", "Madrid", "ES", "+34", "passport_es"),
        ("Leopoldstraße 71", "80802", "München", "DE", "+49", "passport_de"),
        ("Rehov Dizengoff 118", "6433213", "Tel Aviv", "IL", "+972", "passport_il"),
        ("12 Rue des Acacias", "69003", "Lyon", "FR", "+33", "passport_fr"),
        ("Room 1602, 88 Ruijin Rd", "200020", "Shanghai", "CN", "+86", "passport_cn")]

STAFF = {"coord": ["Hollis Pryce", "Dana Whitcomb", "Marisa Quintero", "Jae Soon Lim",
                   "Ophelia Grant"],
         "nurse": ["Kelsey Whitfield, RN", "Tamsin Okafor, RN", "Luis Arboleda, RN"],
         "md": ["Anand Rao", "Helena Voss", "Miriam Esterhazy"],
         "sono": ["K. Whitfield RDMS", "B. Szymanski RDMS", "R. Nakashima RDMS"],
         "atty": ["Beth Adair", "Graham Oduya", "Cecilia Marchetti"],
         "escrow": ["Tom Lacroix", "Priyanka Dev"]}
STAFF_EMAIL = {"Hollis Pryce": "hollis.pryce@lumenpathfamily.com",
               "Dana Whitcomb": "dana.w@lumenpathfamily.com",
               "Marisa Quintero": "mquintero@lumenpathfamily.com",
               "Jae Soon Lim": "jaesoon.lim@lumenpathfamily.com",
               "Ophelia Grant": "ogrant@lumenpathfamily.com",
               "Beth Adair": "badair@adairfamilylaw.com",
               "Graham Oduya": "g.oduya@oduyalegal.com",
               "Cecilia Marchetti": "cmarchetti@marchettiart.law"}
SLACK_USERS = {"Hollis Pryce": "U04HB2K9Q", "Dana Whitcomb": "U03PL7XW1",
               "Marisa Quintero": "U05A1TQ8M", "Jae Soon Lim": "U02ZZ91KD",
               "Ophelia Grant": "U06C3NN0F", "deploybot": "B01DEPLOY", "Rui Tanaka": "U03ENG441",
               "Sasha Vukovic": "U03ENG772"}
NPI_BASES = ["145738291", "128840173", "167751930", "110933826"]
AGENCY_PHONE = "+18447550192"
AGENCY_ADDR = "1520 Eastlake Ave E, Suite 210, Seattle, WA 98102"
CLINIC_ADDR = "1200 112th Ave NE Ste 300, Bellevue, WA 98004"
SERVERS = ["52.34.118.201", "34.217.90.14", "44.231.7.66"]


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


def npi(base):
    return base + luhn_digit("80840" + base)


NPIS = [npi(b) for b in NPI_BASES]


def card(valid=True):
    pre = rng.choice(["4", "51", "53", "55", "4"])
    body = pre + "".join(rng.choice("0123456789") for _ in range(15 - len(pre)))
    d = luhn_digit(body)
    if not valid:
        d = str((int(d) + rng.randint(1, 9)) % 10)
    return body + d


def vin():
    tr = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                               [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(rng.choice(["1HG", "5YJ", "1FT", "JTD", "3VW", "2T3"]) +
             "".join(rng.choice(al) for _ in range(14)))
    v[8] = "0"
    tot = sum((int(c) if c.isdigit() else tr[c]) * w[i] for i, c in enumerate(v))
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def ssn(valid=True):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    if not valid:
        return f"{a:03d}-{g:02d}-{s:03d}"[:10]  # truncated typo
    return f"{a:03d}-{g:02d}-{s:04d}"


def fold(x):
    x = unicodedata.normalize("NFKD", x)
    return "".join(c for c in x if not unicodedata.combining(c)).replace("ø", "o").replace("ß", "ss")


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def alnum(n, al="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(rng.choice(al) for _ in range(n))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:32]}"


def rand_date(y0, y1):
    d0 = date(y0, 1, 1).toordinal()
    return date.fromordinal(rng.randint(d0, date(y1, 12, 28).toordinal()))


def pub_ip():
    while True:
        a = rng.choice([24, 50, 67, 71, 73, 75, 76, 97, 98, 104, 107, 172, 174, 184, 2600])
        if a == 2600:
            return "2601:%x:%x:%x::%x" % (rng.randint(0x100, 0xfff), rng.randint(0x1000, 0xffff),
                                          rng.randint(0x100, 0xffff), rng.randint(1, 0xffff))
        if a == 172:
            return f"172.{rng.choice([56, 58, 59])}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def us_phone():
    ac = rng.choice(["206", "253", "425", "360", "509", "503", "541", "208", "916", "619",
                     "602", "512", "720", "775"])
    return ac, f"{rng.randint(2, 9)}{digits(2)}", digits(4)


class Person:
    def __init__(self, role, sex=None, intl=None):
        self.role = role
        sex = sex or rng.choice("FM")
        self.sex = sex
        self.first = rng.choice(FIRST_F if sex == "F" else FIRST_M)
        self.last = rng.choice(LAST)
        self.middle = rng.choice(MIDDLE)
        if role == "donor":
            self.dob = rand_date(1995, 2002)
        elif role == "gc":
            self.dob = rand_date(1985, 1999)
        elif role == "baby":
            self.dob = None
        else:
            self.dob = rand_date(1972, 1992)
        self.intl = intl
        if intl:
            st, pc, city, cc, cpre, _ = intl
            self.street, self.zip, self.city, self.state, self.cc = st, pc, city, "", cc
            self.phone_e164 = cpre + digits(9)
            self.phone = self.phone_e164
            self.passport = alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(7)
        else:
            city, stt, z3 = rng.choice(US_PLACES)
            self.street = f"{rng.randint(100, 24999)} {rng.choice(STREETS)}{rng.choice(UNITS)}"
            self.city, self.state, self.zip, self.cc = city, stt, z3 + digits(2), "US"
            ac, ex, ln = us_phone()
            self.phone = f"({ac}) {ex}-{ln}"
            self.phone_e164 = f"+1{ac}{ex}{ln}"
            self.phone_dash = f"{ac}-{ex}-{ln}"
            self.passport = None
        f, l = fold(self.first).lower().replace(" ", ""), fold(self.last).lower().replace(" ", "").replace("'", "").replace(".", "")
        self.email = rng.choice([f"{f}.{l}@gmail.com", f"{f}{l[:1]}{rng.randint(1, 99)}@outlook.com",
                                 f"{f[0]}{l}@yahoo.com", f"{l}.{f}@icloud.com",
                                 f"{f}_{l}{self.dob.year % 100 if self.dob else 24}@proton.me"])
        self.ssn = ssn() if not intl else None
        self.mrn = "PCF" + digits(7)
        self.member = rng.choice(["XEH", "W", "ZGP", "PRM", "JQU"]) + digits(9)
        self.dl = "WDL" + alnum(9) if self.state == "WA" else alnum(1, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(7)
        self.ip = pub_ip()
        self.username = (fold(self.first)[:1] + fold(self.last).replace(" ", "").replace("'", "").replace(".", "")).lower()[:10] + str(rng.randint(1, 99))
        self.bank = digits(rng.choice([9, 10, 12]))
        self.pid = None

    @property
    def name(self):
        return f"{self.first} {self.last}"

    @property
    def name_mid(self):
        return f"{self.first} {self.middle + ' ' if self.middle else ''}{self.last}"

    def lf(self):
        return f"{self.last}, {self.first}"

    def hl7(self):
        return f"{fold(self.last).upper()}^{fold(self.first).upper()}" + (f"^{self.middle[:1]}" if self.middle else "")


def build_world():
    cases, donors = [], []
    for i in range(18):
        d = Person("donor", "F")
        d.code = f"ED-{rng.randint(3000, 5999)}"
        d.height = f"5'{rng.randint(2, 10)}\""
        d.accession = f"A24-{rng.randint(100000, 199999)}"
        d.cycle = f"CYC-24-{rng.randint(100, 999):04d}"
        d.ati = "ATI" + digits(10)
        donors.append(d)
    for i in range(14):
        c = {}
        c["id"] = f"LP-{rng.choice([23, 24])}-{rng.randint(1, 420):04d}"
        intl = rng.choice(INTL) if rng.random() < 0.3 else None
        ip1 = Person("ip", intl=intl)
        ip1.pid = f"IP-{rng.randint(1000, 8999)}"
        ips = [ip1]
        if rng.random() < 0.75:
            ip2 = Person("ip", intl=intl)
            ip2.street, ip2.city, ip2.zip, ip2.state = ip1.street, ip1.city, ip1.zip, ip1.state
            ip2.pid = f"IP-{rng.randint(1000, 8999)}"
            if rng.random() < 0.5:
                ip2.last = ip1.last
            ips.append(ip2)
        c["ips"] = ips
        gc = Person("gc", "F")
        gc.gid = f"GC-{rng.randint(1000, 4999)}"
        gc.medicaid = digits(9) + "WA"
        gc.plate = rng.choice(["BXK", "CHP", "BRT", "AVN"]) + digits(4)
        gc.vin = vin()
        gc.cuff = "2023" + digits(7)
        gc.cgm = alnum(10)
        gc.ati = "ATI" + digits(10)
        gc.imei = digits(15)
        c["gc"] = gc
        sp = Person("rel", "M")
        sp.last = gc.last if rng.random() < 0.7 else sp.last
        sp.street, sp.city, sp.zip = gc.street, gc.city, gc.zip
        c["gc_spouse"] = sp
        ec = Person("rel", "F")
        ec.age = rng.choice([54, 61, 67, 91, 93, 58])
        ec.rel = rng.choice(["mother", "sister", "grandmother", "aunt"])
        if ec.age > 89:
            ec.rel = "grandmother"
        c["ec"] = ec
        c["donor"] = rng.choice(donors) if rng.random() < 0.7 else None
        c["ga_w"] = rng.randint(6, 39)
        c["ga_d"] = rng.randint(0, 6)
        base = date(2024, 5, 14)
        c["transfer"] = base - timedelta(days=c["ga_w"] * 7 + c["ga_d"] - 19)
        c["edd"] = base + timedelta(days=(40 - c["ga_w"]) * 7 - c["ga_d"])
        c["lmp"] = base - timedelta(days=c["ga_w"] * 7 + c["ga_d"])
        c["appt"] = base + timedelta(days=rng.randint(1, 21))
        c["court"] = rng.choice([f"24-5-{rng.randint(100, 2999):05d}-{rng.randint(1, 9)} SEA",
                                 f"24FL{rng.randint(1000, 9999):06d}",
                                 f"24STFL{rng.randint(10000, 99999)}"])
        c["ledger"] = f"ESC-{rng.randint(1000, 1999)}-{rng.randint(1, 99):04d}"
        baby = Person("baby", rng.choice("FM"))
        baby.last = ips[0].last
        baby.dob = base - timedelta(days=rng.randint(1, 25))
        baby.bt = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
        baby.mrn = "PCH" + digits(8)
        baby.birthcert = f"2024-{digits(6)}"
        c["baby"] = baby
        c["coord"] = rng.choice(STAFF["coord"])
        c["atty"] = rng.choice(STAFF["atty"])
        c["claim"] = c["id"].replace("-", "")[2:] + digits(2)
        cases.append(c)
    return cases, donors


CASES, DONORS = build_world()


def fmt_d(d, style):
    return {"iso": d.strftime("%Y-%m-%d"), "us": d.strftime("%m/%d/%Y"),
            "hl7": d.strftime("%Y%m%d"), "short": f"{d.month}/{d.day}",
            "long": d.strftime("%b %d, %Y").replace(" 0", " "), "eu": d.strftime("%d/%m/%Y"),
            "md": d.strftime("%B %d").replace(" 0", " ")}[style]


# ----------------------------------------------------------------- clock
class Clock:
    now = datetime(2024, 5, 14, 15, 2, 11, 118000)


def T():
    return Clock.now


def local():
    return Clock.now - timedelta(hours=7)


def iso_z(ms=True):
    n = T()
    return n.strftime("%Y-%m-%dT%H:%M:%S") + (f".{n.microsecond // 1000:03d}" if ms else "") + "Z"


def epoch_ms():
    return int((T() - datetime(1970, 1, 1)).total_seconds() * 1000)


def case():
    return rng.choice(CASES)


def P_(v, cat):
    return P(v, cat)


# ----------------------------------------------------------------- systems
def g_crm(phi):
    b = B("crm_json")
    host = rng.choice(["crm-api-7c9d5b-x2k4q", "crm-api-7c9d5b-m8ff1", "crm-worker-5d8c-qq7ln"])
    o = {"level": 30, "time": epoch_ms(), "pid": rng.choice([1, 1, 18, 23]), "hostname": host,
         "reqId": "req-" + alnum(6, "abcdefghijklmnopqrstuvwxyz0123456789")}
    c = case()
    if not phi:
        k = rng.randrange(4)
        if k == 0:
            o.update({"req": {"method": "GET", "url": rng.choice(["/api/v2/health", "/api/v2/metrics",
                                                                   "/api/v2/donors/search?status=active&limit=50"]),
                              "remoteAddress": "10.20." + str(rng.randint(0, 9)) + "." + str(rng.randint(2, 250))},
                      "res": {"statusCode": 200}, "responseTime": round(rng.uniform(0.8, 90), 1),
                      "msg": "request completed"})
        elif k == 1:
            o.update({"level": 40, "msg": "slow query", "op": "matchQueue.list",
                      "durationMs": rng.randint(1200, 4200), "rows": rng.randint(5, 90)})
        elif k == 2:
            o.update({"msg": "match.scoring.batch", "model": "compat-v4.2.1",
                      "candidates": rng.randint(120, 260), "took_ms": rng.randint(300, 1500),
                      "traceId": hexs(32), "spanId": hexs(16)})
        else:
            o.update({"msg": "harper.session.closed", "bot": "Harper v3.2.0", "turns": rng.randint(2, 19),
                      "handoff": rng.choice([True, False]), "agent": rng.choice(STAFF["coord"])})
    else:
        k = rng.randrange(6)
        if k == 5:
            p = rng.choice(c["ips"] + [c["gc"]])
            o.update({"msg": "auth.login", "user": P(p.username, "other_id"), "ip": P(p.ip, "ip"),
                      "mfa": rng.choice(["totp", "sms", "webauthn"]), "ua": rng.choice(UAS)})
        elif k == 0:
            o.update({"msg": "match.proposed", "caseId": P(c["id"], "other_id"),
                      "intendedParents": [P(p.name, "name") for p in c["ips"]],
                      "gcId": P(c["gc"].gid, "other_id"), "score": round(rng.uniform(0.62, 0.97), 3),
                      "coordinator": c["coord"], "model": "compat-v4.2.1"})
        elif k == 1:
            ip = rng.choice(c["ips"])
            prof = {"firstName": P(ip.first, "name"), "lastName": P(ip.last, "name"),
                    "dob": P(fmt_d(ip.dob, "iso"), "date"), "email": P(ip.email, "email"),
                    "mobile": P(ip.phone_e164, "phone"), "country": ip.cc}
            if rng.random() < 0.3:
                prof["fax"] = P(ip.phone_e164[:-4] + digits(4), "fax")
            if ip.intl:
                prof["passportNo"] = P(ip.passport, "license")
            o.update({"msg": "intake.created", "ipId": P(ip.pid, "other_id"), "profile": prof,
                      "source": rng.choice(["web", "referral:PCF", "harper"])})
        elif k == 2:
            ec = c["ec"]
            ct = {"name": P(ec.name, "name"), "relationship": ec.rel, "phone": P(ec.phone, "phone")}
            ct["age"] = P(ec.age, "age") if ec.age > 89 else ec.age
            o.update({"msg": "emergencyContact.updated", "gcId": P(c["gc"].gid, "other_id"),
                      "contact": ct, "by": c["coord"]})
        elif k == 3:
            o.update({"req": {"method": "PATCH", "url": P(f"/api/v2/cases/{c['id']}/milestones/GSA_SIGNED", "url"),
                              "remoteAddress": "10.20.3." + str(rng.randint(2, 250))},
                      "res": {"statusCode": rng.choice([200, 200, 409])},
                      "responseTime": round(rng.uniform(10, 300), 1), "msg": "request completed"})
        else:
            d = c["donor"] or rng.choice(DONORS)
            o.update({"msg": "donor.reserved", "donor": P(d.code, "other_id"), "caseId": P(c["id"], "other_id"),
                      "holdUntil": P(fmt_d(c["appt"], "iso"), "date"), "ttlDays": 14})
    jemit(b, o, jesc_u)
    return [b]


def g_donordb(phi):
    b = B("donordb_py")
    n = local()
    b.t(n.strftime("%Y-%m-%d %H:%M:%S") + f",{n.microsecond // 1000:03d} ")
    d = rng.choice(DONORS)
    if not phi:
        k = rng.randrange(4)
        if k == 0:
            b.t(f"INFO [celery.app.trace] Task donordb.tasks.reindex_profiles[{uuid4()}] succeeded in "
                f"{rng.uniform(0.4, 3.2):.3f}s: {{'indexed': {rng.randint(180, 240)}, 'on_hold': {rng.randint(10, 40)}}}")
        elif k == 1:
            b.t(f"INFO [donordb.ml] Loaded compat model compat-v4.2.1 sha256={hexs(64)[:16]} from s3://lp-models/compat/")
        elif k == 2:
            b.t(f"WARNING [donordb.storage] S3 multipart upload retry 2/5 bucket=lp-donor-media part={rng.randint(1, 12)} size={rng.randint(5, 16)}MB")
        else:
            b.t(f"INFO [donordb.screening] FDA panel template updated to v{rng.randint(3, 5)}.{rng.randint(0, 9)} by {rng.choice(STAFF['nurse'])}; 7 assays, lot-tracking on")
    else:
        k = rng.randrange(6)
        if k == 5:
            c = case()
            subj = rng.choice([(c["gc"].gid, c["gc"].ati), (d.code, d.ati)])
            fmr = base64.b64encode(b"FMR\x00 20\x00" + hashlib.sha256(subj[0].encode()).digest() + hashlib.md5(subj[1].encode()).digest()).decode()
            b.t("INFO [donordb.bgcheck] Live Scan capture ok subject=").p(subj[0], "other_id").t(" ati=").p(subj[1], "other_id").t(
                " fmt=ISO19794-2 fmr=").p(fmr, "biometric").t(" nfiq=" + str(rng.randint(1, 3)))
        elif k == 0:
            b.t("INFO [donordb.screening] Donor ").p(d.code, "other_id").t(" (").p(d.name, "name").t(
                f") eligibility -> {rng.choice(['ELIGIBLE', 'PENDING_LABS', 'INELIGIBLE_TRAVEL'])} (21 CFR 1271.50); reviewer=Dr. {rng.choice(STAFF['md'])}")
        elif k == 1:
            b.t("INFO [donordb.cycle] Retrieval scheduled donor=").p(d.code, "other_id").t(" cycle=").p(d.cycle, "other_id").t(
                " date=").p(fmt_d(CASES[0]["appt"] + timedelta(days=rng.randint(0, 20)), "iso"), "date").t(" site=PCF-BEL")
        elif k == 2:
            img = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01" + hashlib.sha256(d.code.encode()).digest() * 3).decode()
            b.t("DEBUG [donordb.media] profile photo set donor=").p(d.code, "other_id").t(" thumb=data:image/jpeg;base64,").p(img, "photo")
        elif k == 3:
            b.t("INFO [donordb.bgcheck] Live Scan submitted donor=").p(d.code, "other_id").t(" ati=").p(d.ati, "other_id").t(
                " dl=").p(d.dl, "license").t(" vendor=Accurate Background")
        else:
            b.t("ERROR [donordb.sync] PCF MRN mismatch for ").p(d.code, "other_id").t(": expected ").p(d.mrn, "mrn").t(
                ", EMR returned ").p("PCF" + digits(7), "mrn").t(" (dob ").p(fmt_d(d.dob, "iso"), "date").t(")")
    return [b]


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
       "LumenPath/3.8.1 (Android 14; Pixel 7)"]


def g_nginx(phi):
    b = B("nginx_access")
    ts = local().strftime("[%d/%b/%Y:%H:%M:%S -0700]")
    if not phi:
        k = rng.randrange(3)
        if k == 0:
            b.t(f"10.20.0.{rng.randint(2, 30)} - - {ts} \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"ELB-HealthChecker/2.0\" rt=0.001")
        elif k == 1:
            b.t(f"66.249.{rng.randint(64, 79)}.{rng.randint(1, 250)} - - {ts} \"GET /egg-donation/become-a-donor HTTP/1.1\" 200 {rng.randint(18000, 40000)} \"-\" \"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)\" rt=0.0{rng.randint(10, 99)}")
        else:
            b.t(f"10.20.1.{rng.randint(2, 200)} - - {ts} \"GET /static/js/app.{hexs(8)}.js HTTP/1.1\" 304 0 \"https://portal.lumenpathfamily.com/\" \"{rng.choice(UAS)}\" rt=0.002")
        return [b]
    c = case()
    who = rng.choice(c["ips"] + [c["gc"]])
    paths = [f"/portal/cases/{c['id']}/timeline", f"/portal/donors/{(c['donor'] or DONORS[3]).code}/profile?tab=medical",
             f"/portal/cases/{c['id']}/escrow/statement.pdf", f"/portal/gc/{c['gc'].gid}/reports/us?ga={c['ga_w']}w",
             "/portal/messages/unread", "/api/session/refresh"]
    pth = rng.choice(paths)
    b.p(who.ip, "ip").t(f" - - {ts} \"{rng.choice(['GET', 'GET', 'POST'])} ")
    if "/cases/" in pth or "/donors/" in pth or "/gc/" in pth:
        b.p(pth, "url")
    else:
        b.t(pth)
    b.t(f" HTTP/2.0\" {rng.choice([200, 200, 200, 302, 403])} {rng.randint(300, 90000)} \"https://portal.lumenpathfamily.com/portal/home\" \"{rng.choice(UAS)}\" rt={rng.uniform(0.01, 0.9):.3f}")
    return [b]


def hl7_msh(typ, ctl):
    b = B("hl7v2")
    b.t(f"MSH|^~\\&|EPIC|PCF^BELLEVUE|LUMENLINK|LUMENPATH|{local().strftime('%Y%m%d%H%M%S')}||{typ}|{ctl}|P|2.5.1")
    return b


def hl7_pid(p, extra_id=None):
    b = B("hl7v2")
    b.t("PID|1||").p(p.mrn, "mrn").t("^^^PCF^MR")
    if extra_id:
        b.t("~").p(extra_id, "health_plan").t("^^^WAHCA^MA")
    b.t("||").p(p.hl7(), "name").t("||").p(fmt_d(p.dob, "hl7"), "date").t(f"|{p.sex}|||")
    if p.intl:
        b.p(p.street, "address").t("^^").p(p.city, "address").t("^^").p(p.zip, "zip").t(f"^{p.cc}")
    else:
        b.p(fold(p.street).upper() if rng.random() < 0.5 else p.street, "address").t("^^").p(p.city, "address").t(
            f"^{p.state}^").p(p.zip, "zip").t("^USA")
    b.t("||").p(p.phone.replace(" ", ""), "phone").t("^PRN^PH~^NET^Internet^").p(p.email, "email")
    b.t("|||||")
    if p.ssn and rng.random() < 0.4:
        b.p(p.ssn.replace("-", ""), "ssn")
    return b


def g_hl7(phi):
    c = case()
    ctl = "PCF" + digits(9)
    out = []
    k = rng.randrange(3)
    md = rng.randrange(len(STAFF["md"]))
    doc = f"{NPIS[md]}^{STAFF['md'][md].split()[1].upper()}^{STAFF['md'][md].split()[0].upper()}^^^DR"
    if k == 0:  # beta hCG for GC
        gc = c["gc"]
        out.append(hl7_msh("ORU^R01^ORU_R01", ctl))
        out.append(hl7_pid(gc, gc.medicaid if rng.random() < 0.4 else None))
        out.append(B("hl7v2").t(f"PV1|1|O|BEL-LAB^^^PCF||||{doc}|||||||||||").p("V" + digits(8), "account"))
        acc = f"L24-{digits(6)}"
        out.append(B("hl7v2").t(f"OBR|1|ORD{digits(7)}|").p(acc, "other_id").t("^PCFLAB|84702^hCG quantitative^CPT|||").p(
            (datetime.combine(local().date(), datetime.min.time()) + timedelta(hours=7, minutes=rng.randint(0, 59))).strftime("%Y%m%d%H%M"), "date").t(
            f"|||||||||{doc}||||||||F"))
        v = rng.randint(90, 2400)
        out.append(B("hl7v2").t(f"OBX|1|NM|21198-7^hCG beta subunit^LN||{v}|mIU/mL|<5|H|||F"))
        out.append(B("hl7v2").t(f"OBX|2|TX|COMMENT^Comment^L||Repeat beta in 48h per protocol. Result called to {rng.choice(STAFF['nurse'])}.||||||F"))
    elif k == 1:  # donor serology
        d = c["donor"] or rng.choice(DONORS)
        out.append(hl7_msh("ORU^R01^ORU_R01", ctl))
        out.append(hl7_pid(d))
        out.append(B("hl7v2").t("OBR|1|ORD" + digits(7) + "|").p(d.accession, "other_id").t("^QDX|DONORPNL^FDA Donor Eligibility Panel^L|||").p(
            fmt_d(c["appt"] - timedelta(days=30), "hl7") + "0915", "date").t("||||||||" + doc + "||||||||F"))
        for i, (code, nm) in enumerate([("7917-8", "HIV 1 Ab"), ("5196-1", "HBsAg"), ("13955-0", "HCV Ab"),
                                         ("20507-0", "RPR"), ("44807-6", "CMV IgG")][:rng.randint(3, 5)]):
            out.append(B("hl7v2").t(f"OBX|{i + 1}|ST|{code}^{nm}^LN||{rng.choice(['Nonreactive', 'Nonreactive', 'Negative'])}||Nonreactive|N|||F|||||QDX^Quest Diagnostics^CLIA^05D0642827"))
    else:  # ADT A04 registration of GC w/ spouse + insurance
        gc, sp = c["gc"], c["gc_spouse"]
        out.append(hl7_msh("ADT^A04^ADT_A01", ctl))
        out.append(B("hl7v2").t(f"EVN|A04|{local().strftime('%Y%m%d%H%M%S')}|||{rng.choice(['MWILKES', 'JTRAN', 'APAZ'])}^INTAKE"))
        out.append(hl7_pid(gc))
        out.append(B("hl7v2").t("NK1|1|").p(sp.hl7(), "name").t("|SPO^Spouse^HL70063|").p(
            sp.street, "address").t("^^").p(sp.city, "address").t(f"^{gc.state}^").p(sp.zip, "zip").t("|").p(sp.phone.replace(" ", ""), "phone"))
        out.append(B("hl7v2").t(f"PV1|1|O|BEL-OB^^^PCF||||{doc}||||||||||||").p("V" + digits(8), "account").t(
            "|||||||||||||||||||||||||").p(fmt_d(c["appt"], "hl7") + "1030", "date"))
        out.append(B("hl7v2").t(f"IN1|1|{rng.choice(['PRM01', 'RGN44', 'MOL09'])}|{digits(5)}|{rng.choice(['PREMERA BLUE CROSS', 'REGENCE BLUESHIELD', 'MOLINA HEALTHCARE OF WA'])}|||||||||||").p(
            gc.hl7(), "name").t("|01^Self|").p(fmt_d(gc.dob, "hl7"), "date").t("||||||||||||||||||").p(gc.member, "health_plan"))
    return out


def g_fhir(phi):
    b = B("fhir")
    b.t(f"{iso_z()} fhir-sync[{rng.randint(1000, 9999)}] ")
    c = case()
    gc = c["gc"]
    if not phi:
        k = rng.randrange(2)
        if k == 0:
            b.t("DEBUG response ")
            jemit(b, {"resourceType": "OperationOutcome", "issue": [{"severity": "information", "code": "informational",
                      "diagnostics": f"Bundle search completed: {rng.randint(0, 40)} entries in {rng.uniform(0.05, 0.9):.3f}s"}]})
        else:
            b.t("INFO GET https://fhir.pcfertility.org/R4/metadata 200 ")
            jemit(b, {"resourceType": "CapabilityStatement", "status": "active", "date": "2024-03-02",
                      "software": {"name": "Epic", "version": "May 2024"}, "fhirVersion": "4.0.1"})
        return [b]
    k = rng.randrange(3)
    pid = "e" + alnum(10, "abcdefghijkmnpqrstuvwxyz0123456789")
    if k == 0:
        b.t("INFO POST Observation 201 ")
        when = datetime.combine(c["appt"] - timedelta(days=rng.randint(14, 30)), datetime.min.time()) + timedelta(hours=rng.randint(8, 16), minutes=rng.choice([0, 15, 30, 45]))
        jemit(b, {"resourceType": "Observation", "id": "obs-" + digits(7), "status": "final",
                  "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "vital-signs"}]}],
                  "code": {"coding": [{"system": "http://loinc.org", "code": "55283-6", "display": "Fetal Heart rate"}]},
                  "subject": {"reference": M("Patient/", P(pid, "mrn"))},
                  "effectiveDateTime": P(when.strftime("%Y-%m-%dT%H:%M:00-07:00"), "date"),
                  "valueQuantity": {"value": rng.randint(120, 170), "unit": "/min", "system": "http://unitsofmeasure.org", "code": "/min"},
                  "performer": [{"display": rng.choice(STAFF["sono"])}]})
    elif k == 1:
        b.t("INFO POST Observation 201 ")
        jemit(b, {"resourceType": "Observation", "status": "final",
                  "code": {"coding": [{"system": "http://loinc.org", "code": "85354-9", "display": "Blood pressure panel"}]},
                  "subject": {"reference": M("Patient/", P(pid, "mrn"))},
                  "effectiveDateTime": P(fmt_d(c["appt"] - timedelta(days=rng.randint(1, 9)), "iso"), "date"),
                  "device": {"display": M("Omron BP7450 SN ", P(gc.cuff, "device"))},
                  "component": [{"code": {"coding": [{"code": "8480-6"}]}, "valueQuantity": {"value": rng.randint(104, 146)}},
                                {"code": {"coding": [{"code": "8462-4"}]}, "valueQuantity": {"value": rng.randint(62, 94)}}]})
    else:
        b.t("DEBUG upsert ")
        p = rng.choice([gc, c["ips"][0]])
        pt = {"resourceType": "Patient", "id": P(pid, "mrn"),
              "identifier": [{"system": "urn:oid:1.2.840.114350.1.13.861.1.7.5.737384.14", "value": P(p.mrn, "mrn")}],
              "name": [{"use": "official", "family": P(p.last, "name"), "given": [P(p.first, "name")]}],
              "telecom": [{"system": "phone", "value": P(p.phone, "phone"), "use": "mobile"},
                          {"system": "email", "value": P(p.email, "email")}],
              "gender": "female" if p.sex == "F" else "male", "birthDate": P(fmt_d(p.dob, "iso"), "date"),
              "address": [{"line": [P(p.street, "address")], "city": P(p.city, "address"), "state": p.state,
                           "postalCode": P(p.zip, "zip"), "country": p.cc}]}
        if not p.intl:
            del pt["address"][0]["country"]
        else:
            del pt["address"][0]["state"]
        jemit(b, pt, jesc_a)
    return [b]


def g_escrow(phi):
    b = B("escrow_logfmt")
    b.t(f"ts={iso_z()} level=info svc=escrow-ledger ")
    c = case()
    if not phi:
        k = rng.randrange(3)
        if k == 0:
            b.t(f"evt=reconcile.done batch=R{T().strftime('%y%m%d')}-0{rng.randint(1, 4)} items={rng.randint(20, 90)} variance=0.00 took={rng.randint(200, 1900)}ms")
        elif k == 1:
            b.buf[0] = b.buf[0].replace("level=info", "level=warn")
            b.t(f"evt=webhook.retry provider=keystone attempt={rng.randint(2, 4)} http_status={rng.choice([502, 503, 504])} endpoint=https://api.keystonefiduciary.com/v3/events trace_id={hexs(32)}")
        else:
            b.t(f"evt=fx.refresh pair={rng.choice(['EURUSD', 'ILSUSD', 'CNYUSD'])} rate={rng.uniform(0.13, 1.1):.4f} source=ecb officer=\"{rng.choice(STAFF['escrow'])}\"")
        return [b]
    k = rng.randrange(4)
    ip = c["ips"][0]
    gc = c["gc"]
    if k == 0:
        b.t("evt=deposit.cleared ledger=").p(c["ledger"], "account").t(" case=").p(c["id"], "other_id").t(' payer="').p(
            ip.lf(), "name").t(f'" amount={rng.choice([25000, 42500, 62500, 15000])}.00 ccy=USD method=wire wire_ref=FED{T().strftime("%y%m%d")}{alnum(8)}')
    elif k == 1:
        b.t(f"evt=disbursement.scheduled type={rng.choice(['gc_monthly_allowance', 'gc_base_comp', 'maternity_clothing', 'mileage'])} ledger=").p(
            c["ledger"], "account").t(' payee="').p(gc.name, "name").t(f'" amount={rng.choice([250, 400, 3000, 5000, 612.48])} card=****{digits(4)} schedule=' + rng.choice(["monthly", "one_time", "milestone"]))
    elif k == 2:
        b.t("evt=payee.bank.verified gc=").p(gc.gid, "other_id").t(f" routing={rng.choice(['125000024', '325070760', '121000248'])} acct=").p(
            gc.bank, "account").t(f" method=plaid score={rng.randint(70, 99)}")
    else:
        b.t("evt=mileage.claim gc=").p(gc.gid, "other_id").t(" plate=").p(gc.plate, "vehicle").t(" vin=").p(
            gc.vin, "vehicle").t(f" miles={rng.randint(12, 140)} appt=").p(fmt_d(c["appt"] - timedelta(days=7), "iso"), "date").t(" rate=0.67")
    return [b]


def g_x12(phi):
    c = case()
    gc = c["gc"]
    ctl = f"{rng.randint(1000, 99999):09d}"
    n = local()
    L = []

    def seg(*parts):
        b = B("x12_837")
        for x in parts:
            b.seg(x)
        b.t("~")
        L.append(b)
    seg(f"ISA*00*          *00*          *ZZ*LUMENPATH      *ZZ*AVAILITY       *{n.strftime('%y%m%d')}*{n.strftime('%H%M')}*^*00501*{ctl}*0*P*:")
    seg(f"GS*HC*LUMENPATH*AVAILITY*{n.strftime('%Y%m%d')}*{n.strftime('%H%M')}*{int(ctl)}*X*005010X222A1")
    seg("ST*837*0001*005010X222A1")
    seg(f"BHT*0019*00*LP{int(ctl)}*{n.strftime('%Y%m%d')}*{n.strftime('%H%M')}*CH")
    seg("NM1*85*2*PACIFIC CREST FERTILITY CENTER*****XX*" + rng.choice(NPIS))
    seg("N3*1200 112TH AVE NE STE 300")
    seg("N4*BELLEVUE*WA*980044711")
    seg("SBR*P*18*******CI")
    seg("NM1*IL*1*", P(f"{fold(gc.last).upper()}*{fold(gc.first).upper()}" + (f"*{gc.middle[:1]}" if gc.middle else ""), "name"), "****MI*", P(gc.member, "health_plan"))
    seg("N3*", P(fold(gc.street).upper(), "address"))
    seg("N4*", P(gc.city.upper(), "address"), f"*{gc.state}*", P(gc.zip, "zip"))
    seg("DMG*D8*", P(fmt_d(gc.dob, "hl7"), "date"), "*F")
    seg("CLM*", P(c["claim"], "account"), f"*{rng.choice([450, 1850, 285, 620])}***11:B:1*Y*A*Y*Y")
    seg(f"HI*ABK:Z3A{min(c['ga_w'], 42):02d}*ABF:O09.81")
    seg(f"SV1*HC:{rng.choice(['76801', '76805', '76815', '76817'])}*{rng.choice([450, 285, 620])}*UN*1***1")
    seg("DTP*472*D8*", P(fmt_d(c["appt"] - timedelta(days=rng.randint(10, 40)), "hl7"), "date"))
    seg(f"SE*{len(L) - 1}*0001")
    seg(f"GE*1*{int(ctl)}")
    seg(f"IEA*1*{ctl}")
    if not phi:
        return [x for x in L if not x.spans][:rng.randint(3, 5)]
    return L


def g_esign(phi):
    b = B("esign_kv")
    c = case()
    env = uuid4()
    b.t(f"{iso_z(False)} docusign-connect[{rng.randint(200, 900)}]: envelope_id={env} ")
    if not phi:
        att = rng.choice(STAFF["atty"])
        b.t(f"status={rng.choice(['sent', 'delivered', 'completed'])} template=\"GSA Washington v7.{rng.randint(2, 4)}\" pages={rng.randint(60, 96)} "
            f"recipient_role=Agency_Counsel recipient_name=\"{att}\" recipient_email={STAFF_EMAIL[att]} ip_address={rng.choice(SERVERS)}")
        return [b]
    who, role = rng.choice([(c["gc"], "Surrogate"), (c["gc_spouse"], "Surrogate_Spouse"), (c["ips"][0], "Intended_Parent_1"),
                            (c["ips"][-1], "Intended_Parent_2")])
    doc = rng.choice(["Gestational Surrogacy Agreement", "Escrow Agreement", "Donor Agreement Addendum", "Medical Records Release"])
    b.t(f"status=completed subject=\"{doc} - ").p(c["id"], "other_id").t(f"\" recipient_role={role} recipient_name=\"").p(
        who.name, "name").t("\" recipient_email=").p(who.email, "email").t(" ip_address=").p(who.ip, "ip").t(
        f" signed_at={iso_z(False)} auth=sms_otp")
    return [b]


def g_syslog(phi):
    b = B("syslog")
    n = local()
    ts = n.strftime("%b ") + f"{n.day:2d} " + n.strftime("%H:%M:%S")
    host = rng.choice(["lp-mail01", "lp-app03", "lp-db01", "lp-bastion"])
    qid = alnum(10, "0123456789ABCDEF")
    if not phi:
        k = rng.randrange(5)
        msgs = [f"sshd[{rng.randint(1000, 40000)}]: Accepted publickey for deploy from 10.20.9.{rng.randint(2, 60)} port {rng.randint(40000, 65000)} ssh2: ED25519 SHA256:{base64.b64encode(bytes(rng.randrange(256) for _ in range(32))).decode()[:43]}",
                f"CRON[{rng.randint(1000, 40000)}]: (root) CMD (/usr/local/bin/pg_backup.sh --target s3://lp-backups/db01 >/dev/null 2>&1)",
                f"postfix/smtp[{rng.randint(1000, 40000)}]: {qid}: to=<{STAFF_EMAIL[rng.choice(list(STAFF_EMAIL))]}>, relay=aspmx.l.google.com[142.250.{rng.randint(0, 255)}.27]:25, delay=0.{rng.randint(10, 99)}, dsn=2.0.0, status=sent (250 2.0.0 OK)",
                f"kernel: [{rng.randint(100000, 999999)}.{digits(6)}] nf_conntrack: table full, dropping packet",
                f"pgbouncer[{rng.randint(500, 900)}]: stats: {rng.randint(20, 90)} xacts/s, {rng.randint(40, 300)} queries/s, in {rng.randint(10000, 90000)} B/s, out {rng.randint(10000, 90000)} B/s, xact {rng.randint(300, 2000)} us, query {rng.randint(200, 900)} us"]
        host = ["lp-bastion", "lp-db01", "lp-mail01", "lp-app03", "lp-db01"][k]
        b.t(f"<{rng.choice([13, 38, 86, 134])}>{ts} {host} {msgs[k]}")
        return [b]
    c = case()
    p = rng.choice(c["ips"] + [c["gc"], rng.choice(DONORS)])
    b.t(f"<22>{ts} lp-mail01 postfix/smtp[{rng.randint(1000, 40000)}]: {qid}: to=<").p(p.email, "email").t(
        f">, relay={rng.choice(['gmail-smtp-in.l.google.com[142.250.141.26]:25', 'outlook-com.olc.protection.outlook.com[52.101.9.3]:25', 'mx01.mail.icloud.com[17.57.154.6]:25'])}, delay={rng.uniform(0.2, 4):.2f}, dsn=2.0.0, status=sent (250 ok)")
    return [b]


def g_java(phi):
    c = case()
    n = local()
    ts = n.strftime("%Y-%m-%d %H:%M:%S") + f".{n.microsecond // 1000:03d}"
    thr = f"nio-8080-exec-{rng.randint(1, 12)}"
    L = []
    h = B("java_trace")
    ms = rng.choice(["PBO_FILED", "GSA_SIGNED", "ESCROW_FUNDED", "TRANSFER_CLEARED", "BIRTH_ORDER_ENTERED"])
    if phi:
        h.t(f"{ts} ERROR 1 --- [{thr}] c.l.legal.milestone.MilestoneService     : Failed to advance milestone {ms} for case ").p(
            c["id"], "other_id").t(" (gc=").p(c["gc"].lf(), "name").t(")")
    else:
        h.t(f"{ts} ERROR 1 --- [{thr}] c.l.legal.milestone.MilestoneScheduler   : Scheduled sweep aborted after {rng.randint(2, 40)} items (traceId={hexs(16)})")
    L.append(h)
    L.append(B("java_trace").t("org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [milestone_case_uk]"))
    L.append(B("java_trace").t("\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:290)"))
    L.append(B("java_trace").t(f"\tat com.lumenpath.legal.milestone.MilestoneService.advance(MilestoneService.java:{rng.randint(90, 300)})"))
    L.append(B("java_trace").t("\tat com.lumenpath.legal.milestone.MilestoneController.patch(MilestoneController.java:58)"))
    cb = B("java_trace").t("Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"milestone_case_uk\"")
    L.append(cb)
    if phi:
        L.append(B("java_trace").t("  Detail: Key (case_id, code)=(").p(c["id"], "other_id").t(f", {ms}) already exists."))
    L.append(B("java_trace").t("\t... 87 common frames omitted"))
    return L


def g_pg(phi):
    b = B("pgaudit")
    n = local()
    b.t(n.strftime("%Y-%m-%d %H:%M:%S") + f".{n.microsecond // 1000:03d} PDT [{rng.randint(10000, 60000)}] ")
    c = case()
    if not phi:
        k = rng.randrange(3)
        if k == 0:
            b.t(f"app=matching-api user=svc_match db=lumen LOG:  AUDIT: SESSION,{rng.randint(1, 90)},1,READ,SELECT,,,\"SELECT count(*) FROM match_queue WHERE status = 'OPEN' AND region = $1\",<not logged>")
        elif k == 1:
            b.t(f"LOG:  checkpoint complete: wrote {rng.randint(100, 4000)} buffers ({rng.uniform(0.1, 9):.1f}%); 0 WAL file(s) added, 0 removed, {rng.randint(0, 5)} recycled; write={rng.uniform(1, 30):.3f} s, sync=0.00{rng.randint(1, 9)} s, total={rng.uniform(1, 30):.3f} s")
        else:
            b.t(f"app=psql user=rui.tanaka db=lumen LOG:  duration: {rng.uniform(100, 9000):.3f} ms  statement: VACUUM (ANALYZE) escrow_txn;")
        return [b]
    k = rng.randrange(3)
    p = rng.choice(c["ips"])
    if k == 0:
        b.t(f"app=crm-api user=svc_crm db=lumen LOG:  AUDIT: OBJECT,{rng.randint(1, 90)},1,WRITE,INSERT,TABLE,public.intended_parent,\"INSERT INTO intended_parent (ip_code, first_name, last_name, dob, email, phone) VALUES ('").p(
            p.pid, "other_id").t("', '").p(p.first.replace("'", "''"), "name").t("', '").p(p.last.replace("'", "''"), "name").t("', '").p(fmt_d(p.dob, "iso"), "date").t("', '").p(
            p.email, "email").t("', '").p(p.phone_e164, "phone").t("')\",<not logged>")
    elif k == 1:
        gc = c["gc"]
        b.t(f"app=matching-api user=svc_match db=lumen LOG:  AUDIT: SESSION,{rng.randint(1, 90)},2,WRITE,UPDATE,,,\"UPDATE gc_profile SET bmi = {rng.uniform(19, 32):.1f}, edd = '").p(
            fmt_d(c["edd"], "iso"), "date").t("', ssn_enc = pgp_sym_encrypt('").p(gc.ssn if rng.random() < 0.8 else ssn(False), "ssn").t("', current_setting('lp.key')) WHERE gc_code = '").p(gc.gid, "other_id").t("'\",<not logged>")
    else:
        b.t("app=crm-api user=svc_crm db=lumen ERROR:  value too long for type character varying(10) at character 88  STATEMENT:  UPDATE contact SET postal = '").p(
            p.zip, "zip").t(" ").p(p.city, "address").t("' WHERE ip_code = '").p(p.pid, "other_id").t("'")
    return [b]


def g_sms(phi):
    b = B("sms")
    c = case()
    gc = c["gc"]
    if not phi:
        b.t(f"{iso_z()} twilio-client WARN 429 Too Many Requests account=AC{hexs(32)} messaging_service=MG{hexs(32)} retry_after=2s queue_depth={rng.randint(3, 60)}")
        return [b]
    k = rng.randrange(3)
    coord = c["coord"].split()[0]
    if k == 0:
        body = rng.choice([
            M(f"Hi {coord}, it's ", P(gc.first, "name"), f". Appt moved to ", P(fmt_d(c["appt"], "short"), "date"), " at 10:30, can escrow cover the parking? thx"),
            M("Hola, soy ", P(gc.first, "name"), ". Mi esposo ", P(c["gc_spouse"].first, "name"), " me va a llevar a la cita del ", P(fmt_d(c["appt"], "eu")[:5], "date"), ". Gracias!"),
            M("Beta came back!! ", f"{rng.randint(200, 900)}", " :) -", P(gc.first, "name")),
            M("This is ", P(c["gc_spouse"].name, "name"), ", ", P(gc.first, "name"), "'s husband. She is at triage now, they said call ", P(c["gc_spouse"].phone, "phone")),
        ])
        b.t(f"{iso_z()} twilio-webhook POST /sms/inbound ToCountry=US&ToState=WA&SmsMessageSid=SM{hexs(32)}&NumMedia=0&Body=")
        b.seg(body, qp)
        b.t("&From=").p(qp(gc.phone_e164), "phone").t(f"&To={qp(AGENCY_PHONE)}&ApiVersion=2010-04-01")
    elif k == 1:
        who = rng.choice(c["ips"])
        body = rng.choice([
            M("Hi ", P(who.first, "name"), ", your escrow statement for case ", P(c["id"], "other_id"), " is ready in the portal. - Lumen Path"),
            M("Reminder: ", P(gc.first, "name"), "'s anatomy scan is ", P(fmt_d(c["appt"], "md"), "date"), " at PCF Bellevue, 1200 112th Ave NE. Reply STOP to opt out"),
        ])
        b.t(f"{iso_z()} twilio-client INFO message.create ")
        jemit(b, {"sid": "SM" + hexs(32), "to": P(who.phone_e164, "phone"), "from": AGENCY_PHONE, "body": body,
                  "status": "queued", "num_segments": "2", "price": None, "api_version": "2010-04-01"})
    else:
        b.t(f"{iso_z()} twilio-webhook POST /sms/status MessageStatus={rng.choice(['delivered', 'undelivered', 'sent'])}&MessageSid=SM{hexs(32)}&To=").p(
            qp(rng.choice(c["ips"] + [gc]).phone_e164), "phone").t(f"&From={qp(AGENCY_PHONE)}&ErrorCode=")
    return [b]


NOTE_ID = [88120]


def g_notes(phi):
    b = B("notes_csv")
    NOTE_ID[0] += rng.randint(1, 9)
    c = case()
    coord = c["coord"]
    created = local().strftime("%Y-%m-%d %H:%M:%S")
    gc, sp, ec = c["gc"], c["gc_spouse"], c["ec"]
    if not phi:
        body = rng.choice([f"Team sync: GSA template bumped to v7.4 per {c['atty']}; no client changes.",
                           "Ops: Q2 donor ad spend down 8%, Harper handling ~40% of first-touch chats.",
                           f"Vendor call w/ Keystone ({STAFF['escrow'][0]}) re: new wire cutoff 1:30pm PT.",
                           "Reminder for all coordinators: use the new PBO checklist (rev 2024-04) in SharePoint."])
        b.t(f"{NOTE_ID[0]},,\"{coord}\",{created},internal,\"{csvq(body)}\"")
        return [b]
    body = rng.choice([
        M("Called GC ", P(gc.first, "name"), ", GA ", f"{c['ga_w']}w{c['ga_d']}d", ", feeling well. Husband ", P(sp.first, "name"), " asked about lost wages for ",
          P(fmt_d(c["appt"], "short"), "date"), ". EDD ", P(fmt_d(c["edd"], "us"), "date"), "."),
        M("Emergency contact confirmed: ", P(ec.name, "name"), " (", ec.rel, ", ", P(str(ec.age), "age") if ec.age > 89 else str(ec.age), ") ", P(ec.phone, "phone"), ". Lives w/ GC."),
        M("IPs ", P(c["ips"][0].name, "name"), " moving to ", P(c["ips"][0].street + ", " + c["ips"][0].city, "address"), " ", P(c["ips"][0].zip, "zip"), " - update PBO petition address before filing."),
        M("Transfer ", P(fmt_d(c["transfer"], "short"), "date"), " went well per Dr. ", rng.choice(STAFF["md"]), ". 1 PGT-A euploid embryo, donor ", P((c["donor"] or DONORS[0]).code, "other_id"), ". Beta scheduled."),
        M("\"GC said: \"\"please don't tell the IPs yet\"\"\" - spoke w/ ", P(gc.lf(), "name"), " re: spotting, ", rng.choice(STAFF["nurse"]), " advised rest."),
    ])
    b.t(f"{NOTE_ID[0]},").p(c["id"], "other_id").t(f",\"{coord}\",{created},{rng.choice(['phone', 'sms', 'in_person', 'email'])},\"")
    b.seg(body, csvq)
    b.t("\"")
    return [b]


def g_us(phi):
    b = B("us_pipe")
    n = local()
    if not phi:
        mach, sn = rng.choice([("Voluson E10", "VE10-A24187"), ("LOGIQ E10", "LE10-88213"), ("Voluson E10", "VE10-A24190")])
        b.t(f"USQA|PCF-BEL|{n.strftime('%Y-%m-%dT%H:%M')}|PROBE_CHECK|{mach}|SN {sn}|RIC5-9-D|PASS|by {rng.choice(STAFF['sono'])}")
        return [b]
    c = case()
    gc = c["gc"]
    md = rng.choice(STAFF["md"])
    crl = f"CRL {rng.uniform(20, 80):.1f}mm" if c["ga_w"] < 14 else f"EFW {int(3500 * ((c['ga_w'] - 14) / 26) ** 2 + 100 + rng.randint(-60, 60))}g ({rng.randint(10, 90)}%ile)"
    b.t(f"USRPT|PCF-BEL|{n.strftime('%Y-%m-%dT%H:%M')}|MRN ").p(gc.mrn, "mrn").t("|").p(gc.hl7(), "name").t(
        f"|GA {c['ga_w']}w{c['ga_d']}d|{crl}|FHR {rng.randint(128, 170)}bpm|LMP(adj) ").p(fmt_d(c["lmp"], "us"), "date").t(
        "|EDD ").p(fmt_d(c["edd"], "us"), "date").t(f"|Placenta {rng.choice(['posterior', 'anterior', 'fundal'])}|Sonographer {rng.choice(STAFF['sono'])}|Read: {md}, MD|Voluson E10")
    return [b]


def g_efile(phi):
    b = B("efile_xml")
    c = case()
    eid = rng.randint(15000000, 16999999)
    if not phi:
        b.t(f"<FilingStatusResponse><EnvelopeID>{eid}</EnvelopeID><Status>{rng.choice(['Submitted', 'Accepted', 'UnderReview'])}</Status>"
            f"<Court>King County Superior Court</Court><FeeAmount>{rng.choice(['0.00', '280.00', '20.00'])}</FeeAmount>"
            f"<FilerFirm>{rng.choice(['Adair Family Law PLLC', 'Oduya Legal Group', 'Marchetti ART Law'])}</FilerFirm><Timestamp>{iso_z(False)}</Timestamp></FilingStatusResponse>")
        return [b]
    ip1 = c["ips"][0]
    baby = c["baby"]
    e = lambda x: xesc(x, {'"': "&quot;"})
    b.t(f"<FilingEnvelope xmlns=\"urn:lp:efile:1\"><EnvelopeID>{eid}</EnvelopeID><CaseNumber>").p(c["court"], "other_id").t(
        "</CaseNumber><CaseType>Parentage - Assisted Reproduction (RCW 26.26A)</CaseType><Document>Judgment and Order Establishing Parentage</Document>")
    for p in c["ips"]:
        b.t("<Petitioner><Name>").p(e(p.name), "name").t("</Name><Address>").p(e(p.street + ", " + p.city), "address").t(
            f"</Address><Region>{p.state or p.cc}</Region><PostalCode>").p(p.zip, "zip").t("</PostalCode></Petitioner>")
    b.t("<Respondent role=\"GestationalCarrier\"><Name>").p(e(c["gc"].name), "name").t("</Name></Respondent>")
    if c["ga_w"] > 30 or rng.random() < 0.5:
        b.t("<Child><Name>").p(e(baby.first + " " + baby.last), "name").t("</Name><BirthDate>").p(fmt_d(baby.dob, "iso"), "date").t(
            f"</BirthDate><BirthTime>{baby.bt}</BirthTime><Facility>Overlake Medical Center</Facility><BirthCertNo>").p(baby.birthcert, "license").t("</BirthCertNo></Child>")
    else:
        b.t("<Child><Name>Unborn child</Name><ExpectedBirthDate>").p(fmt_d(c["edd"], "iso"), "date").t("</ExpectedBirthDate></Child>")
    b.t(f"<Attorney bar=\"WSBA {rng.randint(20000, 59999)}\">{c['atty']}</Attorney><HearingDate>").p(fmt_d(c["appt"] + timedelta(days=20), "iso"), "date").t("</HearingDate></FilingEnvelope>")
    return [b]


def nacha_name(p):
    return fold(p.name).upper()[:22]


def g_nacha(phi):
    n = local()
    L = []
    batch = rng.randint(1, 40)
    L.append(B("nacha").t(f"101 1250000241{digits(9)}{n.strftime('%y%m%d%H%M')}A094101{'KEYBANK NA':<23}{'KEYSTONE FIDUCIARY ESC':<23}{'LP' + digits(6):<8}"))
    L.append(B("nacha").t(f"5220{'KEYSTONE FIDUCIA':<16}{'LUMENPATH GC DISB':<20}1{digits(9)}PPD{'GC COMP':<10}{n.strftime('%y%m%d')}{(n + timedelta(days=1)).strftime('%y%m%d')}   1{'12500002'}{batch:07d}"))
    tot = 0
    cnt = rng.randint(1, 3) if phi else 0
    for i in range(cnt):
        c = case()
        gc = c["gc"]
        amt = rng.choice([25000, 40000, 300000, 61248])
        tot += amt
        rt = rng.choice(["32507076", "12100024", "12500002"])
        b = B("nacha").t(f"622{rt}{rng.randint(0, 9)}").p(gc.bank, "account").t(" " * (17 - len(gc.bank)) + f"{amt:010d}").p(
            c["ledger"].replace("-", ""), "account").t(" " * (15 - len(c["ledger"].replace("-", "")))).p(nacha_name(gc), "name").t(
            " " * (22 - len(nacha_name(gc))) + f"  0{'12500002'}{rng.randint(1, 9999999):07d}")
        L.append(b)
    L.append(B("nacha").t(f"8220{cnt:06d}{rng.randint(10 ** 9, 10 ** 10 - 1):010d}{0:012d}{tot:012d}1{digits(9)}{' ' * 25}12500002{batch:07d}"))
    if not phi or rng.random() < 0.5:
        L.append(B("nacha").t(f"9000001{1:06d}{cnt:08d}{rng.randint(10 ** 9, 10 ** 10 - 1):010d}{0:012d}{tot:012d}{' ' * 39}"))
    for x in L:
        assert len(x.text()) == 94, (len(x.text()), x.text())
    return L


def g_lab(phi):
    b = B("lab_tsv")
    if not phi:
        b.t("\t".join(["QC", f"L{rng.randint(1, 3)}", rng.choice(["HBsAg", "HIV Ag/Ab", "HCV Ab", "NAT-MPX"]), rng.choice(["PASS", "PASS", "REVIEW"]),
                       f"Lot {digits(5)}{rng.choice('ABCK')}", f"exp 2025-0{rng.randint(1, 9)}-01", "CLIA 05D0642827", f"tech={rng.choice(['mlee', 'jortega', 'spatel2'])}"]))
        return [b]
    d = rng.choice(DONORS)
    test = rng.choice(["HIV-1/2 Ag/Ab", "HBsAg", "Anti-HBc", "HCV Ab", "NAT HIV/HCV/HBV", "Syphilis RPR", "CT/NG NAAT", "Expanded Carrier Screen (302 genes)"])
    b.p(d.accession, "other_id").t("\t").p(d.code, "other_id").t("\t").p(fmt_d(CASES[1]["appt"] - timedelta(days=rng.randint(20, 40)), "iso"), "date").t(
        f"\t{test}\t{'No pathogenic variants' if test.startswith('Expanded') else 'Not detected' if test.startswith(('NAT', 'CT/NG')) else rng.choice(['Nonreactive', 'Negative'])}\tLot {digits(5)}K\tCLIA 05D0642827\tsigned={rng.choice(STAFF['md'])}")
    return [b]


def g_k8s(phi):
    b = B("k8s_json")
    k = rng.randrange(3)
    if k == 0:
        dep = rng.choice(["matching-api", "crm-api", "escrow-ledger", "fhir-sync"])
        o = {"level": "info", "ts": round((T() - datetime(1970, 1, 1)).total_seconds(), 6), "logger": "controller.deployment",
             "msg": "Reconciling", "namespace": "prod", "name": dep,
             "image": f"registry.lumenpath.io/{dep}:2.{rng.randint(10, 19)}.{rng.randint(0, 9)}",
             "replicas": rng.randint(2, 6), "reconcileID": uuid4()}
    elif k == 1:
        o = {"time": iso_z(), "stream": "stdout", "kubernetes": {"pod_name": f"ingress-nginx-controller-{alnum(5, 'abcdefghijklmnopqrstuvwxyz0123456789')}", "namespace_name": "ingress-nginx"},
             "log": f"I0514 {T().strftime('%H:%M:%S')}.{digits(6)}       7 controller.go:{rng.randint(180, 220)}] \"Backend successfully reloaded\" ingress=\"prod/portal\" upstream=\"{rng.choice(SERVERS)}:8443\""}
    else:
        o = {"level": "warn", "ts": iso_z(), "caller": "autoscaler/hpa.go:412", "msg": "cpu above target",
             "hpa": "prod/crm-api", "current": f"{rng.randint(70, 98)}%", "target": "65%", "trace_id": hexs(32), "span_id": hexs(16)}
    jemit(b, o)
    return [b]


def g_slack(phi):
    b = B("slack_json")
    ts = f"{(T() - datetime(1970, 1, 1)).total_seconds():.0f}.{digits(6)}"
    if not phi:
        u = rng.choice(["deploybot", "Rui Tanaka", "Sasha Vukovic", "Ophelia Grant"])
        txt = rng.choice([f"deploying escrow-ledger 2.{rng.randint(10, 19)}.{rng.randint(0, 9)} to prod in 10 :rocket:",
                          f"PR #{rng.randint(1200, 1900)} merged: fix timezone in milestone sweep",
                          "who owns the Keystone webhook alert? firing again (502s)",
                          "Harper is down for 5 min while we rotate the OpenSearch creds",
                          f"on-call handoff: no sev1, ticket OPS-{rng.randint(3000, 4999)} still open"])
        jemit(b, {"type": "message", "channel": "C02ENG0LP", "user": SLACK_USERS[u], "user_name": u, "text": txt, "ts": ts})
        return [b]
    c = case()
    u = c["coord"]
    gc, sp = c["gc"], c["gc_spouse"]
    txt = rng.choice([
        M("GC ", P(gc.first + " " + gc.last[:1] + ".", "name"), " just called \u2014 spotting at ", f"{c['ga_w']}w", ", sent her to PCF triage, husband ", P(sp.first, "name"), " driving"),
        M("heads up: ", P(c["ips"][0].name, "name"), " asked to move the transfer to ", P(fmt_d(c["appt"] + timedelta(days=rng.randint(20, 60)), "md"), "date"), ", can someone check w/ ", rng.choice(STAFF["nurse"]), "?"),
        M("donor ", P((c["donor"] or DONORS[2]).code, "other_id"), " passed psych + genetics, profile can go live. ", rng.choice(STAFF["md"]), " signed off"),
        M("baby ", P(c["baby"].first, "name"), " arrived ", P(fmt_d(c["baby"].dob, "short") + " " + c["baby"].bt, "date"), "! 7lb 2oz, GC doing great :tada: case ", P(c["id"], "other_id")),
    ])
    jemit(b, {"type": "message", "channel": "C03GCCARE", "user": SLACK_USERS[u], "user_name": u, "text": txt, "ts": ts}, jesc_a)
    return [b]


def g_apache(phi):
    b = B("apache_php")
    n = local()
    ts = n.strftime("[%a %b %d %H:%M:%S.") + f"{n.microsecond:06d} " + n.strftime("%Y]")
    pid = rng.randint(1000, 30000)
    if not phi:
        b.t(rng.choice([f"{ts} [ssl:warn] [pid {pid}] AH01909: apply.lumenpathfamily.com:443:0 server certificate does NOT include an ID which matches the server name",
                        f"{ts} [mpm_prefork:notice] [pid 1] AH00163: Apache/2.4.57 (Debian) OpenSSL/3.0.11 configured -- resuming normal operations",
                        f"{ts} [php7:warn] [pid {pid}] [client 10.20.0.{rng.randint(2, 30)}:{rng.randint(30000, 60000)}] PHP Warning:  session_start(): Session cannot be started after headers have already been sent in /var/www/intake/lib/session.php on line 14"]))
        return [b]
    c = case()
    gc = c["gc"]
    port = rng.randint(30000, 65000)
    k = rng.randrange(2)
    b.t(f"{ts} [php7:{'notice' if k == 0 else 'debug'}] [pid {pid}] [client ").p(gc.ip, "ip").t(f":{port}] ")
    if k == 0:
        b.t(f"PHP Notice:  Undefined index: partner_dob in /var/www/intake/gc/step3.php on line {rng.randint(100, 300)}, referer: https://apply.lumenpathfamily.com/gc/step2")
    else:
        cc = card(rng.random() < 0.8)
        b.t("POST dump: first=").p(qp(gc.first), "name").t("&last=").p(qp(gc.last), "name").t("&ssn=").p(gc.ssn, "ssn").t("&dl=").p(
            gc.dl, "license").t("&phone=").p(qp(gc.phone), "phone").t("&imei=").p(gc.imei, "device").t("&card=").p(cc, "account").t(
            "&cgm_serial=").p(gc.cgm, "device")
    return [b]


SYSTEMS = {  # name: (fn, weight_clean, weight_phi)
    "crm": (g_crm, 5, 5), "donordb": (g_donordb, 4, 4), "nginx": (g_nginx, 6, 4), "hl7": (g_hl7, 1, 1.2),
    "fhir": (g_fhir, 2, 3), "escrow": (g_escrow, 4, 4), "x12": (g_x12, 0.6, 0.35), "esign": (g_esign, 2, 3),
    "syslog": (g_syslog, 6, 2), "java": (g_java, 0.5, 0.5), "pg": (g_pg, 3, 3), "sms": (g_sms, 1, 4),
    "notes": (g_notes, 2, 4), "us": (g_us, 2, 3), "efile": (g_efile, 2, 2), "nacha": (g_nacha, 0.6, 1),
    "lab": (g_lab, 2, 3), "k8s": (g_k8s, 6, 0), "slack": (g_slack, 3, 3), "apache": (g_apache, 2, 2),
}


def main():
    lines = []
    while len(lines) < 500:
        Clock.now += timedelta(seconds=rng.randint(1, 75), microseconds=rng.randint(0, 999999))
        nphi = sum(1 for x in lines if x.spans)
        want_phi = (nphi / max(1, len(lines))) < 0.45
        names = [k for k, v in SYSTEMS.items() if (v[2] if want_phi else v[1]) > 0]
        w = [SYSTEMS[k][2] if want_phi else SYSTEMS[k][1] for k in names]
        rec = SYSTEMS[rng.choices(names, w)[0]][0](want_phi)
        if len(lines) + len(rec) > 500:
            continue
        if want_phi:
            assert any(x.spans for x in rec)
        lines.extend(rec)
    out_log, out_lab = [], []
    for i, b in enumerate(lines, 1):
        txt = b.text()
        assert "\n" not in txt and "\r" not in txt and txt.strip(), (i, txt)
        lb = txt.encode("utf-8")
        last = 0
        spans = []
        for s, e, cat, val in sorted(b.spans):
            if not (0 <= s < e <= len(lb)):
                sys.exit(f"bad span bounds line {i}: {s},{e}")
            if s < last:
                sys.exit(f"overlapping spans line {i}")
            if lb[s:e].decode("utf-8") != val:
                sys.exit(f"span text mismatch line {i}: {lb[s:e]!r} != {val!r}")
            if cat not in CATS and not cat.startswith("_"):
                sys.exit(f"bad category {cat} line {i}")
            last = e
            spans.append({"s": s, "e": e, "cat": cat})
        out_log.append(txt)
        out_lab.append(json.dumps({"line": i, "family": b.family, "spans": spans}, ensure_ascii=False))
    with open(f"{ID}.log", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_log) + "\n")
    with open(f"{ID}.labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account",
        "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}

if __name__ == "__main__":
    main()
