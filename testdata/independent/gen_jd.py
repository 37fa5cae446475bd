#!/usr/bin/env python3
"""Synthetic after-hours medical answering service / nurse triage line log corpus (ID=jd).

Writes jd.log (500 lines) and jd.labels.jsonl next to this script.  Standard library only,
deterministic (fixed seed; the clock is simulated, never read from the system).

Systems imitated: ACD syslog (acdd), Asterisk verbose log and queue_log, IVR/VXML browser
log, operators' message pads (free text typed fast), protocol triage notes (STCC-style),
TAP and SNPP pager gateways, Twilio REST JSON and webhook form posts, Genesys Cloud
notification JSON, speech-to-text transcript JSON (English and Spanish), HylaFAX
xferfaxlog, postfix, delivery worker (fax / secure email / portal), message XML export,
HL7 v2 MDM^T02 to practice EHRs, billing/minutes CSV and call-detail CSV, Python and
Java application logs with tracebacks, zap JSON, nginx access log, HIPAA audit CSV,
on-call scheduler, cron/systemd noise.

All people, numbers and identifiers are invented.

Labeling decisions:
- Labeled people are patients and the people calling about them (parents, spouses,
  children, guarantors, caregivers, emergency contacts).  Physicians, nurses, operators,
  supervisors, practice staff, pharmacies, practices and vendors are never labeled, nor are
  their phones, pagers, faxes, emails or IPs.
- A name is one span in whatever form it is written ("Last, First M.", "J. Kowalski",
  lower case, upper-case CNAM truncated to 15 chars, HL7 XPN "LAST^FIRST^M").
- ANI / caller-ID / callback numbers of callers are phone (callers are patients or their
  family); ANIs of pharmacies, hospitals and practices are not labeled.  "RESTRICTED",
  "anonymous" are not values.  A phone span covers the number with its +1/country code but
  not a "tel:" scheme.  URL-encoded values are labeled in their encoded form (%2B1...).
- Spoken numbers in speech-to-text ("two one four five five five ...", "noventa y tres")
  are labeled with the category of the value they spell (phone, date, age).
- Dates of birth, of service/visit, of surgery, of onset written as a calendar date, of
  appointments and of death are date.  Log/event timestamps, message "taken" times,
  billing periods, call-detail call dates and relative dates ("since tues") are not.
- Ages are labeled only when 90 or more (the number only, or the spoken words); younger
  ages are left unlabeled.
- Whole street address (number, street, unit) is one address span; city is a separate
  address span; state is not labeled; ZIP is zip.  Twilio FromCity/FromZip (geo of the
  caller's number) are labeled address/zip.
- Practice MRNs are mrn; payer member/subscriber/Medicaid IDs are health_plan; practice
  patient account / guarantor account numbers and payment cards are account.
- Triage encounter numbers (TN-...) and nurse-line case numbers identify one patient's
  episode: other_id.  Patient portal usernames and the IVR voice-auth speaker id: other_id.
  Service-generated call ids, message ids (1042-88213), conversation/participant UUIDs,
  Twilio SIDs, trace ids and fax job ids are transaction ids: not labeled.
- Voiceprint templates (base64) are biometric; base64 JPEG images sent by patients by MMS
  are photo.  Serials of a patient's medical device (pump, CPAP, CGM transmitter,
  pacemaker) are device.  Patient plates/VINs are vehicle, driver licence numbers license.
- Public IPs of patients using the web callback form / patient portal are ip; internal
  10.x/172.16.x, practice office IPs and vendor IPs are not.
- Personal pages (CaringBridge, personal sites) are url; practice/vendor URLs are not.
"""
import base64
import unicodedata
import datetime as dt
import json
import os
import random
import re
import urllib.parse

SEED = 20241108
R = random.Random(SEED)
N_LINES = 500
NOISE_TARGET = 275

# ----------------------------------------------------------------------------- builder

class LB:
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
        b = len(s.encode("utf-8"))
        assert b > 0
        self.spans.append((self.n, self.n + b, cat, s))
        self.buf.append(s)
        self.n += b
        return self

    def text(self):
        return "".join(self.buf)


class P:
    """A PHI value to be placed somewhere (json, kv, template)."""
    def __init__(self, v, cat):
        self.v = str(v)
        self.cat = cat


class Mix:
    """A string made of plain parts and P parts (used inside JSON/XML strings)."""
    def __init__(self, parts):
        self.parts = parts


TOK = re.compile(r"\{(\w+)\}")


def tparts(template, **kw):
    parts = []
    pos = 0
    for m in TOK.finditer(template):
        if m.start() > pos:
            parts.append(template[pos:m.start()])
        v = kw[m.group(1)]
        if isinstance(v, tuple):
            v = P(v[0], v[1])
        parts.append(v if isinstance(v, (P, Mix)) else str(v))
        pos = m.end()
    if pos < len(template):
        parts.append(template[pos:])
    return parts


def M(template, **kw):
    return Mix(tparts(template, **kw))


def tpl(lb, template, **kw):
    for part in tparts(template, **kw):
        if isinstance(part, P):
            lb.p(part.v, part.cat)
        else:
            lb.t(part)
    return lb


def put(lb, v, esc=None):
    """Append str / P / Mix, escaping plain text with esc (and checking PHI needs none)."""
    if isinstance(v, P):
        if esc:
            assert esc(v.v) == v.v, v.v
        lb.p(v.v, v.cat)
    elif isinstance(v, Mix):
        for part in v.parts:
            put(lb, part, esc)
    else:
        lb.t(esc(str(v)) if esc else str(v))


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jw(lb, o, sp=False):
    c = ", " if sp else ","
    k = ": " if sp else ":"
    if isinstance(o, (P, Mix)):
        lb.t('"')
        put(lb, o, jesc)
        lb.t('"')
    elif isinstance(o, dict):
        lb.t("{")
        for i, (kk, vv) in enumerate(o.items()):
            if i:
                lb.t(c)
            lb.t(json.dumps(kk) + k)
            jw(lb, vv, sp)
        lb.t("}")
    elif isinstance(o, list):
        lb.t("[")
        for i, vv in enumerate(o):
            if i:
                lb.t(c)
            jw(lb, vv, sp)
        lb.t("]")
    else:
        lb.t(json.dumps(o, ensure_ascii=False))
    return lb


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def kv(lb, pairs, sep=" ", eq="=", quote=True):
    for i, (k, v) in enumerate(pairs):
        if i:
            lb.t(sep)
        lb.t(k + eq)
        raw = v.v if isinstance(v, P) else ("".join(x.v if isinstance(x, P) else x for x in v.parts) if isinstance(v, Mix) else str(v))
        q = quote and (" " in raw or raw == "")
        if q:
            lb.t('"')
        put(lb, v)
        if q:
            lb.t('"')
    return lb


def form(lb, pairs):
    for i, (k, v) in enumerate(pairs):
        if i:
            lb.t("&")
        lb.t(k + "=")
        if isinstance(v, P):
            lb.p(urllib.parse.quote_plus(v.v), v.cat)
        elif isinstance(v, Mix):
            for part in v.parts:
                if isinstance(part, P):
                    lb.p(urllib.parse.quote_plus(part.v), part.cat)
                else:
                    lb.t(urllib.parse.quote_plus(part))
        else:
            lb.t(urllib.parse.quote_plus(str(v)))
    return lb

# ----------------------------------------------------------------------------- clock

