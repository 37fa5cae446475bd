#!/usr/bin/env python3
"""Synthetic labeled log corpus "lo": mobile + marketing data pipeline of a consumer
health app company ("Vitalo Health": symptom checker, telehealth visits, prescription
delivery).  All people and identifiers are synthetic.

Writes lo.log (500 lines) and lo.labels.jsonl next to this script.  Deterministic.

Families: Firebase Analytics BigQuery export rows, BigQuery job logs, Crashlytics BigQuery
export rows and digests, Android logcat (Kotlin app, OkHttp, Firebase, BluetoothGatt,
AndroidRuntime crash blocks), iOS unified log / CocoaLumberjack / SwiftyBeaver lines and
.ips crash blocks, Segment track/identify JSON and Segment pipeline logs, Amplitude export
JSON, Mixpanel export/engage JSON, APNs sender logs (text + zap JSON), FCM sender JSON,
nginx access logs of the deep-link redirector (UTM params), AppsFlyer push-API JSON and
raw-data CSV, SendGrid / Mailgun / Postmark webhooks, Google Play and App Store review
CSV exports, Braze audience CSV and Currents JSON, support chat transcripts (one physical
line per message) and Zendesk ticket JSON, courier (Rx delivery) webhooks, pharmacy
fulfilment logfmt, telehealth visit service logfmt, identity-verification webhooks,
Stripe billing logs, Cloud DLP findings over BigQuery tables, and infrastructure noise (k8s, dbt, Airflow, Datadog statsd).

Labeling decisions:
- Every app user / account holder of a consumer health app is treated as a patient, so
  their identifiers are labeled even when the line itself carries no clinical detail.
  Relatives and people a user books for (child, parent) are labeled the same way.
- Clinicians (Dr./NP names, NPI, DEA), support agents, couriers, pharmacy staff, company
  and partner business contact data (support@, 1-888 numbers, pharmacy addresses and fax
  numbers) are never labeled.
- Our account IDs (usr_...), Braze braze_id, Amplitude amplitude_id, AppsFlyer appsflyer_id,
  SDK-generated install / pseudonymous IDs (Firebase user_pseudo_id, Segment anonymousId,
  Amplitude/Mixpanel/Braze device_id, Crashlytics installation_uuid), usernames / review
  nicknames, telehealth visit IDs (vis_...), Rx numbers, support ticket / conversation
  numbers and ID-verification inquiry IDs -> other_id.
- OS-issued device identifiers (IDFA, IDFV, Google advertising ID, ANDROID_ID), APNs/FCM
  push tokens, BLE MAC addresses / peripheral UUIDs and serial numbers of a user's paired
  medical devices -> device.  The all-zero IDFA (limited ad tracking) is not labeled.
- Commerce order numbers (ORD-...), shipment tracking numbers, message/event/insert IDs,
  session IDs, trace/span IDs, campaign IDs, Twilio room IDs are not labeled.
- Client IPs of app users (access logs, SDK context.ip, email open/click events) -> ip.
  Private/cluster IPs, ESP sending IPs, Apple/Google crawler IPs are not labeled.
- City, street, metro/DMA and lat/long of a user -> address (street+city may be a single
  span when written together); ZIP/ZIP+4 -> zip (separate span); state and country are
  not labeled.
- Dates tied to a person (birth, visit/appointment, Rx fill, delivery, last visit) -> date;
  an appointment date-time is labeled as the whole written value.  Log/event timestamps,
  account created dates, review submit dates and years alone are not labeled.
- Ages are labeled only when 90 or older; younger ages are left unlabeled.
- Full card numbers, Stripe customer IDs (cus_...) -> account.  Card/SSN last-4 are not
  labeled.  Public test values (Stripe 4242 4242 4242 4242, all-zero IDFA) are not labeled.
- Insurance member / subscriber IDs, Medicare MBI, Medicaid IDs -> health_plan; insurance
  group numbers and payer names are not labeled.
- Driver's licence numbers from ID verification -> license; curbside pickup plates ->
  vehicle; base64 selfie JPEG payload (after "base64,") -> photo; face/fingerprint
  templates -> biometric; personal web/social profile URLs -> url.
- Email addresses are labeled also when URL-encoded inside a query string (%40).
"""
import base64
import datetime
import hashlib
import json
import os
import random
import unicodedata

ID = "lo"
SEED = 20240314
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))


# ----------------------------------------------------------------------------- builder
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, *ss):
        for s in ss:
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

    def text(self):
        return "".join(self.buf)


class P:
    """PHI value inside a structure."""
    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class S:
    """Composite string: parts are str or P."""
    def __init__(self, *parts):
        self.parts = parts


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jdump(L, obj, sep=(",", ":")):
    if isinstance(obj, P):
        if isinstance(obj.v, str):
            L.t('"')
            L.p(jesc(obj.v), obj.cat)
            L.t('"')
        else:
            L.p(json.dumps(obj.v), obj.cat)
    elif isinstance(obj, S):
        L.t('"')
        for part in obj.parts:
            if isinstance(part, P):
                L.p(jesc(part.v), part.cat)
            else:
                L.t(jesc(part))
        L.t('"')
    elif isinstance(obj, dict):
        L.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k, ensure_ascii=False), sep[1])
            jdump(L, v, sep)
        L.t("}")
    elif isinstance(obj, list):
        L.t("[")
        for i, v in enumerate(obj):
            if i:
                L.t(sep[0])
            jdump(L, v, sep)
        L.t("]")
    else:
        L.t(json.dumps(obj, ensure_ascii=False))


def inline(L, *parts):
    for part in parts:
        if isinstance(part, P):
            L.p(part.v if isinstance(part.v, str) else str(part.v), part.cat)
        else:
            L.t(part)


def csv_cell(L, *parts):
    raw = "".join(x.v if isinstance(x, P) else x for x in parts)
    q = any(c in raw for c in ',"\n')
    if q:
        L.t('"')
    for part in parts:
        if isinstance(part, P):
            L.p(part.v.replace('"', '""') if q else part.v, part.cat)
        else:
            L.t(part.replace('"', '""') if q else part)
    if q:
        L.t('"')


def csv_row(L, cells):
    for i, c in enumerate(cells):
        if i:
            L.t(",")
        if isinstance(c, tuple):
            csv_cell(L, *c)
        elif c is None:
            pass
        else:
            csv_cell(L, c)


# ----------------------------------------------------------------------------- clock
T = datetime.datetime(2024, 3, 14, 5, 58, 11, 204000, tzinfo=datetime.timezone.utc)


def tick():
    global T
    T += datetime.timedelta(seconds=rng.uniform(0.3, 45.0))
    return T


def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def iso_s(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def epoch(t):
    return int(t.timestamp())


def epoch_ms(t):
    return int(t.timestamp() * 1000)


def epoch_us(t):
    return int(t.timestamp()) * 1000000 + t.microsecond


def local(t, off_h=-4):
    return t.astimezone(datetime.timezone(datetime.timedelta(hours=off_h)))


def logcat_ts(t):
    lt = local(t)
    return lt.strftime("%m-%d %H:%M:%S.") + "%03d" % (lt.microsecond // 1000)


def ios_ts(t, off=-4):
    lt = local(t, off)
    return lt.strftime("%Y-%m-%d %H:%M:%S.") + "%06d" % lt.microsecond + "%+03d00" % off


def nginx_ts(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


# ----------------------------------------------------------------------------- random helpers
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
HEX = "0123456789abcdef"
UPAN = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def rs(n, alpha=B62):
    return "".join(rng.choice(alpha) for _ in range(n))


def hx(n):
    return rs(n, HEX)


def uuid4():
    return "%s-%s-4%s-%s%s-%s" % (hx(8), hx(4), hx(3), rng.choice("89ab"), hx(3), hx(12))


def b64url(n):
    return rs(n, B62 + "-_")


PUB_OCTETS = [24, 47, 50, 63, 67, 68, 69, 70, 71, 72, 73, 75, 76, 96, 97, 98, 99, 104, 107, 108,
              142, 162, 166, 173, 174, 184, 189, 201, 209]


def ip_pub():
    return "%d.%d.%d.%d" % (rng.choice(PUB_OCTETS), rng.randint(1, 254), rng.randint(0, 255), rng.randint(1, 254))


def ip_priv():
    return "10.%d.%d.%d" % (rng.randint(0, 40), rng.randint(0, 255), rng.randint(2, 254))


def luhn_complete(prefix, length=16):
    digits = [int(c) for c in prefix]
    while len(digits) < length - 1:
        digits.append(rng.randint(0, 9))
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return "".join(map(str, digits)) + str((10 - s % 10) % 10)


def ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


AREAS = ["614", "937", "520", "480", "915", "210", "916", "559", "718", "914", "973", "305", "407",
         "770", "919", "901", "219", "517", "612", "720", "253", "808", "505", "401", "508", "225",
         "402", "208", "907", "347", "862", "786", "346"]


def phone10(area=None):
    area = area or rng.choice(AREAS)
    while True:
        ex = "%d%02d" % (rng.randint(2, 9), rng.randint(0, 99))
        if ex != "555":
            break
    return area + ex + "%04d" % rng.randint(0, 9999)


def fphone(d, style=None):
    a, b, c = d[:3], d[3:6], d[6:]
    style = style if style is not None else rng.randint(0, 7)
    return ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c), d,
            "+1" + d, "+1 %s %s %s" % (a, b, c), "1-%s-%s-%s" % (a, b, c), "+1 (%s) %s-%s" % (a, b, c)][style]


def fdate(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_np":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "us_short":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "long":
        return "%s %d, %d" % (d.strftime("%B"), d.day, d.year)
    if style == "abbr":
        return "%d %s %d" % (d.day, d.strftime("%b"), d.year)
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "mon_day":
        return "%s %d" % (d.strftime("%b"), d.day)
    if style == "dmy_slash":
        return d.strftime("%d/%m/%Y")
    raise ValueError(style)


# ----------------------------------------------------------------------------- people
FIRST = ["Maria", "José", "Amaka", "Wei", "Priyanka", "Dmitri", "Aisha", "Liam", "Sofía", "Thanh",
         "Kwame", "Fatima", "Hiroshi", "Yuki", "Olga", "Mateus", "Siobhán", "Chidi", "Anjali",
         "Tomasz", "Leilani", "Rashid", "Ingrid", "Carlos", "Mei", "Oluwaseun", "Zoë", "Ahmed",
         "Rosa", "Bjørn", "Esperanza", "Tariq", "Nadia", "Kenji", "Gabriel", "Hannah", "DeShawn",
         "Marisol", "Rajesh", "Ewa", "Jamal", "Camille", "Ayşe", "Lucas", "Imani", "Pedro",
         "Svetlana", "Keanu", "Abebe", "Linh", "Farah", "Connor", "Valentina", "Arjun",
         "Guadalupe", "Emeka", "Shira", "Noah", "Beatriz", "Teodoro", "Mary-Kate", "Jean-Luc"]
LAST = ["González", "Okonkwo", "Chen", "Patel", "Ivanov", "Rahman", "O'Brien", "Hernández",
        "Nguyen", "Mensah", "Haddad", "Tanaka", "Kowalski", "Kahananui", "Al-Farsi", "Lindqvist",
        "da Silva", "Eze", "Sharma", "Nowak", "van der Berg", "de la Cruz", "Johnson", "Washington",
        "Morales", "Kim", "Abdullah", "Müller", "Rossi", "Petrov", "Yılmaz", "Adeyemi",
        "Fitzgerald", "Dubois", "Santos", "Bergström", "Oyelaran-Smith", "Castillo-Ruiz",
        "McAllister", "Nakamura", "Tesfaye", "Tran", "Khan", "Cohen", "Ramírez", "Wójcik",
        "Papadopoulos", "St. Clair", "Le", "Begay", "Yazzie", "Delgado", "Mahmoud", "Ó Súilleabháin"]
MIDS = ["A.", "J.", "Marie", "K.", "Lee", "R.", "Ann", "T."]
CITIES = [("Columbus", "OH", "432", "Columbus OH"), ("Dayton", "OH", "454", "Dayton OH"),
          ("Tucson", "AZ", "857", "Tucson (Sierra Vista) AZ"), ("Mesa", "AZ", "852", "Phoenix AZ"),
          ("El Paso", "TX", "799", "El Paso TX"), ("San Antonio", "TX", "782", "San Antonio TX"),
          ("Sacramento", "CA", "958", "Sacramento-Stockton-Modesto CA"), ("Fresno", "CA", "937", "Fresno-Visalia CA"),
          ("Queens", "NY", "114", "New York NY"), ("Yonkers", "NY", "107", "New York NY"),
          ("Paterson", "NJ", "075", "New York NY"), ("Hialeah", "FL", "330", "Miami-Ft. Lauderdale FL"),
          ("Orlando", "FL", "328", "Orlando-Daytona Beach-Melbourne FL"), ("Gainesville", "GA", "305", "Atlanta GA"),
          ("Durham", "NC", "277", "Raleigh-Durham (Fayetteville) NC"), ("Memphis", "TN", "381", "Memphis TN"),
          ("Gary", "IN", "464", "Chicago IL"), ("Lansing", "MI", "489", "Lansing MI"),
          ("Minneapolis", "MN", "554", "Minneapolis-St. Paul MN"), ("Aurora", "CO", "800", "Denver CO"),
          ("Tacoma", "WA", "984", "Seattle-Tacoma WA"), ("Honolulu", "HI", "968", "Honolulu HI"),
          ("Albuquerque", "NM", "871", "Albuquerque-Santa Fe NM"), ("Gallup", "NM", "873", "Albuquerque-Santa Fe NM"),
          ("Providence", "RI", "029", "Providence-New Bedford RI-MA"), ("Worcester", "MA", "016", "Boston MA-Manchester NH"),
          ("Baton Rouge", "LA", "708", "Baton Rouge LA"), ("Omaha", "NE", "681", "Omaha NE"),
          ("Boise", "ID", "837", "Boise ID"), ("Anchorage", "AK", "995", "Anchorage AK")]
STATE_NAMES = {"OH": "Ohio", "AZ": "Arizona", "TX": "Texas", "CA": "California", "NY": "New York",
               "NJ": "New Jersey", "FL": "Florida", "GA": "Georgia", "NC": "North Carolina",
               "TN": "Tennessee", "IN": "Indiana", "MI": "Michigan", "MN": "Minnesota", "CO": "Colorado",
               "WA": "Washington", "HI": "Hawaii", "NM": "New Mexico", "RI": "Rhode Island",
               "MA": "Massachusetts", "LA": "Louisiana", "NE": "Nebraska", "ID": "Idaho", "AK": "Alaska"}
TZ = {"OH": "America/New_York", "AZ": "America/Phoenix", "TX": "America/Chicago", "CA": "America/Los_Angeles",
      "NY": "America/New_York", "NJ": "America/New_York", "FL": "America/New_York", "GA": "America/New_York",
      "NC": "America/New_York", "TN": "America/Chicago", "IN": "America/Chicago", "MI": "America/Detroit",
      "MN": "America/Chicago", "CO": "America/Denver", "WA": "America/Los_Angeles", "HI": "Pacific/Honolulu",
      "NM": "America/Denver", "RI": "America/New_York", "MA": "America/New_York", "LA": "America/Chicago",
      "NE": "America/Chicago", "ID": "America/Boise", "AK": "America/Anchorage"}
STREETS = ["Maple Ct", "Oak St", "Linden Ave", "Calle Ocho", "Martin Luther King Jr Blvd", "Old Mill Rd",
           "Kamehameha Hwy", "Pine Ridge Dr", "Elm Street", "Cedar Ln", "Hillcrest Rd", "Washington Ave",
           "Bayview Ter", "W 147th St", "N Stone Ave", "Harbor Way", "Magnolia Dr", "County Rd 12",
           "Avenida del Sol", "Rue Royale", "Sycamore Pl", "E Lafayette Blvd", "Navajo Route 9"]
UNITS = ["Apt 4B", "#212", "Unit 9", "Apt 1203", "Ste 3", "Lot 17"]
COORDS = {"Columbus": (39.96, -83.00), "Dayton": (39.76, -84.19), "Tucson": (32.22, -110.97), "Mesa": (33.42, -111.83),
          "El Paso": (31.76, -106.49), "San Antonio": (29.42, -98.49), "Sacramento": (38.58, -121.49), "Fresno": (36.74, -119.79),
          "Queens": (40.73, -73.79), "Yonkers": (40.93, -73.90), "Paterson": (40.92, -74.17), "Hialeah": (25.86, -80.28),
          "Orlando": (28.54, -81.38), "Gainesville": (34.30, -83.82), "Durham": (35.99, -78.90), "Memphis": (35.15, -90.05),
          "Gary": (41.59, -87.35), "Lansing": (42.73, -84.56), "Minneapolis": (44.98, -93.27), "Aurora": (39.73, -104.83),
          "Tacoma": (47.25, -122.44), "Honolulu": (21.31, -157.86), "Albuquerque": (35.08, -106.65), "Gallup": (35.53, -108.74),
          "Providence": (41.82, -71.41), "Worcester": (42.26, -71.80), "Baton Rouge": (30.45, -91.19), "Omaha": (41.26, -95.93),
          "Boise": (43.62, -116.20), "Anchorage": (61.22, -149.90)}
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me", "aol.com",
           "comcast.net", "att.net", "me.com", "live.com", "ymail.com"]


def ascii_fold(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ı", "i").replace("ł", "l").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    return "".join(c for c in ascii_fold(s).lower() if c.isalnum())


def mbi():
    L_ = "ACDEFGHJKMNPQRTUVWXY"
    AN = L_ + "0123456789"
    return "%d%s%s%d-%s%s%d-%s%s%d%d" % (rng.randint(1, 9), rng.choice(L_), rng.choice(AN), rng.randint(0, 9),
                                         rng.choice(L_), rng.choice(AN), rng.randint(0, 9), rng.choice(L_),
                                         rng.choice(L_), rng.randint(0, 9), rng.randint(0, 9))


def member_id():
    k = rng.randint(0, 4)
    if k == 0:
        return "W" + "%09d" % rng.randint(0, 999999999)
    if k == 1:
        return rs(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + "%09d" % rng.randint(0, 999999999)
    if k == 2:
        return "%011d" % rng.randint(0, 99999999999) + "01"
    if k == 3:
        return "ZGP" + "%08d" % rng.randint(0, 99999999) + "-" + "%02d" % rng.randint(1, 4)
    return "U" + "%08d" % rng.randint(0, 99999999) + "01"


def medicaid_id():
    return rs(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + "%05d" % rng.randint(0, 99999) + rs(1, "ABCDEFGHJKLMNPRSTUVWXYZ")


def mrn():
    return rng.choice(["MH", "VH", "E"]) + "%08d" % rng.randint(0, 99999999)


def dl(st):
    if st == "CA":
        return "%s%07d" % (rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), rng.randint(0, 9999999))
    if st == "FL":
        return "%s%03d-%03d-%02d-%03d-%d" % (rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), rng.randint(0, 999), rng.randint(0, 999),
                                           rng.randint(0, 99), rng.randint(0, 999), rng.randint(0, 9))
    if st == "NY":
        return "%03d %03d %03d" % (rng.randint(0, 999), rng.randint(0, 999), rng.randint(0, 999))
    if st == "OH":
        return "%s%s%06d" % (rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), rng.randint(0, 999999))
    return "%09d" % rng.randint(0, 999999999)


def plate():
    k = rng.randint(0, 3)
    if k == 0:
        return "%d%s%03d" % (rng.randint(1, 9), rs(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), rng.randint(0, 999))
    if k == 1:
        return "%s-%04d" % (rs(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), rng.randint(0, 9999))
    if k == 2:
        return "%s %s" % (rs(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), rs(4, "0123456789"))
    return "%s%d%s%d" % (rs(2, "ABCDEFGHJKLMNPRSTUVWXYZ"), rng.randint(10, 99), rs(1, "ABCDEFGHJKLMNPRSTUVWXYZ"), rng.randint(100, 999))


def mac():
    return ":".join("%02X" % rng.randint(0, 255) for _ in range(6))


def jpeg_b64(n=180):
    head = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    head += bytes([0xFF, 0xDB, 0x00, 0x43, 0x00])
    return base64.b64encode(head + bytes(rng.randint(0, 255) for _ in range(n))).decode()


def template_b64(kind):
    if kind == "fmr":
        head = b"FMR\x00 20\x00"
        body = bytes(rng.randint(0, 255) for _ in range(96))
    else:
        head = b""
        body = bytes(rng.randint(0, 255) for _ in range(128))
    return base64.b64encode(head + body).decode()


def make_person():
    f = rng.choice(FIRST)
    l_ = rng.choice(LAST)
    mid = rng.choice(MIDS) if rng.random() < 0.25 else ""
    city, st, zp, dma = rng.choice(CITIES)
    old = rng.random() < 0.17
    y = rng.randint(1926, 1933) if old else rng.randint(1944, 2005)
    dob = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28))
    age = 2024 - dob.year - (1 if (dob.month, dob.day) > (3, 14) else 0)
    fs, ls = slug(f), slug(l_)
    k = rng.randint(0, 6)
    local_ = [fs + "." + ls, fs + ls + str(rng.randint(1, 99)), fs[0] + ls, fs + "_" + ls[:5],
              ls + fs[0] + str(rng.randint(60, 99)), fs + "." + ls[0] + str(rng.randint(100, 999)),
              fs + "lovesyoga" if rng.random() < 0.5 else fs + "_" + str(y)][k]
    ios = rng.random() < 0.55
    p = dict(first=f, last=l_, mid=mid, city=city, st=st, dma=dma,
             zip=zp + "%02d" % rng.randint(1, 99), zip4="%04d" % rng.randint(1, 9999),
             street="%d %s" % (rng.randint(2, 9899), rng.choice(STREETS)),
             unit=rng.choice(UNITS) if rng.random() < 0.35 else "",
             dob=dob, age=age, email=local_ + "@" + rng.choice(DOMAINS),
             phone=phone10(), uid="usr_" + rs(14), ios=ios,
             pseudo=(hx(32).upper() if ios else "%d.%d" % (rng.randint(1000000000, 2147483647), 1709000000 + rng.randint(0, 999999))),
             idfa=uuid4().upper(), idfv=uuid4().upper(), gaid=uuid4(), android_id=hx(16),
             anon=uuid4(), amp_id=rng.randint(100000000000, 999999999999),
             af_id="%d-%d" % (1700000000000 + rng.randint(0, 10 ** 10), rng.randint(10 ** 18, 10 ** 19 - 1)),
             braze_id=hx(24), ip=ip_pub(), mrn=mrn(), member=member_id(),
             apns=hx(64), fcm=b64url(22) + ":APA91b" + b64url(134), cus="cus_" + rs(14),
             lat=round(COORDS[city][0] + rng.uniform(-0.06, 0.06), 5), lng=round(COORDS[city][1] + rng.uniform(-0.06, 0.06), 5),
             lat_ok=rng.random() < 0.8, tz=TZ[st], nick=None)
    p["nick"] = rng.choice([fs + str(rng.randint(10, 99)), fs[:3] + ls[:4] + "_", "mama" + ls[:4], ls + "fam",
                            fs + "_in_" + slug(city)[:6], "Tired" + fs.capitalize()])
    return p


