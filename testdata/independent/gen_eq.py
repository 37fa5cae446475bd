#!/usr/bin/env python3
"""Deterministic generator for the 'eq' PHI test corpus.

Theme: medical claims clearinghouse EDI gateway (AS2/SFTP transfers, X12 837/999/277CA/835/TA1,
claim scrubber, CORE 270/271 realtime, Java and C# service logs, support ticket bridge).
Writes eq.log and eq.labels.jsonl next to this file. Standard library only.
"""
import json
import os
import random
import unicodedata
from datetime import date, datetime, timedelta

R = random.Random(18_0314_2024)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_PHI = 225


# ----------------------------------------------------------------------------- line builder
class L:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        assert s, "empty PHI value"
        st = len(self.buf)
        self.buf += s.encode("utf-8")
        self.spans.append((st, len(self.buf), cat, s))
        return self

    def v(self, s, cat=None):
        return self.p(s, cat) if cat else self.t(s)

    def check(self):
        raw = bytes(self.buf)
        assert b"\n" not in raw and b"\r" not in raw, raw
        assert len(raw) <= 4000, len(raw)
        last = -1
        for st, en, cat, val in self.spans:
            assert raw[st:en] == val.encode("utf-8"), (raw[st:en], val)
            assert st >= last, "overlap"
            last = en
        return raw


def js(s, ascii_=False):
    """JSON string body (without quotes) as a serializer would write it."""
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def asciiup(s):
    n = unicodedata.normalize("NFKD", s)
    return "".join(c for c in n if not unicodedata.combining(c)).upper().replace("Ł", "L").replace("ı", "I").replace("İ", "I")


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def luhn_check(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def npi():
    base = R.choice("12") + digits(8)
    return base + luhn_check("80840" + base)


def bad_npi():
    n = npi()
    return n[:-1] + str((int(n[-1]) + R.randint(1, 9)) % 10)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    c = [R.choice("123456789"), R.choice(MBI_A), R.choice(MBI_AN), R.choice("0123456789"),
         R.choice(MBI_A), R.choice(MBI_AN), R.choice("0123456789"), R.choice(MBI_A),
         R.choice(MBI_A), R.choice("0123456789"), R.choice("0123456789")]
    return "".join(c)


def fake_ssn():
    area = R.choice([R.randint(100, 665), R.randint(667, 772)])
    return "%03d-%02d-%04d" % (area, R.randint(1, 99), R.randint(1, 9999))


def uuid4():
    h = "".join(R.choice("0123456789abcdef") for _ in range(32))
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def b64(n):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    s = "".join(R.choice(al) for _ in range(n))
    pad = (-n) % 4
    return s + "=" * pad


def priv_ip():
    k = R.random()
    if k < 0.4:
        return "10.%d.%d.%d" % (R.randint(0, 60), R.randint(0, 255), R.randint(2, 254))
    if k < 0.7:
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 254))
    return "192.168.%d.%d" % (R.randint(0, 40), R.randint(2, 254))


def pub_ip():
    first = R.choice([24, 47, 67, 68, 71, 73, 76, 98, 99, 107, 108, 174, 184])
    return "%d.%d.%d.%d" % (first, R.randint(1, 254), R.randint(0, 255), R.randint(2, 254))


# ----------------------------------------------------------------------------- clock
TODAY = date(2024, 3, 14)
CLOCK = [datetime(2024, 3, 14, 5, 58, 3, 112000)]


def tick():
    CLOCK[0] += timedelta(seconds=R.randint(1, 55), microseconds=R.randint(0, 999999))
    return CLOCK[0]


def utc(t):
    return t + timedelta(hours=4)


def f_logback(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def f_dot(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)


def f_isoz(t):
    return utc(t).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def f_serilog_t(t):
    return utc(t).strftime("%Y-%m-%dT%H:%M:%S.") + "%06d0Z" % t.microsecond


def f_nlog(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%04d" % (t.microsecond // 100)


def f_syslog(t):
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


# ----------------------------------------------------------------------------- reference data
PEOPLE_RAW = [
    ("Chinedu", "Okonkwo", "Emeka", "M"), ("Anjali", "Raghunathan", "", "F"), ("Jan", "Kowalski", "Piotr", "M"),
    ("Mei-Ling", "Tsai", "", "F"), ("Rafael", "Quiñones", "Andrés", "M"), ("Siobhan", "O'Donnell", "Maeve", "F"),
    ("Thi Hoa", "Nguyen", "", "F"), ("Yusuf", "Al-Masri", "", "M"), ("Ingrid", "Johansson", "Linnea", "F"),
    ("Kwame", "Mensah", "Kofi", "M"), ("Dolores", "Vázquez", "", "F"), ("Hiroshi", "Tanaka", "", "M"),
    ("Fatima", "Haddad", "Noor", "F"), ("Björn", "Lindqvist", "", "M"), ("Aroha", "Ngata", "", "F"),
    ("Giuseppe", "Esposito", "Luca", "M"), ("Oluwaseun", "Adeyemi", "", "F"), ("Marguerite", "Thibodeaux", "Anne", "F"),
    ("Dmitri", "Volkov", "", "M"), ("Leilani", "Kahananui", "", "F"), ("Priya", "Venkataraman", "", "F"),
    ("Tomasz", "Wiśniewski", "", "M"), ("Ayşe", "Yılmaz", "", "F"), ("Carlos", "Restrepo", "Julián", "M"),
    ("Nasrin", "Karimi", "", "F"), ("Eamon", "Fitzgerald", "", "M"), ("Zodwa", "Dlamini", "", "F"),
    ("Hannelore", "Schwarzkopf", "", "F"), ("Lucía", "Ferrer", "", "F"), ("Wei", "Zhang", "", "M"),
    ("Abebe", "Tesfaye", "", "M"), ("Rosa", "Delgado", "María", "F"), ("Søren", "Østergaard", "", "M"),
    ("Imani", "Okafor-Reyes", "", "F"), ("Bao", "Tran", "", "M"), ("Ludmila", "Horváthová", "", "F"),
]
STREETS = ["W Maple Ave", "Calle del Sol", "Orchard Ln", "N Kedzie Ave", "Bayview Dr", "Old Mill Rd", "Tamarack Ct",
           "E 14th St", "Sunset Blvd", "Kamehameha Hwy", "Pecan Grove Dr", "Lindenwood Ter", "Rue Royale",
           "Ridgecrest Way", "Cherokee St", "Harbor View Rd", "S Halsted St", "Magnolia Pl", "Via Verde",
           "Prairie Wind Cir", "Quarry Hill Rd", "Elmhurst Ave", "Juniper Trl", "Bridgeport Ave"]
CITIES = [("Springfield", "IL", "627"), ("Cicero", "IL", "608"), ("Round Rock", "TX", "786"), ("El Paso", "TX", "799"),
          ("Pasadena", "CA", "911"), ("Fresno", "CA", "937"), ("Yonkers", "NY", "107"), ("Utica", "NY", "135"),
          ("Kaneohe", "HI", "967"), ("Lafayette", "LA", "705"), ("Tempe", "AZ", "852"), ("Dearborn", "MI", "481"),
          ("Worcester", "MA", "016"), ("Boise", "ID", "837"), ("Duluth", "MN", "558"), ("Kenosha", "WI", "531")]
UNITS = ["", "", "", "APT 2", "APT 4B", "UNIT 12", "# 3", "STE 110", "APT 1706", "LOT 44"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "comcast.net"]


def gen_member_id(kind):
    if kind == "aetna":
        return "W" + digits(9)
    if kind == "uhc":
        return R.choice("89") + digits(8)
    if kind == "cigna":
        return "U" + digits(8) + "01"
    if kind == "bcbs":
        return R.choice(["XOF", "YIB", "ZGD", "XOD"]) + digits(9)
    if kind == "mcr":
        return mbi()
    if kind == "humana":
        return "H" + digits(8)
    if kind == "txmcd":
        return "5" + digits(8)
    if kind == "medical":
        return R.choice("9") + digits(7) + R.choice("ABCDEFG")
    if kind == "nymcd":
        return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(5) + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    raise ValueError(kind)


PAYERS = [
    dict(name="AETNA", pid="60054", kind="aetna", core="https://realtime.aetna-partner.example.com/CORE/2.2.0/RealTime"),
    dict(name="UNITEDHEALTHCARE", pid="87726", kind="uhc", core="https://api-gw.uhc-edi.example.com/core/rt/v2"),
    dict(name="CIGNA", pid="62308", kind="cigna", core="https://edi.cigna-tp.example.com/CORE/RealTime"),
    dict(name="BCBS OF ILLINOIS", pid="00621", kind="bcbs", core="https://x12rt.bcbsil-partner.example.com/core"),
    dict(name="MEDICARE PART B JL", pid="12502", kind="mcr", core="https://hets-core.cms-partner.example.gov/CORE/RealTime"),
    dict(name="HUMANA", pid="61101", kind="humana", core="https://b2b.humana-edi.example.com/rt/core22"),
    dict(name="TX MEDICAID TMHP", pid="617591011", kind="txmcd", core="https://edi.tmhp-partner.example.com/CORE"),
    dict(name="MEDI-CAL", pid="610442", kind="medical", core="https://rt.medi-cal-partner.example.gov/core"),
    dict(name="NY MEDICAID EMEDNY", pid="141797357", kind="nymcd", core="https://emedny-core.example.org/RealTime"),
]

CLINICIANS = [("Elena", "Marchetti"), ("Rajesh", "Iyer"), ("Adaeze", "Nwosu"), ("Kenji", "Watanabe"),
              ("Margaret", "Olsen"), ("Tariq", "Hussain"), ("Camille", "Beaumont"), ("Pavel", "Novák"),
              ("Grace", "Mwangi"), ("Diego", "Salazar"), ("Hyun-woo", "Park"), ("Sarah", "Goldberg")]
PROVIDERS = []
for nm, tx, st1, st2, city, stt, z, pfx, kind in [
    ("LAKESIDE ORTHOPEDICS PC", "74", "1200 MEDICAL PKWY", "STE 300", "AUSTIN", "TX", "78731", "LKO", "P"),
    ("SUNRISE PEDIATRICS LLC", "36", "455 N MICHIGAN AVE", "FL 9", "CHICAGO", "IL", "60611", "SPD-24-", "P"),
    ("NORTHSHORE CARDIOLOGY ASSOC", "04", "88 FRANKLIN ST", "", "BOSTON", "MA", "02110", "NCA", "P"),
    ("MERCY VALLEY HOSPITAL", "95", "2100 HOSPITAL DR", "", "FRESNO", "CA", "93721", "V", "I"),
    ("DESERT BLOOM FAMILY MEDICINE", "86", "7300 E CAMELBACK RD", "STE 120", "SCOTTSDALE", "AZ", "85251", "DBF", "P"),
    ("ST BRIGID REGIONAL MED CTR", "16", "1 ST BRIGID WAY", "", "UTICA", "NY", "13501", "SB", "I"),
    ("ALOHA KIDNEY CARE", "99", "1401 S BERETANIA ST", "STE 800", "HONOLULU", "HI", "96814", "AKC", "P"),
]:
    PROVIDERS.append(dict(name=nm, npi=npi(), tin=tx + digits(7), st1=st1, st2=st2, city=city, state=stt,
                          zip=z + digits(4), pfx=pfx, kind=kind, clin=R.sample(CLINICIANS, 3),
                          phone="%s5550%s" % (R.choice(["512", "312", "617", "559", "480", "315", "808"]), digits(3)),
                          etin=R.choice([digits(9), "S" + digits(5), "CH" + digits(6)])))

SUBMITTERS = [p["etin"] for p in PROVIDERS] + ["ZIRMED01", "330897513", "WAYSTAR", "TRZ44712", "AVAILITY01"]
AS2_PARTNERS = ["AVAILITY_AS2", "UHC_EDI_PROD", "AETNA_AS2", "CHANGEHC_AS2", "OPTUM_IEDI", "HUMANA_B2B", "TMHP_AS2"]
AS2_HOSTS = {"AVAILITY_AS2": "as2.availity-partner.example.com", "UHC_EDI_PROD": "edi-as2.uhc-partner.example.com",
             "AETNA_AS2": "as2gw.aetna-partner.example.com", "CHANGEHC_AS2": "mft.chc-partner.example.net",
             "OPTUM_IEDI": "iedi.optum-partner.example.com", "HUMANA_B2B": "b2b-as2.humana-partner.example.com",
             "TMHP_AS2": "as2.tmhp-partner.example.com"}
STAFF = [("Denise", "Albright"), ("Marisol", "Gutiérrez"), ("Tyler", "Brandt"), ("Priscilla", "Owusu"),
         ("Naveen", "Kulkarni"), ("Agnieszka", "Zielińska"), ("Jamal", "Whitfield"), ("Keiko", "Morita")]
AGENTS = [("Priscilla", "Owusu"), ("Tyler", "Brandt"), ("Agnieszka", "Zielińska"), ("Jamal", "Whitfield")]

# tax IDs / etc look alike constants
OUR_ETIN = "CHCPROD"
OUR_TIN = "46-" + digits(7)


def mk_person(first, last, mid, sex):
    y = R.choice([R.randint(1929, 1933)] + [R.randint(1938, 2019) for _ in range(7)])
    dob = date(y, R.randint(1, 12), R.randint(1, 28))
    city, st, z3 = R.choice(CITIES)
    payer = R.choice(PAYERS if y > 1958 else [PAYERS[4], PAYERS[4], PAYERS[5], PAYERS[1]])
    user = (first[0] + last).lower()
    user = asciiup(user).lower().replace("'", "").replace("-", "").replace(" ", "") + str(dob.year)[2:]
    return dict(first=first, last=last, mid=mid, sex=sex, dob=dob,
                street="%d %s" % (R.randint(12, 9899), R.choice(STREETS)), unit=R.choice(UNITS),
                city=city, state=st, zip=z3 + digits(2), zip4=digits(4), payer=payer,
                member=gen_member_id(payer["kind"]), mrn=R.choice(["E" + digits(7), digits(8), "MR" + digits(6)]),
                ssn=fake_ssn(), phone="%s-555-01%s" % (R.choice(["217", "708", "512", "915", "626", "559", "914",
                                                                   "315", "808", "337", "480", "313"]), digits(2)),
                email="%s.%s%s@%s" % (asciiup(first).lower().replace(" ", "").replace("-", ""),
                                      asciiup(last).lower().replace("'", "").replace(" ", ""),
                                      R.choice(["", str(y)[2:], str(R.randint(1, 99))]), R.choice(EMAIL_DOM)),
                user=user, group=R.choice(["GRP" + digits(5), digits(6), "0" + digits(6) + "-00" + str(R.randint(1, 9))]))


PEOPLE = [mk_person(*x) for x in PEOPLE_RAW]


def age_of(p):
    d = p["dob"]
    return TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))


