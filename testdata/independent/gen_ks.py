#!/usr/bin/env python3
"""gen_ks.py - synthetic, labeled log corpus for a PHI detector.

Theme: an academic clinical research site (Lakeshore University CRU, site 1042, with
affiliated sites 3105 Lyon and 4402 Krakow, plus site 2207 for a second trial) running
industry trials.  Sources: EDC audit trails (OpenClinica-like log4j, Medidata-Rave-like
audit CSV + RWS client log), CTMS visit/billing logs, IWRS/IRT randomisation and kit
dispensing, eConsent Android logcat (Kotlin), ePRO iOS os_log (Swift), nginx access logs
of the participant APIs, central lab requisitions (LIMS key=value) and results (CDISC ODM
XML, HL7 v2 ORU from the hospital LIS), SDTM-like CSV, SAS logs, R console logs, Jupyter
output cells, monitoring visit reports and EDC query notes (English, French, Polish),
CIOMS-I-like adverse event text, subject payments (ClinCard-like), notification service,
infrastructure noise.  Everything is synthetic.  Standard library only, fixed seed.

Writes ks.log (500 lines) and ks.labels.jsonl next to this script.

Labeling decisions:
- Trial participants, their relatives / legally authorised representatives / caregivers
  are the protected persons.  Investigators, coordinators, CRAs, data managers,
  pharmacovigilance staff, sponsor/CRO/vendor contacts (names, usernames, e-mails,
  phones, faxes) are never labeled.
- Study subject identifiers (SUBJID "1042-0031", USUBJID, OpenClinica OID "SS_2207014",
  screening numbers "S1042-031", assigned randomisation numbers "R30117") are labeled
  other_id: the site holds the key, so they identify a person.  Unassigned numbers in a
  loaded randomisation list are not labeled.
- Vendor participant UUIDs (participantId) and participant app usernames are other_id;
  trace/span/request IDs, transaction and invoice numbers are not labeled.
- Hospital MRN -> mrn.  Hospital account (HAR) / patient account numbers -> account.
  Hospital visit/encounter numbers (PV1-19) -> other_id.
- Specimen accession numbers assigned by the lab to a subject's sample -> other_id.
  Pre-printed lab kit IDs, requisition form numbers and IRT drug kit numbers are material
  IDs and are not labeled.
- Patient initials (C.O., C-O, "C O") are name.  A first name alone is name.
- Dates tied to the subject (birth, consent, randomisation, visit/service, collection,
  dispensing, AE onset/resolution, admission, discharge, death, appointment, concomitant
  medication start) are date, in every written form, including month/day without year,
  month+year, and garbled/invalid values (e.g. 1952-02-3O) that stand for such a date.
  A year alone (YOB) is not labeled.  Log emission timestamps, audit "changed at" times,
  report received dates, IRB approval, document version, kit expiry and build dates are
  not labeled.
- Ages are labeled only when > 89 (AGE 91, "92 ans", "93-year-old").
- Street lines (incl. Apt/Unit as its own span) and cities / towns are address (separate
  spans); ZIP / postal codes are zip; states and countries are not labeled.  Insurance
  subscriber names (HL7 IN1) and LAR fax numbers of relatives are labeled like the patient's.
- Full SSNs (also as billing guarantor SSN or 1099 TIN), French NIR and Polish PESEL -> ssn.  Last-4 fragments (ssnLast4, pan_last4)
  and masked numbers are not labeled.
- Full prepaid card PAN -> account.  Member IDs, MBI, Medicaid IDs -> health_plan.
- Driver's licence of a participant (payment KYC) -> license.  Plates and VINs in
  mileage/parking reimbursement -> vehicle.
- Participant phone IMEI, Android ID, iOS identifierForVendor, home spirometer serial and
  BLE MAC -> device.  Server and build identifiers are not labeled.
- Public client IPs on participant-facing endpoints -> ip.  Private/probe IPs, scanner/bot
  IPs, server IPs are not labeled.
- Per-participant eConsent invitation links (token in path) and personal social URLs ->
  url.  API request paths/URLs in app and access logs are not url; identifiers inside
  them (participant UUID, URL-encoded e-mail) are labeled by their own category.
- Handwritten signature captures (ISO 19794-7 stroke data) and face templates ->
  biometric; base64 selfie JPEG from ID verification -> photo; plot PNGs are not labeled.
- Hospital, site, sponsor and lab names/addresses are not labeled.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import unicodedata

SEED = 4417301
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500

MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
Mon = [m.title() for m in MON]
MONTH_LONG = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]


def pick(seq):
    return seq[rng.randrange(len(seq))]


# ---------------------------------------------------------------- line builder
class B:
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.nb = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.nb += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        start = self.nb
        self.t(s)
        self.spans.append((start, self.nb, cat, s))
        return self

    def age(self, a):
        return self.p(str(a), "age") if a > 89 else self.t(str(a))

    def text(self):
        return "".join(self.buf)


# ---------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 4, 6, 58, 12, 114000)

    def tick(self, lo=1, hi=70):
        self.t += dt.timedelta(seconds=rng.randint(lo, hi), microseconds=rng.randint(0, 999999))
        return self.t


CLK = Clock()


def ts_log4j(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (t.microsecond // 1000)


def ts_isoz(t):
    u = t + dt.timedelta(hours=5)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (u.microsecond // 1000)


def ts_iso_off(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + "-05:00"


def ts_logcat(t):
    return t.strftime("%m-%d %H:%M:%S") + ".%03d" % (t.microsecond // 1000)


def ts_oslog(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ".%06d-0500" % t.microsecond


def ts_nginx(t):
    return "%02d/%s/%d:%s -0500" % (t.day, Mon[t.month - 1], t.year, t.strftime("%H:%M:%S"))


def ts_syslog(t):
    return "%s %2d %s" % (Mon[t.month - 1], t.day, t.strftime("%H:%M:%S"))


def ts_rave(t):
    return "%02d %s %d %s" % (t.day, Mon[t.month - 1], t.year, t.strftime("%H:%M:%S"))


def fd(d, style):
    """format a person-related date"""
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return "%d/%d/%s" % (d.month, d.day, d.strftime("%y"))
    if style == "eu":
        return d.strftime("%d/%m/%Y")
    if style == "pl":
        return d.strftime("%d.%m.%Y")
    if style == "rave":
        return "%02d %s %d" % (d.day, MON[d.month - 1], d.year)
    if style == "sas":
        return "%02d%s%d" % (d.day, MON[d.month - 1], d.year)
    if style == "dmy":
        return "%d-%s-%d" % (d.day, Mon[d.month - 1], d.year)
    if style == "cioms":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "long":
        return "%s %d, %d" % (MONTH_LONG[d.month - 1], d.day, d.year)
    if style == "fr_long":
        return "%d %s %d" % (d.day, MOIS[d.month - 1], d.year)
    raise ValueError(style)


# ---------------------------------------------------------------- synthetic identifiers
def digits(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def luhn_check(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def card_pan(prefix):
    body = prefix + digits(15 - len(prefix))
    return body + luhn_check(body)


def make_ssn():
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        g = rng.randint(1, 99)
        s = rng.randint(1, 9999)
        v = "%03d-%02d-%04d" % (a, g, s)
        if v not in ("078-05-1120", "123-45-6789", "219-09-9999"):
            return v


AREA = ["734", "313", "248", "517", "419", "586", "810", "269", "616", "989"]


def make_phone(country="US"):
    if country == "FR":
        return "FR:" + pick(["06", "07", "04"]) + digits(8)
    if country == "PL":
        return "PL:" + pick(["5", "6", "7", "8"]) + digits(8)
    ex = rng.randint(201, 989)
    if ex == 555 or ex % 100 == 11:
        ex += 3
    return "%s%03d%04d" % (pick(AREA), ex, rng.randint(0, 9999))


def fmt_phone(d, style):
    if d.startswith("FR:"):
        d = d[3:]
        if style in (3, 4, 6):
            return "+33 %s %s %s %s %s" % (d[1], d[2:4], d[4:6], d[6:8], d[8:10])
        if style == 2:
            return d
        return " ".join(d[i:i + 2] for i in range(0, 10, 2)) if style != 5 else ".".join(d[i:i + 2] for i in range(0, 10, 2))
    if d.startswith("PL:"):
        d = d[3:]
        if style in (3, 6):
            return "+48 %s %s %s" % (d[:3], d[3:6], d[6:])
        if style == 4:
            return "+48" + d
        if style == 2:
            return d
        return "%s-%s-%s" % (d[:3], d[3:6], d[6:]) if style == 1 else "%s %s %s" % (d[:3], d[3:6], d[6:])
    if style == 0:
        return "(%s) %s-%s" % (d[:3], d[3:6], d[6:])
    if style == 1:
        return "%s-%s-%s" % (d[:3], d[3:6], d[6:])
    if style == 2:
        return d
    if style == 3:
        return "+1 %s %s %s" % (d[:3], d[3:6], d[6:])
    if style == 4:
        return "+1" + d
    if style == 5:
        return "%s.%s.%s" % (d[:3], d[3:6], d[6:])
    return "1-%s-%s-%s" % (d[:3], d[3:6], d[6:])


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def make_mbi():
    c = [str(rng.randint(1, 9)), pick(MBI_A), pick(MBI_AN), str(rng.randrange(10)), pick(MBI_A),
         pick(MBI_AN), str(rng.randrange(10)), pick(MBI_A), pick(MBI_A), str(rng.randrange(10)),
         str(rng.randrange(10))]
    return "".join(c)


VIN_MAP = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "J": 1, "K": 2, "L": 3,
           "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8,
           "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def make_vin():
    wmi = pick(["1FA", "1G1", "2HG", "3VW", "JTD", "5YJ", "1C4", "KMH"])
    rest = [pick(VIN_CH) for _ in range(5)]
    v = list(wmi) + rest + ["0"] + [pick("LMNPR")] + [pick("ABCDEFG0123")] + list(digits(6))
    s = sum(VIN_MAP[ch] * w for ch, w in zip(v, VIN_W))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)


def make_imei():
    body = "35" + digits(12)
    return body + luhn_check(body)


def make_mac():
    return ":".join("%02X" % rng.randrange(256) for _ in range(6))


def make_uuid(upper=False):
    h = "%032x" % rng.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


def hexs(n):
    return "%0*x" % (n, rng.getrandbits(4 * n))


def make_public_ip():
    first = pick([73, 68, 99, 24, 71, 76, 98, 107, 174, 35, 47, 67, 108])
    return "%d.%d.%d.%d" % (first, rng.randint(1, 254), rng.randint(0, 255), rng.randint(1, 254))


def make_ipv6():
    return "2600:1700:%x:%x::%x" % (rng.randint(0x1000, 0xffff), rng.randint(0x10, 0xffff),
                                   rng.randint(0x10, 0xfff))


def make_nir(sex, dob, dept):
    s = "1" if sex == "M" else "2"
    base = "%s%02d%02d%s%03d%03d" % (s, dob.year % 100, dob.month, dept, rng.randint(1, 399),
                                     rng.randint(1, 999))
    key = 97 - int(base) % 97
    return "%s %s %s %s %s %s %02d" % (base[0], base[1:3], base[3:5], base[5:7], base[7:10],
                                       base[10:13], key)


def make_pesel(dob, sex):
    mm = dob.month + (20 if dob.year >= 2000 else 0)
    ser = "%03d" % rng.randint(0, 999)
    sd = rng.choice([1, 3, 5, 7, 9]) if sex == "M" else rng.choice([0, 2, 4, 6, 8])
    base = "%02d%02d%02d%s%d" % (dob.year % 100, mm, dob.day, ser, sd)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(base, w)) % 10) % 10
    return base + str(c)


def b64_blob(header, n):
    raw = header + bytes(rng.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128)


# ---------------------------------------------------------------- people
US_PEOPLE = [
    ("Chidinma", "Okonkwo", "F"), ("Margaret", "O'Connell", "F"), ("Thi Lan", "Nguyen", "F"),
    ("Guadalupe", "De la Cruz", "F"), ("Siobhan", "Fitzgerald-Hayes", "F"),
    ("Mohammed", "Al-Rashid", "M"), ("Hiroshi", "Yamamoto", "M"), ("Priya", "Ramanathan", "F"),
    ("Dmitri", "Volkov", "M"), ("José Luis", "Hernández García", "M"), ("Kwame", "Mensah", "M"),
    ("Leilani", "Kahananui", "F"), ("Esperanza", "Delgado-Ruiz", "F"), ("Jae-won", "Park", "M"),
    ("Fatima", "Haddad", "F"), ("Rosalind", "Abernathy", "F"), ("Anh", "Bui", "M"),
    ("Bartholomew", "van der Berg", "M"), ("Yusuf", "Hussein", "M"), ("Ingrid", "Lindqvist", "F"),
    ("DeShawn", "Washington", "M"), ("Tamar", "Goldberg", "F"), ("Earl", "St. Pierre", "M"),
    ("Dolores", "MacAllister", "F"), ("Mei-Ling", "Chen", "F"), ("Kateri", "Begay", "F"),
    ("Abdirahman", "Warsame", "M"), ("Seán", "Ó Súilleabháin", "M"), ("Lucía", "dos Santos", "F"),
    ("Wendell", "Yellowhorse", "M"),
]
FR_PEOPLE = [("Geneviève", "Le Goff", "F"), ("Jean-Baptiste", "Lefèvre", "M"),
             ("Aïcha", "Benali", "F"), ("Mamadou", "N'Diaye", "M"),
             ("Marie-Claude", "Dubois-Marchand", "F"), ("Loïc", "Châtelain", "M")]
PL_PEOPLE = [("Halina", "Dąbrowska", "F"), ("Wojciech", "Wiśniewski", "M"),
             ("Agnieszka", "Kowalczyk-Nowak", "F"), ("Stanisław", "Grabowski", "M"),
             ("Zofia", "Szymańska", "F"), ("Przemysław", "Zieliński", "M")]
OLD = {"Rosalind", "Earl", "Dolores", "Geneviève", "Halina", "Wendell"}

US_CITIES = [("Ypsilanti", "MI", "48197"), ("Ann Arbor", "MI", "48104"), ("Dearborn", "MI", "48124"),
             ("Canton", "MI", "48187"), ("Saline", "MI", "48176"), ("Toledo", "OH", "43606"),
             ("Jackson", "MI", "49201"), ("Detroit", "MI", "48207"), ("Brighton", "MI", "48116"),
             ("Monroe", "MI", "48162"), ("Chelsea", "MI", "48118"), ("Livonia", "MI", "48152"),
             ("Sylvania", "OH", "43560"), ("Dexter", "MI", "48130")]
US_STREETS = ["Maple Ridge", "Packard", "Washtenaw", "Hollywood", "Greenfield", "Carpenter",
              "Huron River", "Michigan", "Textile", "Old Orchard", "Pinecrest", "Whittaker",
              "Lakeview", "Cherry Hill", "Geddes", "Secor", "Ford"]
US_ST_TYPES = ["Dr", "Rd", "Ave", "St", "Ct", "Blvd", "Ln", "Way"]
FR_STREETS = ["rue des Lilas", "avenue Jean Jaurès", "chemin de la Croix-Rousse", "rue Garibaldi",
              "boulevard des Belges", "impasse des Tilleuls"]
FR_CITIES = [("Lyon", "69003"), ("Villeurbanne", "69100"), ("Vénissieux", "69200"), ("Bron", "69500"),
             ("Caluire-et-Cuire", "69300")]
PL_STREETS = ["ul. Kwiatowa", "os. Centrum C", "ul. Długa", "al. Pokoju", "ul. Wielicka", "ul. Zakopiańska"]
PL_CITIES = [("Kraków", "30-383"), ("Kraków", "31-932"), ("Wieliczka", "32-020"), ("Skawina", "32-050"),
             ("Niepołomice", "32-005")]
REL_FIRST_US = [("Ngozi", "F"), ("Patrick", "M"), ("Maria", "F"), ("Tuan", "M"), ("Ahmed", "M"), ("Keiko", "F"),
                ("Rohan", "M"), ("Elena", "F"), ("Kofi", "M"), ("Malia", "F"), ("Daniel", "M"), ("Sofia", "F"),
                ("Minh", "M"), ("Hannah", "F"), ("Omar", "M"), ("Brigid", "F"), ("Carlos", "M"), ("Aiyana", "F")]
REL_FIRST_FR = [("Camille", "F"), ("Nicolas", "M"), ("Fatou", "F"), ("Amélie", "F"), ("Julien", "M")]
REL_FIRST_PL = [("Marta", "F"), ("Paweł", "M"), ("Joanna", "F"), ("Krzysztof", "M")]
RELATIONS = {"F": ["DAUGHTER", "SPOUSE", "SISTER", "NIECE", "CAREGIVER"],
             "M": ["SON", "SPOUSE", "BROTHER", "GRANDSON", "CAREGIVER"]}
US_MAIL = ["gmail.com", "yahoo.com", "comcast.net", "outlook.com", "aol.com", "icloud.com", "att.net"]


class Person:
    pass


PEOPLE = []


def build_people():
    idx = {"1042": 0, "2207": 0, "3105": 0, "4402": 0}
    allp = [(f, l, s, "US") for f, l, s in US_PEOPLE] + [(f, l, s, "FR") for f, l, s in FR_PEOPLE] + \
           [(f, l, s, "PL") for f, l, s in PL_PEOPLE]
    for i, (first, last, sex, ctry) in enumerate(allp):
        p = Person()
        p.first, p.last, p.sex, p.country = first, last, sex, ctry
        p.mid = pick("ABCDEJKLMRST") if rng.random() < 0.5 else ""
        if first in OLD:
            p.dob = dt.date(rng.randint(1928, 1933), rng.randint(1, 12), rng.randint(1, 28))
        else:
            p.dob = dt.date(rng.randint(1938, 1986), rng.randint(1, 12), rng.randint(1, 28))
        ref = dt.date(2024, 3, 4)
        p.age = ref.year - p.dob.year - ((ref.month, ref.day) < (p.dob.month, p.dob.day))
        if ctry == "US":
            site = "1042" if i % 3 != 2 else "2207"
        elif ctry == "FR":
            site = "3105"
        else:
            site = "4402"
        p.site = site
        idx[site] += rng.randint(1, 4)
        n = idx[site]
        if site == "2207":
            p.study = "HLX-220-02"
            p.sid = "2207-%03d" % n
            p.oid = "SS_2207%03d" % n
        else:
            p.study = "NVT-4417-301"
            p.sid = "%s-%04d" % (site, n)
            p.oid = "SS_%s%04d" % (site, n)
        p.usubjid = "%s-%s" % (p.study, p.sid)
        p.scr = "S%s-%03d" % (site, n)
        p.rand = "R3%04d" % rng.randint(100, 480)
        p.mrn = pick(["00", "01", "00"]) + digits(7)
        p.har = "73" + digits(8)
        p.encounter = "V" + digits(8)
        p.phone = make_phone(ctry)
        p.fax = make_phone(ctry)
        base = ascii_fold(first).lower().replace(" ", "").replace("-", "")
        lbase = ascii_fold(last).lower().replace(" ", "").replace("'", "").replace(".", "").replace("-", "")
        if ctry == "US":
            p.email = pick(["%s.%s%02d@%s", "%s%s%02d@%s", "%s_%s%02d@%s"]) % (
                base, lbase, p.dob.year % 100, pick(US_MAIL))
            city, st, z = pick(US_CITIES)
            p.street = "%d %s %s" % (rng.randint(12, 9870), pick(US_STREETS), pick(US_ST_TYPES))
            p.unit = pick(["", "", "", "Apt %d%s" % (rng.randint(1, 4), pick("ABCD")), "Unit %d" % rng.randint(2, 40)])
            p.city, p.state, p.zip = city, st, z
            p.ssn = make_ssn()
            p.mbi = make_mbi() if p.age >= 65 else None
            p.member = pick(["XQH", "MIW", "ZGP", "JYM"]) + digits(9)
            p.medicaid = "00" + digits(8)
            p.dl = pick("ABCDEFGHKLMNOPRSTW") + digits(12)
            p.plate = "%s%s%s %s" % (pick("BCDEFGHJKLMNPRSTVWXZ"), pick("BCDEFGHJKLMNPRSTVWXZ"),
                                     pick("BCDEFGHJKLMNPRSTVWXZ"), digits(4))
            rf = pick(REL_FIRST_US)
        elif ctry == "FR":
            p.email = "%s.%s@%s" % (base, lbase, pick(["orange.fr", "free.fr", "laposte.net", "sfr.fr"]))
            city, z = pick(FR_CITIES)
            p.street = "%d %s" % (rng.randint(2, 140), pick(FR_STREETS))
            p.unit = ""
            p.city, p.state, p.zip = city, "", z
            p.ssn = make_nir(sex, p.dob, "69")
            p.mbi = None
            p.member = None
            p.medicaid = None
            p.dl = None
            p.plate = None
            rf = pick(REL_FIRST_FR)
        else:
            p.email = "%s.%s%d@%s" % (base, lbase, rng.randint(1, 99), pick(["wp.pl", "onet.pl", "interia.pl", "o2.pl"]))
            city, z = pick(PL_CITIES)
            p.street = "%s %d/%d" % (pick(PL_STREETS), rng.randint(1, 90), rng.randint(1, 60))
            p.unit = ""
            p.city, p.state, p.zip = city, "", z
            p.ssn = make_pesel(p.dob, sex)
            p.mbi = None
            p.member = None
            p.medicaid = None
            p.dl = None
            p.plate = None
            rf = pick(REL_FIRST_PL)
        p.card = card_pan(pick(["414720", "523914", "441104"]))
        p.vin = make_vin()
        p.imei = make_imei()
        p.android_id = hexs(16)
        p.idfv = make_uuid(upper=True)
        p.spiro = "SL2-%07d" % rng.randint(100000, 999999)
        p.mac = make_mac()
        p.ip = make_ipv6() if rng.random() < 0.2 else make_public_ip()
        p.puuid = make_uuid()
        p.username = pick(["%s%s%02d" % (base[0], lbase[:8], p.dob.year % 100), "%s.%s" % (base, lbase[:10]),
                           "%s_%s%d" % (base[:6], lbase[:1], rng.randint(10, 99))])
        p.consent = dt.date(2023, 11, 1) + dt.timedelta(days=rng.randint(0, 110))
        p.randd = p.consent + dt.timedelta(days=rng.randint(6, 24))
        p.visit = dt.date(2024, 3, 4) - dt.timedelta(days=rng.choice([0, 0, 0, 1, 2, 5, 7]))
        p.next_appt = dt.date(2024, 3, 5) + dt.timedelta(days=rng.randint(0, 40))
        rel_last = last if (rng.random() < 0.6 or "-" in last or " " in last) else \
            {"US": pick(["Eze", "Miller", "Tran", "Russo", "Whitfield"]), "FR": pick(["Martin", "Garnier"]),
             "PL": pick(["Kowal", "Mazur"])}[ctry]
        rf, rsex = rf
        if ctry == "PL" and "-" not in rel_last:
            if rsex == "M" and rel_last.endswith("ska"):
                rel_last = rel_last[:-3] + "ski"
            elif rsex == "F" and rel_last.endswith("ski"):
                rel_last = rel_last[:-3] + "ska"
        p.rel_first, p.rel_last, p.rel_sex = rf, rel_last, rsex
        p.rel_kind = pick(RELATIONS[rsex])
        p.rel_phone = make_phone(ctry)
        p.rel_email = "%s.%s@%s" % (ascii_fold(rf).lower(), ascii_fold(rel_last).lower().replace(" ", "").replace("'", ""),
                                    pick(US_MAIL) if ctry == "US" else pick(["gmail.com", "orange.fr", "wp.pl"]))
        p.accession = "A24-%07d" % rng.randint(100000, 9999999)
        PEOPLE.append(p)


def subj(site=None, country=None, old=None):
    c = [p for p in PEOPLE if (site is None or p.site in site) and (country is None or p.country == country)
         and (old is None or (p.age > 89) == old)]
    return pick(c)


def name_form(p, style):
    f, l = p.first, p.last
    if style == "full":
        return "%s %s" % (f, l)
    if style == "full_mid":
        return "%s %s. %s" % (f, p.mid, l) if p.mid else "%s %s" % (f, l)
    if style == "last_first":
        return "%s, %s" % (l, f)
    if style == "LAST_first":
        return "%s, %s" % (l.upper(), f)
    if style == "UPPER":
        return "%s %s" % (l.upper(), f.upper())
    if style == "lower":
        return "%s %s" % (f.lower(), l.lower())
    if style == "init_last":
        return "%s. %s" % (f[0], l)
    if style == "title":
        return ("Mr. " if p.sex == "M" else "Mrs. ") + l
    raise ValueError(style)


def initials(p, style):
    lw = p.last.replace("'", " ").split()
    li = lw[-1][0].upper() if lw[0].lower() in ("van", "de", "dos", "le", "st.") and len(lw) > 1 else lw[0][0].upper()
    fi = p.first[0].upper()
    if style == 0:
        return "%s.%s." % (fi, li)
    if style == 1:
        return "%s-%s" % (fi, li)
    if style == 2:
        return "%s %s" % (fi, li)
    if style == 3:
        return "%s%s" % (fi, li)
    return "%s%s%s" % (fi, p.mid or "-", li)


STAFF = [("Rachel", "Kim", "rkim", "CRC"), ("Helena", "Brandt", "hbrandt", "CRA"),
         ("Samuel", "Okafor", "sokafor", "PI"), ("Javier", "Morales", "jmorales", "DM"),
         ("Priyanka", "Deshmukh", "pdeshmukh", "SubI"), ("Megan", "Sullivan", "msullivan", "CRC"),
         ("Thomas", "Nakamura", "tnakamura", "Pharmacist")]
FR_STAFF = [("Anne-Sophie", "Marchal", "amarchal"), ("Olivier", "Roux", "oroux")]
PL_STAFF = [("Katarzyna", "Lis", "klis"), ("Tomasz", "Bielecki", "tbielecki")]
SITENAME = {"1042": "Lakeshore Univ. CRU", "2207": "Lakeshore Univ. Cardiology Research",
            "3105": "Hospices Civils - Centre Investigation Clinique", "4402": "Szpital Uniwersytecki - Ośrodek Badań Klinicznych"}
RFC = ["Transcription error", "Data entry error", "Updated per source document",
       "Corrected per investigator review", "Source document updated"]
VISITS_A = ["SCR", "C1D1", "C1D8", "C1D15", "C2D1", "C3D1", "C4D1", "EOT", "FU1"]
VISITS_B = ["V1", "V2", "V3", "V4", "V5", "V6", "V8", "ET"]


def visit_of(p):
    return pick(VISITS_B) if p.site == "2207" else pick(VISITS_A)


def staff():
    return pick(STAFF)


# ================================================================ families
def fam_openclinica(phi):
    L = B("openclinica_log4j")
    t = CLK.tick()
    thread = pick(["http-nio-8080-exec-%d" % rng.randint(1, 40), "DefaultQuartzScheduler_Worker-%d" % rng.randint(1, 10),
                   "pool-%d-thread-%d" % (rng.randint(2, 6), rng.randint(1, 4))])

    def pre(lvl, logger):
        L.t("%s [%s] %-5s %s - " % (ts_log4j(t), thread, lvl, logger))

    if phi:
        p = subj(site=["2207"])
        v = rng.randrange(6)
        if v == 0:
            pre("INFO", "o.a.c.dao.admin.AuditEventDAO")
            old = p.dob + dt.timedelta(days=pick([10, -10, 31, 365, -1]))
            L.t("item_data_value_updated study_subject=").p(p.sid, "other_id")
            L.t(' event=SE_SCREENING crf="Demographics v2.1" item=DM_BRTHDTC old_value="').p(fd(old, "iso"), "date")
            L.t('" new_value="').p(fd(p.dob, "iso"), "date").t('" user=%s reason_for_change="%s"' % (staff()[2], pick(RFC)))
        elif v == 1:
            pre("WARN", "o.a.c.service.subject.SubjectServiceImpl")
            other = subj(site=["2207"])
            L.t("Person ID ").p(p.mrn, "mrn").t(" is already in use by study subject ").p(other.sid, "other_id")
            L.t(" (unique_identifier check, study HLX-220-02); creation of ").p(p.sid, "other_id").t(" rejected")
        elif v == 2:
            pre("INFO", "o.a.c.controller.CreateNewStudySubjectController")
            L.t("createStudySubject label=").p(p.sid, "other_id").t(" secondaryLabel=").p(initials(p, 3), "name")
            L.t(" gender=%s dateOfBirth=" % p.sex.lower()).p(fd(p.dob, "iso"), "date").t(" enrollmentDate=")
            L.p(fd(p.consent, "iso"), "date").t(" studyId=14 siteId=22 owner=%s" % staff()[2])
        elif v == 3:
            pre("INFO", "o.a.c.web.restful.ClinicalDataController")
            L.t("GET /OpenClinica/rest/clinicaldata/json/view/S_HLX22002/").p(p.oid, "other_id")
            L.t("/*/*?includeAudits=y&includeDNs=n 200 (%d ms)" % rng.randint(80, 2400))
        elif v == 4:
            pre("WARN", "o.a.c.logic.rulerunner.RuleRunner")
            onset = p.randd - dt.timedelta(days=rng.randint(1, 5))
            L.t("Rule R_AE_ONSET_BEFORE_RFSTDTC fired for ").p(p.oid, "other_id").t(": AE_STDTC (").p(fd(onset, "iso"), "date")
            L.t(") < RFSTDTC (").p(fd(p.randd, "iso"), "date").t("), DN created id=%d" % rng.randint(40000, 49999))
        else:
            pre("DEBUG", "o.a.c.dao.submit.SubjectDAO")
            L.t("update subject set unique_identifier='").p(p.mrn, "mrn").t("', date_of_birth='").p(fd(p.dob, "iso"), "date")
            L.t("', gender='%s', status_id=1, date_updated=now() where subject_id=%d" % (p.sex.lower(), rng.randint(300, 990)))
        return [L]
    v = rng.randrange(9)
    if v == 0:
        pre("INFO", "o.a.c.job.ExtractController")
        L.t("Dataset 'ds_weekly_safety' (id=57) extracted: format=CDISC ODM XML 1.3 Full with OpenClinica extensions, "
            "%d items, %.1f s, file=ds_weekly_safety_2024-03-04-%04d.zip" % (rng.randint(2000, 9000), rng.uniform(5, 90), rng.randint(0, 2359)))
    elif v == 1:
        s = staff()
        pre("INFO", "o.a.c.core.OpenClinicaMailSender")
        L.t('Email sent successfully to [%s@lakeshore-cru.org] subject="[OpenClinica] Discrepancy note digest (%d new)"' % (s[2], rng.randint(1, 30)))
    elif v == 2:
        pre("ERROR", "o.h.engine.jdbc.spi.SqlExceptionHelper")
        L.t("Connection to db-oc01.cru.internal:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.")
    elif v == 3:
        pre("INFO", "o.a.c.web.filter.OpenClinicaJdbcFilter")
        L.t("GET /OpenClinica/pages/healthcheck 200 %dms remote=10.20.4.%d" % (rng.randint(1, 9), rng.randint(2, 60)))
    elif v == 4:
        pre("INFO", "o.a.c.control.managestudy.CRFVersionService")
        L.t("CRF version 'AE v3.2' (crf_version_id=%d) published by jmorales, 41 items, 2 rules attached" % rng.randint(200, 260))
    elif v == 5:
        pre("INFO", "o.a.c.web.SQLInitServlet")
        L.t("OpenClinica 3.16.1 (build 2023-10-12T08:41, git 7f3a9c2) started in %d ms, db schema 3.16.1.1" % rng.randint(30000, 60000))
    elif v == 6:
        pre("WARN", "o.a.c.dao.core.EntityDAO")
        L.t("Slow query (%d ms): SELECT * FROM item_data WHERE event_crf_id = ? AND status_id <> 5 [params=1]" % rng.randint(1500, 9000))
    elif v == 7:
        pre("INFO", "o.a.c.service.rule.RuleSetService")
        L.t("Ran %d rule sets against %d event CRFs in %d ms (dryRun=false)" % (rng.randint(5, 40), rng.randint(100, 900), rng.randint(200, 9000)))
    else:
        pre("INFO", "o.a.c.i18n.core.LocaleResolver")
        L.t("session %s locale=%s user=%s" % (hexs(32).upper(), pick(["en_US", "fr_FR", "pl_PL"]), staff()[2]))
    return [L]


RAVE_HEADER = ("AuditID,StudyName,SiteNumber,SiteName,Subject,InstanceName,DataPageName,RecordPosition,Field,"
               "AuditSubCategoryName,OldValue,NewValue,UserName,UserRole,AuditTime,ReasonForChange")


def fam_rave(phi):
    out = []
    if not phi:
        for _ in range(rng.randint(1, 2)):
            t = CLK.tick(1, 20)
            L = B("rave_rws_client")
            v = rng.randrange(4)
            if v == 0:
                ds = pick(["AE", "CM", "DM", "LB", "VS", "EX"])
                L.t("%s INFO  rws-client [job=rave-pull-301] GET https://nordavia.mdsol.com/RaveWebServices/studies/NVT-4417-301(Prod)/datasets/regular/%s?start=2024-03-04T%02d:00:00 -> 200 (%.2f s, %d KB)"
                    % (ts_log4j(t), ds, t.hour - 1, rng.uniform(0.3, 4), rng.randint(12, 900)))
            elif v == 1:
                L.t("%s WARN  rws-client [job=rave-pull-301] 429 Too Many Requests from RaveWebServices, retry in %ds (attempt %d/5)"
                    % (ts_log4j(t), pick([30, 60, 120]), rng.randint(1, 4)))
            elif v == 2:
                L.t("%s INFO  rws-client [job=rave-audit-export] wrote audit_NVT-4417-301_%s.csv rows=%d sha256=%s"
                    % (ts_log4j(t), t.strftime("%Y%m%d%H%M"), rng.randint(300, 4000), hexs(64)))
            elif rng.random() < 0.35:
                out.append(B("rave_audit_csv").t(RAVE_HEADER))
                continue
            else:
                L.t("%s INFO  rws-client [job=rave-pull-301] token refreshed for service account svc_rave_cru (expires in 3600 s)" % ts_log4j(t))
            out.append(L)
        return out
    if rng.random() < 0.3:
        out.append(B("rave_audit_csv").t(RAVE_HEADER))
    for _ in range(rng.randint(1, 3)):
        p = subj(site=["1042", "3105", "4402"])
        t = CLK.tick(1, 15)
        s = staff() if p.site == "1042" else (pick(FR_STAFF) + ("",) if p.site == "3105" else pick(PL_STAFF) + ("",))
        L = B("rave_audit_csv")
        L.t('%d,NVT-4417-301(Prod),%s,"%s",' % (rng.randint(88000000, 88999999), p.site, SITENAME[p.site]))
        L.p(p.sid, "other_id").t(",")
        v = rng.randrange(6)
        if v == 0:
            old = p.dob.replace(day=min(28, p.dob.day + rng.randint(1, 9)))
            L.t("Screening,Demographics,0,BRTHDAT,DataPoint,").p(fd(old, "rave"), "date").t(",").p(fd(p.dob, "rave"), "date")
            reason = pick(RFC)
        elif v == 1:
            onset = p.visit - dt.timedelta(days=rng.randint(0, 6))
            L.t("%s,Adverse Events,%d,AESTDAT,DataPoint,," % (visit_of(p), rng.randint(1, 6))).p(fd(onset, "rave"), "date")
            reason = ""
        elif v == 2:
            L.t("Screening,Subject Enrollment,0,SUBJINIT,DataPoint,,").p(initials(p, pick([1, 3, 4])), "name")
            reason = ""
        elif v == 3:
            L.t("%s,Vital Signs,0,SYSBP,DataPoint,%d,%d" % (visit_of(p), rng.randint(110, 160), rng.randint(110, 160)))
            reason = pick(RFC)
        elif v == 4:
            L.t('Screening,Informed Consent,0,DSSTDAT,DataPoint,,').p(fd(p.consent, "rave"), "date")
            reason = ""
        else:
            L.t('%s,Laboratory - Local,0,LBDAT,Query,,"Collection date is after visit date. Please verify."' % visit_of(p))
            reason = ""
        role = {"CRC": "CRC", "CRA": "CRA", "PI": "Investigator", "SubI": "Investigator", "DM": "Data Manager",
                "Pharmacist": "Pharmacist"}.get(s[3], "Site User")
        L.t(",%s,%s,%s,%s" % (s[2], role, ts_rave(t), reason))
        out.append(L)
    return out


def fam_ctms(phi):
    L = B("ctms_json")
    t = CLK.tick()
    L.t('{"ts":"%s","svc":"ctms-visit-tracker","lvl":"INFO",' % ts_isoz(t))
    if phi:
        p = subj(country="US")
        v = rng.randrange(7)
        if v == 5:
            L.t('"evt":"LAR_UPDATED","protocolNo":"%s","seqNo":"' % p.study).p(p.sid, "other_id")
            L.t('","lar":{"name":"').p("%s, %s" % (p.rel_last, p.rel_first), "name").t('","relationship":"%s","phone":"' % p.rel_kind.title())
            L.p(fmt_phone(p.rel_phone, 0), "phone").t('","fax":"').p(fmt_phone(p.fax, 1), "fax")
            L.t('","poaOnFile":true},"updatedBy":"%s"}' % staff()[2])
            return [L]
        if v == 6:
            L.t('"evt":"PRESCREEN_LEAD","protocolNo":"%s","source":"facebook_ad_campaign_Q1","lead":{"name":"' % p.study)
            L.p(name_form(p, pick(["full", "lower", "full_mid"])), "name").t('","email":"').p(p.email, "email")
            L.t('","phone":"').p(fmt_phone(p.phone, pick([0, 1, 2, 5])), "phone").t('","profileUrl":"')
            L.p("https://www.facebook.com/%s" % p.username.replace("_", "."), "url").t('","zip":"').p(p.zip, "zip")
            L.t('","answers":{"q1_diagnosis":"yes","q2_prior_chemo":"no"}},"assignedTo":"%s"}' % staff()[2])
            return [L]
        if v == 0:
            L.t('"evt":"VISIT_OCCURRED","protocolNo":"%s","seqNo":"' % p.study).p(p.sid, "other_id")
            L.t('","subjMrn":"').p(p.mrn, "mrn").t('","visitNm":"%s","visitDt":"' % visit_of(p)).p(fd(p.visit, "us"), "date")
            L.t('","coordLogin":"%s","billingGrid":"SOC/RES","status":"Occurred"}' % staff()[2])
        elif v == 1:
            L.t('"evt":"SUBJECT_REGISTERED","protocolNo":"%s","seqNo":"' % p.study).p(p.sid, "other_id")
            L.t('","demographics":{"lastName":"').p(p.last, "name").t('","firstName":"').p(p.first, "name")
            L.t('","birthDate":"').p(fd(p.dob, "iso"), "date").t('","gender":"%s","zipCode":"' % p.sex).p(p.zip, "zip")
            L.t('","homePhone":"').p(fmt_phone(p.phone, 1), "phone").t('"},"onStudyDate":"').p(fd(p.consent, "iso"), "date")
            L.t('","consentVersion":"v4.0 (IRB approved 2023-11-02)"}')
        elif v == 2:
            L.t('"evt":"VISIT_MISSED","protocolNo":"%s","seqNo":"' % p.study).p(p.sid, "other_id")
            L.t('","visitNm":"%s","comment":"Pt called ' % visit_of(p)).p("%d/%d" % (p.visit.month, p.visit.day), "date")
            L.t(" - %s " % p.rel_kind.lower()).p("%s %s" % (p.rel_first, p.rel_last), "name").t(" (")
            L.p(fmt_phone(p.rel_phone, 1), "phone").t(') says pt admitted to St. Joseph Mercy, will reschedule"}')
        elif v == 3:
            L.t('"evt":"APPT_SCHEDULED","protocolNo":"%s","seqNo":"' % p.study).p(p.sid, "other_id")
            L.t('","visitNm":"%s","apptDt":"' % visit_of(p)).p(fd(p.next_appt, "iso") + "T%02d:%s" % (rng.randint(7, 15), pick(["00", "15", "30", "45"])), "date")
            L.t('","room":"CRU-INF-%02d","contactPref":"SMS","mobile":"' % rng.randint(1, 12)).p(fmt_phone(p.phone, 4), "phone").t('"}')
        else:
            L.t('"evt":"SUBJECT_UPDATED","protocolNo":"%s","seqNo":"' % p.study).p(p.sid, "other_id")
            L.t('","changes":{"address1":"').p(p.street, "address").t('","city":"').p(p.city, "address")
            L.t('","state":"%s","zip":"' % p.state).p(p.zip, "zip").t('","email":"').p(p.email, "email")
            if p.age > 75 or rng.random() < 0.2:
                L.t('","homeFax":"').p(fmt_phone(p.fax, pick([0, 1, 5])), "fax")
            L.t('"},"updatedBy":"%s"}' % staff()[2])
        return [L]
    v = rng.randrange(5)
    if v == 0:
        L.t('"evt":"CALENDAR_SYNC","protocolNo":"%s","visitsUpdated":%d,"durationMs":%d,"traceId":"%s"}'
            % (pick(["NVT-4417-301", "HLX-220-02"]), rng.randint(2, 40), rng.randint(100, 4000), hexs(32)))
    elif v == 1:
        L.t('"evt":"INVOICE_GENERATED","protocolNo":"NVT-4417-301","invoiceNo":"INV-2024-%05d","amountUsd":%.2f,"milestone":"Q1 subject visits","sponsor":"Nordavia Therapeutics"}'
            % (rng.randint(100, 999), rng.uniform(2000, 40000)))
    elif v == 2:
        L.t('"evt":"PROTOCOL_STATUS","protocolNo":"HLX-220-02","status":"OPEN TO ACCRUAL","irbNo":"HUM00%06d","amendment":"A4","approvedOn":"2024-02-27"}'
            % rng.randint(100000, 299999))
    elif v == 3:
        L.t('"evt":"ACCRUAL_SUMMARY","protocolNo":"NVT-4417-301","siteNo":"1042","enrolled":%d,"screenFailed":%d,"target":40,"pi":"Samuel Okafor, MD"}'
            % (rng.randint(20, 35), rng.randint(4, 12)))
    else:
        L.t('"evt":"HEALTH","db":"up","queueDepth":%d,"uptimeSec":%d,"version":"ctms-visit-tracker 2.14.3"}' % (rng.randint(0, 9), rng.randint(1000, 900000)))
    return [L]


CPT = [("85025", "CBC W/AUTO DIFF"), ("80053", "COMPREHEN METABOLIC PANEL"), ("93000", "ECG ROUTINE W/ INTERP"),
       ("96413", "CHEMO IV INFUSION 1 HR"), ("36415", "ROUTINE VENIPUNCTURE"), ("71260", "CT THORAX W/ DYE")]


def fam_billing(phi):
    L = B("ctms_billing_kv")
    t = CLK.tick()
    L.t("%s [billing-recon] " % t.strftime("%Y-%m-%d %H:%M:%S"))
    if phi:
        p = subj(country="US")
        cpt, desc = pick(CPT)
        route = pick(["SPONSOR", "SOC-INSURANCE", "SOC-INSURANCE", "NO-CHARGE"])
        L.t("INFO  charge_route har=").p(p.har, "account").t(" mrn=").p(p.mrn, "mrn").t(" subj=").p(p.sid, "other_id")
        L.t(" dos=").p(fd(p.visit, "us"), "date").t(' cpt=%s desc="%s" route=%s' % (cpt, desc, route))
        if route == "SOC-INSURANCE":
            if p.mbi:
                L.t(" payer=MEDICARE mbi=").p(p.mbi, "health_plan")
            elif rng.random() < 0.4:
                L.t(" payer=MEDICAID-MI bene_id=").p(p.medicaid, "health_plan")
            else:
                L.t(" payer=%s member_id=" % pick(["BCBSM", "PRIORITY HEALTH", "AETNA", "HAP"])).p(p.member, "health_plan")
            L.t(" mod=Q1 dx=Z00.6")
            if rng.random() < 0.35:
                L.t(" gtr_name=").p(name_form(p, "LAST_first").replace(", ", ","), "name").t(" gtr_ssn=").p(p.ssn.replace("-", ""), "ssn")
        return [L]
    v = rng.randrange(3)
    if v == 0:
        L.t("INFO  batch %s reconciled %d charges (SOC=%d RES=%d) held=%d in %.1fs" % (
            t.strftime("%Y-%m-%d"), rng.randint(200, 600), rng.randint(100, 300), rng.randint(50, 200), rng.randint(0, 9), rng.uniform(3, 40)))
    elif v == 1:
        L.t("WARN  coverage analysis missing for protocol HLX-220-02 amendment A4, %d charges routed to hold queue" % rng.randint(1, 14))
    else:
        L.t("INFO  fee schedule FS-2024-Q1 loaded: %d CPT rows, effective 2024-01-01, checksum %s" % (rng.randint(400, 900), hexs(8)))
    return [L]


def fam_iwrs(phi):
    L = B("irt_kv")
    t = CLK.tick()
    if phi:
        p = subj(site=["1042", "3105", "4402"])
        v = rng.randrange(4)
        if v == 0:
            L.t("%s INFO  [irt-core] c.n.irt.rand.RandomizationService - action=RANDOMIZE site=%s screening_no=" % (ts_isoz(t), p.site))
            L.p(p.scr, "other_id").t(" rand_no=").p(p.rand, "other_id")
            L.t(' stratum="ECOG 0-1/%s" arm=BLINDED inits=' % ("NA" if p.site == "1042" else "EU")).p(initials(p, 3), "name")
            L.t(" yob=%d dob=" % p.dob.year).p(fd(p.dob, "dmy"), "date").t(" sex=%s result=SUCCESS txn=IRT-%d" % (p.sex, rng.randint(7000000, 7999999)))
        elif v == 1:
            kits = ",".join("K-%06d" % rng.randint(500000, 520000) for _ in range(rng.randint(1, 3)))
            L.t("%s INFO  [irt-core] c.n.irt.supply.DispensingService - action=DISPENSE subject=" % ts_isoz(t)).p(p.sid, "other_id")
            L.t(" visit=%s dispensed_on=" % visit_of(p)).p(fd(p.visit, "iso"), "date")
            L.t(" kits=[%s] lot=NV4417-L%d expiry=2025-09-30 user=%s" % (kits, rng.randint(18, 26), pick(["tnakamura", "rkim", "klis", "oroux"])))
        elif v == 2:
            L.t("%s WARN  [irt-core] c.n.irt.unblind.EmergencyUnblindService - subject=" % ts_isoz(t)).p(p.sid, "other_id")
            L.t(' rand_no=').p(p.rand, "other_id").t(' requested_by=sokafor reason="SAE - suspected anaphylaxis" event_date=')
            L.p(fd(p.visit, "iso"), "date").t(" sponsor_notified=true")
        else:
            L.t("%s INFO  [irt-core] c.n.irt.subject.SubjectService - action=SCREEN_FAIL screening_no=" % ts_isoz(t)).p(p.scr, "other_id")
            L.t(" consent_date=").p(fd(p.consent, "sas"), "date").t(' reason="Inclusion #4 not met (ANC < 1.5)"')
        return [L]
    v = rng.randrange(5)
    if v == 0:
        L.t("%s INFO  [irt-core] c.n.irt.supply.ResupplyService - shipment SHP-%d to site %s kits=%d status=%s temp_excursion=false courier=World Courier AWB %s"
            % (ts_isoz(t), rng.randint(22000, 23999), pick(["1042", "3105", "4402"]), rng.randint(6, 48), pick(["DELIVERED", "IN_TRANSIT", "RECEIVED"]), digits(10)))
    elif v == 1:
        L.t("%s WARN  [irt-core] c.n.irt.supply.KitService - kit K-%06d status=QUARANTINED reason=TEMP_EXCURSION max=%.1fC duration=%dmin site=1042"
            % (ts_isoz(t), rng.randint(500000, 520000), rng.uniform(8.1, 12), rng.randint(5, 90)))
    elif v == 2:
        a = rng.randint(101, 400)
        L.t("%s INFO  [irt-core] c.n.irt.rand.ListLoader - randomization list block %d loaded: R3%04d-R3%04d (block size 6, strata 4)"
            % (ts_isoz(t), rng.randint(10, 30), a, a + 23))
    elif v == 3:
        L.t("ivr: call_id=CA%s ani=+17349362200 (site main line) menu=DISPENSE lang=en-US duration=%ds result=COMPLETED" % (hexs(32), rng.randint(40, 300)))
    else:
        L.t("%s INFO  [irt-core] o.s.b.a.health.HealthEndpoint - status=UP db=UP rabbit=UP diskSpace=UP" % ts_isoz(t))
    return [L]


def fam_econsent(phi):
    out = []
    pid_ = rng.randint(7000, 9999)
    n = rng.randint(1, 3)
    for _ in range(n):
        t = CLK.tick(0, 4)
        L = B("android_logcat")
        tid = pid_ + rng.randint(0, 90)

        def pre(lvl, tag):
            L.t("%s %5d %5d %s %-8s: " % (ts_logcat(t), pid_, tid, lvl, tag))

        if phi:
            p = subj()
            v = rng.randrange(8)
            if v == 0:
                pre("I", "ConsentFlowVM")
                L.t('step=IDENTITY participant="').p(name_form(p, "last_first"), "name").t('" dob=').p(fd(p.dob, "iso"), "date").t(" lar=false")
            elif v == 1:
                pre("D", "OkHttp")
                wit = staff()
                L.t('{"participantId":"').p(p.puuid, "other_id").t('","signedAt":"').p(
                    fd(p.consent, "iso") + "T%02d:%02d:%02d-05:00" % (rng.randint(8, 16), rng.randint(0, 59), rng.randint(0, 59)), "date")
                L.t('","signerName":"').p(name_form(p, "full"), "name").t('","witness":"%s %s","icfVersion":"v4.0 2023-11-02","lang":"%s"}'
                                                                         % (wit[0], wit[1], {"US": "en-US", "FR": "fr-FR", "PL": "pl-PL"}[p.country]))
            elif v == 2:
                pre("D", "OkHttp")
                L.t('{"legalRepresentative":{"fullName":"').p("%s %s" % (p.rel_first, p.rel_last), "name")
                L.t('","relationship":"%s","phone":"' % p.rel_kind).p(fmt_phone(p.rel_phone, 4), "phone")
                L.t('","email":"').p(p.rel_email, "email").t('"},"participantId":"').p(p.puuid, "other_id").t('"}')
            elif v == 3:
                pre("I", "IdVerification")
                L.t("selfie captured 480x640 q=82 b64=").p(b64_blob(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 150), "photo")
                L.t("\u2026(+%d chars)" % rng.randint(30000, 60000))
            elif v == 4:
                pre("D", "SignatureCaptureView")
                L.t('strokes=%d format=ISO19794-7:2014 signatureData="' % rng.randint(80, 400))
                L.p(b64_blob(b"SDI\x00", 90), "biometric").t('" participantId=').p(p.puuid, "other_id")
            elif v == 5:
                pre("E", "ConsentUploadWorker")
                L.t("upload failed for ").p(p.email, "email").t(": java.net.SocketTimeoutException: timeout (attempt %d)" % rng.randint(1, 5))
            elif v == 6:
                pre("I", "DeviceRegistrar")
                L.t("registered device imei=").p(p.imei, "device").t(" androidId=").p(p.android_id, "device")
                L.t(" model=%s for subject " % pick(["SM-A536U", "Pixel 7a", "moto g stylus 5G"])).p(p.sid, "other_id")
            else:
                pre("D", "OkHttp")
                L.t("--> GET https://api.econsent.lakeshore-cru.org/v2/invitations/").p("%s" % p.puuid, "other_id")
                L.t("?email=").p(p.email.replace("@", "%40"), "email")
            out.append(L)
            phi = rng.random() < 0.5
            continue
        v = rng.randrange(7)
        if v == 0:
            pre("I", "ActivityManager")
            L.t("Start proc %d:org.lakeshore.econsent/u0a214 for activity {org.lakeshore.econsent/.MainActivity}" % pid_)
        elif v == 1:
            pre("D", "OkHttp")
            L.t("<-- 201 Created https://api.econsent.lakeshore-cru.org/v2/consents (%dms, %d-byte body)" % (rng.randint(90, 3000), rng.randint(80, 900)))
        elif v == 2:
            pre("W", "WM-WorkerWrapper")
            L.t("Work [ id=%s, tags={ org.lakeshore.econsent.sync.ConsentUploadWorker } ] was cancelled" % make_uuid())
        elif v == 3:
            pre("E", "AndroidRuntime")
            L.t("kotlinx.serialization.MissingFieldException: Field 'icfVersion' is required for type with serial name "
                "'org.lakeshore.econsent.model.ConsentDto', but it was missing at path: $")
        elif v == 4:
            pre("E", "AndroidRuntime")
            L.t("\tat org.lakeshore.econsent.data.ConsentRepository$submit$2.invokeSuspend(ConsentRepository.kt:%d)" % rng.randint(40, 200))
        elif v == 5:
            pre("I", "chromium")
            L.t('[INFO:CONSOLE(1)] "ICF v4.0 rendered, pages=14, lang=%s", source: file:///android_asset/icf/index.html (1)' % pick(["en", "fr", "pl", "es"]))
        else:
            pre("D", "OkHttp")
            L.t("--> POST https://api.econsent.lakeshore-cru.org/v2/consents (%d-byte body)" % rng.randint(600, 4000))
        out.append(L)
    return out


def fam_epro(phi):
    out = []
    pid_ = rng.randint(400, 3000)
    for _ in range(rng.randint(1, 3)):
        t = CLK.tick(0, 6)
        L = B("ios_oslog")
        if rng.random() < 0.5:
            L.t("%s DiaryPRO[%d:%d] " % (ts_oslog(t), pid_, rng.randint(20000, 99999)))
        else:
            L.t("%s 0x%x    Default     0x0                  %d    0    DiaryPRO: " % (ts_oslog(t), rng.randint(0x10000, 0xfffff), pid_))
        if phi:
            p = subj()
            v = rng.randrange(6)
            if v == 0:
                L.t("[com.lakeshore.diarypro:Auth] signed in username=").p(p.username, "other_id").t(" site=%s mfa=sms" % p.site)
            elif v == 1:
                L.t('[com.lakeshore.diarypro:Reminder] scheduled UNNotificationRequest body="Good evening ').p(p.first, "name")
                L.t(', it is time for your evening diary" trigger=20:00 repeats=true')
            elif v == 2:
                L.t("[com.lakeshore.diarypro:Device] idfv=").p(p.idfv, "device").t(" model=iPhone14,5 os=17.3.1 participant=").p(p.puuid, "other_id")
            elif v == 3:
                L.t("[com.lakeshore.diarypro:BLE] paired SpiroLink serial=").p(p.spiro, "device").t(" mac=").p(p.mac, "device").t(" rssi=-%d" % rng.randint(40, 90))
            elif v == 4:
                L.t("[com.lakeshore.diarypro:Diary] submitted %s for visit %s (visitDate " % (pick(["EQ-5D-5L", "PRO-CTCAE", "KCCQ-12", "FACT-G"]), visit_of(p)))
                L.p(fd(p.visit, "iso"), "date").t(") subject ").p(p.sid, "other_id")
            else:
                L.t("[com.lakeshore.diarypro:Profile] caregiver updated name=").p("%s %s" % (p.rel_first, p.rel_last), "name")
                L.t(" phone=").p(fmt_phone(p.rel_phone, 0), "phone")
            out.append(L)
            phi = rng.random() < 0.4
            continue
        v = rng.randrange(6)
        if v == 0:
            L.t("[com.lakeshore.diarypro:Sync] uploaded %d responses (PRO-CTCAE, EQ-5D-5L) in %dms, queue=0" % (rng.randint(1, 6), rng.randint(80, 2000)))
        elif v == 1:
            L.t('[com.apple.network:] Task <%s>.<%d> finished with error [-1009] Error Domain=NSURLErrorDomain Code=-1009 "The Internet connection appears to be offline."'
                % (make_uuid(True), rng.randint(1, 9)))
        elif v == 2:
            L.t("[com.lakeshore.diarypro:CoreData] persistent store loaded: DiaryPRO.sqlite (model v12, %d KB)" % rng.randint(200, 9000))
        elif v == 3:
            L.t("[com.lakeshore.diarypro:BackgroundTasks] BGAppRefreshTask com.lakeshore.diarypro.refresh expired after %.1fs" % rng.uniform(20, 30))
        elif v == 4:
            L.t('[com.lakeshore.diarypro:API] DecodingError.keyNotFound(CodingKeys(stringValue: "visitWindow", intValue: nil), Swift.DecodingError.Context(codingPath: [], debugDescription: "No value associated with key CodingKeys(stringValue: \\"visitWindow\\", intValue: nil) (\\"visitWindow\\").", underlyingError: nil))')
        else:
            L.t("[com.lakeshore.diarypro:App] DiaryPRO 4.2.1 (build 1187) launched, locale=%s, tz=America/Detroit" % pick(["en_US", "es_US", "fr_FR", "pl_PL"]))
        out.append(L)
    return out


UA = ["DiaryPRO/4.2.1 (iPhone; iOS 17.3.1; Scale/3.00)", "okhttp/4.12.0", "eConsent/3.8.0 (Android 14; SM-A536U)",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"]


def fam_nginx(phi):
    L = B("nginx_access")
    t = CLK.tick()
    if phi:
        p = subj()
        v = rng.randrange(3)
        L.p(p.ip, "ip").t(" - - [%s] " % ts_nginx(t))
        if v == 0:
            L.t('"POST /api/v3/diary/entries HTTP/1.1" 201 %d "-" "%s" rt=%.3f' % (rng.randint(40, 200), UA[0], rng.uniform(0.01, 0.6)))
        elif v == 1:
            L.t('"GET /api/v2/participants/lookup?email=').p(p.email.replace("@", "%40"), "email")
            L.t(' HTTP/2.0" 200 %d "-" "%s" rt=%.3f' % (rng.randint(200, 900), UA[2], rng.uniform(0.01, 0.6)))
        else:
            L.t('"GET /consent/icf/v4.0/page/%d?site=%s HTTP/1.1" 200 %d "-" "%s" rt=%.3f' % (rng.randint(1, 14), p.site, rng.randint(3000, 90000), UA[3], rng.uniform(0.01, 0.6)))
        return [L]
    v = rng.randrange(4)
    if v == 0:
        L.t('10.20.%d.%d - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.27" rt=0.001' % (rng.randint(0, 9), rng.randint(2, 250), ts_nginx(t)))
    elif v == 1:
        L.t('%s - - [%s] "GET /wp-login.php HTTP/1.1" 404 153 "-" "Mozilla/5.0 (compatible; zgrab/0.x)" rt=0.000' % (make_public_ip(), ts_nginx(t)))
    elif v == 2:
        L.t('10.8.%d.%d - hbrandt [%s] "GET /admin/sites/1042/queries?status=open HTTP/1.1" 200 %d "-" "%s" rt=%.3f'
            % (rng.randint(0, 3), rng.randint(2, 250), ts_nginx(t), rng.randint(2000, 40000), UA[3], rng.uniform(0.05, 1.2)))
    else:
        L.t('10.20.%d.%d - - [%s] "GET /static/js/main.%s.js HTTP/1.1" 304 0 "https://econsent.lakeshore-cru.org/" "%s" rt=0.002'
            % (rng.randint(0, 9), rng.randint(2, 250), ts_nginx(t), hexs(8), UA[3]))
    return [L]


LB_TESTS = [("ALT", "U/L", 7, 56), ("AST", "U/L", 10, 40), ("CREAT", "mg/dL", 0.6, 1.3), ("HGB", "g/dL", 12, 17),
            ("WBC", "10^9/L", 4, 11), ("PLAT", "10^9/L", 150, 400), ("NEUT", "10^9/L", 1.8, 7.7), ("BILI", "mg/dL", 0.1, 1.2)]


def fam_odm(phi):
    out = []
    p = subj(site=["1042", "3105", "4402"])
    t = CLK.tick()
    ind = "  "

    def add(text, spans=()):
        L = B("cdisc_odm_xml")
        pieces = text.split("\x00")
        for i, piece in enumerate(pieces):
            if i % 2 == 0:
                L.t(piece)
            else:
                L.p(piece, spans[i // 2])
        out.append(L)

    full = rng.random() < 0.5
    if full:
        add('<?xml version="1.0" encoding="UTF-8"?>')
        add('<ODM xmlns="http://www.cdisc.org/ns/odm/v1.3" FileType="Transactional" FileOID="CLAB-NVT4417-%s-%04d" CreationDateTime="%s" ODMVersion="1.3.2" Originator="Meridian Central Lab LIMS 9.4">'
            % (t.strftime("%Y%m%d"), rng.randint(1, 80), ts_iso_off(t)))
        add(ind + '<ClinicalData StudyOID="S_NVT4417" MetaDataVersionOID="MDV.LB.2">')
    if phi:
        add(ind * 2 + '<SubjectData SubjectKey="\x00%s\x00" TransactionType="Upsert">' % p.oid, ["other_id"])
        add(ind * 3 + '<SiteRef LocationOID="SITE_%s"/>' % p.site)
        add(ind * 3 + '<StudyEventData StudyEventOID="SE_%s">' % visit_of(p))
        add(ind * 4 + '<FormData FormOID="F_LB_CENTRAL">')
        add(ind * 5 + '<ItemGroupData ItemGroupOID="IG_LB_HDR" ItemGroupRepeatKey="1">')
        add(ind * 6 + '<ItemData ItemOID="I_LB_ACCSNUM" Value="\x00%s\x00"/>' % p.accession, ["other_id"])
        coll = "%sT%02d:%02d" % (fd(p.visit, "iso"), rng.randint(7, 11), rng.randint(0, 59))
        add(ind * 6 + '<ItemData ItemOID="I_LB_LBDTC" Value="\x00%s\x00"/>' % coll, ["date"])
        if rng.random() < 0.5:
            add(ind * 6 + '<ItemData ItemOID="I_DM_BRTHDTC" Value="\x00%s\x00"/>' % fd(p.dob, "iso"), ["date"])
        if rng.random() < 0.4:
            add(ind * 6 + '<ItemData ItemOID="I_LB_SUBJINIT" Value="\x00%s\x00"/>' % initials(p, 3), ["name"])
        add(ind * 5 + '</ItemGroupData>')
    for k in range(rng.randint(1, 3)):
        cd, u, lo, hi = pick(LB_TESTS)
        val = rng.uniform(lo * 0.7, hi * 1.4)
        vs = ("%.1f" % val) if hi < 30 else str(int(val))
        add(ind * 5 + '<ItemGroupData ItemGroupOID="IG_LB" ItemGroupRepeatKey="%d">' % (k + 1))
        add(ind * 6 + '<ItemData ItemOID="I_LB_LBTESTCD" Value="%s"/>' % cd)
        add(ind * 6 + '<ItemData ItemOID="I_LB_LBORRES" Value="%s"/>' % vs)
        add(ind * 6 + '<ItemData ItemOID="I_LB_LBORRESU" Value="%s"/>' % u)
        if rng.random() < 0.4:
            add(ind * 6 + '<ItemData ItemOID="I_LB_LBORNRLO" Value="%s"/>' % lo)
        add(ind * 5 + '</ItemGroupData>')
    if phi:
        add(ind * 4 + '</FormData>')
        add(ind * 3 + '</StudyEventData>')
        add(ind * 2 + '</SubjectData>')
    if full or rng.random() < 0.5:
        add(ind + '</ClinicalData>')
        add('</ODM>')
    return out


def fam_lims(phi):
    L = B("lims_requisition_kv")
    t = CLK.tick()
    if phi:
        p = subj(site=["1042", "3105", "4402"])
        v = rng.randrange(3)
        if v == 0:
            L.t("LIMS-REQ %s req=RQ-%d kit=LK-%07d protocol=NVT-4417-301 site=%s subj=" % (t.strftime("%Y-%m-%d %H:%M:%S"), rng.randint(88000000, 88999999), rng.randint(100000, 9999999), p.site))
            L.p(p.sid, "other_id").t(" inits=").p(initials(p, 1), "name").t(" yob=%d sex=%s visit=%s coll_dt=" % (p.dob.year, p.sex, visit_of(p)))
            L.p(fd(p.visit, "sas"), "date").t(" coll_tm=%02d:%02d fasting=%s tubes=SST:2,EDTA:1 status=RECEIVED acc=" % (rng.randint(7, 11), rng.randint(0, 59), pick("YN")))
            L.p(p.accession, "other_id")
        elif v == 1:
            L.t("LIMS-QC %s acc=" % t.strftime("%Y-%m-%d %H:%M:%S")).p(p.accession, "other_id")
            L.t(" test=%s flag=%s action=RECOLLECT notify=site%s@meridian-lab.com" % (pick(["K", "LDH", "PLAT"]), pick(["HEMOLYZED", "CLOTTED", "QNS"]), p.site))
        else:
            L.t("LIMS-REQ %s WARN requisition mismatch: form inits=" % t.strftime("%Y-%m-%d %H:%M:%S")).p(initials(p, 3), "name")
            L.t(" dob=").p(fd(p.dob, "sas"), "date").t(" vs IRT subject ").p(p.sid, "other_id").t(" -> query raised to site %s" % p.site)
        return [L]
    v = rng.randrange(3)
    if v == 0:
        L.t("LIMS-INV %s site=%s kit_type=%s on_hand=%d expiring_30d=%d reorder=%s order=KO-2024-%05d"
            % (t.strftime("%Y-%m-%d %H:%M:%S"), pick(["1042", "3105", "4402"]), pick(["SCR-CHEM", "C2D1-PK", "UNSCHED-HEM"]), rng.randint(0, 12), rng.randint(0, 3), pick(["YES", "NO"]), rng.randint(10000, 19999)))
    elif v == 1:
        L.t("LIMS-SHIP %s manifest MF-%d received from site 1042: %d tubes, ambient %d, frozen %d, dry ice ok, courier FedEx %s"
            % (t.strftime("%Y-%m-%d %H:%M:%S"), rng.randint(400000, 499999), rng.randint(4, 40), rng.randint(2, 20), rng.randint(0, 10), digits(12)))
    else:
        L.t("LIMS-XFER %s export CLAB-NVT4417-%s.xml: %d subjects, %d results, sftp://edc-xfer.nordavia-trials.com:22/in/lab OK"
            % (t.strftime("%Y-%m-%d %H:%M:%S"), t.strftime("%Y%m%d"), rng.randint(5, 60), rng.randint(50, 900)))
    return [L]


def fam_hl7(phi):
    out = []
    t = CLK.tick()
    L = B("mirth_log")
    L.t(" INFO %s [Channel: CRU_Safety_Labs_IN, Source] c.m.c.s.c.MessageProcessor: received ORU^R01 (%d bytes)" % (ts_log4j(t), rng.randint(900, 4000)))
    out.append(L)
    if not phi:
        L = B("mirth_log")
        L.t(" INFO %s [Channel: CRU_Safety_Labs_IN, Destination 1] c.m.c.c.d.DatabaseDispatcher: %d rows inserted into ctms.lab_results" % (ts_log4j(CLK.tick(0, 2)), rng.randint(5, 30)))
        out.append(L)
        return out
    p = subj(country="US")
    ctl = "LAB%010d" % rng.randint(0, 9999999999)
    L = B("hl7v2")
    L.t("MSH|^~\\&|SUNQUEST|LKSH_LAB|ONCORE|LKSH_CRU|%s||ORU^R01^ORU_R01|%s|P|2.5.1" % (t.strftime("%Y%m%d%H%M%S"), ctl))
    out.append(L)
    L = B("hl7v2")
    L.t("PID|1||").p(p.mrn, "mrn").t("^^^LKSH^MR~").p(p.sid, "other_id").t("^^^%s^RI||" % p.study.replace("-", ""))
    L.p("^".join(x for x in (p.last.upper(), p.first.upper(), p.mid) if x), "name").t("||").p(fd(p.dob, "hl7"), "date").t("|%s|||" % p.sex)
    L.p(p.street.upper(), "address").t("^^").p(p.city.upper(), "address").t("^%s^" % p.state).p(p.zip, "zip").t("||")
    L.p(fmt_phone(p.phone, 0), "phone").t("|||||").p(p.har, "account")
    out.append(L)
    L = B("hl7v2")
    L.t("PV1|1|O|CRU^INF^%02d||||%d^OKAFOR^SAMUEL^^^DR|||ONC||||||||RES|" % (rng.randint(1, 12), rng.randint(10000, 99999)))
    L.p(p.encounter, "other_id").t("|||||||||||||||||||||||||").p(fd(p.visit, "hl7") + "%02d%02d" % (rng.randint(7, 10), rng.randint(0, 59)), "date")
    out.append(L)
    if rng.random() < 0.7:
        f = [""] * 37
        f[0], f[1] = "IN1", "1"
        if p.mbi and rng.random() < 0.6:
            f[2], f[3], f[4] = "MCR^MEDICARE PART B", "00431", "CMS"
            f[5] = "7500 SECURITY BLVD^^BALTIMORE^MD^21244"
            pol, self_ = p.mbi, True
        else:
            f[2], f[3], f[4] = pick(["BCBSM01^BLUE CROSS PPO", "PH02^PRIORITY HEALTH HMO", "AET10^AETNA CHOICE POS II"]), "00%d" % rng.randint(100, 999), "COMMERCIAL"
            f[8] = "%09d" % rng.randint(1000000, 999999999)
            pol, self_ = p.member, rng.random() < 0.6
        if self_:
            f[16] = ("%s^%s" % (p.last.upper(), p.first.upper()), "name")
            f[17] = "01"
            f[18] = (fd(p.dob, "hl7"), "date")
        else:
            f[16] = ("%s^%s" % (p.rel_last.upper(), p.rel_first.upper()), "name")
            f[17] = "02"
        f[36] = (pol, "health_plan")
        L = B("hl7v2")
        for i, x in enumerate(f):
            if i:
                L.t("|")
            if isinstance(x, tuple):
                L.p(x[0], x[1])
            else:
                L.t(x)
        out.append(L)
    coll = fd(p.visit, "hl7") + "%02d%02d" % (rng.randint(7, 10), rng.randint(0, 59))
    L = B("hl7v2")
    L.t("OBR|1|ORD%d|LAB%d|CBC^COMPLETE BLOOD COUNT W/ DIFF^L|||" % (rng.randint(100000, 999999), rng.randint(100000, 999999))).p(coll, "date")
    L.t("|||||||||%d^OKAFOR^SAMUEL||||||%s|||F" % (rng.randint(10000, 99999), t.strftime("%Y%m%d%H%M")))
    out.append(L)
    for i in range(rng.randint(1, 3)):
        cd, u, lo, hi = pick(LB_TESTS)
        val = rng.uniform(lo * 0.8, hi * 1.2)
        L = B("hl7v2")
        L.t("OBX|%d|NM|%s^%s^L||%s|%s|%s-%s|%s|||F" % (i + 1, cd, cd, ("%.1f" % val), u, lo, hi, "N" if lo <= val <= hi else ("H" if val > hi else "L")))
        out.append(L)
    return out


def fam_sdtm(phi):
    out = []
    dom = pick(["DM", "LB", "AE"])
    hdr = {"DM": "STUDYID,DOMAIN,USUBJID,SUBJID,RFSTDTC,RFICDTC,SITEID,BRTHDTC,AGE,AGEU,SEX,RACE,ARMCD,COUNTRY",
           "LB": "STUDYID,DOMAIN,USUBJID,LBSEQ,LBREFID,LBTESTCD,LBTEST,LBORRES,LBORRESU,VISIT,LBDTC",
           "AE": "STUDYID,DOMAIN,USUBJID,AESEQ,AETERM,AEDECOD,AESER,AETOXGR,AESTDTC,AEENDTC"}[dom]
    if not phi:
        L = B("sdtm_csv")
        if rng.random() < 0.5:
            L.t(hdr)
        else:
            L = B("p21_validator")
            L.t(pick(["[P21] SD1082 Variable length is too long for actual data (DM.RACE, 200 > 41) - %d records" % rng.randint(10, 300),
                      "[P21] define.xml generated: 14 domains, %d variables, 38 codelists" % rng.randint(400, 700),
                      "[P21] SD0002 NULL value in variable marked as Required (LB.LBORRESU) - %d records" % rng.randint(1, 40),
                      "[P21] Validation finished: %d errors, %d warnings, %d notices (engine 2310.2, SDTMIG 3.3)" % (rng.randint(0, 20), rng.randint(20, 200), rng.randint(0, 50))]))
        out.append(L)
        return out
    if rng.random() < 0.5:
        out.append(B("sdtm_csv").t(hdr))
    for k in range(rng.randint(1, 3)):
        p = subj(site=["1042", "3105", "4402"], old=True if (dom == "DM" and rng.random() < 0.5) else None)
        L = B("sdtm_csv")
        L.t("NVT-4417-301,%s," % dom).p(p.usubjid, "other_id").t(",")
        if dom == "DM":
            L.p(p.sid, "other_id").t(",").p(fd(p.randd, "iso"), "date").t(",").p(fd(p.consent, "iso"), "date")
            L.t(",%s," % p.site).p(fd(p.dob, "iso"), "date").t(",").age(p.age)
            L.t(",YEARS,%s,%s,%s,%s" % (p.sex, pick(["WHITE", "BLACK OR AFRICAN AMERICAN", "ASIAN", '"NATIVE HAWAIIAN OR OTHER PACIFIC ISLANDER"', "NOT REPORTED"]),
                                         pick(["A", "B"]), {"US": "USA", "FR": "FRA", "PL": "POL"}[p.country]))
        elif dom == "LB":
            cd, u, lo, hi = pick(LB_TESTS)
            L.t("%d," % rng.randint(1, 80)).p(p.accession, "other_id").t(",%s,%s,%.1f,%s,%s," % (cd, cd.title(), rng.uniform(lo, hi), u, visit_of(p)))
            L.p("%sT%02d:%02d" % (fd(p.visit, "iso"), rng.randint(7, 11), rng.randint(0, 59)), "date")
        else:
            term = pick(["Febrile neutropenia", "Nausea", "Fatigue", "Diarrhoea", "Rash maculo-papular", "Pneumonia"])
            st = p.visit - dt.timedelta(days=rng.randint(0, 20))
            L.t("%d,%s,%s,%s,%d," % (rng.randint(1, 9), term, term.upper(), pick("YN"), rng.randint(1, 4))).p(fd(st, "iso"), "date").t(",")
            if rng.random() < 0.6:
                L.p(fd(st + dt.timedelta(days=rng.randint(1, 9)), "iso"), "date")
        out.append(L)
    return out


def fam_sas(phi):
    out = []
    ln = rng.randint(20, 400)

    def add(s, fam="sas_log"):
        L = B(fam)
        L.t(s)
        out.append(L)
        return L

    path = pick(["/sasdata/nvt4417/raw/dm_site1042.csv", "/sasdata/nvt4417/raw/pay_export.csv", "/sasdata/hlx220/raw/dm.csv"])
    if rng.random() < 0.5:
        ln = rng.randint(20, 400)
        add("%-10d options nofmterr validvarname=upcase;" % ln)
        ln += 1
    add("%-10d data work.dm;" % ln)
    add("%-10d   infile \"%s\" dsd firstobs=2 truncover;" % (ln + 1, path))
    add("%-10d   input subjid :$9. inits :$5. brthdt :yymmdd10. sex :$1.;" % (ln + 2))
    add("%-10d run;" % (ln + 3))
    if rng.random() < 0.5:
        add('NOTE: The infile "%s" is:' % path)
        add("      Filename=%s," % path)
        add("      Owner Name=sasbatch,Group Name=biostat,")
        add("      File Size (bytes)=%d" % rng.randint(8000, 90000))
    nrec = rng.randint(30, 240)
    if phi:
        p = subj(site=["1042", "3105", "4402"])
        r = rng.randint(2, nrec)
        bad = fd(p.dob, "iso")[:-1] + "O" if rng.random() < 0.5 else fd(p.dob, "iso").replace("-", "/")
        add("NOTE: Invalid data for brthdt in line %d %d-%d." % (r, 11 + len(p.sid) - 9, 20 + len(p.sid) - 9))
        add("RULE:     ----+----1----+----2----+----3----+----4----+----5")
        L = B("sas_log")
        ini = initials(p, 1)
        L.t("%-9d " % r).p(p.sid, "other_id").t(",").p(ini, "name").t(",").p(bad, "date").t(",%s %d" % (p.sex, len(p.sid) + len(ini) + len(bad) + 5))
        out.append(L)
        L = B("sas_log")
        L.t("subjid=").p(p.sid, "other_id").t(" inits=").p(ini, "name").t(" brthdt=. sex=%s _ERROR_=1 _N_=%d" % (p.sex, r - 1))
        out.append(L)
        if rng.random() < 0.6:
            q = subj(old=True)
            L = B("sas_log")
            L.t("DEBUG: subj=").p(q.sid, "other_id").t(" name=").p(name_form(q, "UPPER"), "name").t(" age=").age(q.age)
            L.t(" flag=AGE_GT_89 (suppress in TLF)")
            out.append(L)
    add('NOTE: %d records were read from the infile "%s".' % (nrec, path))
    add("NOTE: The data set WORK.DM has %d observations and 4 variables." % nrec)
    add("NOTE: DATA statement used (Total process time):")
    add("      real time           %.2f seconds" % rng.uniform(0.01, 0.3))
    add("      cpu time            %.2f seconds" % rng.uniform(0.01, 0.2))
    if rng.random() < 0.5:
        add(pick(["WARNING: Multiple lengths were specified for the variable SUBJID by input data set(s). This can cause truncation of data.",
                  "NOTE: Missing values were generated as a result of performing an operation on missing values.",
                  "NOTE: Character values have been converted to numeric values at the places given by: (Line):(Column).",
                  "ERROR: File RAW.PAYMENTS.DATA does not exist.",
                  "NOTE: There were %d observations read from the data set SDTM.AE." % rng.randint(100, 900)]))
    return out


def fam_r(phi):
    out = []

    def add(s, fam="r_console"):
        L = B(fam)
        L.t(s)
        out.append(L)
        return L

    if not phi:
        v = rng.randrange(2)
        if v == 0:
            add("R version 4.3.2 (2023-10-31) -- \"Eye Holes\"")
            add("Platform: x86_64-pc-linux-gnu (64-bit)")
            add("── Attaching core tidyverse packages ──────────────────────── tidyverse 2.0.0 ──")
            add("✔ dplyr     1.1.4     ✔ readr     2.1.5")
            add("✔ lubridate 1.9.3     ✔ tibble    3.2.1")
        else:
            add("> ae_sum <- ae %>% count(AEDECOD, AETOXGR) %>% arrange(desc(n))")
            add("> nrow(ae_sum)")
            add("[1] %d" % rng.randint(20, 120))
            add("Warning message:")
            add("In left_join(ae, ex, by = \"USUBJID\") :")
            add("  Detected an unexpected many-to-many relationship between `x` and `y`.")
        return out
    fn = "extracts/dm_202403%02d.csv" % pick([1, 4, 4])
    add('> dm <- readr::read_csv("%s", show_col_types = FALSE)' % fn)
    add("Warning message:")
    add("One or more parsing issues, call `problems()` on your data frame for details, e.g.:")
    add("  dat <- vroom(...)")
    add("  problems(dat)")
    add("> problems(dm)")
    add("# A tibble: 1 × 5")
    add("    row   col expected   actual     file")
    add("  <int> <int> <chr>      <chr>      <chr>")
    p = subj(site=["1042", "3105", "4402"])
    bad = fd(p.dob, "iso")[:-1] + "O"
    L = B("r_console")
    L.t("1    %2d     8 date like  " % rng.randint(2, 99)).p(bad, "date").t(" " + fn)
    out.append(L)
    add("> dm %>% filter(AGE > 89) %>% select(USUBJID, BRTHDTC, AGE)")
    olds = [q for q in PEOPLE if q.age > 89 and q.site != "2207"]
    rng.shuffle(olds)
    olds = olds[:rng.randint(1, 3)]
    add("# A tibble: %d × 3" % len(olds))
    add("  USUBJID                BRTHDTC      AGE")
    add("  <chr>                  <chr>      <dbl>")
    for i, q in enumerate(olds):
        L = B("r_console")
        L.t("%d " % (i + 1)).p(q.usubjid, "other_id").t(" ").p(fd(q.dob, "iso"), "date").t("    ").age(q.age)
        out.append(L)
    return out


def fam_jupyter(phi):
    L = B("jupyter_output_json")
    if phi:
        v = rng.randrange(3)
        if v == 0:
            p = subj(old=True)
            L.t('{"output_type":"execute_result","execution_count":%d,"data":{"text/plain":["                    USUBJID     BRTHDTC  AGE SEX\\n","%d  ' % (rng.randint(5, 40), rng.randint(1, 200)))
            L.p(p.usubjid, "other_id").t("  ").p(fd(p.dob, "iso"), "date").t("   ").age(p.age)
            L.t('   %s"]},"metadata":{}}' % p.sex)
        elif v == 1:
            p = subj()
            bad = fd(p.dob, "iso")[:-1] + "O"
            L.t('{"output_type":"error","ename":"ValueError","evalue":"time data \'').p(bad, "date")
            L.t('\' does not match format \'%Y-%m-%d\' (match)","traceback":["\\u001b[0;31mValueError\\u001b[0m Traceback (most recent call last)","Cell \\u001b[0;32mIn[12], line 3\\u001b[0m"]}')
        else:
            p = subj(country="US")
            L.t('{"output_type":"stream","name":"stdout","text":["payment reconciliation mismatch: subject ').p(p.sid, "other_id")
            L.t(" card ").p(p.card, "account").t(" holder ").p(name_form(p, "UPPER"), "name").t('\\n","expected 75.00, ledger 50.00\\n"]}')
        return [L]
    v = rng.randrange(4)
    if v == 0:
        L.t('{"output_type":"stream","name":"stdout","text":["Loaded %d subjects, 14 domains from EDC extract 2024-03-04\\n","Open queries: %d (site 1042: %d)\\n"]}'
            % (rng.randint(150, 260), rng.randint(20, 60), rng.randint(5, 19)))
    elif v == 1:
        L.t('{"output_type":"stream","name":"stderr","text":["/opt/conda/lib/python3.11/site-packages/pandas/core/tools/datetimes.py:1047: UserWarning: Parsing dates in %d/%m/%Y format when dayfirst=False (the default) was specified. Pass `dayfirst=True` or specify a format to silence this warning.\\n"]}')
    elif v == 2:
        L.t('{"output_type":"display_data","data":{"image/png":"%s","text/plain":["<Figure size 800x500 with 1 Axes>"]},"metadata":{}}'
            % b64_blob(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 90))
    else:
        L.t('{"output_type":"execute_result","execution_count":%d,"data":{"text/plain":["AESER  N    Y\\n","ARMCD         \\n","A      %d   %d\\n","B      %d   %d"]},"metadata":{}}'
            % (rng.randint(5, 40), rng.randint(50, 120), rng.randint(3, 20), rng.randint(50, 120), rng.randint(3, 20)))
    return [L]


def fam_mvr(phi):
    L = B("monitoring_report_text")
    lang = pick(["en", "en", "fr", "pl"])
    if phi:
        if lang == "en":
            p = subj(site=["1042"])
            lab = p.consent - dt.timedelta(days=rng.randint(1, 4))
            v = rng.randrange(3)
            if v == 2:
                q = subj(site=["1042"], old=True)
                L.t("MVR-1042-IMV%02d §5.%d Deviation: subject " % (rng.randint(3, 9), rng.randint(1, 6))).p(q.sid, "other_id").t(" (")
                L.age(q.age).t(" y/o %s) %s visit performed " % (q.sex, visit_of(q))).p(fd(q.visit, "us_short"), "date")
                L.t(", outside the +/-3 day window; PI aware, sponsor notified via deviation log #%d." % rng.randint(10, 90))
                return [L]
            if v == 0:
                L.t("MVR-1042-IMV%02d §5.%d Finding: Subject " % (rng.randint(3, 9), rng.randint(1, 6))).p(p.sid, "other_id").t(" (DOB ")
                L.p(fd(p.dob, "us"), "date").t(") ICF v4.0 signed ").p(fd(p.consent, "dmy"), "date").t("; eligibility labs drawn ")
                L.p(fd(lab, "dmy"), "date").t(", i.e. before consent. Major deviation; CAPA requested from R. Kim (CRC).")
            else:
                L.t("MVR-1042-IMV%02d §6 SDV note: source for %s " % (rng.randint(3, 9), "Mr." if p.sex == "M" else "Mrs.")).p(p.last, "name").t(" (")
                L.p(p.sid, "other_id").t(") lists home address ").p(p.street, "address").t(", ").p(p.city, "address")
                L.t(" on the CRF worksheet filed in the ISF - redact and re-file; emergency contact ").p("%s %s" % (p.rel_first, p.rel_last), "name")
                L.t(" ").p(fmt_phone(p.rel_phone, 5), "phone").t(" also visible.")
        elif lang == "fr" and rng.random() < 0.4:
            p = subj(site=["3105"])
            L.t("RVM site 3105 — Écart : le consentement de %s " % ("Mme" if p.sex == "F" else "M.")).p("%s %s" % (p.first, p.last.upper()), "name")
            L.t(" (").p(p.sid, "other_id").t(") a été signé par %s, " % pick(["sa fille", "sa nièce"] if p.rel_sex == "F" else ["son fils", "son neveu"])).p("%s %s" % (p.rel_first, p.rel_last), "name")
            L.t(" (").p(fmt_phone(p.rel_phone, 0), "phone").t("), sans désignation de la personne de confiance ; date de signature ")
            L.p(fd(p.consent, "fr_long"), "date").t(".")
        elif lang == "fr":
            p = subj(site=["3105"])
            L.t("RVM site 3105 (Lyon) — Constat n°%d : " % rng.randint(1, 9)).t("la patiente " if p.sex == "F" else "le patient ")
            L.p(p.sid, "other_id").t(", %s " % ("Mme" if p.sex == "F" else "M.")).p("%s %s" % (p.first, p.last.upper()), "name")
            L.t(" (%s le " % ("née" if p.sex == "F" else "né")).p(fd(p.dob, "eu"), "date").t(", ").age(p.age)
            L.t(" ans), a été randomisé%s le " % ("e" if p.sex == "F" else "")).p(fd(p.randd, "fr_long"), "date")
            L.t(" sans bilan hépatique ; NIR ").p(p.ssn, "ssn").t(" retrouvé en clair dans le classeur investigateur.")
        elif rng.random() < 0.4:
            p = subj(site=["4402"])
            ae = p.visit - dt.timedelta(days=rng.randint(2, 20))
            L.t("Raport z wizyty monitorującej, ośrodek 4402: uczestnik ").p(p.sid, "other_id").t(" (inicjały ").p(initials(p, 0), "name")
            L.t(") – zdarzenie niepożądane z dnia ").p(fd(ae, "iso"), "date").t(" nie zostało zgłoszone w ciągu 24 h; opiekun: ")
            L.p("%s %s" % (p.rel_first, p.rel_last), "name").t(", tel. ").p(fmt_phone(p.rel_phone, pick([0, 3, 4])), "phone").t(".")
        else:
            p = subj(site=["4402"])
            L.t("Raport z wizyty monitorującej, ośrodek 4402 (Kraków): %s " % ("pacjentka" if p.sex == "F" else "pacjent"))
            L.p(p.sid, "other_id").t(", ").p("%s %s" % (p.first, p.last), "name").t(", ur. ").p(fd(p.dob, "pl"), "date")
            L.t(", PESEL ").p(p.ssn, "ssn").t(", zam. ").p(p.street, "address").t(", ").p(p.zip, "zip").t(" ").p(p.city, "address")
            L.t(" – brak podpisu badacza na formularzu ICF z dnia ").p(fd(p.consent, "pl"), "date").t(".")
        return [L]
    if lang == "en":
        L.t(pick(["MVR-1042-IMV%02d §3 Attendees: Helena Brandt (CRA, Meridian Clinical Research), Dr. Samuel Okafor (PI), Rachel Kim (CRC). Visit dates 05-06 Mar 2024." % rng.randint(3, 9),
                  "MVR-1042-IMV%02d §7 IP accountability: %d kits reconciled, 0 discrepancies; pharmacy temperature log reviewed Jan-Feb 2024, 1 excursion (8.4 °C, 22 min) documented." % (rng.randint(3, 9), rng.randint(20, 80)),
                  "MVR-1042-IMV%02d §4 ISF: delegation log updated (M. Sullivan added 2024-02-12), CVs and GCP certificates current, lab normal ranges v7 filed." % rng.randint(3, 9),
                  "MVR-1042-IMV%02d §8 Action items: 12 open queries >30 days; next IMV tentatively 2024-04-16; report due to sponsor within 10 business days." % rng.randint(3, 9)]))
    elif lang == "fr":
        L.t(pick(["RVM site 3105 — Points discutés avec le Dr Anne-Sophie Marchal (investigatrice principale) : formation BPC à jour, registre de délégation signé le 01/03/2024.",
                  "RVM site 3105 — Comptabilité du produit : %d kits reçus, %d dispensés, %d en quarantaine (excursion de température du 14/02, 9,1 °C pendant 35 min)." % (rng.randint(20, 60), rng.randint(5, 19), rng.randint(0, 3)),
                  "RVM site 3105 — Prochaine visite de monitoring prévue la semaine du 8 avril 2024 ; CRA : Olivier Roux (olivier.roux@meridian-cr.fr, +33 4 72 11 58 90)."]))
    else:
        L.t(pick(["Raport z wizyty monitorującej, ośrodek 4402: dokumentacja źródłowa zweryfikowana (SDV 100%% dla %d uczestników), brak istotnych odchyleń; następna wizyta planowana na 2024-04-16." % rng.randint(4, 14),
                  "Raport z wizyty monitorującej, ośrodek 4402: zaktualizowano rejestr delegowania obowiązków (dr Tomasz Bielecki), certyfikaty GCP aktualne.",
                  "Raport z wizyty monitorującej, ośrodek 4402: lodówka apteczna nr 2 – odchylenie temperatury 9,3 °C (17 min), produkt w kwarantannie do decyzji sponsora."]))
    return [L]


def fam_query(phi):
    L = B("edc_query_note")
    t = CLK.tick()
    dn = rng.randint(118000, 119999)
    if phi:
        p = subj(site=["1042", "3105", "4402", "2207"])
        if p.site in ("1042", "2207"):
            onset = p.randd - dt.timedelta(days=rng.randint(1, 4))
            fixed = p.randd + dt.timedelta(days=rng.randint(1, 4))
            L.t("DN#%d [Query] subject=" % dn).p(p.sid, "other_id").t(" event=%s crf=AE item=AESTDAT status=Updated owner=hbrandt: \"AE onset " % visit_of(p))
            L.p(fd(onset, "rave"), "date").t(" precedes first dose ").p(fd(p.randd, "rave"), "date").t(" - please verify.\" || rkim %s: \"Per clinic note (Dr. Okafor), onset " % t.strftime("%Y-%m-%d %H:%M"))
            L.p(fd(fixed, "rave"), "date").t('. Corrected."')
        elif p.site == "3105":
            L.t("DN#%d [Requête] sujet=" % dn).p(p.sid, "other_id").t(" crf=DM item=BRTHDAT statut=Ouverte : \"Date de naissance ")
            L.p(fd(p.dob, "eu"), "date").t(" incohérente avec l'âge saisi (%d) — merci de vérifier.\" (oroux, %s)" % (p.age - rng.randint(1, 15), t.strftime("%d/%m/%Y %H:%M")))
        else:
            bad = "2024-02-30" if rng.random() < 0.5 else fd(p.visit, "pl")
            L.t("DN#%d [Zapytanie] pacjent=" % dn).p(p.sid, "other_id").t(' formularz=VS pole=VISDAT: "Data wizyty ').p(bad, "date")
            L.t(' nieprawidłowa lub niezgodna z dokumentacją źródłową, proszę poprawić." (klis, %s)' % t.strftime("%Y-%m-%d %H:%M"))
        return [L]
    L.t(pick(["DN summary site=%s open=%d answered=%d closed_today=%d oldest_open_days=%d" % (pick(["1042", "2207", "3105", "4402"]), rng.randint(2, 40), rng.randint(0, 10), rng.randint(0, 25), rng.randint(1, 60)),
              "DN#%d [Query] auto-closed by system: item value changed (rule R_VS_RANGE) user=system" % dn,
              "DN#%d [Requête] fermée par oroux : réponse du site acceptée." % dn,
              "DN#%d [Zapytanie] zamknięte przez klis: odpowiedź ośrodka zaakceptowana." % dn]))
    return [L]


def fam_cioms(phi):
    out = []
    p = subj(site=["1042", "2207"], old=True if rng.random() < 0.4 else None)
    nvt = p.site != "2207"
    mfr = ("NVT-2024-US-%06d" if nvt else "HLX220-US-2024-%05d") % rng.randint(4000, 4999)
    onset = p.visit + dt.timedelta(days=rng.randint(0, 2))
    adm = onset + dt.timedelta(days=1)
    dis = adm + dt.timedelta(days=rng.randint(2, 8))
    died = p.age > 89 and rng.random() < 0.5

    def L0():
        return B("cioms_text")

    L = L0()
    L.t("=== CIOMS FORM I === SUSPECT ADVERSE REACTION REPORT | Mfr Control No. %s | Report type: %s | Received %s"
        % (mfr, pick(["INITIAL", "FOLLOW-UP #1"]), CLK.tick().strftime("%Y-%m-%d")))
    out.append(L)
    if phi:
        L = L0()
        L.t("1. PATIENT INITIALS (first, last): ").p(initials(p, 2), "name").t("   1a. COUNTRY: UNITED STATES   2. DATE OF BIRTH: ")
        L.p(fd(p.dob, "rave"), "date").t("   2a. AGE: ").age(p.age).t(" Years   3. SEX: %s   4-6. REACTION ONSET: " % p.sex)
        L.p(fd(onset, "rave"), "date")
        out.append(L)
        L = L0()
        L.t("7+13. DESCRIBE REACTION(S): ").age(p.age).t("-year-old %s (subject " % ("female" if p.sex == "F" else "male")).p(p.sid, "other_id")
        L.t(") presented with %s; admitted to Lakeshore University Hospital on " % (
            "fever 39.2 °C and ANC 0.3 x10^9/L" if nvt else "worsening dyspnoea and NT-proBNP 4120 pg/mL")).p(fd(adm, "cioms"), "date")
        L.t(" (MRN ").p(p.mrn, "mrn").t("), treated with %s; " % ("cefepime" if nvt else "IV furosemide"))
        if died:
            L.t("patient died on ").p(fd(dis, "cioms"), "date").t(", cause of death %s." % ("septic shock" if nvt else "cardiogenic shock"))
        else:
            L.t("discharged ").p(fd(dis, "cioms"), "date").t(", recovered.")
        out.append(L)
        L = L0()
        L.t("22. CONCOMITANT DRUG(S) AND DATES OF ADMINISTRATION: ondansetron 8 mg PO PRN (from ").p(fd(p.randd, "rave"), "date")
        L.t("), apixaban 5 mg BID (ongoing)")
        out.append(L)
    L = L0()
    if nvt:
        L.t("14. SUSPECT DRUG(S): NVT-4417 200 mg or placebo (blinded)   15. DAILY DOSE: 200 mg   16. ROUTE: oral   kit K-%06d, lot NV4417-L%d" % (rng.randint(500000, 520000), rng.randint(18, 26)))
    else:
        L.t("14. SUSPECT DRUG(S): HLX-220 40 mg/mL or placebo (blinded)   15. DAILY DOSE: 40 mg Q2W   16. ROUTE: subcutaneous   lot HX-%d-B" % rng.randint(1100, 1199))
    out.append(L)
    L = L0()
    if nvt:
        L.t("24a. NAME AND ADDRESS OF MANUFACTURER: Nordavia Therapeutics Inc., 200 Harbor Point Blvd, Boston MA 02210, Fax +1 617 555 0190")
    else:
        L.t("24a. NAME AND ADDRESS OF MANUFACTURER: Helixane Bio Inc., Drug Safety, 75 Binney St, Cambridge MA 02142, safety@helixanebio.com")
    out.append(L)
    L = L0()
    if nvt:
        L.t("REPORTER: Samuel Okafor MD, Lakeshore University CRU, 1500 E Medical Center Dr, Ann Arbor MI 48109, tel 734-936-2200, fax 734-936-2299, sokafor@lakeshore-cru.org")
    else:
        L.t("REPORTER: Priyanka Deshmukh MD (Sub-I), Lakeshore University Cardiology Research, tel 734-936-4410, pdeshmukh@lakeshore-cru.org")
    out.append(L)
    return out


def fam_pay(phi):
    out = []
    t = CLK.tick()
    if not phi:
        L = B("subject_pay_json")
        v = rng.randrange(3)
        if v == 0:
            L.t('{"ts":"%s","svc":"subject-pay","event":"funding.posted","batch":"FB-2024-%04d","program":"NVT4417-1042","payments":%d,"totalUsd":%.2f,"approvedBy":"jmorales"}'
                % (ts_isoz(t), rng.randint(100, 999), rng.randint(10, 60), rng.uniform(500, 5000)))
        elif v == 1:
            L.t('{"ts":"%s","svc":"subject-pay","event":"webhook.retry","attempt":%d,"endpoint":"https://ctms.lakeshore-cru.org/hooks/clincard","status":503,"requestId":"%s"}'
                % (ts_isoz(t), rng.randint(1, 5), make_uuid()))
        else:
            L = B("subject_pay_kv")
            L.t("%s [subject-pay] INFO  payment.issued subject=<redacted> amount=%.2f USD pan_last4=%s ssnLast4=**** txn=PAY-%s-%05d"
                % (t.strftime("%Y-%m-%d %H:%M:%S"), pick([25.0, 50.0, 75.0, 100.0]), digits(4), t.strftime("%Y%m%d"), rng.randint(0, 99999)))
        out.append(L)
        return out
    p = subj(country="US")
    v = rng.randrange(7)
    v = 5 if v == 6 else v
    if v == 0:
        L = B("subject_pay_json")
        L.t('{"ts":"%s","svc":"subject-pay","event":"card.assigned","study":"%s","site":"%s","subject":"' % (ts_isoz(t), p.study, p.site))
        L.p(p.sid, "other_id").t('","cardholder":{"first_name":"').p(p.first, "name").t('","last_name":"').p(p.last, "name")
        L.t('","dob":"').p(fd(p.dob, "us"), "date").t('","address1":"').p(p.street, "address").t('","address2":"')
        if p.unit:
            L.p(p.unit, "address")
        L.t('","city":"').p(p.city, "address").t('","state":"%s","postal_code":"' % p.state).p(p.zip, "zip")
        L.t('","mobile":"').p(fmt_phone(p.phone, 2), "phone").t('"},"card_token":"tok_%s","pan_last4":"%s"}' % (hexs(24), p.card[-4:]))
    elif v == 1:
        L = B("subject_pay_kv")
        L.t("%s [subject-pay] WARN  debug dump (remove before prod!): pan=" % t.strftime("%Y-%m-%d %H:%M:%S")).p(p.card, "account")
        L.t(" exp=%02d/%02d cvv=*** holder=" % (rng.randint(1, 12), rng.randint(26, 29))).p("%s/%s" % (ascii_fold(p.last).upper(), ascii_fold(p.first).upper()), "name")
    elif v == 2:
        L = B("subject_pay_kv")
        L.t("%s [subject-pay] INFO  payment.issued subject=" % t.strftime("%Y-%m-%d %H:%M:%S")).p(p.sid, "other_id")
        L.t(' amount=75.00 USD reason="%s visit stipend" visit_date=' % visit_of(p)).p(fd(p.visit, "iso"), "date")
        L.t(" txn=PAY-%s-%05d balance=%.2f" % (t.strftime("%Y%m%d"), rng.randint(0, 99999), rng.uniform(50, 600)))
    elif v == 3:
        L = B("subject_pay_kv")
        L.t("%s [subject-pay] INFO  reimbursement subject=" % t.strftime("%Y-%m-%d %H:%M:%S")).p(p.sid, "other_id")
        L.t(" type=MILEAGE miles=%.1f rate=0.67 parking_plate=" % rng.uniform(8, 120)).p(p.plate, "vehicle").t(" (%s) vin=" % p.state).p(p.vin, "vehicle")
        L.t(" receipt=RCPT-%d" % rng.randint(10000, 99999))
    elif v == 4:
        if rng.random() < 0.5:
            out.append(B("irs1099_csv").t("TIN,Name,Address,City,State,ZIP,Box3_OtherIncome"))
        L = B("irs1099_csv")
        L.p(p.ssn if rng.random() < 0.7 else p.ssn.replace("-", ""), "ssn").t(',"').p(name_form(p, "UPPER"), "name").t('","').p(p.street.upper(), "address")
        L.t('",').p(p.city.upper(), "address").t(",%s," % p.state).p(p.zip, "zip").t(",%.2f" % rng.uniform(600, 2400))
    else:
        L = B("subject_pay_json")
        L.t('{"ts":"%s","svc":"subject-pay","event":"kyc.verified","subject":"' % ts_isoz(t)).p(p.sid, "other_id")
        L.t('","idType":"DL","idState":"%s","idNumber":"' % p.state).p(p.dl if rng.random() < 0.5 else "%s %s %s %s %s" % (p.dl[0], p.dl[1:4], p.dl[4:7], p.dl[7:10], p.dl[10:]), "license")
        if rng.random() < 0.5:
            L.t('","faceMatch":0.%d,"faceTemplate":"' % rng.randint(90, 99)).p(b64_blob(b"FTv2", 60), "biometric").t('"}')
        else:
            L.t('","liveness":"PASS","selfieJpeg":"').p(b64_blob(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00", 120), "photo").t('","selfieTruncated":true}')
    out.append(L)
    return out


def fam_notify(phi):
    L = B("notify_syslog")
    t = CLK.tick()
    L.t("%s cru-notify01 notify-svc[%d]: " % (ts_syslog(t), rng.randint(1000, 9000)))
    if phi:
        p = subj()
        v = rng.randrange(3)
        if v == 0:
            L.t("INFO sms.sent to=").p(fmt_phone(p.phone, pick([0, 3, 4, 6])), "phone").t(" template=VISIT_REMINDER_24H subject=").p(p.sid, "other_id")
            L.t(" appt=").p(fd(p.next_appt, "iso") + " %02d:%s" % (rng.randint(7, 15), pick(["00", "30"])), "date").t(" sid=SM%s" % hexs(32))
        elif v == 1:
            L.t("INFO email.sent to=").p(p.email, "email").t(' template=ECONSENT_INVITE link=').p(
                "https://econsent.lakeshore-cru.org/s/%s/%s" % (p.site, hexs(24)), "url").t(" lang=%s" % {"US": "en", "FR": "fr", "PL": "pl"}[p.country])
        else:
            L.t("WARN sms.failed to=").p(fmt_phone(p.phone, 1), "phone").t(" (").p(name_form(p, pick(["last_first", "lower", "init_last", "full_mid"])), "name")
            L.t(") code=30006 'Landline or unreachable carrier'; fallback=IVR")
        return [L]
    v = rng.randrange(3)
    if v == 0:
        L.t("INFO email.sent to=%s@lakeshore-cru.org template=QUERY_DIGEST count=%d" % (staff()[2], rng.randint(1, 30)))
    elif v == 1:
        L.t("INFO queue stats: pending=%d sent_1h=%d failed_1h=%d provider=twilio latency_p95=%dms" % (rng.randint(0, 20), rng.randint(10, 200), rng.randint(0, 5), rng.randint(100, 2000)))
    else:
        L.t("INFO template VISIT_REMINDER_24H v%d reloaded (locales en,es,fr,pl)" % rng.randint(3, 9))
    return [L]


def fam_infra(phi):
    L = B("infra")
    t = CLK.tick()
    v = rng.randrange(8)
    if v == 0:
        L = B("prometheus_text")
        L.t('edc_http_request_duration_seconds_bucket{le="%s",route="/OpenClinica/rest/clinicaldata",code="200"} %d' % (pick(["0.1", "0.5", "1", "+Inf"]), rng.randint(1000, 90000)))
    elif v == 1:
        L = B("logfmt")
        L.t('level=info ts=%s caller=compact.go:519 component=tsdb msg="write block" mint=%d maxt=%d ulid=01HR%s duration=%.3fs'
            % (ts_isoz(t), 1709500000000 + rng.randint(0, 999999) * 7, 1709507200000 + rng.randint(0, 999999) * 7, "".join(pick("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(22)), rng.uniform(0.2, 4)))
    elif v == 2:
        L = B("syslog")
        L.t("%s cru-sas01 CRON[%d]: (sasbatch) CMD (/opt/sas/jobs/nightly_sdtm.sh >> /var/log/sas/nightly.log 2>&1)" % (ts_syslog(t), rng.randint(10000, 40000)))
    elif v == 3:
        L = B("syslog")
        L.t("%s db-oc01 pgbackrest[%d]: P00   INFO: backup command end: completed successfully (%dms)" % (ts_syslog(t), rng.randint(1000, 9000), rng.randint(100000, 900000)))
    elif v == 4:
        L = B("syslog")
        L.t("%s edge01 certbot[%d]: Certificate for econsent.lakeshore-cru.org expires in %d days; renewal scheduled" % (ts_syslog(t), rng.randint(1000, 9000), rng.randint(10, 30)))
    elif v == 5:
        L = B("k8s_event")
        L.t('{"kind":"Event","reason":"BackOff","involvedObject":{"kind":"Pod","name":"epro-api-%s-%s","namespace":"cru-prod"},"message":"Back-off restarting failed container","count":%d}'
            % (hexs(10), hexs(5), rng.randint(1, 20)))
    elif v == 6:
        L = B("syslog")
        L.t("%s cru-sas01 sshd[%d]: Accepted publickey for sasbatch from 10.20.1.%d port %d ssh2: ED25519 SHA256:%s"
            % (ts_syslog(t), rng.randint(10000, 40000), rng.randint(2, 250), rng.randint(30000, 65000), base64.b64encode(hashlib.sha256(digits(8).encode()).digest()).decode().rstrip("=")))
    else:
        L = B("logfmt")
        L.t('time="%s" level=info msg="sftp transfer complete" file=CLAB-NVT4417-%s.xml bytes=%d sha256=%s peer=edc-xfer.nordavia-trials.com:22'
            % (ts_isoz(t), t.strftime("%Y%m%d"), rng.randint(10000, 900000), hexs(64)))
    return [L]


FAMS = [
    (fam_openclinica, 10), (fam_rave, 7), (fam_ctms, 8), (fam_billing, 5), (fam_iwrs, 7), (fam_econsent, 6),
    (fam_epro, 6), (fam_nginx, 6), (fam_odm, 3), (fam_lims, 5), (fam_hl7, 2.5), (fam_sdtm, 4), (fam_sas, 1.2),
    (fam_r, 1.6), (fam_jupyter, 4), (fam_mvr, 6), (fam_query, 5), (fam_cioms, 1.5), (fam_pay, 8), (fam_notify, 6),
    (fam_infra, 9),
]


CAPS = {"fam_odm": 45, "fam_r": 30, "fam_sas": 45, "fam_cioms": 28, "fam_hl7": 30, "fam_sdtm": 30,
        "fam_econsent": 36, "fam_epro": 40}


def main():
    build_people()
    total_w = sum(w for _, w in FAMS)
    lines = []
    phi_n = 0
    used = {}
    while len(lines) < N_LINES:
        r = rng.uniform(0, total_w)
        for f, w in FAMS:
            r -= w
            if r <= 0:
                break
        if used.get(f.__name__, 0) >= CAPS.get(f.__name__, 10 ** 6):
            continue
        share = phi_n / len(lines) if lines else 0.0
        want = rng.random() < (0.85 if share < 0.45 else 0.15)
        for L in f(want):
            used[f.__name__] = used.get(f.__name__, 0) + 1
            lines.append(L)
            if L.spans:
                phi_n += 1
    lines = lines[:N_LINES]

    log_path = os.path.join(HERE, "ks.log")
    lab_path = os.path.join(HERE, "ks.labels.jsonl")
    texts = []
    labels = []
    for i, L in enumerate(lines, 1):
        s = L.text()
        assert s and "\n" not in s and "\r" not in s, (i, s)
        bs = s.encode("utf-8")
        prev_e = -1
        for (a, b, cat, val) in sorted(L.spans):
            assert bs[a:b].decode("utf-8") == val, (i, val)
            assert a >= prev_e, ("overlap", i)
            assert val.strip() == val and val, (i, val)
            prev_e = b
        texts.append(s)
        labels.append({"line": i, "family": L.family,
                       "spans": [{"s": a, "e": b, "cat": c} for (a, b, c, _) in sorted(L.spans)]})
    with open(log_path, "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(texts))
    with open(lab_path, "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(json.dumps(x, ensure_ascii=False) for x in labels) + "\n")


if __name__ == "__main__":
    main()
