#!/usr/bin/env python3
"""Deterministic generator for the 'gq' PHI test corpus.

Theme: hospital Health Information Management (HIM) department -- document
imaging index events, physician chart deficiency tracking, coding abstracts,
release-of-information (ROI) request portal, disclosure accounting log and an
HL7 MDM feed of transcribed documents.

Writes gq.log and gq.labels.jsonl next to this file.  Standard library only.
All people, numbers and organisations are synthetic.
"""
import base64
import datetime as dt
import json
import os
import random
import string
import unicodedata

random.seed(1808)

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "gq"
N_LINES = 500
TARGET_NO_PHI = 0.55


# ---------------------------------------------------------------- line builder
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        if cat is None:
            return self.t(s)
        b = s.encode("utf-8")
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, len(self.buf), cat, b))
        return self

    def finish(self):
        data = bytes(self.buf)
        assert b"\n" not in data and b"\r" not in data, data
        assert len(data) <= 4000, (self.family, len(data))
        last = -1
        for s, e, c, v in sorted(self.spans):
            assert data[s:e] == v, (data[s:e], v)
            assert s >= last, "overlap"
            assert e > s
            last = e
        return data, [{"s": s, "e": e, "cat": c} for s, e, c, _ in sorted(self.spans)]


class P:
    """a PHI value inside a JSON document"""
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class M:
    """a JSON string made of several pieces, some PHI: M(("txt", None), ("Iga", "name"))"""
    def __init__(self, *parts):
        self.parts = parts


class O(list):
    """ordered JSON object: list of (key, value)"""


def jesc(s, ascii_):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def emit_json(L, v, ascii_=False, seps=(",", ":")):
    if isinstance(v, O):
        L.t("{")
        for i, (k, x) in enumerate(v):
            if i:
                L.t(seps[0])
            L.t(json.dumps(k, ensure_ascii=ascii_) + seps[1])
            emit_json(L, x, ascii_, seps)
        L.t("}")
    elif isinstance(v, list):
        L.t("[")
        for i, x in enumerate(v):
            if i:
                L.t(seps[0])
            emit_json(L, x, ascii_, seps)
        L.t("]")
    elif isinstance(v, P):
        if isinstance(v.v, str):
            L.t('"').p(jesc(v.v, ascii_), v.cat).t('"')
        else:
            L.p(json.dumps(v.v), v.cat)
    elif isinstance(v, M):
        L.t('"')
        for txt, cat in v.parts:
            L.p(jesc(txt, ascii_), cat)
        L.t('"')
    else:
        L.t(json.dumps(v, ensure_ascii=ascii_))


# ---------------------------------------------------------------- clock
EDT = dt.timezone(dt.timedelta(hours=-4))
CLOCK = [dt.datetime(2024, 3, 18, 6, 2, 11, 417000, tzinfo=EDT)]


def tick(lo=0.08, hi=95.0):
    CLOCK[0] += dt.timedelta(milliseconds=int(random.uniform(lo, hi) * 1000))
    return CLOCK[0]


def ms(t):
    return t.microsecond // 1000


def ts_dip(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % ms(t)


def ts_iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % ms(t) + "-04:00"


def ts_nlog(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%04d" % (t.microsecond // 100)


def ts_nginx(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0400")


def ts_epoch(t):
    return int(t.timestamp() * 1000)


def ts_syslog(t):
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


def ts_mirth(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % ms(t)


def ts_py(t):
    return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % t.microsecond


def ts_hl7(t):
    return t.strftime("%Y%m%d%H%M%S")


# ---------------------------------------------------------------- check digits
def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def make_npi():
    body = random.choice("12") + "".join(random.choice(string.digits) for _ in range(8))
    return body + luhn_digit("80840" + body)


def make_card():
    pre = random.choice(["4", "4", "51", "53", "55"])
    ln = 16
    body = pre + "".join(random.choice(string.digits) for _ in range(ln - 1 - len(pre)))
    return body + luhn_digit(body)


def make_imei():
    tac = random.choice(["35391110", "35290611", "86769204", "35875309"])
    body = tac + "".join(random.choice(string.digits) for _ in range(6))
    return body + luhn_digit(body)


VIN_MAP = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
           "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def make_vin():
    wmi = random.choice(["1HG", "2T1", "1FT", "3VW", "5YJ", "1G1", "JTD", "KNA"])
    vds = "".join(random.choice(VIN_CH) for _ in range(5))
    year = random.choice("GHJKLMNPR")
    plant = random.choice("ABCDEFGHKLMNPRSTUVWXYZ0123456789")
    serial = "".join(random.choice(string.digits) for _ in range(6))
    vin = wmi + vds + "0" + year + plant + serial
    s = sum(VIN_MAP[c] * w for c, w in zip(vin, VIN_W))
    chk = "X" if s % 11 == 10 else str(s % 11)
    vin = vin[:8] + chk + vin[9:]
    s2 = sum(VIN_MAP[c] * w for c, w in zip(vin, VIN_W)) % 11
    assert (("X" if s2 == 10 else str(s2)) == vin[8])
    return vin


def gtin_check(body13):
    tot = 0
    for i, ch in enumerate(reversed(body13)):
        tot += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - tot % 10) % 10)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + string.digits


def make_mbi():
    r = random.choice
    return (r("123456789") + r(MBI_A) + r(MBI_AN) + r(string.digits) + r(MBI_A) + r(MBI_AN)
            + r(string.digits) + r(MBI_A) + r(MBI_A) + r(string.digits) + r(string.digits))


def make_ssn():
    while True:
        a = random.randint(101, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, random.randint(1, 99), random.randint(1, 9999))


def hexs(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], random.choice("89ab"), h[17:20], h[20:32])


def rdigits(n):
    return "".join(random.choice(string.digits) for _ in range(n))


def jpeg_b64(nbytes):
    head = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300")
    body = bytes(random.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(head + body + b"\xff\xd9").decode()


def template_b64(nbytes):
    head = b"FTPL\x02\x01" + bytes([nbytes & 0xFF, nbytes >> 8])
    body = bytes(random.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(head + body).decode()


# ---------------------------------------------------------------- people
ORIGINS = [
    (["Iga", "Łukasz", "Zofia", "Bartosz", "Grażyna"], ["Kowalski", "Wiśniewski", "Zielińska", "Nowak", "Dąbrowski"]),
    (["Thi Lan", "Minh", "Quang", "Hoa", "Bao"], ["Nguyễn", "Trần", "Phạm", "Lê", "Võ"]),
    (["Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka"], ["Okafor", "Adeyemi", "Eze", "Nwosu", "Balogun"]),
    (["José", "María Fernanda", "Guadalupe", "Alejandro", "Ximena"], ["Hernández", "Núñez", "García Ruiz", "Castillo", "Peña"]),
    (["Siobhán", "Declan", "Aoife", "Ciarán", "Maeve"], ["O'Connor", "Gallagher", "McLoughlin", "Fitzgerald", "Ní Bhriain"]),
    (["Priya", "Arjun", "Harpreet", "Sanjay", "Lakshmi"], ["Raghunathan", "Kaur", "Venkataraman", "Deshpande", "Iyer"]),
    (["Jürgen", "Anneliese", "Lukas", "Helga", "Matthias"], ["Müller-Schmidt", "Bäcker", "Schröder", "Vogel", "Hoffmann"]),
    (["Haruto", "Yui", "Kenji", "Aiko", "Sora"], ["Tanaka", "Yamamoto", "Kobayashi", "Nakamura", "Fujita"]),
    (["Omar", "Layla", "Yusuf", "Rania", "Tariq"], ["Haddad", "Al-Masri", "Khoury", "Nasser", "Saleh"]),
    (["Anastasia", "Dmitri", "Olga", "Sergei", "Yelena"], ["Ivanova", "Petrov", "Sokolova", "Volkov", "Kuznetsova"]),
    (["Earl", "Dolores", "Tyrone", "Brittany", "Wendell"], ["Washington", "Pruitt", "Hollis", "Bledsoe", "Caldwell"]),
    (["Søren", "Ingrid", "Björn", "Astrid", "Linnéa"], ["Lindqvist", "Sørensen", "Åberg", "Nyström", "Halvorsen"]),
]

CITIES = [("Dayton", "45402"), ("Dayton", "45405"), ("Kettering", "45429"), ("Xenia", "45385"),
          ("Beavercreek", "45434"), ("Springfield", "45503"), ("Troy", "45373"), ("Huber Heights", "45424"),
          ("Miamisburg", "45342"), ("Centerville", "45459"), ("Fairborn", "45324"), ("Vandalia", "45377")]
STREETS = ["Birchwood Ave", "N Main St", "Wilmington Pike", "Far Hills Ave", "Shroyer Rd", "Salem Ave",
           "Linden Ave", "Stroop Rd", "Patterson Rd", "Brandt Pike", "W Third St", "Old Troy Pike",
           "Kolping Ave", "Burkhardt Rd", "Ridgeway Rd", "Hillcrest Dr"]
MAILS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "att.net"]
def fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("'", "")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum() or ch in "-. "))


