#!/usr/bin/env python3
"""Deterministic generator of a labeled PHI test corpus (id: fj).

Theme: Brazilian private hospital chain (Rede Hospitalar Vale Verde) and its
health plan operator (Vale Verde Saude).  Portuguese logs: Tasy/MV-like HIS
(Java log4j + PL/SQL), TISS XML (ANS), WhatsApp appointment chatbot, LIS (HL7
v2 + app log), PIX / boleto / CNAB 400, LGPD consent events, .NET patient app,
nginx portal, infra, parking.

Labeling decisions (documented for reviewers):
  CPF, RG, patient usernames           -> other_id
  CNS, numero da carteirinha           -> health_plan
  prontuario, cd_pessoa_fisica         -> mrn
  CEP                                  -> zip
  CNH of a patient                     -> license
  bank account number / card PAN       -> account (agencia alone is not labeled)
  vehicle plates of patients/companions-> vehicle (staff/vendor plates not)
  dates: only the date part (dd/mm/aaaa, aaaa-mm-dd, aaaammdd) of birth,
  admission, discharge, death, service, appointment and collection dates;
  times of day are left outside the span.  Due dates of boletos, transaction
  dates, log timestamps, dt_atualizacao are not labeled.
  Not labeled: CNPJ, CRM/CRF/COREN of staff, nr_atendimento (encounter/record
  number), numero da guia, protocolo, TUSS, nosso numero, linha digitavel,
  txid/endToEndId, request ids, amounts, hospital/operator addresses & phones,
  analyzer serial numbers, private IPs, staff names and usernames.
Standard library only.  Run: python3 gen_fj.py
"""
import base64
import json
import os
import random
import unicodedata
from datetime import date, datetime, timedelta, timezone

random.seed(1818_2024)
ID = "fj"
HERE = os.path.dirname(os.path.abspath(__file__))
TZ = timezone(timedelta(hours=-3))
TODAY = date(2024, 3, 12)


