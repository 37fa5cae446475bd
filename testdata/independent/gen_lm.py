#!/usr/bin/env python3
"""Synthetic labeled log corpus "lm": benefits administrator / TPA for self-funded
employer health plans.

Writes lm.log (500 lines) and lm.labels.jsonl next to this script. Standard library
only, deterministic (fixed seed, simulated clock; no wall-clock or OS randomness).
All people, identifiers, addresses and numbers are synthetic.

Systems simulated (families): Workday-like integration event log and SOAP/XML
fragments, ADP-like worker-event JSON, census CSV and fixed-width files, X12 834
segments, Django app logs, Celery worker logs, gunicorn access logs, COBRA notice
mail-merge rows, Go services (zap JSON, zap console, logrus key=value), receipt OCR
output, debit-card authorisation/processor lines, dependent-eligibility audit
key=value logs, stop-loss CSV reports, call-center notes, CTI/IVR logs, OpenSSH
sftp syslog, GnuPG job logs, Salesforce-like case webhooks, NACHA HSA contribution
records, Postfix mail logs, PostgreSQL logs, Prometheus metrics, Kubernetes events.

Labeling decisions:
- Persons whose data is labeled: employees/subscribers, spouses, children and other
  dependents, COBRA qualified beneficiaries, retirees, FSA/HSA/HRA participants,
  stop-loss claimants, callers about their own/family coverage, emergency contacts.
- Not labeled: TPA staff (agents, analysts, on-call engineers) and their usernames,
  emails, extensions; broker, carrier, vendor, employer and provider names, NPIs,
  EINs, phones, faxes, addresses (store/pharmacy/clinic addresses on receipts too);
  employer group/policy numbers (REF*1L, GRP-xxxx), plan codes, carrier trading
  partner IDs, SFTP account names of carriers/vendors and their server IPs.
- name: any rendering of a covered person's name (full, "Last, First", upper case,
  lower case, initials + surname, X12/fixed-width folded ASCII). A name embedded in
  a file name or e-mail local part is labeled only as the file-name part / the
  whole email respectively (email spans are not split).
- date: birth, hire (X12 DTP*336), qualifying-event, coverage begin/end, election
  deadline, marriage, service/purchase dates on claims/receipts and in notes
  (including month/day without year), postmark/signature dates of a member's form,
  and deadlines set for one member (substantiation due, document due).
  NOT labeled: log/processing timestamps, file run dates, plan-year boundaries,
  as-of dates, certificate/key creation dates, the card expiry (MMYY).
- age: only ages > 89; younger ages are left unlabeled.
- health_plan: carrier member IDs (with dependent suffix), TPA member IDs,
  FSA/HSA/HRA participant IDs, Medicare MBIs, COBRA subscriber IDs.
- ssn: full SSNs (formatted or 9 digits, incl. X12 REF*0F / NM1 ...*34*). Masked or
  partial values (xxx-xx-1234, "last 4 4412") are NOT labeled, nor are masked card
  numbers (411111******1234, ****3321).
- account: full debit card PANs, HSA/bank account numbers used for reimbursement,
  hospital patient account numbers on OCR receipts. Bank routing numbers are not.
- license: driver's licence numbers and birth/marriage certificate numbers.
- other_id: HRIS employee IDs, Workday worker WIDs, ADP associateOIDs, member-portal
  usernames, COBRA qualifying-event IDs, FSA/HRA claim numbers, Salesforce case
  numbers and Case/Contact record Ids of member cases, pharmacy Rx numbers,
  stop-loss claimant IDs. NOT other_id: card authorisation codes, RRNs, processor
  transaction IDs, batch/job/file IDs, trace/span IDs, request UUIDs.
- ip: public IPs of members logging into the portal/app (incl. the client entry of
  an X-Forwarded-For pair); internal 10.x addresses, carrier/vendor SFTP client
  IPs, mail relays, scanners in DisallowedHost/invalid-user lines are not labeled.
- zip: malformed/truncated member ZIPs in validation errors are still zip.
- Salesforce OwnerId (staff user) and Account (employer) records are not labeled.
- device: serials of a member's medical devices on receipts (CGM, hearing aid,
  CPAP) and the member's mobile-app device identifier.
- vehicle: plate/VIN given in a member's medical-mileage claim.
- url: full URLs (with scheme) that point at one member's document or profile are
  one url span; bare request paths are not URLs, only the ID inside is labeled.
- photo: base64 face image in ID-verification payloads; biometric: voiceprint
  template/enrolment values.
- phone/fax/email/address/zip: a member's own; address covers street line, unit,
  city and county (name or FIPS); state is not labeled; zip is its own span
  (ZIP or ZIP+4).
"""
import json
import os
import random
import re
import unicodedata
import datetime as dt
import hashlib
import base64

SEED = 20250314
R = random.Random(SEED)
TODAY = dt.date(2025, 3, 14)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "lm"


# --------------------------------------------------------------------------- line builder
class L:
    def __init__(self, family):
        self.family = family
        self.parts = []
        self.n = 0
        self.spans = []
        self.expect = []

    def t(self, s):
        s = str(s)
        self.parts.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        if cat is None:
            return self.t(s)
        b = len(s.encode("utf-8"))
        self.spans.append({"s": self.n, "e": self.n + b, "cat": cat})
        self.expect.append(s)
        self.parts.append(s)
        self.n += b
        return self

    def f(self, tpl, **kw):
        bits = re.split(r"<<(\w+)>>", tpl)
        for i, b in enumerate(bits):
            if i % 2 == 0:
                self.t(b)
            else:
                v = kw[b]
                if isinstance(v, tuple):
                    self.p(v[0], v[1])
                else:
                    self.t(v)
        return self

    def fw(self, v, width, cat=None, right=False, fill=" "):
        v = str(v)[:width]
        pad = fill * (width - len(v))
        if right:
            self.t(pad)
            self.p(v, cat)
        else:
            self.p(v, cat)
            self.t(pad)
        return self

    def text(self):
        return "".join(self.parts)

    @property
    def phi(self):
        return bool(self.spans)


class P:
    """JSON leaf to be labeled."""

    def __init__(self, v, cat):
        self.v, self.cat = v, cat


def emit_json(ln, obj, compact=False, ascii_=False):
    isep, ksep = ((",", ":") if compact else (", ", ": "))

    def rec(o):
        if isinstance(o, dict):
            ln.t("{")
            for i, (k, v) in enumerate(o.items()):
                if i:
                    ln.t(isep)
                ln.t(json.dumps(k, ensure_ascii=ascii_) + ksep)
                rec(v)
            ln.t("}")
        elif isinstance(o, list):
            ln.t("[")
            for i, v in enumerate(o):
                if i:
                    ln.t(isep)
                rec(v)
            ln.t("]")
        elif isinstance(o, P):
            if isinstance(o.v, str):
                s = json.dumps(o.v, ensure_ascii=ascii_)
                ln.t('"')
                ln.p(s[1:-1], o.cat)
                ln.t('"')
            else:
                ln.p(json.dumps(o.v), o.cat)
        else:
            ln.t(json.dumps(o, ensure_ascii=ascii_))

    rec(obj)
    return ln


# --------------------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.t = dt.datetime(2025, 3, 14, 1, 58, 3, 118000)

    def tick(self, lo=0, hi=21):
        self.t += dt.timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
        return self.t


CLK = Clock()
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def ts_iso(t):  # local CDT with offset
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "-05:00"


def ts_utc(t):
    u = t + dt.timedelta(hours=5)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"


def ts_py(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)


def ts_sys(t):
    return "%s %2d %s" % (MON[t.month - 1], t.day, t.strftime("%H:%M:%S"))


def ts_clf(t):
    return "%02d/%s/%d:%s -0500" % (t.day, MON[t.month - 1], t.year, t.strftime("%H:%M:%S"))


def ts_epoch(t):
    return (t - dt.datetime(1970, 1, 1)).total_seconds() + 5 * 3600


# --------------------------------------------------------------------------- helpers
def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def x12name(s):
    return fold(s).upper().replace("'", "").replace(".", "")


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def fdate(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "usnz":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "ymd":
        return d.strftime("%Y%m%d")
    if style == "dmon":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)
    if style == "long":
        return "%s %d, %d" % (d.strftime("%B"), d.day, d.year)
    if style == "short":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "dash":
        return d.strftime("%m-%d-%Y")
    if style == "dmy":
        return "%d %s %d" % (d.day, MON[d.month - 1], d.year)
    if style == "md":
        return "%d/%d" % (d.month, d.day)
    raise ValueError(style)


def fphone(ph, style):
    a, b, c = ph[:3], ph[3:6], ph[6:]
    return {
        "paren": "(%s) %s-%s" % (a, b, c),
        "dash": "%s-%s-%s" % (a, b, c),
        "raw": ph,
        "intl": "+1 %s %s %s" % (a, b, c),
        "dot": "%s.%s.%s" % (a, b, c),
        "e164": "+1" + ph,
        "one": "1-%s-%s-%s" % (a, b, c),
    }[style]


def rand_phone(area):
    return area + str(R.randint(2, 9)) + digits(2) + digits(4)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g = R.randint(1, 99)
        s = R.randint(1, 9999)
        v = "%03d%02d%04d" % (a, g, s)
        if v not in ("078051120", "123456789", "219099999"):
            return v


def fssn(v, style):
    return {"dash": "%s-%s-%s" % (v[:3], v[3:5], v[5:]), "raw": v, "sp": "%s %s %s" % (v[:3], v[3:5], v[5:])}[style]


def luhn(prefix, length=16):
    body = prefix + digits(length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    return (str(R.randint(1, 9)) + R.choice(MBI_A) + R.choice(MBI_AN) + str(R.randint(0, 9)) + R.choice(MBI_A)
            + R.choice(MBI_AN) + str(R.randint(0, 9)) + R.choice(MBI_A) + R.choice(MBI_A) + digits(2))


def rand_date(y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(a, b))


def age_of(d):
    return TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))


def money(lo, hi):
    return "%.2f" % (R.randint(int(lo * 100), int(hi * 100)) / 100)


# --------------------------------------------------------------------------- people
ORIGINS = {
    "ng": ("Chinedu:M Ngozi:F Adaeze:F Emeka:M Oluwaseun:M Folake:F Tunde:M Chiamaka:F",
           "Okafor|Adeyemi|Nwosu|Balogun|Eze-Okonkwo|Obi"),
    "mx": ("María José:F Mateo:M Sofía:F Guadalupe:F Jesús:M Ximena:F Luis Ángel:M Itzel:F",
           "Hernández-Ruiz|Gómez|de la Cruz|Villaseñor|Núñez|Ortega|Zúñiga"),
    "in": ("Priya:F Rahul:M Ananya:F Venkata:M Harpreet:F Ishaan:M Lakshmi:F",
           "Raghunathan|Venkataraman|Patel|Gill|Chatterjee|Subramaniam"),
    "cn": ("Wei:M Mei-Ling:F Jun:M Xiaoyu:F Hao:M",
           "Zhang|Liu|Chen|Wong|Xu"),
    "vn": ("Thị Hoa:F Minh:M Quang:M Lan Anh:F Bảo:M",
           "Nguyễn|Trần|Phạm|Lê"),
    "kr": ("Min-jun:M Ji-woo:F Seo-yeon:F Hyun-woo:M",
           "Lee|Park|Kim|Choi"),
    "ru": ("Dmitri:M Olga:F Anastasia:F Yevgeny:M",
           "Volkov|Ivanova|Sokolov|Kuznetsova"),
    "pt": ("João:M Ana-Lucía:F Thiago:M Beatriz:F",
           "Pereira|dos Santos|Conceição|Azevedo"),
    "ie": ("Siobhán:F Declan:M Aoife:F Pádraig:M",
           "O'Brien|McCarthy|Ó Súilleabháin|Fitzgerald"),
    "nl": ("Maarten:M Femke:F Joost:M",
           "van der Berg|de Vries|Van Dijk"),
    "de": ("Jürgen:M Anneliese:F Lukas:M",
           "Müller-Lüdenscheidt|Schröder|Weiß"),
    "ar": ("Yusuf:M Fatima:F Omar:M Layla:F",
           "Al-Amin|Haddad|El-Sayed|Nasser"),
    "us": ("Brittany:F Tyler:M Dakota:M Ashley:F Cody:M Jo Ellen:F Billy Ray:M Shawna:F",
           "Johnson|Whitfield|McAllister|Hollis|St. John|Washington|LaRue"),
    "pl": ("Katarzyna:F Wojciech:M Zofia:F",
           "Wiśniewska|Kowalczyk|Brzęczyszczykiewicz"),
    "gr": ("Konstantinos:M Eleni:F",
           "Papadopoulos|Georgiou"),
    "jp": ("Haruto:M Yui:F Takeshi:M",
           "Tanaka|Watanabe|Yamamoto"),
    "so": ("Abdirahman:M Hodan:F Ayaan:F",
           "Warsame|Mohamud|Abdi"),
    "fr": ("Zoë:F Léa:F Aurélien:M",
           "Lefèvre|Dubois|Le Goff"),
}
ORIG = {k: ([tuple(x.split(":")) for x in re.findall(r"[^:]+:[MF]", " " + a)], b.split("|")) for k, (a, b) in ORIGINS.items()}
for k, (fs, _) in ORIG.items():
    ORIG[k] = ([(n.strip(), g) for n, g in fs], ORIG[k][1])