def make_ip():
    while True:
        a = random.choice([24, 50, 64, 67, 68, 69, 73, 74, 76, 98, 99, 104, 107, 108, 162, 172, 173, 174, 184, 205, 208])
        b = random.randint(0, 255)
        if a == 172 and 16 <= b <= 31:
            continue
        return "%d.%d.%d.%d" % (a, b, random.randint(0, 255), random.randint(1, 254))


def make_patient(i):
    firsts, lasts = random.choice(ORIGINS)
    first, last = random.choice(firsts), random.choice(lasts)
    mid = random.choice(["", "", "A", "J", "M", "R", "E", "K"])
    old = i % 6 == 0
    if old:
        dob = dt.date(random.randint(1927, 1933), random.randint(1, 12), random.randint(1, 28))
    else:
        dob = dt.date(random.randint(1940, 2006), random.randint(1, 12), random.randint(1, 28))
    ref = dt.date(2024, 3, 18)
    age = ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))
    city, zc = random.choice(CITIES)
    street = "%d %s" % (random.randint(12, 9850), random.choice(STREETS))
    if random.random() < 0.2:
        street += random.choice([" Apt 3B", " Apt 212", " Unit 4", " Lot 17"])
    fa, la = fold(first).lower().replace(" ", ""), fold(last).lower().replace(" ", "").replace("-", "")
    email = random.choice(["%s.%s@%s", "%s%s@%s", "%s_%s%d@%s"])
    if email.count("%") == 4:
        email = email % (fa, la, random.randint(1, 99), random.choice(MAILS))
    else:
        email = email % (fa, la, random.choice(MAILS))
    adm = dt.date(2024, 1, 1) + dt.timedelta(days=random.randint(0, 67))
    los = random.randint(1, 9)
    mrn_n = random.randint(100000, 999999)
    pt = {
        "first": first, "last": last, "mid": mid, "dob": dob, "age": age,
        "sex": random.choice("FM"), "street": street, "city": city, "zip": zc,
        "phone": "937555%04d" % random.randint(100, 199), "email": email,
        "ssn": make_ssn(), "mrn": "%08d" % mrn_n, "mrn_short": str(mrn_n),
        "fin": "71%08d" % random.randint(0, 99999999),
        "fin2": "71%08d" % random.randint(0, 99999999),
        "admit": dt.datetime(adm.year, adm.month, adm.day, random.randint(0, 23), random.choice([0, 12, 25, 40, 55])),
        "ip": make_ip(),
        "user": random.choice(["%s.%s%d", "%s%s%d", "%s_%s%d"]) % (fa[:6], la[:8], random.randint(1, 99)),
        "dl": random.choice(string.ascii_uppercase) + random.choice(string.ascii_uppercase) + rdigits(6),
        "card": make_card(),
        "mbi": make_mbi() if age >= 65 else None,
        "member": random.choice(["XEH", "ZGP", "YRK", "JQW"]) + rdigits(9),
        "medicaid": rdigits(12),
        "old": age > 89,
        "disp": "20" if (old and i >= 30) else random.choice(["01", "01", "01", "03", "06"]),
    }
    pt["disch"] = pt["admit"] + dt.timedelta(days=los, hours=random.randint(-6, 6), minutes=random.choice([5, 20, 35]))
    return pt


PATIENTS = [make_patient(i) for i in range(38)]
# relatives / personal representatives
for pt in PATIENTS:
    firsts, _ = random.choice(ORIGINS)
    pt["rel_first"] = random.choice(firsts)
    pt["rel_last"] = pt["last"] if random.random() < 0.7 else random.choice(random.choice(ORIGINS)[1])
    pt["rel_kind"] = random.choice(["daughter", "son", "spouse", "POA", "guardian"])
    pt["rel_phone"] = "937555%04d" % random.randint(100, 199)

HOT = PATIENTS[:14]


def pick_pt():
    return random.choice(HOT) if random.random() < 0.6 else random.choice(PATIENTS)


def fmt_phone(n, style):
    a, b, c = n[:3], n[3:6], n[6:]
    return {0: "(%s) %s-%s" % (a, b, c), 1: "%s-%s-%s" % (a, b, c), 2: n,
            3: "+1%s" % n, 4: "%s.%s.%s" % (a, b, c)}[style]


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d_hl7(d):
    return d.strftime("%Y%m%d")


PHYS = []
for nm, svc in [("Aisha Rahman", "HOSP"), ("Marcus Feld", "CARD"), ("Wei-Ling Chou", "GI"),
                ("Rafael Ocampo", "SURG"), ("Bridget Lonergan", "OB"), ("Kwame Asante", "NEPH"),
                ("Elena Marchetti", "HOSP"), ("David Abramowitz", "ORTH"), ("Hyun-woo Park", "PULM"),
                ("Svetlana Orlova", "NEURO"), ("Thomas Greaves", "CARD"), ("Neha Bhatt", "HOSP")]:
    f, l = nm.split(" ")
    PHYS.append({"first": f, "last": l, "npi": make_npi(), "svc": svc,
                 "email": "%s.%s@mvhealth.org" % (f[0].lower(), l.lower())})

CODERS = [("jmorales", "Jasmine Morales"), ("dkeane", "Dermot Keane"), ("pchaudhry", "Parveen Chaudhry"),
          ("lbrandt", "Lisa Brandt"), ("oadewale", "Oyin Adewale")]
ROI_STAFF = [("tmiller", "Tara Miller"), ("rlopez", "Rosa Lopez"), ("kbui", "Kim Bui"), ("gstavros", "Gus Stavros")]
SCAN_OPS = ["rlopez", "hwest", "mcarrizo", "dpatel2"]
MTS = [("MT0417", "DUNLEAVY", "COLLEEN"), ("MT0522", "ABUBAKAR", "HAUWA"), ("MT0610", "REYES", "MARISOL")]

FIRMS = [
    {"firm": "Hargrove & Pell LLP", "atty": "Daniel Hargrove", "bar": "0071234", "phone": "6145550188",
     "fax": "6145550189", "addr": "88 E Broad St, Suite 1400", "city": "Columbus", "zip": "43215"},
    {"firm": "Okoye Whitlock Injury Law", "atty": "Simone Whitlock", "bar": "0092210", "phone": "9375550110",
     "fax": "9375550111", "addr": "40 N Main St, Suite 900", "city": "Dayton", "zip": "45423"},
    {"firm": "Brennan Castellanos Co., L.P.A.", "atty": "Luis Castellanos", "bar": "0088415", "phone": "5135550133",
     "fax": "5135550134", "addr": "312 Walnut St, Ste 2100", "city": "Cincinnati", "zip": "45202"},
]
INSURERS = [
    {"org": "Buckeye Mutual Auto", "kind": "auto", "adjuster": "K. Whitfield", "fax": "8005550172"},
    {"org": "Great Lakes Health Plan", "kind": "health", "adjuster": "Payment Integrity Unit", "fax": "8665550140"},
    {"org": "Meridian Life & Disability", "kind": "disability", "adjuster": "R. Osei", "fax": "8775550126"},
    {"org": "Keystone Casualty Ins. Co.", "kind": "auto", "adjuster": "M. Dorsey", "fax": "8885550153"},
]

