#!/usr/bin/env python3
"""Deterministic generator for the `fc` held-out PHI test corpus.

Theme: a CRO running the multi-site oncology trial ZX4471-302 (EDC audit
trail, RTSM/IWRS, ePRO apps, eConsent, safety/SAE reporting, stipends and
site payments, central lab transfers, site EHR feeds).

Writes fc.log and fc.labels.jsonl next to this file.  Standard library only.
All people, numbers and addresses are synthetic.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

random.seed(4471302)
R = random

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "fc"
N_LINES = 500
PHI_SHARE_TARGET = 0.45


# --------------------------------------------------------------------------
# line builder with byte-offset spans
# --------------------------------------------------------------------------
class B:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []  # (s, e, cat, bytes)

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        if cat is None:
            return self.t(s)
        assert s, "empty PHI value"
        enc = s.encode("utf-8")
        st = len(self.buf)
        self.buf += enc
        self.spans.append((st, len(self.buf), cat, enc))
        return self

    def add(self, *parts):
        for x in parts:
            if isinstance(x, tuple):
                self.p(x[0], x[1])
            else:
                self.t(x)
        return self


class P:
    """A JSON value that is PHI of category `cat`."""

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


def jdump(b, o, sep=(",", ":"), ea=False):
    if isinstance(o, P):
        if isinstance(o.v, str):
            enc = json.dumps(o.v, ensure_ascii=ea)
            assert json.loads(enc) == o.v
            b.t('"')
            b.p(enc[1:-1], o.cat)
            b.t('"')
        else:
            b.p(json.dumps(o.v), o.cat)
    elif isinstance(o, dict):
        b.t("{")
        first = True
        for k, v in o.items():
            if not first:
                b.t(sep[0])
            first = False
            b.t(json.dumps(k, ensure_ascii=ea))
            b.t(sep[1])
            jdump(b, v, sep, ea)
        b.t("}")
    elif isinstance(o, list):
        b.t("[")
        for i, v in enumerate(o):
            if i:
                b.t(sep[0])
            jdump(b, v, sep, ea)
        b.t("]")
    else:
        b.t(json.dumps(o, ensure_ascii=ea))
    return b


def has_phi(o):
    if isinstance(o, P):
        return True
    if isinstance(o, dict):
        return any(has_phi(v) for v in o.values())
    if isinstance(o, list):
        return any(has_phi(v) for v in o)
    return False


# --------------------------------------------------------------------------
# check-digit helpers
# --------------------------------------------------------------------------
def luhn_digit(partial):
    tot = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def make_pan(prefix, length=16):
    body = prefix + rdig(length - 1 - len(prefix))
    pan = body + luhn_digit(body)
    assert luhn_ok(pan)
    return pan


def make_imei(tac):
    body = tac + rdig(14 - len(tac))
    imei = body + luhn_digit(body)
    assert luhn_ok(imei) and len(imei) == 15
    return imei


def iban(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    chk = 98 - int(num) % 97
    out = cc + "%02d" % chk + bban
    num2 = "".join(str(int(ch, 36)) for ch in out[4:] + out[:4])
    assert int(num2) % 97 == 1
    return out


def iban_grouped(x):
    return " ".join(x[i:i + 4] for i in range(0, len(x), 4))


def es_bban():
    bank, branch, acct = rdig(4), rdig(4), rdig(10)
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def cd(ds):
        s = sum(int(d) * w[i] for i, d in enumerate(ds))
        r = 11 - s % 11
        return {11: 0, 10: 1}.get(r, r)

    return bank + branch + str(cd("00" + bank + branch)) + str(cd(acct)) + acct


def pesel(d, female):
    yy = d.year % 100
    mm = d.month + (20 if d.year >= 2000 else 0)
    serial = rdig(3) + str(R.choice([0, 2, 4, 6, 8]) if female else R.choice([1, 3, 5, 7, 9]))
    base = "%02d%02d%02d" % (yy, mm, d.day) + serial
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(x) * w[i] for i, x in enumerate(base)) % 10) % 10
    return base + str(c)


def dni():
    n = R.randint(10000000, 79999999)
    return "%08d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def cpf():
    d = [R.randint(0, 9) for _ in range(9)]
    s = sum(d[i] * (10 - i) for i in range(9))
    d1 = (s * 10) % 11 % 10
    d.append(d1)
    s = sum(d[i] * (11 - i) for i in range(10))
    d2 = (s * 10) % 11 % 10
    d.append(d2)
    x = "".join(map(str, d))
    return "%s.%s.%s-%s" % (x[:3], x[3:6], x[6:9], x[9:])


def kr_rrn(d, female):
    g = "2" if female else "1"
    base = "%02d%02d%02d" % (d.year % 100, d.month, d.day) + g + rdig(5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(x) * w[i] for i, x in enumerate(base)) % 11) % 10
    return base[:6] + "-" + base[6:] + str(c)


VIN_MAP = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
           "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def make_vin(wmi_vds, year_code, plant):
    # wmi_vds: 8 chars, then check, then year, plant, 6 serial digits
    v = list(wmi_vds + "0" + year_code + plant + rdig(6))
    s = sum(VIN_MAP[c] * VIN_W[i] for i, c in enumerate(v))
    r = s % 11
    v[8] = "X" if r == 10 else str(r)
    vin = "".join(v)
    assert len(vin) == 17
    return vin


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def make_mbi():
    an = MBI_A + "0123456789"
    parts = [R.choice("123456789"), R.choice(MBI_A), R.choice(an), R.choice("0123456789"),
             R.choice(MBI_A), R.choice(an), R.choice("0123456789"), R.choice(MBI_A),
             R.choice(MBI_A), R.choice("0123456789"), R.choice("0123456789")]
    return "".join(parts)


def make_npi():
    base = R.choice("12") + rdig(8)
    return base + luhn_digit("80840" + base)


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    h = rhex(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def fake_jpeg_b64(nbytes):
    head = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300")
    body = bytes(R.randrange(256) for _ in range(nbytes))
    return base64.b64encode(head + body).decode()


def fake_png_b64(nbytes):
    head = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000c8000000c80806000000")
    body = bytes(R.randrange(256) for _ in range(nbytes))
    return base64.b64encode(head + body).decode()


# --------------------------------------------------------------------------
# date formatting
# --------------------------------------------------------------------------
MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def f_dmy_upper(d):   # 14 MAR 1951
    return "%02d %s %04d" % (d.day, MON[d.month - 1], d.year)


def f_dmy_dash(d):    # 14-MAR-1951
    return "%02d-%s-%04d" % (d.day, MON[d.month - 1], d.year)


def f_iso(d):
    return d.strftime("%Y-%m-%d")


def f_us(d):
    return d.strftime("%m/%d/%Y")


def f_compact(d):
    return d.strftime("%Y%m%d")


def f_eu_dot(d):
    return d.strftime("%d.%m.%Y")


def f_eu_slash(d):
    return d.strftime("%d/%m/%Y")


REF = dt.date(2024, 3, 11)


def age_at(dob, ref=REF):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


# --------------------------------------------------------------------------
# static trial world (look-alikes)
# --------------------------------------------------------------------------
PROTO = "ZX4471-302"
PROTO_ALT = "ZX4471302"
NCT = "NCT05839211"
EUDRACT = "2022-004871-33"
IND = "IND 145872"
SPONSOR = "Zentrix Therapeutics GmbH"
SPONSOR_ADDR = "Lindenstrasse 14, 60325 Frankfurt am Main, Germany"
SPONSOR_US = "Zentrix Therapeutics Inc., 200 Clarendon St, Floor 21, Boston, MA 02116"
CRO_DOMAIN = "mrdn-cro.com"
DRUG = "ZX-4471"
LOTS = ["L23B114", "L23B117", "L24A002", "L23K098"]
DEPOTS = ["DE-FRA-01", "US-PHL-02", "BR-GRU-01", "KR-ICN-01"]

SITES = {
    "101": dict(cc="US", name="Beacon Hill Clinical Research Center", city="Boston", tz=-4,
                pi="Dr. Rebecca Thornton", pi_user="rthornton_pi", crc="Jessica Morales",
                crc_user="jmorales_101", phone="617-555-0100", fax="617-555-0109",
                addr="75 Francis St, Boston, MA 02115", state="MA", lang="en_US"),
    "118": dict(cc="US", name="Bayou City Oncology Research", city="Houston", tz=-5,
                pi="Dr. Oluwaseun Adeyemi", pi_user="oadeyemi_pi", crc="Brandon Tully",
                crc_user="btully_118", phone="713-555-0120", fax="713-555-0129",
                addr="6624 Fannin St, Suite 1800, Houston, TX 77030", state="TX", lang="en_US"),
    "205": dict(cc="PL", name="Mazowieckie Centrum Badań Klinicznych", city="Warszawa", tz=1,
                pi="dr hab. n. med. Piotr Lewandowski", pi_user="plewandowski", crc="Paulina Wójcik",
                crc_user="pwojcik_205", phone="+48 22 555 01 40", fax="+48 22 555 01 49",
                addr="ul. Ceglowska 80, 01-809 Warszawa", state="mazowieckie", lang="pl_PL"),
    "310": dict(cc="ES", name="Hospital Universitario Ribera del Manzanares", city="Madrid", tz=1,
                pi="Dra. Lucía Ferrer Campos", pi_user="lferrer", crc="Sergio Blanco Arias",
                crc_user="sblanco_310", phone="+34 91 555 01 60", fax="+34 91 555 01 69",
                addr="Calle del Doctor Esquerdo 46, 28007 Madrid", state="Madrid", lang="es_ES"),
    "412": dict(cc="BR", name="Instituto Paulista de Pesquisa Clínica", city="São Paulo", tz=-3,
                pi="Dr. Ricardo Tavares", pi_user="rtavares", crc="Camila Ferraz",
                crc_user="cferraz_412", phone="+55 11 5555-0180", fax="+55 11 5555-0189",
                addr="Av. Dr. Arnaldo 251, 01246-000 São Paulo SP", state="SP", lang="pt_BR"),
    "516": dict(cc="KR", name="Hangang Medical Research Center", city="Seoul", tz=9,
                pi="Dr. Park Ji-hoon", pi_user="jhpark", crc="Yoon Seo-yeon",
                crc_user="syyoon_516", phone="+82 2-555-0190", fax="+82 2-555-0199",
                addr="88 Olympic-ro 43-gil, Songpa-gu, Seoul 05505", state="Seoul", lang="ko_KR"),
}
SITE_IDS = list(SITES.keys())
PI_PARTS = {"101": ("Rebecca", "Thornton"), "118": ("Oluwaseun", "Adeyemi"), "205": ("Piotr", "Lewandowski"),
            "310": ("Lucía", "Ferrer Campos"), "412": ("Ricardo", "Tavares"), "516": ("Ji-hoon", "Park")}

CRAS = [("Tomasz Zieliński", "tzielinski"), ("Megan O'Connell", "moconnell"),
        ("Ana Beatriz Lima", "ablima"), ("Cho Sung-min", "smcho"), ("Daniel Reyes", "dreyes"),
        ("Ingrid Halvorsen", "ihalvorsen")]
DMS = [("Priya Raghunathan", "praghunathan"), ("Felix Brandt", "fbrandt"), ("Chiara Bellini", "cbellini")]
MEDMON = "Dr. Henrik Vestergaard"
SAFETY_DOC = "Dr. Amara Nwosu"

STAFF_EMAILS = ["cra.pl-team@" + CRO_DOMAIN, "safety.desk@" + CRO_DOMAIN, "dm-zx302@" + CRO_DOMAIN,
                "rtsm-support@" + CRO_DOMAIN, "medmon.zx302@" + CRO_DOMAIN, "site101.coord@beaconhillcrc.org"]

SUBJ_DEF = [
    ("101", "Margaret", "Callahan", "F", (1951, 3, 14)),
    ("101", "Harold", "Whitfield", "M", (1932, 6, 2)),
    ("101", "DeShawn", "Okafor", "M", (1968, 10, 27)),
    ("101", "Siobhan", "O'Rourke", "F", (1975, 1, 9)),
    ("118", "Thi Lan", "Tran", "F", (1952, 3, 9)),
    ("118", "Rajesh", "Venkataraman", "M", (1960, 8, 18)),
    ("118", "Esperanza", "Villanueva", "F", (1947, 12, 1)),
    ("118", "Kwame", "Mensah", "M", (1971, 4, 30)),
    ("205", "Katarzyna", "Wiśniewska", "F", (1949, 11, 4)),
    ("205", "Jerzy", "Dąbrowski", "M", (1955, 2, 17)),
    ("205", "Halina", "Grabowska", "F", (1933, 9, 21)),
    ("205", "Zbigniew", "Wójcik", "M", (1962, 7, 7)),
    ("310", "Javier", "Ortega Ruiz", "M", (1958, 5, 12)),
    ("310", "Inmaculada", "Peña Soler", "F", (1964, 1, 28)),
    ("310", "Rocío", "Domínguez Castaño", "F", (1970, 11, 3)),
    ("412", "João Pedro", "Gonçalves", "M", (1958, 7, 22)),
    ("412", "Maria Aparecida", "Oliveira", "F", (1953, 4, 5)),
    ("412", "Thiago", "Nascimento Rocha", "M", (1981, 9, 14)),
    ("516", "Soo-ja", "Kim", "F", (1931, 2, 11)),
    ("516", "Dong-hyun", "Lee", "M", (1966, 6, 19)),
]
HANGUL = {"Kim": "김수자", "Lee": "이동현"}

ADDR = {
    "Callahan": ("1187 Maple Ridge Dr", "Quincy", "MA", "02169"),
    "Whitfield": ("42 Chestnut Hill Ave, Apt 3", "Brighton", "MA", "02135"),
    "Okafor": ("9 Wendover St", "Dorchester", "MA", "02125"),
    "O'Rourke": ("276 Pleasant St", "Malden", "MA", "02148"),
    "Tran": ("4410 Bellaire Blvd", "Bellaire", "TX", "77401"),
    "Venkataraman": ("15822 Kingsbury Oak Ln", "Sugar Land", "TX", "77478"),
    "Villanueva": ("711 Avenida Linda", "Pasadena", "TX", "77506"),
    "Mensah": ("2309 Holly Hall St, Unit 214", "Houston", "TX", "77054"),
    "Wiśniewska": ("ul. Jana Olbrachta 94 m. 12", "Warszawa", "", "01-102"),
    "Dąbrowski": ("ul. Grochowska 301/15", "Warszawa", "", "03-838"),
    "Grabowska": ("ul. Kasztanowa 8", "Piaseczno", "", "05-500"),
    "Wójcik": ("ul. Ogrodowa 17", "Łomianki", "", "05-092"),
    "Ortega Ruiz": ("Calle de Alcalá 212, 3º B", "Madrid", "", "28028"),
    "Peña Soler": ("Avenida de la Albufera 88, 5º izda", "Madrid", "", "28038"),
    "Domínguez Castaño": ("Calle Mayor 14", "Alcobendas", "", "28100"),
    "Gonçalves": ("Rua Cardeal Arcoverde 1450, apto 82", "São Paulo", "SP", "05408-003"),
    "Oliveira": ("Av. Eng. Armando de Arruda Pereira 2210", "São Paulo", "SP", "04309-011"),
    "Nascimento Rocha": ("Rua Padre Anchieta 330", "Santo André", "SP", "09090-710"),
    "Kim": ("Worldcup-ro 12-gil 34", "Seoul", "", "04003"),
    "Lee": ("Teheran-ro 87-gil 21", "Seoul", "", "06164"),
}

CAREGIVERS = {
    "Whitfield": ("Denise Whitfield-Kramer", "daughter", "617-555-0173"),
    "Grabowska": ("Marek Grabowski", "son", "+48 601 482 775"),
    "Kim": ("Choi Min-jun", "son", "+82 10-5521-0384"),
    "Villanueva": ("Rogelio Villanueva", "spouse", "281-555-0146"),
    "Oliveira": ("Luciana Oliveira Prado", "daughter", "+55 11 98812-4470"),
}

EMAIL_DOM = {"US": ["gmail.com", "yahoo.com", "comcast.net", "outlook.com", "aol.com"],
             "PL": ["wp.pl", "onet.pl", "o2.pl", "gmail.com"],
             "ES": ["hotmail.es", "telefonica.net", "gmail.com"],
             "BR": ["uol.com.br", "bol.com.br", "gmail.com"],
             "KR": ["naver.com", "daum.net"]}

IP_POOL = {"US": ["73.158.", "98.217.", "24.61.", "71.232."], "PL": ["83.24.", "89.64.", "31.178."],
           "ES": ["88.12.", "83.47."], "BR": ["177.45.", "189.62.", "201.17."], "KR": ["121.134.", "175.223."]}


class Subj:
    pass


SUBJECTS = []
_used_kits = set()
_used_nums = set()


def uniq(fn):
    while True:
        v = fn()
        if v not in _used_nums:
            _used_nums.add(v)
            return v


def new_kit():
    while True:
        k = str(R.randint(440000, 459999))
        if k not in _used_kits:
            _used_kits.add(k)
            return k


def build_subjects():
    site_seq = {s: R.randint(3, 9) for s in SITE_IDS}
    scr_seq = {s: R.randint(4, 12) for s in SITE_IDS}
    rand_seq = 10400
    for site, first, last, sex, dob in SUBJ_DEF:
        s = Subj()
        s.site = site
        s.cc = SITES[site]["cc"]
        s.first, s.last, s.sex = first, last, sex
        s.female = sex == "F"
        s.dob = dt.date(*dob)
        s.age = age_at(s.dob)
        site_seq[site] += R.randint(1, 9)
        scr_seq[site] += R.randint(1, 4)
        rand_seq += R.randint(3, 17)
        s.sid = "%s-%04d" % (site, site_seq[site])
        s.scr = "SCR-%s-%03d" % (site, scr_seq[site])
        s.rand = "R%05d" % rand_seq
        if s.cc == "KR":
            s.full = "%s %s" % (last, first)
            s.hangul = HANGUL[last]
        else:
            s.full = "%s %s" % (first, last)
        s.initials = "".join(w[0] for w in first.replace("-", " ").split()[:1]) + "".join(
            w[0] for w in last.split()[:1])
        if s.cc == "KR":
            s.initials = last[0] + first[0]
        s.street, s.city, s.state, s.zip = ADDR[last]
        # phone
        if s.cc == "US":
            area = "617" if site == "101" else R.choice(["713", "281", "832"])
            s.phone = "%s-555-01%02d" % (area, R.randint(10, 99))
            s.phone_fmt = R.choice(["(%s) %s" % (s.phone[:3], s.phone[4:]), s.phone, "+1 " + s.phone])
        elif s.cc == "PL":
            s.phone = "+48 %s %s %s" % (R.choice(["501", "512", "604", "693", "785"]), rdig(3), rdig(3))
            s.phone_fmt = s.phone
        elif s.cc == "ES":
            s.phone = "+34 6%s %s %s %s" % (rdig(2), rdig(2), rdig(2), rdig(2))
            s.phone_fmt = s.phone
        elif s.cc == "BR":
            s.phone = "+55 11 9%s-%s" % (rdig(4), rdig(4))
            s.phone_fmt = s.phone
        else:
            s.phone = "+82 10-%s-%s" % (rdig(4), rdig(4))
            s.phone_fmt = s.phone
        fl = ascii_fold(first.split()[0].split("-")[0]).lower()
        ll = ascii_fold(last.split()[0]).lower().replace("'", "")
        s.email = R.choice(["%s.%s%02d", "%s%s%02d", "%s_%s%02d"]) % (fl, ll, s.dob.year % 100) + "@" + R.choice(
            EMAIL_DOM[s.cc])
        s.username = R.choice([
            "%s.%s%02d" % (fl[:5], ll[:1], s.dob.year % 100),
            "%s%s" % (fl[0], ll[:7]) + rdig(2),
            "p" + s.sid.replace("-", ""),
        ])
        s.ip = R.choice(IP_POOL[s.cc]) + "%d.%d" % (R.randint(1, 254), R.randint(1, 254))
        s.imei = make_imei(R.choice(["35290611", "35869309", "35391110", "86810403"]))
        s.dev_serial = R.choice(["R58T", "R5CW", "RF8N"]) + "".join(R.choice("0123456789ABCDEFGHJKLMNPQRSTVWXYZ") for _ in range(7))
        s.spiro_sn = "A%02d-%06d" % (R.choice([22, 23]), R.randint(1000, 99999))
        s.ble_mac = ":".join("%02X" % R.randrange(256) for _ in range(6))
        s.actigraph = "TAS1H2%s" % rdig(7)
        s.kits = [new_kit() for _ in range(R.randint(2, 4))]
        s.lot = R.choice(LOTS)
        # site-specific MRN
        s.mrn = {"101": lambda: rdig(9), "118": lambda: "E" + rdig(7), "205": lambda: "7" + rdig(6),
                 "310": lambda: rdig(7), "412": lambda: "00" + rdig(6), "516": lambda: rdig(8)}[site]()
        s.ssn = None
        s.mbi = None
        s.member = None
        s.dl = None
        s.plate = None
        s.vin = None
        if s.cc == "US":
            a = R.choice([R.randint(100, 665), R.randint(667, 899)])
            s.ssn = "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
            if s.age >= 65:
                s.mbi = make_mbi()
            else:
                s.member = R.choice(["XJH", "ZGP", "W"]) + rdig(9)
            s.dl = ("S" + rdig(8)) if s.state == "MA" else rdig(8)
            s.plate = ("%d%s%d" % (R.randint(1, 9), "".join(R.choice("ABCDEFGHJKLMNPRSTVWXY") for _ in range(2)),
                                   R.randint(100, 999))) if s.state == "MA" else (
                "".join(R.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3)) + "-" + rdig(4))
            s.vin = make_vin(R.choice(["1HGCV1F3", "2T1BURHE", "1FTEW1EP", "5NPE34AF", "JTDKARFU"]),
                             R.choice("DEFGHJKL"), R.choice("ACLNUH"))
            s.card = make_pan(R.choice(["414720", "440393", "531258"]))
        elif s.cc == "PL":
            s.natid = pesel(s.dob, s.female)
            s.natid_kind = "PESEL"
            s.iban = iban("PL", "1020" + rdig(4) + rdig(16))
            s.card = make_pan("5375" + rdig(2))
        elif s.cc == "ES":
            s.natid = dni()
            s.natid_kind = "DNI"
            s.iban = iban("ES", es_bban())
            s.card = make_pan("4940" + rdig(2))
        elif s.cc == "BR":
            s.natid = cpf()
            s.natid_kind = "CPF"
            s.bank = ("341", "%04d" % R.randint(100, 9999), "%05d-%d" % (R.randint(10000, 99999), R.randint(0, 9)))
            s.card = make_pan("5067" + rdig(2))
        else:
            s.natid = kr_rrn(s.dob, s.female)
            s.natid_kind = "RRN"
            s.bank = ("088", "110-%s-%s" % (rdig(3), rdig(6)))
            s.card = make_pan("9410" + rdig(2))
        s.caregiver = CAREGIVERS.get(last)
        # trial dates
        s.consent = dt.date(2023, 10, 2) + dt.timedelta(days=R.randint(0, 130))
        s.scr_date = s.consent + dt.timedelta(days=R.randint(0, 6))
        s.rand_date = s.scr_date + dt.timedelta(days=R.randint(14, 27))
        if s.rand_date > dt.date(2024, 3, 8):
            s.rand_date = dt.date(2024, 3, 8) - dt.timedelta(days=R.randint(0, 10))
        s.visits = []
        c = 1
        d = s.rand_date
        while d <= dt.date(2024, 3, 10):
            s.visits.append(("C%dD1" % c, d))
            c += 1
            d = d + dt.timedelta(days=21 + R.choice([0, 0, 1, 2, -1]))
        s.next_visit = ("C%dD1" % c, d)
        s.ae_onset = dt.date(2024, 2, 10) + dt.timedelta(days=R.randint(0, 20))
        s.admit = s.ae_onset + dt.timedelta(days=R.randint(0, 2))
        s.discharge = min(s.admit + dt.timedelta(days=R.randint(2, 8)), dt.date(2024, 3, 9))
        s.case_no = "ZX-2024-%06d" % R.randint(100, 400)
        s.mfr_no = "3004871152-2024-%05d" % R.randint(10, 99)
        s.accessions = {}
        SUBJECTS.append(s)


build_subjects()
# a few subjects are "busy" in today's logs
WEIGHTS = [R.choice([1, 1, 2, 3, 5]) for _ in SUBJECTS]


FORCE = {}


def subj():
    pred = FORCE.get("pred")
    if pred:
        return R.choice([x for x in SUBJECTS if pred(x)])
    return R.choices(SUBJECTS, weights=WEIGHTS)[0]


def fopt(default):
    return FORCE.get("opt", default)


def fpick(cands):
    pred = FORCE.get("pred")
    if pred:
        cands = [x for x in cands if pred(x)] or cands
    return R.choice(cands)


def staff_cra():
    return R.choice(CRAS)


# --------------------------------------------------------------------------
# clock
# --------------------------------------------------------------------------
NOW = [dt.datetime(2024, 3, 11, 5, 58, 12, 431000)]


def tick():
    NOW[0] += dt.timedelta(seconds=R.randint(0, 55), microseconds=R.randint(0, 999999))
    return NOW[0]


def T():
    return NOW[0]


def ts_iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (t.microsecond // 1000)


def ts_space_ms(t, sep="."):
    return t.strftime("%Y-%m-%d %H:%M:%S") + sep + "%03d" % (t.microsecond // 1000)


def ts_syslog(t):
    return t.strftime("%b ") + "%2d" % t.day + t.strftime(" %H:%M:%S")


def ts_clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def ts_logcat(t, tz):
    lt = t + dt.timedelta(hours=tz)
    return lt.strftime("%m-%d %H:%M:%S") + ".%03d" % (lt.microsecond // 1000)


def ts_oslog(t, tz):
    lt = t + dt.timedelta(hours=tz)
    sign = "+" if tz >= 0 else "-"
    return lt.strftime("%Y-%m-%d %H:%M:%S") + ".%06d" % lt.microsecond + "%s%02d00" % (sign, abs(tz))


def ts_rave(t):
    return "%02d %s %04d %s" % (t.day, t.strftime("%b"), t.year, t.strftime("%H:%M:%S"))


def epoch_ms(t):
    return int((t - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


def epoch_us(t):
    return int((t - dt.datetime(1970, 1, 1)).total_seconds()) * 1000000 + t.microsecond


def phi_date_fmt(d):
    return R.choice([f_iso, f_dmy_upper, f_us, f_compact, f_dmy_dash])(d)


def shipment_no():
    return "SHP-2024-%05d" % R.randint(800, 1200)


def pick_visit(s):
    return R.choice(s.visits) if s.visits else ("SCRN", s.scr_date)


# --------------------------------------------------------------------------
# family generators; each returns a list of B (one per line) or None
# --------------------------------------------------------------------------
RAVE_HEADER = ['AuditID', 'StudyName', 'SiteNumber', 'Site', 'Subject', 'Folder', 'Form', 'Field', 'Log#',
               'AuditAction', 'OldValue', 'NewValue', 'ReasonForChange', 'User', 'UserName', 'DateTimeStamp']
RAVE_AUDIT_ID = [48213300]


def csvq(v):
    return '"' + v.replace('"', '""') + '"'


def rave_row(b, cells):
    for i, c in enumerate(cells):
        if i:
            b.t(",")
        if isinstance(c, tuple):
            b.t('"')
            b.p(c[0], c[1])
            b.t('"')
        else:
            b.t(csvq(c))
    return b


def g_rave_csv(phi):
    tick()
    b = B("rave-audit-csv")
    RAVE_AUDIT_ID[0] += R.randint(1, 40)
    aid = str(RAVE_AUDIT_ID[0])
    study = PROTO + " (Prod)"
    if not phi:
        if R.random() < 0.25:
            return [rave_row(b, RAVE_HEADER)]
        site = R.choice(SITE_IDS)
        S = SITES[site]
        opt = R.randint(0, 3)
        if opt == 0:
            lo = R.choice(["11.5", "12.0", "11.0"])
            cells = [aid, study, site, S["name"], "", "", "Lab Ranges", "HGB_LOW", "0",
                     "Lab range changed from %s to 12.0" % lo, lo, "12.0",
                     "Updated per lab certificate 2024", S["crc_user"], S["crc"], ts_rave(T())]
        elif opt == 1:
            cells = [aid, study, site, S["name"], "", "", "", "", "0",
                     "User %s assigned role 'CRC - Entry' at site %s" % (S["crc_user"], site), "", "",
                     "", "rave.admin", "Rave Administrator", ts_rave(T())]
        elif opt == 2:
            cells = [aid, study, site, S["name"], "", "", "Site Information", "PI_NAME", "0",
                     "Investigator name confirmed", S["pi"], S["pi"], "", R.choice(CRAS)[1],
                     R.choice(CRAS)[0], ts_rave(T())]
        else:
            cells = [aid, study, site, S["name"], "", "", "", "", "0",
                     "CRF version migration from v6.0 to v7.0 (Amendment 3, 15-Jan-2024) completed",
                     "6.0", "7.0", "Protocol amendment", "systemuser", "System", ts_rave(T())]
        return [rave_row(b, cells)]
    s = subj()
    opt = R.randint(0, 9)
    if opt == 1 and R.random() < 0.6:
        s = R.choice([x for x in SUBJECTS if x.age > 89])
    S = SITES[s.site]
    user, uname = S["crc_user"], S["crc"]
    reason = R.choice(["Data entry error", "Transcription error", "Source document updated",
                       "Per monitor query", "Clarification from site"])
    folder, form, field = "SCRN", "DM", "BRTHDAT"
    old, new = "", ""
    action = None
    if opt == 0:
        wrong = s.dob.replace(day=min(28, (s.dob.day % 27) + 1))
        old, new = (f_dmy_upper(wrong), "date"), (f_dmy_upper(s.dob), "date")
    elif opt == 1:
        form, field = "DM", "AGE"
        old = ""
        new = (str(s.age), "age") if s.age > 89 else str(s.age)
        reason = ""
    elif opt == 2:
        form, field = "IC", "DSSTDAT"
        old, new = "", (f_dmy_upper(s.consent), "date")
        reason = ""
    elif opt == 3:
        v, d = pick_visit(s)
        folder, form, field = v, "VS", "VSDAT"
        old, new = (f_dmy_upper(d - dt.timedelta(days=1)), "date"), (f_dmy_upper(d), "date")
    elif opt == 4:
        v, d = pick_visit(s)
        folder, form, field = v, "VS", "WEIGHT"
        w = R.randint(480, 1050) / 10
        old, new = "%.1f" % w, "%.1f" % (w + R.choice([-0.5, 0.4, 1.0, -1.2]))
    elif opt == 5:
        folder, form, field = "AE", "AE", "AESTDAT"
        old, new = "", (f_dmy_upper(s.ae_onset), "date")
        reason = ""
    elif opt == 6:
        v, d = pick_visit(s)
        folder, form, field = v, "EX", "EXDOSE"
        old, new = "200", R.choice(["150", "200"])
    elif opt == 7:
        v, d = pick_visit(s)
        folder, form, field = v, "VS", "VSDAT"
        action = "Query Opened: Visit date is before date of informed consent. Please verify."
        uname, user = R.choice(CRAS)
        reason = ""
    elif opt == 8:
        folder, form, field = "SCRN", "DM", ""
        action = "Signature Succeeded - Investigator signature (21 CFR Part 11)"
        user, uname = S["pi_user"], S["pi"]
        reason = ""
    else:
        folder, form, field = "AE", "SAE", "HOSPSTDAT"
        old, new = "", (f_dmy_upper(s.admit), "date")
        reason = ""
    if action is None:
        action = "User entered value" if old == "" else "User changed value"
    cells = [aid, study, s.site, S["name"], (s.sid, "other_id"), folder, form, field, "0", action,
             old, new, reason, user, uname, ts_rave(T())]
    return [rave_row(b, cells)]


EDC_AUDIT_SEQ = [9300122]


def g_edc_json(phi):
    tick()
    b = B("edc-audit-json")
    EDC_AUDIT_SEQ[0] += R.randint(1, 30)
    camel = R.random() < 0.6
    if not phi:
        site = R.choice(SITE_IDS)
        if R.random() < 0.5:
            o = {"auditId": EDC_AUDIT_SEQ[0], "studyOid": PROTO + "(PROD)", "action": "USER_LOGIN",
                 "user": {"loginName": SITES[site]["crc_user"], "role": "Site CRC"},
                 "clientIp": "10.%d.%d.%d" % (R.randint(0, 60), R.randint(0, 255), R.randint(1, 254)),
                 "mfa": "TOTP", "timestamp": ts_iso_ms(T())}
        else:
            o = {"audit_id": EDC_AUDIT_SEQ[0], "study_oid": PROTO + "(PROD)", "action": "CRF_VERSION_PUSH",
                 "site_number": site, "crf_version": "7.0", "previous_version": "6.0",
                 "subjects_migrated": R.randint(2, 16), "initiated_by": R.choice(DMS)[1],
                 "ts": ts_iso_ms(T())}
        return [jdump(b, o)]
    s = subj()
    v, d = pick_visit(s)
    opt = R.randint(0, 4)
    if opt == 0:
        item, old, new = "VSDAT", P(f_iso(d - dt.timedelta(days=1)), "date"), P(f_iso(d), "date")
        form = "VS"
    elif opt == 1:
        item, old, new, form = "LBDAT", None, P(f_iso(d), "date"), "LB"
    elif opt == 2:
        item, old, new, form = "BRTHDAT", None, P(f_iso(s.dob), "date"), "DM"
        v = "SCRN"
    elif opt == 3:
        item, old, new, form = "ECOG", "1", "0", "QS"
    else:
        item, old, new, form = "DSDECOD", None, "COMPLETED", "DS"
    reason = R.choice(["Transcription error", "Source verified correction", None, "Per query"])
    if camel:
        o = {"auditId": EDC_AUDIT_SEQ[0], "studyOid": PROTO + "(PROD)", "siteNumber": s.site,
             "subjectKey": P(s.sid, "other_id"), "studyEventOid": v, "formOid": form,
             "itemOid": form + "." + item, "action": "UPDATE" if old is not None else "INSERT",
             "oldValue": old, "newValue": new, "reasonForChange": reason,
             "user": {"loginName": SITES[s.site]["crc_user"], "role": "Site CRC"},
             "timestamp": ts_iso_ms(T())}
    else:
        o = {"audit_id": EDC_AUDIT_SEQ[0], "study_oid": PROTO + "(PROD)", "site_number": s.site,
             "subject_key": P(s.sid, "other_id"), "event_oid": v, "form_oid": form, "item_oid": item,
             "old_value": old, "new_value": new, "reason": reason,
             "changed_by": SITES[s.site]["crc_user"], "ts": ts_iso_ms(T())}
    return [jdump(b, o)]


def g_edc_odm(phi):
    tick()
    b = B("edc-odm-xml")
    if not phi:
        opt = R.randint(0, 2)
        if opt == 0:
            b.t('<ODM xmlns="http://www.cdisc.org/ns/odm/v1.3" xmlns:mdsol="http://www.mdsol.com/ns/odm/metadata" '
                'ODMVersion="1.3" FileType="Transactional" FileOID="%s" CreationDateTime="%s" '
                'mdsol:AuditSubCategoryName="Entered">' % (ruuid(), T().strftime("%Y-%m-%dT%H:%M:%S")))
        elif opt == 1:
            b.t('<ClinicalData StudyOID="%s(Prod)" MetaDataVersionOID="%d">' % (PROTO, R.randint(1400, 1499)))
        else:
            b.t('<AuditRecord><UserRef UserOID="%s"/><LocationRef LocationOID="%s"/><DateTimeStamp>%s</DateTimeStamp>'
                '<ReasonForChange>Data entry error</ReasonForChange><SourceID>%d</SourceID></AuditRecord>'
                % (R.choice(CRAS)[1], R.choice(SITE_IDS), T().strftime("%Y-%m-%dT%H:%M:%S"), R.randint(48200000, 48299999)))
        return [b]
    s = subj()
    v, d = pick_visit(s)
    b.add('<SubjectData SubjectKey="', (s.sid, "other_id"), '" mdsol:SubjectKeyType="SubjectName">'
          '<SiteRef LocationOID="%s"/><StudyEventData StudyEventOID="%s" StudyEventRepeatKey="1">'
          '<FormData FormOID="VS" FormRepeatKey="1"><ItemGroupData ItemGroupOID="VS">'
          '<ItemData ItemOID="VS.VSDAT" Value="' % (s.site, v), (f_iso(d), "date"),
          '" TransactionType="Upsert"/>'
          '<ItemData ItemOID="VS.SYSBP" Value="%d" TransactionType="Upsert"/>' % R.randint(104, 162),
          '</ItemGroupData></FormData></StudyEventData></SubjectData>')
    return [b]


# ---------------- RTSM (Spring Boot) ----------------
SB_CLASSES = {
    "alloc": "c.z.rtsm.alloc.RandomizationService",
    "disp": "c.z.rtsm.dispense.DispensationService",
    "ship": "c.z.r.supply.ShipmentService",
    "temp": "c.z.r.supply.TemperatureExcursionHandler",
    "resup": "c.z.r.supply.ResupplyScheduler",
    "dtp": "c.z.rtsm.dtp.DirectToPatientService",
    "unbl": "c.z.rtsm.unblind.EmergencyUnblindingController",
    "hikari": "com.zaxxer.hikari.HikariDataSource",
    "visit": "c.z.rtsm.visit.VisitScheduleService",
}


def sb_prefix(b, level, thread, cls):
    b.t("%s  %5s 1 --- [%15s] %-40s : " % (ts_space_ms(T()), level, thread[-15:], cls[:40]))


def g_rtsm(phi):
    tick()
    b = B("rtsm-springboot")
    thr = "nio-8443-exec-%d" % R.randint(1, 12)
    if not phi:
        opt = R.randint(0, 7)
        shp = shipment_no()
        site = R.choice(SITE_IDS)
        if opt == 0:
            k0 = R.randint(460000, 469000)
            n = R.choice([12, 24, 36])
            sb_prefix(b, "INFO", thr, SB_CLASSES["ship"])
            b.t("Shipment %s created depot=%s site=%s kits=%d range=[%d..%d] lot=%s expiry=2025-%02d-30 carrier=Marken"
                % (shp, R.choice(DEPOTS), site, n, k0, k0 + n - 1, R.choice(LOTS), R.randint(6, 11)))
        elif opt == 1:
            logger = "TT4-%08d" % R.randint(10000000, 99999999)
            sb_prefix(b, "WARN", "excursion-poll-1", SB_CLASSES["temp"])
            b.t("Temperature excursion on %s logger=%s max=%.1fC above 8.0C for %d min (2-8C product); %d kits quarantined at site %s"
                % (shp, logger, R.uniform(8.3, 11.9), R.randint(12, 190), R.choice([12, 24]), site))
        elif opt == 2:
            sb_prefix(b, "INFO", "scheduling-1", SB_CLASSES["resup"])
            b.t("Resupply run #%d: site=%s onHand=%d trigger=%d maxLevel=%d -> order %d kits (lot %s, expiry 2025-09-30)"
                % (R.randint(3100, 3300), site, R.randint(2, 9), 6, 24, R.randint(8, 20), R.choice(LOTS)))
        elif opt == 3:
            sb_prefix(b, "INFO", thr, SB_CLASSES["ship"])
            b.t("Shipment %s receipt confirmed by %s at site %s: %d kits OK, 0 damaged, logger %s no alarm"
                % (shp, SITES[site]["crc_user"], site, R.choice([12, 24]), "TT4-%08d" % R.randint(10000000, 99999999)))
        elif opt == 4:
            sb_prefix(b, "INFO", "main", SB_CLASSES["hikari"])
            b.t("HikariPool-1 - Start completed.")
        elif opt == 5:
            sb_prefix(b, "INFO", thr, SB_CLASSES["temp"])
            b.t("Quarantine released for %s by QA (%s), assessment TE-2024-%04d: product within stability budget (cumulative 41h/72h)"
                % (shp, MEDMON, R.randint(10, 200)))
        elif opt == 6:
            sb_prefix(b, "INFO", "scheduling-1", SB_CLASSES["resup"])
            b.t("Lot %s expiry updated 2025-06-30 -> 2025-12-31 per stability data release SR-%d; %d kits relabelled"
                % (R.choice(LOTS), R.randint(100, 999), R.randint(40, 400)))
        else:
            sb_prefix(b, "DEBUG", thr, SB_CLASSES["alloc"])
            b.t("Stratification cache refreshed: strata=6 cohorts=[A,B] capRemaining=%d (study %s)" % (R.randint(40, 260), PROTO))
        return [b]
    s = subj()
    opt = fopt(R.randint(0, 6))
    if opt == 0:
        sb_prefix(b, "INFO", thr, SB_CLASSES["alloc"])
        b.add("Randomization complete: subject=", (s.sid, "other_id"), " randNo=", (s.rand, "other_id"),
              " stratum=[ECOG=0-1, REGION=%s] treatment=BLINDED kit=" % ("NA" if s.cc == "US" else "ROW"),
              (s.kits[0], "other_id"), " lot=%s randDate=" % s.lot, (f_iso(s.rand_date), "date"))
    elif opt == 1:
        v, d = pick_visit(s)
        ks = s.kits[:2]
        sb_prefix(b, "INFO", thr, SB_CLASSES["disp"])
        b.add("Dispensation visit=%s subject=" % v, (s.sid, "other_id"), " kits=[", (ks[0], "other_id"), ", ",
              (ks[1], "other_id"), "] dispensedOn=", (f_iso(d), "date"), " by=%s" % SITES[s.site]["crc_user"])
    elif opt == 2:
        k_old, k_new = s.kits[-1], new_kit()
        s.kits.append(k_new)
        sb_prefix(b, "WARN", thr, SB_CLASSES["disp"])
        b.add("Kit ", (k_old, "other_id"), " marked DAMAGED by %s; replacement kit " % SITES[s.site]["crc_user"],
              (k_new, "other_id"), " assigned to subject ", (s.sid, "other_id"), " (lot %s)" % s.lot)
    elif opt == 3:
        sb_prefix(b, "INFO", thr, SB_CLASSES["dtp"])
        b.add("DtP shipment DTP-2024-%04d booked subject=" % R.randint(100, 999), (s.sid, "other_id"),
              " consignee='", (s.full, "name"), "' address='", (s.street, "address"), ", ", (s.city, "address"))
        if s.state:
            b.t(", " + s.state)
        b.add(" ", (s.zip, "zip"), "' phone='", (s.phone, "phone"),
              "' courier=Marken awb=%s sla=48h temp=2-8C" % rdig(12))
    elif opt == 4:
        sb_prefix(b, "WARN", thr, SB_CLASSES["unbl"])
        b.add("Emergency unblinding requested by %s (site %s) for subject " % (SITES[s.site]["pi"], s.site),
              (s.sid, "other_id"), " reason=SAE case ", (s.case_no, "other_id"),
              "; notification sent to medmon.zx302@%s" % CRO_DOMAIN)
    elif opt == 5:
        nv, nd = s.next_visit
        sb_prefix(b, "INFO", "scheduling-2", SB_CLASSES["visit"])
        b.add("Next visit for ", (s.sid, "other_id"), ": %s window " % nv, (f_iso(nd - dt.timedelta(days=2)), "date"),
              "..", (f_iso(nd + dt.timedelta(days=2)), "date"), " target=", (f_iso(nd), "date"))
    else:
        sb_prefix(b, "INFO", thr, SB_CLASSES["alloc"])
        b.add("Screening registered: screeningNo=", (s.scr, "other_id"), " site=%s sex=%s dob=" % (s.site, s.sex),
              (f_iso(s.dob), "date"), " icfVersion=4.0 icfSigned=", (f_iso(s.consent), "date"))
    return [b]


def g_rtsm_age(phi):
    """Registration age-criterion failures for the oldest subjects."""
    if not phi:
        return None
    old = [s for s in SUBJECTS if s.age > 89]
    s = R.choice(old)
    tick()
    b = B("rtsm-springboot")
    sb_prefix(b, "ERROR", "nio-8443-exec-%d" % R.randint(1, 12), SB_CLASSES["alloc"])
    b.add("Eligibility override requested: screening no ", (s.scr, "other_id"), " dob=", (f_iso(s.dob), "date"),
          " age=", (str(s.age), "age"), " exceeds 85 (protocol v5.0 incl. #2); routed to medical monitor ", MEDMON)
    return [b]


# ---------------- temp logger csv ----------------
def g_temp_csv(phi):
    if phi:
        return None
    tick()
    b = B("temp-logger-csv")
    if R.random() < 0.15:
        b.t("logger_serial,shipment,reading_utc,temp,unit,status,battery_pct")
        return [b]
    t = T() - dt.timedelta(hours=R.randint(2, 30))
    temp = R.choice([R.uniform(2.5, 7.9), R.uniform(8.1, 10.5)])
    b.t("TT4-%08d,%s,%s,%.1f,C,%s,%d" % (R.randint(10000000, 99999999), shipment_no(),
                                         t.strftime("%Y-%m-%dT%H:%M:00Z"), temp,
                                         "OK" if temp < 8 else "ALARM_HIGH", R.randint(40, 99)))
    return [b]


# ---------------- Android logcat ----------------
ANDROID_PID = {}


def g_logcat(phi):
    tick()
    b = B("android-logcat")
    s = subj() if phi else R.choice(SUBJECTS)
    tz = SITES[s.site]["tz"]
    pid = ANDROID_PID.setdefault(s.sid, R.randint(3000, 31000))
    tid = pid + R.randint(0, 120)
    pre = "%s %5d %5d " % (ts_logcat(T(), tz), pid, tid)
    if not phi:
        opt = R.randint(0, 8)
        msgs = [
            ("I", "okhttp.OkHttpClient", "--> POST https://epro-api.eu.%s/v3/sync (%d-byte body)" % (CRO_DOMAIN, R.randint(300, 4000))),
            ("I", "okhttp.OkHttpClient", "<-- 200 https://epro-api.eu.%s/v3/sync (%dms, %d-byte body)" % (CRO_DOMAIN, R.randint(80, 900), R.randint(40, 900))),
            ("D", "WM-WorkerWrapper", "Worker result SUCCESS for Work [ id=%s, tags={ com.examplecro.epro.sync.SyncWorker } ]" % ruuid()),
            ("I", "Choreographer", "Skipped %d frames!  The application may be doing too much work on its main thread." % R.randint(31, 90)),
            ("D", "DiaryDatabase", "Migration 14->15 completed in %d ms" % R.randint(40, 400)),
            ("E", "FirebaseMessaging", "Topic sync or token retrieval failed on hard failure exceptions: SERVICE_NOT_AVAILABLE. Won't retry the operation."),
            ("D", "ReminderScheduler", "Alarm set for 20:00 local (EVENING_DIARY) exact=true"),
            ("W", "DiaryRepository", "Questionnaire EORTC-QLQ-C30 v3.0 translation %s loaded from cache (crf 7.0)" % SITES[s.site]["lang"]),
            ("I", "BleSpirometer", "Scan started, filter=[service 0000fff0-0000-1000-8000-00805f9b34fb]"),
        ]
        lv, tag, msg = msgs[opt]
        b.t(pre + "%s %s: %s" % (lv, tag, msg))
        return [b]
    opt = fopt(R.randint(0, 6))
    if opt == 0:
        b.add(pre, "I AuthManager: login ok user=", (s.username, "other_id"), " subjectId=", (s.sid, "other_id"),
              " site=%s tokenTtl=3600" % s.site)
    elif opt == 1:
        b.add(pre, "I DeviceProvisioning: registered device imei=", (s.imei, "device"), " serial=",
              (s.dev_serial, "device"), " for subject ", (s.sid, "other_id"), " model=SM-A536B sdk=33")
    elif opt == 2:
        b.add(pre, "D BleSpirometer: connected ", (s.ble_mac, "device"), " name=SpirobankSmart sn=",
              (s.spiro_sn, "device"), " fw=1.4.7 rssi=-%d" % R.randint(48, 80))
    elif opt == 3:
        b.add(pre, "W SyncWorker: upload failed for entry %d (subject " % R.randint(1000, 9999), (s.sid, "other_id"),
              "): HTTP 503, retry in %ds" % R.choice([30, 60, 120]))
    elif opt == 4 and s.caregiver:
        cg = s.caregiver
        b.add(pre, "I CaregiverContact: updated name=", (cg[0], "name"), " relation=%s phone=" % cg[1],
              (cg[2], "phone"))
    elif opt == 5:
        b.add(pre, "D ProfileViewModel: ProfileState(displayName=", (s.full, "name"), ", email=", (s.email, "email"),
              ", locale=%s, reminderHour=20)" % SITES[s.site]["lang"])
    elif opt == 6 and (R.random() < 0.5 or FORCE.get("opt") == 6):
        b.add(pre, 'D ProfileApi: PUT /v3/profile body={"displayName":"', (s.full, "name"), '","avatar":"',
              ("data:image/png;base64," + fake_png_b64(R.randint(150, 360)), "photo"), '"}')
    else:
        b.add(pre, "I ActigraphSync: paired GT9X serial=", (s.actigraph, "device"), " epochs=%d battery=%d%%"
              % (R.randint(400, 1440), R.randint(20, 100)))
    return [b]


# ---------------- iOS os_log (log show) ----------------
def g_oslog(phi):
    tick()
    b = B("ios-oslog")
    s = subj() if phi else R.choice(SUBJECTS)
    tz = SITES[s.site]["tz"]
    pid = R.randint(300, 4000)
    typ = R.choice(["Default", "Default", "Info", "Info", "Debug", "Error"])
    pre = "%s 0x%x    %-11s 0x%-18x %-6d 0    ePRODiary: (DiaryCore) " % (ts_oslog(T(), tz), R.randint(0x10000, 0x3fffff),
                                                                        typ, R.choice([0, R.randint(0x1000, 0xfffff)]), pid)
    if not phi:
        msgs = [
            "[com.examplecro.epro:auth] Signed in user <private> (subject <private>)",
            "[com.examplecro.epro:sync] BGTaskScheduler submitted com.examplecro.epro.refresh earliest=900s",
            "[com.examplecro.epro:net] Task <%s>.<1> finished with status 200 duration %.3fs" % (ruuid().upper(), R.uniform(0.05, 1.5)),
            "[com.examplecro.epro:diary] Questionnaire PRO-CTCAE v1.0 (%s) rendered 14 items" % SITES[s.site]["lang"],
            "[com.examplecro.epro:push] APNs registration succeeded, environment=production",
            "[com.examplecro.epro:sync] Uploaded %d entries, server ack batch %s" % (R.randint(1, 6), rhex(12)),
        ]
        b.t(pre + R.choice(msgs))
        return [b]
    opt = R.randint(0, 4)
    if opt == 0:
        b.add(pre, "[com.examplecro.epro:auth] Signed in user ", (s.email, "email"), " (subject ", (s.sid, "other_id"), ")")
    elif opt == 1:
        b.add(pre, "[com.examplecro.epro:profile] Loaded profile name=", (s.full, "name"), " dob=", (f_iso(s.dob), "date"))
    elif opt == 2:
        b.add(pre, "[com.examplecro.epro:sync] Uploaded %d entries for subject " % R.randint(1, 5), (s.sid, "other_id"))
    elif opt == 3:
        b.add(pre, "[com.examplecro.epro:net] Reachability changed, public address ", (s.ip, "ip"),
              " via wifi (gateway 192.168.%d.1)" % R.randint(0, 10))
    else:
        nv, nd = s.next_visit
        b.add(pre, "[com.examplecro.epro:reminder] Scheduled visit reminder %s on " % nv, (f_iso(nd), "date"),
              " for ", (s.username, "other_id"))
    return [b]


# ---------------- Firebase / GA4 BigQuery export ----------------
def g_firebase(phi):
    tick()
    b = B("firebase-bq-json")
    s = subj() if phi else R.choice(SUBJECTS)
    plat = R.choice(["ANDROID", "IOS"])
    ev = R.choice(["diary_submitted", "questionnaire_started", "reminder_opened", "spirometry_completed"]) if phi else R.choice(
        ["first_open", "screen_view", "app_update", "session_start"])
    params = [{"key": "ga_session_id", "value": {"int_value": epoch_ms(T()) // 1000 - R.randint(0, 900)}},
              {"key": "engagement_time_msec", "value": {"int_value": R.randint(200, 90000)}}]
    if ev == "screen_view":
        params.append({"key": "firebase_screen", "value": {"string_value": R.choice(["LoginScreen", "ConsentIntro", "LanguagePicker"])}})
    if ev == "diary_submitted":
        params.append({"key": "diary_day", "value": {"int_value": R.randint(1, 21)}})
    o = {"event_date": T().strftime("%Y%m%d"), "event_timestamp": str(epoch_us(T())), "event_name": ev,
         "event_params": params}
    if phi:
        o["user_id"] = P(s.sid, "other_id")
        o["user_properties"] = [{"key": "site_number", "value": {"string_value": s.site}},
                                {"key": "crf_version", "value": {"string_value": "7.0"}}]
        if R.random() < 0.3:
            o["user_properties"].append({"key": "login_name", "value": {"string_value": P(s.username, "other_id")}})
    else:
        o["user_id"] = None
        o["user_properties"] = []
    o["device"] = {"category": "mobile", "operating_system": "Android" if plat == "ANDROID" else "iOS",
                   "operating_system_version": R.choice(["13", "14"]) if plat == "ANDROID" else "17.3.1",
                   "mobile_model_name": R.choice(["SM-A536B", "Pixel 7a"]) if plat == "ANDROID" else "iPhone14,5",
                   "language": SITES[s.site]["lang"].replace("_", "-").lower()}
    o["geo"] = {"continent": {"US": "Americas", "BR": "Americas", "KR": "Asia"}.get(s.cc, "Europe"),
                "country": {"US": "United States", "PL": "Poland", "ES": "Spain", "BR": "Brazil", "KR": "South Korea"}[s.cc]}
    o["app_info"] = {"id": "com.examplecro.epro", "version": R.choice(["3.8.2", "3.8.1"])}
    o["platform"] = plat
    return [jdump(b, o)]


# ---------------- eConsent (logfmt) ----------------
def lf(v):
    """logfmt quoting"""
    if v == "" or any(c in v for c in ' ="'):
        return '"' + v.replace('\\', '\\\\').replace('"', '\\"') + '"'
    return v


def lfp(b, key, v, cat=None):
    b.t(" " + key + "=")
    q = v == "" or any(c in v for c in ' ="')
    if q:
        b.t('"')
        b.p(v.replace('\\', '\\\\').replace('"', '\\"'), cat)
        b.t('"')
    else:
        b.p(v, cat)


def g_econsent(phi):
    tick()
    b = B("econsent-logfmt")
    b.t("ts=%s level=%s svc=econsent-api req_id=%s" % (ts_iso_ms(T()), "info", rhex(16)))
    if not phi:
        opt = R.randint(0, 3)
        site = R.choice(SITE_IDS)
        if opt == 0:
            b.t(' msg="document published" study=%s doc_id=ICF-MAIN-%s-v4.0 irb_approval=2023-11-20 pages=%d languages=%s'
                % (PROTO, SITES[site]["cc"], R.randint(14, 24), SITES[site]["lang"]))
        elif opt == 1:
            b.t(' msg="investigator countersign" site=%s signer=%s signer_name=%s role=PI doc_version=4.0'
                % (site, SITES[site]["pi_user"], lf(SITES[site]["pi"])))
        elif opt == 2:
            b.t(' msg="session started" client_ip=10.%d.%d.%d kiosk=tablet-%s-%02d user_agent=%s'
                % (R.randint(0, 60), R.randint(0, 255), R.randint(2, 254), site, R.randint(1, 6),
                   lf("Mozilla/5.0 (iPad; CPU OS 17_3 like Mac OS X) AppleWebKit/605.1.15")))
        else:
            b.t(' msg="reminder batch" pending_reconsent=%d amendment=3 due=2024-04-15 notify=%s'
                % (R.randint(2, 30), R.choice(STAFF_EMAILS)))
        return [b]
    s = subj()
    opt = fopt(R.choice([0, 0, 2, 4, 5, 6] + ([1, 1] if s.caregiver else []) + ([3, 3] if s.cc == "US" else [])))
    if opt == 0:
        b.t(' msg="signature captured" study=%s site=%s' % (PROTO, s.site))
        lfp(b, "subject", s.sid, "other_id")
        b.t(" doc=" + lf("ICF Main v4.0 %s 20-Nov-2023" % s.cc))
        lfp(b, "signer_name", s.full, "name")
        b.t(" signer_role=participant")
        lfp(b, "consent_date", f_iso(s.consent), "date")
        lfp(b, "client_ip", s.ip, "ip")
        b.t(" method=DRAW")
    elif opt == 1 and s.caregiver:
        cg = s.caregiver
        b.t(' msg="LAR signature captured" site=%s' % s.site)
        lfp(b, "subject", s.sid, "other_id")
        lfp(b, "lar_name", cg[0], "name")
        b.t(" relationship=" + cg[1])
        lfp(b, "lar_phone", cg[2], "phone")
        b.t(" witness_role=site_staff witness=%s" % SITES[s.site]["crc_user"])
    elif opt == 2:
        b.t(' msg="invite sent" channel=email template=ICF_INVITE_%s' % s.cc)
        lfp(b, "to", s.email, "email")
        link = "https://econsent.%s/i/%s/%s?lang=%s" % (CRO_DOMAIN, PROTO.lower(), ascii_fold(s.full).lower().replace(" ", "-").replace("'", ""), SITES[s.site]["lang"])
        lfp(b, "link", link, "url")
    elif opt == 3 and s.cc == "US":
        b.t(' msg="identity verification" provider=Onfido doc_type=driving_licence')
        lfp(b, "doc_number", s.dl, "license")
        b.t(" issuing_state=%s face_match=0.%03d result=clear" % (s.state, R.randint(900, 999)))
        lfp(b, "subject", s.sid, "other_id")
    elif opt == 4:
        b.t(' msg="selfie stored" ')
        b.t("subject=")
        b.p(s.sid, "other_id")
        b.t(" mime=image/jpeg")
        lfp(b, "selfie_b64", fake_jpeg_b64(R.randint(180, 420)), "photo")
    elif opt == 5:
        b.t(' msg="face template enrolled" provider=Onfido algo=FR-v7')
        lfp(b, "subject", s.sid, "other_id")
        lfp(b, "template", base64.b64encode(bytes(R.randrange(256) for _ in range(R.choice([128, 192, 256])))).decode(), "biometric")
    else:
        b.t(' msg="identity document captured"')
        lfp(b, "subject", s.sid, "other_id")
        if s.cc == "US":
            b.t(" doc_type=ssn_card")
            lfp(b, "doc_number", s.ssn, "ssn")
        else:
            b.t(" doc_type=national_id doc_kind=%s" % s.natid_kind)
            lfp(b, "doc_number", s.natid, "other_id")
        lfp(b, "dob", f_iso(s.dob), "date")
    return [b]


# ---------------- safety: CIOMS text block ----------------
def g_cioms(phi):
    if not phi:
        return None
    s = fpick([x for x in SUBJECTS if x.last in ("Wiśniewska", "Whitfield", "Kim", "Gonçalves", "Peña Soler", "Tran", "Grabowska")])
    tick()
    lines = []
    country = {"US": "UNITED STATES", "PL": "POLAND", "ES": "SPAIN", "BR": "BRAZIL", "KR": "KOREA, REPUBLIC OF"}[s.cc]
    b = B("cioms-text")
    b.t("----- CIOMS FORM  page 1/3  %s  rev %d  printed %s -----" % (SPONSOR, R.randint(1, 3), T().strftime("%d-%b-%Y %H:%M").upper()))
    lines.append(b)
    b = B("cioms-text")
    ini = s.initials
    b.add("1. PATIENT INITIALS (first, last): ", (ini[0] + " " + ini[1], "name"), "   1a. COUNTRY: %s   2. DATE OF BIRTH: " % country,
          (f_dmy_upper(s.dob), "date"), "   2a. AGE: ")
    if s.age > 89:
        b.add((str(s.age), "age"), " Years")
    else:
        b.t("%d Years" % s.age)
    b.t("   3. SEX: %s   4-6. REACTION ONSET: " % ("F" if s.female else "M"))
    b.p(f_dmy_upper(s.ae_onset), "date")
    lines.append(b)
    b = B("cioms-text")
    b.t("8-12. CHECK ALL APPROPRIATE TO ADVERSE REACTION: [ ] PATIENT DIED  [X] INVOLVED OR PROLONGED INPATIENT HOSPITALISATION  [ ] LIFE THREATENING")
    lines.append(b)
    b = B("cioms-text")
    ev = R.choice(["Febrile neutropenia", "Pneumonitis", "Atrial fibrillation", "Acute kidney injury", "Syncope"])
    b.add("7+13. DESCRIBE REACTION(S): %s. Subject " % ev, (s.sid, "other_id"), " was admitted to hospital on ",
          (f_dmy_dash(s.admit), "date"), " and discharged on ", (f_dmy_dash(s.discharge), "date"),
          ". Study drug interrupted; investigator (%s) assessed as related." % SITES[s.site]["pi"])
    lines.append(b)
    b = B("cioms-text")
    b.t("14. SUSPECT DRUG(S): %s 200 mg film-coated tablets (blinded)  LOT %s  EXP 30-SEP-2025   15. DAILY DOSE: 200 mg QD"
        % (DRUG, s.lot))
    lines.append(b)
    b = B("cioms-text")
    b.t("24a. NAME AND ADDRESS OF MANUFACTURER: %s, %s   24c. DATE RECEIVED BY MANUFACTURER: %s"
        % (SPONSOR, SPONSOR_ADDR, f_dmy_upper(s.admit + dt.timedelta(days=1))))
    lines.append(b)
    b = B("cioms-text")
    b.add("24b. MFR CONTROL NO.: ", (s.case_no, "other_id"), "   24d. REPORT SOURCE: [X] STUDY  EudraCT %s   25a. REPORT TYPE: FOLLOWUP" % EUDRACT)
    lines.append(b)
    return lines


# ---------------- safety: MedWatch 3500A text (US subjects) ----------------
def g_medwatch(phi):
    if not phi:
        return None
    s = fpick([x for x in SUBJECTS if x.cc == "US"])
    tick()
    lines = []
    b = B("medwatch-text")
    b.add("MedWatch 3500A | Mfr Report # ", (s.mfr_no, "other_id"), " | %s | %s | UF/Importer Report # N/A" % (IND, NCT))
    lines.append(b)
    b = B("medwatch-text")
    b.add("A1. Patient Identifier: ", (s.sid, "other_id"), " | A2. Age: ")
    if s.age > 89:
        b.add((str(s.age), "age"), " Years")
    else:
        b.t("%d Years" % s.age)
    b.add(" DOB: ", (f_us(s.dob), "date"), " | A3. Sex: %s | A4. Weight: %d kg" % ("Female" if s.female else "Male", R.randint(52, 110)))
    lines.append(b)
    b = B("medwatch-text")
    b.add("B3. Date of Event: ", (f_us(s.ae_onset), "date"), " | B4. Date of this Report: %s | B2. Outcome: Hospitalization - initial or prolonged"
          % f_us(REF))
    lines.append(b)
    b = B("medwatch-text")
    b.add("B5. Describe Event: Patient presented to ED with dizziness and was hospitalized ", (f_us(s.admit), "date"),
          "; discharged ", (f_us(s.discharge), "date"), " in stable condition. Reporter: %s, phone %s" % (SITES[s.site]["pi"], SITES[s.site]["phone"]))
    lines.append(b)
    b = B("medwatch-text")
    b.t("G1. Contact Office: %s | Phone 617-555-0199 | G4. Date Received by Manufacturer: %s" % (SPONSOR_US, f_us(REF - dt.timedelta(days=2))))
    lines.append(b)
    return lines


# ---------------- safety: E2B(R3) fragments ----------------
def g_e2b(phi):
    tick()
    b = B("e2b-r3-xml")
    pre = "%s DEBUG [e2b-gateway-%d] c.z.safety.e2b.IcsrWriter - fragment: " % (ts_space_ms(T(), ","), R.randint(1, 4))
    if not phi:
        opt = R.randint(0, 3)
        if opt == 0:
            b.t(pre + '<MCCI_IN200100UV01 ITSVersion="XML_1.0" xmlns="urn:hl7-org:v3"><id extension="ZX-B-%s-%03d" root="2.16.840.1.113883.3.989.2.1.3.22"/><creationTime value="%s"/>'
                % (T().strftime("%Y%m%d"), R.randint(1, 40), T().strftime("%Y%m%d%H%M%S")))
        elif opt == 1:
            pg, pf = PI_PARTS[R.choice(SITE_IDS)]
            b.t(pre + '<assignedPerson classCode="PSN" determinerCode="INSTANCE"><name><prefix>Dr.</prefix><given>%s</given><family>%s</family></name></assignedPerson>'
                % (pg, pf))
        elif opt == 2:
            b.t(pre + '<receiver typeCode="RCV"><device classCode="DEV" determinerCode="INSTANCE"><id extension="EVHUMAN" root="2.16.840.1.113883.3.989.2.1.3.12"/></device></receiver>')
        else:
            b.t("%s INFO  [e2b-gateway-1] c.z.safety.e2b.AckProcessor - ACK AA received for batch ZX-B-%s-%03d from EVHUMAN (ICSR count=%d)"
                % (ts_space_ms(T(), ","), T().strftime("%Y%m%d"), R.randint(1, 40), R.randint(1, 9)))
        return [b]
    s = R.choice([x for x in SUBJECTS if x.last in ("Wiśniewska", "Whitfield", "Kim", "Gonçalves", "Peña Soler", "Tran", "Grabowska", "Callahan")])
    opt = R.randint(0, 3)
    if opt == 0:
        b.add(pre, '<primaryRole classCode="INVSBJ"><player1 classCode="PSN" determinerCode="INSTANCE"><name>', (s.initials, "name"),
              '</name><administrativeGenderCode code="%d" codeSystem="1.0.5218"/><birthTime value="' % (2 if s.female else 1),
              (f_compact(s.dob), "date"), '"/><asIdentifiedEntity classCode="IDENT"><id extension="', (s.mrn, "mrn"),
              '" root="2.16.840.1.113883.3.989.2.1.3.9"/></asIdentifiedEntity><asIdentifiedEntity classCode="IDENT"><id extension="',
              (s.sid, "other_id"), '" root="2.16.840.1.113883.3.989.2.1.3.10"/></asIdentifiedEntity></player1>')
    elif opt == 1:
        b.add(pre, '<observation moodCode="EVN" classCode="OBS"><code code="3" codeSystem="2.16.840.1.113883.3.989.2.1.1.19" displayName="age"/><value xsi:type="PQ" value="')
        if s.age > 89:
            b.p(str(s.age), "age")
        else:
            b.t(str(s.age))
        b.add('" unit="a"/></observation><!-- case ', (s.case_no, "other_id"), ' -->')
    elif opt == 2:
        b.add(pre, '<observation moodCode="EVN" classCode="OBS"><id root="%s"/><code code="29" codeSystem="2.16.840.1.113883.3.989.2.1.1.19" displayName="reaction"/><effectiveTime xsi:type="IVL_TS"><low value="' % ruuid(),
              (f_compact(s.ae_onset), "date"), '"/></effectiveTime><value xsi:type="CE" code="10016288" codeSystem="2.16.840.1.113883.6.163" codeSystemVersion="26.1"/></observation>')
    else:
        b.add(pre, '<outboundRelationship2 typeCode="PERT"><observation classCode="OBS" moodCode="EVN"><code code="33" displayName="hospitalisation"/><effectiveTime xsi:type="IVL_TS"><low value="',
              (f_compact(s.admit), "date"), '"/><high value="', (f_compact(s.discharge), "date"),
              '"/></effectiveTime></observation></outboundRelationship2>')
    return [b]


# ---------------- stipends & payments (pino JSON) ----------------
def pino(msg, extra, level=30):
    o = {"level": level, "time": epoch_ms(T()), "pid": 18, "hostname": "stipend-worker-7d9c8b6f4-%s" % R.choice(["x2kqp", "m8zrt", "qq41n"]),
         "reqId": "req-" + rhex(6)}
    o.update(extra)
    o["msg"] = msg
    return o


def g_payments(phi):
    tick()
    b = B("payments-pino-json")
    if not phi:
        opt = R.randint(0, 3)
        site = R.choice(SITE_IDS)
        if opt == 0:
            bb = {"PL": lambda: iban("PL", "1090" + rdig(20)), "ES": lambda: iban("ES", es_bban()),
                  "US": None, "BR": None, "KR": None}
            cc = SITES[site]["cc"]
            o = {"site": site, "invoice": "INV-%s-2024-%02d" % (site, R.randint(1, 3)), "amount": round(R.uniform(3000, 30000), 2),
                 "currency": {"US": "USD", "PL": "PLN", "ES": "EUR", "BR": "BRL", "KR": "KRW"}[cc],
                 "beneficiary": SITES[site]["name"]}
            if bb[cc]:
                o["iban"] = iban_grouped(bb[cc]())
            else:
                o["achRouting"] = "0" + rdig(8)
                o["remitTo"] = SITES[site]["addr"]
            return [jdump(b, pino("site invoice paid", o))]
        if opt == 1:
            return [jdump(b, pino("card load posted", {"program": "%s-US" % PROTO, "cardLast4": rdig(4),
                                                       "amount": R.choice([50, 75, 100, 150]), "currency": "USD", "visit": "C%dD1" % R.randint(1, 6),
                                                       "processor": "Greenphire ClinCard", "batch": "B%s" % T().strftime("%Y%m%d%H")}))]
        if opt == 2:
            return [jdump(b, pino("1099 threshold job finished", {"program": PROTO + "-US", "subjectsOverThreshold": R.randint(0, 6),
                                                                   "threshold": 600, "taxYear": 2024, "durationMs": R.randint(300, 9000)}))]
        return [jdump(b, pino("FX rates refreshed", {"base": "USD", "rates": {"EUR": 0.9143, "PLN": 3.9321, "BRL": 4.9712, "KRW": 1321.4}, "source": "ECB"}))]
    s = subj()
    opts = ["card", "stipend"]
    if s.cc == "US":
        opts += ["tin", "vin", "mail", "tin"]
    elif s.cc in ("PL", "ES"):
        opts += ["iban", "iban"]
    elif s.cc == "BR":
        opts += ["pix", "pix"]
    else:
        opts += ["krbank", "krbank"]
    opt = fopt(R.choice(opts))
    if opt == "card":
        o = {"subjectNumber": P(s.sid, "other_id"), "program": "%s-%s" % (PROTO, s.cc), "cardNumber": P(s.card, "account"),
             "amount": R.choice([50, 75, 100]), "visit": pick_visit(s)[0], "status": "POSTED"}
        msg = "card load posted"
    elif opt == "tin":
        o = {"subjectNumber": P(s.sid, "other_id"), "tin": P(s.ssn, "ssn"), "tinType": "SSN", "ytdPaid": round(R.uniform(600, 1400), 2), "threshold": 600}
        msg = "W-9 TIN captured"
    elif opt == "iban":
        o = {"claim": "CLM-2024-%05d" % R.randint(100, 999), "category": R.choice(["TRAVEL", "MEALS", "PARKING"]),
             "payee": P(s.full, "name"), "iban": P(R.choice([iban_grouped(s.iban), s.iban]), "account"), "amount": round(R.uniform(12, 140), 2), "currency": "EUR" if s.cc == "ES" else "PLN"}
        msg = "reimbursement approved"
    elif opt == "pix":
        o = {"subjectNumber": P(s.sid, "other_id"), "pixKeyType": "CPF", "pixKey": P(s.natid, "other_id"),
             "bank": s.bank[0], "agencia": s.bank[1], "conta": P(s.bank[2], "account"), "amount": round(R.uniform(40, 250), 2), "currency": "BRL"}
        msg = "pix transfer submitted"
    elif opt == "vin":
        o = {"subjectNumber": P(s.sid, "other_id"), "vehicleVin": P(s.vin, "vehicle"), "miles": round(R.uniform(8, 90), 1), "rate": 0.67,
             "claim": "MLG-%05d" % R.randint(1000, 9999)}
        msg = "mileage claim accepted"
    elif opt == "krbank":
        o = {"subjectNumber": P(s.sid, "other_id"), "payeeName": P(s.hangul, "name"), "bankCode": s.bank[0],
             "bankAccount": P(s.bank[1], "account"), "amount": 50000, "currency": "KRW"}
        msg = "domestic transfer queued"
    elif opt == "mail":
        o = {"subjectNumber": P(s.sid, "other_id"), "cardholder": P(s.full, "name"),
             "mailingAddress": {"line1": P(s.street, "address"), "city": P(s.city, "address"), "state": s.state, "zip": P(s.zip, "zip")},
             "cardProgram": "ClinCard", "shipMethod": "USPS First-Class"}
        msg = "replacement card ordered"
    else:
        v, d = pick_visit(s)
        o = {"subjectNumber": P(s.sid, "other_id"), "visit": v, "amount": R.choice([50, 75, 100]),
             "visitDate": P(f_iso(d), "date"), "status": "APPROVED", "approver": SITES[s.site]["crc_user"]}
        msg = "visit stipend approved"
    return [jdump(b, pino(msg, o))]


# ---------------- central lab pipe file ----------------
LAB_TESTS = [("HGB", "Hemoglobin", "g/dL", 12.0, 16.0), ("WBC", "Leukocytes", "10^9/L", 4.0, 10.0),
             ("NEUT", "Neutrophils", "10^9/L", 1.8, 7.5), ("ALT", "Alanine Aminotransferase", "U/L", 7, 40),
             ("CREAT", "Creatinine", "umol/L", 53, 97), ("PLT", "Platelets", "10^9/L", 150, 400)]


def accession(s, v):
    key = (s.sid, v)
    if key not in s.accessions:
        s.accessions[key] = "%s%s" % (R.choice(["EU", "US", "AP"]), rdig(9))
    return s.accessions[key]


def g_lab_pipe(phi):
    tick()
    b = B("lab-pipe")
    if not phi:
        opt = R.randint(0, 3)
        if opt == 0:
            b.t("H|%s|EUROCENTRAL LAB|TRANSFER|%s|0600|v2.3|%s" % (PROTO, T().strftime("%Y%m%d"), "%s_EUROLAB_%s_0600.txt" % (PROTO_ALT, T().strftime("%Y%m%d"))))
        elif opt == 1:
            b.t("T|%d|MD5=%s" % (R.randint(800, 2400), rhex(32)))
        elif opt == 2:
            t = LAB_TESTS[R.randrange(len(LAB_TESTS))]
            b.t("R|%s|%s|%s|18|120|%s|%s|%s|eff=2024-01-01" % (t[0], R.choice("MF"), t[1], t[3], t[4], t[2]))
        else:
            b.t("%s - lab_loader - INFO - %s_EUROLAB_%s_0600.txt: %d rows parsed, %d rejected (unknown visit code), %d queries raised"
                % (ts_space_ms(T(), ","), PROTO_ALT, T().strftime("%Y%m%d"), R.randint(800, 2400), R.randint(0, 5), R.randint(0, 3)))
        return [b]
    s = subj()
    v, d = pick_visit(s)
    t = LAB_TESTS[R.randrange(len(LAB_TESTS))]
    val = round(R.uniform(t[3] * 0.7, t[4] * 1.2), 1)
    flag = "L" if val < t[3] else ("H" if val > t[4] else "N")
    b.add("D|%s|%s|" % (PROTO, s.site), (s.sid, "other_id"), "|", (s.scr, "other_id"), "|%s|" % v,
          (accession(s, v), "other_id"), "|", (f_iso(d), "date"), "|%02d:%02d|%s|" % (R.randint(7, 11), R.randint(0, 59), s.sex),
          (f_iso(s.dob), "date"), "|%s|%s|%s|%s|%s|%s|%s|" % (t[0], t[1], val, t[2], t[3], t[4], flag))
    return [b]


def g_lab_fixed(phi):
    tick()
    b = B("lab-fixed-width")
    if not phi:
        if R.random() < 0.5:
            b.t("%-12s%-5s%-10s%-13s%-6s%-9s%-5s%-8s%-10s%-9s%-3s%s" % ("PROTOCOL", "SITE", "SUBJECT", "SCREENNO", "VISIT", "COLLDT",
                                                                      "TIME", "TESTCD", "RESULT", "UNIT", "FL", "BIRTHDT"))
        else:
            b.t("%-12s%-5s%-10s%-13s%-6s%-9s%-5s%-8s%-10s%-9s%-3s" % (PROTO, "QC", "", "QC-L2291-2", "QC", T().strftime("%Y%m%d"),
                                                                    T().strftime("%H%M"), "HGB", "13.1", "g/dL", "N"))
        return [b]
    s = subj()
    v, d = pick_visit(s)
    t = LAB_TESTS[R.randrange(len(LAB_TESTS))]
    val = "%.1f" % R.uniform(t[3] * 0.8, t[4] * 1.1)
    b.add("%-12s%-5s" % (PROTO, s.site), (s.sid, "other_id"), " " * (10 - len(s.sid)), (s.scr, "other_id"), " " * (13 - len(s.scr)),
          "%-6s" % v, (f_compact(d), "date"), " ", "%02d%02d " % (R.randint(7, 11), R.randint(0, 59)),
          "%-8s%-10s%-9s%-3s" % (t[0], val, t[2], "N"), (f_compact(s.dob), "date"))
    return [b]


# ---------------- EHR bridge (HL7 v2 in Java log) ----------------
SITE_NPI = {k: make_npi() for k in SITE_IDS}


def g_hl7(phi):
    tick()
    s = subj() if phi else None
    site = s.site if s else R.choice(SITE_IDS)
    b = B("ehr-bridge-hl7")
    pre = "%s %-5s [ehr-bridge-%s] c.z.ctms.ehr.Hl7Listener - " % (ts_space_ms(T()), "WARN" if phi else "INFO", site)
    if not phi:
        opt = R.randint(0, 3)
        if opt == 0:
            b.t(pre + "MLLP connection from 10.%d.%d.%d:%d established (peer EPIC-%s)" % (R.randint(0, 60), R.randint(0, 255), R.randint(2, 250), R.randint(40000, 60000), site))
        elif opt == 1:
            b.t(pre + "ACK AA sent for MSG%08d (ADT^A08) in %d ms" % (R.randint(40000, 99999), R.randint(3, 90)))
        elif opt == 2:
            b.t(pre + "Heartbeat ok queue_depth=%d last_msg_age=%ds" % (R.randint(0, 12), R.randint(1, 300)))
        else:
            b.t(pre + "Message MSG%08d ignored: event ADT^A31 not subscribed for study %s" % (R.randint(40000, 99999), PROTO))
        return [b]
    fac = {"101": "BHCRC", "118": "BAYOU", "205": "MCBK", "310": "HURM", "412": "IPPC", "516": "HMRC"}[site]
    if R.random() < 0.35 and not FORCE.get("full"):
        b.add("%s INFO  [ehr-bridge-%s] c.z.ctms.ehr.SubjectMatcher - Matched MRN " % (ts_space_ms(T()), site), (s.mrn, "mrn"),
              " -> subject ", (s.sid, "other_id"), " (rule=MRN+DOB, dob=", (f_iso(s.dob), "date"), ", score=0.%02d)" % R.randint(90, 99))
        return [b]
    msh = "MSH|^~\\&|EPIC|%s|CTMS|ZXCRO|%s||ADT^A01|MSG%08d|P|2.5.1" % (fac, T().strftime("%Y%m%d%H%M%S"), R.randint(40000, 99999))
    last_u = ascii_fold(s.last).upper() if s.cc != "KR" else s.last.upper()
    first_u = ascii_fold(s.first).upper() if s.cc != "KR" else s.first.upper()
    b.add(pre, "Unmatched patient, message parked: ", msh, "\\rPID|1||", (s.mrn, "mrn"), "^^^%s^MR||" % fac,
          ("%s^%s" % (last_u, first_u), "name"), "||", (f_compact(s.dob), "date"), "|%s|||" % s.sex,
          (s.street, "address"), "^^", (s.city, "address"), "^%s^" % (s.state or SITES[site]["state"]), (s.zip, "zip"),
          "^%s||" % s.cc)
    b.add((s.phone, "phone"), "^PRN^PH")
    if R.random() < 0.5 or FORCE.get("full"):
        fx = s.phone[:-2] + "%02d" % R.randint(10, 99) if s.cc != "US" else "%s-555-01%02d" % (s.phone[:3], R.randint(10, 99))
        b.add("~", (fx, "fax"), "^PRN^FX")
    b.t("||||||")
    if s.ssn and R.random() < 0.6:
        b.p(s.ssn, "ssn")
    pg, pf = PI_PARTS[site]
    b.add("\\rPV1|1|I|ONC^4W^12^%s||||%s^%s^%s" % (fac, SITE_NPI[site], ascii_fold(pf).upper(), ascii_fold(pg).upper()),
          "|" * 37, (s.admit.strftime("%Y%m%d") + "%02d%02d" % (R.randint(0, 23), R.randint(0, 59)), "date"))
    return [b]


# ---------------- nginx access ----------------
def g_nginx(phi):
    tick()
    b = B("nginx-access")
    rt = "%.3f" % R.uniform(0.004, 0.9)
    if not phi:
        opt = R.randint(0, 3)
        if opt == 0:
            b.t('10.%d.%d.%d - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" %s upstream=10.42.%d.%d:8080'
                % (R.randint(0, 60), R.randint(0, 255), R.randint(2, 250), ts_clf(T()), rt, R.randint(0, 9), R.randint(2, 250)))
        elif opt == 1:
            b.t('172.%d.%d.%d - - [%s] "POST /internal/v1/lab-import/%s_EUROLAB_%s_0600 HTTP/1.1" 202 64 "-" "python-requests/2.31.0" %s upstream=10.42.%d.%d:8080'
                % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250), ts_clf(T()), PROTO_ALT, T().strftime("%Y%m%d"), rt, R.randint(0, 9), R.randint(2, 250)))
        elif opt == 2:
            b.t('192.168.%d.%d - - [%s] "GET /api/v2/sites/%s/inventory?lot=%s HTTP/1.1" 200 %d "https://rtsm.%s/ui/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)" %s'
                % (R.randint(0, 20), R.randint(2, 250), ts_clf(T()), R.choice(SITE_IDS), R.choice(LOTS), R.randint(300, 9000), CRO_DOMAIN, rt))
        else:
            b.t('10.%d.%d.%d - - [%s] "GET /metrics HTTP/1.1" 200 %d "-" "Prometheus/2.49.1" %s'
                % (R.randint(0, 60), R.randint(0, 255), R.randint(2, 250), ts_clf(T()), R.randint(9000, 40000), rt))
        return [b]
    s = subj()
    ua = R.choice(['ePRODiary/3.8.2 (Android 13; SM-A536B) okhttp/4.12.0', 'ePRODiary/3.8.2 CFNetwork/1490.0.4 Darwin/23.2.0'])
    opt = R.randint(0, 2)
    b.add((s.ip, "ip"), ' - - [%s] "' % ts_clf(T()))
    if opt == 0:
        b.add("POST /v3/subjects/", (s.sid, "other_id"), "/entries HTTP/1.1\" 201 %d" % R.randint(80, 600))
    elif opt == 1:
        b.t('POST /v3/auth/token HTTP/1.1" 200 %d' % R.randint(600, 1400))
    else:
        b.add("GET /v3/subjects/", (s.sid, "other_id"), "/schedule?window=30d HTTP/1.1\" 200 %d" % R.randint(200, 3000))
    b.t(' "-" "%s" %s upstream=10.42.%d.%d:8080' % (ua, rt, R.randint(0, 9), R.randint(2, 250)))
    return [b]


# ---------------- infra syslog ----------------
def g_syslog(phi):
    if phi:
        return None
    tick()
    b = B("syslog")
    opt = R.randint(0, 6)
    h = R.choice(["edc-batch-02", "rtsm-db-01", "epro-api-3", "lab-sftp-01", "safety-gw-02"])
    if opt == 0:
        b.t("%s edc-batch-02 CRON[%d]: (svc_etl) CMD (/opt/etl/bin/run_lab_import.sh --study %s --vendor EUROLAB >/dev/null 2>&1)"
            % (ts_syslog(T()), R.randint(2000, 40000), PROTO))
    elif opt == 1:
        b.t("%s rtsm-db-01 postgres[%d]: [%d-1] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=0.%03d s, total=%.3f s"
            % (ts_syslog(T()), R.randint(1000, 3000), R.randint(1, 9), R.randint(200, 4000), R.uniform(1, 20), R.randint(0, 5), R.uniform(20, 270), R.randint(1, 90), R.uniform(20, 271)))
    elif opt == 2:
        b.t("%s %s sshd[%d]: Accepted publickey for deploy from 10.20.%d.%d port %d ssh2: ED25519 SHA256:%s"
            % (ts_syslog(T()), h, R.randint(1000, 60000), R.randint(0, 9), R.randint(2, 250), R.randint(40000, 65000),
               base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode().rstrip("=")))
    elif opt == 3:
        b.t("%s lab-sftp-01 sftp-server[%d]: close \"/incoming/eurolab/%s_EUROLAB_%s_0600.txt\" bytes read 0 written %d"
            % (ts_syslog(T()), R.randint(1000, 60000), PROTO_ALT, T().strftime("%Y%m%d"), R.randint(100000, 900000)))
    elif opt == 4:
        b.t("%s %s systemd[1]: Started Lab transfer watcher (lab-watch@eurolab.service)." % (ts_syslog(T()), h))
    elif opt == 5:
        b.t("%s %s kernel: [%d.%06d] nfs: server nas-02.internal OK" % (ts_syslog(T()), h, R.randint(100000, 900000), R.randint(0, 999999)))
    else:
        b.t("%s safety-gw-02 java[%d]: GC(%d) Pause Young (Normal) (G1 Evacuation Pause) %dM->%dM(2048M) %.3fms"
            % (ts_syslog(T()), R.randint(1000, 9000), R.randint(100, 9000), R.randint(600, 1500), R.randint(200, 590), R.uniform(2, 40)))
    return [b]


# ---------------- SMS gateway ----------------
def g_sms(phi):
    tick()
    b = B("sms-gateway")
    pre = "%s sms-gw[7]: %s " % (ts_iso_ms(T()), "INFO")
    sender = {"US": "+1 617-555-0190", "PL": "+48 22 555 01 99", "ES": "+34 91 555 01 98", "BR": "+55 11 5555-0197", "KR": "+82 2-555-0196"}
    if not phi:
        cc = R.choice(["US", "PL", "ES", "BR", "KR"])
        if R.random() < 0.5:
            b.t(pre + "dlr sid=SM%s status=delivered to=%s err=0 price=0.0075" % (rhex(32), "+" + "*" * 8 + rdig(3)))
        else:
            b.t(pre + "template EPRO_EVENING_REMINDER_%s v12 synced from %s (from=%s)" % (cc, "cms.%s" % CRO_DOMAIN, sender[cc]))
        return [b]
    s = subj()
    opt = fopt(R.randint(0, 2))
    if opt == 0 and (R.random() < 0.4 or FORCE.get("url")):
        b.add(pre, "outbound sid=SM%s to=" % rhex(32), (s.phone, "phone"), ' body="Your diary is waiting: ',
              ("https://epro.%s/u/%s/diary" % (CRO_DOMAIN, s.username), "url"), '" status=queued')
    elif opt == 0:
        b.add(pre, "outbound sid=SM%s to=" % rhex(32), (s.phone, "phone"), " from=%s template=EPRO_EVENING_REMINDER_%s status=queued segments=1" % (sender[s.cc], s.cc))
    elif opt == 1:
        nv, nd = s.next_visit
        b.add(pre, "outbound sid=SM%s to=" % rhex(32), (s.phone, "phone"), ' body="Reminder: your study visit %s is on ' % nv,
              (f_iso(nd), "date"), ' at %s. Questions? %s" status=queued' % (SITES[s.site]["name"], SITES[s.site]["phone"]))
    else:
        cg = s.caregiver
        if cg:
            b.add(pre, "outbound sid=SM%s to=" % rhex(32), (cg[2], "phone"), " (caregiver of ", (s.sid, "other_id"),
                  ") template=MISSED_DIARY_CAREGIVER status=queued")
        else:
            b.add(pre, "inbound from=", (s.phone, "phone"), ' body="STOP" -> opt-out recorded for ', (s.sid, "other_id"))
    return [b]


# ---------------- billing bridge (Monolog) ----------------
def g_billing(phi):
    tick()
    b = B("billing-monolog")
    pre = "[%s] billing.%s: " % (T().strftime("%Y-%m-%dT%H:%M:%S.%f+00:00"), "INFO")
    if not phi:
        if R.random() < 0.5:
            b.t(pre + 'Coverage analysis loaded {"nct":"%s","version":"CA-v3.2","cpt_rows":%d,"site":"%s"} []' % (NCT, R.randint(200, 500), R.choice(["101", "118"])))
        else:
            b.t(pre + 'Claim batch submitted {"batch":"CB-%s-%02d","claims":%d,"clearinghouse":"Availity","billing_npi":"%s"} []'
                % (T().strftime("%Y%m%d"), R.randint(1, 9), R.randint(3, 40), make_npi()))
        return [b]
    s = R.choice([x for x in SUBJECTS if x.cc == "US"])
    v, d = pick_visit(s)
    b.t(pre + "Clinical trial claim line prepared ")
    o = {"nct": NCT, "subject": P(s.sid, "other_id")}
    if s.mbi:
        o["mbi"] = P(s.mbi, "health_plan")
        o["payer"] = "Medicare Part B"
    else:
        o["member_id"] = P(s.member, "health_plan")
        o["group_no"] = str(R.randint(10000, 99999))
        o["payer"] = R.choice(["BCBS TX", "Aetna", "UnitedHealthcare"])
    o["dos"] = P(f_iso(d), "date")
    o["hcpcs"] = R.choice(["96413", "85025", "80053", "71250"])
    o["modifiers"] = ["Q1"]
    o["dx"] = ["Z00.6", "C34.90"]
    o["rendering_npi"] = make_npi()
    jdump(b, o)
    b.t(" []")
    return [b]


# ---------------- parking / travel concierge (python logging) ----------------
def g_travel(phi):
    tick()
    b = B("travel-pylog")
    pre = "%s - travel_concierge - %s - " % (ts_space_ms(T(), ","), "INFO")
    if not phi:
        if R.random() < 0.5:
            b.t(pre + "Rideshare vendor webhook ok: ride_id=RD-%s status=completed fare=%.2f USD site=%s" % (rhex(10).upper(), R.uniform(12, 80), R.choice(["101", "118"])))
        else:
            b.t(pre + "Hotel block for site %s investigator meeting confirmed: %d rooms, check-in 2024-04-18" % (R.choice(SITE_IDS), R.randint(5, 30)))
        return [b]
    s = fpick([x for x in SUBJECTS if x.cc == "US"])
    opt = fopt(R.randint(0, 2))
    if opt == 0:
        b.add(pre, "Parking validation for ", (s.sid, "other_id"), " plate=", (s.plate, "vehicle"),
              " state=%s garage=%s-P2 validated_by=%s" % (s.state, s.site, SITES[s.site]["crc_user"]))
    elif opt == 1:
        nv, nd = s.next_visit
        b.add(pre, "Ride booked pickup='", (s.street, "address"), ", ", (s.city, "address"), "' for ",
              (s.full, "name"), " appt=", (f_iso(nd), "date"), " 08:30 dropoff='%s'" % SITES[s.site]["addr"])
    else:
        b.add(pre, "Mileage claim vehicle vin=", (s.vin, "vehicle"), " driver_license=", (s.dl, "license"),
              " subject=", (s.sid, "other_id"))
    return [b]


# ---------------- query management ----------------
def g_query(phi):
    tick()
    b = B("query-mgmt-log4j")
    qid = "QRY-%07d" % R.randint(45000, 49999)
    pre = "%s %-5s [query-svc] QueryService - " % (ts_space_ms(T(), ","), "INFO")
    if not phi:
        site = R.choice(SITE_IDS)
        opt = R.randint(0, 2)
        if opt == 0:
            b.t(pre + "Aging digest site=%s open=%d answered=%d >30d=%d sent to %s" % (site, R.randint(2, 40), R.randint(0, 12), R.randint(0, 5), R.choice(STAFF_EMAILS)))
        elif opt == 1:
            cra = staff_cra()
            b.t(pre + "%s CLOSED by %s (%s, CRA) after site response; total open at site %s: %d" % (qid, cra[1], cra[0], site, R.randint(0, 30)))
        else:
            b.t(pre + "Edit check run EC_VS_004 v7.0 on site %s: %d records, %d new queries" % (site, R.randint(50, 400), R.randint(0, 6)))
        return [b]
    s = subj()
    v, d = pick_visit(s)
    cra = staff_cra()
    b.add(pre, "%s OPENED site=%s subject=" % (qid, s.site), (s.sid, "other_id"), " form=VS field=VSDAT visit=%s by=%s (%s, CRA) text=\"Visit date " % (v, cra[1], cra[0]),
          (f_dmy_dash(d), "date"), " is after first dose date ", (f_dmy_dash(d - dt.timedelta(days=1)), "date"), ", please confirm\"")
    return [b]


# ---------------- postfix ----------------
def g_postfix(phi):
    tick()
    b = B("postfix")
    qid = rhex(10).upper()
    pre = "%s mx-out-02 postfix/smtp[%d]: %s: " % (ts_syslog(T()), R.randint(2000, 40000), qid)
    if not phi:
        to = R.choice(STAFF_EMAILS)
        b.t(pre + "to=<%s>, relay=mail.%s[10.30.%d.%d]:25, delay=%.1f, delays=0.1/0/0.%d/0.%d, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as %s)"
            % (to, CRO_DOMAIN, R.randint(0, 9), R.randint(2, 250), R.uniform(0.2, 3), R.randint(1, 9), R.randint(1, 9), rhex(10).upper()))
        return [b]
    s = subj()
    dom = s.email.split("@")[1]
    b.add(pre, "to=<", (s.email, "email"), ">, relay=mx.%s[%d.%d.%d.%d]:25, delay=%.1f, delays=0.1/0/0.4/0.7, dsn=2.0.0, status=sent (250 2.0.0 OK %d)"
          % (dom, R.choice([142, 64, 211]), R.randint(0, 255), R.randint(0, 255), R.randint(2, 250), R.uniform(0.5, 4), epoch_ms(T()) // 1000))
    return [b]


def g_ctms(phi):
    tick()
    b = B("ctms-log4j")
    pre = "%s %-5s [ctms-app-%d] c.z.ctms.%s - " % (ts_space_ms(T(), ","), "INFO", R.randint(1, 3), "%s")
    site = R.choice(SITE_IDS)
    cra = staff_cra()
    if not phi:
        opt = R.randint(0, 4)
        if opt == 0:
            b.t(pre % "visit.MonitoringVisitService" + "Monitoring visit MV-%s-%02d scheduled %s on-site at %s by %s (%s)"
                % (site, R.randint(3, 12), f_iso(REF + dt.timedelta(days=R.randint(3, 30))), SITES[site]["name"], cra[0], cra[1]))
        elif opt == 1:
            b.t(pre % "pd.DeviationService" + "Protocol deviation PD-%04d logged site=%s category=VISIT_WINDOW severity=minor reporter=%s"
                % (R.randint(100, 999), site, cra[1]))
        elif opt == 2:
            b.t(pre % "site.SiteService" + "Site %s (%s) contact updated: phone %s fax %s address '%s'"
                % (site, SITES[site]["name"], SITES[site]["phone"], SITES[site]["fax"], SITES[site]["addr"]))
        elif opt == 3:
            b.t(pre % "enroll.EnrollmentMetrics" + "Enrollment snapshot %s: screened=%d randomized=%d screen_fail=%d target=420 (%s)"
                % (PROTO, R.randint(300, 340), R.randint(200, 240), R.randint(60, 90), EUDRACT))
        else:
            b.t(pre % "doc.EtmfService" + "eTMF artifact 05.04.03 uploaded: Form FDA 1572 rev 2024-02-29 for %s, reviewed by %s"
                % (SITES[site]["pi"], R.choice(DMS)[0]))
        return [b]
    s = subj()
    v, d = pick_visit(s)
    opt = R.randint(0, 2)
    if opt == 0:
        b.add(pre % "pd.DeviationService", "Protocol deviation PD-%04d logged site=%s subject=" % (R.randint(100, 999), s.site),
              (s.sid, "other_id"), " category=VISIT_WINDOW visit=%s actual=" % v, (f_iso(d), "date"), " reporter=%s" % cra[1])
    elif opt == 1:
        b.add(pre % "subject.SubjectStatusService", "Subject ", (s.sid, "other_id"), " status SCREENING -> ENROLLED (icf=",
              (f_iso(s.consent), "date"), ", screening=", (f_iso(s.scr_date), "date"), ")")
    else:
        nv, nd = s.next_visit
        b.add(pre % "visit.PatientVisitService", "Transport request for ", (s.full, "name"), " (", (s.sid, "other_id"),
              ") visit %s on " % nv, (f_iso(nd), "date"), " contact ", (s.phone_fmt, "phone"))
    return [b]


FAMILIES = [
    (g_rave_csv, 9), (g_edc_json, 7), (g_edc_odm, 3), (g_rtsm, 10), (g_rtsm_age, 1), (g_temp_csv, 4),
    (g_logcat, 9), (g_oslog, 6), (g_firebase, 5), (g_econsent, 7), (g_cioms, 1), (g_medwatch, 1),
    (g_e2b, 4), (g_payments, 7), (g_lab_pipe, 6), (g_lab_fixed, 4), (g_hl7, 3), (g_ctms, 5), (g_nginx, 8),
    (g_syslog, 5), (g_sms, 4), (g_billing, 3), (g_travel, 3), (g_query, 5), (g_postfix, 3),
]


def main():
    out = []
    n_phi = 0
    block_budget = {"g_cioms": 1, "g_medwatch": 1}
    US = lambda x: x.cc == "US"
    forced = ([(g_econsent, {"opt": 5})] * 3 + [(g_econsent, {"opt": 4})] * 2 + [(g_econsent, {"opt": 3, "pred": US})] * 3
              + [(g_econsent, {"opt": 6, "pred": US})] * 2 + [(g_econsent, {"opt": 2})] * 2
              + [(g_econsent, {"opt": 1, "pred": lambda x: x.caregiver is not None})] * 2
              + [(g_payments, {"opt": "tin", "pred": US})] * 3 + [(g_payments, {"opt": "card"})] * 3
              + [(g_payments, {"opt": "iban", "pred": lambda x: x.cc in ("PL", "ES")})] * 2
              + [(g_payments, {"opt": "krbank", "pred": lambda x: x.cc == "KR"})]
              + [(g_payments, {"opt": "pix", "pred": lambda x: x.cc == "BR"})]
              + [(g_payments, {"opt": "mail", "pred": US})] * 2
              + [(g_logcat, {"opt": 6})] * 4 + [(g_logcat, {"opt": 1})] * 2 + [(g_logcat, {"opt": 2})] * 2
              + [(g_logcat, {"opt": 4, "pred": lambda x: x.caregiver is not None})] * 2
              + [(g_travel, {"opt": 0})] * 2 + [(g_travel, {"opt": 2})] * 2 + [(g_travel, {"opt": 1})]
              + [(g_hl7, {"full": True})] * 3 + [(g_sms, {"opt": 0, "url": True})] * 2 + [(g_billing, {})] * 3 + [(g_rtsm_age, {})] * 2 + [(g_rtsm, {"opt": 3})] * 3
              + [(g_sms, {"opt": 2, "pred": lambda x: x.caregiver is not None})] * 2
              + [(g_cioms, {"pred": lambda x: x.last in ("Kim", "Grabowska")})]
              + [(g_cioms, {"pred": lambda x: x.last in ("Wiśniewska", "Gonçalves", "Peña Soler")})]
              + [(g_medwatch, {"pred": lambda x: x.last == "Whitfield"})]
              + [(g_medwatch, {"pred": lambda x: x.last in ("Tran", "Okafor", "Villanueva")})])
    R.shuffle(forced)
    while len(out) < N_LINES:
        want_phi = n_phi < PHI_SHARE_TARGET * (len(out) + 1)
        remaining = N_LINES - len(out)
        FORCE.clear()
        if want_phi and forced and (remaining < 60 or R.random() < 1.5 * len(forced) / max(1.0, PHI_SHARE_TARGET * remaining)):
            fn, kw = forced.pop()
            FORCE.update(kw)
            res = fn(True)
            FORCE.clear()
            assert res, fn.__name__
            for b in res:
                out.append(b)
                if b.spans:
                    n_phi += 1
            continue
        fams = [f for f in FAMILIES if not (f[0].__name__ in block_budget and (block_budget[f[0].__name__] <= 0 or remaining < 10))]
        fn = R.choices([f[0] for f in fams], weights=[f[1] for f in fams])[0]
        res = fn(want_phi)
        if not res:
            continue
        if fn.__name__ in block_budget:
            block_budget[fn.__name__] -= 1
        for b in res:
            out.append(b)
            if b.spans:
                n_phi += 1
    assert not forced, len(forced)
    out = out[:N_LINES]
    log_lines = []
    labels = []
    for i, b in enumerate(out, 1):
        raw = bytes(b.buf)
        assert b"\n" not in raw and b"\r" not in raw, i
        assert len(raw) <= 4000, (i, len(raw))
        raw.decode("utf-8")
        spans = sorted(b.spans)
        prev = 0
        for s_, e_, cat, val in spans:
            assert raw[s_:e_] == val, (i, s_, e_, val)
            assert s_ >= prev, ("overlap", i)
            prev = e_
        log_lines.append(raw)
        labels.append({"line": i, "family": b.family, "spans": [{"s": s_, "e": e_, "cat": c} for s_, e_, c, _ in spans]})
    assert len(log_lines) == N_LINES
    with open(os.path.join(HERE, ID + ".log"), "wb") as f:
        f.write(b"\n".join(log_lines) + b"\n")
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for o in labels:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
