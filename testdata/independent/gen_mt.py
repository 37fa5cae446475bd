#!/usr/bin/env python3
"""Generate the "mt" held-out corpus: logs of a network of residential summer camps
(NorthStar Camps) with camp health centers (infirmary, camp nurses) and a Laravel/Vue camp
management platform.

Writes mt.log (500 lines) and mt.labels.jsonl (one JSON object per line) next to this file.
Standard library only, deterministic (fixed seed, no clock / environment randomness).
All people, identifiers, numbers and addresses are synthetic.

Families: laravel (Monolog line format, with multi-line stack traces), laravel_queue (artisan
queue:work output), activitylog (spatie JSON), nginx (combined access log), php_fpm,
vue_client (client-side log relay / Vue warnings), sentry_js (Sentry event JSON),
mysql_slow (slow query log, multi-line), mysql_general, mysql_err, stripe (webhook JSON in
Laravel log, stripe-cli), mailchimp (urlencoded webhook + API JSON), twilio (status/inbound
callbacks, outbound SMS), postfix, mar_csv (MAR export with header), nurse_log (health-center
log book, English/French free text), incident_kv (key=value incident events), transfer_xml
(off-site hospital transfer packets, single- and multi-line), ed_return (OCR of ED discharge
paperwork), hl7_iis (HL7 v2.5.1 RSP^K11 immunization registry response, one segment per
line), bus_csv (bus manifest CSV with header), pickup_kv (pick-up authorization checks),
roster_table (artisan table output), facetag (Python face-recognition photo tagging worker),
insurance_ocr (insurance card OCR JSON), immunization_json, supervisor, prometheus,
k8s_probe, cron, redis, config, vite.

Labeling decisions:
- Labeled people: campers (the patients of the health centers), their parents/guardians,
  relatives, emergency contacts and adults on pick-up authorizations, scholarship applicants
  and tuition payers (guarantors). Not labeled: nurses, camp physicians, counselors, drivers,
  photographers, other staff doing their work (names, initials, staff e-mails, extensions),
  treating ED physicians, the camps, hospitals, pharmacies, insurers, vendors.
- name: full names, first names alone, surnames alone, "Last, First", upper/lower case
  forms and initials ("A.O.", "Okafor A.") when they refer to a labeled person. The spoken
  relation word ("Mom", "dad") is not part of the span.
- date: birth dates, immunization dates, medication administration dates, health-center
  visit / incident / injury / transfer / ED visit dates, arrival and departure dates in a
  camper's record. For date-times only the date part is labeled (the time of day is not).
  Partial dates like "7/9" in a camper's log book entry are labeled. Not labeled: logger
  timestamps, HL7 MSH-7 message times, webhook fired_at / created times, session schedules
  not tied to a person, card expiry, drug lot expiry, years alone.
- age: only ages over 89 (relatives); camper ages and grades are not labeled.
- address: street lines, cities, counties (a whole "street, city" run may be one span);
  the state is not labeled; zip / ZIP+4 / Canadian postal code is a separate "zip" span.
  Camp, hospital and business addresses and bus pick-up stops (public places) are not labeled.
- phone / fax / email: of labeled people only; camp office numbers, Twilio sender numbers,
  staff and physician phones/faxes, noreply@ and staff addresses are not labeled. URL-encoded
  forms (%2B1..., %40) are labeled as written.
- mrn: camp health-center chart numbers (HC-...) and hospital MRNs. other_id: camper IDs and
  registration codes (also when they appear as a number inside an API path or as
  ExternalImageId "camper-NNNN"), parent portal usernames and user IDs, incident / transfer
  case numbers, Mailchimp subscriber IDs, state immunization-registry patient IDs.
- health_plan: insurance member / subscriber IDs, Medicaid IDs, provincial health card
  numbers (OHIP, RAMQ). Group numbers, RxBIN/PCN and payer IDs are not labeled.
- account: full card numbers (Luhn-valid, not public test PANs), bank account numbers, family
  tuition accounts (FAM-...), Stripe customer IDs (cus_...), hospital patient account numbers.
  Not labeled: card last4 / brand / expiry, routing numbers, Stripe pi_/ch_/evt_/in_ IDs,
  Twilio SIDs, public test card 4242 4242 4242 4242.
- ssn: full SSNs only; "ssn_last4" values are not labeled.
- license: driver's licences of guardians / pick-up adults, immunization exemption
  certificate numbers. vehicle: licence plates of guardians' cars (camp buses are not).
- device: serials / transmitter IDs of campers' medical devices (CGM, insulin pump, hearing
  aid) and IMEIs of campers' phones. Health-center equipment serials are not labeled.
- url: personal family-gallery share links and parent-supplied file links; ordinary app
  routes are not labeled (only an embedded camper ID inside them, as other_id).
- ip: public client IPs of parents (portal logins, parent-portal requests, Mailchimp
  ip_opt/ip_signup, Sentry user.ip_address). Internal 10.x/172.16.x addresses, health-check and
  server/relay IPs are not labeled.
- biometric: face embeddings / templates and Rekognition FaceIds (handles to an enrolled
  face template) of campers. photo: base64 face crops of campers.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import unicodedata
import urllib.parse

ID = "mt"
SEED = 20240709
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))


# --------------------------------------------------------------------------- line builder
class Line:
    """Concatenate parts; a part is a str (plain) or a (value, category) tuple (span)."""

    def __init__(self, family, *parts):
        self.family = family
        buf, spans, n = [], [], 0
        for p in parts:
            if isinstance(p, tuple):
                val, cat = p
                val = str(val)
                b = val.encode("utf-8")
                if cat:
                    spans.append((n, n + len(b), cat, val))
                n += len(b)
                buf.append(val)
            else:
                p = str(p)
                n += len(p.encode("utf-8"))
                buf.append(p)
        self.text = "".join(buf)
        self.spans = spans
        assert "\n" not in self.text and "\r" not in self.text, self.text
        assert self.text.strip(), "empty line"
        raw = self.text.encode("utf-8")
        for s, e, c, v in spans:
            assert raw[s:e].decode("utf-8") == v, (raw[s:e], v)


def L(family, *parts):
    return Line(family, *parts)


# --------------------------------------------------------------------------- clock
CLOCK = [dt.datetime(2024, 6, 30, 5, 40, 11)]


def tick(lo=20, hi=4800):
    CLOCK[0] += dt.timedelta(seconds=R.randint(lo, hi), microseconds=R.randint(0, 999999))
    return CLOCK[0]


def ts_laravel():
    return tick().strftime("%Y-%m-%d %H:%M:%S")


def ts_iso_ms():
    t = tick()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def ts_iso_us():
    t = tick()
    return t.strftime("%Y-%m-%dT%H:%M:%S.%f") + "Z"


def ts_clf():
    return tick().strftime("%d/%b/%Y:%H:%M:%S -0500")


def ts_syslog():
    t = tick()
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


def ts_py():
    t = tick()
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def today():
    return CLOCK[0].date()


# --------------------------------------------------------------------------- helpers
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def rstr(n, alphabet=ALNUM):
    return "".join(R.choice(alphabet) for _ in range(n))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return rstr(n, "0123456789abcdef")


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def ascii_fold(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ß", "ss").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def fmt_date(d, style=None):
    style = style or R.choice(["iso", "us", "us_short", "eu_dot", "dmy", "long", "abbr",
                               "dmon", "compact", "d_mon_y", "us_nopad"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return "%d/%d/%s" % (d.month, d.day, d.strftime("%y"))
    if style == "us_nopad":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "eu_dot":
        return d.strftime("%d.%m.%Y")
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "long":
        return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")
    if style == "abbr":
        return d.strftime("%b %d %Y")
    if style == "dmon":
        return d.strftime("%d-%b-%Y").upper()
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "d_mon_y":
        return "%d %s" % (d.day, d.strftime("%b %Y"))
    if style == "md":
        return "%d/%d" % (d.month, d.day)
    raise ValueError(style)


def fmt_phone(p, style=None):
    a, b, c = p[:3], p[3:6], p[6:]
    style = style or R.choice(["paren", "dash", "dot", "plain", "e164", "intl", "one_dash", "space"])
    return {
        "paren": "(%s) %s-%s" % (a, b, c),
        "dash": "%s-%s-%s" % (a, b, c),
        "dot": "%s.%s.%s" % (a, b, c),
        "plain": p,
        "e164": "+1" + p,
        "intl": "+1 %s %s %s" % (a, b, c),
        "one_dash": "1-%s-%s-%s" % (a, b, c),
        "space": "%s %s-%s" % (a, b, c),
    }[style]


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def fake_ssn():
    while True:
        area = R.randint(1, 899)
        if area != 666:
            break
    return "%03d-%02d-%04d" % (area, R.randint(1, 99), R.randint(1, 9999))


def jpeg_b64(n):
    hdr = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    return base64.b64encode(hdr + R.randbytes(n)).decode()


def embedding(k):
    return "[" + ",".join("%.4f" % R.uniform(-0.31, 0.31) for _ in range(k)) + "]"


def qenc(s):
    return urllib.parse.quote_plus(s)


# --------------------------------------------------------------------------- world
FIRST = ["Aiden", "Noa", "Zoë", "José", "Mei-Ling", "Oluwaseun", "Priya", "Liam", "Sofía",
         "Mateo", "Aaliyah", "Henrik", "Yuki", "Fatima", "Declan", "Siobhan", "Kwame",
         "Ingrid", "Ravi", "Anastasia", "Tomás", "Chloé", "Dmitri", "Amara", "Hiroshi",
         "Leilani", "Bartholomew", "Linh", "Esperanza", "Malik", "Astrid", "Jae-won",
         "Saoirse", "Ximena", "Emeka", "Björn", "Thandiwe", "Luca", "Ayşe", "Kai",
         "Marguerite", "Ezekiel", "Wren", "Imani", "Pedro", "Ana Lucía", "Jean-Baptiste",
         "Mary-Kate", "Oisín", "Léa", "Tevita", "Nadia", "Elijah", "Hana", "Rafael", "Greta",
         "Soren", "Adaeze", "Ezra", "Camille"]
ADULT_F = ["Grace", "Rachel", "Svetlana", "Hannah", "Farah", "Keiko", "Deborah", "Marisol",
           "Nkechi", "Yolanda", "Bernadette", "Françoise", "Aisling", "Ruth", "Elena", "Chiamaka",
           "Leticia", "Petra", "Colleen", "Mónica", "Anjali", "Ji-yeon", "Olga", "Fiona",
           "Amina", "Birgit", "Shoshana", "Tatiana", "Rosa", "Nomvula", "Geneviève"]
ADULT_M = ["Miguel", "Tunde", "Carlos", "Jonathan", "Anil", "Patrick", "Lars", "Dae-jung",
           "Omar", "Guillermo", "Samuel", "Vikram", "Thomas", "Mårten", "Jamal", "Hyun-woo",
           "Étienne", "Kenji", "Abdirahman", "Seamus", "Rajesh", "Yosef", "Andrzej", "Kofi",
           "Matthias", "Duc", "Ricardo", "Ahmed", "Piotr", "Bogdan", "Mathieu"]
REL_F = ("Mother", "Grandmother", "Aunt", "Stepmother", "great-grandmother")
REL_M = ("Father", "Grandfather", "Uncle", "Stepfather", "great-grandfather")
REL_WORD = {"Mother": "mom", "Father": "dad", "Grandmother": "grandma", "Grandfather": "grandpa",
            "Aunt": "aunt", "Uncle": "uncle", "Stepmother": "stepmom", "Stepfather": "stepdad",
            "Guardian": "guardian", "Neighbor": "neighbor"}
REL_ES = {"Mother": "la mamá", "Father": "el papá", "Grandmother": "la abuela", "Grandfather": "el abuelo",
          "Aunt": "la tía", "Uncle": "el tío", "Stepmother": "la madrastra", "Stepfather": "el padrastro",
          "Guardian": "el tutor", "Neighbor": "la vecina"}
LAST = ["Okafor", "Ben-David", "van der Berg", "de la Cruz", "O'Neill", "McAllister",
        "Nguyễn", "Müller", "Gonzalez-Ruiz", "Kowalczyk", "Haddad", "Takahashi", "Patel",
        "Abernathy", "Da Silva", "Van Buren", "St. James", "Mbeki", "Rossi", "Fitzgerald-Hale",
        "Al-Sayed", "Park", "Ivanova", "Castellanos", "Øverland", "Şahin", "Achterberg",
        "du Plessis", "Le Roux", "MacDonald", "Yamamoto-Brooks", "Kaur", "Obi", "Delacroix",
        "Nakamura", "Whitfield", "Abdi", "Romero", "Schneider", "Begay", "Kealoha", "Moreau",
        "Bianchi", "Sokolov", "Adeyemi", "López", "Chen", "Tremblay", "Gagnon", "Lindgren",
        "Mahlangu", "Fonoti", "Kim", "Horowitz", "Quispe", "Dubois"]
MIDDLE = "ABCDEFGHJKLMNPRSTW"

PLACES = [  # city, county, state, zip, area codes
    ("Columbus", "Franklin County", "OH", "43215", ["614", "380"]),
    ("Shaker Heights", "Cuyahoga County", "OH", "44120", ["216"]),
    ("Ann Arbor", "Washtenaw County", "MI", "48104", ["734"]),
    ("Grand Rapids", "Kent County", "MI", "49503", ["616"]),
    ("Evanston", "Cook County", "IL", "60201", ["847", "224"]),
    ("Skokie", "Cook County", "IL", "60076", ["847"]),
    ("Oak Park", "Cook County", "IL", "60302", ["708"]),
    ("Montclair", "Essex County", "NJ", "07042", ["973", "862"]),
    ("Teaneck", "Bergen County", "NJ", "07666", ["201"]),
    ("Brookline", "Norfolk County", "MA", "02446", ["617", "857"]),
    ("Madison", "Dane County", "WI", "53703", ["608"]),
    ("Whitefish Bay", "Milwaukee County", "WI", "53217", ["414"]),
    ("Pittsburgh", "Allegheny County", "PA", "15217", ["412"]),
    ("Bethesda", "Montgomery County", "MD", "20814", ["301", "240"]),
    ("Minneapolis", "Hennepin County", "MN", "55408", ["612"]),
    ("Toronto", "", "ON", "M5R 2E3", ["416", "647"]),
    ("Montréal", "", "QC", "H2V 1Y4", ["514", "438"]),
]
STREETS_CA = ["avenue Laurier Ouest", "rue Saint-Denis", "boul. Saint-Joseph Est", "Harbord St",
              "Palmerston Blvd", "Roxborough Dr", "avenue Querbes", "rue Fabre"]
STREETS = ["Maple Grove Ave", "Kettle Pond Rd", "N Oakland Blvd", "Lakeshore Dr", "Elm St",
           "Wyndham Ct", "Fairmount Blvd", "Cedar Hollow Ln", "W Dempster St", "Chestnut Hill Ave",
           "Summit Ave", "Beechwood Blvd", "Old Georgetown Rd", "Lyndale Ave S", "Prospect Ave", "Ridgeview Ter", "S Main St", "Hawthorne Way"]

CAMPS = [  # code, name, town, state, office phone
    ("TPR", "Camp Tamarack Ridge", "Eagle River", "WI", "715-479-0100"),
    ("LHL", "Camp Loon Hollow", "Cheboygan", "MI", "231-627-0144"),
    ("SBL", "Camp Silver Birch Lake", "Minocqua", "WI", "715-356-0121"),
    ("APT", "Camp Arrowhead Point", "Raquette Lake", "NY", "315-354-0190"),
    ("LBO", "Camp Lac-Boisé", "Saint-Donat", "QC", "819-424-0155"),
]
CABINS = ["Birch", "Maple", "Aspen", "Hemlock", "Tamarack", "Spruce", "Cedar", "Juniper",
          "Loon", "Osprey", "Heron", "Otter"]
STAFF_NURSES = [("Kelly Tran", "RN", "KT"), ("Marcus Feld", "LPN", "MF"),
                ("Renata Ostrowski", "MD", "RO"), ("Gwen Abara", "RN", "GA"),
                ("Sylvie Bouchard", "inf.", "SB"), ("Paul Hendricks", "EMT", "PH")]
COUNSELORS = ["jbrandt", "mkowal", "tyler.b", "ashleyr", "dee.o", "sam_w", "nfarouk"]
HOSPITALS = ["Northwoods Regional Medical Center", "Cheboygan Memorial Hospital ED",
             "Howard Young Urgent Care", "Adirondack Health - Saranac Lake",
             "CLSC Montcalm / Hôpital de Sainte-Agathe"]
PHYSICIANS = [("Dr. Sarah Lindqvist", "614-293-0311", "614-293-0399"),
              ("Dr. Ahmed Farouk", "847-570-2200", "847-570-2210"),
              ("Dr. Helen Marchetti", "734-998-7000", "734-998-7013"),
              ("Dr. Luis Ferreira", "973-744-1810", "973-744-1899")]
MEDS = [("Methylphenidate ER", "18 mg", "PO", "08:00"), ("Cetirizine", "10 mg", "PO", "08:00"),
        ("Fluticasone", "50 mcg/spray 2 sprays", "nasal", "08:00"),
        ("Albuterol HFA", "2 puffs", "INH", "PRN"), ("Sertraline", "50 mg", "PO", "20:00"),
        ("Montelukast", "5 mg", "PO", "20:00"), ("Guanfacine ER", "1 mg", "PO", "20:00"),
        ("Insulin lispro", "per carb ratio 1:15", "SubQ", "meals"),
        ("Lamotrigine", "25 mg", "PO", "08:00/20:00"), ("Melatonin", "3 mg", "PO", "21:00"),
        ("Amoxicillin", "500 mg", "PO", "08:00/14:00/20:00"), ("Lisdexamfetamine", "30 mg", "PO", "07:30")]
ALLERGIES = ["peanut", "tree nut", "shellfish", "penicillin", "bee sting", "latex", "egg",
             "sesame", "sulfa", "milk", "NKDA", "NKDA", "NKDA", "seasonal pollen"]
PLANS = [("Aetna", lambda: "W" + digits(9)), ("BCBS of Michigan", lambda: "XYM" + digits(9)),
         ("Blue Cross Blue Shield of Illinois", lambda: "XOF" + digits(9)),
         ("UnitedHealthcare", lambda: digits(9)), ("Cigna", lambda: "U" + digits(8) + "01"),
         ("Medical Mutual of Ohio", lambda: "MMO" + digits(8)),
         ("Ohio Medicaid (Buckeye)", lambda: digits(12)),
         ("Horizon BCBSNJ", lambda: "3HZN" + digits(8)), ("Harvard Pilgrim", lambda: "HP" + digits(9)),
         ("Quartz", lambda: "Q" + digits(10))]


def dl_for(state):
    if state == "OH":
        return R.choice("ABCDEFRST") + R.choice("ABCDEFGH") + digits(6)
    if state == "MI":
        return R.choice("BCDFHKLMS") + " " + digits(3) + " " + digits(3) + " " + digits(3) + " " + digits(3)
    if state == "IL":
        return R.choice("ABCDGKMPS") + digits(3) + "-" + digits(4) + "-" + digits(4)
    if state == "NJ":
        return R.choice("ABCDGKMPS") + digits(4) + " " + digits(5) + " " + digits(5)
    if state == "MA":
        return "S" + digits(8)
    if state == "WI":
        return R.choice("ABCDGKMPS") + digits(3) + "-" + digits(4) + "-" + digits(4) + "-" + digits(2)
    if state == "PA":
        return digits(2) + " " + digits(3) + " " + digits(3)
    if state == "MD":
        return R.choice("ABCDGKMPS") + "-" + digits(3) + "-" + digits(3) + "-" + digits(3) + "-" + digits(3)
    if state == "MN":
        return R.choice("ABCDGKMPS") + digits(12)
    if state == "ON":
        return R.choice("ABCDGKMPS") + digits(4) + "-" + digits(5) + "-" + digits(5)
    return R.choice("ABCDGKMPS") + digits(4) + "-" + digits(6) + "-" + digits(2)


def plate_for(state):
    L3 = "ABCDEFGHJKLMNPRSTVWXYZ"
    if state in ("OH", "MI", "PA", "MN"):
        return rstr(3, L3) + R.choice([" ", "", "-"]) + digits(4)
    if state == "IL":
        return rstr(2, L3) + digits(5)
    if state == "ON":
        return rstr(4, L3) + " " + digits(3)
    if state == "QC":
        return rstr(1, L3) + digits(2) + " " + rstr(3, L3)
    return digits(3) + "-" + rstr(3, L3)


class P:
    pass


def mk_email(first, last):
    f = ascii_fold(first).lower().replace(" ", "").replace("'", "")
    l = ascii_fold(last).lower().replace(" ", "").replace("'", "")
    dom = R.choice(["gmail.com", "gmail.com", "yahoo.com", "icloud.com", "outlook.com",
                    "hotmail.com", "comcast.net", "me.com", "protonmail.com", "videotron.ca"])
    style = R.randint(0, 4)
    if style == 0:
        u = "%s.%s" % (f, l)
    elif style == 1:
        u = "%s%s%d" % (f[0], l.replace("-", ""), R.randint(1, 99))
    elif style == 2:
        u = "%s_%s" % (f, l[:4])
    elif style == 3:
        u = "%s.%s%d" % (l.replace("-", ""), f, R.randint(70, 99))
    else:
        u = "%s%s" % (f, l.replace("-", "."))
    return u + "@" + dom


def mk_adult(last, place, rel):
    a = P()
    a.rel = rel
    pool = ADULT_F if rel in REL_F else ADULT_M if rel in REL_M else R.choice([ADULT_F, ADULT_M])
    a.first = R.choice(pool)
    a.last = last
    a.middle = R.choice(MIDDLE)
    a.place = place
    a.phone = R.choice(place[4]) + str(R.randint(2, 9)) + digits(2) + digits(4)
    a.work_phone = R.choice(place[4]) + str(R.randint(2, 9)) + digits(2) + digits(4)
    a.fax = R.choice(place[4]) + str(R.randint(2, 9)) + digits(2) + digits(4)
    a.email = mk_email(a.first, a.last)
    a.dl = dl_for(place[2])
    a.plate = plate_for(place[2])
    a.ssn = fake_ssn()
    a.dob = dt.date(R.randint(1968, 1990), R.randint(1, 12), R.randint(1, 28))
    a.username = (ascii_fold(a.first)[0] + ascii_fold(last).replace(" ", "").replace("'", "")
                  + str(R.randint(60, 99))).lower()
    a.user_id = R.randint(10200, 48999)
    a.ip = "%d.%d.%d.%d" % (R.choice([24, 47, 50, 66, 67, 68, 69, 71, 73, 75, 76, 98, 99,
                                      107, 108, 174, 184]), R.randint(1, 254),
                            R.randint(0, 254), R.randint(2, 253))
    a.mc_id = hexs(10)
    return a


CAMPERS = []
used_ids = set()
for i in range(64):
    c = P()
    c.first = FIRST[i % len(FIRST)] if i < len(FIRST) else R.choice(FIRST)
    c.last = R.choice(LAST)
    c.middle = R.choice(MIDDLE)
    c.camp = R.choice(CAMPS) if c.last not in ("Tremblay", "Gagnon", "Dubois") else CAMPS[4]
    place = R.choice(PLACES) if c.camp[0] != "LBO" else R.choice(PLACES[15:17])
    c.place = place
    while True:
        cid = R.randint(1040, 9899)
        if cid not in used_ids:
            used_ids.add(cid)
            break
    c.id = cid
    c.reg = "NSC24-%s-%05d" % (c.camp[0], R.randint(100, 99999))
    c.chart = "HC-%s-%04d" % (c.camp[0], R.randint(11, 2999))
    c.dob = dt.date(R.randint(2008, 2016), R.randint(1, 12), R.randint(1, 28))
    c.age = 2024 - c.dob.year - (1 if (c.dob.month, c.dob.day) > (7, 1) else 0)
    c.cabin = "%s %d" % (R.choice(CABINS), R.randint(1, 9))
    c.bunk = "%d%s" % (R.randint(1, 8), R.choice("AB"))
    c.allergy = R.choice(ALLERGIES)
    c.meds = R.sample(MEDS, R.randint(0, 2))
    c.street = "%d %s" % (R.randint(3, 9800), R.choice(STREETS_CA if place[2] in ("ON", "QC") else STREETS))
    if R.random() < 0.25:
        c.street += R.choice([", Apt 4B", " Unit 12", " #305", ", app. 6"])
    plan = R.choice(PLANS)
    if place[2] == "ON":
        c.plan = ("OHIP", "%s-%s-%s-%s" % (digits(4), digits(3), digits(3), rstr(2, "ABCDEFGHJKLMNPRSTVWXYZ")))
    elif place[2] == "QC":
        c.plan = ("RAMQ", "%s%s %s %s" % (ascii_fold(c.last).upper()[:3], ascii_fold(c.first).upper()[0],
                                          "%02d%02d" % (c.dob.year % 100, c.dob.month + 50 * R.randint(0, 1)),
                                          "%02d%s" % (c.dob.day, digits(2))))
    else:
        c.plan = (plan[0], plan[1]())
    c.group = digits(R.choice([6, 7, 9]))
    g1last = c.last if R.random() < 0.75 else R.choice(LAST)
    c.g1 = mk_adult(g1last, place, R.choice(["Mother", "Father", "Mother", "Guardian", "Stepfather", "Grandmother"]))
    c.g2 = mk_adult(c.last if R.random() < 0.6 else R.choice(LAST), place,
                    R.choice(["Father", "Mother", "Aunt", "Uncle", "Grandfather", "Neighbor", "Stepmother"]))
    c.gg = mk_adult(R.choice(LAST), place, R.choice(["great-grandmother", "great-grandfather"]))
    c.stripe = "cus_" + rstr(14)
    c.fam = "FAM-%05d" % R.randint(100, 39999)
    c.device = None
    if any(m[0] == "Insulin lispro" for m in c.meds) or R.random() < 0.1:
        c.device = R.choice([("Dexcom G7 sensor", "sensor_serial", digits(12)),
                             ("Dexcom G6 transmitter", "transmitter", "8G" + rstr(4, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")),
                             ("Omnipod 5 PDM", "pdm_sn", "P5" + rstr(3, "ABCDEFGHJKMNPQRSTUVWXYZ") + digits(6)),
                             ("Tandem t:slim X2 pump", "pump_serial", digits(8)),
                             ("Phonak Sky L hearing aid", "serial", digits(4) + "X" + digits(5))])
    c.face_id = uuid4()
    c.mother_maiden = R.choice(LAST)
    CAMPERS.append(c)


def camper(camp=None):
    pool = [c for c in CAMPERS if camp is None or c.camp[0] == camp]
    return R.choice(pool or CAMPERS)


def campers(camp, k):
    pool = [c for c in CAMPERS if c.camp[0] == camp]
    return R.sample(pool, min(k, len(pool)))


HOSP_BY_CAMP = {"TPR": ["Northwoods Regional Medical Center", "Howard Young Urgent Care"],
                "SBL": ["Howard Young Medical Center", "Northwoods Regional Medical Center"],
                "LHL": ["Cheboygan Memorial Hospital ED", "McLaren Northern Michigan - Petoskey"],
                "APT": ["Adirondack Health - Saranac Lake", "Hamilton County EMS / AMC Albany"],
                "LBO": ["CLSC Montcalm / Hôpital de Sainte-Agathe", "Hôpital Laurentien"]}
IIS_BY_STATE = {"OH": "IMPACTSIIS", "MI": "MCIR", "WI": "WIR", "IL": "I-CARE", "NJ": "NJIIS", "MA": "MIIS",
                "PA": "PA-SIIS", "MD": "IMMUNET", "MN": "MIIC"}


def nm(p, style=None):
    """Format a person's name; returns the text."""
    style = style or R.choice(["fl", "fl", "lf", "LF", "FL", "lower", "init", "fml", "lfm"])
    f, l = p.first, p.last
    return {
        "fl": "%s %s" % (f, l),
        "lf": "%s, %s" % (l, f),
        "LF": "%s, %s" % (l.upper(), f.upper()),
        "FL": "%s %s" % (f.upper(), l.upper()),
        "lower": "%s %s" % (f.lower(), l.lower()),
        "init": "%s. %s" % (f[0], l),
        "fml": "%s %s. %s" % (f, p.middle, l),
        "lfm": "%s, %s %s." % (l, f, p.middle),
        "lastinit": "%s %s." % (l, f[0]),
        "initials": "%s.%s." % (f[0], [w for w in l.replace("-", " ").split(" ") if w[0].isupper()][0][0]),
    }[style]


