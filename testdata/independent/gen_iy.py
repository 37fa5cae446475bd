#!/usr/bin/env python3
"""gen_iy.py -- synthetic labeled log corpus (synthetic PHI), ID=iy.

Theme: a hospital foundation's philanthropy and grateful-patient program
(Lakeshore Health Foundation, fictional).  Raiser's Edge-like constituent
exports (quoted CSV with header) and imports (CSV without header) with the
ImportOmatic-like job log, Blackbaud SKY-like API responses, wealth-screening
vendor result files (pipe-delimited with header) and vendor job logs, HL7 v2
ADT segments filtered for fundraising (PD1-12 / ZFR opt-out flags), an
interface-engine (Mirth-like) log with escaped messages, the Python
grateful-patient pipeline log, Eventbrite-like webhooks and attendee JSON,
Stripe-python API logs and Stripe webhook events, a pino JSON donation form
log, NACHA ACH files (94-column records) and return notices, NCOA/CASS
mailing-house reports (fixed columns), the gift officer CRM's Rails logs,
Sidekiq and ActionMailer lines, contact-report notes written by people,
tribute/memorial gift key=value logs and acknowledgement XML, vehicle
donation intake JSON, planned-giving (CGA) records, nginx access and config
noise.  Everything is synthetic; standard library only; deterministic.

Labeling decisions:
- The persons a line is about are the foundation's private individuals:
  constituents/donors, grateful-patient candidates and patients, their
  spouses and relatives, guarantors/insureds, honorees of tribute gifts,
  tribute-notification recipients, event attendees and their guests,
  annuitants.  Their identifiers are labeled.
- Not labeled: foundation staff (gift officers, data team, usernames like
  moyelowo), hospital clinicians (attending/referring physicians, also when
  they are the honoree of an "in honor of" gift), vendor and bank staff,
  organizations even when they carry a surname (e.g. "Whitfield Family
  Foundation", "Kowalczyk & Sons Funeral Home") and their addresses/phones,
  public test values (Stripe test card 4242..., routing numbers).
- name: each occurrence of a person's name is one span (first+middle+last
  when contiguous, "LAST^FIRST^M" HL7 components as one span, "Last, First"
  as one span); titles (Mr./Mrs./Dr.) and suffix columns are outside the
  span; split First/Last columns are separate spans; a lone first name or
  surname referring to the person is labeled; URL-encoded forms are labeled
  as written ("Bernard+Dubois").
- address: street line (with unit) one span, city/town a separate span;
  state and country are not labeled; ZIP / ZIP+4 is "zip".  Both old and
  new addresses in NCOA rows are labeled.
- date: dates of the person's life and care events: birth, death,
  admission, discharge, visit/service, appointment, fundraising opt-out
  request, NCOA move-effective month (YYYYMM).  Not labeled: gift, pledge,
  settlement, batch/file, ACH effective entry dates, gala/event dates,
  contact-report dates (staff activity), card expiry, log and message
  timestamps (MSH-7, EVN-2).  A SKY-style fuzzy date object
  {"d":..,"m":..,"y":..} of a birthdate is one span.
- age: only ages over 89 ("93", "93yo", "age 91"); ages up to 89 are not.
- mrn: hospital MRNs (PID-3, grateful-patient lists).  other_id: foundation
  constituent lookup IDs (CnBio_ID, lookup_id, NACHA individual ID),
  wealth-screen vendor person IDs (DSID), HL7 visit numbers (PV1-19), Epic
  patient IDs, Stripe customer IDs (cus_...), Eventbrite attendee IDs,
  donor-portal login names.  Not labeled: gift, batch, order, charge,
  payment-intent, event, request, trace, intake and contact-report IDs, and
  database surrogate keys / SKY system record ids in URLs and SQL.
- account: bank account numbers (NACHA DFI account, ACH detail), full card
  PANs, hospital patient account numbers (PID-18).  Card last4, expiry and
  routing numbers are not labeled.
- health_plan: insurance member/subscriber IDs (IN1) and Medicare MBIs.
- ssn: annuitant and patient SSNs, with or without dashes.
- license: a donor's driver's licence number.  vehicle: VIN and licence
  plate of a donor's vehicle (vehicle donation, gala valet).
- device: serial numbers of a patient's implanted device in notes.
- ip: a donor's public IP captured with the gift; private/server IPs not.
- url: personal URLs (LinkedIn profile, obituary / memorial page);
  foundation, vendor and API URLs are not.
- photo: base64 payload of an uploaded constituent portrait (data: prefix
  outside the span).
- phone/fax/email: of the persons above only; foundation, vendor and staff
  contact data are not labeled.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

ID = "iy"
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20240611 + 21)


# ----------------------------------------------------------------- builder
class P:
    """A PHI value with its category."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class RAW(P):
    """PHI emitted raw (not quoted) inside JSON."""


class S:
    """A composite string value made of plain text and P pieces."""

    def __init__(self, *parts):
        self.parts = parts


class Ln:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.spans = []
        self.vals = []

    def t(self, x):
        assert "\n" not in x and "\r" not in x, x
        self.b += x.encode("utf-8")
        return self

    def p(self, x, cat=None):
        x = str(x)
        if cat is None or x == "":
            return self.t(x)
        a = len(self.b)
        self.t(x)
        self.spans.append((a, len(self.b), cat))
        self.vals.append(x)
        return self

    def x(self, *parts):
        for q in parts:
            if isinstance(q, P):
                self.p(q.v, q.cat)
            elif isinstance(q, (list, tuple)):
                self.x(*q)
            else:
                self.t(str(q))
        return self


def jesc(v, ascii_=False):
    return json.dumps(v, ensure_ascii=ascii_)[1:-1]


def jemit(l, o, compact=True, ascii_=False):
    si, sk = ("," , ":") if compact else (", ", ": ")
    if isinstance(o, RAW):
        l.p(o.v, o.cat)
    elif isinstance(o, P):
        if isinstance(o.v, str):
            l.t('"').p(jesc(o.v, ascii_), o.cat).t('"')
        else:
            l.p(json.dumps(o.v), o.cat)
    elif isinstance(o, S):
        l.t('"')
        for q in o.parts:
            if isinstance(q, P):
                l.p(jesc(str(q.v), ascii_), q.cat)
            else:
                l.t(jesc(q, ascii_))
        l.t('"')
    elif isinstance(o, dict):
        l.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                l.t(si)
            l.t(json.dumps(k)).t(sk)
            jemit(l, v, compact, ascii_)
        l.t("}")
    elif isinstance(o, (list, tuple)):
        l.t("[")
        for i, v in enumerate(o):
            if i:
                l.t(si)
            jemit(l, v, compact, ascii_)
        l.t("]")
    else:
        l.t(json.dumps(o, ensure_ascii=ascii_))


def resc(v):
    return v.replace("\\", "\\\\").replace('"', '\\"')


def rbemit(l, o):
    """Ruby Hash#inspect as printed by Rails 'Parameters:'."""
    if isinstance(o, P):
        l.t('"').p(resc(str(o.v)), o.cat).t('"')
    elif isinstance(o, S):
        l.t('"')
        for q in o.parts:
            if isinstance(q, P):
                l.p(resc(str(q.v)), q.cat)
            else:
                l.t(resc(q))
        l.t('"')
    elif isinstance(o, dict):
        l.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                l.t(", ")
            l.t('"%s"=>' % resc(k))
            rbemit(l, v)
        l.t("}")
    elif isinstance(o, list):
        l.t("[")
        for i, v in enumerate(o):
            if i:
                l.t(", ")
            rbemit(l, v)
        l.t("]")
    elif o is None:
        l.t("nil")
    else:
        l.t('"%s"' % resc(str(o)))


def pyemit(l, o):
    """Python repr of a dict, as logged with %r."""
    if isinstance(o, P):
        if isinstance(o.v, str):
            r = repr(o.v)
            l.t(r[0]).p(r[1:-1], o.cat).t(r[-1])
        else:
            l.p(repr(o.v), o.cat)
    elif isinstance(o, dict):
        l.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                l.t(", ")
            l.t(repr(k) + ": ")
            pyemit(l, v)
        l.t("}")
    elif isinstance(o, list):
        l.t("[")
        for i, v in enumerate(o):
            if i:
                l.t(", ")
            pyemit(l, v)
        l.t("]")
    else:
        l.t(repr(o))


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ------------------------------------------------------------------- data
FIRST_F = ["Eleanor", "Chidinma", "Priya", "Agnieszka", "Siobhan", "Mei-Ling",
           "Fatima", "Renée", "Zoë", "Ximena", "Ingrid", "Thi Lan", "Oluwaseun",
           "Marguerite", "Dorothy", "Yasmin", "Hana", "Lucía", "Bronwyn",
           "Aaliyah", "Eun-ji", "Magdalena", "Gwendolyn", "Noor", "Svetlana",
           "Colette", "Imani", "Beatriz", "Keiko", "Rosalind"]
FIRST_M = ["Harold", "Bernard", "Kwame", "Tomasz", "Hamid", "José", "Søren",
           "Dmitri", "Jae-won", "Mateo", "Giovanni", "Thaddeus", "Ravi", "Kaito",
           "Yusuf", "Declan", "Emeka", "Lars", "Anh", "Rafael", "Ignatius",
           "Cornelius", "Desmond", "Viktor", "Alistair", "Tariq", "Benedikt",
           "Ezekiel", "Ramón", "Wendell"]
LAST = ["Whitfield", "Okafor", "Chaudhry", "Kowalczyk", "O'Connell", "Nakamura",
        "van der Berg", "de la Cruz", "Al-Rashid", "Nguyễn", "Ramírez", "Schäfer",
        "Goldberg", "Adeyemi", "MacAllister", "Papadopoulos", "Lindqvist",
        "Dubois", "Fitzgerald-Shaw", "St. Clair", "Vasquez-Moreno", "Haugen",
        "Bianchi", "Tran", "Khoury", "Abernathy", "Oyelaran", "Halvorsen",
        "Yamamoto", "Castellanos", "DiStefano", "Mbatha", "Kaczmarek",
        "Lefebvre", "Olusegun", "Park", "Hoffmann-Reyes", "Ó Súilleabháin",
        "ten Brink", "Ibáñez", "Novák", "Achterberg", "Szabó", "Friedman",
        "Mahmoud", "Delacroix", "Kapoor", "Wójcik", "Brennan", "Takahashi"]
CITIES = [("Evanston", "IL", "602", "847"), ("Winnetka", "IL", "600", "847"),
          ("Oak Park", "IL", "603", "708"), ("Highland Park", "IL", "600", "224"),
          ("Lake Forest", "IL", "600", "847"), ("Skokie", "IL", "600", "847"),
          ("Chicago", "IL", "606", "312"), ("Chicago", "IL", "606", "773"),
          ("Naperville", "IL", "605", "630"), ("Hinsdale", "IL", "605", "630"),
          ("Wilmette", "IL", "600", "847"), ("Glenview", "IL", "600", "224"),
          ("Milwaukee", "WI", "532", "414"), ("Mequon", "WI", "530", "262"),
          ("Kenosha", "WI", "531", "262"), ("Valparaiso", "IN", "463", "219"),
          ("Munster", "IN", "463", "219"), ("Shaker Heights", "OH", "441", "216"),
          ("Grosse Pointe Farms", "MI", "482", "313"), ("Sarasota", "FL", "342", "941"),
          ("Scottsdale", "AZ", "852", "480"), ("Naples", "FL", "341", "239"),
          ("La Grange", "IL", "605", "708"), ("Park Ridge", "IL", "600", "847")]
STREETS = ["Sheridan", "Green Bay", "Chestnut Hill", "Lakeview", "Maple", "Ridge",
           "Forest", "Linden", "Hawthorne", "Pine Ridge", "Elmwood", "Orchard",
           "Kenilworth", "Willow", "Prospect", "Birchwood", "Ashland", "Laurel",
           "Fairview", "Woodlawn", "Glencoe", "Tower", "Wildwood", "Hibbard",
           "Greenleaf", "Central Park", "Longmeadow", "Sunset Ridge"]
STYPES = ["Rd", "Ave", "St", "Dr", "Ln", "Ct", "Blvd", "Pl", "Way", "Terrace",
          "Road", "Avenue", "Circle"]
DOMAINS = ["gmail.com", "comcast.net", "yahoo.com", "outlook.com", "icloud.com",
           "att.net", "aol.com", "sbcglobal.net", "me.com", "hotmail.com", "wp.pl"]
OFFICERS = [("Meredith Oyelowo", "moyelowo"), ("Daniel Kersh", "dkersh"),
            ("Priscilla Tanaka-Wolfe", "ptanakawolfe"), ("Jonah Feld", "jfeld")]
DOCS = [("LINDGREN", "KAREN", "1184472"), ("SUBRAMANIAN", "ANAND", "1093318"),
        ("BRANDT", "HELGA", "1201957"), ("OBI", "MARCUS", "1156620"),
        ("ALBESCU", "SOFIA", "1177043")]
