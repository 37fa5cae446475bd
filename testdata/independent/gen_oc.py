#!/usr/bin/env python3
"""gen_oc.py - synthetic, labeled log corpus "oc" (standard library only, deterministic).

Theme: the production logs of "Meridian Assist", an international travel medical
assistance company (medical evacuation / repatriation on behalf of travel insurers):
Spring Boot case-management services (Logback/logstash JSON, Spring Boot 3 console
pattern, ECS structured JSON), a multilingual call-centre note export (English,
French, Portuguese, Thai, Arabic in Latin transliteration), hospital
guarantee-of-payment letters rendered as text, air-ambulance passenger manifests
(CSV with and without header, fixed width GENDEC-like), ICAO FPL messages, GDS/PNR
displays for stretcher passengers, insurer policy-verification SOAP XML (Apache CXF),
OCR output of foreign hospital invoices (key=value and Textract-like JSON), passport
MRZ lines, WhatsApp Business Cloud API webhooks, SWIFT MT103 payment messages,
CloudEvents on Kafka, AWS CloudTrail and API Gateway access logs, Kubernetes pod logs
(CRI container log lines, klog, Envoy/istio and ingress-nginx access logs).

Everything is synthetic: people, numbers, addresses, accounts.

Output: oc.log (500 lines) and oc.labels.jsonl (one object per line, byte offsets).

Labeling decisions:
- Labeled persons: patients/insured travellers, their relatives, escorts and other
  contacts (guarantors, emergency contacts, people who call or write about a patient).
  Not labeled: Meridian staff (agents, medical officers, flight crew, nurses, their
  usernames), treating clinicians abroad, hospitals, insurers, banks, vendors, aircraft,
  business phones/faxes/e-mails/addresses/IBANs, public/test values.
- name: any written form of a labeled person's name (natural, "LAST First",
  "Last, First", initials, lower case, GDS "LAST/FIRST", MRZ "LAST<<FIRST", SWIFT upper
  case, Thai script). Honorifics/titles (Mr, Mme, Sra., MRS, khun/nai) are left outside
  the span. A WhatsApp profile name is a name.
- address: street lines and city/locality of a labeled person's home (separate spans);
  country and state are not labeled. zip: postal codes of any country.
- date: dates of birth, incident/injury, admission, discharge, medical report,
  repatriation/transport (flight dates in a patient's PNR segments, manifests, GOP),
  written in any format (incl. Thai Buddhist-era dates, MRZ YYMMDD birth dates). Not
  labeled: crew rows of a manifest (staff: neither their data nor the flight date on
  that row), log/event timestamps, letter/document issue dates, policy validity and
  passport expiry dates, ICAO FPL DOF/ (no person), FX value dates, years alone.
- age: only ages over 89 are labeled; younger ages are left unlabeled.
- phone: phone numbers of labeled persons in any format, incl. WhatsApp wa_id/from/
  recipient_id (which are the person's number). fax: a labeled person's home fax.
- email: labeled persons' addresses. url: personal URLs (fund-raising page, social
  profile). ip: public IP of a traveller using the self-service app/API; internal
  10.x/127.x addresses and staff/service IPs are not labeled.
- mrn: hospital record numbers (HN, prontuario, IPP, MRN). other_id: Meridian case
  references (MA24-xxxxxx) wherever they appear (also inside paths and S3 keys),
  insurer claim numbers, hospital admission numbers (AN), GDS record locators,
  e-ticket numbers, traveller-app usernames and Cognito subject ids, non-US national
  ID numbers (CPF, Thai citizen ID) and the MRZ optional personal number.
- health_plan: insurance policy numbers and member/subscriber IDs of the traveller.
- account: the person's bank account/IBAN and card numbers, hospital patient account
  numbers. Hospital invoice numbers, GOP numbers, payment references, mission IDs,
  flight numbers, trace/request/message IDs (wamid) are document/transaction IDs and
  are not labeled.
- license: passport numbers (also inside MRZ, SSR DOCS and S3 keys) and driving
  licence numbers. ssn: US social security numbers. vehicle: plates and VINs of the
  vehicle in a patient's accident. device: serial numbers of a patient's implant or
  portable medical device. photo: base64 face/passport photo image data.
- Free text in any language is labeled the same way as structured fields.
"""
import base64
import datetime as dt
import json
import unicodedata
import random
from pathlib import Path

ID = "oc"
SEED = 210311
R = random.Random(SEED)
HERE = Path(__file__).resolve().parent
N_LINES = 500