PEOPLE = [make_person() for _ in range(70)]


def person():
    return rng.choice(PEOPLE)


def nm(p, style=None):
    style = style if style is not None else rng.randint(0, 6)
    f, l_ = p["first"], p["last"]
    if style == 0:
        return f + " " + l_
    if style == 1:
        return l_ + ", " + f
    if style == 2:
        return (f + " " + l_).upper()
    if style == 3:
        return (f + " " + l_).lower()
    if style == 4:
        return f[0] + ". " + l_
    if style == 5:
        return f + " " + (p["mid"] + " " if p["mid"] else "") + l_
    return l_.upper() + ", " + f.upper()


def appt_date():
    return datetime.date(2024, 3, 14) + datetime.timedelta(days=rng.randint(-20, 30))


CLINICIANS = ["Dr. Priya Raman", "Dr. Alan Whitfield", "Grace Liu, NP", "Dr. Oksana Hrytsenko", "Dr. Samuel Adjei",
              "Marcus Bell, PA-C", "Dr. Lucía Ferrer", "Dr. Hyun-woo Park"]
AGENTS = ["Kelsey (Vitalo Care Team)", "Jordan P.", "Andrés from Vitalo", "Bot", "Nia (Pharmacy Support)", "Tom H."]
VISIT_TYPES = ["uti", "cold_flu", "mental_health", "dermatology", "birth_control", "hair_loss", "ed", "allergy", "covid_test_followup"]
MEDS = ["sertraline 50mg", "nitrofurantoin 100mg", "finasteride 1mg", "escitalopram 10mg", "norgestimate/EE",
        "valacyclovir 1g", "tretinoin 0.025%", "sildenafil 20mg", "cetirizine 10mg", "bupropion XL 150mg"]
CAMPAIGNS = ["refill_due_7d", "spring_allergy_2024", "winback_90d", "visit_reminder_24h", "rx_shipped", "onboarding_d3",
             "mental_health_awareness", "flu_season_2024", "plus_upsell_q1", "nps_survey_march"]
APP_VER = ["5.12.0", "5.12.1", "5.11.3", "5.10.0"]
IOS_MODELS = [("iPhone 13", "iPhone14,5"), ("iPhone 14 Pro", "iPhone15,2"), ("iPhone 15", "iPhone15,4"),
              ("iPhone SE (3rd gen)", "iPhone14,6"), ("iPhone 12 mini", "iPhone13,1")]
AND_MODELS = [("samsung", "SM-S911U", "Galaxy S23"), ("Google", "Pixel 7", "Pixel 7"), ("motorola", "moto g play - 2023", "moto g play"),
              ("samsung", "SM-A156U", "Galaxy A15 5G"), ("OnePlus", "CPH2449", "OnePlus 11")]
IOS_VERS = ["17.3.1", "17.4", "16.7.5", "17.2.1"]
AND_VERS = ["14", "13", "12"]


def ord_no():
    return "ORD-2024-%07d" % rng.randint(0, 9999999)


def rx_no():
    return rng.choice(["RX%07d-%02d" % (rng.randint(0, 9999999), rng.randint(0, 5)), "%07d" % rng.randint(1000000, 9999999)])


def visit_id():
    return "vis_" + rs(16)


NPIS = ["1437281920", "1982736450", "1558203391", "1093847261"]


# ============================================================================= generators
# each returns a list of Line objects

def g_firebase_bq():
    p = person()
    t = tick()
    L = Line("firebase_bq_json")
    ev = rng.choice(["screen_view", "symptom_check_complete", "visit_booked", "rx_refill_requested",
                     "notification_open", "first_open", "session_start"])
    sess = str(epoch(t) - rng.randint(10, 900))
    params = [{"key": "ga_session_id", "value": {"int_value": sess}},
              {"key": "ga_session_number", "value": {"int_value": str(rng.randint(1, 140))}}]
    if ev == "screen_view":
        params += [{"key": "firebase_screen", "value": {"string_value": rng.choice(["SymptomChecker", "VisitLobby", "RxTracker", "Home"])}},
                   {"key": "engagement_time_msec", "value": {"int_value": str(rng.randint(100, 90000))}}]
    elif ev == "symptom_check_complete":
        params += [{"key": "triage_level", "value": {"string_value": rng.choice(["self_care", "telehealth", "urgent_care", "emergency"])}},
                   {"key": "primary_symptom", "value": {"string_value": rng.choice(["sore_throat", "dysuria", "chest_tightness", "rash", "headache"])}},
                   {"key": "question_count", "value": {"int_value": str(rng.randint(6, 31))}}]
    elif ev == "visit_booked":
        params += [{"key": "visit_type", "value": {"string_value": rng.choice(VISIT_TYPES)}},
                   {"key": "appointment_date", "value": {"string_value": P(fdate(appt_date(), "iso"), "date")}},
                   {"key": "value", "value": {"double_value": rng.choice([39.0, 49.0, 79.0])}},
                   {"key": "currency", "value": {"string_value": "USD"}}]
    elif ev == "rx_refill_requested":
        params += [{"key": "rx_number", "value": {"string_value": P(rx_no(), "other_id")}},
                   {"key": "days_supply", "value": {"int_value": rng.choice(["30", "90"])}}]
    elif ev == "notification_open":
        params += [{"key": "message_name", "value": {"string_value": rng.choice(CAMPAIGNS)}},
                   {"key": "message_id", "value": {"string_value": str(rng.randint(10 ** 18, 10 ** 19))}},
                   {"key": "source", "value": {"string_value": "braze"}}]
    else:
        params += [{"key": "engaged_session_event", "value": {"int_value": "1"}}]
    ios = p["ios"]
    if ios:
        mm = rng.choice(IOS_MODELS)
        dev = {"category": "mobile", "mobile_brand_name": "Apple", "mobile_model_name": mm[0],
               "mobile_marketing_name": None, "mobile_os_hardware_model": mm[1], "operating_system": "iOS",
               "operating_system_version": "iOS " + rng.choice(IOS_VERS), "vendor_id": P(p["idfv"], "device"),
               "advertising_id": (P(p["idfa"], "device") if rng.random() < 0.4 else None), "language": "en-us",
               "is_limited_ad_tracking": "No", "time_zone_offset_seconds": str(-14400)}
    else:
        mm = rng.choice(AND_MODELS)
        dev = {"category": "mobile", "mobile_brand_name": mm[0].capitalize(), "mobile_model_name": mm[1],
               "mobile_marketing_name": mm[2], "operating_system": "Android",
               "operating_system_version": "Android " + rng.choice(AND_VERS), "vendor_id": None,
               "advertising_id": P(p["gaid"], "device"), "language": rng.choice(["en-us", "es-us"]),
               "is_limited_ad_tracking": "No", "time_zone_offset_seconds": str(-18000)}
    city_known = rng.random() < 0.85
    geo = {"city": P(p["city"], "address") if city_known else "(not set)", "country": "United States",
           "continent": "Americas", "region": STATE_NAMES[p["st"]], "sub_continent": "Northern America",
           "metro": P(p["dma"], "address") if city_known else "(not set)"}
    row = {"event_date": t.strftime("%Y%m%d"), "event_timestamp": str(epoch_us(t)), "event_name": ev,
           "event_params": params, "event_previous_timestamp": None, "event_bundle_sequence_id": str(rng.randint(2, 900)),
           "user_id": P(p["uid"], "other_id") if rng.random() < 0.7 else None,
           "user_pseudo_id": P(p["pseudo"], "other_id"),
           "user_properties": [{"key": "plan_tier", "value": {"string_value": rng.choice(["free", "plus"]), "set_timestamp_micros": str(epoch_us(t) - 86400000000)}},
                               {"key": "first_open_time", "value": {"int_value": str(1680000000000 + rng.randint(0, 10 ** 10))}}],
           "device": dev, "geo": geo,
           "app_info": {"id": "com.vitalohealth.app", "version": rng.choice(APP_VER),
                        "firebase_app_id": "1:482917364501:%s:%s" % ("ios" if ios else "android", hx(22)),
                        "install_source": "iTunes" if ios else "com.android.vending"},
           "traffic_source": {"name": rng.choice(CAMPAIGNS + ["(direct)"]), "medium": rng.choice(["cpc", "email", "(none)", "organic"]),
                              "source": rng.choice(["google", "braze", "(direct)", "facebook"])},
           "stream_id": "3871204466" if ios else "3871209913", "platform": "IOS" if ios else "ANDROID",
           "is_active_user": True}
    jdump(L, row)
    return [L]


