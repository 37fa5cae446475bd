#!/usr/bin/env python3
"""Generator for held-out PHI test corpus "ax" (emergency & acute response theme).

Writes ax.log (500 lines) and ax.labels.jsonl next to this script.
Standard library only; fixed seed; byte-for-byte reproducible.
"""
import base64
import datetime as dt
import json
import os
import random
import sys
import unicodedata
import urllib.parse

SEED = 0xA11A_2024
N_LINES = 500
N_NEG = 225  # 45 % of lines carry no PHI

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"]

HERE = os.path.dirname(os.path.abspath(__file__))
LOG_PATH = os.path.join(HERE, "ax.log")
LAB_PATH = os.path.join(HERE, "ax.labels.jsonl")


# --------------------------------------------------------------------------
# line builder: records byte-offset spans while the line is assembled
# --------------------------------------------------------------------------
class B:
    def __init__(self):
        self.b = bytearray()
        self.sp = []

    def t(self, *xs):
        for x in xs:
            self.b += str(x).encode("utf-8")
        return self

    def p(self, v, cat):
        v = str(v)
        assert cat in CATS, cat
        s = len(self.b)
        self.b += v.encode("utf-8")
        self.sp.append((s, len(self.b), cat, v))
        return self

    def age(self, a):
        """Ages over 89 are PHI, everything else is plain text."""
        if int(a) > 89:
            return self.p(str(a), "age")
        return self.t(str(a))


# --------------------------------------------------------------------------
# pools
# --------------------------------------------------------------------------
FIRST_F = ["Maria", "Aisha", "Priya", "Fatima", "Zoë", "Ingrid", "Siobhan", "Elena", "Ana",
           "Doris", "Esperanza", "Svetlana", "Amara", "Guadalupe", "Leilani", "Ngozi", "Mei",
           "Bridget", "Renée", "Dolores", "Agnieszka", "Ruth", "Camille", "Nadia", "Oksana",
           "Ji-woo", "Xiomara", "Farah", "Hana", "Imani", "Thi Lan", "Yolanda", "Margit",
           "Beatriz", "Kateryna", "Adaeze", "Sakura", "Rosalind", "Mildred", "Gertrude",
           "Hye-jin", "Lucía", "Anneliese", "Wanda", "Precious"]
FIRST_M = ["José", "Wei", "Dmitri", "Olumide", "Sean", "Hiroshi", "Lars", "Mateo", "Chidi",
           "Rahul", "Kwame", "Yusuf", "Tomasz", "Harold", "Mohammed", "Kenji", "Björn",
           "Raúl", "Arjun", "Hamza", "Walter", "Eduardo", "Jamal", "Declan", "Gustavo",
           "Emeka", "Søren", "Luis", "Bao", "Tariq", "Vikram", "Enrique", "Franklin",
           "Cornelius", "Giuseppe", "Ahanu", "Kofi", "Anatoly", "Desmond", "Ignacio",
           "Jun-ho", "Mustafa", "Reginald", "Thaddeus", "Ezekiel"]
LAST = ["Lopez", "Nguyen", "Okafor", "Kowalski", "Haddad", "Patel", "Johansson", "O'Brien",
        "Müller", "Peña", "García", "Rahman", "Tanaka", "Abernathy", "Jensen", "Villanueva",
        "Ivanova", "Mensah", "Schmidt", "Kim", "Fitzgerald", "Adeyemi", "Castillo", "Novak",
        "Yilmaz", "Begay", "Kealoha", "Dubois", "Rossi", "Chen", "Singh", "Morales",
        "Washington", "Nowak", "Ahmed", "Friedman", "MacLeod", "Ibáñez", "Trần", "Olsen",
        "Fernández", "Goldberg", "Zielinski", "Hernández", "Bianchi", "Delgado", "Whitehorse",
        "Petrov", "Achterberg", "Oyelaran", "Szabo", "Lindqvist", "Mahmoud", "Quispe",
        "Kuznetsova", "Park", "Hashemi", "Boateng", "Løvland", "Ramírez", "Thibodeaux",
        "Wójcik", "Romero", "Brennan", "Yamamoto", "Kaczmarek", "Estrada", "Holloway"]
# clinicians/staff use the same pools (hard negatives) but are never labeled
STAFF_ROLES = ["Dr.", "RN", "Paramedic", "EMT", "Capt.", "Lt.", "FF", "NP", "PA-C", "CRNA"]

STREETS = ["Oak", "Maple", "Cedar", "Birch", "Elm", "Willow", "Lakeview", "Hillcrest", "Sunset",
           "Pine Ridge", "Cherry", "Magnolia", "Washington", "Lincoln", "Jefferson",
           "Martin Luther King Jr", "Cesar Chavez", "Old Mill", "Prairie", "Harbor", "Orchard",
           "Greenfield", "River", "Canyon", "Meadowbrook", "Bayshore", "Juniper", "Aspen",
           "Kingsley", "Tamarack", "Dogwood", "Sycamore", "Quail Run", "Coyote Pass", "Mesquite"]
SUFFIX = ["St", "Ave", "Rd", "Blvd", "Ln", "Dr", "Ct", "Way", "Pl", "Ter", "Cir", "Street",
          "Avenue", "Road", "Drive", "Trl"]
CITIES = ["Fairview", "Lakewood", "Millbrook", "Riverside", "Brookhaven", "Cedar Falls",
          "Springfield", "Oak Park", "Glendale", "Pinecrest", "Westfield", "Harborview",
          "Kingsport", "Marion", "Elk Grove", "Lancaster", "Aurora", "Bellmont", "San Mateo",
          "Santa Rosa", "Port Arthur", "Las Cruces", "Hialeah", "Yakima", "Dearborn", "Cicero",
          "Edison", "Kettering", "Bolingbrook", "Pasadena", "Tempe", "Kent", "Lorain"]
COUNTIES = ["Cook", "Harris", "Maricopa", "King", "Miami-Dade", "Kern", "Lake", "Jefferson",
            "Franklin", "Orange", "Wayne", "Summit", "Bexar", "Hidalgo", "Yakima", "Monroe",
            "Marion", "Polk", "Cuyahoga", "Doña Ana"]
STATES = ["IL", "TX", "AZ", "WA", "FL", "CA", "OH", "MI", "NY", "PA", "GA", "NM", "NJ", "MN",
          "CO", "OR"]
STATE_NAMES = ["Illinois", "Texas", "Arizona", "Washington", "Florida", "California", "Ohio",
               "Michigan", "New Mexico", "New Jersey"]
AREA = ["312", "773", "708", "713", "832", "602", "480", "206", "253", "305", "786", "661",
        "216", "440", "313", "212", "718", "215", "404", "505", "575", "973", "612", "303",
        "503", "817", "210", "956", "419", "509"]
MAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me",
            "comcast.net", "aol.com", "att.net", "live.com", "gmx.de", "yahoo.com.mx"]
RELS = ["daughter", "son", "wife", "husband", "mother", "father", "granddaughter", "grandson",
        "niece", "nephew", "sister", "brother", "partner", "caregiver/daughter-in-law"]

HOSP = [
    dict(name="St. Mary Regional Medical Center", code="STMH", street="1200 N Lakeshore Dr",
         city="Fairview", st="IL", zip="60614", ph="(312) 555-0100", fax="(312) 555-0109",
         dom="stmaryregional.org"),
    dict(name="Lakewood General Hospital", code="LGH", street="2450 Riverside Pkwy",
         city="Lakewood", st="OH", zip="44107", ph="216-555-0142", fax="216-555-0148",
         dom="lakewoodgeneral.org"),
    dict(name="Desert Valley Medical Center", code="DVMC", street="8900 E Camelback Rd",
         city="Tempe", st="AZ", zip="85281", ph="(480) 555-0177", fax="(480) 555-0178",
         dom="dvmc-health.org"),
    dict(name="Bayshore Mercy Trauma Center", code="BMTC", street="3100 Bayshore Blvd",
         city="Harborview", st="FL", zip="33606", ph="813-555-0190", fax="813-555-0191",
         dom="bayshoremercy.org"),
    dict(name="Kern Valley Community Hospital", code="KVCH", street="601 Kernville Hwy",
         city="Lake Isabella", st="CA", zip="93240", ph="(661) 555-0123", fax="(661) 555-0124",
         dom="kvch.org"),
]
VENDORS = [
    "Medline Field Service, 3 Lakes Dr, Northfield, IL 60093",
    "NMS Labs, 200 Welsh Rd, Horsham, PA 19044",
    "Stryker Emergency Care Service Depot, 11811 Willows Rd NE, Redmond, WA 98052",
    "Motorola Solutions CAD Support, 500 W Monroe St, Chicago, IL 60661",
    "Axon Public Safety, 17800 N 85th St, Scottsdale, AZ 85255",
    "Air Methods Maintenance Base, 7301 S Peoria St, Englewood, CO 80112",
    "Cardinal Health Pharmacy Svcs, 7000 Cardinal Pl, Dublin, OH 43017",
]
PRODUCTS = ["ImageTrend Elite 2024.1.3", "ESO EHR 5.12.3", "Zoll emsCharts 8.4", "Tritech Inform CAD 5.8",
            "Hexagon OnCall 9.4.1", "Pulsara 2024.02", "Epic ASAP Nov2023", "Rhapsody 7.1.2",
            "Juvare EMTrack 24.1", "Intermedix TripAgent 3.6", "LIFEPAK 15 fw 3.2.1",
            "Corpuls3 fw 4.1", "Zoll X Series v04.13", "Rave 911 Suite 6.2"]


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().replace("'", "")


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------
class Person:
    def __init__(self, r, old=None):
        self.sex = r.choice("FM")
        self.first = r.choice(FIRST_F if self.sex == "F" else FIRST_M)
        self.last = r.choice(LAST)
        self.mi = r.choice("ABCDEFGHJKLMNPRSTW")
        if old is None:
            old = r.random() < 0.3
        self.age = r.randint(90, 104) if old else r.randint(1, 88)
        self.dob = dt.date(2024, 3, 14) - dt.timedelta(days=self.age * 365 + r.randint(20, 340))

    def full(self):
        return f"{self.first} {self.last}"


REL_F = ["daughter", "wife", "mother", "granddaughter", "niece", "sister", "partner",
         "caregiver/daughter-in-law", "grandmother", "aunt"]
REL_M = ["son", "husband", "father", "grandson", "nephew", "brother", "partner", "son-in-law",
         "grandfather", "uncle"]


def rel_of(r, p):
    """relationship word consistent with the relative's sex"""
    return r.choice(REL_F if p.sex == "F" else REL_M)


def staff(r, style=None):
    f = r.choice(FIRST_F + FIRST_M)
    l = r.choice(LAST)
    style = style or r.choice(["drfull", "initial", "role", "lastonly", "comma"])
    if style == "drfull":
        return f"Dr. {f} {l}"
    if style == "initial":
        return f"{f[0]}. {l}"
    if style == "role":
        return f"{r.choice(STAFF_ROLES)} {l}"
    if style == "lastonly":
        return l
    return f"{l}, {f[0]}. MD"


def staff_acct(r):
    return r.choice(["svc_cad_int", "svc-epcr-sync", "disp_kwalsh", "nemsis_batch", "edis.iface",
                     "svc_reunify_api", "hl7_rhapsody", "me_intake_bot", "pcc_specialist07",
                     "cad_admin", "avl-gw", "medic_ortiz.j", "rn.okafor2", "triage-kiosk-03",
                     "dashboards_ro", "svc_airmed_ops", "csc_committee"])


def street(r, unit=None):
    kind = r.random()
    if kind < 0.08:
        return f"{r.randint(100, 9999)} County Road {r.randint(1, 60)}"
    if kind < 0.13:
        return f"PO Box {r.randint(10, 9999)}"
    if kind < 0.17:
        return f"{r.randint(1000, 48000)} State Hwy {r.randint(1, 299)}"
    d = r.choice(["", "", "", "N ", "S ", "E ", "W ", "NW ", "SE "])
    s = f"{r.randint(1, 19999)} {d}{r.choice(STREETS)} {r.choice(SUFFIX)}"
    if unit is None:
        unit = r.random() < 0.35
    if unit:
        s += " " + r.choice(["Apt ", "Apt. ", "Unit ", "#", "Ste ", "Lot ", "Trlr "]) + \
             r.choice([str(r.randint(1, 40)), f"{r.randint(1, 9)}{r.choice('ABCDF')}",
                       str(r.randint(100, 1420))])
    return s


def zipc(r, plus4=None):
    z = f"{r.randint(10001, 99950):05d}"
    if plus4 is None:
        plus4 = r.random() < 0.25
    return z + (f"-{r.randint(1, 9999):04d}" if plus4 else "")


