#!/usr/bin/env python3
"""Held-out labeled PHI corpus "t": a bilingual (es/pt/fr/en) US health network
that includes Puerto Rico.  Standard library only, fixed seed, byte-for-byte
reproducible.  Writes t.log (one record a line) and t.labels.jsonl.

Labels use HIPAA Safe Harbor categories; offsets are UTF-8 byte offsets,
end exclusive.  Values are marked while the line is built with
\x01<id>\x02<value>\x03 and the markers are stripped (and offsets computed) in
finalize(); every span is checked against the value registered for it.
"""
import base64
import json
import os
import random
import re
import unicodedata
from datetime import date, datetime, timedelta, timezone

SEED = 7301958
N_LINES = 500
N_CLEAN = 225          # 45 % of the lines carry no PHI at all
rng = random.Random(SEED)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_LOG = os.path.join(HERE, "t.log")
OUT_LAB = os.path.join(HERE, "t.labels.jsonl")

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"]

# --------------------------------------------------------------------------
# span marking machinery
# --------------------------------------------------------------------------
_REG = []


def P(cat, val):
    val = str(val)
    assert cat in CATS, cat
    assert val and val == val.strip(), repr(val)
    assert not any(c in val for c in "\x01\x02\x03\x04\n\r"), repr(val)
    _REG.append((cat, val))
    return "\x01%d\x02%s\x03" % (len(_REG) - 1, val)


def NAME(v): return P("name", v)
def ADDR(v): return P("address", v)
def ZIP(v): return P("zip", v)
def DATE(v): return P("date", v)
def AGE(v): return P("age", v)
def PHONE(v): return P("phone", v)
def FAX(v): return P("fax", v)
def EMAIL(v): return P("email", v)
def SSN(v): return P("ssn", v)
def MRN(v): return P("mrn", v)
def HPLAN(v): return P("health_plan", v)
def ACCT(v): return P("account", v)
def LIC(v): return P("license", v)
def VEH(v): return P("vehicle", v)
def DEV(v): return P("device", v)
def URL(v): return P("url", v)
def IP(v): return P("ip", v)
def BIO(v): return P("biometric", v)
def PHOTO(v): return P("photo", v)
def OID(v): return P("other_id", v)


_MARK = re.compile("\x01(\\d+)\x02([^\x01\x02\x03]*)\x03")


def finalize(marked):
    """Strip markers, return (line_str, spans)."""
    assert "\n" not in marked and "\r" not in marked
    out = bytearray()
    spans = []
    pos = 0
    for m in _MARK.finditer(marked):
        out += marked[pos:m.start()].encode("utf-8")
        cat, want = _REG[int(m.group(1))]
        val = m.group(2)
        assert val == want, (val, want)
        s = len(out)
        out += val.encode("utf-8")
        spans.append({"s": s, "e": len(out), "cat": cat, "_v": want})
        pos = m.end()
    out += marked[pos:].encode("utf-8")
    line = out.decode("utf-8")
    assert not any(c in line for c in "\x01\x02\x03\x04"), repr(line)
    return line, spans


class Raw:
    """A JSON value emitted verbatim (numbers, marked numbers)."""
    def __init__(self, text):
        self.text = str(text)


def jd(obj, compact=True, sort=False):
    raws = []

    def walk(o):
        if isinstance(o, Raw):
            raws.append(o.text)
            return "@@R%d@@" % (len(raws) - 1)
        if isinstance(o, dict):
            return {k: walk(v) for k, v in o.items()}
        if isinstance(o, (list, tuple)):
            return [walk(v) for v in o]
        return o
    seps = (",", ":") if compact else (", ", ": ")
    s = json.dumps(walk(obj), ensure_ascii=False, separators=seps, sort_keys=sort)
    s = s.replace("\\u0001", "\x01").replace("\\u0002", "\x02").replace("\\u0003", "\x03")
    for i, r in enumerate(raws):
        s = s.replace('"@@R%d@@"' % i, r)
    return s


# --------------------------------------------------------------------------
# small random helpers
# --------------------------------------------------------------------------
def pick(seq):
    return seq[rng.randrange(len(seq))]


def chance(p):
    return rng.random() < p


