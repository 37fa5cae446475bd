#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Deterministic generator for the held-out PHI corpus `gu`.

Scenario: private hospital group (Spain + Mexico). Aggregated log stream of
a Spring Boot HIS (Spain: Boot 3 / Hibernate 6, Mexico: Boot 2 / Hibernate 5),
a logstash-JSON integration service, a .NET appointment service (Serilog file
sink + CLEF), a Go SMS gateway (logrus), a Mirth HL7 v2 engine with Spanish
Z-segments, nginx for the patient portal, a pino BFF and a Spring Batch billing
export to insurers.

Writes gu.log and gu.labels.jsonl next to this file.  Standard library only.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

random.seed(20241104)
ID = "gu"
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
TARGET_NOPHI = 0.55

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}

# --------------------------------------------------------------------------
# line building: a line is a list of parts; str = plain, (value, cat) = PHI
# --------------------------------------------------------------------------


def flat(parts):
    for p in parts:
        if isinstance(p, list):
            yield from flat(p)
        else:
            yield p


def render(parts):
    buf = bytearray()
    spans = []
    inserted = []
    for p in flat(parts):
        if isinstance(p, str):
            buf += p.encode("utf-8")
        else:
            val, cat = p
            assert cat in CATS, cat
            assert isinstance(val, str) and val, p
            b = val.encode("utf-8")
            s = len(buf)
            buf += b
            spans.append({"s": s, "e": len(buf), "cat": cat})
            inserted.append(b)
    for sp, b in zip(spans, inserted):
        assert bytes(buf[sp["s"]:sp["e"]]) == b, (sp, b)
    for a, b in zip(spans, spans[1:]):
        assert a["e"] <= b["s"]
    assert b"\n" not in buf and b"\r" not in buf, buf
    assert len(buf) <= 4000, len(buf)
    return bytes(buf), spans


def _jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


class JObj:
    def __init__(self, items):
        self.items = items


class JArr:
    def __init__(self, items):
        self.items = items


class JRaw:
    """raw JSON token (e.g. a number) given as parts"""
    def __init__(self, parts):
        self.parts = parts


def jparts(v):
    """JSON-encode value v into parts; PHI tuples must not need escaping."""
    if isinstance(v, JObj):
        out = ["{"]
        for i, (k, val) in enumerate(v.items):
            if i:
                out.append(",")
            out.append(json.dumps(k, ensure_ascii=False) + ":")
            out.extend(jparts(val))
        out.append("}")
        return out
    if isinstance(v, JArr):
        out = ["["]
        for i, val in enumerate(v.items):
            if i:
                out.append(",")
            out.extend(jparts(val))
        out.append("]")
        return out
    if isinstance(v, JRaw):
        return list(v.parts)
    if v is None or isinstance(v, (bool, int)):
        return [json.dumps(v)]
    if isinstance(v, str):
        return [json.dumps(v, ensure_ascii=False)]
    if isinstance(v, tuple):
        esc = _jesc(v[0])
        assert esc == v[0], v
        return ['"', v, '"']
    if isinstance(v, list):  # a string built from parts
        out = ['"']
        for p in flat(v):
            if isinstance(p, str):
                out.append(_jesc(p))
            else:
                assert _jesc(p[0]) == p[0], p
                out.append(p)
        out.append('"')
        return out
    raise TypeError(v)


def jline(items):
    return jparts(JObj(items))


def jstr_inner(parts):
    """Escape a parts-list as the inside of a JSON string (no quotes)."""
    out = []
    for p in flat(parts):
        if isinstance(p, str):
            out.append(_jesc(p))
        else:
            assert _jesc(p[0]) == p[0]
            out.append(p)
    return out


# --------------------------------------------------------------------------
# check digits & identifiers
# --------------------------------------------------------------------------
DNI_LET = "TRWAGMYFPDXBNJZSQVHLCKE"


def r_dni():
    n = random.randint(10000000, 79999999)
    return f"{n:08d}{DNI_LET[n % 23]}"


def r_nie():
    p = random.choice("XXYYZ")
    n = random.randint(0, 9999999)
    v = int(str("XYZ".index(p)) + f"{n:07d}")
    return f"{p}{n:07d}{DNI_LET[v % 23]}"


def r_nss_es(prov):
    num = random.randint(10000000, 99999999)
    d = int(f"{prov:02d}{num:08d}")
    return f"{prov:02d}{num:08d}{d % 97:02d}"


def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def r_imss(dob):
    sub = random.randint(1, 99)
    alta = random.randint(max(min(dob.year + 16, 2023), 1975), 2023) % 100
    payload = f"{sub:02d}{alta:02d}{dob.year % 100:02d}{random.randint(0, 9999):04d}"
    return payload + luhn_digit(payload)


def r_card():
    payload = random.choice(["454881", "491761", "540712", "522034"]) + \
        "".join(random.choice("0123456789") for _ in range(9))
    return payload + luhn_digit(payload)


def r_imei():
    payload = random.choice(["35", "86", "35"]) + "".join(random.choice("0123456789") for _ in range(12))
    return payload + luhn_digit(payload)


def es_dc(digits10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    s = sum(int(d) * w[i] for i, d in enumerate(digits10))
    r = 11 - s % 11
    return 0 if r == 11 else (1 if r == 10 else r)


def r_iban_es():
    bank = random.choice(["2100", "0049", "0182", "0081", "2038", "0128", "3058"])
    branch = f"{random.randint(1, 9999):04d}"
    acc = f"{random.randint(0, 9999999999):010d}"
    dc = f"{es_dc('00' + bank + branch)}{es_dc(acc)}"
    bban = bank + branch + dc + acc
    num = int(bban + "142800")  # E=14 S=28 00
    chk = 98 - num % 97
    return f"ES{chk:02d}{bban}"


def fmt_iban(iban):
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def r_clabe():
    base = random.choice(["012", "002", "014", "072", "021"]) + f"{random.randint(1, 999):03d}" + \
        f"{random.randint(0, 99999999999):011d}"
    w = [3, 7, 1]
    s = sum((int(d) * w[i % 3]) % 10 for i, d in enumerate(base))
    return base + str((10 - s % 10) % 10)


VIN_VAL = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
           **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def r_vin():
    wmi = random.choice(["3VW", "3N1", "3FA", "MA3", "3G1", "1HG", "9BW"])
    body = wmi + "".join(random.choice(VIN_CH) for _ in range(5)) + "0" + random.choice("LMNPR") + \
        random.choice(VIN_CH) + "".join(random.choice("0123456789") for _ in range(6))
    s = sum(VIN_VAL[c] * VIN_W[i] for i, c in enumerate(body))
    r = s % 11
    chk = "X" if r == 10 else str(r)
    vin = body[:8] + chk + body[9:]
    return vin


def strip_acc(s):
    s = s.replace("ñ", "\x00").replace("Ñ", "\x01")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    return s.replace("\x00", "ñ").replace("\x01", "Ñ")


PARTICLES = {"DA", "DAS", "DE", "DEL", "DER", "DI", "DIE", "DD", "EL", "LA", "LOS", "LAS", "LE",
             "LES", "MAC", "MC", "VAN", "VON", "Y", "I"}


def curp_words(s):
    s = strip_acc(s).upper().replace("Ñ", "X").replace(".", " ").replace("-", " ")
    return [w for w in s.split() if w not in PARTICLES]


def curp_base(nombre, ap1, ap2):
    a1 = curp_words(ap1)[0]
    a2 = curp_words(ap2)[0] if ap2 else "X"
    nw = curp_words(nombre)
    n0 = nw[1] if len(nw) > 1 and nw[0] in ("MARIA", "MA", "JOSE", "J") else nw[0]
    vowel = next((c for c in a1[1:] if c in "AEIOU"), "X")
    return a1, a2, n0, a1[0] + vowel + a2[0] + n0[0]


CURP_DICT = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def r_curp(nombre, ap1, ap2, dob, sexo, estado):
    a1, a2, n0, four = curp_base(nombre, ap1, ap2)

    def cons(w):
        return next((c for c in w[1:] if c not in "AEIOU"), "X") if w != "X" else "X"
    s = four + dob.strftime("%y%m%d") + sexo + estado + cons(a1) + cons(a2) + cons(n0)
    s += random.choice("0123456789") if dob.year < 2000 else random.choice("ABCDEFGHIJ")
    tot = sum(CURP_DICT.index(c) * (18 - i) for i, c in enumerate(s))
    s += str((10 - tot % 10) % 10)
    assert len(s) == 18
    return s


RFC_DICT = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"


def rfc_check(base12):
    tot = sum(RFC_DICT.index(c) * (13 - i) for i, c in enumerate(base12))
    r = tot % 11
    if r == 0:
        return "0"
    d = 11 - r
    return "A" if d == 10 else str(d)


def r_rfc_pf(nombre, ap1, ap2, dob):
    four = curp_base(nombre, ap1, ap2)[3]
    base = four + dob.strftime("%y%m%d") + "".join(random.choice("123456789ABCDEFGHIJKLMNPQRSTUVWXYZ") for _ in range(2))
    return base + rfc_check(base)


def rfc_pm(three, yymmdd, hc):
    base = three + yymmdd + hc
    return base + rfc_check(" " + base)


# --------------------------------------------------------------------------
# reference data
# --------------------------------------------------------------------------
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"]
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def d_dmy(d):
    return d.strftime("%d/%m/%Y")


def d_largo(d):
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


TODAY = dt.date(2024, 11, 4)


def age_of(dob):
    return TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))


ES_PLACES = {
    "MAD": ("Madrid", 28, [("C/ Mayor", 28013), ("Calle de Alcalá", 28028), ("C/ Bravo Murillo", 28020),
                           ("Pº de las Delicias", 28045), ("C/ Arturo Soria", 28043), ("C/ de Embajadores", 28012),
                           ("C/ Doctor Esquerdo", 28007), ("Avda. de la Albufera", 28038)], "MAD-CHAM", "MD"),
    "GET": ("Getafe", 28, [("C/ Madrid", 28901), ("Avda. de los Ángeles", 28903)], "MAD-CHAM", "MD"),
    "ALC": ("Alcalá de Henares", 28, [("C/ Libreros", 28801), ("Vía Complutense", 28805)], "MAD-CHAM", "MD"),
    "VLC": ("Valencia", 46, [("Avda. del Puerto", 46023), ("C/ de Sueca", 46006), ("C/ de Colón", 46004),
                             ("Gran Vía de Fernando el Católico", 46008)], "VLC", "VC"),
    "TOR": ("Torrent", 46, [("Avda. al Vedat", 46900)], "VLC", "VC"),
    "SVQ": ("Sevilla", 41, [("C/ Betis", 41010), ("Avda. de la Constitución", 41001), ("Avda. de Blas Infante", 41011),
                            ("C/ Feria", 41003)], "SVQ", "AN"),
    "DHE": ("Dos Hermanas", 41, [("C/ Nuestra Señora de Valme", 41701)], "SVQ", "AN"),
    "BCN": ("Barcelona", 8, [("C/ de Mallorca", 8013), ("Carrer de Sant Joan", 8024), ("Avda. Diagonal", 8018)], "MAD-CHAM", "CT"),
    "BIO": ("Bilbao", 48, [("Autonomia kalea", 48012), ("C/ Licenciado Poza", 48011)], "MAD-CHAM", "PV"),
    "SCQ": ("Santiago de Compostela", 15, [("Rúa do Franco", 15705), ("Rúa de San Pedro", 15703)], "MAD-CHAM", "GA"),
    "XAB": ("Xàbia", 3, [("C/ Llebeig", 3730)], "VLC", "VC"),
}
PISOS = ["3º B", "2º Izda.", "bajo A", "5º 2ª", "1º D", "4º C", "Esc. 2, 6º A", "ático", "1º 1ª", "7º Dcha."]

MX_PLACES = [  # colonia, alcaldia/municipio, cp, ciudad, estado, centro
    ("Crédito Constructor", "Benito Juárez", "03940", "Ciudad de México", "CDMX", "MX-POL"),
    ("Narvarte Poniente", "Benito Juárez", "03020", "Ciudad de México", "CDMX", "MX-POL"),
    ("Roma Norte", "Cuauhtémoc", "06700", "Ciudad de México", "CDMX", "MX-POL"),
    ("Polanco V Sección", "Miguel Hidalgo", "11560", "Ciudad de México", "CDMX", "MX-POL"),
    ("Del Carmen", "Coyoacán", "04100", "Ciudad de México", "CDMX", "MX-POL"),
    ("Lindavista", "Gustavo A. Madero", "07300", "Ciudad de México", "CDMX", "MX-POL"),
    ("Santa Cruz Meyehualco", "Iztapalapa", "09290", "Ciudad de México", "CDMX", "MX-POL"),
    ("Americana", "Guadalajara", "44160", "Guadalajara", "Jal.", "MX-GDL"),
    ("Providencia", "Guadalajara", "44630", "Guadalajara", "Jal.", "MX-GDL"),
    ("Chapalita", "Zapopan", "45040", "Zapopan", "Jal.", "MX-GDL"),
]
MX_CALLES = ["Av. Insurgentes Sur", "Calle Tehuantepec", "Av. Cuauhtémoc", "Calle Xola", "Calle Tabasco",
             "Calle Francisco Sosa", "Av. Montevideo", "Calle Morelos", "Av. Chapultepec", "Calle Libertad",
             "Av. Guadalupe", "Calle Emerson"]
MX_STATE_CODE = {"CDMX": "DF", "Jal.": "JC"}

ES_F = ["María del Carmen", "Ainhoa", "Concepción", "Fátima Zahra", "Ioana", "Margaret", "Rocío", "Núria", "Dolores",
        "Olena", "Remedios", "Yuliana", "Itziar", "Alba"]