SERVICES = [("CAR", "Cardiology"), ("ORT", "Orthopedics"), ("ONC", "Oncology"),
            ("NEU", "Neurology"), ("CTS", "Cardiothoracic Surgery"),
            ("GI", "Gastroenterology"), ("URO", "Urology"), ("OPH", "Ophthalmology")]
FUNDS = [("CARDIO-INNOV", "Cardiac Innovation Fund"), ("GREATEST-NEED", "Area of Greatest Need"),
         ("CANCER-CTR", "Cancer Center Patient Support"), ("NURSING-EXC", "Nursing Excellence Fund"),
         ("NICU-FAM", "NICU Family Fund"), ("NEURO-RES", "Neuroscience Research")]
BANKS = [("071000013", "JPMORGAN CHASE"), ("071923909", "BMO HARRIS"),
         ("075000022", "US BANK"), ("071904779", "FIFTH THIRD"),
         ("271070801", "WINTRUST"), ("074000010", "FIFTH THIRD IN")]

TODAY = dt.date(2024, 6, 11)
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c)).replace("ø", "o").replace("Ø", "O")


def rdigits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def ralnum(n, alpha="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(alpha) for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:])


def ssn():
    while True:
        a = R.randint(101, 772)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def luhn_complete(prefix, length=16):
    body = prefix + rdigits(length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


def fdate(d, style):
    if style == "mdY":
        return d.strftime("%m/%d/%Y")
    if style == "Ymd-":
        return d.isoformat()
    if style == "Ymd":
        return d.strftime("%Y%m%d")
    if style == "dbY":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)
    if style == "BdY":
        return "%s %d, %d" % (MONTH[d.month - 1], d.day, d.year)
    if style == "bdY":
        return "%s %d, %d" % (MON[d.month - 1], d.day, d.year)
    if style == "mdy":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "md":
        return "%d/%d" % (d.month, d.day)
    if style == "dmY.":
        return d.strftime("%d.%m.%Y")
    raise ValueError(style)


def fphone(p, style):
    a, b, c = p["area"], p["ph"][:3], p["ph"][3:]
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "dot": "%s.%s.%s" % (a, b, c), "raw": a + b + c,
            "e164": "+1%s%s%s" % (a, b, c), "intl": "+1 %s %s %s" % (a, b, c),
            "one": "1-%s-%s-%s" % (a, b, c)}[style]


def age_on(dob, ref=TODAY):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


def mkperson(i):
    sex = R.choice("FM")
    first = R.choice(FIRST_F if sex == "F" else FIRST_M)
    last = LAST[i % len(LAST)] if i < len(LAST) else R.choice(LAST)
    mi = R.choice("ABCDEFGHJKLMRSTW") if R.random() < 0.7 else ""
    if i % 4 == 0:
        dob = dt.date(R.randint(1928, 1934), R.randint(1, 12), R.randint(1, 28))
    else:
        dob = dt.date(R.randint(1938, 1986), R.randint(1, 12), R.randint(1, 28))
    city, st, z3, area = R.choice(CITIES)
    street = "%d %s%s %s" % (R.randint(12, 9890), R.choice(["", "", "N ", "W ", "E ", "S "]),
                             R.choice(STREETS), R.choice(STYPES))
    if R.random() < 0.2:
        street += R.choice([" Apt ", " Unit ", " #", " Apt. "]) + R.choice(["2B", "14C", "3", "1105", "G", "401"])
    ff, lf = fold(first).lower().replace(" ", ""), fold(last).lower().replace(" ", "").replace("'", "")
    loc = R.choice(["%s.%s" % (ff, lf), "%s%s" % (ff[0], lf), "%s%s%d" % (ff, lf[0], dob.year % 100),
                    "%s_%s" % (lf, ff), "%s.%s%d" % (ff[0], lf, R.randint(1, 99))])
    sp_first = R.choice(FIRST_M if sex == "F" else FIRST_F)
    p = dict(first=first, last=last, mi=mi, sex=sex, dob=dob, street=street, city=city,
             st=st, zip=z3 + "%02d" % R.randint(1, 99), zip4="%04d" % R.randint(1, 9999),
             area=area, ph=str(R.randint(201, 989)) + rdigits(4),
             email=loc + "@" + R.choice(DOMAINS),
             mrn=R.choice(["E%07d" % R.randint(1000000, 1999999), "%08d" % R.randint(100000, 9999999)]),
             cons="%08d" % R.randint(100000, 599999), dsid="DS%07d" % R.randint(1000000, 9999999),
             cus="cus_" + ralnum(14), ssn=ssn(), acct=rdigits(R.choice([9, 10, 12])),
             bank=R.choice(BANKS), spouse=sp_first, login=(ff[:1] + lf)[:12] + str(R.randint(1, 99)),
             visit="%010d" % R.randint(3000000000, 3999999999), epi="Z%d" % R.randint(1000000, 9999999), pacct="%09d" % R.randint(100000000, 999999999))
    p["age"] = age_on(dob)
    return p


PEOPLE = [mkperson(i) for i in range(64)]
OLD = [p for p in PEOPLE if p["age"] >= 88]
HONOREES = [mkperson(4 * i) for i in range(16)]   # deceased relatives, honorees of memorial gifts


def who():
    return R.choice(PEOPLE)


def full(p, mi=True):
    return "%s %s%s" % (p["first"], (p["mi"] + ". ") if (mi and p["mi"]) else "", p["last"])


def up(s):
    return fold(s).upper()


# ------------------------------------------------------------------ clock
CLK = [dt.datetime(2024, 6, 11, 5, 58, 3, 120000)]


def tick(lo=0.05, hi=40.0):
    CLK[0] += dt.timedelta(seconds=R.uniform(lo, hi))
    return CLK[0]