DOC_TYPES = [("IP - History & Physical", "HP"), ("IP - Discharge Summary", "DS"), ("Consent - Surgical", "CONS"),
             ("ED - Physician Record", "ED"), ("IP - Progress Note", "PN"), ("Face Sheet", "FS"),
             ("Outside Records", "OSR"), ("Authorization for Release", "AUTH"), ("OP - Operative Report", "OP"),
             ("Pacemaker Interrogation", "PMI"), ("MAR - Medication Admin Record", "MAR"),
             ("Advance Directive", "AD")]

UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2.1 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0",
]

ROI_SEQ = [8790]
BATCH_SEQ = [41]
HANDLE_SEQ = [48213300]
DEF_SEQ = [558200]
DA_SEQ = [9920]
FAXJOB = [118800]
CTRL_SEQ = [40]

OPEN_REQS = []   # (roi_id, patient, requester_kind, requester)


def new_roi(pt, kind, who):
    ROI_SEQ[0] += random.randint(1, 4)
    rid = "ROI-24-%06d" % ROI_SEQ[0]
    OPEN_REQS.append((rid, pt, kind, who))
    if len(OPEN_REQS) > 12:
        OPEN_REQS.pop(0)
    return rid


def any_roi():
    if OPEN_REQS and random.random() < 0.8:
        return random.choice(OPEN_REQS)
    pt = pick_pt()
    return (new_roi(pt, "patient", None), pt, "patient", None)


# ================================================================ families
# ---- 1. document imaging (DIP / scan-index) text log
def fam_dip():
    out = []
    station = "HIMSCAN%02d" % random.randint(1, 6)
    op = random.choice(SCAN_OPS)
    BATCH_SEQ[0] += 1
    batch = "B240318-%04d" % BATCH_SEQ[0]
    L = Line("dip_index")
    t = tick()
    L.t(ts_dip(t) + " INFO  [DIP.Batch-%d] Batch %s opened station=%s profile=%s operator=%s"
        % (random.randint(1, 4), batch, station,
           random.choice(["LOOSE_PAPER_DISCHARGE", "ED_ROUTER", "OUTSIDE_RECORDS", "ROI_AUTH"]), op))
    out.append(L)
    ndocs = random.randint(1, 4)
    for _ in range(ndocs):
        pt = pick_pt()
        HANDLE_SEQ[0] += random.randint(1, 9)
        h = HANDLE_SEQ[0]
        dname, dcode = random.choice(DOC_TYPES)
        t = tick(0.3, 9)
        L = Line("dip_index")
        L.t(ts_dip(t) + " INFO  [DIP.Worker-%d] IndexEvent batch=%s handle=%d docType=\"%s\" "
            % (random.randint(1, 8), batch, h, dname))
        r = random.random()
        if r < 0.12:
            # barcode unreadable: no PHI
            L = Line("dip_index")
            L.t(ts_dip(t) + " WARN  [DIP.Worker-%d] Barcode read failed batch=%s page=%d symbology=Code128 "
                "handle=%d -> queue \"Index QA\" (conf=0.%02d)" % (random.randint(1, 8), batch,
                                                                 random.randint(1, 30), h, random.randint(20, 79)))
            out.append(L)
            continue
        L.t("kw.MRN=").p(pt["mrn"], "mrn").t(" kw.Encounter=").p(pt["fin"], "account")
        L.t(" kw.DocDate=").p(d_us(pt["admit"] + dt.timedelta(days=random.randint(0, 3))), "date")
        if random.random() < 0.35:
            L.t(' kw.PatientName="').p(pt["last"].upper() + ", " + pt["first"].upper(), "name").t('"')
        if dcode == "PMI":
            L.t(" kw.DeviceSN=").p(random.choice(["PJN", "RNA", "CLB"]) + rdigits(6), "device")
            if random.random() < 0.6:
                L.t(" kw.MonitorIMEI=").p(make_imei(), "device")
        L.t(" scanDate=%s pages=%d station=%s user=%s" % (t.strftime("%Y-%m-%d %H:%M:%S"), random.randint(1, 22),
                                                          station, op))
        out.append(L)
        if random.random() < 0.25:
            L = Line("dip_index")
            L.t(ts_dip(tick(0.1, 3)) + " DEBUG [DIP.Worker-%d] OCR zone MRN conf=0.%02d threshold=0.90 engine=OmniPage 22.1.418 handle=%d"
                % (random.randint(1, 8), random.randint(60, 99), h))
            out.append(L)
    L = Line("dip_index")
    L.t(ts_dip(tick(1, 20)) + " INFO  [DIP.Batch-%d] Batch %s committed docs=%d pages=%d exceptions=%d elapsed=%.1fs"
        % (random.randint(1, 4), batch, ndocs, ndocs * random.randint(2, 9), random.randint(0, 2),
           random.uniform(8, 140)))
    out.append(L)
    if random.random() < 0.3:
        L = Line("dip_index")
        L.t(ts_dip(tick()) + " WARN  [DiskGroupMonitor] DiskGroup DG_HIM_2024 volume %d at %d%% (%.1f GB free) host=onbase-fs02.mvh.local"
            % (random.randint(100, 130), random.randint(78, 93), random.uniform(90, 600)))
        out.append(L)
    if random.random() < 0.3:
        L = Line("dip_index")
        HANDLE_SEQ[0] += 1
        a, b = random.sample(DOC_TYPES, 2)
        L.t(ts_dip(tick()) + " INFO  [ReindexSvc] handle=%d docType \"%s\" -> \"%s\" by user=%s rev=%d"
            % (HANDLE_SEQ[0] - random.randint(5, 90), a[0], b[0], random.choice(SCAN_OPS), random.randint(2, 4)))
        out.append(L)
    return out


# ---- 2. python doc-sync service (structlog JSON, ensure_ascii default)
def fam_docsync():
    out = []
    pt = pick_pt()
    t = tick()
    L = Line("docsync_json")
    h = HANDLE_SEQ[0] - random.randint(0, 40)
    r = random.random()
    if r < 0.5:
        obj = O([("event", "document_pushed_to_ehr"), ("handle", h),
                 ("patient_mrn", P(pt["mrn_short"], "mrn")),
                 ("csn", P(pt["fin"], "account")),
                 ("doc_type", random.choice(DOC_TYPES)[1]),
                 ("service_date", P(d_iso(pt["admit"].date()), "date")),
                 ("ehr_doc_id", "%d" % random.randint(90000000, 99999999)),
                 ("http_status", 201), ("elapsed_ms", random.randint(40, 900)),
                 ("level", "info"), ("logger", "docsync.push"), ("timestamp", ts_py(t))])
    elif r < 0.7:
        obj = O([("event", "patient_lookup_mismatch"), ("handle", h),
                 ("index_name", P(pt["last"] + ", " + pt["first"], "name")),
                 ("ehr_name", P(pt["last"] + ", " + pt["first"][0], "name")),
                 ("dob", P(d_iso(pt["dob"]), "date")),
                 ("action", "route_to_exception_queue"),
                 ("level", "warning"), ("logger", "docsync.match"), ("timestamp", ts_py(t))])
    else:
        obj = O([("event", "poll_complete"), ("queue", "DIP_OUT"), ("fetched", random.randint(0, 60)),
                 ("pushed", random.randint(0, 60)), ("failed", random.randint(0, 2)),
                 ("next_poll_s", 30), ("worker", "docsync-%d" % random.randint(1, 3)),
                 ("level", "info"), ("logger", "docsync.poller"), ("timestamp", ts_py(t))])
    emit_json(L, obj, ascii_=True, seps=(", ", ": "))
    out.append(L)
    return out