def addr_parts(p):
    """p has .street (camper) or uses a generated street; returns (street, city, state, zip)."""
    return p.street, p.place[0], p.place[2], p.place[3]


def jesc(s):
    """PHP json_encode without JSON_UNESCAPED_UNICODE."""
    return json.dumps(s)[1:-1]


def jraw(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def env():
    return "production"


# =========================================================================== PHI units
def u_laravel_health_form():
    c = camper()
    phys = R.choice(PHYSICIANS)
    e = R.choice([jraw, jesc])
    sl = (lambda x: x.replace("/", "\\/")) if e is jesc else (lambda x: x)
    meds = ",".join('{"name":"%s","dose":"%s","times":"%s"}' % (m[0], sl(m[1]), sl(m[3])) for m in c.meds)
    return [L("laravel", "[", ts_laravel(), "] production.INFO: Health form submitted {\"camper_id\":",
              (c.id, "other_id"), ",\"camper\":\"", (e(nm(c, "fl")), "name"), "\",\"dob\":\"",
              (fmt_date(c.dob, "iso"), "date"), "\",\"allergies\":[\"", c.allergy,
              "\"],\"medications\":[", meds, "],\"physician\":\"", phys[0], "\",\"physician_fax\":\"",
              phys[2], "\",\"insurance\":{\"carrier\":\"", c.plan[0], "\",\"member_id\":\"",
              (c.plan[1], "health_plan"), "\",\"group\":\"", c.group, "\"},\"form_version\":\"2024.3\"}")]


def u_laravel_dupe():
    c = camper()
    g = c.g1
    return [L("laravel", "[", ts_laravel(), "] production.ERROR: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '",
              (g.email, "email"), "' for key 'users.users_email_unique' (Connection: mysql, SQL: insert into `users` (`name`, `email`, `phone`, `role`, `updated_at`, `created_at`) values (",
              (nm(g, "fl"), "name"), ", ", (g.email, "email"), ", ", (fmt_phone(g.phone, "plain"), "phone"),
              ", parent, ", CLOCK[0].strftime("%Y-%m-%d %H:%M:%S"), ", ", CLOCK[0].strftime("%Y-%m-%d %H:%M:%S"),
              ")) {\"exception\":\"[object] (Illuminate\\\\Database\\\\UniqueConstraintViolationException(code: 23000): SQLSTATE[23000] at /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php:817)\"}")]


def u_laravel_validation():
    c = camper()
    bad = fmt_date(c.dob, R.choice(["dmy", "eu_dot", "long"]))
    return [L("laravel", "[", ts_laravel(), "] production.WARNING: Registration step failed validation {\"step\":\"camper-details\",\"registration\":\"",
              (c.reg, "other_id"), "\",\"input\":{\"first_name\":\"", (jraw(c.first), "name"), "\",\"last_name\":\"",
              (jraw(c.last), "name"), "\",\"date_of_birth\":\"", (bad, "date"), "\",\"grade_fall_2024\":",
              max(1, c.age - 5), "},\"errors\":{\"date_of_birth\":[\"The date of birth field must match the format Y-m-d.\"]}}")]


def u_laravel_trace():
    c = camper()
    t = ts_laravel()
    out = [L("laravel", "[", t, "] production.ERROR: Undefined array key \"dose\" while rendering MAR for ",
             (nm(c, "lf"), "name"), " (chart ", (c.chart, "mrn"), ") {\"userId\":", R.randint(3, 60),
             ",\"exception\":\"[object] (ErrorException(code: 0): Undefined array key \\\"dose\\\" at /var/www/html/app/Services/Health/MarPdfService.php:",
             R.randint(60, 140), ")")]
    out.append(L("laravel", "[stacktrace]"))
    frames = ["/var/www/html/vendor/laravel/framework/src/Illuminate/Foundation/Bootstrap/HandleExceptions.php(255): Illuminate\\Foundation\\Bootstrap\\HandleExceptions->handleError(2, 'Undefined array...', '/var/www/html/a...', 88)",
              "/var/www/html/app/Services/Health/MarPdfService.php(88): Illuminate\\Foundation\\Bootstrap\\HandleExceptions->Illuminate\\Foundation\\Bootstrap\\{closure}(2, 'Undefined array...', '/var/www/html/a...', 88)",
              "/var/www/html/app/Http/Controllers/Health/MarController.php(41): App\\Services\\Health\\MarPdfService->render(Object(App\\Models\\Camper), Object(Carbon\\Carbon))",
              "/var/www/html/vendor/laravel/framework/src/Illuminate/Routing/Controller.php(54): App\\Http\\Controllers\\Health\\MarController->download(Object(Illuminate\\Http\\Request), '%d')" % c.id,
              "/var/www/html/vendor/laravel/framework/src/Illuminate/Routing/ControllerDispatcher.php(43): Illuminate\\Routing\\Controller->callAction('download', Array)"]
    k = R.randint(3, 5)
    for i in range(k):
        if "'%d')" % c.id in frames[i]:
            pre, post = frames[i].split("'%d')" % c.id)
            out.append(L("laravel", "#%d %s'" % (i, pre), (c.id, "other_id"), "')"))
        else:
            out.append(L("laravel", "#%d %s" % (i, frames[i])))
    out.append(L("laravel", "#%d {main}" % k))
    out.append(L("laravel", "\"} "))
    return out


def u_activitylog():
    c = camper()
    g = R.choice([c.g1, c.g2])
    old = g.phone
    new = g.work_phone
    st = R.choice(["dash", "paren", "plain"])
    return [L("activitylog", "{\"log_name\":\"emergency_contacts\",\"description\":\"updated\",\"subject_type\":\"App\\\\Models\\\\EmergencyContact\",\"subject_id\":",
              R.randint(2000, 90000), ",\"causer_type\":\"App\\\\Models\\\\User\",\"causer_id\":", (g.user_id, "other_id"),
              ",\"properties\":{\"old\":{\"name\":\"", (jraw(nm(g, "fl")), "name"), "\",\"relationship\":\"", g.rel.lower(),
              "\",\"phone_primary\":\"", (fmt_phone(old, st), "phone"), "\"},\"attributes\":{\"name\":\"",
              (jraw(nm(g, "fl")), "name"), "\",\"relationship\":\"", g.rel.lower(), "\",\"phone_primary\":\"",
              (fmt_phone(new, st), "phone"), "\"}},\"batch_uuid\":null,\"created_at\":\"", ts_iso_us(), "\"}")]


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
       "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.71 Mobile Safari/537.36",
       "NorthStarParent/3.8.1 (iOS 17.5.1; iPhone14,5) Alamofire/5.9.1"]