CITIES = [("Chicago", "Cook", "IL", "606", "17031", "312"), ("Evanston", "Cook", "IL", "602", "17031", "847"),
          ("Naperville", "DuPage", "IL", "605", "17043", "630"), ("Milwaukee", "Milwaukee", "WI", "532", "55079", "414"),
          ("Houston", "Harris", "TX", "770", "48201", "713"), ("San Antonio", "Bexar", "TX", "782", "48029", "210"),
          ("Phoenix", "Maricopa", "AZ", "850", "04013", "602"), ("Tucson", "Pima", "AZ", "857", "04019", "520"),
          ("Columbus", "Franklin", "OH", "432", "39049", "614"), ("Dayton", "Montgomery", "OH", "454", "39113", "937"),
          ("Atlanta", "Fulton", "GA", "303", "13121", "404"), ("Decatur", "DeKalb", "GA", "300", "13089", "470"),
          ("Minneapolis", "Hennepin", "MN", "554", "27053", "612"), ("St. Paul", "Ramsey", "MN", "551", "27123", "651"),
          ("Denver", "Denver", "CO", "802", "08031", "303"), ("Raleigh", "Wake", "NC", "276", "37183", "919"),
          ("Charlotte", "Mecklenburg", "NC", "282", "37119", "704"), ("Nashville", "Davidson", "TN", "372", "47037", "615"),
          ("Sacramento", "Sacramento", "CA", "958", "06067", "916"), ("Fresno", "Fresno", "CA", "937", "06019", "559"),
          ("Portland", "Multnomah", "OR", "972", "41051", "503"), ("Boise", "Ada", "ID", "837", "16001", "208"),
          ("Omaha", "Douglas", "NE", "681", "31055", "402"), ("Tampa", "Hillsborough", "FL", "336", "12057", "813"),
          ("Hialeah", "Miami-Dade", "FL", "330", "12086", "305"), ("Paterson", "Passaic", "NJ", "075", "34031", "973"),
          ("Worcester", "Worcester", "MA", "016", "25027", "508"), ("Provo", "Utah", "UT", "846", "49049", "801"),
          ("Cicero", "Cook", "IL", "608", "17031", "708"), ("Waukegan", "Lake", "IL", "600", "17097", "847")]
STREETS = ["W Fullerton Ave", "N Lincoln Ave", "Maple St", "Oak Hollow Dr", "S Kedzie Ave", "Calle Real",
           "Elm Ct", "Sunnyside Ln", "E 38th St", "Old Mill Rd", "Peachtree Pl NE", "Hwy 12", "Cedar Ridge Ter",
           "Avenida Del Sol", "Washington Blvd", "Martin Luther King Jr Dr", "County Road 7", "Rue Bourbon",
           "N Avers Ave", "Birchwood Cir", "S 27th Ave", "Lakeshore Dr", "Pine Needle Way", "Kimball Ave"]
UNITS = ["", "", "", "Apt 3B", "Unit 12", "#4", "Apt 1021", "Fl 2", "Lot 17", "Ste 5"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "comcast.net", "proton.me"]

EMPLOYERS = [("Acme Manufacturing Co", "GRP-7734", "362841937"), ("Northwind Logistics LLC", "GRP-1182", "271904455"),
             ("Lakeshore Unified School District", "GRP-0419", "366002113"), ("Pinecrest Senior Living", "GRP-2290", "454118760"),
             ("Riverbend Foods Inc", "GRP-5511", "208833410")]
CARRIERS = [("HARBORBLUE", "HarborBlue PPO", "hbb_edi"), ("MERIDIANRX", "Meridian Rx", "meridianrx_sftp"),
            ("KEYSTONEDENT", "Keystone Dental", "keystone_ftp"), ("VISIONONE", "VisionOne", "v1_elig")]
STAFF = [("Jenna Park", "jpark"), ("Luis Morales", "lmorales"), ("Tasha Greene", "tgreene"), ("Ravi Menon", "rmenon"),
         ("Colleen Burke", "cburke"), ("Ahmed Qureshi", "aqureshi"), ("Dana Whitaker", "dwhitaker")]
PLANS = ["PPO500", "PPO1500", "HDHP3000", "EPO250", "HDHP-HSA"]
TIERS = ["EE", "ES", "EC", "EF"]


class Person:
    pass


def mk_person(origin, sex=None, byears=(1962, 2002), last=None):
    firsts, lasts = ORIG[origin]
    cand = [f for f in firsts if sex is None or f[1] == sex]
    fn, g = R.choice(cand)
    p = Person()
    p.first, p.sex = fn, g
    p.last = gender_last(last or R.choice(lasts), g)
    p.mi = R.choice("ABCDEFGHJKLMNPRSTW")
    p.dob = rand_date(*byears)
    p.ssn = ssn()
    return p


def gender_last(last, g):
    # Slavic surnames agree with gender (Volkov/Volkova, Wisniewski/Wisniewska)
    for m_, f_ in (("ov", "ova"), ("ev", "eva"), ("ski", "ska"), ("in", "ina")):
        if g == "F" and last.endswith(m_) and not last.endswith(f_):
            if last in ("Volkov", "Sokolov", "Ivanov", "Kuznetsov", "Wiśniewski"):
                return last[: -len(m_)] + f_
        if g == "M" and last.endswith(f_) and last in ("Ivanova", "Kuznetsova", "Volkova", "Sokolova", "Wiśniewska"):
            return last[: -len(f_)] + m_
    return last


def name_fmt(p, style):
    if style == "fl":
        return "%s %s" % (p.first, p.last)
    if style == "lf":
        return "%s, %s" % (p.last, p.first)
    if style == "LF":
        return "%s, %s" % (p.last.upper(), p.first.upper())
    if style == "FL":
        return "%s %s" % (p.first.upper(), p.last.upper())
    if style == "lower":
        return "%s %s" % (p.first.lower(), p.last.lower())
    if style == "init":
        return "%s. %s" % (p.first[0], p.last)
    if style == "fml":
        return "%s %s. %s" % (p.first, p.mi, p.last)
    if style == "caret":
        return "%s^%s" % (x12name(p.last), x12name(p.first))
    raise ValueError(style)


def email_for(p, byear=True):
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    pat = R.choice(["{f}.{l}", "{f}{l}{y}", "{f0}{l}", "{l}.{f}{n}", "{f}_{l0}{y2}", "{l}{f0}{n}"])
    loc = pat.format(f=f, l=l, f0=f[0], l0=l[0], y=p.dob.year, y2=str(p.dob.year)[2:], n=R.randint(1, 99))
    return loc + "@" + R.choice(DOMAINS)


HOUSEHOLDS = []
MEMBERS = []  # every covered person


def mk_household(origin, retiree=False):
    h = Person()
    h.origin = origin
    if retiree:
        e = mk_person(origin, byears=(1930, 1935))
    else:
        e = mk_person(origin, byears=(1960, 2000))
    e.rel = "EE"
    h.ee = e
    c = R.choice(CITIES)
    h.city, h.county, h.state, z3, h.fips, area = c
    h.zip = z3 + digits(2)
    h.zip4 = digits(4)
    h.street = "%d %s" % (R.randint(12, 9899), R.choice(STREETS))
    h.unit = R.choice(UNITS)
    h.phone = rand_phone(area)
    h.phone2 = rand_phone(R.choice(["312", "773", "872", area]))
    h.email = email_for(e)
    h.emp = EMPLOYERS[4 if retiree else R.randrange(len(EMPLOYERS))]
    h.emp_id = str(R.randint(100000, 389999)) if R.random() < 0.7 else "E" + digits(6)
    h.wid = hexs(32)
    h.aoid = "G" + "".join(R.choice("0123456789ABCDEFGHJKLMNPQRSTVWXYZ") for _ in range(15))
    h.carrier_pref = R.choice(["XOF", "HBB", "ZGP", "MWB"])
    h.mid_base = h.carrier_pref + digits(9)
    h.tpa_mid = "M" + digits(8)
    h.pid = "P" + digits(7)
    h.hsa_acct = digits(R.choice([10, 11, 12]))
    h.pan = luhn(R.choice(["414720", "523914", "446053"]))
    h.user = R.choice([re.sub(r"[^a-z0-9]", "", fold(e.first).lower())[:6] + re.sub(r"[^a-z0-9]", "", fold(e.last).lower())[:5] + str(R.randint(1, 99)),
                       email_for(e).split("@")[0]])
    h.ip = "%d.%d.%d.%d" % (R.choice([73, 24, 98, 67, 108, 174, 71, 99, 68, 76]), R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))
    h.dl = R.choice(["%s%03d-%04d-%04d" % (fold(e.last)[0].upper(), R.randint(100, 999), R.randint(0, 9999), R.randint(0, 9999)),
                     digits(8), R.choice("ABDFGK") + digits(7), digits(3) + "-" + digits(3) + "-" + digits(3)])
    h.plan = R.choice(PLANS)
    h.hire = rand_date(2004, 2024)
    h.mbi = mbi()
    h.deps = []
    if retiree:
        if R.random() < 0.5:
            s = mk_person(origin, sex="F" if e.sex == "M" else "M", byears=(1932, 1940), last=e.last)
            s.rel = "SP"
            h.deps.append(s)
    else:
        if R.random() < 0.65:
            sl = e.last if R.random() < 0.7 else (R.choice(ORIG[origin][1]) if R.random() < 0.5 else e.last + "-" + R.choice(ORIG[origin][1]))
            s = mk_person(origin, sex="F" if e.sex == "M" else "M", byears=(e.dob.year - 6, min(2001, e.dob.year + 6)), last=sl)
            s.rel = "SP"
            h.deps.append(s)
        for _ in range(R.choice([0, 1, 1, 2, 2, 3])):
            k = mk_person(origin, byears=(max(e.dob.year + 20, 1998), 2024), last=e.last)
            tries = 0
            while k.first in [x.first for x in [e] + h.deps] and tries < 20:
                tries += 1
                k = mk_person(origin, byears=(max(e.dob.year + 20, 1998), 2024), last=e.last)
            if k.first in [x.first for x in [e] + h.deps]:
                continue
            k.rel = "CH"
            h.deps.append(k)
    for i, m in enumerate([e] + h.deps):
        m.h = h
        m.sfx = "%02d" % (i + 1)
        m.mid = h.mid_base + m.sfx
        MEMBERS.append(m)
    h.tier = "EE" if not h.deps else ("EF" if len(h.deps) > 1 else ("ES" if h.deps[0].rel == "SP" else "EC"))
    return h


for _o in list(ORIG.keys()) * 4:
    HOUSEHOLDS.append(mk_household(_o))
RETIREES = [mk_household(o, retiree=True) for o in ["ie", "de", "us", "jp", "pl"]]
HOUSEHOLDS_ALL = HOUSEHOLDS + RETIREES
for _h in RETIREES:
    _h.emp = EMPLOYERS[3]


def hh():
    return R.choice(HOUSEHOLDS)


def any_member():
    return R.choice(MEMBERS)


def addr_line(h):
    return h.street + ((" " + h.unit) if h.unit else "")


# --------------------------------------------------------------------------- episodes
# each returns a list of L; noise functions never add spans.
def host(prefix):
    return "%s-%s-%s" % (prefix, hexs(10)[:9], hexs(5))


# ---- Workday-like integration event log
def ep_workday():
    out = []
    emp = R.choice(EMPLOYERS)
    car = R.choice(CARRIERS)
    integ = "INT%04d_%s_834_Outbound" % (R.randint(10, 99), car[0].title())
    ev = R.randint(48000000, 48999999)
    t = CLK.tick()
    out.append(L("workday_intlog").t("%s INFO  [%s] Integration Event %d launched by ISU_Benefits_Integrations; Launch_Parameters: As_Of_Effective_Date=%s; Full_File=%s; Include_Terminated_Workers=1"
                                   % (ts_iso(t), integ, ev, TODAY.isoformat(), R.choice(["0", "1"]))))
    t = CLK.tick()
    out.append(L("workday_intlog").t("%s INFO  [%s] Retrieving data: Report-as-a-Service 'CR_INT_Benefit_Elections_%s' returned %s rows in %.1fs"
                                   % (ts_iso(t), integ, car[0].title(), "{:,}".format(R.randint(800, 9000)), R.uniform(3, 40))))
    for _ in range(R.randint(1, 3)):
        h = hh()
        t = CLK.tick()
        ln = L("workday_intlog")
        ln.t("%s WARN  [%s] " % (ts_iso(t), integ))
        k = R.randrange(5)
        e = h.ee
        if k == 0 and h.deps:
            d = R.choice(h.deps)
            ln.f("Validation: Worker <<wn>> (Employee_ID=<<eid>>) - Dependent '<<dn>>' is missing National_ID; Date_of_Birth=<<dob>>; Relationship=<<rel>>",
                 wn=(name_fmt(e, "lf"), "name"), eid=(h.emp_id, "other_id"), dn=(name_fmt(d, "fl"), "name"),
                 dob=(fdate(d.dob, "iso"), "date"), rel={"SP": "Spouse", "CH": "Child"}[d.rel])
        elif k == 1:
            ln.f("Worker WID <<wid>> Benefit_Event 'Termination' effective <<d>>; coverage end <<ce>> sent as INS*N*18*024; COBRA_Eligible=Y",
                 wid=(h.wid, "other_id"), d=(fdate(rand_date(2025, 2025).replace(month=R.choice([1, 2, 3]), day=R.randint(1, 28)), "iso"), "date"),
                 ce=(fdate(dt.date(2025, R.choice([1, 2, 3]), 28), "iso"), "date"))
        elif k == 2:
            ln.f("Field 'Home_Postal_Code' invalid for Worker <<eid>> <<n>>: value '<<z>>' (expected 5 or 9 digits); row skipped",
                 eid=(h.emp_id, "other_id"), n=(name_fmt(e, "fl"), "name"), z=(h.zip[:4], "zip"))
        elif k == 3:
            ln.f("Duplicate SSN detected across workers: <<s>> on Employee_IDs [<<a>>, <<b>>]; later record suppressed",
                 s=(fssn(e.ssn, "dash"), "ssn"), a=(h.emp_id, "other_id"), b=(str(int(re.sub(r"\D", "", h.emp_id)) + R.randint(1, 900)), "other_id"))
        else:
            ln.f("Worker <<n>> (<<eid>>) has Benefit_Election Medical/<<plan>>/<<tier>> with no Hire_Date override; using Original_Hire_Date <<hd>>",
                 n=(name_fmt(e, "LF"), "name"), eid=(h.emp_id, "other_id"), plan=h.plan, tier=h.tier,
                 hd=(fdate(h.hire, "iso"), "date"))
        out.append(ln)
    t = CLK.tick()
    out.append(L("workday_intlog").t("%s INFO  [%s] Document '%s_%s_834_%s.txt.pgp' (%s bytes) delivered to endpoint sftp://sftp.%s.example:22/inbound/834 status=Completed"
                                   % (ts_iso(t), integ, emp[1].replace("-", ""), car[0], TODAY.strftime("%Y%m%d"), "{:,}".format(R.randint(90000, 2500000)), car[0].lower())))
    return out