def g_bq_noise():
    t = tick()
    L = Line("bigquery_job")
    k = rng.randint(0, 7)
    if k == 0:
        L.t("Waiting on bqjob_r%s_0000018e%s_1 ... (%ds) Current status: DONE" % (hx(16), hx(8), rng.randint(1, 40)))
    elif k == 1:
        row = {"kind": "bigquery#job", "id": "vitalo-prod:US.scheduled_query_%s-0000-2b5e-9c1a-%s" % (hx(8), hx(12)),
               "status": {"state": "DONE"}, "statistics": {"creationTime": str(epoch_ms(t)), "totalBytesProcessed": str(rng.randint(10 ** 9, 10 ** 11)),
                                                          "totalSlotMs": str(rng.randint(10 ** 4, 10 ** 7)), "query": {"cacheHit": False, "statementType": "MERGE"}}}
        jdump(L, row)
    elif k == 2:
        L.t("[scheduled-query] run_id=%s config=%s dest=analytics_mart.%s rows_written=%d duration=00:%02d:%02d.%03d" % (
            uuid4(), rng.choice(["daily_retention_cohorts", "campaign_attribution_v2", "funnel_symptom_to_visit", "push_ctr_daily"]),
            rng.choice(["retention_d7", "fct_attribution", "fct_funnel", "agg_push_ctr"]), rng.randint(100, 90000),
            rng.randint(0, 12), rng.randint(0, 59), rng.randint(0, 999)))
    elif k == 3:
        L.t("google.api_core.exceptions.BadRequest: 400 Unrecognized name: %s at [%d:%d]; reason: invalidQuery, location: query, message: Unrecognized name: %s at [%d:%d]" % (
            ("user_props",) + (rng.randint(3, 40), rng.randint(1, 30)) + ("user_props",) + (rng.randint(3, 40), rng.randint(1, 30))))
    elif k == 4:
        L.t("%s INFO firebase-export-monitor: table analytics_311480263.events_intraday_%s lag=%d:%02d:%02d rows_last_hour=%d" % (
            iso_s(t), t.strftime("%Y%m%d"), 0, rng.randint(1, 30), rng.randint(0, 59), rng.randint(40000, 400000)))
    elif k == 5:
        row = {"event_date": (t - datetime.timedelta(days=1)).strftime("%Y%m%d"), "event_name": rng.choice(["visit_booked", "symptom_check_complete", "rx_refill_requested", "notification_open"]),
               "platform": rng.choice(["IOS", "ANDROID"]), "users": rng.randint(100, 30000), "events": rng.randint(100, 90000)}
        jdump(L, row)
    elif k == 6:
        L.t("bq --location=US load --source_format=NEWLINE_DELIMITED_JSON --replace raw_appsflyer.installs_%s gs://vitalo-raw-af/installs/dt=%s/*.json.gz ./schemas/af_installs.json" % (
            t.strftime("%Y%m%d"), t.strftime("%Y-%m-%d")))
    else:
        L.t("Table 'vitalo-prod:firebase_crashlytics.com_vitalohealth_app_ANDROID' streaming buffer: estimatedRows=%d, oldestEntryTime=%d" % (rng.randint(10, 5000), epoch_ms(t) - rng.randint(1000, 600000)))
    return [L]


def g_bq_insert_error():
    p = person()
    t = tick()
    L = Line("bigquery_job")
    L.t("%s ERROR segment-warehouse-sync: insertAll failed table=raw_segment.identifies row_index=%d reason=invalid location=traits.dateOfBirth message=\"no such field: traits.dateOfBirth.\" row=" % (iso_ms(t), rng.randint(0, 499)))
    row = {"id": "ajs-" + hx(32), "user_id": P(p["uid"], "other_id"), "received_at": iso_ms(t),
           "traits": {"dateOfBirth": P(fdate(p["dob"], "iso"), "date"), "email": P(p["email"], "email"), "plan": "plus"}}
    jdump(L, row)
    return [L]


CYC = {"idv": 0, "dlp": 0}


def g_dlp():
    p = person()
    t = tick()
    L = Line("cloud_dlp_finding")
    CYC["dlp"] += 1
    k = CYC["dlp"] % 3
    it, val, cat, tbl = [("US_SOCIAL_SECURITY_NUMBER", ssn(), "ssn", "raw_support.chat_messages"),
                         ("PHONE_NUMBER", fphone(p["phone"], rng.choice([0, 1, 2, 3])), "phone", "raw_appstore.reviews"),
                         ("EMAIL_ADDRESS", p["email"], "email", "raw_segment.tracks")][k]
    row = {"infoType": {"name": it}, "likelihood": rng.choice(["LIKELY", "VERY_LIKELY"]), "quote": P(val, cat),
           "location": {"byteRange": {"start": str(rng.randint(0, 300)), "end": str(rng.randint(301, 600))},
                        "contentLocations": [{"recordLocation": {"recordKey": {"bigQueryKey": {"tableReference": {
                            "projectId": "vitalo-prod", "datasetId": tbl.split(".")[0], "tableId": tbl.split(".")[1]},
                            "rowNumber": str(rng.randint(0, 900000))}}, "fieldId": {"name": rng.choice(["body", "review_text", "properties"])}}}]},
           "createTime": iso_ms(t), "findingId": str(rng.randint(10 ** 18, 10 ** 19))}
    jdump(L, row)
    return [L]


EXC_ANDROID = [("java.lang.IllegalStateException", "Fragment VisitRoomFragment{%s} not attached to a context."),
               ("kotlinx.coroutines.JobCancellationException", "StandaloneCoroutine was cancelled"),
               ("java.lang.NullPointerException", "Attempt to invoke virtual method 'java.lang.String com.vitalohealth.rx.model.Shipment.getCarrier()' on a null object reference"),
               ("android.os.DeadObjectException", ""),
               ("java.net.UnknownHostException", "Unable to resolve host \"api.vitalohealth.com\": No address associated with hostname")]


def g_crashlytics_row():
    p = person()
    t = tick()
    L = Line("crashlytics_bq_json")
    ios = p["ios"]
    exc = rng.choice(EXC_ANDROID)
    amod = rng.choice(AND_MODELS)
    name_in_user = rng.random() < 0.5
    user = {"id": P(p["uid"], "other_id"), "name": P(nm(p, 0), "name") if name_in_user else None,
            "email": P(p["email"], "email") if rng.random() < 0.5 else None}
    keys = [{"key": "screen", "value": rng.choice(["VisitRoom", "RxCheckout", "SymptomFlow/Q12", "InsuranceCapture"])},
            {"key": "build_flavor", "value": "prodRelease"}]
    if rng.random() < 0.5:
        keys.append({"key": "visit_id", "value": P(visit_id(), "other_id")})
    if rng.random() < 0.35:
        keys.append({"key": "ehr_mrn", "value": P(p["mrn"], "mrn")})
    logs = [{"timestamp": iso_ms(t - datetime.timedelta(seconds=3)), "message": "VisitRoom: token refresh requested"}]
    if rng.random() < 0.4:
        logs.append({"timestamp": iso_ms(t - datetime.timedelta(seconds=1)),
                     "message": S("InsuranceCapture: OCR memberId=", P(p["member"], "health_plan"), " confidence=0.", str(rng.randint(60, 99)))})
    row = {"platform": "IOS" if ios else "ANDROID", "bundle_identifier": "com.vitalohealth.app",
           "event_id": hx(32), "is_fatal": rng.random() < 0.7, "issue_id": hx(32), "variant_id": hx(32),
           "event_timestamp": t.strftime("%Y-%m-%d %H:%M:%S.") + "%06d UTC" % t.microsecond,
           "device": {"manufacturer": "Apple" if ios else amod[0], "model": rng.choice(IOS_MODELS)[1] if ios else amod[1],
                      "architecture": "arm64" if ios else "arm64-v8a"},
           "memory": {"used": str(rng.randint(10 ** 8, 10 ** 9)), "free": str(rng.randint(10 ** 8, 10 ** 9))},
           "operating_system": {"display_version": rng.choice(IOS_VERS) if ios else rng.choice(AND_VERS), "name": "IOS" if ios else "ANDROID"},
           "application": {"build_version": str(rng.randint(5100, 5130)), "display_version": rng.choice(APP_VER)},
           "user": user, "custom_keys": keys, "installation_uuid": P(hx(32), "other_id"),
           "crashlytics_sdk_version": "18.6.2" if not ios else "10.22.0", "app_orientation": "PORTRAIT",
           "logs": logs,
           "exceptions": [{"type": exc[0], "exception_message": exc[1] % hx(7) if "%s" in exc[1] else exc[1], "blamed": True}]}
    jdump(L, row)
    return [L]


def g_crashlytics_noise():
    t = tick()
    L = Line("crashlytics_digest")
    k = rng.randint(0, 3)
    if k == 0:
        row = {"issue_id": hx(32), "title": rng.choice(["VisitRoomViewController.swift line 214", "RxTrackerFragment.kt line 88", "SymptomEngine.evaluate(_:)"]),
               "subtitle": rng.choice(["EXC_BREAKPOINT 0x0000000102a4c1f0", "java.lang.IllegalStateException", "SIGABRT ABORT 0x00000001e2c8a1a4"]),
               "crash_count": rng.randint(5, 900), "impacted_users": rng.randint(3, 800),
               "app_version": "%s (%d)" % (rng.choice(APP_VER), rng.randint(5100, 5130)), "velocity_alert": rng.random() < 0.2}
        jdump(L, row, (", ", ": "))
    elif k == 1:
        L.t("Successfully submitted symbols for architecture arm64 with UUID %s in dSYM: /Users/runner/Library/Developer/Xcode/Archives/Vitalo.xcarchive/dSYMs/Vitalo.app.dSYM" % uuid4().upper())
    elif k == 2:
        L.t("> Task :app:uploadCrashlyticsMappingFileProdRelease | Mapping file uploaded: build id %s" % hx(40))
    else:
        L.t("[Crashlytics] crash-free users (24h) ios=%.2f%% android=%.2f%% sessions=%d" % (rng.uniform(99.0, 99.9), rng.uniform(98.5, 99.8), rng.randint(100000, 300000)))
    return [L]


def g_logcat_crash():
    t = tick()
    ts = logcat_ts(t)
    pid = rng.randint(3000, 32000)
    exc = rng.choice(EXC_ANDROID)
    out = []
    rows = ["FATAL EXCEPTION: main", "Process: com.vitalohealth.app, PID: %d" % pid,
            "%s: %s" % (exc[0], exc[1] % hx(7) if "%s" in exc[1] else exc[1]) if exc[1] else exc[0],
            "\tat com.vitalohealth.visit.ui.VisitRoomFragment.onTokenRefreshed(VisitRoomFragment.kt:%d)" % rng.randint(80, 400),
            "\tat com.vitalohealth.visit.ui.VisitRoomFragment$onViewCreated$2.invokeSuspend(VisitRoomFragment.kt:%d)" % rng.randint(40, 120),
            "\tat kotlin.coroutines.jvm.internal.BaseContinuationImpl.resumeWith(ContinuationImpl.kt:33)",
            "\tat kotlinx.coroutines.DispatchedTask.run(DispatchedTask.kt:108)"]
    for r in rows[: rng.randint(4, 7)]:
        L = Line("android_logcat")
        L.t("%s %5d %5d E AndroidRuntime: %s" % (ts, pid, pid, r))
        out.append(L)
    return out


def g_ios_crash():
    tick()
    out = []
    rows = ["Exception Type:  EXC_BREAKPOINT (SIGTRAP)", "Termination Reason: SIGNAL 5 Trace/BPT trap: 5",
            "Triggered by Thread:  0",
            "Thread 0 Crashed::  Dispatch queue: com.apple.main-thread",
            "0   Vitalo                        \t0x%016x VisitRoomViewController.joinRoom(token:) + %d (VisitRoomViewController.swift:214)" % (rng.randint(0x100000000, 0x1ffffffff), rng.randint(100, 900)),
            "1   Vitalo                        \t0x%016x closure #1 in VisitRoomViewModel.refresh() + %d (VisitRoomViewModel.swift:88)" % (rng.randint(0x100000000, 0x1ffffffff), rng.randint(10, 300)),
            "2   libswift_Concurrency.dylib    \t0x%016x completeTaskWithClosure(swift::AsyncContext*, swift::SwiftError*) + 1" % rng.randint(0x1e0000000, 0x1efffffff)]
    for r in rows[rng.randint(0, 2):]:
        L = Line("ios_crash_report")
        L.t(r)
        out.append(L)
    return out


def seg_context(p, t, with_ip=True):
    if p["ios"]:
        mm = rng.choice(IOS_MODELS)
        dev = {"adTrackingEnabled": True, "advertisingId": P(p["idfa"], "device"), "id": P(p["idfv"], "device"),
               "manufacturer": "Apple", "model": mm[1], "name": "iPhone", "type": "ios"}
        lib = {"name": "analytics-swift", "version": "1.5.3"}
        os_ = {"name": "iOS", "version": rng.choice(IOS_VERS)}
    else:
        mm = rng.choice(AND_MODELS)
        dev = {"adTrackingEnabled": True, "advertisingId": P(p["gaid"], "device"), "id": P(p["android_id"], "device"),
               "manufacturer": mm[0], "model": mm[1], "name": mm[2], "type": "android"}
        lib = {"name": "analytics-kotlin", "version": "1.14.2"}
        os_ = {"name": "Android", "version": rng.choice(AND_VERS)}
    ctx = {"app": {"build": str(rng.randint(5100, 5130)), "name": "Vitalo", "namespace": "com.vitalohealth.app", "version": rng.choice(APP_VER)},
           "device": dev}
    if with_ip:
        ctx["ip"] = P(p["ip"], "ip")
    ctx.update({"library": lib, "locale": rng.choice(["en-US", "es-US"]), "network": {"cellular": False, "wifi": True},
                "os": os_, "timezone": p["tz"]})
    return ctx