def ts_py():
    t = tick()
    return t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (t.microsecond // 1000)


def ts_iso(z=True, ms=3):
    t = tick()
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        s += ".%s" % ("%06d" % t.microsecond)[:ms]
    return s + ("Z" if z else "")


def ts_rails():
    t = tick(0.01, 3)
    return t.strftime("%Y-%m-%dT%H:%M:%S") + ".%06d" % t.microsecond


def ts_epoch():
    return int((tick() - dt.datetime(1970, 1, 1)).total_seconds()) + 5 * 3600


FDN_URL = "https://crm.lakeshorehealthfdn.org"
PID_RAILS = [2817, 2819, 2822, 3104]


def rails_prefix(l, lvl="INFO", rid=None):
    l.t("%s, [%s #%d] %5s -- : " % (lvl[0], ts_rails(), R.choice(PID_RAILS), lvl))
    if rid:
        l.t("[%s] " % rid)
    return l


# --------------------------------------------------------------- episodes
def ep_re_export():
    out = []
    l = Ln("re_export_csv")
    off = R.choice(OFFICERS)
    l.t("%s RE7 Export: 'FY24 GP Prospects - %s Portfolio' (export id 1187) started by %s on LSHF-RE01; "
        "output=\\\\lshf-fs01\\Development\\Exports\\gp_portfolio_%s.csv"
        % (tick().strftime("%m/%d/%Y %I:%M:%S %p"), off[0].split()[1], off[1], TODAY.strftime("%Y%m%d")))
    out.append(l)
    l = Ln("re_export_csv")
    cols = ["CnBio_ID", "CnBio_Title_1", "CnBio_First_Name", "CnBio_Middle_Name", "CnBio_Last_Name",
            "CnBio_Birth_date", "CnBio_Age", "CnAdrPrf_Addrline1", "CnAdrPrf_City", "CnAdrPrf_State",
            "CnAdrPrf_ZIP", "CnPh_1_01_Phone_number", "CnPh_1_02_Phone_number", "CnPh_1_03_Phone_number", "CnSpSpBio_First_Name",
            "CnBio_Deceased", "CnGf_1_01_Amount", "CnGf_1_01_Date", "CnGf_1_01_Fund"]
    l.t(",".join('"%s"' % c for c in cols))
    out.append(l)
    for _ in range(R.randint(3, 5)):
        p = R.choice(OLD) if R.random() < 0.4 else who()
        l = Ln("re_export_csv")
        title = {"F": R.choice(["Mrs.", "Ms.", "Dr."]), "M": R.choice(["Mr.", "Dr.", "Mr."])}[p["sex"]]
        fund = R.choice(FUNDS)
        gd = TODAY - dt.timedelta(days=R.randint(20, 700))
        vals = [P(p["cons"], "other_id"), title, P(p["first"], "name"), P(p["mi"], "name"),
                P(p["last"], "name"), P(fdate(p["dob"], "mdY"), "date"),
                P(str(p["age"]), "age") if p["age"] > 89 else str(p["age"]),
                P(p["street"], "address"), P(p["city"], "address"), p["st"],
                P(p["zip"] + ("-" + p["zip4"] if R.random() < 0.5 else ""), "zip"),
                P(fphone(p, "paren"), "phone"), P(p["email"], "email"),
                P(fphone(dict(area=p["area"], ph=p["ph"][:3] + rdigits(4)), "paren"), "fax") if R.random() < 0.25 else "",
                P(p["spouse"], "name") if R.random() < 0.6 else "", "No",
                "$%s.00" % format(R.choice([100, 250, 500, 1000, 2500, 10000, 25000]), ","),
                fdate(gd, "mdY"), fund[1]]
        for i, v in enumerate(vals):
            if i:
                l.t(",")
            l.t('"').x(v).t('"')
        out.append(l)
    l = Ln("re_export_csv")
    l.t("%s RE7 Export 1187 complete: %d records, %d columns, elapsed 00:00:%02d"
        % (tick().strftime("%m/%d/%Y %I:%M:%S %p"), R.randint(180, 1400), len(cols), R.randint(5, 59)))
    out.append(l)
    return out


def ep_re_import():
    out = []
    fam = "re_import_csv"
    l = Ln(fam)
    name = "GP_Weekly_%s" % TODAY.strftime("%Y%m%d")
    l.t("[ImportOmatic] %s Import '%s' started; profile=GP_Constituent_Add; file=%s.csv; rows=%d; "
        "header_row=false; delimiter=','" % (tick().strftime("%Y-%m-%d %H:%M:%S"), name, name.lower(), R.randint(300, 450)))
    out.append(l)
    for p in R.sample(PEOPLE, R.randint(3, 5)):
        svc = R.choice(SERVICES)
        doc = R.choice(DOCS)
        adm = TODAY - dt.timedelta(days=R.randint(8, 40))
        dis = adm + dt.timedelta(days=R.randint(1, 9))
        l = Ln(fam)
        l.x("GPW,", TODAY.strftime("%Y%m%d"), ",", P(p["mrn"], "mrn"), ",", P(up(p["last"]), "name"), ",",
            P(up(p["first"]), "name"), ",", P(p["mi"], "name"), ",", P(fdate(p["dob"], "mdY"), "date"), ",",
            P(up(p["street"]), "address"), ",,", P(up(p["city"]), "address"), ",", p["st"], ",",
            P(p["zip"], "zip"), ",", P(fphone(p, "raw"), "phone"), ",",
            P(p["email"], "email") if R.random() < 0.6 else "", ",", svc[0], ",",
            "%s %s" % (doc[0], doc[1]), ",", P(fdate(dis, "Ymd"), "date"), ",N")
        out.append(l)
    p = who()
    l = Ln(fam)
    l.x("[ImportOmatic] Row %d: possible duplicate of constituent " % R.randint(2, 400), P(p["cons"], "other_id"),
        " (", P("%s, %s" % (p["last"], p["first"] + (" " + p["mi"] + "." if p["mi"] else "")), "name"),
        ") match score %d; action=UpdateExisting" % R.randint(80, 99))
    out.append(l)
    l = Ln(fam)
    l.t("[ImportOmatic] Row %d: " % R.randint(2, 400) + R.choice([
        "Phone type 'Cell' not found in table 'Phone Types'; defaulted to 'Mobile'",
        "Constituent code 'GP-CAR' added with Date From %s" % TODAY.strftime("%m/%d/%Y"),
        "Field 'Attending' mapped to Attribute 'GP Physician' (table entry created)",
        "Solicit code 'Do Not Mail' skipped: field empty",
        "Address type 'Home' marked preferred; previous preferred address retained as 'Former'"]))
    if R.random() < 0.7:
        out.append(l)
    l = Ln(fam)
    l.t("[ImportOmatic] Import '%s' finished: added=%d updated=%d skipped=%d exceptions=%d elapsed=%ds"
        % (name, R.randint(200, 300), R.randint(20, 60), R.randint(0, 9), R.randint(0, 4), R.randint(30, 200)))
    out.append(l)
    return out


def ep_sky_api():
    out = []
    fam = "sky_api"
    p = who()
    sysid = str(R.randint(100000, 399999))
    l = Ln(fam)
    l.t("%s INFO  SkyClient - GET https://api.sky.blackbaud.com/constituent/v1/constituents/%s -> 200 (%d ms) "
        "x-request-id=%s quota-remaining=%d" % (ts_py(), sysid, R.randint(90, 600), uuid(), R.randint(1000, 24000)))
    out.append(l)
    if R.random() < 0.7:
        l = Ln(fam)
        l.t("%s DEBUG SkyClient - response body: " % ts_py())
        body = {"id": sysid, "address": {"id": str(R.randint(100000, 999999)), "address_lines": P(p["street"], "address"),
                                         "city": P(p["city"], "address"), "constituent_id": sysid, "country": "United States",
                                         "postal_code": P(p["zip"], "zip"), "preferred": True, "state": p["st"],
                                         "type": "Home"},
                "birthdate": RAW('{"d":%d,"m":%d,"y":%d}' % (p["dob"].day, p["dob"].month, p["dob"].year), "date"),
                "deceased": False, "email": {"address": P(p["email"], "email"), "do_not_email": False, "type": "Email"},
                "first": P(p["first"], "name"), "gender": {"F": "Female", "M": "Male"}[p["sex"]],
                "gives_anonymously": R.random() < 0.1, "inactive": False, "last": P(p["last"], "name"),
                "lookup_id": P(p["cons"], "other_id"), "name": P(full(p, False), "name"),
                "phone": {"id": str(R.randint(100000, 999999)), "do_not_call": False,
                          "number": P(fphone(p, "paren"), "phone"), "primary": True, "type": "Home"},
                "type": "Individual"}
        if p["age"] > 89:
            body["age"] = P(p["age"], "age")
        else:
            body["age"] = p["age"]
        jemit(l, body)
        out.append(l)
    l = Ln(fam)
    l.t("%s WARN  SkyClient - 429 Too Many Requests on PATCH /constituent/v1/constituentcodes/%d; retry-after=%ds (attempt %d/5)"
        % (ts_py(), R.randint(10000, 99999), R.randint(1, 9), R.randint(1, 3)))
    out.append(l)
    return out


def ep_wealth():
    out = []
    fam = "wealth_screen_psv"
    batch = "DSB-%d" % R.randint(88000, 89999)
    l = Ln(fam)
    l.t("# DonorSearch Enhanced Screening results | client=LSHF | batch=%s | generated=%s | encoding=UTF-8"
        % (batch, tick().strftime("%Y-%m-%dT%H:%M:%S")))
    out.append(l)
    l = Ln(fam)
    l.t("ClientRecordID|DSID|Prefix|FirstName|MiddleName|LastName|SpouseFirst|Address1|City|State|Zip|Age|"
        "RealEstateTotal|EstCapacityRange|DS_Rating|Affiliations|LinkedIn")
    out.append(l)
    for _ in range(R.randint(3, 5)):
        p = R.choice(OLD) if R.random() < 0.35 else who()
        l = Ln(fam)
        aff = R.choice(["", "Trustee, %s Family Foundation" % fold(p["last"]), "Board, Lyric Opera Guild",
                        "Director, Harborline Bancorp", "", "Officer, Rotary Club of Evanston"])
        li = ""
        if R.random() < 0.5:
            li = P("https://www.linkedin.com/in/%s-%s-%s" % (fold(p["first"]).lower().replace(" ", "-"),
                                                          fold(p["last"]).lower().replace(" ", "-").replace("'", ""),
                                                          hexs(6)), "url")
        l.x(P(p["cons"], "other_id"), "|", P(p["dsid"], "other_id"), "|",
            {"F": "Mrs.", "M": "Mr."}[p["sex"]], "|", P(p["first"], "name"), "|", P(p["mi"], "name"), "|",
            P(p["last"], "name"), "|", P(p["spouse"], "name") if R.random() < 0.6 else "", "|",
            P(p["street"], "address"), "|", P(p["city"], "address"), "|", p["st"], "|",
            P(p["zip"] + "-" + p["zip4"], "zip"), "|",
            P(str(p["age"]), "age") if p["age"] > 89 else str(p["age"]), "|",
            "%d" % (R.randint(3, 90) * 25000), "|", R.choice(["$25K-$49K", "$100K-$249K", "$250K-$499K",
                                                              "$1M-$2.49M", "$5K-$9K"]),
            "|", R.choice(["DS1-1", "DS1-2", "DS2-3", "DS3-1", "DS1-4"]), "|", aff, "|", li)
        out.append(l)
    l = Ln("screening_job_log")
    l.t("level=info ts=%s component=ws-sync batch=%s status=COMPLETE records_in=%d matched=%d match_rate=%.1f%% "
        "rated_ds1=%d elapsed=%s" % (ts_iso(), batch, R.randint(1500, 4000), R.randint(900, 1400),
                                     R.uniform(55, 80), R.randint(40, 300), "00:%02d:%02d" % (R.randint(10, 59), R.randint(0, 59))))
    out.append(l)
    return out


def ep_screen_log():
    out = []
    fam = "screening_job_log"
    msgs = [
        "level=info ts=%s component=ws-sync msg=\"sftp upload ok\" host=sftp.donorsearch.example port=22 file=LSHF_screen_%s.txt bytes=%d sha256=%s",
        "level=warn ts=%s component=ws-sync msg=\"vendor column renamed\" old=EstCapacity new=EstCapacityRange batch=DSB-%d",
        "level=info ts=%s component=ws-sync msg=\"import into RE attributes\" attribute_category=\"DS Rating\" updated=%d skipped_no_match=%d",
    ]
    l = Ln(fam)
    l.t(msgs[0] % (ts_iso(), TODAY.strftime("%Y%m%d"), R.randint(200000, 900000), hexs(64)))
    out.append(l)
    if R.random() < 0.6:
        l = Ln(fam)
        l.t(msgs[1] % (ts_iso(), R.randint(88000, 89999)))
        out.append(l)
    l = Ln(fam)
    l.t(msgs[2] % (ts_iso(), R.randint(800, 1400), R.randint(100, 700)))
    out.append(l)
    if R.random() < 0.5:
        p = who()
        l = Ln(fam)
        l.x("level=warn ts=%s component=ws-sync msg=\"ambiguous match\" client_record_id=" % ts_iso(),
            P(p["cons"], "other_id"), " candidate=\"", P(up(full(p, False)), "name"), "\" dsid_a=",
            P(p["dsid"], "other_id"), " dsid_b=DS%07d reason=same_name_diff_zip" % R.randint(1000000, 9999999))
        out.append(l)
    return out


HL7_CTR = [12380]


def hl7_seg(l, name, fields):
    l.t(name)
    for f in fields:
        l.t("|")
        if f is None:
            continue
        l.x(f)


def ep_hl7():
    out = []
    fam = "hl7_adt"
    p = who()
    ev = R.choice(["A03", "A03", "A01", "A08"])
    HL7_CTR[0] += R.randint(1, 9)
    t = tick()
    l = Ln(fam)
    l.t("MSH|^~\\&|EPIC|LSHMC|FNDN_GP|LSHF|%s||ADT^%s^ADT_A01|%d|P|2.5.1|||AL|NE"
        % (t.strftime("%Y%m%d%H%M%S"), ev, HL7_CTR[0]))
    out.append(l)
    l = Ln(fam)
    l.t("EVN|%s|%s|||%s^FNDN^FILTER" % (ev, t.strftime("%Y%m%d%H%M%S"), R.choice(["IFACE", "ADTBATCH"])))
    out.append(l)
    l = Ln(fam)
    fields = ["1", None, [P(p["mrn"], "mrn"), "^^^LSHMC^MR~", P(p["epi"], "other_id"), "^^^EPI^PI"], None,
              [P("%s^%s^%s" % (up(p["last"]), up(p["first"]), p["mi"]), "name") if p["mi"]
               else [P("%s^%s" % (up(p["last"]), up(p["first"])), "name"), "^"], "^^^^L"], None,
              P(fdate(p["dob"], "Ymd"), "date"), p["sex"], None, "2106-3^White^HL70005",
              [P(up(p["street"]), "address"), "^^", P(up(p["city"]), "address"), "^%s^" % p["st"],
               P(p["zip"], "zip"), "^USA^H"], None,
              ["^PRN^PH^^1^", P(p["area"], "phone"), "^", P(p["ph"], "phone"), "~^NET^Internet^", P(p["email"], "email")],
              None, "ENG", R.choice(["M", "S", "W"]), None, [P(p["pacct"], "account"), "^^^LSHMC^AN"],
              P(p["ssn"].replace("-", ""), "ssn")]
    hl7_seg(l, "PID", fields)
    out.append(l)
    optout = R.random() < 0.35
    doc = R.choice(DOCS)
    l = Ln(fam)
    l.t("PD1|||LAKESHORE MEDICAL GROUP^^10021|%s^%s^%s^^^^MD|||||||%s|%s"
        % (doc[2], doc[0], doc[1], "02" if optout else "01", "Y" if optout else "N"))
    out.append(l)
    if R.random() < 0.5:
        l = Ln(fam)
        rel = R.choice(["SPO^Spouse", "CHD^Child", "SIB^Sibling"])
        kin_last = p["last"] if rel.startswith("SPO") else R.choice(LAST)
        kin_first = p["spouse"] if rel.startswith("SPO") else R.choice(FIRST_F + FIRST_M)
        q = dict(area=p["area"], ph=str(R.randint(201, 989)) + rdigits(4))
        l.x("NK1|1|", P("%s^%s" % (up(kin_last), up(kin_first)), "name"), "|", rel, "||",
            P(fphone(q, "paren"), "phone"), "||EC^Emergency Contact")
        out.append(l)
    adm = dt.datetime.combine(TODAY - dt.timedelta(days=R.randint(2, 30)), dt.time(R.randint(0, 23), R.randint(0, 59)))
    dis = adm + dt.timedelta(hours=R.randint(20, 200))
    svc = R.choice(SERVICES)
    l = Ln(fam)
    pv = [None] * 45
    pv[0] = "1"
    pv[1] = R.choice(["I", "I", "O", "E"])
    unit = R.choice([("4W", "4 WEST"), ("5E", "5 EAST"), ("6N", "6 NORTH"), ("CVICU", "CV ICU")])
    pv[2] = "%s^%d^%s^LSHMC^^^^^%s" % (unit[0], R.randint(400, 699), R.choice("AB"), unit[1])
    pv[3] = R.choice(["E", "EL", "U"])
    pv[6] = "%s^%s^%s^^^^MD" % (doc[2], doc[0], doc[1])
    pv[9] = svc[0]
    pv[13] = "7"
    pv[16] = "%s^%s^%s^^^^MD" % (doc[2], doc[0], doc[1])
    pv[17] = "IN"
    pv[18] = [P(p["visit"], "other_id"), "^^^LSHMC^VN"]
    pv[35] = R.choice(["01", "06", "03"])
    pv[43] = P(adm.strftime("%Y%m%d%H%M"), "date")
    if ev == "A03":
        pv[44] = P(dis.strftime("%Y%m%d%H%M"), "date")
    hl7_seg(l, "PV1", pv)
    out.append(l)
    if R.random() < 0.6:
        l = Ln(fam)
        if p["age"] >= 65 and R.random() < 0.6:
            mbi = "%d%s%s%d-%s%s%d-%s%s%d%d" % (R.randint(1, 9), R.choice("ACDEFGHJKMNPQRTUVWXY"), R.choice("ACDEFGHJKMNPQRTUVWXY0123456789"),
                                                 R.randint(0, 9), R.choice("ACDEFGHJKMNPQRTUVWXY"), R.choice("ACDEFGHJKMNPQRTUVWXY0123456789"),
                                                 R.randint(0, 9), R.choice("ACDEFGHJKMNPQRTUVWXY"), R.choice("ACDEFGHJKMNPQRTUVWXY"),
                                                 R.randint(0, 9), R.randint(0, 9))
            plan = ("MCR^MEDICARE PART A", "00430", "CMS MEDICARE PART A", mbi)
        else:
            plan = R.choice([("BCPPO^BCBS IL PPO", "00621", "BLUE CROSS BLUE SHIELD OF ILLINOIS", "XOF" + rdigits(9)),
                             ("UHC^UNITEDHEALTHCARE CHOICE PLUS", "87726", "UNITEDHEALTHCARE", "9" + rdigits(8)),
                             ("AETNA^AETNA OPEN ACCESS", "60054", "AETNA", "W" + rdigits(9)),
                             ("BCHMO^BLUE ADVANTAGE HMO", "00621", "BLUE CROSS BLUE SHIELD OF ILLINOIS", "XOJ" + rdigits(9))])
        inf = [None] * 36
        inf[0] = "1"
        inf[1] = plan[0]
        inf[2] = plan[1]
        inf[3] = plan[2]
        inf[7] = "GRP%d" % R.randint(10000, 99999)
        inf[15] = P("%s^%s" % (up(p["last"]), up(p["first"])), "name")
        inf[16] = "SEL"
        inf[17] = P(fdate(p["dob"], "Ymd"), "date")
        inf[35] = P(plan[3], "health_plan")
        hl7_seg(l, "IN1", inf)
        out.append(l)
    l = Ln(fam)
    if optout:
        od = TODAY - dt.timedelta(days=R.randint(30, 900))
        l.x("ZFR|1|FR_OPTOUT^Y|", P(fdate(od, "Ymd"), "date"), "|", R.choice(["MYCHART", "PHONE", "LETTER"]), "|SUPPRESS")
    else:
        l.t("ZFR|1|FR_OPTOUT^N|||ELIGIBLE|%s^%s" % (svc[0], svc[1].upper()))
    out.append(l)
    return out


def ep_mirth():
    out = []
    fam = "mirth_log"
    thr = "Fundraising_ADT_Filter"
    n = R.randint(1200, 1900)
    l = Ln(fam)
    l.t("INFO  %s [Main Server Thread] com.mirth.connect.server.channel.DeployChannelTask: Channel %s (%s) deployed, revision %d"
        % (ts_py(), thr, uuid(), R.randint(30, 90)))
    if R.random() < 0.5:
        out.append(l)
    p = who()
    l = Ln(fam)
    l.x("INFO  %s [%s JavaScript Filter Thread on %s (%s)] filter: message %d filtered: PD1-12=Y for MRN " % (ts_py(), thr, thr, uuid()[:8], n),
        P(p["mrn"], "mrn"))
    out.append(l)
    l = Ln(fam)
    l.t("INFO  %s [%s Destination Queue Thread 1 on %s] destination: message %d sent to 'Foundation SFTP' (%d bytes, %d ms)"
        % (ts_py(), thr, thr, n + 1, R.randint(900, 4000), R.randint(12, 400)))
    out.append(l)
    if R.random() < 0.55:
        p = who()
        t = tick()
        l = Ln(fam)
        l.x("ERROR %s [%s Source Thread] com.mirth.connect.donkey.server.channel.Channel: Error processing message %d: "
            "PID-7 invalid date 'UNK' -- raw: MSH|^~\\&|EPIC|LSHMC|FNDN_GP|LSHF|%s||ADT^A03|%d|P|2.5.1\\rPID|1||"
            % (ts_py(), thr, n + 2, t.strftime("%Y%m%d%H%M%S"), HL7_CTR[0] + 7),
            P(p["mrn"], "mrn"), "^^^LSHMC^MR||", P("%s^%s" % (up(p["last"]), up(p["first"])), "name"),
            "||UNK|%s|||" % p["sex"], P(up(p["street"]), "address"), "^^", P(up(p["city"]), "address"),
            "^%s^" % p["st"], P(p["zip"], "zip"), "\\rPV1|1|I|5E^512^A")
        out.append(l)
    l = Ln(fam)
    l.t("INFO  %s [qtp%d-%d] com.mirth.connect.server.api.MirthServlet: GET /api/channels/statistics 200 user=svc_monitor"
        % (ts_py(), R.randint(100000, 999999), R.randint(20, 90)))
    out.append(l)
    return out


def ep_gp():
    out = []
    fam = "gp_pipeline_pylog"
    src = R.choice(["adt_fundraising", "ed_discharges", "ambulatory_visits", "adt_fundraising"])
    run = "gp-%s-%s-%s" % (TODAY.strftime("%Y%m%d"), CLK[0].strftime("%H%M"), src.split("_")[0])
    l = Ln(fam)
    l.t("%s INFO gp_pipeline.main: run_id=%s source=sftp://ehr-extract.lakeshore.local/outbound/%s files=%d"
        % (ts_py(), run, src, R.randint(1, 4)))
    out.append(l)
    for _ in range(R.randint(2, 4)):
        p = who()
        k = R.randint(0, 5)
        l = Ln(fam)
        if k == 0:
            od = TODAY - dt.timedelta(days=R.randint(20, 800))
            l.x("%s INFO gp_pipeline.filter: excluded mrn=" % ts_py(), P(p["mrn"], "mrn"),
                " reason=FUNDRAISING_OPT_OUT source=PD1-12 optout_date=", P(fdate(od, "Ymd-"), "date"))
        elif k == 1:
            l.x("%s WARNING gp_pipeline.match: fuzzy match below threshold mrn=" % ts_py(), P(p["mrn"], "mrn"),
                " candidate='", P("%s, %s %s" % (up(p["last"]), up(p["first"]), p["mi"]) if p["mi"] else "%s, %s" % (up(p["last"]), up(p["first"])), "name"),
                "' dob=", P(fdate(p["dob"], "Ymd-"), "date"), " cons_id=", P(p["cons"], "other_id"),
                " score=0.%02d" % R.randint(55, 79))
        elif k == 2:
            svc = R.choice(SERVICES)
            doc = R.choice(DOCS)
            dis = TODAY - dt.timedelta(days=R.randint(3, 30))
            off = R.choice(OFFICERS)
            l.x("%s INFO gp_pipeline.export: queued candidate " % ts_py(), P(full(p), "name"), " (MRN ",
                P(p["mrn"], "mrn"), ", disch ", P(fdate(dis, "mdY"), "date"),
                ", svc=%s, attending=Dr. %s. %s) for officer=%s" % (svc[0], doc[1][0], doc[0].title(), off[1]))
        elif k == 3:
            l.x("%s DEBUG gp_pipeline.score: candidate=" % ts_py())
            d = {"mrn": P(p["mrn"], "mrn"), "name": P("%s, %s" % (up(p["last"]), up(p["first"])), "name"),
                 "zip": P(p["zip"], "zip"), "age": P(p["age"], "age") if p["age"] > 89 else p["age"],
                 "ws_rating": R.choice(["DS1-2", "DS2-3", None, "DS1-1"]), "visits_12m": R.randint(1, 7),
                 "service_line": R.choice(SERVICES)[1], "score": round(R.uniform(0.2, 0.98), 3)}
            pyemit(l, d)
        elif k == 4:
            l.x("%s INFO gp_pipeline.filter: excluded mrn=" % ts_py(), P(p["mrn"], "mrn"),
                " reason=DECEASED death_date=", P(fdate(TODAY - dt.timedelta(days=R.randint(2, 60)), "Ymd-"), "date"),
                " notify_re=true")
        else:
            rec = {"mrn": P(p["mrn"], "mrn"), "last": P(p["last"], "name"), "first": P(p["first"], "name"),
                   "dob": P(fdate(p["dob"], "Ymd-"), "date"), "addr1": P(up(p["street"]), "address"),
                   "city": P(up(p["city"]), "address"), "state": p["st"], "zip": P(p["zip"], "zip"),
                   "fr_opt_out": False, "service": R.choice(SERVICES)[0]}
            jemit(l, rec, compact=False, ascii_=True)
        out.append(l)
    l = Ln(fam)
    if R.random() < 0.4:
        l = Ln(fam)
        l.t("%s INFO gp_pipeline.dedupe: cache hit ratio=%.2f re_lookup_calls=%d elapsed=%.1fs"
            % (ts_py(), R.uniform(0.4, 0.95), R.randint(50, 400), R.uniform(2, 60)))
        out.append(l)
    l = Ln(fam)
    l.t("%s INFO gp_pipeline.filter: summary received=%d opt_out=%d deceased=%d minor=%d sensitive_service=%d "
        "(BH,SUD,HIV,REPRO) eligible=%d" % (ts_py(), R.randint(380, 460), R.randint(20, 45), R.randint(1, 6),
                                            R.randint(8, 25), R.randint(5, 15), R.randint(300, 360)))
    out.append(l)
    if R.random() < 0.25:
        l = Ln(fam)
        l.t("%s ERROR gp_pipeline.sftp: paramiko.ssh_exception.SSHException: Error reading SSH protocol banner "
            "(host=ehr-extract.lakeshore.local:22, attempt 2/3)" % ts_py())
        out.append(l)
    return out


def ep_eventbrite():
    out = []
    fam = "eventbrite_webhook_json"
    order = str(R.randint(9000000000, 9999999999))
    evid = "893310247715"
    l = Ln(fam)
    l.t("%s INFO  [webhooks.eventbrite] received: " % ts_py())
    jemit(l, {"config": {"action": "order.placed", "endpoint_url": FDN_URL + "/webhooks/eventbrite",
                         "user_id": "384712093381", "webhook_id": "11873302"},
              "api_url": "https://www.eventbriteapi.com/v3/orders/%s/" % order}, compact=False)
    out.append(l)
    for _ in range(R.randint(1, 2)):
        p = who()
        l = Ln(fam)
        l.t("%s DEBUG [webhooks.eventbrite] attendee: " % ts_py())
        ans = [{"question_id": "281766511", "question": "Guest name(s)",
                "answer": P("%s %s" % (p["spouse"], p["last"]), "name") if R.random() < 0.6 else "none", "type": "text"},
               {"question_id": "281766512", "question": "Dietary restrictions",
                "answer": R.choice(["none", "vegetarian", "gluten free", "kosher", "halal"]), "type": "multiple_choice"}]
        if R.random() < 0.5:
            ans.append({"question_id": "281766519", "question": "Valet - license plate",
                        "answer": P("%s %s" % (p["st"], R.choice(["%s %d" % (ralnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ"), R.randint(10000, 99999)),
                                                                   "%s%d" % (ralnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), R.randint(1000, 9999))])), "vehicle"),
                        "type": "text"})
        body = {"id": P(str(R.randint(15000000000, 16999999999)), "other_id"), "order_id": order, "event_id": evid,
                "ticket_class_name": R.choice(["Gala Patron", "Gala Table of 10 - Benefactor", "Young Leaders"]),
                "status": "Attending", "checked_in": False,
                "profile": {"first_name": P(p["first"], "name"), "last_name": P(p["last"], "name"),
                            "email": P(p["email"], "email"), "cell_phone": P(fphone(p, R.choice(["dash", "raw", "paren"])), "phone"),
                            "addresses": {"home": {"address_1": P(p["street"], "address"), "city": P(p["city"], "address"),
                                                   "region": p["st"], "postal_code": P(p["zip"], "zip"), "country": "US"}}},
                "answers": ans, "costs": (lambda v: {"gross": {"currency": "USD", "value": v,
                                                               "display": "${:,.2f}".format(v / 100)}})(R.choice([25000, 50000, 500000])),
                "created": ts_iso(ms=0)}
        jemit(l, body)
        out.append(l)
    l = Ln(fam)
    l.t("%s INFO  [webhooks.eventbrite] order %s synced to RE event LSHF-GALA-2024 (registrants +%d, total %d) in %dms"
        % (ts_py(), order, R.randint(1, 10), R.randint(200, 480), R.randint(40, 900)))
    out.append(l)
    return out


def ep_stripe_py():
    out = []
    fam = "stripe_pylog"
    rq = "req_" + ralnum(14)
    l = Ln(fam)
    l.t("%s INFO stripe: message='Request to Stripe API' method=post url=https://api.stripe.com/v1/payment_intents" % ts_py())
    out.append(l)
    if R.random() < 0.7:
        p = who()
        fund = R.choice(FUNDS)
        l = Ln(fam)
        l.x("%s DEBUG stripe: message='Post details' post_data=amount=%d&currency=usd&customer=" % (ts_py(), R.choice([2500, 5000, 10000, 25000, 100000])),
            P(p["cus"], "other_id"), "&receipt_email=", P(p["email"].replace("@", "%40"), "email"),
            "&metadata[constituent_id]=", P(p["cons"], "other_id"), "&metadata[fund_code]=%s" % fund[0])
        if R.random() < 0.5:
            h = R.choice(HONOREES)
            l.x("&metadata[tribute_type]=IMO&metadata[honoree]=", P(("%s %s" % (h["first"], h["last"])).replace(" ", "+").replace("'", "%27"), "name"))
        l.t("&payment_method_types[]=card&description=Online+gift+-+" + fund[1].replace(" ", "+"))
        out.append(l)
    l = Ln(fam)
    l.t("%s INFO stripe: message='Stripe API response' path=https://api.stripe.com/v1/payment_intents response_code=200" % ts_py())
    out.append(l)
    l = Ln(fam)
    l.t("%s DEBUG stripe: message='Dashboard link for request' link=https://dashboard.stripe.com/logs/%s" % (ts_py(), rq))
    out.append(l)
    if R.random() < 0.3:
        l = Ln(fam)
        l.t("%s WARNING stripe: message='Stripe API error received' error_code=card_declined error_type=card_error "
            "error_message='Your card was declined.' error_param=None request_id=%s" % (ts_py(), "req_" + ralnum(14)))
        out.append(l)
    return out


def ep_stripe_wh():
    out = []
    fam = "stripe_webhook_json"
    p = who()
    kind = R.choice(["charge.succeeded", "customer.created", "payment_intent.succeeded"])
    ev = "evt_" + ralnum(24)
    l = Ln(fam)
    l.t("%s INFO  stripe_webhooks: signature verified t=%d v1=%s event=%s type=%s"
        % (ts_py(), ts_epoch(), hexs(64), ev, kind))
    out.append(l)
    l = Ln(fam)
    fund = R.choice(FUNDS)
    addr = {"city": P(p["city"], "address"), "country": "US", "line1": P(p["street"], "address"), "line2": None,
            "postal_code": P(p["zip"], "zip"), "state": p["st"]}
    if kind == "charge.succeeded":
        md = {"constituent_id": P(p["cons"], "other_id"), "fund_code": fund[0]}
        if R.random() < 0.5:
            h = R.choice(HONOREES)
            md["tribute_type"] = "IMO"
            md["tribute_name"] = P(full(h, False), "name")
        elif R.random() < 0.5:
            d = R.choice(DOCS)
            md["tribute_type"] = "IHO"
            md["tribute_name"] = "Dr. %s %s" % (d[1].title(), d[0].title())
        obj = {"id": "ch_" + ralnum(24), "object": "charge", "amount": R.choice([5000, 10000, 25000, 50000]),
               "balance_transaction": "txn_" + ralnum(24),
               "billing_details": {"address": addr, "email": P(p["email"], "email"), "name": P(full(p, False), "name"),
                                   "phone": P(fphone(p, "e164"), "phone") if R.random() < 0.6 else None},
               "currency": "usd", "customer": P(p["cus"], "other_id"), "description": "Online gift - " + fund[1],
               "metadata": md,
               "outcome": {"network_status": "approved_by_network", "risk_level": "normal", "risk_score": R.randint(5, 60),
                           "seller_message": "Payment complete.", "type": "authorized"},
               "paid": True, "payment_intent": "pi_" + ralnum(24),
               "payment_method_details": {"card": {"brand": R.choice(["visa", "mastercard", "amex"]), "country": "US",
                                                   "exp_month": R.randint(1, 12), "exp_year": R.randint(2025, 2030),
                                                   "funding": "credit", "last4": rdigits(4)}, "type": "card"},
               "receipt_email": P(p["email"], "email"), "status": "succeeded"}
    elif kind == "customer.created":
        obj = {"id": P(p["cus"], "other_id"), "object": "customer", "address": addr, "created": ts_epoch(),
               "email": P(p["email"], "email"), "invoice_prefix": ralnum(8, "ABCDEF0123456789"), "livemode": True,
               "metadata": {"re_lookup_id": P(p["cons"], "other_id"), "source": "give.lakeshorehealthfdn.org"},
               "name": P(full(p, False), "name"), "phone": P(fphone(p, "e164"), "phone")}
    else:
        obj = {"id": "pi_" + ralnum(24), "object": "payment_intent", "amount": R.choice([2500, 10000, 50000]),
               "currency": "usd", "customer": P(p["cus"], "other_id"), "metadata": {"pledge_id": "PL-%d" % R.randint(20000, 29999),
                                                                             "installment": "%d/12" % R.randint(1, 12)},
               "payment_method_types": ["us_bank_account"], "status": "succeeded",
               "latest_charge": "py_" + ralnum(24),
               "payment_method_details": {"type": "us_bank_account", "us_bank_account": {
                   "account_holder_type": "individual", "account_type": "checking", "bank_name": p["bank"][1],
                   "fingerprint": ralnum(16), "last4": p["acct"][-4:], "routing_number": p["bank"][0]}}}
    l.t("%s DEBUG stripe_webhooks: payload=" % ts_py())
    jemit(l, {"id": ev, "object": "event", "api_version": "2023-10-16", "created": ts_epoch(),
              "data": {"object": obj}, "livemode": True, "pending_webhooks": 1,
              "request": {"id": "req_" + ralnum(14), "idempotency_key": uuid()}, "type": kind})
    out.append(l)
    l = Ln(fam)
    l.t("%s INFO  stripe_webhooks: %s handled by GiftPostingHandler in %dms (batch=OL-%s-%02d)"
        % (ts_py(), ev, R.randint(20, 900), TODAY.strftime("%Y%m%d"), R.randint(1, 4)))
    out.append(l)
    return out


def ep_pino():
    out = []
    fam = "pino_json"
    host = "give-web-%s-%s" % (hexs(5), ralnum(5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    t = int((tick() - dt.datetime(1970, 1, 1)).total_seconds() * 1000) + 5 * 3600 * 1000
    l = Ln(fam)
    jemit(l, {"level": 30, "time": t, "pid": 1, "hostname": host, "reqId": "req-%x" % R.randint(1, 4000),
              "req": {"method": "GET", "url": "/give?fund=%s&utm_source=email&utm_campaign=spring_appeal_24" % R.choice(FUNDS)[0],
                      "remoteAddress": "10.42.%d.%d" % (R.randint(0, 9), R.randint(2, 250))}, "msg": "incoming request"})
    out.append(l)
    if R.random() < 0.75:
        p = who()
        l = Ln(fam)
        ip = "%d.%d.%d.%d" % (R.choice([73, 98, 24, 67, 108, 174, 71, 99]), R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))
        jemit(l, {"level": 30, "time": t + R.randint(1000, 90000), "pid": 1, "hostname": host,
                  "reqId": "req-%x" % R.randint(1, 4000), "msg": "donation submitted",
                  "donor": {"email": P(p["email"], "email"), "firstName": P(p["first"], "name"),
                            "lastName": P(p["last"], "name"), "postalCode": P(p["zip"], "zip")},
                  "amount": R.choice([25, 50, 100, 250, 1000]), "recurring": R.random() < 0.3,
                  "fund": R.choice(FUNDS)[0], "clientIp": P(ip, "ip"), "captchaScore": round(R.uniform(0.5, 0.99), 2)})
        out.append(l)
    l = Ln(fam)
    jemit(l, {"level": 30, "time": t + R.randint(90000, 120000), "pid": 1, "hostname": host, "reqId": "req-%x" % R.randint(1, 4000),
              "res": {"statusCode": R.choice([200, 200, 302, 422])}, "responseTime": round(R.uniform(3, 900), 3),
              "msg": "request completed"})
    out.append(l)
    return out


def aba_check(r8):
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(a) * b for a, b in zip(r8, w))
    return str((10 - s % 10) % 10)


def ep_nacha():
    out = []
    fam = "nacha_ach"
    t = tick()
    l = Ln(fam)
    l.t("101 0710000133621489034%s%sA094101%-23s%-23s%-8s" % (t.strftime("%y%m%d"), t.strftime("%H%M"),
                                                           "JPMORGAN CHASE BANK NA", "LAKESHORE HEALTH FDN", "PLDG%02d" % R.randint(1, 30)))
    out.append(l)
    eff = (TODAY + dt.timedelta(days=1)).strftime("%y%m%d")
    l = Ln(fam)
    l.t("5225%-16s%-20s%-10sPPD%-10s%-6s%-6s%-3s1%-8s%07d" % ("LAKESHORE HEALTH", "MONTHLY PLEDGES", "3621489034",
                                                            "PLEDGE PMT", "JUN 24", eff, "", "07100001", 1))
    out.append(l)
    n = R.randint(3, 6)
    tot = 0
    hsh = 0
    for i in range(n):
        p = who()
        r8 = p["bank"][0][:8]
        amt = R.choice([2500, 5000, 8333, 10000, 20833, 41667])
        tot += amt
        hsh += int(r8)
        l = Ln(fam)
        l.t("6" + R.choice(["27", "27", "37"]) + r8 + aba_check(r8))
        l.p(p["acct"], "account").t(" " * (17 - len(p["acct"])))
        l.t("%010d" % amt)
        l.p(p["cons"], "other_id").t(" " * (15 - len(p["cons"])))
        nm = up("%s %s" % (p["last"], p["first"]) if R.random() < 0.6 else "%s %s" % (p["first"], p["last"]))[:22].rstrip()
        l.p(nm, "name").t(" " * (22 - len(nm)))
        l.t("  007100001%07d" % (R.randint(1, 9999)))
        assert len(l.b) == 94, len(l.b)
        out.append(l)
    l = Ln(fam)
    l.t("8225%06d%010d%012d%012d%-10s%-19s%-6s%-8s%07d" % (n, hsh % 10 ** 10, tot, 0, "3621489034", "", "", "07100001", 1))
    out.append(l)
    l = Ln(fam)
    l.t("9%06d%06d%08d%010d%012d%012d%-39s" % (1, 1, n, hsh % 10 ** 10, tot, 0, ""))
    out.append(l)
    for l in out:
        assert len(l.b) == 94, (l.b, len(l.b))
    if R.random() < 0.5:
        l = Ln(fam)
        l.t("9" * 94)
        out.append(l)
    return out


def ep_ach_return():
    out = []
    fam = "ach_return_log"
    p = who()
    code = R.choice([("R01", "Insufficient Funds"), ("R02", "Account Closed"), ("R03", "No Account/Unable to Locate"),
                     ("R10", "Customer Advises Not Authorized")])
    l = Ln(fam)
    l.x("%s WARN  ach.returns - %s %s trace=071000010%06d indiv_id=" % (ts_py(), code[0], code[1], R.randint(1, 999999)),
        P(p["cons"], "other_id"), " name=\"", P(up("%s %s" % (p["last"], p["first"])), "name"), "\" dfi_acct=",
        P(p["acct"], "account"), " amount=%.2f pledge=PL-%d action=%s" % (R.choice([25, 50, 100, 250]), R.randint(20000, 29999),
                                                                       "SUSPEND" if code[0] != "R01" else "RETRY_ONCE"))
    out.append(l)
    l = Ln(fam)
    if R.random() < 0.5:
        return out
    l.t("%s INFO  ach.returns - NOC file LSHF_NOC_%s.txt parsed: entries=%d C01=%d C02=%d R-codes=%d"
        % (ts_py(), TODAY.strftime("%Y%m%d"), R.randint(1, 12), R.randint(0, 3), R.randint(0, 2), R.randint(1, 5)))
    out.append(l)
    return out


def ep_ncoa():
    out = []
    fam = "ncoa_fixed"
    l = Ln(fam)
    l.t("NCOALink(R) PROCESSING SUMMARY REPORT          MAILER: LAKESHORE HEALTH FOUNDATION      LIST: %s"
        % R.choice(["ANNUAL_FUND_FY24_Q4", "GALA_INVITE_2024", "GP_WELCOME_JUN24"]))
    out.append(l)
    l = Ln(fam)
    l.t("LICENSEE: MIDWEST MAILWORKS INC  PAF ID: B%06d  DATE PROCESSED: %s  RECORDS IN: %s  18-MONTH PRODUCT"
        % (R.randint(100000, 999999), (TODAY - dt.timedelta(days=3)).strftime("%m/%d/%Y"), format(R.randint(9000, 60000), ",")))
    out.append(l)
    l = Ln(fam)
    l.t("%-10s %-26s %-30s %-18s %-2s %-10s %-30s %-18s %-2s %-10s %-6s %-4s %-2s"
        % ("CONS_ID", "NAME", "OLD ADDRESS", "OLD CITY", "ST", "OLD ZIP", "NEW ADDRESS", "NEW CITY", "ST",
           "NEW ZIP", "MOVE", "TYPE", "FN"))
    out.append(l)
    for _ in range(R.randint(3, 5)):
        p = who()
        city2, st2, z32, _a = R.choice(CITIES)
        new_street = "%d %s %s" % (R.randint(10, 9000), R.choice(STREETS), R.choice(STYPES))
        new_zip = z32 + "%02d-%04d" % (R.randint(1, 99), R.randint(1, 9999))
        mv = TODAY - dt.timedelta(days=R.randint(30, 500))
        typ = R.choice(["I", "F", "I"])
        nm = up("%s %s" % (p["first"], p["last"]))[:26]
        l = Ln(fam)

        def col(v, w, cat):
            v = v[:w]
            l.p(v, cat).t(" " * (w - len(v)) + " ")
        col(p["cons"], 10, "other_id")
        col(nm, 26, "name")
        col(up(p["street"])[:30], 30, "address")
        col(up(p["city"]), 18, "address")
        col(p["st"], 2, None)
        col(p["zip"] + "-" + p["zip4"], 10, "zip")
        fn = R.choice(["A", "A", "91", "92", "14"])
        if fn in ("A", "91", "92"):
            col(up(new_street), 30, "address")
            col(up(city2), 18, "address")
            col(st2, 2, None)
            col(new_zip, 10, "zip")
            col(mv.strftime("%Y%m"), 6, "date")
        else:
            col("", 30, None)
            col("", 18, None)
            col("", 2, None)
            col("", 10, None)
            col(mv.strftime("%Y%m"), 6, "date")
        col(typ, 4, None)
        l.t(fn)
        out.append(l)
    l = Ln(fam)
    z4 = R.randint(40000, 50000)
    parts = [R.randint(200, 700), R.randint(10, 80), R.randint(5, 40), R.randint(10, 90), R.randint(1, 30)]
    l.t("CASS SUMMARY: ZIP+4 CODED %s (%.1f%%)  DPV CONFIRMED %s  LACSLink CONVERTED %d  SuiteLink MATCHED %d  "
        "NCOA MATCHES %d (A=%d 91=%d 92=%d 14=%d 19=%d)" % ((format(z4, ","), R.uniform(95, 99),
                                                             format(z4 - R.randint(100, 1500), ","), R.randint(20, 200),
                                                             R.randint(100, 600), sum(parts)) + tuple(parts)))
    out.append(l)
    if R.random() < 0.5:
        l = Ln(fam)
        l.t("FOOTNOTES: A=COA MATCH  91=SECONDARY NUMBER DROPPED  92=SECONDARY NUMBER MATCHED  14=FOREIGN MOVE  19=MOVE NOT DELIVERABLE")
        out.append(l)
    return out


def b64_face():
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00" + \
        bytes(R.randint(0, 255) for _ in range(R.randint(150, 240)))
    return base64.b64encode(raw).decode()


def ep_rails(kind=None):
    out = []
    fam = "rails_log"
    rid = uuid()
    ip = "10.20.%d.%d" % (R.randint(1, 8), R.randint(2, 250))
    kind = kind or R.choice(["contact", "search", "photo", "portal", "health", "export", "show", "contact", "search",
                     "referral", "batch", "referral"])
    t = tick()
    stamp = t.strftime("%Y-%m-%d %H:%M:%S -0500")
    p = who()
    dbid = R.randint(10000, 99999)
    if kind == "health":
        l = Ln(fam)
        rails_prefix(l, rid=rid).t('Started GET "/up" for 10.20.0.%d at %s' % (R.randint(2, 9), stamp))
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, rid=rid).t("Processing by Rails::HealthController#show as HTML")
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, rid=rid).t("Completed 200 OK in %dms (Views: 0.%dms | ActiveRecord: 0.0ms | Allocations: %d)"
                                   % (R.randint(1, 4), R.randint(1, 9), R.randint(90, 400)))
        out.append(l)
        return out
    if kind == "contact":
        l = Ln(fam)
        rails_prefix(l, rid=rid).t('Started POST "/constituents/%d/contact_reports" for %s at %s' % (dbid, ip, stamp))
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, rid=rid).t("Processing by ContactReportsController#create as TURBO_STREAM")
        out.append(l)
        doc = R.choice(DOCS)
        summ = R.choice([
            S("Lunch with ", P(p["first"], "name"), " and ", P(p["spouse"], "name"), ". Very grateful to Dr. %s for care on 5 East; open to naming a nurse fellowship." % doc[0].title()),
            S("Call w/ ", P(full(p, False), "name"), " re pledge reminder. Reports recovering well after discharge on ",
              P(fdate(TODAY - dt.timedelta(days=R.randint(10, 60)), "md"), "date"), ". Follow up in 3 wks."),
            S("Stewardship visit. ", P(p["first"], "name"), " asked that future mail go to ", P(p["street"], "address"), ", ",
              P(p["city"], "address"), " ", P(p["zip"], "zip"), "."),
        ])
        l = Ln(fam)
        rails_prefix(l, rid=rid).t("  Parameters: ")
        rbemit(l, {"authenticity_token": "[FILTERED]", "contact_report": {
            "contact_type": R.choice(["Visit", "Phone", "Email", "Event"]),
            "contact_date": (TODAY - dt.timedelta(days=R.randint(0, 5))).isoformat(),
            "summary": summ, "next_step": R.choice(["Send proposal", "Tour CVICU", "Invite to gala", "None"]),
            "officer_id": str(R.randint(3, 40))}, "commit": "Save", "constituent_id": str(dbid)})
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, rid=rid).t('  ContactReport Create (%.1fms)  INSERT INTO "contact_reports" ("constituent_id", "contact_type", '
                                   '"summary", "created_at") VALUES ($1, $2, $3, $4) RETURNING "id"  [["constituent_id", %d], '
                                   '["contact_type", "Visit"], ["summary", "[FILTERED]"], ["created_at", "%s"]]'
                                   % (R.uniform(0.4, 4), dbid, t.strftime("%Y-%m-%d %H:%M:%S.%f")))
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, rid=rid).t("Redirected to %s/constituents/%d" % (FDN_URL, dbid))
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, rid=rid).t("Completed 302 Found in %dms (ActiveRecord: %.1fms | Allocations: %d)"
                                   % (R.randint(20, 200), R.uniform(2, 30), R.randint(3000, 20000)))
        out.append(l)
    elif kind == "search":
        q = fold(p["last"]).lower()
        useddob = R.random() < 0.5
        l = Ln(fam)
        rails_prefix(l, rid=rid).x('Started GET "/constituents/search?q=', P(q.replace(" ", "+").replace("'", "%27"), "name"))
        if useddob:
            l.x("&dob=", P(p["dob"].isoformat(), "date"))
        l.t('" for %s at %s' % (ip, stamp))
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, rid=rid).t("Processing by ConstituentsController#search as HTML")
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, rid=rid).t("  Parameters: ")
        prm = {"q": P(q, "name")}
        if useddob:
            prm["dob"] = P(p["dob"].isoformat(), "date")
        rbemit(l, prm)
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, rid=rid).x('  Constituent Load (%.1fms)  SELECT "constituents".* FROM "constituents" WHERE (lower(last_name) LIKE $1) '
                                   'ORDER BY "constituents"."last_name" ASC LIMIT $2  [["last_name", "' % R.uniform(1, 40),
                                   P(q, "name"), '%"], ["LIMIT", 25]]')
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, rid=rid).t("  Rendered constituents/search.html.erb within layouts/application (Duration: %.1fms | Allocations: %d)"
                                   % (R.uniform(3, 60), R.randint(2000, 30000)))
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, rid=rid).t("Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)"
                                   % (R.randint(20, 300), R.uniform(5, 80), R.uniform(1, 40), R.randint(4000, 40000)))
        out.append(l)
    elif kind == "photo":
        l = Ln(fam)
        rails_prefix(l, rid=rid).t('Started PATCH "/constituents/%d" for %s at %s' % (dbid, ip, stamp))
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, rid=rid).t("Processing by ConstituentsController#update as JSON")
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, rid=rid).t("  Parameters: ")
        rbemit(l, {"constituent": {"preferred_name": P(p["first"], "name"),
                                   "photo_data_uri": S("data:image/jpeg;base64,", P(b64_face(), "photo")),
                                   "photo_source": "gala_2023_headshots"}, "id": str(dbid)})
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, rid=rid).t("  ActiveStorage::Blob Create (%.1fms)  INSERT INTO \"active_storage_blobs\" (\"key\", \"filename\", "
                                   "\"content_type\", \"byte_size\", \"checksum\") VALUES ($1, $2, $3, $4, $5) [[\"key\", \"%s\"], "
                                   "[\"filename\", \"portrait.jpg\"], [\"content_type\", \"image/jpeg\"], [\"byte_size\", %d], [\"checksum\", \"%s\"]]"
                                   % (R.uniform(0.5, 3), ralnum(28, "abcdefghijklmnopqrstuvwxyz0123456789"), R.randint(20000, 90000),
                                      base64.b64encode(bytes(R.randint(0, 255) for _ in range(16))).decode()))
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, rid=rid).t("Completed 200 OK in %dms (Views: 0.4ms | ActiveRecord: %.1fms | Allocations: %d)"
                                   % (R.randint(60, 400), R.uniform(3, 30), R.randint(10000, 60000)))
        out.append(l)
    elif kind == "portal":
        pip = "%d.%d.%d.%d" % (R.choice([73, 98, 24, 67, 108, 174]), R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))
        l = Ln(fam)
        rails_prefix(l, rid=rid).x('Started POST "/portal/session" for ', P(pip, "ip"), " at %s" % stamp)
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, rid=rid).t("Processing by Portal::SessionsController#create as HTML")
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, rid=rid).t("  Parameters: ")
        rbemit(l, {"authenticity_token": "[FILTERED]", "session": {"login": P(p["login"], "other_id"), "password": "[FILTERED]",
                                                                    "remember_me": "1"}, "commit": "Sign in"})
        out.append(l)
        l = Ln(fam)
        ok = R.random() < 0.7
        if ok:
            rails_prefix(l, rid=rid).t("Redirected to %s/portal/giving-history" % FDN_URL.replace("crm.", "give."))
        else:
            rails_prefix(l, "WARN", rid=rid).x("Portal login failed for ", P(p["login"], "other_id"), " (bad password, %d/5)" % R.randint(1, 4))
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, rid=rid).t("Completed %s in %dms (ActiveRecord: %.1fms | Allocations: %d)"
                                   % ("302 Found" if ok else "422 Unprocessable Entity", R.randint(80, 400), R.uniform(1, 10), R.randint(3000, 9000)))
        out.append(l)
    elif kind == "export":
        l = Ln(fam)
        oid = R.randint(3, 40)
        rails_prefix(l, rid=rid).t('Started GET "/reports/moves_management.csv?officer_id=%d&stage=cultivation" for %s at %s'
                                   % (oid, ip, stamp))
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, rid=rid).t("Processing by Reports::MovesManagementController#index as CSV")
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, rid=rid).t("  Parameters: {\"officer_id\"=>\"%d\", \"stage\"=>\"cultivation\"}" % oid)
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, rid=rid).t("Sent data moves_management_%s.csv (%.1fms)" % (TODAY.strftime("%Y%m%d"), R.uniform(0.2, 3)))
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, rid=rid).t("Completed 200 OK in %dms (ActiveRecord: %.1fms | Allocations: %d)"
                                   % (R.randint(100, 3000), R.uniform(20, 900), R.randint(50000, 900000)))
        out.append(l)
    elif kind == "referral":
        doc = R.choice(DOCS)
        svc = R.choice(SERVICES)
        l = Ln(fam)
        rails_prefix(l, rid=rid).t('Started POST "/gp_referrals" for %s at %s' % (ip, stamp))
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, rid=rid).t("Processing by GpReferralsController#create as HTML")
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, rid=rid).t("  Parameters: ")
        rbemit(l, {"authenticity_token": "[FILTERED]", "gp_referral": {
            "patient_name": P(R.choice([full(p, False), "%s, %s" % (p["last"], p["first"])]), "name"),
            "mrn": P(p["mrn"], "mrn"), "date_of_service": P(fdate(TODAY - dt.timedelta(days=R.randint(2, 40)), "Ymd-"), "date"),
            "referring_physician": "Dr. %s %s" % (doc[1].title(), doc[0].title()), "service_line": svc[0],
            "patient_phone": P(fphone(p, R.choice(["paren", "dash", "raw"])), "phone") if R.random() < 0.5 else "",
            "comments": R.choice(["Pt asked how to thank the team", "Family wants to give in honor of nurses", "",
                                  "Wife mentioned a gift to the rehab gym"]),
            "ok_to_contact": "1"}, "commit": "Submit referral"})
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, rid=rid).t("  Enqueued GpReferralNotifyJob (Job ID: %s) to Sidekiq(default) with arguments: #<GlobalID:0x%s>"
                                   % (uuid(), hexs(16)))
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, rid=rid).t("Completed 302 Found in %dms (ActiveRecord: %.1fms | Allocations: %d)"
                                   % (R.randint(30, 300), R.uniform(2, 30), R.randint(3000, 20000)))
        out.append(l)
    elif kind == "batch":
        b = "OL-%s-%02d" % (TODAY.strftime("%Y%m%d"), R.randint(1, 4))
        l = Ln(fam)
        rails_prefix(l, rid=rid).t('Started PATCH "/gift_batches/%s/commit" for %s at %s' % (b, ip, stamp))
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, rid=rid).t("Processing by GiftBatchesController#commit as TURBO_STREAM")
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, rid=rid).t('  Parameters: {"id"=>"%s", "gift_batch"=>{"expected_total"=>"%d.00", "expected_count"=>"%d"}}'
                                   % (b, R.randint(500, 90000), R.randint(5, 120)))
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, "WARN", rid=rid).t("  GiftBatch %s out of balance: expected 4125.00 actual 4100.00 (diff -25.00); commit blocked" % b)
        if R.random() < 0.5:
            out.append(l)
        l = Ln(fam)
        rails_prefix(l, rid=rid).t("Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)"
                                   % (R.randint(40, 900), R.uniform(5, 80), R.uniform(3, 200), R.randint(8000, 90000)))
        out.append(l)
    else:  # show
        l = Ln(fam)
        rails_prefix(l, rid=rid).t('Started GET "/constituents/%d" for %s at %s' % (dbid, ip, stamp))
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, rid=rid).t("Processing by ConstituentsController#show as HTML")
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, rid=rid).t("  Parameters: {\"id\"=>\"%d\"}" % dbid)
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, rid=rid).t('  Constituent Load (%.1fms)  SELECT "constituents".* FROM "constituents" WHERE "constituents"."id" = $1 LIMIT $2  '
                                   '[["id", %d], ["LIMIT", 1]]' % (R.uniform(0.2, 2), dbid))
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, "WARN", rid=rid).t("  N+1 query detected: Gift => [:fund] (Bullet) Call stack: app/views/constituents/_giving.html.erb:14")
        out.append(l)
        l = Ln(fam)
        rails_prefix(l, rid=rid).t("Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)"
                                   % (R.randint(40, 600), R.uniform(10, 300), R.uniform(3, 80), R.randint(10000, 90000)))
        out.append(l)
    return out


