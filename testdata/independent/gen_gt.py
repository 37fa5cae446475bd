#!/usr/bin/env python3
"""Deterministic generator of a labeled PHI test corpus (id 'gt').

Theme: a chain of nursing homes / assisted living facilities (CardinalCare Senior
Living): MDS 3.0 export + validation reports, LTC EHR Tomcat/log4j logs,
dispensing cabinets, eMAR barcode scans, wander-guard, nurse call, family
portal, visitor kiosks, HL7 discharge/death messages, notifications and a
pharmacy cycle-fill batch.  Standard library only.  Writes gt.log and
gt.labels.jsonl next to this file.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

random.seed(730511)
ID = "gt"
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
TARGET_PHI = 225  # -> 55 % of lines without PHI

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}


# ----------------------------------------------------------------------------
# line builder: concatenation with byte offsets
# ----------------------------------------------------------------------------
class Ln:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []

    def t(self, s):
        self.parts.append((str(s), None))
        return self

    def p(self, s, cat):
        assert cat in CATS, cat
        s = str(s)
        assert s
        self.parts.append((s, cat))
        return self

    def extend(self, parts):
        self.parts.extend(parts)
        return self


def build(ln):
    buf = bytearray()
    spans = []
    for text, cat in ln.parts:
        b = text.encode("utf-8")
        if cat:
            s = len(buf)
            buf += b
            e = len(buf)
            assert bytes(buf[s:e]) == b
            if spans and spans[-1]["e"] > s:
                raise AssertionError("overlap")
            spans.append({"s": s, "e": e, "cat": cat})
        else:
            buf += b
    data = bytes(buf)
    assert b"\n" not in data and b"\r" not in data, data[:80]
    assert len(data) <= 4000, len(data)
    for sp in spans:  # re-verify against final buffer
        assert data[sp["s"]:sp["e"]]
    return data, spans


def jenc(v, ascii_=False):
    return json.dumps(v, ensure_ascii=ascii_)


def jobj(ln, items, sep=(",", ":"), ascii_=False):
    """items: list of (key, value[, cat]); value may be a nested list of items."""
    ln.t("{")
    for i, it in enumerate(items):
        k, v = it[0], it[1]
        cat = it[2] if len(it) > 2 else None
        if i:
            ln.t(sep[0])
        ln.t(jenc(k, ascii_) + sep[1])
        if isinstance(v, list):
            jobj(ln, v, sep, ascii_)
        elif isinstance(v, str):
            enc = jenc(v, ascii_)
            if cat:
                ln.t('"').p(enc[1:-1], cat).t('"')
            else:
                ln.t(enc)
        else:
            enc = jenc(v)
            if cat:
                ln.p(enc, cat)
            else:
                ln.t(enc)
    ln.t("}")
    return ln


# ----------------------------------------------------------------------------
# small generators of identifiers
# ----------------------------------------------------------------------------
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONF = ["January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"]
REF = dt.date(2024, 11, 5)
R = random


def ch(seq):
    return R.choice(seq)


def digits(n):
    return "".join(ch("0123456789") for _ in range(n))


def fold(s):
    s = s.translate(str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ð": "d",
                                   "Ð": "D", "ß": "ss", "þ": "th", "æ": "ae", "đ": "d", "Đ": "D"}))
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def luhn_cd(body):
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    return luhn_cd(num[:-1]) == num[-1]


def mk_npi():
    body = "1" + digits(8)
    return body + luhn_cd("80840" + body)


def mk_dea(last):
    d = [R.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return ch("ABFM") + fold(last)[0].upper() + "".join(map(str, d)) + str(c)


def mk_aba():
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        d[0] = 0
        d[1] = ch([4, 7, 1, 2])
        for c in range(10):
            x = d + [c]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))


def mk_ssn():
    while True:
        a = R.randint(1, 665)
        if a != 0:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def fmt_ssn(s, style):
    return s if style == 0 else ("%s-%s-%s" % (s[:3], s[3:5], s[5:]) if style == 1 else "%s %s %s" % (s[:3], s[3:5], s[5:]))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_N = "0123456789"


def mk_mbi():
    return (ch("123456789") + ch(MBI_A) + ch(MBI_A + MBI_N) + ch(MBI_N) + ch(MBI_A) +
            ch(MBI_A + MBI_N) + ch(MBI_N) + ch(MBI_A) + ch(MBI_A) + ch(MBI_N) + ch(MBI_N))


def fmt_mbi(m, dash):
    return "%s-%s-%s" % (m[:4], m[4:7], m[7:]) if dash else m


VIN_VAL = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def mk_vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = (ch(["1HG", "1FT", "2T1", "JN1", "5YJ", "1G1", "3VW", "KMH", "4T1", "1C4"]) +
         "".join(ch(al) for _ in range(5)) + "0" + ch("GHJKLMNPR") + ch("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6))
    s = sum((int(c) if c.isdigit() else VIN_VAL[c]) * VIN_W[i] for i, c in enumerate(v))
    cd = s % 11
    return v[:8] + ("X" if cd == 10 else str(cd)) + v[9:]


def mk_imei():
    body = ch(["35693803", "35328511", "86769104", "35209311"]) + digits(6)
    return body + luhn_cd(body)


def gs1_cd(body):
    tot = 0
    for i, c in enumerate(reversed(body)):
        tot += int(c) * (3 if i % 2 == 0 else 1)
    return str((10 - tot % 10) % 10)


def mk_udi():
    gt = "0" + ch(["0643169", "0884521", "0763000", "0885074"]) + digits(5)
    gt += gs1_cd(gt)
    exp = "%02d%02d%02d" % (R.randint(26, 30), R.randint(1, 12), 28)
    return "(01)%s(17)%s(21)%s" % (gt, exp, ch(["RZ", "PX", "SN", "GK"]) + digits(7))


def mk_card():
    body = "4" + digits(14)
    return body + luhn_cd(body)


def mk_pesel(dob, sex):
    y = dob.year
    m = dob.month + (0 if y < 2000 else 20)
    s = "%02d%02d%02d" % (y % 100, m, dob.day) + digits(3)
    s += str(ch([0, 2, 4, 6, 8]) if sex == "F" else ch([1, 3, 5, 7, 9]))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10
    return s + str(c)


CURP_AL = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def mk_curp(first, last, dob, sex):
    f, l = fold(first).upper(), fold(last).upper()
    vow = next((c for c in l[1:] if c in "AEIOU"), "X")
    cons = lambda s: next((c for c in s[1:] if c.isalpha() and c not in "AEIOU"), "X")
    s = (l[0] + vow + ch("GMRLHS") + f[0] + "%02d%02d%02d" % (dob.year % 100, dob.month, dob.day) +
         ("M" if sex == "F" else "H") + ch(["JC", "MC", "DF", "GT", "NL", "CH"]) + cons(l) + ch("LRNSTZ") + cons(f) + digits(1))
    tot = sum(CURP_AL.index(c) * (18 - i) for i, c in enumerate(s))
    return s + str((10 - tot % 10) % 10)


def mk_sin():
    body = ch("123456") + digits(7)
    return body + luhn_cd(body)


def fmt_phone(d, style):
    a, b, c = d[:3], d[3:6], d[6:]
    return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", d, f"+1{d}", f"{a}.{b}.{c}", f"+1 {a}-{b}-{c}", f"1-{a}-{b}-{c}"][style]


def fmt_date(d, style):
    return [f"{d:%Y-%m-%d}", f"{d:%m/%d/%Y}", f"{d:%Y%m%d}", f"{d.day:02d}-{MON[d.month-1]}-{d.year}",
            f"{MONF[d.month-1]} {d.day}, {d.year}", f"{d.month}/{d.day}/{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"{d.day} {MON[d.month-1]} {d.year}"][style]


ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def age_words(a):
    if a < 100:
        return "ninety" + ("-" + ONES[a - 90] if a > 90 else "")
    return "one hundred" + (" and " + ONES[a - 100] if a > 100 else "")


def age_on(dob, d=REF):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


def put_age(ln, age, pre, post=""):
    """Append an age; labelled only when over 89."""
    ln.t(pre)
    if age > 89:
        ln.p(str(age), "age")
    else:
        ln.t(str(age))
    ln.t(post)
    return ln


def b64_jpeg(n):
    hdr = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
    return base64.b64encode(hdr + bytes(R.randrange(256) for _ in range(n)) + b"\xff\xd9").decode()


def b64_fmr(n):
    return base64.b64encode(b"FMR\x00 20\x00" + bytes(R.randrange(256) for _ in range(n))).decode()


def b64_face(n):
    return base64.b64encode(b"FAC\x00010\x00" + bytes(R.randrange(256) for _ in range(n))).decode()


def hexid(n):
    return "".join(ch("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexid(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{ch('89ab')}{h[17:20]}-{h[20:32]}"


def pub_ip():
    while True:
        a = ch([24, 68, 73, 98, 99, 107, 174, 184, 71, 76, 209, 50])
        ip = f"{a}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"
        return ip


def priv_ip():
    return ch([f"10.{R.randint(20, 60)}.{R.randint(0, 9)}.{R.randint(2, 250)}",
               f"192.168.{R.randint(1, 40)}.{R.randint(2, 250)}",
               f"172.{R.randint(16, 31)}.{R.randint(0, 9)}.{R.randint(2, 250)}"])


# ----------------------------------------------------------------------------
# world: facilities, staff, residents, relatives
# ----------------------------------------------------------------------------
FACS = [
    dict(code="MG", key="MAPLEGRV", name="Maple Grove Health & Rehabilitation", kind="SNF", ccn="365412", stid="0417",
         npi=mk_npi(), street="2400 Sawmill Pkwy", city="Columbus", zip="43235", phone="6145550100", fax="6145550109",
         units=["2 WEST", "3 EAST", "MEMORY CARE", "REHAB"]),
    dict(code="CR", key="CEDARRDG", name="Cedar Ridge Care Center", kind="SNF", ccn="366207", stid="0588",
         npi=mk_npi(), street="1515 Lancaster Ave", city="Reynoldsburg", zip="43068", phone="6145550140", fax="6145550149",
         units=["1 EAST", "1 WEST", "SECURE UNIT"]),
    dict(code="WC", key="WILLOWCK", name="Willow Creek Assisted Living", kind="ALF", ccn="", stid="AL-2291",
         npi=mk_npi(), street="880 Schrock Rd", city="Westerville", zip="43081", phone="6145550170", fax="6145550179",
         units=["ASSISTED", "MEMORY CARE"]),
]
DOMAIN = "cardinalcare-sl.com"

STAFF = [("Angela", "Torres", "RN"), ("Jerome", "Okafor", "LPN"), ("Maritza", "Lopez", "CNA"),
         ("Brianna", "Kessler", "RN"), ("Tuan", "Pham", "LPN"), ("Svetlana", "Orlova", "RN"),
         ("Kwame", "Mensah", "CNA"), ("Heather", "Lindgren", "RN"), ("Ravi", "Desai", "CPhT"),
         ("Camille", "Arceneaux", "LPN"), ("Dmitri", "Volkov", "CNA"), ("Yolanda", "Reyes", "DON"),
         ("Gustavo", "Ibarra", "CMA"), ("Aisha", "Bello", "RN")]
STAFF = [dict(first=f, last=l, cred=c, user=(f[0] + l).lower()) for f, l, c in STAFF]
DOCS = [dict(first=f, last=l, npi=mk_npi(), dea=mk_dea(l)) for f, l in
        [("Imran", "Siddiqui"), ("Paula", "Whitcomb"), ("Kenji", "Morimoto"), ("Lucia", "Ferrante")]]
RPH = [("Nina", "Castellano"), ("Obinna", "Eze"), ("Grace", "Haverford")]
VENDORS = [("Kevin", "Mraz", "Sysco Columbus", "Delivery"), ("Luis", "Ortega", "Ohio Elevator Co", "Inspection"),
           ("Shannon", "Pike", "Buckeye LTC Pharmacy", "Emergency kit exchange"),
           ("Tom", "Wexler", "Midwest Linen Service", "Linen pickup"), ("Rachel", "Stein", "Heartland Hospice", "Clinical visit"),
           ("Deshawn", "Marks", "Aramark", "Kitchen audit"), ("Pete", "Halloran", "Otis Fire Protection", "Sprinkler test")]

F_FIRST = ["Helena", "Mieczysława", "Giuseppina", "Setsuko", "Ngozi", "Guadalupe", "Bernadette", "Ingeborg",
           "Erzsébet", "Thị Lan", "Savitri", "Esperanza", "Hiroko", "Miriam", "Eleftheria", "Wilhelmina",
           "Clementine", "Leokadia", "Fatima", "Pilar", "Jóhanna", "Zofia", "Dagny", "Marguerite", "Ruthanne",
           "Oksana", "Aiyana", "Consuelo"]
M_FIRST = ["Kazimierz", "Takeshi", "Olufemi", "Refugio", "Søren", "Zoltán", "Rajendra", "Yitzhak", "Aurelio",
           "Konstantinos", "Otis", "Bronisław", "Chaim", "Abdulrahman", "Tenzin", "Thaddeus", "Émile", "Lars",
           "Cornelius", "Wendell"]
LAST = ["Kowalczyk", "Wiśniewska", "Esposito", "Tanaka", "Adeyemi", "Okonkwo", "Villarreal", "Castañeda",
        "O'Donnell", "Müller", "Lindqvist", "Horváth", "Nguyễn", "Venkataraman", "Goldberg", "Papadopoulos",
        "Fitzgerald", "Washington", "Beaumont", "Haugen", "Abernathy", "Dlamini", "Yazzie", "Begay", "Rosenthal",
        "Morales", "Duchesne", "Sigurðardóttir", "Nakamura", "Oyelaran", "Petrakis", "Szabó", "Dąbrowski",
        "Ferreira", "Rahimi", "Kaczmarek", "Delacroix", "Bergström", "Mwangi", "Quispe"]
REL_FIRST = ["Dorota", "Marcus", "Keiko", "Chidi", "Ana Lucía", "Brendan", "Katja", "Priya", "Noam", "Stavros",
             "LaToya", "Gwen", "Tomasz", "Mei-Ling", "Rafael", "Ingrid", "Darnell", "Yusuf", "Colleen", "Aroha",
             "Bích Ngọc", "Siobhán", "Joaquín", "Henrik", "Ifeoma", "Delphine", "Mateus", "Rosalind"]
RELATION = ["Daughter", "Son", "Niece", "Nephew", "Spouse", "Granddaughter", "Grandson", "POA", "Sister", "Daughter-in-law"]
LOCAL_CITY = [("Worthington", "43085"), ("Grove City", "43123"), ("Hilliard", "43026"), ("Reynoldsburg", "43068"),
              ("Dublin", "43017"), ("Westerville", "43081"), ("Gahanna", "43230"), ("Canal Winchester", "43110"),
              ("Delaware", "43015"), ("Marysville", "43040"), ("Pickerington", "43147"), ("Upper Arlington", "43221")]
FAR_CITY = [("Chicago", "IL", "60614", "312"), ("Pittsburgh", "PA", "15217", "412"), ("Tucson", "AZ", "85719", "520"),
            ("Ann Arbor", "MI", "48104", "734"), ("Louisville", "KY", "40205", "502"), ("Toledo", "OH", "43606", "419"),
            ("Cincinnati", "OH", "45208", "513"), ("Minneapolis", "MN", "55406", "612")]
STREETS = ["Birchwood Ln", "Orchard Hill Rd", "Scioto Trace Dr", "Calle Paloma", "Oakmont Ct", "Kenny Rd",
           "Linworth Rd", "Elm St", "Chestnut Ridge Dr", "Maplewood Ave", "Brookside Blvd", "Old Henderson Rd",
           "Sunbury Rd", "Cherry Bottom Rd", "W Lane Ave", "Indianola Ave", "Whitetail Run", "Harbor Pointe Dr"]
MAIL_DOM = ["example.com", "example.net", "example.org", "mail.example.com", "inbox.example.net"]


def mk_street():
    s = f"{R.randint(8, 9899)} {ch(STREETS)}"
    if R.random() < 0.2:
        s += ch([" Apt ", " Unit ", " #"]) + ch(["2B", "4", "11", "3C", "210"])
    return s


def mk_rel(res):
    first = ch(REL_FIRST)
    last = res["last"] if R.random() < 0.6 else ch(LAST)
    if R.random() < 0.55:
        city, zp = ch(LOCAL_CITY)
        st, ac = "OH", ch(["614", "380", "740"])
    else:
        city, st, zp, ac = ch(FAR_CITY)
    f, l = fold(first).lower().replace(" ", "").replace("-", ""), fold(last).lower().replace("'", "").replace(" ", "")
    dob = dt.date(R.randint(1948, 1985), R.randint(1, 12), R.randint(1, 28))
    email = ch([f"{f}.{l}{R.randint(1, 99)}", f"{f[0]}{l}", f"{l}.{f}", f"{f}{l[:3]}{dob.year % 100}"]) + "@" + ch(MAIL_DOM)
    plate_st = st
    plate = {"OH": f"{''.join(ch('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))} {digits(4)}",
             "IL": f"{ch('ABCDEFGHJKLMNPRSTVWXYZ')}{ch('ABCDEFGHJKLMNPRSTVWXYZ')} {digits(5)}",
             "PA": f"{''.join(ch('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))}-{digits(4)}"}.get(
        st, f"{digits(1)}{''.join(ch('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))}{digits(3)}")
    dl = {"OH": ch("ABCDEFGHJKLMNPRSTUVWXYZ") + ch("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6),
          "IL": ch("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(11), "PA": digits(8)}.get(st, ch("ABDFKMS") + digits(8))
    return dict(first=first, last=last, relation=ch(RELATION), phone=f"{ac}55501{R.randint(0, 99):02d}",
                email=email, user=ch([f"{f[0]}{l}{R.randint(10, 99)}", f"{f}.{l[:4]}", f"{f}_{dob.year}"]),
                ip=pub_ip(), plate=plate, plate_st=plate_st, dl=dl, dl_st=st, dob=dob, street=mk_street(), city=city,
                st=st, zip=zp, card=mk_card(), vin=mk_vin(), fax=f"{ac}55501{R.randint(0, 99):02d}",
                acct=digits(R.choice([9, 10, 12])), aba=mk_aba())


RES = []
_used = set()
for i in range(34):
    fac = FACS[0] if i < 16 else (FACS[1] if i < 26 else FACS[2])
    sex = "F" if R.random() < 0.66 else "M"
    while True:
        first = ch(F_FIRST if sex == "F" else M_FIRST)
        last = ch(LAST)
        if (first, last) not in _used and last not in [r["last"] for r in RES[-3:]]:
            _used.add((first, last))
            break
    age = R.randint(90, 103) if R.random() < 0.64 else R.randint(72, 89)
    m, d = R.randint(1, 12), R.randint(1, 28)
    y = REF.year - age - (1 if (m, d) > (REF.month, REF.day) else 0)
    dob = dt.date(y, m, d)
    assert age_on(dob) == age
    city, zp = ch(LOCAL_CITY)
    r = dict(first=first, last=last, mi=ch("ABCDEJKLMRST"), sex=sex, dob=dob, age=age, ssn=mk_ssn(), mbi=mk_mbi(),
             mcd=ch(["10", "11"]) + digits(10), partd=ch("WHS") + digits(10), supp=ch(["AAR", "MUT", "ANT"]) + digits(9),
             rid=str(100200 + i * 277 + R.randint(0, 200)), mrn=fac["code"] + digits(5), resint=str(R.randint(3000000, 6999999)),
             fac=fac, unit=ch(fac["units"]), room=f"{R.randint(1, 3)}{R.randint(1, 38):02d}", bed=ch("AB"),
             tx="%s-%s" % (ch(["WGB", "WG4"]), hexid(8).upper()), pendant=f"RP-{digits(4)}-{digits(4)}",
             imei=mk_imei(), udi=mk_udi(), mac=":".join(["3C", "28", "6D"] + [hexid(2).upper() for _ in range(3)]),
             street=mk_street(), city=city, zip=zp,
             admit=REF - dt.timedelta(days=R.randint(12, 1600)), rels=[])
    if last in ("Kowalczyk", "Wiśniewska", "Dąbrowski", "Kaczmarek"):
        r["foreign"] = ("PESEL", mk_pesel(dob, sex))
    elif last in ("Villarreal", "Castañeda", "Morales", "Quispe"):
        r["foreign"] = ("CURP", mk_curp(first, last, dob, sex))
    elif last in ("Duchesne", "Beaumont", "Delacroix"):
        r["foreign"] = ("SIN", mk_sin())
    else:
        r["foreign"] = None
    r["rels"] = [mk_rel(r) for _ in range(R.choice([1, 1, 2, 2, 3]))]
    RES.append(r)

RES_W = [4 if i % 5 == 0 else (2 if i % 3 == 0 else 1) for i in range(len(RES))]
# three residents expired the evening before the log window starts
DEAD = R.sample([r for r in RES if r["fac"]["kind"] == "SNF"], 3)
for _r, _t in zip(DEAD, [(19, 52), (21, 37), (23, 5)]):
    _r["death"] = dt.datetime(2024, 11, 4, *_t)


def pick_res(kind=None):
    while True:
        r = R.choices(RES, weights=RES_W)[0]
        if "death" in r:
            continue
        if kind is None or r["fac"]["kind"] == kind:
            return r


def pick_dead():
    return ch(DEAD)


def pick_rel(r):
    return ch(r["rels"])


def staff():
    return ch(STAFF)


def doc():
    return ch(DOCS)


def full(r):
    return f"{r['first']} {r['last']}"


def lf(r, up=False, ascii_=False):
    s = f"{r['last']}, {r['first']}"
    if ascii_:
        s = fold(s)
    return s.upper() if up else s


# ----------------------------------------------------------------------------
# clock
# ----------------------------------------------------------------------------
CLK = [dt.datetime(2024, 11, 4, 23, 41, 7), 0]


def tick():
    CLK[0] += dt.timedelta(seconds=R.randint(2, 300))
    CLK[1] = R.randint(0, 999)


def now():
    return CLK[0]


def ms():
    return CLK[1]


def ts_log4j():
    return f"{now():%Y-%m-%d %H:%M:%S},{ms():03d}"


def ts_cat():
    d = now()
    return f"{d.day:02d}-{MON[d.month-1]}-{d.year} {d:%H:%M:%S}.{ms():03d}"


def ts_clf():
    d = now()
    return f"[{d.day:02d}/{MON[d.month-1]}/{d.year}:{d:%H:%M:%S} -0500]"


def ts_sys():
    d = now()
    return f"{MON[d.month-1]} {d.day:>2} {d:%H:%M:%S}"


def ts_z():
    d = now() + dt.timedelta(hours=5)
    return f"{d:%Y-%m-%dT%H:%M:%S}.{ms():03d}Z"


def ts_off():
    return f"{now():%Y-%m-%dT%H:%M:%S}.{ms():03d}-05:00"


def ts_us():
    return f"{now():%m/%d/%Y %H:%M:%S}"


def ts_dot():
    return f"{now():%Y-%m-%d %H:%M:%S}.{ms():03d}"


def lvl5(lv):
    return f"{lv:<5}"


# ----------------------------------------------------------------------------
# families
# ----------------------------------------------------------------------------
MDS_CTR = [0]


def g_mds_xml(phi):
    r = pick_res("SNF")
    fac = r["fac"]
    MDS_CTR[0] += 1
    L = Ln("mds-xml")
    L.t(f"{ts_log4j()} DEBUG [mds-export-{R.randint(1, 4)}] c.c.ltc.mds.export.XmlRecordWriter - "
        f"file={fac['stid']}_{now():%Y%m%d}_{R.randint(1, 3):02d}.xml rec={MDS_CTR[0] % 41 + 1} ")
    if phi:
        k = R.randrange(6)
        if k == 0:
            L.t("<A0500A>").p(fold(r["first"]).upper()[:12], "name").t("</A0500A><A0500B>").t("</A0500B><A0500C>")
            L.p(fold(r["last"]).upper()[:18], "name").t("</A0500C><A0500D></A0500D>")
        elif k == 1:
            L.t("<A0600A>").p(r["ssn"], "ssn").t("</A0600A><A0600B>").p(r["mbi"], "health_plan").t("</A0600B><A0700>")
            if R.random() < 0.7:
                L.p(r["mcd"], "health_plan")
            else:
                L.t("N")
            L.t("</A0700>")
        elif k == 2:
            L.t(f"<A0800>{1 if r['sex'] == 'M' else 2}</A0800><A0900>").p(fmt_date(r["dob"], 2), "date")
            L.t("</A0900><A1000A>0</A1000A><A1000B>0</A1000B><A1100A>0</A1100A>")
        elif k == 3:
            L.t("<A1300A>").p(r["mrn"], "mrn").t("</A1300A><A1300B>").t(f"{r['room']}</A1300B>")
            L.t("<A1600>").p(fmt_date(r["admit"], 2), "date").t("</A1600><A1700>1</A1700><A1805>01</A1805>")
        elif k == 4:
            ard = REF - dt.timedelta(days=R.randint(1, 9))
            L.t("<A0310A>02</A0310A><A0310B>99</A0310B><A0310F>99</A0310F><A2300>").p(fmt_date(ard, 2), "date").t("</A2300>")
        else:
            dc = REF - dt.timedelta(days=R.randint(0, 4))
            L.t("<A0310F>").t(ch(["10", "11", "12"])).t("</A0310F><A2000>").p(fmt_date(dc, 2), "date")
            L.t("</A2000><A2105>").t(ch(["01", "02", "03", "04"])).t("</A2105>")
    else:
        k = R.randrange(6)
        if k == 0:
            L.t("<ASMT_SYS_CD>MDS</ASMT_SYS_CD><ITM_SBST_CD>" + ch(["NC", "NQ", "ND", "NP"]) +
                "</ITM_SBST_CD><ITM_SET_VRSN_CD>1.19.1</ITM_SET_VRSN_CD><SPEC_VRSN_CD>1.01.0</SPEC_VRSN_CD>")
        elif k == 1:
            L.t(f"<STATE_CD>OH</STATE_CD><FAC_ID>{fac['stid']}</FAC_ID><A0100A>{fac['npi']}</A0100A>"
                f"<A0100B>{fac['ccn']}</A0100B><A0100C>{fac['stid']}</A0100C>")
        elif k == 2:
            L.t(f"<A0200>1</A0200><A0310A>0{R.randint(1, 6)}</A0310A><A0310B>99</A0310B><A0310E>{R.randint(0, 1)}</A0310E>"
                f"<A0310G>^</A0310G><A0410>3</A0410>")
        elif k == 3:
            L.t(f"<SFTWR_VNDR_ID>{R.randint(200000000, 999999999)}</SFTWR_VNDR_ID><SFTWR_VNDR_NAME>CARDINALCARE CLINICAL</SFTWR_VNDR_NAME>"
                f"<SFTWR_PROD_NAME>CC-LTC</SFTWR_PROD_NAME><SFTWR_PROD_VRSN_CD>24.3.{R.randint(0, 9)}</SFTWR_PROD_VRSN_CD>")
        elif k == 4:
            L.t(f"<GG0130A1>0{R.randint(1, 6)}</GG0130A1><GG0130B1>0{R.randint(1, 6)}</GG0130B1>"
                f"<GG0170C1>{ch(['01', '02', '88'])}</GG0170C1><J1800>{R.randint(0, 1)}</J1800><M0300B1>{R.randint(0, 2)}</M0300B1>")
        else:
            L.parts = [(f"{ts_log4j()} INFO  [mds-export-{R.randint(1, 4)}] c.c.ltc.mds.export.BatchExporter - "
                        f"Wrote /var/ltc/mds/out/{fac['stid']}_{now():%Y%m%d}_{R.randint(1, 3):02d}.zip records={R.randint(8, 44)} "
                        f"bytes={R.randint(90000, 600000)} sha256={hexid(16)}... elapsed={R.randint(400, 9000)}ms", None)]
    return [L]


def g_mds_fvr(phi):
    r = pick_res("SNF")
    fac = r["fac"]
    L = Ln("mds-fvr")
    if phi:
        k = R.randrange(5)
        if k == 0:
            ard = REF - dt.timedelta(days=R.randint(2, 20))
            L.t(f"Record: {R.randint(1, 44):<4} Resident: ").p(lf(r, True, True), "name")
            L.t("  Res Int ID: ").p(r["resint"], "mrn")
            L.t(f"  A0310A/B/F: 0{R.randint(1, 6)}/99/99  Target Date: ").p(fmt_date(ard, 1), "date")
            L.t("  Status: " + ch(["Accepted", "Accepted", "Rejected"]))
        elif k == 1:
            L.t("    Birth Date: ").p(fmt_date(r["dob"], 1), "date").t("  SSN: ").p(fmt_ssn(r["ssn"], 1), "ssn")
            L.t("  Medicare (MBI): ").p(r["mbi"], "health_plan").t("  Medicaid: ").p(r["mcd"], "health_plan")
        elif k == 2:
            L.t(f"    -1006  WARNING   A0600B  Medicare number [").p(r["mbi"], "health_plan")
            L.t("] does not match the number on file for resident ").p(r["resint"], "mrn")
        elif k == 3:
            prior = r["admit"] - dt.timedelta(days=R.randint(1, 40))
            L.t("    -3658  WARNING   A1600   Entry date ").p(fmt_date(r["admit"], 1), "date")
            L.t(" precedes prior discharge date ").p(fmt_date(prior, 1), "date").t(" for ").p(lf(r, True, True), "name")
        else:
            L.t(f"Record: {R.randint(1, 44):<4} Resident: ").p(lf(r, True, True), "name").t("  DOB: ").p(fmt_date(r["dob"], 1), "date")
            put_age(L, r["age"], "  Age at ARD: ").t("  Sex: " + r["sex"])
    else:
        k = R.randrange(8)
        sid = R.randint(91000000, 91999999)
        d = now()
        if k == 0:
            L.t(f"Final Validation Report    Submission ID: {sid}    Facility: {fac['name'].upper()} ({fac['stid']})    CCN: {fac['ccn']}")
        elif k == 1:
            L.t(f"Submission Date/Time: {d:%m/%d/%Y %H:%M:%S}    Processing Completed: "
                f"{(d + dt.timedelta(minutes=R.randint(3, 40))):%m/%d/%Y %H:%M:%S}    File: {fac['stid']}_{d:%Y%m%d}.zip")
        elif k == 2:
            n = R.randint(10, 44)
            rej = R.randint(0, 3)
            L.t(f"Records Processed: {n}    Accepted: {n - rej}    Rejected: {rej}    Warnings: {R.randint(0, 30)}    Item Set: NQ 1.19.1")
        elif k == 3:
            L.t("    -3804  WARNING   Z0500B  Assessment completed late: Z0500B is more than 14 days after A2300.")
        elif k == 4:
            L.t("    -1018  FATAL     A0900   Inconsistent birth date: value does not match the resident's existing birth date. Record rejected.")
        elif k == 5:
            L.t(f"    -3616c WARNING   N0415   Item {ch(['N0415E1', 'N0415H1', 'N0415J1'])} answered but no corresponding order in record.")
        elif k == 6:
            L.t(f"    -1031  WARNING   A0600A  Social Security Number is missing or blank. Value submitted: [^]")
        else:
            L.t(f"Page {R.randint(1, 9)} of {R.randint(9, 14)}    Report run {d:%m/%d/%Y %I:%M %p}    iQIES Release 4.{R.randint(10, 40)}.{R.randint(0, 5)}")
    return [L]


JAVA_FRAMES = [
    "com.cardinalcare.ltc.resident.ResidentRepository.findByNameAndDob(ResidentRepository.java:212)",
    "com.cardinalcare.ltc.resident.ResidentService.lookup(ResidentService.java:88)",
    "com.cardinalcare.ltc.web.ResidentController.search(ResidentController.java:141)",
    "org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:883)",
    "javax.servlet.http.HttpServlet.service(HttpServlet.java:764)",
    "org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:227)",
    "org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:197)",
    "org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:113)",
    "com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)",
    "org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:399)",
]


def stack(fam, n):
    out = []
    start = R.randrange(len(JAVA_FRAMES) - n)
    for f in JAVA_FRAMES[start:start + n]:
        out.append(Ln(fam).t("\tat " + f))
    return out


def g_catalina(phi):
    fam = "tomcat-catalina"
    L = Ln(fam)
    pre = lambda lv, th, cls: f"{ts_cat()} {lv} [{th}] {cls} "
    exe = f"https-jsse-nio-8443-exec-{R.randint(1, 40)}"
    if phi:
        r = pick_res()
        k = R.randrange(4)
        if k == 0:
            L.t(pre("SEVERE", exe, "org.apache.catalina.core.StandardWrapperValve.invoke"))
            L.t("Servlet.service() for servlet [dispatcherServlet] in context with path [/ltcehr] threw exception "
                "[Request processing failed; nested exception is org.springframework.dao.IncorrectResultSizeDataAccessException: "
                "Duplicate resident match for lastName=").p(r["last"], "name").t(", dob=").p(fmt_date(r["dob"], 0), "date")
            L.t(": expected 1, actual 2] with root cause")
            return [L] + stack(fam, R.randint(2, 4))
        if k == 1:
            L.t(pre("SEVERE", exe, "org.apache.catalina.core.StandardWrapperValve.invoke"))
            L.t("Servlet.service() for servlet [dispatcherServlet] threw exception "
                "org.hibernate.exception.ConstraintViolationException: could not execute statement; Duplicate entry '")
            L.p(fmt_ssn(r["ssn"], 1), "ssn").t("' for key 'uk_resident_ssn'")
            return [L] + stack(fam, R.randint(1, 3))
        if k == 2:
            L.t(pre("INFO", exe, "org.apache.catalina.core.ApplicationContext.log"))
            L.t("FaceSheetExportServlet: exported face sheet for resident ").p(r["rid"], "mrn").t(" (").p(lf(r, True), "name")
            L.t(") to /var/ltc/exports/facesheet_").p(r["rid"], "mrn").t(f"_{now():%Y%m%d}.pdf")
            return [L]
        L.t(pre("WARNING", exe, "org.apache.catalina.core.ApplicationContext.log"))
        L.t("MbiLookupServlet: eligibility 271 returned inactive coverage for MBI ").p(fmt_mbi(r["mbi"], R.random() < 0.5), "health_plan")
        L.t(" (resident ").p(full(r), "name").t(")")
        return [L]
    k = R.randrange(10)
    if k == 0:
        L.t(pre("INFO", "main", "org.apache.catalina.startup.VersionLoggerListener.log") + "Server version name:   Apache Tomcat/9.0.91")
    elif k == 1:
        L.t(pre("INFO", "main", "org.apache.catalina.startup.HostConfig.deployWAR") +
            f"Deployment of web application archive [/opt/tomcat/webapps/{ch(['ltcehr', 'familyportal', 'emar'])}.war] has finished in [{R.randint(4000, 30000):,}] ms")
    elif k == 2:
        L.t(pre("INFO", "main", "org.apache.coyote.AbstractProtocol.start") + 'Starting ProtocolHandler ["https-jsse-nio-8443"]')
    elif k == 3:
        L.t(pre("INFO", "main", "org.apache.catalina.startup.Catalina.start") + f"Server startup in [{R.randint(9000, 40000)}] milliseconds")
    elif k == 4:
        L.t(pre("WARNING", "main", "org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads") +
            "The web application [ltcehr] appears to have started a thread named [HikariPool-1 housekeeper] but has failed to stop it. This is very likely to create a memory leak.")
    elif k == 5:
        L.t(pre("WARNING", exe, "org.apache.tomcat.util.http.parser.Cookie.logInvalidHeader") +
            "A cookie header was received [JSESSIONID=" + hexid(32).upper() + "; _ga=GA1.2." + digits(10) + "." + digits(10) +
            "] that contained an invalid cookie. That cookie will be ignored.")
    elif k == 6:
        L.t(pre("INFO", "Catalina-utility-1", "org.apache.catalina.core.StandardContext.reload") +
            f"Reloading Context with name [/{ch(['familyportal', 'emar'])}] has started")
    elif k == 7:
        L.t(pre("SEVERE", exe, "org.apache.catalina.core.StandardWrapperValve.invoke") +
            "Servlet.service() for servlet [dispatcherServlet] in context with path [/ltcehr] threw exception "
            "[Request processing failed; nested exception is java.lang.NullPointerException: Cannot invoke "
            "\"com.cardinalcare.ltc.mar.MarPass.getUnit()\" because \"pass\" is null] with root cause")
        return [L] + stack(fam, R.randint(2, 4))
    elif k == 8:
        L.t(pre("INFO", "main", "org.apache.catalina.startup.VersionLoggerListener.log") +
            f"JVM Version:           17.0.{R.randint(8, 12)}+{R.randint(5, 9)}-LTS")
    else:
        L.t(pre("WARNING", exe, "org.apache.catalina.valves.StuckThreadDetectionValve.notifyStuckThreadDetected") +
            f"Thread [{exe}] (id=[{R.randint(40, 400)}]) has been active for [{R.randint(60000, 190000)}] milliseconds "
            f"(since [{now():%m/%d/%y, %I:%M %p}]) to serve the same request for [https://ehr-app0{R.randint(1, 3)}.{DOMAIN}/ltcehr/api/v2/reports/qm] "
            f"and may be stuck (configured threshold for this StuckThreadDetectionValve is [60] seconds). There is/are [1] thread(s) in total that are monitored by this Valve and may be stuck.")
    return [L]


UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
      "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.100 Mobile Safari/537.36",
      "kube-probe/1.29", "ELB-HealthChecker/2.0"]


def g_access(phi):
    L = Ln("tomcat-access")
    s = staff()
    ip = priv_ip()
    user = s["user"]
    meth = "GET"
    if phi:
        r = pick_res()
        L.t(f"{ip} - {user} {ts_clf()} \"")
        k = R.randrange(4)
        if k == 0:
            L.t(f"GET /ltcehr/api/v2/residents/").p(r["rid"], "mrn").t(ch(["/mar", "/orders?status=active", "/vitals?last=7d", "/careplan", "/progress-notes?page=2"]))
        elif k == 1:
            L.t("GET /ltcehr/api/v2/residents/search?lastName=").p(fold(r["last"]).replace("'", "%27"), "name")
            L.t("&dob=").p(fmt_date(r["dob"], 0), "date").t(f"&facilityId={r['fac']['stid']}")
        elif k == 2:
            L.t("GET /ltcehr/residents/").p(r["rid"], "mrn").t("/face-sheet.pdf")
        else:
            meth = "POST"
            L.t("POST /ltcehr/api/v2/residents/").p(r["rid"], "mrn").t(f"/notes")
        st = ch([200, 200, 200, 201, 304, 404]) if meth == "GET" else 201
        L.t(f" HTTP/1.1\" {st} {R.randint(200, 60000)} {R.randint(4, 2400)}")
        return [L]
    k = R.randrange(7)
    if k == 0:
        path, user, ip = "/ltcehr/actuator/health", "-", f"10.40.0.{R.randint(2, 6)}"
    elif k == 1:
        path = f"/ltcehr/static/js/main.{hexid(6)}.js"
    elif k == 2:
        path = f"/ltcehr/api/v2/facilities/{ch(FACS)['stid']}/census?date={now():%Y-%m-%d}"
    elif k == 3:
        path = f"/ltcehr/api/v2/mar/passes?unit={ch(['2W', '3E', 'MC', '1E'])}&shift={ch('DEN')}"
    elif k == 4:
        path, meth = f"/ltcehr/api/v2/orders/ORD-{R.randint(7000000, 8999999)}/ack", "PUT"
    elif k == 5:
        path, meth, user = "/ltcehr/j_security_check", "POST", "-"
    else:
        path = f"/ltcehr/api/v2/tasks?assignee={user}&status=OPEN&requestId={uuid4()}"
    st = ch([200, 200, 200, 304, 302, 401, 500]) if k != 0 else 200
    size = R.randint(40, 120) if k == 0 else (R.randint(0, 90000) if st != 304 else "-")
    L.t(f"{ip} - {user} {ts_clf()} \"{meth} {path} HTTP/1.1\" {st} {size} {R.randint(1, 900)}")
    return [L]


def ehr_pre(lv, thread, logger):
    return f"{ts_log4j()} {lvl5(lv)} [{thread}] {logger} - "


def g_ehr(phi):
    L = Ln("log4j-ehr")
    th = ch([f"http-nio-8443-exec-{R.randint(1, 40)}", f"scheduling-{R.randint(1, 4)}", "adt-listener-1", "main", f"pool-3-thread-{R.randint(1, 8)}"])
    if phi:
        r = pick_res()
        rel = pick_rel(r)
        k = R.choices(range(10), weights=[3, 2, 3, 1, 1, 1, 1, 1, 2, 1])[0]
        if k == 0:
            L.t(ehr_pre("INFO", th, "c.c.ltc.adt.AdmissionService"))
            L.t("Admission complete residentId=").p(r["rid"], "mrn").t(' name="').p(lf(r), "name").t('" dob=').p(fmt_date(r["dob"], 1), "date")
            put_age(L, r["age"], " age=").t(f" room={r['room']}-{r['bed']} payer=MEDICARE_A mbi=").p(r["mbi"], "health_plan")
            L.t(" admitDate=").p(fmt_date(r["admit"], 0), "date")
        elif k == 1:
            L.t(ehr_pre("INFO", th, "c.c.ltc.demographics.ResidentUpdateListener"))
            L.t("Updated emergency contact for resident ").p(r["rid"], "mrn").t(": ").p(f"{rel['first']} {rel['last']}", "name")
            L.t(f" ({rel['relation']}) ph=").p(fmt_phone(rel["phone"], 1), "phone").t(' addr="').p(rel["street"], "address").t(", ")
            L.p(rel["city"], "address").t(f" {rel['st']} ").p(rel["zip"], "zip").t('"')
            if rel["relation"] == "POA" or R.random() < 0.3:
                L.t(" fax=").p(fmt_phone(rel["fax"], 0), "fax")
        elif k == 2:
            L.t(ehr_pre("INFO", th, "c.c.ltc.clinical.FallRiskEvaluator"))
            L.t("Resident ").p(r["rid"], "mrn").t(" (")
            st = R.randrange(4)
            if st == 0:
                put_age(L, r["age"], "", f"yo {r['sex']}")
            elif st == 1:
                put_age(L, r["age"], "", f" y/o {'female' if r['sex'] == 'F' else 'male'}")
            elif st == 2:
                put_age(L, r["age"], "", f"-year-old")
            else:
                put_age(L, r["age"], "Age: ", " yrs")
            L.t(f") flagged HIGH fall risk morse={R.randint(45, 95)} lastFall={R.randint(1, 40)}d ago unit={r['unit']}")
        elif k == 3:
            L.t(ehr_pre("INFO", th, "c.c.ltc.devices.ImplantRegistry"))
            L.t("Device registered for resident ").p(r["rid"], "mrn").t(" udi=").p(r["udi"], "device")
            L.t(f" type={ch(['PACEMAKER', 'ICD', 'HIP_PROSTHESIS', 'COCHLEAR_IMPLANT'])} source=HOSPITAL_DC_SUMMARY")
        elif k == 4 and r["foreign"]:
            kind, val = r["foreign"]
            L.t(ehr_pre("DEBUG", th, "c.c.ltc.demographics.IdentifierMapper"))
            L.t("Foreign national identifier on file resident=").p(r["rid"], "mrn").t(f" type={kind} value=").p(val, "other_id")
            L.t(" verified=false")
        elif k == 5:
            L.t(ehr_pre("INFO", th, "c.c.ltc.billing.PrivatePayService"))
            L.t("Autopay enrolled resident=").p(r["rid"], "mrn").t(' guarantor="').p(f"{rel['first']} {rel['last']}", "name")
            L.t(f'" acct=').p("PP-" + r["rid"][-4:] + digits(3), "account").t(f" routing={rel['aba']} bankAcct=").p(rel["acct"], "account")
            L.t(f" draftDay={R.randint(1, 28)}")
        elif k == 6:
            L.t(ehr_pre("WARN", th, "c.c.ltc.eligibility.PartDChecker"))
            L.t("Part D plan termed for ").p(full(r), "name").t(" memberId=").p(r["partd"], "health_plan")
            L.t(f" rxBin=610014 rxPcn=MEDDPRIME rxGrp=PDP{digits(4)} termDate=12/31/2024")
        elif k == 7:
            L.t(ehr_pre("INFO", th, "c.c.ltc.adt.TransferService"))
            L.t(f"Room transfer {r['room']}-{r['bed']} -> {int(r['room']) + R.randint(1, 9)}-{ch('AB')} for ").p(lf(r), "name")
            L.t(" (mrn ").p(r["mrn"], "mrn").t(") effective ").p(fmt_date(REF + dt.timedelta(days=R.randint(0, 3)), 1), "date")
        elif k == 8:
            L.t(ehr_pre("INFO", th, "c.c.ltc.activities.BirthdayScheduler"))
            nxt = dt.date(REF.year + (1 if (r["dob"].month, r["dob"].day) <= (REF.month, REF.day) else 0), r["dob"].month, r["dob"].day)
            L.t("Birthday reminder queued: ").p(full(r), "name").t(" turns ")
            if r["age"] + 1 > 89:
                L.p(str(r["age"] + 1), "age")
            else:
                L.t(str(r["age"] + 1))
            L.t(" on ").p(fmt_date(nxt, 4), "date").t(f" unit={r['unit']} cake=yes")
        else:
            L.t(ehr_pre("INFO", th, "c.c.ltc.demographics.ResidentUpdateListener"))
            L.t("Prior address archived for resident ").p(r["rid"], "mrn").t(": ").p(r["street"], "address").t(", ")
            L.p(r["city"], "address").t(", OH ").p(r["zip"], "zip").t(" ssn=").p(fmt_ssn(r["ssn"], 1), "ssn")
        return [L]
    k = R.randrange(11)
    fac = ch(FACS)
    if k == 0:
        L.t(ehr_pre("WARN", "http-nio-8443-exec-" + str(R.randint(1, 40)), "com.zaxxer.hikari.pool.HikariPool") +
            f"HikariPool-1 - Connection is not available, request timed out after {R.randint(30000, 30050)}ms.")
    elif k == 1:
        occ = R.randint(60, 118)
        L.t(ehr_pre("INFO", "scheduling-1", "c.c.ltc.census.CensusJob") +
            f"Midnight census snapshot facility={fac['stid']} occupied={occ} licensed=120 pendingAdmits={R.randint(0, 4)} took={R.randint(80, 900)}ms")
    elif k == 2:
        L.t(ehr_pre("INFO", th, "c.c.ltc.orders.OrderSyncService") +
            f"Pushed {R.randint(1, 40)} order(s) to pharmacy interface batchId=OB-{now():%Y%m%d}-{R.randint(1, 99):04d} requestId={uuid4()}")
    elif k == 3:
        s = staff()
        L.t(ehr_pre("INFO", th, "c.c.ltc.security.LoginAuditListener") +
            f"Login success user={s['user']} role={s['cred']} station={ch(['2W', '3E', 'MC', '1E'])}-NS-0{R.randint(1, 3)} ip={priv_ip()} mfa=PUSH")
    elif k == 4:
        L.t(ehr_pre("INFO", th, "c.c.ltc.vitals.VitalsImporter") +
            f"Imported {R.randint(10, 90)} vitals rows from gateway vg-0{R.randint(1, 4)}.{fac['code'].lower()}.cc.local (rejected={R.randint(0, 3)} reason=OUT_OF_RANGE)")
    elif k == 5:
        L.t(ehr_pre("INFO", th, "c.c.ltc.reports.ReportService") +
            f"Generated report QM_LONGSTAY period=2024-Q3 facility={fac['stid']} rows={R.randint(100, 900)} in {R.randint(800, 12000)} ms")
    elif k == 6:
        s = staff()
        L.t(ehr_pre("INFO", th, "c.c.ltc.notes.NoteService") +
            f"Progress note {uuid4()} signed by {s['first']} {s['last']}, {s['cred']} (user={s['user']}) at {now():%H:%M}")
    elif k == 7:
        d = doc()
        L.t(ehr_pre("DEBUG", th, "c.c.ltc.orders.PrescriberValidator") +
            f"Prescriber verified npi={d['npi']} dea={d['dea']} name=\"{d['last'].upper()}, {d['first'].upper()} MD\" schedule=CII-CV")
    elif k == 8:
        L.t(ehr_pre("ERROR", th, "c.c.ltc.integration.LabResultConsumer") +
            f"Failed to parse ORU^R01 control id LAB{now():%Y%m%d}{R.randint(100000, 999999)}: OBX-5 exceeds 4000 chars, routed to DLQ (attempt {R.randint(1, 3)}/3)")
    elif k == 9:
        L.t(ehr_pre("INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer") + f"Tomcat started on port(s): 8443 (https) with context path '/ltcehr'")
    else:
        L.t(ehr_pre("WARN", th, "c.c.ltc.cache.ResidentCache") +
            f"Cache eviction storm: {R.randint(200, 2000)} entries evicted in {R.randint(1, 9)}s (maxSize=5000 ttl=PT15M)")
    return [L]


MEDS = [("HYDROcodone-APAP 5-325MG TAB", "II"), ("oxyCODONE 5MG TAB", "II"), ("LORazepam 0.5MG TAB", "IV"),
        ("traMADol 50MG TAB", "IV"), ("morphine 20MG/ML ORAL SOLN", "II"), ("acetaminophen 325MG TAB", "OTC"),
        ("QUEtiapine 25MG TAB", "RX"), ("insulin lispro 100U/ML PEN", "RX"), ("furosemide 20MG TAB", "RX")]


def g_cabinet(phi):
    r = pick_res("SNF") if phi else None
    fac = r["fac"] if phi else ch(FACS[:2])
    s = staff()
    med, sched = ch(MEDS)
    if R.random() < 0.6:
        L = Ln("omnicell")
        cab = f"XT-{ch(['2W', '3E', 'MC', 'RH'])}-0{R.randint(1, 2)}"
        L.t(f"{ts_us()}|OMNICELL|{cab}|")
        if phi:
            tx = ch(["WITHDRAW", "WITHDRAW", "RETURN", "WASTE", "OVERRIDE"])
            L.t(f"{tx}|user={s['user']} ({s['last'].upper()}, {s['first'].upper()} {s['cred']})|pt=").p(lf(r, True), "name")
            L.t("|pt_id=").p(r["rid"], "mrn").t(f"|item={med}|qty={R.randint(1, 2)}|bin=D{R.randint(1, 6)}-P{R.randint(1, 12):02d}|bal={R.randint(0, 60)}")
            if tx in ("WASTE", "OVERRIDE") or sched == "II":
                w = staff()
                L.t(f"|wit={w['user']}")
            return [L]
        k = R.randrange(6)
        if k == 0:
            L.t(f"RESTOCK|user=ravidesai (DESAI, RAVI CPhT)|item={med}|qty={R.randint(10, 60)}|bin=D{R.randint(1, 6)}-P{R.randint(1, 12):02d}|lot={ch('ABCKX')}{digits(6)}|exp=2026-0{R.randint(1, 9)}")
        elif k == 1:
            L.t(f"DISCREPANCY_RESOLVED|user={s['user']}|item={med}|expected={R.randint(10, 30)}|found={R.randint(10, 30)}|reason=COUNT_ERROR|ref=DSC-{R.randint(10000, 99999)}")
        elif k == 2:
            L.t(f"TEMP_ALARM|fridge={cab}-R1|temp={R.randint(80, 110) / 10:.1f}C|threshold=8.0C|duration={R.randint(1, 30)}m")
        elif k == 3:
            L.t(f"SYNC|host=omni-srv01.{fac['code'].lower()}.cc.local|msgs={R.randint(10, 900)}|lag={R.randint(1, 40) / 10:.1f}s|fw=XT 24.1.{R.randint(0, 9)}")
        elif k == 4:
            L.t(f"LOGIN|user={s['user']}|method=BIO|score={R.randint(60, 99)}|tmpl=").t(b64_fmr(R.randint(30, 60)))
        else:
            L.t(f"DOOR_OPEN|drawer=D{R.randint(1, 6)}|user={s['user']}|duration={R.randint(2, 90)}s|state=CLOSED_OK")
        return [L]
    L = Ln("pyxis")
    st = f"{fac['code']}-{ch(['1E', '1W', '2W', 'SU'])}"
    L.t(f"{ts_dot()} PYXIS MedStation ES STN={st} ")
    if phi:
        L.t(f"TXN={ch(['REMOVE', 'REMOVE', 'RETURN', 'WASTE'])} USR={s['last'].upper()},{s['first'][0].upper()} PT=")
        L.p(lf(r, True, True).replace(", ", ","), "name").t(" MRN=").p(r["mrn"], "mrn")
        if R.random() < 0.4:
            L.t(" DOB=").p(fmt_date(r["dob"], 1), "date")
        L.t(f' MED="{med}" QTY={R.randint(1, 2)} POCKET={R.randint(1, 12)}-{R.randint(1, 8)}')
        return [L]
    L.t(ch([f"TXN=INVENTORY USR={s['last'].upper()},{s['first'][0].upper()} MED=\"{med}\" COUNT={R.randint(1, 40)} BLIND=Y",
            f"TXN=SERVER_SYNC RESULT=OK PENDING=0 SERVER=pyxis-es.{DOMAIN} LATENCY={R.randint(20, 900)}ms",
            f"TXN=CUBIE_FAIL DRAWER={R.randint(1, 6)} CUBIE={R.randint(1, 24)} ERR=E{R.randint(100, 499)} TECH_TICKET=INC{R.randint(100000, 999999)}",
            f"TXN=USER_LOGIN USR={s['last'].upper()},{s['first'][0].upper()} BIOID=Y"]))
    return [L]


def g_emar(phi):
    L = Ln("emar-bcma")
    s = staff()
    med, _ = ch(MEDS)
    ndc = f"{digits(5)}-{digits(4)}-{digits(2)}"
    if R.random() < 0.55:
        # camelCase compact JSON (Java/logback JSON encoder)
        if phi:
            r = pick_res()
            items = [("timestamp", ts_off()), ("level", "INFO"), ("logger", "emar.bcma"), ("event", "bcma.scan"),
                     ("scanType", "PATIENT_WRISTBAND"), ("barcode", r["rid"], "mrn")]
            if R.random() < 0.6:
                items.append(("residentName", lf(r), "name"))
            if R.random() < 0.5:
                items.append(("residentDob", fmt_date(r["dob"], 0), "date"))
            if R.random() < 0.6:
                items.append(("age", r["age"], "age" if r["age"] > 89 else None))
            if R.random() < 0.12:
                items.append(("photoVerify", "data:image/jpeg;base64," + b64_jpeg(R.randint(200, 400)), "photo"))
            items += [("result", ch(["MATCH", "MATCH", "MATCH", "WRONG_PATIENT"])), ("userId", s["user"]),
                      ("workstation", f"COW-{ch(['2W', '3E', 'MC'])}-0{R.randint(1, 6)}"), ("traceId", hexid(16))]
            jobj(L, items, ascii_=R.random() < 0.5)
            return [L]
        k = R.randrange(3)
        if k == 0:
            items = [("timestamp", ts_off()), ("level", "INFO"), ("logger", "emar.bcma"), ("event", "bcma.scan"),
                     ("scanType", "MEDICATION"), ("barcode", f"(01)0{ndc.replace('-', '')}{digits(1)}(17)2607{R.randint(10, 28)}(10){ch('ABKX')}{digits(5)}"),
                     ("ndc", ndc), ("drug", med), ("result", ch(["RIGHT_DRUG", "RIGHT_DRUG", "EARLY_DOSE", "NOT_ON_PROFILE"])),
                     ("userId", s["user"]), ("traceId", hexid(16))]
        elif k == 1:
            items = [("timestamp", ts_off()), ("level", "WARN"), ("logger", "emar.device"), ("event", "scanner.battery"),
                     ("device", "Zebra DS8178"), ("serial", "S" + digits(14)), ("battery", R.randint(3, 19)),
                     ("workstation", f"COW-{ch(['2W', '3E', 'MC'])}-0{R.randint(1, 6)}")]
        else:
            items = [("timestamp", ts_off()), ("level", "INFO"), ("logger", "emar.pass"), ("event", "medpass.summary"),
                     ("unit", ch(["2W", "3E", "MC", "RH"])), ("due", R.randint(80, 160)), ("given", R.randint(70, 150)),
                     ("late", R.randint(0, 9)), ("held", R.randint(0, 6)), ("nurse", s["user"])]
        jobj(L, items)
        return [L]
    # snake_case python-style JSON (separators ", " and ": ")
    sep = (", ", ": ")
    if phi:
        r = pick_res()
        items = [("ts", ts_z()), ("svc", "medpass-api"), ("msg", "administration recorded"),
                 ("resident_id", r["rid"], "mrn"), ("patient_name", full(r), "name"),
                 ("admin_date", fmt_date(REF if now().date() <= REF else now().date(), 0), "date"),
                 ("dose_time", now().strftime("%H:00")), ("ndc", ndc), ("route", ch(["PO", "SL", "SUBQ", "TOP"])),
                 ("given_by", s["user"]), ("site", r["fac"]["code"])]
        jobj(L, items, sep=sep, ascii_=True)
        return [L]
    items = [("ts", ts_z()), ("svc", "medpass-api"), ("msg", ch(["sync complete", "prn follow-up overdue", "offline queue flushed"])),
             ("unit", ch(["2W", "3E", "MC", "RH"])), ("count", R.randint(0, 40)), ("req_id", uuid4()), ("site", ch(FACS)["code"])]
    jobj(L, items, sep=sep)
    return [L]


def g_wander(phi):
    L = Ln("wanderguard")
    fac = ch(FACS)
    door = ch(["EAST-EXIT-2", "MAIN-LOBBY", "MC-COURTYARD", "ELEV-1", "WEST-STAIR", "DOCK-DOOR"])
    L.t(f"{ts_sys()} wg-ctrl01.{fac['code'].lower()}.cc.local wgserver[{R.randint(1100, 4000)}]: ")
    if phi:
        r = pick_res()
        k = R.randrange(5)
        if k == 0:
            L.t(f"ALARM EXIT door={door} tx=").p(r["tx"], "device").t(' resident="').p(lf(r, True), "name")
            L.t(f'" rm={r["room"]}{r["bed"]} unit="{r["unit"]}"')
        elif k == 1:
            L.t("LOW BATTERY tx=").p(r["tx"], "device").t(" assigned_to=").p(r["rid"], "mrn").t(f" days_left={R.randint(1, 20)}")
        elif k == 2:
            L.t("Transmitter ").p(r["tx"], "device").t(" check OK (resident ").p(f"{r['last']} {r['first'][0]}", "name").t(f") rssi=-{R.randint(40, 80)}")
        elif k == 3:
            L.t("MobileLocator imei=").p(r["imei"], "device").t(" res=").p(r["rid"], "mrn").t(f" geofence=EXIT zone={door} fix=GPS acc={R.randint(3, 30)}m")
        else:
            L.t(f"ALARM LOITER door={door} tx=").p(r["tx"], "device").t(f" dwell={R.randint(30, 300)}s resident=").p(full(r), "name")
        return [L]
    k = R.randrange(5)
    s = staff()
    if k == 0:
        L.t(f"Supervision OK door={door} ctrl=EC-{fac['stid']}-{R.randint(1, 18):02d} rssi=-{R.randint(40, 80)} fw=4.12.{R.randint(0, 5)}")
    elif k == 1:
        L.t(f"Door {door} bypassed by keypad code user={s['user']} duration=00:00:{R.randint(10, 59)}")
    elif k == 2:
        L.t(f"Heartbeat: {R.randint(10, 22)} doors online, {R.randint(0, 2)} faults, {R.randint(12, 48)} transmitters in range")
    elif k == 3:
        L.t(f"Door ALARM cleared {door} by {s['first']} {s['last']} after 00:0{R.randint(0, 5)}:{R.randint(10, 59)} (no transmitter in range)")
    else:
        L.t(f"MagLock {door} state=SECURED reason=FIRE_PANEL_RESET panel=FACP-{R.randint(1, 3)}")
    return [L]


CALLS = ["NORMAL", "BATH EMERGENCY", "STAFF ASSIST", "CODE BLUE", "BED EXIT", "PENDANT"]


def g_nursecall(phi):
    fac = ch(FACS)
    r = pick_res() if phi else None
    if r:
        fac = r["fac"]
    room = r["room"] if r else f"{R.randint(1, 3)}{R.randint(1, 38):02d}"
    bed = r["bed"] if r else ch("AB")
    if R.random() < 0.6:
        L = Ln("nursecall-pipe")
        L.t(f"{ts_dot()}|RESP5|{fac['code']}|ROOM {room}|BED {bed}|")
        if phi:
            k = R.randrange(3)
            if k == 0:
                L.t(f"CALL_TYPE={ch(CALLS)}|PRI={R.randint(1, 4)}|EVENT=PLACED|PATIENT=").p(lf(r), "name").t("|PT_ID=").p(r["rid"], "mrn")
            elif k == 1:
                L.t(f"CALL_TYPE=PENDANT|PRI=2|EVENT=PLACED|PENDANT=").p(r["pendant"], "device").t("|PATIENT=").p(f"{r['last']}, {r['first'][0]}.", "name")
            else:
                L.t("EVENT=DOME_TEXT|TEXT=").p(f"{r['last'].upper()} {r['first'][0]}", "name")
                put_age(L, r["age"], " ", " FALL RISK")
            return [L]
        s = staff()
        k = R.randrange(4)
        if k == 0:
            L.t(f"CALL_TYPE={ch(CALLS)}|PRI={R.randint(1, 4)}|EVENT=PLACED")
        elif k == 1:
            L.t(f"CALL_TYPE={ch(CALLS)}|EVENT=ANSWERED|STAFF={s['cred']} {s['first']} {s['last']}|RESP_TIME=00:0{R.randint(0, 9)}:{R.randint(10, 59)}")
        elif k == 2:
            L.t(f"CALL_TYPE={ch(CALLS)}|EVENT=CANCELED|BY=BADGE {R.randint(1000, 9999)}|DURATION=00:{R.randint(0, 29):02d}:{R.randint(10, 59)}")
        else:
            L.t(f"EVENT=ESCALATION|LEVEL={R.randint(2, 3)}|TARGET=CHARGE NURSE PHONE x{R.randint(4100, 4199)}")
        return [L]
    L = Ln("nursecall-json")
    if phi:
        k = R.randrange(2)
        items = [("time", ts_off()), ("site", fac["key"]), ("room", room), ("bed", bed), ("type", ch(CALLS))]
        if k == 0:
            items += [("state", "active"), ("occupant", full(r), "name"), ("occupantId", r["mrn"], "mrn")]
            if R.random() < 0.5:
                items.append(("occupantAge", r["age"], "age" if r["age"] > 89 else None))
        else:
            items += [("state", "active"), ("pendantSerial", r["pendant"], "device"), ("battery", R.randint(5, 100))]
        jobj(L, items, sep=(", ", ": "))
        return [L]
    items = [("time", ts_off()), ("site", fac["key"]), ("room", room), ("bed", bed), ("type", ch(CALLS)),
             ("state", ch(["active", "answered", "cleared"])), ("responseSec", R.randint(10, 600)), ("callId", R.randint(1000000, 9999999))]
    jobj(L, items, sep=(", ", ": "))
    return [L]


def slug(r):
    return fold(f"{r['first']}-{r['last']}").lower().replace(" ", "-").replace("'", "")


def g_portal(phi):
    L = Ln("family-portal")
    base = [("@timestamp", ts_z()), ("level", "INFO")]
    if phi:
        r = pick_res()
        rel = pick_rel(r)
        k = R.randrange(9)
        if k == 7:
            items = base + [("logger", "portal.kyc"), ("msg", "poa_identity_verified"), ("user", rel["user"], "other_id"),
                            ("doc_type", "DRIVERS_LICENSE"), ("doc_state", rel["dl_st"]), ("doc_number", rel["dl"], "license"),
                            ("vendor", "idv-partner"), ("score", R.randint(80, 99))]
        elif k == 8:
            items = base + [("level", "DEBUG"), ("logger", "portal.gallery"), ("msg", "thumbnail_cached"), ("residentId", r["rid"], "mrn"),
                            ("uploadedBy", ch(STAFF)["user"]), ("thumb", "data:image/jpeg;base64," + b64_jpeg(R.randint(250, 500)), "photo")]
            items = [items[0]] + items[2:]
        elif k == 0:
            items = base + [("logger", "portal.auth"), ("msg", "login_success"), ("user", rel["user"], "other_id"),
                            ("email", rel["email"], "email"), ("client_ip", rel["ip"], "ip"), ("ua", ch(UA[:4])),
                            ("residentId", int(r["rid"]), "mrn")]
        elif k == 1:
            items = base + [("logger", "portal.share"), ("msg", "gallery_link_created"),
                            ("url", f"https://family.{DOMAIN}/r/{slug(r)}-{r['rid']}/gallery", "url"),
                            ("createdBy", ch(STAFF)["user"]), ("expiresInDays", 30)]
        elif k == 2:
            items = base + [("logger", "portal.billing"), ("msg", "payment_authorized"), ("payer", f"{rel['first']} {rel['last']}", "name"),
                            ("card_number", rel["card"], "account"), ("amount", f"{R.randint(200, 9000)}.{R.randint(0, 99):02d}"),
                            ("currency", "USD"), ("processor_ref", "ch_" + hexid(24))]
        elif k == 3:
            items = base + [("logger", "portal.video"), ("msg", "call_started"), ("resident_device_mac", r["mac"], "device"),
                            ("caller_ip", rel["ip"], "ip"), ("room", r["room"]), ("sessionId", uuid4())]
        elif k == 4:
            items = base + [("level", "WARN"), ("logger", "portal.auth"), ("msg", "login_failed"), ("username", rel["email"], "email"),
                            ("client_ip", rel["ip"], "ip"), ("reason", "BAD_PASSWORD"), ("attempt", R.randint(2, 5))]
            items = [items[0]] + items[2:]
        elif k == 5:
            items = base + [("logger", "portal.profile"), ("msg", "contact_updated"), ("user", rel["user"], "other_id"),
                            ("changes", [("mobile", fmt_phone(rel["phone"], 3), "phone"), ("street", rel["street"], "address"),
                                         ("city", rel["city"], "address"), ("state", rel["st"]), ("postalCode", rel["zip"], "zip")]
                             + ([("fax", fmt_phone(rel["fax"], 1), "fax")] if R.random() < 0.5 else []))]
        else:
            items = base + [("logger", "portal.messages"), ("msg", "message_posted"), ("from", f"{rel['first']} {rel['last']}", "name"),
                            ("about", full(r), "name"), ("thread", R.randint(10000, 99999)), ("chars", R.randint(20, 900))]
        jobj(L, items, ascii_=R.random() < 0.3)
        return [L]
    k = R.randrange(6)
    if k == 0:
        items = base + [("logger", "portal.mailer"), ("msg", "digest_sent"), ("recipients", R.randint(40, 400)),
                        ("from", f"noreply@{DOMAIN}"), ("template", "weekly_update_v3"), ("durationMs", R.randint(200, 9000))]
    elif k == 1:
        items = base + [("logger", "portal.http"), ("msg", "request"), ("client_ip", f"10.20.0.{R.randint(2, 9)}"), ("path", "/healthz"),
                        ("status", 200), ("ua", "ELB-HealthChecker/2.0"), ("latency_ms", R.randint(1, 15))]
    elif k == 2:
        items = base + [("level", "WARN"), ("logger", "portal.ratelimit"), ("msg", "throttled"), ("route", "/api/v1/login"),
                        ("bucket", "ip"), ("limit", 20), ("window", "60s")]
        items = [items[0]] + items[2:]
    elif k == 3:
        items = base + [("logger", "portal.cdn"), ("msg", "purge_complete"), ("paths", R.randint(1, 40)),
                        ("distribution", "E" + "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(13))), ("requestId", uuid4())]
    elif k == 4:
        items = base + [("logger", "portal.billing"), ("msg", "invoice_batch_generated"), ("count", R.randint(50, 300)),
                        ("period", f"{now():%Y-%m}"), ("support", f"billing@{DOMAIN}"), ("phone", "1-800-555-0199")]
    else:
        items = base + [("logger", "portal.events"), ("msg", "calendar_published"), ("facility", ch(FACS)["key"]),
                        ("events", R.randint(10, 60)), ("week", f"{now():%G}-W{now():%V}"), ("editor", ch(STAFF)["user"])]
    jobj(L, items)
    return [L]


def g_kiosk(phi):
    L = Ln("visitor-kiosk")
    fac = ch(FACS)
    if phi:
        r = pick_res()
        fac = r["fac"]
    L.t(f"[{now():%Y-%m-%d %H:%M:%S}] KIOSK-{fac['code']}-LOBBY{R.randint(1, 2)} ")
    badge = f"V-{R.randint(20000, 29999)}"
    if phi:
        rel = pick_rel(r)
        k = R.choices(range(7), weights=[3, 2, 2, 2, 3, 2, 1])[0]
        if k == 0:
            L.t('INFO SignIn visitor="').p(f"{rel['first']} {rel['last']}", "name").t(f'" relationship={rel["relation"]} resident="')
            L.p(full(r), "name").t(f'" room={r["room"]} phone=').p(fmt_phone(rel["phone"], ch([0, 1, 4])), "phone")
            L.t(f" screening=PASS temp={R.randint(970, 991) / 10:.1f} badge={badge}")
        elif k == 1:
            L.t(f"INFO IDScan state={rel['dl_st']} type=DL number=").p(rel["dl"], "license").t(' name="')
            L.p(fold(f"{rel['last']}, {rel['first']}").upper(), "name").t('" dob=').p(fmt_date(rel["dob"], 1), "date")
            L.t(' address="').p(fold(rel["street"]).upper(), "address").t('" city=').p(rel["city"].upper(), "address")
            L.t(" zip=").p(rel["zip"], "zip")
        elif k == 2:
            L.t(f"DEBUG FaceCapture badge={badge} visitor=").p(f"{rel['first']} {rel['last']}", "name").t(" img=")
            if R.random() < 0.5:
                L.p("data:image/jpeg;base64," + b64_jpeg(R.randint(300, 600)), "photo")
            else:
                L.p(b64_jpeg(R.randint(300, 600)), "photo")
        elif k == 3:
            L.t(f"INFO FaceMatch returning visitor score=0.{R.randint(90, 99)} template=").p(b64_face(R.randint(60, 120)), "biometric")
            L.t(" matched=").p(f"{rel['first']} {rel['last']}", "name")
        elif k == 4:
            L.t('INFO Parking registered plate="').p(rel["plate"], "vehicle").t(f'" state={rel["plate_st"]} badge={badge} visiting=')
            L.p(lf(r), "name")
        elif k == 5:
            L.t("INFO LongTermParking permit issued vin=").p(rel["vin"], "vehicle").t(" holder=").p(f"{rel['first']} {rel['last']}", "name")
            L.t(f" expires={REF.year}-12-31")
        else:
            L.t("INFO PreRegistration from portal email=").p(rel["email"], "email").t(" resident=").p(r["rid"], "mrn")
            L.t(f" slot={now():%H}:30 party={R.randint(1, 4)}")
        return [L]
    k = R.randrange(6)
    if k == 0:
        f, l, co, why = ch(VENDORS)
        L.t(f'INFO SignIn visitor="{f} {l}" company="{co}" purpose="{why}" badge={badge} screening=PASS')
    elif k == 1:
        L.t(f"INFO SignOut badge={badge} duration=0{R.randint(0, 3)}:{R.randint(10, 59)}:{R.randint(10, 59)}")
    elif k == 2:
        L.t(f"WARN BadgePrinter DYMO LW-550 labels_remaining={R.randint(0, 20)} serial=LW550-{digits(8)}")
    elif k == 3:
        L.t(f"INFO Sync visitor-svc https://visitors.{DOMAIN}/api/v1/sync ok records={R.randint(0, 40)} took={R.randint(40, 900)}ms")
    elif k == 4:
        L.t(f"INFO ScreeningQuestionnaire v4 loaded locale={ch(['en-US', 'es-US', 'pl-PL', 'vi-VN'])} questions=6")
    else:
        L.t(f"INFO Reception desk coverage: {ch(STAFF)['first']} {ch(STAFF)['last']} until {R.randint(15, 21)}:00, front desk x{R.randint(4100, 4199)}")
    return [L]


def hl7_parts(r, evt, rel):
    """Return list of (text, cat) for an ADT message (segments joined by '\r' later)."""
    fac = r["fac"]
    d = doc()
    t = now()
    ctrl = f"{fac['code']}{t:%Y%m%d%H%M%S}{R.randint(100, 999)}"
    segs = []
    segs.append([(f"MSH|^~\\&|CCLTC|{fac['key']}|RXSYS|BUCKEYE_LTC|{t:%Y%m%d%H%M%S}||ADT^{evt}^ADT_{evt}|{ctrl}|P|2.5.1", None)])
    segs.append([(f"EVN|{evt}|{t:%Y%m%d%H%M%S}", None)])
    pid = [("PID|1||", None), (r["rid"], "mrn"), (f"^^^{fac['key']}^MR~", None), (r["ssn"], "ssn"), ("^^^SSA^SS||", None),
           (fold(f"{r['last']}^{r['first']}").upper(), "name"), ("||", None), (fmt_date(r["dob"], 2), "date"),
           (f"|{r['sex']}|||", None), (fold(r["street"]).upper(), "address"), ("^^", None), (r["city"].upper(), "address"),
           ("^OH^", None), (r["zip"], "zip"), ("^USA||", None)]
    if evt == "A03" and "death" in r:
        death = r["death"]
        pid += [("|" * (29 - 12), None), (f"{death:%Y%m%d%H%M}", "date"), ("|Y", None)]
        disp = "20"
    else:
        death = None
        disp = ch(["01", "02", "03", "06"])
    segs.append(pid)
    if rel is not None:
        segs.append([("NK1|1|", None), (fold(f"{rel['last']}^{rel['first']}").upper(), "name"),
                     (f"|{rel['relation'][:3].upper()}^{rel['relation']}^HL70063|", None),
                     (fold(rel["street"]).upper(), "address"), ("^^", None), (rel["city"].upper(), "address"),
                     (f"^{rel['st']}^", None), (rel["zip"], "zip"), ("|", None), (fmt_phone(rel["phone"], 0), "phone")])
    pv1 = [(f"PV1|1|I|{r['unit'][:2].strip()}^{r['room']}^{r['bed']}^{fac['key']}||||{d['npi']}^{d['last'].upper()}^{d['first'].upper()}^^^DR", None)]
    pv1 += [("|" * (36 - 7) + disp + "|" * (44 - 36), None), (fmt_date(r["admit"], 2), "date")]
    if evt == "A03":
        dc = death if death else t - dt.timedelta(minutes=R.randint(5, 90))
        pv1 += [("|", None), (f"{dc:%Y%m%d%H%M}", "date")]
    segs.append(pv1)
    segs.append([("IN1|1|MCR|CMS|MEDICARE" + "|" * (36 - 4), None), (r["mbi"], "health_plan")])
    return segs


def g_hl7(phi):
    fam = "hl7-adt"
    fac = ch(FACS[:2])
    if phi:
        evt = ch(["A03", "A03", "A08", "A01"])
        r = pick_dead() if (evt == "A03" and R.random() < 0.5) else pick_res("SNF")
        fac = r["fac"]
        rel = pick_rel(r) if R.random() < 0.6 else None
        segs = hl7_parts(r, evt, rel)
        L = Ln(fam)
        if R.random() < 0.5:
            # JSON log line of interface engine, message escaped with \r
            L.t(f'{{"ts":"{ts_off()}","level":"INFO","channel":"ADT_OUT_{fac["code"]}","dest":"BUCKEYE_LTC_RX","event":"sent","message":"')
            for i, seg in enumerate(segs):
                if i:
                    L.t("\\r")
                for text, cat in seg:
                    enc = jenc(text)[1:-1]
                    L.p(enc, cat) if cat else L.t(enc)
            L.t('"}')
        else:
            L.t(f"{ts_log4j()} INFO  [ADT_OUT_{fac['code']} < Dispatcher Thread {R.randint(1, 6)}] c.m.s.c.DonkeyEngineController - Sent: ")
            for i, seg in enumerate(segs):
                if i:
                    L.t("<CR>")
                for text, cat in seg:
                    L.p(text, cat) if cat else L.t(text)
        return [L]
    L = Ln(fam)
    t = now()
    ctrl = f"{fac['code']}{t:%Y%m%d%H%M%S}{R.randint(100, 999)}"
    k = R.randrange(4)
    if k == 0:
        L.t(f"{ts_log4j()} INFO  [ADT_OUT_{fac['code']} < Dispatcher Thread {R.randint(1, 6)}] c.m.s.c.DonkeyEngineController - "
            f"Received ACK: MSH|^~\\&|RXSYS|BUCKEYE_LTC|CCLTC|{fac['key']}|{t:%Y%m%d%H%M%S}||ACK^A03^ACK|ACK{ctrl}|P|2.5.1<CR>MSA|AA|{ctrl}")
    elif k == 1:
        L.t(f'{{"ts":"{ts_off()}","level":"WARN","channel":"ADT_OUT_{fac["code"]}","dest":"BUCKEYE_LTC_RX","event":"retry",'
            f'"attempt":{R.randint(1, 5)},"error":"java.net.SocketTimeoutException: Read timed out","host":"10.60.4.{R.randint(2, 40)}","port":6661}}')
    elif k == 2:
        L.t(f"{ts_log4j()} INFO  [Main Server Thread] c.m.s.c.ChannelController - Channel ADT_OUT_{fac['code']} deployed, "
            f"queued={R.randint(0, 30)} errored={R.randint(0, 3)} version=4.5.{R.randint(0, 2)}")
    else:
        L.t(f'{{"ts":"{ts_off()}","level":"INFO","channel":"LAB_IN_{fac["code"]}","event":"filtered","reason":"non-resident encounter",'
            f'"controlId":"LAB{t:%Y%m%d}{R.randint(100000, 999999)}","msgType":"ORU^R01"}}')
    return [L]


def g_notify(phi):
    L = Ln("notify")
    L.t(f"{ts_dot()} [notif-worker-{R.randint(1, 4)}] ")
    if phi:
        k = R.choices(range(7), weights=[2, 2, 2, 3, 1, 1, 2])[0]
        r = pick_dead() if k in (0, 1, 4, 5) else pick_res()
        rel = pick_rel(r)
        death = r.get("death")
        if k == 0:
            L.t(f"INFO  NotificationDispatcher - type=RESIDENT_EXPIRED resident=").p(r["rid"], "mrn")
            L.t(f" channel=SMS to=").p(fmt_phone(rel["phone"], 3), "phone").t(" template=death_family_v2 status=QUEUED")
        elif k == 1:
            L.t('INFO  NotificationDispatcher - rendered body="We are deeply sorry to share that ').p(full(r), "name")
            L.t(" passed away peacefully on ").p(fmt_date(death.date(), 4), "date").t(f" at {death:%I:%M %p}")
            if R.random() < 0.5:
                L.t(" at the age of ")
                L.p(age_words(r["age"]), "age") if r["age"] > 89 else L.t(str(r["age"]))
            else:
                put_age(L, r["age"], ", aged ")
            L.t('." to=').p(rel["email"], "email")
            if R.random() < 0.6:
                L.t(" obituary_link=").p(f"https://www.hartleyfuneral.example/obituaries/{slug(r)}-{r['dob'].year}-2024", "url")
        elif k == 2:
            dcd = REF + dt.timedelta(days=R.randint(0, 5))
            L.t("INFO  DischargeNotifier - type=DISCHARGE_PLANNED resident=").p(r["rid"], "mrn").t(" dc_date=").p(fmt_date(dcd, 0), "date")
            L.t(' dest="Home with family: ').p(rel["street"], "address").t(", ").p(rel["city"], "address").t(f" {rel['st']} ")
            L.p(rel["zip"], "zip").t('" ombudsman_notice=true')
        elif k == 3:
            L.t("INFO  FaxGateway - Discharge summary for ").p(lf(r), "name").t(" faxed to POA ").p(f"{rel['first']} {rel['last']}", "name")
            L.t(" fax=").p(fmt_phone(rel["fax"], 1), "fax").t(f" pages={R.randint(2, 14)} jobId=FX{R.randint(100000, 999999)} from={fmt_phone(r['fac']['fax'], 1)}")
        elif k == 4:
            L.t("INFO  DeathRecordService - EDRS case submitted decedent=").p(lf(r, True, True), "name")
            L.t(" dod=").p(fmt_date(death.date(), 1), "date").t(" certNo=").p(f"2024-{R.randint(10000, 99999):06d}", "other_id")
            L.t(f' funeralHome="Hartley & Sons Funeral Home" fhPhone=(614) 555-0160')
        elif k == 5:
            L.t("WARN  DeathRecordService - Coroner notification required (unattended) case=").p(f"FCCO-24-{R.randint(1000, 9999)}", "other_id")
            L.t(" decedent=").p(full(r), "name").t(" dob=").p(fmt_date(r["dob"], 0), "date")
        else:
            L.t("INFO  NotificationDispatcher - type=HOSPITAL_TRANSFER resident=").p(r["rid"], "mrn").t(" notify=").p(f"{rel['first']} {rel['last']}", "name")
            L.t(" via=VOICE number=").p(fmt_phone(rel["phone"], 2), "phone").t(f" attempts={R.randint(1, 3)} result={ch(['ANSWERED', 'VOICEMAIL', 'NO_ANSWER'])}")
        return [L]
    k = R.randrange(6)
    if k == 0:
        L.t(f"INFO  NotificationDispatcher - heartbeat queue_depth={R.randint(0, 12)} sent_last_min={R.randint(0, 9)} failed={R.randint(0, 1)}")
    elif k == 1:
        L.t(f"INFO  SmtpSender - 250 2.0.0 Ok: queued as {hexid(10).upper()} msgId=<{now():%Y%m%d%H%M%S}.{hexid(6)}@mx.{DOMAIN}> from=noreply@{DOMAIN}")
    elif k == 2:
        L.t(f"INFO  TemplateRegistry - Loaded template death_family_v2 rev={R.randint(10, 20)} locales=en,es,pl,vi")
    elif k == 3:
        L.t(f"WARN  SmsGateway - Twilio responded 429 Too Many Requests; backing off {R.randint(2, 30)}s (account sid AC{hexid(32)})")
    elif k == 4:
        L.t(f"INFO  FaxGateway - Line status OK line=2 number={fmt_phone(ch(FACS)['fax'], 0)} pagesToday={R.randint(0, 300)}")
    else:
        L.t(f"INFO  DischargeNotifier - Nightly reconciliation: {R.randint(0, 6)} planned discharges, {R.randint(0, 3)} expirations, ombudsman report OMB-{now():%Y%m}-{R.randint(1, 9)} sent")
    return [L]


CF_BATCH = {}


def g_cyclefill(phi):
    L = Ln("cyclefill")
    fac = ch(FACS)
    if phi:
        r = pick_res()
        fac = r["fac"]
    batch = CF_BATCH.setdefault(fac["code"], f"CF-{fac['code']}-{(REF + dt.timedelta(days=2)):%y%m%d}-A")
    rph = ch(RPH)
    fill = REF + dt.timedelta(days=1)
    med, _ = ch(MEDS)
    if phi:
        k = R.choices(range(4), weights=[3, 1, 3, 1])[0]
        if k == 0:
            L.t(f"FILL|{batch}|{fac['stid']}|").p(r["rid"], "mrn").t("|").p(lf(r, True, True), "name").t("|DOB ").p(fmt_date(r["dob"], 1), "date")
            put_age(L, r["age"], "|AGE ")
            L.t(f"|RX {R.randint(4000000, 4999999)}|NDC {digits(5)}-{digits(4)}-{digits(2)}|QTY {ch([7, 14, 28, 30])}|FILL ").p(fmt_date(fill, 1), "date")
            L.t(f"|PKG {ch(['BLISTER', 'STRIP', 'VIAL'])}|RPH {fold(rph[1]).upper()}")
        elif k == 1:
            L.t(f"HOLD|{batch}|{fac['stid']}|").p(r["rid"], "mrn").t("|").p(lf(r, True, True), "name")
            L.t(f"|reason=PART D REJECT 65 Patient Not Covered|BIN 610014|PCN MEDDPRIME|GRP PDP{digits(4)}|ID ").p(r["partd"], "health_plan")
        elif k == 2:
            L.t(f"{ts_log4j()} INFO  [cyclefill] Label printed tote=T-{r['unit'][:2]}-{R.randint(1, 9):02d} for ").p(full(r), "name")
            st = R.randrange(3)
            if st == 0:
                put_age(L, r["age"], " (", "Y)")
            elif st == 1:
                put_age(L, r["age"], ", ", " y.o.")
            else:
                put_age(L, r["age"], " age:", "")
            L.t(f" room {r['room']}{r['bed']} cards={R.randint(3, 14)}")
        else:
            L.t(f"BILL|{batch}|{fac['stid']}|").p(r["rid"], "mrn").t("|PAYER MEDICAID|MCD ID ").p(r["mcd"], "health_plan")
            L.t(f"|SUPP ").p(r["supp"], "health_plan").t(f"|COPAY 0.00|CLAIMS {R.randint(3, 14)}")
        return [L]
    k = R.randrange(6)
    if k == 0:
        L.t(f"{ts_log4j()} INFO  [cyclefill] Batch {batch} started facility={fac['stid']} cycle=7-day start={(REF + dt.timedelta(days=2)):%Y-%m-%d} "
            f"residents={R.randint(40, 118)} rx={R.randint(300, 1400)}")
    elif k == 1:
        L.t(f"{ts_log4j()} WARN  [pacmed-02] Canister {R.randint(100, 400)} empty NDC {digits(5)}-{digits(4)}-{digits(2)} ({med}) - robot paused {R.randint(10, 400)}s")
    elif k == 2:
        L.t(f"{ts_log4j()} INFO  [cyclefill] Tote T-{ch(['2W', '3E', 'ME', '1E', 'AS'])}-{R.randint(1, 9):02d} sealed cards={R.randint(10, 60)} verifiedBy={fold(rph[1]).upper()}")
    elif k == 3:
        L.t(f"SUMMARY|{batch}|{fac['stid']}|FILLED {R.randint(300, 1200)}|HELD {R.randint(0, 20)}|OOS {R.randint(0, 9)}|ELAPSED {R.randint(1, 4)}h{R.randint(10, 59)}m")
    elif k == 4:
        L.t(f"{ts_log4j()} INFO  [cyclefill] Manifest emailed to pharmacy-ops@buckeyeltcrx.com and don@{DOMAIN} (fax fallback {fmt_phone('6145550177', 0)})")
    else:
        L.t(f"{ts_log4j()} ERROR [cyclefill] NDC {digits(5)}-{digits(4)}-{digits(2)} not in formulary for {fac['stid']}; substitution request SUB-{R.randint(10000, 99999)} opened")
    return [L]


FAMILIES = [(g_mds_xml, 8), (g_mds_fvr, 6), (g_catalina, 7), (g_access, 9), (g_ehr, 12), (g_cabinet, 9), (g_emar, 9),
            (g_wander, 7), (g_nursecall, 8), (g_portal, 11), (g_kiosk, 10), (g_hl7, 5), (g_notify, 7), (g_cyclefill, 7)]


def main():
    rows = []
    phi_n = 0
    funcs = [f for f, _ in FAMILIES]
    weights = [w for _, w in FAMILIES]
    while len(rows) < N_LINES:
        remaining = N_LINES - len(rows)
        want = R.random() < (TARGET_PHI - phi_n) / remaining
        tick()
        g = R.choices(funcs, weights=weights)[0]
        for ln in g(want):
            if len(rows) >= N_LINES:
                break
            data, spans = build(ln)
            if spans:
                phi_n += 1
            rows.append((data, ln.fam, spans))
    with open(os.path.join(HERE, f"{ID}.log"), "wb") as f:
        for data, _, _ in rows:
            f.write(data + b"\n")
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (data, fam, spans) in enumerate(rows, 1):
            f.write(json.dumps({"line": i, "family": fam, "spans": spans}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