# dependents: some children covered under a parent subscriber
for child_i, parent_i in [(30, 29), (34, 6), (23, 22)]:
    c, par = PEOPLE[child_i], PEOPLE[parent_i]
    c["dob"] = date(R.randint(2008, 2019), R.randint(1, 12), R.randint(1, 28))
    c["sub"] = par
    c["payer"] = par["payer"] if par["payer"]["kind"] != "mcr" else PAYERS[0]
    c["member"] = par["member"] if R.random() < 0.5 else par["member"][:-2] + "0" + str(R.randint(2, 4))
    for k in ("street", "unit", "city", "state", "zip", "zip4"):
        c[k] = par[k]

CPTS = [("99213", 145), ("99214", 210), ("29881", 2850), ("93000", 62), ("90834", 160), ("97110", 95),
        ("36415", 18), ("80053", 48), ("99392", 220), ("90700", 74), ("G0439", 190), ("J1885", 22)]
DX = ["E119", "I10", "M1711", "Z00129", "J069", "F411", "N184", "Z23", "R0789", "M545", "E785", "K219"]

CLAIMS = []
for i in range(48):
    p = R.choice(PEOPLE)
    prov = R.choice(PROVIDERS)
    dos = date(2024, 2, 1) + timedelta(days=R.randint(0, 40))
    los = R.choice([0, 0, 0, 1, 2, 3]) if prov["kind"] == "I" else 0
    pfx = prov["pfx"]
    if pfx.endswith("-"):
        pcn = pfx + "%05d" % R.randint(1, 99999)
    elif pfx == "V":
        pcn = "V" + digits(9)
    else:
        pcn = pfx + digits(7)
    lines = R.sample(CPTS, R.randint(1, 3))
    CLAIMS.append(dict(p=p, prov=prov, dos=dos, dos2=dos + timedelta(days=los), pcn=pcn, lines=lines,
                       charge=sum(c for _, c in lines), dx=R.sample(DX, 2), icn=digits(R.choice([13, 14, 15])),
                       clin=R.choice(prov["clin"]), payer=p["payer"], claim_uuid=uuid4(),
                       trace="CLM-2024-%04d-%06d" % (R.randint(30, 80), R.randint(1, 999999))))


OLD_CLAIMS = [c for c in CLAIMS if age_of(c["p"]) > 89]


def d8(d):
    return d.strftime("%Y%m%d")


# ----------------------------------------------------------------------------- X12 helpers
DELIMS = [
    dict(el="*", comp=":", rep="^", term="~"),
    dict(el="*", comp=":", rep="^", term="~"),
    dict(el="*", comp=">", rep="^", term="~"),
    dict(el="|", comp=":", rep="^", term="~"),
    dict(el="|", comp=">", rep="^", term="~\\n"),
    dict(el="^", comp=":", rep="{", term="~"),
    dict(el="*", comp=":", rep="^", term="\\n"),
    dict(el="*", comp=":", rep="^", term="~\\r\\n"),
]


def pick_d():
    return R.choice(DELIMS)


def seg(l, d, tag, *els):
    l.t(tag)
    for e in els:
        l.t(d["el"])
        if isinstance(e, tuple):
            l.p(e[0], e[1])
        elif isinstance(e, list):
            for j, c in enumerate(e):
                if j:
                    l.t(d["comp"])
                if isinstance(c, tuple):
                    l.p(c[0], c[1])
                else:
                    l.t(c)
        else:
            l.t(e)
    l.t(d["term"])


def isa_str(d, snd, rcv, t, ctrl, usage="P"):
    e = d["el"]
    return e.join(["ISA", "00", " " * 10, "00", " " * 10, "ZZ", snd.ljust(15), "ZZ", rcv.ljust(15),
                   t.strftime("%y%m%d"), t.strftime("%H%M"), d["rep"], "00501", ctrl, R.choice("01"), usage,
                   d["comp"]]) + d["term"]


def nm1_person(l, d, code, p, idq="MI", idval=None, idcat="health_plan", mid=True):
    els = [code, "1", (asciiup(p["last"]), "name"), (asciiup(p["first"]), "name")]
    if mid and p["mid"]:
        els.append((asciiup(p["mid"]), "name"))
    elif idq:
        els.append("")
    if idq:
        els += ["", "", idq, (idval or p["member"], idcat)]
    seg(l, d, "NM1", *els)


def n3n4(l, d, p, zip9=None):
    if p["unit"]:
        seg(l, d, "N3", (p["street"].upper(), "address"), (p["unit"], "address"))
    else:
        seg(l, d, "N3", (p["street"].upper(), "address"))
    z = p["zip"] + p["zip4"] if (zip9 if zip9 is not None else R.random() < 0.5) else p["zip"]
    seg(l, d, "N4", (p["city"].upper(), "address"), p["state"], (z, "zip"))


def dmg(l, d, p):
    seg(l, d, "DMG", "D8", (d8(p["dob"]), "date"), p["sex"])


def prov_loop(l, d, prov):
    seg(l, d, "NM1", "85", "2", prov["name"], "", "", "", "", "XX", prov["npi"])
    seg(l, d, "N3", *([prov["st1"], prov["st2"]] if prov["st2"] else [prov["st1"]]))
    seg(l, d, "N4", prov["city"], prov["state"], prov["zip"])
    seg(l, d, "REF", "EI", prov["tin"])


def rendering(l, d, c):
    f, la = c["clin"]
    seg(l, d, "NM1", "82", "1", asciiup(la), asciiup(f), "", "", "", "XX", npi())


# ----------------------------------------------------------------------------- common log prefixes
def pre_logback(l, t, level, thread, logger):
    l.t("%s %-5s [%s] %s - " % (f_logback(t), level, thread, logger))


def abbrev_logger(name, width=40):
    parts = name.split(".")
    out = [p[0] for p in parts[:-1]] + [parts[-1]]
    s = ".".join(out)
    return s[:width].ljust(width)


def pre_spring(l, t, level, thread, logger, pid=48213):
    l.t("%s %5s %d --- [%s] %s : " % (f_dot(t), level, pid, thread[-15:].rjust(15), abbrev_logger(logger)))


def pre_serilog_txt(l, t, lvl):
    l.t("%s -04:00 [%s] " % (f_dot(t), lvl))


def pre_nlog(l, t, lvl, logger):
    l.t("%s|%s|%s|" % (f_nlog(t), lvl, logger))


