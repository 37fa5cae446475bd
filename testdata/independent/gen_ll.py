#!/usr/bin/env python3
"""Synthetic labeled log corpus "ll": a network of paid plasma donation centers.

Systems represented: donor management system (ASP.NET Core / Serilog text and CLEF JSON,
Spring Boot / logback text and ECS JSON, with stack traces), kiosk check-in JSON events,
fingerprint / palm-vein enrolment SDK logs, donor health questionnaire (DHQ) JSON and
key=value audit lines, Aurora-like plasmapheresis serial output, PCS2-like CSV export,
HL7 v2.5.1 ORU^R01 viral-marker / protein results (one segment per line), ASTM E1394
frames from an analyzer, national donor deferral registry (NDDR) XML and JSON lookups,
prepaid debit card payout API calls and pipe-delimited reconciliation files, SMS / email
recruitment campaign logs, donor app crash reports (Sentry-like JSON), nginx access and
error logs, syslog (RFC 3164 and RFC 5424), free-text nurse / phlebotomist notes.

Everything is synthetic. Standard library only, deterministic (fixed seed).
Writes ll.log (500 lines) and ll.labels.jsonl next to this script.

Labeling decisions:
- The center-assigned donor number (e.g. HV412-0045821, HL7 PID-3 "MR") is labeled mrn.
- ISBT 128 donation identification numbers (DIN) and lab sample IDs equal to a DIN are
  labeled other_id: each traces to one donor's donation. Lookback / adverse-event case
  numbers, NDDR registry IDs, hashed donor match keys, app user IDs, usernames and
  personal referral codes are other_id as well.
- Prepaid card PANs, card proxy numbers, payout vendor cardholder IDs and donors' bank
  account numbers are account. Masked values that show at most 4 digits (masked PAN,
  SSN last-4) are NOT labeled. Bank routing numbers (institutions) are not labeled.
- Driver's licence / state ID numbers are license; passport numbers and alien
  registration (A-) numbers are other_id.
- Dates labeled: birth dates, collection / visit dates given as explicit fields (HL7
  OBR-7, ASTM collection date), deferral start / end dates, last / next donation and
  appointment dates, dates of personal history in notes or DHQ answers (tattoo, travel,
  surgery). Not labeled: log, message, transmission, file, batch and settlement
  timestamps, device event timestamps and CSV record timestamps, time of day alone.
- Ages are labeled only when over 89. Weight, hematocrit, BP, protein values are not PHI.
- A full name written as one string (incl. "LAST, FIRST") is one span; names split into
  fields (HL7 components, XML/JSON fields) get one span per field. Middle initials inside
  a contiguous name are part of the span.
- Street line and city form one address span when contiguous ("4127 W Camelback Rd,
  Glendale"); in structured records street and city are separate address spans. The
  ZIP code is always its own zip span. State alone is not labeled.
- Public IPs of donors (donor app / portal requests in nginx, Sentry user.ip_address,
  client of an error) are ip. Private / internal addresses, kiosks, servers, vendor relays
  and crawlers are not labeled.
- Identifiers of a donor's own phone (IDFV, Android ID, push token) are device. Center
  equipment serials (Aurora / PCS2 devices, kiosks, scanners, sensors) are not labeled.
- Fingerprint / palm-vein templates (base64) and their hashes are biometric; match
  scores, quality values and enrolment record UUIDs are not.
- Base64 face images captured by kiosks are photo (base64 payload only, not the
  data: prefix).
- Relatives, emergency contacts, people picking a donor up and recruitment leads are
  labeled like donors. Staff (nurses, phlebotomists, medical specialists, reviewers),
  their employee IDs and work emails, center / vendor addresses, phone and fax numbers,
  and no-reply / support addresses are not labeled.
- Plates of a donor's or relative's vehicle are vehicle. Referral links carrying a
  donor's personal code and social profile URLs are url (the whole URL is one span).
"""
import base64
import hashlib
import json
import os
import random
import unicodedata
from datetime import date, datetime, timedelta

ID = "ll"
R = random.Random(202)
HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- line builder
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, s):
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        if cat is None:
            return self.t(s)
        b = len(s.encode("utf-8"))
        self.spans.append((self.n, self.n + b, cat, s))
        self.buf.append(s)
        self.n += b
        return self

    def a(self, *parts):
        for part in parts:
            if isinstance(part, tuple):
                self.p(part[0], part[1])
            else:
                self.t(part)
        return self

    def text(self):
        return "".join(self.buf)


class P:
    """A PHI scalar inside a JSON structure."""

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class M:
    """A JSON string mixing plain text (str) and PHI parts ((text, cat))."""

    def __init__(self, *parts):
        self.parts = parts


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jw(L, o, sep=(",", ":")):
    if isinstance(o, dict):
        L.t("{")
        first = True
        for k, v in o.items():
            if not first:
                L.t(sep[0])
            first = False
            L.t(json.dumps(k, ensure_ascii=False) + sep[1])
            jw(L, v, sep)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(sep[0])
            jw(L, v, sep)
        L.t("]")
    elif isinstance(o, P):
        if isinstance(o.v, str):
            L.t('"').p(jesc(o.v), o.cat).t('"')
        else:
            L.p(json.dumps(o.v), o.cat)
    elif isinstance(o, M):
        L.t('"')
        for part in o.parts:
            if isinstance(part, tuple):
                L.p(jesc(part[0]), part[1])
            else:
                L.t(jesc(part))
        L.t('"')
    else:
        L.t(json.dumps(o, ensure_ascii=False))
    return L


# ---------------------------------------------------------------- clock
CLK = [datetime(2024, 5, 13, 5, 52, 7, 118000)]
TODAY = date(2024, 5, 13)


def tick(lo=2, hi=95):
    CLK[0] += timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
    return CLK[0]


def ms(d):
    return "%03d" % (d.microsecond // 1000)


def ts_net(d):  # Serilog default text
    return d.strftime("%Y-%m-%d %H:%M:%S.") + ms(d) + " -05:00"


def ts_spring(d):
    return d.strftime("%Y-%m-%d %H:%M:%S.") + ms(d)


def ts_utc(d):
    u = d + timedelta(hours=5)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"


def ts_clef(d):
    u = d + timedelta(hours=5)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%07d" % (u.microsecond * 10) + "Z"


def ts_nginx(d):
    return d.strftime("%d/%b/%Y:%H:%M:%S -0500")


def ts_syslog(d):
    return d.strftime("%b ") + ("%2d" % d.day) + d.strftime(" %H:%M:%S")


def ts_hl7(d):
    return d.strftime("%Y%m%d%H%M%S")


def epoch(d):
    u = d + timedelta(hours=5)
    return round((u - datetime(1970, 1, 1)).total_seconds(), 3)


# ---------------------------------------------------------------- pools
FIRST_F = ["Marisol", "Aaliyah", "Priya", "Siobhán", "Mei-Ling", "Fatima", "Ingrid",
           "Leilani", "Zainab", "Esperanza", "Keisha", "Hana", "Svetlana", "Ngozi",
           "Camila", "Amara", "Lucía", "Rosalind", "Noor", "Ximena", "Kateryna", "Thao",
           "Brittany", "Jennifer", "Ashley", "Anh", "Oluwakemi", "Guadalupe", "Dolores",
           "Tiana", "Yesenia", "Mackenzie", "Roxanne", "Shaniqua", "Beatriz"]
FIRST_M = ["Mateo", "Oluwaseun", "Dmitri", "José", "Kwame", "Rafael", "Chidi", "Tomasz",
           "Björn", "DeShawn", "Yusuf", "Giovanni", "Tariq", "Jean-Luc", "Darnell",
           "Hiroshi", "Bogdan", "Tenzin", "Emeka", "Wei", "Malik", "Carlos", "Cody",
           "Tyrone", "Duc", "Ignacio", "Kaleb", "Dustin", "Abdirahman", "Jesús",
           "Trevor", "Marquis", "Nikolai", "Luis Ángel", "Brayden"]
LAST = ["García-López", "Nguyen", "O'Brien", "Okonkwo", "Kowalczyk", "Al-Masri",
        "Papadopoulos", "Yamamoto", "Szabó", "Björklund", "van der Merwe", "de la Cruz",
        "St. Clair", "MacLeod", "Chaudhry", "Tran", "Kim", "Haddad", "Ivanova",
        "Fernandes", "Mbatha", "Rodríguez", "Washington", "Begay", "Yazzie", "Oyelaran",
        "Dubois", "Schmidt-Heller", "Le", "Abernathy", "Delgado", "Tsosie", "Halvorsen",
        "Quiñones", "Mahmoud", "Novak", "Petrov", "Boateng", "Rahimi", "Jovanović",
        "Morningstar", "Villanueva", "Pham", "Castellanos", "Whitfield", "Ortiz",
        "Johnson", "Smith", "Hernández", "Nwosu", "DeLuca", "Vu", "Warsame", "Ramos"]

CENTERS = [
    # number, city, state, zip3, area, streets, center street
    ("412", "Glendale", "AZ", "853", "623",
     ["W Camelback Rd", "N 59th Ave", "W Maryland Ave", "N 43rd Ave", "W Glendale Ave"],
     "5110 W Northern Ave"),
    ("415", "Killeen", "TX", "765", "254",
     ["E Rancier Ave", "Trimmier Rd", "Stan Schlueter Loop", "W Veterans Memorial Blvd"],
     "2200 E Central Texas Expy"),
    ("418", "El Paso", "TX", "799", "915",
     ["Montana Ave", "Dyer St", "Calle Sonora", "Alameda Ave", "Zaragoza Rd"],
     "9500 Dyer St"),
    ("421", "Dayton", "OH", "454", "937",
     ["Salem Ave", "Smithville Rd", "Wayne Ave", "N Main St"],
     "3131 Salem Ave"),
    ("424", "Fayetteville", "NC", "283", "910",
     ["Bragg Blvd", "Raeford Rd", "Murchison Rd", "Ramsey St"],
     "5500 Raeford Rd"),
    ("427", "Albuquerque", "NM", "871", "505",
     ["Central Ave SE", "Coors Blvd NW", "Isleta Blvd SW", "Menaul Blvd NE"],
     "8900 Central Ave SE"),
    ("430", "Macon", "GA", "312", "478",
     ["Pio Nono Ave", "Eisenhower Pkwy", "Houston Ave", "Vineville Ave"],
     "3661 Eisenhower Pkwy"),
    ("433", "Spokane", "WA", "992", "509",
     ["N Division St", "E Sprague Ave", "W Francis Ave", "N Monroe St"],
     "6412 N Division St"),
    ("436", "Flint", "MI", "485", "810",
     ["Saginaw St", "Dort Hwy", "Clio Rd", "Pierson Rd"],
     "4420 Miller Rd"),
]
CENTER_BY = {c[0]: c for c in CENTERS}

STAFF = [("Jolene Keller", "RN", "20417"), ("Tomas Alvarez", "PHLEB", "20562"),
         ("Marcus Osei", "MSS", "19873"), ("Renata Vidal", "RN", "21044"),
         ("Bryce Holloway", "PHLEB", "21390"), ("Dr. Anil Menon", "MD", "10021"),
         ("Kiara Lindqvist", "RN", "20988"), ("Sam Truong", "PHLEB", "21877")]

ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
HEX = "0123456789abcdef"


def rhex(n):
    return "".join(R.choice(HEX) for _ in range(n))


def ralnum(n, alphabet=ALNUM):
    return "".join(R.choice(alphabet) for _ in range(n))


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def uuid4():
    h = rhex(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def luhn_complete(prefix, length=16):
    body = prefix + rdig(length - 1 - len(prefix))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def public_ip():
    while True:
        a = R.choice([24, 47, 67, 68, 70, 71, 73, 75, 76, 98, 99, 104, 107, 108, 136, 162,
                      166, 172, 173, 174, 184, 199, 208])
        b = R.randint(0, 255)
        if a == 172 and 16 <= b <= 31:
            continue
        return "%d.%d.%d.%d" % (a, b, R.randint(0, 255), R.randint(1, 254))


def dl_for(state):
    if state == "AZ":
        return R.choice("ABD") + rdig(8)
    if state == "TX":
        return rdig(8)
    if state == "OH":
        return ralnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + rdig(6)
    if state == "NC":
        return "0000" + rdig(8)
    if state == "NM":
        return rdig(9)
    if state == "GA":
        return rdig(9)
    if state == "WA":
        return "WDL" + ralnum(9)
    if state == "MI":
        return R.choice("BCDHKLMPRSTW") + rdig(12)
    return rdig(9)


def ssn():
    while True:
        a = R.randint(101, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


class Person:
    pass


def mk_person():
    p = Person()
    p.sex = R.choice("FM")
    p.first = R.choice(FIRST_F if p.sex == "F" else FIRST_M)
    p.last = R.choice(LAST)
    p.mi = R.choice("ABCDEFGHJKLMNPRSTW")
    c = R.choice(CENTERS)
    p.center, p.city, p.state = c[0], c[1], c[2]
    p.zip = c[3] + "%02d" % R.randint(1, 30)
    p.area = c[4]
    p.street = "%d %s%s" % (R.randint(100, 9899), R.choice(c[5]),
                            R.choice(["", "", "", " Apt %d" % R.randint(1, 40),
                                      " #%s" % R.choice("ABCD"), " Unit %d" % R.randint(100, 340),
                                      " Lot %d" % R.randint(1, 90)]))
    p.dob = date(R.randint(1956, 2005), R.randint(1, 12), R.randint(1, 28))
    p.phone = (p.area, "555", "01%02d" % R.randint(0, 99))
    fa = ascii_fold(p.first).lower().replace(" ", "").replace("-", "")
    la = ascii_fold(p.last).lower().replace(" ", "").replace("'", "").replace(".", "")
    yy = "%02d" % (p.dob.year % 100)
    p.email = R.choice([
        "%s.%s@gmail.com" % (fa, la), "%s%s%s@yahoo.com" % (fa, la[:1], yy),
        "%s_%s@outlook.com" % (fa[:1], la), "%s.%s%s@icloud.com" % (la, fa, rdig(2)),
        "%s%s@hotmail.com" % (fa, rdig(3)), "%s.%s@protonmail.com" % (fa, la)])
    p.username = R.choice([fa + la[:1] + yy, la + fa[:2], fa + "_" + rdig(4), fa[:1] + la + yy])
    p.ssn = ssn()
    p.donor = "HV%s-%07d" % (p.center, R.randint(10000, 999999))
    p.dl = dl_for(p.state)
    p.nddr = "NDDR-%s-%s" % (ralnum(4), ralnum(4))
    p.proxy = "44509" + rdig(8)
    p.pan = luhn_complete(R.choice(["541492", "531260", "423977", "485246"]))
    p.chid = "CH" + rdig(8)
    p.uid = "usr_" + ralnum(12, "abcdefghijklmnopqrstuvwxyz0123456789")
    p.ip = public_ip()
    p.ios = R.random() < 0.5
    p.devid = uuid4().upper() if p.ios else rhex(16)
    p.referral = ascii_fold(p.first).upper().replace(" ", "")[:5] + rdig(3)
    p.last_don = TODAY - timedelta(days=R.randint(2, 40))
    p.next_appt = TODAY + timedelta(days=R.randint(1, 12))
    p.plate = R.choice(["%s%s%s" % (rdig(1), ralnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), rdig(3)),
                        "%s-%s" % (ralnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), rdig(4)),
                        "%s %s" % (ralnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), rdig(3))])
    p.acct = rdig(R.choice([9, 10, 12]))
    p.weight = R.randint(112, 290)
    p.hct = R.randint(36, 49)
    return p