def g_segment():
    p = person()
    t = tick()
    L = Line("segment_json")
    kind = rng.choice(["track", "track", "identify", "identify_server", "screen"])
    base = {"anonymousId": P(p["anon"], "other_id")}
    if kind == "track":
        ev = rng.choice(["Visit Booked", "Symptom Check Completed", "Refill Requested", "Push Opened", "Insurance Card Added"])
        props = {"visitType": rng.choice(VISIT_TYPES)} if ev != "Insurance Card Added" else {"payer": rng.choice(["Aetna", "Anthem BCBS", "UnitedHealthcare", "Cigna", "Medicaid (Molina)"])}
        if ev == "Visit Booked":
            ad = appt_date()
            props["appointmentStart"] = P("%sT%02d:%s:00%s" % (fdate(ad, "iso"), rng.randint(8, 20), rng.choice(["00", "15", "30", "45"]), rng.choice(["-04:00", "-05:00", "-07:00"])), "date")
            props["providerId"] = "prv_" + rs(10)
            props["price"] = rng.choice([39, 49, 79])
        if ev == "Insurance Card Added":
            props["memberId"] = P(p["member"], "health_plan")
            props["groupNumber"] = "%06d" % rng.randint(0, 999999)
        if ev == "Push Opened":
            props = {"campaign_name": rng.choice(CAMPAIGNS), "campaign_id": hx(24)}
        msg = dict(base)
        msg.update({"context": seg_context(p, t), "event": ev, "integrations": {}, "messageId": uuid4(),
                    "originalTimestamp": iso_ms(t - datetime.timedelta(seconds=2)), "properties": props,
                    "receivedAt": iso_ms(t), "sentAt": iso_ms(t - datetime.timedelta(seconds=1)), "timestamp": iso_ms(t),
                    "type": "track", "userId": P(p["uid"], "other_id")})
    elif kind == "screen":
        msg = dict(base)
        msg.update({"context": seg_context(p, t), "name": rng.choice(["Symptom Result", "Visit Lobby", "Rx Tracker"]),
                    "properties": {"triage": rng.choice(["self_care", "telehealth", "urgent_care"])}, "messageId": uuid4(),
                    "timestamp": iso_ms(t), "type": "screen", "userId": None})
    elif kind == "identify":
        traits = {"email": P(p["email"], "email"), "firstName": P(p["first"], "name"), "lastName": P(p["last"], "name"),
                  "phone": P(fphone(p["phone"], 4), "phone"), "birthday": P(fdate(p["dob"], "iso"), "date")}
        traits["age"] = P(p["age"], "age") if p["age"] >= 90 else p["age"]
        traits["address"] = {"street": P(p["street"], "address"), "city": P(p["city"], "address"), "state": p["st"],
                             "postalCode": P(p["zip"], "zip"), "country": "US"}
        traits["createdAt"] = "2022-%02d-%02dT%02d:11:03Z" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23))
        traits["plan"] = rng.choice(["free", "vitalo_plus"])
        msg = dict(base)
        msg.update({"context": seg_context(p, t), "messageId": uuid4(), "timestamp": iso_ms(t), "traits": traits,
                    "type": "identify", "userId": P(p["uid"], "other_id")})
    else:
        traits = {"first_name": P(p["first"], "name"), "last_name": P(p["last"], "name"), "email": P(p["email"], "email"),
                  "dob": P(fdate(p["dob"], "us"), "date"), "mobile_phone": P(fphone(p["phone"], 1), "phone"),
                  "zip": P(p["zip"], "zip"), "insurance_member_id": P(p["member"], "health_plan"),
                  "pcp_name": rng.choice(CLINICIANS)}
        if rng.random() < 0.5:
            traits["home_fax"] = P(fphone(phone10(p["phone"][:3]), 0), "fax")
        if rng.random() < 0.3:
            traits["website"] = P("https://%s.%s" % (slug(p["first"] + p["last"]), rng.choice(["com", "net", "me"])), "url")
        msg = {"type": "identify", "userId": P(p["uid"], "other_id"), "traits": traits,
               "context": {"library": {"name": "analytics-python", "version": "2.3.2"}, "source": "intake-service"},
               "messageId": "api-" + rs(27), "timestamp": iso_ms(t)}
    jdump(L, msg)
    return [L]


def g_segment_noise():
    t = tick()
    L = Line("segment_pipeline")
    k = rng.randint(0, 5)
    if k == 0:
        L.t("%s analytics-node flushed %d messages in %dms (status=200, batch=%s)" % (iso_ms(t), rng.randint(1, 100), rng.randint(30, 900), uuid4()))
    elif k == 1:
        L.t('[segment-functions] fn=braze_enrich invocation=%s duration_ms=%d status=success memory_mb=%d' % (uuid4(), rng.randint(8, 400), rng.randint(40, 128)))
    elif k == 2:
        L.t('Segment destination "%s" delivery (last 1h): attempted=%d delivered=%d discarded=%d reason=%s' % (
            rng.choice(["Amplitude (Actions)", "Braze Cloud Mode (Actions)", "Mixpanel (Actions)", "BigQuery"]),
            rng.randint(10000, 90000), rng.randint(9000, 89000), rng.randint(0, 40), rng.choice(["invalid_timestamp", "payload_too_large", "rate_limited"])))
    elif k == 3:
        L.t('Protocols violation: event "%s" property "%s" expected %s got null (source=%s, count=%d)' % (
            rng.choice(["Visit Booked", "Refill Requested", "Symptom Check Completed"]), rng.choice(["visitType", "rxCount", "triageLevel"]),
            rng.choice(["string", "integer"]), rng.choice(["ios_prod", "android_prod", "web_prod"]), rng.randint(1, 300)))
    elif k == 4:
        L.t("%s WARN segment-proxy 429 Too Many Requests from api.segment.io, retry in %dms (attempt %d/5)" % (iso_ms(t), rng.randint(100, 4000), rng.randint(1, 4)))
    else:
        jdump(L, {"level": "info", "ts": iso_ms(t), "msg": "segment batch accepted", "writeKey": "wk_ios_prod", "bytes": rng.randint(2000, 490000), "events": rng.randint(1, 100), "latency_ms": rng.randint(5, 300)})
    return [L]


def g_amplitude():
    p = person()
    t = tick()
    L = Line("amplitude_export_json")
    ios = p["ios"]
    mm = rng.choice(IOS_MODELS) if ios else rng.choice(AND_MODELS)
    ev = rng.choice(["symptom_check_complete", "visit_started", "visit_ended", "rx_delivery_tracked", "paywall_viewed"])
    up = {"plan": rng.choice(["free", "plus"]), "acquisition_channel": rng.choice(["paid_social", "organic", "referral"])}
    if rng.random() < 0.4:
        up["email"] = P(p["email"], "email")
    if rng.random() < 0.4:
        up["age"] = P(p["age"], "age") if p["age"] >= 90 else p["age"]
    if rng.random() < 0.25:
        up["preferred_name"] = P(p["first"], "name")
    ep = {"visit_type": rng.choice(VISIT_TYPES)} if ev.startswith("visit") else {"source_screen": rng.choice(["home", "push", "deeplink"])}
    if ev == "visit_ended":
        ep["visit_id"] = P(visit_id(), "other_id")
        ep["duration_sec"] = rng.randint(200, 1800)
    lat_ok = p["lat_ok"] and rng.random() < 0.3
    row = {"$insert_id": uuid4(), "adid": None if ios else P(p["gaid"], "device"), "amplitude_id": P(p["amp_id"], "other_id"),
           "app": 412381, "city": P(p["city"], "address"), "client_event_time": t.strftime("%Y-%m-%d %H:%M:%S.%f"),
           "country": "United States", "device_brand": None if ios else mm[0], "device_carrier": rng.choice(["Verizon", "T-Mobile", "AT&T", None]),
           "device_family": "Apple iPhone" if ios else mm[2], "device_id": P(uuid4().upper() if ios else uuid4(), "other_id"),
           "device_model": mm[1], "dma": P(p["dma"], "address"), "event_properties": ep, "event_time": t.strftime("%Y-%m-%d %H:%M:%S.%f"),
           "event_type": ev, "idfa": P(p["idfa"], "device") if ios else None, "ip_address": P(p["ip"], "ip"),
           "language": "English", "library": "amplitude-swift/1.4.2" if ios else "amplitude-kotlin/1.16.4",
           "location_lat": P(p["lat"], "address") if lat_ok else None, "location_lng": P(p["lng"], "address") if lat_ok else None,
           "os_name": "ios" if ios else "android", "os_version": rng.choice(IOS_VERS) if ios else rng.choice(AND_VERS),
           "platform": "iOS" if ios else "Android", "region": STATE_NAMES[p["st"]], "session_id": epoch_ms(t) - rng.randint(1000, 900000),
           "user_id": P(p["uid"], "other_id"), "user_properties": up, "uuid": uuid4(), "version_name": rng.choice(APP_VER)}
    jdump(L, row)
    return [L]


def g_amplitude_noise():
    t = tick()
    L = Line("amplitude_api")
    k = rng.randint(0, 2)
    if k == 0:
        jdump(L, {"code": 200, "events_ingested": rng.randint(1, 2000), "payload_size_bytes": rng.randint(500, 1000000), "server_upload_time": epoch_ms(t)})
    elif k == 1:
        jdump(L, {"code": 429, "error": "Too many requests for some devices and users", "eps_threshold": 30,
                  "throttled_devices": {}, "throttled_users": {}, "exceeded_daily_quota_devices": {}}, (", ", ": "))
    else:
        L.t("%s INFO amplitude-export: downloaded project=412381 window=%s..%s files=%d bytes=%d" % (
            iso_s(t), (t - datetime.timedelta(hours=2)).strftime("%Y%m%dT%H"), (t - datetime.timedelta(hours=1)).strftime("%Y%m%dT%H"),
            rng.randint(1, 24), rng.randint(10 ** 6, 10 ** 9)))
    return [L]


def g_mixpanel():
    p = person()
    t = tick()
    L = Line("mixpanel_json")
    if rng.random() < 0.55:
        ios = p["ios"]
        props = {"time": epoch(t), "distinct_id": P(p["uid"], "other_id"), "$device_id": P(p["anon"].upper(), "other_id"),
                 "$user_id": P(p["uid"], "other_id"), "$app_build_number": str(rng.randint(5100, 5130)),
                 "$app_version_string": rng.choice(APP_VER), "$city": P(p["city"], "address"), "$region": STATE_NAMES[p["st"]],
                 "mp_country_code": "US", "$os": "iOS" if ios else "Android", "$manufacturer": "Apple" if ios else rng.choice(AND_MODELS)[0],
                 "$wifi": rng.random() < 0.5, "$insert_id": rs(16).lower(), "mp_lib": "swift" if ios else "android",
                 "$lib_version": "4.2.0" if ios else "7.4.1", "mp_processing_time_ms": epoch_ms(t) + rng.randint(100, 9000)}
        props["visit_type"] = rng.choice(VISIT_TYPES)
        props["wait_seconds"] = rng.randint(20, 1500)
        jdump(L, {"event": rng.choice(["Visit Started", "Visit Completed", "Triage Result Viewed", "Refill Confirmed"]), "properties": props})
    else:
        setp = {"$email": P(p["email"], "email"), "$first_name": P(p["first"], "name"), "$last_name": P(p["last"], "name"),
                "$phone": P(fphone(p["phone"], rng.choice([0, 4, 5])), "phone"), "$created": "2021-%02d-%02dT14:03:11" % (rng.randint(1, 12), rng.randint(1, 28)),
                "Plan": rng.choice(["Vitalo+", "Free"]), "Date of Birth": P(fdate(p["dob"], rng.choice(["iso", "us"])), "date"),
                "Preferred Pharmacy": "Vitalo Mail Order"}
        if rng.random() < 0.5:
            setp["Instagram"] = P("https://www.instagram.com/%s/" % p["nick"].lower(), "url")
        jdump(L, {"$token": hx(32), "$distinct_id": P(p["uid"], "other_id"), "$ip": P(p["ip"], "ip"), "$set": setp}, (", ", ": "))
    return [L]


def g_mixpanel_noise():
    t = tick()
    L = Line("mixpanel_api")
    if rng.random() < 0.5:
        jdump(L, {"code": 200, "num_records_imported": rng.randint(1, 2000), "status": "OK"})
    else:
        jdump(L, {"code": 400, "error": "some data points in the request failed validation", "failed_records": [
            {"index": rng.randint(0, 1999), "$insert_id": rs(16).lower(), "field": "properties.time", "message": "'properties.time' is invalid: must be specified as seconds since epoch"}],
            "num_records_imported": rng.randint(1, 1999), "status": "Bad Request"})
    return [L]


def g_push():
    p = person()
    t = tick()
    k = rng.randint(0, 4)
    if k == 0:
        L = Line("push_apns_log")
        L.t("%s INFO  [push-worker-%d] c.v.push.ApnsSender - sent apns-id=%s topic=com.vitalohealth.app token=" % (
            t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000), rng.randint(1, 8), uuid4().upper()))
        L.p(p["apns"], "device")
        L.t(" status=200 user=")
        L.p(p["uid"], "other_id")
        L.t(" campaign=%s" % rng.choice(CAMPAIGNS))
    elif k == 1:
        L = Line("push_apns_log")
        L.t("%s WARN  [push-worker-%d] c.v.push.ApnsSender - APNs rejected token " % (
            t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000), rng.randint(1, 8)))
        L.p(p["apns"], "device")
        L.t(" status=%s apns-id=%s; marking device inactive" % (rng.choice(["410 reason=Unregistered", "400 reason=BadDeviceToken", "400 reason=DeviceTokenNotForTopic"]), uuid4().upper()))
    elif k == 2:
        L = Line("push_apns_json")
        ad = appt_date()
        body = rng.choice([
            S("Hi ", P(p["first"], "name"), ", your visit with ", rng.choice(CLINICIANS), " is confirmed for ", P(fdate(ad, "mon_day"), "date"), " at ", "%d:%s PM" % (rng.randint(1, 8), rng.choice(["00", "30"])), "."),
            S(P(p["first"], "name"), ", your prescription is out for delivery and should arrive by 6 PM."),
            S("Reminder: your refill for ", rng.choice(MEDS), " is due ", P(fdate(ad, "mon_day"), "date"), ". Tap to confirm."),
        ])
        jdump(L, {"level": "info", "ts": epoch(t) + t.microsecond / 1e6, "caller": "apns/sender.go:141", "msg": "apns push sent",
                  "apns_id": uuid4().upper(), "device_token": P(p["apns"], "device"), "push_type": "alert", "priority": 10,
                  "payload": {"aps": {"alert": {"title": "Vitalo", "body": body}, "sound": "default", "badge": 1},
                              "deep_link": "vitalo://visits/upcoming", "ab_cmp": hx(24)},
                  "status": 200, "latency_ms": rng.randint(20, 400)})
    elif k == 3:
        L = Line("push_fcm_json")
        jdump(L, {"severity": "ERROR", "logging.googleapis.com/labels": {"service": "notif-fcm", "version": "v2.14.0"},
                  "message": "FCM send failed: %s" % rng.choice(["UNREGISTERED", "INVALID_ARGUMENT", "SENDER_ID_MISMATCH"]),
                  "token": P(p["fcm"], "device"), "externalUserId": P(p["uid"], "other_id"),
                  "error": {"code": rng.choice([404, 400, 403]), "status": rng.choice(["NOT_FOUND", "INVALID_ARGUMENT", "PERMISSION_DENIED"]),
                            "message": "Requested entity was not found."},
                  "logging.googleapis.com/trace": "projects/vitalo-prod/traces/%s" % hx(32)})
    else:
        L = Line("push_fcm_json")
        jdump(L, {"severity": "INFO", "message": "FCM message accepted", "name": "projects/vitalo-prod/messages/0:%d%%%s" % (epoch_ms(t), hx(16)),
                  "token": P(p["fcm"], "device"),
                  "data": {"type": "rx_update", "order_id": ord_no(), "title": S("Good news, ", P(p["first"], "name"), "!"),
                           "body": "Your order has shipped."}, "android": {"priority": "HIGH", "ttl": "3600s"}})
    return [L]