def ep_workday_xml():
    h = hh()
    e = h.ee
    t = CLK.tick()
    ln = L("workday_xml")
    ln.t("%s DEBUG [wd.soap.Get_Workers] response fragment: " % ts_iso(t))
    ln.t('<wd:Worker><wd:Worker_Reference><wd:ID wd:type="WID">').p(h.wid, "other_id")
    ln.t('</wd:ID><wd:ID wd:type="Employee_ID">').p(h.emp_id, "other_id")
    ln.t("</wd:ID></wd:Worker_Reference><wd:Worker_Data><wd:Personal_Data><wd:Name_Data><wd:Legal_Name_Data><wd:Name_Detail_Data>")
    ln.t("<wd:First_Name>").p(e.first, "name").t("</wd:First_Name><wd:Last_Name>").p(e.last, "name").t("</wd:Last_Name>")
    ln.t("</wd:Name_Detail_Data></wd:Legal_Name_Data></wd:Name_Data>")
    ln.t("<wd:Birth_Date>").p(e.dob.isoformat(), "date").t("-08:00</wd:Birth_Date>")
    if R.random() < 0.6:
        ln.t('<wd:Contact_Data><wd:Address_Data><wd:Address_Line_Data wd:Type="ADDRESS_LINE_1">').p(h.street, "address")
        ln.t("</wd:Address_Line_Data><wd:Municipality>").p(h.city, "address").t("</wd:Municipality>")
        ln.t("<wd:Postal_Code>").p(h.zip, "zip").t("</wd:Postal_Code></wd:Address_Data></wd:Contact_Data>")
    ln.t("</wd:Personal_Data></wd:Worker_Data></wd:Worker>")
    return [ln]


def n_workday_misc():
    t = CLK.tick()
    integ = "INT%04d_%s_834_Outbound" % (R.randint(10, 99), R.choice(CARRIERS)[0].title())
    msg = R.choice([
        "Integration Event %d completed with status Completed_With_Warnings (warnings=%d, errors=0) in %dm%02ds" % (R.randint(48000000, 48999999), R.randint(1, 9), R.randint(1, 14), R.randint(0, 59)),
        "Sequence generator 'BEN_834_CTRL' next value %09d reserved for ISA13" % R.randint(4000, 9000),
        "Change detection: comparing against prior launch %d (%s); 37 workers with field-level changes" % (R.randint(48000000, 48999999), (TODAY - dt.timedelta(days=1)).isoformat()),
        "Transformation XSLT 'Benefits_834_5010.xsl' v3.14 applied; output encoding=US-ASCII, segment terminator='~'",
        "Business process 'Benefit Change' subscriptions refreshed for tenant lakeviewba_impl3 (2 event types)",
    ])
    return [L("workday_intlog").t("%s INFO  [%s] %s" % (ts_iso(t), integ, msg))]


# ---- ADP-like worker events JSON
def ep_adp():
    h = hh()
    e = h.ee
    t = CLK.tick()
    ln = L("adp_json")
    ln.t("%s INFO adp.events.consumer - received event " % ts_py(t))
    kind = R.randrange(3)
    if kind == 0:
        obj = {"events": [{"eventID": uuid4(), "eventNameCode": {"codeValue": "worker.legalAddress.change"},
                           "recordDateTime": ts_utc(t), "data": {"eventContext": {"worker": {"associateOID": P(h.aoid, "other_id")}},
                                                               "transform": {"worker": {"person": {"legalAddress": {
                                                                   "lineOne": P(h.street, "address"), "lineTwo": P(h.unit, "address") if h.unit else "",
                                                                   "cityName": P(h.city, "address"), "countrySubdivisionLevel1": {"codeValue": h.state},
                                                                   "postalCode": P(h.zip, "zip")}}}}}}]}
    elif kind == 1:
        obj = {"events": [{"eventID": uuid4(), "eventNameCode": {"codeValue": "worker.dependent.add"},
                           "data": {"eventContext": {"worker": {"associateOID": P(h.aoid, "other_id"), "workerID": {"idValue": P(h.emp_id, "other_id")}}},
                                    "transform": {"dependent": {"person": {"legalName": {"givenName": P((h.deps[0] if h.deps else e).first, "name"),
                                                                                         "familyName1": P((h.deps[0] if h.deps else e).last, "name")},
                                                                           "birthDate": P(fdate((h.deps[0] if h.deps else e).dob, "iso"), "date"),
                                                                           "governmentIDs": [{"idValue": P(fssn((h.deps[0] if h.deps else e).ssn, "dash"), "ssn"), "nameCode": {"codeValue": "SSN"}}]},
                                                                "relationshipTypeCode": {"codeValue": "Spouse" if (h.deps and h.deps[0].rel == "SP") else "Child"}}}}}]}
    else:
        obj = {"events": [{"eventID": uuid4(), "eventNameCode": {"codeValue": "worker.businessCommunication.email.change"},
                           "data": {"eventContext": {"worker": {"associateOID": P(h.aoid, "other_id")}},
                                    "transform": {"worker": {"person": {"communication": {"emails": [{"emailUri": P(h.email, "email"), "nameCode": {"codeValue": "Personal E-mail"}}],
                                                                                          "mobiles": [{"formattedNumber": P(fphone(h.phone, "paren"), "phone")}]}}}}}}]}
    emit_json(ln, obj, compact=R.random() < 0.5, ascii_=R.random() < 0.5)
    return [ln]


def n_adp():
    t = CLK.tick()
    msg = R.choice([
        "GET https://api.adp.example/hr/v2/workers?$top=100&$skip=%d -> 200 (%dms, x-adp-request-id=%s)" % (R.randint(1, 40) * 100, R.randint(180, 2400), uuid4()),
        "OAuth2 client_credentials token refreshed for client_id=%s expires_in=3600 (mTLS cert CN=lakeviewba-prod, serial %s)" % (hexs(8) + "-" + hexs(4), hexs(16).upper()),
        "event queue drained: 0 pending, last eventID=%s, lag=%.1fs" % (uuid4(), R.uniform(0.1, 9)),
        "429 Too Many Requests from /events/hr/v1/worker.dependent.add; Retry-After=%d; backing off" % R.randint(2, 30),
    ])
    return [L("adp_json").t("%s INFO adp.events.consumer - %s" % (ts_py(t), msg))]


# ---- census CSV
def ep_census_csv():
    out = []
    emp = R.choice(EMPLOYERS)
    fname = "%s_census_%s.csv" % (emp[1].replace("-", "").lower(), TODAY.strftime("%Y%m%d"))
    t = CLK.tick()
    out.append(L("django_log").t("[%s] INFO census.importers: import started file=%s encoding=utf-8-sig dialect=excel employer_group=%s" % (ts_py(t), fname, emp[1])))
    variant = R.randrange(2)
    if variant == 0:
        out.append(L("census_csv").t("EmployeeID,SSN,Last Name,First Name,MI,DOB,Gender,Relationship,Address1,City,State,Zip,Coverage Tier,Medical Plan,Effective Date"))
    else:
        out.append(L("census_csv").t('"emp_no";"member_ssn";"nom";"prenom";"date_naiss";"sexe";"lien";"cp";"tel_mobile"'))
    for _ in range(R.randint(2, 5)):
        h = hh()
        mems = [h.ee] + h.deps
        m = R.choice(mems)
        ln = L("census_csv")
        if variant == 0:
            ln.p(h.emp_id, "other_id").t(",").p(fssn(m.ssn, R.choice(["dash", "raw"])), "ssn").t(",")
            last = m.last if "," not in m.last else m.last
            if "'" in last or " " in last:
                ln.t('"').p(last, "name").t('"')
            else:
                ln.p(last, "name")
            ln.t(",").p(m.first, "name").t(",").t(m.mi + ",").p(fdate(m.dob, R.choice(["us", "usnz"])), "date")
            ln.t(",%s,%s," % (m.sex, m.rel))
            ln.t('"').p(addr_line(h), "address").t('",').p(h.city, "address").t(",%s," % h.state).p(h.zip, "zip")
            ln.t(",%s,%s," % (h.tier, h.plan)).p(fdate(dt.date(2025, R.choice([1, 2, 3, 4]), 1), "us"), "date")
        else:
            ln.t('"').p(h.emp_id, "other_id").t('";"').p(fssn(m.ssn, "raw"), "ssn").t('";"').p(m.last, "name").t('";"').p(m.first, "name")
            ln.t('";"').p(m.dob.strftime("%d/%m/%Y"), "date").t('";"%s";"%s";"' % (m.sex, {"EE": "salarie", "SP": "conjoint", "CH": "enfant"}[m.rel]))
            ln.p(h.zip, "zip").t('";"')
            if m.rel != "CH":
                ln.p(fphone(h.phone, "dot"), "phone")
            ln.t('"')
        out.append(ln)
    t = CLK.tick()
    out.append(L("django_log").t("[%s] INFO census.importers: import finished file=%s rows=%d inserted=%d updated=%d rejected=%d elapsed=%.2fs"
                                 % (ts_py(t), fname, R.randint(200, 4000), R.randint(0, 30), R.randint(10, 300), R.randint(0, 6), R.uniform(1, 30))))
    return out


# ---- census fixed width
def ep_census_fixed():
    out = []
    emp = R.choice(EMPLOYERS)
    n = R.randint(2, 4)
    out.append(L("census_fixed").t("H" + emp[1].replace("-", "").ljust(10) + TODAY.strftime("%Y%m%d") + "ELIG" + "%06d" % R.randint(300, 5000) + "V02" + " " * 20 + "LAKEVIEWBA"))
    for _ in range(n):
        h = hh()
        m = R.choice([h.ee] + h.deps)
        ln = L("census_fixed")
        ln.t("D")
        ln.fw(h.emp_id, 9, "other_id")
        ln.fw(m.ssn, 9, "ssn")
        ln.t({"EE": "18", "SP": "01", "CH": "19"}[m.rel])
        ln.fw(x12name(m.last), 20, "name")
        ln.fw(x12name(m.first), 15, "name")
        ln.t(m.mi)
        ln.p(m.dob.strftime("%Y%m%d"), "date")
        ln.t(m.sex)
        ln.fw(x12name(h.street), 30, "address")
        ln.fw(x12name(h.city), 18, "address")
        ln.t(h.state)
        ln.p(h.zip + h.zip4, "zip")
        ln.fw(h.plan, 8)
        ln.t(h.tier.ljust(3))
        ln.p(dt.date(2025, R.choice([1, 3]), 1).strftime("%Y%m%d"), "date")
        ln.t("A")
        out.append(ln)
    out.append(L("census_fixed").t("T" + "%08d" % (n + 2) + "%012d" % R.randint(10 ** 8, 10 ** 11) + " " * 30 + "EOF"))
    return out


# ---- X12 834
def isa(ctrl, car):
    return ("ISA*00*          *00*          *ZZ*%s*ZZ*%s*%s*%s*^*00501*%09d*0*P*:~"
            % ("LAKEVIEWBA".ljust(15), car.ljust(15), TODAY.strftime("%y%m%d"), CLK.t.strftime("%H%M"), ctrl))


def ep_x12():
    out = []
    car = R.choice(CARRIERS)
    emp = R.choice(EMPLOYERS)
    ctrl = R.randint(4000, 9999)
    CLK.tick()
    hdr = [isa(ctrl, car[0]),
           "GS*BE*LAKEVIEWBA*%s*%s*%s*%d*X*005010X220A1~" % (car[0], TODAY.strftime("%Y%m%d"), CLK.t.strftime("%H%M"), ctrl),
           "ST*834*%04d*005010X220A1~" % R.randint(1, 30),
           "BGN*00*%s%s*%s*%s****%s~" % (emp[1].replace("-", ""), TODAY.strftime("%Y%m%d"), TODAY.strftime("%Y%m%d"), CLK.t.strftime("%H%M%S"), R.choice(["2", "4"])),
           "REF*38*%s~" % emp[1].replace("GRP-", "HB00"),
           "DTP*007*D8*%s~" % TODAY.strftime("%Y%m%d"),
           "N1*P5*%s*FI*%s~" % (emp[0].upper(), emp[2]),
           "N1*IN*%s*FI*%s~" % (car[1].upper(), digits(9))]
    if R.random() < 0.5:  # mid-file dump: first transaction header only
        hdr = hdr[2:4] + hdr[6:7]
    for s in hdr:
        out.append(L("x12_834").t(s))
    nloops = R.randint(1, 2)
    for _ in range(nloops):
        h = hh()
        m = R.choice([h.ee] + h.deps)
        term = R.random() < 0.3
        rel = {"EE": "18", "SP": "01", "CH": "19"}[m.rel]
        out.append(L("x12_834").t("INS*%s*%s*%s*%s*A*%s**FT~" % ("Y" if m.rel == "EE" else "N", rel, "024" if term else R.choice(["021", "030", "001"]),
                                                                  "07" if term else R.choice(["28", "EC", "AI"]), "C" if term and R.random() < 0.5 else "")))
        out.append(L("x12_834").t("REF*0F*").p(h.ee.ssn, "ssn").t("~"))
        out.append(L("x12_834").t("REF*1L*%s~" % emp[1].replace("GRP-", "")))
        if m.rel == "EE":
            out.append(L("x12_834").t("DTP*336*D8*").p(h.hire.strftime("%Y%m%d"), "date").t("~"))
        ln = L("x12_834").t("NM1*IL*1*").p(x12name(m.last), "name").t("*").p(x12name(m.first), "name").t("*%s***34*" % m.mi).p(m.ssn, "ssn").t("~")
        out.append(ln)
        if m.rel == "EE":
            ln = L("x12_834").t("PER*IP**HP*").p(h.phone, "phone")
            if R.random() < 0.6:
                ln.t("*EM*").p(h.email, "email")
            out.append(ln.t("~"))
            ln = L("x12_834").t("N3*").p(x12name(h.street), "address")
            if h.unit:
                ln.t("*").p(x12name(h.unit), "address")
            out.append(ln.t("~"))
            out.append(L("x12_834").t("N4*").p(x12name(h.city), "address").t("*%s*" % h.state).p(h.zip + (h.zip4 if R.random() < 0.5 else ""), "zip").t("**CY*").p(h.fips, "address").t("~"))
        out.append(L("x12_834").t("DMG*D8*").p(m.dob.strftime("%Y%m%d"), "date").t("*%s~" % m.sex))
        out.append(L("x12_834").t("HD*%s**HLT*%s*%s~" % ("024" if term else "021", h.plan, {"EE": "EMP", "ES": "ESP", "EC": "ECH", "EF": "FAM"}[h.tier])))
        if term:
            out.append(L("x12_834").t("DTP*349*D8*").p(dt.date(2025, R.choice([1, 2, 3]), 28).strftime("%Y%m%d"), "date").t("~"))
        else:
            out.append(L("x12_834").t("DTP*348*D8*").p(dt.date(2025, R.choice([1, 2, 3, 4]), 1).strftime("%Y%m%d"), "date").t("~"))
    out.append(L("x12_834").t("SE*%d*%04d~" % (R.randint(20, 900), R.randint(1, 30))))
    if R.random() < 0.5:
        out.append(L("x12_834").t("GE*1*%d~" % ctrl))
        out.append(L("x12_834").t("IEA*1*%09d~" % ctrl))
    return out