# ============================================================================= families
def fam_openas2(phi):
    assert not phi
    t = tick()
    l = L("openas2")
    partner = R.choice(AS2_PARTNERS)
    host = AS2_HOSTS[partner]
    mid = "<OPENAS2-%s-%s@%s_CHC_PROD>" % (t.strftime("%d%m%Y%H%M%S"), "%04d" % R.randint(0, 9999), partner)
    fname = R.choice(["837P", "837I", "835", "999", "277CA", "270"]) + "_%s_%s_%06d.x12" % (
        R.choice(SUBMITTERS), t.strftime("%Y%m%d"), R.randint(1, 999999))
    lvl, cls, msg = R.choice([
        ("INFO", "org.openas2.processor.receiver.AS2ReceiverHandler",
         "incoming connection [%s:%d] [%s]" % (priv_ip(), R.randint(30000, 65000), mid)),
        ("INFO", "org.openas2.processor.receiver.AS2ReceiverHandler",
         "Received Data [sender=%s, receiver=CHC_PROD] %s size=%d bytes" % (partner, mid, R.randint(900, 4800000))),
        ("INFO", "org.openas2.lib.helper.BCCryptoHelper", "decrypted data %s [cipher: %s]" % (mid, R.choice(["AES256_CBC", "AES128_CBC", "3DES"]))),
        ("INFO", "org.openas2.lib.helper.BCCryptoHelper", "signature verified %s [algorithm: %s]" % (mid, R.choice(["SHA256", "SHA-256", "SHA1"]))),
        ("DEBUG", "org.openas2.message.AS2MessageMDN", "calculated MIC: %s, sha-256 %s" % (b64(43), mid)),
        ("INFO", "org.openas2.processor.storage.MessageFileModule",
         "stored message to file /opt/openas2/data/inbox/%s-CHC_PROD/%s.%s" % (partner, fname, mid[1:-1])),
        ("INFO", "org.openas2.processor.receiver.AS2MDNReceiverHandler",
         "MDN received %s disposition: automatic-action/MDN-sent-automatically; processed" % mid),
        ("ERROR", "org.openas2.processor.receiver.AS2MDNReceiverHandler",
         "MDN received %s disposition: automatic-action/MDN-sent-automatically; processed/error: %s" % (
             mid, R.choice(["decryption-failed", "authentication-failed", "integrity-check-failed", "unexpected-processing-error"]))),
        ("INFO", "org.openas2.processor.sender.AS2SenderModule",
         "message sent to %s (https://%s:%d/as2/HttpReceiver) %s in %dms" % (partner, host, R.choice([443, 4080, 5443]), mid, R.randint(180, 9000))),
        ("WARN", "org.openas2.processor.resender.DirectoryResenderModule",
         "resend attempt %d/5 for %s: java.net.SocketTimeoutException: connect timed out (%s:443)" % (R.randint(1, 4), mid, host)),
        ("INFO", "org.openas2.processor.receiver.DirectoryPollingModule",
         "processing /opt/openas2/data/toAny/CHC_PROD-%s/%s" % (partner, fname)),
        ("WARN", "org.openas2.cert.PKCS12CertificateFactory",
         "certificate alias '%s' expires %s (%d days)" % (partner.lower() + "_2024", "2025-%02d-%02dT23:59:59Z" % (R.randint(1, 12), R.randint(1, 28)), R.randint(20, 360))),
        ("INFO", "org.openas2.processor.receiver.AS2ReceiverHandler",
         "sending MDN %s to %s [sync, signed: sha-256] HTTP 200 OK" % (mid, partner)),
        ("ERROR", "org.openas2.processor.sender.AS2SenderModule",
         "HTTP 503 Service Unavailable from %s for %s; Retry-After: %d" % (host, mid, R.choice([30, 60, 120, 300]))),
    ])
    if R.random() < 0.5:
        l.t("%s %-5s %s - %s" % (f_dot(t), lvl, cls.split(".")[-1], msg))
    else:
        l.t("%s [%s] %-5s %s - %s" % (f_dot(t), R.choice(["pool-3-thread-%d" % R.randint(1, 20), "main", "DirectoryResender", "MDNReceiver-%d" % R.randint(1, 4)]), lvl, cls, msg))
    return l


def fam_sftp(phi):
    assert not phi
    t = tick()
    l = L("sftp-mft")
    user = "etin_" + R.choice(SUBMITTERS).lower()
    host = R.choice(["mft-dmz01", "mft-dmz02", "sftp-gw03"])
    pid = R.randint(1000, 65000)
    ip = priv_ip()
    path = "/inbound/%s/%s_%s_%s.edi" % (R.choice(["837", "837i", "270", "276"]), user.upper()[5:], R.choice(["837P", "837I", "BATCH"]),
                                          t.strftime("%Y%m%d_%H%M"))
    k = R.randint(0, 10)
    if k == 0:
        l.t("%s %s sshd[%d]: Accepted publickey for %s from %s port %d ssh2: RSA SHA256:%s" % (
            f_syslog(t), host, pid, user, ip, R.randint(30000, 65000), b64(43).rstrip("=")))
    elif k == 1:
        l.t("%s %s internal-sftp[%d]: session opened for local user %s from [%s]" % (f_syslog(t), host, pid, user, ip))
    elif k == 2:
        l.t('%s %s internal-sftp[%d]: open "%s" flags WRITE,CREATE,TRUNCATE mode 0664' % (f_syslog(t), host, pid, path))
    elif k == 3:
        l.t('%s %s internal-sftp[%d]: close "%s" bytes read 0 written %d' % (f_syslog(t), host, pid, path, R.randint(2000, 9000000)))
    elif k == 4:
        l.t("%s %s internal-sftp[%d]: session closed for local user %s from [%s]" % (f_syslog(t), host, pid, user, ip))
    elif k == 5:
        l.t("%s %s sshd[%d]: Connection closed by authenticating user %s %s port %d [preauth]" % (f_syslog(t), host, pid, user, ip, R.randint(30000, 65000)))
    else:
        job = "10000%08d" % R.randint(1, 99999999)
        msg = R.choice([
            "Project '/Clearinghouse/Inbound/Route837' started by monitor 'Inbound837Watch' (trigger: file created %s)" % path,
            "Task 'pgp-decrypt' completed in %d ms; output /work/jobs/%s/%s" % (R.randint(40, 4000), job, path.split("/")[-1]),
            "Task 'copy-to-translator' failed: java.net.SocketTimeoutException: Read timed out (translator-%02d.chc.internal:9443)" % R.randint(1, 6),
            "Task 'sftp-put' uploaded %d file(s) to resource 'Payer_%s' /outbound/%s" % (R.randint(1, 12), R.choice(PAYERS)["pid"], t.strftime("%Y%m%d")),
            "Job completed successfully in %.3f seconds (%d files, %d bytes)" % (R.uniform(0.2, 90), R.randint(1, 40), R.randint(1000, 99000000)),
            "File %s quarantined: virus scan returned 'OK' but filename violates pattern ^[A-Z0-9_]+\\.(edi|x12|txt)$" % path.split("/")[-1].lower(),
        ])
        lvl = "ERROR" if "failed" in msg else ("WARN" if "quarantined" in msg else "INFO")
        l.t("%s %-5s [Job %s] %s" % (t.strftime("%Y-%m-%d %H:%M:%S"), lvl, job, msg))
    return l


def fam_envelope(phi):
    assert not phi
    t = tick()
    l = L("x12-envelope")
    d = pick_d()
    snd = R.choice(SUBMITTERS)
    ctrl = "%09d" % R.randint(1, 999999)
    thread = "edi-inbound-%d" % R.randint(1, 8)
    k = R.randint(0, 7)
    if k == 0:
        pre_logback(l, t, "INFO", thread, "c.chc.edi.envelope.IsaParser")
        l.t("ISA header: " + isa_str(d, snd, OUR_ETIN, t, ctrl))
    elif k == 1:
        code, txt = R.choice([("022", "Invalid Control Structure"), ("024", "Invalid Interchange Content"),
                              ("006", "Duplicate Interchange Control Number"), ("014", "Invalid Interchange Date Value"),
                              ("004", "Invalid Segment Terminator"), ("001", "Interchange Control Number mismatch")])
        pre_logback(l, t, "WARN", thread, "c.chc.edi.ack.Ta1Builder")
        l.t("TA1 generated for ICN %s sender=%s: TA1%s%s%s%s%s%s%sR%s%s%s (%s)" % (
            ctrl, snd, d["el"], ctrl, d["el"], t.strftime("%y%m%d"), d["el"], t.strftime("%H%M"), d["el"], d["el"], code, d["term"], txt))
    elif k == 2:
        ver = R.choice(["005010X222A1", "005010X223A2", "005010X279A1", "005010X212"])
        pre_logback(l, t, "INFO", thread, "c.chc.edi.envelope.GsParser")
        l.t("GS%sHC%s%s%s%s%s%s%s%s%s%d%sX%s%s%s accepted functional group %d, %d transaction sets" % (
            d["el"], d["el"], snd, d["el"], OUR_ETIN, d["el"], t.strftime("%Y%m%d"), d["el"], t.strftime("%H%M"), d["el"],
            int(ctrl), d["el"], d["el"], ver, d["term"], int(ctrl), R.randint(1, 400)))
    elif k == 3:
        pre_logback(l, t, "ERROR", thread, "c.chc.edi.envelope.IeaValidator")
        n = R.randint(1, 5)
        l.t("IEA control count mismatch: IEA01=%d actual=%d (ICN %s, sender %s)" % (n, n + 1, ctrl, snd))
    elif k == 4:
        pre_logback(l, t, "INFO", thread, "c.chc.edi.envelope.DelimiterSniffer")
        l.t("Delimiters detected for %s_%s.edi: element='%s' component='%s' repetition='%s' segment='%s'" % (
            snd, t.strftime("%Y%m%d%H%M%S"), d["el"], d["comp"], d["rep"], d["term"]))
    elif k == 5:
        pre_logback(l, t, "ERROR", thread, "c.chc.edi.envelope.SeValidator")
        n = R.randint(12, 900)
        l.t("SE segment count mismatch: SE%s%d%s%04d%s actual %d segments (GS %d)" % (
            d["el"], n, d["el"], R.randint(1, 40), d["term"], n + R.randint(1, 3), int(ctrl)))
    elif k == 6:
        pre_logback(l, t, "DEBUG", thread, "c.chc.edi.x12.BhtReader")
        l.t("BHT%s0019%s00%s%s%s%s%s%s%sCH%s txn ref ok" % (d["el"], d["el"], d["el"], "CHC-%s-%04d" % (t.strftime("%Y%m%d"), R.randint(1, 9999)),
                                                  d["el"], t.strftime("%Y%m%d"), d["el"], t.strftime("%H%M"), d["el"], d["term"]))
    else:
        pre_logback(l, t, "WARN", thread, "c.chc.edi.envelope.IsaParser")
        l.t("ISA15 usage indicator 'T' received on production endpoint from %s (ICN %s); routing to test lane" % (snd, ctrl))
    return l


# ---------------------------------------------------------------------------- 837 parser errors
def claim_header(l, d, c):
    els = [(c["pcn"], "account"), str(c["charge"]), "", ""]
    if c["prov"]["kind"] == "I":
        els.append(["131", "A", "1"])
    else:
        els.append(["11", "B", "1"])
    els += ["Y", "A", "Y", "Y"]
    seg(l, d, "CLM", *els)