def g_push_noise():
    t = tick()
    k = rng.randint(0, 4)
    L = Line("push_apns_log" if k < 3 else "push_fcm_json")
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    if k == 0:
        L.t("%s INFO  [push-dispatcher] c.v.push.CampaignRunner - campaign=%s sent=%d failed=%d invalid_tokens=%d duration=%.1fs" % (
            ts, rng.choice(CAMPAIGNS), rng.randint(1000, 90000), rng.randint(0, 300), rng.randint(0, 200), rng.uniform(5, 200)))
    elif k == 1:
        L.t("%s INFO  [apns-conn-%d] c.e.pushy.apns.ApnsClientHandler - HTTP/2 connection to api.push.apple.com/17.188.%d.%d:443 established (maxConcurrentStreams=1000)" % (
            ts, rng.randint(1, 4), rng.randint(128, 191), rng.randint(1, 254)))
    elif k == 2:
        L.t("%s DEBUG [apns-auth] c.v.push.TokenAuth - APNs provider token refreshed kid=8Q3K9Z4XW2 team=7H2ZP3LQ9D ttl=3000s" % ts)
    elif k == 3:
        jdump(L, {"severity": "INFO", "message": "fcm batch complete", "success": rng.randint(500, 5000), "failure": rng.randint(0, 50),
                  "qps": rng.randint(50, 600), "project": "vitalo-prod", "campaign": rng.choice(CAMPAIGNS)})
    else:
        jdump(L, {"severity": "WARNING", "message": "FCM quota nearing limit", "quota_metric": "fcm.googleapis.com/messages", "usage_pct": round(rng.uniform(70, 95), 1)})
    return [L]


UA_IOS = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"
UA_AND = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36"


def g_nginx():
    p = person()
    t = tick()
    L = Line("nginx_access")
    L.p(p["ip"], "ip")
    L.t(" - - [%s] \"GET " % nginx_ts(t))
    k = rng.randint(0, 4)
    camp = rng.choice(CAMPAIGNS)
    if k == 0:
        L.t("/l/rx-ready?utm_source=braze&utm_medium=push&utm_campaign=%s&utm_content=cta_track&deep_link_value=vitalo%%3A%%2F%%2Forders%%2F%s" % (camp, ord_no()))
    elif k == 1:
        L.t("/l/visit?utm_source=sendgrid&utm_medium=email&utm_campaign=%s&uid=" % camp)
        L.p(p["uid"], "other_id")
        L.t("&vid=")
        L.p(visit_id(), "other_id")
    elif k == 2:
        em = p["email"].replace("@", "%40")
        L.t("/l/unsub?utm_source=braze&utm_medium=email&utm_campaign=%s&e=" % camp)
        L.p(em, "email")
        L.t("&sig=%s" % hx(40))
    elif k == 3:
        L.t("/l/symptom-check?utm_source=google&utm_medium=cpc&utm_campaign=%s&gclid=%s" % (camp, b64url(40)))
    else:
        L.t("/l/refer?code=%s&utm_source=referral&utm_medium=sms&pid=af_app_invites&af_sub1=" % rs(8).upper())
        L.p(p["uid"], "other_id")
    L.t(" HTTP/2.0\" 302 0 \"-\" \"%s\" \"-\" rt=0.00%d uct=\"0.000\" upstream=\"10.4.1.%d:8080\"" % (UA_IOS if p["ios"] else UA_AND, rng.randint(1, 9), rng.randint(2, 40)))
    return [L]


def g_nginx_noise():
    t = tick()
    L = Line("nginx_access")
    k = rng.randint(0, 3)
    if k == 0:
        L.t("%s - - [%s] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\" \"-\" rt=0.000" % (ip_priv(), nginx_ts(t)))
    elif k == 1:
        L.t("17.%d.%d.%d - - [%s] \"GET /.well-known/apple-app-site-association HTTP/1.1\" 200 812 \"-\" \"AASA-Bot/1.0.0\" \"-\" rt=0.001" % (
            rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254), nginx_ts(t)))
    elif k == 2:
        L.t("66.249.%d.%d - - [%s] \"GET /.well-known/assetlinks.json HTTP/1.1\" 200 412 \"-\" \"Google-Digital-Asset-Links (+https://developers.google.com/digital-asset-links)\" \"-\" rt=0.001" % (
            rng.randint(64, 95), rng.randint(1, 254), nginx_ts(t)))
    else:
        L.t("%s - - [%s] \"GET /metrics HTTP/1.1\" 200 %d \"-\" \"Prometheus/2.49.1\" \"-\" rt=0.00%d" % (ip_priv(), nginx_ts(t), rng.randint(4000, 30000), rng.randint(1, 9)))
    return [L]


def g_appsflyer():
    p = person()
    t = tick()
    L = Line("appsflyer_postback_json")
    ios = p["ios"]
    ev = rng.choice(["install", "af_complete_registration", "visit_booked", "af_purchase", "re-engagement"])
    it = t - datetime.timedelta(days=rng.randint(0, 40), seconds=rng.randint(0, 86400))
    row = {"event_name": ev, "event_time": t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000),
           "install_time": it.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (it.microsecond // 1000),
           "appsflyer_id": P(p["af_id"], "other_id"), "customer_user_id": P(p["uid"], "other_id") if ev != "install" else None,
           "idfa": P(p["idfa"], "device") if ios else None, "idfv": P(p["idfv"], "device") if ios else None,
           "advertising_id": None if ios else P(p["gaid"], "device"), "android_id": None,
           "ip": P(p["ip"], "ip"), "country_code": "US", "region": "NA", "state": p["st"], "city": P(p["city"], "address"),
           "postal_code": P(p["zip"], "zip"), "dma": "None", "media_source": rng.choice(["googleadwords_int", "Facebook Ads", "tiktokglobal_int", "Apple Search Ads"]),
           "campaign": rng.choice(CAMPAIGNS), "af_adset": rng.choice(["lookalike_1pct", "broad_25_54", "uti_intent_kw"]),
           "event_value": "{\"af_revenue\":\"%s\",\"af_currency\":\"USD\",\"visit_type\":\"%s\"}" % (rng.choice(["0", "39.00", "79.00"]), rng.choice(VISIT_TYPES)),
           "device_model": rng.choice(IOS_MODELS)[1] if ios else rng.choice(AND_MODELS)[1], "os_version": rng.choice(IOS_VERS) if ios else rng.choice(AND_VERS),
           "app_version": rng.choice(APP_VER), "sdk_version": "v6.13.0", "platform": "ios" if ios else "android",
           "bundle_id": "com.vitalohealth.app", "app_id": "id1582273041" if ios else "com.vitalohealth.app",
           "att": "authorized" if ios else None, "is_retargeting": ev == "re-engagement"}
    jdump(L, row)
    return [L]


AF_HEADER = ["Attributed Touch Type", "Attributed Touch Time", "Install Time", "Event Time", "Event Name", "Media Source",
             "Campaign", "State", "City", "Postal Code", "IP", "AppsFlyer ID", "Advertising ID", "IDFA", "IDFV",
             "Customer User ID", "Platform", "Device Model", "OS Version", "App Version"]


def g_appsflyer_csv():
    out = []
    tick()
    L = Line("appsflyer_raw_csv")
    csv_row(L, AF_HEADER)
    out.append(L)
    for _ in range(rng.randint(2, 4)):
        p = person()
        t = tick()
        ios = p["ios"]
        L = Line("appsflyer_raw_csv")
        it = t - datetime.timedelta(hours=rng.randint(1, 300))
        cells = [rng.choice(["click", "impression"]), (it - datetime.timedelta(minutes=rng.randint(1, 300))).strftime("%Y-%m-%d %H:%M:%S"),
                 it.strftime("%Y-%m-%d %H:%M:%S"), t.strftime("%Y-%m-%d %H:%M:%S"), rng.choice(["install", "visit_booked", "af_complete_registration"]),
                 rng.choice(["googleadwords_int", "Facebook Ads", "snapchat_int"]), rng.choice(CAMPAIGNS), p["st"],
                 P(p["city"], "address"), P(p["zip"], "zip"), P(p["ip"], "ip"), P(p["af_id"], "other_id"),
                 P(p["idfa"] if ios else p["gaid"], "device"), P(p["idfa"], "device") if ios else "", P(p["idfv"], "device") if ios else "",
                 P(p["uid"], "other_id") if rng.random() < 0.6 else "", "ios" if ios else "android",
                 rng.choice(IOS_MODELS)[1] if ios else rng.choice(AND_MODELS)[1], rng.choice(IOS_VERS) if ios else rng.choice(AND_VERS), rng.choice(APP_VER)]
        csv_row(L, [(c,) if isinstance(c, P) else c for c in cells])
        out.append(L)
    return out


def g_appsflyer_noise():
    t = tick()
    L = Line("appsflyer_api")
    k = rng.randint(0, 2)
    if k == 0:
        L.t("%s INFO af-pull: GET https://hq1.appsflyer.com/api/raw-data/export/app/id1582273041/installs_report/v5?from=%s&to=%s&timezone=UTC -> 200 rows=%d bytes=%d" % (
            iso_s(t), (t - datetime.timedelta(days=1)).strftime("%Y-%m-%d"), t.strftime("%Y-%m-%d"), rng.randint(200, 20000), rng.randint(10 ** 5, 10 ** 8)))
    elif k == 1:
        L.t("%s WARN af-s2s: POST https://api2.appsflyer.com/inappevent/com.vitalohealth.app -> 400 \"Bad Request: eventTime format invalid\" retry=false" % iso_s(t))
    else:
        jdump(L, {"ts": iso_ms(t), "level": "info", "msg": "skan postback received", "ad_network_id": "su67r6k2v3.skadnetwork",
                  "source_app_id": str(rng.randint(10 ** 8, 10 ** 9)), "conversion_value": rng.randint(0, 63), "postback_sequence_index": rng.randint(0, 2),
                  "did_win": True, "transaction_id": uuid4()})
    return [L]


def g_email_webhook():
    p = person()
    t = tick()
    k = rng.randint(0, 4)
    if k <= 1:
        L = Line("sendgrid_webhook_json")
        ev = rng.choice(["delivered", "open", "click", "bounce"]) if k == 0 else rng.choice(["open", "click"])
        row = {"email": P(p["email"], "email"), "timestamp": epoch(t), "smtp-id": "<%s@vitalohealth.com>" % rs(22),
               "event": ev, "category": [rng.choice(CAMPAIGNS), "lifecycle"], "sg_event_id": b64url(22),
               "sg_message_id": "%s.recvd-%s-%s-1-%s-2.0" % (b64url(22), rs(10).lower(), hx(4), hx(8).upper())}
        if ev in ("open", "click"):
            row["ip"] = P(p["ip"], "ip")
            row["useragent"] = UA_IOS if p["ios"] else UA_AND
            row["sg_machine_open"] = False
        else:
            row["ip"] = "149.72.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))
            row["response"] = "250 2.0.0 OK  %d %s.%d - gsmtp" % (epoch(t), rs(12), rng.randint(1, 400))
        if ev == "click":
            row["url"] = S("https://vitalohealth.com/rx/refill?utm_source=sendgrid&utm_medium=email&utm_campaign=refill_due_7d&uid=", P(p["uid"], "other_id"))
        if ev == "bounce":
            row["reason"] = "550 5.1.1 The email account that you tried to reach does not exist."
            row["type"] = "bounce"
        row["patient_ref"] = P(p["uid"], "other_id")
        jdump(L, [row])
    elif k == 2:
        L = Line("mailgun_webhook_json")
        subj = rng.choice([S("Your lab results are ready, ", P(p["first"], "name")), S("Your Vitalo visit summary"),
                           S("Action needed: confirm your date of birth (", P(fdate(p["dob"], "us"), "date"), ")")])
        row = {"signature": {"timestamp": str(epoch(t)), "token": hx(50), "signature": hx(64)},
               "event-data": {"event": "failed", "severity": "permanent", "reason": "bounce", "id": b64url(22),
                              "timestamp": epoch(t) + t.microsecond / 1e6, "recipient": P(p["email"], "email"),
                              "delivery-status": {"code": 550, "message": "5.1.1 The email account that you tried to reach does not exist.",
                                                  "mx-host": "gmail-smtp-in.l.google.com", "attempt-no": 1},
                              "message": {"headers": {"to": S(P(nm(p, 0), "name"), " <", P(p["email"], "email"), ">"),
                                                      "from": "Vitalo Care <care@vitalohealth.com>", "subject": subj,
                                                      "message-id": "%s@mg.vitalohealth.com" % hx(24)}},
                              "tags": ["results_ready"]}}
        jdump(L, row)
    else:
        L = Line("postmark_webhook_json")
        row = {"RecordType": "Bounce", "ID": rng.randint(10 ** 9, 10 ** 10), "Type": "HardBounce", "TypeCode": 1,
               "Name": "Hard bounce", "Tag": rng.choice(["visit-receipt", "rx-shipped", "password-reset"]), "MessageID": uuid4(),
               "ServerID": 88123, "MessageStream": "outbound", "Description": "The server was unable to deliver your message (ex: unknown user, mailbox not found).",
               "Details": "smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", "Email": P(p["email"], "email"),
               "From": "receipts@vitalohealth.com", "BouncedAt": iso_s(t), "Inactive": True, "CanActivate": True,
               "Subject": S("Receipt for your visit on ", P(fdate(appt_date(), "long"), "date"))}
        jdump(L, row, (", ", ": "))
    return [L]


def g_email_noise():
    t = tick()
    L = Line("webhook_receiver")
    k = rng.randint(0, 3)
    if k == 0:
        L.t('%s - "POST /webhooks/sendgrid HTTP/1.1" 200 batch=%d processed=%d dup=%d %dms' % (ip_priv(), rng.randint(1, 1000), rng.randint(1, 1000), rng.randint(0, 9), rng.randint(3, 400)))
    elif k == 1:
        L.t("%s WARN webhooks.sendgrid: signature verification failed (timestamp skew %ds), request rejected x-request-id=%s" % (iso_ms(t), rng.randint(301, 900), uuid4()))
    elif k == 2:
        L.t("%s INFO webhooks.postmark: suppression list synced stream=outbound added=%d removed=%d" % (iso_ms(t), rng.randint(0, 90), rng.randint(0, 10)))
    else:
        L.t("%s INFO webhooks.mailgun: domain=mg.vitalohealth.com events/min=%d p99_ms=%d queue_depth=%d" % (iso_ms(t), rng.randint(100, 3000), rng.randint(20, 500), rng.randint(0, 40)))
    return [L]


PLAY_HEADER = ["Package Name", "App Version Code", "App Version Name", "Reviewer Language", "Device", "Review Submit Date and Time",
               "Review Submit Millis Since Epoch", "Review Last Update Date and Time", "Review Last Update Millis Since Epoch",
               "Star Rating", "Review Title", "Review Text", "Developer Reply Date and Time", "Developer Reply Millis Since Epoch",
               "Developer Reply Text", "Review Link"]