ES_PEOPLE = [
    ("María del Carmen", "Fernández", "de la Fuente", "M", 1952, "MAD", "DNI"),
    ("José Antonio", "Ruiz", "Peñalver", "H", 1961, "GET", "DNI"),
    ("Ainhoa", "Etxeberria", "Goikoetxea", "M", 1984, "BIO", "DNI"),
    ("Jordi", "Puig", "Soler", "H", 1970, "BCN", "DNI"),
    ("Xosé Manuel", "Outeiro", "Bouzas", "H", 1958, "SCQ", "DNI"),
    ("Concepción", "Pérez de Guzmán", "Serrano", "M", 1931, "MAD", "DNI"),
    ("Francisco Javier", "del Río", "Navarro", "H", 1967, "SVQ", "DNI"),
    ("Fátima Zahra", "El Idrissi", "", "M", 1990, "ALC", "NIE"),
    ("Ioana", "Popescu", "", "M", 1979, "TOR", "NIE"),
    ("Margaret", "Whitfield", "", "M", 1930, "XAB", "NIE"),
    ("Íñigo", "Urrutia", "de los Santos", "H", 1975, "MAD", "DNI"),
    ("Rocío", "Domínguez", "Vázquez", "M", 1988, "DHE", "DNI"),
    ("Eusebio", "San Román", "Calvo", "H", 1933, "VLC", "DNI"),
    ("Wei", "Zhang", "", "H", 1982, "MAD", "NIE"),
    ("Gustavo Adolfo", "Quispe", "Mamani", "H", 1973, "MAD", "NIE"),
    ("Núria", "Casals", "Vidal", "M", 1964, "BCN", "DNI"),
    ("Dolores", "García-Valdecasas", "Molina", "M", 1929, "SVQ", "DNI"),
    ("Hugo", "Martín de la Vega", "Iglesias", "H", 2016, "MAD", "DNI"),
    ("Olena", "Kovalenko", "", "M", 1986, "VLC", "NIE"),
    ("Remedios", "Jiménez", "Carrasco", "M", 1949, "SVQ", "DNI"),
    ("Oumar", "Diallo", "", "H", 1994, "GET", "NIE"),
    ("Yuliana", "Restrepo", "Cárdenas", "M", 1991, "VLC", "NIE"),
    ("Antonio", "Muñoz", "Garrido", "H", 1955, "MAD", "DNI"),
    ("Itziar", "Arrieta", "Lema", "M", 1977, "BIO", "DNI"),
    ("Ramón", "de Castro", "Ortega", "H", 1946, "MAD", "DNI"),
    ("Alba", "Navarro", "Prieto", "M", 1999, "VLC", "DNI"),
]
MX_PEOPLE = [
    ("María Guadalupe", "Hernández", "Xicoténcatl", "M", 1968),
    ("Cuauhtémoc", "Tzompantzi", "Flores", "H", 1979),
    ("Juan Carlos", "de la Cruz", "Mendoza", "H", 1985),
    ("Xóchitl", "Ramírez", "Nava", "M", 1993),
    ("Rigoberto", "Velázquez", "Ochoa", "H", 1932),
    ("Ma. de los Ángeles", "del Ángel", "Juárez", "M", 1957),
    ("Itzel", "Cervantes", "Bautista", "M", 2001),
    ("José Luis", "Haddad", "Villalobos", "H", 1963),
    ("Citlali", "Tapia", "Reyes", "M", 1997),
    ("Tonatiuh", "Aguilar", "Chávez", "H", 1971),
    ("Socorro", "Contreras", "Salazar", "M", 1934),
    ("Emiliano", "González", "Cruz", "H", 2008),
    ("Brenda", "López", "Martínez", "M", 1989),
    ("Ximena", "Kim", "Rodríguez", "M", 1995),
]
REL_ES = [("Antonio", "López", "Ruiz"), ("Pilar", "Sanz", "Moreno"), ("Laura", "Gil", "Herrera"),
          ("Mikel", "Agirre", "Zabala"), ("Carlos", "Ibáñez", "Soto"), ("Youssef", "El Idrissi", ""),
          ("Elena", "Vidal", "Roca"), ("Miguel Ángel", "de la Torre", "Campos"), ("Mihai", "Popescu", ""),
          ("Susan", "Whitfield", ""), ("Teresa", "Cano", "Rubio")]
REL_MX = [("Rosa María", "Flores", "Gutiérrez"), ("Alejandro", "Mendoza", "Ríos"), ("Guadalupe", "Nava", "Ortiz"),
          ("Fernando", "Ochoa", "Lara"), ("Sofía", "Juárez", "Ávila"), ("Luis Enrique", "Bautista", "Soto"),
          ("Patricia", "Reyes", "Luna")]
PARENT_ES = [("HIJ", "Hijo/a"), ("CON", "Cónyuge"), ("HER", "Hermano/a"), ("PAD", "Padre/Madre"), ("NIE", "Nieto/a")]
PARENT_HL7 = {"HIJ": "CHD^Hijo/a", "CON": "SPO^Cónyuge", "HER": "SIB^Hermano/a", "PAD": "PAR^Padre/Madre",
              "NIE": "GCH^Nieto/a"}

ASEG_ES = ["SANITAS", "ADESLAS", "DKV", "ASISA", "MAPFRE SALUD", "PRIVADO"]
ASEG_MX = ["GNP", "AXA", "METLIFE", "SMNYL", "PARTICULAR"]

STAFF_ES = [("Dra.", "Lucía", "Ferrer Vidal", "Cardiología", "lferrer", "282845117"),
            ("Dr.", "Jorge", "Salcedo Ibáñez", "Medicina Interna", "jsalcedo", "282839004"),
            ("Dr.", "Imanol", "Zubiri Arana", "Traumatología", "izubiri", "480912334"),
            ("Dra.", "Carmen", "Lozano Prieto", "Geriatría", "clozano", "410723881"),
            ("Dr.", "Vicent", "Martí Roig", "Oncología", "vmarti", "460633219")]
NURSES_ES = [("Rocío", "Benítez Campos", "rbenitez"), ("Óscar", "Llamas Peña", "ollamas"),
             ("Amaia", "Irigoyen Sáez", "airigoyen")]
STAFF_MX = [("Dra.", "Beatriz", "Montoya Quintero", "Ginecología", "bmontoya", "7712345"),
            ("Dr.", "Arturo", "Villaseñor Garza", "Cardiología", "avillasenor", "4456721"),
            ("Dr.", "Raúl", "Esparza Tovar", "Urgencias", "resparza", "9981234")]
HOSP = {
    "MAD-CHAM": ("Hospital Iberomed Chamberí", "C/ de Santa Engracia 120, 28003 Madrid", "910 000 123", "910 000 124"),
    "VLC": ("Hospital Iberomed Valencia", "Avda. de Aragón 30, 46021 Valencia", "963 000 450", "963 000 451"),
    "SVQ": ("Hospital Iberomed Sevilla", "Avda. de la Buhaira 15, 41018 Sevilla", "954 000 700", "954 000 701"),
    "MX-POL": ("Hospital Iberomed Polanco", "Av. Ejército Nacional 613, Col. Granada, 11520 CDMX", "55 5000 1200", "55 5000 1201"),
    "MX-GDL": ("Hospital Iberomed Guadalajara", "Av. Américas 1500, Col. Country Club, 44610 Guadalajara, Jal.", "33 3000 8800", "33 3000 8801"),
}
SERVICIOS = [("CAR", "Cardiología"), ("MIN", "Medicina Interna"), ("TRA", "Traumatología"), ("GER", "Geriatría"),
             ("ONC", "Oncología"), ("DIG", "Digestivo"), ("NEU", "Neumología"), ("URG", "Urgencias")]
RFC_EMISOR = rfc_pm("HIM", "980101", "9X")


def slug(s):
    return strip_acc(s).lower().replace("ñ", "n").replace(" ", "").replace("-", "").replace(".", "")


def rdigits(n):
    return "".join(random.choice("0123456789") for _ in range(n))


def rhex(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = rhex(32)
    h = h[:12] + "4" + h[13:16] + random.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def r_dob(year):
    return dt.date(year, random.randint(1, 12), random.randint(1, 28))


ES_IP_PREFIX = ["83.45", "88.12", "95.17", "79.148", "2.139", "90.167", "81.39", "213.97", "77.228"]
MX_IP_PREFIX = ["189.203", "187.190", "201.141", "177.232", "148.240", "189.146"]


def r_pub_ip(prefixes):
    return f"{random.choice(prefixes)}.{random.randint(1, 254)}.{random.randint(1, 254)}"


def r_poliza(aseg):
    if aseg == "SANITAS":
        return f"{random.randint(10000000, 99999999)}-{random.randint(1, 9):02d}"
    if aseg == "ADESLAS":
        return f"{random.randint(1000000000, 9999999999)}"
    if aseg == "DKV":
        return f"{random.randint(10, 99)}-{random.randint(1000000, 9999999)}-{random.randint(0, 9)}"
    if aseg == "ASISA":
        return f"ASI{random.randint(1000000, 9999999)}/{random.randint(1, 9):02d}"
    if aseg == "MAPFRE SALUD":
        return f"{random.randint(100, 999)}-{random.randint(1000000, 9999999)}"
    if aseg == "GNP":
        return f"{random.randint(10000000, 99999999)}"
    if aseg == "AXA":
        return f"GM{random.randint(10000000, 99999999)}"
    if aseg == "METLIFE":
        return f"MLGM-{random.randint(1000000, 9999999)}"
    if aseg == "SMNYL":
        return f"{random.randint(100000000, 999999999)}"
    return None


def es_cip(p):
    """regional health card code (TSI/CIP) depending on comunidad."""
    ccaa = p["ccaa"]
    if ccaa == "CT":
        a1 = curp_words(p["ap1"])[0][:2]
        a2 = (curp_words(p["ap2"])[0][:2] if p["ap2"] else "XX")
        return f"{a1}{a2}{1 if p['sexo'] == 'M' else 0}{p['dob'].strftime('%y%m%d')}{random.randint(0, 99):02d}{random.randint(0, 9)}"
    if ccaa == "AN":
        return f"AN{random.randint(1000000000, 1999999999)}"
    if ccaa == "VC":
        return f"{random.randint(10000000, 99999999)}"
    if ccaa == "PV":
        return f"{random.randint(1000000, 9999999)}"
    if ccaa == "GA":
        return f"GA{random.randint(1000000000, 9999999999)}"
    return f"{random.randint(1000000000, 1999999999)}"   # Madrid CIPA (10 digits)


def cip_sns():
    return "".join(random.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(4)) + rdigits(12)


# --------------------------------------------------------------------------
# persons
# --------------------------------------------------------------------------
FOREIGN_REL = {"El Idrissi": ["Youssef", "Khadija"], "Popescu": ["Mihai", "Elena"], "Whitfield": ["Susan", "David"],
               "Zhang": ["Li Na", "Hao"], "Kovalenko": ["Andriy", "Iryna"], "Diallo": ["Aminata", "Mamadou"]}


def mk_rel(p, pool, tel):
    """relative whose surnames follow the Spanish/Mexican convention."""
    nombre, o1, o2 = random.choice(pool)
    if not p["ap2"] and p["ap1"] in FOREIGN_REL:
        nombre = random.choice(FOREIGN_REL[p["ap1"]])
    if age_of(p["dob"]) < 18:
        par = ("PAD", "Padre/Madre")
    else:
        par = random.choice(PARENT_ES[:3] if age_of(p["dob"]) < 60 else PARENT_ES[:3] + [PARENT_ES[4]])
    code = par[0]
    if not p["ap2"]:  # foreign naming: one surname
        ap1, ap2 = (p["ap1"], "") if code != "CON" or random.random() < 0.5 else (o1, o2)
    elif code == "HER":
        ap1, ap2 = p["ap1"], p["ap2"]
    elif code in ("HIJ", "NIE"):
        ap1, ap2 = (p["ap1"], o1) if p["sexo"] == "H" else (o1, p["ap1"])
    elif code == "PAD":
        ap1, ap2 = p["ap1"], o1
    else:
        ap1, ap2 = o1, o2
    return dict(nombre=nombre, ap1=ap1, ap2=ap2, par=par, tel=tel)


PEOPLE = []
for (nom, ap1, ap2, sexo, year, place, doctype) in ES_PEOPLE:
    city, prov, streets, centro, ccaa = ES_PLACES[place]
    via, cp = random.choice(streets)
    dob = r_dob(year)
    p = dict(country="ES", nombre=nom, ap1=ap1, ap2=ap2, sexo=sexo, dob=dob, city=city, ccaa=ccaa,
             via=f"{via} {random.randint(1, 140)}", piso=random.choice(PISOS), cp=f"{cp:05d}", centro=centro)
    p["nhc"] = f"{random.randint(10000, 2999999):07d}"
    p["doctype"] = doctype
    p["doc"] = r_dni() if doctype == "DNI" else r_nie()
    p["nss"] = r_nss_es(prov)
    p["cip"] = es_cip(p)
    p["cipsns"] = cip_sns()
    p["movil"] = "6" + rdigits(8) if random.random() < 0.85 else "7" + rdigits(8)
    p["fijo"] = {"MD": "91", "VC": "96", "AN": "95", "CT": "93", "PV": "94", "GA": "981"}[ccaa]
    p["fijo"] += rdigits(9 - len(p["fijo"]))
    dom = random.choice(["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net", "gmail.com"])
    p["email"] = f"{slug(nom.split()[0])}.{slug(ap1)}{random.randint(1, 99)}@{dom}" if random.random() < 0.85 else None
    p["user"] = f"{slug(nom.split()[0])[:6]}{slug(ap1)[:5]}{dob.year % 100:02d}"
    p["ip"] = r_pub_ip(ES_IP_PREFIX)
    p["aseg"] = random.choice(ASEG_ES)
    p["poliza"] = r_poliza(p["aseg"])
    p["iban"] = r_iban_es()
    p["rel"] = mk_rel(p, REL_ES, "6" + rdigits(8))
    p["cuenta"] = f"{random.randint(100000, 999999)}"
    PEOPLE.append(p)

for (nom, ap1, ap2, sexo, year) in MX_PEOPLE:
    col, alc, cp, ciudad, estado, centro = random.choice(MX_PLACES)
    dob = r_dob(year)
    p = dict(country="MX", nombre=nom, ap1=ap1, ap2=ap2, sexo=sexo, dob=dob, colonia=col, alcaldia=alc, cp=cp,
             city=ciudad, estado=estado, centro=centro, calle=random.choice(MX_CALLES),
             numext=str(random.randint(10, 2400)), numint=random.choice(["", "4B", "302", "A", "12", ""]))
    p["nhc"] = ("PL" if centro == "MX-POL" else "GD") + f"{random.randint(100000, 999999):07d}"
    p["curp"] = r_curp(nom, ap1, ap2, dob, sexo, MX_STATE_CODE.get(estado, "DF") if random.random() < 0.8
                       else random.choice(["PL", "VZ", "OC", "MC", "NL"]), )
    p["rfc"] = r_rfc_pf(nom, ap1, ap2, dob)
    p["imss"] = r_imss(dob) if random.random() < 0.8 else None
    lada = "55" if centro == "MX-POL" else "33"
    p["movil"] = lada + rdigits(8)
    dom = random.choice(["gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.com", "prodigy.net.mx"])
    p["email"] = f"{slug(nom.split()[0])}{slug(ap1)[:4]}{random.randint(70, 99)}@{dom}" if random.random() < 0.9 else None
    p["user"] = f"{slug(nom.split()[0])[:5]}.{slug(ap1)[:6]}"
    p["ip"] = r_pub_ip(MX_IP_PREFIX)
    p["aseg"] = random.choice(ASEG_MX)
    p["poliza"] = r_poliza(p["aseg"])
    p["clabe"] = r_clabe()
    p["rel"] = mk_rel(p, REL_MX, lada + rdigits(8))
    p["cuenta"] = f"{random.randint(100000, 999999)}"
    PEOPLE.append(p)

ES_P = [p for p in PEOPLE if p["country"] == "ES"]
MX_P = [p for p in PEOPLE if p["country"] == "MX"]
OLD_ES = [p for p in ES_P if age_of(p["dob"]) > 89]
OLD_MX = [p for p in MX_P if age_of(p["dob"]) > 89]
assert len(OLD_ES) >= 3 and len(OLD_MX) >= 2
# weights: a few patients appear much more often (active admissions)
for i, p in enumerate(PEOPLE):
    p["w"] = 1.0 / (1 + (i % 9))


DECEASED = []
# patients registered "today": they only appear after their creation event
NEW_TODAY = [p for p in ES_P if p["ap1"] in ("Diallo", "Kovalenko", "Arrieta")]
for _p in NEW_TODAY:
    _p["w_after"] = _p["w"]
    _p["w"] = 0.0


def alive(lst):
    return [p for p in lst if p["nhc"] not in DECEASED and p["w"] > 0]


def pick(country):
    pool = alive(ES_P if country == "ES" else MX_P)
    return random.choices(pool, weights=[p["w"] for p in pool])[0]


def full(p):
    return " ".join(x for x in (p["nombre"], p["ap1"], p["ap2"]) if x)


def apellidos(p):
    return " ".join(x for x in (p["ap1"], p["ap2"]) if x)


def upper_noacc(s):
    return strip_acc(s).upper()


def name_parts_full(p):
    """Full name as separate name spans (nombre, apellido1, apellido2)."""
    out = [(p["nombre"], "name"), " ", (p["ap1"], "name")]
    if p["ap2"]:
        out += [" ", (p["ap2"], "name")]
    return out


def name_one(p, style=0):
    if style == 0:
        return [(full(p), "name")]
    if style == 1:  # "Apellidos, Nombre"
        return [(apellidos(p), "name"), ", ", (p["nombre"], "name")]
    if style == 2:
        return [(upper_noacc(apellidos(p)), "name"), ", ", (upper_noacc(p["nombre"]), "name")]
    return name_parts_full(p)


def phone_es(num, style):
    if style == 0:
        return num
    if style == 1:
        return "+34" + num
    if style == 2:
        return f"{num[:3]} {num[3:6]} {num[6:]}"
    return f"+34 {num[:3]} {num[3:5]} {num[5:7]} {num[7:]}"


def phone_mx(num, style):
    if style == 0:
        return num
    if style == 1:
        return "+52" + num
    if style == 2:
        return f"{num[:2]} {num[2:6]} {num[6:]}"
    return f"({num[:2]}) {num[2:6]}-{num[6:]}"


def phone(p, style=None, num=None):
    num = num or p["movil"]
    style = random.randint(0, 3) if style is None else style
    return phone_es(num, style) if p["country"] == "ES" else phone_mx(num, style)


def addr_es_inline(p):
    return [(f"{p['via']}, {p['piso']}", "address"), ", ", (p["cp"], "zip"), " ", (p["city"], "address")]


def addr_mx_inline(p):
    street = f"{p['calle']} {p['numext']}" + (f" Int. {p['numint']}" if p["numint"] else "")
    return [(street, "address"), ", Col. ", (p["colonia"], "address"), ", ", (p["alcaldia"], "address"),
            ", C.P. ", (p["cp"], "zip"), ", ", p["estado"]]


def future_date(days_lo=1, days_hi=30):
    return TODAY + dt.timedelta(days=random.randint(days_lo, days_hi))


def appt_time():
    return f"{random.choice([8, 9, 10, 11, 12, 13, 16, 17, 18])}:{random.choice(['00', '15', '30', '45'])}"


# --------------------------------------------------------------------------
# clock & timestamp formats
# --------------------------------------------------------------------------
CLOCK = [dt.datetime(2024, 11, 4, 13, 41, 7, 118000, tzinfo=dt.timezone.utc)]
TZ_ES = dt.timezone(dt.timedelta(hours=1))
TZ_MX = dt.timezone(dt.timedelta(hours=-6))


def tick(lo=1.0, hi=110.0):
    CLOCK[0] += dt.timedelta(seconds=random.uniform(lo, hi))
    return CLOCK[0]


def step():
    CLOCK[0] += dt.timedelta(microseconds=random.randint(300, 350000))
    return CLOCK[0]


def ms(t):
    return f"{t.microsecond // 1000:03d}"


def ts_iso_es(t):
    lt = t.astimezone(TZ_ES)
    return lt.strftime("%Y-%m-%dT%H:%M:%S.") + ms(lt) + "+01:00"


def ts_iso_mx(t):
    lt = t.astimezone(TZ_MX)
    return lt.strftime("%Y-%m-%dT%H:%M:%S.") + ms(lt) + "-06:00"


def ts_sp2(t):
    lt = t.astimezone(TZ_MX)
    return lt.strftime("%Y-%m-%d %H:%M:%S.") + ms(lt)


def ts_serilog(t, tz):
    lt = t.astimezone(tz)
    off = "+01:00" if tz is TZ_ES else "-06:00"
    return lt.strftime("%Y-%m-%d %H:%M:%S.") + ms(lt) + " " + off


def ts_clef(t):
    return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}{random.randint(0, 9)}Z"