PEOPLE = [mk_person() for _ in range(46)]


def person():
    return R.choice(PEOPLE)


def relative():
    r = mk_person()
    return r


def din(center=None):
    center = center or R.choice(CENTERS)[0]
    return "W0%s24%06d" % (center, R.randint(100000, 999999))


def fmt_date(d, style=None):
    style = style if style is not None else R.randint(0, 9)
    if style == 0:
        return d.strftime("%Y-%m-%d")
    if style == 1:
        return d.strftime("%m/%d/%Y")
    if style == 2:
        return d.strftime("%m/%d/%y")
    if style == 3:
        return d.strftime("%d.%m.%Y")
    if style == 4:
        return d.strftime("%Y%m%d")
    if style == 5:
        return d.strftime("%b %d, %Y")
    if style == 6:
        return d.strftime("%d-%b-%Y").upper()
    if style == 7:
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == 8:
        return d.strftime("%B %-d, %Y") if hasattr(d, "strftime") else str(d)
    return d.strftime("%Y/%m/%d")


def fmt_phone(ph, style=None):
    a, e, n = ph
    style = style if style is not None else R.randint(0, 6)
    return ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s%s%s", "+1%s%s%s", "+1 %s %s %s",
            "1-%s-%s-%s"][style] % (a, e, n)


def fmt_name(p, style=None):
    style = style if style is not None else R.randint(0, 7)
    if style == 0:
        return "%s %s" % (p.first, p.last)
    if style == 1:
        return "%s, %s" % (p.last.upper(), p.first.upper())
    if style == 2:
        return "%s, %s %s." % (p.last, p.first, p.mi)
    if style == 3:
        return "%s. %s" % (p.first[0], p.last)
    if style == 4:
        return "%s %s" % (p.first.lower(), p.last.lower())
    if style == 5:
        return "%s %s" % (p.first.upper(), p.last.upper())
    if style == 6:
        return "%s %s. %s" % (p.first, p.mi, p.last)
    return "%s, %s" % (p.last, p.first)


def age_on(dob, d=TODAY):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


def staff():
    return R.choice(STAFF)


def emp_email(name):
    n = name.replace("Dr. ", "").lower().split()
    return "%s.%s@haventideplasma.com" % (n[0], n[-1])


def center_phone(c):
    return "(%s) 555-01%02d" % (CENTER_BY[c][4], int(c) % 50)


# ---------------------------------------------------------------- families
NET_SRC = {
    "reg": "Haventide.DonorHub.Registration.DonorRegistrationService",
    "lookup": "Haventide.DonorHub.Registration.DonorLookupService",
    "idv": "Haventide.DonorHub.Identity.IdVerificationService",
    "ae": "Haventide.DonorHub.Clinical.AdverseEventService",
    "notif": "Haventide.DonorHub.Notifications.SmsNotificationSender",
    "appt": "Haventide.DonorHub.Scheduling.AppointmentService",
    "pay": "Haventide.DonorHub.Payments.DonorCompensationService",
    "ef": "Microsoft.EntityFrameworkCore.Database.Command",
    "host": "Microsoft.AspNetCore.Hosting.Diagnostics",
    "life": "Microsoft.Hosting.Lifetime",
    "hc": "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService",
    "hangfire": "Hangfire.Server.Worker",
    "nddr": "Haventide.DonorHub.Sync.NddrSyncService",
    "fee": "Haventide.DonorHub.Payments.FeeScheduleProvider",
    "polly": "Polly",
    "redis": "StackExchange.Redis.ConnectionMultiplexer",
}


def net_head(L, lvl, src):
    return L.t("%s [%s] %s: " % (ts_net(tick()), lvl, NET_SRC[src]))