# ----------------------------------------------------------------------------------
# line builder with byte-offset spans
# ----------------------------------------------------------------------------------
class P:
    """A PHI value: written verbatim (after format escaping) and labeled."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class M:
    """Mixed text: a sequence of plain strings and P values (one JSON/XML string)."""
    def __init__(self, *parts):
        self.parts = list(parts)


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class B:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []
        self.n = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        self.parts.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        st = self.n
        self.t(s)
        self.spans.append((st, self.n, cat, s))
        return self

    def v(self, x, esc=None):
        """write str / P / M, optionally escaped by esc()"""
        e = esc or (lambda s: s)
        if isinstance(x, P):
            return self.p(e(str(x.v)), x.cat)
        if isinstance(x, M):
            for part in x.parts:
                self.v(part, esc)
            return self
        return self.t(e(str(x)))

    def m(self, *parts):
        for part in parts:
            self.v(part)
        return self

    def j(self, o, sep=(",", ":")):
        """compact JSON writer that records spans for P / M values"""
        if isinstance(o, dict):
            self.t("{")
            for i, (k, val) in enumerate(o.items()):
                if i:
                    self.t(sep[0])
                self.t(json.dumps(k, ensure_ascii=False) + sep[1])
                self.j(val, sep)
            self.t("}")
        elif isinstance(o, list):
            self.t("[")
            for i, val in enumerate(o):
                if i:
                    self.t(sep[0])
                self.j(val, sep)
            self.t("]")
        elif isinstance(o, P):
            if isinstance(o.v, str):
                self.t('"').p(jesc(o.v), o.cat).t('"')
            else:
                self.p(json.dumps(o.v), o.cat)
        elif isinstance(o, M):
            self.t('"')
            self.v(o, jesc)
            self.t('"')
        else:
            self.t(json.dumps(o, ensure_ascii=False))
        return self

    def x(self, tag, val):
        """<tag>val</tag> with XML text escaping"""
        self.t("<%s>" % tag)
        self.v(val, xesc)
        self.t("</%s>" % tag.split(" ")[0])
        return self

    def text(self):
        return "".join(self.parts)


# ----------------------------------------------------------------------------------
# clock and formats
# ----------------------------------------------------------------------------------
class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 11, 5, 58, 12, 381000)

    def tick(self, lo=0.2, hi=28.0):
        self.t += dt.timedelta(microseconds=int(R.uniform(lo, hi) * 1e6))
        return self.t


C = Clock()


def ts_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def ts_s(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def ts_ns(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d%03dZ" % (t.microsecond, R.randint(0, 999))


def ts_clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def ts_klog(t):
    return t.strftime("%m%d %H:%M:%S.") + "%06d" % t.microsecond


def ts_comma(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def ts_local(t, hours):
    return (t + dt.timedelta(hours=hours)).strftime("%Y-%m-%d %H:%M:%S")


def epoch(t):
    return int((t - dt.datetime(1970, 1, 1)).total_seconds())


TODAY = dt.date(2024, 3, 11)

MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON_EN_L = ["January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"]
MON_FR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
          "oct.", "nov.", "déc."]
MON_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
          "setembro", "outubro", "novembro", "dezembro"]
MON_TH = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.",
          "ต.ค.", "พ.ย.", "ธ.ค."]


def fd(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "dmy/":
        return d.strftime("%d/%m/%Y")
    if style == "dmy.":
        return d.strftime("%d.%m.%Y")
    if style == "dmy-":
        return d.strftime("%d-%m-%Y")
    if style == "mdy/":
        return d.strftime("%m/%d/%Y")
    if style == "dMony":
        return "%02d-%s-%d" % (d.day, MON_EN[d.month - 1], d.year)
    if style == "d Month y":
        return "%d %s %d" % (d.day, MON_EN_L[d.month - 1], d.year)
    if style == "Month d, y":
        return "%s %d, %d" % (MON_EN_L[d.month - 1], d.day, d.year)
    if style == "ddMONyy":
        return "%02d%s%02d" % (d.day, MON_EN[d.month - 1].upper(), d.year % 100)
    if style == "ddMONyyyy":
        return "%02d%s%d" % (d.day, MON_EN[d.month - 1].upper(), d.year)
    if style == "ddMON":
        return "%02d%s" % (d.day, MON_EN[d.month - 1].upper())
    if style == "fr":
        return "%d %s %d" % (d.day, MON_FR[d.month - 1], d.year)
    if style == "pt":
        return "%d de %s de %d" % (d.day, MON_PT[d.month - 1], d.year)
    if style == "th":
        return "%d %s %d" % (d.day, MON_TH[d.month - 1], (d.year + 543) % 100)
    if style == "thfull":
        return "%d %s %d" % (d.day, MON_TH[d.month - 1], d.year + 543)
    if style == "dm/":
        return d.strftime("%d/%m")
    if style == "yymmdd":
        return d.strftime("%y%m%d")
    if style == "ymd":
        return d.strftime("%Y%m%d")
    raise ValueError(style)


def age_of(d):
    return TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))


# ----------------------------------------------------------------------------------
# random identifiers
# ----------------------------------------------------------------------------------
def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hx(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def HX(n):
    return hx(n).upper()


def alnum(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def uuid4():
    h = hx(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:])


def luhn(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return body + str((10 - s % 10) % 10)


def iban(cc, bban):
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return "%s%02d%s" % (cc, 98 - int(num) % 97, bban)


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def cpf():
    n = [R.randint(0, 9) for _ in range(9)]
    for k in (10, 11):
        s = sum(a * b for a, b in zip(n, range(k, 1, -1)))
        d = (s * 10) % 11
        n.append(0 if d == 10 else d)
    s = "".join(map(str, n))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])


def thai_id():
    n = [R.randint(1, 8)] + [R.randint(0, 9) for _ in range(11)]
    c = (11 - sum(d * (13 - i) for i, d in enumerate(n)) % 11) % 10
    s = "".join(map(str, n)) + str(c)
    return "%s-%s-%s-%s-%s" % (s[0], s[1:5], s[5:10], s[10:12], s[12])


def ssn():
    while True:
        a = R.randint(101, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


VIN_VAL = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(wmi + "".join(R.choice(chars) for _ in range(5)) + "0" + "R" +
             R.choice("ABCDEFGH") + digits(6))
    s = sum(VIN_VAL[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def mrz_cd(s):
    w = (7, 3, 1)
    tot = 0
    for i, c in enumerate(s):
        if c.isdigit():
            val = int(c)
        elif "A" <= c <= "Z":
            val = ord(c) - 55
        else:
            val = 0
        tot += val * w[i % 3]
    return str(tot % 10)


SPECIAL = {"ß": "SS", "ø": "O", "Ø": "O", "æ": "AE", "Æ": "AE", "đ": "D", "Đ": "D",
           "ł": "L", "Ł": "L", "ð": "D", "þ": "TH"}


def fold(s):
    s = "".join(SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# ----------------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------------
def phone_fmt(nat):
    """returns dict with nat (national), intl (spaced), e164, wa (digits only)"""
    c = R.choice
    if nat == "FRA" or nat == "MAR":
        cc = "33" if nat == "FRA" else "212"
        sub = c("67") + digits(8)
        pairs = " ".join(sub[i:i + 2] for i in range(1, 9, 2))
        natf = "0" + sub[0] + " " + pairs
        intl = "+%s %s %s" % (cc, sub[0], pairs)
    elif nat == "BRA":
        cc = "55"
        ddd = c(["11", "21", "31", "41", "51", "61", "71", "81"])
        sub = ddd + "9" + digits(8)
        natf = "(%s) %s-%s" % (ddd, sub[2:7], sub[7:])
        intl = "+55 %s %s-%s" % (ddd, sub[2:7], sub[7:])
    elif nat == "PRT":
        cc = "351"
        sub = "9" + c("1236") + digits(7)
        natf = "%s %s %s" % (sub[:3], sub[3:6], sub[6:])
        intl = "+351 " + natf
    elif nat == "DEU":
        cc = "49"
        sub = "15" + c("12579") + digits(8)
        natf = "0%s %s" % (sub[:3], sub[3:])
        intl = "+49 %s %s" % (sub[:3], sub[3:])
    elif nat == "NLD":
        cc = "31"
        sub = "6" + digits(8)
        natf = "06-" + sub[1:]
        intl = "+31 6 " + sub[1:]
    elif nat == "GBR":
        cc = "44"
        sub = "7" + c("4589") + digits(8)
        natf = "0%s %s" % (sub[:4], sub[4:])
        intl = "+44 %s %s" % (sub[:4], sub[4:])
    elif nat == "IRL":
        cc = "353"
        sub = "8" + c("3567") + digits(7)
        natf = "0%s %s %s" % (sub[:2], sub[2:5], sub[5:])
        intl = "+353 %s %s %s" % (sub[:2], sub[2:5], sub[5:])
    elif nat == "USA":
        cc = "1"
        area = c(["617", "312", "415", "206", "713", "512", "773"])
        exch = str(R.randint(2, 9)) + digits(2)
        if exch == "555":
            exch = "556"
        sub = area + exch + digits(4)
        natf = "(%s) %s-%s" % (area, exch, sub[6:])
        intl = "+1 %s-%s-%s" % (area, exch, sub[6:])
    elif nat in ("SAU", "ARE"):
        cc = "966" if nat == "SAU" else "971"
        sub = "5" + c("0356") + digits(7)
        natf = "0%s %s %s" % (sub[:2], sub[2:5], sub[5:])
        intl = "+%s %s %s %s" % (cc, sub[:2], sub[2:5], sub[5:])
    elif nat == "EGY":
        cc = "20"
        sub = "1" + c("0125") + digits(8)
        natf = "0%s %s %s" % (sub[:2], sub[2:6], sub[6:])
        intl = "+20 %s %s %s" % (sub[:2], sub[2:6], sub[6:])
    elif nat == "JPN":
        cc = "81"
        sub = c(["90", "80", "70"]) + digits(8)
        natf = "0%s-%s-%s" % (sub[:2], sub[2:6], sub[6:])
        intl = "+81 %s-%s-%s" % (sub[:2], sub[2:6], sub[6:])
    elif nat == "NGA":
        cc = "234"
        sub = c(["803", "806", "813", "703", "805"]) + digits(7)
        natf = "0%s %s %s" % (sub[:3], sub[3:6], sub[6:])
        intl = "+234 %s %s %s" % (sub[:3], sub[3:6], sub[6:])
    elif nat == "POL":
        cc = "48"
        sub = c("5678") + digits(8)
        natf = "%s %s %s" % (sub[:3], sub[3:6], sub[6:])
        intl = "+48 " + natf
    elif nat == "IND":
        cc = "91"
        sub = c("987") + digits(9)
        natf = "%s %s" % (sub[:5], sub[5:])
        intl = "+91 " + natf
    elif nat == "KOR":
        cc = "82"
        sub = "10" + digits(8)
        natf = "0%s-%s-%s" % (sub[:2], sub[2:6], sub[6:])
        intl = "+82 %s-%s-%s" % (sub[:2], sub[2:6], sub[6:])
    elif nat == "ITA":
        cc = "39"
        sub = "3" + c("2345789") + digits(8)
        natf = "%s %s %s" % (sub[:3], sub[3:6], sub[6:])
        intl = "+39 " + natf
    elif nat == "SWE":
        cc = "46"
        sub = "7" + c("0236") + digits(7)
        natf = "0%s-%s %s %s" % (sub[:2], sub[2:5], sub[5:7], sub[7:])
        intl = "+46 %s %s %s %s" % (sub[:2], sub[2:5], sub[5:7], sub[7:])
    elif nat == "VNM":
        cc = "84"
        sub = "9" + c("0134") + digits(7)
        natf = "0%s %s %s" % (sub[:2], sub[2:5], sub[5:])
        intl = "+84 %s %s %s" % (sub[:2], sub[2:5], sub[5:])
    elif nat == "CHE":
        cc = "41"
        sub = "7" + c("6789") + digits(7)
        natf = "0%s %s %s %s" % (sub[:2], sub[2:5], sub[5:7], sub[7:])
        intl = "+41 %s %s %s %s" % (sub[:2], sub[2:5], sub[5:7], sub[7:])
    elif nat == "ESP":
        cc = "34"
        sub = "6" + digits(8)
        natf = "%s %s %s %s" % (sub[:3], sub[3:5], sub[5:7], sub[7:])
        intl = "+34 " + natf
    elif nat == "THA":
        cc = "66"
        sub = c("896") + c("0123456789") + digits(7)
        natf = "0%s-%s-%s" % (sub[:2], sub[2:5], sub[5:])
        intl = "+66 %s %s %s" % (sub[:2], sub[2:5], sub[5:])
    else:
        raise ValueError(nat)
    return {"nat": natf, "intl": intl, "e164": "+" + cc + sub, "wa": cc + sub}


def passport_no(nat):
    if nat == "FRA":
        return digits(2) + alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(5)
    if nat == "DEU":
        return alnum(9, "CFGHJKLMNPRTVWXYZ0123456789")
    if nat in ("GBR", "USA", "IRL"):
        return (R.choice("56") if nat != "IRL" else "P" + R.choice("ABCDE")) + digits(8 if nat != "IRL" else 7)
    if nat == "BRA":
        return R.choice(["FZ", "GA", "YB"]) + digits(6)
    if nat == "THA":
        return R.choice(["AA", "AB", "AC"]) + digits(7)
    if nat == "NLD":
        return alnum(2, "BCDFGHJKLNPRSTVWXZ") + alnum(6, "BCDFGHJKLNPRSTVWXZ0123456789") + digits(1)
    if nat == "JPN":
        return R.choice(["TR", "TZ", "MU"]) + digits(7)
    if nat == "IND":
        return R.choice("JKLMNPRSTUVZ") + digits(7)
    if nat == "ITA":
        return R.choice(["YA", "YB", "YC"]) + digits(7)
    if nat == "CHE":
        return "X" + digits(7)
    if nat == "ESP":
        return alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6)
    return R.choice("ABCDEFGHKLMNPRSTUZ") + digits(8)


PEOPLE_RAW = [
    # first, last, sex, nat, street, city, zip, email, relative(first,last,rel), lang, family_first
    ("Marie-Claire", "Lefèvre-Dubois", "F", "FRA", "27 avenue Jean Jaurès", "Villeurbanne", "69100",
     "mc.lefevre-dubois@orange.fr", ("Antoine", "Lefèvre-Dubois", "son"), "fr"),
    ("Jean-Baptiste", "de La Fontaine", "M", "FRA", "8 impasse des Tilleuls", "Saint-Malo", "35400",
     "jb.delafontaine@free.fr", ("Éléonore", "de La Fontaine", "wife"), "fr"),
    ("Hélène", "Moreau", "F", "FRA", "112 rue Nationale", "Tours", "37000",
     "helene.moreau37@laposte.net", ("Julien", "Moreau", "son"), "fr"),
    ("João Pedro", "Oliveira", "M", "BRA", "Rua Augusta, 1508, apto 72", "São Paulo", "01304-001",
     "jpoliveira@uol.com.br", ("Ana Beatriz", "Oliveira", "daughter"), "pt"),
    ("Maria das Graças", "Souza", "F", "BRA", "Av. Atlântica, 2964", "Rio de Janeiro", "22070-002",
     "gracinha.souza@gmail.com", ("Ana Paula", "Souza Lima", "daughter"), "pt"),
    ("Luís Filipe", "da Silva Ferreira", "M", "PRT", "Rua de Cedofeita, 412, 3.º Esq.", "Porto", "4050-174",
     "luis.fsferreira@sapo.pt", ("Inês", "Ferreira", "wife"), "pt"),
    ("Hans-Jürgen", "Müller", "M", "DEU", "Lindenstraße 14", "Freiburg im Breisgau", "79098",
     "hj.mueller@t-online.de", ("Ingrid", "Müller", "wife"), "en"),
    ("Ingrid", "Schröder", "F", "DEU", "Am Kirchberg 3a", "Bad Homburg", "61348",
     "i.schroeder@gmx.de", ("Klaus", "Schröder", "husband"), "en"),
    ("Pieter", "van der Berg", "M", "NLD", "Keizersgracht 221-H", "Amsterdam", "1016 DV",
     "pieter.vdberg@ziggo.nl", ("Sanne", "van der Berg", "daughter"), "en"),
    ("Thomas", "O'Brien", "M", "GBR", "14 Hollybush Lane", "Harpenden", "AL5 4AT",
     "tom.obrien58@btinternet.com", ("Sarah", "O'Brien", "wife"), "en"),
    ("Margaret", "McAllister", "F", "GBR", "3/2 45 Hyndland Road", "Glasgow", "G12 9UX",
     "peggy.mcallister@outlook.com", ("Fiona", "McAllister-Reid", "daughter"), "en"),
    ("Dwayne", "Jackson", "M", "USA", "4417 Magnolia Ave", "Houston", "77023",
     "dwayne.jackson77@yahoo.com", ("Keisha", "Jackson", "wife"), "en"),
    ("Emily", "Kowalski", "F", "USA", "902 W Wrightwood Ave Apt 3F", "Chicago", "60614",
     "ekowalski@icloud.com", ("Mark", "Kowalski", "father"), "en"),
    ("Fatima", "Al-Zahrani", "F", "SAU", "King Abdulaziz Rd, Al Rawdah Dist., Bldg 7", "Jeddah", "23432",
     "f.alzahrani@hotmail.com", ("Abdullah", "Al-Zahrani", "husband"), "ar"),
    ("Khalid", "Al-Harthy", "M", "ARE", "Villa 22, Street 14B, Al Barsha 2", "Dubai", None,
     "khalid.harthy@eim.ae", ("Saeed", "Al-Harthy", "son"), "ar"),
    ("Omar", "El-Masry", "M", "EGY", "17 Shehab St, Mohandessin", "Giza", "12411",
     "omar.elmasry@gmail.com", ("Nour", "El-Masry", "daughter"), "ar"),
    ("Youssef", "Benali", "M", "MAR", "Résidence Al Andalous, Imm 4 Apt 12, Bd Zerktouni", "Casablanca", "20250",
     "y.benali@menara.ma", ("Khadija", "Benali", "wife"), "fr"),
    ("Yumiko", "Takahashi", "F", "JPN", "桜新町1-12-5", "東京都世田谷区", "154-0015",
     "yumiko.t@docomo.ne.jp", ("Kenji", "Takahashi", "husband"), "en"),
    ("Chukwuemeka", "Okonkwo", "M", "NGA", "12 Admiralty Way, Lekki Phase 1", "Lagos", "106104",
     "emeka.okonkwo@yahoo.co.uk", ("Adaeze", "Okonkwo", "wife"), "en"),
    ("Agnieszka", "Wiśniewska", "F", "POL", "ul. Marszałkowska 84/92 m. 15", "Warszawa", "00-514",
     "a.wisniewska@wp.pl", ("Tomasz", "Wiśniewski", "husband"), "en"),
    ("Venkatesh", "Subramanian", "M", "IND", "Flat 3B, Lakshmi Apts, 14 Kasturi Rangan Rd", "Chennai", "600018",
     "venkat.subramanian@rediffmail.com", ("Priya", "Venkatesh", "daughter"), "en"),
    ("Ji-hoon", "Park", "M", "KOR", "201 Banpo-daero, Seocho-gu", "Seoul", "06579",
     "jihoon.park@naver.com", ("Soo-min", "Park", "sister"), "en"),
    ("Giuseppe", "D'Angelo", "M", "ITA", "Via dei Mille 37", "Napoli", "80121",
     "giuseppe.dangelo@libero.it", ("Rosaria", "D'Angelo", "wife"), "en"),
    ("Bjørn", "Åkesson", "M", "SWE", "Götgatan 48 lgh 1102", "Stockholm", "118 26",
     "bjorn.akesson@telia.com", ("Karin", "Åkesson", "wife"), "en"),
    ("Thị Lan", "Nguyễn", "F", "VNM", "Số 18 ngõ 94 Chùa Bộc", "Hà Nội", "100000",
     "lan.nguyen@vnn.vn", ("Văn Hùng", "Trần", "husband"), "en"),
    ("Ursula", "Brunner", "F", "CHE", "Seefeldstrasse 152", "Zürich", "8008",
     "u.brunner@bluewin.ch", ("Martin", "Brunner", "son"), "fr"),
    ("María José", "de la Cruz Ramírez", "F", "ESP", "Calle de Alcalá 214, 3º B", "Madrid", "28028",
     "mj.delacruz@telefonica.net", ("Javier", "de la Cruz", "son"), "en"),
    ("Somchai", "Jaidee", "M", "THA", "99/12 Soi Sukhumvit 31, Khlong Toei Nuea", "Bangkok", "10110",
     "somchai.j@hotmail.co.th", ("Siriporn", "Jaidee", "wife"), "th"),
    ("Siobhán", "Ní Bhriain", "F", "IRL", "Apt 5, 21 Ranelagh Road", "Dublin 6", "D06 E2X4",
     "siobhan.nibhriain@eircom.net", ("Cathal", "Ó Briain", "brother"), "en"),
]
THAI_SCRIPT = {("Somchai", "Jaidee"): "สมชาย ใจดี", ("Siriporn", "Jaidee"): "ศิริพร ใจดี"}
FAMILY_FIRST = {"VNM", "KOR"}
OLD_DOB = {"Hélène": dt.date(1931, 11, 4), "Margaret": dt.date(1933, 8, 19),
           "Ursula": dt.date(1929, 5, 27), "Giuseppe": dt.date(1932, 1, 30),
           "Omar": dt.date(1934, 6, 2)}

INSURERS = [
    # name, code, policy pattern, member pattern
    ("Hanseatic Reise Versicherung AG", "HRV", "HRV-TR-#######-01", "M########"),
    ("Assurances Voyageurs Mutuelle", "AVM", "AVM/2024/######", "AVM-A-######"),
    ("Seguradora Horizonte S.A.", "SHZ", "SHZ 0612 #### ####", "SHZ########"),
    ("Northbridge Travel Guard Inc.", "NTG", "NTG-US-#####-##", "NTG#########"),
    ("Gulf Shield Takaful", "GST", "GST-TKF-########", "GSTM######"),
    ("Albion Travel Insurance Ltd", "ATI", "ATI#########", "ATIM########"),
    ("Koyo Overseas Travel Insurance", "KOT", "KT-24-#######", "KTM-#######"),
    ("Pan-Asia Assure Pte Ltd", "PAA", "PAA/TRV/########", "PAM########"),
]
INS_BY_NAT = {"FRA": 1, "MAR": 1, "CHE": 1, "BRA": 2, "PRT": 2, "ESP": 2, "DEU": 0, "NLD": 0,
              "POL": 0, "SWE": 0, "ITA": 0, "USA": 3, "SAU": 4, "ARE": 4, "EGY": 4, "GBR": 5,
              "IRL": 5, "NGA": 5, "JPN": 6, "KOR": 7, "VNM": 7, "IND": 7, "THA": 7}


def pattern(p):
    return "".join(R.choice("0123456789") if ch == "#" else ch for ch in p)


HOSPITALS = [
    # name, country, city, currency, thai name
    ("Bangkok Hospital Phuket", "TH", "Phuket", "THB", "โรงพยาบาลกรุงเทพภูเก็ต"),
    ("Bumrungrad International Hospital", "TH", "Bangkok", "THB", "โรงพยาบาลบำรุงราษฎร์"),
    ("Samitivej Sukhumvit Hospital", "TH", "Bangkok", "THB", "โรงพยาบาลสมิติเวช สุขุมวิท"),
    ("Bangkok Hospital Samui", "TH", "Ko Samui", "THB", "โรงพยาบาลกรุงเทพสมุย"),
    ("Hospital da Luz Lisboa", "PT", "Lisboa", "EUR", None),
    ("Hospital Israelita Albert Einstein", "BR", "São Paulo", "BRL", None),
    ("Mediclinic City Hospital", "AE", "Dubai", "AED", None),
    ("Clinique Internationale de Marrakech", "MA", "Marrakech", "MAD", None),
    ("Hospital Quirónsalud Marbella", "ES", "Marbella", "EUR", None),
    ("Vinmec Times City International Hospital", "VN", "Hà Nội", "VND", None),
    ("Apollo Hospitals Greams Road", "IN", "Chennai", "INR", None),
    ("Aga Khan University Hospital", "KE", "Nairobi", "KES", None),
    ("St. Luke's International Hospital", "JP", "Tokyo", "JPY", None),
]
TH_HOSP = [h for h in HOSPITALS if h[1] == "TH"]


def hn_for(h):
    c = h[1]
    if c == "TH":
        return "%s-%s" % (digits(2), digits(6))
    if c == "BR":
        return digits(7)
    if c == "PT":
        return digits(8)
    if c in ("AE", "KE", "IN"):
        return "MRN" + digits(8)
    if c == "MA":
        return "IPP " + digits(9)
    if c == "ES":
        return "NHC " + digits(7)
    if c == "VN":
        return "PID" + digits(9)
    return digits(10)


class Person:
    pass


def make_people():
    out = []
    used_case = set()
    for raw in PEOPLE_RAW:
        first, last, sex, nat, street, city, zipc, email, rel, lang = raw
        p = Person()
        p.first, p.last, p.sex, p.nat = first, last, sex, nat
        p.street, p.city, p.zip, p.email, p.lang = street, city, zipc, email, lang
        p.ff = nat in FAMILY_FIRST
        p.thai = THAI_SCRIPT.get((first, last))
        p.dob = OLD_DOB.get(first) or (TODAY - dt.timedelta(days=R.randint(22 * 365, 86 * 365)))
        p.age = age_of(p.dob)
        p.phone = phone_fmt(nat)
        p.passport = passport_no(nat)
        p.pp_exp = dt.date(R.randint(2025, 2033), R.randint(1, 12), R.randint(1, 28))
        ins = INSURERS[INS_BY_NAT[nat]]
        p.insurer, p.ins_code = ins[0], ins[1]
        p.policy = pattern(ins[2])
        p.member = pattern(ins[3])
        p.claim = "CLM-24-" + digits(7)
        while True:
            cr = "MA24-0" + digits(5)
            if cr not in used_case:
                used_case.add(cr)
                break
        p.case = cr
        p.hosp = R.choice(TH_HOSP) if R.random() < 0.4 else R.choice(HOSPITALS)
        p.hn = hn_for(p.hosp)
        p.an = "AN" + digits(2) + "-" + digits(6)
        p.admit = TODAY - dt.timedelta(days=R.randint(1, 12))
        p.incident = p.admit - dt.timedelta(days=R.choice([0, 0, 0, 1, 2]))
        p.discharge = TODAY + dt.timedelta(days=R.randint(1, 8))
        p.flight = p.discharge
        p.locator = alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        p.eticket = R.choice(["217", "057", "125", "074", "176", "618"]) + digits(10)
        p.ssn = ssn() if nat == "USA" else None
        p.cpf = cpf() if nat == "BRA" else None
        p.thai_id = thai_id() if nat == "THA" else None
        p.card = luhn(R.choice(["4539", "4916", "5425", "5186", "4024"]), 16)
        cc2 = {"FRA": "FR", "DEU": "DE", "PRT": "PT", "NLD": "NL", "ESP": "ES", "ITA": "IT",
               "CHE": "CH", "GBR": "GB", "IRL": "IE", "POL": "PL", "SWE": "SE"}.get(nat)
        if cc2 == "FR":
            p.iban = iban("FR", digits(10) + digits(11) + digits(2))
        elif cc2 == "DE":
            p.iban = iban("DE", digits(18))
        elif cc2 == "PT":
            p.iban = iban("PT", "0002" + digits(17))
        elif cc2 == "NL":
            p.iban = iban("NL", R.choice(["INGB", "ABNA", "RABO"]) + digits(10))
        elif cc2 == "GB":
            p.iban = iban("GB", R.choice(["NWBK", "BARC", "LOYD"]) + digits(14))
        elif cc2 == "IE":
            p.iban = iban("IE", "AIBK" + digits(14))
        elif cc2 == "ES":
            p.iban = iban("ES", digits(20))
        elif cc2 == "IT":
            p.iban = iban("IT", R.choice("ABCX") + digits(10) + digits(12))
        elif cc2 == "CH":
            p.iban = iban("CH", digits(17))
        elif cc2 == "PL":
            p.iban = iban("PL", digits(24))
        elif cc2 == "SE":
            p.iban = iban("SE", digits(20))
        else:
            p.iban = None
        p.bank_acct = digits(5) + "-" + digits(1) if nat == "BRA" else digits(10)
        p.username = (fold(first).split(" ")[0].lower().replace("-", "") + "." +
                      fold(last).lower().replace(" ", "").replace("'", "")[:8] + digits(2))
        p.sub = uuid4()
        p.ip = R.choice(["49.228", "171.97", "90.114", "177.34", "86.149", "2.84", "94.200",
                         "37.164", "83.110", "105.112", "41.58", "126.212", "87.52"]) + \
            ".%d.%d" % (R.randint(1, 254), R.randint(1, 254))
        p.weight = R.randint(48, 112)
        rf, rl, rrel = rel
        r = Person()
        r.first, r.last, r.rel, r.nat = rf, rl, rrel, nat
        r.sex = "M" if rrel in ("son", "husband", "father", "brother") else "F"
        r.ff = p.ff
        r.thai = THAI_SCRIPT.get((rf, rl))
        r.phone = phone_fmt(nat)
        r.email = (fold(rf).lower().replace(" ", ".").replace("-", "") + "." +
                   fold(rl).lower().replace(" ", "").replace("'", "") +
                   R.choice(["@gmail.com", "@outlook.com", "@yahoo.com", "@icloud.com", "@hotmail.com"]))
        r.dob = TODAY - dt.timedelta(days=R.randint(20 * 365, 70 * 365))
        r.passport = passport_no(nat)
        p.rel = r
        p.fax = None
        out.append(p)
    return out


PEOPLE = make_people()
for _p in PEOPLE:
    if _p.nat in ("JPN", "DEU", "ITA", "USA") and R.random() < 0.9:
        _p.fax = phone_fmt(_p.nat)["nat"] if _p.nat != "JPN" else "03-" + digits(4) + "-" + digits(4)


def natural(p):
    return "%s %s" % (p.last, p.first) if p.ff else "%s %s" % (p.first, p.last)


def initials(first):
    out = []
    for w in first.split(" "):
        out.append("-".join(x[0] + "." for x in w.split("-")))
    return " ".join(out)


def name_form(p, style=None):
    style = style or R.choice(["natural", "natural", "upper_last", "comma", "initial", "upper",
                               "lower", "natural"])
    if style == "natural":
        return natural(p)
    if style == "upper_last":
        return "%s %s" % (p.last.upper(), p.first)
    if style == "comma":
        return "%s, %s" % (p.last, p.first)
    if style == "initial":
        return "%s %s" % (initials(p.first), p.last)
    if style == "upper":
        return natural(p).upper()
    if style == "lower":
        return natural(p).lower()
    if style == "ascii_upper":
        return fold(natural(p)).upper()
    raise ValueError(style)


def gds_name(s):
    s = fold(s).upper()
    return "".join(ch for ch in s if ch.isalpha() or ch == " ")


def mrz_name(s):
    s = fold(s).upper().replace("'", "")
    return "".join(ch if "A" <= ch <= "Z" else "<" for ch in s)


def title_en(p):
    return "Mr" if p.sex == "M" else R.choice(["Mrs", "Ms"])


def gds_title(p):
    return "MR" if p.sex == "M" else "MRS"


def pick():
    return R.choice(PEOPLE)


STAFF_AGENTS = ["l.moreau", "kchaiyaporn", "r.santos", "a.haddad", "j.whitfield", "n.okafor",
                "p.sukprasert", "m.ferreira", "s.benkirane", "t.nakamura"]
MED_OFFICERS = ["Dr. Sophie Marchand", "Dr. Rui Carvalho", "Dr. Nattapong Wongsa",
                "Dr. Amira Haddad", "Dr. Graham Whitfield"]
TREATING = ["Anan Srisuk", "Carla Menezes", "Rajesh Iyer", "Hiroshi Sato", "Layla Mansour",
            "Pedro Almeida", "Karim Tazi", "Nguyen Van Minh"]
CREW = [("HARTMANN", "STEFAN", "PIC", "DEU", "M"), ("NAVARRO", "LUCIA", "SIC", "ESP", "F"),
        ("BERNARD", "CHLOE", "FLIGHT NURSE", "FRA", "F"), ("YOUSEF", "MALIK", "FLIGHT PHYSICIAN", "JOR", "M"),
        ("KOWALCZYK", "PIOTR", "PIC", "POL", "M"), ("DUBOIS", "ETIENNE", "SIC", "FRA", "M"),
        ("ANDERSSON", "LINNEA", "FLIGHT NURSE", "SWE", "F")]
CREW_DOC = {c[0]: (dt.date(R.randint(1968, 1994), R.randint(1, 12), R.randint(1, 28)), passport_no(c[3]))
            for c in CREW}


def crew_pick():
    pic = R.choice([c for c in CREW if c[2] == "PIC"])
    sic = R.choice([c for c in CREW if c[2] == "SIC"])
    med = R.choice([c for c in CREW if c[2].startswith("FLIGHT")])
    return [pic, sic, med]
AIRCRAFT = [("D-CMED", "LJ45"), ("D-CAMB", "LJ60"), ("F-HMED", "C68A"), ("OO-MED", "CL35"),
            ("9H-AMB", "LJ45"), ("HB-MED", "C68A")]
MISSIONS = ["MAE412", "MAE415", "MAE417", "MAE421", "MAE426"]
APPS = ["case-service", "flight-ops-service", "billing-service", "policy-gateway",
        "doc-intake", "wa-bridge", "notification-service"]
LV = {"TRACE": 5000, "DEBUG": 10000, "INFO": 20000, "WARN": 30000, "ERROR": 40000}


def pod(app):
    return "%s-%s-%s" % (app, hx(9 if R.random() < 0.5 else 10)[:R.choice([9, 10])],
                         alnum(5, "bcdfghjklmnpqrstvwxz2456789"))


PODS = {a: pod(a) for a in APPS}


def thread():
    return R.choice(["http-nio-8080-exec-%d" % R.randint(1, 24),
                     "kafka-consumer-case-ops-%d" % R.randint(0, 3),
                     "scheduling-1", "task-%d" % R.randint(1, 8), "main"])


# ----------------------------------------------------------------------------------
# envelopes
# ----------------------------------------------------------------------------------
def logback(level, logger, msg, mdc=None, extra=None, app=None, thr=None, b=None, stack=None):
    if b is None:
        b = B("logback_json")
        t = C.tick()
    else:  # wrapped by a container runtime line: the app wrote it a few ms earlier
        t = C.t - dt.timedelta(microseconds=R.randint(300, 9000))
    o = {"@timestamp": ts_ms(t), "@version": "1", "message": msg, "logger_name": logger,
         "thread_name": thr or thread(), "level": level, "level_value": LV[level]}
    if stack is not None:
        o["stack_trace"] = stack
    o["traceId"] = hx(32)
    o["spanId"] = hx(16)
    if mdc:
        o.update(mdc)
    o["app"] = app or "case-service"
    if extra:
        o.update(extra)
    return b.j(o)


def ecs(level, logger, msg, app, extra=None, b=None):
    b = b or B("spring_ecs_json")
    t = C.tick()
    o = {"@timestamp": ts_ms(t), "log.level": level, "process.pid": 1,
         "process.thread.name": thread(), "service.name": app,
         "service.version": R.choice(["2.14.3", "2.14.4", "3.1.0"]),
         "service.environment": "prod", "service.node.name": PODS.get(app, pod(app)),
         "log.logger": logger, "message": msg}
    if extra:
        o.update(extra)
    o["traceId"] = hx(32)
    o["spanId"] = hx(16)
    o["ecs.version"] = "8.11"
    return b.j(o)


def abbrev(logger, width=40):
    parts = logger.split(".")
    s = logger
    i = 0
    while len(s) > width and i < len(parts) - 1:
        parts[i] = parts[i][0]
        s = ".".join(parts)
        i += 1
    return s


def console(level, logger, app, fam="spring_console", thr=None, b=None):
    b = b or B(fam)
    t = C.tick()
    th = thr or thread()
    b.t("%s %5s 1 --- [%s] [%15s] %-40s : " % (ts_ms(t), level, app, th[-15:], abbrev(logger)))
    return b


def cri(b, stream="stdout"):
    t = C.tick()
    b.t("%s %s F " % (ts_ns(t), stream))
    return b


def kprefix(b, app):
    b.t("[pod/%s/%s] " % (PODS[app], app))
    return b


# ----------------------------------------------------------------------------------
# NOISE templates (no PHI)
# ----------------------------------------------------------------------------------
def n_hikari():
    tot = 10
    act = R.randint(0, 6)
    return [logback("DEBUG", "com.zaxxer.hikari.pool.HikariPool",
                    "HikariPool-1 - Pool stats (total=%d, active=%d, idle=%d, waiting=%d)" %
                    (tot, act, tot - act, R.choice([0, 0, 0, 1])), thr="HikariPool-1 housekeeper",
                    app=R.choice(APPS[:4]))]


def n_started():
    app = R.choice(APPS)
    cls = "".join(w.capitalize() for w in app.split("-")) + "Application"
    b = console("INFO", "com.meridianassist.%s.%s" % (app.split("-")[0], cls), app, thr="main")
    s = R.uniform(9, 24)
    b.t("Started %s in %.3f seconds (process running for %.3f)" % (cls, s, s + R.uniform(0.8, 2.5)))
    return [b]


def n_tomcat():
    app = R.choice(APPS)
    b = console("INFO", "org.springframework.boot.web.embedded.tomcat.TomcatWebServer", app, thr="main")
    b.t("Tomcat started on port %d (http) with context path '/'" % R.choice([8080, 8080, 8081]))
    return [b]


def n_kafka():
    app = R.choice(["case-service", "notification-service", "billing-service"])
    parts = sorted(R.sample(range(12), 3))
    b = console("INFO", "org.springframework.kafka.listener.KafkaMessageListenerContainer", app,
                thr="org.springframework.kafka.KafkaListenerEndpointContainer#0-0-C-1")
    b.t("%s-consumer: partitions assigned: [%s]" % (
        app.split("-")[0], ", ".join("case-events-%d" % x for x in parts)))
    return [b]


def n_fx():
    pairs = R.randint(28, 34)
    return [ecs("INFO", "com.meridianassist.billing.fx.FxRateRefreshJob",
                "FX rates refreshed source=ECB base=EUR pairs=%d durationMs=%d asOf=2024-03-08 "
                "EURTHB=%.4f EURBRL=%.4f EURAED=%.4f" % (pairs, R.randint(300, 1500),
                                                        R.uniform(38.7, 39.2), R.uniform(5.35, 5.45),
                                                        R.uniform(3.98, 4.02)), "billing-service")]


def n_slowquery():
    b = console("WARN", "com.meridianassist.case.infra.SlowQueryInterceptor", "case-service")
    b.t("query took %d ms: select ac1_0.id,ac1_0.case_ref,ac1_0.status,ac1_0.updated_at from "
        "assistance_case ac1_0 where ac1_0.status=? and ac1_0.updated_at<? order by ac1_0.updated_at "
        "fetch first ? rows only" % R.randint(1200, 4800))
    return [b]


def n_token_fail():
    reg = R.choice(["hrv-partner", "ntg-b2b", "shz-portal", "ati-claims"])
    return [logback("ERROR", "org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager",
                    "OAuth2 token refresh failed for registrationId=%s: [invalid_client] 401 Unauthorized "
                    "from POST https://auth.%s.example.net/oauth2/token" % (reg, reg.split("-")[0]),
                    app="policy-gateway")]


def n_circuit():
    cb = R.choice(["policyGateway", "hospitalDirectory", "swiftGateway", "whatsappGraphApi"])
    st = R.choice([("CLOSED", "OPEN"), ("OPEN", "HALF_OPEN"), ("HALF_OPEN", "CLOSED")])
    b = console("WARN", "io.github.resilience4j.circuitbreaker.internal.CircuitBreakerStateMachine",
                R.choice(APPS))
    b.t("CircuitBreaker '%s' changed state from %s to %s (failureRate=%.1f%%, bufferedCalls=%d)" %
        (cb, st[0], st[1], R.uniform(0, 80), R.randint(10, 100)))
    return [b]


def n_cache():
    return [logback("INFO", "com.meridianassist.common.cache.CacheStatsReporter",
                    "Cache '%s' stats: hits=%d misses=%d evictions=%d size=%d" % (
                        R.choice(["hospitalDirectory", "insurerConfig", "fxRates", "airportInfo"]),
                        R.randint(1000, 50000), R.randint(10, 900), R.randint(0, 40), R.randint(50, 4000)),
                    app=R.choice(APPS))]


def n_job():
    job = R.choice(["gopExpiryReminder", "openCaseSlaCheck", "invoiceAgeingReport",
                    "missionCostAccrual", "documentRetentionPurge"])
    return [ecs("INFO", "com.meridianassist.common.scheduling.JobRunner",
                "Job %s finished: scanned=%d actioned=%d errors=0 in %.2fs" %
                (job, R.randint(100, 9000), R.randint(0, 40), R.uniform(0.4, 30)),
                R.choice(["case-service", "billing-service"]))]


def n_adsb():
    tails = R.sample([a[0].replace("-", "") for a in AIRCRAFT], 4)
    b = console("INFO", "com.meridianassist.flightops.tracking.AdsbPoller", "flight-ops-service",
                thr="scheduling-1")
    b.t("polled %d tails [%s] in %d ms, %d airborne, feed=adsbx lag=%.1fs" % (
        len(tails), ",".join(tails), R.randint(200, 900), R.randint(0, 3), R.uniform(0.5, 9)))
    return [b]


def n_metar():
    st = R.choice(["VTSP", "VTBS", "LFPB", "LFLL", "OMDB", "SBGR", "LPPT", "GMMX", "VOMM"])
    b = console("INFO", "com.meridianassist.flightops.wx.WeatherService", "flight-ops-service")
    b.t("METAR %s %02d%02d%02dZ %03d%02dKT 9999 FEW0%02d %02d/%02d Q%04d NOSIG" % (
        st, 11, C.t.hour, 0 if R.random() < 0.5 else 30, R.choice(range(0, 360, 10)), R.randint(2, 18),
        R.randint(15, 40), R.randint(8, 34), R.randint(2, 25), R.randint(1003, 1024)))
    return [b]


def n_crew():
    b = console("INFO", "com.meridianassist.flightops.crew.CrewDutyCalculator", "flight-ops-service")
    b.t("crew C-%02d FDP remaining %dh%02dm, next rest %s, EASA ORO.FTL.205 ok" % (
        R.randint(1, 12), R.randint(1, 11), R.randint(0, 59), R.choice(["10h", "12h", "14h"])))
    return [b]


def n_slot():
    b = console("INFO", "com.meridianassist.flightops.nm.EurocontrolB2BClient", "flight-ops-service")
    b.t("slot CTOT %02d%02d issued for %s ADEP %s ADES %s regulation %s" % (
        R.randint(6, 22), R.choice([0, 15, 30, 45]), R.choice(MISSIONS), R.choice(["LFPB", "EDDS", "LFLL"]),
        R.choice(["VTSP", "OMDB", "LPPT", "GMMX"]), R.choice(["LFFUR12", "EDUUAC4", "none"])))
    return [b]


def n_envoy_health():
    b = B("envoy_access")
    t = C.tick()
    path = R.choice(["/actuator/health/liveness", "/actuator/health/readiness", "/actuator/prometheus"])
    ip = "10.42.%d.%d" % (R.randint(0, 7), R.randint(2, 250))
    b.t('[%s] "GET %s HTTP/1.1" 200 - via_upstream - "-" 0 %d %d %d "-" "%s" "%s" "%s:8081" '
        '"127.0.0.6:8081" inbound|8081|| 127.0.0.6:%d %s:8081 10.42.0.1:0 - default' % (
            ts_ms(t), path, R.randint(40, 9000), R.randint(1, 9), R.randint(0, 8),
            "kube-probe/1.28" if "health" in path else "Prometheus/2.49.1", uuid4(), ip,
            R.randint(30000, 60000), ip))
    return [b]


def n_coredns():
    b = cri(B("k8s_cri"))
    svc = R.choice(["policy-gateway.ops.svc.cluster.local.", "case-service.ops.svc.cluster.local.",
                    "kafka-0.kafka-headless.data.svc.cluster.local.", "sqs.eu-west-3.amazonaws.com."])
    b.t('[INFO] 10.42.%d.%d:%d - %d "A IN %s udp %d false 512" NOERROR qr,aa,rd %d %.6fs' % (
        R.randint(0, 7), R.randint(2, 250), R.randint(30000, 60000), R.randint(1000, 65000), svc,
        R.randint(50, 90), R.randint(100, 200), R.uniform(0.00005, 0.002)))
    return [b]


def n_fluentbit():
    b = cri(B("k8s_cri"), "stderr")
    t = C.t
    b.t("[%s] [ info] [output:cloudwatch_logs:cloudwatch_logs.0] Created log stream "
        "%s.ops.%s in group /eks/ma-prod/application" % (
            t.strftime("%Y/%m/%d %H:%M:%S"), PODS[R.choice(APPS)], R.choice(APPS)))
    return [b]


def n_klog():
    b = B("k8s_klog")
    t = C.tick()
    node = "ip-10-42-%d-%d.eu-west-3.compute.internal" % (R.randint(0, 7), R.randint(2, 250))
    app = R.choice(APPS)
    k = R.randint(0, 3)
    if k == 0:
        b.t('I%s       1 schedule_one.go:286] "Successfully bound pod to node" pod="ops/%s" node="%s" '
            'evaluatedNodes=6 feasibleNodes=3' % (ts_klog(t), pod(app), node))
    elif k == 1:
        b.t('I%s    2143 prober.go:107] "Probe failed" probeType="Readiness" pod="ops/%s" podUID="%s" '
            'containerName="%s" probeResult="failure" output="Get \\"http://10.42.%d.%d:8081/actuator/health/'
            'readiness\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"' % (
                ts_klog(t), PODS[app], uuid4(), app, R.randint(0, 7), R.randint(2, 250)))
    elif k == 2:
        b.t('I%s       1 horizontal.go:891] "Successful rescale" HPA="ops/%s" currentReplicas=%d '
            'desiredReplicas=%d reason="cpu resource utilization (percentage of request) above target"' % (
                ts_klog(t), app, R.randint(2, 4), R.randint(3, 6)))
    else:
        b.t('W%s    2143 kubelet.go:2422] "Pod container restarted" pod="ops/%s" container="%s" '
            'restartCount=%d exitCode=137 reason="OOMKilled"' % (ts_klog(t), PODS[app], app, R.randint(1, 5)))
    return [b]


def n_nginx_health():
    b = cri(B("nginx_ingress"))
    t = C.t
    b.t('10.42.0.%d - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "ELB-HealthChecker/2.0" 118 0.001 '
        '[ops-case-service-8080] [] 10.42.%d.%d:8080 2 0.001 200 %s' % (
            R.randint(2, 250), ts_clf(t), R.randint(0, 7), R.randint(2, 250), hx(32)))
    return [b]


def n_cloudtrail():
    t = C.tick()
    acct = "412398765432"
    k = R.randint(0, 4)
    role = R.choice(["eks-doc-intake-irsa", "eks-billing-irsa", "eks-case-service-irsa"])
    sess = "botocore-session-%d" % epoch(t)
    uid = {"type": "AssumedRole", "principalId": "AROA%s:%s" % (alnum(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), sess),
           "arn": "arn:aws:sts::%s:assumed-role/%s/%s" % (acct, role, sess), "accountId": acct,
           "accessKeyId": "ASIA" + alnum(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
           "sessionContext": {"sessionIssuer": {"type": "Role", "principalId": "AROA" + alnum(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
                                                "arn": "arn:aws:iam::%s:role/%s" % (acct, role),
                                                "accountId": acct, "userName": role},
                              "attributes": {"creationDate": ts_s(t - dt.timedelta(minutes=R.randint(1, 50))),
                                             "mfaAuthenticated": "false"}}}
    if k == 0:
        ev = ("secretsmanager.amazonaws.com", "GetSecretValue",
              {"secretId": "arn:aws:secretsmanager:eu-west-3:%s:secret:prod/%s-%s" % (
                  acct, R.choice(["swift-gateway/mtls", "whatsapp/graph-token", "insurer/hrv-oauth"]), alnum(6))},
              None, True, "Management")
    elif k == 1:
        ev = ("kms.amazonaws.com", "Decrypt",
              {"encryptionContext": {"aws:s3:arn": "arn:aws:s3:::ma-prod-case-documents"},
               "encryptionAlgorithm": "SYMMETRIC_DEFAULT"}, None, True, "Management")
    elif k == 2:
        ev = ("s3.amazonaws.com", "GetObject",
              {"bucketName": "ma-prod-reference-data", "Host": "ma-prod-reference-data.s3.eu-west-3.amazonaws.com",
               "key": "fx-rates/2024/03/%02d/ecb-eurofxref.xml" % R.choice([8, 11])}, None, True, "Data")
    elif k == 3:
        ev = ("sts.amazonaws.com", "AssumeRoleWithWebIdentity",
              {"roleArn": "arn:aws:iam::%s:role/%s" % (acct, role), "roleSessionName": sess,
               "durationSeconds": 3600}, {"assumedRoleUser": {"arn": "arn:aws:sts::%s:assumed-role/%s/%s" % (acct, role, sess)}},
              True, "Management")
        uid = {"type": "WebIdentityUser", "principalId": "arn:aws:iam::%s:oidc-provider/oidc.eks.eu-west-3.amazonaws.com/id/%s:sts.amazonaws.com:system:serviceaccount:ops:%s" % (acct, HX(32), role.replace("-irsa", "")),
               "userName": "system:serviceaccount:ops:%s" % role.replace("-irsa", ""),
               "identityProvider": "arn:aws:iam::%s:oidc-provider/oidc.eks.eu-west-3.amazonaws.com/id/%s" % (acct, HX(32))}
    else:
        ev = ("logs.amazonaws.com", "CreateLogStream",
              {"logGroupName": "/eks/ma-prod/application", "logStreamName": "%s.ops" % pod(R.choice(APPS))},
              None, False, "Management")
    o = {"eventVersion": "1.09", "userIdentity": uid, "eventTime": ts_s(t), "eventSource": ev[0],
         "eventName": ev[1], "awsRegion": "eu-west-3", "sourceIPAddress": "10.42.%d.%d" % (R.randint(0, 7), R.randint(2, 250)),
         "userAgent": "aws-sdk-java/2.25.%d Linux/5.10.209-198.858.amzn2.x86_64 OpenJDK_64-Bit_Server_VM/21.0.2+13-LTS Java/21.0.2 vendor/Eclipse_Adoptium" % R.randint(1, 40),
         "requestParameters": ev[2], "responseElements": ev[3], "requestID": HX(16) if ev[0] == "s3.amazonaws.com" else uuid4(),
         "eventID": uuid4(), "readOnly": ev[4], "eventType": "AwsApiCall",
         "managementEvent": ev[5] == "Management", "recipientAccountId": acct, "eventCategory": ev[5]}
    return [B("cloudtrail").j(o)]


def n_cloudtrail_console():
    t = C.tick()
    acct = "412398765432"
    user = R.choice(["j.whitfield", "s.benkirane", "ops-oncall"])
    ip = R.choice(["80.215.%d.%d", "62.210.%d.%d"]) % (R.randint(1, 254), R.randint(1, 254))
    o = {"eventVersion": "1.09", "userIdentity": {"type": "AssumedRole", "principalId": "AROA%s:%s@meridianassist.eu" % (alnum(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), user),
                                                  "arn": "arn:aws:sts::%s:assumed-role/AWSReservedSSO_OpsReadOnly_%s/%s@meridianassist.eu" % (acct, hx(16), user),
                                                  "accountId": acct},
         "eventTime": ts_s(t), "eventSource": "signin.amazonaws.com", "eventName": "ConsoleLogin",
         "awsRegion": "eu-west-3", "sourceIPAddress": ip,
         "userAgent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
         "requestParameters": None, "responseElements": {"ConsoleLogin": "Success"},
         "additionalEventData": {"MobileVersion": "No", "MFAUsed": "Yes"}, "eventID": uuid4(),
         "readOnly": False, "eventType": "AwsConsoleSignIn", "managementEvent": True,
         "recipientAccountId": acct, "eventCategory": "Management"}
    return [B("cloudtrail").j(o)]


def apigw_json(ip, method, route, path, status, ua, principal=None, b=None):
    b = b or B("apigw_access")
    t = C.tick()
    o = {"requestId": "%s-%s-%s-%s" % (hx(8), hx(4), hx(4), hx(12)), "ip": ip, "caller": "-", "user": "-",
         "requestTime": ts_clf(t), "httpMethod": method, "routeKey": "%s %s" % (method, route),
         "path": path, "status": str(status), "protocol": "HTTP/1.1",
         "responseLength": str(R.randint(2, 6000)), "integrationLatency": str(R.randint(8, 900)),
         "userAgent": ua, "principalId": principal if principal is not None else "-"}
    return b.j(o)


def n_apigw_partner():
    partner = R.choice(["hrv", "ntg", "shz", "ati", "gst"])
    route = R.choice([("GET", "/v2/hospitals", "/v2/hospitals?country=%s&page=%d" % (R.choice(["TH", "PT", "AE", "MA"]), R.randint(1, 5))),
                      ("GET", "/v2/status", "/v2/status"),
                      ("POST", "/v2/webhooks/ack", "/v2/webhooks/ack"),
                      ("GET", "/v2/fx/{ccy}", "/v2/fx/%s" % R.choice(["THB", "BRL", "AED"]))])
    ip = R.choice(["52.47", "3.120", "18.185", "35.180"]) + ".%d.%d" % (R.randint(1, 254), R.randint(1, 254))
    return [apigw_json(ip, route[0], route[1], route[2], R.choice([200, 200, 200, 204, 429]),
                       "%s-b2b-client/4.%d (Java/17)" % (partner, R.randint(0, 9)),
                       principal="partner:%s" % partner)]


def n_apigw_clf():
    b = B("apigw_access")
    t = C.tick()
    ip = R.choice(["52.47", "3.120", "18.185"]) + ".%d.%d" % (R.randint(1, 254), R.randint(1, 254))
    b.t('%s - - [%s] "%s %s HTTP/1.1" %d %d %s' % (
        ip, ts_clf(t), "GET", R.choice(["/v2/status", "/v2/airports/VTSP", "/v2/hospitals/HSP-TH-0042"]),
        R.choice([200, 200, 304, 403]), R.randint(2, 3000), uuid4()))
    return [b]


def n_wa_template():
    t = C.tick()
    name = R.choice(["case_update_pt", "gop_issued_en", "rappel_documents_fr", "flight_confirmed_th",
                     "case_update_ar"])
    o = {"object": "whatsapp_business_account",
         "entry": [{"id": "104857632198765", "time": epoch(t), "changes": [{"value": {
             "event": R.choice(["APPROVED", "APPROVED", "REJECTED", "PAUSED"]),
             "message_template_id": int(digits(15)), "message_template_name": name,
             "message_template_language": {"pt": "pt_BR", "en": "en_US", "fr": "fr", "th": "th", "ar": "ar"}[name.split("_")[-1]],
             "reason": "NONE"}, "field": "message_template_status_update"}]}]}
    return [logback("INFO", "com.meridianassist.wa.web.WebhookController", "Inbound webhook",
                    app="wa-bridge", extra={"payload": o})]


def n_wa_verify():
    b = console("INFO", "com.meridianassist.wa.web.WebhookController", "wa-bridge")
    b.t("GET /webhooks/whatsapp?hub.mode=subscribe&hub.challenge=%d&hub.verify_token=**** -> 200 "
        "(challenge echoed)" % R.randint(10 ** 8, 10 ** 9))
    return [b]


def n_soap_status():
    b = B("soap_xml")
    t = C.tick()
    b.t("%s INFO  [org.apache.cxf.services.PolicyVerificationService.RESP_IN] (%s) RESP_IN "
        "Address: https://b2b.%s.example.net/ws/PolicyVerification/v2 ResponseCode: 200 "
        "ExchangeId: %s Payload: " % (ts_comma(t), thread(), R.choice(["hrv", "avm", "ntg"]), uuid4()))
    b.t('<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>'
        '<pv:GetServiceStatusResponse xmlns:pv="urn:insurer:policyverification:v2"><pv:Status>UP</pv:Status>'
        '<pv:Version>2.7.%d</pv:Version><pv:LatencyMs>%d</pv:LatencyMs></pv:GetServiceStatusResponse>'
        '</soap:Body></soap:Envelope>' % (R.randint(0, 9), R.randint(20, 400)))
    return [b]


def n_soap_fault():
    b = B("soap_xml")
    t = C.tick()
    b.t("%s WARN  [org.apache.cxf.phase.PhaseInterceptorChain] (%s) Interceptor for "
        "{urn:insurer:policyverification:v2}PolicyVerificationService has thrown exception, unwinding now "
        "Payload: " % (ts_comma(t), thread()))
    b.t('<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault>'
        '<faultcode>soap:Server</faultcode><faultstring>%s</faultstring><detail><pv:ErrorCode '
        'xmlns:pv="urn:insurer:policyverification:v2">%s</pv:ErrorCode></detail></soap:Fault></soap:Body>'
        '</soap:Envelope>' % R.choice([("Backend policy system unavailable", "PV-503"),
                                       ("Rate limit exceeded for client meridian_b2b", "PV-429"),
                                       ("Schema validation failed: element IncidentDate missing", "PV-400")]))
    return [b]


def n_billing_fx_deal():
    ccy = R.choice(["THB", "BRL", "AED", "MAD", "INR"])
    amt = R.uniform(20000, 900000)
    return [ecs("INFO", "com.meridianassist.billing.payments.FxDealService",
                "FX deal FXD-240311-%04d booked EUR/%s %.4f amount %s %s value date 2024-03-13 counterparty BNPAFRPP" %
                (R.randint(1, 300), ccy, R.uniform(3, 95), ccy, "{:,.2f}".format(amt)), "billing-service")]


def n_swift_ack():
    b = console("INFO", "com.meridianassist.billing.swift.AllianceLiteClient", "billing-service")
    b.t("ACK received {1:F21MERAFRPPAXXX%s}{4:{177:2403%s}{451:0}} uetr=%s" % (
        digits(10), C.t.strftime("%d%H%M")[-6:], uuid4()))
    return [b]


def n_ocr_stats():
    return [ecs("INFO", "com.meridianassist.docs.ocr.OcrPipeline",
                "ocr job inv-%s pages=%d lang=%s engine=tesseract-5.3.4 meanConf=%.1f durationMs=%d" % (
                    hx(4), R.randint(1, 6), R.choice(["tha+eng", "por", "fra+ara", "eng", "spa"]),
                    R.uniform(71, 96), R.randint(900, 9000)), "doc-intake")]


def n_kafka_event():
    t = C.tick()
    o = {"specversion": "1.0", "type": "com.meridianassist.hospital.directory.updated",
         "source": "/flight-ops-service/directory", "id": uuid4(), "time": ts_ms(t),
         "datacontenttype": "application/json",
         "data": {"hospitalId": "HSP-%s-%04d" % (R.choice(["TH", "PT", "AE", "MA", "BR"]), R.randint(1, 300)),
                  "field": R.choice(["billingFax", "gopEmail", "helipad", "icuBeds"]),
                  "updatedBy": R.choice(STAFF_AGENTS)}}
    return [B("kafka_event").j(o)]


def n_note_handover():
    b = B("callcenter_note")
    t = C.tick()
    txts = [
        "SHIFT HANDOVER night->day: %d open cases, %d air ambulance missions active (%s), %d GOPs pending insurer approval. Phuket billing fax down, use e-mail." % (
            R.randint(8, 30), 3, ", ".join(R.sample(MISSIONS, 3)), R.randint(1, 6)),
        "Relève équipe de nuit : file d'attente %d appels, temps moyen de décroché %d s, aucun incident technique. Serveur fax OK." % (
            R.randint(0, 9), R.randint(12, 60)),
        "Passagem de turno: %d casos pendentes de relatório médico, nenhum voo hoje. Central telefônica São Paulo normalizada." % R.randint(2, 9),
        "ส่งเวร: เคสเปิด %d เคส รอเอกสารจากโรงพยาบาล %d เคส ระบบโทรศัพท์ปกติ" % (R.randint(5, 20), R.randint(1, 5)),
        "Taslim el shift: %d 7alat maftou7a, wala 7ala 7arija. El khat el ardi fi Dubai sha8al tamam." % R.randint(3, 12),
        "Reminder: insurer HRV changed GOP approval limit to EUR 25,000 from 1 April; escalate above that to duty MO (%s)." % R.choice(MED_OFFICERS),
    ]
    k = R.randrange(len(txts))
    lang = ["en", "fr", "pt-BR", "th", "ar-Latn", "en"][k]
    off = {"en": 1, "fr": 1, "pt-BR": -3, "th": 7, "ar-Latn": 4}[lang]
    b.t("NOTE|%d|-|%s|%s|%s|SHIFT|%s" % (R.randint(10480000, 10499999), ts_local(t, off), R.choice(STAFF_AGENTS),
                                       lang, txts[k]))
    return [b]


def n_fpl():
    mis = R.choice(MISSIONS)
    reg, typ = R.choice(AIRCRAFT)
    adep, ades, alt = R.choice([("VTSP", "LFLL", "LFLS"), ("OMDB", "EDDS", "EDDF"), ("GMMX", "LFPB", "LFPO"),
                                ("LPPT", "LFML", "LFMN"), ("VTBS", "LSZH", "LSGG")])
    d = TODAY + dt.timedelta(days=R.randint(1, 5))
    out = []
    t = C.tick()
    hdr = "%02d%02d%02d" % (t.day, t.hour, t.minute)
    lines = ["ZCZC ABC%03d %s" % (R.randint(1, 999), hdr),
             "FF EUCHZMFP LFPYZPZX",
             "%s LFPBMAEX" % hdr,
             "(FPL-%s-IN" % mis,
             "-%s/M-SDFGHIRWY/SB1" % typ,
             "-%s%02d%02d" % (adep, R.randint(0, 23), R.choice([0, 15, 30, 45])),
             "-N0440F410 DCT %s DCT" % R.choice(["PUT R468 BIVIS", "NABOX UM688 ORSAR", "ALTAX UN871 BLV"]),
             "-%s%02d%02d %s" % (ades, R.randint(5, 14), R.randint(0, 59), alt),
             "-PBN/A1B1C1D1O1S2 DOF/%s REG/%s EET/%s0142 OPR/MERIDIAN AIR AMBULANCE STS/HOSP RMK/AIR AMBULANCE "
             "STRETCHER ON BOARD MEDICAL CREW 2)" % (fd(d, "yymmdd"), reg.replace("-", ""), R.choice(["VCCF", "OMAE", "LPPC"])),
             "NNNN"]
    for ln in lines:
        C.tick(0.0, 0.02)
        out.append(B("icao_fpl").t(ln))
    return out


def n_sched_fixed():
    out = []
    b = B("manifest_fixed")
    C.tick()
    b.t("%-8s %-5s %-7s %-5s %-6s %-5s %-6s %-9s %s" % ("MISSION", "TYPE", "REG", "ADEP", "ETD", "ADES", "ETA", "CREW", "STATUS"))
    out.append(b)
    for _ in range(R.randint(2, 4)):
        reg, typ = R.choice(AIRCRAFT)
        b = B("manifest_fixed")
        C.tick(0, 0.01)
        b.t("%-8s %-5s %-7s %-5s %-6s %-5s %-6s %-9s %s" % (
            R.choice(MISSIONS), typ, reg, R.choice(["LFPB", "EDDS", "LSZH"]), "%02d%02dZ" % (R.randint(0, 23), R.randint(0, 59)),
            R.choice(["VTSP", "OMDB", "GMMX", "LPPT"]), "%02d%02dZ" % (R.randint(0, 23), R.randint(0, 59)),
            "C-%02d" % R.randint(1, 12), R.choice(["PLANNED", "CREW-BRIEF", "AIRBORNE", "ON-BLOCKS"])))
        out.append(b)
    return out


def n_mt_business():
    """MT103 paying a hospital: only the remittance line can carry PHI - here none"""
    return mt103(None)


def n_gop_lookalike():
    b = console("INFO", "com.meridianassist.case.gop.GopRenderer", "case-service")
    b.t("template gop_%s_v7.ftl loaded (%d bytes, sha256=%s) from classpath:/templates/gop/" % (
        R.choice(["en", "fr", "pt", "th"]), R.randint(4000, 9000), hx(64)))
    return [b]


def n_wa_outbound_fail():
    return [logback("WARN", "com.meridianassist.wa.graph.GraphApiClient",
                    "Graph API POST /v19.0/%s/messages failed: (#131047) Re-engagement message - more than 24 hours "
                    "since last customer reply; falling back to template case_update_en" % digits(15),
                    app="wa-bridge")]


def n_http_client():
    return [logback("INFO", "org.zalando.logbook.Logbook",
                    "Outgoing response 200 GET /api/v1/hospitals/HSP-TH-%04d duration=%dms" % (
                        R.randint(1, 300), R.randint(3, 80)), app="case-service",
                    extra={"http.status": 200, "correlation": hx(16)})]


def n_deploy():
    b = cri(B("k8s_cri"))
    app = R.choice(APPS)
    b.t('{"level":"info","ts":%.6f,"logger":"argocd","msg":"sync finished","application":"%s-prod",'
        '"revision":"%s","image":"412398765432.dkr.ecr.eu-west-3.amazonaws.com/%s:%s-build.%d","duration":"%.1fs"}' % (
            epoch(C.t) + C.t.microsecond / 1e6, app, hx(40), app, R.choice(["2.14.3", "2.14.4", "3.1.0"]),
            R.randint(1200, 1900), R.uniform(5, 60)))
    return [b]


def n_k8s_app_json():
    """an app's logback line as stored by the container runtime"""
    b = cri(B("k8s_cri"))
    app = R.choice(APPS)
    logback("INFO", "org.springframework.boot.actuate.endpoint.web.EndpointLinksResolver",
            "Exposing %d endpoint(s) beneath base path '/actuator'" % R.randint(3, 8), app=app, thr="main", b=b)
    return [b]


