#!/usr/bin/env python3
"""gen_rn.py - labeled synthetic log corpus "rn".

Organisation: "Cedar Hollow Retreat" (Cedar Hollow Wellness & Recovery, LLC),
a residential eating-disorder treatment centre in Sisters, Oregon, marketed as
a wellness retreat (yoga, nutrition, equine therapy). One day (2024-10-17,
local time PDT) of logs as collected by the SIEM / log shipper. All people,
numbers and addresses are synthetic. Standard library only, fixed seed:
two runs produce byte-identical rn.log and rn.labels.jsonl.

Systems simulated (label "family" in brackets)
  1. Admissions CRM (Salesforce-style Inquiry__c sync, JSON)       [crm_json]
  2. Verification-of-benefits worker (logfmt)                      [vob_logfmt]
  3. X12 270/271 eligibility segments via clearinghouse (1 seg/line) [x12]
  4. Smart-scale ingestion service, Withings-style (JSON)          [scale_json]
  5. EHR vitals bridge, orthostatics (log4j text + key=value)      [vitals_kv]
  6. "PlateTrack" meal-plan tracking export (pipe rows)             [meal_pipe]
  7. FHIR R4 facade (Observation / Patient / OperationOutcome)     [fhir]
  8. Zoom webhooks for family-therapy video sessions (JSON)        [zoom_webhook]
  9. Parent portal / public site nginx access log (combined + rt)  [nginx]
 10. eMAR -> dispensing HL7 v2.5.1 RAS^O17 (1 segment/line)         [hl7]
 11. Automated dispensing cabinet journal (fixed width)            [adc_fixed]
 12. Alumni outreach CRM export (CSV, header + rows)               [alumni_csv]
 13. Twilio SMS gateway (JSON, inbound/outbound bodies)            [sms_json]
 14. Syslog: pfSense, sshd, cron, postfix, dnsmasq, timeclock       [syslog]
 15. Integration engine / payment Java & Python stack traces        [stacktrace]
 16. PostgreSQL pgaudit / slow statements                          [sql]
 17. Nursing shift notes exported as free text                     [note]
 18. Lobby visitor kiosk (XML)                                     [visitor_xml]
 19. "Trailhead" retreat programme scheduler: yoga/equine (TSV)     [sched_tsv]
 20. Kubernetes controllers / deploys (zap JSON)                   [k8s_json]

Labeling decisions (grey cases of this Theme)
 - Clients (adolescent and adult residents, step-down PHP/IOP clients,
   alumni) are the persons served; their parents, guardians, siblings,
   partners and emergency contacts are relatives: all their identifiers
   are PHI. Prospects in admissions inquiries are labeled too.
 - Staff (nurses, RDs, therapists, psychiatrist, equine and yoga staff,
   admissions reps), payer case managers, outside referring clinicians,
   vendors (farrier, food delivery) are not PHI, nor their NPIs, badges,
   employee numbers or time-clock fingerprint scores.
 - Horse names (Biscuit, Juniper ...), cottage names (Aspen, Sage, Willow,
   Tamarack), programme / class names are not PHI.
 - Client initials and preferred first names ("Hazel O.", "Lana") are
   labeled `name`. Pseudonyms like "Client A" are not.
 - Record/log timestamps (leading timestamps, MSH-7, ISA/GS/BHT dates,
   event_ts, DateCreated, cabinet journal time) are not PHI, even when the
   record is a clinical event. Separate clinical/administrative date
   fields about the person are `date`: DOB, admit/discharge dates, RXA-3
   administration time, FHIR effectiveDateTime, meal date in PlateTrack
   rows, session/pass dates in notes and SMS, X12 DMG and DTP dates.
 - Menu/schedule dates not tied to a person are not PHI. Ages <= 89 are
   not labeled; a grandparent's age over 89 is `age`.
 - Weights, BMI, %EBW, vitals, diagnoses and medications are health data
   but not identifiers: not labeled.
 - Facility (shared) smart scales: serial/MAC not PHI. Home scales issued
   to step-down clients: serial and MAC labeled `device`. A client's
   personal phone IMEI logged at the phone locker is `device`; a visiting
   relative's guest Wi-Fi MAC is `device`, and the first name embedded in
   the DHCP hostname is `name`.
 - Any URL or request target that carries a client identifier (MRN path
   segment, invite link with a parent's e-mail) is ONE `url` span; the
   identifier inside it is not labeled separately. A parent's public IP in
   portal/video logs is `ip`; internal 10.x, server and crawler IPs are not.
 - MRN "CH-nnnnnn" (also inside FHIR "Patient/<mrn>" references and HL7
   PID-3) and the PlateTrack numeric client id are `mrn`; bed/room codes
   (ASP-3) are facility locations, not labeled. Insurance member / subscriber IDs, Medicaid (OHP) IDs, MBI are
   `health_plan`; group numbers and payer IDs are not. Prior-auth reference
   numbers, referral IDs, admissions inquiry record IDs and alumni CRM
   contact ids are `other_id`. Patient account numbers, full card PANs and
   bank account numbers are `account`; masked PANs (****1234), bank routing
   numbers, Stripe/Twilio/Zoom object IDs are not.
 - Guarantor (parent) or adult subscriber SSN is `ssn`; placeholder SSNs (000-00-0000) are not
   labeled. Visitor driver's licence numbers `license`; plates / VINs of
   relatives' vehicles `vehicle`.
 - Zoom meeting IDs are clinicians' recurring rooms: not PHI. A meeting
   topic that contains the family surname is labeled `name` (surname only).
 - One span per field value: HL7 XPN (Last^First) is one span; X12 NM103 and
   NM104 are separate elements, so two spans; CSV first/last columns two.
   A street run is one `address` span; city is a separate `address` span
   when it is its own field; ZIP always its own `zip` span.
 - Salted analytics hashes of client ids (sha256 hex) are not labeled.
 - Base64 intake photos (FHIR Patient.photo) are `photo`.
"""
import collections
import json
import random
import sys
import unicodedata
import datetime as dt
import urllib.parse

SEED = 2023_10_17
R = random.Random(SEED)
N_LINES = 500
ORG_DOMAIN = "cedarhollowretreat.com"


# ----------------------------------------------------------------- builder
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        b = s.encode("utf-8")
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, st + len(b), cat, s))
        return self

    def add(self, *parts):
        for x in parts:
            if isinstance(x, tuple):
                if x[1]:
                    self.p(x[0], x[1])
                else:
                    self.t(x[0])
            else:
                self.t(x)
        return self


def L(family, *parts):
    return Line(family).add(*parts)


class P:
    """PHI value inside a JSON structure."""
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class S:
    """JSON string value assembled of plain parts and (value, cat) tuples."""
    def __init__(self, *parts):
        self.parts = parts


def jemit(ln, obj, ascii=True, sep=(",", ":")):
    if isinstance(obj, P):
        if isinstance(obj.v, str):
            enc = json.dumps(obj.v, ensure_ascii=ascii)
            ln.t('"').p(enc[1:-1], obj.cat).t('"')
        else:
            ln.p(json.dumps(obj.v), obj.cat)
    elif isinstance(obj, S):
        ln.t('"')
        for x in obj.parts:
            if isinstance(x, tuple):
                enc = json.dumps(x[0], ensure_ascii=ascii)[1:-1]
                if x[1]:
                    ln.p(enc, x[1])
                else:
                    ln.t(enc)
            else:
                ln.t(json.dumps(x, ensure_ascii=ascii)[1:-1])
        ln.t('"')
    elif isinstance(obj, dict):
        ln.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                ln.t(sep[0])
            ln.t(json.dumps(k, ensure_ascii=ascii) + sep[1])
            jemit(ln, v, ascii, sep)
        ln.t("}")
    elif isinstance(obj, list):
        ln.t("[")
        for i, v in enumerate(obj):
            if i:
                ln.t(sep[0])
            jemit(ln, v, ascii, sep)
        ln.t("]")
    else:
        ln.t(json.dumps(obj, ensure_ascii=ascii))
    return ln


def J(family, obj, ascii=True, sep=(",", ":")):
    ln = jemit(Line(family), obj, ascii, sep)
    ln.is_json = True
    return ln


# ------------------------------------------------------------ number makers
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


def card_pan(prefix="4", length=16):
    body = prefix + digits(length - len(prefix) - 1)
    return body + luhn_digit(body)


def imei():
    body = R.choice(["35693803", "35328811", "35925406"]) + digits(6)
    return body + luhn_digit(body)


def npi():
    body = R.choice("12") + digits(8)
    return body + luhn_digit("80840" + body)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN = A + "0123456789"
    return (R.choice("123456789") + R.choice(A) + R.choice(AN) + R.choice("0123456789")
            + R.choice(A) + R.choice(AN) + R.choice("0123456789") + R.choice(A)
            + R.choice(A) + R.choice("0123456789") + R.choice("0123456789"))