def fam_dotnet(phi):
    L = Line("dotnet_serilog")
    if not phi:
        k = R.randint(0, 11)
        if k == 0:
            net_head(L, "INF", "host").t("Request starting HTTP/1.1 GET http://dms-api.internal:8080/health - - -")
        elif k == 1:
            net_head(L, "INF", "host").t("Request finished HTTP/1.1 GET http://dms-api.internal:8080/health - 200 - application/json 2.%04dms" % R.randint(0, 9999))
        elif k == 2:
            net_head(L, "DBG", "hc").t("Health check %s with status Healthy completed after %.4fms with message '(null)'" % (R.choice(["sqlserver", "redis", "payforge-api", "nddr-gateway"]), R.uniform(0.8, 40)))
        elif k == 3:
            net_head(L, "INF", "ef").t("Executed DbCommand (%dms) [Parameters=[@__centerId_0='?' (DbType = Int32), @__visitDate_1='?' (DbType = Date)], CommandType='Text', CommandTimeout='30']" % R.randint(2, 180))
        elif k == 4:
            net_head(L, "INF", "hangfire").t("Job 'PayoutBatchJob.Run' (id %d) succeeded in %.3fs, loads=%d, total=$%s" % (R.randint(40000, 49999), R.uniform(1, 9), R.randint(40, 220), "{:,}.00".format(R.randint(3000, 19000))))
        elif k == 5:
            net_head(L, "INF", "nddr").t("NDDR delta sync complete: {:,} records, 0 errors, took 00:00:0{}.{:04d}".format(R.randint(200, 4000), R.randint(1, 9), R.randint(0, 9999)))
        elif k == 6:
            net_head(L, "WRN", "polly").t("Retry %d of 3 after %dms for PayForge POST /v2/cards/loads (HttpRequestException: Connection reset by peer)" % (R.randint(1, 3), R.choice([200, 400, 800])))
        elif k == 7:
            net_head(L, "INF", "fee").t("Loaded fee schedule FS-2024-05 (new donor promo $%d over %d visits, repeat $%d/$%d) for center %s" % (R.choice([700, 800, 900]), R.choice([5, 6, 8]), R.choice([35, 40, 45]), R.choice([60, 65, 70]), R.choice(CENTERS)[0]))
        elif k == 8:
            net_head(L, "INF", "life").t(R.choice(["Now listening on: http://[::]:8080", "Application started. Press Ctrl+C to shut down.", "Hosting environment: Production", "Content root path: /app"]))
        elif k == 9:
            net_head(L, "WRN", "redis").t("Connection to redis-dms-0%d.internal:6379 restored after %dms (InteractiveConnection)" % (R.randint(1, 3), R.randint(40, 900)))
        elif k == 10:
            c = R.choice(CENTERS)[0]
            net_head(L, "INF", "appt").t("Slot grid rebuilt for center %s on 2024-05-%02d: %d bays, %d slots, %d booked" % (c, R.randint(14, 20), R.randint(18, 40), R.randint(200, 480), R.randint(40, 300)))
        else:
            net_head(L, "ERR", "notif").t("Twilio returned 429 Too Many Requests for messaging service MG%s; backing off 1500ms" % rhex(32))
        return [L]
    p = person()
    k = R.randint(0, 12)
    if k == 0:
        net_head(L, "INF", "reg").a("Registered new donor ", (p.donor, "mrn"), " ", (fmt_name(p, 1), "name"),
                                    " DOB ", (fmt_date(p.dob, 0), "date"), " center ", p.center)
    elif k == 1:
        net_head(L, "INF", "ef").a("Executed DbCommand (%dms) [Parameters=[@__ssn_0='" % R.randint(3, 40), (p.ssn, "ssn"),
                                   "' (Size = 11), @__centerId_1='%s'], CommandType='Text', CommandTimeout='30']" % p.center)
    elif k == 2:
        o = R.choice(PEOPLE)
        net_head(L, "WRN", "lookup").a("Duplicate check matched existing donor ", (o.donor, "mrn"),
                                       " on (LastName='", (o.last, "name"), "', Dob='", (fmt_date(o.dob, 1), "date"),
                                       "', Last4='", o.ssn[-4:], "'); routing to MSS review")
    elif k == 3:
        net_head(L, "INF", "idv").a("Scanned %s %s " % (R.choice(["DL", "DL", "ID"]), p.state), (p.dl, "license"),
                                    " for donor ", (p.donor, "mrn"), "; AAMVA barcode parsed, name match score 0.%02d" % R.randint(85, 99))
    elif k == 4:
        s = staff()
        net_head(L, "WRN", "ae").a("Adverse event ",
                                   ("AE-2024-%s-%04d" % (p.center, R.randint(1, 400)), "other_id"),
                                   " recorded for donor ", (p.donor, "mrn"), ": type=%s severity=%s reportedBy=%s(%s)" % (
                                       R.choice(["VASOVAGAL", "CITRATE_REACTION", "INFILTRATION", "HEMATOMA"]),
                                       R.choice(["MILD", "MODERATE"]), s[0].split()[-1], s[2]))
    elif k == 5:
        net_head(L, "INF", "appt").a("Appointment booked for ", (p.donor, "mrn"), " on ",
                                     (fmt_date(p.next_appt, R.choice([0, 1, 5])), "date"),
                                     " %02d:%s bay %d via %s" % (R.randint(6, 18), R.choice(["00", "15", "30", "45"]), R.randint(1, 36), R.choice(["app", "web", "kiosk", "phone"])))
    elif k == 6:
        net_head(L, "ERR", "notif").a("Failed to send SMS to ", (fmt_phone(p.phone, 4), "phone"),
                                      ": 21610 Attempt to send to unsubscribed recipient (donor ", (p.donor, "mrn"), ")")
    elif k == 7:
        old = mk_person()
        net_head(L, "INF", "reg").a("Address changed for donor ", (p.donor, "mrn"), ": '", (old.street, "address"),
                                    "' -> '", (p.street + ", " + p.city, "address"), ", %s " % p.state, (p.zip, "zip"), "'")
    elif k == 8:
        net_head(L, "INF", "pay").a("Compensation $%d.00 queued for donor " % R.choice([30, 40, 50, 70, 100, 150]), (p.donor, "mrn"),
                                    " visit %d/5 promo NEWDONOR-MAY card proxy " % R.randint(1, 5), (p.proxy, "account"))
    elif k == 10:
        payer, mid = R.choice([("AHCCCS", R.choice("AB") + rdig(8)), ("Medicaid", rdig(10)), ("BCBS", "XOF" + rdig(9)),
                               ("Ambetter", "U" + rdig(10)), ("TRICARE", rdig(11))])
        net_head(L, "WRN", "ae").a("Donor ", (p.donor, "mrn"), " transported by EMS after AE, coverage on file %s member " % payer, (mid, "health_plan"),
                                   " group ", ("G" + rdig(6), "health_plan"), "; incident report IR-%s-%d" % (p.center, R.randint(100, 999)))
    elif k == 11:
        fx = (p.area, "555", "01%02d" % R.randint(0, 99))
        net_head(L, "WRN", "reg").a("Legacy import row %d for donor " % R.randint(1000, 90000), (p.donor, "mrn"), ": HOME_PH='", (fmt_phone(p.phone, 1), "phone"),
                                    "' FAX_NBR='", (fmt_phone(fx, R.choice([0, 1, 3])), "fax"), "' mapped, FAX_NBR dropped (no target column)")
    else:
        age = R.randint(90, 97)
        bad = date(TODAY.year - age - (1 if (p.dob.month, p.dob.day) > (TODAY.month, TODAY.day) else 0), p.dob.month, p.dob.day)
        assert age_on(bad) == age
        net_head(L, "WRN", "reg").a("Eligibility rejected for ", (fmt_name(p, 0), "name"), ": computed age ", (str(age), "age"),
                                    " outside 18-69 (DOB entered ", (fmt_date(bad, 1), "date"), "), likely keying error, kiosk=KSK-%s-0%d" % (p.center, R.randint(1, 4)))
    return [L]


def fam_dotnet_exc():
    lines = []
    L = Line("dotnet_serilog")
    net_head(L, "ERR", "pay").t("Card load failed for batch PB-%s-%d, will retry on next run" % (R.choice(CENTERS)[0], R.randint(1000, 9999)))
    lines.append(L)
    for s in ["System.Net.Http.HttpRequestException: An error occurred while sending the request.",
              " ---> System.IO.IOException: Unable to read data from the transport connection: Connection reset by peer.",
              "   at System.Net.Http.HttpConnection.SendAsyncCore(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)",
              "   at Haventide.DonorHub.Payments.PayForgeClient.LoadCardAsync(LoadRequest req, CancellationToken ct) in /src/Haventide.DonorHub.Payments/PayForgeClient.cs:line 118",
              "   at Haventide.DonorHub.Payments.PayoutBatchJob.Run(PerformContext ctx) in /src/Haventide.DonorHub.Payments/PayoutBatchJob.cs:line 64"]:
        lines.append(Line("dotnet_serilog").t(s))
    return lines


CLEF_TPL = [
    ("Donor {DonorNumber} checked in at {CenterCode} via {Method}", "Haventide.DonorHub.Kiosk.CheckInHandler"),
    ("Vitals recorded for {DonorNumber}: weight {WeightLb} lb, HCT {Hct}%, TP {TotalProtein} g/dL", "Haventide.DonorHub.Clinical.VitalsService"),
    ("Emergency contact updated for {DonorNumber}", "Haventide.DonorHub.Registration.ContactService"),
    ("Next eligible donation for {DonorNumber} set to {NextEligible}", "Haventide.DonorHub.Scheduling.EligibilityCalculator"),
]


def fam_clef(phi):
    L = Line("dotnet_clef")
    t = ts_clef(tick())
    if not phi:
        o = R.choice([
            {"@t": t, "@mt": "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms",
             "@r": ["%.4f" % R.uniform(1, 300)], "RequestMethod": "GET", "RequestPath": R.choice(["/api/v2/centers/%s/queue" % R.choice(CENTERS)[0], "/api/v2/fees/current", "/health/ready"]),
             "StatusCode": 200, "Elapsed": round(R.uniform(1, 300), 4), "SourceContext": "Serilog.AspNetCore.RequestLoggingMiddleware",
             "RequestId": "0HN3%s:%08X" % (ralnum(9), R.randint(1, 400)), "ConnectionId": "0HN3" + ralnum(9)},
            {"@t": t, "@mt": "Queue depth for center {CenterCode} is {Depth}", "CenterCode": R.choice(CENTERS)[0], "Depth": R.randint(0, 40),
             "SourceContext": "Haventide.DonorHub.Kiosk.QueueMonitor", "MachineName": "dms-app-0%d" % R.randint(1, 4)},
            {"@t": t, "@mt": "Outbox dispatched {Count} messages to {Topic} in {ElapsedMs} ms", "Count": R.randint(1, 80),
             "Topic": R.choice(["dms.visits.v2", "dms.payouts.v1", "dms.deferrals.v1"]), "ElapsedMs": R.randint(3, 200),
             "SourceContext": "Haventide.DonorHub.Messaging.OutboxDispatcher", "TraceId": rhex(32), "SpanId": rhex(16)},
            {"@t": t, "@mt": "Certificate for {Host} expires in {Days} days", "@l": "Warning", "Host": "nddr-gw.haventideplasma.com", "Days": R.randint(5, 29),
             "SourceContext": "Haventide.DonorHub.Infrastructure.CertWatcher"},
        ])
        return [jw(L, o)]
    p = person()
    k = R.randint(0, 5)
    if k == 5:
        o = {"@t": t, "@mt": "Push registration stored for {DonorNumber} on {Platform} ({DeviceId})", "DonorNumber": P(p.donor, "mrn"),
             "Platform": "ios" if p.ios else "android", "DeviceId": P(p.devid, "device"), "AppVersion": "4.12.%d" % R.randint(0, 3),
             "SourceContext": "Haventide.DonorHub.Notifications.PushRegistrationService"}
        return [jw(L, o)]
    if k == 4:
        o = {"@t": t, "@mt": "Adverse event {CaseNumber} closed for {DonorNumber}, outcome {Outcome}", "@l": "Warning",
             "CaseNumber": P("AE-2024-%s-%04d" % (p.center, R.randint(1, 400)), "other_id"), "DonorNumber": P(p.donor, "mrn"),
             "Outcome": R.choice(["ED_VISIT_RELEASED", "RESOLVED_ONSITE"]),
             "Coverage": {"Payer": R.choice(["Medicaid", "Aetna Better Health", "Molina", "UHC Community Plan"]), "MemberId": P(R.choice(["", "M", "U"]) + rdig(R.choice([9, 10, 11])), "health_plan")},
             "SourceContext": "Haventide.DonorHub.Clinical.AdverseEventService"}
        return [jw(L, o)]
    mt, src = CLEF_TPL[k]
    if k == 0:
        o = {"@t": t, "@mt": mt, "DonorNumber": P(p.donor, "mrn"), "CenterCode": p.center, "Method": R.choice(["Palm", "Fingerprint", "Manual"]),
             "SourceContext": src, "RequestId": "0HN3%s:%08X" % (ralnum(9), R.randint(1, 400))}
    elif k == 1:
        o = {"@t": t, "@mt": mt, "DonorNumber": P(p.donor, "mrn"), "WeightLb": p.weight, "Hct": p.hct,
             "TotalProtein": round(R.uniform(6.0, 8.4), 1), "SourceContext": src, "UserName": "emp%s" % staff()[2]}
    elif k == 2:
        r = relative()
        o = {"@t": t, "@mt": mt, "DonorNumber": P(p.donor, "mrn"),
             "Contact": {"Name": P(fmt_name(r, 0), "name"), "Relationship": R.choice(["Spouse", "Mother", "Brother", "Friend", "Daughter"]),
                         "Phone": P(fmt_phone(r.phone), "phone")},
             "SourceContext": src}
    else:
        o = {"@t": t, "@mt": mt, "DonorNumber": P(p.donor, "mrn"), "NextEligible": P(p.next_appt.isoformat() + "T00:00:00", "date"),
             "Rule": R.choice(["2-in-7", "48h-min", "FDA-2024-nomogram"]), "SourceContext": src}
    return [jw(L, o)]


