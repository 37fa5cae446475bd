#!/usr/bin/env python3
"""Deterministic generator of a synthetic children's-hospital log corpus with PHI labels.

Writes fo.log and fo.labels.jsonl next to this file. Standard library only.
All people, numbers and addresses are invented.
"""
import base64
import datetime as dt
import json
import os
import random

random.seed(181842)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500

# ---------------------------------------------------------------------------
# line builder with byte offsets
# ---------------------------------------------------------------------------


class L:
    def __init__(self, family):
        self.family = family
        self.parts = []
        self.spans = []
        self.n = 0

    def t(self, s):
        b = s.encode("utf-8")
        self.parts.append(b)
        self.n += len(b)
        return self

    def p(self, s, cat):
        if cat is None:
            return self.t(s)
        b = s.encode("utf-8")
        st = self.n
        self.parts.append(b)
        self.n += len(b)
        if b:
            self.spans.append((st, self.n, cat, b))
        return self

    def build(self):
        line = b"".join(self.parts)
        assert b"\n" not in line and b"\r" not in line, line
        assert len(line) <= 4000, len(line)
        last = -1
        for s, e, c, b in self.spans:
            assert line[s:e] == b, (line, s, e, b)
            assert s >= last, "overlap"
            last = e
        return line, [{"s": s, "e": e, "cat": c} for s, e, c, b in self.spans]


OUT = []  # list of (bytes, spans, family)


def emit(l):
    line, spans = l.build()
    OUT.append((line, spans, l.family))


# ---------------------------------------------------------------------------
# JSON helpers (build by concatenation so offsets are exact)
# ---------------------------------------------------------------------------


class O:
    def __init__(self, *items):
        self.items = items  # (key, value, cat)


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jval(l, v, cat=None, sep=(",", ":")):
    if isinstance(v, O):
        l.t("{")
        for i, it in enumerate(v.items):
            k, val = it[0], it[1]
            c = it[2] if len(it) > 2 else None
            if i:
                l.t(sep[0])
            l.t('"' + jesc(k) + '"' + sep[1])
            jval(l, val, c, sep)
        l.t("}")
    elif isinstance(v, list):
        l.t("[")
        for i, it in enumerate(v):
            if i:
                l.t(sep[0])
            if isinstance(it, tuple):
                jval(l, it[0], it[1], sep)
            else:
                jval(l, it, None, sep)
        l.t("]")
    elif isinstance(v, str):
        l.t('"')
        l.p(jesc(v), cat)
        l.t('"')
    elif v is None:
        l.t("null")
    elif isinstance(v, bool):
        l.t("true" if v else "false")
    else:
        l.p(json.dumps(v), cat)


# ---------------------------------------------------------------------------
# check digits
# ---------------------------------------------------------------------------


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


def luhn_full(body):
    return body + luhn_digit(body)