def ep_sidekiq():
    out = []
    fam = "sidekiq_log"
    cls = R.choice(["WealthScreenSyncJob", "NcoaApplyJob", "AcknowledgementBatchJob", "GpCandidateImportJob",
                    "StripePayoutReconcileJob", "ReSkySyncJob"])
    jid = hexs(24)
    tid = ralnum(4, "abcdefghijklmnopqrstuvwxyz0123456789")
    l = Ln(fam)
    l.t("%s pid=%d tid=%s class=%s jid=%s INFO: start" % (ts_iso(), R.randint(7, 40), tid, cls, jid))
    out.append(l)
    if cls == "NcoaApplyJob" and R.random() < 0.8:
        p = who()
        l = Ln(fam)
        l.t("%s pid=%d tid=%s WARN: " % (ts_iso(), R.randint(7, 40), tid))
        jemit(l, {"context": "Job raised exception", "job": {
            "retry": 5, "queue": "mailing", "class": cls,
            "args": [R.randint(10000, 99999), P(up(p["street"]), "address"), P(up(p["city"]), "address"), p["st"],
                     P("%s-%s" % (p["zip"], p["zip4"]), "zip"), P(fdate(TODAY - dt.timedelta(days=R.randint(30, 300)), "Ymd")[:6], "date")],
            "jid": jid, "created_at": round(ts_epoch() + R.random(), 4), "retry_count": R.randint(0, 3)},
            "_config": "<CONFIG>", "error_class": "ActiveRecord::RecordNotUnique",
            "error_message": "PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint \"index_addresses_on_constituent_id_and_preferred\""})
        out.append(l)
    l = Ln(fam)
    l.t("%s pid=%d tid=%s class=%s jid=%s elapsed=%.3f INFO: done" % (ts_iso(), R.randint(7, 40), tid, cls, jid, R.uniform(0.05, 120)))
    out.append(l)
    if R.random() < 0.4:
        l = Ln(fam)
        l.t("%s pid=%d tid=%s INFO: Sidekiq 7.2.4 connecting to Redis with options {:size=>10, :pool_name=>\"internal\", "
            ":url=>\"redis://redis-fdn.internal:6379/2\"}" % (ts_iso(), R.randint(7, 40), ralnum(4, "abcdefghijklmnopqrstuvwxyz0123456789")))
        out.append(l)
    return out