def n_business_contact():
    b = console("INFO", "com.meridianassist.case.directory.HospitalDirectoryService", "case-service")
    h = R.choice(HOSPITALS)
    b.t("hospital contact updated id=HSP-%s-%04d name=\"%s\" billingEmail=billing@%s.example.org "
        "billingFax=+%s %s by=%s" % (h[1], R.randint(1, 300), h[0],
                                     fold(h[0]).lower().replace(" ", "").replace("'", "").replace(".", "")[:14],
                                     {"TH": "66 2", "PT": "351 21", "AE": "971 4", "MA": "212 524", "BR": "55 11", "ES": "34 952",
                                      "VN": "84 24", "IN": "91 44", "KE": "254 20", "JP": "81 3"}[h[1]], digits(7), R.choice(STAFF_AGENTS)))
    return [b]


NOISE = [
    (4, n_hikari), (3, n_started), (2, n_tomcat), (3, n_kafka), (3, n_fx), (3, n_slowquery),
    (3, n_token_fail), (3, n_circuit), (3, n_cache), (4, n_job), (4, n_adsb), (3, n_metar),
    (3, n_crew), (2, n_slot), (7, n_envoy_health), (4, n_coredns), (3, n_fluentbit), (6, n_klog),
    (5, n_nginx_health), (9, n_cloudtrail), (2, n_cloudtrail_console), (5, n_apigw_partner),
    (3, n_apigw_clf), (2, n_wa_template), (2, n_wa_verify), (3, n_soap_status), (3, n_soap_fault),
    (3, n_billing_fx_deal), (3, n_swift_ack), (3, n_ocr_stats), (4, n_kafka_event),
    (4, n_note_handover), (2, n_gop_lookalike),
    (2, n_wa_outbound_fail), (3, n_http_client), (2, n_deploy), (3, n_k8s_app_json),
    (2, n_business_contact),
]