def ts_nginx(t, tz):
    lt = t.astimezone(tz)
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][lt.month - 1]
    off = "+0100" if tz is TZ_ES else "-0600"
    return lt.strftime(f"%d/{mon}/%Y:%H:%M:%S ") + off


def ts_mirth(t):
    lt = t.astimezone(TZ_ES)
    return lt.strftime("%Y-%m-%d %H:%M:%S,") + ms(lt)


def ts_hl7(t, tz=TZ_ES):
    return t.astimezone(tz).strftime("%Y%m%d%H%M%S")


# --------------------------------------------------------------------------
# log format renderers
# --------------------------------------------------------------------------
def abbr(name, target=39):
    if len(name) <= target:
        return name
    parts = name.split(".")
    for i in range(len(parts) - 1):
        parts[i] = parts[i][0]
        if len(".".join(parts)) <= target:
            break
    return ".".join(parts)


def thr15(t):
    return t[-15:] if len(t) > 15 else t.rjust(15)


def lg40(name):
    a = abbr(name)
    return a[-40:] if len(a) > 40 else a.ljust(40)


def sb3(t, lvl, thr, logger, msg, app="his-core", pid=4182):
    return [ts_iso_es(t), " ", lvl.rjust(5), f" {pid} --- [{app}] [{thr15(thr)}] {lg40(logger)} : ", msg]


def sb2(t, lvl, thr, logger, msg, pid=2231):
    return [ts_sp2(t), " ", lvl.rjust(5), f" {pid} --- [{thr15(thr)}] {lg40(logger)} : ", msg]


def serilog_file(t, lvl, msg, tz=TZ_ES):
    return [ts_serilog(t, tz), f" [{lvl}] ", msg]


def mirth(t, lvl, thr, cat, msg):
    return [lvl.ljust(5), " ", ts_mirth(t), f" [{thr}] {cat}: ", msg]


GOOD = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._/@^+")


def logrus(t, lvl, msg, fields, tz=TZ_ES):
    """logrus TextFormatter (non-TTY): time, level, msg, then keys sorted."""
    lt = t.astimezone(tz)
    tstr = lt.strftime("%Y-%m-%dT%H:%M:%S") + ("+01:00" if tz is TZ_ES else "-06:00")
    out = [f'time="{tstr}" level={lvl} ']
    out += lf_val("msg", msg)
    for k, v in sorted(fields, key=lambda kv: kv[0]):
        out.append(" ")
        out += lf_val(k, v)
    return out


def lf_val(k, v):
    parts = list(flat(v if isinstance(v, list) else [v]))
    text = "".join(p if isinstance(p, str) else p[0] for p in parts)
    need = (not text) or any(c not in GOOD for c in text)
    if not need:
        return [f"{k}="] + parts
    out = [f'{k}="']
    for p in parts:
        if isinstance(p, str):
            out.append(p.replace("\\", "\\\\").replace('"', '\\"'))
        else:
            assert '"' not in p[0] and "\\" not in p[0]
            out.append(p)
    out.append('"')
    return out


def lombok(cls, fields):
    out = [cls + "("]
    for i, (k, v) in enumerate(fields):
        if i:
            out.append(", ")
        out.append(f"{k}=")
        out.append(v if v is not None else "null")
    out.append(")")
    return out


# --------------------------------------------------------------------------
# events.  Each returns (family, parts) list.
# --------------------------------------------------------------------------
THREADS_ES = [f"http-nio-8080-exec-{i}" for i in range(1, 11)]
THREADS_MX = [f"http-nio-8080-exec-{i}" for i in range(1, 9)]
PAC_ID = [918000]
CITA_ID = [884100]
FACT = [12210]


def next_id(c, lo=1, hi=9):
    c[0] += random.randint(lo, hi)
    return c[0]


def staff_es():
    return random.choice(STAFF_ES)


def staff_name(s):
    return f"{s[0]} {s[1]} {s[2]}"


# ---- Spain HIS (Spring Boot 3) ------------------------------------------
def ev_alta_paciente():
    pending = [p for p in NEW_TODAY if p["w"] == 0.0]
    create = bool(pending)
    p = pending[0] if create else pick("ES")
    if create:
        p["w"] = p["w_after"]
        p["pid"] = next_id(PAC_ID, 3, 40)
    elif "pid" not in p:
        p["pid"] = random.randint(100000, PAC_ID[0] - 5000)
    pid = p["pid"]
    thr = random.choice(THREADS_ES)
    out = []
    t = tick()
    user = random.choice(NURSES_ES)[2]
    if create:
        out.append(("spring-boot3", sb3(t, "INFO", thr, "es.iberomed.his.pacientes.web.PacienteController",
                                        f"POST /api/v1/pacientes - alta de paciente (usuario={user}, centro={p['centro']})")))
    else:
        out.append(("spring-boot3", sb3(t, "INFO", thr, "es.iberomed.his.pacientes.web.PacienteController",
                                        f"PUT /api/v1/pacientes/{pid} - actualización datos demográficos (usuario={user})")))
    fields = [("id", "null" if create else str(pid)), ("nhc", (p["nhc"], "mrn")), ("nombre", (p["nombre"], "name")),
              ("primerApellido", (p["ap1"], "name")),
              ("segundoApellido", (p["ap2"], "name") if p["ap2"] else None),
              ("fechaNacimiento", (p["dob"].isoformat(), "date")), ("sexo", p["sexo"]),
              ("tipoDocumento", p["doctype"]), ("numDocumento", (p["doc"], "other_id")),
              ("nss", (p["nss"], "ssn")), ("cip", (p["cip"], "health_plan")),
              ("telefonoMovil", (p["movil"], "phone")),
              ("email", (p["email"], "email") if p["email"] else None),
              ("domicilio", (f"{p['via']}, {p['piso']}", "address")), ("codigoPostal", (p["cp"], "zip")),
              ("municipio", (p["city"], "address")), ("pais", "ES")]
    out.append(("spring-boot3", sb3(step(), "DEBUG", thr, "es.iberomed.his.pacientes.service.PacienteService",
                                    ["Creando paciente " if create else "Actualizando paciente ", lombok("PacienteDTO", fields)])))
    created = ts_iso_es(CLOCK[0])
    if create:
        out.append(("spring-boot3", sb3(step(), "DEBUG", thr, "org.hibernate.SQL",
                                        "insert into his.paciente (apellido1,apellido2,cip,codigo_postal,domicilio,email,fecha_alta,"
                                        "fecha_nacimiento,municipio,nhc,nombre,num_documento,sexo,telefono_movil,tipo_documento,version,id) "
                                        "values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")))
        binds = [(1, "VARCHAR", (p["ap1"], "name")), (2, "VARCHAR", (p["ap2"], "name") if p["ap2"] else "null"),
                 (3, "VARCHAR", (p["cip"], "health_plan")), (4, "VARCHAR", (p["cp"], "zip")),
                 (7, "TIMESTAMP_WITH_TIMEZONE", created), (8, "DATE", (p["dob"].isoformat(), "date")),
                 (10, "VARCHAR", (p["nhc"], "mrn")), (11, "VARCHAR", (p["nombre"], "name")),
                 (12, "VARCHAR", (p["doc"], "other_id")), (16, "INTEGER", "0"), (17, "BIGINT", str(pid))]
    else:
        ver = random.randint(1, 30)
        out.append(("spring-boot3", sb3(step(), "DEBUG", thr, "org.hibernate.SQL",
                                        "update his.paciente set codigo_postal=?,domicilio=?,email=?,fecha_modificacion=?,municipio=?,"
                                        "telefono_movil=?,version=? where id=? and version=?")))
        binds = [(1, "VARCHAR", (p["cp"], "zip")), (2, "VARCHAR", (f"{p['via']}, {p['piso']}", "address")),
                 (3, "VARCHAR", (p["email"], "email") if p["email"] else "null"),
                 (4, "TIMESTAMP_WITH_TIMEZONE", created), (5, "VARCHAR", (p["city"], "address")),
                 (6, "VARCHAR", (p["movil"], "phone")), (7, "INTEGER", str(ver + 1)), (8, "BIGINT", str(pid)),
                 (9, "INTEGER", str(ver))]
    keep = sorted(random.sample(range(len(binds)), random.randint(4, 6)))
    for i in keep:
        n, ty, v = binds[i]
        out.append(("spring-boot3", sb3(step(), "TRACE", thr, "org.hibernate.orm.jdbc.bind",
                                        [f"binding parameter ({n}:{ty}) <- [", v, "]"])))
    out.append(("spring-boot3", sb3(step(), "INFO", thr, "es.iberomed.his.pacientes.service.PacienteService",
                                    [f"Paciente {'registrado' if create else 'actualizado'} id={pid} nhc=", (p["nhc"], "mrn"),
                                     f" centro={p['centro']} ({random.randint(40, 300)} ms)"])))
    return out