def ep_mailer():
    out = []
    fam = "actionmailer_log"
    rid = uuid()
    p = who()
    h = R.choice(HONOREES)
    mid = "%s%s_%d@crm-web-%d.mail" % (hexs(13), hexs(4), R.randint(1, 60), R.randint(1, 3))
    l = Ln(fam)
    rails_prefix(l, rid=rid).t("TributeMailer#notify_family: processed outbound mail in %.1fms" % R.uniform(5, 60))
    out.append(l)
    if R.random() < 0.7:
        l = Ln(fam)
        rails_prefix(l, "DEBUG", rid=rid).x("Date: %s  From: Lakeshore Health Foundation <tributes@lakeshorehealthfdn.org>  To: "
                                            % tick().strftime("%a, %d %b %Y %H:%M:%S -0500"),
                                            P("%s %s" % (p["first"], p["last"]), "name"), " <", P(p["email"], "email"),
                                            ">  Subject: A gift has been made in memory of ", P(full(h, False), "name"))
        out.append(l)
    l = Ln(fam)
    rails_prefix(l, rid=rid).t("Delivered mail %s (%.1fms)" % (mid, R.uniform(50, 900)))
    out.append(l)
    if R.random() < 0.3:
        l = Ln(fam)
        rails_prefix(l, "ERROR", rid=rid).t("Net::SMTPServerBusy: 452 4.3.1 Insufficient system storage (smtp-relay.lakeshorehealthfdn.org:587); "
                                            "will retry via ActionMailer::MailDeliveryJob")
        out.append(l)
    return out