def u_nginx_parent():
    c = camper()
    g = R.choice([c.g1, c.g2])
    path, st, sz = R.choice([("/parent/campers/%d/photos?page=2&tagged=1", 200, 18231),
                             ("/api/v2/family/campers/%d/health-form", 200, 4410),
                             ("/api/v2/family/campers/%d/insurance-card", 201, 88),
                             ("/parent/campers/%d/letters/new", 200, 9021),
                             ("/api/v2/family/campers/%d/medications", 422, 311),
                             ("/parent/campers/%d/bunk-requests", 302, 0)])
    meth = "POST" if st in (201, 422) else "GET"
    pre, post = path.split("%d")
    return [L("nginx", (g.ip, "ip"), " - - [", ts_clf(), "] \"", meth, " ", pre, (c.id, "other_id"), post,
              " HTTP/2.0\" ", st, " ", sz, " \"https://my.northstarcamps.org/parent/dashboard\" \"",
              R.choice(UAS), "\" rt=%.3f uct=0.000 urt=%.3f" % (R.uniform(0.02, 0.9), R.uniform(0.02, 0.9)))]


def u_vue_client():
    c = camper()
    which = R.randint(0, 2)
    if which == 0:
        return [L("vue_client", "[", ts_laravel(), "] production.ERROR: [client] Upload failed: insurance card image too large {\"component\":\"InsuranceCardUploader\",\"route\":\"/parent/campers/",
                  (c.id, "other_id"), "/insurance\",\"camperName\":\"", (jraw(nm(c, "fl")), "name"), "\",\"file\":\"IMG_",
                  R.randint(1000, 9999), ".HEIC\",\"sizeBytes\":", R.randint(9_000_000, 14_000_000), ",\"ua\":\"Safari 17.5\"}")]
    if which == 1:
        return [L("vue_client", "[", ts_laravel(), "] production.DEBUG: [client] vuex mutation health/SET_EMERGENCY_CONTACT {\"payload\":{\"fullName\":\"",
                  (jraw(nm(c.g2, "fl")), "name"), "\",\"relation\":\"", c.g2.rel, "\",\"cell\":\"",
                  (fmt_phone(c.g2.phone, "paren"), "phone"), "\",\"canPickUp\":", R.choice(["true", "false"]), "}}")]
    return [L("vue_client", "[", ts_laravel(), "] production.WARNING: [client] [Vue warn]: Invalid prop: type check failed for prop \"dob\". Expected Date, got String with value \"",
              (fmt_date(c.dob, "us"), "date"), "\". at <CamperSummaryCard camper-id=", (c.id, "other_id"), " > at <HealthDashboard>")]


def u_sentry():
    c = camper()
    g = c.g1
    return [L("sentry_js", "{\"event_id\":\"", hexs(32), "\",\"platform\":\"javascript\",\"level\":\"error\",\"release\":\"parent-portal@3.8.1+",
              hexs(7), "\",\"environment\":\"production\",\"exception\":{\"values\":[{\"type\":\"TypeError\",\"value\":\"Cannot read properties of undefined (reading 'dose')\",\"mechanism\":{\"type\":\"vue\",\"handled\":false}}]},\"user\":{\"id\":\"",
              (g.user_id, "other_id"), "\",\"email\":\"", (g.email, "email"), "\",\"ip_address\":\"", (g.ip, "ip"),
              "\"},\"contexts\":{\"vue\":{\"componentName\":\"MedicationScheduleRow\",\"propsData\":{\"camperName\":\"",
              (jraw(nm(c, "fl")), "name"), "\",\"medication\":\"", (c.meds[0][0] if c.meds else "Cetirizine"),
              "\"}}},\"tags\":{\"vue\":\"3.4.27\",\"browser\":\"Chrome 126\"}}")]


def u_mysql_slow():
    c = camper()
    t = ts_iso_us()
    qid = R.randint(30000, 99999)
    q = R.randint(0, 2)
    out = [L("mysql_slow", "# Time: ", t),
           L("mysql_slow", "# User@Host: camp_app[camp_app] @  [10.20.3.", R.randint(10, 60), "]  Id: ", qid),
           L("mysql_slow", "# Query_time: %.6f  Lock_time: 0.000%03d Rows_sent: %d  Rows_examined: %d" % (
               R.uniform(1.2, 9.5), R.randint(1, 999), R.randint(1, 4), R.randint(40000, 400000))),
           L("mysql_slow", "SET timestamp=", int((CLOCK[0] - dt.datetime(1970, 1, 1)).total_seconds()), ";")]
    if q == 0:
        out.append(L("mysql_slow", "SELECT c.* FROM campers c WHERE c.last_name LIKE '", (c.last.replace("'", "\\'"), "name"),
                     "%' AND c.date_of_birth = '", (fmt_date(c.dob, "iso"), "date"), "' AND c.deleted_at IS NULL;"))
    elif q == 1:
        out.append(L("mysql_slow", "SELECT * FROM emergency_contacts WHERE REPLACE(REPLACE(phone,'-',''),' ','') = '",
                     (c.g1.phone, "phone"), "' ORDER BY id DESC LIMIT 1;"))
    else:
        out.append(L("mysql_slow", "UPDATE guardians SET email = '", (c.g2.email, "email"), "', updated_at = NOW() WHERE camper_id = ",
                     (c.id, "other_id"), " AND relationship = '", c.g2.rel.lower(), "';"))
    return out


def u_mysql_general():
    c = camper()
    m = c.meds[0] if c.meds else R.choice(MEDS)
    nurse = R.choice(STAFF_NURSES)
    d = tick(0, 5)
    return [L("mysql_general", ts_iso_us(), "\t", R.randint(30, 400),
              " Query\tINSERT INTO `medication_administrations` (`camper_id`, `chart_no`, `medication`, `dose`, `route`, `administered_at`, `administered_by`, `status`) VALUES (",
              (c.id, "other_id"), ", '", (c.chart, "mrn"), "', '", m[0], "', '", m[1], "', '", m[2], "', '",
              (d.strftime("%Y-%m-%d"), "date"), d.strftime(" %H:%M:00"), "', '", nurse[2], "', 'given')")]