def fam_x12parser(phi):
    t = tick()
    l = L("x12-parser")
    d = pick_d()
    c = R.choice(CLAIMS)
    p = c["p"]
    sub = p.get("sub", p)
    thread = "claims-validate-%d" % R.randint(1, 12)
    stn = "%04d" % R.randint(1, 60)
    fileref = "%s_837%s_%s.edi" % (R.choice(SUBMITTERS), "I" if c["prov"]["kind"] == "I" else "P", t.strftime("%Y%m%d%H%M"))
    if not phi:
        k = R.randint(0, 5)
        if k == 0:
            pre_logback(l, t, "WARN", thread, "c.chc.edi.x12.X12SegmentParser")
            l.t("Loop 2010AA billing provider address is a PO Box (not allowed): ")
            prov_loop(l, d, c["prov"])
        elif k == 1:
            pre_logback(l, t, "ERROR", thread, "c.chc.edi.x12.X12SegmentParser")
            l.t("Rendering provider NPI failed check digit in ST %s: " % stn)
            f, la = c["clin"]
            seg(l, d, "NM1", "82", "1", asciiup(la), asciiup(f), "", "", "", "XX", bad_npi())
            seg(l, d, "PRV", "PE", "PXC", R.choice(["207Q00000X", "207X00000X", "208000000X", "207RC0000X"]))
        elif k == 2:
            pre_logback(l, t, "WARN", thread, "c.chc.edi.x12.HiSegmentValidator")
            l.t("ICD-10 code not billable at this level in ST %s: " % stn)
            seg(l, d, "HI", ["ABK", c["dx"][0][:3]], ["ABF", c["dx"][1]])
        elif k == 3:
            pre_logback(l, t, "INFO", thread, "c.chc.edi.x12.Tx837Reader")
            l.t("ST %s parsed: %d segments, %d claims, %d service lines, payer %s (%s) in %d ms" % (
                stn, R.randint(30, 4000), R.randint(1, 120), R.randint(1, 600), c["payer"]["pid"], c["payer"]["name"], R.randint(3, 900)))
        elif k == 4:
            pre_logback(l, t, "ERROR", thread, "c.chc.edi.x12.X12SegmentParser")
            l.t("Unexpected segment in loop 2400 at position %d of %s: " % (R.randint(20, 900), fileref))
            cpt, amt = c["lines"][0]
            seg(l, d, "SV1", ["HC", cpt, R.choice(["25", "59", "LT", "RT", "GT"])], str(amt), "UN", "1", "", "", "1")
        else:
            pre_logback(l, t, "WARN", thread, "c.chc.edi.x12.SbrValidator")
            l.t("SBR09 claim filing indicator inconsistent with payer %s: " % c["payer"]["pid"])
            seg(l, d, "SBR", "P", "18", sub["group"], "", "", "", "", "", R.choice(["CI", "MB", "MC", "HM", "BL"]))
        return l
    k = R.randint(0, 8)
    if k == 0:
        pre_logback(l, t, "WARN", thread, "c.chc.edi.x12.X12SegmentParser")
        l.t("Unexpected element count (%d) in segment " % R.randint(10, 14))
        nm1_person(l, d, "IL", sub)
        l.t(" at line %d of ST %s" % (R.randint(10, 400), stn))
    elif k == 1:
        pre_logback(l, t, "ERROR", thread, "c.chc.edi.x12.DmgValidator")
        l.t("Invalid date in DMG02 (loop 2010BA, ST %s): '" % stn)
        bad = p["dob"].strftime("%Y") + "02" + R.choice(["30", "31"]) if R.random() < 0.5 else d8(p["dob"])
        seg(l, d, "DMG", "D8", (bad, "date"), p["sex"])
        l.t("' file=%s" % fileref)
    elif k == 2:
        pre_logback(l, t, "ERROR", thread, "c.chc.edi.x12.N4Validator")
        l.t("N4 postal code does not match state in 2010BA: ")
        n3n4(l, d, sub)
    elif k == 3:
        pre_logback(l, t, "DEBUG", thread, "c.chc.edi.x12.LoopDumper")
        l.t("Loop 2010BA subscriber: ")
        nm1_person(l, d, "IL", sub)
        n3n4(l, d, sub)
        dmg(l, d, sub)
        if R.random() < 0.5:
            seg(l, d, "REF", "SY", (sub["ssn"].replace("-", ""), "ssn"))
    elif k == 4:
        pre_logback(l, t, "ERROR", thread, "c.chc.edi.x12.ClaimLoopParser")
        l.t("Loop 2300 parse error (CLM05-3 frequency code): ")
        claim_header(l, d, c)
        seg(l, d, "DTP", "472", "D8", (d8(c["dos"]), "date"))
    elif k == 5:
        c = R.choice([x for x in CLAIMS if x["prov"]["kind"] == "I"])
        p = c["p"]
        pre_logback(l, t, "WARN", thread, "c.chc.edi.x12.ClaimLoopParser")
        l.t("Institutional claim %s statement period spans %d days: " % (c["trace"], (c["dos2"] - c["dos"]).days + 1))
        claim_header(l, d, c)
        seg(l, d, "DTP", "434", "RD8", [(d8(c["dos"]), "date")])
        # overwrite: RD8 range written as two dates joined by hyphen
        l.buf = l.buf[:-len(d["term"].encode())]  # drop term so we can append the range end
        l.t("-").p(d8(c["dos2"]), "date").t(d["term"])
        seg(l, d, "REF", "EA", (p["mrn"], "mrn"))
    elif k == 6:
        pre_logback(l, t, "ERROR", thread, "c.chc.edi.x12.PatientLoopParser")
        l.t("Loop 2000C present but PAT01 relationship is self (18); patient: ")
        seg(l, d, "PAT", "19" if "sub" in p else "18")
        nm1_person(l, d, "QC", p, idq=None)
        dmg(l, d, p)
    elif k == 7:
        pre_logback(l, t, "WARN", thread, "c.chc.edi.x12.X12SegmentParser")
        l.t("Invalid character 0x%02X in NM109 at segment %d: " % (R.choice([0x24, 0x40, 0x23, 0x7F]), R.randint(8, 300)))
        nm1_person(l, d, "IL", sub, mid=False)
        l.t(" (%s)" % fileref)
    else:
        pre_logback(l, t, "ERROR", thread, "c.chc.edi.x12.ServiceLineParser")
        l.t("SV1 units exceed MUE for claim ")
        l.p(c["pcn"], "account")
        l.t(": ")
        cpt, amt = c["lines"][0]
        seg(l, d, "SV1", ["HC", cpt], str(amt), "UN", str(R.randint(5, 30)), "", "", "1")
        seg(l, d, "DTP", "472", "D8", (d8(c["dos"]), "date"))
    return l


# ---------------------------------------------------------------------------- 999
def ecs_json(l, t, level, logger, thread, msg_writer, extra=None):
    l.t('{"@timestamp":"%s","ecs.version":"1.2.0","log.level":"%s","message":"' % (f_isoz(t), level))
    msg_writer(l)
    l.t('","process.thread.name":"%s","log.logger":"%s"' % (thread, logger))
    if extra:
        for k, v in extra:
            l.t(',"%s":%s' % (k, json.dumps(v)))
    l.t("}")


def fam_999(phi):
    t = tick()
    l = L("ack999")
    d = pick_d()
    c = R.choice(CLAIMS)
    p = c["p"]
    sub = p.get("sub", p)
    st = "%04d" % R.randint(1, 60)
    gs = R.randint(1000, 99999)
    use_json = R.random() < 0.5
    thread = "ack-builder-%d" % R.randint(1, 4)

    def body(l):
        if not phi:
            k = R.randint(0, 4)
            if k == 0:
                l.t("999 accepted for GS %d: " % gs)
                seg(l, d, "AK1", "HC", str(gs), "005010X222A1")
                seg(l, d, "AK9", "A", "1", "1", "1")
            elif k == 1:
                l.t("IK3 for ST %s: " % st)
                seg(l, d, "IK3", "HI", str(R.randint(10, 40)), "2300", "8")
                seg(l, d, "IK4", ["1", "2"], "1271", "7", ["ABK", c["dx"][0][:3]])
                seg(l, d, "IK5", "R", "5")
            elif k == 2:
                l.t("IK3 for ST %s: " % st)
                seg(l, d, "IK3", "SV1", str(R.randint(20, 90)), "2400", "8")
                seg(l, d, "IK4", ["1", "2"], "235", "7", ["HC", c["lines"][0][0][:4]])
            elif k == 3:
                l.t("999 partially accepted GS %d: " % gs)
                n = R.randint(3, 40)
                seg(l, d, "AK9", "P", str(n), str(n), str(n - R.randint(1, 2)))
            else:
                l.t("IK3 for ST %s: " % st)
                seg(l, d, "IK3", "REF", str(R.randint(8, 30)), "2010BB", "3")
                l.t(" (unexpected REF*2U payer secondary ID %s)" % c["payer"]["pid"])
            return
        k = R.randint(0, 4)
        if k == 0:
            l.t("999 reject ST %s (claim " % st)
            l.p(c["pcn"], "account")
            l.t("): ")
            seg(l, d, "IK3", "NM1", str(R.randint(10, 30)), "2010BA", "8")
            seg(l, d, "CTX", ["CLM01", (c["pcn"], "account")])
            seg(l, d, "IK4", "9", "67", "7", (sub["member"], "health_plan"))
            seg(l, d, "IK5", "R", "5")
        elif k == 1:
            l.t("IK4 bad DOB copied for ST %s: " % st)
            seg(l, d, "IK3", "DMG", str(R.randint(10, 30)), "2010BA", "8")
            seg(l, d, "IK4", "2", "1251", "8", (p["dob"].strftime("%Y") + "0231", "date"))
        elif k == 2:
            l.t("IK3 service date error ST %s: " % st)
            seg(l, d, "IK3", "DTP", str(R.randint(30, 90)), "2400", "8")
            seg(l, d, "CTX", ["CLM01", (c["pcn"], "account")])
            seg(l, d, "IK4", "3", "1251", "8", (d8(c["dos"] + timedelta(days=R.randint(40, 90))), "date"))
        elif k == 3:
            l.t("999 reject ST %s: " % st)
            seg(l, d, "IK3", "NM1", str(R.randint(10, 30)), "2010CA", "8")
            l.t("IK4" + d["el"] + "3" + d["el"] + "1035" + d["el"] + "6" + d["el"])
            l.p(asciiup(p["last"]), "name").t(R.choice(["#", "@", "1"]) + d["term"])
        else:
            l.t("IK3 postal code ST %s: " % st)
            seg(l, d, "IK3", "N4", str(R.randint(8, 30)), "2010BA", "8")
            seg(l, d, "IK4", "3", "116", "7", (sub["zip"][:4], "zip"))
            seg(l, d, "IK5", "R", "5")

    if use_json:
        ecs_json(l, t, R.choice(["WARN", "INFO"]) if not phi else "WARN", "com.chc.edi.ack.Ack999Generator", thread, body,
                 extra=[("gsControlNumber", str(gs)), ("submitterId", R.choice(SUBMITTERS))])
    else:
        pre_logback(l, t, "WARN" if phi else "INFO", thread, "c.chc.edi.ack.Ack999Generator")
        body(l)
    return l