NOTE_CTR = [118200]


def ep_note(ks=None):
    out = []
    fam = "contact_note"
    for k in (ks or [R.randint(0, 15) for _ in range(R.randint(1, 3))]):
        NOTE_CTR[0] += R.randint(1, 30)
        off = R.choice(OFFICERS)
        p = who()
        o = R.choice(OLD)
        h = R.choice(HONOREES)
        doc = R.choice(DOCS)
        she = {"F": "she", "M": "he"}
        her = {"F": "her", "M": "his"}
        hdr = "CR#%d | %s | %s | %s | " % (NOTE_CTR[0], (TODAY - dt.timedelta(days=R.randint(0, 6))).isoformat(),
                                           R.choice(["Visit", "Phone", "Email", "Note"]), off[0].split()[0][0] + ". " + off[0].split()[-1])
        l = Ln(fam)
        l.t(hdr)
        adm = TODAY - dt.timedelta(days=R.randint(40, 120))
        agev = (lambda q: P(str(q["age"]), "age") if q["age"] > 89 else str(q["age"]))
        if k == 0:
            dtr = R.choice(FIRST_F)
            l.x("Visited ", P(o["first"], "name"), " at home (", P(o["street"], "address"), ", ", P(o["city"], "address"),
                "). %s turned " % she[o["sex"]].capitalize(), agev(o),
                " last month, sharp as ever. Grateful to Dr. %s & the 4 West nurses after %s hip fx (adm " % (doc[0].title(), her[o["sex"]]),
                P(fdate(adm, "md"), "date"), ", d/c ", P(fdate(adm + dt.timedelta(days=6), "md"), "date"),
                "). Wants to talk about a CGA. Daughter ", P("%s %s-Ames" % (dtr, o["last"]), "name"),
                " (", P("%s.ames%d@outlook.com" % (fold(dtr).lower().replace(" ", ""), R.randint(1, 99)), "email"), ") handles the finances.")
        elif k == 1:
            sn = "%s%06d%s" % (R.choice(["PZK", "RNB", "BLF"]), R.randint(0, 999999), R.choice(["S", "H", "G"]))
            l.x("Call w/ %s " % {"F": "Mrs.", "M": "Mr."}[p["sex"]], P(p["last"], "name"), " re: pledge pmt 3 of 5. Mentioned %s ICD (Medtronic, SN " % her[p["sex"]],
                P(sn, "device"), ") was replaced in April by Dr. %s's team. Asked us to stop mailing the old address; new one is " % doc[0].title(),
                P(p["street"], "address"), ", ", P(p["city"], "address"), " ", P(p["zip"], "zip"), ".")
        elif k == 2:
            l.x("Left VM for ", P(full(p, False), "name"), " at ", P(fphone(p, "dot"), "phone"), "; spouse ", P(p["spouse"], "name"),
                " said %s's mid-chemo, call back after %s " % (she[p["sex"]], her[p["sex"]]),
                P(fdate(TODAY + dt.timedelta(days=R.randint(10, 40)), "bdY"), "date"), " appt at the Cancer Center.")
        elif k == 3:
            d = TODAY - dt.timedelta(days=R.randint(20, 120))
            fh = R.choice(["Kowalczyk & Sons Funeral Home", "Donnellan Funeral Home", "Drake & Son Funeral Home"])
            l.x("Family of ", P(full(h, True), "name"), " (d. ", P(fdate(d, "mdY"), "date"), ") asked for memorial envelopes. "
                "Sent 200 to %s, 5521 W Belmont Ave, Chicago IL 60641 (773-555-0148). Obit: " % fh,
                P("https://www.legacy.com/us/obituaries/chicagotribune/name/%s-%s-obituary?id=%d"
                  % (fold(h["first"]).lower().replace(" ", "-"), fold(h["last"]).lower().replace(" ", "-").replace("'", ""), R.randint(50000000, 59999999)), "url"))
        elif k == 4:
            l.t("Do NOT solicit - patient opted out per HIM ticket INC%07d. Removed from GP list; Compliance (x4471) notified. -%s"
                % (R.randint(1000000, 9999999), off[1]))
        elif k == 5:
            l.t("Prepped briefing for Thursday's prospect review: %d GP referrals from Cardiology, %d from Ortho. "
                "Dr. %s wants to co-host the donor breakfast on 6/27. Room 2B booked." % (R.randint(5, 20), R.randint(2, 9), doc[0].title()))
        elif k == 6:
            l.x(P(o["first"], "name"), " (age ", agev(o), ") wants to transfer 400 sh of stock; broker needs medallion guarantee. Copy of DL ",
                P("%s%03d-%04d-%04d" % (fold(o["last"])[0].upper(), R.randint(0, 999), R.randint(0, 9999), R.randint(0, 9999)), "license"),
                " on file in the shared drive (restricted).")
        elif k == 7:
            l.x("Mtg with ", P("%s and %s %s" % (p["first"], p["spouse"], p["last"]), "name"),
                " - they credit the NICU team for their grandson. Will host a table at the gala; want tribute for ",
                P("baby %s" % R.choice(["Amara", "Leo", "Noor", "Tomás", "Ivy"]), "name"), " in the program.")
        elif k == 8:
            l.t("Reminder: GP letters for June go out Fri. Mailhouse proof v3 approved by Compliance; opt-out language "
                "and 1-800-555-0199 number checked. Budget code 7420-FDN.")
        elif k == 9:
            l.x("Email from ", P(p["email"], "email"), ": \"Please remove my late husband ", P("%s %s" % (h["first"], p["last"]), "name"),
                " from your lists, he passed on ", P(fdate(TODAY - dt.timedelta(days=R.randint(20, 200)), "BdY"), "date"),
                ".\" Marked deceased in RE, suppressed appeals.")
        elif k == 10:
            q = dict(area=o["area"], ph=str(R.randint(201, 989)) + rdigits(4))
            l.x(P(up(o["last"]), "name"), " prefers paper. Sends pledge forms by fax only: ", P(fphone(q, R.choice(["paren", "dash"])), "fax"),
                " (home office). Do not email; ", she[o["sex"]], " is ", agev(o), " and hard of hearing, so no phone calls after 4pm.")
        elif k == 11:
            l.x("GP referral from Dr. %s: " % doc[0].title(), P(full(p), "name"), ", MRN ", P(p["mrn"], "mrn"), ", seen in clinic ",
                P(fdate(TODAY - dt.timedelta(days=R.randint(3, 30)), "mdy"), "date"),
                ". Patient signed OK-to-contact; interested in supporting the cardiac rehab program.")
        elif k == 12:
            l.x("Llamada con %s " % {"F": "Sra.", "M": "Sr."}[p["sex"]], P(full(p, False), "name"),
                ": muy %s con el equipo de oncología;" % {"F": "agradecida", "M": "agradecido"}[p["sex"]], " prefiere la correspondencia en español a ",
                P(p["email"], "email"), ". Próxima cita de seguimiento el ", P(fdate(TODAY + dt.timedelta(days=R.randint(5, 60)), "dmY."), "date"), ".")
        elif k == 13:
            l.t("Portfolio review w/ VP: moved %d prospects from Qualification to Cultivation; %d disqualified (no capacity). "
                "No changes to GP suppression rules. Next review 7/%d." % (R.randint(5, 20), R.randint(1, 9), R.randint(1, 28)))
        elif k == 14:
            l.t("Gala seating chart v%d uploaded to Teams; table %d sponsor is Harborline Bancorp (contact: events@harborline.example, "
                "312-555-0177). AV vendor arrives 3pm." % (R.randint(3, 9), R.randint(1, 40)))
        else:
            l.x("Tour of CVICU w/ ", P(full(p, False), "name"), " and son ", P("%s %s" % (R.choice(FIRST_M), p["last"]), "name"),
                ". %s was in bed 12 in the spring (adm " % she[p["sex"]].capitalize(), P(fdate(adm, R.choice(["mdY", "bdY"])), "date"),
                ") and remembered RN Dana by name. Leadership ask in Q3.")
        out.append(l)
    return out