def u_stripe_webhook():
    c = camper()
    g = c.g1
    amt = R.choice([245000, 122500, 61250, 389000, 50000, 15000])
    addr_city = g.place[0]
    return [L("stripe", "[", ts_laravel(), "] production.INFO: Stripe webhook received {\"id\":\"evt_3P", rstr(22),
              "\",\"type\":\"charge.succeeded\",\"data\":{\"object\":{\"id\":\"ch_3P", rstr(22), "\",\"amount\":", amt,
              ",\"currency\":\"usd\",\"customer\":\"", (c.stripe, "account"), "\",\"billing_details\":{\"address\":{\"city\":\"",
              (jraw(addr_city), "address"), "\",\"country\":\"", "CA" if g.place[2] in ("ON", "QC") else "US",
              "\",\"line1\":\"", (jraw(c.street), "address"), "\",\"line2\":null,\"postal_code\":\"", (g.place[3], "zip"),
              "\",\"state\":\"", g.place[2], "\"},\"email\":\"", (g.email, "email"), "\",\"name\":\"", (jraw(nm(g, "fl")), "name"),
              "\",\"phone\":null},\"metadata\":{\"family_account\":\"", (c.fam, "account"), "\",\"session\":\"",
              c.camp[0], "-S2-2024\",\"invoice\":\"INV-2024-", digits(5), "\"},\"payment_method_details\":{\"card\":{\"brand\":\"",
              R.choice(["visa", "mastercard", "amex"]), "\",\"last4\":\"", digits(4), "\",\"exp_month\":", R.randint(1, 12),
              ",\"exp_year\":", R.randint(2025, 2029), "}}}}}")]


def u_stripe_decline():
    c = camper()
    g = c.g1
    return [L("stripe", "[", ts_laravel(), "] production.ERROR: Stripe\\Exception\\CardException: Your card was declined. {\"customer\":\"",
              (c.stripe, "account"), "\",\"receipt_email\":\"", (g.email, "email"), "\",\"decline_code\":\"",
              R.choice(["insufficient_funds", "do_not_honor", "expired_card", "generic_decline"]),
              "\",\"family\":\"", (jraw(g.last), "name"), "\",\"installment\":\"", R.randint(2, 4), "/4\",\"request_id\":\"req_",
              rstr(14), "\"}")]


def u_ach_leak():
    c = camper()
    g = c.g1
    return [L("laravel", "[", ts_laravel(), "] production.WARNING: ACH mandate setup failed for family ", (c.fam, "account"),
              ": routing=", R.choice(["071000013", "044000037", "021200339", "075000019", "041000124"]),
              " account=", (digits(R.choice([9, 10, 12])), "account"), " holder=\"", (nm(g, "fl"), "name"),
              "\" reason=\"account_number_invalid\"")]


def u_card_leak():
    c = camper()
    g = c.g1
    pan = luhn_complete(R.choice(["4539", "4716", "5425", "5191", "3714"]), 16)
    if pan.startswith("37"):
        pan = luhn_complete("37" + digits(2), 15)
        shown = pan[:4] + " " + pan[4:10] + " " + pan[10:]
    else:
        shown = R.choice([pan, " ".join(pan[i:i + 4] for i in range(0, 16, 4)), "-".join(pan[i:i + 4] for i in range(0, 16, 4))])
    return [L("laravel", "[", ts_laravel(), "] production.CRITICAL: PCI filter missed PAN in tuition form payload {\"route\":\"/parent/payments/manual\",\"fields\":{\"cardholder\":\"",
              (jraw(nm(g, R.choice(["FL", "fl"]))), "name"), "\",\"cc_number\":\"", (shown, "account"), "\",\"cc_exp\":\"",
              "%02d/%02d" % (R.randint(1, 12), R.randint(25, 29)), "\",\"family_account\":\"", (c.fam, "account"), "\"}}")]


def u_mailchimp_webhook():
    c = camper()
    g = R.choice([c.g1, c.g2])
    typ = R.choice(["subscribe", "profile", "upemail", "unsubscribe"])
    fired = tick(0, 3).strftime("%Y-%m-%d %H:%M:%S")
    parts = ["[", ts_laravel(), "] production.INFO: mailchimp.webhook body=type=", typ, "&fired_at=", qenc(fired),
             "&data%5Bid%5D=", (g.mc_id, "other_id"), "&data%5Blist_id%5D=a6b5da1054"]
    if typ == "upemail":
        parts += ["&data%5Bnew_id%5D=", (hexs(10), "other_id"), "&data%5Bnew_email%5D=", (qenc(mk_email(g.first, g.last)), "email"),
                  "&data%5Bold_email%5D=", (qenc(g.email), "email")]
    else:
        parts += ["&data%5Bemail%5D=", (qenc(g.email), "email"), "&data%5Bemail_type%5D=html",
                  "&data%5Bmerges%5D%5BEMAIL%5D=", (qenc(g.email), "email"),
                  "&data%5Bmerges%5D%5BFNAME%5D=", (qenc(g.first), "name"),
                  "&data%5Bmerges%5D%5BLNAME%5D=", (qenc(g.last), "name"),
                  "&data%5Bmerges%5D%5BCAMPER%5D=", (qenc(c.first), "name"),
                  "&data%5Bmerges%5D%5BCAMP%5D=", c.camp[0],
                  "&data%5Bip_opt%5D=", (g.ip, "ip")]
        if typ == "unsubscribe":
            parts += ["&data%5Breason%5D=manual&data%5Bcampaign_id%5D=", hexs(10)]
    return [L("mailchimp", *parts)]


def u_mailchimp_api():
    c = camper()
    g = c.g1
    return [L("mailchimp", "[", ts_laravel(), "] production.DEBUG: Mailchimp PUT /3.0/lists/a6b5da1054/members/", hashlib.md5(g.email.encode()).hexdigest(),
              " {\"email_address\":\"", (g.email, "email"), "\",\"status_if_new\":\"subscribed\",\"merge_fields\":{\"FNAME\":\"",
              (jraw(g.first), "name"), "\",\"LNAME\":\"", (jraw(g.last), "name"), "\",\"PHONE\":\"", (fmt_phone(g.phone, "dash"), "phone"),
              "\",\"CAMPER\":\"", (jraw(c.first), "name"), "\",\"SESSION\":\"", c.camp[0], " Session 2\"},\"tags\":[\"2024-families\",\"",
              c.camp[0].lower(), "\"]} -> 200 (", R.randint(80, 600), "ms)")]


def u_twilio_out():
    c = camper()
    g = R.choice([c.g1, c.g2])
    msgs = [
        ("%s Health Center: %s was seen today for a bee sting on the forearm. Ice + cetirizine given, doing well. Questions? Call %s.",),
        ("%s: Reminder - %s's medication refill (%s) is running low; please mail a new supply. Reply STOP to opt out.",),
        ("%s: New photos of %s are up! Tap to view.",),
    ]
    k = R.randint(0, 2)
    parts = ["[", ts_laravel(), "] production.INFO: Twilio SMS queued {\"sid\":\"SM", hexs(32), "\",\"to\":\"",
             (fmt_phone(g.phone, "e164"), "phone"), "\",\"from\":\"+18885550142\",\"body\":\""]
    if k == 0:
        cc, tx = R.choice([("bee sting on the forearm", "Ice + cetirizine given"), ("headache", "Ibuprofen 200 mg given"),
                           ("scraped knee", "Cleaned and bandaged"), ("mild fever (100.2F)", "Resting in the health center, acetaminophen given"),
                           ("sore throat", "Rapid strep negative, lozenges given")])
        parts += [c.camp[1], " Health Center: ", (c.first, "name"), " was seen today for a ", cc, ". ", tx,
                  ", doing well. Questions? Call ", c.camp[4], "."]
    elif k == 1:
        m = c.meds[0][0] if c.meds else "Cetirizine"
        parts += [c.camp[1], ": Reminder - ", (c.first, "name"), "'s ", m, " supply is running low; please mail a refill. Reply STOP to opt out."]
    else:
        parts += [c.camp[1], ": New photos of ", (c.first, "name"), " are up! ",
                  ("https://photos.northstarcamps.org/f/%s-%d?k=%s" % (ascii_fold(c.last).lower().replace(" ", "-").replace("'", ""), c.id, rstr(10)), "url")]
    parts += ["\",\"status\":\"queued\",\"num_segments\":\"", R.randint(1, 3), "\"}"]
    return [L("twilio", *parts)]


def u_twilio_status():
    c = camper()
    g = R.choice([c.g1, c.g2])
    return [L("twilio", "[", ts_laravel(), "] production.WARNING: twilio.status POST /webhooks/twilio/status SmsSid=SM", hexs(32),
              "&SmsStatus=undelivered&MessageStatus=undelivered&To=", (qenc(fmt_phone(g.phone, "e164")), "phone"),
              "&MessagingServiceSid=MG", hexs(32), "&AccountSid=AC", hexs(32), "&From=%2B18885550142&ErrorCode=",
              R.choice(["30003", "30005", "30006", "30007"]), "&ApiVersion=2010-04-01")]


def u_twilio_inbound():
    c = camper()
    g = c.g1
    msgs_en = [["Hi this is ", (g.first, "name"), ", ", (c.first, "name"), "'s ", REL_WORD.get(g.rel, "guardian"), ". ", (c.first, "name"),
                " forgot the inhaler in our car, I can drop it at the office tomorrow"],
               ["This is ", (nm(g, "fl"), "name"), " - please make sure ", (c.first, "name"),
                " gets the ", (c.meds[0][0] if c.meds else "allergy pill"), " at night, it got skipped at home last week"],
               ["Can someone call me re ", (c.first, "name"), " ", (c.last, "name"), " cabin ", c.cabin,
                "? My cell is ", (fmt_phone(g.work_phone, "dot"), "phone")]]
    msgs_es = [["Hola, soy ", REL_ES.get(g.rel, "el tutor"), " de ", (nm(c, "fl"), "name"), ". ", (c.first, "name"),
                " toma montelukast 5 mg cada noche, por favor no lo olviden. Gracias, ", (g.first, "name")]]
    body = R.choice(msgs_en + msgs_es)
    parts = ["[", ts_laravel(), "] production.INFO: twilio.inbound From=", (qenc(fmt_phone(g.phone, "e164")), "phone"),
             "&To=%2B18885550142&Body="]
    for b in body:
        if isinstance(b, tuple):
            parts.append((qenc(b[0]), b[1]))
        else:
            parts.append(qenc(b))
    parts += ["&NumMedia=0&SmsMessageSid=SM", hexs(32), "&FromCity=", (qenc(g.place[0].upper()), "address"),
              "&FromState=", g.place[2], "&FromZip=", (qenc(g.place[3]), "zip")]
    return [L("twilio", *parts)]


def u_postfix():
    c = camper()
    g = R.choice([c.g1, c.g2])
    qid = rstr(10, "0123456789ABCDEF")
    dom = g.email.split("@")[1]
    relay = {"gmail.com": "gmail-smtp-in.l.google.com[142.250.102.27]:25",
             "yahoo.com": "mta7.am0.yahoodns.net[67.195.204.77]:25",
             "icloud.com": "mx01.mail.icloud.com[17.57.154.33]:25",
             }.get(dom, "mx.%s[52.101.40.%d]:25" % (dom, R.randint(2, 200)))
    return [L("postfix", ts_syslog(), " mail01 postfix/smtp[", R.randint(2000, 40000), "]: ", qid, ": to=<",
              (g.email, "email"), ">, relay=", relay, ", delay=%.1f, delays=0.1/0/0.4/%.1f, dsn=2.0.0, status=sent (250 2.0.0 OK  %d %s - gsmtp)" % (
                  R.uniform(0.4, 3), R.uniform(0.2, 2), R.randint(1719000000, 1722000000), rstr(12)))]


def u_mar_csv():
    out = [L("mar_csv", "chart_no,camper,dob,cabin,medication,dose,route,scheduled,given_at,given_by,status,note")]
    day = today()
    camp = R.choice(CAMPS)[0]
    for c in campers(camp, R.randint(3, 6)):
        m = c.meds[0] if c.meds else R.choice(MEDS)
        status = R.choice(["GIVEN", "GIVEN", "GIVEN", "REFUSED", "HELD", "LATE"])
        n = R.choice(STAFF_NURSES)
        note = {"GIVEN": "", "REFUSED": "camper refused - counselor notified", "HELD": "held per Dr. O - vomiting",
                "LATE": "at archery, came in late"}[status]
        out.append(L("mar_csv", (c.chart, "mrn"), ",\"", (nm(c, "lf"), "name"), "\",", (fmt_date(c.dob, "us"), "date"), ",",
                     c.cabin, ",", m[0], ",", m[1], ",", m[2], ",", m[3].split("/")[0], ",",
                     (day.strftime("%Y-%m-%d"), "date"),
                     " %02d:%02d" % ((int(m[3][:2]), R.randint(0, 25)) if m[3][:2].isdigit() else (R.randint(7, 21), R.randint(0, 59))), ",", n[2], ",", status, ",", note))
    return out