# ---- 3. chart deficiency (logback / logstash JSON)
def fam_deficiency():
    out = []
    t = tick()
    ph = random.choice(PHYS)
    r = random.random()
    base = O([("@timestamp", ts_iso(t)), ("@version", "1")])
    L = Line("deficiency_json")
    if r < 0.45:
        pt = pick_pt()
        DEF_SEQ[0] += random.randint(1, 5)
        disch = pt["disch"].date()
        typ = random.choice(["UNSIGNED_DISCHARGE_SUMMARY", "MISSING_HP", "UNSIGNED_OP_NOTE",
                             "UNAUTHENTICATED_VERBAL_ORDER", "MISSING_DC_SUMMARY", "UNSIGNED_PROGRESS_NOTE"])
        base += [("message", "Deficiency %s assigned to %s %s" % (DEF_SEQ[0], ph["first"], ph["last"])),
                 ("logger_name", "org.mvh.him.cdt.DeficiencyService"), ("thread_name", "cdt-sched-%d" % random.randint(1, 4)),
                 ("level", "INFO"), ("level_value", 20000),
                 ("deficiencyId", DEF_SEQ[0]), ("deficiencyType", typ),
                 ("providerName", "%s, %s MD" % (ph["last"], ph["first"])), ("providerNpi", ph["npi"]),
                 ("mrn", P(pt["mrn"], "mrn")), ("encounterNbr", P(pt["fin"], "account")),
                 ("dischargeDate", P(d_iso(disch), "date")),
                 ("dueDate", d_iso(dt.date(2024, 3, 18) + dt.timedelta(days=14))),
                 ("status", "OPEN")]
    elif r < 0.62:
        DEF_SEQ[0] += 1
        base += [("message", "Deficiency resolved by e-signature"),
                 ("logger_name", "org.mvh.him.cdt.SignatureListener"), ("thread_name", "jms-in-%d" % random.randint(1, 6)),
                 ("level", "INFO"), ("level_value", 20000),
                 ("deficiencyId", DEF_SEQ[0] - random.randint(5, 400)), ("providerNpi", ph["npi"]),
                 ("signedVia", random.choice(["EHR_INBASKET", "DMS_WORKFLOW", "MOBILE"])),
                 ("turnaroundHrs", round(random.uniform(2, 400), 1))]
    elif r < 0.78:
        n = random.randint(3, 40)
        base += [("message", "Delinquency threshold check"),
                 ("logger_name", "org.mvh.him.cdt.DelinquencyJob"), ("thread_name", "quartz-worker-2"),
                 ("level", "WARN" if n > 20 else "INFO"), ("level_value", 30000 if n > 20 else 20000),
                 ("provider", "%s %s" % (ph["first"], ph["last"])), ("npi", ph["npi"]), ("service", ph["svc"]),
                 ("delinquentCharts", n), ("oldestDays", random.randint(15, 60)),
                 ("suspensionEffective", d_iso(dt.date(2024, 3, 25)) if n > 20 else None)]
    elif r < 0.92:
        base += [("message", "Reminder email queued"),
                 ("logger_name", "org.mvh.him.cdt.notify.MailNotifier"), ("thread_name", "mail-1"),
                 ("level", "INFO"), ("level_value", 20000),
                 ("to", ph["email"]), ("from", "him-noreply@mvhealth.org"),
                 ("template", random.choice(["DEFICIENCY_REMINDER_7D", "DEFICIENCY_REMINDER_14D", "SUSPENSION_NOTICE"])),
                 ("openItems", random.randint(1, 30)), ("smtpRelay", "smtp-relay.mvh.local:25")]
    else:
        pt = pick_pt()
        base += [("message", "Physician query sent"),
                 ("logger_name", "org.mvh.him.cdi.QueryService"), ("thread_name", "http-nio-8443-exec-%d" % random.randint(1, 20)),
                 ("level", "INFO"), ("level_value", 20000),
                 ("queryId", "Q%07d" % random.randint(100000, 999999)), ("to", "%s %s" % (ph["first"], ph["last"])),
                 ("patientName", P("%s %s" % (pt["first"], pt["last"]), "name")),
                 ("mrn", P(pt["mrn"], "mrn")),
                 ("admitDate", P(d_iso(pt["admit"].date()), "date")),
                 ("ageYrs", P(pt["age"], "age" if pt["age"] > 89 else None)),
                 ("queryType", random.choice(["CLINICAL_VALIDATION", "SPECIFICITY", "POA_STATUS"])),
                 ("dx", random.choice(["J96.01", "E87.1", "N17.9", "D62", "R65.20", "E43"]))]
    emit_json(L, base)
    out.append(L)
    return out


# ---- 4. coding abstracts (encoder, NLog pipe layout)
ICD_SETS = [("291", "I50.23", ["N18.4", "E11.22", "I13.0", "Z79.4"], ["02HK3JZ"], []),
            ("871", "A41.9", ["R65.20", "N17.9", "E87.1"], ["5A1955Z"], []),
            ("470", "M17.11", ["I10", "E66.9", "Z68.35"], ["0SRD0J9"], []),
            ("193", "J18.9", ["J44.1", "E87.1", "Z99.81"], [], []),
            ("243", "I49.5", ["I10", "Z95.0"], ["0JH606Z", "02H63JZ"], []),
            ("065", "I63.512", ["I48.91", "R47.01", "Z79.01"], ["3E03317"], []),
            ("ED", "S52.501A", ["W01.XXXA", "Y92.009"], [], ["99284-25", "25605"]),
            ("OP", "K80.20", ["K21.9"], [], ["47562"]),
            ("OP", "Z12.11", ["K63.5"], [], ["45385", "88305"])]