def sp_head(L, lvl, thread, logger):
    return L.t("%s %5s %d --- [%15s] %-40s : " % (ts_spring(tick()), lvl, 18234, thread[-15:], logger))


def fam_spring(phi):
    L = Line("spring_boot")
    th = R.choice(["nio-8443-exec-%d" % R.randint(1, 10), "main", "scheduling-1", "ntainer#0-0-C-1", "mllp-worker-%d" % R.randint(1, 4)])
    if not phi:
        k = R.randint(0, 8)
        if k == 0:
            sp_head(L, "DEBUG", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool").t(
                "HikariPool-1 - Pool stats (total=20, active=%d, idle=%d, waiting=0)" % ((lambda a: (a, 20 - a))(R.randint(0, 9))))
        elif k == 1:
            sp_head(L, "INFO", "ntainer#0-0-C-1", "o.s.k.l.KafkaMessageListenerContainer").t(
                "dms-lab-results: partitions assigned: [lab.results.v1-0, lab.results.v1-1, lab.results.v1-2]")
        elif k == 2:
            sp_head(L, "INFO", "main", "c.h.dms.DmsScreeningApplication").t(
                "Started DmsScreeningApplication in %.3f seconds (process running for %.3f)" % (R.uniform(9, 20), R.uniform(20, 24)))
        elif k == 3:
            sp_head(L, "INFO", th, "c.h.dms.lab.Hl7MllpListener").t(
                "MLLP connection accepted from 10.41.%d.%d:%d (VIRALAB interface)" % (R.randint(0, 9), R.randint(2, 250), R.randint(40000, 65000)))
        elif k == 4:
            sp_head(L, "WARN", th, "o.h.engine.jdbc.spi.SqlExceptionHelper").t("SQL Error: 0, SQLState: 40001")
        elif k == 5:
            sp_head(L, "INFO", "scheduling-1", "c.h.dms.payout.ReconciliationJob").t(
                "Recon file PF_RECON_%s_20240512.psv matched %d/%d rows, 0 exceptions" % ((R.choice(CENTERS)[0],) + (lambda n: (n, n))(R.randint(80, 240))))
        elif k == 6:
            sp_head(L, "INFO", th, "c.h.dms.lab.ResultRouter").t(
                "ORU batch VLB%s processed: %d OBX, %d reactive, %d pending confirm" % (rdig(13), R.randint(100, 900), 0, R.randint(0, 3)))
        elif k == 7:
            sp_head(L, "DEBUG", th, "org.hibernate.SQL").t(
                "select d1_0.donor_id,d1_0.center_id,d1_0.status from donor d1_0 where d1_0.donor_no=? and d1_0.deleted=false")
        else:
            sp_head(L, "INFO", th, "c.h.dms.screening.DhqVersionService").t(
                "Active DHQ version 2.1-PPTA (47 questions, locales=[en, es, vi, ht, so, uk])")
        return [L]
    p = person()
    k = R.randint(0, 8)
    if k == 0:
        v = R.choice([p.last, p.first, fmt_date(p.dob, 0), p.email])
        cat = "date" if v[:2] in ("19", "20") else ("email" if "@" in v else "name")
        sp_head(L, "TRACE", th, "org.hibernate.orm.jdbc.bind").a(
            "binding parameter (%d:VARCHAR) <- [" % R.randint(1, 6), (v, cat), "]")
    elif k == 1:
        until = TODAY + timedelta(days=R.choice([1, 2, 28, 56, 365]))
        sp_head(L, "INFO", th, "c.h.dms.screening.VitalsService").a(
            "Deferral applied donor=", (p.donor, "mrn"), " reason=HCT_LOW(%d%%) from=" % R.randint(30, 37),
            (TODAY.isoformat(), "date"), " until=", (until.isoformat(), "date"))
    elif k == 2:
        sp_head(L, "WARN", th, "c.h.dms.lab.ResultRouter").a(
            "Reactive %s for DIN " % R.choice(["HBsAg", "anti-HCV", "HIV-1/2 Ab", "HCV NAT"]), (din(p.center), "other_id"), " donor ",
            (p.donor, "mrn"), " -> lookback case ", ("LB-24-%04d" % R.randint(1, 900), "other_id"), " opened, quarantine 60d")
    elif k == 3:
        sp_head(L, "INFO", th, "c.h.dms.screening.DhqController").a(
            "DHQ submitted donor=", (p.donor, "mrn"), " name=\"", (fmt_name(p, R.choice([0, 2, 6])), "name"), "\" flagged=%d duration=%ds" % (R.randint(0, 3), R.randint(200, 900)))
    elif k == 4:
        sp_head(L, "INFO", th, "c.h.dms.nddr.NddrClient").a(
            "NDDR inquiry for ", (p.last.upper(), "name"), "/", (p.first.upper(), "name"), " dob=", (fmt_date(p.dob, 4), "date"),
            " result=%s latency=%dms" % (R.choice(["NO_MATCH", "NO_MATCH", "NO_MATCH", "MATCH_TEMP"]), R.randint(40, 900)))
    elif k == 5:
        sp_head(L, "INFO", th, "c.h.dms.donor.ContactController").a(
            "PATCH /donors/", (p.donor, "mrn"), "/contact email=", (p.email, "email"), " phone=", (fmt_phone(p.phone, 3), "phone"))
    elif k == 7:
        fx = (p.area, "555", "01%02d" % R.randint(0, 99))
        sp_head(L, "INFO", th, "c.h.dms.records.ReleaseService").a(
            "Records release REL-24-%05d for donor " % R.randint(1, 99999), (p.donor, "mrn"), " transmitted via eFax to donor-designated number ",
            (fmt_phone(fx, R.choice([1, 4])), "fax"), " pages=%d status=SUCCESS" % R.randint(2, 9))
    else:
        sp_head(L, "WARN", th, "c.h.dms.donor.IdentityService").a(
            "Passport used as primary ID for donor ", (p.donor, "mrn"), ": ", ("%s%s" % (R.choice("ACEGHNPX"), rdig(8)), "other_id"),
            " (issuing country %s), secondary proof of address required" % R.choice(["MEX", "PHL", "UKR", "NGA", "HND", "VNM"]))
    return [L]


def fam_spring_exc(phi):
    lines = []
    th = "nio-8443-exec-%d" % R.randint(1, 10)
    if phi:
        p, o = person(), person()
        L = Line("spring_boot")
        sp_head(L, "ERROR", th, "o.a.c.c.C.[.[.[/].[dispatcherServlet]").a(
            "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: "
            "com.haventide.dms.donor.DuplicateDonorException: SSN ", (p.ssn.replace("-", ""), "ssn"), " already registered to donor ",
            (o.donor, "mrn"), " (", (o.last.upper() + ", " + o.first.upper(), "name"), ")] with root cause")
        lines.append(L)
        L = Line("spring_boot")
        L.a("com.haventide.dms.donor.DuplicateDonorException: SSN ", (p.ssn.replace("-", ""), "ssn"), " already registered to donor ",
            (o.donor, "mrn"), " (", (o.last.upper() + ", " + o.first.upper(), "name"), ")")
        lines.append(L)
        frames = ["\tat com.haventide.dms.donor.DonorService.register(DonorService.java:143)",
                  "\tat com.haventide.dms.donor.DonorController.create(DonorController.java:77)",
                  "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
                  "\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)"]
    else:
        L = Line("spring_boot")
        sp_head(L, "ERROR", "scheduling-1", "c.h.dms.payout.PayoutService").t(
            "Load request failed for batch PB-%s-%d (attempt %d/5)" % (R.choice(CENTERS)[0], R.randint(1000, 9999), R.randint(1, 5)))
        lines.append(L)
        lines.append(Line("spring_boot").t("org.springframework.web.client.ResourceAccessException: I/O error on POST request for \"https://api.payforge.example/v2/cards/loads\": Read timed out"))
        frames = ["\tat org.springframework.web.client.RestTemplate.createResourceAccessException(RestTemplate.java:905)",
                  "\tat com.haventide.dms.payout.PayForgeClient.postLoad(PayForgeClient.java:212)",
                  "\tat com.haventide.dms.payout.PayoutService.lambda$run$3(PayoutService.java:96)",
                  "Caused by: java.net.SocketTimeoutException: Read timed out",
                  "\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)",
                  "\t... 41 common frames omitted"]
    for f in frames:
        lines.append(Line("spring_boot").t(f))
    return lines


def fam_ecs(phi):
    L = Line("ecs_json")
    base = {"@timestamp": ts_utc(tick()), "log.level": "INFO", "message": None, "ecs.version": "1.2.0",
            "service.name": "dms-payout", "event.dataset": "dms-payout.log",
            "process.thread.name": "payout-worker-%d" % R.randint(1, 6), "log.logger": "com.haventide.dms.payout.LoadService",
            "trace.id": rhex(32), "transaction.id": rhex(16)}
    if not phi:
        base["message"] = R.choice(["Batch PB-%s-%d closed: %d loads, $%d.00" % (R.choice(CENTERS)[0], R.randint(1000, 9999), R.randint(20, 200), R.randint(1000, 12000)),
                                    "Program funding balance $%s.%02d below threshold $50,000.00" % ("{:,}".format(R.randint(20000, 49000)), R.randint(0, 99)),
                                    "OAuth token refreshed for client haventide-prod, expires_in=3600"])
        return [jw(L, base)]
    p = person()
    base["message"] = "Load posted"
    base["labels"] = {"donorNo": P(p.donor, "mrn"), "cardProxy": P(p.proxy, "account"), "amountUsd": "%d.00" % R.choice([40, 50, 70, 100]),
                      "maskedPan": p.pan[:6] + "******" + p.pan[-4:], "center": p.center}
    return [jw(L, base)]