def gtin_check(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return body + str((10 - total % 10) % 10)


VIN_MAP = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
           "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def make_vin(wmi, vds, year_code, plant):
    serial = "".join(random.choice("0123456789") for _ in range(6))
    v = wmi + vds + "0" + year_code + plant + serial
    assert len(v) == 17
    tot = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    r = tot % 11
    cd = "X" if r == 10 else str(r)
    return v[:8] + cd + v[9:]


# ---------------------------------------------------------------------------
# clock (system timestamps: never labeled)
# ---------------------------------------------------------------------------

CLOCK = [dt.datetime(2024, 3, 14, 5, 52, 7, 118000)]
TZ = dt.timedelta(hours=-5)  # CDT


def tick(lo=1, hi=45):
    CLOCK[0] += dt.timedelta(seconds=random.randint(lo, hi), milliseconds=random.randint(0, 999))
    return CLOCK[0]


def ts_logback(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)


def ts_serilog(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000) + " -05:00"


def ts_iso_z(t):
    u = t - TZ
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (u.microsecond // 1000) + "Z"


def ts_hl7(t):
    return t.strftime("%Y%m%d%H%M%S")


def ts_syslog(t):
    return "%s %2d %s" % (t.strftime("%b"), t.day, t.strftime("%H:%M:%S"))


# ---------------------------------------------------------------------------
# synthetic people
# ---------------------------------------------------------------------------

SURNAMES = ["Garcia", "Nguyen", "Okafor", "Haddad", "Kowalski", "Yamamoto", "Patel", "Oyelaran",
            "Fernández", "Müller", "Abernathy", "Rahimi", "Petrov", "Mensah", "Castillo",
            "Lindqvist", "O'Connell", "Tran", "Begay", "Chukwu", "Hernández", "Ishikawa",
            "Delacroix", "Bui", "Novak", "Al-Sayed", "Kealoha", "Szabo", "Achterberg", "Dlamini",
            "Whitehorse", "Quispe", "Kaur", "Yılmaz"]
MOM_FIRST = ["Maria", "Thu", "Chiamaka", "Layla", "Agnieszka", "Yuki", "Priya", "Folake", "Lucía",
             "Sabine", "Brittany", "Shirin", "Irina", "Akosua", "Rosa", "Ingrid", "Siobhan", "Linh",
             "Naomi", "Adaeze", "Guadalupe", "Emi", "Colette", "Hoa", "Jana", "Fatima", "Leilani",
             "Zsófia", "Marieke", "Thandiwe", "Winona", "Yesenia", "Harpreet", "Elif"]
DAD_FIRST = ["José", "Minh", "Emeka", "Karim", "Tomasz", "Kenji", "Rajesh", "Tunde", "Diego", "Jonas",
             "Kyle", "Reza", "Dmitri", "Kwame", "Marcus", "Anders", "Declan", "Quang", "Obinna",
             "Ahmad", "Kai", "Bence", "Pieter", "Sipho", "Tyrell", "Mateus"]
KID_FIRST = ["Amara", "Mateo", "Leo", "Zainab", "Aiyana", "Ren", "Sofia", "Elijah", "Chidi", "Noor",
             "Kalani", "Oskar", "Anaya", "Isabela", "Tobenna", "Mei", "Santiago", "Freya", "Yusuf",
             "Ximena", "Bao", "Nia", "Ezra", "Imani", "Lukas", "Soraya", "Dante", "Hana", "Kofi", "Elsa"]
GRAND_FIRST = ["Dolores", "Bich", "Ngozi", "Samira", "Halina", "Fumiko", "Savitri", "Esperanza",
               "Gertrud", "Loretta", "Parvin", "Valentina", "Abena"]
STREETS = ["W Elm St", "N Kedzie Ave", "S Halsted St", "Maple Ridge Dr", "E 87th Pl", "Orchard Ln",
           "W Belmont Ave", "Prairie Crossing Rd", "N Lincoln Ave", "Cottonwood Ct", "S Pulaski Rd",
           "Briarwood Cir", "W Devon Ave", "Fox River Trl", "Lakeview Ter", "E Ogden Ave",
           "Wildflower Way", "N Sheridan Rd", "Juniper St", "S Cicero Ave"]
CITIES = [("Aurora", "605"), ("Chicago", "606"), ("Naperville", "605"), ("Joliet", "604"),
          ("Evanston", "602"), ("Cicero", "608"), ("Oak Park", "603"), ("Waukegan", "600"),
          ("Elgin", "601"), ("Berwyn", "604"), ("Skokie", "600"), ("Harvey", "604"),
          ("Bolingbrook", "604"), ("Des Plaines", "600"), ("Gary", "464"), ("Kenosha", "531")]
AREAS = ["312", "773", "630", "847", "708", "815", "872", "219", "262"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "proton.me"]

STAFF = [("Keiko", "Tanaka", "RN", "TANAKAK"), ("Oluwaseun", "Adeyemi", "MD", "ADEYEMIO"),
         ("Megan", "Pruitt", "CCLS", "PRUITTM"), ("Rafael", "Ocampo", "MD", "OCAMPOR"),
         ("Hannah", "Whitlock", "IBCLC", "WHITLOCH"), ("Sung-min", "Cho", "PharmD", "CHOSM"),
         ("Bridget", "Fairweather", "NNP", "FAIRWEAB"), ("Anjali", "Venkataraman", "MD", "VENKATAA"),
         ("Tomás", "Arriaga", "RN", "ARRIAGAT"), ("Grace", "Mwangi", "RN", "MWANGIG"),
         ("Derek", "Holloway", "RRT", "HOLLOWAD"), ("Ilse", "Vandermeer", "LCSW", "VANDERMI"),
         ("Pooja", "Raghavan", "PharmD", "RAGHAVAP"), ("Curtis", "Lam", "Unit Clerk", "LAMC")]
STAFF_NPI = {s[3]: "1" + "".join(random.choice("0123456789") for _ in range(8)) for s in STAFF}
STAFF_E = {s[3]: "E%05d" % random.randint(10000, 99999) for s in STAFF}

USED = set()


def uniq(fn):
    while True:
        v = fn()
        if v not in USED:
            USED.add(v)
            return v


def digits(n):
    return "".join(random.choice("0123456789") for _ in range(n))


def mk_mrn():
    return uniq(lambda: random.choice(["10", "11", "12"]) + digits(6))


def mk_epic_id():
    return uniq(lambda: "Z" + digits(7))


def mk_phone(style=0):
    a = random.choice(AREAS)
    x = "%02d" % random.randint(0, 99)
    if style == 0:
        return "(%s) 555-01%s" % (a, x)
    if style == 1:
        return "%s-555-01%s" % (a, x)
    if style == 2:
        return "+1%s55501%s" % (a, x)
    if style == 3:
        return "(%s)555-01%s" % (a, x)
    return "%s.555.01%s" % (a, x)


def mk_ssn():
    while True:
        a = random.randint(1, 665)
        if a not in (0, 666):
            break
    return "%03d-%02d-%04d" % (a, random.randint(1, 99), random.randint(1, 9999))


def mk_addr():
    city, zp = random.choice(CITIES)
    st = "%d %s" % (random.randint(100, 9899), random.choice(STREETS))
    return {"street": st, "city": city, "zip": zp + "%02d" % random.randint(1, 60),
            "state": "WI" if city == "Kenosha" else ("IN" if city == "Gary" else "IL")}


def ascii_fold(s):
    tbl = str.maketrans("áéíóúüöÁÉÍÓÚÜÖőŐıİçÇñÑ'", "aeiouuoAEIOUUOoOiIcCnN ")
    return s.translate(tbl).replace(" ", "")


def mk_email(first, last):
    f, l_ = ascii_fold(first).lower(), ascii_fold(last).lower().replace("-", "")
    pat = random.choice(["{f}.{l}{n}", "{f}{l}", "{f0}{l}{n}", "{l}.{f}", "{f}_{l}{n}", "mama.{f}{n}"])
    return pat.format(f=f, l=l_, f0=f[0], n=random.randint(1, 99)) + "@" + random.choice(EMAIL_DOM)


def mk_user(first, last):
    f, l_ = ascii_fold(first).lower(), ascii_fold(last).lower().replace("-", "")
    return random.choice(["{f}{l}{n}", "{f0}{l}_{n}", "{l}fam{n}", "{f}.{l}"]).format(
        f=f, l=l_, f0=f[0], n=random.randint(1, 999))


def mk_public_ip():
    first = random.choice([24, 50, 67, 68, 71, 73, 76, 98, 99, 104, 107, 162, 174, 184, 198, 203])
    if first == 198:
        return "198.51.100.%d" % random.randint(2, 254)
    if first == 203:
        return "203.0.113.%d" % random.randint(2, 254)
    return "%d.%d.%d.%d" % (first, random.randint(0, 255), random.randint(0, 255), random.randint(2, 254))


def mk_private_ip():
    return random.choice(["10.%d.%d.%d" % (random.randint(0, 40), random.randint(0, 255), random.randint(2, 254)),
                          "172.%d.%d.%d" % (random.randint(16, 31), random.randint(0, 255), random.randint(2, 254)),
                          "192.168.%d.%d" % (random.randint(0, 20), random.randint(2, 254))])


def mk_medicaid():
    return uniq(lambda: random.choice(["", "", "IL"]) + digits(9))


def mk_member():
    return uniq(lambda: random.choice(["XOF", "ZGP", "HCS", "XOD", "MCL"]) + digits(9))


HOSP_DAYS = [dt.date(2024, 2, 26) + dt.timedelta(days=i) for i in range(16)]  # births up to 03/12
KID_ADM_DAYS = [dt.date(2024, 2, 5) + dt.timedelta(days=i) for i in range(30)]


def mk_family(i):
    last = SURNAMES[i % len(SURNAMES)]
    mom_first = MOM_FIRST[i % len(MOM_FIRST)]
    mom_dob = dt.date(random.randint(1984, 2005), random.randint(1, 12), random.randint(1, 28))
    dad_last = last if random.random() < 0.6 else random.choice(SURNAMES)
    fam = {
        "last": last,
        "mom_first": mom_first,
        "mom_mrn": mk_mrn(),
        "mom_dob": mom_dob,
        "mom_phone": mk_phone(random.randint(0, 4)),
        "mom_phone2": mk_phone(1),
        "mom_email": mk_email(mom_first, last),
        "mom_user": mk_user(mom_first, last),
        "mom_ip": mk_public_ip(),
        "mom_ssn": mk_ssn(),
        "addr": mk_addr(),
        "plan": ("medicaid", mk_medicaid()) if random.random() < 0.55 else ("commercial", mk_member()),
        "dad_first": DAD_FIRST[i % len(DAD_FIRST)],
        "dad_last": dad_last,
        "dad_phone": mk_phone(random.randint(0, 4)),
        "dad_email": mk_email(DAD_FIRST[i % len(DAD_FIRST)], dad_last),
        "dad_dl": uniq(lambda: random.choice("ABCDGHKMNOPRSTW") + digits(11)),
        "plate": uniq(lambda: random.choice([digits(3) + " " + digits(4), "CV " + digits(5),
                                             random.choice("ABDEFGHJKLMNPRSTVWXY") + random.choice("ABDEFGHJKLMNPRSTVWXY") + " " + digits(5)])),
        "har": uniq(lambda: "60" + digits(8)),
        "babies": [],
    }
    twins = random.random() < 0.25
    nb = 2 if twins else 1
    sexes = [random.choice("FM") for _ in range(nb)]
    born = dt.datetime.combine(random.choice(HOSP_DAYS), dt.time(random.randint(0, 23), random.randint(0, 59)))
    style = random.choice(["BABYGIRL", "BB"])
    for k in range(nb):
        sex = sexes[k]
        letter = "AB"[k] if twins else ""
        if style == "BABYGIRL":
            tf = ("BABYGIRL" if sex == "F" else "BABYBOY") + (" " + letter if letter else "")
        else:
            tf = "BB " + ("GIRL" if sex == "F" else "BOY") + (" " + letter if letter else "")
        ga_w = random.randint(24, 39)
        ga_d = random.randint(0, 6)
        wt = int(400 + (ga_w - 22) * 165 + random.randint(-150, 150))
        b = {
            "sex": sex,
            "twin": letter,
            "temp_first": tf,
            "real_first": KID_FIRST[(i * 2 + k) % len(KID_FIRST)],
            "mrn": mk_mrn(),
            "epic": mk_epic_id(),
            "dob": born + dt.timedelta(minutes=k * random.randint(1, 9)),
            "wt": wt,
            "ga": "%dw%dd" % (ga_w, ga_d),
            "apgar1": random.randint(2, 8),
            "apgar5": random.randint(5, 9),
            "pod": random.randint(1, 6),
            "bed": random.randint(1, 24),
            "nbs": uniq(lambda: "24" + digits(8)),
            "named": random.random() < 0.5,
        }
        fam["babies"].append(b)
    return fam


def mk_child(i):
    last = SURNAMES[(i * 7 + 3) % len(SURNAMES)]
    first = KID_FIRST[(i * 5 + 11) % len(KID_FIRST)]
    dob = dt.date(random.randint(2008, 2022), random.randint(1, 12), random.randint(1, 28))
    g_rel = random.choice(["Mother", "Mother", "Father", "Grandmother", "Legal Guardian", "Foster Parent", "Aunt"])
    g_first = random.choice({"Mother": MOM_FIRST, "Aunt": MOM_FIRST, "Grandmother": GRAND_FIRST,
                             "Father": DAD_FIRST}.get(g_rel, MOM_FIRST + DAD_FIRST))
    g_last = last if random.random() < 0.75 else random.choice(SURNAMES)
    adm = random.choice(KID_ADM_DAYS)
    c = {
        "first": first, "last": last, "mrn": mk_mrn(), "epic": mk_epic_id(), "dob": dob,
        "g_first": g_first, "g_last": g_last,
        "g_rel": g_rel,
        "g_phone": mk_phone(random.randint(0, 4)), "g_email": mk_email(g_first, g_last),
        "g_user": mk_user(g_first, g_last), "g_ip": mk_public_ip(),
        "addr": mk_addr(),
        "plan": ("medicaid", mk_medicaid()) if random.random() < 0.6 else ("commercial", mk_member()),
        "adm": adm, "dis": min(adm + dt.timedelta(days=random.randint(2, 19)), dt.date(2024, 3, 13)),
        "wt_kg": round(random.uniform(9.5, 62.0), 1),
        "case": uniq(lambda: random.choice(["2023-JD-", "2024-JA-", "DCFS#", "2022-DN-"]) + digits(6)),
        "restricted": (random.choice(DAD_FIRST + MOM_FIRST), random.choice(SURNAMES)),
        "iis": uniq(lambda: digits(10)),
        "pump": uniq(lambda: random.choice(["NG", "PAI", "HS"]) + digits(7)),
        "lic": None,
    }
    return c


FAMS = [mk_family(i) for i in range(30)]
KIDS = [mk_child(i) for i in range(18)]
BABIES = [(f, b) for f in FAMS for b in f["babies"]]


def baby_temp_display(f, b, style=None):
    """hospital temp name as shown by various systems"""
    style = style or random.choice(["disp", "disp", "twin"])
    if style == "twin" and b["twin"]:
        return "Twin %s %s" % (b["twin"], f["last"])
    if style == "lower":
        return "%s %s" % (b["temp_first"].title(), f["last"])
    return "%s %s" % (b["temp_first"], f["last"].upper())


def baby_name(f, b):
    if b["named"] and random.random() < 0.6:
        return "%s %s" % (b["real_first"], f["last"])
    return baby_temp_display(f, b)


def mdy(d):
    return d.strftime("%m/%d/%Y")


def staff():
    return random.choice(STAFF)


def staff_disp(s):
    return "%s %s, %s" % (s[0], s[1], s[2])


def rand_hex(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = rand_hex(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], random.choice("89ab"), h[17:20], h[20:32])


def ctl_id():
    return digits(random.choice([10, 12]))


# ---------------------------------------------------------------------------
# HL7 helpers
# ---------------------------------------------------------------------------


def hl7_prefix(l, chan, direction="RCV"):
    t = tick(0, 2)
    l.t("%s INFO  [%s] %s " % (ts_logback(t), chan, direction))


def hl7_seg(l, fields):
    """fields: list where each field is str or list of (text, cat)"""
    for i, f in enumerate(fields):
        if i:
            l.t("|")
        if isinstance(f, str):
            l.t(f)
        else:
            for piece in f:
                if isinstance(piece, str):
                    l.t(piece)
                else:
                    l.p(piece[0], piece[1])


def hl7_name(last, first, extra="^^^^L"):
    return [(last.upper(), "name"), "^", (first.upper(), "name"), extra]


def hl7_name_one(last, first, extra="^^^^L"):
    return [(last.upper() + "^" + first.upper(), "name"), extra]


def hl7_addr(a):
    return [(a["street"].upper(), "address"), "^^", (a["city"].upper(), "address"), "^" + a["state"] + "^",
            (a["zip"], "zip"), "^USA^H"]


def msh(l, msgtype, sending, receiving, t):
    ctl = ctl_id()
    hl7_seg(l, ["MSH", "^~\\&", sending, "LCH", receiving, "LCH", ts_hl7(t), "", msgtype, ctl, "P", "2.5.1"])
    return ctl


def nbtime(d):
    return d.strftime("%Y%m%d%H%M")


# ---------------------------------------------------------------------------
# PHI-bearing event generators
# ---------------------------------------------------------------------------


def ev_adt_newborn():
    f, b = random.choice(BABIES)
    chan = random.choice(["ADT_EPIC_IN", "ADT_NB_REG", "EPIC_ADT_TO_PICIX"])
    t = tick(5, 60)
    evt = random.choice(["ADT^A04^ADT_A01", "ADT^A01^ADT_A01", "ADT^A28^ADT_A05"])
    l = L("hl7-adt")
    hl7_prefix(l, chan)
    ctl = msh(l, evt, "EPICADT", "PICIX", t)
    emit(l)
    l = L("hl7-adt")
    hl7_prefix(l, chan)
    hl7_seg(l, ["EVN", evt.split("^")[1], ts_hl7(t), "", "", STAFF_E[staff()[3]]])
    emit(l)
    # PID
    l = L("hl7-adt")
    hl7_prefix(l, chan)
    pid3 = [(b["mrn"], "mrn"), "^^^LCH^MR~", (b["epic"], "mrn"), "^^^EPI^PI"]
    tf = b["temp_first"]
    name = [(f["last"].upper(), "name"), "^", (tf, "name"), "^^^^^L"] if random.random() < 0.5 else \
        [(f["last"].upper() + "^" + tf, "name"), "^^^^^L"]
    mom_maiden = [(f["last"].upper(), "name"), "^", (f["mom_first"].upper(), "name")]
    fields = ["PID", "1", "", pid3, "", name, mom_maiden, [(nbtime(b["dob"]), "date")], b["sex"], "", "",
              hl7_addr(f["addr"]), "", [(f["mom_phone"], "phone"), "^PRN^PH"], "", "", "", "",
              [(f["har"], "account")], "", "", [(f["mom_mrn"], "mrn"), "^^^LCH^MR"], "", "",
              "Y" if b["twin"] else "N", ("1" if b["twin"] == "A" else "2") if b["twin"] else ""]
    hl7_seg(l, fields)
    emit(l)
    # NK1 mother
    l = L("hl7-adt")
    hl7_prefix(l, chan)
    nk1 = ["NK1", "1", hl7_name(f["last"], f["mom_first"]), "MTH^Mother^HL70063", hl7_addr(f["addr"]),
           [(f["mom_phone"], "phone"), "^PRN^PH~^NET^Internet^", (f["mom_email"], "email")], "", "EC^Emergency Contact^HL70131"]
    if random.random() < 0.7:
        nk1 += [""] * (33 - len(nk1)) + [[(f["mom_mrn"], "mrn"), "^^^LCH^MR"]]
        assert len(nk1) == 34
    hl7_seg(l, nk1)
    emit(l)
    if random.random() < 0.7:
        l = L("hl7-adt")
        hl7_prefix(l, chan)
        rel = "FTH^Father^HL70063" if random.random() < 0.8 else "GRD^Guardian^HL70063"
        hl7_seg(l, ["NK1", "2", hl7_name(f["dad_last"], f["dad_first"]), rel, "",
                    [(f["dad_phone"], "phone"), "^PRN^CP"], "", "EC^Emergency Contact^HL70131"])
        emit(l)
    # PV1
    l = L("hl7-adt")
    hl7_prefix(l, chan)
    s = random.choice([x for x in STAFF if x[2] in ("MD", "NNP")])
    pv1 = ["PV1", "1", "I", "NICU^POD%d^BED%02d^LCH^^^^NICU" % (b["pod"], b["bed"]), "4", "", "",
           "%s^%s^%s^^^^MD" % (STAFF_NPI[s[3]], s[1].upper(), s[0].upper()), "", "", "NEO", "", "", "", "6", "", "",
           "", "", "NB"]
    if random.random() < 0.6:
        pv1 += [[(f["har"] + "01", "account")], "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                "", "", "", "", "", [(ts_hl7(b["dob"] + dt.timedelta(minutes=random.randint(12, 90))), "date")]]
    hl7_seg(l, pv1)
    emit(l)
    # OBX birth data (no PHI)
    obs = [("8339-4", "Birth weight Measured", "%d" % b["wt"], "g"),
           ("76516-4", "Gestational age--at birth", b["ga"], ""),
           ("9272-6", "1 minute Apgar Score", str(b["apgar1"]), "{score}"),
           ("9274-2", "5 minute Apgar Score", str(b["apgar5"]), "{score}")]
    for i, (code, txt, val, unit) in enumerate(random.sample(obs, random.randint(1, 4))):
        l = L("hl7-adt")
        hl7_prefix(l, chan)
        hl7_seg(l, ["OBX", str(i + 1), "NM" if unit != "" else "ST", "%s^%s^LN" % (code, txt), "", val, unit, "", "",
                    "", "", "F"])
        emit(l)
    l = L("hl7-adt")
    t2 = tick(0, 1)
    l.t("%s INFO  [%s] SND ACK MSA|AA|%s ack_ms=%d" % (ts_logback(t2), chan, ctl, random.randint(4, 80)))
    emit(l)


def ev_adt_name_change():
    cand = [(f, b) for f, b in BABIES if b["named"]]
    f, b = random.choice(cand)
    chan = "ADT_EPIC_IN"
    t = tick(5, 60)
    l = L("hl7-adt")
    hl7_prefix(l, chan)
    msh(l, "ADT^A08^ADT_A01", "EPICADT", random.choice(["MILKTRAK", "PICIX", "PHARMCALC"]), t)
    emit(l)
    l = L("hl7-adt")
    hl7_prefix(l, chan)
    hl7_seg(l, ["PID", "1", "", [(b["mrn"], "mrn"), "^^^LCH^MR"], "",
                [(f["last"].upper(), "name"), "^", (b["real_first"].upper(), "name"), "^^^^^L~",
                 (f["last"].upper(), "name"), "^", (b["temp_first"], "name"), "^^^^^B"],
                "", [(b["dob"].strftime("%Y%m%d"), "date")], b["sex"]])
    emit(l)
    l = L("app-java")
    t = tick(0, 3)
    l.t("%s INFO  [pool-4-thread-2] c.l.milktrak.adt.PatientMergeHandler - A08 name update infant mrn=" % ts_logback(t))
    l.p(b["mrn"], "mrn").t(" old='")
    l.p("%s %s" % (b["temp_first"], f["last"].upper()), "name").t("' new='")
    l.p("%s %s" % (b["real_first"], f["last"]), "name").t("' relabelRequired=true openBottles=%d" % random.randint(0, 9))
    emit(l)


def ev_chronicles_access():
    if random.random() < 0.7:
        f, b = random.choice(BABIES)
        pid, mrn, nm = b["epic"], b["mrn"], "%s,%s" % (f["last"].upper(), b["temp_first"] if not b["named"] else b["real_first"].upper())
    else:
        c = random.choice(KIDS)
        pid, mrn, nm = c["epic"], c["mrn"], "%s,%s" % (c["last"].upper(), c["first"].upper())
    s = staff()
    t = tick(2, 40)
    l = L("chronicles-audit")
    act = random.choice(["MR_CHART_REVIEW", "NICU_SUMMARY_VIEW", "MAR_OPEN", "FLOWSHEET_EDIT", "SNAPSHOT_VIEW",
                         "BTG_ACCESS", "ORDERS_ACTIVITY"])
    l.t("ACCESS_LOG %s %s USER=%s(%s) WS=LCH-NICU-WS%02d ACTION=%s " % (
        t.strftime("%m/%d/%Y"), t.strftime("%H:%M:%S"), s[3], STAFF_E[s[3]], random.randint(1, 40), act))
    style = random.random()
    if style < 0.5:
        l.t("PAT_ID=").p(pid, "mrn").t(" MRN=").p(mrn, "mrn").t(' PAT_NAME="').p(nm, "name").t('"')
    elif style < 0.8:
        l.t("PAT_ID=").p(pid, "mrn").t(" METRIC_ID=%d SESSION=%s" % (random.randint(10000, 99999), rand_hex(12).upper()))
    else:
        l.t("MRN=").p(mrn, "mrn").t(" CONTEXT=NICU POD %d BED %d DURATION_S=%d" % (
            random.randint(1, 6), random.randint(1, 24), random.randint(3, 900)))
    if act == "BTG_ACCESS":
        l.t(' BTG_REASON="Direct patient care"')
    emit(l)


def ev_chronicles_edit():
    kind = random.random()
    t = tick(3, 50)
    s = random.choice([x for x in STAFF if x[2] in ("Unit Clerk", "RN", "LCSW")])
    l = L("chronicles-audit")
    l.t("CHRON_EDIT %s INI=EPT " % t.strftime("%Y-%m-%d %H:%M:%S"))
    if kind < 0.45:
        cand = [(f, b) for f, b in BABIES if b["named"]]
        f, b = random.choice(cand)
        l.t("REC=").p(b["epic"][1:], "mrn").t(" ITEM=.2 LINE=1 OLD=\"")
        l.p("%s,%s" % (f["last"].upper(), b["temp_first"]), "name").t("\" NEW=\"")
        l.p("%s,%s" % (f["last"].upper(), b["real_first"].upper()), "name").t("\"")
    elif kind < 0.75:
        f, b = random.choice(BABIES)
        l.t("REC=").p(b["epic"][1:], "mrn").t(" ITEM=2510 LINE=1 OLD=\"\" NEW=\"")
        l.p(f["mom_mrn"], "mrn").t("\" DESC=\"MOTHER MRN LINK\"")
    else:
        c = random.choice(KIDS)
        l.t("REC=").p(c["epic"][1:], "mrn").t(" ITEM=7050 LINE=%d OLD=\"\" NEW=\"" % random.randint(1, 3))
        l.p("%s,%s" % (c["g_last"].upper(), c["g_first"].upper()), "name").t("\" DESC=\"GUARDIAN\" REL=\"%s\"" % c["g_rel"].upper())
    l.t(" USR=%s TX=%d" % (s[3], random.randint(100000, 999999)))
    emit(l)


def ev_monitor_bind():
    f, b = random.choice(BABIES)
    t = tick(2, 30)
    l = L("syslog-monitor")
    host = "picix-gw%02d" % random.randint(1, 3)
    l.t("<134>%s %s PICiX[%d]: ADT-BIND bed=NICU-POD%d-BED%02d mon=MX450 asset=LCH%06d " % (
        ts_syslog(t), host, random.randint(1000, 9999), b["pod"], b["bed"], random.randint(0, 999999)))
    l.t("pat_id=").p(b["mrn"], "mrn").t(' name="')
    l.p(baby_temp_display(f, b, "disp") if not b["named"] else "%s %s" % (b["real_first"], f["last"].upper()), "name")
    l.t('" dob=').p(b["dob"].strftime("%Y-%m-%d"), "date").t(" wt=%dg ga=%s paced=N" % (b["wt"], b["ga"]))
    emit(l)


def ev_milk_scan():
    f, b = random.choice(BABIES)
    t = tick(5, 90)
    pumped = t - dt.timedelta(hours=random.randint(2, 70), minutes=random.randint(0, 59))
    bottle = "B%s-%04d" % (pumped.strftime("%y%m%d"), random.randint(1, 400))
    s = random.choice([x for x in STAFF if x[2] in ("RN", "IBCLC")])
    vol = random.choice([5, 8, 10, 15, 20, 25, 30, 40, 45, 60])
    l = L("barcode-csv")
    l.t("%s,DS8178-%s,NICU-MILKRM-%d," % (t.strftime("%Y-%m-%dT%H:%M:%S"), digits(4), random.randint(1, 3)))
    bc = random.random()
    if bc < 0.5:
        l.t("EBM*%s*" % bottle).p(f["mom_mrn"], "mrn").t("*").p(b["mrn"], "mrn")
    else:
        l.t("]C1BM%s" % bottle.replace("-", "")).p(b["mrn"], "mrn")
    l.t(",%s,%s," % (bottle, random.choice(["EBM-FRESH", "EBM-FROZEN", "EBM-THAWED", "COLOSTRUM"])))
    l.p(f["mom_mrn"], "mrn").t(",\"")
    l.p("%s, %s" % (f["last"], f["mom_first"]), "name").t("\",").p(b["mrn"], "mrn").t(",\"")
    l.p(baby_temp_display(f, b, random.choice(["twin", "disp", "lower"])), "name").t("\",")
    l.p(pumped.strftime("%Y-%m-%d %H:%M"), "date")
    l.t(",%d,%s,%s,%s" % (vol, random.choice(["NONE", "HMF-22", "HMF-24", "LHMF-26"]),
                          random.choice(["OK", "OK", "OK", "OK", "EXPIRED", "WRONG_PATIENT"]), s[3]))
    emit(l)


def ev_milk_mismatch():
    (f, b), (f2, b2) = random.sample(BABIES, 2)
    t = tick(2, 40)
    l = L("app-java")
    l.t("%s WARN  [http-nio-8443-exec-%d] c.l.milktrak.scan.BottleScanController - Patient/bottle mismatch: bottle=B%s-%04d mother=" % (
        ts_logback(t), random.randint(1, 12), t.strftime("%y%m%d"), random.randint(1, 400)))
    l.p(f["mom_mrn"], "mrn").t(" bottleInfant=").p(b["mrn"], "mrn").t(" wristband=").p(b2["mrn"], "mrn")
    l.t(" station=NICU POD %d BED %d override=false" % (b2["pod"], b2["bed"]))
    emit(l)
    l = L("app-java")
    l.t("%s INFO  [http-nio-8443-exec-%d] c.l.milktrak.audit.AuditWriter - event=SCAN_BLOCKED reason=MRN_MISMATCH user=%s requestId=%s" % (
        ts_logback(tick(0, 1)), random.randint(1, 12), staff()[3], uuid4()))
    emit(l)


def ev_milk_label_json():
    f, b = random.choice(BABIES)
    t = tick(5, 60)
    pumped = t - dt.timedelta(minutes=random.randint(5, 300))
    l = L("json-event")
    style = random.random()
    if style < 0.5:
        obj = O(("@timestamp", ts_iso_z(t)), ("event", "milk.label.printed"), ("printer", "ZD421-NICU-%d" % random.randint(1, 4)),
                ("labelId", "LBL-%s" % digits(7)),
                ("mother", O(("mrn", f["mom_mrn"], "mrn"), ("name", "%s %s" % (f["mom_first"], f["last"]), "name"))),
                ("infant", O(("mrn", b["mrn"], "mrn"), ("displayName", baby_temp_display(f, b), "name"),
                             ("bed", "POD%d-%02d" % (b["pod"], b["bed"])))),
                ("expressedAt", pumped.strftime("%Y-%m-%dT%H:%M"), "date"),
                ("volumeMl", random.choice([4, 6, 12, 18, 22, 35, 50])), ("copies", random.randint(1, 6)))
    else:
        obj = O(("ts", ts_iso_z(t)), ("level", "info"), ("svc", "milk-label-svc"), ("msg", "label rendered"),
                ("mom_mrn", f["mom_mrn"], "mrn"), ("baby_mrn", b["mrn"], "mrn"),
                ("baby_name", "%s %s" % (b["temp_first"], f["last"].upper()), "name"),
                ("pump_date", pumped.strftime("%m/%d/%Y"), "date"), ("template", "EBM_2x1_v3"), ("dpi", 203))
    jval(l, obj)
    emit(l)


def ev_dosecalc():
    t = tick(3, 70)
    l = L("app-java")
    if random.random() < 0.6:
        f, b = random.choice(BABIES)
        wt = b["wt"] + random.randint(-40, 220)
        drug, mgkg, conc = random.choice([("gentamicin", 5.0, 10.0), ("caffeine citrate", 20.0, 20.0),
                                          ("ampicillin", 50.0, 100.0), ("vancomycin", 15.0, 5.0),
                                          ("phenobarbital", 20.0, 65.0), ("fentanyl", 0.001, 0.05)])
        dose = mgkg * wt / 1000.0
        pna = max(0, (CLOCK[0] - b["dob"]).days)
        l.t("%s INFO  [http-nio-8443-exec-%d] c.l.pharm.dosing.NeonatalDoseCalculator - calc mrn=" % (
            ts_logback(t), random.randint(1, 12)))
        l.p(b["mrn"], "mrn")
        l.t(" drug=\"%s\" wt=%dg GA=%s PNA=%dd mgPerKg=%g dose=%.3f mg vol=%.2f mL interval=q%dh verifiedBy=%s" % (
            drug, wt, b["ga"], pna, mgkg, dose, dose / conc, random.choice([8, 12, 24, 36, 48]),
            random.choice([x for x in STAFF if x[2] == "PharmD"])[3]))
    else:
        c = random.choice(KIDS)
        age_m = (dt.date(2024, 3, 14) - c["dob"]).days // 30
        drug, mgkg, mx = random.choice([("acetaminophen", 15, 1000), ("ibuprofen", 10, 600), ("ondansetron", 0.15, 8),
                                        ("ceftriaxone", 50, 2000), ("morphine", 0.1, 4)])
        dose = min(mgkg * c["wt_kg"], mx)
        l.t("%s INFO  [http-nio-8443-exec-%d] c.l.pharm.dosing.PedsDoseCalculator - " % (ts_logback(t), random.randint(1, 12)))
        l.t("patient=").p(c["mrn"], "mrn").t(" (")
        l.p("%s %s" % (c["first"], c["last"]), "name")
        l.t(") ageMonths=%d weightKg=%.1f drug=%s %g mg/kg -> %.1f mg (max %d mg) capped=%s" % (
            age_m, c["wt_kg"], drug, mgkg, dose, mx, str(dose == mx).lower()))
    emit(l)


def ev_childlife_letter():
    c = random.choice(KIDS)
    t = tick(10, 120)
    l = L("app-dotnet")
    cat = random.choice(["SchoolAbsence", "ReturnToSchool", "HomeboundInstruction", "SiblingSupport"])
    l.t("%s [INF] (ChildLife.Letters.LetterService) Generating %s letter for " % (ts_serilog(t), cat))
    l.t('"').p("%s %s" % (c["first"], c["last"]), "name").t('" MRN ').p(c["mrn"], "mrn")
    l.t(" template=CL-%s-v%d requestedBy=%s" % (cat.upper()[:6], random.randint(2, 7), random.choice(STAFF[2:3] + STAFF[11:12])[3]))
    emit(l)
    l = L("app-dotnet")
    l.t("%s [DBG] (ChildLife.Letters.TemplateRenderer) Body: \"RE: " % ts_serilog(tick(0, 1)))
    l.p("%s %s" % (c["first"], c["last"]), "name").t(" (DOB ").p(mdy(c["dob"]), "date")
    l.t(") was hospitalized at Lakeshore Children's Hospital from ").p(mdy(c["adm"]), "date")
    l.t(" to ").p(mdy(c["dis"]), "date")
    l.t(". Please excuse absences. Questions: Child Life Services (312) 555-0100, 1400 N Lakeshore Pkwy, Chicago IL 60611.\"")
    emit(l)
    l = L("app-dotnet")
    if random.random() < 0.6:
        l.t("%s [INF] (ChildLife.Letters.Delivery) Letter emailed to guardian " % ts_serilog(tick(1, 5)))
        l.p(c["g_email"], "email").t(" via smtp-relay.lch.local:25 from noreply@lakeshorechildrens.org pages=%d" % random.randint(1, 3))
    else:
        l.t("%s [INF] (ChildLife.Letters.Delivery) Letter queued for print queue CL-PRN-02 pages=%d elapsed=%dms" % (
            ts_serilog(tick(1, 5)), random.randint(1, 3), random.randint(40, 900)))
    emit(l)


def ev_custody_flag():
    c = random.choice(KIDS)
    t = tick(10, 120)
    s = random.choice([x for x in STAFF if x[2] == "LCSW"] + [STAFF[13]])
    if random.random() < 0.5:
        l = L("chronicles-audit")
        l.t("FYI_FLAG %s ADD TYPE=\"CUSTODY/LEGAL RESTRICTION\" PAT_ID=" % t.strftime("%m/%d/%Y %H:%M:%S"))
        l.p(c["epic"], "mrn").t(" RESTRICTED_PERSON=\"")
        l.p("%s, %s" % (c["restricted"][1].upper(), c["restricted"][0].upper()), "name")
        l.t("\" COURT_CASE=\"").p(c["case"], "other_id").t("\" ENTERED_BY=%s EXPIRES=NONE" % s[3])
        emit(l)
    else:
        l = L("app-dotnet")
        l.t("%s [WRN] (Lch.Access.GuardianPolicy) Custody flag active for patient " % ts_serilog(t))
        l.p(c["mrn"], "mrn").t("; caller ")
        l.t('"').p("%s %s" % c["restricted"], "name").t('"')
        l.t(" is not an authorized guardian (case ").p(c["case"], "other_id").t("). Release of information denied. Ticket=INC%07d" % random.randint(0, 9999999))
        emit(l)
    l = L("hl7-adt")
    hl7_prefix(l, "ADT_EPIC_IN")
    hl7_seg(l, ["NK1", "1", hl7_name(c["g_last"], c["g_first"]),
                {"Mother": "MTH^Mother", "Father": "FTH^Father", "Grandmother": "GRD^Guardian",
                 "Legal Guardian": "GRD^Guardian", "Foster Parent": "FCH^Foster Parent", "Aunt": "OTH^Other"}[c["g_rel"]] + "^HL70063",
                hl7_addr(c["addr"]), [(c["g_phone"], "phone"), "^PRN^PH"], "", "LG^Legal Guardian^HL70131"])
    emit(l)


def ev_portal_proxy():
    t = tick(5, 120)
    l = L("json-event")
    if random.random() < 0.55:
        f, b = random.choice(BABIES)
        proxy_user, email, ip = f["mom_user"], f["mom_email"], f["mom_ip"]
        pname = "%s %s" % (f["mom_first"], f["last"])
        pat_mrn = b["mrn"]
        rel = "Mother"
    else:
        c = random.choice(KIDS)
        proxy_user, email, ip = c["g_user"], c["g_email"], c["g_ip"]
        pname = "%s %s" % (c["g_first"], c["g_last"])
        pat_mrn = c["mrn"]
        rel = c["g_rel"]
    ev = random.choice(["proxy.access.granted", "proxy.login", "proxy.message.sent", "proxy.invite.accepted"])
    style = random.random()
    if style < 0.5:
        obj = O(("timestamp", ts_iso_z(t)), ("eventType", ev), ("proxyUserId", proxy_user, "other_id"),
                ("proxyEmail", email, "email"), ("patientMrn", pat_mrn, "mrn"), ("relationship", rel),
                ("accessLevel", random.choice(["FULL", "FULL", "LIMITED_TEEN"])), ("clientIp", ip, "ip"),
                ("userAgent", random.choice(["MyLCH/8.4.1 (iPhone; iOS 17.3.1)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)",
                                             "okhttp/4.12.0 MyLCH-Android/8.4.0"])),
                ("correlationId", uuid4()))
    else:
        obj = O(("ts", ts_iso_z(t)), ("lvl", "INFO"), ("logger", "portal.proxy.ProxyAccessService"),
                ("msg", ev.replace(".", " ")), ("ctx", O(("proxy_name", pname, "name"), ("proxy_login", proxy_user, "other_id"),
                                                          ("pat_id", pat_mrn, "mrn"), ("src_ip", ip, "ip"),
                                                          ("edge", "cdn-pop-ord%d" % random.randint(1, 9)))),
                ("durMs", random.randint(12, 900)))
    jval(l, obj)
    emit(l)


def ev_portal_teen():
    c = random.choice(KIDS)
    t = tick(5, 80)
    age_y = (dt.date(2024, 3, 14) - c["dob"]).days // 365
    l = L("json-event")
    obj = O(("timestamp", ts_iso_z(t)), ("eventType", "proxy.access.recalculated"), ("patientMrn", c["mrn"], "mrn"),
            ("patientAgeYears", age_y), ("policy", "ADOLESCENT_CONFIDENTIALITY_12_17"),
            ("newLevel", "LIMITED_TEEN" if 12 <= age_y < 18 else "FULL"), ("proxyCount", random.randint(1, 3)),
            ("job", "nightly-proxy-age-sweep"))
    jval(l, obj)
    emit(l)


def ev_portal_verify_dl():
    f = random.choice(FAMS)
    t = tick(5, 60)
    l = L("app-dotnet")
    l.t("%s [INF] (Portal.Identity.ProxyVerification) ID verified for proxy request: name=\"" % ts_serilog(t))
    l.p("%s %s" % (f["dad_first"], f["dad_last"]), "name").t("\" idType=DriversLicense state=IL number=")
    l.p(f["dad_dl"], "license").t(" match=0.%d vendor=IdCheckPro reqId=%s" % (random.randint(80, 99), uuid4()))
    emit(l)


def ev_portal_push_reg():
    f = random.choice(FAMS)
    t = tick(5, 60)
    imei = luhn_full("35" + digits(12))
    mac = ":".join("%02X" % random.randint(0, 255) for _ in range(6))
    l = L("app-java")
    l.t("%s DEBUG [push-registrar-1] c.l.portal.push.DeviceRegistry - register user=" % ts_logback(t))
    l.p(f["mom_user"], "other_id").t(" platform=android imei=").p(imei, "device")
    if random.random() < 0.5:
        l.t(" wifiMac=").p(mac, "device")
    l.t(" fcmToken=%s... appVer=8.4.0" % base64.urlsafe_b64encode(bytes(random.randint(0, 255) for _ in range(18))).decode())
    emit(l)


def ev_vxu():
    if random.random() < 0.6:
        f, b = random.choice(BABIES)
        last, first = f["last"], (b["real_first"] if b["named"] else b["temp_first"])
        mrn, dob, addr, phone = b["mrn"], b["dob"].date(), f["addr"], f["mom_phone"]
        g_last, g_first, rel = f["last"], f["mom_first"], "MTH^Mother"
        mmaiden = (f["last"], f["mom_first"])
        iis = None
        plan = f["plan"]
        vacc = [("08", "Hep B, adolescent or pediatric", "ENGERIX-B", "SKB")]
        if random.random() < 0.3:
            vacc.append(("306", "RSV, mAb, nirsevimab-alip, 0.5 mL", "BEYFORTUS", "SNF"))
    else:
        c = random.choice(KIDS)
        last, first, mrn, dob, addr, phone = c["last"], c["first"], c["mrn"], c["dob"], c["addr"], c["g_phone"]
        g_last, g_first, rel = c["g_last"], c["g_first"], "GRD^Guardian"
        mmaiden = None
        iis = c["iis"]
        plan = c["plan"]
        vacc = random.sample([("141", "Influenza, seasonal, injectable", "FLUZONE", "PMC"),
                              ("115", "Tdap", "BOOSTRIX", "SKB"), ("62", "HPV, quadrivalent", "GARDASIL", "MSD"),
                              ("208", "COVID-19, mRNA, LNP-S, PF, 30 mcg/0.3 mL dose", "COMIRNATY", "PFR"),
                              ("03", "MMR", "M-M-R II", "MSD")], random.randint(1, 2))
    chan = "VXU_TO_ICARE"
    t = tick(10, 120)
    l = L("hl7-vxu")
    hl7_prefix(l, chan, "SND")
    ctl = msh(l, "VXU^V04^VXU_V04", "LCH_EPIC", "ICARE", t)
    emit(l)
    l = L("hl7-vxu")
    hl7_prefix(l, chan, "SND")
    pid3 = [(mrn, "mrn"), "^^^LCH^MR"]
    if iis:
        pid3 += ["~", (iis, "other_id"), "^^^ICARE^SR"]
    if plan[0] == "medicaid" and random.random() < 0.7:
        pid3 += ["~", (plan[1], "health_plan"), "^^^ILMCD^MA"]
    hl7_seg(l, ["PID", "1", "", pid3, "", hl7_name(last, first), [(mmaiden[0].upper(), "name"), "^", (mmaiden[1].upper(), "name")] if mmaiden else "",
                [(dob.strftime("%Y%m%d"), "date")], random.choice("FM"), "", "2106-3^White^CDCREC" if random.random() < 0.4 else "",
                hl7_addr(addr), "", [(phone, "phone"), "^PRN^PH"]])
    emit(l)
    l = L("hl7-vxu")
    hl7_prefix(l, chan, "SND")
    hl7_seg(l, ["PD1", "", "", "", "", "", "", "", "", "", "", "02^Reminder/Recall - any method^HL70215", "", "", "", "A^Active^HL70441",
                "20240314"])
    emit(l)
    l = L("hl7-vxu")
    hl7_prefix(l, chan, "SND")
    hl7_seg(l, ["NK1", "1", hl7_name(g_last, g_first), rel + "^HL70063"])
    emit(l)
    for i, (cvx, txt, trade, mvx) in enumerate(vacc):
        s = random.choice([x for x in STAFF if x[2] in ("RN", "MD", "NNP")])
        l = L("hl7-vxu")
        hl7_prefix(l, chan, "SND")
        hl7_seg(l, ["ORC", "RE", "", "%s^LCH" % digits(9), "", "", "", "", "", "", "", "%s^%s^%s^^^^^^^^^^NPI" % (STAFF_NPI[s[3]], s[1].upper(), s[0].upper())])
        emit(l)
        l = L("hl7-vxu")
        hl7_prefix(l, chan, "SND")
        if mmaiden:
            admin = dt.datetime.combine(dob, dt.time(0, 0)) + dt.timedelta(hours=random.randint(6, 30), minutes=random.randint(0, 59))
        else:
            admin = dt.datetime.combine(c["adm"] + dt.timedelta(days=random.randint(0, (c["dis"] - c["adm"]).days)),
                                        dt.time(random.randint(7, 21), random.randint(0, 59)))
        lot = random.choice(["", "X"]) + random.choice("ABCDEFGHJK") + digits(random.randint(4, 6)) + random.choice(["", "AA", "B"])
        hl7_seg(l, ["RXA", "0", "1", [(admin.strftime("%Y%m%d%H%M"), "date")], "", "%s^%s^CVX" % (cvx, txt),
                    "0.5", "mL^milliliters^UCUM", "", "00^New immunization record^NIP001", "", "^^^LCH-NICU" if trade in ("ENGERIX-B", "BEYFORTUS") else "^^^LCH-4WEST",
                    "", "", "", lot, "2025%02d%02d" % (random.randint(1, 12), random.randint(1, 28)), "%s^%s^MVX" % (mvx, trade), "", "", "CP", "A"])
        emit(l)
        l = L("hl7-vxu")
        hl7_prefix(l, chan, "SND")
        hl7_seg(l, ["OBX", "1", "CE", "64994-7^Vaccine funding program eligibility category^LN", "1",
                    random.choice(["V02^VFC eligible - Medicaid/Medicaid Managed Care^HL70064", "V01^Not VFC eligible^HL70064",
                                   "V03^VFC eligible - Uninsured^HL70064"]), "", "", "", "", "", "F", "", "", "", "", "", "VXC40^per immunization^CDCPHINVS"])
        emit(l)
    l = L("hl7-vxu")
    l.t("%s INFO  [%s] RCV ACK MSH|^~\\&|ICARE|IDPH|LCH_EPIC|LCH|%s||ACK^V04^ACK|%s|P|2.5.1 MSA|AA|%s" % (
        ts_logback(tick(1, 4)), chan, ts_hl7(CLOCK[0]), "IC" + digits(9), ctl))
    emit(l)


def ev_registry_json():
    c = random.choice(KIDS)
    t = tick(5, 60)
    l = L("json-event")
    obj = O(("@t", ts_iso_z(t)), ("@mt", "IIS query {QueryType} returned {MatchCount} for {PatientRef}"),
            ("QueryType", "Z34"), ("MatchCount", random.randint(0, 2)),
            ("PatientRef", O(("Mrn", c["mrn"], "mrn"), ("IisId", c["iis"], "other_id"),
                             ("Dob", c["dob"].strftime("%Y-%m-%d"), "date"),
                             ("Name", "%s, %s" % (c["last"], c["first"]), "name"))),
            ("SourceContext", "Lch.Immunizations.IcareClient"), ("ElapsedMs", random.randint(120, 4800)))
    jval(l, obj)
    emit(l)


def ev_nbs():
    f, b = random.choice(BABIES)
    t = tick(5, 60)
    coll = b["dob"] + dt.timedelta(hours=random.randint(24, 48), minutes=random.randint(0, 59))
    coll = min(coll, t - dt.timedelta(minutes=random.randint(40, 300)))
    l = L("app-java")
    l.t("%s INFO  [nbs-sender-1] c.l.lab.nbs.NewbornScreenSubmitter - NBS card " % ts_logback(t))
    l.p(b["nbs"], "other_id").t(" infant=").p(b["mrn"], "mrn").t(" mother=").p(f["mom_mrn"], "mrn")
    l.t(" collected=").p(coll.strftime("%Y-%m-%d %H:%M"), "date")
    l.t(" ageAtCollectionHrs=%d bw=%dg GA=%s TPN=%s transfused=%s lab=IDPH-CHI status=SUBMITTED" % (
        int((coll - b["dob"]).total_seconds() // 3600), b["wt"], b["ga"], random.choice("YN"), random.choice("NN Y")))
    emit(l)


def ev_biometric():
    f, b = random.choice(BABIES)
    t = tick(5, 60)
    l = L("json-event")
    if random.random() < 0.5:
        tmpl = base64.b64encode(bytes(random.randint(0, 255) for _ in range(random.randint(60, 140)))).decode()
        obj = O(("ts", ts_iso_z(t)), ("event", "footprint.captured"), ("device", "FS-NB200"), ("station", "LD-%d" % random.randint(1, 8)),
                ("infantMrn", b["mrn"], "mrn"), ("motherMrn", f["mom_mrn"], "mrn"), ("foot", random.choice(["L", "R"])),
                ("nfiq", random.randint(1, 4)), ("templateFormat", "ISO19794-2"), ("template", tmpl, "biometric"))
    else:
        raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01]) + bytes(
            random.randint(0, 255) for _ in range(random.randint(150, 420)))
        uri = "data:image/jpeg;base64," + base64.b64encode(raw).decode()
        obj = O(("ts", ts_iso_z(t)), ("event", "idband.photo.attached"), ("infantMrn", b["mrn"], "mrn"),
                ("caption", "%s %s" % (b["temp_first"], f["last"].upper()), "name"), ("photo", uri, "photo"),
                ("bytes", len(raw)))
    jval(l, obj)
    emit(l)


def ev_discharge_equipment():
    f, b = random.choice(BABIES)
    t = tick(10, 90)
    l = L("app-dotnet")
    kind = random.random()
    if kind < 0.4:
        gtin = gtin_check("0" + "0884521" + digits(5))
        udi = "(01)%s(17)%s(10)%s(21)%s" % (gtin, "2%d%02d%02d" % (random.randint(6, 8), random.randint(1, 12), random.randint(1, 28)),
                                            "L" + digits(5), "SN" + digits(8))
        l.t("%s [INF] (Discharge.DmeCoordinator) Home apnea monitor issued to infant " % ts_serilog(t))
        l.p(b["mrn"], "mrn").t(" UDI=").p(udi, "device").t(" vendor=\"Midwest Home Medical\" vendorPhone=(800) 555-0199 order=DME-%s" % digits(7))
    elif kind < 0.7:
        vin = make_vin(random.choice(["1HG", "2T3", "5FN", "1FM", "3GN", "KM8"]), random.choice(["CV1F3", "RFREV", "RL6H8", "K8AF6", "AXUEV", "J3CA4"]),
                       random.choice("LMNPR"), random.choice("ABCHU"))
        l.t("%s [INF] (Discharge.CarSeatCheck) Car seat tolerance screen PASS 90min for " % ts_serilog(t))
        l.p("%s %s" % (b["real_first"] if b["named"] else b["temp_first"], f["last"]), "name")
        l.t(" (").p(b["mrn"], "mrn").t("); family vehicle VIN ").p(vin, "vehicle").t(" seat=Chicco KeyFit 35 exp 2030-06")
    else:
        l.t("%s [INF] (Parking.Validation) NICU parent parking validated plate=\"" % ts_serilog(t))
        l.p(f["plate"], "vehicle").t("\" state=IL parent=\"").p("%s %s" % (f["dad_first"], f["dad_last"]), "name")
        l.t("\" garage=P2 level=%d validUntil=%s" % (random.randint(1, 5), (t + dt.timedelta(days=7)).strftime("%Y-%m-%d")))
    emit(l)


def ev_kid_pump():
    c = random.choice(KIDS)
    t = tick(10, 90)
    l = L("app-java")
    l.t("%s INFO  [device-intake-2] c.l.devices.HomeDeviceIntake - patient=" % ts_logback(t))
    l.p(c["mrn"], "mrn").t(" brought home device type=%s serial=" % random.choice(["INSULIN_PUMP", "ENTERAL_PUMP", "VNS_MAGNET", "CGM"]))
    l.p(c["pump"], "device").t(" verifiedBy=%s biomedTicket=BIO-%s" % (staff()[3], digits(6)))
    emit(l)


def ev_billpay():
    f = random.choice(FAMS)
    t = tick(10, 90)
    pref = random.choice(["4", "51", "52", "55"])
    pan = luhn_full(pref + digits(15 - len(pref)))
    l = L("app-java")
    l.t("%s DEBUG [http-nio-8443-exec-%d] c.l.portal.billing.PaymentGatewayClient - >> POST /v2/charges body={\"amount\":%d.%02d,\"guarantorAccount\":\"" % (
        ts_logback(t), random.randint(1, 12), random.randint(10, 900), random.randint(0, 99)))
    l.p(f["har"], "account").t("\",\"card\":\"").p(pan, "account").t("\",\"exp\":\"%02d/%d\",\"billingZip\":\"" % (random.randint(1, 12), random.randint(25, 29)))
    l.p(f["addr"]["zip"], "zip").t("\",\"email\":\"").p(f["mom_email"], "email").t("\"}")
    emit(l)
    l = L("app-java")
    l.t("%s INFO  [http-nio-8443-exec-%d] c.l.portal.billing.PaymentGatewayClient - << 201 Created charge=ch_%s in %dms" % (
        ts_logback(tick(0, 2)), random.randint(1, 12), rand_hex(24), random.randint(200, 2000)))
    emit(l)


def ev_insurance_elig():
    f = random.choice(FAMS)
    c = random.choice(KIDS)
    t = tick(10, 90)
    l = L("app-dotnet")
    if random.random() < 0.5:
        b = f["babies"][0]
        plan = f["plan"]
        l.t("%s [INF] (Registration.Eligibility) 270/271 response for newborn " % ts_serilog(t))
        l.p(b["mrn"], "mrn").t(" subscriber=\"").p("%s %s" % (f["mom_first"], f["last"]), "name").t("\" memberId=")
        l.p(plan[1], "health_plan").t(" payer=%s group=%s active=true" % (
            "IL-MEDICAID" if plan[0] == "medicaid" else "BCBSIL", "N/A" if plan[0] == "medicaid" else "GRP%06d" % random.randint(0, 999999)))
    else:
        plan = c["plan"]
        l.t("%s [INF] (Registration.Eligibility) coverage verified patient=" % ts_serilog(t))
        l.p(c["mrn"], "mrn").t(" member_id=").p(plan[1], "health_plan").t(" plan=%s copay=$%d traceId=%s" % (
            "IL Medicaid (HFS)" if plan[0] == "medicaid" else "Blue Choice PPO", random.choice([0, 0, 20, 35]), rand_hex(16)))
    emit(l)


def ev_mom_registration():
    f = random.choice(FAMS)
    t = tick(10, 90)
    l = L("app-dotnet")
    l.t("%s [DBG] (Registration.MotherLink) Mother-baby link: mother " % ts_serilog(t))
    l.p("%s %s" % (f["mom_first"], f["last"]), "name").t(" MRN ").p(f["mom_mrn"], "mrn").t(" DOB ").p(mdy(f["mom_dob"]), "date")
    if random.random() < 0.4:
        l.t(" SSN ").p(f["mom_ssn"], "ssn")
    l.t(" -> infants [")
    for i, b in enumerate(f["babies"]):
        if i:
            l.t(", ")
        l.p(b["mrn"], "mrn")
    l.t("] deliveryEpisode=%s" % digits(9))
    emit(l)
    if random.random() < 0.5:
        l = L("app-dotnet")
        a = f["addr"]
        l.t("%s [DBG] (Registration.MotherLink) Demographics copied: address=\"" % ts_serilog(tick(0, 1)))
        l.p("%s, %s" % (a["street"], a["city"]), "address").t(", %s " % a["state"]).p(a["zip"], "zip")
        l.t("\" homePhone=").p(f["mom_phone2"], "phone").t(" lang=%s" % random.choice(["eng", "spa", "vie", "yor", "ara", "pol"]))
        emit(l)


def ev_caring_url():
    f, b = random.choice(BABIES)
    t = tick(10, 90)
    slug = ("%s-%s" % (ascii_fold(b["real_first"] if b["named"] else "baby"), ascii_fold(f["last"]))).lower()
    url = "https://www.caringbridge.org/visit/%s%s" % (slug, random.choice(["", str(random.randint(2, 30))]))
    l = L("app-dotnet")
    l.t("%s [INF] (ChildLife.FamilyResources) Family update page linked to chart " % ts_serilog(t))
    l.p(b["mrn"], "mrn").t(" url=").p(url, "url").t(" sharedBy=Social Work")
    emit(l)


def ev_school_services():
    c = random.choice(KIDS)
    t = tick(10, 90)
    l = L("json-event")
    obj = O(("time", ts_iso_z(t)), ("service", "school-services"), ("event", "homebound_request.created"),
            ("student", O(("first_name", c["first"], "name"), ("last_name", c["last"], "name"),
                          ("mrn", c["mrn"], "mrn"), ("date_of_birth", c["dob"].strftime("%Y-%m-%d"), "date"),
                          ("grade", random.choice(["K", "2", "4", "6", "8", "10", "11"])))),
            ("guardian", O(("name", "%s %s" % (c["g_first"], c["g_last"]), "name"), ("phone", c["g_phone"], "phone"),
                           ("relationship", c["g_rel"]))),
            ("expected_return", (c["dis"] + dt.timedelta(days=random.randint(7, 30))).strftime("%Y-%m-%d"), "date"),
            ("district", "CPS"), ("form", "ISBE-34-80"), ("request_id", "HB-%s" % digits(6)))
    jval(l, obj, sep=(", ", ": "))
    emit(l)


PHI_GENS = [(ev_adt_newborn, 6), (ev_adt_name_change, 2), (ev_chronicles_access, 7), (ev_chronicles_edit, 3),
            (ev_monitor_bind, 4), (ev_milk_scan, 9), (ev_milk_mismatch, 2), (ev_milk_label_json, 3),
            (ev_dosecalc, 5), (ev_childlife_letter, 3), (ev_custody_flag, 2), (ev_portal_proxy, 6),
            (ev_portal_teen, 1), (ev_portal_verify_dl, 2), (ev_portal_push_reg, 1), (ev_vxu, 3),
            (ev_registry_json, 2), (ev_nbs, 2), (ev_biometric, 3), (ev_discharge_equipment, 4),
            (ev_kid_pump, 2), (ev_billpay, 1), (ev_insurance_elig, 2), (ev_mom_registration, 3),
            (ev_caring_url, 1), (ev_school_services, 2)]

# ---------------------------------------------------------------------------
# no-PHI generators (look-alikes)
# ---------------------------------------------------------------------------


def nv_monitor_vitals():
    t = tick(1, 20)
    l = L("syslog-monitor")
    pod, bed = random.randint(1, 6), random.randint(1, 24)
    host = "picix-gw%02d" % random.randint(1, 3)
    kind = random.random()
    if kind < 0.5:
        l.t("<134>%s %s PICiX[%d]: VITALS bed=NICU-POD%d-BED%02d HR=%d RR=%d SpO2=%d%% NBP=%d/%d(%d) Temp=%.1fC FiO2=%d%%" % (
            ts_syslog(t), host, random.randint(1000, 9999), pod, bed, random.randint(118, 182), random.randint(28, 72),
            random.randint(84, 100), random.randint(45, 75), random.randint(25, 45), random.randint(33, 55),
            random.uniform(36.3, 37.6), random.choice([21, 21, 25, 30, 35, 40])))
    elif kind < 0.85:
        alarm = random.choice(["DESAT", "BRADY", "APNEA", "LEADS OFF", "SpO2 PROBE OFF", "HR HIGH"])
        l.t("<%d>%s %s PICiX[%d]: ALARM NICU POD %d BED %d %s level=%s val=%d dur=%ds ack_by=%s" % (
            random.choice([131, 132, 133]), ts_syslog(t), host, random.randint(1000, 9999), pod, bed, alarm,
            random.choice(["RED", "YELLOW", "INOP"]), random.randint(60, 99), random.randint(3, 45), staff()[3]))
    else:
        l.t("<133>%s %s PICiX[%d]: HL7 ORU batch sent to EPIC_FLOWSHEET msgs=%d bytes=%d queue=%d" % (
            ts_syslog(t), host, random.randint(1000, 9999), random.randint(5, 60), random.randint(4000, 90000),
            random.randint(0, 12)))
    emit(l)


def nv_hl7_heartbeat():
    t = tick(1, 30)
    l = L("hl7-adt")
    chan = random.choice(["ADT_EPIC_IN", "VXU_TO_ICARE", "EPIC_ADT_TO_PICIX", "ADT_NB_REG"])
    kind = random.random()
    if kind < 0.4:
        l.t("%s INFO  [%s] connection state=CONNECTED remote=%s:%d idle=%ds queued=%d" % (
            ts_logback(t), chan, mk_private_ip(), random.choice([6661, 6662, 5000, 2575]), random.randint(0, 300), random.randint(0, 40)))
    elif kind < 0.7:
        l.t("%s INFO  [%s] RCV MSH|^~\\&|EPICADT|LCH|PICIX|LCH|%s||ADT^A02^ADT_A02|%s|P|2.5.1" % (
            ts_logback(t), chan, ts_hl7(t), ctl_id()))
    else:
        l.t("%s WARN  [%s] ACK timeout after %dms, resending msgctl=%s attempt=%d/3" % (
            ts_logback(t), chan, random.choice([15000, 30000]), ctl_id(), random.randint(1, 3)))
    emit(l)


def nv_hl7_pv1_transfer():
    t = tick(1, 20)
    chan = "ADT_EPIC_IN"
    l = L("hl7-adt")
    hl7_prefix(l, chan)
    s = random.choice([x for x in STAFF if x[2] in ("MD", "NNP")])
    hl7_seg(l, ["PV1", "1", "I", "NICU^POD%d^BED%02d^LCH" % (random.randint(1, 6), random.randint(1, 24)), "", "", "NICU^POD%d^BED%02d^LCH" % (
        random.randint(1, 6), random.randint(1, 24)), "%s^%s^%s^^^^MD" % (STAFF_NPI[s[3]], s[1].upper(), s[0].upper()), "", "", "NEO"])
    emit(l)


def nv_scanner():
    t = tick(1, 40)
    l = L("barcode-csv")
    kind = random.random()
    if kind < 0.08:
        l.t("scan_ts,scanner,location,barcode_raw,bottle_id,milk_type,mother_mrn,mother_name,infant_mrn,infant_name,expressed_at,vol_ml,fortifier,result,user_id")
    elif kind < 0.6:
        gtin = gtin_check("0" + random.choice(["0070074", "0300871", "0074887"]) + digits(5))
        l.t("%s,DS8178-%s,NICU-MILKRM-%d,(01)%s(17)%s(10)%s,,FORTIFIER,,,,,,%d,%s,OK,%s" % (
            t.strftime("%Y-%m-%dT%H:%M:%S"), digits(4), random.randint(1, 3), gtin,
            "2%d%02d%02d" % (random.randint(5, 6), random.randint(1, 12), random.randint(1, 28)),
            random.choice(["L", "K", ""]) + digits(5), random.choice([1, 2, 5]), random.choice(["HMF-22", "LHMF-26", "PROLACTA+6"]), staff()[3]))
    elif kind < 0.8:
        l.t("%s,DS8178-%s,NICU-MILKRM-%d,DM*POOL-%s-%s,DM-LOT %s,DONOR-PASTEURIZED,,,,,,%d,NONE,OK,%s" % (
            t.strftime("%Y-%m-%dT%H:%M:%S"), digits(4), random.randint(1, 3), digits(5), digits(2),
            "%02d-%04d" % (random.randint(22, 24), random.randint(1, 9999)), random.choice([30, 60, 100]), staff()[3]))
    else:
        l.t("%s,DS8178-%s,NICU-MILKRM-%d,,,,,,,,,,,%s,SYSTEM" % (
            t.strftime("%Y-%m-%dT%H:%M:%S"), digits(4), random.randint(1, 3),
            random.choice(["BATTERY_LOW 14%", "CRADLE_DOCKED", "BT_RECONNECT", "DECODE_FAIL", "FW 8.4.2 OK"])))
    emit(l)


def nv_java_stack():
    t = tick(1, 20)
    l = L("app-java")
    l.t("%s ERROR [http-nio-8443-exec-%d] c.l.milktrak.scan.BottleScanController - Scan processing failed bottle=B%s-%04d requestId=%s" % (
        ts_logback(t), random.randint(1, 12), t.strftime("%y%m%d"), random.randint(1, 400), uuid4()))
    emit(l)
    l = L("app-java")
    l.t("org.springframework.dao.QueryTimeoutException: PreparedStatementCallback; SQL [select * from bottle where bottle_id = ?]; timeout=%ds" % random.choice([5, 10, 30]))
    emit(l)
    frames = ["\tat org.springframework.jdbc.core.JdbcTemplate.translateException(JdbcTemplate.java:1548)",
              "\tat org.springframework.jdbc.core.JdbcTemplate.execute(JdbcTemplate.java:667)",
              "\tat com.lakeshore.milktrak.repo.BottleRepository.findById(BottleRepository.java:%d)" % random.randint(40, 200),
              "\tat com.lakeshore.milktrak.scan.BottleScanController.scan(BottleScanController.java:%d)" % random.randint(60, 300),
              "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
              "\t... %d common frames omitted" % random.randint(40, 90)]
    for fr in frames[:random.randint(3, 6)]:
        l = L("app-java")
        l.t(fr)
        emit(l)


def nv_java_misc():
    t = tick(1, 40)
    l = L("app-java")
    msg = random.choice([
        "c.l.pharm.dosing.FormularyCache - formulary refreshed entries=%d version=2024.03.%d took=%dms" % (random.randint(1800, 2600), random.randint(1, 14), random.randint(200, 4000)),
        "c.l.pharm.dosing.NeonatalDoseCalculator - standalone calc (no patient context) wt=%dg PMA=%dw%dd drug=caffeine citrate load=20 mg/kg -> %.1f mg" % (
            random.randint(600, 3200), random.randint(24, 40), random.randint(0, 6), random.uniform(12, 64)),
        "c.l.pharm.dosing.PedsDoseCalculator - rule=MAX_DOSE_CHECK drug=acetaminophen ageMonths=%d weightKg=%.1f result=WITHIN_LIMIT" % (random.randint(1, 200), random.uniform(3, 60)),
        "c.l.milktrak.inventory.FreezerMonitor - freezer=FRZ-%02d temp=-%d.%dC door=closed bottles=%d" % (random.randint(1, 6), random.randint(18, 24), random.randint(0, 9), random.randint(40, 600)),
        "c.l.milktrak.inventory.ExpiryJob - expired bottles flagged=%d thawedOver24h=%d run=%s" % (random.randint(0, 12), random.randint(0, 4), uuid4()),
        "com.zaxxer.hikari.pool.HikariPool - HikariPool-1 - Pool stats (total=%d, active=%d, idle=%d, waiting=%d)" % (20, random.randint(0, 20), random.randint(0, 20), random.randint(0, 3)),
        "o.s.b.w.embedded.tomcat.TomcatWebServer - Tomcat started on port(s): 8443 (https) with context path '/milktrak'",
        "c.l.portal.push.DeviceRegistry - FCM batch sent ok=%d failed=%d" % (random.randint(10, 400), random.randint(0, 6)),
        "c.l.lab.nbs.NewbornScreenSubmitter - IDPH SFTP upload sftp.idph-nbs.example.gov:22 files=%d bytes=%d" % (random.randint(1, 9), random.randint(2000, 80000)),
        "c.l.milktrak.scan.BottleScanController - scan OK bottle=B%s-%04d vol=%dmL station=NICU POD %d BED %d latency=%dms" % (
            t.strftime("%y%m%d"), random.randint(1, 400), random.choice([10, 20, 30, 45]), random.randint(1, 6), random.randint(1, 24), random.randint(20, 300)),
    ])
    lvl = "DEBUG" if "Pool stats" in msg else "INFO "
    l.t("%s %s [%s] %s" % (ts_logback(t), lvl, random.choice(["main", "scheduling-1", "http-nio-8443-exec-3", "pool-4-thread-1"]), msg))
    emit(l)


def nv_dotnet_misc():
    t = tick(1, 40)
    l = L("app-dotnet")
    msg = random.choice([
        "[INF] (ChildLife.Letters.TemplateCache) Loaded %d letter templates from \\\\lch-fs02\\childlife\\templates in %dms" % (random.randint(12, 40), random.randint(30, 900)),
        "[INF] (Microsoft.Hosting.Lifetime) Now listening on: https://0.0.0.0:5001",
        "[INF] (Microsoft.AspNetCore.Hosting.Diagnostics) Request finished HTTP/1.1 GET https://childlife.lch.local/api/letters/queue - 200 null application/json %.4fms" % random.uniform(2, 400),
        "[WRN] (Microsoft.EntityFrameworkCore.Database.Command) Command timeout approaching (%dms) for query LetterQueue_Pending" % random.randint(20000, 29000),
        "[INF] (Portal.Identity.ProxyVerification) Vendor IdCheckPro health ok latency=%dms region=us-central" % random.randint(40, 400),
        "[INF] (Discharge.DmeCoordinator) Vendor sync complete: Midwest Home Medical, 2200 W Industrial Dr, Elk Grove Village IL 60007, (800) 555-0199 items=%d" % random.randint(1, 80),
        "[DBG] (Registration.Eligibility) X12 271 parsed segments=%d payer=IL-MEDICAID isa13=%s" % (random.randint(30, 120), digits(9)),
        "[INF] (Lch.Immunizations.IcareClient) Batch VXU summary sent=%d accepted=%d rejected=%d warnings=%d" % (random.randint(10, 90), random.randint(8, 80), random.randint(0, 3), random.randint(0, 9)),
        "[ERR] (Lch.Immunizations.IcareClient) SOAP fault from https://icare.idph.example.gov/ws/SubmitSingleMessage: Server.Busy retryIn=%ds" % random.choice([30, 60, 120]),
        "[INF] (ChildLife.Scheduling) Pet therapy visit scheduled unit=4WEST slot=%02d:%02d volunteerTeam=Paws-%d" % (random.randint(9, 16), random.choice([0, 30]), random.randint(1, 9)),
        "[INF] (ChildLife.Letters.Delivery) SMTP relay smtp-relay.lch.local:25 sender noreply@lakeshorechildrens.org queued=%d" % random.randint(0, 20),
    ])
    l.t("%s %s" % (ts_serilog(t), msg))
    emit(l)


def nv_json_misc():
    t = tick(1, 40)
    l = L("json-event")
    kind = random.random()
    if kind < 0.3:
        obj = O(("timestamp", ts_iso_z(t)), ("eventType", "portal.health"), ("status", "UP"),
                ("checks", O(("db", "UP"), ("epicInterconnect", random.choice(["UP", "UP", "DEGRADED"])), ("smtp", "UP"))),
                ("version", "8.4.%d" % random.randint(0, 3)), ("host", "portal-web-%02d" % random.randint(1, 6)))
    elif kind < 0.55:
        obj = O(("ts", ts_iso_z(t)), ("lvl", "INFO"), ("logger", "portal.proxy.ProxyAccessService"),
                ("msg", "proxy invitations expired"), ("count", random.randint(0, 40)), ("olderThanDays", 30), ("durMs", random.randint(40, 2000)))
    elif kind < 0.8:
        obj = O(("@timestamp", ts_iso_z(t)), ("event", "milk.inventory.snapshot"), ("unit", "NICU"),
                ("freshBottles", random.randint(20, 300)), ("frozenBottles", random.randint(100, 1500)),
                ("donorLots", ["DM-LOT 24-%04d" % random.randint(1, 999) for _ in range(random.randint(1, 3))]),
                ("oldestExpressed", "%dh" % random.randint(20, 96)))
    else:
        obj = O(("@t", ts_iso_z(t)), ("@mt", "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms"),
                ("RequestMethod", random.choice(["GET", "POST"])), ("RequestPath", random.choice(["/api/proxy/invitations", "/api/letters/render", "/api/iis/submit", "/health"])),
                ("StatusCode", random.choice([200, 200, 201, 204, 401, 500])), ("Elapsed", round(random.uniform(1, 900), 4)),
                ("RequestId", "0HN%s:0000000%d" % (rand_hex(9).upper(), random.randint(1, 9))), ("SourceContext", "Serilog.AspNetCore.RequestLoggingMiddleware"),
                ("ClientIp", mk_private_ip()))
    jval(l, obj)
    emit(l)


def nv_chronicles_misc():
    t = tick(1, 40)
    s = staff()
    l = L("chronicles-audit")
    kind = random.random()
    if kind < 0.4:
        l.t("ACCESS_LOG %s %s USER=%s(%s) WS=LCH-NICU-WS%02d ACTION=%s NAME=\"%s, %s\" ROLE=%s" % (
            t.strftime("%m/%d/%Y"), t.strftime("%H:%M:%S"), s[3], STAFF_E[s[3]], random.randint(1, 40),
            random.choice(["LOGIN", "LOGOUT", "SECURE_CHAT_OPEN", "UNIT_CENSUS_VIEW"]), s[1].upper(), s[0].upper(), s[2]))
    elif kind < 0.7:
        l.t("BATCH %s JOB=NB_TEMP_NAME_SWEEP RUN=%d RECORDS_SCANNED=%d UPDATED=%d STATUS=COMPLETE ELAPSED=%ss" % (
            t.strftime("%Y-%m-%d %H:%M:%S"), random.randint(10000, 99999), random.randint(20, 200), random.randint(0, 8), random.randint(2, 90)))
    else:
        l.t("CHRON_EDIT %s INI=DEP REC=%d ITEM=%d OLD=\"%d\" NEW=\"%d\" DESC=\"NICU POD CAPACITY\" USR=%s TX=%d" % (
            t.strftime("%Y-%m-%d %H:%M:%S"), random.randint(1000, 9999), random.randint(100, 900), random.randint(8, 24), random.randint(8, 24),
            s[3], random.randint(100000, 999999)))
    emit(l)


NOPHI_GENS = [(nv_monitor_vitals, 8), (nv_hl7_heartbeat, 5), (nv_hl7_pv1_transfer, 2), (nv_scanner, 6),
              (nv_java_stack, 1), (nv_java_misc, 7), (nv_dotnet_misc, 6), (nv_json_misc, 4), (nv_chronicles_misc, 4)]


def pick(gens):
    tot = sum(w for _, w in gens)
    r = random.uniform(0, tot)
    for g, w in gens:
        r -= w
        if r <= 0:
            return g
    return gens[-1][0]


def main():
    while len(OUT) < N_LINES:
        nophi = sum(1 for o in OUT if not o[1])
        share = nophi / len(OUT) if OUT else 0.0
        if share < 0.56:
            pick(NOPHI_GENS)()
        else:
            pick(PHI_GENS)()
    del OUT[N_LINES:]
    with open(os.path.join(HERE, "fo.log"), "wb") as fh:
        for line, spans, fam in OUT:
            fh.write(line + b"\n")
    with open(os.path.join(HERE, "fo.labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for i, (line, spans, fam) in enumerate(OUT, 1):
            fh.write(json.dumps({"line": i, "family": fam, "spans": spans}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