def fam_encoder():
    out = []
    t = tick()
    pre = ts_nlog(t) + "|"
    r = random.random()
    L = Line("encoder_nlog")
    coder = random.choice(CODERS)[0]
    if r < 0.42:
        pt = pick_pt()
        drg, pdx, sdx, pcs, cpt = random.choice(ICD_SETS)
        L.t(pre + "INFO|Encoder.Abstract.AbstractService|Abstract saved acct=").p(pt["fin"], "account")
        L.t(" mrn=").p(pt["mrn"], "mrn")
        if random.random() < 0.4:
            L.t(' pt="').p(pt["last"] + ", " + pt["first"], "name").t('"')
        L.t(" age=").p(str(pt["age"]), "age" if pt["age"] > 89 else None)
        L.t(" sex=%s" % pt["sex"])
        if drg in ("ED", "OP"):
            L.t(" ptType=%s dos=" % drg).p(d_us(pt["admit"].date()), "date")
            L.t(" pdx=%s sdx=%s cpt=%s" % (pdx, ",".join(sdx), ",".join(cpt)))
        else:
            L.t(" admDt=").p(d_us(pt["admit"].date()), "date").t(" dschDt=").p(d_us(pt["disch"].date()), "date")
            disp = pt["disp"]
            L.t(" disp=%s" % disp)
            if disp == "20":
                L.t(" expiredDt=").p(d_us(pt["disch"].date()), "date")
            L.t(" msdrg=%s pdx=%s sdx=%s pcs=%s" % (drg, pdx, ",".join(sdx), ",".join(pcs) or "-"))
        if pt["mbi"] and random.random() < 0.7:
            L.t(" fc=MCR mbi=").p(pt["mbi"], "health_plan")
        else:
            L.t(" fc=COM memberId=").p(pt["member"], "health_plan")
        L.t(" coder=%s" % coder)
    elif r < 0.53:
        pt = pick_pt()
        gtin = "00" + random.choice(["643169", "763000", "802526"]) + rdigits(5)
        gtin += gtin_check(gtin)
        sn = random.choice(["PJN", "RNB", "CLB"]) + rdigits(6)
        exp = "%02d%02d%02d" % (random.randint(25, 28), random.randint(1, 12), random.randint(1, 28))
        L.t(pre + "INFO|Encoder.Abstract.DeviceCapture|Implant captured acct=").p(pt["fin"], "account")
        L.t(" hcpcs=%s desc=\"%s\" udi=" % random.choice([("C1785", "Pacemaker, dual chamber, rate-responsive"),
                                                           ("C1882", "Cardioverter-defibrillator, other than single/dual"),
                                                           ("C1776", "Joint device (implantable)")]))
        L.p("(01)%s(17)%s(21)%s" % (gtin, exp, sn), "device")
        L.t(" lot=L%s mfr=%s" % (rdigits(5), random.choice(["MDT", "BSC", "ABT", "ZBH"])))
    elif r < 0.62:
        drg, pdx, sdx, pcs, cpt = random.choice(ICD_SETS[:6])
        L.t(pre + "INFO|Encoder.Grouper.MsDrgGrouper|Grouper v41.1 FY2024 DRG=%s RW=%.4f GMLOS=%.1f AMLOS=%.1f mcc=%d cc=%d elapsed=%dms"
            % (drg, random.uniform(0.8, 4.2), random.uniform(2, 8), random.uniform(2.5, 10), random.randint(0, 2),
               random.randint(0, 4), random.randint(3, 60)))
    elif r < 0.72:
        a = random.choice(["93306/93308", "45385/45380", "99284/96374", "47562/47563"])
        L.t(pre + "WARN|Encoder.Edits.NcciEditor|NCCI PTP edit %s modifier_ind=%d effective=20240101 claimLine=%d"
            % (a, random.randint(0, 1), random.randint(1, 9)))
    elif r < 0.8:
        L.t(pre + "WARN|Encoder.Edits.Mce|MCE edit %s: %s code=%s"
            % (random.choice(["E08", "E12", "E19"]), random.choice(["Nonspecific principal diagnosis", "Questionable admission",
                                                                  "Unacceptable principal diagnosis"]),
               random.choice(["R69", "I50.9", "Z51.89", "R07.9"])))
    elif r < 0.9:
        L.t(pre + "INFO|Encoder.Reports.Productivity|coder=%s charts=%d ip=%d op=%d avgMin=%.1f accuracy=%.1f%%"
            % (coder, random.randint(20, 60), random.randint(5, 25), random.randint(10, 40), random.uniform(6, 22),
               random.uniform(94, 99.8)))
    else:
        L.t(pre + "WARN|Encoder.Reports.Dnfb|DNFB backlog accounts=%d gross=$%s oldest=%dd threshold=$4,000,000"
            % (random.randint(150, 320), "{:,.2f}".format(random.uniform(3e6, 6e6)), random.randint(4, 19)))
    out.append(L)
    return out


# ---- 5. ROI portal nginx access log
def nginx_line(ip, user, method, path, status, size, ref, ua, ip_cat="ip", user_cat="other_id", ref_cat=None):
    t = tick(0.05, 20)
    L = Line("roi_nginx")
    L.p(ip, ip_cat).t(" - ")
    if user == "-":
        L.t("-")
    else:
        L.p(user, user_cat)
    L.t(' [%s] "%s %s HTTP/1.1" %d %d "' % (ts_nginx(t), method, path, status, size))
    L.p(ref, ref_cat).t('" "%s"' % ua)
    return L


def fam_nginx():
    out = []
    r = random.random()
    if r < 0.5:
        pt = pick_pt()
        ua = random.choice(UAS)
        rid = any_roi()[0]
        login = random.random() < 0.6
        paths = [("GET", "/portal/requests", 200), ("GET", "/static/js/main.8c41f2a.js", 200),
                 ("GET", "/api/v2/requests/%s/status" % rid, 200), ("GET", "/api/v2/me", 200),
                 ("POST", "/api/v2/requests", 201), ("GET", "/api/v2/requests/%s/invoice" % rid, 200),
                 ("GET", "/favicon.ico", 304)]
        for m, pth, st in random.sample(paths, random.randint(1, 3)):
            user = pt["user"] if (login and pth.startswith("/api")) else "-"
            ref = "https://records.mvhealth.org/portal/"
            ref_cat = None
            if user != "-" and random.random() < 0.35:
                ref = "https://records.mvhealth.org/portal/u/%s/requests" % pt["user"]
                ref_cat = "url"
            out.append(nginx_line(pt["ip"], user, m, pth, st, 0 if st == 304 else random.randint(200, 48000),
                                  ref, ua, ref_cat=ref_cat))
    elif r < 0.8:
        for _ in range(random.randint(1, 2)):
            out.append(nginx_line("10.40.%d.%d" % (random.randint(0, 9), random.randint(2, 250)), "-", "GET",
                                  random.choice(["/healthz", "/readyz", "/metrics"]), 200, random.randint(2, 900), "-",
                                  random.choice(["kube-probe/1.28", "Prometheus/2.49.1"]), ip_cat=None))
    else:
        fw = random.choice(FIRMS)
        out.append(nginx_line("10.40.8.%d" % random.randint(10, 40), "-", random.choice(["POST", "GET"]),
                              random.choice(["/api/v2/partner/requests", "/api/v2/partner/requests/%s" % any_roi()[0]]),
                              random.choice([200, 201, 202, 409, 429]), random.randint(80, 3000), "-",
                              "ChartSwapClient/3.2.0 (+https://partner.example.com)", ip_cat=None))
    return out


# ---- 6. ROI portal application log (pino JSON)
PID_ROI = 4121


def pino(level, extra):
    t = tick(0.05, 30)
    return O([("level", level), ("time", ts_epoch(t)), ("pid", PID_ROI),
              ("hostname", "roi-web-%d" % random.randint(1, 3))] + extra)


def addr_obj(pt):
    return O([("line1", P(pt["street"], "address")), ("city", P(pt["city"], "address")), ("state", "OH"),
              ("zip", P(pt["zip"], "zip"))])


