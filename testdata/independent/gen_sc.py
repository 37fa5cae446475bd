#!/usr/bin/env python3
"""Synthetic labeled log corpus "sc": Riverbend Community Credit Union (RCCU)
medical-debt relief & hardship program, run with the financial-counselling
office (PFS / FC) of St. Brigid Regional Medical Center (SBRMC), Ohio.

Writes sc.log (500 lines) and sc.labels.jsonl in the current directory.
Standard library only, fixed seed: two runs give byte-identical output.
All people, numbers and addresses are made up.

Systems simulated (family names used in the labels)
---------------------------------------------------
episys_kv         credit-union core (Symitar/Episys-like PowerOn job log, key=value)
fap_json          hospital charity-care / Financial Assistance Program intake service (structlog JSON)
docintake_logfmt  income & household document OCR/classifier (logfmt: W-2, pay stubs, SNAP letters)
payplan_json      payment-plan engine (Java logback JSON encoder)
java_trace        stack traces of the payment-plan engine, one frame per line
stmt_pipe         itemized hospital statement export (pipe-delimited rows, header, trailer)
lien_xml          medical-lien release feed to the county recorder (one-line XML)
genesys_cti       call-centre CTI records with agent wrap-up notes and voice-biometric results
secmsg_json       secure-message portal (member <-> counsellor), bodies in JSON (ensure_ascii)
nginx_access      member portal / API access log (combined + rt)
hl7v2             ADT^A08 / DFT^P03 from the hospital's PFS (one segment per line)
x12_270           Medicaid eligibility inquiries, presumptive-eligibility screening (one segment per line)
fhir_r4           hospital FHIR API responses (Coverage, Patient, OperationOutcome)
syslog            RFC3164 syslog of the app servers (sshd, cron, postfix, kernel)
pgaudit           PostgreSQL/pgaudit statement audit of the FAP database
sms_json          SMS gateway requests (payment reminders, FAP status)
nacha_ach         NACHA ACH file for plan auto-debits (94-char fixed width records)
mobile_json       mobile-banking app telemetry incl. identity-verification (selfie) events
k8s_argocd        Kubernetes / Argo CD deployment logs (no PHI)
esign_kv          e-signature (envelope) callbacks for plan and hardship agreements

Labeling decisions (grey cases)
-------------------------------
* The people served are the CU members / hospital patients and their household
  (spouse, children, guarantor, co-borrower, emergency contact): all their
  identifiers are PHI. Staff (counsellors, MSR agents, clinicians with NPI),
  the CU, the hospital, its sites, vendors, collection agencies, employers
  (name, EIN, phone, address) and county offices are not.
* CU member numbers, share/loan suffix IDs written with the member number,
  hospital HAR / guarantor accounts, payment-plan IDs (PP-...), full card
  PANs and bank (DFI) account numbers -> account.  Routing/ABA numbers are
  bank identifiers -> not PHI.
* Hospital MRNs (E + 7 digits), also inside FHIR "Patient/<MRN>" references
  (only the MRN is labeled) -> mrn.
* FAP application IDs, hardship case IDs, county-recorder lien document
  numbers, parcel numbers (APN) of the member's home, credit-report IDs,
  e-sign signer IDs that are per-person -> other_id.
* Medicaid IDs, commercial subscriber IDs, MBIs -> health_plan.
* Masked values (****1234, XXX-XX-1234, last4=1234), hashes and processor
  tokens (tok_...) are NOT labeled: they no longer identify on their own.
  Values the member typed that fail validation (bad SSN, bad Luhn PAN) are
  still labeled in their category.
* Dates: every date element tied to the person (birth, service, admission,
  discharge, application received, determination effective, installment
  due, lien recorded/released, pay-period end, deferral new due date,
  "MM/YYYY" statement period) -> date.  Log timestamps, HL7 MSH-7/EVN-2,
  X12 ISA/GS/BHT dates, ACH file/batch dates, FHIR meta.lastUpdated and
  policy-table years -> not PHI.
* Ages are labeled only when > 89 (age); income, FPL %, household size,
  amounts, CPT/HCPCS/ICD/revenue codes -> not PHI.
* Addresses: street line and city are separate `address` spans when they
  are separate fields (HL7 components, XML elements, X12 elements); a run
  like "12 Oak St Apt 4, Logan" in free text is one span; county of the
  member's address -> address; state never; ZIP (incl. ZIP+4) always `zip`.
* Names in HL7 (LAST^FIRST^M) and X12 (LAST*FIRST*M) are one span; a first
  name alone in an SMS greeting or note is a name.
* URLs: when a URL path carries a member identifier the path (without query)
  is one `url` span; PHI in query parameters is labeled per value at its
  percent-encoded bytes.  Client IPs of member requests (portal, mobile,
  e-sign) -> ip; internal/server/vendor IPs -> not.
* Member phone IMEI / device IDs and implanted/durable device serials on
  statements -> device; VIN and plate of the auto-loan collateral -> vehicle;
  driver's licence numbers -> license; voiceprint / face-template IDs ->
  biometric; base64 selfie images -> photo.
* JSON with ensure_ascii: non-ASCII names are labeled where their \\uXXXX
  escaped bytes are.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import sys
import unicodedata
import uuid
from urllib.parse import quote
from xml.sax.saxutils import escape as xesc

SEED = 20241118
R = random.Random(SEED)
N_LINES = 500
TARGET_CLEAN = 0.55

# ----------------------------------------------------------------- line model
class P:
    """A PHI value to place. raw=True: render in JSON without quotes."""
    __slots__ = ("v", "cat", "raw")

    def __init__(self, v, cat, raw=False):
        self.v, self.cat, self.raw = str(v), cat, raw


class S(list):
    """A composite string (text and P parts) rendered as ONE JSON/XML string."""
    def __init__(self, *parts):
        super().__init__(parts)


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.sp = []  # (s, e, cat, meant_str)

    def t(self, x):
        self.b += x.encode("utf-8")
        return self

    def p(self, v, cat, esc=None):
        r = esc(v) if esc else v
        bb = r.encode("utf-8")
        s = len(self.b)
        self.b += bb
        self.sp.append((s, s + len(bb), cat, r))
        return self

    def add(self, *parts, esc=None):
        for x in parts:
            if isinstance(x, P):
                self.p(x.v, x.cat, esc)
            elif isinstance(x, (list, tuple)):
                self.add(*x, esc=esc)
            else:
                self.t(esc(x) if esc else x)
        return self


def jesc_factory(ascii_):
    return lambda s: json.dumps(s, ensure_ascii=ascii_)[1:-1]


def jadd(ln, obj, ascii_=False, sep=(",", ":")):
    esc = jesc_factory(ascii_)
    if isinstance(obj, dict):
        ln.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                ln.t(sep[0])
            ln.t(json.dumps(k, ensure_ascii=ascii_) + sep[1])
            jadd(ln, v, ascii_, sep)
        ln.t("}")
    elif isinstance(obj, list) and not isinstance(obj, S):
        ln.t("[")
        for i, v in enumerate(obj):
            if i:
                ln.t(sep[0])
            jadd(ln, v, ascii_, sep)
        ln.t("]")
    elif isinstance(obj, S):
        ln.t('"')
        ln.add(*obj, esc=esc)
        ln.t('"')
    elif isinstance(obj, P):
        if obj.raw:
            ln.p(obj.v, obj.cat)
        else:
            ln.t('"')
            ln.p(obj.v, obj.cat, esc)
            ln.t('"')
    else:
        ln.t(json.dumps(obj, ensure_ascii=ascii_))
    return ln


def J(fam, obj, ascii_=False, sep=(",", ":")):
    return jadd(Line(fam), obj, ascii_, sep)


# ------------------------------------------------------------ number helpers
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


def mk_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def mk_card():
    body = "441597" + digits(9)
    return body + luhn_digit(body)


def mk_imei():
    body = R.choice(["35391110", "35846409", "35290611", "86769504"]) + digits(6)
    return body + luhn_digit(body)


def mk_npi():
    body = str(R.randint(1, 2)) + digits(8)
    return body + luhn_digit("80840" + body)


VIN_T = {**{str(i): i for i in range(10)},
         **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
         "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def mk_vin():
    v = list(R.choice(["1HG", "1FT", "2T1", "3VW", "1G1", "JTD", "KMH", "5NP"])
             + "".join(R.choice(VIN_CH) for _ in range(5)) + "0"
             + R.choice("ABCDEFGHJKLMNPRSTVWXY123456789") + R.choice(VIN_CH) + digits(6))
    c = sum(VIN_T[ch] * w for ch, w in zip(v, VIN_W)) % 11
    v[8] = "X" if c == 10 else str(c)
    return "".join(v)


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mk_mbi():
    an = MBI_L + "0123456789"
    return (str(R.randint(1, 9)) + R.choice(MBI_L) + R.choice(an) + R.choice("0123456789")
            + R.choice(MBI_L) + R.choice(an) + R.choice("0123456789") + R.choice(MBI_L)
            + R.choice(MBI_L) + digits(2))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def pub_ip():
    while True:
        a = R.choice([24, 67, 68, 71, 73, 74, 75, 98, 99, 104, 107, 108, 162, 166, 172, 174, 184])
        b = R.randint(0, 255)
        if a == 172 and 16 <= b <= 31:
            continue
        return f"{a}.{b}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ł", "l").replace("Ł", "L")


# ----------------------------------------------------------------- the people
FIRST_F = ["Ana", "Aaliyah", "Mei-Ling", "Siobhán", "Zoë", "Priya", "Guadalupe", "Hope", "Rose",
           "Summer", "Faith", "Fatima", "Ingrid", "Thanh", "Rosalind", "Marisol", "Cheyenne",
           "Dolores", "Imani", "Beatriz", "Nadia", "Brooke", "Lupita", "Oluwaseun", "Dakota", "Ngozi"]
FIRST_M = ["José", "DeShawn", "Łukasz", "Tremaine", "Grant", "Bill", "Kwame", "Yusuf", "Søren",
           "Hyun-woo", "Earl", "Wendell", "Tomasz", "Keanu", "Colt", "Mateo", "Rashid", "Jean-Luc",
           "Booker", "Amos", "Tariq", "Cody", "Hunter", "Mason"]
LASTS = ["Ruiz-Castellanos", "Nguyễn", "Okonkwo", "O'Brien", "de la Cruz", "Van der Berg", "Baker",
         "Stone", "Short", "Miller", "Fox", "Washington", "Kowalczyk", "Hernández", "Patel", "Begay",
         "Al-Masri", "Lindqvist", "MacAllister", "Tran", "Park", "Young", "Bird", "Small", "Winter",
         "Banks", "Goodman", "Santiago", "Oyelaran-Smith", "St. Clair", "Abernathy", "Duchesne",
         "Hill", "Pham", "Mwangi", "Rivera", "Black", "Church", "Hawkins", "Eagleheart"]
CITIES = [("Chillicothe", "45601", "Ross"), ("Circleville", "43113", "Pickaway"),
          ("Lancaster", "43130", "Fairfield"), ("Athens", "45701", "Athens"),
          ("Logan", "43138", "Hocking"), ("Waverly", "45690", "Pike"),
          ("Portsmouth", "45662", "Scioto"), ("Jackson", "45640", "Jackson"),
          ("Hillsboro", "45133", "Highland"), ("Washington Court House", "43160", "Fayette"),
          ("McArthur", "45651", "Vinton"), ("Frankfort", "45628", "Ross")]
STREETS = ["Pickaway St", "Sugarloaf Rd", "Old Route 23", "Church St", "Paint Creek Dr", "Hopetown Rd",
           "Mill St", "Bridge St", "Orchard Ln", "Maple Ave", "Laurelville Rd", "Three Locks Rd",
           "Ridge Ave", "Water St", "Sycamore Ct", "Kenworth Ave", "Blain Hwy", "Egypt Pike"]
MAILS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com", "frontier.com"]
TODAY = dt.date(2024, 11, 18)


class Person:
    def __init__(self, i):
        self.sex = R.choice("FM")
        self.first = R.choice(FIRST_F if self.sex == "F" else FIRST_M)
        self.middle = R.choice(["", "", "J", "A", "Lee", "R", "Jo", "T", "Ray"])
        self.last = R.choice(LASTS)
        if R.random() < 0.12:
            self.dob = dt.date(R.randint(1928, 1934), R.randint(1, 12), R.randint(1, 28))
        else:
            self.dob = dt.date(R.randint(1950, 2003), R.randint(1, 12), R.randint(1, 28))
        self.age = (TODAY - self.dob).days // 365
        self.ssn = mk_ssn()
        self.street = f"{R.randint(12, 9899)} {R.choice(STREETS)}"
        self.unit = R.choice(["", "", "", "Apt 4B", "Lot 17", "Unit 2", "Apt 210", "Trlr 9"])
        self.city, self.zip, self.county = R.choice(CITIES)
        if R.random() < 0.2:
            self.zip += "-" + digits(4)
        self.phone = f"{R.choice(['740', '614', '937', '380'])}{R.randint(200, 989)}{digits(4)}"
        self.cell = f"{R.choice(['740', '614', '937'])}{R.randint(200, 989)}{digits(4)}"
        f_ = ascii_fold(self.first).lower().replace("-", "")
        l_ = ascii_fold(self.last).lower().replace(" ", "").replace("'", "").replace(".", "")
        self.email = R.choice([f"{f_}.{l_}", f"{f_}{l_}{self.dob.year % 100:02d}", f"{f_[0]}{l_}{R.randint(1, 99)}", f"{l_}fam{R.randint(1, 9)}"]) + "@" + R.choice(MAILS)
        self.mem = f"{R.randint(10000, 2999999):010d}"
        self.loan = f"L{R.choice(['0045', '0050', '0061', '0140', '0002'])}"
        self.mrn = "E" + digits(7)
        self.har = "3" + digits(9)
        self.guar = "G" + digits(7)
        self.fap = f"FA-24-{R.randint(1000, 29999):06d}"
        self.hrd = f"HRD-2024-{R.randint(1, 11):02d}-{R.randint(1, 999):05d}"
        self.plan = f"PP-{R.randint(7000000, 7999999)}"
        if self.age >= 65:
            self.hp_kind, self.hp = "MEDICARE", mk_mbi()
        elif R.random() < 0.45:
            self.hp_kind, self.hp = "OH MEDICAID", "9" + digits(11)
        else:
            self.hp_kind, self.hp = R.choice(["BUCKEYE HEALTH PLAN", "MEDICAL MUTUAL OF OHIO", "ANTHEM BCBS OH"]), R.choice(["ZGP", "MMO", "YRH"]) + digits(9)
        self.dl = R.choice("ST") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6)
        self.card = mk_card()
        self.dfi = digits(R.randint(8, 12))
        self.rt = R.choice(["044115126", "042207735", "244183602", "044000024"])
        self.imei = mk_imei()
        self.vin = mk_vin()
        self.plate = "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)) + digits(4)
        self.ip = pub_ip()
        self.apn = f"{R.randint(1, 45):02d}-{R.randint(1000, 1999)}-00-{R.randint(1, 400):03d}.000"
        self.hh = []
        if R.random() < 0.6:
            sp_sex = "M" if self.sex == "F" else "F"
            self.hh.append(("spouse", R.choice(FIRST_M if sp_sex == "M" else FIRST_F),
                            self.last if R.random() < 0.7 else R.choice(LASTS),
                            dt.date(self.dob.year + R.randint(-4, 4), R.randint(1, 12), R.randint(1, 28))))
        if self.age < 60:
            for _ in range(R.choice([0, 1, 1, 2, 3])):
                self.hh.append(("child", R.choice(FIRST_F + FIRST_M), self.last,
                                dt.date(R.randint(max(self.dob.year + 20, 2004), 2023), R.randint(1, 12), R.randint(1, 28))))
        self.dos = TODAY - dt.timedelta(days=R.randint(20, 400))

    def full(self):
        return f"{self.first} {self.middle + ' ' if self.middle and len(self.middle) > 1 else ''}{self.last}"

    def hl7name(self):
        return f"{ascii_fold(self.last).upper()}^{ascii_fold(self.first).upper()}" + (f"^{self.middle[0]}" if self.middle else "")

    def lastfirst(self):
        return f"{self.last}, {self.first}"


PEOPLE = [Person(i) for i in range(70)]
RECENT = []


def person():
    if RECENT and R.random() < 0.55:
        return R.choice(RECENT[-3:])
    p = R.choice(PEOPLE)
    RECENT.append(p)
    return p


def fmt_phone(n, style=None):
    style = style or R.choice(["paren", "dash", "e164", "dots", "plain"])
    if style == "paren":
        return f"({n[:3]}) {n[3:6]}-{n[6:]}"
    if style == "dash":
        return f"{n[:3]}-{n[3:6]}-{n[6:]}"
    if style == "e164":
        return f"+1{n}"
    if style == "dots":
        return f"{n[:3]}.{n[3:6]}.{n[6:]}"
    return n


def fdate(d, style=None):
    style = style or R.choice(["iso", "us", "us_short", "compact"])
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.strftime('%y')}"
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "mon":
        return d.strftime("%d-%b-%Y").upper()
    return d.isoformat()


# ------------------------------------------------------------ staff / vendors
STAFF = [("rwhitaker", "Renee Whitaker", "FC"), ("mbell", "Marcus Bell", "FC"), ("lfitzgerald", "Lorna Fitzgerald", "PFS"),
         ("tgomez", "Teresa Gomez", "MSR"), ("kpatel2", "Kiran Patel", "MSR"), ("jmarsh", "Jolene Marsh", "MSR"),
         ("ihaddad", "Ibrahim Haddad", "FC"), ("cstone", "Carla Stone", "COLL")]
DOCS = [(mk_npi(), "ACHEBE", "DESMOND"), (mk_npi(), "LINDGREN", "HALEY"), (mk_npi(), "OKAFOR", "CHIDI"), (mk_npi(), "BRANDT", "PAUL")]
ORG_ADDR = "410 Canal St, Chillicothe, OH 45601"
HOSP_ADDR = "1 Hospital Dr, Chillicothe, OH 45601"
CU_PHONE = "+18005550142"
HOSTS = ["rccu-app01", "rccu-app03", "rccu-batch02", "sbrmc-int04", "fap-db01", "medrel-web02"]

CLOCK = [dt.datetime(2024, 11, 18, 7, 52, 3, 118000)]


def tick():
    CLOCK[0] += dt.timedelta(seconds=R.randint(1, 22), milliseconds=R.randint(0, 999))
    return CLOCK[0]


def iso_ms(t, z="-05:00"):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}" + z


def iso_utc(t):
    u = t + dt.timedelta(hours=5)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{u.microsecond // 1000:03d}Z"


def ms(t):
    return f"{t.microsecond // 1000:03d}"


# ================================================================ generators
# each returns a list of Line; phi generators mostly produce PHI

def g_episys(phi):
    t = tick()
    head = f"{t.strftime('%Y-%m-%d %H:%M:%S')}.{ms(t)} [EPISYS] "
    if not phi:
        ln = Line("episys_kv").t(head + R.choice([
            f"BATCH=NIGHTLY.POST step={R.randint(1, 7)}/7 recs={R.randint(9000, 25000)} rejects=0 elapsed=00:0{R.randint(1, 9)}:{R.randint(10, 59)}",
            f"SYMCONNECT port=3445 conn_pool={R.randint(3, 40)}/40 q=0 host=episys-prod.rccu.local",
            f"PWR=HRD.DEFER.LN compiled ok ver=2024.11.2 size={R.randint(14000, 22000)}B user=SYM.ADMIN",
            f"REPGEN=MEDRELIEF.DAILY queued seq={R.randint(100000, 999999)} printer=RPT.ARCHIVE",
            f"GL POST 7410-000 MEDRELIEF GRANT EXP amt={R.randint(1000, 90000)}.{R.randint(0, 99):02d} ref=JE-{R.randint(20000, 29999)}",
        ]))
        return [ln]
    p = person()
    st = R.choice(STAFF)
    k = R.randint(0, 3)
    ln = Line("episys_kv").t(head)
    if k == 0:
        nd = TODAY + dt.timedelta(days=R.randint(60, 120))
        ln.t(f"PWR=HRD.DEFER.LN user=MSR.{st[0].upper()} ws=BR0{R.randint(1, 6)}-WS{R.randint(10, 30)} ACCT=").add(P(p.mem, "account")).t(f" LN={p.loan[1:]} TYPE=AUTO ACTION=DEFERRAL MONTHS={R.choice([2, 3])} NEWDUE=").add(P(fdate(nd, 'us'), "date")).t(" RC=0")
    elif k == 1:
        ln.t("PWR=COLLAT.INQ ACCT=").add(P(p.mem, "account")).t(f" LN={p.loan[1:]} COLLAT.VIN=").add(P(p.vin, "vehicle")).t(" PLATE=OH:").add(P(p.plate, "vehicle")).t(f" LTV={R.randint(40, 120)}% RC=0")
    elif k == 2:
        ln.t("PWR=MBR.NAME.CHG ACCT=").add(P(p.mem, "account")).t(" OLD.NAME=\"").add(P(p.last.upper() + "," + p.first.upper(), "name")).t("\" NEW.NAME=\"").add(P(p.last.upper() + "-" + R.choice(LASTS).upper().replace(" ", "") + "," + p.first.upper(), "name")).t(f"\" DOCID={R.randint(100000, 999999)} RC=0")
    else:
        ln.t(f"PWR=HRD.GRANT.POST ACCT=").add(P(p.mem + "-S0009", "account")).t(f" AMT={R.randint(200, 4000)}.00 PAYEE=SBRMC.PFS CASE=").add(P(p.hrd, "other_id")).t(f" APPROVER={R.choice(STAFF)[0].upper()} RC=0")
    return [ln]


def g_fap(phi):
    t = tick()
    base = {"timestamp": iso_utc(t), "level": "info", "logger": "fap.intake"}
    if not phi:
        base.update(R.choice([
            {"event": "fpl.table.loaded", "year": 2024, "hh1": 15060, "increment": 5380, "source": "HHS-2024-01-17"},
            {"event": "tier.rules.evaluated", "rule_set": "FAP-POLICY-v7.2", "duration_ms": R.randint(3, 40), "rules": 38},
            {"event": "queue.stats", "pending": R.randint(3, 40), "oldest_age_s": R.randint(60, 90000), "worker": f"fap-worker-{R.randint(1, 4)}"},
            {"event": "presumptive.screen.batch", "batch_id": uid(), "count": R.randint(5, 60), "vendor": "Experian Health PE"},
        ]))
        return [J("fap_json", base)]
    p = person()
    k = R.randint(0, 2)
    if k == 0:
        hh = [{"rel": r, "name": P(f"{f} {l}", "name"), "dob": P(d.isoformat(), "date")} for r, f, l, d in p.hh]
        app = {"name": P(p.full(), "name"), "dob": P(p.dob.isoformat(), "date")}
        if p.age > 89:
            app["age"] = P(p.age, "age", raw=True)
        base.update({"event": "application.submitted", "app_id": P(p.fap, "other_id"), "applicant": app,
                     "household": hh, "household_size": len(hh) + 1,
                     "annual_income": round(R.uniform(9000, 68000), 2), "received": P(fdate(TODAY - dt.timedelta(days=R.randint(0, 5)), "iso"), "date"),
                     "counselor": R.choice(STAFF[:3])[0], "site": "SBRMC-FC"})
    elif k == 1:
        base.update({"event": "determination.issued", "app_id": P(p.fap, "other_id"), "har": P(p.har, "account"),
                     "decision": R.choice(["APPROVED_100", "APPROVED_75", "APPROVED_50", "DENIED_OVER_400FPL", "PENDING_DOCS"]),
                     "fpl_pct": round(R.uniform(40, 420), 1), "effective": P(fdate(TODAY, "iso"), "date"), "dos_from": P(p.dos.isoformat(), "date"),
                     "policy": "FAP-POLICY-v7.2"})
        if p.age > 89:
            base["applicant_age"] = P(p.age, "age", raw=True)
    else:
        base.update({"level": "warning", "event": "address.validation.failed", "app_id": P(p.fap, "other_id"),
                     "input": {"line1": P((p.street + " " + p.unit).strip(), "address"), "city": P(p.city, "address"), "state": "OH", "zip": P(p.zip, "zip")},
                     "usps_code": R.choice(["AA", "A1", "N1"]), "suggest_count": R.randint(0, 3)})
    return [J("fap_json", base)]


def g_doc(phi):
    t = tick()
    ln = Line("docintake_logfmt").t(f"time={iso_ms(t)} level=info svc=docintake ")
    if not phi:
        ln.t(R.choice([
            f'msg="model loaded" model=doccls-v3.4.1 sha256={hexs(64)} gpu=false',
            f'msg="queue depth" pending={R.randint(0, 40)} inflight={R.randint(0, 6)} oldest_ms={R.randint(100, 90000)}',
            f'msg="page classified" doc_id={uid()} page=2 doc_type=PAYSTUB conf=0.{R.randint(80, 99)} latency_ms={R.randint(90, 900)}',
            f'msg="virus scan clean" doc_id={uid()} engine=clamav-1.3.1 sig_db=27462 bytes={R.randint(40000, 4000000)}',
        ]))
        return [ln]
    p = person()
    k = R.randint(0, 2)
    did = uid()
    if k == 0:
        ln.t(f'msg="ocr extracted" doc_id={did} doc_type=W2 tax_year=2023 app=').add(P(p.fap, "other_id")).t(' field.employee_name="').add(P(p.full().upper(), "name")).t('" field.ssn=').add(P(p.ssn, "ssn")).t(f' field.wages={R.randint(9000, 70000)}.{R.randint(0, 99):02d} field.employer="{R.choice(["Hocking Valley Bancshares", "Kenworth Truck Co", "Adena Health Ops", "Pickaway Correctional Inst", "Glatfelter Chillicothe Mill"])}" field.ein={R.randint(31, 35)}-{digits(7)} conf=0.{R.randint(70, 99)}')
    elif k == 1:
        pe = TODAY - dt.timedelta(days=R.randint(5, 40))
        ln.t(f'msg="ocr extracted" doc_id={did} doc_type=PAYSTUB app=').add(P(p.fap, "other_id")).t(' field.employee="').add(P(p.lastfirst(), "name")).t('" field.addr="').add(P(f"{p.street}, {p.city}", "address")).t(' OH ').add(P(p.zip, "zip")).t('" field.period_end=').add(P(fdate(pe, "us"), "date")).t(f' field.gross={R.randint(400, 3200)}.{R.randint(0, 99):02d} field.ytd={R.randint(4000, 60000)}.00 conf=0.{R.randint(70, 99)}')
    else:
        if not p.hh:
            ln.t(f'level=warn msg="household doc missing" doc_id={did} app=').add(P(p.fap, "other_id")).t(" required=SNAP_LETTER,PAYSTUB received=PAYSTUB")
        else:
            r, f, l, d = R.choice(p.hh)
            ln.t(f'msg="ocr extracted" doc_id={did} doc_type=BIRTH_CERT_OR_SCHOOL_REC app=').add(P(p.fap, "other_id")).t(f' field.hh_rel={r} field.hh_name="').add(P(f"{f} {l}", "name")).t('" field.hh_dob=').add(P(fdate(d, "us"), "date")).t(f" conf=0.{R.randint(60, 99)}")
    return [ln]


def logback(t, msg, logger, level="INFO", extra=None):
    d = {"@timestamp": iso_ms(t), "@version": "1", "message": msg, "logger_name": logger,
         "thread_name": f"http-nio-8443-exec-{R.randint(1, 20)}", "level": level, "level_value": {"INFO": 20000, "WARN": 30000, "ERROR": 40000}[level]}
    if extra:
        d.update(extra)
    d["trace_id"] = hexs(32)
    d["span_id"] = hexs(16)
    return d


def g_payplan(phi):
    t = tick()
    if not phi:
        msg, lg = R.choice([
            (f"Recalculated {R.randint(0, 30)} plans for rate table MEDREL-0APR-2024", "RateTableLoader"),
            ("HikariPool-1 - Start completed.", "com.zaxxer.hikari.HikariDataSource"),
            (f"Scheduled job installmentSweep finished in {R.randint(200, 9000)} ms", "PlanScheduler"),
            (f"Outbound call to https://api.sbrmc-pfs.org/v1/har completed status=200 in {R.randint(40, 900)}ms", "PfsClient"),
            (f"Feature flag medrelief.autoDebit.enabled=true (rev {R.randint(100, 400)})", "FlagService")])
        return [J("payplan_json", logback(t, msg, lg if "." in lg else "org.rccu.medrelief.plan." + lg))]
    p = person()
    k = R.randint(0, 3)
    if k == 3:
        bad = R.random() < 0.4
        pan = p.card if not bad else p.card[:-1] + str((int(p.card[-1]) + R.randint(1, 9)) % 10)
        d = logback(t, S("Card tokenization failed for plan ", P(p.plan, "account"), ": ", "PAN failed Luhn check" if bad else "processor declined (05)",
                         " pan=", P(pan, "account"), " exp=", f"{R.randint(1, 12):02d}/{R.randint(25, 29)}"),
                    "org.rccu.medrelief.pay.CardService", "ERROR")
    elif k == 0:
        d = logback(t, "Payment plan created", "org.rccu.medrelief.plan.PlanService", extra={
            "plan_id": P(p.plan, "account"), "member_acct": P(p.mem, "account"), "har": P(p.har, "account"),
            "principal": round(R.uniform(300, 9000), 2), "term_months": R.choice([6, 12, 18, 24, 36]), "apr": 0.0,
            "first_due": P((TODAY + dt.timedelta(days=R.randint(14, 40))).isoformat(), "date"), "autodebit": R.choice([True, False])})
    elif k == 1:
        d = logback(t, S("Installment missed for plan ", P(p.plan, "account"), "; grace until ", P(fdate(TODAY + dt.timedelta(days=10), "iso"), "date"), ", notifying ", P(p.email, "email")),
                    "org.rccu.medrelief.plan.DelinquencyHandler", "WARN")
    else:
        d = logback(t, "Card on file updated", "org.rccu.medrelief.pay.CardService", extra={
            "plan_id": P(p.plan, "account"), "card_last4": p.card[-4:], "token": "tok_" + hexs(24), "cardholder": P(p.full(), "name"),
            "billing_zip": P(p.zip[:5], "zip"), "avs": R.choice(["Y", "Z", "N"])})
    return [J("payplan_json", d)]


def g_trace(phi):
    t = tick()
    p = person()
    head = f"{t.strftime('%Y-%m-%d %H:%M:%S')},{ms(t)} ERROR [http-nio-8443-exec-{R.randint(1, 20)}] o.r.m.plan.PlanService - "
    lines = []
    if phi:
        lines.append(Line("java_trace").t(head + "Plan validation failed"))
        lines.append(Line("java_trace").t("org.rccu.medrelief.plan.InstallmentOverlapException: plan ").add(P(p.plan, "account")).t(" for member ").add(P(p.mem, "account")).t(" overlaps existing plan starting ").add(P((TODAY + dt.timedelta(days=R.randint(3, 30))).isoformat(), "date")))
    else:
        lines.append(Line("java_trace").t(head + "Unexpected error calling PFS balance API"))
        lines.append(Line("java_trace").t(f"java.net.SocketTimeoutException: Read timed out after {R.choice([5000, 10000, 30000])}ms (api.sbrmc-pfs.org:443)"))
    frames = ["org.rccu.medrelief.plan.PlanService.validate(PlanService.java:214)",
              "org.rccu.medrelief.plan.PlanService.create(PlanService.java:98)",
              "org.rccu.medrelief.api.PlanController.post(PlanController.java:61)",
              "org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)",
              "org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:659)",
              "java.base/java.lang.Thread.run(Thread.java:1583)"]
    for f in frames[:R.randint(3, 6)]:
        lines.append(Line("java_trace").t("\tat " + f))
    lines.append(Line("java_trace").t(f"\t... {R.randint(30, 80)} common frames omitted"))
    return lines


STMT_ITEMS = [("0450", "99284", "ED VISIT LEVEL 4"), ("0300", "80053", "COMPREHENSIVE METABOLIC PANEL"),
              ("0320", "71046", "XR CHEST 2 VIEWS"), ("0250", "J2405", "ONDANSETRON INJ 1MG"),
              ("0360", "47562", "LAP CHOLECYSTECTOMY"), ("0710", "", "RECOVERY ROOM 1ST HR"),
              ("0120", "", "ROOM & BOARD SEMI-PVT"), ("0636", "J1885", "KETOROLAC INJ 15MG"),
              ("0351", "70450", "CT HEAD W/O CONTRAST"), ("0730", "93005", "EKG TRACING")]
STMT_HDR = [False]


def g_stmt(phi):
    t = tick()
    if not STMT_HDR[0] or not phi:
        STMT_HDR[0] = True
        if R.random() < 0.5:
            return [Line("stmt_pipe").t("REC|HAR|MRN|SVC_DT|REV|CPT_HCPCS|DESCRIPTION|QTY|CHARGE|ADJ|PAT_RESP")]
        return [Line("stmt_pipe").t(f"TRL|batch=ITM{t.strftime('%Y%m%d')}-{R.randint(1, 9):02d}|rows={R.randint(20, 400)}|total={R.randint(10000, 900000)}.{R.randint(0, 99):02d}|gen=PFS-EXTRACT 3.8.0")]
    p = person()
    out = []
    for _ in range(R.randint(1, 3)):
        sd = p.dos + dt.timedelta(days=R.randint(0, 2))
        ln = Line("stmt_pipe").t("DTL|").add(P(p.har, "account")).t("|").add(P(p.mrn, "mrn")).t("|").add(P(sd.strftime("%m/%d/%Y"), "date")).t("|")
        if R.random() < 0.25:
            ser = R.choice(["SN", "S/N", "SER#"]) + " "
            sv = R.choice(["NV", "23A", "PGN"]) + digits(6)
            ln.t(R.choice(["0278|C1820|IMPLANT NEUROSTIM W/RECHG ", "0290|E0601|CPAP DEVICE RENTAL ", "0278|C1785|PACEMAKER DUAL CHAMBER "]) + ser).add(P(sv, "device")).t(f"|1|{R.randint(4000, 40000)}.00|-{R.randint(1000, 9000)}.00|{R.randint(0, 900)}.00")
        else:
            rev, cpt, desc = R.choice(STMT_ITEMS)
            ch = round(R.uniform(40, 9000), 2)
            adj = round(ch * R.uniform(0.3, 1.0), 2)
            ln.t(f"{rev}|{cpt}|{desc}|{R.randint(1, 3)}|{ch:.2f}|-{adj:.2f}|{ch - adj:.2f}")
        out.append(ln)
    return out


def g_lien(phi):
    t = tick()
    if not phi:
        return [Line("lien_xml").t(f'<?xml version="1.0"?><LienAck xmlns="urn:sbrmc:lien:1" batch="LR-{t.strftime("%Y%m%d")}-0{R.randint(1, 4)}" status="ACCEPTED" count="{R.randint(1, 20)}" recorder="Ross County Recorder" eRecordingId="{uid()}"/>')]
    p = person()
    ln = Line("lien_xml").t('<LienRelease xmlns="urn:sbrmc:lien:1"><DocNo>').add(P(f"{R.choice([2021, 2022, 2023])}{digits(8)}", "other_id")).t("</DocNo><Recorded>").add(P((TODAY - dt.timedelta(days=R.randint(300, 900))).isoformat(), "date")).t("</Recorded><County>").add(P(p.county, "address")).t("</County><Debtor><Name>").add(P(p.full(), "name"), esc=xesc).t("</Name><Street>").add(P((p.street + " " + p.unit).strip(), "address")).t("</Street><City>").add(P(p.city, "address")).t("</City><State>OH</State><Zip>").add(P(p.zip, "zip")).t("</Zip></Debtor><APN>").add(P(p.apn, "other_id")).t(f"</APN><Amount>{R.randint(500, 30000)}.{R.randint(0, 99):02d}</Amount><Released>").add(P(TODAY.isoformat(), "date")).t(f"</Released><ReleasedBy>{STAFF[2][1]}, PFS Director</ReleasedBy><Lienholder>St. Brigid Regional Medical Center &amp; Affiliates</Lienholder></LienRelease>")
    return [ln]


def g_cti(phi):
    t = tick()
    conv = uid()
    st = R.choice(STAFF[3:7])
    ln = Line("genesys_cti").t(f"{iso_ms(t)} genesys-cti ")
    if not phi:
        ln.t(R.choice([
            f"queue=MED_HARDSHIP stats waiting={R.randint(0, 9)} longest=00:0{R.randint(0, 9)}:{R.randint(10, 59)} agents_ready={R.randint(1, 8)} sl_30s={R.randint(60, 99)}%",
            f"conv={conv} dir=outbound dnis={CU_PHONE} campaign=FAP_DOCS_REMINDER result=NO_ANSWER attempts=2",
            f"agent={st[0]} state=AVAILABLE station=BR03-SIP-{R.randint(100, 199)} softphone=1.42.7",
        ]))
        return [ln]
    p = person()
    k = R.randint(0, 2)
    if k == 0:
        ln.t(f"conv={conv} dir=inbound ani=").add(P(fmt_phone(p.cell, "e164"), "phone")).t(f" dnis={CU_PHONE} queue=MED_HARDSHIP agent={st[0]} dur={R.randint(60, 1800)}s wrap=HARDSHIP_INQ note=\"Mbr ").add(P(p.full(), "name")).t(" verified w/ DOB ").add(P(fdate(p.dob, "us_short"), "date"))
        if p.age > 89:
            ln.t(" (age ").add(P(p.age, "age")).t(", dtr on line w/ verbal auth)")
        ln.t(f" + last4 ssn. asking re skip-pay on auto ln, hosp bill ~${R.randint(1, 9)}.{R.randint(1, 9)}k from SBRMC. sent FAP link to email on file\"")
    elif k == 1:
        ln.t(f"conv={conv} pindrop.auth=PASS risk={R.randint(1, 40)} voiceprint_id=").add(P("VP-" + hexs(20), "biometric")).t(" mbr=").add(P(p.mem, "account")).t(f" ani_match=Y agent={st[0]}")
    else:
        if p.hh and p.hh[0][0] == "spouse":
            r, f, l, d = p.hh[0]
            ln.t(f"conv={conv} dir=inbound ani=").add(P(fmt_phone(p.phone, "e164"), "phone")).t(f" queue=MED_HARDSHIP agent={st[0]} wrap=AUTH_3RD_PARTY note=\"").add(P(f"{f} {l}", "name")).t(f" ({r}) calling for ").add(P(p.first, "name")).t(f" (age {p.age})" if p.age <= 89 else "").add([" (age ", P(p.age, "age"), ")"] if p.age > 89 else []).t(" - mbr hospitalized since ").add(P((TODAY - dt.timedelta(days=R.randint(2, 20))).strftime("%m/%d"), "date")).t(". POA not on file, gave general info only. callback ").add(P(fmt_phone(p.cell, "dash"), "phone")).t("\"")
        else:
            ln.t(f"conv={conv} dir=inbound ani=").add(P(fmt_phone(p.phone, "e164"), "phone")).t(f" queue=COLLECTIONS agent={st[0]} wrap=MED_DEBT_DISPUTE note=\"caller disputes SBRMC acct ").add(P(p.har, "account")).t(", says FAP app ").add(P(p.fap, "other_id")).t(" pending. put 30d hold. vendor Harmon & Reyes Collections notified\"")
    return [ln]


def g_secmsg(phi):
    t = tick()
    if not phi:
        return [J("secmsg_json", {"ts": iso_utc(t), "svc": "securemsg", "event": R.choice(["thread.archived", "attachment.scan.ok", "inbox.sync"]),
                                  "thread_id": uid(), "bytes": R.randint(300, 900000), "duration_ms": R.randint(3, 300), "ver": "securemsg/4.7.2"}, ascii_=True)]
    p = person()
    st = R.choice(STAFF[:3])
    k = R.randint(0, 2)
    if k == 0 and p.hh:
        r, f, l, d = R.choice(p.hh)
        body = S("Hi, this is ", P(p.first, "name"), ". My ", "son" if r == "child" and R.random() < 0.5 else r, " ", P(f, "name"),
                 " (DOB ", P(fdate(d, "us"), "date"), ") was seen in the ER on ", P(p.dos.strftime("%B %d"), "date"),
                 " and we got a bill for $", f"{R.randint(300, 9000)}.{R.randint(0, 99):02d}", ". Can ", "he" if f in FIRST_M else "she", " be added to my FAP application ", P(p.fap, "other_id"), "?")
        frm = "member"
    elif k == 1:
        body = S("Hello ", P(p.first, "name"), ", we received your pay stubs. We still need a copy of your ", R.choice(["2023 tax return", "SNAP award letter", "unemployment statement"]),
                 ". You can upload it in the portal or fax it to 740-555-0188. - ", st[1], ", Financial Counselor, SBRMC")
        frm = "staff"
    else:
        body = S("I moved, my new address is ", P(f"{p.street}{' ' + p.unit if p.unit else ''}, {p.city}", "address"), " OH ", P(p.zip, "zip"),
                 " and my new cell is ", P(fmt_phone(p.cell, "paren"), "phone"), ". Please send the lien release there. thanks ", P(p.full(), "name"))
        frm = "member"
    d = {"ts": iso_utc(t), "svc": "securemsg", "event": "message.created", "thread_id": uid(),
         "from_role": frm, "member_no": P(p.mem, "account"), "subject": "Re: Financial Assistance", "body": body}
    if frm == "staff":
        d["staff"] = st[0]
    else:
        d["client_ip"] = P(p.ip, "ip")
    return [J("secmsg_json", d, ascii_=True)]


UAS = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
       'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
       'Mozilla/5.0 (Linux; Android 14; SM-A156U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.102 Mobile Safari/537.36',
       'RCCUMobile/5.12.0 (Android 14; build 4411)']


def g_nginx(phi):
    t = tick()
    ts = t.strftime("[%d/%b/%Y:%H:%M:%S -0500]")
    if not phi:
        ip = R.choice(["10.20.4.11", "10.20.4.12", "10.20.9.3"])
        path, ua, st = R.choice([("/healthz", "kube-probe/1.29", 200), ("/metrics", "Prometheus/2.53.1", 200),
                                 ("/api/v2/fpl/2024", "Go-http-client/1.1", 200), ("/static/js/main.8c41f2e9.js", "Mozilla/5.0 (compatible; PingdomBot)", 304)])
        return [Line("nginx_access").t(f'{ip} - - {ts} "GET {path} HTTP/1.1" {st} {R.randint(2, 90000)} "-" "{ua}" rt={R.randint(0, 90) / 1000:.3f} uct="0.000"')]
    p = person()
    ln = Line("nginx_access").add(P(p.ip, "ip")).t(f" - - {ts} ")
    k = R.randint(0, 2)
    if k == 0:
        ln.t(f'"{R.choice(["GET", "POST"])} ').add(P(f"/api/v2/members/{p.mem}/hardship/cases", "url")).t(' HTTP/2.0"')
    elif k == 1:
        ln.t('"GET ').add(P(f"/fap/applications/{p.fap}/documents", "url")).t(f'?page=1&sort=desc HTTP/2.0"')
    else:
        ln.t('"GET /api/v2/fap/lookup?last_name=').add(P(quote(p.last), "name")).t("&dob=").add(P(p.dob.isoformat(), "date")).t("&zip=").add(P(p.zip[:5], "zip")).t(' HTTP/2.0"')
    ln.t(f' {R.choice([200, 200, 200, 201, 404, 403])} {R.randint(200, 9000)} "https://my.riverbendccu.org/medrelief" "{R.choice(UAS)}" rt={R.randint(5, 900) / 1000:.3f}')
    return [ln]


def seg(fields):
    ln = Line("hl7v2")
    for i, f in enumerate(fields):
        if i:
            ln.t("|")
        ln.add(f)
    return ln


def g_hl7(phi):
    t = tick()
    ts = t.strftime("%Y%m%d%H%M%S")
    ctl = str(R.randint(10 ** 7, 10 ** 8 - 1))
    p = person()
    typ = R.choice(["ADT^A08^ADT_A01", "DFT^P03^DFT_P03"])
    out = [seg(["MSH", "^~\\&", "EPIC", "SBRMC", "MEDRELIEF", "RCCU", ts + "-0500", "", typ, ctl, "P", "2.5.1"]),
           seg(["EVN", typ[4:7], ts, "", "", "FC^" + STAFF[0][1].split()[1].upper() + "^" + STAFF[0][1].split()[0].upper()])]
    if not phi:
        return [seg(["MSH", "^~\\&", "MEDRELIEF", "RCCU", "EPIC", "SBRMC", ts + "-0500", "", "ACK^A08^ACK", "A" + ctl, "P", "2.5.1"]),
                seg(["MSA", "AA", str(R.randint(10 ** 7, 10 ** 8 - 1)), "message accepted"])]
    out.append(seg(["PID", "1", "", [P(p.mrn, "mrn"), "^^^SBRMC^MR~", P(p.har, "account"), "^^^SBRMC^AN"], "",
                    P(p.hl7name(), "name"), "", P(p.dob.strftime("%Y%m%d"), "date"), p.sex, "", "",
                    [P(ascii_fold(p.street).upper(), "address"), "^" + p.unit.upper() + "^", P(p.city.upper(), "address"), "^OH^", P(p.zip, "zip"), "^USA"],
                    "", [P(fmt_phone(p.phone, "paren"), "phone"), "^PRN^PH"], "", "", R.choice(["M", "S", "D", "W"]), "", P(p.har, "account"), P(p.ssn, "ssn")]))
    npi, dl, df = R.choice(DOCS)
    pv1 = ["PV1", "1", R.choice(["E", "I", "O"]), "ED^ER12^01^SBRMC", "", "", "", f"{npi}^{dl}^{df}^^^^MD^^NPI"] + [""] * 11 + [P(p.har, "account")] + [""] * 24 + [P(p.dos.strftime("%Y%m%d") + "0412", "date"), P((p.dos + dt.timedelta(days=R.randint(0, 4))).strftime("%Y%m%d") + "1530", "date")]
    out.append(seg(pv1))
    if p.hh and p.hh[0][0] == "spouse":
        r, f, l, d = p.hh[0]
        out.append(seg(["GT1", "1", P(p.guar, "account"), P(f"{ascii_fold(l).upper()}^{ascii_fold(f).upper()}", "name"), "",
                        [P(ascii_fold(p.street).upper(), "address"), "^^", P(p.city.upper(), "address"), "^OH^", P(p.zip, "zip")],
                        P(fmt_phone(p.cell, "paren"), "phone"), "", P(d.strftime("%Y%m%d"), "date"), "", "", "SPO"]))
    out.append(seg(["IN1", "1", R.choice(["MCD01", "BHP02", "MMO11", "MCR00"]), "", p.hp_kind, "", "", "", "", "", "", "", "", "", "", "",
                    P(p.hl7name(), "name"), "SEL", P(p.dob.strftime("%Y%m%d"), "date"), "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", P(p.hp, "health_plan")]))
    if typ.startswith("DFT"):
        out.append(seg(["FT1", "1", "", "", P(p.dos.strftime("%Y%m%d"), "date"), ts[:8], "CG", R.choice(["99284", "80053", "71046"]), "", "", "1", f"{R.randint(100, 5000)}.00"]))
    return out


def g_x12(phi):
    t = tick()
    p = person()
    ctl = f"{R.randint(1, 999999999):09d}"
    out = [Line("x12_270").t(f"ISA*00*          *00*          *ZZ*SBRMCPE        *ZZ*OHMCDEDI       *{t.strftime('%y%m%d')}*{t.strftime('%H%M')}*^*00501*{ctl}*0*P*:~"),
           Line("x12_270").t(f"GS*HS*SBRMCPE*OHMCDEDI*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}*{R.randint(1, 9999)}*X*005010X279A1~"),
           Line("x12_270").t(f"ST*270*{R.randint(1, 9999):04d}*005010X279A1~"),
           Line("x12_270").t(f"BHT*0022*13*{hexs(10).upper()}*{t.strftime('%Y%m%d')}*{t.strftime('%H%M%S')}~"),
           Line("x12_270").t("NM1*PR*2*OHIO DEPARTMENT OF MEDICAID*****PI*MCDOH~"),
           Line("x12_270").t(f"NM1*1P*2*ST BRIGID REGIONAL MEDICAL CENTER*****XX*{mk_npi()}~")]
    if not phi:
        return [out[0], Line("x12_270").t(f"GS*FA*OHMCDEDI*SBRMCPE*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}*{R.randint(1, 9999)}*X*005010X231A1~"),
                Line("x12_270").t("ST*999*0001*005010X231A1~"), Line("x12_270").t(f"AK1*HS*{R.randint(1, 9999)}*005010X279A1~"),
                Line("x12_270").t("IK5*A~"), Line("x12_270").t("AK9*A*1*1*1~"), Line("x12_270").t("SE*6*0001~")]
    out.append(Line("x12_270").t("TRN*1*").add(P(p.fap.replace("-", ""), "other_id")).t("*9SBRMCPE01~"))
    nm = ascii_fold(p.last).upper() + "*" + ascii_fold(p.first).upper() + (("*" + p.middle[0]) if p.middle else "")
    out.append(Line("x12_270").t("NM1*IL*1*").add(P(nm, "name")).t("****MI*").add(P(p.hp if p.hp_kind == "OH MEDICAID" else "9" + digits(11), "health_plan")).t("~"))
    out.append(Line("x12_270").t("DMG*D8*").add(P(p.dob.strftime("%Y%m%d"), "date")).t(f"*{p.sex}~"))
    out.append(Line("x12_270").t("DTP*291*D8*").add(P(p.dos.strftime("%Y%m%d"), "date")).t("~"))
    out.append(Line("x12_270").t("EQ*30~"))
    out.append(Line("x12_270").t(f"SE*{len(out) - 1}*0001~"))
    return out


def g_fhir(phi):
    t = tick()
    meta = {"versionId": str(R.randint(1, 9)), "lastUpdated": iso_ms(t)}
    if not phi:
        return [J("fhir_r4", R.choice([
            {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "not-found", "diagnostics": f"Coverage/{uid()} not found", "expression": ["Coverage.id"]}]},
            {"resourceType": "Bundle", "type": "searchset", "total": 0, "link": [{"relation": "self", "url": "https://fhir.sbrmc.org/R4/Coverage?status=cancelled&_count=50"}], "meta": meta},
        ]))]
    p = person()
    if R.random() < 0.5:
        res = {"resourceType": "Coverage", "id": f"cov-{R.randint(10000, 99999)}", "meta": meta, "status": "active",
               "subscriberId": P(p.hp, "health_plan"),
               "beneficiary": {"reference": S("Patient/", P(p.mrn, "mrn")), "display": P(p.full(), "name")},
               "relationship": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/subscriber-relationship", "code": "self"}]},
               "period": {"start": P(f"{R.choice([2023, 2024])}-{R.randint(1, 12):02d}-01", "date")},
               "payor": [{"display": p.hp_kind.title()}]}
    else:
        tel = [{"system": "phone", "value": P(fmt_phone(p.cell, "dash"), "phone"), "use": "mobile"}, {"system": "email", "value": P(p.email, "email")}]
        res = {"resourceType": "Patient", "id": P(p.mrn, "mrn"), "meta": meta,
               "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.4919.1", "value": P(p.mrn, "mrn")},
                              {"system": "http://hl7.org/fhir/sid/us-ssn", "value": P(p.ssn.replace("-", ""), "ssn")}],
               "name": [{"family": P(p.last, "name"), "given": [P(p.first, "name")]}], "telecom": tel,
               "gender": "female" if p.sex == "F" else "male", "birthDate": P(p.dob.isoformat(), "date"),
               "address": [{"line": [P(p.street, "address")], "city": P(p.city, "address"), "district": P(p.county + " County", "address"), "state": "OH", "postalCode": P(p.zip, "zip")}]}
    return [J("fhir_r4", res)]


def g_syslog(phi):
    t = tick()
    host = R.choice(HOSTS)
    head = f"<{R.choice([13, 30, 38, 86, 134])}>{t.strftime('%b %d %H:%M:%S').replace(' 0', '  ', 1) if t.day < 10 else t.strftime('%b %d %H:%M:%S')} {host} "
    if not phi:
        return [Line("syslog").t(head + R.choice([
            f"sshd[{R.randint(1000, 60000)}]: Accepted publickey for deploy from 10.20.1.{R.randint(2, 40)} port {R.randint(30000, 65000)} ssh2: ED25519 SHA256:{base64.b64encode(hashlib.sha256(hexs(8).encode()).digest()).decode()[:43]}",
            f"CRON[{R.randint(1000, 60000)}]: (medrel) CMD (/opt/medrel/bin/ach_build.sh --cutoff 1400 >> /var/log/medrel/ach.log 2>&1)",
            f"kernel: [{R.randint(100000, 9999999)}.{R.randint(100000, 999999)}] EXT4-fs (dm-{R.randint(0, 3)}): mounted filesystem with ordered data mode",
            f"postfix/smtp[{R.randint(1000, 60000)}]: connect to mx1.sbrmc.org[52.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}]:25: Connection timed out",
            f"systemd[1]: Started docintake-worker@{R.randint(1, 4)}.service - DocIntake OCR worker.",
        ]))]
    p = person()
    qid = hexs(10).upper()
    return [Line("syslog").t(head + f"postfix/smtp[{R.randint(1000, 60000)}]: {qid}: to=<").add(P(p.email, "email")).t(f">, relay=mx.{p.email.split('@')[1]}[{R.randint(64, 209)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}]:25, delay={R.randint(1, 90) / 10}, dsn=2.0.0, status=sent (250 2.0.0 OK {hexs(12)})")]


def g_pg(phi):
    t = tick()
    head = f"{t.strftime('%Y-%m-%d %H:%M:%S')}.{ms(t)} EST [{R.randint(1000, 60000)}] "
    if not phi:
        return [Line("pgaudit").t(head + R.choice([
            f"LOG:  checkpoint complete: wrote {R.randint(100, 9000)} buffers ({R.randint(0, 9)}.{R.randint(0, 9)}%); 0 WAL file(s) added, 0 removed, {R.randint(0, 4)} recycled; write={R.randint(1, 200)}.{R.randint(100, 999)} s",
            f"LOG:  automatic vacuum of table \"fapdb.fap.application\": index scans: 1, pages: 0 removed, {R.randint(1000, 9000)} remain",
            f"medrelief@fapdb LOG:  AUDIT: SESSION,{R.randint(1, 90)},1,READ,SELECT,,,\"SELECT tier, min_fpl, max_fpl FROM fap.policy_tier WHERE policy_ver = 'v7.2'\",<not logged>",
        ]))]
    p = person()
    ln = Line("pgaudit").t(head + f"{R.choice(STAFF)[0]}@fapdb LOG:  AUDIT: SESSION,{R.randint(1, 90)},1,")
    k = R.randint(0, 2)
    if k == 0:
        ln.t("READ,SELECT,,,\"SELECT app_id, hh_income, tier FROM fap.application WHERE applicant_ssn = '").add(P(p.ssn, "ssn")).t("'\",<not logged>")
    elif k == 1:
        ln.t("WRITE,UPDATE,,,\"UPDATE fap.applicant SET last_name = '").add(P(p.last.replace("'", "''"), "name")).t("', mailing_zip = '").add(P(p.zip[:5], "zip")).t("' WHERE app_id = '").add(P(p.fap, "other_id")).t("'\",<not logged>")
    else:
        ln.t("READ,SELECT,,,\"SELECT * FROM cu.member_link WHERE mrn = '").add(P(p.mrn, "mrn")).t("' AND dob = '").add(P(p.dob.isoformat(), "date")).t("'\",<not logged>")
    return [ln]


def g_sms(phi):
    t = tick()
    if not phi:
        return [J("sms_json", {"ts": iso_utc(t), "svc": "smsgw", "event": R.choice(["carrier.throughput", "status.callback"]),
                               "messaging_service": "MG" + hexs(32), "mps": R.randint(1, 30), "queued": R.randint(0, 200), "sid": "SM" + hexs(32), "status": R.choice(["delivered", "sent", "undelivered"]), "err": R.choice([None, 30003, 30007])})]
    p = person()
    k = R.randint(0, 1)
    if k == 0:
        body = S("RCCU: Hi ", P(p.first, "name"), ", your SBRMC payment plan ", P(p.plan, "account"), " installment of $", f"{R.randint(25, 400)}.{R.randint(0, 99):02d}", " is due ",
                 P((TODAY + dt.timedelta(days=R.randint(3, 30))).strftime("%m/%d"), "date"), ". Reply STOP to opt out.")
    else:
        body = S("SBRMC Financial Assistance: application ", P(p.fap, "other_id"), " for ", P(p.first, "name"), " is ", R.choice(["approved (100% discount)", "approved (75% discount)", "missing documents"]),
                 ". Questions? 740-555-0190")
    return [J("sms_json", {"ts": iso_utc(t), "svc": "smsgw", "event": "message.create", "sid": "SM" + hexs(32),
                           "to": P(fmt_phone(p.cell, "e164"), "phone"), "from": CU_PHONE, "body": body, "status": "queued", "segments": 2})]


def g_ach(phi):
    t = tick()
    eff = (t + dt.timedelta(days=1)).strftime("%y%m%d")
    if not phi:
        if R.random() < 0.5:
            return [Line("nacha_ach").t(f"101 0441151262{R.randint(100000000, 999999999)}{t.strftime('%y%m%d%H%M')}A094101RIVERBEND COMMUNITY CU RIVERBEND CCU MEDRELIEF ".ljust(94)[:94])]
        return [Line("nacha_ach").t(f"5220RIVERBEND CCU                       1311234567PPDMEDRELIEF {eff}{eff}   1044115120{R.randint(1, 9999999):07d}"[:94].ljust(94))]
    p = person()
    name = ascii_fold(p.full()).upper()[:22]
    ln = Line("nacha_ach").t("627" + p.rt[:8] + p.rt[8]).add(P(p.dfi, "account")).t(" " * (17 - len(p.dfi)) + f"{R.randint(2500, 40000):010d}").add(P(p.mem, "account")).t(" " * 5).add(P(name, "name")).t(" " * (22 - len(name)) + "  0" + f"04411512{R.randint(1, 9999999):07d}")
    return [ln]


TINY_JPEG = base64.b64encode(bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(R.getrandbits(8) for _ in range(90)) + bytes.fromhex("ffd9")).decode()


def g_mobile(phi):
    t = tick()
    base = {"ts": iso_utc(t), "app": "RCCU Mobile", "ver": "5.12.0 (4411)", "os": R.choice(["Android 14", "iOS 17.6.1", "iOS 18.1"]), "sess": uid()}
    if not phi:
        base.update(R.choice([{"event": "feature_flag.fetch", "flags": 41, "etag": hexs(16), "ms": R.randint(20, 500)},
                              {"event": "crash_free.metrics", "rate": 0.997, "window": "24h", "build": 4411},
                              {"event": "screen.view", "screen": "MedReliefLanding", "ms": R.randint(100, 2000)}]))
        return [J("mobile_json", base)]
    p = person()
    k = R.randint(0, 2)
    if k == 0:
        base.update({"event": "device.bind", "member": P(p.mem, "account"), "device_id": S("imei:", P(p.imei, "device")), "client_ip": P(p.ip, "ip"), "risk": R.choice(["low", "medium"])})
    elif k == 1:
        base.update({"event": "idv.selfie.captured", "vendor": "Veriff", "member": P(p.mem, "account"), "face_template": P("FT2:" + base64.b64encode(bytes(R.getrandbits(8) for _ in range(48))).decode(), "biometric"),
                     "liveness": round(R.uniform(0.8, 0.99), 3), "image": S("data:image/jpeg;base64,", P(TINY_JPEG, "photo"))})
    else:
        base.update({"event": "idv.document.scanned", "member": P(p.mem, "account"), "doc_type": "DL", "doc_state": "OH", "doc_number": P(p.dl, "license"),
                     "doc_exp": P(f"{R.randint(2025, 2029)}-{p.dob.month:02d}-{p.dob.day:02d}", "date"), "name_match": True})
    return [J("mobile_json", base)]


def g_k8s(phi):
    t = tick()
    return [Line("k8s_argocd").t(R.choice([
        f'time="{iso_utc(t)[:-5]}Z" level=info msg="Sync operation to {hexs(7)} succeeded" application=medrelief-payplan dest-namespace=medrel',
        f'time="{iso_utc(t)[:-5]}Z" level=info msg="Updated health status: Progressing -> Healthy" application=fap-intake',
        f'I{t.strftime("%m%d %H:%M:%S")}.{t.microsecond:06d}       1 kuberuntime_manager.go:1051] "Pulled image" image="registry.rccu.local/medrel/docintake:3.4.{R.randint(1, 9)}" size="{R.randint(100, 900)}MB" pod="docintake-{hexs(10)}-{hexs(5)}"',
        f'W{t.strftime("%m%d %H:%M:%S")}.{t.microsecond:06d}       1 reflector.go:547] watch of *v1.ConfigMap ended with: too old resource version: {R.randint(10 ** 7, 10 ** 8)}',
    ]))]


def g_esign(phi):
    t = tick()
    env = uid()
    if not phi:
        return [Line("esign_kv").t(f"{iso_ms(t)} esign-connect envelope={env} status=sent template=MEDREL_PLAN_AGREEMENT_v4 sender=noreply@riverbendccu.org pages=4 hmac=sha256:{hexs(16)}")]
    p = person()
    return [Line("esign_kv").t(f"{iso_ms(t)} esign-connect envelope={env} status=completed template={R.choice(['MEDREL_PLAN_AGREEMENT_v4', 'HARDSHIP_DEFERRAL_v2'])} signer=\"").add(P(p.full(), "name")).t("\" signer_email=").add(P(p.email, "email")).t(" signer_ip=").add(P(p.ip, "ip")).t(" case=").add(P(p.hrd, "other_id")).t(f" auth=SMS_OTP")]


GENS = [  # (fn, weight_phi, weight_clean)
    (g_episys, 5, 4), (g_fap, 6, 3), (g_doc, 5, 3), (g_payplan, 5, 4), (g_trace, 0.5, 0.6), (g_stmt, 4, 2),
    (g_lien, 2, 1), (g_cti, 5, 3), (g_secmsg, 4, 2), (g_nginx, 6, 6), (g_hl7, 1.5, 1), (g_x12, 0.7, 0.3),
    (g_fhir, 3, 1), (g_syslog, 2, 5), (g_pg, 3, 3), (g_sms, 4, 2), (g_ach, 3, 1), (g_mobile, 4, 3),
    (g_k8s, 0, 4), (g_esign, 2, 1)]


def pick(phi):
    fns = [(f, wp if phi else wc) for f, wp, wc in GENS]
    fns = [(f, w) for f, w in fns if w > 0]
    tot = sum(w for _, w in fns)
    x = R.uniform(0, tot)
    for f, w in fns:
        x -= w
        if x <= 0:
            return f
    return fns[-1][0]


def main():
    lines = []
    while len(lines) < N_LINES:
        clean = sum(1 for l in lines if not l.sp)
        want_phi = (clean / len(lines) if lines else 1) >= TARGET_CLEAN
        batch = pick(want_phi)(want_phi)
        if len(lines) + len(batch) > N_LINES:
            continue
        lines.extend(batch)
    # ---- checks
    log_out = bytearray()
    lab_out = []
    for n, ln in enumerate(lines, 1):
        b = bytes(ln.b)
        txt = b.decode("utf-8")
        if "\n" in txt or "\r" in txt or not txt.strip():
            raise SystemExit(f"line {n}: bad line content")
        prev = 0
        spans = []
        for s, e, cat, meant in sorted(ln.sp):
            if not (0 <= s < e <= len(b)):
                raise SystemExit(f"line {n}: span out of range {s},{e}")
            if s < prev:
                raise SystemExit(f"line {n}: overlapping spans at {s}")
            if b[s:e].decode("utf-8") != meant:
                raise SystemExit(f"line {n}: span {s},{e} != {meant!r}")
            prev = e
            spans.append({"s": s, "e": e, "cat": cat})
        log_out += b + b"\n"
        lab_out.append(json.dumps({"line": n, "family": ln.fam, "spans": spans}, ensure_ascii=False))
    assert len(lab_out) == N_LINES
    with open("sc.log", "wb") as f:
        f.write(bytes(log_out))
    with open("sc.labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lab_out) + "\n")
    clean = sum(1 for l in lines if not l.sp)
    print(f"lines={len(lines)} clean={clean} ({clean / len(lines):.1%})", file=sys.stderr)


if __name__ == "__main__":
    main()