def ep_x12_reject():
    h = hh()
    m = R.choice([h.ee] + h.deps)
    t = CLK.tick()
    ln = L("x12_validate")
    ln.t("%s ERROR edi.validator [999] AK2*834*%04d rejected IK3*%s*%d**8 IK4*%d*%d*7: " % (ts_iso(t), R.randint(1, 40), R.choice(["NM1", "DMG", "N4"]), R.randint(5, 300), R.randint(1, 4), R.choice([66, 1251, 116])))
    ln.t("segment='NM1*IL*1*").p(x12name(m.last), "name").t("*").p(x12name(m.first), "name").t("****34*").p(m.ssn, "ssn").t("~' ")
    ln.t("next='DMG*D8*").p(m.dob.strftime("%Y%m%d"), "date").t("*%s~'" % m.sex)
    return [ln]


# ---- COBRA (Django + celery)
QE_TYPES = ["TERMINATION_OF_EMPLOYMENT", "REDUCTION_IN_HOURS", "DIVORCE", "DEPENDENT_AGE_OUT", "DEATH_OF_EMPLOYEE", "MEDICARE_ENTITLEMENT"]


def ep_cobra_django():
    h = R.choice(HOUSEHOLDS_ALL)
    t = CLK.tick()
    qe = "QE-2025-%06d" % R.randint(1000, 99999)
    typ = R.choice(QE_TYPES)
    qed = dt.date(2025, R.choice([1, 2, 3]), R.randint(1, 28))
    ln = L("django_log")
    k = R.randrange(6)
    if k == 5:
        ln.f("[<<ts>>] INFO cobra.intake: inbound eFax job=<<job>> from_csid=<<fx>> pages=3 matched qe_id=<<qe>> qb=\"<<n>>\" doc=ELECTION_FORM ocr_sig_date=<<sd>>",
             ts=ts_py(t), job="FX%s%05d" % (TODAY.strftime("%Y%m%d"), R.randint(1, 99999)), fx=(fphone(h.phone2, R.choice(["e164", "dash"])), "fax"),
             qe=(qe, "other_id"), n=(name_fmt(h.ee, R.choice(["LF", "fl"])), "name"), sd=(fdate(dt.date(2025, 3, R.randint(1, 13)), "short"), "date"))
    elif k == 4:
        ln.f("[<<ts>>] INFO cobra.edelivery: election notice link issued qe_id=<<qe>> to=<<em>> url=<<url>> expires_in=30d",
             ts=ts_py(t), qe=(qe, "other_id"), em=(h.email, "email"),
             url=("https://my.lakeviewba.com/cobra/election/%s/?t=%s" % (h.tpa_mid, base64.urlsafe_b64encode(hashlib.sha1(qe.encode()).digest()).decode().rstrip("=")), "url"))
    elif k == 0:
        ln.f("[<<ts>>] INFO cobra.events: qualifying_event_created qe_id=<<qe>> member_id=<<mid>> event_type=<<typ>> event_date=<<qed>> election_deadline=<<dl>> qb_count=<<n>>",
             ts=ts_py(t), qe=(qe, "other_id"), mid=(h.tpa_mid, "health_plan"), typ=typ, qed=(qed.isoformat(), "date"),
             dl=((qed + dt.timedelta(days=104)).isoformat(), "date"), n=str(1 + len(h.deps)))
    elif k == 1:
        ln.f("[<<ts>>] WARNING cobra.views: election form posted after deadline for <<n>> (subscriber <<mid>>): postmark <<pm>>, deadline <<dl>>; routed to manual review",
             ts=ts_py(t), n=(name_fmt(h.ee, R.choice(["fl", "fml"])), "name"), mid=(h.mid_base + "01", "health_plan"),
             pm=(fdate(qed + dt.timedelta(days=R.randint(61, 70)), "us"), "date"), dl=(fdate(qed + dt.timedelta(days=60), "us"), "date"))
    elif k == 2:
        q = h.deps[0] if h.deps else h.ee
        ln.f("[<<ts>>] INFO cobra.premiums: payment applied qb=\"<<n>>\" qe=<<qe>> amount=<<amt>> coverage_month=2025-03 grace_end=2025-03-31 check_no=<<chk>>",
             ts=ts_py(t), n=(name_fmt(q, "lf"), "name"), qe=(qe, "other_id"), amt=money(400, 2300), chk=str(R.randint(1000, 9999)))
    else:
        ln.f("[<<ts>>] ERROR cobra.forms: ValidationError on ElectionForm for <<mid>>: {'beneficiary_ssn': ['Enter a valid SSN.'], 'beneficiary_dob': ['\"<<d>>\" is not a valid date.']}",
             ts=ts_py(t), mid=(h.tpa_mid, "health_plan"), d=(R.choice([h.ee] + h.deps).dob.strftime("%d.%m.%Y"), "date"))
    return [ln]


def ep_celery_phi(k=None):
    h = R.choice(HOUSEHOLDS_ALL)
    t = CLK.tick()
    ln = L("celery")
    tid = uuid4()
    if k is None:
        k = R.randrange(3)
    if k == 0:
        q = R.choice([h.ee] + h.deps)
        ln.f("[<<ts>>: ERROR/ForkPoolWorker-<<w>>] Task cobra.tasks.render_election_notice[<<tid>>] raised unexpected: ValueError(\"Invalid ZIP '<<z>>' for qualified beneficiary <<n>>\")",
             ts=ts_py(t), w=str(R.randint(1, 8)), tid=tid, z=(h.zip + "-" + h.zip4[:3], "zip"), n=(name_fmt(q, "fl"), "name"))
    elif k == 1:
        ln.f("[<<ts>>: WARNING/ForkPoolWorker-<<w>>] Task notices.tasks.send_edelivery[<<tid>>] retry 2/5: SMTPRecipientsRefused({'<<em>>': (550, b'5.1.1 mailbox unavailable')})",
             ts=ts_py(t), w=str(R.randint(1, 8)), tid=tid, em=(h.email, "email"))
    else:
        h = R.choice(RETIREES)
        ln.f("[<<ts>>: INFO/ForkPoolWorker-<<w>>] Task cobra.tasks.medicare_crosscheck[<<tid>>] succeeded in <<s>>s: {'member': '<<mid>>', 'mbi': '<<mbi>>', 'part_a_eff': '<<d>>', 'age': <<age>>}",
             ts=ts_py(t), w=str(R.randint(1, 8)), tid=tid, s="%.3f" % R.uniform(0.05, 3), mid=(h.tpa_mid, "health_plan"), mbi=(h.mbi, "health_plan"),
             d=(fdate(dt.date(h.ee.dob.year + 65, h.ee.dob.month, 1), "iso"), "date"),
             age=((str(age_of(h.ee.dob)), "age") if age_of(h.ee.dob) > 89 else str(age_of(h.ee.dob))))
    return [ln]


def n_celery():
    t = CLK.tick()
    task = R.choice(["cobra.tasks.nightly_notice_sweep", "claims.tasks.sync_card_settlements", "census.tasks.reconcile_carrier_feed",
                     "notices.tasks.flush_print_queue", "stoploss.tasks.build_monthly_report", "audit.tasks.expire_doc_links"])
    k = R.randrange(4)
    if k == 0:
        s = "[%s: INFO/MainProcess] Task %s[%s] received" % (ts_py(t), task, uuid4())
    elif k == 1:
        s = "[%s: INFO/ForkPoolWorker-%d] Task %s[%s] succeeded in %.3fs: {'processed': %d, 'skipped': %d}" % (ts_py(t), R.randint(1, 8), task, uuid4(), R.uniform(0.2, 90), R.randint(0, 900), R.randint(0, 40))
    elif k == 2:
        s = "[%s: INFO/Beat] Scheduler: Sending due task %s (%s)" % (ts_py(t), task.split(".")[-1], task)
    else:
        s = "[%s: WARNING/MainProcess] consumer: Connection to broker lost. Trying to re-establish the connection... redis://redis-master.ben-prod.svc:6379/3" % ts_py(t)
    return [L("celery").t(s)]


# ---- COBRA mail merge
def ep_mailmerge():
    out = []
    t = CLK.tick()
    batch = "MM%s%03d" % (TODAY.strftime("%y%m%d"), R.randint(1, 200))
    out.append(L("django_log").t("[%s] INFO notices.mailmerge: building merge file batch=%s template=COBRA_ELECTION_NOTICE_v7.docx vendor=PrintBridge sla=T+2" % (ts_py(t), batch)))
    out.append(L("cobra_mailmerge").t("NOTICE_TYPE|LETTER_ID|QB_NAME|ADDR1|ADDR2|CITY|ST|ZIP|QE_DATE|ELECT_BY|MONTHLY_PREMIUM|PLAN"))
    for _ in range(R.randint(2, 4)):
        h = R.choice(HOUSEHOLDS_ALL)
        q = R.choice([h.ee] + h.deps)
        qed = dt.date(2025, R.choice([1, 2]), R.randint(1, 28))
        ln = L("cobra_mailmerge")
        ln.t(R.choice(["ELECTION", "ELECTION", "GENERAL_RIGHTS", "TERMINATION", "EARLY_TERM"]) + "|L%07d|" % R.randint(10 ** 6, 10 ** 7 - 1))
        if R.random() < 0.75:
            ln.p(name_fmt(q, R.choice(["FL", "fl", "fml"])), "name")
        else:
            ln.t("The Family of ").p(name_fmt(h.ee, "fl"), "name")
        ln.t("|").p(h.street, "address").t("|")
        if h.unit:
            ln.p(h.unit, "address")
        ln.t("|").p(h.city, "address").t("|%s|" % h.state).p(h.zip + (("-" + h.zip4) if R.random() < 0.4 else ""), "zip")
        ln.t("|").p(fdate(qed, "us"), "date").t("|").p(fdate(qed + dt.timedelta(days=104), "us"), "date")
        ln.t("|%s|%s" % (money(480, 2400), h.plan))
        out.append(ln)
    t = CLK.tick()
    out.append(L("django_log").t("[%s] INFO notices.mailmerge: batch=%s rows=%d pdf_pages=%d uploaded=/outbound/printbridge/%s.csv.pgp sha256=%s" % (ts_py(t), batch, R.randint(5, 60), R.randint(20, 400), batch, hexs(64))))
    return out


# ---- Go services: FSA claims (zap JSON), zap console, logrus
def ep_zap_claim():
    h = hh()
    t = CLK.tick()
    ln = L("go_zap_json")
    cid = "%s-25-%07d" % (R.choice(["FSA", "HRA", "DCA"]), R.randint(10 ** 5, 10 ** 7 - 1))
    k = R.randrange(3)
    base = {"level": "info", "ts": round(ts_epoch(t), 3), "caller": "claims/adjudicate.go:%d" % R.randint(80, 400)}
    if k == 0:
        base.update({"msg": "claim adjudicated", "claim_id": P(cid, "other_id"), "participant_id": P(h.pid, "health_plan"),
                     "account_type": R.choice(["HCFSA", "LPFSA", "HRA"]), "service_date": P(fdate(dt.date(2025, R.choice([1, 2]), R.randint(1, 28)), "iso"), "date"),
                     "amount": float(money(8, 900)), "status": R.choice(["APPROVED", "PENDED", "DENIED"]), "trace_id": hexs(32)})
    elif k == 1:
        m = R.choice([h.ee] + h.deps)
        base.update({"level": "warn", "msg": "dependent not on file for claim", "claim_id": P(cid, "other_id"), "participant_id": P(h.pid, "health_plan"),
                     "patient_name": P(name_fmt(m, "fl"), "name"), "patient_dob": P(fdate(m.dob, "us"), "date"), "provider": R.choice(["LABCORP", "WALGREENS #04821", "NORTHSHORE PEDIATRICS", "SMILE DENTAL GROUP"])})
    else:
        base.update({"msg": "reimbursement scheduled", "participant_id": P(h.pid, "health_plan"), "method": "ACH", "routing": "0" + digits(8),
                     "account_last4": h.hsa_acct[-4:], "payee_account": P(h.hsa_acct, "account"), "amount": float(money(20, 1500)), "batch": "ACH%s%02d" % (TODAY.strftime("%Y%m%d"), R.randint(1, 9))})
    emit_json(ln, base, compact=True)
    return [ln]