def ev_busqueda_mpi():
    p = pick("ES")
    fields = [("apellido1", (upper_noacc(p["ap1"]), "name"))]
    if p["ap2"] and random.random() < 0.7:
        fields.append(("apellido2", (upper_noacc(p["ap2"]), "name")))
    fields.append(("nombre", (upper_noacc(p["nombre"]), "name")))
    if random.random() < 0.6:
        fields.append(("fechaNacimiento", (d_dmy(p["dob"]), "date")))
    msg = ["Búsqueda MPI criterios={"]
    for i, (k, v) in enumerate(fields):
        msg += ([", "] if i else []) + [f"{k}=", v]
    n = random.choice([1, 1, 1, 2, 0])
    msg.append(f"}} resultados={n} ({random.randint(8, 95)} ms)")
    return [("spring-boot3", sb3(tick(), "INFO", random.choice(THREADS_ES),
                                 "es.iberomed.his.mpi.service.PacienteSearchService", msg))]


def ev_dup_doc():
    p = pick("ES")
    msg = [f"Posible duplicado en admisión: {p['doctype']} ", (p["doc"], "other_id"), " ya asociado a NHC ",
           (p["nhc"], "mrn"), " (", (apellidos(p), "name"), ", ", (p["nombre"], "name"), "). Se bloquea el alta."]
    return [("spring-boot3", sb3(tick(), "WARN", random.choice(THREADS_ES),
                                 "es.iberomed.his.admision.service.AdmisionService", msg))]


def ev_contacto_emergencia():
    p = pick("ES")
    r = p["rel"]
    payload = jparts(JObj([("nombre", (r["nombre"], "name")),
                           ("apellidos", (" ".join(x for x in (r["ap1"], r["ap2"]) if x), "name")),
                           ("parentesco", r["par"][0]),
                           ("telefono", (phone_es(r["tel"], random.choice([0, 2])), "phone")),
                           ("esTutorLegal", random.random() < 0.2)]))
    msg = ["After request [PUT /api/v1/pacientes/", (p["nhc"], "mrn"),
           f"/contacto-emergencia, client=10.20.{random.randint(1, 30)}.{random.randint(2, 250)}, "
           f"user={random.choice(NURSES_ES)[2]}, payload=", payload, "]"]
    return [("spring-boot3", sb3(tick(), "DEBUG", random.choice(THREADS_ES),
                                 "org.springframework.web.filter.CommonsRequestLoggingFilter", msg))]


def ev_alta_hosp():
    p = pick("ES")
    s = staff_es()
    alta = TODAY if random.random() < 0.8 else TODAY - dt.timedelta(days=1)
    msg = ["Alta médica registrada nhc=", (p["nhc"], "mrn"), " fechaAlta=", (d_dmy(alta), "date"),
           f" destino={random.choice(['DOMICILIO', 'DOMICILIO', 'CENTRO_SOCIOSANITARIO', 'TRASLADO_HOSPITAL'])}"
           f" informe=IA-2024-{random.randint(100000, 199999)} medico={s[4]}"]
    return [("spring-boot3", sb3(tick(), "INFO", random.choice(THREADS_ES),
                                 "es.iberomed.his.ingresos.service.AltaService", msg))]


def ev_geriatria():
    p = random.choice(alive(OLD_ES))
    age = age_of(p["dob"])
    msg = ["Alerta geriátrica activada nhc=", (p["nhc"], "mrn"), " edad=", (str(age), "age"),
           f" riesgoCaidas=ALTO (Downton={random.randint(3, 6)}) barthel={random.choice([20, 35, 45, 60])}"]
    return [("spring-boot3", sb3(tick(), "INFO", "scheduling-1",
                                 "es.iberomed.his.alertas.AlertaClinicaService", msg))]


def ev_informe_pdf():
    p = pick("ES")
    nm = "_".join(upper_noacc(x).replace(" ", "_") for x in (p["ap1"], p["ap2"], p["nombre"]) if x)
    msg = ["Generado Informe_Alta_", (nm, "name"), "_", (p["nhc"], "mrn"),
           f".pdf ({random.randint(2, 7)} páginas, {random.randint(90, 400)} KB, plantilla=alta_v12)"]
    return [("spring-boot3", sb3(tick(), "INFO", "task-" + str(random.randint(1, 8)),
                                 "es.iberomed.his.informes.InformeAltaGenerator", msg))]


def ev_pg_duplicate():
    p = pick("ES")
    thr = random.choice(THREADS_ES)
    t = tick()
    out = [("spring-boot3", sb3(t, "ERROR", thr, "o.a.c.c.C.[.[.[/].[dispatcherServlet]",
                                "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception "
                                "[Request processing failed: org.springframework.dao.DataIntegrityViolationException: "
                                "could not execute statement [ERROR: duplicate key value violates unique constraint "
                                "\"uk_paciente_num_documento\"] [insert into his.paciente (...) values (...)]] with root cause"))]
    out.append(("java-stacktrace", ["org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"uk_paciente_num_documento\""]))
    out.append(("java-stacktrace", ["  Detail: Key (num_documento)=(", (p["doc"], "other_id"), ") already exists."]))
    frames = ["at org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725) ~[postgresql-42.7.3.jar!/:42.7.3]",
              "at org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2412) ~[postgresql-42.7.3.jar!/:42.7.3]",
              "at com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java) ~[HikariCP-5.0.1.jar!/:na]",
              "at org.hibernate.engine.jdbc.internal.ResultSetReturnImpl.executeUpdate(ResultSetReturnImpl.java:194) ~[hibernate-core-6.4.4.Final.jar!/:6.4.4.Final]",
              "at es.iberomed.his.pacientes.service.PacienteService.crear(PacienteService.java:142) ~[!/:4.18.2]"]
    for f in frames[:random.randint(3, 5)]:
        out.append(("java-stacktrace", ["\t" + f]))
    return out


def ev_sepa():
    p = pick("ES")
    payer_rel = random.random() < 0.4
    if payer_rel:
        r = p["rel"]
        titular = [(" ".join(x for x in (r["nombre"], r["ap1"], r["ap2"]) if x), "name")]
    else:
        titular = [(full(p), "name")]
    iban = p["iban"] if random.random() < 0.5 else fmt_iban(p["iban"])
    msg = [f"Mandato SEPA creado id={random.randint(40000, 49999)} nhc=", (p["nhc"], "mrn"), " titular=", titular,
           " iban=", (iban, "account"), f" esquema=CORE tipo=RCUR"]
    return [("spring-boot3", sb3(tick(), "INFO", random.choice(THREADS_ES),
                                 "es.iberomed.his.facturacion.sepa.MandatoSepaService", msg))]


def ev_tpv():
    t = tick()
    order = f"24{random.randint(1000, 9999)}A{random.randint(1000, 9999)}"
    if random.random() < 0.35:
        p = pick("ES")
        pan = r_card()
        msg = [f"Redsys request Ds_Merchant_Order={order} Ds_Merchant_Amount={random.randint(2000, 90000)} "
               "Ds_Merchant_Pan=", (pan, "account"), f" Ds_Merchant_ExpiryDate={random.randint(25, 29)}{random.randint(1, 12):02d} nhc=", (p["nhc"], "mrn")]
        return [("spring-boot3", sb3(t, "DEBUG", random.choice(THREADS_ES),
                                     "es.iberomed.his.facturacion.tpv.RedsysClient", msg))]
    pan = r_card()
    msg = (f"Respuesta TPV Ds_Response=0000 Ds_Order={order} Ds_AuthorisationCode={random.randint(100000, 999999)} "
           f"Ds_Card_Number={pan[:6]}******{pan[-4:]} Ds_Amount={random.randint(2000, 90000)} Ds_Currency=978")
    return [("spring-boot3", sb3(t, "INFO", random.choice(THREADS_ES),
                                 "es.iberomed.his.facturacion.tpv.RedsysClient", msg))]


def ev_exitus():
    cands = [p for p in alive(ES_P) if age_of(p["dob"]) > 60 and p["w"] < 0.3] or \
        [p for p in alive(ES_P) if age_of(p["dob"]) > 60]
    p = random.choice(cands)
    DECEASED.append(p["nhc"])
    p["w"] = 0.0
    s = staff_es()
    d = TODAY
    msg = ["Exitus registrado nhc=", (p["nhc"], "mrn"), " fecha_defuncion=", (d_dmy(d), "date"),
           f" hora={(CLOCK[0] - dt.timedelta(minutes=random.randint(20, 200))).astimezone(TZ_ES):%H:%M} certifica={s[0]} {s[1]} {s[2]} (col. {s[5]})"]
    return [("spring-boot3", sb3(tick(), "INFO", random.choice(THREADS_ES),
                                 "es.iberomed.his.ingresos.service.ExitusService", msg))]


def ev_mail():
    cands = [p for p in alive(PEOPLE) if p["email"]]
    p = random.choice(cands)
    if p["country"] == "ES":
        msg = [f"Informe IA-2024-{random.randint(100000, 199999)} enviado a ", (p["email"], "email"),
               f" (from=noreply@iberomed.es, smtp=smtp-relay.iberomed.local:587, {random.randint(80, 900)} KB, "
               f"messageId=<{uuid4()}@iberomed.es>)"]
        return [("spring-boot3", sb3(tick(), "INFO", "task-" + str(random.randint(1, 8)),
                                     "es.iberomed.his.notificaciones.MailService", msg))]
    msg = ["Estado de cuenta enviado a ", (p["email"], "email"), " expediente=", (p["nhc"], "mrn"),
           " (from=facturacion@iberomed.com.mx, relay=smtp.iberomed.mx:25)"]
    return [("spring-boot2", sb2(tick(), "INFO", "task-" + str(random.randint(1, 4)),
                                 "mx.iberomed.his.notificaciones.CorreoService", msg))]


def ev_fax():
    p = pick("ES")
    fax = p["fijo"]
    h = HOSP[p["centro"]]
    msg = ["Envío de informe por fax a ", (f"{fax[:2]} {fax[2:5]} {fax[5:7]} {fax[7:]}" if len(fax) == 9 else fax, "fax"),
           " a petición del paciente nhc=", (p["nhc"], "mrn"),
           f" remitente={h[3]} paginas={random.randint(2, 6)} jobId=FX-20241104-{random.randint(1, 999):04d} estado=OK"]
    return [("spring-boot3", sb3(tick(), "INFO", "task-" + str(random.randint(1, 8)),
                                 "es.iberomed.his.notificaciones.FaxGatewayClient", msg))]


def ev_device():
    p = pick("ES")
    if random.random() < 0.5:
        serial = random.choice(["RNB", "PZK", "SVX"]) + rdigits(6) + random.choice(["S", "H", "G"])
        msg = ["Transmisión remota importada: dispositivo=Medtronic Azure XT DR MRI serie=", (serial, "device"),
               " nhc=", (p["nhc"], "mrn"),
               f" episodiosFA={random.randint(0, 4)} bateriaRestante={random.randint(40, 130) / 10:.1f} años"]
        logger = "es.iberomed.his.telemonitorizacion.CarelinkImportService"
    else:
        serial = "0M" + "".join(random.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(9))
        msg = ["Sensor FreeStyle Libre 3 vinculado sn=", (serial, "device"), " nhc=", (p["nhc"], "mrn"),
               f" inicio sesión lectura {random.randint(1, 14)}/14 días"]
        logger = "es.iberomed.his.telemonitorizacion.LibreViewSyncJob"
    return [("spring-boot3", sb3(tick(), "INFO", "scheduling-1", logger, msg))]


def ev_parking():
    p = pick("ES")
    plate = f"{random.randint(0, 9999):04d} " + "".join(random.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3))
    msg = ["Parking: matrícula ", (plate, "vehicle"), " asociada a paciente nhc=", (p["nhc"], "mrn"),
           f" (tarifa bonificada {random.choice(['diálisis', 'oncología de día', 'rehabilitación'])}, vigencia 30 días)"]
    return [("spring-boot3", sb3(tick(), "INFO", random.choice(THREADS_ES),
                                 "es.iberomed.his.parking.AccesoParkingService", msg))]


def b64_blob(prefix, n):
    return base64.b64encode(prefix + bytes(random.getrandbits(8) for _ in range(n))).decode()


def ev_firma_bio():
    p = pick("ES")
    blob = b64_blob(b"\x01\x00SIGBIO\x02", random.randint(240, 520))
    kind = "firmaBio"
    msg = [f"Consentimiento CI-{random.choice(['ANEST', 'CIRUG', 'TRANSF', 'ENDOSC'])}-v{random.randint(2, 6)} firmado nhc=",
           (p["nhc"], "mrn"), f" dispositivo=Wacom STU-540 SN {random.randint(1000000, 9999999)} {kind}=", (blob, "biometric")]
    return [("spring-boot3", sb3(tick(), "DEBUG", random.choice(THREADS_ES),
                                 "es.iberomed.his.consentimientos.FirmaDigitalService", msg))]


JPEG_HDR = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
PNG_HDR = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\xa0\x00\x00\x00\xc8\x08\x02\x00\x00\x00"


def ev_foto():
    if random.random() < 0.6:
        p = pick("ES")
        data = "data:image/jpeg;base64," + b64_blob(JPEG_HDR, random.randint(300, 700))
        payload = jparts(JObj([("nhc", (p["nhc"], "mrn")), ("foto", (data, "photo")), ("origen", "WEBCAM_ADMISION")]))
        msg = ["Request body PUT /api/v1/pacientes/", (p["nhc"], "mrn"), "/foto: ", payload]
        return [("spring-boot3", sb3(tick(), "DEBUG", random.choice(THREADS_ES),
                                     "es.iberomed.his.config.RequestBodyLoggingAdvice", msg))]
    p = pick("MX")
    data = b64_blob(PNG_HDR, random.randint(300, 600))
    msg = ["Foto de identificación actualizada expediente=", (p["nhc"], "mrn"), " fotoBase64=", (data, "photo")]
    return [("spring-boot2", sb2(tick(), "DEBUG", random.choice(THREADS_MX),
                                 "mx.iberomed.his.pacientes.FotoPacienteService", msg))]


# ---- logstash JSON (his-integracion) -------------------------------------
def ls_line(t, msg, logger, thread, level, extra):
    items = [("@timestamp", ts_iso_es(t)), ("@version", "1"), ("message", msg), ("logger_name", logger),
             ("thread_name", thread), ("level", level),
             ("level_value", {"INFO": 20000, "WARN": 30000, "ERROR": 40000, "DEBUG": 10000}[level])]
    items += extra
    return ("logstash-json", jline(items))