# ----------------------------------------------------------------------------------
# PHI templates
# ----------------------------------------------------------------------------------
def dob_style():
    return R.choice(["iso", "dmy/", "dmy.", "dMony", "d Month y", "mdy/", "Month d, y", "dmy-"])


def p_case_opened():
    p = pick()
    msg = M("Assistance case opened caseRef=", P(p.case, "other_id"), " insured=",
            P(name_form(p, "upper_last"), "name"), " policy=", P(p.policy, "health_plan"),
            " insurer=%s incidentCountry=%s channel=%s" % (p.ins_code, p.hosp[1], R.choice(["PHONE", "WHATSAPP", "EMAIL", "B2B_API"])))
    return [logback("INFO", "com.meridianassist.case.service.CaseService", msg,
                    mdc={"caseRef": P(p.case, "other_id"), "agent": R.choice(STAFF_AGENTS)})]


def p_status():
    p = pick()
    st = R.choice([("TRIAGE", "MEDICAL_REVIEW"), ("MEDICAL_REVIEW", "REPATRIATION_PLANNED"),
                   ("REPATRIATION_PLANNED", "IN_TRANSIT"), ("IN_TRANSIT", "CLOSED_DELIVERED"),
                   ("OPEN", "GOP_ISSUED")])
    if R.random() < 0.5:
        b = console("INFO", "com.meridianassist.case.workflow.CaseStateMachine", "case-service")
        b.m("case ", P(p.case, "other_id"), " transition %s -> %s (fitToFly=%s, mode=%s)" % (
            st[0], st[1], R.choice(["true", "false", "pending"]),
            R.choice(["AIR_AMBULANCE", "COMMERCIAL_STRETCHER", "COMMERCIAL_ESCORTED", "GROUND"])))
        return [b]
    return [logback("INFO", "com.meridianassist.case.workflow.CaseStateMachine",
                    M("Case status changed %s -> %s" % st), mdc={"caseRef": P(p.case, "other_id")})]