class Clock:
    def __init__(self):
        self.utc = dt.datetime(2024, 11, 8, 23, 54, 12, 118000)  # 17:54 CST

    def tick(self):
        self.utc += dt.timedelta(milliseconds=int(R.expovariate(1 / 82000.0)) + 40)

    @property
    def loc(self):
        return self.utc - dt.timedelta(hours=6)

    def iso_z(self, ms=True):
        return self.utc.strftime("%Y-%m-%dT%H:%M:%S") + (".%03dZ" % (self.utc.microsecond // 1000) if ms else "Z")

    def iso_loc(self):
        return self.loc.strftime("%Y-%m-%dT%H:%M:%S") + "-06:00"

    def syslog(self):
        s = self.loc.strftime("%b %d %H:%M:%S")
        return s[:4] + ("%2d" % self.loc.day) + s[6:]

    def pylog(self):
        return self.loc.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (self.loc.microsecond // 1000)

    def javalog(self):
        return self.loc.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % (self.loc.microsecond // 1000)

    def nginx(self):
        return self.loc.strftime("%d/%b/%Y:%H:%M:%S -0600")

    def epoch(self):
        return int((self.utc - dt.datetime(1970, 1, 1)).total_seconds())

    def epoch_ms(self):
        return int((self.utc - dt.datetime(1970, 1, 1)).total_seconds() * 1000)

    def rfc2822(self):
        return self.utc.strftime("%a, %d %b %Y %H:%M:%S +0000")

    def hl7(self):
        return self.loc.strftime("%Y%m%d%H%M%S")

    def ast(self):
        return "[" + self.syslog() + "]"


C = Clock()
TODAY = dt.date(2024, 11, 8)

# ----------------------------------------------------------------------------- reference data

CITIES = [
    ("Dallas", "TX", ["75214", "75206", "75228", "75241", "75217"], ["214", "469", "972"], "Dallas County"),
    ("Garland", "TX", ["75040", "75043"], ["972", "469"], "Dallas County"),
    ("Houston", "TX", ["77004", "77036", "77083", "77093"], ["713", "832", "281"], "Harris County"),
    ("Pasadena", "TX", ["77502", "77506"], ["713", "281"], "Harris County"),
    ("San Antonio", "TX", ["78207", "78228", "78249"], ["210", "726"], "Bexar County"),
    ("McAllen", "TX", ["78501", "78504"], ["956"], "Hidalgo County"),
    ("Pharr", "TX", ["78577"], ["956"], "Hidalgo County"),
    ("Chicago", "IL", ["60618", "60629", "60640", "60623"], ["312", "773", "872"], "Cook County"),
    ("Cicero", "IL", ["60804"], ["708"], "Cook County"),
    ("Phoenix", "AZ", ["85008", "85033", "85041"], ["602", "480"], "Maricopa County"),
    ("Mesa", "AZ", ["85201", "85204"], ["480"], "Maricopa County"),
    ("Decatur", "GA", ["30030", "30032"], ["404", "678", "470"], "DeKalb County"),
]

STREETS = ["Bluebonnet Ln", "W Alabama St", "Ross Ave", "N Kedzie Ave", "S Pulaski Rd", "E Camelback Rd",
           "Calle Jazmin", "Old Spanish Trl", "Memorial Dr", "Pecan Hollow Ct", "Ponce de Leon Ave",
           "W Bethany Home Rd", "Fondren Rd", "Nogalitos St", "N Sheridan Rd", "Mockingbird Ln",
           "Jackson-Keller Rd", "Lawndale Ave", "Candler Rd", "S Zaragoza Rd", "Dogwood Trail",
           "Martin Luther King Jr Blvd", "Avenida del Sol", "Forest Park Rd"]

FIRST_ES = ["María José", "José Luis", "Rosa Elena", "Guadalupe", "Xiomara", "Tomás", "Lucía", "Maricela",
            "Jesús", "Ana Sofía", "Rigoberto", "Yesenia", "Itzel", "Joaquín"]
LAST_ES = ["García", "Villalobos", "de la Cruz", "Ramírez", "Benítez", "Hernández Ruiz", "Muñoz", "Zúñiga",
           "Treviño", "Ochoa", "Peña", "Castañeda", "Del Toro", "Saldívar-Quiroga"]
FIRST_OT = ["Jan", "Oluwaseun", "Priyanka", "Mohammed", "Aisling", "Dmitri", "Keanu", "Fatima", "Wei", "Sven",
            "Tatiana", "Kwame", "Hiroshi", "Ayesha", "Chinedu", "Emily", "Tyrone", "Giulia", "Yusuf", "Anh",
            "Darnell", "Ingrid", "Rahul", "Siobhan", "Leilani", "Bogdan", "Ethan", "Koji", "Amara", "Mei-Ling",
            "Jean-Baptiste", "Bridget", "Olamide", "Henrik", "Zainab", "Dakota", "Thi Lan", "Noor", "Gus",
            "Evelyn", "Harold", "Mildred", "Earl", "Beatrice"]
LAST_OT = ["Kowalski", "Okafor-Smith", "van der Berg", "O'Brien", "Nguyen", "Haddad", "MacLeod", "Abernathy",
           "Oyelaran", "St. Pierre", "Delacroix", "Yamamoto", "Petrov", "Kealoha", "Lindqvist", "Fitzgerald-Rao",
           "Castellano", "Ong", "Szymański", "Al-Masri", "Dubois", "Washington", "McAllister", "Achterberg",
           "Esposito", "Tran", "Begay", "Nakamura", "Jovanović", "Le Blanc", "da Silva", "Eze", "Kaur",
           "Bianchi-Lowe", "Whitehorse", "Papadopoulos", "Van Buren", "Mbatha-Jones"]

# business / staff (never labeled)
CLIENTS = [
    dict(id=1042, name="Lakeside Pediatrics PA", short="LPEDS", pop="peds", city=0, dnis="8005550199",
         main="2145557400", fax="2145558810", dom="lakesidepeds-dallas.com", skill="AH_PEDS",
         docs=[("Dr. Wei Chen", "4695551902", "+12145550761"), ("Dr. Amélie Moreau", "4695551907", "+14695550388"),
               ("Dr. Kofi Mensah", "4695551911", "+19725550243")]),
    dict(id=1107, name="Bayou City Family Medicine", short="BCFM", pop="adult", city=2, dnis="8885550142",
         main="7135553300", fax="7135553391", dom="bayoucityfm.com", skill="AH_FAMMED",
         docs=[("Dr. Priya Venkataraman", "8325550913", "+18325550144"), ("Dr. Tomasz Wróbel", "8325550917", "+17135550620")]),
    dict(id=1215, name="Northside Cardiology Associates", short="NSCA", pop="elder", city=7, dnis="8665550110",
         main="7735552200", fax="7735552209", dom="northsidecardio.org", skill="AH_CARDS",
         docs=[("Dr. Rachel Abramowitz", "3125550981", "+13125550455"), ("Dr. Emeka Nwosu", "3125550986", "+17735550812")]),
    dict(id=1288, name="Valle Grande OB/GYN", short="VGOB", pop="ob", city=5, dnis="8775550163",
         main="9565554100", fax="9565554119", dom="vallegrandeobgyn.com", skill="AH_OB_ES",
         docs=[("Dr. Lorena Garza-Ibarra", "9565550630", "+19565550271"), ("Dr. Samuel Ortiz", "9565550634", "+19565550297")]),
    dict(id=1330, name="Desert Sky Internal Medicine", short="DSIM", pop="adult", city=9, dnis="8005550177",
         main="6025556000", fax="6025556004", dom="desertskyim.com", skill="AH_IM",
         docs=[("Dr. Hannah Whitfield", "6025550518", "+14805550132"), ("Dr. Arjun Bhattacharya", "6025550522", "+16025550903")]),
    dict(id=1402, name="Heartland Hospice & Palliative Care", short="HHPC", pop="elder", city=4, dnis="8445550126",
         main="2105551800", fax="2105551822", dom="heartlandhospice-sa.org", skill="AH_HOSPICE",
         docs=[("Dr. Miriam Castellanos", "2105550740", "+12105550186")]),
    dict(id=1519, name="Peachtree Ortho & Sports Medicine", short="PTOS", pop="adult", city=11, dnis="8885550191",
         main="4045559200", fax="4045559211", dom="peachtreeortho.com", skill="AH_ORTHO",
         docs=[("Dr. Marcus Odum", "4045550366", "+16785550419"), ("Dr. Ines Kaufmann", "4045550371", "+14705550158")]),
]
OPS = [("op_kt", "KT", "Kayla T"), ("op_jr", "JR", "Javier R"), ("op_mw", "MW", "Monique W"), ("op_dn", "DN", "Duc N"),
       ("op_sb", "SB", "Shauna B"), ("op_ag", "AG", "Alma G"), ("op_lp", "LP", "Lars P")]
NURSES = ["Halvorsen, Kirsten RN", "Mbatha, Thandi RN", "Duarte, Paulo RN", "Kim, Soo-ah RN", "Brennan, Colleen RN"]
SUPS = ["Renee (sup)", "sup D. Fairbanks", "Tasha M", "night sup Oscar"]
PHARM = [("CVS Pharmacy #4417", "2145550690"), ("Walgreens #10233", "7135550418"), ("H-E-B Pharmacy", "9565550355"),
         ("Jewel-Osco Pharmacy", "7735550561"), ("Publix Pharmacy #1188", "4045550247")]

ACCOUNT_SID = "AC3f9d0b6c2e714c55a0b1f8e2d4c7a901"
MSG_SVC = "MG71c2a0f9e3b84d1e9a60c5d2f7b31e48"

SYMPTOMS_EN = ["fever 102.8 since yesterday", "vomiting x4, wet diapers ok", "chest pain radiating L arm",
               "sob worse lying flat", "fell in bathroom, no loc", "rash on face + lips swelling",
               "bleeding through pad q1h", "incision red and warm", "cough w/ green sputum", "ha 9/10 worst ever",
               "ankle swollen after game, cant bear wt", "blood sugar 412 on meter", "ear pain screaming",
               "contractions q5min", "decreased fetal movement", "pt very agitated, pulling at cath",
               "pain not controlled w/ current morphine dose", "leg swelling + calf pain", "diarrhea x6 today",
               "needs refill of albuterol, out", "dizzy, bp 82/50 on home cuff"]
SYMPTOMS_ES = ["fiebre de 39.5", "vómito desde la tarde", "dolor de pecho", "sangrado vaginal",
               "no siente que el bebé se mueva", "tos y le cuesta respirar", "dolor de oído", "se cayó en el baño"]
SYM_BY_POP = {
    "peds": ["fever 102.8 since yesterday", "vomiting x4, wet diapers ok", "ear pain screaming", "cough w/ barky sound, stridor?",
             "rash on face + lips swelling", "diarrhea x6 today", "fell off bunk bed, hit head, vomited x1", "not drinking, no wet diaper since noon",
             "needs refill of albuterol, out", "fever 104.1 rectal, fussy"],
    "adult": ["chest pain radiating L arm", "sob worse lying flat", "incision red and warm", "cough w/ green sputum", "ha 9/10 worst ever",
              "ankle swollen after game, cant bear wt", "blood sugar 412 on meter", "leg swelling + calf pain", "diarrhea x6 today",
              "dizzy, bp 82/50 on home cuff", "knee wound draining after TKA", "back pain after fall on ice"],
    "elder": ["chest pain radiating L arm", "sob worse lying flat", "fell in bathroom, no loc", "pt very agitated, pulling at cath",
              "pain not controlled w/ current morphine dose", "leg swelling + calf pain", "dizzy, bp 82/50 on home cuff",
              "icd fired x2 tonight", "confused since dinner, not at baseline", "no urine output since am, foley?"],
    "ob": ["bleeding through pad q1h", "contractions q5min", "decreased fetal movement", "leaking fluid?", "bp 152/98 + ha",
           "spotting + cramping", "vomiting cant keep anything down"],
}
PROTO_BY_POP = {
    "peds": ["Fever - Pediatric", "Vomiting - Pediatric", "Earache - Pediatric", "Croup", "Head Injury - Pediatric", "Rash - Widespread"],
    "adult": ["Chest Pain - Adult", "Breathing Problems - Adult", "Wound Infection", "Headache - Adult", "Ankle Injury",
              "Diabetes - High Blood Sugar", "Leg Swelling and Edema", "Diarrhea - Adult", "Back Pain"],
    "elder": ["Chest Pain - Adult", "Breathing Problems - Adult", "Falls and Falling", "Hospice - Pain Control", "Confusion - Delirium",
              "ICD Shock", "Urinary Catheter Symptoms", "Leg Swelling and Edema"],
    "ob": ["Pregnancy - Vaginal Bleeding", "Pregnancy - Labor", "Pregnancy - Decreased Fetal Movement", "Pregnancy - Hypertension",
           "Pregnancy - Vomiting"],
}


def sym(p):
    return R.choice(SYM_BY_POP[p.get("pop", "adult")])


def proto(p):
    return R.choice(PROTO_BY_POP[p.get("pop", "adult")])


PROTOCOLS = ["Fever - Pediatric", "Vomiting - Pediatric", "Chest Pain - Adult", "Breathing Problems - Adult",
             "Falls and Falling", "Hives / Angioedema", "Pregnancy - Vaginal Bleeding", "Wound Infection",
             "Headache - Adult", "Ankle Injury", "Diabetes - High Blood Sugar", "Earache - Pediatric",
             "Pregnancy - Labor", "Pregnancy - Decreased Fetal Movement", "Hospice - Pain Control",
             "Leg Swelling and Edema", "Diarrhea - Adult"]
DISPOS = ["Call EMS 911 Now", "Go to ED Now", "Go to ED Now (or PCP triage)", "See HCP Within 4 Hours",
          "See Today in Office", "See Within 3 Days in Office", "Home Care", "Call PCP Now", "Call PCP Within 24 Hours"]

# ----------------------------------------------------------------------------- value helpers

def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    return "%s-%s-4%s-%s%s-%s" % (hexs(8), hexs(4), hexs(3), R.choice("89ab"), hexs(3), hexs(12))


def phone10(area=None):
    area = area or R.choice(["214", "469", "713", "832", "312", "773", "956", "602", "404", "210"])
    return area + str(R.randint(2, 9)) + digits(2) + digits(4)


def fphone(p, style=None):
    style = style if style is not None else R.randint(0, 8)
    a, b, c = p[:3], p[3:6], p[6:]
    return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", p, f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"+1{p}",
            f"{a} {b} {c}", f"1-{a}-{b}-{c}", f"({a}){b}-{c}"][style]


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def fdate(d, style=None):
    style = style if style is not None else R.randint(0, 9)
    return [f"{d.month}/{d.day}/{d.year % 100:02d}", d.strftime("%m/%d/%Y"), d.isoformat(), d.strftime("%d-%b-%Y"),
            f"{MONTHS[d.month - 1]} {d.day}, {d.year}", d.strftime("%m%d%Y"), d.strftime("%Y%m%d"),
            f"{d.month}/{d.day}/{d.year}", d.strftime("%m-%d-%Y"), f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"][style]


def rdate(y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(R.randint(a, b))


def age_of(d):
    return TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))


def near_date(back=10, fwd=0):
    return TODAY + dt.timedelta(days=R.randint(-back, fwd))


EN_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
           "seventeen eighteen nineteen").split()
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
EN_ORD = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth", 20: "twentieth",
          30: "thirtieth"}


def en_num(n):
    if n < 20:
        return EN_ONES[n]
    return EN_TENS[n // 10] + ("" if n % 10 == 0 else " " + EN_ONES[n % 10])


def en_ord(n):
    if n in EN_ORD:
        return EN_ORD[n]
    if n < 20:
        return EN_ONES[n] + "th"
    if n % 10 == 0:
        return EN_ORD[n]
    return EN_TENS[n // 10] + " " + (EN_ORD.get(n % 10) or EN_ONES[n % 10] + "th")


def en_year(y):
    if 2000 <= y < 2010:
        return "two thousand" + ("" if y == 2000 else " " + EN_ONES[y - 2000])
    hi, lo = divmod(y, 100)
    return en_num(hi) + " " + ("hundred" if lo == 0 else ("oh " + EN_ONES[lo] if lo < 10 else en_num(lo)))


def en_spoken_date(d):
    return f"{MONTHS[d.month - 1].lower()} {en_ord(d.day)} {en_year(d.year)}"


ES_ONES = ("cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis "
           "diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro veinticinco "
           "veintiséis veintisiete veintiocho veintinueve").split()
ES_TENS = {3: "treinta", 4: "cuarenta", 5: "cincuenta", 6: "sesenta", 7: "setenta", 8: "ochenta", 9: "noventa"}


def es_num(n):
    if n < 30:
        return ES_ONES[n]
    return ES_TENS[n // 10] + ("" if n % 10 == 0 else " y " + ES_ONES[n % 10])


def es_age(n):
    w = es_num(n)
    return w[:-3] + "ún" if w.endswith("veintiuno") else (w[:-1] if w.endswith(" uno") else w)


def es_spoken_date(d):
    if d.year >= 2000:
        y = "dos mil" + ("" if d.year == 2000 else " " + es_num(d.year - 2000))
    else:
        y = "mil novecientos " + es_num(d.year - 1900)
    day = "primero" if d.day == 1 else es_num(d.day)
    return f"{day} de {MESES[d.month - 1]} de {y}"


def spell_phone(p, lang="en"):
    if lang == "en":
        w = ["oh" if (c == "0" and R.random() < 0.6) else EN_ONES[int(c)] for c in p]
    else:
        w = [ES_ONES[int(c)] for c in p]
    return " ".join(w[:3]) + ", " + " ".join(w[3:6]) + ", " + " ".join(w[6:])


def cnam(p):
    s = (p["last"] + " " + p["first"]).upper()
    s = s.replace("Á", "A").replace("É", "E").replace("Í", "I").replace("Ó", "O").replace("Ú", "U").replace("Ñ", "N")
    s = s.replace("Ń", "N").replace("Ć", "C").replace("'", "")
    return s[:15].rstrip()


def fname(p, style=None):
    style = style if style is not None else R.randint(0, 8)
    f, l, mi = p["first"], p["last"], p["mi"]
    return [f"{f} {l}", f"{l}, {f}", f"{l.upper()}, {f.upper()}", f"{f.lower()} {l.lower()}", f"{f[0]}. {l}",
            f"{l}, {f} {mi}.", f"{f} {mi}. {l}", f"{l.upper()} {f.upper()}", f"{f[0].lower()} {l.lower()}"][style]


def ascii_fold(x):
    return "".join(c for c in unicodedata.normalize("NFKD", x) if not unicodedata.combining(c))


def person(cl=None, es=None, pop=None):
    pop = pop or (cl["pop"] if cl else R.choice(["adult", "elder", "peds"]))
    if es is None:
        es = (cl is not None and cl["id"] == 1288) or R.random() < 0.3
    if es:
        first, last = R.choice(FIRST_ES), R.choice(LAST_ES)
    else:
        first, last = R.choice(FIRST_OT), R.choice(LAST_OT)
    if pop == "peds":
        dob = rdate(2009, 2024)
        if dob >= TODAY:
            dob = dob - dt.timedelta(days=200)
    elif pop == "elder":
        dob = rdate(1924, 1946)
    elif pop == "ob":
        dob = rdate(1986, 2005)
    else:
        dob = rdate(1938, 2004)
    ci = CITIES[cl["city"] if cl and R.random() < 0.7 else R.randrange(len(CITIES))]
    street = f"{R.randint(12, 19999)} {R.choice(STREETS)}" + R.choice(["", "", "", f" Apt {R.randint(1, 40)}{R.choice('ABCD')}",
                                                                        f" Unit {R.randint(100, 999)}", f" #{R.randint(2, 60)}"])
    ph = phone10(R.choice(ci[3]))
    uname = re.sub(r"[^a-z]", "", ascii_fold(first[0] + last).lower())
    return dict(first=first, last=last, mi=R.choice("ABCDEFGHJKLMNPRSTW"), dob=dob, age=age_of(dob), es=es, pop=pop, sex=sex_of(first),
                city=ci[0], state=ci[1], zip=R.choice(ci[2]), county=ci[4], street=street, phone=ph,
                phone2=phone10(R.choice(ci[3])),
                email=ascii_fold(R.choice([f"{uname}{dob.year % 100:02d}@gmail.com", f"{first.split()[0].lower()}.{uname}@yahoo.com",
                                           f"{uname}{R.randint(1, 999)}@outlook.com", f"{last.lower().replace(' ', '')}fam@icloud.com"])).replace("'", ""),
                mrn=R.choice(["00", "E", "MR", ""]) + digits(R.choice([6, 7, 8])),
                member=R.choice([R.choice("XJHWU") + R.choice("JKQZ") + R.choice("HMN") + digits(9), "W" + digits(9), digits(11),
                                 "ZGP" + digits(8) + "01", "5" + digits(8) + R.choice("ABCDE")]),
                acct=R.choice(["A", "G", ""]) + digits(R.choice([7, 8])),
                uname=uname + str(R.randint(1, 99)))


FEMALE = {"María José", "Rosa Elena", "Xiomara", "Lucía", "Maricela", "Ana Sofía", "Yesenia", "Itzel", "Priyanka", "Aisling",
          "Fatima", "Tatiana", "Ayesha", "Emily", "Giulia", "Ingrid", "Siobhan", "Leilani", "Amara", "Mei-Ling", "Bridget",
          "Zainab", "Thi Lan", "Evelyn", "Mildred", "Beatrice"}
NEUTRAL = {"Guadalupe", "Dakota", "Anh", "Olamide", "Noor", "Jan"}


def sex_of(first):
    return "F" if first in FEMALE else ("U" if first in NEUTRAL else "M")


def pick(sex, f, m, u):
    return R.choice(f if sex == "F" else (m if sex == "M" else u))


def relative(p):
    """A family member calling about patient p; rel = caller's relation to the patient."""
    es = p["es"]
    first = R.choice([f for f in (FIRST_ES if es else FIRST_OT) if f != p["first"]])
    last = p["last"] if R.random() < 0.7 else R.choice(LAST_ES if es else LAST_OT)
    sx = sex_of(first)
    if p["age"] < 18:
        rel = pick(sx, ["mom", "mother", "grandma"], ["dad", "father", "step-dad", "grandpa"], ["parent", "guardian"])
    elif p["age"] > 75:
        rel = pick(sx, ["daughter", "dtr", "wife", "caregiver"], ["son", "husband", "caregiver"], ["caregiver", "grandchild"])
    else:
        rel = pick(sx, ["wife", "sister", "partner"], ["husband", "brother", "partner"], ["partner", "roommate"])
    uname = re.sub(r"[^a-z]", "", ascii_fold(first[0] + last).lower())
    return dict(first=first, last=last, mi=R.choice("ABCDEFGHJKLMNPRSTW"), es=es, sex=sx, rel=rel,
                phone=phone10(p["phone"][:3]) if R.random() < 0.8 else p["phone"], phone2=p["phone2"],
                email=R.choice([f"{uname}{R.randint(1, 99)}@gmail.com", f"{uname}@yahoo.com", f"{uname}.{R.randint(100, 999)}@hotmail.com"]))


def rel_of(p, cr):
    return "self" if cr is p else cr["rel"]


def pt_rel_en(p):
    """Patient's relation to the caller."""
    sx = p["sex"]
    if p["age"] < 18:
        return pick(sx, ["daughter", "little girl", "baby"], ["son", "little boy", "baby"], ["kid", "baby"])
    if p["age"] > 60:
        return pick(sx, ["mom", "mother", "grandmother"], ["dad", "father", "grandfather"], ["grandparent", "parent"])
    return pick(sx, ["wife", "sister", "partner"], ["husband", "brother", "partner"], ["partner", "roommate"])


def pt_rel_es(p):
    """Patient's relation to the (Spanish-speaking) caller."""
    sx = p["sex"]
    if p["age"] < 18:
        return pick(sx, ["hija", "niña", "nieta"], ["hijo", "niño", "nieto"], ["bebé"])
    if p["age"] > 60:
        return pick(sx, ["mamá", "abuelita", "suegra"], ["papá", "abuelito", "suegro"], ["mamá"])
    return pick(sx, ["esposa", "hermana"], ["esposo", "hermano"], ["pareja"])


def pron(p, f, m, u):
    return f if p["sex"] == "F" else (m if p["sex"] == "M" else u)


def sexletter(p):
    return "U" if p["sex"] == "U" else p["sex"]


def ssn():
    while True:
        a = R.randint(101, 899)
        if a != 666:
            return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def luhn_card():
    d = [4] + [R.randint(0, 9) for _ in range(14)]
    s = 0
    for i, x in enumerate(reversed(d)):
        y = x * 2 if i % 2 == 0 else x
        s += y - 9 if y > 9 else y
    d.append((10 - s % 10) % 10)
    return "".join(map(str, d))


def b64blob(n, prefix=b""):
    raw = prefix + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def pub_ip():
    return "%d.%d.%d.%d" % (R.choice([73, 98, 172, 99, 107, 24, 67, 174, 47, 76]), R.randint(1, 254), R.randint(0, 255), R.randint(1, 254))


def age_tok(p):
    """Age in text: labeled only when >= 90."""
    return (str(p["age"]), "age") if p["age"] >= 90 else str(p["age"])


def enc_no():
    return "TN-24-" + digits(6)


def msg_id(cl):
    return f"{cl['id']}-{R.randint(80000, 99999)}"


def client():
    return R.choice(CLIENTS)


def doc(cl):
    return R.choice(cl["docs"])

# ----------------------------------------------------------------------------- families

def g_acd(phi):
    lb = LB("acd_syslog")
    lb.t(f"{C.syslog()} {R.choice(['acd01', 'acd02'])} acdd[{R.choice([4121, 4122, 3907])}]: ")
    cl = client()
    cid = "0x%06x" % R.getrandbits(24)
    if phi:
        p = person(cl)
        caller = p if R.random() < 0.5 or p["age"] >= 18 else relative(p)
        ev = R.choice(["CALL_OFFERED", "CALL_OFFERED", "CALL_QUEUED", "CALLBACK_SCHED"])
        lb.t(f"{ev} callid={cid} trunk=T{R.randint(1, 16)}/{R.randint(1, 23)} dnis={cl['dnis']} ani=")
        lb.p(caller["phone"], "phone")
        if R.random() < 0.75:
            lb.t(' cpn_name="').p(cnam(caller), "name").t('"')
        lb.t(f" client={cl['id']} skill={cl['skill']} q_pos={R.randint(1, 7)}")
        if ev == "CALLBACK_SCHED":
            lb.t(" cb_num=").p(fphone(caller["phone2"], 2), "phone").t(f" cb_window=15m")
        return [lb]
    v = R.randint(0, 6)
    if v == 0:
        lb.t(f"AGENT_STATE agent={R.randint(4400, 4460)} ext={R.randint(2200, 2260)} state={R.choice(['AVAIL', 'AUX', 'ACW', 'ACD'])} reason={R.choice([0, 2, 7, 9])}")
    elif v == 1:
        lb.t(f"QUEUE_STATS skill={cl['skill']} calls_waiting={R.randint(0, 9)} oldest=00:0{R.randint(0, 3)}:{R.randint(10, 59)} "
             f"asa={R.randint(8, 95)}s sl_30={R.uniform(70, 99):.1f}% staffed={R.randint(3, 12)} avail={R.randint(0, 4)}")
    elif v == 2:
        lb.t(f"CALL_ABANDON callid={cid} dnis={cl['dnis']} ani={R.choice(['RESTRICTED', 'ANONYMOUS', 'UNAVAILABLE'])} wait=00:00:{R.randint(10, 59)}")
    elif v == 3:
        ph = R.choice(PHARM)
        lb.t(f'CALL_OFFERED callid={cid} trunk=T{R.randint(1, 16)}/{R.randint(1, 23)} dnis={cl["dnis"]} ani={ph[1]} cpn_name="{ph[0][:15].upper()}" client={cl["id"]} skill=AH_PHARM q_pos=1')
    elif v == 4:
        lb.t(f"TRUNK_STATE span={R.randint(1, 4)} chan=1-23 state={R.choice(['UP', 'UP', 'ALARM_YELLOW', 'UP'])} carrier=lumen-pri-{R.randint(1, 3)}")
    elif v == 5:
        lb.t(f"CALL_END callid={cid} disp={R.choice(['MSG_TAKEN', 'PATCHED', 'TRIAGE_XFER', 'INFO_ONLY', 'HANGUP'])} talk={R.randint(30, 900)}s acw={R.randint(5, 120)}s agent={R.randint(4400, 4460)}")
    else:
        lb.t(f"OVERFLOW skill={cl['skill']} -> AH_GENERAL threshold=120s waiting={R.randint(3, 11)}")
    return [lb]


def g_asterisk(phi):
    cl = client()
    chan = f"PJSIP/{R.choice(['flowroute', 'bandwidth', 'telnyx'])}-{hexs(8)}"
    cnum = "C-%08x" % R.getrandbits(28)
    lb = LB("asterisk")
    if phi:
        p = person(cl)
        caller = p if p["age"] >= 18 and R.random() < 0.6 else relative(p)
        v = R.randint(0, 2)
        if v == 0:
            lb.t(f"{C.ast()} VERBOSE[{R.randint(20000, 29999)}][{cnum}] pbx.c: Executing [{cl['dnis']}@from-pstn:1] Set(\"{chan}\", \"CALLERID(name)=")
            lb.p(cnam(caller), "name").t('") in new stack')
        elif v == 1:
            lb.t(f"{C.ast()} VERBOSE[{R.randint(20000, 29999)}][{cnum}] pbx.c: Executing [s@ivr-{cl['id']}:4] NoOp(\"{chan}\", \"CallerID: \"")
            lb.p(cnam(caller), "name").t('" <').p(caller["phone"], "phone").t('>") in new stack')
        else:
            lb.t(f"{C.ast()} VERBOSE[{R.randint(20000, 29999)}][{cnum}] app_dial.c: Called PJSIP/")
            lb.p("+1" + caller["phone"], "phone").t(f"@bandwidth (outbound callback, msg {msg_id(cl)})")
        return [lb]
    v = R.randint(0, 4)
    if v == 0:
        lb.t(f"{C.ast()} NOTICE[{R.randint(1800, 1900)}] res_pjsip/pjsip_distributor.c: Request 'OPTIONS' from '<sip:ping@185.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}>' failed for '185.{R.randint(1, 250)}.{R.randint(1, 250)}.9:5060' (callid: {hexs(20)}) - No matching endpoint found")
    elif v == 1:
        lb.t(f"{C.ast()} VERBOSE[{R.randint(20000, 29999)}][{cnum}] pbx.c: Executing [s@ivr-{cl['id']}:1] Playback(\"{chan}\", \"custom/greeting_{cl['id']}_ah\") in new stack")
    elif v == 2:
        lb.t(f"{C.ast()} WARNING[{R.randint(20000, 29999)}][{cnum}] res_rtp_asterisk.c: 10.12.{R.randint(0, 9)}.{R.randint(2, 250)}:{R.randint(10000, 20000)} -- Strict RTP learning complete - Locking on source address")
    elif v == 3:
        lb.t(f"{C.ast()} VERBOSE[{R.randint(20000, 29999)}][{cnum}] app_queue.c: Started music on hold, class 'ah_default', on channel '{chan}'")
    else:
        lb.t(f"{C.ast()} VERBOSE[{R.randint(1000, 1999)}] res_pjsip_registrar.c: Endpoint {R.randint(2200, 2260)} is now Reachable (RTT {R.uniform(3, 40):.3f}ms)")
    return [lb]


def g_queuelog(phi):
    lb = LB("asterisk_queue_log")
    cl = client()
    uid = f"{C.epoch() - R.randint(0, 40)}.{R.randint(1000, 9999)}"
    q = f"q_{cl['short'].lower()}"
    if phi:
        p = person(cl)
        lb.t(f"{C.epoch()}|{uid}|{q}|NONE|ENTERQUEUE||").p(p["phone"] if R.random() < 0.5 else relative(p)["phone"], "phone").t(f"|{R.randint(1, 6)}")
        return [lb]
    v = R.randint(0, 4)
    ag = f"PJSIP/{R.randint(2200, 2260)}"
    if v == 0:
        lb.t(f"{C.epoch()}|{uid}|{q}|{ag}|CONNECT|{R.randint(3, 120)}|{uid}|{R.randint(1, 4)}")
    elif v == 1:
        lb.t(f"{C.epoch()}|{uid}|{q}|{ag}|COMPLETECALLER|{R.randint(3, 120)}|{R.randint(40, 900)}|{R.randint(1, 5)}")
    elif v == 2:
        lb.t(f"{C.epoch()}|{uid}|{q}|NONE|ABANDON|{R.randint(1, 5)}|1|{R.randint(5, 200)}")
    elif v == 3:
        lb.t(f"{C.epoch()}|NONE|{q}|{ag}|ADDMEMBER|")
    else:
        lb.t(f"{C.epoch()}|NONE|{q}|{ag}|PAUSE||break")
    return [lb]


def g_ivr(phi):
    lb = LB("ivr_vxml")
    cl = client()
    sid = f"IVR-{C.loc.strftime('%Y%m%d')}-{R.randint(100, 999):05d}"
    lb.t(f"{C.javalog()} [vxml-{R.randint(1, 16)}] INFO  com.voxgw.ivr.Session - sid={sid} app=ah_{cl['short'].lower()} ")
    if phi:
        p = person(cl)
        v = R.choices(range(5), weights=[3, 3, 2, 2, 2])[0]
        if FORCE_IVR:
            v = FORCE_IVR.pop()
        if v == 0:
            lb.t("node=CollectDOB input=\"").p(p["dob"].strftime("%m%d%Y"), "date").t(f"\" mode=dtmf conf=1.00")
        elif v == 1:
            lb.t("node=CollectCallback input=\"").p(p["phone"], "phone").t("\" mode=dtmf confirm=yes")
        elif v == 2:
            lb.t("node=CollectDOB input=\"").p(en_spoken_date(p["dob"]), "date").t(f"\" mode=voice grammar=builtin:grammar/date conf={R.uniform(0.55, 0.97):.2f} interp=\"")
            lb.p(p["dob"].strftime("%Y%m%d"), "date").t('"')
        elif v == 3:
            lb.t("node=CollectMemberId input=\"").p(p["member"], "health_plan").t(f"\" mode=dtmf+voice payer=\"{R.choice(['BCBSTX', 'Superior HealthPlan', 'Aetna', 'UHC Community'])}\"")
        else:
            lb.t("VoiceAuth enroll ok speaker_id=").p("spk_" + hexs(10), "other_id").t(" template=").p(b64blob(60, b"VPT1"), "biometric").t(" fmt=ivec-512 b64")
        return [lb]
    v = R.randint(0, 5)
    if v == 0:
        lb.t(f"node=MainMenu input=\"{R.randint(1, 4)}\" mode=dtmf")
    elif v == 1:
        lb.t(f"prompt=greeting_{cl['id']}_ah.wav played={R.uniform(2, 9):.1f}s bargein=true")
    elif v == 2:
        lb.t(f"event=nomatch count={R.randint(1, 3)} node=CollectDOB grammar=builtin:grammar/date")
    elif v == 3:
        lb.t(f"VoiceAuth verify score={R.uniform(0.4, 0.99):.2f} threshold=0.80 result={R.choice(['ACCEPT', 'REJECT', 'ACCEPT'])} latency_ms={R.randint(80, 400)}")
    elif v == 4:
        lb.t(f"transfer dest=sip:triage@10.12.3.40 reason=menu_option_2 uui={hexs(16)}")
    else:
        lb.t(f"fetch uri=http://ivr-apps.svc.cluster.local/ah/{cl['id']}/root.vxml status=200 ms={R.randint(4, 80)} cache=MISS")
    return [lb]


FORCE_PAD = [9, 15, 17, 18, 11, 14, 9, 15, 17, 18, 11, 1, 10, 9, 15, 18, 14, 12, 13, 11]
FORCE_IVR = [4, 4, 4]


def msgpad_text(cl, p):
    """Free text typed by operator. Returns list of parts (str / P)."""
    es = p["es"]
    cr = relative(p)
    rel = cr["rel"]
    nm = lambda q, st=None: P(fname(q, st if st is not None else R.choice([0, 3, 3, 8, 1, 4])), "name")
    ph = lambda x: P(fphone(x, R.choice([0, 1, 2, 2, 6, 3])), "phone")
    d = lambda x: P(fdate(x, R.choice([0, 0, 7, 1, 8])), "date")
    sx = sym(p)
    doc_n = doc(cl)[0].replace("Dr. ", "dr ").lower()
    v = R.choices(range(22), weights=[4, 6, 3, 3, 4, 4, 3, 3, 3, 2, 2, 3, 2, 2, 5, 3, 3, 3, 2, 3, 3, 2])[0]
    if FORCE_PAD and R.random() < 0.6:
        v = FORCE_PAD.pop()
    if v == 5 and not p["es"]:
        v = 1
    if v in (1, 5, 6, 14) and p["pop"] != "elder" and (v in (6, 14) or R.random() < 0.6):
        p = person(cl, pop="elder")
        cr = relative(p)
        rel = cr["rel"]
        sx = sym(p)
    if v == 0:
        return tparts("pt {n} dob {d} cb {c} c/o {s}, gave tylenol 2hrs ago pls adv", n=nm(p), d=d(p["dob"]), c=ph(cr["phone"]), s=sx)
    if v == 1:
        return tparts("caller {c} ({r}) re pt {n} {a}yo, {s}, wants {doc} to call {ph} ok to lv vm", c=nm(cr), r=rel, n=nm(p), a=age_tok(p), s=sx, doc=doc_n, ph=ph(cr["phone"]))
    if v == 2:
        return tparts("{n} calling abt rx refill {rx}, pharm {ph_} , cb {c} ok to lv msg", n=nm(p, 3), rx=R.choice(["lisinopril 20", "sertraline", "amox 400/5", "oxycodone (told needs ofc)", "levothyroxine"]), ph_=R.choice(PHARM)[0].lower(), c=ph(p["phone"]))
    if v == 3:
        return tparts("PT: {n}  DOB: {d}  PH: {c}  MSG: needs appt moved from {ap} pls call in am", n=P(fname(p, 2), "name"), d=P(fdate(p["dob"], 1), "date"), c=P(fphone(p["phone"], 0), "phone"), ap=P(fdate(TODAY + dt.timedelta(days=R.randint(1, 12)), 0), "date"))
    if v == 4:
        return tparts("{r} {c} says {n} ({d}) {s}, cb {p1} alt {p2}", r=rel, c=nm(cr), n=nm(p, 3), d=d(p["dob"]), s=sx, p1=ph(cr["phone"]), p2=ph(cr["phone2"]))
    if v == 5:
        return tparts("llamo {c} por su {r} {n}, {a} años, {s}, tel {ph}, habla solo español", c=nm(cr), r=pt_rel_es(p), n=nm(p), a=age_tok(p), s=R.choice(SYMPTOMS_ES), ph=ph(cr["phone"]))
    if v == 6:
        return tparts("hospice pt {n}, {ad}, {ci} - family reports pt passed @ {t}, need RN for pronouncement. {r} {c} {ph}", n=nm(p), ad=P(p["street"].lower(), "address"), ci=P(p["city"].lower(), "address"), t=f"{R.randint(18, 23)}{R.randint(0, 59):02d}", r=rel, c=nm(cr), ph=ph(cr["phone"]))
    if v == 7:
        return tparts("pt {n} mrn {m} s/p {sg} on {sd}, {s}, cb {ph}", n=nm(p), m=P(p["mrn"], "mrn"), sg=R.choice(["lap chole", "TKA L", "c-section", "ORIF R wrist", "cath/stent"]), sd=d(near_date(9, -1)), s=sx, ph=ph(p["phone"]))
    if v == 8:
        return tparts("{n} d.o.b {d} member id {m} asking if er visit covered, cb {ph}", n=nm(p), d=d(p["dob"]), m=P(p["member"], "health_plan"), ph=ph(p["phone"]))
    if v == 9:
        plate = R.choice(["TX ", "IL ", "AZ ", ""]) + R.choice(["", "L"]) + "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)) + digits(4)
        return tparts("MVC today, pt {n} was driver, plate {pl}, neck pain, asking for note for ins adjuster, cb {ph}", n=nm(p), pl=P(plate, "vehicle"), ph=ph(p["phone"]))
    if v == 10:
        dev = R.choice([("t:slim x2 pump", lambda: digits(8)), ("dexcom g6 transmitter", lambda: "8" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(5))),
                        ("resmed airsense cpap", lambda: "2" + digits(10)), ("medtronic 770g", lambda: "NG" + digits(7) + "H")])
        return tparts("pt {n} {dv} sn {sn} alarming, {s}, cb {ph}", n=nm(p), dv=dev[0], sn=P(dev[1](), "device"), s=R.choice(["occlusion alarm", "no readings since 1900", "mask leak alarm", "battery err"]), ph=ph(p["phone"]))
    if v == 11:
        return tparts("pt gave ssn {ss} for chart lookup (op did not ask, told pt not needed) {n} dob {d}", ss=P(ssn(), "ssn"), n=nm(p), d=d(p["dob"]))
    if v == 12:
        return tparts("caller {n} emailed rash pics to {em} instead of portal?? pls advise, cb {ph}", n=nm(cr), em=P(cr.get("email", p["email"]), "email"), ph=ph(cr["phone"]))
    if v == 13:
        return tparts("acct {ac} bal q from {g} (guarantor) for son {n}, wants billing to call {ph} mon", ac=P(p["acct"], "account"), g=nm(cr), n=nm(p), ph=ph(cr["phone"]))
    if v == 14:
        return tparts("{n} {a}yo lives alone @ {ad} {ci} {z}, neighbor {c} found pt on floor, ems called, fyi for {doc}", n=nm(p), a=age_tok(p), ad=P(p["street"], "address"), ci=P(p["city"], "address"), z=P(p["zip"], "zip"), c=nm(cr), doc=doc_n)
    if v == 15:
        return tparts("pt {n} wants records faxed to home fax {fx} for disability paperwork, dob {d}", n=nm(p), fx=P(fphone(p["phone2"], R.choice([1, 2, 3])), "fax"), d=d(p["dob"]))
    if v == 16:
        return tparts("{n} pt of {doc}, appt {ap} @ 930a cant make it, pls cx, cb {ph}", n=nm(p), doc=doc_n, ap=d(TODAY + dt.timedelta(days=R.randint(1, 6))), ph=ph(p["phone"]))
    if v == 17:
        return tparts("verified caller {n} by DL {st} {dl} per sup for controlled rx pickup q, cb {ph}", n=nm(p), st=p["state"], dl=P(digits(8) if p["state"] == "TX" else R.choice("ABCDEFGHJKLMNPRSTW") + digits(8), "license"), ph=ph(p["phone"]))
    if v == 18:
        return tparts("family posting updates at {u} , {c} ({r}) asking {doc} to call re goc for {n}", u=P(f"https://www.caringbridge.org/visit/{ascii_fold(p['first'].split()[0]).lower()}{re.sub('[^a-z]', '', ascii_fold(p['last']).lower())}", "url"), c=nm(cr), r=rel, doc=doc_n, n=nm(p))
    if v == 19:
        return tparts("PT {n} MRN#{m} DOB {d} c/o {s} // cb {ph} (cell) // pt aware dr on call will call back w/in 30 min", n=P(fname(p, 7), "name"), m=P(p["mrn"], "mrn"), d=P(fdate(p["dob"], 1), "date"), s=sx.upper(), ph=P(fphone(p["phone"], 1), "phone"))
    if v == 20:
        return tparts("{r} {c} calling, {n} seen in ofc {vd} for same, now {s}, cb {ph}", r=rel, c=nm(cr), n=nm(p, 3), vd=d(near_date(6, -1)), s=sx, ph=ph(cr["phone"]))
    return tparts("pt {n} last menstrual period {lmp}, edd {edd}, {s}, cb {ph}", n=nm(p), lmp=d(TODAY - dt.timedelta(days=R.randint(60, 260))), edd=d(TODAY + dt.timedelta(days=R.randint(10, 200))), s=R.choice(["spotting", "cramping", "contractions q8min", "leaking fluid?"]), ph=ph(p["phone"]))


NOISE_PAD = ["caller hung up b4 giving info, no cb # (ani blocked)", "wrong #, looking for walgreens hrs. gave them the right #",
             "office ({stf}) called to release svc, all msgs delivered", "{doc} called in, taking call for {doc2} tonight thru 7a",
             "test msg pls ignore - IT ticket INC00{n5}", "pharmacy ({ph}) called re clarification, will call ofc in am, no pt info given",
             "hang up x2 from same ani, blocked per {sup}", "ofc opens 10a tmrw (staff mtg) per office mgr",
             "dr returned page, no further action needed per dr", "caller wanted fax # for office, gave {fax}",
             "solicitor / robocall re extended warranty, disc", "ans svc supervisor note: {doc} prefers text over page after 2200",
             "caller asked for office hours + address only, info given", "lab (quest) called w/ critical, transferred to {doc} directly - see lab log",
             "hospital operator (methodist) paged for {doc}, patched thru 2m14s"]


def g_msgpad(phi):
    lb = LB("msg_pad")
    cl = client()
    op = R.choice(OPS)
    form_ = R.randint(0, 2)
    if form_ == 0:
        lb.t(f"MSG {msg_id(cl)} | {C.loc.strftime('%m/%d %H:%M')} | op={op[1]} | ")
    elif form_ == 1:
        lb.t(f"[{C.loc.strftime('%m/%d/%y %I:%M%p').lower()}] {cl['short']} #{R.randint(80000, 99999)} ({op[0]}): ")
    else:
        lb.t(f"{C.pylog()} INFO [msgpad] save client={cl['id']} op={op[0]} urgent={R.choice(['Y', 'N'])} text=\"")
    if phi:
        p = person(cl)
        for part in msgpad_text(cl, p):
            put(lb, part)
    else:
        t = R.choice(NOISE_PAD)
        dd = R.sample(CLIENTS[0]["docs"] + cl["docs"], 2) if len(cl["docs"]) < 2 else R.sample(cl["docs"], 2)
        t = t.format(stf=R.choice(["sandy", "front desk", "marisol"]), doc=dd[0][0].replace("Dr. ", "dr ").lower(),
                     doc2=dd[1][0].replace("Dr. ", "dr ").lower(), n5=digits(5), ph=R.choice(PHARM)[0].lower(),
                     sup=R.choice(SUPS), fax=fphone(cl["fax"], 1))
        lb.t(t)
    if form_ == 2:
        lb.t('"')
    return [lb]


def g_triage(phi):
    lb = LB("triage_note")
    cl = client()
    if phi:
        p = person(cl)
        cr = p if p["age"] >= 18 and R.random() < 0.5 else relative(p)
        v = R.randint(0, 2)
        if v == 0:
            lb.t("[TriageNote] enc=").p(enc_no(), "other_id")
            lb.t(f' rn="{R.choice(NURSES)}" proto="{proto(p)}" ver=STCC-2024.1 pt="').p(fname(p, 1), "name").t('" dob=')
            lb.p(p["dob"].isoformat(), "date").t(" age=")
            if p["age"] >= 90:
                lb.p(str(p["age"]), "age")
            else:
                lb.t(str(p["age"]))
            lb.t(f' disp="{R.choice(DISPOS)}" caller_rel={rel_of(p, cr)} cb=').p(fphone(cr["phone"], 0), "phone")
            lb.t(f" dur=00:{R.randint(4, 25):02d}:{R.randint(0, 59):02d}")
        elif v == 1:
            lb.t(f"{C.pylog()} INFO [triage.note] RN {R.choice(NURSES).split(',')[0]}: ")
            tpl(lb, "{n} {a}{g} w/ {s}. Denies cp/sob. Onset {o}. Pos: {pos}. Disp {dp}; caller agrees w/ plan, cb {ph} if worse.",
                n=(fname(p, R.choice([0, 5, 4])), "name"), a=age_tok(p), g=R.choice([sexletter(p), "yo " + sexletter(p), " y/o"]), s=sym(p),
                o=(fdate(near_date(4, 0), R.choice([0, 7, 2])), "date"), pos=R.choice(["fever", "none", "pain 7/10", "poor po intake"]),
                dp=R.choice(DISPOS), ph=(fphone(cr["phone"]), "phone"))
        else:
            lb.t(f"TRIAGE|{C.hl7()}|{cl['id']}|").p(enc_no(), "other_id").t("|").p(p["last"].upper(), "name").t("|").p(p["first"].upper(), "name").t("|")
            lb.p(p["dob"].strftime("%m/%d/%Y"), "date").t(f"|{proto(p)}|{R.choice(DISPOS)}|{R.choice(['Y', 'N'])}|")
            lb.p(p["phone"], "phone").t(f"|{R.choice(NURSES).split(',')[0].upper()}")
        return [lb]
    v = R.randint(0, 3)
    if v == 0:
        lb.t(f"[TriageStats] shift=night rn_on={R.randint(2, 6)} calls_triaged={R.randint(10, 60)} avg_handle=00:{R.randint(6, 14):02d}:{R.randint(0, 59):02d} "
             f"ed_dispo={R.randint(0, 9)} home_care={R.randint(5, 30)} cb_sla_met={R.uniform(85, 100):.1f}%")
    elif v == 1:
        lb.t(f"[ProtocolLib] loaded STCC-2024.1 adult=312 peds=292 sha256={hexs(64)}")
    elif v == 2:
        lb.t(f"[TriageNote] draft autosave id={ruuid()} bytes={R.randint(800, 4000)} rn={R.choice(NURSES).split(',')[0]}")
    else:
        lb.t(f"[Callback] queue=rn_callback depth={R.randint(0, 14)} oldest_wait={R.randint(1, 45)}m breach={R.choice(['false', 'false', 'true'])} client={cl['id']}")
    return [lb]


def g_tap(phi):
    lb = LB("tap_pager")
    cl = client()
    d = doc(cl)
    lb.t(f"{C.iso_z()} pagegw[{R.choice([771, 772])}] tap: ")
    if phi:
        p = person(cl)
        cr = p if p["age"] >= 18 else relative(p)
        body = R.choice([
            lambda: tparts("CALL SVC re pt {n} cb {c} {s}", n=(cnam(p).replace(" ", ",", 1) if (R.random() < 0.5 and " " not in p["last"]) else fname(p, 4), "name"), c=(cr["phone"], "phone"), s=sym(p).upper()[:40]),
            lambda: tparts("URG {n} DOB{d} {s} CB{c}", n=(fname(p, 7), "name"), d=(p["dob"].strftime("%m%d%y"), "date"), s=sym(p)[:30], c=(fphone(cr["phone"], 1), "phone")),
            lambda: tparts("{m} {n} {c} RX REFILL", m=msg_id(cl), n=(p["last"].upper(), "name"), c=(cr["phone"], "phone")),
            lambda: tparts("URG {n} {a}{g} {s} CB {c}", n=(fname(p, 2), "name"), a=age_tok(p), g=sexletter(p), s=sym(p).upper()[:36], c=(cr["phone"], "phone")),
        ])()
        lb.t(f"tx <STX>{d[1]}<CR>")
        for part in body:
            put(lb, part)
        lb.t(f"<CR><ETX>{R.choice('0123456789:;<=>?')}{R.choice('0123456789:;<=>?')}{R.choice('0123456789:;<=>?')}<CR>")
        return [lb]
    v = R.randint(0, 4)
    if v == 0:
        lb.t("rx <ACK><CR> block 1 accepted")
    elif v == 1:
        lb.t(f"tx <ESC>PG1{hexs(6).upper()}<CR> login pwd=****** ; rx 110 1.8<CR><ESC>[p<CR>")
    elif v == 2:
        lb.t(f"modem ttyUSB{R.randint(0, 2)} CONNECT 2400/ARQ carrier={R.choice(['usamobility', 'spok'])} dial=1800555{digits(4)}")
    elif v == 3:
        lb.t(f"tx <STX>{d[1]}<CR>CALL ANS SVC RE MSG {msg_id(cl)} URGENT<CR><ETX>1{R.choice('0123456789:;')}={R.choice('0123456789')}<CR>")
    else:
        lb.t(f"rx <NAK> checksum mismatch, retry {R.randint(1, 3)}/3 pager={d[1]}")
    return [lb]


def g_snpp(phi):
    cl = client()
    d = doc(cl)
    pre = lambda: f"{C.syslog()} pagegw snppd[{R.choice([2210, 2211])}]: "
    if phi:
        p = person(cl)
        cr = p if p["age"] >= 18 else relative(p)
        a = LB("snpp")
        a.t(pre() + f"> PAGE {d[1]}")
        b = LB("snpp")
        b.t(pre() + "< 250 Pager ID Accepted")
        c = LB("snpp")
        c.t(pre() + "> MESS ")
        if R.random() < 0.3:
            tpl(c, "{m} {cl} pt {n} dob {d} {s} cb {ph}", m=msg_id(cl), cl=cl["short"], n=(fname(p, 2), "name"), d=(fdate(p["dob"], 0), "date"), s=sym(p)[:35], ph=(fphone(cr["phone"], 1), "phone"))
        else:
            tpl(c, "{m} {cl} pt {n} {s} cb {ph}", m=msg_id(cl), cl=cl["short"], n=(fname(p, 2), "name"), s=sym(p)[:35], ph=(fphone(cr["phone"], 1), "phone"))
        e = LB("snpp")
        e.t(pre() + "< 250 Message OK")
        f = LB("snpp")
        f.t(pre() + "> SEND")
        g = LB("snpp")
        g.t(pre() + "< 250 Message Sent Successfully")
        return [a, b, c, e, f, g]
    lb = LB("snpp")
    v = R.randint(0, 3)
    if v == 0:
        lb.t(pre() + "< 220 SNPP (V3) Gateway Ready")
    elif v == 1:
        lb.t(pre() + f"> PAGE {d[1]}")
    elif v == 2:
        lb.t(pre() + "< 550 Error, Invalid Pager ID")
    else:
        lb.t(pre() + "> QUIT ; < 221 OK, Goodbye")
    return [lb]


def g_twilio_json(phi):
    lb = LB("twilio_rest_json")
    cl = client()
    d = doc(cl)
    sid = "SM" + hexs(32)
    if phi:
        p = person(cl)
        cr = p if p["age"] >= 18 else relative(p)
        body = M("URGENT {cl} msg for {dn}: pt {n}{dob} {s}. cb {ph}. Reply 1 to ack",
                 cl=cl["short"], dn=d[0], n=P(fname(p, R.choice([0, 1, 4])), "name"),
                 dob=M(" dob {x}", x=P(fdate(p["dob"], 7), "date")) if R.random() < 0.5 else "",
                 s=sym(p), ph=P(fphone(cr["phone"], 1), "phone"))
        st = R.choice(["queued", "accepted"])
    else:
        body = f"{cl['short']}: you have {R.randint(1, 5)} non-urgent msgs in portal. Reply 1 to ack"
        st = R.choice(["queued", "sent", "accepted"])
    o = {"account_sid": ACCOUNT_SID, "api_version": "2010-04-01", "body": body, "date_created": C.rfc2822(),
         "date_sent": None, "date_updated": C.rfc2822(), "direction": "outbound-api", "error_code": None,
         "error_message": None, "from": "+18005550100", "messaging_service_sid": MSG_SVC, "num_media": "0",
         "num_segments": str(R.randint(1, 3)), "price": None, "price_unit": "USD", "sid": sid, "status": st,
         "subresource_uris": {"media": f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{sid}/Media.json"},
         "to": d[2], "uri": f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{sid}.json"}
    lb.t(f"{C.pylog()} DEBUG [twilio.http_client] -- BEGIN Twilio API Response -- 201 ")
    jw(lb, o, sp=True)
    return [lb]


def g_twilio_hook(phi):
    lb = LB("twilio_webhook")
    cl = client()
    if phi:
        p = person(cl)
        v = R.randint(0, 2)
        lb.t(f'{C.iso_z()} INFO webhook POST {"/twilio/voice/status" if v == 2 else "/twilio/sms/inbound"} body=')
        if v <= 1:
            city = next(c for c in CITIES if c[0] == p["city"])
            pairs = [("ToCountry", "US"), ("MediaContentType0", "image/jpeg") if v == 1 else ("ToState", "TX"),
                     ("SmsMessageSid", "SM" + hexs(32)), ("NumMedia", "1" if v == 1 else "0"), ("ToCity", ""),
                     ("FromZip", P(p["zip"], "zip")), ("SmsSid", "SM" + hexs(32)), ("FromState", p["state"]),
                     ("SmsStatus", "received"), ("FromCity", P(p["city"].upper(), "address")),
                     ("Body", M("this is {n} {r}, {s}. my dr is {dn}", n=P(fname(p, R.choice([0, 3])), "name"),
                                r=R.choice(["pt of " + cl["short"], "calling back", "returning the nurses call"]),
                                s=sym(p), dn=doc(cl)[0])),
                     ("FromCountry", "US"), ("To", "+18005550100"), ("ToZip", ""), ("NumSegments", "1"),
                     ("MessageSid", "SM" + hexs(32)), ("AccountSid", ACCOUNT_SID), ("From", P("+1" + p["phone"], "phone")),
                     ("ApiVersion", "2010-04-01")]
            if v == 1:
                pairs.insert(2, ("MediaUrl0", f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/MM{hexs(32)}/Media/ME{hexs(32)}"))
            form(lb, pairs)
        else:
            form(lb, [("Called", "+1" + cl["dnis"]), ("CallStatus", "completed"), ("Caller", P("+1" + p["phone"], "phone")),
                      ("CallerName", P(cnam(p), "name")), ("Duration", str(R.randint(1, 12))), ("CallDuration", str(R.randint(30, 700))),
                      ("CallSid", "CA" + hexs(32)), ("Direction", "inbound"), ("AccountSid", ACCOUNT_SID), ("ApiVersion", "2010-04-01")])
        return [lb]
    d = doc(cl)
    lb.t(f'{C.iso_z()} INFO webhook POST /twilio/status body=')
    form(lb, [("SmsSid", "SM" + hexs(32)), ("SmsStatus", R.choice(["delivered", "sent", "undelivered"])),
              ("MessageStatus", R.choice(["delivered", "sent"])), ("To", d[2]), ("MessageSid", "SM" + hexs(32)),
              ("AccountSid", ACCOUNT_SID), ("From", "+18005550100"), ("ApiVersion", "2010-04-01")] +
         ([("ErrorCode", "30003")] if R.random() < 0.2 else []))
    return [lb]


def g_mms_photo(phi):
    lb = LB("mms_media_log")
    cl = client()
    if phi:
        p = person(cl)
        lb.t(f"{C.pylog()} INFO [nurseline.mms] saved media for ")
        lb.t("from=").p(fphone(p["phone"], 5), "phone")
        lb.t(f" msg={msg_id(cl)} idx=0 type=image/jpeg size={R.randint(30000, 90000)} note=\"{R.choice(['selfie showing lip swelling', 'face rash pic', 'swollen eye photo'])}\" b64=")
        lb.p(b64blob(96, b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00"), "photo").t("...(truncated)")
        return [lb]
    lb.t(f"{C.pylog()} INFO [nurseline.mms] media purge job removed {R.randint(0, 40)} objects older than 30d from s3://ans-nurseline-media-prod/ (kms=alias/ans-media)")
    return [lb]


def g_genesys(phi):
    lb = LB("genesys_event")
    cl = client()
    conv = ruuid()
    if phi:
        p = person(cl)
        cr = p if p["age"] >= 18 and R.random() < 0.6 else relative(p)
        v = R.randint(0, 1)
        if v == 0:
            o = {"topicName": f"v2.detail.events.conversation.{conv}.customer.start", "version": "2",
                 "eventBody": {"eventTime": C.epoch_ms(), "conversationId": conv, "participantId": ruuid(), "sessionId": ruuid(),
                               "mediaType": "VOICE", "provider": "Edge", "direction": "INBOUND",
                               "ani": M("tel:{x}", x=P("+1" + cr["phone"], "phone")), "dnis": "tel:+1" + cl["dnis"],
                               "addressTo": "tel:+1" + cl["dnis"], "addressFrom": M("tel:{x}", x=P("+1" + cr["phone"], "phone")),
                               "callbackUserName": "", "callbackNumbers": [], "externalContactId": "",
                               "queueId": ruuid(), "divisionId": ruuid()},
                 "metadata": {"CorrelationId": ruuid()}}
        else:
            attrs = {"ClientId": str(cl["id"]), "PatientName": P(fname(p, 0), "name"), "PatientDOB": P(p["dob"].isoformat(), "date"),
                     "CallbackNumber": P(cr["phone"], "phone"), "CallerRelationship": rel_of(p, cr).title(),
                     "PatientAge": P(str(p["age"]), "age") if p["age"] >= 90 else str(p["age"]),
                     "Urgent": R.choice(["true", "false"]), "Protocol": proto(p)}
            if R.random() < 0.4:
                attrs["MemberId"] = P(p["member"], "health_plan")
            o = {"topicName": f"v2.conversations.{conv}.attributes", "version": "2",
                 "eventBody": {"id": conv, "participants": [{"id": ruuid(), "purpose": "customer", "attributes": attrs}]},
                 "metadata": {"CorrelationId": ruuid()}}
        jw(lb, o)
        return [lb]
    v = R.randint(0, 2)
    if v == 0:
        o = {"topicName": f"v2.users.{ruuid()}.presence", "version": "2",
             "eventBody": {"source": "PURECLOUD", "presenceDefinition": {"id": ruuid(), "systemPresence": R.choice(["AVAILABLE", "BREAK", "MEAL", "BUSY"])},
                           "modifiedDate": C.iso_z()}, "metadata": {"CorrelationId": ruuid()}}
    elif v == 1:
        o = {"topicName": f"v2.analytics.queues.{ruuid()}.observations", "version": "2",
             "eventBody": {"group": {"queueId": ruuid(), "mediaType": "voice"},
                           "data": [{"metric": "oWaiting", "stats": {"count": R.randint(0, 12)}}, {"metric": "oInteracting", "stats": {"count": R.randint(0, 20)}},
                                    {"metric": "oOnQueueUsers", "qualifier": "IDLE", "stats": {"count": R.randint(0, 5)}}]}}
    else:
        o = {"topicName": "channel.metadata", "eventBody": {"message": "WebSocket Heartbeat"}}
    jw(lb, o)
    return [lb]


EN_AGENT = ["thank you for calling the after hours line for {prac}, this is {op}, is this a medical emergency?",
            "okay I'm going to have the on call doctor paged, they'll call you back within thirty minutes",
            "please hold while I connect you with the triage nurse", "if symptoms get worse please hang up and dial nine one one",
            "can you spell the last name for me", "gracias por llamar, le comunico con la enfermera que habla español",
            "I'm sorry, I can't give out the doctor's cell number but I'll page them now"]


def g_stt(phi):
    lb = LB("stt_transcript")
    cl = client()
    call = "CA" + hexs(32)
    if phi:
        p = person(cl) if R.random() < 0.7 else person(cl, pop="elder")
        cr = relative(p)
        es = p["es"] and R.random() < 0.8
        v = R.randint(0, 3)
        if es:
            opts = [
                lambda: M("buenas noches habla {c}, mi {r} {n} tiene {s}, mi número es {ph}",
                          c=P(f"{cr['first']} {cr['last']}".lower(), "name"), r=pt_rel_es(p),
                          n=P(p["first"].lower(), "name"), s=R.choice(SYMPTOMS_ES), ph=P(spell_phone(cr["phone"], "es"), "phone")),
                lambda: M("sí, su fecha de nacimiento es el {d}, se llama {n}", d=P(es_spoken_date(p["dob"]), "date"),
                          n=P(f"{p['first']} {p['last']}", "name")),
                lambda: M("mi " + pt_rel_es(p) + " tiene {a} años y está muy " + pron(p, "confundida", "confundido", "confundido") + " desde la tarde, vivimos en {ci}",
                          a=P(es_age(p["age"]), "age") if p["age"] >= 90 else es_age(p["age"]), ci=P(p["city"].lower(), "address")),
            ]
            lang = "es-US"
        else:
            opts = [
                lambda: M("yeah hi this is {c} calling about my {r} {n}, {s}", c=P(f"{cr['first']} {cr['last']}".lower(), "name"),
                          r=pt_rel_en(p), n=P(p["first"].lower(), "name"), s=sym(p)),
                lambda: M(pron(p, "her", "his", "the") + " birthday is {d} and the best number is {ph}", d=P(en_spoken_date(p["dob"]), "date"),
                          ph=P(spell_phone(cr["phone"]), "phone")),
                lambda: M(pron(p, "she's", "he's", "they're") + " {a} years old and " + pron(p, "she's", "he's", "they've") + " been really confused since dinner", a=P(en_num(p["age"]), "age") if p["age"] >= 90 else en_num(p["age"])),
                lambda: M("last name is {l}, {sp}, first name {f}", l=P(p["last"].lower(), "name"),
                          sp=P(" ".join(c for c in p["last"].upper() if c.isalpha()), "name"), f=P(p["first"].lower(), "name")),
                lambda: M("the address is {ad}, {ci}, zip {z}", ad=P(p["street"].lower(), "address"), ci=P(p["city"].lower(), "address"),
                          z=P(" ".join(p["zip"]), "zip")),
            ]
            lang = "en-US"
        text = R.choice(opts)()
        if not any(isinstance(x, P) for x in text.parts):
            text = M("my name is {n}", n=P(f"{cr['first']} {cr['last']}".lower(), "name")) if not es else M("me llamo {n}", n=P(f"{cr['first']} {cr['last']}".lower(), "name"))
        speaker = "caller"
    else:
        op = R.choice(OPS)[2].split()[0]
        t = R.choice(EN_AGENT).format(prac=cl["name"].lower().replace(" pa", ""), op=op.lower())
        text = t
        speaker = "agent"
        lang = "es-US" if t.startswith("gracias") else "en-US"
        if R.random() < 0.3:
            lb.t(f"{C.pylog()} INFO [stt.worker] job={ruuid()} call={call} status=COMPLETED audio_sec={R.randint(40, 900)} "
                 f"segments={R.randint(8, 90)} model={R.choice(['telephony-v3', 'nova-2-phonecall', 'latest_long'])} wer_est={R.uniform(0.06, 0.2):.2f}")
            return [lb]
    t0 = R.uniform(1, 400)
    if R.random() < 0.5:
        o = {"callSid": call, "seg": R.randint(1, 60), "channel": speaker, "lang": lang, "start": round(t0, 2),
             "end": round(t0 + R.uniform(2, 12), 2), "text": text, "confidence": round(R.uniform(0.6, 0.98), 2), "final": True}
    else:
        o = {"results": [{"alternatives": [{"transcript": text, "confidence": round(R.uniform(0.6, 0.98), 4)}],
                          "channelTag": 1 if speaker == "caller" else 2, "resultEndTime": f"{t0:.3f}s", "languageCode": lang.lower()}],
             "requestId": str(R.randint(10 ** 18, 10 ** 19))}
    jw(lb, o)
    return [lb]


def g_hylafax(phi):
    lb = LB("hylafax_xferfaxlog")
    cl = client()
    tag = f"msg{msg_id(cl)}"
    lb.t(f"{C.loc.strftime('%m/%d/%y %H:%M')}\tSEND\t{R.randint(4000, 9999):08d}\tttyACM{R.randint(0, 3)}\t{R.randint(7000, 9999)}\t\"")
    if phi:
        p = person(cl)
        lb.t(tag + " RE ").p(f"{p['last'].upper()}, {p['first'][0].upper()}", "name").t(" DOB ").p(p["dob"].strftime("%m/%d/%y"), "date")
    else:
        lb.t(tag)
    pages = R.randint(1, 4)
    lb.t(f"\"\tansvc@fax01\t\"{cl['fax']}\"\t\"{cl['short']} FAX\"\t{R.choice([9600, 14400])}\t{pages}\t0:{R.randint(20, 99)}\t0:{R.randint(15, 80)}\t\"{R.choice(['', '', 'No carrier detected', 'Busy signal detected'])}\"")
    return [lb]


def g_postfix(phi):
    lb = LB("postfix")
    cl = client()
    qid = hexs(10).upper()
    v = R.randint(0, 3)
    if phi:
        # rare: a message copy emailed to a patient at their request
        p = person(cl)
        lb.t(f"{C.syslog()} mx02 postfix/smtp[{R.randint(10000, 30000)}]: {qid}: to=<").p(p["email"], "email")
        lb.t(f">, relay={R.choice(['gmail-smtp-in.l.google.com[142.250.115.27]:25', 'mta7.am0.yahoodns.net[67.195.204.77]:25', 'outlook-com.olc.protection.outlook.com[52.101.8.36]:25'])}, delay={R.uniform(0.4, 3):.1f}, dsn=2.0.0, status=sent (250 2.0.0 OK)")
        return [lb]
    if v == 0:
        lb.t(f"{C.syslog()} mx02 postfix/smtp[{R.randint(10000, 30000)}]: {qid}: to=<{R.choice(['oncall', 'frontdesk', 'nurse', 'msgs'])}@{cl['dom']}>, relay=mail.{cl['dom']}[{R.randint(20, 200)}.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(2, 250)}]:25, delay=0.{R.randint(1, 9)}, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as {hexs(8).upper()})")
    elif v == 1:
        lb.t(f"{C.syslog()} mx02 postfix/qmgr[1180]: {qid}: from=<no-reply@ans-secure-msg.net>, size={R.randint(4000, 40000)}, nrcpt=1 (queue active)")
    elif v == 2:
        lb.t(f"{C.syslog()} mx02 postfix/smtp[{R.randint(10000, 30000)}]: {qid}: to=<msgs@{cl['dom']}>, relay=none, delay={R.randint(30, 900)}, status=deferred (connect to mail.{cl['dom']}[{R.randint(20, 200)}.{R.randint(1, 250)}.4.17]:25: Connection timed out)")
    else:
        lb.t(f"{C.syslog()} mx02 postfix/smtpd[{R.randint(10000, 30000)}]: disconnect from unknown[{R.randint(80, 200)}.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}] ehlo=1 auth=0/1 quit=1 commands=2/3")
    return [lb]


def g_delivery(phi):
    lb = LB("delivery_report")
    cl = client()
    m = msg_id(cl)
    hdr = lambda ch, lvl="INFO": lb.t(f"{C.pylog()} {lvl} [delivery.{ch}] ")
    if phi:
        p = person(cl)
        v = R.randint(0, 3)
        if v == 0:
            hdr("smtp")
            kv(lb, [("msg", m), ("channel", "secure_email"), ("to", f"oncall@{cl['dom']}"),
                    ("subj", M("After-hours message - {n} (DOB {d})", n=P(fname(p, 1), "name"), d=P(fdate(p["dob"], 1), "date"))),
                    ("tls", "TLSv1.3"), ("status", "DELIVERED"), ("smtp", "250")])
        elif v == 1:
            hdr("portal")
            kv(lb, [("msg", m), ("channel", "portal"), ("practice_inbox", cl["short"]), ("patient_mrn", P(p["mrn"], "mrn")),
                    ("status", R.choice(["READ", "DELIVERED", "PENDING_ACK"])), ("read_by", R.choice(["mwells", "front1", "rn_kelly", "-"]))])
        elif v == 2:
            res = R.choice(["OK", "OK", "RETRY"])
            hdr("fax", "INFO" if res == "OK" else "WARNING")
            kv(lb, [("job", f"fx-{R.randint(70000, 99999)}"), ("msg", m), ("dest", "+1" + cl["fax"]), ("pages", str(R.randint(1, 3))),
                    ("cover_subject", M("RE: {n} {d}", n=P(ascii_fold(p["last"]).upper() + ", " + ascii_fold(p["first"]).upper(), "name"), d=P(p["dob"].strftime("%m/%d/%Y"), "date"))),
                    ("result", res), ("sig", str(R.randint(10, 30))), ("baud", "14400")])
        else:
            hdr("smtp")
            kv(lb, [("msg", m), ("channel", "patient_copy"), ("to", P(p["email"], "email")), ("reason", "pt requested care advice by email"),
                    ("status", "SENT")])
        return [lb]
    v = R.randint(0, 3)
    if v == 0:
        res = R.choice(["OK", "BUSY", "NO_ANSWER", "OK"])
        hdr("fax", "INFO" if res == "OK" else "WARNING")
        kv(lb, [("job", f"fx-{R.randint(70000, 99999)}"), ("msg", m), ("dest", "+1" + cl["fax"]), ("pages", str(R.randint(1, 3))),
                ("result", res), ("sig", str(R.randint(10, 30))), ("baud", str(R.choice([9600, 14400]))),
                ("dur", f"{R.randint(20, 90)}s")])
    elif v == 1:
        hdr("smtp")
        kv(lb, [("batch", f"am-summary-{cl['id']}"), ("msgs", str(R.randint(2, 40))), ("channel", "secure_email"), ("to", f"frontdesk@{cl['dom']}"), ("status", "QUEUED"), ("scheduled", "07:00")])
    elif v == 2:
        hdr("smtp", "WARNING")
        kv(lb, [("msg", m), ("retry", f"{R.randint(1, 5)}/5"), ("err", "SMTP 451 4.7.1 try again later"), ("next_in", "300s")])
    else:
        hdr("portal")
        kv(lb, [("msg", m), ("channel", "portal"), ("practice_inbox", cl["short"]), ("status", "ACK"), ("ack_ms", str(R.randint(100, 999999)))])
    return [lb]


DEVICES = [("Medtronic", "Azure XT DR MRI", lambda: "RNB" + digits(6) + "S"), ("Boston Scientific", "RESONATE EL ICD", lambda: digits(6)),
           ("Abbott", "Gallant HF CRT-D", lambda: digits(7)), ("Medtronic", "LINQ II ICM", lambda: "RLA" + digits(6) + "G"),
           ("Abbott", "HeartMate 3 LVAD controller", lambda: "MLP" + digits(6))]


def g_devalert(phi):
    lb = LB("remote_monitor_alert")
    cl = CLIENTS[2]
    if phi:
        p = person(cl, pop="elder")
        dv = R.choice(DEVICES)
        lb.t(f"{C.iso_z()} rmon-bridge INFO alert src={dv[0].split()[0].lower()} sev={R.choice(['RED', 'YELLOW'])} ")
        kv(lb, [("patient", P(fname(p, 1), "name")), ("dob", P(p["dob"].strftime("%m/%d/%Y"), "date")), ("model", dv[1]),
                ("sn", P(dv[2](), "device")), ("event", R.choice(["AT/AF burden > 6h", "VT/VF episode, shock delivered", "lead impedance out of range",
                                                                 "low battery (ERI)", "pump flow alarm"])),
                ("route", f"{cl['short']} on-call")])
        return [lb]
    lb.t(f"{C.iso_z()} rmon-bridge INFO poll src={R.choice(['carelink', 'latitude', 'merlin'])} clinic={cl['short']} new_alerts=0 next_poll=300s")
    return [lb]


def g_xml(phi):
    lb = LB("msg_xml_export")
    cl = client()
    op = R.choice(OPS)
    if phi:
        p = person(cl)
        cr = p if p["age"] >= 18 and R.random() < 0.5 else relative(p)
        lb.t(f'<msg id="{msg_id(cl)}" client="{cl["id"]}" taken="{C.iso_loc()}" op="{op[1]}">')
        lb.t(f'<caller rel="{rel_of(p, cr)}">').p(xesc(f"{cr['first']} {cr['last']}"), "name").t("</caller>")
        if cr is not p:
            lb.t("<patient>").p(xesc(fname(p, 1)), "name").t("</patient>")
        lb.t("<dob>").p(fdate(p["dob"], 1), "date").t("</dob>")
        if R.random() < 0.5:
            lb.t("<age>")
            put(lb, P(str(p["age"]), "age") if p["age"] >= 90 else str(p["age"]))
            lb.t("</age>")
        lb.t(f'<cb type="{R.choice(["cell", "home", "work"])}">').p(fphone(cr["phone"], 1), "phone").t("</cb>")
        if R.random() < 0.3:
            lb.t("<addr>").p(xesc(p["street"]), "address").t(", ").p(p["city"], "address").t(f", {p['state']} ").p(p["zip"], "zip").t("</addr>")
        lb.t("<body>").t(xesc(sym(p))).t(f"</body><urgent>{R.choice('YN')}</urgent></msg>")
        return [lb]
    v = R.randint(0, 2)
    if v == 0:
        lb.t(f'<heartbeat seq="{R.randint(1000, 99999)}" node="msgexp-{R.randint(1, 3)}" ts="{C.iso_z()}"/>')
    elif v == 1:
        lb.t(f'<dispatch msg="{msg_id(cl)}" status="{R.choice(["delivered", "pending", "failed"])}" method="{R.choice(["fax", "email", "portal", "page"])}" attempts="{R.randint(1, 4)}"/>')
    else:
        lb.t(f'<export client="{cl["id"]}" name="{xesc(cl["name"])}" window="{TODAY.isoformat()}T17:00/{(TODAY + dt.timedelta(days=1)).isoformat()}T08:00" count="{R.randint(0, 80)}"/>')
    return [lb]


def g_hl7(phi):
    cl = client()
    ctl = f"AHS{R.randint(100000, 999999)}"
    ts = C.hl7()
    d = doc(cl)
    dl, df = d[0].replace("Dr. ", "").split(" ", 1)[1].upper(), d[0].replace("Dr. ", "").split(" ")[0].upper()
    if phi:
        p = person(cl)
        segs = []
        a = LB("hl7v2")
        a.t(f"MSH|^~\\&|AFTERHRS|ANSSVC|EHR|{cl['short']}|{ts}||MDM^T02^MDM_T02|{ctl}|P|2.5.1")
        b = LB("hl7v2")
        b.t(f"EVN|T02|{ts}")
        c = LB("hl7v2")
        c.t("PID|1||").p(p["mrn"], "mrn").t(f"^^^{cl['short']}^MR||").p(f"{p['last'].upper()}^{p['first'].upper()}^{p['mi']}", "name").t("||")
        c.t("").p(p["dob"].strftime("%Y%m%d"), "date").t(f"|{sexletter(p)}|||")
        c.p(p["street"], "address").t("^^").p(p["city"], "address").t(f"^{p['state']}^").p(p["zip"], "zip").t("^US||")
        c.p(f"({p['phone'][:3]}){p['phone'][3:6]}-{p['phone'][6:]}", "phone").t("^PRN^PH|||||").p(p["acct"], "account")
        e = LB("hl7v2")
        e.t(f"PV1|1|O|AFTERHRS||||{R.randint(1000000000, 1999999999)}^{dl}^{df}^^^DR")
        f = LB("hl7v2")
        f.t(f"TXA|1|TN|TX|{ts}||||||||{ctl}||||||AU")
        g = LB("hl7v2")
        g.t("OBX|1|TX|MSG^After hours message||")
        tpl(g, "Caller {c} re {s}. Callback {ph}.", c=(fname(relative(p), 0), "name"), s=sym(p), ph=(fphone(p["phone"], 1), "phone"))
        g.t("||||||F")
        return [a, b, c, e, f, g]
    if R.random() < 0.5:
        a = LB("hl7v2")
        a.t(f"MSH|^~\\&|EHR|{cl['short']}|AFTERHRS|ANSSVC|{ts}||ACK^T02^ACK|ACK{ctl[3:]}|P|2.5.1")
        b = LB("hl7v2")
        b.t(f"MSA|{R.choice(['AA', 'AA', 'AE'])}|{ctl}")
        return [a, b]
    a = LB("hl7_mllp_log")
    a.t(f"{C.pylog()} INFO [hl7.mllp] sent {ctl} to {cl['short'].lower()}-ehr.vpn:6661 bytes={R.randint(600, 2400)} ack=AA rtt_ms={R.randint(40, 900)}")
    return [a]


def g_pyapp(phi):
    cl = client()
    if phi:
        p = person(cl)
        v = R.randint(0, 2)
        if v == 0:
            a = LB("python_traceback")
            a.t(f"{C.pylog()} ERROR [ans.msgstore] failed to insert message client={cl['id']}")
            b = LB("python_traceback")
            b.t("Traceback (most recent call last):")
            c = LB("python_traceback")
            c.t('  File "/opt/ans/msgstore/repo.py", line 212, in insert_message')
            d = LB("python_traceback")
            d.t("    cur.execute(SQL_INSERT, params)")
            e = LB("python_traceback")
            e.t('psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "uq_msg_client_cb_taken"')
            f = LB("python_traceback")
            f.t(f"DETAIL:  Key (client_id, callback_phone, taken_at)=({cl['id']}, ").p(p["phone"], "phone").t(f", {C.loc.strftime('%Y-%m-%d %H:%M:%S')}) already exists.")
            return [a, b, c, d, e, f]
        lb = LB("python_app")
        if v == 1:
            lb.t(f"{C.pylog()} WARNING [ans.ehr_lookup] no chart match for ")
            tpl(lb, "name='{n}' dob={d} client={c}; message will be delivered unmatched", n=(fname(p, 1), "name"), d=(p["dob"].isoformat(), "date"), c=cl["id"])
        else:
            lb.t(f"{C.pylog()} ERROR [ans.eligibility] 271 rejected AAA*Y**72*C for member ")
            lb.p(p["member"], "health_plan").t(" subscriber=").p(f"{p['last'].upper()}*{p['first'].upper()}", "name").t(" (Invalid/Missing Subscriber/Insured ID)")
        return [lb]
    lb = LB("python_app")
    v = R.randint(0, 4)
    if v == 0:
        lb.t(f"{C.pylog()} INFO [ans.scheduler] job=am_summary_{cl['id']} next_run=07:00 tz=America/Chicago")
    elif v == 1:
        lb.t(f"{C.pylog()} INFO [sqlalchemy.pool.impl.QueuePool] pool size=20 checked_out={R.randint(0, 20)} overflow={R.randint(0, 5)}/10")
    elif v == 2:
        lb.t(f"{C.pylog()} WARNING [urllib3.connectionpool] Retrying (Retry(total=2, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='api.twilio.com', port=443): Read timed out. (read timeout=10)\")': /2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json")
    elif v == 3:
        lb.t(f"{C.pylog()} INFO [celery.worker.strategy] Task ans.tasks.deliver_message[{ruuid()}] received")
    else:
        lb.t(f"{C.pylog()} INFO [celery.app.trace] Task ans.tasks.deliver_message[{ruuid()}] succeeded in {R.uniform(0.05, 4):.6f}s: {{'status': 'delivered', 'attempts': {R.randint(1, 3)}}}")
    return [lb]


def g_java(phi):
    ts = C.javalog()
    if phi:
        cl = client()
        p = person(cl)
        lb = LB("java_spring")
        lb.t(f"{ts}  WARN 1 --- [io-8443-exec-{R.randint(1, 20)}] c.a.triage.CallbackService       : callback attempt {R.randint(1, 3)} failed (no answer) for case ")
        lb.p(enc_no(), "other_id").t(" number=").p(fphone(p["phone"], 5), "phone")
        return [lb]
    if R.random() < 0.15:
        th = f"pool-3-thread-{R.randint(1, 9)}"
        lines = [f"{ts} ERROR 1 --- [{th}] c.a.paging.SnppClient                    : SNPP send failed, will retry",
                 "java.net.SocketTimeoutException: Read timed out",
                 "\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)",
                 "\tat java.base/java.net.Socket$SocketInputStream.read(Socket.java:1099)",
                 f"\tat com.ansvc.paging.SnppClient.readResponse(SnppClient.java:{R.randint(100, 300)})",
                 "\t... 14 common frames omitted"]
        out = []
        for l in lines:
            lb = LB("java_stacktrace")
            lb.t(l)
            out.append(lb)
        return out
    lb = LB("java_spring")
    lb.t(ts + R.choice([
        f"  INFO 1 --- [           main] c.a.triage.TriageApplication             : Started TriageApplication in {R.uniform(6, 20):.3f} seconds (process running for {R.uniform(7, 22):.3f})",
        f"  INFO 1 --- [io-8443-exec-{R.randint(1, 20)}] o.s.web.servlet.DispatcherServlet        : Completed initialization in {R.randint(1, 9)} ms",
        f"  WARN 1 --- [ool-1-housekeeper] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m{R.randint(1, 59)}s).",
        f"  INFO 1 --- [   scheduling-1] c.a.triage.CallbackSweeper               : sweep done overdue=0 escalated={R.randint(0, 3)} took={R.randint(5, 300)}ms",
    ]))
    return [lb]


def g_zap(phi):
    lb = LB("zap_json")
    cl = client()
    if phi:
        p = person(cl)
        o = {"level": "warn", "ts": round(C.epoch() + R.random(), 4), "caller": "pagegw/tap.go:212", "msg": "page text truncated to 240 chars",
             "carrier": R.choice(["usamobility", "spok"]), "pager": doc(cl)[1],
             "orig": M("{m} {n} {ph} {s}", m=msg_id(cl), n=P(fname(p, 2), "name"), ph=P(p["phone"], "phone"), s=sym(p).upper())}
        jw(lb, o)
        return [lb]
    o = R.choice([
        {"level": "info", "ts": round(C.epoch() + R.random(), 4), "caller": "health/probe.go:41", "msg": "readiness ok", "component": R.choice(["page-gw", "sms-relay", "fax-bridge"])},
        {"level": "info", "ts": round(C.epoch() + R.random(), 4), "caller": "pagegw/tap.go:301", "msg": "tap session closed", "carrier": "usamobility", "blocks": R.randint(1, 4), "dur_ms": R.randint(900, 6000)},
        {"level": "error", "ts": round(C.epoch() + R.random(), 4), "caller": "smsrelay/send.go:88", "msg": "twilio 429 Too Many Requests", "retry_after": "1s", "traceparent": f"00-{hexs(32)}-{hexs(16)}-01"},
        {"level": "debug", "ts": round(C.epoch() + R.random(), 4), "caller": "faxbridge/t38.go:140", "msg": "T.38 reinvite accepted", "call_id": f"{hexs(16)}@10.12.5.{R.randint(2, 250)}", "max_bitrate": 14400},
    ])
    jw(lb, o)
    return [lb]


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-A156U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.86 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36"]


def g_nginx(phi):
    lb = LB("nginx_access")
    cl = client()
    if phi:
        p = person(cl)
        v = R.randint(0, 2)
        lb.p(pub_ip(), "ip").t(f" - - [{C.nginx()}] \"")
        if v == 0:
            lb.t(f"POST /api/v1/callback-requests?client={cl['id']} HTTP/2.0\" 201 {R.randint(60, 120)}")
        elif v == 1:
            lb.t(f"GET /portal/messages?client={cl['id']}&name=")
            lb.p(urllib.parse.quote_plus(fname(p, 0)), "name").t("&dob=").p(p["dob"].isoformat(), "date").t(f" HTTP/1.1\" 200 {R.randint(900, 9000)}")
        else:
            lb.t("POST /portal/login HTTP/2.0\" 302 0")
        lb.t(f" \"https://www.{cl['dom']}/after-hours\" \"{R.choice(UAS)}\" rt={R.uniform(0.01, 0.9):.3f}")
        if v == 2:
            lb.t(" user=").p(p["uname"], "other_id")
        return [lb]
    v = R.randint(0, 3)
    if v == 0:
        lb.t(f"10.42.{R.randint(0, 3)}.{R.randint(2, 250)} - - [{C.nginx()}] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\" rt=0.001")
    elif v == 1:
        lb.t(f"{R.randint(20, 200)}.{R.randint(1, 250)}.{R.randint(0, 250)}.{R.randint(2, 250)} - frontdesk_{cl['short'].lower()} [{C.nginx()}] \"GET /practice/inbox?page=1 HTTP/2.0\" 200 {R.randint(2000, 30000)} \"-\" \"{UAS[2]}\" rt={R.uniform(0.05, 0.6):.3f}")
    elif v == 2:
        lb.t(f"{R.randint(40, 200)}.{R.randint(1, 250)}.{R.randint(0, 250)}.{R.randint(2, 250)} - - [{C.nginx()}] \"GET /wp-login.php HTTP/1.1\" 404 153 \"-\" \"Mozilla/5.0 zgrab/0.x\" rt=0.000")
    else:
        lb.t(f"10.42.{R.randint(0, 3)}.{R.randint(2, 250)} - - [{C.nginx()}] \"GET /metrics HTTP/1.1\" 200 {R.randint(9000, 40000)} \"-\" \"Prometheus/2.53.1\" rt=0.0{R.randint(10, 99)}")
    return [lb]


def g_audit(phi):
    lb = LB("hipaa_audit_csv")
    cl = client()
    op = R.choice(OPS + [("rn_" + n.split(",")[0].lower(), "", "") for n in NURSES])
    lb.t(f"{C.iso_z(False)},{op[0]},{R.choice(['VIEW', 'EDIT', 'PRINT', 'EXPORT', 'VIEW'])},message,{msg_id(cl)},")
    if phi:
        p = person(cl)
        lb.t('"').p(fname(p, 1), "name").t('",')
        if R.random() < 0.5:
            lb.p(p["mrn"], "mrn")
        lb.t(f",10.20.{R.randint(1, 9)}.{R.randint(2, 250)},{R.choice(['ok', 'ok', 'break_glass'])}")
    else:
        lb.t(f",,10.20.{R.randint(1, 9)}.{R.randint(2, 250)},ok")
    return [lb]


def g_oncall(phi):
    lb = LB("oncall_sched")
    cl = client()
    d = doc(cl)
    others = [x for x in cl["docs"] if x != d] or [x for x in CLIENTS[0]["docs"]]
    d2 = R.choice(others)
    lb.t(f"{C.pylog()} INFO [oncall] ")
    if phi:
        p = person(cl)
        tpl(lb, "escalation msg={m} urgent=Y pt=\"{n}\" no ack from {d1} after 15m lvl1 -> lvl2 {d2} via sms {c}",
            m=msg_id(cl), n=(fname(p, 2), "name"), d1=d[0], d2=d2[0], c=d2[2])
        return [lb]
    if R.random() < 0.6:
        lb.t(f"resolved client={cl['id']} ({cl['name']}) slot={TODAY.isoformat()}T17:00/{(TODAY + dt.timedelta(days=1)).isoformat()}T08:00 "
             f"primary=\"{d[0]}\" pager={d[1]} cell={d[2]} backup=\"{d2[0]}\"")
    else:
        lb.t(f"schedule sync from qgenda ok clients={len(CLIENTS)} shifts={R.randint(40, 90)} changed={R.randint(0, 4)} etag=W/\"{hexs(12)}\"")
    return [lb]


def g_billing(phi):
    out = []
    if phi:
        cl = client()
        h = LB("call_detail_csv")
        h.t("call_date,call_time,client_id,ani,dnis,duration_sec,agent_id,msg_id,billable_units,disposition")
        out.append(h)
        for _ in range(R.randint(2, 4)):
            p = person(cl)
            r = LB("call_detail_csv")
            C.tick()
            r.t(f"{C.loc.strftime('%m/%d/%Y')},{C.loc.strftime('%H:%M:%S')},{cl['id']},")
            if R.random() < 0.8:
                r.p(p["phone"], "phone")
            else:
                r.t(R.choice(["RESTRICTED", PHARM[R.randrange(len(PHARM))][1]]))
            r.t(f",{cl['dnis']},{R.randint(30, 1100)},{R.randint(4400, 4460)},{msg_id(cl)},{R.randint(1, 9)},{R.choice(['MSG', 'PATCH', 'TRIAGE', 'INFO'])}")
            out.append(r)
        return out
    if R.random() < 0.4:
        h = LB("billing_minutes_csv")
        h.t("client_id,client_name,period_start,period_end,calls,billable_minutes,after_hours_min,pages_sent,sms_sent,faxes,rate_plan,amount_usd")
        out.append(h)
        for cl in R.sample(CLIENTS, R.randint(3, 5)):
            r = LB("billing_minutes_csv")
            calls = R.randint(80, 1400)
            mins = calls * R.uniform(2.1, 4.8)
            r.t(f"{cl['id']},\"{cl['name']}\",2024-10-01,2024-10-31,{calls},{mins:.1f},{mins * R.uniform(0.6, 0.95):.1f},{R.randint(20, 400)},"
                f"{R.randint(20, 500)},{R.randint(10, 200)},{R.choice(['AH-STD', 'AH-PLUS', 'TRIAGE-PMPM'])},{mins * R.uniform(0.85, 1.45):.2f}")
            out.append(r)
        return out
    r = LB("billing_job")
    cl = client()
    r.t(f"{C.pylog()} INFO [billing.invoice] generated INV-2024-10-{cl['id']} client=\"{cl['name']}\" lines={R.randint(3, 12)} total=${R.uniform(400, 9000):,.2f} terms=NET30 pdf=s3://ans-billing/2024/10/INV-2024-10-{cl['id']}.pdf")
    return [r]


def g_infra(phi):
    lb = LB("syslog_infra")
    v = R.randint(0, 6)
    if v == 0:
        lb.t(f"{C.syslog()} app03 CRON[{R.randint(20000, 40000)}]: (ansvc) CMD (/opt/ans/bin/rotate_recordings.sh --older-than 90d --bucket ans-recordings-prod)")
    elif v == 1:
        lb.t(f"{C.syslog()} app03 systemd[1]: Started ans-msgexport.service - Message export worker (build 2024.11.{R.randint(1, 7)}+{hexs(7)}).")
    elif v == 2:
        lb.t(f"{C.syslog()} fax01 kernel: [{R.randint(100000, 999999)}.{digits(6)}] cdc_acm 1-{R.randint(1, 4)}:1.0: ttyACM{R.randint(0, 3)}: USB ACM device")
    elif v == 3:
        lb.t(f"{C.syslog()} app03 ans-msgexport[{R.randint(2000, 9000)}]: config reloaded from /etc/ans/msgexport.yaml (sha1 {hexs(40)}) clients={len(CLIENTS)}")
    elif v == 4:
        lb.t(f"{C.syslog()} lb01 haproxy[{R.randint(900, 999)}]: Server be_portal/portal{R.randint(1, 3)} is UP, reason: Layer7 check passed, code: 200, check duration: {R.randint(2, 40)}ms. 3 active and 0 backup servers online.")
    elif v == 5:
        lb.t(f"{C.syslog()} app03 sshd[{R.randint(20000, 40000)}]: Accepted publickey for deploy from 10.8.0.{R.randint(2, 40)} port {R.randint(30000, 65000)} ssh2: ED25519 SHA256:{b64blob(32)[:43]}")
    else:
        lb.t(f"{C.syslog()} app03 ans-recorder[{R.randint(2000, 9000)}]: uploaded recordings/{C.loc.strftime('%Y/%m/%d')}/CA{hexs(32)}.wav size={R.randint(200, 9000)}KB sse=aws:kms")
    return [lb]


FAMS = [  # (fn, weight_phi, weight_noise)
    (g_acd, 6, 7), (g_asterisk, 4, 5), (g_queuelog, 3, 4), (g_ivr, 6, 5), (g_msgpad, 18, 5), (g_triage, 8, 4),
    (g_tap, 5, 4), (g_snpp, 1, 3), (g_twilio_json, 4, 2), (g_twilio_hook, 4, 4), (g_mms_photo, 2, 1),
    (g_genesys, 5, 5), (g_stt, 9, 5), (g_hylafax, 2, 3), (g_postfix, 1, 4), (g_delivery, 5, 4), (g_xml, 5, 3),
    (g_hl7, 2, 2), (g_pyapp, 3, 5), (g_java, 2, 3), (g_devalert, 3, 1), (g_zap, 2, 4), (g_nginx, 4, 4), (g_audit, 4, 2),
    (g_oncall, 2, 4), (g_billing, 1, 3), (g_infra, 0, 8),
]


def main():
    out = []
    noise = 0
    while len(out) < N_LINES:
        C.tick()
        remaining = N_LINES - len(out)
        need_noise = NOISE_TARGET - noise
        want_noise = R.random() < (need_noise / remaining if remaining else 0)
        fams = [(f, wn if want_noise else wp) for f, wp, wn in FAMS]
        tot = sum(w for _, w in fams)
        x = R.uniform(0, tot)
        for f, w in fams:
            x -= w
            if x <= 0:
                break
        lines = f(not want_noise)
        if len(lines) > remaining:
            continue
        for lb in lines:
            out.append(lb)
            if not lb.spans:
                noise += 1
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "jd.log"), "w", encoding="utf-8", newline="") as fl, \
            open(os.path.join(here, "jd.labels.jsonl"), "w", encoding="utf-8", newline="") as fj:
        texts = []
        for i, lb in enumerate(out, 1):
            s = lb.text()
            assert "\n" not in s and "\r" not in s and s.strip(), (i, s)
            bs = s.encode("utf-8")
            spans = []
            last = -1
            for (a, b, cat, val) in sorted(lb.spans):
                assert bs[a:b].decode("utf-8") == val, (i, val)
                assert a >= last, (i, "overlap")
                last = b
                spans.append({"s": a, "e": b, "cat": cat})
            texts.append(s)
            fj.write(json.dumps({"line": i, "family": lb.family, "spans": spans}, ensure_ascii=False) + "\n")
        fl.write("\n".join(texts) + "\n")


if __name__ == "__main__":
    main()