VIN_T = {**{str(i): i for i in range(10)},
         **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
         "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi_vds):
    v = wmi_vds + "0" + R.choice("LMNPR") + R.choice("ABCDU") + digits(6)
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    return v[:8] + ("X" if s == 10 else str(s)) + v[9:]


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def mac(oui):
    return oui + ":" + ":".join(hexs(2) for _ in range(3))


def slug(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in s.lower() if c.isalnum())


# ------------------------------------------------------------------ people
TODAY = dt.date(2024, 10, 17)

STAFF_RN = ["Kagiso Mbatha, RN", "Teresa Lindgren, RN", "Marcus Oyelowo, LPN", "Annika Haugen, RN"]
STAFF_RN_ID = ["KMBATHA", "TLINDGREN", "MOYELOWO", "AHAUGEN"]
STAFF_RD = ["Marisol Reyes, RD", "Ben Whitlock, RD, CEDS"]
STAFF_TH = ["Dana Whitfield, LCSW", "Oren Katz, PsyD", "Imani Brooks, LMFT"]
STAFF_MD = ("Rajiv Menon, MD", npi())
STAFF_ADM = ["Kelsey Dunmore", "Paolo Ferri"]
HORSES = ["Biscuit", "Juniper", "Dolly", "Major Tom", "Sundance", "Pepper"]
COTTAGES = ["Aspen", "Sage", "Willow", "Tamarack"]

PAYERS = [
    ("Regence BlueCross BlueShield of Oregon", "00851", lambda: "ZGN" + digits(9)),
    ("Premera Blue Cross", "47570", lambda: "PBC" + digits(9)),
    ("Aetna", "60054", lambda: "W" + digits(9)),
    ("Cigna", "62308", lambda: "U" + digits(8) + "01"),
    ("PacificSource Health Plans", "93029", lambda: digits(9) + "01"),
    ("Oregon Health Plan", "OROHP", lambda: R.choice("ABCDEFGHJKLMNPRSTUVWXY") + R.choice("ABCDEFGHJKLMNPRSTUVWXY") + digits(6)),
]

# first, last, preferred, age, city, state, zip, area, street, relatives[(first,last,rel)], level, payer idx
RAW = [
    ("Hazel", "Okonkwo-Barrett", None, 15, "Bend", "OR", "97702", "541", "61 Larkspur Ln",
     [("Ngozi", "Okonkwo", "Mother"), ("Declan", "Barrett", "Father")], "RTC", 0),
    ("Mía", "Fernández de la Vega", None, 16, "Portland", "OR", "97214", "503", "2270 SE Salmon St Apt 4",
     [("Lucía", "de la Vega Ortiz", "Mother")], "RTC", 5),
    ("Autumn", "Rivers", None, 22, "Boise", "ID", "83706", "208", "1189 W Hays St",
     [("Sky", "Rivers", "Sibling")], "RTC", 2),
    ("Priya", "Raghunathan", None, 17, "Bellevue", "WA", "98004", "425", "10650 NE 9th Pl #1207",
     [("Venkatesh", "Raghunathan", "Father"), ("Lakshmi", "Iyer", "Mother")], "RTC", 1),
    ("Thị Lan", "Nguyễn", "Lana", 19, "Seattle", "WA", "98118", "206", "5816 S Holly St",
     [("Thị Mai", "Trần", "Mother")], "PHP", 1),
    ("Yael", "Ben-David", None, 14, "Portland", "OR", "97219", "971", "7740 SW 35th Ave",
     [("Avi", "Ben-David", "Father"), ("Rachel", "Stein", "Mother")], "RTC", 3),
    ("Dakota", "Whitehorse", None, 31, "Pendleton", "OR", "97801", "541", "415 SE Byers Ave",
     [("Jordan", "Finch", "Partner")], "RTC", -1),
    ("Faith", "Goodman", None, 16, "Eugene", "OR", "97405", "541", "3345 Storey Blvd",
     [("Hope", "Goodman", "Mother"), ("Carl", "Goodman", "Father")], "RTC", 4),
    ("Noor", "Al-Hashimi", None, 20, "Beaverton", "OR", "97006", "503", "16210 NW Avondale Dr",
     [("Sami", "Al-Hashimi", "Brother")], "IOP", 2),
    ("Rowan", "Baker", None, 15, "Hood River", "OR", "97031", "541", "1402 May St",
     [("Wren", "Baker-Sato", "Parent")], "RTC", 0),
    ("Joy", "Lindqvist", None, 18, "Corvallis", "OR", "97330", "541", "2965 NW Harrison Blvd",
     [("Ingrid", "Lindqvist", "Mother")], "PHP", 4),
    ("Liam", "O'Shaughnessy", None, 17, "Redmond", "OR", "97756", "541", "2188 SW Obsidian Ave",
     [("Patrick", "O'Shaughnessy", "Father")], "RTC", 3),
]
ALUMNI_RAW = [
    ("Brooke", "Summers", 27, "541"), ("Chloe", "St. James", 24, "541"),
    ("Sienna", "Marchetti", 29, "509"), ("Amara", "Ndiaye", 23, "503"),
    ("Tomás", "Oyelaran-Smith", 26, "971"), ("Summer", "Day", 21, "208"),
    ("Kaia", "Ahmadzai", 25, "425"), ("Madison", "Park", 30, "206"),
]
MAIL_DOMAINS = ["gmail.com", "icloud.com", "yahoo.com", "outlook.com", "comcast.net", "proton.me"]


def phone(area):
    return "%s%d%02d%04d" % (area, R.randint(2, 9), R.randint(10, 99), R.randint(0, 9999))


def fmt_phone(d, style):
    if style == 0:
        return "(%s) %s-%s" % (d[:3], d[3:6], d[6:])
    if style == 1:
        return "%s-%s-%s" % (d[:3], d[3:6], d[6:])
    if style == 2:
        return "+1" + d
    return "%s.%s.%s" % (d[:3], d[3:6], d[6:])


def email_of(first, last):
    f, l = slug(first), slug(last)
    pat = R.randint(0, 3)
    local = [f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l[:4]][pat]
    return local + "@" + R.choice(MAIL_DOMAINS)


def dob_for(age):
    return dt.date(TODAY.year - age - 1, TODAY.month, TODAY.day) + dt.timedelta(days=R.randint(1, 364))


CLIENTS = []
for (first, last, pref, age, city, st, zp, area, street, rels, level, pidx) in RAW:
    c = dict(first=first, last=last, pref=pref or first, age=age, city=city, state=st,
             zip=zp, street=street, level=level)
    c["full"] = first + " " + last
    c["dob"] = dob_for(age)
    c["mrn"] = "CH-%06d" % R.randint(1000, 9999)
    c["ptid"] = str(R.randint(10200, 10999))
    c["acct"] = "A" + digits(8)
    c["phone"] = phone(area)
    c["email"] = email_of(c["pref"], last)
    c["admit"] = TODAY - dt.timedelta(days=R.randint(3, 62))
    c["cottage"] = R.choice(COTTAGES)
    c["room"] = R.randint(1, 6)
    if pidx == -1:
        c["payer"] = ("Medicare Part A/B (Noridian JE)", "CMS", None)
        c["member"] = mbi()
    else:
        c["payer"] = PAYERS[pidx]
        c["member"] = PAYERS[pidx][2]()
    c["group"] = digits(7) if pidx not in (-1, 5) else ""
    c["auth"] = "PA" + digits(10)
    c["rels"] = []
    for (rf, rl, rel) in rels:
        c["rels"].append(dict(first=rf, last=rl, full=rf + " " + rl, rel=rel,
                              phone=phone(area), email=email_of(rf, rl)))
    c["minor"] = age < 18
    c["home_scale_sn"] = "WBS05-" + digits(4) + hexs(6).upper() if level in ("PHP", "IOP") else None
    c["home_scale_mac"] = mac("00:24:e4") if level in ("PHP", "IOP") else None
    c["imei"] = imei()
    c["gssn"] = ssn()
    c["sfid"] = "a0R5e0000" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(6)) + "EAF"
    CLIENTS.append(c)

ALUMNI = []
for (first, last, age, area) in ALUMNI_RAW:
    ALUMNI.append(dict(first=first, last=last, full=first + " " + last, age=age,
                       phone=phone(area), email=email_of(first, last),
                       cid=str(R.randint(20010000, 20099999)),
                       dis=TODAY - dt.timedelta(days=R.randint(200, 1400)),
                       track=R.choice(["RTC>PHP>IOP", "RTC", "PHP>IOP", "Adolescent RTC"])))


def cl():
    return R.choice(CLIENTS)


def guardian(c):
    return c["rels"][0]


def pub_ip():
    while True:
        a = R.choice([24, 50, 67, 71, 73, 76, 97, 98, 107, 174, 184, 216])
        ip = "%d.%d.%d.%d" % (a, R.randint(1, 254), R.randint(0, 255), R.randint(1, 254))
        return ip


