#!/usr/bin/env python3
"""Synthetic labeled corpus "kq": perimeter / remote-access logs of a hospital network
(Lakeshore Mercy Health, fictitious) in which patient data leaks through traffic.

Formats: Palo Alto PAN-OS traffic/threat/URL-filtering/GlobalProtect syslog CSV and a
Monitor-tab CSV export with header, Fortinet FortiGate key=value, Cisco ASA syslog,
Zeek conn/http/dns/smtp/files TSV (with #fields headers), Suricata eve.json (HTTP bodies,
alerts with payload_printable, fileinfo, stats), Citrix NetScaler (AAA/SSLVPN/APPFW),
pfSense filterlog, Graylog GELF JSON, Cisco ESA / Proofpoint mail gateway logs and SOC
analysts' ticket notes (one physical line per journal line).

Writes kq.log (500 lines) and kq.labels.jsonl next to this script.  Standard library only,
deterministic (fixed seed).  Every person and identifier is synthetic.

Labeling decisions:
- Labeled people: patients, portal members, relatives, guarantors, subscribers, emergency
  contacts and proxies.  Not labeled: clinicians, SOC analysts, network engineers, other
  staff doing their work (names, usernames, work/personal e-mails, VPN home IPs), vendors,
  the hospital, its facilities, its mailboxes and phone/fax lines.
- Guest Wi-Fi captive-portal identities (e-mails) are treated as patients/visitors and labeled.
- A name written contiguously ("Okafor, Chinedu", "CHINEDU A. OKAFOR", "chinedu+okafor" in a
  query) is one name span; when parts sit in separate fields (JSON firstName/lastName, HL7 or
  X12 components, URL parameters, file-name parts split by "_") each part is its own span.
- Dates tied to a patient (birth, admission, discharge, service, appointment, death) are
  labeled in any written form; log/event timestamps, ticket times, change windows, cert
  validity and report periods are not; a year alone is not.
- Ages are labeled only when over 89 ("92 y/o", "age=94"); younger ages stay unlabeled.
- Address: street line (with unit) is one address span, city is a separate address span,
  state is not labeled, ZIP / ZIP+4 is a zip span.
- mrn: any medical record number form (also inside HL7 CX "^^^LMH^MR").  other_id: portal
  usernames, portal patient IDs, encounter/CSN numbers, Rx numbers, case numbers that
  identify a patient.  account: hospital account (HAR), guarantor account, card and bank
  account numbers.  health_plan: member/subscriber IDs, Medicare MBI, Medicaid IDs.
  Bank routing numbers, group numbers and payer IDs (businesses) are not labeled.
- ip: public IPs of patients/portal members (portal logins, patient uploads, patient e-mail
  X-Originating-IP).  RFC1918 addresses, hospital/vendor/CDN servers, scanners/attackers and
  staff VPN client IPs are not labeled.
- device: serials/MAC/IMEI of a patient's medical or home-monitoring device.  Firewall,
  appliance, sensor and workstation serials/hostnames are not labeled.
- vehicle: patient's plate and VIN.  license: patient's driver's licence number.
- url: only a patient's personal URL (blog/social profile).  Identifiers inside other URLs
  are labeled individually (value only), in the encoded form in which they appear
  (URL-encoded, Zeek \\x escapes).
- photo: the base64 payload of a face image (not the "data:image/jpeg;base64," prefix).
  biometric: palm-vein / fingerprint template payloads.
- Not labeled: masked or truncated values (***-**-7731, card ending 4417), public test values
  (SSN 078-05-1120, card 4111111111111111), hashes, UUIDs, Zeek uids/fuids, flow ids,
  session ids, message ids, ticket numbers (INC/RITM/CHG), order and build numbers.
"""
import base64
import hashlib
import json
import os
import random
import unicodedata
import uuid
from datetime import date, datetime, timedelta, timezone

ID = "kq"
R = random.Random(21_0311_2024)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500