# ---------------------------------------------------------------------------- 277CA
def fam_277(phi):
    t = tick()
    l = L("ca277")
    d = pick_d()
    c = R.choice(CLAIMS)
    p = c["p"]
    sc = R.choice(["Chc.Acks.Claim277CaMapper", "Chc.Acks.StatusPublisher"])
    if not phi:
        k = R.randint(0, 3)
        pre_serilog_txt(l, t, R.choice(["INF", "INF", "DBG"]))
        if k == 0:
            l.t("277CA payer level: ")
            seg(l, d, "HL", "1", "", "20", "1")
            seg(l, d, "NM1", "PR", "2", c["payer"]["name"], "", "", "", "", "PI", c["payer"]["pid"])
            seg(l, d, "TRN", "1", digits(10))
            seg(l, d, "DTP", "050", "D8", t.strftime("%Y%m%d"))
            seg(l, d, "DTP", "009", "D8", t.strftime("%Y%m%d"))
        elif k == 1:
            amt = R.randint(1000, 90000)
            l.t("277CA billing provider totals: ")
            seg(l, d, "STC", ["A1", "19", "PR"], t.strftime("%Y%m%d"), "WQ", str(amt))
            seg(l, d, "QTY", "90", str(R.randint(1, 90)))
            seg(l, d, "AMT", "YU", str(amt))
        elif k == 2:
            l.t("277CA batch %s mapped: accepted=%d rejected=%d payer=%s elapsed=%dms" % (
                hexs(8), R.randint(1, 300), R.randint(0, 9), c["payer"]["pid"], R.randint(10, 3000)))
        else:
            l.t("277CA provider loop: ")
            seg(l, d, "NM1", "85", "2", c["prov"]["name"], "", "", "", "", "XX", c["prov"]["npi"])
            seg(l, d, "TRN", "1", c["prov"]["tin"])
        l.t(" {SourceContext=\"%s\"}" % sc if R.random() < 0.3 else "")
        return l
    k = R.randint(0, 2)
    pre_serilog_txt(l, t, "WRN")
    code = R.choice([("A7", "21"), ("A7", "33"), ("A6", "562"), ("A7", "164"), ("A3", "35")])
    if k == 0:
        l.t("Claim rejected in 277CA: ")
        seg(l, d, "HL", str(R.randint(3, 80)), "2", "PT")
        nm1_person(l, d, "QC", p, idval=p.get("sub", p)["member"])
        seg(l, d, "TRN", "2", (c["pcn"], "account"))
        seg(l, d, "STC", [code[0], code[1], "IL"], t.strftime("%Y%m%d"), "U", str(c["charge"]))
        seg(l, d, "REF", "1K", c["icn"])
        seg(l, d, "DTP", "472", "RD8", [])
        l.buf = l.buf[:-len(d["term"].encode())]
        l.p(d8(c["dos"]), "date").t("-").p(d8(c["dos2"]), "date").t(d["term"])
    elif k == 1:
        l.t("Status %s:%s for patient ctrl " % code)
        l.p(c["pcn"], "account")
        l.t(" (subscriber ")
        l.p(p.get("sub", p)["member"], "health_plan")
        l.t(", DOS ")
        l.p(c["dos"].strftime("%m/%d/%Y"), "date")
        l.t(") payer %s ICN %s" % (c["payer"]["pid"], c["icn"]))
    else:
        l.t("277CA patient loop could not be matched to submitted claim: ")
        nm1_person(l, d, "QC", p, idq=None)
        seg(l, d, "TRN", "2", (c["pcn"], "account"))
    if R.random() < 0.3:
        l.t(" {SourceContext=\"%s\"}" % sc)
    return l


# ---------------------------------------------------------------------------- 835
def fam_835(phi):
    t = tick()
    l = L("era835")
    d = pick_d()
    c = R.choice(CLAIMS)
    p = c["p"]
    thread = "era-post-%d" % R.randint(1, 6)
    paid = round(c["charge"] * R.uniform(0.3, 0.9), 2)
    pr = round(R.uniform(0, c["charge"] - paid), 2)
    if not phi:
        k = R.randint(0, 5)
        pre_logback(l, t, "INFO", thread, "c.chc.remit.EraHeaderReader")
        if k == 0:
            amt = "%.2f" % R.uniform(500, 90000)
            l.t("BPR: ")
            seg(l, d, "BPR", "I", amt, "C", "ACH", "CCP", "01", digits(9), "DA", digits(R.randint(8, 12)), "1" + c["payer"]["pid"][:9].rjust(9, "0"),
                "", "01", digits(9), "DA", digits(R.randint(8, 12)), (t + timedelta(days=R.randint(1, 5))).strftime("%Y%m%d"))
        elif k == 1:
            l.t("Reassociation trace: ")
            seg(l, d, "TRN", "1", "EFT" + digits(7), "1" + digits(9))
            l.t(" matched deposit %s amount %.2f" % (digits(10), R.uniform(100, 50000)))
        elif k == 2:
            l.t("Payer identification: ")
            seg(l, d, "N1", "PR", c["payer"]["name"])
            seg(l, d, "N3", "PO BOX %d" % R.randint(1000, 99999))
            seg(l, d, "N4", R.choice(["CHICAGO", "HARTFORD", "MINNEAPOLIS", "LOUISVILLE", "BLOOMFIELD"]), R.choice(["IL", "CT", "MN", "KY"]), digits(9))
            seg(l, d, "PER", "BL", "PROVIDER SERVICES", "TE", "800555" + digits(4))
        elif k == 3:
            l.t("Payee: ")
            seg(l, d, "N1", "PE", c["prov"]["name"], "XX", c["prov"]["npi"])
            seg(l, d, "REF", "TJ", c["prov"]["tin"])
        elif k == 4:
            l.t("Provider level adjustment: ")
            seg(l, d, "PLB", c["prov"]["npi"], "20241231", ["WO", "EFT" + digits(6)], "-%.2f" % R.uniform(5, 400))
        else:
            cpt, amt = c["lines"][0]
            l.t("Service line adjusted: ")
            seg(l, d, "SVC", ["HC", cpt], str(amt), "%.2f" % (amt * 0.6), "", "1")
            seg(l, d, "CAS", "CO", "45", "%.2f" % (amt * 0.4))
            seg(l, d, "LQ", "HE", R.choice(["N130", "M15", "N381", "MA130"]))
        return l
    k = R.randint(0, 3)
    if k == 0:
        pre_logback(l, t, "WARN", thread, "c.chc.remit.EraPoster")
        l.t("No matching claim for CLP; parking remit: ")
        seg(l, d, "CLP", (c["pcn"], "account"), "1", str(c["charge"]), "%.2f" % paid, "%.2f" % pr, "12", c["icn"], "11", "1")
        nm1_person(l, d, "QC", p, idval=p.get("sub", p)["member"])
    elif k == 1:
        pre_logback(l, t, "INFO", thread, "c.chc.remit.EraPoster")
        l.t("Claim detail: ")
        seg(l, d, "CLP", (c["pcn"], "account"), R.choice(["1", "2", "4", "22"]), str(c["charge"]), "%.2f" % paid, "%.2f" % pr, "12", c["icn"], "11", "1")
        seg(l, d, "CAS", "PR", "2", "%.2f" % pr)
        nm1_person(l, d, "QC", p, idq="MI", idval=p.get("sub", p)["member"])
        if "sub" in p:
            nm1_person(l, d, "IL", p["sub"])
        seg(l, d, "DTM", "232", (d8(c["dos"]), "date"))
        seg(l, d, "DTM", "233", (d8(c["dos2"]), "date"))
    elif k == 2:
        pre_logback(l, t, "WARN", thread, "c.chc.remit.CorrectedPatientHandler")
        l.t("Payer corrected patient name (NM1*74): ")
        seg(l, d, "NM1", "74", "1", (asciiup(p["last"]), "name"), (asciiup(p["first"]), "name"))
        l.t(" for claim ")
        l.p(c["pcn"], "account")
    else:
        pre_logback(l, t, "INFO", thread, "c.chc.remit.EraPoster")
        cpt, amt = c["lines"][-1]
        l.t("Service line date: ")
        seg(l, d, "SVC", ["HC", cpt], str(amt), "%.2f" % (amt * 0.7), "", "1")
        seg(l, d, "DTM", "472", (d8(c["dos"]), "date"))
        l.t(" check %s production date %s" % (digits(8), t.strftime("%Y%m%d")))
    return l