def initials_name(c):
    return c["pref"] + " " + c["last"][0] + "."


# ------------------------------------------------------------------- times
def utc(ts):
    return ts + dt.timedelta(hours=7)


def iso_z(ts, ms=True):
    u = utc(ts)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + (".%03dZ" % R.randint(0, 999) if ms else "Z")


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d_x12(d):
    return d.strftime("%Y%m%d")


# ---------------------------------------------------------------- families
def g_crm(phi, ts):
    ts_s = iso_z(ts)
    if not phi:
        kind = R.randint(0, 2)
        if kind == 0:
            return [J("crm_json", {"ts": ts_s, "level": "INFO", "logger": "sf.inquiry.sync",
                                   "event": "batch.complete", "records": R.randint(3, 60),
                                   "duration_ms": R.randint(300, 4200), "api_version": "v59.0",
                                   "sfdc_org": "00D5e000003AbCdEAK", "run_id": uuid4()}, ascii=False)]
        if kind == 1:
            return [J("crm_json", {"ts": ts_s, "level": "WARN", "logger": "sf.inquiry.sync",
                                   "event": "api.limit", "daily_api_requests_remaining": R.randint(8000, 14000),
                                   "retry_after_s": R.choice([30, 60, 120]), "endpoint": "/services/data/v59.0/composite/sobjects"}, ascii=False)]
        return [J("crm_json", {"ts": ts_s, "level": "INFO", "logger": "sf.flow",
                               "event": "Admissions_Daily_Census", "site": "Cedar Hollow Retreat - Sisters",
                               "site_phone": "(541) 549-0300", "site_email": "admissions@" + ORG_DOMAIN,
                               "census_rtc": R.randint(18, 24), "census_php": R.randint(6, 12),
                               "beds_open": R.randint(0, 4), "owner": R.choice(STAFF_ADM)}, ascii=False)]
    c = cl()
    g = guardian(c)
    rec = {"ts": ts_s, "level": "INFO", "logger": "sf.inquiry.sync", "event": "Inquiry__c.upsert",
           "Id": P(c["sfid"], "other_id"),
           "Caller_Name__c": P(g["full"] if c["minor"] else c["full"], "name"),
           "Relationship__c": g["rel"] if c["minor"] else "Self"}
    if c["minor"]:
        rec["Prospect_Name__c"] = P(c["full"], "name")
    rec["Prospect_DOB__c"] = P(d_iso(c["dob"]), "date")
    rec["Age__c"] = c["age"]
    rec["Phone__c"] = P(fmt_phone(g["phone"] if c["minor"] else c["phone"], 0), "phone")
    rec["Email__c"] = P(g["email"] if c["minor"] else c["email"], "email")
    rec["MailingCity"] = P(c["city"], "address")
    rec["MailingState"] = c["state"]
    rec["MailingPostalCode"] = P(c["zip"], "zip")
    rec["Referral_Source__c"] = R.choice(["Outpatient therapist", "Pediatrician", "Google Ads - retreat", "Alumni referral", "School counselor"])
    rec["Referring_Provider__c"] = R.choice(["Dr. Lena Whitcombe, PsyD", "Samuel Orr, MD", "n/a"])
    rec["Primary_Dx__c"] = R.choice(["F50.01", "F50.02", "F50.2", "F50.82", "F50.9"])
    rec["Stage__c"] = R.choice(["Admitted", "Admitted", "Discharge Planning", "Alumni Handoff"])
    rec["Admit_Date__c"] = P(d_iso(c["admit"]), "date")
    rec["Owner"] = R.choice(STAFF_ADM)
    return [J("crm_json", rec, ascii=False)]


def g_vob(phi, ts):
    base = ["ts=" + iso_z(ts), "level=" + ("info" if R.random() < .8 else "warn"), "svc=vob-worker"]
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            s = " ".join(base) + ' msg="clearinghouse poll" clearinghouse=availity pending=%d batch=%s latency_ms=%d' % (R.randint(0, 6), "B" + digits(8), R.randint(80, 2200))
        elif k == 1:
            s = " ".join(base) + ' msg="payer timeout, will retry" payer_id=%s attempt=%d backoff=%ds trace_id=%s' % (R.choice(["00851", "60054", "62308", "93029"]), R.randint(1, 3), R.choice([15, 30, 60]), hexs(32))
        else:
            s = " ".join(base) + ' msg="daily VOB summary" verified=%d denied=%d needs_pa=%d avg_turnaround_h=%.1f' % (R.randint(3, 9), R.randint(0, 2), R.randint(1, 5), R.uniform(2, 30))
        return [L("vob_logfmt", s)]
    c = cl()
    g = guardian(c)
    ln = L("vob_logfmt", " ".join(base), ' msg="eligibility response parsed" payer="', c["payer"][0], '" payer_id=', c["payer"][1],
           " member_id=", (c["member"], "health_plan"))
    if c["group"]:
        ln.add(" grp=", c["group"])
    if c["minor"]:
        ln.add(' sub_name="', (g["full"], "name"), '" rel=19 dep_name="', (c["full"], "name"), '"')
    else:
        ln.add(' sub_name="', (c["full"], "name"), '" rel=18')
    ln.add(" dob=", (d_x12(c["dob"]), "date"))
    r = R.random()
    if r < 0.45:
        ln.add(" guarantor_ssn=" if c["minor"] else " sub_ssn=", (c["gssn"], "ssn"))
    elif r < 0.55:
        ln.add(" guarantor_ssn=000-00-0000" if c["minor"] else " sub_ssn=000-00-0000")
    ln.add(" rtc_benefit=", R.choice(["covered", "covered", "not_covered", "covered_oon"]),
           " prior_auth_req=", R.choice(["true", "false"]))
    if R.random() < 0.6:
        ln.add(" auth_ref=", (c["auth"], "other_id"))
    ln.add(" acct=", (c["acct"], "account"), " trace_id=", hexs(32))
    return [ln]


def g_x12(phi, ts):
    c = cl()
    g = guardian(c)
    ctl = "%09d" % R.randint(4000, 9999)
    isa_d = utc(ts).strftime("%y%m%d")
    isa_t = utc(ts).strftime("%H%M")
    out = []
    F = "x12"
    out.append(L(F, "ISA*00*          *00*          *ZZ*CEDARHOLLOW    *ZZ*AVAILITY       *%s*%s*^*00501*%s*0*P*:~" % (isa_d, isa_t, ctl)))
    out.append(L(F, "GS*HS*CEDARHOLLOW*AVAILITY*%s*%s*%d*X*005010X279A1~" % (utc(ts).strftime("%Y%m%d"), isa_t, int(ctl))))
    out.append(L(F, "ST*270*0001*005010X279A1~"))
    out.append(L(F, "BHT*0022*13*%s*%s*%s~" % ("VOB" + digits(7), utc(ts).strftime("%Y%m%d"), isa_t)))
    out.append(L(F, "HL*1**20*1~"))
    out.append(L(F, "NM1*PR*2*%s*****PI*%s~" % (c["payer"][0].upper()[:35], c["payer"][1])))
    out.append(L(F, "HL*2*1*21*1~"))
    out.append(L(F, "NM1*1P*2*CEDAR HOLLOW WELLNESS AND RECOVERY*****XX*%s~" % NPI_ORG))
    out.append(L(F, "N3*4410 JUNIPER RIDGE RD~"))
    out.append(L(F, "N4*SISTERS*OR*97759~"))
    out.append(L(F, "HL*3*2*22*%d~" % (1 if c["minor"] else 0)))
    out.append(L(F, "TRN*1*%s*9CEDARHOLL~" % ("93" + digits(8))))
    sub_last, sub_first = (g["last"], g["first"]) if c["minor"] else (c["last"], c["first"])
    out.append(L(F, "NM1*IL*1*", (sub_last.upper(), "name"), "*", (sub_first.upper(), "name"), "****MI*", (c["member"], "health_plan"), "~"))
    if not c["minor"]:
        out.append(L(F, "DMG*D8*", (d_x12(c["dob"]), "date"), "*", "F" if R.random() < .85 else "M", "~"))
        out.append(L(F, "DTP*291*D8*", (d_x12(TODAY), "date"), "~"))
    else:
        out.append(L(F, "HL*4*3*23*0~"))
        out.append(L(F, "NM1*03*1*", (c["last"].upper(), "name"), "*", (c["first"].upper(), "name"), "~"))
        out.append(L(F, "DMG*D8*", (d_x12(c["dob"]), "date"), "~"))
        out.append(L(F, "DTP*291*D8*", (d_x12(TODAY), "date"), "~"))
    out.append(L(F, "EQ*%s~" % R.choice(["30", "MH", "A7", "CF"])))
    out.append(L(F, "SE*%d*0001~" % (len(out) - 1)))
    out.append(L(F, "GE*1*%d~" % int(ctl)))
    out.append(L(F, "IEA*1*%s~" % ctl))
    return out