# ---------------------------------------------------------------- line builder
class P:
    """A labeled value."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v, self.cat = str(v), cat


class S(list):
    """A rich string: list of str / P pieces that forms one string value."""

    def __init__(self, *parts):
        super().__init__(parts)


def flat(x):
    if isinstance(x, (list, tuple)):
        out = []
        for y in x:
            out.extend(flat(y))
        return out
    if x is None:
        return []
    if isinstance(x, P):
        return [x]
    return [str(x)]


class B:
    def __init__(self, fam):
        self.fam, self.parts, self.n, self.spans = fam, [], 0, []

    def add(self, *xs):
        for x in xs:
            for piece in flat(x):
                if isinstance(piece, P):
                    st = self.n
                    self._t(piece.v)
                    self.spans.append((st, self.n, piece.cat, piece.v))
                else:
                    self._t(piece)
        return self

    def _t(self, s):
        assert "\n" not in s and "\r" not in s, s
        self.parts.append(s)
        self.n += len(s.encode("utf-8"))

    def text(self):
        return "".join(self.parts)


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jrich(o):
    """Compact JSON as a rich piece list (P pieces stay labeled)."""
    if isinstance(o, P):
        assert jesc(o.v) == o.v, o.v
        return ['"', o, '"']
    if isinstance(o, S):
        out = ['"']
        for x in flat(list(o)):
            if isinstance(x, P):
                assert jesc(x.v) == x.v, x.v
                out.append(x)
            else:
                out.append(jesc(x))
        out.append('"')
        return out
    if isinstance(o, dict):
        out = ["{"]
        for i, (k, v) in enumerate(o.items()):
            if i:
                out.append(",")
            out.append(json.dumps(k) + ":")
            out.extend(jrich(v))
        out.append("}")
        return out
    if isinstance(o, list):
        out = ["["]
        for i, v in enumerate(o):
            if i:
                out.append(",")
            out.extend(jrich(v))
        out.append("]")
        return out
    return [json.dumps(o, ensure_ascii=False)]


def csvq(x):
    """PAN-style quoted CSV field (value must not contain a double quote)."""
    for piece in flat(x):
        assert '"' not in (piece.v if isinstance(piece, P) else piece)
    return ['"', x, '"']


def tsv(fields):
    out = []
    for i, f in enumerate(fields):
        if i:
            out.append("\t")
        out.append(f)
    return out


def csv(fields):
    out = []
    for i, f in enumerate(fields):
        if i:
            out.append(",")
        out.append(f)
    return out


# ---------------------------------------------------------------- clock
TZ = timezone(timedelta(hours=-5))


class Clock:
    t = datetime(2024, 3, 11, 7, 58, 3, 118342, tzinfo=TZ)


def tick():
    Clock.t += timedelta(seconds=R.randint(2, 38), microseconds=R.randint(0, 999999))


def T():
    return Clock.t


def t_pan():
    return T().strftime("%Y/%m/%d %H:%M:%S")


def t_sys():
    return T().strftime("%b %d %H:%M:%S")


def t_sur():
    return T().strftime("%Y-%m-%dT%H:%M:%S.%f%z")


def t_iso():
    return T().isoformat(timespec="microseconds")


def t_epoch():
    return "%.6f" % T().timestamp()


def t_ns():
    return T().astimezone(timezone.utc).strftime("%m/%d/%Y:%H:%M:%S GMT")


def t_esa():
    return T().strftime("%a %b %d %H:%M:%S %Y")


def t_asa():
    return T().strftime("%b %d %Y %H:%M:%S")


# ---------------------------------------------------------------- random ids
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def rs(n, alpha=B62):
    return "".join(R.choice(alpha) for _ in range(n))


def hx(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def zuid():
    return "C" + rs(17)


def zfuid():
    return "F" + rs(17)


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def rport():
    return R.randint(49152, 65535)


def priv_ip():
    k = R.random()
    if k < 0.55:
        return "10.%d.%d.%d" % (R.choice([40, 41, 60, 62, 80, 120]), R.randint(1, 40), R.randint(2, 250))
    if k < 0.8:
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 20), R.randint(2, 250))
    return "192.168.%d.%d" % (R.randint(0, 30), R.randint(2, 250))


def pub_ip():
    a = R.choice([73, 24, 98, 68, 174, 71, 99, 107, 50, 76, 67, 108, 172, 75])
    if a == 172:
        a = 173
    return "%d.%d.%d.%d" % (a, R.randint(1, 254), R.randint(0, 254), R.randint(2, 254))


SERVERS = ["52.96.88.130", "52.112.14.7", "142.250.72.110", "104.18.32.47", "151.101.65.140",
           "13.107.42.14", "20.190.151.8", "34.117.59.81", "23.45.112.9", "184.28.17.200"]
ATTACKERS = ["185.220.101.4", "45.155.205.233", "193.32.162.71", "89.248.165.12",
             "162.142.125.210", "141.98.10.63", "80.94.95.115"]
HOSP_NAT = ["204.62.118.10", "204.62.118.11", "204.62.118.25"]
DMZ_WEB = "10.10.5.21"
UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15",
    "MyChart/10.4.1 (iPhone; iOS 17.3.1)",
    "okhttp/4.11.0",
]


def ua():
    return R.choice(UAS)


# ---------------------------------------------------------------- value helpers
def luhn_complete(prefix, length):
    digits = [int(c) for c in prefix]
    while len(digits) < length - 1:
        digits.append(R.randint(0, 9))
    tot = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return "".join(map(str, digits)) + str((10 - tot % 10) % 10)


VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def make_vin():
    wmi = R.choice(["1HG", "1FA", "2T1", "3VW", "5YJ", "1G1", "JTD", "KMH", "WBA"])
    alpha = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(wmi + rs(5, alpha) + "0" + R.choice("LMNPR") + rs(1, "ABCDEFGHJKLMNPRSTUVWXYZ") + "%06d" % R.randint(0, 999999))
    tot = sum((int(c) if c.isdigit() else VIN_T[c]) * w for c, w in zip(v, VIN_W))
    v[8] = "X" if tot % 11 == 10 else str(tot % 11)
    return "".join(v)


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def make_mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    AN = L + "0123456789"
    D = "0123456789"
    return (R.choice("123456789") + R.choice(L) + R.choice(AN) + R.choice(D) + R.choice(L) +
            R.choice(AN) + R.choice(D) + R.choice(L) + R.choice(L) + R.choice(D) + R.choice(D))


def fmt_mbi(m, dashed):
    return "%s-%s-%s" % (m[:4], m[4:7], m[7:]) if dashed else m


def fold(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("ß", "ss").replace("ä", "ae")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    return "".join(c for c in fold(s).lower() if c.isalnum())


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def fd(d, style=None):
    style = style or R.choice(["iso", "us", "us_short", "eu", "dmon", "long", "compact", "us_dash", "mdy2", "dmon_sp"])
    m = d.month
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return "%02d/%02d/%04d" % (m, d.day, d.year)
    if style == "us_short":
        return "%d/%d/%04d" % (m, d.day, d.year)
    if style == "eu":
        return "%02d.%02d.%04d" % (d.day, m, d.year)
    if style == "dmon":
        return "%02d-%s-%04d" % (d.day, MONTHS[m - 1][:3], d.year)
    if style == "dmon_sp":
        return "%d %s %04d" % (d.day, MONTHS[m - 1][:3], d.year)
    if style == "long":
        return "%s %d, %04d" % (MONTHS[m - 1], d.day, d.year)
    if style == "compact":
        return "%04d%02d%02d" % (d.year, m, d.day)
    if style == "mmddyyyy":
        return "%02d%02d%04d" % (m, d.day, d.year)
    if style == "us_dash":
        return "%02d-%02d-%04d" % (m, d.day, d.year)
    if style == "mdy2":
        return "%02d/%02d/%02d" % (m, d.day, d.year % 100)
    raise ValueError(style)


def fp(ph, style=None):
    a, e, l = ph
    style = style or R.choice(["paren", "dash", "dots", "plain", "e164", "intl_sp", "paren_nosp"])
    return {"paren": "(%s) %s-%s", "dash": "%s-%s-%s", "dots": "%s.%s.%s", "plain": "%s%s%s",
            "e164": "+1%s%s%s", "intl_sp": "+1 %s %s %s", "paren_nosp": "(%s)%s-%s"}[style] % (a, e, l)


def recent(back=45, fwd=0):
    return date(2024, 3, 11) + timedelta(days=R.randint(-back, fwd))


def future(lo=2, hi=45):
    return date(2024, 3, 11) + timedelta(days=R.randint(lo, hi))


def age_of(d):
    ref = date(2024, 3, 11)
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


def fake_jpeg_b64(n=168):
    head = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    raw = head + bytes(R.getrandbits(8) for _ in range(n))
    s = base64.b64encode(raw).decode()
    return s[: len(s) - len(s) % 4]


def fake_template_b64(n=96):
    raw = b"PSv3" + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode().rstrip("=")


# ---------------------------------------------------------------- people
PEOPLE = [
    ("Chinedu", "Okafor", "M", None), ("Anh", "Nguyen", "F", None), ("Anna", "Kowalczyk", "F", None),
    ("María José", "García-Márquez", "F", None), ("Kenji", "Tanaka", "M", None),
    ("Siobhan", "O'Sullivan", "F", None), ("Oluwaseun", "Adeyemi", "M", None),
    ("Priya", "Raghunathan", "F", None), ("Pieter", "van der Berg", "M", None),
    ("Rosario", "De La Cruz", "F", None), ("Mehmet", "Yılmaz", "M", None),
    ("Birgitta", "Lindqvist", "F", date(1931, 12, 5)), ("DeShawn", "Washington", "M", None),
    ("Xiaoling", "Chen", "F", None), ("João", "dos Santos", "M", None),
    ("Giorgos", "Papadopoulos", "M", None), ("Leilani", "Kahananui", "F", None),
    ("Tomasz", "Wiśniewski", "M", None), ("Svetlana", "Ivanova", "F", None),
    ("Kwame", "Mensah", "M", date(1941, 6, 18)), ("Marisol", "Villanueva", "F", None),
    ("Samir", "Haddad", "M", None), ("Ayesha", "Siddiqui", "F", None), ("Dmitri", "Petrov", "M", None),
    ("Fiona", "MacLeod", "F", None), ("Hye-jin", "Park", "F", None), ("Thanh", "Tran", "M", None),
    ("Ioana", "Popescu", "F", None), ("Ravi", "Iyer", "M", None), ("Ebony", "Jefferson-Boyd", "F", None),
    ("Connor", "Fitzgerald", "M", None), ("Agnieszka", "Nowak", "F", None),
    ("Mohammed", "Abdullah", "M", None), ("Guadalupe", "Hernández", "F", None),
    ("Sione", "Fifita", "M", None), ("Hannelore", "Schäfer", "F", date(1929, 8, 23)),
    ("Lorenzo", "di Stefano", "M", None), ("Minh", "Le", "M", None), ("Dana", "Kowalski", "F", None),
    ("Esperanza", "Ruiz-Ortega", "F", date(1932, 1, 30)), ("Jean-Baptiste", "St. Pierre", "M", None),
    ("Zoë", "Lindgren", "F", None), ("Abebe", "Bekele", "M", None), ("Nomvula", "Dlamini", "F", None),
    ("Carlos", "Ibarra", "M", None), ("Wilhelmina", "Oyelaran", "F", date(1930, 4, 2)),
]
REL_FIRST = ["Grace", "Emeka", "Linh", "Piotr", "Lucía", "Hiroshi", "Aoife", "Tunde", "Meera", "Sanne",
             "Tomás", "Elif", "Karin", "Marcus", "Mei", "Paulo", "Eleni", "Kaimana", "Ola", "Yusuf"]
STREETS = ["N Kedzie Ave", "W Devon Ave", "S Halsted St", "Sheridan Rd", "W 63rd St", "Main St", "Lake Ave",
           "N Milwaukee Ave", "Ridge Blvd", "W Cermak Rd", "E 79th St", "Oak St", "N Lincoln Ave",
           "W Roosevelt Rd", "Chicago Ave", "S Pulaski Rd", "Green Bay Rd", "W Belmont Ave", "Calumet Ave"]
CITIES = [("Chicago", "IL", "60625"), ("Chicago", "IL", "60640"), ("Chicago", "IL", "60608"),
          ("Chicago", "IL", "60647"), ("Chicago", "IL", "60619"), ("Evanston", "IL", "60201"),
          ("Oak Park", "IL", "60302"), ("Cicero", "IL", "60804"), ("Skokie", "IL", "60076"),
          ("Berwyn", "IL", "60402"), ("Gary", "IN", "46402"), ("Hammond", "IN", "46320"),
          ("Kenosha", "WI", "53140"), ("Joliet", "IL", "60432"), ("Aurora", "IL", "60505"),
          ("Waukegan", "IL", "60085"), ("Naperville", "IL", "60540"), ("Des Plaines", "IL", "60016")]
AREA = {"IL": ["312", "773", "872", "847", "630", "708", "815", "224"], "IN": ["219"], "WI": ["262"]}
MAILDOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com", "hotmail.com",
           "protonmail.com", "att.net", "sbcglobal.net"]
PAYERS = [("BCBSIL", "XOJ"), ("AETNA", "W"), ("UHC", ""), ("CIGNA", "U"), ("HUMANA", "H"), ("MERIDIAN", "MHP")]


def make_person(first, last, sex, dob):
    p = {"first": first, "last": last, "sex": sex, "mi": R.choice("ABCDEFGHJKLMNPRSTW")}
    p["dob"] = dob or date(R.randint(1938, 2012), R.randint(1, 12), R.randint(1, 28))
    p["mrn"] = "%08d" % R.randint(100000, 9999999)
    p["ssn"] = make_ssn()
    city, st, z = R.choice(CITIES)
    p["city"], p["state"], p["zip"] = city, st, z
    apt = R.choice(["", "", " Apt 2B", " Unit 407", " #3", " Apt 1R", " Fl 2"])
    p["street"] = "%d %s%s" % (R.randint(12, 9870), R.choice(STREETS), apt)
    p["phone"] = (R.choice(AREA[st]), "%03d" % R.randint(201, 989), "%04d" % R.randint(0, 9999))
    f, l = slug(first.split()[0]), slug(last)
    yy = "%02d" % (p["dob"].year % 100)
    local = R.choice([f + "." + l, f[0] + l, f + l + yy, l + "." + f, f + "_" + l, f + "." + l + str(R.randint(1, 99))])
    p["email"] = local + "@" + R.choice(MAILDOM)
    p["user"] = R.choice([f[0] + l + yy, f + "." + l, l + f[:3], f + "_" + l[:4] + yy, f + l[:1] + str(R.randint(100, 999))])
    p["portal_id"] = "%d" % R.randint(10000000, 99999999)
    p["har"] = "7%08d" % R.randint(0, 99999999)
    p["csn"] = "10%08d" % R.randint(0, 99999999)
    payer, pre = R.choice(PAYERS)
    p["payer"] = payer
    p["member"] = pre + "%09d" % R.randint(0, 999999999)
    p["mbi"] = make_mbi()
    p["medicaid"] = "%09d" % R.randint(100000000, 999999999)
    p["ip"] = pub_ip()
    pre, ln = R.choice([("4", 16), ("51", 16), ("54", 16), ("37", 15), ("6011", 16)])
    p["card"] = luhn_complete(pre, ln)
    if st == "IL":
        p["dl"] = "%s%03d-%04d-%04d" % (fold(last)[0].upper(), R.randint(0, 999), R.randint(0, 9999), R.randint(0, 9999))
    elif st == "IN":
        p["dl"] = "%04d-%02d-%04d" % (R.randint(0, 9999), R.randint(0, 99), R.randint(0, 9999))
    else:
        p["dl"] = "%s%03d-%04d-%04d-%02d" % (fold(last)[0].upper(), R.randint(0, 999), R.randint(0, 9999), R.randint(0, 9999), R.randint(0, 99))
    p["plate"] = R.choice(["%s %05d" % (rs(2, "ABCDEFGHJKLMNPRSTVWXYZ"), R.randint(0, 99999)),
                           "%s %04d" % (rs(3, "ABCDEFGHJKLMNPRSTVWXYZ"), R.randint(0, 9999)),
                           "%d%s%03d" % (R.randint(1, 9), rs(3, "ABCDEFGHJKLMNPRSTVWXYZ"), R.randint(0, 999))])
    p["vin"] = make_vin()
    p["rel"] = (R.choice(REL_FIRST), R.choice([last, R.choice(PEOPLE)[1]]))
    p["rel_phone"] = (R.choice(AREA["IL"]), "%03d" % R.randint(201, 989), "%04d" % R.randint(0, 9999))
    p["rel_email"] = slug(p["rel"][0]) + "." + slug(p["rel"][1]) + "@" + R.choice(MAILDOM)
    return p


PATS = [make_person(*x) for x in PEOPLE]
OLD = [p for p in PATS if age_of(p["dob"]) > 89]
assert len(OLD) >= 4


def pick(pred=None):
    return R.choice([p for p in PATS if pred is None or pred(p)])


def nm(p, style=None):
    f, l, mi = p["first"], p["last"], p["mi"]
    style = style or R.choice(["FL", "LF", "LFU", "LFU2", "FiL", "lower", "LFM", "FML", "LFnc", "FLU"])
    return {"FL": f + " " + l, "LF": l + ", " + f, "LFU": l.upper() + ", " + f.upper(),
            "LFU2": l.upper() + " " + f.upper(), "FiL": f[0] + ". " + l, "lower": (f + " " + l).lower(),
            "LFM": "%s, %s %s." % (l, f, mi), "FML": "%s %s. %s" % (f, mi, l), "LFnc": l.upper() + "," + f.upper(),
            "FLU": (f + " " + l).upper()}[style]


def relname(p, style="FL"):
    f, l = p["rel"]
    return {"FL": f + " " + l, "LF": l + ", " + f, "U": (f + " " + l).upper()}[style]


def qenc(s):
    from urllib.parse import quote
    return quote(s, safe="")


def qplus(s):
    from urllib.parse import quote_plus
    return quote_plus(s)


def zesc(s):
    """Zeek ASCII writer escaping of non-ASCII bytes."""
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
        else:
            out.extend("\\x%02x" % b for b in ch.encode("utf-8"))
    return "".join(out)


# ---------------------------------------------------------------- staff / business (never labeled)
STAFF = [("Jenna", "Alvarez", "jalvarez"), ("Marcus", "Okonkwo", "mokonkwo"), ("Raj", "Patel", "rpatel"),
         ("Helen", "Brandt", "hbrandt"), ("Samuel", "Whitfield", "swhitfield"), ("Lucía", "Ferreira", "lferreira"),
         ("Tom", "Becker", "tbecker"), ("Aisha", "Rahman", "arahman"), ("Nikolai", "Sorensen", "nsorensen"),
         ("Kimberly", "Tran-Hollis", "ktranhollis")]
DOCS = ["Dr. Helen Brandt", "Dr. Samuel Whitfield", "Dr. Aisha Rahman", "Dr. Yusuf Karaca", "Dr. Lena Morgenstern"]
ANALYSTS = ["jalvarez", "mokonkwo", "nsorensen", "ktranhollis"]


def staff():
    return R.choice(STAFF)


def staff_mail(s):
    return "%s.%s@lakeshoremercy.org" % (slug(s[0]), slug(s[1]))


# ================================================================ PAN-OS
PAN_SER = "013201004518"
PAN_DEV = "PA-5220-EDGE01"


def pan_hdr(b):
    b.add("<14>%s %s " % (t_sys(), PAN_DEV))


def pan_traffic(b, src, dst, rule, user, app, sport, dport, action="allow", subtype="end", proto="tcp",
                fz="trust", tz="untrust", natsrc=None, natdst="0.0.0.0", cat="any", reason="tcp-fin",
                srcloc="10.0.0.0-10.255.255.255", dstloc="United States"):
    pan_hdr(b)
    bs, br = R.randint(300, 90000), R.randint(300, 900000)
    ps, pr = R.randint(4, 90), R.randint(4, 700)
    el = R.randint(0, 600)
    natsrc = natsrc if natsrc is not None else R.choice(HOSP_NAT)
    b.add(csv(["1", t_pan(), PAN_SER, "TRAFFIC", subtype, "2561", t_pan(), src, dst, natsrc, natdst, rule, user, "",
               app, "vsys1", fz, tz, "ethernet1/3" if fz != "untrust" else "ethernet1/1",
               "ethernet1/1" if tz == "untrust" else "ethernet1/4", "Log-Forwarding-Panorama", t_pan(),
               str(R.randint(100000, 999999)), "1", str(sport), str(dport), str(rport()) if natsrc != "0.0.0.0" else "0",
               "0", "0x40001c" if action == "allow" else "0x0", proto, action, str(bs + br), str(bs), str(br),
               str(ps + pr), t_pan(), str(el), cat, "", str(R.randint(7000000000, 7999999999)), "0x8000000000000000",
               srcloc, dstloc, "", str(ps), str(pr), reason, "12", "27", "0", "0", "", PAN_DEV, "from-policy", "", "", "0",
               "", "0", "", "N/A", "0", "0", "0", "0", ruuid(), "0", "0", "", "", "", "", "", "", ""]))


def pan_threat(b, subtype, src, dst, rule, user, app, sport, dport, action, misc, threatid, cat, sev,
               direction="client-to-server", fz="trust", tz="untrust", uagent="", ftype="", referer="",
               sender="", subject="", recipient="", method="", tcat="", ctype="", natsrc=None, natdst="0.0.0.0",
               srcloc="10.0.0.0-10.255.255.255", dstloc="United States"):
    pan_hdr(b)
    natsrc = natsrc if natsrc is not None else R.choice(HOSP_NAT)
    b.add(csv(["1", t_pan(), PAN_SER, "THREAT", subtype, "2561", t_pan(), src, dst, natsrc, natdst, rule, user, "",
               app, "vsys1", fz, tz, "ethernet1/3" if fz != "untrust" else "ethernet1/1",
               "ethernet1/1" if tz == "untrust" else "ethernet1/4", "Log-Forwarding-Panorama", t_pan(),
               str(R.randint(100000, 999999)), "1", str(sport), str(dport), str(rport()), str(dport), "0x8000",
               "tcp", action, csvq(misc), threatid, cat, sev, direction, str(R.randint(7000000000, 7999999999)),
               "0x8000000000000000", srcloc, dstloc, "", ctype, "0", hx(64) if subtype in ("wildfire", "file") else "",
               "", "0", csvq(uagent) if uagent else "", ftype, "", csvq(referer) if referer else "",
               csvq(sender) if sender else "", csvq(subject) if subject else "", csvq(recipient) if recipient else "",
               "0" if subtype != "wildfire" else str(R.randint(10 ** 9, 10 ** 10)), "12", "27", "0", "0", "", PAN_DEV,
               "", "", "", method, "", "", "0", "", "0", tcat, "AppThreat-8817-8533", "", "", "0", "", ""]))


def ph_pan_url_portal():
    p = pick()
    b = B("panos_url")
    url = S("mychart.lakeshoremercy.org/MyChart/api/records/summary?mrn=", P(p["mrn"], "mrn"),
            "&dob=", P(fd(p["dob"], R.choice(["iso", "us_dash", "mmddyyyy"])), "date"), "&view=full")
    pan_threat(b, "url", P(p["ip"], "ip"), DMZ_WEB, "inbound-mychart-decrypt", "", "web-browsing", rport(), 443,
               "alert", url, "(9999)", "health-and-medicine", "informational", fz="untrust", tz="dmz-web",
               uagent=ua(), referer="https://mychart.lakeshoremercy.org/MyChart/Home", method="get",
               natsrc="0.0.0.0", natdst=DMZ_WEB, srcloc="United States", dstloc="10.0.0.0-10.255.255.255")
    return [b]


def ph_pan_url_search():
    p = pick()
    s = staff()
    b = B("panos_url")
    eng = R.choice(["www.google.com/search?q=", "www.bing.com/search?q=", "duckduckgo.com/?q="])
    nmv = qplus(nm(p, R.choice(["FL", "lower"])))
    url = S(eng, P(nmv, "name"), "+", R.choice(["obituary", "facebook", "arrest", "lawsuit"]), "+",
            P(qplus(p["city"].lower()), "address"), "+", p["state"].lower(), "&ie=UTF-8")
    pan_threat(b, "url", priv_ip(), R.choice(SERVERS), "allow-staff-web", "lmh\\" + s[2], "google-base",
               rport(), 443, "alert", url, "(9999)", "search-engines", "informational", uagent=UAS[1],
               method="get")
    return [b]


def ph_pan_url_pharmacy():
    p = pick()
    b = B("panos_url")
    host = R.choice(["www.cvs.com/rx/refill/guest?", "www.walgreens.com/rx-refill/lookup?"])
    url = S(host, "rxNumber=", P("%07d" % R.randint(0, 9999999), "other_id"), "&lastName=",
            P(qenc(p["last"]), "name"), "&dob=", P(fd(p["dob"], "mmddyyyy"), "date"), "&storeId=", str(R.randint(1000, 19999)))
    pan_threat(b, "url", priv_ip(), R.choice(SERVERS), "allow-pharmacy-liaison", "lmh\\" + staff()[2], "ssl",
               rport(), 443, "alert", url, "(9999)", "health-and-medicine", "informational", uagent=UAS[1],
               method="get")
    return [b]


def ph_pan_data():
    p = pick()
    b = B("panos_threat")
    sep = "_"
    fn = S("intake", sep, P(fold(p["last"]).upper().replace(" ", "").replace("'", ""), "name"), sep,
           P(fold(p["first"]).upper().replace(" ", ""), "name"), sep, P(fd(p["dob"], "compact"), "date"), ".pdf")
    pan_threat(b, "data", priv_ip(), R.choice(["104.18.32.47", "162.125.66.18", "13.107.42.14"]),
               "allow-staff-web", "lmh\\" + staff()[2], R.choice(["dropbox-uploading", "web-browsing", "google-drive-web"]),
               rport(), 443, "alert", fn, "Social Security Numbers(60001)", "any", "high", ftype="pdf",
               tcat="data", uagent=UAS[1], method="post")
    return [b]


def ph_pan_wildfire_smtp():
    p = pick()
    b = B("panos_threat")
    svc = recent(10)
    subj = S(R.choice(["Your lab results are ready - ", "Test results available for ", "Imaging report: "]),
             P(nm(p, R.choice(["LF", "FL", "LFU"])), "name"), " (DOB ", P(fd(p["dob"], R.choice(["us", "us_short"])), "date"), ")")
    pan_threat(b, "wildfire", "10.40.3.21", "52.101.40.8", "allow-smtp-relay", "", "smtp-base", rport(), 25,
               "allow", S("labs_", P(fd(svc, "iso"), "date"), ".pdf"), "Windows PDF(52020)", "benign", "informational",
               ftype="pdf", sender="results@lakeshoremercy.org", subject=subj,
               recipient=P(p["email"], "email"), tcat="unknown")
    return [b]


def ph_pan_guest():
    p = pick()
    b = B("panos_traffic")
    pan_traffic(b, "192.168.%d.%d" % (R.randint(100, 115), R.randint(2, 250)), R.choice(SERVERS), "guest-internet",
                P(p["email"] if R.random() < 0.75 else p["rel_email"], "email"),
                R.choice(["netflix-streaming", "facetime", "ssl", "youtube-streaming", "whatsapp-base"]),
                rport(), 443, fz="guest-wifi", cat=R.choice(["streaming-media", "social-networking", "computer-and-internet-info"]),
                srcloc="192.168.0.0-192.168.255.255")
    return [b]


PAN_EXPORT_HDR = ("Receive Time,Type,Threat/Content Type,Source address,Destination address,Source User,Application,"
                  "Action,URL/Filename,Category,Severity,Referer,User Agent")


def pan_export_row(b, typ, sub, src, dst, user, app, action, misc, cat, sev, referer, uagent):
    b.add(csv([T().strftime("%Y/%m/%d %H:%M:%S"), typ, sub, src, dst, user, app, action, csvq(misc), cat, sev,
               csvq(referer) if referer else "", csvq(uagent)]))


def ph_pan_export():
    p = pick()
    b = B("panos_csv_export")
    url = S("mychart.lakeshoremercy.org/MyChart/Signup/Verify?email=", P(qenc(p["email"]), "email"),
            "&phone=", P(fp(p["phone"], "plain"), "phone"), "&zip=", P(p["zip"], "zip"))
    pan_export_row(b, "THREAT", "url", P(p["ip"], "ip"), DMZ_WEB, "", "web-browsing", "alert", url,
                   "health-and-medicine", "informational", "https://mychart.lakeshoremercy.org/MyChart/Signup", ua())
    return [b]


# ================================================================ Fortinet
FGT = [("FGT-NORTH-01", "FG100FTK21004417"), ("FGT-CLINIC-EV", "FGT60FTK2209A1C3"), ("FGT-DC2-EDGE", "FG3H0E5819900212")]


def forti(b, kv):
    dev, devid = R.choice(FGT)
    head = [("date", T().strftime("%Y-%m-%d")), ("time", T().strftime("%H:%M:%S")), ("devname", '"%s"' % dev),
            ("devid", '"%s"' % devid), ("eventtime", str(int(T().timestamp() * 1e9) + R.randint(0, 999))),
            ("tz", '"-0500"')]
    items = head + kv
    for i, (k, v) in enumerate(items):
        if i:
            b.add(" ")
        b.add(k + "=", v)


def fq(x):
    return ['"', x, '"']


def ph_forti_fhir():
    p = pick()
    b = B("fortinet_kv")
    url = S("/fhir/r4/Patient?family=", P(qenc(p["last"]), "name"), "&given=", P(qenc(p["first"]), "name"),
            "&birthdate=", P(fd(p["dob"], "iso"), "date"), "&_count=10")
    forti(b, [("logid", '"0316013057"'), ("type", '"utm"'), ("subtype", '"webfilter"'), ("eventtype", '"ftgd_allow"'),
              ("level", '"notice"'), ("vd", '"root"'), ("policyid", "22"), ("sessionid", str(R.randint(10 ** 7, 10 ** 9))),
              ("srcip", "10.62.%d.%d" % (R.randint(1, 9), R.randint(2, 250))), ("srcport", str(rport())),
              ("srcintf", '"port3"'), ("dstip", "34.117.%d.%d" % (R.randint(0, 255), R.randint(2, 250))), ("dstport", "443"),
              ("dstintf", '"wan1"'), ("proto", "6"), ("service", '"HTTPS"'), ("hostname", '"fhir.carequality-hub.net"'),
              ("profile", '"clinical-apps"'), ("action", '"passthrough"'), ("reqtype", '"direct"'),
              ("url", fq(["https://fhir.carequality-hub.net", url])), ("sentbyte", str(R.randint(400, 3000))),
              ("rcvdbyte", "0"), ("direction", '"outgoing"'), ("msg", '"URL belongs to an allowed category in policy"'),
              ("method", '"domain"'), ("cat", "43"), ("catdesc", '"Health and Wellness"')])
    return [b]


def ph_forti_dlp():
    p = pick()
    s = staff()
    b = B("fortinet_kv")
    subj = S("census ", T().strftime("%-m/%-d"), " - ", P(p["last"].upper() + " " + p["first"][0], "name"), " (MRN ",
             P(p["mrn"], "mrn"), ") rm ", str(R.randint(2100, 6420)))
    forti(b, [("logid", '"0954024576"'), ("type", '"utm"'), ("subtype", '"dlp"'), ("eventtype", '"dlp"'),
              ("level", '"warning"'), ("vd", '"root"'), ("filteridx", "2"), ("filtername", '"HIPAA-MRN-regex"'),
              ("filtertype", '"regexp"'), ("filtercat", '"message"'), ("severity", '"high"'), ("policyid", "31"),
              ("sessionid", str(R.randint(10 ** 7, 10 ** 9))), ("srcip", priv_ip()), ("srcport", str(rport())),
              ("dstip", "142.250.115.27"), ("dstport", "587"), ("proto", "6"), ("service", '"SMTPS"'),
              ("profile", '"dlp-hipaa-strict"'), ("action", '"block"'), ("direction", '"outgoing"'),
              ("from", '"%s"' % staff_mail(s)), ("to", '"%s%d@gmail.com"' % (slug(s[0]) + slug(s[1]), R.randint(1, 99))),
              ("subject", fq(subj)), ("filename", fq(["census_", T().strftime("%Y%m%d"), ".xlsx"])),
              ("filesize", str(R.randint(20000, 400000)))])
    return [b]


def ph_forti_email():
    p = pick()
    b = B("fortinet_kv")
    ap = future()
    subj = S("Appointment reminder: ", P(fd(ap, R.choice(["us", "long", "us_short"])), "date"), " ",
             R.choice(["9:40 AM", "1:15 PM", "10:00 AM", "3:30 PM"]), " - ", R.choice(["Cardiology", "Oncology Infusion", "Prenatal", "Dialysis", "Sleep Lab"]))
    forti(b, [("logid", '"0511020493"'), ("type", '"utm"'), ("subtype", '"emailfilter"'), ("eventtype", '"smtp"'),
              ("level", '"information"'), ("vd", '"root"'), ("policyid", "9"), ("sessionid", str(R.randint(10 ** 7, 10 ** 9))),
              ("srcip", "10.40.3.21"), ("dstip", "67.195.204.%d" % R.randint(2, 250)), ("dstport", "25"),
              ("service", '"SMTP"'), ("profile", '"outbound-mail"'), ("action", '"log-only"'), ("from", '"no-reply@lakeshoremercy.org"'),
              ("to", fq(P(p["email"], "email"))), ("recipient", fq(P(p["email"], "email"))), ("direction", '"outgoing"'),
              ("msg", '"general email log"'), ("subject", fq(subj)), ("size", str(R.randint(8000, 40000))), ("attachment", '"no"')])
    return [b]


# ================================================================ Cisco ASA
def asa(b, host, msg):
    b.add("<166>%s %s : " % (t_asa(), host), msg)


def ph_asa_url():
    p = pick()
    b = B("cisco_asa")
    path = R.choice([
        S("/MyChart/Billing/statement.pdf?har=", P(p["har"], "account"), "&guarantor=", P(qenc(nm(p, "LF")), "name")),
        S("/results/view?mrn=", P(p["mrn"], "mrn"), "&csn=", P(p["csn"], "other_id")),
        S("/scheduling/confirm?pid=", P(p["portal_id"], "other_id"), "&appt=", P(fd(future(), "iso"), "date")),
    ])
    asa(b, "ASA-DMZ-01", ["%ASA-5-304001: ", P(p["ip"], "ip"), " Accessed URL ", DMZ_WEB, ":", path])
    return [b]


# ================================================================ Zeek
ZF = {
    "conn": ("ts uid id.orig_h id.orig_p id.resp_h id.resp_p proto service duration orig_bytes resp_bytes conn_state "
             "local_orig local_resp missed_bytes history orig_pkts orig_ip_bytes resp_pkts resp_ip_bytes tunnel_parents",
             "time string addr port addr port enum string interval count count string bool bool count string count count count count set[string]"),
    "http": ("ts uid id.orig_h id.orig_p id.resp_h id.resp_p trans_depth method host uri referrer version user_agent "
             "origin request_body_len response_body_len status_code status_msg info_code info_msg tags username "
             "password proxied orig_fuids orig_filenames orig_mime_types resp_fuids resp_filenames resp_mime_types",
             "time string addr port addr port count string string string string string string string count count count "
             "string count string set[enum] string string set[string] vector[string] vector[string] vector[string] "
             "vector[string] vector[string] vector[string]"),
    "dns": ("ts uid id.orig_h id.orig_p id.resp_h id.resp_p proto trans_id rtt query qclass qclass_name qtype "
            "qtype_name rcode rcode_name AA TC RD RA Z answers TTLs rejected",
            "time string addr port addr port enum count interval string count string count string count string bool "
            "bool bool bool count vector[string] vector[interval] bool"),
    "smtp": ("ts uid id.orig_h id.orig_p id.resp_h id.resp_p trans_depth helo mailfrom rcptto date from to cc "
             "reply_to msg_id in_reply_to subject x_originating_ip first_received second_received last_reply path "
             "user_agent tls fuids is_webmail",
             "time string addr port addr port count string string set[string] string string set[string] set[string] "
             "string string string string addr string string string vector[addr] string bool vector[string] bool"),
    "files": ("ts fuid uid id.orig_h id.orig_p id.resp_h id.resp_p source depth analyzers mime_type filename duration "
              "local_orig is_orig seen_bytes total_bytes missing_bytes overflow_bytes timedout parent_fuid md5 sha1 "
              "sha256 extracted extracted_cutoff extracted_size",
              "time string string addr port addr port string count set[string] string string interval bool bool count "
              "count count count bool string string string string string bool count"),
}
ZEEK_FULL = {"http", "smtp"}
ZEEK_DONE = set()


def zeek_header(path):
    out = []
    lines = []
    if path in ZEEK_FULL:
        lines += ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-"]
    lines += ["#path\t" + path, "#open\t" + T().strftime("%Y-%m-%d-%H-%M-%S"),
              "#fields\t" + ZF[path][0].replace(" ", "\t"), "#types\t" + ZF[path][1].replace(" ", "\t")]
    for ln in lines:
        out.append(B("zeek_" + path).add(ln))
    return out


def zts():
    return t_epoch()


def zeek_http(b, orig, resp, method, host, uri, referrer="-", uagent=None, status=200, msg="OK",
              reqlen=0, resplen=None, username="-", orig_fn="-", orig_mime="-", resp_mime="text/html"):
    resplen = R.randint(200, 90000) if resplen is None else resplen
    b.add(tsv([zts(), zuid(), orig, str(rport()), resp, "80", "1", method, host, uri, referrer, "1.1",
               uagent or ua(), "-", str(reqlen), str(resplen), str(status), msg, "-", "-", "(empty)", username, "-",
               "-", zfuid() if orig_fn != "-" else "-", orig_fn, orig_mime, zfuid(), "-", resp_mime]))


def ph_zeek_http_appt():
    p = pick()
    b = B("zeek_http")
    ap = future()
    uri = S("/MyChart/api/appointments?patientId=", P(p["portal_id"], "other_id"), "&date=",
            P(fd(ap, R.choice(["iso", "us_dash"])), "date"), "&dept=", R.choice(["CARD", "ONC", "OBGYN", "NEPH", "PULM"]))
    ref = S("http://mychart.lakeshoremercy.org/MyChart/Visits?mrn=", P(p["mrn"], "mrn"))
    zeek_http(b, P(p["ip"], "ip"), DMZ_WEB, "GET", "mychart.lakeshoremercy.org", uri, ref, resp_mime="application/json")
    return [b]


def ph_zeek_http_basic():
    p = pick()
    b = B("zeek_http")
    uri = S("/legacy/results/", P(p["mrn"], "mrn"), "/", R.choice(["CBC", "BMP", "A1C", "LIPID", "TSH"]), ".pdf")
    zeek_http(b, P(p["ip"], "ip"), "10.10.5.34", "GET", "results-legacy.lakeshoremercy.org", uri, "-",
              username=P(p["email"], "email"), resp_mime="application/pdf")
    return [b]


def ph_zeek_http_upload():
    p = pick(lambda q: not (q["first"] + q["last"]).isascii()) if R.random() < 0.6 else pick()
    b = B("zeek_http")
    ln = zesc(p["last"]).replace(" ", "").replace("'", "")
    fn = S(R.choice(["labs_", "insurance_card_", "referral_"]), P(ln.upper(), "name"), "_",
           P(zesc(p["first"][0]), "name"), "_", P(fd(p["dob"], "compact"), "date"), ".pdf")
    zeek_http(b, P(p["ip"], "ip"), DMZ_WEB, "POST", "mychart.lakeshoremercy.org", "/MyChart/Documents/Upload",
              "http://mychart.lakeshoremercy.org/MyChart/Documents", reqlen=R.randint(80000, 900000), resplen=312,
              orig_fn=fn, orig_mime="application/pdf", resp_mime="application/json")
    return [b]


def zeek_dns(b, orig, resp, query, qtype="A", answers="-", rcode=("0", "NOERROR")):
    qt = {"A": "1", "AAAA": "28", "TXT": "16", "PTR": "12", "MX": "15", "SRV": "33"}[qtype]
    b.add(tsv([zts(), zuid(), orig, str(rport()), resp, "53", "udp", str(R.randint(1, 65535)),
               "%.6f" % (R.random() / 20), query, "1", "C_INTERNET", qt, qtype, rcode[0], rcode[1], "F", "F", "T",
               "T" if answers != "-" else "F", "0", answers, "-" if answers == "-" else "%.6f" % R.randint(30, 3600), "F"]))


def ph_zeek_dns_exfil():
    p = pick()
    b = B("zeek_dns")
    q = S(P(slug(p["last"]), "name"), "-", P(slug(p["first"].split()[0]), "name"), "-", P(fd(p["dob"], "compact"), "date"),
          ".", hx(6), ".d.cdn-sync-update.net")
    zeek_dns(b, "10.60.%d.%d" % (R.randint(1, 20), R.randint(2, 250)), "10.1.1.53", q, "TXT", rcode=("3", "NXDOMAIN"))
    return [b]


def zeek_smtp(b, orig, resp, helo, mailfrom, rcptto, frm, to, subject, xoip="-", msgid=None, path=None, uagent="-", is_web="F"):
    msgid = msgid or "<%s@%s>" % (hx(16), R.choice(["mail.gmail.com", "lakeshoremercy.org", "yahoo.com"]))
    b.add(tsv([zts(), zuid(), orig, str(rport()), resp, "25", "1", helo, mailfrom, rcptto,
               T().strftime("%a, %d %b %Y %H:%M:%S -0500"), frm, to, "-", "-", msgid, "-", subject, xoip,
               "from %s ([%s]) by mx1.lakeshoremercy.org" % (helo, orig if isinstance(orig, str) else "redacted"),
               "-", "250 2.0.0 Ok: queued as %s" % rs(10, "0123456789ABCDEF"),
               path or "10.40.3.21,%s" % (orig if isinstance(orig, str) else "0.0.0.0"), uagent, "T", zfuid(), is_web]))


def ph_zeek_smtp_in():
    p = pick()
    b = B("zeek_smtp")
    mtas = [("mail-sor-f41.google.com", "209.85.220.41"), ("sonic311-22.consmr.mail.ne1.yahoo.com", "66.163.190.147"),
            ("NAM12-DM6-obe.outbound.protection.outlook.com", "40.107.94.70")]
    helo, mta = R.choice(mtas)
    subj = R.choice([
        S("Re: Question about my bill acct ", P(p["har"], "account")),
        S("Refill request - ", P(nm(p, "FL"), "name"), " DOB ", P(fd(p["dob"], R.choice(["us", "us_short", "mdy2"])), "date")),
        S("Fwd: MRI appt on ", P(fd(future(), R.choice(["us_short", "long"])), "date"), " - need to reschedule"),
    ])
    frm = S('"', P(nm(p, R.choice(["LF", "FL"])), "name"), '" <', P(p["email"], "email"), ">")
    zeek_smtp(b, mta, "10.40.3.20", helo, P(p["email"], "email"), R.choice(["billing@lakeshoremercy.org", "rxrefill@lakeshoremercy.org", "scheduling@lakeshoremercy.org"]),
              frm, R.choice(["billing@lakeshoremercy.org", "rxrefill@lakeshoremercy.org", "scheduling@lakeshoremercy.org"]),
              subj, xoip=P(p["ip"], "ip"), path="10.40.3.20,%s,%s" % (mta, "-"), uagent=R.choice(["-", "iPhone Mail (21D61)", "Microsoft Outlook 16.0"]), is_web=R.choice(["T", "F"]))
    return [b]


def ph_zeek_smtp_out():
    p = pick()
    b = B("zeek_smtp")
    rel = R.choice(["mother", "father", "husband", "wife", "son", "daughter"])
    subj = S("Discharge instructions for your ", rel, ", ", P(nm(p, "FL"), "name"), " (discharged ",
             P(fd(recent(5), R.choice(["us_short", "iso", "dmon_sp"])), "date"), ")")
    zeek_smtp(b, "10.40.3.21", "142.250.115.26", "mx1.lakeshoremercy.org", "careteam-4west@lakeshoremercy.org",
              P(p["rel_email"], "email"), '"4 West Care Team" <careteam-4west@lakeshoremercy.org>',
              P(p["rel_email"], "email"), subj)
    return [b]


def zeek_files(b, orig, resp, source, mime, fname, seen, analyzers="MD5,SHA1,SHA256"):
    b.add(tsv([zts(), zfuid(), zuid(), orig, str(rport()), resp, "443" if source != "SMTP" else "25", source, "0",
               analyzers, mime, fname, "%.6f" % (R.random() * 3), "F", "F" if source != "SMTP" else "T", str(seen), str(seen),
               "0", "0", "F", "-", hx(32), hx(40), hx(64), "-", "-", "-"]))


def ph_zeek_files_dc():
    p = pick()
    b = B("zeek_files")
    kind = R.choice(["Discharge_Summary", "ED_Note", "Op_Report", "Radiology_Report"])
    fn = S(kind, "_", P(p["last"].replace(" ", "").replace("'", ""), "name") if p["last"].isascii() else P(zesc(p["last"]).replace(" ", ""), "name"),
           "_", P(zesc(p["first"].split()[0]), "name"), "_", P(fd(recent(20), "iso"), "date"), ".pdf")
    zeek_files(b, "10.40.3.21", "52.101.40.8", "SMTP", "application/pdf", fn, R.randint(40000, 900000))
    return [b]


def ph_zeek_files_dl():
    p = pick()
    b = B("zeek_files")
    fn = S("DL_", P(p["dl"], "license"), "_", R.choice(["front", "back"]), ".jpg")
    zeek_files(b, P(p["ip"], "ip"), DMZ_WEB, "HTTP", "image/jpeg", fn, R.randint(90000, 2500000))
    return [b]


# ================================================================ Suricata eve.json
def eve(event_type, src, sport, dst, dport, extra, proto="TCP", iface="ens1f0"):
    o = {"timestamp": t_sur(), "flow_id": R.randint(10 ** 15, 2 * 10 ** 15), "in_iface": iface,
         "event_type": event_type, "src_ip": src, "src_port": sport, "dest_ip": dst, "dest_port": dport,
         "proto": proto}
    o.update(extra)
    return o


def sur_http(host, url, method="GET", status=200, ctype="application/json", length=None, uagent=None, referer=None):
    h = {"hostname": host, "url": url, "http_user_agent": uagent or ua(), "http_content_type": ctype}
    if referer:
        h["http_refer"] = referer
    h.update({"http_method": method, "protocol": "HTTP/1.1", "status": status,
              "length": R.randint(80, 20000) if length is None else length})
    return h


def ph_sur_search():
    p = pick()
    b = B("suricata_eve")
    url = S("/MyChart/api/proxy/search?lastName=", P(qenc(p["last"]), "name"), "&firstName=",
            P(qenc(p["first"]), "name"), "&dob=", P(qenc(fd(p["dob"], R.choice(["us", "iso"]))), "date"))
    o = eve("http", P(p["ip"], "ip"), rport(), DMZ_WEB, 80, {"tx_id": R.randint(0, 4),
            "http": sur_http("mychart.lakeshoremercy.org", url)})
    b.add(jrich(o))
    return [b]


def ph_sur_register():
    p = pick()
    b = B("suricata_eve")
    body = {"firstName": P(p["first"], "name"), "lastName": P(p["last"], "name"),
            "dateOfBirth": P(fd(p["dob"], R.choice(["iso", "us"])), "date"), "sex": p["sex"],
            "ssnLast4" if R.random() < 0.3 else "ssn": None,
            "homePhone": P(fp(p["phone"]), "phone"), "email": P(p["email"], "email"),
            "address": {"line1": P(p["street"], "address"), "city": P(p["city"], "address"), "state": p["state"],
                        "postalCode": P(p["zip"] if R.random() < 0.6 else p["zip"] + "-%04d" % R.randint(1, 9999), "zip")},
            "acceptTerms": True, "captchaToken": rs(40)}
    if "ssnLast4" in body:
        body["ssnLast4"] = p["ssn"][-4:]
    else:
        body["ssn"] = P(p["ssn"] if R.random() < 0.6 else p["ssn"].replace("-", ""), "ssn")
    o = eve("http", P(p["ip"], "ip"), rport(), DMZ_WEB, 80, {"tx_id": 0, "http": sur_http(
        "mychart.lakeshoremercy.org", "/MyChart/api/signup/v2/register", "POST", 201, length=R.randint(60, 200)),
        "http_request_body_printable": S(jrich(body))})
    b.add(jrich(o))
    return [b]


def ph_sur_payment():
    p = pick()
    b = B("suricata_eve")
    body = {"guarantorAccount": P(p["har"], "account"), "amount": "%d.%02d" % (R.randint(10, 2400), R.randint(0, 99)),
            "cardNumber": P(p["card"], "account"), "expMonth": "%02d" % R.randint(1, 12), "expYear": str(R.randint(2025, 2030)),
            "cvv": "%03d" % R.randint(0, 999), "nameOnCard": P(nm(p, R.choice(["FL", "FLU"])), "name"),
            "billingZip": P(p["zip"], "zip")}
    o = eve("alert", P(p["ip"], "ip"), rport(), DMZ_WEB, 80, {
        "tx_id": 0, "alert": {"action": "allowed", "gid": 1, "signature_id": 9000417, "rev": 3,
                              "signature": "LMH POLICY Cleartext card data to patient portal (HTTP)",
                              "category": "Potential Corporate Privacy Violation", "severity": 1},
        "http": sur_http("mychart.lakeshoremercy.org", "/MyChart/Billing/api/payments", "POST", 200),
        "http_request_body_printable": S(jrich(body)), "app_proto": "http", "direction": "to_server"})
    b.add(jrich(o))
    return [b]


def ph_sur_photo():
    p = pick()
    b = B("suricata_eve")
    body = S('{"patientId":"', P(p["portal_id"], "other_id"), '","photo":"data:image/jpeg;base64,',
             P(fake_jpeg_b64(), "photo"), "...[truncated 48213 bytes]")
    o = eve("http", P(p["ip"], "ip"), rport(), DMZ_WEB, 80, {"tx_id": 1, "http": sur_http(
        "mychart.lakeshoremercy.org", "/MyChart/api/profile/photo", "PUT", 204, length=0), "http_request_body_printable": body})
    b.add(jrich(o))
    return [b]


def ph_sur_hl7():
    p = pick()
    b = B("suricata_eve")
    adm = recent(6)
    fam = fold(p["last"]).upper()
    giv = fold(p["first"]).upper()
    pl = S("\u000bMSH|^~\\&|EPIC|LMH|LABCORP|LC|", T().strftime("%Y%m%d%H%M%S"), "||ADT^A04|", str(R.randint(10 ** 8, 10 ** 9)),
           "|P|2.5.1\rPID|1||", P(p["mrn"], "mrn"), "^^^LMH^MR||", P(fam, "name"), "^", P(giv, "name"), "^",
           p["mi"], "||", P(fd(p["dob"], "compact"), "date"), "|", p["sex"], "|||", P(fold(p["street"]).upper(), "address"), "^^",
           P(fold(p["city"]).upper(), "address"), "^", p["state"], "^", P(p["zip"], "zip"), "||", P(fp(p["phone"], "paren_nosp"), "phone"),
           "\rPV1|1|O|LMH-ED^^^^^^|||||", "1871923450^KARACA^YUSUF", "|||||||||||", P(p["csn"], "other_id"),
           "|||||||||||||||||||||||||", P(fd(adm, "compact") + "%02d%02d" % (R.randint(0, 23), R.randint(0, 59)), "date"))
    o = eve("alert", "10.70.2.15", rport(), "198.18.%d.%d" % (R.randint(0, 255), R.randint(2, 250)), 2575, {
        "tx_id": 0, "alert": {"action": "allowed", "gid": 1, "signature_id": 9000211, "rev": 2,
                              "signature": "LMH POLICY HL7v2 over unencrypted MLLP leaving perimeter",
                              "category": "Potential Corporate Privacy Violation", "severity": 2},
        "app_proto": "failed", "direction": "to_server", "payload_printable": pl, "stream": 1})
    b.add(jrich(o))
    return [b]


def ph_sur_rpm():
    p = pick()
    b = B("suricata_eve")
    kind = R.choice(["pump", "cgm", "bpcuff", "scale"])
    if kind == "pump":
        ser = "NG%07dH" % R.randint(0, 9999999)
    elif kind == "cgm":
        ser = "SM%08d" % R.randint(0, 99999999)
    else:
        ser = "%s-%s" % (R.choice(["A&D-UA651", "OMRON-BP7", "WITH-BC1"]), rs(8, "0123456789ABCDEF"))
    mac = ":".join("%02x" % R.randint(0, 255) for _ in range(6))
    body = {"hubMac": P(mac, "device"), "deviceSerial": P(ser, "device"), "patientMrn": P(p["mrn"], "mrn"),
            "readings": [{"t": T().strftime("%Y-%m-%dT%H:%M:00Z"), "type": {"pump": "basal", "cgm": "glucose", "bpcuff": "bp", "scale": "weight"}[kind],
                          "v": {"pump": 0.85, "cgm": R.randint(70, 260), "bpcuff": "%d/%d" % (R.randint(100, 170), R.randint(60, 100)), "scale": round(R.uniform(50, 130), 1)}[kind]}],
            "fw": "3.%d.%d" % (R.randint(0, 9), R.randint(0, 30))}
    o = eve("http", "10.80.%d.%d" % (R.randint(1, 9), R.randint(2, 250)), rport(), "34.%d.%d.%d" % (R.randint(96, 111), R.randint(0, 255), R.randint(2, 250)), 80, {
        "tx_id": 0, "http": sur_http("ingest.rpm-vendorcloud.com", "/v1/transmissions", "POST", 202, length=18),
        "http_request_body_printable": S(jrich(body))})
    b.add(jrich(o))
    return [b]


def ph_sur_ssn_alert():
    p = pick()
    b = B("suricata_eve")
    pl = S("POST /forms/intake HTTP/1.1\r\nHost: forms.lmh-clinic-evanston.org\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\n",
           "pt_name=", P(qplus(nm(p, "FL")), "name"), "&ssn=", P(p["ssn"], "ssn"), "&dob=",
           P(qenc(fd(p["dob"], "us")), "date"), "&ins_member=", P(p["member"], "health_plan"))
    o = eve("alert", P(p["ip"], "ip"), rport(), "10.10.7.40", 80, {
        "tx_id": 0, "alert": {"action": "allowed", "gid": 1, "signature_id": 2019401, "rev": 4,
                              "signature": "ET POLICY SSN Detected in Cleartext HTTP POST",
                              "category": "Potential Corporate Privacy Violation", "severity": 2},
        "app_proto": "http", "direction": "to_server", "payload_printable": pl})
    b.add(jrich(o))
    return [b]


def ph_sur_palm():
    p = pick()
    b = B("suricata_eve")
    body = {"site": "LMH-MAIN-REG-07", "mrn": P(p["mrn"], "mrn"), "hand": R.choice(["L", "R"]),
            "templateFormat": "PV-ISO-2", "palmTemplate": P(fake_template_b64(), "biometric"), "quality": R.randint(61, 99)}
    o = eve("http", "10.41.%d.%d" % (R.randint(1, 9), R.randint(2, 250)), rport(), "10.10.9.12", 8080, {
        "tx_id": 0, "http": sur_http("patientsecure.lmh.local:8080", "/PatientSecure/api/enroll", "POST", 200),
        "http_request_body_printable": S(jrich(body))})
    b.add(jrich(o))
    return [b]


def ph_sur_fileinfo():
    p = pick()
    b = B("suricata_eve")
    fname = S("/exports/", P(p["last"].replace(" ", "_"), "name"), "_", P(p["first"].split()[0], "name"), "_MRN",
              P(p["mrn"], "mrn"), "_records.zip")
    o = eve("fileinfo", "10.62.%d.%d" % (R.randint(1, 9), R.randint(2, 250)), rport(), "162.125.66.18", 80, {
        "http": sur_http("dl.filedrop-share.io", "/upload", "POST", 200, "application/zip"), "app_proto": "http",
        "fileinfo": {"filename": fname, "gaps": False, "state": "CLOSED", "sha256": hx(64), "stored": False,
                     "size": R.randint(10 ** 5, 10 ** 7), "tx_id": 0}})
    b.add(jrich(o))
    return [b]


def ph_sur_profile():
    p = pick()
    b = B("suricata_eve")
    site = R.choice(["https://www.facebook.com/%s.%s.%d" % (slug(p["first"].split()[0]), slug(p["last"]), R.randint(1, 99)),
                     "https://%s%s.blogspot.com" % (slug(p["first"].split()[0]), slug(p["last"])),
                     "https://www.instagram.com/%s_%s" % (slug(p["first"].split()[0]), slug(p["last"]))])
    rf, rl = p["rel"]
    body = {"memberId": P(p["portal_id"], "other_id"), "website": P(site, "url"),
            "emergencyContact": {"name": P(rf + " " + rl, "name"), "relationship": R.choice(["spouse", "daughter", "son", "sister", "partner"]),
                                 "phone": P(fp(p["rel_phone"]), "phone")},
            "preferredLanguage": R.choice(["en", "es", "pl", "vi", "ar", "zh"])}
    o = eve("http", P(p["ip"], "ip"), rport(), DMZ_WEB, 80, {"tx_id": 2, "http": sur_http(
        "mychart.lakeshoremercy.org", "/MyChart/api/profile", "PATCH", 200), "http_request_body_printable": S(jrich(body))})
    b.add(jrich(o))
    return [b]


def ph_sur_x12():
    p = pick(lambda q: age_of(q["dob"]) >= 65)
    b = B("suricata_eve")
    dos = recent(3)
    pl = S("ISA*00*          *00*          *ZZ*LMH0001        *ZZ*CMSHETS        *", T().strftime("%y%m%d*%H%M"),
           "*^*00501*", "%09d" % R.randint(0, 10 ** 9), "*0*P*:~GS*HS*LMH0001*CMSHETS*", T().strftime("%Y%m%d*%H%M"),
           "*1*X*005010X279A1~ST*270*0001*005010X279A1~NM1*PR*2*CMS*****PI*CMS~NM1*1P*2*LAKESHORE MERCY HEALTH*****XX*1457382910~NM1*IL*1*",
           P(fold(p["last"]).upper(), "name"), "*", P(fold(p["first"]).upper(), "name"), "****MI*", P(p["mbi"], "health_plan"),
           "~DMG*D8*", P(fd(p["dob"], "compact"), "date"), "~DTP*291*D8*", P(fd(dos, "compact"), "date"), "~EQ*30~SE*9*0001~")
    o = eve("alert", "10.70.2.31", rport(), "198.18.%d.%d" % (R.randint(0, 255), R.randint(2, 250)), 80, {
        "tx_id": 0, "alert": {"action": "allowed", "gid": 1, "signature_id": 9000219, "rev": 1,
                              "signature": "LMH POLICY X12 eligibility inquiry over HTTP (not TLS)",
                              "category": "Potential Corporate Privacy Violation", "severity": 2},
        "app_proto": "http", "direction": "to_server", "payload_printable": pl})
    b.add(jrich(o))
    return [b]


# ================================================================ NetScaler
NS_HOSTS = ["lmh-adc-01", "lmh-adc-02"]


def ns(b, msg):
    b.add("%s <local0.info> 10.20.1.%d %s %s 0-PPE-%d : default " % (t_sys(), R.choice([50, 51]), t_ns(), R.choice(NS_HOSTS), R.randint(0, 3)), msg)


def ph_ns_aaa():
    p = pick()
    b = B("netscaler")
    ns(b, ["AAA LOGIN_SUCCESS %d 0 : User " % R.randint(10 ** 5, 10 ** 7), P(p["user"], "other_id"), " - Client_ip ",
           P(p["ip"], "ip"), ' - Nat_ip "Mapped Ip" - Vserver 10.20.1.80:443 - Browser_type "', ua(), '" - Group(s) "MyChart-Members"'])
    return [b]


def ph_ns_sql():
    p = pick(lambda q: "'" in q["last"]) if R.random() < 0.5 else pick()
    b = B("netscaler")
    fld = R.choice(["lastName", "guarantor_last", "txtLastName"]) if "'" in p["last"] else R.choice(["address1", "street"])
    if "'" in p["last"]:
        valp = [P(p["last"], "name")]
    else:
        valp = [P(p["street"], "address"), R.choice([" -- rear entrance", " -- side door, ring bell"])]
    ns(b, ["APPFW APPFW_SQL %d 0 : " % R.randint(100, 9999), P(p["ip"], "ip"), " %d-PPE%d %s pr_mychart https://mychart.lakeshoremercy.org/MyChart/Signup/Verify SQL Keyword check failed for field %s=\"" % (
        R.randint(100, 9999), R.randint(0, 3), rs(32, B62 + "/"), fld), valp, '" <blocked>'])
    return [b]


def ph_ns_httpreq():
    p = pick()
    b = B("netscaler")
    sid = R.randint(1000, 99999)
    ns(b, ["SSLVPN HTTPREQUEST %d 0 : Context " % R.randint(10 ** 5, 10 ** 7), P(p["user"], "other_id"), "@", P(p["ip"], "ip"),
           " - SessionId: %d - mychart.lakeshoremercy.org User " % sid, P(p["user"], "other_id"),
           " : Group(s) MyChart-Members : Vserver 10.20.1.80:443 - %s GET /MyChart/inside.asp?mode=labdetail&eorderid=%s&mrn=" % (t_ns(), rs(12)),
           P(p["mrn"], "mrn"), " - -"])
    return [b]


def ph_ns_fieldformat():
    p = pick()
    b = B("netscaler")
    choice = R.random()
    if choice < 0.5:
        fld, val = "ssn", [P(p["ssn"].replace("-", ""), "ssn")]
    else:
        fld, val = "dob", [P(fd(p["dob"], R.choice(["eu", "dmon", "us_dash"])), "date")]
    ns(b, ["APPFW APPFW_FIELDFORMAT %d 0 : " % R.randint(100, 9999), P(p["ip"], "ip"),
           " %d-PPE%d %s pr_mychart https://mychart.lakeshoremercy.org/MyChart/Signup/IdentityVerify Field format check failed for field %s=\"" % (
               R.randint(100, 9999), R.randint(0, 3), rs(32, B62 + "/"), fld), val, '" <not blocked>'])
    return [b]


# ================================================================ GELF
def gelf(host, short, extra, full=None, level=6):
    o = {"version": "1.1", "host": host, "short_message": short}
    if full is not None:
        o["full_message"] = full
    o["timestamp"] = round(T().timestamp(), 3)
    o["level"] = level
    o.update(extra)
    return o


def ph_gelf_lookup():
    p = pick()
    b = B("gelf")
    o = gelf("portal-api-0%d" % R.randint(1, 4), "Patient lookup by demographics returned 1 match",
             {"_facility": "portal-api", "_logger": "com.lmh.portal.PatientController", "_thread": "http-nio-8443-exec-%d" % R.randint(1, 40),
              "_traceId": hx(32), "_spanId": hx(16), "_patient_mrn": P(p["mrn"], "mrn"),
              "_dob": P(fd(p["dob"], R.choice(["iso", "us", "eu"])), "date"), "_remote_addr": P(p["ip"], "ip"),
              "_duration_ms": R.randint(8, 900)})
    b.add(jrich(o))
    return [b]


def ph_gelf_exc():
    p = pick()
    b = B("gelf")
    full = S("java.lang.NullPointerException: Cannot invoke \"Guarantor.getAddress()\" because \"g\" is null\n\tat com.lmh.billing.StatementRenderer.render(StatementRenderer.java:211)\n\t... rendering statement for ",
             P(nm(p, R.choice(["LF", "LFU", "FL"])), "name"), " (HAR ", P(p["har"], "account"), ", addr ", P(p["street"], "address"), ", ",
             P(p["city"], "address"), " ", p["state"], " ", P(p["zip"], "zip"), ")")
    o = gelf("billing-svc-02", "Statement render failed", {"_facility": "billing", "_logger": "com.lmh.billing.StatementRenderer",
             "_exception": "java.lang.NullPointerException", "_job": "stmt-batch-%s" % T().strftime("%Y%m%d"), "_traceId": hx(32)}, full=full, level=3)
    b.add(jrich(o))
    return [b]


def ph_gelf_lpr():
    p = pick()
    b = B("gelf")
    o = gelf("parking-lpr-01", "Plate matched to scheduled visit", {
        "_facility": "lpr", "_camera": "GARAGE-B-ENTRY-2", "_plate": P(p["plate"], "vehicle"), "_plate_state": p["state"],
        "_confidence": round(R.uniform(0.82, 0.99), 2), "_visit_csn": P(p["csn"], "other_id"),
        "_validation": R.choice(["oncology-free", "dialysis-free", "standard"]), "_lane": R.randint(1, 4)})
    b.add(jrich(o))
    return [b]


def ph_gelf_mft():
    p = pick()
    b = B("gelf")
    o = gelf("mft-gw-01", S("271 response parsed: subscriber ", P(nm(p, R.choice(["LFU2", "LF"])), "name"), " member ",
                            P(p["member"], "health_plan"), " coverage active"), {
        "_facility": "goanywhere", "_payer": p["payer"], "_group": "GRP%06d" % R.randint(0, 999999),
        "_file": "271_%s_%s.x12" % (p["payer"], T().strftime("%Y%m%d%H%M")), "_sftp_peer": "sftp.%s-edi.com" % p["payer"].lower(),
        "_records": R.randint(1, 3000)})
    b.add(jrich(o))
    return [b]


def ph_gelf_proxy():
    p = pick()
    b = B("gelf")
    rf, rl = p["rel"]
    o = gelf("portal-api-0%d" % R.randint(1, 4), "Proxy access granted", {
        "_facility": "portal-audit", "_user_name": P(p["user"], "other_id"), "_action": "PROXY_GRANT",
        "_proxy_name": P(rf + " " + rl, "name"), "_proxy_email": P(p["rel_email"], "email"),
        "_proxy_relationship": R.choice(["Parent", "Spouse", "Adult child", "Legal guardian"]),
        "_remote_addr": P(p["ip"], "ip"), "_request_id": ruuid()})
    b.add(jrich(o))
    return [b]


def ph_gelf_rpm_age():
    p = R.choice(OLD)
    b = B("gelf")
    imei = luhn_complete(R.choice(["35", "86", "01"]), 15)
    a = age_of(p["dob"])
    o = gelf("rpm-gw-01", "Transmission missed > 48h, escalating to RN queue", {
        "_facility": "rpm", "_device_imei": P(imei, "device"), "_patient_age": P(str(a), "age"),
        "_mrn": P(p["mrn"], "mrn"), "_program": R.choice(["CHF", "COPD", "HTN"]), "_last_seen": (T() - timedelta(hours=R.randint(49, 90))).strftime("%Y-%m-%dT%H:%M:%S%z"),
        "_queue": "RPM-RN-2"}, level=4)
    b.add(jrich(o))
    return [b]


def ph_gelf_fax():
    p = pick()
    b = B("gelf")
    fax = (p["phone"][0], "%03d" % R.randint(201, 989), "%04d" % R.randint(0, 9999))
    o = gelf("rightfax-01", S("Outbound fax failed: records release for ", P(nm(p, "FL"), "name"), " to patient fax ",
                              P(fp(fax, R.choice(["paren", "dash", "plain"])), "fax")),
             {"_facility": "rightfax", "_job": "RF-%07d" % R.randint(0, 9999999), "_pages": R.randint(2, 40),
              "_result": "NO ANSWER", "_attempt": R.randint(1, 3)}, level=4)
    b.add(jrich(o))
    return [b]


# ================================================================ mail gateways
ESA = "esa01.lakeshoremercy.org"


def esa(b, msg):
    b.add("%s Info: " % t_esa(), msg)


def ph_esa_seq():
    p = pick()
    mid = R.randint(4400000, 4499999)
    icid = R.randint(900000, 999999)
    out = []
    out.append(B("mail_esa").add("%s Info: Start MID %d ICID %d" % (t_esa(), mid, icid)))
    out.append(B("mail_esa").add("%s Info: MID %d ICID %d From: <results@lakeshoremercy.org>" % (t_esa(), mid, icid)))
    out.append(B("mail_esa").add("%s Info: MID %d ICID %d RID 0 To: <" % (t_esa(), mid, icid), P(p["email"], "email"), ">"))
    subj = R.choice([
        S("Your visit summary - ", P(nm(p, R.choice(["FL", "FML"])), "name"), " - ", P(fd(recent(7), R.choice(["us", "long"])), "date")),
        S("Reminder: colonoscopy prep for ", P(fd(future(), R.choice(["us_short", "dmon_sp"])), "date")),
        S("Billing statement for account ", P(p["har"], "account")),
    ])
    out.append(B("mail_esa").add("%s Info: MID %d Subject '" % (t_esa(), mid), subj, "'"))
    if R.random() < 0.5:
        out.append(B("mail_esa").add("%s Info: MID %d ready %d bytes from <results@lakeshoremercy.org>" % (t_esa(), mid, R.randint(5000, 90000))))
    return out


def ph_esa_attach():
    p = pick()
    b = B("mail_esa")
    mid = R.randint(4400000, 4499999)
    b.add("%s Info: MID %d attachment '" % (t_esa(), mid), P(p["last"].replace(" ", ""), "name"), "_", P(p["first"].split()[0], "name"),
          "_", R.choice(["labs", "MRI", "path_report", "ekg"]), "_", P(fd(recent(20), "us_dash"), "date"), ".pdf'")
    return [b]


def ph_esa_fax():
    p = pick()
    b = B("mail_esa")
    mid = R.randint(4400000, 4499999)
    fax = (p["phone"][0], "%03d" % R.randint(201, 989), "%04d" % R.randint(0, 9999))
    b.add("%s Info: MID %d Subject 'Records request - please fax to " % (t_esa(), mid), P(fp(fax, R.choice(["paren", "dash", "dots"])), "fax"),
          " - pt ", P(nm(p, R.choice(["LFU", "LFnc"])), "name"), "'")
    return [b]


def pps(b, rest):
    b.add("%s pps01 filter_instance1[%d]: rprt s=%s mod=mail cmd=msg module= rule= action=continue attachments=%d rcpts=1 routes=allow_relay,internalnet notroutes= size=%d guid=%s " % (
        t_sys(), R.randint(3000, 4000), rs(10, "0123456789abcdefghjkmnpqrstuvwxyz"), R.randint(0, 2), R.randint(4000, 800000), rs(32, B62 + "-_")), rest)


def ph_pps_subj():
    p = pick()
    b = B("mail_proofpoint")
    pps(b, ["hdr_mid=<", hx(20), "@mail.gmail.com> qid=", rs(14, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjk"), " hops-ip=209.85.220.41 ",
            "hdr_from=\"", P(nm(p, R.choice(["FL", "lower", "FLU"])), "name"), " <", P(p["email"], "email"), ">\" hdr_to=\"patientrelations@lakeshoremercy.org\" ",
            "subject=\"", R.choice([S("Complaint re: ER visit ", P(fd(recent(30), "us_short"), "date")),
                                     S("Please update my phone to ", P(fp(p["phone"]), "phone")),
                                     S("Moved - new address ", P(p["street"], "address"), ", ", P(p["city"], "address"), " ", P(p["zip"], "zip"))]),
            "\" duration=%.3f elapsed=%.3f" % (R.random(), R.random() * 2)])
    return [b]


def ph_pps_mbi():
    p = pick(lambda q: age_of(q["dob"]) >= 65)
    b = B("mail_proofpoint")
    pps(b, ["hdr_mid=<", hx(20), "@lakeshoremercy.org> qid=", rs(14, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjk"), " hops-ip=10.40.3.21 ",
            "hdr_from=\"Patient Financial Services <pfs@lakeshoremercy.org>\" hdr_to=\"provider.relations@ngs-medicare-mac.com\" subject=\"Eligibility question - MBI ",
            P(fmt_mbi(p["mbi"], R.random() < 0.5), "health_plan"), " - ", P(nm(p, R.choice(["LF", "LFU"])), "name"),
            "\" duration=%.3f elapsed=%.3f" % (R.random(), R.random() * 2)])
    return [b]


# ================================================================ ticket notes
INC = [0]


def tk_new():
    INC[0] += R.randint(3, 40)
    return "INC%07d" % (41800 + INC[0])


def tk(inc, who, kind, text):
    return B("ticket_note").add("%s|%s|%s|%s|" % (inc, T().strftime("%Y-%m-%d %H:%M:%S"), kind, who), text)


def md(case, text):
    return B("ticket_note").add("[case %s] " % case, text)


def ph_tk_dlp():
    p = pick()
    inc = tk_new()
    a = R.choice(ANALYSTS)
    ssn_masked = "***-**-" + p["ssn"][-4:]
    return [
        tk(inc, a, "work_notes", ["PAN data-filtering hit (Social Security Numbers, 3 matches) on upload from ws-pfs-%03d to filedrop-share.io; session blocked at threshold." % R.randint(1, 80)]),
        tk(inc, a, "work_notes", ["Pulled pcap: first record is ", P(nm(p, R.choice(["LF", "LFM"])), "name"), ", SSN ", P(p["ssn"], "ssn"),
                                  ", DOB ", P(fd(p["dob"]), "date"), ", MRN ", P(p["mrn"], "mrn"), ". Remaining 2 rows masked (", ssn_masked, " style)."]),
        tk(inc, a, "work_notes", ["Escalated to Privacy Office (L. Ferreira, x4-7720). User account disabled pending HR."]),
    ]


def ph_tk_misdirect():
    p = pick()
    q = pick(lambda x: x is not p)
    inc = tk_new()
    a = R.choice(ANALYSTS)
    return [
        tk(inc, a, "comments", ["ESA message tracking: MID %d sent visit summary intended for " % R.randint(4400000, 4499999),
                                P(nm(p, "FL"), "name"), " (", P(p["email"], "email"), ") to ", P(q["email"], "email"), " (", P(nm(q, "FL"), "name"), ")."]),
        tk(inc, a, "comments", ["Cause: autocomplete in Outlook picked wrong contact. Recall failed (external domain). Breach risk assessment opened BRA-2024-0%d." % R.randint(100, 399)]),
    ]


def ph_tk_mva():
    p = pick()
    case = "SOC-%d" % R.randint(2100, 2999)
    acc = recent(40, -5)
    return [
        md(case, ["Unencrypted SMTP to ", R.choice(["claims@midwest-autoins.com", "intake@rfz-injurylaw.com"]), " flagged by Zeek (no STARTTLS)."]),
        md(case, ["Attachment MVA_claim.pdf contained patient ", P(nm(p, R.choice(["FL", "LFU"])), "name"), ", DOB ", P(fd(p["dob"]), "date"),
                  ", accident date ", P(fd(acc), "date"), ", VIN ", P(p["vin"], "vehicle"), ", plate ", P(p["plate"], "vehicle"),
                  " (", p["state"], "), DL# ", P(p["dl"], "license"), "."]),
        md(case, ["Sender is HIM release-of-information clerk; TLS enforcement policy for partner domain requested (RITM00%d)." % R.randint(10000, 99999)]),
    ]


def ph_tk_age():
    p = R.choice(OLD)
    inc = tk_new()
    a = R.choice(ANALYSTS)
    rf, rl = p["rel"]
    return [
        tk(inc, a, "work_notes", ["Caller ", P(rf + " " + rl, "name"), " (", R.choice(["daughter", "son", "niece", "POA"]), ", cb ",
                                  P(fp(p["rel_phone"]), "phone"), ") reports proxy login blocked by NetScaler for their ",
                                  P("%d" % age_of(p["dob"]), "age"), R.choice(["yo", " y/o", "-year-old"]), " ", R.choice(["mother", "father", "aunt"]), " ",
                                  P(nm(p, R.choice(["FL", "LF"])), "name"), "."]),
        tk(inc, a, "work_notes", ["Client IP ", P(p["ip"], "ip"), " was in geo-block list (residential proxy ASN). Whitelisted for 24h per SOP-NET-14."]),
    ]


def ph_tk_stuffing():
    ps = [pick() for _ in range(3)]
    inc = tk_new()
    a = R.choice(ANALYSTS)
    out = [tk(inc, a, "work_notes", ["Credential stuffing against MyChart: %d AAA LOGIN_FAILED from %d IPs (%s, %s ...) in 20 min." % (
        R.randint(800, 9000), R.randint(40, 300), *R.sample(ATTACKERS, 2))])]
    parts = ["Successful logins during window (forcing reset): "]
    for i, p in enumerate(ps):
        if i:
            parts.append(", ")
        parts += [P(p["user"], "other_id"), " (MRN ", P(p["mrn"], "mrn"), ")"]
    out.append(tk(inc, a, "work_notes", parts))
    out.append(tk(inc, a, "work_notes", ["Bot-mitigation profile bm_mychart enabled on vserver vs_mychart_443; rate limit 10/min per IP."]))
    return out


def ph_tk_pump():
    p = pick()
    case = "SOC-%d" % R.randint(2100, 2999)
    ser = "NG%07dH" % R.randint(0, 9999999)
    return [
        md(case, ["Suricata sid 9000417-family alert: RPM hub at home of ", P(nm(p, "FL"), "name"), " (", P(p["street"], "address"), ", ",
                  P(p["city"], "address"), ") posts readings over plain HTTP."]),
        md(case, ["Pump serial ", P(ser, "device"), " and MRN ", P(p["mrn"], "mrn"), " visible in body. Vendor ticket opened with rpm-vendorcloud (case 00%d)." % R.randint(100000, 999999)]),
    ]


def ph_tk_deceased():
    p = pick()
    inc = tk_new()
    a = R.choice(ANALYSTS)
    dod = recent(60, -10)
    return [
        tk(inc, a, "work_notes", ["Portal account of deceased patient ", P(nm(p, R.choice(["LFU", "LF"])), "name"), " (DOD ", P(fd(dod), "date"),
                                  ", acct ", P(p["har"], "account"), ") logged in from ", P(p["ip"], "ip"), " - possible takeover."]),
        tk(inc, a, "work_notes", ["Account locked; HIM notified to deactivate proxy access. No data export observed in Zeek http.log."]),
    ]


def ph_tk_medicaid():
    p = pick()
    inc = tk_new()
    a = R.choice(ANALYSTS)
    return [tk(inc, a, "comments", ["Proofpoint quarantined outbound msg: subject contained Medicaid ID ", P(p["medicaid"], "health_plan"),
                                    " and home address ", P(p["street"], "address"), ", ", P(p["city"], "address"), ", ", p["state"], " ",
                                    P(p["zip"], "zip"), " of patient ", P(nm(p, "LFM"), "name"), ". Released after encryption tag [secure] added."])]


PHI_GENS = [ph_pan_url_portal, ph_pan_url_search, ph_pan_url_pharmacy, ph_pan_data, ph_pan_wildfire_smtp, ph_pan_guest,
            ph_pan_export, ph_forti_fhir, ph_forti_dlp, ph_forti_email, ph_asa_url, ph_asa_url,
            ph_zeek_http_appt, ph_zeek_http_basic, ph_zeek_http_upload, ph_zeek_dns_exfil, ph_zeek_smtp_in, ph_zeek_smtp_out,
            ph_zeek_files_dc, ph_zeek_files_dl, ph_sur_search, ph_sur_register, ph_sur_payment, ph_sur_photo, ph_sur_hl7,
            ph_sur_rpm, ph_sur_ssn_alert, ph_sur_palm, ph_sur_fileinfo, ph_sur_profile, ph_sur_x12,
            ph_ns_aaa, ph_ns_sql, ph_ns_httpreq, ph_ns_fieldformat,
            ph_gelf_lookup, ph_gelf_exc, ph_gelf_lpr, ph_gelf_mft, ph_gelf_proxy, ph_gelf_rpm_age, ph_gelf_fax,
            ph_esa_seq, ph_esa_attach, ph_esa_fax, ph_pps_subj, ph_pps_mbi,
            ph_tk_dlp, ph_tk_misdirect, ph_tk_mva, ph_tk_age, ph_tk_stuffing, ph_tk_pump, ph_tk_deceased, ph_tk_medicaid]


# ================================================================ noise generators
def nz_pan_traffic():
    b = B("panos_traffic")
    s = staff()
    kind = R.random()
    if kind < 0.4:
        pan_traffic(b, priv_ip(), R.choice(SERVERS), "allow-o365", "lmh\\" + s[2], R.choice(["ms-office365-base", "outlook-web-online", "ms-teams"]),
                    rport(), 443, cat="computer-and-internet-info")
    elif kind < 0.7:
        pan_traffic(b, R.choice(ATTACKERS), R.choice(HOSP_NAT), "interzone-default", "", "not-applicable", rport(),
                    R.choice([3389, 22, 445, 23, 5900, 1433]), action="deny", subtype="deny", fz="untrust", tz="dmz-web",
                    natsrc="0.0.0.0", cat="any", reason="policy-deny", srcloc=R.choice(["Netherlands", "Russian Federation", "Germany", "China"]),
                    dstloc="United States")
    else:
        pan_traffic(b, "10.%d.%d.%d" % (R.choice([70, 72]), R.randint(1, 9), R.randint(2, 250)), "20.42.%d.%d" % (R.randint(0, 255), R.randint(2, 250)),
                    "allow-epic-hosting", "", R.choice(["ssl", "citrix", "ica"]), rport(), R.choice([443, 2598, 1494]), cat="business-and-economy")
    return [b]


def nz_pan_threat():
    b = B("panos_threat")
    k = R.randint(0, 3)
    if k == 0:
        pan_threat(b, "vulnerability", R.choice(ATTACKERS), DMZ_WEB, "inbound-mychart-decrypt", "", "web-browsing", rport(), 443,
                   "reset-both", "", R.choice(["Apache Log4j Remote Code Execution Vulnerability(91991)",
                                               "Citrix ADC and Gateway Directory Traversal Vulnerability(57570)",
                                               "HTTP /etc/passwd Access Attempt(30852)"]), "any", "critical",
                   fz="untrust", tz="dmz-web", natsrc="0.0.0.0", natdst=DMZ_WEB, srcloc="Netherlands", tcat="code-execution")
    elif k == 1:
        pan_threat(b, "spyware", priv_ip(), "10.1.1.53", "allow-dns", "", "dns-base", rport(), 53, "sinkhole",
                   "", "generic:%s.top(109001001)" % rs(12, "abcdefghijklmnopqrstuvwxyz"), "any", "medium",
                   tz="dns-int", tcat="dns-c2")
    elif k == 2:
        pan_threat(b, "virus", "52.101.40.8", "10.40.3.20", "allow-smtp-in", "", "smtp-base", rport(), 25, "reset-both",
                   "Invoice_%d.zip" % R.randint(10000, 99999), "Virus/Win32.WGeneric.dlqbxk(%d)" % R.randint(400000000, 499999999),
                   "any", "medium", direction="server-to-client", fz="untrust", tz="mail", ftype="zip", tcat="virus")
    else:
        pan_threat(b, "data", "10.62.12.44", "104.18.32.47", "allow-staff-web", "lmh\\" + staff()[2], "web-browsing", rport(), 443,
                   "alert", "dlp_test_078-05-1120.txt", "Social Security Numbers(60001)", "any", "low",
                   ftype="txt", tcat="data")
    return [b]


def nz_pan_url():
    b = B("panos_url")
    url, cat = R.choice([("www.cnn.com/2024/03/10/health/measles-outbreak/index.html", "news"),
                         ("login.microsoftonline.com/common/oauth2/v2.0/authorize", "computer-and-internet-info"),
                         ("www.uptodate.com/contents/search?search=hyperkalemia", "health-and-medicine"),
                         ("epic.lakeshoremercy.org/EpicCare/login.aspx", "health-and-medicine"),
                         ("updates.imprivata.com/onesign/7.11/manifest.xml", "computer-and-internet-info"),
                         ("www.amazon.com/gp/cart/view.html?ref_=nav_cart", "shopping"),
                         ("mychart.lakeshoremercy.org/MyChart/Authentication/Login", "health-and-medicine")])
    pan_threat(b, "url", priv_ip(), R.choice(SERVERS), "allow-staff-web", "lmh\\" + staff()[2], "ssl", rport(), 443,
               "alert", url, "(9999)", cat, "informational", uagent=UAS[1], method="get")
    return [b]


def nz_pan_system():
    b = B("panos_syslog")
    pan_hdr(b)
    msg = R.choice(['"GlobalProtect gateway client configuration generated. User name: lmh\\%s, Private IP: 10.200.%d.%d, Client version: 6.1.3"' % (
        staff()[2], R.randint(0, 7), R.randint(2, 250)),
        '"Content update job succeeded for user Auto update agent"', '"Commit job succeeded for user panorama-svc"',
        '"WildFire package upgraded from version 863212-866818 to 863250-866856 by Auto update agent"',
        '"HA Group 1: Passive device status is up"'])
    b.add(csv(["1", t_pan(), PAN_SER, "SYSTEM", R.choice(["general", "globalprotect", "ha"]), "2561", t_pan(), "", R.choice(["general", "globalprotect-gateway-config", "ha2-link-change"]),
               "", "0", "0", "general", "informational", msg, str(R.randint(10 ** 6, 10 ** 7)), "0x0", "0", "0", "0", "0", "", PAN_DEV, "0", "0", t_iso()]))
    return [b]


def nz_pan_export():
    b = B("panos_csv_export")
    kind = R.random()
    if kind < 0.5:
        pan_export_row(b, "THREAT", "url", priv_ip(), R.choice(SERVERS), "lmh\\" + staff()[2], "ssl", "alert",
                       R.choice(["teams.microsoft.com/_#/calendarv2", "www.weather.gov/lot/", "lmh.service-now.com/incident.do?sys_id=%s" % hx(32)]),
                       "computer-and-internet-info", "informational", "", UAS[1])
    else:
        pan_export_row(b, "THREAT", "vulnerability", R.choice(ATTACKERS), DMZ_WEB, "", "web-browsing", "reset-both",
                       "/vpn/../vpns/cfg/smb.conf", "any", "high", "", "curl/7.88.1")
    return [b]


def nz_gp():
    b = B("globalprotect")
    s = staff()
    pan_hdr(b)
    stage, status, err = R.choice([("login", "success", ""), ("logout", "success", "client logged out"),
                                   ("portal-prelogin", "success", ""), ("login", "failure", "Authentication failed: Invalid username or password"),
                                   ("gateway-hip-report", "success", "")])
    user = "lmh\\" + s[2] if R.random() < 0.85 else R.choice(["admin", "test", "vpn", "guest"])
    b.add(csv(["1", t_pan(), PAN_SER, "GLOBALPROTECT", "0", "2561", t_pan(), "vsys1", "gateway-auth" if stage == "login" else stage, stage,
               R.choice(["SAML", "Cookie", "LDAP"]), "IPSec" if stage == "login" else "", user, "US", "LMH-LT-%04d" % R.randint(1000, 9999),
               pub_ip(), "0.0.0.0", "10.200.%d.%d" % (R.randint(0, 7), R.randint(2, 250)), "0.0.0.0", ruuid(), "PF%s" % rs(6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
               "6.1.3-%d" % R.randint(10, 90), *R.choice([("Windows", csvq("Microsoft Windows 11 Enterprise , 64-bit")), ("Mac", "Apple Mac OS X 14.3.1")]),
               "1", "", csvq(err) if err else "", "", status, "", str(R.randint(0, 30000)), "on-demand", "0", "GP-Portal-Ext",
               str(R.randint(10 ** 6, 10 ** 7)), "0x8000000000000000", t_iso(), "automatic", str(R.randint(20, 900)), "", "", "GP-Gateway-Ext", "", "", "", "", "", PAN_DEV, "1"]))
    return [b]


def nz_forti():
    b = B("fortinet_kv")
    k = R.randint(0, 3)
    if k == 0:
        forti(b, [("logid", '"0000000013"'), ("type", '"traffic"'), ("subtype", '"forward"'), ("level", '"notice"'), ("vd", '"root"'),
                  ("srcip", priv_ip()), ("srcport", str(rport())), ("srcintf", '"port3"'), ("srcintfrole", '"lan"'),
                  ("dstip", R.choice(SERVERS)), ("dstport", "443"), ("dstintf", '"wan1"'), ("dstintfrole", '"wan"'),
                  ("srccountry", '"Reserved"'), ("dstcountry", '"United States"'), ("sessionid", str(R.randint(10 ** 7, 10 ** 9))),
                  ("proto", "6"), ("action", '"close"'), ("policyid", str(R.randint(1, 40))), ("policytype", '"policy"'),
                  ("poluuid", '"%s"' % ruuid()), ("service", '"HTTPS"'), ("trandisp", '"snat"'), ("transip", R.choice(HOSP_NAT)),
                  ("transport", str(rport())), ("duration", str(R.randint(1, 900))), ("sentbyte", str(R.randint(500, 90000))),
                  ("rcvdbyte", str(R.randint(500, 900000))), ("sentpkt", str(R.randint(4, 90))), ("rcvdpkt", str(R.randint(4, 900))),
                  ("appcat", '"unscanned"')])
    elif k == 1:
        s = staff()
        forti(b, [("logid", '"0101039947"'), ("type", '"event"'), ("subtype", '"vpn"'), ("level", '"information"'), ("vd", '"root"'),
                  ("logdesc", '"SSL VPN tunnel up"'), ("action", '"tunnel-up"'), ("tunneltype", '"ssl-tunnel"'),
                  ("tunnelid", str(R.randint(10 ** 8, 10 ** 9))), ("remip", pub_ip()), ("tunnelip", "10.212.134.%d" % R.randint(2, 250)),
                  ("user", '"%s"' % s[2]), ("group", '"%s"' % R.choice(["Clinicians-Remote", "IT-Admins", "Radiology-Reading"])),
                  ("dst_host", '"N/A"'), ("reason", '"tunnel established"'), ("msg", '"SSL tunnel established"')])
    elif k == 2:
        forti(b, [("logid", '"0419016384"'), ("type", '"utm"'), ("subtype", '"ips"'), ("eventtype", '"signature"'), ("level", '"alert"'),
                  ("vd", '"root"'), ("severity", '"critical"'), ("srcip", R.choice(ATTACKERS)), ("srccountry", '"Netherlands"'),
                  ("dstip", R.choice(HOSP_NAT)), ("srcintf", '"wan1"'), ("dstintf", '"dmz"'), ("sessionid", str(R.randint(10 ** 7, 10 ** 9))),
                  ("action", '"dropped"'), ("proto", "6"), ("service", '"HTTPS"'), ("policyid", "4"),
                  ("attack", '"%s"' % R.choice(["Fortinet.FortiOS.SSL.VPN.Heap.Buffer.Overflow", "Ivanti.Connect.Secure.Command.Injection", "MOVEit.Transfer.SQL.Injection"])),
                  ("srcport", str(rport())), ("dstport", "443"), ("direction", '"outgoing"'), ("attackid", str(R.randint(50000, 56000))),
                  ("ref", '"http://www.fortinet.com/ids/VID%d"' % R.randint(50000, 56000)), ("msg", '"web_misc: Detected"'), ("crscore", "50"), ("craction", "4096")])
    else:
        forti(b, [("logid", '"0100032001"'), ("type", '"event"'), ("subtype", '"system"'), ("level", '"information"'), ("vd", '"root"'),
                  ("logdesc", '"Admin login successful"'), ("sn", '"%d"' % R.randint(10 ** 9, 10 ** 10)), ("user", '"%s"' % R.choice(["netadmin", "rpatel", "fortimanager"])),
                  ("ui", '"https(10.1.4.%d)"' % R.randint(2, 60)), ("method", '"https"'), ("srcip", "10.1.4.%d" % R.randint(2, 60)),
                  ("dstip", "10.1.4.1"), ("action", '"login"'), ("status", '"success"'), ("reason", '"none"'), ("profile", '"super_admin"'),
                  ("msg", '"Administrator rpatel logged in successfully from https(10.1.4.22)"')])
    return [b]


def nz_asa():
    b = B("cisco_asa")
    host = R.choice(["ASA-DMZ-01", "ASA-CORE-02"])
    k = R.randint(0, 6)
    conn = R.randint(10 ** 6, 10 ** 8)
    if k == 0:
        sv = R.choice(SERVERS)
        src = priv_ip()
        asa(b, host, "%%ASA-6-302013: Built outbound TCP connection %d for outside:%s/443 (%s/443) to inside:%s/%d (%s/%d)" % (
            conn, sv, sv, src, rport(), R.choice(HOSP_NAT), rport()))
    elif k == 1:
        asa(b, host, "%%ASA-6-302014: Teardown TCP connection %d for outside:%s/443 to inside:%s/%d duration %d:%02d:%02d bytes %d TCP FINs" % (
            conn, R.choice(SERVERS), priv_ip(), rport(), 0, R.randint(0, 59), R.randint(0, 59), R.randint(300, 10 ** 6)))
    elif k == 2:
        asa(b, host, '%%ASA-4-106023: Deny tcp src outside:%s/%d dst dmz:%s/%d by access-group "OUTSIDE_IN" [0x0, 0x0]' % (
            R.choice(ATTACKERS), rport(), DMZ_WEB, R.choice([3389, 22, 445, 8443])))
    elif k == 3:
        asa(b, host, "%%ASA-6-722022: Group <AnyConnect-Staff> User <%s> IP <%s> TCP SVC connection established without compression" % (staff()[2], pub_ip()))
    elif k == 4:
        asa(b, host, "%%ASA-6-113004: AAA user authentication Successful : server =  10.1.1.20 : user = %s" % staff()[2])
    elif k == 5:
        asa(b, host, "%%ASA-4-733100: [ Scanning] drop rate-1 exceeded. Current burst rate is %d per second, max configured rate is 10; Current average rate is %d per second, max configured rate is 5; Cumulative total count is %d" % (
            R.randint(11, 90), R.randint(5, 30), R.randint(3000, 40000)))
    else:
        asa(b, host, "%%ASA-5-111008: User 'enable_15' executed the 'write memory' command.")
    return [b]


def nz_zeek_conn():
    b = B("zeek_conn")
    k = R.random()
    if k < 0.5:
        o, r, p, svc = priv_ip(), R.choice(SERVERS), "443", "ssl"
    elif k < 0.8:
        o, r, p, svc = R.choice(ATTACKERS), R.choice(HOSP_NAT), str(R.choice([22, 3389, 445, 23])), "-"
    else:
        o, r, p, svc = priv_ip(), "10.1.1.53", "53", "dns"
    st = "SF" if svc != "-" else R.choice(["S0", "REJ", "RSTO"])
    b.add(tsv([zts(), zuid(), o, str(rport()), r, p, "udp" if p == "53" else "tcp", svc,
               "%.6f" % (R.random() * 30) if st == "SF" else "-", str(R.randint(40, 9000)) if st == "SF" else "-",
               str(R.randint(40, 90000)) if st == "SF" else "-", st, "T" if o.startswith(("10.", "172.", "192.")) else "F",
               "F" if r in SERVERS else "T", "0", {"SF": "ShADadFf", "S0": "S", "REJ": "Sr", "RSTO": "ShR"}[st] if p != "53" else "Dd",
               str(R.randint(1, 40)), str(R.randint(40, 9000)), str(R.randint(0, 40)), str(R.randint(0, 90000)), "-"]))
    return [b]


def nz_zeek_http():
    b = B("zeek_http")
    host, uri, mime = R.choice([("ocsp.digicert.com", "/MFEwTzBNMEswSTAJBgUrDgMCGgUABBQ%s" % rs(20), "application/ocsp-response"),
                                ("mychart.lakeshoremercy.org", "/healthz", "text/plain"),
                                ("ctldl.windowsupdate.com", "/msdownload/update/v3/static/trustedr/en/disallowedcertstl.cab?%s" % hx(16), "application/vnd.ms-cab-compressed"),
                                ("mychart.lakeshoremercy.org", "/MyChart/Scripts/lib/jquery-3.7.1.min.js", "application/javascript"),
                                ("10.10.5.21", "/server-status?auto", "text/plain")])
    zeek_http(b, priv_ip() if R.random() < 0.6 else "10.20.1.%d" % R.choice([50, 51]), R.choice(SERVERS + [DMZ_WEB]), "GET", host, uri,
              uagent=R.choice(["Microsoft-CryptoAPI/10.0", "NetScaler-Monitor/13.1", UAS[1], "kube-probe/1.28"]), resp_mime=mime)
    return [b]


def nz_zeek_dns():
    b = B("zeek_dns")
    q, t, ans = R.choice([("login.microsoftonline.com", "A", "20.190.151.8,20.190.151.70"),
                          ("mychart.lakeshoremercy.org", "A", "204.62.118.25"),
                          ("_ldap._tcp.dc._msdcs.lmh.local", "SRV", "0 100 389 dc01.lmh.local"),
                          ("%s.top" % rs(14, "abcdefghijklmnopqrstuvwxyz"), "A", "-"),
                          ("time.windows.com", "A", "168.61.215.74"),
                          ("lakeshoremercy.org", "MX", "10 mx1.lakeshoremercy.org"),
                          ("25.118.62.204.in-addr.arpa", "PTR", "mychart.lakeshoremercy.org")])
    zeek_dns(b, priv_ip(), "10.1.1.53", q, t, ans, rcode=("0", "NOERROR") if ans != "-" else ("3", "NXDOMAIN"))
    return [b]


def nz_zeek_smtp():
    b = B("zeek_smtp")
    s = staff()
    subj = R.choice(["Change window CHG00%d tonight 22:00-02:00 CST" % R.randint(30000, 39999),
                     "[EXTERNAL] Invoice INV-%d from Stericycle" % R.randint(100000, 999999),
                     "Weekly vulnerability summary - %d criticals" % R.randint(0, 30),
                     "Your Okta verification code", "Q1 HIPAA training reminder - due 03/31",
                     "Re: PO 4500%d - Medline order shipped" % R.randint(100000, 999999)])
    zeek_smtp(b, "10.40.3.21", "52.101.40.8", "mx1.lakeshoremercy.org", staff_mail(s), staff_mail(staff()),
              '"%s %s" <%s>' % (s[0], s[1], staff_mail(s)), staff_mail(staff()), subj)
    return [b]


def nz_zeek_files():
    b = B("zeek_files")
    src, mime, fn = R.choice([("HTTP", "application/x-dosexec", "OneDriveSetup.exe"), ("SSL", "application/x-x509-user-cert", "-"),
                              ("SSL", "application/x-x509-ca-cert", "-"), ("HTTP", "application/pdf", "LMH_Visitor_Policy_2024.pdf"),
                              ("SMTP", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Q1_capex_forecast_v3.xlsx")])
    zeek_files(b, R.choice(SERVERS), priv_ip(), src, mime, fn, R.randint(900, 9000000),
               analyzers="X509,SHA1,MD5" if src == "SSL" else "MD5,SHA1,SHA256,PE" if mime.endswith("dosexec") else "MD5,SHA1,SHA256")
    return [b]


def nz_sur():
    b = B("suricata_eve")
    k = R.randint(0, 6)
    if k == 0:
        o = {"timestamp": t_sur(), "event_type": "stats", "stats": {
            "uptime": R.randint(100000, 900000), "capture": {"kernel_packets": R.randint(10 ** 9, 10 ** 10), "kernel_drops": R.randint(0, 90000)},
            "decoder": {"pkts": R.randint(10 ** 9, 10 ** 10), "bytes": R.randint(10 ** 12, 10 ** 13), "invalid": R.randint(0, 900)},
            "flow": {"memuse": R.randint(10 ** 7, 10 ** 8), "tcp": R.randint(10 ** 5, 10 ** 6), "udp": R.randint(10 ** 4, 10 ** 5)},
            "detect": {"alert": R.randint(100, 9000), "engines": [{"id": 0, "last_reload": "2024-03-11T02:00:04.118342-0500", "rules_loaded": 48213, "rules_failed": 0}]}}}
    elif k == 1:
        o = eve("flow", priv_ip(), rport(), R.choice(SERVERS), 443, {"app_proto": "tls", "flow": {
            "pkts_toserver": R.randint(5, 90), "pkts_toclient": R.randint(5, 900), "bytes_toserver": R.randint(500, 90000),
            "bytes_toclient": R.randint(500, 900000), "start": t_sur(), "end": t_sur(), "age": R.randint(0, 60), "state": "closed",
            "reason": "timeout", "alerted": False}, "community_id": "1:" + base64.b64encode(bytes(R.getrandbits(8) for _ in range(20))).decode()})
    elif k == 2:
        o = eve("tls", priv_ip(), rport(), R.choice(SERVERS), 443, {"tls": {"subject": "CN=*.lakeshoremercy.org", "issuerdn": "C=US, O=DigiCert Inc, CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1",
            "serial": ":".join(hx(2).upper() for _ in range(16)), "fingerprint": ":".join(hx(2) for _ in range(20)), "sni": "mychart.lakeshoremercy.org",
            "version": "TLS 1.3", "notbefore": "2023-11-02T00:00:00", "notafter": "2024-11-30T23:59:59", "ja3": {"hash": hx(32)}}})
    elif k == 3:
        o = eve("alert", R.choice(ATTACKERS), rport(), R.choice(HOSP_NAT), R.choice([443, 22, 3389]), {"tx_id": 0, "alert": {
            "action": "blocked", "gid": 1, "signature_id": R.choice([2001219, 2010935, 2024897, 2046226]), "rev": R.randint(3, 20),
            "signature": R.choice(["ET SCAN Potential SSH Scan", "ET SCAN Suspicious inbound to MSSQL port 1433",
                                   "ET EXPLOIT Citrix ADC NSPPE Unauth Memory Disclosure (CVE-2023-4966)", "ET DROP Spamhaus DROP Listed Traffic Inbound group 12"]),
            "category": "Attempted Information Leak", "severity": 2}, "direction": "to_server"})
    elif k == 4:
        o = eve("http", "10.20.1.%d" % R.choice([50, 51]), rport(), DMZ_WEB, 80, {"tx_id": 0, "http": sur_http(
            "mychart.lakeshoremercy.org", "/MyChart/healthcheck.aspx", "GET", 200, "text/plain", 2, "NetScaler-Monitor/13.1")})
    elif k == 5:
        o = eve("dns", priv_ip(), rport(), "10.1.1.53", 53, {"dns": {"version": 2, "type": "query", "id": R.randint(1, 65535),
                                                                     "rrname": R.choice(["epic-hosting.lmh.local", "teams.microsoft.com", "ingest.rpm-vendorcloud.com"]), "rrtype": "A", "tx_id": 0, "opcode": 0}}, "UDP")
    else:
        o = eve("fileinfo", R.choice(SERVERS), 80, priv_ip(), rport(), {"http": sur_http("download.windowsupdate.com", "/c/msdownload/update/software/secu/2024/03/windows11.0-kb5035853-x64_%s.msu" % hx(40),
                                                                                          "GET", 200, "application/octet-stream"),
                                                                         "app_proto": "http", "fileinfo": {"filename": "/c/msdownload/update/software/secu/2024/03/windows11.0-kb5035853-x64.msu",
                                                                                                           "gaps": False, "state": "CLOSED", "stored": False, "size": R.randint(10 ** 7, 10 ** 9), "tx_id": 0}})
    b.add(jrich(o))
    return [b]


def nz_ns():
    b = B("netscaler")
    k = R.randint(0, 5)
    s = staff()
    if k == 0:
        ns(b, 'AAA LOGIN_FAILED %d 0 : User %s - Client_ip %s - Failure_reason "Invalid credentials"' % (R.randint(10 ** 5, 10 ** 7), R.choice(["admin", "nsroot", "test", "administrator"]), R.choice(ATTACKERS)))
    elif k == 1:
        ip = pub_ip()
        ns(b, 'SSLVPN LOGIN %d 0 : Context %s@%s - SessionId: %d - User %s - Client_ip %s - Nat_ip "Mapped Ip" - Vserver 10.20.1.60:443 - Browser_type "%s" - SSLVPN_client_type ICA - Group(s) "Citrix-%s"' % (
            R.randint(10 ** 5, 10 ** 7), s[2], ip, R.randint(1000, 99999), s[2], ip, UAS[1], R.choice(["Clinicians", "Radiology", "IT"])))
    elif k == 2:
        ns(b, "TCP CONN_TERMINATE %d 0 : Source 10.20.1.%d:%d - Destination %s:443 - Start Time %s - End Time %s - Total_bytes_send %d - Total_bytes_recv %d" % (
            R.randint(10 ** 5, 10 ** 7), R.choice([50, 51]), rport(), DMZ_WEB, t_ns(), t_ns(), R.randint(100, 90000), R.randint(100, 900000)))
    elif k == 3:
        ns(b, "EVENT MONITORUP %d 0 : Monitor mon_mychart_https(10.10.5.%d:443) - State UP" % (R.randint(10 ** 5, 10 ** 7), R.randint(21, 24)))
    elif k == 4:
        ns(b, "ICA ICASTART %d 0 : Source %s:%d - Destination 10.70.4.%d:2598 - username:domainname %s:LMH - applicationName Epic Hyperspace 2023 - startTime \"%s\" - connectionPriority HIGH" % (
            R.randint(10 ** 5, 10 ** 7), pub_ip(), rport(), R.randint(2, 200), s[2], t_ns()))
    else:
        ns(b, "APPFW APPFW_STARTURL %d 0 : %s %d-PPE%d %s pr_mychart https://mychart.lakeshoremercy.org/wp-login.php Disallow Illegal URL. <blocked>" % (
            R.randint(100, 9999), R.choice(ATTACKERS), R.randint(100, 9999), R.randint(0, 3), rs(32, B62 + "/")))
    return [b]


def nz_pfsense():
    b = B("pfsense_filterlog")
    host = R.choice(["pfsense-clinic02.lmh.local", "pfsense-evanston-uc.lmh.local"])
    b.add("<134>1 %s %s filterlog %d - - " % (t_iso(), host, R.randint(10000, 90000)))
    k = R.random()
    if k < 0.5:
        b.add("5,,,1000000103,igb0,match,block,in,4,0x0,,%d,%d,0,none,6,tcp,44,%s,%s,%d,%d,0,S,%d,,1024,,mss" % (
            R.randint(40, 250), R.randint(1, 65535), R.choice(ATTACKERS), "66.%d.12.%d" % (R.randint(100, 110), R.randint(2, 30)), rport(),
            R.choice([22, 23, 3389, 8080, 445]), R.randint(10 ** 8, 4 * 10 ** 9)))
    elif k < 0.85:
        b.add("%d,,,%d,igb1,match,pass,out,4,0x0,,127,%d,0,DF,17,udp,%d,%s,10.1.1.53,%d,53,%d" % (
            R.randint(60, 90), R.randint(1500000000, 1599999999), R.randint(1, 65535), R.randint(60, 120),
            "10.90.%d.%d" % (R.randint(1, 9), R.randint(2, 250)), rport(), R.randint(30, 90)))
    else:
        b.add("9,,,1000000105,igb0,match,block,in,6,0x00,0x00000,255,ipv6-icmp,58,32,fe80::%s:%s:%s:%s,ff02::1,RA" % (hx(4), hx(4), hx(4), hx(4)))
    return [b]


def nz_gelf():
    b = B("gelf")
    k = R.randint(0, 4)
    if k == 0:
        o = gelf("portal-api-0%d" % R.randint(1, 4), "GET /actuator/health 200", {"_facility": "portal-api", "_status": "UP",
                 "_db": "UP", "_redis": "UP", "_duration_ms": R.randint(1, 20), "_traceId": hx(32)}, level=7)
    elif k == 1:
        o = gelf("mft-gw-01", "Eligibility batch finished", {"_facility": "goanywhere", "_job": "ELIG-270-%s" % T().strftime("%Y%m%d-%H%M"),
                 "_records": R.randint(500, 4000), "_rejected": R.randint(0, 30), "_duration": "00:%02d:%02d" % (R.randint(1, 20), R.randint(0, 59)),
                 "_sftp_peer": "sftp.availity.com"})
    elif k == 2:
        o = gelf("graylog-01", "Index set rotation", {"_facility": "graylog-server", "_index": "perimeter_%d" % R.randint(300, 420),
                 "_docs": R.randint(10 ** 6, 10 ** 8), "_size_gb": round(R.uniform(10, 80), 1), "_retention_days": 400}, level=6)
    elif k == 3:
        o = gelf("portal-api-0%d" % R.randint(1, 4), "Upstream TLS handshake failed", {"_facility": "portal-api", "_upstream": "epic-interconnect.lmh.local:443",
                 "_error": "javax.net.ssl.SSLHandshakeException: PKIX path building failed", "_retry": R.randint(1, 5), "_traceId": hx(32)}, level=3)
    else:
        s = staff()
        o = gelf("graylog-01", "User %s logged in" % s[2], {"_facility": "graylog-audit", "_user": s[2], "_remote_addr": "10.1.4.%d" % R.randint(2, 60),
                 "_role": "SOC-Analyst", "_session": hx(24)})
    b.add(jrich(o))
    return [b]


def nz_esa():
    b = B("mail_esa")
    mid = R.randint(4400000, 4499999)
    k = R.randint(0, 5)
    if k == 0:
        b.add("%s Info: New SMTP ICID %d interface Public (204.62.118.30) address %s reverse dns host mail-sor-f41.google.com verified yes" % (t_esa(), R.randint(900000, 999999), "209.85.220.41"))
    elif k == 1:
        b.add("%s Info: Message finished MID %d done" % (t_esa(), mid))
    elif k == 2:
        b.add("%s Info: Delivery start DCID %d MID %d to RID [0]" % (t_esa(), R.randint(100000, 999999), mid))
    elif k == 3:
        b.add("%s Info: MID %d Subject 'Order %d confirmation - Cardinal Health'" % (t_esa(), mid, R.randint(10 ** 7, 10 ** 8)))
    elif k == 4:
        b.add("%s Info: MID %d DLP no violation" % (t_esa(), mid))
    else:
        s = staff()
        b.add("%s Info: MID %d ICID %d From: <%s>" % (t_esa(), mid, R.randint(900000, 999999), staff_mail(s)))
    return [b]


def nz_pps():
    b = B("mail_proofpoint")
    pps(b, ['hdr_mid=<%s@%s> qid=%s hops-ip=%s hdr_from="%s" hdr_to="%s" subject="%s" duration=%.3f elapsed=%.3f' % (
        hx(20), R.choice(["mailchimpapp.net", "sendgrid.net", "lakeshoremercy.org"]), rs(14), R.choice(["198.2.180.12", "167.89.4.10", "10.40.3.21"]),
        R.choice(["Medline Industries <noreply@medline.com>", "Epic UserWeb <userweb@epic.com>", "Help Desk <servicedesk@lakeshoremercy.org>"]),
        staff_mail(staff()), R.choice(["Invoice #INV-%d overdue" % R.randint(10000, 99999), "UGM 2024 registration open",
                                       "Password expires in 5 days - call x4-4357", "Planned outage: Epic Hyperspace 03/16 01:00-03:00"]),
        R.random(), R.random() * 2)])
    return [b]


def nz_ticket():
    inc = "INC%07d" % (41800 + R.randint(1, 600))
    a = R.choice(ANALYSTS)
    txt = R.choice(["State changed from New to In Progress.", "Assigned to SOC-Tier2 (M. Okonkwo).",
                    "Firewall change RITM00%d approved by CAB; implementation window 03/12 22:00 CST." % R.randint(10000, 99999),
                    "Blocked %s at PA-5220-EDGE01 (EDL lmh-block-ip), 30 days." % R.choice(ATTACKERS),
                    "NetScaler firmware 13.1-51.15 scheduled on lmh-adc-02 (CVE-2023-4966 remediation verified).",
                    "Closed: false positive - Suricata sid 2019401 fired on synthetic test form (qa-forms.lmh.local).",
                    "Contacted vendor support (Palo Alto TAC case 03%d, 1-866-898-9087)." % R.randint(100000, 999999),
                    "GlobalProtect portal cert renewed, thumbprint %s." % hx(40)])
    if R.random() < 0.6:
        return [tk(inc, a, R.choice(["work_notes", "comments"]), txt)]
    return [md("SOC-%d" % R.randint(2100, 2999), txt)]


NOISE_GENS = [nz_pan_traffic, nz_pan_traffic, nz_pan_threat, nz_pan_url, nz_pan_system, nz_pan_export, nz_gp, nz_gp,
              nz_forti, nz_forti, nz_asa, nz_asa, nz_zeek_conn, nz_zeek_conn, nz_zeek_http, nz_zeek_dns, nz_zeek_smtp,
              nz_zeek_files, nz_sur, nz_sur, nz_ns, nz_ns, nz_pfsense, nz_pfsense, nz_gelf, nz_gelf, nz_esa, nz_esa,
              nz_pps, nz_ticket]


# ================================================================ assemble
def cycle(gens):
    while True:
        lst = list(gens)
        R.shuffle(lst)
        for g in lst:
            yield g


def main():
    out = []
    phi_it, nz_it = cycle(PHI_GENS), cycle(NOISE_GENS)
    export_hdr_done = False
    while len(out) < N_LINES:
        tick()
        nclean = sum(1 for b in out if not b.spans)
        frac = nclean / len(out) if out else 0.0
        want_clean = R.random() < min(0.95, max(0.05, 0.555 + 3 * (0.555 - frac)))
        bs = (next(nz_it) if want_clean else next(phi_it))()
        fam = bs[0].fam
        if fam.startswith("zeek_") and fam[5:] not in ZEEK_DONE:
            ZEEK_DONE.add(fam[5:])
            bs = zeek_header(fam[5:]) + bs
        if fam == "panos_csv_export" and not export_hdr_done:
            export_hdr_done = True
            bs = [B("panos_csv_export").add(PAN_EXPORT_HDR)] + bs
        for b in bs:
            out.append(b)
            if len(bs) > 1:
                Clock.t += timedelta(seconds=R.randint(0, 3), microseconds=R.randint(0, 999999))
    out = out[:N_LINES]

    log_lines, lab_lines = [], []
    for i, b in enumerate(out, 1):
        line = b.text()
        raw = line.encode("utf-8")
        assert "\n" not in line and line.strip(), i
        spans = []
        prev = -1
        for s, e, cat, v in b.spans:
            assert raw[s:e].decode("utf-8") == v, (i, v)
            assert s >= prev
            prev = e
            spans.append({"s": s, "e": e, "cat": cat})
        log_lines.append(line)
        lab_lines.append(json.dumps({"line": i, "family": b.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(log_lines))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lab_lines) + "\n")

    from collections import Counter
    cats = Counter(sp[2] for b in out for sp in b.spans)
    fams = Counter(b.fam for b in out)
    clean = sum(1 for b in out if not b.spans)
    print("lines", len(out), "clean", clean, "%.1f%%" % (100.0 * clean / len(out)))
    print("families", len(fams), dict(fams))
    print("cats", dict(sorted(cats.items(), key=lambda x: -x[1])))
    for fn in (ID + ".log", ID + ".labels.jsonl"):
        with open(os.path.join(HERE, fn), "rb") as f:
            print(hashlib.md5(f.read()).hexdigest(), fn)


if __name__ == "__main__":
    main()