def p_medreport():
    p = pick()
    msg = M("Medical report ingested caseRef=", P(p.case, "other_id"), " patientDob=", P(fd(p.dob, "iso"), "date"),
            " admissionDate=", P(fd(p.admit, "iso"), "date"), " hn=", P(p.hn, "mrn"),
            " hospital=\"%s\" pages=%d" % (p.hosp[0], R.randint(1, 9)))
    return [ecs("INFO", "com.meridianassist.case.medical.MedicalReportService", msg, "case-service")]


def p_dup_exc():
    p = pick()
    other = "MA24-0" + digits(5)
    stack = M("com.meridianassist.case.domain.DuplicateTravellerException: passport ", P(p.passport, "license"),
              " already linked to case ", P(other, "other_id"),
              "\n\tat com.meridianassist.case.service.TravellerLinkService.link(TravellerLinkService.java:88)"
              "\n\tat com.meridianassist.case.service.CaseService.attachTraveller(CaseService.java:214)"
              "\n\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)"
              "\n\tat org.springframework.aop.support.AopUtils.invokeJoinpointUsingReflection(AopUtils.java:351)"
              "\n\t... 87 common frames omitted\n")
    msg = M("Could not attach traveller to case ", P(p.case, "other_id"), ": duplicate passport")
    return [logback("ERROR", "com.meridianassist.case.web.GlobalExceptionHandler", msg,
                    mdc={"caseRef": P(p.case, "other_id")}, stack=stack)]


def p_notify():
    p = pick()
    r = p.rel
    if R.random() < 0.5:
        msg = M("Notification sent channel=EMAIL to=", P(r.email, "email"), " template=case_opened_%s caseRef=" % p.lang,
                P(p.case, "other_id"), " providerId=%s" % ("0100018e" + hx(8) + "-" + uuid4() + "-000000"))
        return [logback("INFO", "com.meridianassist.notify.EmailSender", msg, app="notification-service")]
    b = console("INFO", "com.meridianassist.notify.sms.SmsSender", "notification-service")
    b.m("SMS queued to ", P(R.choice([r.phone["intl"], r.phone["e164"]]), "phone"),
        " (contact of insured, relation=%s) sid=SM%s segments=%d" % (r.rel.upper(), hx(32), R.randint(1, 3)))
    return [b]


JPEG_HDR = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")


def b64img(n):
    raw = JPEG_HDR + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def p_photo():
    p = pick()
    img = b64img(R.randint(150, 260))
    o = {"documentType": R.choice(["PASSPORT_DATA_PAGE", "SELFIE_LIVENESS"]), "mimeType": "image/jpeg",
         "caseRef": P(p.case, "other_id"), "contentBase64": P(img, "photo"),
         "truncated": True, "originalLength": R.randint(40000, 190000)}
    return [logback("DEBUG", "com.meridianassist.docs.web.UploadController",
                    "Document upload received (payload logged at DEBUG, truncated)", app="doc-intake",
                    extra={"upload": o})]


def p_fit_to_fly():
    p = pick()
    if p.age > 89:
        agev = P(p.age, "age")
    else:
        agev = p.age
    msg = M("Fit-to-fly assessment caseRef=", P(p.case, "other_id"), " age=", agev,
            " mobility=%s o2=%s ecgOk=%s decision=%s by=%s" % (
                R.choice(["STRETCHER", "WCHC", "WCHS", "AMBULANT"]), R.choice(["none", "2L/min", "4L/min"]),
                R.choice(["true", "false"]), R.choice(["FIT_WITH_ESCORT", "AIR_AMBULANCE", "NOT_FIT_REVIEW_48H"]),
                R.choice(MED_OFFICERS)))
    return [ecs("INFO", "com.meridianassist.case.medical.FitToFlyService", msg, "case-service")]


def p_fit_old():
    olds = [x for x in PEOPLE if x.age > 89]
    p = R.choice(olds)
    b = console("INFO", "com.meridianassist.case.medical.FitToFlyService", "case-service")
    b.m("MEDIF part 1 generated for ", P(name_form(p, R.choice(["comma", "upper_last"])), "name"), ", ",
        P(p.age, "age"), R.choice([" y/o", " years", "yo"]), ", case ", P(p.case, "other_id"),
        " - INCAD: nil, stretcher required, O2 %s" % R.choice(["2 L/min", "not required"]))
    return [b]


def p_card():
    p = pick()
    cardf = R.choice([group4(p.card), p.card])
    msg = M("Deposit authorised card=", P(cardf, "account"), " exp=%02d/%02d holder=" % (R.randint(1, 12), R.randint(25, 30)),
            P(gds_name(p.last) + "/" + gds_name(p.first), "name"),
            " amount=USD %s caseRef=" % "{:,.2f}".format(R.choice([1500, 2500, 5000, 7500])), P(p.case, "other_id"),
            " psp=adyen pspRef=%s" % alnum(16, "ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789"))
    return [ecs("INFO", "com.meridianassist.billing.deposit.DepositService", msg, "billing-service")]


def relation(lang, rel):
    return {
        "fr": {"son": "fils", "daughter": "fille", "wife": "épouse", "husband": "époux", "father": "père",
               "sister": "sœur", "brother": "frère"},
        "pt": {"son": "filho", "daughter": "filha", "wife": "esposa", "husband": "marido", "father": "pai",
               "sister": "irmã", "brother": "irmão"},
        "th": {"son": "ลูกชาย", "daughter": "ลูกสาว", "wife": "ภรรยา", "husband": "สามี", "father": "พ่อ",
               "sister": "พี่สาว", "brother": "พี่ชาย"},
        "ar": {"son": "ibn", "daughter": "bint", "wife": "zawjat", "husband": "zawj", "father": "abu",
               "sister": "okht", "brother": "akh"},
        "en": {k: k for k in ["son", "daughter", "wife", "husband", "father", "sister", "brother"]},
    }[lang][rel]


def rel_name(r, style=None):
    return name_form(r, style or R.choice(["natural", "natural", "upper_last", "comma", "lower"]))


def note_text_fr(p):
    r = p.rel
    k = R.randint(0, 3)
    civ = "Mme" if p.sex == "F" else "M."
    if k == 0:
        agepart = [" (", P(p.age, "age") if p.age > 89 else str(p.age), " ans)"]
        return ["Appel entrant de %s " % ("Mme" if r.rel in ("wife", "daughter", "sister") else "M."),
                P(rel_name(r), "name"), " (%s), tél. " % relation("fr", r.rel), P(r.phone["nat"], "phone"),
                " : %s " % civ, P(name_form(p, "upper_last"), "name"), " né%s le " % ("e" if p.sex == "F" else ""),
                P(fd(p.dob, R.choice(["dmy/", "fr"])), "date")] + agepart + [
                ", hospitalisé%s à %s depuis le " % ("e" if p.sex == "F" else "", p.hosp[0]),
                P(fd(p.admit, "dm/"), "date"), ". Famille demande rapatriement sanitaire vers ",
                P(p.city, "address"), ". Rappel prévu après la visite médicale."]
    if k == 1:
        return ["Mail reçu de ", P(r.email, "email"), " avec copie du passeport (", P(p.passport, "license"),
                ") et attestation d'assurance ", P(p.policy, "health_plan"),
                ". Dossier complet, transmis au %s pour avis de régulation." % R.choice(MED_OFFICERS)]
    if k == 2:
        out = ["Contact médecin traitant sur place (Dr %s) : patient%s stable, sortie envisagée le " % (
            R.choice(TREATING), "e" if p.sex == "F" else ""), P(fd(p.discharge, R.choice(["dmy/", "fr"])), "date"),
            ". Vol retour avec accompagnant ", P(rel_name(r), "name"), ". Adresse de retour : ",
            P(p.street, "address"), ", "]
        if p.zip:
            out += [P(p.zip, "zip"), " "]
        out += [P(p.city, "address"), "."]
        return out
    plate = "%s-%s-%s" % (alnum(2, "ABCDEFGHJKLMNPRSTVWXYZ"), digits(3), alnum(2, "ABCDEFGHJKLMNPRSTVWXYZ"))
    return ["Accident de scooter le ", P(fd(p.incident, "dmy/"), "date"),
            ", véhicule de location immatriculé ", P(plate, "vehicle"),
            ", permis de conduire de l'assuré n° ", P(digits(2) + alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(5) + digits(3), "license"),
            ". Constat de police transmis par la famille, franchise à vérifier."]


def note_text_pt(p):
    r = p.rel
    k = R.randint(0, 2)
    if k == 0:
        fem = r.sex == "F"
        return ["Ligação %s %s %s, %s " % ("da" if fem else "do", relation("pt", r.rel),
                                          "da segurada" if p.sex == "F" else "do segurado", "Sra." if fem else "Sr."),
                P(rel_name(r), "name"),
                ", pelo ", P(R.choice([r.phone["nat"], r.phone["intl"]]), "phone"), ". Paciente ",
                P(name_form(p), "name"), " (nasc. ", P(fd(p.dob, R.choice(["dmy/", "pt"])), "date"),
                ") internad%s no %s desde " % ("a" if p.sex == "F" else "o", p.hosp[0]), P(fd(p.admit, "dmy/"), "date"),
                ", prontuário ", P(p.hn, "mrn"), ". Solicitado relatório médico e exames de imagem."]
    if k == 1:
        if p.cpf:
            return ["Segurado informou CPF ", P(p.cpf, "other_id"), " para reembolso; crédito em Banco 341 ag. ",
                    digits(4), " c/c ", P(p.bank_acct, "account"), ". Aguardando nota fiscal do hospital."]
        return ["Segurado pediu reembolso das despesas de farmácia; IBAN informado ",
                P(group4(p.iban) if p.iban else p.bank_acct, "account"), ". Aguardando recibos originais."]
    slug = fold(p.first.split(" ")[0]).lower() + "-" + fold(p.last.split(" ")[-1]).lower().replace("'", "")
    return ["Família criou vaquinha online ", P("https://www.vakinha.com.br/vaquinha/traga-%s-para-casa" % slug, "url"),
            " para custos não cobertos; orientado que a remoção aérea está coberta pela apólice ",
            P(p.policy, "health_plan"), "."]


def note_text_th(p):
    r = p.rel
    k = R.randint(0, 2)
    if k == 0:
        nm = r.thai or rel_name(r, "natural")
        return ["ญาติผู้ป่วย (%s) คุณ" % relation("th", r.rel), P(nm, "name"), " โทร ",
                P(R.choice([r.phone["nat"], r.phone["intl"]]), "phone"), " แจ้งว่าผู้ป่วย ",
                P(p.thai or name_form(p, "natural"), "name"), " เข้ารักษาที่ %s ตั้งแต่วันที่ " % (p.hosp[4] or p.hosp[0]),
                P(fd(p.admit, R.choice(["th", "thfull"])), "date"), " HN ", P(p.hn, "mrn"), " ขอให้ส่ง GOP ด่วน"]
    if k == 1:
        return ["ประสานฝ่ายการเงิน รพ. แล้ว ผู้ป่วย ", P(name_form(p, "upper"), "name"), " (DOB ",
                P(fd(p.dob, "dmy/"), "date"), ") ยอดค้างชำระ %s บาท รอ GOP จากบริษัทประกัน %s" % (
                    "{:,}".format(R.randint(20000, 900000)), p.ins_code)]
    if p.thai_id:
        return ["ผู้ป่วย นาย", P(p.thai, "name"), " เลขบัตรประชาชน ", P(p.thai_id, "other_id"),
                " เกิด ", P(fd(p.dob, "thfull"), "date"), " ประกันเดินทาง ", P(p.policy, "health_plan"),
                " ต้องการกลับกรุงเทพฯ หลังออกจากโรงพยาบาล"]
    return ["ผู้ป่วย ", P(name_form(p, "natural"), "name"), " อายุ ",
            P(p.age, "age") if p.age > 89 else str(p.age), " ปี แพทย์อนุญาตให้ออกจากโรงพยาบาลวันที่ ",
            P(fd(p.discharge, "th"), "date"), " ต้องใช้เปลนอน (stretcher) บนเที่ยวบินพาณิชย์"]


def note_text_ar(p):
    r = p.rel
    k = R.randint(0, 2)
    if k == 0:
        return ["Etasalt bi %s el mareed, " % relation("ar", r.rel), P(rel_name(r, "natural"), "name"),
                ", 3ala raqam ", P(R.choice([r.phone["intl"], r.phone["nat"]]), "phone"), ". El mareed ",
                P(name_form(p, "natural"), "name"), " fi %s min yom " % p.hosp[0], P(fd(p.admit, "dmy/"), "date"),
                ", 3omro ", P(p.age, "age") if p.age > 89 else str(p.age),
                " sana. Yoreedoon naql ila ", P(p.city, "address"), " ba3d el esteqrar."]
    if k == 1:
        return ["Ersal soorat jawaz el safar (", P(p.passport, "license"), ") wa betaqat el ta2meen (",
                P(p.member, "health_plan"), ") 3an tareeq WhatsApp. Tamm el ta7aqoq ma3 sharikat el ta2meen."]
    return ["El doctor (Dr %s) qal en el 7ala mustaqerra, momken el khoroog yom " % R.choice(TREATING),
            P(fd(p.discharge, "dmy/"), "date"), ". Lazem morafe2 ma3 el mareed: ", P(rel_name(r, "natural"), "name"),
            ", jawaz ", P(r.passport, "license"), "."]