def g_scale(phi, ts):
    ts_s = iso_z(ts)
    if not phi:
        k = R.randint(0, 2)
        sc = R.choice(FAC_SCALES)
        if k == 0:
            o = {"@timestamp": ts_s, "service": "scale-ingest", "level": "info", "msg": "device heartbeat",
                 "device": {"model": "Withings Body Pro 2", "sn": sc[0], "mac": sc[1], "fw": "1954", "site": "NURS-" + sc[2]},
                 "battery_pct": R.randint(20, 100), "rssi": -R.randint(40, 80), "span_id": hexs(16)}
        elif k == 1:
            o = {"@timestamp": ts_s, "service": "scale-ingest", "level": "info", "msg": "sync batch ok",
                 "source": "withings-partner-api", "notifications": R.randint(1, 12), "dedup_dropped": R.randint(0, 2),
                 "elapsed_ms": R.randint(90, 1500), "trace_id": hexs(32)}
        else:
            o = {"@timestamp": ts_s, "service": "scale-ingest", "level": "warn", "msg": "calibration check due",
                 "device": {"model": "Seca 769", "asset_tag": "CH-BIO-%04d" % R.randint(100, 400), "site": "NURS-" + sc[2]},
                 "last_cal": "2024-07-02", "vendor_ticket": "SECA-CS-" + digits(6)}
        return [J("scale_json", o)]
    c = cl()
    wt = round(R.uniform(38, 72), 1)
    if c["home_scale_sn"] and R.random() < 0.6:
        o = {"@timestamp": ts_s, "service": "scale-ingest", "level": "info", "msg": "home weigh-in received",
             "device": {"model": "Withings Body+ WBS05", "sn": P(c["home_scale_sn"], "device"), "mac": P(c["home_scale_mac"], "device")},
             "client_ref": P(c["mrn"], "mrn"), "program": c["level"], "weight_kg": wt, "blind": True,
             "notify_rd": R.choice(STAFF_RD), "trace_id": hexs(32)}
    else:
        sc = [s for s in FAC_SCALES if s[2] == c["cottage"].upper()[:3]] or FAC_SCALES
        sc = sc[0]
        o = {"@timestamp": ts_s, "service": "scale-ingest", "level": "info", "msg": "blind weight recorded",
             "device": {"model": "Withings Body Pro 2", "sn": sc[0], "site": "NURS-" + sc[2]},
             "client_ref": P(c["mrn"], "mrn"), "weight_kg": wt, "gown": True, "void_confirmed": R.random() < .9,
             "pct_ebw": round(R.uniform(72, 98), 1), "display_suppressed": True,
             "staff": R.choice(STAFF_RN_ID), "trace_id": hexs(32)}
    return [J("scale_json", o)]


def g_vitals(phi, ts):
    head = ts.strftime("%Y-%m-%d %H:%M:%S") + ",%03d " % R.randint(0, 999)
    if not phi:
        k = R.randint(0, 1)
        if k == 0:
            return [L("vitals_kv", head + "INFO  [vitals-sync] batch flushed n=%d took=%dms queue=0 ehr=kipu-bridge/2.8.4" % (R.randint(2, 20), R.randint(40, 900)))]
        return [L("vitals_kv", head + "DEBUG [vitals-sync] thresholds loaded profile=ED-ADOL-v7 hr_low=50 sbp_low=90 temp_low_f=96.0 ortho_delta_hr=20")]
    c = cl()
    hs = R.randint(42, 68)
    hst = hs + R.randint(8, 38)
    sb = R.randint(84, 108)
    lvl = "WARN  " if hs < 50 or hst - hs > 20 else "INFO  "
    ln = L("vitals_kv", head + lvl + "[vitals-sync] pt=", (c["mrn"], "mrn"),
           " bed=%s-%d HR_sup=%d HR_stand=%d BP_sup=%d/%d BP_stand=%d/%d temp_f=%.1f spo2=%d ortho_pos=%s taken_by=%s"
           % (c["cottage"][:3].upper(), c["room"], hs, hst, sb, R.randint(50, 68), sb - R.randint(0, 14), R.randint(48, 66),
              R.uniform(95.8, 98.4), R.randint(95, 100), "Y" if hst - hs > 20 else "N", R.choice(STAFF_RN_ID)))
    if hs < 50:
        ln.add(" escalation=paged oncall=", STAFF_MD[0].split(",")[0].replace(" ", "_"))
    return [ln]


MENU = [("Turkey avocado wrap", "S2P2F1"), ("Greek yogurt parfait", "S1D1FR1F1"), ("Chicken pesto pasta", "S3P2F2"),
        ("Veggie burrito bowl", "S2P1F1V1"), ("Salmon, rice, green beans", "S2P3F1V1"), ("Pancakes + eggs + OJ", "S3P2F1FR1")]


def g_meal(phi, ts):
    if not phi:
        k = R.randint(0, 1)
        if k == 0:
            return [L("meal_pipe", "HDR|PlateTrack|v4.2.1|export=meals|site=CHR-SISTERS|rows=%d|generated=%s" % (R.randint(20, 70), iso_z(ts, False)))]
        m = R.choice(MENU)
        return [L("meal_pipe", "MENU|%s|%s|%s|SKU FD-%05d|exch=%s|lot=%s|vendor=Sysco Portland" % (d_iso(TODAY + dt.timedelta(days=R.randint(0, 6))), R.choice("BLDS"), m[0], R.randint(10000, 40000), m[1], "L" + digits(6)))]
    c = cl()
    m = R.choice(MENU)
    pct = R.choice([25, 50, 75, 100, 100, 100])
    ln = L("meal_pipe", "MEAL|", (d_iso(TODAY), "date"), "|", ts.strftime("%H:%M"), "|", R.choice("BLDS"), "|",
           (c["ptid"], "mrn"), "|", (initials_name(c), "name"), "|", c["cottage"][:3].upper(),
           "|plan=%dkcal|exch=%s|pct=%d|supp=%s|obs=%s|flags=%s" % (
               R.choice([2400, 2800, 3000, 3400, 3800]), m[1], pct,
               "Boost Plus 1x" if pct < 100 else "none", R.choice(STAFF_RD + STAFF_RN).split(",")[0],
               R.choice(["none", "slow", "hid_food", "cutting_small", "none", "none"]) if pct < 100 else "none"))
    return [ln]


def g_fhir(phi, ts):
    if not phi:
        k = R.randint(0, 1)
        if k == 0:
            return [J("fhir", {"resourceType": "OperationOutcome", "id": uuid4(), "issue": [{"severity": "error", "code": "not-found",
                    "diagnostics": "Resource Patient/%s is not known" % uuid4()}]})]
        return [J("fhir", {"resourceType": "Bundle", "id": uuid4(), "type": "searchset", "total": R.randint(0, 40),
                           "link": [{"relation": "self", "url": "https://fhir.%s/r4/Observation?code=http://loinc.org|29463-7&_lastUpdated=gt2024-10-16&_count=50" % ORG_DOMAIN}],
                           "meta": {"lastUpdated": iso_z(ts)}})]
    c = cl()
    if R.random() < 0.7:
        o = {"resourceType": "Observation", "id": uuid4(), "status": "final",
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "vital-signs"}]}],
             "code": {"coding": [{"system": "http://loinc.org", "code": "29463-7", "display": "Body weight"}]},
             "subject": {"reference": S("Patient/", (c["mrn"], "mrn"))},
             "effectiveDateTime": P(d_iso(TODAY) + "T" + ts.strftime("%H:%M:00") + "-07:00", "date"),
             "valueQuantity": {"value": round(R.uniform(38, 72), 1), "unit": "kg", "system": "http://unitsofmeasure.org", "code": "kg"},
             "performer": [{"reference": "Practitioner/" + R.choice(STAFF_RN_ID).lower()}]}
        return [J("fhir", o, ascii=False)]
    photo = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(120)) + "=="
    o = {"resourceType": "Patient", "id": c["mrn"].lower(),
         "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": P(c["mrn"], "mrn")}],
         "name": [{"use": "official", "text": P(c["full"], "name")}],
         "gender": R.choice(["female", "female", "male", "other"]), "birthDate": P(d_iso(c["dob"]), "date"),
         "address": [{"line": [P(c["street"], "address")], "city": P(c["city"], "address"), "state": c["state"], "postalCode": P(c["zip"], "zip")}],
         "photo": [{"contentType": "image/jpeg", "data": P(photo, "photo")}],
         "managingOrganization": {"reference": "Organization/cedar-hollow-sisters"}}
    return [J("fhir", o, ascii=False)]