def phone(r, style=None):
    a = r.choice(AREA)
    e = r.randint(201, 989)
    while e % 100 == 11:
        e += 1
    ln = r.randint(0, 9999)
    style = style if style is not None else r.randint(0, 7)
    return [f"({a}) {e}-{ln:04d}", f"{a}-{e}-{ln:04d}", f"{a}.{e}.{ln:04d}",
            f"+1 {a} {e} {ln:04d}", f"+1-{a}-{e}-{ln:04d}", f"{a}{e}{ln:04d}",
            f"1{a}{e}{ln:04d}", f"({a}){e}-{ln:04d}"][style]


def ssn(r, style=None):
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    g, s = r.randint(1, 99), r.randint(1, 9999)
    style = style if style is not None else r.choice([0, 0, 0, 1, 2])
    return [f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d}{g:02d}{s:04d}", f"{a:03d} {g:02d} {s:04d}"][style]


def mrn(r):
    k = r.randint(0, 6)
    return [f"00{r.randint(1000000, 9999999)}", f"E{r.randint(1000000, 9999999)}",
            f"MR{r.randint(10000000, 99999999)}", f"{r.randint(10, 99)}-{r.randint(100, 999)}-{r.randint(100, 999)}",
            f"{r.randint(100000000, 999999999)}", f"M{r.randint(100000, 999999)}",
            f"K{r.randint(10, 99)}{r.randint(100000, 999999)}"][k]


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi(r, dashed=None):
    an = MBI_L + "0123456789"
    c = [str(r.randint(1, 9)), r.choice(MBI_L), r.choice(an), str(r.randint(0, 9)),
         r.choice(MBI_L), r.choice(an), str(r.randint(0, 9)), r.choice(MBI_L), r.choice(MBI_L),
         str(r.randint(0, 9)), str(r.randint(0, 9))]
    s = "".join(c)
    if dashed is None:
        dashed = r.random() < 0.4
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashed else s


def plan_id(r):
    k = r.randint(0, 6)
    if k == 0:
        return mbi(r)
    if k == 1:
        return f"{''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{r.randint(100000000, 999999999)}"
    if k == 2:
        return f"W{r.randint(100000000, 999999999)}"
    if k == 3:
        return f"{r.randint(10000000, 99999999)}{r.choice('ABCDEFGHJK')}"
    if k == 4:
        return f"U{r.randint(1000000000, 9999999999)}01"
    if k == 5:
        return f"ZGP{r.randint(10000000, 99999999)}-0{r.randint(1, 4)}"
    return f"H{r.randint(10000000, 99999999)}"


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


def card(r):
    k = r.randint(0, 2)
    if k == 0:
        body = "4" + "".join(str(r.randint(0, 9)) for _ in range(14))
    elif k == 1:
        body = str(r.randint(51, 55)) + "".join(str(r.randint(0, 9)) for _ in range(13))
    else:
        body = r.choice(["34", "37"]) + "".join(str(r.randint(0, 9)) for _ in range(12))
    n = body + luhn_digit(body)
    sep = r.choice(["", " ", "-"])
    if len(n) == 15:
        return f"{n[:4]}{sep}{n[4:10]}{sep}{n[10:]}"
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def acct(r):
    k = r.randint(0, 5)
    return [f"{r.randint(7000000000, 7999999999)}", f"PA-{r.randint(100000, 999999):08d}",
            f"V{r.randint(10000000000, 99999999999)}", f"{r.randint(30000000000, 39999999999)}",
            f"HAR{r.randint(1000000, 9999999)}", f"{r.randint(100, 999)}-{r.randint(1000000, 9999999)}"][k]


def bank_acct(r):
    return str(r.randint(10 ** (r.randint(7, 11)), 10 ** 12 - 1))


def dl(r, st=None):
    st = st or r.choice(STATES)
    if st == "CA":
        return f"{r.choice('ABCDEFGNSY')}{r.randint(1000000, 9999999)}"
    if st == "IL":
        return f"{r.choice('ABCDJKLMNS')}{r.randint(100, 999)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
    if st == "FL":
        return f"{r.choice('ABGHKMOS')}{r.randint(100, 999)}-{r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(100, 999)}-{r.randint(0, 9)}"
    if st == "TX":
        return f"{r.randint(10000000, 49999999)}"
    if st == "NY":
        return f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}"
    if st == "WA":
        return "WDL" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))
    if st == "AZ":
        return f"D{r.randint(10000000, 99999999)}"
    return f"{r.choice('ABCDEFGHJKLMNPRSTW')}{r.randint(100000000000, 999999999999)}"


def dea(r, last=None):
    a = r.choice("ABFGMPR")
    b = (fold(last)[0].upper() if last else r.choice("ABCDEFGHJKLMNOPRSTWY"))
    d = [r.randint(0, 9) for _ in range(6)]
    chk = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10
    return a + b + "".join(map(str, d)) + str(chk)


VIN_MAP = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6,
           "G": 7, "H": 8, "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2,
           "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(r):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(r.choice(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "KMH", "1G1", "WBA", "4T1",
                       "1C4", "JN8", "5NP", "1FM", "2HK"]))
    v += [r.choice(al) for _ in range(5)] + ["0"] + [r.choice("BCDEFGHJKLMNPR")] + \
         [r.choice(al)] + [str(r.randint(0, 9)) for _ in range(6)]
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def plate(r):
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    k = r.randint(0, 5)
    return [f"{r.randint(1, 9)}{''.join(r.choice(L) for _ in range(3))}{r.randint(100, 999)}",
            f"{''.join(r.choice(L) for _ in range(3))}-{r.randint(1000, 9999)}",
            f"{''.join(r.choice(L) for _ in range(3))} {r.randint(1000, 9999)}",
            f"{''.join(r.choice(L) for _ in range(2))}{r.randint(10, 99)}{''.join(r.choice(L) for _ in range(3))}",
            f"{r.randint(100, 999)}{''.join(r.choice(L) for _ in range(3))}",
            f"{''.join(r.choice(L) for _ in range(3))}{r.randint(1000, 9999)}"][k]


def imei(r):
    body = r.choice(["35", "86", "01", "49"]) + "".join(str(r.randint(0, 9)) for _ in range(12))
    return body + luhn_digit(body)


def mac(r, sep=":"):
    return sep.join(f"{r.randint(0, 255):02X}" for _ in range(6))


def implant_serial(r):
    k = r.randint(0, 5)
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    return [f"{''.join(r.choice(L) for _ in range(3))}{r.randint(100000, 999999)}{r.choice('HGSR')}",
            f"HM3-{r.randint(10000, 99999)}", f"NG{r.randint(1000000, 9999999)}H",
            f"{r.randint(100000000, 999999999)}", f"PJN{r.randint(100000, 999999)}S",
            f"SN{r.randint(10, 99)}{r.choice(L)}{r.randint(100000, 999999)}"][k]


def udi(r):
    return (f"(01){r.randint(10 ** 13, 10 ** 14 - 1)}(17){r.randint(25, 29)}{r.randint(1, 12):02d}"
            f"{r.randint(1, 28):02d}(10){r.choice('ABCDEFGH')}{r.randint(1000, 9999)}(21){r.randint(1000000, 9999999)}")


def device_id(r):
    k = r.randint(0, 3)
    return [implant_serial, imei, mac, udi][k](r)


PUB_OCT = [24, 47, 50, 63, 66, 67, 68, 69, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 107, 108,
           136, 142, 162, 173, 174, 184, 187, 189, 201, 212]


def pub_ip(r):
    if r.random() < 0.2:
        return f"{r.choice(['2600:1700', '2601:18c', '2603:6010', '2a02:8108', '2607:fb90'])}:" \
               f"{r.randint(0, 65535):x}:{r.randint(0, 65535):x}::{r.randint(1, 65535):x}"
    return f"{r.choice(PUB_OCT)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def priv_ip(r):
    k = r.randint(0, 4)
    return [f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}", "127.0.0.1",
            f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"][k]


def email(r, p):
    f, l = fold(p.first).lower().replace(" ", ""), fold(p.last).lower()
    k = r.randint(0, 5)
    user = [f"{f}.{l}", f"{f[0]}{l}{r.randint(1, 99)}", f"{l}.{f}{r.randint(40, 99)}",
            f"{f}{l}", f"{f}_{l[:4]}{r.randint(1, 999)}", f"{l}{f[0]}"][k]
    return f"{user}@{r.choice(MAIL_DOM)}"


def person_url(r, p):
    f, l = fold(p.first).lower().replace(" ", ""), fold(p.last).lower()
    k = r.randint(0, 6)
    return [f"https://www.facebook.com/{f}.{l}.{r.randint(10, 9999)}",
            f"https://www.gofundme.com/f/help-{f}-{l}-recover",
            f"https://www.instagram.com/{f}_{l}{r.randint(1, 99)}/",
            f"https://www.linkedin.com/in/{f}-{l}-{r.randint(0, 0xffffff):06x}",
            f"https://www.caringbridge.org/visit/{f}{l}",
            f"https://x.com/{f[:3]}{l}{r.randint(1, 999)}",
            f"https://www.tiktok.com/@{f}.{l}"][k]


def b64(r, n, prefix=b""):
    return base64.b64encode(prefix + bytes(r.randint(0, 255) for _ in range(n))).decode()


def biometric_val(r):
    k = r.randint(0, 3)
    if k == 0:
        return b64(r, r.randint(60, 110), b"FMR\x00 20\x00")   # ISO 19794-2 minutiae
    if k == 1:
        return b64(r, r.randint(60, 100), b"VPRT")
    if k == 2:
        return b64(r, r.randint(48, 90), b"IIR\x00")
    return b64(r, r.randint(64, 96))


