#!/usr/bin/env python3
"""Deterministic generator for the 'er' held-out PHI test corpus.

Theme: ABA therapy / developmental pediatrics provider (BrightPath).
Writes er.log and er.labels.jsonl next to this script. Standard library only.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

random.seed(1818018)
ID = "er"
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500

# --------------------------------------------------------------------------
# span-tracking line builder
# --------------------------------------------------------------------------


def flat(parts):
    out = []
    for p in parts:
        if isinstance(p, list):
            out.extend(flat(p))
        else:
            out.append(p)
    return out


def build(parts):
    buf = bytearray()
    spans = []
    for p in flat(parts):
        if isinstance(p, tuple):
            text, cat = p
            b = text.encode("utf-8")
            assert b, ("empty span", cat)
            s = len(buf)
            buf += b
            e = len(buf)
            assert bytes(buf[s:e]) == b
            spans.append({"s": s, "e": e, "cat": cat, "_v": text})
        else:
            assert isinstance(p, str), p
            buf += p.encode("utf-8")
    raw = bytes(buf)
    assert b"\n" not in raw and b"\r" not in raw
    assert len(raw) <= 4000, len(raw)
    for a, b2 in zip(spans, spans[1:]):
        assert a["e"] <= b2["s"]
    return raw.decode("utf-8"), spans


def esc_parts(parts, fn):
    out = []
    for p in flat(parts):
        if isinstance(p, tuple):
            out.append((fn(p[0]), p[1]))
        else:
            out.append(fn(p))
    return out


def jesc(s, ascii=False):
    return json.dumps(s, ensure_ascii=ascii)[1:-1]


def goq(s):
    # Go strconv.Quote style for printable text
    return s.replace("\\", "\\\\").replace('"', '\\"')


class T:
    """Tagged JSON value."""

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class S:
    """JSON string assembled from parts (may contain spans)."""

    def __init__(self, *parts):
        self.parts = list(parts)


def J(o, ascii=False, compact=True):
    sep, kv = (",", ":") if compact else (", ", ": ")
    if isinstance(o, T):
        if isinstance(o.v, str):
            return ['"', (jesc(o.v, ascii), o.cat), '"']
        return [(json.dumps(o.v), o.cat)]
    if isinstance(o, S):
        return ['"'] + esc_parts(o.parts, lambda x: jesc(x, ascii)) + ['"']
    if isinstance(o, dict):
        out = ["{"]
        for i, (k, v) in enumerate(o.items()):
            if i:
                out.append(sep)
            out.append(json.dumps(k, ensure_ascii=ascii) + kv)
            out.extend(J(v, ascii, compact))
        out.append("}")
        return out
    if isinstance(o, list):
        out = ["["]
        for i, v in enumerate(o):
            if i:
                out.append(sep)
            out.extend(J(v, ascii, compact))
        out.append("]")
        return out
    return [json.dumps(o, ensure_ascii=ascii)]


def cq(v, cat=None):
    v = str(v).replace('"', '""')
    return ['"', (v, cat) if cat else v, '"']


def csv_row(fields):
    out = []
    for i, f in enumerate(fields):
        if i:
            out.append(",")
        if isinstance(f, tuple):
            out.extend(cq(f[0], f[1]))
        else:
            out.extend(cq(f))
    return out


# --------------------------------------------------------------------------
# random helpers / check digits
# --------------------------------------------------------------------------

pick = random.choice
ri = random.randint


def hexs(n):
    return "".join(pick("0123456789abcdef") for _ in range(n))


def uuid4():
    return "%s-%s-4%s-%s%s-%s" % (hexs(8), hexs(4), hexs(3), pick("89ab"), hexs(3), hexs(12))


def alnum(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(pick(alphabet) for _ in range(n))


def digits(n):
    return "".join(pick("0123456789") for _ in range(n))


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


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_number(prefix, length=16):
    body = prefix + digits(length - len(prefix) - 1)
    n = body + luhn_digit(body)
    assert luhn_ok(n)
    return n


def imei():
    body = pick(["35", "86", "01", "35"]) + digits(12)
    n = body + luhn_digit(body)
    assert luhn_ok(n)
    return n


def npi():
    body = pick("12") + digits(8)
    chk = luhn_digit("80840" + body)
    n = body + chk
    assert luhn_ok("80840" + n)
    return n


VIN_MAP = {}
for _i, _c in enumerate("ABCDEFGH"):
    VIN_MAP[_c] = _i + 1
VIN_MAP.update({"J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
                "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9})
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi_vds, year_code):
    # wmi_vds: 8 chars (WMI + VDS), then check, year, plant, 6 serial digits
    v = wmi_vds + "0" + year_code + pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + digits(6)
    tot = 0
    for ch, w in zip(v, VIN_W):
        val = int(ch) if ch.isdigit() else VIN_MAP[ch]
        tot += val * w
    c = tot % 11
    cd = "X" if c == 10 else str(c)
    v = v[:8] + cd + v[9:]
    assert len(v) == 17
    return v


def fake_ssn():
    area = ri(101, 665)
    if area == 666:
        area = 667
    return "%03d-%02d-%04d" % (area, ri(1, 99), ri(1, 9999))


def phone_num(area=None):
    area = area or pick(["503", "971", "360", "541", "503", "971"])
    return area, "555", "01%02d" % ri(0, 99)


def asciify(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def b64(nbytes, head=b""):
    data = head + bytes(random.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(data).decode("ascii")


def jpeg_b64(n=None):
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
    return b64(n or ri(380, 620), head)


def png_b64(n=None):
    head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00`\x00\x00\x00`\x08\x02\x00\x00\x00"
    return b64(n or ri(380, 600), head)


# --------------------------------------------------------------------------
# clock
# --------------------------------------------------------------------------

CLOCK = [dt.datetime(2024, 3, 11, 14, 52, 7, 118000)]  # UTC
LOCAL_OFF = dt.timedelta(hours=-7)  # PDT


def tick():
    CLOCK[0] += dt.timedelta(microseconds=ri(40000, 70000000))


def utc():
    return CLOCK[0]


def local():
    return CLOCK[0] + LOCAL_OFF


def today():
    return local().date()


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def epoch_ms(t=None):
    t = t or utc()
    return int((t - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


def dfmt(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "x12":
        return d.strftime("%Y%m%d")
    if style == "long":
        return d.strftime("%b ") + str(d.day) + d.strftime(", %Y")
    if style == "isot":
        return d.strftime("%Y-%m-%dT00:00:00")
    if style == "md":
        return d.strftime("%m/%d")
    raise ValueError(style)


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------

ORIGINS = {
    "igbo": (["Amara", "Chidi", "Oluwaseun", "Ifeoma", "Tobenna", "Adaora"],
             ["Adaeze", "Ngozi", "Folake"], ["Emeka", "Chinedu", "Babatunde"],
             ["Okonkwo", "Adeyemi", "Eze", "Nwosu", "Balogun"]),
    "viet": (["Bao", "Linh", "Khang", "Minh-Anh"], ["Thi Mai", "Hoa", "Lan"], ["Quang", "Tuan", "Duc"],
             ["Nguyen", "Pham", "Le", "Vo"]),
    "mex": (["Mateo", "Ximena", "Santiago", "Itzel", "Nayeli", "Emiliano"], ["Guadalupe", "Maricela", "Yesenia"],
            ["Rodrigo", "Jesús", "Alejandro"], ["Hernández", "Gutiérrez-López", "Ramírez", "Zúñiga", "Ochoa"]),
    "ind": (["Aarav", "Ishaan", "Anaya", "Diya", "Vihaan"], ["Priyanka", "Lakshmi", "Deepa"], ["Vikram", "Sandeep", "Arjun"],
            ["Venkataraman", "Bhattacharya", "Iyer", "Reddy"]),
    "arab": (["Zainab", "Yusuf", "Hamza", "Layla"], ["Rania", "Nour", "Huda"], ["Omar", "Khaled", "Tariq"],
             ["Al-Masri", "Haddad", "Saleh", "El-Amin"]),
    "pol": (["Mikołaj", "Zofia", "Kacper", "Hanna"], ["Agnieszka", "Katarzyna"], ["Tomasz", "Paweł"],
            ["Kowalczyk", "Wiśniewski", "Zieliński"]),
    "gha": (["Kwame", "Esi", "Kofi", "Ama"], ["Abena", "Akosua"], ["Kwabena", "Yaw"], ["Mensah", "Owusu", "Boateng"]),
    "haw": (["Koa", "Leilani", "Kainoa", "Mele"], ["Malia", "Noelani"], ["Keoni", "Sione"],
            ["Kahananui", "Tuiasosopo", "Kealoha"]),
    "heb": (["Noa", "Eitan", "Yael"], ["Shira", "Tamar"], ["Yosef", "Avi"], ["Ben-David", "Mizrahi"]),
    "iri": (["Saoirse", "Ciarán", "Declan", "Aoife"], ["Siobhán", "Bridget"], ["Pádraig", "Liam"],
            ["Ó Briain", "O'Connell", "Fitzgerald"]),
    "kor": (["Jae-won", "Hana", "Min-jun", "Seo-yeon"], ["Min-ji", "Eun-ji"], ["Sung-ho", "Dong-hyun"],
            ["Park", "Choi", "Jeong"]),
    "ukr": (["Dmytro", "Sofiia", "Taras"], ["Olena", "Iryna"], ["Serhiy", "Andriy"], ["Bondarenko", "Kovalenko"]),
    "hmong": (["Pheng", "Nou", "Kou", "Maiv"], ["Mai Yer", "Pa Nhia"], ["Tou", "Cha"], ["Vang", "Xiong", "Lor"]),
    "som": (["Abdirahman", "Ayaan", "Sagal"], ["Faadumo", "Ifrah"], ["Mohamed", "Abdi"], ["Warsame", "Farah", "Osman"]),
    "bra": (["Thiago", "Beatriz", "Davi", "Lívia"], ["Juliana", "Fernanda"], ["Rafael", "Gustavo"],
            ["dos Santos", "Oliveira", "Carvalho"]),
    "dine": (["Kai", "Nizhoni", "Ahiga"], ["Shandiin", "Marlena"], ["Darrell", "Leroy"], ["Yazzie", "Begay", "Benally"]),
    "ang": (["Wyatt", "Harper", "Evelyn", "Brooklyn"], ["Kayla", "Megan"], ["Travis", "Dustin"],
            ["Hollis", "Whitaker", "Pruitt"]),
    "fra": (["Léa", "Émile", "Maël", "Zoë"], ["Camille", "Élodie"], ["Julien", "Mathieu"], ["Lefèvre", "Marchand"]),
    "jpn": (["Haruto", "Yui", "Ren"], ["Keiko", "Ayumi"], ["Kenji", "Takeshi"], ["Fujimoto", "Nakamura"]),
    "swe": (["Astrid", "Björn", "Elsa"], ["Ingrid", "Maja"], ["Anders", "Oskar"], ["Lindqvist", "Bergström"]),
}

STREETS = ["Alder Crest Dr", "SE Division St", "NE Killingsworth St", "SW Hall Blvd", "NW Cornell Rd", "NW 185th Ave",
           "SE 122nd Ave", "Tualatin Valley Hwy", "Kinnaman Rd", "NE Fremont St", "Boones Ferry Rd", "SE Foster Rd",
           "Evergreen Pkwy", "NE Fourth Plain Blvd", "SE Mill Plain Blvd", "SW Murray Blvd", "Oatfield Rd",
           "SE Sunnyside Rd", "N Lombard St", "SE Baseline St", "SW Farmington Rd", "SE Stark St", "Hazel Dell Ave",
           "Molalla Ave", "NE Glisan St", "SW Scholls Ferry Rd", "Jennings Ave", "NE 99th St"]
CITIES = [("Beaverton", "OR", "97005"), ("Beaverton", "OR", "97007"), ("Hillsboro", "OR", "97123"),
          ("Hillsboro", "OR", "97124"), ("Portland", "OR", "97206"), ("Portland", "OR", "97211"),
          ("Portland", "OR", "97230"), ("Gresham", "OR", "97030"), ("Tigard", "OR", "97223"),
          ("Tualatin", "OR", "97062"), ("Lake Oswego", "OR", "97035"), ("Milwaukie", "OR", "97222"),
          ("Happy Valley", "OR", "97086"), ("Oregon City", "OR", "97045"), ("Vancouver", "WA", "98682"),
          ("Vancouver", "WA", "98661"), ("Camas", "WA", "98607"), ("Battle Ground", "WA", "98604"),
          ("Salem", "OR", "97302"), ("Forest Grove", "OR", "97116")]
EMAIL_DOMAINS = ["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me",
                 "comcast.net"]


def mk_payer(state):
    r = random.random()
    if state == "WA" and r < 0.5:
        return ("Apple Health (Molina)", "%09dWA" % ri(100000000, 999999999), None, "ABA-%s" % digits(9))
    if r < 0.35:
        return ("Oregon Health Plan", alnum(2, "ABCDEFGHJKLMNPRSTVWXYZ") + digits(5) + pick("ABCDEFGHJKLMNPQRSTUVWXYZ"),
                None, "OHP%s" % digits(8))
    if r < 0.5:
        return ("Aetna", "W" + digits(9), "0%s-%s" % (digits(5), digits(3)), "A%s" % digits(10))
    if r < 0.65:
        return ("Premera Blue Cross", "PRM" + digits(9), digits(7), "PBC-%s-%s" % (digits(2), digits(6)))
    if r < 0.8:
        return ("Regence BlueCross BlueShield", "ZHR" + digits(9), digits(8), "RG%s" % digits(9))
    if r < 0.9:
        return ("Providence Health Plan", "PHP" + digits(8), "G" + digits(6), "PHP-PA-%s" % digits(7))
    return ("TRICARE West", digits(11), None, "TW%s%s" % (digits(4), alnum(4)))


def mk_email(first, last):
    f = asciify(first).lower().replace(" ", "").replace("'", "")
    l = asciify(last).lower().replace(" ", "").replace("'", "").replace("-", "")
    style = ri(0, 5)
    if style == 0:
        u = "%s.%s" % (f, l)
    elif style == 1:
        u = "%s%s%d" % (f[0], l, ri(1, 99))
    elif style == 2:
        u = "%s_%s%d" % (f, l[:4], ri(70, 99))
    elif style == 3:
        u = "%s.%s.%d" % (f, l, ri(1980, 1999))
    elif style == 4:
        u = "%smom%d" % (f, ri(1, 9)) if random.random() < 0.5 else "%s%s" % (l, f[:3])
    else:
        u = "%s%s" % (f, l)
    return u + "@" + pick(EMAIL_DOMAINS)


AAC_MODELS = [("Tobii Dynavox I-110", lambda: "TD110-" + alnum(7)),
              ("PRC Accent 1000", lambda: "A10" + digits(7)),
              ("Saltillo NovaChat 8", lambda: "NC8-" + digits(2) + "-" + alnum(6)),
              ("Forbes WinSlate 12", lambda: "FWS12" + alnum(6))]

SCHOOLS = [("Hillsdale Elementary", "hillsdale.k12.or.us", ["Jessica Larsen", "Omar Siddiqui", "Kelsey Tran"]),
           ("Cedar Mill Elementary", "bsd48.org", ["Ms. Renata Paz", "Daniel Okafor"]),
           ("Little Sprouts Learning Center", "littlesproutspdx.com", ["Renata Paz", "Colleen Maher"]),
           ("Sunrise Montessori", "sunrisemontessori.org", ["Anouk de Vries", "Tessa Kline"]),
           ("Fir Grove Preschool (EI/ECSE)", "nwresd.k12.or.us", ["Gabriela Funes", "Mark Ostrowski"]),
           ("Riverview Elementary", "evergreenps.org", ["Hannah Lutz", "Marcus Bell"]),
           ("Happy Trails Daycare", "happytrailsdaycare.net", ["Joy Adeleke", "Sam Ferris"])]

DX = [("F84.0", "Autism spectrum disorder"), ("F84.0", "Autism spectrum disorder"), ("F88", "Global developmental delay"),
      ("F80.2", "Mixed receptive-expressive language disorder"), ("F90.2", "ADHD, combined")]
INSTRUMENTS = ["ADOS-2 Module 1", "ADOS-2 Module 2", "ADOS-2 Toddler Module", "ADI-R", "CARS-2", "Vineland-3", "M-CHAT-R/F"]


def mk_staff():
    raw = [
        ("Priya Raman", "BCBA"), ("Jordan Whitfield", "BCBA"), ("Marisol Ortega", "RBT"), ("Tavita Faleolo", "RBT"),
        ("Grace Kim-Ashby", "BCBA-D"), ("Oksana Melnyk", "RBT"), ("Deshawn Carter", "RBT"), ("Lauren Bechtel", "RBT"),
        ("Hiroshi Abe", "BCaBA"), ("Naledi Dlamini", "BCBA"), ("Sven Aaberg", "RBT"), ("Ethan Brooks", "RBT"),
        ("Fatou Diallo", "RBT"), ("Anh Pham", "RBT"), ("Nnamdi Obi", "RBT"), ("Lucía Castillo", "RBT"),
        ("Mateus Ferreira", "BCBA"), ("Kateryna Savchuk", "RBT"),
    ]
    out = []
    for n, cred in raw:
        out.append({"name": n, "cred": cred, "eid": "E1%03d" % ri(0, 999), "npi": npi(),
                    "cert": "1-%02d-%05d" % (ri(12, 23), ri(10000, 39999))})
    return out


STAFF = mk_staff()
BCBAS = [s for s in STAFF if s["cred"].startswith("BC")]
RBTS = [s for s in STAFF if s["cred"] == "RBT"]
PEDS = ["Dr. Helena Vos", "Dr. Ravi Subramanian", "Dr. Amelia Ferreira-Quinn", "Dr. Tomás Echeverría", "Dr. Yuki Hamada"]
OFFICE_STAFF = ["Rosa Villanueva", "Brianna Lowe", "Caleb Hurst", "Imani Reyes-Whitman"]


def mk_kid(idx):
    okey = list(ORIGINS.keys())[idx % len(ORIGINS)] if idx < len(ORIGINS) else pick(list(ORIGINS.keys()))
    cf, af, am, sn = ORIGINS[okey]
    last = pick(sn)
    first = pick(cf)
    dob = dt.date(2024, 3, 11) - dt.timedelta(days=ri(2 * 365 + 40, 11 * 365))
    city, state, zc = pick(CITIES)
    street = "%d %s" % (ri(102, 19850), pick(STREETS))
    if random.random() < 0.25:
        street += pick([" Apt %d" % ri(1, 340), " Unit %s" % (str(ri(1, 40)) + pick("ABCD")), " #%d" % ri(100, 399)])
    payer, mid, grp, auth_base = mk_payer(state)
    g = []
    mom_last = last if random.random() < 0.75 else pick(sn)
    g1 = {"first": pick(af), "last": mom_last, "rel": "Mother"}
    g2 = {"first": pick(am), "last": last, "rel": "Father"}
    if random.random() < 0.15:
        g1["rel"], g2["rel"] = "Grandmother", "Grandfather"
    g.append(g1)
    if random.random() < 0.7:
        g.append(g2)
    if random.random() < 0.2:
        g.reverse()
    for gg in g:
        a, x, y = phone_num()
        gg["phone"] = (a, x, y)
        gg["email"] = mk_email(gg["first"], gg["last"])
        gg["user"] = pick([gg["email"].split("@")[0], asciify(gg["first"]).lower().split(" ")[0] + "." +
                           asciify(gg["last"]).lower().replace(" ", "").replace("'", "")[:1] + str(ri(1, 99))])
        gg["dob"] = dob - dt.timedelta(days=ri(22 * 365, 44 * 365))
        if gg["rel"].startswith("Grand"):
            gg["dob"] -= dt.timedelta(days=24 * 365)
        gg["ssn"] = fake_ssn()
        if state == "WA":
            gg["dl"] = ("WA", "WDL" + alnum(9))
            gg["plate"] = "%s%s" % (alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), digits(4))
        else:
            gg["dl"] = ("OR", digits(7) if random.random() < 0.7 else pick("ABCDEFGHJK") + digits(6))
            gg["plate"] = "%s %s" % (digits(3), alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"))
        gg["ip"] = "%d.%d.%d.%d" % (pick([73, 24, 67, 71, 76, 97, 98, 174, 50, 107, 172, 162]),
                                    ri(1, 254), ri(0, 254), ri(1, 254))
        if gg["ip"].startswith("172."):
            gg["ip"] = "172.%d.%d.%d" % (ri(58, 120), ri(0, 254), ri(1, 254))
        gg["face"] = None
    kid = {
        "first": first, "last": last, "dob": dob, "sex": pick("MMMF"), "cid": ri(200104, 214987),
        "street": street, "city": city, "state": state, "zip": zc,
        "payer": payer, "mid": mid, "grp": grp, "auth": auth_base,
        "auth_start": dt.date(2024, pick([1, 1, 2, 3]), 1), "g": g,
        "school": pick(SCHOOLS), "student_id": digits(7) if random.random() < 0.6 else "%s%s" % (digits(3), digits(6)),
        "dx": pick(DX), "instr": pick(INSTRUMENTS), "ped": pick(PEDS),
        "eval_date": dob + dt.timedelta(days=ri(500, (dt.date(2024, 1, 31) - dob).days)),
        "rbt": pick(RBTS), "bcba": pick(BCBAS),
        "bacct": "G%08d" % ri(100000, 9999999),
        "card": card_number(pick(["4", "4", "51", "53", "55", "2221"])) if random.random() < 0.5 else None,
        "bank": digits(ri(9, 12)),
        "routing": pick(["123000220", "323070380", "325070760", "121000248", "123006800"]),
        "dd_case": "DD-%d-%07d" % (ri(2019, 2023), ri(10000, 9999999)),
    }
    kid["auth_end"] = kid["auth_start"] + dt.timedelta(days=pick([180, 181, 182, 364])) - dt.timedelta(days=1)
    if random.random() < 0.4:
        m, f = pick(AAC_MODELS)
        kid["aac"] = (m, f())
    else:
        kid["aac"] = None
    kid["tracker"] = imei() if random.random() < 0.35 else None
    kid["elder"] = None
    if random.random() < 0.22:
        gl = pick(sn)
        kid["elder"] = {"first": pick(af), "last": gl, "rel": pick(["great-grandmother", "grandmother", "great-aunt"]),
                        "age": ri(90, 97)}
        a, x, y = phone_num()
        kid["elder"]["phone"] = (a, x, y)
    kid["vin"] = None
    if random.random() < 0.5:
        kid["vin"] = (pick(["2019 Honda Odyssey", "2017 Toyota Sienna", "2021 Subaru Outback", "2015 Chrysler Town & Country",
                            "2020 Kia Carnival"]), None)
        model = kid["vin"][0]
        if "Honda" in model:
            v = vin("5FNRL6H7", "K")
        elif "Toyota" in model:
            v = vin("5TDKZ3DC", "H")
        elif "Subaru" in model:
            v = vin("4S4BTANC", "M")
        elif "Chrysler" in model:
            v = vin("2C4RC1BG", "F")
        else:
            v = vin("KNDNB4H3", "L")
        kid["vin"] = (model, v)
    kid["gofund"] = random.random() < 0.15
    kid["fax"] = phone_num() if random.random() < 0.3 else None
    return kid


KIDS = [mk_kid(i) for i in range(38)]
_seen = []
for k in KIDS:
    while k["cid"] in _seen:
        k["cid"] += 7
    _seen.append(k["cid"])
KID_W = [1.0 / (1 + i * 0.18) for i in range(len(KIDS))]


# --------------------------------------------------------------------------
# span snippets
# --------------------------------------------------------------------------

def N(s):
    return (s, "name")


def fullname(p):
    return p["first"] + " " + p["last"]


def revname(p):
    return p["last"] + ", " + p["first"]


def kname(k, style=None):
    style = style or pick(["full", "full", "rev", "initial"])
    if style == "full":
        return [N(fullname(k))]
    if style == "rev":
        return [N(revname(k))]
    if style == "initial":
        return [N(k["first"] + " " + k["last"][0] + ".")]
    if style == "upper":
        return [N(asciify(k["last"]).upper() + ", " + asciify(k["first"]).upper())]
    raise ValueError


def gname(g):
    return N(fullname(g))


def phone_fmt(p, style=None):
    a, x, y = p
    style = style or pick(["paren", "dash", "e164", "dots", "plain"])
    if style == "paren":
        return "(%s) %s-%s" % (a, x, y)
    if style == "dash":
        return "%s-%s-%s" % (a, x, y)
    if style == "e164":
        return "+1%s%s%s" % (a, x, y)
    if style == "dots":
        return "%s.%s.%s" % (a, x, y)
    return "%s%s%s" % (a, x, y)


def addr_text(k, with_state=True):
    out = [(k["street"], "address"), ", ", (k["city"], "address")]
    if with_state:
        out += [", %s " % k["state"], (k["zip"], "zip")]
    return out


def mrn(k):
    return (str(k["cid"]), "mrn")


def G(k):
    return k["g"][0]


def need(k, key):
    if k.get(key):
        return k
    return pick([x for x in KIDS if x.get(key)])


def wc(*weights):
    return random.choices(range(len(weights)), weights=weights)[0]


def anyg(k):
    return pick(k["g"])


def svc_date(back=0):
    return today() - dt.timedelta(days=back)


def appt_date():
    d = today() + dt.timedelta(days=ri(1, 12))
    if d.weekday() == 6:
        d += dt.timedelta(days=1)
    return d


def appt_time():
    return pick(["08:30", "09:00", "12:30", "13:00", "15:30", "15:45", "16:00", "10:15"])


TARGETS = ["Manding: requests help", "Tacting: colors", "Receptive ID: body parts", "Imitation: gross motor",
           "Intraverbal: fill-ins", "Toileting: initiates", "Waiting: 2 min", "Transition: clean-up song",
           "Listener responding: 2-step", "Social: responds to name", "Matching: identical objects",
           "Echoics: CV combos"]
PROMPTS = ["IND", "GP", "VP", "MP", "FP", "PP"]
BEHAVIORS = ["elopement", "aggression (hitting)", "SIB (head-banging)", "tantrum", "property destruction",
             "scripting", "food refusal"]
CPT = [("97153", "Adaptive behavior treatment by protocol"), ("97155", "Protocol modification by QHP"),
       ("97156", "Family adaptive behavior treatment guidance"), ("97151", "Behavior identification assessment"),
       ("97154", "Group adaptive behavior treatment")]
UA_IOS = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1"
UA_AND = "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36"
UA_WIN = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0"

# --------------------------------------------------------------------------
# FAMILY: iOS os_log (log show default + compact)
# --------------------------------------------------------------------------

IOS_DEV = {"pid": 4521, "tid": 0x2a1f3}


def ios_prefix(level, subsys="com.brightpath.steps", cat="sync", proc="BrightSteps", lib=None):
    t = local()
    tid = IOS_DEV["tid"] + pick([0, 0, 0, 0x1c, 0x33])
    if random.random() < 0.55:
        typ = {"Df": "Default", "I": "Info", "Db": "Debug", "E": "Error", "F": "Fault"}[level]
        head = "%s-0700 %-10s %-11s %-20s %-6d %-4d %s: " % (
            t.strftime("%Y-%m-%d %H:%M:%S.%f"), "0x%x" % tid, typ, "0x0", IOS_DEV["pid"], 0, proc)
        fam = "ios-oslog-show"
    else:
        head = "%s.%s %-2s %s[%d:%x] " % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), level, proc, IOS_DEV["pid"], tid)
        fam = "ios-oslog-compact"
    if lib:
        head += "(%s) " % lib
    head += "[%s:%s] " % (subsys, cat)
    return fam, head


def sess_hex():
    return hexs(8).upper()


def ios_phi(k):
    c = wc(2, 2, 2, 3, 2, 3, 2, 2, 2)
    if c == 3:
        k = need(k, "aac")
    if c == 5:
        k = need(k, "tracker")
    g = anyg(k)
    if c == 0:
        fam, h = ios_prefix("Df", cat="session")
        return fam, [h, "Starting session %s for client " % sess_hex(), mrn(k), " (", N(fullname(k)),
                     ") rbt=%s program_book=v%d" % (k["rbt"]["eid"], ri(9, 21))]
    if c == 1:
        fam, h = ios_prefix("Db", cat="trials")
        return fam, [h, "Trial logged client=", N(k["first"] + " " + k["last"][0] + "."),
                     ' target="%s" trial=%d/%d result=%s prompt=%s' % (pick(TARGETS), ri(1, 10), 10, pick("+-"), pick(PROMPTS))]
    if c == 2:
        fam, h = ios_prefix("Db", cat="sync")
        payload = {"clientId": T(k["cid"], "mrn"), "clientName": T(fullname(k), "name"),
                   "dob": T(dfmt(k["dob"], "iso"), "date"), "sessionDate": T(dfmt(svc_date(), "iso"), "date"),
                   "placeOfService": pick(["12", "03", "11", "99"]), "rbt": k["rbt"]["eid"],
                   "trials": ri(12, 80), "abc": ri(0, 6), "appVersion": "5.3.2"}
        return fam, [h, "POST /v3/sessions body=", J(payload)]
    if c == 3 and k["aac"]:
        fam, h = ios_prefix("I", cat="aac")
        return fam, [h, "AAC profile loaded for client ", mrn(k), ": %s SN " % k["aac"][0], (k["aac"][1], "device"),
                     ", vocab=%s" % pick(["LAMP WFL 84", "TD Snap Core First", "Unity 60", "TouchChat HD WordPower"])]
    if c == 4:
        fam, h = ios_prefix("Df", cat="signature")
        return fam, [h, "Caregiver signature captured signer=", gname(g), " relation=%s dos=" % g["rel"],
                     (dfmt(svc_date(), "iso"), "date"), " strokes=%d" % ri(14, 90)]
    if c == 5 and k["tracker"]:
        fam, h = ios_prefix("E", cat="safety")
        return fam, [h, "Elopement alert: AngelSense tracker IMEI ", (k["tracker"], "device"), " left geofence for client ",
                     mrn(k), "; notifying guardian ", (phone_fmt(g["phone"], "e164"), "phone")]
    if c == 6:
        fam, h = ios_prefix("I", subsys="com.brightpath.steps.ui", cat="header")
        age_y = (today() - k["dob"]).days // 365
        return fam, [h, "Client header bound: ", N(revname(k)), " | DOB ", (dfmt(k["dob"], "us"), "date"),
                     " | %dy | %s %s" % (age_y, k["dx"][0], k["payer"])]
    if c == 7:
        fam, h = ios_prefix("E", cat="sync")
        return fam, [h, "Upload failed for session %s (client " % sess_hex(), mrn(k), ", dos ",
                     (dfmt(svc_date(ri(0, 2)), "iso"), "date"),
                     '): Error Domain=NSURLErrorDomain Code=-1001 "The request timed out." UserInfo={_kCFStreamErrorCodeKey=-2102}']
    fam, h = ios_prefix("Df", cat="abc")
    return fam, [h, "ABC entry saved client=", mrn(k), " antecedent=%s behavior=\"%s\" consequence=%s session_date=" % (
        pick(["transition", "denied access", "demand placed", "loud noise"]), pick(BEHAVIORS),
        pick(["blocked", "planned ignoring", "redirected", "break given"])), (dfmt(svc_date(), "iso"), "date"),
        " caregiver_present=", gname(g)]


def ios_clean(k):
    c = ri(0, 11)
    if c == 0:
        fam, h = ios_prefix("Df", subsys="com.apple.CFNetwork", cat="Summary", lib="CFNetwork")
        rd = ri(90, 1600)
        return fam, [h, "Task <%s>.<%d> summary for task success {transaction_duration_ms=%d, response_status=%d, "
                        "connection=%d, protocol=\"h2\", domain_lookup_duration_ms=0, connect_duration_ms=0, "
                        "secure_connection_duration_ms=0, private_relay=false, request_start_ms=%d, request_duration_ms=0, "
                        "response_start_ms=%d, response_duration_ms=%d, request_bytes=%d, request_throughput_kbps=%d, "
                        "response_bytes=%d, response_throughput_kbps=%d, cache_hit=false}" % (
                            uuid4().upper(), ri(1, 4), rd, pick([200, 200, 201, 204, 409]), ri(3, 40), ri(1, 9), rd - 9,
                            ri(1, 8), ri(300, 9000), ri(40, 900), ri(120, 4000), ri(50, 2000))]
    if c == 1:
        fam, h = ios_prefix("I", cat="sync")
        return fam, [h, "Session %s flushed: %d trials, %d ABC, %d interval samples in %.2fs" % (
            sess_hex(), ri(10, 90), ri(0, 7), ri(0, 120), random.uniform(0.2, 3.5))]
    if c == 2:
        fam, h = ios_prefix("Df", cat="queue")
        return fam, [h, "Client <private> (id <private>) queued for sync; pending=%d" % ri(1, 30)]
    if c == 3:
        fam, h = ios_prefix("Df", subsys="com.brightpath.steps", cat="bg")
        t = utc() + dt.timedelta(minutes=15)
        return fam, [h, "BGTaskScheduler submitted com.brightpath.steps.refresh earliestBeginDate=%s +0000" %
                     t.strftime("%Y-%m-%d %H:%M:%S")]
    if c == 4:
        fam, h = ios_prefix("I", cat="store")
        return fam, [h, "Core Data store migrated v13 → v14 in %d ms (%d rows touched)" % (ri(80, 900), ri(100, 40000))]
    if c == 5:
        fam, h = ios_prefix("Df", subsys="com.apple.network", cat="connection", lib="Network")
        return fam, [h, "nw_connection_report_state_with_handler_on_nw_queue [C%d] reporting state ready" % ri(1, 60)]
    if c == 6:
        fam, h = ios_prefix("I", cat="auth")
        return fam, [h, 'OAuth token refreshed; expires_in=3600 scope="sessions:write trials:write media:write" kid=%s' % hexs(8)]
    if c == 7:
        fam, h = ios_prefix("I", cat="programs")
        return fam, [h, "Program book v%d cached: %d targets, %d behavior defs, sha256=%s" % (
            ri(9, 21), ri(30, 180), ri(2, 12), hexs(64))]
    if c == 8:
        fam, h = ios_prefix("Df", cat="device")
        return fam, [h, "Tablet DMPX%s battery %d%%, deferring media upload (MDM asset tag BP-IPAD-%04d)" % (
            alnum(8), ri(5, 25), ri(1, 400))]
    if c == 9:
        fam, h = ios_prefix("Db", cat="timer")
        return fam, [h, "Interval timer drift %dms over %ds partial-interval block %d/%d" % (
            ri(3, 90), pick([10, 15, 30]), ri(1, 36), 36)]
    if c == 10:
        fam, h = ios_prefix("Df", subsys="com.apple.network", cat="path", lib="Network")
        return fam, [h, "nw_path_evaluator_start [%s] satisfied (Path is satisfied), interface: en0[802.11], ipv4, dns, "
                        "uses wifi, local address 10.20.%d.%d" % (uuid4().upper()[:8], ri(1, 30), ri(2, 250))]
    fam, h = ios_prefix("F", cat="crash")
    return fam, [h, "Fatal error: Unexpectedly found nil while unwrapping an Optional value: file BrightSteps/TrialGridView.swift, line %d" % ri(40, 400)]


# --------------------------------------------------------------------------
# FAMILY: Android logcat threadtime (Timber / OkHttp / WorkManager)
# --------------------------------------------------------------------------

AND_PID = [7713]


def lc(level, tag):
    t = local()
    tid = AND_PID[0] + pick([0, 0, 31, 44, 58, 61])
    return "%s.%s %5d %5d %s %-8s: " % (t.strftime("%m-%d %H:%M:%S"), ms(t), AND_PID[0], tid, level, tag)


def android_phi(k):
    c = wc(2, 2, 2, 2, 2, 3, 2, 3, 2)
    if c == 5:
        k = need(k, "aac")
    if c == 7:
        k = need(k, "tracker")
    g = anyg(k)
    fam = "android-logcat"
    if c == 0:
        body = {"clientId": T(k["cid"], "mrn"), "firstName": T(k["first"], "name"), "lastName": T(k["last"], "name"),
                "dob": T(dfmt(k["dob"], "iso"), "date"), "sessionDate": T(dfmt(svc_date(), "iso"), "date"),
                "rbtId": k["rbt"]["eid"], "location": pick(["HOME", "CLINIC", "SCHOOL", "COMMUNITY"]),
                "trials": [{"targetId": ri(1000, 9999), "r": pick("+-"), "p": pick(PROMPTS)} for _ in range(ri(1, 3))]}
        return fam, [lc("D", "OkHttp"), J(body)]
    if c == 1:
        return fam, [lc("I", "SessionRepository"), "Opened session %d for " % ri(80000, 99999), N(fullname(k)),
                     " (client ", mrn(k), ") at ", (k["street"], "address")]
    if c == 2:
        return fam, [lc("W", "SyncWorker"), "conflict on block %d for client " % ri(1, 6), mrn(k), " dos=",
                     (dfmt(svc_date(ri(0, 3)), "iso"), "date"), "; keeping server copy (etag %s)" % hexs(12)]
    if c == 3:
        return fam, [lc("D", "GuardianSignatureVM"), "saved signer='", gname(g), "' relationship=%s dos=" % g["rel"].upper(),
                     (dfmt(svc_date(), "us"), "date")]
    if c == 4:
        return fam, [lc("I", "EmergencyContactSheet"), "dialing guardian tel:", (phone_fmt(g["phone"], "e164"), "phone"),
                     " for client ", mrn(k)]
    if c == 5 and k["aac"]:
        return fam, [lc("I", "AacBridge"), "paired BT device serial=", (k["aac"][1], "device"), " model=\"%s\" client=" % k["aac"][0],
                     mrn(k)]
    if c == 6:
        return fam, [lc("D", "ClientHeader"), "bind name=", N(revname(k)), " dob=", (dfmt(k["dob"], "us"), "date"),
                     " payer=%s memberId=" % k["payer"].split(" (")[0], (k["mid"], "health_plan")]
    if c == 7 and k["tracker"]:
        return fam, [lc("W", "SafetyTracker"), "GPS tracker imei=", (k["tracker"], "device"), " battery=%d%% last_fix=%ds client=" % (
            ri(5, 90), ri(30, 900)), mrn(k)]
    return fam, [lc("E", "SessionValidator"), "IllegalStateException: session %d has no supervising BCBA; client=" % ri(80000, 99999),
                 N(revname(k)), " dos=", (dfmt(svc_date(), "iso"), "date")]


def android_clean(k):
    c = ri(0, 11)
    fam = "android-logcat"
    sid = ri(80000, 99999)
    if c == 0:
        return fam, [lc("D", "OkHttp"), "--> POST https://api.brightpath-peds.com/v2/sessions/%d/trials (%d-byte body)" % (sid, ri(400, 9000))]
    if c == 1:
        return fam, [lc("D", "OkHttp"), "<-- %s https://api.brightpath-peds.com/v2/sessions/%d/trials (%dms, %d-byte body)" % (
            pick(["201 Created", "200 OK", "409 Conflict", "503 Service Unavailable"]), sid, ri(80, 3000), ri(2, 900))]
    if c == 2:
        return fam, [lc("I", "WM-WorkerWrapper"), "Worker result SUCCESS for Work [ id=%s, tags={ com.brightpath.collect.sync.SyncWorker } ]" % uuid4()]
    if c == 3:
        return fam, [lc("I", "Choreographer"), "Skipped %d frames!  The application may be doing too much work on its main thread." % ri(31, 140)]
    if c == 4:
        return fam, [lc("E", "AndroidRuntime"), "FATAL EXCEPTION: DefaultDispatcher-worker-%d" % ri(1, 8)]
    if c == 5:
        return fam, [lc("E", "AndroidRuntime"), "\tat com.brightpath.collect.sync.SyncWorker.doWork(SyncWorker.kt:%d)" % ri(40, 200)]
    if c == 6:
        return fam, [lc("D", "TrialTimer"), "interval %ds tick %d/%d (partial interval, target %d)" % (
            pick([10, 15, 30]), ri(1, 36), 36, ri(1000, 9999))]
    if c == 7:
        return fam, [lc("I", "SessionRepository"), "Opened session %d for client [REDACTED] at [REDACTED]" % sid]
    if c == 8:
        return fam, [lc("I", "ConnectivityMonitor"), "network=WIFI ssid=<unknown ssid> ip=10.20.%d.%d gw=10.20.0.1 rssi=-%d" % (
            ri(1, 30), ri(2, 250), ri(40, 80))]
    if c == 9:
        return fam, [lc("I", "DeviceInfo"), "build=samsung/gts9fe SM-X516B serial=R5%s android=14 app=4.12.%d (41%03d)" % (
            alnum(9), ri(0, 5), ri(100, 999))]
    if c == 10:
        return fam, [lc("D", "StrictMode"), "StrictMode policy violation; ~duration=%d ms: android.os.strictmode.DiskReadViolation" % ri(5, 90)]
    return fam, [lc("I", "FirebaseMessaging"), "Token refreshed for installation %s (topic=rbt-schedule-%s)" % (hexs(22), pick(["or", "wa"]))]


# --------------------------------------------------------------------------
# FAMILY: practice system CSV exports
# --------------------------------------------------------------------------

ROSTER_HDR = ["ClientId", "LastName", "FirstName", "DOB", "Gender", "Address1", "City", "State", "Zip", "PrimaryPayer",
              "MemberId", "AuthNumber", "AuthStart", "AuthEnd", "ServiceCode", "ApprovedUnits", "UsedUnits"]
BILL_HDR = ["DateOfService", "ClientName", "ClientId", "Provider", "ProcedureCode", "Modifier1", "Units", "Rate",
            "Charges", "ClaimId", "Status"]
CONTACT_HDR = ["client_id", "contact_name", "relationship", "mobile_phone", "email", "is_guarantor", "portal_username"]


def csv_phi(k):
    c = ri(0, 3)
    if c == 0:
        code = pick(CPT[:3])[0]
        ap = pick([400, 600, 800, 1040, 1200, 96, 48])
        return "cr-csv-roster", csv_row([mrn(k), N(k["last"]), N(k["first"]), (dfmt(k["dob"], "us"), "date"), k["sex"],
                                         (k["street"], "address"), (k["city"], "address"), k["state"], (k["zip"], "zip"),
                                         k["payer"], (k["mid"], "health_plan"), (k["auth"], "other_id"),
                                         (dfmt(k["auth_start"], "us"), "date"), (dfmt(k["auth_end"], "us"), "date"), code,
                                         str(ap), str(ri(0, ap))])
    if c == 1:
        code = pick(CPT)
        prov = k["rbt"] if code[0] in ("97153", "97154") else k["bcba"]
        units = ri(4, 16)
        rate = {"97153": 17.5, "97155": 29.1, "97156": 29.1, "97151": 31.26, "97154": 6.4}[code[0]]
        return "cr-csv-billing", csv_row([(dfmt(svc_date(ri(0, 14)), "us"), "date"), N(revname(k)), mrn(k),
                                          "%s, %s" % (prov["name"], prov["cred"]), code[0],
                                          pick(["HN", "HO", "HM", "", "U1"]), str(units), "$%.2f" % rate,
                                          "$%.2f" % (units * rate), "CLM-%d" % ri(800000, 899999),
                                          pick(["Billed", "Ready", "Paid", "Denied-CO197"])])
    g = anyg(k)
    return "cr-csv-contacts", csv_row([mrn(k), gname(g), g["rel"], (phone_fmt(g["phone"], pick(["dash", "paren"])), "phone"),
                                       (g["email"], "email"), pick(["Y", "N"]), (g["user"], "other_id")])


def csv_clean(k):
    c = ri(0, 5)
    if c == 0:
        return "cr-csv-roster", csv_row(ROSTER_HDR)
    if c == 1:
        return "cr-csv-billing", csv_row(BILL_HDR)
    if c == 2:
        return "cr-csv-contacts", csv_row(CONTACT_HDR)
    if c == 3:
        s = pick(STAFF)
        ln, fn = s["name"].split(" ", 1)[1], s["name"].split(" ", 1)[0]
        return "cr-csv-payroll", csv_row([s["eid"], ln, fn, s["cred"], s["cert"], "2024-03-01", "2024-03-15",
                                          "%.2f" % random.uniform(20, 80), "%.1f" % random.uniform(0, 120),
                                          pick(["Approved", "Pending"])])
    if c == 4:
        code = pick(CPT)
        u = ri(100, 4000)
        return "cr-csv-summary", csv_row([code[0], code[1], str(u), "${:,.2f}".format(u * 17.5), "2024-03"])
    return "cr-csv-summary", csv_row(["TOTAL", "", str(ri(4000, 9000)), "${:,.2f}".format(random.uniform(80000, 160000)), "2024-03"])


# --------------------------------------------------------------------------
# FAMILY: webhook receiver (Go logrus text formatter, sorted fields)
# --------------------------------------------------------------------------

def lr(level, msg_parts, fields):
    t = local()
    out = ['time="%s-07:00" level=%s msg=' % (t.strftime("%Y-%m-%dT%H:%M:%S"), level)]
    out += ['"'] + esc_parts(msg_parts, goq) + ['"']
    for key, val in sorted(fields, key=lambda x: x[0]):
        out.append(" %s=" % key)
        vp = flat(val if isinstance(val, list) else [val])
        txt = "".join(p[0] if isinstance(p, tuple) else p for p in vp)
        need_q = any(ch in txt for ch in ' "=\\{}[],:') or txt == ""
        if need_q:
            out += ['"'] + esc_parts(vp, goq) + ['"']
        else:
            out += vp
    return out


def dlv():
    return "dlv_" + alnum(20, "abcdefghijklmnopqrstuvwxyz0123456789")


def webhook_phi(k):
    g = anyg(k)
    c = ri(0, 6)
    fam = "webhook-logrus"
    if c == 0:
        return fam, lr("info", ["webhook received"], [("client_id", mrn(k)), ("delivery", dlv()),
                                                      ("event", "appointment.converted"),
                                                      ("provider", k["rbt"]["name"]),
                                                      ("service_date", (dfmt(svc_date(ri(0, 2)), "iso"), "date"))])
    if c == 1:
        payload = {"EventType": "ClientUpdated", "ClientId": T(k["cid"], "mrn"), "FirstName": T(k["first"], "name"),
                   "LastName": T(k["last"], "name"), "DateOfBirth": T(dfmt(k["dob"], "isot"), "date"),
                   "Guardian": {"Name": T(fullname(g), "name"), "Phone": T(phone_fmt(g["phone"], "paren"), "phone"),
                                "Email": T(g["email"], "email")}, "LabelIds": [ri(10, 99), ri(100, 300)]}
        return fam, lr("debug", ["raw payload"], [("body", J(payload)), ("delivery", dlv()), ("size", str(ri(400, 2000)))])
    if c == 2:
        return fam, lr("info", ["client upsert"], [("client_id", mrn(k)), ("changed", "[Address1 City Zip]"),
                                                   ("address1", (k["street"], "address")), ("city", (k["city"], "address")),
                                                   ("zip", (k["zip"], "zip"))])
    if c == 3:
        return fam, lr("info", ["authorization updated"], [("auth_number", (k["auth"], "other_id")), ("client_id", mrn(k)),
                                                           ("end_date", (dfmt(k["auth_end"], "iso"), "date")),
                                                           ("service_code", "97153"), ("units_approved", str(pick([600, 800, 1200])))])
    if c == 4:
        return fam, lr("warning", ["guardian email bounced (practice system notice)"],
                       [("client_id", mrn(k)), ("email", (g["email"], "email")), ("reason", "550 5.1.1")])
    if c == 5:
        return fam, lr("info", ["appointment cancelled"], [("client", kname(k, "rev")),
                                                           ("date", (dfmt(appt_date(), "iso"), "date")),
                                                           ("reason", pick(["CLIENT_SICK", "FAMILY_VACATION", "NO_SHOW"])),
                                                           ("appt_id", "A-%d" % ri(5000000, 5999999))])
    payload = {"EventType": "PayerUpdated", "ClientId": T(k["cid"], "mrn"), "PayerName": k["payer"],
               "InsuredId": T(k["mid"], "health_plan"), "GroupNumber": k["grp"] or "", "SubscriberName": T(fullname(G(k)), "name"),
               "SubscriberDob": T(dfmt(G(k)["dob"], "isot"), "date"), "Priority": 1}
    if random.random() < 0.5:
        payload["SubscriberSsn"] = T(G(k)["ssn"].replace("-", ""), "ssn")
    return fam, lr("debug", ["raw payload"], [("body", J(payload)), ("delivery", dlv()), ("size", str(ri(300, 1500)))])


def webhook_clean(k):
    c = ri(0, 7)
    fam = "webhook-logrus"
    if c == 0:
        return fam, lr("info", ["signature verified"], [("alg", "HMAC-SHA256"), ("delivery", dlv()), ("skew_ms", str(ri(3, 900)))])
    if c == 1:
        return fam, lr("warning", ["signature mismatch, rejecting"], [("delivery", dlv()), ("remote", "10.8.%d.%d" % (ri(0, 9), ri(2, 250))),
                                                                     ("status", "401")])
    if c == 2:
        return fam, lr("info", ["ack"], [("delivery", dlv()), ("latency_ms", str(ri(2, 90))), ("status", "202")])
    if c == 3:
        return fam, lr("warning", ["retry scheduled"], [("attempt", str(ri(2, 5))), ("backoff", "%ds" % pick([2, 4, 8, 16])),
                                                        ("delivery", dlv()), ("err", "context deadline exceeded")])
    if c == 4:
        return fam, lr("info", ["listening"], [("addr", ":8443"), ("version", "1.9.%d" % ri(0, 6)), ("commit", hexs(7))])
    if c == 5:
        return fam, lr("info", ["event ignored"], [("event", pick(["timesheet.approved", "payroll.exported", "label.created"])),
                                                   ("employee", pick(STAFF)["eid"]), ("reason", "no handler")])
    if c == 6:
        return fam, lr("info", ["batch flushed to queue"], [("count", str(ri(1, 40))), ("queue", "cr-events"),
                                                            ("partition", str(ri(0, 11))), ("offset", str(ri(100000, 999999)))])
    return fam, lr("error", ["practice system API error"], [("endpoint", "/api/?clients.getclient"), ("status", "429"),
                                                            ("retry_after", "%ds" % ri(5, 60)), ("request_id", uuid4())])


# --------------------------------------------------------------------------
# FAMILY: authorization tracker (python logging)
# --------------------------------------------------------------------------

def pyl(level, logger):
    t = local()
    return "%s,%s %-8s %s: " % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), level, logger)


def auth_phi(k):
    c = ri(0, 5)
    fam = "authtrack-pylog"
    if c == 0:
        a = pick([600, 800, 1200, 400])
        u = int(a * random.uniform(0.78, 0.99))
        return fam, [pyl("WARNING", "authtrack.utilization"), "auth ", (k["auth"], "other_id"), " client=", mrn(k),
                     " code=97153 used=%d/%d units (%.1f%%) ends " % (u, a, 100.0 * u / a),
                     (dfmt(k["auth_end"], "iso"), "date")]
    if c == 1:
        return fam, [pyl("INFO", "authtrack.expiry"), "Expiring in %dd: " % ri(7, 30), N(revname(k)), " (DOB ",
                     (dfmt(k["dob"], "us"), "date"), ") member=", (k["mid"], "health_plan"),
                     " payer=%s BCBA=%s" % (k["payer"], k["bcba"]["name"])]
    if c == 2:
        kd = asciify(k["first"]).upper()
        kl = asciify(k["last"]).upper()
        return fam, [pyl("DEBUG", "authtrack.x12"), "278 rsp: NM1*IL*1*", N(kl), "*", N(kd), "****MI*", (k["mid"], "health_plan"),
                     "~HCR*A1*", (k["auth"], "other_id"), "~DTP*472*RD8*", (dfmt(k["auth_start"], "x12"), "date"), "-",
                     (dfmt(k["auth_end"], "x12"), "date"), "~SV1*HC:97153*0*UN*%d~" % pick([600, 800, 1200])]
    if c == 3:
        return fam, [pyl("INFO", "authtrack.reauth"), "Reauth packet written: /srv/authtrack/out/reauth_", mrn(k), "_",
                     N(asciify(k["last"]).replace(" ", "").replace("'", "")), ".pdf (%d pages, BCBA %s)" % (ri(9, 40), k["bcba"]["name"])]
    if c == 4:
        return fam, [pyl("ERROR", "authtrack.guard"), "Over-utilization blocked: session for ", N(fullname(k)), " on ",
                     (dfmt(appt_date(), "iso"), "date"), " would exceed auth ", (k["auth"], "other_id"), " by %d units" % ri(1, 12)]
    g = G(k)
    grp = k["grp"] or "n/a"
    return fam, [pyl("INFO", "authtrack.eligibility"), "Payer portal lookup ok: subscriber ", gname(g), " dob ",
                 (dfmt(g["dob"], "iso"), "date"), " member ", (k["mid"], "health_plan"), " group %s plan=%s" % (grp, k["payer"])]


def auth_clean(k):
    c = ri(0, 7)
    fam = "authtrack-pylog"
    if c == 0:
        return fam, [pyl("INFO", "authtrack.utilization"), "nightly utilization run started: active_auths=%d payers=%d" % (ri(300, 500), ri(6, 11))]
    if c == 1:
        return fam, [pyl("INFO", "authtrack.availity"), "278 poll: %d pending responses, next poll in 900s" % ri(0, 6)]
    if c == 2:
        return fam, [pyl("WARNING", "authtrack.payers"), "payer=%s HTTP 503 from /v1/authorizations, retry %d/5 in 30s" % (
            pick(["premera", "regence", "aetna", "molina"]), ri(1, 4))]
    if c == 3:
        return fam, [pyl("INFO", "authtrack.utilization"), "run finished in %.1fs: %d warnings (>80%%), %d critical (>95%%), 0 errors" % (
            random.uniform(20, 90), ri(10, 50), ri(0, 9))]
    if c == 4:
        return fam, [pyl("INFO", "authtrack.fees"), "loaded fee schedule OHP-2024Q1 (%d codes, effective 2024-01-01)" % ri(20, 60)]
    if c == 5:
        return fam, [pyl("DEBUG", "authtrack.rules"), "ruleset 'tricare-acd' v2.7.%d refreshed (%d rules, hash %s)" % (ri(0, 9), ri(20, 80), hexs(10))]
    if c == 6:
        return fam, [pyl("INFO", "authtrack.metrics"), "census by age band: 2-4=%d 5-7=%d 8-11=%d 12+=%d" % (ri(40, 90), ri(60, 120), ri(20, 60), ri(2, 20))]
    return fam, [pyl("WARNING", "authtrack.x12"), "278 ISA*00*          *00*          *ZZ*BRIGHTPATH     *ZZ*AVAILITY       *%s*%s*^*00501*%09d*0*P*:~ rejected: AAA*N**42*C" % (
        local().strftime("%y%m%d"), local().strftime("%H%M"), ri(1, 999999))]


# --------------------------------------------------------------------------
# FAMILY: parent portal on Vercel (function text + log drain JSON)
# --------------------------------------------------------------------------

def vz():
    t = utc()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "Z"


def vtext(level, msg_parts):
    return "vercel-fn-text", [vz() + "\t" + uuid4() + "\t" + level + "\t"] + flat(msg_parts)


def vdrain(msg_parts, path_parts, method="GET", status=200, client_ip=None, ua=None, src="lambda", level="info"):
    t = utc()
    em = epoch_ms(t)
    rid = "%s::%s-%d-%s" % (pick(["pdx1", "sfo1", "iad1"]), alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789"), em, hexs(12))
    o = {"id": "%d%s" % (em, digits(9)), "message": S(*msg_parts), "timestamp": em, "requestId": rid,
         "statusCode": status, "source": src, "projectId": "prj_Q3vT9kLm2xR8bN4cW7yZ1aH6", "deploymentId": "dpl_%s" % alnum(24, "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ123456789"),
         "host": "parent-portal-git-main-brightpath.vercel.app", "path": S(*path_parts), "level": level}
    if client_ip is not None:
        o["proxy"] = {"timestamp": em - ri(1, 40), "method": method, "scheme": "https", "host": "portal.brightpath-peds.com",
                      "path": S(*path_parts), "userAgent": [ua or pick([UA_IOS, UA_AND, UA_WIN])],
                      "referer": "https://portal.brightpath-peds.com/dashboard", "statusCode": status,
                      "clientIp": client_ip, "region": "pdx1", "vercelCache": "MISS"}
    return "vercel-drain-json", J(o)


def portal_phi(k):
    g = anyg(k)
    ipv = T(g["ip"], "ip")
    c = wc(2, 1, 2, 1, 3, 1, 2, 2, 2, 1)
    if c == 0:
        return vtext("INFO", ["[auth] sign-in ok email=", (g["email"], "email"), " ip=", (g["ip"], "ip"), " mfa=", pick(["sms", "totp", "none"])])
    if c == 1:
        return vtext("INFO", ["[messages] guardian ", gname(g), " (user gu_%s) posted to BCBA thread for child " % alnum(8, "abcdefghijkmnpqrstuvwxyz23456789"), mrn(k)])
    if c == 2:
        data = "data:image/jpeg;base64," + jpeg_b64()
        return vtext("INFO", ["[upload] avatar updated child=", mrn(k), " src=", (data, "photo")])
    if c == 3:
        return vtext("ERROR", ["Error: No guardian record for ", (g["email"], "email"),
                               " at getGuardian (/var/task/.next/server/chunks/417.js:1:%d)" % ri(1000, 99999)])
    if c == 4:
        slug = asciify(k["last"]).lower().replace(" ", "").replace("'", "") + "-" + asciify(k["first"]).lower() + "-" + str(k["cid"])
        return vtext("INFO", ["[share] progress report link created ", ("https://portal.brightpath-peds.com/r/" + slug, "url"),
                              " expires_in=7d by ", (g["user"], "other_id")])
    if c == 5:
        return vtext("INFO", ["[appointments] reschedule request child=", N(fullname(k)), " from ", (dfmt(appt_date(), "iso"), "date"),
                              " to ", (dfmt(appt_date(), "iso"), "date"), " slot=", appt_time()])
    if c == 6:
        pth = ["/api/children/", mrn(k), "/progress?range=%s" % pick(["30d", "90d", "ytd"])]
        return vdrain(["GET ", pth, " 200 %dms" % ri(40, 900)], pth, client_ip=ipv)
    if c == 7:
        pth = ["/api/children/", mrn(k), "/session-notes/%d" % ri(80000, 99999)]
        return vdrain(["[notes] guardian viewed session note dos=", (dfmt(svc_date(ri(1, 9)), "iso"), "date")], pth, client_ip=ipv)
    if c == 8:
        pth = ["/api/auth/callback/credentials"]
        return vdrain(["[auth] failed login for ", (g["user"], "other_id"), " attempts=%d" % ri(2, 5)], pth, method="POST",
                      status=401, client_ip=ipv, level="warning")
    pth = ["/api/billing/statements"]
    return vdrain(["[billing] statement viewed acct=", (k["bacct"], "account"), " guarantor=", gname(G(k))], pth,
                  client_ip=T(G(k)["ip"], "ip"))


def portal_clean(k):
    c = ri(0, 8)
    if c == 0:
        return vtext("INFO", ["[cron] appointment reminders: %d queued, %d skipped (opted out), %d failed" % (ri(20, 90), ri(0, 6), ri(0, 2))])
    if c == 1:
        return vtext("INFO", ["Cold start %dms (region pdx1, node 20.x, bundle 1.%dMB)" % (ri(200, 1400), ri(1, 9))])
    if c == 2:
        return vtext("WARN", ["[next-auth][warn][DEBUG_ENABLED] https://next-auth.js.org/warnings#debug_enabled"])
    if c == 3:
        return vtext("ERROR", ["Task timed out after 10.01 seconds"])
    if c == 4:
        return vtext("INFO", ["[rate-limit] 429 key=ratelimit:api:gu_%s window=60s hits=%d" % (alnum(8, "abcdefghijkmnpqrstuvwxyz23456789"), ri(61, 200))])
    if c == 5:
        return vdrain(["[cron] sync practice-system appointments: %d upserted, %d unchanged in %dms" % (ri(0, 80), ri(100, 900), ri(300, 4000))],
                      ["/api/cron/sync-appointments"])
    if c == 6:
        return vdrain(["Compiled successfully in %.1fs" % random.uniform(20, 90)], ["/"], src="build")
    if c == 7:
        return vdrain(["middleware: redirect unauthenticated -> /login"], ["/dashboard"], src="edge", status=307)
    return vtext("INFO", ["prisma:info Starting a postgresql pool with %d connections." % pick([5, 9, 17])])


# --------------------------------------------------------------------------
# FAMILY: therapist scheduling service (Spring Boot logback)
# --------------------------------------------------------------------------

def spr(level, logger, thread=None):
    t = local()
    thread = thread or pick(["nio-8080-exec-%d" % ri(1, 10), "scheduling-1", "task-%d" % ri(1, 8), "main"])
    if len(logger) > 40:
        parts = logger.split(".")
        logger = ".".join(p[0] for p in parts[:-2]) + "." + ".".join(parts[-2:])
    return "%s.%s %5s 1 --- [%15s] %-40s : " % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), level, thread[-15:], logger)


def sched_phi(k):
    c = wc(3, 2, 2, 2, 2, 1, 2)
    if c == 6:
        k = need(k, "elder")
    g = anyg(k)
    fam = "spring-scheduler"
    if c == 0:
        d = appt_date()
        return fam, [spr("INFO", "c.b.sched.service.AssignmentService"), "Assigned RBT %s (%s) to client " % (k["rbt"]["name"], k["rbt"]["eid"]),
                     mrn(k), " ", N(revname(k)), " on ", (dfmt(d, "iso"), "date"), " %s-%s @ " % (appt_time(), pick(["17:00", "18:00", "11:30"])),
                     addr_text(k, with_state=False)]
    if c == 1:
        return fam, [spr("INFO", "c.b.sched.notify.SmsReminderJob"), "SMS reminder queued to ", (phone_fmt(g["phone"], "e164"), "phone"),
                     " for appt ", (dfmt(appt_date(), "iso"), "date"), " %s (" % appt_time(), N(k["first"] + " " + k["last"][0] + "."),
                     ") via twilio msid=MG%s" % hexs(32)]
    if c == 2:
        return fam, [spr("INFO", "c.b.sched.service.CancellationService"), "Parent cancellation: ", gname(g), " cancelled ",
                     (dfmt(appt_date(), "iso"), "date"), " session for client ", mrn(k), " (reason: %s, notice %dh)" % (
                         pick(["sick", "travel", "family emergency", "school event"]), ri(2, 72))]
    if c == 3:
        return fam, [spr("WARN", "c.b.sched.geo.GeocodeClient"), "Geocode miss for client ", mrn(k), " address '",
                     addr_text(k), "' - falling back to ZIP centroid"]
    if c == 4:
        return fam, [spr("WARN", "c.b.sched.service.AuthorizationGuard"), "Auth check failed for client ", mrn(k), ": auth ",
                     (k["auth"], "other_id"), " exhausted (97153) - block ", (dfmt(appt_date(), "iso"), "date"), " left unassigned"]
    if c == 5:
        sch = k["school"]
        return fam, [spr("INFO", "c.b.sched.service.LocationService"), "School-based session for client ", mrn(k),
                     " at %s; escort contact %s (staff), parent consent on file since " % (sch[0], pick(sch[2])),
                     (dfmt(k["auth_start"] + dt.timedelta(days=ri(1, 30)), "iso"), "date")]
    e = k["elder"]
    if e:
        return fam, [spr("INFO", "c.b.sched.service.ContactService"), "Backup pickup contact for client ", mrn(k), ": ",
                     N(fullname(e)), " (%s, age " % e["rel"], (str(e["age"]), "age"), ") ", (phone_fmt(e["phone"], "paren"), "phone")]
    return fam, [spr("INFO", "c.b.sched.service.ContactService"), "Backup pickup contact for client ", mrn(k), ": ", gname(g),
                 " ", (phone_fmt(g["phone"], "paren"), "phone")]


def sched_clean(k):
    c = ri(0, 9)
    fam = "spring-scheduler"
    if c == 0:
        return fam, [spr("INFO", "c.b.sched.optimizer.RouteOptimizer", "scheduling-1"), "Optimizer run #%d: %d clients, %d therapists, %d unassigned blocks, solve %.2fs" % (
            ri(4000, 4999), ri(50, 80), ri(30, 50), ri(0, 8), random.uniform(0.5, 6))]
    if c == 1:
        return fam, [spr("WARN", "com.zaxxer.hikari.pool.HikariPool"), "HikariPool-1 - Connection is not available, request timed out after 30000ms."]
    if c == 2:
        s = pick(RBTS)
        return fam, [spr("WARN", "c.b.sched.staff.CredentialMonitor", "scheduling-1"), "Credential expiry: RBT %s (%s) BACB cert %s expires %s" % (
            s["name"], s["eid"], s["cert"], dfmt(dt.date(2024, ri(4, 6), ri(1, 28)), "iso"))]
    if c == 3:
        s = pick(RBTS)
        return fam, [spr("INFO", "c.b.sched.staff.MileageService"), "Mileage claim approved %s %s: %.1f mi, vehicle plate %s %s" % (
            s["eid"], s["name"], random.uniform(4, 80), digits(3), alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"))]
    if c == 4:
        return fam, [spr("INFO", "c.b.sched.service.BackfillService"), "Cancelled block %d reason=THERAPIST_ILL, backfill search radius %d mi" % (
            ri(900000, 999999), ri(5, 20))]
    if c == 5:
        return fam, [spr("INFO", "c.b.sched.SchedulerApplication", "main"), "Started SchedulerApplication in %.3f seconds (JVM running for %.3f)" % (
            random.uniform(9, 20), random.uniform(20, 25))]
    if c == 6:
        return fam, [spr("INFO", "c.b.sched.geo.DriveTimeMatrix", "scheduling-1"), "Drive-time matrix refreshed from osrm.internal:5000 (%d nodes, %.1fs)" % (
            ri(80, 160), random.uniform(0.3, 3))]
    if c == 7:
        s = pick(BCBAS)
        return fam, [spr("INFO", "c.b.sched.supervision.RatioCheck", "scheduling-1"), "Supervision ratio BCBA %s (NPI %s): %.1f%% for 2024-03 (min 5%%)" % (
            s["name"], s["npi"], random.uniform(4, 12))]
    if c == 8:
        return fam, [spr("ERROR", "o.a.c.c.C.[.[.[/].[dispatcherServlet]"), "Servlet.service() for servlet [dispatcherServlet] threw exception "
                                                                        "java.lang.IllegalArgumentException: block %d overlaps block %d" % (ri(900000, 999999), ri(900000, 999999))]
    s = pick(RBTS)
    return fam, [spr("INFO", "c.b.sched.api.TherapistController"), "PUT /api/v1/therapists/%s/availability 200 (%d slots, tz=America/Los_Angeles)" % (
        s["eid"], ri(8, 40))]


# --------------------------------------------------------------------------
# FAMILY: school / daycare coordination email (postfix + node mailer)
# --------------------------------------------------------------------------

def pf(prog):
    t = local()
    return "%s %2d %s mx1 %s[%d]: " % (t.strftime("%b"), t.day, t.strftime("%H:%M:%S"), prog, ri(800, 32000))


def qid():
    return alnum(10, "0123456789ABCDEF")


def winston(level):
    return "[%s] %s: " % (vz(), level)


def teacher(k):
    sch = k["school"]
    t = pick(sch[2]).replace("Ms. ", "")
    f, l = t.split(" ", 1)
    return t, "%s%s@%s" % (f[0].lower(), l.lower().replace(" ", ""), sch[1])


def mail_phi(k):
    c = wc(2, 2, 2, 1, 1, 2, 1)
    if c == 6:
        k = need(k, "fax")
    g = anyg(k)
    tname, temail = teacher(k)
    if c == 0:
        return "postfix", [pf("postfix/smtp"), "%s: to=<" % qid(), (g["email"], "email"),
                           ">, relay=%s, delay=%.1f, delays=0.1/0/0.%d/0.%d, dsn=2.0.0, status=sent (250 2.0.0 OK  %d %s - gsmtp)" % (
                               pick(["gmail-smtp-in.l.google.com[142.250.114.26]:25", "mta7.am0.yahoodns.net[67.195.204.79]:25",
                                     "outlook-com.olc.protection.outlook.com[104.47.56.33]:25"]),
                               random.uniform(0.4, 3), ri(1, 9), ri(1, 9), epoch_ms() // 1000, alnum(12, "abcdefghijklmnopqrstuvwxyz0123456789"))]
    if c == 1:
        return "mailer-winston", [winston("info"), "queued template=school_observation to=%s cc=" % temail, (g["email"], "email"),
                                  ' subject="Classroom observation – ', N(fullname(k)), " – ", (dfmt(appt_date(), "md"), "date"), '"']
    if c == 2:
        return "mailer-winston", [winston("info"), "inbound reply from %s re: \"IEP meeting for " % temail, N(fullname(k)),
                                  "\" student_id=", (k["student_id"], "other_id"), " meeting=", (dfmt(appt_date(), "iso"), "date")]
    if c == 3:
        return "mailer-winston", [winston("info"), "release-of-information on file: guardian ", gname(g), " signed ",
                                  (dfmt(k["auth_start"] - dt.timedelta(days=ri(3, 40)), "iso"), "date"), " for %s (expires in 1y)" % k["school"][0]]
    if c == 4:
        return "mailer-winston", [winston("warn"), "bounce for guardian address ", (g["email"], "email"), " (550 5.1.1 user unknown) client=", mrn(k)]
    if c == 6:
        return "mailer-winston", [winston("info"), "fax gateway: release-of-information packet delivered to guardian fax ",
                                  (phone_fmt(k["fax"], "e164"), "fax"), " (%d pages) client=" % ri(3, 30), mrn(k)]
    return "mailer-winston", [winston("info"), "daycare daily note sent to %s for " % temail, N(k["first"] + " " + k["last"][0] + "."),
                              " (dos ", (dfmt(svc_date(), "us"), "date"), ", RBT %s)" % k["rbt"]["name"]]


def mail_clean(k):
    c = ri(0, 8)
    tname, temail = teacher(k)
    q = qid()
    if c == 0:
        return "postfix", [pf("postfix/smtp"), "%s: to=<%s>, relay=%s[%d.%d.%d.%d]:25, delay=%.1f, delays=0.1/0/0.4/0.6, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as %s)" % (
            q, temail, "mx." + temail.split("@")[1], *pick([(198, 51, 100), (203, 0, 113)]), ri(2, 250), random.uniform(0.4, 3), qid())]
    if c == 1:
        return "postfix", [pf("postfix/smtpd"), "connect from mail.%s[198.51.100.%d]" % (k["school"][1], ri(2, 250))]
    if c == 2:
        return "postfix", [pf("postfix/cleanup"), "%s: message-id=<%s.%s@mx1.brightpath-peds.com>" % (q, local().strftime("%Y%m%d%H%M%S"), q)]
    if c == 3:
        return "postfix", [pf("postfix/qmgr"), "%s: from=<noreply@brightpath-peds.com>, size=%d, nrcpt=%d (queue active)" % (q, ri(3000, 90000), ri(1, 3))]
    if c == 4:
        return "postfix", [pf("opendkim"), "%s: DKIM-Signature field added (s=bp2024, d=brightpath-peds.com)" % q]
    if c == 5:
        return "postfix", [pf("postfix/smtp"), "%s: to=<director@happytrailsdaycare.net>, relay=none, delay=%d, delays=%d/0.01/30/0, dsn=4.4.1, status=deferred (connect to mx.happytrailsdaycare.net[203.0.113.%d]:25: Connection timed out)" % (
            q, ri(30, 900), ri(1, 800), ri(2, 250))]
    if c == 6:
        return "mailer-winston", [winston("info"), "SMTP pool ready host=smtp.brightpath-peds.com:587 maxConnections=5 secure=STARTTLS"]
    if c == 7:
        return "mailer-winston", [winston("info"), "sent <%s@brightpath-peds.com> to %s (%s) 250 in %dms" % (uuid4(), temail, tname, ri(200, 2000))]
    return "mailer-winston", [winston("info"), "digest: %d school coordination threads, %d awaiting reply > 48h, owner=%s" % (
        ri(5, 30), ri(0, 6), pick(OFFICE_STAFF))]


# --------------------------------------------------------------------------
# FAMILY: intake forms (pino JSON)
# --------------------------------------------------------------------------

def pino(level, fields, msg):
    o = {"level": level, "time": epoch_ms(), "pid": 7, "hostname": "intake-api-7c9f6d-%s" % alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789"),
         "reqId": "req-%s" % alnum(4, "0123456789abcdefghijklmnopqrstuvwxyz")}
    o.update(fields)
    o["msg"] = msg
    return "intake-pino", J(o)


def intake_phi(k):
    c = wc(3, 2, 3, 2, 2, 1, 1, 2, 2)
    if c == 4:
        k = need(k, "fax")
    if c == 2 and random.random() < 0.75:
        k = need(k, "elder")
    if c == 7:
        k = need(k, "gofund")
    g = G(k)
    if c == 0:
        sub = {"submissionId": "sub_%s" % alnum(10), "form": "intake-v5",
               "child": {"firstName": T(k["first"], "name"), "lastName": T(k["last"], "name"),
                         "dob": T(dfmt(k["dob"], "us"), "date"), "sex": k["sex"], "ageYears": (today() - k["dob"]).days // 365},
               "guardian": {"name": T(fullname(g), "name"), "relationship": g["rel"].lower(),
                            "phone": T(phone_fmt(g["phone"], "paren"), "phone"), "email": T(g["email"], "email")},
               "address": {"line1": T(k["street"], "address"), "city": T(k["city"], "address"), "state": k["state"],
                           "zip": T(k["zip"], "zip")},
               "insurance": {"payer": k["payer"], "memberId": T(k["mid"], "health_plan"), "groupNumber": k["grp"],
                             "subscriber": T(fullname(g), "name")}}
        if k["fax"]:
            sub["guardian"]["fax"] = T(phone_fmt(k["fax"], "paren"), "fax")
        return pino(30, sub, "intake submitted")
    if c == 1:
        ev = {"instrument": k["instr"], "date": T(dfmt(k["eval_date"], "iso"), "date"), "evaluator": k["ped"],
              "dx": k["dx"][0], "dxText": k["dx"][1], "severity": pick(["Level 1", "Level 2", "Level 3", None]),
              "comparisonScore": ri(4, 10)}
        return pino(30, {"childId": T(k["cid"], "mrn"), "childName": T(fullname(k), "name"), "evaluation": ev}, "diagnostic report parsed")
    if c == 2:
        e = k["elder"]
        if e:
            hh = [{"relation": g["rel"].lower(), "name": T(fullname(g), "name")},
                  {"relation": e["rel"], "name": T(fullname(e), "name"), "age": T(e["age"], "age"), "livesInHome": True}]
        else:
            hh = [{"relation": gg["rel"].lower(), "name": T(fullname(gg), "name")} for gg in k["g"]]
        hh.append({"relation": "sibling", "age": ri(1, 15), "dx": pick([None, "none", "ADHD"])})
        return pino(30, {"childId": T(k["cid"], "mrn"), "household": hh}, "household composition captured")
    if c == 3:
        return pino(30, {"childId": T(k["cid"], "mrn"), "guarantor": {"name": T(fullname(g), "name"), "ssn": T(g["ssn"], "ssn"),
                                                                         "dob": T(dfmt(g["dob"], "iso"), "date"),
                                                                         "employer": pick(["Intel Corp", "Nike", "OHSU", "Providence", "self-employed", "Fred Meyer"])}},
                    "guarantor verified")
    if c == 4 and k["fax"]:
        return pino(40, {"field": "guardian.fax", "value": T(phone_fmt(k["fax"], "dash"), "fax"), "childId": T(k["cid"], "mrn")},
                    "guardian provided fax; routing records release by fax")
    if c == 5:
        return pino(30, {"childId": T(k["cid"], "mrn"), "ddCaseNumber": T(k["dd_case"], "other_id"),
                         "coordinator": pick(OFFICE_STAFF)}, "county DD case linked")
    if c == 7:
        slug = "help-%s-%s-get-aba-therapy" % (asciify(k["first"]).lower(), asciify(k["last"]).lower().replace(" ", "-").replace("'", ""))
        return pino(30, {"childId": T(k["cid"], "mrn"), "howHeard": "social media",
                         "fundraiserUrl": T("https://www.gofundme.com/f/" + slug, "url"),
                         "notes": "family asked about self-pay until Medicaid approval"}, "intake marketing attribution")
    if c == 8:
        pu = anyg(k)
        auth = {"name": T(fullname(pu), "name"), "relationship": pu["rel"].lower(),
                "driversLicense": {"state": pu["dl"][0], "number": T(pu["dl"][1], "license")},
                "vehiclePlate": T(pu["plate"], "vehicle")}
        if random.random() < 0.4:
            auth["childPhoto"] = T("data:image/jpeg;base64," + jpeg_b64(ri(300, 420)), "photo")
        return pino(30, {"childId": T(k["cid"], "mrn"), "pickupAuthorization": auth}, "pickup authorization saved")
    fx = phone_num("503")
    return pino(30, {"childId": T(k["cid"], "mrn"), "referral": {"source": "pediatrician", "physician": k["ped"],
                                                                 "physicianFax": phone_fmt(fx, "paren"), "npi": npi()},
                     "referralDate": T(dfmt(k["eval_date"] + dt.timedelta(days=ri(3, 40)), "iso"), "date")}, "referral linked")


def intake_clean(k):
    c = ri(0, 6)
    if c == 0:
        return pino(30, {"res": {"statusCode": 201}, "responseTime": ri(30, 400)}, "request completed")
    if c == 1:
        return pino(40, {"err": {"type": "ValidationError", "message": pick(["guardian.phone is required", "child.dob must be a date",
                                                                            "insurance.memberId is required"])}}, "intake validation failed")
    if c == 2:
        return pino(30, {"bytes": ri(400000, 4000000), "ms": ri(200, 2000), "template": "intake-packet-v5"}, "pdf rendered")
    if c == 3:
        return pino(30, {"uploadId": "upl_%s" % alnum(12), "engine": "clamav 1.2.1", "sigs": ri(8000000, 8800000)}, "scan clean")
    if c == 4:
        return pino(30, {"intakeId": "INT-2024-%04d" % ri(1, 999), "coordinator": pick(OFFICE_STAFF), "queue": "intake-or"}, "assigned intake to coordinator")
    if c == 5:
        return pino(30, {"waitlist": {"clinic": ri(30, 120), "inHome": ri(20, 90), "medianDays": ri(40, 200)}}, "waitlist snapshot")
    return pino(50, {"err": {"type": "FetchError", "message": "request to https://forms-api.example-forms.com/v1/submissions failed, reason: ETIMEDOUT"}}, "form vendor poll failed")


# --------------------------------------------------------------------------
# FAMILY: billing service (python-json-logger + EDI text + celery)
# --------------------------------------------------------------------------

def pyj(level, name, message, extra):
    t = local()
    o = {"asctime": "%s,%s" % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t)), "levelname": level, "name": name, "message": message}
    o.update(extra)
    return "billing-pyjson", J(o, ascii=True, compact=False)


def edi(level="DEBUG"):
    return pyl(level, "billing.edi.x12") + "seg="


def billing_phi(k):
    c = wc(3, 2, 2, 2, 2, 1, 1, 1, 1)
    if c == 2:
        k = need(k, "card")
    g = G(k)
    if c == 0:
        code = pick(CPT[:3])[0]
        units = ri(4, 16)
        prov = k["rbt"] if code == "97153" else k["bcba"]
        return pyj("INFO", "billing.claims", "claim built", {
            "claim_id": "CLM-%d" % ri(800000, 899999), "client_id": T(k["cid"], "mrn"), "member_id": T(k["mid"], "health_plan"),
            "subscriber_name": T(fullname(g), "name"), "dos": T(dfmt(svc_date(ri(1, 10)), "iso"), "date"), "cpt": code,
            "units": units, "charge": round(units * 17.5, 2), "rendering_npi": prov["npi"], "payer_id": pick(["60054", "93221", "OHP01", "99TRW"])})
    if c == 1:
        return pyj("INFO", "billing.statements", "statement generated", {
            "guarantor": T(fullname(g), "name"), "billing_account": T(k["bacct"], "account"), "balance_due": round(random.uniform(10, 900), 2),
            "mail_to": {"street": T(k["street"], "address"), "city": T(k["city"], "address"), "state": k["state"], "zip": T(k["zip"], "zip")},
            "statement_id": "ST-%d" % ri(100000, 999999)})
    if c == 2 and k["card"]:
        return pyj("ERROR", "billing.payments", "autopay charge failed", {
            "card_number": T(k["card"], "account"), "exp": "%02d%02d" % (ri(1, 12), ri(25, 30)), "guarantor_acct": T(k["bacct"], "account"),
            "amount": round(random.uniform(20, 400), 2), "gateway_code": pick(["card_declined", "expired_card", "do_not_honor"])})
    if c == 3:
        return pyj("INFO", "billing.payments", "ACH autopay enrolled", {
            "holder": T(fullname(g), "name"), "routing": k["routing"], "account_number": T(k["bank"], "account"),
            "account_type": pick(["checking", "savings"]), "billing_account": T(k["bacct"], "account")})
    if c == 4:
        return pyj("WARNING", "billing.identity", "guarantor identity check mismatch", {
            "ssn": T(g["ssn"], "ssn"), "dob": T(dfmt(g["dob"], "us"), "date"), "bureau": "experian", "score": ri(300, 700)})
    if c == 5:
        return "billing-edi", [edi(), "NM1*IL*1*", N(asciify(g["last"]).upper()), "*", N(asciify(g["first"]).upper()), "****MI*",
                               (k["mid"], "health_plan"), "~"]
    if c == 6:
        return "billing-edi", [edi(), "NM1*QC*1*", N(asciify(k["last"]).upper()), "*", N(asciify(k["first"]).upper()), "~DMG*D8*",
                               (dfmt(k["dob"], "x12"), "date"), "*%s~" % k["sex"]]
    if c == 7:
        return "billing-edi", [edi(), "N3*", (asciify(k["street"]).upper(), "address"), "~N4*", (asciify(k["city"]).upper(), "address"),
                               "*%s*" % k["state"], (k["zip"], "zip"), "~"]
    return "billing-edi", [edi(), "CLM*", (str(k["cid"]), "mrn"), "-%s*%.2f***11:B:1*Y*A*Y*Y~DTP*472*D8*" % (
        local().strftime("%m%d"), random.uniform(50, 400)), (dfmt(svc_date(ri(1, 10)), "x12"), "date"), "~"]


def billing_clean(k):
    c = ri(0, 8)
    if c == 0:
        return pyj("INFO", "billing.clearinghouse", "999 accepted", {"batch": "%06d" % ri(100, 999), "claims": ri(5, 60), "ak9": "A"})
    if c == 1:
        return pyj("INFO", "billing.era", "ERA 835 parsed", {"clp_count": ri(3, 40), "total_paid": round(random.uniform(500, 20000), 2),
                                                              "check_eft": "EFT%s-%d" % (local().strftime("%Y%m%d"), ri(10000, 99999)),
                                                              "payer": pick(["Aetna", "Premera Blue Cross", "Oregon Health Plan"])})
    if c == 2:
        t = local()
        return "billing-celery", ["[%s,%s: INFO/ForkPoolWorker-%d] Task billing.tasks.submit_batch[%s] succeeded in %.2fs: {'batch': '%06d', 'accepted': %d}" % (
            t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), ri(1, 8), uuid4(), random.uniform(0.5, 9), ri(100, 999), ri(5, 60))]
    if c == 3:
        t = local()
        return "billing-edi", [edi(), "ISA*00*          *00*          *ZZ*BRIGHTPATH     *ZZ*CLEARHOUSE01   *%s*%s*^*00501*%09d*0*P*:~" % (
            t.strftime("%y%m%d"), t.strftime("%H%M"), ri(100, 999))]
    if c == 4:
        s = pick(STAFF)
        f, l = s["name"].split(" ", 1)
        return "billing-edi", [edi(), "NM1*82*1*%s*%s****XX*%s~" % (asciify(l).upper(), asciify(f).upper(), s["npi"])]
    if c == 5:
        return "billing-edi", [edi(), "NM1*85*2*BRIGHTPATH BEHAVIORAL HEALTH LLC*****XX*1093817465~N3*2200 SW 4TH AVE STE 300~N4*PORTLAND*OR*972011642~REF*EI*931234567~"]
    if c == 6:
        return pyj("INFO", "billing.fees", "fee schedule lookup", {"payer_id": pick(["60054", "93221", "OHP01"]), "cpt": pick(CPT)[0],
                                                                   "modifier": pick(["HN", "HO", None]), "rate": round(random.uniform(6, 40), 2)})
    if c == 7:
        return pyj("WARNING", "billing.denials", "denial queue aging", {"over_30d": ri(5, 40), "over_60d": ri(0, 15),
                                                                        "top_carc": pick(["CO-197", "CO-16", "CO-29", "PR-1"]),
                                                                        "owner": pick(OFFICE_STAFF)})
    return pyj("INFO", "billing.payments", "card charge ok", {"last4": digits(4), "brand": pick(["visa", "mastercard"]),
                                                              "amount": round(random.uniform(10, 300), 2), "charge_id": "ch_%s" % alnum(24, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")})


# --------------------------------------------------------------------------
# FAMILY: lobby kiosk check-in / pickup (RFC 5424 syslog)
# --------------------------------------------------------------------------

def r5424(pri, msgid):
    t = local()
    return "<%d>1 %s.%s-07:00 kiosk-lobby-0%d checkin %d %s - " % (pri, t.strftime("%Y-%m-%dT%H:%M:%S"), ms(t), pick([1, 2]), ri(2000, 2400), msgid)


def kiosk_phi(k):
    c = wc(2, 2, 2, 3, 1, 2, 2)
    if c == 3 and random.random() < 0.8:
        k = need(k, "vin")
    g = anyg(k)
    fam = "kiosk-syslog"
    if c == 0:
        return fam, [r5424(134, "PICKUP"), "pickup verified child_id=", mrn(k), ' guardian="', gname(g), '" method=face score=0.%d' % ri(86, 99)]
    if c == 1:
        return fam, [r5424(134, "ENROLL"), 'face enroll guardian="', gname(g), '" template_v3=', (b64(ri(180, 260)), "biometric")]
    if c == 2:
        return fam, [r5424(134, "IDSCAN"), "ID scan ok: %s DL " % g["dl"][0], (g["dl"][1], "license"), ' name="',
                     N(asciify(g["last"]).upper() + ", " + asciify(g["first"]).upper()), '" authorized_for=', mrn(k)]
    if c == 3:
        if k["vin"]:
            return fam, [r5424(134, "CURBSIDE"), "curbside vehicle on file for child_id=", mrn(k), ": %s plate " % k["vin"][0],
                         (g["plate"], "vehicle"), " VIN ", (k["vin"][1], "vehicle")]
        return fam, [r5424(134, "CURBSIDE"), "curbside vehicle on file for child_id=", mrn(k), " plate ", (g["plate"], "vehicle")]
    if c == 4:
        return fam, [r5424(134, "CHECKIN"), "check-in child=", N(fullname(k)), " appt ", (dfmt(svc_date(), "iso"), "date"),
                     " %s room=%s" % (appt_time(), pick(["Sensory-2", "Gym", "Room 4", "Social-Skills"]))]
    if c == 5:
        return fam, [r5424(134, "PHOTO"), "pickup roster photo cached child_id=", mrn(k), " png=", (png_b64(), "photo")]
    return fam, [r5424(134, "FPRINT"), 'fingerprint enrolled guardian="', gname(g), '" finger=R-index fmt=ISO19794-2 minutiae=',
                 (b64(ri(150, 240), b"FMR\x00 20\x00"), "biometric"), " quality=%d" % ri(40, 99)]


def kiosk_clean(k):
    c = ri(0, 5)
    fam = "kiosk-syslog"
    s = pick(STAFF)
    if c == 0:
        return fam, [r5424(134, "HEARTBEAT"), "ok uptime=%ds cam=ok printer=ok nfc=ok ip=10.30.1.%d" % (ri(1000, 900000), ri(20, 40))]
    if c == 1:
        return fam, [r5424(134, "BADGE"), "badge tap %s (%s) clock-in" % (s["eid"], s["name"])]
    if c == 2:
        return fam, [r5424(132, "PRINTER"), "label printer media low (%d labels) model=Brother QL-820NWB sn=%s" % (ri(3, 20), "U6" + alnum(8))]
    if c == 3:
        return fam, [r5424(134, "MODEL"), "face-v3.2.onnx loaded in %dms (threshold 0.85)" % ri(100, 900)]
    if c == 4:
        return fam, [r5424(133, "DOOR"), "door relay %d unlocked by staff badge %s" % (ri(1, 3), s["eid"])]
    return fam, [r5424(131, "PICKUP"), "face match below threshold score=0.%d; manual ID check requested by %s" % (ri(40, 84), s["name"])]


# --------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------

FAMILIES = {
    # name: (phi_fn, clean_fn, total, phi_count)
    "ios": (ios_phi, ios_clean, 52, 20),
    "android": (android_phi, android_clean, 58, 22),
    "csv": (csv_phi, csv_clean, 35, 25),
    "webhook": (webhook_phi, webhook_clean, 40, 16),
    "auth": (auth_phi, auth_clean, 45, 19),
    "portal": (portal_phi, portal_clean, 55, 24),
    "sched": (sched_phi, sched_clean, 50, 21),
    "mail": (mail_phi, mail_clean, 45, 17),
    "intake": (intake_phi, intake_clean, 35, 22),
    "billing": (billing_phi, billing_clean, 55, 23),
    "kiosk": (kiosk_phi, kiosk_clean, 30, 16),
}
assert sum(v[2] for v in FAMILIES.values()) == N_LINES


def main():
    queues = {}
    for name, (_, _, tot, nphi) in FAMILIES.items():
        q = [True] * nphi + [False] * (tot - nphi)
        random.shuffle(q)
        queues[name] = q
    names = list(FAMILIES.keys())
    lines, labels = [], []
    while any(queues[n] for n in names):
        avail = [n for n in names if queues[n]]
        fam_key = random.choices(avail, weights=[len(queues[n]) for n in avail])[0]
        run = min(ri(1, 5), len(queues[fam_key]))
        kid = random.choices(KIDS, weights=KID_W)[0]
        for _ in range(run):
            phi = queues[fam_key].pop()
            tick()
            phi_fn, clean_fn = FAMILIES[fam_key][0], FAMILIES[fam_key][1]
            for _attempt in range(50):
                fam, parts = (phi_fn if phi else clean_fn)(kid)
                line, spans = build(parts)
                if phi and spans:
                    break
                if not phi:
                    assert not spans, (fam_key, line)
                    break
            else:
                raise RuntimeError("could not make phi line for %s" % fam_key)
            if random.random() < 0.3:
                kid = random.choices(KIDS, weights=KID_W)[0]
            lines.append(line)
            labels.append((fam, spans))
    assert len(lines) == N_LINES
    log_path = os.path.join(HERE, ID + ".log")
    lab_path = os.path.join(HERE, ID + ".labels.jsonl")
    with open(log_path, "wb") as f:
        for line in lines:
            f.write(line.encode("utf-8") + b"\n")
    with open(lab_path, "wb") as f:
        for i, (fam, spans) in enumerate(labels, 1):
            rec = {"line": i, "family": fam, "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in spans]}
            f.write((json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-8"))
    # verification pass on the written files
    with open(log_path, "rb") as f:
        raw_lines = f.read().split(b"\n")
    assert raw_lines[-1] == b"" and len(raw_lines) == N_LINES + 1
    for i, (fam, spans) in enumerate(labels):
        rl = raw_lines[i]
        assert len(rl) <= 4000
        for s in spans:
            assert rl[s["s"]:s["e"]] == s["_v"].encode("utf-8"), (i + 1, s)


if __name__ == "__main__":
    main()
