#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for held-out test set `eo`: German-speaking hospital group (DE/AT/CH).

Writes eo.log and eo.labels.jsonl next to this file. Deterministic, stdlib only.
All persons, numbers and addresses are synthetic (check digits are valid).
"""
import datetime as dt
import json
import os
import random
import unicodedata

random.seed(20240311)

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "eo"
N_LINES = 500
CLEAN_TARGET = 0.55


# --------------------------------------------------------------------------
# line builder: concatenation with byte offsets
# --------------------------------------------------------------------------
class Line:
    def __init__(self, fam):
        self.fam = fam
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
        self.spans.append((st, st + len(b), cat, b))
        return self

    def add(self, *parts):
        for x in parts:
            if isinstance(x, tuple):
                self.p(x[0], x[1])
            else:
                self.t(x)
        return self

    def nchars(self):
        return len(self.buf.decode("utf-8"))

    def finish(self):
        data = bytes(self.buf)
        for s, e, cat, val in self.spans:
            assert data[s:e] == val, (data, s, e, val)
        prev = -1
        for s, e, cat, val in sorted(self.spans):
            assert s >= prev, "overlap"
            assert e > s
            prev = e
        assert b"\n" not in data and b"\r" not in data
        assert len(data) <= 4000
        return data, [{"s": s, "e": e, "cat": c} for s, e, c, _ in self.spans]


def L(fam, *parts):
    return Line(fam).add(*parts)


def P(v, cat):
    return (v, cat)


# JSON writing with spans -------------------------------------------------
def esc_std(s):
    # Jackson / python style: UTF-8 kept, only " \ and control chars escaped
    return json.dumps(s, ensure_ascii=False)[1:-1]


def esc_stj(s):
    # System.Text.Json default encoder: non-ASCII and HTML-sensitive chars as \uXXXX (upper hex)
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif o < 0x20 or o > 0x7E or ch in "\"+<>&'`":
            out.append("\\u%04X" % o)
        else:
            out.append(ch)
    return "".join(out)


def jwrite(line, obj, esc=esc_std, sep=(",", ":")):
    """obj: list of (key, value) pairs; value may be str/int/float/bool/None,
    PHI tuple (str, cat), list, or nested pair-list wrapped as ('__obj__', pairs)."""
    if isinstance(obj, dict):
        obj = list(obj.items())
    line.t("{")
    for i, (k, v) in enumerate(obj):
        if i:
            line.t(sep[0])
        line.t('"' + esc(k) + '"' + sep[1])
        jval(line, v, esc, sep)
    line.t("}")
    return line


def jval(line, v, esc, sep):
    if isinstance(v, tuple) and len(v) == 2 and v[0] == "__obj__":
        jwrite(line, v[1], esc, sep)
    elif isinstance(v, tuple) and len(v) == 2 and v[0] == "__raw__":
        line.t(v[1])
    elif isinstance(v, tuple):
        if isinstance(v[0], (int, float)) and not isinstance(v[0], bool):
            line.p(str(v[0]), v[1])
        else:
            line.t('"').p(esc(v[0]), v[1]).t('"')
    elif isinstance(v, bool):
        line.t("true" if v else "false")
    elif v is None:
        line.t("null")
    elif isinstance(v, (int, float)):
        line.t(repr(v) if isinstance(v, float) else str(v))
    elif isinstance(v, list):
        line.t("[")
        for i, x in enumerate(v):
            if i:
                line.t(sep[0])
            jval(line, x, esc, sep)
        line.t("]")
    else:
        line.t('"' + esc(v) + '"')


def OBJ(pairs):
    return ("__obj__", pairs)


# --------------------------------------------------------------------------
# identifiers with valid check digits
# --------------------------------------------------------------------------
def rd(n):
    return "".join(str(random.randint(0, 9)) for _ in range(n))


def qsum(v):
    return v // 10 + v % 10


def make_kvnr():
    letter = random.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ")
    body = str(random.randint(1, 9)) + rd(7)
    s = "%02d" % (ord(letter) - 64) + body
    tot = sum(qsum(int(c) * (1 if i % 2 == 0 else 2)) for i, c in enumerate(s))
    return letter + body + str(tot % 10)


def make_svnr(geb):
    w = [3, 7, 9, 5, 8, 4, 2, 1, 6]
    dob = geb.strftime("%d%m%y")
    while True:
        serial = str(random.randint(100, 999))
        ds = serial + dob
        c = sum(int(d) * x for d, x in zip(ds, w)) % 11
        if c < 10:
            return serial + str(c) + dob


def make_ahv():
    d = "756" + rd(9)
    tot = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d))
    d += str((10 - tot % 10) % 10)
    return "%s.%s.%s.%s" % (d[:3], d[3:7], d[7:11], d[11:])


def luhn_digit(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return str((10 - tot % 10) % 10)


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def make_ch_card(bag):
    body = "80756" + bag + rd(9)
    s = body + luhn_digit(body)
    assert luhn_ok(s) and len(s) == 20
    return s


def make_iban(cc):
    if cc == "DE":
        bban = random.choice(["10050000", "43060967", "76050101", "68050101",
                              "50010517", "37050198", "70150000", "86055592"]) + rd(10)
    elif cc == "AT":
        bban = random.choice(["20111", "12000", "32000", "14000", "38000"]) + rd(11)
    else:
        bban = random.choice(["00700", "00235", "80808", "00767", "09000"]) + rd(12)
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(num) % 97
    ib = "%s%02d%s" % (cc, chk, bban)
    num2 = "".join(str(int(ch, 36)) for ch in ib[4:] + ib[:4])
    assert int(num2) % 97 == 1
    return ib


def iban_grp(ib):
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))


def make_ik(prefix):
    d = prefix + rd(8 - len(prefix))
    tot = sum(qsum(int(c) * (2 if i % 2 == 0 else 1)) for i, c in enumerate(d[2:8]))
    return d + str(tot % 10)


def make_lanr(fg):
    d = [random.randint(0, 9) for _ in range(6)]
    tot = sum(x * (4 if i % 2 == 0 else 9) for i, x in enumerate(d))
    return "".join(map(str, d)) + str((10 - tot % 10) % 10) + fg


def make_bsnr(kv):
    return kv + rd(7)


def gtin_check(d13):
    tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(d13)))
    return str((10 - tot % 10) % 10)


def make_udi(serial, exp):
    g = "0" + "0643169" + rd(5)
    g = g + gtin_check(g)
    return "(01)%s(17)%s(21)%s" % (g, exp, serial)


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    s = s.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def pct_enc(s):
    out = []
    for b in s.encode("utf-8"):
        c = chr(b)
        if c.isalnum() and b < 128 or c in "-._~":
            out.append(c)
        else:
            out.append("%%%02X" % b)
    return "".join(out)


# --------------------------------------------------------------------------
# organisation (not PHI)
# --------------------------------------------------------------------------
SITES = {
    "DE": [
        dict(code="KVB", name="Klinikum Berlin-Wedding", ik=make_ik("26"), ort="Berlin",
             adr="Lindower Allee 40, 13353 Berlin", tel="+49 30 4507-0", fax="+49 30 4507-1999",
             host="kis-app01.kvb.klinikverbund-drs.de"),
        dict(code="KFR", name="Kreiskrankenhaus Freiburg-Nord", ik=make_ik("26"), ort="Freiburg im Breisgau",
             adr="Sonnhalde 7, 79104 Freiburg im Breisgau", tel="+49 761 270-0", fax="+49 761 270-34019",
             host="kis-app03.kfr.klinikverbund-drs.de"),
    ],
    "AT": [
        dict(code="KWI", name="Privatklinik Wien-Währing", ik="", ort="Wien",
             adr="Gentzgasse 112, 1180 Wien", tel="+43 1 47611-0", fax="+43 1 47611-219",
             host="kis-app01.kwi.klinikverbund-drs.at"),
    ],
    "CH": [
        dict(code="KZH", name="Klinik Seeblick Zürich AG", ik="", ort="Zürich",
             adr="Forchstrasse 88, 8008 Zürich", tel="+41 44 385 11 11", fax="+41 44 385 11 12",
             host="kis-app01.kzh.klinikverbund-drs.ch"),
    ],
}

STAFF = [
    # title, first, last, user, dept, lanr/gln
    ("Dr. med.", "Katharina", "Albrecht", "kalbrecht", "Kardiologie"),
    ("Prof. Dr. med.", "Matthias", "Vogelsang", "mvogelsang", "Allgemeinchirurgie"),
    ("OA Dr.", "Stefan", "Lindqvist", "slindqvist", "Kardiologie"),
    ("Dr.", "Aylin", "Karaca", "akaraca", "Innere Medizin"),
    ("PD Dr. med.", "Irina", "Sokolova", "isokolova", "Radiologie"),
    ("Dr. med.", "Benedikt", "Oberhuber", "boberhuber", "Unfallchirurgie"),
    ("Dr. med.", "Corinne", "Wälti", "cwaelti", "Neurologie"),
    ("Dr.", "Marco", "Tschudin", "mtschudin", "Radiologie"),
    ("Dr. med.", "Jan-Ole", "Petersen", "jpetersen", "Geriatrie"),
    ("Dr.", "Sibel", "Aksoy", "saksoy", "Nephrologie"),
]
STAFF = [dict(title=a, vn=b, nn=c, user=d, dept=e, lanr=make_lanr(random.choice(["01", "03", "23", "24", "59"])))
         for a, b, c, d, e in STAFF]
NURSES = [("Pfl.", "Jana", "Brenninger", "jbrenninger"), ("Sr.", "Martina", "Holzer", "mholzer"),
          ("MFA", "Kevin", "Adebayo", "kadebayo"), ("Pfl.", "Tobias", "Ranft", "tranft"),
          ("MTRA", "Leonie", "Fankhauser", "lfankhauser"), ("BMA", "Dominika", "Zielińska", "dzielinska")]
HAUSAERZTE = [
    dict(n="Dr. med. Peter Lohmann", bsnr=make_bsnr("72"), lanr=make_lanr("01"), fax="+49 30 4412309", tel="+49 30 4412300"),
    dict(n="Dr. Susanne Reinartz", bsnr=make_bsnr("52"), lanr=make_lanr("03"), fax="+49 761 4780219", tel="+49 761 478020"),
    dict(n="Dr. med. univ. Gernot Haslinger", bsnr="", lanr="", fax="+43 1 3194417", tel="+43 1 3194410"),
    dict(n="Dr. med. Urs Kälin", bsnr="", lanr="", fax="+41 44 261 70 71", tel="+41 44 261 70 70"),
    dict(n="MVZ Am Gesundbrunnen", bsnr=make_bsnr("72"), lanr=make_lanr("23"), fax="+49 30 4690331", tel="+49 30 469030"),
]

KASSEN_DE = [("AOK Nordost", make_ik("10")), ("Techniker Krankenkasse", make_ik("10")),
             ("BARMER", make_ik("10")), ("DAK-Gesundheit", make_ik("10")), ("IKK classic", make_ik("10")),
             ("AOK Baden-Württemberg", make_ik("10")), ("KKH Kaufmännische Krankenkasse", make_ik("10")),
             ("BKK firmus", make_ik("10"))]
KASSEN_AT = [("ÖGK Wien", "11"), ("ÖGK Steiermark", "16"), ("BVAEB", "07"), ("SVS", "05")]
KASSEN_CH = [("Helsana", "01562"), ("CSS Kranken-Versicherung", "00008"), ("SWICA", "01384"),
             ("Sanitas", "01509"), ("Visana", "01555"), ("Concordia", "00290")]

STATIONEN = [("KAR4B", "Station 4B Kardiologie"), ("ZNA", "Zentrale Notaufnahme"), ("ITS1", "Intensivstation 1"),
             ("NCH2", "Station 2 Neurochirurgie"), ("GER3", "Station 3 Akutgeriatrie"), ("UCH5", "Station 5A Unfallchirurgie"),
             ("SU", "Stroke Unit"), ("NEP1", "Dialyse / Nephrologie 1"), ("GYN2", "Geburtshilfe 2")]
ICD = [("I21.4", "Akuter subendokardialer Myokardinfarkt"), ("I50.13", "Linksherzinsuffizienz NYHA III"),
       ("E11.91", "Diabetes mellitus Typ 2 ohne Komplikationen, entgleist"), ("J18.9", "Pneumonie, nicht näher bezeichnet"),
       ("S72.01", "Schenkelhalsfraktur, intrakapsulär"), ("N18.4", "Chronische Nierenkrankheit, Stadium 4"),
       ("I63.5", "Hirninfarkt durch Verschluss zerebraler Arterien"), ("K80.20", "Gallenblasenstein ohne Cholezystitis"),
       ("C34.1", "Bösartige Neubildung: Oberlappen (-Bronchus)"), ("F10.2", "Alkoholabhängigkeitssyndrom"),
       ("I48.0", "Vorhofflimmern, paroxysmal")]
OPS = [("5-820.00", "Implantation einer Endoprothese am Hüftgelenk"), ("8-837.00", "Perkutan-transluminale Gefäßintervention"),
       ("1-632.0", "Diagnostische Ösophagogastroduodenoskopie"), ("3-200", "Native Computertomographie des Schädels"),
       ("8-980.10", "Intensivmedizinische Komplexbehandlung"), ("5-511.11", "Cholezystektomie, laparoskopisch"),
       ("8-854.2", "Hämodialyse, intermittierend"), ("9-984.7", "Pflegebedürftigkeit Pflegegrad 2"),
       ("5-377.30", "Implantation eines Herzschrittmachers, Zweikammersystem")]
DRG = ["F24B", "F62C", "I47C", "B70F", "G23B", "E79C", "L60C", "F71B", "K60F"]


# --------------------------------------------------------------------------
# synthetic patients
# --------------------------------------------------------------------------
NAMES_DE = [("Hans", "Müller", "M"), ("Ursula", "Schäfer", "W"), ("Mehmet", "Yılmaz", "M"), ("Ayşe", "Kaya", "W"),
            ("Krzysztof", "Nowak", "M"), ("Agnieszka", "Wiśniewska", "W"), ("Giuseppe", "Esposito", "M"),
            ("Ivana", "Horvat", "W"), ("Viktor", "Reimer", "M"), ("Natalia", "Iwanowa", "W"),
            ("Ahmad", "Al-Hassan", "M"), ("Thi Lan", "Nguyen", "W"), ("Günter", "Meyer-Lüdenscheidt", "M"),
            ("Hildegard", "von Bülow", "W"), ("Jörg", "Thießen", "M"), ("Anna-Lena", "Groß", "W"),
            ("Dimitrios", "Papadopoulos", "M"), ("Rania", "Haddad", "W"), ("Lukas", "Krüger", "M"),
            ("Gisela", "Weiß", "W"), ("Emre", "Demir", "M"), ("Kofi", "Mensah", "M")]
NAMES_AT = [("Johann", "Gruber", "M"), ("Maria", "Huber", "W"), ("Franz", "Pichler", "M"), ("Theresia", "Steiner", "W"),
            ("Florian", "Moser", "M"), ("Dragan", "Petrović", "M"), ("Elisabeth", "Leitner", "W"), ("Amra", "Hodžić", "W")]
NAMES_CH = [("Reto", "Brunner", "M"), ("Ursina", "Caflisch", "W"), ("Beat", "Baumgartner", "M"), ("Nicole", "Gerber", "W"),
            ("Luca", "Bernasconi", "M"), ("Sandrine", "Favre", "W"), ("Hansruedi", "Zürcher", "M"), ("Fatlume", "Berisha", "W")]

ORTE_DE = [("10115", "Berlin"), ("10437", "Berlin"), ("12043", "Berlin"), ("13353", "Berlin"), ("13581", "Berlin"),
           ("14467", "Potsdam"), ("16515", "Oranienburg"), ("79098", "Freiburg im Breisgau"), ("79110", "Freiburg im Breisgau"),
           ("79211", "Denzlingen"), ("79576", "Weil am Rhein"), ("04109", "Leipzig"), ("01067", "Dresden"),
           ("68159", "Mannheim"), ("20095", "Hamburg"), ("80331", "München"), ("50667", "Köln")]
ORTE_AT = [("1060", "Wien"), ("1100", "Wien"), ("1180", "Wien"), ("1210", "Wien"), ("8010", "Graz"),
           ("4020", "Linz"), ("6020", "Innsbruck"), ("3100", "St. Pölten"), ("9020", "Klagenfurt am Wörthersee")]
ORTE_CH = [("8001", "Zürich"), ("8004", "Zürich"), ("8050", "Zürich"), ("8400", "Winterthur"), ("4051", "Basel"),
           ("3011", "Bern"), ("6900", "Lugano"), ("7000", "Chur"), ("8808", "Pfäffikon SZ")]
STR_DE = ["Hauptstraße", "Bahnhofstraße", "Gartenweg", "Lindenallee", "Schillerstraße", "Goethestr.", "Am Mühlbach",
          "Kastanienweg", "Friedrich-Ebert-Straße", "Rosenstraße", "Müllerstraße", "Prenzlauer Allee", "Kirchgasse",
          "Waldstraße", "Auf dem Kamp", "Sonnenbergstraße", "Karl-Marx-Allee"]
STR_AT = ["Mariahilfer Straße", "Favoritenstraße", "Herrengasse", "Annenstraße", "Linzer Gasse", "Gersthofer Straße",
          "Brünner Straße", "Landstraßer Hauptstraße"]
STR_CH = ["Bahnhofstrasse", "Seefeldstrasse", "Dorfstrasse", "Hohlstrasse", "Spalenberg", "Via Nassa",
          "Kramgasse", "Badenerstrasse", "Rennweg"]

MAIL_DOM = {"DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de", "freenet.de"],
            "AT": ["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net"],
            "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "gmail.com", "hispeed.ch"]}
REL = ["Ehefrau", "Ehemann", "Tochter", "Sohn", "Lebensgefährtin", "Bruder", "Nichte", "Enkel"]
REL_FIRST_M = ["Thomas", "Andreas", "Kemal", "Piotr", "Marco", "Sven", "Nikola", "Jonas", "Daniel", "Omar", "Urs"]
REL_FIRST_W = ["Ingrid", "Petra", "Elif", "Magdalena", "Chiara", "Jelena", "Svenja", "Laura", "Fatima", "Vreni", "Karin"]

ORIGIN_FIRST = {}
for _names, _pool in [
        (["Yılmaz", "Kaya", "Demir"], (["Kemal", "Burak", "Serkan"], ["Elif", "Zeynep", "Hatice"])),
        (["Nowak", "Wiśniewska"], (["Piotr", "Tomasz"], ["Magdalena", "Katarzyna"])),
        (["Esposito", "Bernasconi"], (["Marco", "Luca", "Stefano"], ["Chiara", "Giulia"])),
        (["Horvat", "Petrović", "Hodžić", "Berisha"], (["Nikola", "Edin", "Arben"], ["Jelena", "Lejla", "Mirela"])),
        (["Reimer", "Iwanowa"], (["Alexander", "Dmitri"], ["Swetlana", "Olga"])),
        (["Al-Hassan", "Haddad"], (["Omar", "Karim"], ["Fatima", "Leila"])),
        (["Nguyen"], (["Van Minh", "Duc Anh"], ["Thi Hoa", "Mai Linh"])),
        (["Papadopoulos"], (["Nikos", "Giorgos"], ["Eleni", "Sofia"])),
        (["Mensah"], (["Kwame", "Yaw"], ["Ama", "Akosua"]))]:
    for _n in _names:
        ORIGIN_FIRST[_n] = _pool
ORIGIN_FIRST["_DE"] = (["Thomas", "Andreas", "Sven", "Jonas", "Daniel", "Markus"], ["Ingrid", "Petra", "Svenja", "Laura", "Karin"])
ORIGIN_FIRST["_AT"] = (["Thomas", "Andreas", "Lukas", "Stefan", "Markus"], ["Ingrid", "Petra", "Katharina", "Birgit", "Julia"])
ORIGIN_FIRST["_CH"] = (["Urs", "Thomas", "Adrian", "Daniel"], ["Vreni", "Karin", "Corinne", "Seraina"])

REF = dt.date(2024, 3, 11)


def rand_date(y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(random.randint(a, b))


AREA = {"Berlin": "30", "Potsdam": "331", "Oranienburg": "3301", "Freiburg im Breisgau": "761", "Denzlingen": "7666",
        "Weil am Rhein": "7621", "Leipzig": "341", "Dresden": "351", "Mannheim": "621", "Hamburg": "40", "München": "89",
        "Köln": "221", "Wien": "1", "Graz": "316", "Linz": "732", "Innsbruck": "512", "St. Pölten": "2742",
        "Klagenfurt am Wörthersee": "463", "Zürich": "44", "Winterthur": "52", "Basel": "61", "Bern": "31", "Lugano": "91",
        "Chur": "81", "Pfäffikon SZ": "55"}


def phone_for(cc, mobile=False, ort=None):
    if cc == "DE":
        if mobile:
            p = random.choice(["151", "160", "170", "176", "157", "172"])
            d = rd(8)
            return random.choice(["+49 %s %s" % (p, d), "0%s %s" % (p, d), "0%s-%s" % (p, d)])
        a = AREA.get(ort) or random.choice(["30", "30", "761", "331", "341", "351", "40", "89", "221", "621", "3301"])
        d = str(random.randint(2, 9)) + rd(6 if len(a) > 2 else 7)
        return random.choice(["+49 %s %s" % (a, d), "0%s %s" % (a, d), "0%s/%s" % (a, d), "+49 (0)%s %s" % (a, d)])
    if cc == "AT":
        if mobile:
            p = random.choice(["664", "660", "676", "699", "650"])
            d = rd(7)
            return random.choice(["+43 %s %s" % (p, d), "0%s %s" % (p, d)])
        a = AREA.get(ort) or random.choice(["1", "1", "316", "732", "512", "2742"])
        d = str(random.randint(2, 9)) + rd(6 if a == "1" else 5)
        return random.choice(["+43 %s %s" % (a, d), "0%s %s" % (a, d), "+43 (0)%s %s" % (a, d)])
    if mobile:
        p = random.choice(["79", "78", "76", "77"])
        return random.choice(["+41 %s %s %s %s" % (p, rd(3), rd(2), rd(2)), "0%s %s %s %s" % (p, rd(3), rd(2), rd(2))])
    a = AREA.get(ort) or random.choice(["44", "44", "52", "61", "31", "91", "81", "55"])
    return random.choice(["+41 %s %s %s %s" % (a, str(random.randint(2, 9)) + rd(2), rd(2), rd(2)),
                          "0%s %s %s %s" % (a, str(random.randint(2, 9)) + rd(2), rd(2), rd(2))])


def public_ip():
    while True:
        a = random.choice([84, 87, 91, 93, 178, 188, 217, 46, 77, 79, 85, 89, 212, 213, 194, 62, 80, 95, 2])
        ip = "%d.%d.%d.%d" % (a, random.randint(0, 255), random.randint(0, 255), random.randint(1, 254))
        if a == 2:
            continue
        return ip


def priv_ip():
    return random.choice(["10.%d.%d.%d" % (random.randint(0, 40), random.randint(0, 255), random.randint(2, 254)),
                          "192.168.%d.%d" % (random.randint(0, 30), random.randint(2, 254)),
                          "172.%d.%d.%d" % (random.randint(16, 31), random.randint(0, 255), random.randint(2, 254))])


PATIENTS = []
used_patnr = set()


def new_patient(vn, nn, sex, cc, old=False):
    p = dict(vn=vn, nn=nn, sex=sex, cc=cc)
    p["geb"] = rand_date(1929, 1933) if old else rand_date(1938, 2004)
    p["age"] = REF.year - p["geb"].year - ((REF.month, REF.day) < (p["geb"].month, p["geb"].day))
    if cc == "DE":
        p["plz"], p["ort"] = random.choice(ORTE_DE)
        p["str"] = random.choice(STR_DE)
        p["hnr"] = str(random.randint(1, 140)) + random.choice(["", "", "", "a", "b"])
        k = random.choice(KASSEN_DE)
        p["kasse"], p["kasse_ik"] = k
        p["vnr"] = make_kvnr()
        p["site"] = random.choice(SITES["DE"])
    elif cc == "AT":
        p["plz"], p["ort"] = random.choice(ORTE_AT)
        p["str"] = random.choice(STR_AT)
        p["hnr"] = "%d/%d/%d" % (random.randint(1, 150), random.randint(1, 4), random.randint(1, 24)) \
            if random.random() < 0.6 else str(random.randint(1, 90))
        p["kasse"], p["kasse_ik"] = random.choice(KASSEN_AT)
        p["vnr"] = make_svnr(p["geb"])
        p["site"] = SITES["AT"][0]
    else:
        p["plz"], p["ort"] = random.choice(ORTE_CH)
        p["str"] = random.choice(STR_CH)
        p["hnr"] = str(random.randint(1, 120))
        p["kasse"], p["kasse_ik"] = random.choice(KASSEN_CH)
        p["ahv"] = make_ahv()
        p["vnr"] = make_ch_card(p["kasse_ik"])
        p["site"] = SITES["CH"][0]
    while True:
        pn = "000" + str(random.randint(1000000, 2999999))
        if pn not in used_patnr:
            used_patnr.add(pn)
            break
    p["patnr"] = pn
    p["fallnr"] = random.choice(["40", "41", "50"]) + rd(8)
    p["aufn"] = REF - dt.timedelta(days=random.randint(0, 20))
    p["entl"] = p["aufn"] + dt.timedelta(days=random.randint(1, 14)) if random.random() < 0.6 else None
    if p["entl"] and p["entl"] > REF:
        p["entl"] = REF
    if p["entl"] == p["aufn"]:
        p["entl"] = None
    p["aufn_tm"] = "%02d:%02d" % (random.randint(0, 5) if p["aufn"] == REF else random.randint(0, 23), random.randint(0, 59))
    p["tel"] = phone_for(cc, ort=p["ort"])
    p["mobil"] = phone_for(cc, mobile=True)
    fv, fn = ascii_fold(vn).lower().replace(" ", ""), ascii_fold(nn).lower().replace(" ", "")
    yy = p["geb"].strftime("%y")
    p["email"] = random.choice(["%s.%s@%s", "%s%s@%s", "%s.%s" + yy + "@%s", "%s_%s@%s"]) % (
        fv, fn, random.choice(MAIL_DOM[cc]))
    if random.random() < 0.3:
        p["email"] = "%s.%s%d@%s" % (fv[0], fn, random.randint(1, 99), random.choice(MAIL_DOM[cc]))
    p["user"] = random.choice(["%s%s%s" % (fv[0], fn.replace("-", ""), yy), "%s.%s" % (fv, fn.replace("-", "")),
                               "%s_%s%d" % (fn.replace("-", ""), fv[:3], random.randint(1, 999))])
    p["iban"] = make_iban(cc)
    rel = random.choice(REL if p["age"] >= 50 else ["Ehefrau", "Ehemann", "Lebensgefährtin", "Bruder", "Mutter", "Vater"])
    rmale = rel in ("Ehemann", "Sohn", "Bruder", "Enkel", "Vater")
    pool = ORIGIN_FIRST.get(nn, ORIGIN_FIRST["_" + cc])
    rv = random.choice(pool[0] if rmale else pool[1])
    rn = nn if (random.random() < 0.6 and nn not in ("Wiśniewska", "Iwanowa")) else random.choice(["Lehmann", "Kovačević", "Öztürk", "Bianchi", "Hofer", "Keller",
                                                          "Schwarz", "Jankowski", "Nussbaumer"])
    p["rel"] = dict(vn=rv, nn=rn, art=rel, tel=phone_for(cc, mobile=random.random() < 0.6, ort=p["ort"]),
                    code={"Ehefrau": "SPO", "Ehemann": "SPO", "Tochter": "CHD", "Sohn": "CHD", "Lebensgefährtin": "DOM",
                          "Bruder": "SIB", "Nichte": "OTH", "Enkel": "GCH", "Mutter": "MTH", "Vater": "FTH"}[rel])
    p["ip"] = public_ip()
    p["icd"] = random.choice(ICD)
    p["ops"] = random.choice(OPS)
    p["station"] = random.choice(STATIONEN)
    return p


for vn, nn, sx in NAMES_DE:
    PATIENTS.append(new_patient(vn, nn, sx, "DE", old=(nn in ("von Bülow", "Weiß"))))
for vn, nn, sx in NAMES_AT:
    PATIENTS.append(new_patient(vn, nn, sx, "AT", old=(nn == "Steiner")))
for vn, nn, sx in NAMES_CH:
    PATIENTS.append(new_patient(vn, nn, sx, "CH", old=(nn == "Zürcher")))

# weights: some patients appear often (reuse)
PW = [random.choice([1, 1, 2, 3, 5]) for _ in PATIENTS]


def pick_pat(cc=None):
    cand = [(p, w) for p, w in zip(PATIENTS, PW) if cc is None or p["cc"] == cc]
    ps, ws = zip(*cand)
    return random.choices(ps, weights=ws, k=1)[0]


def staff():
    return random.choice(STAFF)


def d_de(d):
    return d.strftime("%d.%m.%Y")


def d_hl7(d):
    return d.strftime("%Y%m%d")


def d_iso(d):
    return d.isoformat()


# --------------------------------------------------------------------------
# clock
# --------------------------------------------------------------------------
class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 11, 6, 2, 17, 311000)

    def tick(self, a=1, b=90):
        self.t += dt.timedelta(seconds=random.randint(a, b), milliseconds=random.randint(0, 999))
        return self.t

    def small(self):
        self.t += dt.timedelta(milliseconds=random.randint(1, 400))
        return self.t


CLK = Clock()


def ts_log4j(t=None):
    t = t or CLK.t
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def ts_dot(t=None):
    t = t or CLK.t
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)


def ts_iso(t=None):
    t = t or CLK.t
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (t.microsecond // 1000) + "+01:00"


def ts_utc7(t=None):
    t = (t or CLK.t) - dt.timedelta(hours=1)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%07d" % (t.microsecond * 10) + "Z"


def ts_apache(t=None):
    t = t or CLK.t
    return t.strftime("%d/%b/%Y:%H:%M:%S +0100")


def ts_apache_err(t=None):
    t = t or CLK.t
    return t.strftime("%a %b %d %H:%M:%S.") + "%06d" % (t.microsecond + random.randint(0, 999)) + t.strftime(" %Y")


def ts_sap(t=None):
    t = t or CLK.t
    return t.strftime("%d.%m.%Y %H:%M:%S")


def ts_hl7(t=None):
    t = t or CLK.t
    return t.strftime("%Y%m%d%H%M%S")


def hexid(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexid(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], random.choice("89ab"), h[17:20], h[20:32])


def auftragsnr():
    return CLK.t.strftime("%y%m%d") + rd(4)


def name_parts(p, order="nn, vn"):
    """returns parts list for patient name."""
    if order == "vn nn":
        return [P(p["vn"] + " " + p["nn"], "name")]
    if order == "nn vn":
        return [P(p["nn"] + " " + p["vn"], "name")]
    return [P(p["nn"], "name"), ", ", P(p["vn"], "name")]


def addr_parts(p, sep=", "):
    return [P(p["str"] + " " + p["hnr"], "address"), sep, P(p["plz"], "zip"), " ", P(p["ort"], "address")]


def vnr_label(p):
    return "other_id" if p["cc"] == "AT" else "health_plan"


def svnr_fmt(p):
    v = p["vnr"]
    return random.choice([v, v[:4] + " " + v[4:]])


# ==========================================================================
# block generators; each returns a list of Line
# ==========================================================================
PHI_BLOCKS = []
CLEAN_BLOCKS = []


def phi(w=1):
    def deco(f):
        PHI_BLOCKS.append((f, w))
        return f
    return deco


def clean(w=1):
    def deco(f):
        CLEAN_BLOCKS.append((f, w))
        return f
    return deco


# --------------------------------------------------------------- KIS ------
def kis_prefix(level, comp, user=None):
    ws = "WS-%s-%04d" % (random.choice(["KAR", "ZNA", "AUF", "ITS", "GER", "UCH", "VERW"]), random.randint(1, 900))
    u = user or random.choice([s["user"] for s in STAFF] + [n[3] for n in NURSES] + ["aufnahme02", "batch"])
    return "%s %-5s [%s] (%s/%s) " % (ts_log4j(), level, comp, ws, u)


@phi(3)
def kis_patient_anlage():
    CLK.tick()
    p = pick_pat()
    fam = "kis"
    sep = random.choice([" | ", "; "])
    kv = random.choice(["colon", "eq"])
    ks = ": " if kv == "colon" else "="
    keys = random.choice([
        dict(pn="Patientennummer", nn="Nachname", vn="Vorname", geb="Geburtsdatum", an="Anschrift", tel="Telefon",
             kk="Krankenkasse", vnr="Versichertennummer"),
        dict(pn="PatNr", nn="Name", vn="Vorname", geb="GebDat", an="Adresse", tel="Tel", kk="Kostentraeger",
             vnr="VersNr"),
        dict(pn="Pat.-Nr.", nn="Nachname", vn="Vorname", geb="Geb.-Datum", an="Anschrift", tel="Telefon privat",
             kk="Kasse", vnr="Vers.-Nr."),
    ])
    act = random.choice(["Patient angelegt", "Patientenstammdaten geändert", "Patient übernommen aus Vorsystem"])
    ln = L(fam, kis_prefix("INFO", "KIS.Patientenstamm"), act, sep,
           keys["pn"], ks, P(p["patnr"], "mrn"), sep,
           keys["nn"], ks, P(p["nn"], "name"), sep, keys["vn"], ks, P(p["vn"], "name"), sep,
           keys["geb"], ks, P(d_de(p["geb"]), "date"), sep,
           "Geschlecht", ks, p["sex"].lower(), sep)
    if random.random() < 0.5:
        ln.add(keys["an"], ks, *addr_parts(p), sep)
    else:
        ln.add("Straße", ks, P(p["str"] + " " + p["hnr"], "address"), sep, "PLZ", ks, P(p["plz"], "zip"), sep,
               "Ort", ks, P(p["ort"], "address"), sep)
    ln.add("Land", ks, {"DE": "D", "AT": "A", "CH": "CH"}[p["cc"]], sep, keys["tel"], ks, P(p["tel"], "phone"))
    out = [ln]
    if p["cc"] == "DE":
        out.append(L(fam, kis_prefix("INFO", "KIS.Versicherung"), "Versicherungsverhältnis gespeichert", sep,
                     keys["pn"], ks, P(p["patnr"], "mrn"), sep, keys["kk"], ks, p["kasse"], " (IK ", p["kasse_ik"], ")",
                     sep, keys["vnr"], ks, P(p["vnr"], "health_plan"), sep, "Versichertenstatus", ks,
                     random.choice(["1", "3", "5"]), sep, "Kartenversion", ks, "G2.1"))
    elif p["cc"] == "AT":
        out.append(L(fam, kis_prefix("INFO", "KIS.Versicherung"), "e-card Konsultation", sep, keys["pn"], ks,
                     P(p["patnr"], "mrn"), sep, "SVNR", ks, P(svnr_fmt(p), "other_id"), sep, "Träger", ks, p["kasse"],
                     " (", p["kasse_ik"], ")", sep, "Anspruch", ks, "ja"))
    else:
        out.append(L(fam, kis_prefix("INFO", "KIS.Versicherung"), "Versichertenkarte gelesen", sep, keys["pn"], ks,
                     P(p["patnr"], "mrn"), sep, "AHV-Nr.", ks, P(p["ahv"], "other_id"), sep, "Kartennummer", ks,
                     P(p["vnr"], "health_plan"), sep, "Versicherer", ks, p["kasse"], " (BAG-Nr. ", p["kasse_ik"], ")"))
    return out


@phi(3)
def kis_aufnahme():
    CLK.tick()
    p = pick_pat()
    st = p["station"]
    ha = random.choice(HAUSAERZTE[:2] + HAUSAERZTE[4:]) if p["cc"] == "DE" else (
        HAUSAERZTE[2] if p["cc"] == "AT" else HAUSAERZTE[3])
    ln = L("kis", kis_prefix("INFO", "KIS.ADT"), "Fall angelegt: Fallnummer=", P(p["fallnr"], "account"),
           " Patientennummer=", P(p["patnr"], "mrn"), " Aufnahmedatum=", P(d_de(p["aufn"]), "date"),
           " ", p["aufn_tm"], " Aufnahmeart=", random.choice(["Notfall", "Einweisung", "Verlegung", "elektiv"]),
           " Station=", st[0], " Fachabteilung=", random.choice(["0100", "0300", "1500", "2800", "0200"]))
    out = [ln]
    if ha["bsnr"]:
        out.append(L("kis", kis_prefix("INFO", "KIS.ADT"), "Einweiser zu Fall ", P(p["fallnr"], "account"), ": ",
                     ha["n"], ", BSNR ", ha["bsnr"], ", LANR ", ha["lanr"], ", Faxnummer ", ha["fax"],
                     ", Einweisungsdiagnose ", p["icd"][0], " G"))
    else:
        out.append(L("kis", kis_prefix("INFO", "KIS.ADT"), "Zuweiser: ", ha["n"], ", Tel. ", ha["tel"],
                     ", Fax ", ha["fax"], " (Befundversand per Fax aktiviert)"))
    return out


@phi(2)
def kis_entlassung():
    CLK.tick()
    p = pick_pat()
    ent = p["entl"] or (REF - dt.timedelta(days=random.randint(0, 2)))
    s = staff()
    return [L("kis", kis_prefix("INFO", "KIS.ADT", s["user"]), "Entlassung gebucht Fall ", P(p["fallnr"], "account"),
              " (", *name_parts(p), ") Entlassungsdatum=", P(d_de(ent), "date"),
              " Entlassgrund=", random.choice(["01", "02", "07", "09", "15"]),
              " HD=", p["icd"][0], " OPS=", p["ops"][0], " DRG=", random.choice(DRG),
              " entl. Arzt: ", s["title"], " ", s["vn"], " ", s["nn"])]


@phi(2)
def kis_kontakt():
    CLK.tick()
    p = pick_pat()
    r = p["rel"]
    variant = random.random()
    if variant < 0.5:
        return [L("kis", kis_prefix("INFO", "KIS.Patientenstamm"), "Notfallkontakt geändert PatNr ",
                  P(p["patnr"], "mrn"), ": ", P(r["vn"] + " " + r["nn"], "name"), " (", r["art"], "), Tel. ",
                  P(r["tel"], "phone"))]
    return [L("kis", kis_prefix("INFO", "KIS.Patientenstamm"), "Angehöriger hinterlegt | Patientennummer: ",
              P(p["patnr"], "mrn"), " | Beziehung: ", r["art"], " | Nachname: ", P(r["nn"], "name"),
              " | Vorname: ", P(r["vn"], "name"), " | Telefon: ", P(r["tel"], "phone"),
              " | Auskunft erlaubt: ", random.choice(["ja", "nein"]))]


@phi(1)
def kis_betreuer():
    CLK.tick()
    p = pick_pat("DE")
    bv, bn = random.choice([("Wiebke", "Hansen-Roth"), ("Ralf", "Dietrich"), ("Canan", "Aydın"), ("Marek", "Sobczak")])
    fax = phone_for("DE")
    return [L("kis", kis_prefix("INFO", "KIS.Patientenstamm"), "Gesetzliche Betreuung erfasst für Patient ",
              P(p["patnr"], "mrn"), ": Betreuer ", P(bv + " " + bn, "name"), ", Aufgabenkreis Gesundheitssorge, ",
              "Faxnummer ", P(fax, "fax"), ", Betreuungsgericht AG ", random.choice(["Berlin-Mitte", "Freiburg"]),
              ", Az. ", random.choice(["XVII", "51 XVII"]), " ", str(random.randint(100, 999)), "/23")]


@phi(1)
def kis_implantat():
    CLK.tick()
    p = pick_pat()
    sn = random.choice(["RNB", "PJN", "SVN", "CLJ"]) + rd(6) + random.choice(["S", "H", "G"])
    udi = make_udi(sn, "2" + str(random.randint(6, 8)) + "%02d" % random.randint(1, 12) + "%02d" % random.randint(1, 28))
    if random.random() < 0.5:
        return [L("kis", kis_prefix("INFO", "KIS.Implantatregister"), "Implantat dokumentiert Fall ",
                  P(p["fallnr"], "account"), ": Herzschrittmacher Medtronic Azure XT DR MRI SureScan, UDI ",
                  P(udi, "device"), ", OPS ", "5-377.30", ", Meldung an IRD vorbereitet")]
    return [L("kis", kis_prefix("INFO", "KIS.Implantatregister"), "Implantatausweis gedruckt für ",
              *name_parts(p, "vn nn"), ", Aggregat-Seriennummer ", P(sn, "device"), ", Elektroden 5076-52 (Charge ",
              rd(7), ")")]


@phi(1)
def kis_sterbefall():
    CLK.tick()
    old = [p for p in PATIENTS if p["age"] >= 90]
    p = random.choice(old)
    sd = REF - dt.timedelta(days=random.randint(0, 3))
    return [L("kis", kis_prefix("WARN", "KIS.ADT"), "Sterbefall dokumentiert: PatNr=", P(p["patnr"], "mrn"),
              " Name=", *name_parts(p), " Alter=", P(str(p["age"]), "age"), " Sterbedatum=", P(d_de(sd), "date"),
              " Todesbescheinigung durch ", staff()["title"], " ", staff()["nn"])]


@phi(2)
def kis_suche():
    CLK.tick()
    p = pick_pat()
    u = random.choice(NURSES)
    hits = random.randint(1, 4)
    return [L("kis", kis_prefix("INFO", "KIS.Audit", u[3]), "Patientensuche durch ", u[3], ": Nachname='",
              P(p["nn"], "name"), "' Vorname='", *([P(p["vn"][:3], "name"), "*"] if random.random() < 0.4 else [P(p["vn"], "name")]),
              "' Geburtsdatum='", P(d_de(p["geb"]), "date"), "' -> ", str(hits), " Treffer (", str(random.randint(8, 90)),
              " ms)")]


@phi(1)
def kis_alter():
    CLK.tick()
    p = random.choice([q for q in PATIENTS if q["age"] >= 90])
    return [L("kis", kis_prefix("INFO", "KIS.Pflege"), "Sturzrisiko-Assessment Fall ", P(p["fallnr"], "account"),
              ": Patient ", P(str(p["age"]), "age"), " J., Morse-Score 65 (hoch), Pflegegrad 3, Station ",
              p["station"][0])]


@clean(3)
def kis_clean():
    CLK.tick()
    s = staff()
    st = random.choice(STATIONEN)
    site = random.choice(SITES["DE"] + SITES["AT"] + SITES["CH"])
    k = random.choice(KASSEN_DE)
    n = random.choice(NURSES)
    msgs = [
        ("INFO", "KIS.Session", "Benutzer %s (%s %s %s, LANR %s) angemeldet an Arbeitsplatz WS-%s-%04d (%s)" % (
            s["user"], s["title"], s["vn"], s["nn"], s["lanr"], random.choice(["KAR", "ZNA", "ITS"]),
            random.randint(1, 900), priv_ip())),
        ("INFO", "KIS.Belegung", "Bettenbelegung %s: %d/%d belegt, %d Entlassungen geplant, %d Aufnahmen angekündigt" % (
            st[1], random.randint(18, 32), 32, random.randint(0, 5), random.randint(0, 4))),
        ("INFO", "KIS.Katalog", "Katalog ICD-10-GM 2024 geladen: %s Einträge in %d ms" % (
            "{:,}".format(random.randint(16000, 17000)).replace(",", "."), random.randint(400, 2000))),
        ("INFO", "KIS.Katalog", "OPS-Katalog Version 2024 aktiviert (gültig ab 01.01.2024), %d Kodes" % random.randint(30000, 32000)),
        ("INFO", "KIS.Schnittstelle", "KIS->SAP IS-H: %d Nachrichten übertragen, %d Fehler, Dauer %.1f s" % (
            random.randint(20, 400), random.randint(0, 2), random.uniform(0.4, 9.0))),
        ("INFO", "KIS.Befund", "Arztbrief %d freigegeben von %s %s %s (%s), Versand an Einweiser per Fax %s" % (
            random.randint(80000, 99999), s["title"], s["vn"], s["nn"], s["dept"], random.choice(HAUSAERZTE)["fax"])),
        ("INFO", "KIS.Lizenz", "Sitzungen aktiv: %d, Lizenzen frei: %d, Host %s" % (
            random.randint(200, 600), random.randint(10, 120), site["host"])),
        ("INFO", "KIS.DMS", "Dokument %d-%09d an DMS übertragen (PDF/A-2b, %d KB, Kategorie Arztbrief)" % (
            2024, random.randint(100000, 999999), random.randint(40, 900))),
        ("INFO", "KIS.Config", "Konfiguration neu geladen: kis.properties (Build 2024.1.%d vom %s)" % (
            random.randint(2, 19), d_de(dt.date(2024, 2, random.randint(1, 28))))),
        ("INFO", "KIS.Kostentraeger", "Kostenträgerstamm aktualisiert: IK %s %s, Kassenart %s, gültig ab 01.01.2024" % (
            k[1], k[0], random.choice(["AOK", "EK", "IKK", "BKK"]))),
        ("WARN", "KIS.Pflege", "Pflegedokumentation %s: %d Einträge ohne Gegenzeichnung seit %s (zuständig: %s %s %s)" % (
            st[0], random.randint(1, 14), d_de(REF - dt.timedelta(days=1)), n[0], n[1], n[2])),
        ("INFO", "KIS.DRG", "Grouper G-DRG 2024 initialisiert, Fallpauschalenkatalog %d DRGs, Basisfallwert %s EUR" % (
            random.randint(1280, 1300), random.choice(["4.210,59", "4.184,45", "4.318,87"]))),
        ("INFO", "KIS.Mandant", "Mandant %s (%s), IK %s, %s, Tel. %s" % (
            site["code"], site["name"], site["ik"] or "-", site["adr"], site["tel"])),
        ("ERROR", "KIS.Drucker", "Druckauftrag %d an Etikettendrucker PRN-%s-0%d fehlgeschlagen: Zeitüberschreitung (5000 ms)" % (
            random.randint(10000, 99999), st[0], random.randint(1, 9))),
        ("INFO", "KIS.Audit", "Notfallzugriff (Break-the-Glass) durch %s genehmigt, Begründung: Reanimation, Gültigkeit 60 min" % s["user"]),
        ("INFO", "KIS.Dienstplan", "Rufbereitschaft %s heute: %s %s %s, Piepser %d" % (
            s["dept"], s["title"], s["vn"], s["nn"], random.randint(4000, 4999))),
    ]
    lv, comp, m = random.choice(msgs)
    return [L("kis", kis_prefix(lv, comp), m)]


# --------------------------------------------------------------- HL7 ------
def hl7_header(mt, ctl, direction="empfangen"):
    return L("hl7-adt", ts_log4j(), " INFO  [", random.choice(["MLLP-In-KIS-01", "MLLP-In-KIS-02", "ChannelRouter-3"]),
             "] d.k.integration.hl7.AdtReceiver - Nachricht ", direction, " ", mt, " Control-ID ", ctl, " (",
             "{:,}".format(random.randint(700, 2900)).replace(",", "."), " Bytes) von ", priv_ip(), ":2575:")


def seg(fam, *fields):
    """fields: items separated by |, each item str or PHI tuple or list of parts."""
    ln = Line(fam)
    for i, f in enumerate(fields):
        if i:
            ln.t("|")
        if isinstance(f, list):
            ln.add(*f)
        else:
            ln.add(f)
    return ln


@phi(1.5)
def hl7_adt():
    CLK.tick()
    p = pick_pat()
    mt = random.choice(["ADT^A01", "ADT^A01", "ADT^A08", "ADT^A03", "ADT^A04", "ADT^A02"])
    ev = mt.split("^")[1]
    ctl = "KIS%s%04d" % (ts_hl7()[:12], random.randint(0, 9999))
    site = p["site"]
    fam = "hl7-adt"
    s = staff()
    out = [hl7_header(mt, ctl)]
    out.append(seg(fam, "MSH", "^~\\&", "KIS", site["code"], random.choice(["LIS", "RIS", "PACS", "PDMS", "SAPISH"]),
                   site["code"], ts_hl7(), "", mt + "^" + {"A03": "ADT_A03", "A02": "ADT_A02"}.get(ev, "ADT_A01"), ctl, "P", "2.5", "", "", "AL", "NE",
                   {"DE": "DEU", "AT": "AUT", "CH": "CHE"}[p["cc"]], "8859/1", "DEU"))
    out.append(seg(fam, "EVN", ev, ts_hl7(), "", "", s["user"] + "^" + s["nn"] + "^" + s["vn"]))
    street = P(p["str"] + " " + p["hnr"], "address")
    pid = ["PID", "1", "", [P(p["patnr"], "mrn"), "^^^", site["code"], "^PI"], "",
           [P(p["nn"], "name"), "^", P(p["vn"], "name"), "^^^^^L"], "",
           P(d_hl7(p["geb"]), "date"), p["sex"], "", "",
           [street, "^^", P(p["ort"], "address"), "^^", P(p["plz"], "zip"), "^", {"DE": "D", "AT": "A", "CH": "CH"}[p["cc"]],
            "^H"], "",
           [P(p["tel"], "phone"), "^PRN^PH~", P(p["mobil"], "phone"), "^PRN^CP"] if random.random() < 0.6 else
           [P(p["tel"], "phone"), "^PRN^PH~^NET^Internet^", P(p["email"], "email")],
           "", "de", random.choice(["M", "S", "W", "D"]), random.choice(["rk", "ev", "isl", "oh", ""]),
           [P(p["fallnr"], "account"), "^^^", site["code"], "^AN"]]
    out.append(seg(fam, *pid))
    if random.random() < 0.5:
        r = p["rel"]
        out.append(seg(fam, "NK1", "1", [P(r["nn"], "name"), "^", P(r["vn"], "name")], r["code"] + "^" + r["art"], "",
                       [P(r["tel"], "phone"), "^PRN^PH"], "", "EP^Notfallkontakt"))
    st = p["station"]
    pv1 = ["PV1", "1", "E" if st[0] == "ZNA" else "I", "%s^%d^%d^%s" % (st[0], random.randint(100, 520), random.randint(1, 3), site["code"]),
           random.choice(["R", "E", "U"]), "", "", "%s^%s^%s^^^%s^^^LANR" % (s["lanr"], s["nn"], s["vn"], s["title"]),
           "", "", random.choice(["0100", "0300", "1500", "2800"]), "", "", "", random.choice(["01", "06", "07"]), "", "", "", "I",
           [P(p["fallnr"], "account"), "^^^", site["code"], "^VN"]]
    pv1 += [""] * (44 - len(pv1) + 0)
    pv1.append([P(d_hl7(p["aufn"]), "date"), p["aufn_tm"].replace(":", "") + "00"])
    if ev == "A03" and p["entl"]:
        pv1.append([P(d_hl7(p["entl"]), "date"), "1030"])
    out.append(seg(fam, *pv1))
    out.append(seg(fam, "ZBE", "MV%s%04d^KIS" % (ts_hl7()[2:8], random.randint(0, 9999)),
                   [P(d_hl7(p["aufn"]), "date"), p["aufn_tm"].replace(":", "")], "",
                   random.choice(["INSERT", "UPDATE"]), "N", st[0] + "^^^^^^^^^" + site["code"]))
    if p["cc"] == "DE":
        out.append(seg(fam, "IN1", "1", "GKV", p["kasse_ik"], p["kasse"], "Postfach^^" + random.choice(["Potsdam", "Hamburg", "Stuttgart"]),
                       *([""] * 30), [P(p["vnr"], "health_plan")]))
        out.append(seg(fam, "ZVK", "1", [P(p["vnr"], "health_plan")], random.choice(["1", "3", "5"]), "00", "00",
                       p["kasse_ik"], "eGK^G2.1", "1"))
    elif p["cc"] == "AT":
        out.append(seg(fam, "ZVK", "1", [P(p["vnr"], "other_id")], "", "", "", p["kasse_ik"] + "^" + p["kasse"],
                       "ecard", "1"))
    else:
        out.append(seg(fam, "ZVK", "1", [P(p["vnr"], "health_plan")], "", "", "", p["kasse_ik"] + "^" + p["kasse"],
                       "VK", "1", [P(p["ahv"].replace(".", ""), "other_id")]))
    ha = random.choice(HAUSAERZTE[:2])
    if p["cc"] == "DE":
        out.append(seg(fam, "ZAU", "0101^vollstationär", "01^Einweisung Vertragsarzt", ha["bsnr"] + "^BSNR",
                       ha["lanr"] + "^LANR", ha["n"]))
    if random.random() < 0.5:
        out.append(seg(fam, "DG1", "1", "", p["icd"][0] + "^" + p["icd"][1] + "^I10-2024", "",
                       [P(d_hl7(p["aufn"]), "date")], "AD", "", "", "", "", "", "", "", "", "", "", "", "", "",
                       "G"))
    out.append(L(fam, ts_log4j(CLK.small()), " INFO  [ChannelRouter-3] d.k.integration.hl7.AckSender - ACK gesendet MSA|AA|",
                 ctl, " (", str(random.randint(3, 90)), " ms)"))
    return out


@clean(2)
def hl7_clean():
    CLK.tick()
    fam = "hl7-adt"
    ctl = "LIS%s%04d" % (ts_hl7()[:12], random.randint(0, 9999))
    ch = random.randint(1, 12)
    m = random.choice([
        "Kanal %d (KIS->LIS) gestartet, Warteschlange %d Nachrichten" % (ch, random.randint(0, 40)),
        "Verbindung zu %s:2575 getrennt (Idle-Timeout 300 s), Reconnect in 10 s" % priv_ip(),
        "Nachricht %s an Ziel PDMS zugestellt, Laufzeit %d ms" % (ctl, random.randint(4, 300)),
        "Queue ADT-OUT-RIS: %d ausstehend, älteste %s" % (random.randint(0, 20), ts_log4j()),
        "NAK empfangen MSA|AE|%s|Segment ZBE fehlt (Fehlercode 101)" % ctl,
        "Keepalive ok %s (RTT %d ms)" % (priv_ip(), random.randint(1, 20)),
    ])
    return [L(fam, ts_log4j(), " INFO  [ChannelRouter-%d] d.k.integration.hl7.Router - " % ch, m)]


@clean(1)
def hl7_orm_clean():
    """lab result without patient identifying segment parts (OBX/OBR only logged at DEBUG)."""
    CLK.tick()
    fam = "hl7-adt"
    an = auftragsnr()
    out = [L(fam, ts_log4j(), " DEBUG [MLLP-In-LIS-01] d.k.integration.hl7.OruReceiver - Befundsegmente zu Auftrag ", an, ":")]
    out.append(seg(fam, "OBR", "1", an + "^KIS", an + "01^LIS", "KBB^Kleines Blutbild^L", "", "", ts_hl7()))
    for code, txt, val, unit, rng in random.sample([
            ("HB", "Hämoglobin", "12.4", "g/dl", "13.5-17.5"), ("LEUK", "Leukozyten", "11.2", "/nl", "3.9-10.2"),
            ("THRO", "Thrombozyten", "212", "/nl", "146-328"), ("CRP", "C-reaktives Protein", "48.1", "mg/l", "<5.0"),
            ("KREA", "Kreatinin", "1.31", "mg/dl", "0.7-1.2"), ("K", "Kalium", "4.6", "mmol/l", "3.5-5.1")], 3):
        out.append(seg(fam, "OBX", str(len(out) - 1), "NM", code + "^" + txt + "^L", "", val, unit, rng,
                       random.choice(["N", "H", "L"]), "", "", "F"))
    return out


# ------------------------------------------------------------ Spring ------
SPRING_APPS = [("kis-aufnahme", "d.k.kis.aufnahme.web.AufnahmeController"),
               ("kis-termin", "d.k.kis.termin.service.TerminService"),
               ("kis-vsdm", "d.k.kis.vsdm.VsdmPruefService"),
               ("kis-aufnahme", "d.k.kis.aufnahme.service.FallService")]


SPRING_THR = ["main"]


def spring_prefix(level, logger, boot3=None, app=None):
    pid = 48211
    thr = SPRING_THR[0]
    if boot3 is None:
        boot3 = random.random() < 0.5
    lg = logger
    if boot3:
        return "%s %5s %d --- [%s] [%15s] %-40s : " % (ts_iso(), level, pid, app or "kis-aufnahme",
                                                        thr[-15:], lg)
    return "%s %5s %d --- [%15s] %-40s : " % (ts_dot(), level, pid, thr[-15:], lg)


@phi(3)
def spring_termin():
    CLK.tick()
    p = pick_pat()
    tdate = REF + dt.timedelta(days=random.randint(1, 40))
    amb = random.choice(["Kardiologische Ambulanz", "Prämedikation", "Chirurgische Sprechstunde", "MRT", "Diabetesambulanz"])
    v = random.random()
    if v < 0.4:
        return [L("spring-boot", spring_prefix("INFO", "d.k.kis.termin.service.TerminService", app="kis-termin"),
                  "Termin gebucht: terminId=", str(random.randint(70000, 99999)), ", patientId=", P(p["patnr"], "mrn"),
                  ", datum=", P(d_de(tdate), "date"), " %02d:%s" % (random.randint(7, 16), random.choice(["00", "15", "30", "45"])),
                  ", ambulanz=", amb, ", arzt=", staff()["user"])]
    if v < 0.7:
        return [L("spring-boot", spring_prefix("INFO", "d.k.kis.termin.service.ErinnerungService", app="kis-termin"),
                  "SMS-Erinnerung versendet an ", P(p["mobil"], "phone"), " für Termin am ", P(d_de(tdate), "date"),
                  " (Provider-ID ", hexid(12), ", Status ACCEPTED)")]
    return [L("spring-boot", spring_prefix("WARN", "d.k.kis.termin.service.TerminService", app="kis-termin"),
              "Terminkollision für Patient ", *name_parts(p, "vn nn"), " (geb. ", P(d_de(p["geb"]), "date"), ") am ",
              P(d_de(tdate), "date"), ": Raum ", random.choice(["MRT-1", "CT-2", "Amb-3.14"]), " doppelt belegt")]


@phi(2)
def spring_vsdm():
    CLK.tick()
    p = pick_pat("DE")
    if random.random() < 0.55:
        return [L("spring-boot", spring_prefix("INFO", "d.k.kis.vsdm.VsdmPruefService", app="kis-vsdm"),
                  "VSDM-Prüfung erfolgreich: versichertenId=", P(p["vnr"], "health_plan"), ", kostentraegerIk=",
                  p["kasse_ik"], ", pruefungsnachweis=", random.choice(["1", "2", "3"]), ", dauer=",
                  str(random.randint(300, 4000)), "ms")]
    # error with stacktrace
    out = [L("spring-boot", spring_prefix("ERROR", "d.k.kis.aufnahme.web.AufnahmeController", app="kis-aufnahme"),
             "Aufnahme für Patient ", P(p["patnr"], "mrn"), " fehlgeschlagen")]
    out.append(L("spring-boot", "d.k.kis.vsdm.VsdmException: Online-Prüfung für Versichertennummer ",
                 P(p["vnr"], "health_plan"), " fehlgeschlagen: Fachdienst nicht erreichbar (Timeout nach 30000 ms)"))
    for fr in ["de.klinikverbund.kis.vsdm.VsdmPruefService.pruefe(VsdmPruefService.java:142)",
               "de.klinikverbund.kis.aufnahme.service.FallService.legeFallAn(FallService.java:87)",
               "de.klinikverbund.kis.aufnahme.web.AufnahmeController.aufnehmen(AufnahmeController.java:61)",
               "java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)"]:
        out.append(L("spring-boot", "\tat ", fr))
    out.append(L("spring-boot", "Caused by: java.net.SocketTimeoutException: Read timed out"))
    out.append(L("spring-boot", "\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)"))
    out.append(L("spring-boot", "\t... %d common frames omitted" % random.randint(40, 120)))
    return out


@phi(2)
def spring_hibernate_bind():
    CLK.tick()
    p = pick_pat()
    lg = "org.hibernate.orm.jdbc.bind"
    out = [L("spring-boot", spring_prefix("DEBUG", "org.hibernate.SQL", boot3=True),
             "select p1_0.patient_id,p1_0.geburtsdatum,p1_0.nachname,p1_0.vorname from patient p1_0 "
             "where p1_0.nachname=? and p1_0.geburtsdatum=?")]
    out.append(L("spring-boot", spring_prefix("TRACE", lg, boot3=True), "binding parameter (1:VARCHAR) <- [",
                 P(p["nn"], "name"), "]"))
    out.append(L("spring-boot", spring_prefix("TRACE", lg, boot3=True), "binding parameter (2:DATE) <- [",
                 P(d_iso(p["geb"]), "date"), "]"))
    return out


@phi(1)
def spring_mdc():
    CLK.tick()
    p = pick_pat()
    return [L("spring-boot", spring_prefix("INFO", "d.k.kis.aufnahme.service.FallService", app="kis-aufnahme"),
              "[fallNr=", P(p["fallnr"], "account"), ", traceId=", hexid(32), "] Bewegung gebucht: Verlegung ",
              random.choice(STATIONEN)[0], " -> ", p["station"][0], ", Bett ", str(random.randint(1, 3)))]


@clean(3)
def spring_clean():
    CLK.tick()
    pre = lambda lv, lg: spring_prefix(lv, lg, app=random.choice(["kis-aufnahme", "kis-termin", "kis-vsdm"]))
    choices = [
        lambda: [L("spring-boot", pre("INFO", "d.k.kis.aufnahme.AufnahmeServiceApplication"),
                   "Started AufnahmeServiceApplication in %.3f seconds (process running for %.3f)" % (
                       random.uniform(8, 20), random.uniform(20, 25)))],
        lambda: [L("spring-boot", pre("INFO", "com.zaxxer.hikari.HikariDataSource"), "HikariPool-1 - Start completed.")],
        lambda: [L("spring-boot", pre("INFO", "o.s.b.w.embedded.tomcat.TomcatWebServer"),
                   "Tomcat started on port 8080 (http) with context path '/kis-aufnahme'")],
        lambda: [L("spring-boot", pre("INFO", "d.k.kis.belegung.BettenSyncJob"),
                   "Bettensync abgeschlossen: %d Stationen, %d Betten, Dauer %d ms" % (
                       random.randint(25, 40), random.randint(600, 900), random.randint(200, 3000)))],
        lambda: [L("spring-boot", pre("DEBUG", "org.hibernate.SQL"),
                   "update fall set station=?,bett=?,version=? where fall_id=? and version=?")],
        lambda: [L("spring-boot", pre("WARN", "o.s.w.s.m.s.DefaultHandlerExceptionResolver"),
                   "Resolved [org.springframework.web.HttpRequestMethodNotSupportedException: Request method 'PUT' is not supported]")],
        lambda: [L("spring-boot", pre("INFO", "d.k.kis.web.RequestLoggingFilter"),
                   "GET /api/v1/stationen/%s/belegung -> 200 (%d ms) user=%s" % (
                       random.choice(STATIONEN)[0], random.randint(5, 200), staff()["user"]))],
        lambda: [L("spring-boot", pre("INFO", "d.k.kis.termin.service.TerminService"),
                   "Terminslots für %s generiert: %d Slots von %s bis %s" % (
                       random.choice(["MRT-1", "CT-2", "Herzkatheter"]), random.randint(40, 300),
                       d_de(REF + dt.timedelta(days=7)), d_de(REF + dt.timedelta(days=35))))],
        lambda: [L("spring-boot", pre("WARN", "o.s.b.a.j.JpaBaseConfiguration$JpaWebConfiguration"),
                   "spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering.")],
        lambda: [L("spring-boot", pre("INFO", "d.k.kis.vsdm.KonnektorClient"),
                   "Konnektor %s erreichbar, Produktversion 5.1.3, TI-Status ONLINE, Kartenterminals %d" % (
                       priv_ip(), random.randint(4, 30)))],
    ]
    return random.choice(choices)()


# ------------------------------------------------------------- .NET -------
def mel_two(level, cat, eid, msg_parts):
    l1 = L("dotnet-mel", "%s: %s[%d]" % (level, cat, eid))
    l2 = L("dotnet-mel", "      ", *msg_parts)
    return [l1, l2]


def seri(level):
    return "%s +01:00 [%s] " % (ts_dot(), level)


@phi(3)
def dotnet_sepa():
    CLK.tick()
    p = pick_pat()
    holder_rel = random.random() < 0.4
    holder = (P(p["rel"]["vn"] + " " + p["rel"]["nn"], "name") if holder_rel else P(p["vn"] + " " + p["nn"], "name"))
    amt = "%s,%02d" % ("{:,}".format(random.randint(40, 4800)).replace(",", "."), random.randint(0, 99))
    v = random.random()
    ib = p["iban"]
    if v < 0.35:
        return mel_two("info", "Klinikverbund.Selbstzahler.Services.LastschriftService", 2001,
                       ["SEPA-Lastschrift für Fall ", P(p["fallnr"], "account"), " erstellt: IBAN ", P(iban_grp(ib), "account"),
                        ", Kontoinhaber ", holder, ", Betrag ", amt, " EUR, Mandatsreferenz KV-", rd(8)])
    if v < 0.7:
        # CLEF (Serilog compact json)
        ln = Line("serilog-clef")
        pairs = [("@t", ts_utc7()), ("@mt", "Zahlungsart für {Fallnummer} auf {Zahlungsart} geändert, IBAN {Iban}"),
                 ("Fallnummer", P(p["fallnr"], "account")), ("Zahlungsart", "SEPA-Lastschrift"), ("Iban", P(ib, "account")),
                 ("Kontoinhaber", holder),
                 ("SourceContext", "Klinikverbund.Selbstzahler.Services.ZahlungsartService"),
                 ("RequestId", "0HN1%s:%08X" % (hexid(8).upper(), random.randint(1, 40))),
                 ("RequestPath", "/api/selbstzahler/zahlungsart"), ("MachineName", "SZ-APP02")]
        return [jwrite(ln, pairs)]
    return [L("serilog", seri("INF"), "Rechnungsempfänger aktualisiert für Patient ", P(p["patnr"], "mrn"), ": ",
              *name_parts(p, "vn nn"), ", ", *addr_parts(p), ", IBAN ", P(ib, "account"))]


@phi(2)
def dotnet_json_console():
    CLK.tick()
    p = pick_pat()
    fmt = "Kontaktdaten für Patient {PatientNr} aktualisiert: {Email}, {Telefon}"
    msg_parts = ["Kontaktdaten für Patient ", P(esc_stj(p["patnr"]), "mrn"), " aktualisiert: ", P(esc_stj(p["email"]), "email"),
                 ", ", P(esc_stj(p["tel"]), "phone")]
    ln = Line("dotnet-json")
    ln.t('{"Timestamp":"%s","EventId":3104,"LogLevel":"Information","Category":"Klinikverbund.Portal.Services.KontaktService","Message":"' % ts_dot())
    ln.add(*msg_parts)
    ln.t('","State":{"Message":"')
    ln.add(*msg_parts)
    ln.t('","PatientNr":"').p(esc_stj(p["patnr"]), "mrn").t('","Email":"').p(esc_stj(p["email"]), "email")
    ln.t('","Telefon":"').p(esc_stj(p["tel"]), "phone").t('","{OriginalFormat}":"' + esc_stj(fmt) + '"}}')
    out = [ln]
    if random.random() < 0.6:
        ln2 = Line("dotnet-json")
        ln2.t('{"Timestamp":"%s","EventId":3105,"LogLevel":"Information","Category":"Klinikverbund.Portal.Services.KontaktService","Message":"' % ts_dot(CLK.small()))
        parts = ["Postanschrift ge\\u00E4ndert: ", P(esc_stj(p["str"] + " " + p["hnr"]), "address"), ", ",
                 P(p["plz"], "zip"), " ", P(esc_stj(p["ort"]), "address")]
        ln2.add(*parts)
        ln2.t('","State":{"Message":"')
        ln2.add(*parts)
        ln2.t('","{OriginalFormat}":"Postanschrift ge\\u00E4ndert: {Strasse}, {Plz} {Ort}"}}')
        out.append(ln2)
    return out


@clean(3)
def dotnet_clean():
    CLK.tick()
    v = random.randint(0, 8)
    if v == 0:
        return mel_two("info", "Microsoft.Hosting.Lifetime", 14, ["Now listening on: http://[::]:5080"])
    if v == 1:
        return mel_two("info", "Microsoft.Hosting.Lifetime", 0, ["Application started. Press Ctrl+C to shut down."]) + \
            mel_two("info", "Microsoft.Hosting.Lifetime", 0, ["Hosting environment: Production"])
    if v == 2:
        return [L("serilog", seri("INF"), "HTTP POST /api/zahlungen/abgleich responded 200 in %.4f ms" % random.uniform(20, 900))]
    if v == 3:
        return [L("serilog", seri("WRN"), "Zahlungsabgleich: %d Buchungen ohne Zuordnung (Kontoauszug %d/%03d, BLZ %s)" % (
            random.randint(1, 9), 2024, random.randint(40, 60), random.choice(["10050000", "68050101"])))]
    if v == 4:
        return mel_two("fail", "Klinikverbund.Selbstzahler.Ebics.EbicsClient", 5001,
                       ["EBICS-Verbindung fehlgeschlagen: Timeout nach 30 s (Host ebics.sparkasse-example.de, Kunden-ID KV%s)" % rd(6)])
    if v == 5:
        return [L("serilog", seri("INF"), "Mahnlauf %s abgeschlossen: %d Mahnungen Stufe 1, %d Stufe 2, Summe %s EUR" % (
            CLK.t.strftime("%Y%m%d"), random.randint(10, 80), random.randint(1, 20),
            "{:,}".format(random.randint(10000, 90000)).replace(",", ".") + ",%02d" % random.randint(0, 99)))]
    if v == 6:
        ln = Line("serilog-clef")
        return [jwrite(ln, [("@t", ts_utc7()), ("@mt", "Rechnungslauf {Lauf} gestartet, {Anzahl} Fälle"),
                            ("Lauf", "RL-%s" % CLK.t.strftime("%Y%m%d-%H%M")), ("Anzahl", random.randint(20, 400)),
                            ("SourceContext", "Klinikverbund.Selbstzahler.Jobs.RechnungslaufJob"), ("MachineName", "SZ-APP01")])]
    if v == 7:
        return mel_two("warn", "Microsoft.EntityFrameworkCore.Model.Validation", 10622,
                       ["Entity 'Zahlung' has a global query filter defined and is the required end of a relationship with the entity 'Buchung'."])
    return [L("serilog", seri("DBG"), "Cache Kostenträger neu geladen (%d Einträge, Quelle %s)" % (
        random.randint(900, 1200), "kostentraeger_2024Q1.csv"))]


# -------------------------------------------------------------- SAP -------
def sap_line(text_parts, cls, nr, typ):
    ln = L("sap-ish-joblog", ts_sap(), " ")
    ln.add(*text_parts)
    pad = max(1, 72 - len("".join(x[0] if isinstance(x, tuple) else x for x in text_parts)))
    ln.t(" " * pad + "%-5s %3s %s" % (cls, nr, typ))
    return ln


@phi(1)
def sap_abrechnung():
    CLK.tick()
    out = []
    prog = random.choice(["RNAENT00", "RNLABR00", "RNC301A1"])
    job = {"RNAENT00": "ISH_ENTL_ABRECHNUNG", "RNLABR00": "ISH_SAMMELABRECHNUNG", "RNC301A1": "ISH_301_VERSAND"}[prog]
    out.append(sap_line(["Job ", job, " gestartet"], "00", "516", "S"))
    out.append(sap_line(["Step 001 gestartet (Programm ", prog, ", Variante NACHT, Benutzer BATCH_ISH)"], "00", "550", "S"))
    n = random.randint(2, 4)
    out.append(sap_line(["Es wurden ", str(random.randint(80, 1400)), " Fälle selektiert"], "N1", "100", "S"))
    for _ in range(n):
        CLK.small()
        p = pick_pat("DE")
        if prog == "RNC301A1":
            out.append(sap_line(["§301-Nachricht ", random.choice(["AUFN", "ENTL", "RECH", "VERL"]), " für Fall ",
                                 P(p["fallnr"], "account"), " an IK ", p["kasse_ik"], " erstellt (Vers.-Nr. ",
                                 P(p["vnr"], "health_plan"), ")"], "NC", "301", "S"))
        elif random.random() < 0.5:
            ent = p["entl"] or REF
            out.append(sap_line(["Fall ", P(p["fallnr"], "account"), " Pat. ", P(p["patnr"], "mrn"), " ", *name_parts(p),
                                 ": Entl. ", P(d_de(ent), "date"), ", Rechnung ", "90" + rd(8), " erzeugt"], "NR", "040", "S"))
        else:
            out.append(sap_line(["Fall ", P(p["fallnr"], "account"), ": Kostenübernahme fehlt, Fall übersprungen"],
                                "NR", "112", "W"))
    out.append(sap_line(["Job beendet"], "00", "517", "S"))
    return out


@phi(1)
def sap_adresse():
    CLK.tick()
    p = pick_pat()
    return [sap_line(["Patient ", P(p["patnr"], "mrn"), ": Adressprüfung Postleitzahl ", P(p["plz"], "zip"), " / Ort ",
                      P(p["ort"], "address"), " nicht eindeutig"], "N1", "287", "W")]


@clean(0.7)
def sap_clean():
    CLK.tick()
    out = []
    job = random.choice(["ISH_P21_EXPORT", "ISH_BEWEGUNGSSTATISTIK", "ISH_KATALOGIMPORT_OPS", "ISH_ARCHIVIERUNG"])
    out.append(sap_line(["Job ", job, " gestartet"], "00", "516", "S"))
    out.append(sap_line(["Step 001 gestartet (Programm ", random.choice(["RNP21EXP", "RNSTAT01", "RNKATIMP"]),
                         ", Variante ", random.choice(["TAEGLICH", "MONAT"]), ", Benutzer BATCH_ISH)"], "00", "550", "S"))
    out.append(sap_line(["Datei FALL.csv: ", "{:,}".format(random.randint(3000, 30000)).replace(",", "."),
                         " Datensätze geschrieben"], "N3", "021", "S"))
    out.append(sap_line(["Einrichtung 1000, Stichtag ", d_de(REF - dt.timedelta(days=1)), ", Zeitraum 01.01.2024 - 31.03.2024"],
                        "N3", "022", "I"))
    if random.random() < 0.5:
        out.append(sap_line(["Spool-Auftrag ", str(random.randint(10000, 99999)), " (Nummer) erzeugt, Drucker LOCL"],
                            "SY", "395", "S"))
    out.append(sap_line(["Job beendet"], "00", "517", "S"))
    return out


# -------------------------------------------------------------- LAB -------
def lab_pre(level="INFO"):
    return "[%s] orderentry.%s: " % (ts_iso(), level)


@phi(3)
def lab_auftrag():
    CLK.tick()
    p = pick_pat()
    an = auftragsnr()
    s = staff()
    entn = CLK.t.date()
    ln = Line("lab-orderentry").t(lab_pre() + "Auftrag angelegt ")
    jwrite(ln, [("auftragsnr", an), ("patnr", P(p["patnr"], "mrn")), ("fallnr", P(p["fallnr"], "account")),
                ("nachname", P(p["nn"], "name")),
                ("vorname", P(p["vn"], "name")), ("gebdat", P(d_de(p["geb"]), "date")), ("einsender", p["station"][0]),
                ("anforderer", s["title"] + " " + s["nn"]), ("prio", random.choice(["R", "N", "E"])),
                ("profile", random.sample(["KBB", "CRP", "NA", "K", "KREA", "GGT", "TSH", "TROP", "INR", "LAKT"], 4))])
    ln.t(" []")
    out = [ln]
    out.append(L("lab-orderentry", lab_pre(), "Entnahme bestätigt Auftrag ", an, ": Entnahmedatum ", P(d_de(entn), "date"),
                 " %02d:%02d" % (CLK.t.hour, random.randint(0, 59)), ", Material EDTA-Blut/Serum, entnommen von ",
                 random.choice(NURSES)[3], " {} []"))
    if random.random() < 0.6:
        out.append(L("lab-orderentry", lab_pre(), "Etikett gedruckt ", an, "-01 EDTA | ", *name_parts(p), " * ",
                     P(d_de(p["geb"]), "date"), " | ", p["station"][0], " | PRN-", p["station"][0], "-01 {} []"))
    return out


@phi(1)
def lab_kritisch():
    CLK.tick()
    p = pick_pat()
    an = auftragsnr()
    return [L("lab-orderentry", lab_pre("WARNING"), "Kritischer Wert K 6.8 mmol/l Auftrag ", an, " Patient ",
              *name_parts(p), " (", P(p["patnr"], "mrn"), ") telefonisch an ", p["station"][1], " durchgegeben ",
              '{"empfaenger":"', random.choice(NURSES)[2], '","uhrzeit":"', CLK.t.strftime("%H:%M"), '"} []')]


@clean(3)
def lab_clean():
    CLK.tick()
    an = auftragsnr()
    m = random.choice([
        "Auftrag %s an Analysensystem cobas-8000-0%d übertragen (%d Tests) {} []" % (an, random.randint(1, 3), random.randint(3, 15)),
        "Probe %s-01 eingegangen, Materialart %s, Rack %04d Position %d {} []" % (
            an, random.choice(["EDTA-Blut", "Serum", "Citrat", "Urin"]), random.randint(1, 800), random.randint(1, 10)),
        'Befund %s technisch validiert {"NA":"%d mmol/l","K":"%.1f mmol/l","KREA":"%.2f mg/dl","CRP":"%.1f mg/l"} []' % (
            an, random.randint(128, 146), random.uniform(3.2, 5.6), random.uniform(0.6, 2.4), random.uniform(0.3, 120)),
        "Befund %s medizinisch freigegeben durch %s %s {} []" % (an, staff()["title"], staff()["nn"]),
        "Ringversuch INSTAND 2024/1 Klinische Chemie bestanden, Zertifikat gültig bis 30.06.2024 {} []",
        "Gerät Sysmex XN-%d SN %s: QC Level 2 außerhalb (HGB 16.9 g/dl, Soll 15.2 +- 0.6) {} []" % (
            random.choice([1000, 2000, 9000]), rd(5)),
        "Anforderungskatalog neu geladen: %d Analysen, %d Profile {} []" % (random.randint(900, 1200), random.randint(60, 120)),
        "Auftrag %s storniert durch %s (Grund: Doppelanforderung) {} []" % (an, random.choice(NURSES)[3]),
    ])
    return [L("lab-orderentry", lab_pre(random.choice(["INFO", "INFO", "NOTICE"])), m)]


# ------------------------------------------------------------ Portal ------
def portal_base(msg, logger, level="INFO"):
    return [("@timestamp", ts_iso()), ("@version", "1"), ("message", msg), ("logger_name", logger),
            ("thread_name", "http-nio-8443-exec-%d" % random.randint(1, 40)), ("level", level),
            ("level_value", {"INFO": 20000, "WARN": 30000, "ERROR": 40000, "DEBUG": 10000}[level])]


@phi(3)
def portal_reg():
    CLK.tick()
    p = pick_pat()
    v = random.randint(0, 6)
    ln = Line("portal-json")
    tid = hexid(32)
    if v == 0:
        jwrite(ln, portal_base("Registrierung abgeschlossen", "d.k.portal.registrierung.RegistrierungService") +
               [("traceId", tid), ("benutzername", P(p["user"], "other_id")), ("email", P(p["email"], "email")),
                ("clientIp", P(p["ip"], "ip")), ("patientennummer", P(p["patnr"], "mrn"))])
    elif v == 1:
        jwrite(ln, portal_base("Login erfolgreich", "d.k.portal.security.LoginListener") +
               [("traceId", tid), ("user", P(p["user"], "other_id")), ("remoteAddr", P(p["ip"], "ip")),
                ("mfa", "TOTP"), ("userAgent", random.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)",
                                                              "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Gecko/20100101 Firefox/123.0"]))])
    elif v == 2:
        jwrite(ln, portal_base("Selbstzahler-Bankverbindung hinterlegt", "d.k.portal.zahlung.BankverbindungController") +
               [("traceId", tid), ("patientId", P(p["patnr"], "mrn")), ("iban", P(p["iban"], "account")),
                ("kontoinhaber", P(p["vn"] + " " + p["nn"], "name")), ("bic", random.choice(["BELADEBEXXX", "SOLADEST600", "UBSWCHZH80A", "BKAUATWW"]))])
    elif v == 3:
        tdate = REF + dt.timedelta(days=random.randint(2, 30))
        jwrite(ln, portal_base("Terminanfrage eingegangen", "d.k.portal.termin.TerminanfrageController") +
               [("traceId", tid), ("benutzer", P(p["user"], "other_id")), ("wunschtermin", P(d_iso(tdate), "date")),
                ("fachbereich", random.choice(["Kardiologie", "Orthopädie", "Gynäkologie"])), ("rueckrufNummer", P(p["mobil"], "phone"))])
    elif v == 4:
        jwrite(ln, portal_base("Passwort-Reset angefordert, E-Mail versendet", "d.k.portal.mail.MailService") +
               [("traceId", tid), ("from", "noreply@patientenportal.klinikverbund-drs.de"), ("to", P(p["email"], "email")),
                ("template", "pw-reset-de"), ("smtpMessageId", "<%s@mail.klinikverbund-drs.de>" % hexid(16))])
    elif v == 5:
        jwrite(ln, portal_base("Profil aktualisiert", "d.k.portal.profil.ProfilService") +
               [("traceId", tid), ("benutzer", P(p["user"], "other_id")),
                ("profilUrl", P("https://portal.klinikverbund-drs.de/profil/" + p["user"], "url")),
                ("adresse", OBJ([("strasse", P(p["str"] + " " + p["hnr"], "address")), ("plz", P(p["plz"], "zip")),
                                  ("ort", P(p["ort"], "address")), ("land", p["cc"])])),
                ("telefon", P(p["tel"], "phone"))])
    else:
        jwrite(ln, portal_base("Zu viele fehlgeschlagene Anmeldeversuche, Konto gesperrt", "d.k.portal.security.LockoutService", "WARN") +
               [("traceId", tid), ("user", P(p["user"], "other_id")), ("remoteAddr", P(public_ip(), "ip")), ("versuche", 5),
                ("gesperrtBis", ts_iso(CLK.t + dt.timedelta(minutes=30)))])
    return [ln]


@phi(0.15)
def portal_foto():
    CLK.tick()
    p = pick_pat()
    # tiny synthetic JPEG-like payload (header bytes + random body), base64
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + \
        bytes(random.randint(0, 255) for _ in range(random.randint(300, 600))) + bytes([0xFF, 0xD9])
    b64 = __import__("base64").b64encode(raw).decode()
    ln = Line("portal-json")
    jwrite(ln, portal_base("Profilbild hochgeladen", "d.k.portal.profil.ProfilbildController", "DEBUG") +
           [("traceId", hexid(32)), ("benutzer", P(p["user"], "other_id")), ("contentType", "image/jpeg"),
            ("groesse", len(raw)), ("vorschau", P("data:image/jpeg;base64," + b64, "photo"))])
    return [ln]


@phi(1)
def portal_park():
    CLK.tick()
    p = pick_pat("DE")
    plate = random.choice(["B", "P", "FR", "EM", "OHV", "L"]) + "-" + random.choice(["HM", "KA", "ZT", "QX", "AB"]) + " " + \
        str(random.randint(10, 9999))
    ln = Line("portal-json")
    jwrite(ln, portal_base("Parkberechtigung Dialysepatient erteilt", "d.k.portal.parken.ParkausweisService") +
           [("traceId", hexid(32)), ("patientId", P(p["patnr"], "mrn")), ("kennzeichen", P(plate, "vehicle")),
            ("parkhaus", "P2 Nord"), ("gueltigBis", "2024-06-30")])
    return [ln]


@clean(3)
def portal_clean():
    CLK.tick()
    ln = Line("portal-json")
    v = random.randint(0, 5)
    if v == 0:
        jwrite(ln, portal_base("Mailversand an SMTP-Relay erfolgreich", "d.k.portal.mail.MailService") +
               [("traceId", hexid(32)), ("relay", "mail.klinikverbund-drs.internal:587"), ("from", "noreply@patientenportal.klinikverbund-drs.de"),
                ("dauerMs", random.randint(30, 900))])
    elif v == 1:
        jwrite(ln, portal_base("Rate limit erreicht für Route /api/v2/login", "d.k.portal.security.RateLimitFilter", "WARN") +
               [("traceId", hexid(32)), ("limit", "10/min"), ("bucket", "login-" + hexid(6))])
    elif v == 2:
        jwrite(ln, portal_base("Session abgelaufen", "d.k.portal.security.SessionListener") +
               [("sessionId", hexid(24).upper()), ("dauerMin", random.randint(5, 30))])
    elif v == 3:
        jwrite(ln, portal_base("Befund-PDF erzeugt", "d.k.portal.befund.PdfService") +
               [("traceId", hexid(32)), ("dokumentId", uuid4()), ("seiten", random.randint(1, 8)), ("bytes", random.randint(20000, 900000))])
    elif v == 4:
        jwrite(ln, portal_base("Kontaktformular Support weitergeleitet an it-service@klinikverbund-drs.de", "d.k.portal.support.SupportService") +
               [("traceId", hexid(32)), ("ticket", "INC%07d" % random.randint(100000, 999999)), ("kategorie", "Anmeldung")])
    else:
        jwrite(ln, portal_base("Health check OK", "d.k.portal.health.HealthController", "DEBUG") +
               [("db", "UP"), ("kis", "UP"), ("mail", random.choice(["UP", "DEGRADED"])), ("version", "3.8.%d" % random.randint(0, 9))])
    return [ln]


# ------------------------------------------------------------- DICOM ------
def dcm_pre(level="INFO", logger="org.dcm4che3.net.Dimse"):
    return "%s %-5s [%s] (EE-ManagedExecutorService-default-Thread-%d) " % (ts_log4j(), level, logger, random.randint(1, 40))


def dcm_attr(tag, vr, val_parts, name):
    ln = L("dicom-mwl", tag, " ", vr, " [")
    ln.add(*val_parts)
    ln.t("] " + name)
    return ln


@phi(0.9)
def dicom_mwl():
    CLK.tick()
    p = pick_pat()
    ae = random.choice(["CT_SOMATOM_1", "MR_VIDA_2", "CR_NOTAUF", "US_KARDIO3", "DX_YSIO_1"])
    mod = {"CT": "CT", "MR": "MR", "CR": "CR", "US": "US", "DX": "DX"}[ae[:2]]
    an = "RAD" + auftragsnr()[:6] + rd(5)
    rq = random.randint(1, 40)
    s = random.choice([x for x in STAFF if x["dept"] == "Radiologie"])
    out = [L("dicom-mwl", dcm_pre(), "DCM4CHEE<-%s(%d): processing %d:C-FIND-RQ[pcid=1, prior=0" % (ae, rq, random.randint(1, 9)))]
    out.append(L("dicom-mwl", dcm_pre(), "DCM4CHEE->%s(%d) << 1:C-FIND-RSP[pcid=1, status=ff00H" % (ae, rq)))
    out.append(dcm_attr("(0008,0050)", "SH", [an], "AccessionNumber"))
    out.append(dcm_attr("(0008,0090)", "PN", ["%s^%s^^%s" % (s["nn"], s["vn"], s["title"])], "ReferringPhysicianName"))
    out.append(dcm_attr("(0010,0010)", "PN", [P(p["nn"], "name"), "^", P(p["vn"], "name")], "PatientName"))
    out.append(dcm_attr("(0010,0020)", "LO", [P(p["patnr"], "mrn")], "PatientID"))
    out.append(dcm_attr("(0010,0030)", "DA", [P(d_hl7(p["geb"]), "date")], "PatientBirthDate"))
    out.append(dcm_attr("(0010,0040)", "CS", [p["sex"] if p["sex"] == "M" else "F"], "PatientSex"))
    if p["age"] >= 90 or random.random() < 0.3:
        agev = "%03dY" % p["age"]
        out.append(dcm_attr("(0010,1010)", "AS", [P(agev, "age") if p["age"] >= 90 else agev], "PatientAge"))
    if random.random() < 0.3:
        out.append(dcm_attr("(0010,1040)", "LO", [P(p["str"] + " " + p["hnr"], "address"), "^^", P(p["ort"], "address"),
                                                   "^^", P(p["plz"], "zip")], "PatientAddress"))
    out.append(dcm_attr("(0038,0010)", "LO", [P(p["fallnr"], "account")], "AdmissionID"))
    out.append(L("dicom-mwl", "(0040,0100) SQ [1 Item] ScheduledProcedureStepSequence"))
    out.append(dcm_attr(">(0040,0001)", "AE", [ae], "ScheduledStationAETitle"))
    sd = REF + dt.timedelta(days=random.choice([0, 0, 1, 2]))
    out.append(dcm_attr(">(0040,0002)", "DA", [P(d_hl7(sd), "date")], "ScheduledProcedureStepStartDate"))
    out.append(dcm_attr(">(0040,0003)", "TM", ["%02d%02d00" % (random.randint(7, 18), random.choice([0, 15, 30, 45]))],
                        "ScheduledProcedureStepStartTime"))
    out.append(dcm_attr(">(0040,0007)", "LO", [random.choice(["CT Thorax mit KM", "MRT Schädel nativ", "Röntgen Thorax 2 Ebenen",
                                                               "TTE Echokardiographie", "CT Abdomen"])],
                        "ScheduledProcedureStepDescription"))
    if random.random() < 0.4:
        out.append(dcm_attr("(0020,000D)", "UI", ["1.2.276.0.7230010.3.1.2.%d.%d.%d" % (random.randint(10 ** 8, 10 ** 9),
                                                                                       random.randint(1000, 9999), random.randint(1, 999))],
                            "StudyInstanceUID"))
    return out


@clean(1)
def dicom_clean():
    CLK.tick()
    ae = random.choice(["CT_SOMATOM_1", "MR_VIDA_2", "CR_NOTAUF", "US_KARDIO3", "DX_YSIO_1"])
    rq = random.randint(1, 40)
    v = random.randint(0, 3)
    if v == 0:
        return [L("dicom-mwl", dcm_pre(), "DCM4CHEE<-%s(%d): processing %d:C-FIND-RQ[pcid=1, prior=0" % (ae, rq, random.randint(1, 9))),
                L("dicom-mwl", "  cuid=1.2.840.10008.5.1.4.31 - Modality Worklist Information Model - FIND"),
                dcm_attr("(0010,0010)", "PN", [], "PatientName"),
                dcm_attr("(0010,0020)", "LO", [], "PatientID"),
                dcm_attr(">(0040,0001)", "AE", [ae], "ScheduledStationAETitle"),
                dcm_attr(">(0040,0002)", "DA", ["%s-%s" % (CLK.t.strftime("%Y%m%d"), CLK.t.strftime("%Y%m%d"))],
                         "ScheduledProcedureStepStartDate")]
    if v == 1:
        return [L("dicom-mwl", dcm_pre(), "DCM4CHEE->%s(%d) << %d:C-FIND-RSP[pcid=1, status=0H" % (ae, rq, random.randint(1, 9)))]
    if v == 2:
        return [L("dicom-mwl", dcm_pre(logger="org.dcm4che3.net.Association"),
                  "DCM4CHEE<-%s(%d): A-ASSOCIATE-RQ from %s:%d, max PDU 16378" % (ae, rq, priv_ip(), random.randint(40000, 60000)))]
    return [L("dicom-mwl", dcm_pre(logger="org.dcm4chee.arc.mwl.impl.MWLImport"),
              "Imported %d MWL items from HL7 ORM^O01 (deleted %d expired, SPS status SCHEDULED)" % (
                  random.randint(1, 40), random.randint(0, 20)))]


# ------------------------------------------------------------ Apache ------
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15",
       "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Mobile Safari/537.36",
       "KlinikverbundApp/4.2.1 (Android 13; de_AT)"]


@phi(5)
def apache_portal():
    CLK.tick()
    p = pick_pat()
    ua = random.choice(UAS)
    out = []
    v = random.randint(0, 4)
    ref = "https://portal.klinikverbund-drs.de/befunde"
    if v == 0:
        path = ["/portal/api/v2/patienten/", P(p["patnr"], "mrn"), "/befunde?seite=1"]
    elif v == 1:
        path = ["/portal/api/v2/befunde/%d/pdf" % random.randint(100000, 999999)]
    elif v == 2:
        path = ["/portal/suche?nachname=", P(pct_enc(p["nn"]), "name"), "&gebdat=", P(d_de(p["geb"]), "date")]
    elif v == 3:
        path = ["/portal/api/v2/termine?von=2024-03-01&bis=2024-04-30"]
    else:
        path = ["/portal/profil/", P(p["user"], "other_id"), "/rechnungen"]
    user = P(p["user"], "other_id") if random.random() < 0.6 else "-"
    out.append(L("apache-access", P(p["ip"], "ip"), " - ", user, " [", ts_apache(), '] "GET ', *path,
                 ' HTTP/1.1" ', random.choice(["200", "200", "200", "304", "302"]), " ", str(random.randint(300, 90000)),
                 ' "', ref, '" "', ua, '"'))
    if random.random() < 0.5:
        CLK.small()
        out.append(L("apache-access", P(p["ip"], "ip"), " - ", user, " [", ts_apache(),
                     '] "GET /portal/static/js/app.%s.js HTTP/1.1" 200 %d "' % (hexid(8), random.randint(80000, 400000)),
                     ref, '" "', ua, '"'))
    return out


@clean(5)
def apache_clean():
    CLK.tick()
    v = random.randint(0, 5)
    if v <= 2:
        ip = priv_ip()
        path = random.choice(["/kis/health", "/server-status?auto", "/kis-aufnahme/actuator/health",
                              "/pacs/wado?requestType=WADO&studyUID=1.2.276.0.7230010.3.%d&contentType=image/jpeg" % random.randint(10 ** 6, 10 ** 7),
                              "/portal/static/css/main.%s.css" % hexid(8)])
        ua = random.choice(["kube-probe/1.27", "Apache-HttpClient/4.5.14 (Java/17.0.10)", "check_http/v2.3.3 (monitoring-plugins 2.3.3)"])
        return [L("apache-access", '%s - - [%s] "GET %s HTTP/1.1" %s %d "-" "%s"' % (
            ip, ts_apache(), path, random.choice(["200", "200", "204", "404"]), random.randint(15, 4000), ua))]
    if v == 3:
        return [L("apache-error", "[%s] [proxy:error] [pid %d:tid %d] (111)Connection refused: AH00957: http: attempt to connect to %s:8080 (kis-app01) failed" % (
            ts_apache_err(), random.randint(1000, 9000), random.randint(10 ** 14, 10 ** 15), priv_ip()))]
    if v == 4:
        return [L("apache-error", "[%s] [ssl:warn] [pid %d:tid %d] AH01909: portal.klinikverbund-drs.de:443:0 server certificate does NOT include an ID which matches the server name" % (
            ts_apache_err(), random.randint(1000, 9000), random.randint(10 ** 14, 10 ** 15)))]
    return [L("apache-error", "[%s] [mpm_event:notice] [pid %d:tid %d] AH00489: Apache/2.4.58 (Unix) OpenSSL/3.0.13 configured -- resuming normal operations" % (
        ts_apache_err(), random.randint(1000, 9000), random.randint(10 ** 14, 10 ** 15)))]


@phi(1)
def apache_error_phi():
    CLK.tick()
    p = pick_pat()
    return [L("apache-error", "[", ts_apache_err(), "] [authz_core:error] [pid %d:tid %d] [client " % (
        random.randint(1000, 9000), random.randint(10 ** 14, 10 ** 15)), P(p["ip"], "ip"), ":%d] AH01630: client denied by server configuration: /srv/portal/export/" % random.randint(40000, 65000),
        P(p["patnr"], "mrn"), "_befunde.zip, referer: https://portal.klinikverbund-drs.de/export")]


@phi(0.5)
def kis_palmsecure():
    CLK.tick()
    p = pick_pat("DE")
    tpl = __import__("base64").b64encode(bytes(random.randint(0, 255) for _ in range(120))).decode()
    return [L("kis", kis_prefix("DEBUG", "KIS.PatientenID"), "Handvenen-Registrierung (PalmSecure) PatNr=", P(p["patnr"], "mrn"),
              " templateVersion=3 template=", P(tpl, "biometric"), " quality=", str(random.randint(70, 99)))]


# ==========================================================================
# assembly
# ==========================================================================
def main():
    lines = []
    n_clean = 0
    must = [portal_foto, kis_palmsecure, portal_park, kis_implantat, kis_implantat, kis_sterbefall, kis_alter,
            kis_betreuer, dotnet_json_console, dotnet_json_console, apache_error_phi, spring_mdc]
    random.shuffle(must)
    while len(lines) < N_LINES:
        share = n_clean / len(lines) if lines else 1.0
        pool = CLEAN_BLOCKS if share < CLEAN_TARGET else PHI_BLOCKS
        fns, ws = zip(*pool)
        f = random.choices(fns, weights=ws, k=1)[0]
        if pool is PHI_BLOCKS and must and random.random() < 0.2:
            f = must.pop()
        SPRING_THR[0] = random.choice(["nio-8080-exec-%d" % random.randint(1, 10), "scheduling-1",
                                       "task-%d" % random.randint(1, 8)])
        blk = f()
        if pool is PHI_BLOCKS:
            assert any(b.spans for b in blk), f.__name__
        else:
            assert not any(b.spans for b in blk), f.__name__
        if len(lines) + len(blk) > N_LINES:
            continue
        for b in blk:
            lines.append(b)
            if not b.spans:
                n_clean += 1
    assert len(lines) == N_LINES and not must, len(must)
    log_out = bytearray()
    lab_out = []
    for i, ln in enumerate(lines, 1):
        data, spans = ln.finish()
        data.decode("utf-8")
        log_out += data + b"\n"
        lab_out.append(json.dumps({"line": i, "family": ln.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "wb") as fh:
        fh.write(bytes(log_out))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lab_out) + "\n")


if __name__ == "__main__":
    main()