def fam_kiosk(phi):
    L = Line("kiosk_json")
    c = R.choice(CENTERS)[0]
    kid = "KSK-%s-0%d" % (c, R.randint(1, 4))
    t = ts_utc(tick())
    if not phi:
        o = R.choice([
            {"ts": t, "kiosk": kid, "evt": "heartbeat", "cpu": round(R.uniform(3, 60), 1), "mem_mb": R.randint(600, 1400), "printer": R.choice(["OK", "OK", "PAPER_LOW"]),
             "scanner": "OK", "palm": "OK", "fw": "2.8.%d" % R.randint(10, 16), "uptime_s": R.randint(1000, 900000)},
            {"ts": t, "kiosk": kid, "evt": "checkin.nomatch", "bio": "palm", "score": round(R.uniform(0.2, 0.6), 4), "attempt": R.randint(1, 3)},
            {"ts": t, "kiosk": kid, "evt": "session.timeout", "screen": R.choice(["dhq_q12", "language_select", "photo_capture"]), "idle_s": 90},
            {"ts": t, "kiosk": kid, "evt": "queue.stats", "waiting": R.randint(0, 30), "avg_wait_min": round(R.uniform(4, 55), 1), "bays_free": R.randint(0, 12)},
        ])
        return [jw(L, o)]
    p = person()
    k = R.choice([0, 0, 1, 1, 2, 3, 4])
    if k == 0:
        o = {"ts": t, "kiosk": kid, "evt": "checkin.match", "donorNo": P(p.donor, "mrn"), "bio": R.choice(["palm", "finger"]),
             "score": round(R.uniform(0.93, 0.999), 4), "queue": R.randint(1, 30), "visit": R.choice(["RETURN", "RETURN", "NEW", "REACTIVATE"])}
    elif k == 1:
        img = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
                               + bytes(R.randint(0, 255) for _ in range(R.randint(90, 140)))).decode()
        o = {"ts": t, "kiosk": kid, "evt": "photo.capture", "donorNo": P(p.donor, "mrn"), "w": 480, "h": 640,
             "img": M("data:image/jpeg;base64,", (img, "photo")), "truncated": True, "bytes": R.randint(30000, 70000)}
    elif k == 2:
        o = {"ts": t, "kiosk": kid, "evt": "checkin.manual_lookup", "lastName": P(p.last, "name"),
             "dob": P(fmt_date(p.dob, 1), "date"), "results": R.randint(1, 2), "staffOverride": "emp%s" % staff()[2]}
    elif k == 3:
        o = {"ts": t, "kiosk": kid, "evt": "parking.validate", "donorNo": P(p.donor, "mrn"), "plate": P(p.plate, "vehicle"), "state": p.state, "lot": "B"}
    else:
        o = {"ts": t, "kiosk": kid, "evt": "profile.confirm", "donorNo": P(p.donor, "mrn"), "phone": P(fmt_phone(p.phone, 3), "phone"),
             "zip": P(p.zip, "zip"), "lang": R.choice(["en", "es", "vi", "ht", "so"])}
    return [jw(L, o, (", ", ": ") if R.random() < 0.3 else (",", ":"))]


def fam_bio(phi):
    L = Line("biometric_sdk")
    t = ts_spring(tick())
    c = R.choice(CENTERS)[0]
    if not phi:
        L.t("%s [%s] %s " % (t, R.choice(["PalmSecureSDK", "FPSDK"]), R.choice(["INFO ", "WARN ", "DEBUG"])))
        L.t(R.choice([
            "sensor connected VID_04C5&PID_1526 fw=V31L%02d serial=PS%s" % (R.randint(10, 40), rdig(8)),
            "capture timeout after 8000ms (no hand detected)",
            "LED calibration ok gain=%d exposure=%dus" % (R.randint(8, 30), R.randint(300, 900)),
            "liveness config: mode=STRICT threshold=0.%d" % R.randint(70, 95),
            "U.are.U 4500 reader attached, serial=UR4500-%s, driver 3.4.1" % rdig(7),
            "template DB vacuum: %d templates, %d orphaned removed" % (R.randint(8000, 40000), R.randint(0, 40)),
            "verify 1:N search %d candidates in %dms" % (R.randint(4000, 30000), R.randint(20, 400))]))
        return [L]
    p = person()
    if R.random() < 0.5:
        tpl = base64.b64encode(b"FMR\x00 20\x00\x00\x00\x01" + bytes(R.randint(0, 255) for _ in range(R.randint(48, 72)))).decode()
        L.a("%s [FPSDK] INFO  enroll finger=%s quality=%d nfiq2=%d subject=" % (t, R.choice(["R_INDEX", "L_INDEX", "R_THUMB"]), R.randint(60, 99), R.randint(40, 90)),
            (p.donor, "mrn"), " template(ISO19794-2,b64)=", (tpl, "biometric"))
    else:
        h = hashlib.sha256(("%s%d" % (p.donor, R.random())).encode()).hexdigest()
        L.a("%s [PalmSecureSDK] INFO  enroll ok hand=%s templates=3 quality=[%d,%d,%d] subject=" % (t, R.choice("RL"), R.randint(70, 99), R.randint(70, 99), R.randint(70, 99)),
            (p.donor, "mrn"), " enrollment=%s template_sha256=" % uuid4(), (h, "biometric"))
    return [L]


DHQ_Q = ["q01_feel_well", "q02_meds_last_7d", "q05_pregnant_6wk", "q08_tattoo_12mo", "q09_piercing_12mo",
         "q11_transfusion_12mo", "q14_travel_malaria", "q17_msm_3mo", "q19_hepatitis_contact", "q22_surgery_12mo",
         "q27_incarcerated_72h", "q31_vaccine_4wk"]


def fam_dhq(phi):
    if R.random() < 0.5:
        L = Line("dhq_json")
        resp = {q: R.choice(["N", "N", "N", "Y"]) for q in R.sample(DHQ_Q, 6)}
        if not phi:
            o = {"dhqVersion": "2.1-PPTA", "center": R.choice(CENTERS)[0], "sessionId": uuid4(), "lang": R.choice(["en", "es", "vi"]),
                 "responses": resp, "completedSec": R.randint(180, 900), "flags": []}
            return [jw(L, o)]
        p = person()
        o = {"dhqVersion": "2.1-PPTA", "donorNumber": P(p.donor, "mrn"), "sessionId": uuid4(), "responses": resp}
        k = R.randint(0, 2)
        d = TODAY - timedelta(days=R.randint(20, 300))
        if k == 0:
            o["comments"] = {"q08_tattoo_12mo": M("tattoo L forearm at licensed shop, done ", (fmt_date(d, R.choice([1, 2, 7])), "date"))}
        elif k == 1:
            o["comments"] = {"q14_travel_malaria": M("visited family in %s, returned " % R.choice(["Lagos", "Tegucigalpa", "Port-au-Prince", "Mogadishu"]), (fmt_date(d, 5), "date"))}
        else:
            o["comments"] = {"q22_surgery_12mo": M("gallbladder removed at St. Joseph's on ", (fmt_date(d, 0), "date"), ", cleared by own doctor")}
        o["flags"] = [list(o["comments"])[0]]
        resp[o["flags"][0]] = "Y"
        return [jw(L, o)]
    L = Line("dhq_kv")
    t = ts_utc(tick())
    if not phi:
        L.t(R.choice([
            "%s DHQ_STATS center=%s completed=%d avg_sec=%d flagged=%d abandoned=%d" % (t, R.choice(CENTERS)[0], R.randint(40, 200), R.randint(200, 600), R.randint(0, 12), R.randint(0, 5)),
            "%s DHQ_CONFIG version=2.1-PPTA questions=47 audio=on locales=en,es,vi,ht,so,uk" % t,
            "%s DHQ_REVIEW queue=%d oldest_min=%d reviewer=emp%s" % (t, R.randint(0, 15), R.randint(0, 40), staff()[2])]))
        return [L]
    p = person()
    s = staff()
    d = TODAY - timedelta(days=R.randint(5, 200))
    q, what = R.choice([("Q09", "donor reports piercing "), ("Q14", "pt states back from Honduras "), ("Q22", "ear surgery "), ("Q08", "new tattoo ")])
    L.a("%s DHQ_AUDIT donor=" % t, (p.donor, "mrn"), " q=%s ans=Y flagged=true reviewer=emp%s decision=%s note=\"" % (q, s[2], R.choice(["ACCEPT", "DEFER_TEMP"])),
        what, (fmt_date(d, R.choice([1, 3, 6])), "date"), "\"")
    return [L]


def fam_aurora(phi):
    L = Line("aurora_serial")
    d = tick(1, 20)
    sn = "AX4%04d" % R.choice([1872, 1873, 2210, 2231, 3094])
    head = "AUR>%s SN:%s " % (d.strftime("%Y-%m-%d %H:%M:%S"), sn)
    if not phi:
        k = R.randint(0, 4)
        if k <= 1:
            L.t(head + "EVT:CYCLE_END C=%d/%d WB=%d PL=%d AC=%d SAL=0 PDR=-%d PRT=+%d QD=%d QR=%d" % (
                R.randint(1, 7), 7, R.randint(300, 2400), R.randint(100, 880), R.randint(20, 160), R.randint(20, 60), R.randint(60, 180), R.randint(70, 110), R.randint(90, 140)))
        elif k == 2:
            L.t(head + "ALM:%s %s ACK:OP" % R.choice([("A21", "LOW_DRAW_PRESSURE"), ("A07", "AIR_IN_RETURN_LINE"), ("A33", "PLASMA_BOTTLE_WEIGHT"), ("A12", "CUFF_PRESSURE_HIGH")]))
        elif k == 3:
            L.t(head + "SELFTEST PASS PUMPS=OK VALVES=OK SCALE=OK OPT=OK FW=4.2.%d" % R.randint(1, 9))
        else:
            L.t(head + "EVT:PROC_END REASON=%s PL=%d DUR=%d:%02d" % (R.choice(["TARGET_REACHED", "TARGET_REACHED", "OPERATOR_STOP"]), R.randint(600, 880), R.randint(30, 60), R.randint(0, 59)))
        return [L]
    p = person()
    L.a(head + "EVT:PROC_START DIN:", (din(p.center), "other_id"), " DNR:", (p.donor, "mrn"),
        " WT:%dLB HCT:%d TGT:%d NOMO:FDA-2024 OP:%s" % (p.weight, p.hct, R.choice([690, 825, 880]), staff()[2]))
    return [L]


PCS2_HEADER = "RecordNo,Timestamp,DeviceSN,Operator,DIN,DonorID,Weight_lb,Hct,TargetPlasma_mL,CollectedPlasma_mL,AC_Used_mL,Cycles,Duration_min,EndReason"


def fam_pcs2():
    lines = [Line("pcs2_csv").t(PCS2_HEADER)]
    rec = R.randint(10000, 90000)
    for _ in range(R.randint(3, 6)):
        L = Line("pcs2_csv")
        rec += 1
        d = tick(30, 300)
        sn = "PCS2-%05d" % R.choice([11842, 11847, 12009])
        if R.random() < 0.35:
            L.t("%d,%s,%s,%s,,,,,0,0,%d,1,%d,%s" % (rec, d.strftime("%m/%d/%Y %H:%M"), sn, staff()[2], R.randint(20, 60), R.randint(3, 9), R.choice(["PRIME_QC", "DISPOSABLE_LEAK", "ABORT_SETUP"])))
        else:
            p = person()
            tgt = R.choice([690, 825, 880])
            L.a("%d,%s,%s,%s," % (rec, d.strftime("%m/%d/%Y %H:%M"), sn, staff()[2]), (din(p.center), "other_id"), ",", (p.donor, "mrn"),
                ",%d,%d,%d,%d,%d,%d,%d,%s" % (p.weight, p.hct, tgt, tgt - R.choice([0, 0, 5, 40]), R.randint(120, 220), R.randint(5, 9), R.randint(32, 70), "TARGET"))
        lines.append(L)
    return lines


def hl7_obx(i, code, name, vtype, val, units, ref, flag):
    return Line("hl7_oru").t("OBX|%d|%s|%s^%s^L||%s|%s|%s|%s|||F" % (i, vtype, code, name, val, units, ref, flag))