def g_zoom(phi, ts):
    ets = int((utc(ts) - dt.datetime(1970, 1, 1)).total_seconds() * 1000) + R.randint(0, 999)
    room = R.choice(ZOOM_ROOMS)
    if not phi:
        k = R.randint(0, 1)
        if k == 0:
            return [J("zoom_webhook", {"event": "meeting.started", "event_ts": ets, "payload": {"account_id": "vQ3xk2LmT8uZr0aP1bC7nA",
                      "object": {"id": room[0], "uuid": hexs(22) + "==", "host_id": room[1], "topic": R.choice(["Clinical Team Huddle", "Treatment Team - Aspen", "DBT Skills (staff consult)", "Utilization Review call"]),
                                 "type": 8, "start_time": iso_z(ts, False), "timezone": "America/Los_Angeles", "duration": 60}}})]
        return [J("zoom_webhook", {"event": "recording.completed", "event_ts": ets, "payload": {"account_id": "vQ3xk2LmT8uZr0aP1bC7nA",
                  "object": {"id": room[0], "host_email": room[2], "topic": "Staff In-service: Refeeding Syndrome", "recording_count": 2,
                             "total_size": R.randint(40_000_000, 900_000_000), "share_url": "https://us06web.zoom.us/rec/share/" + hexs(40)}}})]
    c = cl()
    rel = R.choice(c["rels"])
    fam = c["last"].split()[-1] if " " in c["last"] else c["last"]
    o = {"event": "meeting.participant_joined", "event_ts": ets,
         "payload": {"account_id": "vQ3xk2LmT8uZr0aP1bC7nA",
                     "object": {"id": room[0], "uuid": hexs(22) + "==", "host_id": room[1],
                                "topic": S("Family Session \u2013 ", (fam, "name")),
                                "participant": {"user_id": str(R.randint(16778240, 16800000)), "user_name": P(rel["full"], "name"),
                                                "email": P(rel["email"], "email"), "join_time": iso_z(ts, False),
                                                "ip_address": P(pub_ip(), "ip"), "participant_uuid": uuid4().upper()}}}}
    return [J("zoom_webhook", o, ascii=True)]


UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
      "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.100 Mobile Safari/537.36"]


def g_nginx(phi, ts):
    t = ts.strftime("[%d/%b/%Y:%H:%M:%S -0700]")
    rt = "rt=%.3f uct=%.3f" % (R.uniform(0.002, 0.9), R.uniform(0, 0.01))
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            return [L("nginx", '10.20.1.%d - - %s "GET /healthz HTTP/1.1" 200 2 "-" "ELB-HealthChecker/2.0" %s' % (R.randint(4, 9), t, rt))]
        if k == 1:
            path = R.choice(["/programs/equine-therapy", "/programs/adolescent-residential", "/retreat/yoga-and-nutrition", "/insurance-we-accept", "/blog/what-is-arfid", "/robots.txt"])
            return [L("nginx", '66.249.66.%d - - %s "GET %s HTTP/1.1" 200 %d "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" %s' % (R.randint(1, 200), t, path, R.randint(2000, 60000), rt))]
        if k == 2:
            return [L("nginx", '%s - - %s "GET /assets/app-%s.js HTTP/2.0" 200 %d "https://family.%s/dashboard" "%s" %s' % (pub_ip(), t, hexs(8), R.randint(90000, 400000), ORG_DOMAIN, R.choice(UA), rt))]
        return [L("nginx", '185.220.101.%d - - %s "POST /wp-login.php HTTP/1.1" 404 153 "-" "Mozilla/5.0" %s' % (R.randint(1, 250), t, rt))]
    c = cl()
    g = guardian(c)
    ip = pub_ip()
    if R.random() < 0.15:
        target = "/portal/invite/accept?email=%s&token=%s" % (urllib.parse.quote(g["email"], safe=""), hexs(24))
        st, sz = 302, 0
    else:
        target = "/portal/api/v2/clients/%s/%s" % (c["mrn"], R.choice(["schedule?week=current", "messages?unread=1", "meal-support/summary", "family-sessions", "documents/consents", "passes"]))
        st, sz = R.choice([200, 200, 200, 304, 401]), R.randint(200, 9000)
    return [L("nginx", (ip, "ip"), " - - ", t, ' "', R.choice(["GET", "GET", "POST"]) if "invite" not in target else "GET", " ", (target, "url"),
              ' HTTP/2.0" %d %d "https://family.%s/dashboard" "%s" %s' % (st, sz, ORG_DOMAIN, R.choice(UA), rt))]


DRUGS = [("00093-7180-56", "Sertraline 50 mg tab", "1", "TAB", "PO"), ("00378-3617-93", "Olanzapine 2.5 mg tab", "1", "TAB", "PO"),
         ("0904-6742-61", "Multivitamin with minerals tab", "1", "TAB", "PO"), ("00054-0019-25", "Potassium phosphate 250 mg tab", "2", "TAB", "PO"),
         ("60258-0160-01", "Fluoxetine 20 mg cap", "1", "CAP", "PO"), ("0536-3585-01", "Docusate sodium 100 mg cap", "1", "CAP", "PO")]


def g_hl7(phi, ts):
    c = cl()
    F = "hl7"
    msh_t = ts.strftime("%Y%m%d%H%M%S")
    cid = "RAS" + digits(7)
    d = R.choice(DRUGS)
    nurse = R.randrange(len(STAFF_RN_ID))
    nm = STAFF_RN[nurse].split(",")[0].split()
    admin = ts - dt.timedelta(minutes=R.randint(1, 9))
    out = [L(F, "MSH|^~\\&|KIPU_EMAR|CHR_SISTERS|OMNICELL|CHR_SISTERS|%s||RAS^O17^RAS_O17|%s|P|2.5.1|||AL|NE" % (msh_t, cid)),
           L(F, "PID|1||", (c["mrn"], "mrn"), "^^^CHR^MR||", (c["last"] + "^" + c["first"], "name"), "^^^^L||",
             (d_x12(c["dob"]), "date"), "|", "F|||", (c["street"], "address"), "^^", (c["city"], "address"), "^", c["state"], "^", (c["zip"], "zip"), "^USA"),
           L(F, "PV1|1|I|%s^%d^A^CHR_SISTERS||||%s^Menon^Rajiv^^^^MD" % (c["cottage"].upper(), c["room"], STAFF_MD[1])),
           L(F, "ORC|RE|ORD%s|%s||CM" % (digits(6), digits(8))),
           L(F, "RXA|0|1|", (admin.strftime("%Y%m%d%H%M"), "date"), "|", (admin.strftime("%Y%m%d%H%M"), "date"),
             "|%s^%s^NDC|%s|%s||||%s^%s^%s^^^^RN||||LOT %s|%s|||CP|A" % (d[0], d[1], d[2], d[3], STAFF_RN_ID[nurse], nm[1], nm[0], R.choice("ABCHK") + digits(4) + R.choice("ABC"), (TODAY + dt.timedelta(days=R.randint(120, 700))).strftime("%Y%m%d"))),
           L(F, "RXR|%s" % d[4])]
    if R.random() < 0.5:
        out.append(L(F, "MSH|^~\\&|OMNICELL|CHR_SISTERS|KIPU_EMAR|CHR_SISTERS|%s||ACK^O17^ACK|%s|P|2.5.1" % ((ts + dt.timedelta(seconds=1)).strftime("%Y%m%d%H%M%S"), "A" + digits(9))))
        out.append(L(F, "MSA|AA|%s" % cid))
    return out


def g_adc(phi, ts):
    t = ts.strftime("%Y%m%d %H%M%S")
    cab = "CAB-%s-01" % R.choice(COTTAGES)[:3].upper()
    d = R.choice(DRUGS)
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            return [L("adc_fixed", "%s %-12s %-6s %-8s %-32s QTY %03d USR %-10s PT %-10s %-28s" % (t, cab, "D%d-%02d" % (R.randint(1, 6), R.randint(1, 12)), "REFILL", d[1].upper()[:32], R.randint(20, 90), "PHARMTECH1", "----------", "PHARMACY RESTOCK / PO " + digits(6)))]
        if k == 1:
            return [L("adc_fixed", "%s %-12s %-6s %-8s %-32s QTY %03d USR %-10s PT %-10s %-28s" % (t, cab, "------", "HEARTBT", "LINK OK " + "v12.4.2.118", 0, "SYSTEM", "----------", "LAT %dMS" % R.randint(3, 80)))]
        return [L("adc_fixed", "%s %-12s %-6s %-8s %-32s QTY %03d USR %-10s PT %-10s %-28s" % (t, cab, "D%d-%02d" % (R.randint(1, 6), R.randint(1, 12)), "COUNT", d[1].upper()[:32], R.randint(10, 60), R.choice(STAFF_RN_ID)[:10], "----------", "BLIND COUNT OK W/ " + R.choice(STAFF_RN_ID)[:9]))]
    c = cl()
    nm = (c["last"] + ", " + c["first"]).upper()
    nm = unicodedata.normalize("NFKD", nm)
    nm = "".join(ch for ch in nm if not unicodedata.combining(ch))[:28]
    act = R.choice(["REMOVE", "REMOVE", "REMOVE", "WASTE", "RETURN"])
    return [L("adc_fixed", "%s %-12s %-6s %-8s %-32s QTY %03d USR %-10s PT " % (t, cab, "D%d-%02d" % (R.randint(1, 6), R.randint(1, 12)), act, d[1].upper()[:32], int(d[2]), R.choice(STAFF_RN_ID)[:10]),
              (c["mrn"], "mrn"), " " * (10 - len(c["mrn"])), " ", (nm, "name"), " " * (28 - len(nm)))]


