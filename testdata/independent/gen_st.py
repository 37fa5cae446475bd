#!/usr/bin/env python3
"""gen_st.py - synthetic, labeled log corpus "st".

Organisation: Granite & Grit Climbing Co. (four indoor gyms: BLD Boulder,
DEN Denver RiNo, GOL Golden, FTC Fort Collins) and its outdoor guiding arm
G&G Mountain Guides.  The people it serves (members, day-pass guests, trip
clients, and minors with their guardians) are the "patients" of this corpus.
Everything is synthetic.  Standard library only, fixed seed: two runs give
byte-identical st.log and st.labels.jsonl.

Systems simulated (one physical line per log line, interleaved by time)
 1. kiosk      front-desk check-in kiosk, pino-style JSON (Node)
 2. waiver     e-waiver vendor webhook consumer, Python structlog JSON
               (ensure_ascii, so accented names appear as \\u00e9 escapes)
 3. belaycert  belay/lead certification service, logfmt
 4. safelog    home-grown incident register "SafeLog", pipe + free text
 5. nginx      member portal access log (combined + rt=)
 6. syslog     door controllers, HVAC, auto-belay units (RFC3164)
 7. billing    billing worker (Go, logrus key=value) incl. collections rows
 8. roster     guided-trip roster CSV export (header + rows)
 9. inreach    satellite-messenger gateway JSON (IPC outbound style)
10. sarsms     county SAR pager SMS bodies relayed to the ops phone
11. hl7        HL7 v2.5.1 ADT^A04 from partner clinic (one segment a line)
12. postgres   PostgreSQL log + pgaudit
13. java       Spring Boot invoice service with stack traces
14. slack      staff Slack export JSON
15. nacha      NACHA ACH dues-draft file (94-char fixed width)
16. k8s        Kubernetes event JSON
17. postfix    mail log of member notices
18. permit     USFS outfitter permit / trailhead parking XML
19. idscan     ID scanner (driver licence barcode) pipe records
20. unifi      guest Wi-Fi controller syslog
21. fhir       FHIR R4 Patient / OperationOutcome from partner clinic API

Labeling decisions (grey cases)
 - The gym's own member number (GG + 7 digits) is the primary identifier
   the organisation assigns to the person it serves -> `mrn`.  The partner
   clinic's MRN and FHIR Patient.id -> `mrn`.
 - E-waiver IDs, SafeLog incident numbers for reports about a person, and
   county SAR mission numbers -> `other_id`.  Incident numbers of
   equipment-only near misses (no person) are not labeled.
 - Belay/lead certification card numbers (BC-...) -> `license`; driver's
   licence numbers from the ID scanner -> `license`.
 - Stripe customer IDs (cus_...), internal AR account numbers, full card
   PANs, ACH DFI account numbers, clinic visit numbers -> `account`.
   Masked PANs / last4 / "****6789", invoice IDs (in_...), payment intents,
   event IDs, trip codes and booking/order numbers -> not PHI.
 - Every date more specific than a year inside a record about a person is
   `date`: DOB, incident/service dates, trip dates in rosters, waiver,
   membership-freeze, certificate, licence and card expiry dates.  The
   timestamp of the log record itself (and HL7 MSH-7/EVN-2) is not PHI.
   The permit's trip date (an outfitter document, no person) is not PHI.
 - Ages are labeled only when over 89.
 - Member/guest IPs in portal logs and waiver signer IPs -> `ip`; guest
   Wi-Fi DHCP addresses tied to a member login -> `ip`.  Server, bot,
   probe, load-balancer and mail relay IPs are not PHI.
 - URLs/paths that carry a member ID, email or waiver ID: the whole
   path/URL is one `url` span (the ID inside is not labeled separately).
 - Client-carried satellite messenger IMEIs and guest-SSID phone MACs ->
   `device`; guide-issued units, auto-belay serials, printers -> not PHI.
 - GPS coordinates of a client in a rescue -> `address` (geocode), lat and
   lon each one span.  Crag, wall and trailhead names are not labeled.
 - Client vehicles at trailheads (plate, VIN) -> `vehicle`; the outfitter's
   van is not PHI.
 - Check-in photo base64 -> `photo` (payload after "base64,"); fingerprint
   templates -> `biometric`.
 - Staff, guides, route setters, clinicians (incl. NPI) are not PHI; route
   names that look like names ("Mary Jane", "Sweet Caroline") and gear
   product names are not PHI.  Emergency contacts, guardians, spouses,
   belay partners who are members -> PHI.
 - HL7 XPN "Last^First^M" is one `name` span; FHIR family/given and
   waiver first/last are separate fields -> separate spans.
 - ZIP always its own `zip` span (ZIP+4 one span); street and city written
   in one run are one `address` span, in separate fields separate spans.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import sys
import unicodedata

R = random.Random(20240517)
OUT_LOG, OUT_LAB = "st.log", "st.labels.jsonl"
N_LINES = 500
TZ = dt.timezone(dt.timedelta(hours=-6))


class P:
    """A PHI value inside a structured record."""
    def __init__(self, v, c, num=False):
        self.v, self.c, self.num = v, c, num


def J(obj, ea=False, compact=True):
    sk, si = (":", ",") if compact else (": ", ", ")
    out = []

    def emit(x):
        if isinstance(x, P):
            if x.num:
                out.append((x.v, x.c))
            else:
                s = json.dumps(x.v, ensure_ascii=ea)
                out.extend(['"', (s[1:-1], x.c), '"'])
        elif isinstance(x, dict):
            out.append("{")
            for i, (k, v) in enumerate(x.items()):
                if i:
                    out.append(si)
                out.append(json.dumps(k, ensure_ascii=ea) + sk)
                emit(v)
            out.append("}")
        elif isinstance(x, list):
            out.append("[")
            for i, v in enumerate(x):
                if i:
                    out.append(si)
                emit(v)
            out.append("]")
        else:
            out.append(json.dumps(x, ensure_ascii=ea))
    emit(obj)
    return out


# ---------------------------------------------------------------- pools
FIRST = ["Priya", "Mateo", "Siobhan", "Kwame", "Yuki", "Ana Sofía", "Jonah",
         "Fatima", "Björn", "Lucía", "Dmitri", "Aaliyah", "Thanh", "Oluwaseun",
         "Marguerite", "Hunter", "Summer", "Rocky", "Cliff", "Dawn", "Ingrid",
         "Rafael", "Mei-Ling", "Tomasz", "Zainab", "Declan", "Noor", "Esperanza",
         "Kai", "Willow", "August", "Sage", "River", "Hyun-woo", "Chioma",
         "Rosalind", "Emeka", "Anneliese", "Joaquín", "Brooke", "Hamid", "Tallulah"]
LAST = ["Raghunathan", "Beltrán-Ruiz", "O'Sullivan", "Mensah", "Tanaka",
        "Lindqvist", "Okonkwo-Hart", "de la Cruz", "Van der Berg", "Nguyen",
        "Kowalczyk", "Al-Rashid", "Stone", "Baker", "Hill", "Rivers", "Fox",
        "Summers", "Park", "Castellanos", "MacAlister", "Haddad",
        "Moreau-Lefèvre", "Brennan", "Achterberg", "Ferreira da Silva", "Wolfe",
        "Eriksen", "Chowdhury", "Sato", "Glass", "Marsh", "Young", "Little",
        "Holm", "St. Clair", "Petrov", "Adeyemi", "Climber", "Cliffe", "Ledge"]
MIDDLE = ["J", "Marie", "A", "Lee", "R", "Elena", "T", "Kofi"]
STAFF = ["Jess Okafor", "Marcus Tran", "Lena Hoffmann", "Diego Alvarez",
         "Sam Whitfield", "Ravi Iyer", "Carmen Lopez", "Ben Ashworth",
         "Noa Feldman", "Tess Mahoney"]
GUIDES = ["Tobias Reinholt", "Akira Mori", "Hallie Brandt", "Quinn Osei"]
SITES = {"BLD": "3100 Pearl Pkwy, Boulder, CO 80301",
         "DEN": "3535 Walnut St, Denver, CO 80205",
         "GOL": "710 10th St, Golden, CO 80401",
         "FTC": "1250 E Magnolia St, Fort Collins, CO 80524"}
CITIES = [("Boulder", "CO", ["80302", "80303", "80304", "80305"]),
          ("Louisville", "CO", ["80027"]), ("Lafayette", "CO", ["80026"]),
          ("Denver", "CO", ["80205", "80211", "80218", "80220"]),
          ("Golden", "CO", ["80401", "80403"]), ("Lakewood", "CO", ["80226"]),
          ("Fort Collins", "CO", ["80521", "80524", "80526"]),
          ("Nederland", "CO", ["80466"]), ("Longmont", "CO", ["80501"]),
          ("Salt Lake City", "UT", ["84105"]), ("Austin", "TX", ["78704"]),
          ("Brooklyn", "NY", ["11215"]), ("Bend", "OR", ["97702"])]
STREETS = ["Mapleton Ave", "Quail Run Ct", "W 32nd Ave", "Lookout Mountain Rd",
           "Arapahoe Ave", "Folsom St", "Spruce St", "Tejon St", "Elm Ct",
           "Sunshine Canyon Dr", "S Pearl St", "Ponderosa Way", "Alpine Ave",
           "Wadsworth Blvd", "Mountain View Rd", "Cherry Creek Dr N"]
ROUTES = ["Mary Jane", "Sweet Caroline", "Jolene", "Crimson Tide",
          "Dr. Feelgood", "Sister Golden Hair", "Ruby Tuesday", "Major Tom",
          "Angie", "Layla"]
GEAR = ["La Sportiva Katana", "Petzl GriGri+", "Black Diamond Momentum",
        "Scarpa Instinct VS", "Mammut Smart 2.0", "Edelrid Ohm"]
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.113 Mobile Safari/537.36",
       "GGClimb/5.3.1 (iOS 17.5; iPhone15,3) Alamofire/5.9.1",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15"]
RELS = ["spouse", "mother", "father", "partner", "sister", "brother", "friend", "husband", "wife"]


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


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


def card():
    k = R.random()
    if k < 0.5:
        body = "4" + digits(14)
    elif k < 0.8:
        body = "5" + R.choice("12345") + digits(13)
    else:
        body = "3" + R.choice("47") + digits(12)
    return body + luhn_digit(body)


def imei():
    body = R.choice(["30", "35", "01"]) + digits(12)
    return body + luhn_digit(body)


def npi():
    body = R.choice("12") + digits(8)
    return body + luhn_digit("80840" + body)


def ssn(valid=True):
    if not valid:
        return R.choice(["000", "666", "912"]) + "-" + digits(2) + "-" + digits(4)
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


VIN_MAP = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                                 [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(valid=True):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = [R.choice(["1FT", "5YJ", "JTM", "1GC", "WVW", "4S4", "3VW"])[i] for i in range(3)]
    v += [R.choice(al) for _ in range(5)] + ["0"] + [R.choice("RSPN")] + [R.choice(al)] + list(digits(6))
    tot = sum((int(c) if c.isdigit() else VIN_MAP[c]) * w for c, w in zip(v, VIN_W))
    cd = tot % 11
    v[8] = "X" if cd == 10 else str(cd)
    if not valid:
        v[8] = str((int(v[8]) + 1) % 10) if v[8] != "X" else "3"
    return "".join(v)


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    A = L + "0123456789"
    return (R.choice("123456789") + R.choice(L) + R.choice(A) + R.choice("0123456789")
            + R.choice(L) + R.choice(A) + R.choice("0123456789") + R.choice(L)
            + R.choice(L) + R.choice("0123456789") + R.choice("0123456789"))


def aba():
    while True:
        b = R.choice(["10", "07", "31", "12"]) + digits(6)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        c = (10 - sum(int(x) * y for x, y in zip(b, w)) % 10) % 10
        return b + str(c)


def pub_ip():
    while True:
        a = R.choice([24, 50, 67, 71, 73, 75, 98, 107, 108, 172, 174, 199, 208])
        ip = "%d.%d.%d.%d" % (a, R.randint(1, 254), R.randint(0, 255), R.randint(1, 254))
        if not ip.startswith("172.1") and not ip.startswith("172.2") and not ip.startswith("172.3"):
            return ip


def mac():
    return ":".join(["%02x" % R.randint(0, 255) for _ in range(6)])


def phone(style=None):
    area = R.choice(["303", "720", "970", "719", "801", "512", "718", "541"])
    ex, ln = str(R.randint(201, 989)), digits(4)
    style = style if style is not None else R.randint(0, 4)
    return [f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"{area}.{ex}.{ln}",
            f"+1{area}{ex}{ln}", f"+1 {area} {ex} {ln}"][style]


class Person:
    def __init__(self, minor=False, old=False):
        self.first = R.choice(FIRST)
        self.last = R.choice(LAST)
        self.mid = R.choice(MIDDLE)
        self.full = f"{self.first} {self.last}"
        if old:
            y = R.randint(1929, 1934)
        elif minor:
            y = R.randint(2008, 2016)
        else:
            y = R.randint(1958, 2004)
        self.dob = dt.date(y, R.randint(1, 12), R.randint(1, 28))
        self.sex = R.choice("FM")
        self.mno = "GG" + str(R.randint(10000, 2999999)).zfill(7)
        city, st, zips = R.choice(CITIES)
        self.city, self.state, self.zip = city, st, R.choice(zips)
        apt = R.choice(["", "", "", f" Apt {R.randint(1, 40)}{R.choice('ABC')}", f" Unit {R.randint(100, 420)}"])
        self.street = f"{R.randint(12, 9899)} {R.choice(STREETS)}{apt}"
        self.phone = phone()
        fl = self.first.lower().replace(" ", "").replace("í", "i").replace("ö", "o").replace("ú", "u")
        ll = self.last.lower().replace(" ", "").replace("'", "").replace("á", "a").replace("è", "e").replace(".", "")
        self.email = R.choice([f"{fl}.{ll}@gmail.com", f"{fl[0]}{ll}{R.randint(1, 99)}@yahoo.com",
                               f"{fl}+climb@protonmail.com", f"{ll}.{fl}@outlook.com",
                               f"{fl}{ll[:3]}@icloud.com", f"{fl}_{ll}@comcast.net"])
        self.cus = "cus_" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
        self.ar = "AR-" + digits(8)
        self.age = None


MEMBERS = [Person() for _ in range(60)]
MINORS = [Person(minor=True) for _ in range(6)]


def member():
    return R.choice(MEMBERS)


def dfmt(d, style):
    return {"iso": d.strftime("%Y-%m-%d"), "us": d.strftime("%m/%d/%Y"),
            "hl7": d.strftime("%Y%m%d"), "dl": d.strftime("%m%d%Y"),
            "eu": d.strftime("%d.%m.%Y")}[style]


def later(days_lo, days_hi, base):
    return base.date() + dt.timedelta(days=R.randint(days_lo, days_hi))


# ---------------------------------------------------------------- generators
# each returns a list of (family, parts); parts: str or (text, cat)

def g_kiosk(t):
    site = R.choice(list(SITES))
    host = f"kiosk-{site.lower()}-0{R.randint(1, 3)}"
    base = {"level": 30, "time": int(t.timestamp() * 1000) + R.randint(0, 999),
            "pid": R.randint(1200, 4200), "hostname": host}
    m = member()
    k = R.random()
    if k < 0.32:
        o = dict(base, reqId="req-" + hexs(6), msg="checkin accepted",
                 member={"id": P(m.mno, "mrn"), "displayName": P(m.full, "name"), "plan": R.choice(["UNL-MONTHLY", "PUNCH10", "ANNUAL-PIF", "YOUTH-TEAM"])},
                 site=site, scan=R.choice(["barcode", "nfc", "app-qr"]), waiverOk=True, latencyMs=R.randint(18, 140))
    elif k < 0.42:
        o = dict(base, level=40, reqId="req-" + hexs(6), msg="checkin denied: waiver expired",
                 memberId=P(m.mno, "mrn"), waiverExpired=P(dfmt(later(-40, -1, t), "iso"), "date"), site=site)
    elif k < 0.50:
        raw = bytes.fromhex("ffd8ffe000104a46494600010100000100010000") + bytes(R.getrandbits(8) for _ in range(60))
        o = dict(base, msg="profile photo captured", memberId=P(m.mno, "mrn"), cam="Logitech C920",
                 img=None, bytes=R.randint(14000, 32000))
        parts = J(dict(o, img="__IMG__"))
        b64 = base64.b64encode(raw).decode() + "..."
        i = parts.index('"__IMG__"')
        parts[i:i + 1] = ['"data:image/jpeg;base64,', (b64, "photo"), '"']
        return [("kiosk-json", parts)]
    elif k < 0.56:
        tpl = base64.b64encode(b"\x46\x4d\x52\x00\x20\x32\x30\x00" + bytes(R.getrandbits(8) for _ in range(64))).decode()
        o = dict(base, msg="fingerprint enrolled", memberId=P(m.mno, "mrn"),
                 bio={"vendor": "SecuGen Hamster Pro 20", "fmt": "ISO19794-2", "template": P(tpl, "biometric"), "quality": R.randint(60, 99)})
    else:
        o = dict(base, **R.choice([
            {"level": 30, "msg": "heartbeat", "ver": "4.12.3", "build": "4.12.3+g" + hexs(7), "uptimeSec": R.randint(1000, 90000)},
            {"level": 40, "msg": "barcode scanner reconnect", "usb": "0c2e:0b61", "retries": R.randint(1, 4)},
            {"level": 30, "msg": "occupancy", "site": site, "inside": R.randint(12, 180), "cap": 240},
            {"level": 30, "msg": "sync ok", "queued": 0, "durMs": R.randint(40, 900), "traceId": hexs(32)},
            {"level": 50, "msg": "printer offline", "dev": "Brother QL-820NWB", "sn": "U6" + digits(8)},
        ]))
    return [("kiosk-json", J(o))]


def g_waiver(t):
    ts = t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + digits(6) + "Z"
    k = R.random()
    if k < 0.45:
        m = member()
        o = {"timestamp": ts, "level": "info", "logger": "waiver.webhook", "event": "waiver.signed",
             "waiver_id": P(hexs(13), "other_id"), "template": R.choice(["GG-ADULT-2024v3", "GG-ADULT-ES-2024v1", "GGMG-TRIP-2024v2"]),
             "participants": [{"first_name": P(m.first, "name"), "last_name": P(m.last, "name"),
                               "dob": P(dfmt(m.dob, "iso"), "date"), "is_minor": False}],
             "email": P(m.email, "email"), "phone": P(phone(3), "phone"),
             "signer_ip": P(pub_ip(), "ip"), "expires_on": P(dfmt(later(360, 366, t), "iso"), "date"),
             "request_id": hexs(8) + "-" + hexs(4) + "-4" + hexs(3) + "-a" + hexs(3) + "-" + hexs(12)}
    elif k < 0.65:
        c, g = R.choice(MINORS), member()
        o = {"timestamp": ts, "level": "info", "logger": "waiver.webhook", "event": "waiver.signed",
             "waiver_id": P(hexs(13), "other_id"), "template": "GG-MINOR-2024v4",
             "participants": [{"first_name": P(c.first, "name"), "last_name": P(c.last, "name"),
                               "dob": P(dfmt(c.dob, "iso"), "date"), "is_minor": True}],
             "guardian": {"name": P(g.full, "name"), "relationship": R.choice(["parent", "legal guardian", "madre", "padre"]),
                          "phone": P(g.phone, "phone"), "email": P(g.email, "email")},
             "signer_ip": P(pub_ip(), "ip")}
    else:
        o = {"timestamp": ts, "level": R.choice(["info", "warning"]), "logger": R.choice(["waiver.webhook", "waiver.sync"]),
             **R.choice([
                 {"event": "template.published", "template": "GG-MINOR-2024v4", "version": "4.0.2", "sha256": hexs(64)},
                 {"event": "webhook.retry", "attempt": R.randint(2, 5), "delivery_id": hexs(24), "status": 502},
                 {"event": "sync.batch", "fetched": R.randint(0, 40), "cursor": "c_" + hexs(20), "elapsed_ms": R.randint(80, 2400)},
                 {"event": "signature.verify", "alg": "HMAC-SHA256", "ok": True, "key_id": "whk_2024_03"},
             ])}
    return [("waiver-structlog", J(o, ea=True, compact=False))]


def g_belay(t):
    site = R.choice(list(SITES))
    ts = t.isoformat(timespec="seconds")
    m, tester = member(), R.choice(STAFF)
    k = R.random()
    pre = f"ts={ts} level=info svc=belaycert site={site} "
    if k < 0.4:
        cn = f"BC-{site}-{R.randint(10000, 39999)}"
        parts = [pre + "event=test.pass member_id=", (m.mno, "mrn"), ' member="', (m.full, "name"),
                 f'" cert={R.choice(["TOP-ROPE", "LEAD", "AUTO-BELAY-ORIENT"])} cert_no=', (cn, "license"),
                 f' tester="{tester}" expires=', (dfmt(later(700, 731, t), "iso"), "date"), f" attempt={R.randint(1, 2)}"]
    elif k < 0.55:
        parts = [pre.replace("info", "warn") + "event=test.fail member_id=", (m.mno, "mrn"),
                 f' reason="{R.choice(["brake hand off rope", "failed to catch test fall", "figure-8 not dressed", "no partner check"])}" tester="{tester}" retest_after=',
                 (dfmt(later(7, 14, t), "iso"), "date")]
    elif k < 0.65:
        cn = f"BC-{site}-{R.randint(10000, 39999)}"
        parts = [pre + "event=card.qr.issued url=", (f"https://ggclimb.com/c/{cn}", "url"), f" printer=zc300-{site.lower()}"]
    else:
        parts = [pre + R.choice([
            f'event=printer.status printer=Zebra-ZC300 sn=C3J{digits(9)} ribbon={R.randint(5, 99)}%',
            f'event=cache.refresh entries={R.randint(3000, 9000)} dur={R.randint(20, 300)}ms',
            f'event=curriculum.loaded version=2024.2 modules=7 checksum={hexs(12)}',
            f'event=stats daily_tests={R.randint(3, 40)} pass_rate=0.{R.randint(70, 95)}'])]
    return [("belaycert-logfmt", parts)]


INC_SEQ = [410]


def g_safelog(t):
    site = R.choice(list(SITES))
    INC_SEQ[0] += 1
    inc = f"IR-{site}-24-{INC_SEQ[0]:04d}"
    hdr = t.strftime("%Y-%m-%d %H:%M:%S MDT") + " | "
    staff = R.choice(STAFF)
    m = member()
    ec = Person()
    k = R.random()
    if k < 0.3:
        parts = [hdr, (inc, "other_id"), f" | site={site} | area=Cave | sev=2 | Member ", (m.full, "name"), " (", (m.mno, "mrn"),
                 "), DOB ", (dfmt(m.dob, "us"), "date"),
                 f", fell from top-out of V4 '{R.choice(ROUTES)}' onto pad seam; inversion injury L ankle. Ice + SAM splint by {staff}. EC ",
                 (ec.full, "name"), f" ({R.choice(RELS)}) ", (ec.phone, "phone"), " notified. Pt declined EMS."]
    elif k < 0.45:
        p = Person(old=True)
        age = str(2024 - p.dob.year - 1)
        parts = [hdr, (inc, "other_id"), f" | site={site} | area=Slab | sev=1 | Guest ", (p.full, "name"), ", ", (age, "age"),
                 f" y/o, day pass, felt lightheaded on auto-belay lower-off; seated, vitals by {staff}: HR 88 BP 142/86. Daughter ",
                 (ec.full, "name"), " picked up, cb ", (ec.phone, "phone"), "."]
    elif k < 0.65:
        b = member()
        parts = [hdr, (inc, "other_id"), f" | site={site} | area=Lead Wall 4 | sev=2 | Lead fall near 3rd clip on '{R.choice(ROUTES)}' (5.10{R.choice('abcd')}), belayer ",
                 (b.full, "name"), " (cert ", (f"BC-{site}-{R.randint(10000, 39999)}", "license"), ") short-roped; climber ",
                 (m.full, "name"), " struck wall, abrasion R elbow. Follow-up call scheduled ", (dfmt(later(1, 3, t), "us"), "date"), "."]
    elif k < 0.75:
        parts = [hdr, (inc, "other_id"), f" | status=closed | reviewer={staff} | ins_claim_filed=yes | carrier=Markel Specialty | policy=MKL-SPT-0042117"]
    else:
        parts = [hdr + f"IR-{site}-24-{INC_SEQ[0]:04d} | site={site} | " + R.choice([
            f"Near-miss: auto-belay TB-2019-{R.randint(1000, 9999)} lanyard wear found during pre-open check by {staff}; unit tagged out.",
            f"Near-miss: loose hold (Kilter K{digits(4)}) spun on '{R.choice(ROUTES)}', reset crew notified, no injury.",
            f"Facility: pad seam gap >5cm in Cave bay 2, velcro replaced by {staff}.",
            f"Drill: evacuation drill completed in {R.randint(3, 7)}m{R.randint(10, 59)}s, {R.randint(40, 120)} occupants."])]
    return [("safelog-note", parts)]


def g_nginx(t):
    ts = t.strftime("[%d/%b/%Y:%H:%M:%S -0600]")
    m = member()
    k = R.random()
    st, sz = R.choice([200, 200, 200, 304, 201, 404]), R.randint(200, 48000)
    rt = "rt=%.3f" % R.uniform(0.002, 0.9)
    if k < 0.55:
        ip = pub_ip()
        kk = R.random()
        if kk < 0.35:
            path = R.choice([f"/api/v2/members/{m.mno}/visits?from=2024-04-01", f"/api/v2/members/{m.mno}/billing",
                             f"/account/{m.mno}/freeze"])
        elif kk < 0.5:
            path = "/account/waivers?email=" + m.email.replace("@", "%40").replace("+", "%2B")
        else:
            path = None
        if path:
            parts = [(ip, "ip"), f" - - {ts} \"{R.choice(['GET', 'GET', 'POST'])} ", (path, "url"),
                     f" HTTP/2.0\" {st} {sz} \"https://my.ggclimb.com/\" \"{R.choice(UAS)}\" {rt}"]
        else:
            p2 = R.choice(["/static/js/app.9f3c21a.js", "/static/css/main.41be0d.css", "/api/v2/schedule?site=BLD",
                           "/favicon.ico", "/api/v2/classes/intro-to-lead/slots"])
            parts = [(ip, "ip"), f" - - {ts} \"GET {p2} HTTP/2.0\" {st} {sz} \"https://my.ggclimb.com/\" \"{R.choice(UAS)}\" {rt}"]
    else:
        ip, p2, ua = R.choice([
            ("10.42.0.1", "/healthz", "kube-probe/1.29"),
            ("66.249.66." + str(R.randint(1, 200)), "/climbing-gyms/boulder", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
            ("216.144.250.150", "/", "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)"),
            ("10.42.3.17", "/metrics", "Prometheus/2.51.1"),
            ("40.77.167." + str(R.randint(1, 200)), "/guides/rocky-mountain-np/trips", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)")])
        parts = [f"{ip} - - {ts} \"GET {p2} HTTP/1.1\" 200 {R.randint(2, 9000)} \"-\" \"{ua}\" {rt}"]
    return [("nginx-access", parts)]


def g_syslog(t):
    ts = t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")
    site = R.choice(list(SITES)).lower()
    msg = R.choice([
        f"<134>{ts} {site}-door-01 hid-vertx[412]: door {R.randint(1, 6)} unlocked schedule=OPEN_HOURS",
        f"<134>{ts} {site}-door-01 hid-vertx[412]: credential 0x{hexs(6).upper()} granted door=STAFF-ENTRY reader=R2",
        f"<131>{ts} {site}-bms01 niagara[2231]: AHU-2 supply temp {R.randint(55, 68)}.{R.randint(0, 9)}F setpoint 62.0F",
        f"<133>{ts} {site}-ab-ctrl trublue[88]: unit TB-2019-{R.randint(1000, 9999)} cycles={R.randint(9000, 40000)} next_service=cycle {R.randint(40000, 50000)}",
        f"<30>{ts} {site}-nvr01 systemd[1]: Started Daily rotation of log files.",
        f"<134>{ts} {site}-fw01 filterlog[5531]: 9,,,1000000103,igb1,match,block,in,4,0x0,,64,0,0,DF,6,tcp,60,{pub_ip()},198.51.100.{R.randint(2, 30)},{R.randint(1024, 65535)},22,0,S",
        f"<132>{ts} {site}-ups01 apcupsd[771]: Power failure. Running on UPS batteries (load {R.randint(20, 60)}%)",
        f"<134>{ts} {site}-door-01 hid-vertx[412]: door 2 held open {R.randint(31, 240)}s alarm=DHO",
    ])
    return [("syslog", [msg])]


def g_billing(t):
    ts = t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    m = member()
    k = R.random()
    pre = f'time="{ts}" '
    inv = "in_1P" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(22))
    if k < 0.3:
        parts = [pre + 'level=info msg="charge succeeded" svc=billing-worker customer=', (m.cus, "account"), " member_id=", (m.mno, "mrn"),
                 f" invoice={inv} amount={R.choice([8900, 7900, 2200, 15900, 34500])} currency=usd brand={R.choice(['visa', 'mastercard', 'amex'])} last4={digits(4)} attempt=1"]
    elif k < 0.4:
        c = card()
        parts = [pre + 'level=warning msg="card declined" svc=billing-worker decline_code=insufficient_funds account=', (m.ar, "account"),
                 " pan=", (c, "account"), " exp=", (f"{R.randint(1, 12):02d}/{R.randint(25, 29)}", "date"), ' name_on_card="', (m.full.upper(), "name"), '" debug=1']
    elif k < 0.47:
        parts = [pre + 'level=info msg="membership freeze applied" member_id=', (m.mno, "mrn"), " freeze_start=",
                 (dfmt(later(1, 10, t), "iso"), "date"), " freeze_end=", (dfmt(later(30, 60, t), "iso"), "date"), f' reason="{R.choice(["injury", "travel", "medical - finger pulley"])}"']
    elif k < 0.53:
        bad = R.random() < 0.3
        parts = [f"COLL|{t.strftime('%Y%m%d')}|", (m.ar, "account"), "|", (ssn(not bad), "ssn"), "|", (f"{m.last}, {m.first}", "name"), "|",
                 (m.street, "address"), "|", (m.city, "address"), f"|{m.state}|", (m.zip, "zip"), f"|{R.randint(89, 640)}.00|LASTVISIT=",
                 (dfmt(later(-200, -90, t), "iso"), "date")]
        return [("collections-pipe", parts)]
    else:
        parts = [pre + R.choice([
            f'level=info msg="dunning job finished" processed={R.randint(100, 700)} retried={R.randint(0, 40)} duration={R.uniform(0.5, 9):.2f}s',
            f'level=info msg="stripe webhook verified" event=evt_1P{hexs(22)} type=invoice.paid',
            f'level=debug msg="price table loaded" skus=GG-UNL-M,GG-PIF-12,GG-PUNCH10,GGMG-RMNP-1D version=2024-05-01',
            f'level=info msg="ach batch submitted" batch=GG240517A entries={R.randint(80, 300)} total_cents={R.randint(800000, 3000000)}',
            f'level=warning msg="ach return" code=R01 account=****{digits(4)} trace=0910000{digits(8)}'])]
    return [("billing-logrus", parts)]


def g_roster(t):
    tc = R.choice(["TRP-240601-RMNP-03", "TRP-240608-ELDO-01", "TRP-240615-LUMPY-02", "TRP-240622-INDEP-01"])
    tdate = dt.date(2024, 6, int(tc[8:10]))
    guide = R.choice(GUIDES)
    lines = [("roster-csv", ["trip_code,trip_date,guide,participant,dob,mobile,email,ec_name,ec_rel,ec_phone,med_notes,waiver_id"])]
    for _ in range(R.randint(2, 5)):
        p, ec = member(), Person()
        if R.random() < 0.3:
            nm = ['"', (f"{p.last}, {p.first}", "name"), '"']
        else:
            nm = [(p.full, "name")]
        med = R.choice(["", "bee sting allergy - carries EpiPen", "asthma (inhaler)", "none", "prior L shoulder dislocation", ""])
        parts = [f"{tc},", (dfmt(tdate, "iso"), "date"), f",{guide},"] + nm + [",", (dfmt(p.dob, "us"), "date"), ",", (p.phone, "phone"), ",",
                 (p.email, "email"), ",", (ec.full, "name"), f",{R.choice(RELS)},", (ec.phone, "phone"), f",{med},", (hexs(13), "other_id")]
        lines.append(("roster-csv", parts))
    return lines


def g_inreach(t):
    ms = int(t.timestamp() * 1000)
    lat, lon = "%.5f" % R.uniform(39.9, 40.45), "%.5f" % R.uniform(-105.75, -105.28)
    alt = round(R.uniform(1800, 4200), 1)
    if R.random() < 0.5:
        o = {"Version": "2.0", "Events": [{"imei": P(imei(), "device"), "deviceOwner": "client", "messageCode": R.choice([3, 6]),
                                          "freeText": R.choice(["SOS rolled ankle on descent, can walk slowly", "Check in: at high camp", "Need pickup at TH 2h late"]),
                                          "timeStamp": ms, "point": {"latitude": P(lat, "address", True), "longitude": P(lon, "address", True),
                                                                     "altitude": alt, "gpsFix": 2, "course": 0, "speed": 0}}]}
    else:
        o = {"Version": "2.0", "Events": [{"imei": imei(), "deviceOwner": "GGMG-Guide-0" + str(R.randint(1, 9)), "messageCode": 3,
                                          "freeText": R.choice(["Group at summit 11:40, descending", "Tracking on", "Camp set, all good"]),
                                          "timeStamp": ms, "point": {"latitude": float(lat), "longitude": float(lon),
                                                                     "altitude": alt, "gpsFix": 2, "course": R.randint(0, 359), "speed": 1}}]}
    return [("inreach-json", J(o))]


SAR_SEQ = [114]


def g_sarsms(t):
    SAR_SEQ[0] += 1
    p, guide = member(), R.choice(GUIDES)
    gph = "720-555-01" + digits(2)
    if R.random() < 0.7:
        parts = [t.strftime("%Y-%m-%d %H:%M:%S") + ' SMS in from=+13034412000 to=+17205550188 body="BCSAR ', (f"24-{SAR_SEQ[0]:04d}", "other_id"),
                 f" PAGE: Injured climber {R.choice(['Redgarden Wall Eldo Cyn', 'Lumpy Ridge Twin Owls', 'Flatirons 3rd', 'Castle Rock Boulder Cyn'])}. Pt ",
                 (p.full, "name"), f" {R.randint(19, 64)}{p.sex}, GGMG client, ankle fx suspected. RP guide {guide} cb {gph}. Stage TH 1030.\""]
    else:
        parts = [t.strftime("%Y-%m-%d %H:%M:%S") + f' SMS in from=+13034412000 to=+17205550188 body="BCSAR 24-{SAR_SEQ[0]:04d} STAND DOWN all teams, subject self-rescued. Thx GGMG."']
    return [("sar-sms", parts)]


def g_rescue_ops(t):
    p, ec = member(), Person()
    lat, lon = "%.5f" % R.uniform(39.9, 40.45), "%.5f" % R.uniform(-105.75, -105.28)
    parts = [f"ts={t.isoformat(timespec='seconds')} level=warn app=ggmg-ops event=rescue.callout trip=TRP-240517-ELDO-02 client_id=", (p.mno, "mrn"),
             ' client="', (p.full, "name"), '" lat=', (lat, "address"), " lon=", (lon, "address"),
             f' agency=BCSAR ec_notified=true ec_phone="', (ec.phone, "phone"), f'" guide="{R.choice(GUIDES)}"']
    return [("ggmg-ops-logfmt", parts)]


def g_hl7(t):
    p = member() if R.random() < 0.7 else Person(old=True)
    ctl = "MSG" + digits(9)
    doc_npi = npi()
    mrn = "FSM" + digits(7)
    lines = []
    lines.append(("hl7v2", [f"MSH|^~\\&|ELIXIR|FOOTHILLS_SPORTSMED|GGC_SAFELOG|GGC|{t.strftime('%Y%m%d%H%M%S')}||ADT^A04^ADT_A01|{ctl}|P|2.5.1"]))
    lines.append(("hl7v2", [f"EVN|A04|{t.strftime('%Y%m%d%H%M%S')}"]))
    lines.append(("hl7v2", ["PID|1||", (mrn, "mrn"), "^^^FSM^MR~", (p.mno, "mrn"), "^^^GGC^PI||", (f"{p.last.upper()}^{p.first.upper()}^{p.mid}", "name"), "||",
                            (dfmt(p.dob, "hl7"), "date"), f"|{p.sex}|||", (p.street, "address"), "^^", (p.city, "address"), f"^{p.state}^", (p.zip, "zip"),
                            "^USA||", (p.phone, "phone"), "|||||", ]))
    ec = Person()
    lines.append(("hl7v2", ["NK1|1|", (f"{ec.last.upper()}^{ec.first.upper()}", "name"), "|SPO^Spouse^HL70063|||", (ec.phone, "phone"), "||EC^Emergency Contact"]))
    lines.append(("hl7v2", [f"PV1|1|O|URGENT^^^FSM||||{doc_npi}^Hale^Corinne^^^MD^^^NPI||||||||||||", ("V" + digits(8), "account"),
                            "|||||||||||||||||||||||||", (t.strftime("%Y%m%d") + "0945", "date")]))
    if p.dob.year < 1935:
        lines.append(("hl7v2", ["IN1|1|MCR-B|CMS|Medicare Part B||||||||||||", (f"{p.last.upper()}^{p.first.upper()}", "name"), "|SEL||||||||||||||||||||", (mbi(), "health_plan")]))
    else:
        lines.append(("hl7v2", ["IN1|1|BCBS-PPO|00170|Anthem BCBS Colorado||||GRP" + digits(6) + "|||||||", (f"{p.last.upper()}^{p.first.upper()}", "name"),
                                "|SEL||||||||||||||||||||", ("XJH" + digits(9), "health_plan")]))
    return lines


def g_postgres(t):
    ts = t.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S.") + digits(3) + " UTC"
    pid = R.randint(1000, 30000)
    m = member()
    k = R.random()
    if k < 0.25:
        return [("postgres", [f"{ts} [{pid}] gg_app@members LOG:  duration: {R.uniform(500, 4000):.3f} ms  execute <unnamed>: SELECT m.id, m.member_no, m.first_name, m.last_name FROM members m WHERE lower(m.email) = lower($1) LIMIT 1"]),
                ("postgres", [f"{ts} [{pid}] gg_app@members DETAIL:  parameters: $1 = '", (m.email, "email"), "'"])]
    if k < 0.4:
        return [("postgres", [f"{ts} [{pid}] gg_admin@members LOG:  AUDIT: SESSION,{R.randint(1, 900)},1,WRITE,UPDATE,,,\"UPDATE members SET phone = '",
                              (m.phone, "phone"), "', updated_at = now() WHERE member_no = '", (m.mno, "mrn"), "'\",<not logged>"])]
    if k < 0.5:
        return [("postgres", [f"{ts} [{pid}] gg_app@members ERROR:  duplicate key value violates unique constraint \"members_email_key\""]),
                ("postgres", [f"{ts} [{pid}] gg_app@members DETAIL:  Key (email)=(", (m.email, "email"), ") already exists."])]
    return [("postgres", [f"{ts} [{pid}] " + R.choice([
        f"LOG:  checkpoint complete: wrote {R.randint(100, 9000)} buffers ({R.uniform(0, 5):.1f}%); 0 WAL file(s) added, 0 removed, 1 recycled; write={R.uniform(1, 30):.3f} s",
        f"LOG:  automatic vacuum of table \"members.public.checkins\": index scans: 1",
        f"gg_app@members LOG:  duration: {R.uniform(200, 900):.3f} ms  statement: SELECT count(*) FROM checkins WHERE site_code = 'BLD' AND scanned_at > now() - interval '1 hour'",
        "gg_ro@reporting LOG:  connection authorized: user=gg_ro database=reporting application_name=metabase",
    ])])]


def g_java(t):
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + digits(3)
    m = member()
    if R.random() < 0.55:
        fs, fe = later(20, 30, t), later(5, 15, t)
        return [("java-spring", [f"{ts} ERROR 1 --- [invoice-pool-{R.randint(1, 8)}] c.g.billing.InvoiceService           : Invoice generation failed for account ",
                                 (m.ar, "account"), " (member ", (m.mno, "mrn"), ")"]),
                ("java-spring", ["com.gandg.billing.InvoiceGenerationException: proration window overlaps freeze period"]),
                ("java-spring", ["\tat com.gandg.billing.InvoiceService.prorate(InvoiceService.java:214)"]),
                ("java-spring", ["\tat com.gandg.billing.InvoiceService.generate(InvoiceService.java:131)"]),
                ("java-spring", ["\tat org.springframework.scheduling.support.DelegatingErrorHandlingRunnable.run(DelegatingErrorHandlingRunnable.java:54)"]),
                ("java-spring", ["Caused by: java.lang.IllegalStateException: freeze end ", (dfmt(fe, "iso"), "date"), " before start ", (dfmt(fs, "iso"), "date")]),
                ("java-spring", ["\t... 7 common frames omitted"])]
    return [("java-spring", [f"{ts}  WARN 1 --- [invoice-pool-{R.randint(1, 8)}] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Connection is not available, request timed out after 30000ms."]),
            ("java-spring", ["java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms."]),
            ("java-spring", ["\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)"]),
            ("java-spring", ["\tat com.gandg.billing.repo.InvoiceRepository.findOpen(InvoiceRepository.java:58)"])]


def g_slack(t):
    tsx = "%d.%06d" % (int(t.timestamp()), R.randint(0, 999999))
    m = member()
    k = R.random()
    user = "U0" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))
    if k < 0.35:
        text = [f"heads up <!here> \u2014 ", (m.full, "name"), " (", (m.mno, "mrn"), ") is disputing the May dues charge, I said we'd call back at ", (m.phone, "phone")]
    elif k < 0.41:
        o = Person(old=True)
        text = ["shoutout: ", (o.full, "name"), " turned ", (str(2024 - o.dob.year), "age"), " on ", (o.dob.strftime("%b %-d"), "date"),
                " and still top-roped 'Sweet Caroline' twice this morning \U0001f9d7 cake in the break room"]
    elif k < 0.5:
        text = ["can someone re-send the waiver link to ", (m.email, "email"), "? kid's bday party is ", (dfmt(later(1, 9, t), "us"), "date"), " and mom says it never came"]
    else:
        text = [R.choice([
            f"route reset in the cave tonight, new set tags are in the bin by the {R.choice(GEAR)} demo wall",
            f"'{R.choice(ROUTES)}' (5.10a) on wall 4 has a spinner on the 3rd hold, taped off",
            f"rental shoe order PO-2024-{digits(4)} from La Sportiva arrives thursday, 40 pairs Tarantulace",
            f"who has the keys to van 2? need it for the RMNP trip saturday",
            f"reminder: staff belay re-cert friday 8am, ping {R.choice(STAFF)} if you can't make it",
            f"kiosk at DEN is rebooting again, ticket INC0041{digits(3)} opened with IT"])]
    parts = ['{"type":"message","channel":"C05' + R.choice(["FRNTDSK", "SETTERS", "GUIDEOPS"]) + '","user":"' + user + '","ts":"' + tsx + '","text":"']
    for x in text:
        if isinstance(x, tuple):
            parts.append((json.dumps(x[0], ensure_ascii=False)[1:-1], x[1]))
        else:
            parts.append(json.dumps(x, ensure_ascii=False)[1:-1])
    parts.append('"}')
    return [("slack-json", parts)]


def g_nacha(t):
    lines = []
    d = t.strftime("%y%m%d")
    h = f"101 0910000198412345670{d}{t.strftime('%H%M')}A094101" + "WELLS FARGO BANK".ljust(23) + "GRANITE AND GRIT CLIMB".ljust(23) + "GG000517"
    lines.append(("nacha-fixed", [h]))
    b = "5200" + "GRANITE GRIT CO".ljust(16) + "MONTHLY DUES".ljust(20) + "8412345670" + "PPD" + "DUES      " + d + d + "   1" + "09100001" + "0000001"
    lines.append(("nacha-fixed", [b]))
    n = R.randint(2, 4)
    tot = 0
    for i in range(n):
        m = member()
        acct = digits(R.randint(8, 12))
        amt = R.choice([8900, 7900, 6900])
        tot += amt
        nm = unicodedata.normalize("NFKD", m.full.upper()).encode("ascii", "ignore").decode()[:22]
        parts = ["627" + aba(), (acct, "account"), " " * (17 - len(acct)), f"{amt:010d}", (m.mno, "mrn"), " " * (15 - len(m.mno)),
                 (nm, "name"), " " * (22 - len(nm)), "  0" + "09100001" + f"{i + 1:07d}"]
        lines.append(("nacha-fixed", parts))
    lines.append(("nacha-fixed", ["8200" + f"{n:06d}" + digits(10) + f"{tot:012d}" + "0" * 12 + "8412345670" + " " * 25 + "09100001" + "0000001"]))
    return lines


def g_k8s(t):
    ts = t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + digits(3) + "Z"
    app = R.choice(["checkin-api", "billing-worker", "waiver-sync", "member-portal", "belaycert"])
    pod = f"{app}-{hexs(9)}-{''.join(R.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(5))}"
    o = R.choice([
        {"ts": ts, "kind": "Event", "type": "Normal", "reason": "Pulled", "object": f"pod/{pod}", "namespace": "gg-prod",
         "message": f"Successfully pulled image \"registry.ggclimb.io/{app}:4.{R.randint(1, 14)}.{R.randint(0, 9)}\" in {R.uniform(0.4, 4):.3f}s", "imageDigest": "sha256:" + hexs(64)},
        {"ts": ts, "kind": "Event", "type": "Warning", "reason": "BackOff", "object": f"pod/{pod}", "namespace": "gg-prod", "message": "Back-off restarting failed container", "count": R.randint(2, 30)},
        {"ts": ts, "kind": "Event", "type": "Normal", "reason": "ScalingReplicaSet", "object": f"deployment/{app}", "namespace": "gg-prod", "message": f"Scaled up replica set {app}-{hexs(9)} to {R.randint(2, 6)}"},
        {"ts": ts, "kind": "Metric", "object": f"pod/{pod}", "cpu_m": R.randint(5, 900), "mem_mi": R.randint(60, 900), "node": f"ip-10-20-{R.randint(0, 9)}-{R.randint(2, 250)}.us-west-2.compute.internal"},
    ])
    return [("k8s-json", J(o))]


def g_postfix(t):
    ts = t.strftime("%b %d %H:%M:%S")
    qid = "4V" + "".join(R.choice("BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789") for _ in range(12))
    m = member()
    if R.random() < 0.55:
        dom = m.email.split("@")[1]
        relay = {"gmail.com": "gmail-smtp-in.l.google.com[142.250.115.27]:25", "yahoo.com": "mta7.am0.yahoodns.net[67.195.204.77]:25",
                 "outlook.com": "outlook-com.olc.protection.outlook.com[52.101.40.0]:25"}.get(dom, f"mx.{dom}[{pub_ip()}]:25")
        parts = [f"{ts} mx1 postfix/smtp[{R.randint(1000, 9000)}]: {qid}: to=<", (m.email, "email"),
                 f">, relay={relay}, delay={R.uniform(0.2, 3):.1f}, delays=0.1/0/0.3/0.5, dsn=2.0.0, status=sent (250 2.0.0 OK)"]
    else:
        parts = [f"{ts} mx1 postfix/qmgr[{R.randint(1000, 9000)}]: {qid}: from=<{R.choice(['billing', 'noreply', 'guides', 'frontdesk.bld'])}@ggclimb.com>, size={R.randint(3000, 60000)}, nrcpt=1 (queue active)"]
    return [("postfix", parts)]


def g_permit(t):
    tc = R.choice(["TRP-240601-RMNP-03", "TRP-240615-LUMPY-02"])
    if R.random() < 0.45:
        return [("permit-xml", [f'<Permit agency="USFS" unit="ARP" no="ARP-GUIDE-2024-00{R.randint(10, 99)}" outfitter="G&amp;G Mountain Guides" trip="{tc}" date="2024-06-{tc[8:10]}" party="{R.randint(3, 8)}"><Guide>{R.choice(GUIDES)}</Guide><Office>2150 Centre Ave Bldg E, Fort Collins, CO 80526</Office></Permit>'])]
    pl = R.choice([f"{''.join(R.choice('BCDFGHJKLMNPRSTVWXZ') for _ in range(3))}-{R.choice('ABCDEFGH')}{digits(2)}", f"{digits(3)}-{''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}"])
    v = vin(R.random() > 0.15)
    return [("permit-xml", [f'<TrailheadParking trip="{tc}" lot="Gem Lake TH"><Vehicle owner="outfitter" plate="GGMG2" vin="1FTBR1C8XMKA{digits(5)}"/><Vehicle owner="client" plate="CO ',
                            (pl, "vehicle"), '" vin="', (v, "vehicle"), '"/></TrailheadParking>'])]


def g_idscan(t):
    p = Person()
    dl = R.choice([f"{digits(2)}-{digits(3)}-{digits(4)}", digits(9)])
    exp = dt.date(R.randint(2025, 2030), p.dob.month, p.dob.day)
    if R.random() < 0.8:
        return [("idscan-pipe", [f"IDSCAN|v5.8.2|{R.choice(list(SITES))}-FD{R.randint(1, 3)}|{t.strftime('%Y-%m-%d %H:%M:%S')}|PASS|DL|{p.state}|", (dl, "license"), "|",
                                 (p.last.upper(), "name"), "|", (p.first.upper(), "name"), "|", (dfmt(p.dob, "dl"), "date"), "|",
                                 (p.street.upper(), "address"), "|", (p.city.upper(), "address"), f"|{p.state}|", (p.zip + digits(4), "zip"), "|exp=", (dfmt(exp, "dl"), "date"), "|age_ok=1"])]
    return [("idscan-pipe", [f"IDSCAN|v5.8.2|{R.choice(list(SITES))}-FD{R.randint(1, 3)}|{t.strftime('%Y-%m-%d %H:%M:%S')}|ERR|PDF417 decode failed crc=0x{hexs(4)} retry={R.randint(1, 3)}"])]


def g_unifi(t):
    ts = t.strftime("%b %d %H:%M:%S")
    site = R.choice(list(SITES)).lower()
    m = member()
    k = R.random()
    if k < 0.35:
        parts = [f"{ts} {site}-unifi-ctl unifi[1944]: guest authorized mac=", (mac(), "device"), " ip=", (f"192.168.40.{R.randint(10, 250)}", "ip"),
                 " member=", (m.mno, "mrn"), f" portal=member-login ssid=GG-Guest ap=U6-Pro-{R.randint(1, 6)}"]
    elif k < 0.6:
        parts = [f"{ts} {site}-ap0{R.randint(1, 6)} hostapd: ath1: STA ", (mac(), "device"), " IEEE 802.11: associated (aid " + str(R.randint(1, 60)) + ") ssid=GG-Guest"]
    else:
        parts = [f"{ts} {site}-unifi-ctl unifi[1944]: " + R.choice([
            f"AP[{mac()}] U6-Pro firmware 6.6.55 upgrade complete ssid=GG-Staff",
            f"speedtest wan1 down={R.randint(300, 950)}Mbps up={R.randint(20, 40)}Mbps latency={R.randint(6, 30)}ms",
            f"STA {mac()} ssid=GG-Staff authenticated 802.1X user=staff.{R.choice(['jokafor', 'mtran', 'lhoffmann'])}"])]
    return [("unifi-syslog", parts)]


def g_fhir(t):
    p = member()
    if R.random() < 0.6:
        pid = "fsm-" + digits(5)
        o = {"resourceType": "Patient", "id": P(pid, "mrn"), "meta": {"versionId": str(R.randint(1, 6)), "lastUpdated": t.isoformat(timespec="seconds")},
             "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": P("FSM" + digits(7), "mrn")}],
             "name": [{"family": P(p.last, "name"), "given": [P(p.first, "name")]}], "gender": "female" if p.sex == "F" else "male",
             "birthDate": P(dfmt(p.dob, "iso"), "date"), "telecom": [{"system": "phone", "value": P(p.phone, "phone"), "use": "mobile"}],
             "address": [{"line": [P(p.street, "address")], "city": P(p.city, "address"), "state": p.state, "postalCode": P(p.zip, "zip")}]}
    else:
        o = {"resourceType": "OperationOutcome", "id": hexs(8) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(12),
             "issue": [{"severity": "error", "code": "throttled", "diagnostics": f"Rate limit 120/min exceeded for client ggc-safelog, retry-after={R.randint(5, 60)}"}]}
    return [("fhir-json", J(o))]


GENS = [(g_kiosk, 16), (g_waiver, 8), (g_belay, 7), (g_safelog, 5), (g_nginx, 14), (g_syslog, 13),
        (g_billing, 8), (g_roster, 1.2), (g_inreach, 2), (g_sarsms, 1.5), (g_rescue_ops, 0.6), (g_hl7, 1.2),
        (g_postgres, 5), (g_java, 0.6), (g_slack, 5), (g_nacha, 0.6), (g_k8s, 11), (g_postfix, 5),
        (g_permit, 3), (g_idscan, 3), (g_unifi, 5), (g_fhir, 2)]
FILLERS = [g_syslog, g_k8s, g_kiosk, g_nginx]


def build(parts):
    b = bytearray()
    spans = []
    for p in parts:
        if isinstance(p, str):
            b += p.encode("utf-8")
        else:
            text, cat = p
            s = len(b)
            b += text.encode("utf-8")
            spans.append((s, len(b), cat, text))
    return bytes(b), spans


def main():
    t = dt.datetime(2024, 5, 17, 5, 58, 0, tzinfo=TZ)
    funcs, weights = [g for g, _ in GENS], [w for _, w in GENS]
    recs = []
    while len(recs) < N_LINES:
        t += dt.timedelta(seconds=R.randint(1, 140))
        g = R.choices(funcs, weights)[0]
        out = g(t)
        if len(recs) + len(out) > N_LINES:
            out = R.choice(FILLERS)(t)
        recs.extend(out)
    cats = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account",
            "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}
    with open(OUT_LOG, "wb") as fl, open(OUT_LAB, "w", encoding="utf-8", newline="\n") as fb:
        for n, (fam, parts) in enumerate(recs, 1):
            lb, spans = build(parts)
            if not lb or b"\n" in lb or b"\r" in lb:
                sys.exit(f"line {n}: empty or contains newline")
            lb.decode("utf-8")
            prev = 0
            for s, e, cat, text in spans:
                if not (0 <= s < e <= len(lb)):
                    sys.exit(f"line {n}: bad span {s},{e}")
                if s < prev:
                    sys.exit(f"line {n}: overlapping spans")
                prev = e
                if lb[s:e].decode("utf-8") != text:
                    sys.exit(f"line {n}: span text mismatch")
                if cat not in cats:
                    sys.exit(f"line {n}: bad cat {cat}")
            if fam.endswith("json") or fam == "waiver-structlog":
                json.loads(lb.decode("utf-8"))
            if fam == "nacha-fixed" and len(lb) != 94:
                sys.exit(f"line {n}: nacha record length {len(lb)}")
            fl.write(lb + b"\n")
            fb.write(json.dumps({"line": n, "family": fam, "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]}) + "\n")


if __name__ == "__main__":
    main()