# ---------------------------------------------------------------------------- scrubber
def fam_scrubber(phi):
    t = tick()
    l = L("scrubber")
    c = R.choice(CLAIMS)
    p = c["p"]
    sub = p.get("sub", p)
    style = R.random()
    if not phi:
        msgs = [
            ("info", "RULEPACK_LOADED", "rule pack v2024.03.%d loaded: %d rules, %d payer edits" % (R.randint(1, 4), R.randint(1500, 2200), R.randint(300, 900))),
            ("info", "CLAIM_PASSED", "claim %s passed %d rules in %dms" % (c["claim_uuid"], R.randint(200, 400), R.randint(2, 40))),
            ("warn", "RENDERING_NPI_CHECKDIGIT", "rendering NPI %s failed Luhn (prefix 80840)" % bad_npi()),
            ("warn", "TAXONOMY_MISMATCH", "taxonomy 207Q00000X not valid for CPT %s at NPI %s" % (c["lines"][0][0], c["prov"]["npi"])),
            ("warn", "TAXID_FORMAT", "billing TIN %s-%s for NPI %s not on payer %s enrollment file" % (c["prov"]["tin"][:2], c["prov"]["tin"][2:], c["prov"]["npi"], c["payer"]["pid"])),
            ("warn", "NCCI_PTP", "CPT %s bundled into %s without modifier 59/XU (edit %s)" % (R.choice(CPTS)[0], R.choice(CPTS)[0], digits(6))),
            ("info", "AGE_EDIT", "age 47 within range for CPT 99396"),
        ]
        lvl, rule, msg = R.choice(msgs)
        if style < 0.5:
            l.t('{"ts":"%s","lvl":"%s","svc":"claim-scrubber","rule":"%s","claimId":"%s","msg":"%s","payerId":"%s","billingNpi":"%s"}' % (
                f_isoz(t), lvl.upper(), rule, c["claim_uuid"], js(msg), c["payer"]["pid"], c["prov"]["npi"]))
        else:
            l.t('time=%s level=%s app=scrubber rule=%s claim_ref=%s msg="%s" duration_ms=%d' % (
                f_isoz(t), lvl, rule, c["trace"], msg, R.randint(1, 50)))
        return l
    k = R.randint(0, 7)
    ascii_ = R.random() < 0.4
    if k == 0:  # JSON with nested patient
        l.t('{"ts":"%s","lvl":"WARN","svc":"claim-scrubber","rule":"DOB_ELIG_MISMATCH","severity":"reject","claimId":"%s","patient":{"last":"' % (f_isoz(t), c["claim_uuid"]))
        l.p(js(p["last"], ascii_), "name").t('","first":"').p(js(p["first"], ascii_), "name").t('","dob":"')
        l.p(p["dob"].isoformat(), "date").t('"},"dos":"').p(c["dos"].isoformat(), "date")
        l.t('","billingNpi":"%s","payerId":"%s"}' % (c["prov"]["npi"], c["payer"]["pid"]))
    elif k == 1:  # logfmt
        l.t('time=%s level=warn app=scrubber rule=NCCI_PTP_%s claim_ref=%s pt_name="' % (f_isoz(t), digits(4), c["trace"]))
        l.p("%s, %s" % (p["last"], p["first"]), "name")
        l.t('" member_id=').p(sub["member"], "health_plan")
        l.t(" dos_from=").p(c["dos"].isoformat(), "date").t(" dos_to=").p(c["dos2"].isoformat(), "date")
        l.t(' cpt="%s" action=flag' % ",".join(x for x, _ in c["lines"]))
    elif k == 2:
        c = R.choice(OLD_CLAIMS)
        p = c["p"]
        l.t('{"ts":"%s","lvl":"INFO","svc":"claim-scrubber","rule":"AGE_GT_89_REVIEW","claimId":"%s","pcn":"' % (f_isoz(t), c["claim_uuid"]))
        l.p(c["pcn"], "account").t('","patientAge":').p(str(age_of(p)), "age")
        l.t(',"payerId":"%s","action":"route_to_manual_review"}' % c["payer"]["pid"])
    elif k == 3:
        l.t('time=%s level=error app=scrubber rule=SUBSCRIBER_ID_IS_SSN claim_ref=%s subscriber_id=' % (f_isoz(t), c["trace"]))
        l.p(sub["ssn"], "ssn")
        l.t(' payer=%s msg="member ID matches SSN pattern; blocking submission"' % c["payer"]["pid"])
    elif k == 4:
        mb = sub["member"] if sub["payer"]["kind"] == "mcr" else mbi()
        l.t('{"ts":"%s","lvl":"WARN","svc":"claim-scrubber","rule":"MBI_REQUIRED","claimId":"%s","patAcctNo":"' % (f_isoz(t), c["claim_uuid"]))
        l.p(c["pcn"], "account").t('","hicn":"').p(sub["ssn"].replace("-", "") + "A", "health_plan")
        l.t('","mbiFromCrosswalk":"').p(mb, "health_plan").t('","payerId":"12502"}')
    elif k == 5:
        serial = R.choice(["SN", "K", ""]) + digits(R.randint(8, 11))
        l.t('time=%s level=warn app=scrubber rule=DME_SERIAL_REQUIRED claim_ref=%s hcpcs=E0601 device_serial=' % (f_isoz(t), c["trace"]))
        l.p(serial, "device").t(" mrn=").p(p["mrn"], "mrn")
        l.t(' msg="CPAP rental requires serial on KX claims"')
    elif k == 6:
        l.t('{"ts":"%s","lvl":"WARN","svc":"claim-scrubber","rule":"ADDR_UNDELIVERABLE","claimId":"%s","subscriber_address":{"line1":"' % (f_isoz(t), c["claim_uuid"]))
        l.p(p["street"], "address").t('","city":"').p(p["city"], "address").t('","state":"%s","zip":"' % p["state"])
        l.p(p["zip"], "zip").t('"},"usps_dpv":"N","billingNpi":"%s"}' % c["prov"]["npi"])
    else:
        l.t('time=%s level=warn app=scrubber rule=DUPLICATE_CLAIM claim_ref=%s dup_of=%s pcn=' % (f_isoz(t), c["trace"], R.choice(CLAIMS)["trace"]))
        l.p(c["pcn"], "account").t(" patient_dob=").p(p["dob"].strftime("%m/%d/%Y"), "date")
        l.t(" dos=").p(c["dos"].strftime("%m/%d/%Y"), "date").t(' total=%.2f' % c["charge"])
    return l


# ---------------------------------------------------------------------------- CORE 270/271
def fam_core(phi):
    t = tick()
    l = L("core-soap")
    c = R.choice(CLAIMS)
    p = c["p"]
    sub = p.get("sub", p)
    payer = sub["payer"]
    prov = c["prov"]
    d = R.choice(DELIMS[:4])
    pid = uuid4()
    logger = R.choice(["Chc.Realtime.CoreEnvelopeClient", "Chc.Realtime.EligibilityService", "Chc.Realtime.X12_271Parser"])
    if not phi:
        k = R.randint(0, 6)
        if k == 0:
            pre_nlog(l, t, "INFO", "Chc.Realtime.CoreEnvelopeClient")
            l.t("POST %s PayloadType=X12_270_Request_005010X279A1 PayloadID=%s SenderID=%s ReceiverID=%s" % (payer["core"], pid, OUR_ETIN, payer["pid"]))
        elif k == 1:
            pre_nlog(l, t, "INFO", "Chc.Realtime.CoreEnvelopeClient")
            l.t("Response PayloadID=%s ErrorCode=Success ErrorMessage= HTTP 200 elapsed=%dms" % (pid, R.randint(300, 19000)))
        elif k == 2:
            pre_nlog(l, t, "WARN", "Chc.Realtime.CoreEnvelopeClient")
            l.t("CORE response time %.1fs exceeds 20s SLA for ReceiverID=%s PayloadID=%s" % (R.uniform(20, 60), payer["pid"], pid))
        elif k == 3:
            pre_nlog(l, t, "ERROR", "Chc.Realtime.CoreEnvelopeClient")
            l.t("SOAP fault from %s: <soapenv:Fault><faultcode>soapenv:Server</faultcode><faultstring>%s</faultstring></soapenv:Fault>" % (
                payer["core"], R.choice(["PayloadID already used", "Receiver unavailable", "Envelope schema validation failed: CORERuleVersion", "Unauthorized: client certificate not trusted"])))
        elif k == 4:
            pre_nlog(l, t, "DEBUG", "Chc.Realtime.MimeMultipartBuilder")
            b = "----=_Part_%d_%d.%d" % (R.randint(1, 999), R.randint(10 ** 8, 10 ** 9), R.randint(10 ** 12, 10 ** 13))
            l.t('Content-Type: multipart/form-data; boundary="%s" parts=[PayloadType,ProcessingMode,PayloadID,TimeStamp,SenderID,ReceiverID,CORERuleVersion,Payload] length=%d' % (b, R.randint(1200, 4000)))
        elif k == 5:
            pre_nlog(l, t, "DEBUG", "Chc.Realtime.CoreEnvelopeClient")
            l.t("Request envelope header: <cor:COREEnvelopeRealTimeRequest><PayloadType>X12_270_Request_005010X279A1</PayloadType><ProcessingMode>RealTime</ProcessingMode><PayloadID>%s</PayloadID><TimeStamp>%s</TimeStamp><SenderID>%s</SenderID><ReceiverID>%s</ReceiverID><CORERuleVersion>2.2.0</CORERuleVersion>" % (
                pid, utc(t).strftime("%Y-%m-%dT%H:%M:%SZ"), OUR_ETIN, payer["pid"]))
        else:
            pre_nlog(l, t, "INFO", "Chc.Realtime.X12_271Parser")
            l.t("271 benefit: ")
            seg(l, d, "EB", "1", "IND", "30", "", R.choice(["GOLD PPO 2500", "MEDICARE PART B", "CHOICE PLUS", "OPEN ACCESS PLUS", "STAR KIDS"]))
            seg(l, d, "EB", "C", "IND", "30", "", "", "23", "%d" % R.choice([500, 1500, 2500, 6000]))
            seg(l, d, "MSG", "CONTACT PROVIDER SERVICES 1-800-555-%s" % digits(4))
        return l
    k = R.randint(0, 3)
    if k == 0:
        pre_nlog(l, t, "DEBUG", "Chc.Realtime.CoreEnvelopeClient")
        d = DELIMS[0] if R.random() < 0.6 else DELIMS[2]
        l.t("Request envelope: <soapenv:Envelope xmlns:soapenv=\"http://www.w3.org/2003/05/soap-envelope\" xmlns:cor=\"http://www.caqh.org/SOAP/WSDL/CORERule2.2.0.xsd\"><soapenv:Body><cor:COREEnvelopeRealTimeRequest><PayloadType>X12_270_Request_005010X279A1</PayloadType><ProcessingMode>RealTime</ProcessingMode><PayloadID>%s</PayloadID><TimeStamp>%s</TimeStamp><SenderID>%s</SenderID><ReceiverID>%s</ReceiverID><CORERuleVersion>2.2.0</CORERuleVersion><Payload>" % (
            pid, utc(t).strftime("%Y-%m-%dT%H:%M:%SZ"), OUR_ETIN, payer["pid"]))
        ctrl = "%09d" % R.randint(1, 999999)
        l.t(isa_str(d, OUR_ETIN, payer["pid"], t, ctrl))
        seg(l, d, "GS", "HS", OUR_ETIN, payer["pid"], t.strftime("%Y%m%d"), t.strftime("%H%M"), str(int(ctrl)), "X", "005010X279A1")
        seg(l, d, "ST", "270", "0001", "005010X279A1")
        seg(l, d, "BHT", "0022", "13", hexs(10).upper(), t.strftime("%Y%m%d"), t.strftime("%H%M"))
        seg(l, d, "HL", "1", "", "20", "1")
        seg(l, d, "NM1", "PR", "2", payer["name"], "", "", "", "", "PI", payer["pid"])
        seg(l, d, "HL", "2", "1", "21", "1")
        seg(l, d, "NM1", "1P", "2", prov["name"], "", "", "", "", "XX", prov["npi"])
        seg(l, d, "HL", "3", "2", "22", "0")
        seg(l, d, "TRN", "1", digits(10), "9" + OUR_TIN.replace("-", ""))
        nm1_person(l, d, "IL", sub, mid=False)
        dmg(l, d, sub)
        seg(l, d, "DTP", "291", "D8", (d8(c["dos"]), "date"))
        seg(l, d, "EQ", "30")
        seg(l, d, "SE", "13", "0001")
        seg(l, d, "GE", "1", str(int(ctrl)))
        seg(l, d, "IEA", "1", ctrl)
        l.t("</Payload></cor:COREEnvelopeRealTimeRequest></soapenv:Body></soapenv:Envelope>")
    elif k == 1:
        pre_nlog(l, t, "WARN", "Chc.Realtime.X12_271Parser")
        aaa = R.choice([("72", "Invalid/Missing Subscriber/Insured ID"), ("73", "Invalid/Missing Subscriber/Insured Name"),
                        ("71", "Patient Birth Date Does Not Match That for the Patient on the Database"), ("75", "Subscriber/Insured Not Found")])
        l.t("271 AAA rejection %s (%s) PayloadID=%s: " % (aaa[0], aaa[1], pid))
        nm1_person(l, d, "IL", sub, mid=False)
        seg(l, d, "AAA", "N", "", aaa[0], "C")
        if aaa[0] == "71":
            dmg(l, d, sub)
    elif k == 2:
        pre_nlog(l, t, "INFO", "Chc.Realtime.X12_271Parser")
        l.t("271 subscriber loop: ")
        nm1_person(l, d, "IL", sub)
        n3n4(l, d, sub)
        dmg(l, d, sub)
        seg(l, d, "INS", "Y", "18", "001", "25")
        seg(l, d, "REF", "6P", sub["group"], R.choice(["GOLD PPO 2500", "EMPLOYER GROUP", "CHOICE PLUS"]))
    else:
        pre_nlog(l, t, "ERROR", "Chc.Realtime.EligibilityService")
        l.t("Eligibility request failed after 3 retries member=")
        l.p(sub["member"], "health_plan").t(" dob=").p(sub["dob"].strftime("%Y-%m-%d"), "date")
        l.t(" payer=%s npi=%s PayloadID=%s System.Net.Http.HttpRequestException: Connection refused (%s:443)" % (
            payer["pid"], prov["npi"], pid, payer["core"].split("/")[2]))
    return l