REVIEW_TITLES = {0: "Crashes constantly", 1: "Life saver", 2: "Muy buena", 3: "Stürzt ab", 4: "Pricey", 5: "Still waiting",
                 6: "Billing nightmare", 7: "Accurate", 8: "Bom", 9: "Great for my mom", 10: "Annoying", 11: "Insurance screen broken",
                 12: "Estafa", 13: "Great", 14: "Wrong address", 15: "Meh", 16: "Bien mais", 17: "Feature request", 18: "Video froze",
                 19: "Great"}
LAST_REVIEW = [0]


def review_text(p):
    """returns (lang, parts tuple, reply parts tuple or None)"""
    k = rng.randint(0, 19)
    LAST_REVIEW[0] = k
    ad = appt_date()
    if k == 14:
        return "en", ("Pharmacy delivered to ", P(p["street"], "address"), " instead of my apartment, had to chase the courier. Meds were fine though.",), None
    if k == 15:
        return "en", ("The visit was fine but the doctor kept calling me ", P(p["first"] + "a" if not p["first"].endswith("a") else p["first"][:-1], "name"), " lol. Name is on my profile!!"), None
    if k == 16:
        return "fr", ("Application pratique, mais impossible de modifier ma date de naissance (", P(fdate(p["dob"], "eu"), "date"), ") après l'inscription."), None
    if k == 17:
        return "en", ("Dark mode please. Also the symptom checker asks the same question twice.",), None
    if k == 18:
        return "en", ("Video froze 3 times during my therapy session. On wifi, iPhone 13. Fix it.",), None
    if k == 0:
        return "en", ("App keeps crashing when I try to join the video visit. Pixel 7, Android 14.",), None
    if k == 1:
        return "en", ("Got antibiotics for my UTI in 20 minutes without leaving the couch. Lifesaver.",), None
    if k == 2:
        return "es", ("Excelente servicio, la doctora me atendió rápido y la receta llegó al día siguiente.",), None
    if k == 3:
        return "de", ("Die App stürzt beim Hochladen der Versicherungskarte ständig ab.",), None
    if k == 4:
        return "en", ("Wish it worked with my insurance, $79 per visit is steep.",), ("We hear you! We now accept many plans, see vitalohealth.com/insurance.",)
    if k == 5:
        return "en", ("Terrible. My name is ", P(nm(p, 0), "name"), " and I've been waiting 3 weeks for my refill. Call me ", P(fphone(p["phone"], rng.choice([0, 1, 3])), "phone")), \
            ("Hi ", P(p["first"], "name"), ", we're so sorry. Our pharmacy team will reach out today. You can also email support@vitalohealth.com.")
    if k == 6:
        return "en", ("They billed my card twice for the visit on ", P(fdate(ad, "us_np"), "date"), ". Support ticket #", P(str(rng.randint(4000000, 4999999)), "other_id"), " still open after 10 days."), None
    if k == 7:
        return "en", ("Symptom checker told me to go to urgent care, which was right. Great app.",), None
    if k == 8:
        return "pt", ("Muito bom, mas o aplicativo pede meu CPF e não sou brasileira.",), None
    if k == 9:
        return "en", ("I use this for my mom who is ", P(str(p["age"]) if p["age"] >= 90 else str(rng.choice([91, 93, 95, 97])), "age"), " and she loves the video visits with ", rng.choice(CLINICIANS), "."), None
    if k == 10:
        return "en", ("Push notifications come at 3am?? Turned them off.",), ("Thanks for the feedback. You can set quiet hours under Settings > Notifications.",)
    if k == 11:
        return "en", ("Please fix the insurance screen, it keeps rejecting my member ID ", P(p["member"], "health_plan"), " even though it's on my card"), None
    if k == 12:
        return "es", ("Me cobraron la consulta del ", P(fdate(ad, "dmy_slash"), "date"), " y nunca me conectaron con el médico.",), None
    return "en", ("Easy to use. 5 stars.",), None


def g_play_reviews():
    out = []
    tick()
    L = Line("play_reviews_csv")
    csv_row(L, PLAY_HEADER)
    out.append(L)
    for _ in range(rng.randint(2, 5)):
        p = person()
        t = tick()
        lang, parts, reply = review_text(p)
        rt = t - datetime.timedelta(hours=rng.randint(1, 200))
        L = Line("play_reviews_csv")
        vc = rng.randint(5100, 5130)
        cells = ["com.vitalohealth.app", str(vc), rng.choice(APP_VER), lang, rng.choice(["a15", "panther", "dm1q", "cyprus", "fogos"]),
                 rt.strftime("%Y-%m-%dT%H:%M:%SZ"), str(epoch_ms(rt)), rt.strftime("%Y-%m-%dT%H:%M:%SZ"), str(epoch_ms(rt)),
                 str(rng.choice([1, 1, 2, 3, 4, 5, 5])), "", tuple(parts)]
        if reply:
            cells += [t.strftime("%Y-%m-%dT%H:%M:%SZ"), str(epoch_ms(t)), tuple(reply)]
        else:
            cells += ["", "", ""]
        cells.append("http://play.google.com/console/developers/7391204817234512345/app/4974109923811234567/user-feedback/review-details?reviewId=gp:AOqpTO%s" % b64url(40))
        csv_row(L, cells)
        out.append(L)
    return out


def g_appstore_reviews():
    out = []
    tick()
    L = Line("appstore_reviews_csv")
    L.t("review_id,rating,title,body,reviewer_nickname,territory,created_date,app_version")
    out.append(L)
    for _ in range(rng.randint(2, 4)):
        p = person()
        t = tick()
        lang, parts, _ = review_text(p)
        L = Line("appstore_reviews_csv")
        cells = [str(rng.randint(10 ** 10, 10 ** 11)), str(rng.randint(1, 5)),
                 REVIEW_TITLES[LAST_REVIEW[0]],
                 tuple(parts), (P(p["nick"], "other_id"),), "USA", (t - datetime.timedelta(days=rng.randint(0, 9))).strftime("%Y-%m-%dT%H:%M:%S-07:00"),
                 rng.choice(APP_VER)]
        csv_row(L, cells)
        out.append(L)
    return out


BRAZE_HEADER = "external_id,braze_id,email,phone,first_name,last_name,dob,home_city,language,push_subscribe,email_subscribe,last_visit_date,rx_refill_due"


def g_braze_csv():
    out = []
    tick()
    L = Line("braze_audience_csv")
    L.t(BRAZE_HEADER)
    out.append(L)
    for _ in range(rng.randint(2, 5)):
        p = person()
        tick()
        L = Line("braze_audience_csv")
        lv = appt_date() - datetime.timedelta(days=rng.randint(10, 120))
        cells = [(P(p["uid"], "other_id"),), (P(p["braze_id"], "other_id"),), (P(p["email"], "email"),),
                 (P(fphone(p["phone"], 4), "phone"),) if rng.random() < 0.8 else "",
                 (P(p["first"], "name"),), (P(p["last"], "name"),), (P(fdate(p["dob"], "iso"), "date"),),
                 (P(p["city"], "address"),), rng.choice(["en", "es", "en"]), rng.choice(["opted_in", "subscribed", "unsubscribed"]),
                 rng.choice(["opted_in", "subscribed", "unsubscribed"]), (P(fdate(lv, "iso"), "date"),),
                 (P(fdate(appt_date(), "iso"), "date"),) if rng.random() < 0.6 else ""]
        csv_row(L, cells)
        out.append(L)
    return out


def g_braze_currents():
    p = person()
    t = tick()
    L = Line("braze_currents_json")
    ev = rng.choice(["users.messages.pushnotification.Send", "users.messages.email.Open", "users.messages.inappmessage.Click", "users.canvas.Entry"])
    row = {"id": uuid4(), "user_id": P(p["braze_id"], "other_id"), "external_user_id": P(p["uid"], "other_id"),
           "time": epoch(t), "timezone": p["tz"], "app_id": uuid4(), "campaign_id": uuid4(), "campaign_name": rng.choice(CAMPAIGNS),
           "message_variation_id": uuid4(), "platform": "ios" if p["ios"] else "android",
           "device_id": P(uuid4().upper() if p["ios"] else uuid4(), "other_id"), "send_id": None, "dispatch_id": hx(32),
           "event_type": ev}
    if ev.endswith("Open"):
        row["email_address"] = P(p["email"], "email")
        row["user_agent"] = UA_IOS
        row["ip_pool"] = "marketing"
    jdump(L, row)
    return [L]


def g_braze_noise():
    t = tick()
    L = Line("braze_api")
    k = rng.randint(0, 2)
    if k == 0:
        L.t('%s INFO braze-sync POST https://rest.iad-05.braze.com/users/track 201 {"message":"success","attributes_processed":%d,"events_processed":%d} %dms' % (
            iso_ms(t), rng.randint(1, 75), rng.randint(0, 75), rng.randint(40, 900)))
    elif k == 1:
        L.t('%s WARN braze-sync POST /users/track 429 rate limited, X-RateLimit-Reset=%d, backing off %ds' % (iso_ms(t), epoch(t) + 60, rng.randint(5, 60)))
    else:
        L.t("%s INFO braze-currents: s3://vitalo-braze-currents/currents/dataexport.prod-05.S3.integration.%s/event_type=%s/date=%s/ files=%d" % (
            iso_ms(t), hx(24), rng.choice(["users.messages.pushnotification.Send", "users.behaviors.app.SessionStart"]), t.strftime("%Y-%m-%d-%H"), rng.randint(1, 30)))
    return [L]


