#!/usr/bin/env python3
"""Synthetic labeled log corpus "og": psychedelic-assisted therapy research clinic.

Systems: Medidata-Rave-like EDC audit trail (CSV export + RWS JSON), IWRS
randomization (key=value), controlled-substance accountability ledger (pipe rows)
and DEA Form 222 order records (JSON), session monitoring (IntelliVue-like vital
sign CSV exports, HL7 v2 ORU from the site lab, Empatica-like wearable JSON,
nginx-rtmp / ffmpeg video recording server), screening questionnaires (JSON, EN/NL/ES
keys), ePRO app (React Native / Expo: Metro, console, logcat, Sentry JSON), adverse
event reports (ICH E2B(R2)/CIOMS-like XML, MedDRA codes, one element per line), IRB /
METC / CEIm correspondence emails (RFC 822, one physical line per line), Django
study portal (gunicorn access, django.request, tracebacks, audit, SQL debug), Celery
workers and beat, Slack webhooks (slack_sdk), Azure Blob storage logs (Storage
Analytics v2.0 ';' rows and Azure Monitor StorageBlobLogs JSON).

All people and identifiers are synthetic. Standard library only, deterministic.

Labeling decisions:
- Participants (screened, enrolled, randomized), their relatives, partners, escorts
  (the person driving them home after a dosing session), healthcare proxies and
  emergency contacts are labeled. Investigators, therapists, pharmacists, CRCs, CRAs,
  monitors, IRB/METC/CEIm members and other staff doing their work are not labeled
  (names, emails, phones, fax, usernames, DEA registrations), nor are businesses,
  sites, sponsors, depots, vendors and their addresses/phones.
- Trial subject identifiers (subject keys like 301-US01-0117 / US01-0117, screening
  numbers SCR-..., randomization numbers R301-....), participant portal/ePRO
  usernames, and AE case/safety report IDs are other_id. Kit, bottle, lot, NDC,
  shipment, DEA Form 222 serials, protocol / EudraCT / ABR / IRB numbers are not
  labeled (they identify drug or study, not a person).
- Hospital MRNs, Dutch patientnummer and Spanish NHC are mrn.
- US SSN and Dutch BSN (national social/citizen number) are ssn. Spanish DNI/NIE
  (identity document numbers) are other_id. Spanish CIP/TSI health card codes, Dutch
  polisnummer and Medicare MBI are health_plan.
- Stipend payment instruments (prepaid ClinCard numbers, IBANs) are account.
- Driver's licence numbers captured at pre-dose ID verification are license.
- Participant-held device identifiers (Expo push tokens, iOS IDFV, Android ID, IMEI of
  a provisioned study phone, wearable serial numbers) are device. Clinic-owned
  monitors, cameras, recording servers and their serials are not labeled.
- A public IP is labeled ip only when it is the participant's (ePRO app requests,
  SAS uploads from the app, Sentry user ip). Private/internal, staff, service and
  documentation-range IPs are not labeled.
- Dates: DOB and clinical/event date fields of a participant (consent, visit,
  assessment, dosing, dispensing to a subject, specimen collection, AE onset/stop,
  admission, planned reminders) are date, whatever their format, including month-year
  forms and dates embedded in file names of session recordings. Log timestamps and
  system record times (Rave audit time, createdAt, message/email Date headers, report
  receipt/transmission dates, approval dates of documents) are not labeled.
- Ages are labeled only when over 89 (e.g. end-of-life arm); ages <= 89 are not.
- Initials of a participant (E2B patientinitial, Rave SUBJINIT, "S. de Vries") are
  name; a first name alone used for a participant is name.
- Base64 face images are photo; fingerprint/face templates are biometric.
- Personal URLs (participant social media/blog) are url; vehicle plates and VINs of
  the participant or escort are vehicle.
- Addresses: street part and city are labeled as one address span when written
  together (street, city), the ZIP / postcode / codigo postal separately as zip; a
  state or country alone is not labeled.
"""
import base64
import datetime as dt
import json
import os
import random

ID = "og"
SEED = 20240311
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
UTC = dt.timezone.utc

# --------------------------------------------------------------------------- line builder


def P(v, cat, num=False):
    return ("P", str(v), cat, num)


def C(*parts):
    return ("C", list(parts))


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.spans = []
        self.exp = []

    def add(self, *parts):
        for p in parts:
            if isinstance(p, str):
                self.b += p.encode("utf-8")
            elif p[0] == "P":
                v = p[1].encode("utf-8")
                st = len(self.b)
                self.b += v
                if p[2]:
                    self.spans.append({"s": st, "e": len(self.b), "cat": p[2]})
                    self.exp.append(v)
            elif p[0] == "C":
                self.add(*p[1])
            else:
                raise ValueError(p)
        return self


def mk(fam, *parts):
    return Line(fam).add(*parts)


def _jstr_parts(parts):
    out = []
    for q in parts:
        if isinstance(q, str):
            out.append(json.dumps(q, ensure_ascii=False)[1:-1])
        elif q[0] == "P":
            esc = json.dumps(q[1], ensure_ascii=False)[1:-1]
            assert esc == q[1], q
            out.append(q)
        else:
            out.extend(_jstr_parts(q[1]))
    return out


def J(o, sep=(", ", ": ")):
    """JSON serializer producing parts; P() values keep their span inside the quotes."""
    out = []

    def w(x):
        if isinstance(x, dict):
            out.append("{")
            for i, (k, v) in enumerate(x.items()):
                if i:
                    out.append(sep[0])
                out.append(json.dumps(k, ensure_ascii=False) + sep[1])
                w(v)
            out.append("}")
        elif isinstance(x, list):
            out.append("[")
            for i, v in enumerate(x):
                if i:
                    out.append(sep[0])
                w(v)
            out.append("]")
        elif isinstance(x, tuple) and x[0] == "P":
            if x[3]:
                out.append(x)
            else:
                out.append('"')
                out.extend(_jstr_parts([x]))
                out.append('"')
        elif isinstance(x, tuple) and x[0] == "C":
            out.append('"')
            out.extend(_jstr_parts(x[1]))
            out.append('"')
        else:
            out.append(json.dumps(x, ensure_ascii=False))

    w(o)
    return out


def JC(o):
    return J(o, sep=(",", ":"))


def PY(o):
    """Python repr-style dict (as Celery prints task results)."""
    out = []

    def w(x):
        if isinstance(x, dict):
            out.append("{")
            for i, (k, v) in enumerate(x.items()):
                if i:
                    out.append(", ")
                out.append(repr(k) + ": ")
                w(v)
            out.append("}")
        elif isinstance(x, list):
            out.append("[")
            for i, v in enumerate(x):
                if i:
                    out.append(", ")
                w(v)
            out.append("]")
        elif isinstance(x, tuple) and x[0] == "P":
            if x[3]:
                out.append(x)
            else:
                assert repr(x[1])[1:-1] == x[1] and repr(x[1])[0] == "'", x
                out.extend(["'", x, "'"])
        else:
            out.append(repr(x))

    w(o)
    return out


# --------------------------------------------------------------------------- clock

T = [dt.datetime(2024, 3, 11, 7, 58, 12, 413000, tzinfo=UTC)]


def tick(lo=0.3, hi=75.0):
    T[0] += dt.timedelta(seconds=R.uniform(lo, hi))
    return T[0]