def fam_hl7():
    lines = []
    d = tick()
    ctrl = "VLB%s" % rdig(13)
    lines.append(Line("hl7_oru").t("MSH|^~\\&|VIRALAB|VLB-KC|HVT-DMS|HAVENTIDE|%s||ORU^R01^ORU_R01|%s|P|2.5.1|||AL|NE" % (ts_hl7(d), ctrl)))
    p = person()
    dn = din(p.center)
    L = Line("hl7_oru")
    street = ascii_fold(p.street).upper() if R.random() < 0.5 else p.street
    L.a("PID|1||", (p.donor, "mrn"), "^^^HVT^MR~", (dn, "other_id"), "^^^ISBT128^DN||", (p.last.upper(), "name"), "^", (p.first.upper(), "name"),
        "||", (p.dob.strftime("%Y%m%d"), "date"), "|%s|||" % p.sex, (street, "address"), "^^", (p.city.upper(), "address"), "^%s^" % p.state, (p.zip, "zip"),
        "^USA||", (fmt_phone(p.phone, 0).replace(" ", ""), "phone"))
    lines.append(L)
    coll = d - timedelta(hours=R.randint(6, 30))
    L = Line("hl7_oru")
    L.a("OBR|1|", (dn, "other_id"), "|VLB-%s|VMP^Viral marker and protein panel^L|||" % rdig(6), (coll.strftime("%Y%m%d%H%M"), "date"),
        "|||||||%s||^%s^%s|||||||F" % (ts_hl7(d)[:12], "MENON", "ANIL"))
    lines.append(L)
    reactive = R.random() < 0.15
    tests = [("TP", "Total protein", "NM", "%.1f" % R.uniform(6.0, 8.5), "g/dL", "6.0-9.0", "N"),
             ("IGG", "Immunoglobulin G", "NM", str(R.randint(700, 1600)), "mg/dL", "700-1600", "N"),
             ("HIV12AB", "HIV-1/2 Ab", "ST", "NONREACTIVE", "", "", "N"),
             ("HBSAG", "HBsAg", "ST", "REACTIVE" if reactive else "NONREACTIVE", "", "", "A" if reactive else "N"),
             ("HCVNAT", "HCV RNA NAT", "ST", "NOT DETECTED", "", "", "N"),
             ("HIVNAT", "HIV-1 RNA NAT", "ST", "NOT DETECTED", "", "", "N"),
             ("HAVNAT", "HAV RNA NAT", "ST", "NOT DETECTED", "", "", "N"),
             ("B19NAT", "Parvovirus B19 DNA", "NM", "<1.0E4", "IU/mL", "<1.0E5", "N")]
    n = R.randint(4, 7)
    for i, tst in enumerate(tests[:n], 1):
        lines.append(hl7_obx(i, *tst))
    if reactive:
        lines.append(Line("hl7_oru").t("NTE|1|L|Repeat reactive in duplicate; confirmatory neutralization sent to reference lab. Donor to be deferred pending result."))
    return lines


def astm_frame(fn, body):
    payload = ("%d%s\r\x03" % (fn, body)).encode()
    cs = "%02X" % (sum(payload) % 256)
    return "<STX>%d%s<CR><ETX>%s<CR><LF>" % (fn, body, cs)


def fam_astm():
    lines = []
    d = tick()
    p = person()
    dn = din(p.center)
    pre = lambda: "%s RX " % ts_spring(tick(0, 2))
    lines.append(Line("astm_e1394").t("%s <ENQ>" % ts_spring(d)))
    lines.append(Line("astm_e1394").t(pre() + astm_frame(1, "H|\\^&|||PRISM^8.2.1^SN 40-2218|||||HVT-LIS||P|1394-97|%s" % ts_hl7(d))))
    L = Line("astm_e1394")
    body_pre = "P|1|"
    L.t(pre() + "<STX>2" + body_pre)
    L.a((p.donor, "mrn"), "|||", (p.last.upper(), "name"), "^", (p.first.upper(), "name"), "||", (p.dob.strftime("%Y%m%d"), "date"), "|%s" % p.sex)
    body = "P|1|%s|||%s^%s||%s|%s" % (p.donor, p.last.upper(), p.first.upper(), p.dob.strftime("%Y%m%d"), p.sex)
    cs = "%02X" % (sum(("2%s\r\x03" % body).encode()) % 256)
    L.t("<CR><ETX>%s<CR><LF>" % cs)
    lines.append(L)
    coll = d - timedelta(hours=R.randint(5, 30))
    L = Line("astm_e1394")
    L.t(pre() + "<STX>3O|1|").p(dn, "other_id").t("||^^^HBSAG\\^^^HCV\\^^^HIV|R|").p(ts_hl7(coll), "date")
    body = "O|1|%s||^^^HBSAG\\^^^HCV\\^^^HIV|R|%s|||||||||SERUM||||||||||F" % (dn, ts_hl7(coll))
    cs = "%02X" % (sum(("3%s\r\x03" % body).encode()) % 256)
    L.t("|||||||||SERUM||||||||||F<CR><ETX>%s<CR><LF>" % cs)
    lines.append(L)
    fn = 4
    for a, val in [("HBSAG", "%.2f" % R.uniform(0.1, 0.9)), ("HCV", "%.2f" % R.uniform(0.05, 0.6)), ("HIV", "%.2f" % R.uniform(0.1, 0.8))][:R.randint(2, 3)]:
        lines.append(Line("astm_e1394").t(pre() + astm_frame(fn % 8, "R|%d|^^^%s|%s|S/CO|0.00 to 0.99|N||F||%s^%s||%s" % (fn - 3, a, val, staff()[2], "AUTO", ts_hl7(tick(0, 3))))))
        fn += 1
    lines.append(Line("astm_e1394").t(pre() + astm_frame(fn % 8, "L|1|N")))
    lines.append(Line("astm_e1394").t("%s <EOT>" % ts_spring(tick(0, 1))))
    return lines


def fam_nddr_xml(phi):
    L = Line("nddr_xml")
    rid = uuid4()
    pre = "%s [nddr-client] %s " % (ts_spring(tick()), R.choice([">>", "<<"]))
    if not phi:
        L.t(pre + R.choice([
            '<?xml version="1.0" encoding="UTF-8"?><nddr:Heartbeat xmlns:nddr="urn:ppta:nddr:v3" ok="true" latencyMs="%d"/>' % R.randint(20, 300),
            '<nddr:DeferralResponse xmlns:nddr="urn:ppta:nddr:v3" requestId="%s" status="NO_MATCH" searchedRecords="%d"/>' % (rid, R.randint(1200000, 1400000)),
            '<nddr:SubmissionAck xmlns:nddr="urn:ppta:nddr:v3" batchId="B%s" accepted="%d" rejected="0"/>' % (rdig(8), R.randint(1, 40))]))
        return [L]
    p = person()
    if R.random() < 0.55:
        L.t(pre.replace("<<", ">>") + '<?xml version="1.0" encoding="UTF-8"?><nddr:DeferralInquiry xmlns:nddr="urn:ppta:nddr:v3" requestId="%s" centerId="%s"><Donor><LastName>' % (rid, p.center))
        L.a((p.last, "name"), "</LastName><FirstName>", (p.first, "name"), "</FirstName><BirthDate>", (p.dob.isoformat(), "date"),
            "</BirthDate><Gender>%s</Gender><GovId type=\"DL\" jurisdiction=\"%s\">" % (p.sex, p.state), (p.dl, "license"),
            "</GovId><SsnLast4>%s</SsnLast4></Donor></nddr:DeferralInquiry>" % p.ssn[-4:])
    else:
        rep = TODAY - timedelta(days=R.randint(200, 2500))
        L.t(pre.replace(">>", "<<") + '<nddr:DeferralResponse xmlns:nddr="urn:ppta:nddr:v3" requestId="%s" status="MATCH"><Deferral code="%s" registryId="' % (rid, R.choice(["PERM-HBV", "PERM-HCV", "PERM-HIV", "PERM-CROSSDONATION"])))
        L.a((p.nddr, "other_id"), "\" reportedBy=\"center:%s\" reportDate=\"" % R.choice(CENTERS)[0], (rep.isoformat(), "date"),
            "\"><Subject><Name>", (fmt_name(p, 1), "name"), "</Name><BirthDate>", (p.dob.isoformat(), "date"), "</BirthDate></Subject></Deferral></nddr:DeferralResponse>")
    return [L]


def fam_nddr_json(phi):
    L = Line("nddr_json")
    if not phi:
        o = {"ts": ts_utc(tick()), "svc": "nddr-gateway", "route": "/v4/inquiries", "status": 200, "result": "CLEAR", "inquiryId": uuid4(),
             "center": R.choice(CENTERS)[0], "latencyMs": R.randint(30, 700)}
        return [jw(L, o)]
    p = person()
    key = hashlib.sha256((p.last + p.dob.isoformat() + p.ssn).encode()).hexdigest()
    if R.random() < 0.5:
        o = {"ts": ts_utc(tick()), "svc": "nddr-gateway", "route": "/v4/inquiries", "method": "POST", "inquiryId": uuid4(),
             "body": {"center": p.center, "subject": {"family": P(p.last, "name"), "given": P(p.first, "name"), "birthDate": P(p.dob.isoformat(), "date"),
                                                      "ssn": P(p.ssn.replace("-", "") if R.random() < 0.5 else p.ssn, "ssn")}, "purpose": "PRE_DONATION"}}
    else:
        o = {"ts": ts_utc(tick()), "svc": "nddr-gateway", "route": "/v4/inquiries", "status": 200, "result": "DEFERRED", "inquiryId": uuid4(),
             "match": {"registryId": P(p.nddr, "other_id"), "donorKey": P(key, "other_id"), "deferralCode": "PERM-%s" % R.choice(["HBV", "HCV", "HIV", "HTLV"]),
                       "deferralDate": P(fmt_date(TODAY - timedelta(days=R.randint(100, 3000)), 0), "date"), "reportingCenter": R.choice(CENTERS)[0]}}
    return [jw(L, o)]