def ep_tribute():
    out = []
    fam = "tribute_logfmt"
    gid = "G24-%06d" % R.randint(10000, 19999)
    p = who()
    h = R.choice(HONOREES)
    kind = R.choice(["IMO", "IMO", "IHO", "IHO_STAFF"])
    l = Ln(fam)
    l.x("time=%s level=info svc=tribute-svc gift_id=%s donor_lookup_id=" % (ts_iso(ms=0), gid), P(p["cons"], "other_id"),
        " tribute_type=%s " % ("IHO" if kind.startswith("IHO") else "IMO"))
    if kind == "IMO":
        l.x("honoree_name=\"", P(full(h), "name"), "\" honoree_dod=", P(fdate(TODAY - dt.timedelta(days=R.randint(10, 120)), "Ymd-"), "date"))
        nt = R.choice(FIRST_F + FIRST_M)
        l.x(" notify_name=\"", P("%s %s" % (nt, h["last"]), "name"), "\" notify_addr1=\"", P(h["street"], "address"),
            "\" notify_city=\"", P(h["city"], "address"), "\" notify_state=%s notify_zip=" % h["st"], P(h["zip"], "zip"))
    elif kind == "IHO":
        l.x("honoree_name=\"", P(full(h, False), "name"), "\" occasion=\"", R.choice(["95th birthday", "recovery", "retirement"]),
            "\" notify_email=", P(h["email"], "email"))
    else:
        d = R.choice(DOCS)
        l.t("honoree_name=\"Dr. %s %s\" honoree_is_staff=true notify_internal=physician_relations@lakeshorehealth.org"
            % (d[1].title(), d[0].title()))
    l.t(" amount_disclosed=%s ack_template=%s-FAMILY-%02d" % (R.choice(["true", "false"]), kind[:3], R.randint(1, 4)))
    out.append(l)
    l = Ln(fam)
    if R.random() < 0.5:
        l.t("time=%s level=info svc=tribute-svc msg=\"ack letter queued\" gift_id=%s channel=%s template_version=%d queue_depth=%d"
            % (ts_iso(ms=0), gid, R.choice(["print", "email", "print+email"]), R.randint(3, 9), R.randint(0, 40)))
        out.append(l)
        return out
    l.t("time=%s level=info svc=tribute-svc msg=\"ack batch closed\" ack_batch=ACK-%s letters=%d imo=%d iho=%d "
        "printed_by=mailhouse sftp_file=LSHF_TRIB_%s.csv" % (ts_iso(ms=0), TODAY.strftime("%Y%m%d"), R.randint(30, 80),
                                                             R.randint(10, 40), R.randint(5, 30), TODAY.strftime("%Y%m%d")))
    out.append(l)
    if R.random() < 0.3:
        l = Ln(fam)
        l.t("time=%s level=error svc=tribute-svc msg=\"template render failed\" template=IMO-FAMILY-03 err=\"undefined merge field "
            "{{HonoreeRelationship}}\" gift_id=%s" % (ts_iso(ms=0), gid))
        out.append(l)
    return out


