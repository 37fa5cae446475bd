#!/usr/bin/env python3
"""Synthetic labeled log corpus "nn" (all people and identifiers are invented).

Theme: an operator of memory-care communities and an adult day program
(dementia care).  Systems: Java/Spring wander-management service (door alarms,
wearable tags, elopement), BLE tag gateways (JSON), PHP/Laravel family portal
(messages, photo albums, payments) + PHP error log + nginx, video-call
scheduler (logfmt), eMAR CSV exports with crushed-med notes, document store
(POA / guardianship XML), aide activity notes (free text), state incident
reporting (pipe rows), PointClickCare-like integration (HL7 v2 ADT, log4j
sync job with JSON payloads), IoT bed sensors (Node-RED, mosquitto),
hospice coordination (python logging, postfix), memorial / obituary notices
(WordPress plugin log), relatives' contact preferences (ECS JSON audit),
Medicaid waiver eligibility (X12 270/271), door controllers (RFC 5424
syslog), visitor / adult-day kiosks, Prometheus metrics.

Labeling decisions:
- Labeled people: residents, adult-day participants, and their relatives,
  POA agents, family guardians, emergency contacts and visiting family.
  Not labeled: staff doing their work (aides, nurses, DON, activity staff,
  physicians, surveyors), hospice agencies, funeral homes, courts, notaries,
  attorneys acting professionally, vendors, facility phone/fax/e-mail.
- Facility-issued client record numbers -> mrn: RES-nnnnn resident ids,
  MC-nnnnnnn chart numbers, PCC patient ids (9 digits), ADP-nnnn adult-day
  participant ids, numeric portal resident_id (also inside URL paths).
- Medicare MBI, state Medicaid ids, plan member ids -> health_plan.
- other_id: portal usernames, state incident report numbers, guardianship
  court case numbers, POA / advance-directive document ids, hospice referral
  ids.  Not labeled (transaction ids): eMAR admin ids, alarm ids, call ids,
  message ids, Twilio SIDs, trace/span ids, order and batch numbers.
- date: dates tied to a person's life or care, in any format, including
  date-times: birth, admission, discharge, death, medication administration
  time, incident date/time, appointment and video-call slots, document
  execution / court order dates, hospice election, funeral / memorial
  service, eligibility service date.  Not labeled: log timestamps, message
  creation times (HL7 MSH-7, X12 ISA/GS/BHT), sync/receipt times, device
  maintenance dates, years alone.
- age: labeled only when > 89 ("age 97", "97yo", "turned 100", obituary
  "101,", JSON "age":96); ages 85-89 are left unlabeled.
- Room/bed numbers, wings, doors and zones are not labeled.
- device: wearable tag serials, pendant MACs, bed-sensor serials and hearing
  aid serials only when the line ties the device to a resident (assigned, or
  an event caused by its wearer / occupant).  Unassigned / pooled devices,
  gateways and door controllers are not labeled.
- ip: public IPs of family/resident portal sessions; RFC1918 addresses,
  infrastructure and crawler IPs are not labeled.
- url: personal URLs: memorial pages with the decedent's name slug (also the
  bare path in access logs) and personal video-room links; generic endpoints
  are not labeled.
- name: every occurrence, including first-name-only and nickname mentions in
  notes; titles (Mr./Mrs./Grandpa) are outside the span.  HL7 XPN fields
  (FAMILY^GIVEN^MIDDLE) are one span; X12 NM1 last and first names are two
  spans; "Carmen (Rick) Ibarra" gives three spans.
- address: street line, city and a resident's county are separate address
  spans; the state is not labeled; ZIP (5 or 9 digit) -> zip.
- account: private-pay billing account numbers and full card numbers of
  payers; masked cards (last 4 only) and public test card numbers
  (4111..., 4242...) are not labeled.
- photo: the base64 payload of a resident face image (span starts after the
  "data:image/jpeg;base64," prefix).  biometric: face-embedding vectors and
  fingerprint templates of residents/participants.
- vehicle: plates and VINs of residents' or visiting relatives' cars.
- license: a resident's driver's licence / state ID number.
- fax: a relative's personal fax; agency/facility fax numbers not labeled.
- Diagnoses, medications and clinical free text are not identifiers.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

ID = "nn"
SEED = 20240314
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
REF = dt.date(2024, 3, 14)
NOW = dt.datetime(2024, 3, 14, 5, 30, 7)
UTC_OFF = dt.timedelta(hours=4)  # EDT


# ---------------------------------------------------------------- builder
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        if not cat:
            return self.t(s)
        st = self.n
        self.t(s)
        self.spans.append({"s": st, "e": self.n, "cat": cat, "v": s})
        return self

    def text(self):
        return "".join(self.buf)


def esc(v):
    return json.dumps(v, ensure_ascii=False)[1:-1]


def jkv(L, k, v, cat=None, first=False):
    if not first:
        L.t(",")
    L.t(json.dumps(k) + ":")
    if isinstance(v, str):
        L.t('"').p(esc(v), cat).t('"')
    elif v is None:
        L.t("null")
    elif isinstance(v, bool):
        L.t("true" if v else "false")
    else:
        L.p(json.dumps(v), cat)


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def age_cat(a):
    return "age" if a > 89 else None


# ---------------------------------------------------------------- clock
def tick(lo=3, hi=190):
    global NOW
    NOW += dt.timedelta(seconds=int(R.randint(lo, hi) * 1.35), milliseconds=R.randint(0, 999))


def ms():
    return f"{NOW.microsecond // 1000:03d}"


def ts_spring():
    return NOW.strftime("%Y-%m-%d %H:%M:%S.") + ms()


def ts_log4j():
    return NOW.strftime("%Y-%m-%d %H:%M:%S,") + ms()


def ts_isoz():
    return (NOW + UTC_OFF).strftime("%Y-%m-%dT%H:%M:%S.") + ms() + "Z"


def ts_isooff():
    return NOW.strftime("%Y-%m-%dT%H:%M:%S") + "-04:00"


def epoch():
    return int((NOW + UTC_OFF - dt.datetime(1970, 1, 1)).total_seconds())


# ---------------------------------------------------------------- pools
ORIGINS = [
    (["Hilda", "Mildred", "Agnes", "Thelma", "Bertha", "Winifred", "Dorothy", "Marjorie", "Lorraine", "Eleanor"],
     ["Walter", "Raymond", "Harold", "Eugene", "Clarence", "Bartholomew", "Leopold", "Ezekiel"],
     ["Fitzgerald", "Whitfield", "Abernathy-Clarke", "McAllister", "St. Clair", "O'Sullivan", "MacLeod", "Pennington", "Hargrove"]),
    (["Ngozi", "Adaeze", "Folasade", "Chinwe"], ["Chidi", "Olufemi", "Emeka", "Babatunde"],
     ["Okonkwo", "Adeyemi", "Oyelaran", "Nwachukwu"]),
    (["Josefina", "Guadalupe", "Dolores", "Imelda", "Eleanor"], ["Aurelio", "Tomás", "Ignacio", "Rogelio"],
     ["de la Cruz", "Delgado", "Castellanos", "Vasquez", "Ibarra-Solís"]),
    (["Setsuko", "Haruko", "Fumiko"], ["Kazuo", "Tadashi", "Hiroshi"], ["Nakamura", "Yamamoto", "Takahashi"]),
    (["Halina", "Zofia", "Jadwiga"], ["Władysław", "Dragan", "Stanisław"], ["Kowalczyk", "Petrović", "Kaczmarek", "Horvath"]),
    (["Ingrid", "Gertrud", "Liesel"], ["Gunnar", "Helmut", "Pieter"], ["Müller", "Lindqvist", "van der Berg", "Achterberg"]),
    (["Constantina", "Assunta", "Philomena"], ["Constantine", "Pasquale", "Spiros"], ["Papadopoulos", "Bianchi", "Esposito", "Karamanlis"]),
    (["Fatima", "Samira", "Leyla"], ["Abdul", "Mahmoud", "Yusuf"], ["Haddad", "Yilmaz", "Khoury"]),
    (["Lakshmi", "Kamala", "Sarojini"], ["Rajendra", "Venkatesh", "Harbhajan"], ["Ramanathan", "Iyer", "Gill"]),
    (["Thị Lan", "Mai"], ["Văn Minh", "Quang"], ["Nguyễn", "Trần"]),
    (["Soon-ja", "Young-hee"], ["Hyun-woo", "Dong-hyun"], ["Kim", "Park"]),
    (["Marguerite", "Siobhán", "Clementine", "Zoë"], ["Jean-Baptiste", "Lucien", "Padraig"], ["Dubois", "Tremblay", "Ó Briain", "Le Blanc"]),
    (["Ruth", "Esther", "Miriam"], ["Mordecai", "Herschel", "Saul"], ["Ben-David", "Rosenbaum", "Schwartz-Levin"]),
    (["Rosalind", "Clara"], ["Ignatius", "Amos"], ["Delacroix-Boyd", "DuPree", "Washington"]),
]
MIDDLE_F = ["Ann", "Marie", "J", "R", "Louise", "Elizabeth", "Mae", "T", "", "", "", ""]
MIDDLE_M = ["J", "R", "Lee", "Joseph", "T", "Eugene", "Francis", "A", "", "", "", ""]
REL_FIRST_F = ["Denise", "Priya", "Tamika", "Yuki", "Brigid", "Hannah", "Ngozi", "Gretchen", "Aisha", "Carmen",
               "Lucía", "Mei-Ling", "Olamide", "Renée", "Anneliese", "Colleen", "Zainab", "Małgorzata", "Keiko"]
REL_FIRST_M = ["Marcus", "Kevin", "Rafael", "Samir", "Luka", "Dmitri", "Trevor", "Bjørn", "DeShawn", "Jorge",
               "Siddharth", "Kenji", "Connor", "Tobenna", "Rhys", "Andrés"]
REL_SEX = {"daughter": "F", "niece": "F", "granddaughter": "F", "sister": "F", "daughter-in-law": "F",
           "son": "M", "nephew": "M", "grandson": "M", "son-in-law": "M", "brother": "M"}
MARRIED = ["Pratt", "Ibarra", "Nolan", "Sorensen", "Greene", "Hart", "Castillo", "Brennan", "Feldman", "Tanaka",
           "Wójcik", "D'Angelo", "Achebe", "Holloway", "Vu"]
RELS = ["daughter", "son", "niece", "nephew", "granddaughter", "grandson", "spouse", "daughter-in-law",
        "son-in-law", "sister", "friend", "daughter", "son"]
CITIES = [("Kettering", "45429", "Montgomery County"), ("Centerville", "45459", "Montgomery County"),
          ("Beavercreek", "45431", "Greene County"), ("Xenia", "45385", "Greene County"),
          ("Huber Heights", "45424", "Montgomery County"), ("Oakwood", "45419", "Montgomery County"),
          ("Miamisburg", "45342", "Montgomery County"), ("Springboro", "45066", "Warren County"),
          ("Fairborn", "45324", "Greene County"), ("Vandalia", "45377", "Montgomery County"),
          ("Trotwood", "45426", "Montgomery County"), ("Bellbrook", "45305", "Greene County"),
          ("Yellow Springs", "45387", "Greene County"), ("Tipp City", "45371", "Miami County")]
FAR_CITIES = [("Chicago", "IL", "60614"), ("Tucson", "AZ", "85716"), ("Charlotte", "NC", "28205"),
              ("Portland", "OR", "97214"), ("Philadelphia", "PA", "19147"), ("Columbus", "OH", "43215"),
              ("Cincinnati", "OH", "45208"), ("Sacramento", "CA", "95818"), ("Louisville", "KY", "40204")]
STREETS = ["Birchwood Ln", "Far Hills Ave", "Old Troy Pike", "Shroyer Rd", "Wilmington Pike", "Stroop Rd",
           "Patterson Rd", "Marshall Rd", "E. Dorothy Ln", "Bigger Rd", "Lyons Rd", "Ackerman Blvd",
           "Alex-Bell Rd", "Glengarry Dr", "Rue de Lafayette Ct", "Kingsridge Dr", "N. Main St", "Forrer Blvd Apt 4B",
           "W. Stewart St Unit 12"]
STAFF = ["CNA Brittany Lowe", "CNA Tuan Pham", "CNA Maribel Ortiz", "LPN Rashida Mensah", "LPN Greg Sandoval",
         "RN Alicia Fenwick", "RN K. Oduya", "CNA Emeka Nwosu", "Activities Dir. Joy Kessler", "CNA Shayla Brooks",
         "LPN Ivan Markovic", "CMT Destiny Wheeler"]
MED_STAFF = ["LPN Rashida Mensah", "LPN Greg Sandoval", "RN Alicia Fenwick", "RN K. Oduya", "LPN Ivan Markovic",
             "CMT Destiny Wheeler", "CMT Jamal Okafor"]
STAFF_PLAIN = ["Brittany Lowe", "Tuan Pham", "Maribel Ortiz", "Rashida Mensah", "Greg Sandoval", "Alicia Fenwick",
               "Patricia Halloran", "Joy Kessler", "Emeka Nwosu", "Shayla Brooks"]
DOORS = ["E2", "E1", "W3", "LOBBY", "DOCK", "COURTYARD-N", "B-STAIR", "KITCHEN-SVC"]
ZONES = ["EXIT_EAST", "EXIT_WEST", "LOBBY_VESTIBULE", "COURTYARD", "DOCK", "PARKING_N", "STAIR_B"]
WINGS = ["Wing A", "Wing B", "Magnolia", "Willow", "Adult Day"]
AREA = ["937", "937", "937", "513", "614", "419", "312", "520", "704", "971", "215", "916", "502"]
MEDS = [("Donepezil 10 mg tab", "1 tab", "PO", "Y"), ("Memantine 10 mg tab", "1 tab", "PO", "Y"),
        ("Namzaric 28/10 mg ER cap", "1 cap", "PO", "N"), ("Sertraline 50 mg tab", "1 tab", "PO", "Y"),
        ("Quetiapine 25 mg tab", "0.5 tab", "PO", "Y"), ("Levothyroxine 50 mcg tab", "1 tab", "PO", "Y"),
        ("Metoprolol tartrate 25 mg tab", "1 tab", "PO", "Y"), ("Rivastigmine 9.5 mg/24h patch", "1 patch", "TD", "N"),
        ("Acetaminophen 500 mg tab", "2 tab", "PO", "Y"), ("Senna 8.6 mg tab", "2 tab", "PO", "Y"),
        ("Trazodone 50 mg tab", "1 tab", "PO", "Y"), ("Omeprazole 20 mg DR cap", "1 cap", "PO", "N"),
        ("Lorazepam 0.5 mg tab PRN", "1 tab", "PO/SL", "Y"), ("Morphine sulfate 20 mg/mL soln", "0.25 mL", "SL", "NA"),
        ("Mirtazapine 7.5 mg tab", "1 tab", "PO", "Y"), ("Tamsulosin 0.4 mg cap", "1 cap", "PO", "N")]


def phone_digits():
    a = R.choice(AREA)
    if R.random() < 0.7:
        return a + "555" + f"01{R.randint(0, 99):02d}"
    return a + str(R.randint(2, 9)) + f"{R.randint(0, 99):02d}" + f"{R.randint(0, 9999):04d}"


def fmt_phone(d, style=None):
    style = style or R.choice(["paren", "dash", "plain", "intl", "dot", "e164", "one"])
    a, b, c = d[:3], d[3:6], d[6:]
    return {"paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "plain": d, "intl": f"+1 {a} {b} {c}",
            "dot": f"{a}.{b}.{c}", "e164": f"+1{d}", "one": f"1-{a}-{b}-{c}"}[style]


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]


def fmt_date(d, style=None):
    style = style or R.choice(["iso", "us", "us_short", "dmy_mon", "long", "eu", "mon_d_y", "us2"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "us2":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "dmy_mon":
        return f"{d.day:02d}-{MON[d.month - 1]}-{d.year}"
    if style == "long":
        return f"{MONTH[d.month - 1]} {d.day}, {d.year}"
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    if style == "mon_d_y":
        return f"{MON[d.month - 1]} {d.day} {d.year}"
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "md":
        return f"{d.month}/{d.day}"
    raise ValueError(style)


def ssn():
    while True:
        a = R.randint(100, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dashes=None):
    an = MBI_L + "0123456789"
    s = (str(R.randint(1, 9)) + R.choice(MBI_L) + R.choice(an) + str(R.randint(0, 9)) + R.choice(MBI_L) +
         R.choice(an) + str(R.randint(0, 9)) + R.choice(MBI_L) + R.choice(MBI_L) + str(R.randint(0, 9)) +
         str(R.randint(0, 9)))
    if dashes is None:
        dashes = R.random() < 0.5
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashes else s


def luhn_card():
    pre = R.choice(["4", "51", "53", "55", "4716", "6011"])
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(15 - len(pre)))
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return body + str((10 - tot % 10) % 10)


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VAL = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    s = [R.choice(["1G4", "2HG", "1FM", "JTD", "1HG", "KMH", "4T1"])[i] for i in range(3)]
    s += [R.choice(VIN_CH) for _ in range(14)]
    s[9] = R.choice("ABCDEFGHJ")  # model year 2010-2018
    tot = sum((int(c) if c.isdigit() else VIN_VAL[c]) * w for c, w in zip(s, VIN_W))
    r = tot % 11
    s[8] = "X" if r == 10 else str(r)
    return "".join(s)


def plate():
    return R.choice(["OH ", "", "KY ", "IN "]) + "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)) + \
        R.choice([" ", "-", ""]) + f"{R.randint(0, 9999):04d}"


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def pub_ip():
    if R.random() < 0.15:
        return f"2600:1700:{hexs(4)}:{hexs(3)}0::{hexs(2)}"
    while True:
        a = R.choice([24, 47, 50, 65, 67, 68, 69, 70, 71, 73, 74, 75, 76, 96, 98, 99, 107, 108, 172, 173, 174, 184])
        b = R.randint(0, 255)
        if a == 172 and 16 <= b <= 31:
            continue
        return f"{a}.{b}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def priv_ip():
    return R.choice([f"10.40.{R.randint(0, 9)}.{R.randint(2, 250)}", f"10.20.1.{R.randint(2, 60)}",
                     f"192.168.{R.randint(0, 3)}.{R.randint(2, 250)}", f"172.18.0.{R.randint(2, 30)}"])


def b64_photo():
    raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00" + \
        bytes(R.randint(0, 255) for _ in range(R.choice([84, 96, 120])))
    return base64.b64encode(raw).decode()


def b64_fp():
    raw = b"FMR\x00 20\x00\x00\x00\x01\x2c\x00\x00" + bytes(R.randint(0, 255) for _ in range(R.choice([45, 60, 72])))
    return base64.b64encode(raw).decode()


def embedding(n=None):
    n = n or R.choice([8, 12, 16])
    return "[" + ",".join(f"{R.uniform(-0.3, 0.3):.4f}" for _ in range(n)) + "]"


# ---------------------------------------------------------------- people
USED_NAMES = set()


class Rel:
    pass


class Res:
    pass


def mk_relative(res):
    r = Rel()
    r.rel = R.choice(RELS)
    if r.rel == "spouse":
        r.rel = "wife" if res.sex == "M" else "husband"
        r.first = R.choice([o[0 if res.sex == "M" else 1] for o in ORIGINS if res.last in o[2]][0])
        r.last = res.last
    else:
        sx = REL_SEX.get(r.rel, R.choice("FM"))
        r.first = R.choice(REL_FIRST_F if sx == "F" else REL_FIRST_M)
        x = R.random()
        if x < 0.5 or r.rel in ("son", "grandson", "brother"):
            r.last = res.last
        elif x < 0.7:
            r.last = res.last.split(" ")[-1] + "-" + R.choice(MARRIED)
        else:
            r.last = R.choice(MARRIED)
    r.phone = phone_digits()
    r.fax = phone_digits() if R.random() < 0.45 else None
    fa, la = fold(r.first).lower().replace(" ", ""), fold(r.last).lower().replace(" ", "").replace("'", "")
    r.email = R.choice([f"{fa}.{la}", f"{fa[0]}{la}{R.randint(1, 99)}", f"{fa}_{la}", f"{la}{fa}", f"{fa}{la[0]}",
                        f"{fa}.{la}{R.randint(60, 99)}"]) + "@" + \
        R.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "proton.me", "aol.com",
                  "att.net", "hotmail.com"])
    r.user = R.choice([f"{fa[0]}{la}{R.randint(1, 99)}", f"{fa}.{la[:4]}", f"{la}_{fa[0]}", f"{fa}{R.randint(1950, 1999)}"])
    r.ip = pub_ip()
    r.plate = plate()
    if R.random() < 0.4:
        r.city, r.state, r.zip = R.choice(FAR_CITIES)
    else:
        c = R.choice(CITIES)
        r.city, r.state, r.zip = c[0], "OH", c[1]
    r.street = f"{R.randint(10, 9899)} {R.choice(STREETS)}"
    r.pref = R.choice(["sms", "phone", "email", "portal", "mail", "fax"] if r.fax else ["sms", "phone", "email", "portal", "mail"])
    r.lang = R.choice(["en", "en", "en", "es", "ja", "pl", "sr", "vi", "ko", "ar", "de"])
    return r


def mk_resident(i):
    res = Res()
    while True:
        fF, fM, ls = R.choice(ORIGINS)
        res.sex = R.choice("FM")
        res.first = R.choice(fF if res.sex == "F" else fM)
        res.last = R.choice(ls)
        if (res.first, res.last) not in USED_NAMES:
            USED_NAMES.add((res.first, res.last))
            break
    res.middle = R.choice(MIDDLE_F if res.sex == "F" else MIDDLE_M)
    while True:
        dob = REF - dt.timedelta(days=R.randint(85 * 365 + 20, 104 * 365 + 300))
        age = REF.year - dob.year - ((REF.month, REF.day) < (dob.month, dob.day))
        if 85 <= age <= 104:
            break
    res.dob, res.age = dob, age
    res.rid = f"RES-{R.randint(20100, 21999)}"
    res.num = int(res.rid[4:])
    res.mc = f"MC-00{R.randint(10000, 99999)}"
    res.pcc = str(R.randint(100200000, 100299999))
    res.ssn = ssn()
    res.mbi = mbi(False)
    res.mcd = str(R.randint(100000000000, 999999999999))
    res.tag = "WT-" + hexs(8).upper()
    res.mac = ":".join(hexs(2).upper() for _ in range(6))
    res.bed = f"BSN-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"
    res.room = f"{R.randint(1, 2)}{R.randint(0, 3)}{R.randint(0, 9)}{R.choice(['A', 'B', ''])}"
    c = R.choice(CITIES)
    res.street = f"{R.randint(10, 9899)} {R.choice(STREETS)}"
    res.city, res.zip, res.county = c
    if R.random() < 0.3:
        res.zip += f"-{R.randint(1000, 9999)}"
    res.admit = REF - dt.timedelta(days=R.randint(20, 2400))
    res.dl = R.choice(["R", "T", "S", "P"]) + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + f"{R.randint(0, 999999):06d}"
    res.acct = f"PA-{R.randint(10000000, 99999999)}"
    res.adp = f"ADP-{R.randint(3000, 3999)}"
    res.vin = vin()
    res.plate = plate()
    res.rels = [mk_relative(res) for _ in range(R.choice([1, 1, 2, 2, 3]))]
    res.ha = f"HA{R.randint(10, 99)}-{R.randint(100000, 999999)}"
    return res


RESIDENTS = [mk_resident(i) for i in range(52)]
DECEASED = RESIDENTS[:7]
for _p in DECEASED:
    _p.death = dt.datetime.combine(REF - dt.timedelta(days=R.randint(0, 12)), dt.time(R.randint(0, 23), R.randint(0, 59)))
NEW_ADMITS = RESIDENTS[7:10]
for _p in NEW_ADMITS:
    _p.admit = REF - dt.timedelta(days=R.randint(0, 1))
BIRTHDAY = RESIDENTS[10:12]
for _p in BIRTHDAY:
    _p.dob = dt.date(REF.year - _p.age, REF.month, REF.day)
LIVING = RESIDENTS[7:]


def res():
    return R.choice(LIVING)


def dead():
    return R.choice(DECEASED)


def nm(p, style=None):
    style = style or R.choice(["fl", "lf", "fl", "lfm", "LF_up", "fi", "fml", "lower"])
    mid = getattr(p, "middle", "")
    if style == "fl":
        return f"{p.first} {p.last}"
    if style == "lf":
        return f"{p.last}, {p.first}"
    if style == "lfm":
        return f"{p.last}, {p.first}" + (f" {mid[0]}" if mid else "")
    if style == "LF_up":
        return f"{p.last.upper()}, {p.first.upper()}"
    if style == "fi":
        return f"{p.first[0]}. {p.last}"
    if style == "lfi":
        return f"{p.last} {p.first[0]}."
    if style == "fml":
        return f"{p.first} {mid} {p.last}" if len(mid) > 1 else f"{p.first} {p.last}"
    if style == "lower":
        return f"{p.first} {p.last}".lower()
    if style == "first":
        return p.first
    raise ValueError(style)


def care_dt(days_back=0, hour=None):
    d = dt.datetime.combine(REF - dt.timedelta(days=days_back), dt.time(hour if hour is not None else R.randint(6, 21),
                                                                          R.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])))
    return d


FORCE_C = None


def pickc(n):
    """Variant chooser; main() can force a variant to guarantee coverage."""
    global FORCE_C
    if FORCE_C is not None:
        c, FORCE_C = FORCE_C, None
        return c
    return R.randrange(n)


# ================================================================= families
LINES = []


def emit(L):
    LINES.append(L)


# ---- 1 Spring Boot wander-management service (logback default pattern)
SPRING_LOGGERS = {
    "alarm": "c.b.wander.alarm.DoorAlarmHandler",
    "elope": "c.b.wander.elopement.ElopementMonitor",
    "tags": "c.b.wander.tags.TagLifecycleService",
    "risk": "c.b.wander.risk.WanderRiskScorer",
    "boot": "c.b.wander.WanderGuardApplication",
    "hikari": "com.zaxxer.hikari.HikariDataSource",
    "tomcat": "o.s.b.w.embedded.tomcat.TomcatWebServer",
    "dc": "c.b.wander.door.DoorControllerClient",
}


def spring_prefix(L, level, thread, logger):
    L.t(f"{ts_spring()} {level:>5} 4127 --- [{thread:>15}] {SPRING_LOGGERS[logger]:<40.40} : ")


def g_spring(phi):
    tick()
    L = Line("spring_boot_logback")
    if not phi:
        c = pickc(10)
        if c == 0:
            spring_prefix(L, "INFO", "main", "boot")
            L.t(f"Started WanderGuardApplication in {R.uniform(9, 19):.3f} seconds (process running for {R.uniform(19, 24):.2f})")
        elif c == 1:
            spring_prefix(L, "INFO", "main", "hikari")
            L.t("HikariPool-1 - Start completed.")
        elif c == 2:
            spring_prefix(L, "DEBUG", "dc-poll-2", "dc")
            L.t(f"Door controller DC-{R.randint(1, 14):02d} heartbeat ok rtt={R.randint(4, 60)}ms fw=4.1.{R.randint(0, 9)} state=LOCKED")
        elif c == 3:
            spring_prefix(L, "INFO", "scheduling-1", "tags")
            L.t(f"Tag reconcile complete: tags={R.randint(110, 130)} stale={R.randint(0, 5)} unassigned={R.randint(4, 12)} took={R.randint(200, 900)}ms")
        elif c == 4:
            spring_prefix(L, "INFO", "scheduling-1", "tags")
            L.t(f"Tag WT-{hexs(8).upper()} returned to charger pool (unassigned) battery={R.randint(80, 100)}%")
        elif c == 5:
            spring_prefix(L, "INFO", "main", "tomcat")
            L.t("Tomcat started on port(s): 8443 (https) with context path '/wander'")
        elif c == 6:
            spring_prefix(L, "ERROR", "dc-poll-1", "dc")
            L.t(f"Failed to reach door controller DC-07 at {priv_ip()}:502 (Modbus/TCP): java.net.SocketTimeoutException: Connect timed out after 3000 ms")
        elif c == 7:
            spring_prefix(L, "INFO", "alarm-ack-3", "alarm")
            L.t(f"Alarm ALM-{R.randint(880000, 889999)} acknowledged by {R.choice(STAFF)} after 00:0{R.randint(0, 4)}:{R.randint(10, 59)} (door={R.choice(DOORS)})")
        elif c == 8:
            spring_prefix(L, "INFO", "scheduling-2", "alarm")
            L.t(f"Perimeter mode ARMED for building {R.choice('ABC')} (night schedule 21:00-06:30), {R.randint(6, 11)} doors")
        else:
            spring_prefix(L, "WARN", "scheduling-2", "elope")
            L.t(f"Camera cam-{R.randint(1, 24):02d} frame lag {R.randint(900, 4000)} ms exceeds 750 ms budget; face match disabled for 60s")
        return [L]
    p = res()
    c = pickc(7)
    if c == 0:
        spring_prefix(L, "WARN", f"door-mon-{R.randint(1, 4)}", "alarm")
        L.t(f"Door alarm {R.choice(DOORS)} tripped by tag ").p(p.tag, "device").t(" resident=").p(p.rid, "mrn")
        L.t(' name="').p(nm(p, "lf"), "name").t('" bypass=false escort=none')
    elif c == 1:
        spring_prefix(L, "ERROR", "elope-eval-1", "elope")
        L.t("ELOPEMENT RISK: ").p(nm(p, "fl"), "name").t(" (").p(p.rid, "mrn").t(", age ").p(p.age, age_cat(p.age))
        L.t(f") exited zone {R.choice(ZONES)} without escort; last seen cam-{R.randint(1, 24):02d} {R.randint(20, 400)}s ago; paging charge nurse")
    elif c == 2:
        spring_prefix(L, "WARN", "scheduling-1", "tags")
        L.t("Tag ").p(p.tag, "device").t(f" low battery ({R.randint(5, 19)}%), worn by ").p(nm(p, "fi"), "name")
        L.t(f", room {p.room}; replace before {(REF + dt.timedelta(days=2)).isoformat()}")
    elif c == 3:
        spring_prefix(L, "INFO", "risk-1", "risk")
        L.t("Wander-risk score updated resident=").p(p.rid, "mrn").t(f" score={R.uniform(0.5, 0.95):.2f} prior={R.uniform(0.2, 0.6):.2f} dob=")
        L.p(fmt_date(p.dob, "iso"), "date").t(" dx=F02.81 model=v7")
    elif c == 4:
        r = R.choice(p.rels)
        spring_prefix(L, "WARN", "elope-eval-2", "elope")
        L.t("Exit-seeking pattern: ").p(nm(p, "fl"), "name").t(f" attempted door {R.choice(DOORS)} {R.randint(3, 7)}x in last {R.choice([30, 45, 60, 90])} min; per care plan call ")
        L.p(r.first + " " + r.last, "name").t(f" ({r.rel}) at ").p(fmt_phone(r.phone), "phone")
    elif c == 5:
        spring_prefix(L, "INFO", "http-nio-8443-exec-4", "tags")
        L.t("Assigned pendant ").p(p.mac, "device").t(" / tag ").p(p.tag, "device").t(" to ").p(p.mc, "mrn")
        L.t(" (").p(nm(p, "LF_up"), "name").t(f") by {R.choice(STAFF_PLAIN)}")
    else:
        spring_prefix(L, "ERROR", "elope-eval-1", "elope")
        L.t("Missing-resident protocol (Code Silver) opened incident ").p(f"IR-2024-{R.randint(100, 999):05d}", "other_id")
        L.t(" for ").p(nm(p, "lfm"), "name").t("; vehicle on file ").p(p.plate, "vehicle").t(" VIN ").p(p.vin, "vehicle")
        L.t(" (resident still holds OH DL ").p(p.dl, "license").t(", keys were not surrendered)")
    return [L]


# ---- 2 BLE tag gateway JSON
def g_gateway(phi):
    tick(1, 60)
    L = Line("json_tag_gateway")
    gw = f"gw-{R.choice(['wingA', 'wingB', 'magnolia', 'adc'])}-{R.randint(1, 4):02d}"
    L.t("{")
    jkv(L, "ts", ts_isoz(), first=True)
    jkv(L, "gw", gw)
    if not phi:
        c = pickc(4)
        if c == 0:
            jkv(L, "evt", "HEARTBEAT"); jkv(L, "uptime_s", R.randint(1000, 900000)); jkv(L, "tags_seen", R.randint(8, 45))
            jkv(L, "fw", "3.2.1"); jkv(L, "rssi_floor", -R.randint(90, 99))
        elif c == 1:
            jkv(L, "evt", "FW_CHECK"); jkv(L, "current", "3.2.1"); jkv(L, "available", "3.2.4"); jkv(L, "channel", "stable")
            jkv(L, "sha256", hexs(64))
        elif c == 2:
            jkv(L, "evt", "TAG_INVENTORY"); jkv(L, "tagSerial", "WT-" + hexs(8).upper()); jkv(L, "state", "UNASSIGNED")
            jkv(L, "battery", R.randint(60, 100))
        else:
            jkv(L, "evt", "UPLINK_RETRY"); jkv(L, "broker", "mqtts://iot.brightwatercare.net:8883"); jkv(L, "attempt", R.randint(2, 5))
            jkv(L, "traceId", hexs(32))
        L.t("}")
        return [L]
    p = res()
    c = pickc(4)
    if c == 0:
        jkv(L, "evt", "ZONE_EXIT"); jkv(L, "tagSerial", p.tag, "device"); jkv(L, "residentId", p.rid, "mrn")
        jkv(L, "zone", R.choice(ZONES)); jkv(L, "rssi", -R.randint(55, 90)); jkv(L, "dwell_ms", R.randint(300, 9000))
    elif c == 1:
        jkv(L, "evt", "PROFILE_PUSH"); jkv(L, "residentId", p.rid, "mrn"); jkv(L, "displayName", nm(p, "fl"), "name")
        jkv(L, "riskLevel", "HIGH")
        L.t(',"photo":"data:image/jpeg;base64,').p(b64_photo(), "photo").t('"')
        L.t(',"faceEmbedding":').p(embedding(), "biometric")
        L.t(',"tag":{'); jkv(L, "serial", p.tag, "device", first=True); jkv(L, "mac", p.mac, "device"); L.t("}")
    elif c == 2:
        jkv(L, "evt", "LOITER"); jkv(L, "tagSerial", p.tag, "device"); jkv(L, "zone", R.choice(ZONES)); jkv(L, "secs", R.randint(90, 600))
        L.t(',"resident":{'); jkv(L, "id", p.rid, "mrn", first=True); jkv(L, "age", p.age, age_cat(p.age)); L.t("}")
    else:
        jkv(L, "evt", "FACE_MATCH"); jkv(L, "cam", f"cam-{R.randint(1, 24):02d}"); jkv(L, "residentId", p.rid, "mrn")
        jkv(L, "score", round(R.uniform(0.8, 0.99), 3))
        L.t(',"probe":').p(embedding(8), "biometric")
    L.t("}")
    return [L]


# ---- 3 Laravel family portal (Monolog line formatter)
def lara_prefix(L, level, chan="production"):
    L.t(f"[{NOW.strftime('%Y-%m-%d %H:%M:%S')}] {chan}.{level}: ")


BODIES = [
    "Hi, this is {rf}. Could Mom do a video call on {d1} around 4pm? My brother is flying in.",
    "Please remind staff that {pf} does not like the shower before breakfast. Thanks, {rf}",
    "Dad's birthday is {dob} - we'd like to bring a cake Saturday, is the activity room free?",
    "Can someone check {pf}'s hearing aid? She sounded confused on the phone. -{rf}",
    "We got the invoice dated {d0}. Is the pharmacy copay included? {rf} {rl}",
]


def g_laravel(phi):
    tick()
    L = Line("laravel_monolog")
    if not phi:
        c = pickc(7)
        if c == 0:
            lara_prefix(L, "INFO"); L.t('Queue worker started {"queue":"notifications","pid":' + str(R.randint(1000, 40000)) + '} []')
        elif c == 1:
            lara_prefix(L, "DEBUG"); L.t('Slow query {"sql":"select * from `family_messages` where `status` = ? order by `created_at` desc limit 200","bindings":["queued"],"time_ms":' + str(R.randint(300, 2200)) + '} []')
        elif c == 2:
            lara_prefix(L, "INFO"); L.t('Twilio SMS status {"sid":"SM' + hexs(32) + '","status":"delivered","segments":1} []')
        elif c == 3:
            lara_prefix(L, "INFO"); L.t('Horizon snapshot {"jobs_per_min":' + str(R.randint(5, 90)) + ',"failed":0,"wait":{"redis:notifications":' + str(R.randint(0, 9)) + '}} []')
        elif c == 4:
            lara_prefix(L, "DEBUG", "staging"); L.t('Stripe test charge ok {"card":"4242424242424242","amount":100,"currency":"usd"} []')
        elif c == 5:
            lara_prefix(L, "WARNING"); L.t('Rate limit hit for /api/v2/messages {"limit":60,"window":"1m","route":"messages.store"} []')
        else:
            lara_prefix(L, "INFO"); L.t('Invoice batch generated {"batch":"INV-2024-03-' + str(R.randint(1000, 9999)) + '","count":' + str(R.randint(40, 120)) + ',"support":"billing@brightwatercare.com"} []')
        return [L]
    p = res()
    r = R.choice(p.rels)
    c = pickc(7)
    if c == 6:
        lara_prefix(L, "DEBUG"); L.t("Resident avatar updated {")
        jkv(L, "resident_id", p.num, "mrn", first=True); jkv(L, "uploaded_by", r.user, "other_id")
        L.t(',"thumb":"data:image/jpeg;base64,').p(b64_photo(), "photo").t('...","bytes":' + str(R.randint(20000, 90000)) + "} []")
    elif c == 0:
        lara_prefix(L, "INFO"); L.t("Family message received {")
        jkv(L, "message_id", "msg_" + hexs(12), first=True); jkv(L, "from", r.email, "email"); jkv(L, "resident_id", p.num, "mrn")
        tpl = R.choice(BODIES)
        if p.sex == "M":
            tpl = tpl.replace("Mom", "Dad").replace("She ", "He ")
        else:
            tpl = tpl.replace("Dad's", "Mom's")
        L.t(',"body_excerpt":"')
        # render template with spans
        parts = tpl.replace("{", "\x00{").replace("}", "}\x00").split("\x00")
        for part in parts:
            if part == "{rf}":
                L.p(r.first, "name")
            elif part == "{rl}":
                L.p(r.last, "name")
            elif part == "{pf}":
                L.p(p.first, "name")
            elif part == "{d1}":
                L.p(fmt_date(REF + dt.timedelta(days=R.randint(1, 9)), R.choice(["md", "us_short", "long"])), "date")
            elif part == "{d0}":
                L.p(fmt_date(REF - dt.timedelta(days=R.randint(3, 14)), R.choice(["us_short", "long", "iso"])), "date")
            elif part == "{dob}":
                L.p(fmt_date(p.dob.replace(year=2024) if not (p.dob.month == 2 and p.dob.day == 29) else p.dob, "md"), "date")
            else:
                L.t(esc(part))
        L.t('"} []')
    elif c == 1:
        lara_prefix(L, "INFO"); L.t("Login succeeded {")
        jkv(L, "user", r.user, "other_id", first=True); jkv(L, "ip", r.ip, "ip")
        jkv(L, "ua", R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/122.0"]))
        L.t(",\"mfa\":true} []")
    elif c == 2:
        lara_prefix(L, "INFO"); L.t("Photo shared to family album {")
        jkv(L, "resident_id", p.num, "mrn", first=True); jkv(L, "album", R.choice(["March activities", "St. Patrick's party", "Music therapy"]))
        L.t(',"recipients":[')
        for i, rr in enumerate(p.rels):
            if i:
                L.t(",")
            L.t('"').p(rr.email, "email").t('"')
        L.t("]} []")
    elif c == 3:
        lara_prefix(L, "NOTICE"); L.t("Message flagged for clinical review {")
        jkv(L, "reason", "mentions medication", first=True); jkv(L, "resident", nm(p, "lf"), "name"); jkv(L, "sender", f"{r.first} {r.last}", "name")
        jkv(L, "sender_phone", fmt_phone(r.phone, "plain"), "phone"); L.t("} []")
    elif c == 4:
        lara_prefix(L, "ERROR", "production"); L.t("Payment failed {")
        jkv(L, "account", p.acct, "account", first=True); jkv(L, "payer", f"{r.first} {r.last}", "name")
        jkv(L, "card", luhn_card(), "account"); jkv(L, "decline_code", R.choice(["insufficient_funds", "do_not_honor", "expired_card"]))
        L.t("} []")
    else:
        lara_prefix(L, "INFO"); L.t("Payment captured {")
        jkv(L, "account", p.acct, "account", first=True); jkv(L, "amount", R.choice([425000, 612500, 98000]))
        if R.random() < 0.5:
            jkv(L, "method", "ach"); jkv(L, "routing", R.choice(["042000314", "044000024", "041215663"]))
            jkv(L, "bank_account", str(R.randint(10 ** 8, 10 ** 11)), "account")
        else:
            jkv(L, "card", "************" + str(R.randint(1000, 9999)))
        jkv(L, "receipt_to", r.email, "email"); L.t("} []")
    return [L]


# ---- 4 PHP error log
def php_prefix(L):
    L.t(f"[{(NOW + UTC_OFF).strftime('%d-%b-%Y %H:%M:%S')} UTC] ")


def g_phperr(phi):
    tick()
    L = Line("php_error_log")
    php_prefix(L)
    if not phi:
        L.t(R.choice([
            'PHP Warning:  Undefined array key "tz" in /var/www/portal/app/Services/CallSlotService.php on line 88',
            "PHP Deprecated:  strftime() is deprecated in /var/www/memorial/wp-content/plugins/bw-memorials/render.php on line 41",
            "PHP Notice:  Trying to access array offset on value of type null in /var/www/portal/app/Http/Controllers/AlbumController.php on line 133",
            "PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/portal/vendor/intervention/image/src/Gd/Decoder.php on line 52",
            "PHP Warning:  session_start(): Session cannot be started after headers have already been sent in /var/www/portal/public/legacy/login.php on line 7",
            f"PHP Warning:  fsockopen(): Unable to connect to {priv_ip()}:6379 (Connection refused) in /var/www/portal/legacy/redis_ping.php on line 19",
        ]))
        return [L]
    p = res()
    r = R.choice(p.rels)
    c = pickc(3)
    if c == 0:
        L.t("PHP Fatal error:  Uncaught PDOException: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '")
        L.p(r.email, "email").t("' for key 'family_users.email_unique' in /var/www/portal/app/Repositories/FamilyUserRepo.php:64")
    elif c == 1:
        L.t("PHP Warning:  mail(): Failed to send to ").p(r.email, "email").t(" (resident ").p(p.rid, "mrn")
        L.t(") in /var/www/portal/legacy/notify_family.php on line 211")
    else:
        L.t("PHP Warning:  DateTime::__construct(): Failed to parse time string (").p(fmt_date(p.dob, "eu"), "date")
        L.t(") at position 0 for resident_dob of ").p(nm(p, "lf"), "name").t(" in /var/www/portal/legacy/import_pcc.php on line 77")
    return [L]


# ---- 5 nginx access log (combined)
UA = ['"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1"',
      '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"',
      '"Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36"',
      '"Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Safari/604.1"']


def slug(p):
    s = fold(f"in-memory-of-{p.first}-{p.middle if len(p.middle) > 1 else ''}-{p.last}").lower()
    s = s.replace(" ", "-").replace("'", "").replace(".", "")
    while "--" in s:
        s = s.replace("--", "-")
    return s


def g_nginx(phi):
    tick(1, 40)
    L = Line("nginx_combined")
    t = f"[{NOW.strftime('%d/%b/%Y:%H:%M:%S')} -0400]"
    if not phi:
        c = pickc(5)
        if c == 0:
            L.t(f'{priv_ip()} - - {t} "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.27"')
        elif c == 1:
            L.t(f'66.249.66.{R.randint(1, 200)} - - {t} "GET /robots.txt HTTP/1.1" 200 68 "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"')
        elif c == 2:
            L.t(f'{priv_ip()} - - {t} "GET /build/assets/app-{hexs(8)}.js HTTP/2.0" 304 0 "https://family.brightwatercare.com/portal/home" {R.choice(UA)}')
        elif c == 3:
            L.t(f'{priv_ip()} - - {t} "POST /api/v2/webhooks/twilio/status HTTP/1.1" 204 0 "-" "TwilioProxy/1.1"')
        else:
            L.t(f'{priv_ip()} - - {t} "GET /memorials/ HTTP/1.1" 200 {R.randint(8000, 30000)} "-" "Pingdom.com_bot_version_1.4"')
        return [L]
    p = res()
    r = R.choice(p.rels)
    c = pickc(4)
    L.p(r.ip, "ip").t(" - ")
    if c == 0:
        L.p(r.user, "other_id").t(f' {t} "GET /portal/residents/').p(p.num, "mrn")
        L.t(f'/photos?page={R.randint(1, 4)} HTTP/2.0" 200 {R.randint(2000, 90000)} "https://family.brightwatercare.com/portal/home" {R.choice(UA)}')
    elif c == 1:
        L.p(r.user, "other_id").t(f' {t} "POST /api/v2/calls?resident=').p(p.rid, "mrn")
        L.t(f'&slot=2024-03-{R.randint(15, 22)}T16%3A00 HTTP/2.0" 201 {R.randint(200, 600)} "-" {R.choice(UA)}')
    elif c == 2:
        p = dead()
        L.t(f'- {t} "GET ').p("/memorials/" + slug(p), "url").t(f' HTTP/2.0" 200 {R.randint(9000, 40000)} "https://www.facebook.com/" {R.choice(UA)}')
    else:
        L.p(r.user, "other_id").t(f' {t} "GET /portal/messages/thread/{R.randint(1000, 9999)} HTTP/2.0" 200 {R.randint(900, 9000)} "-" {R.choice(UA)}')
    return [L]


# ---- 6 video-call scheduler (logfmt, Go service)
def g_logfmt(phi):
    tick()
    L = Line("logfmt")
    L.t(f"time={ts_isooff()} level=")
    if not phi:
        c = pickc(5)
        if c == 0:
            L.t(f'info svc=vcall-scheduler msg="reminder sweep" sent={R.randint(0, 30)} failed=0 dur={R.randint(200, 2000)}ms')
        elif c == 1:
            L.t(f'warn svc=vcall-scheduler msg="twilio webhook retry" sid=CA{hexs(32)} attempt={R.randint(2, 4)}')
        elif c == 2:
            L.t(f'info svc=vcall-scheduler msg="provider token refreshed" provider=zoom expires_in=3599 trace_id={hexs(32)}')
        elif c == 3:
            L.t(f'info svc=vcall-scheduler msg="tablet fleet status" online={R.randint(10, 16)} offline={R.randint(0, 3)} mdm=intune')
        else:
            L.t(f'error svc=vcall-scheduler msg="ics render failed" err="template: slot.ics:12: unexpected EOF" call_id=vc_{hexs(6)}')
        return [L]
    p = res()
    r = R.choice(p.rels)
    c = pickc(3)
    slot = dt.datetime.combine(REF + dt.timedelta(days=R.randint(0, 8)), dt.time(R.choice([10, 11, 14, 15, 16, 19]), R.choice([0, 30])))
    if c == 0:
        L.t(f'info svc=vcall-scheduler msg="call booked" call_id=vc_{hexs(6)} resident_id=').p(p.rid, "mrn")
        L.t(' resident="').p(nm(p, "fl"), "name").t('" family="').p(f"{r.first} {r.last}", "name").t('" family_phone=')
        L.p(fmt_phone(r.phone, R.choice(["e164", "plain"])), "phone").t(' slot="').p(slot.strftime("%Y-%m-%d %H:%M"), "date")
        L.t('" tz=America/New_York room_url=').p(f"https://meet.brightwatercare.com/r/{fold(p.last).lower().replace(' ', '').replace(chr(39), '')}-{hexs(6)}", "url")
    elif c == 1:
        L.t(f'info svc=vcall-scheduler msg="call completed" call_id=vc_{hexs(6)} resident_id=').p(p.rid, "mrn")
        L.t(f" duration=00:{R.randint(5, 40):02d}:{R.randint(0, 59):02d} participants={R.randint(2, 4)} tablet=TAB-{R.randint(1, 16):02d} assisted_by=\"{R.choice(STAFF_PLAIN)}\"")
    else:
        L.t(f'warn svc=vcall-scheduler msg="call missed" call_id=vc_{hexs(6)} family=').p(r.email, "email")
        L.t(" reason=no_answer callback=").p(fmt_phone(r.phone, "dash"), "phone").t(" slot=").p(slot.strftime("%Y-%m-%dT%H:%M:00-04:00"), "date")
    return [L]


# ---- 7 eMAR CSV export
EMAR_HDR = "admin_id,resident_id,resident_name,dob,med,dose,route,sched,given_at,status,crush,note,staff"


def g_emar(phi):
    tick(1, 30)
    L = Line("csv_emar")
    if not phi:
        c = pickc(3)
        if c == 0:
            L.t(EMAR_HDR)
        elif c == 1:
            L.t(f"# export=emar_admin facility=12 window=2024-03-14T{R.choice(['06', '14', '22'])}:00/8h rows={R.randint(150, 260)} sha1={hexs(40)}")
        else:
            m = R.choice(MEDS)
            L.t(f"STK-{R.randint(10000, 99999)},,WARD STOCK,,{m[0]},{R.randint(20, 200)} units,,,,COUNT_OK,,cart {R.randint(1, 4)} double count,{R.choice(STAFF_PLAIN)}")
        return [L]
    p = res()
    m = R.choice(MEDS)
    sched = R.choice(["0800", "1200", "1700", "2000", "PRN", "0600"])
    if sched == "PRN":
        given = NOW - dt.timedelta(minutes=R.randint(5, 240))
    else:
        given = dt.datetime.combine(REF, dt.time(int(sched[:2]), 0)) + dt.timedelta(minutes=R.randint(-25, 50))
        if given > NOW:
            given -= dt.timedelta(days=1)
    L.t(f"A-{R.randint(550000, 599999)},").p(p.mc, "mrn").t(',"').p(nm(p, "lfm"), "name").t('",')
    L.p(fmt_date(p.dob, R.choice(["us", "iso", "us_short"])), "date").t(f",{m[0]},{m[1]},{m[2]},{sched},")
    L.p(given.strftime(R.choice(["%Y-%m-%d %H:%M", "%m/%d/%Y %H:%M"])), "date")
    crush = m[3]
    status = R.choice(["GIVEN", "GIVEN", "GIVEN", "REFUSED", "HELD"])
    L.t(f",{status},{crush},\"")
    if crush == "N":
        L.t(R.choice(["DO NOT CRUSH - ER/DR; given whole w/ nectar-thick liquid", "do not crush; capsule opened & sprinkled on applesauce per pharmacy",
                      "patch applied L upper back, old patch removed & folded"]))
    elif status == "HELD":
        r = R.choice(p.rels)
        L.t("held - asleep; ").t(r.rel + " ").p(r.first, "name").t(" at bedside, aware")
    elif status == "REFUSED":
        L.t(R.choice(["refused x2, reapproached 0845, spat out crushed tab - MD notified", "refused, clenched jaw; will reattempt in 30 min"]))
    else:
        if sched == "PRN":
            L.t(R.choice(["PRN for sundowning/agitation, effective @ 1 hr", "PRN for pain (grimacing, PAINAD 5), crushed in applesauce"]))
        else:
            L.t(R.choice(["crushed & mixed w/ applesauce per order", "crushed in pudding, swallowed w/o difficulty",
                          "crushed; pocketed in L cheek, cued to swallow", "given whole, tolerated"]))
    L.t(f"\",{R.choice(MED_STAFF)}")
    return [L]


# ---- 8 document store XML (POA / guardianship / advance directives)
def g_xml(phi):
    tick()
    L = Line("xml_docstore")
    if not phi:
        c = pickc(3)
        if c == 0:
            L.t(f'<syncReport ts="{ts_isoz()}" store="docs-prod" docs="{R.randint(400, 460)}" added="{R.randint(0, 5)}" checksum="sha256:{hexs(64)}"/>')
        elif c == 1:
            L.t(f'<error ts="{ts_isoz()}" code="DS-409" doc="DOC-{R.randint(80000, 89999)}">Document version conflict; retry with If-Match</error>')
        else:
            L.t(f'<retention ts="{ts_isoz()}" policy="7y-after-discharge" purged="{R.randint(0, 12)}" dryRun="false"/>')
        return [L]
    p = res()
    r = R.choice(p.rels)
    c = pickc(3)
    if c == 0:
        L.t(f'<doc id="').p(f"DOC-{R.randint(80000, 89999)}", "other_id").t(f'" type="{R.choice(["HCPOA", "DPOA", "HCPOA+LivingWill"])}" status="active">')
        L.t('<resident rid="').p(p.rid, "mrn").t('">').p(nm(p, "lf"), "name").t("</resident>")
        L.t(f'<agent rel="{r.rel}" phone="').p(fmt_phone(r.phone, "dot"), "phone").t('"')
        if r.fax:
            L.t(' fax="').p(fmt_phone(r.fax, "dot"), "fax").t('"')
        L.t(">").p(f"{r.first} {r.last}", "name").t("</agent>")
        L.t("<executed>").p(fmt_date(p.admit - dt.timedelta(days=R.randint(100, 3000)), "iso"), "date").t("</executed>")
        L.t(f'<notary commission="{R.randint(2015, 2023)}-RE-{R.randint(100000, 999999)}"/></doc>')
    elif c == 1:
        L.t('<guardianship caseNo="').p(f"{R.randint(2017, 2023)} GDN {R.randint(1000, 9999):06d}", "other_id")
        L.t(f'" court="{p.county} Probate Court" kind="{R.choice(["person", "person+estate"])}">')
        L.t("<ward mrn=\"").p(p.mc, "mrn").t('" dob="').p(fmt_date(p.dob, "iso"), "date").t('">').p(nm(p, "LF_up"), "name").t("</ward>")
        L.t("<guardian type=\"family\">").p(f"{r.first} {r.last}", "name").t("</guardian>")
        L.t("<addr>").p(r.street, "address").t(", ").p(r.city, "address").t(f", {r.state} ").p(r.zip, "zip").t("</addr>")
        L.t("<letters issued=\"").p(fmt_date(REF - dt.timedelta(days=R.randint(60, 1500)), "iso"), "date").t('"/></guardianship>')
    else:
        L.t(f'<doc id="').p(f"AD-{R.randint(10000, 99999)}", "other_id").t('" type="POLST" status="active"><subject>')
        L.p(nm(p, "fl"), "name").t(" (").p(p.pcc, "mrn").t(")</subject><code>DNR/comfort-focused</code><signedBy rel=\"")
        L.t(r.rel + "\">").p(nm(r, "fl"), "name").t("</signedBy><signed>").p(fmt_date(REF - dt.timedelta(days=R.randint(5, 400)), "us"), "date")
        L.t("</signed></doc>")
    return [L]


# ---- 9 aide activity notes (free text)
def g_note(phi):
    tick()
    L = Line("free_text_note")
    st = R.choice(STAFF)
    L.t(f"[activity-notes] {NOW.strftime('%H:%M')} {st} ({R.choice(WINGS)}): ")
    if not phi:
        L.t(R.choice([
            f"Group activity: chair yoga, {R.randint(6, 14)} attended, no incidents.",
            "Sensory room cleaned, aromatherapy diffuser refilled (lavender).",
            f"Resident in {R.randint(100, 230)}B napped through bingo, no distress noted.",
            "Music hour - played Glenn Miller & Patsy Cline, good participation from the group.",
            "Courtyard closed due to rain; moved gardening club to dining room B.",
            f"Baking group made banana bread, {R.randint(4, 9)} residents, all hand-over-hand assist.",
            "Reminiscence cart restocked: 1950s magazines, button box, fabric swatches.",
        ]))
        return [L]
    p = res()
    r = R.choice(p.rels)
    c = pickc(6)
    if c == 0:
        L.p(p.first, "name").t(' enjoyed the sing-along, sang "You Are My Sunshine" all verses. Ate 75% lunch. Asked for ')
        L.t(("her" if p.sex == "F" else "his") + " " + r.rel + " ").p(r.first, "name").t(" several times, redirected w/ photo album.")
    elif c == 1:
        p = R.choice(BIRTHDAY)
        r = R.choice(p.rels)
        L.t("Mr. " if p.sex == "M" else R.choice(["Mrs. ", "Ms. "])).p(p.last, "name").t(" turned ").p(p.age, age_cat(p.age)).t(" today!! (DOB ")
        L.p(fmt_date(p.dob, R.choice(["us_short", "us2"])), "date").t(") Cake at 2pm, ").p(r.first, "name").t(" bringing great-grandkids.")
    elif c == 2:
        L.p(nm(p, "fi"), "name").t(" (").p(p.age, age_cat(p.age)).t("yo) restless after dinner, paced hallway and tried the ")
        L.t(f"{R.choice(DOORS)} door twice. Walked w/ {'her' if p.sex == 'F' else 'him'}, folded towels, settled by 19:30.")
    elif c == 3:
        L.t("Video call w/ ").p(f"{r.first} {r.last}", "name").t(" went well - ").p(p.first, "name")
        L.t(" recognized them and smiled. Next call booked ").p(fmt_date(REF + dt.timedelta(days=R.randint(2, 8)), "md"), "date").t(" 4pm.")
    elif c == 4:
        L.t("Adult day: ").p(nm(p, "fl"), "name").t(" (").p(p.adp, "mrn").t(") dropped off 08:40 by ").p(r.first, "name")
        L.t(", picked up 15:10. Participated in art therapy, needed cues for toileting x2.")
    else:
        L.t("Grandpa " if p.sex == "M" else "Grandma ").p(p.first, "name").t(" told stories about the farm in ").p(p.city, "address")
        L.t(" again, very animated. Hearing aid ").p(p.ha, "device").t(" battery replaced.")
    return [L]


# ---- 10 state incident report export (pipe)
INC_HDR = "report_no|facility_lic|incident_dt|type|resident_name|resident_dob|injury|family_notified|reported_by"


def g_pipe(phi):
    tick(1, 20)
    L = Line("pipe_state_report")
    if not phi:
        c = pickc(3)
        if c == 0:
            L.t(INC_HDR)
        elif c == 1:
            L.t(f"TRL|{R.randint(1, 6)}|MC-OH-0412|{REF.strftime('%Y%m%d')}|sha256={hexs(16)}")
        else:
            L.t(f"HDR|OH-DOH-EIDC|v3.4|MC-OH-0412|Brightwater Memory Care of Kettering|937-555-0100|{REF.strftime('%Y%m%d')}")
        return [L]
    p = res()
    r = R.choice(p.rels)
    when = NOW - dt.timedelta(minutes=R.randint(30, 4000))
    L.p(f"IR-2024-{R.randint(100, 999):05d}", "other_id").t("|MC-OH-0412|").p(when.strftime(R.choice(["%m/%d/%Y %H:%M", "%Y-%m-%d %H:%M"])), "date")
    L.t(f"|{R.choice(['ELOPEMENT', 'FALL', 'RESIDENT-TO-RESIDENT', 'ELOPEMENT-ATTEMPT', 'MED-ERROR'])}|")
    L.p(nm(p, "LF_up"), "name").t("|").p(fmt_date(p.dob, "iso"), "date").t(f"|{R.choice(['none', 'skin tear L forearm', 'bruise R hip', 'none apparent'])}|Y (")
    L.t(r.rel + " ").p(r.first, "name").t(" ").p(fmt_phone(r.phone, "dash"), "phone").t(f")|{R.choice(STAFF_PLAIN)}, RN")
    return [L]


# ---- 11 HL7 v2 via integration engine (log4j, escaped \r) and raw block
def hl7_pid(L, p, with_ssn=True):
    L.t("PID|1||").p(p.pcc, "mrn").t("^^^PCC^PI")
    if with_ssn:
        L.t("~").p(p.ssn.replace("-", ""), "ssn").t("^^^SSA^SS")
    L.t("||").p(f"{fold(p.last).upper()}^{fold(p.first).upper()}" + (f"^{p.middle[0]}" if p.middle else ""), "name")
    L.t("||").p(fmt_date(p.dob, "hl7"), "date").t(f"|{p.sex}|||").p(p.street, "address").t("^^").p(p.city, "address")
    L.t("^OH^").p(p.zip, "zip").t("||").p(fmt_phone(R.choice(p.rels).phone, "paren"), "phone")


def pv1_head(p, disp):
    f = [""] * 44
    f[0], f[1], f[2], f[3] = "PV1", "1", "I", f"MAG^{p.room}^1"
    f[7] = "1234567890^HALLORAN^PATRICIA^^^DR"
    f[10] = "MEM"
    f[36] = disp
    return "|".join(f)  # PV1-43 is last; caller appends "|" + PV1-44


def g_hl7(phi):
    tick()
    if not phi:
        L = Line("log4j_hl7_engine")
        L.t(f"{ts_log4j()} INFO  [pcc-inbound-{R.randint(1, 3)}] c.b.integ.hl7.MllpListener - ")
        L.t(R.choice([f"Sent ACK AA for control id PCC{R.randint(10 ** 9, 10 ** 10 - 1)} in {R.randint(2, 40)} ms",
                      f"MLLP connection accepted from {priv_ip()}:{R.randint(30000, 60000)}",
                      f"Channel ADT_IN stats: received={R.randint(100, 900)} filtered={R.randint(0, 30)} errored=0 queued=0"]))
        return [L]
    p = res()
    ctrl = f"PCC{R.randint(10 ** 9, 10 ** 10 - 1)}"
    msh_ts = NOW.strftime("%Y%m%d%H%M%S")
    if pickc(5) < 3:
        L = Line("log4j_hl7_engine")
        if R.random() < 0.4:
            p = R.choice(NEW_ADMITS)
            ev = "A01"
        else:
            ev = "A08"
        L.t(f"{ts_log4j()} INFO  [pcc-inbound-{R.randint(1, 3)}] c.b.integ.hl7.MllpListener - Received ADT^{ev} ctrl={ctrl} raw=")
        L.t(f"MSH|^~\\&|PCC|BRIGHTWATER|WANDERGUARD|BW|{msh_ts}||ADT^{ev}|{ctrl}|P|2.5.1\\r")
        if ev == "A01":
            L.t("EVN|A01|").p(p.admit.strftime("%Y%m%d") + "1000", "date").t("\\r")
        else:
            L.t(f"EVN|A08|{msh_ts}\\r")
        hl7_pid(L, p)
        L.t("\\r" + pv1_head(p, "") + "|").p(p.admit.strftime("%Y%m%d"), "date").t("\\r")
        return [L]
    # multi-line raw block (death / discharge), one segment per physical line
    p = dead()
    out = []
    L = Line("log4j_hl7_engine")
    L.t(f"{ts_log4j()} WARN  [pcc-inbound-2] c.b.integ.hl7.MllpListener - ADT^A03 discharge disposition=EXPIRED ctrl={ctrl}, payload follows")
    out.append(L)
    L = Line("hl7v2")
    L.t(f"MSH|^~\\&|PCC|BRIGHTWATER|HOSPICELINK|BAYVIEW|{msh_ts}||ADT^A03|{ctrl}|P|2.5.1")
    out.append(L)
    L = Line("hl7v2")
    hl7_pid(L, p, with_ssn=R.random() < 0.5)
    death = p.death
    L.t("|" * 16).p(death.strftime("%Y%m%d%H%M"), "date").t("|Y")
    out.append(L)
    L = Line("hl7v2")
    L.t(pv1_head(p, "20^EXPIRED") + "|").p(p.admit.strftime("%Y%m%d"), "date").t("|").p(death.strftime("%Y%m%d%H%M"), "date")
    out.append(L)
    return out


# ---- 12 PCC REST sync job (log4j2) with JSON payloads
def g_pcc(phi):
    tick()
    L = Line("log4j_pcc_sync")
    L.t(f"{ts_log4j()} ")
    if not phi:
        c = pickc(5)
        if c == 0:
            L.t(f"INFO  [pcc-sync-{R.randint(1, 4)}] c.b.integ.pcc.PatientSyncJob - GET https://connect.pointclickcare.com/api/public/preview1/orgs/{hexs(8)}/patients?facId=12&pageSize=200&page={R.randint(1, 5)} -> 200 ({R.randint(200, 1500)} ms)")
        elif c == 1:
            L.t(f"WARN  [pcc-sync-1] c.b.integ.pcc.PccApiClient - 429 Too Many Requests, Retry-After={R.randint(5, 60)}s x-request-id={hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}")
        elif c == 2:
            L.t("INFO  [pcc-oauth] c.b.integ.pcc.TokenProvider - access token refreshed, expires_in=3600 scope=patients.read meds.read")
        elif c == 3:
            L.t(f"INFO  [pcc-sync-2] c.b.integ.pcc.MedOrderSyncJob - synced {R.randint(100, 400)} orders, {R.randint(0, 9)} discontinued, pharmacy=Omnicare PO-{R.randint(100000, 999999)}")
        else:
            L.t(f"ERROR [pcc-sync-3] c.b.integ.pcc.PccApiClient - javax.net.ssl.SSLHandshakeException: PKIX path building failed (cert expires 2024-04-02, build 8.14.{R.randint(100, 999)})")
        return [L]
    p = res()
    c = pickc(3)
    if c == 0:
        wrong = p.dob.replace(day=min(p.dob.month, 28), month=min(p.dob.day, 12))
        L.t("WARN  [pcc-sync-1] c.b.integ.pcc.PatientSyncJob - patient ").p(p.pcc, "mrn").t(" (").p(nm(p, "lf"), "name")
        L.t(") birthDate mismatch pcc=").p(fmt_date(p.dob, "iso"), "date").t(" local=").p(fmt_date(wrong, "iso"), "date").t("; keeping PCC value")
    elif c == 1:
        L.t("DEBUG [pcc-sync-2] c.b.integ.pcc.PatientSyncJob - payload={")
        jkv(L, "patientId", int(p.pcc), "mrn", first=True); jkv(L, "firstName", p.first, "name"); jkv(L, "lastName", p.last, "name")
        jkv(L, "birthDate", p.dob.isoformat(), "date"); jkv(L, "gender", "FEMALE" if p.sex == "F" else "MALE")
        jkv(L, "admissionDate", p.admit.isoformat(), "date"); jkv(L, "medicareNumber", p.mbi, "health_plan")
        jkv(L, "medicaidNumber", p.mcd, "health_plan")
        if R.random() < 0.5:
            jkv(L, "driversLicense", p.dl, "license"); jkv(L, "driversLicenseState", "OH")
        jkv(L, "unitDesc", "Magnolia Memory Care"); jkv(L, "roomDesc", p.room)
        L.t("}")
    else:
        L.t("INFO  [pcc-sync-3] c.b.integ.pcc.ContactSyncJob - upserted contact for patient ").p(p.pcc, "mrn").t(": {")
        r = R.choice(p.rels)
        jkv(L, "contactType", "RESPONSIBLE_PARTY", first=True); jkv(L, "relationship", r.rel.upper())
        jkv(L, "firstName", r.first, "name"); jkv(L, "lastName", r.last, "name"); jkv(L, "cellPhone", fmt_phone(r.phone, "paren"), "phone")
        jkv(L, "email", r.email, "email")
        if r.fax:
            jkv(L, "fax", fmt_phone(r.fax, "dash"), "fax")
        L.t(',"address":{'); jkv(L, "addressLine1", r.street, "address", first=True); jkv(L, "city", r.city, "address")
        jkv(L, "provinceState", r.state); jkv(L, "postalZipCode", r.zip, "zip"); L.t("}}")
    return [L]


# ---- 13 Node-RED bed sensor flows + mosquitto
def g_nodered(phi):
    tick(1, 50)
    L = Line("nodered_log")
    L.t(f"{NOW.day} {MON[NOW.month - 1]} {NOW.strftime('%H:%M:%S')} - ")
    if not phi:
        c = pickc(4)
        if c == 0:
            L.t(f"[info] [mqtt-broker:local] Connected to broker: mqtt://{priv_ip()}:1883")
        elif c == 1:
            L.t(f'[info] [function:normalize] unassigned sensor BSN-{R.randint(1000, 9999)}-{R.randint(1000, 9999)} payload {{"occ":0,"hr":null,"rr":null,"rssi":-{R.randint(50, 80)}}}')
        elif c == 2:
            L.t(f"[warn] [function:calibrate] pad drift {R.uniform(1, 9):.1f}% on rm {R.randint(100, 230)} bed 1, recalibration scheduled")
        else:
            L.t("[info] Started flows (bed-exit-night v12, vitals-trend v4)")
        return [L]
    p = res()
    c = pickc(3)
    if c == 0:
        L.t("[warn] [function:bed-exit-night] BED_EXIT sn=").p(p.bed, "device").t(" resident=").p(p.rid, "mrn").t(" (")
        L.p(nm(p, "lfi"), "name").t(f") out_of_bed={R.randint(60, 900)}s hr={R.randint(55, 100)} rr={R.randint(12, 22)} -> paging {R.choice(WINGS)}")
    elif c == 1:
        L.t(f"[debug] [mqtt in:bw/{R.choice(['wingA', 'wingB', 'magnolia'])}/rm{p.room}/bed1/state] ")
        L.t("{"); jkv(L, "sn", p.bed, "device", first=True); jkv(L, "resident", p.rid, "mrn"); jkv(L, "occ", R.randint(0, 1))
        jkv(L, "hr", R.randint(55, 95)); jkv(L, "rr", R.randint(12, 22)); jkv(L, "motion", R.randint(0, 40)); L.t("}")
    else:
        L.t("[info] [function:assign] sensor ").p(p.bed, "device").t(" linked to ").p(nm(p, "fl"), "name").t(" (").p(p.pcc, "mrn").t(")")
    return [L]


def g_mosquitto(phi):
    tick(1, 40)
    L = Line("mosquitto")
    L.t(f"{epoch()}: ")
    c = pickc(4)
    if c == 0:
        L.t(f"New client connected from {priv_ip()}:{R.randint(30000, 60000)} as bedsens-BSN-{R.randint(1000, 9999)}-{R.randint(1000, 9999)} (p2, c1, k60).")
    elif c == 1:
        L.t(f"Client gw-wingB-0{R.randint(1, 4)} closed its connection.")
    elif c == 2:
        L.t(f"Saving in-memory database to /mosquitto/data/mosquitto.db.")
    else:
        L.t(f"Client nodered_{hexs(8)} has exceeded timeout, disconnecting.")
    return [L]


# ---- 14 hospice coordination (python logging) + postfix
HOSPICES = [("Bayview Hospice", "937-555-0199"), ("Ohio's Hospice of Dayton", "(937) 555-0188"), ("Crossroads Hospice", "513.555.0170")]


def g_hospice(phi):
    tick()
    L = Line("python_logging")
    L.t(f"{ts_log4j()} hospice_coord.")
    hn, hf = R.choice(HOSPICES)
    if not phi:
        L.t(R.choice([
            f"fax INFO job fx-{hexs(8)} to {hn} ({hf}) status=DELIVERED pages={R.randint(3, 12)} carrier=efax",
            f"sync INFO pulled {R.randint(0, 6)} IDG notes from {hn} portal in {R.uniform(0.5, 4):.2f}s",
            "sched WARNING comfort-kit reorder threshold reached: morphine 20mg/mL x2, lorazepam 0.5mg x1 (pharmacy PO-" + str(R.randint(100000, 999999)) + ")",
            f"fax ERROR job fx-{hexs(8)} to {hn} ({hf}) failed: NO_ANSWER after 3 attempts",
        ]))
        return [L]
    p = res()
    c = pickc(3)
    if c == 0:
        L.t(f"referral INFO Sent referral ").p(f"HR-2024-{R.randint(10, 999):04d}", "other_id").t(f" to {hn} (fax {hf}) for ")
        L.p(nm(p, "fl"), "name").t(", DOB ").p(fmt_date(p.dob, "us"), "date").t(", MBI ").p(mbi(), "health_plan").t(", dx G30.1/F02.C1; pages=6")
    elif c == 1:
        L.t(f"election INFO {hn} election recorded resident=").p(p.rid, "mrn").t(" name=").p(nm(p, "lf").replace(", ", ","), "name")
        L.t(" election_date=").p(fmt_date(REF - dt.timedelta(days=R.randint(0, 10)), "iso"), "date").t(" level_of_care=RHC attending=Dr. A. Mukherjee")
    else:
        r = R.choice(p.rels)
        L.t("visit INFO RN visit scheduled ").p((REF + dt.timedelta(days=R.randint(0, 5))).strftime("%m/%d") + " 10:00", "date")
        L.t(" for ").p(nm(p, "fl"), "name").t(" (age ").p(p.age, age_cat(p.age)).t("); notify ").p(f"{r.first} {r.last}", "name")
        L.t(" via ").p(fmt_phone(r.phone), "phone")
    return [L]


def g_postfix(phi):
    tick(1, 60)
    L = Line("postfix_syslog")
    qid = hexs(10).upper()
    L.t(f"{MON[NOW.month - 1]} {NOW.day:2d} {NOW.strftime('%H:%M:%S')} mail01 postfix/smtp[{R.randint(1000, 30000)}]: {qid}: to=<")
    if not phi:
        L.t(R.choice(["intake@bayviewhospice.org", "don@brightwatercare.com", "oncall-nursing@brightwatercare.com", "survey.reports@odh.ohio.gov"]))
        L.t(f">, relay=smtp.office365.com[52.96.{R.randint(0, 255)}.{R.randint(1, 254)}]:25, delay={R.uniform(0.5, 3):.2f}, dsn=2.0.0, status=sent (250 2.0.0 OK)")
        return [L]
    r = R.choice(res().rels)
    L.p(r.email, "email").t(f">, relay={R.choice(['gmail-smtp-in.l.google.com[142.250.', 'mx-aol.mail.gm0.yahoodns.net[67.195.'])}{R.randint(0, 255)}.{R.randint(1, 254)}]:25, delay={R.uniform(0.5, 3):.2f}, dsn=2.0.0, status=sent (250 2.0.0 OK)")
    return [L]


# ---- 15 memorial / obituary notices (WordPress plugin log)
def g_memorial(phi):
    tick()
    L = Line("wp_plugin_log")
    L.t(f"{(NOW + UTC_OFF).strftime('%Y-%m-%dT%H:%M:%S')}+00:00 [bw-memorials] ")
    if not phi:
        L.t(R.choice([f"INFO cron wp_scheduled_delete ran, {R.randint(0, 9)} trashed posts removed",
                      f"INFO regenerated {R.randint(3, 20)} thumbnails for attachment batch {R.randint(1000, 9999)}",
                      "WARNING Akismet API timeout (5s), guestbook entries held for moderation",
                      "INFO funeral-home feed import: 0 new notices (source=legacy.com partner feed)"]))
        return [L]
    p = dead()
    death = p.death.date()
    c = pickc(3)
    if c == 0:
        L.t(f"INFO publish post_id={R.randint(8000, 9999)} status=publish url=").p(f"https://brightwatercare.com/memorials/{slug(p)}", "url")
        L.t(' title="In Loving Memory of ').p(nm(p, "fml"), "name").t('"')
    elif c == 1:
        rels = p.rels
        pr = random.Random(p.rid)  # per-decedent stable details
        partners = [pr.choice(["Rick", "Tom", "Ana", "Dave", "Lin", "Femi"]) if pr.random() < 0.4 else None for _ in rels]
        service = death + dt.timedelta(days=pr.randint(5, 12))
        home = pr.choice(["Routsong Funeral Home", "Newcomer Funeral Home", "Tobias Funeral Home"])
        L.t('DEBUG excerpt="').p(nm(p, "fml"), "name").t(", ").p(p.age, age_cat(p.age)).t(", of ").p(p.city, "address")
        L.t(", passed away peacefully on ").p(fmt_date(death, "long"), "date").t(". ")
        L.t(R.choice(["Survived by ", ("She" if p.sex == "F" else "He") + " is survived by ",
                      "Survived by " + ("her" if p.sex == "F" else "his") + " loving family: "]))
        for i, r in enumerate(rels):
            if i:
                L.t("; ")
            L.t(r.rel + " ").p(r.first, "name")
            if partners[i]:
                L.t(" (").p(partners[i], "name").t(")")
            L.t(" ").p(r.last, "name")
        L.t('. Celebration of life ').p(fmt_date(service, R.choice(["md", "long"])), "date")
        L.t(f' at {home}."')
    else:
        r = R.choice(p.rels)
        L.t("INFO guestbook entry approved post_id=" + str(R.randint(8000, 9999)) + " author=").p(r.email, "email")
        L.t(' text="Grandma ' if p.sex == "F" else ' text="Grandpa ').p(p.first, "name").t(" taught us all to bake. We miss you. - the ").p(r.last, "name").t(' family"')
    return [L]


# ---- 16 contact preference audit (ECS JSON)
def g_ecs(phi):
    tick()
    L = Line("ecs_json_audit")
    L.t("{")
    jkv(L, "@timestamp", ts_isoz(), first=True)
    jkv(L, "log.level", "info")
    if not phi:
        c = pickc(3)
        if c == 0:
            jkv(L, "event.action", "session.gc"); jkv(L, "purged", R.randint(10, 400)); jkv(L, "service.name", "family-portal")
        elif c == 1:
            jkv(L, "event.action", "config.reload"); jkv(L, "quiet_hours.default", "21:00-07:00"); jkv(L, "sms.provider", "twilio")
            jkv(L, "service.version", f"5.{R.randint(0, 9)}.{R.randint(0, 30)}")
        else:
            jkv(L, "event.action", "staff.contact.update"); jkv(L, "user.name", "jkessler"); jkv(L, "phone", "(937) 555-0123")
            jkv(L, "email", "activities@brightwatercare.com")
        L.t("}")
        return [L]
    p = res()
    r = R.choice(p.rels)
    jkv(L, "event.action", "contact_pref.update"); jkv(L, "resident_ref", p.rid, "mrn")
    L.t(',"contact":{')
    jkv(L, "name", f"{r.first} {r.last}", "name", first=True); jkv(L, "rel", r.rel); jkv(L, "pref", r.pref)
    jkv(L, "phone", fmt_phone(r.phone, R.choice(["plain", "e164", "paren"])), "phone")
    if r.fax:
        jkv(L, "fax", fmt_phone(r.fax, "paren"), "fax")
    else:
        jkv(L, "fax", None)
    jkv(L, "email", r.email, "email")
    if r.pref == "mail" or R.random() < 0.3:
        L.t(',"mailing_address":"').p(r.street, "address").t(", ").p(r.city, "address").t(f", {r.state} ").p(r.zip, "zip").t('"')
    jkv(L, "quiet_hours", R.choice(["21:00-07:00", "22:00-08:00", None])); jkv(L, "lang", r.lang)
    jkv(L, "notify_on", R.choice([["incident", "hospice"], ["incident"], ["incident", "weekly_summary", "photos"]]))
    L.t("}")
    L.t(',"user.name":"portal:').p(r.user, "other_id").t('"')
    L.t("}")
    return [L]


# ---- 17 X12 270/271 Medicaid waiver eligibility (one line per interchange)
def g_x12(phi):
    tick()
    L = Line("x12_edi")
    L.t(f"{ts_log4j()} INFO  [edi-out] c.b.billing.edi.EligibilityClient - ")
    ctl = f"{R.randint(1, 999999999):09d}"
    d8 = NOW.strftime("%Y%m%d")
    isa = f"ISA*00*          *00*          *ZZ*BWMEMCARE      *ZZ*OHMCD          *{NOW.strftime('%y%m%d')}*{NOW.strftime('%H%M')}*^*00501*{ctl}*0*P*:~"
    if not phi:
        L.t("recv 999: " + isa + f"GS*FA*OHMCD*BWMEMCARE*{d8}*{NOW.strftime('%H%M')}*{R.randint(1, 9999)}*X*005010X231A1~ST*999*0001~AK1*HS*{R.randint(1, 9999)}~AK9*A*1*1*1~SE*4*0001~GE*1*1~IEA*1*{ctl}~")
        return [L]
    p = res()
    if R.random() < 0.6:
        L.t("send 270: " + isa + f"GS*HS*BWMEMCARE*OHMCD*{d8}*{NOW.strftime('%H%M')}*{R.randint(1, 9999)}*X*005010X279A1~ST*270*0001*005010X279A1~BHT*0022*13*{R.randint(10 ** 7, 10 ** 8)}*{d8}*{NOW.strftime('%H%M')}~")
        L.t("HL*1**20*1~NM1*PR*2*OHIO MEDICAID*****PI*OHMCD~HL*2*1*21*1~NM1*1P*2*BRIGHTWATER ADULT DAY*****XX*1558123456~HL*3*2*22*0~")
        L.t(f"TRN*1*{R.randint(10 ** 5, 10 ** 6)}-{R.randint(100, 999)}*9877281234~NM1*IL*1*").p(fold(p.last).upper(), "name").t("*").p(fold(p.first).upper(), "name")
        L.t("****MI*").p(p.mcd, "health_plan").t("~DMG*D8*").p(p.dob.strftime("%Y%m%d"), "date").t("~DTP*291*D8*").p(d8, "date").t("~EQ*30~SE*13*0001~GE*1*1~IEA*1*" + ctl + "~")
    else:
        L.t("recv 271: ST*271*0001*005010X279A1~BHT*0022*11*" + str(R.randint(10 ** 7, 10 ** 8)) + "*" + d8 + "~HL*3*2*22*0~NM1*IL*1*")
        L.p(fold(p.last).upper(), "name").t("*").p(fold(p.first).upper(), "name").t("****MI*").p(p.mcd, "health_plan")
        L.t("~N3*").p(fold(p.street).upper(), "address").t("~N4*").p(p.city.upper(), "address").t("*OH*").p(p.zip.replace("-", ""), "zip")
        L.t("~DMG*D8*").p(p.dob.strftime("%Y%m%d"), "date").t("~EB*1*IND*30**PASSPORT WAIVER~DTP*307*RD8*").p(f"{REF.year}0101-{REF.year}1231", "date").t("~SE*10*0001~")
    return [L]


# ---- 18 door controllers RFC 5424 syslog
def g_syslog(phi):
    tick(1, 50)
    L = Line("rfc5424_syslog")
    host = f"dc-{R.choice(['east', 'west', 'lobby', 'dock'])}-{R.randint(1, 3)}"
    L.t(f"<{R.choice([134, 133, 132])}>1 {NOW.strftime('%Y-%m-%dT%H:%M:%S.')}{ms()}-04:00 {host} doorctl {R.randint(300, 2000)} ")
    door = R.choice(DOORS)
    if not phi:
        L.t(R.choice([
            f'DOOR_HELD [meta door="{door}" state="held_open" dur_s="{R.randint(31, 120)}"] Door held open beyond threshold',
            f'MAGLOCK [meta door="{door}" v="23.9" ma="{R.randint(380, 520)}"] Maglock current nominal',
            f'KEYPAD [meta door="{door}" badge="EMP-{R.randint(1000, 9999)}"] Staff code accepted, delayed egress bypass 15s',
            f'FIRE_RELEASE_TEST [meta door="{door}" result="pass" build="fw-4.1.{R.randint(0, 9)}"] Quarterly fire release test',
            f'- - Heartbeat to wander server {priv_ip()}:8443 ok',
        ]))
        return [L]
    p = res()
    if R.random() < 0.45:
        r = R.choice(p.rels)
        L.t(f'LPR [meta cam="gate-{R.randint(1, 2)}" plate="').p(r.plate, "vehicle").t(f'" conf="0.{R.randint(80, 99)}"] Registered visitor vehicle, visiting ')
        L.p(nm(p, "lf"), "name").t(", gate opened")
        return [L]
    L.t(f'TAG_LOCK [meta door="{door}" tag="').p(p.tag, "device").t(f'" rssi="-{R.randint(50, 80)}"] Tag-triggered lock engaged, alarm raised')
    return [L]


# ---- 19 visitor + adult-day kiosk (Windows app text log)
def g_kiosk(phi):
    tick()
    L = Line("kiosk_text")
    L.t(NOW.strftime("%m/%d/%Y %I:%M:%S %p") + f" [{R.choice(['VisitorKiosk', 'AdultDayKiosk'])}] ")
    if not phi:
        L.t(R.choice(["Badge printer ZD421 ready (firmware V84.20.23Z)", f"Synced {R.randint(3, 30)} visitor records to cloud in {R.randint(100, 900)} ms",
                      "Fingerprint reader U.are.U 4500 reconnected (USB)", "Screen idle, returning to welcome page",
                      f"Health screening questionnaire v{R.randint(3, 5)}.{R.randint(0, 9)} loaded"]))
        return [L]
    p = res()
    r = R.choice(p.rels)
    c = pickc(3)
    if c == 0:
        L.t('CheckIn visitor="').p(f"{r.first} {r.last}", "name").t(f'" relationship={r.rel.title()} resident="').p(nm(p, "lf"), "name")
        L.t('" plate=').p(r.plate, "vehicle").t(f" badge=V-{R.randint(1000, 9999)} temp={R.uniform(97.1, 98.9):.1f}F")
    elif c == 1:
        L.t("ParticipantCheckIn id=").p(p.adp, "mrn").t(' name="').p(nm(p, "fl"), "name").t('" fp_template=').p(b64_fp(), "biometric")
        L.t(f" match_score={R.randint(60, 99)} transport=MetroParatransit")
    else:
        L.t("ParticipantEnroll id=").p(p.adp, "mrn").t(' dob=').p(fmt_date(p.dob, "us"), "date").t(" state_id=").p(p.dl, "license")
        L.t(" emergency_contact=\"").p(f"{r.first} {r.last}", "name").t("\" ").p(fmt_phone(r.phone, "paren"), "phone")
    return [L]


# ---- 20 Prometheus exposition (noise only)
def g_prom(phi):
    tick(1, 30)
    L = Line("prometheus_text")
    L.t(R.choice([
        f'bw_wander_alarms_total{{building="{R.choice("ABC")}",door="{R.choice(DOORS)}"}} {R.randint(0, 90)}',
        f'bw_tag_battery_low{{gateway="gw-wingB-0{R.randint(1, 4)}"}} {R.randint(0, 6)}',
        f'http_server_requests_seconds_count{{method="GET",status="200",uri="/api/v2/calls"}} {R.randint(1000, 90000)}',
        f'jvm_memory_used_bytes{{area="heap",id="G1 Old Gen"}} {R.randint(10 ** 8, 9 * 10 ** 8)}.0',
        f'bw_emar_pass_overdue{{wing="{R.choice(WINGS)}"}} {R.randint(0, 4)}',
        f'hikaricp_connections_active{{pool="HikariPool-1"}} {R.randint(0, 12)}.0',
    ]))
    return [L]


# ---- 21 state survey / incident intake (JSON API responses, Java client)
def g_survey(phi):
    tick()
    L = Line("spring_json_client")
    L.t(f"{ts_spring()}  INFO 4127 --- [   survey-sync] c.b.compliance.StateReportClient         : ")
    if not phi:
        L.t(R.choice([
            f'POST https://eidc.odh.ohio.gov/api/v3/incidents -> 202 {{"batch":"B{R.randint(10 ** 5, 10 ** 6)}","accepted":{R.randint(1, 5)},"rejected":0}}',
            f'annual survey window: {{"facility":"MC-OH-0412","surveyType":"recertification","ftags_open":["F689","F758"],"poc_due":"2024-04-02"}}',
            'poll /api/v3/incidents/status -> 304 Not Modified',
        ]))
        return [L]
    p = res()
    L.t("incident response: {")
    jkv(L, "reportNo", f"IR-2024-{R.randint(100, 999):05d}", "other_id", first=True); jkv(L, "status", R.choice(["RECEIVED", "UNDER_REVIEW", "CLOSED_NO_CITATION"]))
    jkv(L, "residentName", nm(p, "fl"), "name"); jkv(L, "residentAge", p.age, age_cat(p.age))
    jkv(L, "eventDate", fmt_date(REF - dt.timedelta(days=R.randint(0, 20)), "us"), "date"); jkv(L, "category", "ELOPEMENT")
    jkv(L, "surveyor", R.choice(["Karen Blythe", "Michael Osei", "D. Romero"]))
    L.t("}")
    return [L]


FAMILIES = [
    # (fn, noise_weight, phi_weight)
    (g_spring, 9, 8), (g_gateway, 6, 7), (g_laravel, 7, 10), (g_phperr, 4, 3), (g_nginx, 7, 8), (g_logfmt, 5, 6),
    (g_emar, 3, 10), (g_xml, 3, 5), (g_note, 4, 9), (g_pipe, 3, 5), (g_hl7, 4, 5), (g_pcc, 5, 6), (g_nodered, 4, 5),
    (g_mosquitto, 4, 0), (g_hospice, 3, 4), (g_postfix, 3, 2), (g_memorial, 3, 4), (g_ecs, 3, 5), (g_x12, 2, 3),
    (g_syslog, 5, 4), (g_kiosk, 3, 5), (g_prom, 5, 0), (g_survey, 2, 3),
]


def pick(phi):
    idx = 2 if phi else 1
    tot = sum(f[idx] for f in FAMILIES)
    x = R.uniform(0, tot)
    for f in FAMILIES:
        x -= f[idx]
        if x <= 0:
            return f[0]
    return FAMILIES[-1][0]


def main():
    target = 500
    noise = 0
    phi_blocks = 0
    forced = [(g_laravel, 4), (g_gateway, 1), (g_laravel, 5), (g_laravel, 6), (g_kiosk, 1), (g_laravel, 4),
              (g_spring, 6), (g_hl7, 4), (g_laravel, 5), (g_gateway, 1), (g_laravel, 6), (g_kiosk, 2), (g_pcc, 2),
              (g_hl7, 4)]
    while len(LINES) < target:
        want_noise = (noise / max(1, len(LINES))) < 0.55
        fn = pick(not want_noise)
        if not want_noise:
            phi_blocks += 1
            if phi_blocks % 17 == 0 and forced:
                global FORCE_C
                fn, FORCE_C = forced.pop(0)
        block = fn(not want_noise)
        if len(LINES) + len(block) > target:
            continue
        for L in block:
            emit(L)
            if not L.spans:
                noise += 1
    log_lines, labels = [], []
    for i, L in enumerate(LINES, 1):
        s = L.text()
        assert "\n" not in s and "\r" not in s and s.strip(), (i, s)
        b = s.encode("utf-8")
        spans = []
        for sp in L.spans:
            assert b[sp["s"]:sp["e"]].decode("utf-8") == sp["v"], (i, sp)
            spans.append({"s": sp["s"], "e": sp["e"], "cat": sp["cat"]})
        spans.sort(key=lambda x: x["s"])
        for a, c in zip(spans, spans[1:]):
            assert a["e"] <= c["s"], (i, spans)
        log_lines.append(s)
        labels.append(json.dumps({"line": i, "family": L.family, "spans": spans}, ensure_ascii=False))
    assert len(log_lines) == 500
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(log_lines))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(labels) + "\n")
    # summary
    cats, fams = {}, {}
    for L in LINES:
        fams[L.family] = fams.get(L.family, 0) + 1
        for sp in L.spans:
            cats[sp["cat"]] = cats.get(sp["cat"], 0) + 1
    nophi = sum(1 for L in LINES if not L.spans)
    print(f"lines={len(LINES)} no_phi={nophi} ({100 * nophi / len(LINES):.1f}%) families={len(fams)}")
    print("cats", dict(sorted(cats.items())))
    print("fams", dict(sorted(fams.items())))


if __name__ == "__main__":
    main()