def g_swift():
    p = person()
    t = tick()
    proc = "Vitalo[%d:%d]" % (rng.randint(300, 9000), rng.randint(100000, 9999999))
    k = rng.randint(0, 6)
    L = Line("ios_unified_log")
    if k == 0:
        L.t("%s %s [ProfileStore] decoded Profile(id: \"" % (ios_ts(t), proc))
        L.p(p["uid"], "other_id")
        L.t("\", firstName: \"").p(p["first"], "name").t("\", lastName: \"").p(p["last"], "name")
        L.t("\", dateOfBirth: ").p(fdate(p["dob"], "iso"), "date").t(" 00:00:00 +0000, phone: Optional(\"")
        L.p("+1" + p["phone"], "phone").t("\"), plan: .plus)")
    elif k == 1:
        L.t("%s %s [AppDelegate] didRegisterForRemoteNotificationsWithDeviceToken: " % (ios_ts(t), proc))
        L.p(p["apns"], "device")
    elif k == 2:
        L.t("%s %s [BLE] didDiscover <CBPeripheral: 0x28%s, identifier = " % (ios_ts(t), proc, hx(7)))
        L.p(uuid4().upper(), "device")
        sn = "%s%05d" % (rng.choice(["7830H", "BP7250-", "OMR"]), rng.randint(0, 99999))
        L.t(", name = Contour")
        L.p(sn, "device")
        L.t(", mtu = 23> RSSI=-%d" % rng.randint(40, 90))
    elif k == 3:
        L = Line("cocoalumberjack")
        L.t("%s%03d [Vitalo] <DeepLink> handling vitalo://visit/join?visit_id=" % (local(t).strftime("%Y/%m/%d %H:%M:%S:"), t.microsecond // 1000))
        L.p(visit_id(), "other_id")
        L.t("&patient=")
        L.p(p["uid"], "other_id")
        L.t(" source=push utm_campaign=%s" % rng.choice(CAMPAIGNS))
    elif k == 4:
        L = Line("swiftybeaver")
        lt = local(t)
        L.t("%s 💙 DEBUG VisitViewModel.load():%d - Visit(id: \"" % (lt.strftime("%H:%M:%S.") + "%03d" % (lt.microsecond // 1000), rng.randint(40, 200)))
        L.p(visit_id(), "other_id")
        L.t("\", patientName: \"").p(nm(p, rng.choice([0, 5])), "name").t("\", startsAt: ")
        ad = appt_date()
        L.p("%s %02d:%s:00 +0000" % (fdate(ad, "iso"), rng.randint(12, 23), rng.choice(["00", "30"])), "date")
        L.t(", provider: \"%s\", status: .scheduled)" % rng.choice(CLINICIANS))
    elif k == 5:
        L.t("%s %s [Insurance] card OCR result member=" % (ios_ts(t), proc))
        L.p(p["member"], "health_plan")
        L.t(" group=%06d payer=\"%s\" subscriber=\"" % (rng.randint(0, 999999), rng.choice(["Aetna", "Anthem Blue Cross", "Humana", "Cigna"])))
        L.p(nm(p, 2), "name")
        L.t("\" confidence=0.%d" % rng.randint(70, 99))
    else:
        L.t("%s %s [Checkout] Stripe PaymentSheet completed customer=" % (ios_ts(t), proc))
        L.p(p["cus"], "account")
        L.t(" paymentIntent=pi_%s status=succeeded last4=%04d" % (rs(24), rng.randint(0, 9999)))
    return [L]


def g_swift_noise():
    t = tick()
    proc = "Vitalo[%d:%d]" % (rng.randint(300, 9000), rng.randint(100000, 9999999))
    L = Line("ios_unified_log")
    k = rng.randint(0, 7)
    if k == 0:
        L.t("%s %s [connection] nw_connection_copy_connected_local_endpoint_block_invoke [C%d] Client called nw_connection_copy_connected_local_endpoint on unconnected nw_connection" % (ios_ts(t), proc, rng.randint(1, 30)))
    elif k == 1:
        L.t("%s %s 10.22.0 - [FirebaseAnalytics][I-ACS023007] Analytics v.10.22.0 started" % (ios_ts(t), proc))
    elif k == 2:
        L.t("%s %s Task <%s>.<%d> finished with error [-1001] Error Domain=NSURLErrorDomain Code=-1001 \"The request timed out.\" UserInfo={NSErrorFailingURLStringKey=https://api.vitalohealth.com/v2/rx/orders/%s/track}" % (
            ios_ts(t), proc, uuid4().upper(), rng.randint(1, 40), ord_no()))
    elif k == 3:
        L = Line("swiftybeaver")
        lt = local(t)
        L.t("%s 💚 INFO SymptomCheckerViewModel.submit():%d - triage result=%s confidence=0.%02d questions=%d" % (
            lt.strftime("%H:%M:%S.") + "%03d" % (lt.microsecond // 1000), rng.randint(100, 200), rng.choice(["self_care", "telehealth", "urgent_care"]),
            rng.randint(40, 99), rng.randint(6, 30)))
    elif k == 4:
        L.t("%s %s [HealthKit] HKAnchoredObjectQuery returned %d samples type=HKQuantityTypeIdentifierHeartRate anchor=<HKQueryAnchor: 0x28%s>" % (ios_ts(t), proc, rng.randint(0, 900), hx(7)))
    elif k == 5:
        L = Line("cocoalumberjack")
        L.t("%s%03d [Vitalo] <Twilio> room=RM%s connected participants=2 network_quality=%d codec=VP8 simulcast=false" % (
            local(t).strftime("%Y/%m/%d %H:%M:%S:"), t.microsecond // 1000, hx(32), rng.randint(1, 5)))
    elif k == 6:
        L.t("%s %s [RemoteConfig] fetched template version %d (%d keys), activated=true, minimumFetchInterval=43200" % (ios_ts(t), proc, rng.randint(100, 400), rng.randint(30, 90)))
    else:
        L.t("%s %s [Reachability] path status changed: satisfied interface=wifi expensive=false constrained=false" % (ios_ts(t), proc))
    return [L]


def g_kotlin():
    p = person()
    t = tick()
    pid = rng.randint(3000, 32000)
    tid = pid + rng.randint(1, 80)
    L = Line("android_logcat")
    L.t("%s %5d %5d " % (logcat_ts(t), pid, tid))
    k = rng.randint(0, 6)
    if k == 0:
        L.t("D OkHttp  : ")
        jdump(L, {"patientId": P(p["uid"], "other_id"), "insurance": {"payer": rng.choice(["Aetna", "Molina Healthcare", "Ambetter"]),
                  "memberId": P(p["member"] if rng.random() < 0.7 else medicaid_id(), "health_plan"), "groupNumber": "%07d-010-00001" % rng.randint(0, 9999999),
                  "subscriberName": P(nm(p, 0), "name"), "subscriberDob": P(fdate(p["dob"], "iso"), "date"),
                  "relationship": "self"}})
    elif k == 1:
        L.t("D BluetoothGatt: connect() - device: ")
        L.p(mac(), "device")
        L.t(", auto: false")
    elif k == 2:
        L.t("D VisitRepository: loadUpcoming(): Visit(id=")
        L.p(visit_id(), "other_id")
        L.t(", patientName=").p(nm(p, 0), "name").t(", mrn=").p(p["mrn"], "mrn")
        ad = appt_date()
        L.t(", scheduledAt=").p("%sT%02d:%s-05:00" % (fdate(ad, "iso"), rng.randint(8, 20), rng.choice(["00", "30"])), "date")
        L.t(", provider=%s, type=%s, patientAge=" % (rng.choice(CLINICIANS), rng.choice(VISIT_TYPES).upper()))
        L.p(str(p["age"]), "age" if p["age"] >= 90 else None).t(")")
    elif k == 3:
        L.t("D PushService: onNewToken token=")
        L.p(p["fcm"], "device")
    elif k == 4:
        L.t("I RxTracker: courier eta updated order=%s eta=%dmin dropoff=" % (ord_no(), rng.randint(5, 90)))
        L.p("%.5f" % p["lat"], "address").t(",").p("%.5f" % p["lng"], "address")
    elif k == 5:
        L.t("D OkHttp  : card[number]=")
        L.p(luhn_complete(rng.choice(["4147", "5425", "4031", "5168"]), 16), "account")
        L.t("&card[exp_month]=%02d&card[exp_year]=%d&card[cvc]=***&billing_details[name]=" % (rng.randint(1, 12), rng.randint(2025, 2030)))
        L.p(nm(p, 0).replace(" ", "+"), "name")
        L.t("&billing_details[address][postal_code]=").p(p["zip"], "zip")
    else:
        L.t("W IntakeForm: validation failed field=ssn value=")
        L.p(ssn(), "ssn")
        L.t(" reason=\"does not match insurer record for ").p(nm(p, 1), "name").t("\"")
    return [L]


def g_kotlin_noise():
    t = tick()
    pid = rng.randint(3000, 32000)
    tid = pid + rng.randint(0, 80)
    L = Line("android_logcat")
    L.t("%s %5d %5d " % (logcat_ts(t), pid, tid))
    k = rng.randint(0, 7)
    if k == 0:
        L.t("D OkHttp  : --> POST https://api.vitalohealth.com/v2/visits (%d-byte body)" % rng.randint(100, 2000))
    elif k == 1:
        L.t("D OkHttp  : <-- 200 https://api.vitalohealth.com/v2/rx/orders/%s (%dms, unknown-length body)" % (ord_no(), rng.randint(40, 900)))
    elif k == 2:
        L.t("I FA      : Tag Manager is not found and thus will not be used")
    elif k == 3:
        L.t("V FA      : Logging event (FE): symptom_check_complete(_e), Bundle[{ga_event_origin(_o)=app, ga_screen_class(_sc)=SymptomResultActivity, ga_screen_id(_si)=-%d, triage_level=%s}]" % (
            rng.randint(10 ** 9, 10 ** 10), rng.choice(["self_care", "telehealth", "urgent_care"])))
    elif k == 4:
        L.t("I Choreographer: Skipped %d frames!  The application may be doing too much work on its main thread." % rng.randint(30, 200))
    elif k == 5:
        L.t("W System.err: java.net.SocketTimeoutException: timeout")
    elif k == 6:
        L.t("D FirebaseSessions: App backgrounded on com.vitalohealth.app - sessionId=%s" % hx(32))
    else:
        L.t("I WM-WorkerWrapper: Worker result SUCCESS for Work [ id=%s, tags={ com.vitalohealth.sync.RxStatusSyncWorker } ]" % uuid4())
    return [L]


CHAT_OPEN = ["hi my refill for {med} still says processing", "I need to reschedule my visit", "my insurance card got rejected again",
             "hola, necesito ayuda con mi receta", "I'm booking for my dad and the app won't let me add him"]


def g_chat():
    p = person()
    t = tick()
    out = []
    conv = str(rng.randint(40000000, 49999999))
    agent = rng.choice(AGENTS[:3] + AGENTS[4:])
    L = Line("chat_transcript")
    L.t("--- Transcript: conversation ").p(conv, "other_id").t(" (Intercom, in-app, started %s UTC) ---" % t.strftime("%Y-%m-%d %H:%M"))
    out.append(L)
    name = nm(p, rng.choice([0, 0, 5, 3]))
    script = rng.randint(0, 4)
    lt = local(t)

    def ts():
        nonlocal lt
        lt += datetime.timedelta(seconds=rng.randint(5, 90))
        return "(" + lt.strftime("%I:%M:%S %p").lstrip("0") + ")"

    def cust(*parts):
        L = Line("chat_transcript")
        L.t(ts() + " ").p(name, "name").t(": ")
        inline(L, *parts)
        out.append(L)

    def ag(*parts):
        L = Line("chat_transcript")
        L.t(ts() + " " + agent + ": ")
        inline(L, *parts)
        out.append(L)

    med = rng.choice(MEDS)
    if script == 0:
        cust("hi my refill for %s still says processing" % med)
        ag("Hi ", P(p["first"], "name"), "! I'm sorry about that. Can you confirm your date of birth?")
        cust(P(fdate(p["dob"], rng.choice(["us_np", "us", "long"])), "date"))
        ag("Thanks. I see order %s was held because the pharmacy needs a new prescription from %s." % (ord_no(), rng.choice(CLINICIANS)))
        cust("ok can you text me when it ships? ", P(fphone(p["phone"], rng.choice([1, 3, 0])), "phone"))
        ag("Will do! Anything else I can help with today?")
    elif script == 1:
        ad = appt_date()
        cust("I need to reschedule my visit on ", P(fdate(ad, rng.choice(["mon_day", "us_np", "long"])), "date"), ", something came up at work")
        ag("No problem. I can offer tomorrow at 9:30 AM or 4:00 PM Eastern.")
        cust("4pm works")
        ag("Done, you're booked for 4:00 PM with %s. You'll get a confirmation email shortly." % rng.choice(CLINICIANS))
    elif script == 2:
        cust("my insurance card got rejected again. member id is ", P(p["member"], "health_plan"))
        ag("Let me check with our eligibility team. Is the subscriber on the plan you or someone else?")
        rel = make_person()
        cust("the subscriber is my spouse ", P(rel["first"] + " " + p["last"], "name"), ", DOB ", P(fdate(rel["dob"], "us"), "date"))
        ag("Thank you. It looks like the payer returned 'subscriber not found'. I've escalated this as case ", P("CS-%06d" % rng.randint(0, 999999), "other_id"), ".")
        ag("You'll hear back within 1 business day.")
    elif script == 3:
        cust("hola, necesito ayuda con mi receta de ", med)
        ag("¡Hola ", P(p["first"], "name"), "! Claro, ¿me confirma su dirección de entrega?")
        cust(P(p["street"] + (", " + p["unit"] if p["unit"] else "") + ", " + p["city"], "address"), ", ", p["st"], " ", P(p["zip"], "zip"))
        ag("Gracias. Su pedido sale hoy con UPS, número de rastreo 1Z%s." % rs(16, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"))
    else:
        dad = make_person()
        age = rng.choice([91, 92, 94, 96]) if rng.random() < 0.7 else 78
        dob = datetime.date(2024 - age - 1, rng.randint(4, 12), rng.randint(1, 28))
        cust("I'm booking for my dad and the app won't let me add him")
        ag("Sorry about that! Dependents over 18 need their own account, but I can help set it up. What's his full name?")
        cust(P(dad["first"] + " " + p["last"], "name"), ", he's ", P(str(age), "age") if age >= 90 else str(age), ". DOB ", P(fdate(dob, "us_short"), "date"))
        if rng.random() < 0.5:
            cust("do you need his social? it's ", P(ssn(), "ssn"))
            ag("Please don't share SSNs in chat! I've redacted our copy. We only need his Medicare number.")
            cust(P(mbi(), "health_plan"))
        else:
            cust("and his phone is ", P(fphone(phone10(), rng.choice([0, 2])), "phone"), " but he's hard of hearing, text is better")
        ag("Got it, I've sent him an invite link. Anything else?")
    L = Line("chat_transcript")
    L.t("--- end of transcript (%d messages, CSAT=%s) ---" % (len(out) - 1, rng.choice(["5", "4", "n/a"])))
    out.append(L)
    return out


def g_zendesk():
    p = person()
    t = tick()
    L = Line("zendesk_ticket_json")
    ad = appt_date()
    k = rng.randint(0, 2)
    if k == 0:
        desc = S("Hi,\nI was charged $79 for a visit on ", P(fdate(ad, "us"), "date"), " that never happened.\nCard ending 4471.\n\nThanks,\n", P(p["first"], "name"))
        subj = "Refund for cancelled visit"
    elif k == 1:
        p = rng.choice([q for q in PEOPLE if q["age"] >= 90])
        desc = S("Hello, I am ", P(str(p["age"]), "age"), " years old and do not use the app well. Please fax the forms to me at ",
                 P(fphone(phone10(p["phone"][:3]), 0), "fax"), ".\nMy address is ", P(p["street"] + ", " + p["city"], "address"), " ", p["st"], " ", P(p["zip"] + "-" + p["zip4"], "zip"))
        subj = "Paper forms please"
    else:
        desc = S("My prescription (Rx ", P(rx_no(), "other_id"), ") was delivered to the wrong house. I live at ", P(p["street"], "address"),
                 ", the driver left it at the neighbor's. Please call ", P(fphone(p["phone"], 2), "phone"), ".")
        subj = "Delivered to wrong address"
    row = {"ticket": {"id": P(rng.randint(4000000, 4999999), "other_id"), "subject": subj, "description": desc,
                      "status": "new", "priority": "normal", "via": {"channel": rng.choice(["email", "web", "mobile_sdk"])},
                      "requester": {"name": P(nm(p, rng.choice([0, 5, 3])), "name"), "email": P(p["email"], "email")},
                      "tags": ["telehealth", rng.choice(["billing", "pharmacy", "accessibility"])],
                      "custom_fields": [{"id": 360041234567, "value": P(p["uid"], "other_id")}, {"id": 360041234568, "value": rng.choice(APP_VER)}],
                      "created_at": iso_s(t)}}
    jdump(L, row)
    return [L]


def g_support_noise():
    t = tick()
    L = Line("support_ops")
    k = rng.randint(0, 3)
    if k == 0:
        L.t("%s INFO zendesk-sync: incremental export cursor=%s tickets=%d users=%d next_page=true" % (iso_s(t), b64url(24), rng.randint(0, 1000), rng.randint(0, 400)))
    elif k == 1:
        L.t("%s INFO intercom-archiver: archived %d conversations to gs://vitalo-support-archive/intercom/%s/ (redaction=on)" % (iso_s(t), rng.randint(100, 4000), t.strftime("%Y/%m/%d")))
    elif k == 2:
        L.t("%s WARN intercom-webhook: topic=conversation.user.replied delivery_attempts=%d app_id=kx9p2w3q latency=%dms" % (iso_s(t), rng.randint(2, 5), rng.randint(100, 9000)))
    else:
        L.t("%s INFO support-metrics: queue=pharmacy open=%d first_response_p50=%dm csat_7d=%.2f agents_online=%d" % (iso_s(t), rng.randint(10, 300), rng.randint(2, 90), rng.uniform(4.1, 4.9), rng.randint(3, 30)))
    return [L]


def g_courier():
    p = person()
    t = tick()
    L = Line("courier_webhook_json")
    if rng.random() < 0.6:
        addr = p["street"] + (", " + p["unit"] if p["unit"] else "") + ", " + p["city"]
        evn, dst = rng.choice([("DASHER_CONFIRMED_PICKUP_ARRIVAL", "arrived_at_pickup"), ("DASHER_PICKED_UP", "enroute_to_dropoff"),
                               ("DASHER_DROPPED_OFF", "delivered"), ("DELIVERY_RETURN_INITIALIZED", "enroute_to_return")])
        row = {"event_name": evn,
               "created_at": iso_ms(t), "external_delivery_id": ord_no(), "delivery_status": dst,
               "pickup_business_name": "Vitalo Pharmacy - Columbus", "pickup_address": "1200 Commerce Dr, Columbus, OH 43219",
               "pickup_phone_number": "+16143041800",
               "dropoff_address": S(P(addr, "address"), ", ", p["st"], " ", P(p["zip"], "zip")),
               "dropoff_phone_number": P("+1" + p["phone"], "phone"),
               "dropoff_contact_given_name": P(p["first"], "name"), "dropoff_contact_family_name": P(p["last"], "name"),
               "dropoff_instructions": rng.choice(["Leave with doorman", "Signature required - Rx", "Call on arrival, gate code 4412#", ""]),
               "dropoff_location": {"lat": P(p["lat"], "address"), "lng": P(p["lng"], "address")},
               "dropoff_time_estimated": iso_s(t + datetime.timedelta(minutes=rng.randint(10, 80))),
               "dasher_name": rng.choice(["Luis R.", "Tamika", "Oleksandr", "Bao"]), "dasher_vehicle_make": "Toyota",
               "tracking_url": "https://track.courier-partner.com/%s" % b64url(22), "fee": rng.choice([975, 1150, 1399]), "currency": "USD"}
    else:
        row = {"event": "curbside.arrived", "occurred_at": iso_ms(t), "order_id": ord_no(), "store": "CMH1",
               "customer": {"first_name": P(p["first"], "name"), "phone": P(fphone(p["phone"], 1), "phone")},
               "vehicle": {"make": rng.choice(["Toyota", "Honda", "Ford", "Kia"]), "model": rng.choice(["RAV4", "Civic", "F-150", "Sorento"]),
                           "color": rng.choice(["silver", "black", "red", "white"]), "license_plate": P(plate(), "vehicle")},
               "parking_spot": rng.randint(1, 8)}
    jdump(L, row, (", ", ": "))
    return [L]


def g_courier_noise():
    t = tick()
    L = Line("courier_webhook_json")
    k = rng.randint(0, 2)
    if k == 0:
        jdump(L, {"event_name": "DASHER_CONFIRMED", "created_at": iso_ms(t), "external_delivery_id": ord_no(), "dasher_name": rng.choice(["Luis R.", "Tamika", "Oleksandr", "Bao"]),
                  "dasher_phone_number": "+1855973%04d" % rng.randint(0, 9999), "dasher_vehicle_make": "Honda", "pickup_address": "1200 Commerce Dr, Columbus, OH 43219"}, (", ", ": "))
    elif k == 1:
        jdump(L, {"event": "quote.created", "quote_id": "dqt_" + rs(20), "fee": rng.randint(700, 1600), "currency": "USD", "duration_seconds": rng.randint(900, 4000),
                  "pickup_store": rng.choice(["CMH1", "PHX2", "SAT1"])}, (", ", ": "))
    else:
        L.t("%s INFO courier-gw: webhook delivery_id=%s status=DELIVERED signature=valid proof=photo_stored bucket=vitalo-pod-prod" % (iso_ms(t), ord_no()))
    return [L]


def g_pharmacy():
    p = person()
    t = tick()
    L = Line("pharmacy_logfmt")
    L.t("time=%s level=info svc=rx-fulfillment site=%s " % (iso_ms(t), rng.choice(["CMH1", "PHX2", "SAT1"])))
    k = rng.randint(0, 2)
    if k == 0:
        L.t('msg="label printed" rx=').p(rx_no(), "other_id").t(" patient_dob=").p(fdate(p["dob"], "iso"), "date")
        L.t(" order=%s ndc=%05d-%04d-%02d qty=%d days_supply=%d prescriber_npi=%s ship_to_zip=" % (
            ord_no(), rng.randint(0, 99999), rng.randint(0, 9999), rng.randint(0, 99), rng.choice([30, 90]), rng.choice([30, 90]), rng.choice(NPIS)))
        L.p(p["zip"], "zip").t(" carrier=UPS")
    elif k == 1:
        L.t('msg="fill complete" rx=').p(rx_no(), "other_id").t(' patient="').p(nm(p, 1), "name")
        L.t('" drug="%s" filled_on=' % rng.choice(MEDS)).p(fdate(appt_date(), "us"), "date")
        L.t(" rph=%s" % rng.choice(["JMORALES", "KTRAN", "APATEL_RPH"]))
    else:
        L.t('msg="address verification failed" order=%s addr="' % ord_no()).p(p["street"].upper() + " " + p["city"].upper(), "address")
        L.t(" %s " % p["st"]).p(p["zip"] + p["zip4"], "zip").t('" usps_dpv=N fallback=manual_review')
    return [L]


def g_pharmacy_noise():
    t = tick()
    L = Line("pharmacy_logfmt")
    k = rng.randint(0, 2)
    if k == 0:
        L.t('time=%s level=info svc=rx-fulfillment site=%s msg="batch closed" orders=%d late=%d cutoff=15:00 carrier=UPS' % (iso_ms(t), rng.choice(["CMH1", "PHX2"]), rng.randint(100, 900), rng.randint(0, 12)))
    elif k == 1:
        L.t('time=%s level=warn svc=rx-fulfillment msg="inventory low" ndc=%05d-%04d-%02d on_hand=%d reorder_point=%d supplier="McKesson"' % (
            iso_ms(t), rng.randint(0, 99999), rng.randint(0, 9999), rng.randint(0, 99), rng.randint(0, 40), rng.randint(50, 200)))
    else:
        L.t('time=%s level=info svc=erx-gateway msg="NewRx received" prescriber_npi=%s prescriber="%s" pharmacy_ncpdp=%07d fax="1-888-412-%04d"' % (
            iso_ms(t), rng.choice(NPIS), rng.choice(CLINICIANS), rng.randint(0, 9999999), rng.randint(0, 9999)))
    return [L]


def g_visit():
    p = person()
    t = tick()
    L = Line("visit_logfmt")
    L.t("ts=%s level=info caller=visit/state.go:%d " % (iso_ms(t), rng.randint(40, 300)))
    k = rng.randint(0, 2)
    if k == 0:
        L.t('msg="visit state transition" visit_id=').p(visit_id(), "other_id").t(" patient_mrn=").p(p["mrn"], "mrn")
        L.t(" from=waiting to=in_progress provider_npi=%s wait_s=%d" % (rng.choice(NPIS), rng.randint(30, 1500)))
    elif k == 1:
        ad = appt_date()
        L.t('msg="appointment booked" visit_id=').p(visit_id(), "other_id").t(" user=").p(p["uid"], "other_id")
        L.t(' scheduled_for="').p("%s %d:%s %s" % (fdate(ad, "iso"), rng.randint(1, 12), rng.choice(["00", "15", "30"]), rng.choice(["AM", "PM"])), "date")
        L.t(' %s" state=%s type=%s' % (rng.choice(["EDT", "CDT", "MST"]), p["st"], rng.choice(VISIT_TYPES)))
    else:
        L.t('msg="intake submitted" visit_id=').p(visit_id(), "other_id").t(" dob=").p(fdate(p["dob"], rng.choice(["iso", "compact"])), "date")
        if p["age"] >= 90:
            L.t(" age=").p(str(p["age"]), "age")
        else:
            L.t(" age=%d" % p["age"])
        L.t(' chief_complaint="%s" allergies=%d meds=%d' % (rng.choice(["burning with urination", "anxiety, poor sleep", "rash on forearm", "cough x5d"]), rng.randint(0, 3), rng.randint(0, 6)))
    return [L]


def g_visit_noise():
    t = tick()
    L = Line("visit_logfmt")
    k = rng.randint(0, 2)
    if k == 0:
        L.t('ts=%s level=info caller=queue/stats.go:61 msg="provider queue stats" state=%s waiting=%d p50_wait_s=%d p95_wait_s=%d providers_online=%d' % (
            iso_ms(t), rng.choice(list(STATE_NAMES)), rng.randint(0, 40), rng.randint(30, 400), rng.randint(400, 2000), rng.randint(2, 40)))
    elif k == 1:
        L.t('ts=%s level=warn caller=video/twilio.go:118 msg="room bitrate degraded" room=RM%s kbps=%d packet_loss=%.1f%% trace_id=%s span_id=%s' % (
            iso_ms(t), hx(32), rng.randint(80, 400), rng.uniform(2, 12), hx(32), hx(16)))
    else:
        L.t('ts=%s level=info caller=provider/shift.go:77 msg="shift started" provider="%s" npi=%s licensed_states=%d' % (iso_ms(t), rng.choice(CLINICIANS), rng.choice(NPIS), rng.randint(5, 40)))
    return [L]


def g_idv():
    p = person()
    t = tick()
    L = Line("idv_webhook_json")
    CYC["idv"] += 1
    k = CYC["idv"] % 3
    attrs = {"status": "completed", "reference_id": P(p["uid"], "other_id"), "name_first": P(p["first"], "name"),
             "name_last": P(p["last"], "name"), "birthdate": P(fdate(p["dob"], "iso"), "date")}
    if k == 0:
        attrs.update({"address_street_1": P(p["street"], "address"), "address_city": P(p["city"], "address"),
                      "address_subdivision": p["st"], "address_postal_code": P(p["zip"], "zip"),
                      "identification_class": "dl", "identification_number": P(dl(p["st"]), "license"), "issuing_subdivision": p["st"]})
    elif k == 1:
        attrs.update({"selfie": {"capture_method": "video", "face_match_score": round(rng.uniform(0.8, 0.99), 3),
                                 "center_photo": S("data:image/jpeg;base64,", P(jpeg_b64(), "photo"))}})
        if rng.random() < 0.5:
            attrs["selfie"]["face_template"] = P(template_b64("face"), "biometric")
    else:
        attrs.update({"verification_fingerprint": {"format": "ISO/IEC 19794-2:2005", "template": P(template_b64("fmr"), "biometric"), "nfiq": rng.randint(1, 3)}})
    row = {"data": {"type": "event", "id": "evt_" + rs(24), "attributes": {"name": "inquiry.completed", "created-at": iso_ms(t),
           "payload": {"data": {"type": "inquiry", "id": P("inq_" + rs(24), "other_id"), "attributes": attrs}}}}}
    jdump(L, row)
    return [L]


def g_stripe():
    p = person()
    t = tick()
    L = Line("stripe_log")
    L.t("%s INFO billing.webhook event=evt_%s type=%s customer=" % (iso_ms(t), rs(24), rng.choice(["invoice.payment_failed", "charge.refunded", "customer.subscription.deleted", "charge.succeeded"])))
    L.p(p["cus"], "account")
    L.t(" amount=%d currency=usd" % rng.choice([3900, 4900, 7900, 999]))
    if rng.random() < 0.5:
        L.t(" email=").p(p["email"], "email")
    if rng.random() < 0.3:
        L.t(" decline_code=%s" % rng.choice(["insufficient_funds", "expired_card", "do_not_honor"]))
    return [L]


def g_stripe_noise():
    t = tick()
    L = Line("stripe_log")
    k = rng.randint(0, 2)
    if k == 0:
        L.t("%s INFO billing.test [livemode=false] charge ch_%s card=4242424242424242 exp=12/34 amount=4900 status=succeeded" % (iso_ms(t), rs(24)))
    elif k == 1:
        L.t("%s INFO billing.payouts payout=po_%s amount=%d arrival_date=%s status=paid bank=STRIPE TEST BANK ****6789" % (
            iso_ms(t), rs(24), rng.randint(10 ** 6, 10 ** 8), (t + datetime.timedelta(days=2)).strftime("%Y-%m-%d")))
    else:
        L.t("%s WARN billing.webhook stripe signature timestamp outside tolerance (%ds) endpoint=we_%s" % (iso_ms(t), rng.randint(300, 900), rs(24)))
    return [L]


def g_infra_noise():
    t = tick()
    k = rng.randint(0, 8)
    if k == 0:
        L = Line("k8s_event")
        L.t("%s Normal   Pulled   pod/%s-%s-%s   Successfully pulled image \"us-docker.pkg.dev/vitalo-prod/apps/%s:%s\" in %.3fs" % (
            t.strftime("%H:%M:%S"), *(lambda s: (s, hx(10), rs(5).lower(), s, "v%d.%d.%d" % (rng.randint(1, 3), rng.randint(0, 40), rng.randint(0, 9))))(rng.choice(["push-dispatcher", "segment-proxy", "visit-api", "rx-fulfillment"])), rng.uniform(0.5, 9)))
    elif k == 1:
        L = Line("k8s_event")
        L.t("%s Warning  BackOff  pod/braze-sync-%s-%s  Back-off restarting failed container braze-sync in pod braze-sync-%s-%s_marketing(%s)" % (
            t.strftime("%H:%M:%S"), hx(10), rs(5).lower(), hx(10), rs(5).lower(), uuid4()))
    elif k == 2:
        L = Line("dbt_log")
        n = rng.randint(1, 48)
        L.t("%s  %d of 48 OK created sql incremental model analytics.%s ......... [MERGE (%d.0 rows, %.1f GiB processed) in %.2fs]" % (
            t.strftime("%H:%M:%S"), n, rng.choice(["fct_app_sessions", "fct_push_sends", "dim_campaigns", "fct_attribution_touches", "int_symptom_funnel"]),
            rng.randint(100, 900000), rng.uniform(0.1, 40), rng.uniform(2, 300)))
    elif k == 3:
        L = Line("dbt_log")
        L.t("%s  Failure in test not_null_fct_push_sends_campaign_id (models/marts/marketing/schema.yml)" % t.strftime("%H:%M:%S"))
    elif k == 4:
        L = Line("airflow_log")
        L.t("[%s,%03d] {taskinstance.py:1138} INFO - Marking task as SUCCESS. dag_id=marketing_daily, task_id=load_appsflyer_raw, execution_date=%s, start_date=%s, end_date=%s" % (
            t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, (t - datetime.timedelta(days=1)).strftime("%Y%m%dT000000"),
            (t - datetime.timedelta(minutes=4)).strftime("%Y%m%dT%H%M%S"), t.strftime("%Y%m%dT%H%M%S")))
    elif k == 5:
        L = Line("airflow_log")
        L.t("[%s,%03d] {base.py:83} INFO - Using connection ID 'google_cloud_default' for task execution." % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000))
    elif k == 6:
        L = Line("statsd")
        L.t("vitalo.%s:%d|%s|#env:prod,service:%s,version:%s" % (rng.choice(["push.sent", "push.failed", "deeplink.redirect", "webhook.sendgrid.events", "visit.booked"]),
                                                               rng.randint(1, 500), rng.choice(["c", "ms", "g"]), rng.choice(["push-dispatcher", "link-redirector", "webhooks"]), rng.choice(APP_VER)))
    elif k == 7:
        L = Line("k8s_event")
        L.t("%s Normal   ScalingReplicaSet   deployment/link-redirector   Scaled up replica set link-redirector-%s to %d" % (t.strftime("%H:%M:%S"), hx(10), rng.randint(3, 12)))
    else:
        L = Line("config_log")
        L.t("%s INFO config: loaded env=prod region=us-central1 build=%d git=%s features=[symptom_v4,rx_same_day,braze_canvas_v2] support_email=support@vitalohealth.com support_phone=1-888-848-2561" % (
            iso_s(t), rng.randint(18000, 19999), hx(12)))
    return [L]


# ============================================================================= assembly
PHI_GENS = [(g_firebase_bq, 7), (g_bq_insert_error, 1), (g_crashlytics_row, 4), (g_segment, 7), (g_amplitude, 4), (g_mixpanel, 4),
            (g_push, 6), (g_nginx, 5), (g_appsflyer, 3), (g_appsflyer_csv, 2), (g_email_webhook, 5), (g_play_reviews, 2),
            (g_appstore_reviews, 2), (g_braze_csv, 2), (g_braze_currents, 3), (g_swift, 6), (g_kotlin, 6), (g_chat, 4),
            (g_zendesk, 3), (g_courier, 4), (g_pharmacy, 3), (g_visit, 4), (g_idv, 3), (g_stripe, 3), (g_dlp, 3)]
NOISE_GENS = [(g_bq_noise, 5), (g_crashlytics_noise, 3), (g_logcat_crash, 1), (g_ios_crash, 1), (g_segment_noise, 4),
              (g_amplitude_noise, 2), (g_mixpanel_noise, 2), (g_push_noise, 5), (g_nginx_noise, 5), (g_appsflyer_noise, 3),
              (g_email_noise, 3), (g_braze_noise, 3), (g_swift_noise, 6), (g_kotlin_noise, 6), (g_support_noise, 3),
              (g_courier_noise, 2), (g_pharmacy_noise, 3), (g_visit_noise, 3), (g_stripe_noise, 2), (g_infra_noise, 8)]

TARGET_PHI = 0.45
N = 500


def main():
    lines = []
    nphi = 0
    while len(lines) < N:
        frac = nphi / len(lines) if lines else 0.0
        pool = PHI_GENS if frac < TARGET_PHI else NOISE_GENS
        gen = rng.choices([g for g, _ in pool], weights=[w for _, w in pool])[0]
        block = gen()
        if pool is NOISE_GENS:
            assert not any(b.spans for b in block), gen.__name__
        for b in block[: N - len(lines)]:
            lines.append(b)
            nphi += 1 if b.spans else 0

    out_log = []
    out_lab = []
    for i, L in enumerate(lines, 1):
        text = L.text()
        assert text and "\n" not in text and "\r" not in text, (i, text)
        raw = text.encode("utf-8")
        prev = 0
        spans = []
        for s, e, cat, val in sorted(L.spans):
            assert raw[s:e] == val.encode("utf-8"), (i, raw[s:e], val)
            assert s >= prev and e > s, (i, s, e)
            prev = e
            spans.append({"s": s, "e": e, "cat": cat})
        out_log.append(text)
        out_lab.append(json.dumps({"line": i, "family": L.family, "spans": spans}, ensure_ascii=False))
    assert len(out_log) == N
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out_log))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out_lab))


if __name__ == "__main__":
    main()