# ---------------------------------------------------------------------------- serilog compact JSON (C# services)
def fam_serilog(phi):
    t = tick()
    l = L("serilog-clef")
    c = R.choice(CLAIMS)
    p = c["p"]
    sub = p.get("sub", p)

    def head(mt, lvl=None, ctx="Chc.Gateway"):
        l.t('{"@t":"%s","@mt":"%s",' % (f_serilog_t(t), js(mt)))
        if lvl:
            l.t('"@l":"%s",' % lvl)

    if not phi:
        k = R.randint(0, 7)
        if k == 0:
            head("Request finished {Protocol} {Method} {Scheme}://{Host}{PathBase}{Path}{QueryString} - {StatusCode} {ContentLength} {ContentType} {ElapsedMilliseconds}ms")
            l.t('"Protocol":"HTTP/1.1","Method":"POST","Scheme":"http","Host":"%s:5080","PathBase":"","Path":"/api/v2/claims/%s/status","QueryString":"","StatusCode":%d,"ContentLength":%d,"ContentType":"application/json","ElapsedMilliseconds":%.4f,"SourceContext":"Microsoft.AspNetCore.Hosting.Diagnostics","RequestId":"0HN%s:0000000%d"}' % (
                priv_ip(), c["claim_uuid"], R.choice([200, 200, 202, 404, 409]), R.randint(40, 4000), R.uniform(1, 900), hexs(9).upper(), R.randint(1, 9)))
        elif k == 1:
            head("Executed DbCommand ({elapsed}ms) [Parameters=[{parameters}], CommandType='{commandType}', CommandTimeout='{commandTimeout}']{newLine}{commandText}")
            l.t('"elapsed":"%d","parameters":"@__claimId_0=\'?\' (DbType = Guid)","commandType":"Text","commandTimeout":30,"newLine":"\\n","commandText":"SELECT TOP(1) [c].[Id], [c].[Status] FROM [Claims] AS [c] WHERE [c].[Id] = @__claimId_0","EventId":{"Id":20101,"Name":"Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted"},"SourceContext":"Microsoft.EntityFrameworkCore.Database.Command"}' % R.randint(1, 400))
        elif k == 2:
            head("Outbound queue {Queue} depth {Depth}, oldest message age {AgeSeconds}s", "Warning")
            l.t('"Queue":"payer-%s-837","Depth":%d,"AgeSeconds":%d,"SourceContext":"Chc.Routing.QueueMonitor","MachineName":"CHC-RTR-%02d"}' % (c["payer"]["pid"], R.randint(100, 9000), R.randint(60, 7200), R.randint(1, 8)))
        elif k == 3:
            head("Job {JobId} {JobName} succeeded in {Elapsed}")
            l.t('"JobId":"%d","JobName":"Era835Import","Elapsed":"00:00:%02d.%07d","SourceContext":"Chc.Jobs.Era835ImportJob"}' % (R.randint(10000, 999999), R.randint(0, 59), R.randint(0, 9999999)))
        elif k == 4:
            head("Claim {ClaimId} forwarded to payer {PayerId} batch {BatchId} ({ClaimCount} claims)")
            l.t('"ClaimId":"%s","PayerId":"%s","BatchId":"%s-%04d","ClaimCount":%d,"SourceContext":"Chc.Routing.PayerRouter","TraceId":"%s","SpanId":"%s"}' % (
                c["claim_uuid"], c["payer"]["pid"], t.strftime("%Y%m%d"), R.randint(1, 200), R.randint(1, 300), hexs(32), hexs(16)))
        elif k == 5:
            head("Provider enrollment {Npi} tax id {TaxId} status {Status} for payer {PayerId}")
            l.t('"Npi":"%s","TaxId":"%s-%s","Status":"%s","PayerId":"%s","SourceContext":"Chc.Enrollment.EnrollmentSync"}' % (
                c["prov"]["npi"], c["prov"]["tin"][:2], c["prov"]["tin"][2:], R.choice(["Approved", "Pending", "Denied"]), c["payer"]["pid"]))
        elif k == 6:
            head("Health check {HealthCheckName} completed after {ElapsedMilliseconds}ms with status {HealthStatus}", "Debug")
            l.t('"HealthCheckName":"%s","ElapsedMilliseconds":%.4f,"HealthStatus":"Healthy","SourceContext":"Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService"}' % (
                R.choice(["sqlserver", "rabbitmq", "as2-gateway", "redis"]), R.uniform(0.3, 400)))
        else:
            head("Submitter {SubmitterId} exceeded rate limit {Limit}/min; throttled {Rejected} requests", "Warning")
            l.t('"SubmitterId":"%s","Limit":%d,"Rejected":%d,"SourceContext":"Chc.Realtime.RateLimiter","ContactEmail":"edi-support@chc-clearinghouse.example.com"}' % (
                R.choice(SUBMITTERS), R.choice([60, 120, 300]), R.randint(1, 90)))
        return l
    k = R.randint(0, 7)
    asc = R.random() < 0.5
    if k == 6:
        head("Paperless statement delivery to {Email} bounced ({SmtpStatus}) for guarantor account {AccountNumber}", "Warning")
        l.t('"Email":"').p(sub["email"], "email").t('","SmtpStatus":"550 5.1.1","AccountNumber":"').p(c["pcn"], "account")
        l.t('","SourceContext":"Chc.Statements.EDeliveryService","Sender":"noreply@statements.chc-clearinghouse.example.com"}')
        return l
    if k == 7:
        pan = R.choice(["4", "5"]) + digits(14)
        pan += luhn_check(pan)
        head("Patient payment {PaymentId} declined for account {AccountNumber} card {CardNumber} from {ClientIp}", "Warning")
        l.t('"PaymentId":"pay_%s","AccountNumber":"' % hexs(16)).p(c["pcn"], "account")
        l.t('","CardNumber":"').p(pan, "account").t('","ClientIp":"').p(pub_ip(), "ip")
        l.t('","GatewayCode":"%s","SourceContext":"Chc.PatientPay.PaymentController","RequestPath":"/patient-pay/api/payments"}' % R.choice(["05", "51", "54", "N7"]))
        return l
    if k == 5:
        c = R.choice(OLD_CLAIMS)
        p = c["p"]
        head("Prior authorization lookup for {PatientAge}-year-old member {MemberId} returned {Count} auths")
        l.t('"PatientAge":').p(str(age_of(p)), "age").t(',"MemberId":"').p(p["member"], "health_plan")
        l.t('","Count":%d,"SourceContext":"Chc.Auth.PriorAuthLookup"}' % R.randint(0, 3))
        return l
    if k == 0:
        head("Eligibility cache hit for member {MemberId} dob {Dob} payer {PayerId}", "Debug")
        l.t('"MemberId":"').p(sub["member"], "health_plan").t('","Dob":"').p(sub["dob"].isoformat() + "T00:00:00", "date")
        l.t('","PayerId":"%s","SourceContext":"Chc.Realtime.EligibilityCache"}' % sub["payer"]["pid"])
    elif k == 1:
        head("Patient match failed for {LastName}, {FirstName} ({PatientControlNumber}) — {Candidates} candidates", "Warning")
        l.t('"LastName":"').p(js(p["last"], asc), "name").t('","FirstName":"').p(js(p["first"], asc), "name")
        l.t('","PatientControlNumber":"').p(c["pcn"], "account").t('","Candidates":%d,"SourceContext":"Chc.Claims.PatientMatcher"}' % R.randint(0, 4))
    elif k == 2:
        head("276 claim status request {TraceNumber} subscriber {SubscriberId} service date {ServiceDate}")
        l.t('"TraceNumber":"%s","SubscriberId":"' % digits(12)).p(sub["member"], "health_plan")
        l.t('","ServiceDate":"').p(c["dos"].strftime("%Y-%m-%d"), "date").t('","SourceContext":"Chc.ClaimStatus.Request276Builder"}')
    elif k == 3:
        head("Guarantor address updated for account {AccountNumber}: {Street}, {City} {Zip}")
        l.t('"AccountNumber":"').p(c["pcn"], "account").t('","Street":"').p(p["street"], "address")
        l.t('","City":"').p(p["city"], "address").t('","Zip":"').p(p["zip"] + "-" + p["zip4"], "zip")
        l.t('","SourceContext":"Chc.Billing.GuarantorService"}')
    else:
        head("Unhandled exception processing claim {ClaimId}", "Error")
        l.t('"@x":"System.FormatException: String \'').p(d8(p["dob"])[:4] + "-" + d8(p["dob"])[4:6] + "-" + d8(p["dob"])[6:], "date")
        l.t('x\' was not recognized as a valid DateTime.\\r\\n   at System.DateTime.Parse(String s)\\r\\n   at Chc.Claims.Mapping.PatientMapper.Map(PatientDto dto) in /src/Chc.Claims/Mapping/PatientMapper.cs:line %d","ClaimId":"%s","SourceContext":"Chc.Claims.ClaimIngestWorker"}' % (R.randint(20, 300), c["claim_uuid"]))
    return l