ALUMNI_HDR = "record_id,first_name,last_name,email,mobile,program_track,discharge_date,alumni_status,sms_opt_in,owner"


def g_alumni(phi, ts):
    F = "alumni_csv"
    if not phi:
        out = [L(F, "campaign_id,campaign_name,channel,sent,delivered,opened,clicked,unsubscribed,send_date")]
        for _ in range(R.randint(1, 3)):
            out.append(L(F, "%d,%s,%s,%d,%d,%d,%d,%d,%s" % (R.randint(1000, 9999), R.choice(["Fall Alumni Potluck", "Recovery Month Newsletter", "Equine Open Barn Day", "Parent Support Group Nov"]),
                                                         R.choice(["email", "sms"]), R.randint(100, 400), R.randint(90, 390), R.randint(20, 200), R.randint(1, 60), R.randint(0, 4), "2024-10-%02d" % R.randint(1, 16))))
        return out
    out = [L(F, ALUMNI_HDR)]
    for a in R.sample(ALUMNI, R.randint(2, 4)):
        out.append(L(F, (a["cid"], "other_id"), ",", (a["first"], "name"), ",", (a["last"], "name"), ",", (a["email"], "email"), ",",
                     (fmt_phone(a["phone"], 1), "phone"), ",", a["track"], ",", (d_us(a["dis"]), "date"), ",",
                     R.choice(["Active - Mentor", "Active", "Lapsed", "Do Not Contact"]), ",", R.choice(["Y", "N"]), ",", "Tasha Greenleaf"))
    return out


def g_sms(phi, ts):
    sid = "SM" + hexs(32)
    dc = utc(ts).strftime("%a, %d %b %Y %H:%M:%S +0000")
    if not phi:
        return [J("sms_json", {"MessageSid": sid, "AccountSid": "AC" + hexs(32), "From": "+15415490300", "To": "+1541" + R.choice(["3170022", "3170088"]),
                               "Body": R.choice(["PAGE: Sage cottage census %d/12, %d admits pending VOB" % (R.randint(8, 12), R.randint(0, 3)),
                                                 "PAGE: Omnicell CAB-TAM-01 offline >10 min, pharmacy notified",
                                                 "Reminder: staff in-service on refeeding syndrome 14:00, Lodge conf room"]),
                               "Status": "delivered", "NumSegments": "1", "DateCreated": dc, "ApiVersion": "2010-04-01"})]
    if R.random() < 0.45:
        a = R.choice(ALUMNI)
        body = S("Hi ", (a["first"], "name"), "! Cedar Hollow alumni potluck is Sat 11/9, 5pm at the Lodge (4410 Juniper Ridge Rd, Sisters). RSVP: alumni@" + ORG_DOMAIN + " Reply STOP to opt out.")
        return [J("sms_json", {"MessageSid": sid, "AccountSid": "AC" + hexs(32), "From": "+15415490311", "To": P("+1" + a["phone"], "phone"),
                               "Body": body, "Status": "delivered", "NumSegments": "2", "DateCreated": dc, "Direction": "outbound-api"})]
    c = cl()
    g = R.choice(c["rels"])
    sdate = TODAY + dt.timedelta(days=R.randint(0, 3))
    body = R.choice([
        S("Hi this is ", (g["first"], "name"), ", ", (c["pref"], "name"), "'s ", g["rel"].lower(), ". Running ~15 min late for the family session ", ("%d/%d" % (sdate.month, sdate.day), "date"), ", sorry!"),
        S("Can we move ", (c["pref"], "name"), "'s pass to ", sdate.strftime("%a "), ("%d/%d" % (sdate.month, sdate.day), "date"), "? Thx - ", (g["full"], "name")),
        S("Ok thank you. Will bring ", (c["pref"], "name"), " the riding boots for equine Saturday"),
    ])
    return [J("sms_json", {"MessageSid": sid, "AccountSid": "AC" + hexs(32), "From": P("+1" + g["phone"], "phone"), "To": "+15415490311",
                           "Body": body, "Status": "received", "NumSegments": "1", "DateCreated": dc, "Direction": "inbound"}, ascii=True)]


def g_syslog(phi, ts):
    h = ts.strftime("%b %d %H:%M:%S")
    if not phi:
        k = R.randint(0, 6)
        if k == 0:
            return [L("syslog", "<134>%s fw-edge-01 filterlog[4412]: 5,,,1000000103,igb0,match,block,in,4,0x0,,%d,%d,0,DF,6,tcp,60,%s,198.51.100.24,%d,22,0,S,%d,,64240,,mss;sackOK;TS;nop;wscale"
                      % (h, R.randint(40, 250), R.randint(1000, 65000), R.choice(["45.155.205.233", "193.32.162.71", "80.94.95.112"]), R.randint(1024, 65535), R.randint(10**8, 4 * 10**9)))]
        if k == 1:
            return [L("syslog", "<86>%s ehr-bastion sshd[%d]: Accepted publickey for deploy from 10.20.4.%d port %d ssh2: ED25519 SHA256:%s" % (h, R.randint(2000, 40000), R.randint(10, 40), R.randint(40000, 60000), hexs(22)))]
        if k == 2:
            return [L("syslog", "<78>%s ops-util01 CRON[%d]: (root) CMD (/usr/local/bin/backup-platetrack.sh --retain 14 --target s3://chr-backups-usw2/platetrack)" % (h, R.randint(2000, 9000)))]
        if k == 3:
            return [L("syslog", "<134>%s timeclock-01 tcd[811]: emp=%d punch=%s fp_match=0.%03d template=v3 door=STAFF-EAST" % (h, R.randint(1001, 1090), R.choice(["IN", "OUT"]), R.randint(900, 999)))]
        if k == 4:
            return [L("syslog", "<22>%s mail-relay postfix/smtp[%d]: %s: to=<%s>, relay=smtp.sendgrid.net[167.89.118.52]:587, delay=%.1f, delays=0.1/0/0.6/0.5, dsn=2.0.0, status=sent (250 Ok: queued as %s)"
                      % (h, R.randint(1000, 9000), hexs(10).upper(), R.choice(["ops-alerts@", "billing@", "pharmacy@"]) + ORG_DOMAIN, R.uniform(0.5, 3), hexs(12)))]
        if k == 5:
            return [L("syslog", "<30>%s ehr-bastion systemd[1]: Started Daily apt upgrade and clean activities." % h)]
        return [L("syslog", "<30>%s ap-lodge-02 hostapd: wlan1: STA %s IEEE 802.11: associated (aid %d) ssid=CH-Staff" % (h, mac("a4:83:e7"), R.randint(1, 40)))]
    c = cl()
    g = guardian(c)
    if R.random() < 0.5:
        return [L("syslog", "<22>%s mail-relay postfix/smtp[%d]: %s: to=<" % (h, R.randint(1000, 9000), hexs(10).upper()), (g["email"], "email"),
                  ">, relay=%s, delay=%.1f, delays=0.1/0/0.4/0.3, dsn=2.0.0, status=sent (250 2.0.0 OK %s)" % (MX.get(g["email"].split("@")[1], "mx.%s[%s]:25" % (g["email"].split("@")[1], "52.101.%d.%d" % (R.randint(1, 200), R.randint(1, 250)))), R.uniform(0.4, 2), hexs(16)))]
    dev = R.choice(["iPad", "iPhone", "Galaxy-S23"])
    return [L("syslog", "<30>%s gw-lodge dnsmasq-dhcp[921]: DHCPACK(br-guest) 10.44.0.%d " % (h, R.randint(20, 200)), (mac(R.choice(["3c:22:fb", "f0:99:b6", "8c:79:f5"])), "device"), " ",
              (slug(g["first"]).capitalize(), "name"), "s-" + dev)]