def u_nurse_log():
    c = camper()
    g = c.g1
    n = R.choice(STAFF_NURSES[:4] + STAFF_NURSES[5:])
    k = R.randint(0, 5)
    d = today()
    if k == 0:
        return [L("nurse_log", (d.strftime("%Y-%m-%d"), "date"), " ", tick(0, 2).strftime("%H:%M"), " | ", c.cabin, " | ",
                  (nm(c, "LF"), "name"), " (DOB ", (fmt_date(c.dob, "us"), "date"), ") | c/o headache x2h, T 99.1F oral, ibuprofen 200 mg PO given per standing orders; rest in cabin. ",
                  g.rel, " ", (g.first, "name"), " notified by text ", "%02d:%02d" % (R.randint(8, 22), R.randint(0, 59)),
                  ". -", n[2], ", ", n[1])]
    if k == 1:
        return [L("nurse_log", (fmt_date(d, "md"), "date"), " 2215 ", (nm(c, "init"), "name"),
                  " back again, stomachache (3rd visit this wk). Ate dinner, no fever, BM today. Likely homesick. Called ",
                  REL_WORD.get(g.rel, "guardian"), " at ", (fmt_phone(g.phone, "paren"), "phone"),
                  ", no answer, LVM. Will f/u at breakfast. ", n[2])]
    if k == 2:
        return [L("nurse_log", "Entry #", R.randint(1000, 9999), " [", c.camp[0], "] ", (nm(c, "fl"), "name"),
                  " - tearful at bedtime, shared that ", c.gg.rel, " (", (str(R.randint(90, 99)), "age"),
                  ") is in hospice in ", (c.place[0], "address"), ". Sat with camper 20 min, no meds. Call with ",
                  (nm(g, "fl"), "name"), " set for ", (fmt_date(d + dt.timedelta(days=1), "long"), "date"), ".\\nPlan: check in daily, loop in unit head. -", n[0])]
    if k == 3:
        fr = [c2 for c2 in CAMPERS if c2.camp[0] == "LBO"] or [c]
        c = R.choice(fr)
        g = c.g1
        return [L("nurse_log", "Journal infirmerie ", (fmt_date(d, "dmy"), "date"), " ", "%02dh%02d" % (R.randint(8, 21), R.randint(0, 59)),
                  " - Campeur : ", (nm(c, "lf"), "name"), ", né(e) le ", (fmt_date(c.dob, "eu_dot"), "date"),
                  ". Céphalée, acétaminophène 325 mg PO donné. Parent (", (nm(g, "fl"), "name"), ") avisé(e) au ",
                  (fmt_phone(g.phone, "space"), "phone"), ". Carte ", c.plan[0], " ", (c.plan[1], "health_plan"),
                  ". - ", "SB, inf.")]
    if k == 4:
        dev = c.device or ("Dexcom G6 transmitter", "transmitter", "8G" + rstr(4, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"))
        return [L("nurse_log", (fmt_date(d, "us_short"), "date"), " 0310 CGM alarm LOW 58 for ", (nm(c, "fl"), "name"),
                  " (", c.cabin, "). 15g glucose tabs, recheck 15 min 96. ", dev[0], " SN ", (dev[2], "device"),
                  " re-paired to health center receiver. ", (g.first, "name"), " (", g.rel.lower(), ") emailed at ",
                  (g.email, "email"), ". ", n[2])]
    return [L("nurse_log", "LOG ", (d.strftime("%d%b%y").upper(), "date"), " ", (nm(c, "initials"), "name"), " ",
              c.cabin.upper(), " splinter R palm removed, cleaned, bandaid. ok to return to activity. ", n[2], "\\n",
              "addendum: parent ", (nm(g, "lower"), "name"), " requested photo of wound -> declined per policy")]


def u_incident_kv():
    c = camper()
    g = c.g1
    inc = "INC-2024-%s-%04d" % (c.camp[0], R.randint(1, 400))
    d = today()
    loc, part, mech, aid = R.choice([("waterfront dock", "left_ankle", "slipped on wet dock", "ice, elevation, ace wrap"),
                                     ("climbing wall", "right_wrist", "fell ~4ft during descent", "splint, ice"),
                                     ("dining hall", "lip", "bit lip, hit table edge", "pressure, ice"),
                                     ("archery range", "forearm", "string slap", "ice"),
                                     ("gaga pit", "nose", "collision with another camper", "pressure, ice; no LOC")])
    return [L("incident_kv", ts_iso_ms(), " level=info msg=\"incident.created\" incident_id=", (inc, "other_id"), " type=injury severity=",
              R.randint(1, 3), " camper_id=", (c.id, "other_id"), " camper=\"", (nm(c, "fl"), "name"), "\" dob=",
              (fmt_date(c.dob, "iso"), "date"), " occurred_on=", (d.strftime("%Y-%m-%d"), "date"), " location=\"", loc, "\" body_part=", part,
              " mechanism=\"", mech, "\" first_aid=\"", aid, "\" reported_by=counselor:", R.choice(COUNSELORS),
              " parent_notified=true parent_phone=", (g.phone, "phone"), " trace_id=", hexs(32))]


def u_incident_update():
    c = camper()
    inc = "INC-2024-%s-%04d" % (c.camp[0], R.randint(1, 400))
    return [L("incident_kv", ts_iso_ms(), " level=info msg=\"incident.updated\" incident_id=", (inc, "other_id"),
              " field=status old=open new=closed closed_by=", R.choice(STAFF_NURSES)[2], " followup=\"", (c.first, "name"),
              " cleared for swim ", (fmt_date(today() + dt.timedelta(days=1), "us_nopad"), "date"), "\" span_id=", hexs(16))]


def u_transfer_xml():
    c = camper()
    g = c.g1
    tx = "TX-%s-24-%03d" % (c.camp[0], R.randint(1, 99))
    d = today()
    hosp = R.choice(HOSP_BY_CAMP[c.camp[0]])
    reason = R.choice(["possible distal radius fracture", "laceration requiring sutures", "anaphylaxis - epinephrine given x1",
                       "head injury, vomiting x2", "abdominal pain RLQ, r/o appendicitis"])
    if R.random() < 0.5:
        return [L("transfer_xml", "[", ts_laravel(), "] production.INFO: Transfer packet generated <OffsiteTransfer id=\"", (tx, "other_id"),
                  "\" date=\"", (d.strftime("%Y-%m-%d"), "date"), "\"><Camper><Name>", (nm(c, "fl"), "name"), "</Name><DOB>",
                  (fmt_date(c.dob, "iso"), "date"), "</DOB><ChartNo>", (c.chart, "mrn"), "</ChartNo><Allergies>", c.allergy,
                  "</Allergies></Camper><Destination>", hosp.replace("&", "&amp;"), "</Destination><Reason>", reason,
                  "</Reason><Insurance carrier=\"", c.plan[0], "\"><MemberID>", (c.plan[1], "health_plan"), "</MemberID><Group>", c.group,
                  "</Group></Insurance><Guardian rel=\"", g.rel, "\"><Name>", (nm(g, "fl"), "name"), "</Name><Phone>",
                  (fmt_phone(g.phone, "dash"), "phone"), "</Phone></Guardian><EscortedBy>", R.choice(STAFF_NURSES)[0],
                  "</EscortedBy></OffsiteTransfer>")]
    out = [L("transfer_xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"),
           L("transfer_xml", "<OffsiteTransfer xmlns=\"urn:northstar:health:transfer:1\" id=\"", (tx, "other_id"), "\" camp=\"", c.camp[0], "\">"),
           L("transfer_xml", "  <Camper id=\"", (c.id, "other_id"), "\">"),
           L("transfer_xml", "    <Name family=\"", (c.last, "name"), "\" given=\"", (c.first, "name"), "\"/>"),
           L("transfer_xml", "    <BirthDate>", (fmt_date(c.dob, "iso"), "date"), "</BirthDate>"),
           L("transfer_xml", "    <HomeAddress>", (c.street + ", " + c.place[0], "address"), ", ", c.place[2], " ", (c.place[3], "zip"), "</HomeAddress>"),
           L("transfer_xml", "  </Camper>"),
           L("transfer_xml", "  <DepartedAt>", (d.strftime("%Y-%m-%d"), "date"), "T", tick(0, 3).strftime("%H:%M"), ":00-05:00</DepartedAt>"),
           L("transfer_xml", "  <Destination>", hosp.replace("&", "&amp;"), "</Destination>"),
           L("transfer_xml", "  <Guardian><Name>", (nm(g, "fl"), "name"), "</Name><Cell>", (fmt_phone(g.phone, "paren"), "phone"),
             "</Cell><WorkFax>", (fmt_phone(g.fax, "dash"), "fax"), "</WorkFax></Guardian>"),
           L("transfer_xml", "</OffsiteTransfer>")]
    return out


def u_ed_return():
    c = camper()
    d = today() - dt.timedelta(days=R.randint(0, 2))
    return [L("ed_return", "[", ts_laravel(), "] production.INFO: OCR text extracted from scanned ED discharge {\"doc\":\"uploads/health/",
              c.camp[0].lower(), "/", hexs(12), ".pdf\",\"pages\":2,\"text\":\"", R.choice(HOSP_BY_CAMP[c.camp[0]]).upper(), " EMERGENCY DEPT\\nPatient: ",
              (nm(c, "LF"), "name"), "  MRN: ", (digits(R.choice([7, 8, 9])), "mrn"), "  Acct#: ", (digits(10), "account"), "\\nDOB: ",
              (fmt_date(c.dob, "us"), "date"), "  Visit: ", (fmt_date(d, "us"), "date"),
              "\\nDx: ", R.choice(["Sprain of left ankle (S93.402A)", "Closed fx distal radius R (S52.501A)", "Allergic reaction, resolved (T78.40XA)",
                                    "Laceration of scalp, repaired (S01.01XA)"]),
              "\\nAttending: ", R.choice(["T. Okonkwo MD", "J. Reinholt DO", "A. Gupta MD"]), "\\nFollow up with PCP in 5-7 days\"}")]


def u_hl7():
    c = R.choice([x for x in CAMPERS if x.place[2] in IIS_BY_STATE])
    g = c.g1
    ctrl = "Q%s%s" % (CLOCK[0].strftime("%Y%m%d"), digits(6))
    msh_t = tick().strftime("%Y%m%d%H%M%S-0500")
    iis = c.place[2] + digits(8)
    area, num = g.phone[:3], g.phone[3:]
    dd = c.dob
    out = [L("hl7_iis", "MSH|^~\\&|IIS|", IIS_BY_STATE[c.place[2]], "|NSC_HEALTH|NORTHSTAR|", msh_t,
             "||RSP^K11^RSP_K11|", digits(12), "|P|2.5.1|||NE|NE|||||Z32^CDCPHINVS"),
           L("hl7_iis", "MSA|AA|", ctrl),
           L("hl7_iis", "QAK|", ctrl, "|OK|Z34^Request Immunization History^CDCPHINVS"),
           L("hl7_iis", "QPD|Z34^Request Immunization History^CDCPHINVS|", ctrl, "|", (c.id, "other_id"), "^^^NSC^PI|",
             (ascii_fold(c.last).upper() + "^" + ascii_fold(c.first).upper(), "name"), "^^^^^L|",
             (ascii_fold(c.mother_maiden).upper() + "^" + ascii_fold(g.first).upper(), "name"), "^^^^^M|",
             (dd.strftime("%Y%m%d"), "date"), "|", R.choice("MF"), "|", (ascii_fold(c.street).upper(), "address"), "^^",
             (ascii_fold(c.place[0]).upper(), "address"), "^", c.place[2], "^", (c.place[3], "zip"), "^USA^L"),
           L("hl7_iis", "PID|1||", (iis, "other_id"), "^^^", "IIS^SR~", (c.id, "other_id"), "^^^NSC^PI||",
             (ascii_fold(c.last).upper() + "^" + ascii_fold(c.first).upper() + "^" + c.middle, "name"), "^^^^L|",
             (ascii_fold(c.mother_maiden).upper() + "^" + ascii_fold(g.first).upper(), "name"), "^^^^^M|",
             (dd.strftime("%Y%m%d"), "date"), "|", R.choice("MF"), "|||", (ascii_fold(c.street).upper(), "address"), "^^",
             (ascii_fold(c.place[0]).upper(), "address"), "^", c.place[2], "^", (c.place[3], "zip"), "^USA^L||^PRN^PH^^^",
             (area + "^" + num, "phone"))]
    vacc = [("115", "Tdap"), ("03", "MMR"), ("21", "varicella"), ("114", "MenACWY-D"), ("62", "HPV, quadrivalent"),
            ("208", "COVID-19, mRNA, LNP-S, PF, 30 mcg/0.3 mL dose"), ("20", "DTaP")]
    for i, (cvx, nmv) in enumerate(R.sample(vacc, R.randint(2, 4))):
        vd = min(dd + dt.timedelta(days=R.randint(400, 4000)), dt.date(2024, 5, 1) - dt.timedelta(days=R.randint(0, 300)))
        out.append(L("hl7_iis", "ORC|RE||", digits(7), "^IIS"))
        out.append(L("hl7_iis", "RXA|0|1|", (vd.strftime("%Y%m%d"), "date"), "|", (vd.strftime("%Y%m%d"), "date"), "|", cvx, "^", nmv,
                     "^CVX|999|||01^Historical information - source unspecified^NIP001||||||||||||CP|A"))
    return out


def u_bus_csv():
    camp = R.choice(CAMPS[:4])
    route = "R%d" % R.randint(1, 6)
    out = [L("bus_csv", "# manifest ", camp[0], "-", route, " generated ", ts_laravel(), " by App\\Console\\Commands\\ExportBusManifests"),
           L("bus_csv", "route_id,stop_name,seat,camper_id,camper_last,camper_first,dob,cabin,med_flag,auth_pickup_1,auth_pickup_1_rel,auth_pickup_1_phone")]
    stop = R.choice(["Columbus - Easton P&R", "Skokie - Old Orchard Lot C", "Ann Arbor - Briarwood Mall", "Montclair - Bay St Station",
                     "Brookline - Coolidge Corner"])
    seats = R.sample(range(1, 50), 6)
    for s, c in zip(seats, campers(camp[0], R.randint(3, 6))):
        g = R.choice([c.g1, c.g2])
        out.append(L("bus_csv", route, ",", stop, ",", s, ",", (c.id, "other_id"), ",", (c.last, "name"), ",", (c.first, "name"), ",",
                     (fmt_date(c.dob, "iso"), "date"), ",", c.cabin, ",", "Y" if c.meds or c.allergy != "NKDA" else "N", ",",
                     (nm(g, "fl"), "name"), ",", g.rel, ",", (fmt_phone(g.phone, "dash"), "phone")))
    return out


def u_pickup():
    c = camper()
    g = c.g2 if R.random() < 0.5 else c.g1
    return [L("pickup_kv", ts_iso_ms(), " INFO pickup.verify camp=", c.camp[0], " bus=", R.randint(1, 6), " camper=", (c.id, "other_id"),
              " released_to=\"", (nm(g, "fl"), "name"), "\" relation=", g.rel.lower(), " on_auth_list=true id_type=DL id_state=",
              g.place[2], " id_number=\"", (g.dl, "license"), "\" vehicle_plate=\"", (g.plate, "vehicle"), "\" verified_by=",
              R.choice(COUNSELORS), " photo_match=manual")]


def u_pickup_denied():
    c = camper()
    g = c.g2
    return [L("pickup_kv", ts_iso_ms(), " WARN pickup.denied camp=", c.camp[0], " camper=", (c.id, "other_id"), " requested_by=\"",
              (nm(g, R.choice(["fl", "lf"])), "name"), "\" reason=not_on_authorization_list callback_to=", (fmt_phone(c.g1.phone, "plain"), "phone"),
              " supervisor=", R.choice(COUNSELORS))]


def u_roster():
    camp = R.choice(CAMPS)
    cab = R.choice(CABINS) + " %d" % R.randint(1, 9)
    w = 28
    out = [L("roster_table", "$ php artisan cabins:roster --camp=", camp[0], " --cabin=\"", cab, "\" --session=2"),
           L("roster_table", "+-------------+------+", "-" * (w + 2), "+-----+-------------------------+"),
           L("roster_table", "| Cabin       | Bunk | ", "Camper".ljust(w), " | Age | Alerts                  |"),
           L("roster_table", "+-------------+------+", "-" * (w + 2), "+-----+-------------------------+")]
    for c in campers(camp[0], R.randint(3, 6)):
        name = nm(c, R.choice(["lf", "LF", "lastinit"]))
        alert = (c.allergy.upper() + (" (EpiPen)" if c.allergy in ("peanut", "tree nut", "bee sting", "shellfish") else "")) if c.allergy != "NKDA" else ""
        if c.device:
            alert = (alert + "; " if alert else "") + "T1D"
        out.append(L("roster_table", "| ", cab.ljust(11), " | ", c.bunk.ljust(4), " | ", (name, "name"), " " * max(1, w - len(name) + 1), "| ",
                     str(c.age).ljust(3), " | ", alert.ljust(23)[:23], " |"))
    out.append(L("roster_table", "+-------------+------+", "-" * (w + 2), "+-----+-------------------------+"))
    return out


def u_facetag_match():
    c = camper()
    return [L("facetag", ts_py(), " INFO [facetag.match] photo=IMG_", R.randint(1000, 9999), ".JPG album=", c.camp[0], "-2024-wk",
              R.randint(1, 7), " FaceId=", (c.face_id, "biometric"), " ExternalImageId=camper-", (c.id, "other_id"), " Similarity=%.2f -> tagged \"" % R.uniform(90, 99.9),
              (nm(c, "fl"), "name"), "\"")]


def u_facetag_enroll():
    c = camper()
    return [L("facetag", ts_py(), " DEBUG [facetag.enroll] indexed reference photo for camper_id=", (c.id, "other_id"), " name=\"",
              (nm(c, "fl"), "name"), "\" template_v=arcface-r100 embedding=", (embedding(R.choice([12, 16, 24])), "biometric"), " dims_logged=16/512")]


def u_facetag_crop():
    c = camper()
    return [L("facetag", ts_py(), " DEBUG [facetag.debug] low-confidence crop for review camper_candidate=", (c.id, "other_id"),
              " bbox=[%d,%d,%d,%d] crop=data:image/jpeg;base64," % (R.randint(0, 900), R.randint(0, 600), R.randint(60, 200), R.randint(60, 200)),
              (jpeg_b64(R.randint(90, 180)), "photo"))]


def u_facetag_optout():
    c = camper()
    return [L("facetag", ts_py(), " INFO [facetag.consent] skipping face search for camper ", (c.id, "other_id"),
              " (", (nm(c, "init"), "name"), "): guardian opted out of facial recognition on ", (fmt_date(dt.date(2024, R.randint(2, 5), R.randint(1, 28)), "iso"), "date"))]


def u_insurance_ocr():
    c = camper()
    g = c.g1
    if c.plan[0] in ("RAMQ", "OHIP"):
        return [L("insurance_ocr", "[", ts_laravel(), "] production.DEBUG: InsuranceCardParser result {\"camper_id\":", (c.id, "other_id"),
                  ",\"side\":\"front\",\"fields\":{\"issuer\":\"", c.plan[0], "\",\"nom\":\"", (c.last.upper(), "name"), "\",\"prenom\":\"",
                  (c.first.upper(), "name"), "\",\"numero\":\"", (c.plan[1], "health_plan"), "\",\"date_naissance\":\"",
                  (fmt_date(c.dob, "iso"), "date"), "\",\"expiration\":\"20%02d-%02d\"},\"confidence\":%.2f}" % (R.randint(25, 29), R.randint(1, 12), R.uniform(0.7, 0.99)))]
    return [L("insurance_ocr", "[", ts_laravel(), "] production.DEBUG: InsuranceCardParser result {\"camper_id\":", (c.id, "other_id"),
              ",\"side\":\"front\",\"fields\":{\"payer\":\"", c.plan[0], "\",\"member_name\":\"", (nm(g, "LF"), "name"),
              "\",\"member_id\":\"", (c.plan[1], "health_plan"), "\",\"group_no\":\"", c.group, "\",\"rx_bin\":\"",
              R.choice(["610014", "003858", "004336", "610279"]), "\",\"rx_pcn\":\"", R.choice(["MEDDPRIME", "A4", "ADV", "9999"]),
              "\",\"dependents\":[\"", (nm(c, "FL"), "name"), "\"],\"effective\":\"01/01/2024\"},\"confidence\":%.2f}" % R.uniform(0.7, 0.99))]


def u_insurance_subscriber():
    c = camper()
    g = c.g1
    return [L("insurance_ocr", "[", ts_laravel(), "] production.INFO: Subscriber details saved {\"camper_id\":", (c.id, "other_id"),
              ",\"subscriber\":{\"name\":\"", (jraw(nm(g, "fl")), "name"), "\",\"dob\":\"", (fmt_date(g.dob, "us"), "date"),
              "\",\"ssn\":\"", (g.ssn if R.random() < 0.6 else g.ssn.replace("-", ""), "ssn"), "\",\"employer\":\"",
              R.choice(["Cardinal Health", "Nationwide", "University of Michigan", "Kohl's", "self-employed"]),
              "\",\"relationship_to_camper\":\"", g.rel.lower(), "\"}}")]


def u_immunization_json():
    c = camper()
    vac = []
    parts = ["[", ts_laravel(), "] production.INFO: Immunization record verified {\"camper_id\":", (c.id, "other_id"), ",\"immunizations\":["]
    for i, v in enumerate(R.sample(["Tdap", "MMR", "Varicella", "MenACWY", "HepB", "IPV"], 3)):
        if i:
            parts.append(",")
        vd = min(c.dob + dt.timedelta(days=R.randint(365, 4000)), dt.date(2024, 5, 1) - dt.timedelta(days=R.randint(0, 300)))
        parts += ["{\"vaccine\":\"", v, "\",\"date\":\"", (fmt_date(vd, R.choice(["iso", "us"])), "date"), "\"}"]
    parts += ["],\"verified_by\":\"", R.choice(STAFF_NURSES)[0], "\"}"]
    return [L("immunization_json", *parts)]


def u_exemption():
    c = camper()
    g = c.g1
    return [L("immunization_json", "[", ts_laravel(), "] production.NOTICE: Vaccine exemption on file {\"camper_id\":", (c.id, "other_id"),
              ",\"type\":\"", R.choice(["medical", "religious", "personal belief"]), "\",\"certificate_no\":\"",
              ("%s-EX-%s" % (c.place[2], digits(7)), "license"), "\",\"signed_by_parent\":\"", (jraw(nm(g, "fl")), "name"),
              "\",\"signed_on\":\"", (fmt_date(dt.date(2024, R.randint(1, 5), R.randint(1, 28)), "iso"), "date"), "\",\"vaccines\":[\"MMR\"]}")]


def u_portal_login():
    c = camper()
    g = R.choice([c.g1, c.g2])
    return [L("laravel", "[", ts_laravel(), "] production.INFO: Login succeeded {\"user\":\"", (g.username, "other_id"),
              "\",\"user_id\":", (g.user_id, "other_id"), ",\"guard\":\"parent\",\"ip\":\"", (g.ip, "ip"), "\",\"mfa\":\"",
              R.choice(["sms", "totp", "none"]), "\"}")]


def u_device_alert():
    c = R.choice([x for x in CAMPERS if x.device] or CAMPERS)
    dev = c.device or ("Dexcom G6 transmitter", "transmitter", "8GXXXX")
    return [L("laravel", "[", ts_laravel(), "] production.WARNING: CGM follow alert {\"camper_id\":", (c.id, "other_id"), ",\"device\":\"",
              dev[0], "\",\"", dev[1], "\":\"", (dev[2], "device"), "\",\"glucose_mgdl\":", R.randint(44, 69),
              ",\"trend\":\"", R.choice(["DoubleDown", "SingleDown", "FortyFiveDown", "Flat"]), "\",\"notify\":[\"health-center\",\"",
              (c.g1.email, "email"), "\"]}")]


def u_lost_device():
    c = camper()
    imei = luhn_complete("35" + digits(6), 15)
    return [L("laravel", "[", ts_laravel(), "] production.INFO: Lost & found item logged {\"item\":\"iPhone 13 (confiscated, phone policy)\",\"imei\":\"",
              (imei, "device"), "\",\"owner\":\"", (jraw(nm(c, "fl")), "name"), "\",\"cabin\":\"", c.cabin, "\",\"return_with\":\"luggage\"}")]


def u_horizon_failed():
    c = camper()
    g = c.g1
    return [L("laravel", "[", ts_laravel(), "] production.ERROR: App\\Jobs\\NotifyGuardianOfHealthVisit has failed after 3 attempts {\"uuid\":\"",
              uuid4(), "\",\"data\":{\"visitId\":", R.randint(10000, 99999), ",\"guardianEmail\":\"", (g.email, "email"),
              "\",\"guardianName\":\"", (jraw(nm(g, "fl")), "name"), "\",\"camperFirst\":\"", (jraw(c.first), "name"),
              "\",\"visitDate\":\"", (today().strftime("%Y-%m-%d"), "date"), "\"},\"exception\":\"Symfony\\\\Component\\\\Mailer\\\\Exception\\\\TransportException: Connection to \\\"email-smtp.us-east-1.amazonaws.com:587\\\" timed out.\"}")]


def u_registration_address():
    c = camper()
    g = c.g1
    return [L("laravel", "[", ts_laravel(), "] production.INFO: Address normalized via SmartyStreets {\"registration\":\"", (c.reg, "other_id"),
              "\",\"input\":\"", (c.street.lower() + " " + c.place[0].lower(), "address"), " ", c.place[2].lower(), " ",
              (c.place[3], "zip"), "\",\"output\":{\"delivery_line_1\":\"", (jraw(c.street), "address"), "\",\"city_name\":\"",
              (jraw(c.place[0]), "address"), "\",\"county_name\":\"", ((c.place[1] or "n/a"), "address" if c.place[1] else None),
              "\",\"state_abbreviation\":\"", c.place[2], "\",\"zipcode\":\"", (c.place[3][:5] if c.place[3][0].isdigit() else c.place[3], "zip"),
              "\",\"plus4_code\":\"", digits(4) if c.place[3][0].isdigit() else "", "\"},\"arrival_date\":\"",
              (fmt_date(dt.date(2024, 7, R.choice([7, 14, 21])), "iso"), "date"), "\"}")]


def u_scholarship():
    c = camper()
    g = c.g1
    return [L("laravel", "[", ts_laravel(), "] production.INFO: Campership application submitted {\"application\":\"CSA-2024-", digits(4),
              "\",\"family_account\":\"", (c.fam, "account"), "\",\"applicant\":\"", (jraw(nm(g, "lf")), "name"), "\",\"household_size\":",
              R.randint(2, 7), ",\"agi_band\":\"", R.choice(["<35k", "35-55k", "55-75k"]), "\",\"ssn_last4\":\"", g.ssn[-4:],
              "\",\"medicaid_id\":\"", (digits(12) if c.place[2] == "OH" else rstr(2, "ABCDEFGHJKLMNPRSTVWXYZ") + digits(8), "health_plan"),
              "\",\"campers\":[\"", (jraw(c.first), "name"), "\"]}")]


def u_gallery_link():
    c = camper()
    g = c.g1
    return [L("laravel", "[", ts_laravel(), "] production.INFO: Guardian uploaded external document link {\"camper_id\":", (c.id, "other_id"),
              ",\"doc_type\":\"physical_exam\",\"url\":\"", ("https://drive.google.com/file/d/1" + rstr(32) + "/view?usp=sharing", "url"),
              "\",\"uploaded_by\":\"", (g.email, "email"), "\"}")]


def u_emergency_contact_old():
    c = camper()
    g = c.gg
    return [L("laravel", "[", ts_laravel(), "] production.INFO: Emergency contact added {\"camper_id\":", (c.id, "other_id"),
              ",\"name\":\"", (jraw(nm(g, "fl")), "name"), "\",\"relationship\":\"", g.rel, "\",\"age\":",
              (str(R.randint(90, 97)), "age"), ",\"phone\":\"", (fmt_phone(g.phone, R.choice(["dash", "dot", "paren"])), "phone"),
              "\",\"address\":\"", (jraw(c.street + ", " + c.place[0]), "address"), ", ", c.place[2], "\"}")]


def u_guardian_fax():
    c = camper()
    g = c.g1
    return [L("laravel", "[", ts_laravel(), "] production.INFO: Medical release fax queued {\"provider\":\"Documo\",\"to_fax\":\"",
              (fmt_phone(g.fax, R.choice(["e164", "dash"])), "fax"), "\",\"recipient\":\"", (jraw(nm(g, "fl")), "name"), "\",\"re\":\"",
              (jraw(nm(c, "fl")), "name"), " - release of information\",\"pages\":3,\"job\":\"fx_", rstr(12), "\"}")]


PHI_UNITS = [u_laravel_health_form, u_laravel_dupe, u_laravel_validation, u_laravel_trace, u_activitylog, u_nginx_parent,
             u_nginx_parent, u_vue_client, u_vue_client, u_sentry, u_mysql_slow, u_mysql_general, u_mysql_general,
             u_stripe_webhook, u_stripe_decline, u_ach_leak, u_card_leak, u_mailchimp_webhook, u_mailchimp_webhook,
             u_mailchimp_api, u_twilio_out, u_twilio_out, u_twilio_status, u_twilio_inbound, u_postfix, u_postfix,
             u_mar_csv, u_nurse_log, u_nurse_log, u_nurse_log, u_nurse_log, u_incident_kv, u_incident_kv, u_incident_update,
             u_transfer_xml, u_ed_return, u_hl7, u_bus_csv, u_pickup, u_pickup, u_pickup_denied, u_roster,
             u_facetag_match, u_facetag_match, u_facetag_enroll, u_facetag_crop, u_facetag_optout, u_insurance_ocr,
             u_insurance_subscriber, u_immunization_json, u_exemption, u_portal_login, u_portal_login, u_device_alert,
             u_lost_device, u_horizon_failed, u_registration_address, u_scholarship, u_gallery_link,
             u_emergency_contact_old, u_guardian_fax]


# =========================================================================== noise units
JOBS = ["App\\Jobs\\SyncCabinRosters", "App\\Jobs\\GenerateDailyMarSheets", "App\\Jobs\\SendParentDigest",
        "App\\Jobs\\ProcessPhotoBatch", "App\\Jobs\\ReconcileStripePayouts", "App\\Jobs\\PruneExpiredUploads",
        "App\\Jobs\\RebuildAllergenReport", "Illuminate\\Notifications\\SendQueuedNotifications",
        "App\\Jobs\\ExportBusManifests", "App\\Listeners\\UpdateMailchimpAudience"]


def n_queue():
    j = R.choice(JOBS)
    t = tick(0, 30).strftime("%Y-%m-%d %H:%M:%S")
    dots = "." * max(3, 60 - len(j))
    if R.random() < 0.5:
        return [L("laravel_queue", "  ", t, " ", j, " ", dots, " RUNNING"),
                L("laravel_queue", "  ", t, " ", j, " ", dots, " %.2fms DONE" % R.uniform(3, 4000))]
    return [L("laravel_queue", "  ", t, " ", j, " ", dots, " %s" % R.choice(["%.2fms DONE" % R.uniform(3, 900), "%.2fs FAIL" % R.uniform(1, 60)]))]


def n_laravel_info():
    msgs = [lambda: "Scheduled command [cabins:sync-rosters --all] finished in %.2fs" % R.uniform(0.4, 12),
            lambda: "Cache cleared for tag health-center:%s" % R.choice(CAMPS)[0],
            lambda: "MAR sheets generated {\"camp\":\"%s\",\"date\":\"%s\",\"sheets\":%d,\"doses\":%d}" % (R.choice(CAMPS)[0], today().isoformat(), R.randint(8, 30), R.randint(40, 260)),
            lambda: "Photo batch processed {\"batch\":\"%s\",\"photos\":%d,\"faces\":%d,\"unmatched\":%d,\"duration_ms\":%d}" % (uuid4(), R.randint(40, 600), R.randint(80, 1800), R.randint(0, 80), R.randint(2000, 90000)),
            lambda: "Stripe payout reconciled {\"payout\":\"po_1P%s\",\"amount\":%d,\"currency\":\"usd\",\"charges\":%d}" % (rstr(22), R.randint(100000, 9000000), R.randint(10, 300)),
            lambda: "Allergen report rebuilt {\"camp\":\"%s\",\"peanut\":%d,\"tree_nut\":%d,\"gluten\":%d,\"dairy\":%d}" % (R.choice(CAMPS)[0], R.randint(1, 30), R.randint(1, 20), R.randint(1, 15), R.randint(1, 12)),
            lambda: "Order ORD-%s shipped to camp store {\"sku\":\"NSC-TSHIRT-%s\",\"qty\":%d,\"carrier\":\"UPS\",\"tracking\":\"1Z%s\"}" % (digits(7), R.choice(["YS", "YM", "AS", "AM"]), R.randint(10, 200), rstr(16, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ")),
            lambda: "Health center on-call rotation published {\"camp\":\"TPR\",\"on_call\":\"Kelly Tran, RN\",\"ext\":214,\"pager\":\"715-479-0188\",\"email\":\"kelly.tran@northstarcamps.org\"}",
            lambda: "Deploy %s finished {\"build\":%d,\"php\":\"8.2.20\",\"laravel\":\"10.48.14\",\"node\":\"20.14.0\"}" % (hexs(40), R.randint(3000, 4999)),
            lambda: "Session capacity {\"camp\":\"%s\",\"session\":\"S2\",\"starts\":\"2024-07-14\",\"ends\":\"2024-07-27\",\"enrolled\":%d,\"waitlist\":%d}" % (R.choice(CAMPS)[0], R.randint(150, 320), R.randint(0, 40)),
            lambda: "Staging smoke test charge ok {\"env\":\"staging\",\"card\":\"4242 4242 4242 4242\",\"amount\":100,\"pi\":\"pi_3P%s\"}" % rstr(22),
            lambda: "Twilio usage {\"segments_today\":%d,\"failed\":%d,\"cost_usd\":%.2f}" % (R.randint(200, 4000), R.randint(0, 30), R.uniform(2, 60)),
            lambda: "Medication inventory low {\"camp\":\"%s\",\"item\":\"Ibuprofen 200mg tab\",\"lot\":\"EK%s\",\"exp\":\"2025-%02d\",\"on_hand\":%d}" % (R.choice(CAMPS)[0], digits(4), R.randint(1, 12), R.randint(10, 80)),
            lambda: "AED check logged {\"location\":\"waterfront\",\"device\":\"ZOLL AED Plus\",\"serial\":\"X%s\",\"pads_exp\":\"2026-03\",\"checked_by\":\"PH\"}" % digits(8),
            lambda: "Webhook signature verified {\"provider\":\"stripe\",\"event\":\"evt_1P%s\",\"type\":\"invoice.finalized\",\"latency_ms\":%d}" % (rstr(22), R.randint(20, 400))]
    lvl = R.choice(["INFO", "INFO", "INFO", "DEBUG", "NOTICE"])
    return [L("laravel", "[", ts_laravel(), "] production.", lvl, ": ", R.choice(msgs)())]


def n_laravel_error():
    msgs = ["SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: select * from `sessions` where `id` = %s limit 1)" % rstr(40),
            "cURL error 28: Operation timed out after 30001 milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://rekognition.us-east-2.amazonaws.com/",
            "Redis connection [default] lost: read error on connection to redis-master.camp.svc:6379",
            "Too many attempts. Retry after %d seconds. {\"limiter\":\"api\",\"route\":\"api/v2/family/*\"}" % R.randint(10, 60),
            "Failed to open stream: No space left on device at /var/www/html/storage/framework/views/%s.php:1" % hexs(40),
            "Target class [App\\Http\\Controllers\\Health\\AllergenExportController] does not exist.",
            "Mailchimp API 429: You have exceeded the limit of 10 simultaneous connections.",
            "Stripe webhook signature mismatch for event evt_1P%s (header t=%d)" % (rstr(22), R.randint(1719000000, 1722000000))]
    return [L("laravel", "[", ts_laravel(), "] production.", R.choice(["ERROR", "WARNING", "CRITICAL"]), ": ", R.choice(msgs))]


def n_laravel_trace():
    t = ts_laravel()
    out = [L("laravel", "[", t, "] production.ERROR: Allowed memory size of 268435456 bytes exhausted (tried to allocate 20480 bytes) {\"exception\":\"[object] (Symfony\\\\Component\\\\ErrorHandler\\\\Error\\\\FatalError(code: 0): Allowed memory size of 268435456 bytes exhausted (tried to allocate 20480 bytes) at /var/www/html/vendor/intervention/image/src/Drivers/Gd/Decoders/BinaryImageDecoder.php:41)"),
           L("laravel", "[stacktrace]"),
           L("laravel", "#0 {main}"),
           L("laravel", "\"} ")]
    return out


def n_nginx():
    k = R.randint(0, 3)
    ip = "10.%d.%d.%d" % (R.randint(0, 30), R.randint(0, 255), R.randint(2, 254))
    if k == 0:
        return [L("nginx", ip, " - - [", ts_clf(), "] \"GET /up HTTP/1.1\" 200 15 \"-\" \"ELB-HealthChecker/2.0\" rt=0.00%d uct=0.000 urt=0.00%d" % (R.randint(1, 9), R.randint(1, 9)))]
    if k == 1:
        a = R.choice(["/build/assets/app-%s.js" % rstr(8), "/build/assets/app-%s.css" % rstr(8), "/favicon.ico", "/robots.txt", "/img/logo-northstar.svg"])
        return [L("nginx", "172.16.%d.%d" % (R.randint(0, 31), R.randint(2, 254)), " - - [", ts_clf(), "] \"GET ", a, " HTTP/2.0\" ", R.choice([200, 304]), " ",
                  R.randint(0, 480000), " \"https://my.northstarcamps.org/\" \"", R.choice(UAS), "\" rt=0.001 uct=- urt=-")]
    if k == 2:
        return [L("nginx", ip, " - - [", ts_clf(), "] \"POST /webhooks/stripe HTTP/1.1\" 200 2 \"-\" \"Stripe/1.0 (+https://stripe.com/docs/webhooks)\" rt=%.3f" % R.uniform(0.05, 0.6))]
    return [L("nginx", tick().strftime("%Y/%m/%d %H:%M:%S"), " [error] ", R.randint(20, 40), "#", R.randint(20, 40), ": *", R.randint(10000, 999999),
              " upstream timed out (110: Connection timed out) while reading response header from upstream, client: ", ip,
              ", server: my.northstarcamps.org, request: \"GET /api/v2/admin/reports/allergens HTTP/2.0\", upstream: \"fastcgi://unix:/run/php/php8.2-fpm.sock:\"")]


def n_php_fpm():
    t = tick().strftime("%d-%b-%Y %H:%M:%S")
    msgs = ["WARNING: [pool www] server reached pm.max_children setting (%d), consider raising it" % R.choice([20, 32, 48]),
            "NOTICE: [pool www] child %d exited with code 0 after %.6f seconds from start" % (R.randint(1000, 99999), R.uniform(100, 9000)),
            "NOTICE: [pool www] child %d started" % R.randint(1000, 99999),
            "WARNING: [pool www] child %d, script '/var/www/html/public/index.php' (request: \"POST /index.php\") executing too slow (%.6f sec), logging" % (R.randint(1000, 99999), R.uniform(5, 30))]
    return [L("php_fpm", "[", t, "] ", R.choice(msgs))]


def n_vue():
    msgs = ["[Vue warn]: Missing required prop: \"camperId\" at <MedicationScheduleRow> at <MarGrid> at <App>",
            "[Vue warn]: Extraneous non-emits event listeners (close) were passed to component but could not be automatically inherited",
            "[vite] hot updated: /resources/js/Pages/Health/Mar.vue",
            "[Vue Router warn]: No match found for location with path \"/parent/campers/undefined/photos\"",
            "ChunkLoadError: Loading chunk %d failed. (timeout: https://my.northstarcamps.org/build/assets/%s.js)" % (R.randint(100, 999), rstr(8)),
            "[pinia] store \"roster\" hydrated in %dms (%d cabins)" % (R.randint(5, 200), R.randint(8, 60))]
    return [L("vue_client", "[", ts_laravel(), "] production.", R.choice(["WARNING", "DEBUG", "ERROR"]), ": [client] ", R.choice(msgs),
              " {\"release\":\"parent-portal@3.8.1\",\"session\":\"", uuid4(), "\"}")]


def n_sentry():
    return [L("sentry_js", "{\"event_id\":\"", hexs(32), "\",\"platform\":\"javascript\",\"level\":\"warning\",\"release\":\"staff-app@2.14.0+", hexs(7),
              "\",\"message\":\"ResizeObserver loop completed with undelivered notifications.\",\"transaction\":\"/health/mar\",\"contexts\":{\"trace\":{\"trace_id\":\"",
              hexs(32), "\",\"span_id\":\"", hexs(16), "\"}},\"tags\":{\"vue\":\"3.4.27\",\"camp\":\"", R.choice(CAMPS)[0], "\"}}")]


def n_mysql_err():
    t = ts_iso_us()
    msgs = ["0 [Warning] [MY-010055] [Server] IP address '10.20.%d.%d' could not be resolved: Name or service not known" % (R.randint(0, 9), R.randint(2, 254)),
            "%d [Note] [MY-010914] [Server] Aborted connection %d to db: 'campdb' user: 'camp_app' host: '10.20.3.%d' (Got an error reading communication packets)." % (R.randint(1000, 99999), R.randint(1000, 99999), R.randint(10, 60)),
            "0 [System] [MY-013172] [Server] Received SHUTDOWN from user <via user signal>. Shutting down mysqld (Version: 8.0.37).",
            "0 [Warning] [MY-013360] [Server] Plugin mysql_native_password reported: ''mysql_native_password' is deprecated and will be removed in a future release.'",
            "0 [Note] [MY-011953] [InnoDB] Page cleaner took %dms to flush %d and evict 0 pages" % (R.randint(4000, 9000), R.randint(100, 2000))]
    return [L("mysql_err", t, " ", R.choice(msgs))]


def n_mysql_slow():
    t = ts_iso_us()
    return [L("mysql_slow", "# Time: ", t),
            L("mysql_slow", "# User@Host: camp_report[camp_report] @  [10.20.4.", R.randint(10, 60), "]  Id: ", R.randint(30000, 99999)),
            L("mysql_slow", "# Query_time: %.6f  Lock_time: 0.000%03d Rows_sent: %d  Rows_examined: %d" % (R.uniform(2, 20), R.randint(1, 999), R.randint(1, 40), R.randint(100000, 900000))),
            L("mysql_slow", "SELECT camp_id, cabin_id, COUNT(*) AS doses, SUM(status='refused') AS refused FROM medication_administrations WHERE administered_at >= CURDATE() - INTERVAL 7 DAY GROUP BY camp_id, cabin_id;")]


def n_stripe_cli():
    typ = R.choice(["invoice.finalized", "invoice.paid", "payment_intent.created", "charge.succeeded", "payout.paid", "customer.subscription.updated"])
    return [L("stripe", tick().strftime("%Y-%m-%d %H:%M:%S"), "   --> ", typ, " [evt_1P", rstr(22), "]"),
            L("stripe", CLOCK[0].strftime("%Y-%m-%d %H:%M:%S"), "  <--  [200] POST http://localhost:8000/stripe/webhook [evt_1P", rstr(22), "]")][:R.randint(1, 2)]


def n_mailchimp():
    return [L("mailchimp", "[", ts_laravel(), "] production.INFO: Mailchimp campaign report {\"campaign_id\":\"", hexs(10), "\",\"title\":\"",
              R.choice(["Week 3 Parent Digest", "Packing List Reminder", "Session 2 Bus Info", "Visiting Day FAQ"]),
              "\",\"emails_sent\":", R.randint(400, 3000), ",\"opens\":{\"unique_opens\":", R.randint(200, 2000), ",\"open_rate\":%.3f},\"clicks\":{\"unique_clicks\":%d},\"bounces\":%d}" % (
                  R.uniform(0.4, 0.8), R.randint(20, 600), R.randint(0, 20)))]


def n_twilio():
    return [L("twilio", "[", ts_laravel(), "] production.WARNING: Twilio REST 429 Too Many Requests, retry in %ds {\"AccountSid\":\"AC%s\",\"MessagingServiceSid\":\"MG%s\",\"queue_depth\":%d}" % (
        R.randint(1, 8), hexs(32), hexs(32), R.randint(10, 900)))]


def n_postfix():
    qid = rstr(10, "0123456789ABCDEF")
    k = R.randint(0, 2)
    if k == 0:
        return [L("postfix", ts_syslog(), " mail01 postfix/qmgr[1187]: ", qid, ": from=<noreply@northstarcamps.org>, size=", R.randint(3000, 90000), ", nrcpt=1 (queue active)")]
    if k == 1:
        return [L("postfix", ts_syslog(), " mail01 postfix/qmgr[1187]: ", qid, ": removed")]
    return [L("postfix", ts_syslog(), " mail01 postfix/smtpd[", R.randint(2000, 40000), "]: disconnect from unknown[10.20.1.", R.randint(2, 250), "] ehlo=2 starttls=1 mail=1 rcpt=1 data=1 quit=1 commands=7")]


def n_supervisor():
    msgs = ["INFO success: horizon entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)",
            "INFO spawned: 'queue-worker_0%d' with pid %d" % (R.randint(0, 7), R.randint(100, 9999)),
            "INFO exited: facetag-worker (exit status 0; expected)",
            "WARN received SIGTERM indicating exit request",
            "INFO waiting for horizon to die"]
    t = tick()
    return [L("supervisor", t.strftime("%Y-%m-%d %H:%M:%S,"), "%03d " % (t.microsecond // 1000), R.choice(msgs))]


def n_prom():
    metrics = [lambda: 'http_requests_total{app="camp-portal",route="api.family.campers.show",status="200"} %d' % R.randint(1000, 900000),
               lambda: 'php_fpm_active_processes{pool="www"} %d' % R.randint(1, 48),
               lambda: 'horizon_jobs_pending{queue="notifications"} %d' % R.randint(0, 400),
               lambda: 'mar_doses_due_total{camp="%s",window="08:00"} %d' % (R.choice(CAMPS)[0], R.randint(10, 90)),
               lambda: 'facetag_match_latency_seconds_bucket{le="0.5"} %d' % R.randint(100, 90000),
               lambda: 'mysql_global_status_threads_connected %d' % R.randint(5, 200),
               lambda: 'stripe_webhook_events_total{type="charge.succeeded"} %d' % R.randint(100, 20000)]
    return [L("prometheus", R.choice(metrics)(), " ", str(int((tick(0, 15) - dt.datetime(1970, 1, 1)).total_seconds() * 1000)))]


def n_k8s():
    pod = "camp-portal-%s-%s" % (rstr(10, "bcdfghjklmnpqrstvwxz2456789"), rstr(5, "bcdfghjklmnpqrstvwxz2456789"))
    msgs = ["Readiness probe failed: HTTP probe failed with statuscode: 503",
            "Successfully pulled image \"ghcr.io/northstar-camps/portal:v3.8.%d\" in %.3fs" % (R.randint(0, 9), R.uniform(1, 20)),
            "Liveness probe succeeded", "Started container php-fpm", "Back-off restarting failed container facetag-worker"]
    return [L("k8s_probe", ts_iso_ms(), " kubelet ", R.choice(["Normal", "Warning"]), " pod/", pod, " ", R.choice(msgs))]


def n_cron():
    t = ts_syslog()
    return [L("cron", t, " app01 CRON[", R.randint(1000, 99999), "]: (www-data) CMD (cd /var/www/html && php artisan schedule:run >> /dev/null 2>&1)")]


def n_redis():
    t = tick()
    return [L("redis", "%d:M %s.%03d * " % (R.randint(1, 99), t.strftime("%d %b %Y %H:%M:%S"), t.microsecond // 1000),
              R.choice(["%d changes in 60 seconds. Saving..." % R.randint(1000, 99999), "Background saving started by pid %d" % R.randint(100, 9999),
                        "DB saved on disk", "Background saving terminated with success"]))]


def n_config():
    items = ["APP_ENV=production", "APP_URL=https://my.northstarcamps.org", "MAIL_FROM_ADDRESS=noreply@northstarcamps.org",
             "TWILIO_FROM=+18885550142", "QUEUE_CONNECTION=redis", "DB_HOST=mysql-primary.camp.svc", "DB_PORT=3306",
             "FACETAG_COLLECTION=nsc-2024-campers", "FACETAG_MIN_SIMILARITY=90", "HEALTH_CENTER_PHONE_TPR=715-479-0100",
             "STRIPE_KEY=pk_live_51N%s" % ("*" * 12), "SESSION_LIFETIME=120", "LOG_CHANNEL=stack", "MAILCHIMP_LIST_ID=a6b5da1054"]
    return [L("config", "[", ts_laravel(), "] production.DEBUG: env loaded ", R.choice(items))]


def n_vite():
    return [L("vite", R.choice(["vite v5.3.1 building for production...", "✓ %d modules transformed." % R.randint(800, 2400),
                                "public/build/assets/app-%s.js   %.2f kB │ gzip: %.2f kB" % (rstr(8), R.uniform(200, 900), R.uniform(60, 300)),
                                "✓ built in %.2fs" % R.uniform(5, 40)]))]


def n_facetag():
    msgs = ["INFO [facetag.worker] photo=IMG_%d.JPG album=%s-2024-wk%d faces=%d matched=%d unmatched=%d took=%dms" % (
        R.randint(1000, 9999), R.choice(CAMPS)[0], R.randint(1, 7), R.randint(0, 9), R.randint(0, 5), R.randint(0, 4), R.randint(200, 3000)),
            "INFO [facetag.batch] batch %s uploaded by photographer staff:%s, %d files" % (uuid4(), R.choice(["lmorales", "dchen", "photo_tpr"]), R.randint(20, 400)),
            "WARNING [botocore.retryhandler] Retry needed, retrying request after delay of: %.3f" % R.uniform(0.1, 2),
            "INFO [facetag.collection] collection=nsc-2024-campers faces=%d model_version=7.0" % R.randint(1000, 9000)]
    return [L("facetag", ts_py(), " ", R.choice(msgs))]


def n_bus():
    c = R.choice(CAMPS[:4])
    return [L("pickup_kv", ts_iso_ms(), " INFO bus.status camp=", c[0], " route=R", R.randint(1, 6), " vehicle=NSC-BUS-", R.randint(10, 40),
              " plate=\"", R.choice(["WI", "MI", "NY"]), " ", rstr(3, "ABCDEFGHJKLMNPRSTV"), digits(3), "\" event=", R.choice(["departed", "arrived", "checkpoint"]),
              " seats=48 checked_in=", R.randint(30, 48), " driver=", R.choice(["Lamar Watts", "Deb Kowalski", "First Student #4412"]))]


def n_incident_stats():
    return [L("incident_kv", ts_iso_ms(), " level=info msg=\"incident.weekly_summary\" camp=", R.choice(CAMPS)[0], " minor=", R.randint(3, 30),
              " moderate=", R.randint(0, 5), " offsite_transfers=", R.randint(0, 3), " trace_id=", hexs(32))]


def n_nurse_admin():
    n = R.choice(STAFF_NURSES)
    return [L("nurse_log", R.choice(["Shift handoff", "Supply note", "Clinic note"]), " ", tick().strftime("%H%M"), " - ",
              R.choice(["AM med pass complete 42/42, no refusals.", "Restocked first-aid kits for waterfront + climbing tower.",
                        "Fridge temp 38F logged. Insulin stock checked.", "Sharps container swapped (hut 2).",
                        "Quiet night, 3 walk-ins, all returned to cabins."]), " -", n[2], " (", n[0], ", ", n[1], ", ext ", R.randint(200, 260), ")")]


def n_mar_stats():
    return [L("mar_csv", "# export ", ts_laravel(), " camp=", R.choice(CAMPS)[0], " window=", R.choice(["08:00", "12:30", "20:00"]),
              " rows=", R.randint(10, 80), " sha256=", hexs(64))]


def n_hl7_ack():
    ctrl = digits(12)
    return [L("hl7_iis", "MSH|^~\\&|NSC_HEALTH|NORTHSTAR|IIS|WIR|", tick().strftime("%Y%m%d%H%M%S-0500"), "||ACK^V04^ACK|", ctrl, "|P|2.5.1"),
            L("hl7_iis", "MSA|AE|", digits(12), "|Unable to process - registry maintenance window")]


def n_activitylog():
    return [L("activitylog", "{\"log_name\":\"settings\",\"description\":\"updated\",\"subject_type\":\"App\\\\Models\\\\CampSetting\",\"subject_id\":", R.randint(1, 40),
              ",\"causer_id\":", R.randint(1, 30), ",\"properties\":{\"old\":{\"quiet_hours\":\"22:00\"},\"attributes\":{\"quiet_hours\":\"22:30\"}},\"created_at\":\"", ts_iso_us(), "\"}")]


NOISE_UNITS = [n_queue, n_queue, n_laravel_info, n_laravel_info, n_laravel_info, n_laravel_error, n_laravel_trace, n_nginx,
               n_nginx, n_nginx, n_php_fpm, n_vue, n_sentry, n_mysql_err, n_mysql_slow, n_stripe_cli, n_mailchimp, n_twilio,
               n_postfix, n_postfix, n_supervisor, n_prom, n_prom, n_k8s, n_cron, n_redis, n_config, n_vite, n_facetag,
               n_facetag, n_bus, n_incident_stats, n_nurse_admin, n_mar_stats, n_hl7_ack, n_activitylog]


# =========================================================================== assemble
def main():
    total = 500
    target_noise = 0.55
    lines = []
    phi_deck, noise_deck = [], []
    while len(lines) < total:
        rem = total - len(lines)
        n_phi = sum(1 for x in lines if x.spans)
        n_noise = len(lines) - n_phi
        want_noise = n_noise < target_noise * (len(lines) + 1)
        if want_noise:
            if not noise_deck:
                noise_deck = NOISE_UNITS[:]
                R.shuffle(noise_deck)
            unit = noise_deck.pop()
        else:
            if not phi_deck:
                phi_deck = PHI_UNITS[:]
                R.shuffle(phi_deck)
            unit = phi_deck.pop()
        saved = (R.getstate(), CLOCK[0])
        out = unit()
        if len(out) > rem:
            R.setstate(saved[0])
            CLOCK[0] = saved[1]
            R.random()
            continue
        lines.extend(out)
    assert len(lines) == total
    log_path = os.path.join(HERE, ID + ".log")
    lab_path = os.path.join(HERE, ID + ".labels.jsonl")
    with open(log_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(x.text for x in lines))
    with open(lab_path, "w", encoding="utf-8", newline="\n") as f:
        for i, x in enumerate(lines, 1):
            f.write(json.dumps({"line": i, "family": x.family,
                                "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in x.spans]},
                               ensure_ascii=False) + "\n")
    # self-check against written file
    with open(log_path, encoding="utf-8") as f:
        raw = f.read().split("\n")
    assert len(raw) == total
    for x, r in zip(lines, raw):
        assert x.text == r and r.strip()
        b = r.encode("utf-8")
        for s, e, c, v in x.spans:
            assert b[s:e].decode("utf-8") == v
    cats = {}
    for x in lines:
        for _, _, c, _ in x.spans:
            cats[c] = cats.get(c, 0) + 1
    n_phi = sum(1 for x in lines if x.spans)
    fams = sorted(set(x.family for x in lines))
    print("lines", total, "no-PHI", total - n_phi, "(%.1f%%)" % (100.0 * (total - n_phi) / total))
    print("families", len(fams), fams)
    print("spans", sum(cats.values()), json.dumps(dict(sorted(cats.items()))))


if __name__ == "__main__":
    main()