def n_zap():
    t = CLK.tick()
    obj = R.choice([
        {"level": "info", "ts": round(ts_epoch(t), 3), "caller": "server/http.go:118", "msg": "request completed", "method": "GET", "path": "/readyz", "status": 200, "latency_ms": round(R.uniform(0.2, 4), 2)},
        {"level": "info", "ts": round(ts_epoch(t), 3), "caller": "claims/batch.go:57", "msg": "batch adjudication complete", "batch_id": "B%s-%04d" % (TODAY.strftime("%Y%m%d"), R.randint(1, 999)), "approved": R.randint(10, 900), "pended": R.randint(0, 80), "denied": R.randint(0, 30), "duration": "%.2fs" % R.uniform(1, 60)},
        {"level": "error", "ts": round(ts_epoch(t), 3), "caller": "store/pg.go:203", "msg": "query failed", "error": "pq: canceling statement due to statement timeout", "query_id": hexs(16), "span_id": hexs(16)},
        {"level": "info", "ts": round(ts_epoch(t), 3), "caller": "main.go:41", "msg": "starting claims-svc", "version": "v2.%d.%d" % (R.randint(10, 40), R.randint(0, 20)), "commit": hexs(40), "go": "go1.22.5", "listen": ":8443"},
        {"level": "debug", "ts": round(ts_epoch(t), 3), "caller": "rules/engine.go:88", "msg": "rule set loaded", "ruleset": "IRS-213d-2025", "rules": R.randint(300, 700), "eligible_mcc": [5912, 8011, 8021, 8042, 8043, 8062, 8071, 8099]},
    ])
    return [emit_json(L("go_zap_json"), obj, compact=True)]


def ep_zap_console():
    h = hh()
    m = R.choice([h.ee] + h.deps)
    t = CLK.tick()
    ln = L("go_zap_console")
    ln.t("%s\tINFO\teligibility/matcher.go:%d\tmember matched\t" % (t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "-0500", R.randint(60, 200)))
    emit_json(ln, {"carrier": R.choice(CARRIERS)[0], "member_id": P(m.mid, "health_plan"), "first": P(m.first, "name"), "last": P(m.last, "name"),
                   "dob": P(m.dob.strftime("%Y%m%d"), "date"), "score": round(R.uniform(0.8, 1), 3), "strategy": R.choice(["ssn+dob", "name+dob+zip", "member_id"])})
    return [ln]


def n_zap_console():
    t = CLK.tick()
    s = R.choice(["INFO\teligibility/sync.go:212\tsync complete\t{\"carrier\": \"%s\", \"added\": %d, \"termed\": %d, \"changed\": %d, \"duration\": \"%.1fs\"}" % (R.choice(CARRIERS)[0], R.randint(0, 60), R.randint(0, 20), R.randint(0, 200), R.uniform(1, 80)),
                  "WARN\tgrpc/client.go:77\tretrying rpc\t{\"method\": \"/elig.v1.Eligibility/Lookup\", \"attempt\": 2, \"code\": \"Unavailable\", \"trace_id\": \"%s\"}" % hexs(32),
                  "INFO\tcache/lru.go:40\tcache stats\t{\"hits\": %d, \"misses\": %d, \"evictions\": %d}" % (R.randint(1000, 90000), R.randint(10, 900), R.randint(0, 99))])
    return [L("go_zap_console").t("%s\t%s" % (t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "-0500", s))]


def ep_logrus():
    h = hh()
    m = R.choice([h.ee] + h.deps)
    t = CLK.tick()
    ln = L("logrus_kv")
    k = R.randrange(3)
    if k == 0:
        ln.f('time="<<ts>>" level=warning msg="member match ambiguous" first_name="<<fn>>" last_name="<<ln>>" dob=<<dob>> zip=<<z>> candidates=<<c>> svc=elig-matcher',
             ts=t.strftime("%Y-%m-%dT%H:%M:%S-05:00"), fn=(m.first, "name"), ln=(m.last, "name"), dob=(fdate(m.dob, "iso"), "date"), z=(h.zip, "zip"), c=str(R.randint(2, 4)))
    elif k == 1:
        ln.f('time="<<ts>>" level=info msg="portal login" user=<<u>> remote_ip=<<ip>> mfa=sms device_id=<<dev>> ua="<<ua>>" svc=member-portal',
             ts=t.strftime("%Y-%m-%dT%H:%M:%S-05:00"), u=(h.user, "other_id"), ip=(h.ip, "ip"), dev=(uuid4().upper(), "device"),
             ua=R.choice(["LakeviewBenefits/5.12.1 (iPhone; iOS 17.3.1)", "LakeviewBenefits/5.11.0 (Android 14; SM-S918U)"]))
    else:
        ln.f('time="<<ts>>" level=error msg="hsa contribution exceeds annual limit" participant=<<pid>> hsa_account=<<acct>> ytd=<<ytd>> limit=8550.00 tier=family svc=hsa-gateway',
             ts=t.strftime("%Y-%m-%dT%H:%M:%S-05:00"), pid=(h.pid, "health_plan"), acct=(h.hsa_acct, "account"), ytd=money(8551, 9500))
    return [ln]


def n_logrus():
    t = CLK.tick()
    s = R.choice(['level=info msg="scheduled job finished" job=hsa-contrib-import records=%d rejected=%d elapsed=%s svc=hsa-gateway' % (R.randint(100, 5000), R.randint(0, 9), "%dm%ds" % (R.randint(0, 9), R.randint(0, 59))),
                  'level=info msg="tls certificate reloaded" not_after="2026-01-%02dT00:00:00Z" serial=%s svc=member-portal' % (R.randint(1, 28), hexs(20)),
                  'level=warning msg="slow request" path=/api/v2/plans/%s/summary took=%dms svc=member-portal' % (R.choice(PLANS), R.randint(900, 4000)),
                  'level=info msg="rate limiter" bucket=login allowed=%d throttled=%d window=60s svc=member-portal' % (R.randint(100, 800), R.randint(0, 20))])
    return [L("logrus_kv").t('time="%s" %s' % (t.strftime("%Y-%m-%dT%H:%M:%S-05:00"), s))]


# ---- receipt OCR
def ep_ocr():
    h = hh()
    m = R.choice([h.ee] + h.deps)
    t = CLK.tick()
    ln = L("ocr_text")
    dos = rand_date(2025, 2025).replace(month=R.choice([1, 2, 3]), day=R.randint(1, 12))
    doc = uuid4()
    ln.t("%s DEBUG receipts.ocr [doc=%s conf=%.2f engine=tesseract-5.3.4] raw_text=\"" % (ts_py(t), doc, R.uniform(0.6, 0.98)))
    k = R.randrange(4)
    if k == 0:
        ln.t("WALGREENS #%05d\\n1401 N STATE ST CHICAGO IL 60610\\n(312) 555-0134\\nRX# " % R.randint(1000, 19999)).p(str(R.randint(1000000, 9999999)), "other_id")
        ln.t("  QTY 30\\nPATIENT: ").p(name_fmt(m, "LF"), "name").t("\\nDATE FILLED ").p(fdate(dos, "short"), "date")
        ln.t("\\nAMOXICILLIN 500MG CAP\\nINS PAID 41.20  YOU PAY %s\\nFSA ELIGIBLE ITEM *\\nVISA ************%s\"" % (money(4, 60), h.pan[-4:]))
    elif k == 1:
        ln.t("NORTHSIDE REGIONAL MEDICAL CENTER\\nPATIENT STATEMENT\\nGuarantor: ").p(name_fmt(h.ee, "fl"), "name")
        ln.t("\\n").p(x12name(addr_line(h)), "address").t("\\n").p(x12name(h.city), "address").t(" %s " % h.state).p(h.zip, "zip")
        ln.t("\\nPatient: ").p(name_fmt(m, "fl"), "name").t("   MRN: ").p(digits(8), "mrn").t("\\nPatient Acct #: ").p("H" + digits(9), "account")
        ln.t("\\nDate of Service: ").p(fdate(dos, "us"), "date").t("\\nER LEVEL 3 VISIT 99283   $1,284.00\\nPlan Paid -$902.10\\nAMOUNT DUE $%s\"" % money(80, 400))
    elif k == 2:
        ln.t("BRIGHT HEARING CENTERS\\nInvoice 2025-%05d\\nBill To: " % R.randint(1, 99999)).p(name_fmt(m, R.choice(["fl", "fml"])), "name")
        ln.t("\\nDOB ").p(fdate(m.dob, "usnz"), "date").t("\\nItem: Phonak Audeo L90-R (R) S/N ").p(str(R.randint(1000, 9999)) + "X" + digits(5), "device")
        ln.t("\\nItem: Phonak Audeo L90-R (L) S/N ").p(str(R.randint(1000, 9999)) + "X" + digits(5), "device").t("\\nDate: ").p(fdate(dos, "dmon"), "date").t("\\nTotal $4,980.00\"")
    else:
        ln.t("DEXCOM INC\\nPacking slip SO-%07d\\nShip to: " % R.randint(10 ** 6, 10 ** 7 - 1)).p(name_fmt(m, "FL"), "name").t("\\n").p(x12name(addr_line(h)), "address")
        ln.t("\\n").p(x12name(h.city), "address").t(", %s " % h.state).p(h.zip + "-" + h.zip4, "zip").t("\\nG7 Receiver SN ").p("PG" + digits(8), "device")
        ln.t("\\nG7 Sensor 10-day x3 LOT 5%07d\\nShipped " % R.randint(0, 9999999)).p(fdate(dos, "long"), "date").t("\"")
    return [ln]


def n_ocr():
    t = CLK.tick()
    s = R.choice(["receipts.ocr page 1/1 deskew=%.1fdeg dpi=300 words=%d mean_conf=%.1f lang=eng+spa" % (R.uniform(-3, 3), R.randint(20, 300), R.uniform(60, 96)),
                  "receipts.classify label=%s p=%.3f model=receipt-cls-2024.11.3" % (R.choice(["pharmacy", "eob", "itemized_bill", "not_a_receipt", "dental"]), R.uniform(0.5, 1)),
                  "receipts.ocr worker pool size=8 queue_depth=%d oldest=%.1fs" % (R.randint(0, 400), R.uniform(0, 200)),
                  "receipts.store put s3://lvba-prod-receipts/%s/%s.jpg (%d bytes, sse=aws:kms)" % (TODAY.strftime("%Y/%m/%d"), uuid4(), R.randint(40000, 4000000))])
    return [L("ocr_text").t("%s INFO %s" % (ts_py(t), s))]


# ---- debit card
MERCH = [("CVS/PHARMACY #08812", "5912"), ("WALGREENS #04821", "5912"), ("LABCORP AMB", "8071"), ("LENSCRAFTERS 0442", "8043"),
         ("SMILE DENTAL GROUP", "8021"), ("AMAZON MKTPLACE HSA", "5999"), ("NORTHSIDE URGENT CARE", "8062"), ("TARGET T-1172", "5411")]


def n_card():
    t = CLK.tick()
    mname, mcc = R.choice(MERCH)
    s = ("card-auth mti=0110 pan=%s******%s mcc=%s amt=%012d merchant=\"%s\" stan=%06d rrn=%s auth_code=%s iias=%s de39=%s resp=%s latency=%dms"
         % (R.choice(["414720", "523914"]), digits(4), mcc, R.randint(300, 90000), mname, R.randint(0, 999999), digits(12),
            "".join(R.choice("0123456789ABCDEF") for _ in range(6)), R.choice(["Y", "N"]), R.choice(["00", "00", "51", "57"]),
            R.choice(["APPROVED", "APPROVED", "DECLINED"]), R.randint(40, 600)))
    if R.random() < 0.3:
        s = "settlement file FDR_SETTLE_%s.dat loaded: %d records, %d matched to auths, net $%s" % (TODAY.strftime("%Y%m%d"), 9000 + R.randint(0, 900), R.randint(8000, 8999), "{:,}".format(R.randint(10000, 900000)))
    return [L("card_proc").t("%s %s" % (ts_iso(t), s))]


def ep_card():
    h = hh()
    t = CLK.tick()
    ln = L("card_proc")
    k = R.randrange(3)
    mname, mcc = R.choice(MERCH)
    d = dt.date(2025, R.choice([2, 3]), R.randint(1, 13))
    if k == 0:
        m = R.choice([h.ee] + h.deps)
        ln.f("<<ts>> card-issue request_id=<<rid>> cardholder=\"<<n>>\" pan=<<pan>> exp=<<exp>> participant=<<pid>> dependent_card=<<dc>> ship_to_zip=<<z>> status=EMBOSSED",
             ts=ts_iso(t), rid=uuid4(), n=(name_fmt(m, "FL"), "name"), pan=(h.pan, "account"), exp="%02d%02d" % (R.randint(1, 12), R.randint(27, 30)),
             pid=(h.pid, "health_plan"), dc="true" if m.rel != "EE" else "false", z=(h.zip, "zip"))
    elif k == 1:
        ln.f("<<ts>> substantiation-required participant=<<pid>> txn_date=<<d>> merchant=\"<<m>>\" mcc=<<mcc>> amount=<<amt>> reason=NON_IIAS_MERCHANT letter=SUB-1 due=<<due>>",
             ts=ts_iso(t), pid=(h.pid, "health_plan"), d=(d.isoformat(), "date"), m=mname, mcc=mcc, amt=money(10, 400), due=(fdate(d + dt.timedelta(days=45), "iso"), "date"))
    else:
        ln.f("<<ts>> card-status-change pan=<<pan>> old=ACTIVE new=SUSPENDED reason=\"unsubstantiated txns > 2\" participant=<<pid>> notified=<<em>>",
             ts=ts_iso(t), pan=(h.pan, "account"), pid=(h.pid, "health_plan"), em=(h.email, "email"))
    return [ln]


