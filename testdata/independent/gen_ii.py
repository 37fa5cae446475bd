#!/usr/bin/env python3
"""gen_ii.py - synthetic, labeled log corpus for a PHI detector.

Theme: a plasma donation center network (ten centers).  Sources mixed into one
stream: donor management system (Spring/logback), ID-scanner SDK (AAMVA PDF417
parse, JSON + raw escaped barcode), palm-vein / fingerprint check-in bridge,
National Donor Deferral Registry SOAP lookups and deferral-list CSV sync,
health-screening kiosks (.NET Serilog text + JSON, Spanish UI strings),
plasmapheresis machine syslog (NexSys / Aurora), prepaid-card load CSV and
card-processor webhooks (JSON, KYC, ACH), 1099 tax export, Twilio form callbacks,
SendGrid event JSON, Python campaign logger, booking app (pino JSON + nginx
access log), HL7 v2.5.1 ORU from the viral-marker testing lab (one segment per
physical line) + Mirth engine log, Zendesk ticket webhooks, staff free-text
notes, legacy pipe export with header, and infrastructure noise (k8s, klog,
postgres, redis, haproxy, cron, Windows event log, prometheus, alertmanager,
Java stack traces, deploys, backups).

All people, numbers and addresses are synthetic.  Deterministic: fixed seed.
Writes ii.log and ii.labels.jsonl next to this script.

Labeling decisions:
- Donors are the "patients".  Their relatives / emergency contacts / referrers
  (also donors) are labeled too.  Staff (phlebotomists, nurses, center
  managers, medical directors, on-call engineers), vendors, labs, the registry,
  the card processor and the centers themselves are never labeled, including
  their names, phones, emails, addresses and IPs.
- Donor number (DMS record number, e.g. 0417228193, also in HL7 PID-3) -> mrn.
- ISBT 128 donation identification numbers (DIN, compact or spaced) and lab
  accession numbers of a donor's specimen -> other_id.  NDDR registry record
  IDs, adverse-event case numbers, app usernames and personal referral codes ->
  other_id.  HL7 message control IDs, trace/span IDs, session UUIDs, webhook
  event IDs, procedure run numbers, kit lots and purchase orders -> not labeled.
- Driver's licence / state ID / passport numbers of a donor -> license.
- Full prepaid card PANs, card proxy numbers, processor cardholder account IDs
  and bank account numbers -> account.  Masked PANs, "last4" values, bank
  routing numbers and SSN last-4 are not labeled (not unique on their own).
- Full SSNs (dashed or 9 digits) -> ssn.
- Dates tied to the donor -> date: birth date, appointment/slot, donation or
  collection date, last donation, deferral start/end, ID issue/expiry date.
  When the value is a date-time in one token/field, the whole value is the
  span; in free text the date expression only.  Log header timestamps and
  system event times (created, received_at, MSH-7) are not labeled.
- Ages are labeled only when over 89.
- Street line and city are separate address spans; state is not labeled; ZIP
  (5 digit or ZIP+4, with or without hyphen) is a zip span.  A whole one-token
  address field is still split into street / city / zip spans.
- Phones are labeled as written (including URL-encoded "%2B1..." forms);
  short codes and center numbers are not.
- Palm-vein / fingerprint templates (base64) -> biometric.  Match scores and
  template lengths are not.  Base64 portrait JPEG from the ID scan -> photo.
- Donor's phone identifiers (iOS IDFV, Android ID) -> device.  Plasmapheresis
  machines, kiosks, scanners and printers are facility equipment: not labeled.
- Public client IPs of donor app requests -> ip.  Private/internal IPs, load
  balancer, crawler and vendor webhook IPs are not labeled.
- Personal social-media profile URLs of donors -> url.
- Twilio FromCity / FromZip of a donor's inbound SMS are labeled address / zip
  (geographic data tied to the person's number).
- Names: every personal-name token sequence as written is one span ("Last,
  First" included); HL7 XPN components (family, given, middle) are separate
  spans.  Vehicle plates of donors -> vehicle.  Insurance member IDs ->
  health_plan.  Donor's personal fax -> fax.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import unicodedata

SEED = 20240916
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "ii"
N_LINES = 500


# --------------------------------------------------------------------------
# line builder
# --------------------------------------------------------------------------
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += str(s).encode("utf-8")
        return self

    def p(self, s, cat):
        s = str(s)
        if cat is None:
            return self.t(s)
        st = len(self.buf)
        self.t(s)
        self.spans.append((st, len(self.buf), cat, s))
        return self

    def text(self):
        return self.buf.decode("utf-8")


class P:
    """A PHI value inside a structure (json / python repr)."""

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


def jemit(L, o, sep=(",", ":"), q='"'):
    """Emit JSON into L; q='\\"' writes JSON embedded in a JSON string."""
    if isinstance(o, P):
        if isinstance(o.v, str):
            enc = json.dumps(o.v, ensure_ascii=False)
            assert enc[1:-1] == o.v, o.v
            L.t(q).p(o.v, o.cat).t(q)
        else:
            L.p(json.dumps(o.v), o.cat)
    elif isinstance(o, dict):
        L.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(sep[0])
            L.t(q + k + q + sep[1])
            jemit(L, v, sep, q)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(sep[0])
            jemit(L, v, sep, q)
        L.t("]")
    elif isinstance(o, str):
        enc = json.dumps(o, ensure_ascii=False)
        if q != '"':
            enc = q + enc[1:-1] + q
        L.t(enc)
    else:
        L.t(json.dumps(o))
    return L


def pyrepr(L, o):
    """Emit a python-repr style dict (logging of dicts)."""
    if isinstance(o, P):
        if isinstance(o.v, str):
            r = repr(o.v)
            assert r[1:-1] == o.v
            L.t(r[0]).p(o.v, o.cat).t(r[-1])
        else:
            L.p(repr(o.v), o.cat)
    elif isinstance(o, dict):
        L.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(", ")
            L.t(repr(k) + ": ")
            pyrepr(L, v)
        L.t("}")
    else:
        L.t(repr(o))
    return L


# --------------------------------------------------------------------------
# clock (UTC) and timestamp formats
# --------------------------------------------------------------------------
T = dt.datetime(2024, 9, 16, 11, 57, 3, 120000)
TZ_OFF = dt.timedelta(hours=-5)   # network runs on Central time for logs


def tick(lo=0.3, hi=35.0):
    global T
    T += dt.timedelta(seconds=rng.uniform(lo, hi))
    return T


def loc():
    return T + TZ_OFF


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def ts_iso():
    return T.strftime("%Y-%m-%dT%H:%M:%S.") + ms(T) + "Z"


def ts_logback():
    t = loc()
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t)


def ts_pylog():
    t = loc()
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)


def ts_serilog():
    t = loc()
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t) + " -05:00"


def ts_syslog():
    t = loc()
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


def ts_nginx():
    return loc().strftime("%d/%b/%Y:%H:%M:%S -0500")


def ts_epoch_ms():
    return int((T - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


def ts_klog():
    return T.strftime("%m%d %H:%M:%S.") + "%06d" % T.microsecond


def ts_pg():
    t = loc()
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t) + " CDT"


def ts_redis():
    t = loc()
    return t.strftime("%d %b %Y %H:%M:%S.") + ms(t)


def ts_win():
    t = loc()
    h = t.hour % 12 or 12
    return "%d/%d/%d %d:%02d:%02d %s" % (t.month, t.day, t.year, h, t.minute,
                                         t.second, "AM" if t.hour < 12 else "PM")


def ts_hl7():
    return loc().strftime("%Y%m%d%H%M%S")


# --------------------------------------------------------------------------
# random helpers
# --------------------------------------------------------------------------
HEX = "0123456789abcdef"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def hexs(n):
    return "".join(rng.choice(HEX) for _ in range(n))


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64blob(n, prefix=b""):
    raw = prefix + bytes(rng.randrange(256) for _ in range(n))
    return base64.b64encode(raw).decode()


def luhn_complete(partial):
    s = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return partial + str((10 - s % 10) % 10)


def ascii_up(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()


def dfmt(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_nz":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "us_yy":
        return "%d/%d/%s" % (d.month, d.day, d.strftime("%y"))
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "aamva":
        return d.strftime("%m%d%Y")
    if style == "ora":
        return d.strftime("%d-%b-%Y").upper()
    if style == "long":
        return d.strftime("%b ") + str(d.day) + d.strftime(", %Y")
    if style == "eu":
        return d.strftime("%d/%m/%Y")
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "md":
        return "%d/%d" % (d.month, d.day)
    raise ValueError(style)


def phone_fmt(p, style):
    a, b, c = p[:3], p[3:6], p[6:]
    return {
        "paren": "(%s) %s-%s" % (a, b, c),
        "dash": "%s-%s-%s" % (a, b, c),
        "raw": p,
        "e164": "+1" + p,
        "dot": "%s.%s.%s" % (a, b, c),
        "intl": "+1 %s %s %s" % (a, b, c),
        "one": "1-%s-%s-%s" % (a, b, c),
        "urlenc": "%2B1" + p,
    }[style]


# --------------------------------------------------------------------------
# centers and donors
# --------------------------------------------------------------------------
CENTERS = [
    dict(code="0417", city="El Paso", st="TX", ac="915",
         zips=["79903", "79905", "79907", "79912", "79924", "79936"],
         streets=["Dyer St", "Alameda Ave", "N Mesa St", "Zaragoza Rd", "Pebble Hills Blvd", "Yarbrough Dr", "Montoya Ln"],
         addr="9840 Montana Ave Ste B, El Paso, TX 79925", phone="(915) 594-2210", tz="MT"),
    dict(code="0233", city="Dayton", st="OH", ac="937",
         zips=["45402", "45405", "45410", "45417"],
         streets=["Salem Ave", "Wayne Ave", "N Main St", "Xenia Ave", "Hoover Ave"],
         addr="3100 Salem Ave, Dayton, OH 45406", phone="(937) 278-4455", tz="ET"),
    dict(code="0562", city="Albuquerque", st="NM", ac="505",
         zips=["87102", "87105", "87108", "87121"],
         streets=["Central Ave SE", "Isleta Blvd SW", "Zuni Rd SE", "Coors Blvd NW", "Bridge Blvd SW"],
         addr="5300 Central Ave SE, Albuquerque, NM 87108", phone="(505) 262-1180", tz="MT"),
    dict(code="0381", city="Flint", st="MI", ac="810",
         zips=["48503", "48504", "48505", "48507"],
         streets=["Saginaw St", "Dupont St", "Lapeer Rd", "Fenton Rd", "Pierson Rd"],
         addr="G-3245 Miller Rd, Flint, MI 48507", phone="(810) 733-0902", tz="ET"),
    dict(code="0129", city="Gary", st="IN", ac="219",
         zips=["46402", "46403", "46404", "46407"],
         streets=["Broadway", "Grant St", "W 5th Ave", "Ridge Rd", "Clark Rd"],
         addr="3871 Broadway, Gary, IN 46409", phone="(219) 884-7730", tz="CT"),
    dict(code="0645", city="Tucson", st="AZ", ac="520",
         zips=["85705", "85711", "85713", "85719"],
         streets=["E Speedway Blvd", "S 6th Ave", "W Miracle Mile", "E 22nd St", "N Oracle Rd"],
         addr="2002 E Speedway Blvd, Tucson, AZ 85719", phone="(520) 327-6611", tz="MST"),
    dict(code="0708", city="Pueblo", st="CO", ac="719",
         zips=["81001", "81003", "81004", "81005"],
         streets=["Northern Ave", "E 4th St", "Prairie Ave", "Lake Ave", "Bonforte Blvd"],
         addr="1405 S Prairie Ave, Pueblo, CO 81005", phone="(719) 564-3310", tz="MT"),
    dict(code="0294", city="Shreveport", st="LA", ac="318",
         zips=["71101", "71104", "71106", "71108"],
         streets=["Line Ave", "Jewella Ave", "Mansfield Rd", "Hearne Ave", "Youree Dr"],
         addr="6220 Line Ave, Shreveport, LA 71106", phone="(318) 868-2045", tz="CT"),
    dict(code="0813", city="Macon", st="GA", ac="478",
         zips=["31201", "31204", "31206", "31210"],
         streets=["Pio Nono Ave", "Houston Ave", "Napier Ave", "Vineville Ave", "Mercer University Dr"],
         addr="1692 Pio Nono Ave, Macon, GA 31204", phone="(478) 745-9920", tz="ET"),
    dict(code="0926", city="Yakima", st="WA", ac="509",
         zips=["98901", "98902", "98903", "98908"],
         streets=["Nob Hill Blvd", "S 1st St", "Fruitvale Blvd", "Summitview Ave", "Tieton Dr"],
         addr="1510 S 1st St, Yakima, WA 98901", phone="(509) 453-7781", tz="PT"),
]
IIN = {"TX": "636015", "OH": "636023", "NM": "636009", "MI": "636032", "IN": "636037",
       "AZ": "636026", "CO": "636020", "LA": "636007", "GA": "636055", "WA": "636045"}

NAMES = [
    ("Darnell", "Whitfield", "M", None), ("María José", "Fernández-Ríos", "F", "Majo"),
    ("Thi Lan", "Nguyễn", "F", "Lan"), ("Oluwaseun", "Adeyemi", "M", "Seun"),
    ("Jean-Baptiste", "de la Fontaine", "M", "JB"), ("Ljudmila", "Kovačević", "F", None),
    ("Tomasz", "Wiśniewski", "M", "Tomek"), ("Aaliyah", "Jefferson-Moore", "F", None),
    ("Rahul", "Venkataraman", "M", None), ("Siobhán", "Ní Bhriain", "F", None),
    ("Hamza", "El-Amin", "M", None), ("Kenji", "Watanabe", "M", None),
    ("Guadalupe", "Ortiz", "F", "Lupe"), ("Dmitri", "Volkov", "M", "Dima"),
    ("Precious", "Mthembu", "F", None), ("Keoni", "Kahananui", "M", None),
    ("Ana Lucía", "van der Berg", "F", None), ("Mehmet", "Öztürk", "M", None),
    ("Brittany Sue", "McAllister", "F", "Britt"), ("José Luis", "O'Connor-Báez", "M", "Pepe"),
    ("Xiaoming", "Zhang", "M", None), ("Fatima Zahra", "Benali", "F", None),
    ("Tyrone", "Washington Jr.", "M", "Ty"), ("Leilani", "Makoa", "F", None),
    ("Ngozi", "Okafor", "F", None), ("Giovanni", "Di Stefano", "M", "Gio"),
    ("Yusuf", "Abdi", "M", None), ("Hana", "Kim", "F", None),
    ("Shawna", "Begay", "F", None), ("Priya", "Raghunathan", "F", None),
    ("Wojciech", "Kowalczyk", "M", None), ("Esperanza", "De León", "F", "Espy"),
    ("Marcus", "St. Clair", "M", None), ("Amara", "Diallo", "F", None),
    ("Liam", "O'Sullivan", "M", None), ("Chidi", "Nwosu", "M", None),
    ("Rosa María", "Quispe Mamani", "F", "Rosi"), ("Daniela", "Ferreira da Silva", "F", "Dani"),
    ("Ahmad", "Karimi", "M", None), ("Svetlana", "Ivanova", "F", "Sveta"),
    ("Kyle", "Brandt", "M", None), ("Destiny", "Ramírez", "F", None),
    ("Bao", "Tran", "M", None), ("Olga", "Petrenko", "F", None),
    ("Mateus", "Costa", "M", None), ("DeShawn", "Pruitt", "M", "Shawn"),
]
RELATIVES = ["Carmen Ortiz", "Ruth Whitfield", "Nguyễn Văn Hùng", "Bisi Adeyemi", "Halina Wiśniewska",
             "Miguel Ángel Ramírez", "Doreen McAllister", "Aroha Makoa", "Emeka Okafor", "Teresa Di Stefano",
             "Mamani, Julia", "Ivanov, Pavel", "L. O'Sullivan", "Yolanda Begay"]
BROTHERS = ["Luis Fernández", "Trung Nguyen", "Marek", "ANDRE WHITFIELD", "Okafor, Chukwuma", "K. Begay", "Rustam Karimi"]
STAFF = ["jgarcia", "mthompson", "RN K. Ochoa", "Dr. Alan Whitcombe (Medical Director)", "phleb_tlee",
         "acastillo", "Nurse Patrice Obi", "cm_reggie.banks", "dmoreno", "S. Halvorsen, RN"]
MAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "proton.me", "att.net"]
PUB_IP_PREFIX = ["73.", "98.", "174.", "107.77.", "172.58.", "99.", "24.", "47.", "68.", "76.", "71.", "108."]


def dl_number(st):
    if st == "TX":
        return digits(8)
    if st == "OH":
        return rng.choice("ABCDEFGHJKLMNPRSTUW") + rng.choice("ABCDEFGHJKLMNPRSTUW") + digits(6)
    if st == "NM":
        return "0" + digits(8)
    if st == "MI":
        return rng.choice("BDKLMPRSTW") + digits(12)
    if st == "IN":
        n = digits(10)
        return "%s-%s-%s" % (n[:4], n[4:6], n[6:])
    if st == "AZ":
        return rng.choice("ABDFS") + digits(8)
    if st == "CO":
        n = digits(9)
        return "%s-%s-%s" % (n[:2], n[2:5], n[5:])
    if st == "LA":
        return "00" + digits(7)
    if st == "GA":
        return digits(9)
    if st == "WA":
        return "WDL" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))
    raise ValueError(st)


def ssn():
    while True:
        a = rng.randint(101, 665)
        if a not in (666,):
            break
    return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def pub_ip():
    pre = rng.choice(PUB_IP_PREFIX)
    n = 4 - pre.count(".")
    return pre + ".".join(str(rng.randint(1, 254)) for _ in range(n))


def mk_email(given, family, dob):
    g = ascii_up(given).lower().split()[0].replace("-", "")
    f = ascii_up(family).lower().replace(" ", "").replace("'", "").replace(".", "")
    style = rng.randrange(6)
    if style == 0:
        local = "%s.%s" % (g, f)
    elif style == 1:
        local = "%s%s%s" % (g[0], f, dob.strftime("%y"))
    elif style == 2:
        local = "%s_%s%d" % (f, g, rng.randint(1, 999))
    elif style == 3:
        local = "%s%s" % (g, dob.strftime("%m%d"))
    elif style == 4:
        local = "%s.%s%s" % (g, f[:3], dob.strftime("%Y"))
    else:
        local = "%s%s" % (f, rng.choice(["love", "x", "15", "22", "tx", "jr"]))
    return local + "@" + rng.choice(MAIL_DOM)


DONORS = []
for gi, fa, sex, nick in NAMES:
    c = rng.choice(CENTERS)
    dob = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randint(0, 16000))
    bin_ = rng.choice(["485972", "531084", "440393", "516648"])
    d = dict(given=gi, family=fa, sex=sex, nick=nick or gi.split()[0], c=c, dob=dob,
             dno=c["code"] + digits(6),
             phone=c["ac"] + str(rng.randint(2, 9)) + digits(6),
             email=mk_email(gi, fa, dob),
             street="%d %s" % (rng.randint(100, 9899), rng.choice(c["streets"])),
             unit=rng.choice(["", "", "", " Apt %d%s" % (rng.randint(1, 4), rng.choice("ABCD")),
                              " Unit %d" % rng.randint(2, 40), " Lot %d" % rng.randint(3, 90), " #%d" % rng.randint(100, 420)]),
             city=c["city"], st=c["st"], zip=rng.choice(c["zips"]), zip4=digits(4),
             dl=dl_number(c["st"]), dl_iss=dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 1900)),
             ssn=ssn(), pan=luhn_complete(bin_ + digits(9)), proxy="7" + digits(12),
             chid="ch_" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(14)),
             user=None, ip=pub_ip(), ios=rng.random() < 0.55,
             ref=ascii_up(nick or gi.split()[0])[:5] + digits(3),
             weight=rng.randint(118, 290))
    d["dl_exp"] = d["dl_iss"].replace(year=d["dl_iss"].year + 8) if not (d["dl_iss"].month == 2 and d["dl_iss"].day == 29) else d["dl_iss"] + dt.timedelta(days=2922)
    d["addr1"] = d["street"] + d["unit"]
    d["dev"] = uuid4().upper() if d["ios"] else hexs(16)
    u = ascii_up(gi).lower().split()[0][:6] + rng.choice(["_", ".", ""]) + ascii_up(fa).lower().replace(" ", "").replace("'", "")[:5] + rng.choice(["", str(rng.randint(1, 99)), d["c"]["ac"]])
    d["user"] = u
    DONORS.append(d)


def donor():
    return rng.choice(DONORS)


def fullname(d):
    return "%s %s" % (d["given"], d["family"])


def name_form(d):
    k = rng.randrange(7)
    if k == 0:
        return "%s, %s" % (d["family"], d["given"])
    if k == 1:
        return "%s, %s" % (d["family"].upper(), d["given"].upper())
    if k == 2:
        return "%s. %s" % (d["given"][0], d["family"])
    if k == 3:
        return fullname(d).lower()
    return fullname(d)


def din(d, compact=True):
    seq = digits(6)
    yy = "24"
    if compact:
        return "W%s%s%s" % (d["c"]["code"], yy, seq)
    return "W%s %s %s" % (d["c"]["code"], yy, seq)


def recent_date(lo=0, hi=120):
    return (loc() - dt.timedelta(days=rng.randint(lo, hi))).date()


def future_date(lo=1, hi=30):
    return (loc() + dt.timedelta(days=rng.randint(lo, hi))).date()


def slot_dt(day):
    h = rng.choice([7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18])
    m = rng.choice([0, 15, 30, 45])
    return dt.datetime(day.year, day.month, day.day, h, m)


def host(center=None, kind="dms"):
    c = center or rng.choice(CENTERS)["code"]
    return "%s-%s-%02d" % (kind, c, rng.randint(1, 4))


# --------------------------------------------------------------------------
# PHI generators (each returns list[Line])
# --------------------------------------------------------------------------
def g_dms_checkin():
    d = donor()
    L = Line("logback_dms")
    L.t("%s INFO  [http-nio-8443-exec-%d] c.p.dms.checkin.CheckInController - Check-in started donorNo=" % (ts_logback(), rng.randint(1, 32)))
    L.p(d["dno"], "mrn").t(" center=%s method=%s station=REG-%s-0%d traceId=%s" % (
        d["c"]["code"], rng.choice(["PALM", "FINGER", "ID_SCAN", "MANUAL"]), d["c"]["code"], rng.randint(1, 4), hexs(32)))
    return [L]


def g_dms_lookup():
    d = donor()
    L = Line("logback_dms")
    L.t("%s DEBUG [http-nio-8443-exec-%d] c.p.dms.donor.DonorSearchService - search lastName=" % (ts_logback(), rng.randint(1, 32)))
    L.p(d["family"], "name").t(" firstName=").p(d["given"], "name").t(" dob=").p(dfmt(d["dob"], "iso"), "date")
    n = rng.choice([0, 1, 1, 1, 2])
    L.t(" -> %d match(es)" % n)
    if n:
        L.t(" [").p(d["dno"], "mrn").t("]")
    L.t(" in %dms" % rng.randint(3, 90))
    return [L]


def g_dms_duplicate():
    d = donor()
    L = Line("logback_dms")
    L.t("%s WARN  [http-nio-8443-exec-%d] c.p.dms.donor.RegistrationService - Possible duplicate donor: new registration name='" % (ts_logback(), rng.randint(1, 32)))
    L.p("%s, %s" % (ascii_up(d["family"]), ascii_up(d["given"])), "name").t("' dob=").p(dfmt(d["dob"], "us"), "date")
    L.t(" phone=").p(phone_fmt(d["phone"], "raw"), "phone").t(" resembles existing donorNo=").p(d["dno"], "mrn")
    L.t(" (score=%.2f, rule=NAME_DOB_PHONE); routed to center manager queue" % rng.uniform(0.81, 0.97))
    return [L]


DEFERRALS = [("TMP-TAT", "New tattoo", 120), ("TMP-TRV", "Travel to malaria-endemic area", 90),
             ("TMP-TP", "Total protein out of range", 1), ("TMP-HCT", "Hematocrit below 38%", 1),
             ("TMP-MED", "Medication: isotretinoin", 30), ("TMP-BP", "Blood pressure above limit", 1),
             ("PRM-HCV", "Reactive anti-HCV", None), ("TMP-PRC", "Body piercing", 120)]


def g_dms_deferral():
    d = donor()
    code, why, days = rng.choice(DEFERRALS)
    start = recent_date(0, 3)
    L = Line("logback_dms")
    L.t("%s INFO  [deferral-worker-%d] c.p.dms.deferral.DeferralService - Deferral applied donorNo=" % (ts_logback(), rng.randint(1, 4)))
    L.p(d["dno"], "mrn").t(' code=%s reason="%s" start=' % (code, why)).p(dfmt(start, "iso"), "date")
    if days:
        L.t(" end=").p(dfmt(start + dt.timedelta(days=days), "iso"), "date")
    else:
        L.t(" end=PERMANENT nddrSubmit=true")
    L.t(" enteredBy=%s" % rng.choice(["jgarcia", "acastillo", "dmoreno", "phleb_tlee"]))
    return [L]


def g_dms_freq():
    d = donor()
    last = recent_date(1, 2)
    L = Line("logback_dms")
    L.t("%s WARN  [http-nio-8443-exec-%d] c.p.dms.eligibility.FrequencyRule - donor " % (ts_logback(), rng.randint(1, 32)))
    L.p(d["dno"], "mrn").t(" blocked: lastDonation=").p(dfmt(last, "us"), "date")
    L.t(" donations7d=2 minIntervalH=48 nextEligible=").p(dfmt(last + dt.timedelta(days=2), "us"), "date")
    return [L]


def g_dms_dupkey():
    d = donor()
    out = []
    L = Line("logback_dms")
    L.t("%s ERROR [http-nio-8443-exec-%d] o.h.engine.jdbc.spi.SqlExceptionHelper - ERROR: duplicate key value violates unique constraint \"donor_gov_id_uk\"" % (ts_logback(), rng.randint(1, 32)))
    out.append(L)
    L = Line("logback_dms")
    L.t("  Detail: Key (gov_id_type, gov_id_state, gov_id_no)=(DL, %s, " % d["st"]).p(d["dl"], "license").t(") already exists.")
    out.append(L)
    L = Line("logback_dms")
    L.t("%s ERROR [http-nio-8443-exec-%d] c.p.dms.web.GlobalExceptionHandler - 409 CONFLICT on POST /api/v4/donors requestId=%s" % (ts_logback(), rng.randint(1, 32), uuid4()))
    out.append(L)
    return out


def g_dms_addr():
    d = donor()
    L = Line("logback_dms")
    L.t("%s INFO  [http-nio-8443-exec-%d] c.p.dms.audit.AuditTrail - UPDATE donor_address donorNo=" % (ts_logback(), rng.randint(1, 32)))
    L.p(d["dno"], "mrn").t(' field=line1 old="').p("%d %s" % (rng.randint(100, 9899), rng.choice(d["c"]["streets"])), "address")
    L.t('" new="').p(d["addr1"], "address").t(", ").p(d["city"], "address").t(", %s " % d["st"]).p(d["zip"], "zip")
    L.t('" proof=UTILITY_BILL user=%s' % rng.choice(["acastillo", "jgarcia", "mthompson"]))
    return [L]


def g_idscan_json():
    d = donor()
    L = Line("idscan_json")
    rec = {"ts": ts_iso(), "component": "IdParser", "station": "REG-%s-0%d" % (d["c"]["code"], rng.randint(1, 3)),
           "docType": "DL" if rng.random() < 0.8 else "ID", "issuer": d["st"], "aamvaVersion": rng.choice([8, 9, 10]),
           "fields": {"DAQ": P(d["dl"].replace("-", ""), "license"), "DCS": P(ascii_up(d["family"]), "name"),
                      "DAC": P(ascii_up(d["given"].split()[0]), "name")}}
    if len(d["given"].split()) > 1:
        rec["fields"]["DAD"] = P(ascii_up(d["given"].split()[1]), "name")
    rec["fields"].update({"DBB": P(dfmt(d["dob"], "aamva"), "date"), "DBA": P(dfmt(d["dl_exp"], "aamva"), "date"),
                          "DBC": "1" if d["sex"] == "M" else "2",
                          "DAG": P(ascii_up(d["addr1"]), "address"), "DAI": P(ascii_up(d["city"]), "address"),
                          "DAJ": d["st"], "DAK": P(d["zip"] + d["zip4"], "zip")})
    rec["confidence"] = round(rng.uniform(0.9, 0.999), 3)
    rec["expired"] = False
    jemit(L, rec)
    return [L]


def g_idscan_raw():
    d = donor()
    L = Line("idscan_raw")
    L.t("%s [ScannerBridge] DEBUG pdf417 decoded bytes=%d raw=\"@\\n\\u001e\\rANSI %s%02d0002DL0041%04dZT%04d0008DLDAQ" % (
        ts_pylog(), rng.randint(280, 420), IIN[d["st"]], rng.choice([8, 9, 10]), rng.randint(250, 299), rng.randint(291, 340)))
    L.p(d["dl"].replace("-", ""), "license").t("\\nDCS").p(ascii_up(d["family"]), "name")
    L.t("\\nDAC").p(ascii_up(d["given"].split()[0]), "name").t("\\nDAD")
    if len(d["given"].split()) > 1:
        L.p(ascii_up(d["given"].split()[1]), "name")
    else:
        L.t("NONE")
    L.t("\\nDBD").p(dfmt(d["dl_iss"], "aamva"), "date").t("\\nDBB").p(dfmt(d["dob"], "aamva"), "date")
    L.t("\\nDBA").p(dfmt(d["dl_exp"], "aamva"), "date").t("\\nDBC%s\\nDAY%s\\nDAU0%d IN\\nDAG" % (
        "1" if d["sex"] == "M" else "2", rng.choice(["BRO", "BLK", "HAZ", "BLU", "GRN"]), rng.randint(59, 76)))
    L.p(ascii_up(d["addr1"]), "address").t("\\nDAI").p(ascii_up(d["city"]), "address").t("\\nDAJ%s\\nDAK" % d["st"])
    L.p(d["zip"] + d["zip4"], "zip").t("  \\nDCGUSA\\nDDEN\\nDDFN\\nDDGN\\r\"")
    return [L]


def g_idscan_photo():
    d = donor()
    L = Line("idscan_json")
    photo = b64blob(rng.randint(120, 170), prefix=b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    rec = {"level": "info", "time": ts_iso(), "svc": "idscan-gateway", "msg": "face portrait extracted",
           "donorNo": P(d["dno"], "mrn"), "portraitJpegB64": P(photo, "photo"),
           "truncated": True, "origBytes": rng.randint(9000, 42000), "faceMatch": {"score": round(rng.uniform(0.55, 0.99), 3), "threshold": 0.8}}
    jemit(L, rec)
    return [L]


def g_palm_enroll():
    d = donor()
    L = Line("biometric_bridge")
    tmpl = b64blob(rng.randint(70, 110), prefix=b"PVT1")
    L.t("[%s] PalmSecure.Bridge INFO  ENROLL ok donor=" % ts_pylog()).p(d["dno"], "mrn")
    L.t(" hand=%s quality=%d template=" % (rng.choice(["R", "L"]), rng.randint(61, 99))).p(tmpl, "biometric")
    L.t(" sensor=PS-F-Pro-%s fw=2.1.%d" % (hexs(6).upper(), rng.randint(0, 9)))
    return [L]


def g_palm_verify():
    d = donor()
    L = Line("biometric_bridge")
    ok = rng.random() < 0.8
    L.t("[%s] PalmSecure.Bridge %s VERIFY donor=" % (ts_pylog(), "INFO " if ok else "WARN ")).p(d["dno"], "mrn")
    L.t(" result=%s score=%.4f far=1e-6 elapsed=%dms" % ("MATCH" if ok else "NO_MATCH", rng.uniform(0.92, 0.999) if ok else rng.uniform(0.2, 0.6), rng.randint(180, 900)))
    if not ok:
        L.t(" attempt=%d/3 fallback=ID_SCAN" % rng.randint(1, 3))
    return [L]


def g_finger():
    d = donor()
    L = Line("biometric_bridge")
    fmr = b64blob(rng.randint(60, 100), prefix=b"FMR\x00 20\x00\x00\x00\x01<")
    L.t("%s  DPUareU  [capture] FMD captured fmt=ANSI_378_2004 finger=%s size=%d donor_id=" % (
        ts_serilog(), rng.choice(["R_INDEX", "L_INDEX", "R_THUMB"]), rng.randint(300, 700)))
    L.p(d["dno"], "mrn").t(" fmd_b64=").p(fmr, "biometric")
    return [L]


def g_nddr_req():
    d = donor()
    L = Line("nddr_soap")
    L.t("%s DEBUG [nddr-client-%d] c.p.dms.nddr.NddrSoapClient - >>> " % (ts_logback(), rng.randint(1, 4)))
    L.t('<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:nddr="urn:nddr:lookup:v3"><soapenv:Body><nddr:DonorLookupRequest>')
    L.t("<nddr:CenterId>PLS%s</nddr:CenterId><nddr:LastName>" % d["c"]["code"]).p(ascii_up(d["family"]), "name")
    L.t("</nddr:LastName><nddr:FirstName>").p(ascii_up(d["given"]), "name").t("</nddr:FirstName><nddr:BirthDate>")
    L.p(dfmt(d["dob"], "iso"), "date").t("</nddr:BirthDate><nddr:GovId type=\"DL\" state=\"%s\">" % d["st"])
    L.p(d["dl"], "license").t("</nddr:GovId><nddr:SsnLast4>%s</nddr:SsnLast4></nddr:DonorLookupRequest></soapenv:Body></soapenv:Envelope>" % d["ssn"][-4:])
    return [L]


def g_nddr_resp():
    d = donor()
    L = Line("nddr_soap")
    L.t("%s DEBUG [nddr-client-%d] c.p.dms.nddr.NddrSoapClient - <<< HTTP 200 (%dms) " % (ts_logback(), rng.randint(1, 4), rng.randint(140, 2400)))
    L.t('<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><nddr:DonorLookupResponse xmlns:nddr="urn:nddr:lookup:v3">')
    L.t("<nddr:QueryId>%s</nddr:QueryId><nddr:MatchStatus>MATCH</nddr:MatchStatus><nddr:Record><nddr:RegistryId>" % uuid4())
    L.p("NDDR-" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8)), "other_id")
    L.t("</nddr:RegistryId><nddr:Name>").p("%s, %s" % (ascii_up(d["family"]), ascii_up(d["given"])), "name")
    L.t("</nddr:Name><nddr:DOB>").p(dfmt(d["dob"], "iso"), "date")
    L.t("</nddr:DOB><nddr:Reason>%s</nddr:Reason><nddr:ReportingCenter>PLS%s</nddr:ReportingCenter></nddr:Record></nddr:DonorLookupResponse></soapenv:Body></soapenv:Envelope>" % (
        rng.choice(["HIV-R", "HCV-R", "HBsAg-R", "HCV-NAT-R", "FRAUD-ID"]), rng.choice(CENTERS)["code"]))
    return [L]


def g_deferral_csv():
    out = []
    for _ in range(rng.randint(2, 3)):
        d = donor()
        code, why, days = rng.choice(DEFERRALS)
        s = recent_date(1, 90)
        L = Line("deferral_csv")
        L.t("%s," % d["c"]["code"]).p(d["dno"], "mrn").t(",").p(ascii_up(d["family"]), "name").t(",")
        L.p(ascii_up(d["given"]), "name").t(",").p(dfmt(d["dob"], "hl7"), "date").t(",%s,%s," % (
            "PRM" if days is None else "TMP", code.split("-")[1]))
        L.p(dfmt(s, "hl7"), "date").t(",")
        if days:
            L.p(dfmt(s + dt.timedelta(days=days), "hl7"), "date")
        L.t(",%s" % rng.choice(["A", "A", "U"]))
        out.append(L)
    return out


def g_kiosk_json():
    d = donor()
    L = Line("kiosk_json")
    tp = round(rng.uniform(5.6, 8.6), 1)
    hct = rng.randint(35, 52)
    res = "ACCEPT" if tp >= 6.0 and hct >= 38 else "DEFER"
    rec = {"kioskId": "HSK-%s-%02d" % (d["c"]["code"], rng.randint(1, 6)), "sessionId": uuid4(), "donorId": P(d["dno"], "mrn"),
           "screenedAt": ts_iso(),
           "vitals": {"bpSys": rng.randint(100, 178), "bpDia": rng.randint(60, 99), "pulse": rng.randint(52, 104),
                      "tempF": round(rng.uniform(97.1, 99.4), 1), "weightLb": d["weight"]},
           "tp_g_dl": tp, "hct_pct": hct, "armCheck": "CLEAR", "result": res}
    if res == "DEFER":
        rec["deferCode"] = "TMP-TP" if tp < 6.0 else "TMP-HCT"
    jemit(L, rec, sep=(", ", ": "))
    return [L]


def g_kiosk_serilog():
    d = donor()
    L = Line("kiosk_serilog")
    lang = rng.choice(["en-US", "es-MX", "es-US", "vi-VN", "en-US"])
    L.t("%s [INF] Questionnaire submitted for donor " % ts_serilog()).p(d["dno"], "mrn").t(" (")
    L.p(name_form(d), "name").t("), %d answers, lang=%s, flagged=%d {SourceContext=\"Kiosk.Dhq.Submit\", KioskId=\"HSK-%s-%02d\"}" % (
        rng.choice([38, 41, 44]), lang, rng.choice([0, 0, 0, 1]), d["c"]["code"], rng.randint(1, 6)))
    return [L]


def g_kiosk_dhq():
    d = donor()
    L = Line("kiosk_json")
    rec = {"evento": "cuestionario_completado", "donante": P(d["dno"], "mrn"), "idioma": "es",
           "respuestas": {"q03_sentirse_bien": "S", "q09_tatuaje_12m": rng.choice(["N", "N", "S"]),
                          "q14_viaje_fuera": "N", "q21_medicamentos": rng.choice(["N", "S"]),
                          "q27_embarazo": "N/A" if d["sex"] == "M" else "N"},
           "fecha_ultima_donacion": P(dfmt(recent_date(2, 9), "eu"), "date"), "firma_electronica": True}
    jemit(L, rec)
    return [L]


def g_kiosk_protein():
    d = donor()
    tp = round(rng.uniform(5.2, 5.9), 1)
    L2 = Line("kiosk_serilog")
    L2.t("%s [WRN] Refractometer TP=%.1f g/dL below min 6.0 for donor " % (ts_serilog(), tp)).p(d["dno"], "mrn")
    L2.t(" (").p(name_form(d), "name").t(") -> DEFER TMP-TP; next visit on/after ").p(dfmt(future_date(1, 2), "us"), "date")
    return [L2]


def g_kiosk_greeting():
    d = donor()
    L = Line("kiosk_serilog")
    appt = slot_dt(future_date(2, 6))
    es = rng.random() < 0.6
    L.t("%s [DBG] UI render screen=Welcome text=\"" % ts_serilog())
    if es:
        L.t("¡Bienvenid%s, " % ("a" if d["sex"] == "F" else "o")).p(d["nick"], "name").t("! Su próxima cita: ")
        L.p(appt.strftime("%d/%m/%Y %H:%M"), "date").t('"')
    else:
        L.t("Welcome back, ").p(d["nick"], "name").t("! Next appointment: ").p(
            appt.strftime("%a %b ") + str(appt.day) + appt.strftime(" %I:%M %p"), "date").t('"')
    return [L]


def g_machine_start():
    d = donor()
    L = Line("machine_syslog")
    mach = rng.choice(["nexsys", "aurora"])
    dn = din(d)
    L.t("%s %s-%s-%02d %s[%d]: PROC_START run=%04d donor=" % (ts_syslog(), mach, d["c"]["code"], rng.randint(1, 24), "PCS" if mach == "nexsys" else "AuroraXi", rng.randint(1000, 9999), rng.randint(1, 60)))
    L.p(d["dno"], "mrn").t(" din=").p(dn, "other_id").t(" wt_lb=%d hct=%d nomogram=%s tgt_plasma_ml=%d ac_ratio=1:16 kit_lot=%s" % (
        d["weight"], rng.randint(38, 50), rng.choice(["FDA_WT", "PERSONALIZED"]),
        690 if d["weight"] < 150 else (825 if d["weight"] < 175 else 880), "24" + rng.choice("ABCDEFGH") + digits(3)))
    return [L]


def g_machine_end():
    d = donor()
    L = Line("machine_syslog")
    mach = rng.choice(["nexsys", "aurora"])
    L.t("%s %s-%s-%02d %s[%d]: PROC_END din=" % (ts_syslog(), mach, d["c"]["code"], rng.randint(1, 24), "PCS" if mach == "nexsys" else "AuroraXi", rng.randint(1000, 9999)))
    L.p(din(d), "other_id").t(" status=%s plasma_ml=%d ac_ml=%d saline_ml=%d cycles=%d dur=%02d:%02d" % (
        rng.choice(["COMPLETE", "COMPLETE", "COMPLETE", "INCOMPLETE"]), rng.randint(640, 880), rng.randint(80, 140),
        rng.choice([0, 500]), rng.randint(6, 12), rng.randint(28, 62), rng.randint(0, 59)))
    return [L]


def g_machine_alarm():
    d = donor()
    L = Line("machine_syslog")
    L.t("%s aurora-%s-%02d AuroraXi[%d]: ALARM code=0x%s \"%s\" donor_id=" % (
        ts_syslog(), d["c"]["code"], rng.randint(1, 24), rng.randint(1000, 9999), hexs(2).upper(),
        rng.choice(["Low draw pressure", "Air detected return line", "Return pressure high", "Cuff pressure lost"])))
    L.p(d["dno"], "mrn").t(" acknowledged_by=%s" % rng.choice(["phleb_tlee", "dmoreno", "acastillo"]))
    return [L]


def g_label_print():
    d = donor()
    L = Line("zpl_print")
    dn = din(d, compact=False)
    L.t("%s label-svc[%d]: ZPL job %d -> zebra-%s-%02d: ^XA^FO40,30^BY2^BCN,90,Y,N^FD" % (
        ts_syslog(), rng.randint(300, 900), rng.randint(10000, 99999), d["c"]["code"], rng.randint(1, 4)))
    L.p(dn, "other_id").t("^FS^FO40,150^A0N,28^FDDonor ").p(d["dno"], "mrn").t("^FS^FO40,190^A0N,24^FDColl ")
    L.p(dfmt(loc().date(), "us"), "date").t("^FS^XZ")
    return [L]


def g_card_csv():
    out = []
    L = Line("card_load_csv")
    L.t("load_id,center,donor_no,card_proxy,amount,incentive_code,visit_date,status")
    out.append(L)
    for _ in range(rng.randint(2, 4)):
        d = donor()
        L = Line("card_load_csv")
        L.t("LD%s,%s," % (digits(9), d["c"]["code"])).p(d["dno"], "mrn").t(",").p(d["proxy"], "account")
        L.t(",%s,%s," % (rng.choice(["35.00", "50.00", "65.00", "70.00", "100.00", "125.00"]), rng.choice(["NEW5", "STD", "STD", "PROMO_SEPT", "2ND_VISIT"])))
        L.p(dfmt(recent_date(0, 1), "iso"), "date").t(",%s" % rng.choice(["QUEUED", "SENT", "SENT", "SENT"]))
        out.append(L)
    return out


def g_webhook_load():
    d = donor()
    L = Line("card_webhook")
    L.t("%s INFO  [webhook-%d] c.p.payments.ProcessorWebhookController - received " % (ts_logback(), rng.randint(1, 8)))
    rec = {"id": "evt_" + hexs(24), "type": "cardholder.load.settled", "created": ts_epoch_ms() // 1000,
           "data": {"cardholder_id": P(d["chid"], "account"), "first_name": P(d["given"], "name"), "last_name": P(d["family"], "name"),
                    "card_last4": d["pan"][-4:], "amount": rng.choice(["50.00", "70.00", "100.00"]), "currency": "USD",
                    "external_ref": P(d["dno"], "mrn"), "program": "PLSM-REWARDS-VISA"}}
    jemit(L, rec)
    return [L]


def g_webhook_kyc():
    d = donor()
    L = Line("card_webhook")
    L.t("%s DEBUG [webhook-%d] c.p.payments.KycClient - POST https://api.cardprocessor.example/v2/cardholders body=" % (ts_logback(), rng.randint(1, 8)))
    rec = {"program_id": "PRG-PLS-01", "first_name": P(d["given"], "name"), "last_name": P(d["family"], "name"),
           "dob": P(dfmt(d["dob"], "iso"), "date"), "ssn": P(d["ssn"].replace("-", ""), "ssn"),
           "address": {"line1": P(d["addr1"], "address"), "city": P(d["city"], "address"), "state": d["st"], "postal_code": P(d["zip"], "zip")},
           "phone": P(phone_fmt(d["phone"], "e164"), "phone"), "email": P(d["email"], "email")}
    jemit(L, rec, q='\\"' if rng.random() < 0.5 else '"')
    return [L]


def g_pan_leak():
    d = donor()
    L = Line("card_webhook")
    L.t("%s ERROR [card-replace-%d] c.p.payments.CardService - tokenize failed for PAN " % (ts_logback(), rng.randint(1, 4)))
    L.p(d["pan"], "account").t(" (donor ").p(d["dno"], "mrn").t("): 422 {\"error\":\"card_not_active\",\"request_id\":\"req_%s\"}" % hexs(16))
    return [L]


def g_ach():
    d = donor()
    L = Line("card_webhook")
    acct = digits(rng.choice([10, 11, 12]))
    L.t("%s INFO  payouts.ach: batch=ACH%s entry trace=%s rdfi=%s dfi_acct=" % (
        ts_pylog(), digits(6), digits(15), rng.choice(["111000025", "021000021", "122000661", "061000104"])))
    L.p(acct, "account").t(" amount=%s name=\"" % rng.choice(["140.00", "205.00", "90.00"])).p(ascii_up(fullname(d))[:22], "name").t("\" sec=PPD")
    return [L]


def g_tax_export():
    out = []
    if rng.random() < 0.5:
        L = Line("tax_csv")
        L.t('"TIN","NAME","ADDRESS","CITY","STATE","ZIP","BOX3_OTHER_INCOME","DONOR_NO"')
        out.append(L)
    for _ in range(rng.randint(1, 3)):
        d = donor()
        L = Line("tax_csv")
        L.t('"').p(d["ssn"], "ssn").t('","').p("%s %s" % (ascii_up(d["given"]), ascii_up(d["family"])), "name")
        L.t('","').p(ascii_up(d["addr1"]), "address").t('","').p(ascii_up(d["city"]), "address").t('","%s","' % d["st"])
        L.p(d["zip"] + "-" + d["zip4"], "zip").t('","%d.00","' % rng.randint(600, 5200)).p(d["dno"], "mrn").t('"')
        out.append(L)
    return out


def g_twilio_status():
    d = donor()
    L = Line("twilio_form")
    L.t("%s - %s - POST /hooks/twilio/status " % (loc().strftime("%Y-%m-%d %H:%M:%S"), "INFO"))
    L.t("AccountSid=AC%s&ApiVersion=2010-04-01&MessageSid=SM%s&MessageStatus=%s&SmsSid=SM%s&SmsStatus=%s&To=" % (
        hexs(32), hexs(32), "delivered", hexs(32), "delivered"))
    L.p(phone_fmt(d["phone"], "urlenc"), "phone").t("&From=%s" % rng.choice(["%2B18885550147", "72588", "%2B18774120093"]))
    return [L]


def g_twilio_inbound():
    d = donor()
    L = Line("twilio_form")
    body = rng.choice(["STOP", "Si+confirmo+la+cita", "C", "what+time+do+yall+close+today", "Cancelar",
                       "can+i+donate+if+i+got+a+tattoo+last+week", "HELP", "I+will+be+15+min+late"])
    L.t("%s - INFO - POST /hooks/twilio/inbound Body=%s&From=" % (loc().strftime("%Y-%m-%d %H:%M:%S"), body))
    L.p(phone_fmt(d["phone"], "urlenc"), "phone").t("&FromCity=").p(d["city"].upper().replace(" ", "+"), "address")
    L.t("&FromState=%s&FromZip=" % d["st"]).p(d["zip"], "zip").t("&NumMedia=0&To=%2B18885550147")
    return [L]


def g_sendgrid():
    out = []
    L = Line("sendgrid_json")
    evs = []
    for _ in range(rng.randint(1, 3)):
        d = donor()
        evs.append({"email": P(d["email"], "email"), "timestamp": ts_epoch_ms() // 1000 - rng.randint(0, 300),
                    "event": rng.choice(["delivered", "open", "click", "bounce", "unsubscribe"]),
                    "sg_event_id": base64.urlsafe_b64encode(bytes(rng.randrange(256) for _ in range(15))).decode(),
                    "sg_message_id": "%s.filterdrecv-%s-1-%s-0" % (hexs(22), hexs(8), hexs(8)),
                    "category": [rng.choice(["winback_60d", "birthday", "new_donor_bonus", "appt_reminder"])],
                    "donor_no": P(d["dno"], "mrn")})
    jemit(L, evs)
    out.append(L)
    return out


def g_campaign_py():
    d = donor()
    L = Line("python_logging")
    L.t("%s INFO campaigns.sender: queued template=%s channel=sms to=" % (ts_pylog(), rng.choice(["winback_60d", "birthday_bonus", "second_visit_reminder"])))
    L.p(phone_fmt(d["phone"], rng.choice(["e164", "raw", "dash"])), "phone").t(" vars=")
    v = {"first_name": P(d["nick"], "name"), "bonus": rng.choice(["$20", "$50", "$100"]), "center": d["c"]["city"]}
    if rng.random() < 0.4:
        v["dob"] = P(dfmt(d["dob"], "iso"), "date")
    pyrepr(L, v)
    return [L]


def g_bounce():
    d = donor()
    L = Line("postfix")
    L.t("%s mta-01 postfix/smtp[%d]: %s: to=<" % (ts_syslog(), rng.randint(10000, 40000), hexs(10).upper()))
    L.p(d["email"], "email").t(">, relay=%s[%s]:25, delay=%.1f, dsn=5.1.1, status=bounced (host said: 550 5.1.1 <" % (
        rng.choice(["mx1.example-mail.net", "gmail-smtp-in.l.google.com"]), rng.choice(["142.250.113.27", "98.136.96.74"]), rng.uniform(0.3, 4)))
    L.p(d["email"], "email").t(">: Recipient address rejected: User unknown)")
    return [L]


def g_sms_body():
    d = donor()
    L = Line("python_logging")
    appt = slot_dt(future_date(1, 4))
    L.t("%s DEBUG notify.sms: rendered body len=%d donor=" % (ts_pylog(), rng.randint(90, 160))).p(d["dno"], "mrn").t(' text="')
    if rng.random() < 0.5:
        L.t("Hi ").p(d["nick"], "name").t("! Reminder: your plasma appt is ").p(
            appt.strftime("%a ") + dfmt(appt.date(), "md") + " " + appt.strftime("%I:%M%p").lstrip("0").lower(), "date")
        L.t(" at %s. Reply C to confirm. Msg&data rates may apply." % d["c"]["addr"].split(",")[0])
    else:
        L.t("Hola ").p(d["nick"], "name").t(", tu cita es el ").p(dfmt(appt.date(), "eu") + " a las " + appt.strftime("%H:%M"), "date")
        L.t(". Responde C para confirmar o STOP para cancelar.")
    L.t('"')
    return [L]


def g_nginx_app():
    d = donor()
    L = Line("nginx_access")
    path = rng.choice(["/api/v2/donors/%s/appointments", "/api/v2/donors/%s/rewards/balance", "/api/v2/donors/%s/profile",
                       "/api/v2/donors/%s/history?limit=20"])
    a, b = path.split("%s")
    ua = ("PlasmaRewards/5.12.%d (iPhone; iOS 17.%d.1; Scale/3.00)" % (rng.randint(0, 3), rng.randint(3, 6))) if d["ios"] else \
        ("okhttp/4.12.0 PlasmaRewards-Android/5.12.%d" % rng.randint(0, 3))
    L.p(d["ip"], "ip").t(" - - [%s] \"%s %s" % (ts_nginx(), rng.choice(["GET", "GET", "GET", "PATCH"]), a)).p(d["dno"], "mrn")
    L.t("%s HTTP/2.0\" %d %d \"-\" \"%s\" rt=%.3f uct=0.000 upstream=10.40.%d.%d:8080" % (
        b, rng.choice([200, 200, 200, 304, 401]), rng.randint(180, 4200), ua, rng.uniform(0.01, 0.4), rng.randint(1, 9), rng.randint(2, 250)))
    return [L]


def g_pino_appt():
    d = donor()
    L = Line("pino_json")
    day = future_date(1, 14)
    slot = slot_dt(day)
    rec = {"level": 30, "time": ts_epoch_ms(), "pid": rng.randint(20, 90), "hostname": "booking-api-%s" % hexs(5),
           "reqId": "req-%s" % digits(4), "donorId": P(d["dno"], "mrn"), "centerId": d["c"]["code"],
           "slot": P(slot.strftime("%Y-%m-%dT%H:%M:00") + ("-06:00" if d["c"]["tz"] == "MT" else "-05:00"), "date"),
           "deviceId": P(d["dev"], "device"), "msg": "appointment booked"}
    jemit(L, rec)
    return [L]


def g_pino_login():
    d = donor()
    L = Line("pino_json")
    ok = rng.random() < 0.75
    rec = {"level": 30 if ok else 40, "time": ts_epoch_ms(), "pid": rng.randint(20, 90), "hostname": "booking-api-%s" % hexs(5),
           "req": {"method": "POST", "url": "/v1/auth/login", "remoteAddress": P(d["ip"], "ip"), "remotePort": rng.randint(30000, 65000)},
           "username": P(d["user"], "other_id"), "platform": "ios" if d["ios"] else "android",
           "msg": "login ok" if ok else "invalid password"}
    if not ok:
        rec["failCount"] = rng.randint(1, 5)
    jemit(L, rec)
    return [L]


def g_pino_signup():
    d = donor()
    L = Line("pino_json")
    rec = {"level": 30, "time": ts_epoch_ms(), "hostname": "booking-api-%s" % hexs(5), "msg": "signup payload",
           "body": {"firstName": P(d["given"], "name"), "lastName": P(d["family"], "name"), "email": P(d["email"], "email"),
                    "mobile": P(phone_fmt(d["phone"], rng.choice(["paren", "raw", "dash", "dot"])), "phone"),
                    "birthDate": P(dfmt(d["dob"], rng.choice(["us", "iso"])), "date"), "preferredCenter": d["c"]["code"],
                    "smsOptIn": rng.choice([True, False]), "referralCode": P(rng.choice(DONORS)["ref"], "other_id")}}
    jemit(L, rec)
    return [L]


def g_referral_url():
    d = donor()
    r = donor()
    L = Line("pino_json")
    handle = ascii_up(r["given"].split()[0]).lower() + rng.choice([".", "_", ""]) + ascii_up(r["family"]).lower().replace(" ", "").replace("'", "")[:8] + str(rng.randint(1, 99))
    url = rng.choice(["https://www.facebook.com/", "https://instagram.com/", "https://www.tiktok.com/@"]) + handle
    rec = {"level": 30, "time": ts_epoch_ms(), "hostname": "referral-svc-%s" % hexs(5), "msg": "referral attributed",
           "referrer": {"donorId": P(r["dno"], "mrn"), "code": P(r["ref"], "other_id"), "sharedFrom": P(url, "url")},
           "referee": {"donorId": P(d["dno"], "mrn")}, "bonusCents": 5000}
    jemit(L, rec)
    return [L]


def g_hl7():
    d = donor()
    out = []
    ctrl = "NS" + digits(10)
    acc = "NS" + loc().strftime("%y%m%d") + digits(4)
    dn = din(d)
    coll = dt.datetime.combine(recent_date(1, 3), dt.time(rng.randint(7, 18), rng.randint(0, 59)))
    L = Line("hl7_oru")
    L.t("MSH|^~\\&|NSLIS|NORTHSTAR_PTL|DMS|PLS%s|%s||ORU^R01^ORU_R01|%s|P|2.5.1|||AL|NE" % (d["c"]["code"], ts_hl7(), ctrl))
    out.append(L)
    L = Line("hl7_oru")
    L.t("PID|1||").p(d["dno"], "mrn").t("^^^PLSM^DN||").p(ascii_up(d["family"]), "name").t("^")
    gp = ascii_up(d["given"]).split()
    L.p(gp[0], "name").t("^")
    if len(gp) > 1:
        L.p(gp[1], "name")
    L.t("||").p(dfmt(d["dob"], "hl7"), "date").t("|%s" % d["sex"])
    out.append(L)
    L = Line("hl7_oru")
    L.t("ORC|RE|").p(dn, "other_id").t("^DMS|").p(acc, "other_id").t("^NSLIS||CM")
    out.append(L)
    L = Line("hl7_oru")
    panel = rng.choice([("VIRAL", "Donor viral marker panel"), ("NAT", "Donor NAT panel"), ("SPE", "Serum protein electrophoresis")])
    L.t("OBR|1|").p(dn, "other_id").t("^DMS|").p(acc, "other_id").t("^NSLIS|%s^%s^L|||" % panel).p(coll.strftime("%Y%m%d%H%M"), "date")
    L.t("|||||||||||||||%s||F" % ts_hl7())
    out.append(L)
    if panel[0] == "VIRAL":
        obx = [("56888-1", "HIV 1+2 Ab+HIV1 p24 Ag", "ST", "NONREACTIVE", ""), ("5196-1", "HBsAg", "ST", "NONREACTIVE", ""),
               ("13955-0", "HCV Ab", "ST", rng.choice(["NONREACTIVE"] * 6 + ["REACTIVE"]), ""), ("20507-0", "RPR", "ST", "NONREACTIVE", "")]
    elif panel[0] == "NAT":
        obx = [("25835-0", "HIV 1 RNA NAT", "ST", "NOT DETECTED", ""), ("11259-9", "HCV RNA NAT", "ST", "NOT DETECTED", ""),
               ("NAT-HBV", "HBV DNA NAT", "ST", "NOT DETECTED", ""), ("NAT-B19", "Parvovirus B19 DNA", "NM", "<10000", "IU/mL"),
               ("NAT-HAV", "HAV RNA NAT", "ST", "NOT DETECTED", "")]
    else:
        obx = [("2885-2", "Protein total", "NM", "%.1f" % rng.uniform(6.0, 8.2), "g/dL"), ("2862-1", "Albumin SPE", "NM", "%.1f" % rng.uniform(3.4, 5.0), "g/dL"),
               ("2465-3", "IgG", "NM", str(rng.randint(650, 1600)), "mg/dL")]
    for i, (code, txt, vt, val, unit) in enumerate(obx, 1):
        L = Line("hl7_oru")
        sysn = "L" if "-" not in code or code.startswith("NAT") else "LN"
        L.t("OBX|%d|%s|%s^%s^%s||%s|%s|||||F|||%s" % (i, vt, code, txt, sysn, val, unit, ts_hl7()))
        out.append(L)
    return out


def g_reactive():
    d = donor()
    L = Line("logback_dms")
    L.t("%s WARN  [hl7-inbound-1] c.p.dms.lab.ResultPostingService - REACTIVE %s on din=" % (ts_logback(), rng.choice(["anti-HCV", "HBsAg", "HIV-1/2 Ab", "HCV NAT"])))
    L.p(din(d), "other_id").t(" donor=").p(d["dno"], "mrn").t(" -> quarantine units since ").p(dfmt(recent_date(30, 60), "iso"), "date")
    L.t(", lookback case ").p("LB-%s-%s" % (d["c"]["code"], digits(4)), "other_id").t(" opened, NDDR submission pending medical director review")
    return [L]


def g_mirth_err():
    d = donor()
    L = Line("mirth")
    L.t("ERROR %s [Channel Dispatch Thread on ORU_IN_NorthStar (%s)] com.mirth.connect.server.transformers.JavaScriptFilterTransformer: " % (ts_pylog(), uuid4()))
    L.t("DONOR_NOT_FOUND: no DMS donor for PID-3 ").p(d["dno"], "mrn").t(" name ").p(ascii_up(d["family"]), "name").t("^").p(ascii_up(d["given"].split()[0]), "name")
    L.t(" (message %d routed to error queue)" % rng.randint(10000, 99999))
    return [L]


def g_note():
    d = donor()
    L = Line("dms_note")
    who = rng.choice(["RN K. Ochoa", "S. Halvorsen, RN", "Nurse Patrice Obi", "phleb_tlee", "dmoreno"])
    k = rng.randrange(7)
    L.t("%s NOTE donor=" % ts_logback()).p(d["dno"], "mrn").t(' author="%s" text="' % who)
    if k == 0:
        L.t("Donor reports new tattoo done ").p(dfmt(recent_date(3, 20), "us_nz"), "date").t(" at a licensed shop; deferred 4 months per SOP DEF-011. Called ")
        L.p(phone_fmt(d["phone"], "dash"), "phone").t(" to explain.")
    elif k == 1:
        rel = rng.choice(RELATIVES)
        L.t("Vasovagal reaction min 34, legs elevated, resolved. Emergency contact ").p(rel, "name").t(" (").p(
            phone_fmt(rng.choice(CENTERS)["ac"] + str(rng.randint(2, 9)) + digits(6), "paren"), "phone").t(") notified. Donor left ambulatory.")
    elif k == 2:
        L.t("Mr. " if d["sex"] == "M" else "Ms. ").p(d["family"], "name").t(" states ID address outdated; new address ").p(d["addr1"], "address").t(", ").p(d["city"], "address")
        L.t(" ").p(d["zip"], "zip").t(" verified w/ lease.")
    elif k == 3:
        L.t("Donor lives with grandmother (age ").p(str(rng.randint(90, 97)), "age").t(") and is primary caregiver; asked about flexible Sat slots. Booked ")
        L.p(dfmt(future_date(2, 8), "us"), "date").t(".")
    elif k == 4:
        L.t("Donor's brother ").p(rng.choice(BROTHERS), "name").t(" called asking about her payment; no info released (not authorized).")
    elif k == 5:
        L.t("Infiltration L arm, ice applied. Pt ").p(d["given"].split()[0], "name").t(" advised to return if swelling; f/u call scheduled ")
        L.p(dfmt(future_date(1, 2), "long"), "date").t(".")
    else:
        L.t("Donor presented expired ID (exp ").p(dfmt(recent_date(4, 220), "us"), "date").t("), DL# ").p(d["dl"], "license").t("; sent home to renew.")
    L.t('"')
    return [L]


def g_ae_report():
    d = donor()
    L = Line("ae_json")
    rel = rng.choice(RELATIVES)
    rec = {"caseNo": P("AE-2024-%s-%s" % (d["c"]["code"], digits(4)), "other_id"), "donorNo": P(d["dno"], "mrn"),
           "donorName": P(fullname(d), "name"), "eventDate": P(dfmt(recent_date(0, 2), "iso"), "date"),
           "type": rng.choice(["CITRATE_REACTION", "SYNCOPE_WITH_INJURY", "HEMATOMA", "ALLERGIC"]),
           "transportedTo": "ER", "insurance": {"carrier": rng.choice(["Ambetter", "Medicaid (state)", "UnitedHealthcare", "CareSource"]),
                                              "memberId": P(rng.choice(["U", "M", "A", ""]) + digits(rng.choice([9, 10, 11])), "health_plan")},
           "emergencyContact": {"name": P(rel, "name"), "relation": rng.choice(["mother", "spouse", "sister", "partner"]),
                                "phone": P(phone_fmt(d["c"]["ac"] + str(rng.randint(2, 9)) + digits(6), "dot"), "phone")},
           "reportedBy": "Dr. Alan Whitcombe", "reportedTo": "ops-safety@plasmanet.example"}
    jemit(L, rec, sep=(", ", ": "))
    return [L]


def g_records_fax():
    d = donor()
    L = Line("python_logging")
    fax = d["c"]["ac"] + str(rng.randint(2, 9)) + digits(6)
    L.t("%s INFO records.release: ROI request %s donor=" % (ts_pylog(), "ROI-" + digits(6))).p(d["dno"], "mrn")
    L.t(" requester=self deliver_via=fax to=").p(phone_fmt(fax, rng.choice(["paren", "dash"])), "fax").t(" (donor home fax) pages=%d status=QUEUED" % rng.randint(2, 9))
    return [L]


def g_security_plate():
    d = donor()
    L = Line("facility_note")
    plate = rng.choice(["%s%s%s-%s" % (rng.choice("ABCDEFGHJKLMNPRSTVWXYZ"), rng.choice("ABCDEFGHJKLMNPRSTVWXYZ"), rng.choice("ABCDEFGHJKLMNPRSTVWXYZ"), digits(4)),
                        "%s%s%s" % (digits(1), "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)), digits(3))])
    L.t("%s fac-%s-01 security[%d]: incident=PARK-%s vehicle plate " % (ts_syslog(), d["c"]["code"], rng.randint(300, 9000), digits(5))).p(plate, "vehicle")
    L.t(" (%s) registered to donor " % d["st"]).p(name_form(d), "name").t(" blocking loading dock; donor paged to front desk")
    return [L]


def g_zendesk():
    d = donor()
    L = Line("zendesk_json")
    k = rng.randrange(3)
    subj = ["Card not loaded", "Cambio de cita", "Why was I deferred?"][k]
    L.t("%s zendesk-bridge webhook ticket.created " % ts_iso())
    L.t('{"ticket":{"id":%d,"subject":"%s","requester":{"name":"' % (rng.randint(180000, 260000), subj))
    L.p(name_form(d), "name").t('","email":"').p(d["email"], "email").t('"},"description":"')
    if k == 0:
        L.t("I donated on ").p(dfmt(recent_date(2, 6), "us_nz"), "date").t(" and my card ending %s still shows $0. Donor # " % d["pan"][-4:])
        L.p(d["dno"], "mrn").t(". Call me at ").p(phone_fmt(d["phone"], rng.choice(["paren", "raw", "dot"])), "phone")
    elif k == 1:
        L.t("Hola, necesito cambiar mi cita del ").p(dfmt(future_date(1, 5), "eu"), "date").t(". Mi número es ").p(phone_fmt(d["phone"], "dash"), "phone").t(". Gracias, ").p(d["nick"], "name")
    else:
        L.t("They told me my protein was low but I feel fine?? my DOB is ").p(dfmt(d["dob"], "us"), "date").t(" if you need to look me up")
    L.t('","tags":["donor","center_%s"],"via":"mobile_app"}}' % d["c"]["code"])
    return [L]


def g_legacy_export():
    out = []
    L = Line("legacy_pipe")
    L.t("DNR_NO|LNAME|FNAME|DOB|SEX|ADDR1|CTY|ST|ZIP5|PH1|EMAIL|LST_DON_DT|STAT")
    out.append(L)
    for _ in range(rng.randint(2, 3)):
        d = donor()
        L = Line("legacy_pipe")
        L.p(d["dno"], "mrn").t("|").p(ascii_up(d["family"]), "name").t("|").p(ascii_up(d["given"]), "name").t("|")
        L.p(dfmt(d["dob"], "ora"), "date").t("|%s|" % d["sex"]).p(ascii_up(d["addr1"]), "address").t("|").p(ascii_up(d["city"]), "address")
        L.t("|%s|" % d["st"]).p(d["zip"], "zip").t("|").p(d["phone"], "phone").t("|").p(d["email"].upper() if rng.random() < 0.3 else d["email"], "email")
        L.t("|").p(dfmt(recent_date(2, 200), "ora"), "date").t("|%s" % rng.choice(["A", "A", "I", "D"]))
        out.append(L)
    return out


def g_stack_phi():
    d = donor()
    out = []
    L = Line("java_stack")
    L.t("%s ERROR [scheduler-%d] c.p.dms.jobs.ReminderJob - reminder failed" % (ts_logback(), rng.randint(1, 4)))
    out.append(L)
    L = Line("java_stack")
    L.t("java.lang.IllegalArgumentException: Invalid phone number for donor ").p(d["dno"], "mrn").t(": '")
    bad = d["phone"][:9]
    L.p(bad, "phone").t("' (expected 10 digits)")
    out.append(L)
    for fr in ["c.p.dms.notify.PhoneNormalizer.toE164(PhoneNormalizer.java:58)", "c.p.dms.jobs.ReminderJob.lambda$run$2(ReminderJob.java:112)",
               "java.base/java.util.ArrayList.forEach(ArrayList.java:1596)"]:
        L = Line("java_stack")
        L.t("\tat " + fr)
        out.append(L)
    return out


def g_age_reject():
    d = donor()
    L = Line("logback_dms")
    dob = dt.date(rng.randint(1927, 1933), rng.randint(1, 12), rng.randint(1, 28))
    age = 2024 - dob.year - (1 if (dob.month, dob.day) > (9, 16) else 0)
    L.t("%s WARN  [http-nio-8443-exec-%d] c.p.dms.eligibility.AgeRule - registration rejected: dob=" % (ts_logback(), rng.randint(1, 32)))
    L.p(dfmt(dob, "us"), "date").t(" computedAge=").p(str(age), "age").t(" maxAge=69 name=\"").p(name_form(d), "name")
    L.t("\" idSource=ID_SCAN station=REG-%s-01 (possible mis-scan or ID misuse, flagged FRAUD_REVIEW)" % d["c"]["code"])
    return [L]


def g_passport():
    d = donor()
    L = Line("logback_dms")
    L.t("%s INFO  [http-nio-8443-exec-%d] c.p.dms.donor.IdentityService - manual ID entry donorNo=" % (ts_logback(), rng.randint(1, 32)))
    L.p(d["dno"], "mrn").t(" docType=%s number=" % rng.choice(["PASSPORT", "PERM_RESIDENT_CARD", "MATRICULA_CONSULAR"]))
    L.p(rng.choice(["", "", "E", "A"]) + digits(9), "license").t(" expires=").p(dfmt(future_date(200, 2500), "iso"), "date").t(" verifiedBy=acastillo")
    return [L]


PHI_GENS = [
    (g_dms_checkin, 6), (g_dms_lookup, 5), (g_dms_duplicate, 3), (g_dms_deferral, 5), (g_dms_freq, 3), (g_dms_dupkey, 2),
    (g_dms_addr, 3), (g_idscan_json, 4), (g_idscan_raw, 3), (g_idscan_photo, 2), (g_palm_enroll, 3), (g_palm_verify, 5),
    (g_finger, 3), (g_nddr_req, 4), (g_nddr_resp, 2), (g_deferral_csv, 2), (g_kiosk_json, 6), (g_kiosk_serilog, 4),
    (g_kiosk_dhq, 3), (g_kiosk_protein, 3), (g_kiosk_greeting, 3), (g_machine_start, 5), (g_machine_end, 4),
    (g_machine_alarm, 3), (g_label_print, 3), (g_card_csv, 2), (g_webhook_load, 4), (g_webhook_kyc, 3), (g_pan_leak, 2),
    (g_ach, 2), (g_tax_export, 2), (g_twilio_status, 4), (g_twilio_inbound, 3), (g_sendgrid, 3), (g_campaign_py, 4),
    (g_bounce, 2), (g_sms_body, 4), (g_nginx_app, 6), (g_pino_appt, 4), (g_pino_login, 4), (g_pino_signup, 3),
    (g_referral_url, 2), (g_hl7, 1.5), (g_reactive, 2), (g_mirth_err, 2), (g_note, 8), (g_ae_report, 2), (g_records_fax, 1),
    (g_security_plate, 1), (g_zendesk, 3), (g_legacy_export, 1), (g_stack_phi, 1), (g_age_reject, 1), (g_passport, 2),
]


# --------------------------------------------------------------------------
# noise generators (no PHI)
# --------------------------------------------------------------------------
def n_health():
    L = Line("nginx_access")
    L.t('10.40.%d.%d - - [%s] "GET %s HTTP/1.1" 200 %d "-" "%s" rt=0.00%d' % (
        rng.randint(0, 9), rng.randint(2, 250), ts_nginx(), rng.choice(["/healthz", "/readyz", "/actuator/health", "/api/v2/ping"]),
        rng.choice([2, 15, 49]), rng.choice(["kube-probe/1.29", "ELB-HealthChecker/2.0", "Prometheus/2.51.2"]), rng.randint(0, 9)))
    return [L]


def n_nginx_static():
    L = Line("nginx_access")
    bot = rng.choice([("66.249.66.%d" % rng.randint(1, 200), "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
                      ("10.40.0.%d" % rng.randint(2, 40), "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/128.0.0.0")])
    L.t('%s - - [%s] "GET %s HTTP/1.1" %d %d "-" "%s" rt=0.%03d' % (
        bot[0], ts_nginx(), rng.choice(["/robots.txt", "/static/js/main.8c1f2e.js", "/locations/el-paso-montana", "/favicon.ico", "/sitemap.xml"]),
        *rng.choice([(200, rng.randint(200, 90000)), (304, 0), (404, 153)]), bot[1], rng.randint(1, 80)))
    return [L]


def n_klog():
    L = Line("klog")
    pod = "%s-%s-%s" % (rng.choice(["dms-api", "booking-api", "kiosk-gw", "card-webhooks", "campaign-worker", "hl7-bridge"]), hexs(9), hexs(5))
    L.t('I%s       1 event.go:307] "Event occurred" object="prod/%s" kind="Pod" apiVersion="v1" type="Normal" reason="%s" message="%s"' % (
        ts_klog(), pod, *rng.choice([("Pulled", "Container image \\\"registry.plasmanet.internal/dms-api:4.18.%d\\\" already present on machine" % rng.randint(0, 9)),
                                     ("Started", "Started container app"), ("Scheduled", "Successfully assigned prod/%s to ip-10-40-3-%d.ec2.internal" % (pod, rng.randint(2, 250))),
                                     ("Killing", "Stopping container app")])))
    return [L]


def n_pg():
    L = Line("postgres")
    k = rng.randrange(3)
    if k == 0:
        L.t('%s [%d] LOG:  automatic vacuum of table "dms.public.%s": index scans: 1, pages: 0 removed, %d remain, tuples: %d removed, %d remain' % (
            ts_pg(), rng.randint(1000, 60000), rng.choice(["donor_visit", "deferral", "card_load", "screening_result", "audit_event"]),
            rng.randint(1000, 90000), rng.randint(0, 5000), rng.randint(100000, 9000000)))
    elif k == 1:
        L.t("%s [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, %d removed, 1 recycled; write=%.3f s, sync=0.0%d s, total=%.3f s" % (
            ts_pg(), rng.randint(100, 999), rng.randint(200, 9000), rng.uniform(0.1, 9), rng.randint(0, 3), rng.uniform(20, 270), rng.randint(1, 9), rng.uniform(20, 270)))
    else:
        L.t("%s [%d] LOG:  duration: %.3f ms  statement: SELECT count(*) FROM donor_visit WHERE center_code = $1 AND visit_date = current_date" % (
            ts_pg(), rng.randint(1000, 60000), rng.uniform(500, 4200)))
    return [L]


def n_redis():
    L = Line("redis")
    L.t("1:M %s %s" % (ts_redis(), rng.choice(["* 100 changes in 300 seconds. Saving...", "* Background saving started by pid %d" % rng.randint(100, 9999),
                                                "* DB saved on disk", "* Background saving terminated with success",
                                                "# WARNING: slot-cache keyspace at %d%% of maxmemory" % rng.randint(70, 92)])))
    return [L]


def n_metrics():
    L = Line("prometheus")
    c = rng.choice(CENTERS)["code"]
    L.t(rng.choice([
        'dms_checkins_total{center="%s",method="palm"} %d' % (c, rng.randint(100, 9000)),
        'pcs_procedure_duration_seconds_bucket{center="%s",le="2700"} %d' % (c, rng.randint(10, 900)),
        'kiosk_screening_result_total{center="%s",result="defer"} %d' % (c, rng.randint(1, 300)),
        'card_load_amount_usd_sum{program="PLSM-REWARDS-VISA"} %.2f' % rng.uniform(10000, 900000),
        'nddr_lookup_latency_seconds{quantile="0.99"} %.3f' % rng.uniform(0.2, 3.5),
        'http_server_requests_seconds_count{uri="/api/v2/donors/{donorNo}/appointments",status="200"} %d' % rng.randint(1000, 90000)]))
    return [L]


def n_cron():
    L = Line("syslog")
    L.t("%s %s CRON[%d]: (%s) CMD (%s)" % (ts_syslog(), host(kind=rng.choice(["kiosk-gw", "dms-batch"])), rng.randint(1000, 60000),
                                          rng.choice(["root", "dms"]), rng.choice(["/usr/local/bin/rotate-kiosk-logs.sh", "/opt/dms/bin/nddr-sync --delta",
                                                                                   "/opt/dms/bin/card-load-batch.sh >> /var/log/dms/cardload.log 2>&1",
                                                                                   "test -x /usr/sbin/anacron || run-parts --report /etc/cron.daily"])))
    return [L]


def n_haproxy():
    L = Line("haproxy")
    be, srv, req = rng.choice([("dms", "dms", "GET /api/v4/centers/%s/queue HTTP/1.1" % rng.choice(CENTERS)["code"]),
                               ("webhooks", "wh", "POST /webhooks/cardprocessor HTTP/1.1"), ("booking", "bk", "GET /metrics HTTP/1.1")])
    L.t("%s lb-01 haproxy[%d]: 10.40.0.%d:%d [%s] fe_https~ be_%s/%s%d %d/0/%d/%d/%d %d %d - - ---- %d/%d/%d/%d/0 0/0 \"%s\"" % (
        ts_syslog(), rng.randint(1000, 4000), rng.randint(2, 30), rng.randint(30000, 65000), loc().strftime("%d/%b/%Y:%H:%M:%S.") + ms(loc()),
        be, srv, rng.randint(1, 4), rng.randint(0, 3), rng.randint(0, 2),
        rng.randint(2, 90), rng.randint(3, 95), rng.choice([200, 200, 204, 502]), rng.randint(200, 9000), rng.randint(20, 400),
        rng.randint(20, 400), rng.randint(1, 40), rng.randint(1, 20), req))
    return [L]


def n_win():
    L = Line("windows_event")
    L.t("%s\tInformation\t%s\t%s\t%s" % (ts_win(), "HSK-%s-%02d" % (rng.choice(CENTERS)["code"], rng.randint(1, 6)),
                                         *rng.choice([("Service Control Manager\t7036", "The Windows Update service entered the stopped state."),
                                                      ("Kernel-Power\t172", "Connectivity state in standby has changed."),
                                                      ("Microsoft-Windows-Time-Service\t37", "The time provider NtpClient is currently receiving valid time data from ntp.plasmanet.internal."),
                                                      ("KioskShell\t1000", "Assigned Access app restarted after unexpected exit (exit code 0xC0000409).")])))
    return [L]


def n_mirth():
    L = Line("mirth")
    rec, fil, que, err = rng.randint(5, 300), rng.randint(0, 3), rng.randint(0, 4), rng.choice([0, 0, 0, 1])
    L.t("INFO  %s [Channel Dispatch Thread on %s (%s)] com.mirth.connect.donkey.server.channel.Channel: stats received=%d filtered=%d queued=%d sent=%d errored=%d" % (
        ts_pylog(), rng.choice(["ORU_IN_NorthStar", "ACK_OUT_DMS", "ORM_OUT_NorthStar"]), uuid4(), rec, fil, que, rec - fil - que - err, err))
    return [L]


def n_hl7_ack():
    out = []
    c = rng.choice(CENTERS)["code"]
    ctrl = "DMS" + digits(9)
    L = Line("hl7_ack")
    L.t("MSH|^~\\&|DMS|PLS%s|NSLIS|NORTHSTAR_PTL|%s||ACK^R01^ACK|%s|P|2.5.1" % (c, ts_hl7(), ctrl))
    out.append(L)
    L = Line("hl7_ack")
    L.t("MSA|AA|NS%s" % digits(10))
    out.append(L)
    return out


def n_machine_selftest():
    L = Line("machine_syslog")
    c = rng.choice(CENTERS)["code"]
    L.t("%s nexsys-%s-%02d PCS[%d]: SELFTEST %s pump_cal=OK valves=OK air_det=OK scale=%.1fg sw=3.2.1.%d serial=NXS-%s" % (
        ts_syslog(), c, rng.randint(1, 24), rng.randint(1000, 9999), rng.choice(["PASS", "PASS", "PASS", "WARN"]), rng.uniform(-0.4, 0.4),
        rng.randint(10, 22), digits(8)))
    return [L]


def n_kiosk_hb():
    L = Line("kiosk_json")
    c = rng.choice(CENTERS)["code"]
    jemit(L, {"kioskId": "HSK-%s-%02d" % (c, rng.randint(1, 6)), "type": "heartbeat", "ts": ts_iso(), "uptimeS": rng.randint(1000, 900000),
              "app": "ScreenKiosk 7.4.%d" % rng.randint(0, 9), "periph": {"bpCuff": "OK", "refractometer": rng.choice(["OK", "OK", "CAL_DUE"]), "hemo": "OK", "printer": rng.choice(["OK", "PAPER_LOW"])}},
          sep=(", ", ": "))
    return [L]


def n_kiosk_cal():
    L = Line("kiosk_serilog")
    L.t("%s [INF] Refractometer zero check: reading %.4f nD (water), tolerance ±0.0002 -> OK {SourceContext=\"Kiosk.Periph.Refracto\"}" % (ts_serilog(), rng.uniform(1.3329, 1.3331)))
    return [L]


def n_campaign_stats():
    L = Line("python_logging")
    sent = rng.randint(500, 9000)
    failed, und = rng.randint(0, 80), rng.randint(0, 60)
    L.t("%s INFO campaigns.stats: campaign=%s channel=%s sent=%d delivered=%d failed=%d undelivered=%d optout=%d cost_usd=%.2f" % (
        ts_pylog(), rng.choice(["winback_60d", "birthday_bonus", "new_donor_bonus_sept", "appt_reminder_24h"]), rng.choice(["sms", "email"]),
        sent, sent - failed - und, failed, und, rng.randint(0, 30), sent * rng.uniform(0.004, 0.0079)))
    return [L]


def n_sig_fail():
    L = Line("python_logging")
    L.t("%s WARNING webhooks.verify: signature mismatch source=%s ip=%s event_id=%s header=%s" % (
        ts_pylog(), rng.choice(["sendgrid", "twilio", "cardprocessor"]), rng.choice(["167.89.118.%d" % rng.randint(1, 200), "54.172.60.%d" % rng.randint(1, 200)]),
        rng.choice(["evt_" + hexs(24), uuid4()]), rng.choice(["X-Twilio-Signature", "X-Twilio-Email-Event-Webhook-Signature", "Processor-Signature"])))
    return [L]


def n_card_program():
    L = Line("card_webhook")
    L.t("%s INFO  [webhook-%d] c.p.payments.ProcessorWebhookController - received " % (ts_logback(), rng.randint(1, 8)))
    jemit(L, {"id": "evt_" + hexs(24), "type": rng.choice(["program.balance.low", "funding.transfer.completed", "settlement.file.ready"]),
              "created": ts_epoch_ms() // 1000, "data": {"program_id": "PRG-PLS-01", "balance": "%.2f" % rng.uniform(20000, 400000),
                                                       "file": "STL_%s_%s.csv" % (loc().strftime("%Y%m%d"), digits(3))}})
    return [L]


def n_stack():
    out = []
    L = Line("java_stack")
    L.t("%s ERROR [nddr-client-%d] c.p.dms.nddr.NddrSoapClient - lookup failed, will retry (attempt %d/3)" % (ts_logback(), rng.randint(1, 4), rng.randint(1, 3)))
    out.append(L)
    L = Line("java_stack")
    L.t("java.net.SocketTimeoutException: Read timed out")
    out.append(L)
    for fr in ["java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)",
               "org.apache.hc.core5.http.impl.io.SessionInputBufferImpl.fillBuffer(SessionInputBufferImpl.java:149)",
               "org.springframework.ws.client.core.WebServiceTemplate.sendAndReceive(WebServiceTemplate.java:579)",
               "c.p.dms.nddr.NddrSoapClient.lookup(NddrSoapClient.java:97)"][: rng.randint(2, 4)]:
        L = Line("java_stack")
        L.t("\tat " + fr)
        out.append(L)
    L = Line("java_stack")
    L.t("\t... %d common frames omitted" % rng.randint(20, 60))
    out.append(L)
    return out


def n_deploy():
    L = Line("deploy")
    svc = rng.choice(["booking-api", "dms-api", "kiosk-gw", "card-webhooks", "hl7-bridge"])
    L.t("%s argocd-application-controller: app=%s sync=Synced health=Healthy revision=%s image=registry.plasmanet.internal/%s:5.12.%d build=%s.%d" % (
        ts_iso(), svc, hexs(40), svc, rng.randint(0, 9), loc().strftime("%Y%m%d"), rng.randint(1, 9)))
    return [L]


def n_config():
    L = Line("logback_dms")
    L.t("%s INFO  [main] c.p.dms.config.StartupReport - %s" % (ts_logback(), rng.choice([
        "dms.nddr.endpoint=https://nddr-ws.registry.example/lookup/v3 timeoutMs=8000 retries=3",
        "dms.eligibility.minIntervalHours=48 maxPer7d=2 minTP=6.0 maxTP=9.0 minHct=38",
        "spring.datasource.url=jdbc:postgresql://pg-prod.plasmanet.internal:5432/dms pool.max=40",
        "dms.cards.program=PLSM-REWARDS-VISA loadCutoff=17:30 timezone=America/Chicago",
        "Started DmsApplication in %.3f seconds (process running for %.3f)" % (rng.uniform(8, 30), rng.uniform(9, 32))])))
    return [L]


def n_supply():
    L = Line("python_logging")
    c = rng.choice(CENTERS)
    L.t("%s INFO inventory.reorder: PO-%s-%s-%03d center=%s item=%s qty=%d lot=%s exp=2026-%02d ship_to=\"%s\"" % (
        ts_pylog(), c["code"], loc().strftime("%Y%m%d"), rng.randint(1, 30), c["code"],
        rng.choice(["ACD-A 500mL", "NaCl 0.9% 1000mL", "PCS disposable kit 0903", "Aurora Xi kit", "Source plasma bottle 1L"]),
        rng.randint(12, 480), "%02d%s%03d" % (rng.randint(23, 24), rng.choice("ABCDEFGHJK"), rng.randint(1, 999)), rng.randint(1, 12), c["addr"]))
    return [L]


def n_oncall():
    L = Line("python_logging")
    c = rng.choice(CENTERS)
    staff = rng.choice([("Reggie Banks", "rbanks"), ("Monique Durand", "mdurand"), ("Tariq Haddad", "thaddad"), ("Erin Solberg", "esolberg")])
    L.t("%s INFO ops.roster: on-call center manager for %s this week: %s, cell %s, %s@plasmanet.example; center line %s ext %d" % (
        ts_pylog(), c["code"], staff[0], phone_fmt(c["ac"] + str(rng.randint(2, 9)) + digits(6), rng.choice(["dash", "paren", "dot"])), staff[1], c["phone"], rng.randint(10, 40)))
    return [L]


def n_backup():
    L = Line("syslog")
    L.t("%s dms-batch-01 pgbackrest[%d]: backup command end: completed successfully (%dms) label=%s-%sF size=%.1fGB sha1=%s" % (
        ts_syslog(), rng.randint(1000, 60000), rng.randint(90000, 900000), loc().strftime("%Y%m%d"), loc().strftime("%H%M%S"), rng.uniform(40, 90), hexs(40)))
    return [L]


def n_alert():
    L = Line("alertmanager")
    L.t('%s level=info component=dispatcher msg="Notify success" receiver=ops-pager alertname=%s severity=%s center=%s fingerprint=%s' % (
        ts_iso(), rng.choice(["KioskOffline", "NddrLatencyHigh", "CardLoadBacklog", "PcsSelfTestWarn"]), rng.choice(["warning", "critical"]),
        rng.choice(CENTERS)["code"], hexs(16)))
    return [L]


def n_center_summary():
    L = Line("python_logging")
    c = rng.choice(CENTERS)
    ci = rng.randint(180, 520)
    L.t("%s INFO reports.daily: center=%s checkins=%d collections=%d deferrals=%d new_donors=%d avg_proc_min=%.1f avg_wait_min=%.1f liters=%.1f" % (
        ts_pylog(), c["code"], ci, ci - rng.randint(5, 40), rng.randint(5, 40), rng.randint(3, 30), rng.uniform(32, 48), rng.uniform(8, 55), ci * 0.8))
    return [L]


def n_pino():
    L = Line("pino_json")
    jemit(L, {"level": rng.choice([30, 30, 40]), "time": ts_epoch_ms(), "pid": rng.randint(20, 90), "hostname": "booking-api-%s" % hexs(5),
              "reqId": "req-%s" % digits(4), "msg": rng.choice(["slot cache refreshed", "rate limit bucket reset", "push batch flushed", "feature flag reloaded"]),
              "center": rng.choice(CENTERS)["code"], "slots": rng.randint(40, 400), "durationMs": rng.randint(2, 900), "traceId": hexs(32), "spanId": hexs(16)})
    return [L]


def n_tls():
    L = Line("syslog")
    L.t("%s edge-01 certbot[%d]: Renewing certificate for book.plasmanet.example; new expiry %s; serial %s" % (
        ts_syslog(), rng.randint(1000, 60000), (loc() + dt.timedelta(days=90)).strftime("%Y-%m-%d"), ":".join(hexs(2) for _ in range(8))))
    return [L]


def n_machine_sw():
    L = Line("machine_syslog")
    c = rng.choice(CENTERS)["code"]
    L.t("%s aurora-%s-%02d AuroraXi[%d]: INFO network sync to DMS ok, %d records pending=0, clock drift %+dms, firmware 2.4.%d (build %d)" % (
        ts_syslog(), c, rng.randint(1, 24), rng.randint(1000, 9999), rng.randint(0, 12), rng.randint(-400, 400), rng.randint(0, 9), rng.randint(1000, 9999)))
    return [L]


def n_csv_ops():
    out = []
    L = Line("ops_csv")
    L.t("date,center,machine,procedures,alarms,avg_ml,downtime_min")
    out.append(L)
    for _ in range(rng.randint(2, 3)):
        c = rng.choice(CENTERS)["code"]
        L = Line("ops_csv")
        L.t("%s,%s,%s-%s-%02d,%d,%d,%d,%d" % (loc().strftime("%Y-%m-%d"), c, rng.choice(["nexsys", "aurora"]), c, rng.randint(1, 24),
                                          rng.randint(10, 30), rng.randint(0, 5), rng.randint(690, 880), rng.randint(0, 60)))
        out.append(L)
    return out


def n_nddr_ok():
    L = Line("nddr_soap")
    L.t("%s DEBUG [nddr-client-%d] c.p.dms.nddr.NddrSoapClient - <<< HTTP 200 (%dms) <soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body><nddr:DonorLookupResponse xmlns:nddr=\"urn:nddr:lookup:v3\"><nddr:QueryId>%s</nddr:QueryId><nddr:MatchStatus>NO_MATCH</nddr:MatchStatus></nddr:DonorLookupResponse></soapenv:Body></soapenv:Envelope>" % (
        ts_logback(), rng.randint(1, 4), rng.randint(120, 2100), uuid4()))
    return [L]


def n_twilio_err():
    L = Line("python_logging")
    L.t("%s ERROR notify.sms: twilio error code=%d status=%d more_info=https://www.twilio.com/docs/errors/%d message_sid=SM%s" % (
        ts_pylog(), *(lambda c: (c, 400, c))(rng.choice([21610, 30007, 30003, 21211])), hexs(32)))
    return [L]


NOISE_GENS = [
    (n_health, 10), (n_nginx_static, 3), (n_klog, 5), (n_pg, 5), (n_redis, 3), (n_metrics, 6), (n_cron, 3), (n_haproxy, 4),
    (n_win, 4), (n_mirth, 4), (n_hl7_ack, 2), (n_machine_selftest, 4), (n_kiosk_hb, 5), (n_kiosk_cal, 2), (n_campaign_stats, 3),
    (n_sig_fail, 2), (n_card_program, 3), (n_stack, 1), (n_deploy, 3), (n_config, 3), (n_supply, 3), (n_oncall, 2), (n_backup, 2),
    (n_alert, 3), (n_center_summary, 3), (n_pino, 5), (n_tls, 1), (n_machine_sw, 3), (n_csv_ops, 1), (n_nddr_ok, 3), (n_twilio_err, 2),
]


REQUIRED = [g_ae_report] * 3 + [g_idscan_photo] * 3 + [g_records_fax] * 2 + [g_security_plate] * 2 + [g_referral_url] * 3 + \
    [g_legacy_export] * 2 + [g_zendesk] * 2 + [g_age_reject] + [g_hl7] * 2 + [g_bounce] * 2 + [g_pino_appt] * 2 + [g_tax_export]
rng.shuffle(REQUIRED)


def pick(gens, last):
    if gens is PHI_GENS and REQUIRED and rng.random() < 0.35:
        return REQUIRED.pop()
    while True:
        g = rng.choices([g for g, _ in gens], weights=[w for _, w in gens])[0]
        if g is not last:
            return g


# --------------------------------------------------------------------------
# assemble
# --------------------------------------------------------------------------
def main():
    lines = []
    last = None
    target_noise = 0.55
    while len(lines) < N_LINES:
        tick()
        n_phi = sum(1 for l in lines if l.spans)
        frac_noise = 1 - n_phi / len(lines) if lines else 1.0
        want_noise = frac_noise < target_noise
        if rng.random() < 0.2:
            want_noise = not want_noise
        g = pick(NOISE_GENS if want_noise else PHI_GENS, last)
        block = g()
        if len(lines) + len(block) > N_LINES:
            continue
        last = g
        lines.extend(block)

    out_log = []
    out_lab = []
    for i, L in enumerate(lines, 1):
        txt = L.text()
        assert "\n" not in txt and "\r" not in txt and txt.strip(), (i, txt)
        b = bytes(L.buf)
        spans = []
        for s, e, cat, val in L.spans:
            assert b[s:e].decode("utf-8") == val, (i, val)
            spans.append({"s": s, "e": e, "cat": cat})
        # no overlaps
        sp = sorted(spans, key=lambda x: x["s"])
        for a, c in zip(sp, sp[1:]):
            assert a["e"] <= c["s"], (i, a, c)
        out_log.append(txt)
        out_lab.append(json.dumps({"line": i, "family": L.fam, "spans": spans}, ensure_ascii=False))
    assert len(out_log) == N_LINES
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_log))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