def ev_ingreso_json():
    p = pick("ES")
    srv = random.choice(SERVICIOS)
    fi = TODAY - dt.timedelta(days=random.randint(0, 3))
    fmt = random.choice([d_dmy(fi), fi.isoformat()])
    extra = [("traceId", rhex(32)), ("spanId", rhex(16)), ("nhc", (p["nhc"], "mrn")),
             ("fecha_ingreso", (fmt, "date")), ("servicio", srv[0]),
             ("cama", f"{random.randint(1, 6)}-{random.randint(100, 450)}{random.choice('AB')}"),
             ("centro", p["centro"])]
    return [ls_line(tick(), "Ingreso registrado", "es.iberomed.integracion.adt.IngresoEventPublisher",
                    "http-nio-8081-exec-" + str(random.randint(1, 6)), "INFO", extra)]


def ev_ls_paciente_sync():
    p = pick("ES")
    extra = [("traceId", rhex(32)), ("spanId", rhex(16)), ("nhc", (p["nhc"], "mrn")),
             ("primer_apellido", (p["ap1"], "name")),
             ("segundo_apellido", (p["ap2"], "name") if p["ap2"] else ""),
             ("fecha_nacimiento", (p["dob"].isoformat(), "date")),
             ("telefono_movil", (phone_es(p["movil"], 1), "phone")),
             ("codigo_postal", (p["cp"], "zip"))]
    return [ls_line(tick(), "Paciente sincronizado con sistema de laboratorio (Modulab)",
                    "es.iberomed.integracion.lab.PacienteSyncService", "kafka-listener-0", "INFO", extra)]


def ev_ls_nophi():
    c = random.choice([
        ("Mensaje publicado en topic adt-events", "es.iberomed.integracion.adt.IngresoEventPublisher",
         [("topic", "adt-events"), ("partition", random.randint(0, 5)), ("offset", random.randint(40000, 60000))]),
        ("Reintento de envío a Modulab", "es.iberomed.integracion.lab.ModulabClient",
         [("attempt", random.randint(2, 4)), ("backoffMs", random.choice([500, 1000, 2000])),
          ("endpoint", "https://modulab.iberomed.local:8443/ws/pacientes")]),
        ("Circuit breaker modulabClient cambia a HALF_OPEN", "io.github.resilience4j.circuitbreaker.internal.CircuitBreakerStateMachine",
         [("failureRate", f"{random.randint(50, 80)}.0")]),
        ("Lote de resultados procesado", "es.iberomed.integracion.lab.ResultadoImportJob",
         [("resultados", random.randint(40, 400)), ("errores", random.randint(0, 3)),
          ("duracionMs", random.randint(800, 9000))]),
    ])
    lvl = "WARN" if "Reintento" in c[0] or "Circuit" in c[0] else "INFO"
    extra = [("traceId", rhex(32)), ("spanId", rhex(16))] + c[2]
    return [ls_line(tick(), c[0], c[1], random.choice(["kafka-listener-0", "scheduling-1", "http-nio-8081-exec-3"]),
                    lvl, extra)]


# ---- .NET citas (Serilog) -----------------------------------------------
def ev_cita_file():
    p = pick(random.choice(["ES", "ES", "MX"]))
    tz = TZ_ES if p["country"] == "ES" else TZ_MX
    cid = next_id(CITA_ID, 1, 25)
    d = future_date()
    if p["country"] == "ES":
        s = staff_es()
        doc = f"{s[0]} {s[1]} {s[2]}"
        esp = s[3]
    else:
        s = random.choice(STAFF_MX)
        doc = f"{s[0]} {s[1]} {s[2]}"
        esp = s[3]
    variant = random.random()
    if variant < 0.5:
        msg = [f"Cita {cid} creada para paciente ", (p["nhc"], "mrn"), " (", (full(p), "name"), ") el ",
               (d_dmy(d), "date"), f" {appt_time()} - {esp}, {doc}"]
    elif variant < 0.8:
        msg = [f"Cita {cid} reprogramada: paciente ", (p["nhc"], "mrn"), " nueva fecha ",
               (d.isoformat(), "date"), f" {appt_time()} motivo=AGENDA_MEDICO"]
    else:
        msg = [f"Cita {cid} anulada por el paciente vía portal (NumeroHistoria=", (p["nhc"], "mrn"), ")"]
    return [("serilog-file", serilog_file(tick(), "INF", msg, tz))]


def ev_cita_clef():
    p = pick(random.choice(["ES", "ES", "MX"]))
    cid = next_id(CITA_ID, 1, 25)
    d = future_date()
    hh = appt_time()
    dtv = f"{d.isoformat()}T{int(hh.split(':')[0]):02d}:{hh.split(':')[1]}:00.0000000"
    rend = f"{d_dmy(d)} {int(hh.split(':')[0]):02d}:{hh.split(':')[1]}"
    tel = ("+34" if p["country"] == "ES" else "+52") + p["movil"]
    items = [("@t", ts_clef(tick())),
             ("@mt", "Recordatorio programado para cita {CitaId} ({FechaCita:dd/MM/yyyy HH:mm}) al {Telefono}"),
             ("@r", JArr([(rend, "date")])), ("CitaId", cid), ("FechaCita", (dtv, "date")),
             ("Telefono", (tel, "phone")),
             ("SourceContext", "Iberomed.Citas.Services.RecordatorioService"),
             ("MachineName", "citas-worker-7c9d5b8f4-" + random.choice(["x2k4p", "q8mzt", "lw9rn"])),
             ("EnvironmentName", "Production")]
    return [("serilog-clef", jline(items))]


def ev_cita_cancel_clef():
    p = pick("ES")
    cid = next_id(CITA_ID, 1, 25)
    tel = "+34" + p["movil"]
    items = [("@t", ts_clef(tick())), ("@mt", "Cita {CitaId} anulada por respuesta SMS de {Telefono}"),
             ("CitaId", cid), ("Telefono", (tel, "phone")), ("Respuesta", "NO"),
             ("NumeroHistoria", (p["nhc"], "mrn")),
             ("SourceContext", "Iberomed.Citas.Services.RespuestaSmsHandler"),
             ("RequestId", "0HN7" + "".join(random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(9)) + f":{random.randint(1, 40):08X}"),
             ("RequestPath", "/api/sms/entrantes")]
    return [("serilog-clef", jline(items))]


def ev_ef_sensitive():
    p = pick("ES")
    ms_ = random.randint(2, 40)
    msg = [f"Executed DbCommand ({ms_}ms) [Parameters=[@__nhc_0='", (p["nhc"], "mrn"),
           "' (Size = 20)], CommandType='Text', CommandTimeout='30']"]
    return [("serilog-file", serilog_file(tick(), "INF", msg))]


def ev_video_url():
    p = pick(random.choice(["ES", "MX"]))
    tz = TZ_ES if p["country"] == "ES" else TZ_MX
    host = "video.iberomed.es" if p["country"] == "ES" else "video.iberomed.com.mx"
    sl = f"{slug(p['nombre'].split()[0])}-{slug(p['ap1'])}-{rhex(4)}"
    url = f"https://{host}/sala/{sl}"
    cid = next_id(CITA_ID, 1, 25)
    msg = ["Enlace de videoconsulta generado ", (url, "url"), f" para cita {cid} (expira en 24 h)"]
    return [("serilog-file", serilog_file(tick(), "INF", msg, tz))]


def ev_edad_clef():
    p = pick(random.choice(["ES", "MX"]))
    if random.random() < 0.5:
        p = random.choice(alive(OLD_ES) + OLD_MX)
    age = age_of(p["dob"])
    cid = next_id(CITA_ID, 1, 25)
    items = [("@t", ts_clef(tick())), ("@mt", "Cita {CitaId} requiere acompañante: paciente {NumeroHistoria}, edad {Edad}"),
             ("@l", "Warning"), ("CitaId", cid), ("NumeroHistoria", (p["nhc"], "mrn")),
             ("Edad", JRaw([(str(age), "age")] if age > 89 else [str(age)])),
             ("SourceContext", "Iberomed.Citas.Services.ValidacionCitaService")]
    return [("serilog-clef", jline(items))]


def ev_sms_send():
    p = pick(random.choice(["ES", "ES", "MX"]))
    d = future_date(1, 6)
    hh = appt_time()
    h = HOSP[p["centro"]]
    first = p["nombre"].split()[0] if p["nombre"] not in ("María del Carmen", "José Antonio", "Ma. de los Ángeles") else p["nombre"]
    if p["country"] == "ES":
        tz = TZ_ES
        to = "+34" + p["movil"]
        if random.random() < 0.5:
            body = ["Hola ", (first, "name"), ", le recordamos su cita el ", (d_dmy(d), "date"), f" a las {hh} en {h[0]} ({h[1].split(',')[0]}). "
                    f"Si no puede acudir llame al {h[2]} o responda NO."]
        else:
            body = [f"{h[0]}: ", (first, "name"), ", tiene cita el ", (f"{DIAS[d.weekday()]} {d.day} de {MESES[d.month - 1]}", "date"),
                    f" a las {hh}. Traiga su tarjeta sanitaria y DNI. Cancelar: responda NO"]
        sender = "IBEROMED"
    else:
        tz = TZ_MX
        to = "+52" + p["movil"]
        body = ["Estimado(a) ", (first, "name"), f", su cita en {h[0]} es el ", (d_dmy(d), "date"),
                f" a las {hh} hrs. Para reagendar marque {h[2]}."]
        sender = "IBEROMEDMX"
    fields = [("to", (to, "phone")), ("sender", sender), ("template", "recordatorio_cita"),
              ("body", body), ("provider", "altiria" if p["country"] == "ES" else "twilio"),
              ("msg_id", rhex(24)), ("segments", str(random.choice([1, 2])))]
    return [("logrus-sms", logrus(tick(), "info", "sms enviado", fields, tz))]


def ev_sms_dlr():
    p = pick(random.choice(["ES", "MX"]))
    tz = TZ_ES if p["country"] == "ES" else TZ_MX
    to = ("+34" if p["country"] == "ES" else "+52") + p["movil"]
    st = random.choice(["DELIVRD", "DELIVRD", "DELIVRD", "UNDELIV", "EXPIRED"])
    fields = [("to", (to, "phone")), ("status", st), ("err", "000" if st == "DELIVRD" else random.choice(["001", "034"])),
              ("msg_id", rhex(24)), ("latency_ms", str(random.randint(800, 40000)))]
    lvl = "info" if st == "DELIVRD" else "warning"
    return [("logrus-sms", logrus(tick(), lvl, "dlr recibido", fields, tz))]


# ---- Mirth / HL7 ---------------------------------------------------------
def hl7seg(name, fields, n):
    """fields: dict idx -> parts; returns parts for a segment with n fields."""
    out = [name]
    for i in range(1, n + 1):
        out.append("|")
        if i in fields:
            out.append(fields[i])
    return out


def msh(t, typ, ctrl, sender="HIS_IBEROMED", fac="MAD-CHAM", tz=TZ_ES):
    return f"MSH|^~\\&|{sender}|{fac}|MIRTH|IBEROMED|{ts_hl7(t, tz)}||{typ}|{ctrl}|P|2.5|||AL|NE|{'ESP' if tz is TZ_ES else 'MEX'}|UNICODE UTF-8"


def ev_hl7_adt():
    p = pick(random.choice(["ES", "ES", "ES", "MX"]))
    es = p["country"] == "ES"
    tz = TZ_ES if es else TZ_MX
    t = tick()
    ctrl = f"MSG{random.randint(10000000, 99999999)}"
    ev = random.choice(["A01", "A01", "A08", "A04"])
    size = random.randint(700, 1600)
    ch = "ADT_IN"
    out = [("mirth-hl7", mirth(t, "INFO", f"{ch} Source Thread", "hl7.inbound",
                               [f"Mensaje recibido ({size} bytes) desde 10.20.{random.randint(1, 30)}.{random.randint(2, 250)}: ",
                                msh(t, f"ADT^{ev}^ADT_A01", ctrl, fac=p["centro"], tz=tz)]))]
    out.append(("hl7-segment", [f"EVN|{ev}|{ts_hl7(t, tz)}"]))
    if es:
        ids = [(p["nhc"], "mrn"), "^^^IBEROMED^PI~", (p["doc"], "other_id"), f"^^^ESP^{'NNESP' if p['doctype'] == 'DNI' else 'NIE'}~",
               (p["cipsns"], "health_plan"), "^^^SNS^JHN"]
        nm = [(p["ap1"], "name")] + (["&", (p["ap2"], "name")] if p["ap2"] else []) + ["^", (p["nombre"], "name"), "^^^^^L"]
        addr = [(p["via"], "address"), "^", (p["piso"], "address"), "^", (p["city"], "address"), "^^", (p["cp"], "zip"), "^ESP^H"]
        tel = ["^PRN^CP^^34^", (p["movil"], "phone")]
        if p["email"]:
            tel += ["~^NET^Internet^", (p["email"], "email")]
        pid_f = {1: "1", 3: ids, 5: nm, 7: (p["dob"].strftime("%Y%m%d"), "date"), 8: "F" if p["sexo"] == "M" else "M",
                 11: addr, 13: tel, 18: (p["cuenta"], "account"), 19: (p["nss"], "ssn")}
    else:
        ids = [(p["nhc"], "mrn"), "^^^IBEROMED_MX^PI~", (p["curp"], "other_id"), "^^^RENAPO^NI"]
        nm = [(p["ap1"], "name"), "&", (p["ap2"], "name"), "^", (p["nombre"], "name"), "^^^^^L"]
        street = f"{p['calle']} {p['numext']}" + (f" Int. {p['numint']}" if p["numint"] else "")
        addr = [(street, "address"), "^", (p["colonia"], "address"), "^", (p["alcaldia"], "address"), "^",
                p["estado"], "^", (p["cp"], "zip"), "^MEX^H"]
        tel = ["^PRN^CP^^52^", (p["movil"], "phone")]
        pid_f = {1: "1", 3: ids, 5: nm, 7: (p["dob"].strftime("%Y%m%d"), "date"), 8: "F" if p["sexo"] == "M" else "M",
                 11: addr, 13: tel, 18: (p["cuenta"], "account")}
    out.append(("hl7-segment", hl7seg("PID", pid_f, 19 if es else 18)))
    if random.random() < 0.7:
        r = p["rel"]
        rnm = [(r["ap1"], "name")] + (["&", (r["ap2"], "name")] if r["ap2"] else []) + ["^", (r["nombre"], "name")]
        out.append(("hl7-segment", hl7seg("NK1", {1: "1", 2: rnm, 3: PARENT_HL7[r["par"][0]] + "^HL70063",
                                                  5: ["^PRN^PH^^" + ("34^" if es else "52^"), (r["tel"], "phone")]}, 7)))
    if es:
        s = staff_es()
    else:
        s = random.choice(STAFF_MX)
    srv = random.choice(SERVICIOS)
    admit = t - dt.timedelta(minutes=random.randint(1, 90))
    pv1 = {1: "1", 2: "I" if ev != "A04" else "O",
           3: f"{srv[0]}^{random.randint(100, 450)}^{random.choice('AB')}^{p['centro']}",
           7: f"{s[5]}^{s[2].split()[0]}^{s[1]}^^^{s[0]}", 10: srv[0], 44: (ts_hl7(admit, tz)[:12], "date")}
    out.append(("hl7-segment", hl7seg("PV1", pv1, 44)))
    if es:
        ccaa = p["ccaa"]
        out.append(("hl7-segment", hl7seg("ZPI", {1: "1", 2: [(p["cip"], "health_plan"), f"^CIP^{ccaa}"],
                                                  3: random.choice(["TSI 001", "TSI 002", "TSI 003", "TSI 004"]),
                                                  4: random.choice(["ACT", "PEN", "BEN"]),
                                                  5: f"C.S. {random.choice(['Embajadores', 'Las Calesas', 'Ruzafa', 'El Cachorro', 'Deusto'])}"}, 5)))
        if p["poliza"]:
            out.append(("hl7-segment", hl7seg("ZAS", {1: "1", 2: p["aseg"], 3: (p["poliza"], "health_plan"),
                                                      4: f"COL-{random.randint(100, 9999):04d}",
                                                      5: random.choice(["T", "B"])}, 5)))
    else:
        z = {1: "1", 2: (p["curp"], "other_id"), 3: (p["rfc"], "other_id")}
        if p["imss"]:
            z[4] = [(p["imss"], "ssn"), "^IMSS"]
            z[5] = "VIGENTE"
        out.append(("hl7-segment", hl7seg("ZMX", z, 5)))
        if p["poliza"]:
            in1 = {1: "1", 2: "GMM^Gastos Médicos Mayores", 3: p["aseg"],
                   4: {"GNP": "Grupo Nacional Provincial", "AXA": "AXA Seguros", "METLIFE": "MetLife México",
                       "SMNYL": "Seguros Monterrey New York Life"}[p["aseg"]],
                   8: f"{random.randint(10000, 99999)}", 36: (p["poliza"], "health_plan")}
            out.append(("hl7-segment", hl7seg("IN1", in1, 36)))
    out.append(("mirth-hl7", mirth(step(), "INFO", f"{ch} Destination Thread", "hl7.outbound",
                                   f"ACK enviado MSA|AA|{ctrl} ({random.randint(5, 80)} ms)")))
    return out


