#!/usr/bin/env python3
"""Deterministic generator for held-out set `fk`.

Theme: a digital health company's observability pipeline (OpenTelemetry
Collector, OTLP JSON, Jaeger, Tempo, Vector, Fluent Bit, Loki, Kafka Connect,
Prometheus, Sentry) where PHI leaks through telemetry.

Standard library only. Writes fk.log and fk.labels.jsonl next to this file.
Every PHI value is appended through Line.p(), which records byte offsets while
the line is being concatenated; offsets are verified at the end.
"""
import base64
import datetime
import json
import os
import random
import struct
import unicodedata
import urllib.parse
import uuid

random.seed(20240514)

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "fk"
N_LINES = 500
N_CLEAN = 275          # 55 % of the lines carry no PHI at all
MAX_BYTES = 4000

UTC = datetime.timezone.utc


# ---------------------------------------------------------------- primitives
def ri(a, b):
    return random.randint(a, b)


def ch(seq):
    return random.choice(seq)


def coin(p=0.5):
    return random.random() < p


def hexs(n):
    return "".join(ch("0123456789abcdef") for _ in range(n))


def digits(n):
    return "".join(ch("0123456789") for _ in range(n))


def alnum(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(ch(alphabet) for _ in range(n))


def uid():
    return str(uuid.UUID(int=random.getrandbits(128), version=4))


def luhn_check(payload):
    total = 0
    for i, c in enumerate(reversed(payload)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(num):
    return luhn_check(num[:-1]) == num[-1]


def jesc(s, html=False):
    out = json.dumps(s, ensure_ascii=False)[1:-1]
    if html:
        out = out.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    return out


def qv(s):
    """URL query encoding as browsers / requests do."""
    return urllib.parse.quote_plus(s, safe="")


def fold(s):
    s = s.replace("ð", "d").replace("Ð", "D").replace("ø", "o").replace("ł", "l").replace("đ", "d")
    s = s.replace("'", "").replace(" ", "")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- identifiers with check digits
VIN_MAP = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
           "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def make_vin():
    wmi = ch(["1HG", "2T1", "1FT", "5YJ", "3VW", "JTD", "1C4", "KM8", "4S4", "WBA"])
    vds = alnum(5, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    year = ch("EFGHJKLMNPR")
    plant = alnum(1, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    serial = digits(6)
    vin = wmi + vds + "0" + year + plant + serial
    s = sum(VIN_MAP[c] * w for c, w in zip(vin, VIN_W)) % 11
    cd = "X" if s == 10 else str(s)
    vin = vin[:8] + cd + vin[9:]
    s2 = sum(VIN_MAP[c] * w for c, w in zip(vin, VIN_W)) % 11
    assert ("X" if s2 == 10 else str(s2)) == vin[8]
    return vin


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def make_mbi():
    p = [ch("123456789"), ch(MBI_A), ch(MBI_AN), ch("0123456789"), ch(MBI_A), ch(MBI_AN),
         ch("0123456789"), ch(MBI_A), ch(MBI_A), ch("0123456789"), ch("0123456789")]
    return "".join(p)


def make_card():
    if coin(0.6):
        body = "4" + digits(14)
    else:
        body = "5" + ch("12345") + digits(13)
    return body + luhn_check(body)


def make_iban_de():
    blz = ch(["37040044", "50010517", "10070000", "20050550"])
    acct = digits(10)
    bban = blz + acct
    num = int(bban + "131400")  # D=13 E=14 00
    chk = 98 - num % 97
    iban = "DE%02d%s" % (chk, bban)
    rearr = iban[4:] + iban[:4]
    conv = "".join(str(ord(c) - 55) if c.isalpha() else c for c in rearr)
    assert int(conv) % 97 == 1
    return iban


def make_imei():
    body = ch(["35", "86", "35", "01"]) + digits(12)
    return body + luhn_check(body)


def make_nhs():
    while True:
        d = [ri(0, 9) for _ in range(9)]
        d[0] = ri(4, 9)
        s = sum(x * w for x, w in zip(d, range(10, 1, -1)))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        n = "".join(map(str, d)) + str(c)
        return "%s %s %s" % (n[:3], n[3:6], n[6:])


def make_cpf():
    d = [ri(0, 9) for _ in range(9)]
    s = sum(x * w for x, w in zip(d, range(10, 1, -1)))
    c1 = (s * 10) % 11 % 10
    d.append(c1)
    s = sum(x * w for x, w in zip(d, range(11, 1, -1)))
    c2 = (s * 10) % 11 % 10
    d.append(c2)
    n = "".join(map(str, d))
    return "%s.%s.%s-%s" % (n[:3], n[3:6], n[6:9], n[9:])


def make_sin():
    body = ch("12345679") + digits(7)
    n = body + luhn_check(body)
    return "%s %s %s" % (n[:3], n[3:6], n[6:])


def gtin14():
    body = "00" + digits(11)
    s = 0
    for i, c in enumerate(reversed(body)):
        s += int(c) * (3 if i % 2 == 0 else 1)
    return body + str((10 - s % 10) % 10)


def make_npi():
    body = ch("12") + digits(8)
    chk = luhn_check("80840" + body)
    return body + chk


def make_ssn():
    while True:
        a = ri(1, 665)
        if a in (666,):
            continue
        return "%03d-%02d-%04d" % (a, ri(1, 99), ri(1, 9999))


def public_ip():
    first = ch([24, 67, 68, 71, 73, 75, 76, 97, 98, 99, 107, 108, 142, 173, 174, 184, 50, 66])
    return "%d.%d.%d.%d" % (first, ri(1, 254), ri(0, 255), ri(1, 254))


def private_ip():
    r = ri(0, 9)
    if r < 6:
        return "10.%d.%d.%d" % (ch([42, 42, 60, 61, 8]), ri(0, 31), ri(2, 254))
    if r < 8:
        return "172.%d.%d.%d" % (ri(16, 31), ri(0, 255), ri(2, 254))
    return "192.168.%d.%d" % (ri(0, 20), ri(2, 254))


def b64_photo(png=False, n=None):
    n = n or ri(180, 420)
    if png:
        head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x02\x00\x00\x00"
    else:
        head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
    body = bytes(random.getrandbits(8) for _ in range(n))
    return base64.b64encode(head + body).decode()


def b64_biometric(kind):
    if kind == "face":
        vals = [random.gauss(0, 0.08) for _ in range(ri(48, 96))]
        raw = b"FEMB\x01\x00" + struct.pack("<%df" % len(vals), *vals)
    elif kind == "voice":
        raw = b"VPRT\x02\x10" + bytes(random.getrandbits(8) for _ in range(ri(120, 260)))
    else:
        raw = b"FMR\x00 20\x00" + bytes(random.getrandbits(8) for _ in range(ri(100, 220)))
    return base64.b64encode(raw).decode()


# ---------------------------------------------------------------- time
NOW_NS = int(datetime.datetime(2024, 5, 14, 13, 2, 11, tzinfo=UTC).timestamp()) * 10**9 + 118_442_901


def tick():
    global NOW_NS
    NOW_NS += ri(30_000_000, 7_500_000_000)
    return NOW_NS


def dt_of(ns):
    return datetime.datetime.fromtimestamp(ns // 10**9, UTC)


def fts(ns, style):
    d = dt_of(ns)
    frac = ns % 10**9
    if style == "zap":
        return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (frac // 10**6)
    if style == "rfc9":
        return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%09dZ" % frac
    if style == "rfc6":
        return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%06dZ" % (frac // 1000)
    if style == "rfc3":
        return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (frac // 10**6)
    if style == "rfc0":
        return d.strftime("%Y-%m-%dT%H:%M:%SZ")
    if style == "gostr":
        f = ("%09d" % frac).rstrip("0")
        return d.strftime("%Y-%m-%d %H:%M:%S") + ("." + f if f else "") + " +0000 UTC"
    if style == "fb":
        return d.strftime("[%Y/%m/%d %H:%M:%S]")
    if style == "log4j":
        return d.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (frac // 10**6)
    if style == "ms":
        return str(ns // 10**6)
    if style == "us":
        return str(ns // 1000)
    if style == "ns":
        return str(ns)
    if style == "secf":
        return "%d.%06d" % (ns // 10**9, (ns % 10**9) // 1000)
    if style == "sec3":
        return "%d.%03d" % (ns // 10**9, (ns % 10**9) // 10**6)
    raise ValueError(style)


# ---------------------------------------------------------------- line builder
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []
        self.esc = None

    def _e(self, s):
        return self.esc(s) if self.esc else s

    def t(self, s):
        self.buf += self._e(s).encode("utf-8")
        return self

    def p(self, s, cat):
        s = self._e(s)
        b = s.encode("utf-8")
        assert b, "empty PHI value"
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, len(self.buf), cat, b))
        return self

    def v(self, s, cat=None):
        return self.p(s, cat) if cat else self.t(s)

    def sg(self, segs, f=None):
        for text, cat in segs:
            self.v(f(text) if f else text, cat)
        return self


def segtext(segs):
    return "".join(t for t, _ in segs)


def S(text, cat=None):
    return [(text, cat)]


def F(key, val, cat=None, kind="Str"):
    segs = val if isinstance(val, list) else [(str(val), cat)]
    return (key, segs, kind)


def has_phi(fields):
    return any(c for _, segs, _ in fields for _, c in segs)


# ---------------------------------------------------------------- people
FIRSTS = ["Amara", "Teodoro", "Mei-Ling", "Oluwaseun", "Ingrid", "Rafael", "Priyanka", "Dmitri",
          "Fatima", "Kenji", "Siobhán", "Thandiwe", "Joaquín", "Zoë", "Björn", "Aroha", "Tuấn",
          "Leilani", "Giorgos", "Wanjiru", "Mateus", "Noor", "Ezekiel", "Halldóra", "Bronisława",
          "Kwabena", "Esperanza", "Yusuf"]
LASTS = ["Okonkwo", "Castellanos", "Lindqvist", "Haddad", "Nakamura", "Petrović", "O'Donoghue",
         "Nguyễn", "Kowalczyk", "Abernathy", "Szabó", "Achterberg", "Rahimi", "Mbeki-Thompson",
         "Delacroix", "Tanaka", "Fernández", "Ngata", "Papadakis", "Kamau", "Oliveira", "Al-Sayegh",
         "Whitcombe", "Sigurðardóttir", "Wiśniewska", "Mensah", "Villaseñor", "Demir"]
CITIES = [("Dayton", "OH", "454", "937"), ("Tucson", "AZ", "857", "520"), ("Worcester", "MA", "016", "508"),
          ("Bellingham", "WA", "982", "360"), ("Macon", "GA", "312", "478"), ("Fargo", "ND", "581", "701"),
          ("Santa Fe", "NM", "875", "505"), ("Duluth", "MN", "558", "218"), ("Lafayette", "LA", "705", "337"),
          ("Scranton", "PA", "185", "570"), ("Flagstaff", "AZ", "860", "928"), ("Asheville", "NC", "288", "828"),
          ("El Paso", "TX", "799", "915"), ("Hilo", "HI", "967", "808"), ("Boise", "ID", "837", "208")]
STREETS = ["Larkspur", "Wexford", "Kedzie", "Old Mill", "Cottonwood", "Magnolia", "Juniper Hill",
           "Tamarack", "Harbor View", "Calle Arboleda", "Pinecrest", "Quarry", "Alder", "Saint Anne",
           "Mesquite", "Birchwood", "Kalanianaole", "Riverside", "Ocotillo", "Fairmount"]
SUFFIX = ["St", "Ave", "Rd", "Ln", "Blvd", "Dr", "Ct", "Way", "Pl", "Ter"]
RELS = ["spouse", "daughter", "son", "mother", "father", "sister", "brother", "partner", "guardian"]
MAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me", "hotmail.com", "aol.com", "comcast.net"]


def dl_for(state):
    if state == "OH":
        return alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6)
    if state in ("AZ", "MA", "HI"):
        return {"AZ": "D", "MA": "S", "HI": "H"}[state] + digits(8)
    if state == "WA":
        return "WDL" + alnum(9, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    if state in ("GA", "NM", "LA"):
        return digits(9)
    if state == "ND":
        return alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6)
    if state == "MN":
        return ch("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(12)
    if state in ("PA", "TX"):
        return digits(8)
    if state == "NC":
        return digits(12)
    if state == "ID":
        return alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6) + ch("ABCDE")
    return digits(9)


class P:
    pass


def make_person(i, first, last, city):
    p = P()
    p.first, p.last = first, last
    p.name = first + " " + last
    p.city, p.state, z3, p.area = city
    p.zip = z3 + digits(2)
    if i % 4 == 1:
        y = ri(1925, 1933)
    else:
        y = ri(1941, 2005)
    p.dob = datetime.date(y, ri(1, 12), ri(1, 28))
    p.age = 2024 - y - (1 if (p.dob.month, p.dob.day) > (5, 14) else 0)
    num = ri(11, 9899)
    st = ch(STREETS)
    if st.startswith("Calle"):
        street = "%d %s" % (num, st)
    else:
        street = "%d %s%s %s" % (num, ch(["", "", "N ", "W ", "E "]), st, ch(SUFFIX))
    if coin(0.3):
        street += ch([" Apt %d%s" % (ri(1, 24), ch("ABCD")), " Unit %d" % ri(2, 40), " #%d" % ri(100, 420)])
    p.street = street
    p.phone_digits = p.area + "555" + "01%02d" % ri(0, 99)
    p.phone2_digits = p.area + "555" + "01%02d" % ri(0, 99)
    p.fax_digits = p.area + "555" + "01%02d" % ri(0, 99)
    fa, la = fold(first).lower(), fold(last).lower().replace("-", "")
    form = ri(0, 5)
    local = [fa + "." + la, fa + la + str(p.dob.year % 100), fa[0] + la, la + "." + fa + str(ri(1, 99)),
             fa + "_" + la[:4] + str(p.dob.year % 100), fa + "." + la + str(ri(70, 99))][form]
    p.email = local + "@" + ch(MAIL_DOMAINS)
    p.username = ch([fa + "_" + la[:2] + str(p.dob.year % 100), fa[0] + la, la + fa[:1] + str(ri(1, 999)),
                     fa + str(ri(10, 9999))])
    p.ssn = make_ssn()
    p.mrn = ch(["%08d" % ri(100000, 9999999), "E%07d" % ri(1000000, 9999999), "MRN%07d" % ri(100000, 9999999)])
    p.portal_id = "pt_%d" % ri(1000000, 9999999)
    p.member = ch(["W%09d" % ri(10**8, 10**9 - 1), "XKH%09d" % ri(10**8, 10**9 - 1),
                   "ZGP%010d" % ri(10**9, 10**10 - 1), "M%08d01" % ri(10**7, 10**8 - 1),
                   "%s%s%06d" % (ch("YJN"), ch("ABCDEFGH"), ri(100000, 999999))])
    p.mbi = make_mbi() if p.age >= 64 else None
    p.medicaid = ("%012d" % ri(10**11, 10**12 - 1)) if coin(0.3) else None
    p.card = make_card()
    p.billing_acct = "%010d" % ri(10**9, 10**10 - 1)
    p.iban = make_iban_de() if coin(0.2) else None
    p.dl = dl_for(p.state)
    p.vin = make_vin()
    p.plate = ch(["%d%s%d" % (ri(1, 9), alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), ri(100, 999)),
                  "%s%04d" % (alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), ri(0, 9999)),
                  "%s-%04d" % (alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), ri(0, 9999))])
    p.cgm = ch(["SM%08d" % ri(10**7, 10**8 - 1), "0M%s" % alnum(8), "G7%s" % alnum(8)])
    p.imei = make_imei()
    p.mac = ch(["D0:39:72", "00:5F:BF", "A4:C1:38", "EC:21:E5"]) + ":" + ":".join("%02X" % ri(0, 255) for _ in range(3))
    p.udi = "(01)%s(17)%02d%02d%02d(21)%s" % (gtin14(), ri(25, 27), ri(1, 12), ri(1, 28), alnum(ri(6, 9)))
    p.ip = public_ip()
    p.ip6 = "2600:1700:%x:%x::%x" % (ri(0x100, 0xffff), ri(0, 0xffff), ri(1, 0xfff))
    p.kit = "CLK-%s-%s" % (alnum(4), alnum(4))
    p.case = ch(["APL-2024-%06d" % ri(1, 999999), "GRV-24-%05d" % ri(1, 99999), "PA-%08d" % ri(10**7, 10**8 - 1)])
    p.natid = ch([("nhs_number", make_nhs()), ("cpf", make_cpf()), ("sin", make_sin()), None, None])
    p.url = ch(["https://www.facebook.com/%s.%s.%d" % (fa, la, ri(1, 99)),
                "https://%s%s.substack.com" % (fa, la),
                "https://www.linkedin.com/in/%s-%s-%s" % (fa, la, hexs(4)),
                "https://mychart.cedarlinehealth.com/share/%s-%s-%d" % (fa, la, p.dob.year)])
    rel = ch(RELS)
    efirst = ch(FIRSTS)
    elast = last if rel in ("spouse", "daughter", "son", "mother", "father", "sister", "brother") and coin(0.7) else ch(LASTS)
    p.ec_name = efirst + " " + elast
    p.ec_rel = rel
    p.ec_phone_digits = ch([p.area, "212", "415", "617", "303"]) + "555" + "01%02d" % ri(0, 99)
    p.appt = datetime.datetime(2024, ri(5, 8), ri(1, 28), ri(7, 17), ch([0, 15, 30, 45]))
    p.admit = datetime.date(2024, ri(3, 5), ri(1, 12))
    p.discharge = p.admit + datetime.timedelta(days=ri(1, 9))
    p.collect = datetime.date(2024, 5, ri(1, 13))
    return p


def phone_fmt(d, style=None):
    style = style if style is not None else ri(0, 5)
    if style == 0:
        return "(%s) %s-%s" % (d[:3], d[3:6], d[6:])
    if style == 1:
        return "%s-%s-%s" % (d[:3], d[3:6], d[6:])
    if style == 2:
        return "+1" + d
    if style == 3:
        return "+1 %s %s %s" % (d[:3], d[3:6], d[6:])
    if style == 4:
        return d
    return "%s.%s.%s" % (d[:3], d[3:6], d[6:])


def date_fmt(d, style=None):
    style = style if style is not None else ch(["iso", "iso", "iso", "us", "compact", "us2"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "us2":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    return d.strftime("%Y-%m-%d")


_fl = FIRSTS[:]
_ll = LASTS[:]
random.shuffle(_fl)
random.shuffle(_ll)
PEOPLE = [make_person(i, _fl[i], _ll[i], CITIES[i % len(CITIES)]) for i in range(len(FIRSTS))]
PWEIGHTS = [(0.9 if p.age > 89 else 1.0 / (1 + i * 0.25)) for i, p in enumerate(PEOPLE)]


def person():
    return random.choices(PEOPLE, weights=PWEIGHTS)[0]


# ---------------------------------------------------------------- staff / company look-alikes
STAFF = [("Helena Marchetti", "stf_20417", "h.marchetti", "physician"),
         ("Kwame Asante", "stf_18803", "k.asante", "nurse_practitioner"),
         ("Priya Raghunathan", "stf_21954", "p.raghunathan", "rn"),
         ("Luis Ortega-Ramos", "stf_17322", "l.ortegaramos", "pharmacist"),
         ("Grace Adeyemi", "stf_22610", "g.adeyemi", "support_agent"),
         ("Tomasz Wierzbicki", "stf_19041", "t.wierzbicki", "sre"),
         ("Samuel Osei", "stf_16687", "s.osei", "physician"),
         ("Annika Strand", "stf_23118", "a.strand", "care_coordinator")]
NPIS = [make_npi() for _ in range(6)]
COMPANY_DOMAIN = "cedarlinehealth.com"
SYS_EMAILS = ["noreply@cedarlinehealth.com", "alerts@cedarlinehealth.com", "otel-admin@cedarlinehealth.com",
              "no-reply@notify.cedarlinehealth.com", "pagerduty+obs@cedarlinehealth.com"]
COMPANY_PHONES = ["+18885550134", "+18005550199", "(855) 555-0112"]

SERVICES = {
    "patient-portal-api": ("portal", "python", "3.18.2"),
    "scheduling-svc": ("clinical", "java", "2.41.0"),
    "intake-worker": ("clinical", "nodejs", "1.27.4"),
    "eligibility-gw": ("rcm", "go", "0.19.3"),
    "rx-refill-svc": ("pharmacy", "java", "5.2.1"),
    "device-sync": ("rpm", "go", "1.8.0"),
    "notify-dispatcher": ("platform", "python", "4.0.7"),
    "billing-api": ("rcm", "java", "7.13.2"),
    "identity-svc": ("identity", "go", "2.3.11"),
    "mobile-bff": ("portal", "nodejs", "5.12.0"),
    "labs-results-svc": ("clinical", "python", "1.4.9"),
    "claims-ingest": ("rcm", "python", "3.0.2"),
    "ivr-auth": ("identity", "java", "1.1.6"),
}
LANG_SCOPES = {
    "python": {"server": ("opentelemetry.instrumentation.flask", "0.44b0"),
               "db": ("opentelemetry.instrumentation.psycopg2", "0.44b0"),
               "client": ("opentelemetry.instrumentation.requests", "0.44b0"),
               "msg": ("opentelemetry.instrumentation.confluent_kafka", "0.44b0"),
               "internal": ("cedarline.pipeline", "")},
    "java": {"server": ("io.opentelemetry.spring-webmvc-6.0", "2.3.0-alpha"),
             "db": ("io.opentelemetry.jdbc", "2.3.0-alpha"),
             "client": ("io.opentelemetry.java-http-client", "2.3.0-alpha"),
             "msg": ("io.opentelemetry.kafka-clients-2.6", "2.3.0-alpha"),
             "internal": ("com.cedarline.core", "2.41.0")},
    "nodejs": {"server": ("@opentelemetry/instrumentation-http", "0.51.0"),
               "db": ("@opentelemetry/instrumentation-pg", "0.41.0"),
               "client": ("@opentelemetry/instrumentation-undici", "0.3.0"),
               "msg": ("@opentelemetry/instrumentation-kafkajs", "0.1.0"),
               "internal": ("intake-worker", "1.27.4")},
    "go": {"server": ("go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp", "0.49.0"),
           "db": ("github.com/XSAM/otelsql", "0.29.0"),
           "client": ("go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp", "0.49.0"),
           "msg": ("github.com/twmb/franz-go/plugin/kotel", "1.4.1"),
           "internal": ("github.com/cedarline/platform/internal/worker", "")},
}
SDK_VER = {"python": "1.23.0", "java": "1.37.0", "nodejs": "1.24.0", "go": "1.24.0"}
NODES = ["ip-10-42-%d-%d.us-east-2.compute.internal" % (ri(0, 31), ri(2, 254)) for _ in range(8)]
PODHASH = {s: "%s-%s" % (hexs(9)[:ri(8, 10)], alnum(5, "bcdfghjklmnpqrstvwxz2456789")) for s in SERVICES}
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
       "CedarlineHealth/5.12.0 (iOS 17.4.1; iPhone15,2)", "CedarlineHealth/5.11.3 (Android 14; SM-S911U)",
       "okhttp/4.12.0", "python-requests/2.31.0", "Go-http-client/2.0"]


def pod(svc):
    return "%s-%s" % (svc, PODHASH[svc])


def res_attrs(svc, extra_phi=None):
    ns, lang, ver = SERVICES[svc]
    a = [F("service.name", svc), F("service.version", ver), F("service.namespace", ns)]
    if coin(0.6):
        a.append(F("deployment.environment", ch(["prod", "prod", "prod-us-east-2", "staging"])))
    a.append(F("k8s.namespace.name", ns))
    a.append(F("k8s.pod.name", pod(svc)))
    if coin(0.5):
        a.append(F("k8s.node.name", ch(NODES)))
    if coin(0.6):
        a.append(F("host.ip", private_ip()))
    if coin(0.3):
        a.append(F("container.id", hexs(64)))
    a.append(F("telemetry.sdk.language", "go" if lang == "go" else lang))
    a.append(F("telemetry.sdk.name", "opentelemetry"))
    a.append(F("telemetry.sdk.version", SDK_VER[lang]))
    if lang == "java" and coin(0.5):
        a.append(F("telemetry.distro.version", "2.3.0"))
    if extra_phi:
        a.extend(extra_phi)
    return a


# ---------------------------------------------------------------- span scenarios
def qs(params):
    segs = []
    for i, (k, v, c) in enumerate(params):
        segs.append((("&" if i else "") + k + "=", None))
        segs.append((qv(v), c))
    return segs


def http_server_attrs(lang, method, path_segs, query_segs, route, status, client_ip_field=None, ua=None):
    new = lang == "java"
    a = []
    full = path_segs + ([("?", None)] + query_segs if query_segs else [])
    if new:
        a.append(F("http.request.method", method))
        a.append(F("url.scheme", "https" if coin() else "http"))
        a.append(F("url.path", path_segs))
        if query_segs:
            a.append(F("url.query", query_segs))
        a.append(F("http.route", route))
        a.append(F("http.response.status_code", str(status), kind="Int"))
        a.append(F("server.address", ch(["api.cedarlinehealth.com", "portal-api.portal.svc.cluster.local"])))
        a.append(F("network.protocol.version", "1.1"))
        a.append(F("user_agent.original", ua or ch(UAS)))
        a.append(client_ip_field or F("client.address", private_ip()))
    else:
        a.append(F("http.method", method))
        a.append(F("http.scheme", "http"))
        a.append(F("http.target", full))
        if lang != "nodejs":
            a.append(F("http.route", route))
        a.append(F("http.status_code", str(status), kind="Int"))
        a.append(F("net.host.port", ch(["8080", "8000", "3000", "5000"]), kind="Int"))
        a.append(F("http.user_agent", ua or ch(UAS)))
        a.append(F("net.peer.ip", private_ip()))
        if client_ip_field:
            a.append(client_ip_field)
    return a


def db_attrs(lang, stmt_segs, table, op):
    new = lang == "java"
    a = [F("db.system", "postgresql"), F("db.name", ch(["ehr_core", "portal", "scheduling", "rcm"]))]
    a.append(F("db.user", ch(["app_portal", "svc_sched", "svc_intake", "svc_rcm"])))
    a.append(F("db.statement" if not new or coin(0.5) else "db.query.text", stmt_segs))
    a.append(F("db.operation", op))
    if new:
        a.append(F("db.sql.table", table))
    a.append(F("net.peer.name", ch(["pg-ehr-primary.data.cedarline.internal", "pgbouncer.data.svc.cluster.local",
                                    "ehr-core-ro.cluster-c8x2k1.us-east-2.rds.amazonaws.com"])))
    a.append(F("net.peer.port", "5432", kind="Int"))
    return a


def sql_str(s):
    return s.replace("'", "''")


def sc_search(p, phi, svc, lang):
    if phi:
        v = ri(0, 4)
        if v == 0:
            params = [("last_name", p.last, "name"), ("dob", date_fmt(p.dob, "iso"), "date")]
        elif v == 1:
            params = [("email", p.email, "email"), ("include", "coverage", None)]
        elif v == 2:
            params = [("phone", p.phone_digits, "phone"), ("limit", "10", None)]
        elif v == 3:
            params = [("q", p.name, "name"), ("page", "1", None), ("size", "25", None)]
        else:
            params = [("given", p.first, "name"), ("family", p.last, "name"), ("birthdate", date_fmt(p.dob, "iso"), "date")]
        path = "/api/v1/patients/search" if v != 4 else "/fhir/r4/Patient"
        route = path
    else:
        v = ri(0, 2)
        if v == 0:
            params = [("clinic_id", str(ri(100, 420)), None), ("status", ch(["scheduled", "checked_in", "no_show"]), None),
                      ("from", "2024-05-%02d" % ri(14, 31), None), ("limit", "50", None)]
            path = "/api/v1/appointments"
        elif v == 1:
            params = [("provider_npi", ch(NPIS), None), ("date", "2024-05-%02d" % ri(14, 31), None)]
            path = "/api/v1/schedule/slots"
        else:
            params = [("_count", "50", None), ("_lastUpdated", "gt2024-05-13", None), ("status", "final", None)]
            path = "/fhir/r4/Observation"
        route = path
    ipf = None
    if phi and coin(0.35):
        ipf = F("http.client_ip" if lang != "java" else "client.address", p.ip, "ip")
    attrs = http_server_attrs(lang, "GET", S(path), qs(params), route, ch([200, 200, 200, 404]), ipf)
    ev = []
    return dict(name=S("GET " + route), kind="Server", stype="server", attrs=attrs, events=ev)


def sc_path_mrn(p, phi, svc, lang):
    sub = ch(["encounters", "documents", "coverage", "care-team", "lab-results", "medications"])
    if phi:
        path = [("/api/v1/patients/", None), (p.mrn, "mrn"), ("/" + sub, None)]
    else:
        path = [("/api/v1/appointments/" + uid() + "/" + ch(["checkin", "cancel", "reschedule"]), None)]
    route = "/api/v1/patients/{mrn}/" + sub if phi else "/api/v1/appointments/{id}/" + ch(["checkin", "cancel"])
    method = ch(["GET", "GET", "POST"])
    attrs = http_server_attrs(lang, method, path, None, route, ch([200, 200, 201, 403, 500]))
    if phi and lang == "nodejs":
        name = [(method + " ", None)] + path   # raw path as span name (no route templating)
    else:
        name = S(method + " " + route)
    if phi and coin(0.4):
        attrs.append(F("enduser.id", ch([p.username, p.portal_id]), "other_id"))
        attrs.append(F("enduser.role", "patient"))
    elif coin(0.5):
        s = ch(STAFF)
        attrs.append(F("enduser.id", s[1]))
        attrs.append(F("enduser.role", s[3]))
    return dict(name=name, kind="Server", stype="server", attrs=attrs, events=[])


def sc_db(p, phi, svc, lang):
    if phi:
        v = ri(0, 7)
        if v == 0:
            stmt = [("SELECT id, mrn, first_name, last_name, dob FROM patients WHERE lower(last_name) = lower('", None),
                    (sql_str(p.last), "name"), ("') AND dob = '", None), (date_fmt(p.dob, "iso"), "date"), ("' LIMIT 25", None)]
            tbl, op = "patients", "SELECT"
        elif v == 1:
            stmt = [("UPDATE patient_contact SET phone_mobile = '", None), (phone_fmt(p.phone_digits, 2), "phone"),
                    ("', email = '", None), (p.email, "email"), ("', updated_at = now() WHERE mrn = '", None), (p.mrn, "mrn"), ("'", None)]
            tbl, op = "patient_contact", "UPDATE"
        elif v == 2:
            stmt = [("INSERT INTO coverage (patient_mrn, payer_id, member_id, group_number, effective_date) VALUES ('", None),
                    (p.mrn, "mrn"), ("', '%s', '" % ch(["BCBS-OH", "AETNA", "UHC", "HUMANA-MA"]), None), (p.member, "health_plan"),
                    ("', '%07d', '2024-01-01')" % ri(100000, 9999999), None)]
            tbl, op = "coverage", "INSERT"
        elif v == 3:
            stmt = [("INSERT INTO addresses (patient_mrn, line1, city, state, postal_code) VALUES ('", None), (p.mrn, "mrn"),
                    ("', '", None), (sql_str(p.street), "address"), ("', '", None), (p.city, "address"),
                    ("', '%s', '" % p.state, None), (p.zip, "zip"), ("')", None)]
            tbl, op = "addresses", "INSERT"
        elif v == 4:
            stmt = [("SELECT g.id, g.relationship FROM guarantors g WHERE g.ssn = '", None), (p.ssn, "ssn"), ("'", None)]
            tbl, op = "guarantors", "SELECT"
        elif v == 5:
            stmt = [("UPDATE rpm_devices SET serial_number = '", None), (p.cgm, "device"),
                    ("', paired_at = now() WHERE patient_mrn = '", None), (p.mrn, "mrn"), ("'", None)]
            tbl, op = "rpm_devices", "UPDATE"
        elif v == 6:
            stmt = [("SELECT a.id, a.status FROM appointment a WHERE a.patient_mrn = '", None), (p.mrn, "mrn"),
                    ("' AND a.slot_start::date = '", None), (p.appt.strftime("%Y-%m-%d"), "date"), ("'", None)]
            tbl, op = "appointment", "SELECT"
        else:
            stmt = [("INSERT INTO payment_method (billing_account, pan, exp) VALUES ('", None), (p.billing_acct, "account"),
                    ("', '", None), (p.card, "account"), ("', '%02d/%02d')" % (ri(1, 12), ri(25, 29)), None)]
            tbl, op = "payment_method", "INSERT"
    else:
        v = ri(0, 5)
        stmt, tbl, op = [
            ("SELECT id, status, slot_start FROM appointment WHERE clinic_id = $1 AND slot_start >= $2 ORDER BY slot_start LIMIT $3", "appointment", "SELECT"),
            ("SELECT count(*) FROM outbox WHERE status = 'PENDING' AND created_at < now() - interval '5 minutes'", "outbox", "SELECT"),
            ("UPDATE job_queue SET locked_by = '%s', locked_at = now() WHERE id = %d AND locked_by IS NULL" % (pod(svc), ri(10000, 999999)), "job_queue", "UPDATE"),
            ("SELECT key, enabled, rollout_pct FROM feature_flags WHERE env = 'prod'", "feature_flags", "SELECT"),
            ("INSERT INTO audit_event (id, actor_staff_id, action, created_at) VALUES (?, ?, ?, ?)", "audit_event", "INSERT"),
            ("SELECT p.id, p.display_name FROM provider p WHERE p.npi = '%s'" % ch(NPIS), "provider", "SELECT"),
        ][v]
        stmt = S(stmt)
    attrs = db_attrs(lang, stmt, tbl, op)
    name = S({"python": op, "java": "%s ehr_core.%s" % (op, tbl), "nodejs": "pg.query:%s ehr_core" % op,
              "go": "sql.conn.query"}[lang])
    ev = []
    if phi and v == 1 and coin(0.6):
        ev.append(("exception", [F("exception.type", "psycopg2.errors.UniqueViolation"),
                                 F("exception.message", [("duplicate key value violates unique constraint \"patient_contact_email_key\"\nDETAIL:  Key (email)=(", None),
                                                         (p.email, "email"), (") already exists.", None)]),
                                 F("exception.escaped", "False")]))
    return dict(name=name, kind="Client", stype="db", attrs=attrs, events=ev)


def sc_eligibility(p, phi, svc, lang):
    attrs = [F("rpc.system", "grpc"), F("rpc.service", "cedarline.rcm.v1.EligibilityService"), F("rpc.method", "Check270"),
             F("rpc.grpc.status_code", str(ch([0, 0, 0, 2, 14])), kind="Int"), F("payer.id", ch(["87726", "60054", "62308", "00430"]))]
    ev = []
    if phi:
        v = ri(0, 3)
        if v == 0:
            attrs.append(F("subscriber.member_id", p.member, "health_plan"))
            attrs.append(F("subscriber.group_number", "%07d" % ri(100000, 9999999)))
        elif v == 1 and p.mbi:
            attrs.append(F("medicare.mbi", p.mbi, "health_plan"))
            attrs.append(F("patient.age", str(p.age), "age" if p.age > 89 else None, kind="Int"))
        elif v == 1:
            attrs.append(F("subscriber.member_id", p.member, "health_plan"))
            attrs.append(F("subscriber.dob", date_fmt(p.dob, "compact"), "date"))
        elif v == 2:
            seg = [("x12: invalid NM1 segment: NM1*IL*1*", None), (fold(p.last).upper(), "name"), ("*", None),
                   (fold(p.first).upper(), "name"), ("****MI*", None), (p.member, "health_plan"), ("~", None)]
            ev.append(("exception", [F("exception.type", "*x12.SegmentError"), F("exception.message", seg)]))
        else:
            seg = [("N3*", None), (fold(p.street).upper(), "address"), ("~N4*", None), (fold(p.city).upper(), "address"),
                   ("*%s*" % p.state, None), (p.zip, "zip"), ("~DMG*D8*", None), (date_fmt(p.dob, "compact"), "date"),
                   ("*%s~" % ch("FMU"), None)]
            ev.append(("x12.segment_rejected", [F("x12.loop", "2010BA"), F("x12.segments", seg), F("x12.aaa_code", "72")]))
    else:
        attrs.append(F("subscriber.group_number", "%07d" % ri(100000, 9999999)))
        attrs.append(F("x12.control_number", "%09d" % ri(1, 999999999)))
        if coin(0.5):
            ev.append(("exception", [F("exception.type", "*url.Error"),
                                     F("exception.message", "Post \"https://edi.clearinghouse-partner.net/x12/270\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)")]))
    return dict(name=S("cedarline.rcm.v1.EligibilityService/Check270"), kind="Server", stype="server", attrs=attrs, events=ev)


def sc_notify(p, phi, svc, lang):
    channel = ch(["sms", "sms", "fax", "email"])
    attrs = [F("http.method", "POST")]
    ev = []
    if channel == "sms":
        acct = "AC" + hexs(32)
        attrs.append(F("http.url", "https://api.twilio.com/2010-04-01/Accounts/%s/Messages.json" % acct))
        attrs.append(F("notify.channel", "sms"))
        attrs.append(F("notify.template", ch(["appt_reminder_v3", "rx_ready_v2", "lab_result_available", "otp_login"])))
        attrs.append(F("notify.from", ch(COMPANY_PHONES)))
        if phi:
            attrs.append(F("notify.to", phone_fmt(p.phone_digits, 2), "phone"))
            if coin(0.5):
                attrs.append(F("notify.appt_start", p.appt.strftime("%Y-%m-%dT%H:%M:00-04:00"), "date"))
        else:
            attrs.append(F("notify.recipient_count", str(ri(1, 500)), kind="Int"))
            attrs.append(F("notify.batch_id", uid()))
    elif channel == "fax":
        attrs.append(F("http.url", "https://www.srfax.com/SRF_SecWebSvc.php"))
        attrs.append(F("notify.channel", "fax"))
        attrs.append(F("release.request_id", "ROI-%06d" % ri(1, 999999)))
        if phi:
            attrs.append(F("release.recipient", "patient"))
            attrs.append(F("fax.to", phone_fmt(p.fax_digits, ch([0, 1, 4])), "fax"))
            attrs.append(F("release.pages", str(ri(2, 40)), kind="Int"))
        else:
            attrs.append(F("release.recipient", "provider_office"))
            attrs.append(F("fax.to", ch(["(614) 555-0100", "(937) 555-0188", "18885550177"])))
            attrs.append(F("release.pages", str(ri(2, 40)), kind="Int"))
    else:
        attrs.append(F("http.url", "https://api.sendgrid.com/v3/mail/send"))
        attrs.append(F("notify.channel", "email"))
        attrs.append(F("notify.from", ch(SYS_EMAILS)))
        if phi:
            attrs.append(F("notify.to", p.email, "email"))
        else:
            attrs.append(F("notify.to_domain_count", str(ri(1, 30)), kind="Int"))
    attrs.append(F("http.status_code", str(ch([200, 201, 201, 400, 429])), kind="Int"))
    return dict(name=S("POST"), kind="Client", stype="client", attrs=attrs, events=ev)


def sc_identity(p, phi, svc, lang):
    attrs = http_server_attrs(lang, "POST", S("/v1/identity/verify"), None, "/v1/identity/verify", ch([200, 200, 422]))
    attrs.append(F("idv.vendor", ch(["persona", "socure", "onfido"])))
    attrs.append(F("idv.session_id", "inq_" + alnum(24, "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789")))
    ev = []
    if phi:
        v = ri(0, 3)
        if v == 0:
            attrs.append(F("idv.document_type", "drivers_license"))
            attrs.append(F("idv.document_number", p.dl, "license"))
            attrs.append(F("idv.document_state", p.state))
        elif v == 1:
            body = [('{"subject":"', None), (p.portal_id, "other_id"), ('","selfie":"', None),
                    ("data:image/jpeg;base64," + b64_photo(), "photo"), ('"}', None)]
            ev.append(("http.request.body", [F("body.truncated", "true", kind="Bool"), F("body", body)]))
        elif v == 2:
            attrs.append(F("idv.face_template", b64_biometric("face"), "biometric"))
            attrs.append(F("idv.match_score", "%.4f" % random.uniform(0.6, 0.99), kind="Double"))
        else:
            attrs.append(F("idv.ssn_last9", p.ssn.replace("-", ""), "ssn"))
            attrs.append(F("idv.dob", date_fmt(p.dob, "iso"), "date"))
    else:
        attrs.append(F("idv.document_type", ch(["drivers_license", "passport", "state_id"])))
        attrs.append(F("idv.selfie_sha256", hexs(64)))
        attrs.append(F("idv.match_score", "%.4f" % random.uniform(0.6, 0.99), kind="Double"))
    return dict(name=S("POST /v1/identity/verify"), kind="Server", stype="server", attrs=attrs, events=ev)


def sc_ivr(p, phi, svc, lang):
    attrs = [F("ivr.call_sid", "CA" + hexs(32)), F("ivr.dnis", ch(COMPANY_PHONES)), F("ivr.flow", "voice_auth_v2")]
    if phi:
        attrs.append(F("ivr.caller_ani", phone_fmt(p.phone_digits, 2), "phone"))
        if coin(0.6):
            attrs.append(F("voice.template_b64", b64_biometric("voice"), "biometric"))
        attrs.append(F("voice.match_score", "%.3f" % random.uniform(0.5, 0.99), kind="Double"))
    else:
        attrs.append(F("ivr.caller_ani_hash", hexs(40)))
        attrs.append(F("voice.match_score", "%.3f" % random.uniform(0.5, 0.99), kind="Double"))
        attrs.append(F("voice.model_version", ch(["vb-4.2.1", "vb-4.3.0"])))
    return dict(name=S("VoiceAuthenticator.verify"), kind="Internal", stype="internal", attrs=attrs, events=[])


def sc_device(p, phi, svc, lang):
    attrs = [F("rpm.device.model", ch(["BP5S", "G7", "Libre 3", "BG1S", "Body Composition Scale BCM-300"])),
             F("rpm.firmware", "%d.%d.%d" % (ri(1, 4), ri(0, 9), ri(0, 20))),
             F("rpm.readings.count", str(ri(1, 288)), kind="Int"),
             F("rpm.reading.systolic", str(ri(104, 168)), kind="Int")]
    if phi:
        v = ri(0, 3)
        if v == 0:
            attrs.append(F("rpm.device.serial", p.cgm, "device"))
        elif v == 1:
            attrs.append(F("rpm.device.ble_mac", p.mac, "device"))
        elif v == 2:
            attrs.append(F("device.imei", p.imei, "device"))
            attrs.append(F("rpm.patient_mrn", p.mrn, "mrn"))
        else:
            attrs.append(F("rpm.device.udi", p.udi, "device"))
    else:
        attrs.append(F("rpm.sync.batch_id", uid()))
        attrs.append(F("rpm.gateway", "gw-%s" % hexs(6)))
    return dict(name=S("device-sync.ingest"), kind="Consumer", stype="msg", attrs=attrs, events=[])


def sc_pickup(p, phi, svc, lang):
    attrs = [F("pickup.store_id", str(ri(1000, 1999)), kind="Int"), F("pickup.order_id", "ORD-2024-%07d" % ri(1, 9999999)),
             F("pickup.bay", str(ri(1, 6)), kind="Int")]
    if phi:
        if coin(0.6):
            attrs.append(F("pickup.vehicle.plate", p.plate, "vehicle"))
            attrs.append(F("pickup.vehicle.color", ch(["silver", "blue", "white", "red", "black"])))
        else:
            attrs.append(F("claim.accident.vin", p.vin, "vehicle"))
            attrs.append(F("claim.accident.date", date_fmt(p.admit, "iso"), "date"))
    else:
        attrs.append(F("pickup.eta_seconds", str(ri(30, 900)), kind="Int"))
        attrs.append(F("pickup.sku_count", str(ri(1, 4)), kind="Int"))
    return dict(name=S("CurbsideService.arrive"), kind="Internal", stype="internal", attrs=attrs, events=[])


def sc_kit(p, phi, svc, lang):
    attrs = [F("lab.order_id", "LO-%08d" % ri(1, 99999999)), F("lab.loinc", ch(["4548-4", "2093-3", "13457-7", "14647-2"])),
             F("kit.sku", ch(["HBA1C-HOME-01", "LIPID-HOME-02", "FIT-CRC-01"]))]
    if phi:
        attrs.append(F("kit.id", p.kit, "other_id"))
        if coin(0.6):
            attrs.append(F("specimen.collection_date", date_fmt(p.collect, "iso"), "date"))
        if coin(0.3):
            attrs.append(F("patient.zip", p.zip, "zip"))
    else:
        attrs.append(F("kit.lot", "LOT-24%s%03d" % (ch("ABC"), ri(1, 999))))
        attrs.append(F("kit.tracking", "1Z%s%s" % (alnum(6), digits(10))))
    return dict(name=S("kit.activate"), kind="Internal", stype="internal", attrs=attrs, events=[])


def sc_validation(p, phi, svc, lang):
    attrs = http_server_attrs(lang, "POST", S("/api/v1/intake/forms"), None, "/api/v1/intake/forms", 422)
    ev = []
    if phi:
        v = ri(0, 3)
        if v == 0:
            msg = [("1 validation error for IntakeForm\nemergency_contact.phone\n  value is not a valid phone number [type=value_error, input_value='", None),
                   (phone_fmt(p.ec_phone_digits, 1), "phone"), (" ext", None), ("', input_type=str]", None)]
        elif v == 1:
            msg = [("1 validation error for IntakeForm\nssn\n  String should match pattern '^\\d{3}-\\d{2}-\\d{4}$' [type=string_pattern_mismatch, input_value='", None),
                   (p.ssn.replace("-", " "), "ssn"), ("', input_type=str]", None)]
        elif v == 2:
            msg = [("2 validation errors for IntakeForm\nguarantor.name\n  Field required [type=missing]\naddress.postal_code\n  String should have at most 5 characters [type=string_too_long, input_value='", None),
                   (p.zip + "-" + digits(4), "zip"), ("', input_type=str]", None)]
        else:
            msg = [("1 validation error for IntakeForm\ndate_of_birth\n  Input should be a valid date [type=date_from_datetime_parsing, input_value='", None),
                   (date_fmt(p.dob, "us"), "date"), ("', input_type=str]", None)]
        ev.append(("exception", [F("exception.type", "pydantic_core._pydantic_core.ValidationError"), F("exception.message", msg)]))
    else:
        ev.append(("exception", [F("exception.type", "pydantic_core._pydantic_core.ValidationError"),
                                 F("exception.message", "1 validation error for IntakeForm\nconsent_version\n  Input should be 'v7' or 'v8' [type=literal_error, input_value='v6', input_type=str]")]))
    return dict(name=S("POST /api/v1/intake/forms"), kind="Server", stype="server", attrs=attrs, events=ev)


def sc_kafka(p, phi, svc, lang):
    topic = ch(["ehr.patient.updated.v2", "clinical.appointment.events", "rcm.claim.submitted", "rpm.readings.raw"])
    attrs = [F("messaging.system", "kafka"), F("messaging.destination.name", topic),
             F("messaging.kafka.destination.partition", str(ri(0, 11)), kind="Int"),
             F("messaging.operation", "publish")]
    if phi:
        k, kc = ch([(p.mrn, "mrn"), (p.mrn, "mrn"), (p.email, "email")])
        attrs.append(F("messaging.kafka.message.key", k, kc))
    else:
        attrs.append(F("messaging.kafka.message.key", uid()))
    attrs.append(F("messaging.message.body.size", str(ri(300, 9000)), kind="Int"))
    return dict(name=S(topic + " publish"), kind="Producer", stype="msg", attrs=attrs, events=[])


def sc_health(p, phi, svc, lang):
    path = ch(["/healthz", "/readyz", "/metrics", "/livez"])
    attrs = http_server_attrs(lang, "GET", S(path), None, path, 200, ua=ch(["kube-probe/1.29", "Prometheus/2.51.2"]))
    return dict(name=S("GET " + path), kind="Server", stype="server", attrs=attrs, events=[])


def sc_client_err(p, phi, svc, lang):
    attrs = [F("http.method", "GET"), F("http.url", "http://%s.svc.cluster.local:8080/internal/v1/%s" %
                                          (ch(["scheduling-svc.clinical", "identity-svc.identity", "billing-api.rcm"]),
                                           ch(["slots/bulk", "tokens/introspect", "invoices/pending"]))),
             F("http.status_code", str(ch([500, 502, 503, 504])), kind="Int"), F("net.peer.name", ch(NODES))]
    ev = [("exception", [F("exception.type", ch(["requests.exceptions.ReadTimeout", "java.net.SocketTimeoutException", "Error"])),
                         F("exception.message", ch(["HTTPConnectionPool(host='billing-api.rcm.svc.cluster.local', port=8080): Read timed out. (read timeout=5)",
                                                    "Read timed out", "connect ECONNREFUSED %s:8080" % private_ip(),
                                                    "upstream connect error or disconnect/reset before headers. reset reason: overflow"]))])]
    return dict(name=S("GET"), kind="Client", stype="client", attrs=attrs, events=ev)


def sc_custom(p, phi, svc, lang):
    op = ch(["intake.form.submit", "coverage.upsert", "profile.update", "records.release", "billing.autopay.enroll",
             "careplan.enroll", "telehealth.session.start"])
    attrs = [F("app.operation", op), F("app.handler", ch(["IntakeController.submit", "ProfileService.update", "ReleaseWorker.run", "AutopayJob.enroll"]))]
    attrs += record(p, phi, "dot", ncats=ri(1, 3), nclean=ri(1, 3))
    attrs = [(k if "." in k else "app." + k, s, kd) for k, s, kd in attrs]
    return dict(name=S(op), kind="Internal", stype="internal", attrs=attrs, events=[])


PHI_SCEN = [(sc_custom, 7), (sc_search, 5), (sc_path_mrn, 4), (sc_db, 6), (sc_eligibility, 3), (sc_notify, 3), (sc_identity, 3),
            (sc_ivr, 1.5), (sc_device, 2), (sc_pickup, 1.5), (sc_kit, 1.5), (sc_validation, 3), (sc_kafka, 2)]
CLEAN_SCEN = PHI_SCEN + [(sc_health, 4), (sc_client_err, 3)]
SVC_FOR = {sc_custom: ["intake-worker", "patient-portal-api", "billing-api", "claims-ingest", "mobile-bff", "scheduling-svc"],
           sc_search: ["patient-portal-api", "mobile-bff", "scheduling-svc"],
           sc_path_mrn: ["patient-portal-api", "mobile-bff", "scheduling-svc"],
           sc_db: ["patient-portal-api", "scheduling-svc", "intake-worker", "billing-api", "device-sync"],
           sc_eligibility: ["eligibility-gw"], sc_notify: ["notify-dispatcher"], sc_identity: ["identity-svc"],
           sc_ivr: ["ivr-auth"], sc_device: ["device-sync"], sc_pickup: ["rx-refill-svc", "claims-ingest"],
           sc_kit: ["labs-results-svc"], sc_validation: ["patient-portal-api", "claims-ingest"],
           sc_kafka: ["intake-worker", "scheduling-svc", "device-sync"],
           sc_health: list(SERVICES), sc_client_err: ["patient-portal-api", "notify-dispatcher", "mobile-bff"]}


def pick_scenario(phi):
    pool = PHI_SCEN if phi else CLEAN_SCEN
    fn = random.choices([f for f, _ in pool], weights=[w for _, w in pool])[0]
    svc = ch(SVC_FOR[fn])
    return fn, svc


def build_spans(phi, p, nmax=2):
    fn, svc = pick_scenario(phi)
    lang = SERVICES[svc][1]
    sp = fn(p, phi, svc, lang)
    spans = [sp]
    if coin(0.35) and nmax > 1:
        extra = sc_db(p, False, svc, lang) if coin() else sc_health(p, False, svc, lang)
        spans.append(extra)
    tid = hexs(32)
    t0 = tick()
    for i, s in enumerate(spans):
        s["trace_id"] = tid
        s["span_id"] = hexs(16)
        s["parent"] = "" if i == 0 and coin(0.5) else hexs(16)
        st = t0 - ri(5_000_000, 900_000_000)
        s["start"] = st
        s["end"] = st + ri(400_000, 400_000_000)
        s["status"] = "Error" if any(e[0] == "exception" for e in s["events"]) else ch(["Unset", "Unset", "Unset", "Ok"])
        s["scope"] = LANG_SCOPES[lang][s["stype"]]
    return svc, lang, spans


# ---------------------------------------------------------------- generic record fields
def keyfmt(words, style):
    if style == "dot":
        return ".".join(words)
    if style == "snake":
        return "_".join(words)
    if style == "camel":
        return words[0] + "".join(w[:1].upper() + w[1:] for w in words[1:])
    return "-".join(words)


def phi_fields(p, cat, style):
    """Return list of (key, segs, kind) carrying PHI of category cat."""
    k = lambda *opts: keyfmt(ch(opts), style)
    if cat == "name":
        if coin(0.5):
            return [F(k(["patient", "name"], ["member", "name"], ["full", "name"], ["pt", "name"], ["subscriber", "name"]), p.name, "name")]
        return [F(k(["first", "name"], ["given", "name"], ["fname"]), p.first, "name"),
                F(k(["last", "name"], ["family", "name"], ["lname"], ["surname"]), p.last, "name")]
    if cat == "dob":
        return [F(k(["dob"], ["birth", "date"], ["date", "of", "birth"], ["patient", "dob"], ["birth", "dt"]), date_fmt(p.dob), "date")]
    if cat == "appt":
        v = ri(0, 3)
        if v == 0:
            return [F(k(["appointment", "start"], ["appt", "start"], ["scheduled", "for"]), p.appt.strftime(ch(["%Y-%m-%dT%H:%M:00-04:00", "%Y-%m-%d %H:%M", "%m/%d/%Y %I:%M %p"])), "date")]
        if v == 1:
            return [F(k(["admit", "date"], ["admission", "date"], ["adm", "dt"]), date_fmt(p.admit, "iso"), "date"),
                    F(k(["discharge", "date"], ["disch", "dt"]), date_fmt(p.discharge, "iso"), "date")]
        if v == 2:
            return [F(k(["collection", "date"], ["specimen", "collected"], ["collected", "on"]), date_fmt(p.collect, "iso"), "date")]
        return [F(k(["service", "date"], ["dos"], ["date", "of", "service"]), date_fmt(p.admit, ch(["iso", "us"])), "date")]
    if cat == "age":
        return [F(k(["age"], ["patient", "age"], ["age", "years"]), str(p.age), "age" if p.age > 89 else None, kind="Int")]
    if cat == "phone":
        return [F(k(["phone"], ["mobile"], ["phone", "number"], ["cell"], ["contact", "phone"], ["home", "phone"]), phone_fmt(p.phone_digits), "phone")]
    if cat == "fax":
        return [F(k(["fax"], ["fax", "number"], ["home", "fax"], ["recipient", "fax"]), phone_fmt(p.fax_digits, ch([0, 1, 4])), "fax")]
    if cat == "email":
        return [F(k(["email"], ["email", "address"], ["user", "email"], ["contact", "email"]), p.email, "email")]
    if cat == "ssn":
        return [F(k(["ssn"], ["social"], ["guarantor", "ssn"], ["tax", "id"]), ch([p.ssn, p.ssn, p.ssn.replace("-", "")]), "ssn")]
    if cat == "mrn":
        return [F(k(["mrn"], ["patient", "id"], ["medical", "record", "number"], ["ehr", "mrn"], ["pid"]), p.mrn, "mrn")]
    if cat == "health_plan":
        if p.mbi and coin(0.5):
            return [F(k(["mbi"], ["medicare", "id"], ["medicare", "beneficiary", "id"]), p.mbi, "health_plan")]
        if p.medicaid and coin(0.5):
            return [F(k(["medicaid", "id"], ["medicaid", "number"]), p.medicaid, "health_plan")]
        return [F(k(["member", "id"], ["subscriber", "id"], ["insurance", "member", "id"], ["policy", "member", "no"]), p.member, "health_plan")]
    if cat == "account":
        v = ri(0, 2)
        if v == 0:
            return [F(k(["card", "number"], ["pan"], ["cc", "num"]), p.card, "account")]
        if v == 1 and p.iban:
            return [F(k(["iban"], ["bank", "iban"]), p.iban, "account")]
        return [F(k(["billing", "account"], ["acct", "no"], ["account", "number"]), p.billing_acct, "account")]
    if cat == "license":
        return [F(k(["drivers", "license"], ["dl", "number"], ["license", "number"], ["dl", "num"]), p.dl, "license")]
    if cat == "vehicle":
        if coin():
            return [F(k(["vin"], ["vehicle", "vin"]), p.vin, "vehicle")]
        return [F(k(["license", "plate"], ["plate"], ["vehicle", "plate"]), p.plate, "vehicle")]
    if cat == "device":
        v = ri(0, 3)
        if v == 0:
            return [F(k(["device", "serial"], ["cgm", "serial"], ["meter", "sn"]), p.cgm, "device")]
        if v == 1:
            return [F(k(["imei"], ["device", "imei"]), p.imei, "device")]
        if v == 2:
            return [F(k(["ble", "mac"], ["device", "mac"], ["cuff", "mac"]), p.mac, "device")]
        return [F(k(["udi"], ["device", "udi"]), p.udi, "device")]
    if cat == "url":
        return [F(k(["profile", "url"], ["website"], ["social", "url"], ["share", "link"]), p.url, "url")]
    if cat == "ip":
        return [F(k(["client", "ip"], ["ip", "address"], ["remote", "addr"], ["x", "forwarded", "for"]), ch([p.ip, p.ip, p.ip6]), "ip")]
    if cat == "biometric":
        kind = ch(["face", "voice", "finger"])
        key = {"face": k(["face", "template"], ["face", "embedding"]), "voice": k(["voiceprint"], ["voice", "template"]),
               "finger": k(["fingerprint", "template"], ["fp", "template"])}[kind]
        return [F(key, b64_biometric(kind), "biometric")]
    if cat == "photo":
        if coin():
            return [F(k(["selfie"], ["photo"], ["id", "photo"], ["avatar"]), "data:image/%s;base64," % ch(["jpeg", "png"]) + b64_photo(n=ri(120, 300)), "photo")]
        return [F(k(["photo", "b64"], ["profile", "image"], ["selfie", "jpeg"]), b64_photo(n=ri(120, 300)), "photo")]
    if cat == "other_id":
        v = ri(0, 3)
        if v == 0:
            return [F(k(["kit", "id"], ["kit"], ["test", "kit", "id"]), p.kit, "other_id")]
        if v == 1:
            return [F(k(["case", "number"], ["case", "id"], ["appeal", "id"]), p.case, "other_id")]
        if v == 2 and p.natid:
            return [F(keyfmt(p.natid[0].split("_"), style), p.natid[1], "other_id")]
        return [F(k(["username"], ["portal", "username"], ["login"]), p.username, "other_id")]
    if cat == "address":
        if coin(0.5):
            return [F(k(["address"], ["home", "address"], ["addr"]), [(p.street + ", " + p.city, "address"), (", %s " % p.state, None), (p.zip, "zip")])]
        return [F(k(["street"], ["address", "line1"], ["addr", "1"]), p.street, "address"),
                F(k(["city"]), p.city, "address"), F(k(["state"]), p.state),
                F(k(["zip"], ["postal", "code"], ["zip", "code"]), p.zip, "zip")]
    if cat == "ec":
        return [F(k(["emergency", "contact", "name"], ["ec", "name"], ["next", "of", "kin"]), p.ec_name, "name"),
                F(k(["emergency", "contact", "relation"], ["ec", "rel"]), p.ec_rel),
                F(k(["emergency", "contact", "phone"], ["ec", "phone"]), phone_fmt(p.ec_phone_digits), "phone")]
    raise ValueError(cat)


CAT_W = {"name": 4, "dob": 4, "appt": 3, "age": 3, "phone": 2, "fax": 3, "email": 2, "ssn": 3, "mrn": 3,
         "health_plan": 3, "account": 3.5, "license": 4, "vehicle": 3, "device": 1.5, "url": 5, "ip": 2,
         "biometric": 2, "photo": 3.5, "other_id": 2, "address": 4, "ec": 2}


def pick_cats(n):
    cats = []
    while len(cats) < n:
        c = random.choices(list(CAT_W), weights=list(CAT_W.values()))[0]
        if c not in cats:
            cats.append(c)
    return cats


def clean_fields(style, n):
    k = lambda *opts: keyfmt(ch(opts), style)
    gens = [
        lambda: F(k(["request", "id"], ["req", "id"], ["correlation", "id"]), uid()),
        lambda: F(k(["order", "id"], ["order", "number"]), "ORD-2024-%07d" % ri(1, 9999999)),
        lambda: F(k(["sku"]), ch(["RX-GLP1-PEN-4PK", "BPCUFF-ARM-L", "CGM-G7-10D", "HBA1C-HOME-01"])),
        lambda: F(k(["tracking", "number"], ["tracking"]), "1Z%s%s" % (alnum(6), digits(10))),
        lambda: F(k(["duration", "ms"], ["elapsed", "ms"], ["latency", "ms"]), str(ri(2, 4800)), kind="Int"),
        lambda: F(k(["amount"], ["copay"], ["amount", "due"]), "%d.%02d" % (ri(0, 480), ri(0, 99)), kind="Double"),
        lambda: F(k(["staff", "id"], ["actor", "id"], ["updated", "by"]), ch(STAFF)[1]),
        lambda: F(k(["clinic", "id"], ["location", "id"]), str(ri(100, 420)), kind="Int"),
        lambda: F(k(["provider", "npi"], ["rendering", "npi"]), ch(NPIS)),
        lambda: F(k(["group", "number"], ["group", "no"]), "%07d" % ri(100000, 9999999)),
        lambda: F(k(["appointment", "id"], ["appt", "id"], ["encounter", "id"]), uid()),
        lambda: F(k(["app", "version"], ["version"]), "%d.%d.%d" % (ri(1, 7), ri(0, 40), ri(0, 20))),
        lambda: F(k(["retry", "count"], ["attempt"]), str(ri(0, 5)), kind="Int"),
        lambda: F(k(["region"]), ch(["us-east-2", "us-west-2"])),
        lambda: F(k(["status"], ["state"]), ch(["scheduled", "completed", "PENDING", "failed", "delivered", "in_review"])),
        lambda: F(k(["payer", "id"]), ch(["87726", "60054", "62308", "00430"])),
        lambda: F(k(["batch", "id"], ["job", "id"]), "job-%s" % hexs(12)),
        lambda: F(k(["created", "at"], ["ts"]), fts(NOW_NS - ri(0, 10**11), "rfc3")),
        lambda: F(k(["bytes"], ["payload", "size"]), str(ri(120, 65000)), kind="Int"),
        lambda: F(k(["age"], ["patient", "age"]), str(ri(19, 88)), kind="Int"),
        lambda: F(k(["reading", "value"], ["glucose", "mg", "dl"]), str(ri(70, 260)), kind="Int"),
        lambda: F(k(["reply", "to"], ["sender"]), ch(SYS_EMAILS)),
        lambda: F(k(["tenant"], ["org", "id"]), ch(["cedarline-prod", "cl-health-01", "tenant-7"])),
    ]
    out, used = [], set()
    while len(out) < n:
        i = ri(0, len(gens) - 1)
        if i in used:
            continue
        used.add(i)
        out.append(gens[i]())
    return out


def record(p, phi, style, ncats=None, nclean=None):
    """Mix of clean look-alike fields and (optionally) PHI fields, PHI guaranteed when phi."""
    fields = clean_fields(style, nclean if nclean is not None else ri(2, 4))
    if phi:
        fields = [f for f in fields if "age" not in f[0].lower() or "page" in f[0].lower()]
        ph = []
        cats = pick_cats(ncats or ri(1, 3))
        if p.age > 89 and "age" not in cats and coin(0.6):
            cats.append("age")
        for c in cats:
            ph.extend(phi_fields(p, c, style))
        if not has_phi(ph):
            ph.extend(phi_fields(p, "mrn", style))
        # realistic order: identity fields first, then look-alikes mixed in
        pos = 0
        for f in ph:
            pos = ri(pos, len(fields))
            fields.insert(pos, f)
            pos += 1
    else:
        fields = [f for f in fields if not has_phi([f])]
    return fields


# ---------------------------------------------------------------- app messages (free text)
def app_msg(p, phi):
    if phi:
        v = ri(0, 16)
        if v == 15:
            return [("Records share link generated for ", None), (p.name, "name"), (": ", None), (p.url, "url"),
                    (" (expires in 72h)", None)]
        if v == 16:
            return [("Profile updated by patient ", None), (p.portal_id, "other_id"), (": website=", None), (p.url, "url")]
        if v == 0:
            return [("Eligibility 271 returned inactive coverage for member ", None), (p.member, "health_plan"),
                    (" (", None), (p.name, "name"), (")", None)]
        if v == 1:
            return [("Sending appointment reminder to ", None), (phone_fmt(p.phone_digits), "phone"), (" for appt %s at " % uid(), None),
                    (p.appt.strftime("%Y-%m-%d %H:%M"), "date")]
        if v == 2:
            return [("Patient lookup miss: mrn=", None), (p.mrn, "mrn"), (" dob=", None), (date_fmt(p.dob), "date")]
        if v == 3:
            return [("Fax delivery failed to ", None), (phone_fmt(p.fax_digits, 0), "fax"), (" (recipient: patient ", None),
                    (p.name, "name"), ("), provider=srfax code=BUSY", None)]
        if v == 4:
            if p.age > 89:
                return [("Age gate: patient ", None), (p.mrn, "mrn"), (" is ", None), (str(p.age), "age"),
                        (" years old, routing to geriatric care team queue=gcare-%d" % ri(1, 4), None)]
            return [("Age gate: patient ", None), (p.mrn, "mrn"), (" is %d years old, standard queue" % p.age, None)]
        if v == 5:
            return [("Address validation failed: ", None), (p.street + ", " + p.city, "address"), (", %s " % p.state, None),
                    (p.zip, "zip"), (" (USPS: ADDRESS NOT FOUND)", None)]
        if v == 6:
            return [("Kit ", None), (p.kit, "other_id"), (" activated by ", None), (p.email, "email")]
        if v == 7:
            return [("Card declined for billing account ", None), (p.billing_acct, "account"), (": insufficient_funds (amount=$%d.%02d)" % (ri(5, 400), ri(0, 99)), None)]
        if v == 8:
            return [("Emergency contact updated for ", None), (p.mrn, "mrn"), (": ", None), (p.ec_name, "name"),
                    (" (%s) " % p.ec_rel, None), (phone_fmt(p.ec_phone_digits, 0), "phone")]
        if v == 9:
            return [("Login failed for user '", None), (p.username, "other_id"), ("' from ", None), (p.ip, "ip"), (": bad password (3/5)", None)]
        if v == 10:
            return [("Discharge summary queued: admitted ", None), (date_fmt(p.admit, "iso"), "date"), (" discharged ", None),
                    (date_fmt(p.discharge, "iso"), "date"), (" mrn ", None), (p.mrn, "mrn")]
        if v == 11:
            return [("Curbside arrival: plate ", None), (p.plate, "vehicle"), (" order ORD-2024-%07d bay %d" % (ri(1, 9999999), ri(1, 6)), None)]
        if v == 12:
            return [("SSN mismatch on guarantor record for ", None), (p.name, "name"), (": submitted ", None), (p.ssn, "ssn")]
        if v == 13:
            return [("Paired CGM ", None), (p.cgm, "device"), (" to patient ", None), (p.portal_id, "other_id"), (" fw=%d.%d.%d" % (ri(1, 3), ri(0, 9), ri(0, 9)), None)]
        return [("Medicare MBI verification failed for ", None), (p.name, "name"), (": ", None),
                ((p.mbi or make_mbi()), "health_plan"), (" not found in CMS MBI lookup", None)]
    v = ri(0, 13)
    s = ch(STAFF)
    return S([
        "Processed batch of %d eligibility requests in %.2fs" % (ri(50, 900), random.uniform(0.2, 9)),
        "Reminder job finished: sent=%d failed=%d skipped=%d" % (ri(100, 3000), ri(0, 12), ri(0, 300)),
        "Connection pool exhausted (max=%d), waiting %dms" % (ch([10, 20, 50]), ri(50, 900)),
        "Feature flag rpm_v2_sync evaluated to true for clinic %d" % ri(100, 420),
        "Provider Dr. %s (NPI %s) schedule regenerated for 2024-05-%02d" % (ch([x for x in STAFF if x[3] == "physician"])[0], ch(NPIS), ri(15, 31)),
        "Order ORD-2024-%07d shipped via UPS 1Z%s%s" % (ri(1, 9999999), alnum(6), digits(10)),
        "Kafka consumer group intake-worker rebalanced: assigned partitions [%d %d %d]" % (ri(0, 3), ri(4, 7), ri(8, 11)),
        "Chart note signed by %s (%s) encounter=%s" % (s[0], s[1], uid()),
        "Token refresh for staff user %s@%s succeeded" % (s[2], COMPANY_DOMAIN),
        "Retrying claim batch job-%s (attempt %d/5) after 503 from clearinghouse" % (hexs(12), ri(1, 4)),
        "Cache warmup done: 14812 slots for 2024-05-%02d..2024-06-%02d" % (ri(14, 20), ri(1, 14)),
        "PHI scrubber matched 0 fields in %d records (rules v%d.%d)" % (ri(100, 5000), ri(3, 4), ri(0, 9)),
        "Escalated ticket SUP-%d to %s (support)" % (ri(10000, 99999), ch([x for x in STAFF if x[3] == "support_agent"])[0]),
        "Outbound email via %s accepted (message-id <%s@notify.cedarlinehealth.com>)" % (ch(SYS_EMAILS), hexs(20)),
    ][v])


# ---------------------------------------------------------------- renderers for span attribute values
def dbg_attr(L, key, segs, kind, indent="     "):
    L.t("%s-> %s: " % (indent, key))
    if kind == "Slice":
        L.t('Slice(["').sg(segs).t('"])\n')
    elif kind == "Bool":
        L.t("Bool(").sg(segs).t(")\n")
    else:
        L.t(kind + "(").sg(segs).t(")\n")


def otlp_attr(L, f):
    key, segs, kind = f
    L.t('{"key":"%s","value":{' % key)
    if kind == "Int":
        L.t('"intValue":"').sg(segs).t('"')
    elif kind == "Double":
        L.t('"doubleValue":').sg(segs)
    elif kind == "Bool":
        L.t('"boolValue":').sg(segs)
    elif kind == "Slice":
        L.t('"arrayValue":{"values":[{"stringValue":"').sg(segs, jesc).t('"}]}')
    else:
        L.t('"stringValue":"').sg(segs, jesc).t('"')
    L.t("}}")


def otlp_attrs(L, fields):
    L.t("[")
    for i, f in enumerate(fields):
        if i:
            L.t(",")
        otlp_attr(L, f)
    L.t("]")


def jaeger_tag(L, f):
    key, segs, kind = f
    if kind == "Int":
        L.t('{"key":"%s","type":"int64","value":' % key).sg(segs).t("}")
    elif kind == "Double":
        L.t('{"key":"%s","type":"float64","value":' % key).sg(segs).t("}")
    elif kind == "Bool":
        L.t('{"key":"%s","type":"bool","value":' % key).sg(segs).t("}")
    else:
        L.t('{"key":"%s","type":"string","value":"' % key).sg(segs, lambda s: jesc(s, html=True)).t('"}')


KIND_NUM = {"Internal": 1, "Server": 2, "Client": 3, "Producer": 4, "Consumer": 5}


# ---------------------------------------------------------------- families
def wrap_mode(L):
    """How a multi-line debug-exporter dump became a single line."""
    m = ri(0, 2)
    if m == 0:
        L.esc = lambda s: s.replace("\n", "\\n")
        return m, None
    if m == 1:
        ts = tick()
        L.t('{"log":"')
        L.esc = lambda s: jesc(s)
        return m, ts
    L.esc = lambda s: s.replace("\n", " ")
    return m, None


def unwrap(L, m, ts):
    L.esc = None
    if m == 1:
        L.t('","stream":"stderr","time":"%s"}' % fts(ts, "rfc9"))


def exporter_ctx(kind, name="debug"):
    if coin(0.5):
        return '{"kind": "exporter", "data_type": "%s", "name": "%s"}' % (kind, name)
    return '{"otelcol.component.id": "%s", "otelcol.component.kind": "Exporter", "otelcol.signal": "%s"}' % (name, kind)


def fam_otel_debug_traces(phi):
    L = Line("otelcol-debug-traces")
    p = person()
    svc, lang, spans = build_spans(phi, p)
    ts = fts(tick(), "zap")
    if not phi and coin(0.25):
        # basic verbosity: summary only
        L.t('%s\tinfo\t%s\t{"kind": "exporter", "data_type": "traces", "name": "debug", "resource spans": %d, "spans": %d}'
            % (ts, ch(["TracesExporter", "Traces"]), ri(1, 4), ri(1, 60)))
        return L
    m, wts = wrap_mode(L)
    L.t("%s\tinfo\tResourceSpans #0\n" % ts)
    L.t("Resource SchemaURL: https://opentelemetry.io/schemas/1.24.0\nResource attributes:\n")
    for key, segs, kind in res_attrs(svc):
        dbg_attr(L, key, segs, kind)
    for i, s in enumerate(spans):
        L.t("ScopeSpans #%d\nScopeSpans SchemaURL: \nInstrumentationScope %s %s\n" % ((i,) + s["scope"]))
        L.t("Span #0\n")
        L.t("    Trace ID       : %s\n    Parent ID      : %s\n    ID             : %s\n" % (s["trace_id"], s["parent"], s["span_id"]))
        L.t("    Name           : ").sg(s["name"]).t("\n")
        L.t("    Kind           : %s\n    Start time     : %s\n    End time       : %s\n" % (s["kind"], fts(s["start"], "gostr"), fts(s["end"], "gostr")))
        L.t("    Status code    : %s\n    Status message : \n" % s["status"])
        L.t("Attributes:\n")
        for key, segs, kind in s["attrs"]:
            dbg_attr(L, key, segs, kind)
        if s["events"]:
            L.t("Events:\n")
            for j, (ename, efields) in enumerate(s["events"]):
                L.t("SpanEvent #%d\n     -> Name: %s\n     -> Timestamp: %s\n     -> DroppedAttributesCount: 0\n     -> Attributes::\n"
                    % (j, ename, fts(s["end"] - ri(1000, 300000), "gostr")))
                for key, segs, kind in efields:
                    dbg_attr(L, key, segs, kind, indent="          ")
    L.t("\t" + exporter_ctx("traces"))
    unwrap(L, m, wts)
    return L


METRICS = [
    ("http.server.request.duration", "Duration of HTTP server requests.", "s", "Histogram"),
    ("http.server.duration", "Measures the duration of inbound HTTP requests.", "ms", "Histogram"),
    ("portal.login.attempts", "Login attempts to the patient portal", "{attempt}", "Sum"),
    ("notify.sms.sent", "SMS messages handed to provider", "{message}", "Sum"),
    ("rpm.device.battery", "Last reported battery level", "%", "Gauge"),
    ("db.client.connections.usage", "The number of connections that are currently in state described by the state attribute", "{connection}", "Sum"),
    ("process.runtime.jvm.memory.usage", "Measure of memory used", "By", "Sum"),
]
BOUNDS_S = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10]
BOUNDS_MS = [0, 5, 10, 25, 50, 75, 100, 250, 500, 750, 1000, 2500, 5000, 7500, 10000]


def metric_content(p, phi):
    """Return (metric tuple, datapoint attr fields, exemplar filtered attrs, values dict)."""
    if phi:
        mi = ch([0, 1, 2, 2, 3, 4])
    else:
        mi = ri(0, len(METRICS) - 1)
    m = METRICS[mi]
    dp, ex = [], []
    if mi in (0, 1):
        dp = [F("http.request.method" if mi == 0 else "http.method", ch(["GET", "POST"]))]
        if phi and coin(0.5):
            dp.append(F("http.route", [("/api/v1/patients/", None), (p.mrn, "mrn"), ("/" + ch(["documents", "coverage", "encounters"]), None)]))
            ex = [F("enduser.id", "svc-portal")] if coin(0.3) else []
        else:
            dp.append(F("http.route", ch(["/api/v1/appointments", "/api/v1/patients/{mrn}/documents", "/fhir/r4/Observation", "/api/v1/schedule/slots"])))
            if phi:
                ex = [F("enduser.id", ch([p.email, p.username]), None)]
                val = ex[0][1][0][0]
                ex = [F("enduser.id", val, "email" if "@" in val else "other_id")]
            elif coin(0.4):
                ex = [F("enduser.id", ch(STAFF)[1])]
        dp.append(F("http.response.status_code" if mi == 0 else "http.status_code", str(ch([200, 200, 201, 404, 500])), kind="Int"))
    elif mi == 2:
        dp = [F("outcome", ch(["failure", "success", "locked"]))]
        if phi:
            dp.append(F(ch(["user.email", "login.email", "user_email"]), p.email, "email") if coin(0.6)
                      else F(ch(["user.name", "username"]), p.username, "other_id"))
            if coin(0.3):
                dp.append(F("client.address", p.ip, "ip"))
        else:
            dp.append(F("auth.method", ch(["password", "magic_link", "sso"])))
    elif mi == 3:
        dp = [F("template", ch(["appt_reminder_v3", "rx_ready_v2", "otp_login"]))]
        if phi:
            dp.append(F("sms.to", phone_fmt(p.phone_digits, 2), "phone"))
        else:
            dp.append(F("provider", "twilio"))
    elif mi == 4:
        dp = [F("device.model", ch(["BP5S", "G7", "BG1S"]))]
        if phi:
            dp.append(F(ch(["device.serial", "device.id"]), p.cgm, "device") if coin(0.6) else F("device.mac", p.mac, "device"))
        else:
            dp.append(F("fw.version", "%d.%d.%d" % (ri(1, 4), ri(0, 9), ri(0, 20))))
    elif mi == 5:
        dp = [F("state", ch(["idle", "used"])), F("pool.name", "HikariPool-1")]
    else:
        dp = [F("type", "heap"), F("pool", ch(["G1 Eden Space", "G1 Old Gen", "G1 Survivor Space"]))]
    return mi, m, dp, ex


def fam_otel_debug_metrics(phi):
    L = Line("otelcol-debug-metrics")
    p = person()
    svc = ch(list(SERVICES))
    ns, lang, _ = SERVICES[svc]
    mi, m, dp, ex = metric_content(p, phi)
    if mi in (2, 3, 4):
        svc = {2: ch(["patient-portal-api", "identity-svc"]), 3: "notify-dispatcher", 4: "device-sync"}[mi]
    ts = fts(tick(), "zap")
    if not phi and coin(0.25):
        L.t('%s\tinfo\t%s\t{"kind": "exporter", "data_type": "metrics", "name": "debug", "resource metrics": %d, "metrics": %d, "data points": %d}'
            % (ts, ch(["MetricsExporter", "Metrics"]), ri(1, 5), ri(3, 80), ri(10, 400)))
        return L
    mode, wts = wrap_mode(L)
    L.t("%s\tinfo\tResourceMetrics #0\nResource SchemaURL: https://opentelemetry.io/schemas/1.24.0\nResource attributes:\n" % ts)
    for key, segs, kind in res_attrs(svc):
        dbg_attr(L, key, segs, kind)
    scope = {"python": ("opentelemetry.instrumentation.flask", "0.44b0"), "java": ("io.opentelemetry.tomcat-10.0", "2.3.0-alpha"),
             "nodejs": ("@opentelemetry/instrumentation-http", "0.51.0"), "go": ("go.opentelemetry.io/otel/sdk/metric", "1.24.0")}[SERVICES[svc][1]]
    if mi in (2, 3, 4):
        scope = ("cedarline.%s" % svc.replace("-", "_"), SERVICES[svc][2])
    L.t("ScopeMetrics #0\nScopeMetrics SchemaURL: \nInstrumentationScope %s %s\n" % scope)
    L.t("Metric #0\nDescriptor:\n     -> Name: %s\n     -> Description: %s\n     -> Unit: %s\n     -> DataType: %s\n" % m)
    now = tick()
    start = now - ri(600, 86400) * 10**9
    if m[3] == "Sum":
        L.t("     -> IsMonotonic: %s\n" % ("false" if mi == 5 else "true"))
    if m[3] != "Gauge":
        L.t("     -> AggregationTemporality: Cumulative\n")
    pt = "HistogramDataPoints" if m[3] == "Histogram" else "NumberDataPoints"
    L.t("%s #0\nData point attributes:\n" % pt)
    for key, segs, kind in dp:
        dbg_attr(L, key, segs, kind)
    L.t("StartTimestamp: %s\nTimestamp: %s\n" % (fts(start, "gostr"), fts(now, "gostr")))
    if m[3] == "Histogram":
        bounds = BOUNDS_S if m[2] == "s" else BOUNDS_MS
        counts = [ri(0, 400) for _ in range(len(bounds) + 1)]
        tot = sum(counts)
        mx = bounds[-1] * random.uniform(0.3, 1.2)
        L.t("Count: %d\nSum: %f\nMin: %f\nMax: %f\n" % (tot, tot * bounds[5] * random.uniform(0.5, 2), bounds[0] * 0.8, mx))
        for i, b in enumerate(bounds):
            L.t("ExplicitBounds #%d: %f\n" % (i, b))
        for i, c in enumerate(counts):
            L.t("Buckets #%d, Count: %d\n" % (i, c))
        if ex or coin(0.5):
            L.t("Exemplars:\nExemplar #0\n     -> Trace ID: %s\n     -> Span ID: %s\n     -> Timestamp: %s\n     -> Value: %f\n"
                % (hexs(32), hexs(16), fts(now - ri(10**8, 10**10), "gostr"), mx * random.uniform(0.5, 1)))
            if ex:
                L.t("     -> FilteredAttributes:\n")
                for key, segs, kind in ex:
                    dbg_attr(L, key, segs, kind, indent="          ")
    else:
        if m[3] == "Gauge":
            L.t("Value: %f\n" % random.uniform(5, 100))
        else:
            L.t("Value: %d\n" % (ri(1, 40) if mi in (2, 3) else ri(0, 90000)))
    L.t("\t" + exporter_ctx("metrics"))
    unwrap(L, mode, wts)
    return L


SEV = [("INFO", "Info", 9), ("WARN", "Warn", 13), ("ERROR", "Error", 17), ("DEBUG", "Debug", 5)]


def fam_otel_debug_logs(phi):
    L = Line("otelcol-debug-logs")
    p = person()
    svc = ch(["intake-worker", "notify-dispatcher", "eligibility-gw", "labs-results-svc", "claims-ingest", "patient-portal-api", "rx-refill-svc"])
    ts = fts(tick(), "zap")
    if not phi and coin(0.25):
        L.t('%s\tinfo\t%s\t{"kind": "exporter", "data_type": "logs", "name": "debug", "resource logs": %d, "log records": %d}'
            % (ts, ch(["LogsExporter", "Logs"]), ri(1, 3), ri(1, 200)))
        return L
    mode, wts = wrap_mode(L)
    L.t("%s\tinfo\tResourceLog #0\nResource SchemaURL: https://opentelemetry.io/schemas/1.24.0\nResource attributes:\n" % ts)
    for key, segs, kind in res_attrs(svc):
        dbg_attr(L, key, segs, kind)
    L.t("ScopeLogs #0\nScopeLogs SchemaURL: \nInstrumentationScope %s \n" % ch(["", svc, "cedarline.logging", "io.opentelemetry.logback-appender-1.0 2.3.0-alpha"]).strip())
    n = NOW_NS
    sev = ch(SEV)
    body_phi = phi and coin(0.65)
    attrs_phi = phi and (not body_phi or coin(0.3))
    L.t("LogRecord #0\nObservedTimestamp: %s\nTimestamp: %s\nSeverityText: %s\nSeverityNumber: %s(%d)\nBody: Str("
        % (fts(n, "gostr"), fts(n - ri(10**5, 10**8), "gostr"), sev[0], sev[1], sev[2]))
    L.sg(app_msg(p, body_phi)).t(")\nAttributes:\n")
    fields = [F("code.filepath", ch(["/app/intake/worker.py", "src/handlers/eligibility.go", "dist/jobs/reminders.js"])),
              F("code.lineno", str(ri(20, 900)), kind="Int")]
    fields += record(p, attrs_phi, "dot", nclean=ri(1, 2))
    for key, segs, kind in fields:
        dbg_attr(L, key, segs, kind)
    L.t("Trace ID: %s\nSpan ID: %s\nFlags: 1\n" % (hexs(32), hexs(16)))
    L.t("\t" + exporter_ctx("logs"))
    unwrap(L, mode, wts)
    return L


def fam_otelcol_internal(phi):
    L = Line("otelcol-internal")
    ts = fts(tick(), "zap")
    p = person()
    if phi:
        v = ri(0, 2)
        if v == 0:
            L.t('%s\terror\texporterhelper/queue_sender.go:101\tExporting failed. Dropping data.\t{"kind": "exporter", "data_type": "logs", "name": "loki", "error": "not retryable error: Permanent error: HTTP 400 \\"Bad Request\\": entry for stream \'{exporter=\\"OTLP\\", job=\\"%s\\", level=\\"%s\\", ' % (ts, ch(["portal/patient-portal-api", "identity/identity-svc"]), ch(["ERROR", "WARN"])))
            lbl = ch([("user_email", p.email, "email"), ("enduser_id", p.username, "other_id"), ("patient_mrn", p.mrn, "mrn")])
            L.t('%s=\\"' % lbl[0]).p(lbl[1], lbl[2]).t('\\"}\' has timestamp too old: %s, oldest acceptable timestamp is: %s", "dropped_items": %d}'
                                                        % (fts(NOW_NS - 10**13, "rfc0"), fts(NOW_NS - 7 * 10**12, "rfc0"), ri(1, 300)))
        elif v == 1:
            L.t('%s\twarn\tottl@v0.98.0/parser.go:362\tfailed to execute statement\t{"kind": "processor", "name": "transform/scrub_phi", "pipeline": "traces", "error": "invalid SHA256 input: expected string, got ' % ts)
            L.t('pcommon.Map{\\"mrn\\": \\"').p(p.mrn, "mrn").t('\\", \\"dob\\": \\"').p(date_fmt(p.dob, "iso"), "date")
            L.t('\\"}", "statement": "set(attributes[\\"patient.hash\\"], SHA256(attributes[\\"patient\\"]))"}')
        else:
            L.t('%s\tinfo\tredactionprocessor@v0.98.0/processor.go:118\tredaction blocked value\t{"kind": "processor", "name": "redaction/phi", "pipeline": "traces", "key": "http.target", "value": "' % ts)
            L.t("/api/v1/patients/search?ssn=").p(p.ssn, "ssn").t('", "rule": "^\\\\d{3}-\\\\d{2}-\\\\d{4}$"}')
        return L
    v = ri(0, 8)
    if v == 0:
        L.t('%s\tinfo\texporterhelper/retry_sender.go:118\tExporting failed. Will retry the request after interval.\t{"kind": "exporter", "data_type": "traces", "name": "otlp/tempo", "error": "rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial tcp %s:4317: connect: connection refused\\"", "interval": "%.9fs"}' % (ts, private_ip(), random.uniform(1, 30)))
    elif v == 1:
        L.t('%s\twarn\tmemorylimiter/memorylimiter.go:222\tMemory usage is above soft limit. Forcing a GC.\t{"kind": "processor", "name": "memory_limiter", "pipeline": "traces", "cur_mem_mib": %d}' % (ts, ri(1300, 1900)))
    elif v == 2:
        L.t('%s\tinfo\tmemorylimiter/memorylimiter.go:215\tMemory usage after GC.\t{"kind": "processor", "name": "memory_limiter", "pipeline": "traces", "cur_mem_mib": %d}' % (ts, ri(400, 1200)))
    elif v == 3:
        L.t('%s\tinfo\tservice@v0.98.0/service.go:169\tEverything is ready. Begin running and processing data.' % ts)
    elif v == 4:
        L.t('%s\terror\texporterhelper/queue_sender.go:101\tExporting failed. Dropping data.\t{"kind": "exporter", "data_type": "metrics", "name": "prometheusremotewrite/mimir", "error": "Permanent error: Permanent error: remote write returned HTTP status 400 Bad Request; err = %%!w(<nil>): send data to remote write endpoint: out of order sample", "dropped_items": %d}' % (ts, ri(10, 9000)))
    elif v == 5:
        L.t('%s\tinfo\tk8sattributesprocessor@v0.98.0/processor.go:115\tevaluating pod identifier\t{"kind": "processor", "name": "k8sattributes", "pipeline": "logs", "value": [{"Source":{"From":"resource_attribute","Name":"k8s.pod.ip"},"Value":"%s"}]}' % (ts, private_ip()))
    elif v == 6:
        L.t('%s\twarn\tbatchprocessor@v0.98.0/batch_processor.go:258\tSender failed\t{"kind": "processor", "name": "batch", "pipeline": "logs", "error": "sending queue is full"}' % ts)
    elif v == 7:
        L.t('%s\tinfo\tfileconsumer/file.go:261\tStarted watching file\t{"kind": "receiver", "name": "filelog", "data_type": "logs", "component": "fileconsumer", "path": "/var/log/pods/%s_%s_%s/%s/0.log"}' % (ts, ch(["clinical", "portal", "rcm"]), pod(ch(list(SERVICES))), uid(), ch(list(SERVICES))))
    else:
        L.t('%s\tinfo\ttailsamplingprocessor@v0.98.0/processor.go:289\tSampling policy evaluation completed\t{"kind": "processor", "name": "tail_sampling", "pipeline": "traces", "batch.len": %d, "sampled": %d, "notSampled": %d, "droppedPriorToEvaluation": 0, "policyEvaluationErrors": 0}' % (ts, ri(100, 900), ri(1, 90), ri(100, 800)))
    return L


def fam_otlp_json(phi):
    L = Line("otlp-json")
    p = person()
    kind = ch(["traces", "traces", "traces", "logs", "metrics"])
    if kind == "traces":
        svc, lang, spans = build_spans(phi, p)
        L.t('{"resourceSpans":[{"resource":{"attributes":')
        otlp_attrs(L, res_attrs(svc))
        L.t('},"scopeSpans":[')
        for i, s in enumerate(spans):
            sc = s["scope"]
            L.t((',' if i else '') + '{"scope":{"name":"%s"%s},"spans":[' % (sc[0], (',"version":"%s"' % sc[1]) if sc[1] else ""))
            L.t('{"traceId":"%s","spanId":"%s",' % (s["trace_id"], s["span_id"]))
            if s["parent"]:
                L.t('"parentSpanId":"%s",' % s["parent"])
            L.t('"name":"').sg(s["name"], jesc).t('","kind":%d,"startTimeUnixNano":"%d","endTimeUnixNano":"%d","attributes":' % (KIND_NUM[s["kind"]], s["start"], s["end"]))
            otlp_attrs(L, s["attrs"])
            if s["events"]:
                L.t(',"events":[')
                for j, (en, ef) in enumerate(s["events"]):
                    if j:
                        L.t(",")
                    L.t('{"timeUnixNano":"%d","name":"%s","attributes":' % (s["end"] - ri(1000, 300000), en))
                    otlp_attrs(L, ef)
                    L.t("}")
                L.t("]")
            st = {"Unset": "{}", "Ok": '{"code":1}', "Error": '{"code":2}'}[s["status"]]
            L.t(',"status":%s}]}' % st)
        L.t('],"schemaUrl":"https://opentelemetry.io/schemas/1.24.0"}]}')
    elif kind == "logs":
        svc = ch(["intake-worker", "notify-dispatcher", "eligibility-gw", "claims-ingest"])
        n = tick()
        sev = ch(SEV)
        body_phi = phi and coin(0.6)
        L.t('{"resourceLogs":[{"resource":{"attributes":')
        otlp_attrs(L, res_attrs(svc))
        L.t('},"scopeLogs":[{"scope":{"name":"%s"},"logRecords":[{"timeUnixNano":"%d","observedTimeUnixNano":"%d","severityNumber":%d,"severityText":"%s","body":{"stringValue":"'
            % (ch(["cedarline.logging", svc]), n - ri(10**5, 10**8), n, sev[2], sev[0]))
        L.sg(app_msg(p, body_phi), jesc).t('"},"attributes":')
        otlp_attrs(L, record(p, phi and not body_phi, "dot", nclean=ri(1, 3)))
        L.t(',"traceId":"%s","spanId":"%s"}]}]}]}' % (hexs(32), hexs(16)))
    else:
        mi, m, dp, ex = metric_content(p, phi)
        svc = {2: "patient-portal-api", 3: "notify-dispatcher", 4: "device-sync"}.get(mi, ch(list(SERVICES)))
        n = tick()
        st = n - ri(600, 86400) * 10**9
        L.t('{"resourceMetrics":[{"resource":{"attributes":')
        otlp_attrs(L, res_attrs(svc))
        L.t('},"scopeMetrics":[{"scope":{"name":"%s","version":"%s"},"metrics":[{"name":"%s","description":"%s","unit":"%s",'
            % ("go.opentelemetry.io/otel/sdk/metric", "1.24.0", m[0], m[1], m[2]))
        if m[3] == "Histogram":
            bounds = BOUNDS_S if m[2] == "s" else BOUNDS_MS
            counts = [ri(0, 400) for _ in range(len(bounds) + 1)]
            L.t('"histogram":{"dataPoints":[{"attributes":')
            otlp_attrs(L, dp)
            L.t(',"startTimeUnixNano":"%d","timeUnixNano":"%d","count":"%d","sum":%s,"bucketCounts":[%s],"explicitBounds":[%s]'
                % (st, n, sum(counts), round(sum(counts) * random.uniform(0.01, 0.3), 3), ",".join('"%d"' % c for c in counts), ",".join(str(b) for b in bounds)))
            if ex or coin(0.4):
                L.t(',"exemplars":[{"filteredAttributes":')
                otlp_attrs(L, ex)
                L.t(',"timeUnixNano":"%d","asDouble":%s,"spanId":"%s","traceId":"%s"}]' % (n - ri(10**8, 10**10), round(random.uniform(0.1, 3), 6), hexs(16), hexs(32)))
            L.t(',"min":%s,"max":%s}],"aggregationTemporality":2}}]}]}]}' % (round(random.uniform(0.001, 0.01), 4), round(random.uniform(1, 9), 4)))
        else:
            key = "gauge" if m[3] == "Gauge" else "sum"
            L.t('"%s":{"dataPoints":[{"attributes":' % key)
            otlp_attrs(L, dp)
            if key == "gauge":
                L.t(',"startTimeUnixNano":"%d","timeUnixNano":"%d","asDouble":%s}]}}]}]}]}' % (st, n, round(random.uniform(5, 100), 1)))
            else:
                L.t(',"startTimeUnixNano":"%d","timeUnixNano":"%d","asInt":"%d"}],"aggregationTemporality":2,"isMonotonic":%s}}]}]}]}'
                    % (st, n, ri(0, 90000), "false" if mi == 5 else "true"))
    return L


def fam_jaeger(phi):
    L = Line("jaeger-span-json")
    p = person()
    if not phi and coin(0.3):
        ts = tick()
        v = ri(0, 3)
        msgs = ['{"level":"info","ts":%s,"caller":"app/server.go:222","msg":"Query server started","http_addr":"[::]:16686","grpc_addr":"[::]:16685"}',
                '{"level":"info","ts":%s,"caller":"app/static_handler.go:109","msg":"Using UI configuration","path":""}',
                '{"level":"error","ts":%s,"caller":"app/http_handler.go:505","msg":"HTTP handler, Internal Server Error","error":"trace not found","stacktrace":"github.com/jaegertracing/jaeger/cmd/query/app.(*APIHandler).handleError\\n\\tgithub.com/jaegertracing/jaeger/cmd/query/app/http_handler.go:505"}',
                '{"level":"warn","ts":%s,"caller":"spanstore/reader.go:281","msg":"trace has more spans than limit","traceID":"' + hexs(32) + '","limit":10000}']
        L.t(msgs[v] % fts(ts, "secf"))
        return L
    svc, lang, spans = build_spans(phi, p, nmax=1)
    s = spans[0]
    L.t('{"traceID":"%s","spanID":"%s","operationName":"' % (s["trace_id"], s["span_id"]))
    L.sg(s["name"], lambda x: jesc(x, html=True))
    L.t('","references":[')
    if s["parent"]:
        L.t('{"refType":"CHILD_OF","traceID":"%s","spanID":"%s"}' % (s["trace_id"], s["parent"]))
    L.t('],"flags":1,"startTime":%d,"duration":%d,"tags":[' % (s["start"] // 1000, (s["end"] - s["start"]) // 1000))
    tags = [F("otel.library.name", s["scope"][0])]
    if s["scope"][1]:
        tags.append(F("otel.library.version", s["scope"][1]))
    tags += s["attrs"]
    tags.append(F("span.kind", s["kind"].lower()))
    if s["status"] == "Error":
        tags.append(F("error", "true", kind="Bool"))
        tags.append(F("otel.status_code", "ERROR"))
    tags.append(F("internal.span.format", "otlp"))
    for i, f in enumerate(tags):
        if i:
            L.t(",")
        jaeger_tag(L, f)
    L.t('],"logs":[')
    for j, (en, ef) in enumerate(s["events"]):
        if j:
            L.t(",")
        L.t('{"timestamp":%d,"fields":[' % ((s["end"] - ri(1000, 300000)) // 1000))
        jaeger_tag(L, F("event", en))
        for f in ef:
            L.t(",")
            jaeger_tag(L, f)
        L.t("]}")
    L.t('],"processID":"p1","warnings":null}')
    return L


def fam_tempo(phi):
    L = Line("tempo")
    p = person()
    ts = tick()
    v = ri(0, 2) if phi else ri(0, 4)
    if v == 0:
        # query-frontend access log with a TraceQL query typed by an engineer
        L.t("level=info ts=%s caller=handler.go:134 tenant=single-tenant method=GET traceID=%s url=\"/api/search?q="
            % (fts(ts, "rfc6"), hexs(16)))
        if phi:
            key, val, cat = ch([("span.enduser.id", p.username, "other_id"), ("span.patient.mrn", p.mrn, "mrn"),
                                ("span.notify.to", phone_fmt(p.phone_digits, 2), "phone"), ("span.user.email", p.email, "email"),
                                ("span.http.client_ip", p.ip, "ip")])
            L.t(qv("{ %s = \"" % key)).p(qv(val), cat).t(qv("\" }"))
        else:
            L.t(qv(ch(['{ resource.service.name = "intake-worker" && status = error }',
                       '{ span.http.status_code >= 500 } | rate() by (resource.service.name)',
                       '{ resource.k8s.namespace.name = "rcm" && duration > 2s }',
                       '{ span.db.system = "postgresql" && duration > 500ms }'])))
        st = ts // 10**9
        L.t("&start=%d&end=%d&limit=20&spss=3\" duration=%.6fms response_size=%d status=200" % (st - 3600, st, random.uniform(20, 4000), ri(200, 90000)))
        return L
    if v == 1:
        # search API result line
        svc, lang, spans = build_spans(phi, p, nmax=1)
        s = spans[0]
        L.t('{"traceID":"%s","rootServiceName":"%s","rootTraceName":"' % (s["trace_id"], svc)).sg(s["name"], jesc)
        L.t('","startTimeUnixNano":"%d","durationMs":%d,"spanSet":{"spans":[{"spanID":"%s","startTimeUnixNano":"%d","durationNanos":"%d","attributes":'
            % (s["start"], (s["end"] - s["start"]) // 10**6, s["span_id"], s["start"], s["end"] - s["start"]))
        keep = [f for f in s["attrs"] if has_phi([f])] if phi else []
        others = [f for f in s["attrs"] if not has_phi([f])]
        random.shuffle(others)
        attrs = keep + others[:ri(1, 3)]
        otlp_attrs(L, attrs)
        L.t('}],"matched":1}}')
        if phi and not keep:
            return None
        return L
    if v == 2:
        # tempo-cli / query result of a single span in OTLP-ish form via tempo API (v2 traces)
        if phi:
            fields = phi_fields(p, ch(["biometric", "photo"]), "dot")
        else:
            fields = [ch([F("http.user_agent", ch(UAS[:4])), F("exception.stacktrace", "Traceback (most recent call last):\\n  File \\\"/app/intake/worker.py\\\", line %d, in run\\n    resp = session.post(url, json=payload, timeout=5)\\nrequests.exceptions.ReadTimeout: HTTPSConnectionPool(host='edi.clearinghouse-partner.net', port=443): Read timed out. (read timeout=5)" % ri(40, 400)),
                          F("db.statement", "SELECT a.id, a.status, a.slot_start, a.clinic_id, a.provider_id FROM appointment a JOIN clinic c ON c.id = a.clinic_id WHERE c.region = $1 AND a.slot_start BETWEEN $2 AND $3 ORDER BY a.slot_start")])]
        L.t('level=warn ts=%s caller=distributor.go:%d msg="attribute value truncated" tenant=single-tenant traceID=%s spanID=%s max_attribute_bytes=%d attr_key=%s attr_value="'
            % (fts(ts, "rfc6"), ri(500, 700), hexs(32), hexs(16), ch([128, 256]), fields[0][0]))
        L.sg(fields[0][1], lambda x: x.replace('"', '\\"')).t('"')
        return L
    msgs = ['level=info ts=%s caller=compactor.go:%d msg="compacted block" tenantID=single-tenant blockID=%s level=%d traces=%d size=%d' % (fts(ts, "rfc6"), ri(100, 300), uid(), ri(1, 3), ri(1000, 90000), ri(10**6, 10**9)),
            'level=warn ts=%s caller=instance.go:%d msg="max live traces exceeded for tenant" tenant=single-tenant max=%d' % (fts(ts, "rfc6"), ri(200, 400), 100000),
            'level=info ts=%s caller=flush.go:%d msg="head block cut. enqueueing flush op" userid=single-tenant block=%s' % (fts(ts, "rfc6"), ri(200, 300), uid()),
            'level=error ts=%s caller=rate_limited_logger.go:27 msg="pusher failed to consume trace data" err="rpc error: code = ResourceExhausted desc = RATE_LIMITED: ingestion rate limit (local: %d bytes, global: 0 bytes, burst: %d bytes) exceeded while adding %d bytes for user single-tenant"' % (fts(ts, "rfc6"), 15000000, 20000000, ri(10000, 900000)),
            'level=info ts=%s caller=poller.go:%d msg="successfully pulled tenant index" tenant=single-tenant createdAt=%s metas=%d compactedMetas=%d' % (fts(ts, "rfc6"), ri(100, 300), fts(ts - 10**11, "rfc9"), ri(100, 5000), ri(10, 400))]
    L.t(ch(msgs))
    return L


def vector_ctx(kind, cid, ctype):
    return '%s{component_kind="%s" component_id=%s component_type=%s}' % (kind, kind, cid, ctype)


def fam_vector(phi):
    L = Line("vector")
    p = person()
    ts = fts(tick(), "rfc6")
    if phi:
        v = ri(0, 3)
    else:
        v = ch([0, 1, 2, 3, 4, 4, 4, 4])
    if v == 0:
        L.t("%s ERROR %s: vector::internal_events::remap: Mapping failed with event. error=\"" % (ts, vector_ctx("transform", ch(["scrub_phi", "normalize_app", "parse_portal"]), "remap")))
        if phi:
            w = ri(0, 3)
            if w == 0:
                L.t('function call error for \\"parse_timestamp\\" at (%d:%d): Invalid timestamp \\"' % (ri(100, 400), ri(401, 700)))
                L.p(date_fmt(p.dob, ch(["us", "us2", "eu"])), "date").t('\\": input contains invalid characters')
            elif w == 1:
                L.t('function call error for \\"to_int\\" at (%d:%d): Invalid integer \\"' % (ri(100, 400), ri(401, 700)))
                val, cat = ch([(p.member, "health_plan"), (p.mrn, "mrn") if not p.mrn.isdigit() else (p.member, "health_plan")])
                L.p(val, cat).t('\\": invalid digit found in string')
            elif w == 2:
                L.t('\\"abort\\" at (%d:%d): redaction guard tripped: raw email \\"' % (ri(1000, 1300), ri(1301, 1400)))
                L.p(p.email, "email").t('\\" in .message')
            else:
                L.t('function call error for \\"parse_regex\\" at (%d:%d): could not find any pattern matches in \\"' % (ri(100, 400), ri(401, 700)))
                L.p(phone_fmt(p.phone_digits, ch([3, 5])), "phone").t('\\"')
        else:
            L.t(ch(['function call error for \\"parse_json\\" at (%d:%d): unable to parse json: expected \',\' or \'}\' after object value at line 1 column %d' % (ri(10, 99), ri(100, 200), ri(20, 400)),
                    'function call error for \\"parse_timestamp\\" at (%d:%d): Invalid timestamp \\"%s\\": premature end of input' % (ri(100, 400), ri(401, 700), fts(NOW_NS, "rfc0")[:16]),
                    'function call error for \\"to_int\\" at (%d:%d): Invalid integer \\"n/a\\": invalid digit found in string' % (ri(100, 400), ri(401, 700))]))
        L.t('" error_type="conversion_failed" stage="processing" internal_log_rate_limit=true')
        return L
    if v == 1:
        # console sink printing the event
        svc = ch(["intake-worker", "notify-dispatcher", "patient-portal-api", "claims-ingest"])
        ns = SERVICES[svc][0]
        pd = pod(svc)
        inner_phi = phi
        L.t('{"file":"/var/log/pods/%s_%s_%s/%s/0.log","kubernetes":{"container_image":"registry.cedarline.internal/%s:%s","container_name":"%s","pod_ip":"%s","pod_name":"%s","pod_namespace":"%s","pod_node_name":"%s"},"message":"'
            % (ns, pd, uid(), svc, svc, SERVICES[svc][2], svc, private_ip(), pd, ns, ch(NODES)))
        # message is a JSON log line → escaped inside the string
        fields = record(p, inner_phi, ch(["snake", "camel"]), nclean=ri(1, 3))
        L.t(jesc('{"level":"%s","time":"%s","msg":"%s"' % (ch(["info", "warn", "error"]), fts(NOW_NS, "rfc3"), ch(["intake step saved", "reminder dispatched", "coverage updated", "claim staged"]))))
        for key, segs, kind in fields:
            L.t(jesc(',"%s":' % key))
            if kind in ("Int", "Double", "Bool"):
                L.sg(segs)
            else:
                L.t(jesc('"')).sg(segs, lambda x: jesc(jesc(x))).t(jesc('"'))
        L.t(jesc("}"))
        L.t('","source_type":"kubernetes_logs","stream":"stdout","timestamp":"%s"}' % fts(NOW_NS, "rfc9"))
        return L
    if v == 2:
        L.t("%s INFO %s: vrl::stdlib::log: " % (ts, vector_ctx("transform", ch(["debug_phi_scrub", "audit_tap"]), "remap")))
        fields = record(p, phi, "snake", ncats=ri(1, 2), nclean=ri(1, 2))
        L.t("{ ")
        for i, (key, segs, kind) in enumerate(fields):
            L.t(", " if i else "").t('"%s": ' % key)
            if kind in ("Int", "Double", "Bool"):
                L.sg(segs)
            else:
                L.t('"').sg(segs, jesc).t('"')
        L.t(" } internal_log_rate_limit=true")
        return L
    if v == 3:
        L.t("%s WARN %s: vector::internal_events::remap: Internal log [Mapping failed with event.] is being suppressed to avoid flooding." % (ts, vector_ctx("transform", "scrub_phi", "remap")))
        return L
    w = ri(0, 7)
    sink = vector_ctx("sink", ch(["loki_out", "s3_archive", "datadog_logs", "tempo_otlp"]), ch(["loki", "aws_s3", "http"]))
    L.t([
        "%s INFO vector::topology::running: Running healthchecks." % ts,
        "%s INFO vector: Vector has started. debug=\"false\" version=\"0.37.1\" arch=\"x86_64\" revision=\"cb6635a 2024-04-09 13:45:06.561412437\"" % ts,
        "%s WARN %s:request{request_id=%d}: vector::sinks::util::retries: Retrying after error. error=Server responded with an error: 429 Too Many Requests internal_log_rate_limit=true" % (ts, sink, ri(1, 99999)),
        "%s ERROR %s: vector::sinks::util::retries: Not retriable; dropping the request. reason=\"response status: 400 Bad Request\" internal_log_rate_limit=true" % (ts, sink),
        "%s ERROR %s: vector_common::internal_event::component_events_dropped: Events dropped intentional=false count=%d reason=\"Service call failed. No retries or retries exhausted.\" internal_log_rate_limit=true" % (ts, sink, ri(1, 900)),
        "%s INFO source{component_kind=\"source\" component_id=k8s component_type=kubernetes_logs}:file_server: vector::internal_events::file::source: Found new file to watch. file=/var/log/pods/%s_%s_%s/%s/0.log" % (ts, ch(["clinical", "rcm"]), pod("intake-worker"), uid(), "intake-worker"),
        "%s INFO vector::topology::builder: Healthcheck passed." % ts,
        "%s WARN %s: vector::internal_events::remap: Events dropped intentional=true count=%d reason=\"PHI guard abort\" internal_log_rate_limit=true" % (ts, vector_ctx("transform", "scrub_phi", "remap"), ri(1, 50)),
    ][w])
    return L


def fb_record(L, fields):
    """Fluent Bit msgpack-to-text style: {"k"=>"v", ...}"""
    L.t("{")
    for i, (key, segs, kind) in enumerate(fields):
        L.t(", " if i else "").t('"%s"=>' % key)
        if kind in ("Int", "Double", "Bool"):
            L.sg(segs)
        else:
            L.t('"').sg(segs, lambda x: x.replace('"', '\\"')).t('"')
    L.t("}")


def fam_fluentbit(phi):
    L = Line("fluent-bit")
    p = person()
    ts = fts(tick(), "fb")
    v = ri(0, 3) if phi else ri(0, 9)
    if v == 0:
        svc = ch(["intake-worker", "patient-portal-api", "claims-ingest"])
        tag = "kube.var.log.containers.%s_%s_%s-%s.log" % (pod(svc), SERVICES[svc][0], svc, hexs(64))
        L.t("[%d] %s: [[%s, {}], " % (ri(0, 9), tag, fts(NOW_NS, "secf") + "%03d" % ri(0, 999)))
        fields = [F("time", fts(NOW_NS, "rfc9")), F("stream", "stdout"), F("_p", "F")]
        if coin(0.5):
            fields.append(F("log", app_msg(p, phi)))
        else:
            fields += [F("level", ch(["info", "warn", "error"])), F("msg", ch(["intake step saved", "coverage updated", "reminder dispatched", "claim staged"]))]
            fields += record(p, phi, "snake", nclean=ri(1, 3))
        fb_record(L, fields)
        L.t("]")
        return L
    if v == 1:
        idx = "logs-%s-%s" % (ch(["clinical", "portal", "rcm"]), dt_of(NOW_NS).strftime("%Y.%m.%d"))
        L.t("%s [error] [output:es:es.0] error: Output\\n" % ts)
        L.t('{"took":%d,"errors":true,"items":[{"create":{"_index":"%s","_id":"%s","status":400,"error":{"type":"document_parsing_exception","reason":"[1:%d] failed to parse field [%s] of type [%s] in document with id \'%s\'. Preview of field\'s value: \''
            % (ri(1, 90), idx, alnum(20, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), ri(100, 900),
               *(("patient.dob", "date") if phi else ("retry_after", "long")), alnum(20, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")))
        if phi:
            L.p(date_fmt(p.dob, ch(["us", "us2", "eu"])), "date")
        else:
            L.t(ch(["n/a", "30s", "PT5S"]))
        L.t('\'","caused_by":{"type":"illegal_argument_exception","reason":"failed to parse"}}}}]}')
        return L
    if v == 2:
        host = ch(["loki-gateway.observability.svc", "loki-distributor.observability.svc"])
        L.t("%s [error] [output:loki:loki.0] %s:3100, HTTP status=400 Data for stream: {job=\"fluent-bit\", namespace=\"%s\", app=\"%s\"" % (ts, host, ch(["clinical", "portal"]), ch(["intake-worker", "patient-portal-api"])))
        if phi:
            lbl = ch([("patient_email", p.email, "email"), ("patient_mrn", p.mrn, "mrn"), ("member_id", p.member, "health_plan")])
            L.t(", %s=\"" % lbl[0]).p(lbl[1], lbl[2]).t('"')
        L.t("} had %d of %d entries rejected: entry too far behind" % (ri(1, 40), ri(40, 200)))
        return L
    if v == 3:
        L.t("%s [ warn] [filter:lua:lua.0] redact.lua: unmatched pattern for field '" % ts)
        if phi:
            key, segs, kind = ch([phi_fields(p, c, "snake")[0] for c in ["ssn", "phone", "mrn", "license", "email", "url"]])
            L.t(key + "' value='").sg(segs).t("' (rule set %d.%d)" % (ri(2, 4), ri(0, 9)))
        else:
            L.t("trace_id' value='%s' (rule set %d.%d)" % (hexs(32), ri(2, 4), ri(0, 9)))
        return L
    svc = ch(list(SERVICES))
    L.t(ch([
        "%s [ info] [input:tail:tail.0] inotify_fs_add(): inode=%d watch_fd=%d name=/var/log/containers/%s_%s_%s-%s.log" % (ts, ri(10**5, 10**7), ri(1, 90), pod(svc), SERVICES[svc][0], svc, hexs(64)),
        "%s [error] [filter:lua:lua.0] error code 2: /fluent-bit/scripts/redact.lua:%d: attempt to index a nil value (field 'patient')" % (ts, ri(20, 120)),
        "%s [ warn] [engine] failed to flush chunk '1-%s.flb', retry in %d seconds: task_id=%d, input=tail.0 > output=es.0 (out_id=0)" % (ts, fts(NOW_NS, "secf") + "%03d" % ri(0, 999), ri(6, 60), ri(0, 30)),
        "%s [ info] [engine] flush chunk '1-%s.flb' succeeded at retry %d: task_id=%d, input=tail.0 > output=loki.0 (out_id=1)" % (ts, fts(NOW_NS, "secf") + "%03d" % ri(0, 999), ri(1, 3), ri(0, 30)),
        "%s [ warn] [http_client] cannot increase buffer: current=512000 requested=544768 max=512000" % ts,
        "%s [ info] [filter:kubernetes:kubernetes.0] connectivity OK" % ts,
        "%s [error] [net] TCP connection failed: %s:%d (Connection refused)" % (ts, ch(["loki-gateway.observability.svc", "es-logs-master.logging.svc"]), ch([3100, 9200])),
        "%s [ warn] [input] tail.0 paused (mem buf overlimit)" % ts,
        "%s [ info] [input] tail.0 resume (mem buf overlimit)" % ts,
    ]))
    return L


def logfmt_val(segs):
    txt = segtext(segs)
    if any(c in txt for c in ' ="\\') or txt == "":
        return True
    return False


def logfmt_fields(L, fields):
    for key, segs, kind in fields:
        L.t(" %s=" % key.replace(".", "_") if "." in key else " %s=" % key)
        if logfmt_val(segs):
            L.t('"').sg(segs, lambda x: x.replace("\\", "\\\\").replace('"', '\\"')).t('"')
        else:
            L.sg(segs)


def fam_loki(phi):
    L = Line("loki")
    p = person()
    ts = tick()
    v = ri(0, 3) if phi else ri(0, 5)
    if v == 0:
        svc = ch(["scheduling-svc", "intake-worker", "notify-dispatcher", "eligibility-gw", "labs-results-svc"])
        L.t('%s {app="%s", namespace="%s", pod="%s"} ' % (fts(ts, "rfc0"), svc, SERVICES[svc][0], pod(svc)))
        L.t("ts=%s level=%s caller=%s msg=" % (fts(ts - ri(10**6, 10**9), "rfc3"), ch(["info", "warn", "error", "debug"]),
                                           ch(["scheduler/book.go:212", "handlers/intake.go:88", "jobs/remind.go:141", "x12/parse.go:77"])))
        L.t('"%s"' % ch(["appointment booked", "intake submitted", "reminder sent", "eligibility checked", "result released"]))
        logfmt_fields(L, record(p, phi, "snake", nclean=ri(2, 4)))
        return L
    if v == 1:
        L.t('level=warn ts=%s caller=grpc_logging.go:%d duration=%s method=/logproto.Pusher/Push err="rpc error: code = Code(400) desc = entry with timestamp %s ignored, reason: \'entry too far behind, oldest acceptable timestamp is: %s\' for stream: {app=\\"%s\\", namespace=\\"%s\\"'
            % (fts(ts, "rfc6"), ri(40, 90), "%.3fms" % random.uniform(0.2, 9), fts(ts - 10**13, "gostr"), fts(ts - 7 * 10**12, "rfc0"),
               ch(["patient-portal-api", "identity-svc", "intake-worker"]), ch(["portal", "identity", "clinical"])))
        if phi:
            lbl = ch([("user_email", p.email, "email"), ("patient_mrn", p.mrn, "mrn"), ("enduser", p.username, "other_id"),
                      ("client_ip", p.ip, "ip")])
            L.t(', %s=\\"' % lbl[0]).p(lbl[1], lbl[2]).t('\\"')
        L.t('},\\ntotal ignored: %d out of %d" msg=gRPC' % (ri(1, 30), ri(30, 400)))
        return L
    if v == 2:
        q = '{namespace=\\"%s\\", app=\\"%s\\"} |= \\"' % (ch(["portal", "clinical", "rcm"]), ch(["patient-portal-api", "intake-worker", "claims-ingest"]))
        L.t("level=info ts=%s caller=metrics.go:%d component=frontend org_id=fake traceID=%s latency=%s query=\"" % (fts(ts, "rfc6"), ri(150, 220), hexs(16), ch(["fast", "slow"])))
        L.t(q)
        if phi:
            val, cat = ch([(p.last, "name"), (p.email, "email"), (p.mrn, "mrn"), (phone_fmt(p.phone_digits, 1), "phone"), (p.member, "health_plan")])
            L.p(val, cat)
        else:
            L.t(ch(["timeout", "level=error", "ECONNRESET", hexs(32)]))
        L.t('\\" | logfmt" query_hash=%d query_type=filter range_type=range length=%s step=%s duration=%s status=200 limit=%d returned_lines=%d throughput=%s total_bytes=%s total_entries=%d queue_time=%s subqueries=%d'
            % (ri(10**8, 4 * 10**9), ch(["1h0m0s", "6h0m0s", "24h0m0s", "168h0m0s"]), ch(["14s", "1m0s", "5m0s"]), "%.6fs" % random.uniform(0.05, 12),
               ch([100, 1000, 5000]), ri(0, 1000), "%.1fMB" % random.uniform(1, 900), "%.1fMB" % random.uniform(1, 9000), ri(0, 1000), "%.6fms" % random.uniform(0.01, 40), ri(1, 64)))
        return L
    if v == 3:
        L.t('level=warn ts=%s caller=client.go:%d component=client host=loki-gateway.observability.svc:80 msg="error sending batch, will retry" status=400 tenant= error="server returned HTTP status 400 Bad Request (400): entry for stream \'{app=\\"%s\\", filename=\\"/var/log/pods/%s/0.log\\"'
            % (fts(ts, "rfc6"), ri(400, 440), ch(["identity-svc", "mobile-bff"]), pod(ch(["identity-svc", "mobile-bff"]))))
        if phi:
            lbl = ch([("user_email", p.email, "email"), ("patient_mrn", p.mrn, "mrn"), ("phone", phone_fmt(p.phone_digits, 2), "phone")])
            L.t(', %s=\\"' % lbl[0]).p(lbl[1], lbl[2]).t('\\"')
        L.t('}\' has timestamp too new: %s"' % fts(ts + 10**12, "rfc0"))
        return L
    if v == 4:
        L.t('level=warn ts=%s caller=client.go:%d component=client host=loki-gateway.observability.svc:80 msg="error sending batch, will retry" status=429 tenant= error="server returned HTTP status 429 Too Many Requests (429): Ingestion rate limit exceeded for user fake (limit: 4194304 bytes/sec) while attempting to ingest \'%d\' lines totaling \'%d\' bytes, reduce log volume or contact your Loki administrator to see if the limit can be increased"'
            % (fts(ts, "rfc6"), ri(400, 440), ri(100, 5000), ri(10**5, 9 * 10**6)))
        return L
    L.t(ch([
        'level=info ts=%s caller=flush.go:%d component=ingester msg="flushing stream" user=fake fp=%s immediate=false num_chunks=%d labels="{app=\\"%s\\", namespace=\\"%s\\"}"' % (fts(ts, "rfc6"), ri(150, 300), hexs(16), ri(1, 9), ch(list(SERVICES)), ch(["portal", "clinical", "rcm"])),
        'level=info ts=%s caller=table_manager.go:%d index-store=tsdb-2024-01-01 msg="uploading tables"' % (fts(ts, "rfc6"), ri(100, 300)),
        'level=warn ts=%s caller=validate.go:%d msg="stream limit exceeded" org_id=fake limit="per-user streams limit (local: 5000 global: 0 actual local: 5000) exceeded"' % (fts(ts, "rfc6"), ri(100, 300)),
        'level=info ts=%s caller=compactor.go:%d msg="compactor started"' % (fts(ts, "rfc6"), ri(500, 700)),
        'level=error ts=%s caller=retry.go:%d org_id=fake traceID=%s msg="error processing request" try=%d query="sum by (app) (rate({namespace=\\"clinical\\"} |= \\"error\\" [5m]))" err="context canceled"' % (fts(ts, "rfc6"), ri(60, 100), hexs(16), ri(0, 4)),
    ]))
    return L


def struct_str(fields):
    """Kafka Connect Struct{...} toString segments."""
    segs = [("Struct{", None)]
    for i, (key, s, kind) in enumerate(fields):
        segs.append((("," if i else "") + key + "=", None))
        segs += s
    segs.append(("}", None))
    return segs


CONNECTORS = [("ehr-pg-sink", "io.confluent.connect.jdbc.JdbcSinkConnector"), ("claims-s3-sink", "io.confluent.connect.s3.S3SinkConnector"),
              ("portal-es-sink", "io.confluent.connect.elasticsearch.ElasticsearchSinkConnector"), ("rpm-readings-sink", "io.confluent.connect.jdbc.JdbcSinkConnector")]
TOPICS = ["ehr.patient.v2", "ehr.coverage.v1", "clinical.appointment.events", "rpm.readings.raw", "rcm.claim.submitted", "portal.profile.changes"]


def fam_kafka_connect(phi):
    L = Line("kafka-connect")
    p = person()
    ts = tick()
    conn, cls = ch(CONNECTORS)
    task = ri(0, 3)
    topic = ch(TOPICS)
    part, off = ri(0, 11), ri(1000, 9999999)
    v = ri(0, 3) if phi else ri(0, 6)
    if v == 0:
        # LogReporter with errors.log.include.messages=true (SinkRecord toString)
        fields = record(p, phi, "snake", nclean=ri(1, 2))
        key = ch([p.mrn, uid()]) if phi else uid()
        L.t("[%s] ERROR [%s|task-%d] Error encountered in task %s-%d. Executing stage 'TASK_PUT' with class '%s', where consumed record is {topic='%s', partition=%d, offset=%d, timestamp=%s, timestampType=CreateTime}, SinkRecord{kafkaOffset=%d, timestampType=CreateTime, originalTopic=%s, originalKafkaPartition=%d, originalKafkaOffset=%d} ConnectRecord{topic='%s', kafkaPartition=%d, key="
            % (fts(ts, "log4j"), conn, task, conn, task, cls.replace("Connector", "Task"), topic, part, off, fts(ts - 10**9, "ms"), off, topic, part, off, topic, part))
        L.v(key, "mrn" if key == p.mrn else None)
        L.t(", keySchema=Schema{STRING}, value=").sg(struct_str(fields))
        L.t(", valueSchema=Schema{%s.Value:STRUCT}, timestamp=%s, headers=ConnectHeaders(headers=)}. (org.apache.kafka.connect.runtime.errors.LogReporter:66)" % (topic, fts(ts - 10**9, "ms")))
        return L
    if v == 1:
        # JDBC BatchUpdateException with literal values
        L.t("[%s] WARN [%s|task-%d] Write of %d records failed, remainingRetries=%d (io.confluent.connect.jdbc.sink.JdbcSinkTask:101) java.sql.BatchUpdateException: Batch entry 0 INSERT INTO \"patient_contact\" (\"mrn\",\"phone\",\"email\",\"updated_by\") VALUES ("
            % (fts(ts, "log4j"), "ehr-pg-sink", task, ri(2, 500), ri(0, 3)))
        if phi:
            L.t("'").p(p.mrn, "mrn").t("','").p(phone_fmt(p.phone_digits, ch([0, 1, 2])), "phone").t("','").p(p.email, "email").t("','%s')" % ch(STAFF)[1])
        else:
            L.t("?,?,?,?)")
        L.t(' ON CONFLICT ("mrn") DO UPDATE SET "phone"=EXCLUDED."phone","email"=EXCLUDED."email" was aborted: ERROR: value too long for type character varying(%d)  Call getNextException to see other errors in the batch.' % ch([12, 16, 64]))
        return L
    if v == 2:
        # kafka-console-consumer on the DLQ, print.headers=true print.key=true
        hdr = ("__connect.errors.topic:%s,__connect.errors.partition:%d,__connect.errors.offset:%d,__connect.errors.connector.name:%s,__connect.errors.task.id:%d,__connect.errors.stage:VALUE_CONVERTER,__connect.errors.class.name:org.apache.kafka.connect.json.JsonConverter,__connect.errors.exception.class.name:org.apache.kafka.connect.errors.DataException,__connect.errors.exception.message:Converting byte[] to Kafka Connect data failed due to serialization error: "
               % (topic, part, off, conn, task))
        L.t(hdr + "\t")
        if phi and coin(0.5):
            L.p(p.mrn, "mrn")
        else:
            L.t(uid())
        L.t("\t{")
        fields = record(p, phi, ch(["snake", "camel"]), nclean=ri(1, 3))
        for i, (key, segs, kind) in enumerate(fields):
            L.t((", " if i else "") + '"%s": ' % key)
            if kind in ("Int", "Double", "Bool"):
                L.sg(segs)
            else:
                L.t('"').sg(segs, jesc).t('"')
        L.t("}")
        return L
    if v == 3:
        # kcat -J on the DLQ
        L.t('{"topic":"dlq.%s","partition":%d,"offset":%d,"tstype":"create","ts":%s,"broker":%d,"headers":["__connect.errors.topic","%s","__connect.errors.partition","%d","__connect.errors.offset","%d","__connect.errors.connector.name","%s","__connect.errors.task.id","%d","__connect.errors.stage","TRANSFORMATION","__connect.errors.class.name","org.apache.kafka.connect.transforms.MaskField$Value","__connect.errors.exception.class.name","org.apache.kafka.connect.errors.DataException","__connect.errors.exception.message","'
            % (conn, ri(0, 2), ri(0, 90000), fts(ts, "ms"), ri(1, 3), topic, part, off, conn, task))
        if phi:
            key, segs, kind = ch([phi_fields(p, c, "snake")[0] for c in ["ssn", "dob", "email", "mrn", "health_plan", "account", "license", "photo", "photo"]])
            L.t("Cannot mask value of type STRING for field ").t(key).t(": ").sg(segs, jesc)
        else:
            L.t("Cannot mask value of type STRUCT for field coverage")
        L.t('"],"key":"%s","payload":"' % uid())
        fields = record(p, phi and coin(0.5), "camel", nclean=ri(1, 3))
        L.t(jesc("{"))
        for i, (key, segs, kind) in enumerate(fields):
            L.t(jesc((", " if i else "") + '"%s":' % key))
            if kind in ("Int", "Double", "Bool"):
                L.sg(segs)
            else:
                L.t(jesc('"')).sg(segs, lambda x: jesc(jesc(x))).t(jesc('"'))
        L.t(jesc("}") + '"}')
        return L
    w = ri(0, 5)
    L.t([
        "[%s] INFO [%s|task-%d] [Consumer clientId=connector-consumer-%s-%d, groupId=connect-%s] Resetting offset for partition %s-%d to position FetchPosition{offset=%d, offsetEpoch=Optional.empty, currentLeader=LeaderAndEpoch{leader=Optional[b-%d.msk-obs.kafka.us-east-2.amazonaws.com:9098 (id: %d rack: use2-az%d)], epoch=%d}}. (org.apache.kafka.clients.consumer.internals.SubscriptionState:398)"
        % (fts(ts, "log4j"), conn, task, conn, task, conn, topic, part, off, ri(1, 3), ri(1, 3), ri(1, 3), ri(0, 40)),
        "[%s] INFO [%s|task-%d] WorkerSinkTask{id=%s-%d} Committing offsets asynchronously using sequence number %d: {%s-%d=OffsetAndMetadata{offset=%d, leaderEpoch=null, metadata=''}} (org.apache.kafka.connect.runtime.WorkerSinkTask:352)"
        % (fts(ts, "log4j"), conn, task, conn, task, ri(1, 9999), topic, part, off),
        "[%s] ERROR [%s|task-%d] Error encountered in task %s-%d. Executing stage 'VALUE_CONVERTER' with class 'org.apache.kafka.connect.json.JsonConverter', where consumed record is {topic='%s', partition=%d, offset=%d, timestamp=%s, timestampType=CreateTime}. (org.apache.kafka.connect.runtime.errors.LogReporter:66)"
        % (fts(ts, "log4j"), conn, task, conn, task, topic, part, off, fts(ts - 10**9, "ms")),
        "[%s] INFO [Worker clientId=connect-1, groupId=connect-cluster] Finished starting connectors and tasks (org.apache.kafka.connect.runtime.distributed.DistributedHerder:1890)" % fts(ts, "log4j"),
        "[%s] ERROR [%s|task-%d] WorkerSinkTask{id=%s-%d} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted. Error: Tolerance exceeded in error handler (org.apache.kafka.connect.runtime.WorkerSinkTask:633)"
        % (fts(ts, "log4j"), conn, task, conn, task),
        "[%s] INFO [%s|task-%d] Flushing mem table for topic %s partition %d, %d records, %d bytes (io.confluent.connect.s3.TopicPartitionWriter:528)"
        % (fts(ts, "log4j"), conn, task, topic, part, ri(10, 10000), ri(10**4, 10**7)),
    ][w])
    return L


def prom_labels(L, labels):
    L.t("{")
    for i, (k, segs) in enumerate(labels):
        L.t(("," if i else "") + '%s="' % k).sg(segs, lambda x: x.replace("\\", "\\\\").replace('"', '\\"')).t('"')
    L.t("}")


def fam_prometheus(phi):
    L = Line("prometheus")
    p = person()
    ts = tick()
    v = ri(0, 4) if phi else ri(0, 6)
    if v == 0:
        # OpenMetrics exposition with exemplar
        route = ch(["/api/v1/appointments", "/api/v1/patients/{mrn}/documents", "/fhir/r4/Observation", "/api/v1/schedule/slots", "/api/v1/intake/forms"])
        le = ch(["0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1.0", "2.5", "5.0", "+Inf"])
        labels = [("http_request_method", S(ch(["GET", "POST"])))]
        if phi and coin(0.5):
            labels.append(("http_route", [("/api/v1/patients/", None), (p.mrn, "mrn"), ("/documents", None)]))
            ex_phi = False
        else:
            labels.append(("http_route", S(route)))
            ex_phi = phi
        labels += [("http_response_status_code", S(ch(["200", "201", "404", "500"]))), ("le", S(le))]
        L.t("http_server_request_duration_seconds_bucket")
        prom_labels(L, labels)
        L.t(" %d # {trace_id=\"%s\",span_id=\"%s\"" % (ri(0, 90000), hexs(32), hexs(16)))
        if ex_phi:
            val, cat = ch([(p.email, "email"), (p.username, "other_id"), (p.portal_id, "other_id")])
            L.t(',enduser_id="').p(val, cat).t('"')
        L.t("} %s %s" % (round(random.uniform(0.001, 5), 6), fts(ts, "sec3")))
        return L
    if v == 1:
        # high-cardinality counter/gauge with a PHI label
        name, labels = ch([
            ("portal_login_failures_total", [("user_email", (p.email, "email")), ("reason", S(ch(["bad_password", "locked", "mfa_timeout"])))]),
            ("notify_sms_sent_total", [("template", S("appt_reminder_v3")), ("to", (phone_fmt(p.phone_digits, 2), "phone"))]),
            ("rpm_last_reading_timestamp_seconds", [("device_serial", (p.cgm, "device")), ("patient_mrn", (p.mrn, "mrn"))]),
            ("eligibility_check_duration_seconds_count", [("payer", S("87726")), ("member_id", (p.member, "health_plan"))]),
            ("intake_forms_submitted_total", [("patient", (p.name, "name")), ("clinic_id", S(str(ri(100, 420))))]),
        ]) if phi else ch([
            ("portal_login_failures_total", [("reason", S(ch(["bad_password", "locked", "mfa_timeout"]))), ("client", S(ch(["ios", "android", "web"])))]),
            ("notify_sms_sent_total", [("template", S("appt_reminder_v3")), ("provider", S("twilio"))]),
            ("rpm_readings_ingested_total", [("device_model", S(ch(["BP5S", "G7", "BG1S"]))), ("gateway", S("gw-%s" % hexs(6)))]),
            ("kube_pod_container_status_restarts_total", [("namespace", S("clinical")), ("pod", S(pod("intake-worker"))), ("container", S("intake-worker"))]),
            ("otelcol_exporter_send_failed_spans_total", [("exporter", S("otlp/tempo")), ("service_instance_id", S(uid())), ("service_version", S("0.98.0"))]),
        ])
        labels = [(k, S(*v) if isinstance(v, tuple) else v) for k, v in labels]
        L.t(name)
        prom_labels(L, [("job", S(ch(["portal/patient-portal-api", "rpm/device-sync", "platform/notify-dispatcher"]))), ("instance", S("%s:9464" % private_ip()))] + labels)
        L.t(" %s" % ch([str(ri(0, 500)), "%.9e" % (ts / 1e9), str(ri(1, 40))]))
        if coin(0.3):
            L.t(" %s" % fts(ts, "ms"))
        return L
    if v == 2:
        L.t('ts=%s caller=dedupe.go:112 component=remote level=error remote_name=%s url=https://mimir.obs.cedarline.internal/api/v1/push msg="non-recoverable error" count=%d exemplarCount=%d err="server returned HTTP status 400 Bad Request: '
            % (fts(ts, "rfc3"), hexs(6), ri(100, 2000), ri(0, 50)))
        if phi:
            lab, val, cat = ch([("user_email", p.email, "email"), ("patient_name", p.name, "name"), ("patient_mrn", p.mrn, "mrn"), ("enduser_id", p.username, "other_id")])
            L.t("received a series whose number of labels exceeds the limit (actual: 41, limit: 40) series: 'portal_session_active{%s=\\\"" % lab).p(val, cat)
            L.t("\\\", app=\\\"patient-portal-api\\\", namespace=\\\"portal\\\", …}' (err-mimir-max-label-names-per-series)\"")
        else:
            L.t("the sample has been rejected because another sample with the same timestamp, but a different value, has already been ingested (err-mimir-sample-duplicate-timestamp). The affected sample has timestamp %s and is from series http_server_request_duration_seconds_count{http_route=\\\"/api/v1/appointments\\\", instance=\\\"%s:9464\\\"}\"" % (fts(ts, "rfc3"), private_ip()))
        return L
    if v == 3:
        L.t('{"httpRequest":{"clientIP":"%s","method":"POST","path":"/api/v1/query_range"},"params":{"end":"%s","query":"' % (private_ip(), fts(ts, "rfc3")))
        if phi:
            lab, val, cat = ch([("user_email", p.email, "email"), ("patient_mrn", p.mrn, "mrn"), ("device_serial", p.cgm, "device"), ("to", phone_fmt(p.phone_digits, 2), "phone")])
            L.t('sum by (outcome) (increase(portal_login_failures_total{%s=\\"' % lab).p(val, cat).t('\\"}[1h]))')
        else:
            L.t(ch(['histogram_quantile(0.99, sum by (le, http_route) (rate(http_server_request_duration_seconds_bucket{namespace=\\"portal\\"}[5m])))',
                    'sum by (exporter) (rate(otelcol_exporter_send_failed_spans_total[5m]))',
                    'topk(10, count by (__name__) ({__name__=~\\".+\\"}))']))
        L.t('","start":"%s","step":%d},"stats":{"timings":{"evalTotalTime":%s,"resultSortTime":0,"queryPreparationTime":%s,"innerEvalTime":%s,"execQueueTime":%s,"execTotalTime":%s},"samples":{"totalQueryableSamples":%d,"peakSamples":%d}},"ts":"%s"}'
            % (fts(ts - 3600 * 10**9, "rfc3"), ch([14, 15, 30, 60]), round(random.uniform(0.001, 2), 9), round(random.uniform(0.0001, 0.01), 9),
               round(random.uniform(0.001, 1), 9), round(random.uniform(0.00001, 0.001), 9), round(random.uniform(0.001, 2), 9), ri(100, 10**7), ri(10, 10**5), fts(ts, "rfc3")))
        return L
    if v == 4:
        # /api/v1/series response line
        L.t('{"status":"success","data":[{"__name__":"rpm_last_reading_timestamp_seconds","device_model":"%s",' % ch(["BP5S", "G7"]))
        if phi:
            L.t('"device_serial":"').p(p.cgm if coin() else p.mac, "device").t('","instance":"%s:9464","job":"rpm/device-sync","patient_mrn":"' % private_ip()).p(p.mrn, "mrn").t('"}]}')
        else:
            L.t('"gateway":"gw-%s","instance":"%s:9464","job":"rpm/device-sync"}]}' % (hexs(6), private_ip()))
        return L
    if v == 5:
        L.t("# HELP http_server_request_duration_seconds Duration of HTTP server requests.")
        return L
    L.t(ch([
        'ts=%s caller=scrape.go:1738 level=warn component="scrape manager" scrape_pool=%s target=http://%s:9464/metrics msg="Error on ingesting samples with different value but same timestamp" num_dropped=%d' % (fts(ts, "rfc3"), ch(["portal/patient-portal-api", "rpm/device-sync"]), private_ip(), ri(1, 9)),
        'ts=%s caller=head.go:1289 level=info component=tsdb msg="Head GC completed" caller=truncateMemory duration=%s' % (fts(ts, "rfc3"), "%.3fms" % random.uniform(10, 900)),
        'ts=%s caller=compact.go:580 level=info component=tsdb msg="write block" mint=%s maxt=%s ulid=01HXR%s duration=%s' % (fts(ts, "rfc3"), fts(ts - 7200 * 10**9, "ms"), fts(ts, "ms"), alnum(21, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"), "%.3fs" % random.uniform(0.5, 9)),
        'ts=%s caller=scrape.go:1400 level=warn component="scrape manager" scrape_pool=%s target=http://%s:8888/metrics msg="Appending scrape report failed" err="out of bounds"' % (fts(ts, "rfc3"), "otel-collector", private_ip()),
        'http_server_request_duration_seconds_count{http_request_method="GET",http_route="/healthz",http_response_status_code="200"} %d' % ri(1000, 900000),
    ]))
    return L


def fam_sentry(phi):
    L = Line("sentry")
    p = person()
    ts = tick()
    v = ri(0, 3) if phi else ri(0, 5)
    if v == 0:
        # single breadcrumb as dumped from event.breadcrumbs.values[]
        cat = ch(["fetch", "xhr", "navigation", "ui.input", "console", "redux.action"]) if phi else ch(["fetch", "xhr", "navigation", "ui.click", "console", "redux.action"])
        L.t('{"timestamp":%s,' % fts(ts, "sec3"))
        if cat in ("fetch", "xhr"):
            L.t('"type":"http","category":"%s","level":"info","data":{"method":"GET","url":"https://api.cedarlinehealth.com' % cat)
            if phi:
                params = ch([[("dob", date_fmt(p.dob, "iso"), "date"), ("last", p.last, "name")], [("email", p.email, "email")],
                             [("memberId", p.member, "health_plan"), ("payer", "87726", None)], [("zip", p.zip, "zip"), ("radius", "25", None)]])
                L.t("/v2/patients/lookup?").sg(qs(params))
            else:
                L.t("/v2/schedule/slots?clinicId=%d&date=2024-05-%02d" % (ri(100, 420), ri(14, 31)))
            L.t('","status_code":%d,"__span":"%s"}}' % (ch([200, 200, 404, 500]), hexs(16)))
        elif cat == "navigation":
            L.t('"category":"navigation","data":{"from":"/intake/step-2","to":"')
            if phi:
                L.t("/patients/").p(p.mrn, "mrn").t('/chart"}}')
            else:
                L.t('/intake/step-3"}}')
        elif cat == "ui.input":
            fld, nm, val, vcat = ch([("ssn", "ssn", p.ssn, "ssn"), ("phone", "mobile", phone_fmt(p.phone_digits, 0), "phone"),
                                     ("dob", "birthDate", date_fmt(p.dob, "us"), "date"), ("email", "email", p.email, "email")])
            L.t('"category":"ui.input","message":"input#%s[name=\\"%s\\"]","data":{"value":"' % (fld, nm))
            L.p(val, vcat).t('"}}')
        elif cat == "ui.click":
            L.t('"category":"ui.click","message":"div.slot-picker > button#slot-%s[data-clinic=\\"%d\\"]"}' % (hexs(8), ri(100, 420)))
        elif cat == "console":
            L.t('"category":"console","level":"warning","message":"')
            L.sg(app_msg(p, phi), jesc).t('","data":{"logger":"console"}}')
        else:
            L.t('"category":"redux.action","data":{"type":"%s","payload":{' % ("patient/setInsurance" if phi or coin() else "schedule/setSlot"))
            if phi:
                L.t('"memberId":"').p(p.member, "health_plan").t('","groupNumber":"%07d","relationship":"self"}}}' % ri(100000, 9999999))
            else:
                L.t('"slotId":"%s","groupNumber":"%07d"}}}' % (uid(), ri(100000, 9999999)))
        return L
    if v == 1:
        # event excerpt with user context
        plat = ch(["python", "javascript", "node"])
        L.t('{"event_id":"%s","level":"error","platform":"%s","timestamp":"%s","release":"%s@%s","environment":"prod","user":{' % (hexs(32), plat, fts(ts, "rfc6"), ch(["patient-portal-web", "intake-worker", "mobile-bff"]), "%d.%d.%d" % (ri(1, 6), ri(0, 30), ri(0, 9))))
        if phi:
            L.t('"id":"').p(p.portal_id, "other_id").t('","email":"').p(p.email, "email").t('","ip_address":"').p(ch([p.ip, p.ip6]), "ip").t('"')
            if coin(0.3):
                L.t(',"username":"').p(p.username, "other_id").t('"')
        else:
            s = ch(STAFF)
            L.t('"id":"%s","email":"%s@%s","ip_address":"%s"' % (s[1], s[2], COMPANY_DOMAIN, ch(["{{auto}}", private_ip()])))
        L.t('},"exception":{"values":[{"type":"%s","value":"' % ch(["TypeError", "ValidationError", "AxiosError"]))
        L.t(ch(["Cannot read properties of undefined (reading 'coverage')", "Request failed with status code 502", "slot no longer available"]))
        L.t('"}]},"tags":{"transaction":"%s","server_name":"%s"}}' % (ch(["/intake/[step]", "/appointments", "/billing/pay"]), pod(ch(["intake-worker", "mobile-bff"]))))
        return L
    if v == 2:
        L.t(' [sentry] DEBUG: %s' % ch(["Sending event, type:error level:error event_id:%s project:%d host:o449812.ingest.us.sentry.io" % (hexs(32), ri(4500000, 4509999))]))
        if phi:
            L.t(" extra.form=")
            flds = record(p, True, "snake", ncats=ri(1, 2), nclean=0)
            L.t("{")
            for i, (key, segs, kind) in enumerate(flds):
                L.t((", " if i else "") + "'%s': " % key)
                if kind in ("Int", "Double", "Bool"):
                    L.sg(segs)
                else:
                    L.t("'").sg(segs).t("'")
            L.t("}")
        return L
    if v == 3:
        # request interface with query string (sentry stores it raw)
        L.t('{"request":{"url":"https://portal.cedarlinehealth.com/api/v1/%s","method":"%s","query_string":"' % (ch(["records/release", "billing/pay", "intake/submit"]), ch(["GET", "POST"])))
        if phi:
            params = ch([[("fax", phone_fmt(p.fax_digits, 4), "fax"), ("recipient", "self", None)],
                         [("acct", p.billing_acct, "account"), ("amount", "%d.%02d" % (ri(5, 400), ri(0, 99)), None)],
                         [("dl", p.dl, "license"), ("state", p.state, None)],
                         [("plate", p.plate, "vehicle"), ("store", str(ri(1000, 1999)), None)],
                         [("profile", p.url, "url")]])
            L.sg(qs(params))
        else:
            L.t("step=%d&clinic=%d&locale=en-US" % (ri(1, 6), ri(100, 420)))
        L.t('","headers":[["Host","portal.cedarlinehealth.com"],["User-Agent","%s"],["X-Request-Id","%s"]]}}' % (ch(UAS[:4]), uid()))
        return L
    L.t(ch([
        "Sentry Logger [log]: Integration installed: BrowserTracing",
        "Sentry Logger [log]: [Tracing] Finishing pageload transaction: /appointments/[id].",
        " [sentry] DEBUG: Flushing HTTP transport",
        " [sentry] DEBUG: Sending envelope [envelope with 1 items (transaction)] project:%d host:o449812.ingest.us.sentry.io" % ri(4500000, 4509999),
        " [sentry] DEBUG: [Tracing] Discarding transaction because traces_sample_rate is set to 0.05",
        '{"timestamp":%s,"category":"sentry.transaction","message":"%s"}' % (fts(ts, "sec3"), hexs(32)),
    ]))
    return L


FAMILIES = [(fam_otel_debug_traces, 11), (fam_otel_debug_metrics, 5), (fam_otel_debug_logs, 5), (fam_otelcol_internal, 6),
            (fam_otlp_json, 8), (fam_jaeger, 7), (fam_tempo, 6), (fam_vector, 8), (fam_fluentbit, 8), (fam_loki, 9),
            (fam_kafka_connect, 9), (fam_prometheus, 9), (fam_sentry, 9)]


def verify(L):
    buf = bytes(L.buf)
    assert b"\n" not in buf and b"\r" not in buf
    buf.decode("utf-8")
    last = 0
    for s, e, cat, b in sorted(L.spans):
        assert buf[s:e] == b, (buf[s:e], b)
        assert s >= last, "overlap"
        last = e
    return buf


def main():
    flags = [True] * (N_LINES - N_CLEAN) + [False] * N_CLEAN
    random.shuffle(flags)
    lines, labels = [], []
    for i, phi in enumerate(flags):
        for attempt in range(50):
            fam = random.choices([f for f, _ in FAMILIES], weights=[w for _, w in FAMILIES])[0]
            L = fam(phi)
            if L is None:
                continue
            if bool(L.spans) != phi:
                continue
            if len(L.buf) > MAX_BYTES:
                continue
            break
        else:
            raise RuntimeError("could not build line %d" % i)
        buf = verify(L)
        lines.append(buf)
        labels.append({"line": i + 1, "family": L.fam,
                       "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in sorted(L.spans)]})
    with open(os.path.join(HERE, ID + ".log"), "wb") as fh:
        fh.write(b"\n".join(lines) + b"\n")
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