def fam_roiapp():
    out = []
    r = random.random()
    reqid = "req-" + hexs(4)
    if r < 0.22:
        # patient self-request
        pt = pick_pt()
        rid = new_roi(pt, "patient", None)
        method = random.choice(["mail", "email", "portal", "fax"])
        deliv = O([("method", method)])
        if method == "mail":
            deliv.append(("address", addr_obj(pt)))
        elif method == "email":
            deliv.append(("email", P(pt["email"], "email")))
        elif method == "fax":
            deliv.append(("fax", P(fmt_phone(pt["phone"][:6] + "%04d" % (int(pt["phone"][6:]) + 1), 1), "fax")))
        frm = pt["admit"].date() - dt.timedelta(days=random.randint(30, 400))
        obj = pino(30, [("reqId", reqid), ("msg", "request created"),
                        ("request", O([("id", rid), ("requesterType", "patient"),
                                       ("patient", O([("firstName", P(pt["first"], "name")),
                                                      ("lastName", P(pt["last"], "name")),
                                                      ("dob", P(d_iso(pt["dob"]), "date")),
                                                      ("mrn", P(pt["mrn_short"], "mrn"))])),
                                       ("contact", O([("phone", P(fmt_phone(pt["phone"], 0), "phone")),
                                                      ("email", P(pt["email"], "email"))])),
                                       ("delivery", deliv),
                                       ("dateRange", O([("from", P(d_iso(frm), "date")),
                                                        ("to", P(d_iso(pt["disch"].date()), "date"))])),
                                       ("recordTypes", random.sample(["DS", "HP", "LAB", "RAD", "OP", "ED"], 3))]))])
        L = Line("roi_app_json")
        emit_json(L, obj)
        out.append(L)
    elif r < 0.34:
        # attorney request
        pt = pick_pt()
        fw = random.choice(FIRMS)
        rid = new_roi(pt, "attorney", fw)
        obj = pino(30, [("reqId", reqid), ("msg", "partner request accepted"),
                        ("requestId", rid), ("requesterType", "attorney"),
                        ("requester", O([("firm", fw["firm"]), ("contact", fw["atty"]), ("barNo", fw["bar"]),
                                         ("phone", fmt_phone(fw["phone"], 1)), ("fax", fmt_phone(fw["fax"], 1)),
                                         ("address", "%s, %s, OH %s" % (fw["addr"], fw["city"], fw["zip"]))])),
                        ("subject", O([("name", P("%s %s" % (pt["first"], pt["last"]), "name")),
                                       ("dob", P(d_us(pt["dob"]), "date"))])),
                        ("authorization", O([("onFile", True), ("handle", HANDLE_SEQ[0] - random.randint(1, 30))])),
                        ("fee", O([("basis", "ORC 3701.741"), ("perPage", 1.76), ("cap", 250)]))])
        L = Line("roi_app_json")
        emit_json(L, obj)
        out.append(L)
    elif r < 0.44:
        # insurer request
        pt = pick_pt()
        ins = random.choice(INSURERS)
        rid = new_roi(pt, "insurer", ins)
        extra = [("reqId", reqid), ("msg", "insurer request accepted"), ("requestId", rid),
                 ("requesterType", "insurer"),
                 ("requester", O([("org", ins["org"]), ("contact", ins["adjuster"]), ("fax", fmt_phone(ins["fax"], 3))])),
                 ("patientName", P("%s, %s" % (pt["last"], pt["first"]), "name")),
                 ("patientDob", P(d_iso(pt["dob"]), "date"))]
        if ins["kind"] == "auto":
            extra += [("claimNumber", P("%s-24-%07d" % ("".join(w[0] for w in ins["org"].split()[:2]), random.randint(0, 9999999)), "other_id")),
                      ("dateOfLoss", P(d_iso(pt["admit"].date()), "date")),
                      ("vehicle", O([("vin", P(make_vin(), "vehicle")),
                                     ("plate", P(random.choice(string.ascii_uppercase) * 0 + "".join(random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + rdigits(4), "vehicle")),
                                     ("plateState", "OH")]))]
        elif ins["kind"] == "health":
            extra += [("memberId", P(pt["member"], "health_plan")), ("groupNo", "G%06d" % random.randint(0, 999999)),
                      ("auditType", "DRG_VALIDATION"),
                      ("encounter", P(pt["fin"], "account"))]
        else:
            extra += [("policyNo", "MLD%08d" % random.randint(0, 99999999)),
                      ("ssn", P(pt["ssn"], "ssn")),
                      ("purpose", "LTD_CLAIM_REVIEW")]
        L = Line("roi_app_json")
        emit_json(L, pino(30, extra))
        out.append(L)
    elif r < 0.52:
        # identity verification
        rid, pt, kind, who = any_roi()
        if kind != "patient":
            pt = pick_pt()
            rid = new_roi(pt, "patient", None)
        big = random.random() < 0.5
        extra = [("reqId", reqid), ("msg", "idv result"), ("requestId", rid), ("vendor", "VeriFace"),
                 ("status", "match"), ("score", round(random.uniform(0.91, 0.995), 3)),
                 ("document", O([("type", "DL"), ("state", "OH"), ("number", P(pt["dl"], "license"))]))]
        if big:
            extra.append(("faceTemplate", P(template_b64(random.randint(180, 300)), "biometric")))
        else:
            extra.append(("selfie", P("data:image/jpeg;base64," + jpeg_b64(random.randint(700, 1100)), "photo")))
        L = Line("roi_app_json")
        emit_json(L, pino(20 if big else 30, extra))
        out.append(L)
        if random.random() < 0.5:
            L = Line("roi_app_json")
            emit_json(L, pino(20, [("reqId", reqid), ("msg", "idv artifact archived"), ("requestId", rid),
                                   ("bucket", "s3://mvh-roi-idv-prod"), ("key", "idv/%s/%s.json" % (rid, uuid4())),
                                   ("liveness", O([("passed", True), ("frame", P("data:image/jpeg;base64," + jpeg_b64(random.randint(600, 900)), "photo"))])),
                                   ("kmsKeyId", "alias/roi-idv")]))
            out.append(L)
    elif r < 0.6:
        # release delivered
        rid, pt, kind, who = any_roi()
        L = Line("roi_app_json")
        if kind == "patient":
            m = random.choice(["email", "portal", "url"])
            if m == "email":
                extra = [("msg", "release delivered"), ("requestId", rid), ("channel", "secure_email"),
                         ("to", P(pt["email"], "email")), ("from", "roi-noreply@mvhealth.org"),
                         ("pages", random.randint(4, 300)), ("messageId", "<%s@mail.mvhealth.org>" % uuid4())]
            else:
                fn = "%s_%s_%s.pdf" % (fold(pt["last"]).replace(" ", ""), fold(pt["first"]).replace(" ", ""), pt["mrn_short"])
                url = "https://records.mvhealth.org/release/dl/%s/%s?exp=%d" % (rid, fn, ts_epoch(CLOCK[0]) // 1000 + 604800)
                extra = [("msg", "download link issued"), ("requestId", rid), ("channel", "portal"),
                         ("downloadUrl", P(url, "url")), ("ttlHours", 168)]
        else:
            extra = [("msg", "release delivered"), ("requestId", rid), ("channel", random.choice(["chartswap", "fax", "sftp"])),
                     ("recipient", who.get("firm") or who.get("org")), ("pages", random.randint(10, 900)),
                     ("invoice", "INV-%06d" % random.randint(100000, 200000)), ("amount", round(random.uniform(6.5, 250), 2))]
        emit_json(L, pino(30, extra))
        out.append(L)
    elif r < 0.64:
        rid, pt, kind, who = any_roi()
        L = Line("roi_app_json")
        if kind == "patient" and random.random() < 0.5:
            emit_json(L, pino(40, [("reqId", reqid), ("msg", "payment captured"), ("requestId", rid),
                                   ("processor", "authnet"), ("amount", 6.5), ("currency", "USD"),
                                   ("cardNumber", P(pt["card"], "account")), ("authCode", "%06d" % random.randint(0, 999999)),
                                   ("avsResult", "Y")]))
        else:
            emit_json(L, pino(30, [("reqId", reqid), ("msg", "invoice issued"), ("requestId", rid),
                                   ("invoice", "INV-%06d" % random.randint(100000, 200000)), ("pages", random.randint(10, 900)),
                                   ("amount", round(random.uniform(6.5, 250), 2)), ("terms", "NET30")]))
        out.append(L)
    elif r < 0.7:
        # personal representative
        pt = pick_pt()
        rid = new_roi(pt, "patient", None)
        L = Line("roi_app_json")
        emit_json(L, pino(30, [("reqId", reqid), ("msg", "personal representative verified"), ("requestId", rid),
                               ("representative", O([("name", P("%s %s" % (pt["rel_first"], pt["rel_last"]), "name")),
                                                     ("relationship", pt["rel_kind"]),
                                                     ("phone", P(fmt_phone(pt["rel_phone"], 3), "phone"))])),
                               ("patientMrn", P(pt["mrn_short"], "mrn")),
                               ("proof", "POA_DOC"), ("reviewer", random.choice(ROI_STAFF)[0])]))
        out.append(L)
    elif r < 0.76:
        # patient error
        pt = pick_pt()
        L = Line("roi_app_json")
        emit_json(L, pino(40, [("reqId", reqid), ("msg", "demographic match failed"),
                               ("submitted", O([("lastName", P(pt["last"], "name")),
                                                ("dob", P(d_us(pt["dob"] + dt.timedelta(days=random.choice([1, 30, 365]))), "date")),
                                                ("zip", P(pt["zip"], "zip"))])),
                               ("candidates", random.randint(0, 3)), ("action", "manual_review")]))
        out.append(L)
    else:
        L = Line("roi_app_json")
        choice = random.random()
        if choice < 0.25:
            emit_json(L, pino(40, [("reqId", reqid), ("msg", "rate limit exceeded"), ("route", "/api/v2/requests"),
                                   ("limit", 30), ("windowSec", 60), ("clientId", "chartswap-prod")]))
        elif choice < 0.5:
            emit_json(L, pino(30, [("msg", "sla check"), ("open", random.randint(40, 160)), ("dueIn48h", random.randint(3, 30)),
                                   ("overdue", random.randint(0, 6)), ("statutoryDays", 30)]))
        elif choice < 0.7:
            emit_json(L, pino(30, [("reqId", reqid), ("msg", "request completed"), ("res", O([("statusCode", 200)])),
                                   ("responseTime", random.randint(3, 900))]))
        elif choice < 0.85:
            emit_json(L, pino(50, [("reqId", reqid), ("msg", "upstream error"),
                                   ("err", O([("type", "FetchError"), ("message", "request to http://dip-api.mvh.local:8080/v1/documents/%d failed, reason: connect ETIMEDOUT 10.40.5.22:8080" % (HANDLE_SEQ[0] - random.randint(0, 50))),
                                              ("code", "ETIMEDOUT")])), ("retry", random.randint(1, 3))]))
        else:
            rid = any_roi()[0]
            emit_json(L, pino(30, [("reqId", reqid), ("msg", "status changed"), ("requestId", rid),
                                   ("from", "IN_REVIEW"), ("to", random.choice(["APPROVED", "PENDING_AUTH", "DENIED_INVALID_AUTH"])),
                                   ("by", random.choice(ROI_STAFF)[0])]))
        out.append(L)
    return out


# ---- 7. disclosure accounting (syslog key=value)
def fam_disclosure():
    out = []
    t = tick()
    L = Line("disclosure_syslog")
    L.t("%s him-app01 roi-accounting[2231]: " % ts_syslog(t))
    r = random.random()
    if r < 0.55:
        rid, pt, kind, who = any_roi()
        DA_SEQ[0] += 1
        L.t("DISCLOSURE acct_id=DA-%07d req=%s mrn=" % (DA_SEQ[0], rid)).p(pt["mrn"], "mrn")
        L.t(' pt="').p(pt["last"].upper() + ", " + pt["first"].upper(), "name").t('"')
        rec = "SELF" if kind == "patient" else (who.get("firm") or who.get("org"))
        purpose = {"patient": "PATIENT_REQUEST", "attorney": "LEGAL", "insurer": "INSURANCE"}[kind]
        L.t(' recipient="%s" purpose=%s basis=%s dos_from=' % (rec, purpose,
                                                              "INDIVIDUAL_ACCESS" if kind == "patient" else "AUTHORIZATION"))
        L.p(d_iso(pt["admit"].date() - dt.timedelta(days=random.randint(20, 300))), "date").t(" dos_to=")
        L.p(d_iso(pt["disch"].date()), "date")
        L.t(" pages=%d method=%s released_by=%s" % (random.randint(3, 600),
                                                    random.choice(["SECURE_EMAIL", "MAIL", "FAX", "PORTAL", "CHARTSWAP"]),
                                                    random.choice(ROI_STAFF)[0]))
    elif r < 0.65:
        rid, pt, kind, who = any_roi()
        L.t("SUBPOENA req=%s court=\"Montgomery County Common Pleas\" case_no=" % rid)
        L.p("2024-CV-%05d" % random.randint(100, 2999), "other_id")
        L.t(" mrn=").p(pt["mrn"], "mrn").t(" response_due=%s custodian_affidavit=Y" % d_iso(dt.date(2024, 4, random.randint(1, 20))))
    elif r < 0.8:
        L.t("EXEMPT req=%s purpose=%s reason=\"TPO disclosure - not accountable under 45 CFR 164.528(a)(1)(i)\""
            % (any_roi()[0], random.choice(["TREATMENT", "PAYMENT", "OPERATIONS"])))
    elif r < 0.9:
        L.t("report job=accounting-6y started window=2018-03-18..2024-03-18 rows=%d shard=%d" % (random.randint(10000, 40000),
                                                                                             random.randint(1, 4)))
    else:
        L.t("retention purge dry-run candidates=%d oldest_entry=2017-11-02 policy=HIM-RET-07 host=him-app01" % random.randint(0, 400))
    out.append(L)
    return out


# ---- 8. Mirth Connect MDM^T02 feed
CH = "MDM_Inbound_Transcription"
CH_ID = uuid4()


def mirth_prefix(L, level, thread, cls, t):
    L.t("%-5s %s [%s] %s: " % (level, ts_mirth(t), thread, cls))


def fam_mdm():
    out = []
    pt = pick_pt()
    ph = random.choice(PHYS)
    mt = random.choice(MTS)
    CTRL_SEQ[0] += random.randint(1, 7)
    t0 = tick()
    ctrl = "TX%s%04d" % (ts_hl7(t0)[2:12], CTRL_SEQ[0])
    src_port = random.randint(40000, 60000)
    L = Line("mirth_mdm")
    mirth_prefix(L, "INFO", "%s < TCP Listener on 0.0.0.0:6661" % CH, "com.mirth.connect.connectors.tcp.TcpReceiver", t0)
    L.t("Message received from 10.40.2.17:%d, %d bytes, control id %s" % (src_port, random.randint(1400, 3800), ctrl))
    out.append(L)
    thread = "%s JavaScript Filter/Transformer on %s (%s)" % (CH, CH, CH_ID)

    def seg():
        L = Line("mirth_mdm")
        mirth_prefix(L, "DEBUG", thread, "transformer", tick(0.001, 0.05))
        return L

    dtype = random.choice([("DS", "Discharge Summary", "18842-5"), ("HP", "History and Physical", "34117-2"),
                           ("OP", "Operative Note", "11504-8"), ("CN", "Consultation Note", "11488-4")])
    L = seg()
    L.t("SEG MSH|^~\\&|DICTAPHONE|MVH_TX|HIM_DMS|MVH|%s||MDM^T02^MDM_T02|%s|P|2.5.1|||AL|NE||UNICODE UTF-8"
        % (ts_hl7(t0), ctrl))
    out.append(L)
    L = seg()
    L.t("SEG EVN|T02|%s|||%s^%s^%s" % (ts_hl7(t0), mt[0], mt[1], mt[2]))
    out.append(L)
    # PID
    L = seg()
    L.t("SEG PID|1||").p(pt["mrn"], "mrn").t("^^^MVH^MR")
    if random.random() < 0.5:
        L.t("~").p(pt["ssn"].replace("-", ""), "ssn").t("^^^SSA^SS")
    L.t("||").p(pt["last"].upper(), "name").t("^").p(pt["first"].upper(), "name")
    if pt["mid"]:
        L.t("^").p(pt["mid"], "name")
    L.t("||").p(d_hl7(pt["dob"]), "date").t("|%s|||" % pt["sex"])
    L.p(pt["street"], "address").t("^^").p(pt["city"], "address").t("^OH^").p(pt["zip"], "zip").t("^USA")
    L.t("||").p(fmt_phone(pt["phone"], 0), "phone").t("^PRN^PH")
    if random.random() < 0.5:
        L.t("~^NET^Internet^").p(pt["email"], "email")
    L.t("||ENG|%s||" % random.choice("MSWD")).p(pt["fin"], "account").t("^^^MVH^AN|")
    L.p(pt["ssn"], "ssn")
    out.append(L)
    # PV1
    L = seg()
    f = [""] * 46
    f[1], f[2], f[3], f[4] = "1", "I", "%s^%d^%s^MVH" % (random.choice(["4W", "5E", "ICU", "3N"]), random.randint(401, 560),
                                                        random.choice("AB")), random.choice(["E", "U", "EL"])
    doc = "%s^%s^%s^^^DR^^^NPI" % (ph["npi"], ph["last"].upper(), ph["first"].upper())
    f[7], f[10], f[17], f[18] = doc, ph["svc"], doc, "IN"
    f[36] = random.choice(["01", "03", "06"])
    L.t("SEG PV1")
    for i in range(1, 46):
        L.t("|")
        if i == 19:
            L.p(pt["fin"], "account")
        elif i == 44:
            L.p(ts_hl7(pt["admit"])[:12], "date")
        elif i == 45:
            L.p(ts_hl7(pt["disch"])[:12], "date")
        else:
            L.t(f[i])
    out.append(L)
    # TXA
    L = seg()
    act = pt["disch"] if dtype[0] == "DS" else pt["admit"] + dt.timedelta(hours=random.randint(1, 30))
    docno = "%s%s" % (dtype[0], rdigits(9))
    L.t("SEG TXA|1|%s^%s|TX|" % (dtype[0], dtype[1])).p(ts_hl7(act)[:12], "date")
    L.t("|%s^%s^%s|||||%s^%s^%s|%s^%s^%s|%s||||%s_" % (ph["npi"], ph["last"].upper(), ph["first"].upper(),
                                                        ph["npi"], ph["last"].upper(), ph["first"].upper(),
                                                        mt[0], mt[1], mt[2], docno, dtype[0]))
    L.p(pt["fin"], "account").t(".rtf|%s|R|AV" % random.choice(["AU", "IP", "DO"]))
    out.append(L)
    # OBX text lines
    sexw = "female" if pt["sex"] == "F" else "male"
    texts = []
    o = [("Patient is a ", None)]
    if pt["age"] > 89:
        o.append((str(pt["age"]), "age"))
    else:
        o.append((str(pt["age"]), None))
    o += [("-year-old %s admitted " % sexw, None), (d_us(pt["admit"].date()), "date"),
          (" with %s." % random.choice(["acute on chronic diastolic heart failure", "sepsis due to pneumonia",
                                         "right hip osteoarthritis for elective arthroplasty", "symptomatic bradycardia",
                                         "left MCA territory ischemic stroke"]), None)]
    texts.append(o)
    if random.random() < 0.5:
        texts.append([("HOSPITAL COURSE: Diuresed with IV furosemide 40 mg BID, net negative 3.2 L. Creatinine peaked at 2.1.", None)])
    if random.random() < 0.4:
        texts.append([("Discussed plan with ", None), ("%s %s" % (pt["rel_first"], pt["rel_last"]), "name"),
                      (" (%s) by phone at " % pt["rel_kind"], None), (fmt_phone(pt["rel_phone"], 1), "phone"), (".", None)])
    if random.random() < 0.5:
        texts.append([("FOLLOW-UP: PCP in 7 days; cardiology clinic 2-3 weeks. Dictated by %s %s, MD." % (ph["first"], ph["last"]), None)])
    for i, parts in enumerate(texts, 1):
        L = seg()
        L.t("SEG OBX|%d|TX|%s^%s^LN|%d|" % (i, dtype[2], dtype[1], i))
        for txt, cat in parts:
            L.p(txt.replace("\\", "\\E\\").replace("|", "\\F\\"), cat)
        L.t("||||||F")
        out.append(L)
    L = Line("mirth_mdm")
    mirth_prefix(L, "INFO", "%s < TCP Listener on 0.0.0.0:6661" % CH, "com.mirth.connect.connectors.tcp.TcpReceiver", tick(0.01, 0.4))
    L.t("Sent ACK (AA) for control id %s to 10.40.2.17:%d" % (ctrl, src_port))
    out.append(L)
    if random.random() < 0.5:
        L = Line("mirth_mdm")
        mirth_prefix(L, "INFO", "%s Destination 1 (OnBase DIP Writer)" % CH, "com.mirth.connect.connectors.file.FileDispatcher", tick(0.01, 2))
        L.t("Wrote /mnt/dip_in/mdm/%s_%s.dip (%d bytes) messageId=%d" % (ctrl, docno, random.randint(2000, 9000),
                                                                          random.randint(800000, 900000)))
        out.append(L)
    return out


# ---- 9. fax server / ops
def fam_ops():
    out = []
    t = tick()
    L = Line("faxsrv_ops")
    r = random.random()
    FAXJOB[0] += random.randint(1, 4)
    if r < 0.3:
        rid, pt, kind, who = any_roi()
        if kind == "patient":
            L.t("%s [RightFax] job=%d req=%s dest=" % (ts_dip(t), FAXJOB[0], rid))
            L.p("+1" + pt["phone"][:6] + "%04d" % (int(pt["phone"][6:]) + 1), "fax")
            L.t(" recipient=PATIENT pages=%d status=SENT duration=%ds csid=\"MVH HIM ROI\"" % (random.randint(2, 40), random.randint(40, 600)))
        else:
            fx = who.get("fax")
            L.t("%s [RightFax] job=%d req=%s dest=+1%s recipient=\"%s\" pages=%d status=%s duration=%ds csid=\"MVH HIM ROI\""
                % (ts_dip(t), FAXJOB[0], rid, fx, who.get("firm") or who.get("org"), random.randint(5, 120),
                   random.choice(["SENT", "SENT", "BUSY_RETRY", "NO_ANSWER"]), random.randint(60, 900)))
    elif r < 0.5:
        rid = any_roi()[0]
        L.t("%s [ShipAgent] req=%s carrier=UPS service=2DA tracking=1Z%s%s weight=%.1flb label=printed station=HIM-PRN-2"
            % (ts_dip(t), rid, "".join(random.choice(string.ascii_uppercase + string.digits) for _ in range(6)), rdigits(10),
               random.uniform(0.5, 6)))
    elif r < 0.65:
        L.t("%s [SftpPush] upload ok host=sftp.chartswap.example.com:22 file=MVH_ROI_%s_%03d.zip bytes=%d sha256=%s"
            % (ts_dip(t), t.strftime("%Y%m%d"), random.randint(1, 40), random.randint(10**5, 10**8), hexs(64)))
    elif r < 0.8:
        L.t("%s [CertWatch] tls cert CN=records.mvhealth.org expires 2024-06-02T23:59:59Z (%d days) issuer=\"DigiCert Global G2 TLS RSA SHA256 2020 CA1\""
            % (ts_dip(t), 76 - (t.day - 18)))
    elif r < 0.9:
        L.t("%s [DbPool] pool=himdb active=%d idle=%d waiting=%d maxLifetime=1800000 url=jdbc:sqlserver://sql-him01.mvh.local:1433;databaseName=HIM"
            % (ts_dip(t), random.randint(1, 30), random.randint(0, 10), random.randint(0, 4)))
    else:
        L.t("%s [Backup] job=nightly-him-diff status=OK size=%.2fGB duration=%dm target=\\\\backup01\\him$ build=2024.03.1-rc2"
            % (ts_dip(t), random.uniform(10, 90), random.randint(12, 80)))
    out.append(L)
    return out


FAMS = [(fam_dip, 4), (fam_docsync, 7), (fam_deficiency, 16), (fam_encoder, 18), (fam_nginx, 12),
        (fam_roiapp, 30), (fam_disclosure, 11), (fam_mdm, 3), (fam_ops, 14)]


def main():
    lines = []
    funcs = [f for f, _ in FAMS]
    weights = [w for _, w in FAMS]
    quiet_lines = 0
    while len(lines) < N_LINES:
        if lines and quiet_lines / len(lines) < TARGET_NO_PHI and random.random() < 0.75:
            # steer towards an event without PHI (look-alikes only)
            for _ in range(200):
                ev = random.choices(funcs, weights)[0]()
                if not any(L.spans for L in ev):
                    break
        else:
            ev = random.choices(funcs, weights)[0]()
        lines.extend(ev)
        quiet_lines += sum(1 for L in ev if not L.spans)
    lines = lines[:N_LINES]
    with open(os.path.join(HERE, ID + ".log"), "wb") as lf, \
            open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as jf:
        for n, L in enumerate(lines, 1):
            data, spans = L.finish()
            lf.write(data + b"\n")
            jf.write(json.dumps({"line": n, "family": L.family, "spans": spans}) + "\n")


if __name__ == "__main__":
    main()