def ep_xml():
    out = []
    fam = "tribute_ack_xml"
    p = who()
    h = R.choice(HONOREES)
    nt = who()
    l = Ln(fam)
    l.t('<TributeAck batch="ACK-%s" seq="%d"><Gift id="G24-%06d" amount="%s" fund="%s"/><Donor lookupId="'
        % (TODAY.strftime("%Y%m%d"), R.randint(1, 80), R.randint(10000, 19999), R.choice(["100.00", "250.00", "50.00"]), R.choice(FUNDS)[0]))
    l.x(P(p["cons"], "other_id"), '"><Addressee>', P(xesc("%s %s" % (p["first"], p["last"])), "name"),
        "</Addressee></Donor><Honoree type=\"IMO\"><Name>", P(xesc(full(h)), "name"), "</Name><DateOfDeath>",
        P(fdate(TODAY - dt.timedelta(days=R.randint(10, 100)), R.choice(["Ymd-", "mdY"])), "date"),
        "</DateOfDeath></Honoree><Notify><Name>", P(xesc("%s %s" % (nt["first"], nt["last"])), "name"), "</Name><Addr1>",
        P(xesc(nt["street"]), "address"), "</Addr1><City>", P(xesc(nt["city"]), "address"), "</City><State>%s</State><Zip>" % nt["st"],
        P(nt["zip"], "zip"), "</Zip><Salutation>Dear ", P(xesc(nt["first"]), "name"), ",</Salutation></Notify></TributeAck>")
    out.append(l)
    l = Ln(fam)
    l.t('<?xml version="1.0" encoding="UTF-8"?><AckBatchTrailer batch="ACK-%s" count="%d" checksum="%s" generatedBy="tribute-svc 2.4.1"/>'
        % (TODAY.strftime("%Y%m%d"), R.randint(30, 80), hexs(40)))
    if R.random() < 0.6:
        out.append(l)
    return out


def ep_vehicle():
    out = []
    fam = "vehicle_donation_json"
    p = who()
    make = R.choice([("Toyota", "Camry", "4T1BF1FK"), ("Honda", "Accord", "1HGCP2F3"), ("Subaru", "Outback", "4S4BRBCC"),
                     ("Ford", "F-150", "1FTFW1ET"), ("Buick", "LeSabre", "1G4HR54K")])
    vin = make[2] + R.choice("0123456789X") + R.choice("ABCDEFGH") + "U" + rdigits(6)
    intake = "VD-2024-%05d" % R.randint(100, 999)
    l = Ln(fam)
    l.t("%s INFO  vehicle-intake: " % ts_py())
    jemit(l, {"intakeId": intake, "partner": "CARS Charity Auto Program", "fund": "GREATEST-NEED",
              "donor": {"fullName": P(full(p, False), "name"), "phone": P(fphone(p, R.choice(["paren", "dash"])), "phone"),
                        "email": P(p["email"], "email"), "reLookupId": P(p["cons"], "other_id")},
              "vehicle": {"year": R.randint(2001, 2016), "make": make[0], "model": make[1], "vin": P(vin, "vehicle"),
                          "plate": P("%s-%s" % (p["st"], ralnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + rdigits(4)), "vehicle"),
                          "odometer": R.randint(60000, 240000), "titleInHand": R.random() < 0.8},
              "pickupAddress": {"line1": P(p["street"], "address"), "city": P(p["city"], "address"), "state": p["st"],
                                "zip": P(p["zip"], "zip")}}, compact=False)
    out.append(l)
    l = Ln(fam)
    l.t("%s INFO  vehicle-intake: %s status=AUCTIONED gross=%d net=%d form1098c_required=%s"
        % ((ts_py(), intake) + (lambda g: (g, int(g * R.uniform(0.55, 0.8))))(R.randint(600, 9000)) + (R.choice(["true", "false"]),)))
    out.append(l)
    return out


def ep_cga(card=None):
    out = []
    fam = "planned_giving_kv"
    p = R.choice(OLD)
    sp = R.random() < 0.5
    l = Ln(fam)
    l.x("%s pg-admin INFO cga_contract=CGA-%04d action=annuitant_verified annuitant=\"" % (tick().strftime("%b %d %H:%M:%S"), R.randint(60, 140)),
        P(up("%s, %s" % (p["last"], p["first"])), "name"), "\" ssn=", P(p["ssn"], "ssn"), " dob=", P(fdate(p["dob"], "mdY"), "date"),
        " age_at_gift=", P(str(p["age"]), "age") if p["age"] > 89 else str(p["age"]),
        " rate=%.1f%% funding=%s" % (R.uniform(7.0, 10.1), R.choice(["cash", "securities"])))
    if sp:
        l.x(" second_life=\"", P(up("%s, %s" % (p["last"], p["spouse"])), "name"), "\"")
    out.append(l)
    l = Ln(fam)
    if R.random() < 0.5:
        l.t("%s pg-admin INFO " % tick().strftime("%b %d %H:%M:%S") + R.choice([
            "payout run quarter=2024Q2 contracts=%d total=%.2f ach=%d checks=%d" % (R.randint(90, 140), R.uniform(80000, 300000), R.randint(60, 100), R.randint(5, 30)),
            "reserve check state=CA required_reserve_ok=true segregated_acct=WF-***%04d" % R.randint(0, 9999),
            "rate table loaded source=ACGA effective=2024-01-01 max_rate=10.1 min_age=60"]))
        out.append(l)
        return out
    l.t("%s pg-admin INFO 1099-R run tax_year=2023 contracts=%d forms=%d corrected=%d irs_fire_upload=accepted receipt=%s"
        % (tick().strftime("%b %d %H:%M:%S"), R.randint(90, 140), R.randint(100, 160), R.randint(0, 4), ralnum(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")))
    out.append(l)
    if card or (card is None and R.random() < 0.3):
        q = who()
        card = luhn_complete(R.choice(["4", "51", "37"]), 16 if True else 15)
        l = Ln(fam)
        l.x("%s pg-admin WARN pci-scrubber missed field 'cardNumber' in legacy pledge form payload: cardNumber=" % tick().strftime("%b %d %H:%M:%S"),
            P(card, "account"), " cardholder=\"", P(full(q, False), "name"), "\" exp=%02d/%02d" % (R.randint(1, 12), R.randint(25, 30)))
        out.append(l)
    return out


def ep_nginx():
    out = []
    fam = "nginx_access"
    for _ in range(R.randint(2, 4)):
        t = tick(0.1, 5)
        ip = R.choice(["10.20.0.%d" % R.randint(2, 9), "10.42.%d.%d" % (R.randint(0, 9), R.randint(2, 250))])
        path, ua, st, sz = R.choice([
            ("/up", "kube-probe/1.28", 200, 2),
            ("/assets/application-%s.css" % hexs(16), "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15", 200, 48211),
            ("/webhooks/stripe", "Stripe/1.0 (+https://stripe.com/docs/webhooks)", 200, 17),
            ("/webhooks/eventbrite", "Eventbrite-Hookshot/1.0", 202, 0),
            ("/give/thank-you?gift=G24-%06d" % R.randint(10000, 19999), "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15", 200, 9123),
            ("/api/v1/funds?active=true", "python-requests/2.31.0", 200, 1840),
            ("/wp-login.php", "Mozilla/5.0 zgrab/0.x", 404, 153),
        ])
        meth = "POST" if "webhooks" in path else "GET"
        l = Ln(fam)
        l.t('%s - - [%s] "%s %s HTTP/1.1" %d %d "-" "%s" rt=%.3f uct=%.3f req_id=%s'
            % (ip, t.strftime("%d/%b/%Y:%H:%M:%S -0500"), meth, path, st, sz, ua, R.uniform(0.001, 0.9), R.uniform(0, 0.01), hexs(32)))
        out.append(l)
    return out


def ep_config():
    out = []
    fam = "app_config"
    opts = [
        'time="%s" level=info msg="loaded config" env=production re_api_base=https://api.sky.blackbaud.com sftp_host=sftp.midwestmailworks.example port=22 batch_size=500 version=3.8.%d commit=%s',
        'time="%s" level=info msg="feature flags" gp_weekly_import=true ws_autosync=false tribute_email_notify=true ncoa_auto_apply=%s build=%d',
        'time="%s" level=warn msg="certificate expires soon" host=ehr-extract.lakeshore.local not_after=2024-07-%02d days_left=%d',
        'time="%s" level=info msg="healthcheck" status=ok db=ok redis=ok sftp_ehr=ok sky_api=ok latency_ms=%d uptime_s=%d',
        'time="%s" level=info msg="staff directory sync" source=AzureAD users=%d fundraisers=%d disabled=%d contact="Advancement Services <advserv@lakeshorehealthfdn.org>, (312) 555-0100 x4410"',
        'time="%s" level=error msg="trace exported with errors" trace_id=%s span_id=%s otel_exporter=otlp endpoint=http://otel-collector.observability:4317 err="context deadline exceeded"',
    ]
    k = R.randrange(len(opts))
    l = Ln(fam)
    ts = ts_iso()
    if k == 0:
        l.t(opts[0] % (ts, R.randint(0, 9), hexs(7)))
    elif k == 1:
        l.t(opts[1] % (ts, R.choice(["true", "false"]), R.randint(2200, 2400)))
    elif k == 2:
        l.t(opts[2] % (ts, R.randint(10, 30), R.randint(5, 25)))
    elif k == 3:
        l.t(opts[3] % (ts, R.randint(2, 90), R.randint(10000, 900000)))
    elif k == 4:
        l.t(opts[4] % (ts, R.randint(120, 180), R.randint(18, 30), R.randint(0, 6)))
    else:
        l.t(opts[5] % (ts, hexs(32), hexs(16)))
    out.append(l)
    return out


EPISODES = [
    (ep_re_export, 2), (ep_re_import, 2), (ep_sky_api, 3), (ep_wealth, 2), (ep_screen_log, 2),
    (ep_hl7, 4), (ep_mirth, 3), (ep_gp, 4), (ep_eventbrite, 3), (ep_stripe_py, 4),
    (ep_stripe_wh, 5), (ep_pino, 3), (ep_nacha, 2), (ep_ach_return, 3), (ep_ncoa, 2),
    (ep_rails, 8), (ep_sidekiq, 3), (ep_mailer, 3), (ep_note, 6), (ep_tribute, 3),
    (ep_xml, 3), (ep_vehicle, 2), (ep_cga, 2), (ep_nginx, 3), (ep_config, 4),
]


def main():
    lines = []
    fns = [f for f, w in EPISODES]
    wts = [w for f, w in EPISODES]
    # make sure every family shows up at least once, then draw by weight
    order = list(fns) + [lambda: ep_rails("photo"), lambda: ep_rails("portal"), lambda: ep_note([1, 6]),
                         lambda: ep_note([10, 12]), lambda: ep_cga(True), lambda: ep_rails("referral")]
    R.shuffle(order)
    for f in order:
        lines.extend(f())
    noisy = {ep_nginx, ep_config, ep_sidekiq, ep_screen_log, ep_rails, ep_mirth, ep_stripe_py}
    rich = [(f, w) for f, w in EPISODES if f not in noisy]
    while len(lines) < 500:
        clean = sum(1 for l in lines if not l.spans) / len(lines)
        if clean > 0.557:   # steer toward the target share of PHI-free lines
            f = R.choices([f for f, w in rich], [w for f, w in rich])[0]
        else:
            f = R.choices(fns, wts)[0]
        lines.extend(f())
    lines = lines[:500]
    log_out = []
    lab_out = []
    for i, l in enumerate(lines, 1):
        b = bytes(l.b)
        s = b.decode("utf-8")
        assert s and "\n" not in s and "\r" not in s
        for (a, e, cat), v in zip(l.spans, l.vals):
            assert b[a:e] == v.encode("utf-8"), (i, b[a:e], v)
            assert a < e
        sp = sorted(l.spans)
        for (a1, e1, _), (a2, e2, _) in zip(sp, sp[1:]):
            assert e1 <= a2, (i, sp)
        log_out.append(s)
        lab_out.append(json.dumps({"line": i, "family": l.fam,
                                   "spans": [{"s": a, "e": e, "cat": c} for a, e, c in sp]}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(log_out))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lab_out) + "\n")


if __name__ == "__main__":
    main()
