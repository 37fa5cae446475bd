#!/usr/bin/env python3
"""Deterministic generator of a labeled PHI test corpus (id: fd).

Theme: mail-order / specialty pharmacy fulfilment centre (e-prescribing intake,
automation, label printing, carriers, cold chain, IVR refill line, payments,
Django patient portal).  Standard library only.  Writes fd.log and
fd.labels.jsonl next to this file.  Lines are built by concatenating segments;
every PHI segment's byte offsets are recorded while building.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
import uuid

random.seed(20240314)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "fd"
N_LINES = 500
N_CLEAN = 275  # 55 % without PHI

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}

pick = random.choice


# --------------------------------------------------------------------------
# line builder
# --------------------------------------------------------------------------
class Line:
    def __init__(self, family):
        self.family = family
        self.segs = []

    def t(self, *xs):
        for x in xs:
            x = str(x)
            if x:
                self.segs.append((x, None))
        return self

    def p(self, x, cat):
        assert cat in CATS, cat
        x = str(x)
        assert x, "empty PHI value"
        self.segs.append((x, cat))
        return self

    def embed(self, other, esc):
        """Append another line's segments, escaping each segment on its own
        (valid for char-by-char escapes such as JSON string or XML escaping)."""
        for txt, cat in other.segs:
            e = esc(txt)
            if cat:
                assert e
                self.segs.append((e, cat))
            elif e:
                self.segs.append((e, None))
        return self

    def has_phi(self):
        return any(c for _, c in self.segs)

    def render(self):
        b = bytearray()
        spans = []
        for txt, cat in self.segs:
            enc = txt.encode("utf-8")
            if cat:
                s = len(b)
                b += enc
                spans.append((s, len(b), cat, txt))
            else:
                b += enc
        for s, e, cat, txt in spans:
            assert bytes(b[s:e]) == txt.encode("utf-8"), (s, e, txt)
            assert b[s:e].decode("utf-8") == txt
        for (s1, e1, _, _), (s2, e2, _, _) in zip(spans, spans[1:]):
            assert e1 <= s2
        return bytes(b), [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]


class P:
    """PHI marker inside JSON structures."""
    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


def jesc(s, ea=False):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def jw(L, o, sep=(",", ":"), ea=False):
    if isinstance(o, P):
        if isinstance(o.v, str):
            L.t('"')
            L.p(jesc(o.v, ea), o.cat)
            L.t('"')
        else:
            L.p(json.dumps(o.v), o.cat)
    elif isinstance(o, dict):
        L.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k, ensure_ascii=ea), sep[1])
            jw(L, v, sep, ea)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(sep[0])
            jw(L, v, sep, ea)
        L.t("]")
    else:
        L.t(json.dumps(o, ensure_ascii=ea))


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def el(L, tag, val, cat=None, ns=""):
    L.t("<%s%s>" % (ns, tag))
    if cat:
        L.p(xesc(val), cat)
    else:
        L.t(xesc(val))
    L.t("</%s%s>" % (ns, tag))


# --------------------------------------------------------------------------
# identifiers with check digits
# --------------------------------------------------------------------------
def rdig(n):
    return "".join(pick("0123456789") for _ in range(n))


def rhex(n):
    return "".join(pick("0123456789abcdef") for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=random.getrandbits(128), version=4))


def luhn_cd(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(s):
    return luhn_cd(s[:-1]) == s[-1]


def npi():
    base = "1" + rdig(8)
    return base + luhn_cd("80840" + base)


def dea(last, kind="B"):
    d = [random.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return kind + last[0].upper() + "".join(map(str, d)) + str(c)


def imei():
    body = pick(["35", "86", "01", "35"]) + rdig(12)
    return body + luhn_cd(body)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + "0123456789"
    return (pick("123456789") + pick(MBI_A) + pick(an) + rdig(1) + pick(MBI_A)
            + pick(an) + rdig(1) + pick(MBI_A) + pick(MBI_A) + rdig(2))


def pan(brand):
    pre, ln = {"VISA": ("4", 16), "MC": (pick(["51", "52", "53", "54", "55"]), 16),
               "AMEX": (pick(["34", "37"]), 15), "DISC": ("6011", 16)}[brand]
    body = pre + rdig(ln - 1 - len(pre))
    return body + luhn_cd(body)


def aba():
    d = [int(c) for c in pick(["04", "07", "11", "26", "31", "02"]) + rdig(6)]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    return "".join(map(str, d)) + str((10 - s % 10) % 10)


UPS_SHIPPER = "A4X927"


def ups_trk():
    body = UPS_SHIPPER + pick(["01", "02", "03", "13", "42"]) + rdig(7)
    tot = 0
    for i, ch in enumerate(body):
        v = int(ch) if ch.isdigit() else (ord(ch) - 63) % 10
        tot += v * 2 if i % 2 == 1 else v
    return "1Z" + body + str((10 - tot % 10) % 10)


def fedex_trk():
    return pick("27") + rdig(11)


def usps_trk():
    body = pick(["94001", "92055", "94055"]) + rdig(16)
    s = 0
    for i, ch in enumerate(reversed(body)):
        s += int(ch) * (3 if i % 2 == 0 else 1)
    return body + str((10 - s % 10) % 10)


def ndc():
    return "%s-%s-%s" % (rdig(5), rdig(4), rdig(2))


def lot():
    return pick("ABCDEFGHJKLMNPRSTUVWXYZ") + rdig(4) + pick("AB")


def exp_date():
    return dt.date(2024, 7, 31) + dt.timedelta(days=30 * random.randint(0, 28))


def order_no():
    return "BSO-24-%d" % random.randint(700000, 799999)


def tote():
    return "TOTE-%06d" % random.randint(1, 9999)


def zone():
    return "CZ-%02d" % random.randint(1, 18)


def vial():
    return "V" + rdig(8)


def b64(nbytes, head=b""):
    raw = head + bytes(random.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(raw).decode()


# --------------------------------------------------------------------------
# formatting helpers
# --------------------------------------------------------------------------
def fphone(p, style):
    a, b, c = p[:3], p[3:6], p[6:]
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "dot": "%s.%s.%s" % (a, b, c), "e164": "+1" + p, "raw": p,
            "1dash": "1-%s-%s-%s" % (a, b, c)}[style]


def fdate(d, style):
    return {"iso": d.strftime("%Y-%m-%d"), "us": d.strftime("%m/%d/%Y"),
            "dtmf": d.strftime("%m%d%Y"), "ymd": d.strftime("%Y%m%d"),
            "us2": d.strftime("%m/%d/%y"),
            "mon": d.strftime("%b ") + str(d.day) + d.strftime(", %Y")}[style]


EPOCH = dt.datetime(1970, 1, 1)
EDT = dt.timedelta(hours=4)
CLOCK = [dt.datetime(2024, 3, 14, 9, 58, 12, 118000)]  # UTC
TODAY = dt.date(2024, 3, 14)


def tick():
    CLOCK[0] += dt.timedelta(milliseconds=random.randint(30, 21000))
    return CLOCK[0]


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def iso_z(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "Z"


def loc(t):
    return t - EDT


def log4j_ts(t):
    lt = loc(t)
    return lt.strftime("%Y-%m-%d %H:%M:%S,") + ms(lt)


def epoch_ms(t):
    return int((t - EPOCH).total_seconds() * 1000)


def clf(t, local=False):
    if local:
        return loc(t).strftime("%d/%b/%Y:%H:%M:%S -0400")
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def translit(s):
    s = s.replace("Ł", "L").replace("ł", "l").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    return "".join(c for c in translit(s).lower() if c.isalnum())


# --------------------------------------------------------------------------
# organisation data (not PHI; look-alikes)
# --------------------------------------------------------------------------
PH = {"name": "Bluestem Specialty Pharmacy", "addr1": "2150 Distribution Way",
      "addr2": "Suite 100", "city": "Grove City", "st": "OH", "zip": "43123",
      "phone": "6145550142", "fax": "6145550143", "tollfree": "8005550177",
      "ncpdp": "3612345", "npi": npi(), "dea": dea("B", "F")}
FEDEX_ACCT = "740561073"
USPS_USERID = "7BLUES" + rdig(6)

PHARMACISTS = [("Hannah", "Okafor", "PharmD"), ("Viktor", "Lindgren", "RPh"),
               ("Mei-Ling", "Chou", "RPh"), ("Samuel", "Adeyemi", "PharmD"),
               ("Rosa", "Villanueva", "PharmD"), ("Gregory", "Pham", "RPh")]
PHARMACISTS = [dict(first=f, last=l, cred=c, npi=npi(),
                    user=(f[0] + l).lower().replace("-", ""),
                    email="%s.%s@bluestemrx.com" % (f.lower().replace("-", ""), l.lower()),
                    lic="RPH.%s" % rdig(6)) for f, l, c in PHARMACISTS]
TECHS = ["jrivera", "kmorrison", "tbui", "aabdullah", "lschmidt", "dkowalski", "nmwangi"]
AGENTS = [("ext4412", "C. Dumont"), ("ext4419", "R. Castillo"), ("ext4431", "P. Nakamura"),
          ("ext4407", "B. Oyelowo")]

PRESCRIBERS = []
for f, l, cred, clinic, a1, city, st, z, area in [
        ("Alejandro", "Ruiz", "MD", "Central Ohio Rheumatology", "3545 Olentangy River Rd", "Columbus", "OH", "43214", "614"),
        ("Sunita", "Varma", "MD", "Riverside Endocrine Associates", "1100 Kettering Blvd", "Dayton", "OH", "45439", "937"),
        ("Thomas", "Brennan", "DO", "Allegheny Dermatology Group", "420 Fort Duquesne Blvd", "Pittsburgh", "PA", "15222", "412"),
        ("Keiko", "Watanabe", "MD", "Desert Gastroenterology", "2202 N Forbes Blvd", "Tucson", "AZ", "85745", "520"),
        ("Michael", "Osei", "NP", "Cumberland Infectious Disease Clinic", "2100 West End Ave", "Nashville", "TN", "37203", "615"),
        ("Laura", "Stein", "MD", "Lakeshore Neurology", "1020 N Mayfair Rd", "Milwaukee", "WI", "53226", "414"),
        ("Rafael", "Domingues", "MD", "Valley Transplant Center", "2823 Fresno St", "Fresno", "CA", "93721", "559")]:
    PRESCRIBERS.append(dict(first=f, last=l, cred=cred, clinic=clinic, a1=a1, city=city, st=st,
                            zip=z, phone=area + "555" + "02" + rdig(2),
                            fax=area + "555" + "03" + rdig(2), npi=npi(),
                            dea=dea(l, pick("ABF")), spi=rdig(13)))

DRUGS = [
    ("Adalimumab 40 MG/0.4ML Pen Injector Kit", True, 2, "Inject 40 mg subcutaneously every 14 days"),
    ("Etanercept 50 MG/ML Prefilled Syringe", True, 4, "Inject 50 mg subcutaneously once weekly"),
    ("Insulin Glargine 100 UNIT/ML Pen 3ML", True, 15, "Inject 22 units subcutaneously at bedtime"),
    ("Semaglutide 1 MG/0.75ML Pen", True, 3, "Inject 1 mg subcutaneously once weekly"),
    ("Dupilumab 300 MG/2ML Prefilled Pen", True, 4, "Inject 300 mg subcutaneously every other week"),
    ("Enoxaparin Sodium 40 MG/0.4ML Syringe", False, 30, "Inject 40 mg subcutaneously daily"),
    ("Methotrexate 2.5 MG Oral Tablet", False, 24, "Take 6 tablets by mouth once weekly"),
    ("Atorvastatin Calcium 40 MG Oral Tablet", False, 90, "Take 1 tablet by mouth daily"),
    ("Metformin HCl ER 500 MG Oral Tablet 24HR", False, 180, "Take 2 tablets by mouth daily with evening meal"),
    ("Levothyroxine Sodium 75 MCG Oral Tablet", False, 90, "Take 1 tablet by mouth every morning"),
    ("Tacrolimus 1 MG Oral Capsule", False, 180, "Take 3 capsules by mouth twice daily"),
    ("Emtricitabine-Tenofovir DF 200-300 MG Tablet", False, 30, "Take 1 tablet by mouth daily"),
    ("Lisinopril 10 MG Oral Tablet", False, 90, "Take 1 tablet by mouth daily"),
    ("Sertraline HCl 50 MG Oral Tablet", False, 90, "Take 1 tablet by mouth daily"),
]
DRUGS = [dict(desc=d, cold=c, qty=q, sig=s, ndc=ndc(), lot=lot(), exp=exp_date()) for d, c, q, s in DRUGS]

PAYERS = [("Buckeye Health Plan", "610014", "9999", "OHCAID"), ("Express Scripts", "003858", "A4", "RXGRPX12"),
          ("OptumRx", "610097", "9999", "UHCOMM"), ("CVS Caremark", "004336", "ADV", "RX1234"),
          ("Prime Therapeutics", "011552", "BCBSOH", "OH4412"), ("Medicare Part D - SilverScript", "004336", "MEDDADV", "RX8803"),
          ("Humana Medicare", "610649", "03200000", "HUMMD")]

COPAY = [("ArthraAssist Copay Program", "610020", "PDMI", "99996042"),
         ("GlucoSave Savings Card", "600426", "54", "EC12340001"),
         ("DermaBridge Co-Pay", "004682", "CN", "2625ACA"),
         ("ViroCare Patient Savings", "610524", "LOYALTY", "50778220")]

# --------------------------------------------------------------------------
# patients (synthetic)
# --------------------------------------------------------------------------
CITIES = [("Columbus", "OH", "432", "Franklin", "614"), ("Dayton", "OH", "454", "Montgomery", "937"),
          ("Toledo", "OH", "436", "Lucas", "419"), ("Pittsburgh", "PA", "152", "Allegheny", "412"),
          ("Louisville", "KY", "402", "Jefferson", "502"), ("Indianapolis", "IN", "462", "Marion", "317"),
          ("Ann Arbor", "MI", "481", "Washtenaw", "734"), ("Milwaukee", "WI", "532", "Milwaukee", "414"),
          ("Nashville", "TN", "372", "Davidson", "615"), ("Charlotte", "NC", "282", "Mecklenburg", "704"),
          ("Tucson", "AZ", "857", "Pima", "520"), ("Albuquerque", "NM", "871", "Bernalillo", "505"),
          ("Sacramento", "CA", "958", "Sacramento", "916"), ("Fresno", "CA", "937", "Fresno", "559"),
          ("Portland", "OR", "972", "Multnomah", "503"), ("Spokane", "WA", "992", "Spokane", "509"),
          ("Boise", "ID", "837", "Ada", "208"), ("Omaha", "NE", "681", "Douglas", "402"),
          ("St. Paul", "MN", "551", "Ramsey", "651"), ("Des Moines", "IA", "503", "Polk", "515"),
          ("San Antonio", "TX", "782", "Bexar", "210"), ("El Paso", "TX", "799", "El Paso", "915"),
          ("Miami", "FL", "331", "Miami-Dade", "305"), ("Savannah", "GA", "314", "Chatham", "912"),
          ("Hartford", "CT", "061", "Hartford", "860"), ("Worcester", "MA", "016", "Worcester", "508"),
          ("Newark", "NJ", "071", "Essex", "973"), ("Brooklyn", "NY", "112", "Kings", "718"),
          ("Lafayette", "LA", "705", "Lafayette", "337"), ("Honolulu", "HI", "968", "Honolulu", "808"),
          ("Anchorage", "AK", "995", "Anchorage", "907"), ("Westerville", "OH", "430", "Delaware", "614")]
STREETS = ["Oak Hollow", "Maple", "Linden", "Kessler", "Riverbend", "Sycamore", "Parkview", "Cedar Ridge",
           "Wexford", "Calloway", "Ashbury", "Marigold", "Quail Run", "Birchwood", "Old Mill", "Hawthorne",
           "Juniper", "Laurel", "Pinecrest", "Chestnut", "Lakeshore", "Tamarack", "Orchard", "Via Verde",
           "Camino del Sol", "Kapahulu", "Brookside", "Fenwick", "Magnolia", "Stonegate", "W 14th", "N Prospect"]
STYPES = ["St", "Ave", "Dr", "Ln", "Rd", "Ct", "Blvd", "Way", "Pl", "Ter", "Cir", "Pkwy"]
UNITS = ["Apt 2C", "Unit 14", "#305", "Apt B", "Apt 1107", "Ste 4", "Unit 3A", "Apt 22"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "proton.me", "comcast.net",
             "hotmail.com", "sbcglobal.net"]
PUB_NETS = ["73.41", "98.212", "24.166", "68.44", "174.109", "107.77", "71.190", "99.35", "76.182",
            "203.0.113", "198.51.100", "184.58", "67.161", "108.29", "172.58", "50.93"]

PEOPLE = [("Maria", "Gonzalez", "F", None), ("Thi Lan", "Nguyen", "F", None), ("Oluwaseun", "Adebayo", "M", None),
          ("Łukasz", "Wiśniewski", "M", None), ("Aoife", "O'Connell", "F", None), ("Rajesh", "Iyer", "M", None),
          ("Yuki", "Tanaka", "F", None), ("Fatima", "Haddad", "F", None), ("Dmitri", "Petrov", "M", None),
          ("Ngozi", "Okonkwo", "F", None), ("José", "Fernández", "M", None), ("Zoë", "Lindqvist", "F", None),
          ("Björn", "Halvorsen", "M", None), ("Kwame", "Mensah", "M", None), ("Priya", "Raghunathan", "F", None),
          ("Giulia", "Bianchi", "F", None), ("Haruto", "Sato", "M", None), ("Leilani", "Kahananui", "F", None),
          ("Tariq", "Rahman", "M", None), ("Esperanza", "Quispe", "F", None), ("Mehmet", "Yıldız", "M", None),
          ("Ingrid", "Achterberg", "F", None), ("Chidi", "Eze", "M", None), ("Ximena", "Castellanos", "F", None),
          ("Bao", "Tran", "M", None), ("Farah", "Siddiqui", "F", None), ("Rhiannon", "Pritchard", "F", None),
          ("Wojciech", "Nowak", "M", None), ("Amara", "Diallo", "F", None), ("Santiago", "Moreno-Vega", "M", None),
          ("Harpreet", "Kaur", "F", None), ("Emeka", "Obi", "M", None), ("Renée", "Delacroix", "F", None),
          ("Eleanor", "Whitfield", "F", 1933), ("Walter", "Abernathy", "M", 1932), ("Mildred", "Szabo", "F", 1931),
          ("Jean-Baptiste", "Laurent", "M", None), ("Sione", "Taufa", "M", None), ("Marisol", "Ybarra", "F", None),
          ("Anders", "Nygaard", "M", None), ("Dolores", "Kimura", "F", 1929), ("Abdirahman", "Warsame", "M", None),
          ("Svetlana", "Morozova", "F", None), ("Tomasz", "Zieliński", "M", None)]
REL_FIRST = ["Carmen", "Minh", "Folake", "Agnieszka", "Declan", "Lakshmi", "Kenji", "Omar", "Irina", "Chiamaka",
             "Lucia", "Erik", "Ama", "Rohan", "Marco", "Aiko", "Noelani", "Yusuf", "Rosa", "Halil", "Pieter"]
REL_KIND = ["daughter", "son", "spouse", "caregiver", "mother", "father", "guardian"]

used_phones = {PH["phone"], PH["fax"]}


def new_phone(area):
    while True:
        ph = area + "5550" + "1" + rdig(2)
        if ph not in used_phones:
            used_phones.add(ph)
            return ph


def dl_number(st):
    f = {"OH": lambda: pick("ABCDEFGHJKLMNPRST") + pick("ABCDEFGHJKLMNPRST") + rdig(6),
         "CA": lambda: pick("ABCDEFGHJKLMNPRSTUVWXYZ") + rdig(7), "PA": lambda: rdig(8),
         "TX": lambda: rdig(8), "FL": lambda: pick("ABCDEFGHJKLMNPRSTUVWXYZ") + rdig(12),
         "NY": lambda: rdig(9)}
    return f.get(st, lambda: pick("ABCDEFGHJKLMNPRSTUVWXYZ") + rdig(8))()


def plate(st):
    L3 = "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    return {"OH": L3 + rdig(4), "CA": rdig(1) + L3 + rdig(3), "TX": L3 + "-" + rdig(4),
            "NY": L3 + "-" + rdig(4)}.get(st, L3 + " " + rdig(3))


def member_id(age):
    if age >= 65:
        return mbi(), pick([5, 6])
    k = random.randint(0, 4)
    if k == 0:
        return "ZGP" + rdig(9), 4
    if k == 1:
        return "W" + rdig(9), 1
    if k == 2:
        return rdig(9) + "01", 2
    if k == 3:
        return "U" + rdig(8) + "01", 3
    return rdig(12), 0


def make_patient(first, last, sex, byear):
    if byear is None:
        byear = random.randint(1944, 2006)
    dob = dt.date(byear, random.randint(1, 12), random.randint(1, 28))
    age = TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))
    city, st, zp, county, area = pick(CITIES)
    mid, payer_ix = member_id(age)
    fa, la = translit(first).replace(" ", "").replace("-", ""), translit(last).replace("'", "").replace("-", "").replace(" ", "")
    em_style = random.randint(0, 3)
    local = [fa.lower() + "." + la.lower(), fa[0].lower() + la.lower() + rdig(2),
             la.lower() + "_" + fa.lower() + str(byear % 100), fa.lower() + la.lower()[:3] + rdig(3)][em_style]
    brand = pick(["VISA", "VISA", "MC", "AMEX", "DISC"])
    p = dict(first=first, last=last, sex=sex, dob=dob, age=age,
             street="%d %s %s" % (random.randint(12, 9870), pick(STREETS), pick(STYPES)),
             unit=pick(UNITS) if random.random() < 0.4 else "",
             city=city, st=st, zip=zp + rdig(2), zip4=rdig(4), county=county,
             phone=new_phone(area), phone2=new_phone(area) if random.random() < 0.3 else None,
             fax=new_phone(area) if random.random() < 0.3 else None,
             email=local + "@" + pick(EMAIL_DOM), mrn="PT-%07d" % random.randint(10000, 990000),
             ehr_mrn=pick(["E", "MRN", ""]) + rdig(8), member=mid, payer=PAYERS[payer_ix],
             rx=["%d" % random.randint(6000000, 7999999) for _ in range(3)],
             user=pick([fa[0].lower() + la.lower() + rdig(2), fa.lower() + "_" + la.lower()[:4],
                        la.lower() + fa[0].lower() + str(byear)]),
             ip="%s.%d.%d" % (pick(PUB_NETS), random.randint(1, 254), random.randint(1, 254)),
             brand=brand, pan=pan(brand), cexp="%02d/%02d" % (random.randint(1, 12), random.randint(25, 29)),
             bank_acct=rdig(random.randint(9, 12)), billing="BA-%07d" % random.randint(100000, 9999999),
             dl=dl_number(st), plate=plate(st), imei=imei(), ssn=None,
             copay=COPAY[random.randint(0, 3)], copay_id=pick(["", "CP", "A"]) + rdig(9),
             rel=None)
    # fake but valid-looking SSN (area not 000/666/9xx, group/serial non-zero)
    a = random.randint(1, 899)
    while a == 666:
        a = random.randint(1, 899)
    p["ssn"] = "%03d-%02d-%04d" % (a, random.randint(1, 99), random.randint(1, 9999))
    if random.random() < 0.6:
        p["rel"] = dict(first=pick(REL_FIRST), last=last if random.random() < 0.7 else pick(PEOPLE)[1],
                        kind=pick(REL_KIND), phone=new_phone(area))
    return p


PATIENTS = [make_patient(*x) for x in PEOPLE]
# weighted so that some patients recur often (a few busy patients)
PAT_W = [random.choice([1, 1, 2, 3, 5]) for _ in PATIENTS]


def pat():
    return random.choices(PATIENTS, PAT_W)[0]


def old_pat():
    return pick([p for p in PATIENTS if p["age"] > 89])


def fullname(p):
    return p["first"] + " " + p["last"]


def nm_upper_lf(p):
    return (p["last"] + ", " + p["first"]).upper()


def rph():
    return pick(PHARMACISTS)


def drug():
    return pick(DRUGS)


# --------------------------------------------------------------------------
# families
# --------------------------------------------------------------------------
def f_ncpdp(phi):
    t = tick()
    L = Line("log4j-ncpdp-xml")
    ts = log4j_ts(t)
    th = "surescripts-inbound-%d" % random.randint(1, 8)
    mid = rhex(32)
    pr = pick(PRESCRIBERS)
    d = drug()

    def patient_block(p):
        L.t("<Patient><HumanPatient><Identification><MedicalRecordIdentificationNumberEHR>")
        L.p(p["ehr_mrn"], "mrn")
        L.t("</MedicalRecordIdentificationNumberEHR></Identification><Name>")
        el(L, "LastName", p["last"], "name")
        el(L, "FirstName", p["first"], "name")
        L.t("</Name><Gender>%s</Gender><DateOfBirth>" % p["sex"])
        el(L, "Date", fdate(p["dob"], "iso"), "date")
        L.t("</DateOfBirth><Address>")
        el(L, "AddressLine1", p["street"], "address")
        if p["unit"]:
            el(L, "AddressLine2", p["unit"], "address")
        el(L, "City", p["city"], "address")
        L.t("<StateProvince>%s</StateProvince>" % p["st"])
        el(L, "PostalCode", p["zip"], "zip")
        L.t("<CountryCode>US</CountryCode></Address><CommunicationNumbers><PrimaryTelephone>")
        el(L, "Number", p["phone"], "phone")
        L.t("</PrimaryTelephone>")
        if p["fax"]:
            L.t("<Fax>")
            el(L, "Number", p["fax"], "fax")
            L.t("</Fax>")
        if random.random() < 0.5:
            el(L, "ElectronicMail", p["email"], "email")
        L.t("</CommunicationNumbers></HumanPatient></Patient>")

    def prescriber_block():
        L.t("<Prescriber><NonVeterinarian><Identification><NPI>%s</NPI><DEANumber>%s</DEANumber></Identification>"
            "<Name><LastName>%s</LastName><FirstName>%s</FirstName></Name><PracticeLocation><BusinessName>%s</BusinessName>"
            "</PracticeLocation><Address><AddressLine1>%s</AddressLine1><City>%s</City><StateProvince>%s</StateProvince>"
            "<PostalCode>%s</PostalCode><CountryCode>US</CountryCode></Address><CommunicationNumbers><PrimaryTelephone>"
            "<Number>%s</Number></PrimaryTelephone><Fax><Number>%s</Number></Fax></CommunicationNumbers>"
            "</NonVeterinarian></Prescriber>" % (pr["npi"], pr["dea"], pr["last"], pr["first"], pr["clinic"], pr["a1"],
                                                 pr["city"], pr["st"], pr["zip"], pr["phone"], pr["fax"]))

    def med_block(written=None):
        L.t("<MedicationPrescribed><DrugDescription>%s</DrugDescription><DrugCoded><ProductCode><Code>%s</Code>"
            "<Qualifier>ND</Qualifier></ProductCode></DrugCoded><Quantity><Value>%d</Value><CodeListQualifier>38"
            "</CodeListQualifier><QuantityUnitOfMeasure><Code>C48542</Code></QuantityUnitOfMeasure></Quantity>"
            "<DaysSupply>%d</DaysSupply>" % (xesc(d["desc"]), d["ndc"].replace("-", ""), d["qty"], pick([28, 30, 84, 90])))
        if written:
            L.t("<WrittenDate>")
            el(L, "Date", fdate(written, "iso"), "date")
            L.t("</WrittenDate>")
        L.t("<Substitutions>%d</Substitutions><NumberOfRefills>%d</NumberOfRefills><Sig><SigText>%s</SigText></Sig>"
            "</MedicationPrescribed>" % (random.randint(0, 1), random.randint(0, 11), xesc(d["sig"])))

    if phi:
        p = pat()
        v = random.random()
        if v < 0.55:
            L.t(ts, " INFO  [", th, "] c.b.erx.inbound.NewRxListener - NewRx received messageId=", mid,
                " bytes=", random.randint(2800, 5200), " payload=")
            L.t('<Message xmlns="http://www.ncpdp.org/schema/SCRIPT" DatatypesVersion="20170715" '
                'TransportVersion="20170715" TransactionDomain="SCRIPT" TransactionVersion="20170715" '
                'StructuresVersion="20170715" ECLVersion="20170715"><Header><To Qualifier="P">%s</To>'
                '<From Qualifier="C">%s</From><MessageID>%s</MessageID><SentTime>%s</SentTime></Header><Body><NewRx>'
                % (PH["ncpdp"], pr["spi"], mid, iso_z(t - dt.timedelta(seconds=random.randint(2, 40)))))
            if random.random() < 0.6:
                payer = p["payer"]
                L.t("<BenefitsCoordination><PayerIdentification><PayerID>%s</PayerID><ProcessorIdentificationNumber>%s"
                    "</ProcessorIdentificationNumber><IINNumber>%s</IINNumber></PayerIdentification><PayerName>%s"
                    "</PayerName><CardholderID>" % (rdig(5), payer[2], payer[1], xesc(payer[0])))
                L.p(p["member"], "health_plan")
                L.t("</CardholderID><GroupID>%s</GroupID></BenefitsCoordination>" % payer[3])
            patient_block(p)
            L.t("<Pharmacy><Identification><NCPDPID>%s</NCPDPID><NPI>%s</NPI></Identification><BusinessName>%s"
                "</BusinessName></Pharmacy>" % (PH["ncpdp"], PH["npi"], PH["name"]))
            prescriber_block()
            med_block(TODAY - dt.timedelta(days=random.randint(0, 12)))
            L.t("</NewRx></Body></Message>")
        elif v < 0.85:
            L.t(ts, " DEBUG [", th, "] c.b.erx.mapper.PatientMapper - Mapped Patient segment messageId=", mid,
                " matchScore=0.", random.randint(70, 99), " -> ")
            patient_block(p)
        else:
            L.t(ts, " WARN  [", th, "] c.b.erx.inbound.PatientMatcher - No unique profile for NewRx messageId=",
                mid, ": candidates=", random.randint(2, 3), " lastName=")
            L.p(p["last"], "name")
            L.t(" dob=")
            L.p(fdate(p["dob"], "ymd"), "date")
            L.t(" zip=")
            L.p(p["zip"], "zip")
            L.t(" -> routed to intake queue EXC-MATCH (tech review)")
        return L
    v = random.randint(0, 5)
    if v == 0:
        L.t(ts, " INFO  [surescripts-outbound-%d] c.b.erx.outbound.StatusSender - Sent " % random.randint(1, 4),
            "<Status><Code>000</Code></Status> RelatesToMessageID=", mid, " to=", pr["spi"], " latencyMs=",
            random.randint(40, 900))
    elif v == 1:
        L.t(ts, " WARN  [", th, "] c.b.erx.validate.NewRxValidator - NewRx messageId=", mid,
            " failed rule CII_REQUIRES_DEA prescriberNPI=", pr["npi"], " -> Error Code=900 DescriptionCode=1000")
    elif v == 2:
        L.t(ts, " DEBUG [", th, "] c.b.erx.mapper.DrugMapper - MedicationPrescribed messageId=", mid, " -> ")
        med_block()
    elif v == 3:
        L.t(ts, " DEBUG [", th, "] c.b.erx.mapper.PrescriberMapper - Prescriber segment -> ")
        prescriber_block()
    elif v == 4:
        n = random.randint(3, 40)
        a, c, r = random.randint(0, 3), random.randint(0, 2), 0
        L.t(ts, " INFO  [mailbox-poller-1] c.b.erx.inbound.MailboxPoller - Polled mailbox: %d messages "
            "(NewRx=%d, CancelRx=%d, RxRenewalResponse=%d) in %d ms" % (n + a + c, n, c, a, random.randint(80, 1900)))
    else:
        L.t(ts, " INFO  [directory-sync] c.b.erx.directory.DirectorySync - Pharmacy directory entry confirmed "
            "<Pharmacy><Identification><NCPDPID>%s</NCPDPID><NPI>%s</NPI></Identification><BusinessName>%s</BusinessName>"
            "<Address><AddressLine1>%s</AddressLine1><AddressLine2>%s</AddressLine2><City>%s</City><StateProvince>%s"
            "</StateProvince><PostalCode>%s</PostalCode></Address><CommunicationNumbers><PrimaryTelephone><Number>%s"
            "</Number></PrimaryTelephone><Fax><Number>%s</Number></Fax></CommunicationNumbers></Pharmacy>"
            % (PH["ncpdp"], PH["npi"], PH["name"], PH["addr1"], PH["addr2"], PH["city"], PH["st"], PH["zip"],
               PH["phone"], PH["fax"]))
    return L


PINO_HOST = "order-intake-7c9d8f6b5-x2kqp"


def pino_head(t, level=30):
    return {"level": level, "time": epoch_ms(t), "pid": 27, "hostname": PINO_HOST}


def f_node(phi):
    t = tick()
    if phi:
        v = random.randint(0, 12)
        p = pat()
        if v == 10:
            L = Line("pino-json")
            o = pino_head(t)
            o.update({"reqId": "req-" + rhex(6), "route": "/api/v2/mobile/register", "patientId": P(p["mrn"], "mrn"),
                      "device": {"os": pick(["Android 14", "Android 13"]), "model": pick(["SM-S911U", "Pixel 7a", "moto g 5G"]),
                                 "imei": P(p["imei"], "device")}, "appVersion": "3.8.1", "msg": "mobile device bound"})
            jw(L, o)
            return L
        if v == 11:
            L = Line("winston-json")
            o = {"level": "info", "message": "will-call release ID check", "service": "will-call",
                 "orderId": order_no(), "pickedUpBy": P(fullname(p), "name"),
                 "idCheck": {"type": "DL", "state": p["st"], "number": P(p["dl"], "license"), "verified": True},
                 "controlled": pick([True, False]), "clerk": pick(TECHS), "timestamp": iso_z(t)}
            jw(L, o)
            return L
        if v == 12:
            L = Line("pino-json")
            if not p["fax"]:
                p = pick([x for x in PATIENTS if x["fax"]])
            o = pino_head(t)
            o.update({"reqId": "req-" + rhex(6), "patient_id": P(p["mrn"], "mrn"), "preferred_contact": "fax",
                      "fax_number": P(fphone(p["fax"], "dash"), "fax"), "pharmacy_fax": fphone(PH["fax"], "dash"),
                      "msg": "contact preference updated"})
            jw(L, o)
            return L
        if v in (0, 1):
            L = Line("pino-json")
            d = drug()
            o = pino_head(t)
            o.update({"reqId": "req-" + rhex(6), "orderId": order_no(), "source": pick(["eRx", "fax", "transfer"]),
                      "patient": {"id": P(p["mrn"], "mrn"), "firstName": P(p["first"], "name"),
                                  "lastName": P(p["last"], "name"), "dob": P(fdate(p["dob"], "iso"), "date"),
                                  "phone": P(fphone(p["phone"], "dash"), "phone")},
                      "shipTo": {"line1": P(p["street"], "address")}})
            if p["unit"]:
                o["shipTo"]["line2"] = P(p["unit"], "address")
            o["shipTo"].update({"city": P(p["city"], "address"), "state": p["st"], "zip": P(p["zip"], "zip")})
            o["items"] = [{"ndc": d["ndc"], "qty": d["qty"], "rxNumber": P(pick(p["rx"]), "other_id"),
                           "coldChain": d["cold"]}]
            o["msg"] = "order received"
            jw(L, o)
            return L
        if v == 2:
            L = Line("pino-json")
            o = pino_head(t)
            o.update({"reqId": "req-" + rhex(6), "svc": "eligibility", "bin": p["payer"][1], "pcn": p["payer"][2],
                      "group": p["payer"][3], "memberId": P(p["member"], "health_plan"),
                      "patientDob": P(fdate(p["dob"], "ymd"), "date"), "payer": p["payer"][0],
                      "coverage": "ACTIVE", "tier": random.randint(1, 5), "durationMs": random.randint(180, 2400),
                      "msg": "eligibility check ok"})
            jw(L, o)
            return L
        if v == 3:
            L = Line("winston-json")
            o = {"level": "warn", "message": "shipping address failed validation", "service": "order-intake",
                 "orderId": order_no(), "reason": pick(["ZIP_CITY_MISMATCH", "UNDELIVERABLE", "MISSING_UNIT"]),
                 "contactEmail": P(p["email"], "email"),
                 "address": {"street1": P(p["street"], "address"), "city": P(p["city"], "address"),
                             "state": p["st"], "postalCode": P(p["zip"], "zip")},
                 "timestamp": iso_z(t)}
            jw(L, o)
            return L
        if v == 4:
            L = Line("winston-json")
            o = {"level": "info", "message": "manufacturer assistance enrollment submitted", "service": "benefits-inv",
                 "program": p["copay"][0], "hubCaseId": P("HUB-" + rdig(8), "other_id"),
                 "applicant": {"first_name": P(p["first"], "name"), "last_name": P(p["last"], "name"),
                               "ssn": P(p["ssn"], "ssn"), "date_of_birth": P(fdate(p["dob"], "us"), "date"),
                               "household_size": random.randint(1, 6)},
                 "submittedBy": pick(TECHS), "timestamp": iso_z(t)}
            jw(L, o)
            return L
        if v == 5:
            L = Line("pino-json")
            o = pino_head(t)
            o.update({"reqId": "req-" + rhex(6), "orderId": order_no(), "pickup": "WILL_CALL_CURBSIDE",
                      "window": "%s-%s" % (pick(["10:00", "13:00", "15:30"]), pick(["11:00", "14:00", "16:30"])),
                      "customer": P(fullname(p), "name"), "vehicle": {"plate": P(p["plate"], "vehicle"),
                                                                      "state": p["st"],
                                                                      "desc": pick(["silver Camry", "blue CR-V",
                                                                                    "white F-150", "black Model 3"])},
                      "msg": "curbside pickup scheduled"})
            jw(L, o)
            return L
        if v == 6:
            L = Line("pino-json")
            o = pino_head(t)
            o.update({"reqId": "req-" + rhex(6), "orderId": order_no(), "dme": True,
                      "item": pick(["Insulin pump starter kit", "CGM transmitter G7", "Ambulatory infusion pump"]),
                      "patientId": P(p["mrn"], "mrn"),
                      "deviceSerial": P(pick(["SM", "PT", "IP"]) + rdig(7) + pick("ABCDEFGH"), "device"),
                      "udiDI": "0" + rdig(13), "msg": "durable device assigned to patient"})
            jw(L, o)
            return L
        if v == 7:
            L = Line("pino-json")
            q = old_pat()
            o = pino_head(t, 40)
            o.update({"reqId": "req-" + rhex(6), "patientId": P(q["mrn"], "mrn"), "patientAge": P(q["age"], "age"),
                      "flags": ["GERIATRIC_COUNSEL", "LARGE_PRINT_LABEL"], "rph": rph()["user"],
                      "msg": "clinical rule fired: age-based counseling required"})
            jw(L, o)
            return L
        if v == 8:
            L = Line("winston-json")
            if not p["rel"]:
                p = pick([x for x in PATIENTS if x["rel"]])
            r = p["rel"]
            o = {"level": "info", "message": "guarantor updated", "service": "patient-profile",
                 "patient_id": P(p["mrn"], "mrn"), "guarantor": {"name": P(r["first"] + " " + r["last"], "name"),
                                                                 "relationship": r["kind"],
                                                                 "phone": P(fphone(r["phone"], "paren"), "phone")},
                 "updatedBy": pick(TECHS), "timestamp": iso_z(t)}
            jw(L, o)
            return L
        L = Line("winston-json")
        o = {"level": "info", "message": "refill request queued", "service": "refill-worker",
             "rx_number": P(pick(p["rx"]), "other_id"), "patient_id": P(p["mrn"], "mrn"),
             "channel": pick(["ivr", "portal", "sms"]), "priority": pick(["normal", "expedite"]),
             "queue": "refill.pending", "timestamp": iso_z(t)}
        jw(L, o)
        return L
    v = random.randint(0, 8)
    if v in (0, 1, 2):
        L = Line("pino-http-json")
        o = pino_head(t)
        meth, url, code = pick([("POST", "/api/v2/orders", 201), ("GET", "/api/v2/orders/" + order_no(), 200),
                                ("PATCH", "/api/v2/orders/" + order_no() + "/status", 204),
                                ("GET", "/api/v2/ndc/" + drug()["ndc"].replace("-", ""), 200),
                                ("POST", "/api/v2/eligibility", 200), ("GET", "/healthz", 200),
                                ("POST", "/api/v2/orders", 422)])
        o.update({"req": {"id": random.randint(1000, 99999), "method": meth, "url": url,
                          "remoteAddress": "::ffff:10.40.%d.%d" % (random.randint(0, 9), random.randint(2, 250)),
                          "remotePort": random.randint(30000, 65000)},
                  "res": {"statusCode": code}, "responseTime": random.randint(2, 1800), "msg": "request completed"})
        jw(L, o)
        return L
    if v == 3:
        L = Line("pino-json")
        o = pino_head(t)
        o.update({"orderId": order_no(), "from": "RECEIVED", "to": pick(["RPH_VERIFY", "FILL_QUEUE", "ON_HOLD_BI"]),
                  "by": pick(TECHS), "msg": "order state transition"})
        jw(L, o)
        return L
    if v == 4:
        L = Line("pino-json")
        o = pino_head(t, 20)
        o.update({"topic": "orders.created", "partition": random.randint(0, 11), "offset": random.randint(100000, 999999),
                  "messageId": ruuid(), "msg": "published to kafka"})
        jw(L, o)
        return L
    if v == 5:
        L = Line("winston-json")
        o = {"level": "warn", "message": "slow query", "service": "order-intake", "durationMs": random.randint(900, 6000),
             "query": "SELECT * FROM order_items WHERE order_id = $1", "timestamp": iso_z(t)}
        jw(L, o)
        return L
    if v == 6:
        L = Line("pino-json")
        o = pino_head(t, 50)
        o.update({"err": {"type": "Error", "message": "connect ETIMEDOUT 10.20.3.14:5432",
                          "stack": "Error: connect ETIMEDOUT 10.20.3.14:5432\n    at TCPConnectWrap.afterConnect "
                                   "[as oncomplete] (node:net:1555:16)", "code": "ETIMEDOUT"},
                  "attempt": random.randint(1, 5), "msg": "db connection failed, retrying"})
        jw(L, o)
        return L
    if v == 7:
        L = Line("winston-json")
        r = rph()
        o = {"level": "info", "message": "rph verification complete", "service": "verify-queue", "orderId": order_no(),
             "verifiedBy": "%s %s, %s" % (r["first"], r["last"], r["cred"]), "verifierNpi": r["npi"],
             "result": pick(["APPROVED", "APPROVED", "CLARIFY_PRESCRIBER"]), "timestamp": iso_z(t)}
        jw(L, o)
        return L
    L = Line("pino-json")
    o = pino_head(t)
    o.update({"job": "notify-dispatch", "template": pick(["order_shipped", "refill_due", "copay_update"]),
              "from": "noreply@bluestemrx.com", "provider": "ses", "sent": random.randint(10, 400),
              "failed": random.randint(0, 3), "msg": "batch notifications dispatched"})
    jw(L, o)
    return L


def f_morgan(phi):
    t = tick()
    L = Line("morgan-combined")
    meth, url, code, ua = pick([
        ("POST", "/api/v2/orders", 201, "Surescripts-Gateway/4.2"),
        ("GET", "/api/v2/orders/%s" % order_no(), 200, "axios/1.6.7"),
        ("GET", "/api/v2/totes/%s" % tote(), 200, "WCS-Bridge/2.3 (.NET 6.0)"),
        ("POST", "/api/v2/shipments/%s/label" % order_no(), 201, "axios/1.6.7"),
        ("GET", "/metrics", 200, "Prometheus/2.49.1"),
        ("PUT", "/api/v2/orders/%s/hold" % order_no(), 409, "node-fetch/1.0"),
        ("GET", "/api/v2/inventory?ndc=%s" % drug()["ndc"], 200, "axios/1.6.7")])
    L.t("::ffff:10.40.%d.%d - - [%s] \"%s %s HTTP/1.1\" %d %d \"-\" \"%s\""
        % (random.randint(0, 9), random.randint(2, 250), clf(t), meth, url, code, random.randint(2, 9000), ua))
    return L


def f_winsvc(phi):
    t = tick()
    lt = loc(t)
    fmt = random.randint(0, 3)
    if fmt == 0:
        L = Line("log4net")
        lvl = "INFO "
        L.t(lt.strftime("%Y-%m-%d %H:%M:%S,") + ms(lt), " [%d] " % random.randint(3, 40))
        head = lambda lg, lv="INFO ": L.t(lv, " ", lg, " - ")
    elif fmt == 1:
        L = Line("nlog")
        L.t(lt.strftime("%Y-%m-%d %H:%M:%S.") + "%04d" % (lt.microsecond // 100), "|")
        head = lambda lg, lv="INFO ": L.t(lv.strip(), "|", lg, "|")
    elif fmt == 2:
        L = Line("serilog")
        L.t(lt.strftime("%Y-%m-%d %H:%M:%S.") + ms(lt), " -04:00 ")
        head = lambda lg, lv="INFO ": L.t("[", {"INFO ": "INF", "WARN ": "WRN", "ERROR": "ERR", "DEBUG": "DBG"}[lv], "] ")
    else:
        L = Line("rxauto-vendor")
        L.t(lt.strftime("%m/%d/%Y %I:%M:%S %p"), "  ")
        head = lambda lg, lv="INFO ": L.t("[", lg.split(".")[-1][:10].upper(), "]  ", lv[0], "  ")
    st = "VF-%02d" % random.randint(1, 4)
    d = drug()
    if phi:
        p = pat()
        rx = pick(p["rx"])
        v = random.randint(0, 5)
        if v == 0:
            head("Bluestem.Automation.VialFill.FillController")
            L.t("Fill complete rx=")
            L.p(rx, "other_id")
            L.t(" fill=%02d vial=%s ndc=%s qty=%d lot=%s exp=%s station=%s weight=%.2fg"
                % (random.randint(0, 6), vial(), d["ndc"], d["qty"], d["lot"], d["exp"].isoformat(), st,
                   random.uniform(8, 40)))
        elif v == 1:
            head("Bluestem.Automation.Label.LabelVerifier")
            L.t("Label verify OK vial=%s rx=" % vial())
            L.p(rx, "other_id")
            L.t(" patient=\"")
            L.p(nm_upper_lf(p), "name")
            L.t("\" fields=3/3 camera=LV-CAM-%d" % random.randint(1, 3))
        elif v == 2:
            head("Bluestem.Automation.PickRobot.ArmController")
            L.t("PR-%d placed Rx " % random.randint(1, 3))
            L.p(rx, "other_id")
            L.t(" into %s slot %d (order %s) cycle=%.2fs" % (tote(), random.randint(1, 8), order_no(),
                                                           random.uniform(2, 6)))
        elif v == 3:
            r = rph()
            head("Bluestem.Automation.Verify.FinalCheck")
            L.t("RPh final verify rx=")
            L.p(rx, "other_id")
            L.t(" by %s %s, %s NPI %s result=APPROVED images=4" % (r["first"], r["last"], r["cred"], r["npi"]))
        elif v == 4:
            head("Bluestem.Automation.Qa.RejectHandler", "WARN ")
            L.t("Reject to QA bin QA-%d: rx " % random.randint(1, 4))
            L.p(rx, "other_id")
            L.t(" patient ")
            L.p((p["first"] + " " + p["last"]).upper(), "name")
            L.t(" reason=%s vial=%s" % (pick(["LABEL_SMUDGED", "COUNT_MISMATCH", "CAP_MISSING"]), vial()))
        else:
            head("Bluestem.Automation.Label.LabelVerifier", "ERROR")
            L.t("DOB on vial label does not match profile rx=")
            L.p(rx, "other_id")
            L.t(" printed=")
            L.p(fdate(p["dob"], "us"), "date")
            L.t(" expected=")
            L.p(fdate(p["dob"] + dt.timedelta(days=pick([1, -1, 30])), "us"), "date")
            L.t(" -> line stopped at %s" % zone())
        return L
    v = random.randint(0, 10)
    if v == 0:
        head("Bluestem.Automation.VialFill.Canister", "WARN ")
        L.t("Canister C-%d low count: %d remaining NDC %s lot %s exp %s" % (random.randint(100, 260),
            random.randint(40, 300), d["ndc"], d["lot"], d["exp"].strftime("%m/%Y")))
    elif v == 1:
        head("Bluestem.Automation.Conveyor.Induct")
        L.t("Tote %s inducted at %s order %s items=%d priority=%s" % (tote(), zone(), order_no(), random.randint(1, 6),
                                                                   pick(["STD", "COLD", "STAT"])))
    elif v == 2:
        head("Bluestem.Automation.Capper.CapperService")
        L.t("Vial %s capped torque=%.1f in-lb cap=%s station=CP-%02d" % (vial(), random.uniform(10, 16),
            pick(["CR-33mm", "EZ-OPEN-40mm", "CR-40mm"]), random.randint(1, 3)))
    elif v == 3:
        head("Bluestem.Automation.Conveyor.ZoneController", "WARN ")
        L.t("Zone %s jam detected photoeye PE-%d blocked %.1fs; accumulating upstream %s" % (zone(), random.randint(1, 6),
            random.uniform(2, 9), zone()))
    elif v == 4:
        head("Bluestem.Automation.PickRobot.ArmController")
        L.t("PR-%d picked SKU %s-%s bin %s-%02d-%02d qty=1 cycle=%.2fs" % (random.randint(1, 3), rdig(4), rdig(4),
            pick("ABCD"), random.randint(1, 30), random.randint(1, 8), random.uniform(2, 6)))
    elif v == 5:
        head("Bluestem.Automation.Comm.WcsLink")
        L.t("Heartbeat to WCS 10.60.2.15:5020 ok rtt=%dms seq=%d" % (random.randint(1, 30), random.randint(1000, 99999)))
    elif v == 6:
        head("Bluestem.Automation.Scale.Calibration")
        L.t("Calibration check scale SC-%d ref=50.000g read=%.3fg PASS" % (random.randint(1, 4),
                                                                        50 + random.uniform(-0.01, 0.01)))
    elif v == 7:
        head("Bluestem.Automation.Host.ServiceHost")
        L.t("Service %s v4.12.%d.%d started on host RXAUTO-%s (pid %d)" % (pick(["BluestemVialFill", "BluestemCapper",
            "BluestemPickRobot", "BluestemConveyor"]), random.randint(0, 9), random.randint(1000, 3000),
            st.replace("-", ""), random.randint(1000, 9000)))
    elif v == 8:
        r = rph()
        head("Bluestem.Automation.VialFill.Canister")
        L.t("Canister C-%d refilled by tech %s, check by %s. %s %s NDC %s lot %s" % (random.randint(100, 260),
            pick(TECHS), r["first"][0], r["last"], r["cred"], d["ndc"], d["lot"]))
    elif v == 9:
        head("Bluestem.Automation.Vision.CountVerify")
        vv = vial()
        L.t("Count verification vial %s expected=%d counted=%d image=\\\\rxauto-fs01\\images\\2024\\03\\14\\%s.jpg"
            % (vv, d["qty"], d["qty"], vv))
    else:
        head("Bluestem.Automation.Conveyor.Divert")
        L.t("Divert %s -> %s (cold chain pack-out) tote %s order %s" % (zone(), pick(["PO-1", "PO-2", "PO-3"]), tote(),
                                                                      order_no()))
    return L


def f_plc(phi):
    t = tick()
    L = Line("plc-gateway-csv")
    gw = "PLCGW-%02d" % random.randint(1, 3)
    plc = "192.168.50.%d" % random.randint(10, 40)
    if phi:
        p = pat()
        L.t(iso_z(t), ",", gw, ",", plc, ",SCAN.%s.Barcode,RX" % zone().replace("-", ""))
        L.p(pick(p["rx"]), "other_id")
        L.t("-%02d,GOOD," % random.randint(0, 5))
        return L
    if random.random() < 0.06:
        L.t("timestamp,gateway,plc_ip,tag,value,quality,unit")
        return L
    tag, val, unit = pick([
        ("CNV.%s.PE0%d.Blocked" % (zone().replace("-", ""), random.randint(1, 6)), str(random.randint(0, 1)), ""),
        ("CNV.%s.Speed" % zone().replace("-", ""), "%.2f" % random.uniform(0.4, 1.6), "m/s"),
        ("CNV.%s.MotorCurrent" % zone().replace("-", ""), "%.2f" % random.uniform(1.1, 4.8), "A"),
        ("VF0%d.Counter.Good" % random.randint(1, 4), str(random.randint(1000, 30000)), "count"),
        ("CP0%d.Torque.Avg" % random.randint(1, 3), "%.1f" % random.uniform(11, 15), "in-lb"),
        ("COLD.WalkIn1.Temp", "%.1f" % random.uniform(2.5, 6.5), "degC"),
        ("SCAN.%s.Barcode" % zone().replace("-", ""), tote(), ""),
        ("SCAN.%s.Barcode" % zone().replace("-", ""), order_no(), ""),
        ("PR%d.State" % random.randint(1, 3), pick(["IDLE", "PICKING", "FAULT_E214", "HOMING"]), ""),
        ("LBL.PrinterA.Online", "1", "")])
    L.t(iso_z(t), ",", gw, ",", plc, ",", tag, ",", val, ",", pick(["GOOD", "GOOD", "GOOD", "UNCERTAIN"]), ",", unit)
    return L


def zpl_prefix(L, t):
    lt = loc(t)
    L.t(lt.strftime("%Y-%m-%d %H:%M:%S.") + ms(lt), " INFO  PrintSpooler[3304] job=PJ-%08d printer=%s "
        "(10.60.4.%d:9100) " % (random.randint(1, 99999999), pick(["ZT411-PK03", "ZT610-PK01", "ZD621-RX02"]),
                                random.randint(20, 60)))


def f_zpl(phi):
    t = tick()
    L = Line("zpl-spooler")
    zpl_prefix(L, t)
    if phi:
        p = pat()
        if random.random() < 0.5:  # shipping label
            L.t('zpl="^XA^CI28^PW812^FO40,30^A0N,24,24^FD%s^FS^FO40,58^A0N,20,20^FD%s, %s, %s %s %s^FS'
                % (PH["name"].upper(), PH["addr1"], PH["city"], PH["st"], PH["zip"], fphone(PH["phone"], "paren")))
            L.t("^FO40,120^A0N,22,22^FDSHIP TO:^FS^FO40,150^A0N,34,34^FD")
            L.p(fullname(p).upper(), "name")
            L.t("^FS")
            if p["rel"] and random.random() < 0.4:
                L.t("^FO40,188^A0N,26,26^FDC/O ")
                L.p((p["rel"]["first"] + " " + p["rel"]["last"]).upper(), "name")
                L.t("^FS")
            L.t("^FO40,222^A0N,30,30^FD")
            L.p(p["street"].upper(), "address")
            if p["unit"]:
                L.t(" ")
                L.p(p["unit"].upper(), "address")
            L.t("^FS^FO40,258^A0N,30,30^FD")
            L.p(p["city"].upper(), "address")
            L.t(", %s " % p["st"])
            L.p(p["zip"] + "-" + p["zip4"], "zip")
            L.t("^FS^FO40,300^BY3^BCN,120,Y,N,N^FD%s^FS^FO40,450^A0N,24,24^FDREF: %s^FS^XZ\"" % (ups_trk(), order_no()))
        else:  # vial / patient label
            d = drug()
            r = rph()
            pr = pick(PRESCRIBERS)
            L.t('zpl="^XA^CI28^FO20,20^A0N,22,22^FD%s  %s^FS^FO20,48^A0N,28,28^FDRx# ' % (PH["name"],
                                                                                        fphone(PH["phone"], "dash")))
            L.p(pick(p["rx"]), "other_id")
            L.t("^FS^FO20,84^A0N,30,30^FD")
            L.p(nm_upper_lf(p), "name")
            L.t("^FS")
            if random.random() < 0.6:
                L.t("^FO20,118^A0N,22,22^FDDOB ")
                L.p(fdate(p["dob"], "us"), "date")
                L.t("^FS")
            L.t("^FO20,146^A0N,24,24^FD%s^FS^FO20,174^A0N,22,22^FD%s^FS^FO20,202^A0N,20,20^FDQty: %d  Refills: %d^FS"
                "^FO20,226^A0N,20,20^FDDr. %s. %s^FS^FO20,250^A0N,20,20^FDFilled: "
                % (d["desc"].upper(), d["sig"], d["qty"], random.randint(0, 5), pr["first"][0], pr["last"]))
            L.p(fdate(TODAY - dt.timedelta(days=random.randint(0, 1)), "us"), "date")
            L.t("  RPh: %s%s^FS^FO20,274^A0N,18,18^FDNDC %s  Lot %s  Exp %s^FS^FO400,20^BQN,2,4^FDQA,%s^FS^XZ\""
                % (r["first"][0], r["last"][0], d["ndc"], d["lot"], d["exp"].strftime("%m/%Y"), vial()))
        return L
    v = random.randint(0, 4)
    if v == 0:
        tt = tote()
        L.t('zpl="^XA^FO30,30^A0N,60,60^FD%s^FS^FO30,110^BY3^BCN,100,N,N,N^FD%s^FS^FO30,230^A0N,28,28^FD%s^FS^XZ"'
            % (tt, tt, zone()))
    elif v == 1:
        L.t('zpl="^XA^CI28^FO30,30^GB740,120,4^FS^FO60,60^A0N,50,50^FDREFRIGERATE 2°C–8°C^FS^FO60,170^A0N,30,30^FD'
            'DO NOT FREEZE  ·  ORDER %s^FS^FO60,220^A0N,24,24^FDLogger %s^FS^XZ"' % (order_no(), "TL-4G-" + rdig(7)))
    elif v == 2:
        L.t("status ~HS -> 030,0,0,1245,000,0,0,0,000,0,0,0 / 001,0,0,0,1,2,6,0,00000000,1,000 / 1234,0 (ready)")
    elif v == 3:
        L.t("template LBL_%s_v%d loaded from \\\\printsrv01\\templates (%d bytes, sha1 %s)"
            % (pick(["VIAL", "SHIP_UPS", "SHIP_FEDEX", "COLDCHAIN", "PACKSLIP"]), random.randint(2, 9),
               random.randint(800, 6000), rhex(12)))
    else:
        L.t('zpl="^XA^CI28^FO40,30^A0N,26,26^FDPACKING SLIP  %s^FS^FO40,64^A0N,20,20^FDFrom: %s, %s %s, %s, %s %s^FS'
            '^FO40,100^A0N,20,20^FDItems: %d  Totes: %s^FS^FO40,130^A0N,20,20^FDQuestions? Call %s or email '
            'pharmacy@bluestemrx.com^FS^XZ"' % (order_no(), PH["name"], PH["addr1"], PH["addr2"], PH["city"], PH["st"],
                                                PH["zip"], random.randint(1, 5), tote(), fphone(PH["tollfree"], "1dash")))
    return L


def shipper_obj():
    return {"Name": PH["name"], "AttentionName": "Shipping Dept", "Phone": {"Number": PH["phone"]},
            "ShipperNumber": UPS_SHIPPER,
            "Address": {"AddressLine": [PH["addr1"], PH["addr2"]], "City": PH["city"], "StateProvinceCode": PH["st"],
                        "PostalCode": PH["zip"], "CountryCode": "US"}}


def f_ups(phi):
    t = tick()
    L = Line("winston-json")
    if phi:
        p = pat()
        v = random.random()
        if v < 0.7:
            inner = Line("x")
            att = fullname(p)
            rel = p["rel"] if p["rel"] and random.random() < 0.3 else None
            lines = [P(p["street"], "address")] + ([P(p["unit"], "address")] if p["unit"] else [])
            body = {"ShipmentRequest": {"Request": {"RequestOption": "nonvalidate",
                                                    "TransactionReference": {"CustomerContext": order_no()}},
                                        "Shipment": {"Description": "Pharmaceuticals", "Shipper": shipper_obj(),
                                                     "ShipTo": {"Name": P(att, "name"),
                                                                "AttentionName": P(rel["first"] + " " + rel["last"] if rel else att, "name"),
                                                                "Phone": {"Number": P(p["phone"], "phone")},
                                                                "Address": {"AddressLine": lines,
                                                                            "City": P(p["city"], "address"),
                                                                            "StateProvinceCode": p["st"],
                                                                            "PostalCode": P(p["zip"], "zip"),
                                                                            "CountryCode": "US",
                                                                            "ResidentialAddressIndicator": ""}},
                                                     "PaymentInformation": {"ShipmentCharge": {"Type": "01", "BillShipper": {"AccountNumber": UPS_SHIPPER}}},
                                                     "Service": {"Code": "01", "Description": "Next Day Air"},
                                                     "Package": {"Packaging": {"Code": "02"},
                                                                 "PackageWeight": {"UnitOfMeasurement": {"Code": "LBS"},
                                                                                   "Weight": "%.1f" % random.uniform(1, 9)}}}}}
            jw(inner, body)
            L.t('{"level":"debug","message":"UPS ship request","service":"carrier-gw","endpoint":"/api/shipments/v2403/ship",'
                '"transId":"%s","body":"' % rhex(20))
            L.embed(inner, lambda s: jesc(s))
            L.t('","timestamp":"%s"}' % iso_z(t))
        else:
            trk = ups_trk()
            L.t('{"level":"info","message":"UPS tracking update","service":"carrier-gw","trackingNumber":"%s",'
                '"status":"DELIVERED","location":{"city":"' % trk)
            L.p(p["city"].upper(), "address")
            L.t('","stateProvince":"%s","postalCode":"' % p["st"])
            L.p(p["zip"], "zip")
            L.t('","countryCode":"US"},"receivedBy":"')
            L.p(p["last"].upper(), "name")
            L.t('","deliveryType":"%s","timestamp":"%s"}' % (pick(["FRONT DOOR", "RESIDENTIAL", "LEFT AT SIDE DOOR"]), iso_z(t)))
        return L
    v = random.randint(0, 2)
    trk = ups_trk()
    if v == 0:
        o = {"level": "info", "message": "UPS ship response", "service": "carrier-gw", "status": 200,
             "durationMs": random.randint(300, 2500), "shipmentId": trk, "trackingNumber": trk,
             "billingWeight": "%.1f" % random.uniform(1, 9), "totalCharges": "%.2f" % random.uniform(14, 90),
             "orderId": order_no(), "timestamp": iso_z(t)}
    elif v == 1:
        o = {"level": "info", "message": "UPS tracking update", "service": "carrier-gw", "trackingNumber": trk,
             "status": pick(["IN_TRANSIT", "ARRIVED_AT_FACILITY", "DEPARTED_FACILITY", "OUT_FOR_DELIVERY"]),
             "location": pick([{"city": "LOUISVILLE", "stateProvince": "KY", "countryCode": "US"},
                               {"city": "COLUMBUS", "stateProvince": "OH", "countryCode": "US"},
                               {"city": "GROVE CITY", "stateProvince": "OH", "countryCode": "US"},
                               {"city": "HODGKINS", "stateProvince": "IL", "countryCode": "US"}]),
             "serviceCode": pick(["01", "13", "14"]), "timestamp": iso_z(t)}
    else:
        o = {"level": "warn", "message": "UPS rate limit", "service": "carrier-gw", "status": 429,
             "retryAfterSec": random.randint(1, 30), "endpoint": "/api/rating/v2403/Shop", "timestamp": iso_z(t)}
    jw(L, o)
    return L


def f_fedex_json(phi):
    t = tick()
    L = Line("fedex-rest-json")
    L.t(iso_z(t), " INFO  [fedex-client] ")
    if phi:
        p = pat()
        if random.random() < 0.75:
            L.t("POST https://apis.fedex.com/ship/v1/shipments x-customer-transaction-id=%s body=" % ruuid())
            body = {"labelResponseOptions": "URL_ONLY",
                    "requestedShipment": {
                        "shipper": {"contact": {"personName": "Shipping Dept", "phoneNumber": PH["phone"],
                                                "companyName": PH["name"]},
                                    "address": {"streetLines": [PH["addr1"], PH["addr2"]], "city": PH["city"],
                                                "stateOrProvinceCode": PH["st"], "postalCode": PH["zip"],
                                                "countryCode": "US"}},
                        "recipients": [{"contact": {"personName": P(fullname(p), "name"),
                                                    "phoneNumber": P(p["phone"], "phone")},
                                        "address": {"streetLines": [P(p["street"], "address")] + ([P(p["unit"], "address")] if p["unit"] else []),
                                                    "city": P(p["city"], "address"), "stateOrProvinceCode": p["st"],
                                                    "postalCode": P(p["zip"], "zip"), "countryCode": "US",
                                                    "residential": True}}],
                        "serviceType": pick(["PRIORITY_OVERNIGHT", "STANDARD_OVERNIGHT"]),
                        "packagingType": "YOUR_PACKAGING", "pickupType": "USE_SCHEDULED_PICKUP",
                        "shippingChargesPayment": {"paymentType": "SENDER"},
                        "requestedPackageLineItems": [{"weight": {"units": "LB", "value": round(random.uniform(1, 9), 1)},
                                                       "customerReferences": [{"customerReferenceType": "CUSTOMER_REFERENCE",
                                                                               "value": order_no()}]}]},
                    "accountNumber": {"value": FEDEX_ACCT}}
            jw(L, body)
        else:
            L.t("webhook trackingEvent ")
            o = {"trackingNumber": fedex_trk(), "eventType": "DL", "eventDescription": "Delivered",
                 "scanLocation": {"city": P(p["city"].upper(), "address"), "stateOrProvinceCode": p["st"],
                                  "postalCode": P(p["zip"], "zip"), "countryCode": "US"},
                 "deliverySignatureName": P((p["first"][0] + p["last"]).upper(), "name")}
            jw(L, o)
        return L
    v = random.randint(0, 2)
    if v == 0:
        trk = fedex_trk()
        L.t("200 OK in %dms body=" % random.randint(400, 3000))
        jw(L, {"transactionId": ruuid(), "output": {"transactionShipments": [{"masterTrackingNumber": trk,
               "serviceType": "PRIORITY_OVERNIGHT",
               "pieceResponses": [{"trackingNumber": trk, "packageDocuments": [{"url": "https://wwwtest.fedex.com/document/v2/cache/%s" % rhex(24),
                                                                                "contentType": "LABEL", "docType": "PDF"}]}]}]}})
    elif v == 1:
        L.t("webhook trackingEvent ")
        jw(L, {"trackingNumber": fedex_trk(), "eventType": pick(["AR", "DP", "IT", "OD"]),
               "eventDescription": pick(["Arrived at FedEx location", "Departed FedEx hub", "In transit", "On FedEx vehicle for delivery"]),
               "scanLocation": pick([{"city": "MEMPHIS", "stateOrProvinceCode": "TN", "postalCode": "38118", "countryCode": "US"},
                                     {"city": "INDIANAPOLIS", "stateOrProvinceCode": "IN", "postalCode": "46241", "countryCode": "US"},
                                     {"city": "GROVE CITY", "stateOrProvinceCode": "OH", "postalCode": "43123", "countryCode": "US"}]),
               "eventTimestamp": loc(t).strftime("%Y-%m-%dT%H:%M:%S-04:00")})
    else:
        L.t("POST https://apis.fedex.com/oauth/token 200 OK token cached ttl=3599s client=bluestem-prod-ship")
    return L


def f_fedex_soap(phi):
    t = tick()
    L = Line("fedex-soap")
    L.t(log4j_ts(t), " DEBUG [ship-legacy-%d] c.b.carrier.fedex.WsClient - " % random.randint(1, 4))
    ns = "v26:"
    if phi:
        p = pat()
        L.t('>>> <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" '
            'xmlns:v26="http://fedex.com/ws/ship/v26"><soapenv:Header/><soapenv:Body><v26:ProcessShipmentRequest>'
            '<v26:WebAuthenticationDetail><v26:UserCredential><v26:Key>********</v26:Key><v26:Password>********'
            '</v26:Password></v26:UserCredential></v26:WebAuthenticationDetail><v26:ClientDetail><v26:AccountNumber>%s'
            '</v26:AccountNumber><v26:MeterNumber>%s</v26:MeterNumber></v26:ClientDetail><v26:Version><v26:ServiceId>ship'
            '</v26:ServiceId><v26:Major>26</v26:Major><v26:Intermediate>0</v26:Intermediate><v26:Minor>0</v26:Minor>'
            '</v26:Version><v26:RequestedShipment><v26:ShipTimestamp>%s</v26:ShipTimestamp><v26:DropoffType>REGULAR_PICKUP'
            '</v26:DropoffType><v26:ServiceType>PRIORITY_OVERNIGHT</v26:ServiceType><v26:PackagingType>YOUR_PACKAGING'
            '</v26:PackagingType><v26:Shipper><v26:Contact><v26:CompanyName>%s</v26:CompanyName><v26:PhoneNumber>%s'
            '</v26:PhoneNumber></v26:Contact><v26:Address><v26:StreetLines>%s</v26:StreetLines><v26:City>%s</v26:City>'
            '<v26:StateOrProvinceCode>%s</v26:StateOrProvinceCode><v26:PostalCode>%s</v26:PostalCode><v26:CountryCode>US'
            '</v26:CountryCode></v26:Address></v26:Shipper><v26:Recipient><v26:Contact>'
            % (FEDEX_ACCT, rdig(9), loc(t).strftime("%Y-%m-%dT%H:%M:%S-04:00"), PH["name"], PH["phone"], PH["addr1"],
               PH["city"], PH["st"], PH["zip"]))
        el(L, "PersonName", fullname(p), "name", ns)
        el(L, "PhoneNumber", fphone(p["phone"], "raw"), "phone", ns)
        L.t("</v26:Contact><v26:Address>")
        el(L, "StreetLines", p["street"], "address", ns)
        if p["unit"]:
            el(L, "StreetLines", p["unit"], "address", ns)
        el(L, "City", p["city"], "address", ns)
        L.t("<v26:StateOrProvinceCode>%s</v26:StateOrProvinceCode>" % p["st"])
        el(L, "PostalCode", p["zip"], "zip", ns)
        L.t("<v26:CountryCode>US</v26:CountryCode><v26:Residential>true</v26:Residential></v26:Address></v26:Recipient>"
            "<v26:PackageCount>1</v26:PackageCount></v26:RequestedShipment></v26:ProcessShipmentRequest></soapenv:Body>"
            "</soapenv:Envelope>")
        return L
    trk = fedex_trk()
    if random.random() < 0.7:
        L.t('<<< <SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Header/>'
            '<SOAP-ENV:Body><ProcessShipmentReply xmlns="http://fedex.com/ws/ship/v26"><HighestSeverity>SUCCESS'
            '</HighestSeverity><Notifications><Severity>SUCCESS</Severity><Source>ship</Source><Code>0000</Code>'
            '<Message>Success</Message></Notifications><TransactionDetail><CustomerTransactionId>%s</CustomerTransactionId>'
            '</TransactionDetail><CompletedShipmentDetail><MasterTrackingId><TrackingIdType>FEDEX</TrackingIdType>'
            '<TrackingNumber>%s</TrackingNumber></MasterTrackingId><ServiceTypeDescription>PRIORITY OVERNIGHT'
            '</ServiceTypeDescription><OperationalDetail><UrsaPrefixCode>XH</UrsaPrefixCode><UrsaSuffixCode>%s'
            '</UrsaSuffixCode><OriginLocationId>%s</OriginLocationId><DestinationLocationId>%s</DestinationLocationId>'
            '</OperationalDetail></CompletedShipmentDetail></ProcessShipmentReply></SOAP-ENV:Body></SOAP-ENV:Envelope>'
            % (order_no(), trk, pick(["LCKA", "MEMA", "CMHA"]), pick(["LCKA", "CMHA"]), pick(["DAYA", "PITA", "TUSA"])))
    else:
        L.t('<<< <SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Body>'
            '<SOAP-ENV:Fault><faultcode>SOAP-ENV:Server</faultcode><faultstring>Service Unavailable</faultstring>'
            '<detail><desc>Ship service temporarily unavailable, retry in %d s</desc></detail></SOAP-ENV:Fault>'
            '</SOAP-ENV:Body></SOAP-ENV:Envelope>' % random.randint(5, 60))
    return L


def f_usps(phi):
    t = tick()
    v = random.random()
    if phi:
        p = pat()
        if v < 0.35:
            L = Line("usps-webtools-xml")
            L.t(log4j_ts(t), " DEBUG [usps-addr] c.b.carrier.usps.AddressClient - GET https://secure.shippingapis.com/"
                "ShippingAPI.dll?API=Verify&XML=", '<AddressValidateRequest USERID="%s"><Revision>1</Revision>'
                '<Address ID="0"><Address1>' % USPS_USERID)
            if p["unit"]:
                L.p(xesc(p["unit"]), "address")
            L.t("</Address1>")
            el(L, "Address2", p["street"], "address")
            el(L, "City", p["city"], "address")
            L.t("<State>%s</State>" % p["st"])
            el(L, "Zip5", p["zip"], "zip")
            L.t("<Zip4></Zip4></Address></AddressValidateRequest>")
        elif v < 0.7:
            L = Line("usps-webtools-xml")
            L.t(log4j_ts(t), " DEBUG [usps-addr] c.b.carrier.usps.AddressClient - 200 in %dms <AddressValidateResponse>"
                '<Address ID="0">' % random.randint(90, 900))
            if p["unit"]:
                el(L, "Address1", p["unit"].upper(), "address")
            el(L, "Address2", p["street"].upper(), "address")
            el(L, "City", p["city"].upper(), "address")
            L.t("<CityAbbreviation>%s</CityAbbreviation><State>%s</State>" % (p["city"].upper()[:13], p["st"]))
            el(L, "Zip5", p["zip"], "zip")
            el(L, "Zip4", p["zip4"], "zip")
            L.t("<DeliveryPoint>%s</DeliveryPoint><CarrierRoute>C%03d</CarrierRoute><DPVConfirmation>Y</DPVConfirmation>"
                "<Business>N</Business><Vacant>N</Vacant></Address></AddressValidateResponse>"
                % (rdig(2), random.randint(1, 80)))
        else:
            L = Line("smarty-json")
            L.t(log4j_ts(t), " DEBUG [usps-addr] c.b.carrier.addr.SmartyClient - candidate[0]=")
            o = {"input_index": 0, "candidate_index": 0,
                 "delivery_line_1": P((p["street"] + (" " + p["unit"] if p["unit"] else "")), "address")}
            inner = Line("x")
            inner.p(p["city"], "address").t(" " + p["st"] + " ").p(p["zip"] + "-" + p["zip4"], "zip")
            L2 = Line("x")
            jw(L2, o)
            L.segs.extend(L2.segs[:-1])
            L.t(',"last_line":"')
            L.embed(inner, jesc)
            L.t('",')
            L.t('"metadata":{"record_type":"%s","zip_type":"Standard","county_name":"' % pick(["S", "H"]))
            L.p(p["county"], "address")
            L.t('","carrier_route":"C%03d","rdi":"Residential","dst":true},"analysis":{"dpv_match_code":"Y",'
                '"dpv_footnotes":"AABB","active":"Y"}}' % random.randint(1, 80))
        return L
    L = Line("usps-webtools-xml")
    if v < 0.5:
        L.t(log4j_ts(t), " DEBUG [usps-track] c.b.carrier.usps.TrackClient - GET https://secure.shippingapis.com/"
            'ShippingAPI.dll?API=TrackV2&XML=<TrackFieldRequest USERID="%s"><Revision>1</Revision><ClientIp>10.20.1.7'
            '</ClientIp><SourceId>Bluestem Specialty Pharmacy</SourceId><TrackID ID="%s"></TrackID></TrackFieldRequest>'
            % (USPS_USERID, usps_trk()))
    else:
        L.t(log4j_ts(t), " INFO  [usps-evs] c.b.carrier.usps.EvsClient - eVS label created <eVSResponse><BarcodeNumber>%s"
            "</BarcodeNumber><Postage>%.2f</Postage><Commitment><CommitmentName>%s</CommitmentName></Commitment>"
            "<LogMessage></LogMessage></eVSResponse>" % (usps_trk(), random.uniform(5, 12),
                                                            pick(["2-Day", "1-Day", "3-Day"])))
    return L


def f_cold(phi):
    t = tick()
    lg = "TL-4G-" + rdig(7)
    if phi:
        L = Line("coldchain-kv")
        p = pat()
        r = rph()
        L.t(t.strftime("%Y-%m-%dT%H:%M:%SZ"), " coldchain-svc[2231]: WARN excursion follow-up order=%s logger=%s "
            "max=%.1f°C above 8°C for %dm; %s %s called patient " % (order_no(), lg, random.uniform(8.2, 11),
                                                                   random.randint(20, 180), r["first"][0] + ".", r["last"]))
        L.p(fullname(p), "name")
        L.t(" at ")
        L.p(fphone(p["phone"], "dash"), "phone")
        L.t(", replacement shipped")
        return L
    v = random.randint(0, 4)
    if v == 4:
        L = Line("templogger-csv")
        L.t("%s,%s,%.1f,C,%s,%s" % (lg, loc(t).strftime("%Y-%m-%d %H:%M"), random.uniform(2.2, 7.8),
                                     pick(["OK", "OK", "OK", "ALARM_HI"]), rdig(3)))
        return L
    L = Line("coldchain-kv")
    L.t(t.strftime("%Y-%m-%dT%H:%M:%SZ"), " coldchain-svc[2231]: ")
    if v == 0:
        L.t("INFO pack-out order=%s station=PO-%d shipper=%s gelpacks=%d(-20°C conditioned %dh) logger=%s armed"
            % (order_no(), random.randint(1, 3), pick(["CC-48H-V2", "CC-72H-XL", "VIP-2L"]), random.randint(4, 8),
               random.randint(12, 24), lg))
    elif v == 1:
        lo, hi = random.uniform(2.1, 4), random.uniform(4.5, 7.9)
        L.t("INFO logger readout logger=%s shipment=%s profile=2-8C min=%.1f°C max=%.1f°C mean=%.1f°C excursions=0 "
            "status=PASS" % (lg, ups_trk(), lo, hi, (lo + hi) / 2))
    elif v == 2:
        L.t("WARN walk-in cooler WIC-1 door open %ds temp=%.1f°C (alarm at 120s)" % (random.randint(30, 110),
                                                                                 random.uniform(4, 7.5)))
    else:
        L.t("INFO gel pack lot GP%s conditioned batch=%d qty=%d freezer=FZ-%d exp %s" % (rdig(4), random.randint(1, 40),
            random.randint(50, 400), random.randint(1, 3), exp_date().strftime("%Y-%m")))
    return L


def ivr_head(L, t, sess, ani, ani_phi):
    L.t(loc(t).strftime("%Y-%m-%d %H:%M:%S.") + ms(t), " EDT|ivr-app-%02d|sess=%s|ANI=" % (random.randint(1, 4), sess))
    if ani_phi:
        L.p(ani, "phone")
    else:
        L.t(ani)
    L.t("|DNIS=%s|" % PH["tollfree"])


def f_ivr(phi):
    t = tick()
    sess = "0x" + rhex(8)
    if phi:
        p = pat()
        v = random.randint(0, 7)
        if v == 7 or (v == 6 and random.random() < 0.5):
            L = Line("vxml-callflow")
            L.t("[%s] INFO  CallFlow(RefillLine) call=%d " % (loc(t).strftime("%d-%b-%Y %H:%M:%S.") + ms(t),
                                                            random.randint(3000000, 3999999)))
            if v == 7:
                L.t("step=VoiceVerify event=enroll speaker=")
                L.p(p["mrn"], "mrn")
                L.t(" model=vbio-3.2 template=")
                L.p(b64(random.randint(180, 300), b"VPv2"), "biometric")
                L.t(" netSpeech=%.1fs" % random.uniform(8, 20))
            else:
                q = old_pat()
                L.t("step=AgeRoute input_dob=")
                L.p(fdate(q["dob"], "dtmf"), "date")
                L.t(" computed_age=")
                L.p(str(q["age"]), "age")
                L.t(" route=SENIOR_CARE_QUEUE")
            return L
        L = Line("ivr-callflow-pipe")
        ivr_head(L, t, sess, p["phone"], True)
        if v == 0:
            L.t("node=DOB_ENTRY|event=DTMF|digits=")
            L.p(fdate(p["dob"], "dtmf"), "date")
            L.t("#|result=collected")
        elif v == 1:
            L.t("node=RX_ENTRY|event=DTMF|digits=")
            L.p(pick(p["rx"]), "other_id")
            L.t("#|result=MATCH|fills_left=%d" % random.randint(0, 5))
        elif v == 2:
            L.t("node=PROFILE_LOOKUP|event=db|patient=")
            L.p(p["mrn"], "mrn")
            L.t("|zip=")
            L.p(p["zip"], "zip")
            L.t("|result=FOUND|latency=%dms" % random.randint(20, 400))
        elif v == 3:
            L.t("node=CALLBACK_NUMBER|event=DTMF|digits=")
            L.p(p["phone2"] or p["phone"], "phone")
            L.t("|result=confirmed")
        elif v == 4:
            if not p["rel"]:
                p = pick([x for x in PATIENTS if x["rel"]])
            L.t("node=CAREGIVER_AUTH|event=ASR|utterance=\"this is ")
            L.p(p["rel"]["first"] + " " + p["rel"]["last"], "name")
            L.t(" calling for my %s\"|conf=0.%d|result=agent_required"
                % ({"daughter": "mother", "son": "father", "spouse": "husband", "caregiver": "client",
                    "mother": "son", "father": "daughter", "guardian": "ward"}[p["rel"]["kind"]], random.randint(60, 95)))
        else:
            L.t("node=REFILL_CONFIRM|event=tts|prompt=\"Your refill for prescription ")
            L.p(pick(p["rx"]), "other_id")
            L.t(" will ship to the address ending in ")
            L.p(p["zip"], "zip")
            L.t("\"|result=played")
        return L
    v = random.randint(0, 6)
    if v == 6:
        L = Line("vxml-callflow")
        L.t("[%s] INFO  CallFlow(RefillLine) call=%d step=%s" % (loc(t).strftime("%d-%b-%Y %H:%M:%S.") + ms(t),
            random.randint(3000000, 3999999), pick(["MainMenu prompt=welcome_en.wav bargein=true",
                                                    "Transfer target=PharmacistQueue ewt=%ds" % random.randint(20, 600),
                                                    "Hangup reason=caller_hangup duration=%ds" % random.randint(15, 600)])))
        return L
    L = Line("ivr-callflow-pipe")
    ani = pick(["anonymous", "Restricted", PH["phone"], "0000000000"])
    ivr_head(L, t, sess, ani, False)
    if v == 0:
        L.t("node=MAIN_MENU|event=prompt|prompt=welcome_%s.wav|result=played" % pick(["en", "es"]))
    elif v == 1:
        ag = pick(AGENTS)
        L.t("node=TRANSFER|event=route|queue=PharmacistQueue|agent=%s (%s)|ewt=%ds|result=connected"
            % (ag[0], ag[1], random.randint(5, 400)))
    elif v == 2:
        L.t("node=HOURS|event=prompt|prompt=hours_%s.wav|result=played|note=M-F 8a-8p ET, call %s"
            % (pick(["en", "es"]), fphone(PH["tollfree"], "1dash")))
    elif v == 3:
        L.t("node=END|event=hangup|duration=%ds|reason=%s|nodes=%d" % (random.randint(10, 500),
            pick(["caller_hangup", "completed", "max_retries"]), random.randint(2, 14)))
    elif v == 4:
        L.t("node=RX_ENTRY|event=DTMF|digits=<timeout>|retry=%d|result=noinput" % random.randint(1, 3))
    else:
        L.t("node=QUEUE_STATS|event=timer|calls_waiting=%d|agents_ready=%d|sl_30s=0.%d" % (random.randint(0, 12),
            random.randint(0, 8), random.randint(50, 99)))
    return L


def spring(L, t, lvl, thread, logger):
    lt = loc(t)
    lg = logger if len(logger) <= 40 else logger[-40:]
    L.t(lt.strftime("%Y-%m-%d %H:%M:%S.") + ms(lt), " %5s 4412 --- [%15.15s] %-40s : " % (lvl, thread[-15:], lg))


def f_pay(phi):
    t = tick()
    L = Line("spring-boot")
    th = pick(["nio-8443-exec-%d" % random.randint(1, 9), "scheduling-1", "kafka-consumer-2", "http-nio-8443-exec-12"])
    if phi:
        p = pat()
        v = pick([0, 1, 2, 2, 3, 4, 5, 6, 7])
        if v == 7:
            spring(L, t, "ERROR", th, "c.b.payments.refund.RefundService")
            L.t("Refund failed order=%s amount=%.2f reason=card_expired payload={\"card_number\":\"" % (order_no(), random.uniform(5, 90)))
            L.p(p["pan"], "account")
            L.t("\",\"exp\":\"%s\",\"name_on_card\":\"" % p["cexp"])
            L.p(fullname(p).upper(), "name")
            L.t("\"}")
            return L
        if v in (0, 1):
            c = p["copay"]
            spring(L, t, "INFO", th, "c.b.payments.copay.CopayClaimService")
            L.t("Copay card B1 submitted program=\"%s\" bin=%s pcn=%s grp=%s cardholderId=" % (c[0], c[1], c[2], c[3]))
            L.p(p["copay_id"], "health_plan")
            L.t(" rx=")
            L.p(pick(p["rx"]), "other_id")
            L.t(" ndc=%s ingredientCost=%.2f patientPay=%.2f status=P authNo=%s" % (drug()["ndc"].replace("-", ""),
                random.uniform(400, 9000), pick([0, 5, 10, 25]), rdig(12)))
        elif v == 2:
            spring(L, t, "DEBUG", th, "c.b.payments.gateway.AuthorizeClient")
            L.t("raw authorize request {pan=")
            L.p(p["pan"], "account")
            L.t(", exp=%s, cvv=***, amount=%.2f, avsZip=" % (p["cexp"], random.uniform(5, 150)))
            L.p(p["zip"], "zip")
            L.t(", avsStreet=")
            L.p(p["street"], "address")
            L.t(", merchantId=BLUESTEM01}")
        elif v == 3:
            spring(L, t, "INFO", th, "c.b.payments.ach.AchEnrollmentService")
            L.t("ACH autopay enrolled customer=")
            L.p(p["mrn"], "mrn")
            L.t(" holder=\"")
            L.p(fullname(p), "name")
            L.t("\" routing=%s account=" % aba())
            L.p(p["bank_acct"], "account")
            L.t(" type=%s" % pick(["CHECKING", "SAVINGS"]))
        elif v == 4:
            spring(L, t, "INFO", th, "c.b.payments.billing.StatementJob")
            L.t("Statement generated billingAccount=")
            L.p(p["billing"], "account")
            L.t(" balance=%.2f delivery=EMAIL email=" % random.uniform(5, 400))
            L.p(p["email"], "email")
        elif v == 5:
            spring(L, t, "WARN", th, "c.b.payments.copay.CopayClaimService")
            L.t("Secondary claim rejected code=65 (Patient Is Not Covered) memberId=")
            L.p(p["member"], "health_plan")
            L.t(" dob=")
            L.p(fdate(p["dob"], "ymd"), "date")
            L.t(" bin=%s pcn=%s" % (p["payer"][1], p["payer"][2]))
        else:
            spring(L, t, "INFO", th, "c.b.payments.wallet.CardOnFileService")
            L.t("Card on file updated patientId=")
            L.p(p["mrn"], "mrn")
            L.t(" card=%s******%s brand=%s token=tok_%s" % (p["pan"][:6], p["pan"][-4:], p["brand"], rhex(24)))
        return L
    v = random.randint(0, 5)
    if v == 0:
        spring(L, t, "INFO", th, "c.b.payments.gateway.AuthorizeClient")
        L.t("Authorize approved txn=ch_%s amount=%.2f card=************%s brand=%s avs=Y cvv=M latency=%dms"
            % (rhex(24), random.uniform(5, 150), rdig(4), pick(["VISA", "MC", "AMEX"]), random.randint(150, 1500)))
    elif v == 1:
        spring(L, t, "INFO", "scheduling-1", "c.b.payments.settlement.SettlementJob")
        L.t("Settlement batch %s-%02d closed count=%d total=%s" % (TODAY.strftime("%Y%m%d"), random.randint(1, 4),
            random.randint(50, 400), "{:,.2f}".format(random.uniform(5000, 60000))))
    elif v == 2:
        c = pick(COPAY)
        spring(L, t, "INFO", "scheduling-1", "c.b.payments.copay.ProgramCatalog")
        L.t("Program '%s' BIN %s PCN %s GRP %s accumulator table refreshed rows=%d" % (c[0], c[1], c[2], c[3],
                                                                                     random.randint(100, 5000)))
    elif v == 3:
        spring(L, t, "WARN", th, "c.b.payments.gateway.AuthorizeClient")
        L.t("Retrying gateway call after 502 attempt=%d backoff=%dms host=api.paygw.example.net" % (random.randint(1, 3),
                                                                                                  random.randint(100, 2000)))
    elif v == 4:
        spring(L, t, "INFO", th, "c.b.payments.webhook.WebhookController")
        L.t("Webhook payment_intent.succeeded id=pi_%s amount=%d currency=usd order=%s" % (rhex(24),
            random.randint(500, 20000), order_no()))
    else:
        spring(L, t, "INFO", th, "c.b.payments.copay.CopayClaimService")
        L.t("Copay reversal B2 accepted authNo=%s rx-claim ref=%s status=A" % (rdig(12), ruuid()))
    return L


def dj_verbose(L, t, lvl, module):
    lt = loc(t)
    L.t("%s %s %s %d %d " % (lvl, lt.strftime("%Y-%m-%d %H:%M:%S,") + ms(lt), module, random.choice([2210, 2214, 2219]),
                             random.choice([140221983377152, 140221974984448, 140221966591744])))


def jpeg_b64():
    return b64(random.randint(500, 900), b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")


def png_b64():
    return b64(random.randint(500, 900), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\xa0\x00\x00\x00\xa0\x08\x06")


def f_django(phi):
    t = tick()
    if phi:
        p = pat()
        v = random.randint(0, 11)
        if v == 0:
            L = Line("django-verbose")
            dj_verbose(L, t, "INFO", "auth_views")
            L.t("Login success user=")
            L.p(p["user"], "other_id")
            L.t(" ip=")
            L.p(p["ip"], "ip")
            L.t(" mfa=%s" % pick(["totp", "sms", "none"]))
        elif v == 1:
            L = Line("django-verbose")
            dj_verbose(L, t, "INFO", "password_reset")
            L.t("Password reset requested for ")
            L.p(p["email"], "email")
            L.t(" from ")
            L.p(p["ip"], "ip")
            L.t("; mail queued via noreply@bluestemrx.com")
        elif v == 2:
            L = Line("python-json-logger")
            jw(L, {"asctime": loc(t).strftime("%Y-%m-%d %H:%M:%S,") + ms(t), "levelname": "INFO",
                   "name": "portal.refills", "message": "refill requested", "username": P(p["user"], "other_id"),
                   "rx_number": P(pick(p["rx"]), "other_id"), "ship_to_zip": P(p["zip"], "zip"),
                   "request_id": ruuid()}, sep=(", ", ": "), ea=True)
        elif v == 3:
            L = Line("python-json-logger")
            jw(L, {"asctime": loc(t).strftime("%Y-%m-%d %H:%M:%S,") + ms(t), "levelname": "INFO",
                   "name": "portal.profile", "message": "profile updated",
                   "username": P(p["user"], "other_id"), "changed": ["phone", "address_line1", "city"],
                   "new": {"phone": P(fphone(p["phone"], "paren"), "phone"),
                           "address_line1": P(p["street"], "address"), "city": P(p["city"], "address"),
                           "display_name": P(fullname(p), "name")}}, sep=(", ", ": "), ea=True)
        elif v == 4:
            L = Line("django-verbose")
            dj_verbose(L, t, "DEBUG", "avatar")
            L.t("avatar upload user=")
            L.p(p["user"], "other_id")
            L.t(" size=%d data=" % random.randint(20000, 90000))
            if random.random() < 0.6:
                L.p("data:image/jpeg;base64," + jpeg_b64(), "photo")
            else:
                L.p("data:image/png;base64," + png_b64(), "photo")
        elif v == 5:
            L = Line("django-verbose")
            dj_verbose(L, t, "INFO", "idverify")
            L.t("ID verification passed user=")
            L.p(p["user"], "other_id")
            L.t(" doc=DRIVERS_LICENSE state=%s number=" % p["st"])
            L.p(p["dl"], "license")
            L.t(" vendor_ref=idv_%s score=0.%d" % (rhex(16), random.randint(80, 99)))
        elif v == 6:
            L = Line("django-verbose")
            dj_verbose(L, t, "ERROR", "log")
            L.t("Internal Server Error: /portal/assistance/enroll/ POST=<QueryDict: {'csrfmiddlewaretoken': ['%s'], "
                "'first_name': ['" % (rhex(20) + "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(12))))
            L.p(p["first"], "name")
            q = '"' if "'" in p["last"] else "'"
            L.t("'], 'last_name': [" + q)
            L.p(p["last"], "name")
            L.t(q + "], 'dob': ['")
            L.p(fdate(p["dob"], "us"), "date")
            L.t("'], 'ssn': ['")
            L.p(p["ssn"], "ssn")
            L.t("'], 'household_income': ['%d']}>" % (random.randint(18, 90) * 1000))
        elif v == 7:
            L = Line("django-verbose")
            dj_verbose(L, t, "INFO", "devices")
            mac = ":".join("%02X" % random.randint(0, 255) for _ in range(6))
            L.t("glucometer sync user=")
            L.p(p["user"], "other_id")
            L.t(" model=%s mac=" % pick(["ContourNext One", "Accu-Chek Guide", "OneTouch Verio Reflect"]))
            L.p(mac, "device")
            L.t(" readings=%d fw=%d.%d.%d" % (random.randint(3, 90), random.randint(1, 4), random.randint(0, 9),
                                              random.randint(0, 30)))
        elif v == 8:
            L = Line("django-verbose")
            dj_verbose(L, t, "INFO", "sharing")
            L.t("Caregiver share link created url=")
            L.p("https://portal.bluestemrx.com/share/%s-%s-%s/med-list" % (slug(p["first"]), slug(p["last"]),
                                                                          p["mrn"][-5:]), "url")
            L.t(" expires_in=72h created_by=")
            L.p(p["user"], "other_id")
        elif v == 9:
            L = Line("django-verbose")
            if not p["rel"]:
                p = pick([x for x in PATIENTS if x["rel"]])
            dj_verbose(L, t, "INFO", "contacts")
            L.t("Emergency contact added for ")
            L.p(p["user"], "other_id")
            L.t(": name=\"")
            L.p(p["rel"]["first"] + " " + p["rel"]["last"], "name")
            L.t("\" relation=%s phone=" % p["rel"]["kind"])
            L.p(fphone(p["rel"]["phone"], "e164"), "phone")
        elif v == 10:
            L = Line("django-verbose")
            dj_verbose(L, t, "INFO", "push")
            L.t("push device registered user=")
            L.p(p["user"], "other_id")
            L.t(" platform=android imei=")
            L.p(p["imei"], "device")
            L.t(" fcm_token=%s..." % rhex(22))
        else:
            L = Line("django-server")
            L.t("[%s] \"GET /portal/u/" % loc(t).strftime("%d/%b/%Y %H:%M:%S"))
            L.p(p["user"], "other_id")
            L.t("/orders/?page=%d HTTP/1.1\" 200 %d" % (random.randint(1, 3), random.randint(3000, 20000)))
        return L
    v = random.randint(0, 6)
    if v in (0, 1):
        L = Line("django-server")
        L.t("[%s] \"%s\" %d %d" % (loc(t).strftime("%d/%b/%Y %H:%M:%S"), pick([
            "GET /static/portal/css/app.%s.css HTTP/1.1" % rhex(8), "GET /portal/faq/ HTTP/1.1",
            "GET /static/portal/js/vendor.%s.js HTTP/1.1" % rhex(8), "GET /portal/login/ HTTP/1.1",
            "GET /portal/pharmacy-hours/ HTTP/1.1"]), pick([200, 200, 304]), random.randint(300, 90000)))
    elif v == 2:
        L = Line("django-verbose")
        dj_verbose(L, t, "WARNING", "log")
        L.t("Not Found: %s" % pick(["/wp-login.php", "/.env", "/portal/static/img/logo@2x.png", "/phpmyadmin/"]))
    elif v == 3:
        L = Line("django-verbose")
        dj_verbose(L, t, "INFO", "trace")
        L.t("Task portal.tasks.send_refill_reminders[%s] succeeded in %.2fs: {'sent': %d, 'skipped': %d}"
            % (ruuid(), random.uniform(0.4, 9), random.randint(10, 300), random.randint(0, 20)))
    elif v == 4:
        L = Line("django-verbose")
        dj_verbose(L, t, "ERROR", "exception")
        L.t("Invalid HTTP_HOST header: '52.14.%d.%d'. You may need to add '52.14.%d.%d' to ALLOWED_HOSTS."
            % ((random.randint(1, 254),) * 2 + (random.randint(1, 254),) * 2))
    elif v == 5:
        L = Line("python-json-logger")
        jw(L, {"asctime": loc(t).strftime("%Y-%m-%d %H:%M:%S,") + ms(t), "levelname": "INFO", "name": "portal.mail",
               "message": "sent email", "template": pick(["refill_ready", "order_shipped", "password_reset"]),
               "from_email": "noreply@bluestemrx.com", "recipients": 1,
               "message_id": "<%s@bluestemrx.com>" % rhex(16)}, sep=(", ", ": "), ea=True)
    else:
        L = Line("django-verbose")
        dj_verbose(L, t, "INFO", "sessions")
        L.t("clearsessions removed %d expired sessions in %dms" % (random.randint(50, 900), random.randint(40, 900)))
    return L


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15",
       "BluestemRx/3.8.1 (iOS 17.3; iPhone14,5)"]


def f_nginx(phi):
    t = tick()
    L = Line("nginx-combined")
    if phi:
        p = pat()
        L.p(p["ip"], "ip")
        v = random.randint(0, 3)
        if v == 0:
            L.t(" - - [%s] \"GET /portal/prescriptions/ HTTP/2.0\" 200 %d \"https://portal.bluestemrx.com/portal/\" \"%s\" %.3f"
                % (clf(t, True), random.randint(4000, 30000), pick(UAS), random.uniform(0.01, 0.9)))
        elif v == 1:
            L.t(" - - [%s] \"POST /portal/rx/" % clf(t, True))
            L.p(pick(p["rx"]), "other_id")
            L.t("/refill/ HTTP/2.0\" 302 0 \"https://portal.bluestemrx.com/portal/prescriptions/\" \"%s\" %.3f"
                % (pick(UAS), random.uniform(0.05, 1.2)))
        elif v == 2:
            L.t(" - - [%s] \"GET /portal/u/" % clf(t, True))
            L.p(p["user"], "other_id")
            L.t("/profile/ HTTP/2.0\" 200 %d \"-\" \"%s\" %.3f" % (random.randint(3000, 12000), pick(UAS),
                                                                  random.uniform(0.02, 0.5)))
        else:
            L.t(" - - [%s] \"GET /static/portal/img/pill-%s.svg HTTP/2.0\" 200 %d \"" % (clf(t, True), rhex(6),
                                                                                       random.randint(400, 4000)))
            L.p("https://portal.bluestemrx.com/share/%s-%s-%s/med-list" % (slug(p["first"]), slug(p["last"]),
                                                                          p["mrn"][-5:]), "url")
            L.t("\" \"%s\" 0.004" % pick(UAS))
        return L
    v = random.randint(0, 3)
    if v == 0:
        L.t("10.70.%d.%d - - [%s] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\" 0.001"
            % (random.randint(0, 3), random.randint(2, 250), clf(t, True)))
    elif v == 1:
        L.t("172.20.%d.%d - - [%s] \"GET /portal/api/pharmacy-hours HTTP/1.1\" 200 %d \"-\" \"python-requests/2.31.0\" %.3f"
            % (random.randint(0, 31), random.randint(2, 250), clf(t, True), random.randint(100, 900),
               random.uniform(0.002, 0.05)))
    elif v == 2:
        L.t("192.168.%d.%d - - [%s] \"GET /static/portal/css/app.%s.css HTTP/1.1\" 304 0 \"-\" \"Mozilla/5.0 (Windows NT 10.0; "
            "Win64; x64) Edg/122.0.0.0\" 0.000" % (random.randint(0, 9), random.randint(2, 250), clf(t, True), rhex(8)))
    else:
        L.t("10.70.%d.%d - - [%s] \"POST /portal/internal/cache/warm HTTP/1.1\" 204 0 \"-\" \"celery-beat/5.3\" %.3f"
            % (random.randint(0, 3), random.randint(2, 250), clf(t, True), random.uniform(0.1, 2)))
    return L


# family: (function, weight with PHI, weight without PHI)
FAMILIES = [
    (f_ncpdp, 22, 14), (f_node, 30, 36), (f_morgan, 0, 18), (f_winsvc, 20, 44), (f_plc, 3, 28),
    (f_zpl, 20, 12), (f_ups, 13, 10), (f_fedex_json, 9, 8), (f_fedex_soap, 7, 5), (f_usps, 11, 6),
    (f_cold, 4, 24), (f_ivr, 26, 24), (f_pay, 24, 18), (f_django, 36, 18), (f_nginx, 14, 12),
]


def main():
    flags = [True] * (N_LINES - N_CLEAN) + [False] * N_CLEAN
    random.shuffle(flags)
    out_lines, labels = [], []
    counts = {}
    for i, phi in enumerate(flags, 1):
        fams = [(f, w_phi if phi else w_no) for f, w_phi, w_no in FAMILIES]
        f = random.choices([x for x, _ in fams], [w for _, w in fams])[0]
        L = f(phi)
        assert L.has_phi() == phi, (f.__name__, phi)
        b, spans = L.render()
        assert b"\n" not in b and b"\r" not in b
        assert len(b) <= 4000, (f.__name__, len(b))
        out_lines.append(b)
        labels.append({"line": i, "family": L.family, "spans": spans})
        for s in spans:
            counts[s["cat"]] = counts.get(s["cat"], 0) + 1
    with open(os.path.join(HERE, ID + ".log"), "wb") as fh:
        fh.write(b"\n".join(out_lines) + b"\n")
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    clean = sum(1 for r in labels if not r["spans"])
    print("lines=%d clean=%d (%.1f%%)" % (len(labels), clean, 100.0 * clean / len(labels)))
    for k in sorted(counts):
        print("  %-12s %d" % (k, counts[k]))


if __name__ == "__main__":
    main()