# ---- dependent eligibility audit
def ep_dep_audit(k=None):
    if k is None:
        k = R.choice([0, 0, 1, 2, 2, 2, 3, 3, 4])
    if k in (0, 1):
        h = R.choice([x for x in HOUSEHOLDS if any(y.rel == "SP" for y in x.deps)])
        d = [y for y in h.deps if y.rel == "SP"][0]
    else:
        h = R.choice([x for x in HOUSEHOLDS if any(y.rel == "CH" for y in x.deps)])
        d = R.choice([y for y in h.deps if y.rel == "CH"])
    t = CLK.tick()
    ln = L("dep_audit_kv")
    if k in (0, 1):
        md = rand_date(max(2000, d.dob.year + 20), 2024)
        ln.f("<<ts>> INFO dep_audit.upload case=<<case>> doc_type=MARRIAGE_CERTIFICATE spouse=\"<<sp>>\" employee=\"<<ee>>\" marriage_date=<<md>> cert_no=<<cn>> county=\"<<cty>>\" file=\"marriage_cert_<<fn>>.pdf\" pages=2 sha256=<<sha>>",
             ts=ts_iso(t), case=("DVA-%06d" % R.randint(1, 999999), "other_id"), sp=(name_fmt(d, "fl"), "name"), ee=(name_fmt(h.ee, "fl"), "name"),
             md=(fdate(md, "us"), "date"), cn=("%d-MC-%06d" % (md.year, R.randint(1, 999999)), "license"), cty=(h.county + " County", "address"),
             fn=(re.sub(r"[^a-z]", "", fold(h.ee.last).lower()), "name"), sha=hexs(64))
    elif k == 2:
        ln.f("<<ts>> INFO dep_audit.upload case=<<case>> doc_type=BIRTH_CERTIFICATE dependent=\"<<dn>>\" dob=<<dob>> state_file_no=<<cn>> parent1=\"<<p1>>\" ocr_match=<<om>> file=\"<<file>>\"",
             ts=ts_iso(t), case=("DVA-%06d" % R.randint(1, 999999), "other_id"), dn=(name_fmt(d, R.choice(["fl", "lf", "FL"])), "name"),
             dob=(fdate(d.dob, R.choice(["us", "iso", "dmon"])), "date"), cn=("%03d-%d-%06d" % (R.randint(100, 199), d.dob.year, R.randint(1, 999999)), "license"),
             p1=(name_fmt(h.ee, "fl"), "name"), om=R.choice(["name:1.00,dob:1.00", "name:0.91,dob:1.00", "name:0.78,dob:0.00"]),
             file=("IMG_%04d.HEIC" % R.randint(1000, 9999), None))
    elif k == 3:
        ln.f("<<ts>> WARN dep_audit.review case=<<case>> outcome=INELIGIBLE dependent=<<dn>> reason=\"no birth certificate or court order received by <<d26>>\" reviewer=<<rv>> action=\"term eff <<te>>; COBRA QE LOSS_OF_DEPENDENT_STATUS\"",
             ts=ts_iso(t), case=("DVA-%06d" % R.randint(1, 999999), "other_id"), dn=(name_fmt(d, "caret"), "name"),
             d26=(fdate(dt.date(2025, 3, R.randint(1, 10)), "iso"), "date"), rv=R.choice(STAFF)[1],
             te=(fdate(dt.date(2025, 3, 31), "us"), "date"))
    else:
        ln.f("<<ts>> INFO dep_audit.idv selfie check subject=<<mid>> liveness=0.97 dl_number=<<dl>> dl_state=<<st>> face_b64=\"<<b64>>...\" (truncated)",
             ts=ts_iso(t), mid=(h.tpa_mid, "health_plan"), dl=(h.dl, "license"), st=h.state,
             b64=(base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + hashlib.sha256(h.dl.encode()).digest() * 3).decode(), "photo"))
    return [ln]


def n_dep_audit():
    t = CLK.tick()
    s = R.choice(["INFO dep_audit.campaign wave=%d employer_group=%s dependents=%d verified=%d pending=%d removed=%d" % (R.randint(1, 4), R.choice(EMPLOYERS)[1], R.randint(100, 900), R.randint(50, 800), R.randint(0, 90), R.randint(0, 30)),
                  "INFO dep_audit.reminders sent=%d channel=email template=DVA_REMINDER_2 bounce=%d" % (R.randint(20, 400), R.randint(0, 8)),
                  "WARN dep_audit.upload rejected content-type=application/x-msdownload size=%d from=10.40.%d.%d" % (R.randint(1000, 90000), R.randint(0, 20), R.randint(1, 254)),
                  "INFO dep_audit.clamav scanned=%d infected=0 signatures=daily.cvd:%d" % (R.randint(10, 300), R.randint(27000, 27600))])
    return [L("dep_audit_kv").t("%s %s" % (ts_iso(t), s))]


# ---- stop-loss
DX = ["C50.912 Malignant neoplasm of left breast", "N18.6 End stage renal disease", "I21.4 NSTEMI", "P07.14 Preterm newborn 1000-1249g",
      "C91.00 ALL not in remission", "G35 Multiple sclerosis", "S06.5X0A Traumatic subdural hemorrhage", "I63.9 Cerebral infarction"]


def ep_stoploss():
    out = []
    t = CLK.tick()
    emp = R.choice(EMPLOYERS)
    out.append(L("django_log").t("[%s] INFO stoploss.reports: building specific claimant report carrier=Granite Re policy=SL-%s-2025 spec_deductible=250000 contract=24/12" % (ts_py(t), emp[1][4:])))
    out.append(L("stoploss_csv").t("ClaimantID,MemberID,Relationship,Gender,Age,Diagnosis,PaidYTD,PaidToDeductiblePct,TriggerDiagnosisDate,Notified"))
    for _ in range(R.randint(2, 4)):
        h = R.choice(RETIREES) if R.random() < 0.4 else hh()
        m = R.choice([h.ee] + h.deps)
        a = age_of(m.dob)
        paid = R.randint(125000, 600000)
        ln = L("stoploss_csv")
        ln.p("SLC%05d" % R.randint(1, 99999), "other_id").t(",").p(m.mid, "health_plan").t(",%s,%s," % (m.rel, m.sex))
        if a > 89:
            ln.p(str(a), "age")
        else:
            ln.t(str(a))
        ln.t(',"%s",%d.00,%.1f,' % (R.choice(DX), paid, paid / 2500)).p(fdate(dt.date(2025, R.choice([1, 2]), R.randint(1, 28)), "us"), "date").t(",%s" % R.choice(["Y", "N"]))
        out.append(ln)
    return out


def n_stoploss():
    t = CLK.tick()
    emp = R.choice(EMPLOYERS)
    att = R.randint(2000000, 9000000)
    paid = int(att * R.uniform(0.3, 0.9))
    s = R.choice(["aggregate attachment point $%s; paid-to-date $%s (%.1f%%); monthly factor $%.2f PEPM; enrolled=%d" % ("{:,}".format(att), "{:,}".format(paid), paid * 100 / att, R.uniform(40, 90), R.randint(200, 3000)),
                  "large claim threshold crossed by 0 new claimants this cycle (policy SL-%s-2025)" % emp[1][4:],
                  "reimbursement request RR-%d submitted to Granite Re: $%s, 3 claimants, ETA 10 business days" % (R.randint(1000, 9999), "{:,}".format(R.randint(20000, 400000)))])
    return [L("django_log").t("[%s] INFO stoploss.reports: %s" % (ts_py(t), s))]


# ---- call center notes & CTI
def ep_callnote(force=None):
    h = R.choice(RETIREES) if (R.random() < 0.2 or force == 2) else hh()
    e = h.ee
    t = CLK.tick()
    agent = R.choice(STAFF)
    ln = L("callnote")
    ln.t("[CaseNote] %s agent=%s channel=phone :: " % (t.strftime("%Y-%m-%d %H:%M"), agent[1]))
    k = 2 if h in RETIREES and R.random() < 0.7 else R.choice([0, 0, 1, 1, 3, 3, 4, 4, 5, 5, 6])
    if force is not None:
        k = force
    if k == 0 and any(d.rel == "SP" for d in h.deps):
        sp = [d for d in h.deps if d.rel == "SP"][0]
        bd = dt.date(2025, R.choice([2, 3]), R.randint(1, 12))
        tpl = ("Mbr <<n>> called re adding newborn. Verified DOB <<dob>> + zip <<z>>. Wife <<sp>> delivered <<bd>> at Northside; advised to add baby within 30 days via portal, birth cert can follow. cb# <<ph>>"
               if e.sex == "M" else
               "Mbr <<n>> called re adding newborn. Verified DOB <<dob>> + zip <<z>>. Baby born <<bd>> at Northside, spouse <<sp>> to be listed as parent 2; advised to add within 30 days via portal. cb# <<ph>>")
        ln.f(tpl,
             n=(name_fmt(e, "fl"), "name"), dob=(fdate(e.dob, "usnz"), "date"), z=(h.zip, "zip"), sp=(sp.first, "name"), bd=(fdate(bd, "md"), "date"), ph=(fphone(h.phone, R.choice(["dash", "dot", "raw"])), "phone"))
    elif k == 1:
        ln.f("caller <<n>> (spouse of ee) asking why COBRA election not received. addr on file <<a>>, <<c>> -- caller says they moved in Jan. updated to new addr per caller, resent notice. ssn last4 verified (<<l4>>).",
             n=(name_fmt(h.deps[0] if h.deps else e, "lower"), "name"), a=(addr_line(h), "address"), c=(h.city, "address"), l4=e.ssn[-4:])
    elif k == 2:
        a = age_of(e.dob)
        ln.f("Daughter called on behalf of retiree <<n>> (<<a>> yo) -- POA on file. Question re Medicare crossover, MBI <<mbi>>. Told her Part B eff <<pb>>. Fax POA copy to us again? she gave home fax <<fx>>.",
             n=(name_fmt(e, R.choice(["fl", "LF"])), "name"), a=((str(a), "age") if a > 89 else str(a)), mbi=(h.mbi[:4] + "-" + h.mbi[4:7] + "-" + h.mbi[7:], "health_plan"),
             pb=(fdate(dt.date(e.dob.year + 65, e.dob.month, 1), "us"), "date"), fx=(fphone(h.phone2, "paren"), "fax"))
    elif k == 3:
        ln.f("FSA denial appeal: <<n>> says claim <<cid>> was for child's orthodontics (<<kid>>), DOS <<d>>. Asked for itemized stmt. Emailed upload link to <<em>>.",
             n=(name_fmt(e, "init"), "name"), cid=("FSA-25-%07d" % R.randint(10 ** 5, 10 ** 7 - 1), "other_id"), kid=((h.deps[-1] if h.deps else e).first, "name"),
             d=(fdate(dt.date(2025, R.choice([1, 2]), R.randint(1, 28)), R.choice(["us", "short"])), "date"), em=(h.email, "email"))
    elif k == 4:
        ln.f("Member <<n>> irate, card declined at pharmacy today. Card susp. for unsubstantiated txn <<d>>. Walked thru receipt upload. Reactivated per sup <<sup>>. Member ID <<mid>>.",
             n=(name_fmt(e, "fl"), "name"), d=(fdate(dt.date(2025, 2, R.randint(1, 28)), "md"), "date"), sup=R.choice(STAFF)[0], mid=(h.tpa_mid, "health_plan"))
    elif k == 5:
        ln.f("Emergency contact update for <<n>>: <<ec>> (brother) <<ph>>. Member also requested mail go to PO Box <<box>>, <<c>> <<st>> <<z>>.",
             n=(name_fmt(e, "fl"), "name"), ec=(R.choice([f for f, g in ORIG[h.origin][0] if g == "M" and f != e.first] or ["Sam"]) + " " + e.last, "name"), ph=(fphone(rand_phone(h.phone[:3]), "paren"), "phone"),
             box=(str(R.randint(100, 9999)), "address"), c=(h.city, "address"), st=h.state, z=(h.zip, "zip"))
    else:
        ln.f("Caller identified as <<n>>, DOB <<dob>>, asked for HSA acct balance. Acct <<acct>>. Advised contrib limit. Voice biometric enrolled: vp_template=<<vp>>",
             n=(name_fmt(e, "fl"), "name"), dob=(fdate(e.dob, "long"), "date"), acct=(h.hsa_acct, "account"),
             vp=(base64.b64encode(hashlib.sha256((h.pid + "vp").encode()).digest() + hashlib.md5(h.pid.encode()).digest()).decode(), "biometric"))
    return [ln]


def n_callnote():
    t = CLK.tick()
    agent = R.choice(STAFF)
    s = R.choice(["General question about plan year dates and open enrollment window (Nov 1-15). No member-specific info discussed.",
                  "Broker %s from Acme HR called about SPD amendment timeline; forwarded to compliance@lakeviewba.com." % R.choice(["Tom Reyes", "Maura Quinn"]),
                  "Provider office (Northshore Pediatrics, fax 847-555-0190) asked for claims mailing address; gave PO Box 4410, Naperville IL 60567.",
                  "Caller hung up before verification. No PHI disclosed.",
                  "Escalation handed to %s (ext %d) per queue policy." % (R.choice(STAFF)[0], R.randint(4000, 4999))])
    return [L("callnote").t("[CaseNote] %s agent=%s channel=%s :: %s" % (t.strftime("%Y-%m-%d %H:%M"), agent[1], R.choice(["phone", "chat"]), s))]


def ep_cti():
    h = R.choice(HOUSEHOLDS_ALL)
    t = CLK.tick()
    ln = L("cti")
    ln.f("<<ts>> cti.router INFO call_id=<<cid>> ani=<<ani>> dnis=8005550142 ivr_path=MAIN>COBRA>PAY queue=COBRA_EN wait=<<w>> ivr_auth=member_id:<<mid>> result=AUTH_OK",
         ts=ts_iso(t), cid=hexs(16).upper(), ani=(fphone(h.phone, R.choice(["e164", "raw"])), "phone"), w="00:%02d:%02d" % (R.randint(0, 14), R.randint(0, 59)),
         mid=(h.tpa_mid, "health_plan"))
    return [ln]