def fam_payout(phi):
    L = Line("payout_http")
    head = "payout-gw | %s | " % ts_utc(tick())
    if not phi:
        L.t(head + R.choice([
            "GET /v2/programs/HVT-PLASMA/balance | 200 | %dms | {\"available\":\"%d.%02d\",\"currency\":\"USD\"}" % (R.randint(40, 300), R.randint(50000, 300000), R.randint(0, 99)),
            "POST /oauth2/token | 200 | %dms | {\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\"cards.load cards.read\"}" % R.randint(50, 400),
            "POST /v2/cards/loads | 429 | %dms | {\"error\":\"rate_limited\",\"retry_after\":2}" % R.randint(5, 40),
            "GET /v2/health | 200 | %dms | {\"status\":\"UP\",\"processor\":\"UP\"}" % R.randint(5, 40)]))
        return [L]
    p = person()
    k = R.randint(0, 3)
    if k <= 1:
        L.a(head + "POST /v2/cards/", (p.proxy, "account"), "/loads | req=")
        jw(L, {"amount": "%d.00" % R.choice([30, 40, 50, 70, 100]), "currency": "USD", "externalRef": "HVT%s-PAY-%06d" % (p.center, R.randint(1, 999999)),
               "cardholderId": P(p.chid, "account"), "memo": "Visit %d of 5 - new donor" % R.randint(1, 5)})
        L.t(" | %d | %dms" % (R.choice([201, 201, 201, 409]), R.randint(80, 900)))
    elif k == 2:
        L.t(head + "POST /v2/cardholders | req=")
        jw(L, {"firstName": P(p.first, "name"), "lastName": P(p.last, "name"), "dob": P(p.dob.isoformat(), "date"),
               "address": {"line1": P(p.street, "address"), "city": P(p.city, "address"), "state": p.state, "postalCode": P(p.zip, "zip")},
               "mobile": P(fmt_phone(p.phone, 4), "phone"), "ssn": P(p.ssn.replace("-", ""), "ssn")})
        L.t(" | 201 | %dms" % R.randint(200, 1500))
    else:
        L.a(head + "POST /v2/cards/issue | 201 | %dms | resp=" % R.randint(200, 900))
        jw(L, {"cardholderId": P(p.chid, "account"), "proxyNumber": P(p.proxy, "account"), "pan": P(p.pan, "account"),
               "expiry": "%02d/%d" % (R.randint(1, 12), R.randint(27, 29)), "status": "ACTIVE_PENDING_PIN"})
    return [L]


def fam_recon():
    c = R.choice(CENTERS)[0]
    lines = [Line("recon_psv").t("H|PAYFORGE|HAVENTIDE-%s|20240512|RECON|v2.3" % c),
             Line("recon_psv").t("REC|SEQ|PROXY|CARDHOLDER_NAME|LOAD_AMT|LOAD_TS|EXT_REF|STATUS|DONOR_NO")]
    n = R.randint(3, 6)
    total = 0
    for i in range(1, n + 1):
        L = Line("recon_psv")
        amt = R.choice([30, 40, 50, 70, 100, 150])
        total += amt
        ts = "20240512%02d%02d%02d" % (R.randint(6, 19), R.randint(0, 59), R.randint(0, 59))
        if R.random() < 0.2:
            total += amt * 99
            L.t("D|%06d|||%d.00|%s|HVT%s-FUND-%06d|FUNDING|" % (i, amt * 100, ts, c, R.randint(1, 999999)))
        else:
            p = person()
            L.a("D|%06d|" % i, (p.proxy, "account"), "|", (ascii_fold(p.last).upper() + "/" + ascii_fold(p.first).upper(), "name"),
                "|%d.00|%s|HVT%s-PAY-%06d|%s|" % (amt, ts, c, R.randint(1, 999999), R.choice(["POSTED", "POSTED", "POSTED", "REVERSED"])), (p.donor, "mrn"))
        lines.append(L)
    lines.append(Line("recon_psv").t("T|%06d|%d.00" % (n, total)))
    return lines