def g_stack(phi, ts):
    head = ts.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % R.randint(0, 999)
    F = "stacktrace"
    if not phi or R.random() < 0.3:
        if R.random() < 0.5:
            return [L(F, head + " ERROR [pool-3-thread-%d] c.c.integration.scale.WithingsClient - notify fetch failed" % R.randint(1, 8)),
                    L(F, "java.net.SocketTimeoutException: Read timed out"),
                    L(F, "\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)"),
                    L(F, "\tat okhttp3.internal.http1.Http1ExchangeCodec.readResponseHeaders(Http1ExchangeCodec.kt:196)"),
                    L(F, "\tat com.cedarhollow.integration.scale.WithingsClient.fetchMeasures(WithingsClient.java:142)"),
                    L(F, "\t... 14 common frames omitted")]
        return [L(F, "Traceback (most recent call last):"),
                L(F, '  File "/srv/platetrack/app/export.py", line 211, in write_rows'),
                L(F, "    row = fmt.format(**rec)"),
                L(F, "KeyError: 'exch'")]
    c = cl()
    if R.random() < 0.5:
        return [L(F, head + " ERROR [pool-3-thread-%d] c.c.integration.hl7.RasHandler - Failed to map PID-3 for message RAS%s" % (R.randint(1, 8), digits(7))),
                L(F, "java.lang.IllegalArgumentException: Unknown identifier type 'MRX' in ", (c["mrn"], "mrn"), "^^^CHR^MRX"),
                L(F, "\tat com.cedarhollow.integration.hl7.PidMapper.identifier(PidMapper.java:88)"),
                L(F, "\tat com.cedarhollow.integration.hl7.RasHandler.onMessage(RasHandler.java:61)"),
                L(F, "\tat ca.uhn.hl7v2.protocol.impl.ProcessorImpl.processIncoming(ProcessorImpl.java:276)"),
                L(F, "\t... 9 more")]
    g = guardian(c)
    if R.random() < 0.5:
        pfx = R.choice(["4", "51", "37"])
        pan = card_pan(pfx, 15 if pfx == "37" else 16)
        return [L(F, head + " ERROR deposit-svc [req %s] stripe.error.CardError: Your card was declined." % uuid4()),
                L(F, "Traceback (most recent call last):"),
                L(F, '  File "/srv/deposit/handlers.py", line 77, in create_deposit'),
                L(F, "    intent = stripe.PaymentIntent.create(amount=amt, currency='usd', payment_method=pm, metadata=meta)"),
                L(F, "  locals: meta={'guarantor': '", (g["full"], "name"), "', 'client_acct': '", (c["acct"], "account"), "', 'card_number': '", (pan, "account"), "', 'exp': '0%d/2%d'}" % (R.randint(1, 9), R.randint(6, 9))),
                L(F, "stripe.error.CardError: Request req_%s: Your card was declined. decline_code=insufficient_funds" % hexs(14))]
    acct = digits(12)
    return [L(F, head + " WARN  deposit-svc ACH mandate rejected (R03 No account/unable to locate)"),
            L(F, "  payload: {routing: 123006800, account: ", (acct, "account"), ", holder: ", (g["full"], "name"), ", client_acct: ", (c["acct"], "account"), "}")]


def g_sql(phi, ts):
    head = ts.strftime("%Y-%m-%d %H:%M:%S") + ".%03d PDT [%d] " % (R.randint(0, 999), R.randint(20000, 30000))
    if not phi:
        q = R.choice(["SELECT count(*) FROM meal_logs WHERE site_id = 3 AND meal_date = current_date",
                      "UPDATE scale_devices SET last_seen = now() WHERE sn = 'WBP2-0417A9C2'",
                      "VACUUM (ANALYZE) public.vitals",
                      "SELECT id, name, capacity FROM programme_sessions WHERE kind = 'equine' AND starts_at::date = current_date"])
        if R.random() < 0.5:
            return [L("sql", head + "LOG:  duration: %.3f ms  statement: %s" % (R.uniform(500, 4000), q))]
        return [L("sql", head + 'LOG:  AUDIT: SESSION,%d,1,READ,SELECT,,,"%s",<not logged>' % (R.randint(1, 400), q))]
    if R.random() < 0.4:
        a = R.choice(ALUMNI)
        return [L("sql", head + "LOG:  duration: %.3f ms  statement: UPDATE alumni_contacts SET email = '" % R.uniform(500, 3000), (a["email"], "email"),
                  "', sms_opt_in = true WHERE contact_id = ", (a["cid"], "other_id"))]
    c = cl()
    if R.random() < 0.5:
        return [L("sql", head + 'LOG:  AUDIT: SESSION,%d,1,READ,SELECT,,,"SELECT id, mrn, last_name, cottage FROM clients WHERE mrn = \'' % R.randint(1, 400),
                  (c["mrn"], "mrn"), '\'",<not logged>')]
    lname = c["last"].replace("'", "''")
    return [L("sql", head + "ERROR:  duplicate key value violates unique constraint \"clients_name_dob_key\" DETAIL: Key (last_name, dob)=(",
              (lname, "name"), ", ", (d_iso(c["dob"]), "date"), ") already exists.")]


def g_note(phi, ts):
    head = "[%s PDT] NOTE " % ts.strftime("%Y-%m-%d %H:%M")
    if not phi:
        return [L("note", head + R.choice([
            "Unit census %d. Fire drill completed 10:15, all cottages accounted for. -- %s" % (R.randint(18, 24), R.choice(STAFF_RN)),
            "Equine session moved to Arena B due to wind; horses %s and %s used, farrier (Dale Pruitt, Pruitt Farrier Svc) on site 13:00-14:30." % tuple(R.sample(HORSES, 2)),
            "Kitchen: Sysco delivery short 2 cs Greek yogurt (PO 448120); RD %s approved substitution per exchange list." % R.choice(STAFF_RD).split(",")[0],
            "Group 'Body Image & Mirrors' facilitated by %s; Client A and Client B shared; no safety concerns." % R.choice(STAFF_TH),
            "Yoga (gentle, trauma-informed) with Sunny Castellanos cancelled 16:00 due to smoke advisory, AQI 162."]))]
    c = cl()
    g = R.choice(c["rels"])
    k = R.randint(0, 3)
    who = R.choice(STAFF_RN)
    if k == 0:
        return [L("note", head, c["cottage"], ", D-shift. ", (c["pref"], "name"), " (", (c["mrn"], "mrn"),
                  ") completed %d%% of lunch with support, %s. %s " % (R.choice([75, 100]), R.choice(["no behaviours observed", "cutting food small, redirected x2", "post-meal bathroom supervision completed"]), g["rel"]),
                  (g["full"], "name"), " called at 13:10 re: weekend pass ", ((TODAY + dt.timedelta(days=2)).strftime("%m/%d"), "date"),
                  "; referred to primary therapist %s. -- %s" % (R.choice(STAFF_TH), who))]
    if k == 1:
        return [L("note", head, "Admission: ", (c["full"], "name"), ", DOB ", (d_us(c["dob"]), "date"), ", MRN ", (c["mrn"], "mrn"),
                  ". Personal property: iPhone IMEI ", (c["imei"], "device"), " secured in locker %d. Emergency contact " % R.randint(1, 30),
                  (g["full"], "name"), " (", g["rel"].lower(), ") ", (fmt_phone(g["phone"], 1), "phone"), ". -- " + who)]
    if k == 2:
        gm = R.choice(["grandmother", "grandfather", "great-aunt"])
        return [L("note", head, "Family therapy prep: ", (initials_name(c), "name"), "'s ", gm, " (age ", (str(R.randint(90, 96)), "age"),
                  ") will join by video from ", (R.choice(["Klamath Falls", "Yakima", "Twin Falls", "Roseburg"]), "address"),
                  "; session ", ((TODAY + dt.timedelta(days=R.randint(1, 5))).strftime("%m/%d/%Y"), "date"), " w/ " + R.choice(STAFF_TH))]
    return [L("note", head, "Orthostatic HR +%d on standing; " % R.randint(22, 35), (c["pref"], "name"), " placed on bedrest/no equine per ",
              STAFF_MD[0], ". Home address on file ", (c["street"], "address"), ", ", (c["city"], "address"), " ", c["state"], " ", (c["zip"], "zip"),
              " confirmed for discharge packet. -- " + who)]