def digits(n, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def hexs(n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid4():
    h = list(hexs(32))
    h[12] = "4"
    h[16] = pick("89ab")
    h = "".join(h)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64(prefix, n):
    raw = prefix + bytes(rng.randrange(256) for _ in range(n))
    return base64.b64encode(raw).decode("ascii")


def b64url(raw):
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


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


def luhn_num(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    return body + luhn_digit(body)


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# --------------------------------------------------------------------------
# identifier generators
# --------------------------------------------------------------------------
def gen_ssn(style=None):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g = rng.randint(1, 99)
    s = rng.randint(1, 9999)
    style = style or pick(["dash", "dash", "dash", "plain", "space"])
    if style == "dash":
        return "%03d-%02d-%04d" % (a, g, s)
    if style == "space":
        return "%03d %02d %04d" % (a, g, s)
    return "%03d%02d%04d" % (a, g, s)


def gen_mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    AN = L + "0123456789"
    c = [str(rng.randint(1, 9)), pick(L), pick(AN), str(rng.randint(0, 9)), pick(L), pick(AN),
         str(rng.randint(0, 9)), pick(L), pick(L), str(rng.randint(0, 9)), str(rng.randint(0, 9))]
    s = "".join(c)
    return s if chance(0.5) else "%s-%s-%s" % (s[:4], s[4:7], s[7:])


def gen_plan_id():
    kind = pick(["sss", "mcs", "mh", "vital", "bcbs", "anthem", "humana", "uhc", "mbi", "aetna"])
    if kind == "sss":
        return pick(["SSS", "TSA", "XSP"]) + digits(9)
    if kind == "mcs":
        return "MCS" + digits(10)
    if kind == "mh":
        return "1000" + digits(8)
    if kind == "vital":
        return digits(8, True) + "-" + digits(2)
    if kind == "bcbs":
        return pick(["ZGP", "XOJ", "JQU", "YRB"]) + digits(9)
    if kind == "anthem":
        return "W" + digits(9)
    if kind == "humana":
        return "H" + digits(8)
    if kind == "uhc":
        return digits(9, True)
    if kind == "aetna":
        return "W" + digits(8) + pick("0123456789")
    return gen_mbi()


def gen_card():
    kind = pick(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        n = luhn_num("4" + digits(5), 16)
    elif kind == "mc":
        n = luhn_num(pick(["51", "52", "53", "54", "55"]) + digits(4), 16)
    elif kind == "amex":
        n = luhn_num(pick(["34", "37"]) + digits(4), 15)
        return n if chance(0.5) else "%s %s %s" % (n[:4], n[4:10], n[10:])
    else:
        n = luhn_num("6011" + digits(2), 16)
    if chance(0.5):
        return n
    return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if chance(0.6) else "-".join(n[i:i + 4] for i in range(0, 16, 4))


def gen_patient_acct():
    return pick([lambda: "HAR" + digits(9), lambda: digits(10, True), lambda: "CTA-" + digits(8),
                 lambda: "G" + digits(8), lambda: "PA" + digits(7) + "-" + digits(2),
                 lambda: "8" + digits(11)])()


def gen_bank_acct():
    return digits(rng.randint(8, 12), True)


def gen_dea(last_initial="M"):
    L = pick("ABFGM")
    d = [rng.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return L + ascii_fold(last_initial).upper()[:1] + "".join(map(str, d)) + str(chk)


def gen_npi():
    body = str(rng.randint(1, 2)) + digits(8)
    return body + luhn_digit("80840" + body)


def gen_dl(region):
    if region == "PR":
        return digits(rng.choice([7, 8, 9]), True)
    if region == "MA":
        return "S" + digits(8)
    if region == "FL":
        return "%s%s-%s-%s-%s-%s" % (pick("BDGHMRS"), digits(3), digits(3), digits(2), digits(3), digits(1))
    if region == "NY":
        return "%s %s %s" % (digits(3), digits(3), digits(3))
    if region == "CT":
        return digits(9, True)
    if region == "NJ":
        return pick("ABCDGMRS") + digits(4) + " " + digits(5) + " " + digits(5)
    if region == "BR":
        return digits(11, True)
    if region == "QC":
        return pick("LTBDGR") + digits(4) + "-" + digits(6) + "-" + digits(2)
    return digits(9, True)


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TRANSLIT = {**{str(i): i for i in range(10)},
                "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
                "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
                "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def gen_vin():
    wmi = pick(["1HG", "2T1", "JTD", "1FA", "3VW", "KNA", "5YJ", "1N4", "JN1", "2HG", "3N1", "KM8"])
    body = list(wmi + alnum(5, VIN_CHARS) + "0" + pick("JKLMNPRS") + alnum(1, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6))
    s = sum(VIN_TRANSLIT[c] * w for c, w in zip(body, VIN_W))
    body[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(body)


def gen_plate(region):
    if region == "PR":
        return alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + "-" + digits(3)
    if region == "MA":
        return digits(1, True) + alnum(2, "ABCDEFGHJKLMNPRSTVWXY") + " " + digits(1) + alnum(1, "ABCDEFGHJKLMNPRSTVWXY") + digits(1)
    if region == "FL":
        return alnum(3, "ABCDEFGHJKLMNPRSTVWXY") + " " + alnum(1, "ABCDEFGHJKLMNPRSTVWXY") + digits(2)
    return alnum(3, "ABCDEFGHJKLMNPRSTVWXY") + "-" + digits(4)


def gen_imei():
    return luhn_num(pick(["35", "86", "35", "01"]) + digits(6), 15)


def gen_mac(sep=None):
    oui = pick(["00:1A:7D", "A4:5E:60", "F0:9F:C2", "00:09:B0", "D8:80:39", "C8:2B:96", "3C:71:BF"])
    tail = ":".join(hexs(2, True) for _ in range(3))
    m = oui + ":" + tail
    sep = sep or pick([":", ":", "-", "lower"])
    if sep == "-":
        return m.replace(":", "-")
    if sep == "lower":
        return m.lower()
    return m


def gen_implant_serial():
    return pick([lambda: pick(["PJN", "RNB", "BLF", "NWR", "PZK"]) + digits(6) + "S",
                 lambda: "NG" + digits(7) + "H",
                 lambda: digits(7, True),
                 lambda: "SN" + alnum(8),
                 lambda: pick(["8G", "8H", "3Y"]) + alnum(4)])()


def gen_udi():
    return "(01)%s(17)%s(21)%s" % ("00" + digits(12), "2" + str(rng.randint(5, 8)) + "%02d%02d" % (rng.randint(1, 12), rng.randint(1, 28)), alnum(rng.randint(7, 10)))


def gen_cpf():
    n = [rng.randint(0, 9) for _ in range(9)]
    s = sum((10 - i) * n[i] for i in range(9))
    d1 = (s * 10 % 11) % 10
    n.append(d1)
    s = sum((11 - i) * n[i] for i in range(10))
    d2 = (s * 10 % 11) % 10
    n.append(d2)
    t = "".join(map(str, n))
    return "%s.%s.%s-%s" % (t[:3], t[3:6], t[6:9], t[9:]) if chance(0.8) else t


def gen_other_id(kind=None):
    kind = kind or pick(["cpf", "rg", "pass_us", "pass_br", "cedula", "curp", "anum", "nas", "nif_ht", "nir"])
    if kind == "cpf":
        return "CPF", gen_cpf()
    if kind == "rg":
        return "RG", "%s-%s.%s.%s" % (pick(["MG", "SP", "RJ", "GO", "ES"]), digits(2), digits(3), digits(3))
    if kind == "pass_us":
        return "pasaporte EE.UU.", digits(9, True)
    if kind == "pass_br":
        return "passaporte BR", pick(["FZ", "GB", "FX", "YB"]) + digits(6)
    if kind == "cedula":
        return "cédula RD", "%s-%s-%s" % (pick(["001", "402", "031", "225"]), digits(7), digits(1))
    if kind == "curp":
        V = "AEIOU"
        C = "BCDFGHJKLMNPRSTVZ"
        return "CURP", pick(C) + pick(V) + pick(C + V) + pick(C) + "%02d%02d%02d" % (rng.randint(30, 99), rng.randint(1, 12), rng.randint(1, 28)) + pick("HM") + pick(["PR", "DF", "JC", "NL", "VZ", "OC"]) + pick(C) + pick(C) + pick(C) + pick("0A") + digits(1)
    if kind == "anum":
        return "A-Number", "A" + digits(9, True) if chance(0.5) else "A%s-%s-%s" % (digits(3), digits(3), digits(3))
    if kind == "nas":
        n = luhn_num(pick("12457") + digits(1), 9)
        return "NAS", "%s %s %s" % (n[:3], n[3:6], n[6:])
    if kind == "nif_ht":
        return "NIF", "%s-%s-%s-%s" % (digits(3), digits(3), digits(3), digits(1))
    return "NIR", "%s %s %s %s %s %s %s" % (pick("12"), digits(2), "%02d" % rng.randint(1, 12), digits(2), digits(3), digits(3), digits(2))


# --------------------------------------------------------------------------
# names, places
# --------------------------------------------------------------------------
PR_GIVEN_F = ["María", "Carmen", "Ana", "Yolanda", "Gladys", "Wanda", "Migdalia", "Nilda", "Xiomara", "Yamilet",
              "Nélida", "Lourdes", "Maritza", "Zoraida", "Sofía", "Valentina", "Camila", "Dayanara", "Génesis",
              "Inés", "Aida", "Iris", "Lizbeth", "Keishla", "Glorimar", "Marisol", "Águeda", "Lucía"]
PR_GIVEN_M = ["José", "Luis", "Juan", "Carlos", "Jorge", "Ramón", "Héctor", "Iván", "Jaime", "Ángel", "Efraín",
              "Edwin", "Wilfredo", "Ricardo", "Fernando", "Mateo", "Sebastián", "Yadiel", "Jan Carlos", "Néstor",
              "Ismael", "Gerardo", "Raúl", "Osvaldo", "Julio", "Tomás", "Joel"]
PR_COMPOUND_F = ["María del Carmen", "Ana Isabel", "María de los Ángeles", "Rosa María", "Luz Nereida", "Carmen Iris"]
PR_COMPOUND_M = ["José Luis", "Juan Carlos", "Luis Alberto", "José Antonio", "Carlos Rubén", "Miguel Ángel"]
PR_SUR = ["Rivera", "Santiago", "Rodríguez", "Ortiz", "Vega", "Colón", "Torres", "Díaz", "Cruz", "Pérez", "Ramos",
          "Morales", "Rosario", "Figueroa", "Maldonado", "Meléndez", "Nieves", "Ayala", "Cintrón", "Quiñones",
          "Negrón", "Marrero", "Velázquez", "Acevedo", "Burgos", "Ocasio", "Pagán", "Irizarry", "Báez",
          "Feliciano", "Toledo", "Echevarría", "Muñiz", "Alicea", "Serrano", "Vázquez", "Hernández",
          "Martínez", "González", "López", "Sánchez", "Núñez", "Ibáñez", "Cordero", "Lugo", "Otero"]
PR_PARTICLE = ["de la Cruz", "de Jesús", "del Valle", "de León", "del Toro", "de la Rosa", "de los Santos", "de Armas"]
PT_GIVEN_F = ["Conceição", "Fernanda", "Luana", "Rosângela", "Adriana", "Gabriela", "Fátima", "Graça", "Aline",
              "Maria José", "Ana Paula", "Luíza", "Beatriz", "Joana", "Mariana", "Tânia"]
PT_GIVEN_M = ["João", "Gonçalo", "Thiago", "Joaquim", "Marcos", "Lucas", "Antônio", "Sebastião", "Manuel", "Paulo",
              "João Pedro", "Rui", "Vítor", "Caetano", "Diogo", "Emanuel"]
PT_SUR = ["Pereira", "Ferreira", "Oliveira", "Carvalho", "Almeida", "Rodrigues", "Araújo", "Medeiros", "Furtado",
          "Pacheco", "Fontes", "Gonçalves", "Brandão", "Magalhães", "Tavares", "Lopes", "Moniz", "Barbosa"]
PT_PARTICLE = ["dos Santos", "da Silva", "de Souza", "da Costa", "do Nascimento", "de Oliveira", "da Conceição", "dos Reis"]
FR_GIVEN_F = ["Marie", "Hélène", "Françoise", "Léa", "Noémie", "Guerline", "Wideline", "Ketly", "Marie-Ange",
              "Chantal", "Mireille", "Nadège", "Rose-Laure", "Micheline", "Geneviève", "Darline"]
FR_GIVEN_M = ["Jean", "Pierre", "Jacques", "Fritz", "Jean-Claude", "Réginald", "Édouard", "Stéphane", "Wilner",
              "Jean-Robert", "Frantz", "Luckner", "Mathieu", "Guy", "Rosemond", "Yves"]
FR_SUR = ["Jean-Baptiste", "Saint-Louis", "Pierre-Louis", "Joseph", "Charles", "Louis-Jean", "Dubois", "Lefèvre",
          "Tremblay", "Gagnon", "Bélanger", "Côté", "Desrosiers", "Théodore", "Exantus", "Moïse", "Dorvil",
          "Étienne", "Lafontaine", "Beauchamp", "Célestin", "Auguste", "Désir", "Pierre", "Lemaire"]
OT_GIVEN_F = ["Jennifer", "Linda", "Patricia", "Emily", "Aisha", "Minh Anh", "Thuy", "Priya", "Olga", "Fatima",
              "Ama", "Seo-yeon", "Mei", "Zainab", "Svetlana", "Grace"]
OT_GIVEN_M = ["Michael", "David", "Robert", "James", "Mohammed", "Minh", "Wei", "Rahul", "Dmitri", "Yusuf",
              "Kwame", "Hiroshi", "Kenji", "Tariq", "Daniel", "Anthony"]
OT_SUR = ["Nguyen", "Tran", "Kim", "Park", "Chen", "Wang", "Patel", "Shah", "Khan", "Haddad", "Ivanova",
          "Kowalski", "Smith", "Johnson", "Williams", "Okafor", "Mensah", "Yamamoto", "Müller", "Abdullah",
          "Sullivan", "Murphy", "Brown", "Cohen"]

PR_CITIES = [("San Juan", ["00901", "00907", "00909", "00911", "00915", "00918", "00921", "00924", "00926"]),
             ("Bayamón", ["00956", "00957", "00959", "00961"]), ("Carolina", ["00979", "00983", "00985", "00987"]),
             ("Ponce", ["00716", "00717", "00728", "00730", "00731"]), ("Caguas", ["00725", "00727"]),
             ("Mayagüez", ["00680", "00682"]), ("Arecibo", ["00612"]), ("Guaynabo", ["00966", "00969", "00971"]),
             ("Humacao", ["00791"]), ("Aguadilla", ["00603"]), ("Cayey", ["00736"]), ("Toa Baja", ["00949"]),
             ("Trujillo Alto", ["00976"]), ("Vega Baja", ["00693"]), ("Yauco", ["00698"]), ("Fajardo", ["00738"]),
             ("Isabela", ["00662"]), ("Manatí", ["00674"]), ("Loíza", ["00772"]), ("Cataño", ["00962"]),
             ("Río Grande", ["00745"]), ("Aibonito", ["00705"]), ("Añasco", ["00610"]), ("Peñuelas", ["00624"]),
             ("Juana Díaz", ["00795"]), ("Hormigueros", ["00660"]), ("Canóvanas", ["00729"]), ("Dorado", ["00646"])]
US_CITIES = [("New Bedford", "MA", "Bristol County", ["02740", "02744", "02745", "02746"], ["508", "774"]),
             ("Fall River", "MA", "Bristol County", ["02720", "02721", "02723", "02724"], ["508", "774"]),
             ("Lowell", "MA", "Middlesex County", ["01850", "01852", "01854"], ["978", "351"]),
             ("Framingham", "MA", "Middlesex County", ["01701", "01702"], ["508", "774"]),
             ("Lawrence", "MA", "Essex County", ["01841", "01843"], ["978", "351"]),
             ("Springfield", "MA", "Hampden County", ["01104", "01107", "01109"], ["413"]),
             ("Dorchester", "MA", "Suffolk County", ["02121", "02122", "02124", "02125"], ["617", "857"]),
             ("Brockton", "MA", "Plymouth County", ["02301", "02302"], ["508", "774"]),
             ("Everett", "MA", "Middlesex County", ["02149"], ["617", "857"]),
             ("Hartford", "CT", "Hartford County", ["06105", "06106", "06114"], ["860", "959"]),
             ("Danbury", "CT", "Fairfield County", ["06810", "06811"], ["203", "475"]),
             ("Kissimmee", "FL", "Osceola County", ["34741", "34743", "34744", "34746"], ["407", "321"]),
             ("Orlando", "FL", "Orange County", ["32822", "32825", "32829"], ["407", "689"]),
             ("Miami", "FL", "Miami-Dade County", ["33125", "33135", "33147", "33150"], ["305", "786"]),
             ("North Miami", "FL", "Miami-Dade County", ["33161", "33168"], ["305", "786"]),
             ("Newark", "NJ", "Essex County", ["07104", "07105", "07107"], ["973", "862"]),
             ("Bronx", "NY", "Bronx County", ["10453", "10455", "10459", "10467"], ["718", "347"]),
             ("Philadelphia", "PA", "Philadelphia County", ["19133", "19134", "19140"], ["215", "267"])]
URBS = ["Villa Carolina", "Santa Rosa", "Las Lomas", "Country Club", "Levittown", "Alturas de Río Grande",
        "Jardines de Caguas", "Villa del Rey", "Sierra Bayamón", "Valle Arriba Heights", "Puerto Nuevo",
        "Río Piedras Heights", "Villa Fontana", "Bairoa Park", "Glenview Gardens", "Extensión Santa Teresita",
        "Los Caobos", "Jardines de Ponce", "Villa Nevárez", "Lomas Verdes", "Rexville", "Santa Juanita"]
CALLES = ["Loíza", "Del Parque", "San Francisco", "Tetuán", "Sol", "Luna", "Betances", "Muñoz Rivera",
          "Degetau", "Las Flores", "Almendro", "Flamboyán", "Ceiba", "Guayacán", "Marginal", "Acerola",
          "Orquídea", "Emajagua", "Diamante", "Caoba"]
BARRIOS = ["Cerro Gordo", "Sabana Seca", "Buena Vista", "Pueblo Nuevo", "Las Cuevas", "Guaraguao", "Camarones",
           "Quebrada Arenas", "Río Abajo", "Montebello", "Jagual", "Piñas"]
CONDS = ["Torres del Parque", "Parque de las Fuentes", "Plaza del Mar", "Los Almendros Plaza", "Torre de la Reina",
         "Bosque Real", "Mirador Bairoa", "Vista Verde", "Ocean Park Towers"]
AVES = ["Ave. Ponce de León", "Ave. Piñero", "Ave. Fernández Juncos", "Ave. Roosevelt", "Ave. Los Filtros",
        "Ave. Las Américas", "Ave. Barbosa", "Ave. Esmeralda"]
US_STREETS = ["Dudley", "County", "Acushnet", "Purchase", "Pleasant", "Bowdoin", "Blue Hill", "Pine", "Maple",
              "Orange Blossom", "Kirkman", "Bergenline", "Columbia", "Rockdale", "Bedford", "Eastern", "Oak Grove",
              "Summer", "Walnut", "Hancock", "Bay State", "Belleville", "Shawmut", "Tremont"]
US_SUFFIX = ["St", "Ave", "Rd", "Blvd", "Ln", "Dr", "Ct", "Way", "Street", "Avenue"]
QC_CITIES = [("Montréal", ["H2J 3K5", "H1Z 2L8", "H3N 1S4", "H2R 2N9"]), ("Laval", ["H7N 4T2", "H7G 1B6"]),
             ("Gatineau", ["J8Y 6T3"])]
BR_CITIES = [("Governador Valadares", ["35010-160", "35020-470"]), ("Belo Horizonte", ["30130-005", "31270-901"]),
             ("Vitória", ["29055-131"]), ("Criciúma", ["88801-500"])]
HT_CITIES = ["Port-au-Prince", "Pétion-Ville", "Cap-Haïtien", "Jacmel", "Les Cayes"]

EMAIL_DOMAINS = {"pr": ["gmail.com", "gmail.com", "hotmail.com", "yahoo.com", "outlook.com", "icloud.com", "prtc.net", "coqui.net", "live.com"],
                 "pt": ["gmail.com", "gmail.com", "hotmail.com", "yahoo.com", "outlook.com", "icloud.com", "uol.com.br", "bol.com.br", "comcast.net"],
                 "fr": ["gmail.com", "gmail.com", "hotmail.com", "yahoo.com", "outlook.com", "icloud.com", "videotron.ca", "comcast.net", "aol.com"],
                 "ot": ["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net", "verizon.net"]}
REF_DATE = date(2024, 3, 4)


def pr_street():
    k = rng.randint(0, 8)
    if k == 0:
        return "Urb. %s Calle %s %s-%d" % (pick(URBS), pick([str(rng.randint(1, 40)), pick(CALLES)]), pick("ABCDEFGHJKLM"), rng.randint(1, 40))
    if k == 1:
        return "Calle %s #%d" % (pick(CALLES), rng.randint(2, 2100))
    if k == 2:
        return "Bo. %s Carr. %d Km %d.%d" % (pick(BARRIOS), rng.randint(100, 999), rng.randint(1, 30), rng.randint(0, 9))
    if k == 3:
        return "Cond. %s Apt %d%02d" % (pick(CONDS), rng.randint(1, 19), rng.randint(1, 12))
    if k == 4:
        return "HC %02d Box %d" % (rng.randint(1, 9), rng.randint(1000, 99999))
    if k == 5:
        return "PO Box %d" % rng.randint(100, 99999)
    if k == 6:
        return "%s %d Apt %d%s" % (pick(AVES), rng.randint(100, 2500), rng.randint(1, 12), pick("ABCD"))
    if k == 7:
        return "Res. %s Edif. %d Apt %d" % (pick(["Villa Esperanza", "Jardines de Cupey", "Los Laureles", "Brisas del Mar"]), rng.randint(1, 30), rng.randint(101, 460))
    return "Calle %s %d Urb. %s" % (pick(CALLES), rng.randint(2, 900), pick(URBS))


def us_street():
    s = "%d %s %s" % (rng.randint(3, 4999), pick(US_STREETS), pick(US_SUFFIX))
    r = rng.random()
    if r < 0.35:
        s += " Apt %d%s" % (rng.randint(1, 40), pick(["", "", "A", "B", "R"]))
    elif r < 0.45:
        s += " Unit %s" % pick(["2B", "3", "1L", "4R"])
    elif r < 0.52:
        s += " #%d" % rng.randint(1, 12)
    return s


class Person:
    pass


def fmt_phone(area, exch, last4, style=None):
    style = style or pick(["paren", "dash", "dash", "dot", "plus_sp", "e164", "plain", "one_dash"])
    return {"paren": "(%s) %s-%s", "dash": "%s-%s-%s", "dot": "%s.%s.%s", "plus_sp": "+1 %s %s %s",
            "e164": "+1%s%s%s", "plain": "%s%s%s", "one_dash": "1-%s-%s-%s"}[style] % (area, exch, last4)


def rand_exch():
    while True:
        e = "%d%02d" % (rng.randint(2, 9), rng.randint(0, 99))
        if e[1:] != "11" and e != "555":
            return e


def new_phone(areas):
    return (pick(areas), rand_exch(), digits(4))


def person(origin=None, old=False, child=False, sex=None):
    p = Person()
    p.origin = origin or pick(["pr"] * 10 + ["pt"] * 4 + ["fr"] * 4 + ["ot"] * 3)
    p.sex = sex or pick("FM")
    F = p.sex == "F"
    if p.origin == "pr":
        if chance(0.2):
            p.given = pick(PR_COMPOUND_F if F else PR_COMPOUND_M)
        else:
            p.given = pick(PR_GIVEN_F if F else PR_GIVEN_M)
        s1 = pick(PR_SUR + PR_PARTICLE[:3]) if chance(0.85) else pick(PR_PARTICLE)
        s2 = pick(PR_SUR) if chance(0.8) else pick(PR_PARTICLE)
        while s2 == s1:
            s2 = pick(PR_SUR)
        p.sur1, p.sur2 = s1, s2
        p.family = s1 + " " + s2 if chance(0.85) else s1
    elif p.origin == "pt":
        p.given = pick(PT_GIVEN_F if F else PT_GIVEN_M)
        r = rng.random()
        if r < 0.4:
            p.family = pick(PT_PARTICLE)
        elif r < 0.75:
            p.family = pick(PT_PARTICLE) + " " + pick(PT_SUR)
        else:
            p.family = pick(PT_SUR) + " " + pick(PT_SUR)
        parts = p.family.split(" ")
        p.sur1, p.sur2 = p.family, ""
    elif p.origin == "fr":
        p.given = pick(FR_GIVEN_F if F else FR_GIVEN_M)
        p.family = pick(FR_SUR)
        p.sur1, p.sur2 = p.family, ""
    else:
        p.given = pick(OT_GIVEN_F if F else OT_GIVEN_M)
        p.family = pick(OT_SUR)
        p.sur1, p.sur2 = p.family, ""
    p.full = p.given + " " + p.family
    p.inv = p.family + ", " + p.given
    # birth date
    if old:
        age = rng.randint(90, 104)
    elif child:
        age = rng.randint(0, 15)
    else:
        age = rng.randint(18, 88)
    bd = REF_DATE - timedelta(days=age * 365 + rng.randint(30, 330))
    p.dob = bd
    p.age = REF_DATE.year - bd.year - ((REF_DATE.month, REF_DATE.day) < (bd.month, bd.day))
    # residence
    r = rng.random()
    p.country = "US"
    if p.origin == "pr" and r < 0.7:
        city, zips = pick(PR_CITIES)
        p.street, p.city, p.state, p.county = pr_street(), city, "PR", None
        p.zip = pick(zips) if chance(0.85) else pick(zips) + "-" + digits(4)
        areas = ["787", "939"]
    elif p.origin == "fr" and r < 0.15:
        city, zips = pick(QC_CITIES)
        p.street = "%d rue %s app. %d" % (rng.randint(100, 9999), pick(["Saint-Denis", "Jarry Est", "Papineau", "Fleury Ouest", "de Lorimier", "Beaubien Est"]), rng.randint(1, 12))
        p.city, p.state, p.county, p.zip, p.country = city, "QC", None, pick(zips), "CA"
        areas = ["514", "438", "450"]
    elif p.origin == "pt" and r < 0.12:
        city, zips = pick(BR_CITIES)
        p.street = "Rua %s, %d, apto %d" % (pick(["das Acácias", "Sete de Setembro", "Bárbara Heliodora", "Marechal Floriano", "dos Ipês"]), rng.randint(10, 2400), rng.randint(11, 804))
        p.city, p.state, p.county, p.zip, p.country = city, "MG", None, pick(zips), "BR"
        areas = None
    else:
        if p.origin == "pt":
            cands = [c for c in US_CITIES if c[1] == "MA" or c[0] in ("Newark", "Danbury", "Orlando")]
        elif p.origin == "fr":
            cands = [c for c in US_CITIES if c[0] in ("Dorchester", "Brockton", "Everett", "Miami", "North Miami", "Orlando", "Bronx", "Newark")]
        elif p.origin == "pr":
            cands = [c for c in US_CITIES if c[0] in ("Kissimmee", "Orlando", "Hartford", "Springfield", "Bronx", "Philadelphia", "Lawrence", "Lowell")]
        else:
            cands = US_CITIES
        city, st, county, zips, areas = pick(cands)
        p.street, p.city, p.state, p.county = us_street(), city, st, county
        p.zip = pick(zips) if chance(0.85) else pick(zips) + "-" + digits(4)
    if areas is None:
        p.phone_parts = None
        p.phone_br = "+55 %d 9%s-%s" % (rng.choice([31, 33, 27, 48]), digits(4), digits(4))
    else:
        p.phone_parts = new_phone(areas)
    a = ascii_fold(p.given.split(" ")[0]).lower().replace("-", "")
    fam_tokens = [t for t in ascii_fold(p.family).lower().replace("-", "").split(" ") if t not in ("de", "del", "la", "los", "da", "do", "dos", "das")]
    b = fam_tokens[0] if fam_tokens else "x"
    c = fam_tokens[1] if len(fam_tokens) > 1 else ""
    local = pick([a + "." + b, a + b + str(p.dob.year % 100).zfill(2), a[0] + b + (c[:1] if c else ""),
                  a + "_" + b + (("_" + c) if c else ""), a + "." + b + digits(2), b + "." + a, a + b + c])
    p.email = local + "@" + pick(EMAIL_DOMAINS[p.origin])
    p.region = p.state if p.state in ("PR", "MA", "FL", "NY", "CT", "NJ") else ("BR" if p.country == "BR" else "QC" if p.country == "CA" else "PR")
    return p


def phone_of(p, style=None):
    if p.phone_parts is None:
        return p.phone_br
    return fmt_phone(*p.phone_parts, style=style)


def other_phone(areas=("787", "939"), style=None):
    return fmt_phone(*new_phone(list(areas)), style=style)


def _doc_t():
    d, title = clinician()
    return d.full, title


def clinician():
    p = person(origin=pick(["pr", "pr", "pt", "fr", "ot"]))
    title = ("Dra." if p.sex == "F" else "Dr.") if chance(0.85) else "Dr(a)."
    return p, title


MES_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
MES_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]
MES_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONES = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]


def fdate(d, style):
    if style == "dmy":
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if style == "mdy":
        return "%02d/%02d/%d" % (d.month, d.day, d.year)
    if style == "mdy1":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "iso":
        return "%04d-%02d-%02d" % (d.year, d.month, d.day)
    if style == "hl7":
        return "%04d%02d%02d" % (d.year, d.month, d.day)
    if style == "es":
        return "%d de %s de %d" % (d.day, MES_ES[d.month - 1], d.year)
    if style == "pt":
        return "%d de %s de %d" % (d.day, MES_PT[d.month - 1], d.year)
    if style == "fr":
        return "%s %s %d" % ("1er" if d.day == 1 else str(d.day), MES_FR[d.month - 1], d.year)
    if style == "en":
        return "%s %d, %d" % (MON[d.month - 1], d.day, d.year)
    if style == "dmy-":
        return "%02d-%02d-%d" % (d.day, d.month, d.year)
    if style == "dMy":
        return "%02d-%s-%d" % (d.day, MONES[d.month - 1], d.year)
    if style == "dmy.":
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    raise ValueError(style)


DATE_STYLES = {"es": ["dmy", "dmy", "es", "iso", "mdy", "dmy-"], "pt": ["dmy", "pt", "iso", "dmy"],
               "fr": ["dmy", "fr", "iso", "dmy."], "en": ["mdy", "iso", "en", "mdy1"]}


def near_date(past_days=120, future_days=90):
    return REF_DATE + timedelta(days=rng.randint(-past_days, future_days))


# --------------------------------------------------------------------------
# clock / timestamp formats (log timestamps are never PHI)
# --------------------------------------------------------------------------
CLOCK = [datetime(2024, 3, 4, 11, 58, 3, 120000, tzinfo=timezone.utc)]


def tick():
    CLOCK[0] += timedelta(seconds=rng.randint(1, 170), milliseconds=rng.randint(0, 999))


def now():
    return CLOCK[0]


def loc(t, off=-4):
    return t + timedelta(hours=off)


def ms(t):
    return t.microsecond // 1000


def t_isoz(t):
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (t.year, t.month, t.day, t.hour, t.minute, t.second, ms(t))


def t_isooff(t, off=-4):
    l = loc(t, off)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03d%+03d:00" % (l.year, l.month, l.day, l.hour, l.minute, l.second, ms(l), off)


def t_django(t, off=-4):
    l = loc(t, off)
    return "%04d-%02d-%02d %02d:%02d:%02d,%03d" % (l.year, l.month, l.day, l.hour, l.minute, l.second, ms(l))


def t_space(t, off=-4):
    l = loc(t, off)
    return "%04d-%02d-%02d %02d:%02d:%02d.%03d" % (l.year, l.month, l.day, l.hour, l.minute, l.second, ms(l))


def t_clf(t, off=-4):
    l = loc(t, off)
    return "%02d/%s/%04d:%02d:%02d:%02d %+03d00" % (l.day, MON[l.month - 1], l.year, l.hour, l.minute, l.second, off)


def t_epoch(t):
    return str(int(t.timestamp() * 1000))


def t_hl7(t, off=-4):
    l = loc(t, off)
    return "%04d%02d%02d%02d%02d%02d%+03d00" % (l.year, l.month, l.day, l.hour, l.minute, l.second, off)


def t_clef(t):
    return "%04d-%02d-%02dT%02d:%02d:%02d.%06d0Z" % (t.year, t.month, t.day, t.hour, t.minute, t.second, t.microsecond)


def t_hms(t, off=-4):
    l = loc(t, off)
    return "%02d:%02d:%02d" % (l.hour, l.minute, l.second)


def t_syslog(t, off=-4):
    l = loc(t, off)
    return "%s %2d %02d:%02d:%02d" % (MON[l.month - 1], l.day, l.hour, l.minute, l.second)


def t_dmy(t, off=-4):
    l = loc(t, off)
    return "%02d/%02d/%04d %02d:%02d:%02d" % (l.day, l.month, l.year, l.hour, l.minute, l.second)


# --------------------------------------------------------------------------
# organisation constants (never PHI)
# --------------------------------------------------------------------------
ORG_DOMAIN = "saludatlantico.org"
FACILITIES = [("HAB", "Hospital Atlántico Bayamón", "Ave. Main 1500, Santa Rosa, Bayamón, PR 00959", "(787) 740-2200", "(787) 740-2299"),
              ("CMP", "Centro Médico Atlántico Ponce", "2445 Ave. Las Américas, Ponce, PR 00717", "787-844-3100", "787-844-3190"),
              ("HSJ", "Hospital Atlántico San Juan", "1451 Ave. Ponce de León, San Juan, PR 00909", "(787) 721-5800", "(787) 721-5871"),
              ("ANB", "Atlántico Health New Bedford", "412 Union St, New Bedford, MA 02740", "(508) 979-4400", "(508) 979-4401"),
              ("AKS", "Atlántico Health Kissimmee", "2700 W Vine St, Kissimmee, FL 34741", "407-846-5300", "407-846-5399"),
              ("ADC", "Atlántico Health Dorchester", "1100 Washington St, Dorchester, MA 02124", "617-288-7000", "617-288-7011")]
VENDORS = [("MedSupply Caribe LLC", "Calle Tabonuco B-7, Guaynabo, PR 00968", "787-273-4410"),
           ("Cardinal Health PR 120", "Carr. 869 Km 2.1, Cataño, PR 00962", "787-625-4100"),
           ("Triple-S Salud", "PO Box 363628, San Juan, PR 00936-3628", "787-774-6060"),
           ("MCS Life Insurance", "Ave. Ponce de León 255, San Juan, PR 00917", "787-758-2500"),
           ("Lingua Bridge Interpreting Inc.", "75 Federal St Suite 900, Boston, MA 02110", "617-555-0190"),
           ("Omnicell Inc.", "4220 North Freeway, Fort Worth, TX 76137", "800-850-6664"),
           ("Farmacéutica Borinquen", "Urb. Industrial Luchetti, Calle C Lote 12, Bayamón, PR 00961", "787-780-3322"),
           ("Stericycle Caribe", "Bo. Palmas Carr. 869 Km 1.8, Cataño, PR 00962", "787-788-1100")]
STAFF = ["lrosario", "ymarrero", "jcolon2", "apereira", "mjeanbaptiste", "crodriguez7", "nortiz.adm", "wsantiago",
         "fsilva", "gdesir", "kvelez", "recepcion.bay3", "admisiones.cmp1", "farm.hab2"]
SVC = ["svc_portal", "svc-hl7-mirth", "svc_rx_print", "ivr-bot", "ci-bot", "svc-fhir-gw", "svc_elig_batch",
       "svc-sms-gw", "svc_interp_sched", "svc.ldap.sync", "hangfire", "celery"]
PODS = ["portal-api-7d9f8b6c4-x2k9p", "portal-api-7d9f8b6c4-q8wzr", "citas-svc-5b7c9d8f6-lm2vn", "fhir-gw-0",
        "sms-gw-69c8f7d5b-tt4rh", "farmacia-api-84d6c5f97-h2hj6", "interp-sched-1", "admisiones-web-2"]
HOSTS = ["app-bay-02.int." + ORG_DOMAIN, "hl7-mirth-01.int." + ORG_DOMAIN, "cti-genesys-02", "rx-print-hab-3",
         "db-pg-main-01", "ivr-node-4", "kiosk-bay-03", "ws-adm-cmp-17", "portal-web-1"]
CLINICS = ["Cardiología Bayamón", "Medicina Interna Ponce", "Pediatría Carolina", "Endocrinología HSJ",
           "Primary Care New Bedford", "Geriatría Bayamón", "Ortopedia Kissimmee", "Women's Health Dorchester",
           "Neumología Ponce", "Nefrología HAB"]
DRUGS = [("Metformina 500 mg tabletas", "0093-7212-01", "Tomar 1 tableta por boca dos veces al día con alimentos"),
         ("Lisinopril 10 mg tabletas", "68180-0513-03", "Tomar 1 tableta por boca una vez al día"),
         ("Atorvastatina 40 mg tabletas", "0378-2077-77", "Tomar 1 tableta por boca en la noche"),
         ("Amoxicilina 500 mg cápsulas", "65862-0017-05", "Tomar 1 cápsula cada 8 horas por 10 días"),
         ("Insulina glargina 100 U/mL", "0088-2220-33", "Inyectar 18 unidades debajo de la piel al acostarse"),
         ("Losartán 50 mg tabletas", "0093-7365-98", "Tomar 1 tableta por boca una vez al día"),
         ("Albuterol HFA 90 mcg", "0173-0682-20", "Inhalar 2 puffs cada 4-6 horas si necesita"),
         ("Apixabán 5 mg tabletas", "0003-0894-21", "Tomar 1 tableta por boca dos veces al día")]
LANGS = [("es", "Español"), ("pt-BR", "Português (Brasil)"), ("pt-PT", "Português (Açores)"), ("ht", "Kreyòl ayisyen"),
         ("fr", "Français"), ("kea", "Kabuverdianu"), ("vi", "Tiếng Việt")]


def mrn_of(kind=None):
    kind = kind or pick(["hab", "num7", "num8", "e", "cmp", "anb"])
    return {"hab": lambda: "HAB-" + digits(7), "num7": lambda: digits(7, True), "num8": lambda: "2" + digits(7),
            "e": lambda: "E" + digits(9), "cmp": lambda: "CMP" + digits(6), "anb": lambda: "ANB" + digits(8)}[kind]()


def private_ip():
    return pick(["10.%d.%d.%d" % (rng.randint(0, 40), rng.randint(0, 255), rng.randint(2, 254)),
                 "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254)),
                 "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 254)), "127.0.0.1"])


def public_ip():
    first = pick([24, 66, 67, 71, 73, 76, 98, 108, 136, 181, 186, 190, 200, 201, 179, 187, 189, 70, 174])
    return "%d.%d.%d.%d" % (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def public_ipv6():
    return "2600:%s:%s:%s::%s" % (hexs(4), hexs(4), hexs(3), hexs(3))


def trace_id():
    return hexs(32)


def span_id():
    return hexs(16)


def jwt_service():
    hdr = b64url(json.dumps({"alg": "RS256", "typ": "JWT", "kid": hexs(8)}, separators=(",", ":")).encode())
    pl = b64url(json.dumps({"sub": pick(SVC), "iss": "https://auth." + ORG_DOMAIN, "aud": "fhir-gw",
                            "exp": 1709600000 + rng.randint(0, 90000), "scope": "system/*.read"}, separators=(",", ":")).encode())
    sig = b64url(bytes(rng.randrange(256) for _ in range(48)))
    return hdr + "." + pl + "." + sig


def ua():
    return pick(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
                 "Mozilla/5.0 (Linux; Android 14; SM-A546U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36",
                 "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0",
                 "MiSaludAtlantico/4.8.2 (iOS 17.3; es_PR)", "MiSaludAtlantico/4.8.1 (Android 13; pt_BR)"])


def photo_b64(kind=None):
    kind = kind or pick(["jpeg", "jpeg", "png"])
    if kind == "jpeg":
        return b64(bytes.fromhex("FFD8FFE000104A46494600010101004800480000FFDB0043"), rng.randint(60, 120))
    return b64(bytes.fromhex("89504E470D0A1A0A0000000D4948445200000100000001000806000000"), rng.randint(60, 110))


def bio_b64(kind):
    if kind == "finger":
        return b64(b"FMR\x00 20\x00\x00\x00\x01\x5c\x00\x00\x01\x40\x01\xe0\x00\xc5\x00\xc5\x01\x00\x00", rng.randint(60, 110))
    if kind == "face":
        return b64(b"FAC\x00010\x00\x00\x00\x04\x1e\x00\x01", rng.randint(60, 100))
    return b64(bytes(rng.randrange(256) for _ in range(6)), rng.randint(70, 120))


# --------------------------------------------------------------------------
# key spellings for record-style payloads
# --------------------------------------------------------------------------
KEYS = {
    "es": {"given": ["nombre", "nombres", "primer_nombre", "nombre_pila"], "family": ["apellidos", "apellido"],
           "full": ["nombre_completo", "paciente", "nombre_paciente", "nom_completo"],
           "dob": ["fecha_nac", "fecha_nacimiento", "fnac", "f_nacimiento", "fec_nac"],
           "street": ["direccion", "dir_linea1", "direccion_postal", "domicilio", "direccion_residencial"],
           "city": ["municipio", "ciudad", "pueblo"], "zip": ["codigo_postal", "cod_postal", "zip", "cp", "zona_postal"],
           "county": ["condado"],
           "phone": ["telefono_movil", "tel_celular", "celular", "telefono", "tel_residencial", "tel_contacto"],
           "email": ["correo", "correo_electronico", "email", "e_mail", "correo_e"],
           "ssn": ["num_seguro_social", "seguro_social", "ss", "nss", "num_ss", "seg_social"],
           "mrn": ["num_expediente", "expediente", "nhc", "num_historia", "record_medico", "num_record"],
           "hp": ["num_afiliado", "id_asegurado", "numero_contrato", "id_miembro", "num_tarjeta_plan"],
           "fax": ["fax", "fax_domicilio", "num_fax"], "age": ["edad", "edad_anios", "edad_paciente"],
           "dl": ["licencia_conducir", "num_licencia", "lic_conducir"], "oid": ["pasaporte", "num_pasaporte", "doc_identidad"],
           "acct": ["num_cuenta", "cuenta_paciente", "numero_cuenta_facturacion"]},
    "pt": {"given": ["nome", "primeiro_nome", "prenome"], "family": ["sobrenome", "apelido", "sobrenomes"],
           "full": ["nome_completo", "paciente", "nome_paciente"],
           "dob": ["data_nascimento", "dt_nasc", "data_nasc", "nascimento"],
           "street": ["endereco", "logradouro", "morada"], "city": ["cidade", "municipio", "localidade"],
           "zip": ["cep", "codigo_postal"], "county": ["condado"],
           "phone": ["celular", "telemovel", "telefone", "fone_contato"],
           "email": ["email", "e_mail", "correio_eletronico"], "ssn": ["numero_seguro_social", "ssn", "seguro_social_eua"],
           "mrn": ["prontuario", "num_prontuario", "numero_registro"], "hp": ["carteirinha", "num_beneficiario", "numero_plano_saude"],
           "fax": ["fax", "num_fax"], "age": ["idade"], "dl": ["carta_conducao", "cnh", "licenca_motorista"],
           "oid": ["passaporte", "cpf", "documento"], "acct": ["conta_paciente", "num_conta"]},
    "fr": {"given": ["prenom", "prénom", "prenoms"], "family": ["nom", "nom_de_famille", "nom_famille"],
           "full": ["nom_complet", "patient", "nom_patient"],
           "dob": ["date_de_naissance", "date_naissance", "ddn", "ne_le"],
           "street": ["adresse", "adresse_ligne1", "adresse_domicile"], "city": ["ville", "commune"],
           "zip": ["code_postal", "cp"], "county": ["comte"],
           "phone": ["telephone", "tel_portable", "cellulaire", "tel_domicile"],
           "email": ["courriel", "adresse_courriel", "email", "mel"], "ssn": ["num_secu_us", "ssn", "numero_assurance_sociale_us"],
           "mrn": ["no_dossier", "numero_dossier", "dossier_medical"], "hp": ["numero_adherent", "no_assure", "num_membre"],
           "fax": ["telecopieur", "fax"], "age": ["age", "âge"], "dl": ["permis_conduire", "no_permis"],
           "oid": ["passeport", "num_passeport", "piece_identite"], "acct": ["numero_compte", "compte_patient"]},
    "en": {"given": ["firstName", "first_name", "givenName", "fname"], "family": ["lastName", "last_name", "surname", "lname"],
           "full": ["patientName", "full_name", "pt_name", "name"],
           "dob": ["dob", "birthDate", "date_of_birth", "DOB", "birth_dt"],
           "street": ["address1", "street", "addr_line1", "streetAddress"], "city": ["city", "town"],
           "zip": ["zip", "zipCode", "postal_code", "zip5"], "county": ["county"],
           "phone": ["phone", "mobilePhone", "cell", "homePhone", "contact_no"],
           "email": ["email", "emailAddress", "contact_email"], "ssn": ["ssn", "SSN", "social_security_no", "ssn_full"],
           "mrn": ["mrn", "MRN", "medicalRecordNumber", "chart_no", "patient_mrn"],
           "hp": ["memberId", "member_id", "subscriberId", "insurance_id", "mbi"],
           "fax": ["fax", "faxNumber", "home_fax"], "age": ["age", "age_years"],
           "dl": ["driversLicense", "dl_number", "drivers_license_no"], "oid": ["passport", "passport_no", "alien_number"],
           "acct": ["account_no", "billingAccount", "guarantor_acct"]},
}


def kstyle(key, style):
    if style == "snake":
        return key
    parts = key.split("_")
    if style == "camel":
        return parts[0] + "".join(x[:1].upper() + x[1:] for x in parts[1:])
    if style == "pascal":
        return "".join(x[:1].upper() + x[1:] for x in parts)
    if style == "upper":
        return key.upper()
    return key


def val_for(p, field, lang):
    """Marked value for a record field (or None if not applicable)."""
    if field == "given":
        return NAME(p.given)
    if field == "family":
        return NAME(p.family)
    if field == "full":
        return NAME(p.full if chance(0.7) else p.inv)
    if field == "dob":
        return DATE(fdate(p.dob, pick(DATE_STYLES[lang])))
    if field == "street":
        return ADDR(p.street)
    if field == "city":
        return ADDR(p.city)
    if field == "zip":
        return ZIP(p.zip)
    if field == "county":
        return ADDR(p.county) if p.county else None
    if field == "phone":
        return PHONE(phone_of(p))
    if field == "email":
        return EMAIL(p.email)
    if field == "ssn":
        return SSN(gen_ssn()) if p.country == "US" else None
    if field == "mrn":
        return MRN(mrn_of())
    if field == "hp":
        return HPLAN(gen_plan_id())
    if field == "fax":
        return FAX(fmt_phone(*new_phone(["787", "939"] if p.state == "PR" else ["508", "617", "407", "305"])))
    if field == "age":
        return Raw(AGE(str(p.age))) if p.age > 89 else None
    if field == "dl":
        return LIC(gen_dl(p.region))
    if field == "oid":
        return OID(gen_other_id(oid_kind_for_key(None, p))[1])
    if field == "acct":
        return ACCT(gen_patient_acct())
    raise ValueError(field)


OID_KEY_KIND = {"cpf": "cpf", "documento": "rg", "doc_identidad": "cedula", "piece_identite": "nas", "alien_number": "anum"}


def oid_kind_for_key(key, p):
    if key in OID_KEY_KIND:
        k = OID_KEY_KIND[key]
        if k == "nas" and p.origin == "fr" and p.country != "CA":
            return "nif_ht"
        if k == "cedula" and chance(0.3):
            return "curp"
        return k
    return "pass_br" if p.origin == "pt" else "pass_us"


def record(p, lang, fields, style="snake"):
    d = {}
    used = set()
    for f in fields:
        opts = [k for k in KEYS[lang][f] if k not in used]
        base_key = pick(opts or KEYS[lang][f])
        if f == "oid":
            v = OID(gen_other_id(oid_kind_for_key(base_key, p))[1])
        else:
            v = val_for(p, f, lang)
        if v is None:
            continue
        k = kstyle(base_key, style)
        used.add(k)
        d[k] = v
    return d


def lang_of(p):
    return {"pr": "es", "pt": "pt", "fr": "fr", "ot": "en"}[p.origin] if chance(0.8) else pick(["es", "en"])


def rand_fields(base, extra, kmin, kmax):
    k = rng.randint(kmin, min(kmax, len(extra)))
    chosen = rng.sample(extra, k)
    return base + chosen


# ==========================================================================
# PHI templates
# ==========================================================================
def ph_django_json_registro():
    p = person(old=chance(0.25))
    lang = lang_of(p)
    t = now()
    if chance(0.5):
        base = ["given", "family"]
    else:
        base = ["full"]
    flds = rand_fields(base, ["dob", "street", "city", "zip", "phone", "email", "ssn", "mrn", "hp", "age", "county"], 3, 7)
    if "street" in flds and "city" not in flds and chance(0.5):
        flds.append("city")
    rec = record(p, lang, flds, pick(["snake", "snake", "camel"]))
    rec["sexo" if lang == "es" else "sexe" if lang == "fr" else "sexo" if lang == "pt" else "sex"] = p.sex
    rec["idioma_preferido" if lang in ("es", "pt") else "langue" if lang == "fr" else "preferred_language"] = pick(["es", "pt-BR", "ht", "fr", "en"])
    obj = {"asctime": t_django(t), "levelname": pick(["INFO", "INFO", "WARNING"]),
           "name": pick(["registro.views", "pacientes.api", "portal.signup", "admisiones.services"]),
           "funcName": pick(["crear_paciente", "actualizar_demograficos", "post", "registrar"]),
           "message": pick(["Paciente registrado", "Datos demográficos actualizados", "Registro de portal completado",
                            "Pré-cadastro recebido", "Inscription patient reçue", "Patient demographics saved"]),
           "request_id": uuid4(), "usuario": pick(STAFF + SVC), "paciente": rec,
           "duracion_ms": Raw(rng.randint(8, 900))}
    return "django-json", jd(obj, compact=False)


def ph_django_text_query():
    p = person()
    t = now()
    q1 = "apellido1=" + NAME(p.sur1.replace(" ", "+"))
    q = [q1]
    if p.sur2:
        q.append("apellido2=" + NAME(p.sur2.replace(" ", "+")))
    q.append(pick(["fnac=", "fecha_nac=", "dob="]) + DATE(fdate(p.dob, "iso")))
    if chance(0.4):
        q.append("tel=" + PHONE(fmt_phone(*p.phone_parts, style="plain") if p.phone_parts else p.phone_br.replace(" ", "")))
    path = pick(["/api/v1/pacientes/buscar", "/admisiones/pacientes/search/", "/portal/api/paciente/lookup"])
    lvl = pick(["ERROR", "WARNING"])
    msg = pick(["Internal Server Error: %s?%s", "Not Found: %s?%s", "Slow request (%d ms): %%s?%%s" % rng.randint(3000, 9000)])
    return "django-text", "%s %s django.request %s" % (t_django(now()), lvl, msg % (path, "&".join(q)))


def ph_django_repr():
    p = person()
    t = now()
    kind = rng.randint(0, 2)
    if kind == 0:
        body = "{'correo_electronico': ['Ya existe un paciente con este correo: %s'], 'telefono_movil': ['Número inválido para PR: %s']}" % (EMAIL(p.email), PHONE(other_phone(style="plain")))
        head = "ValidationError en RegistroPacienteForm"
    elif kind == 1:
        body = "<Paciente: %s (%s)> cita=%d" % (NAME(p.inv), MRN(mrn_of()), rng.randint(100000, 999999))
        head = "KeyError('plantilla_sms') en enviar_recordatorio(paciente=%s)" % "%s"
        return "django-text", "%s ERROR celery.app.trace Task recordatorios.tasks.enviar_recordatorio[%s] raised unexpected: %s" % (t_django(t), uuid4(), head % body)
    else:
        body = "{'nombre': '%s', 'fecha_nacimiento': datetime.date(%d, %d, %d), 'seguro_social': '%s'}" % (
            NAME(p.full), p.dob.year, p.dob.month, p.dob.day, SSN(gen_ssn("plain")))
        # the datetime.date(...) repr is a DOB too
        body = body.replace("datetime.date(%d, %d, %d)" % (p.dob.year, p.dob.month, p.dob.day),
                            "datetime.date(" + DATE("%d, %d, %d" % (p.dob.year, p.dob.month, p.dob.day)) + ")")
        head = "IntegrityError al guardar paciente, cleaned_data="
        return "python-repr", "%s ERROR pacientes.forms %s%s" % (t_django(t), head, body)
    return "python-repr", "%s WARNING registro.forms %s: %s" % (t_django(t), head, body)


def ph_node_pino():
    p = person()
    t = now()
    appt = near_date(10, 60)
    pac = {pick(["nombreCompleto", "nomeCompleto", "fullName", "paciente"]): NAME(p.full)}
    if chance(0.7):
        pac[pick(["fechaNacimiento", "dataNascimento", "birthDate", "fnac"])] = DATE(fdate(p.dob, pick(["iso", "dmy", "mdy"])))
    if chance(0.6):
        pac[pick(["celular", "telefonoMovil", "mobile", "telemovel"])] = PHONE(phone_of(p, pick(["e164", "dash"])))
    if chance(0.4):
        pac[pick(["mrn", "numExpediente", "prontuario"])] = MRN(mrn_of())
    obj = {"level": Raw(30), "time": Raw(t_epoch(t)), "pid": Raw(rng.randint(1, 60000)), "hostname": pick(PODS),
           "reqId": "req-" + alnum(4, "abcdefghijklmnopqrstuvwxyz0123456789"),
           "req": {"method": "POST", "url": pick(["/api/citas/confirmar", "/api/v2/appointments", "/api/citas/%d/reprogramar" % rng.randint(1000, 99999)])},
           "msg": pick(["cita confirmada", "cita reprogramada", "consulta agendada", "appointment booked"]),
           "paciente": pac,
           "cita": {"fecha": DATE(fdate(appt, pick(["iso", "dmy"]))), "hora": "%02d:%s" % (rng.randint(7, 16), pick(["00", "15", "30", "45"])),
                    "clinica": pick(CLINICS), "medico": "%s %s" % tuple(reversed(_doc_t()))},
           "responseTime": Raw(rng.randint(12, 480))}
    return "node-pino-json", jd(obj)


def ph_node_winston():
    p = person()
    t = now()
    appt = near_date(0, 45)
    trat = pick(["Sra.", "Doña", ""] if p.sex == "F" else ["Sr.", "Don", ""]) if p.origin == "pr" else ""
    nm = (trat + " " if trat else "") + NAME(p.full)
    k = rng.randint(0, 2)
    if k == 0:
        msg = "Enviando recordatorio a %s (%s) cita %s %s" % (PHONE(phone_of(p, "e164")), nm, DATE(fdate(appt, pick(["dmy", "mdy"]))), pick(["08:30", "10:15", "13:00", "15:45"]))
    elif k == 1:
        msg = "Llamada IVR saliente a %s para %s: respuesta=%s" % (PHONE(phone_of(p, "plain")), nm, pick(["confirmó", "canceló", "sin respuesta", "buzón de voz"]))
    else:
        msg = "Reminder email queued to=%s name=\"%s\" appt=%s" % (EMAIL(p.email), NAME(p.full), DATE(fdate(appt, "iso")))
    return "node-winston", "%s [%s] %s: %s" % (t_isoz(t), pick(["portal-sms", "citas-worker", "notif-svc"]), pick(["info", "info", "warn"]), msg)


def ph_nginx_access():
    t = now()
    ipv = public_ipv6() if chance(0.15) else public_ip()
    k = rng.randint(0, 3)
    if k == 0:
        path = "/portal/pacientes/%s/resultados" % MRN(mrn_of(pick(["num7", "hab", "e"])))
    elif k == 1:
        path = "/api/v1/perfil?uid=%d&lang=%s" % (rng.randint(10000, 99999), pick(["es", "pt", "fr", "en"]))
    elif k == 2:
        path = "/mi-salud/mensajes?page=%d" % rng.randint(1, 9)
    else:
        path = "/api/facturas/%s/pdf" % ACCT(gen_patient_acct())
    status = pick([200, 200, 200, 304, 401, 403])
    xff = ""
    return "nginx-access", '%s - - [%s] "GET %s HTTP/1.1" %d %d "https://mi.%s/" "%s" rt=%.3f uct="0.000" upstream=%s:8080%s' % (
        IP(ipv), t_clf(t), path, status, rng.randint(0, 90000), ORG_DOMAIN, ua(), rng.random() * 1.5, private_ip(), xff)


def ph_auth_login():
    p = person()
    t = now()
    ipv = public_ip()
    k = rng.randint(0, 2)
    if k == 0:
        s = "auth-svc %s INFO login_success user=%s ip=%s mfa=sms device=%s" % (t_isoz(t), EMAIL(p.email), IP(ipv), pick(["iPhone", "Android", "Windows"]))
    elif k == 1:
        s = "auth-svc %s WARN login_failed reason=bad_password attempts=%d user=%s src_ip=%s (XFF %s, %s)" % (
            t_isoz(t), rng.randint(2, 6), EMAIL(p.email), IP(ipv), IP(ipv), private_ip())
    else:
        s = "auth-svc %s INFO password_reset_requested usuario=%s canal=sms destino=%s client_ip=%s" % (
            t_isoz(t), EMAIL(p.email), PHONE(phone_of(p)), IP(ipv))
    return "auth-text", s


def ph_serilog_text():
    p = person()
    t = now()
    k = rng.randint(0, 3)
    if k == 0:
        s = "[%s INF] Salud.Facturacion.Services.PagoService: Pago procesado para cuenta %s titular \"%s\" tarjeta %s monto=%.2f USD autorizacion=%s" % (
            t_hms(t), ACCT(gen_patient_acct()), NAME(p.full), ACCT(gen_card()), rng.uniform(5, 900), alnum(6))
    elif k == 1:
        s = "[%s WRN] Salud.Facturacion.Ach.AchExporter: Cuenta bancaria %s (ruta 021502011) del garante %s rechazada: R03 No Account/Unable to Locate" % (
            t_hms(t), ACCT(gen_bank_acct()), NAME(p.inv))
    elif k == 2:
        s = "[%s INF] Salud.Admisiones.AdmisionService: Ingreso registrado NHC=%s Paciente=\"%s\" FechaIngreso=%s Cama=%s-%d" % (
            t_hms(t), MRN(mrn_of()), NAME(p.full), DATE(fdate(near_date(5, 0), pick(["dmy", "mdy"]))), pick(["3N", "4S", "UCI", "2E"]), rng.randint(1, 40))
    else:
        s = "[%s ERR] Salud.Elegibilidad.Worker: Afiliado %s no encontrado en %s; FechaNac=%s Nombre=%s" % (
            t_hms(t), HPLAN(gen_plan_id()), pick(["Triple-S", "MCS Classicare", "MMM Healthcare", "Plan Vital", "MassHealth"]),
            DATE(fdate(p.dob, pick(["mdy", "iso"]))), NAME(p.full.upper() if chance(0.3) else p.full))
    return "dotnet-serilog-text", s


def ph_dotnet_clef():
    p = person(old=chance(0.2))
    t = now()
    obj = {"@t": t_clef(t), "@mt": pick(["Elegibilidad verificada para {Afiliado} plan {Plan}",
                                          "Eligibility response for {Afiliado} from {Plan}"]),
           "@l": pick(["Information", "Warning"]) if chance(0.6) else None,
           "Afiliado": HPLAN(gen_plan_id()), "Plan": pick(["Triple-S Advantage", "MCS Classicare", "MMM Healthcare",
                                                          "Plan Vital (Medicaid PR)", "MassHealth Standard", "Medicare Part B"]),
           "NombreAsegurado": NAME(p.inv if chance(0.5) else p.full),
           "FechaNacimiento": DATE(fdate(p.dob, pick(["iso", "mdy"])))}
    if p.age > 89 and chance(0.8):
        obj["EdadCalculada"] = Raw(AGE(str(p.age)))
    if chance(0.3):
        obj["Relacion"] = "18"
    obj.update({"SourceContext": "Salud.Elegibilidad.Client.X12Client", "TraceId": trace_id(), "SpanId": span_id(),
                "MachineName": pick(["ELIG-WRK-01", "ELIG-WRK-02"]), "ThreadId": Raw(rng.randint(3, 60))})
    obj = {k: v for k, v in obj.items() if v is not None}
    return "dotnet-clef-json", jd(obj)


def ph_dotnet_ilogger():
    p = person()
    t = now()
    k = rng.randint(0, 2)
    if k == 0:
        parts = ["Correo=" + EMAIL(p.email), "TelefonoCasa=" + PHONE(phone_of(p))]
        if chance(0.5):
            parts.append("Licencia=" + LIC(gen_dl(p.region)))
        if chance(0.5):
            parts.append("FaxCasa=" + FAX(other_phone(["787", "939", "508"])))
        s = "info: Salud.Portal.Api.Controllers.PerfilController[1204] Perfil actualizado por usuario %d: %s" % (rng.randint(10000, 99999), ", ".join(parts))
    elif k == 1:
        s = "warn: Salud.Admisiones.Identidad.IdVerifier[3001] Documento no verificado: Tipo=LicenciaConducir Numero=%s Estado=%s Titular=%s" % (
            LIC(gen_dl(p.region)), p.state, NAME(p.full))
    else:
        s = "fail: Salud.Portal.Api.Middleware.ExceptionMiddleware[0] Unhandled exception for PacienteRef=%s (%s): System.FormatException: String '%s' was not recognized as a valid DateTime." % (
            MRN(mrn_of()), NAME(p.full), DATE(fdate(p.dob, "dmy")))
    return "dotnet-ilogger", s


def ph_logfmt_rx():
    p = person()
    doc, title = clinician()
    t = now()
    drug, ndc, _ = pick(DRUGS)
    kv = ["ts=" + t_isoz(t), "level=info", "svc=farmacia-api", 'msg="receta despachada"',
          "rx_id=%d" % rng.randint(1000000, 9999999), 'paciente="%s"' % NAME(p.full)]
    if chance(0.7):
        kv.append(pick(["fnac=", "f_nac=", "dob="]) + DATE(fdate(p.dob, pick(["iso", "dmy", "mdy"]))))
    if chance(0.6):
        kv.append(pick(["dea_prescriptor=", "prescriber_dea=", "dea="]) + LIC(gen_dea(doc.family[0])))
    kv.append('prescriptor="%s %s"' % (title, doc.full))
    kv.append("npi=%s" % gen_npi())
    kv.append('medicamento="%s"' % drug)
    kv.append("ndc=%s" % ndc)
    if chance(0.5):
        kv.append(pick(["plan_id=", "afiliado=", "bin_pcn_member="]) + HPLAN(gen_plan_id()))
    kv.append("duration=%dms" % rng.randint(20, 700))
    return "logfmt", " ".join(kv)


def ph_logfmt_generic():
    p = person(old=chance(0.2))
    lang = lang_of(p)
    t = now()
    flds = rand_fields(["full"], ["dob", "phone", "email", "mrn", "hp", "street", "city", "zip", "ssn", "age", "dl", "oid"], 2, 5)
    rec = record(p, lang, flds, "snake")
    kv = ["time=\"%s\"" % t_isooff(t), "level=%s" % pick(["info", "debug", "warn"]),
          "logger=%s" % pick(["admisiones.sync", "citas.importer", "mpi.match", "portal.profile"]),
          "msg=\"%s\"" % pick(["registro sincronizado", "candidato MPI encontrado", "perfil actualizado", "importación de cita"])]
    for k, v in rec.items():
        if isinstance(v, Raw):
            kv.append("%s=%s" % (k, v.text))
        elif " " in v:
            kv.append('%s="%s"' % (k, v))
        else:
            kv.append("%s=%s" % (k, v))
    kv.append("trace_id=" + trace_id())
    return "logfmt", " ".join(kv)


def hl7_name(p, upper=True):
    fam = p.family.upper() if upper else p.family
    giv = p.given.upper() if upper else p.given
    if upper and chance(0.5):
        fam, giv = ascii_fold(fam), ascii_fold(giv)
    return fam + "^" + giv


def ph_hl7_adt():
    p = person(old=chance(0.15))
    t = now()
    doc, _ = clinician()
    ev = pick(["A04", "A08", "A01", "A03"])
    fac = pick(FACILITIES)
    ctl = "MSG" + digits(9)
    msh = "MSH|^~\\&|EPIC|%s|MIRTH|ATLANTICO|%s||ADT^%s|%s|P|2.5.1" % (fac[0], t_hl7(t), ev, ctl)
    pid3 = MRN(mrn_of("num7")) + "^^^" + fac[0] + "^MR"
    if chance(0.5):
        pid3 += "~" + SSN(gen_ssn("plain")) + "^^^SSA^SS"
    addr = ADDR(p.street.upper() if chance(0.5) else p.street) + "^^" + ADDR(p.city.upper() if chance(0.5) else p.city) + "^" + p.state + "^" + ZIP(p.zip) + "^" + p.country
    ph = PHONE(phone_of(p, "paren")) + "^PRN^PH"
    pid = ["PID", "1", "", pid3, "", NAME(hl7_name(p)), "", DATE(fdate(p.dob, "hl7")), p.sex, "", "",
           addr, "", ph, "", {"pr": "SPA", "pt": "POR", "fr": pick(["FRE", "HAT"]), "ot": "ENG"}[p.origin], pick(["M", "S", "W", "D"]), "", ACCT(digits(10, True)) + "^^^" + fac[0] + "^AN"]
    if chance(0.6):
        pid.append(SSN(gen_ssn(pick(["plain", "dash"]))))
        if chance(0.5):
            pid.append(LIC(gen_dl(p.region)) + "^" + p.state)
    seg = [msh, "|".join(pid)]
    pv1 = "PV1|1|%s|%s^%d^%d^%s||||%s^%s^%s^^^DR^^^NPI|" % (pick(["I", "O", "E"]), pick(["3N", "4S", "ED", "CLIN"]), rng.randint(300, 450),
                                                         rng.randint(1, 2), fac[0], gen_npi(), ascii_fold(doc.family).upper(), ascii_fold(doc.given).upper())
    if ev in ("A01", "A03") and chance(0.8):
        pv1 += "|" * 36 + DATE(fdate(near_date(10, 0), "hl7") + "%02d%02d" % (rng.randint(0, 23), rng.randint(0, 59)))
        if ev == "A03":
            pv1 += "|" + DATE(fdate(near_date(0, 0), "hl7") + "%02d%02d" % (rng.randint(0, 23), rng.randint(0, 59)))
    seg.append(pv1)
    return "hl7v2", "%s INFO [%s] channel=ADT_IN_%s received %s" % (t_space(t), pick(["mirth", "Mirth Connect"]), fac[0], "\\r".join(seg))


def ph_hl7_nk1_in1():
    p = person()
    kin = person(origin=p.origin)
    kin.family = p.family if chance(0.5) else kin.family
    kin.full = kin.given + " " + kin.family
    t = now()
    fac = pick(FACILITIES)
    ins = pick(VENDORS[2:4])
    segs = ["MSH|^~\\&|REG|%s|MIRTH|ATLANTICO|%s||ADT^A08|MSG%s|P|2.5.1" % (fac[0], t_hl7(t), digits(9)),
            "PID|1||%s^^^%s^MR||%s||%s|%s" % (MRN(mrn_of("num7")), fac[0], NAME(hl7_name(p)), DATE(fdate(p.dob, "hl7")), p.sex)]
    rel = pick(["SPO^Cónyuge", "CHD^Hijo(a)", "MTH^Madre", "GRD^Tutor", "DAU^Filha", "SIS^Soeur"])
    segs.append("NK1|1|%s|%s|%s|%s" % (NAME(hl7_name(kin, upper=chance(0.7))), rel,
                                       ADDR(kin.street) + "^^" + ADDR(kin.city) + "^" + kin.state + "^" + ZIP(kin.zip),
                                       PHONE(phone_of(kin, "paren")) if kin.phone_parts else PHONE(kin.phone_br)))
    if chance(0.8):
        segs.append("IN1|1|%s|%s|%s|%s||||GRP%s||||||||%s|%s|%s||||||||||||||||||%s" % (
            pick(["SSS01", "MCS02", "MMM03"]), digits(5), ins[0].upper(), ins[1].replace(", ", "^"), digits(5),
            NAME(hl7_name(p)), "01", DATE(fdate(p.dob, "hl7")), HPLAN(gen_plan_id())))
    return "hl7v2", "%s DEBUG hl7-router msg=%s" % (t_isoz(t), "\\r".join(segs))


def ph_hl7_oru():
    p = person()
    t = now()
    doc, _ = clinician()
    obs = pick([("2345-7", "Glucosa", "mg/dL", "70-99"), ("4548-4", "Hemoglobina A1c", "%", "4.0-5.6"),
                ("2160-0", "Creatinina", "mg/dL", "0.6-1.2"), ("718-7", "Hemoglobina", "g/dL", "12.0-16.0")])
    segs = ["MSH|^~\\&|LAB|HSJ|EPIC|HSJ|%s||ORU^R01|%s|P|2.5.1" % (t_hl7(t), digits(8)),
            "PID|1||%s^^^HSJ^MR||%s||%s|%s" % (MRN(mrn_of("num7")), NAME(hl7_name(p)), DATE(fdate(p.dob, "hl7")), p.sex),
            "ORC|RE|%s|%s||CM||||%s|||%s^%s^%s" % (digits(8), digits(8), t_hl7(t)[:12], gen_npi(), ascii_fold(doc.family).upper(), ascii_fold(doc.given).upper()),
            "OBX|1|NM|%s^%s^LN||%s|%s|%s|%s|||F|||%s" % (obs[0], obs[1], round(rng.uniform(0.5, 200), 1), obs[2], obs[3], pick(["N", "H", "L"]),
                                                        DATE(fdate(near_date(3, 0), "hl7") + "%02d%02d" % (rng.randint(6, 11), rng.randint(0, 59))))]
    return "hl7v2", "[%s] Mirth ORU_OUT_EPIC sent ack=AA msg=%s" % (t_space(t), "\\r".join(segs))


def ph_fhir_patient():
    p = person(old=chance(0.2))
    t = now()
    tele = []
    if chance(0.85):
        tele.append({"system": "phone", "value": PHONE(phone_of(p)), "use": pick(["mobile", "home"])})
    if chance(0.6):
        tele.append({"system": "email", "value": EMAIL(p.email)})
    if chance(0.2):
        tele.append({"system": "fax", "value": FAX(other_phone(["787", "508", "305"])), "use": "home"})
    ident = [{"use": "usual", "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
              "system": "urn:oid:2.16.840.1.113883.3.7711.1.2", "value": MRN(mrn_of())}]
    if chance(0.5) and p.country == "US":
        ident.append({"system": "http://hl7.org/fhir/sid/us-ssn", "value": SSN(gen_ssn(pick(["plain", "dash"])))})
    if chance(0.25):
        ident.append({"system": "http://hl7.org/fhir/sid/us-mbi", "value": HPLAN(gen_mbi())})
    if chance(0.2):
        ident.append({"type": {"text": "Passport"}, "system": "urn:oid:2.16.840.1.113883.4.330.76", "value": OID(gen_other_id("pass_br")[1])})
    name = {"use": "official", "family": NAME(p.family), "given": [NAME(g) for g in ([p.given] if chance(0.7) else p.given.split(" "))]}
    if p.origin == "pr" and p.sur2 and chance(0.5):
        name["extension"] = [{"url": "http://hl7.org/fhir/StructureDefinition/humanname-mothers-family", "valueString": NAME(p.sur2)}]
    res = {"resourceType": "Patient", "id": uuid4(), "meta": {"versionId": str(rng.randint(1, 9)), "lastUpdated": t_isooff(t)},
           "identifier": ident, "name": [name], "telecom": tele, "gender": "female" if p.sex == "F" else "male",
           "birthDate": DATE(fdate(p.dob, "iso"))}
    if chance(0.8):
        res["address"] = [{"use": "home", "line": [ADDR(p.street)], "city": ADDR(p.city), "state": p.state, "postalCode": ZIP(p.zip), "country": p.country}]
        if p.county and chance(0.4):
            res["address"][0]["district"] = ADDR(p.county)
    if p.age > 89 and chance(0.3):
        res["deceasedDateTime"] = DATE(fdate(near_date(30, 0), "iso"))
    res["communication"] = [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": pick(["es", "pt-BR", "fr", "ht", "en"])}]}, "preferred": True}]
    if chance(0.15):
        res["photo"] = [{"contentType": "image/jpeg", "data": PHOTO(photo_b64("jpeg"))}]
    return "fhir-json", "%s fhir-gw DEBUG outbound PUT /fhir/R4/Patient/%s status=200 body=%s" % (t_isoz(t), res["id"], jd(res))


def ph_fhir_coverage():
    p = person()
    guar = person(origin=p.origin)
    t = now()
    res = {"resourceType": "Coverage", "id": uuid4(), "status": "active",
           "subscriberId": HPLAN(gen_plan_id()),
           "subscriber": {"display": NAME(guar.full)}, "beneficiary": {"reference": "Patient/" + uuid4()},
           "relationship": {"coding": [{"code": pick(["child", "spouse", "self"])}]},
           "payor": [{"display": pick(["Triple-S Salud", "MCS Classicare", "MassHealth", "Florida Blue", "Plan Vital"])}],
           "class": [{"type": {"coding": [{"code": "group"}]}, "value": "GRP-" + digits(6), "name": pick(["Gobierno PR", "Empleados Municipales", "Commonwealth Care"])}]}
    if chance(0.6):
        res["period"] = {"start": "2024-01-01"}
    return "fhir-json", "fhir-gw %s INFO Coverage upsert ok %s" % (t_isoz(t), jd(res))


def ph_fhir_related():
    p = person()
    rel = person(origin=p.origin)
    t = now()
    res = {"resourceType": "RelatedPerson", "id": uuid4(), "patient": {"reference": "Patient/" + uuid4()},
           "relationship": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode", "code": pick(["DAU", "SON", "SPS", "MTH", "GRNDDAU"])}]}],
           "name": [{"text": NAME(rel.full)}],
           "telecom": [{"system": "phone", "value": PHONE(phone_of(rel))}]}
    if chance(0.5):
        res["telecom"].append({"system": "email", "value": EMAIL(rel.email)})
    if chance(0.5):
        res["address"] = [{"text": "%s, %s, %s %s" % (ADDR(rel.street), ADDR(rel.city), rel.state, ZIP(rel.zip))}]
    return "fhir-json", "[%s] fhir-gw RelatedPerson created %s" % (t_isoz(t), jd(res, compact=False))


def ph_portal_msg_es():
    k = rng.randint(0, 4)
    p = person(origin=pick(["pr", "pr", "pr", "ot"]), old=(k == 2) or chance(0.2),
               sex="F" if k == 2 else "M" if k == 4 else None)
    t = now()
    if k == 0:
        txt = "Buenas, soy %s, nací el %s. Me mudé a %s, %s %s. Mi nuevo número es %s. Gracias." % (
            NAME(p.full), DATE(fdate(p.dob, "es")), ADDR(p.street), ADDR(p.city), ZIP(p.zip), PHONE(phone_of(p)))
        asunto = "Cambio de dirección"
    elif k == 1:
        txt = "Necesito cambiar la cita del %s. Mi seguro social es %s y mi fecha de nacimiento %s. Pueden llamarme al %s." % (
            DATE(fdate(near_date(0, 30), "dmy")), SSN(gen_ssn()), DATE(fdate(p.dob, "dmy")), PHONE(phone_of(p)))
        asunto = "Reprogramar cita"
    elif k == 2:
        txt = "Hola, escribo por mi mamá %s, tiene %s años y no puede venir el %s. Su plan es %s, número %s." % (
            NAME(p.full), AGE(str(p.age)), DATE(fdate(near_date(0, 20), "es")),
            pick(["Triple-S", "MCS Classicare", "MMM", "Plan Vital"]), HPLAN(gen_plan_id()))
        asunto = "Cita de mi madre"
    elif k == 3:
        txt = "Favor enviar copia de mi récord por fax al %s o a mi correo %s. Expediente %s." % (
            FAX(other_phone(["787", "939"])), EMAIL(p.email), MRN(mrn_of()))
        asunto = "Solicitud de récord médico"
    else:
        txt = "Mi hijo %s (nacido %s) perdió la tarjeta del plan, el número de miembro es %s. Dirección: %s, %s." % (
            NAME(p.given + " " + p.family), DATE(fdate(REF_DATE - timedelta(days=rng.randint(400, 5000)), "dmy")), HPLAN(gen_plan_id()), ADDR(p.street), ADDR(p.city))
        asunto = "Tarjeta del plan"
    return "portal-message", "%s portal-mensajes INFO msg_id=%s hilo=%d de=paciente para=%s asunto=\"%s\" texto=\"%s\"" % (
        t_django(t), uuid4(), rng.randint(10000, 99999), pick(["buzon.cardiologia", "buzon.citas", "buzon.records", "buzon.medicina.interna"]), asunto, txt)


def ph_callcentre_cti():
    p = person()
    t = now()
    fac = pick(FACILITIES)
    dnis = ascii_digits(fac[3])
    kv = ["CALL_ESTABLISHED", "conn=%s" % hexs(16, True), "ani=%s" % PHONE(phone_of(p, pick(["e164", "plain"]))),
          "dnis=%s" % dnis, "queue=%s" % pick(["Citas_ES", "Citas_PT", "Facturacion_ES", "Farmacia_ES", "Appointments_EN", "Kreyol_HT"]),
          "agente=%s" % pick(STAFF), "ext=%d" % rng.randint(4000, 4999)]
    if chance(0.7):
        kv.append("ivr_dob=%s" % DATE(fdate(p.dob, "hl7")))
    if chance(0.6):
        kv.append("ivr_mrn=%s" % MRN(mrn_of("num7")))
    if chance(0.3):
        kv.append("ivr_ssn4=****")
    kv.append("wait=%ds" % rng.randint(3, 400))
    return "callcentre-cti", "%s %s %s" % (pick(["cti-genesys"]), t_dmy(t), " ".join(kv))


def ascii_digits(s):
    return "".join(c for c in s if c.isdigit())


def ph_callcentre_notes():
    p = person(old=chance(0.5))
    rel, rsex = pick([("la hija", "F"), ("el hijo", "M"), ("la sobrina", "F"), ("la nieta", "F"), ("el esposo", "M"), ("la esposa", "F")])
    kin = person(origin=p.origin, sex=rsex)
    t = now()
    k = rng.randint(0, 2)
    age_txt = ("%s años" % AGE(str(p.age))) if p.age > 89 else "%d años" % p.age
    if k == 0:
        n = "Llamó %s, %s, para reprogramar cita de %s (%s). Confirmó fecha de nacimiento %s y dirección %s, %s." % (
            rel, NAME(kin.full), NAME(p.full), age_txt, DATE(fdate(p.dob, "mdy")), ADDR(p.street), ADDR(p.city))
    elif k == 1:
        n = "Paciente %s llamó molesto por factura de cuenta %s; se le ofreció plan de pago. Tel. alterno %s." % (
            NAME(p.inv), ACCT(gen_patient_acct()), PHONE(other_phone()))
    else:
        n = "Se verificó identidad con SS %s y DOB %s. Paciente de %s solicita transporte a su cita del %s." % (
            SSN(gen_ssn()), DATE(fdate(p.dob, "dmy")), age_txt, DATE(fdate(near_date(0, 20), "es")))
    return "callcentre-notes", "%s callcenter.notas [INFO] caso=%s agente=%s cola=%s nota=\"%s\"" % (
        t_isooff(t), "CS-" + digits(7), pick(STAFF), pick(["Citas_ES", "Facturacion_ES", "Servicios_Paciente"]), n)


def ph_sms_pt_out():
    p = person(origin="pt")
    t = now()
    appt = near_date(0, 30)
    clinic = pick(["Clínica de Cardiologia", "Atlántico Health New Bedford", "Centro de Diabetes", "Pediatria Dorchester"])
    k = rng.randint(0, 2)
    if k == 0:
        body = "Olá %s, lembrete da sua consulta no dia %s às %s na %s. Responda SIM para confirmar ou NAO para cancelar." % (
            NAME(p.given.split(" ")[0]), DATE(fdate(appt, "dmy")), pick(["08:30", "09h15", "14:30", "16h00"]), clinic)
    elif k == 1:
        body = "%s, sua consulta foi remarcada para %s. Dúvidas: ligue (508) 979-4400." % (NAME(p.full), DATE(fdate(appt, "pt")))
    else:
        body = "Bom dia Sr(a). %s: o resultado do exame está disponível no portal. Seu prontuário: %s." % (NAME(p.family), MRN(mrn_of("anb")))
    to = phone_of(p, "e164") if p.phone_parts else p.phone_br.replace(" ", "")
    return "sms-gateway", "%s sms-gw OUTBOUND sid=SM%s to=%s from=+18575550100 lang=pt-BR segments=%d body=\"%s\"" % (
        t_isoz(t), hexs(32), PHONE(to), rng.randint(1, 3), body)


def ph_sms_pt_in():
    p = person(origin="pt", child=True)
    mom = person(origin="pt", sex="F")
    t = now()
    k = rng.randint(0, 2)
    if k == 0:
        body = "Bom dia, aqui é a %s, mãe %s %s. %s nasceu em %s. Meu email é %s" % (
            NAME(mom.full), "da" if p.sex == "F" else "do", NAME(p.given), "Ela" if p.sex == "F" else "Ele", DATE(fdate(p.dob, "pt")), EMAIL(mom.email))
    elif k == 1:
        body = "SIM. Mudei de endereço: %s, %s %s" % (ADDR(mom.street), ADDR(mom.city), ZIP(mom.zip))
    else:
        body = "Não posso ir dia %s, meu telefone novo é %s. %s" % (DATE(fdate(near_date(0, 15), "dmy")), PHONE(other_phone(["508", "774", "617"])), NAME(mom.full))
    frm = phone_of(mom, "e164") if mom.phone_parts else mom.phone_br.replace(" ", "")
    return "sms-gateway", "%s sms-gw INBOUND sid=SM%s from=%s to=+18575550100 body=\"%s\" carrier=%s" % (
        t_isoz(t), hexs(32), PHONE(frm), body, pick(["T-Mobile USA", "Verizon Wireless", "AT&T Mobility", "Claro PR"]))


def ph_interpreter():
    p = person(origin=pick(["pt", "fr", "fr", "pt", "ot"]))
    t = now()
    lang = {"pt": pick(LANGS[1:3] + [LANGS[5]]), "fr": pick([LANGS[3], LANGS[4]]), "ot": LANGS[6]}.get(p.origin, LANGS[0])
    interp = person(origin=p.origin)
    k = rng.randint(0, 1)
    if k == 0:
        s = "interp-svc | %s | sesion=INT-%s | idioma=%s | modalidad=%s | interprete=#%d (%s %s.) | paciente=%s | nhc=%s | duracion=%s" % (
            t_dmy(t), digits(8), lang[1], pick(["video", "teléfono", "presencial"]), rng.randint(1000, 9999),
            interp.given, interp.family[0], NAME(p.full), MRN(mrn_of()), "00:%02d:%02d" % (rng.randint(3, 55), rng.randint(0, 59)))
    else:
        fields = ['patient_nom="%s"' % NAME(p.inv)]
        fields.append("date_de_naissance=%s" % DATE(fdate(p.dob, pick(["dmy", "iso"]))))
        if chance(0.5):
            fields.append("tel=%s" % PHONE(phone_of(p)))
        if chance(0.4):
            fields.append("rdv=%s" % DATE(fdate(near_date(0, 20), "dmy")))
        s = "interpreter-log %s lang=%s vendor=\"Lingua Bridge Interpreting Inc.\" %s interprete_id=%d minutes=%d" % (
            t_isoz(t), lang[0], " ".join(fields), rng.randint(1000, 9999), rng.randint(3, 60))
    return "interpreter-log", s


def ph_pharmacy_label():
    p = person(origin=pick(["pr", "pr", "pr", "ot", "pt"]), old=chance(0.15))
    doc, title = clinician()
    fac = pick(FACILITIES[:3])
    t = now()
    drug, ndc, sig = pick(DRUGS)
    parts = ["FARMACIA %s · Tel. %s" % (fac[1].upper(), fac[3]), "Paciente: %s" % NAME(p.full if chance(0.6) else p.inv)]
    if chance(0.8):
        parts.append("F. Nac.: %s" % DATE(fdate(p.dob, pick(["dmy", "mdy"]))))
    if chance(0.6):
        parts.append("Dirección: %s, %s, %s %s" % (ADDR(p.street), ADDR(p.city), p.state, ZIP(p.zip)))
    if chance(0.3):
        parts.append("Tel: %s" % PHONE(phone_of(p)))
    parts += [drug, sig, "NDC %s Lote %s Exp. %02d/%d" % (ndc, alnum(6), rng.randint(1, 12), rng.randint(2025, 2027)),
              "%s %s" % (title, doc.full)]
    if chance(0.5):
        parts.append("DEA: %s" % LIC(gen_dea(doc.family[0])))
    parts.append("Fecha de despacho: %s" % DATE(fdate(REF_DATE - timedelta(days=rng.randint(0, 3)), "dmy")))
    parts.append("Reabastecimientos: %d" % rng.randint(0, 5))
    return "pharmacy-label", "%s rx-label-printer PRINT job=%d printer=%s | %s" % (t_space(t), rng.randint(10000, 99999), pick(HOSTS[3:4] + ["rx-print-cmp-1"]), " | ".join(parts))


def ph_pharmacy_pyxis():
    p = person()
    t = now()
    drug, ndc, _ = pick(DRUGS)
    return "pharmacy-dispense", "%s PYXIS MedStation ES-%d DISPENSE user=%s pt=\"%s\" mrn=%s dob=%s item=\"%s\" ndc=%s qty=%d drawer=%d-%s" % (
        t_syslog(t), rng.randint(1, 9), pick(STAFF), NAME(p.inv.upper()), MRN(mrn_of("num7")), DATE(fdate(p.dob, "mdy")), drug, ndc,
        rng.randint(1, 4), rng.randint(1, 8), pick("ABCD"))


def ph_portal_fr():
    p = person(origin="fr", old=chance(0.25))
    t = now()
    flds = rand_fields(["given", "family"], ["dob", "street", "city", "zip", "email", "phone", "mrn", "age", "hp"], 3, 6)
    rec = record(p, "fr", flds)
    kv = []
    for k, v in rec.items():
        kv.append('%s=%s' % (k, v.text if isinstance(v, Raw) else '"%s"' % v))
    return "portal-fr", "%s portail-patient %s %s %s" % (t_isoz(t), pick(["INFO", "INFO", "AVERT"]), pick(["utilisateur inscrit", "profil mis à jour", "demande de rendez-vous"]), " ".join(kv))


def ph_portal_pt_json():
    p = person(origin="pt", old=chance(0.15))
    t = now()
    flds = rand_fields(["given", "family"], ["dob", "street", "city", "zip", "phone", "email", "mrn", "oid", "age", "dl"], 3, 6)
    rec = record(p, "pt", flds, pick(["snake", "camel"]))
    obj = {"timestamp": t_isoz(t), "level": "info", "service": "portal-pt", "event": pick(["cadastro.atualizado", "perfil.salvo", "pre_registro"]),
           "dados": rec, "consentimento_sms": True, "trace": trace_id()}
    return "node-json", jd(obj)


def ph_sql_audit():
    p = person(origin="pr")
    t = now()
    k = rng.randint(0, 1)
    if k == 0:
        cols = ["nombre", "apellido_paterno", "apellido_materno", "fecha_nacimiento", "seguro_social"]
        vals = ["'%s'" % NAME(p.given), "'%s'" % NAME(p.sur1), "'%s'" % NAME(p.sur2 or "Rivera"),
                "'%s'" % DATE(fdate(p.dob, "iso")), "'%s'" % SSN(gen_ssn("plain"))]
        if chance(0.5):
            cols.append("telefono")
            vals.append("'%s'" % PHONE(phone_of(p, "plain")))
        stmt = "INSERT INTO pacientes (%s) VALUES (%s)" % (", ".join(cols), ", ".join(vals))
    else:
        stmt = "UPDATE pacientes SET direccion = '%s', municipio = '%s', codigo_postal = '%s', correo = '%s' WHERE id = %d" % (
            ADDR(p.street), ADDR(p.city), ZIP(p.zip), EMAIL(p.email), rng.randint(10000, 999999))
    return "sql-audit", "%s %s [%d] LOG:  AUDIT: SESSION,%d,1,WRITE,%s,,,\"%s\",<not logged>" % (
        t_space(t)[:19], "AST", rng.randint(1000, 60000), rng.randint(1, 900), "INSERT" if k == 0 else "UPDATE", stmt)


def ph_x12():
    p = person()
    t = now()
    nm = ascii_fold(p.family.upper()) + "*" + ascii_fold(p.given.upper())
    segs = ["ST*271*%s*005010X279A1" % digits(4), "BHT*0022*11*%s*%s*%s" % (digits(9), t_hl7(t)[:8], t_hl7(t)[8:12]),
            "NM1*PR*2*%s*****PI*%s" % (pick(["TRIPLE-S SALUD", "MCS LIFE", "MMM HEALTHCARE"]), digits(5)),
            "NM1*IL*1*%s****MI*%s" % (NAME(nm), HPLAN(gen_plan_id())),
            "N3*%s" % ADDR(ascii_fold(p.street.upper())), "N4*%s*%s*%s" % (ADDR(ascii_fold(p.city.upper())), p.state, ZIP(p.zip.replace("-", ""))),
            "DMG*D8*%s*%s" % (DATE(fdate(p.dob, "hl7")), p.sex), "EB*1*IND*30**%s" % pick(["PLAN VITAL", "ADVANTAGE", "CLASSICARE"])]
    return "x12-edi", "%s edi-gateway INFO 271 recv ctl=%s %s~" % (t_isoz(t), digits(9), "~".join(segs))


def ph_soap_xml():
    p = person(origin="pr")
    t = now()
    x = "<Paciente><Nombre>%s</Nombre><PrimerApellido>%s</PrimerApellido>" % (NAME(p.given), NAME(p.sur1))
    if p.sur2:
        x += "<SegundoApellido>%s</SegundoApellido>" % NAME(p.sur2)
    x += "<FechaNacimiento>%s</FechaNacimiento>" % DATE(fdate(p.dob, "iso"))
    if chance(0.6):
        x += "<NumeroSeguroSocial>%s</NumeroSeguroSocial>" % SSN(gen_ssn("plain"))
    if chance(0.6):
        x += "<Direccion><Linea1>%s</Linea1><Pueblo>%s</Pueblo><Estado>PR</Estado><CodigoPostal>%s</CodigoPostal></Direccion>" % (ADDR(p.street), ADDR(p.city), ZIP(p.zip))
    if chance(0.4):
        x += "<NumeroContrato>%s</NumeroContrato>" % HPLAN(gen_plan_id())
    x += "</Paciente>"
    return "soap-xml", "%s DEBUG [ASES.Elegibilidad.Cliente] SOAP request: <soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><ConsultarElegibilidad xmlns=\"urn:ases:pr:mi-salud:v2\">%s</ConsultarElegibilidad></soap:Body></soap:Envelope>" % (t_space(t), x)


def ph_biometric():
    p = person()
    t = now()
    k = rng.randint(0, 2)
    if k == 0:
        obj = {"evt": "checkin.biometric", "kiosk": pick(["KIOSK-BAY-03", "KIOSK-CMP-01", "KIOSK-ANB-02"]), "template_format": "ISO19794-2",
               pick(["huella_dactilar", "fingerprintTemplate", "plantilla_huella", "impressao_digital"]): BIO(bio_b64("finger")),
               pick(["paciente_mrn", "mrn", "nhc"]): MRN(mrn_of()), "match_score": Raw("%.2f" % rng.uniform(0.4, 0.99)), "fw": "3.%d.%d" % (rng.randint(0, 9), rng.randint(0, 20))}
        return "kiosk-json", jd(obj)
    if k == 1:
        return "ivr-voiceauth", "%s ivr-voiceauth INFO enroll ok caller=%s voiceprint_b64=%s model=vb-11.2 snr=%.1fdB" % (
            t_isoz(t), PHONE(phone_of(p, "e164") if p.phone_parts else p.phone_br.replace(" ", "")), BIO(bio_b64("voice")), rng.uniform(12, 30))
    obj = {"@t": t_clef(t), "@mt": "Plantilla facial registrada para {Paciente}", "Paciente": NAME(p.full),
           "PlantillaFacial": BIO(bio_b64("face")), "Algoritmo": "NEC-NeoFace-v5", "SourceContext": "Salud.Identidad.Biometria"}
    return "dotnet-clef-json", jd(obj)


def ph_photo():
    p = person()
    t = now()
    k = rng.randint(0, 3)
    mrn = mrn_of("num7")
    if k == 0:
        path = "/srv/media/fotos_pacientes/%d/%02d/%s_frente.jpg" % (2024, rng.randint(1, 3), mrn)
        return "media-text", "media-svc %s INFO POST /v1/pacientes/fotos ok path=%s size=%d mrn=%s" % (t_isoz(t), PHOTO(path), rng.randint(20000, 400000), MRN(mrn))
    if k == 1:
        obj = {"timestamp": t_isoz(t), "level": "debug", "msg": "perfil actualizado", "nombre": NAME(p.full),
               pick(["foto", "foto_perfil", "fotoPaciente", "photo"]): PHOTO("data:image/%s;base64,%s" % (("jpeg", photo_b64("jpeg")) if chance(0.6) else ("png", photo_b64("png"))))}
        return "node-json", jd(obj)
    if k == 2:
        url = "https://media.%s/pacientes/%s/foto_perfil.%s" % (ORG_DOMAIN, uuid4(), pick(["jpg", "png"]))
        return "node-winston", "%s [portal-web] info: avatar uploaded for %s -> %s (%dx%d)" % (t_isoz(t), NAME(p.full), PHOTO(url), 480, 640)
    path = "\\\\fs-hab-01\\Admisiones\\Fotos\\%s\\%s.jpg" % (ascii_fold(p.family.split(" ")[0]).upper(), mrn)
    return "dotnet-serilog-text", "[%s INF] Salud.Admisiones.Captura: Foto de identificación guardada en %s para %s" % (t_hms(t), PHOTO(path), NAME(p.inv))


def ph_device():
    p = person(old=chance(0.2))
    t = now()
    k = rng.randint(0, 3)
    if k == 0:
        obj = {"event": "transmission_received", "platform": pick(["CareLink", "LATITUDE", "Merlin.net"]),
               "device": {"model": pick(["Azure XT DR MRI W1DR01", "Micra AV2 MC2AVR1", "Assurity MRI PM2272", "Visia AF VR"]),
                          "serial": DEV(gen_implant_serial()), "implant_date": DATE(fdate(REF_DATE - timedelta(days=rng.randint(100, 3000)), "iso"))},
               "patient": {"name": NAME(p.full), "dob": DATE(fdate(p.dob, "iso"))}, "battery_years": Raw(round(rng.uniform(1, 11), 1))}
        if chance(0.5):
            obj["gateway_imei"] = DEV(gen_imei())
        return "device-json", jd(obj, compact=False)
    if k == 1:
        return "rpm-text", "%s rpm-ingest WARN bp cuff MAC %s (paciente %s, nhc %s) no registrado fw=%d.%d.%d" % (
            t_isoz(t), DEV(gen_mac()), NAME(p.full), MRN(mrn_of()), rng.randint(1, 4), rng.randint(0, 9), rng.randint(0, 30))
    if k == 2:
        return "device-logfmt", "ts=%s level=info svc=cgm-bridge msg=\"lectura recibida\" transmisor=%s bomba_sn=%s glucosa=%d tendencia=%s paciente=\"%s\"" % (
            t_isoz(t), DEV(gen_implant_serial()), DEV("NG" + digits(7) + "H"), rng.randint(60, 300), pick(["estable", "sube", "baja"]), NAME(p.full))
    return "device-text", "%s udi-scan OR-%d implante registrado UDI=%s lote=%s paciente=%s fecha_cirugia=%s" % (
        t_space(t), rng.randint(1, 12), DEV(gen_udi()), alnum(7), MRN(mrn_of()), DATE(fdate(near_date(2, 0), "dmy")))


def ph_vehicle():
    p = person()
    t = now()
    k = rng.randint(0, 2)
    region = p.state if p.state in ("PR", "MA", "FL") else "PR"
    if k == 0:
        return "valet-app", "valet-app %s checkin ticket=V-%d tablilla=%s marca=%s color=%s vin=%s dueño=\"%s\" tel=%s" % (
            t_dmy(t), rng.randint(10000, 99999), VEH(gen_plate(region)), pick(["Toyota", "Hyundai", "Kia", "Nissan", "Honda", "Ford"]),
            pick(["gris", "blanco", "rojo", "negro", "azul"]), VEH(gen_vin()), NAME(p.full), PHONE(phone_of(p)))
    if k == 1:
        return "ed-tracking", "%s ed-tracking INFO triage nota=\"Paciente %s llega por MVC; conductor del vehículo placa %s (%s), VIN %s según informe policial\" esi=%d" % (
            t_isooff(t), NAME(p.full), VEH(gen_plate(region)), region, VEH(gen_vin()), rng.randint(1, 3))
    obj = {"ts": t_isoz(t), "svc": "parking-permits", "action": "permit.issued", "permiso": "P-" + digits(6),
           pick(["placa", "matricula", "plate", "placa_veiculo"]): VEH(gen_plate(region)), "titular": NAME(p.full),
           "motivo": pick(["diálisis 3x semana", "oncología", "hemodiálise", "rehabilitación cardiaca"])}
    return "node-json", jd(obj)


def ph_url():
    p = person()
    t = now()
    a = ascii_fold(p.given.split(" ")[0]).lower()
    b = ascii_fold(p.family).lower().replace(" ", "")
    k = rng.randint(0, 3)
    if k == 0:
        u1 = "https://www.gofundme.com/f/ayuda-para-%s-%s" % (a, ascii_fold(p.family.split(" ")[-1]).lower())
        u2 = "https://www.facebook.com/%s.%s.%d" % (a, b, rng.randint(1, 99))
        return "social-work", "%s trabajo-social INFO nota caso=%s: la familia creó campaña %s ; perfil del hijo %s" % (
            t_django(t), "TS-" + digits(6), URL(u1), URL(u2))
    if k == 1:
        u = pick(["https://www.instagram.com/%s_%s" % (a, b), "https://x.com/%s%s%d" % (a, b[:4], rng.randint(1, 99)),
                  "https://www.tiktok.com/@%s.%s" % (a, b), "https://www.linkedin.com/in/%s-%s-%s" % (a, b, hexs(6))])
        obj = {"level": "warn", "msg": "revisión de privacidad: publicación en redes", "paciente": NAME(p.full), "perfil_redes": URL(u), "mrn": MRN(mrn_of())}
        return "node-json", jd(obj)
    if k == 2:
        u = "https://%s%s.blogspot.com/%d/02/mi-dialisis.html" % (a, b, 2024)
        return "logfmt", "ts=%s level=info svc=comunicaciones msg=\"blog personal del paciente citado en queja\" paciente=\"%s\" url=%s" % (t_isoz(t), NAME(p.full), URL(u))
    toks = [w for w in ascii_fold(p.family).lower().replace("-", "").split(" ") if w not in ("de", "del", "la", "los", "da", "do", "dos")]
    u = pick(["https://www.%s%s.com" % (a, toks[0]), "https://%s-%s.net" % (a, toks[0]), "https://%s%s.wordpress.com" % (a, toks[-1])])
    obj = {"@t": t_clef(t), "@mt": "Sitio web personal registrado en perfil {PaginaPersonal}", "PaginaPersonal": URL(u), "Titular": NAME(p.full)}
    return "dotnet-clef-json", jd(obj)


def ph_other_id():
    p = person(origin=pick(["pt", "pt", "fr", "pr", "ot"]))
    t = now()
    k = rng.randint(0, 2)
    if k == 0 and p.origin == "pt":
        kv = ['nome_completo="%s"' % NAME(p.full), "cpf=%s" % OID(gen_cpf())]
        if chance(0.5):
            kv.append("rg=%s" % OID(gen_other_id("rg")[1]))
        if chance(0.5):
            kv.append("passaporte=%s" % OID(gen_other_id("pass_br")[1]))
        kv.append("data_nascimento=%s" % DATE(fdate(p.dob, "dmy")))
        if chance(0.5):
            kv.append("celular=%s" % PHONE(phone_of(p)))
        return "logfmt", "%s cadastro-paciente INFO %s" % (t_isoz(t), " ".join(kv))
    if k == 1 or p.origin != "fr":
        kind = pick(["cedula", "curp", "anum", "pass_us", "nif_ht", "pass_br"])
        label, num = gen_other_id(kind)
        obj = {"evento": "identidad.verificada", "doc_tipo": label, pick(["doc_num", "numero_documento", "idNumber", "num_identificacion"]): OID(num),
               "titular": NAME(p.full), "verificado_por": pick(STAFF)}
        return "django-json", jd(obj, compact=False)
    label, num = gen_other_id(pick(["nas", "nir"]))
    return "portal-fr", "%s admission-fr INFO pièce d'identité %s=%s patient=\"%s\" né(e) le %s" % (
        t_isoz(t), label, OID(num), NAME(p.full), DATE(fdate(p.dob, "fr")))


def ph_fax():
    p = person()
    t = now()
    fac = pick(FACILITIES)
    k = rng.randint(0, 2)
    if k == 0:
        return "fax-server", "%s fax-svc outbound job=FX-%s to=%s solicitado_por=\"%s\" paginas=%d from=%s status=%s" % (
            t_space(t), digits(8), FAX(other_phone(["787", "939", "407", "508"], pick(["dash", "paren", "plain"]))), NAME(p.full),
            rng.randint(1, 30), fac[4], pick(["delivered", "busy", "no_answer"]))
    if k == 1:
        obj = {pick(["fax_domicilio", "faxCasa", "fax_residencial", "telecopieur"]): FAX(other_phone(["787", "508", "305"])),
               pick(["telefono_residencial", "telefone", "homePhone"]): PHONE(phone_of(p)), "nombre": NAME(p.full),
               "preferencia_envio": "fax", "actualizado_por": pick(STAFF)}
        return "django-json", jd(obj)
    return "him-text", "%s HIM ROI-%s: autorización firmada por %s (%s) para enviar récord a su abogado por fax %s; fax HIM %s" % (
        t_dmy(t), digits(6), NAME(p.full), DATE(fdate(p.dob, "dmy")), FAX(other_phone(["787", "939"])), fac[4])


def ph_age():
    p = person(old=True)
    t = now()
    k = rng.randint(0, 3)
    if k == 0:
        return "django-json", jd({"asctime": t_django(t), "levelname": "INFO", "name": "geriatria.censo",
                                  "message": "censo diario", pick(["edad", "edad_anios", "idade", "age"]): Raw(AGE(str(p.age))),
                                  "mrn": MRN(mrn_of()), "unidad": pick(["3N", "Geriatría", "4S"])}, compact=False)
    if k == 1:
        return "clinical-note", "%s notas-enfermeria INFO Paciente femenina de %s años, %s, ingresó por caída en el hogar; vive con su nieta en %s." % (
            t_django(t), AGE(str(p.age)), NAME(p.full), ADDR(p.city))
    if k == 2:
        return "portal-fr", "%s soins-domicile INFO visite: M. %s, âgé de %s ans, adresse %s, %s" % (
            t_isoz(t), NAME(p.full), AGE(str(p.age)), ADDR(p.street), ADDR(p.city))
    return "logfmt", "ts=%s level=warn svc=alertas-clinicas msg=\"riesgo de caídas alto\" idade=%s nome=\"%s\" prontuario=%s" % (
        t_isoz(t), AGE(str(p.age)), NAME(p.full), MRN(mrn_of()))


def ph_death_adt():
    p = person(old=chance(0.6))
    t = now()
    dd = near_date(10, 0)
    k = rng.randint(0, 1)
    if k == 0:
        obj = {"evento": "defuncion", pick(["fecha_defuncion", "fechaDefuncion", "data_obito", "date_deces"]): DATE(fdate(dd, pick(["dmy", "iso"]))),
               "paciente": NAME(p.full), "nhc": MRN(mrn_of()),
               "fecha_ingreso": DATE(fdate(dd - timedelta(days=rng.randint(1, 20)), "dmy")), "notificado_a": pick(["Registro Demográfico", "funeraria"])}
        if p.age > 89:
            obj["edad"] = Raw(AGE(str(p.age)))
        return "django-json", jd(obj)
    adm = near_date(20, 0)
    dis = min(adm + timedelta(days=rng.randint(1, 12)), REF_DATE)
    return "adt-text", "%s adt-events INFO alta paciente=%s mrn=%s ingreso=%s alta=%s disposicion=%s medico_alta=\"%s %s\"" % (
        t_space(t), NAME(p.inv), MRN(mrn_of()), DATE(fdate(adm, "mdy")), DATE(fdate(dis, "mdy")), pick(["01", "03", "06"]), *reversed(_doc_t()))


def ph_license():
    p = person()
    doc, title = clinician()
    t = now()
    k = rng.randint(0, 2)
    if k == 0:
        return "logfmt", "ts=%s level=info svc=registro msg=\"identificación escaneada\" id_tipo=licencia_conducir id_num=%s estado=%s titular=\"%s\" fnac=%s" % (
            t_isoz(t), LIC(gen_dl(p.region)), p.state if p.country == "US" else p.region, NAME(p.full), DATE(fdate(p.dob, "mdy")))
    if k == 1:
        return "credentialing", "%s credencialing WARN licencia profesional %s de %s %s vence pronto; DEA %s" % (
            t_django(t), LIC(pick(["%d" % rng.randint(10000, 30000), "RN-%s" % digits(7), "MD-%s" % digits(5), "Lic. %s" % digits(5)])), title, doc.full, LIC(gen_dea(doc.family[0])))
    obj = {"evento": "receta.controlada", "prescriptor": "%s %s" % (title, doc.full), "dea": LIC(gen_dea(doc.family[0])),
           "npi": gen_npi(), "paciente": NAME(p.full), "fnac": DATE(fdate(p.dob, "iso"))}
    return "node-json", jd(obj)


def ph_email_postfix():
    p = person()
    t = now()
    qid = hexs(10, True)
    relay = pick([("gmail-smtp-in.l.google.com", "142.250.31.26"), ("mx-aol.mail.gm0.yahoodns.net", "67.195.204.74"),
                  ("outlook-com.olc.protection.outlook.com", "52.101.40.29")])
    return "postfix-smtp", "%s mail-relay-01 postfix/smtp[%d]: %s: to=<%s>, relay=%s[%s]:25, delay=%.2f, delays=0.1/0/0.5/0.6, dsn=2.0.0, status=sent (250 2.0.0 OK %s)" % (
        t_syslog(t), rng.randint(1000, 40000), qid, EMAIL(p.email), relay[0], relay[1], rng.uniform(0.5, 4), alnum(10))


def ph_csv_export():
    p = person(old=chance(0.3))
    t = now()
    cols = [str(rng.randint(1000, 99999)), '"%s"' % NAME(p.family), '"%s"' % NAME(p.given), DATE(fdate(p.dob, pick(["dmy", "mdy"]))),
            AGE(str(p.age)) if p.age > 89 else str(p.age), '"%s"' % ADDR(p.street), '"%s"' % ADDR(p.city), p.state, ZIP(p.zip), PHONE(phone_of(p, "dash"))]
    return "csv-export", "%s export-csv DEBUG fila=%s" % (t_django(t), ",".join(cols))


def ph_docker_node():
    p = person()
    t = now()
    inner = {"level": "info", "time": t_isoz(t), "msg": "paciente encontrado", "nombre": NAME(p.full), "correo": EMAIL(p.email)}
    if chance(0.5):
        inner["telefono"] = PHONE(phone_of(p))
    outer = {"log": jd(inner) + "\n", "stream": "stdout", "time": t_isoz(t)[:-1] + digits(6) + "Z"}
    return "docker-json", jd(outer)


def ph_java_spring():
    p = person()
    doc, title = clinician()
    t = now()
    return "java-spring", "%s DEBUG 1 --- [pool-3-thread-%d] c.s.integ.ResultRouter                 : Routing ORU for patient=%s mrn=%s dob=%s to provider %s %s (NPI %s)" % (
        t_space(t), rng.randint(1, 16), NAME(p.inv), MRN(mrn_of()), DATE(fdate(p.dob, "iso")), title, doc.full, gen_npi())


def ph_syslog_dotnet():
    p = person()
    t = now()
    return "syslog-rfc5424", "<134>1 %s %s Salud.Admisiones %d ADM%03d [meta seq=\"%d\"] Admisión: %s, nhc %s, ingreso %s, tel. %s" % (
        t_isooff(t), pick(HOSTS[:1] + ["app-cmp-01"]), rng.randint(1000, 9000), rng.randint(1, 9), rng.randint(1, 999999),
        NAME(p.full), MRN(mrn_of()), DATE(fdate(near_date(3, 0), "dmy")), PHONE(phone_of(p)))


def ph_bank_billing():
    p = person()
    guar = person(origin=p.origin)
    t = now()
    obj = {"ts": t_isoz(t), "svc": "billing-ach", "evento": pick(["pago_recurrente.creado", "autopay.setup", "pagamento.agendado"]),
           pick(["cuenta_bancaria", "conta_bancaria", "bankAccount", "num_cuenta_banco"]): ACCT(gen_bank_acct()), "ruta": "021502011",
           "titular": NAME(guar.full), pick(["cuenta_paciente", "patientAccount", "conta_paciente"]): ACCT(gen_patient_acct()),
           "monto": Raw("%.2f" % rng.uniform(10, 400)), "pedido": "ORD-2024-%06d" % rng.randint(1, 999999)}
    return "node-json", jd(obj)


PHI_TEMPLATES = [ph_django_json_registro, ph_django_json_registro, ph_django_text_query, ph_django_repr, ph_node_pino,
                 ph_node_winston, ph_nginx_access, ph_auth_login, ph_serilog_text, ph_dotnet_clef, ph_dotnet_ilogger,
                 ph_logfmt_rx, ph_logfmt_generic, ph_hl7_adt, ph_hl7_nk1_in1, ph_hl7_oru, ph_fhir_patient,
                 ph_fhir_coverage, ph_fhir_related, ph_portal_msg_es, ph_portal_msg_es, ph_callcentre_cti, ph_callcentre_notes,
                 ph_sms_pt_out, ph_sms_pt_in, ph_interpreter, ph_pharmacy_label, ph_pharmacy_pyxis, ph_portal_fr,
                 ph_portal_pt_json, ph_sql_audit, ph_x12, ph_soap_xml, ph_biometric, ph_photo, ph_device, ph_vehicle,
                 ph_url, ph_other_id, ph_fax, ph_age, ph_death_adt, ph_license, ph_email_postfix, ph_csv_export,
                 ph_docker_node, ph_java_spring, ph_syslog_dotnet, ph_bank_billing,
                 # rarer categories get extra weight
                 ph_device, ph_device, ph_biometric, ph_biometric, ph_photo, ph_photo, ph_url, ph_vehicle,
                 ph_other_id, ph_fax, ph_age, ph_auth_login]


# ==========================================================================
# clean (no-PHI) templates: look-alikes only
# ==========================================================================
def cl_django_request():
    t = now()
    obj = {"asctime": t_django(t), "levelname": "INFO", "name": "django.server",
           "message": '"%s %s HTTP/1.1" %d %d' % (pick(["GET", "POST", "PATCH"]), pick(["/api/v1/citas/%d/confirmar" % rng.randint(10000, 999999),
                                                                                     "/api/v1/clinicas/%d/horarios?fecha=2024-03-%02d" % (rng.randint(1, 40), rng.randint(4, 29)),
                                                                                     "/healthz", "/api/v1/catalogos/municipios", "/admin/jsi18n/"]),
                                                   pick([200, 201, 204, 302]), rng.randint(0, 20000)),
           "request_id": uuid4(), "usuario": pick(SVC + STAFF), "ip": private_ip(), "duracion_ms": Raw(rng.randint(2, 1500)),
           "version": "%d.%d.%d" % (rng.randint(3, 6), rng.randint(0, 20), rng.randint(0, 40))}
    return "django-json", jd(obj, compact=False)


def cl_node_pino():
    t = now()
    obj = {"level": Raw(pick([30, 30, 40])), "time": Raw(t_epoch(t)), "pid": Raw(rng.randint(1, 60000)), "hostname": pick(PODS),
           "msg": pick(["request completed", "cache miss", "circuit breaker half-open", "pool drained", "cita creada"]),
           "reqId": "req-" + alnum(4, "abcdefghijklmnopqrstuvwxyz0123456789"), "traceId": trace_id(), "spanId": span_id(),
           "citaId": Raw(rng.randint(100000, 9999999)), "clinicaId": Raw(rng.randint(1, 60)),
           "responseTime": Raw(rng.randint(3, 3000)), "node": "v20.11.%d" % rng.randint(0, 1), "appVersion": "4.8.%d" % rng.randint(0, 9)}
    return "node-pino-json", jd(obj)


def cl_serilog_job():
    t = now()
    s = pick(["[%s INF] Hangfire.Server.Worker: Job RecordatoriosCitas #%d completed in %s, procesados %d mensajes, %d fallidos",
              "[%s WRN] Salud.Facturacion.Batch: Lote %d terminado en %s con %d reclamaciones y %d rechazos (837P)",
              "[%s INF] Salud.Elegibilidad.Worker: Ciclo %d: %s, %d consultas 270 enviadas, %d timeouts"])
    return "dotnet-serilog-text", s % (t_hms(t), rng.randint(1000, 99999), "00:%02d:%02d.%03d" % (rng.randint(0, 14), rng.randint(0, 59), rng.randint(0, 999)), rng.randint(100, 5000), rng.randint(0, 40))


def cl_dotnet_clef():
    t = now()
    obj = {"@t": t_clef(t), "@mt": pick(["HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms",
                                          "Outbound call to {Endpoint} took {Elapsed} ms"]),
           "RequestMethod": pick(["GET", "POST"]), "RequestPath": pick(["/api/citas/disponibilidad", "/api/elegibilidad/lote/%d" % rng.randint(100, 999), "/health/ready"]),
           "StatusCode": Raw(pick([200, 200, 202, 500, 503])), "Elapsed": Raw("%.4f" % rng.uniform(0.5, 4000)),
           "Endpoint": "https://api.%s:443/v2/eligibility" % pick(["triple-s.example", "mcs.example", "availity.example"]),
           "SourceContext": "Serilog.AspNetCore.RequestLoggingMiddleware", "RequestId": "0HMV%s:0000000%d" % (alnum(8), rng.randint(1, 9)),
           "ConnectionId": "0HMV" + alnum(8), "MachineName": pick(["ELIG-WRK-01", "PORTAL-WEB-2"]), "EnvironmentName": "Production"}
    return "dotnet-clef-json", jd(obj)


def cl_dotnet_ilogger():
    t = now()
    s = pick(["info: Microsoft.Hosting.Lifetime[14] Now listening on: http://0.0.0.0:%d" % pick([5000, 8080, 8443]),
              "info: Salud.Portal.Api.Startup[0] Versión 5.%d.%d+build.%d (commit %s) entorno=Production región=us-east-1" % (rng.randint(0, 20), rng.randint(0, 9), rng.randint(1000, 9999), hexs(7)),
              "warn: Microsoft.EntityFrameworkCore.Query[20504] Compiling a query which loads related collections for more than one collection navigation; consulta CitasPorClinica tomó %d ms" % rng.randint(500, 9000),
              "fail: Salud.Elegibilidad.Client.X12Client[5003] System.TimeoutException: The operation has timed out after 00:00:30 at Salud.Elegibilidad.Client.X12Client.SendAsync(String payload, CancellationToken ct) in /src/Elegibilidad/X12Client.cs:line %d" % rng.randint(40, 400)])
    return "dotnet-ilogger", s


def cl_logfmt_deploy():
    t = now()
    return "logfmt", "ts=%s level=info svc=%s msg=\"%s\" version=%d.%d.%d build=%d git_sha=%s image=registry.int.%s/%s@sha256:%s replicas=%d port=%d" % (
        t_isoz(t), pick(["citas-svc", "portal-api", "sms-gw", "fhir-gw"]), pick(["deploy completed", "rollout started", "config reloaded"]),
        rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 50), rng.randint(1000, 99999), hexs(40), ORG_DOMAIN,
        pick(["citas-svc", "portal-api"]), hexs(64), rng.randint(2, 12), pick([8080, 8443, 9090, 3000]))


def cl_hl7_ack():
    t = now()
    fac = pick(FACILITIES)
    segs = ["MSH|^~\\&|MIRTH|ATLANTICO|EPIC|%s|%s||ACK^%s|%s|P|2.5.1" % (fac[0], t_hl7(t), pick(["A04", "A08", "R01", "S12"]), "ACK" + digits(9)),
            "MSA|%s|MSG%s|%s" % (pick(["AA", "AA", "AE"]), digits(9), pick(["", "Mensaje procesado", "Segmento PV1 requerido"]))]
    return "hl7v2", "%s INFO [mirth] channel=ADT_IN_%s sent %s elapsed=%dms" % (t_space(t), fac[0], "\\r".join(segs), rng.randint(2, 400))


def cl_hl7_mfn():
    t = now()
    doc, title = clinician()
    segs = ["MSH|^~\\&|CRED|ATLANTICO|EPIC|HSJ|%s||MFN^M02|%s|P|2.5.1" % (t_hl7(t), digits(10)),
            "MFE|MAD|||%s^%s^%s" % (gen_npi(), ascii_fold(doc.family).upper(), ascii_fold(doc.given).upper()),
            "STF|%s|%s^NPI|%s^%s||%s|||||%s" % (digits(6), gen_npi(), ascii_fold(doc.family).upper(), ascii_fold(doc.given).upper(), pick(["M", "F"]), FACILITIES[0][3])]
    return "hl7v2", "%s DEBUG hl7-router provider master file %s" % (t_isoz(t), "\\r".join(segs))


def cl_fhir_outcome():
    t = now()
    res = {"resourceType": "OperationOutcome", "id": uuid4(), "issue": [{"severity": pick(["error", "warning"]), "code": pick(["processing", "invalid", "not-found"]),
           "diagnostics": pick(["Invalid date format: expected yyyy-MM-dd", "Patient/%s not found" % uuid4(), "Profile http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient not satisfied",
                                "Identifier system urn:oid:2.16.840.1.113883.3.7711.1.2 unknown"])}]}
    return "fhir-json", "%s fhir-gw WARN %s %s" % (t_isoz(t), pick(["PUT /fhir/R4/Patient", "POST /fhir/R4/Bundle", "GET /fhir/R4/Coverage"]), jd(res))


def cl_fhir_practitioner():
    t = now()
    doc, title = clinician()
    res = {"resourceType": "Practitioner", "id": uuid4(), "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": gen_npi()}],
           "name": [{"family": doc.family, "given": [doc.given], "prefix": [title]}],
           "telecom": [{"system": "phone", "value": pick(FACILITIES)[3], "use": "work"}, {"system": "email", "value": "%s%s@%s" % (ascii_fold(doc.given[0]).lower(), ascii_fold([w for w in doc.family.split(" ") if w not in ("de", "del", "la", "los", "da", "do", "dos")][0]).lower().replace("-", ""), ORG_DOMAIN), "use": "work"}],
           "qualification": [{"code": {"text": pick(["MD", "NP", "PA-C", "RN"])}}]}
    return "fhir-json", "%s fhir-gw INFO Practitioner sync %s" % (t_isoz(t), jd(res))


def cl_fhir_bundle():
    t = now()
    return "fhir-json", "%s fhir-gw INFO %s" % (t_isoz(t), jd({"resourceType": "Bundle", "id": uuid4(), "type": "searchset", "total": Raw(rng.randint(0, 400)),
                                                                "link": [{"relation": "self", "url": "https://fhir.%s/R4/Appointment?date=ge2024-03-%02d&_count=50&location=Location/%d" % (ORG_DOMAIN, rng.randint(4, 28), rng.randint(1, 40))}],
                                                                "meta": {"lastUpdated": t_isooff(t)}}))


def cl_sms_receipt():
    t = now()
    return "sms-gateway", "%s sms-gw STATUS sid=SM%s status=%s to=+1******%s err=%s segments=%d price=-0.00%d USD template=%s lang=%s" % (
        t_isoz(t), hexs(32), pick(["delivered", "sent", "undelivered", "failed"]), digits(4), pick(["-", "30003", "30007"]),
        rng.randint(1, 3), rng.randint(70, 99), pick(["lembrete_consulta_pt_v3", "recordatorio_cita_es_v5", "rappel_rdv_fr_v2"]), pick(["pt-BR", "es-PR", "fr-HT"]))


def cl_sms_batch_pt():
    t = now()
    return "sms-gateway", "%s sms-gw INFO Lote de lembretes enviado: %d SMS, %d falhas, custo US$ %d,%02d, duração %ds, fila=lembretes-ptbr, remetente +18575550100 (Atlántico Health)" % (
        t_isoz(t), rng.randint(50, 2000), rng.randint(0, 30), rng.randint(0, 30), rng.randint(0, 99), rng.randint(3, 600))


def cl_callcentre_stats():
    t = now()
    return "callcentre-cti", "cti-genesys %s QUEUE_STATS queue=%s waiting=%d agents_ready=%d agents_busy=%d asa=00:00:%02d abandon_rate=%.1f%% sla=%d%% longest_wait=00:%02d:%02d dnis=%s" % (
        t_dmy(t), pick(["Citas_ES", "Citas_PT", "Facturacion_ES", "Kreyol_HT", "Appointments_EN"]), rng.randint(0, 20), rng.randint(0, 30), rng.randint(0, 30),
        rng.randint(5, 59), rng.uniform(0, 12), rng.randint(60, 99), rng.randint(0, 9), rng.randint(0, 59), ascii_digits(pick(FACILITIES)[3]))


def cl_callcentre_agent():
    t = now()
    return "callcentre-cti", "cti-genesys %s AGENT_STATE agente=%s ext=%d estado=%s motivo=%s estacion=%s skills=[es:10,pt:%d,ht:%d]" % (
        t_dmy(t), pick(STAFF), rng.randint(4000, 4999), pick(["Ready", "NotReady", "AfterCallWork"]), pick(["Almuerzo", "Adiestramiento", "-", "Reunión"]),
        pick(HOSTS[5:8]), rng.randint(0, 10), rng.randint(0, 10))


def cl_interp_sched():
    t = now()
    v = pick(VENDORS[4:5])
    return "interpreter-log", "interp-svc | %s | turno | interprete=#%d | idiomas=%s | sesiones=%d | minutos=%d | proveedor=%s, %s, tel. %s" % (
        t_dmy(t), rng.randint(1000, 9999), pick(["pt,es", "ht,fr", "kea,pt", "vi,en", "es"]), rng.randint(0, 30), rng.randint(0, 480), v[0], v[1], v[2])


def cl_pharmacy_inventory():
    t = now()
    drug, ndc, _ = pick(DRUGS)
    return "pharmacy-dispense", "%s PYXIS MedStation ES-%d RESTOCK user=%s item=\"%s\" ndc=%s lote=%s exp=%d-%02d-%02d qty=%d drawer=%d-%s par=%d" % (
        t_syslog(t), rng.randint(1, 9), pick(STAFF), drug, ndc, alnum(6), rng.randint(2024, 2027), rng.randint(1, 12), rng.randint(1, 28),
        rng.randint(10, 200), rng.randint(1, 8), pick("ABCD"), rng.randint(10, 60))


def cl_pharmacy_order():
    t = now()
    v = pick([VENDORS[0], VENDORS[1], VENDORS[6]])
    return "pharmacy-dispense", "%s compras-farmacia INFO Pedido ORD-2024-%06d enviado a %s, %s, tel %s; renglones=%d total=$%d,%03d.%02d PO=%s entrega=%s" % (
        t_django(t), rng.randint(1, 999999), v[0], v[1], v[2], rng.randint(1, 80), rng.randint(1, 90), rng.randint(0, 999), rng.randint(0, 99),
        "PO" + digits(8), pick(["2024-03-06", "2024-03-08", "06/03/2024", "mañana 7:00am"]))


def cl_pharmacy_label_test():
    t = now()
    fac = pick(FACILITIES[:3])
    drug, ndc, sig = pick(DRUGS)
    return "pharmacy-label", "%s rx-label-printer TEST job=%d printer=%s | FARMACIA %s · %s · Tel. %s | %s | %s | NDC %s | ETIQUETA DE PRUEBA - NO DISPENSAR" % (
        t_space(t), rng.randint(10000, 99999), pick(["rx-print-hab-3", "rx-print-cmp-1"]), fac[1].upper(), fac[2], fac[3], drug, sig, ndc)


def cl_nginx_internal():
    t = now()
    return "nginx-access", '%s - - [%s] "%s %s HTTP/1.1" %d %d "-" "%s" rt=%.3f upstream=%s:%d' % (
        private_ip(), t_clf(t), pick(["GET", "GET", "HEAD"]), pick(["/healthz", "/readyz", "/metrics", "/api/v1/ping", "/static/js/main.%s.js" % hexs(8)]),
        pick([200, 200, 204, 304]), rng.randint(0, 300000), pick(["kube-probe/1.28", "Prometheus/2.49.1", "Go-http-client/1.1", "ELB-HealthChecker/2.0"]),
        rng.random() * 0.05, private_ip(), pick([8080, 3000, 5000]))


def cl_auth_service():
    t = now()
    return "auth-text", "auth-svc %s INFO token_issued client_id=%s grant=client_credentials scope=\"system/*.read\" ip=%s jti=%s exp_in=3600s token=%s" % (
        t_isoz(t), pick(SVC), private_ip(), uuid4(), jwt_service()[:60] + "…")


def cl_hospital_banner():
    t = now()
    fac = pick(FACILITIES)
    return "portal-config", "%s portal-web INFO pie_de_pagina renderizado: %s · %s · Tel. %s · Fax %s · citas@%s · Línea de enfermería 24/7 1-800-%d-%04d" % (
        t_isoz(t), fac[1], fac[2], fac[3], fac[4], ORG_DOMAIN, rng.randint(200, 999), rng.randint(0, 9999))


def cl_cert():
    t = now()
    return "tls-text", "%s cert-monitor WARN certificate CN=%s.%s expires 2025-%02d-%02d (in %d days) serial=%s sha256=%s issuer=\"DigiCert Global G2 TLS RSA SHA256 2020 CA1\"" % (
        t_isoz(t), pick(["portal", "mi", "fhir", "api"]), ORG_DOMAIN, rng.randint(1, 12), rng.randint(1, 28), rng.randint(10, 400),
        ":".join(hexs(2, True) for _ in range(16)), hexs(64))


def cl_k8s_event():
    t = now()
    pod = pick(PODS)
    return "k8s-event", jd({"kind": "Event", "apiVersion": "v1", "metadata": {"name": "%s.%s" % (pod, hexs(16)), "namespace": pick(["portal", "integracion", "farmacia"]),
                                                                           "uid": uuid4(), "resourceVersion": str(rng.randint(1000000, 99999999))},
                            "reason": pick(["Pulled", "BackOff", "Killing", "Scheduled", "Unhealthy"]),
                            "message": pick(["Successfully pulled image \"registry.int.%s/portal-api:5.%d.%d\" in 2.1s" % (ORG_DOMAIN, rng.randint(0, 20), rng.randint(0, 9)),
                                             "Readiness probe failed: Get \"http://%s:8080/readyz\": context deadline exceeded" % private_ip(),
                                             "Back-off restarting failed container"]),
                            "involvedObject": {"kind": "Pod", "name": pod}, "firstTimestamp": t_isoz(t)[:19] + "Z", "count": Raw(rng.randint(1, 40))})


def cl_slow_query():
    t = now()
    return "sql-audit", "%s AST [%d] LOG:  duration: %.3f ms  execute <unnamed>: SELECT c.id, c.estado, c.hora FROM citas c WHERE c.clinica_id = $1 AND c.fecha >= $2 ORDER BY c.hora LIMIT 200  DETAIL: parameters: $1 = '%d', $2 = '2024-03-%02d'" % (
        t_space(t)[:19], rng.randint(1000, 60000), rng.uniform(500, 9000), rng.randint(1, 60), rng.randint(4, 29))


def cl_batch():
    t = now()
    return "batch-text", "%s batch-nocturno INFO lote %s procesado: %s registros, %d rechazados, duración %s, archivo=/data/in/ELIG_%s_%d.x12 sha1=%s" % (
        t_dmy(t), "2024%02d%02d-%02d" % (3, rng.randint(1, 28), rng.randint(1, 9)), "{:,}".format(rng.randint(1000, 90000)), rng.randint(0, 90),
        "00:%02d:%02d" % (rng.randint(0, 59), rng.randint(0, 59)), pick(["TRIPLES", "MCS", "ASES", "MASSHEALTH"]), rng.randint(20240301, 20240329), hexs(40))


def cl_maintenance():
    t = now()
    d = date(2024, 3, rng.randint(5, 30))
    return "portal-config", pick(["%s portal-web INFO banner activo: \"Mantenimiento programado el %s de 02:00 a 04:00 AST; el portal Mi Salud Atlántico no estará disponible\"",
                                  "%s portal-web INFO aviso pt-BR: \"Manutenção programada em %s, das 02h às 04h\" (versão 4.8.2)",
                                  "%s portal-web INFO avis fr: \"Maintenance prévue le %s de 2 h à 4 h\" build=%d"]).replace("%d", str(rng.randint(1000, 9999))) % (
        t_isoz(t), fdate(d, pick(["es", "pt", "fr", "dmy"])))


def cl_stats_ages():
    t = now()
    return "analytics", "%s analytics INFO cohorte=%s pacientes=%s edad_promedio=%.1f rango_edad=%d-%d pct_mayores_65=%.1f%% idioma_es=%.1f%% idioma_pt=%.1f%% año=%d" % (
        t_isoz(t), pick(["diabetes_tipo2", "ICC", "EPOC", "prenatal"]), "{:,}".format(rng.randint(200, 40000)), rng.uniform(30, 75), rng.randint(0, 40),
        rng.randint(60, 89), rng.uniform(5, 60), rng.uniform(30, 90), rng.uniform(1, 20), pick([2022, 2023, 2024]))


def cl_exception():
    t = now()
    return "python-repr", "%s ERROR celery.app.trace Task recordatorios.tasks.enviar_lote[%s] raised unexpected: ConnectionError(\"HTTPSConnectionPool(host='api.twilio.com', port=443): Max retries exceeded with url: /2010-04-01/Accounts/AC%s/Messages.json (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f%s>: Failed to establish a new connection: [Errno 110] Connection timed out'))\")" % (
        t_django(t), uuid4(), hexs(32), hexs(10))


def cl_x12_envelope():
    t = now()
    ts = t_hl7(t)
    return "x12-edi", "%s edi-gateway INFO 999 recv ISA*00*          *00*          *ZZ*HBE%s      *ZZ*TRIPLES        *%s*%s*^*00501*%s*0*P*:~GS*FA*TRIPLES*HBE%s*%s*%s*%d*X*005010X231A1~ST*999*0001*005010X231A1~AK1*HS*%d*005010X279A1~AK9*A*1*1*1~SE*4*0001~GE*1*%d~IEA*1*%s~" % (
        t_isoz(t), digits(6), ts[2:8], ts[8:12], digits(9), digits(6), ts[:8], ts[8:12], rng.randint(1, 9999), rng.randint(1, 9999), rng.randint(1, 9999), digits(9))


def cl_biomed_asset():
    t = now()
    return "biomed", "%s biomed-inventory INFO asset=BIO-%06d modelo=\"%s\" fw=%d.%d.%d ubicación=%s ultimo_mantenimiento=2024-%02d-%02d proximo=2024-%02d-%02d estado=%s red=%s" % (
        t_space(t), rng.randint(1, 99999), pick(["Alaris 8015 PC Unit", "Philips IntelliVue MX450", "GE CARESCAPE B650", "Zoll R Series"]), rng.randint(1, 12), rng.randint(0, 9), rng.randint(0, 30),
        pick(["HAB 3N", "CMP UCI", "HSJ Sala de Emergencias", "ANB 2W"]), rng.randint(1, 2), rng.randint(1, 28), rng.randint(6, 12), rng.randint(1, 28), pick(["activo", "en reparación"]), private_ip())


def cl_config():
    t = now()
    return "portal-config", "%s config-svc INFO reload ok sms.proveedor=twilio sms.rate_limit=30/s locales=[es-PR,pt-BR,fr-HT,ht,en-US] smtp=smtp.int.%s:587 redis=%s:6379 feature.autocheckin=%s timeout=00:00:30 build=%d" % (
        t_isoz(t), ORG_DOMAIN, private_ip(), pick(["true", "false"]), rng.randint(1000, 99999))


def cl_payment_gateway():
    t = now()
    return "node-json", jd({"ts": t_isoz(t), "svc": "pagos-gw", "evento": "payment_intent.succeeded", "pi": "pi_3O" + alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
                            "tarjeta": "************%s" % digits(4), "marca": pick(["visa", "mastercard", "amex"]), "autorizacion": alnum(6), "monto": Raw("%.2f" % rng.uniform(5, 500)),
                            "moneda": "usd", "pedido": "ORD-2024-%06d" % rng.randint(1, 999999), "idempotency_key": uuid4()})


def cl_anon_search():
    t = now()
    return "django-json", jd({"asctime": t_django(t), "levelname": "INFO", "name": "directorio.views",
                              "message": "búsqueda directorio médicos", "especialidad": pick(["cardiologia", "pediatria", "endocrinologia", "geriatria"]),
                              "municipio": pick(["Bayamón", "Ponce", "Carolina", "Caguas", "New Bedford", "Kissimmee"]), "idioma_medico": pick(["es", "pt", "fr", "en"]),
                              "resultados": Raw(rng.randint(0, 60)), "usuario": "anonimo", "session": hexs(32)}, compact=False)


def cl_clinician_schedule():
    t = now()
    doc, title = clinician()
    return "scheduling", "%s agenda INFO agenda publicada %s %s (NPI %s) clinica=\"%s\" fecha=2024-03-%02d bloques=%d primera=%s ultima=%s sala=%s" % (
        t_isooff(t), title, doc.full, gen_npi(), pick(CLINICS), rng.randint(4, 29), rng.randint(8, 30), pick(["07:30", "08:00"]), pick(["15:30", "16:00", "16:45"]), "C-%d" % rng.randint(100, 450))


def cl_billing_codes():
    t = now()
    return "logfmt", "ts=%s level=info svc=cargos msg=\"cargo aplicado\" encuentro_id=%d cpt=%s icd10=%s,%s pos=%d modifier=%s monto=%.2f clase=%s lote=%d" % (
        t_isoz(t), rng.randint(1000000, 9999999), pick(["99213", "99214", "93000", "80053", "36415"]), pick(["E11.9", "I10", "J44.1", "N18.3"]), pick(["Z79.4", "E78.5", "I48.91"]),
        pick([11, 22, 23]), pick(["25", "59", "-"]), rng.uniform(10, 800), pick(["ambulatorio", "hospitalizado"]), rng.randint(100, 9999))


def cl_otel():
    t = now()
    tid = trace_id()
    return "otel-json", jd({"timestamp": t_isoz(t), "severity": "INFO", "traceparent": "00-%s-%s-01" % (tid, span_id()),
                            "resource": {"service.name": pick(["citas-svc", "fhir-gw", "sms-gw"]), "service.version": "2.%d.%d" % (rng.randint(0, 9), rng.randint(0, 9)),
                                         "k8s.pod.name": pick(PODS), "host.ip": private_ip()},
                            "attributes": {"http.route": pick(["/api/citas/{id}", "/fhir/R4/Patient/{id}", "/sms/webhook"]), "http.status_code": Raw(pick([200, 202, 404])),
                                           "db.rows": Raw(rng.randint(0, 500)), "duration_ms": Raw(round(rng.uniform(1, 900), 2))}})


def cl_ldap_staff():
    t = now()
    doc, title = clinician()
    fam_tok = [w for w in doc.family.split(" ") if w.lower() not in ("de", "del", "la", "los", "da", "do", "dos")] or [doc.family]
    uid = ascii_fold(doc.given[0] + fam_tok[0]).lower().replace("-", "")
    return "ldap-sync", "%s ldap-sync INFO modify uid=%s,ou=%s,dc=saludatlantico,dc=org cn=\"%s\" title=%s telephoneNumber=\"%s x%d\" mail=%s@%s" % (
        t_isoz(t), uid, pick(["Enfermeria", "Medicos", "Farmacia", "Registro"]), doc.full, pick(["RN", "MD", "PharmD", "Recepcionista"]),
        pick(FACILITIES)[3], rng.randint(1000, 9999), uid, ORG_DOMAIN)


def cl_prometheus():
    return "prometheus", 'citas_recordatorios_enviados_total{canal="sms",idioma="%s",clinica="%s",instance="%s:9090",job="citas-svc"} %d %s' % (
        pick(["es", "pt", "fr", "ht"]), pick(["HAB", "CMP", "ANB", "AKS"]), private_ip(), rng.randint(100, 90000), t_epoch(now()))


def cl_mail_system():
    t = now()
    return "postfix-smtp", "%s mail-relay-01 postfix/smtp[%d]: %s: to=<%s@%s>, relay=smtp.int.%s[%s]:25, delay=%.2f, dsn=2.0.0, status=sent (250 OK)" % (
        t_syslog(t), rng.randint(1000, 40000), hexs(10, True), pick(["citas", "notificaciones", "soporte-ti", "facturacion", "no-reply"]), ORG_DOMAIN, ORG_DOMAIN, private_ip(), rng.uniform(0.1, 3))


def cl_vendor_invoice():
    t = now()
    v = pick(VENDORS)
    return "dotnet-serilog-text", "[%s INF] Salud.Compras.Facturas: Factura %s de %s (%s, tel. %s) aprobada; cuenta contable %d-%04d, OC PO%s, vence 2024-04-%02d" % (
        t_hms(t), "INV-" + digits(7), v[0], v[1], v[2], rng.randint(5000, 5999), rng.randint(0, 9999), digits(8), rng.randint(1, 30))


def cl_year_only():
    t = now()
    return "analytics", "%s mpi-quality INFO reglas de coincidencia actualizadas: peso_apellidos=%.2f peso_fnac=%.2f umbral=%.2f año_base=%d candidatos_revisados=%d duplicados_fusionados=%d" % (
        t_isoz(t), rng.uniform(0.2, 0.5), rng.uniform(0.2, 0.5), rng.uniform(0.8, 0.95), pick([1900, 1950, 2000]), rng.randint(100, 9000), rng.randint(0, 300))


def cl_docker():
    t = now()
    inner = {"level": "info", "time": t_isoz(t), "msg": "worker listo", "queue": "recordatorios", "concurrency": 8, "version": "4.8.%d" % rng.randint(0, 9)}
    return "docker-json", jd({"log": jd(inner) + "\n", "stream": "stdout", "time": t_isoz(t)[:-1] + digits(6) + "Z"})


def cl_java_spring():
    t = now()
    return "java-spring", "%s  INFO 1 --- [           main] c.s.integ.MirthBridgeApplication        : Started MirthBridgeApplication in %.3f seconds (process running for %.3f) on %s with PID %d" % (
        t_space(t), rng.uniform(3, 30), rng.uniform(4, 35), pick(HOSTS[:2]), rng.randint(1, 9000))


def cl_ivr_menu():
    t = now()
    return "ivr-voiceauth", "%s ivr-node-4 INFO call=%s menu=principal opcion=%d idioma=%s prompt=bienvenida_%s.wav dur=%.1fs dnis=%s" % (
        t_isoz(t), uuid4(), rng.randint(1, 9), pick(["es", "pt", "ht", "en"]), pick(["es", "pt", "ht"]), rng.uniform(1, 60), ascii_digits(pick(FACILITIES)[3]))


def cl_ed_board():
    t = now()
    return "ed-tracking", "%s ed-tracking INFO tablero %s: %d pacientes en sala, mediana espera 00:%02d:00, ultimo triage: %s %da ESI-%d \"%s\", camas libres=%d" % (
        t_isooff(t), pick(["HAB", "CMP", "HSJ", "AKS"]), rng.randint(3, 40), rng.randint(5, 59), pick(["F", "M"]), rng.randint(1, 89), rng.randint(2, 5),
        pick(["dolor torácico", "fiebre", "caída", "dificultad respiratoria", "dor abdominal"]), rng.randint(0, 12))


def cl_zip_stats():
    t = now()
    city, zips = pick(PR_CITIES)
    return "analytics", "%s analytics INFO cobertura municipio=%s zip=%s pacientes_activos=%s visitas_30d=%d pct_plan_vital=%.1f%% fuente=censo_%d" % (
        t_isoz(t), city, pick(zips), "{:,}".format(rng.randint(200, 30000)), rng.randint(50, 9000), rng.uniform(10, 70), pick([2020, 2023]))


def cl_manufacturer_recall():
    t = now()
    drug, ndc, _ = pick(DRUGS)
    return "pharmacy-dispense", "%s farmacia-alertas WARN retiro voluntario fabricante=\"%s\" producto=\"%s\" ndc=%s lotes=%s,%s fecha_aviso=2024-03-%02d unidades_en_inventario=%d accion=cuarentena" % (
        t_django(t), pick(["Dr. Reddy's Laboratories", "Teva Pharmaceuticals USA", "Sandoz Inc.", "Lilly del Caribe", "Amgen Manufacturing Ltd. (Juncos, PR)", "Pfizer Pharmaceuticals LLC, Barceloneta"]),
        drug, ndc, alnum(6), alnum(6), rng.randint(1, 4), rng.randint(0, 400))


CLEAN_TEMPLATES = [cl_django_request, cl_node_pino, cl_serilog_job, cl_dotnet_clef, cl_dotnet_ilogger, cl_logfmt_deploy,
                   cl_hl7_ack, cl_hl7_mfn, cl_fhir_outcome, cl_fhir_practitioner, cl_fhir_bundle, cl_sms_receipt,
                   cl_sms_batch_pt, cl_callcentre_stats, cl_callcentre_agent, cl_interp_sched, cl_pharmacy_inventory,
                   cl_pharmacy_order, cl_pharmacy_label_test, cl_nginx_internal, cl_auth_service, cl_hospital_banner,
                   cl_cert, cl_k8s_event, cl_slow_query, cl_batch, cl_maintenance, cl_stats_ages, cl_exception,
                   cl_x12_envelope, cl_biomed_asset, cl_config, cl_payment_gateway, cl_anon_search,
                   cl_clinician_schedule, cl_billing_codes, cl_otel, cl_ldap_staff, cl_prometheus, cl_mail_system,
                   cl_vendor_invoice, cl_year_only, cl_docker, cl_java_spring, cl_ivr_menu,
                   cl_ed_board, cl_zip_stats, cl_manufacturer_recall]


# ==========================================================================
# driver
# ==========================================================================
def schedule(templates, n):
    out = []
    while len(out) < n:
        batch = list(templates)
        rng.shuffle(batch)
        out.extend(batch)
    return out[:n]


def main():
    kinds = ["phi"] * (N_LINES - N_CLEAN) + ["clean"] * N_CLEAN
    rng.shuffle(kinds)
    phi_q = schedule(PHI_TEMPLATES, N_LINES - N_CLEAN)
    clean_q = schedule(CLEAN_TEMPLATES, N_CLEAN)
    lines, labels = [], []
    counts = {c: 0 for c in CATS}
    fams = {}
    for i, kind in enumerate(kinds, 1):
        tick()
        fn = phi_q.pop() if kind == "phi" else clean_q.pop()
        family, marked = fn()
        line, spans = finalize(marked)
        raw = line.encode("utf-8")
        # ---- self checks
        assert "\n" not in line and "\r" not in line
        if kind == "clean":
            assert not spans, (fn.__name__, line)
        else:
            assert spans, (fn.__name__, line)
        prev_end = -1
        for sp in sorted(spans, key=lambda x: x["s"]):
            assert raw[sp["s"]:sp["e"]] == sp["_v"].encode("utf-8"), (line, sp)
            assert sp["s"] >= prev_end, ("overlap", line, sp)
            assert sp["_v"] == sp["_v"].strip()
            prev_end = sp["e"]
        for sp in spans:
            counts[sp["cat"]] += 1
        fams[family] = fams.get(family, 0) + 1
        lines.append(line)
        labels.append({"line": i, "family": family, "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in spans]})
    with open(OUT_LOG, "w", encoding="utf-8", newline="\n") as f:
        for l in lines:
            f.write(l + "\n")
    with open(OUT_LAB, "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    # re-read and verify from disk
    with open(OUT_LOG, "rb") as f:
        disk = f.read().split(b"\n")
    assert disk[-1] == b"" and len(disk) - 1 == N_LINES
    n_phi = 0
    for lab, bl in zip(labels, disk):
        if lab["spans"]:
            n_phi += 1
        for sp in lab["spans"]:
            assert 0 <= sp["s"] < sp["e"] <= len(bl)
            v = bl[sp["s"]:sp["e"]].decode("utf-8")
            assert v == v.strip() and v
    for c in CATS:
        assert counts[c] >= 8, ("category under-covered", c, counts[c])
    assert N_LINES - n_phi == N_CLEAN
    print("lines: %d" % N_LINES)
    print("lines with PHI: %d" % n_phi)
    print("lines without PHI: %d" % (N_LINES - n_phi))
    print("spans: %d" % sum(counts.values()))
    for c in CATS:
        print("  %-12s %d" % (c, counts[c]))
    print("families: %d" % len(fams))
    for k in sorted(fams):
        print("  %-20s %d" % (k, fams[k]))


if __name__ == "__main__":
    main()