LABS = [("2093-3", "Colesterol total", "mg/dL", "<200", 140, 290, 0, 200),
        ("2345-7", "Glucosa", "mg/dL", "70-110", 62, 240, 70, 110),
        ("2160-0", "Creatinina", "mg/dL", "0.6-1.2", 0.5, 2.8, 0.6, 1.2),
        ("718-7", "Hemoglobina", "g/dL", "12-16", 8.5, 17.2, 12, 16),
        ("2823-3", "Potasio", "mmol/L", "3.5-5.1", 3.1, 5.9, 3.5, 5.1),
        ("4548-4", "HbA1c", "%", "4-5.6", 4.8, 10.5, 4, 5.6),
        ("33762-6", "NT-proBNP", "pg/mL", "<125", 40, 4200, 0, 125)]


def ev_hl7_oru():
    p = pick("ES")
    t = tick()
    ctrl = f"LAB{random.randint(10000000, 99999999)}"
    out = [("mirth-hl7", mirth(t, "INFO", "ORU_IN Source Thread", "hl7.inbound",
                               ["Resultado recibido de MODULAB: ", msh(t, "ORU^R01^ORU_R01", ctrl, sender="MODULAB", fac="LAB_CENTRAL")]))]
    nm = [(p["ap1"], "name")] + (["&", (p["ap2"], "name")] if p["ap2"] else []) + ["^", (p["nombre"], "name")]
    out.append(("hl7-segment", hl7seg("PID", {1: "1", 3: [(p["nhc"], "mrn"), "^^^IBEROMED^PI"], 5: nm,
                                              7: (p["dob"].strftime("%Y%m%d"), "date"),
                                              8: "F" if p["sexo"] == "M" else "M"}, 8)))
    coll = t - dt.timedelta(hours=random.randint(1, 6), minutes=random.randint(0, 59))
    s = staff_es()
    out.append(("hl7-segment", hl7seg("OBR", {1: "1", 2: f"P{random.randint(1000000, 9999999)}",
                                              3: f"L{random.randint(10000000, 99999999)}",
                                              4: "24331-1^Bioquímica general^LN", 7: (ts_hl7(coll)[:12], "date"),
                                              16: f"{s[5]}^{s[2].split()[0]}^{s[1]}"}, 25)))
    for i, lab in enumerate(random.sample(LABS, random.randint(2, 4)), 1):
        val = round(random.uniform(lab[4], lab[5]), 1)
        flag = "H" if val > lab[7] else ("L" if val < lab[6] else "N")
        f = {1: str(i), 2: "NM", 3: f"{lab[0]}^{lab[1]}^LN", 5: f"{val:g}" if val >= 100 else f"{val:.1f}", 6: lab[2],
             7: lab[3], 8: flag, 11: "F"}
        if random.random() < 0.3:
            f[14] = (ts_hl7(coll)[:12], "date")
        out.append(("hl7-segment", hl7seg("OBX", f, 14 if 14 in f else 11)))
    return out


def ev_hl7_nophi():
    t = tick()
    c = random.choice([
        ("INFO", "Main Server Thread", "com.mirth.connect.server.controllers.DefaultChannelController",
         f"Channel {random.choice(['ADT_IN', 'ORU_IN', 'SIU_OUT'])} deployed (revision {random.randint(30, 60)})"),
        ("INFO", "MLLP Listener ADT_IN", "com.mirth.connect.connectors.tcp.TcpReceiver",
         f"Connection accepted from 10.20.{random.randint(1, 30)}.{random.randint(2, 250)}:{random.randint(40000, 65000)} on port 6661"),
        ("WARN", "ORU_IN Destination Thread", "hl7.outbound",
         f"Timeout esperando ACK de HIS (30000 ms), reintento {random.randint(1, 3)}/3 ctrl=LAB{random.randint(10000000, 99999999)}"),
        ("INFO", "ADT_IN Destination Thread", "hl7.outbound",
         f"ACK enviado MSA|AA|MSG{random.randint(10000000, 99999999)} ({random.randint(5, 80)} ms)"),
        ("INFO", "Data Pruner", "com.mirth.connect.plugins.datapruner.DataPruner",
         f"Pruning complete: {random.randint(1000, 90000)} messages pruned from channel ADT_IN"),
    ])
    return [("mirth-hl7", mirth(t, *c))]


# ---- billing export (Spring Batch, his-facturacion) -----------------------
def ev_billing_detail():
    p = pick("ES")
    if not p["poliza"]:
        p = next(x for x in alive(ES_P) if x["poliza"])
    fac = next_id(FACT, 1, 7)
    fs = TODAY - dt.timedelta(days=random.randint(1, 20))
    presta = random.choice([("89.52.10", "ECG"), ("88.72.20", "ECOCARDIO"), ("CONS-1", "CONSULTA"),
                            ("81.54", "PROTESIS RODILLA"), ("45.23", "COLONOSCOPIA")])
    imp = f"{random.randint(40, 4000)}.{random.randint(0, 99):02d}"
    rec = ["02|", f"F24/{fac:07d}|", (p["poliza"], "health_plan"), "|", (upper_noacc(p["ap1"]), "name"), "|"]
    if p["ap2"]:
        rec += [(upper_noacc(p["ap2"]), "name")]
    rec += ["|", (upper_noacc(p["nombre"]), "name"), "|", (p["doc"], "other_id"), "|",
            (fs.strftime("%Y%m%d"), "date"), f"|{presta[0]}|{presta[1]}|{imp}|EUR"]
    return [("spring-boot3", sb3(tick(0.01, 0.5), "DEBUG", "batch-exec-1",
                                 "es.iberomed.fact.export.AseguradoraItemWriter",
                                 [f"Línea exportada {p['aseg']}: ", rec], app="his-facturacion", pid=5120))]


def ev_billing_reject():
    p = pick("ES")
    if not p["poliza"]:
        p = next(x for x in alive(ES_P) if x["poliza"])
    fac = next_id(FACT, 1, 7)
    motivo = random.choice(["POLIZA_NO_VIGENTE", "ASEGURADO_NO_ENCONTRADO", "FALTA_AUTORIZACION", "CARENCIA"])
    msg = [f"Registro rechazado por validación: factura=F24/{fac:07d} aseguradora={p['aseg']} póliza=",
           (p["poliza"], "health_plan"), " asegurado=", (upper_noacc(full(p)), "name"), f" motivo={motivo}"]
    return [("spring-boot3", sb3(tick(), "WARN", "batch-exec-1", "es.iberomed.fact.export.ValidacionSkipListener",
                                 msg, app="his-facturacion", pid=5120))]


def ev_billing_nophi():
    aseg = random.choice(ASEG_ES[:-1])
    t = tick()
    c = random.choice([
        ("INFO", "org.springframework.batch.core.launch.support.SimpleJobLauncher",
         "Job: [SimpleJob: [name=exportAseguradorasJob]] launched with the following parameters: "
         f"[{{'aseguradora':'{{value={aseg}, type=class java.lang.String, identifying=true}}',"
         f"'fechaCorte':'{{value=2024-11-03, type=class java.time.LocalDate, identifying=true}}'}}]"),
        ("INFO", "org.springframework.batch.core.job.SimpleStepHandler", "Executing step: [exportStep]"),
        ("INFO", "org.springframework.batch.core.step.AbstractStep",
         f"Step: [exportStep] executed in {random.randint(1, 9)}s{random.randint(0, 999)}ms"),
        ("INFO", "es.iberomed.fact.export.SftpUploader",
         f"Subido IBM_{aseg.split()[0]}_20241103.txt ({random.randint(20, 400)} registros, {random.randint(5000, 90000)} bytes) "
         f"a sftp://sftp.{aseg.split()[0].lower()}-seguros.example:22/entrada/ ({random.choice(['195.57', '212.0', '194.224'])}."
         f"{random.randint(1, 254)}.{random.randint(1, 254)}) en {random.randint(4, 40) / 10} s"),
        ("INFO", "es.iberomed.fact.export.ResumenLoteListener",
         f"Lote ASEG-{aseg.split()[0]}-20241103 exportado: {random.randint(20, 400)} registros, importe total "
         f"{random.randint(1000, 90000)}.{random.randint(0, 99):02d} EUR, colectivo=COL-{random.randint(100, 9999):04d}"),
        ("INFO", "es.iberomed.fact.autorizaciones.AutorizacionClient",
         f"Autorización AUT-2024-{random.randint(1000000, 9999999)} aprobada por {aseg} en {random.randint(200, 3000)} ms "
         f"(prestación {random.choice(['89.52.10 - Electrocardiograma', '88.72.20 - Ecocardiograma', '87.44 - Radiografía tórax'])})"),
        ("WARN", "es.iberomed.fact.config.CertificadosChecker",
         f"Certificado cliente para {aseg} válido hasta 15/03/2025 (CN=his-facturacion.iberomed.es, serial={rhex(16).upper()})"),
    ])
    return [("spring-boot3", sb3(t, c[0], random.choice(["batch-exec-1", "main", "scheduling-1"]), c[1], c[2],
                                 app="his-facturacion", pid=5120))]


# ---- nginx portal ---------------------------------------------------------
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.58 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
       "IberomedApp/3.8.1 (Android 13; Xiaomi 2201117TY) okhttp/4.12.0"]


def ev_nginx_portal():
    p = pick(random.choice(["ES", "ES", "MX"]))
    tz = TZ_ES if p["country"] == "ES" else TZ_MX
    host = "mi.iberomed.es" if p["country"] == "ES" else "mi.iberomed.com.mx"
    r = random.random()
    if r < 0.45:
        req = ["GET /portal/api/v2/pacientes/", (p["nhc"], "mrn"), f"/citas?page=0&size=20 HTTP/2.0"]
        st, size = 200, random.randint(800, 6000)
    elif r < 0.65:
        req = [f"GET /portal/api/v2/me/informes/IA-2024-{random.randint(100000, 199999)}.pdf HTTP/2.0"]
        st, size = 200, random.randint(60000, 900000)
    elif r < 0.8:
        req = ["POST /portal/api/v2/auth/login HTTP/2.0"]
        st, size = random.choice([200, 200, 401]), random.randint(90, 900)
    else:
        req = [f"GET /assets/app.{rhex(8)}.js HTTP/2.0"]
        st, size = random.choice([200, 304]), random.randint(0, 400000)
    line = [(p["ip"], "ip"), f" - - [{ts_nginx(tick(), tz)}] \"", req,
            f"\" {st} {size} \"https://{host}/\" \"{random.choice(UAS)}\" rt={random.randint(2, 900) / 1000:.3f}"]
    return [("nginx-combined", line)]


def ev_nginx_nophi():
    ip = f"10.42.{random.randint(0, 7)}.{random.randint(2, 250)}"
    c = random.choice([
        ('GET /actuator/health/readiness HTTP/1.1', 200, 49, "kube-probe/1.28"),
        ('GET /actuator/health/liveness HTTP/1.1', 200, 15, "kube-probe/1.28"),
        ('GET /portal/api/v2/config/centros HTTP/1.1', 200, random.randint(1000, 4000), "Prometheus/2.53.0"),
        ('GET /metrics HTTP/1.1', 200, random.randint(20000, 90000), "Prometheus/2.53.0"),
        ('GET /nginx_status HTTP/1.1', 200, 97, "check_http/v2.4.6 (monitoring-plugins 2.4.6)"),
    ])
    line = [f"{ip} - - [{ts_nginx(tick(), TZ_ES)}] \"{c[0]}\" {c[1]} {c[2]} \"-\" \"{c[3]}\" rt={random.randint(1, 40) / 1000:.3f}"]
    return [("nginx-combined", line)]


# ---- pino BFF ------------------------------------------------------------
def ev_pino_login():
    p = pick(random.choice(["ES", "ES", "MX"]))
    t = tick()
    ok = random.random() < 0.8
    items = [("level", 30 if ok else 40), ("time", int(t.timestamp() * 1000)), ("pid", 77),
             ("hostname", "portal-bff-6d9c7f-" + random.choice(["x2k4p", "m7hq2"])),
             ("reqId", f"req-{random.randint(1, 9999):x}"), ("evento", "LOGIN_OK" if ok else "LOGIN_FAIL"),
             ("usuario", (p["user"], "other_id")), ("ip", (p["ip"], "ip")),
             ("mfa", random.choice(["SMS", "TOTP"]) if ok else None),
             ("msg", "autenticación correcta" if ok else "credenciales inválidas")]
    items = [(k, v) for k, v in items if v is not None]
    return [("pino-json", jline(items))]