# --------------------------------------------------------------------------
# line builder with byte offsets
# --------------------------------------------------------------------------
class P:
    """A PHI value to insert with its category."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class T(list):
    """Free text made of str and P pieces (escaped piecewise)."""


class B:
    def __init__(self, family):
        self.family = family
        self.parts = []
        self.n = 0
        self.spans = []

    def t(self, s):
        self.parts.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        if cat is None:
            return self.t(s)
        st = self.n
        self.t(s)
        self.spans.append((st, self.n, cat, s))
        return self

    def x(self, *pieces, esc=None):
        for pc in pieces:
            if isinstance(pc, P):
                v = esc(pc.v) if esc else pc.v
                self.p(v, pc.cat)
            elif isinstance(pc, (list, tuple)):
                self.x(*pc, esc=esc)
            else:
                self.t(esc(pc) if esc else pc)
        return self

    def done(self):
        s = "".join(self.parts)
        bs = s.encode("utf-8")
        assert "\n" not in s and "\r" not in s, s
        assert len(bs) <= 4000, len(bs)
        last = 0
        out = []
        for a, e, c, v in self.spans:
            assert a >= last and e > a, (s, a, e)
            assert bs[a:e] == v.encode("utf-8"), (bs[a:e], v)
            assert c in CATS, c
            last = e
            out.append({"s": a, "e": e, "cat": c})
        return (s, self.family, out)


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}


def jesc(s, mode="raw"):
    if mode == "raw":
        return json.dumps(s, ensure_ascii=False)[1:-1]
    if mode == "u":
        return json.dumps(s, ensure_ascii=True)[1:-1]
    if mode == "meta":
        return json.dumps(s, ensure_ascii=True)[1:-1].replace("/", "\\/")
    if mode == "net":  # System.Text.Json default encoder
        out = []
        for ch in s:
            o = ord(ch)
            if ch == "\\":
                out.append("\\\\")
            elif ch == "\n":
                out.append("\\n")
            elif ch in "\"<>&'+`" or o < 0x20 or o > 0x7E:
                if o > 0xFFFF:
                    o -= 0x10000
                    out.append("\\u%04X\\u%04X" % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)))
                else:
                    out.append("\\u%04X" % o)
            else:
                out.append(ch)
        return "".join(out)
    raise ValueError(mode)


def js(b, obj, mode="raw", sep=(",", ":")):
    if isinstance(obj, dict):
        b.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                b.t(sep[0])
            b.t('"' + jesc(k, mode) + '"' + sep[1])
            js(b, v, mode, sep)
        b.t("}")
    elif isinstance(obj, T):
        b.t('"')
        for pc in obj:
            if isinstance(pc, P):
                b.p(jesc(pc.v, mode), pc.cat)
            else:
                b.t(jesc(pc, mode))
        b.t('"')
    elif isinstance(obj, list):
        b.t("[")
        for i, v in enumerate(obj):
            if i:
                b.t(sep[0])
            js(b, v, mode, sep)
        b.t("]")
    elif isinstance(obj, P):
        if isinstance(obj.v, str):
            b.t('"')
            b.p(jesc(obj.v, mode), obj.cat)
            b.t('"')
        else:
            b.p(json.dumps(obj.v), obj.cat)
    elif isinstance(obj, str):
        b.t('"' + jesc(obj, mode) + '"')
    elif obj is None:
        b.t("null")
    elif isinstance(obj, bool):
        b.t("true" if obj else "false")
    elif isinstance(obj, float):
        b.t(repr(obj))
    else:
        b.t(str(obj))
    return b


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xe(b, tag, val, ns="ans:"):
    b.t("<%s%s>" % (ns, tag))
    if isinstance(val, P):
        b.p(xesc(val.v), val.cat)
    else:
        b.t(xesc(val))
    b.t("</%s%s>" % (ns, tag))
    return b


# --------------------------------------------------------------------------
# identifiers with valid check digits
# --------------------------------------------------------------------------
def dig(n):
    return "".join(random.choice("0123456789") for _ in range(n))


def gen_cpf():
    while True:
        d = [random.randint(0, 9) for _ in range(9)]
        if len(set(d)) > 1:
            break
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1)))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    return "".join(map(str, d))


def fcpf(c):
    return "%s.%s.%s-%s" % (c[:3], c[3:6], c[6:9], c[9:])


def cnpj(base8, filial="0001"):
    d = [int(c) for c in base8 + filial]
    w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    for w in (w1, [6] + w1):
        s = sum(x * y for x, y in zip(d, w))
        r = s % 11
        d.append(0 if r < 2 else 11 - r)
    c = "".join(map(str, d))
    return c


def fcnpj(c):
    return "%s.%s.%s/%s-%s" % (c[:2], c[2:5], c[5:8], c[8:12], c[12:])


def cns_valid(c):
    return len(c) == 15 and sum(int(c[i]) * (15 - i) for i in range(15)) % 11 == 0


def gen_cns():
    while True:
        if random.random() < 0.6:
            pis = str(random.choice([1, 2])) + dig(10)
            soma = sum(int(pis[i]) * (15 - i) for i in range(11))
            dv = 11 - soma % 11
            if dv == 11:
                dv = 0
            if dv == 10:
                soma += 2
                dv = 11 - soma % 11
                res = pis + "001" + str(dv)
            else:
                res = pis + "000" + str(dv)
        else:
            base = str(random.choice([7, 8, 9])) + dig(13)
            s = sum(int(base[i]) * (15 - i) for i in range(14))
            d = (-s) % 11
            if d == 10:
                continue
            res = base + str(d)
        if cns_valid(res):
            return res


def fcns(c):
    return "%s %s %s %s" % (c[:3], c[3:7], c[7:11], c[11:])


def gen_cnh():
    while True:
        base = dig(9)
        v = sum(int(base[i]) * (9 - i) for i in range(9))
        dsc = 0
        vl1 = v % 11
        if vl1 >= 10:
            vl1 = 0
            dsc = 2
        v = sum(int(base[i]) * (1 + i) for i in range(9))
        x = v % 11
        vl2 = 0 if x >= 10 else x - dsc
        if vl2 < 0 or base[0] == "0":
            continue
        return base + str(vl1) + str(vl2)


def luhn_complete(prefix, length):
    body = prefix + dig(length - len(prefix) - 1)
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return body + str((10 - s % 10) % 10)


def rg_sp():
    base = dig(8)
    s = sum(int(base[i]) * (2 + i) for i in range(8))
    r = s % 11
    dv = "X" if r == 10 else str(r)
    return "%s.%s.%s-%s" % (base[:2], base[2:5], base[5:8], dv)


def mod10(num):
    s = 0
    w = 2
    for ch in reversed(num):
        p_ = int(ch) * w
        s += p_ // 10 + p_ % 10
        w = 1 if w == 2 else 2
    return str((10 - s % 10) % 10)


def boleto(bank, valor_cent, venc, campo_livre):
    fator = (venc - date(1997, 10, 7)).days
    body = bank + "9" + "%04d" % fator + "%010d" % valor_cent + campo_livre
    s = 0
    w = 2
    for ch in reversed(body):
        s += int(ch) * w
        w = 2 if w == 9 else w + 1
    dv = 11 - s % 11
    if dv in (0, 10, 11):
        dv = 1
    barcode = body[:4] + str(dv) + body[4:]
    c1 = bank + "9" + campo_livre[:5]
    c1 += mod10(c1)
    c2 = campo_livre[5:15]
    c2 += mod10(c2)
    c3 = campo_livre[15:25]
    c3 += mod10(c3)
    linha = "%s.%s %s.%s %s.%s %d %s" % (c1[:5], c1[5:], c2[:5], c2[5:], c3[:5], c3[5:], dv,
                                        "%04d" % fator + "%010d" % valor_cent)
    return barcode, linha


def crc16(s):
    crc = 0xFFFF
    for ch in s.encode():
        crc ^= ch << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return "%04X" % crc


def emv(fields):
    out = ""
    for k, v in fields:
        out += k + "%02d" % len(v) + v
    out += "6304"
    return out + crc16(out)


def rand_b64(nbytes, head=b""):
    raw = head + bytes(random.randrange(256) for _ in range(nbytes))
    return base64.b64encode(raw).decode()


def jpeg_b64(n):
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
    raw = head + bytes(random.randrange(256) for _ in range(n)) + b"\xff\xd9"
    return base64.b64encode(raw).decode()


def hexs(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], random.choice("89ab"), h[17:20], h[20:32])


def ascii_up(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).upper()


def ascii_low(s):
    return ascii_up(s).lower()


def dmy(d):
    return d.strftime("%d/%m/%Y")


def iso(d):
    return d.strftime("%Y-%m-%d")


def hl7d(d):
    return d.strftime("%Y%m%d")


# --------------------------------------------------------------------------
# world: company, staff, patients
# --------------------------------------------------------------------------
HOSP_CNPJ = cnpj("43871209")
HOSP_CNPJ_F2 = cnpj("43871209", "0002")
OPER_CNPJ = cnpj("07512634")
PSP_CNPJ = cnpj("18236120")
LAB_CNPJ = cnpj("29604417")
REG_ANS = "419231"
OTHER_OPS = [("AMPARO SAUDE", "352781", "AMPARO"), ("UNICOOP MEDICA", "339954", "UNICOOP"),
             ("SAUDE ATLANTICA", "421007", "ATLANTICA")]
HOSP_ADDR = ("Av. Paulista, 2200", "Bela Vista", "São Paulo", "SP", "01310-300")
HOSP_PHONE = "(11) 3003-4500"
HOSP_WA = "551130034500"
OPER_ADDR = ("Rua Funchal, 418", "Vila Olímpia", "São Paulo", "SP", "04551-060")
HOSP_EVP = uuid4()
WABA_ID = "1" + dig(14)
PHONE_NUMBER_ID = "1" + dig(15)

DOCTORS = [
    ("Henrique Vasconcelos", "Dr.", "145632", "SP", "35", "225125"),
    ("Patrícia Nogueira Lemos", "Dra.", "98213", "SP", "35", "225120"),
    ("Takashi Ueda", "Dr.", "167890", "SP", "35", "225120"),
    ("Fátima Haddad Rezende", "Dra.", "52741", "RJ", "33", "225250"),
    ("Otávio Brandão Pacheco", "Dr.", "203114", "SP", "35", "225270"),
    ("Yara Tupinambá Correia", "Dra.", "77812", "MG", "31", "225124"),
    ("Giovanni Lombardi", "Dr.", "188402", "SP", "35", "225125"),
    ("Adaeze Okonkwo Lima", "Dra.", "212907", "SP", "35", "225320"),
    ("Wilhelm Becker Sobrinho", "Dr.", "134009", "PR", "41", "225125"),
]
STAFF = [("recepcao.pa03", "ANA PAULA MOREIRA"), ("jsouza", "JOSÉ CARLOS SOUZA"),
         ("enf.rlima", "ROBERTA LIMA"), ("fat.mkimura", "MARCELO KIMURA"),
         ("adm.lnasser", "LEILA NASSER"), ("recepcao.mor01", "THIAGO FERRAZ"),
         ("tasy_integracao", "USUARIO INTEGRACAO")]
BIOMED = [("Renata Farias", "CRF-SP 41233"), ("Caio Yamashita", "CRBM-1 18802"),
          ("Lúcia Okoro", "CRF-SP 50871")]

FN_F = ["Ana", "Maria", "Beatriz", "Juliana", "Fernanda", "Larissa", "Camila", "Iara", "Luana",
        "Yasmin", "Aiko", "Keiko", "Giulia", "Francesca", "Heloísa", "Conceição", "Raimunda",
        "Antônia", "Jaciara", "Thaís", "Letícia", "Gabriela", "Ingrid", "Greta", "Samira",
        "Nádia", "Layla", "Svetlana", "Mei", "Hye-jin", "Ngozi", "Valentina", "Rosângela"]
FN_M = ["João", "José", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz",
        "Marcos", "Rafael", "Kauã", "Ubiratã", "Raoni", "Hiroshi", "Kenji", "Giuseppe",
        "Lorenzo", "Enzo", "Klaus", "Dieter", "Jorge", "Omar", "Khalil", "Farid", "Wladimir",
        "Adebayo", "Chinedu", "Sebastião", "Benedito", "Davi", "Min-jun"]
SURN = ["Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira",
        "Lima", "Gomes", "Costa", "Ribeiro", "Martins", "Carvalho", "Araújo", "Gonçalves",
        "Nascimento", "Okada", "Nakamura", "Yamamoto", "Takahashi", "Sato", "Bianchi", "Rossi",
        "Tedesco", "Colombo", "Schmidt", "Müller", "Becker", "Haddad", "Khoury", "Nasser",
        "Saad", "Kowalski", "Nowak", "Kim", "Park", "Chen", "Tupinambá", "Potiguara", "Adeyemi",
        "Okafor", "Cardoso", "Barbosa", "Albuquerque", "Magalhães", "Figueiredo", "Brandão",
        "Sampaio", "Assunção", "Jesus", "Guimarães"]
PT_SURN = {"Silva": "da", "Santos": "dos", "Oliveira": "de", "Souza": "de", "Jesus": "de",
           "Assunção": "da", "Lima": "de", "Costa": "da", "Carvalho": "de", "Nascimento": "do",
           "Albuquerque": "de", "Figueiredo": "de", "Magalhães": "de", "Guimarães": "de"}
NICK = {"Beatriz": "Bia", "José": "Zé", "Francisco": "Chico", "Antônio": "Tonho",
        "Fernanda": "Nanda", "Raimunda": "Mundinha", "Sebastião": "Tião", "Gabriela": "Gabi",
        "Rafael": "Rafa", "Luiz": "Lu", "Benedito": "Dito"}
EMOJI = ["🌻", "🙏", "💙", "😊", "🌸", "✨"]

CITIES = [
    ("São Paulo", "SP", "11", (1000, 5999), ["Vila Mariana", "Moema", "Santana", "Tatuapé",
                                             "Pinheiros", "Bela Vista", "Ipiranga",
                                             "Vila Prudente", "Capão Redondo", "Liberdade",
                                             "Penha de França", "Butantã"], 10),
    ("Guarulhos", "SP", "11", (7000, 7399), ["Centro", "Vila Galvão", "Bonsucesso"], 2),
    ("Santo André", "SP", "11", (9000, 9299), ["Vila Assunção", "Jardim Bela Vista"], 2),
    ("Osasco", "SP", "11", (6000, 6299), ["Presidente Altino", "Km 18"], 1),
    ("Campinas", "SP", "19", (13000, 13139), ["Cambuí", "Barão Geraldo", "Taquaral"], 2),
    ("Rio de Janeiro", "RJ", "21", (20000, 23799), ["Tijuca", "Copacabana", "Méier", "Botafogo"], 2),
    ("Niterói", "RJ", "21", (24000, 24399), ["Icaraí", "Santa Rosa"], 1),
    ("Belo Horizonte", "MG", "31", (30000, 31999), ["Savassi", "Pampulha", "Funcionários"], 1),
    ("Curitiba", "PR", "41", (80000, 82999), ["Batel", "Água Verde", "Boqueirão"], 1),
    ("Porto Alegre", "RS", "51", (90000, 91999), ["Moinhos de Vento", "Menino Deus"], 1),
    ("Salvador", "BA", "71", (40000, 42599), ["Barra", "Itapuã", "Pituba"], 1),
    ("Recife", "PE", "81", (50000, 52999), ["Boa Viagem", "Casa Amarela"], 1),
    ("Fortaleza", "CE", "85", (60000, 61599), ["Aldeota", "Messejana"], 1),
    ("Brasília", "DF", "61", (70000, 72799), ["Asa Sul", "Asa Norte", "Águas Claras"], 1),
    ("Manaus", "AM", "92", (69000, 69099), ["Adrianópolis", "Cidade Nova"], 1),
    ("Florianópolis", "SC", "48", (88000, 88099), ["Trindade", "Coqueiros"], 1),
]
STREETS = ["Rua das Palmeiras", "Rua Domingos de Morais", "Av. Sapopemba",
           "Rua Voluntários da Pátria", "Rua Barão de Jaguara", "Travessa São Bento",
           "Alameda dos Jurupis", "Rua Tiradentes", "Av. Getúlio Vargas", "Rua XV de Novembro",
           "Estrada do Campo Limpo", "Rua Padre Anchieta", "Av. Presidente Kennedy",
           "Rua Sete de Setembro", "Rua Marechal Deodoro", "Rua José Bonifácio",
           "Rua Conselheiro Crispiniano", "Av. Santo Amaro", "Rua Cel. Oscar Porto",
           "Rua Itapeva", "Rua dos Guaranis", "Rua Japurá", "Av. Brasil", "Rua Dr. Zuquim",
           "Rua Maria Antônia", "Rua Capitão Cavalcanti", "Rua Monte Alegre",
           "Rua Henrique Schaumann", "Rua Bela Cintra", "Rua Ipê Amarelo", "Rua Iguatemi",
           "Av. Jabaquara", "Rua Ouvidor Peleja", "Rua Cardeal Arcoverde"]
OPERADORAS = [("VALE VERDE SAUDE", REG_ANS, "VV")] + OTHER_OPS
ISP_FIRST = [177, 179, 186, 187, 189, 191, 200, 201, 138, 143, 152, 168, 170, 45]
CITY_W = [c[5] for c in CITIES]


class Pt:
    pass


def gen_phone(ddd):
    return ddd, "9" + str(random.randint(6, 9)) + dig(7)


def fph(ddd, num, style="br"):
    if len(num) == 9:
        a, b_ = num[:5], num[5:]
    else:
        a, b_ = num[:4], num[4:]
    if style == "br":
        return "(%s) %s-%s" % (ddd, a, b_)
    if style == "brc":
        return "(%s)%s-%s" % (ddd, a, b_)
    if style == "e164":
        return "+55%s%s" % (ddd, num)
    if style == "wa":
        return "55%s%s" % (ddd, num)
    if style == "intl":
        return "+55 %s %s-%s" % (ddd, a, b_)
    if style == "plain":
        return "%s%s" % (ddd, num)
    raise ValueError(style)


def gen_ip():
    while True:
        a = random.choice(ISP_FIRST)
        b_ = random.randint(0, 255)
        if a == 192 or (a == 172) or (a == 100):
            continue
        return "%d.%d.%d.%d" % (a, b_, random.randint(0, 255), random.randint(1, 254))


def gen_plate():
    L = "ABCDEFGHJKLMNOPRSTUVWXYZ"
    if random.random() < 0.7:
        return "%s%s%s%d%s%02d" % (random.choice(L), random.choice(L), random.choice(L),
                                   random.randint(0, 9), random.choice(L), random.randint(0, 99))
    return "%s%s%s-%04d" % (random.choice(L), random.choice(L), random.choice(L),
                            random.randint(0, 9999))


def gen_mac():
    oui = random.choice(["F4:5C:89", "00:1A:7D", "D8:A0:1D", "C8:DF:84", "5C:F2:86"])
    return oui + ":" + ":".join("%02X" % random.randrange(256) for _ in range(3))


def mk_patient(old=False):
    p = Pt()
    p.sex = random.choice("FM")
    fn = FN_F if p.sex == "F" else FN_M
    p.first = random.choice(fn)
    p.middle = random.choice(fn) if random.random() < 0.4 else None
    while p.middle == p.first:
        p.middle = random.choice(fn)
    sur = random.sample(SURN, 2 if random.random() < 0.65 else 1)
    p.last = sur[-1]
    parts = [p.first] + ([p.middle] if p.middle else [])
    if random.random() < 0.3 and sur[0] in PT_SURN:
        parts.append(PT_SURN[sur[0]])
    parts += sur
    p.full = " ".join(parts)
    p.upper = p.full.upper()
    p.hl7_family = ascii_up(" ".join(sur))
    p.hl7_given = ascii_up(p.first)
    p.hl7_middle = ascii_up(p.middle) if p.middle else ""
    if old:
        y = random.randint(1926, 1933)
    else:
        y = random.choice([random.randint(1940, 2005), random.randint(1940, 2005),
                           random.randint(2006, 2022)])
    p.dob = date(y, random.randint(1, 12), random.randint(1, 28))
    p.age = TODAY.year - p.dob.year - ((TODAY.month, TODAY.day) < (p.dob.month, p.dob.day))
    p.cpf = gen_cpf()
    p.rg = rg_sp()
    p.cns = gen_cns()
    op = random.choices(OPERADORAS, weights=[6, 2, 2, 1])[0]
    p.op = op
    if op[2] == "VV":
        p.cart = "0865" + dig(12)
        p.cart_f = " ".join(p.cart[i:i + 4] for i in range(0, 16, 4))
    elif op[2] == "AMPARO":
        p.cart = "0032" + dig(12) + str(random.randint(0, 9))
        p.cart_f = "%s %s %s %s" % (p.cart[0], p.cart[1:4], p.cart[4:16], p.cart[16])
    elif op[2] == "UNICOOP":
        p.cart = "UCM%08d%02d" % (random.randint(1, 99999999), random.randint(0, 4))
        p.cart_f = "UCM-%s-%s" % (p.cart[3:11], p.cart[11:])
    else:
        p.cart = "88888" + dig(10)
        p.cart_f = p.cart
    p.pront = str(random.randint(1000000, 3999999))
    p.cdpf = str(random.randint(100000, 999999))
    city = random.choices(CITIES, weights=CITY_W)[0]
    p.city, p.uf, p.ddd = city[0], city[1], city[2]
    p.bairro = random.choice(city[4])
    pre = random.randint(*city[3])
    suf = random.choice(["000", "010", "100", "%03d" % random.randint(0, 999), "%03d" % random.randint(0, 999)])
    p.cep = "%05d-%s" % (pre, suf)
    p.cep8 = p.cep.replace("-", "")
    p.street = random.choice(STREETS)
    p.num = str(random.randint(12, 3999))
    p.compl = random.choice([None, None, "apto %d" % random.randint(11, 184),
                             "casa %d" % random.randint(1, 4),
                             "bloco %s apto %d" % (random.choice("ABC"), random.randint(11, 94))])
    p.ddd, p.cel = gen_phone(p.ddd)
    p.fixo = random.choice("2345") + dig(7) if random.random() < 0.4 else None
    fa, la = ascii_low(p.first).replace("-", ""), ascii_low(p.last)
    yy = "%02d" % (p.dob.year % 100)
    p.email = random.choice([
        "%s.%s@gmail.com" % (fa, la), "%s%s%s@hotmail.com" % (fa, la, yy),
        "%s_%s@yahoo.com.br" % (fa, la), "%s%s@uol.com.br" % (fa[0], la),
        "%s.%s%s@outlook.com" % (fa, la, yy), "%s%s@bol.com.br" % (la, yy),
        "%s.%s@icloud.com" % (fa, la)])
    p.user = random.choice(["%s.%s%s" % (fa, la, yy), "%s%s" % (fa[0], la), "%s_%s" % (fa, yy)])
    p.ip = gen_ip()
    mf = random.choice(FN_F)
    p.mother = "%s %s" % (mf, random.choice(sur))
    cs = random.choice(["F", "M"])
    p.contact_rel = random.choice(["FILHA", "ESPOSA", "IRMÃ", "NETA", "MÃE"] if cs == "F"
                                  else ["FILHO", "MARIDO", "IRMÃO", "NETO", "PAI"])
    p.contact = "%s %s" % (random.choice(FN_F if cs == "F" else FN_M), random.choice(SURN))
    p.contact_ddd, p.contact_cel = gen_phone(p.ddd)
    p.contact_cpf = gen_cpf()
    cf, cl = ascii_low(p.contact.split()[0]), ascii_low(p.contact.split()[-1])
    p.contact_email = random.choice(["%s.%s@gmail.com" % (cf, cl), "%s%s@hotmail.com" % (cf[0], cl)])
    p.plate = gen_plate()
    p.nick = NICK.get(p.first, p.first)
    p.bank = (random.choice(["001", "237", "341", "104", "260", "077", "033"]),
              dig(4), "%s-%s" % (dig(random.choice([5, 6, 8])), random.randint(0, 9)))
    p.card = luhn_complete(random.choice(["4", "51", "53", "5502", "636368", "6062"]), 16)
    p.cnh = gen_cnh()
    p.glic_sn = random.choice(["GN", "JXB", "92"]) + dig(8)
    p.mac = gen_mac()
    p.imei = luhn_complete(random.choice(["35", "86", "35290611"]), 15)
    return p


PAT = [mk_patient(old=(i in (2, 11, 23, 31))) for i in range(44)]
OLD = [p for p in PAT if p.age >= 90]
assert len(OLD) >= 3


def pick():
    if random.random() < 0.55:
        return random.choice(PAT[:14])
    return random.choice(PAT)


def appt_date():
    return TODAY + timedelta(days=random.randint(1, 45))


def adm_date():
    return TODAY - timedelta(days=random.randint(0, 14))


def doc():
    return random.choice(DOCTORS)


TUSS = [("10101012", "CONSULTA EM CONSULTORIO (NO HORARIO NORMAL OU PREESTABELECIDO)", "145.90"),
        ("10101039", "CONSULTA EM PRONTO SOCORRO", "210.00"),
        ("40304361", "HEMOGRAMA COM CONTAGEM DE PLAQUETAS OU FRACOES", "12.50"),
        ("40301630", "CREATININA", "5.90"),
        ("40302318", "GLICOSE", "5.20"),
        ("40316491", "HORMONIO TIREOESTIMULANTE (TSH)", "28.40"),
        ("40302580", "POTASSIO", "6.10"),
        ("41001010", "TC - CRANIO OU SELA TURCICA OU ORBITAS", "412.30"),
        ("40901122", "US - ABDOME TOTAL", "168.00"),
        ("20104243", "TERAPIA INALATORIA - POR SESSAO", "23.70")]
SETORES = [("42", "UTI ADULTO"), ("17", "PRONTO SOCORRO"), ("23", "CLINICA MEDICA 5A"),
           ("31", "CENTRO CIRURGICO"), ("8", "MATERNIDADE"), ("55", "HOSPITAL DIA")]
ESPEC = ["cardiologista", "dermatologista", "ortopedista", "pediatra", "ginecologista",
         "endocrinologista", "clínico geral", "oftalmologista", "neurologista"]


def brl(v):
    s = "%.2f" % v
    i, d = s.split(".")
    i = "{:,}".format(int(i)).replace(",", ".")
    return "R$ %s,%s" % (i, d)


# --------------------------------------------------------------------------
# clock (log timestamps, never labeled)
# --------------------------------------------------------------------------
class Clock:
    def __init__(self):
        self.t = datetime(2024, 3, 12, 6, 2, 11, 120000, tzinfo=TZ)

    def tick(self, lo=2, hi=75):
        self.t += timedelta(seconds=random.randint(lo, hi), microseconds=random.randint(0, 999999))
        return self.t


CLK = Clock()


def ms(dt):
    return "%03d" % (dt.microsecond // 1000)


def ts_log4j(dt):
    return dt.strftime("%Y-%m-%d %H:%M:%S") + "," + ms(dt)


def ts_spring(dt):
    return dt.strftime("%Y-%m-%d %H:%M:%S") + "." + ms(dt)


def ts_isoz(dt):
    u = dt.astimezone(timezone.utc)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + "." + ms(u) + "Z"


def ts_iso_off(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + "." + ms(dt) + "-03:00"


def epoch_ms(dt):
    return int(dt.timestamp() * 1000)


def epoch_s(dt):
    return int(dt.timestamp())


def spring_prefix(dt, lvl, pid, thr, logger):
    return "%s %5s %d --- [%15s] %-40s : " % (ts_spring(dt), lvl, pid, thr[-15:], logger[-40:])


# --------------------------------------------------------------------------
# families
# --------------------------------------------------------------------------
def java_date(d):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return "%s %s %02d 00:00:00 BRT %d" % (days[d.weekday()], mons[d.month - 1], d.day, d.year)


TASY_THREADS = ["http-nio-8080-exec-%d", "ajp-nio-8009-exec-%d", "DefaultQuartzScheduler_Worker-%d",
                "pool-3-thread-%d", "JMS-HL7-Listener-%d"]


def tasy_thr():
    return random.choice(TASY_THREADS) % random.randint(1, 40)


def fam_tasy(phi):
    dt = CLK.tick()
    b = B("tasy-log4j")
    thr = tasy_thr()
    pre = lambda lvl, lg: "%s %-5s [%s] %s - " % (ts_log4j(dt), lvl, thr, lg)
    extra = []
    if phi:
        p = pick()
        k = random.choices(range(14), weights=[1] * 6 + [1.6] + [1] * 6 + [0.5])[0]
        if k == 13:
            b.t(pre("INFO", "br.com.hvv.his.recepcao.BiometriaService"))
            tpl = rand_b64(random.randint(150, 260), head=b"FMR\x00 20\x00\x00")
            b.x("Biometria digital capturada leitor=Hamster DX S/N H5K%s cd_pessoa_fisica=" % dig(7),
                P(p.cdpf, "mrn"), " dedo=INDICADOR_DIREITO qualidade=%d template=" % random.randint(60, 99),
                P(tpl, "biometric"))
        elif k == 0:
            b.t(pre("INFO", "br.com.hvv.his.cadastro.PessoaFisicaService"))
            b.x("Paciente localizado por CPF: nr_cpf=", P(p.cpf, "other_id"), ", cd_pessoa_fisica=",
                P(p.cdpf, "mrn"), ", nm_paciente=", P(p.upper, "name"), ", dt_nascimento=",
                P(dmy(p.dob), "date"))
        elif k == 1:
            b.t(pre("DEBUG", "br.com.hvv.his.cadastro.PessoaFisicaDAO"))
            b.x("update COMPL_PESSOA_FISICA params {cd_pessoa_fisica=", P(p.cdpf, "mrn"),
                ", ie_tipo_complemento=1, ds_endereco=", P(ascii_up(p.street), "address"),
                ", nr_endereco=", P(p.num, "address"))
            if p.compl:
                b.x(", ds_complemento=", P(p.compl.upper(), "address"))
            b.x(", ds_bairro=", P(p.bairro.upper(), "address"), ", ds_municipio=",
                P(p.city.upper(), "address"), ", sg_estado=", p.uf, ", cd_cep=", P(p.cep8, "zip"),
                ", nm_usuario=", random.choice(STAFF)[0], "}")
        elif k == 2:
            st = random.choice(SETORES)
            ent = dt - timedelta(minutes=random.randint(5, 1800))
            d = doc()
            b.t(pre("INFO", "br.com.hvv.his.internacao.InternacaoBean"))
            b.x("Internação gerada nr_atendimento=%d nr_prontuario=" % random.randint(3000000, 3999999),
                P(p.pront, "mrn"), " dt_entrada=", P(dmy(ent.date()), "date"),
                " %s cd_setor_atendimento=%s (%s) leito=%s-%02d cd_medico_resp=%s (%s %s CRM-%s %s)" % (
                    ent.strftime("%H:%M:00"), st[0], st[1],
                    st[1][:3], random.randint(1, 30), d[2], d[1], d[0], d[3], d[2]))
        elif k == 3:
            a = dt - timedelta(minutes=random.randint(5, 600))
            b.t(pre("INFO", "br.com.hvv.his.atendimento.AltaService"))
            b.x("Alta registrada nr_atendimento=%d nm_paciente=" % random.randint(3000000, 3999999),
                P(p.upper, "name"), " dt_alta=", P(dmy(a.date()), "date"),
                " %s ie_tipo_alta=1 ds_motivo_alta=ALTA MELHORADO" % a.strftime("%H:%M"))
        elif k == 4:
            b.t(pre("ERROR", "org.hibernate.engine.jdbc.spi.SqlExceptionHelper"))
            b.x("ORA-00001: restrição exclusiva (TASY.PESSOFI_UK2) violada - valores: nr_cpf='",
                P(p.cpf, "other_id"), "', nm_pessoa_fisica='", P(p.upper, "name"), "'")
            extra = ["\tat oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:494)",
                     "\tat org.hibernate.engine.jdbc.internal.ResultSetReturnImpl.executeUpdate(ResultSetReturnImpl.java:197)",
                     "\tat br.com.hvv.his.cadastro.PessoaFisicaDAO.inserir(PessoaFisicaDAO.java:%d)" % random.randint(100, 400),
                     "\t... 47 more"]
        elif k == 5:
            b.t(pre("INFO", "br.com.hvv.his.cadastro.ContatoPessoaService"))
            b.x("Contato de emergência incluído cd_pessoa_fisica=", P(p.cdpf, "mrn"), " nm_contato=",
                P(p.contact.upper(), "name"), " ds_parentesco=", p.contact_rel, " nr_telefone=",
                P(fph(p.contact_ddd, p.contact_cel), "phone"))
        elif k == 6:
            if OLD and random.random() < 0.8:
                p = random.choice(OLD)
            b.t(pre("INFO", "br.com.hvv.his.triagem.PrioridadeRule"))
            b.t("Regra de prioridade aplicada (Estatuto da Pessoa Idosa, 80+) cd_pessoa_fisica=")
            b.p(p.cdpf, "mrn")
            b.t(" qt_idade=")
            b.p(str(p.age), "age" if p.age >= 90 else None)
            b.t(" ie_classif_risco=%s fila=TRIAGEM_PA" % random.choice(["AMARELO", "VERDE", "LARANJA"]))
        elif k == 7:
            d = doc()
            ob = dt - timedelta(minutes=random.randint(15, 1500))
            b.t(pre("WARN", "br.com.hvv.his.atendimento.ObitoService"))
            b.x("Óbito registrado nr_prontuario=", P(p.pront, "mrn"), " dt_obito=",
                P(dmy(ob.date()), "date"),
                " %s cd_doenca_cid=%s declarante=%s %s CRM-%s %s - notificar SVO" % (
                    ob.strftime("%H:%M"),
                    random.choice(["I21.9", "J18.9", "C34.9", "A41.9"]), d[1], d[0], d[3], d[2]))
        elif k == 8:
            b.t(pre("DEBUG", "br.com.hvv.his.cadastro.PessoaFisicaService"))
            b.x("Entidade carregada: PessoaFisica[cdPessoaFisica=", P(p.cdpf, "mrn"), ", nmPessoaFisica=",
                P(p.upper, "name"), ", dtNascimento=", P(java_date(p.dob), "date"), ", nrCpf=",
                P(p.cpf, "other_id"), ", nrCartaoNacSus=", P(p.cns, "health_plan"),
                ", nrTelefoneCelular=", P(fph(p.ddd, p.cel, "plain"), "phone"), ", ieSexo=", p.sex, "]")
        elif k == 9:
            b.t(pre("INFO", "br.com.hvv.his.convenio.ElegibilidadeService"))
            b.x("Elegibilidade consultada cd_convenio=%d (%s) cd_usuario_convenio=" % (
                random.randint(10, 90), p.op[0]), P(p.cart, "health_plan"), " nm_paciente=",
                P(p.upper, "name"), " resultado=ELEGIVEL protocolo=%s tempo=%dms" % (
                    "2024031" + dig(9), random.randint(80, 900)))
        elif k == 10:
            b.t(pre("INFO", "br.com.hvv.his.faturamento.ResponsavelFinanceiroService"))
            b.x("Responsável financeiro vinculado ao prontuário ", P(p.pront, "mrn"),
                ": nm_responsavel=", P(p.contact.upper(), "name"), ", nr_cpf_responsavel=",
                P(fcpf(p.contact_cpf), "other_id"), ", ds_email=", P(p.contact_email, "email"))
        elif k == 11:
            b.t(pre("DEBUG", "br.com.hvv.his.cadastro.PessoaFisicaDAO"))
            b.x("Binding parameters [1:", P(p.cdpf, "mrn"), "] [2:", P(p.upper, "name"),
                "] [3:", P(iso(p.dob), "date"), " 00:00:00.0] [4:", P(p.mother.upper(), "name"),
                "] [5:", p.sex, "]")
        else:
            b.t(pre("INFO", "br.com.hvv.his.agenda.AgendaConsultaService"))
            d = doc()
            ad = appt_date()
            b.x("Agendamento confirmado nr_seq_agenda=%d cd_agenda=%d (%s) paciente=" % (
                random.randint(9000000, 9999999), random.randint(100, 300), d[0].upper()),
                P(p.upper, "name"), " prontuario=", P(p.pront, "mrn"), " dt_agenda=",
                P(dmy(ad), "date"), " %02d:%s" % (random.randint(7, 18), random.choice(["00", "20", "40"])))
    else:
        k = random.randrange(14)
        d = doc()
        if k == 0:
            b.t(pre("INFO", "com.zaxxer.hikari.pool.HikariPool"))
            a = random.randint(3, 40)
            b.t("TasyPool - Pool stats (total=50, active=%d, idle=%d, waiting=0)" % (a, 50 - a))
        elif k == 1:
            b.t(pre("INFO", "br.com.hvv.his.integracao.tiss.TissExportJob"))
            b.t("Lote TISS %06d gerado: qt_guias=%d vl_total=%s cd_convenio=47 (VALE VERDE SAUDE) registro_ans=%s" % (
                random.randint(400, 480), random.randint(20, 200), brl(random.uniform(2000, 90000)), REG_ANS))
        elif k == 2:
            b.t(pre("INFO", "br.com.hvv.his.prescricao.PrescricaoService"))
            b.t("Prescrição %d liberada por %s %s CRM-%s %s nr_atendimento=%d itens=%d" % (
                random.randint(8800000, 8899999), d[1], d[0], d[3], d[2], random.randint(3000000, 3999999),
                random.randint(2, 19)))
        elif k == 3:
            u = random.choice(STAFF)
            b.t(pre("INFO", "br.com.hvv.his.seguranca.LoginService"))
            b.t("Usuário %s (%s) autenticado estabelecimento=%d ip=10.20.%d.%d" % (
                u[0], u[1], random.randint(1, 4), random.randint(1, 9), random.randint(2, 250)))
        elif k == 4:
            b.t(pre("INFO", "br.com.hvv.his.agenda.GeracaoAgendaJob"))
            b.t("Agenda %d (%s - %s %s) gerada para 01/04/2024 a 30/04/2024: %d horários" % (
                random.randint(100, 300), random.choice(["CARDIOLOGIA", "ORTOPEDIA", "PEDIATRIA"]),
                d[1], d[0], random.randint(120, 400)))
        elif k == 5:
            b.t(pre("INFO", "br.com.hvv.his.rest.RequestLoggingFilter"))
            b.t("GET /his/api/v1/atendimentos/%d/prescricoes status=200 tempo=%dms user=%s" % (
                random.randint(3000000, 3999999), random.randint(20, 900), random.choice(STAFF)[0]))
        elif k == 6:
            t = random.choice(TUSS)
            b.t(pre("DEBUG", "br.com.hvv.his.faturamento.ValorizacaoService"))
            b.t("Procedimento TUSS %s (%s) valorizado %s tabela=CBHPM 5a edicao porte=%s" % (
                t[0], t[1][:30], brl(float(t[2])), random.choice(["1A", "2B", "3C"])))
        elif k == 7:
            b.t(pre("WARN", "br.com.hvv.his.faturamento.GlosaService"))
            b.t("Regra de glosa %d aplicada guia %s - valor glosado %s (motivo: VALOR APRESENTADO A MAIOR)" % (
                random.choice([1705, 1801, 2505, 1009]), "2024031" + dig(9), brl(random.uniform(10, 900))))
        elif k == 8:
            b.t(pre("WARN", "br.com.hvv.his.integracao.hl7.HL7QueueMonitor"))
            b.t("Fila HL7 ORU^R01 com %d mensagens pendentes (limite 50) broker=tcp://10.20.5.14:61616" % random.randint(20, 60))
        elif k == 9:
            b.t(pre("INFO", "br.com.hvv.his.ccih.IndicadoresJob"))
            b.t("Job CALCULAR_INDICADORES_CCIH finalizado em 00:0%d:%02d registros=%d" % (
                random.randint(1, 9), random.randint(0, 59), random.randint(1000, 9000)))
        elif k == 10:
            b.t(pre("INFO", "br.com.hvv.his.fiscal.NfseService"))
            b.t("NFS-e %09d emitida CNPJ prestador %s (HOSPITAL VALE VERDE LTDA) tomador CNPJ %s valor %s" % (
                random.randint(45000, 46000), fcnpj(HOSP_CNPJ), fcnpj(OPER_CNPJ), brl(random.uniform(500, 50000))))
        elif k == 11:
            b.t(pre("ERROR", "br.com.hvv.his.integracao.ws.BarramentoClient"))
            b.t("Timeout ao chamar http://barramento.hvv.local:8280/services/ElegibilidadeProxy após 30000ms (tentativa %d/3)" % random.randint(1, 3))
            extra = ["java.net.SocketTimeoutException: Read timed out",
                     "\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)",
                     "\tat br.com.hvv.his.integracao.ws.BarramentoClient.post(BarramentoClient.java:%d)" % random.randint(60, 200)]
        elif k == 12:
            b.t(pre("INFO", "br.com.hvv.his.triagem.PrioridadeRule"))
            b.t("Classificação de risco Manchester recalculada: fila=TRIAGEM_PA aguardando=%d tempo_medio=%dmin" % (
                random.randint(3, 40), random.randint(5, 90)))
        else:
            b.t(pre("INFO", "br.com.hvv.his.suprimentos.DispensacaoService"))
            b.t("Dispensação lote=%s material=%d (DIPIRONA SODICA 500MG/ML AMP 2ML) qt=%d setor=%s farmacêutico=%s" % (
                "L" + dig(6), random.randint(10000, 99999), random.randint(1, 30), random.choice(SETORES)[1],
                random.choice(BIOMED)[0]))
    out = [b.done()]
    for e in extra:
        out.append(B("tasy-log4j").t(e).done())
    return out


def fam_plsql(phi):
    dt = CLK.tick()
    b = B("oracle-plsql")
    out = []
    if phi:
        p = pick()
        k = random.randrange(6)
        if k == 0:
            b.x("ORA-20011: Já existe pessoa física cadastrada com o CPF ", P(fcpf(p.cpf), "other_id"),
                " (cd_pessoa_fisica ", P(p.cdpf, "mrn"), "). #@#@")
            out.append(b.done())
            out.append(B("oracle-plsql").t('ORA-06512: em "TASY.CONSISTIR_PESSOA_FISICA", line %d' % random.randint(100, 400)).done())
            out.append(B("oracle-plsql").t('ORA-06512: em "TASY.PESSOA_FISICA_TP", line %d' % random.randint(5, 60)).done())
            return out
        if k == 1:
            u = random.choice(STAFF)
            n2 = gen_phone(p.ddd)
            b.x("[%s] PESSOA_FISICA_ATUAL: cd_pessoa_fisica=" % dt.strftime("%d/%m/%Y %H:%M:%S"),
                P(p.cdpf, "mrn"), " nr_telefone_celular alterado de '", P(fph(p.ddd, p.cel, "brc"), "phone"),
                "' para '", P(fph(n2[0], n2[1], "brc"), "phone"), "' por %s" % u[0])
        elif k == 2:
            b.x("%d|%s|tasy_integracao|CPF inválido retornado pelo barramento: " % (
                random.randint(1500000, 1600000), dt.strftime("%d/%m/%Y %H:%M:%S")),
                P(fcpf(p.cpf), "other_id"), " - nm_pessoa=", P(p.upper, "name"), " - ds_origem=AGENDA_WEB")
        elif k == 3:
            b.x("cd_pessoa_fisica: ", P(p.cdpf, "mrn"), " | nm_pessoa_fisica: ", P(p.upper, "name"),
                " | dt_nascimento: ", P(dmy(p.dob), "date"), " | nr_prontuario: ", P(p.pront, "mrn"),
                " | nr_cartao_nac_sus: ", P(p.cns, "health_plan"))
        elif k == 4:
            fax = p.fixo or (random.choice("2345") + dig(7))
            faxn = fax[:-1] + str((int(fax[-1]) + 1) % 10)
            b.x("COMPL_PESSOA_FISICA inserido: cd_pessoa_fisica=", P(p.cdpf, "mrn"),
                " ie_tipo_complemento=2 (COMERCIAL) nr_telefone=", P(fph(p.ddd, fax), "phone"),
                " nr_fax=", P(fph(p.ddd, faxn), "fax"), " ds_email=", P(p.email, "email"))
        else:
            rows = random.sample(PAT, random.randint(1, 3))
            out.append(B("oracle-plsql").t("CD_PESSOA_FISICA NM_PESSOA_FISICA                         DT_NASCI NR_CPF").done())
            out.append(B("oracle-plsql").t("---------------- ---------------------------------------- -------- -----------").done())
            for r in rows:
                bb = B("oracle-plsql")
                nm = r.upper[:40]
                bb.t(" " * (16 - len(r.cdpf))).p(r.cdpf, "mrn").t(" ").p(nm, "name").t(" " * (40 - len(nm)) + " ")
                bb.p(r.dob.strftime("%d/%m/%y"), "date").t(" ").p(r.cpf, "other_id")
                out.append(bb.done())
            out.append(B("oracle-plsql").t("%d linha%s selecionada%s." % (len(rows), "s" if len(rows) > 1 else "", "s" if len(rows) > 1 else "")).done())
            return out
        out.append(b.done())
        return out
    k = random.randrange(8)
    if k == 0:
        b.t(random.choice(["Procedimento PL/SQL concluído com sucesso.", "PL/SQL procedure successfully completed."]))
    elif k == 1:
        b.t("Decorrido: 00:00:%02d.%02d" % (random.randint(0, 59), random.randint(0, 99)))
    elif k == 2:
        out.append(B("oracle-plsql").t('ORA-04061: o estado existente de package body "TASY.TISS_GERAR_XML" foi invalidado').done())
        b.t('ORA-06512: em "TASY.TISS_GERAR_LOTE_P", line %d' % random.randint(30, 900))
    elif k == 3:
        out.append(B("oracle-plsql").t("ORA-01403: dados não encontrados").done())
        b.t('ORA-06512: em "TASY.OBTER_VALOR_PROC_TUSS", line %d' % random.randint(30, 200))
    elif k == 4:
        b.t("Job GERAR_LOTE_TISS_P (JOB#%d) executado em %s duração 00:%02d:%02d status=SUCCEEDED" % (
            random.randint(4000, 4999), dt.strftime("%d/%m/%Y 02:00:00"), random.randint(1, 40), random.randint(0, 59)))
    elif k == 5:
        b.t("%s" % ts_iso_off(dt).replace("-03:00", "000-03:00"))
        out.append(b.done())
        b = B("oracle-plsql").t("Thread 1 advanced to log sequence %d (LGWR switch)" % random.randint(48000, 49000))
    elif k == 6:
        b.t("  Current log# %d seq# %d mem# 0: +REDO/TASYPRD/ONLINELOG/group_%d.%d.%d" % (
            random.randint(1, 4), random.randint(48000, 49000), random.randint(1, 4), random.randint(200, 300), random.randint(1098000000, 1099000000)))
    else:
        b.t("[%s] CALCULAR_REPASSE_MEDICO_P competencia=03/2024 cd_medico=%s qt_itens=%d vl_repasse=%.2f" % (
            dt.strftime("%d/%m/%Y %H:%M:%S"), doc()[2], random.randint(10, 300), random.uniform(1000, 40000)))
    out.append(b.done())
    return out


def fam_tiss(phi):
    dt = CLK.tick()
    b = B("tiss-xml")
    lg = random.choice(["b.c.h.tiss.ws.TissSoapClient", "b.c.h.tiss.ws.TissLoteService",
                        "b.c.h.tiss.elegibilidade.ElegibilidadeClient"])
    thr = "nio-8443-exec-%d" % random.randint(1, 9)
    b.t(spring_prefix(dt, "DEBUG" if phi else random.choice(["INFO", "DEBUG"]), 4512, thr, lg))
    if phi:
        p = pick()
        d = doc()
        k = random.randrange(6)
        if k == 0:
            b.t("Request solicitacaoElegibilidade: ")
            b.t("<ans:solicitacaoElegibilidade><ans:dadosPrestador><ans:codigoPrestadorNaOperadora>100234</ans:codigoPrestadorNaOperadora></ans:dadosPrestador>")
            xe(b, "numeroCarteira", P(p.cart, "health_plan"))
            xe(b, "beneficiarioRN", "N")
            xe(b, "nomeBeneficiario", P(ascii_up(p.full), "name"))
            xe(b, "numeroCNS", P(p.cns, "health_plan"))
            b.t("</ans:solicitacaoElegibilidade>")
        elif k == 1:
            t = TUSS[0] if random.random() < 0.7 else TUSS[1]
            b.t("Envio guiaConsulta: <ans:guiaConsulta><ans:cabecalhoConsulta>")
            xe(b, "registroANS", REG_ANS)
            xe(b, "numeroGuiaPrestador", "2024031" + dig(9))
            b.t("</ans:cabecalhoConsulta>")
            xe(b, "numeroGuiaOperadora", dig(12))
            b.t("<ans:dadosBeneficiario>")
            xe(b, "numeroCarteira", P(p.cart, "health_plan"))
            xe(b, "atendimentoRN", "N")
            xe(b, "nomeBeneficiario", P(ascii_up(p.full), "name"))
            b.t("</ans:dadosBeneficiario><ans:contratadoExecutante>")
            xe(b, "cnpjContratado", HOSP_CNPJ)
            xe(b, "nomeContratado", "HOSPITAL VALE VERDE LTDA")
            xe(b, "CNES", "2078015")
            b.t("</ans:contratadoExecutante><ans:profissionalExecutante>")
            xe(b, "nomeProfissional", ascii_up(d[0]))
            xe(b, "conselhoProfissional", "06")
            xe(b, "numeroConselhoProfissional", d[2])
            xe(b, "UF", d[4])
            xe(b, "CBOS", d[5])
            b.t("</ans:profissionalExecutante><ans:indicacaoAcidente>9</ans:indicacaoAcidente><ans:dadosAtendimento>")
            xe(b, "dataAtendimento", P(iso(adm_date()), "date"))
            xe(b, "tipoConsulta", "1")
            b.t("<ans:procedimento>")
            xe(b, "codigoTabela", "22")
            xe(b, "codigoProcedimento", t[0])
            xe(b, "valorProcedimento", t[2])
            b.t("</ans:procedimento></ans:dadosAtendimento></ans:guiaConsulta>")
        elif k == 2:
            t = random.choice(TUSS[2:])
            q = random.randint(1, 2)
            b.t("procedimentoExecutado guia %s: <ans:procedimentoExecutado>" % ("2024031" + dig(9)))
            xe(b, "sequencialItem", str(random.randint(1, 9)))
            xe(b, "dataExecucao", P(iso(adm_date()), "date"))
            xe(b, "horaInicial", "%02d:%02d:00" % (random.randint(6, 22), random.randint(0, 59)))
            b.t("<ans:procedimento>")
            xe(b, "codigoTabela", "22")
            xe(b, "codigoProcedimento", t[0])
            xe(b, "descricaoProcedimento", t[1])
            b.t("</ans:procedimento>")
            xe(b, "quantidadeExecutada", str(q))
            xe(b, "reducaoAcrescimo", "1.00")
            xe(b, "valorUnitario", t[2])
            xe(b, "valorTotal", "%.2f" % (float(t[2]) * q))
            b.t("</ans:procedimentoExecutado> beneficiario=")
            b.p(p.cart, "health_plan")
        elif k == 3:
            b.t("Response respostaElegibilidade: <ans:respostaElegibilidade><ans:reciboElegibilidade>")
            xe(b, "registroANS", p.op[1])
            b.t("<ans:dadosPrestador><ans:cnpjContratado>%s</ans:cnpjContratado></ans:dadosPrestador>" % HOSP_CNPJ)
            xe(b, "numeroCarteira", P(p.cart, "health_plan"))
            xe(b, "nomeBeneficiario", P(ascii_up(p.full), "name"))
            xe(b, "numeroCNS", P(p.cns, "health_plan"))
            xe(b, "respostaSolicitacao", "S")
            b.t("</ans:reciboElegibilidade></ans:respostaElegibilidade>")
        elif k == 4:
            b.x("Operadora %s retornou mensagem 1001 - NUMERO DA CARTEIRA INVALIDO para numeroCarteira=" % p.op[1],
                P(p.cart, "health_plan"), " (guia %s, lote %06d)" % ("2024031" + dig(9), random.randint(400, 480)))
        else:
            b.t("Envio resumo internacao: <ans:dadosBeneficiario>")
            xe(b, "numeroCarteira", P(p.cart, "health_plan"))
            xe(b, "atendimentoRN", "N")
            xe(b, "nomeBeneficiario", P(ascii_up(p.full), "name"))
            xe(b, "numeroCNS", P(p.cns, "health_plan"))
            a = adm_date()
            b.t("</ans:dadosBeneficiario><ans:dadosInternacao><ans:caraterAtendimento>2</ans:caraterAtendimento><ans:tipoFaturamento>4</ans:tipoFaturamento>")
            xe(b, "dataInicioFaturamento", P(iso(a), "date"))
            xe(b, "horaInicioFaturamento", "%02d:%02d:00" % (random.randint(0, 23), random.randint(0, 59)))
            xe(b, "dataFinalFaturamento", P(iso(a + timedelta(days=random.randint(1, 6))), "date"))
            b.t("<ans:tipoInternacao>1</ans:tipoInternacao><ans:regimeInternacao>1</ans:regimeInternacao></ans:dadosInternacao>")
        return [b.done()]
    k = random.randrange(6)
    if k == 0:
        b.t("<ans:cabecalho><ans:identificacaoTransacao><ans:tipoTransacao>ENVIO_LOTE_GUIAS</ans:tipoTransacao>")
        xe(b, "sequencialTransacao", str(random.randint(100000, 999999)))
        xe(b, "dataRegistroTransacao", iso(dt.date()))
        xe(b, "horaRegistroTransacao", dt.strftime("%H:%M:%S"))
        b.t("</ans:identificacaoTransacao><ans:origem><ans:identificacaoPrestador><ans:CNPJ>%s</ans:CNPJ></ans:identificacaoPrestador></ans:origem>" % HOSP_CNPJ)
        b.t("<ans:destino><ans:registroANS>%s</ans:registroANS></ans:destino><ans:Padrao>4.01.00</ans:Padrao></ans:cabecalho>" % REG_ANS)
    elif k == 1:
        b.t("<ans:protocoloRecebimento>")
        xe(b, "registroANS", REG_ANS)
        xe(b, "numeroLote", "%06d" % random.randint(400, 480))
        xe(b, "dataEnvioLote", iso(dt.date()))
        xe(b, "numeroProtocolo", "2024031" + dig(9))
        xe(b, "valorTotalProtocolo", "%.2f" % random.uniform(1000, 90000))
        b.t("</ans:protocoloRecebimento>")
    elif k == 2:
        b.t("<ans:guiaGlosa>")
        xe(b, "numeroGuiaPrestador", "2024031" + dig(9))
        b.t("<ans:motivoGlosa>")
        c = random.choice([("1705", "VALOR APRESENTADO A MAIOR"), ("1801", "PROCEDIMENTO INVALIDO"),
                           ("2505", "COBRANCA DE MATERIAL NAO AUTORIZADO")])
        xe(b, "codigoGlosa", c[0])
        xe(b, "descricaoGlosa", c[1])
        b.t("</ans:motivoGlosa>")
        xe(b, "valorGlosa", "%.2f" % random.uniform(5, 900))
        b.t("</ans:guiaGlosa>")
    elif k == 3:
        b.t("Lote %06d validado contra schema tissV4_01_00.xsd em %dms (%d guias) hash=%s" % (
            random.randint(400, 480), random.randint(50, 900), random.randint(10, 200), hexs(32)))
    elif k == 4:
        b.t("<ans:epilogo><ans:hash>%s</ans:hash></ans:epilogo>" % hexs(32))
    else:
        b.t("POST https://tiss.valeverdesaude.com.br/tiss/v4_01_00/tissLoteGuias HTTP 200 tempo=%dms bytes=%d" % (
            random.randint(100, 4000), random.randint(2000, 900000)))
    return [b.done()]


def wa_text_msg(p, mode):
    """Return (profile_name pieces, body T) for an inbound WhatsApp message."""
    d = doc()
    k = random.choices(range(9), weights=[1.2, 1.3, 1, 1, 1, 1.2, 1, 1, 0.8])[0]
    ad = appt_date()
    if k == 0:
        body = T(["Olá, gostaria de agendar uma consulta com %s. Meu nome é " % random.choice(ESPEC),
                  P(p.full, "name"), " e meu CPF é ", P(fcpf(p.cpf), "other_id")])
    elif k == 1:
        o = random.choice(OLD) if OLD else p
        body = T(["Bom dia! Preciso remarcar o exame da minha mãe, ", P(o.full, "name"), ", ela tem ",
                  P(str(o.age), "age"), " anos e não consegue ir na terça. Carteirinha dela: ",
                  P(o.cart_f, "health_plan")])
    elif k == 2:
        body = T(["Minha data de nascimento é ", P(dmy(p.dob), "date")])
    elif k == 3:
        body = T([P(p.cpf if random.random() < 0.5 else fcpf(p.cpf), "other_id")])
    elif k == 4:
        body = T(["Confirmo a consulta do dia ", P(dmy(ad), "date"), " às %dh%s com %s %s" % (
            random.randint(8, 18), random.choice(["", "30"]), d[1], d[0].split()[0])])
    elif k == 5:
        body = T(["moro na ", P("%s, %s" % (p.street, p.num), "address"), " - ", P(p.bairro, "address"),
                  ", ", P(p.city, "address"), " cep ", P(p.cep, "zip"), " pode mandar o resultado por correio?"])
    elif k == 6:
        body = T(["meu email é ", P(p.email, "email"), " pra receber o laudo"])
    elif k == 7:
        body = T(["Oi, o número da minha carteirinha é ", P(p.cart_f, "health_plan"), " e o cartão SUS ",
                  P(fcns(p.cns), "health_plan")])
    else:
        body = T(["Qual o endereço da unidade Paulista? E precisa de pedido médico pra fazer hemograma?"])
    return body


def wa_profile(p):
    r = random.random()
    if r < 0.4:
        nm = "%s %s" % (p.first, p.last)
    elif r < 0.7:
        nm = p.nick
    else:
        nm = p.full
    suffix = (" " + random.choice(EMOJI)) if random.random() < 0.3 else ""
    return T([P(nm, "name"), suffix]) if suffix else P(nm, "name")


def wamid():
    return "wamid.HBgN" + rand_b64(30).rstrip("=").replace("+", "A").replace("/", "B")[:40]


def fam_whatsapp(phi):
    dt = CLK.tick()
    b = B("whatsapp-webhook")
    mode = random.choice(["raw", "meta", "meta"])
    if phi:
        p = pick()
        wa = fph(p.ddd, p.cel, "wa")
        k = random.randrange(10)
        if k <= 5:
            b.t("%s info: [webhook] POST /webhooks/whatsapp payload=" % ts_isoz(dt))
            msg = {"from": P(wa, "phone"), "id": wamid(), "timestamp": str(epoch_s(dt))}
            if k == 5:
                msg["type"] = "interactive"
                msg["interactive"] = {"type": "button_reply", "button_reply": {
                    "id": random.choice(["confirmar_consulta", "remarcar", "cancelar"]),
                    "title": random.choice(["Confirmar", "Remarcar", "Cancelar"])}}
            else:
                msg["text"] = {"body": wa_text_msg(p, mode)}
                msg["type"] = "text"
            obj = {"object": "whatsapp_business_account", "entry": [{"id": WABA_ID, "changes": [{"value": {
                "messaging_product": "whatsapp",
                "metadata": {"display_phone_number": HOSP_WA, "phone_number_id": PHONE_NUMBER_ID},
                "contacts": [{"profile": {"name": wa_profile(p)}, "wa_id": P(wa, "phone")}],
                "messages": [msg]}, "field": "messages"}]}]}
            js(b, obj, mode)
        elif k <= 7:
            b.t("%s info: [webhook] POST /webhooks/whatsapp payload=" % ts_isoz(dt))
            st = random.choice(["sent", "delivered", "read"])
            s = {"id": wamid(), "status": st, "timestamp": str(epoch_s(dt)), "recipient_id": P(wa, "phone")}
            if st == "sent":
                s["conversation"] = {"id": hexs(32), "expiration_timestamp": str(epoch_s(dt) + 86400),
                                     "origin": {"type": "utility"}}
                s["pricing"] = {"billable": True, "pricing_model": "CBP", "category": "utility"}
            obj = {"object": "whatsapp_business_account", "entry": [{"id": WABA_ID, "changes": [{"value": {
                "messaging_product": "whatsapp",
                "metadata": {"display_phone_number": HOSP_WA, "phone_number_id": PHONE_NUMBER_ID},
                "statuses": [s]}, "field": "messages"}]}]}
            js(b, obj, mode)
        else:
            d = doc()
            ad = appt_date()
            b.t("%s info: [graph] POST https://graph.facebook.com/v18.0/%s/messages body=" % (ts_isoz(dt), PHONE_NUMBER_ID))
            obj = {"messaging_product": "whatsapp", "recipient_type": "individual", "to": P(wa, "phone"),
                   "type": "template", "template": {"name": "lembrete_consulta_v3", "language": {"code": "pt_BR"},
                                                    "components": [{"type": "body", "parameters": [
                                                        {"type": "text", "text": P(p.first, "name")},
                                                        {"type": "text", "text": P(dmy(ad), "date")},
                                                        {"type": "text", "text": "%02d:%s" % (random.randint(7, 18), random.choice(["00", "30"]))},
                                                        {"type": "text", "text": "%s %s" % (d[1], d[0])},
                                                        {"type": "text", "text": "Unidade Paulista - Av. Paulista, 2200"}]}]}}
            js(b, obj, "raw")
        return [b.done()]
    k = random.randrange(6)
    if k == 0:
        b.t("%s info: [graph] POST https://graph.facebook.com/v18.0/%s/messages 200 %dms" % (
            ts_isoz(dt), PHONE_NUMBER_ID, random.randint(90, 900)))
    elif k == 1:
        b.t("%s info: [webhook] GET /webhooks/whatsapp?hub.mode=subscribe&hub.challenge=%d&hub.verify_token=*** 200" % (
            ts_isoz(dt), random.randint(100000000, 999999999)))
    elif k == 2:
        b.t("%s warn: [graph] erro ao enviar template lembrete_consulta_v3: " % ts_isoz(dt))
        js(b, {"error": {"message": "(#131047) Re-engagement message", "type": "OAuthException", "code": 131047,
                         "error_data": {"messaging_product": "whatsapp",
                                        "details": "Message failed to send because more than 24 hours have passed since the customer last replied to this number."},
                         "fbtrace_id": rand_b64(15).replace("+", "A").replace("/", "B")[:20]}})
    elif k == 3:
        b.t("%s info: [templates] sincronizados 14 templates (APPROVED=12, PENDING=1, REJECTED=1) waba=%s" % (ts_isoz(dt), WABA_ID))
    elif k == 4:
        b.t("%s warn: [graph] rate limit atingido: 80 msg/s phone_number_id=%s retry-after=2s" % (ts_isoz(dt), PHONE_NUMBER_ID))
    else:
        b.t("%s info: [webhook] assinatura X-Hub-Signature-256 válida sha256=%s" % (ts_isoz(dt), hexs(64)))
    return [b.done()]


def fam_pino(phi):
    dt = CLK.tick(1, 20)
    b = B("chatbot-pino")
    base = {"level": 30, "time": epoch_ms(dt), "pid": 1, "hostname": "chatbot-agenda-6f7c9d%s-%s" % (hexs(3), hexs(5)),
            "sessao": hexs(24)}
    if phi:
        p = pick()
        k = random.choices(range(7), weights=[1, 1, 1, 1, 1, 1.6, 1.4])[0]
        if k == 6:
            url = "https://app.valeverde.com.br/p/%s" % p.user
            base.update({"etapa": "ENVIO_LINK", "waId": P(fph(p.ddd, p.cel, "wa"), "phone"),
                         "link": P(url, "url"), "msg": "link do perfil do paciente enviado"})
        elif k == 0:
            base.update({"etapa": "IDENTIFICACAO", "waId": P(fph(p.ddd, p.cel, "wa"), "phone"),
                         "cpf": P(p.cpf, "other_id"), "msg": "CPF validado e paciente encontrado no HIS"})
        elif k == 1:
            ad = appt_date()
            base.update({"etapa": "CONFIRMAR_HORARIO", "paciente": {"nome": P(p.full, "name"),
                                                                   "prontuario": P(p.pront, "mrn")},
                         "slot": T([P(iso(ad), "date"), "T%02d:%s:00-03:00" % (random.randint(7, 18), random.choice(["00", "20", "40"]))]),
                         "especialidade": random.choice(ESPEC).upper(), "msg": "horário reservado (hold 10min)"})
        elif k == 2:
            base.update({"level": 40, "etapa": "IDENTIFICACAO", "waId": P(fph(p.ddd, p.cel, "wa"), "phone"),
                         "entrada": T([P(dmy(p.dob), "date")]), "tentativa": random.randint(2, 3),
                         "msg": "data de nascimento não confere com cadastro"})
        elif k == 3:
            base.update({"etapa": "CARTEIRINHA", "operadora": p.op[0], "carteirinha": P(p.cart, "health_plan"),
                         "elegivel": True, "msg": "elegibilidade ok"})
        elif k == 4:
            base.update({"etapa": "HANDOFF", "waId": P(fph(p.ddd, p.cel, "wa"), "phone"),
                         "nome": P(p.nick, "name"), "fila": "CENTRAL_AGENDAMENTO", "msg": "transferido para atendente humano"})
        else:
            o = random.choice(OLD)
            base.update({"etapa": "TRIAGEM", "paciente": {"nome": P(o.full, "name"), "idade": P(o.age, "age")},
                         "prioridade": "IDOSO_80_MAIS", "msg": "prioridade legal aplicada"})
    else:
        k = random.randrange(7)
        if k == 0:
            base.update({"etapa": "LISTAR_HORARIOS", "especialidade": random.choice(ESPEC).upper(),
                         "unidade": random.choice(["PAULISTA", "MORUMBI", "CAMPINAS"]), "qtd": random.randint(0, 30),
                         "msg": "slots disponíveis carregados"})
        elif k == 1:
            base.update({"level": 30, "etapa": "FIM", "msg": "sessão expirada por inatividade (15 min)"})
        elif k == 2:
            base.update({"req": {"method": "GET", "url": "/his/api/v1/agendas/%d/horarios?data=%s" % (
                random.randint(100, 300), iso(TODAY + timedelta(days=random.randint(1, 30)))), "hostname": "his-api.hvv.svc:8080"},
                "responseTime": random.randint(40, 900), "statusCode": 200, "msg": "request completed"})
        elif k == 3:
            base.update({"level": 50, "err": {"type": "AxiosError", "message": "timeout of 5000ms exceeded",
                                              "code": "ECONNABORTED"}, "msg": "falha ao consultar agenda no HIS"})
        elif k == 4:
            base.update({"etapa": "MENU", "opcao": random.choice(["1", "2", "3", "4"]), "msg": "opção de menu selecionada"})
        elif k == 5:
            base.update({"etapa": "FAQ", "faq": "ENDERECO_UNIDADE",
                         "texto": "Unidade Paulista: %s - %s, %s/%s, CEP %s. Central: %s" % (HOSP_ADDR + (HOSP_PHONE,)),
                         "msg": "resposta FAQ enviada"})
        else:
            base.update({"cache": "redis://10.20.6.11:6379/2", "keys": random.randint(100, 3000),
                         "msg": "cache de especialidades atualizado"})
    js(b, base, "raw")
    return [b.done()]


def fam_hl7():
    dt = CLK.tick()
    p = pick()
    d = doc()
    out = []
    ctl = "LIS%s" % dig(8)
    ts = dt.strftime("%Y%m%d%H%M%S")
    out.append(B("hl7-lis").t("MSH|^~\\&|LIS_VV|LAB_CENTRAL|TASY|HVV_PAULISTA|%s||ORU^R01^ORU_R01|%s|P|2.5|||AL|NE||8859/1" % (ts, ctl)).done())
    b = B("hl7-lis")
    b.t("PID|1||").p(p.pront, "mrn").t("^^^HVV^MR~").p(p.cpf, "other_id").t("^^^RFB^TAX~").p(p.cns, "health_plan")
    b.t("^^^SUS^HC||").p(p.hl7_family, "name").t("^").p(p.hl7_given, "name")
    if p.hl7_middle:
        b.t("^").p(p.hl7_middle, "name")
    b.t("^^^^L|").p(ascii_up(p.mother.split()[-1]), "name").t("^").p(ascii_up(p.mother.split()[0]), "name")
    b.t("|").p(hl7d(p.dob), "date").t("|%s|||" % p.sex)
    b.p(ascii_up("%s %s" % (p.street, p.num)), "address").t("^")
    if p.compl:
        b.p(ascii_up(p.compl), "address")
    b.t("^").p(ascii_up(p.city), "address").t("^%s^" % p.uf).p(p.cep8, "zip").t("^BR^H||")
    b.p(fph(p.ddd, p.cel, "brc"), "phone").t("^PRN^CP|||||||||||||N")
    out.append(b.done())
    out.append(B("hl7-lis").t("PV1|1|O|LAB^COLETA^01^HVV_PAULISTA||||%s^%s^%s^^^%s^^^CRM-%s|||||||||||%d^^^HVV^VN" % (
        d[2], ascii_up(d[0].split()[-1]), ascii_up(d[0].split()[0]), "DR" if d[1] == "Dr." else "DRA", d[3],
        random.randint(3000000, 3999999))).done())
    ordn = "%d" % random.randint(88000000, 88999999)
    amos = "2403%s" % dig(7)
    out.append(B("hl7-lis").t("ORC|RE|%s^TASY|%s^LIS||CM" % (ordn, amos)).done())
    exam = random.choice([("40304361", "HEMOGRAMA COMPLETO", [("718-7", "Hemoglobina", "g/dL", "12.0-16.0", 9, 17),
                                                               ("4544-3", "Hematocrito", "%", "36-46", 30, 52),
                                                               ("6690-2", "Leucocitos", "10*3/uL", "4.0-11.0", 3, 15),
                                                               ("777-3", "Plaquetas", "10*3/uL", "150-450", 90, 500)]),
                          ("40302318", "GLICOSE", [("2345-7", "Glicose", "mg/dL", "70-99", 60, 240)]),
                          ("40301630", "CREATININA", [("2160-0", "Creatinina", "mg/dL", "0.6-1.2", 0.4, 3.0)]),
                          ("40316491", "TSH", [("3016-3", "TSH", "uUI/mL", "0.4-4.5", 0.1, 9.0)])])
    coll = dt - timedelta(minutes=random.randint(25, 900))
    b = B("hl7-lis")
    b.t("OBR|1|%s^TASY|%s^LIS|%s^%s^TUSS|||" % (ordn, amos, exam[0], exam[1]))
    b.p(hl7d(coll), "date").t(coll.strftime("%H%M00"))
    b.t("|||||||||%s^%s^%s^^^%s||||||%s|||F" % (d[2], ascii_up(d[0].split()[-1]), ascii_up(d[0].split()[0]),
                                               "DR" if d[1] == "Dr." else "DRA", ts))
    out.append(b.done())
    for i, (loinc, nm, un, rng, lo, hi) in enumerate(exam[2], 1):
        v = random.uniform(lo, hi)
        lo_, hi_ = [float(x) for x in rng.split("-")]
        flag = "N" if lo_ <= v <= hi_ else ("H" if v > hi_ else "L")
        out.append(B("hl7-lis").t("OBX|%d|NM|%s^%s^LN||%.1f|%s|%s|%s|||F" % (i, loinc, nm, v, un, rng, flag)).done())
    if random.random() < 0.5:
        bm = random.choice(BIOMED)
        out.append(B("hl7-lis").t("NTE|1|L|Material: %s. Liberado por %s %s" % (
            random.choice(["sangue total EDTA", "soro", "plasma fluoretado"]), bm[0], bm[1])).done())
    return out


def fam_lisapp(phi):
    dt = CLK.tick()
    b = B("lis-app")
    b.t("%s [LIS-Interface] " % ts_spring(dt))
    if phi:
        p = pick()
        k = random.randrange(4)
        amos = "2403%s" % dig(7)
        if k == 0:
            b.x("INFO  Coleta registrada amostra=%s tubo=%s dt_coleta=" % (amos, random.choice(["EDTA", "SORO", "FLUORETO", "CITRATO"])),
                P(dmy(TODAY), "date"), " %02d:%02d pront=" % (random.randint(6, 11), random.randint(0, 59)),
                P(p.pront, "mrn"), " coletor=%s" % random.choice(STAFF)[0])
        elif k == 1:
            b.x("INFO  Resultado liberado amostra=%s exame=%s paciente=" % (amos, random.choice(["HEMOGRAMA", "TSH", "GLICOSE", "CREATININA"])),
                P(ascii_up(p.full), "name"), " pront=", P(p.pront, "mrn"), " liberador=%s" % random.choice(BIOMED)[1])
        elif k == 2:
            if random.random() < 0.5:
                p = random.choice(OLD)
            b.x("WARN  Valor crítico POTASSIO=%.1f mmol/L amostra=%s paciente=" % (random.uniform(6.1, 7.4), amos),
                P(ascii_up(p.full), "name"), " nascimento=", P(dmy(p.dob), "date"), " idade=")
            b.p("%da" % p.age if p.age < 90 else str(p.age), "age" if p.age >= 90 else None)
            if p.age >= 90:
                b.t("a")
            b.t(" - comunicar médico plantonista ramal 4412")
        else:
            b.x("INFO  Etiqueta impressa amostra=%s ZPL ^FD" % amos, P(ascii_up(p.full)[:30], "name"), "^FS ^FD",
                P(dmy(p.dob), "date"), "^FS ^FD", P(p.pront, "mrn"), "^FS impressora=ZT230-COLETA-02")
        return [b.done()]
    k = random.randrange(5)
    if k == 0:
        b.t("INFO  Equipamento SYSMEX XN-1000 (S/N %s) conectado 10.20.7.%d:5001 ASTM E1394" % (dig(5), random.randint(10, 60)))
    elif k == 1:
        b.t("WARN  Amostra 2403%s recusada: hemólise grau 2, solicitada recoleta" % dig(7))
    elif k == 2:
        b.t("INFO  Controle de qualidade nível %d aprovado (Westgard 1-2s) analito=GLICOSE lote_cq=%s" % (random.randint(1, 3), "QC" + dig(6)))
    elif k == 3:
        b.t("INFO  %d resultados exportados para o HIS em %dms (fila ORU^R01)" % (random.randint(1, 50), random.randint(40, 2000)))
    else:
        b.t("ERROR Falha de comunicação com COBAS c311 (S/N %s): NAK recebido, reenviando frame 3/7" % dig(4))
    return [b.done()]


def fam_pix(phi):
    dt = CLK.tick()
    b = B("pix-api")
    zap = random.random() < 0.6
    if phi:
        p = pick()
        k = random.choices(range(6), weights=[1, 1, 1, 1.4, 1.4, 1])[0]
        txid = "HVV%s" % "".join(random.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(26))
        if k == 0:
            obj = {"level": "info", "ts": round(dt.timestamp(), 4), "caller": "cob/service.go:142", "msg": "cobranca criada",
                   "txid": txid, "devedor": {"cpf": P(p.cpf, "other_id"), "nome": P(p.full, "name")},
                   "valor": {"original": "%.2f" % random.choice([35.0, 50.0, 80.0, 120.0, 350.0, 42.9])},
                   "chave": HOSP_EVP, "solicitacaoPagador": "Coparticipação consulta - Rede Vale Verde"}
            js(b, obj)
        elif k == 1:
            obj = {"level": "info", "ts": round(dt.timestamp(), 4), "caller": "webhook/handler.go:57", "msg": "webhook pix recebido",
                   "pix": [{"endToEndId": "E%s%s%s" % (random.choice(["00000000", "60701190", "18236120", "00360305"]),
                                                      dt.strftime("%Y%m%d%H%M"), "".join(random.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(11))),
                            "txid": txid, "valor": "%.2f" % random.choice([35.0, 50.0, 120.0, 350.0]),
                            "horario": ts_isoz(dt), "infoPagador": T(["consulta ", P(p.first, "name")]) if random.random() < 0.5 else "pagamento",
                            "gnExtras": {"pagador": {"nome": P(p.full, "name"), "cpf": P(p.cpf, "other_id")}}}]}
            js(b, obj)
        elif k == 2:
            kk = random.randrange(3)
            if kk == 0:
                ch = P(p.email, "email")
                tp = "EMAIL"
            elif kk == 1:
                ch = P(fph(p.ddd, p.cel, "e164"), "phone")
                tp = "TELEFONE"
            else:
                ch = P(p.cpf, "other_id")
                tp = "CPF"
            b.t('time=%s level=INFO msg="reembolso via pix enviado" protocolo=REE-2024-%06d tipoChave=%s chave=' % (
                ts_iso_off(dt), random.randint(1000, 9999), tp))
            b.p(ch.v, ch.cat)
            b.t(' valor=%.2f favorecido="' % random.uniform(20, 900)).p(p.full, "name").t('"')
        elif k == 3:
            obj = {"level": "info", "ts": round(dt.timestamp(), 4), "caller": "ted/reembolso.go:88", "msg": "ted reembolso agendada",
                   "favorecido": {"nome": P(p.full, "name"), "cpf": P(p.cpf, "other_id"), "banco": p.bank[0],
                                  "agencia": p.bank[1], "conta": P(p.bank[2], "account"), "tipoConta": "CORRENTE"},
                   "valor": "%.2f" % random.uniform(30, 2500)}
            js(b, obj)
        elif k == 4:
            b.t('time=%s level=WARN msg="pagamento recusado" gateway=cielo cartao=' % ts_iso_off(dt))
            b.p(p.card, "account")
            b.t(' bandeira=%s returnCode=57 returnMessage="Cartão expirado" portador="' % random.choice(["Visa", "Master", "Elo"]))
            b.p(ascii_up(p.first + " " + p.last), "name").t('"')
        else:
            b.t('time=%s level=INFO msg="cobrança vinculada" txid=%s nr_atendimento=%d cpf_devedor=' % (
                ts_iso_off(dt), txid, random.randint(3000000, 3999999)))
            b.p(p.cpf, "other_id").t(" valor=%.2f" % random.uniform(30, 900))
        return [b.done()]
    k = random.randrange(6)
    loc = "qrpix.psp-exemplo.com.br/qr/v2/%s" % hexs(32)
    if k == 0:
        js(b, {"level": "info", "ts": round(dt.timestamp(), 4), "caller": "cob/service.go:171", "msg": "qrcode gerado",
               "location": loc,
               "pixCopiaECola": emv([("00", "01"), ("01", "12"),
                                     ("26", "0014BR.GOV.BCB.PIX25%02d%s" % (len(loc), loc)),
                                     ("52", "0000"), ("53", "986"), ("58", "BR"), ("59", "HOSPITAL VALE VERDE LTDA"),
                                     ("60", "SAO PAULO"), ("62", "0503***")])})
    elif k == 1:
        b.t('time=%s level=INFO msg="token oauth renovado" psp=efi client_id=Client_Id_%s expires_in=3600' % (ts_iso_off(dt), hexs(16)))
    elif k == 2:
        b.t('time=%s level=INFO msg="conciliação concluída" data=%s transacoes=%d total="%s" divergencias=0' % (
            ts_iso_off(dt), dt.strftime("%d/%m/%Y"), random.randint(100, 900), brl(random.uniform(10000, 300000))))
    elif k == 3:
        js(b, {"level": "info", "ts": round(dt.timestamp(), 4), "caller": "webhook/config.go:33",
               "msg": "webhook configurado", "chave": HOSP_EVP, "webhookUrl": "https://pagamentos.valeverde.com.br/api/pix/webhook"})
    elif k == 4:
        js(b, {"level": "info", "ts": round(dt.timestamp(), 4), "caller": "cob/devolucao.go:61", "msg": "devolucao solicitada",
               "e2eid": "E18236120%s%s" % (dt.strftime("%Y%m%d%H%M"), hexs(11)), "id": "D%s" % dig(10),
               "valor": "%.2f" % random.uniform(5, 500), "natureza": "ORIGINAL", "descricao": "cobrança em duplicidade"})
    else:
        js(b, {"level": "error", "ts": round(dt.timestamp(), 4), "caller": "psp/client.go:212", "msg": "erro PSP",
               "status": 503, "path": "/v2/cob", "recebedorCnpj": HOSP_CNPJ, "retry": random.randint(1, 3)})
    return [b.done()]


def fam_boleto(phi):
    dt = CLK.tick()
    b = B("boleto-api")
    b.t(spring_prefix(dt, "INFO", 2231, "task-%d" % random.randint(1, 8), "b.c.h.financeiro.boleto.InterBoletoClient"))
    venc = TODAY + timedelta(days=random.choice([5, 7, 10, 15]))
    val = random.choice([35000, 12990, 48000, 8750, 150000])
    if phi:
        p = pick()
        b.t("POST /cobranca/v3/cobrancas payload=")
        pag = {"cpfCnpj": P(p.cpf, "other_id"), "tipoPessoa": "FISICA", "nome": P(p.full, "name"),
               "endereco": P(p.street, "address"), "numero": P(p.num, "address")}
        if p.compl:
            pag["complemento"] = P(p.compl, "address")
        pag.update({"bairro": P(p.bairro, "address"), "cidade": P(p.city, "address"), "uf": p.uf,
                    "cep": P(p.cep8, "zip"), "email": P(p.email, "email"), "ddd": p.ddd,
                    "telefone": P(p.cel, "phone")})
        obj = {"seuNumero": "HVV%07d" % random.randint(1, 9999999), "valorNominal": val / 100.0,
               "dataVencimento": iso(venc), "numDiasAgenda": 60, "pagador": pag,
               "mensagem": {"linha1": "Coparticipação - Rede Hospitalar Vale Verde"}}
        js(b, obj)
        return [b.done()]
    k = random.randrange(3)
    if k == 0:
        nn = dig(11)
        cl = "0409" + "09" + nn + "0012345" + "0"
        bc, ld = boleto("237", val, venc, cl)
        b.t("Boleto registrado: ")
        js(b, {"nossoNumero": nn, "codigoBarras": bc, "linhaDigitavel": ld, "dataVencimento": iso(venc),
               "valorNominal": val / 100.0, "beneficiario": {"cnpj": HOSP_CNPJ, "nome": "HOSPITAL VALE VERDE LTDA",
                                                              "endereco": "%s - %s, %s/%s" % HOSP_ADDR[:4], "cep": HOSP_ADDR[4].replace("-", "")}})
    elif k == 1:
        b.t("Boleto liquidado nossoNumero=%s valorPago=%s dataCredito=%s canal=PIX_QRCODE" % (
            dig(11), brl(val / 100.0).replace("R$ ", ""), dmy(TODAY)))
    else:
        b.t("Arquivo de retorno CB%s.RET processado: %d títulos liquidados, %d baixados, %d rejeitados" % (
            dt.strftime("%d%m"), random.randint(10, 200), random.randint(0, 20), random.randint(0, 3)))
    return [b.done()]


def cnab_pad(s, n, num=False):
    if num:
        return s.rjust(n, "0")[:n]
    return s.ljust(n)[:n]


def fam_cnab():
    out = []
    dt = CLK.tick()
    seq = 1
    h = "01REMESSA01COBRANCA       " + cnab_pad("00000000000004812031", 20, True) + cnab_pad("HOSPITAL VALE VERDE LTDA", 30)
    h += "237" + cnab_pad("BRADESCO", 15) + dt.strftime("%d%m%y") + " " * 8 + "MX" + "%07d" % random.randint(100, 900)
    h += " " * (394 - len(h)) + "%06d" % seq
    assert len(h) == 400
    out.append(B("cnab400").t(h).done())
    for p in random.sample(PAT, random.randint(2, 4)):
        seq += 1
        b = B("cnab400")
        venc = TODAY + timedelta(days=10)
        val = random.randint(3000, 90000)
        s = "1" + "00000" + "0" + "00000" + "0000000" + "0"
        s += "0" + "009" + "04812" + "0012345" + "6"
        s += cnab_pad("HVV%07d" % random.randint(1, 9999999), 25) + "000" + "2" + "0200"
        s += dig(11) + random.choice("0123456789P") + "0" * 10 + "2" + "N" + " " * 10 + " " + "2" + "  " + "01"
        s += cnab_pad(dig(7), 10) + venc.strftime("%d%m%y") + "%013d" % val + "000" + "00000" + "01" + "N"
        s += dt.strftime("%d%m%y") + "00" + "00" + "%013d" % (val // 3000) + "000000" + "0" * 13 + "0" * 13 + "0" * 13
        s += "01" + "000"
        assert len(s) == 223, len(s)
        b.t(s).p(p.cpf, "other_id")
        nm = ascii_up(p.full)[:40]
        b.p(nm, "name").t(" " * (40 - len(nm)))
        addr = ascii_up("%s %s" % (p.street, p.num))[:40]
        b.p(addr, "address").t(" " * (40 - len(addr)))
        b.t(cnab_pad("", 12)).p(p.cep8, "zip")
        b.t(cnab_pad("COPARTICIPACAO ATEND %d" % random.randint(3000000, 3999999), 60)).t("%06d" % seq)
        line = b.done()
        assert len(line[0]) == 400, len(line[0])
        out.append(line)
    seq += 1
    out.append(B("cnab400").t("9" + " " * 393 + "%06d" % seq).done())
    return out


def fam_lgpd(phi):
    dt = CLK.tick()
    b = B("lgpd-consent")
    b.t(spring_prefix(dt, "INFO", 1, "ntainer#0-0-C-1", "b.c.h.lgpd.ConsentimentoListener"))
    if phi:
        p = pick()
        k = random.randrange(5)
        canal = random.choice(["APP_ANDROID", "APP_IOS", "PORTAL_WEB", "WHATSAPP", "TOTEM_RECEPCAO"])
        if k == 0:
            b.t("Evento recebido topic=lgpd.consentimentos partition=%d offset=%d: " % (random.randint(0, 5), random.randint(10000, 99999)))
            ev = {"eventId": uuid4(), "eventType": "consent.granted", "occurredAt": ts_iso_off(dt),
                  "titular": {"cpf": P(p.cpf, "other_id"), "nome": P(p.full, "name"), "email": P(p.email, "email")},
                  "finalidades": random.sample(["AGENDAMENTO", "LEMBRETES_WHATSAPP", "PESQUISA_SATISFACAO", "COMUNICACAO_MARKETING", "COMPARTILHAMENTO_OPERADORA"], 2),
                  "baseLegal": "CONSENTIMENTO", "canal": canal, "versaoTermo": "3.2",
                  "ipOrigem": P(p.ip, "ip") if canal != "TOTEM_RECEPCAO" else "10.20.%d.%d" % (random.randint(1, 9), random.randint(2, 250))}
            js(b, ev)
        elif k == 1:
            b.t("Evento recebido topic=lgpd.consentimentos partition=%d offset=%d: " % (random.randint(0, 5), random.randint(10000, 99999)))
            ev = {"eventId": uuid4(), "eventType": "consent.revoked", "occurredAt": ts_iso_off(dt),
                  "titular": {"cpf": P(fcpf(p.cpf), "other_id"), "telefone": P(fph(p.ddd, p.cel, "e164"), "phone")},
                  "finalidades": ["LEMBRETES_WHATSAPP"], "canal": "WHATSAPP", "motivo": "Titular respondeu PARAR"}
            js(b, ev)
        elif k == 2:
            b.x("Requisição de titular (art. 18 LGPD) protocolo LGPD-2024-%06d tipo=ACESSO titular=" % random.randint(100, 999),
                P(p.full, "name"), " cpf=", P(fcpf(p.cpf), "other_id"), " prazo=15 dias responsavel=dpo@valeverde.com.br")
        elif k == 4:
            url = "https://lgpd.valeverde.com.br/exportacao/%s-%s/dados.zip" % (ascii_low(p.first).replace("-", ""), p.cpf)
            b.x("Portabilidade concluída: pacote disponível em ", P(url, "url"), " (expira em 48h) titular=",
                P(p.email, "email"))
        else:
            b.x("Termo de consentimento assinado no totem: prontuario=", P(p.pront, "mrn"), " responsavel_legal=",
                P(p.contact, "name"), " (", p.contact_rel.lower(), ") rg_responsavel=", P(rg_sp(), "other_id"),
                " versaoTermo=3.2")
        return [b.done()]
    k = random.randrange(6)
    if k == 5:
        b.t("Aviso de privacidade atualizado: controlador HOSPITAL VALE VERDE LTDA CNPJ %s, %s - %s, %s/%s, CEP %s; operadora VALE VERDE SAUDE S.A. CNPJ %s (ANS %s), %s - %s, %s/%s, CEP %s" % (
            (fcnpj(HOSP_CNPJ),) + HOSP_ADDR + (fcnpj(OPER_CNPJ), REG_ANS) + OPER_ADDR))
    elif k == 0:
        b.t("Política de retenção aplicada: %s registros de log expurgados (> 5 anos), %d prontuários mantidos (CFM 1.821/2007)" % (
            "{:,}".format(random.randint(1000, 90000)).replace(",", "."), random.randint(100, 900)))
    elif k == 1:
        b.t("Requisição LGPD-2024-%06d atribuída ao encarregado (dpo@valeverde.com.br) status=EM_ANALISE sla_restante=%dd" % (
            random.randint(100, 999), random.randint(1, 15)))
    elif k == 2:
        b.t("Termo de consentimento versão 3.%d publicado sha256=%s vigencia a partir de 01/04/2024" % (random.randint(2, 3), hexs(64)))
    elif k == 3:
        b.t("Job ANONIMIZACAO_DW: %d registros pseudonimizados em %.1fs (hash SHA-256 + salt rotacionado)" % (random.randint(1000, 90000), random.uniform(1, 90)))
    else:
        b.t("Consumer lag topic=lgpd.consentimentos group=lgpd-service lag=%d" % random.randint(0, 40))
    return [b.done()]


NET_CTX = ["HVV.PacienteApp.Api.Controllers.AuthController", "HVV.PacienteApp.Api.Controllers.PerfilController",
           "HVV.PacienteApp.Api.Controllers.AgendamentoController", "HVV.PacienteApp.Api.Services.DispositivoService",
           "HVV.PacienteApp.Api.Controllers.LaudoController"]


def fam_dotnet(phi):
    dt = CLK.tick()
    b = B("dotnet-serilog")
    sfile = lambda lvl: "%s.%s -03:00 [%s] " % (dt.strftime("%Y-%m-%d %H:%M:%S"), ms(dt), lvl)
    if phi:
        p = pick()
        k = random.choices(range(10), weights=[2, 2, 2, 3, 1, 1.6, 1.8, 1.6, 1.5, 1])[0]
        if k == 0:
            b.t(sfile("INF")).x("Login efetuado para usuário ", P(p.user, "other_id"), " a partir de ", P(p.ip, "ip"),
                                " (%s)" % random.choice(["Android 14; SM-A546E", "iOS 17.3; iPhone14,5", "Android 13; moto g84 5G"]))
        elif k == 1:
            js(b, {"@t": ts_isoz(dt)[:-1] + "%04dZ" % random.randint(0, 9999), "@mt": "Perfil atualizado para {PacienteId} com {Cpf}",
                   "PacienteId": P(int(p.pront), "mrn"), "Cpf": P(fcpf(p.cpf), "other_id"),
                   "SourceContext": NET_CTX[1], "RequestId": "0HN%s:0000000%d" % (hexs(9).upper(), random.randint(1, 9)),
                   "RequestPath": "/api/v2/perfil", "ConnectionId": "0HN%s" % hexs(9).upper()})
        elif k == 2:
            b.t("[%s INF] Executed DbCommand (%dms) [Parameters=[@__cpf_0='" % (dt.strftime("%H:%M:%S"), random.randint(1, 40)))
            b.p(p.cpf, "other_id").t("' (Size = 11), @__dataNascimento_1='").p(iso(p.dob), "date")
            b.t("T00:00:00.0000000' (DbType = DateTime2)], CommandType='Text', CommandTimeout='30']")
        elif k == 3:
            img = jpeg_b64(random.randint(260, 700))
            js(b, {"@t": ts_isoz(dt), "@mt": "Foto de perfil recebida {Tamanho} bytes para {PacienteId}",
                   "@l": "Debug", "Tamanho": random.randint(20000, 90000), "PacienteId": P(int(p.pront), "mrn"),
                   "Payload": {"FotoBase64": P("data:image/jpeg;base64," + img, "photo")},
                   "SourceContext": NET_CTX[1]})
        elif k == 4:
            tpl = rand_b64(random.randint(180, 320), head=b"FAC\x00010\x00")
            js(b, {"@t": ts_isoz(dt), "@mt": "Biometria facial cadastrada para {Usuario}", "@l": "Debug",
                   "Usuario": P(p.user, "other_id"),
                   "BiometriaFacial": {"Template": P(tpl, "biometric"), "Formato": "ISO/IEC 19794-5", "Versao": "FaceSDK 7.2"},
                   "SourceContext": NET_CTX[0]})
        elif k == 5:
            b.t(sfile("INF")).x("Dispositivo pareado: glicosímetro Accu-Chek Guide S/N ", P(p.glic_sn, "device"),
                                " MAC ", P(p.mac, "device"), " paciente ", P(p.pront, "mrn"))
        elif k == 6:
            url = "https://app.valeverde.com.br/compartilhar/%s/laudo/%s" % (
                ascii_low(p.full).replace(" ", "-"), hexs(12))
            b.t(sfile("INF")).x("Link de compartilhamento de laudo gerado: ", P(url, "url"), " expira em 7 dias")
        elif k == 7:
            b.t(sfile("INF")).x("Kit telemonitoramento vinculado ao paciente ", P(p.pront, "mrn"), ": hub 4G IMEI ",
                                P(p.imei, "device"), " oxímetro S/N ", P("OX" + dig(9), "device"))
        elif k == 8:
            b.t(sfile("DBG")).t("Response body: ")
            js(b, {"id": P(int(p.pront), "mrn"), "nome": P(p.full, "name"), "celular": P(fph(p.ddd, p.cel, "e164"), "phone"),
                   "email": P(p.email, "email"), "cnh": P(p.cnh, "license")}, "net")
        else:
            b.t(sfile("WRN")).x("Validação documental: CNH ", P(p.cnh, "license"), " não confere com nome informado '",
                                P(p.full, "name"), "' (score 0.42)")
        ln = b.done()
        return [ln]
    k = random.randrange(9)
    if k == 0:
        b.t("info: Microsoft.Hosting.Lifetime[14]")
        out = [b.done()]
        out.append(B("dotnet-serilog").t("      Now listening on: http://[::]:8080").done())
        return out
    if k == 1:
        b.t(sfile("INF")).t("Request finished HTTP/1.1 GET http://paciente-api.hvv.svc.cluster.local/health - 200 - text/plain 1.%04dms" % random.randint(0, 9999))
    elif k == 2:
        b.t("[%s WRN] Polly retry %d/3 para HisAgendaClient após %dms: HttpRequestException (his-api.hvv.svc:8080)" % (
            dt.strftime("%H:%M:%S"), random.randint(1, 3), random.choice([200, 400, 800])))
    elif k == 3:
        b.t("[%s INF] Executed DbCommand (%dms) [Parameters=[@__p_0='20'], CommandType='Text', CommandTimeout='30'] SELECT TOP(@__p_0) [e].[Id], [e].[Nome] FROM [Especialidades] AS [e] ORDER BY [e].[Nome]" % (
            dt.strftime("%H:%M:%S"), random.randint(1, 20)))
    elif k == 4:
        js(b, {"@t": ts_isoz(dt), "@mt": "Health check {HealthCheckName} completed after {ElapsedMilliseconds}ms with status {HealthStatus}",
               "HealthCheckName": random.choice(["sqlserver", "redis", "his-api"]), "ElapsedMilliseconds": round(random.uniform(0.5, 90), 4),
               "HealthStatus": "Healthy", "SourceContext": "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService"})
    elif k == 5:
        b.t(sfile("INF")).t("HVV.PacienteApp.Api versão 4.12.%d+build.%d iniciada; Environment=Production; Region=brazilsouth" % (
            random.randint(0, 9), random.randint(2000, 2999)))
    elif k == 6:
        js(b, {"@t": ts_isoz(dt), "@mt": "Push enviado {Quantidade} notificações campanha {Campanha}", "Quantidade": random.randint(100, 9000),
               "Campanha": "vacina-gripe-2024", "SourceContext": "HVV.PacienteApp.Worker.PushWorker"})
    elif k == 7:
        b.t(sfile("ERR")).t("Falha ao gerar PDF do laudo %s: TimeoutException após 30000ms (gotenberg.hvv.svc:3000)" % uuid4())
    else:
        b.t(sfile("INF")).t("Agendamento %d confirmado via app; lembrete WhatsApp enfileirado fila=lembretes-consulta" % random.randint(9000000, 9999999))
    return [b.done()]


UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0",
      "ValeVerdeApp/4.12.3 (Android 13; moto g84 5G) okhttp/4.12.0"]


def fam_nginx(phi):
    dt = CLK.tick(1, 30)
    b = B("nginx-portal")
    tsn = dt.strftime("%d/%b/%Y:%H:%M:%S -0300")
    if phi:
        p = pick()
        b.p(p.ip, "ip").t(" - - [%s] \"" % tsn)
        k = random.randrange(5)
        if k == 0:
            b.t("GET /portal/api/pacientes/").p(p.pront, "mrn").t("/agendamentos HTTP/2.0\"")
        elif k == 1:
            b.t("GET /portal/api/resultados?cpf=").p(p.cpf, "other_id").t("&pagina=1 HTTP/2.0\"")
        elif k == 2:
            b.t("GET /portal/assets/js/main.%s.js HTTP/2.0\"" % hexs(8))
        elif k == 3:
            b.t("POST /portal/api/auth/login HTTP/2.0\"")
        else:
            b.t("GET /portal/api/pacientes/").p(p.pront, "mrn").t("/laudos/%s/pdf HTTP/2.0\"" % uuid4())
        b.t(" %d %d \"https://portal.valeverde.com.br/%s\" \"%s\" rt=%.3f uct=\"0.00%d\"" % (
            random.choice([200, 200, 200, 304, 401]), random.randint(300, 90000),
            random.choice(["", "agendamentos", "resultados"]), random.choice(UA), random.uniform(0.002, 1.5), random.randint(0, 9)))
        return [b.done()]
    k = random.randrange(3)
    if k == 0:
        b.t("10.20.%d.%d - - [%s] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\" rt=0.001 uct=\"0.000\"" % (
            random.randint(1, 9), random.randint(2, 250), tsn))
    elif k == 1:
        b.t("10.20.9.%d - - [%s] \"GET /metrics HTTP/1.1\" 200 %d \"-\" \"Prometheus/2.49.1\" rt=0.004 uct=\"0.001\"" % (
            random.randint(2, 250), tsn, random.randint(3000, 9000)))
    else:
        b.t("%s [error] %d#%d: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.20.1.%d, server: portal.valeverde.com.br, request: \"GET /portal/api/agenda/especialidades HTTP/1.1\", upstream: \"http://10.20.4.%d:8080/api/agenda/especialidades\"" % (
            dt.strftime("%Y/%m/%d %H:%M:%S"), random.randint(20, 40), 0, random.randint(100000, 999999),
            random.randint(2, 250), random.randint(2, 250)))
    return [b.done()]


def fam_infra(_phi=False):
    dt = CLK.tick(1, 30)
    b = B("syslog-infra")
    k = random.randrange(7)
    sysl = dt.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if dt.day < 10 else dt.strftime("%b %d %H:%M:%S")
    if k == 0:
        b.t("%s srv-tasy-db01 CRON[%d]: (oracle) CMD (/u01/scripts/rman_arch.sh > /dev/null 2>&1)" % (sysl, random.randint(10000, 40000)))
    elif k == 1:
        b.t("%s * (CONNECT_DATA=(SERVICE_NAME=TASYPRD)(CID=(PROGRAM=JDBC Thin Client)(HOST=__jdbc__)(USER=tasy))) * (ADDRESS=(PROTOCOL=tcp)(HOST=10.20.4.%d)(PORT=%d)) * establish * TASYPRD * 0" % (
            dt.strftime("%d-%b-%Y %H:%M:%S").upper(), random.randint(2, 60), random.randint(30000, 65000)))
    elif k == 2:
        b.t('I0312 %s.%06d       1 event.go:294] "Event occurred" object="his/tasy-app-7d9f8b6c5-%s" kind="Pod" type="Normal" reason="Pulled" message="Container image \\"registry.hvv.local/his/tasy-app:5.02.1845\\" already present on machine"' % (
            dt.strftime("%H:%M:%S"), dt.microsecond, hexs(5)))
    elif k == 3:
        b.t("%s lb-haproxy-01 haproxy[%d]: 10.20.1.%d:%d [%s] portal_https~ portal_backend/portal-%d 0/0/1/%d/%d 200 %d - - ---- %d/%d/%d/%d/0 0/0 \"GET /portal/api/health HTTP/1.1\"" % (
            sysl, random.randint(1000, 3000), random.randint(2, 250), random.randint(30000, 65000),
            dt.strftime("%d/%b/%Y:%H:%M:%S.") + ms(dt), random.randint(1, 4), random.randint(1, 90),
            random.randint(2, 95), random.randint(100, 900), random.randint(10, 400), random.randint(10, 400),
            random.randint(1, 40), random.randint(1, 40)))
    elif k == 4:
        b.t("%s srv-backup01 bacula-dir[%d]: Backup OK Job TASYPRD_ARCH.%s Bytes=%s Files=%d" % (
            sysl, random.randint(1000, 3000), dt.strftime("%Y-%m-%d_%H.%M.%S_%d"), "{:,}".format(random.randint(10**8, 10**11)), random.randint(10, 900)))
    elif k == 5:
        b.t("%s srv-tasy-app02 kernel: [%d.%06d] TCP: request_sock_TCP: Possible SYN flooding on port 8080. Sending cookies.  Check SNMP counters." % (
            sysl, random.randint(100000, 999999), random.randint(0, 999999)))
    else:
        b.t("%s srv-mail01 postfix/smtp[%d]: %s: to=<faturamento@valeverdesaude.com.br>, relay=mx.valeverdesaude.com.br[177.70.%d.%d]:25, delay=%.1f, dsn=2.0.0, status=sent (250 OK)" % (
            sysl, random.randint(1000, 9999), hexs(10).upper(), random.randint(0, 255), random.randint(1, 254), random.uniform(0.1, 3)))
    return [b.done()]


def fam_parking(phi):
    dt = CLK.tick()
    b = B("parking")
    b.t("%s;CANCELA_%s;%s;" % (dt.strftime("%d/%m/%Y %H:%M:%S"), random.choice(["E01", "E02", "S01"]), random.choice(["ENTRADA", "SAIDA"])))
    if phi:
        p = pick()
        b.p(p.plate, "vehicle").t(";TICKET %09d;%s;ATEND %d;%s" % (
            random.randint(480000, 490000), random.choice(["PACIENTE", "ACOMPANHANTE"]),
            random.randint(3000000, 3999999), random.choice(["ISENTO", "R$ 18,00", "R$ 25,00", "CONVENIO"])))
    else:
        kind = random.choice(["COLABORADOR", "PRESTADOR"])
        b.t("%s;CRACHA %05d;%s;-;MENSALISTA" % (gen_plate(), random.randint(1000, 9999), kind))
    return [b.done()]


# --------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------
SINGLE = {  # family: (function, weight, probability of PHI)
    "tasy": (fam_tasy, 15, 0.42),
    "plsql": (fam_plsql, 7, 0.45),
    "tiss": (fam_tiss, 9, 0.5),
    "wa": (fam_whatsapp, 9, 0.68),
    "pino": (fam_pino, 6, 0.48),
    "lisapp": (fam_lisapp, 5, 0.45),
    "pix": (fam_pix, 7, 0.55),
    "boleto": (fam_boleto, 4, 0.5),
    "lgpd": (fam_lgpd, 6, 0.55),
    "dotnet": (fam_dotnet, 10, 0.48),
    "nginx": (fam_nginx, 6, 0.55),
    "infra": (fam_infra, 6, 0.0),
    "parking": (fam_parking, 3, 0.5),
}
BLOCKS = {"hl7": (fam_hl7, 2.2), "cnab": (fam_cnab, 0.5)}


def main():
    lines = []
    names = list(SINGLE) + list(BLOCKS)
    weights = [SINGLE[n][1] for n in SINGLE] + [BLOCKS[n][1] for n in BLOCKS]
    while len(lines) < 445:
        n = random.choices(names, weights=weights)[0]
        if n in BLOCKS:
            lines += BLOCKS[n][0]()
        else:
            f, _, pp = SINGLE[n]
            lines += f(random.random() < pp)
    # fill exactly to 500 steering the share of PHI-free lines to 55 %
    target_clean = 275
    while len(lines) < 500:
        clean = sum(1 for l in lines if not l[2])
        need_clean = target_clean - clean
        remaining = 500 - len(lines)
        want_phi = need_clean < remaining
        f = random.choice([fam_tasy, fam_dotnet, fam_nginx, fam_pino, fam_tiss])
        new = f(want_phi)
        if len(lines) + len(new) > 500:
            continue
        lines += new
    assert len(lines) == 500
    with open(os.path.join(HERE, ID + ".log"), "wb") as fl, \
            open(os.path.join(HERE, ID + ".labels.jsonl"), "wb") as fj:
        for i, (s, fam, spans) in enumerate(lines, 1):
            fl.write(s.encode("utf-8") + b"\n")
            fj.write(json.dumps({"line": i, "family": fam, "spans": spans}, ensure_ascii=False).encode("utf-8") + b"\n")
    clean = sum(1 for l in lines if not l[2])
    return clean


if __name__ == "__main__":
    c = main()
    print("lines=500 clean=%d share=%.3f" % (c, c / 500.0))