# ---------------------------------------------------------------------------- ticket bridge
def fam_ticket(phi):
    t = tick()
    l = L("ticket-bridge")
    c = R.choice(CLAIMS)
    p = c["p"]
    sub = p.get("sub", p)
    zd = R.randint(400000, 499999)
    inc = "INC%07d" % R.randint(10000, 99999)
    staff = R.choice(STAFF)
    agent = R.choice(AGENTS)
    prov = c["prov"]
    staff_mail = "%s.%s@%s.example.com" % (asciiup(staff[0]).lower(), asciiup(staff[1]).lower(), prov["name"].split()[0].lower())
    if not phi:
        k = R.randint(0, 5)
        pre = "%s ticket-bridge[%d] " % (f_isoz(t), R.randint(100, 999))
        if k == 0:
            l.t(pre + 'INFO [zendesk->servicenow] synced ticket #%d -> %s assignee="%s %s" group="EDI Enrollment" status=open' % (zd, inc, agent[0], agent[1]))
        elif k == 1:
            l.t(pre + 'INFO webhook ticket.updated id=%d requester=%s via=web url=https://chc-support.zendesk.com/agent/tickets/%d' % (zd, staff_mail, zd))
        elif k == 2:
            l.t(pre + 'WARN servicenow PATCH /api/now/table/incident/%s returned 429 Too Many Requests; retry in %ds' % (hexs(32), R.choice([5, 10, 30])))
        elif k == 3:
            l.t('{"event":"ticket.created","ticket":{"id":%d,"subject":"%s","requester":{"name":"%s","email":"%s"},"custom_fields":{"npi":"%s","payer_id":"%s","etin":"%s"}},"received_at":"%s"}' % (
                zd, js(R.choice(["999 rejects on batch from %s" % t.strftime("%m/%d"), "ERA not received for check %s" % digits(9),
                                 "Enrollment status for NPI %s" % prov["npi"], "AS2 MDN errors since %s" % t.strftime("%-I%p").lower(),
                                 "TA1 022 on every file since Tuesday"])),
                js("%s %s" % staff), staff_mail, prov["npi"], c["payer"]["pid"], prov["etin"], f_isoz(t)))
        elif k == 4:
            l.t(pre + 'INFO comment added to #%d by %s %s (agent): "Reprocessed batch %s-%04d, 999 accepted AK9*A. Please confirm on your side. Call us at 888-555-01%s."' % (
                zd, agent[0], agent[1], t.strftime("%Y%m%d"), R.randint(1, 200), digits(2)))
        else:
            l.t(pre + 'INFO [zendesk->servicenow] ticket #%d closed, SLA met (first response %dm, resolution %dh) practice phone %s fax %s' % (
                zd, R.randint(3, 200), R.randint(1, 72), prov["phone"], prov["phone"][:-2] + digits(2)))
        return l
    k = R.randint(0, 9)
    pre = "%s ticket-bridge[%d] " % (f_isoz(t), R.randint(100, 999))
    if k == 7:
        rel = R.choice(PEOPLE)
        l.t(pre + 'INFO [zendesk->servicenow] synced ticket #%d -> %s subject="Call from ' % (zd, inc))
        l.p(js("%s %s" % (rel["first"], p["last"])), "name").t(R.choice([" (daughter of ", " (son of ", " (POA for ", " (spouse of "]))
        l.p(js("%s %s" % (p["first"], p["last"])), "name").t(") re: denied claim, cb ").p(rel["phone"], "phone")
        l.t('" priority=normal group="Patient Billing"')
        return l
    if k == 8:
        l.t('{"event":"comment.created","ticket_id":%d,"author":{"name":"%s %s","role":"agent"},"body":"' % ((zd,) + agent))
        l.t("Guarantor ").p(js("%s %s" % (sub["first"], sub["last"]), True), "name")
        l.t(" asked for an itemized statement by fax to ").p("(%s) %s" % (sub["phone"][:3], sub["phone"][4:]), "fax")
        l.t(' instead of mail. Verified with DOB ').p(sub["dob"].strftime("%m/%d/%Y"), "date")
        l.t(' and last4 of SSN. Forwarded to %s billing office %s.","public":false}' % (prov["name"].title(), prov["phone"]))
        return l
    if k == 9:
        l.t(pre + 'INFO portal account unlock requested on #%d username=' % zd)
        l.p(p["user"], "other_id").t(" email=").p(p["email"], "email").t(" phone=").p(p["phone"], "phone")
        l.t(' agent="%s %s" mfa=sms' % agent)
        return l
    if k == 0:
        l.t('{"event":"ticket.created","ticket":{"id":%d,"subject":"' % zd)
        l.t("Rejected claim for pt ").p(js("%s %s" % (p["first"], p["last"])), "name")
        l.t('","description":"Hi, claim ').p(c["pcn"], "account").t(" for DOS ").p(c["dos"].strftime("%m/%d/%Y"), "date")
        l.t(" came back A7:21 on the 277CA. Member ID on card is ").p(sub["member"], "health_plan")
        l.t(", DOB ").p(p["dob"].strftime("%m/%d/%Y"), "date")
        l.t('. Thanks, %s","requester":{"name":"%s","email":"%s"},"custom_fields":{"npi":"%s","payer_id":"%s"}},"received_at":"%s"}' % (
            js(staff[0]), js("%s %s" % staff), staff_mail, prov["npi"], c["payer"]["pid"], f_isoz(t)))
    elif k == 1:
        l.t(pre + 'INFO [zendesk->servicenow] synced ticket #%d -> %s subject="Patient ' % (zd, inc))
        l.p("%s %s" % (p["first"], p["last"]), "name").t(" called about EOB, callback ").p(p["phone"], "phone")
        l.t('" assignee="%s %s"' % agent)
    elif k == 2:
        l.t(pre + 'INFO webhook ticket.created id=%d via=web_form requester_email=' % zd)
        l.p(p["email"], "email").t(" client_ip=").p(pub_ip(), "ip")
        l.t(' subject="Question about my bill from %s"' % prov["name"].title())
    elif k == 3:
        fn = "EOB_%s_%s_%s.pdf" % (asciiup(p["last"]).replace(" ", "").replace("'", ""), asciiup(p["first"]).replace(" ", ""), d8(c["dos"]))
        l.t(pre + "INFO attachment uploaded to #%d: " % zd)
        l.p("https://chc-support.zendesk.com/attachments/token/%s/?name=%s" % (b64(24).replace("+", "x").replace("/", "y").rstrip("="), fn), "url")
        l.t(" (%d KB, application/pdf)" % R.randint(40, 900))
    elif k == 4:
        g = R.choice(PEOPLE)
        l.t(pre + 'INFO comment added to #%d by %s %s (agent): "Spoke with guarantor ' % ((zd,) + agent))
        l.p("%s %s" % (sub["first"], sub["last"]), "name").t(", verified address ")
        l.p(sub["street"] + (" " + sub["unit"].title() if sub["unit"] else ""), "address").t(", ").p(sub["city"], "address")
        l.t(", %s " % sub["state"]).p(sub["zip"], "zip")
        l.t(' and portal login ').p(sub["user"], "other_id").t('."')
    elif k == 5:
        l.t(pre + 'WARN redaction missed field on #%d custom_fields.ssn="' % zd)
        l.p(sub["ssn"], "ssn").t('" custom_fields.mrn="').p(p["mrn"], "mrn").t('" (pattern rule v%d.%d disabled)' % (R.randint(1, 3), R.randint(0, 9)))
    else:
        l.t('{"event":"comment.created","ticket_id":%d,"author":{"name":"%s","role":"end-user"},"body":"' % (zd, js("%s %s" % staff)))
        l.t("Secondary payer needs patient ").p(js(p["last"].upper() + ", " + p["first"]), "name").t(" MRN ").p(p["mrn"], "mrn")
        if age_of(p) > 89:
            l.t(" age ").p(str(age_of(p)), "age")
        else:
            l.t(" age %d" % age_of(p))
        l.t(' - please resend 837 to %s (payer id %s)","public":false}' % (c["payer"]["name"].title(), c["payer"]["pid"]))
    return l


# ---------------------------------------------------------------------------- spring boot misc (no PHI)
def fam_spring(phi):
    assert not phi
    t = tick()
    l = L("spring-boot")
    c = R.choice(CLAIMS)
    k = R.randint(0, 8)
    if k == 0:
        pre_spring(l, t, "INFO", "main", "com.chc.gateway.ClaimsGatewayApplication")
        l.t("Started ClaimsGatewayApplication in %.3f seconds (process running for %.3f)" % (R.uniform(8, 30), R.uniform(30, 40)))
    elif k == 1:
        pre_spring(l, t, "INFO", "main", "com.zaxxer.hikari.HikariDataSource")
        l.t("HikariPool-1 - Start completed.")
    elif k == 2:
        pre_spring(l, t, "WARN", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool")
        l.t("HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=%dm%ds%dms)." % (R.randint(1, 3), R.randint(0, 59), R.randint(0, 999)))
    elif k == 3:
        pre_spring(l, t, "INFO", "nio-8443-exec-%d" % R.randint(1, 40), "com.chc.gateway.web.BatchSubmissionController")
        l.t("Batch %s-%04d accepted from submitter %s: %d claims, %d bytes, icn=%09d" % (
            t.strftime("%Y%m%d"), R.randint(1, 300), R.choice(SUBMITTERS), R.randint(1, 500), R.randint(3000, 9000000), R.randint(1, 999999)))
    elif k == 4:
        pre_spring(l, t, "INFO", "ntainer#0-0-C-1", "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator")
        l.t("[Consumer clientId=consumer-claims-router-1, groupId=claims-router] Setting offset for partition claims.validated-%d to the committed offset FetchPosition{offset=%d, offsetEpoch=Optional[%d]}" % (
            R.randint(0, 11), R.randint(100000, 9999999), R.randint(1, 30)))
    elif k == 5:
        pre_spring(l, t, "INFO", "scheduling-1", "com.chc.gateway.jobs.PayerRoutingJob")
        l.t("Forwarded %d claims to payer %s (%s) via %s in %d ms" % (R.randint(1, 400), c["payer"]["pid"], c["payer"]["name"], R.choice(["AS2", "SFTP", "API"]), R.randint(50, 40000)))
    elif k == 6:
        pre_spring(l, t, "ERROR", "nio-8443-exec-%d" % R.randint(1, 40), "org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/].[dispatcherServlet]")
        l.t("Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.dao.QueryTimeoutException: claim %s] with root cause" % c["claim_uuid"])
    elif k == 7:
        pre_spring(l, t, "INFO", "main", "org.springframework.boot.web.embedded.tomcat.TomcatWebServer")
        l.t("Tomcat started on port 8443 (https) with context path ''")
    else:
        pre_spring(l, t, "DEBUG", "scheduling-1", "com.chc.gateway.jobs.EnrollmentRefreshJob")
        l.t("Refreshed %d payer enrollments for billing NPI %s (TIN %s)" % (R.randint(1, 40), c["prov"]["npi"], c["prov"]["tin"]))
    return l


# ============================================================================= assemble
PLAN = [  # (function, phi lines, non-phi lines)
    (fam_openas2, 0, 40), (fam_sftp, 0, 35), (fam_envelope, 0, 25), (fam_x12parser, 45, 15), (fam_999, 22, 18),
    (fam_277, 22, 13), (fam_835, 25, 15), (fam_scrubber, 40, 15), (fam_core, 28, 25), (fam_serilog, 18, 30),
    (fam_ticket, 25, 20), (fam_spring, 0, 24),
]


def main():
    slots = []
    for fn, a, b in PLAN:
        slots += [(fn, True)] * a + [(fn, False)] * b
    assert len(slots) == N_LINES and sum(1 for _, x in slots if x) == N_PHI
    R.shuffle(slots)
    out_log, out_lab = [], []
    for i, (fn, phi) in enumerate(slots, 1):
        l = fn(phi)
        raw = l.check()
        assert bool(l.spans) == phi, (fn.__name__, phi, raw)
        out_log.append(raw)
        out_lab.append(json.dumps({"line": i, "family": l.family,
                                   "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in l.spans]}))
    with open(os.path.join(HERE, "eq.log"), "wb") as f:
        f.write(b"\n".join(out_log) + b"\n")
    with open(os.path.join(HERE, "eq.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