def photo_b64(r):
    if r.random() < 0.6:
        return b64(r, r.randint(70, 130), b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00")
    return b64(r, r.randint(70, 120), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")


def other_id(r):
    k = r.randint(0, 9)
    if k == 0:
        return f"{r.randint(500000000, 599999999)}"                          # US passport
    if k == 1:
        return f"{r.choice('ACEGX')}{r.randint(10000000, 99999999)}"           # passport
    if k == 2:
        L = "ABCDEFGHJKLMNPRSTUVWXZ"
        return (f"{''.join(r.choice(L) for _ in range(4))}{r.randint(30, 99)}{r.randint(1, 12):02d}"
                f"{r.randint(1, 28):02d}{r.choice('HM')}{''.join(r.choice(L) for _ in range(5))}{r.randint(0, 9)}{r.randint(0, 9)}")  # CURP
    if k == 3:
        return f"{r.randint(10000000, 99999999)}{r.choice('TRWAGMYFPDXBNJZSQVHLCKE')}"  # DNI
    if k == 4:
        return f"{r.randint(1000000000, 1999999999)}"                          # DoD EDIPI
    if k == 5:
        return f"A{r.randint(100, 299)}-{r.randint(100, 999)}-{r.randint(100, 999)}"  # A-number
    if k == 6:
        return f"{r.randint(400, 799)} {r.randint(100, 999)} {r.randint(1000, 9999)}"  # NHS no
    if k == 7:
        return f"{r.randint(100, 799)} {r.randint(100, 999)} {r.randint(100, 999)}"    # SIN
    if k == 8:
        return f"CN-{r.randint(1000, 99999):06d}"                                     # tribal
    return f"{r.choice(['L', 'K', 'T'])}{r.randint(1000000, 9999999)}{r.choice('ABCDEFGH')}"  # DE ID


def fmt_date(r, d, style=None):
    style = style if style is not None else r.randint(0, 7)
    return [d.strftime("%Y-%m-%d"), d.strftime("%m/%d/%Y"), d.strftime("%d.%m.%Y"),
            d.strftime("%Y%m%d"), d.strftime("%d-%b-%Y").upper(), d.strftime("%b %d, %Y"),
            f"{d.month}/{d.day}/{d.year}", d.strftime("%d/%m/%Y")][style]


def recent_date(r, back=30, fwd=0):
    return dt.date(2024, 3, 14) + dt.timedelta(days=r.randint(-back, fwd))


# -- look-alike (non-PHI) helpers ------------------------------------------
def hexs(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def uuid(r):
    return f"{hexs(r, 8)}-{hexs(r, 4)}-4{hexs(r, 3)}-{r.choice('89ab')}{hexs(r, 3)}-{hexs(r, 12)}"


def npi(r):
    body = "1" + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + luhn_digit("80840" + body)


def incno(r):
    k = r.randint(0, 3)
    return [f"F24-{r.randint(1, 99999):06d}", f"2024-{r.randint(10000000, 99999999)}",
            f"EMS24-{r.randint(10000, 99999)}", f"I24{r.randint(1000000, 9999999)}"][k]


def unit(r):
    return r.choice(["M", "M", "R", "E", "L", "BC", "MED", "AMB", "SQ", "T"]) + str(r.randint(1, 61))


def version(r):
    return f"{r.randint(1, 24)}.{r.randint(0, 20)}.{r.randint(0, 40)}"


def host(r):
    return r.choice(["cad-app0", "cad-db0", "epcr-sync0", "edis-if0", "reunify-web0", "hl7-eng0",
                     "mci-gw0", "airops0", "me-cms0", "pcc-app0", "dash0"]) + str(r.randint(1, 6)) + \
           r.choice([".dispatch.local", ".ems.internal", ".corp.stmaryregional.org", ".svc.cluster.local", ""])


# --------------------------------------------------------------------------
# timestamps (log timestamps are never PHI)
# --------------------------------------------------------------------------
class Clock:
    def __init__(self, r):
        self.r = r
        self.t = dt.datetime(2024, 3, 14, 0, 3, 11, 412000)

    def tick(self):
        self.t += dt.timedelta(seconds=self.r.randint(2, 700), milliseconds=self.r.randint(0, 999))
        return self.t

    def iso(self):
        t = self.tick()
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"

    def sp(self):
        t = self.tick()
        return t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"

    def syslog(self):
        t = self.tick()
        return t.strftime("%b %d %H:%M:%S")

    def clf(self):
        t = self.tick()
        return t.strftime("[%d/%b/%Y:%H:%M:%S -0500]")

    def hl7(self):
        return self.tick().strftime("%Y%m%d%H%M%S")

    def epoch_ms(self):
        t = self.tick()
        return str(int((t - dt.datetime(1970, 1, 1)).total_seconds() * 1000))

    def hm(self):
        return self.t.strftime("%H:%M")


# --------------------------------------------------------------------------
# helper for key/value JSON fragments built by hand (values never need escaping)
# --------------------------------------------------------------------------
def jstr(b, key, val, cat=None, first=False):
    b.t("" if first else ",", f'"{key}":"')
    if cat:
        b.p(val, cat)
    else:
        b.t(val)
    b.t('"')


def jnum(b, key, val, cat=None, first=False):
    b.t("" if first else ",", f'"{key}":')
    if cat:
        b.p(str(val), cat)
    else:
        b.t(str(val))


# ==========================================================================
# FAMILIES
# ==========================================================================
def fam_cad(r, C, phi):
    """911 computer-aided dispatch incident log (syslog-ish key=value)."""
    b = B()
    b.t(f"<134>{C.syslog()} {r.choice(['cad-app01', 'cad-app02', 'psap-cad'])} tritech-cad[{r.randint(2000, 9999)}]: ")
    inc = incno(r)
    if phi:
        v = r.choice(["ani", "ani", "narr", "narr", "veh", "premise", "wireless"])
        if v == "ani":
            p = Person(r)
            cls = r.choice(["RESD", "BUSN", "VOIP", "RESD"])
            b.t(f"INC={inc} EVT=CALL_RECV POS=D{r.randint(1, 12)} CLASS={cls} ANI=").p(phone(r, r.choice([1, 5, 0])), "phone")
            b.t(f" pANI={r.choice(AREA)}555{r.randint(9100, 9199)} ALI_HNO+STN=\"").p(street(r), "address")
            b.t("\" MSAG_CMTY=").p(r.choice(CITIES).upper(), "address")
            if r.random() < 0.6:
                b.t(" CNTY=").p(r.choice(COUNTIES).upper(), "address")
            b.t(f" ST={r.choice(STATES)} ESN={r.randint(100, 999)}")
            if cls in ("RESD", "VOIP") and r.random() < 0.8:
                b.t(" CUSTNAME=\"").p(f"{p.last.upper()} {p.first.upper()}", "name").t("\"")
            b.t(f" COS={cls} TRUNK={r.randint(1, 24)} recv_ms={r.randint(40, 900)}")
        elif v == "narr":
            pt = Person(r)
            cl = Person(r, old=False)
            cl.last = pt.last if r.random() < 0.6 else cl.last
            rel = rel_of(r, cl).upper()
            b.t(f"INC={inc} EVT=COMMENT POS=D{r.randint(1, 12)} USER={staff_acct(r)} TXT=\"CALLER IS {rel} ")
            b.p(cl.full().upper(), "name").t(f", PT IS ")
            if r.random() < 0.5:
                b.p(pt.full().upper(), "name").t(" ")
            b.age(pt.age).t(f"YO{pt.sex} ")
            b.t(r.choice(["FELL IN BATHROOM, CONSC/BREATHING", "DIFF BREATHING, HX COPD",
                          "UNRESPONSIVE, CPR INSTR GIVEN", "SLURRED SPEECH SINCE 0130",
                          "CP RADIATING TO L ARM", "FOUND ON FLOOR UNK DOWN TIME"]))
            b.t(". CB# ").p(phone(r, r.choice([5, 1, 2])), "phone")
            if r.random() < 0.5:
                b.t(" GATE CODE 4417, ENTER VIA ").p(street(r, unit=False).upper(), "address")
            b.t("\"")
        elif v == "veh":
            p = Person(r)
            st = r.choice(STATES)
            b.t(f"INC={inc} EVT=VEH_INFO TYPE=MVC/ROLLOVER V{r.randint(1, 3)} LIC=").p(plate(r), "vehicle")
            b.t(f" LIS={st} VIN=").p(vin(r), "vehicle")
            b.t(f" VMA={r.choice(['TOYT', 'HOND', 'FORD', 'CHEV', 'NISS', 'HYUN'])} VYR={r.randint(1998, 2023)}")
            b.t(" OPER=\"").p(f"{p.last.upper()}, {p.first.upper()}", "name").t("\"")
            b.t(" DOB=").p(fmt_date(r, p.dob, 1), "date")
            if r.random() < 0.8:
                b.t(" OLN=").p(dl(r, st), "license").t(f" OLS={st}")
            b.t(f" NCIC_RESP=NO_RECORD QRY_ID={hexs(r, 10).upper()}")
        elif v == "premise":
            p = Person(r, old=r.random() < 0.6)
            b.t(f"EVT=PREMISE_ALERT INC={inc} ADDR=\"").p(street(r), "address").t(", ").p(r.choice(CITIES), "address")
            b.t(f"\" FLAG=MED NOTE=\"Resident ").p(p.full(), "name").t(" (").age(p.age).t(") ")
            dv = r.choice(["LVAD pt, controller s/n ", "home vent, serial ", "insulin pump SN ",
                           "AICD, s/n "])
            b.t(dv).p(implant_serial(r), "device")
            rel = Person(r, old=False)
            b.t(f"; key in lockbox; contact {rel_of(r, rel)} ").p(rel.full(), "name").t(" ").p(phone(r), "phone")
            b.t(f"\" ENTERED_BY={staff_acct(r)}")
        else:  # wireless phase II
            b.t(f"INC={inc} EVT=ALI_REBID CLASS=WPH2 ANI=").p(phone(r, 5), "phone")
            b.t(f" CARRIER={r.choice(['VZW', 'TMOB', 'ATTMO'])} UNC={r.randint(3, 60)}m CONF=90 ")
            if r.random() < 0.7:
                b.t("IMEI=").p(imei(r), "device").t(" ")
            b.t(f"CELL_ID={r.randint(10000, 99999)}-{r.choice('ABC')} pANI={r.choice(AREA)}555{r.randint(9100, 9199)} ")
            b.t("NEAREST_ADDR=\"").p(street(r, unit=False), "address").t("\"")
    else:
        v = r.choice(["status", "avl", "close", "heartbeat", "nsi", "recommend", "status"])
        if v == "status":
            u = unit(r)
            b.t(f"INC={inc} EVT=UNIT_STATUS UNIT={u} STAT={r.choice(['DISP', 'ENRT', 'ONSC', 'TRNS', 'ATHO', 'AVL', 'AOR'])} ")
            b.t(f"FROM=ST{r.randint(1, 40):02d} ETA={r.randint(0, 14):02d}:{r.randint(0, 59):02d} CREW=\"{staff(r, 'initial')}/{staff(r, 'initial')}\" ")
            b.t(f"MDT={r.choice(['MDT', 'TAB'])}-{r.randint(100, 999)} ODO={r.randint(10000, 250000)}.{r.randint(0, 9)}")
        elif v == "avl":
            b.t(f"WARN AVL_GAP UNIT={unit(r)} LAST_FIX={C.hm()}:{r.randint(10, 59)} HDOP={r.randint(5, 40) / 10} ")
            b.t(f"GW={host(r)}:{r.choice([5520, 8443, 4001, 10443])} SRC={priv_ip(r)} seq={r.randint(100000, 9999999)}")
        elif v == "close":
            b.t(f"INC={inc} EVT=CLOSE TYPE={r.choice(['MEDICAL/FALL', 'MVC/PI', 'CARDIAC/ARREST', 'OD/POISON', 'STROKE', 'BREATHING'])} PRI={r.randint(1, 4)} ")
            b.t(f"DISPO={r.choice(['TRANSPORTED', 'REFUSAL', 'CANC_ENRT', 'DOA', 'TREATED_RELEASED'])} PTS={r.randint(1, 3)} AGES={r.randint(1, 89)},{r.randint(18, 89)} ")
            h = r.choice(HOSP)
            b.t(f"DEST={h['code']} RESP_SECS={r.randint(180, 1400)} CALL_TO_DISP={r.randint(25, 180)}s CAD_VER={version(r)}")
        elif v == "heartbeat":
            b.t(f"IFACE=ALI_CONTROLLER state=UP peer={priv_ip(r)}:{r.choice([2001, 2002, 4001])} ")
            b.t(f"pkts_rx={r.randint(1000, 99999)} crc_err=0 build={r.randint(5000, 9999)} uptime={r.randint(1, 400)}d{r.randint(0, 23)}h")
        elif v == "nsi":
            b.t(f"INC={inc} EVT=CALL_RECV CLASS=WPH1 ANI=911-000-0000 NSI=Y pANI={r.choice(AREA)}555{r.randint(9100, 9199)} ")
            b.t(f"TOWER=\"{r.choice(['AT&T', 'VZW', 'TMOB'])} site {r.randint(1000, 9999)} sector {r.choice('ABC')}\" ESN={r.randint(100, 999)} COS=WRLS")
        else:
            b.t(f"INC={inc} EVT=RECOMMEND RUNCARD={r.choice(['MED-ALS', 'MVC-EXT', 'CARD-ARR'])} UNITS={unit(r)},{unit(r)},{unit(r)} ")
            b.t(f"STAGE=\"Station {r.randint(1, 40)}, {r.randint(100, 9000)} Industrial Pkwy\" POLICY=v{version(r)} REQ={uuid(r)}")
    return b


def fam_nemsis(r, C, phi):
    """NEMSIS v3-like XML PCR fragment, single line."""
    b = B()
    b.t(f"{C.iso()} nemsis-export[{r.randint(100, 999)}] DEBUG state_submit payload=")
    b.t(f'<PatientCareReport xmlns="http://www.nemsis.org" UUID="{uuid(r)}">')
    b.t(f"<eRecord><eRecord.01>{r.choice(['ESO', 'IT', 'ZD'])}-{r.randint(10 ** 8, 10 ** 9)}</eRecord.01>")
    prod = r.choice(PRODUCTS[:6]).rsplit(" ", 1)
    b.t(f"<eRecord.SoftwareApplicationGroup><eRecord.02>{prod[0].split()[0]}</eRecord.02><eRecord.03>{prod[0]}</eRecord.03><eRecord.04>{prod[1]}</eRecord.04></eRecord.SoftwareApplicationGroup></eRecord>")
    if phi:
        p = Person(r)
        b.t("<ePatient>")
        fields = r.sample(["name", "addr", "ssn", "age", "dob", "phone", "email", "dl", "pay", "photo", "fax"],
                          r.randint(3, 7))
        if "name" in fields:
            b.t("<ePatient.PatientNameGroup><ePatient.02>").p(p.last, "name").t("</ePatient.02><ePatient.03>").p(p.first, "name")
            b.t(f"</ePatient.03><ePatient.04>{p.mi}</ePatient.04></ePatient.PatientNameGroup>")
        if "addr" in fields:
            st = r.choice(STATES)
            b.t("<ePatient.05>").p(street(r), "address").t("</ePatient.05><ePatient.06>").p(r.choice(CITIES), "address")
            b.t("</ePatient.06>")
            if r.random() < 0.5:
                b.t("<ePatient.07>").p(r.choice(COUNTIES), "address").t("</ePatient.07>")
            b.t(f"<ePatient.08>{st}</ePatient.08><ePatient.09>").p(zipc(r), "zip").t("</ePatient.09><ePatient.10>US</ePatient.10>")
        if "ssn" in fields:
            b.t("<ePatient.12>").p(ssn(r, 1), "ssn").t("</ePatient.12>")
        b.t(f"<ePatient.13>{'9906001' if p.sex == 'F' else '9906003'}</ePatient.13><ePatient.14>{r.choice(['2514001', '2514007', '2514011'])}</ePatient.14>")
        b.t("<ePatient.AgeGroup><ePatient.15>").age(p.age).t("</ePatient.15><ePatient.16>2516009</ePatient.16></ePatient.AgeGroup>")
        if "dob" in fields:
            b.t("<ePatient.17>").p(p.dob.isoformat(), "date").t("</ePatient.17>")
        if "phone" in fields:
            b.t(f'<ePatient.18 PhoneNumberType="{r.choice(["9913003", "9913005"])}">').p(phone(r, 1), "phone").t("</ePatient.18>")
        if "fax" in fields:
            b.t('<ePatient.18 PhoneNumberType="9913001">').p(phone(r, 1), "fax").t("</ePatient.18>")
        if "email" in fields:
            b.t('<ePatient.19 EmailAddressType="9904001">').p(email(r, p), "email").t("</ePatient.19>")
        if "dl" in fields:
            st = r.choice(STATES)
            b.t(f"<ePatient.20>{st}</ePatient.20><ePatient.21>").p(dl(r, st), "license").t("</ePatient.21>")
        b.t("</ePatient>")
        if "pay" in fields:
            b.t(f"<ePayment><ePayment.01>{r.choice(['2601001', '2601003', '2601005'])}</ePayment.01><ePayment.InsuranceGroup>")
            b.t(f"<ePayment.09>{r.choice(['Medicare Part B', 'Aetna Better Health', 'Molina Healthcare', 'BCBS IL'])}</ePayment.09>")
            b.t(f"<ePayment.10>{r.randint(10000, 99999)}</ePayment.10><ePayment.17>").p(plan_id(r), "health_plan")
            b.t("</ePayment.17></ePayment.InsuranceGroup></ePayment>")
        if "photo" in fields:
            b.t("<eOther><eOther.FileGroup><eOther.09>4509013</eOther.09><eOther.10>JPG</eOther.10><eOther.11>").p(photo_b64(r), "photo")
            b.t("</eOther.11></eOther.FileGroup></eOther>")
        b.t(f"<eTimes><eTimes.03>{C.t.strftime('%Y-%m-%dT%H:%M:%S-05:00')}</eTimes.03></eTimes>")
    else:
        v = r.choice(["vitals", "dest", "device", "times"])
        if v == "vitals":
            b.t(f"<ePatient><ePatient.13>{r.choice(['9906001', '9906003'])}</ePatient.13><ePatient.AgeGroup><ePatient.15>{r.randint(1, 89)}</ePatient.15><ePatient.16>2516009</ePatient.16></ePatient.AgeGroup></ePatient>")
            b.t(f"<eVitals><eVitals.VitalGroup><eVitals.01>{C.t.strftime('%Y-%m-%dT%H:%M:%S-05:00')}</eVitals.01><eVitals.06>{r.randint(80, 190)}</eVitals.06>")
            b.t(f"<eVitals.07>{r.randint(40, 110)}</eVitals.07><eVitals.10>{r.randint(45, 150)}</eVitals.10><eVitals.12>{r.randint(82, 100)}</eVitals.12>")
            b.t(f"<eVitals.14>{r.randint(8, 34)}</eVitals.14><eVitals.18>{r.randint(40, 450)}</eVitals.18><eVitals.24>{r.randint(350, 400) / 10}</eVitals.24></eVitals.VitalGroup></eVitals>")
        elif v == "dest":
            h = r.choice(HOSP)
            b.t(f"<eDisposition><eDisposition.DestinationGroup><eDisposition.01>{h['name']}</eDisposition.01><eDisposition.02>{h['code']}</eDisposition.02>")
            b.t(f"<eDisposition.03>{h['street']}</eDisposition.03><eDisposition.04>{h['city']}</eDisposition.04><eDisposition.05>{h['st']}</eDisposition.05>")
            b.t(f"<eDisposition.07>{h['zip']}</eDisposition.07></eDisposition.DestinationGroup><eDisposition.12>4212033</eDisposition.12>")
            b.t(f"<eDisposition.23>{r.choice(['9908007', '9908021', '9908023'])}</eDisposition.23></eDisposition>")
        elif v == "device":
            b.t(f"<eDevice><eDevice.MedicalDeviceGroup><eDevice.01>{r.choice(['AR', 'LP', 'XS'])}{r.randint(10, 99)}K{r.randint(100000, 999999)}</eDevice.01>")
            b.t(f"<eDevice.02>{C.t.strftime('%Y-%m-%dT%H:%M:%S-05:00')}</eDevice.02><eDevice.03>{r.choice(['4103001', '4103011'])}</eDevice.03>")
            b.t(f"<eDevice.08>{r.choice(['Zoll', 'Physio-Control', 'Corpuls'])}</eDevice.08><eDevice.09>{r.randint(120, 360)}</eDevice.09></eDevice.MedicalDeviceGroup></eDevice>")
        else:
            b.t(f"<eResponse><eResponse.AgencyGroup><eResponse.01>S{r.randint(10000, 99999)}</eResponse.01><eResponse.02>{r.choice(['Rivercrest Fire District', 'Kern County EMS', 'Metro Ambulance Authority'])}</eResponse.02></eResponse.AgencyGroup>")
            b.t(f"<eResponse.03>{incno(r)}</eResponse.03><eResponse.13>{unit(r)}</eResponse.13><eResponse.14>{r.randint(100, 999)}</eResponse.14></eResponse>")
            b.t(f"<eCrew><eCrew.CrewGroup><eCrew.01>{npi(r)}</eCrew.01><eCrew.02>9925007</eCrew.02></eCrew.CrewGroup></eCrew>")
    b.t("</PatientCareReport>")
    b.t(f" bytes={r.randint(4000, 90000)} schematron={r.choice(['PASS', 'WARN:3', 'PASS'])}")
    return b


def fam_epcr_json(r, C, phi):
    """ePCR JSON export (structured app log)."""
    b = B()
    b.t("{")
    jstr(b, "@timestamp", C.iso(), first=True)
    jstr(b, "log.level", r.choice(["INFO", "DEBUG", "INFO"]))
    jstr(b, "service", r.choice(["epcr-export", "pcr-finalizer", "epcr-api"]))
    jstr(b, "trace.id", hexs(r, 32))
    if phi:
        p = Person(r)
        jstr(b, "event", r.choice(["pcr.finalized", "pcr.amended", "hospital.push"]))
        b.t(',"pcr":{')
        jstr(b, "pcrId", uuid(r), first=True)
        jstr(b, "incidentNo", incno(r))
        jstr(b, "unit", unit(r))
        b.t(',"patient":{')
        style = r.randint(0, 2)
        first_key = True
        if style == 0:
            jstr(b, "lastName", p.last, "name", first=True)
            jstr(b, "firstName", p.first, "name")
        elif style == 1:
            jstr(b, "ptNameFull", f"{p.last}, {p.first}", "name", first=True)
        else:
            jstr(b, "patient_name", p.full(), "name", first=True)
        k = r.choice(["dateOfBirth", "dob", "birthDate", "DOB"])
        jstr(b, k, fmt_date(r, p.dob, r.choice([0, 1, 6])), "date")
        jnum(b, r.choice(["ageYears", "age", "patientAge"]), p.age, "age" if p.age > 89 else None)
        jstr(b, "gender", p.sex)
        extras = r.sample(["addr", "ssn", "phone", "ins", "guar", "implant", "dea", "email", "mrn"], r.randint(2, 5))
        if "addr" in extras:
            b.t(',"homeAddress":{')
            jstr(b, r.choice(["street1", "line1", "addr1"]), street(r), "address", first=True)
            jstr(b, "city", r.choice(CITIES), "address")
            if r.random() < 0.4:
                jstr(b, "county", r.choice(COUNTIES) + " County", "address")
            jstr(b, "state", r.choice(STATES))
            jstr(b, r.choice(["postal", "zip", "postalCode"]), zipc(r), "zip")
            b.t("}")
        if "ssn" in extras:
            jstr(b, r.choice(["socSecNo", "ssn", "SSN", "socialSecurityNumber"]), ssn(r), "ssn")
        if "phone" in extras:
            jstr(b, r.choice(["phoneHome", "mobile", "cellPhone", "contactPhone"]), phone(r), "phone")
        if "email" in extras:
            jstr(b, r.choice(["emailAddr", "email", "contactEmail"]), email(r, p), "email")
        if "mrn" in extras:
            jstr(b, r.choice(["hospitalMRN", "destMrn", "mrn"]), mrn(r), "mrn")
        b.t("}")
        if "ins" in extras:
            b.t(',"insurance":[{')
            payer = r.choice(["Medicare", "Medicaid", "UnitedHealthcare", "Cigna", "Humana Gold Plus"])
            jstr(b, "payer", payer, first=True)
            key = "mbi" if payer == "Medicare" else r.choice(["memberId", "subscriberNo", "policyMemberID"])
            jstr(b, key, mbi(r) if payer == "Medicare" else plan_id(r), "health_plan")
            jstr(b, "groupNo", f"{r.randint(100000, 999999)}")
            b.t("}]")
        if "guar" in extras:
            g = Person(r, old=False)
            b.t(',"guarantor":{')
            jstr(b, "name", g.full(), "name", first=True)
            jstr(b, "relationship", rel_of(r, g))
            jstr(b, "phone", phone(r), "phone")
            b.t("}")
        if "implant" in extras:
            b.t(',"history":{"implantedDevices":[{')
            jstr(b, "type", r.choice(["pacemaker", "ICD", "LVAD", "insulin pump", "VNS"]), first=True)
            jstr(b, r.choice(["serial", "sn", "udi"]), device_id(r), "device")
            b.t("}]}")
        if "dea" in extras:
            b.t(',"medications":[{')
            jstr(b, "drug", r.choice(["fentanyl", "morphine", "ketamine", "midazolam"]), first=True)
            jstr(b, "dose", f"{r.choice([25, 50, 100, 2, 4])} {r.choice(['mcg', 'mg'])}")
            jstr(b, "route", r.choice(["IV", "IN", "IM", "IO"]))
            jstr(b, "medControl", staff(r, "drfull"))
            jstr(b, r.choice(["orderingDEA", "dea_no", "DEARegistration"]), dea(r), "license")
            b.t("}]")
        b.t("}")
    else:
        v = r.choice(["upload", "validate", "vitals", "login"])
        if v == "upload":
            jstr(b, "event", "pcr.upload.ok")
            jstr(b, "pcrId", uuid(r))
            jnum(b, "bytes", r.randint(3000, 400000))
            jnum(b, "dur_ms", r.randint(20, 4000))
            jstr(b, "agency", r.choice(["Rivercrest Fire District", "Metro Ambulance Authority", "Kern County EMS"]))
            jstr(b, "user", staff_acct(r))
            jstr(b, "appVersion", version(r))
            jstr(b, "host", host(r))
        elif v == "validate":
            jstr(b, "event", "pcr.validation.warn")
            jstr(b, "rule", f"NEMSIS-{r.randint(1000, 9999)}")
            jstr(b, "element", r.choice(["eVitals.06", "eTimes.07", "eSituation.11", "eDisposition.21"]))
            jstr(b, "msg", r.choice(["value out of range", "required when eDisposition.12=4212033", "date after eTimes.13"]))
            jstr(b, "pcrId", uuid(r))
            jstr(b, "order", f"ORD-{r.randint(1000000, 9999999)}")
        elif v == "vitals":
            jstr(b, "event", "vitals.captured")
            b.t(',"patient":{')
            jnum(b, "ageYears", r.randint(1, 89), first=True)
            jstr(b, "gender", r.choice("MF"))
            jnum(b, "weightKg", r.randint(12, 140))
            b.t("}")
            jstr(b, "bp", f"{r.randint(80, 190)}/{r.randint(40, 110)}")
            jnum(b, "hr", r.randint(40, 160))
            jnum(b, "spo2", r.randint(82, 100))
            jnum(b, "etco2", r.randint(15, 55))
            jstr(b, "monitor", r.choice(PRODUCTS[10:13]))
            jstr(b, "crewLead", staff(r, "initial"))
            jstr(b, "crewNPI", npi(r))
        else:
            jstr(b, "event", "auth.login")
            jstr(b, "user", staff_acct(r))
            jstr(b, "src_ip", priv_ip(r))
            jstr(b, "tablet", f"TAB-{r.randint(100, 999)}")
            jstr(b, "session", hexs(r, 24))
            jstr(b, "mfa", r.choice(["push", "totp"]))
    b.t("}")
    return b


def fam_hl7(r, C, phi):
    """HL7 v2 ADT from ED registration, segments joined with literal \\r."""
    b = B()
    h = r.choice(HOSP)
    b.t(f"{C.sp()} INFO [{r.choice(['ED_ADT_IN', 'ADT_OUT_EDIS', 'TRAUMA_FEED'])}] msg=")
    cid = f"MSG{r.randint(100000, 999999)}"
    if phi:
        p = Person(r)
        ev = r.choice(["A04", "A01", "A08", "A03"])
        b.t(f"MSH|^~\\&|EDIS|{h['code']}|EPIC|{h['code']}|{C.hl7()}||ADT^{ev}|{cid}|P|2.5.1\\r")
        b.t(f"EVN|{ev}|{C.hl7()}\\r")
        b.t("PID|1||").p(mrn(r), "mrn").t(f"^^^{h['code']}^MR")
        if r.random() < 0.5:
            b.t("~").p(ssn(r, 1), "ssn").t("^^^SSA^SS")
        b.t("||").p(f"{p.last.upper()}^{p.first.upper()}^{p.mi}", "name").t("|")
        if r.random() < 0.4:
            b.p(Person(r).last.upper(), "name")  # mother's maiden name
        b.t("|").p(p.dob.strftime("%Y%m%d"), "date").t(f"|{p.sex}|||")
        b.p(street(r).upper(), "address").t("^^").p(r.choice(CITIES).upper(), "address").t(f"^{r.choice(STATES)}^")
        b.p(zipc(r), "zip").t("^USA^H")
        if r.random() < 0.4:
            b.t("^^").p(r.choice(COUNTIES).upper(), "address")
        b.t("||").p(phone(r, 7), "phone").t("^PRN^PH")
        if r.random() < 0.4:
            b.t("~").p(phone(r, 7), "fax").t("^PRN^FX")
        if r.random() < 0.4:
            b.t("~^NET^Internet^").p(email(r, p), "email")
        b.t(f"||{r.choice(['ENG', 'SPA', 'VIE', 'POL'])}|||").p(acct(r), "account").t(f"^^^{h['code']}^AN|")
        if r.random() < 0.5:
            b.p(ssn(r, 1), "ssn")
        b.t("|")
        if r.random() < 0.5:
            st = r.choice(STATES)
            b.p(dl(r, st), "license").t(f"^{st}")
        b.t("\\r")
        if r.random() < 0.6:
            nk = Person(r, old=False)
            b.t("NK1|1|").p(f"{nk.last.upper()}^{nk.first.upper()}", "name").t(f"|{r.choice(['SON', 'DAU', 'SPO', 'BRO', 'GRD'])}|")
            b.t("|").p(phone(r, 7), "phone").t("\\r")
        doc = staff(r, "drfull").replace("Dr. ", "").split(" ")
        b.t(f"PV1|1|E|ED^{r.randint(1, 40)}^01^{h['code']}||||{npi(r)}^{doc[-1].upper()}^{doc[0].upper()}^^^MD|||EM||||1|||||")
        b.p(acct(r), "account").t("|" * 20, h["code"], "|" * 5)   # PV1-19 visit no, PV1-39, PV1-44
        b.p(C.t.strftime("%Y%m%d%H%M"), "date").t("\\r")
        if r.random() < 0.5:
            b.t(f"IN1|1|{r.choice(['MCR', 'MCD', 'BCBS', 'AET'])}|{r.randint(10000, 99999)}|{r.choice(['MEDICARE', 'MEDICAID OF TEXAS', 'BLUE CROSS IL'])}")
            b.t("|" * 12).p(f"{p.last.upper()}^{p.first.upper()}", "name").t("|01|")   # IN1-16/17/18
            b.p(p.dob.strftime("%Y%m%d"), "date").t("|" * 18).p(plan_id(r), "health_plan")  # IN1-36
    else:
        v = r.choice(["ack", "stats", "mfn", "ack"])
        if v == "ack":
            b.t(f"MSH|^~\\&|EPIC|{h['code']}|EDIS|{h['code']}|{C.hl7()}||ACK^{r.choice(['A04', 'A08', 'A01'])}|ACK{r.randint(100000, 999999)}|P|2.5.1\\r")
            b.t(f"MSA|AA|{cid}|Message accepted\\r")
            b.t(f" latency_ms={r.randint(3, 900)} conn={priv_ip(r)}:{r.choice([6661, 5500, 7701])}")
        elif v == "stats":
            b.t(f"route_stats processed={r.randint(100, 99999)} errors={r.randint(0, 3)} queue={r.randint(0, 40)} ")
            b.t(f"engine={PRODUCTS[7]} node={host(r)} heap={r.randint(200, 2000)}MB build={r.randint(1000, 9999)}")
        else:
            b.t(f"MSH|^~\\&|BEDMGR|{h['code']}|EDIS|{h['code']}|{C.hl7()}||MFN^M05|{cid}|P|2.5.1\\r")
            b.t(f"MFI|LOC^Location Master File|UPD|||AL\\rMFE|MUP|{r.randint(1000, 9999)}|{C.hl7()}|ED^{r.randint(1, 40)}^01^{h['code']}\\r")
            b.t(f"LOC|ED^{r.randint(1, 40)}^01^{h['code']}|{h['name']} Emergency Dept|B|{h['street']}^^{h['city']}^{h['st']}^{h['zip']}|{h['ph']}")
    return b


def fam_ed_track(r, C, phi):
    """ED tracking board feed (pipe delimited)."""
    b = B()
    h = r.choice(HOSP)
    b.t(f"EDTB {C.sp()} site={h['code']}|bed=ED-{r.randint(1, 44):02d}|")
    if phi:
        p = Person(r)
        st = r.randint(0, 2)
        b.t("pt=")
        if st == 0:
            b.p(f"{p.last.upper()}, {p.first.upper()} {p.mi}", "name")
        elif st == 1:
            b.p(f"{p.last}, {p.first}", "name")
        else:
            b.p(f"{p.first} {p.last}", "name")
        b.t("|age/sex=").age(p.age).t(p.sex)
        b.t("|mrn=").p(mrn(r), "mrn")
        if r.random() < 0.5:
            b.t("|fin=").p(acct(r), "account")
        b.t(f"|cc={r.choice(['SOB', 'CP', 'FALL', 'AMS', 'SI', 'ABD PAIN', 'WEAKNESS', 'OD'])}|esi={r.randint(1, 5)}")
        b.t(f"|rn={staff(r, 'initial')}|md={staff(r, 'drfull')}|arr={C.hm()}|los={r.randint(0, 9)}:{r.randint(0, 59):02d}")
        if r.random() < 0.4:
            b.t("|dob=").p(fmt_date(r, p.dob, r.choice([1, 6])), "date")
        if r.random() < 0.3:
            fam = Person(r, old=False)
            b.t(f"|ems={unit(r)}|note=\"{rel_of(r, fam)} ").p(fam.full(), "name").t(" in waiting rm, cell ").p(phone(r), "phone").t("\"")
        b.t(f"|status={r.choice(['WAIT_RAD', 'ADMIT_PEND', 'BOARDING', 'DISPO', 'IN_ROOM'])}")
    else:
        v = r.randint(0, 2)
        if v == 0:
            b.t(f"pt=|status={r.choice(['DIRTY', 'CLEAN', 'BLOCKED', 'EVS_REQ'])}|evs={staff_acct(r)}|tat={r.randint(5, 70)}m|ticket=EVS-{r.randint(100000, 999999)}")
        elif v == 1:
            b.t(f"age/sex={r.randint(1, 89)}{r.choice('MF')}|cc={r.choice(['SOB', 'CP', 'FALL', 'AMS', 'LAC', 'ABD PAIN'])}|esi={r.randint(1, 5)}")
            b.t(f"|rn={staff(r, 'initial')}|md={staff(r, 'drfull')}|arr={C.hm()}|los={r.randint(0, 9)}:{r.randint(0, 59):02d}|flags={r.choice(['ISO', 'FALL', 'SEPSIS', 'ISO,FALL', '-'])}")
            b.t(f"|orders={r.randint(0, 12)}|lab_pend={r.randint(0, 5)}|rad=ORD-{r.randint(1000000, 9999999)}")
        else:
            b.t(f"board_refresh rows={r.randint(20, 60)} waiting={r.randint(0, 40)} lwbs_today={r.randint(0, 9)} ")
            b.t(f"boarders={r.randint(0, 20)} client={priv_ip(r)} ver={version(r)} req={uuid(r)}")
    return b


def fam_trauma(r, C, phi):
    """Trauma registry abstract export (key=value)."""
    b = B()
    b.t(f"{C.iso()} trauma-registry {r.choice(['NTDB_EXPORT', 'TQIP_ABSTRACT', 'STATE_TR_SUBMIT'])} ")
    if phi:
        p = Person(r)
        b.t(f"rec={r.randint(24, 24)}-{r.randint(1, 9999):05d} ")
        b.t("pt_name=\"").p(f"{p.last}, {p.first}", "name").t("\" ")
        b.t("dob=").p(fmt_date(r, p.dob, r.choice([0, 1, 4])), "date").t(" age=").age(p.age).t(f" sex={p.sex} ")
        b.t("mrn=").p(mrn(r), "mrn").t(" ")
        inj = recent_date(r, 20)
        b.t("inj_dt=").p(fmt_date(r, inj, r.choice([0, 1])), "date").t(f" inj_tm={r.randint(0, 23):02d}{r.randint(0, 59):02d} ")
        b.t("arr_dt=").p(fmt_date(r, inj + dt.timedelta(days=r.randint(0, 1)), 0), "date").t(" ")
        if r.random() < 0.6:
            b.t("inj_zip=").p(zipc(r, False), "zip").t(" ")
        if r.random() < 0.5:
            b.t("inj_place=\"").p(street(r, unit=False), "address").t("\" inj_city=").p(r.choice(CITIES), "address").t(" ")
        b.t(f"mech={r.choice(['MVT-occupant', 'Fall-same-level', 'GSW', 'Pedestrian', 'Motorcycle', 'Stab'])} ")
        b.t(f"icd10={r.choice(['S72.001A', 'S06.5X0A', 'S22.41XA', 'S36.116A', 'T07.XXXA'])} ais_max={r.randint(1, 6)} iss={r.randint(1, 75)} ")
        opts = r.sample(["mil", "ins", "dc", "ssn"], r.randint(1, 3))
        if "mil" in opts:
            b.t("dod_edipi=").p(f"{r.randint(1000000000, 1999999999)}", "other_id").t(" ")
        if "ins" in opts:
            b.t(f"payer={r.choice(['MCARE', 'MCAID', 'COMM', 'VA'])} pol_id=").p(plan_id(r), "health_plan").t(" ")
        if "dc" in opts:
            b.t("dc_dt=").p(fmt_date(r, inj + dt.timedelta(days=r.randint(1, 20)), 0), "date").t(f" dispo={r.choice(['HOME', 'SNF', 'REHAB', 'EXPIRED'])} ")
        if "ssn" in opts:
            b.t("ssn=").p(ssn(r), "ssn").t(" ")
        b.t(f"abstractor={staff_acct(r)}")
    else:
        v = r.randint(0, 2)
        if v == 0:
            b.t(f"batch={r.choice(['2024Q1', '2023Q4'])} records={r.randint(100, 900)} iss_gt15={r.randint(20, 200)} ")
            b.t(f"validator=v{version(r)} errors={r.randint(0, 12)} sha256={hexs(r, 64)}")
        elif v == 1:
            b.t(f"rec=24-{r.randint(1, 9999):05d} age={r.randint(16, 89)} sex={r.choice('MF')} mech={r.choice(['GSW', 'Fall', 'MVT'])} ")
            b.t(f"gcs={r.randint(3, 15)} sbp={r.randint(60, 180)} rts={r.randint(10, 78) / 10} iss={r.randint(1, 75)} ps={r.randint(10, 99) / 100} ")
            b.t(f"edd={r.randint(15, 400)}min abstractor={staff_acct(r)} surgeon=\"{staff(r, 'drfull')}\"")
        else:
            b.t(f"PI_FILTER hit=\"delay to OR > 60m\" count={r.randint(0, 9)} period=2024-02-01/2024-02-29 committee_meeting={r.choice(['2024-03-20', '2024-04-17'])} ")
            b.t(f"level={r.choice(['I', 'II', 'III'])} facility={r.choice(HOSP)['code']}")
    return b


def fam_poison(r, C, phi):
    """Poison control center call record."""
    b = B()
    b.t(f"PCC|{C.iso()}|case=PC24-{r.randint(100000, 999999)}|spi={staff_acct(r)}|")
    if phi:
        pt = Person(r, old=r.random() < 0.35)
        cr = Person(r, old=False)
        if r.random() < 0.6:
            cr.last = pt.last
        rel = "self" if r.random() < 0.12 else r.choice(
            ["mother", "daughter", "grandmother", "caregiver"] if cr.sex == "F" else ["father", "son", "grandfather", "caregiver"])
        b.t(f"caller_rel={rel}|")
        if rel != "self":
            b.t("caller=\"").p(cr.full(), "name").t("\"|")
        b.t("cb=").p(phone(r), "phone").t("|")
        b.t("pt_age=").age(pt.age).t("y|pt_wt=").t(f"{r.randint(9, 100)}kg|")
        if r.random() < 0.7:
            b.t(r.choice(["pt=\"", "patient_nm=\"", "nombre_pac=\""])).p(pt.full(), "name").t("\"|")
        b.t(f"substance=\"{r.choice(['acetaminophen 500mg', 'laundry detergent pod', 'metoprolol ER 50mg', 'Amanita sp.', 'carbon monoxide', 'lithium carbonate 300mg'])}\"|")
        b.t(f"amt={r.choice(['~10 tabs', 'unknown', '1 pod', '2 caps'])}|route=ingestion|")
        o = r.sample(["email", "zip", "ip", "addr", "fax"], r.randint(1, 3))
        if "zip" in o:
            b.t("caller_zip=").p(zipc(r, False), "zip").t("|")
        if "addr" in o:
            b.t("loc=\"").p(street(r), "address").t(", ").p(r.choice(CITIES), "address").t("\"|")
        if "email" in o:
            b.t(r.choice(["followup_email=", "correo=", "f/u mail="])).p(email(r, cr), "email").t("|")
        if "fax" in o:
            b.t(r.choice(["home_fax=", "fax_resultados=", "fax="])).p(phone(r), "fax").t("|")
        if "ip" in o:
            b.t(f"channel=webchat|chat_ip=").p(pub_ip(r), "ip").t(f"|ua=\"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)\"|")
        b.t(f"mgmt={r.choice(['home', 'refer_HCF', 'already_at_HCF'])}|f/u={r.choice(['4h', '8h', 'none'])}")
    else:
        b.t(f"caller_rel=HCP|site={r.choice(HOSP)['name']}|caller=\"{staff(r, 'drfull')}\"|site_ph={r.choice(HOSP)['ph']}|")
        b.t(f"pt_age={r.randint(1, 89)}y|substance=\"{r.choice(['ethylene glycol', 'TCA overdose', 'buprenorphine film', 'button battery', 'naloxone reversal'])}\"|")
        b.t(f"poisindex={r.randint(1000000, 9999999)}|outcome={r.choice(['minor', 'moderate', 'major', 'no effect'])}|")
        b.t(f"npds_export={r.choice(['Y', 'N'])}|tox_consult={staff(r, 'lastonly')}|dur={r.randint(2, 45)}m{r.randint(0, 59)}s|rec_id={uuid(r)}")
    return b


def fam_pager(r, C, phi):
    """Stroke / STEMI / trauma alert pager messages (free text)."""
    b = B()
    h = r.choice(HOSP)
    b.t(f"{C.sp()} paging-gw[{r.randint(100, 999)}] SEND grp={r.choice(['STROKE_TEAM', 'STEMI_CVL', 'TRAUMA_T1', 'NEURO_IR'])} cap={r.randint(100000, 999999)} txt=\"")
    alert = r.choice(["CODE STROKE", "STEMI ALERT", "TRAUMA ACTIVATION LVL 1", "CODE STROKE - LVO"])
    if phi:
        p = Person(r, old=r.random() < 0.55)
        b.t(f"{alert} ETA {r.randint(3, 25)}min {unit(r)}->{h['code']}. Pt: ")
        b.age(p.age).t(f"yo{p.sex}, ")
        b.t(r.choice(["LKW 0150, R sided weakness, BEFAST+", "inferior STEMI on 12L, BP 92/60",
                      "aphasia + L gaze pref, LAMS 5", "anterior STEMI, VF x1 shocked ROSC"]))
        o = r.sample(["name", "dob", "mrn", "phone", "device"], r.randint(1, 3))
        if "name" in o:
            b.t(". Name: ").p(r.choice([p.full(), f"{p.last}, {p.first}", p.full().upper()]), "name")
        if "dob" in o:
            b.t(" DOB ").p(fmt_date(r, p.dob, r.choice([0, 1, 6])), "date")
        if "mrn" in o:
            b.t(f" MRN ").p(mrn(r), "mrn")
        if "device" in o:
            b.t(r.choice([" Hx ICD s/n ", " pacer SN ", " has LVAD ctl "])).p(implant_serial(r), "device")
        if "phone" in o:
            b.t(f". Family ({r.choice(RELS)}) at ").p(phone(r), "phone")
        b.t(f". Callback {h['ph']} {staff(r, 'drfull')}")
    else:
        if r.random() < 0.5:
            b.t(f"{alert} ETA {r.randint(3, 25)}min {unit(r)}->{h['code']}. Pt {r.randint(18, 89)}{r.choice('MF')}, ")
            b.t(r.choice(["LKW 2 hr, NIHSS pending", "STE V1-V4, BP 148/90", "GSW abd x2, SBP 86", "unresponsive, GCS 7"]))
            b.t(f". CT{r.randint(1, 3)} held. Reply ACK to x{r.randint(4000, 4999)}. {staff(r, 'drfull')} on call")
        else:
            b.t(f"CANCEL {alert} bed ED-{r.randint(1, 40)} per {staff(r, 'drfull')} (mimic). Ref {hexs(r, 8).upper()}")
        b.t(f". Callback {h['ph']}")
    b.t(f"\" carrier={r.choice(['Spok', 'AmericanMessaging', 'TigerConnect'])} msgid={uuid(r)} dur={r.randint(40, 900)}ms")
    return b


def fam_mci(r, C, phi):
    """Mass casualty incident triage tag scanner events (JSON)."""
    b = B()
    b.t("{")
    jstr(b, "ts", C.iso(), first=True)
    jstr(b, "src", r.choice(["triage-kiosk-03", "handheld-ems-17", "mci-gw01"]))
    jstr(b, "incident", f"MCI-2024-0314-{r.choice('ABC')}")
    tag = f"{r.choice(['TT', 'SMART', 'DMS'])}-{r.randint(1000, 999999):06d}"
    jstr(b, "tag", tag)
    jstr(b, "color", r.choice(["RED", "YELLOW", "GREEN", "BLACK"]))
    if phi:
        p = Person(r, old=r.random() < 0.3)
        jstr(b, "event", r.choice(["tag_update", "patient_identified", "tracking_handoff"]))
        b.t(',"pt":{')
        first = True
        o = r.sample(["name", "age", "passport", "photo", "bio", "dob", "phone", "nat", "url"], r.randint(2, 5))
        if "name" not in o and "passport" not in o and "photo" not in o and "bio" not in o:
            o.append("name")
        if "name" in o:
            jstr(b, r.choice(["name", "nombre", "nom", "fullName"]), p.full(), "name", first=first)
            first = False
        if "age" in o:
            jnum(b, r.choice(["age", "edad", "estAge"]), p.age, "age" if p.age > 89 else None, first=first)
            first = False
        if "dob" in o:
            jstr(b, r.choice(["dob", "fecha_nac", "né_le"]), fmt_date(r, p.dob, r.choice([0, 2, 7])), "date", first=first)
            first = False
        if "passport" in o:
            jstr(b, r.choice(["passportNo", "pasaporte", "idDoc"]), other_id(r), "other_id", first=first)
            first = False
            jstr(b, "issuer", r.choice(["MEX", "DEU", "CAN", "ESP", "GBR", "USA", "IND"]))
        if "nat" in o:
            jstr(b, "nationality", r.choice(["MX", "DE", "CA", "ES", "GB", "IN"]), first=first)
            first = False
        if "phone" in o:
            jstr(b, r.choice(["contactPhone", "tel_familia", "nok_phone"]), phone(r), "phone", first=first)
            first = False
        if "photo" in o:
            if r.random() < 0.5:
                jstr(b, r.choice(["facePhoto", "photo_path", "img"]), f"/data/mci/2024-0314/photos/{tag}_face.jpg", "photo", first=first)
            else:
                jstr(b, r.choice(["facePhotoB64", "photo", "foto"]), photo_b64(r), "photo", first=first)
            first = False
        if "bio" in o:
            jstr(b, r.choice(["fpTemplate", "huella_b64", "thumbprint"]), biometric_val(r), "biometric", first=first)
            first = False
        if "url" in o:
            f_, l_ = fold(p.first).lower().replace(" ", ""), fold(p.last).lower()
            jstr(b, r.choice(["reunifyPage", "selfRegUrl", "famLink"]),
                 r.choice([f"https://reunite.cookcountyoem.org/p/{f_}-{l_}-{hexs(r, 6)}", person_url(r, p)]), "url", first=first)
            first = False
        b.t("}")
        jstr(b, "dest", r.choice(HOSP)["code"])
        jstr(b, "transportUnit", unit(r))
    else:
        jstr(b, "event", r.choice(["tag_scan", "color_change", "sector_move", "transport_assign"]))
        b.t(',"rpm":{')
        jnum(b, "rr", r.randint(0, 40), first=True)
        jstr(b, "perfusion", r.choice(["cap<2s", "cap>2s", "radial_absent"]))
        jstr(b, "mental", r.choice(["obeys", "no_obey"]))
        b.t("}")
        jnum(b, "estAge", r.randint(5, 85))
        jstr(b, "sector", f"{r.choice(['Treatment', 'Staging', 'Triage'])}-{r.choice('ABCD')}")
        jstr(b, "dest", r.choice(HOSP)["code"])
        jstr(b, "scanner", f"HH-{r.randint(10, 99)}")
        jstr(b, "fw", version(r))
        jnum(b, "battery", r.randint(5, 100))
    b.t("}")
    return b


def fam_reunify(r, C, phi):
    """Disaster family reunification portal: access log + app log."""
    b = B()
    if r.random() < 0.5:
        # combined access log
        if phi:
            p = Person(r, old=r.random() < 0.3)
            b.p(pub_ip(r), "ip").t(" - - ").t(C.clf()).t(" \"")
            k = r.randint(0, 2)
            if k == 0:
                fl = fold(p.first).replace(" ", "+")
                ll = fold(p.last)
                b.t("GET /api/v2/search?last=").p(ll, "name").t("&first=").p(fl, "name")
                if r.random() < 0.6:
                    b.t("&dob=").p(p.dob.isoformat(), "date")
                b.t(f"&ctx=MCI-2024-0314 HTTP/1.1\" 200 {r.randint(200, 9000)} ")
            elif k == 1:
                b.t(f"POST /inquiry HTTP/2.0\" 201 {r.randint(100, 900)} ")
            else:
                b.t("GET ").p(f"/media/unid/UNK-{r.randint(1000, 9999)}_face.jpg", "photo").t(f" HTTP/1.1\" 200 {r.randint(20000, 300000)} ")
            b.t(f"\"https://reunite.{r.choice(['cookcountyoem', 'harrisready', 'maricopa-em'])}.org/\" \"Mozilla/5.0 (Linux; Android 14; SM-S918U)\" rt={r.randint(5, 900) / 1000}")
        else:
            k = r.randint(0, 2)
            if k == 0:
                b.t(f"{priv_ip(r)} - {staff_acct(r)} {C.clf()} \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.27\" rt=0.00{r.randint(1, 9)}")
            elif k == 1:
                b.t(f"{priv_ip(r)} - - {C.clf()} \"GET /static/img/{r.choice(['county-seal.png', 'logo-red-cross.svg', 'banner_es.jpg'])} HTTP/1.1\" 304 0 \"-\" \"Mozilla/5.0\" rt=0.00{r.randint(1, 9)}")
            else:
                b.t(f"{priv_ip(r)} - - {C.clf()} \"GET /api/v2/stats?incident=MCI-2024-0314&v={version(r)} HTTP/1.1\" 200 {r.randint(100, 900)} \"-\" \"Grafana/10.2.3\" rt={r.randint(5, 90) / 1000}")
    else:
        b.t(f"{C.iso()} reunify-api[{r.randint(1, 9)}] ")
        if phi:
            seek = Person(r, old=r.random() < 0.35)
            inq = Person(r, old=False)
            if r.random() < 0.5:
                inq.last = seek.last
            b.t(f"INFO inquiry_created id=INQ-{r.randint(10000, 99999)} ")
            b.t(r.choice(["inquirer=\"", "reporting_party=\"", "solicitante=\""])).p(inq.full(), "name").t(f"\" rel={rel_of(r, inq)} ")
            o = r.sample(["email", "phone", "ip", "url", "photo", "voice", "mac", "dob", "age", "addr", "fax", "pass"], r.randint(3, 6))
            if "email" in o:
                b.t(r.choice(["contact_email=", "email=", "correo_e="])).p(email(r, inq), "email").t(" ")
            if "phone" in o:
                b.t(r.choice(["contact_ph=", "tel=", "callback="])).p(phone(r), "phone").t(" ")
            if "fax" in o:
                b.t("contact_fax=").p(phone(r), "fax").t(" ")
            b.t(r.choice(["seeking=\"", "missing_person=\"", "buscado=\""])).p(seek.full(), "name").t("\" ")
            if "dob" in o:
                b.t("seek_dob=").p(fmt_date(r, seek.dob, r.choice([0, 1, 2])), "date").t(" ")
            if "age" in o:
                b.t("seek_age=").age(seek.age).t(" ")
            if "addr" in o:
                b.t("last_seen=\"").p(street(r), "address").t("\" last_seen_city=").p(r.choice(CITIES), "address").t(" ")
            if "pass" in o:
                b.t("seek_passport=").p(other_id(r), "other_id").t(" ")
            if "url" in o:
                b.t(r.choice(["social=", "profile_url=", "fb="])).p(person_url(r, seek), "url").t(" ")
            if "photo" in o:
                b.t(r.choice(["photo_url=", "foto="])).p(f"https://reunite.cookcountyoem.org/media/inquiry/INQ-{r.randint(10000, 99999)}/{fold(seek.first).lower().replace(' ', '')}_{r.randint(1, 9)}.jpg", "photo").t(" ")
            if "voice" in o:
                b.t("callback_voiceprint=").p(biometric_val(r), "biometric").t(" ")
            if "mac" in o:
                b.t("wifi_checkin_mac=").p(mac(r), "device").t(" ")
            if "ip" in o:
                b.t("client_ip=").p(pub_ip(r), "ip").t(" ")
            b.t(f"lang={r.choice(['en', 'es', 'vi', 'fr', 'ar'])} trace={hexs(r, 16)}")
        else:
            k = r.randint(0, 2)
            if k == 0:
                b.t(f"INFO match_job done candidates={r.randint(0, 400)} matched={r.randint(0, 30)} threshold=0.{r.randint(70, 95)} model=fuzzy-name-v{version(r)} dur={r.randint(100, 9000)}ms")
            elif k == 1:
                b.t(f"WARN rate_limit client={priv_ip(r)} route=/api/v2/search limit={r.choice([60, 120])}/min by={staff_acct(r)} req={uuid(r)}")
            else:
                h = r.choice(HOSP)
                b.t(f"INFO site_registered site={h['code']} name=\"{h['name']}\" addr=\"{h['street']}, {h['city']}, {h['st']} {h['zip']}\" ph=\"{h['ph']}\" beds_avail={r.randint(0, 80)}")
    return b


def fam_diversion(r, C, phi):
    """Hospital diversion / status feed (EMTrack-like)."""
    b = B()
    h = r.choice(HOSP)
    b.t(f"DIVSTAT|{C.iso()}|facility={h['code']}|")
    if phi:
        p = Person(r, old=r.random() < 0.4)
        b.t(f"ed_status=DIVERSION|reason={r.choice(['CT_DOWN', 'ED_SATURATION', 'NO_ICU'])}|exception=ACCEPTED|")
        b.t("exc_note=\"accepting transfer of ").p(p.full(), "name").t(" (").age(p.age).t(f"{p.sex}) MRN ").p(mrn(r), "mrn")
        if r.random() < 0.5:
            b.t(" DOB ").p(fmt_date(r, p.dob, 1), "date")
        b.t(f" per {staff(r, 'drfull')}\"|by={staff_acct(r)}")
    else:
        b.t(f"name=\"{h['name']}\"|addr=\"{h['street']}, {h['city']}, {h['st']} {h['zip']}\"|")
        b.t(f"ed_status={r.choice(['OPEN', 'DIVERSION', 'ADVISORY', 'CLOSED_TRAUMA'])}|reason={r.choice(['CT_DOWN', 'ED_SATURATION', 'NONE', 'CATH_LAB_BUSY'])}|")
        b.t(f"until={r.randint(0, 23):02d}:00|beds_icu={r.randint(0, 12)}|beds_med={r.randint(0, 40)}|vents={r.randint(0, 9)}|")
        b.t(f"contact={h['ph']}|fax={h['fax']}|src={priv_ip(r)}|feed_ver={version(r)}|seq={r.randint(10000, 999999)}")
    return b


def fam_airmed(r, C, phi):
    """Air medical transport manifest / flight ops."""
    b = B()
    tail = f"N{r.randint(100, 999)}{r.choice(['LF', 'AM', 'MT', 'CF'])}"
    b.t(f"{C.sp()} AIROPS flt={tail}-{C.t.strftime('%y%m%d')}-{r.randint(1, 9):02d} acft={tail} ({r.choice(['EC135', 'AW109', 'Bell 407', 'PC-12'])}) ")
    if phi:
        p = Person(r, old=r.random() < 0.3)
        h = r.choice(HOSP)
        b.t("MANIFEST pt=\"").p(f"{p.last.upper()}, {p.first.upper()}", "name").t(f"\" wt={r.randint(40, 140)}kg ")
        b.t("dob=").p(fmt_date(r, p.dob, r.choice([0, 4])), "date").t(" age=").age(p.age).t(" ")
        o = r.sample(["orig", "nok", "pass", "id", "mrn", "device"], r.randint(1, 3))
        if "orig" in o:
            b.t("orig=\"Scene: ").p(street(r, unit=False), "address").t(", ").p(r.choice(CITIES), "address").t("\" ")
        else:
            b.t(f"orig={r.choice(HOSP)['code']} ")
        b.t(f"dest={h['code']} ")
        if "nok" in o:
            nk = Person(r, old=False)
            b.t("nok=\"").p(nk.full(), "name").t(f" ({rel_of(r, nk)})\" nok_ph=").p(phone(r), "phone").t(" ")
        if "pass" in o:
            b.t("xborder=Y pt_passport=").p(other_id(r), "other_id").t(" ")
        if "id" in o:
            st = r.choice(STATES)
            b.t(f"pt_id=DL/{st}/").p(dl(r, st), "license").t(" ")
        if "mrn" in o:
            b.t(f"sending_mrn=").p(mrn(r), "mrn").t(" ")
        if "device" in o:
            b.t(f"equip=\"{r.choice(['IABP', 'Impella CP', 'LVAD'])} s/n ").p(implant_serial(r), "device").t("\" ")
        b.t(f"crew=\"{staff(r, 'initial')} RN/{staff(r, 'initial')} FP-C\" pilot={staff(r, 'lastonly')}")
    else:
        k = r.randint(0, 2)
        if k == 0:
            b.t(f"STATUS {r.choice(['LIFTOFF', 'ON_SCENE', 'LANDED', 'IN_SERVICE', 'WX_HOLD'])} lz=LZ-{r.randint(1, 40):02d} fuel={r.randint(200, 900)}lb ")
            b.t(f"hobbs={r.randint(1000, 9999)}.{r.randint(0, 9)} eta={r.randint(4, 45)}m pt_age={r.randint(1, 89)} pt_wt={r.randint(10, 140)}kg crew_npi={npi(r)}")
        elif k == 1:
            b.t(f"WX_CHECK base={r.choice(['KORD', 'KBFL', 'KPHX', 'KTPA'])} ceiling={r.randint(5, 120) * 100}ft vis={r.randint(1, 10)}sm wind={r.randint(0, 359):03d}@{r.randint(0, 30)}kt ")
            b.t(f"minima=DAY_LOCAL decision={r.choice(['GO', 'NO-GO', 'GO'])} pilot={staff(r, 'lastonly')} ref={uuid(r)}")
        else:
            b.t(f"MX_LOG work_order=WO-{r.randint(100000, 999999)} vendor=\"{VENDORS[5]}\" part=PN-{r.randint(1000, 9999)}-{r.randint(10, 99)} ")
            b.t(f"next_insp={r.choice(['2024-04-02', '2024-05-15'])} tech={staff_acct(r)}")
    return b


def fam_fire(r, C, phi):
    """Fire department patient care hand-off notes (free text)."""
    b = B()
    eng = r.choice(["E", "T", "Q", "R"]) + str(r.randint(1, 40))
    med = "M" + str(r.randint(1, 40))
    b.t(f"{C.sp()} FD-HANDOFF {eng}->{med} inc {incno(r)}: ")
    if phi:
        p = Person(r, old=r.random() < 0.45)
        k = r.randint(0, 2)
        if k == 0:
            b.t(r.choice(["Pt found by neighbor at ", "Pt located in residence, ", "Called to "]))
            b.p(street(r), "address").t(", ")
            b.t("pt identified as ").p(p.full(), "name").t(" per wallet ")
            st = r.choice(STATES)
            b.t(f"DL {st} ").p(dl(r, st), "license").t(", ").age(p.age).t(" y/o, ")
            b.t(r.choice(["meds list on fridge", "poss CVA, last seen normal yesterday", "hypothermic, temp 34.1°C"]))
            if r.random() < 0.6:
                sp = Person(r, old=p.age > 80)
                b.t(f"; {rel_of(r, sp)} ").p(sp.full(), "name").t(" ph ").p(phone(r), "phone")
        elif k == 1:
            b.t(f"MVC {r.choice(['2 car T-bone', 'single veh vs pole', 'rollover'])}, driver ").p(p.full(), "name")
            b.t(f", ").age(p.age).t(f"{p.sex}, entrapment {r.randint(5, 30)}min, veh plate ").p(plate(r), "vehicle")
            if r.random() < 0.6:
                b.t(" VIN ").p(vin(r), "vehicle")
            b.t(f", GCS {r.randint(8, 15)}, c-collar applied, ")
            b.t("DOB ").p(fmt_date(r, p.dob, r.choice([1, 6])), "date")
        else:
            b.t("Lift assist/fall at ").p(street(r), "address").t(" (").p(r.choice(CITIES), "address").t(" ").p(zipc(r, False), "zip")
            b.t("), pt ").p(f"{p.last}, {p.first}", "name").t(" ").age(p.age).t(f"yo{p.sex} ")
            b.t(f"on {r.choice(['warfarin', 'apixaban', 'home O2 2L'])}, Medicare# ").p(mbi(r), "health_plan")
        b.t(f". Handoff by {staff(r, 'role')}, recv {staff(r, 'initial')}")
    else:
        b.t(f"pt {r.randint(1, 89)}{r.choice('MF')}, GCS {r.randint(3, 15)}, {r.choice(['no extrication', 'extricated w/ hydraulic tools 12 min', 'ambulatory at scene', 'CPR in progress, 2 shocks AED'])}, ")
        b.t(f"PPE decon {r.choice(['N/A', 'complete'])}, AED {r.choice(PRODUCTS[10:13])} asset EQ-{r.randint(10000, 99999)}, ")
        b.t(f"{r.choice(['Capt.', 'Lt.', 'FF'])} {staff(r, 'lastonly')} to {staff(r, 'initial')} (Paramedic), on-scene {r.randint(4, 45)}m, hydrant {r.randint(1000, 9999)}-{r.choice('ABCD')}")
    return b


def fam_dashboard(r, C, phi):
    """ED throughput dashboard metrics (JSON)."""
    b = B()
    h = r.choice(HOSP)
    b.t("{")
    jstr(b, "ts", C.iso(), first=True)
    jstr(b, "site", h["code"])
    if phi:
        p = Person(r, old=r.random() < 0.5)
        jstr(b, "metric", r.choice(["los_outlier", "boarding_outlier", "lwbs_callback"]))
        jnum(b, "value_h", r.randint(12, 96))
        b.t(',"detail":{')
        jstr(b, r.choice(["encounterAcct", "acct_no", "har"]), acct(r), "account", first=True)
        jstr(b, r.choice(["mrn", "MRN", "patMRN"]), mrn(r), "mrn")
        if r.random() < 0.6:
            jstr(b, r.choice(["patient", "ptDisplayName"]), f"{p.last}, {p.first}", "name")
        jnum(b, "age", p.age, "age" if p.age > 89 else None)
        if r.random() < 0.5:
            jstr(b, "arrivalDate", fmt_date(r, recent_date(r, 3), 0), "date")
        if r.random() < 0.4:
            jstr(b, "callbackPhone", phone(r), "phone")
        jstr(b, "unit", r.choice(["ED-POD-A", "ED-HALL", "ED-OBS"]))
        b.t("}")
    else:
        jstr(b, "metric", r.choice(["door_to_doc_median", "door_to_needle_median", "door_to_balloon_p90", "lwbs_rate", "boarding_hours_total", "ems_offload_p90"]))
        jnum(b, "value", r.randint(5, 2000) / 10)
        jstr(b, "unit", r.choice(["min", "%", "h"]))
        jstr(b, "window", f"2024-03-{r.randint(1, 13):02d}T00:00/2024-03-{r.randint(14, 14):02d}T00:00")
        jnum(b, "n", r.randint(10, 400))
        jnum(b, "lwbs", r.randint(0, 20))
        jstr(b, "source", f"{PRODUCTS[6]}/{host(r)}")
        jstr(b, "query_hash", hexs(r, 40))
        jnum(b, "cache_ttl_s", r.choice([60, 300, 900]))
    b.t("}")
    return b


def fam_me(r, C, phi):
    """Medical examiner case intake."""
    b = B()
    case = f"ME24-{r.randint(100, 4999):04d}"
    b.t(f"{C.iso()} me-cms {r.choice(['INTAKE', 'CASE_UPDATE', 'ID_CONFIRM'])} case={case} ")
    if phi:
        p = Person(r, old=r.random() < 0.4)
        dod = recent_date(r, 5)
        ident = r.random() < 0.7
        if ident:
            b.t("decedent=\"").p(r.choice([f"{p.last.upper()}, {p.first.upper()} {p.mi}", p.full()]), "name").t("\" ")
            b.t("dob=").p(fmt_date(r, p.dob, r.choice([0, 1, 4])), "date").t(" ")
            b.t("age=").age(p.age).t(" ")
        else:
            b.t(f"decedent=\"UNIDENTIFIED {r.choice(['MALE', 'FEMALE'])}\" est_age={r.randint(30, 80)}-{r.randint(40, 89)} ")
        b.t("dod=").p(fmt_date(r, dod, r.choice([0, 1])), "date").t(f" tod={r.randint(0, 23):02d}{r.randint(0, 59):02d} ")
        o = r.sample(["ssn", "addr", "nok", "fp", "photo", "pacer", "id", "veh", "url", "fax"], r.randint(2, 5))
        if not ident and "fp" not in o:
            o.append("fp")
        if "ssn" in o and ident:
            b.t("ssn=").p(ssn(r), "ssn").t(" ")
        if "addr" in o:
            b.t("res=\"").p(street(r), "address").t(", ").p(r.choice(CITIES), "address").t(", ")
            if r.random() < 0.5:
                b.p(r.choice(COUNTIES) + " County", "address").t(", ")
            b.t(f"{r.choice(STATES)} ").p(zipc(r), "zip").t("\" ")
        if "nok" in o:
            nk = Person(r, old=False)
            b.t("nok=\"").p(nk.full(), "name").t(f"\" nok_rel={rel_of(r, nk)} nok_ph=").p(phone(r), "phone").t(" ")
        if "fax" in o:
            b.t("nok_fax=").p(phone(r), "fax").t(" ")
        if "fp" in o:
            b.t(f"{r.choice(['fp_minutiae_b64', 'latent_print_tpl', 'tenprint_R2'])}=").p(biometric_val(r), "biometric").t(f" afis_req=AFIS-{r.randint(100000, 999999)} ")
        if "photo" in o:
            b.t("id_photo=").p(f"/me/cases/2024/{case}/photos/{case}_face_{r.randint(1, 6):02d}.jpg", "photo").t(" ")
        if "pacer" in o:
            b.t(f"implant=\"{r.choice(['pacemaker', 'ICD', 'hip prosthesis', 'neurostim'])}\" implant_sn=").p(implant_serial(r), "device").t(" ")
        if "id" in o:
            b.t(r.choice(["consular_id=", "passport=", "tribal_id=", "id_doc="])).p(other_id(r), "other_id").t(" ")
        if "veh" in o:
            b.t("veh_at_scene=").p(plate(r), "vehicle").t(" ")
        if "url" in o:
            b.t("id_lead_social=").p(person_url(r, p), "url").t(" ")
        b.t(f"investigator={staff(r, 'initial')} pathologist=\"{staff(r, 'drfull')}\"")
    else:
        k = r.randint(0, 2)
        if k == 0:
            b.t(f"status={r.choice(['PENDING_TOX', 'PENDING_HISTO', 'CLOSED', 'RELEASED'])} lab=\"{VENDORS[1]}\" order=ORD-{r.randint(1000000, 9999999)} ")
            b.t(f"specimens={r.randint(1, 9)} chain_of_custody=COC-{r.randint(10000, 99999)} sha1={hexs(r, 40)}")
        elif k == 1:
            b.t(f"decedent=\"UNIDENTIFIED {r.choice(['MALE', 'FEMALE'])}\" est_age={r.randint(20, 60)}-{r.randint(61, 85)} manner={r.choice(['PENDING', 'ACCIDENT', 'NATURAL'])} ")
            b.t(f"cooler=C{r.randint(1, 4)}-{r.randint(1, 40):02d} transport_vendor=\"{r.choice(['Metro Removal Svc', 'Harbor Funeral Transport'])}\" investigator={staff(r, 'initial')}")
        else:
            b.t(f"caseload open={r.randint(20, 300)} autopsies_today={r.randint(0, 12)} reports_pending={r.randint(0, 80)} node={host(r)} ver={version(r)}")
    return b


def fam_csc(r, C, phi):
    """Crisis standards of care allocation logs."""
    b = B()
    b.t(f"{C.sp()} CSC[{r.choice(['VENT_ALLOC', 'ICU_TRIAGE', 'REMDESIVIR', 'ECMO'])}] ")
    if phi:
        p = Person(r, old=r.random() < 0.5)
        b.t("pt_ref=").p(mrn(r), "mrn").t(" ")
        if r.random() < 0.6:
            b.t(r.choice(["pt=\"", "patient=\"", "Patient: \""])).p(p.full(), "name").t("\" ")
        b.t("age=").age(p.age).t(f" sofa={r.randint(0, 18)} comorb_score={r.randint(0, 6)} priority={r.choice(['RED', 'YELLOW', 'BLUE'])} ")
        if r.random() < 0.5:
            b.t("adm=").p(fmt_date(r, recent_date(r, 10), r.choice([0, 1])), "date").t(" ")
        if r.random() < 0.4:
            b.t("proxy=\"").p(Person(r, old=False).full(), "name").t("\" proxy_ph=").p(phone(r), "phone").t(" ")
        if r.random() < 0.3:
            b.t("acct=").p(acct(r), "account").t(" ")
        b.t(f"decision={r.choice(['ALLOCATE', 'REASSESS_48H', 'WITHHOLD'])} triage_officer=\"{staff(r, 'drfull')}\"")
    else:
        k = r.randint(0, 1)
        if k == 0:
            b.t(f"tier_activation level={r.randint(1, 3)} state={r.choice(STATE_NAMES)} vents_avail={r.randint(0, 20)} icu_beds={r.randint(0, 10)} ")
            b.t(f"policy=CSC-v{version(r)} committee=\"{staff(r, 'drfull')}, {staff(r, 'drfull')}\" approved_by={staff_acct(r)}")
        else:
            b.t(f"reassessment_run batch={uuid(r)} evaluated={r.randint(1, 40)} reallocated={r.randint(0, 5)} median_sofa={r.randint(2, 12)} ages_range={r.randint(18, 40)}-{r.randint(60, 89)} dur={r.randint(1, 60)}s")
    return b


def fam_billing(r, C, phi):
    """EMS ambulance billing export from ePCR."""
    b = B()
    b.t(f"{C.sp()} ems-billing {r.choice(['CLAIM_BUILD', 'PAYMENT_POST', 'PT_STATEMENT'])} run={incno(r)} ")
    if phi:
        p = Person(r, old=r.random() < 0.3)
        b.t("claim=").t(f"CLM{r.randint(10 ** 8, 10 ** 9)} ")
        b.t(r.choice(["patient_acct=", "ptAcctNo=", "cuenta="])).p(acct(r), "account").t(" ")
        o = r.sample(["card", "bank", "plan", "guar", "dos", "fax", "addr", "ip", "dl"], r.randint(2, 5))
        if "plan" in o:
            b.t(r.choice(["mbi=", "medicaid_id=", "subscriber_id=", "memberNo="])).p(plan_id(r), "health_plan").t(" ")
        if "dos" in o:
            b.t("dos=").p(fmt_date(r, recent_date(r, 40), r.choice([0, 1])), "date").t(" ")
        if "guar" in o:
            g = Person(r, old=False)
            b.t("guarantor=\"").p(f"{g.last}, {g.first}", "name").t("\" ")
        if "addr" in o:
            b.t("bill_to=\"").p(street(r), "address").t(", ").p(r.choice(CITIES), "address").t(f", {r.choice(STATES)} ").p(zipc(r), "zip").t("\" ")
        if "card" in o:
            b.t(r.choice(["pan=", "card_no=", "cc="])).p(card(r), "account").t(f" exp={r.randint(1, 12):02d}/{r.randint(25, 29)} auth={r.randint(100000, 999999)} ")
        if "bank" in o:
            b.t("ach_routing=021000021 ach_acct=").p(bank_acct(r), "account").t(" ")
        if "fax" in o:
            b.t("guar_fax=").p(phone(r), "fax").t(" ")
        if "ip" in o:
            b.t("paid_via=portal payer_ip=").p(pub_ip(r), "ip").t(" ")
        if "dl" in o:
            st = r.choice(STATES)
            b.t(f"id_verif=DL:{st}:").p(dl(r, st), "license").t(" ")
        b.t(f"hcpcs={r.choice(['A0427', 'A0429', 'A0433', 'A0425'])} amt=${r.randint(400, 3000)}.{r.randint(0, 99):02d}")
    else:
        k = r.randint(0, 1)
        if k == 0:
            b.t(f"batch=837P-{r.randint(1000, 9999)} claims={r.randint(10, 400)} total=${r.randint(10000, 900000)}.00 clearinghouse=\"Availity\" ")
            b.t(f"payer_id={r.choice(['00430', '60054', '87726', '62308'])} isa_ctrl={r.randint(100000000, 999999999)} billing_npi={npi(r)}")
        else:
            b.t(f"remit=ERA-{r.randint(100000, 999999)} check=EFT{r.randint(10 ** 9, 10 ** 10)} payer=\"Medicare Part B JB\" lines={r.randint(1, 90)} ")
            b.t(f"carc={r.choice(['CO-45', 'PR-1', 'CO-16'])} agency_tin=XX-XXX{r.randint(1000, 9999)} contact=\"{VENDORS[6]}\"")
    return b


FAMILIES = [
    ("cad_incident_syslog", fam_cad, 1.3, 1.2),
    ("nemsis_xml_pcr", fam_nemsis, 1.0, 1.0),
    ("epcr_json_export", fam_epcr_json, 1.1, 1.0),
    ("hl7_adt_ed", fam_hl7, 0.9, 0.8),
    ("ed_tracking_board", fam_ed_track, 1.0, 1.0),
    ("trauma_registry_abstract", fam_trauma, 0.9, 0.8),
    ("poison_control_call", fam_poison, 1.0, 0.9),
    ("stroke_stemi_pager", fam_pager, 0.9, 1.0),
    ("mci_triage_tag_json", fam_mci, 1.0, 1.0),
    ("reunification_portal", fam_reunify, 1.3, 1.0),
    ("diversion_status_feed", fam_diversion, 0.3, 1.1),
    ("air_medical_manifest", fam_airmed, 0.9, 0.9),
    ("fire_pcr_handoff", fam_fire, 1.0, 1.0),
    ("ed_throughput_dashboard", fam_dashboard, 0.5, 1.1),
    ("medical_examiner_intake", fam_me, 1.1, 0.8),
    ("crisis_standards_log", fam_csc, 0.7, 0.8),
    ("ems_billing_export", fam_billing, 0.9, 0.7),
]


# ==========================================================================
def main():
    r = random.Random(SEED)
    C = Clock(r)
    plan = [True] * (N_LINES - N_NEG) + [False] * N_NEG
    r.shuffle(plan)
    lines, labels = [], []
    counts = {c: 0 for c in CATS}
    fam_count = {}
    for i, phi in enumerate(plan, 1):
        w = [f[2] if phi else f[3] for f in FAMILIES]
        name, fn, _, _ = r.choices(FAMILIES, weights=w)[0]
        # PHI lines must produce spans; retry the family if a sampled variant produced none
        for _ in range(20):
            b = fn(r, C, phi)
            if (len(b.sp) > 0) == phi:
                break
        line = bytes(b.b)
        # ---- checks ----
        assert b"\n" not in line and b"\r" not in line, (i, line)
        line.decode("utf-8")
        if not phi:
            assert not b.sp, (i, name, b.sp)
        else:
            assert b.sp, (i, name)
        prev_e = -1
        for s, e, cat, v in sorted(b.sp):
            assert cat in CATS
            assert 0 <= s < e <= len(line), (i, s, e)
            assert line[s:e] == v.encode("utf-8"), (i, line[s:e], v)
            assert v == v.strip() and v, (i, repr(v))
            assert s >= prev_e, ("overlap", i, s, prev_e)
            prev_e = e
            counts[cat] += 1
        lines.append(line)
        labels.append({"line": i, "family": name,
                       "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in sorted(b.sp)]})
        fam_count[name] = fam_count.get(name, 0) + 1

    assert len(lines) == N_LINES
    for c in CATS:
        assert counts[c] >= 8, ("coverage", c, counts[c])

    with open(LOG_PATH, "wb") as f:
        f.write(b"\n".join(lines) + b"\n")
    with open(LAB_PATH, "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")

    # re-read and re-verify from disk
    with open(LOG_PATH, "rb") as f:
        disk = f.read().split(b"\n")
    assert disk[-1] == b"" and len(disk) - 1 == N_LINES
    with open(LAB_PATH, encoding="utf-8") as f:
        labs = [json.loads(x) for x in f]
    assert len(labs) == N_LINES
    for k, lab in enumerate(labs):
        assert lab["line"] == k + 1

    n_phi = sum(1 for lab in labels if lab["spans"])
    print(f"lines: {N_LINES}")
    print(f"lines with PHI: {n_phi}  lines without PHI: {N_LINES - n_phi} ({100 * (N_LINES - n_phi) / N_LINES:.1f}%)")
    print(f"total spans: {sum(counts.values())}")
    print("spans per category:")
    for c in CATS:
        print(f"  {c:12s} {counts[c]}")
    print("lines per family:")
    for n, _, _, _ in FAMILIES:
        print(f"  {n:26s} {fam_count.get(n, 0)}")


if __name__ == "__main__":
    main()