def g_visitor(phi, ts):
    t = ts.strftime("%Y-%m-%dT%H:%M:%S-07:00")
    F = "visitor_xml"
    if not phi:
        k = R.randint(0, 1)
        if k == 0:
            return [L(F, '<VisitorEvent ts="%s" kiosk="LOBBY-01" type="CheckIn"><Visitor category="Vendor"><Name>Dale Pruitt</Name><Company>Pruitt Farrier Services</Company><Phone>(541) 480-2231</Phone></Visitor><Host>Jo Tanaka</Host><Badge>V-%03d</Badge></VisitorEvent>' % (t, R.randint(1, 60)))]
        return [L(F, '<KioskStatus ts="%s" kiosk="LOBBY-01" app="LobbyTrack" ver="8.3.1.442" printer="DYMO LW 550" labels_left="%d"/>' % (t, R.randint(30, 300)))]
    c = cl()
    g = R.choice(c["rels"])
    ln = L(F, '<VisitorEvent ts="%s" kiosk="LOBBY-01" type="CheckIn"><Visitor category="Family"><Name>' % t, (g["full"], "name"),
           "</Name><Relationship>", g["rel"], "</Relationship>")
    if R.random() < 0.6:
        st = R.choice(["OR", "WA", "ID"])
        dl = {"OR": lambda: digits(7), "WA": lambda: "WDL" + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9)), "ID": lambda: "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(6) + R.choice("ABCDEFGH")}[st]()
        ln.add('<IdDoc type="DL" state="', st, '">', (dl, "license"), "</IdDoc>")
    if R.random() < 0.6:
        plate = "%03d %s" % (R.randint(100, 999), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)))
        ln.add('<Vehicle plate="', (plate, "vehicle"), '" state="OR"')
        if R.random() < 0.4:
            ln.add(' vin="', (vin(R.choice(["1HGCV1F3", "5YJ3E1EA", "4S4BTANC", "1FTEW1EP"])), "vehicle"), '"')
        ln.add("/>")
    ln.add("</Visitor><Visiting>", (initials_name(c), "name"), "</Visiting><Host>", R.choice(STAFF_TH).split(",")[0],
           "</Host><Badge>V-%03d</Badge></VisitorEvent>" % R.randint(1, 60))
    return [ln]


SESS = [("EQ-GRP-%d", "Equine Therapy", "Arena A"), ("YOGA-%d", "Gentle Yoga (trauma-informed)", "Studio"),
        ("NUT-%d", "Nutrition Ed: Exchanges 101", "Teaching Kitchen"), ("EXP-%d", "Exposure Meal: Restaurant Outing", "Offsite - Sisters Bakery"),
        ("DBT-%d", "DBT Skills", "Lodge 2")]


def g_sched(phi, ts):
    F = "sched_tsv"
    s = R.choice(SESS)
    code = s[0] % R.randint(1, 4)
    start = ts.replace(minute=0, second=0) + dt.timedelta(hours=R.randint(1, 4))
    if not phi:
        fac = {"Equine Therapy": "Jo Tanaka, EAGALA", "Gentle Yoga (trauma-informed)": "Sunny Castellanos, E-RYT 500"}.get(s[1], R.choice(STAFF_RD + STAFF_TH))
        extra = "horse=" + ",".join(R.sample(HORSES, 2)) if s[1] == "Equine Therapy" else "equip=mats:8" if "Yoga" in s[1] else "-"
        return [L(F, "\t".join(["SESSION", start.strftime("%Y-%m-%dT%H:%M"), code, s[1], s[2], "fac=" + fac, extra, "cap=%d" % R.randint(6, 10), "enrolled=%d" % R.randint(3, 8)]))]
    c = cl()
    st = R.choice(["attended", "attended", "excused-medical", "refused", "partial"])
    ln = L(F, "ROSTER\t", code, "\t", (c["mrn"], "mrn"), "\t", (initials_name(c), "name"), "\t", st)
    if st == "excused-medical":
        ln.add("\tnote=no exercise clearance (HR<50)")
    else:
        ln.add("\tnote=-")
    return [ln]


def g_k8s(phi, ts):
    e = (utc(ts) - dt.datetime(1970, 1, 1)).total_seconds() + R.random()
    k = R.randint(0, 3)
    if k == 0:
        o = {"level": "info", "ts": round(e, 3), "caller": "deployment/rollout.go:212", "msg": "rollout complete", "namespace": "chr-prod",
             "deployment": R.choice(["parent-portal", "scale-ingest", "vob-worker", "platetrack-api"]),
             "image": None,
             "digest": "sha256:" + hexs(64), "replicas": R.choice([2, 3])}
        o["image"] = "registry.chr.internal/%s:%s" % (o["deployment"], {"parent-portal": "3.14.2", "scale-ingest": "1.9.0", "vob-worker": "2.0.7-rc1", "platetrack-api": "4.2.1"}[o["deployment"]])
    elif k == 1:
        o = {"level": "warn", "ts": round(e, 3), "caller": "kubelet/pod_workers.go:1298", "msg": "Back-off restarting failed container",
             "pod": "vob-worker-%s-%s" % (hexs(10), hexs(5)), "restartCount": R.randint(1, 9), "node": "ip-10-20-3-%d.us-west-2.compute.internal" % R.randint(10, 200)}
    elif k == 2:
        o = {"level": "info", "ts": round(e, 3), "caller": "hpa/controller.go:88", "msg": "scaled", "hpa": "parent-portal", "from": 2, "to": 3, "cpu_util": R.randint(70, 95)}
    else:
        o = {"level": "info", "ts": round(e, 3), "caller": "cert-manager/issuer.go:401", "msg": "certificate renewed", "dnsNames": ["family." + ORG_DOMAIN, "fhir." + ORG_DOMAIN],
             "notAfter": "2025-01-15T00:00:00Z", "serial": hexs(36)}
    return [J("k8s_json", o)]


NPI_ORG = npi()
MX = {"gmail.com": "gmail-smtp-in.l.google.com[142.250.141.27]:25", "icloud.com": "mx01.mail.icloud.com[17.57.154.33]:25",
      "yahoo.com": "mta7.am0.yahoodns.net[67.195.204.72]:25", "outlook.com": "outlook-com.olc.protection.outlook.com[52.101.68.14]:25",
      "comcast.net": "mx2.comcast.net[96.114.157.80]:25", "proton.me": "mail.protonmail.ch[185.70.42.128]:25"}
FAC_SCALES = [("WBP2-" + hexs(8).upper(), mac("00:24:e4"), cot.upper()[:3]) for cot in COTTAGES]
ZOOM_ROOMS = [(str(R.randint(81000000000, 89999999999)), hexs(22), e) for e in ["dwhitfield@" + ORG_DOMAIN, "okatz@" + ORG_DOMAIN, "ibrooks@" + ORG_DOMAIN]]

FAMILIES = [  # gen, weight, multiline
    (g_syslog, 11, False), (g_k8s, 6, False), (g_nginx, 13, False), (g_scale, 9, False), (g_vitals, 7, False),
    (g_meal, 9, False), (g_crm, 5, False), (g_vob, 5, False), (g_x12, 0.0, True), (g_hl7, 2.5, True),
    (g_adc, 6, False), (g_alumni, 1.5, True), (g_sms, 5, False), (g_stack, 2.5, True), (g_sql, 5, False),
    (g_note, 5, False), (g_visitor, 6, False), (g_sched, 5, False), (g_zoom, 5, False), (g_fhir, 4, False),
]


CAPS = {"hl7": 40, "stacktrace": 26, "x12": 44, "alumni_csv": 20, "nginx": 55, "syslog": 50}


def main():
    lines = []
    forced = [95, 340]
    ts = dt.datetime(2024, 10, 17, 5, 58, 3)
    tot_w = sum(f[1] for f in FAMILIES)
    while len(lines) < N_LINES:
        ts += dt.timedelta(seconds=R.randint(4, 120))
        phi_lines = sum(1 for l in lines if l.spans)
        share = phi_lines / len(lines) if lines else 0.45
        want_phi = R.random() < min(0.95, max(0.05, 0.45 + (0.45 - share) * 3))
        room = N_LINES - len(lines)
        fam_count = collections.Counter(l.family for l in lines)
        if forced and len(lines) >= forced[0]:
            forced.pop(0)
            ev = g_x12(True, ts)
            lines.extend(ev)
            continue
        while True:
            x = R.uniform(0, tot_w)
            for gen, w, multi in FAMILIES:
                x -= w
                if x <= 0:
                    break
            if room < 25 and multi:
                continue
            ev = gen(want_phi, ts)
            if len(ev) <= room and fam_count[ev[0].family] + len(ev) <= CAPS.get(ev[0].family, N_LINES):
                break
        lines.extend(ev)
    assert len(lines) == N_LINES

    with open("rn.log", "wb") as f, open("rn.labels.jsonl", "w", encoding="utf-8", newline="\n") as g:
        for i, ln in enumerate(lines, 1):
            b = bytes(ln.buf)
            if b"\n" in b or b"\r" in b or not b.strip():
                raise SystemExit("line %d bad: newline/empty" % i)
            b.decode("utf-8")
            last = 0
            spans = []
            for (s, e, cat, val) in sorted(ln.spans):
                if not (0 <= s < e <= len(b)):
                    raise SystemExit("line %d span out of range %r" % (i, (s, e)))
                if s < last:
                    raise SystemExit("line %d overlapping spans" % i)
                if b[s:e].decode("utf-8") != val:
                    raise SystemExit("line %d span text mismatch %r" % (i, val))
                last = e
                spans.append({"s": s, "e": e, "cat": cat})
            if getattr(ln, "is_json", False):
                json.loads(b.decode("utf-8"))
            f.write(b + b"\n")
            g.write(json.dumps({"line": i, "family": ln.family, "spans": spans}) + "\n")


if __name__ == "__main__":
    main()
