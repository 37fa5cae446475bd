#!/usr/bin/env python3
"""Deterministic generator of a labeled PHI test corpus (regional HIE theme).

Writes fb.log and fb.labels.jsonl next to this file. Standard library only.
All people, addresses, numbers and organisations are synthetic.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

random.seed(1818_0211)

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "fb"
N_LINES = 500
N_PHI = 225  # 45% of lines carry PHI, 55% do not

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}


# ----------------------------------------------------------------------------- helpers
def ch(seq):
    return random.choice(seq)


def ri(a, b):
    return random.randint(a, b)


def digits(n):
    return "".join(ch("0123456789") for _ in range(n))


def hexs(n):
    return "".join(ch("0123456789abcdef") for _ in range(n))


def uid():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], ch("89ab"), h[17:20], h[20:32])


def oid_uid():
    return "2.25." + str(random.getrandbits(122))


def b62(n):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(ch(a) for _ in range(n))


def fold(s):
    s = s.replace("ı", "i").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("'", "")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def luhn_digit(payload):
    total = 0
    for i, c in enumerate(reversed(payload)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def npi():
    base = ch("12") + digits(8)
    return base + luhn_digit("80840" + base)


def imei():
    base = ch(["35", "86", "49"]) + digits(12)
    return base + luhn_digit(base)


VIN_VAL = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(ch(["1FT", "1G1", "2HG", "3VW", "1N4", "5YJ", "JTD", "1C4", "4T1"]) +
             "".join(ch(al) for _ in range(5)) + "0" + ch("HJKLMNPR") + ch(al) + digits(6))
    s = 0
    for i, c in enumerate(v):
        val = int(c) if c.isdigit() else VIN_VAL[c]
        s += val * VIN_W[i]
    r = s % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def gtin14():
    data = "0" + "0" + digits(11) + ""
    data = data[:13]
    s = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(data)))
    return data + str((10 - s % 10) % 10)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    D = "0123456789"
    return (ch("123456789") + ch(MBI_A) + ch(MBI_AN) + ch(D) + ch(MBI_A) + ch(MBI_AN) + ch(D) +
            ch(MBI_A) + ch(MBI_A) + ch(D) + ch(D))


def ssn():
    while True:
        a = ri(101, 772)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, ri(1, 99), ri(1, 9999))


def fmt_phone(d, style):
    a, b, c = d[:3], d[3:6], d[6:]
    return [
        "(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "+1-%s-%s-%s" % (a, b, c), a + b + c,
        "+1" + a + b + c, "%s.%s.%s" % (a, b, c), "(%s)%s-%s" % (a, b, c),
    ][style]


def b64_blob(prefix, n):
    raw = prefix + bytes(random.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


# ----------------------------------------------------------------------------- line builder
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        assert cat in CATS, cat
        b = s.encode("utf-8")
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, len(self.buf), cat, b))
        return self

    def add(self, pieces, esc=None):
        for pc in pieces:
            if isinstance(pc, tuple):
                v = esc(pc[0]) if esc else pc[0]
                self.p(v, pc[1])
            else:
                self.t(esc(pc) if esc else pc)
        return self

    def finish(self):
        data = bytes(self.buf)
        assert b"\n" not in data and b"\r" not in data
        assert len(data) <= 4000, (self.family, len(data))
        last = -1
        for s, e, cat, val in self.spans:
            assert data[s:e] == val, (self.family, data[s:e], val)
            assert s >= last and e > s
            last = e
        data.decode("utf-8")
        return data


def E_raw(s):
    return s


def E_jq(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def E_ent(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def E_json(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


# ----------------------------------------------------------------------------- clock
NOW = dt.datetime(2025, 2, 11, 5, 58, 12, 118000)
TZ = dt.timedelta(hours=5)


def tick():
    global NOW
    NOW += dt.timedelta(milliseconds=ri(40, 21000))


def ts_log4j(t=None):
    t = t or NOW
    return t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (t.microsecond // 1000)


def ts_dot(t=None):
    t = t or NOW
    return t.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % (t.microsecond // 1000)


def ts_iso_local():
    return NOW.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d-05:00" % (NOW.microsecond // 1000)


def ts_iso_z():
    u = NOW + TZ
    return u.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (u.microsecond // 1000)


def ts_syslog():
    return NOW.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if NOW.day < 10 else NOW.strftime("%b %d %H:%M:%S")


def ts_nginx():
    return NOW.strftime("%d/%b/%Y:%H:%M:%S -0500")


def hl7ts(sec_only=True):
    if sec_only:
        return NOW.strftime("%Y%m%d%H%M%S")
    return NOW.strftime("%Y%m%d%H%M%S") + ".%03d-0500" % (NOW.microsecond // 1000)


def ctrl_id():
    return ch([lambda: "MSG" + digits(8), lambda: NOW.strftime("%Y%m%d%H%M%S") + digits(4),
               lambda: digits(10), lambda: "Q" + digits(9) + "T" + digits(9)])()


def priv_ip():
    return ch(["10.42.%d.%d" % (ri(0, 15), ri(2, 250)), "192.168.%d.%d" % (ri(10, 40), ri(2, 250)),
               "172.%d.%d.%d" % (ri(16, 31), ri(0, 255), ri(2, 250))])


# ----------------------------------------------------------------------------- organisations / staff
HIE_OID = "2.16.840.1.113883.3.9512"
EUID_AA = HIE_OID + ".1.1"
FACS = [
    dict(code="KVMC", name="Kent Valley Medical Center", oid=HIE_OID + ".10.21", npi=npi(),
         street="2200 Monroe Ave NW", city="Grand Rapids", zip="49505", phone="6165550100", fax="6165550109",
         direct="direct.kentvalleymc.org", mrn=lambda: str(ri(10000000, 39999999)), host="mail.direct.kentvalleymc.org"),
    dict(code="LGH", name="Lakeshore General Hospital", oid=HIE_OID + ".10.22", npi=npi(),
         street="4100 Lakeshore Dr", city="Muskegon", zip="49441", phone="2315550150", fax="2315550159",
         direct="direct.lakeshoregh.org", mrn=lambda: "E" + digits(7), host="hisp.lakeshoregh.org"),
    dict(code="HRFP", name="Huron River Family Practice", oid=HIE_OID + ".10.37", npi=npi(),
         street="310 Packard St Suite 200", city="Ann Arbor", zip="48104", phone="7345550177", fax="7345550178",
         direct="direct.huronriverfp.org", mrn=lambda: "HR" + digits(6), host="smtp.huronriverfp.org"),
    dict(code="SBCH", name="Saginaw Bay Community Health", oid=HIE_OID + ".10.44", npi=npi(),
         street="815 N Michigan Ave", city="Saginaw", zip="48602", phone="9895550121", fax="9895550128",
         direct="direct.sbch.org", mrn=lambda: "00" + digits(7), host="mx.direct.sbch.org"),
    dict(code="BCVA", name="Battle Creek Valley Associates", oid=HIE_OID + ".10.51", npi=npi(),
         street="16 W Michigan Ave", city="Battle Creek", zip="49017", phone="2695550133", fax="2695550139",
         direct="direct.bcva-health.org", mrn=lambda: "BC-" + digits(6), host="direct.bcva-health.org"),
]
FAC = {f["code"]: f for f in FACS}
PUBHEALTH = [("Kent County Health Department", "MI-Kent", "700 Fuller Ave NE, Grand Rapids, MI 49503"),
             ("Washtenaw County Health Department", "MI-Washtenaw", "555 Towner St, Ypsilanti, MI 48198"),
             ("Saginaw County Health Department", "MI-Saginaw", "1600 N Michigan Ave, Saginaw, MI 48602"),
             ("Michigan Department of Health and Human Services", "MI", "333 S Grand Ave, Lansing, MI 48933")]

STAFF = []
for g, f, cred, fc in [("Carmen", "Reyes", "MD", "KVMC"), ("Olu", "Bankole", "DO", "LGH"), ("Miriam", "Haddad", "MD", "LGH"),
                       ("Erik", "Lindholm", "NP", "HRFP"), ("Anjali", "Mehta", "MD", "HRFP"), ("Grzegorz", "Nowak", "MD", "SBCH"),
                       ("Hyun-woo", "Park", "PA-C", "KVMC"), ("Beatriz", "Santos", "RN", "BCVA"), ("Kevin", "O'Malley", "MD", "KVMC"),
                       ("Ayasha", "Redcloud", "MD", "SBCH"), ("Tobias", "Feldmann", "MD", "BCVA"), ("Nkechi", "Ibekwe", "NP", "LGH")]:
    STAFF.append(dict(given=g, family=f, cred=cred, fac=fc, npi=npi(),
                      direct="%s.%s@%s" % (fold(g)[0].lower(), fold(f).lower(), FAC[fc]["direct"])))
STEWARDS = ["k.ostrowski", "jpelletier", "ralvarez", "m.baptiste", "dsteward02", "svc_consent_ui"]
SYS_EMAILS = ["noreply@lhin.org", "hie-support@lhin.org", "interfaces@lhin.org", "postmaster@direct.lhin.org",
              "ecr-alerts@lhin.org", "mpi-stewardship@lhin.org"]

# ----------------------------------------------------------------------------- patients
PLACES = [("Grand Rapids", "Kent", ["49503", "49506", "49507"], "616"), ("Wyoming", "Kent", ["49509"], "616"),
          ("Ann Arbor", "Washtenaw", ["48103", "48104", "48105"], "734"), ("Ypsilanti", "Washtenaw", ["48197", "48198"], "734"),
          ("Muskegon", "Muskegon", ["49441", "49442"], "231"), ("Saginaw", "Saginaw", ["48601", "48602", "48603"], "989"),
          ("Bay City", "Bay", ["48706", "48708"], "989"), ("Kalamazoo", "Kalamazoo", ["49001", "49008"], "269"),
          ("Battle Creek", "Calhoun", ["49015", "49017"], "269"), ("Holland", "Ottawa", ["49423", "49424"], "616"),
          ("Lansing", "Ingham", ["48910", "48912"], "517"), ("Jackson", "Jackson", ["49201", "49203"], "517"),
          ("Dearborn", "Wayne", ["48124", "48126"], "313"), ("Flint", "Genesee", ["48503", "48507"], "810")]
STREETS = ["Fulton St E", "Packard Rd", "Crescent St", "Burton St SE", "W Cass Ave", "Chippewa Trl", "Division Ave S",
           "Pinecrest Ct", "Lake Michigan Dr NW", "Harmon Ave", "Washtenaw Ave", "Michigan Ave", "Gratiot Rd",
           "Oakwood Blvd", "Westnedge Ave", "Woodlawn Ave", "Marquette St", "E Grand River Ave", "Holmes Rd",
           "Cherry St SE", "Bluewater Ln", "Orchard Hill Dr", "Kellogg St", "Baldwin Ave"]
UNITS = ["Apt 2B", "Apt 14", "Unit 305", "Lot 27", "Apt C", "#4"]
PEOPLE_SRC = [
    ("Ngozi", "Adaeze", "Okafor", "F"), ("Thanh", "Van", "Nguyen", "M"), ("Aleksandra", "Maria", "Wiśniewska", "F"),
    ("José", "Luis", "Hernández", "M"), ("Priya", "", "Raghunathan", "F"), ("Søren", "Erik", "Lindqvist", "M"),
    ("Fatima", "Zahra", "Al-Sayed", "F"), ("Tomasz", "", "Kowalczyk", "M"), ("Yuki", "", "Tanaka", "F"),
    ("Olumide", "Babatunde", "Adeyemi", "M"), ("Siobhan", "Marie", "O'Connell", "F"), ("Kai", "", "Nakamura-Reyes", "M"),
    ("Dagny", "Ingrid", "Halvorsen", "F"), ("Lucía", "", "Castaño", "F"), ("Emeka", "Chidi", "Nwosu", "M"),
    ("Marisol", "", "Quintero", "F"), ("Hamid", "Reza", "Rahimi", "M"), ("Wei-Lin", "", "Chen", "F"),
    ("Dmitri", "Sergeyevich", "Volkov", "M"), ("Aroha", "", "Ngata", "F"), ("Thandiwe", "", "Mokoena", "F"),
    ("Henrik", "", "Aas", "M"), ("Guadalupe", "", "Ortiz", "F"), ("Bartholomew", "James", "Pruitt", "M"),
    ("Mae", "Louise", "Whitfield", "F"), ("Rahul", "", "Deshpande", "M"), ("Ilse", "", "van der Berg", "F"),
    ("Kwame", "Yaw", "Boateng", "M"), ("Zeynep", "", "Yıldız", "F"), ("Mateus", "", "Ferreira", "M"),
]
REL_GIVEN = {"F": ["Adaeze", "Rosa", "Hanna", "Leilani", "Ines", "Kateryna", "Amara", "Beatrix", "Noor", "Esperanza"],
             "M": ["Chinedu", "Pedro", "Jonas", "Tevita", "Arjun", "Bogdan", "Femi", "Lars", "Omar", "Rafael"]}
RELS = [("SPO", "Spouse"), ("CHD", "Child"), ("MTH", "Mother"), ("FTH", "Father"), ("SIB", "Sibling"), ("GRD", "Guardian")]
EMAIL_DOM = ["example.net", "example.com", "mail.example.org", "inbox.example.net", "webmail.example.com"]
PUB_IP = [lambda: "73.%d.%d.%d" % (ri(140, 191), ri(0, 255), ri(1, 254)),
          lambda: "68.%d.%d.%d" % (ri(40, 63), ri(0, 255), ri(1, 254)),
          lambda: "172.58.%d.%d" % (ri(0, 255), ri(1, 254)),
          lambda: "99.%d.%d.%d" % (ri(100, 127), ri(0, 255), ri(1, 254)),
          lambda: "107.%d.%d.%d" % (ri(2, 5), ri(0, 255), ri(1, 254)),
          lambda: "2600:1700:%x:%x::%x" % (ri(0x1000, 0xffff), ri(0x10, 0xfff), ri(1, 0xff))]
REF_DATE = dt.date(2025, 2, 11)


def make_person(g, m, f, sex, idx):
    city, county, zips, area = ch(PLACES)
    if idx in (5, 12, 23, 24):
        dob = dt.date(ri(1926, 1934), ri(1, 12), ri(1, 28))
    elif idx in (11, 20):
        dob = dt.date(ri(2009, 2019), ri(1, 12), ri(1, 28))
    else:
        dob = dt.date(ri(1938, 2004), ri(1, 12), ri(1, 28))
    age = REF_DATE.year - dob.year - ((REF_DATE.month, REF_DATE.day) < (dob.month, dob.day))
    facs = random.sample(FACS, ri(1, 3))
    p = dict(given=g, middle=m, family=f, sex=sex, dob=dob, age=age,
             street="%d %s" % (ri(12, 9890), ch(STREETS)), unit=ch(UNITS) if random.random() < 0.3 else "",
             city=city, county=county, zip=ch(zips), state="MI",
             phone=area + "555" + "01%02d" % ri(0, 99), mobile=area + "555" + "01%02d" % ri(0, 99),
             ssn=ssn(), mrns={fc["code"]: fc["mrn"]() for fc in facs}, euid="7" + digits(9),
             dl=fold(f)[0].upper() + digits(12), acct=ch(["V", "A", ""]) + digits(ri(9, 11)),
             user=ch(["%s.%s%02d" % (fold(g).lower(), fold(f).lower().replace(" ", ""), dob.year % 100),
                      "%s%s" % (fold(g)[0].lower(), fold(f).lower().replace(" ", "").replace("-", "")),
                      "%s_%s%d" % (fold(f).lower().replace(" ", ""), fold(g).lower()[:3], ri(1, 99))]),
             ip=ch(PUB_IP)())
    p["email"] = "%s%s%s@%s" % (fold(g).lower().replace("-", ""), ch([".", "_", ""]),
                                fold(f).lower().replace(" ", "").replace("-", ""), ch(EMAIL_DOM))
    if random.random() < 0.5:
        p["email"] = p["email"].replace("@", "%d@" % ri(1, 99))
    p["direct"] = "%s.%s@direct.myphr-example.com" % (fold(g).lower(), fold(f).lower().replace(" ", ""))
    if age >= 65:
        p["plan"] = ("MCR", "Medicare", mbi())
    elif random.random() < 0.45:
        p["plan"] = ("MCD", "Michigan Medicaid", digits(10))
    else:
        p["plan"] = (ch(["BCBSM", "PRIORITY", "HAP"]), ch(["Blue Cross Blue Shield of Michigan", "Priority Health",
                                                             "Health Alliance Plan"]),
                     ch(["XYP", "MHP", "HAP"]) + digits(9) + ch(["", "01", "02"]))
    p["group"] = digits(ri(5, 8))
    rs = ch("FM")
    rel = ch(RELS) if age >= 18 else ("MTH", "Mother") if rs == "F" else ("FTH", "Father")
    p["nk"] = dict(given=ch(REL_GIVEN[rs]), family=f if random.random() < 0.7 else ch(["Mbeki", "Torres", "Keller", "Sato"]),
                   rel=rel, phone=area + "555" + "01%02d" % ri(0, 99))
    p["fax"] = area + "555" + "01%02d" % ri(0, 99)
    if random.random() < 0.35:
        g14 = gtin14()
        p["udi"] = "(01)%s(17)%02d%02d%02d(10)%s(21)%s" % (g14, ri(26, 29), ri(1, 12), ri(1, 28), b62(6).upper(), digits(8))
    p["meter_sn"] = ch(["GM", "DXC", "FSL"]) + digits(ri(7, 9))
    p["imei"] = imei()
    p["vin"] = vin()
    p["case"] = "MI-%s-%s" % (ch(["2025", "25"]), digits(6))
    return p


PEOPLE = [make_person(g, m, f, s, i) for i, (g, m, f, s) in enumerate(PEOPLE_SRC)]


def pick_person():
    return ch(PEOPLE)


def any_mrn(p):
    code = ch(sorted(p["mrns"]))
    return FAC[code], p["mrns"][code]


def d_hl7(d):
    return d.strftime("%Y%m%d")


def d_iso(d):
    return d.isoformat()


def d_us(d):
    return d.strftime("%m/%d/%Y")


def recent_date(days_back=20):
    return REF_DATE - dt.timedelta(days=ri(0, days_back))


def recent_dt(days_back=12):
    d = REF_DATE - dt.timedelta(days=ri(0, days_back))
    return dt.datetime(d.year, d.month, d.day, ri(0, 23), ri(0, 59), ch([0, 0, ri(0, 59)]))


def staff():
    return ch(STAFF)


def thread_java():
    return ch(["http-nio-8443-exec-%d" % ri(1, 40), "qtp1184782272-%d" % ri(30, 90), "pool-4-thread-%d" % ri(1, 8),
               "DefaultMessageListenerContainer-%d" % ri(1, 6), "XNIO-1 task-%d" % ri(1, 16)])


def L4(level, thread, logger):
    return "%s %-5s [%s] %s - " % (ts_log4j(), level, thread, logger)


# ============================================================================ families
# ---------------------------------------------------------------- PIX
def fam_pix(phi):
    L = Line("log4j-pix")
    if not phi:
        v = ri(0, 4)
        fc = ch(FACS)
        if v == 0:
            L.t(L4("INFO", thread_java(), "org.lhin.ihe.pix.v3.PixV3Endpoint") +
                "ITI-45 request received: messageId=urn:uuid:%s sender=%s.3 receiver=%s.1.10 remoteAddr=%s tls=TLSv1.2" %
                (uid(), fc["oid"], HIE_OID, priv_ip()))
        elif v == 1:
            L.t(L4("DEBUG", thread_java(), "org.lhin.ihe.pix.v3.PixV3Endpoint") +
                "ITI-45 response built: acceptAckCode=AL typeCode=AA queryResponseCode=%s identifiers=%d elapsedMs=%d" %
                (ch(["OK", "OK", "NF"]), ri(0, 4), ri(8, 190)))
        elif v == 2:
            L.t(L4("INFO", "atna-sender-%d" % ri(1, 3), "org.openhealthtools.ihe.atna.auditor.PIXManagerAuditor") +
                "Sent RFC3881 audit message EventID=110112^Query^DCM EventTypeCode=ITI-9 outcome=0 to "
                "syslog-tls://audit.lhin.internal:6514 (%d bytes)" % ri(1400, 2600))
        elif v == 3:
            L.t(L4("INFO", "pix-notify-%d" % ri(1, 4), "org.lhin.ihe.pix.PixUpdateNotifier") +
                "ITI-46 update notification delivered to https://pixconsumer.%s:9443/pix/v3/notify HTTP %d in %d ms "
                "messageId=urn:uuid:%s" % (fc["direct"].replace("direct.", ""), ch([200, 200, 202, 503]), ri(40, 900), uid()))
        else:
            L.t(L4("WARN", thread_java(), "org.lhin.ihe.pix.PixFeedHandler") +
                "ITI-8 returned ACK AE to %s (%s): MSA|AE|%s ERR|^^^204&Unknown Key Identifier&HL70357|PID^1^3" %
                (fc["name"], fc["oid"], ctrl_id()))
        return L
    p = pick_person()
    fc, mrn = any_mrn(p)
    v = ri(0, 3)
    if v == 0:
        mode, esc = ch([("jq", E_jq), ("raw", E_raw)])
        L.t(L4("DEBUG", thread_java(), "org.lhin.ihe.pix.v3.PixV3Endpoint") +
            ("Inbound ITI-45 payload: \"" if mode == "jq" else "Inbound ITI-45 payload: "))
        L.add(['<PRPA_IN201309UV02 xmlns="urn:hl7-org:v3" ITSVersion="XML_1.0"><id root="', uid(),
               '"/><creationTime value="', hl7ts(), '"/><interactionId root="2.16.840.1.113883.1.6" extension="PRPA_IN201309UV02"/>'
               '<processingCode code="P"/><processingModeCode code="T"/><acceptAckCode code="AL"/><receiver typeCode="RCV">'
               '<device classCode="DEV" determinerCode="INSTANCE"><id root="', HIE_OID + '.1.10',
               '"/></device></receiver><sender typeCode="SND"><device classCode="DEV" determinerCode="INSTANCE"><id root="',
               fc["oid"] + ".3", '"/></device></sender><controlActProcess classCode="CACT" moodCode="EVN">'
               '<code code="PRPA_TE201309UV02" codeSystem="2.16.840.1.113883.1.6"/><queryByParameter><queryId root="',
               fc["oid"] + ".5", '" extension="', "Q" + digits(8), '"/><statusCode code="new"/><responsePriorityCode code="I"/>'
               '<parameterList><dataSource><value root="', EUID_AA, '"/><semanticsText>DataSource.id</semanticsText></dataSource>'
               '<patientIdentifier><value root="', fc["oid"], '" extension="', (mrn, "mrn"),
               '"/><semanticsText>Patient.id</semanticsText></patientIdentifier></parameterList></queryByParameter>'
               '</controlActProcess></PRPA_IN201309UV02>'], esc)
        if mode == "jq":
            L.t('"')
    elif v == 1:
        other = [c for c in p["mrns"] if c != fc["code"]]
        L.t(L4("INFO", thread_java(), "org.lhin.ihe.pix.PixQueryService") + "ITI-9 QBP^Q23 %s resolved " % ctrl_id())
        L.add([(mrn, "mrn"), "^^^%s&%s&ISO -> [" % (fc["code"], fc["oid"]), (p["euid"], "mrn"), "^^^LHIN&%s&ISO" % EUID_AA])
        for c in other:
            L.add(["~", (p["mrns"][c], "mrn"), "^^^%s&%s&ISO" % (c, FAC[c]["oid"])])
        L.t("] domains=%d cache=%s" % (2 + len(other), ch(["HIT", "MISS"])))
    elif v == 2:
        L.t(L4("ERROR", thread_java(), "org.lhin.ihe.pix.v3.PixV3Endpoint") +
            "ITI-45 AE returned: QueryResponseCode=NF, patientIdentifier extension=")
        L.add([(mrn, "mrn"), " root=%s not known in domain (requester=%s, remote=%s, messageId=urn:uuid:%s)" %
               (fc["oid"], fc["name"], priv_ip(), uid())])
    else:
        L.t(L4("INFO", "jms-pixfeed-%d" % ri(1, 6), "org.lhin.ihe.pix.PixFeedHandler") + "ITI-44 PRPA_IN201301UV02 accepted: identity ")
        L.add([(mrn, "mrn"), "@%s linked to EUID " % fc["oid"], (p["euid"], "mrn"),
               " (rule=%s, score=%s) familyName=" % (ch(["DET-SSN-DOB", "PROB-V3"]), ch(["1.000", "0.981", "0.957"])),
               (p["family"], "name"), " birthTime=", (d_hl7(p["dob"]), "date")])
    return L


# ---------------------------------------------------------------- PDQ
def fam_pdq(phi):
    L = Line("log4j-pdq")
    if not phi:
        v = ri(0, 3)
        qid = "Q" + digits(9)
        if v == 0:
            L.t(L4("INFO", thread_java(), "org.lhin.ihe.pdq.PdqSupplier") +
                "ITI-21 query %s completed: QAK|%s|NF|IHE PDQ Query^IHE PDQ Query hits=0 elapsedMs=%d" % (qid, qid, ri(20, 400)))
        elif v == 1:
            L.t(L4("DEBUG", "pdq-cleaner-1", "org.lhin.ihe.pdq.ContinuationCache") +
                "Continuation pointer %s for query %s expired after 300000 ms; %d cached pages released" %
                (b62(12), qid, ri(1, 9)))
        elif v == 2:
            L.t(L4("WARN", thread_java(), "org.lhin.ihe.pdq.v3.PdqV3Endpoint") +
                "ITI-47 rejected (AE) query %s from %s.3: at least one of LivingSubject.name, LivingSubject.birthTime, "
                "Patient.id must be supplied (detectedIssue code=ITI47-001)" % (qid, ch(FACS)["oid"]))
        else:
            L.t(L4("INFO", thread_java(), "org.lhin.ihe.pdq.RateLimiter") +
                "Demographics query throttled for sender %s.3 (rate=%d/min limit=120/min) retryAfter=%ds" %
                (ch(FACS)["oid"], ri(121, 300), ri(5, 60)))
        return L
    p = pick_person()
    fc, mrn = any_mrn(p)
    v = ri(0, 3)
    if v == 0:
        L.t(L4("DEBUG", thread_java(), "org.lhin.ihe.pdq.v3.PdqV3Endpoint") + "ITI-47 parameterList=\"")
        pcs = ['<parameterList>']
        if random.random() < 0.7:
            pcs += ['<livingSubjectAdministrativeGender><value code="%s"/><semanticsText>LivingSubject.administrativeGender'
                    '</semanticsText></livingSubjectAdministrativeGender>' % p["sex"]]
        pcs += ['<livingSubjectBirthTime><value value="', (d_hl7(p["dob"]), "date"),
                '"/><semanticsText>LivingSubject.birthTime</semanticsText></livingSubjectBirthTime>'
                '<livingSubjectName><value><given>', (p["given"], "name"), '</given><family>', (p["family"], "name"),
                '</family></value><semanticsText>LivingSubject.name</semanticsText></livingSubjectName>']
        if random.random() < 0.5:
            pcs += ['<patientAddress><value><streetAddressLine>', (p["street"], "address"), '</streetAddressLine><city>',
                    (p["city"], "address"), '</city><state>MI</state><postalCode>', (p["zip"], "zip"),
                    '</postalCode></value><semanticsText>Patient.addr</semanticsText></patientAddress>']
        if random.random() < 0.4:
            pcs += ['<patientTelecom><value value="tel:', (fmt_phone(p["phone"], 2), "phone"),
                    '"/><semanticsText>Patient.telecom</semanticsText></patientTelecom>']
        pcs += ['</parameterList>']
        L.add(pcs, E_jq)
        L.t("\" initialQuantity=%d sender=%s.3" % (ch([10, 20, 50]), fc["oid"]))
    elif v == 1:
        mode, esc = ch([("raw", E_raw), ("ent", E_ent)])
        L.t(L4("INFO", thread_java(), "org.apache.cxf.services.PDQSupplier_Service.PDQSupplier_Port_Soap12.PDQSupplier_PortType") +
            "Outbound Message ID: %d Response-Code: 200 Encoding: UTF-8 Payload: " % ri(100, 9999))
        pcs = ['<subject typeCode="SUBJ"><registrationEvent classCode="REG" moodCode="EVN"><statusCode code="active"/>'
               '<subject1 typeCode="SBJ"><patient classCode="PAT"><id root="', EUID_AA, '" extension="', (p["euid"], "mrn"),
               '" assigningAuthorityName="LHIN"/><id root="', fc["oid"], '" extension="', (mrn, "mrn"),
               '"/><statusCode code="active"/><patientPerson><name><given>', (p["given"], "name"), '</given>']
        if p["middle"]:
            pcs += ['<given>', (p["middle"], "name"), '</given>']
        pcs += ['<family>', (p["family"], "name"), '</family></name><telecom value="tel:', (fmt_phone(p["phone"], 2), "phone"),
                '" use="HP"/><administrativeGenderCode code="', p["sex"], '"/><birthTime value="', (d_hl7(p["dob"]), "date"),
                '"/><addr><streetAddressLine>', (p["street"], "address"), '</streetAddressLine><city>', (p["city"], "address"),
                '</city><state>MI</state><postalCode>', (p["zip"], "zip"), '</postalCode></addr></patientPerson>'
                '<providerOrganization classCode="ORG" determinerCode="INSTANCE"><id root="', fc["oid"], '"/><name>', fc["name"],
                '</name><contactParty classCode="CON"><telecom value="tel:', fmt_phone(fc["phone"], 2),
                '"/></contactParty></providerOrganization><subjectOf1><queryMatchObservation classCode="COND" moodCode="EVN">'
                '<code code="IHE_PDQ"/><value xsi:type="INT" value="', str(ri(72, 100)),
                '"/></queryMatchObservation></subjectOf1></patient></subject1></registrationEvent></subject>']
        L.add(pcs, esc)
    elif v == 2:
        L.t(L4("DEBUG", "mllp-rx-%d" % ri(1, 6), "org.lhin.ihe.pdq.v2.PdqV2Receiver") + "QBP^Q22 received: MSH|^~\\&|REG|%s|PDQ|LHIN|%s||QBP^Q22^QBP_Q21|%s|P|2.5\\rQPD|IHE PDQ Query|%s|" %
            (fc["code"], hl7ts(), ctrl_id(), "Q" + digits(9)))
        L.add(["@PID.5.1.1^", (p["family"].upper(), "name"), "~@PID.5.2^", (p["given"].upper(), "name"), "~@PID.7.1^",
               (d_hl7(p["dob"]), "date")])
        if random.random() < 0.4:
            L.add(["~@PID.11.5^", (p["zip"], "zip")])
        L.t("\\rRCP|I|20^RD\\r")
    else:
        q = pick_person()
        L.t(L4("INFO", "mllp-rx-%d" % ri(1, 6), "org.lhin.ihe.pdq.v2.PdqV2Receiver") +
            "RSP^K22 for query %s: QAK|OK hits=2 [" % ("Q" + digits(9)))
        L.add([(p["euid"], "mrn"), " score=%d, " % ri(90, 100), (q["euid"], "mrn"), " score=%d] elapsedMs=%d" % (ri(60, 79), ri(15, 300))])
    return L


# ---------------------------------------------------------------- XDS
CLASS_CODES = [("34133-9", "Summarization of Episode Note"), ("11506-3", "Progress note"), ("18842-5", "Discharge summary"),
               ("55751-2", "Public Health Case Report"), ("57016-8", "Privacy Policy Acknowledgment Document")]


def fam_xds(phi):
    L = Line("log4j-xds")
    fc = ch(FACS)
    if not phi:
        v = ri(0, 5)
        if v == 0:
            L.t(L4("INFO", thread_java(), "org.lhin.xds.registry.StoredQueryHandler") +
                "ITI-18 FindDocuments returned status=urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Success "
                "objects=%d returnType=LeafClass queryTimeMs=%d homeCommunityId=urn:oid:%s" % (ri(0, 14), ri(12, 700), HIE_OID))
        elif v == 1:
            L.t(L4("INFO", thread_java(), "org.lhin.xds.repository.RetrieveHandler") +
                "ITI-43 RetrieveDocumentSet repositoryUniqueId=1.3.6.1.4.1.21367.2017.2.3.%d documentUniqueId=%s "
                "homeCommunityId=urn:oid:%s mimeType=text/xml size=%d sha1=%s" % (ri(100, 130), oid_uid(), HIE_OID, ri(9000, 190000), hexs(40)))
        elif v == 2:
            L.t(L4("ERROR", thread_java(), "org.lhin.xds.registry.SubmissionValidator") +
                "XDSDuplicateUniqueIdInRegistry: DocumentEntry.uniqueId %s already registered (submissionSet %s, sourceId %s)" %
                (oid_uid(), oid_uid(), fc["oid"]))
        elif v == 3:
            s = staff()
            cc = ch(CLASS_CODES)
            L.t(L4("INFO", thread_java(), "org.lhin.xds.registry.RegisterHandler") +
                "ITI-42 SubmissionSet uniqueId=%s sourceId=%s authorInstitution=%s^^^^^^^^^%s authorPerson=^%s^%s^^^Dr^^^&2.16.840.1.113883.4.6&ISO "
                "contentTypeCode=%s classCode=%s entries=%d submissionTime=%s" %
                (oid_uid(), fc["oid"], fc["name"], fc["oid"], s["family"], s["given"], cc[0], cc[0], ri(1, 3), hl7ts()))
        elif v == 4:
            L.t(L4("DEBUG", thread_java(), "org.lhin.xds.repository.StorageService") +
                "Stored document %s in bucket xds-docs-prod/%s/%s (%d bytes, repositoryUniqueId=1.3.6.1.4.1.21367.2017.2.3.108, creationTime=%s)" %
                (oid_uid(), NOW.strftime("%Y/%m/%d"), uid(), ri(4000, 250000), hl7ts()))
        else:
            L.t(L4("WARN", thread_java(), "org.lhin.xds.registry.StoredQueryHandler") +
                "ITI-18 query urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d took %d ms (> 2000 ms), "
                "$XDSDocumentEntryCreationTimeFrom=%s $XDSDocumentEntryStatus=Approved" % (ri(2001, 9000), (NOW - dt.timedelta(days=ri(90, 700))).strftime("%Y%m%d")))
        return L
    p = pick_person()
    fmrn = ch(sorted(p["mrns"]))
    fc = FAC[fmrn]
    mrn = p["mrns"][fmrn]
    v = ri(0, 3)
    if v == 0:
        mode, esc = ch([("jq", E_jq), ("raw", E_raw)])
        L.t(L4("DEBUG", thread_java(), "org.lhin.xds.registry.StoredQueryHandler") + "AdhocQueryRequest=")
        if mode == "jq":
            L.t('"')
        L.add(['<query:AdhocQueryRequest xmlns:query="urn:oasis:names:tc:ebxml-regrep:xsd:query:3.0" '
               'xmlns:rim="urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0"><query:ResponseOption returnComposedObjects="true" '
               'returnType="LeafClass"/><rim:AdhocQuery id="urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d">'
               '<rim:Slot name="$XDSDocumentEntryPatientId"><rim:ValueList><rim:Value>\'', (p["euid"], "mrn"),
               '^^^&amp;', EUID_AA, '&amp;ISO\'</rim:Value></rim:ValueList></rim:Slot><rim:Slot name="$XDSDocumentEntryStatus">'
               '<rim:ValueList><rim:Value>(\'urn:oasis:names:tc:ebxml-regrep:StatusType:Approved\')</rim:Value></rim:ValueList>'
               '</rim:Slot><rim:Slot name="$XDSDocumentEntryCreationTimeFrom"><rim:ValueList><rim:Value>',
               (NOW - dt.timedelta(days=365)).strftime("%Y%m%d"), '</rim:Value></rim:ValueList></rim:Slot></rim:AdhocQuery>'
               '</query:AdhocQueryRequest>'], esc)
        if mode == "jq":
            L.t('"')
    elif v == 1:
        svc = recent_dt()
        mode, esc = ch([("raw", E_raw), ("ent", E_ent)])
        L.t(L4("DEBUG", thread_java(), "org.lhin.xds.repository.ProvideAndRegisterHandler") +
            "ITI-41 ExtrinsicObject id=Document%02d slots: " % ri(1, 3))
        pcs = ['<rim:Slot name="creationTime"><rim:ValueList><rim:Value>', hl7ts(), '</rim:Value></rim:ValueList></rim:Slot>'
               '<rim:Slot name="serviceStartTime"><rim:ValueList><rim:Value>', (svc.strftime("%Y%m%d%H%M"), "date"),
               '</rim:Value></rim:ValueList></rim:Slot><rim:Slot name="sourcePatientId"><rim:ValueList><rim:Value>',
               (mrn, "mrn"), '^^^&amp;', fc["oid"], '&amp;ISO</rim:Value></rim:ValueList></rim:Slot>'
               '<rim:Slot name="sourcePatientInfo"><rim:ValueList><rim:Value>PID-3|', (mrn, "mrn"), '^^^&amp;', fc["oid"],
               '&amp;ISO</rim:Value><rim:Value>PID-5|', (p["family"], "name"), '^', (p["given"], "name"), '^']
        if p["middle"]:
            pcs += [(p["middle"][0], "name")]
        pcs += ['^^</rim:Value><rim:Value>PID-7|', (d_hl7(p["dob"]), "date"), '</rim:Value><rim:Value>PID-8|', p["sex"],
                '</rim:Value><rim:Value>PID-11|', (p["street"], "address"), '^^', (p["city"], "address"), '^MI^', (p["zip"], "zip"),
                '^USA</rim:Value></rim:ValueList></rim:Slot><rim:Slot name="repositoryUniqueId"><rim:ValueList><rim:Value>'
                '1.3.6.1.4.1.21367.2017.2.3.108</rim:Value></rim:ValueList></rim:Slot>']
        L.add(pcs, esc)
    elif v == 2:
        cc = ch(CLASS_CODES)
        L.t(L4("INFO", thread_java(), "org.lhin.xds.registry.RegisterHandler") +
            "Registered DocumentEntry uniqueId=%s patientId=" % oid_uid())
        L.add([(p["euid"], "mrn"), "^^^&%s&ISO sourcePatientId=" % EUID_AA, (mrn, "mrn"),
               "^^^&%s&ISO classCode=%s formatCode=urn:hl7-org:sdwg:ccda-structuredBody:2.1 repositoryUniqueId=1.3.6.1.4.1.21367.2017.2.3.108 submissionSet=%s" %
               (fc["oid"], cc[0], oid_uid())])
    else:
        L.t(L4("ERROR", thread_java(), "org.lhin.xds.registry.SubmissionValidator") +
            "XDSPatientIdDoesNotMatch: DocumentEntry.patientId ")
        L.add([(mrn, "mrn"), "^^^&%s&ISO is not an affinity domain identifier; expected EUID for sourcePatientInfo PID-5 " % fc["oid"],
               (p["family"].upper(), "name"), "^", (p["given"].upper(), "name"), " (submissionSet %s, sourceId %s)" % (oid_uid(), fc["oid"])])
    return L


# ---------------------------------------------------------------- C-CDA
def org_addr_xml(fc):
    return ('<addr use="WP"><streetAddressLine>%s</streetAddressLine><city>%s</city><state>MI</state><postalCode>%s</postalCode>'
            '<country>US</country></addr>' % (fc["street"], fc["city"], fc["zip"]))


def fam_ccda(phi):
    L = Line("log4j-ccda")
    doc = oid_uid()
    fc = ch(FACS)
    if not phi:
        v = ri(0, 4)
        s = staff()
        sf = FAC[s["fac"]]
        if v == 0:
            L.t(L4("DEBUG", thread_java(), "org.lhin.cda.CdaIngestService") + "[docId=%s] author: " % doc)
            L.add(['<author><time value="', hl7ts(False), '"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="', s["npi"],
                   '"/>', org_addr_xml(sf), '<telecom use="WP" value="tel:', fmt_phone(sf["phone"], 2), '"/><assignedPerson><name>'
                   '<given>', s["given"], '</given><family>', s["family"], '</family><suffix>', s["cred"],
                   '</suffix></name></assignedPerson></assignedAuthor></author>'], ch([E_raw, E_jq]))
        elif v == 1:
            L.t(L4("DEBUG", thread_java(), "org.lhin.cda.CdaIngestService") + "[docId=%s] custodian: " % doc)
            L.add(['<custodian><assignedCustodian><representedCustodianOrganization><id root="2.16.840.1.113883.4.6" extension="',
                   sf["npi"], '"/><name>', sf["name"], '</name><telecom value="tel:', fmt_phone(sf["phone"], 2), '" use="WP"/>',
                   org_addr_xml(sf), '</representedCustodianOrganization></assignedCustodian></custodian>'])
        elif v == 2:
            L.t(L4("INFO", thread_java(), "org.lhin.cda.SchematronValidator") +
                "Schematron result for %s (templateId 2.16.840.1.113883.10.20.22.1.2 extension=2015-08-01): errors=0 warnings=%d "
                "[CONF:1198-32945, CONF:1198-5300, CONF:81-10127] in %d ms" % (doc, ri(1, 6), ri(40, 900)))
        elif v == 3:
            L.t(L4("WARN", thread_java(), "org.lhin.cda.SchematronValidator") +
                "CONF:1198-5402 %s: /ClinicalDocument/recordTarget[1]/patientRole/addr[1]/postalCode SHOULD be present; "
                "sdtc:raceCode nullFlavor=UNK; document effectiveTime=%s" % (doc, hl7ts(False)))
        else:
            L.t(L4("DEBUG", thread_java(), "org.lhin.cda.CdaIngestService") +
                "[docId=%s] legalAuthenticator: <legalAuthenticator><time value=\"%s\"/><signatureCode code=\"S\"/><assignedEntity>"
                "<id root=\"2.16.840.1.113883.4.6\" extension=\"%s\"/><assignedPerson><name><given>%s</given><family>%s</family>"
                "</name></assignedPerson></assignedEntity></legalAuthenticator> sections=%d" %
                (doc, hl7ts(False), s["npi"], s["given"], s["family"], ri(6, 17)))
        return L
    p = pick_person()
    fmrn = ch(sorted(p["mrns"]))
    fc = FAC[fmrn]
    mrn = p["mrns"][fmrn]
    v = ri(0, 5)
    esc = ch([E_raw, E_raw, E_jq])
    if v in (0, 1):
        L.t(L4("DEBUG", thread_java(), "org.lhin.cda.CdaIngestService") + "[docId=%s] recordTarget: " % doc)
        pcs = ['<recordTarget><patientRole><id extension="', (mrn, "mrn"), '" root="', fc["oid"], '"/>']
        if random.random() < 0.5:
            pcs += ['<id extension="', (p["ssn"], "ssn"), '" root="2.16.840.1.113883.4.1"/>']
        pcs += ['<addr use="HP"><streetAddressLine>', (p["street"], "address"), '</streetAddressLine>']
        if p["unit"]:
            pcs += ['<streetAddressLine>', (p["unit"], "address"), '</streetAddressLine>']
        pcs += ['<city>', (p["city"], "address"), '</city>']
        if random.random() < 0.4:
            pcs += ['<county>', (p["county"] + " County", "address"), '</county>']
        pcs += ['<state>MI</state><postalCode>', (p["zip"], "zip"), '</postalCode><country>US</country></addr>'
                '<telecom value="tel:', (fmt_phone(p["phone"], ch([1, 2])), "phone"), '" use="HP"/>']
        if random.random() < 0.6:
            pcs += ['<telecom value="tel:', (fmt_phone(p["mobile"], 2), "phone"), '" use="MC"/>']
        if random.random() < 0.6:
            pcs += ['<telecom value="mailto:', (p["email"], "email"), '"/>']
        pcs += ['<patient><name use="L"><given>', (p["given"], "name"), '</given>']
        if p["middle"]:
            pcs += ['<given>', (p["middle"], "name"), '</given>']
        pcs += ['<family>', (p["family"], "name"), '</family></name><administrativeGenderCode code="', p["sex"],
                '" codeSystem="2.16.840.1.113883.5.1" displayName="', "Female" if p["sex"] == "F" else "Male",
                '"/><birthTime value="', (d_hl7(p["dob"]), "date"), '"/>']
        if v == 1 and p["age"] >= 80:
            dd = recent_date(30)
            pcs += ['<sdtc:deceasedInd value="true"/><sdtc:deceasedTime value="', (d_hl7(dd), "date"), '"/>']
        pcs += ['<maritalStatusCode code="', ch("MSWD"), '" codeSystem="2.16.840.1.113883.5.2"/><languageCommunication>'
                '<languageCode code="', ch(["en", "es", "pl", "vi", "ar", "yo"]), '"/><preferenceInd value="true"/>'
                '</languageCommunication></patient><providerOrganization><id root="2.16.840.1.113883.4.6" extension="', fc["npi"],
                '"/><name>', fc["name"], '</name><telecom use="WP" value="tel:', fmt_phone(fc["phone"], 2), '"/>',
                org_addr_xml(fc), '</providerOrganization></patientRole></recordTarget>']
        L.add(pcs, esc)
    elif v == 2:
        nk = p["nk"]
        L.t(L4("DEBUG", thread_java(), "org.lhin.cda.CdaIngestService") + "[docId=%s] participant[IND]: " % doc)
        L.add(['<participant typeCode="IND"><associatedEntity classCode="', ch(["ECON", "NOK"]), '"><code code="', nk["rel"][0],
               '" codeSystem="2.16.840.1.113883.5.111" displayName="', nk["rel"][1], '"/><addr use="HP"><streetAddressLine>',
               (p["street"], "address"), '</streetAddressLine><city>', (p["city"], "address"), '</city><state>MI</state><postalCode>',
               (p["zip"], "zip"), '</postalCode></addr><telecom value="tel:', (fmt_phone(nk["phone"], 2), "phone"),
               '" use="HP"/><associatedPerson><name><given>', (nk["given"], "name"), '</given><family>', (nk["family"], "name"),
               '</family></name></associatedPerson></associatedEntity></participant>'], esc)
    elif v == 3:
        s = staff()
        adm = recent_dt()
        dis = adm + dt.timedelta(hours=ri(4, 140))
        L.t(L4("DEBUG", thread_java(), "org.lhin.cda.CdaIngestService") + "[docId=%s] componentOf: " % doc)
        L.add(['<componentOf><encompassingEncounter><id root="', fc["oid"], '.8" extension="', "ENC" + digits(9),
               '"/><code code="IMP" codeSystem="2.16.840.1.113883.5.4"/><effectiveTime><low value="', (adm.strftime("%Y%m%d%H%M%S") + "-0500", "date"),
               '"/><high value="', (dis.strftime("%Y%m%d%H%M%S") + "-0500", "date"), '"/></effectiveTime><responsibleParty><assignedEntity>'
               '<id root="2.16.840.1.113883.4.6" extension="', s["npi"], '"/><assignedPerson><name><given>', s["given"],
               '</given><family>', s["family"], '</family></name></assignedPerson></assignedEntity></responsibleParty>'
               '<location><healthCareFacility><id root="', fc["oid"], '"/><location><addr>', fc["street"] + ", " + fc["city"] + ", MI " + fc["zip"],
               '</addr></location></healthCareFacility></location></encompassingEncounter></componentOf>'], esc)
    elif v == 4 and p.get("udi"):
        proc = recent_date(60)
        L.t(L4("DEBUG", thread_java(), "org.lhin.cda.CdaIngestService") + "[docId=%s] procedure entry: " % doc)
        L.add(['<procedure classCode="PROC" moodCode="EVN"><templateId root="2.16.840.1.113883.10.20.22.4.14" extension="2014-06-09"/>'
               '<id root="', uid(), '"/><code code="', ch(["233174007", "39202005", "182680001"]), '" codeSystem="2.16.840.1.113883.6.96"/>'
               '<effectiveTime value="', (d_hl7(proc), "date"), '"/><participant typeCode="DEV"><participantRole classCode="MANU">'
               '<templateId root="2.16.840.1.113883.10.20.22.4.37"/><id root="2.16.840.1.113883.3.3719" extension="', (p["udi"], "device"),
               '"/><playingDevice><code code="', ch(["14106009", "360064005", "468063009"]), '" codeSystem="2.16.840.1.113883.6.96"/>'
               '</playingDevice><scopingEntity><id root="2.16.840.1.113883.3.3719"/></scopingEntity></participantRole></participant></procedure>'], esc)
    else:
        L.t(L4("WARN", thread_java(), "org.lhin.cda.SchematronValidator") +
            "CONF:1198-5300 %s: birthTime SHALL be precise to day; patient " % doc)
        L.add([(mrn, "mrn"), " (", (p["family"], "name"), ", ", (p["given"], "name"), ") birthTime value=\"", (d_hl7(p["dob"]), "date"),
               "\" accepted with warning"])
    return L


# ---------------------------------------------------------------- HL7 v2 via Mirth
def mirth_prefix(level, chan, extra="transmitter"):
    cid = uid()
    return "%-5s %s [Channel Dispatch Thread on %s (%s) < TCP Receiver Thread on %s (%s) < %s:%d] %s: " % (
        level, ts_log4j(), chan, cid, chan, cid, priv_ip(), ri(30000, 65000), extra)


def xad(L, p, county=True):
    L.add([(p["street"], "address"), "^"])
    if p["unit"]:
        L.add([(p["unit"], "address")])
    L.add(["^", (p["city"], "address"), "^MI^", (p["zip"], "zip"), "^USA^H"])
    if county and random.random() < 0.5:
        L.add(["^^", (p["county"], "address")])


def fam_hl7(phi):
    L = Line("mirth-hl7v2")
    fc = ch(FACS)
    chan = "ADT_Inbound_%s" % fc["code"]
    if not phi:
        v = ri(0, 4)
        ctrl = ctrl_id()
        if v == 0:
            L.t(mirth_prefix("INFO", chan, "responder") + "Sent ACK: MSH|^~\\&|LHIN|LHIN|%s|%s|%s||ACK^A%02d^ACK|ACK%s|P|2.5.1\\rMSA|AA|%s\\r" %
                (ch(["EPIC", "CERNER", "ATHENA", "MEDITECH"]), fc["code"], hl7ts(), ch([1, 3, 4, 8]), ctrl, ctrl))
        elif v == 1:
            L.t("%-5s %s [Statistics Updater] com.mirth.connect.server.controllers.DonkeyMessageController: Channel %s: Received=%d Filtered=%d Queued=%d Sent=%d Errored=%d" %
                ("INFO", ts_log4j(), chan, ri(10000, 90000), ri(10, 900), ri(0, 12), ri(10000, 90000), ri(0, 5)))
        elif v == 2:
            L.t(mirth_prefix("WARN", chan, "filter") + "Message %s filtered: MSH-9 ADT^A%02d not in allowed event list; MSH-7=%s MSH-4=%s^%s^ISO" %
                (ctrl, ch([28, 31, 60]), hl7ts(), fc["code"], fc["oid"]))
        elif v == 3:
            L.t("%-5s %s [TCP Listener on %s] com.mirth.connect.connectors.tcp.TcpReceiver: Connection accepted from %s:%d (%d active)" %
                ("INFO", ts_log4j(), chan, priv_ip(), ri(30000, 65000), ri(1, 6)))
        else:
            s = staff()
            L.t(mirth_prefix("DEBUG", chan, "transformer") + "Provider lookup PV1-7 %s^%s^%s^^^^%s^^^^NPI -> practitioner/%s (%s)" %
                (s["npi"], s["family"].upper(), s["given"].upper(), s["cred"], uid(), FAC[s["fac"]]["name"]))
        return L
    p = pick_person()
    fmrn = ch(sorted(p["mrns"]))
    fc = FAC[fmrn]
    chan = "ADT_Inbound_%s" % fc["code"]
    mrn = p["mrns"][fmrn]
    s = staff()
    v = ri(0, 3)
    ctrl = ctrl_id()
    if v in (0, 1, 2):
        ev = ch(["A01", "A04", "A08", "A03"])
        L.t(mirth_prefix("INFO", chan, "source") + "Received message: ")
        L.t("MSH|^~\\&|%s|%s|LHIN|LHIN|%s||ADT^%s^ADT_A01|%s|P|2.5.1\\rEVN|%s|%s\\rPID|1||" %
            (ch(["EPIC", "CERNER", "MEDITECH"]), fc["code"], hl7ts(), ev, ctrl, ev, hl7ts()))
        L.add([(mrn, "mrn"), "^^^%s^MR" % fc["code"]])
        if random.random() < 0.6:
            L.add(["~", (p["ssn"].replace("-", ""), "ssn"), "^^^SSA^SS"])
        L.add(["||", (p["family"].upper(), "name"), "^", (p["given"].upper(), "name")])
        if p["middle"]:
            L.add(["^", (p["middle"][0], "name")])
        L.add(["||", (d_hl7(p["dob"]), "date"), "|%s|||" % p["sex"]])
        xad(L, p)
        L.t("||")
        if random.random() < 0.5:
            L.add([(fmt_phone(p["phone"], 6), "phone"), "^PRN^PH"])
        else:
            L.add(["^PRN^PH^^1^", (p["phone"][:3] + "^" + p["phone"][3:], "phone")])
        if random.random() < 0.15:
            L.add(["~", (fmt_phone(p["fax"], 6), "fax"), "^PRN^FX"])
        if random.random() < 0.5:
            L.add(["~^NET^Internet^", (p["email"], "email")])
        L.t("||%s|%s||" % (ch(["ENG^English^ISO6392", "SPA^Spanish^ISO6392", "POL^Polish^ISO6392", "VIE^Vietnamese^ISO6392"]), ch("MSDW")))
        if random.random() < 0.6 and v != 2:
            L.add([(p["acct"], "account"), "^^^%s^AN" % fc["code"]])
        L.t("|")
        if random.random() < 0.5:
            L.add([(p["ssn"].replace("-", ""), "ssn")])
        L.t("|")
        if random.random() < 0.5:
            L.add([(p["dl"], "license"), "^MI^%d0%d%02d" % (ri(2026, 2030), ri(1, 9), ri(1, 28))])
        L.t("\\r")
        if v == 1:
            nk = p["nk"]
            L.add(["NK1|1|", (nk["family"].upper(), "name"), "^", (nk["given"].upper(), "name"), "|%s^%s^HL70063|" % nk["rel"]])
            xad(L, p, county=False)
            L.add(["|", (fmt_phone(nk["phone"], 6), "phone"), "||EC^Emergency Contact^HL70131\\r"])
        adm = recent_dt()
        pv1 = [""] * 45
        pv1[1] = "1"
        pv1[2] = ch(["I", "O", "E"])
        pv1[3] = "%s^%d^%s^%s" % (ch(["4W", "ED", "3N", "CLINIC"]), ri(100, 499), ch("AB"), fc["code"])
        pv1[7] = "%s^%s^%s^^^^%s^^^^NPI" % (s["npi"], s["family"].upper(), s["given"].upper(), s["cred"])
        pv1[10] = ch(["MED", "CAR", "EME", "FP"])
        pv1[14] = ch(["1", "7"])
        pv1[39] = fc["code"]
        L.t("PV1|" + "|".join(pv1[1:44]) + "|")
        L.add([(adm.strftime("%Y%m%d%H%M"), "date"), "\\r"])
        if v == 2:
            plan = p["plan"]
            in1 = [""] * 17
            in1[1] = "1"
            in1[2] = "%s^%s" % (plan[0], plan[1])
            in1[3] = digits(5)
            in1[4] = plan[1]
            in1[5] = "PO Box %d^^Lansing^MI^48909" % ri(30000, 39999)
            in1[7] = "(800)555-01%02d" % ri(0, 99)
            in1[8] = p["group"]
            L.t("IN1|" + "|".join(in1[1:16]) + "|")
            L.add([(p["family"].upper(), "name"), "^", (p["given"].upper(), "name"), "|SEL^Self^HL70063|", (d_hl7(p["dob"]), "date"),
                   "|" * 18, (plan[2], "health_plan"), "\\r"])
            nk = p["nk"]
            gp = p if p["age"] >= 18 else None
            L.add(["GT1|1|", (p["acct"], "account"), "|"])
            if gp:
                L.add([(p["family"].upper(), "name"), "^", (p["given"].upper(), "name")])
            else:
                L.add([(nk["family"].upper(), "name"), "^", (nk["given"].upper(), "name")])
            L.t("||")
            xad(L, p, county=False)
            L.add(["|", (fmt_phone(p["phone"] if gp else nk["phone"], 6), "phone"), "||||%s\\r" % ("SEL" if gp else nk["rel"][0])])
    else:
        col = recent_dt(5)
        L.t(mirth_prefix("INFO", "ELR_Outbound_MDHHS", "destination") + "Sending ORU^R01 to MDHHS ELR: MSH|^~\\&|LHIN-ELR|%s^%s^ISO|MDSS|MDHHS|%s||ORU^R01^ORU_R01|%s|P|2.5.1\\rPID|1||" %
            (fc["code"], fc["oid"], hl7ts(), ctrl))
        L.add([(mrn, "mrn"), "^^^%s&%s&ISO^MR||" % (fc["code"], fc["oid"]), (p["family"].upper(), "name"), "^", (p["given"].upper(), "name"),
               "||", (d_hl7(p["dob"]), "date"), "|%s|||" % p["sex"]])
        xad(L, p)
        L.add(["||", (fmt_phone(p["phone"], 6), "phone"), "^PRN^PH\\rOBR|1|%s|%s|%s^%s^LN|||" % ("ORD" + digits(7), "F" + digits(8),
                                                                                      ch(["94500-6", "43304-5", "548-8"]), ch(["SARS-CoV-2 RNA", "Chlamydia trachomatis rRNA", "Bordetella pertussis culture"])),
               (col.strftime("%Y%m%d%H%M"), "date"), "|||||||||%s^%s^%s\\r" % (s["npi"], s["family"].upper(), s["given"].upper())])
    return L


# ---------------------------------------------------------------- Postfix / Direct
QIDS = []


def qid():
    if QIDS and random.random() < 0.5:
        return ch(QIDS[-6:])
    q = b62(ri(11, 14)).replace("a", "B")
    QIDS.append(q)
    return q


def fam_postfix(phi):
    L = Line("postfix-direct")
    host = ch(["hisp-mx01", "hisp-mx02"])
    fc = ch(FACS)
    pid = ri(1000, 32000)
    q = qid()
    pub = "198.51.100.%d" % ri(2, 250) if random.random() < 0.5 else "203.0.113.%d" % ri(2, 250)
    pre = "%s %s postfix/" % (ts_syslog(), host)
    if not phi:
        v = ri(0, 8)
        s = staff()
        if v == 0:
            L.t(pre + "smtpd[%d]: connect from %s[%s]" % (pid, fc["host"], pub))
        elif v == 1:
            L.t(pre + "smtpd[%d]: Anonymous TLS connection established from %s[%s]: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256" % (pid, fc["host"], pub))
        elif v == 2:
            L.t(pre + "smtpd[%d]: %s: client=%s[%s]" % (pid, q, fc["host"], pub))
        elif v == 3:
            L.t(pre + "cleanup[%d]: %s: message-id=<%s.%s@%s>" % (pid, q, NOW.strftime("%Y%m%d%H%M%S"), b62(10), fc["direct"]))
        elif v == 4:
            L.t(pre + "qmgr[1123]: %s: from=<%s>, size=%d, nrcpt=1 (queue active)" % (q, ch([s["direct"], "referrals@" + fc["direct"], "results@" + fc["direct"], "ecr@direct.lhin.org"]), ri(4000, 2400000)))
        elif v == 5:
            L.t(pre + "lmtp[%d]: %s: to=<%s>, relay=james-hisp.lhin.internal[%s]:24, delay=%.2f, delays=%.2f/0.01/%.2f/%.2f, dsn=2.0.0, status=sent (250 2.6.0 Message received)" %
                (pid, q, s["direct"], priv_ip(), random.uniform(0.2, 4), random.uniform(0.01, 0.3), random.uniform(0.01, 0.4), random.uniform(0.1, 3)))
        elif v == 6:
            L.t(pre + "qmgr[1123]: %s: removed" % q)
        elif v == 7:
            L.t(pre + "smtpd[%d]: disconnect from %s[%s] ehlo=2 starttls=1 mail=1 rcpt=1 data=1 quit=1 commands=7" % (pid, fc["host"], pub))
        else:
            L.t(pre + "smtp[%d]: %s: to=<dr.%s@%s>, relay=%s[%s]:25, delay=1.4, delays=0.05/0/0.61/0.74, dsn=5.1.1, status=bounced (host %s[%s] said: 550 5.1.1 <dr.%s@%s>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))" %
                (pid, q, fold(s["family"]).lower(), fc["direct"], fc["host"], pub, fc["host"], pub, fold(s["family"]).lower(), fc["direct"]))
        return L
    p = pick_person()
    s = staff()
    v = ri(0, 2)
    if v == 0:
        L.add([pre + "qmgr[1123]: %s: from=<" % q, (p["direct"], "email"), ">, size=%d, nrcpt=1 (queue active)" % ri(3000, 900000)])
    elif v == 1:
        L.add([pre + "smtp[%d]: %s: to=<" % (pid, q), (p["direct"], "email"),
               ">, relay=mx.direct.myphr-example.com[%s]:25, delay=0.92, delays=0.08/0.01/0.3/0.53, dsn=2.0.0, status=sent (250 2.0.0 OK %s)" % (pub, b62(16))])
    else:
        dob = p["dob"]
        L.add([pre + "cleanup[%d]: %s: warning: header Subject: %s - " % (pid, q, ch(["Referral", "Transition of Care", "Consult note"])),
               (p["family"].upper(), "name"), ", ", (p["given"].upper(), "name"), " DOB ", (d_us(dob), "date"),
               " from %s[%s]; from=<%s> to=<%s> proto=ESMTP helo=<%s>" % (fc["host"], pub, s["direct"], ch(STAFF)["direct"], fc["host"])])
    return L


# ---------------------------------------------------------------- XDM / MDN
def fam_xdm(phi):
    L = Line("log4j-xdm")
    lg = "org.lhin.direct.xdm.XdmPackageProcessor"
    thr = "direct-inbound-%d" % ri(1, 8)
    if not phi:
        v = ri(0, 4)
        if v == 0:
            L.t(L4("INFO", thr, lg) + "Unpacking attachment application/zip name=xdm_%s_%s.zip size=%d messageId=<%s.%s@%s>" %
                (NOW.strftime("%Y%m%d"), b62(8), ri(20000, 3000000), NOW.strftime("%Y%m%d%H%M%S"), b62(10), ch(FACS)["direct"]))
        elif v == 1:
            L.t(L4("DEBUG", thr, lg) + "Entry %s (%d bytes) crc32=%s" % (ch(["IHE_XDM/SUBSET01/METADATA.XML", "README.TXT", "INDEX.HTM",
                                                                             "IHE_XDM/SUBSET01/DOC%05d.XML" % ri(1, 4), "IHE_XDM/SUBSET01/DOC00001.PDF"]), ri(400, 200000), hexs(8)))
        elif v == 2:
            s = staff()
            f = FAC[s["fac"]]
            L.t(L4("DEBUG", thr, lg) + "METADATA.XML SubmissionSet uniqueId=%s sourceId=%s intendedRecipient=%s^^^^^^^^^%s|^%s^%s^^^^^^^&amp;2.16.840.1.113883.4.6&amp;ISO^^^^^^^^^^%s" %
                (oid_uid(), ch(FACS)["oid"], f["name"], f["oid"], s["family"], s["given"], s["direct"]))
        elif v == 3:
            L.t(L4("WARN", thr, lg) + "XDM hash mismatch for IHE_XDM/SUBSET01/DOC00001.XML: metadata sha1=%s computed=%s (document accepted, policy=WARN)" % (hexs(40), hexs(40)))
        else:
            L.t(L4("INFO", thr, lg) + "XDM package processed: documents=%d submissionSet=%s forwarded to XDS ITI-41 endpoint https://xds-repo.lhin.internal:8443/iti41 in %d ms" %
                (ri(1, 3), oid_uid(), ri(90, 4000)))
        return L
    p = pick_person()
    fc, mrn = any_mrn(p)
    if random.random() < 0.5:
        L.add([L4("DEBUG", thr, lg) + "Entry IHE_XDM/SUBSET01/%s_" % ch(["CCD", "TOC", "Referral"]), (fold(p["family"]).upper().replace(" ", ""), "name"), "_",
               (fold(p["given"]).upper(), "name"), "_", (d_hl7(p["dob"]), "date"), ".xml (%d bytes) crc32=%s" % (ri(9000, 200000), hexs(8))])
    else:
        L.add([L4("DEBUG", thr, lg) + "METADATA.XML DocumentEntry uniqueId=%s patientId=" % oid_uid(), (p["euid"], "mrn"),
               "^^^&amp;%s&amp;ISO sourcePatientId=" % EUID_AA, (mrn, "mrn"), "^^^&amp;%s&amp;ISO mimeType=text/xml classCode=34133-9" % fc["oid"]])
    return L


def fam_mdn(phi):
    L = Line("log4j-mdn")
    fc = ch(FACS)
    s = staff()
    msgid = "<%s.%s@%s>" % (NOW.strftime("%Y%m%d%H%M%S"), b62(10), ch(FACS)["direct"])
    v = ri(0, 3)
    if v == 0:
        L.t(L4("INFO", "smtp-agent-%d" % ri(1, 4), "org.nhindirect.gateway.smtp.dsn.DSNCreator") +
            "MDN sent: Original-Message-ID: %s; Final-Recipient: rfc822; %s; Disposition: automatic-action/MDN-sent-automatically;processed" %
            (msgid, ch([s["direct"], "referrals@" + fc["direct"]])))
    elif v == 1:
        L.t(L4("INFO", "smtp-agent-%d" % ri(1, 4), "org.nhindirect.monitor.processor.MessageMonitor") +
            "Received MDN dispatched for Message-ID %s from %s; X-DIRECT-FINAL-DESTINATION-DELIVERY=true; elapsed %d ms" % (msgid, s["direct"], ri(800, 900000)))
    elif v == 2:
        L.t(L4("WARN", "monitor-timer-1", "org.nhindirect.monitor.processor.impl.TimelyAndReliableCompletionCondition") +
            "No dispatched MDN from %s within 3600000 ms for %s; generating DSN failure to %s" % (s["direct"], msgid, "referrals@" + ch(FACS)["direct"]))
    else:
        L.t(L4("DEBUG", "smtp-agent-%d" % ri(1, 4), "org.nhindirect.stagent.cert.impl.LDAPCertificateStore") +
            "Resolved %d certificate(s) for %s via LDAP ldap://certs.%s:389 policy OID 1.3.6.1.4.1.41179.2.3 notAfter=%s" %
            (ri(1, 2), fc["direct"], fc["direct"].replace("direct.", ""), (NOW + dt.timedelta(days=ri(30, 700))).strftime("%Y-%m-%dT%H:%M:%SZ")))
    return L


# ---------------------------------------------------------------- eCR
CONDITIONS = [("840539006", "COVID-19"), ("27836007", "Pertussis"), ("105629000", "Chlamydial infection"),
              ("76272004", "Syphilis"), ("186788009", "Q fever"), ("40468003", "Hepatitis A"), ("57653000", "Carbon monoxide poisoning")]


def py_prefix(level, logger):
    return "%s %s [%s] %s: " % (ts_log4j(), level, ch(["ecr-router", "worker-%d" % ri(1, 4), "MainThread"]), logger)


def fam_ecr(phi):
    L = Line("python-ecr")
    if not phi:
        v = ri(0, 5)
        if v == 0:
            L.t(py_prefix("INFO", "ecr.aims") + "AIMS upload OK: s3://aims-ecr-prod/inbound/MI/eicr-%s.xml (%d bytes) in %d ms, etag=\"%s\"" %
                (oid_uid(), ri(20000, 400000), ri(80, 3000), hexs(32)))
        elif v == 1:
            c = ch(CONDITIONS)
            L.t(py_prefix("INFO", "ecr.rckms") + "RCKMS decision setId=%s reportable=%s conditions=[%s] jurisdictions=[%s] rulesVersion=%s" %
                (oid_uid(), ch(["true", "false"]), c[0], ch(PUBHEALTH)[1], ch(["2025.01.14", "2024.12.18"])))
        elif v == 2:
            L.t(py_prefix("INFO", "ecr.triggers") + "Loaded eRSD trigger code value sets version 3.1.0 (published 2025-01-30): %d codes, %d value sets" % (ri(20000, 26000), ri(80, 140)))
        elif v == 3:
            ph = ch(PUBHEALTH)
            fc = ch(FACS)
            L.t(py_prefix("INFO", "ecr.rr") + "RR %s routed to %s via Direct inbox@%s (sender %s, %s)" % (oid_uid(), fc["name"], fc["direct"], ph[0], ph[2]))
        elif v == 5:
            L.t(py_prefix("ERROR", "ecr.aims") + "AIMS S3 PUT failed (503 SlowDown) for eicr-%s.xml; alert sent to %s; retry 3/5 in 40s" % (oid_uid(), SYS_EMAILS[4]))
        else:
            L.t(py_prefix("WARN", "ecr.router") + "eICR %s version %d superseded by version %d; previous setId retained; age of queue head=%ds" %
                (oid_uid(), ri(1, 2), ri(3, 4), ri(1, 80)))
        return L
    p = pick_person()
    if random.random() < 0.3:
        p = ch([x for x in PEOPLE if x["age"] >= 90])
    fc, mrn = any_mrn(p)
    c = ch(CONDITIONS)
    ph = [x for x in PUBHEALTH if x[1].endswith(p["county"])] or [PUBHEALTH[3]]
    v = ri(0, 4)
    s0 = staff()
    if v == 0:
        L.add([py_prefix("INFO", "ecr.router") + "eICR received setId=%s version=%d trigger=%s (%s) patient=\"" % (oid_uid(), ri(1, 2), c[0], c[1]),
               (p["given"] + " " + p["family"], "name"), "\" dob=", (d_iso(p["dob"]), "date"), " sex=%s " % p["sex"]])
        if p["age"] >= 90:
            L.add(["age=", (str(p["age"]), "age"), " "])
        else:
            L.t("age=%d " % p["age"])
        L.add(["addr=\"", (p["street"], "address"), ", ", (p["city"], "address"), ", MI ", (p["zip"], "zip"), "\" phone=",
               (fmt_phone(p["phone"], 1), "phone"), " jurisdiction=%s facility=%s (NPI %s)" % (ph[0][1], fc["name"], fc["npi"])])
    elif v == 1:
        L.add([py_prefix("INFO", "ecr.rr") + "RR received for eICR %s: RR1=RRVS1 (Reportable) condition=%s jurisdiction=\"%s\" patient MRN " % (oid_uid(), c[1], ph[0][0]),
               (mrn, "mrn"), " PHA case id ", (p["case"], "other_id"), " RR11 routing=%s" % ch(["RRVS7", "RRVS8"])])
    elif v == 2:
        col = recent_date(6)
        L.add([py_prefix("INFO", "ecr.lab") + "lab trigger LOINC %s matched for %s/" % (ch(["94500-6", "43304-5", "548-8", "20507-0"]), fc["code"]),
               (mrn, "mrn"), " specimen collected ", (d_iso(col), "date"), " resulted %s ordering NPI %s" % (NOW.strftime("%Y-%m-%dT%H:%M"), staff()["npi"])])
    elif v == 3:
        adm = recent_date(10)
        L.add([py_prefix("DEBUG", "ecr.builder") + "eICR encounter summary mrn=", (mrn, "mrn"), " name=", (p["family"], "name"), ",", (p["given"], "name"),
               " encounter_date=", (d_iso(adm), "date")])
        if p["age"] >= 90:
            L.add([" age_at_encounter=", (str(p["age"]), "age")])
        else:
            L.t(" age_at_encounter=%d" % p["age"])
        L.t(" onset_condition=%s provider=\"%s %s, %s\" template=2.16.840.1.113883.10.20.15.2:2021-01-01" % (c[0], s0["given"], s0["family"], s0["cred"]))
    else:
        L.add([py_prefix("INFO", "ecr.builder") + "exposure history appended for case ", (p["case"], "other_id"), ": CO source=vehicle exhaust, VIN ",
               (p["vin"], "vehicle"), ", parent/guardian ", (p["nk"]["given"] + " " + p["nk"]["family"], "name"), " tel ",
               (fmt_phone(p["nk"]["phone"], 0), "phone")])
    return L


# ---------------------------------------------------------------- MPI JSON
def jstr(v):
    return json.dumps(v, ensure_ascii=False)


def fam_mpi(phi):
    L = Line("json-mpi")
    rid = uid()
    style = ri(0, 1)
    if style == 0:
        head = '{"@timestamp":"%s","@version":"1","message":"%%s","logger_name":"org.lhin.empi.match.ProbabilisticMatcher","thread_name":"match-exec-%d","level":"INFO","level_value":20000,"requestId":"%s"' % (ts_iso_local(), ri(1, 12), rid)
    else:
        head = '{"ts":"%s","lvl":"info","svc":"mpi-matcher","ver":"4.12.3","msg":"%%s","req_id":"%s"' % (ts_iso_z(), rid)
    if not phi:
        v = ri(0, 4)
        if v == 0:
            L.t(head % "blocking index rebuild complete" + ',"blocks":%d,"records":%d,"durationMs":%d}' % (ri(300000, 450000), ri(1800000, 2100000), ri(60000, 400000)))
        elif v == 1:
            L.t(head % "match config loaded" + ',"configVersion":"2025.02.03","weights":{"familyName":4.21,"givenName":3.05,"birthDate":5.5,"ssn":7.9,"postalCode":1.2,"phone":2.4},"thresholds":{"autoLink":0.92,"review":0.75}}')
        elif v == 2:
            L.t(head % "match stats" + ',"window":"PT5M","requests":%d,"autoLink":%d,"review":%d,"noMatch":%d,"p95Ms":%d}' % (ri(1200, 2400), ri(1000, 1200), ri(10, 60), ri(100, 200), ri(20, 60)))
        elif v == 4:
            L.t(head % "steward digest sent" + ',"to":"%s","cc":"%s","openTasks":%d,"oldestTaskAgeHours":%d,"smtpStatus":"250 2.0.0 Ok"}' % (SYS_EMAILS[5], SYS_EMAILS[1], ri(3, 90), ri(1, 200)))
        else:
            L.t(head % "steward task closed" + ',"taskId":"DS-2025-%06d","resolution":"%s","steward":"%s","durationSec":%d}' % (ri(1, 9999), ch(["NOT_DUPLICATE", "MERGED", "DEFERRED"]), ch(STEWARDS), ri(30, 5000)))
        return L
    p = pick_person()
    if random.random() < 0.2:
        p = ch([x for x in PEOPLE if x["age"] >= 90])
    fc, mrn = any_mrn(p)
    v = ch([0, 0, 1, 1, 2, 3, 4, 4])
    q = pick_person()
    if v in (0, 1):
        if style == 0:
            L.add([head % "match evaluated" + ',"sourceSystem":"%s","input":{"localId":"' % fc["code"], (mrn, "mrn"), '","familyName":"', (E_json(p["family"]), "name"),
                   '","givenName":"', (E_json(p["given"]), "name"), '","birthDate":"', (d_iso(p["dob"]), "date"), '","gender":"%s","ageYears":' % p["sex"]])
            if p["age"] >= 90:
                L.add([(str(p["age"]), "age")])
            else:
                L.t(str(p["age"]))
            L.add([',"postalCode":"', (p["zip"], "zip"), '"'])
            if random.random() < 0.5:
                L.add([',"phone":"', (fmt_phone(p["phone"], 3), "phone"), '"'])
            if random.random() < 0.4:
                L.add([',"ssn":"', (p["ssn"].replace("-", ""), "ssn"), '"'])
            L.add(['},"candidates":[{"euid":"', (p["euid"], "mrn"), '","score":0.%04d,"decision":"AUTO_LINK"},{"euid":"' % ri(9200, 9999), (q["euid"], "mrn"),
                   '","score":0.%04d,"decision":"NO_MATCH"}],"elapsedMs":%d}' % (ri(1000, 6000), ri(4, 90))])
        else:
            L.add([head % "candidate list" + ',"q":{"fn":"', (E_json(p["given"]), "name"), '","ln":"', (E_json(p["family"]), "name"), '","dob":"', (d_hl7(p["dob"]), "date"),
                   '","zip":"', (p["zip"], "zip"), '","src":"%s","mrn":"' % fc["code"], (mrn, "mrn"), '"},"cands":[{"eid":"', (p["euid"], "mrn"),
                   '","s":0.%03d,"f":{"ln":1.0,"fn":0.%02d,"dob":1.0,"addr":0.%02d}},{"eid":"' % (ri(880, 999), ri(80, 99), ri(30, 99)), (q["euid"], "mrn"),
                   '","s":0.%03d,"f":{"ln":0.%02d,"fn":0.%02d,"dob":0.0,"addr":0.%02d}}],"n":2}' % (ri(300, 700), ri(10, 99), ri(10, 99), ri(0, 40))])
    elif v == 2:
        L.add([head % "potential duplicate queued for data steward review" + ',"taskId":"DS-2025-%06d","euidA":"' % ri(1, 9999), (p["euid"], "mrn"), '","euidB":"', (q["euid"], "mrn"),
               '","score":0.%d,"assignee":"%s","reason":"DOB_TRANSPOSITION"}' % (ri(7500, 9199), ch(STEWARDS))])
    elif v == 3:
        bio = b64_blob(b"FMR\x00 20\x00", ri(90, 180))
        L.add([head % "identity proofing biometric enrolled" + ',"euid":"', (p["euid"], "mrn"), '","modality":"%s","template":"' % ch(["FINGER", "FACE"]),
               (bio, "biometric"), '","quality":%d,"device":"kiosk-%s-%02d"}' % (ri(40, 99), fc["code"].lower(), ri(1, 12))])
    else:
        kind = ch(["jpeg", "png"])
        blob = b64_blob(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" if kind == "jpeg" else b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ri(180, 420))
        L.add([head % "registration photo attached" + ',"euid":"', (p["euid"], "mrn"), '","photo":"', ("data:image/%s;base64,%s" % (kind, blob), "photo"),
               '","capturedBy":"%s","truncated":true}' % ch(STEWARDS)])
    return L


# ---------------------------------------------------------------- consent (logfmt)
def fam_consent(phi):
    L = Line("logfmt-consent")
    pre = "time=%s level=%s " % (ts_iso_z(), "%s")
    if not phi:
        v = ri(0, 5)
        if v == 0:
            L.t(pre % "info" + 'msg="policy cache refreshed" svc=consent-registry policies=%d etag="W/\\"%s\\"" took=%dms' % (ri(8, 20), hexs(8), ri(20, 400)))
        elif v == 1:
            L.t(pre % "info" + 'msg="consent check" svc=consent-registry decision=%s requester_oid=%s purpose=%s directive_count=%d latency_ms=%d trace_id=%s' %
                (ch(["PERMIT", "PERMIT", "DENY"]), ch(FACS)["oid"], ch(["TREATMENT", "PAYMENT", "PUBLICHEALTH"]), ri(0, 3), ri(1, 40), hexs(32)))
        elif v == 2:
            L.t(pre % "warn" + 'msg="XACML obligation applied" svc=pdp obligation=urn:oasis:names:tc:xspa:2.0:resource:redact:42CFRPart2 docs_filtered=%d policy_oid=%s.2.7 version=3' % (ri(1, 5), HIE_OID))
        elif v == 4:
            L.t(pre % "info" + 'msg="notification queued" svc=consent-notify template=optout_confirmation_v3 from=%s smtp_relay=%s:25 queue_depth=%d' % (SYS_EMAILS[0], priv_ip(), ri(0, 40)))
        else:
            s = ch(STEWARDS)
            L.t(pre % "info" + 'msg="batch opt-out import finished" svc=consent-registry file=optout_%s.csv rows=%d accepted=%d rejected=%d operator=%s' %
                (NOW.strftime("%Y%m%d"), ri(20, 300), ri(15, 280), ri(0, 6), s))
        return L
    p = pick_person()
    v = ri(0, 4)
    did = "cd-" + uid()
    meth = ch(["FAX", "FAX", "PORTAL", "PAPER"])
    if v == 0:
        L.add([pre % "info" + 'msg="consent directive recorded" svc=consent-registry directive_id=%s patient_id=' % did, (p["euid"], "mrn"),
               " type=%s scope=ALL_PARTICIPANTS signed_date=" % ch(["OPT_OUT", "OPT_IN", "OPT_OUT_EXCEPT_EMERGENCY"]), (d_iso(recent_date(15)), "date"),
               " method=%s" % meth])
        if meth == "FAX":
            L.add([" received_from=", (fmt_phone(p["fax"], 1), "fax"), " reply_fax=%s" % fmt_phone(ch(FACS)["fax"], 1)])
        L.t(" operator=%s policy_oid=%s.2.7" % (ch(STEWARDS), HIE_OID))
    elif v == 1:
        L.add([pre % "info" + 'msg="opt-out request verified" svc=consent-registry directive_id=%s name="' % did, (p["given"] + " " + p["family"], "name"),
               '" dob=', (d_iso(p["dob"]), "date"), " last4_match=true verified_by=%s" % ch(STEWARDS)])
    elif v == 2:
        kid = [x for x in PEOPLE if x["age"] < 18]
        k = ch(kid)
        nk = k["nk"]
        L.add([pre % "info" + 'msg="guardian consent captured" svc=consent-registry minor_id=', (k["euid"], "mrn"), ' guardian_name="',
               (nk["given"] + " " + nk["family"], "name"), '" guardian_phone=', (fmt_phone(nk["phone"], 3), "phone"), " relationship=%s" % nk["rel"][0]])
    elif v == 3:
        L.add([pre % "info" + 'msg="consent portal login" svc=consent-ui username=', (p["user"], "other_id"), " ip=", (p["ip"], "ip"),
               ' ua="Mozilla/5.0" mfa=%s session=%s' % (ch(["sms", "totp", "none"]), hexs(24))])
    else:
        L.add([pre % "info" + 'msg="BPPC document registered" svc=consent-registry doc_uid=%s patient_id=' % oid_uid(), (p["euid"], "mrn"),
               "^^^&%s&ISO policy=urn:oid:%s.2.%d classCode=57016-8 notify=" % (EUID_AA, HIE_OID, ri(1, 9)), (p["email"], "email")])
    return L


# ---------------------------------------------------------------- nginx / envoy
UAS = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
       'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36',
       'Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.200 Mobile Safari/537.36']


def nginx_tail(status, size, ref, ua):
    return ' %d %d "%s" "%s" rt=%.3f uct="0.000" uht="%.3f" urt="%.3f"' % (status, size, ref, ua, random.uniform(0.001, 0.9), random.uniform(0.001, 0.5), random.uniform(0.001, 0.5))


def fam_nginx(phi):
    L = Line("nginx-access")
    if not phi:
        v = ri(0, 4)
        ip = priv_ip()
        if v == 0:
            L.t('%s - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"' % (ip, ts_nginx()))
        elif v == 1:
            L.t('%s - - [%s] "POST /iti18 HTTP/1.1"' % (ip, ts_nginx()) + nginx_tail(200, ri(800, 90000), "-", "Apache-CXF/3.5.7"))
        elif v == 2:
            L.t('%s - - [%s] "GET /portal/static/js/main.%s.js HTTP/2.0"' % (ip, ts_nginx(), hexs(8)) + nginx_tail(200, ri(20000, 600000), "https://myrecord.lhin.org/portal/", ch(UAS)))
        elif v == 3:
            L.t('%s - svc_ehr_%s [%s] "GET /fhir/R4/metadata HTTP/1.1"' % (ip, ch(FACS)["code"].lower(), ts_nginx()) + nginx_tail(200, ri(30000, 90000), "-", "HAPI-FHIR/7.4.0 (FHIR Client; FHIR 4.0.1/R4; apache)"))
        else:
            L.t('%s - - [%s] "POST /iti41 HTTP/1.1"' % ("198.51.100.%d" % ri(2, 250), ts_nginx()) + nginx_tail(ch([200, 200, 413]), ri(300, 4000), "-", "Apache-CXF/3.5.7") + ' ssl_client_s_dn="CN=xds-edge.%s,O=%s"' % (ch(FACS)["direct"].replace("direct.", ""), ch(FACS)["name"]))
        return L
    p = pick_person()
    v = ch([0, 1, 2, 2, 3])
    ref = "https://myrecord.lhin.org/portal/dashboard"
    if v == 0:
        L.add([(p["ip"], "ip"), ' - - [%s] "GET /portal/api/v2/consent/status?euid=' % ts_nginx(), (p["euid"], "mrn"), ' HTTP/2.0"' + nginx_tail(200, ri(100, 900), ref, ch(UAS))])
    elif v == 1:
        fc = ch(FACS)
        L.add(['%s - svc_ehr_%s [%s] "GET /fhir/R4/Patient?family=' % (priv_ip(), fc["code"].lower(), ts_nginx()), (fold(p["family"]).replace(" ", "%20"), "name"),
               "&given=", (fold(p["given"]), "name"), "&birthdate=", (d_iso(p["dob"]), "date"),
               ' HTTP/1.1"' + nginx_tail(200, ri(900, 40000), "-", "HAPI-FHIR/7.4.0 (FHIR Client; FHIR 4.0.1/R4; apache)")])
    elif v == 2:
        L.add([(p["ip"], "ip"), ' - - [%s] "POST /portal/api/v2/profile/avatar HTTP/2.0" 204 0 "' % ts_nginx(),
               ("https://myrecord.lhin.org/u/%s/profile" % p["user"], "url"),
               '" "%s" rt=%.3f uct="0.000" uht="%.3f" urt="%.3f"' % (ch(UAS), random.uniform(0.01, 0.9), random.uniform(0.01, 0.5), random.uniform(0.01, 0.5))])
    else:
        L.add([(p["ip"], "ip"), ' - - [%s] "POST /portal/login HTTP/2.0"' % ts_nginx() + nginx_tail(302, 0, "https://myrecord.lhin.org/portal/login?next=%2Fportal%2Fdashboard", ch(UAS))])
    return L


def fam_envoy(phi):
    L = Line("envoy-access")
    up = ch(["xds-registry.hie.svc:8443", "pix-manager.hie.svc:8443", "fhir-gw.hie.svc:8080", "consent-pdp.hie.svc:9090", "mpi-api.hie.svc:8080"])
    t = "[%s]" % ts_iso_z()
    if not phi:
        path = ch(["/iti18", "/iti41", "/iti43", "/iti45", "/fhir/R4/metadata", "/pdp/v1/decision", "/healthz"])
        L.t('%s "%s %s HTTP/1.1" %d - %d %d %d %d "%s" "%s" "%s" "%s" "%s:%d"' %
            (t, ch(["POST", "GET"]), path, ch([200, 200, 200, 503, 404]), ri(0, 90000), ri(0, 200000), ri(1, 900), ri(1, 880), priv_ip(),
             ch(["Apache-CXF/3.5.7", "Go-http-client/2.0", "envoy/1.31.2"]), uid(), up, priv_ip(), ch([8443, 8080, 9090])))
        return L
    p = pick_person()
    L.add([t + ' "GET /fhir/R4/Patient/', (p["euid"], "mrn"), '/$everything?_since=%s HTTP/2" 200 - 0 %d %d %d "' %
           ((NOW - dt.timedelta(days=30)).strftime("%Y-%m-%d"), ri(2000, 600000), ri(20, 2000), ri(20, 1900)),
           (p["ip"], "ip"), ',%s" "%s" "%s" "%s" "%s:8080"' % (priv_ip(), ch(UAS), uid(), up, priv_ip())])
    return L



# ---------------------------------------------------------------- X12 eligibility (HIE value-added service)
def fam_x12(phi):
    L = Line("log4j-x12")
    lg = "org.lhin.elig.EligibilityGateway"
    isa = "%09d" % ri(1000, 99999)
    if not phi:
        v = ri(0, 2)
        if v == 0:
            L.t(L4("INFO", "elig-batch-1", lg) + "270 batch submitted ISA13=%s GS06=%d transactions=%d to sftp://edi.clearinghouse.example/inbound/LHIN_%s.x12 (%d bytes)" %
                (isa, ri(100, 9999), ri(5, 80), NOW.strftime("%Y%m%d%H%M%S"), ri(4000, 90000)))
        elif v == 1:
            L.t(L4("INFO", "elig-batch-1", lg) + "999 received for ISA13=%s: AK1*HS*%d*005010X279A1~AK9*A*%d*%d*%d~ status=ACCEPTED" % (isa, ri(100, 9999), 12, 12, 12))
        else:
            fc = ch(FACS)
            L.t(L4("WARN", thread_java(), lg) + "271 AAA*N**42*Y~ (payer unavailable) for provider NM1*1P*2*%s*****XX*%s~ retry in %ds" % (fc["name"].upper(), fc["npi"], ri(30, 300)))
        return L
    p = pick_person()
    plan = p["plan"]
    fc = ch(FACS)
    L.add([L4("DEBUG", thread_java(), lg) + "271 parsed ISA13=%s: HL*3*2*22*0~TRN*2*%s*9%s~NM1*IL*1*" % (isa, digits(10), digits(9)),
           (fold(p["family"]).upper(), "name"), "*", (fold(p["given"]).upper(), "name"), "****MI*", (plan[2], "health_plan"), "~"])
    if plan[0] not in ("MCR", "MCD"):
        L.t("REF*6P*%s*GROUP %s~" % (p["group"], digits(3)))
    if random.random() < 0.5:
        L.add(["N3*", (fold(p["street"]).upper(), "address"), "~N4*", (fold(p["city"]).upper(), "address"), "*MI*", (p["zip"], "zip"), "~"])
    L.add(["DMG*D8*", (d_hl7(p["dob"]), "date"), "*%s~EB*1*IND*30**%s~MSG*Verified via %s (NPI %s)~" % (p["sex"], ch(["PPO", "HMO", "MA", "MC"]), fc["name"], fc["npi"])])
    return L

# ---------------------------------------------------------------- device telemetry (remote monitoring via HIE)
def fam_rpm(phi):
    L = Line("log4j-rpm")
    lg = "org.lhin.rpm.IngestController"
    if not phi:
        L.t(L4("INFO", thread_java(), lg) + "RPM batch from vendor gateway %s: readings=%d devices=%d rejected=%d firmware=%s" %
            (ch(["rpm-gw.vitalink.example", "ingest.glucolink.example"]), ri(200, 4000), ri(20, 300), ri(0, 4), ch(["2.4.17", "3.0.1"])))
        return L
    p = pick_person()
    L.add([L4("INFO", thread_java(), lg) + "Reading accepted euid=", (p["euid"], "mrn"), " meterSerial=", (p["meter_sn"], "device"),
           " hubImei=", (p["imei"], "device"), " glucose=%d mg/dL measuredAt=%s" % (ri(70, 260), (NOW - dt.timedelta(minutes=ri(1, 90))).strftime("%Y-%m-%dT%H:%M:%S"))])
    return L


# ============================================================================ main
FAMS_PHI = [(fam_pix, 14), (fam_pdq, 20), (fam_xds, 22), (fam_ccda, 26), (fam_hl7, 28), (fam_postfix, 8), (fam_xdm, 8),
            (fam_ecr, 22), (fam_mpi, 26), (fam_consent, 22), (fam_nginx, 16), (fam_envoy, 5), (fam_rpm, 5), (fam_x12, 10)]
FAMS_NOPHI = [(fam_pix, 18), (fam_pdq, 12), (fam_xds, 28), (fam_ccda, 20), (fam_hl7, 30), (fam_postfix, 50), (fam_xdm, 14),
              (fam_mdn, 18), (fam_ecr, 18), (fam_mpi, 14), (fam_consent, 14), (fam_nginx, 24), (fam_envoy, 16), (fam_rpm, 4), (fam_x12, 8)]


def wpick(tbl):
    tot = sum(w for _, w in tbl)
    r = random.uniform(0, tot)
    for f, w in tbl:
        r -= w
        if r <= 0:
            return f
    return tbl[-1][0]


def main():
    flags = [True] * N_PHI + [False] * (N_LINES - N_PHI)
    random.shuffle(flags)
    out_lines, labels = [], []
    for i, phi in enumerate(flags, 1):
        tick()
        while True:
            L = wpick(FAMS_PHI if phi else FAMS_NOPHI)(phi)
            if bool(L.spans) == phi:
                break
        data = L.finish()
        out_lines.append(data)
        labels.append({"line": i, "family": L.family,
                       "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in L.spans]})
    with open(os.path.join(HERE, ID + ".log"), "wb") as f:
        for d in out_lines:
            f.write(d + b"\n")
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