def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def iso7(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d%dZ" % (t.microsecond, R.randint(0, 9))


def asct(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def nginx_t(t):
    return t.strftime("%Y/%m/%d %H:%M:%S")


def logcat_t(t):
    return t.strftime("%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)


def rave_t(t):
    return t.strftime("%d %b %Y %H:%M:%S")


# --------------------------------------------------------------------------- helpers

HEX = "0123456789abcdef"


def hx(n):
    return "".join(R.choice(HEX) for _ in range(n))


def uuid4():
    h = hx(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def celery_id():
    return uuid4()


def luhn_check(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def card(prefix, n=16):
    body = prefix + "".join(R.choice("0123456789") for _ in range(n - 1 - len(prefix)))
    return body + luhn_check(body)


def imei():
    body = "35" + "".join(R.choice("0123456789") for _ in range(12))
    return body + luhn_check(body)


def bsn():
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
        s = sum(d[i] * (9 - i) for i in range(8)) - d[8]
        if s % 11 == 0:
            return "".join(map(str, d))


def iban(cc, bban):
    conv = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(conv) % 97
    return "%s%02d%s" % (cc, chk, bban)


def ssn():
    while True:
        a = R.randint(1, 772)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    A = L + "0123456789"
    return (str(R.randint(1, 9)) + R.choice(L) + R.choice(A) + str(R.randint(0, 9)) + R.choice(L)
            + R.choice(A) + str(R.randint(0, 9)) + R.choice(L) + R.choice(L) + str(R.randint(0, 9))
            + str(R.randint(0, 9)))


def dni():
    n = R.randint(10000000, 79999999)
    return "%08d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def jpeg_b64(n=180):
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00,
                 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xDB, 0x00, 0x43, 0x00])
    raw += bytes(R.randint(0, 255) for _ in range(n))
    return base64.b64encode(raw).decode()


def fmr_b64(n=120):
    raw = b"FMR\x00 20\x00" + bytes(R.randint(0, 255) for _ in range(n))
    return base64.b64encode(raw).decode()


MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON_EN_L = ["January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"]
MON_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]
MON_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre"]


def fd(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "eu":
        return d.strftime("%d-%m-%Y")
    if style == "eu_slash":
        return d.strftime("%d/%m/%Y")
    if style == "eu_dot":
        return d.strftime("%d.%m.%Y")
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "rave":
        return "%02d %s %d" % (d.day, MON_EN[d.month - 1].upper(), d.year)
    if style == "long":
        return "%s %d, %d" % (MON_EN_L[d.month - 1], d.day, d.year)
    if style == "dmy_long":
        return "%d %s %d" % (d.day, MON_EN_L[d.month - 1], d.year)
    if style == "nl":
        return "%d %s %d" % (d.day, MON_NL[d.month - 1], d.year)
    if style == "es":
        return "%d de %s de %d" % (d.day, MON_ES[d.month - 1], d.year)
    if style == "dmon":
        return "%d-%s-%d" % (d.day, MON_EN[d.month - 1], d.year)
    raise ValueError(style)


# --------------------------------------------------------------------------- sites, staff

SITES = {
    "US01": dict(cc="US", city="Denver", state="CO", tz="-0600",
                 clinic="Aurora Psychedelic Research Clinic", dom="aurorapsych-research.org",
                 phone="(303) 555-0100", fax="(303) 555-0109", dea="BA4120573"),
    "US02": dict(cc="US", city="Asheville", state="NC", tz="-0500",
                 clinic="Blue Ridge Center for Psychedelic Medicine", dom="brcpm.org",
                 phone="(828) 555-0140", fax="(828) 555-0149", dea="BB2236718"),
    "NL01": dict(cc="NL", city="Amsterdam", tz="+0100", clinic="Psychedelisch Onderzoekscentrum Amsterdam",
                 dom="poc-amsterdam.nl", phone="+31 20 555 0100", dea=None),
    "NL02": dict(cc="NL", city="Maastricht", tz="+0100", clinic="Maastricht Psychedelic Research Unit",
                 dom="mpru.nl", phone="+31 43 555 0120", dea=None),
    "ES01": dict(cc="ES", city="Barcelona", tz="+0100", clinic="Unitat de Recerca Psicodèlica BCN",
                 dom="psi-bcn.cat", phone="+34 93 555 01 20", dea=None),
    "ES02": dict(cc="ES", city="Madrid", tz="+0100", clinic="Unidad de Investigación Psicodélica Madrid",
                 dom="uipm.es", phone="+34 91 555 01 40", dea=None),
}
STUDIES = {
    "PSIL-TRD-301": dict(num="301", drug="psilocybin", dose="25 mg", arm="TRD"),
    "MDMA-PTSD-205": dict(num="205", drug="MDMA HCl", dose="120 mg + 60 mg", arm="PTSD"),
    "PSIL-EOL-102": dict(num="102", drug="psilocybin", dose="25 mg", arm="EOL"),
}
STAFF = {
    "US01": [("Elena Marchetti", "emarchetti", "PI"), ("Tomasz Kowalski", "tkowalski", "PharmD"),
             ("Rachel Brennan", "rbrennan", "CRC"), ("Amara Johnson", "ajohnson", "LPC")],
    "US02": [("Benjamin Saltzman", "bsaltzman", "PI"), ("Latoya Greene", "lgreene", "CRC"),
             ("Farid Haddad", "fhaddad", "RPh"), ("Megan Thiessen", "mthiessen", "LCSW")],
    "NL01": [("Pieter Hoogendijk", "p.hoogendijk", "hoofdonderzoeker"), ("Lotte Visser", "l.visser", "research nurse"),
             ("Bram Oosterhuis", "b.oosterhuis", "apotheker")],
    "NL02": [("Marieke Claessens", "m.claessens", "PI"), ("Stijn Gorissen", "s.gorissen", "research nurse")],
    "ES01": [("Montserrat Vidal Casals", "mvidal", "IP"), ("Sergio Paredes", "sparedes", "farmacéutico"),
             ("Júlia Valls", "jvalls", "CRA")],
    "ES02": [("Alberto Quiroga", "aquiroga", "IP"), ("Nerea Lasa", "nlasa", "enfermera")],
}

# --------------------------------------------------------------------------- participants

US_STREETS = {
    "Denver": ["1847 S Pennsylvania St", "3320 W 38th Ave Apt 4", "912 Lafayette St", "4410 E Colfax Ave #210",
               "2765 Krameria St", "1509 Vine St Unit B"],
    "Asheville": ["58 Montford Ave", "221 Haywood Rd Apt 3C", "14 Kimberly Ave", "707 Merrimon Ave",
                  "39 Westwood Pl"],
}
US_ZIP = {"Denver": ["80210", "80211", "80218", "80206", "80207", "80220"],
          "Asheville": ["28801", "28806", "28804", "28805"]}
NL_STREETS = {"Amsterdam": [("Javastraat 118-2", "1094 HJ"), ("Bilderdijkstraat 41-III", "1053 KK"),
                            ("Nassaukade 302", "1054 AG"), ("Burgemeester de Vlugtlaan 87", "1063 BK")],
              "Maastricht": [("Boschstraat 65B", "6211 AT"), ("Tongerseweg 212", "6213 GC"),
                             ("Wycker Brugstraat 9", "6221 EA")]}
ES_STREETS = {"Barcelona": [("Carrer de Mallorca, 214, 3r 2a", "08008"), ("Carrer de Sants, 77, 1r 1a", "08014"),
                            ("Passeig de Sant Joan, 131, àtic", "08037")],
              "Madrid": [("Calle de Toledo, 87, 4ºB", "28005"), ("Calle de Embajadores, 152, 2º izq.", "28045"),
                         ("Avenida de la Albufera, 31, 6ºA", "28038")]}

# given, family, sex, site, study, age_hint, email_dom
PEOPLE = [
    ("Jasmine", "Okafor-Reyes", "F", "US01", "PSIL-TRD-301", 39, "gmail.com"),
    ("Terrence", "McAllister", "M", "US01", "MDMA-PTSD-205", 44, "yahoo.com"),
    ("Thi Lan", "Nguyen", "F", "US01", "PSIL-TRD-301", 31, "outlook.com"),
    ("Priya", "Raghunathan", "F", "US02", "PSIL-TRD-301", 28, "gmail.com"),
    ("DeShawn", "Whitfield", "M", "US02", "MDMA-PTSD-205", 36, "icloud.com"),
    ("Eleanor", "Van Buren", "F", "US01", "MDMA-PTSD-205", 52, "comcast.net"),
    ("Ahmad", "Al-Sayed", "M", "US02", "MDMA-PTSD-205", 41, "proton.me"),
    ("Kateryna", "Bondarenko", "F", "US01", "PSIL-TRD-301", 33, "gmail.com"),
    ("Liam", "O'Rourke", "M", "US02", "PSIL-TRD-301", 47, "hotmail.com"),
    ("Keoni", "Kahananui", "M", "US01", "MDMA-PTSD-205", 29, "gmail.com"),
    ("Harold", "Feinstein", "M", "US01", "PSIL-EOL-102", 93, "aol.com"),
    ("Dorothy", "Nakamura", "F", "US02", "PSIL-EOL-102", 91, "att.net"),
    ("Walter", "Kowalczyk", "M", "US01", "PSIL-EOL-102", 90, "comcast.net"),
    ("Beatrice", "Oyelaran", "F", "US02", "PSIL-EOL-102", 88, "gmail.com"),
    ("Giuseppe", "DiNapoli", "M", "US01", "PSIL-EOL-102", 92, "verizon.net"),
    ("Maarten", "van der Berg", "M", "NL01", "MDMA-PTSD-205", 38, "ziggo.nl"),
    ("Sanne", "de Vries", "F", "NL01", "MDMA-PTSD-205", 45, "hotmail.nl"),
    ("Yusuf", "Demir", "M", "NL02", "PSIL-TRD-301", 34, "gmail.com"),
    ("Noor", "El Amrani", "F", "NL01", "PSIL-TRD-301", 27, "outlook.com"),
    ("Fleur", "Janssen-Bakker", "F", "NL02", "MDMA-PTSD-205", 50, "kpnmail.nl"),
    ("Anouk", "ten Hove", "F", "NL01", "PSIL-TRD-301", 42, "xs4all.nl"),
    ("Joris", "van 't Hof", "M", "NL02", "MDMA-PTSD-205", 37, "gmail.com"),
    ("Priscilla", "Kromodimedjo", "F", "NL01", "PSIL-TRD-301", 55, "live.nl"),
    ("María José", "Fernández-Ruiz", "F", "ES01", "MDMA-PTSD-205", 43, "gmail.com"),
    ("Jordi", "Puig i Soler", "M", "ES01", "PSIL-TRD-301", 49, "telefonica.net"),
    ("Lucía", "García López", "F", "ES01", "PSIL-TRD-301", 33, "hotmail.es"),
    ("Iker", "Etxeberria Goikoetxea", "M", "ES02", "MDMA-PTSD-205", 31, "gmail.com"),
    ("Ana Belén", "de la Torre", "F", "ES02", "PSIL-TRD-301", 46, "outlook.es"),
    ("Rubén", "Mbaye Diop", "M", "ES02", "MDMA-PTSD-205", 35, "yahoo.es"),
    ("Carmen", "Núñez Ibáñez", "F", "ES01", "PSIL-TRD-301", 58, "gmail.com"),
    ("Wei", "Zhang", "M", "US02", "PSIL-TRD-301", 40, "gmail.com"),
    ("Siobhán", "Ní Bhriain", "F", "NL01", "MDMA-PTSD-205", 36, "gmail.com"),
]

RELATIVES = {
    "US": [("Monique", "Okafor", "sister"), ("Daniel", "Reyes", "spouse"), ("Grace", "Whitfield", "mother"),
           ("Sam", "Feinstein", "son"), ("Ruth", "Kowalczyk", "daughter"), ("Kenji", "Nakamura", "son"),
           ("Mark", "Lindqvist", "partner"), ("Aisha", "Al-Sayed", "wife"), ("Lucy", "Tran", "friend")],
    "NL": [("Ruben", "Kuipers", "partner"), ("Els", "van der Berg", "moeder"), ("Mehmet", "Demir", "broer"),
           ("Hanneke", "Bakker", "zus"), ("Sven", "de Groot", "vriend")],
    "ES": [("Pilar", "López Serrano", "madre"), ("Xavier", "Puig Roca", "hermano"), ("Marta", "Soler", "pareja"),
           ("Aitor", "Etxeberria", "padre"), ("Fatou", "Diop", "hermana")],
}

TODAY = dt.date(2024, 3, 12)


def ascii_fold(s):
    tbl = str.maketrans("áéíóúñüàèòïçÁÉÍÓÚÑ'", "aeiounuaeoicAEIOUN ")
    return s.translate(tbl)


class Person:
    pass


def us_phone(site="US01"):
    a = R.choice(["720", "303"] if site == "US01" else ["828", "828", "704"])
    n = "555-01%02d" % R.randint(10, 99)
    return a, n


def fmt_us_phone(a, n, style):
    x, y = n.split("-")
    return {"paren": "(%s) %s-%s" % (a, x, y), "dash": "%s-%s-%s" % (a, x, y), "plain": a + x + y,
            "e164": "+1" + a + x + y, "intl": "+1 %s %s %s" % (a, x, y), "dot": "%s.%s.%s" % (a, x, y)}[style]


def fmt_nl_mobile(d8, style):
    return {"intl": "+31 6 %s %s" % (d8[:4], d8[4:]), "dash": "06-%s" % d8, "plain": "06" + d8,
            "e164": "+316" + d8, "sp": "06 %s %s %s %s" % (d8[:2], d8[2:4], d8[4:6], d8[6:])}[style]


def fmt_es_mobile(d9, style):
    return {"intl": "+34 %s %s %s" % (d9[:3], d9[3:6], d9[6:]), "plain": d9, "e164": "+34" + d9,
            "pairs": "%s %s %s %s" % (d9[:3], d9[3:5], d9[5:7], d9[7:])}[style]


PEOPLE_OBJ = []
used_seq = set()
for i, (g, f, sex, site, study, age, edom) in enumerate(PEOPLE):
    p = Person()
    p.given, p.family, p.sex, p.site, p.study, p.edom = g, f, sex, site, study, edom
    p.cc = SITES[site]["cc"]
    p.city = SITES[site]["city"]
    p.snum = STUDIES[study]["num"]
    while True:
        seq = R.randint(3, 260)
        if (site, seq) not in used_seq:
            used_seq.add((site, seq))
            break
    p.subj = "%s-%04d" % (site, seq)
    p.subj_full = "%s-%s" % (p.snum, p.subj)
    p.scr = "SCR-%s-%04d" % (p.snum, R.randint(10, 480))
    p.rand = "R%s-%04d" % (p.snum, R.randint(100, 999))
    p.age = age
    born = TODAY.replace(year=TODAY.year - age) - dt.timedelta(days=R.randint(20, 340))
    p.dob = born
    p.consent = TODAY - dt.timedelta(days=R.randint(30, 90))
    p.scr_date = p.consent + dt.timedelta(days=R.randint(1, 10))
    p.dose2 = TODAY - dt.timedelta(days=R.randint(0, 12))
    p.dose1 = p.dose2 - dt.timedelta(days=R.randint(14, 28))
    p.next_visit = TODAY + dt.timedelta(days=R.randint(1, 20))
    p.ae_onset = TODAY - dt.timedelta(days=R.randint(1, 6))
    fg = ascii_fold(g).lower().replace(" ", "")
    ff = ascii_fold(f).lower().replace(" ", "").replace("-", "")
    p.email = R.choice(["%s.%s", "%s%s", "%s_%s%d" % ("%s", "%s", R.randint(70, 99)), "%s.%s%d" % ("%s", "%s", R.randint(1, 99))]) % (fg, ff)
    p.email = p.email + "@" + edom
    p.username = R.choice(["%s.%s" % (fg[:1], ff[:7]), "%s%d" % (fg, R.randint(10, 99)), "%s_%s" % (fg, ff[:3])])
    if p.cc == "US":
        p.ph = us_phone(site)
        p.street = R.choice(US_STREETS[p.city])
        p.zip = R.choice(US_ZIP[p.city])
        p.state = SITES[site]["state"]
        p.ssn = ssn()
        p.mrn = "%09d" % R.randint(1000000, 99999999)
        p.ip = R.choice(["73.229.%d.%d", "98.245.%d.%d", "24.9.%d.%d", "174.51.%d.%d", "71.211.%d.%d"]) % (R.randint(1, 254), R.randint(1, 254))
        p.dl = R.choice(["%02d-%03d-%04d" % (R.randint(1, 99), R.randint(0, 999), R.randint(0, 9999)),
                         "%012d" % R.randint(10 ** 10, 10 ** 12 - 1)])
        p.clincard = card("5" + R.choice("1234"))
        p.mbi = mbi()
        p.plate = R.choice(["BKR-4471", "CJX-9035", "AVP-2218", "EZN-6610", "PLX 482", "HKT-7392"])
    elif p.cc == "NL":
        p.ph = "%08d" % R.randint(10000000, 99999999)
        p.street, p.zip = R.choice(NL_STREETS[p.city])
        p.bsn = bsn()
        p.mrn = "%07d" % R.randint(1000000, 9999999)
        p.ip = R.choice(["84.241.%d.%d", "77.162.%d.%d", "145.53.%d.%d", "62.194.%d.%d"]) % (R.randint(1, 254), R.randint(1, 254))
        p.iban = iban("NL", R.choice(["RABO", "INGB", "ABNA", "SNSB", "TRIO", "ASNB"]) + "%010d" % R.randint(10 ** 8, 10 ** 10 - 1))
        p.polis = "%09d" % R.randint(10 ** 8, 10 ** 9 - 1)
        p.plate = R.choice(["GZ-318-K", "K-902-TP", "31-XLJ-6", "N-443-RD"])
    else:
        p.ph = "6%08d" % R.randint(10000000, 99999999)
        p.street, p.zip = R.choice(ES_STREETS[p.city])
        p.dni = dni()
        p.mrn = "%07d" % R.randint(1000000, 9999999)
        p.ip = R.choice(["88.12.%d.%d", "83.45.%d.%d", "79.153.%d.%d", "95.127.%d.%d"]) % (R.randint(1, 254), R.randint(1, 254))
        p.iban = iban("ES", "%020d" % R.randint(10 ** 19, 10 ** 20 - 1))
        cip_pref = (ascii_fold(f)[:2] + ascii_fold(g)[:2]).upper()
        p.cip = cip_pref + "%010d" % R.randint(10 ** 9, 10 ** 10 - 1)
        p.plate = R.choice(["4821 KLM", "2297 HBD", "7750 JRS", "0613 GFP"])
    rel = R.choice(RELATIVES[p.cc])
    p.rel_given, p.rel_family, p.rel_role = rel
    if p.cc == "US":
        p.rel_ph = us_phone(site)
    elif p.cc == "NL":
        p.rel_ph = "%08d" % R.randint(10000000, 99999999)
    else:
        p.rel_ph = "6%08d" % R.randint(10000000, 99999999)
    p.push = "ExponentPushToken[%s]" % "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(22))
    p.idfv = uuid4().upper()
    p.android_id = hx(16)
    p.imei = imei()
    p.wear = "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(10))
    p.platform = R.choice(["ios", "android"])
    PEOPLE_OBJ.append(p)

EOL = [p for p in PEOPLE_OBJ if p.study == "PSIL-EOL-102"]
NONEOL = [p for p in PEOPLE_OBJ if p.study != "PSIL-EOL-102"]


def pick(pool=None):
    return R.choice(pool or PEOPLE_OBJ)


def name(p, style=None):
    style = style or R.choice(["full", "full", "lastfirst", "upper", "f_last", "lower", "full"])
    g, f = p.given, p.family
    if p.family == "Nguyen" and style == "full":
        return "Nguyen Thi Lan"
    if style == "full":
        return "%s %s" % (g, f)
    if style == "lastfirst":
        return "%s, %s" % (f, g)
    if style == "upper":
        return "%s %s" % (g.upper(), f.upper())
    if style == "UPPERlast":
        return "%s, %s" % (f.upper(), g)
    if style == "f_last":
        return "%s. %s" % (g[0], f)
    if style == "lower":
        return "%s %s" % (g.lower(), f.lower())
    if style == "first":
        return g
    if style == "initials":
        parts = (g + " " + f).replace("-", " ").split()
        return "".join(w[0].upper() for w in parts if w not in ("i", "de", "la", "van", "der", "ten", "'t"))
    if style == "initials_dot":
        parts = (g + " " + f).replace("-", " ").split()
        return ".".join(w[0].upper() for w in parts if w not in ("i", "'t")) + "."
    if style == "hl7":
        return "%s^%s" % (ascii_fold(f).upper().replace(" ", " "), ascii_fold(g).upper())
    raise ValueError(style)


def phone(p, style=None, rel=False):
    ph = p.rel_ph if rel else p.ph
    if p.cc == "US":
        return fmt_us_phone(ph[0], ph[1], style or R.choice(["paren", "dash", "plain", "e164", "intl", "dot"]))
    if p.cc == "NL":
        return fmt_nl_mobile(ph[1:] if len(ph) == 9 else ph, style or R.choice(["intl", "dash", "plain", "e164", "sp"]))
    return fmt_es_mobile(ph, style or R.choice(["intl", "plain", "e164", "pairs"]))


def staff(site):
    return R.choice(STAFF[site])


FEMALE_STAFF = {"Elena", "Rachel", "Amara", "Latoya", "Megan", "Lotte", "Marieke", "Montserrat", "Júlia", "Nerea"}


def dr(who, lang="es"):
    f = who[0].split()[0] in FEMALE_STAFF
    return ("Dra. " if f else "Dr. ") if lang == "es" else "dr. "


def staff_email(site, who):
    return "%s@%s" % (who[1], SITES[site]["dom"])


# --------------------------------------------------------------------------- NOISE generators


def n_gunicorn_access():
    t = tick()
    path, ua, code, size = R.choice([
        ("/healthz/", "kube-probe/1.28", 200, 15), ("/readyz/", "kube-probe/1.28", 200, 15),
        ("/static/portal/css/app.4f2c91.css", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15", 304, 0),
        ("/api/v1/config/epro/?platform=ios&runtime=1.4.0", "ePRO/2.4.1 CFNetwork/1494.0.7 Darwin/23.4.0", 200, 1183),
        ("/admin/login/?next=/admin/", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/122.0.0.0", 200, 4211),
        ("/metrics", "Prometheus/2.49.1", 200, 28814), ("/api/v1/sites/", "python-requests/2.31.0", 200, 902),
        ("/portal/reports/enrollment/?study=PSIL-TRD-301", "Mozilla/5.0 (X11; Linux x86_64) Firefox/123.0", 200, 18230),
        ("/wp-login.php", "Mozilla/5.0 zgrab/0.x", 404, 179), ("/.env", "curl/8.4.0", 404, 179)])
    ip = R.choice(["10.20.0.4", "10.20.0.5", "10.20.3.17", "10.244.1.12", "192.0.2.44", "198.51.100.201", "172.16.8.30"])
    meth = "GET"
    return [mk("gunicorn_access", '%s - - [%s] "%s %s HTTP/1.1" %d %d "-" "%s" %dus' % (ip, clf(t), meth, path, code, size, ua, R.randint(900, 48000)))]


def n_gunicorn():
    t = tick()
    pid = R.randint(7, 90)
    msg = R.choice(["[INFO] Booting worker with pid: %d" % pid, "[INFO] Worker exiting (pid: %d)" % pid,
                    "[WARNING] Worker with pid %d was terminated due to signal 9" % pid,
                    "[INFO] Handling signal: winch", "[INFO] Listening at: http://0.0.0.0:8000 (1)",
                    "[CRITICAL] WORKER TIMEOUT (pid:%d)" % pid, "[INFO] Using worker: gthread"])
    return [mk("gunicorn", "[%s] [1] %s" % (t.strftime("%Y-%m-%d %H:%M:%S +0000"), msg))]


def n_django():
    t = tick()
    lvl, lg, msg = R.choice([
        ("WARNING", "django.security.DisallowedHost", "Invalid HTTP_HOST header: '198.51.100.23'. You may need to add '198.51.100.23' to ALLOWED_HOSTS."),
        ("INFO", "portal.middleware", "request_id=%s method=GET path=/portal/dashboard/ status=200 duration_ms=%d user=crc.lgreene" % (uuid4(), R.randint(40, 900))),
        ("WARNING", "django.request", "Not Found: /favicon.ico"),
        ("ERROR", "django.request", "Service Unavailable: /api/v1/edc/ping/"),
        ("INFO", "portal.edc.rws", "RWS session refreshed for service account svc_rave_sync (expires in 3600s)"),
        ("WARNING", "portal.storage", "azure.core.exceptions.ServiceRequestError: <urllib3.connection.HTTPSConnection object at 0x7f3b2c1e8d90>: Failed to resolve 'psyclinicprod.blob.core.windows.net'"),
        ("INFO", "portal.sessions", "Dosing room SESS-RM%d status=%s monitor_link=ok camera=ok" % (R.randint(1, 3), R.choice(["PREP", "IN_SESSION", "CLEANING", "IDLE"]))),
        ("INFO", "portal.i18n", "Compiled messages for nl (1412 strings, 3 fuzzy) and es (1409 strings, 0 fuzzy)"),
        ("WARNING", "portal.edc.mapping", "Unmapped ItemOID MEQ30.MEQ_TOT in form MEQ30 v3; skipping (study MDMA-PTSD-205)"),
        ("INFO", "portal.drugs", "Vault V-%d door event=OPEN dual_auth=%s,%s duration_s=%d" % (R.randint(1, 2), "tkowalski", "rbrennan", R.randint(20, 240))),
        ("WARNING", "axes.watch_login", "AXES: Repeated login failure by {username: 'crc.rbrennan', ip_address: '10.20.3.17', path_info: '/accounts/login/'}. Count = 2 of 5."),
        ("INFO", "portal.exports", "Export job exp_%s finished: 214 rows, file=enrollment_PSIL-TRD-301_weekly.xlsx sha256=%s" % (hx(8), hx(64))),
        ("ERROR", "portal.edc.rws", "RWS 503 from https://aurorapsych.mdsol.com/RaveWebServices/studies/PSIL-TRD-301(Prod)/datasets/regular - retry 2/5"),
    ])
    return [mk("django", "%s %s %s %s" % (lvl, asct(t), lg, msg))]


def n_django_migrate():
    tick(0.1, 2)
    m = R.choice(["Applying participants.0042_transportplan_escort_plate... OK", "Applying edc.0017_auditcursor_last_audit_id... OK",
                  "Applying epro.0023_diaryentry_mood_vas... OK", "Applying django_celery_beat.0018_improve_crontab_helptext... OK",
                  "Applying safety.0009_aereport_meddra_version... OK", "No migrations to apply."])
    return [mk("django_migrate", "  " + m)]


def n_config():
    tick(0.1, 3)
    m = R.choice([
        "settings: DEBUG=False ALLOWED_HOSTS=['portal.aurorapsych-research.org', 'portal.poc-amsterdam.nl'] TIME_ZONE=UTC USE_TZ=True",
        "settings: DATABASES.default=postgresql://portal@pg-prod.internal:5432/studyportal CONN_MAX_AGE=60 sslmode=require",
        "settings: CELERY_BROKER_URL=redis://redis-prod.internal:6379/1 CELERY_RESULT_BACKEND=django-db CELERY_TASK_ACKS_LATE=True",
        "settings: AZURE_ACCOUNT_NAME=psyclinicprod AZURE_CONTAINER=session-video AZURE_SSL=True AZURE_URL_EXPIRATION_SECS=900",
        "settings: RAVE_BASE_URL=https://aurorapsych.mdsol.com/RaveWebServices RAVE_STUDIES=PSIL-TRD-301,MDMA-PTSD-205,PSIL-EOL-102",
        "settings: SLACK_SAFETY_CHANNEL=#safety-alerts SLACK_OPS_CHANNEL=#portal-ops SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T03QX7J1L/B05M2K8PZ/***",
        "version: studyportal 3.12.0 (build 1187, git 9c41e2b) python 3.11.7 django 4.2.11 celery 5.3.6",
        "settings: LANGUAGES=[('en', 'English'), ('nl', 'Nederlands'), ('es', 'Español')] LOCALE_PATHS=['/srv/portal/locale']",
        "System check identified some issues: WARNINGS: ?: (security.W004) You have not set a value for the SECURE_HSTS_SECONDS setting.",
    ])
    return [mk("config", m)]


def n_celery():
    t = tick()
    tid = celery_id()
    worker = "ForkPoolWorker-%d" % R.randint(1, 8)
    task = R.choice(["edc.tasks.sync_audit_trail", "epro.tasks.compute_compliance", "safety.tasks.scan_vitals_thresholds",
                     "portal.tasks.cleanup_expired_sas", "reports.tasks.weekly_enrollment", "drugs.tasks.reconcile_inventory"])
    k = R.randint(0, 6)
    if k == 0:
        m = "[%s: INFO/MainProcess] Task %s[%s] received" % (asct(t), task, tid)
    elif k == 1:
        res = R.choice([{"synced": R.randint(10, 250), "last_audit_id": R.randint(8810000, 8899999), "pages": R.randint(1, 9)},
                        {"checked": R.randint(20, 80), "flagged": 0}, {"deleted": R.randint(0, 40)},
                        {"sites": 6, "discrepancies": 0}, {"rows": 214, "file": "enrollment_week10.xlsx"}])
        m = "[%s: INFO/%s] Task %s[%s] succeeded in %.3fs: %r" % (asct(t), worker, task, tid, R.uniform(0.01, 12), res)
    elif k == 2:
        m = "[%s: INFO/MainProcess] Scheduler: Sending due task %s (%s)" % ((asct(t),) + R.choice([("rave-sync-every-15m", "edc.tasks.sync_audit_trail"), ("vitals-scan-1m", "safety.tasks.scan_vitals_thresholds"), ("sas-cleanup-hourly", "portal.tasks.cleanup_expired_sas"), ("nightly-drug-reconcile", "drugs.tasks.reconcile_inventory"), ("epro-compliance-daily", "epro.tasks.compute_compliance")]))
    elif k == 3:
        m = "[%s: INFO/MainProcess] %s" % (asct(t), R.choice(["Connected to redis://redis-prod.internal:6379/1", "mingle: searching for neighbors",
                                                              "mingle: all alone", "celery@worker-%d ready." % R.randint(1, 4),
                                                              "Events of group {task} enabled by remote."]))
    elif k == 4:
        m = "[%s: WARNING/MainProcess] consumer: Connection to broker lost. Trying to re-establish the connection..." % asct(t)
    elif k == 5:
        m = "[%s: ERROR/%s] Task %s[%s] raised unexpected: ConnectionError('HTTPSConnectionPool(host=\\'aurorapsych.mdsol.com\\', port=443): Read timed out. (read timeout=30)')" % (asct(t), worker, task, tid)
    else:
        m = "[%s: INFO/%s] Task %s[%s] retry: Retry in %ds" % (asct(t), worker, task, tid, R.choice([30, 60, 120]))
    return [mk("celery", m)]


def n_slack():
    t = tick()
    k = R.randint(0, 3)
    if k == 0:
        m = "%s DEBUG slack_sdk.webhook.client Received the following response - status: 200, headers: {'content-type': 'text/html', 'x-slack-backend': 'r', 'x-slack-unique-id': '%s'}, body: ok" % (asct(t), "Ze" + hx(20))
    elif k == 1:
        m = "%s WARNING slack_sdk.webhook.client Received the following response - status: 429, headers: {'retry-after': '30'}, body: rate_limited" % asct(t)
    elif k == 2:
        m = "%s DEBUG slack_sdk.webhook.client Sending a request - url: https://hooks.slack.com/services/T03QX7J1L/B05M2K8PZ/********, body: {\"text\": \"Nightly drug reconciliation OK: 6 sites, 0 discrepancies (build 1187)\"}, headers: {}" % asct(t)
    else:
        m = "%s INFO portal.integrations.slack posted %s to #portal-ops ts=%d.%06d" % (asct(t), R.choice(["deploy notice", "RWS sync lag warning (lag=41m)", "Celery queue depth alert (depth=312)"]), int(t.timestamp()), R.randint(0, 999999))
    return [mk("slack_sdk", m)]


def az_row(t, op, status, code, auth, acct, url_parts, key_parts, ip_parts, ua, clen, reqid=None):
    parts = ["2.0;%s;%s;%s;%d;%d;%d;%s;%s;%s;blob;\"" % (iso7(t), op, status, code, R.randint(5, 400), R.randint(2, 60), auth, acct if auth == "authenticated" else "", acct)]
    parts += url_parts
    parts += ['";"']
    parts += key_parts
    parts += ['";%s;0;' % (reqid or uuid4())]
    parts += ip_parts
    parts += [';2021-08-06;%d;%d;%d;%d;%d;;;"0x8DC4%s";%s;;"%s";;%s;;;;;;;;' % (
        R.randint(400, 1600), R.randint(0, 9000000), R.randint(200, 600), R.randint(0, 900), clen, hx(11).upper(),
        t.strftime("%A, %d-%b-%y %H:%M:%S GMT"), ua, uuid4())]
    return parts


def n_azure():
    t = tick()
    acct = "psyclinicprod"
    blob = R.choice(["config/epro/runtime-1.4.0.json", "backups/pg/studyportal-20240311T0200Z.dump.gz",
                     "exports/enrollment_PSIL-TRD-301_weekly.xlsx", "static/portal/js/app.8d1e77.js",
                     "session-video/_manifests/room2.json", "rave-archive/audit_8812000-8812499.csv.gz"])
    op = R.choice(["GetBlob", "GetBlobProperties", "PutBlob", "ListBlobs", "PutBlock"])
    ip = R.choice(["10.20.0.5:44012", "10.20.0.6:51802", "20.50.2.71:443", "10.244.1.12:36120"])
    ua = R.choice(["azsdk-python-storage-blob/12.19.0 Python/3.11.7 (Linux-5.15.0-1057-azure-x86_64-with-glibc2.36)",
                   "AzCopy/10.23.0 Azure-Storage/0.15 (go1.21.6; linux)", "Microsoft Azure Storage Explorer, 1.33.0, win32, azcopy-node, 2.0.0"])
    url = "https://%s.blob.core.windows.net/%s" % (acct, blob)
    key = "/%s/%s" % (acct, blob)
    return [mk("azure_storage_v2", *az_row(t, op, "Success", 201 if op.startswith("Put") else 200, "authenticated", acct, [url], [key], [ip], ua, R.randint(0, 5000000)))]


def n_azure_monitor():
    t = tick()
    o = {"time": iso7(t), "resourceId": "/subscriptions/5f1c7a2e-0b9d-4c11-8a53-2d6e3f41b970/resourceGroups/rg-psyclinic-prod/providers/Microsoft.Storage/storageAccounts/psyclinicnl/blobServices/default",
         "category": "StorageRead", "operationName": R.choice(["GetBlob", "GetContainerProperties", "ListBlobs"]), "operationVersion": "2021-08-06",
         "schemaVersion": "1.0", "statusCode": R.choice([200, 200, 304, 404]), "statusText": "Success", "durationMs": R.randint(3, 220),
         "callerIpAddress": R.choice(["10.30.1.8:50112", "20.61.4.19:443"]), "correlationId": uuid4(), "identity": {"type": "OAuth", "tokenHash": "sha256:" + hx(32).upper()},
         "location": "westeurope", "properties": {"accountName": "psyclinicnl", "userAgentHeader": "azsdk-python-storage-blob/12.19.0", "serviceType": "blob",
                                                  "objectKey": "/psyclinicnl/config/epro/nl-NL/strings.json", "tlsVersion": "TLS 1.2"},
         "uri": "https://psyclinicnl.blob.core.windows.net/config/epro/nl-NL/strings.json", "protocol": "HTTPS", "resourceType": "Microsoft.Storage/storageAccounts/blobServices"}
    return [mk("azure_monitor_json", *JC(o))]


def n_video():
    t = tick()
    pid = R.randint(1200, 4800)
    c = R.randint(10, 90)
    k = R.randint(0, 5)
    cl = R.choice(["10.20.4.31", "10.20.4.32", "10.20.4.33"])
    if k == 0:
        m = "%s [info] %d#0: *%d connect: app='session' args='' flashver='FMLE/3.0 (compatible; FMSc/1.0)' swf_url='' tc_url='rtmp://10.20.4.10:1935/session' page_url='' acodecs=0 vcodecs=0 object_encoding=0, client: %s, server: 0.0.0.0:1935" % (nginx_t(t), pid, c, cl)
    elif k == 1:
        m = "%s [info] %d#0: *%d publish: name='room%d' args='' type=live silent=0, client: %s, server: 0.0.0.0:1935" % (nginx_t(t), pid, c, R.randint(1, 3), cl)
    elif k == 2:
        m = "%s [info] %d#0: *%d deleteStream, client: %s, server: 0.0.0.0:1935" % (nginx_t(t), pid, c, cl)
    elif k == 3:
        m = "%s [warn] %d#0: recorder volume /srv/rec at %d%% (%.1f GiB free), purge policy: keep 30 days after upload verification" % (nginx_t(t), pid, R.randint(70, 92), R.uniform(80, 400))
    elif k == 4:
        m = "%s [error] %d#0: *%d live: stream not found, client: %s, server: 0.0.0.0:1935" % (nginx_t(t), pid, c, cl)
    else:
        m = R.choice(["%s [notice] %d#0: signal process started" % (nginx_t(t), pid),
                      "%s [info] %d#0: *%d exec_record_done: /usr/local/bin/finalize.sh room%d, client: %s" % (nginx_t(t), pid, c, R.randint(1, 3), cl),
                      "%s [error] %d#0: *%d record: room%d failed to write '/srv/rec/room%d/tmp.flv' (28: No space left on device)" % (nginx_t(t), pid, c, R.randint(1, 3), R.randint(1, 3))])
    return [mk("nginx_rtmp", m)]


def n_ffmpeg():
    tick()
    s = R.randint(60, 28000)
    m = "frame=%6d fps= 30 q=28.0 size=%8dkB time=%02d:%02d:%02d.%02d bitrate=%6.1fkbits/s dup=0 drop=%d speed=%.2fx" % (
        s * 30, s * 172, s // 3600, (s // 60) % 60, s % 60, R.randint(0, 99), R.uniform(1100, 1500), R.randint(0, 4), R.uniform(0.98, 1.02))
    return [mk("ffmpeg", m)]


def n_vitals():
    t = tick()
    k = R.randint(0, 3)
    if k == 0:
        m = "# IntelliVue MX450 SN DE7%07d SW M.00.03 export started, bed=SESS-RM%d, interval=60s, format=CSV v2" % (R.randint(0, 9999999), R.randint(1, 3))
    elif k == 1:
        m = "%s,SESS-RM%d,,,,,,,,,STANDBY" % (t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(1, 3))
    elif k == 2:
        m = "Time,Bed,PatientID,HR,SpO2,NBP-S,NBP-D,NBP-M,RR,Temp,Alarm"
    else:
        m = "%s,SESS-RM%d,,,,,,,,,INOP NBP CUFF OVERPRESS" % (t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(1, 3))
    return [mk("vitals_csv", m)]


def n_iwrs():
    t = tick()
    site = R.choice(list(SITES))
    k = R.randint(0, 3)
    if k == 0:
        m = "event=inventory.snapshot study=%s site=%s available=%d reserved=%d quarantined=%d expiring_30d=%d" % (R.choice(list(STUDIES)), site, R.randint(4, 20), R.randint(0, 4), R.randint(0, 2), R.randint(0, 3))
    elif k == 1:
        m = "event=shipment.received shipment=SHP-24-%05d depot=%s kits=%d temp_log=ok received_by=%s" % (R.randint(100, 2000), R.choice(["EU-DEPOT-BE", "US-DEPOT-NJ"]), R.randint(6, 24), staff(site)[1])
    elif k == 2:
        m = "event=healthcheck status=ok db_latency_ms=%d queue=0 version=iwrs-api@2.8.3" % R.randint(1, 9)
    else:
        m = "event=temperature.excursion depot=US-DEPOT-NJ logger=TL-%06d max_c=26.4 duration_min=%d action=quarantine kits=K301-%05d..K301-%05d" % (R.randint(0, 999999), R.randint(5, 50), 48000, 48011)
    return [mk("iwrs_kv", "%s level=%s svc=iwrs-api trace_id=%s %s" % (iso_ms(t), "warn" if "excursion" in m else "info", hx(32), m))]


def n_dea():
    t = tick(20, 300)
    site = R.choice(["US01", "US02"])
    s = SITES[site]
    drug = R.choice(["Psilocybin 25 mg caps", "MDMA HCl 40 mg caps", "MDMA HCl 20 mg caps"])
    k = R.randint(0, 3)
    if k == 0:
        return [mk("dea_ledger_psv", "RecordDate|Registrant|Form222Serial|Drug|Lot|Schedule|Action|Qty|Unit|Balance|SubjectID|Witness1|Witness2")]
    w1, w2 = staff(site), staff(site)
    if k == 1:
        q = R.randint(10, 40)
        return [mk("dea_ledger_psv", "%s|%s|%d|%s|%s|I|RECEIVED|%d|caps|%d||%s|%s" % (t.strftime("%Y-%m-%d"), s["dea"], R.randint(230000000, 249999999), drug, "LOT-%s-%04d" % (R.choice(["PSL", "MDM"]), R.randint(1, 9999)), q, q + R.randint(0, 40), w1[0], w2[0]))]
    if k == 2:
        return [mk("dea_ledger_psv", "%s|%s||%s|%s|I|DESTROYED (DEA-41)|%d|caps|%d||%s|%s" % (t.strftime("%Y-%m-%d"), s["dea"], drug, "LOT-MDM-%04d" % R.randint(1, 9999), R.randint(1, 6), R.randint(5, 60), w1[0], w2[0]))]
    o = {"formType": "DEA-222", "orderFormNumber": str(R.randint(230000000, 249999999)), "issued": "2024-02-%02d" % R.randint(1, 28),
         "purchaser": {"name": s["clinic"], "dea": s["dea"], "address": "2150 Larimer St Ste 400, Denver, CO 80205" if site == "US01" else "1 Biltmore Ave Ste 300, Asheville, NC 28801"},
         "supplier": {"name": "Helix Controlled Substances LLC", "dea": "RH1189204", "address": "400 Commerce Dr, Fort Washington, PA 19034"},
         "items": [{"line": 1, "packages": R.randint(1, 4), "size": "10 x 25 mg", "name": drug}], "status": R.choice(["COMPLETED", "SHIPPED", "PARTIAL"])}
    return [mk("dea222_json", *J(o))]


def n_edc():
    t = tick()
    k = R.randint(0, 3)
    if k == 0:
        return [mk("rave_audit_csv", '"Audit ID","Study","Site Number","Subject","Folder","Form","Field","Log Line","Audit Action","Old Value","New Value","User","Reason For Change","Audit Time (GMT)"')]
    if k == 1:
        site = R.choice(list(SITES))
        return [mk("rave_audit_csv", '%d,"%s (Prod)","%s","","","","","","%s","","%s","rave.admin","%s","%s"' % (
            R.randint(8810000, 8899999), R.choice(list(STUDIES)), site, R.choice(["UserAssigned", "RoleChanged", "SiteActivated"]),
            R.choice(["Investigator", "CRC", "Monitor (Read Only)", "Pharmacist - Unblinded"]), R.choice(["New site staff", "Delegation log v7", "Per sponsor request"]), rave_t(t)))]
    if k == 2:
        return [mk("edc_sync", "%s INFO edc.rws.sync study=%s page=%d records=%d lastAuditId=%d elapsed_ms=%d etag=\"%s\"" % (
            asct(t), R.choice(list(STUDIES)), R.randint(1, 40), R.randint(0, 250), R.randint(8810000, 8899999), R.randint(200, 9000), hx(16)))]
    return [mk("edc_sync", "%s WARNING edc.rws.sync query_status open=%d answered=%d closed=%d site=%s" % (asct(t), R.randint(0, 40), R.randint(0, 20), R.randint(100, 900), R.choice(list(SITES))))]


def n_epro():
    t = tick()
    k = R.randint(0, 11)
    if k == 9:
        return [mk("expo_rn", ' LOG  Running "main" with {"rootTag":%d,"initialProps":{}}' % R.choice([1, 11, 21]))]
    if k == 10:
        return [mk("logcat", "%s %5d %5d I ReactNativeJS: [perf] TTI=%dms jsBundle=%s hermes=true appVersion=2.4.1 build=312" % (logcat_t(t), R.randint(3000, 9000), R.randint(3000, 9000), R.randint(700, 3400), hx(8)))]
    if k == 11:
        return [mk("expo_rn", " WARN  [expo-av] Audio recording permission status=%s canAskAgain=%s" % (R.choice(["granted", "undetermined", "denied"]), R.choice(["true", "false"])))]
    if k == 0:
        return [mk("metro", " BUNDLE  ./index.js ░░░░░░░░░░░░░░░░ %.1f%% (%d/%d)" % (100.0, 1187, 1187))]
    if k == 1:
        return [mk("expo_rn", " WARN  Possible Unhandled Promise Rejection (id: %d):" % R.randint(0, 9))]
    if k == 2:
        return [mk("expo_rn", " WARN  Require cycle: src/store/index.ts -> src/store/diarySlice.ts -> src/store/index.ts")]
    if k == 3:
        return [mk("logcat", "%s %5d %5d I ReactNativeJS: [expo-updates] update available runtimeVersion=1.4.0 updateId=%s channel=production" % (logcat_t(t), R.randint(3000, 9000), R.randint(3000, 9000), uuid4()))]
    if k == 4:
        return [mk("logcat", "%s %5d %5d I ReactNativeJS: [sync] flushed %d pending entries in %dms" % (logcat_t(t), R.randint(3000, 9000), R.randint(3000, 9000), R.randint(0, 4), R.randint(10, 900)))]
    if k == 5:
        return [mk("logcat", "%s %5d %5d I ReactNativeJS: [i18n] locale=%s missing key %s fallback=\"%s\"" % (logcat_t(t), R.randint(3000, 9000), R.randint(3000, 9000), *R.choice([
            ("nl-NL", "diary.reminder.body", "Vergeet niet uw dagboek van vandaag in te vullen"),
            ("es-ES", "diary.reminder.body", "No olvide completar su diario de hoy"),
            ("nl-NL", "session.prep.fasting", "Niet eten vanaf 2 uur voor de sessie"),
            ("es-ES", "consent.withdraw.title", "Retirar el consentimiento")])))]
    if k == 6:
        return [mk("expo_rn", " LOG  [net] NetInfo change type=%s isInternetReachable=%s" % (R.choice(["wifi", "cellular", "none"]), R.choice(["true", "false"])))]
    if k == 7:
        return [mk("expo_rn", " ERROR  TypeError: Cannot read property 'moodVAS' of undefined, js engine: hermes")]
    return [mk("logcat", "%s %5d %5d E unknown:ReactNative: Exception in HostObject::get for prop 'ExpoSecureStore': java.lang.IllegalStateException: Keystore not initialized" % (logcat_t(t), R.randint(3000, 9000), R.randint(3000, 9000)))]


def n_wearable():
    t = tick()
    o = {"source": "embraceplus-gateway", "level": "info", "msg": "batch uploaded", "batch": uuid4(), "records": R.randint(200, 4000),
         "ts": iso_ms(t), "fw": "2.6.1", "latency_ms": R.randint(100, 3000)}
    return [mk("wearable_json", *JC(o))]


NOISE_GENS = [(n_gunicorn_access, 6), (n_gunicorn, 2), (n_django, 6), (n_django_migrate, 1), (n_config, 2), (n_celery, 7),
              (n_slack, 3), (n_azure, 4), (n_azure_monitor, 2), (n_video, 4), (n_ffmpeg, 2), (n_vitals, 3), (n_iwrs, 3),
              (n_dea, 3), (n_edc, 4), (n_epro, 6), (n_wearable, 1)]

# --------------------------------------------------------------------------- PHI generators


def subj_any(p):
    return R.choice([p.subj, p.subj_full])


def g_rave_csv():
    t = tick()
    p = pick()
    stf = staff(p.site)
    k = R.randint(0, 5)
    aid = R.randint(8810000, 8899999)
    head = ['%d,"%s (Prod)","%s","' % (aid, p.study, p.site), P(p.subj_full, "other_id")]
    if k == 0:
        d_old = p.dob + dt.timedelta(days=R.choice([-31, 30, 365, -1]))
        parts = head + ['","SCREEN","DM","BRTHDAT","0","DataPoint","', P(fd(d_old, "rave"), "date"), '","', P(fd(p.dob, "rave"), "date"),
                        '","%s","Transcription error - corrected per source document","%s"' % (stf[1], rave_t(t))]
    elif k == 1:
        parts = head + ['","SCREEN","IC","ICDAT","0","DataPoint","","', P(fd(p.consent, "rave"), "date"),
                        '","%s","","%s"' % (stf[1], rave_t(t))]
    elif k == 2:
        sysbp = R.randint(128, 186)
        parts = head + ['","DOSE%d","VS","VSORRES_SYSBP","%d","DataPoint","%d","%d","%s","Data entry error","%s"' % (R.randint(1, 2), R.randint(1, 9), sysbp - 10, sysbp, stf[1], rave_t(t))]
    elif k == 3:
        parts = head + ['","SCREEN","DM","SUBJINIT","0","DataPoint","","', P(name(p, "initials"), "name"), '","%s","","%s"' % (stf[1], rave_t(t))]
    elif k == 4:
        parts = head + ['","AE","AE","AESTDAT","%d","DataPoint","","' % R.randint(1, 4), P(fd(p.ae_onset, "rave"), "date"),
                        '","%s","","%s"' % (stf[1], rave_t(t))]
    else:
        parts = head + ['","DOSE1","EX","EXDOSE","0","QueryOpened","","Please confirm dose; 25 mg expected per protocol v4.1","cra.%s","","%s"' % (R.choice(["jvalls", "mokoro", "hbrandt"]), rave_t(t))]
    return [mk("rave_audit_csv", *parts)]


def g_rave_json():
    t = tick()
    p = pick()
    stf = staff(p.site)
    item, val = R.choice([("EX.EXSTDAT", P(fd(p.dose1, "rave"), "date")), ("DS.DSSTDAT", P(fd(p.consent, "rave"), "date")),
                          ("VS.VSORRES_HR", str(R.randint(60, 120))), ("MADRS.MADRS_TOT", str(R.randint(8, 44))),
                          ("EX.EXSTDAT_D2", P(fd(p.dose2, "rave"), "date")), ("CSSRS.CSSRS_IDEATION", str(R.randint(0, 3)))])
    o = {"AuditRecord": {"UserRef": "%s_%s" % (p.site, stf[1]), "LocationRef": p.site, "DateTimeStamp": iso_ms(t),
                         "ReasonForChange": R.choice(["", "Late entry", "Source verified", "Correction per monitor query"]), "SourceID": str(R.randint(4400000, 4499999))},
         "StudyOID": "%s(Prod)" % p.study, "SubjectKey": P(p.subj_full, "other_id"), "StudyEventOID": R.choice(["SCREEN", "DOSE1", "DOSE2", "FU_D7"]),
         "FormOID": item.split(".")[0], "ItemOID": item, "Value": val, "TransactionType": "Upsert"}
    return [mk("rave_audit_json", *J(o))]


def g_iwrs():
    t = tick()
    p = pick()
    stf = staff(p.site)
    k = R.randint(0, 3)
    pre = "%s level=info svc=iwrs-api trace_id=%s " % (iso_ms(t), hx(32))
    if k == 0:
        parts = [pre, "event=subject.randomized study=%s site=%s subject=" % (p.study, p.site), P(p.subj_full, "other_id"), " rand_no=", P(p.rand, "other_id"),
                 " stratum=%s kit=K%s-%05d arm=BLINDED user=%s" % (R.choice(["MADRS_GE_30", "MADRS_LT_30", "CAPS5_GE_45", "DISSOC_Y"]), p.snum, R.randint(40000, 49999), stf[1])]
    elif k == 1:
        parts = [pre, "event=kit.dispensed study=%s site=%s subject=" % (p.study, p.site), P(p.subj, "other_id"),
                 " visit=DOSE%d kit=K%s-%05d dob_check=passed user=%s" % (R.randint(1, 3), p.snum, R.randint(40000, 49999), stf[1])]
    elif k == 2:
        parts = [pre.replace("level=info", "level=warn"), "event=unblinding.requested study=%s subject=" % p.study, P(p.subj_full, "other_id"),
                 ' reason="SAE - hospitalization" requested_by=dr.%s approval=pending' % stf[1].replace(".", "")]
    else:
        parts = [pre, "event=screen.registered study=%s site=%s screening_no=" % (p.study, p.site), P(p.scr, "other_id"),
                 " yob=%d sex=%s initials=" % (p.dob.year, p.sex), P(name(p, "initials"), "name")]
    return [mk("iwrs_kv", *parts)]


def g_dea_dispense():
    t = tick(10, 200)
    p = pick([q for q in PEOPLE_OBJ if q.cc == "US"])
    s = SITES[p.site]
    w1, w2 = STAFF[p.site][1], STAFF[p.site][R.choice([2, 3])]
    drug = "Psilocybin 25 mg caps" if "PSIL" in p.study else R.choice(["MDMA HCl 40 mg caps", "MDMA HCl 20 mg caps"])
    d = R.choice([p.dose1, p.dose2, TODAY])
    return [mk("dea_ledger_psv", P(fd(d, "iso"), "date"), "|%s||%s|LOT-%s-%04d|I|DISPENSED|%d|caps|%d|" % (
        s["dea"], drug, "PSL" if "PSIL" in p.study else "MDM", R.randint(1, 9999), R.choice([1, 3, 2]), R.randint(5, 60)),
        P(p.subj_full, "other_id"), "|%s|%s" % (w1[0], w2[0]))]


def g_vitals_row():
    t = tick(30, 90)
    p = pick([q for q in PEOPLE_OBJ if q.cc == "US"] if R.random() < 0.6 else None)
    sysbp = R.randint(112, 188)
    alarm = "NBP Sys HIGH" if sysbp > 160 else ""
    return [mk("vitals_csv", "%s,SESS-RM%d," % (t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(1, 3)), P(p.subj, "other_id"),
               ",%d,%d,%d,%d,%d,%d,%.1f,%s" % (R.randint(62, 128), R.randint(94, 100), sysbp, sysbp - R.randint(35, 60), sysbp - R.randint(20, 30), R.randint(10, 22), R.uniform(36.4, 37.9), alarm))]


def g_vitals_json():
    t = tick()
    p = pick()
    o = {"deviceSerial": "100%09d" % R.randint(0, 999999999), "deviceModel": "Connex Spot 71WX", "room": "Sessieruimte 2" if p.cc == "NL" else ("Sala de sesiones 1" if p.cc == "ES" else "Session Room 2"),
         "patient": {"id": P(p.subj, "other_id"), "lastName": P(p.family, "name"), "firstName": P(p.given, "name")},
         "obs": [{"code": "8480-6", "value": R.randint(110, 170), "unit": "mm[Hg]"}, {"code": "8462-4", "value": R.randint(65, 105), "unit": "mm[Hg]"},
                 {"code": "8867-4", "value": R.randint(55, 120), "unit": "/min"}], "sentAt": iso_ms(t)}
    return [mk("vitals_json", *JC(o))]


def g_hl7():
    t = tick()
    p = block_person("hl7", ["US", "NL", "US", "ES", "US", "NL"])
    lines = []
    mid = "CLX%07d" % R.randint(0, 9999999)
    lines.append(mk("hl7v2", "MSH|^~\\&|LABLIMS|%sLAB|PORTAL|%s|%s||ORU^R01^ORU_R01|%s|P|2.5.1" % (p.site, p.site, t.strftime("%Y%m%d%H%M%S"), mid)))
    pid = ["PID|1||", P(p.subj_full, "other_id"), "^^^%s^SUBJ~" % p.snum, P(p.mrn, "mrn"), "^^^%sHOSP^MR||" % p.site, P(name(p, "hl7"), "name"), "||", P(fd(p.dob, "compact"), "date"),
           "|%s|||" % p.sex]
    if p.cc == "US":
        pid += [P("%s^^%s" % (p.street, p.city), "address"), "^%s^" % p.state, P(p.zip, "zip"), "^USA||^PRN^PH^^1^", P(p.ph[0] + "^" + p.ph[1].replace("-", ""), "phone")]
    else:
        pid += [P("%s^^%s" % (p.street.replace(",", ""), p.city), "address"), "^^", P(p.zip, "zip"), "^%s" % {"NL": "NLD", "ES": "ESP"}[p.cc]]
    lines.append(mk("hl7v2", *pid))
    coll = dt.datetime.combine(p.scr_date, dt.time(R.randint(7, 11), R.choice([0, 15, 30, 45])))
    lines.append(mk("hl7v2", "OBR|1|ORD%06d|CLX-%05d-01|SCRCHEM^Screening Chemistry Panel^L|||" % (R.randint(0, 999999), R.randint(0, 99999)), P(coll.strftime("%Y%m%d%H%M"), "date"),
                    "|||||||||%d^%s^%s^^^^^^^^^^^%s" % (R.randint(1000000000, 1999999999), STAFF[p.site][0][0].split()[-1].upper() if p.cc != "ES" else "VIDAL" if p.site == "ES01" else "QUIROGA", STAFF[p.site][0][0].split()[0].upper(), "NPI" if p.cc == "US" else ("BIG" if p.cc == "NL" else "CNP"))))
    tests = [("2951-2", "Sodium", "mmol/L", "136-145", R.randint(131, 144)), ("2823-3", "Potassium", "mmol/L", "3.5-5.1", round(R.uniform(3.5, 5.0), 1)),
             ("2160-0", "Creatinine", "mg/dL", "0.57-1.00", round(R.uniform(0.6, 1.1), 2)), ("1742-6", "ALT", "U/L", "0-32", R.randint(9, 40)),
             ("8636-3", "QTc interval", "ms", "350-450", R.randint(380, 445)), ("3016-3", "TSH", "mIU/L", "0.45-4.50", round(R.uniform(0.5, 4.2), 2))]
    for i, (loinc, nm, unit, rng, val) in enumerate(R.sample(tests, R.randint(2, 4)), 1):
        lines.append(mk("hl7v2", "OBX|%d|NM|%s^%s^LN||%s|%s|%s|N|||F" % (i, loinc, nm, val, unit, rng)))
    return lines


def g_wearable():
    t = tick()
    p = pick()
    o = {"source": "embraceplus", "deviceSerial": P(p.wear, "device"), "participant": P(p.subj, "other_id"),
         "window": {"start": iso_ms(t - dt.timedelta(minutes=5)), "end": iso_ms(t)}, "eda_mean_uS": round(R.uniform(0.2, 9), 2),
         "pulse_rate_bpm": R.randint(55, 118), "skin_temp_c": round(R.uniform(31, 35), 1), "wear_pct": R.randint(60, 100)}
    return [mk("wearable_json", *JC(o))]


def g_video():
    t = tick()
    p = pick()
    pid = R.randint(1200, 4800)
    sess = R.choice(["dose1", "dose2", "integration3", "prep2"])
    d = p.dose1 if sess == "dose1" else (p.dose2 if sess == "dose2" else p.ae_onset)
    k = R.randint(0, 3)
    if k == 0:
        parts = ["%s [info] %d#0: *%d record: room%d opened '/srv/rec/room%d/" % (nginx_t(t), pid, R.randint(10, 90), R.randint(1, 3), R.randint(1, 3)),
                 P(p.subj, "other_id"), "_%s_" % sess, P(fd(d, "compact"), "date"), "T%02d%02d.flv'" % (R.randint(8, 10), R.choice([0, 15, 30]))]
        fam = "nginx_rtmp"
    elif k == 1:
        parts = ["Output #0, mp4, to '/srv/rec/final/", P(p.subj_full, "other_id"), "_%s_" % sess, P(fd(d, "iso"), "date"), ".mp4':"]
        fam = "ffmpeg"
    elif k == 2:
        o = {"level": "info", "logger": "recsvc.finalize", "msg": "recording finalized", "subject": P(p.subj, "other_id"), "sessionType": sess,
             "sessionDate": P(fd(d, "iso"), "date"), "camera": "AXIS-M3086-room%d" % R.randint(1, 3), "durationSec": R.randint(1800, 30000),
             "sha256": hx(64), "ts": iso_ms(t)}
        parts = J(o)
        fam = "recsvc_json"
    else:
        parts = ["%s [info] recsvc.upload: azcopy copy /srv/rec/final/" % nginx_t(t), P(p.subj_full, "other_id"), "_%s_" % sess, P(fd(d, "iso"), "date"),
                 ".mp4 -> https://psyclinicprod.blob.core.windows.net/session-video/%s/ job=%s status=Completed" % (p.site, uuid4())]
        fam = "recsvc"
    return [mk(fam, *parts)]


def g_screening():
    t = tick()
    p = pick()
    stf = staff(p.site)
    if p.cc == "NL":
        inst = R.choice(["PCL-5", "MADRS", "C-SSRS"])
        o = {"vragenlijst": inst, "versie": "NL 1.2", "deelnemer": P(p.subj_full, "other_id"),
             "naam": P(name(p, R.choice(["f_last", "full"])), "name"), "geboortedatum": P(fd(p.dob, "eu"), "date"),
             "afnamedatum": P(fd(p.scr_date, "eu"), "date"), "afgenomen_door": stf[0], "totaalscore": R.randint(20, 70),
             "items": [R.randint(0, 4) for _ in range(10)], "opmerking": R.choice(["Geen bijzonderheden", "Deelnemer vermoeid, afname in twee delen", "Telefonisch nagevraagd bij huisarts"]),
             "geschikt": R.choice([True, False])}
        if R.random() < 0.4:
            o["bsn"] = P(p.bsn, "ssn")
        if R.random() < 0.4:
            o["zorgverzekering"] = {"verzekeraar": R.choice(["Zilveren Kruis", "CZ", "VGZ", "Menzis"]), "polisnummer": P(p.polis, "health_plan")}
    elif p.cc == "ES":
        inst = R.choice(["MADRS", "CAPS-5", "C-SSRS", "PHQ-9"])
        o = {"cuestionario": inst, "id_participante": P(p.subj, "other_id"), "nombre": P(name(p, R.choice(["full", "upper"])), "name"),
             "fecha_nacimiento": P(fd(p.dob, "eu_slash"), "date"), "fecha_visita": P(fd(p.scr_date, "eu_slash"), "date"),
             "evaluador": dr(stf) + stf[0] if stf[2] == "IP" else stf[0], "puntuacion_total": R.randint(10, 50),
             "observaciones": R.choice(["Sin incidencias", "Refiere insomnio de 3 semanas de evolución", "Antecedente de consumo de ketamina recreativa (2019)"]),
             "apto": R.choice(["sí", "no", "pendiente"])}
        if R.random() < 0.5:
            o["tarjeta_sanitaria"] = P(p.cip, "health_plan")
        if R.random() < 0.3:
            o["dni_nie"] = P(p.dni, "other_id")
    else:
        inst = R.choice(["C-SSRS Screening/Baseline", "PHQ-9", "QIDS-SR16", "CAPS-5", "HADS", "FACIT-Sp"])
        o = {"form": inst, "screeningId": P(p.scr, "other_id"), "subjectName": P(name(p, R.choice(["full", "lastfirst", "UPPERlast"])), "name"),
             "dob": P(fd(p.dob, R.choice(["us", "iso", "us_short"])), "date"), "administeredOn": P(fd(p.scr_date, "iso"), "date"),
             "administeredBy": stf[0], "totalScore": R.randint(5, 60), "flags": R.choice([[], ["lifetime_ideation"], ["recent_ssri_taper"]]), "eligible": R.choice([True, False, None])}
        if p.age > 89:
            o["ageAtScreening"] = P(p.age, "age", num=True)
            o["medicareMbi"] = P(p.mbi, "health_plan")
    return [mk("screening_json", *J(o))]


def g_epro():
    t = tick()
    p = pick()
    pid, tid = R.randint(3000, 9000), R.randint(3000, 9000)
    k = R.randint(0, 8)
    if k == 0:
        return [mk("logcat", "%s %5d %5d I ReactNativeJS: [push] registered " % (logcat_t(t), pid, tid), P(p.push, "device"), " for subject ", P(p.subj, "other_id"))]
    if k == 1:
        return [mk("expo_rn", " LOG  [auth] signIn ok user=", P(p.username, "other_id"), " displayName=\"", P(name(p, "lower"), "name"), "\" role=participant mfa=sms")]
    if k == 2:
        o = {"subjectId": P(p.subj, "other_id"), "day": R.randint(1, 60), "moodVAS": R.randint(0, 100), "sleepHrs": round(R.uniform(3, 9), 1), "entries": R.randint(1, 4)}
        return [mk("logcat", "%s %5d %5d I ReactNativeJS: [diary] submitted " % (logcat_t(t), pid, tid), *JC(o))]
    if k == 3:
        o = {"event_id": hx(32), "platform": "javascript", "release": "nl.poc.epro@2.4.1+312", "environment": "production",
             "user": {"id": P(p.subj, "other_id"), "email": P(p.email, "email"), "ip_address": P(p.ip, "ip")},
             "contexts": {"device": {"model": R.choice(["iPhone14,5", "iPhone15,2"]) if p.platform == "ios" else R.choice(["SM-A536B", "Pixel 7"]), "id": P(p.idfv if p.platform == "ios" else p.android_id, "device")}},
             "exception": {"values": [{"type": "TypeError", "value": "Network request failed"}]}}
        return [mk("sentry_json", *JC(o))]
    if k == 4:
        greet = {"US": "Hi %s, please complete today's mood diary", "NL": "Hoi %s, vergeet je dagboek van vandaag niet", "ES": "Hola %s, recuerda completar tu diario de hoy"}[p.cc]
        pre, post = greet.split("%s")
        return [mk("expo_rn", " LOG  [notifications] scheduled local notification id=%s title=\"ePRO\" body=\"%s" % (uuid4(), pre), P(p.given, "name"), post + "\" trigger=daily 20:00")]
    if k == 5:
        return [mk("logcat", "%s %5d %5d W ReactNativeJS: [device] provisioned study phone imei=" % (logcat_t(t), pid, tid), P(p.imei, "device"), " androidId=", P(p.android_id, "device"), " site=%s" % p.site)]
    if k == 6:
        return [mk("expo_rn", " LOG  [profile] loaded {\"subject\":\"", P(p.subj, "other_id"), "\",\"lang\":\"%s\",\"phone\":\"" % {"US": "en", "NL": "nl", "ES": "es"}[p.cc], P(phone(p), "phone"), "\",\"nextVisit\":\"", P(fd(p.next_visit, "iso"), "date"), "\"}")]
    if k == 7:
        return [mk("expo_push", "%s ERROR exponent_server_sdk PushTicketError: DeviceNotRegistered: " % asct(t), P(p.push, "device"), ' is not a registered push notification recipient (subject=', P(p.subj, "other_id"), ")")]
    ip = p.ip
    return [mk("gunicorn_access", P(ip, "ip"), ' - - [%s] "POST /api/v1/epro/diary/ HTTP/1.1" 201 64 "-" "%s" %dus' % (clf(t), R.choice(["ePRO/2.4.1 CFNetwork/1494.0.7 Darwin/23.4.0", "okhttp/4.9.2"]), R.randint(9000, 90000)))]


def g_django_portal():
    t = tick()
    p = pick()
    stf = staff(p.site)
    k = R.randint(0, 5)
    if k == 0:
        return [mk("gunicorn_access", "10.20.0.%d - %s [%s] \"GET /portal/participants/" % (R.randint(2, 40), stf[1], clf(t)), P(p.subj_full, "other_id"), "/visits/ HTTP/1.1\" 200 %d \"https://portal.%s/portal/participants/\" \"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)\" %dus" % (R.randint(4000, 30000), SITES[p.site]["dom"], R.randint(20000, 400000)))]
    if k == 1:
        ch = {"phone": [P(phone(p), "phone"), P(phone(p), "phone")]} if R.random() < 0.5 else {"email": [None, P(p.email, "email")]}
        return [mk("portal_audit", "INFO %s portal.audit user=%s action=update model=Participant pk=%d subject=" % (asct(t), stf[1], R.randint(10, 400)), P(p.subj, "other_id"), " changes=", *JC(ch))]
    if k == 2:
        rel_name = "%s %s" % (p.rel_given, p.rel_family)
        ch = {"escort_name": [None, P(rel_name, "name")], "escort_relation": [None, p.rel_role], "escort_phone": [None, P(phone(p, rel=True), "phone")],
              "escort_plate": [None, P(p.plate, "vehicle")], "pickup_time": [None, "17:30"]}
        return [mk("portal_audit", "INFO %s portal.audit user=%s action=update model=TransportPlan pk=%d subject=" % (asct(t), stf[1], R.randint(10, 400)), P(p.subj_full, "other_id"), " changes=", *JC(ch))]
    if k == 3:
        return [mk("django_sql", "DEBUG %s django.db.backends (0.00%d) SELECT \"participants_participant\".\"id\", \"participants_participant\".\"subject_key\", \"participants_participant\".\"email\" FROM \"participants_participant\" WHERE \"participants_participant\".\"email\" = '" % (asct(t), R.randint(1, 9)),
                   P(p.email, "email"), "' LIMIT 21; args=('", P(p.email, "email"), "',); alias=default")]
    if k == 4:
        return [mk("django", "WARNING %s portal.accounts Login failed for participant username=" % asct(t), P(p.username, "other_id"), " ip=", P(p.ip, "ip"), " reason=bad_password attempts=%d" % R.randint(1, 4))]
    return [mk("django", "ERROR %s django.request Internal Server Error: /portal/participants/" % asct(t), P(p.subj_full, "other_id"), "/consent/pdf/")]


def g_traceback():
    t = tick()
    p = pick()
    L = [mk("django", "ERROR %s django.request Internal Server Error: /api/v1/participants/" % asct(t)),
         mk("python_traceback", "Traceback (most recent call last):"),
         mk("python_traceback", '  File "/srv/portal/venv/lib/python3.11/site-packages/django/db/backends/utils.py", line 89, in _execute'),
         mk("python_traceback", "    return self.cursor.execute(sql, params)"),
         mk("python_traceback", "psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint \"participants_participant_email_key\""),
         mk("python_traceback", "DETAIL:  Key (email)=(", P(p.email, "email"), ") already exists."),
         mk("python_traceback", ""),
         mk("python_traceback", "The above exception was the direct cause of the following exception:"),
         mk("python_traceback", '  File "/srv/portal/participants/api/views.py", line 212, in create'),
         mk("python_traceback", "    participant = Participant.objects.create(**serializer.validated_data)"),
         mk("python_traceback", "django.db.utils.IntegrityError: duplicate key value violates unique constraint \"participants_participant_email_key\"")]
    L = [x for x in L if len(x.b)]
    return L


def g_celery_phi():
    t = tick()
    p = pick()
    tid = celery_id()
    w = "ForkPoolWorker-%d" % R.randint(1, 8)
    k = R.randint(0, 5)
    if k == 0:
        res = {"channel": "sms", "to": P(phone(p, "e164"), "phone"), "template": "dose2_reminder_%s" % {"US": "en", "NL": "nl", "ES": "es"}[p.cc], "visit_date": P(fd(p.next_visit, "iso"), "date"), "sid": "SM" + hx(32)}
        return [mk("celery", "[%s: INFO/%s] Task notifications.tasks.send_visit_reminder[%s] succeeded in %.3fs: " % (asct(t), w, tid, R.uniform(0.1, 2)), *PY(res))]
    if k == 1:
        return [mk("celery", "[%s: WARNING/%s] Task notifications.tasks.send_sms[%s] retry: Retry in 60s: TwilioRestException: HTTP 400 error: Unable to create record: The 'To' number " % (asct(t), w, tid),
                   P(phone(p), "phone"), " is not a valid phone number.")]
    if k == 2:
        return [mk("celery", "[%s: ERROR/%s] Task edc.tasks.push_subject_to_rave[%s] raised unexpected: RWSException('409 Conflict: Subject " % (asct(t), w, tid), P(p.subj_full, "other_id"), " already exists in site %s')" % p.site)]
    if k == 3:
        if p.cc == "US":
            res = {"subject": P(p.subj, "other_id"), "clincard": P(p.clincard, "account"), "amount": "150.00", "visit": R.choice(["DOSE1", "DOSE2", "INTEG3"]), "status": "LOADED"}
            if R.random() < 0.8:
                res["w9_tin"] = P(p.ssn, "ssn")
        else:
            res = {"subject": P(p.subj, "other_id"), "iban": P(p.iban, "account"), "bedrag" if p.cc == "NL" else "importe": "75.00", "currency": "EUR", "status": "SEPA_QUEUED"}
        return [mk("celery", "[%s: INFO/%s] Task payments.tasks.issue_stipend[%s] succeeded in %.3fs: " % (asct(t), w, tid, R.uniform(0.2, 3)), *PY(res))]
    if k == 4:
        return [mk("celery", "[%s: INFO/MainProcess] Task notifications.tasks.send_email[%s] received args=('" % (asct(t), tid), P(p.email, "email"), "', 'visit_confirmation', '", P(fd(p.next_visit, "iso"), "date"), "')")]
    return [mk("celery", "[%s: INFO/%s] Task safety.tasks.scan_vitals_thresholds[%s] succeeded in %.3fs: " % (asct(t), w, tid, R.uniform(0.1, 2)),
               *PY({"checked": R.randint(10, 60), "flagged": [P(p.subj, "other_id")], "rule": "SBP>160 sustained 10m"}))]


def g_slack_phi():
    t = tick()
    p = pick()
    k = R.randint(0, 3)
    if k == 0:
        body = {"text": C(":rotating_light: Vitals alert ", P(p.subj, "other_id"), " SBP %d/%d during %s session (room %d)" % (R.randint(162, 190), R.randint(95, 112), STUDIES[p.study]["drug"], R.randint(1, 3))),
                "channel": "#safety-alerts"}
        return [mk("slack_sdk", "%s DEBUG slack_sdk.webhook.client Sending a request - url: https://hooks.slack.com/services/T03QX7J1L/B05M2K8PZ/********, body: " % asct(t), *J(body), ", headers: {}")]
    if k == 1:
        blocks = {"blocks": [{"type": "header", "text": {"type": "plain_text", "text": "SAE reported - %s" % p.study}},
                             {"type": "section", "fields": [{"type": "mrkdwn", "text": C("*Subject:* ", P(p.subj_full, "other_id"))},
                                                            {"type": "mrkdwn", "text": C("*Onset:* ", P(fd(p.ae_onset, "dmon"), "date"))},
                                                            {"type": "mrkdwn", "text": "*Term:* %s" % R.choice(["Hypertension", "Suicidal ideation", "Panic attack", "Hyponatraemia"])}]}]}
        return [mk("slack_sdk", "%s DEBUG slack_sdk.webhook.client Sending a request - url: https://hooks.slack.com/services/T03QX7J1L/B06A1QZ7R/********, body: " % asct(t), *J(blocks), ", headers: {'Content-Type': 'application/json;charset=utf-8'}")]
    if k == 2:
        if p.cc == "ES":
            txt = C("Desviación de protocolo: el participante ", P(p.subj, "other_id"), " publicó detalles de su sesión en ", P("https://www.instagram.com/%s/" % p.username.replace("-", "."), "url"))
        elif p.cc == "NL":
            txt = C("Protocoldeviatie: deelnemer ", P(p.subj, "other_id"), " heeft een sessieverslag gepost op ", P("https://%s.substack.com" % p.username.replace(".", "").replace("_", ""), "url"))
        else:
            txt = C("Protocol deviation (confidentiality): ", P(p.subj, "other_id"), " posted a trip report at ", P("https://www.reddit.com/user/%s/" % p.username.replace(".", "_"), "url"))
        return [mk("slack_sdk", "%s DEBUG slack_sdk.webhook.client Sending a request - url: https://hooks.slack.com/services/T03QX7J1L/B05M2K8PZ/********, body: " % asct(t), *J({"text": txt}), ", headers: {}")]
    return [mk("slack_sdk", "%s INFO portal.integrations.slack Posted safety alert to #safety-alerts (subject=" % asct(t), P(p.subj, "other_id"), ", alert=%s, ts=%d.%06d)" % (R.choice(["VITALS_HIGH_BP", "AE_SERIOUS", "CSSRS_POSITIVE"]), int(t.timestamp()), R.randint(0, 999999)))]


def g_azure_phi():
    t = tick()
    p = pick()
    acct = {"US": "psyclinicprod", "NL": "psyclinicnl", "ES": "psyclinicnl"}[p.cc]
    k = R.randint(0, 2)
    if k == 0:
        # participant upload via SAS from the ePRO app
        fn = "voice-%s.m4a" % hx(8)
        url = ["https://%s.blob.core.windows.net/epro-uploads/" % acct, P(p.subj, "other_id"), "/%s?sv=2021-08-06&amp;se=2024-03-12T23%%3A59%%3A00Z&amp;sr=b&amp;sp=cw&amp;sig=XXXXX" % fn]
        key = ["/%s/epro-uploads/" % acct, P(p.subj, "other_id"), "/" + fn]
        ua = R.choice(["ePRO/2.4.1 CFNetwork/1494.0.7 Darwin/23.4.0", "okhttp/4.9.2"])
        return [mk("azure_storage_v2", *az_row(t, "PutBlob", "Success", 201, "sas", acct, url, key, [P(p.ip, "ip"), ":%d" % R.randint(1024, 65000)], ua, R.randint(20000, 900000)))]
    if k == 1:
        sess = R.choice(["dose1", "dose2"])
        d = p.dose1 if sess == "dose1" else p.dose2
        url = ["https://%s.blob.core.windows.net/session-video/%s/" % (acct, p.site), P(p.subj_full, "other_id"), "_%s_" % sess, P(fd(d, "iso"), "date"), ".mp4"]
        key = ["/%s/session-video/%s/" % (acct, p.site), P(p.subj_full, "other_id"), "_%s_" % sess, P(fd(d, "iso"), "date"), ".mp4"]
        return [mk("azure_storage_v2", *az_row(t, "PutBlock", "Success", 201, "authenticated", acct, url, key, ["10.20.4.10:%d" % R.randint(30000, 60000)],
                                                 "AzCopy/10.23.0 Azure-Storage/0.15 (go1.21.6; linux)", 8388608))]
    o = {"time": iso7(t), "resourceId": "/subscriptions/5f1c7a2e-0b9d-4c11-8a53-2d6e3f41b970/resourceGroups/rg-psyclinic-prod/providers/Microsoft.Storage/storageAccounts/%s/blobServices/default" % acct,
         "category": "StorageWrite", "operationName": "PutBlob", "statusCode": 201, "statusText": "Success", "durationMs": R.randint(40, 900),
         "callerIpAddress": C(P(p.ip, "ip"), ":%d" % R.randint(1024, 65000)), "correlationId": uuid4(), "identity": {"type": "SAS", "tokenHash": "key1(%s),SasSignature(%s)" % (hx(64).upper(), hx(64).upper())},
         "location": "westeurope", "properties": {"accountName": acct, "userAgentHeader": "ePRO/2.4.1 (Expo; %s)" % ("iOS 17.4" if p.platform == "ios" else "Android 14"),
                                                  "serviceType": "blob", "objectKey": C("/%s/epro-uploads/" % acct, P(p.subj, "other_id"), "/photo-diary-%s.jpg" % hx(6)), "contentLengthHeader": R.randint(80000, 900000)},
         "uri": C("https://%s.blob.core.windows.net/epro-uploads/" % acct, P(p.subj, "other_id"), "/photo-diary-%s.jpg" % hx(6)), "protocol": "HTTPS"}
    return [mk("azure_monitor_json", *JC(o))]


def g_idv():
    t = tick()
    p = pick([q for q in PEOPLE_OBJ if q.cc == "US"] if R.random() < 0.6 else None)
    k = R.randint(0, 2)
    base = {"event": "pre_dose_identity_check", "subject": P(p.subj_full, "other_id"), "site": p.site, "visit": R.choice(["DOSE1", "DOSE2"]), "operator": staff(p.site)[1]}
    if k == 0:
        base.update({"method": "fingerprint", "format": "ISO19794-2:2005", "template_b64": P(fmr_b64(R.randint(90, 150)), "biometric"), "match_score": round(R.uniform(0.85, 0.99), 3), "result": "MATCH"})
    elif k == 1:
        base.update({"method": "photo_id", "selfie_jpeg_b64": P(jpeg_b64(R.randint(150, 240)), "photo"), "liveness": "passed"})
    else:
        if p.cc == "US":
            base.update({"method": "document", "doc_type": "DRIVER_LICENSE", "doc_state": p.state, "doc_number": P(p.dl, "license"), "doc_expiry": "2027-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28)), "dob_match": True})
        elif p.cc == "ES":
            base.update({"method": "document", "doc_type": "DNI", "doc_number": P(p.dni, "other_id"), "dob_match": True})
        else:
            base.update({"method": "document", "doc_type": "ID_KAART", "bsn": P(p.bsn, "ssn"), "dob_match": True})
    return [mk("idv_json", "%s INFO portal.idv " % asct(t), *JC(base))]


def g_eol():
    t = tick()
    p = pick(EOL)
    k = R.randint(0, 2)
    stf = staff(p.site)
    if k == 0:
        return [mk("portal_audit", "INFO %s portal.audit user=%s action=create model=HealthcareProxy subject=" % (asct(t), stf[1]), P(p.subj_full, "other_id"), " changes=",
                   *JC({"proxy_name": [None, P("%s %s" % (p.rel_given, p.rel_family), "name")], "relation": [None, p.rel_role], "proxy_phone": [None, P(phone(p, rel=True), "phone")],
                        "proxy_fax": [None, P(fmt_us_phone(p.rel_ph[0], "555-02%02d" % R.randint(10, 99), "dash"), "fax")]}))]
    if k == 1:
        return [mk("django", "INFO %s portal.eligibility subject=" % asct(t), P(p.subj, "other_id"), " age=", P(str(p.age), "age" if p.age > 89 else None), " ecog=%d prognosis_months=%d hospice=%s mbi=" % (R.randint(1, 3), R.randint(3, 12), R.choice(["yes", "no"])), P(p.mbi, "health_plan"), " result=ELIGIBLE_WITH_WAIVER(age>85)")]
    return [mk("django", "INFO %s portal.referrals new referral subject=" % asct(t), P(p.scr, "other_id"), " name=\"", P(name(p, "lastfirst"), "name"), "\" home=\"",
               P("%s, %s" % (p.street, p.city), "address"), ", %s " % p.state, P(p.zip, "zip"), "\" website=", P("https://%s%s.blogspot.com" % (ascii_fold(p.given).lower(), ascii_fold(p.family).lower()), "url"),
               " referred_by=\"%s\"" % ("Dr. K. Abernathy, Hospice of the Rockies" if p.site == "US01" else "Dr. S. Mehta, CarePartners Hospice Asheville"))]


def g_e2b():
    t = tick()
    p = block_person("e2b", ["NL", "US"])
    L = []
    cc = p.cc
    rid = "%s-%s-%d-%06d" % (cc, {"US": "APRC", "NL": "POCA", "ES": "URPB"}[cc] if p.site in ("US01", "NL01", "ES01") else {"US": "BRCP", "NL": "MPRU", "ES": "UIPM"}[cc], 2024, R.randint(100, 999999))
    term, llt, pt = R.choice([("Panic attack", "10033664", "10033664"), ("Hypertension", "10020772", "10020772"), ("Suicidal ideation", "10042458", "10042458"),
                              ("Hyponatraemia", "10021036", "10021036"), ("Headache", "10019211", "10019211")])
    local = {"US": {"Panic attack": "Severe anxiety/panic during dosing session", "Hypertension": "Blood pressure 182/104 at T+3h", "Suicidal ideation": "Passive SI reported at integration visit",
                    "Hyponatraemia": "Na 124 mmol/L, confusion", "Headache": "Severe headache after session"},
             "NL": {"Panic attack": "Angst, paniekaanval tijdens de sessie", "Hypertension": "Bloeddruk 182/104 drie uur na inname", "Suicidal ideation": "Passieve doodsgedachten bij integratiegesprek",
                    "Hyponatraemia": "Hyponatriëmie (Na 124 mmol/L), verward", "Headache": "Ernstige hoofdpijn na de sessie"},
             "ES": {"Panic attack": "Crisis de angustia durante la sesión", "Hypertension": "Tensión arterial 182/104 a las 3 h de la dosis", "Suicidal ideation": "Ideación suicida pasiva en la visita de integración",
                    "Hyponatraemia": "Hiponatremia (Na 124 mmol/L), desorientación", "Headache": "Cefalea intensa tras la sesión"}}[cc][term]

    def x(tag, val=None, cat=None, raw=None):
        if raw is not None:
            L.append(mk("e2b_xml", raw))
        elif cat:
            L.append(mk("e2b_xml", "<%s>" % tag, P(val, cat), "</%s>" % tag))
        else:
            L.append(mk("e2b_xml", "<%s>%s</%s>" % (tag, val, tag)))

    x(None, raw='<?xml version="1.0" encoding="UTF-8"?>')
    x(None, raw='<!DOCTYPE ichicsr SYSTEM "http://eudravigilance.ema.europa.eu/dtd/icsr21xml.dtd">')
    x(None, raw='<ichicsr lang="%s">' % {"US": "en", "NL": "nl", "ES": "es"}[cc])
    x(None, raw="<safetyreport>")
    x("safetyreportversion", "1")
    x("safetyreportid", rid, "other_id")
    x("primarysourcecountry", cc)
    x("reporttype", "2")
    x("serious", "1")
    x("seriousnesshospitalization", "1" if term in ("Hyponatraemia", "Hypertension") else "2")
    x("receivedate", t.strftime("%Y%m%d"))
    x(None, raw="<patient>")
    x("patientinitial", name(p, "initials"), "name")
    x("patientinvestigationnumb", p.subj_full, "other_id")
    x("patientbirthdateformat", "102")
    x("patientbirthdate", fd(p.dob, "compact"), "date")
    if p.age > 89:
        x("patientonsetage", str(p.age), "age")
    else:
        x("patientonsetage", str(p.age))
    x("patientonsetageunit", "801")
    x("patientsex", "1" if p.sex == "M" else "2")
    x(None, raw="<reaction>")
    x("primarysourcereaction", local)
    x("reactionmeddraversionllt", "26.1")
    x("reactionmeddrallt", llt)
    x("reactionmeddrapt", pt)
    x("reactionstartdateformat", "102")
    x("reactionstartdate", fd(p.ae_onset, "compact"), "date")
    x("reactionoutcome", str(R.choice([1, 2, 3])))
    x(None, raw="</reaction>")
    x(None, raw="<drug>")
    x("drugcharacterization", "1")
    x("medicinalproduct", STUDIES[p.study]["drug"] + " (investigational, blinded)")
    x("drugstructuredosagenumb", STUDIES[p.study]["dose"].split()[0])
    x("drugstartdate", fd(p.dose1, "compact"), "date")
    x(None, raw="</drug>")
    x(None, raw="<summary>")
    if cc == "NL":
        narr = C("Deelnemer ", P(name(p, "f_last"), "name"), " (", P(p.subj, "other_id"), "), patiëntnummer ", P(p.mrn, "mrn"), ", werd op ", P(fd(p.ae_onset, "nl"), "date"),
                 " gezien op de SEH. Partner ", P("%s %s" % (p.rel_given, p.rel_family), "name"), " was aanwezig.")
    elif cc == "ES":
        narr = C("Paciente ", P(name(p, "full"), "name"), " (NHC ", P(p.mrn, "mrn"), "), ", P(p.street + ", " + p.city, "address"), ". Inicio del acontecimiento el ",
                 P(fd(p.ae_onset, "es"), "date"), "; acompañado por ", P("%s %s" % (p.rel_given, p.rel_family), "name"), ".")
        if R.random() < 0.5:
            narr = C(*narr[1], " Accidente de tráfico posterior, vehículo matrícula ", P(p.plate, "vehicle"), ".")
    else:
        narr = C("Participant ", P(name(p, "full"), "name"), ", MRN ", P(p.mrn, "mrn"), ", was seen in the ED on ", P(fd(p.ae_onset, "us"), "date"),
                 ". Escorted by ", P(p.rel_role, None), " ", P("%s %s" % (p.rel_given, p.rel_family), "name"), ".")
    L.append(mk("e2b_xml", "<narrativeincludeclinical>", *(_jstr_parts_xml(narr[1])), "</narrativeincludeclinical>"))
    x(None, raw="</summary>")
    x(None, raw="</patient>")
    x(None, raw="</safetyreport>")
    x(None, raw="</ichicsr>")
    return L


def _jstr_parts_xml(parts):
    out = []
    for q in parts:
        if isinstance(q, str):
            out.append(q.replace("&", "&amp;").replace("<", "&lt;"))
        elif q[0] == "P":
            assert "&" not in q[1] and "<" not in q[1]
            out.append(q)
        else:
            out.extend(_jstr_parts_xml(q[1]))
    return out


BLOCK_Q = {}


def block_person(kind, ccs):
    q = BLOCK_Q.setdefault(kind, [])
    if not q:
        for cc in ccs:
            q.append(R.choice([x for x in PEOPLE_OBJ if x.cc == cc and x not in BLOCK_Q.get("_used", [])]))
    p = q.pop(0)
    BLOCK_Q.setdefault("_used", []).append(p)
    return p


def g_email():
    t = tick(60, 600)
    p = block_person("email", ["US", "NL", "ES"])
    site = p.site
    pi = STAFF[site][0]
    crc = STAFF[site][1]
    L = []

    def e(*parts):
        L.append(mk("email_rfc822", *parts))

    mid = "<%s.%s@%s>" % (hx(12).upper(), hx(6), SITES[site]["dom"])
    if p.cc == "US":
        e('From: "%s, MD" <%s>' % (pi[0], staff_email(site, pi)))
        e("To: Sterling Ridge IRB <submissions@sterlingridgeirb.org>")
        e("Cc: %s <%s>" % (crc[0], staff_email(site, crc)))
        e("Date: %s %s" % (t.strftime("%a, %d %b %Y %H:%M:%S"), SITES[site]["tz"]))
        e("Subject: Prompt report - unanticipated problem - %s - subject " % p.study, P(p.subj_full, "other_id"))
        e("Message-ID: %s" % mid)
        e("X-IRB-Tracking: SRI-2023-%05d / Submission %04d" % (R.randint(10000, 99999), R.randint(1, 120)))
        e('Content-Type: text/plain; charset="UTF-8"')
        e("Dear Sterling Ridge IRB,")
        e("Per Section 9.3 of the protocol (v4.1, approved 2024-01-18) we are reporting the following event within 5 business days.")
        e("Participant: ", P(name(p, R.choice(["full", "lastfirst"])), "name"), " (", P(p.subj_full, "other_id"), "), DOB ", P(fd(p.dob, R.choice(["us", "us_short", "long"])), "date"), ", MRN ", P(p.mrn, "mrn"), ".")
        if p.age > 89:
            e("The participant is ", P(str(p.age), "age"), " years old and enrolled in the end-of-life distress cohort under the age waiver granted by the Board.")
        e("On ", P(fd(p.ae_onset, R.choice(["us_short", "long"])), "date"), ", approximately 4 h after study drug administration, the participant experienced a hypertensive episode (BP 182/104) that resolved with labetalol 10 mg IV.")
        e("The participant's %s, " % p.rel_role, P("%s %s" % (p.rel_given, p.rel_family), "name"), ", ", P(phone(p, rel=True), "phone"), ", drove the participant to the emergency department.")
        e("No changes to the consent form are proposed at this time; the DSMB chair has been notified.")
        e("Regards,")
        e("%s, MD | Principal Investigator | %s | tel %s | fax %s" % (pi[0], SITES[site]["clinic"], SITES[site]["phone"], SITES[site].get("fax", "")))
    elif p.cc == "NL":
        e("Van: dr. %s <%s>" % (pi[0], staff_email(site, pi)))
        e("Aan: METC Noord-Holland <secretariaat@metc-nh.example.nl>")
        e("Datum: %s" % t.strftime("%d-%m-%Y %H:%M"))
        e("Onderwerp: SAE-melding %s / NL81234.018.22 / deelnemer " % p.study, P(p.subj_full, "other_id"))
        e("Message-ID: %s" % mid)
        e("Geachte leden van de METC,")
        e("Hierbij melden wij een ernstig ongewenst voorval (SAE) bij deelnemer ", P(p.subj_full, "other_id"), " (", P(name(p, "f_last"), "name"), ", geb. ", P(fd(p.dob, "eu"), "date"), ", BSN ", P(p.bsn, "ssn"), ").")
        e("Op ", P(fd(p.ae_onset, "nl"), "date"), ", na de tweede sessie, werd de deelnemer opgenomen op de SEH wegens hyponatriëmie (Na 124 mmol/L).")
        e("De deelnemer werd door %s %s " % ("haar" if p.sex == "F" else "zijn", p.rel_role), P("%s %s" % (p.rel_given, p.rel_family), "name"), " (", P(phone(p, rel=True), "phone"), ") naar het ziekenhuis gebracht.")
        e("Het CIOMS-formulier en het ToetsingOnline-formulier zijn als bijlage toegevoegd.")
        e("Met vriendelijke groet,")
        e("dr. %s, hoofdonderzoeker, %s, tel. %s" % (pi[0], SITES[site]["clinic"], SITES[site]["phone"]))
    else:
        e("De: %s%s <%s@%s>" % (dr(pi), pi[0], pi[1], SITES[site]["dom"]))
        e("Para: CEIm Parc Sanitari Llevant <ceim@psllevant.example.cat>")
        e("Fecha: %s" % t.strftime("%d/%m/%Y %H:%M:%S +0100"))
        e("Asunto: Notificación de acontecimiento adverso grave - %s - participante " % p.study, P(p.subj, "other_id"))
        e("Message-ID: %s" % mid)
        e("Estimados miembros del CEIm:")
        e("Les comunicamos que ", P(name(p, R.choice(["full", "upper"])), "name"), " (NHC ", P(p.mrn, "mrn"), ", fecha de nacimiento ", P(fd(p.dob, "eu_slash"), "date"), ") presentó el ",
          P(fd(p.ae_onset, "eu_slash"), "date"), " ideación suicida pasiva tras la sesión de integración.")
        e("Se contactó con su %s, " % p.rel_role, P("%s %s" % (p.rel_given, p.rel_family), "name"), ", en el teléfono ", P(phone(p, rel=True), "phone"), ".")
        e("Domicilio del participante para el seguimiento domiciliario: ", P("%s, %s" % (p.street, p.city), "address"), ", CP ", P(p.zip, "zip"), ".")
        e("Adjuntamos el formulario CIOMS I y la notificación a la AEMPS (CTIS 2023-504187-22-00).")
        e("Atentamente,")
        e("%s%s, %s, %s, tel. %s" % (dr(pi), pi[0], "investigadora principal" if dr(pi) == "Dra. " else "investigador principal", SITES[site]["clinic"], SITES[site]["phone"]))
    return L


NOISE_EMAIL_SITES = ["US01", "NL02", "ES02"]


def g_email_noise():
    t = tick(60, 600)
    L = []
    site = NOISE_EMAIL_SITES.pop(0)
    pi = STAFF[site][0]
    lang = SITES[site]["cc"]
    lines = {
        "US": ["From: Sterling Ridge IRB <noreply@sterlingridgeirb.org>", "To: %s <%s>" % (pi[0], staff_email(site, pi)),
               "Date: %s -0500" % t.strftime("%a, %d %b %Y %H:%M:%S"), "Subject: Approved: Continuing Review - PSIL-TRD-301 (SRI-2023-11842)",
               "Dear Dr. %s," % pi[0].split()[-1], "The Board approved the continuing review on 03/08/2024; the next review is due 02/28/2025.",
               "Approved documents: Protocol v4.1, ICF v5.0 (English and Spanish), Recruitment flyer v2.", "Sterling Ridge IRB | 1201 Third Ave Ste 900, Seattle, WA 98101 | (206) 555-0170"],
        "NL": ["Van: secretariaat METC <secretariaat@metc-nh.example.nl>", "Aan: %s <%s>" % (pi[0], staff_email(site, pi)),
               "Onderwerp: Ontvangstbevestiging amendement A3 - NL81234.018.22", "Geachte heer/mevrouw,",
               "Wij bevestigen de ontvangst van amendement A3 (versie 3.0 van 14-02-2024). De commissie bespreekt het amendement in de vergadering van 21 maart 2024.",
               "Met vriendelijke groet, secretariaat METC, telefoon 072 555 0190"],
        "ES": ["De: Secretaría CEIm <ceim@psllevant.example.cat>", "Para: %s <%s@%s>" % (pi[0], pi[1], SITES[site]["dom"]),
               "Asunto: Dictamen favorable - modificación sustancial 4 - CTIS 2023-504187-22-00",
               "Estimada investigadora:" if dr(pi) == "Dra. " else "Estimado investigador:", "Le informamos de que el CEIm, en su reunión del 7 de marzo de 2024, emitió dictamen favorable a la modificación sustancial nº 4.",
               "Atentamente, Secretaría Técnica del CEIm, tel. 93 555 02 10"],
    }[lang]
    for s in lines:
        L.append(mk("email_rfc822", s))
    return L


PHI_GENS = [(g_rave_csv, 6), (g_rave_json, 4), (g_iwrs, 4), (g_dea_dispense, 3), (g_vitals_row, 4), (g_vitals_json, 2), (g_hl7, 2),
            (g_wearable, 2), (g_video, 5), (g_screening, 6), (g_epro, 9), (g_django_portal, 7), (g_traceback, 1), (g_celery_phi, 6),
            (g_slack_phi, 4), (g_azure_phi, 4), (g_idv, 4), (g_eol, 4)]



def wpick(gens):
    tot = sum(w for _, w in gens)
    r = R.uniform(0, tot)
    for g, w in gens:
        r -= w
        if r <= 0:
            return g
    return gens[-1][0]


SINGLE_PHI = [(g, w) for g, w in PHI_GENS if g not in (g_hl7, g_traceback, g_e2b, g_email)]
SINGLE_NOISE = NOISE_GENS


def main():
    N = 500
    target_noise = 0.55
    lines = []
    seen = set()
    used_blocks = {"e2b": 0, "email": 0, "email_noise": 0}
    while len(lines) < N:
        remaining = N - len(lines)
        nn = sum(1 for l in lines if not l.spans)
        frac = nn / len(lines) if lines else 1.0
        want_noise = frac < target_noise
        if remaining <= 30:
            g = wpick(SINGLE_NOISE if want_noise else SINGLE_PHI)
        else:
            # blocks: a fixed number of multi-line artefacts spread over the file
            slot = len(lines) // 55
            if remaining > 45 and used_blocks["e2b"] < 2 and slot >= used_blocks["e2b"] * 4 + 1 and R.random() < 0.25:
                used_blocks["e2b"] += 1
                g = g_e2b
            elif remaining > 45 and used_blocks["email"] < 3 and slot >= used_blocks["email"] * 2 and R.random() < 0.2:
                used_blocks["email"] += 1
                g = g_email
            elif remaining > 45 and used_blocks["email_noise"] < 2 and R.random() < 0.02:
                used_blocks["email_noise"] += 1
                g = g_email_noise
            else:
                g = wpick(NOISE_GENS if want_noise else PHI_GENS)
        out = g()
        tries = 0
        while len(out) == 1 and not out[0].spans and bytes(out[0].b) in seen and tries < 20:
            out = g()
            tries += 1
        for l in out:
            seen.add(bytes(l.b))
        lines.extend(out)
    lines = lines[:N]
    assert len(lines) == N
    log_rows, lab_rows = [], []
    for i, l in enumerate(lines, 1):
        raw = bytes(l.b)
        s = raw.decode("utf-8")
        assert "\n" not in s and "\r" not in s and s.strip() != "", (i, s)
        for sp, v in zip(l.spans, l.exp):
            assert raw[sp["s"]:sp["e"]] == v, (i, sp, v)
        log_rows.append(s)
        lab_rows.append(json.dumps({"line": i, "family": l.fam, "spans": l.spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(log_rows) + "\n")
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lab_rows) + "\n")


if __name__ == "__main__":
    main()