def note_text_en(p):
    r = p.rel
    k = R.randint(0, 5)
    if k == 0:
        return ["Outbound call to insured's %s " % r.rel, P(rel_name(r), "name"), " on ",
                P(R.choice([r.phone["intl"], r.phone["nat"], r.phone["e164"]]), "phone"), ". Pt ",
                P(name_form(p), "name"), " (DOB ", P(fd(p.dob, dob_style()), "date"), ") %s; fit to fly per treating Dr %s. Plan: %s." % (
                    R.choice(["stable post ORIF L femur", "post-op day 3 lap appendicectomy, afebrile",
                              "NSTEMI, PCI to LAD done, haemodynamically stable", "CVA R MCA, GCS 14, NG fed",
                              "dengue, platelets recovering"]), R.choice(TREATING),
                    R.choice(["stretcher on commercial flight + nurse escort", "air ambulance", "business class with MD escort"]))]
    if k == 1:
        out = ["Pt is ", P(p.age, "age") if p.age > 89 else str(p.age), "yo, home address ",
               P(p.street, "address"), ", ", P(p.city, "address")]
        if p.zip:
            out += [" ", P(p.zip, "zip")]
        out += ["; %s to meet at arrival, no carer at home. Ground ambulance booked with %s." % (r.rel, R.choice(["Falck", "ASB", "St John", "SAMU-friendly provider"]))]
        return out
    if k == 2:
        v = vin(R.choice(["WVW", "JTD", "MR0", "VF1", "KMH"]))
        plate = R.choice(["1กข %s ภูเก็ต" % digits(4), "%s-%s" % (alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ"), digits(4)),
                          "DXB %s %s" % (R.choice("ABCDEFGHIJ"), digits(5))])
        lic = "%s%s%02d%02d%s%s9%s" % ((mrz_name(p.last).replace("<", "") + "99999")[:5], str(p.dob.year)[2],
                                        p.dob.month + (50 if p.sex == "F" else 0), p.dob.day, str(p.dob.year)[3],
                                        (fold(p.first)[0] + "9").upper(), alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ"))
        return ["Rental car accident ", P(fd(p.incident, "dMony"), "date"), ": vehicle VIN ", P(v, "vehicle"),
                ", plate ", P(plate, "vehicle"), "; pt's driving licence ", P(lic, "license"),
                ". Police report requested via hospital social worker."]
    if k == 3:
        sn = R.choice(["RNB%s%s" % (digits(6), R.choice("HSG")), "PJN%s%s" % (digits(6), R.choice("HS")),
                       "%s-G5-%s" % (digits(4), digits(5))])
        dev = "Medtronic Azure XT DR MRI" if not sn[0].isdigit() else "Inogen One G5 POC"
        return ["%s in use (%s SN " % ("Pacemaker" if "Medtronic" in dev else "Portable O2 concentrator", dev),
                P(sn, "device"), ") - airline MEDIF and security letter issued. Copy e-mailed to ",
                P(p.email, "email"), "."]
    if k == 4:
        return ["Insured's traveller-app username ", P(p.username, "other_id"), "; MFA reset on request after identity check (DOB ",
                P(fd(p.dob, "dMony"), "date"), "). Last login from ", P(p.ip, "ip"), "."]
    return ["Insured's ", r.rel, " ", P(rel_name(r), "name"), " shared ",
            P("https://www.facebook.com/%s.%s.%d" % (fold(r.first.split(" ")[0]).lower(), fold(r.last.split(" ")[-1]).lower().replace("'", ""), R.randint(1, 99)), "url"),
            " for updates; advised all medical info goes via the case line only. Claim ", P(p.claim, "other_id"), " open with %s." % p.ins_code]


NOTE_HDR_DONE = [False]


def p_note():
    p = pick()
    langs = [p.lang]
    if p.hosp[1] == "TH" or p.nat == "THA":
        langs.append("th")
    langs.append("en")
    lang = R.choice(langs)
    txt = {"fr": note_text_fr, "pt": note_text_pt, "th": note_text_th, "ar": note_text_ar, "en": note_text_en}[lang](p)
    lang_code = {"fr": "fr", "pt": "pt-BR", "th": "th", "ar": "ar-Latn", "en": "en"}[lang]
    out = []
    t = C.tick()
    if R.random() < 0.7:
        if not NOTE_HDR_DONE[0]:
            NOTE_HDR_DONE[0] = True
            out.append(B("callcenter_note").t("#TYPE|NOTE_ID|CASE_REF|CREATED_LOCAL|AUTHOR|LANG|CHANNEL|TEXT"))
        b = B("callcenter_note")
        b.t("NOTE|%d|" % R.randint(10480000, 10499999)).p(p.case, "other_id")
        b.t("|%s|%s|%s|%s|" % (ts_local(t, R.choice([1, 7, -3])), R.choice(STAFF_AGENTS), lang_code,
                                 R.choice(["PHONE_IN", "PHONE_OUT", "EMAIL", "WHATSAPP"])))
        b.m(*txt)
    else:
        b = B("callcenter_note")
        b.t('"%d","' % R.randint(10480000, 10499999)).p(p.case, "other_id")
        b.t('","%s","%s","%s","' % (ts_local(t, 1), R.choice(STAFF_AGENTS), lang_code))
        b.m(*txt).t('"')
    out.append(b)
    return out


def p_gop():
    p = pick()
    h = p.hosp
    lang = "FR" if p.lang == "fr" and R.random() < 0.5 else "EN"
    gop = "GOP-24-%05d" % R.randint(10000, 99999)
    amt = {"THB": 450000, "EUR": 15000, "BRL": 80000, "AED": 60000, "MAD": 150000, "VND": 350000000,
           "INR": 900000, "KES": 1500000, "JPY": 2500000}[h[3]]
    L = []

    def ln(*parts):
        C.tick(0.0, 0.01)
        b = B("gop_letter")
        b.m(*parts)
        L.append(b)

    ln("=" * 72)
    ln("MERIDIAN ASSIST SAS - 24/7 OPERATIONS CENTRE - 12 rue de la Paix, 75002 Paris, France")
    ln("Tel +33 1 84 88 40 00 | Fax +33 1 84 88 40 99 | gop@meridianassist.eu | ORIAS 19004417")
    if lang == "EN":
        ln("GUARANTEE OF PAYMENT")
        ln("To: %s - International Billing Office" % h[0])
        ln("Date: %s                Our ref: " % fd(TODAY, "d Month y"), P(p.case, "other_id"), "    GOP no: %s" % gop)
        ln("Patient: %s " % title_en(p).upper(), P(name_form(p, "upper"), "name"), "        Date of birth: ",
           P(fd(p.dob, R.choice(["dmy.", "dmy/", "d Month y"])), "date"))
        ln("Passport: ", P(p.passport, "license"), " (%s)    Hospital no. (HN): " % p.nat, P(p.hn, "mrn"))
        ln("Date of admission: ", P(fd(p.admit, "d Month y"), "date"), "    Insurer: %s, policy " % p.insurer,
           P(p.policy, "health_plan"))
        ln("We hereby guarantee payment of medically necessary charges up to %s %s for the above patient," % (h[3], "{:,.2f}".format(amt)))
        ln("subject to the terms and conditions of the policy. Charges above this amount require our prior written approval.")
        ln("Excluded: personal items, telephone, private nurse, non-medical comfort items, take-home medication > 7 days.")
        ln("Please send the final itemised invoice and discharge summary quoting our reference within 30 days.")
        ln("%s - Medical Director (signed electronically)" % MED_OFFICERS[0])
    else:
        ln("GARANTIE DE PRISE EN CHARGE")
        ln("Destinataire : %s - Service facturation internationale" % h[0])
        ln("Paris, le %s              N/Réf. : " % fd(TODAY, "fr"), P(p.case, "other_id"), "    N° GOP : %s" % gop)
        ln("Patient%s : %s " % ("e" if p.sex == "F" else "", "Mme" if p.sex == "F" else "M."),
           P(name_form(p, "upper_last"), "name"), "    Né%s le " % ("e" if p.sex == "F" else ""),
           P(fd(p.dob, "dmy/"), "date"))
        ln("Date d'entrée : ", P(fd(p.admit, "dmy/"), "date"), "    N° de dossier hospitalier : ", P(p.hn, "mrn"))
        ln("Assureur : %s - contrat n° " % p.insurer, P(p.policy, "health_plan"))
        ln("Nous garantissons la prise en charge des frais médicaux nécessaires à hauteur de %s %s," % ("{:,.2f}".format(amt).replace(",", " "), h[3]))
        ln("sous réserve des conditions générales du contrat. Tout dépassement nécessite notre accord écrit préalable.")
        ln("Merci de nous adresser la facture détaillée et le compte rendu d'hospitalisation en rappelant notre référence.")
        ln("%s - Médecin régulateur" % MED_OFFICERS[0])
    ln("-" * 72)
    first = []
    b = console("INFO", "com.meridianassist.case.gop.GopRenderer", "case-service")
    b.m("rendering %s (template gop_%s_v7) for case " % (gop, lang.lower()), P(p.case, "other_id"),
        " -> %d lines, fax queued to billing" % len(L))
    first.append(b)
    return first + L


def p_gop_email():
    p = pick()
    body = M("Dear Billing Team,\n\nPlease find attached our guarantee of payment for ",
             P(name_form(p, R.choice(["natural", "upper_last"])), "name"), " (DOB ", P(fd(p.dob, "dmy/"), "date"),
             "), HN ", P(p.hn, "mrn"), ", admitted on ", P(fd(p.admit, "dmy/"), "date"), ".\nOur reference: ",
             P(p.case, "other_id"), "\n\nKind regards,\nMeridian Assist - Operations\n+33 1 84 88 40 00\n")
    o = {"to": "billing@%s.example.org" % fold(p.hosp[0]).lower().replace(" ", "").replace("'", "")[:14],
         "cc": "gop@meridianassist.eu", "subject": M("GOP - ", P(p.case, "other_id")), "body": body,
         "attachments": ["GOP-24-%05d.pdf" % R.randint(10000, 99999)]}
    return [logback("INFO", "com.meridianassist.notify.EmailSender", "GOP e-mail dispatched",
                    app="notification-service", extra={"mail": o})]


def p_manifest_csv():
    p = pick()
    r = p.rel
    mis = R.choice(MISSIONS)
    d = fd(p.flight, "iso")
    out = []
    C.tick()
    out.append(B("manifest_csv").t("mission_id,flight_date,seq,role,surname,given_names,dob,sex,nationality,doc_type,doc_no,weight_kg,seat,remarks"))
    seq = 1
    for c, seat in zip(crew_pick(), ["CKPT", "CKPT", "2A"]):
        C.tick(0, 0.01)
        b = B("manifest_csv")
        b.t("%s,%s,%d,%s,%s,%s,%s,%s,%s,P,%s,%d,%s," % (
            mis, d, seq, c[2].replace(" ", "_"), c[0], c[1], fd(CREW_DOC[c[0]][0], "iso"), c[4],
            c[3], CREW_DOC[c[0]][1], R.randint(55, 95), seat))
        out.append(b)
        seq += 1
    C.tick(0, 0.01)
    b = B("manifest_csv")
    b.t("%s," % mis).p(d, "date").t(",%d,PATIENT," % seq).p(gds_name(p.last), "name").t(",").p(gds_name(p.first), "name")
    b.t(",").p(fd(p.dob, "iso"), "date").t(",%s,%s,P," % (p.sex, p.nat)).p(p.passport, "license")
    b.t(",%d,STRETCHER," % p.weight)
    remarks = R.choice([None, "O2 2L/MIN", "POC", "VACUUM MATTRESS"])
    if remarks == "POC":
        b.t('"POC Inogen One G5 SN ').p("%s-G5-%s" % (digits(4), digits(5)), "device").t('"')
    elif remarks:
        b.t(remarks)
    out.append(b)
    seq += 1
    if R.random() < 0.8:
        C.tick(0, 0.01)
        b = B("manifest_csv")
        b.t("%s," % mis).p(d, "date").t(",%d,ESCORT," % seq).p(gds_name(r.last), "name").t(",").p(gds_name(r.first), "name")
        b.t(",").p(fd(r.dob, "iso"), "date").t(",%s,%s,P," % ("M" if r.rel in ("son", "husband", "father", "brother") else "F", r.nat))
        b.p(r.passport, "license").t(",%d,3A,%s" % (R.randint(50, 100), r.rel.upper()))
        out.append(b)
    return out


def p_manifest_semicolon():
    """legacy export without header, semicolon separated, European date"""
    out = []
    for _ in range(R.randint(1, 2)):
        p = pick()
        C.tick()
        b = B("manifest_csv")
        b.t("M-24-%04d;PAX;1;" % R.randint(400, 480)).p(name_form(p, "upper_last"), "name").t(";")
        b.p(fd(p.dob, "dmy."), "date").t(";%s;" % p.nat).p(p.passport, "license").t(";")
        b.p(fd(p.flight, "dmy."), "date").t(";%s;%s;%s" % (R.choice(["LIEGEND", "STRETCHER"]), p.hosp[2], R.choice(["FR", "DE", "CH", "BE"])))
        out.append(b)
    return out


def p_manifest_fixed():
    p = pick()
    r = p.rel
    mis = "M-24-%04d" % R.randint(400, 480)
    out = []
    C.tick()
    hdr = "%-10s%-6s%-3s%-22s%-20s%-10s%-3s%-4s%-11s%s" % ("MISSION", "ROLE", "SQ", "SURNAME", "GIVEN NAMES", "DOB", "SX", "NAT", "DOC NO", "FLT DATE")
    out.append(B("manifest_fixed").t("GENERAL DECLARATION - CREW/PASSENGER LIST  OPERATOR: MERIDIAN AIR AMBULANCE GMBH"))
    out.append(B("manifest_fixed").t(hdr))
    for i, c in enumerate(crew_pick()[:2]):
        C.tick(0, 0.01)
        out.append(B("manifest_fixed").t(("%-10s%-6s%-3s%-22s%-20s%-10s%-3s%-4s%-11s" % (
            mis, "CREW", "%02d" % (i + 1), c[0], c[1], fd(CREW_DOC[c[0]][0], "ddMONyyyy"),
            c[4], c[3], CREW_DOC[c[0]][1])).rstrip()))
    for role, who in (("PAX", p), ("ESC", r)):
        if role == "ESC" and R.random() < 0.3:
            continue
        C.tick(0, 0.01)
        b = B("manifest_fixed")
        sn, gn = gds_name(who.last), gds_name(who.first)
        b.t("%-10s%-6s%-3s" % (mis, role, "01" if role == "PAX" else "02"))
        b.p(sn, "name").t(" " * (22 - len(sn))).p(gn, "name").t(" " * (20 - len(gn)))
        b.p(fd(who.dob, "ddMONyyyy"), "date").t(" ")
        b.t("%-3s%-4s" % (who.sex, who.nat))
        b.p(who.passport, "license").t(" " * (11 - len(who.passport)))
        b.p(fd(p.flight, "ddMONyy"), "date")
        out.append(b)
    out.append(B("manifest_fixed").t("TOTAL CREW %d  PAX %d  END OF LIST" % (2, len(out) - 4)))
    return out


def p_pnr():
    p = pick()
    r = p.rel
    out = []
    t = C.tick()
    office = R.choice(["PARMA08AA", "BKKMA2100", "GRUMA0101", "DXBMA0810"])
    air = R.choice([("TG", "930", "BKKCDG", "2355", "0640+1"), ("AF", "165", "BKKCDG", "2310", "0615+1"),
                    ("EK", "147", "DXBMAD", "0730", "1310"), ("TP", "88", "GRULIS", "2210", "1200+1"),
                    ("LH", "773", "BKKFRA", "2330", "0605+1")])

    def ln(*parts):
        C.tick(0.0, 0.01)
        b = B("pnr")
        b.m(*parts)
        out.append(b)

    ln("RP/%s/%s            AA/SU  %s/%sZ   " % (office, office, fd(TODAY, "ddMON") + "24", t.strftime("%H%M")), P(p.locator, "other_id"))
    ln("  1.", P(gds_name(p.last) + "/" + gds_name(p.first), "name"), " %s   2." % gds_title(p),
       P(gds_name(r.last) + "/" + gds_name(r.first), "name"), " %s" % ("MR" if r.rel in ("son", "husband", "father", "brother") else "MRS"))
    ln("  3  %s %s C " % (air[0], air[1]), P(fd(p.flight, "ddMON"), "date"), " %d %s HK2  %s %s  *1A/E*" % (
        p.flight.isoweekday(), air[2], air[3], air[4]))
    ln("  4 AP PAR 33 1 84 88 40 00 - MERIDIAN ASSIST - A")
    ln("  5 APM ", P(r.phone["e164"], "phone"), "/P2")
    ln("  6 APE ", P(r.email.upper(), "email"), "/P2")
    ln("  7 TK OK%s/%s" % (fd(TODAY, "ddMON"), office))
    ln("  8 SSR STCR %s HK1/S3/P1" % air[0])
    ln("  9 SSR MEDA %s HK1 STRETCHER PAX %s/S3/P1" % (air[0], R.choice(["WITH OXYGEN 2LPM", "NURSE ESCORT", "MEDIF APPROVED"])))
    ln(" 10 SSR DOCS %s HK1 P/%s/" % (air[0], p.nat), P(p.passport, "license"), "/%s/" % p.nat,
       P(fd(p.dob, "ddMONyy"), "date"), "/%s/%s/" % (p.sex, fd(p.pp_exp, "ddMONyy")),
       P(gds_name(p.last), "name"), "/", P(gds_name(p.first), "name"), "/P1")
    ln(" 11 OSI %s MEDIF APPROVED REF " % air[0], P(p.case, "other_id"))
    ln(" 12 FA PAX ", P(p.eticket[:3] + "-" + p.eticket[3:], "other_id"), "/ETTG/EUR%s/%s/%s/S3/P1" % (
        "{:.2f}".format(R.uniform(2500, 9800)), fd(TODAY, "ddMON") + "24", office))
    return out


def p_pnr_log():
    p = pick()
    msg = M("PNR_Retrieve OK recLoc=", P(p.locator, "other_id"), " pax=",
            P(gds_name(p.last) + "/" + gds_name(p.first), "name"), " %s segs=%d ssr=STCR,MEDA,DOCS queue=%s" % (
                gds_title(p), R.randint(1, 3), R.choice(["Q7C1", "Q8C0", "Q12C3"])))
    return [logback("INFO", "com.meridianassist.flightops.gds.AmadeusPnrClient", msg, app="flight-ops-service")]


def p_soap_req():
    p = pick()
    b = B("soap_xml")
    t = C.tick()
    b.t("%s INFO  [org.apache.cxf.services.PolicyVerificationService.REQ_OUT] (%s) REQ_OUT "
        "Address: https://b2b.%s.example.net/ws/PolicyVerification/v2 HttpMethod: POST "
        "Content-Type: text/xml; charset=UTF-8 ExchangeId: %s Payload: " % (ts_comma(t), thread(), p.ins_code.lower(), uuid4()))
    b.t('<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:pv="urn:insurer:policyverification:v2">'
        '<soap:Header><wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">'
        '<wsse:UsernameToken><wsse:Username>meridian_b2b</wsse:Username><wsse:Password>****</wsse:Password>'
        '</wsse:UsernameToken></wsse:Security></soap:Header><soap:Body><pv:VerifyCoverageRequest>')
    b.x("pv:RequestId", uuid4())
    b.x("pv:PolicyNumber", P(p.policy, "health_plan"))
    b.t("<pv:Insured>")
    b.x("pv:Surname", P(p.last.upper(), "name"))
    b.x("pv:GivenName", P(p.first, "name"))
    b.x("pv:DateOfBirth", P(fd(p.dob, "iso"), "date"))
    if p.ssn and R.random() < 0.8:
        b.x("pv:SSN", P(p.ssn.replace("-", "") if R.random() < 0.4 else p.ssn, "ssn"))
    b.t("</pv:Insured>")
    b.x("pv:IncidentDate", P(fd(p.incident, "iso"), "date"))
    b.x("pv:CountryOfIncident", p.hosp[1])
    b.x("pv:AssistanceCaseRef", P(p.case, "other_id"))
    b.x("pv:ServiceType", R.choice(["MEDICAL_REPATRIATION", "INPATIENT_GOP", "AIR_AMBULANCE"]))
    b.t("</pv:VerifyCoverageRequest></soap:Body></soap:Envelope>")
    return [b]


def p_soap_resp(p=None):
    p = p or pick()
    b = B("soap_xml")
    t = C.tick()
    b.t("%s INFO  [org.apache.cxf.services.PolicyVerificationService.RESP_IN] (%s) RESP_IN "
        "Address: https://b2b.%s.example.net/ws/PolicyVerification/v2 ResponseCode: 200 ExchangeId: %s Payload: " % (
            ts_comma(t), thread(), p.ins_code.lower(), uuid4()))
    b.t('<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>'
        '<pv:VerifyCoverageResponse xmlns:pv="urn:insurer:policyverification:v2">')
    b.x("pv:CoverageStatus", R.choice(["ACTIVE", "ACTIVE", "ACTIVE_PENDING_PREMIUM"]))
    b.x("pv:PolicyNumber", P(p.policy, "health_plan"))
    b.x("pv:MemberId", P(p.member, "health_plan"))
    b.x("pv:ClaimNumber", P(p.claim, "other_id"))
    b.t("<pv:PolicyHolder>")
    b.x("pv:FullName", P(name_form(p, R.choice(["natural", "upper", "comma"])), "name"))
    b.x("pv:BirthDate", P(fd(p.dob, "iso"), "date"))
    b.t("<pv:Address>")
    b.x("pv:Line1", P(p.street, "address"))
    b.x("pv:City", P(p.city, "address"))
    if p.zip:
        b.x("pv:PostalCode", P(p.zip, "zip"))
    b.x("pv:Country", p.nat)
    b.t("</pv:Address>")
    b.x("pv:Phone", P(p.phone[R.choice(["intl", "nat", "e164"])], "phone"))
    if p.fax:
        b.x("pv:HomeFax", P(p.fax, "fax"))
    b.x("pv:Email", P(p.email, "email"))
    if p.ssn:
        b.x("pv:SSN", P(p.ssn, "ssn"))
    b.t("</pv:PolicyHolder>")
    b.x("pv:CoverageFrom", "2024-%02d-%02d" % (R.randint(1, 2), R.randint(1, 28)))
    b.x("pv:CoverageTo", "2024-%02d-%02d" % (R.randint(4, 6), R.randint(1, 28)))
    b.x('pv:MedicalLimit currency="EUR"', "%d.00" % R.choice([100000, 250000, 1000000, 5000000]))
    b.x("pv:RepatriationCovered", "true")
    b.x("pv:Excess", "%d.00" % R.choice([0, 50, 100, 250]))
    b.t("</pv:VerifyCoverageResponse></soap:Body></soap:Envelope>")
    return [b]


def p_soap_resp_fax():
    return p_soap_resp(R.choice([x for x in PEOPLE if x.fax]))


def ocr_kv(job, page, ln_no, conf, parts):
    C.tick(0.0, 0.05)
    b = B("ocr_invoice")
    b.t("%s ocr[job=inv-%s page=%d line=%d conf=%.2f] text=\"" % (ts_ms(C.t), job, page, ln_no, conf))
    b.m(*parts).t('"')
    return b


def ocr_confuse(s):
    # classic OCR confusions on digits/letters
    rep = {"0": "O", "1": "l", "5": "S", "8": "B"}
    if R.random() < 0.5:
        return s
    i = R.randrange(len(s))
    return s[:i] + rep.get(s[i], s[i]) + s[i + 1:]


def p_ocr_invoice():
    p = pick()
    h = p.hosp
    job = hx(4)
    out = []
    lines = []
    c = h[1]
    inv = "%s%s" % (R.choice(["INV", "FAT", "NF-", "CI"]), digits(8))
    acct = digits(9)
    if c == "TH":
        lines = [
            [h[4] or h[0]],
            ["%s  Tel. 0 76%s" % (h[0].upper(), digits(6))],
            ["ใบแจ้งหนี้ / INVOICE     No. %s" % inv],
            ["Patient Name : %s " % gds_title(p), P(name_form(p, "ascii_upper"), "name"), "   HN : ", P(ocr_confuse(p.hn), "mrn")],
            ["AN : ", P(p.an, "other_id"), "   Admit Date : ", P(fd(p.admit, "dmy/"), "date"), "   Discharge : ",
             P(fd(p.discharge, "dmy/"), "date")],
            ["Patient Acct No. ", P(acct, "account"), "   Payor : %s / MERIDIAN ASSIST" % p.ins_code],
            ["Room & Board (ICU)          %d x 18,500.00      %s" % (R.randint(1, 5), "{:,.2f}".format(R.randint(1, 5) * 18500))],
            ["Pharmacy & Medical Supplies                    %s" % "{:,.2f}".format(R.uniform(5000, 90000))],
            ["Doctor Fee  Dr. %s                   %s" % (R.choice(TREATING), "{:,.2f}".format(R.uniform(3000, 40000)))],
            ["TOTAL  THB  %s   (รวมทั้งสิ้น)" % "{:,.2f}".format(R.uniform(60000, 900000))],
        ]
    elif c == "BR":
        lines = [
            [h[0].upper()],
            ["NOTA DE CONTA HOSPITALAR  Nº %s" % inv],
            ["Paciente: ", P(name_form(p, "upper"), "name"), "  Prontuário: ", P(p.hn, "mrn")],
            ["Data de internação: ", P(fd(p.admit, "dmy/"), "date"), "  Data de alta: ", P(fd(p.discharge, "dmy/"), "date")],
            ["Diárias UTI adulto           %d   R$ %s" % (R.randint(1, 6), "{:,.2f}".format(R.uniform(8000, 40000)).replace(",", "X").replace(".", ",").replace("X", "."))],
            ["Materiais e medicamentos          R$ %s" % "{:,.2f}".format(R.uniform(2000, 30000)).replace(",", "X").replace(".", ",").replace("X", ".")],
            ["TOTAL GERAL                       R$ %s" % "{:,.2f}".format(R.uniform(20000, 150000)).replace(",", "X").replace(".", ",").replace("X", ".")],
        ]
    elif c in ("MA",):
        lines = [
            [h[0].upper()],
            ["FACTURE N° %s   ICE 00%s" % (inv, digits(13))],
            ["Patient : ", P(name_form(p, "upper_last"), "name"), "   N° dossier : ", P(p.hn, "mrn")],
            ["Né(e) le : ", P(fd(p.dob, "dmy/"), "date"), "   Entrée le : ", P(fd(p.admit, "dmy/"), "date")],
            ["Hospitalisation chambre individuelle   %d j   %s MAD" % (R.randint(1, 6), "{:,.2f}".format(R.uniform(3000, 20000)).replace(",", " "))],
            ["Honoraires chirurgicaux                 %s MAD" % "{:,.2f}".format(R.uniform(5000, 30000)).replace(",", " ")],
            ["NET A PAYER                             %s MAD" % "{:,.2f}".format(R.uniform(10000, 90000)).replace(",", " ")],
        ]
    else:
        lines = [
            [h[0].upper()],
            ["TAX INVOICE  No: %s   Date: %s" % (inv, fd(TODAY, "dmy/"))],
            ["Patient: ", P(name_form(p, R.choice(["upper", "comma"])), "name"), "  ", "MRN: ", P(p.hn.replace("MRN", ""), "mrn")],
            ["DOB: ", P(fd(p.dob, R.choice(["dmy/", "dMony"])), "date"), "  Admission: ", P(fd(p.admit, "dMony"), "date"),
             "  Guarantor: MERIDIAN ASSIST (GOP)"],
            ["Account No: ", P(acct, "account"), "  Policy: ", P(p.policy, "health_plan")],
            ["Inpatient services                      %s %s" % (h[3], "{:,.2f}".format(R.uniform(5000, 90000)))],
            ["Consultation Dr %s                %s %s" % (R.choice(TREATING), h[3], "{:,.2f}".format(R.uniform(500, 9000)))],
            ["GRAND TOTAL                             %s %s" % (h[3], "{:,.2f}".format(R.uniform(10000, 200000)))],
        ]
    C.tick()
    for i, parts in enumerate(lines):
        out.append(ocr_kv(job, 1, i + 1, R.uniform(62, 99), parts))
    return out


def p_ocr_textract():
    p = pick()
    out = []
    C.tick()
    rows = [["Patient Name: ", P(name_form(p, "upper"), "name")],
            ["Date of Birth: ", P(fd(p.dob, R.choice(["dmy/", "mdy/", "dMony"])), "date")],
            ["Hospital No: ", P(p.hn, "mrn")],
            ["Insurance / Member ID: ", P(p.member, "health_plan")],
            ["Amount Due %s %s" % (p.hosp[3], "{:,.2f}".format(R.uniform(5000, 200000)))]]
    for r in R.sample(rows, R.randint(2, 4)):
        C.tick(0, 0.02)
        b = B("ocr_invoice")
        o = {"BlockType": "LINE", "Confidence": round(R.uniform(80, 99.9), 4), "Text": M(*r),
             "Geometry": {"BoundingBox": {"Width": round(R.uniform(0.1, 0.6), 4), "Height": round(R.uniform(0.01, 0.03), 4),
                                          "Left": round(R.uniform(0.05, 0.4), 4), "Top": round(R.uniform(0.05, 0.9), 4)}},
             "Id": uuid4(), "Page": 1}
        b.j(o)
        out.append(b)
    return out


def mrz_lines(p, personal=None):
    n1 = mrz_name(p.last) + "<<" + mrz_name(p.first)
    l1 = ("P<" + p.nat + n1 + "<" * 44)[:44]
    doc = (p.passport + "<" * 9)[:9]
    dob = fd(p.dob, "yymmdd")
    exp = fd(p.pp_exp, "yymmdd")
    pers = ((personal or "") + "<" * 14)[:14]
    pcd = mrz_cd(pers) if personal else "<"
    core = doc + mrz_cd(doc) + p.nat + dob + mrz_cd(dob) + p.sex + exp + mrz_cd(exp) + pers + pcd
    comp = mrz_cd(doc + mrz_cd(doc) + dob + mrz_cd(dob) + exp + mrz_cd(exp) + pers + pcd)
    l2 = core + comp
    assert len(l1) == 44 and len(l2) == 44, (l1, l2)
    return l1, n1, l2, doc, dob, pers


def p_mrz():
    p = pick()
    personal = None
    if p.nat in ("NLD", "SWE", "ESP") and R.random() < 0.8:
        personal = digits(9) if p.nat != "ESP" else digits(8) + R.choice("ABCDEFGHJKLMNPQRSTVWXYZ")
    l1, n1, l2, doc, dob, pers = mrz_lines(p, personal)
    out = []
    b = console("INFO", "com.meridianassist.docs.mrz.MrzParser", "doc-intake")
    b.m("TD3 MRZ detected on upload %s (conf=%.2f, checkDigits=OK) case=" % (uuid4(), R.uniform(0.9, 0.99)), P(p.case, "other_id"))
    out.append(b)
    mode = R.random()
    if mode < 0.6:
        C.tick(0, 0.01)
        b = B("mrz")
        b.t(l1[:5]).p(n1, "name").t(l1[5 + len(n1):])
        out.append(b)
        C.tick(0, 0.01)
        b = B("mrz")
        dn = p.passport[:9]
        b.p(dn, "license").t(l2[len(dn):13]).p(dob, "date").t(l2[19:28])
        if personal:
            b.p(personal, "other_id").t(l2[28 + len(personal):])
        else:
            b.t(l2[28:])
        assert b.text() == l2
        out.append(b)
    else:
        b = B("mrz")
        b.t("mrz.line1=").t(l1[:5]).p(n1, "name").t(l1[5 + len(n1):]).t(" mrz.line2=")
        dn = p.passport[:9]
        b.p(dn, "license").t(l2[len(dn):13]).p(dob, "date").t(l2[19:28])
        if personal:
            b.p(personal, "other_id").t(l2[28 + len(personal):])
        else:
            b.t(l2[28:])
        b.t(" docType=P issuer=%s" % p.nat)
        out.append(b)
    return out


def wa_value(contacts, messages=None, statuses=None):
    v = {"messaging_product": "whatsapp",
         "metadata": {"display_phone_number": "33184884010", "phone_number_id": "112233445566778"}}
    if contacts:
        v["contacts"] = contacts
    if messages:
        v["messages"] = messages
    if statuses:
        v["statuses"] = statuses
    return {"object": "whatsapp_business_account",
            "entry": [{"id": "104857632198765", "changes": [{"value": v, "field": "messages"}]}]}


def wamid():
    return "wamid.HBgL" + base64.b64encode(bytes(R.getrandbits(8) for _ in range(30))).decode().rstrip("=")


WA_TEXTS = {
    "fr": lambda p: M("Bonjour, je suis ", P(rel_name(p.rel, "natural"), "name"), ", ", relation("fr", p.rel.rel),
                      " de ", P(name_form(p, "natural"), "name"), ". Il y a du nouveau pour le rapatriement ? Son dossier est le ",
                      P(p.case, "other_id"), "."),
    "pt": lambda p: M("Boa tarde! Sou %s %s %s " % ("a" if p.rel.sex == "F" else "o", relation("pt", p.rel.rel),
                                                  "da" if p.sex == "F" else "do"), P(p.first.split(" ")[0], "name"),
                      ". O médico disse que %s pode ter alta dia " % ("ela" if p.sex == "F" else "ele"),
                      P(fd(p.discharge, "dm/"), "date"),
                      ". Segue o passaporte %s: " % ("dela" if p.sex == "F" else "dele"), P(p.passport, "license")),
    "en": lambda p: M("Hi, this is ", P(p.rel.first, "name"), ". %s date of birth is " % (
                          {"son": "Mum's" if p.sex == "F" else "Dad's", "daughter": "Mum's" if p.sex == "F" else "Dad's"}.get(
                              p.rel.rel, "My %s's" % ("wife" if p.sex == "F" else "husband") if p.rel.rel in ("wife", "husband") else "The patient's")),
                      P(fd(p.dob, R.choice(["dmy/", "d Month y", "Month d, y"])), "date"),
                      " and %s policy number is " % ("her" if p.sex == "F" else "his"), P(p.policy, "health_plan"), ". Please call me back."),
    "ar": lambda p: M("Salam 3alaykom, ana ", P(p.rel.first, "name"), ". el mareed ", P(name_form(p, "natural"), "name"),
                      " lesa fi el ICU? momken teba3to el taqreer 3ala ", P(p.rel.email, "email"), " shukran"),
    "th": lambda p: M("สวัสดีค่ะ ขอสอบถามเรื่องคุณ", P(p.thai.split(" ")[0] if p.thai else p.first, "name"),
                      " ค่ะ ส่งเอกสารประกันแล้ว เลขที่ ", P(p.member, "health_plan"), " ค่ะ"),
    "url": lambda p: M("Here is the fundraiser we set up: ",
                       P("https://gofund.me/%s" % hx(8), "url"), " - can you confirm what is covered?"),
}


def p_wa_text():
    p = pick()
    r = p.rel
    key = R.choice([p.lang, p.lang, "en", "url"])
    t = C.tick()
    msg = {"from": P(r.phone["wa"], "phone"), "id": wamid(), "timestamp": str(epoch(t)),
           "text": {"body": WA_TEXTS[key](p)}, "type": "text"}
    payload = wa_value([{"profile": {"name": P(R.choice([r.first, natural(r), r.first.lower()]), "name")},
                         "wa_id": P(r.phone["wa"], "phone")}], messages=[msg])
    if R.random() < 0.5:
        return [logback("INFO", "com.meridianassist.wa.web.WebhookController", "Inbound webhook", app="wa-bridge",
                        extra={"payload": payload})]
    b = cri(B("whatsapp_webhook"))
    return [b.j(payload)]


def p_wa_image():
    p = pick()
    r = p.rel
    t = C.tick()
    cap = R.choice([M("passaporte do ", P(p.first.split(" ")[0], "name")), M("carte vitale + passeport"),
                    M("insurance card ", P(p.member, "health_plan")), M("medical report")])
    msg = {"from": P(r.phone["wa"], "phone"), "id": wamid(), "timestamp": str(epoch(t)), "type": "image",
           "image": {"caption": cap, "mime_type": "image/jpeg", "sha256": base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode(),
                     "id": digits(16)}}
    payload = wa_value([{"profile": {"name": P(natural(r), "name")}, "wa_id": P(r.phone["wa"], "phone")}], messages=[msg])
    return [B("whatsapp_webhook").j(payload)]


def p_wa_status():
    p = pick()
    t = C.tick()
    st = {"id": wamid(), "status": R.choice(["sent", "delivered", "read", "failed"]), "timestamp": str(epoch(t)),
          "recipient_id": P(R.choice([p.rel.phone["wa"], p.phone["wa"]]), "phone"),
          "conversation": {"id": hx(32), "origin": {"type": "utility"}},
          "pricing": {"billable": True, "pricing_model": "CBP", "category": "utility"}}
    if st["status"] == "failed":
        st["errors"] = [{"code": 131026, "title": "Message undeliverable"}]
        del st["conversation"]
    return [logback("DEBUG", "com.meridianassist.wa.web.WebhookController", "Status webhook", app="wa-bridge",
                    extra={"payload": wa_value(None, statuses=[st])})]


def swift_txt(s):
    s = fold(s).upper()
    return "".join(ch if ch.isalnum() or ch in " /-?:().,'+" else " " for ch in s)


MERIDIAN_IBAN = iban("FR", "30004" + "00031" + "00012345678" + "43")


def mt103(p):
    """p None: hospital payment without PHI in :70:; otherwise either a hospital payment
    referencing the patient or a reimbursement to the patient"""
    out = []
    ref = "PAY%s-%04d" % (fd(TODAY, "yymmdd"), R.randint(1, 400))
    h = R.choice(HOSPITALS) if p is None else p.hosp
    reimb = p is not None and p.iban is not None and R.random() < 0.5
    ccy = "EUR" if reimb else h[3]
    amt = "{:.2f}".format(R.uniform(300, 9000) if reimb else R.uniform(20000, 900000)).replace(".", ",")
    b = console("INFO", "com.meridianassist.billing.swift.Mt103Builder", "billing-service")
    b.t("MT103 %s built, %d lines, sending via Alliance Lite2" % (ref, 14))
    out.append(b)
    recv = {"TH": "BKKBTHBKXXX", "PT": "BESCPTPLXXX", "BR": "BRASBRRJXXX", "AE": "EBILAEADXXX", "MA": "BCMAMAMCXXX",
            "ES": "CAIXESBBXXX", "VN": "BFTVVNVXXXX", "IN": "HDFCINBBXXX", "KE": "KCBLKENXXXX", "JP": "MHCBJPJTXXX"}[h[1]]
    if reimb:
        recv = R.choice(["BNPAFRPPXXX", "DEUTDEFFXXX", "INGBNL2AXXX", "BARCGB22XXX", "CAIXESBBXXX"])
    L = ["{1:F01MERAFRPPAXXX%s}{2:I103%sN}{3:{108:MA%s}{121:%s}}{4:" % (digits(10), recv, digits(6), uuid4()),
         [":20:%s" % ref], [":23B:CRED"], [":32A:%s%s%s" % (fd(TODAY + dt.timedelta(days=2), "yymmdd"), ccy, amt)],
         [":50K:/%s" % MERIDIAN_IBAN], ["MERIDIAN ASSIST SAS"], ["12 RUE DE LA PAIX"], ["75002 PARIS FR"]]
    if reimb:
        L += [[":59:/", P(p.iban, "account")], [P(swift_txt(natural(p))[:35], "name")], [P(swift_txt(p.street)[:35], "address")]]
        line = []
        if p.zip:
            line += [P(swift_txt(p.zip), "zip"), " "]
        line += [P(swift_txt(p.city)[:25], "address")]
        L += [line]
        L += [[":70:REIMB OUT OF POCKET MED EXP CASE ", P(p.case, "other_id")], ["CLAIM ", P(p.claim, "other_id")]]
    else:
        L += [[":59:/%s" % digits(12)], [swift_txt(h[0])[:35]], [swift_txt(h[2]).upper()]]
        if p is None:
            L += [[":70:INV %s%s BATCH SETTLEMENT" % (R.choice(["INV", "CI"]), digits(8))], ["GOP-24-%05d" % R.randint(10000, 99999)]]
        else:
            L += [[":70:INV %s PAT " % digits(8), P(swift_txt(p.last).upper()[:20] + " " + swift_txt(p.first)[0], "name")],
                  ["CASE ", P(p.case, "other_id")]]
    L += [[":71A:OUR"], ["-}"]]
    for parts in L:
        C.tick(0, 0.01)
        b = B("swift_mt103")
        if isinstance(parts, str):
            b.t(parts)
        else:
            b.m(*parts)
        out.append(b)
    return out


def p_mt103():
    return mt103(pick())


def p_cloudtrail_put():
    p = pick()
    t = C.tick()
    acct = "412398765432"
    role = "eks-doc-intake-irsa"
    sess = "botocore-session-%d" % epoch(t)
    kind = R.choice(["passport", "medical", "gop", "invoice"])
    if kind == "passport":
        key = M("cases/", P(p.case, "other_id"), "/passport/", P(p.passport, "license"), ".jpg")
    else:
        key = M("cases/", P(p.case, "other_id"), "/%s/%s.pdf" % (kind, uuid4()))
    o = {"eventVersion": "1.09",
         "userIdentity": {"type": "AssumedRole", "principalId": "AROA%s:%s" % (alnum(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), sess),
                          "arn": "arn:aws:sts::%s:assumed-role/%s/%s" % (acct, role, sess), "accountId": acct,
                          "accessKeyId": "ASIA" + alnum(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")},
         "eventTime": ts_s(t), "eventSource": "s3.amazonaws.com", "eventName": R.choice(["PutObject", "GetObject"]),
         "awsRegion": "eu-west-3", "sourceIPAddress": "10.42.%d.%d" % (R.randint(0, 7), R.randint(2, 250)),
         "userAgent": "aws-sdk-java/2.25.%d" % R.randint(1, 40),
         "requestParameters": {"bucketName": "ma-prod-case-documents",
                               "Host": "ma-prod-case-documents.s3.eu-west-3.amazonaws.com", "key": key,
                               "x-amz-server-side-encryption": "aws:kms"},
         "responseElements": None, "requestID": HX(16), "eventID": uuid4(), "readOnly": False,
         "resources": [{"type": "AWS::S3::Object", "ARN": M("arn:aws:s3:::ma-prod-case-documents/", *key.parts)},
                       {"accountId": acct, "type": "AWS::S3::Bucket", "ARN": "arn:aws:s3:::ma-prod-case-documents"}],
         "eventType": "AwsApiCall", "managementEvent": False, "recipientAccountId": acct,
         "vpcEndpointId": "vpce-0a1b2c3d4e5f67890", "eventCategory": "Data"}
    return [B("cloudtrail").j(o)]


def p_apigw_traveller():
    p = pick()
    ua = R.choice(["MeridianAssist/5.3.1 (iPhone; iOS 17.3.1; Scale/3.00)", "MeridianAssist/5.3.0 (Android 14; SM-S918B)",
                   "okhttp/4.12.0"])
    r = R.randint(0, 2)
    if r == 0:
        path = M("/v1/travellers/me/cases/", P(p.case, "other_id"))
        route = "/v1/travellers/me/cases/{caseRef}"
    elif r == 1:
        path = M("/v1/travellers/me/cases/", P(p.case, "other_id"), "/documents")
        route = "/v1/travellers/me/cases/{caseRef}/documents"
    else:
        path = "/v1/travellers/me/profile"
        route = "/v1/travellers/me/profile"
    if R.random() < 0.6:
        b = B("apigw_access")
        t = C.tick()
        o = {"requestId": "%s-%s-%s-%s" % (hx(8), hx(4), hx(4), hx(12)), "ip": P(p.ip, "ip"), "caller": "-",
             "user": "-", "requestTime": ts_clf(t), "httpMethod": "GET" if r != 1 else "POST",
             "routeKey": "%s %s" % ("GET" if r != 1 else "POST", route), "path": path, "status": "200",
             "protocol": "HTTP/1.1", "responseLength": str(R.randint(200, 6000)),
             "integrationLatency": str(R.randint(8, 900)), "userAgent": ua,
             "principalId": P(p.sub, "other_id"), "cognitoUsername": P(p.username, "other_id")}
        return [b.j(o)]
    b = cri(B("nginx_ingress"))
    b.p(p.ip, "ip").t(" - - [%s] \"%s " % (ts_clf(C.t), "GET" if r != 1 else "POST"))
    b.v(path)
    b.t(' HTTP/2.0" 200 %d "-" "%s" %d 0.%03d [ops-case-service-8080] [] 10.42.%d.%d:8080 %d 0.%03d 200 %s' % (
        R.randint(200, 6000), ua, R.randint(300, 900), R.randint(5, 900), R.randint(0, 7), R.randint(2, 250),
        R.randint(200, 6000), R.randint(5, 900), hx(32)))
    return [b]


def p_kafka_case():
    p = pick()
    t = C.tick()
    o = {"specversion": "1.0", "type": "com.meridianassist.case.updated", "source": "/case-service",
         "id": uuid4(), "time": ts_ms(t), "datacontenttype": "application/json", "subject": P(p.case, "other_id"),
         "data": {"caseRef": P(p.case, "other_id"), "status": R.choice(["MEDICAL_REVIEW", "GOP_ISSUED", "REPATRIATION_PLANNED"]),
                  "patient": {"lastName": P(p.last, "name"), "firstName": P(p.first, "name"),
                              "birthDate": P(fd(p.dob, "iso"), "date"), "nationality": p.nat},
                  "location": {"hospitalId": "HSP-%s-%04d" % (p.hosp[1], R.randint(1, 300)),
                               "admissionDate": P(fd(p.admit, "iso"), "date"), "ward": R.choice(["ICU", "CCU", "WARD-4B", "ORTHO"])},
                  "insurer": {"code": p.ins_code, "policyNumber": P(p.policy, "health_plan")}}}
    if R.random() < 0.4:
        b = cri(B("kafka_event"))
        kprefix(b, "case-service")
        return [b.j(o)]
    return [B("kafka_event").j(o)]


def p_k8s_app_phi():
    """app logs as stored by the container runtime, with PHI in message"""
    p = pick()
    b = cri(B("k8s_cri"))
    k = R.randint(0, 2)
    if k == 0:
        logback("WARN", "com.meridianassist.case.matching.TravellerMatcher",
                M("Fuzzy match score 0.81 below threshold for ", P(name_form(p, "comma"), "name"), " dob=",
                  P(fd(p.dob, "iso"), "date"), " - manual review queued"), app="case-service", b=b)
    elif k == 1:
        logback("INFO", "com.meridianassist.flightops.mission.MissionPlanner",
                M("Mission %s planned for case " % R.choice(MISSIONS), P(p.case, "other_id"), " pax weight ",
                  str(p.weight), "kg, departure ", P(fd(p.flight, "iso"), "date"), ", %s" % R.choice(AIRCRAFT)[0]),
                app="flight-ops-service", b=b)
    else:
        logback("ERROR", "com.meridianassist.notify.sms.SmsSender",
                M("Twilio error 21211 invalid 'To' phone number ", P(p.rel.phone["nat"], "phone"),
                  " for case ", P(p.case, "other_id")), app="notification-service", b=b)
    return [b]


def p_console_escort():
    p = pick()
    b = console("INFO", "com.meridianassist.flightops.manifest.ManifestService", "flight-ops-service")
    b.m("Manifest v%d locked for %s: pax=" % (R.randint(1, 4), R.choice(MISSIONS)), P(name_form(p, "comma"), "name"),
        " (stretcher, %dkg) escort=" % p.weight, P(rel_name(p.rel, "natural"), "name"),
        " docs=OK apis=SENT")
    return [b]


def p_console_ssn():
    p = R.choice([x for x in PEOPLE if x.ssn])
    b = console("WARN", "com.meridianassist.policy.us.EligibilityMapper", "policy-gateway")
    b.m("Subscriber lookup fell back to SSN match for ", P(name_form(p, "upper"), "name"), " ssn=",
        P(p.ssn, "ssn"), " subscriberId=", P(p.member, "health_plan"))
    return [b]


def p_log_reimb_addr():
    p = pick()
    msg = M("Reimbursement payee updated caseRef=", P(p.case, "other_id"), " payee=", P(natural(p), "name"),
            " address=\"", P(p.street, "address"), ", ")
    if p.zip:
        msg.parts += [P(p.zip, "zip"), " "]
    msg.parts += [P(p.city, "address"), "\" country=%s" % p.nat]
    if p.iban:
        msg.parts += [" iban=", P(group4(p.iban) if R.random() < 0.5 else p.iban, "account")]
    return [ecs("INFO", "com.meridianassist.billing.payee.PayeeService", msg, "billing-service")]


PHI = [
    (6, p_case_opened), (5, p_status), (4, p_medreport), (2, p_dup_exc), (4, p_notify), (1, p_photo),
    (4, p_fit_to_fly), (2, p_card), (22, p_note), (2, p_gop_email), 
    (2, p_manifest_semicolon), (3, p_pnr_log), (4, p_soap_req),
    (4, p_soap_resp), (3, p_ocr_textract), (3, p_mrz), (9, p_wa_text), (2, p_wa_image),
    (5, p_wa_status), (4, p_cloudtrail_put), (5, p_apigw_traveller), (4, p_kafka_case),
    (4, p_k8s_app_phi), (3, p_console_escort), (1, p_console_ssn), (3, p_log_reimb_addr),
]


# multi-line artefacts are scheduled a fixed number of times (kept out of the random pools)
FORCED = [p_gop, p_gop, p_pnr, n_fpl, p_mt103, n_mt_business, p_console_ssn, p_mrz,
          p_mrz, p_mrz, p_soap_resp_fax, p_soap_resp_fax, p_fit_old, p_fit_old, p_fit_old, p_fit_old,
          p_manifest_fixed, p_manifest_csv, p_manifest_csv, p_ocr_invoice, p_ocr_invoice, p_photo,
          p_photo, p_gop_email, p_card, n_sched_fixed, p_manifest_semicolon, p_wa_image, p_dup_exc]
R.shuffle(FORCED)


def wchoice(pool):
    tot = sum(w for w, _ in pool)
    x = R.uniform(0, tot)
    for w, f in pool:
        x -= w
        if x <= 0:
            return f
    return pool[-1][1]


def main():
    lines = []
    target_noise = 0.55
    while len(lines) < N_LINES:
        rem = N_LINES - len(lines)
        nphi = sum(1 for b in lines if b.spans)
        frac_noise = (len(lines) - nphi) / max(1, len(lines))
        want_phi = frac_noise > target_noise + 0.01 or (frac_noise > target_noise - 0.03 and R.random() < 0.45)
        if FORCED and R.random() < 0.09:
            fn = FORCED[0]
        else:
            fn = wchoice(PHI if want_phi else NOISE)
        saved = C.t
        block = fn()
        if len(block) > rem:
            C.t = saved
            continue
        if FORCED and fn is FORCED[0]:
            FORCED.pop(0)
        lines.extend(block)
    assert len(lines) == N_LINES
    if FORCED:
        print("not scheduled:", [f.__name__ for f in FORCED])

    log_out = []
    lab_out = []
    for i, b in enumerate(lines, 1):
        s = b.text()
        assert "\n" not in s and "\r" not in s and s.strip(), (i, s)
        raw = s.encode("utf-8")
        spans = []
        prev_end = -1
        for st, en, cat, val in sorted(b.spans):
            assert raw[st:en] == val.encode("utf-8"), (i, st, en, val)
            assert st >= prev_end, ("overlap", i, val)
            assert val == val.strip() and val, (i, val)
            prev_end = en
            spans.append({"s": st, "e": en, "cat": cat})
        log_out.append(s)
        lab_out.append(json.dumps({"line": i, "family": b.fam, "spans": spans}, ensure_ascii=False))
    (HERE / ("%s.log" % ID)).write_text("\n".join(log_out), encoding="utf-8")
    (HERE / ("%s.labels.jsonl" % ID)).write_text("\n".join(lab_out), encoding="utf-8")


if __name__ == "__main__":
    main()