def ev_pino_nophi():
    t = tick()
    c = random.choice([
        [("reqId", f"req-{random.randint(1, 9999):x}"), ("res", JObj([("statusCode", 200)])),
         ("responseTime", random.randint(3, 300)), ("msg", "request completed")],
        [("msg", f"token JWKS refrescado desde https://auth.iberomed.es/.well-known/jwks.json ({random.randint(2, 4)} claves)")],
        [("cache", "redis"), ("hits", random.randint(1000, 9000)), ("misses", random.randint(10, 300)),
         ("msg", "estadísticas de caché")],
    ])
    items = [("level", 30), ("time", int(t.timestamp() * 1000)), ("pid", 77),
             ("hostname", "portal-bff-6d9c7f-" + random.choice(["x2k4p", "m7hq2"]))] + c
    return [("pino-json", jline(items))]


# ---- Mexico HIS (Spring Boot 2) -------------------------------------------
def ev_mx_curp():
    p = pick("MX")
    msg = ["Consulta RENAPO curp=", (p["curp"], "other_id"), " estatusCurp=AN nombres=", (upper_noacc(p["nombre"]), "name"),
           " primerApellido=", (upper_noacc(p["ap1"]), "name"), " segundoApellido=", (upper_noacc(p["ap2"]), "name"),
           f" ({random.randint(120, 1900)} ms)"]
    return [("spring-boot2", sb2(tick(), "INFO", random.choice(THREADS_MX),
                                 "mx.iberomed.his.identidad.RenapoClient", msg))]


def ev_mx_imss():
    cands = [p for p in MX_P if p["imss"]]
    p = random.choice(cands)
    msg = ["Vigencia de derechos IMSS nss=", (p["imss"], "ssn"), " curp=", (p["curp"], "other_id"),
           f" resultado={random.choice(['VIGENTE', 'VIGENTE', 'NO_VIGENTE'])} clinicaAdscripcion=UMF {random.randint(1, 60)}"]
    return [("spring-boot2", sb2(tick(), "INFO", random.choice(THREADS_MX),
                                 "mx.iberomed.his.derechohabiencia.ImssVigenciaClient", msg))]


def ev_mx_domicilio():
    p = pick("MX")
    fields = [("calle", (p["calle"], "address")), ("numeroExterior", (p["numext"], "address")),
              ("numeroInterior", (p["numint"], "address") if p["numint"] else None),
              ("colonia", (p["colonia"], "address")), ("alcaldiaMunicipio", (p["alcaldia"], "address")),
              ("codigoPostal", (p["cp"], "zip")), ("ciudad", (p["city"], "address")), ("estado", p["estado"]),
              ("pais", "MEX")]
    msg = ["Actualizando domicilio expediente=", (p["nhc"], "mrn"), " ", lombok("DomicilioDto", fields)]
    return [("spring-boot2", sb2(tick(), "DEBUG", random.choice(THREADS_MX),
                                 "mx.iberomed.his.pacientes.service.PacienteMxService", msg))]


def ev_mx_alta():
    p = pick("MX")
    thr = random.choice(THREADS_MX)
    out = []
    out.append(("spring-boot2", sb2(tick(), "DEBUG", thr, "org.hibernate.SQL",
                                    "insert into paciente_mx (apellido_materno, apellido_paterno, curp, fecha_nacimiento, "
                                    "nombres, num_expediente, sexo, telefono_celular, id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")))
    binds = [(1, "VARCHAR", (p["ap2"], "name")), (2, "VARCHAR", (p["ap1"], "name")), (3, "VARCHAR", (p["curp"], "other_id")),
             (4, "DATE", (p["dob"].strftime("%a %b %d 00:00:00 CST %Y"), "date")), (5, "VARCHAR", (p["nombre"], "name")),
             (6, "VARCHAR", (p["nhc"], "mrn")), (7, "VARCHAR", p["sexo"]),
             (8, "VARCHAR", (p["movil"], "phone")), (9, "BIGINT", str(random.randint(300000, 399999)))]
    keep = sorted(random.sample(range(len(binds)), random.randint(3, 5)))
    for i in keep:
        n, ty, v = binds[i]
        out.append(("spring-boot2", sb2(step(), "TRACE", thr, "org.hibernate.type.descriptor.sql.BasicBinder",
                                        [f"binding parameter [{n}] as [{ty}] - [", v, "]"])))
    return out


def ev_mx_cfdi_pg():
    return ev_mx_cfdi(False)


def ev_mx_cfdi(phi=True):
    t = tick()
    if phi and random.random() < 0.85:
        p = pick("MX")
        msg = [f"CFDI 4.0 timbrado OK uuid={uuid4().upper()} serie={p['centro'][-3:]} folio={random.randint(10000, 99999)} "
               f"emisor={RFC_EMISOR} receptorRfc=", (p["rfc"], "other_id"), " receptorNombre=",
               (upper_noacc(full(p)), "name"), " domicilioFiscalReceptor=", (p["cp"], "zip"),
               f" regimenFiscalReceptor=605 usoCfdi=D01 total={random.randint(800, 90000)}.{random.randint(0, 99):02d} MXN"]
    else:
        msg = (f"CFDI 4.0 timbrado OK uuid={uuid4().upper()} serie=POL folio={random.randint(10000, 99999)} "
               f"emisor={RFC_EMISOR} receptorRfc=XAXX010101000 receptorNombre=PUBLICO EN GENERAL "
               f"domicilioFiscalReceptor=11520 usoCfdi=S01 total={random.randint(100, 9000)}.00 MXN pac=FINKOK")
    return [("spring-boot2", sb2(t, "INFO", random.choice(THREADS_MX), "mx.iberomed.his.facturacion.CfdiService", msg))]


def ev_mx_clabe():
    p = pick("MX")
    msg = ["Reembolso de anticipo programado expediente=", (p["nhc"], "mrn"), " beneficiario=", (full(p), "name"),
           " clabe=", (p["clabe"], "account"), f" monto={random.randint(500, 9000)}.{random.randint(0, 99):02d} MXN"]
    return [("spring-boot2", sb2(tick(), "INFO", "scheduling-1", "mx.iberomed.his.caja.ReembolsoService", msg))]