def fam_campaign(phi):
    t = ts_utc(tick())
    camp = R.choice(["SUMMER_NEWDONOR_900", "LAPSED_90D_WINBACK", "REFER_A_FRIEND_Q2", "MOTHERS_DAY_BONUS"])
    if R.random() < 0.5:
        L = Line("campaign_sms")
        if not phi:
            L.t("%s campaign-svc INFO campaign=%s batch=%d/%d sent=%d delivered=%d failed=%d optout=%d provider=twilio" % (
                t, camp, R.randint(1, 12), 12, 2000, R.randint(1900, 1990), R.randint(0, 40), R.randint(0, 12)))
            return [L]
        p = person()
        k = R.randint(0, 2)
        if k == 0:
            L.a("%s campaign-svc INFO msg_status sid=SM%s to=" % (t, rhex(32)), (fmt_phone(p.phone, 4), "phone"),
                " from=+18885550100 status=%s campaign=%s segment=%s err=" % (R.choice(["delivered", "sent", "undelivered"]), camp, R.choice(["lapsed_90d", "new_lead", "active"])))
        elif k == 1:
            L.a("%s campaign-svc INFO rendered template=nd_bonus_v3 to=" % t, (fmt_phone(p.phone, 3), "phone"), " body=\"Hi ", (p.first, "name"),
                "! Your friends can earn $900 at Haventide %s. Share your link: " % CENTER_BY[p.center][1],
                ("https://give.haventideplasma.com/r/%s" % p.referral, "url"), " Reply STOP to opt out\"")
        else:
            L.a("%s campaign-svc WARN inbound sms from=" % t, (fmt_phone(p.phone, 5), "phone"), " body=\"STOP\" -> opt-out recorded for donor ", (p.donor, "mrn"))
        return [L]
    L = Line("campaign_email")
    if not phi:
        o = {"event": "processed", "timestamp": int(epoch(CLK[0])), "sg_message_id": "%s.filterdrecv-%s" % (ralnum(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), rdig(3)),
             "category": [camp], "asm_group_id": R.randint(10000, 20000), "email": R.choice(["recruiting@haventideplasma.com", "noreply@haventideplasma.com"])}
        return [jw(L, [o])]
    p = person()
    ev = R.choice(["delivered", "open", "bounce", "unsubscribe", "click"])
    o = {"email": P(p.email, "email"), "event": ev, "timestamp": int(epoch(CLK[0])), "sg_event_id": ralnum(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
         "category": [camp], "donor_no": P(p.donor, "mrn")}
    if ev == "click":
        o["url"] = P("https://give.haventideplasma.com/r/%s" % p.referral, "url")
    if ev == "bounce":
        o["reason"] = "550 5.1.1 The email account that you tried to reach does not exist"
    if ev == "open":
        o["ip"] = P(p.ip, "ip")
        o["useragent"] = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"
    return [jw(L, [o])]


def fam_sentry(phi):
    L = Line("sentry_json")
    d = tick()
    ios = R.random() < 0.5
    o = {"event_id": rhex(32), "timestamp": epoch(d), "platform": "javascript", "level": R.choice(["error", "fatal"]),
         "release": "com.haventide.donor@4.12.%d+41%02d" % (R.randint(0, 3), R.randint(10, 40)), "environment": "production",
         "sdk": {"name": "sentry.javascript.react-native", "version": "5.22.%d" % R.randint(0, 3)}}
    exc_val = R.choice(["undefined is not an object (evaluating 'appt.slot.start')", "Network request failed",
                        "Cannot read property 'balance' of null", "Maximum update depth exceeded"])
    if phi:
        p = person()
        ios = p.ios
        o["user"] = {"id": P(p.uid, "other_id"), "username": P(p.username, "other_id"), "email": P(p.email, "email"), "ip_address": P(p.ip, "ip")}
        if R.random() < 0.35:
            exc_val = M("Invalid phone number: ", (fmt_phone(p.phone, 3), "phone"))
    o["contexts"] = {"device": {"family": "iOS" if ios else "Android", "model": R.choice(["iPhone14,5", "iPhone12,8", "iPhone15,4"]) if ios else R.choice(["SM-A515F", "SM-A146U", "moto g power (2022)", "Pixel 6a"]),
                                "simulator": False},
                     "os": {"name": "iOS" if ios else "Android", "version": R.choice(["17.4.1", "16.7.8"]) if ios else R.choice(["14", "13", "12"])},
                     "app": {"app_identifier": "com.haventide.donor", "app_build": "41%02d" % R.randint(10, 40)}}
    o["exception"] = {"values": [{"type": R.choice(["TypeError", "Error", "InvariantViolation"]), "value": exc_val,
                                  "mechanism": {"type": "onunhandledrejection", "handled": False}}]}
    o["tags"] = {"screen": R.choice(["AppointmentBook", "Wallet", "DonorCard", "Login", "ReferFriend"]), "center": R.choice(CENTERS)[0]}
    if phi and R.random() < 0.6:
        o["extra"] = {("idfv" if ios else "androidId"): P(p.devid, "device"), "pushEnabled": True}
    return [jw(L, o)]


UA_APP = ["HaventideDonor/4.12.1 (com.haventide.donor; build:4131; iOS 17.4.1) Alamofire/5.8.1", "okhttp/4.12.0",
          "Mozilla/5.0 (Linux; Android 14; SM-A146U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
          "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"]


def fam_nginx(phi):
    L = Line("nginx")
    d = tick(1, 30)
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            L.t('10.41.%d.%d - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" rt=0.00%d uct=0.000' % (R.randint(0, 3), R.randint(2, 250), ts_nginx(d), R.randint(1, 9)))
        elif k == 1:
            L.t('66.249.66.%d - - [%s] "GET /locations/%s HTTP/1.1" 200 %d "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" rt=0.0%d' % (
                R.randint(1, 200), ts_nginx(d), R.choice(["glendale-az", "killeen-tx", "el-paso-tx", "dayton-oh"]), R.randint(8000, 30000), R.randint(10, 99)))
        elif k == 2:
            L.t('%s [warn] %d#%d: *%d an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/%d/%02d/%010d while reading upstream, upstream: "http://10.41.2.%d:8080/api/v3/centers"' % (
                d.strftime("%Y/%m/%d %H:%M:%S"), R.randint(20, 40), R.randint(20, 40), R.randint(100000, 999999), R.randint(1, 9), R.randint(0, 99), R.randint(1, 9999999), R.randint(2, 40)))
        else:
            L.t('10.41.0.%d - - [%s] "POST /internal/metrics HTTP/1.1" 204 0 "-" "Prometheus/2.51.1" rt=0.00%d' % (R.randint(2, 40), ts_nginx(d), R.randint(1, 9)))
        return [L]
    p = person()
    k = R.randint(0, 4)
    ua = R.choice(UA_APP)
    if k == 0:
        L.a((p.ip, "ip"), ' - - [%s] "GET /api/v3/donors/me/appointments?from=2024-05-13 HTTP/2.0" 200 %d "-" "%s" rt=0.%03d' % (ts_nginx(d), R.randint(300, 3000), ua, R.randint(10, 400)))
    elif k == 1:
        L.a((p.ip, "ip"), ' - - [%s] "GET /api/v3/donors/' % ts_nginx(d), (p.donor, "mrn"), '/payouts?limit=20 HTTP/2.0" 200 %d "-" "%s" rt=0.%03d' % (R.randint(300, 3000), ua, R.randint(10, 400)))
    elif k == 2:
        L.a((p.ip, "ip"), ' - - [%s] "GET /api/v3/auth/lookup?email=' % ts_nginx(d), (p.email.replace("@", "%40"), "email"), ' HTTP/1.1" 404 61 "https://portal.haventideplasma.com/login" "%s" rt=0.0%02d' % (ua, R.randint(10, 99)))
    elif k == 3:
        L.a('%s [error] %d#%d: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: ' % (d.strftime("%Y/%m/%d %H:%M:%S"), R.randint(20, 40), R.randint(20, 40), R.randint(100000, 999999)),
            (p.ip, "ip"), ', server: api.haventideplasma.com, request: "POST /api/v3/wallet/transfer HTTP/2.0", upstream: "http://10.41.2.%d:8080/api/v3/wallet/transfer", host: "api.haventideplasma.com"' % R.randint(2, 40))
    else:
        L.a((p.ip, "ip"), ' - ', (p.username, "other_id"), ' [%s] "GET /portal/referrals HTTP/1.1" 200 %d "' % (ts_nginx(d), R.randint(2000, 9000)),
            ("https://give.haventideplasma.com/r/%s" % p.referral, "url"), '" "%s" rt=0.%03d' % (ua, R.randint(10, 400)))
    return [L]


def fam_syslog(phi):
    L = Line("syslog")
    d = tick()
    c = R.choice(CENTERS)[0]
    if not phi:
        k = R.randint(0, 6)
        host = R.choice(["kiosk-%s-0%d" % (c, R.randint(1, 4)), "dms-app-0%d" % R.randint(1, 4), "edge-gw-%s" % c])
        if k == 0:
            L.t("%s %s kioskd[%d]: printer ZD421 status=%s labels_left=%d" % (ts_syslog(d), host, R.randint(800, 3000), R.choice(["OK", "PAPER_LOW", "HEAD_OPEN"]), R.randint(0, 400)))
        elif k == 1:
            L.t("%s %s sshd[%d]: Accepted publickey for deploy from 10.41.0.%d port %d ssh2: ED25519 SHA256:%s" % (
                ts_syslog(d), host, R.randint(2000, 40000), R.randint(2, 40), R.randint(40000, 65000), base64.b64encode(bytes(R.randint(0, 255) for _ in range(32))).decode().rstrip("=")))
        elif k == 2:
            L.t("%s %s CRON[%d]: (root) CMD (/usr/local/bin/rotate-dhq-cache.sh >/dev/null 2>&1)" % (ts_syslog(d), host, R.randint(2000, 40000)))
        elif k == 3:
            L.t("%s %s kernel: [%d.%06d] usb 1-1.%d: new full-speed USB device number %d using xhci_hcd" % (ts_syslog(d), host, R.randint(1000, 900000), R.randint(0, 999999), R.randint(1, 4), R.randint(2, 20)))
        elif k == 4:
            L.t("%s %s systemd[1]: Started Haventide kiosk agent %s." % (ts_syslog(d), host, "2.8.%d" % R.randint(10, 16)))
        elif k == 5:
            L.t("<134>1 %s-05:00 %s dms-screening %d AUDIT [meta sequenceId=\"%d\"] config reload ok dhq=2.1-PPTA nomogram=FDA-2024 fees=FS-2024-05" % (
                d.strftime("%Y-%m-%dT%H:%M:%S.") + ms(d), "dms-app-0%d" % R.randint(1, 4), 18234, R.randint(1000, 99999)))
        else:
            L.t("%s %s chronyd[%d]: Selected source 10.41.0.1 (ntp.internal), offset %+.6f" % (ts_syslog(d), host, R.randint(400, 900), R.uniform(-0.01, 0.01)))
        return [L]
    p = person()
    k = R.randint(0, 3)
    host = "kiosk-%s-0%d" % (p.center, R.randint(1, 4))
    if k == 0:
        L.a("%s %s kioskd[%d]: receipt printed for donor " % (ts_syslog(d), host, R.randint(800, 3000)), (p.donor, "mrn"), " queue=%d" % R.randint(1, 30))
    elif k == 1:
        L.a("%s %s postfix/smtp[%d]: %s: to=<" % (ts_syslog(d), "mail-01", R.randint(2000, 9000), rhex(10).upper()), (p.email, "email"),
            ">, relay=smtp.sendgrid.net[167.89.118.%d]:587, delay=%.1f, delays=0.1/0/0.4/0.7, dsn=2.0.0, status=sent (250 Ok: queued as %s)" % (R.randint(2, 90), R.uniform(0.5, 3), ralnum(22)))
    elif k == 2:
        L.a("<86>1 %s-05:00 %s palmd %d ENROLL - subject=" % (d.strftime("%Y-%m-%dT%H:%M:%S.") + ms(d), host, R.randint(800, 3000)), (p.donor, "mrn"), " status=complete hand=%s" % R.choice("RL"))
    else:
        L.a("%s %s kioskd[%d]: id scan ok type=DL state=%s number=" % (ts_syslog(d), host, R.randint(800, 3000), p.state), (p.dl, "license"), " donor=", (p.donor, "mrn"))
    return [L]


def fam_note(phi):
    L = Line("nurse_note")
    d = tick()
    s = staff()
    sname = s[0].split()[-1]
    hdr = R.choice(["NOTE|%s|%s|emp%s|" % (d.strftime("%Y-%m-%d %H:%M"), s[1], s[2]),
                    "[%s] %s %s: " % (d.strftime("%m/%d %H:%M"), s[1], s[0]),
                    "%s note_added by=%s role=%s text=\"" % (ts_utc(d), s[2], s[1])])
    close = "\"" if hdr.endswith('text="') else ""
    if not phi:
        L.t(hdr + R.choice([
            "Bay 7 pressure cuff reading high vs manual, swapped, biomed ticket BM-%d." % R.randint(1000, 9999),
            "Saline stock low, reorder placed PO-%s-%d." % (R.choice(CENTERS)[0], R.randint(10000, 99999)),
            "Huddle: reminded team re: 2nd stick policy and infiltration documentation.",
            "Aurora SN AX41873 alarm A21 x3 this AM, disposable lot %s pulled." % ralnum(8),
            "Fridge 2 temp -31C at check, within range. Logged.",
            "Lobby wait ~%d min at noon, called in float phleb." % R.randint(20, 70),
            "Centrifuge QC done, rpm within spec. Scale verification weights cal'd (cert #W-%d)." % R.randint(1000, 9999),
            "Donor floor: %d procedures in progress, %d in recovery, no reactions so far this shift." % (R.randint(8, 30), R.randint(0, 4)),
            "Pt in bay %d asked about fee schedule; referred to front desk, no clinical issues." % R.randint(1, 36),
            "Shift handoff to %s, 2 open AE follow-ups in tracker, nothing urgent." % staff()[0],
            "Hypoprotein deferrals up this week (TP < 6.0) - reminder to recheck sample before deferring."]) + close)
        return [L]
    p = person()
    k = R.randint(0, 7)
    L.t(hdr)
    if k == 0:
        r = relative()
        L.a("Donor ", (fmt_name(p, R.choice([0, 1, 6])), "name"), " (", (p.donor, "mrn"), ") c/o lightheadedness cycle %d, BP %d/%d, proc stopped, saline %dmL, recovered. " % (R.randint(2, 6), R.randint(84, 96), R.randint(50, 60), R.choice([250, 500])),
            R.choice(["Husband ", "Sister ", "Son ", "Roommate "]), (r.first + " " + p.last if R.random() < 0.5 else r.first, "name"), " picking up, ph ", (fmt_phone(r.phone), "phone"), ".")
        if R.random() < 0.5:
            L.a(" Vehicle ", R.choice(["blue Camry", "black Tahoe", "silver Corolla"]), " lic ", (r.plate, "vehicle"), " in lot B.")
    elif k == 1:
        L.a("2nd stick L AC, infiltration, ice applied. Pt ", (p.first + " " + p.last[0] + ".", "name"), " reports prior infiltration ", (fmt_date(p.last_don, R.choice([1, 7, 2])), "date"), ", advised to hydrate.")
    elif k == 2:
        r = relative()
        L.a("Donor ", (p.donor, "mrn"), " became pale after proc, grandmother (age ", (str(R.randint(90, 98)), "age"), ") in lobby also unwell, EMS called for her per family request; donor left w/ brother in ",
            R.choice(["grey Civic", "red F-150", "white Altima"]), " plate ", (p.plate, "vehicle"), ".")
    elif k == 3:
        L.a("Called ", (fmt_name(p, 0), "name"), " at ", (fmt_phone(p.phone), "phone"), " re reactive screen per MSS, left VM, will retry; NDDR ref ", (p.nddr, "other_id"), ".")
    elif k == 4:
        L.a("New donor ", (fmt_name(p, 3), "name"), " DOB ", (fmt_date(p.dob, R.choice([1, 2, 3, 6])), "date"), " lives at ", (p.street + ", " + p.city, "address"), " %s " % p.state, (p.zip, "zip"),
            " - address differs from DL, utility bill accepted.")
    elif k == 5:
        fx = (p.area, "555", "01%02d" % R.randint(0, 99))
        L.a("Donor ", (fmt_name(p, R.choice([0, 7])), "name"), " requests copy of protein/viral results faxed to home fax ", (fmt_phone(fx, R.choice([0, 1, 2])), "fax"),
            ", MSS approved, release form signed.")
    elif k == 6:
        L.a("Pt ", (p.donor, "mrn"), " sent to ED for chest tightness post proc. Gave EMS Medicaid # ", (rdig(R.choice([9, 10, 11])), "health_plan"), " from pt wallet card.")
    else:
        L.a("Donor ", (p.donor, "mrn"), " asked to move next visit to ", (fmt_date(p.next_appt, R.choice([1, 5, 7])), "date"), "; rebooked. Requests payout to checking acct ", (p.acct, "account"), " instead of card, told not supported.")
    L.t(close)
    return [L]


# ---------------------------------------------------------------- assembly
SINGLE = [(fam_dotnet, 9), (fam_clef, 5), (fam_spring, 9), (fam_ecs, 3), (fam_kiosk, 6), (fam_bio, 4), (fam_dhq, 5),
          (fam_aurora, 6), (fam_nddr_xml, 3), (fam_nddr_json, 3), (fam_payout, 5), (fam_campaign, 7), (fam_sentry, 3),
          (fam_nginx, 7), (fam_syslog, 6), (fam_note, 7)]
MULTI = [(fam_dotnet_exc, 1), (lambda: fam_spring_exc(R.random() < 0.5), 2), (fam_pcs2, 3), (fam_hl7, 3), (fam_astm, 2), (fam_recon, 2)]
PHI_P = 0.49
TARGET = 500


def wchoice(items):
    tot = sum(w for _, w in items)
    x = R.uniform(0, tot)
    for f, w in items:
        x -= w
        if x <= 0:
            return f
    return items[-1][0]


def build():
    out = []
    unused = list(MULTI)
    while len(out) < TARGET:
        if R.random() < 0.055:
            f = wchoice(unused or MULTI)
            unused = [m for m in unused if m[0] is not f]
            blk = f()
            if len(out) + len(blk) > TARGET:
                continue
        else:
            blk = wchoice(SINGLE)(R.random() < PHI_P)
        out.extend(blk)
    return out


def main():
    lines = build()
    assert len(lines) == TARGET
    log_lines, labels = [], []
    for i, L in enumerate(lines, 1):
        s = L.text()
        assert s and "\n" not in s and "\r" not in s, (i, s)
        b = s.encode("utf-8")
        assert len(b) == L.n
        spans = []
        for st, en, cat, val in L.spans:
            assert b[st:en] == val.encode("utf-8"), (i, val)
            assert val, i
            spans.append({"s": st, "e": en, "cat": cat})
        log_lines.append(s)
        labels.append(json.dumps({"line": i, "family": L.family, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(log_lines))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(labels) + "\n")


if __name__ == "__main__":
    main()