def n_cti():
    t = CLK.tick()
    s = R.choice(["cti.stats INFO queue=%s agents_ready=%d in_queue=%d asa=%ds abandon_rate=%.1f%%" % (R.choice(["COBRA_EN", "COBRA_ES", "FSA_EN", "ELIG"]), R.randint(0, 20), R.randint(0, 40), R.randint(5, 400), R.uniform(0, 12)),
                  "cti.router INFO call_id=%s ani=anonymous dnis=8005550142 ivr_path=MAIN>HOURS result=SELF_SERVED" % hexs(16).upper(),
                  "cti.sip WARN REGISTER sip:trunk2@pbx.lakeviewba.net failed 408 Request Timeout; failover to trunk1"])
    return [L("cti").t("%s %s" % (ts_iso(t), s))]


# ---- gunicorn / django access and errors
def ep_access():
    h = hh()
    t = CLK.tick()
    ln = L("gunicorn_access")
    k = R.randrange(4)
    if k == 3:
        ln.p(h.ip, "ip").t(", 10.%d.%d.%d - - [%s] \"GET /portal/cobra/election/" % (R.randint(0, 60), R.randint(0, 255), R.randint(1, 254), ts_clf(t)))
        ln.p(h.tpa_mid, "health_plan").t('/ HTTP/1.1" 200 %d "https://my.lakeviewba.com/login/?next=/portal/" "%s"' % (R.randint(3000, 30000), R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edg/122.0"])))
        return [ln]
    ln.t('10.%d.%d.%d - - [%s] "' % (R.randint(0, 60), R.randint(0, 255), R.randint(1, 254), ts_clf(t)))
    if k == 0:
        ln.t("GET /api/v1/participants/").p(h.pid, "health_plan").t("/claims?status=open&page=%d HTTP/1.1\" 200 %d \"-\" \"okhttp/4.12.0\"" % (R.randint(1, 3), R.randint(200, 9000)))
    elif k == 1:
        ln.t("POST /portal/dependents/").p(h.tpa_mid, "health_plan").t("/documents/ HTTP/1.1\" 201 %d \"https://my.lakeviewba.com/dependents\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\"" % R.randint(100, 900))
    else:
        ln.t("GET /api/v1/members/lookup?ssn=").p(h.ee.ssn, "ssn").t("&dob=").p(h.ee.dob.isoformat(), "date").t(' HTTP/1.1" 200 %d "-" "python-requests/2.31.0"' % R.randint(200, 900))
    return [ln]


def n_access():
    t = CLK.tick()
    path, ua = R.choice([("/healthz", "kube-probe/1.29"), ("/readyz", "kube-probe/1.29"), ("/metrics", "Prometheus/2.51.2"),
                         ("/static/css/portal.%s.css" % hexs(8), "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3)"), ("/api/v1/plans/2025/summary", "okhttp/4.12.0"),
                         ("/admin/login/?next=/admin/", "Mozilla/5.0 (X11; Linux x86_64)")])
    return [L("gunicorn_access").t('10.%d.%d.%d - - [%s] "GET %s HTTP/1.1" %d %d "-" "%s"' % (R.randint(0, 60), R.randint(0, 255), R.randint(1, 254), ts_clf(t), path, R.choice([200, 200, 200, 304, 302]), R.randint(2, 40000), ua))]


def ep_django_err():
    h = hh()
    t = CLK.tick()
    ln = L("django_log")
    k = R.randrange(2)
    if k == 0:
        ln.t("[%s] ERROR django.request: Internal Server Error: /api/v1/members/ -- django.db.utils.IntegrityError: duplicate key value violates unique constraint \"members_member_ssn_key\" DETAIL:  Key (ssn)=(" % ts_py(t))
        ln.p(h.ee.ssn, "ssn").t(") already exists.")
    else:
        d = R.choice([h.ee] + h.deps)
        ln.t("[%s] WARNING members.serializers: payload rejected {'first_name': '" % ts_py(t)).p(d.first, "name").t("', 'last_name': '").p(d.last, "name")
        ln.t("', 'birth_date': '").p(fdate(d.dob, "dash"), "date").t("', 'relationship': '%s'} errors={'birth_date': ['Date has wrong format. Use one of these formats instead: YYYY-MM-DD.']}" % d.rel)
    return [ln]


def n_django():
    t = CLK.tick()
    s = R.choice(["INFO django.utils.autoreload: Watching for file changes with StatReloader",
                  "INFO gunicorn.error: Booting worker with pid: %d" % R.randint(1000, 60000),
                  "WARNING django.security.DisallowedHost: Invalid HTTP_HOST header: '%d.%d.%d.%d'. You may need to add it to ALLOWED_HOSTS." % (R.randint(1, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                  "INFO django.db.backends: (0.%03d) SELECT COUNT(*) AS \"__count\" FROM \"cobra_qualifyingevent\" WHERE \"cobra_qualifyingevent\".\"status\" = 'PENDING_NOTICE'; args=('PENDING_NOTICE',)" % R.randint(1, 999),
                  "INFO members.apps: settings loaded ENV=prod DB=postgres://ben_app@pg-ben-prod.internal:5432/benefits FEATURE_FLAGS=['hsa_v2','ocr_autoapprove']",
                  "ERROR django.request: Internal Server Error: /api/v1/cobra/notices/batch/ -- redis.exceptions.TimeoutError: Timeout reading from socket",
                  "INFO django.core.management: Applying cobra.0042_qualifyingevent_medicare_fields... OK"])
    return [L("django_log").t("[%s] %s" % (ts_py(t), s))]


# ---- OpenSSH sftp
def ep_sftp():
    out = []
    t = CLK.tick()
    pid = R.randint(10000, 65000)
    car = R.choice(CARRIERS)
    ip = "203.0.113.%d" % R.randint(2, 250) if R.random() < 0.5 else "198.51.100.%d" % R.randint(2, 250)
    hn = "ebn-sftp0%d" % R.randint(1, 2)
    out.append(L("openssh_syslog").t("%s %s sshd[%d]: Accepted publickey for %s from %s port %d ssh2: ED25519 SHA256:%s" % (ts_sys(t), hn, pid, car[2], ip, R.randint(30000, 65000), base64.b64encode(hashlib.sha256(car[2].encode()).digest()).decode().rstrip("="))))
    t = CLK.tick(0, 2)
    out.append(L("openssh_syslog").t("%s %s internal-sftp[%d]: session opened for local user %s from [%s]" % (ts_sys(t), hn, pid + 2, car[2], ip)))
    h = hh()
    m = R.choice([h.ee] + h.deps)
    k = R.randrange(3)
    t = CLK.tick(0, 3)
    ln = L("openssh_syslog").t("%s %s internal-sftp[%d]: " % (ts_sys(t), hn, pid + 2))
    if k == 0:
        ln.t('open "/outbound/cobra/returned_mail/CobraElection_').p(re.sub(r"[^A-Za-z]", "", fold(m.last)), "name").t("_").p(re.sub(r"[^A-Za-z]", "", fold(m.first)), "name").t("_").p(m.dob.strftime("%Y%m%d"), "date").t('.pdf" flags READ mode 0666')
    elif k == 1:
        ln.t('close "/inbound/claims/receipts/').p(h.pid, "health_plan").t("_receipt_").p(dt.date(2025, R.choice([1, 2, 3]), R.randint(1, 12)).strftime("%Y%m%d"), "date").t('.jpg" bytes read 0 written %d' % R.randint(40000, 3000000))
    else:
        ln.t('rename old "/inbound/dva/tmp_%s" new "/inbound/dva/' % hexs(8)).p(h.tpa_mid, "health_plan").t("_birthcert_").p(re.sub(r"[^A-Za-z]", "", fold(m.first)).lower(), "name").t('.pdf"')
    out.append(ln)
    t = CLK.tick(0, 5)
    out.append(L("openssh_syslog").t("%s %s internal-sftp[%d]: close \"/inbound/834/LAKEVIEWBA_%s_834_%s.txt.pgp\" bytes read 0 written %d" % (ts_sys(t), hn, pid + 2, car[0], TODAY.strftime("%Y%m%d"), R.randint(80000, 3000000))))
    t = CLK.tick(0, 3)
    out.append(L("openssh_syslog").t("%s %s internal-sftp[%d]: session closed for local user %s from [%s]" % (ts_sys(t), hn, pid + 2, car[2], ip)))
    return out


def n_sftp():
    t = CLK.tick()
    hn = "ebn-sftp0%d" % R.randint(1, 2)
    pid = R.randint(10000, 65000)
    s = R.choice(["sshd[%d]: Connection closed by authenticating user printbridge 198.51.100.%d port %d [preauth]" % (pid, R.randint(2, 250), R.randint(30000, 65000)),
                  "sshd[%d]: Received disconnect from 203.0.113.%d port %d:11: disconnected by user" % (pid, R.randint(2, 250), R.randint(30000, 65000)),
                  "sshd[%d]: Invalid user admin from 185.220.%d.%d port %d" % (pid, R.randint(0, 255), R.randint(1, 254), R.randint(30000, 65000)),
                  "internal-sftp[%d]: opendir \"/outbound/stoploss\"" % pid,
                  "sshd[%d]: Server listening on 0.0.0.0 port 22." % pid,
                  "internal-sftp[%d]: remove name \"/outbound/printbridge/MM%s%03d.csv.pgp\"" % (pid, TODAY.strftime("%y%m%d"), R.randint(1, 200))])
    return [L("openssh_syslog").t("%s %s %s" % (ts_sys(t), hn, s))]


# ---- GnuPG job logs
def n_gpg():
    out = []
    t = CLK.tick()
    car = R.choice(CARRIERS)
    kid = hexs(16).upper()
    f = R.choice(["LAKEVIEWBA_%s_834_%s.txt" % (car[0], TODAY.strftime("%Y%m%d")), "%s_census_%s.csv" % (R.choice(EMPLOYERS)[1].replace("-", "").lower(), TODAY.strftime("%Y%m%d")),
                  "FDR_SETTLE_%s.dat" % TODAY.strftime("%Y%m%d")])
    out.append(L("gpg_log").t("%s [pgp-job] start op=decrypt file=/data/xfer/inbound/%s.pgp out=/data/xfer/plain/%s keyring=/etc/pgp-job/ring.kbx" % (ts_py(t), f, f)))
    out.append(L("gpg_log").t("gpg: encrypted with rsa4096 key, ID %s, created %s" % (kid, rand_date(2021, 2024).isoformat())))
    out.append(L("gpg_log").t('      "%s EDI Team <edi-keys@%s.example>"' % (car[1], car[0].lower())))
    if R.random() < 0.4:
        out.append(L("gpg_log").t("gpg: WARNING: This key is not certified with a trusted signature!"))
        out.append(L("gpg_log").t("gpg:          There is no indication that the signature belongs to the owner."))
    t = CLK.tick(0, 4)
    out.append(L("gpg_log").t("%s [pgp-job] done rc=0 in=%d out=%d sha256=%s" % (ts_py(t), R.randint(10 ** 5, 10 ** 7), R.randint(10 ** 5, 10 ** 7), hexs(64))))
    return out


def ep_gpg_phi():
    h = hh()
    e = h.ee
    t = CLK.tick()
    ln = L("gpg_log")
    ln.t("%s [pgp-job] DEBUG plaintext head (first record): \"" % ts_py(t)).p(h.emp_id, "other_id").t("|").p(x12name(e.last), "name").t("|").p(x12name(e.first), "name")
    ln.t("|").p(e.dob.strftime("%Y%m%d"), "date").t("|").p(e.ssn, "ssn").t("|%s|%s\"" % (h.plan, h.tier))
    return [ln]


# ---- Salesforce-like webhooks
def ep_sf():
    h = R.choice(HOUSEHOLDS_ALL)
    e = h.ee
    t = CLK.tick()
    ln = L("sf_webhook_json")
    ln.t("%s INFO integrations.salesforce.webhook: " % ts_py(t))
    subj = R.choice(["COBRA election - rescind request", "FSA claim denied - appeal", "Dependent verification docs", "Address change / returned mail", "HSA excess contribution"])
    desc_k = R.randrange(3)
    if desc_k == 0:
        desc = [("Member ", None), (name_fmt(e, "fl"), "name"), (" called, new phone ", None), (fphone(h.phone, "dash"), "phone"), (". Wants notices by email ", None), (h.email, "email")]
    elif desc_k == 1:
        desc = [("Returned mail for ", None), (name_fmt(e, "LF"), "name"), (" - old addr ", None), (addr_line(h), "address"), (" ", None), (h.city, "address"), (" ", None), (h.zip, "zip")]
    else:
        kid = h.deps[-1] if h.deps else e
        desc = [("Docs uploaded for ", None), (kid.first, "name"), (" (DOB ", None), (fdate(kid.dob, "usnz"), "date"), (") see ", None),
                ("https://my.lakeviewba.com/dva/%s/docs/%s" % (h.tpa_mid, uuid4()), "url")]
    ln.t('{"sobject": {"attributes": {"type": "Case"}, "Id": "').p("5003h0000" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(9)), "other_id")
    ln.t('", "CaseNumber": "').p("%08d" % R.randint(100000, 9999999), "other_id").t('", "Subject": "%s", "Status": "%s", "Priority": "%s", "ContactId": "' % (subj, R.choice(["New", "Working", "Escalated"]), R.choice(["Medium", "High"])))
    ln.p("0033h0000" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(9)), "other_id")
    ln.t('", "Member_ID__c": "').p(h.tpa_mid, "health_plan").t('", "Description": "')
    for v, c in desc:
        ln.p(v, c)
    ln.t('", "OwnerId": "0053h000004%s"}, "event": {"replayId": %d, "createdDate": "%s", "type": "updated"}}' % (hexs(4).upper(), R.randint(10000, 99999), ts_utc(t)))
    return [ln]


def n_sf():
    t = CLK.tick()
    s = R.choice(['integrations.salesforce.cometd: /meta/handshake successful clientId=%s' % hexs(28),
                  'integrations.salesforce.cometd: subscribed /topic/BenefitCaseUpdates replayFrom=-1',
                  'integrations.salesforce.webhook: {"sobject": {"attributes": {"type": "Account"}, "Id": "0013h00000%s", "Name": "%s", "Industry": "Manufacturing", "Renewal_Date__c": "2025-07-01"}, "event": {"replayId": %d, "type": "updated"}}' % (hexs(8).upper(), R.choice(EMPLOYERS)[0], R.randint(10000, 99999)),
                  'integrations.salesforce.api: REST limits DailyApiRequests remaining=%d/%d' % (R.randint(10000, 150000), 150000)])
    return [L("sf_webhook_json").t("%s INFO %s" % (ts_py(t), s))]


# ---- NACHA HSA contributions
def ep_nacha():
    out = []
    emp = R.choice(EMPLOYERS)
    out.append(L("nacha").t("101 0%s1%s%s%sA094101%s%s%s" % (digits(8), emp[2], TODAY.strftime("%y%m%d"), CLK.t.strftime("%H%M"), "HSA CUSTODIAN BANK".ljust(23), emp[0].upper()[:23].ljust(23), " " * 8)))
    out.append(L("nacha").t("5220%s%s1%sPPDHSA CONTRB%s%s   1%s0000001" % (emp[0].upper()[:16].ljust(16), " " * 20, emp[2], TODAY.strftime("%y%m%d"), TODAY.strftime("%y%m%d"), digits(8))))
    for i in range(R.randint(1, 3)):
        h = hh()
        ln = L("nacha").t("622").t(digits(8)).t(str(R.randint(0, 9)))
        ln.fw(h.hsa_acct, 17, "account")
        ln.t("%010d" % R.randint(2000, 80000))
        ln.fw(h.pid, 15, "health_plan")
        ln.fw(x12name(h.ee.last + " " + h.ee.first)[:22].strip(), 22, "name")
        ln.t("  0").t(digits(8) + "%07d" % (i + 1))
        out.append(ln)
    out.append(L("nacha").t("8220%06d%010d%012d%012d1%s%s%s" % (R.randint(1, 40), R.randint(10 ** 8, 10 ** 9), 0, R.randint(10 ** 5, 10 ** 7), emp[2], " " * 25, digits(8) + "0000001")))
    return out


# ---- postfix
RELAY = {"gmail.com": "gmail-smtp-in.l.google.com", "yahoo.com": "mta7.am0.yahoodns.net", "aol.com": "mx-aol.mail.gm0.yahoodns.net",
         "outlook.com": "outlook-com.olc.protection.outlook.com", "hotmail.com": "hotmail-com.olc.protection.outlook.com",
         "icloud.com": "mx01.mail.icloud.com", "comcast.net": "mx1.comcast.net", "proton.me": "mail.protonmail.ch"}


def ep_postfix():
    h = R.choice(HOUSEHOLDS_ALL)
    t = CLK.tick()
    qid = hexs(10).upper()
    ln = L("postfix")
    ln.t("%s mail-out01 postfix/smtp[%d]: %s: to=<" % (ts_sys(t), R.randint(1000, 40000), qid)).p(h.email, "email")
    ok = R.random() < 0.7
    ln.t(">, relay=%s[%s]:25, delay=%.1f, delays=0.1/0/0.3/%.1f, dsn=%s, status=%s" % (
        RELAY.get(h.email.split("@")[1], "mx.%s" % h.email.split("@")[1]), "%d.%d.%d.%d" % (R.choice([142, 52, 67, 98, 185]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
        R.uniform(0.4, 4), R.uniform(0.1, 3), "2.0.0" if ok else "5.1.1", "sent (250 2.0.0 OK)" if ok else "bounced (host said: 550 5.1.1 user unknown)"))
    return [ln]


def n_postfix():
    t = CLK.tick()
    qid = hexs(10).upper()
    s = R.choice(["postfix/qmgr[%d]: %s: from=<no-reply@lakeviewba.com>, size=%d, nrcpt=1 (queue active)" % (R.randint(1000, 40000), qid, R.randint(3000, 90000)),
                  "postfix/smtp[%d]: %s: to=<elig-ops@harborblue.example>, relay=mx.harborblue.example[192.0.2.%d]:25, delay=0.8, dsn=2.0.0, status=sent (250 ok)" % (R.randint(1000, 40000), qid, R.randint(2, 250)),
                  "postfix/anvil[%d]: statistics: max connection rate 4/60s for (smtp:10.20.0.%d) at %s" % (R.randint(1000, 40000), R.randint(2, 250), ts_sys(t)),
                  "opendkim[%d]: %s: DKIM-Signature field added (s=lvba2024, d=lakeviewba.com)" % (R.randint(1000, 40000), qid)])
    return [L("postfix").t("%s mail-out01 %s" % (ts_sys(t), s))]


# ---- postgres
def ep_pg():
    h = hh()
    m = R.choice([h.ee] + h.deps)
    t = CLK.tick()
    ln = L("postgres")
    ln.t("%s CDT [%d] ben_app@benefits ERROR:  duplicate key value violates unique constraint \"elig_member_carrier_dob_uq\"" % (t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t), R.randint(1000, 90000)))
    ln.t(" DETAIL:  Key (carrier_member_id, birth_date)=(").p(m.mid, "health_plan").t(", ").p(m.dob.isoformat(), "date").t(") already exists.")
    return [ln]


def n_pg():
    t = CLK.tick()
    s = R.choice(["LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=0.%03d s, total=%.3f s" % (R.randint(100, 9000), R.uniform(0, 20), R.randint(0, 9), R.uniform(1, 200), R.randint(1, 999), R.uniform(1, 200)),
                  "LOG:  automatic vacuum of table \"benefits.public.claims_cardtransaction\": index scans: 1 pages: 0 removed, %d remain" % R.randint(10000, 900000),
                  "LOG:  duration: %.3f ms  statement: SELECT id, status FROM cobra_notice WHERE batch_id = 'MM%s%03d'" % (R.uniform(500, 9000), TODAY.strftime("%y%m%d"), R.randint(1, 200)),
                  "FATAL:  password authentication failed for user \"report_ro\"",
                  "LOG:  connection authorized: user=ben_app database=benefits application_name=claims-svc SSL enabled (protocol=TLSv1.3)"])
    return [L("postgres").t("%s CDT [%d] %s" % (t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t), R.randint(1000, 90000), s))]


# ---- metrics / k8s / config / staff contacts
def n_metrics():
    CLK.tick()
    s = R.choice(['ben_834_records_sent_total{carrier="%s",tier="EF"} %d' % (R.choice(CARRIERS)[0], R.randint(100, 90000)),
                  'http_request_duration_seconds_bucket{handler="/api/v1/participants/{pid}/claims",le="0.25"} %d' % R.randint(1000, 900000),
                  'cobra_notices_pending{type="election"} %d' % R.randint(0, 200),
                  'card_auth_latency_ms{quantile="0.99",processor="fdr"} %.1f' % R.uniform(100, 900),
                  'process_resident_memory_bytes{job="claims-svc",instance="10.42.%d.%d:9102"} %d' % (R.randint(0, 9), R.randint(2, 250), R.randint(10 ** 7, 10 ** 9)),
                  'sftp_transfer_bytes_total{user="%s",direction="in"} %d' % (R.choice(CARRIERS)[2], R.randint(10 ** 6, 10 ** 10)),
                  'ocr_confidence_bucket{le="0.8"} %d' % R.randint(100, 10000)])
    return [L("prometheus").t(s)]


def n_k8s():
    t = CLK.tick()
    pod = R.choice(["claims-svc", "cobra-worker", "member-portal", "elig-matcher", "hsa-gateway", "ocr-worker"])
    s = R.choice(["Normal   Pulled     pod/%s-%s-%s  Successfully pulled image \"registry.lakeviewba.net/%s:%d.%d.%d\" in %.3fs" % (pod, hexs(10)[:9], hexs(5), pod, R.randint(1, 5), R.randint(0, 40), R.randint(0, 20), R.uniform(0.5, 30)),
                  "Warning  BackOff    pod/%s-%s-%s  Back-off restarting failed container %s" % (pod, hexs(10)[:9], hexs(5), pod),
                  "Normal   ScalingReplicaSet  deployment/%s  Scaled up replica set %s-%s to %d" % (pod, pod, hexs(10)[:9], R.randint(2, 9)),
                  "Warning  Unhealthy  pod/%s-%s-%s  Readiness probe failed: HTTP probe failed with statuscode: 503" % (pod, hexs(10)[:9], hexs(5))])
    return [L("k8s_event").t("%s  %s" % (ts_utc(t), s))]


def n_contacts():
    t = CLK.tick()
    st = R.choice(STAFF)
    s = R.choice(["on-call rotation: primary=%s <%s@lakeviewba.com> +1 312 555 01%02d secondary=%s" % (st[0], st[1], R.randint(10, 99), R.choice(STAFF)[0]),
                  "carrier contact updated: HarborBlue EDI support edi-support@harborblue.example, 1-800-555-0177, fax (800) 555-0178",
                  "vendor PrintBridge SLA breach notice sent to account manager %s (%s@printbridge.example)" % R.choice([("Gary Lund", "glund"), ("Nadia Petrenko", "npetrenko")]),
                  "provider NPI 1%09d (Northside Regional Medical Center, 2650 N Ridge Ave, Evanston IL 60201) added to network file" % R.randint(10 ** 8, 10 ** 9 - 1),
                  "build %d deployed: claims-svc v2.%d.%d commit %s by %s" % (R.randint(4000, 9000), R.randint(10, 40), R.randint(0, 20), hexs(7), st[1]),
                  "config reload: cobra.election_window_days=60 cobra.notice_sla_days=44 plan_year_start=2025-01-01 fsa.runout_days=90 hsa.limit_family=8550"])
    return [L("ops_notice").t("%s ops: %s" % (ts_iso(t), s))]


# --------------------------------------------------------------------------- assemble
PHI_EPS = [(ep_workday, 2), (ep_workday_xml, 3), (ep_adp, 4), (ep_census_csv, 3), (ep_census_fixed, 1.5), (ep_x12, 1.0), (ep_x12_reject, 2),
           (ep_cobra_django, 6), (ep_celery_phi, 4), (ep_mailmerge, 2), (ep_zap_claim, 6), (ep_zap_console, 4), (ep_logrus, 5), (ep_ocr, 6),
           (ep_card, 5), (ep_dep_audit, 8), (ep_stoploss, 1.8), (ep_callnote, 9), (ep_cti, 3), (ep_access, 4), (ep_django_err, 3),
           (ep_sftp, 1.5), (ep_gpg_phi, 1), (ep_sf, 5), (ep_nacha, 1.2), (ep_postfix, 3), (ep_pg, 3),
           (lambda: ep_dep_audit(4), 1.2), (lambda: ep_callnote(6), 1.0), (lambda: ep_callnote(2), 1.2), (lambda: ep_celery_phi(2), 1.2)]
NOISE_EPS = [(n_workday_misc, 3), (n_adp, 3), (n_celery, 5), (n_zap, 5), (n_zap_console, 3), (n_logrus, 4), (n_ocr, 4), (n_card, 6),
             (n_dep_audit, 3), (n_stoploss, 2), (n_callnote, 4), (n_cti, 3), (n_access, 6), (n_django, 5), (n_sftp, 3), (n_gpg, 1.5),
             (n_sf, 3), (n_postfix, 3), (n_pg, 4), (n_metrics, 5), (n_k8s, 4), (n_contacts, 4)]
SINGLE_NOISE = [f for f, _ in NOISE_EPS if f is not n_gpg]
SINGLE_PHI = [ep_workday_xml, ep_adp, ep_x12_reject, ep_cobra_django, ep_celery_phi, ep_zap_claim, ep_zap_console, ep_logrus, ep_ocr,
              ep_card, ep_dep_audit, ep_callnote, ep_cti, ep_access, ep_django_err, ep_gpg_phi, ep_sf, ep_postfix, ep_pg]


def wpick(lst):
    tot = sum(w for _, w in lst)
    x = R.uniform(0, tot)
    for f, w in lst:
        x -= w
        if x <= 0:
            return f
    return lst[-1][0]


TOTAL, NOISE_TARGET = 500, 275


def build():
    lines = []
    while len(lines) < TOTAL - 12:
        noise = sum(1 for x in lines if not x.phi)
        share = noise / len(lines) if lines else 0.55
        f = wpick(NOISE_EPS if share < 0.55 else PHI_EPS)
        for ln in f():
            lines.append(ln)
    lines = lines[:TOTAL - 12] if len(lines) > TOTAL - 12 else lines
    while len(lines) < TOTAL:
        noise = sum(1 for x in lines if not x.phi)
        need_noise = NOISE_TARGET - noise
        need_phi = (TOTAL - NOISE_TARGET) - (len(lines) - noise)
        if need_noise > 0 and (need_phi <= 0 or R.random() < need_noise / (need_noise + need_phi)):
            f = R.choice(SINGLE_NOISE)
        else:
            f = R.choice(SINGLE_PHI)
        got = f()
        lines.append(got[0])
    return lines


def main():
    lines = build()
    # fix exact noise count by swapping tail single lines if needed
    noise = sum(1 for x in lines if not x.phi)
    guard = 0
    while noise != NOISE_TARGET and guard < 500:
        guard += 1
        i = R.randrange(TOTAL - 12, TOTAL)
        if noise > NOISE_TARGET and not lines[i].phi:
            lines[i] = R.choice(SINGLE_PHI)()[0]
        elif noise < NOISE_TARGET and lines[i].phi:
            lines[i] = R.choice(SINGLE_NOISE)()[0]
        noise = sum(1 for x in lines if not x.phi)
    assert len(lines) == TOTAL
    log_out, lab_out = [], []
    for n, ln in enumerate(lines, 1):
        txt = ln.text()
        assert "\n" not in txt and "\r" not in txt and txt.strip(), (n, txt)
        b = txt.encode("utf-8")
        for sp, val in zip(ln.spans, ln.expect):
            assert b[sp["s"]:sp["e"]] == val.encode("utf-8"), (n, sp, val)
            assert sp["e"] > sp["s"]
        log_out.append(txt)
        lab_out.append(json.dumps({"line": n, "family": ln.family, "spans": ln.spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(log_out))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lab_out) + "\n")


if __name__ == "__main__":
    main()