def ev_mx_accidente():
    p = pick("MX")
    lic = random.choice(["A", "B", "C"]) + rdigits(8) if random.random() < 0.6 else f"JAL{rdigits(9)}"
    plate = "".join(random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "-" + rdigits(3) + "-" + random.choice("ABCDEFGHJKLMN")
    carpeta = f"CI-FIZC/{random.choice(['BJ', 'CUH', 'MH'])}-{random.randint(1, 9)}/UI-{random.randint(1, 3)} C/D/{random.randint(10000, 99999)}/11-2024"
    s = random.choice(STAFF_MX)
    out = [("spring-boot2", sb2(tick(), "INFO", random.choice(THREADS_MX), "mx.iberomed.his.urgencias.AvisoMinisterioPublicoService",
                                ["Aviso MP (accidente vial) lesionado expediente=", (p["nhc"], "mrn"), " licencia=",
                                 (lic, "license"), " placas=", (plate, "vehicle"), " vin=", (r_vin(), "vehicle"),
                                 f" atendió={s[0]} {s[1]} {s[2]} (cédula {s[5]})"]))]
    out.append(("spring-boot2", sb2(step(), "INFO", random.choice(THREADS_MX), "mx.iberomed.his.urgencias.AvisoMinisterioPublicoService",
                                    ["Carpeta de investigación asignada ", (carpeta, "other_id"), " para expediente ", (p["nhc"], "mrn")])))
    return out


def ev_mx_app_imei():
    p = pick("MX")
    msg = ["Dispositivo registrado para notificaciones push expediente=", (p["nhc"], "mrn"), " imei=", (r_imei(), "device"),
           f" modelo={random.choice(['SM-A546E', 'moto g84 5G', 'iPhone14,7', 'Redmi Note 13'])} fcmToken={rhex(11)}:APA91b{rhex(20)}..."]
    return [("spring-boot2", sb2(tick(), "INFO", random.choice(THREADS_MX), "mx.iberomed.his.app.DispositivoService", msg))]


def ev_mx_huella():
    p = pick("MX")
    blob = b64_blob(b"FMR\x00 20\x00", random.randint(180, 380))
    msg = ["Verificación biométrica en admisión expediente=", (p["nhc"], "mrn"), f" score=0.{random.randint(85, 99)} plantilla=",
           (blob, "biometric")]
    return [("spring-boot2", sb2(tick(), "DEBUG", random.choice(THREADS_MX), "mx.iberomed.his.admision.BiometriaService", msg))]


def ev_mx_contacto():
    p = pick("MX")
    r = p["rel"]
    msg = ["Responsable de cuenta registrado expediente=", (p["nhc"], "mrn"), " responsable=",
           (f"{r['nombre']} {r['ap1']} {r['ap2']}", "name"), f" parentesco={r['par'][1]} tel=",
           (phone_mx(r["tel"], random.randint(0, 3)), "phone")]
    return [("spring-boot2", sb2(tick(), "INFO", random.choice(THREADS_MX), "mx.iberomed.his.admision.ResponsableService", msg))]


def ev_mx_old():
    p = random.choice(OLD_MX)
    msg = ["Paciente de ", (str(age_of(p["dob"])), "age"), " años ingresado, se activa protocolo de caídas expediente=",
           (p["nhc"], "mrn"), " nacimiento=", (d_largo(p["dob"]), "date")]
    return [("spring-boot2", sb2(tick(), "INFO", "scheduling-1", "mx.iberomed.his.alertas.AlertaGeriatricaJob", msg))]


# --------------------------------------------------------------------------
# non-PHI events
# --------------------------------------------------------------------------
def ev_hikari():
    t = tick()
    a = random.randint(0, 8)
    msg = f"HikariPool-1 - Pool stats (total=20, active={a}, idle={20 - a}, waiting=0)"
    if random.random() < 0.6:
        return [("spring-boot3", sb3(t, "DEBUG", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", msg))]
    return [("spring-boot2", sb2(t, "DEBUG", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", msg))]


def ev_camas():
    c = random.choice(["MAD-CHAM", "VLC", "SVQ"])
    tot = {"MAD-CHAM": 248, "VLC": 180, "SVQ": 160}[c]
    occ = random.randint(int(tot * 0.7), tot - 2)
    msg = (f"Ocupación {c}: {occ}/{tot} camas ({occ * 100 / tot:.1f}%".replace(".", ",") +
           f"), UCI {random.randint(6, 12)}/12, pendientes de limpieza {random.randint(0, 9)}")
    return [("spring-boot3", sb3(tick(), "INFO", "scheduling-1", "es.iberomed.his.camas.OcupacionScheduler", msg))]


def ev_kafka():
    part = random.randint(0, 5)
    off = random.randint(40000, 60000)
    msg = (f"[Consumer clientId=consumer-his-adt-1, groupId=his-adt] Setting offset for partition adt-events-{part} to the committed "
           f"offset FetchPosition{{offset={off}, offsetEpoch=Optional[7], currentLeader=LeaderAndEpoch{{leader=Optional[kafka-1.iberomed.local:9092 "
           f"(id: 1 rack: null)], epoch=7}}}}")
    return [("spring-boot3", sb3(tick(), "INFO", "org.springframework.kafka.KafkaListenerEndpointContainer#0-0-C-1",
                                 "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator", msg))]


def ev_staff_turno():
    if random.random() < 0.6:
        n = random.choice(NURSES_ES)
        msg = (f"Turno asignado: {n[0]} {n[1]} (usuario={n[2]}) planta {random.randint(1, 6)}ª "
               f"{random.choice(['mañana', 'tarde', 'noche'])} {d_dmy(TODAY + dt.timedelta(days=random.randint(0, 6)))}")
        return [("spring-boot3", sb3(tick(), "INFO", "scheduling-1", "es.iberomed.his.rrhh.CuadranteService", msg))]
    s = random.choice(STAFF_MX)
    msg = f"Guardia {d_dmy(TODAY + dt.timedelta(days=random.randint(0, 6)))}: {s[0]} {s[1]} {s[2]} ({s[3]}, cédula {s[5]}) ext. {random.randint(1200, 1299)}"
    return [("spring-boot2", sb2(tick(), "INFO", "scheduling-1", "mx.iberomed.his.rrhh.GuardiasService", msg))]


def ev_staff_audit():
    s = random.choice(STAFF_ES + [(None, n[0], n[1], "ENFERMERIA", n[2], None) for n in NURSES_ES])
    rol = "FACULTATIVO" if s[0] else "ENFERMERIA"
    msg = (f"AUDIT usuario={s[4]} rol={rol} accion={random.choice(['LOGIN', 'LOGOUT', 'LOGIN'])} "
           f"ip=10.20.{random.randint(1, 30)}.{random.randint(2, 250)} terminal=PC-PL{random.randint(1, 6)}-{random.choice(['ENF', 'CON', 'URG'])}{random.randint(1, 20):02d}")
    return [("spring-boot3", sb3(tick(), "INFO", random.choice(THREADS_ES), "es.iberomed.his.seguridad.AuditoriaAccesoListener", msg))]


def ev_bomba():
    msg = (f"Bomba B. Braun Infusomat Space SN {random.randint(1000000, 9999999)} batería {random.randint(20, 100)}% "
           f"ubicación {random.choice(['UCI-BOX', 'REA-', 'PL3-HAB'])}{random.randint(1, 30):02d} firmware 688F mac=00:1A:{rhex(2).upper()}:{rhex(2).upper()}:{rhex(2).upper()}:{rhex(2).upper()}")
    return [("spring-boot3", sb3(tick(), "INFO", "scheduling-1", "es.iberomed.his.equipos.InventarioDispositivosJob", msg))]


def ev_config_company():
    h = random.choice(list(HOSP.values()))
    msg = f"Pie de notificaciones recargado: {h[0]}, {h[1]}, tel. {h[2]}, fax {h[3]}"
    return [("spring-boot3", sb3(tick(), "INFO", "scheduling-1", "es.iberomed.his.notificaciones.PlantillaCache", msg))]


def ev_cache():
    c = random.choice([
        f"Cache 'catalogoPrestaciones' refrescada: {random.randint(1000, 3000)} entradas en {random.randint(50, 900)} ms",
        f"Catálogo CIE-10-ES actualizado: {random.randint(14000, 15000)} códigos (versión 2024-01)",
        f"Sincronizado nomenclátor de medicamentos: {random.randint(20000, 26000)} presentaciones, {random.randint(1, 90)} altas",
    ])
    return [("spring-boot3", sb3(tick(), "INFO", "scheduling-1", "es.iberomed.his.catalogos.CatalogoRefreshJob", c))]


def ev_java_trace_nophi():
    thr = random.choice(THREADS_ES)
    aseg = random.choice(ASEG_ES[:-1])
    out = [("spring-boot3", sb3(tick(), "ERROR", thr, "es.iberomed.fact.autorizaciones.AutorizacionClient",
                                f"Error solicitando autorización a {aseg}: I/O error on POST request for "
                                f"\"https://ws.{aseg.split()[0].lower()}-seguros.example/autorizaciones/v2\": Read timed out",
                                app="his-facturacion", pid=5120))]
    out.append(("java-stacktrace", ["java.net.SocketTimeoutException: Read timed out"]))
    frames = ["at java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288) ~[na:na]",
              "at java.base/java.net.Socket$SocketInputStream.read(Socket.java:1099) ~[na:na]",
              "at org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:915) ~[spring-web-6.1.13.jar!/:6.1.13]",
              "at es.iberomed.fact.autorizaciones.AutorizacionClient.solicitar(AutorizacionClient.java:87) ~[!/:2.9.0]",
              "... 14 common frames omitted"]
    for f in frames[:random.randint(3, 5)]:
        out.append(("java-stacktrace", ["\t" + f]))
    return out


def ev_dotnet_trace_nophi():
    cid = next_id(CITA_ID, 1, 25)
    out = [("serilog-file", serilog_file(tick(), "ERR", f"Error enviando recordatorio para cita {cid}, reintento programado en 300 s"))]
    out.append(("dotnet-stacktrace", ["System.Net.Http.HttpRequestException: Response status code does not indicate success: 503 (Service Unavailable)."]))
    out.append(("dotnet-stacktrace", ["   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()"]))
    out.append(("dotnet-stacktrace", ["   at Iberomed.Citas.Infrastructure.Sms.SmsGatewayClient.SendAsync(SmsRequest request, CancellationToken ct) in /src/Iberomed.Citas.Infrastructure/Sms/SmsGatewayClient.cs:line 58"]))
    if random.random() < 0.6:
        out.append(("dotnet-stacktrace", ["   at Iberomed.Citas.Services.RecordatorioService.EnviarAsync(Int64 citaId, CancellationToken ct) in /src/Iberomed.Citas.Services/RecordatorioService.cs:line 112"]))
    return out


def ev_serilog_nophi():
    t = tick()
    c = random.random()
    if c < 0.3:
        path = random.choice(["/health", "/api/agenda/huecos?especialidad=CAR&centro=MAD-CHAM", "/api/citas/" + str(CITA_ID[0] - random.randint(1, 90)),
                              "/api/centros", "/swagger/v1/swagger.json"])
        meth = "GET" if path != "/api/citas/" + path.rsplit("/", 1)[-1] else random.choice(["GET", "PUT", "DELETE"])
        code = 200 if meth == "GET" else (204 if meth == "DELETE" else 200)
        if meth == "GET" and random.random() < 0.08:
            code = 404
        msg = f"HTTP {meth} {path} responded {code} in {random.randint(1, 400) + random.random():.4f} ms"
        return [("serilog-file", serilog_file(t, "INF", msg))]
    if c < 0.5:
        s = staff_es()
        d = future_date(1, 14)
        msg = f"Agenda generada para {s[0]} {s[1]} {s[2]} ({s[3]}) {d_dmy(d)}: {random.randint(8, 24)} huecos, {random.randint(0, 4)} sobrecitas"
        return [("serilog-file", serilog_file(t, "INF", msg))]
    if c < 0.65:
        msg = f"Procesando lote de recordatorios: {random.randint(40, 400)} citas para {d_dmy(TODAY + dt.timedelta(days=1))}"
        items = [("@t", ts_clef(t)), ("@mt", "Procesando lote de recordatorios: {Total} citas para {Fecha}"),
                 ("Total", random.randint(40, 400)), ("Fecha", (TODAY + dt.timedelta(days=1)).isoformat()),
                 ("SourceContext", "Iberomed.Citas.Services.RecordatorioBatchService"),
                 ("MachineName", "citas-worker-7c9d5b8f4-x2k4p")]
        return [("serilog-clef", jline(items))] if random.random() < 0.5 else [("serilog-file", serilog_file(t, "INF", msg))]
    if c < 0.8:
        msg = (f"Executed DbCommand ({random.randint(1, 60)}ms) [Parameters=[@__citaId_0='?' (DbType = Int64)], CommandType='Text', "
               f"CommandTimeout='30']")
        return [("serilog-file", serilog_file(t, "INF", msg))]
    if c < 0.9:
        items = [("@t", ts_clef(t)), ("@mt", "Hosted service {Service} heartbeat, cola {Queue} pendiente {Pending}"),
                 ("Service", "RecordatorioWorker"), ("Queue", "sms-recordatorios"), ("Pending", random.randint(0, 300)),
                 ("SourceContext", "Iberomed.Citas.Worker.Heartbeat")]
        return [("serilog-clef", jline(items))]
    items = [("@t", ts_clef(t)), ("@mt", "Slow request {Method} {Path} took {Elapsed} ms"), ("@l", "Warning"),
             ("Method", "GET"), ("Path", "/api/agenda/huecos"), ("Elapsed", random.randint(2000, 9000)),
             ("SourceContext", "Iberomed.Citas.Api.Middleware.TimingMiddleware"),
             ("RequestId", "0HN7" + "".join(random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(9)) + ":00000001")]
    return [("serilog-clef", jline(items))]


def ev_sms_nophi():
    t = tick()
    c = random.choice([
        ("info", "saldo proveedor", [("credits", str(random.randint(5000, 30000))), ("provider", "altiria")]),
        ("warning", "throttled by provider", [("retry_after", f"{random.randint(1, 5)}s"), ("queue_depth", str(random.randint(5, 200))),
                                              ("provider", "altiria")]),
        ("info", "plantilla cargada", [("template", "recordatorio_cita"), ("version", f"v{random.randint(5, 9)}"), ("locale", "es-ES")]),
        ("info", "worker stats", [("sent", str(random.randint(100, 3000))), ("failed", str(random.randint(0, 20))),
                                  ("p95_ms", str(random.randint(300, 2000)))]),
        ("info", "provider response", [("status", "202"), ("msg_id", rhex(24)), ("provider", "twilio"),
                                       ("sid", "SM" + rhex(32))]),
    ])
    return [("logrus-sms", logrus(t, c[0], c[1], c[2]))]


def ev_mx_nophi():
    t = tick()
    c = random.choice([
        ("INFO", "mx.iberomed.his.caja.CorteCajaJob",
         f"Corte de caja turno {random.choice(['matutino', 'vespertino'])}: {random.randint(10, 90)} movimientos, total {random.randint(20000, 400000)}.{random.randint(0, 99):02d} MXN"),
        ("INFO", "mx.iberomed.his.catalogos.CofeprisSyncJob",
         f"Sincronización catálogo de medicamentos COFEPRIS: {random.randint(1500, 3000)} registros, {random.randint(0, 20)} cambios"),
        ("WARN", "mx.iberomed.his.facturacion.PacClient",
         f"PAC FINKOK respondió 502, reintento {random.randint(1, 3)} en {random.choice([2, 4, 8])} s (folio {random.randint(10000, 99999)})"),
        ("INFO", "mx.iberomed.his.camas.OcupacionScheduler",
         f"Ocupación MX-POL: {random.randint(80, 120)}/126 camas, urgencias {random.randint(3, 20)} en espera"),
        ("INFO", "org.springframework.scheduling.support.TaskUtils$LoggingErrorHandler",
         "Tarea programada ConciliacionAseguradorasJob finalizada sin errores"),
    ])
    return [("spring-boot2", sb2(t, c[0], random.choice(["scheduling-1", "task-2", random.choice(THREADS_MX)]), c[1], c[2]))]


def startup_es():
    out = []
    t = CLOCK[0]
    lines = [
        ("INFO", "main", "es.iberomed.his.HisCoreApplication",
         "Starting HisCoreApplication v4.18.2 using Java 17.0.12 with PID 4182 (/opt/iberomed/his-core/his-core.jar started by his in /opt/iberomed/his-core)"),
        ("INFO", "main", "es.iberomed.his.HisCoreApplication", 'The following 2 profiles are active: "prod", "es"'),
        ("INFO", "main", "org.springframework.boot.web.embedded.tomcat.TomcatWebServer", "Tomcat initialized with port 8080 (http)"),
        ("INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Starting..."),
        ("INFO", "main", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@5b1f29fa"),
        ("INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed."),
        ("INFO", "main", "org.flywaydb.core.internal.command.DbValidate", "Successfully validated 214 migrations (execution time 00:00.182s)"),
        ("INFO", "main", "org.flywaydb.core.internal.command.DbMigrate", 'Current version of schema "his": 2024.10.28.1'),
        ("INFO", "main", "org.flywaydb.core.internal.command.DbMigrate", 'Schema "his" is up to date. No migration necessary.'),
        ("INFO", "main", "org.springframework.boot.web.embedded.tomcat.TomcatWebServer", "Tomcat started on port 8080 (http) with context path '/'"),
        ("INFO", "main", "es.iberomed.his.HisCoreApplication", "Started HisCoreApplication in 14.872 seconds (process running for 15.611)"),
    ]
    for lvl, thr, lg, msg in lines:
        out.append(("spring-boot3", sb3(step(), lvl, thr, lg, msg)))
    return out


def startup_citas():
    out = []
    for m in ["Now listening on: http://[::]:8080", "Application started. Press Ctrl+C to shut down.",
              "Hosting environment: Production", "Content root path: /app"]:
        out.append(("serilog-file", serilog_file(step(), "INF", m)))
    return out


PHI_EVENTS = [
    (ev_alta_paciente, 3), (ev_busqueda_mpi, 4), (ev_dup_doc, 2), (ev_contacto_emergencia, 3), (ev_alta_hosp, 3),
    (ev_geriatria, 2.5), (ev_informe_pdf, 2), (ev_pg_duplicate, 1.2), (ev_sepa, 2), (ev_tpv, 2), (ev_exitus, 0.4),
    (ev_mail, 4), (ev_fax, 1), (ev_device, 3), (ev_parking, 1.5), (ev_firma_bio, 1.5), (ev_foto, 1.5),
    (ev_ingreso_json, 4), (ev_ls_paciente_sync, 3), (ev_cita_file, 5), (ev_cita_clef, 4), (ev_cita_cancel_clef, 2),
    (ev_ef_sensitive, 1.5), (ev_video_url, 3), (ev_edad_clef, 2), (ev_sms_send, 6), (ev_sms_dlr, 4),
    (ev_hl7_adt, 3.5), (ev_hl7_oru, 2), (ev_billing_detail, 5), (ev_billing_reject, 2), (ev_nginx_portal, 7),
    (ev_pino_login, 4), (ev_mx_curp, 3), (ev_mx_imss, 3.5), (ev_mx_domicilio, 2), (ev_mx_alta, 1.5),
    (ev_mx_cfdi, 3), (ev_mx_clabe, 1), (ev_mx_accidente, 1), (ev_mx_app_imei, 2.5), (ev_mx_huella, 1),
    (ev_mx_contacto, 2), (ev_mx_old, 1.5),
]
NOPHI_EVENTS = [
    (ev_hikari, 4), (ev_camas, 3), (ev_kafka, 3), (ev_staff_turno, 4), (ev_staff_audit, 4), (ev_bomba, 2),
    (ev_config_company, 1.5), (ev_cache, 2), (ev_java_trace_nophi, 1.2), (ev_dotnet_trace_nophi, 1.2),
    (ev_serilog_nophi, 10), (ev_sms_nophi, 5), (ev_mx_nophi, 5), (ev_ls_nophi, 4), (ev_hl7_nophi, 4),
    (ev_billing_nophi, 6), (ev_nginx_nophi, 6), (ev_pino_nophi, 3), (ev_mx_cfdi_pg, 2),
]


def main():
    rendered = []  # (family, bytes, spans)

    def add(evlines):
        for fam, parts in evlines:
            b, sp = render(parts)
            rendered.append((fam, b, sp))

    add(startup_es())
    tick(5, 20)
    add(startup_citas())
    guard = 0
    forced = [ev_fax, ev_foto, ev_mx_accidente, ev_foto, ev_fax, ev_exitus, ev_foto, ev_mx_huella,
              ev_mx_accidente, ev_video_url, ev_foto, ev_fax, ev_video_url, ev_mx_app_imei, ev_video_url]
    n_phi_picks = 0
    while len(rendered) < N_LINES:
        guard += 1
        assert guard < 100000
        nophi = sum(1 for r in rendered if not r[2])
        share = nophi / max(1, len(rendered))
        pool = NOPHI_EVENTS if share < TARGET_NOPHI else PHI_EVENTS
        fn = random.choices([f for f, w in pool], weights=[w for f, w in pool])[0]
        if pool is PHI_EVENTS:
            n_phi_picks += 1
            if forced and n_phi_picks % 9 == 0:
                fn = forced.pop(0)
        saved_clock = CLOCK[0]
        ev = fn()
        if len(rendered) + len(ev) > N_LINES:
            CLOCK[0] = saved_clock
            continue
        add(ev)
    assert len(rendered) == N_LINES

    log_path = os.path.join(HERE, f"{ID}.log")
    lab_path = os.path.join(HERE, f"{ID}.labels.jsonl")
    with open(log_path, "wb") as f:
        for fam, b, sp in rendered:
            f.write(b + b"\n")
    with open(lab_path, "w", encoding="utf-8", newline="\n") as f:
        for i, (fam, b, sp) in enumerate(rendered, 1):
            f.write(json.dumps({"line": i, "family": fam, "spans": sp}, ensure_ascii=False) + "\n")

    # self-check: re-read and verify
    with open(log_path, "rb") as f:
        lines = f.read().split(b"\n")
    assert lines[-1] == b"" and len(lines) == N_LINES + 1
    for (fam, b, sp), lb in zip(rendered, lines):
        assert lb == b
        lb.decode("utf-8")
    nophi = sum(1 for r in rendered if not r[2])
    counts = {}
    for r in rendered:
        for s in r[2]:
            counts[s["cat"]] = counts.get(s["cat"], 0) + 1
    print(f"lines={len(rendered)} nophi={nophi} ({nophi / len(rendered):.1%})")
    print(json.dumps(dict(sorted(counts.items())), ensure_ascii=False))


if __name__ == "__main__":
    main()
