#!/usr/bin/env python3
"""Deterministic generator of a labelled PHI test corpus (ID fz).

Theme: Canadian health network (Ontario + Quebec): HL7 v2 / FHIR CA Core traffic,
OLIS-like lab feed, wait-list registry, Quebec clinic Java/.NET services (French).
Standard library only. Writes fz.log and fz.labels.jsonl next to this file.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
from urllib.parse import quote

random.seed(18026)
ID = "fz"
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_PHI = 225

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}

r = random.randint
ch = random.choice


def T(text, cat):
    return (text, cat)


def digits(n):
    return "".join(str(r(0, 9)) for _ in range(n))


def hexs(n):
    return "".join(ch("0123456789abcdef") for _ in range(n))


def uuid4():
    return "%s-%s-4%s-%s%s-%s" % (hexs(8), hexs(4), hexs(3), ch("89ab"), hexs(3), hexs(12))


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


def luhn_ok(num):
    return luhn_check(num[:-1]) == num[-1]


def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def rbytes(n):
    return bytes(random.getrandbits(8) for _ in range(n))


# VIN check digit (ISO 3779 / North American)
VIN_TR = {**{str(i): i for i in range(10)},
          "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
          "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
          "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def make_vin():
    wmi = ch(["2T1", "2HG", "2T3", "1FT", "3VW", "5YJ", "2C4", "KM8"])
    vds = "".join(ch(VIN_CH) for _ in range(5))
    year = ch("GHJKLMNPR")
    plant = ch("ACGKMUZ")
    serial = digits(6)
    v = wmi + vds + "0" + year + plant + serial
    s = sum(VIN_TR[c] * w for c, w in zip(v, VIN_W))
    cd = s % 11
    v = v[:8] + ("X" if cd == 10 else str(cd)) + v[9:]
    s2 = sum(VIN_TR[c] * w for c, w in zip(v, VIN_W))
    assert ("X" if s2 % 11 == 10 else str(s2 % 11)) == v[8]
    return v


# ---------------------------------------------------------------- calendars
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
FR_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
           "oct.", "nov.", "déc."]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_ABBR = [m[:3] for m in EN_MONTHS]


def fdate(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "dmy-":
        return d.strftime("%d-%m-%Y")
    if style == "dmy.":
        return d.strftime("%d.%m.%Y")
    if style == "ymd/":
        return d.strftime("%Y/%m/%d")
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return "%s %s %d" % (day, FR_MONTHS[d.month - 1], d.year)
    if style == "frabbr":
        return "%d %s %d" % (d.day, FR_ABBR[d.month - 1], d.year)
    if style == "en":
        return "%s %d, %d" % (EN_MONTHS[d.month - 1], d.day, d.year)
    if style == "dmonY":
        return "%02d-%s-%d" % (d.day, EN_ABBR[d.month - 1].upper(), d.year)
    raise ValueError(style)


# ---------------------------------------------------------------- clock
NOW = dt.datetime(2024, 10, 21, 5, 52, 7, 118000)
TZ = dt.timedelta(hours=-4)  # EDT
TODAY = NOW.date()


def tick():
    global NOW
    NOW += dt.timedelta(milliseconds=r(120, 140000))


def ts_ms(sep=" ", frac="."):
    return NOW.strftime("%Y-%m-%d") + sep + NOW.strftime("%H:%M:%S") + frac + "%03d" % (NOW.microsecond // 1000)


def ts_iso_off():
    return ts_ms("T") + "-04:00"


def ts_utc_z(digits7=False):
    u = NOW - TZ
    if digits7:
        return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d0000Z" % (u.microsecond // 1000)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (u.microsecond // 1000)


def ts_nginx():
    return NOW.strftime("%d/") + EN_ABBR[NOW.month - 1] + NOW.strftime("/%Y:%H:%M:%S -0400")


def ts_syslog():
    return EN_ABBR[NOW.month - 1] + NOW.strftime(" %d %H:%M:%S")


def hl7ts(t=None):
    return (t or NOW).strftime("%Y%m%d%H%M%S")


def past_dt(days_max=3, days_min=0):
    t = NOW - dt.timedelta(days=r(days_min, days_max), minutes=r(5, 600))
    return t.replace(second=0, microsecond=0)


def future_appt(dmin=2, dmax=75):
    d = TODAY + dt.timedelta(days=r(dmin, dmax))
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return dt.datetime(d.year, d.month, d.day, r(7, 16), ch([0, 15, 30, 45]))


# ---------------------------------------------------------------- geography
CITY = {
    "Toronto": ("ON", ["M4C", "M5V", "M6H", "M1B", "M3J", "M6P"], ["416", "647", "437"]),
    "Ottawa": ("ON", ["K1N", "K2P", "K1Y", "K2G", "K1H"], ["613", "343"]),
    "Brampton": ("ON", ["L6R", "L6Y", "L6P"], ["905", "289"]),
    "Kingston": ("ON", ["K7L", "K7M", "K7K"], ["613", "343"]),
    "Mississauga": ("ON", ["L5B", "L5M", "L4Z"], ["905", "289", "365"]),
    "Greater Sudbury": ("ON", ["P3A", "P3E", "P3C"], ["705", "249"]),
    "Hamilton": ("ON", ["L8P", "L9C", "L8M"], ["905", "289"]),
    "London": ("ON", ["N6A", "N5W", "N6G"], ["519", "226"]),
    "Hawkesbury": ("ON", ["K6A"], ["613"]),
    "Cornwall": ("ON", ["K6H", "K6J"], ["613", "343"]),
    "Montréal": ("QC", ["H2J", "H2X", "H1V", "H3N", "H4C", "H2G"], ["514", "438"]),
    "Laval": ("QC", ["H7N", "H7T", "H7G"], ["450", "579"]),
    "Québec": ("QC", ["G1R", "G1S", "G1L"], ["418", "581"]),
    "Saguenay": ("QC", ["G7H", "G7B"], ["418", "581"]),
    "Longueuil": ("QC", ["J4K", "J4H", "J4M"], ["450", "579"]),
    "Trois-Rivières": ("QC", ["G8Z", "G9A"], ["819", "873"]),
    "Gatineau": ("QC", ["J8Y", "J9H", "J8T"], ["819", "873"]),
    "Sherbrooke": ("QC", ["J1H", "J1J"], ["819", "873"]),
    "Terrebonne": ("QC", ["J6W", "J6X"], ["450", "579"]),
}
ON_STREETS = ["Bloor Street East", "Bank Street", "Yonge Street", "Dundas Street West",
              "Rideau Street", "Maple Avenue", "Princess Street", "Elm Drive", "Lakeshore Road",
              "Queen Street East", "Churchill Avenue North", "Baseline Road", "Montreal Road",
              "Main Street South", "Kent Street"]
QC_STREETS = ["rue Saint-Denis", "boulevard René-Lévesque Ouest", "avenue du Mont-Royal Est",
              "rue Sherbrooke Est", "chemin Sainte-Foy", "rue Principale",
              "boulevard des Laurentides", "avenue Papineau", "rue de la Gauchetière Ouest",
              "boulevard Taschereau", "rue King Ouest", "montée Masson", "rue Beaubien Est",
              "boulevard Saint-Joseph", "rue des Érables"]
PC_L = "ABCEGHJKLMNPRSTVWXYZ"


def postal(fsa):
    return fsa + " " + str(r(0, 9)) + ch(PC_L) + str(r(0, 9))


PUBLIC_NETS = [(24, 200, 215), (70, 80, 83), (174, 88, 95), (99, 224, 255), (184, 144, 151),
               (69, 156, 159), (76, 64, 71), (142, 112, 126), (207, 96, 96), (216, 46, 46)]


def public_ip():
    a, lo, hi = ch(PUBLIC_NETS)
    return "%d.%d.%d.%d" % (a, r(lo, hi), r(0, 255), r(1, 254))


def private_ip():
    k = r(0, 2)
    if k == 0:
        return "10.%d.%d.%d" % (ch([24, 24, 31, 40, 112]), r(0, 15), r(2, 250))
    if k == 1:
        return "172.%d.%d.%d" % (r(16, 31), r(0, 255), r(2, 250))
    return "192.168.%d.%d" % (r(0, 20), r(2, 250))


# ---------------------------------------------------------------- people
DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "videotron.ca", "sympatico.ca", "bell.net",
           "rogers.com", "yahoo.ca", "hotmail.fr", "icloud.com", "cgocable.ca"]
INSURERS = [("Sun Life du Canada", "SUNLIFE-EHC", lambda: digits(7)),
            ("Manuvie", "MANU-GRP", lambda: digits(8)),
            ("Croix Bleue Medavie", "MEDAVIE", lambda: "QC" + digits(7)),
            ("Desjardins Assurances", "DESJ-SANTE", lambda: digits(10)),
            ("Green Shield Canada", "GSC", lambda: digits(9) + "-01"),
            ("Canada Life", "CANLIFE", lambda: digits(7))]
DEVICES = [("pompe à insuline", "insulin pump", lambda: "NG" + digits(7) + "H", "MiniMed 780G"),
           ("stimulateur cardiaque", "pacemaker", lambda: "PJN" + digits(6) + "S", "Azure XT DR"),
           ("tensiomètre", "BP monitor", lambda: "2024" + digits(4) + "LF", "OmronConnect BP7450"),
           ("glucomètre", "CGM transmitter", lambda: "8" + "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(5)), "Dexcom G6"),
           ("concentrateur d'oxygène", "oxygen concentrator", lambda: "IN" + digits(8), "Inogen One G5")]


def make_person(fam, given, sex, city, dob=None, middle=None, extra=None):
    prov, fsas, acs = CITY[city]
    if dob is None:
        dob = dt.date(r(1941, 2018), r(1, 12), r(1, 28))
    p = {"fam": fam, "given": given, "middle": middle, "sex": sex, "city": city,
         "prov": prov, "dob": dob}
    p["pc"] = postal(ch(fsas))
    civic = str(r(2, 9850))
    if prov == "QC":
        p["street"] = civic + ", " + ch(QC_STREETS) if r(0, 1) else civic + " " + ch(QC_STREETS)
        p["unit"] = ch([None, "app. " + str(r(1, 24)), "app. " + str(r(101, 1408)), None])
    else:
        p["street"] = civic + " " + ch(ON_STREETS)
        p["unit"] = ch([None, "Unit " + str(r(101, 2407)), "Apt " + str(r(1, 40)), None])
    ac = ch(acs)
    p["phone"] = (ac, "555", "01" + "%02d" % r(0, 99))
    p["cell"] = (ch(acs), "555", ch(["01%02d" % r(0, 99), "%04d" % r(1000, 9999)]))
    p["work"] = (ch(acs), "555", "%04d" % r(1000, 9999)) if r(0, 2) == 0 else None
    a = strip_acc(given).lower().replace(" ", "").replace("-", "").replace("'", "")
    f = strip_acc(fam).lower().replace(" ", "").replace("-", "").replace("'", "")
    p["email"] = ch(["%s.%s" % (a, f), "%s%s%02d" % (a[0], f, dob.year % 100), "%s_%s" % (f, a),
                     "%s.%s%d" % (a, f, r(1, 99))]) + "@" + ch(DOMAINS)
    p["portal_user"] = ch(["%s.%s" % (a, f), "%s%s%02d" % (a[0], f, dob.year % 100), "%s%s" % (a, r(10, 999))])
    if prov == "ON" or city == "Gatineau":
        p["mrn"] = "M" + "%07d" % r(10000, 3999999)
        p["acct"] = "A" + digits(10)
    if prov == "QC":
        p["dossier"] = "%06d" % r(1000, 299999)
        p["acct_qc"] = "CL" + digits(6)
    if prov == "ON":
        h9 = str(r(1, 9)) + digits(8)
        p["hcn"] = h9 + luhn_check(h9)
        p["vc"] = ch("ABCDEFGHJKLMNPRSTWXYZ") + ch("ABCDEFGHJKLMNPRSTWXYZ")
    else:
        letters = "".join(c for c in strip_acc(fam).upper() if c.isalpha())[:3].ljust(3, "X")
        mm = dob.month + (50 if sex == "F" else 0)
        p["ramq"] = letters + strip_acc(given)[0].upper() + "%02d%02d%02d" % (dob.year % 100, mm, dob.day) + "%d%d" % (r(1, 2), r(0, 9))
        p["ramq_exp"] = "%d-%02d" % (r(2025, 2032), r(1, 12))
    if r(0, 9) < 6:
        first = ch("1234567") if prov == "ON" else ch("12")
        s8 = first + digits(7)
        p["sin"] = s8 + luhn_check(s8)
        assert luhn_ok(p["sin"])
    ins = ch(INSURERS)
    p["ins"] = (ins[0], ins[1], "G" + digits(5), ins[2]())
    pan = ch(["4520", "4506", "5191", "5258", "4724"]) + digits(11)
    p["card"] = pan + luhn_check(pan)
    assert luhn_ok(p["card"])
    if prov == "ON":
        p["dl"] = strip_acc(fam)[0].upper() + digits(4) + "-" + digits(5) + "-" + digits(5)
        p["plate"] = "".join(ch("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(4)) + " " + digits(3)
    else:
        p["dl"] = strip_acc(fam)[0].upper() + digits(4) + "-" + dob.strftime("%d%m%y") + "-" + digits(2)
        p["plate"] = ch([digits(3) + " " + "".join(ch("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)),
                         ch("ABCDEFGHJKLMNPRSTVWXYZ") + digits(2) + " " + "".join(ch("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3))])
    p["vin"] = make_vin()
    dv = ch(DEVICES)
    p["device"] = (dv[0], dv[1], dv[2](), dv[3])
    im = ch(["35", "86", "01", "35"]) + digits(12)
    p["imei"] = im + luhn_check(im)
    p["mac"] = ":".join("%02X" % b for b in [0xA4, 0xC1, 0x38] + [r(0, 255) for _ in range(3)])
    p["ip"] = public_ip()
    nk_rel = ch([("SPO", "Spouse", "conjoint(e)"), ("CHD", "Child", "enfant"), ("SIB", "Sibling", "frère/sœur"),
                 ("PAR", "Parent", "parent"), ("FND", "Friend", "ami(e)")])
    nk_given = ch(["Luc", "Sylvie", "Ahmed", "Nadia", "Kevin", "Marc-André", "Linh", "Rosa", "Daniel",
                   "Chantal", "Ifeoma", "Samira", "Pierre", "Grace", "Ana", "Dmitri"])
    nk_fam = fam if nk_rel[0] in ("CHD", "SIB", "PAR") or r(0, 1) else ch(["Roy", "Lapointe", "Smith", "Da Silva", "Morin", "Ali", "Tran", "Girard"])
    p["nok"] = {"fam": nk_fam, "given": nk_given, "rel": nk_rel,
                "phone": (ch(acs), "555", "01%02d" % r(0, 99))}
    if extra:
        p.update(extra)
    return p


PEOPLE = [
    make_person("Okafor", "Chinedu", "M", "Ottawa"),
    make_person("Singh", "Harpreet", "F", "Brampton", middle="Kaur"),
    make_person("MacDonald", "Eileen", "F", "Kingston", dob=dt.date(1931, 2, 9)),
    make_person("Nguyen", "Thi Lan", "F", "Toronto"),
    make_person("Kowalski", "Tomasz", "M", "Mississauga", extra={"wsib": digits(8)}),
    make_person("O'Connor", "Siobhan", "F", "Ottawa"),
    make_person("Wabano", "Darryl", "M", "Greater Sudbury"),
    make_person("Rossi", "Giulia", "F", "Hamilton"),
    make_person("Chen", "Wei", "M", "Toronto"),
    make_person("Haddad", "Rania", "F", "London"),
    make_person("Lalonde", "Gilles", "M", "Hawkesbury", middle="Roger"),
    make_person("Mensah", "Kwame", "M", "Ottawa"),
    make_person("Campbell", "Dorothy", "F", "Cornwall", dob=dt.date(1929, 11, 30)),
    make_person("Patel", "Priya", "F", "Mississauga"),
    make_person("Kakegamic", "Sarah", "F", "Greater Sudbury"),
    make_person("Ivanova", "Oksana", "F", "Toronto"),
    make_person("Tremblay", "Marie-Ève", "F", "Montréal", middle="Josée"),
    make_person("Côté", "Jérôme", "M", "Laval"),
    make_person("Gagnon", "Hélène", "F", "Québec"),
    make_person("Bouchard", "François", "M", "Saguenay", extra={"cnesst": digits(9)}),
    make_person("Lévesque", "Zoé", "F", "Longueuil"),
    make_person("Benali", "Youssef", "M", "Montréal"),
    make_person("Joseph", "Fabiola", "F", "Montréal"),
    make_person("Pelletier", "Thérèse", "F", "Trois-Rivières", dob=dt.date(1932, 4, 1)),
    make_person("Nadeau", "Étienne", "M", "Gatineau"),
    make_person("Ferreira", "João", "M", "Laval"),
    make_person("Bélanger", "Anaïs", "F", "Sherbrooke"),
    make_person("Jean-Baptiste", "Wisly", "M", "Montréal"),
    make_person("Ouellet", "Réjean", "M", "Gatineau", dob=dt.date(1934, 7, 14)),
    make_person("Nguyen", "Minh", "M", "Longueuil"),
    make_person("St-Pierre", "Geneviève", "F", "Terrebonne"),
    make_person("Dubois", "Camille", "F", "Montréal",
                extra={"nir": None}),
    make_person("Ahmadi", "Farid", "M", "Montréal", extra={"uci": digits(2) + "-" + digits(4) + "-" + digits(4)}),
]
# French NIR with valid key for the patient from France
_d = PEOPLE[31]
_nir13 = "2" + "%02d%02d" % (_d["dob"].year % 100, _d["dob"].month) + "75" + "1%02d" % r(1, 20) + "%03d" % r(1, 999)
_nir_key = 97 - int(_nir13) % 97
_d["nir"] = "%s %s %s %s %s %s %02d" % (_nir13[0], _nir13[1:3], _nir13[3:5], _nir13[5:7], _nir13[7:10], _nir13[10:13], _nir_key)

ON_HOSP = [p for p in PEOPLE if "mrn" in p]
QC_CLIN = [p for p in PEOPLE if "dossier" in p]
ELDERLY = [p for p in PEOPLE if (TODAY - p["dob"]).days // 365 >= 90]


def age(p):
    d = p["dob"]
    return TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))


def age_segs(p, prefix="", suffix=""):
    a = age(p)
    if a > 89:
        return [prefix, T(str(a), "age"), suffix]
    return [prefix + str(a) + suffix]


def fphone(ph, style=None):
    a, x, n = ph
    style = style or ch(["dash", "paren", "paren", "dash", "dot", "e164", "intl", "1dash"])
    return {"dash": "%s-%s-%s" % (a, x, n), "paren": "(%s) %s-%s" % (a, x, n),
            "parenns": "(%s)%s-%s" % (a, x, n), "dot": "%s.%s.%s" % (a, x, n),
            "e164": "+1%s%s%s" % (a, x, n), "intl": "+1 %s %s %s" % (a, x, n),
            "1dash": "1-%s-%s-%s" % (a, x, n), "plain": "%s%s%s" % (a, x, n)}[style]


def fhcn(p, style=None):
    h = p["hcn"]
    style = style or ch(["plain", "plain", "dash", "space"])
    return {"plain": h, "dash": "%s-%s-%s" % (h[:4], h[4:7], h[7:]), "space": "%s %s %s" % (h[:4], h[4:7], h[7:])}[style]


def framq(p, spaced=None):
    q = p["ramq"]
    if spaced is None:
        spaced = r(0, 2) == 0
    return "%s %s %s" % (q[:4], q[4:8], q[8:]) if spaced else q


def fsin(p):
    s = p["sin"]
    return ch(["%s %s %s" % (s[:3], s[3:6], s[6:]), "%s-%s-%s" % (s[:3], s[3:6], s[6:]), s])


def card_id(p):
    """Health card number (health_plan) as a single string."""
    return p["hcn"] if p["prov"] == "ON" else p["ramq"]


def full_name(p):
    return p["given"] + " " + p["fam"]


# ---------------------------------------------------------------- staff (not PHI)
STAFF_ON = [("Haddad", "Karim", "Dr.", "0" + digits(5)), ("Tran", "Emily", "Dr.", "0" + digits(5)),
            ("Osei", "Samuel", "Dr.", "0" + digits(5)), ("Walsh", "Jennifer", "RN", ""),
            ("Mehta", "Anil", "RPh", ""), ("Fortin", "Guy", "", "")]
STAFF_QC = [("Fortin", "Isabelle", "Dre", "1" + digits(4)), ("Bélanger", "Annie", "Dre", "1" + digits(4)),
            ("Gagnon", "Mathieu", "Dr", "1" + digits(4)), ("Roy", "Sophie", "inf.", ""),
            ("Lam", "Kevin", "", ""), ("Pelletier", "Claude", "Dr", "1" + digits(4))]
STAFF_USERS = ["gfortin", "jwalsh", "amehta", "ktran02", "sroy", "klam", "svc_hl7", "ifortin", "abelanger",
               "mgagnon", "svc_olis", "admin.dba", "ehaddad"]


def staff_name(qc=None):
    s = ch(STAFF_QC if qc else STAFF_ON) if qc is not None else ch(STAFF_QC + STAFF_ON)
    return s


# ---------------------------------------------------------------- JSON builder
class Tg:
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class Mix:
    def __init__(self, *parts):
        self.parts = parts


def esc_py(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def esc_ascii(s):
    return json.dumps(s)[1:-1]


MS_SPECIAL = set("<>&'\"+`")


def esc_ms(s):
    out = []
    for c in s:
        o = ord(c)
        if c == "\\":
            out.append("\\\\")
        elif c == "\n":
            out.append("\\n")
        elif c in MS_SPECIAL or o < 32 or o > 126:
            out.append("\\u%04X" % o)
        else:
            out.append(c)
    return "".join(out)


def jdump(obj, esc=esc_py, sep=",", kv=":"):
    out = []

    def w(o):
        if isinstance(o, Tg):
            if isinstance(o.v, str):
                out.extend(['"', (esc(o.v), o.cat), '"'])
            else:
                out.append((json.dumps(o.v), o.cat))
        elif isinstance(o, Mix):
            out.append('"')
            for part in o.parts:
                if isinstance(part, tuple):
                    out.append((esc(part[0]), part[1]))
                else:
                    out.append(esc(part))
            out.append('"')
        elif isinstance(o, dict):
            out.append("{")
            for i, (k, v) in enumerate(o.items()):
                if i:
                    out.append(sep)
                out.append('"' + esc(k) + '"' + kv)
                w(v)
            out.append("}")
        elif isinstance(o, list):
            out.append("[")
            for i, v in enumerate(o):
                if i:
                    out.append(sep)
                w(v)
            out.append("]")
        elif isinstance(o, str):
            out.append('"' + esc(o) + '"')
        elif o is None:
            out.append("null")
        elif isinstance(o, bool):
            out.append("true" if o else "false")
        else:
            out.append(json.dumps(o))
    w(obj)
    return out


def flat(segs):
    out = []
    for s in segs:
        if isinstance(s, list):
            out.extend(flat(s))
        elif s is None or s == "":
            continue
        else:
            out.append(s)
    return out


def text_of(segs):
    return "".join(s[0] if isinstance(s, tuple) else s for s in flat(segs))


def untag(segs):
    return [s[0] if isinstance(s, tuple) else s for s in flat(segs)]


# ---------------------------------------------------------------- HL7 helpers
CR = "\\r"  # segment separator as printed (escaped) by the interface engine logger


def hl7_seg(name, fields):
    """fields: list of (str | list of segs); index 0 is field 1."""
    out = [name]
    for f in fields:
        out.append("|")
        if isinstance(f, list):
            out.extend(flat(f))
        elif f:
            out.append(f)
    return out


def hl7_join(segments):
    out = []
    for i, s in enumerate(segments):
        if i:
            out.append(CR)
        out.extend(s)
    return out


def pid_segment(p, auth="OVRH", olis=False):
    f = [""] * 19
    f[0] = "1"
    if olis:
        if p["prov"] == "ON":
            f[2] = [T(p["hcn"], "health_plan"), "^^^^JHN^^^^ON&&HL70347^^", p["vc"]]
        else:
            f[2] = [T(p["ramq"], "health_plan"), "^^^^JHN^^^^QC&&HL70347"]
    else:
        ids = [T(p["mrn"], "mrn"), "^^^%s^MR" % auth, "~"]
        if p["prov"] == "ON":
            ids += [T(p["hcn"], "health_plan"), "^" + p["vc"] + "^^ON^JHN"]
        else:
            ids += [T(p["ramq"], "health_plan"), "^^^QC^JHN"]
        f[2] = ids
    nm = [T(p["fam"], "name"), "^", T(p["given"], "name")]
    if p["middle"]:
        nm += ["^", T(p["middle"], "name")]
    else:
        nm += ["^"]
    nm += ["^^" + ("Mme" if p["sex"] == "F" else "M.") if p["prov"] == "QC" else "^^" + ("Ms" if p["sex"] == "F" else "Mr"), "^^L"]
    f[4] = nm
    if r(0, 3) == 0 and not olis:
        f[5] = [T(ch(["Dubois", "Martin", "Lefebvre", "Santos", "Kaur", "Ali", "Smith"]), "name")]
    f[6] = [T(fdate(p["dob"], "hl7"), "date")]
    f[7] = p["sex"]
    ad = [T(p["street"], "address"), "^"]
    if p["unit"]:
        ad.append(T(p["unit"], "address"))
    ad += ["^", T(p["city"], "address"), "^" + p["prov"] + "^", T(p["pc"], "zip"), "^CAN^H"]
    f[10] = ad
    tel = [T(fphone(p["phone"], "parenns"), "phone"), "^PRN^PH"]
    if r(0, 1):
        tel += ["~", T(fphone(p["cell"], "parenns"), "phone"), "^PRN^CP"]
    if r(0, 1):
        tel += ["~^NET^Internet^", T(p["email"], "email")]
    f[12] = tel
    if p["work"] and r(0, 1):
        f[13] = [T(fphone(p["work"], "parenns"), "phone"), "^WPN^PH"]
    f[14] = ("fre^Français^ISO639" if p["prov"] == "QC" or p["fam"] == "Lalonde" else "eng^English^ISO639")
    f[15] = ch(["M", "S", "W", "D", ""])
    if not olis and r(0, 1):
        f[17] = [T(p["acct"], "account"), "^^^OVRH^AN"]
    if "sin" in p and not olis and r(0, 1) == 0:
        f[18] = [T(p["sin"], "ssn")]
    while f and f[-1] == "":
        f.pop()
    return hl7_seg("PID", f)


def nk1_segment(p, i=1):
    nk = p["nok"]
    f = [str(i), [T(nk["fam"], "name"), "^", T(nk["given"], "name")], "%s^%s^HL70063" % (nk["rel"][0], nk["rel"][1]),
         "", [T(fphone(nk["phone"], "parenns"), "phone"), "^PRN^PH"], "", "EC^Emergency Contact^HL70131"]
    return hl7_seg("NK1", f)


def pv1_segment(p, ev, admit, disch=None):
    doc = ch(STAFF_ON[:3])
    f = [""] * 45
    f[0] = "1"
    f[1] = ch(["I", "E", "O"]) if ev != "A03" else "I"
    f[2] = ch(["4W^412^B^OVRH", "ED^RAC2^01^OVRH", "3N^308^A^OVRH", "ICU^12^^OVRH", "AMB^CLIN3^^OVRH"])
    f[6] = "%s^%s^%s^^^%s^^^CPSO" % (doc[3], doc[0], doc[1], doc[2].rstrip("."))
    f[9] = ch(["MED", "SUR", "ORT", "CAR", "EMR", "NEP"])
    f[13] = ch(["1", "7", "9"])
    f[17] = ch(["IP", "ER", "OP"])
    f[38] = "OVRH"
    f[43] = [T(hl7ts(admit)[:12], "date")]
    if disch is not None:
        f[44] = [T(hl7ts(disch)[:12], "date")]
    while f and f[-1] == "":
        f.pop()
    return hl7_seg("PV1", f)


def in1_segment(p):
    name, plan, grp, mem = p["ins"]
    f = [""] * 36
    f[0] = "1"
    f[1] = plan
    f[2] = "INS" + digits(3)
    f[3] = name
    f[7] = grp
    f[15] = [T(p["fam"], "name"), "^", T(p["given"], "name")]
    f[16] = "SEL^Self^HL70063"
    f[17] = [T(fdate(p["dob"], "hl7"), "date")]
    f[35] = [T(mem, "health_plan")]
    return hl7_seg("IN1", f)


CTRL = [4821000]


def next_ctrl():
    CTRL[0] += r(1, 9)
    return CTRL[0]


def log4j_ts():
    return ts_ms(" ", ",")


# ================================================================ families
def fam_hl7_adt(phi):
    p = ch(ON_HOSP)
    ev = ch(["A01", "A04", "A08", "A03", "A01", "A08"])
    ctl = "MSG%08d" % next_ctrl()
    segs = []
    segs.append(["MSH|^~\\&|HISYS|OVRH|CONNEX|OVRH|%s||ADT^%s^ADT_A01|%s|P|2.5.1|||AL|NE|CAN|UNICODE UTF-8" % (hl7ts(), ev, ctl)])
    u = ch(STAFF_ON)
    segs.append(["EVN|%s|%s|||%s^%s^%s" % (ev, hl7ts(), ch(STAFF_USERS[:5]), u[0], u[1])])
    segs.append(pid_segment(p))
    if r(0, 1):
        segs.append(nk1_segment(p))
    admit = past_dt(6 if ev == "A03" else 1)
    disch = NOW.replace(second=0, microsecond=0) - dt.timedelta(minutes=r(1, 50)) if ev == "A03" else None
    segs.append(pv1_segment(p, ev, admit, disch))
    if r(0, 1):
        segs.append(["AL1|1|DA|%s|%s" % (ch(["70618^Penicillin^RXNORM", "2670^Codeine^RXNORM", "1191^Aspirin^RXNORM"]), ch(["SV", "MO", "MI"]))])
    if r(0, 1):
        segs.append(["DG1|1||%s|||A" % (ch(["E11.9^Type 2 diabetes mellitus without complications^I10CA",
                                                 "I48.0^Paroxysmal atrial fibrillation^I10CA",
                                                 "J44.1^COPD with acute exacerbation^I10CA",
                                                 "S72.00^Fracture of neck of femur^I10CA"]),)])
    if r(0, 2) == 0:
        segs.append(in1_segment(p))
    msg = hl7_join(segs)
    nbytes = len(text_of(msg).encode()) - text_of(msg).count(CR)
    head = "%s INFO  [MLLP-Inbound-%d] c.o.interfaces.hl7.InboundHandler - Received %s (%d bytes) from %s:%d: " % (
        log4j_ts(), r(1, 4), ctl, nbytes, "10.24.1.31", r(40000, 60000))
    return "hl7v2-mllp", [head] + msg


def fam_hl7_olis(phi):
    p = ch(ON_HOSP)
    ctl = "OLIS%010d" % r(10 ** 8, 10 ** 9)
    coll = past_dt(3)
    tests = [("TR11403-6^Haemoglobin A1C^HL79901", [("4548-4^Hemoglobin A1c^LN", "NM", "%.1f" % (r(52, 98) / 10), "%", "4.0-6.0")]),
             ("TR10169-5^Creatinine^HL79901", [("2160-0^Creatinine^LN", "NM", str(r(55, 180)), "umol/L", "50-110"),
                                                 ("33914-3^eGFR^LN", "NM", str(r(25, 110)), "mL/min/1.73m2", ">60")]),
             ("TR10230-5^CBC^HL79901", [("718-7^Hemoglobin^LN", "NM", str(r(92, 162)), "g/L", "120-160"),
                                          ("6690-2^WBC^LN", "NM", "%.1f" % (r(31, 140) / 10), "x10E9/L", "4.0-11.0")])]
    tr, obxs = ch(tests)
    doc = ch(STAFF_ON[:3])
    segs = [["MSH|^~\\&|OLIS|OLIS|HISYS|OVRH|%s-0400||ORU^R01^ORU_R01|%s|P|2.3.1||||||8859/1" % (hl7ts(), ctl)],
            pid_segment(p, olis=True),
            ["ZPD|1||N"],
            ["ORC|RE||%s^OLIS|||CM" % ("T" + digits(9))]]
    obr = [""] * 25
    obr[0] = "1"
    obr[2] = "%s^%s" % ("OVL24-%07d" % r(10 ** 5, 9 * 10 ** 6), ch(["5687", "5407", "4121"]))
    obr[3] = tr
    obr[6] = [T(hl7ts(coll)[:12] + "-0400", "date")]
    obr[15] = "%s^%s^%s^^^^^^^^^^MDL" % (doc[3], doc[0], doc[1])
    obr[24] = "F"
    segs.append(hl7_seg("OBR", obr))
    for i, (code, vt, val, units, rng_) in enumerate(obxs, 1):
        flag = "H" if r(0, 2) == 0 else "N"
        segs.append(["OBX|%d|%s|%s||%s|%s|%s|%s|||F" % (i, vt, code, val, units, rng_, flag)])
    msg = hl7_join(segs)
    head = "%s DEBUG [olis-poller-%d] c.o.olis.OlisResponseParser - Parsed Z01 response payload: " % (log4j_ts(), r(1, 2))
    return "hl7v2-olis", [head] + msg


def fam_hl7_ack(phi):
    ctl = "MSG%08d" % next_ctrl()
    code = ch(["AA"] * 6 + ["AE", "AR"])
    extra = ""
    if code == "AE":
        extra = CR + "ERR|^^^207&Application internal error&HL70357|%s" % ch(["PV1^1^3", "PID^1^3", "OBR^1^7"])
    msg = "MSH|^~\\&|CONNEX|OVRH|HISYS|OVRH|%s||ACK^%s^ACK|ACK%s|P|2.5.1%sMSA|%s|%s%s" % (
        hl7ts(), ch(["A01", "A08", "A03", "R01"]), ctl[3:], CR, code, ctl, extra)
    lvl = "INFO " if code == "AA" else "WARN "
    return "hl7v2-mllp", ["%s %s [MLLP-Inbound-%d] c.o.interfaces.hl7.InboundHandler - ACK sent in %d ms: %s" % (
        log4j_ts(), lvl, r(1, 4), r(2, 480), msg)]


def fam_hl7_val(phi):
    th = "[MLLP-Inbound-%d]" % r(1, 4)
    pre = "%s WARN  %s c.o.interfaces.hl7.PidValidator - " % (log4j_ts(), th)
    if phi:
        p = ch(ON_HOSP)
        k = r(0, 4)
        if k == 0:
            pc = p["pc"]
            return "hl7v2-validation", [pre, "PID-11.5 postal code \"", T(pc.replace(" ", ""), "zip"), "\" normalised to \"",
                                        T(pc, "zip"), "\" (MRN ", T(p["mrn"], "mrn"), ")"]
        if k == 1 and p["prov"] == "ON":
            return "hl7v2-validation", [pre, "Health card ", T(p["hcn"], "health_plan"), " version code ", p["vc"],
                                        " reported EXPIRED by HCV (response 51) for ", T(p["fam"] + ", " + p["given"], "name"),
                                        "; registration flagged for clerk review"]
        if k == 2:
            return "hl7v2-validation", [pre, "Duplicate candidate: incoming ", T(p["mrn"], "mrn"), " matches existing MRN ",
                                        T("M%07d" % r(10000, 3999999), "mrn"), " on name+DOB (", T(p["fam"].upper(), "name"), "/",
                                        T(fdate(p["dob"], "hl7"), "date"), "), score=0.%d" % r(86, 99)]
        if k == 3:
            return "hl7v2-validation", [pre, "PID-13 phone \"", T(fphone(p["phone"], "plain"), "phone"),
                                        "\" has no area-code formatting; reformatted to ", T(fphone(p["phone"], "parenns"), "phone")]
        return "hl7v2-validation", [pre, "PID-19 contains a SIN-like value for MRN ", T(p["mrn"], "mrn"),
                                    "; field blanked before forwarding to CDR (policy PRIV-07)"]
    k = r(0, 3)
    if k == 0:
        return "hl7v2-validation", ["%s ERROR %s c.o.interfaces.hl7.MllpServer - Connection reset by peer /10.24.1.31:%d after %d ms idle; reconnecting (attempt %d/10)" % (
            log4j_ts(), th, r(40000, 60000), r(30000, 90000), r(1, 5))]
    if k == 1:
        return "hl7v2-validation", [pre, "PV1-3 location \"%s\" unknown in bed map v%d.%d; defaulting to unit %s" % (
            ch(["4W^499^C", "5E^501^A", "ED^HALL^03"]), r(3, 9), r(0, 20), ch(["4W", "5E", "ED"]))]
    if k == 2:
        return "hl7v2-validation", ["%s INFO  [hl7-stats] c.o.interfaces.hl7.Stats - last 5m: received=%d acked=%d nacked=%d avg_latency_ms=%d queue=%d" % (
            log4j_ts(), r(80, 600), r(80, 600), r(0, 4), r(8, 140), r(0, 30))]
    return "hl7v2-validation", [pre, "Message %s has MSH-12 version 2.3 (expected 2.5.1); applying compat transform v%d" % (
        "MSG%08d" % next_ctrl(), r(2, 4))]


def fam_olis_kv(phi):
    pre = "%s INFO  [olis-poller-%d] c.o.olis.ResultProcessor - " % (log4j_ts(), r(1, 2))
    if phi:
        p = ch(ON_HOSP)
        coll = past_dt(3)
        segs = [pre, "result stored "]
        if p["prov"] == "ON":
            segs += ["hcn=", T(p["hcn"], "health_plan"), " vc=", p["vc"]]
        else:
            segs += ["hcn=", T(p["ramq"], "health_plan"), " jur=QC"]
        if r(0, 1):
            segs += [" lastName=", T(p["fam"], "name"), " firstName=", T(p["given"], "name")]
        else:
            segs += [" patient=\"", T(p["fam"].upper() + "^" + p["given"].upper(), "name"), "\""]
        if r(0, 1):
            segs += [" dob=", T(fdate(p["dob"], "iso"), "date")]
        segs += [" collected=", T(coll.strftime("%Y-%m-%dT%H:%M"), "date"),
                 " test=%s value=%s flag=%s orderId=T%s accession=OVL24-%07d labLicence=%s status=F" % (
                     ch(["TR11403-6", "TR10169-5", "TR10230-5", "TR12345-1"]), "%.1f" % (r(10, 2000) / 10),
                     ch(["N", "H", "L", "N"]), digits(9), r(10 ** 5, 9 * 10 ** 6), ch(["5687", "5407", "4121"]))]
        if r(0, 3) == 0:
            segs += [" mrn=", T(p["mrn"], "mrn")]
        return "olis-kv", segs
    k = r(0, 3)
    if k == 0:
        t0 = NOW - dt.timedelta(hours=1)
        return "olis-kv", [pre.replace("ResultProcessor", "OlisPoller"),
                           "poll complete queryType=Z01 window=[%s,%s] results=%d rejected=%d durationMs=%d endpoint=https://olis.ehealthontario.on.ca/olis/hl7" % (
                               t0.strftime("%Y-%m-%dT%H:00:00"), NOW.strftime("%Y-%m-%dT%H:00:00"), r(5, 80), r(0, 3), r(400, 4000))]
    if k == 1:
        return "olis-kv", [pre.replace("INFO ", "WARN ").replace("ResultProcessor", "OlisClient"),
                           "TLS client cert CN=ovrh-olis-prd.ovrh.on.ca expires 2025-01-%02d (%d days); renew via ONE ID portal" % (r(1, 28), r(60, 90))]
    if k == 2:
        return "olis-kv", [pre, "skipped orderId=T%s accession=OVL24-%07d reason=AMENDED_NO_CHANGE labLicence=%s" % (
            digits(9), r(10 ** 5, 9 * 10 ** 6), ch(["5687", "5407"]))]
    return "olis-kv", [pre.replace("ResultProcessor", "OlisPoller"),
                       "backoff %d ms after HTTP 503 from olis.ehealthontario.on.ca (requestId=%s)" % (r(500, 8000), uuid4())]


HAPI_UA = ["HAPI-FHIR/6.10.0 (FHIR Client; FHIR 4.0.1/R4; apache)", "okhttp/4.12.0", "SanteConnexe-Portal/3.4.1",
           "python-requests/2.31.0", "Mirth Connect 4.4.2"]


def hapi_pre(level="INFO "):
    return "%s [qtp%d-%d] %s c.u.f.r.s.interceptor.LoggingInterceptor - " % (ts_ms(), 1489322, r(20, 99), level)


def fhir_patient(p):
    sysurl = ("https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn" if p["prov"] == "ON"
              else "https://fhir.infoway-inforoute.ca/NamingSystem/ca-qc-patient-hcn")
    ident = [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "JHN"}]},
              "system": sysurl, "value": Tg(card_id(p), "health_plan")}]
    if p["prov"] == "ON":
        ident[0]["extension"] = [{"url": "http://hl7.org/fhir/ca/core/StructureDefinition/ext-healthcardversioncode", "valueString": p["vc"]}]
    if "mrn" in p:
        ident.append({"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                      "system": "urn:oid:2.16.840.1.113883.3.239.18.214", "value": Tg(p["mrn"], "mrn")})
    elif "dossier" in p:
        ident.append({"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                      "system": "https://cliniquerosemont.ca/fhir/NamingSystem/dossier", "value": Tg(p["dossier"], "mrn")})
    if "sin" in p and r(0, 2) == 0:
        ident.append({"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "SB"}]},
                      "system": "http://hl7.org/fhir/sid/ca-sin", "value": Tg(p["sin"], "ssn")})
    given = [Tg(p["given"], "name")] + ([Tg(p["middle"], "name")] if p["middle"] else [])
    telecom = [{"system": "phone", "value": Tg(fphone(p["phone"], "dash"), "phone"), "use": "home"}]
    if r(0, 1):
        telecom.append({"system": "phone", "value": Tg(fphone(p["cell"], "dash"), "phone"), "use": "mobile"})
    if r(0, 1):
        telecom.append({"system": "email", "value": Tg(p["email"], "email")})
    if r(0, 5) == 0:
        telecom.append({"system": "fax", "value": Tg(fphone((p["phone"][0], "555", "01%02d" % r(0, 99)), "dash"), "fax"), "use": "home"})
    line = [Tg(p["street"], "address")] + ([Tg(p["unit"], "address")] if p["unit"] else [])
    res = {"resourceType": "Patient", "id": uuid4(),
           "meta": {"versionId": str(r(1, 9)), "lastUpdated": ts_iso_off(),
                    "profile": ["http://hl7.org/fhir/ca/core/StructureDefinition/profile-patient"]},
           "identifier": ident, "active": True,
           "name": [{"use": "official", "family": Tg(p["fam"], "name"), "given": given}],
           "telecom": telecom, "gender": "female" if p["sex"] == "F" else "male",
           "birthDate": Tg(fdate(p["dob"], "iso"), "date"),
           "address": [{"use": "home", "line": line, "city": Tg(p["city"], "address"), "state": p["prov"],
                        "postalCode": Tg(p["pc"], "zip"), "country": "CA"}],
           "communication": [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": "fr-CA" if p["prov"] == "QC" else "en-CA"}]}, "preferred": True}]}
    return res


def fam_fhir(phi):
    if phi:
        k = r(0, 3)
        if k == 0:
            p = ch(PEOPLE)
            res = fhir_patient(p)
            return "fhir-hapi", ["%s [qtp%d-%d] DEBUG c.o.fhir.audit.ResourceAuditInterceptor - %s Patient/%s body=" % (
                ts_ms(), 1489322, r(20, 99), ch(["CREATE", "UPDATE"]), res["id"])] + jdump(res)
        if k == 1:
            p = ch(PEOPLE)
            coll = past_dt(2)
            obs = {"resourceType": "Observation", "id": uuid4(), "status": "final",
                   "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory"}]}],
                   "code": {"coding": [{"system": "http://loinc.org", "code": "2160-0", "display": "Creatinine [Moles/volume] in Serum or Plasma"}]},
                   "subject": {"reference": "Patient/" + uuid4(), "display": Tg(full_name(p), "name")},
                   "effectiveDateTime": Tg(coll.strftime("%Y-%m-%dT%H:%M:00-04:00"), "date"),
                   "valueQuantity": {"value": r(55, 180), "unit": "umol/L", "system": "http://unitsofmeasure.org", "code": "umol/L"}}
            return "fhir-hapi", ["%s [qtp%d-%d] DEBUG c.o.fhir.audit.ResourceAuditInterceptor - CREATE Observation/%s body=" % (
                ts_ms(), 1489322, r(20, 99), obs["id"])] + jdump(obs)
        if k == 2:
            p = ch(PEOPLE)
            fam_q = quote(p["fam"])
            params = ["?family=", T(fam_q, "name")]
            if r(0, 1):
                params += ["&given=", T(quote(p["given"]), "name")]
            params += ["&birthdate=", T(fdate(p["dob"], "iso"), "date"), "&_count=10"]
            return "fhir-hapi", [hapi_pre(), "Path[/fhir] Source[%s] Operation[search-type Patient] UA[%s] Params[" % (private_ip(), ch(HAPI_UA))] + params + ["]"]
        p = ch(PEOPLE)
        sysurl = ("https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn" if p["prov"] == "ON"
                  else "https://fhir.infoway-inforoute.ca/NamingSystem/ca-qc-patient-hcn")
        return "fhir-hapi", [hapi_pre(), "Path[/fhir] Source[%s] Operation[search-type Patient] UA[%s] Params[?identifier=%s%%7C" % (
            private_ip(), ch(HAPI_UA), quote(sysurl, safe="")), T(card_id(p), "health_plan"), "]"]
    k = r(0, 5)
    if k == 0:
        return "fhir-hapi", [hapi_pre(), "Path[/fhir] Source[%s] Operation[metadata] UA[%s] Params[]" % (private_ip(), ch(HAPI_UA))]
    if k == 1:
        rt = ch(["Observation", "Encounter", "Patient", "DiagnosticReport", "ServiceRequest"])
        return "fhir-hapi", [hapi_pre(), "Path[/fhir] Source[%s] Operation[read %s/%s/_history/%d] UA[%s] Params[]" % (
            private_ip(), rt, uuid4(), r(1, 6), ch(HAPI_UA))]
    if k == 2:
        oo = {"resourceType": "OperationOutcome", "issue": [{"severity": "warning", "code": "processing",
              "diagnostics": "Profile http://hl7.org/fhir/ca/core/StructureDefinition/profile-patient|1.1.0: element Patient.identifier[0].extension not matched by any slice",
              "location": ["Patient.identifier[0]"]}]}
        return "fhir-hapi", ["%s [qtp%d-%d] WARN  c.u.f.v.FhirValidator - validation %s: " % (ts_ms(), 1489322, r(20, 99), uuid4())] + jdump(oo)
    if k == 3:
        return "fhir-hapi", ["%s [batch-job-%d] INFO  c.u.f.j.b.reindex.ReindexStep - Reindex job %s: %d resources in %d ms (%.1f/s), chunk %d of %d" % (
            ts_ms(), r(1, 8), hexs(8), r(1000, 20000), r(20000, 200000), r(50, 900) / 1.0, r(1, 40), r(40, 60))]
    if k == 4:
        return "fhir-hapi", ["%s [subscription-delivery-%d] INFO  c.u.f.j.s.m.d.SubscriptionDeliveringRestHookSubscriber - Delivered Subscription/%d payload Observation/%s to https://cdr.ovrh.local/hooks/lab (HTTP 200, %d ms)" % (
            ts_ms(), r(0, 4), r(100, 140), uuid4(), r(10, 900))]
    return "fhir-hapi", ["%s [main] INFO  c.u.f.j.s.BaseJpaSystemProvider - Started FHIR server 7.2.1 (CA Core 1.1.0 IG loaded, %d StructureDefinitions) in %.3f s" % (
        ts_ms(), r(120, 240), r(8000, 40000) / 1000)]


UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15",
       "SanteConnexe/3.4.1 (Android 14; SM-S911W)", "Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0"]


def slug(p):
    return strip_acc(p["given"]).lower().replace(" ", "-") + "." + strip_acc(p["fam"]).lower().replace("'", "").replace(" ", "-")


def fam_nginx(phi):
    if phi:
        p = ch(PEOPLE)
        qc = p["prov"] == "QC"
        host = "portail.cliniquerosemont.ca" if qc else "myhealth.ovrh.on.ca"
        ipv = p["ip"]
        k = r(0, 4)
        ref = ["\"-\""]
        if k == 0:
            path = ["/api/v2/rendez-vous?patient=", T(p.get("dossier", p.get("mrn", "")), "mrn"), "&statut=confirme"] if qc else \
                ["/api/v2/appointments?mrn=", T(p["mrn"], "mrn"), "&status=booked"]
        elif k == 1:
            path = ["/fhir/Patient?identifier=%7C", T(card_id(p), "health_plan")]
        elif k == 2:
            path = ["/api/v2/documents/%s/download" % uuid4()]
            ref = ["\"", T("https://%s/patients/%s/dossier" % (host, slug(p)), "url"), "\""]
        elif k == 3:
            path = ["/api/v2/login"]
        else:
            path = ["/api/v2/profil?courriel=", T(quote(p["email"]), "email")] if qc else ["/api/v2/profile?email=", T(quote(p["email"]), "email")]
        if r(0, 2) == 0:
            # behind LB: private remote_addr, client in X-Forwarded-For
            return "nginx-access", ["%s - - [%s] \"%s " % (private_ip(), ts_nginx(), "POST" if k == 3 else "GET")] + path + [
                " HTTP/1.1\" %d %d " % (ch([200, 200, 304, 401]), r(200, 40000))] + ref + [" \"%s\" \"" % ch(UAS), T(ipv, "ip"), "\""]
        return "nginx-access", [T(ipv, "ip"), " - - [%s] \"%s " % (ts_nginx(), "POST" if k == 3 else "GET")] + path + [
            " HTTP/2.0\" %d %d " % (ch([200, 200, 304, 302]), r(200, 40000))] + ref + [" \"%s\" rt=%.3f" % (ch(UAS), r(3, 2400) / 1000)]
    k = r(0, 4)
    ip = private_ip()
    if k == 0:
        return "nginx-access", ["%s - - [%s] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\" rt=0.00%d" % (ip, ts_nginx(), r(1, 9))]
    if k == 1:
        return "nginx-access", ["%s - - [%s] \"GET /fhir/metadata HTTP/1.1\" 200 %d \"-\" \"%s\" rt=%.3f" % (ip, ts_nginx(), r(40000, 90000), ch(HAPI_UA), r(10, 400) / 1000)]
    if k == 2:
        return "nginx-access", ["%s - - [%s] \"GET /static/js/main.%s.js HTTP/1.1\" 200 %d \"https://portail.cliniquerosemont.ca/\" \"%s\" rt=0.%03d" % (
            ip, ts_nginx(), hexs(8), r(100000, 900000), ch(UAS), r(1, 200))]
    if k == 3:
        return "nginx-access", ["%s - svc_hl7 [%s] \"POST /fhir/Observation HTTP/1.1\" 201 %d \"-\" \"%s\" rt=%.3f" % (
            ip, ts_nginx(), r(300, 2000), ch(HAPI_UA), r(10, 900) / 1000)]
    return "nginx-access", ["%s - - [%s] \"GET /fhir/Encounter/%s HTTP/1.1\" 404 %d \"-\" \"%s\" rt=%.3f" % (
        ip, ts_nginx(), uuid4(), r(100, 400), ch(HAPI_UA), r(5, 90) / 1000)]


PROCS = ["Arthroplastie totale du genou", "Arthroplastie totale de la hanche", "Cataract surgery",
         "MRI - lumbar spine", "Cholécystectomie laparoscopique", "CT abdomen/pelvis", "Hernia repair",
         "Pediatric dental surgery", "Colonoscopie"]


def fam_waitlist(phi):
    base = {"ts": ts_utc_z(), "level": "info", "svc": "waitlist-registry", "host": "wl-api-%d" % r(1, 3)}
    if phi:
        p = ch(ON_HOSP + ELDERLY)
        pt = {}
        if p["prov"] == "ON":
            pt["hcn"] = Tg(p["hcn"], "health_plan")
            pt["vc"] = p["vc"]
        else:
            pt["hcn"] = Tg(p["ramq"], "health_plan")
            pt["jurisdiction"] = "QC"
        if r(0, 1):
            pt["surname"] = Tg(p["fam"], "name")
            pt["given"] = Tg(p["given"], "name")
        pt["dob"] = Tg(fdate(p["dob"], "iso"), "date")
        a = age(p)
        pt["age"] = Tg(a, "age") if a > 89 else a
        if r(0, 2) == 0:
            pt["postal_fsa"] = p["pc"][:3]
        ev = ch(["entry.created", "entry.updated", "entry.scheduled", "entry.removed"])
        base["msg"] = ev
        base["entry_id"] = uuid4()
        base["patient"] = pt
        base["procedure"] = ch(PROCS)
        base["priority"] = ch(["P2", "P3", "P4"])
        dtt = TODAY - dt.timedelta(days=r(10, 300))
        base["dtt_date"] = Tg(fdate(dtt, "iso"), "date")
        if ev == "entry.scheduled":
            base["surgery_date"] = Tg(fdate(future_appt().date(), "iso"), "date")
        base["days_waiting"] = (TODAY - dtt).days
        base["target_days"] = ch([42, 84, 182])
        base["surgeon_cpso"] = ch(STAFF_ON[:3])[3]
        base["site"] = ch(["OVRH-GEN", "OVRH-CIVIC", "OVRH-AMB"])
        if "wsib" in p and r(0, 1):
            base["wsib_claim"] = Tg(p["wsib"], "other_id")
        if "sin" in p and r(0, 2) == 0:
            base["intake_form"] = {"sin": Tg(p["sin"], "ssn"), "note": "field should not be collected"}
            base["level"] = "warning"
    else:
        k = r(0, 2)
        if k == 0:
            base.update({"msg": "metrics.snapshot", "open_entries": r(9000, 20000), "p50_wait_days": r(40, 120),
                         "p90_wait_days": r(150, 400), "over_target": r(500, 3000), "as_of": fdate(TODAY, "iso")})
        elif k == 1:
            base.update({"msg": "sync.completed", "province": "ON", "records": r(10, 600), "rejected": r(0, 4),
                         "duration_ms": r(800, 9000), "batch": "WTIS-%s-%03d" % (TODAY.strftime("%Y%m%d"), r(1, 60))})
        else:
            base.update({"msg": "entry.priority_recalculated", "entry_id": uuid4(), "old": "P3", "new": "P2",
                         "rule": "CTAS-ortho-v%d" % r(2, 5), "actor": ch(STAFF_USERS)})
    segs = jdump(base, esc_py, ", ", ": ")
    json.loads(text_of(segs))
    return "waitlist-json", segs


def spring_line(level, thread, logger, pid=4821):
    return "%s %5s %d --- [%15.15s] %-40.40s : " % (ts_ms(), level, pid, thread, logger)


def sp_thread():
    return ch(["nio-8443-exec-%d" % r(1, 10), "   scheduling-1", "task-%d" % r(1, 8), "           main"])


def fam_spring(phi):
    th = "nio-8443-exec-%d" % r(1, 10)
    if phi:
        p = ch(QC_CLIN)
        doc = ch(STAFF_QC[:3] + STAFF_QC[5:])
        k = r(0, 9)
        if k == 0:
            ap = future_appt()
            return "springboot-fr", [spring_line("INFO", th, "c.c.rdv.service.RendezVousService"),
                                     "Rendez-vous confirmé pour ", T(p["fam"] + ", " + p["given"], "name"), " (NAM ",
                                     T(framq(p), "health_plan"), ") le ", T(fdate(ap.date(), "fr"), "date"),
                                     " à %d h %02d avec %s %s" % (ap.hour, ap.minute, doc[2], doc[0])]
        if k == 1:
            segs = [spring_line("DEBUG", th, "c.c.dossier.web.PatientController"), "Création du dossier patient: nom=",
                    T(p["fam"], "name"), ", prénom=", T(p["given"], "name"), ", dateNaissance=",
                    T(fdate(p["dob"], "dmy"), "date"), ", adresse=", T(p["street"], "address")]
            if p["unit"]:
                segs += [" ", T(p["unit"], "address")]
            segs += [", ville=", T(p["city"], "address"), ", codePostal=", T(p["pc"], "zip"), ", téléphone=",
                     T(fphone(p["phone"], "dash"), "phone")]
            return "springboot-fr", segs
        if k == 2:
            ap = future_appt()
            return "springboot-fr", [spring_line("INFO", "task-%d" % r(1, 8), "c.c.notif.RappelSmsService"),
                                     "SMS de rappel envoyé au ", T(fphone(p["cell"], "e164"), "phone"), " (rendez-vous ",
                                     T(ap.strftime("%Y-%m-%d %H:%M"), "date"), ", gabarit RAPPEL_48H_FR, sid=SM%s)" % hexs(32)]
        if k == 3:
            return "springboot-fr", [spring_line("WARN", th, "c.c.ramq.ValidationNamService"),
                                     "Échec de validation du NAM « ", T(p["ramq"], "health_plan"),
                                     " » : date de naissance incohérente (", T(fdate(p["dob"], "fr"), "date"), ")"]
        if k == 4:
            return "springboot-fr", [spring_line("INFO", "task-%d" % r(1, 8), "c.c.notif.CourrielService"),
                                     "Courriel de confirmation envoyé à ", T(p["email"], "email"),
                                     " (expéditeur noreply@cliniquerosemont.ca, modèle confirmation-rdv-v3)"]
        if k == 5 and "sin" in p:
            return "springboot-fr", [spring_line("WARN", th, "c.c.inscription.FormulaireValidator"),
                                     "Champ NAS reçu dans le formulaire d'inscription (", T(fsin(p), "ssn"),
                                     ") pour le dossier ", T(p["dossier"], "mrn"), " — champ ignoré, non conservé"]
        if k == 6:
            return "springboot-fr", [spring_line("INFO", th, "c.c.portail.ProfilService"),
                                     "Lien de profil généré: ", T("https://portail.cliniquerosemont.ca/p/%s?ref=sms" % slug(p), "url"),
                                     " (expire dans 72 h)"]
        if k == 7:
            return "springboot-fr", [spring_line("INFO", th, "c.c.securite.AuthentificationListener"),
                                     "Connexion réussie utilisateur=", T(p["portal_user"], "other_id"), " ip=",
                                     T(p["ip"], "ip"), " mfa=SMS"]
        if k == 8:
            extra = []
            if "nir" in p:
                extra = [" NIR=", T(p["nir"], "other_id")]
            elif "uci" in p:
                extra = [" IUC/UCI=", T(p["uci"], "other_id"), " couverture=PFSI"]
            elif "cnesst" in p:
                extra = [" réclamation CNESST no ", T(p["cnesst"], "other_id")]
            return "springboot-fr", [spring_line("INFO", th, "c.c.dossier.service.CouvertureService"),
                                     "Couverture vérifiée dossier=", T(p["dossier"], "mrn"), " assureur=\"%s\" groupe=%s certificat=" % (p["ins"][0], p["ins"][2]),
                                     T(p["ins"][3], "health_plan")] + extra
        segs = [spring_line("DEBUG", th, "c.c.dossier.repo.PatientRepository"), "Recherche patient par critères {nom='",
                T(p["fam"], "name"), "', prénom='", T(p["given"], "name"), "', dateNaissance=",
                T(fdate(p["dob"], "iso"), "date"), "} -> %d résultat(s) en %d ms" % (r(0, 2), r(2, 80))]
        return "springboot-fr", segs
    k = r(0, 7)
    if k == 0:
        return "springboot-fr", [spring_line("INFO", "main", "c.c.rdv.CliniqueRdvApplication"),
                                 "Started CliniqueRdvApplication in %.3f seconds (process running for %.3f)" % (r(8000, 20000) / 1000, r(20000, 30000) / 1000)]
    if k == 1:
        return "springboot-fr", [spring_line("INFO", "main", "com.zaxxer.hikari.HikariDataSource"), "HikariPool-1 - Start completed."]
    if k == 2:
        return "springboot-fr", [spring_line("INFO", "scheduling-1", "c.c.notif.RappelScheduler"),
                                 "Tâche planifiée rappelsQuotidiens terminée: %d rappels envoyés, %d échecs, durée %d,%d s" % (r(40, 260), r(0, 6), r(1, 9), r(0, 9))]
    if k == 3:
        return "springboot-fr", [spring_line("INFO", th, "c.c.ramq.RamqFacturationClient"),
                                 "Connexion au service RAMQ établie (https://services.ramq.gouv.qc.ca/facturation/v2, délai %d ms, certificat valide jusqu'au %s)" % (
                                     r(80, 900), fdate(dt.date(2025, r(1, 12), r(1, 28)), "fr"))]
    if k == 4:
        d = ch(STAFF_QC[:3])
        ap = future_appt()
        return "springboot-fr", [spring_line("INFO", th, "c.c.rdv.service.PlageHoraireService"),
                                 "Plage %s libérée pour %s %s (annulation, motif=%s)" % (ap.strftime("%Y-%m-%d %H:%M"), d[2], d[0], ch(["MALADIE_MEDECIN", "FORMATION", "CONGE"]))]
    if k == 5:
        return "springboot-fr", [spring_line("WARN", th, "o.s.w.s.m.s.DefaultHandlerExceptionResolver"),
                                 "Resolved [org.springframework.web.HttpRequestMethodNotSupportedException: Request method 'PUT' is not supported]"]
    if k == 6:
        return "springboot-fr", [spring_line("INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer"),
                                 "Tomcat started on port 8443 (https) with context path '/rdv'"]
    return "springboot-fr", [spring_line("ERROR", th, "c.c.dossier.web.GlobalExceptionHandler"),
                             "Erreur inattendue traitée (correlationId=%s, code=DOS-%03d): délai d'attente dépassé vers dossiers-db:5432" % (uuid4(), r(100, 999))]


STACK_FRAMES = ["\tat ca.cliniquerosemont.dossier.repo.PatientRepository.save(PatientRepository.java:%d)",
                "\tat ca.cliniquerosemont.dossier.service.PatientService.creer(PatientService.java:%d)",
                "\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:%d)",
                "\tat org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:%d)",
                "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:%d)",
                "\tat org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:%d)",
                "\tat ca.cliniquerosemont.rdv.web.RendezVousController.reserver(RendezVousController.java:%d)",
                "\tat jdk.internal.reflect.GeneratedMethodAccessor%d.invoke(Unknown Source)"]


def fam_stack(phi):
    if phi:
        p = ch(QC_CLIN)
        k = r(0, 3)
        if k == 0:
            return "java-stacktrace", ["ca.cliniquerosemont.dossier.exception.PatientIntrouvableException: Aucun patient trouvé pour NAM=",
                                       T(p["ramq"], "health_plan"), " et date de naissance ", T(fdate(p["dob"], "iso"), "date")]
        if k == 1:
            pc = p["pc"].replace(" ", "").lower()
            return "java-stacktrace", ["java.lang.IllegalArgumentException: Format de code postal non reconnu: '", T(pc, "zip"), "' (attendu A1A 1A1)"]
        if k == 2:
            return "java-stacktrace", ["Caused by: org.postgresql.util.PSQLException: ERREUR: la valeur d'une clé dupliquée rompt la contrainte unique « patient_nam_key »  Détail : La clé « (nam)=(",
                                       T(p["ramq"], "health_plan"), ") » existe déjà."]
        return "java-stacktrace", ["ca.cliniquerosemont.rdv.exception.ConflitHoraireException: Le patient ", T(p["dossier"], "mrn"),
                                   " (", T(p["fam"].upper() + " " + p["given"], "name"), ") a déjà un rendez-vous le ",
                                   T(fdate(future_appt().date(), "dmy"), "date")]
    k = r(0, 5)
    if k <= 2:
        return "java-stacktrace", [ch(STACK_FRAMES) % r(20, 900)]
    if k == 3:
        return "java-stacktrace", ["Caused by: org.postgresql.util.PSQLException: ERREUR: la relation « rdv_plage_2023 » n'existe pas  Position : %d" % r(10, 300)]
    if k == 4:
        return "java-stacktrace", ["org.springframework.dao.DataIntegrityViolationException: could not execute statement [ERREUR: la valeur d'une clé dupliquée rompt la contrainte unique « rdv_plage_pkey »]; SQL [insert into rdv (...) values (...)]; constraint [rdv_plage_pkey]"]
    return "java-stacktrace", ["\t... %d common frames omitted" % r(12, 90)]


def serilog_pre(level):
    return "%s -04:00 [%s] " % (ts_ms(), level)


def fam_serilog(phi):
    if phi:
        p = ch(QC_CLIN)
        k = r(0, 5)
        if k == 0:
            return "serilog-file", [serilog_pre("INF"), "CliniqueRosemont.Facturation.RamqClient: Demande de paiement transmise pour NAM \"",
                                    T(p["ramq"], "health_plan"), "\", acte %05d, montant %d,%02d $, facture F-2024-%06d, date de service " % (
                                        r(1, 9000), r(20, 300), r(0, 99), r(1000, 9000)),
                                    T(fdate(past_dt(5).date(), "iso"), "date")]
        if k == 1:
            return "serilog-file", [serilog_pre("INF"), "CliniqueRosemont.Dossiers.AdresseService: Adresse mise à jour pour dossier ",
                                    T(p["dossier"], "mrn"), ": ", T(p["street"] + ", " + p["city"], "address"), " (QC) ", T(p["pc"], "zip")]
        if k == 2:
            return "serilog-file", [serilog_pre("WRN"), "CliniqueRosemont.Paiements.DepotDirect: Remboursement refusé: compte ",
                                    T(digits(7), "account"), " (transit %05d, institution %03d) invalide pour " % (r(1, 99999), ch([815, 1, 2, 3, 6])),
                                    T(p["given"] + " " + p["fam"], "name")]
        if k == 3 and "cnesst" in p:
            return "serilog-file", [serilog_pre("INF"), "CliniqueRosemont.Facturation.CnesstClient: Réclamation ", T(p["cnesst"], "other_id"),
                                    " associée à ", T(p["fam"] + ", " + p["given"], "name"), "; NAS ", T(fsin(p), "ssn") if "sin" in p else "non fourni",
                                    "; date de l'événement ", T(fdate(past_dt(60, 10).date(), "dmy"), "date")]
        if k == 3 and "sin" in p:
            return "serilog-file", [serilog_pre("WRN"), "CliniqueRosemont.Facturation.RecuService: Reçu pour frais médicaux %d généré avec NAS " % TODAY.year,
                                    T(fsin(p), "ssn"), " pour ", T(p["given"] + " " + p["fam"], "name"), " (dossier ", T(p["dossier"], "mrn"),
                                    ") — le NAS ne devrait pas figurer au journal"]
        if k == 4:
            return "serilog-file", [serilog_pre("INF"), "CliniqueRosemont.Identite.PieceIdentiteService: Pièce vérifiée: permis de conduire ",
                                    T(p["dl"], "license"), " — titulaire \"", T(p["fam"].upper() + " " + p["given"].upper(), "name"),
                                    "\", né(e) le ", T(fdate(p["dob"], "dmy"), "date")]
        return "serilog-file", [serilog_pre("DBG"), "CliniqueRosemont.Dossiers.PatientService: Patient \"", T(p["fam"], "name"),
                                "\" \"", T(p["given"], "name"), "\" chargé (dossier ", T(p["dossier"], "mrn"), ", âge "] + age_segs(p) + [") en %d ms" % r(2, 90)]
    k = r(0, 5)
    if k == 0:
        return "serilog-file", [serilog_pre("INF"), "Microsoft.Hosting.Lifetime: Now listening on: https://[::]:%d" % ch([8443, 5001, 7443])]
    if k == 1:
        return "serilog-file", [serilog_pre("INF"), "Microsoft.Hosting.Lifetime: Application started. Press Ctrl+C to shut down."]
    if k == 2:
        return "serilog-file", [serilog_pre("INF"), "CliniqueRosemont.Facturation.LotService: Lot de facturation %s-%03d transmis à la RAMQ: %d demandes, %d %03d,%02d $" % (
            TODAY.strftime("%Y%m%d"), r(1, 20), r(40, 300), r(1, 40), r(0, 999), r(0, 99))]
    if k == 3:
        return "serilog-file", [serilog_pre("INF"), "System.Net.Http.HttpClient.RamqClient.LogicalHandler: End processing HTTP request after %.4fms - 200" % (r(30000, 2000000) / 10000)]
    if k == 4:
        return "serilog-file", [serilog_pre("WRN"), "Microsoft.EntityFrameworkCore.Query: Compiling a query which loads related collections for more than one collection navigation (QuerySplittingBehavior not configured)."]
    return "serilog-file", [serilog_pre("ERR"), "CliniqueRosemont.Facturation.RamqClient: La RAMQ a retourné le code %d (message: \"Service temporairement indisponible\"); nouvel essai dans %d s, requête %s" % (
        ch([503, 504, 429]), r(5, 120), uuid4())]


def ms_json(category, level, event_id, fmt_parts, props):
    """fmt_parts: list of str / ('{Prop}', value, cat|None) items."""
    msg = []
    orig = []
    for fp in fmt_parts:
        if isinstance(fp, tuple):
            hole, val, cat = fp
            msg.append((val, cat) if cat else val)
            orig.append(hole)
        else:
            msg.append(fp)
            orig.append(fp)
    state = {"Message": Mix(*msg)}
    for k, (v, cat) in props.items():
        state[k] = Tg(v, cat) if cat else v
    state["{OriginalFormat}"] = "".join(orig)
    obj = {"Timestamp": ts_iso_off(), "EventId": event_id, "LogLevel": level, "Category": category,
           "Message": Mix(*msg), "State": state}
    segs = jdump(obj, esc_ms)
    json.loads(text_of(segs))
    return segs


def fam_msjson(phi):
    if phi:
        p = ch(QC_CLIN)
        k = r(0, 3)
        if k == 0:
            return "dotnet-jsonconsole", ms_json("CliniqueRosemont.Dossiers.PatientService", "Information", 1002,
                                                 ["Patient mis à jour: ", ("{Nom}", p["fam"], "name"), ", ", ("{Prénom}", p["given"], "name")],
                                                 {"Nom": (p["fam"], "name"), "Prénom": (p["given"], "name")})
        if k == 1:
            tel = fphone(p["cell"], "intl")
            return "dotnet-jsonconsole", ms_json("CliniqueRosemont.Notifications.SmsSender", "Information", 3101,
                                                 ["SMS envoyé à ", ("{Telephone}", tel, "phone"), " pour le rendez-vous du ",
                                                  ("{DateRdv}", fdate(future_appt().date(), "frabbr"), "date")],
                                                 {"Telephone": (tel, "phone")})
        if k == 2:
            return "dotnet-jsonconsole", ms_json("CliniqueRosemont.Facturation.PaiementService", "Warning", 4007,
                                                 ["Carte refusée pour le compte client ", ("{CompteClient}", p["acct_qc"], "account"),
                                                  " (code ", ("{Code}", "05", None), ")"],
                                                 {"CompteClient": (p["acct_qc"], "account"), "Code": ("05", None)})
        return "dotnet-jsonconsole", ms_json("CliniqueRosemont.Dossiers.RechercheService", "Debug", 1010,
                                             ["Recherche par NAM ", ("{Nam}", p["ramq"], "health_plan"), " et code postal ",
                                              ("{CodePostal}", p["pc"], "zip")],
                                             {"Nam": (p["ramq"], "health_plan"), "CodePostal": (p["pc"], "zip")})
    k = r(0, 2)
    if k == 0:
        el = "%.4f" % (r(1000, 90000) / 10000)
        return "dotnet-jsonconsole", ms_json("Microsoft.AspNetCore.Hosting.Diagnostics", "Information", 2,
                                             ["Request finished HTTP/1.1 GET https://facturation.cliniquerosemont.local/health - 200 - text/plain ",
                                              ("{ElapsedMilliseconds}", el, None), "ms"],
                                             {"ElapsedMilliseconds": (el, None)})
    if k == 1:
        lot = "L-%s-%03d" % (TODAY.strftime("%Y%m%d"), r(1, 30))
        cnt = str(r(10, 200))
        return "dotnet-jsonconsole", ms_json("CliniqueRosemont.Facturation.LotService", "Information", 4100,
                                             ["Lot ", ("{LotId}", lot, None), " fermé: ", ("{Count}", cnt, None), " demandes"],
                                             {"LotId": (lot, None), "Count": (cnt, None)})
    el = str(r(1, 300))
    return "dotnet-jsonconsole", ms_json("Microsoft.EntityFrameworkCore.Database.Command", "Information", 20101,
                                         ["Executed DbCommand (", ("{elapsed}", el, None), "ms) [Parameters=[@__nam_0='?' (Size = 12)], CommandType='Text', CommandTimeout='30']"],
                                         {"elapsed": (el, None)})


def fam_pg(phi):
    fr = r(0, 1)
    if fr:
        pre = "%s EDT [%d] dossiers@clinique " % (ts_ms(), r(1000, 60000))
    else:
        pre = "%s EDT [%d] cdr@ovrh_cdr " % (ts_ms(), r(1000, 60000))
    if phi:
        if fr:
            p = ch(QC_CLIN)
            k = r(0, 2)
            if k == 0:
                return "postgresql", [pre, "DÉTAIL : La clé « (nam)=(", T(p["ramq"], "health_plan"), ") » existe déjà."]
            if k == 1:
                return "postgresql", [pre, "INSTRUCTION : INSERT INTO patient (nom, prenom, date_naissance, nam, code_postal) VALUES ('",
                                      T(p["fam"].replace("'", "''"), "name"), "', '", T(p["given"], "name"), "', '",
                                      T(fdate(p["dob"], "iso"), "date"), "', '", T(p["ramq"], "health_plan"), "', '", T(p["pc"], "zip"), "')"]
            return "postgresql", [pre, "LOG:  durée : %.3f ms, instruction : SELECT * FROM rdv WHERE dossier = '" % (r(1000, 90000) / 100),
                                  T(p["dossier"], "mrn"), "' ORDER BY debut"]
        p = ch(ON_HOSP)
        k = r(0, 2)
        if k == 0:
            return "postgresql", [pre, "DETAIL:  Key (hcn)=(", T(card_id(p), "health_plan"), ") already exists."]
        if k == 1:
            return "postgresql", [pre, "LOG:  duration: %.3f ms  statement: SELECT enc.* FROM encounter enc JOIN patient pt ON pt.id = enc.patient_id WHERE pt.mrn = '" % (r(1000, 90000) / 100),
                                  T(p["mrn"], "mrn"), "'"]
        return "postgresql", [pre, "STATEMENT:  UPDATE patient SET phone_home = '", T(fphone(p["phone"], "dash"), "phone"),
                              "', email = '", T(p["email"], "email"), "' WHERE mrn = '", T(p["mrn"], "mrn"), "'"]
    k = r(0, 4)
    if k == 0:
        return "postgresql", ["%s EDT [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, %d removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s" % (
            ts_ms(), r(100, 999), r(100, 9000), r(1, 300) / 10, r(0, 3), r(0, 5), r(1000, 90000) / 1000, r(1, 900) / 1000, r(1000, 90000) / 1000)]
    if k == 1:
        return "postgresql", [pre + ("ERREUR:  la valeur d'une clé dupliquée rompt la contrainte unique « patient_nam_key »" if fr else
                                     "ERROR:  duplicate key value violates unique constraint \"patient_hcn_key\"")]
    if k == 2:
        return "postgresql", ["%s EDT [%d] LOG:  automatic vacuum of table \"%s\": index scans: 1, pages: 0 removed, %d remain" % (
            ts_ms(), r(1000, 60000), ch(["ovrh_cdr.public.observation", "clinique.public.rdv", "ovrh_cdr.public.encounter"]), r(1000, 90000))]
    if k == 3:
        return "postgresql", [pre + ("FATAL:  l'authentification par mot de passe a échoué pour l'utilisateur « rapport_ro »" if fr else
                                     "FATAL:  password authentication failed for user \"report_ro\"")]
    return "postgresql", [pre + "LOG:  duration: %.3f ms  statement: SELECT count(*) FROM observation WHERE effective >= now() - interval '1 day'" % (r(1000, 90000) / 100)]


def fam_audit(phi):
    user = ch(STAFF_USERS[:6] + STAFF_USERS[7:10])
    ws = private_ip()
    ts = NOW.strftime("%Y-%m-%dT%H:%M:%S-04:00")
    if phi:
        p = ch(ON_HOSP)
        act = ch(["READ", "READ", "UPDATE", "PRINT", "BREAK_GLASS", "EXPORT"])
        name = T(p["fam"] + ", " + p["given"], "name")
        return "audit-csv", ["%s,OVRH,%s,%s,%s,Patient/" % (ts, user, ws, act), T(p["mrn"], "mrn"), ",\"", name, "\",%s,%d" % (
            ch(["chart-summary", "lab-results", "med-rec", "discharge-summary", "demographics"]), ch([200, 200, 200, 403]))]
    act = ch(["LOGIN", "LOGOUT", "LOGIN_FAILED", "ROLE_CHANGE", "REPORT_RUN"])
    obj = ch(["Session", "Report/census-daily", "Report/wait-times-weekly", "Role/registration-clerk"])
    return "audit-csv", ["%s,OVRH,%s,%s,%s,%s,,,%d" % (ts, user, ws, act, obj, ch([200, 200, 401]))]


def fam_ivr(phi):
    pre = "[ivr-auth] %s callId=%s-%s " % (ts_ms(), digits(4), digits(4))
    if phi:
        p = ch(ON_HOSP)
        k = r(0, 2)
        if k == 0:
            tmpl = base64.b64encode(b"VPRT\x02\x00" + rbytes(r(180, 300))).decode()
            return "ivr-kv", [pre, "ani=", T(fphone(p["phone"], "e164"), "phone"), " action=ENROLL mrn=", T(p["mrn"], "mrn"),
                              " voiceprint=", T(tmpl, "biometric"), " quality=0.%d" % r(70, 99)]
        if k == 1:
            return "ivr-kv", [pre, "ani=", T(fphone(p["cell"], "e164"), "phone"), " action=VERIFY score=%d threshold=%d result=%s dob_entered=" % (
                r(40, 99), 70, ch(["PASS", "PASS", "FAIL"])), T(fdate(p["dob"], "hl7"), "date")]
        return "ivr-kv", [pre, "ani=", T(fphone(p["phone"], "e164"), "phone"), " queue=RESULTS lang=%s hcn_entered=" % ("fr" if p["prov"] == "QC" else "en"),
                          T(card_id(p), "health_plan"), " outcome=SELF_SERVICE"]
    return "ivr-kv", [pre, "ani=ANONYMOUS queue=%s wait=%ds agent=ag%04d outcome=%s trunk=sip-trunk-%d" % (
        ch(["RESULTS", "RENDEZ-VOUS", "GENERAL"]), r(2, 600), r(100, 999), ch(["transferred", "abandoned", "completed"]), r(1, 4))]


def fam_kiosk(phi):
    kid = "kiosk-%02d" % r(1, 12)
    pre = "%s %s checkin " % (ts_iso_off(), kid)
    if phi:
        p = ch(ON_HOSP)
        k = r(0, 2)
        if k == 0:
            jpg = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + rbytes(r(500, 1100))).decode()
            return "kiosk-kv", [pre, "status=OK card=", T(card_id(p) + ("-" + p["vc"] if p["prov"] == "ON" else ""), "health_plan"),
                                " photo_match=0.%d card_photo=" % r(80, 99), T("data:image/jpeg;base64," + jpg, "photo")]
        if k == 1:
            fmr = base64.b64encode(b"FMR\x00 20\x00" + rbytes(r(150, 260))).decode()
            return "kiosk-kv", [pre, "status=OK mrn=", T(p["mrn"], "mrn"), " finger=R2 fmr=", T(fmr, "biometric")]
        return "kiosk-kv", [pre, "status=ID_SCAN id_type=DL id=", T(p["dl"], "license"), " name=\"", T(p["fam"].upper() + "," + p["given"].upper(), "name"),
                            "\" dob=", T(fdate(p["dob"], "ymd/"), "date"), " addr_match=%s" % ch(["true", "false"])]
    return "kiosk-kv", ["%s %s heartbeat sn=KX7-%04d-%04d fw=4.2.%d temp=%dC printer=%s scanner=OK uptime=%dh" % (
        ts_iso_off(), kid, r(1000, 9999), r(1, 999), r(0, 9), r(34, 52), ch(["OK", "PAPER_LOW"]), r(1, 900))]


def fam_parking(phi):
    pre = "%s park-gw-01 parkgate[%d]: " % (ts_syslog(), r(2000, 2400))
    if phi:
        p = ch(ON_HOSP)
        if r(0, 1):
            return "parking-syslog", [pre, "ENTRY lane=%d plate=" % r(1, 4), T(p["plate"].replace(" ", ""), "vehicle"),
                                      " conf=0.%d permit=ACC-2024-%04d validated_for=" % (r(80, 99), r(1, 999)), T(p["mrn"], "mrn")]
        dl = [" holder_dl=", T(p["dl"], "license")] if r(0, 1) else []
        return "parking-syslog", [pre, "PERMIT_ISSUED type=ACCESSIBLE holder=\"", T(full_name(p), "name"), "\""] + dl + [" vin=", T(p["vin"], "vehicle"),
                                  " plate=", T(p["plate"], "vehicle"), " valid_to=2025-%02d-%02d" % (r(1, 12), r(1, 28))]
    return "parking-syslog", [pre + "EXIT lane=%d ticket=T%07d paid=%d.%02d CAD duration=%dh%02dm method=%s" % (
        r(1, 4), r(10 ** 5, 10 ** 7), r(3, 30), ch([0, 25, 50, 75]), r(0, 9), r(0, 59), ch(["card", "app", "validated"]))]


def fam_rpm(phi):
    base = {"ts": ts_utc_z(), "svc": "rpm-ingest", "gw": "rpm-gw-%02d" % r(1, 3)}
    if phi:
        p = ch(ON_HOSP)
        kind = p["device"]
        base["evt"] = "reading.ingested"
        base["device"] = {"model": kind[3], "sn": Tg(kind[2], "device")}
        if r(0, 1):
            base["device"]["mac"] = Tg(p["mac"], "device")
        else:
            base["device"]["hub_imei"] = Tg(p["imei"], "device")
        base["patient"] = {"mrn": Tg(p["mrn"], "mrn")}
        base["metrics"] = ch([{"sys": r(100, 170), "dia": r(60, 100), "pulse": r(50, 110)}, {"glucose_mmol": r(40, 180) / 10},
                              {"spo2": r(86, 99), "flow_lpm": r(1, 5)}])
        base["fw"] = "2.%d.%d" % (r(0, 9), r(0, 9))
    else:
        k = r(0, 1)
        if k == 0:
            base.update({"evt": "gateway.heartbeat", "devices_online": r(200, 600), "queue_depth": r(0, 40), "fw_target": "2.4.1"})
        else:
            base.update({"evt": "firmware.rollout", "version": "2.4.%d" % r(1, 3), "updated": r(100, 500), "total": 530, "failed": r(0, 9)})
    return "rpm-json", jdump(base)


def fam_payment(phi):
    pre = "%s payments-api INFO " % ts_iso_off()
    if phi:
        p = ch(PEOPLE)
        if r(0, 1):
            acct = p.get("acct") or p.get("acct_qc")
            return "payment-kv", [pre, "charge approved processor=Moneris order_id=ORD-2024-%07d amount=%d.%02d currency=CAD pan=" % (r(10 ** 5, 10 ** 7), r(5, 400), r(0, 99)),
                                  T(p["card"], "account"), " exp=%02d%02d auth_code=%06d patient_account=" % (r(1, 12), r(25, 30), r(0, 999999)), T(acct, "account"),
                                  " cardholder=\"", T(strip_acc(full_name(p)).upper(), "name"), "\""]
        acct = p.get("acct") or p.get("acct_qc")
        return "payment-kv", [pre.replace("INFO", "WARN"), "statement generated account=", T(acct, "account"), " mail_to=\"", T(p["street"] + ", " + p["city"], "address"),
                              " ", p["prov"], " ", T(p["pc"], "zip"), "\" balance=%d.%02d service_date=" % (r(10, 900), r(0, 99)),
                              T(fdate(past_dt(30, 3).date(), "iso"), "date")]
    k = r(0, 1)
    if k == 0:
        return "payment-kv", [pre + "charge approved processor=Moneris order_id=ORD-2024-%07d amount=%d.%02d currency=CAD pan=%s******%04d auth_code=%06d" % (
            r(10 ** 5, 10 ** 7), r(5, 400), r(0, 99), ch(["452012", "450644", "519123"]), r(0, 9999), r(0, 999999))]
    return "payment-kv", [pre + "settlement batch %s closed txns=%d total=%d.%02d CAD terminal=TID%08d" % (
        TODAY.strftime("%Y%m%d"), r(40, 300), r(1000, 20000), r(0, 99), r(10 ** 7, 10 ** 8 - 1))]


def fam_notify(phi):
    pre = "notify-svc | %s | " % NOW.strftime("%Y-%m-%d %H:%M:%S")
    if phi:
        p = ch(PEOPLE)
        ap = future_appt()
        if r(0, 3) == 0:
            return "notify-pipe", [pre, "INFO | password reset link sent portal_user=", T(p["portal_user"], "other_id"), " to=",
                                   T(p["email"], "email"), " expires_in=30m"]
        if r(0, 1):
            lang = "fr" if p["prov"] == "QC" else "en"
            return "notify-pipe", [pre, "INFO | sms queued to=", T(fphone(p["cell"], "e164"), "phone"), " lang=%s template=APPT_REMINDER_%s appt=" % (lang, lang.upper()),
                                   T(ap.strftime("%Y-%m-%dT%H:%M"), "date"), " clinic=\"%s\" msgId=SM%s" % (ch(["Clinique GMF Rosemont", "Clinique de vaccination"]) if lang == "fr" else ch(["Fracture Clinic 2B", "Diabetes Education"]), hexs(32))]
        return "notify-pipe", [pre, "INFO | email queued to=", T(p["email"], "email"), " from=noreply@ovrh.on.ca subject=\"Appointment on ",
                               T(fdate(ap.date(), "en"), "date"), "\" recipient_name=\"", T(p["given"], "name"), "\""]
    k = r(0, 2)
    if k == 0:
        return "notify-pipe", [pre + "INFO | status webhook provider=twilio msgId=SM%s status=%s errorCode=%s" % (hexs(32), ch(["delivered", "sent", "undelivered"]), ch(["", "30003", "30005"]))]
    if k == 1:
        return "notify-pipe", [pre + "INFO | batch APPT_REMINDER_FR done: %d queued, %d skipped (opt-out), %d invalid numbers" % (r(40, 300), r(0, 20), r(0, 5))]
    return "notify-pipe", [pre + "WARN | smtp relay smtp.ovrh.on.ca:587 slow response %d ms (sender noreply@ovrh.on.ca)" % r(2000, 9000)]


def fam_efax(phi):
    pre = "%s efax-gw01 efaxd[%d]: " % (ts_syslog(), r(1100, 1200))
    if phi:
        p = ch(PEOPLE)
        fax = (p["phone"][0], "555", "01%02d" % r(0, 99))
        return "efax-gw", [pre + "job FX-2024-%05d to " % r(1000, 99999), T(fphone(fax, "dash"), "fax"),
                           " (copie patient, consentement au dossier, destinataire \"", T(full_name(p), "name"),
                           "\") pages=%d status=OK" % r(1, 6)]
    d = ch(STAFF_ON[:3] + STAFF_QC[:3])
    return "efax-gw", [pre + "job FX-2024-%05d to %s (%s %s %s office) pages=%d status=%s duration=%ds" % (
        r(1000, 99999), fphone((ch(["613", "514", "819"]), "555", "01%02d" % r(0, 99)), "dash"), d[2], d[1][0] + ".", d[0], r(1, 12),
        ch(["OK", "OK", "BUSY", "NO_ANSWER"]), r(20, 300))]


def fam_syslog(phi):
    host = ch(["ovrh-hl7-02", "ovrh-fhir-01", "cr-app-03", "wl-api-2", "ovrh-db-01"])
    k = r(0, 6)
    ts = ts_syslog()
    if k == 0:
        return "syslog", ["%s %s sshd[%d]: Accepted publickey for deploy from %s port %d ssh2: ED25519 SHA256:%s" % (
            ts, host, r(1000, 60000), private_ip(), r(30000, 65000), base64.b64encode(rbytes(32)).decode().rstrip("="))]
    if k == 1:
        return "syslog", ["%s %s systemd[1]: Started %s." % (ts, host, ch(["logrotate.service - Rotate log files", "certbot.service - Certbot", "Daily apt download activities"]))]
    if k == 2:
        return "syslog", ["%s %s CRON[%d]: (root) CMD (/opt/ovrh/bin/purge_hl7_archive.sh --older-than 90d)" % (ts, host, r(1000, 60000))]
    if k == 3:
        return "syslog", ["%s %s kernel: [%d.%06d] nf_conntrack: nf_conntrack: table full, dropping packet" % (ts, host, r(10000, 999999), r(0, 999999))]
    if k == 4:
        return "syslog", ["%s %s haproxy[%d]: %s:%d [%s] fhir_front fhir_back/fhir0%d 0/0/%d/%d/%d 200 %d - - ---- %d/%d/0/0/0 0/0 \"GET /fhir/metadata HTTP/1.1\"" % (
            ts, host, r(1000, 9000), private_ip(), r(30000, 65000), NOW.strftime("%d/%b/%Y:%H:%M:%S.") + "%03d" % r(0, 999), r(1, 3),
            r(0, 5), r(5, 400), r(5, 500), r(1000, 90000), r(1, 50), r(1, 50))]
    if k == 5:
        return "syslog", ["%s %s chronyd[%d]: Selected source 10.24.0.%d (ntp1.ovrh.local)" % (ts, host, r(500, 900), r(2, 9))]
    return "syslog", ["%s %s dockerd[%d]: time=\"%s\" level=info msg=\"image pulled\" image=registry.ovrh.local/hl7-bridge:%d.%d.%d digest=sha256:%s" % (
        ts, host, r(500, 900), ts_iso_off(), r(1, 4), r(0, 20), r(0, 9), hexs(64))]


def fam_k8s(phi):
    ns = ch(["interfaces", "portail", "waitlist", "facturation"])
    pod = "%s-%s-%s" % (ch(["hl7-bridge", "fhir-api", "wl-api", "rdv-svc", "facturation-api"]), hexs(10), hexs(5))
    k = r(0, 3)
    ts = ts_utc_z()[:19] + "Z"
    if k == 0:
        return "k8s-events", ["%s %s Normal Pulled pod/%s Successfully pulled image \"registry.ovrh.local/%s:%d.%d.%d\" in %.3fs" % (
            ts, ns, pod, pod.split("-")[0], r(1, 4), r(0, 30), r(0, 9), r(100, 9000) / 1000)]
    if k == 1:
        return "k8s-events", ["%s %s Warning BackOff pod/%s Back-off restarting failed container app in pod %s_%s(%s)" % (ts, ns, pod, pod, ns, uuid4())]
    if k == 2:
        return "k8s-events", ["%s %s Normal ScalingReplicaSet deployment/%s Scaled up replica set %s-%s to %d" % (
            ts, ns, pod.rsplit("-", 2)[0], pod.rsplit("-", 2)[0], hexs(10), r(2, 6))]
    return "k8s-events", ["%s %s Warning Unhealthy pod/%s Readiness probe failed: Get \"http://%s:8080/actuator/health\": context deadline exceeded" % (
        ts, ns, pod, private_ip())]


def fam_mirth(phi):
    ch_name = ch(["OLIS_Inbound", "ADT_to_CDR", "RAMQ_Facturation", "Lab_Results_Out"])
    pre = " INFO %s [Channel Dispatch Thread on %s (%s) < pool-1-thread-%d] " % (ts_ms(" ", ","), ch_name, uuid4(), r(1, 9))
    k = r(0, 2)
    if k == 0:
        return "mirth-connect", [pre + "com.mirth.connect.donkey.server.channel.Channel: Channel %s deployed (revision %d)" % (ch_name, r(3, 80))]
    if k == 1:
        return "mirth-connect", [pre + "com.mirth.connect.connectors.tcp.TcpReceiver: Connection accepted from %s:%d on port %d" % (private_ip(), r(30000, 65000), ch([6661, 6662, 2575]))]
    return "mirth-connect", ["ERROR %s [pool-2-thread-%d] com.mirth.connect.donkey.server.queue.ConnectorMessageQueue: Queue size for %s exceeded %d, pausing destination 'CDR writer'" % (
        ts_ms(" ", ","), r(1, 9), ch_name, r(1000, 5000))]


def pyrepr_dict(items):
    segs = ["{"]
    for i, (k, v) in enumerate(items):
        if i:
            segs.append(", ")
        segs.append(repr(k) + ": ")
        if isinstance(v, Tg):
            rp = repr(v.v)
            segs += [rp[0], (rp[1:-1], v.cat), rp[0]]
        else:
            segs.append(repr(v))
    segs.append("}")
    return segs


def fam_intake(phi):
    pre = "%s %s " % (ts_ms(" ", ","), "WARNING" if phi else "INFO")
    if phi:
        p = ch(PEOPLE)
        if p["prov"] == "QC":
            items = [("nom", Tg(p["fam"], "name")), ("prénom", Tg(p["given"], "name")),
                     ("date de naissance", Tg(fdate(p["dob"], ch(["dmy", "iso", "dmy-"])), "date")),
                     ("sexe", p["sex"]), ("adresse", Tg(p["street"], "address")), ("ville", Tg(p["city"], "address")),
                     ("code postal", Tg(ch([p["pc"], p["pc"].replace(" ", ""), p["pc"].lower()]), "zip")), ("province", "QC"),
                     ("téléphone", Tg(fphone(p["phone"], ch(["dash", "paren", "dot"])), "phone")),
                     ("courriel", Tg(p["email"], "email")), ("nam", Tg(framq(p), "health_plan"))]
            if r(0, 3) == 0:
                items.append(("télécopieur", Tg(fphone((p["phone"][0], "555", "01%02d" % r(0, 99)), "dash"), "fax")))
            if "sin" in p:
                items.append(("nas", Tg(fsin(p), "ssn")))
            items += [("nom_utilisateur", Tg(p["portal_user"], "other_id")), ("consentement", True)]
            why = "champ nas non permis" if "sin" in p else "NAM déjà associé à un autre compte"
            msg = "inscription.views Formulaire d'inscription rejeté (%s): " % why
        else:
            items = [("first_name", Tg(p["given"], "name")), ("last_name", Tg(p["fam"], "name")),
                     ("dob", Tg(fdate(p["dob"], ch(["iso", "dmy", "en"])), "date")),
                     ("address_line1", Tg(p["street"], "address")), ("city", Tg(p["city"], "address")),
                     ("postal_code", Tg(p["pc"], "zip")), ("province", "ON"),
                     ("phone", Tg(fphone(p["cell"], ch(["dash", "paren", "plain"])), "phone")),
                     ("email", Tg(p["email"], "email")), ("health_card", Tg(fhcn(p), "health_plan")), ("version_code", p["vc"])]
            if "sin" in p:
                items.append(("sin", Tg(fsin(p), "ssn")))
            items += [("username", Tg(p["portal_user"], "other_id")), ("accept_terms", True)]
            why = "unexpected field 'sin'" if "sin" in p else "health card failed HCV check"
            msg = "registration.views Portal sign-up rejected (%s): " % why
        return "python-intake", [pre, msg] + pyrepr_dict(items)
    k = r(0, 2)
    if k == 0:
        return "python-intake", [pre + "django.server \"GET /inscription/ HTTP/1.1\" 200 %d" % r(4000, 30000)]
    if k == 1:
        return "python-intake", ["%s WARNING django.security.csrf Forbidden (CSRF token missing.): /inscription/soumettre" % ts_ms(" ", ",")]
    return "python-intake", [pre + "inscription.tasks Purge des formulaires incomplets de plus de 30 jours: %d supprimés (exécution %s)" % (r(3, 90), uuid4())]


FAMILIES = [
    # (fn, weight_phi, weight_nophi)
    (fam_hl7_adt, 16, 0),
    (fam_hl7_olis, 10, 0),
    (fam_hl7_ack, 0, 14),
    (fam_hl7_val, 7, 8),
    (fam_olis_kv, 15, 13),
    (fam_fhir, 18, 20),
    (fam_nginx, 15, 24),
    (fam_waitlist, 15, 12),
    (fam_spring, 24, 26),
    (fam_stack, 6, 16),
    (fam_serilog, 16, 18),
    (fam_msjson, 11, 11),
    (fam_pg, 10, 14),
    (fam_audit, 13, 9),
    (fam_ivr, 8, 5),
    (fam_kiosk, 9, 6),
    (fam_parking, 6, 5),
    (fam_rpm, 7, 6),
    (fam_payment, 7, 6),
    (fam_notify, 10, 6),
    (fam_efax, 6, 5),
    (fam_syslog, 0, 24),
    (fam_k8s, 0, 14),
    (fam_mirth, 0, 12),
    (fam_intake, 9, 5),
]


# ================================================================ assembly
def build_line(segs):
    buf = bytearray()
    spans = []
    for sg in flat(segs):
        if isinstance(sg, tuple):
            text, cat = sg
            assert cat in CATS, cat
            b = text.encode("utf-8")
            assert b and b == b.strip(), repr(text)
            s = len(buf)
            buf += b
            e = len(buf)
            assert bytes(buf[s:e]) == b
            spans.append({"s": s, "e": e, "cat": cat})
        else:
            buf += sg.encode("utf-8")
    assert b"\n" not in buf and b"\r" not in buf, buf[:80]
    assert len(buf) <= 4000, len(buf)
    for a, b_ in zip(spans, spans[1:]):
        assert a["e"] <= b_["s"]
    return bytes(buf), spans


def main():
    plan = [True] * N_PHI + [False] * (N_LINES - N_PHI)
    random.shuffle(plan)
    lines, labels = [], []
    for i, phi in enumerate(plan, 1):
        tick()
        pool = [(f, wp if phi else wn) for f, wp, wn in FAMILIES if (wp if phi else wn) > 0]
        while True:
            fn = random.choices([f for f, _ in pool], weights=[w for _, w in pool])[0]
            fam, segs = fn(phi)
            line, spans = build_line(segs)
            if bool(spans) == phi:
                break
        # verification: every span's bytes equal the inserted value
        vals = [s for s in flat(segs) if isinstance(s, tuple)]
        for sp, (text, cat) in zip(spans, vals):
            assert line[sp["s"]:sp["e"]].decode("utf-8") == text and sp["cat"] == cat
        lines.append(line)
        labels.append({"line": i, "family": fam, "spans": spans})
    assert len(lines) == N_LINES
    with open(os.path.join(HERE, ID + ".log"), "wb") as fh:
        for ln in lines:
            fh.write(ln + b"\n")
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
