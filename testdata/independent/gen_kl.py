#!/usr/bin/env python3
"""Generator for the held-out PHI corpus `kl`.

Theme: a bone marrow / cord blood donor registry ("MarrowLink") and its coordination
with transplant centres: donor recruitment sign-ups (web forms, swab kit shipping), HLA
typing results (HL7 v2 ORU, CSV, HML XML), transplant-centre search requests and matching,
workup scheduling and health questionnaires, courier logs for cellular products, cord blood
unit inventory, international patient searches (EMDIS-like), multilingual donor contact
attempts, Java (Spring/logback) and Go (slog/zap) service logs, Postgres, Postfix, X12 271.

Writes kl.log (exactly 500 lines) and kl.labels.jsonl next to this script.
Deterministic: one random.Random with a fixed seed, a fixed synthetic clock, stdlib only.
All people and identifiers are synthetic.

Labeling decisions:
- Labeled persons: donors and prospective donors (sign-ups, swabbed, typed, in workup),
  mothers of cord blood donors, patients/recipients, their relatives (siblings typed as
  related donors, parents, grandparents), emergency contacts, guarantors/subscribers.
- Not labeled: registry staff, recruiters, search coordinators, nurses, physicians, lab
  techs, couriers, contact-centre agents (their names, usernames, emails, phones), transplant
  centres, collection centres, cord blood banks, labs, carriers, payers, vendors, and their
  addresses/phones/faxes; internal/private IPs; registry URLs.
- other_id: registry donor IDs (####-####-#), GRIDs, swab kit / sample barcodes, HML sample
  ids, registry patient/recipient IDs (R########), patient search case IDs (PSR-...),
  EMDIS patient IDs, CBU IDs and ISBT 128 DINs of cellular products (they identify the
  donor), maternal IDs, donor-portal usernames.
- Not labeled (transaction/object IDs): lab accession and order numbers, workup request
  IDs, courier run IDs, HL7 message control IDs, kit order numbers, carrier tracking
  numbers, reimbursement claim IDs, seal numbers, request/trace/span IDs, UUIDs, storage
  locations, temperature-logger serials.
- mrn: a patient's (or donor's) medical record number at a transplant/collection centre.
- date: any day-precision date tied to a donor/patient: birth, sign-up/registration,
  kit shipment/receipt, sample collection, typing/allele assignment, exam, collection,
  infusion, diagnosis, callback/availability, tattoo, coverage dates, CBU collection
  (= infant's birth). Software timestamps of log events are not labeled; a year alone or
  month/year ("02/2024") is not labeled.
- age: only ages over 89 are labeled; other ages are not.
- address: street lines and city/town names are labeled (separate spans when separate
  fields, one span when written as one phrase "street, city"); state/province/country
  not labeled; postal codes of any country are zip.
- phone/fax: a person's numbers in any format; in HL7 XTN only the subscriber number
  component is labeled.
- name: the whole written form ("LAST^FIRST^M" in HL7 XPN, "Last, First", initials);
  a first name alone addressing the donor in a message body is labeled; URL-encoded
  values are labeled as written (same for emails with %40).
- Not identifiers: HLA alleles/genotypes, ABO/Rh, CMV, sex, weight/height, diagnoses,
  ethnicity. Masked values (***-**-1234, card last4) are not labeled.
- ip: public client IPs of donor-portal requests and sign-up payloads.
- device: a donor's phone serial/IMEI/UDID registered in the donor app.
- vehicle: a donor's car plate/VIN for mileage reimbursement; courier fleet not labeled.
- license: a donor's/patient's driver's licence or ID document number.
- url: personal fundraising / social pages of a patient or family.
- account: donor bank account numbers/IBANs, patient billing accounts, full card numbers.
- health_plan: member/subscriber IDs, Medicare MBI, Medicaid IDs (group numbers and
  payer IDs are not labeled).
- photo: the base64 payload of a donor's ID/selfie JPEG (not the data: prefix);
  biometric: a donor's fingerprint template.
"""
import base64
import datetime as dt
import json
import os
import re
import unicodedata
from urllib.parse import quote_plus
import random

ID = "kl"
HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(0x6B6C2105)


# ----------------------------------------------------------------------------- line builder
class Line:
    __slots__ = ("family", "buf", "spans")

    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def a(self, text):
        self.buf += text.encode("utf-8")
        return self

    def p(self, text, cat):
        if cat is None:
            return self.a(text)
        s = len(self.buf)
        self.buf += text.encode("utf-8")
        self.spans.append((s, len(self.buf), cat, text))
        return self


TOK = re.compile(r"\{(\w+)\}")


def fill(L, tmpl, vals):
    """Append template text; {key} placeholders take (text, cat) from vals."""
    pos = 0
    for m in TOK.finditer(tmpl):
        L.a(tmpl[pos:m.start()])
        v, c = vals[m.group(1)]
        L.p(v, c)
        pos = m.end()
    L.a(tmpl[pos:])
    return L


class O:
    """Ordered JSON object for the JSON writer; items are (key, value[, cat])."""

    def __init__(self, *items):
        self.items = items


def jval(L, v, cat=None, sp=""):
    if isinstance(v, O):
        jobj(L, v, sp)
    elif isinstance(v, list):
        L.a("[")
        for i, x in enumerate(v):
            if i:
                L.a("," + sp)
            jval(L, x, cat, sp)
        L.a("]")
    elif isinstance(v, str):
        L.a('"')
        L.p(json.dumps(v, ensure_ascii=False)[1:-1], cat)
        L.a('"')
    else:
        L.p(json.dumps(v), cat)


def jobj(L, o, sp=""):
    L.a("{")
    for i, it in enumerate(o.items):
        k, v = it[0], it[1]
        cat = it[2] if len(it) > 2 else None
        if i:
            L.a("," + sp)
        L.a(json.dumps(k) + ":" + sp)
        jval(L, v, cat, sp)
    L.a("}")
    return L


def kv(L, k, v, cat=None, q=False, lead=" ", eq="="):
    L.a(lead + k + eq)
    if q:
        L.a('"').p(v, cat).a('"')
    else:
        L.p(v, cat)
    return L


def cells(L, items, sep=","):
    for i, it in enumerate(items):
        v, cat = (it, None) if isinstance(it, str) else it
        if i:
            L.a(sep)
        if sep == "," and ("," in v):
            L.a('"').p(v, cat).a('"')
        else:
            L.p(v, cat)
    return L


# ----------------------------------------------------------------------------- clock / time fmt
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONFULL = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_clock = [dt.datetime(2024, 5, 13, 5, 58, 11, 204000)]


def tick(lo=0.3, hi=45.0):
    _clock[0] += dt.timedelta(seconds=rng.uniform(lo, hi))
    return _clock[0]


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def ts_iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + "." + ms(t) + "Z"


def ts_lb(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + "." + ms(t)


def ts_nginx(t):
    return "%02d/%s/%d:%s +0000" % (t.day, MON[t.month - 1], t.year, t.strftime("%H:%M:%S"))


def ts_sys(t):
    return "%s %2d %s" % (MON[t.month - 1], t.day, t.strftime("%H:%M:%S"))


def ts_epoch(t):
    return "%.4f" % (t - dt.datetime(1970, 1, 1)).total_seconds()


def ts_hl7(t):
    return t.strftime("%Y%m%d%H%M%S")


TODAY = dt.date(2024, 5, 13)


def rdate(a, b):
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def past(d0=30, d1=400):
    return TODAY - dt.timedelta(days=rng.randint(d0, d1))


def future(d0=5, d1=90):
    return TODAY + dt.timedelta(days=rng.randint(d0, d1))


DSTYLES = ["iso", "us", "usn", "de", "dmy", "hl7", "long", "orc", "dmon", "iso"]


def fdate(d, st=None):
    st = st or rng.choice(DSTYLES)
    y, m, dd = d.year, d.month, d.day
    return {
        "iso": "%d-%02d-%02d" % (y, m, dd),
        "us": "%02d/%02d/%d" % (m, dd, y),
        "usn": "%d/%d/%d" % (m, dd, y),
        "de": "%02d.%02d.%d" % (dd, m, y),
        "dmy": "%02d/%02d/%d" % (dd, m, y),
        "hl7": "%d%02d%02d" % (y, m, dd),
        "long": "%s %d, %d" % (MONFULL[m - 1], dd, y),
        "orc": "%02d-%s-%d" % (dd, MON[m - 1].upper(), y),
        "dmon": "%d %s %d" % (dd, MON[m - 1], y),
    }[st]


# ----------------------------------------------------------------------------- random ids
def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def alnum(n, al="ABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
    return "".join(rng.choice(al) for _ in range(n))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def luhn_complete(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return body + str((10 - s % 10) % 10)


def donor_id():
    return "%s-%s-%s" % (digits(4), digits(4), digits(1))


def grid():
    return rng.choice(["5432", "1234", "6789", "9044"]) + digits(15)


def kit_id():
    return "SWB-%s-%s" % (alnum(4), digits(4))


def patient_rid():
    return "R" + digits(8)


def search_id():
    return "PSR-2024-%06d" % rng.randint(1000, 99999)


def din(spaced=None):
    fac = rng.choice(["W0420", "W1234", "A9967", "W3310"])
    yr = rng.choice(["19", "20", "21", "22", "23", "24"])
    seq = digits(6)
    if spaced is None:
        spaced = rng.random() < 0.5
    return ("%s %s %s" % (fac, yr, seq)) if spaced else (fac + yr + seq)


def mrn():
    return rng.choice(["%08d" % rng.randint(10 ** 6, 10 ** 8 - 1), "E" + digits(7),
                       "MRN-%s-%s" % (digits(4), digits(4)), digits(9), "%s%s" % (alnum(2, "ABCDEFGHKMNP"), digits(6))])


def ssn(style=None):
    area = rng.randint(1, 665)
    while area == 666:
        area = rng.randint(1, 665)
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    style = style or rng.choice(["dash", "dash", "plain", "space"])
    if style == "dash":
        return "%03d-%02d-%04d" % (area, g, s)
    if style == "space":
        return "%03d %02d %04d" % (area, g, s)
    return "%03d%02d%04d" % (area, g, s)


def mbi():
    L_ = "ACDEFGHJKMNPQRTUVWXY"
    AN = L_ + "0123456789"
    v = (str(rng.randint(1, 9)) + rng.choice(L_) + rng.choice(AN) + str(rng.randint(0, 9)) + rng.choice(L_)
         + rng.choice(AN) + str(rng.randint(0, 9)) + rng.choice(L_) + rng.choice(L_) + str(rng.randint(0, 9))
         + str(rng.randint(0, 9)))
    return v if rng.random() < 0.5 else "%s-%s-%s" % (v[:4], v[4:7], v[7:])


def member_id():
    return rng.choice(["W" + digits(9), alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(9),
                       "%s%s" % (digits(9), rng.choice("AB")), "U" + digits(8) + "01", "MBR-" + digits(10)])


def iban(cc):
    if cc == "DE":
        bban = digits(8) + digits(10)
    elif cc == "PL":
        bban = digits(24)
    elif cc == "ES":
        bban = digits(20)
    else:
        bban = digits(23)
    conv = "".join(str(ord(c) - 55) for c in cc) + "00"
    chk = 98 - int(bban + conv) % 97
    raw = "%s%02d%s" % (cc, chk, bban)
    if rng.random() < 0.6:
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return raw


def card():
    pre = rng.choice(["4", "51", "52", "55", "4"])
    return luhn_complete(pre + digits(15 - len(pre)))


def imei():
    return luhn_complete(rng.choice(["35", "86", "01"]) + digits(12))


VIN_VAL = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(rng.choice(["1HG", "1FT", "5YJ", "JTD", "WVW", "3FA", "2T1"]) + "".join(rng.choice(al) for _ in range(5)) + "0"
             + rng.choice("LMNPR") + rng.choice(al) + digits(6))
    tot = sum((int(c) if c.isdigit() else VIN_VAL[c]) * w for c, w in zip(v, VIN_W))
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def plate(cc):
    if cc == "DE":
        return "%s-%s %d" % (rng.choice(["B", "M", "TÜ", "D", "L", "HH"]), alnum(2, "ABCDEFGHKLMNPRSTUVWXYZ"), rng.randint(1, 9999))
    if cc == "PL":
        return "%s %s" % (rng.choice(["KR", "WA", "GD", "WX"]), digits(3) + alnum(2, "ACEFHJKLMNPRSTUVWXY"))
    return rng.choice(["%s %s" % (alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), digits(4)), digits(1) + alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(3),
                       "%s-%s" % (alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ"), digits(5))])


def pub_ip():
    while True:
        a = rng.choice([24, 31, 45, 67, 73, 77, 89, 98, 104, 142, 151, 176, 185, 188, 201, 212, 217, 84])
        b, c, d = rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)
        return "%d.%d.%d.%d" % (a, b, c, d)


def pub_ip6():
    return "2a02:%s:%s:%s::%s" % (hexs(4).lstrip("0") or "1", hexs(4), hexs(3), hexs(4).lstrip("0") or "a")


def priv_ip():
    return rng.choice(["10.%d.%d.%d" % (rng.randint(0, 60), rng.randint(0, 255), rng.randint(2, 250)),
                       "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 250)),
                       "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 250))])


# ----------------------------------------------------------------------------- people
def phone_us(style=None):
    area = rng.choice(["312", "773", "808", "305", "818", "505", "718", "612", "713", "206", "404", "347", "929", "415", "646", "928", "907"])
    ex = rng.choice(["555", str(rng.randint(201, 989))])
    num = ("01" + digits(2)) if ex == "555" else digits(4)
    st = style or rng.choice(["paren", "dash", "dot", "plain", "intl", "e164", "one"])
    return {"paren": "(%s) %s-%s" % (area, ex, num), "dash": "%s-%s-%s" % (area, ex, num),
            "dot": "%s.%s.%s" % (area, ex, num), "plain": area + ex + num, "intl": "+1 %s %s %s" % (area, ex, num),
            "e164": "+1" + area + ex + num, "one": "1-%s-%s-%s" % (area, ex, num)}[st]


def phone_for(cc):
    if cc == "US":
        return phone_us()
    if cc == "DE":
        pre = rng.choice(["151", "160", "170", "171", "172", "176", "179"])
        n = digits(rng.choice([7, 8]))
        return rng.choice(["+49 %s %s" % (pre, n), "0%s %s" % (pre, n), "0%s/%s" % (pre, n), "+49%s%s" % (pre, n),
                           "030 %s" % digits(7), "(07071) %s" % digits(6)])
    if cc == "PL":
        a, b, c = rng.randint(500, 889), digits(3), digits(3)
        return rng.choice(["+48 %d %s %s" % (a, b, c), "%d-%s-%s" % (a, b, c), "%d%s%s" % (a, b, c)])
    if cc == "ES":
        return rng.choice(["+34 6%s %s %s" % (digits(2), digits(3), digits(3)), "6%s %s %s %s" % (digits(2), digits(2), digits(2), digits(2))])
    if cc == "MX":
        return rng.choice(["+52 55 %s %s" % (digits(4), digits(4)), "55-%s-%s" % (digits(4), digits(4)), "+52 1 33 %s %s" % (digits(4), digits(4))])
    if cc == "FR":
        d = [digits(2) for _ in range(4)]
        return rng.choice(["06 %s %s %s %s" % tuple(d), "+33 6 %s %s %s %s" % tuple(d), "07%s%s%s%s" % tuple(d)])
    if cc == "BR":
        return rng.choice(["+55 11 9%s-%s" % (digits(4), digits(4)), "(81) 9%s-%s" % (digits(4), digits(4))])
    if cc == "TR":
        a = rng.choice(["532", "505", "542", "555"])
        return rng.choice(["+90 %s %s %s %s" % (a, digits(3), digits(2), digits(2)), "0%s %s %s %s" % (a, digits(3), digits(2), digits(2))])
    if cc == "VN":
        return rng.choice(["+84 9%s %s %s" % (digits(2), digits(3), digits(3)), "09%s %s %s" % (digits(2), digits(3), digits(3))])
    if cc == "JP":
        return rng.choice(["090-%s-%s" % (digits(4), digits(4)), "+81 80 %s %s" % (digits(4), digits(4))])
    return phone_us()


CTRY = {
    "US": dict(
        first=["Chidinma", "Aiyana", "Siobhán", "Kwame", "Priya", "Rahul", "Leilani", "Oluwaseun", "DeShawn", "Bartholomew",
               "Hye-jin", "Malia", "Declan", "Rashida", "Wei", "Nomvula", "Kai", "Emeka", "Marisol", "Ekaterina", "Jamal",
               "Brittany", "Cody", "Mary-Kate", "Tupac", "Yesenia", "Fatima", "Tariq", "Joseph", "Hannah"],
        last=["Okafor", "Begay", "Ní Bhriain", "Mensah", "Raghunathan", "Iyer", "Kahananui", "Adeyemi", "Washington",
              "Featherstonehaugh", "Park", "Fonoti", "McAllister", "Jackson-Boateng", "Two Bulls", "Kealoha", "Chen",
              "Dlamini", "Eze", "Ortiz", "Sokolova", "O'Connell", "St. James", "Van Buren-Hale", "Lopez", "Al-Hashimi",
              "Haddad", "Nwachukwu", "Yazzie", "DuBois"],
        streets=["N Winthrop Ave", "Elm St", "Kalanianaole Hwy", "SW 8th St", "W Magnolia Blvd", "County Rd 14",
                 "Prospect Pl", "Nicollet Ave S", "Bellaire Blvd", "Rainier Ave S", "Joseph E Lowery Blvd NW", "E Aztec Ave",
                 "Old Mill Rd", "Chestnut Hill Dr"],
        cities=[("Chicago", "IL", ["60640", "60625", "60608"]), ("Honolulu", "HI", ["96821", "96816"]),
                ("Miami", "FL", ["33135", "33145"]), ("Burbank", "CA", ["91505", "91506"]), ("Gallup", "NM", ["87301"]),
                ("Brooklyn", "NY", ["11238", "11216"]), ("Minneapolis", "MN", ["55408", "55407"]),
                ("Houston", "TX", ["77036", "77081"]), ("Seattle", "WA", ["98118", "98144"]), ("Atlanta", "GA", ["30310", "30314"]),
                ("Flagstaff", "AZ", ["86001"]), ("Anchorage", "AK", ["99508"]), ("Dearborn", "MI", ["48126"])],
        dom=["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me", "aol.com", "comcast.net"]),
    "DE": dict(first=["Jonas", "Lena", "Mehmet", "Ilse", "Katarzyna", "Lukas", "Svenja", "Friedrich-Wilhelm", "Aylin", "Jürgen"],
               last=["Müller-Lüdenscheidt", "Schäfer", "Yılmaz", "von Hohenberg", "Nguyen", "Krause", "Weiß", "Özdemir",
                     "Zimmermann", "zu Stolberg"],
               streets=["Schönhauser Allee", "Hauptstraße", "Am Kirchberg", "Königsallee", "Karl-Marx-Str.", "Mühlweg"],
               cities=[("Berlin", "BE", ["10437", "12043", "10245"]), ("Tübingen", "BW", ["72074", "72072"]),
                       ("Düsseldorf", "NW", ["40212", "40479"]), ("Leipzig", "SN", ["04109", "04275"])],
               dom=["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"]),
    "PL": dict(first=["Agnieszka", "Tomasz", "Łukasz", "Małgorzata", "Wojciech", "Zofia"],
               last=["Kowalczyk", "Wiśniewski", "Szymańska", "Grzegorczyk", "Nowak-Jeziorańska", "Dąbrowski"],
               streets=["ul. Długa", "ul. Marszałkowska", "al. Jana Pawła II", "ul. Świętokrzyska"],
               cities=[("Kraków", "MA", ["31-147", "30-418"]), ("Warszawa", "MZ", ["00-624", "02-796"]), ("Gdańsk", "PM", ["80-831"])],
               dom=["wp.pl", "onet.pl", "o2.pl", "gmail.com"]),
    "ES": dict(first=["María José", "Alejandro", "Lucía", "Esperanza", "José Luis", "Nerea"],
               last=["de la Cruz", "Ramírez Ortega", "Fernández", "García-Villalobos", "Núñez del Prado", "Etxeberria"],
               streets=["Calle de Alcalá", "Calle Mayor", "Avenida de la Constitución", "Carrer de Sants"],
               cities=[("Madrid", "MD", ["28014", "28009"]), ("Sevilla", "AN", ["41004"]), ("Barcelona", "CT", ["08014"])],
               dom=["hotmail.es", "gmail.com", "telefonica.net"]),
    "MX": dict(first=["Guadalupe", "José Luis", "Ximena", "Itzel", "Juan Pablo"],
               last=["Quispe", "Hernández Cruz", "de los Santos", "Xolocotzi", "Rivera"],
               streets=["Av. Insurgentes Sur", "Calle Durango", "Av. Vallarta"],
               cities=[("Ciudad de México", "CDMX", ["03100", "06700"]), ("Guadalajara", "JAL", ["44100"])],
               dom=["gmail.com", "hotmail.com", "prodigy.net.mx"]),
    "FR": dict(first=["Jean-Baptiste", "Maëlle", "Amadou", "Élodie", "Théo", "Inès"],
               last=["Dubois-Léger", "Le Gall", "Diallo", "Benali", "de Saint-Aubin", "Lefèvre"],
               streets=["rue de la Roquette", "avenue Jean Jaurès", "boulevard de la Liberté", "impasse des Lilas"],
               cities=[("Paris", "IDF", ["75011", "75019"]), ("Lyon", "ARA", ["69007"]), ("Rennes", "BRE", ["35000"])],
               dom=["orange.fr", "free.fr", "laposte.net", "gmail.com"]),
    "BR": dict(first=["Mateus", "Ana Lúcia", "João Pedro", "Thaís", "Conceição"],
               last=["Santos da Silva", "Nascimento", "Oliveira", "Araújo", "Gonçalves"],
               streets=["Rua Augusta", "Av. Paulista", "Rua do Bom Jesus"],
               cities=[("São Paulo", "SP", ["01305-100", "01310-200"]), ("Recife", "PE", ["50030-230"])],
               dom=["uol.com.br", "gmail.com", "bol.com.br"]),
    "TR": dict(first=["Zeynep", "Emre", "Ayşe", "Mustafa", "Elif"],
               last=["Yıldız", "Çelik", "Şahin", "Öztürk", "Kılıç"],
               streets=["Bağdat Caddesi", "İstiklal Cd.", "Atatürk Blv."],
               cities=[("İstanbul", "34", ["34728", "34433"]), ("Ankara", "06", ["06690"])],
               dom=["gmail.com", "hotmail.com", "yandex.com.tr"]),
    "VN": dict(first=["Thanh", "Anh", "Minh", "Thị Hoa", "Quốc Bảo"],
               last=["Nguyễn", "Trần", "Lê", "Phạm", "Đặng"],
               streets=["Đường Lê Lợi", "Phố Huế", "Đường Nguyễn Trãi"],
               cities=[("Hồ Chí Minh", "SG", ["700000"]), ("Hà Nội", "HN", ["100000"])],
               dom=["gmail.com", "yahoo.com.vn"]),
    "JP": dict(first=["Yuki", "Haruto", "Sakura", "Ren"], last=["Takahashi", "Watanabe", "Kobayashi", "Yamamoto"],
               streets=["Jingumae", "Nishi-Shinjuku", "Kitahama"],
               cities=[("Shibuya-ku, Tokyo", "13", ["150-0001"]), ("Osaka", "27", ["541-0041"])],
               dom=["docomo.ne.jp", "gmail.com", "yahoo.co.jp"]),
}
CC_W = [("US", 40), ("DE", 12), ("PL", 6), ("ES", 5), ("MX", 5), ("FR", 5), ("BR", 4), ("TR", 4), ("VN", 4), ("JP", 2)]
LANG = {"US": "en", "DE": "de", "PL": "pl", "ES": "es", "MX": "es", "FR": "fr", "BR": "pt", "TR": "tr", "VN": "vi", "JP": "ja"}
TRANSL = str.maketrans({"Đ": "D", "đ": "d", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ı": "i", "ß": "ss", "'": "", " ": "", "æ": "ae"})


def ascii_(s):
    s = s.translate(TRANSL)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128)


def wchoice(pairs):
    tot = sum(w for _, w in pairs)
    r = rng.uniform(0, tot)
    for k, w in pairs:
        r -= w
        if r <= 0:
            return k
    return pairs[-1][0]


class P:
    pass


def person(cc=None, kind="donor"):
    cc = cc or wchoice(CC_W)
    C = CTRY[cc]
    p = P()
    p.cc = cc
    p.first = rng.choice(C["first"])
    p.last = rng.choice(C["last"])
    p.mi = rng.choice("ABCDEFGHJKLMNPRSTW")
    p.sex = rng.choice("FM")
    if kind == "donor":
        p.dob = rdate(dt.date(1966, 1, 1), dt.date(2006, 4, 30))
    else:
        p.dob = rdate(dt.date(1949, 1, 1), dt.date(2021, 12, 31))
    st = rng.choice(C["streets"])
    n = rng.randint(1, 140)
    if cc == "US":
        p.street = "%d %s" % (rng.randint(100, 9899), st)
        p.unit = rng.choice(["", "", "Apt 3B", "Unit 12", "#204", "Apt 1"])
    elif cc == "DE":
        p.street = "%s %d%s" % (st, n, rng.choice(["", "", "a", "b"]))
        p.unit = ""
    elif cc == "PL":
        p.street = "%s %d/%d" % (st, n, rng.randint(1, 60))
        p.unit = ""
    elif cc in ("ES",):
        p.street = "%s, %d, %dº %s" % (st, n, rng.randint(1, 8), rng.choice("ABCD"))
        p.unit = ""
    elif cc == "MX":
        p.street = "%s %d, Int. %d" % (st, rng.randint(100, 3999), rng.randint(1, 20))
        p.unit = ""
    elif cc == "FR":
        p.street = "%d %s" % (n, st)
        p.unit = ""
    elif cc == "BR":
        p.street = "%s, %d, apto %d" % (st, rng.randint(10, 2999), rng.randint(11, 184))
        p.unit = ""
    elif cc == "TR":
        p.street = "%s No:%d D:%d" % (st, n, rng.randint(1, 30))
        p.unit = ""
    elif cc == "JP":
        p.street = "%s %d-%d-%d" % (st, rng.randint(1, 6), rng.randint(1, 30), rng.randint(1, 20))
        p.unit = ""
    else:
        p.street = "%d %s" % (n, st)
        p.unit = ""
    city, region, zips = rng.choice(C["cities"])
    p.city, p.region, p.zip = city, region, rng.choice(zips)
    p.phone = phone_for(cc)
    f, l = ascii_(p.first).lower(), ascii_(p.last).lower()
    loc = rng.choice(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s%s%02d" % (f, l, p.dob.year % 100), "%s.%s%d" % (l, f, rng.randint(1, 99)),
                      "%s_%s" % (f, l), "%s%d" % (f, rng.randint(100, 999))])
    p.email = loc + "@" + rng.choice(C["dom"])
    p.lang = LANG[cc]
    return p


CC_DIAL = {"US": "1", "DE": "49", "PL": "48", "ES": "34", "MX": "52", "FR": "33", "BR": "55", "TR": "90", "VN": "84", "JP": "81"}


def e164(p):
    d = re.sub(r"\D", "", p.phone)
    if p.phone.startswith("+"):
        return "+" + d
    if p.cc == "US":
        return "+1" + d[-10:]
    if d.startswith("0"):
        d = d[1:]
    return "+" + CC_DIAL[p.cc] + d


FEMALE = {"US": ["Chidinma", "Aiyana", "Siobhán", "Priya", "Leilani", "Malia", "Rashida", "Marisol", "Yesenia", "Hannah", "Fatima", "Hye-jin", "Nomvula"],
          "MX": ["Guadalupe", "Ximena", "Itzel"], "VN": ["Thị Hoa", "Anh"], "FR": ["Élodie", "Inès", "Maëlle"]}


def nm(p, st=None):
    st = st or rng.choice(["fl", "fl", "LF", "Lf", "lower", "init", "upper", "fml"])
    return {"fl": "%s %s" % (p.first, p.last), "LF": "%s, %s" % (p.last.upper(), p.first),
            "Lf": "%s, %s" % (p.last, p.first), "lower": ("%s %s" % (p.first, p.last)).lower(),
            "init": "%s. %s" % (p.first[0], p.last), "upper": ("%s %s" % (p.first, p.last)).upper(),
            "fml": "%s %s. %s" % (p.first, p.mi, p.last)}[st]


def full_addr(p):
    s = p.street + ((" " + p.unit) if p.unit else "")
    return s


HLA_A = ["A*01:01", "A*02:01", "A*02:06", "A*03:01", "A*11:01", "A*24:02", "A*26:01", "A*29:02", "A*30:01", "A*31:01", "A*33:03", "A*68:01"]
HLA_B = ["B*07:02", "B*08:01", "B*15:01", "B*35:01", "B*40:01", "B*44:02", "B*44:03", "B*51:01", "B*52:01", "B*53:01", "B*57:01", "B*58:01"]
HLA_C = ["C*01:02", "C*03:04", "C*04:01", "C*05:01", "C*06:02", "C*07:01", "C*07:02", "C*12:03", "C*15:02"]
HLA_DRB1 = ["DRB1*01:01", "DRB1*03:01", "DRB1*04:01", "DRB1*07:01", "DRB1*11:01", "DRB1*13:01", "DRB1*15:01", "DRB1*15:03"]
HLA_DQB1 = ["DQB1*02:01", "DQB1*03:01", "DQB1*03:02", "DQB1*05:01", "DQB1*06:02", "DQB1*06:03"]
HLA_DPB1 = ["DPB1*01:01", "DPB1*02:01", "DPB1*04:01", "DPB1*04:02", "DPB1*13:01"]
LOCI = [("A", HLA_A), ("B", HLA_B), ("C", HLA_C), ("DRB1", HLA_DRB1), ("DQB1", HLA_DQB1), ("DPB1", HLA_DPB1)]


def typ(pool, hires=False):
    a, b = rng.choice(pool), rng.choice(pool)
    if hires:
        a += ":%02d" % rng.randint(1, 3)
        b += ":%02d" % rng.randint(1, 3)
    return a, b


TCS = [("TC-0412", "Northwestern Memorial BMT"), ("TC-0177", "UCSF Benioff BMT"), ("TC-0533", "Houston Methodist Cell Therapy"),
       ("TC-0619", "Univ. of Minnesota M Health Fairview"), ("TC-0902", "Queen's Medical Center Honolulu"),
       ("TC-1044", "Emory Winship Cell Therapy"), ("TC-0268", "Seattle Cancer Care Alliance")]
CCS = [("CC-17", "Fred Hutch Apheresis"), ("CC-03", "Mayo Clinic Apheresis Unit"), ("CC-22", "Karolinska Collection Unit"),
       ("CC-09", "DRK Blutspendedienst Ulm"), ("CC-31", "Hospital Clínic Aféresis")]
STAFF = ["Dana Whitfield", "Marcus Lindgren", "Keiko Arai", "Rosa Bautista", "Samuel Oyelaran", "Ingrid Falk", "Tom Reyes",
         "Priti Shah", "Lorenz Krause", "Agata Mroz", "Henri Vasseur", "Beatriz Lemos"]
STAFF_U = ["dwhitfield", "mlindgren", "karai", "rbautista", "soyelaran", "ifalk", "treyes", "pshah", "lkrause", "amroz", "hvasseur", "blemos"]
COURIERS = ["M. Tanaka", "J. Ortiz", "R. Kowalski", "S. Haddad", "P. O'Brien", "A. Lindqvist"]
DIAG = [("AML", "C92.00"), ("ALL", "C91.00"), ("MDS", "D46.9"), ("SAA", "D61.9"), ("CML", "C92.10"), ("NHL", "C85.90"),
        ("SCD", "D57.1"), ("MF", "D47.4")]
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.113 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
       "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"]
DRIVES = ["UIC-SPRING24", "HNL-LEI-DAY", "MIA-DOLPHINS-0512", "PSD-2024-0187", "ONLINE-IG-Q2", "NAVAJO-NATION-FAIR", "TÜB-UNI-MENSA", "KRK-AGH-2024"]


def lb_prefix(L, t, level, thread, logger):
    L.a("%s %5s 1 --- [%15s] %-40s : " % (ts_lb(t), level, thread[-15:], logger))
    return L


def slog_prefix(L, t, level, msg):
    L.a("time=%s level=%s msg=%s" % (ts_iso(t), level, json.dumps(msg) if " " in msg else msg))
    return L


def jpeg_b64():
    raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00" + bytes(rng.randrange(256) for _ in range(96))
    return base64.b64encode(raw).decode()


def fmr_b64():
    raw = b"FMR\x00 20\x00\x00\x00\x01\x2c\x00\x00\x01\x40\x01\xe0\x00\xc5\x00\xc5\x01\x00\x00\x00" + bytes(rng.randrange(256) for _ in range(60))
    return base64.b64encode(raw).decode()


# ============================================================================= generators
# Each returns a list of Line objects.

def g_signup_json():
    p = person()
    t = tick()
    L = Line("signup_json")
    addr = [("street1", p.street, "address")]
    if p.unit:
        addr.append(("street2", p.unit, "address"))
    addr += [("city", p.city, "address"), ("state" if p.cc == "US" else "region", p.region), ("postalCode", p.zip, "zip"),
             ("country", p.cc)]
    form = [("firstName", p.first, "name"), ("lastName", p.last, "name"),
            ("dateOfBirth", fdate(p.dob, rng.choice(["iso", "iso", "us"])), "date"), ("sex", p.sex),
            ("email", p.email, "email"), ("mobilePhone", p.phone, "phone"), ("address", O(*addr)),
            ("raceEthnicity", [rng.choice(["Black or African American", "Asian", "White", "Hispanic or Latino",
                                           "American Indian or Alaska Native", "Native Hawaiian or Other Pacific Islander",
                                           "Middle Eastern or North African"])]),
            ("heightIn", rng.randint(59, 77)), ("weightLb", rng.randint(110, 260)),
            ("contactPrefs", O(("sms", rng.random() < 0.7), ("email", True), ("language", p.lang))),
            ("consentVersion", "2023-11"), ("driveCode", rng.choice(DRIVES))]
    if rng.random() < 0.4:
        ec = person(p.cc)
        ec.last = p.last if rng.random() < 0.6 else ec.last
        form.append(("altContact", O(("name", nm(ec, "fl"), "name"), ("relationship", rng.choice(["mother", "brother", "spouse", "friend", "father"])),
                                     ("phone", ec.phone, "phone"))))
    obj = O(("ts", ts_iso(t)), ("level", "info"), ("svc", "donor-join-api"), ("event", "signup.submitted"),
            ("requestId", uuid()), ("form", O(*form)), ("clientIp", pub_ip(), "ip"),
            ("userAgent", rng.choice(UAS)))
    jobj(L, obj)
    return [L]


def g_form_urlenc():
    p = person(rng.choice(["US", "US", "DE", "FR", "ES"]))
    t = tick()
    L = Line("form_urlenc")
    lb_prefix(L, t, "DEBUG", "nio-8080-exec-%d" % rng.randint(1, 12), "c.m.join.web.LegacySignupController")
    L.a("raw form body: ")
    parts = [("first_name", p.first, "name"), ("last_name", p.last, "name"), ("dob", fdate(p.dob, rng.choice(["us", "iso", "dmy"])), "date"),
             ("email", p.email, "email"), ("cell", p.phone, "phone"), ("zip", p.zip, "zip"), ("drive", rng.choice(DRIVES), None),
             ("consent", "on", None), ("_csrf", hexs(32), None)]
    for i, (k, v, c) in enumerate(parts):
        if i:
            L.a("&")
        L.a(k + "=").p(quote_plus(v), c)
    return [L]


def g_nginx_portal():
    L = Line("nginx_access")
    t = tick()
    ip = pub_ip6() if rng.random() < 0.15 else pub_ip()
    L.p(ip, "ip").a(" - - [%s] \"" % ts_nginx(t))
    k = rng.choice(["signup", "verify", "kit", "profile", "static", "consent", "verify", "kit", "unsub"])
    ref = rng.choice(["https://join.marrowlink.org/swab?utm_source=ig&utm_campaign=spring24", "-", "https://join.marrowlink.org/",
                      "https://www.google.com/", "https://l.facebook.com/"])
    if k == "signup":
        L.a("POST /join/api/v2/signup HTTP/1.1\" 201 %d" % rng.randint(180, 420))
    elif k == "verify":
        p = person()
        L.a("GET /join/api/v2/signup/verify?email=").p(quote_plus(p.email), "email").a("&token=%s HTTP/2.0\" 302 0" % hexs(40))
    elif k == "kit":
        L.a("GET /join/kit/track?kit=").p(kit_id(), "other_id").a("&lang=%s HTTP/2.0\" 200 %d" % (rng.choice(["en", "es", "de"]), rng.randint(2000, 9000)))
    elif k == "profile":
        L.a("GET /donor/portal/api/me/profile HTTP/2.0\" 200 %d" % rng.randint(800, 2400))
    elif k == "consent":
        L.a("POST /join/api/v2/consent/HIPAA-2023-11 HTTP/1.1\" 204 0")
    elif k == "unsub":
        p = person()
        L.a("GET /comm/unsubscribe?u=").p(quote_plus(p.email), "email").a("&list=recruit-news HTTP/1.1\" 200 %d" % rng.randint(900, 1500))
    else:
        L.a("GET /join/static/js/main.%s.js HTTP/2.0\" 200 %d" % (hexs(8), rng.randint(40000, 190000)))
    L.a(' "%s" "%s" rt=%.3f uct="0.001" uht="%.3f" urt="%.3f"' % (ref, rng.choice(UAS), rng.uniform(0.005, 0.9), rng.uniform(0.005, 0.8), rng.uniform(0.005, 0.8)))
    return [L]


def g_kit_ship():
    p = person()
    out = []
    t = tick()
    kid = kit_id()
    L = Line("kv_fulfillment")
    L.a("%s INFO  kit-fulfillment[%d] shipment.created" % (ts_iso(t), rng.randint(1000, 9999)))
    kv(L, "kit_id", kid, "other_id")
    kv(L, "order", "KO-20240513-%05d" % rng.randint(1, 99999))
    carrier = "USPS" if p.cc == "US" else rng.choice(["DHL", "DPD", "La Poste", "Correos"])
    kv(L, "carrier", carrier)
    kv(L, "tracking", ("9400" + digits(18)) if carrier == "USPS" else ("JJD" + digits(18)))
    kv(L, "ship_to.name", nm(p, rng.choice(["Lf", "fl", "upper"])), "name", q=True)
    kv(L, "ship_to.line1", p.street, "address", q=True)
    if p.unit:
        kv(L, "ship_to.line2", p.unit, "address", q=True)
    kv(L, "ship_to.city", p.city, "address", q=True)
    kv(L, "ship_to.region", p.region)
    kv(L, "ship_to.postal", p.zip, "zip")
    kv(L, "ship_to.country", p.cc)
    kv(L, "ship_date", fdate(TODAY, "iso"), "date")
    kv(L, "weight_oz", "%.1f" % rng.uniform(2.8, 4.1))
    out.append(L)
    if rng.random() < 0.5:
        t = tick()
        L = Line("kv_fulfillment")
        L.a("%s INFO  kit-fulfillment[%d] kit.returned" % (ts_iso(t), rng.randint(1000, 9999)))
        kv(L, "kit_id", kid, "other_id")
        kv(L, "donor_ref", donor_id(), "other_id")
        kv(L, "collected_on", fdate(past(2, 20), rng.choice(["iso", "us"])), "date")
        kv(L, "swabs", str(rng.choice([2, 4, 4, 4])))
        kv(L, "condition", rng.choice(["OK", "OK", "OK", "DAMP", "UNSEALED"]))
        kv(L, "lab", rng.choice(["HLA-LAB-2", "HISTOGENETICS-NY", "DKMS-LIFE-SCI"]))
        kv(L, "batch", "B2405-%03d" % rng.randint(1, 300))
        out.append(L)
    return out


def n_kit_noise():
    t = tick()
    L = Line("kv_fulfillment")
    c = rng.choice(["inv", "manifest", "label", "reject"])
    L.a("%s %s kit-fulfillment[%d] " % (ts_iso(t), rng.choice(["INFO ", "WARN "]), rng.randint(1000, 9999)))
    if c == "inv":
        L.a("kit.inventory sku=BUCCAL-4 on_hand=%d reorder_point=5000 po=PO-2024-%05d vendor=Isohelix" % (rng.randint(3000, 22000), rng.randint(1, 9999)))
    elif c == "manifest":
        L.a("carrier.manifest.closed carrier=USPS pieces=%d manifest=9475711899%s scan_form=ok" % (rng.randint(40, 600), digits(12)))
    elif c == "label":
        L.a("label.batch.printed count=%d printer=zebra-zt410-0%d dpi=300 duration_ms=%d" % (rng.randint(20, 450), rng.randint(1, 4), rng.randint(800, 9000)))
    else:
        L.a("kit.rejected kit_batch=B2405-%03d count=%d reason=INSUFFICIENT_DNA action=AUTO_RESEND" % (rng.randint(1, 300), rng.randint(1, 9)))
    return [L]


def g_hl7_oru():
    p = person(rng.choice(["US", "US", "DE", "PL", "MX", "VN"]))
    out = []
    t = tick()
    ctl = "HT%s%05d" % (t.strftime("%y%m%d"), rng.randint(1, 99999))
    L = Line("hl7_oru")
    L.a("MSH|^~\\&|HISTOTRAC|IMMUNOGENETICS_LAB|DRS|MARROWLINK|%s||ORU^R01^ORU_R01|%s|P|2.5.1|||AL|NE" % (ts_hl7(t), ctl))
    out.append(L)
    did = donor_id()
    kid = kit_id().replace("-", "")
    L = Line("hl7_oru")
    L.a("PID|1||").p(did, "other_id").a("^^^MARROWLINK^DN~").p(kid, "other_id").a("^^^MARROWLINK^SID||")
    L.p("%s^%s^%s" % (p.last.upper(), p.first.upper(), p.mi), "name").a("^^^^L||")
    L.p(fdate(p.dob, "hl7"), "date").a("|%s|||" % p.sex)
    L.p(p.street, "address").a("^^").p(p.city, "address").a("^%s^" % p.region).p(p.zip, "zip")
    L.a("^%s^H||" % {"US": "USA", "DE": "DEU", "PL": "POL", "MX": "MEX", "VN": "VNM"}[p.cc])
    ph = re.sub(r"\D", "", p.phone)
    L.a("^PRN^CP^^^").p(ph[-10:] if len(ph) > 10 else ph, "phone")
    if rng.random() < 0.6:
        L.a("~^NET^Internet^").p(p.email, "email")
    out.append(L)
    acc = "LAB%07d" % rng.randint(1, 9999999)
    ordn = "ORD%06d" % rng.randint(1, 999999)
    out.append(Line("hl7_oru").a("ORC|RE|%s|%s||CM||||%s" % (ordn, acc, ts_hl7(t))))
    coll = past(5, 30)
    L = Line("hl7_oru")
    L.a("OBR|1|%s|%s|HLA-HR^HLA High Resolution Typing NGS^L|||" % (ordn, acc)).p(fdate(coll, "hl7"), "date")
    L.a("|||||||").p(fdate(coll + dt.timedelta(days=rng.randint(2, 6)), "hl7"), "date")
    L.a("|BUCCAL^Buccal swab^HL70487||||||||").p(fdate(TODAY, "hl7"), "date").a("|||F")
    out.append(L)
    seq = 1
    for loc, pool in LOCI[:rng.randint(2, 4)]:
        a, b = typ(pool, hires=True)
        for i, al in enumerate((a, b)):
            out.append(Line("hl7_oru").a("OBX|%d|CWE|HLA-%s-%d^HLA-%s allele %d^L||%s^^IMGT/HLA 3.55.0||||||F" % (seq, loc, i + 1, loc, i + 1, al)))
            seq += 1
    if rng.random() < 0.5:
        out.append(Line("hl7_oru").a("NTE|1|L|Ambiguity resolved by phasing; G-group reported where exon 2/3 identical. Reviewed by %s, CHS." % rng.choice(STAFF)))
    return out


def n_hl7_ack():
    t = tick()
    ctl = "MA%s%06d" % (t.strftime("%y%m%d"), rng.randint(1, 999999))
    L1 = Line("hl7_ack").a("MSH|^~\\&|MARROWLINK|DRS|HISTOTRAC|IMMUNOGENETICS_LAB|%s||ACK^R01^ACK|%s|P|2.5.1" % (ts_hl7(t), ctl))
    code, txt = rng.choice([("AA", "Message accepted"), ("AA", "Message accepted"), ("AA", "Message accepted"),
                            ("AE", "OBX-5 allele not in IMGT/HLA 3.55.0, queued for review")])
    L2 = Line("hl7_ack").a("MSA|%s|HT%s%05d|%s" % (code, t.strftime("%y%m%d"), rng.randint(1, 99999), txt))
    return [L1, L2]


def g_hla_csv():
    out = []
    semi = rng.random() < 0.35
    sep = ";" if semi else ","
    hdr = ["accession", "sample_id", "donor_id", "collected", "received", "A", "B", "C", "DRB1", "DQB1", "DPB1", "platform", "qc"]
    if semi:
        hdr = ["Labor", "Probe", "SpenderNr", "Entnahme", "Eingang", "HLA_A", "HLA_B", "HLA_C", "HLA_DRB1", "HLA_DQB1", "HLA_DPB1", "Methode", "QC"]
    out.append(cells(Line("hla_csv"), hdr, sep))
    ds = "de" if semi else rng.choice(["iso", "us"])
    for _ in range(rng.randint(2, 5)):
        L = Line("hla_csv")
        if rng.random() < 0.2:
            cells(L, ["LAB%07d" % rng.randint(1, 9999999), "IHW%04d" % rng.randint(9001, 9300), "CTRL", "", "", "A*02:01+A*02:01",
                      "B*44:02+B*07:02", "C*05:01+C*07:02", "DRB1*15:01+DRB1*04:01", "DQB1*06:02+DQB1*03:02", "DPB1*04:01+DPB1*04:01",
                      "NGS-Illumina", "PASS"], sep)
        else:
            c = past(5, 40)
            row = ["LAB%07d" % rng.randint(1, 9999999), (kit_id(), "other_id"), (donor_id(), "other_id"), (fdate(c, ds), "date"),
                   (fdate(c + dt.timedelta(days=rng.randint(1, 6)), ds), "date")]
            for _, pool in LOCI:
                a, b = typ(pool)
                row.append("%s+%s" % (a, b))
            row += [rng.choice(["NGS-Illumina", "NGS-PacBio", "SSO"]), rng.choice(["PASS", "PASS", "PASS", "REVIEW"])]
            cells(L, row, sep)
        out.append(L)
    return out


def g_hml():
    out = []
    ind = "  "
    out.append(Line("hml_xml").a('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'))
    out.append(Line("hml_xml").a('<hml xmlns="http://schemas.nmdp.org/spec/hml/1.0.1" version="1.0.1" project-name="DR">'))
    out.append(Line("hml_xml").a(ind + '<hmlid root="2.16.840.1.113883.3.1470" extension="HML-%s-%04d"/>' % (TODAY.strftime("%Y%m%d"), rng.randint(1, 9999))))
    out.append(Line("hml_xml").a(ind + '<reporting-center reporting-center-id="%d" reporting-center-context="MARROWLINK"/>' % rng.randint(100, 999)))
    for _ in range(1):
        L = Line("hml_xml").a(ind + '<sample id="').p(donor_id(), "other_id").a('" center-code="%d">' % rng.randint(100, 999))
        out.append(L)
        out.append(Line("hml_xml").a(ind * 2 + "<collection-method>%s</collection-method>" % rng.choice(["buccal swab", "peripheral blood", "cord blood segment"])))
        td = past(3, 25)
        for loc, pool in LOCI[:rng.randint(1, 2)]:
            out.append(Line("hml_xml").a(ind * 2 + '<typing gene-family="HLA" date="').p(fdate(td, "iso"), "date").a('">'))
            out.append(Line("hml_xml").a(ind * 3 + '<allele-assignment date="').p(fdate(td + dt.timedelta(days=1), "iso"), "date")
                       .a('" allele-db="IMGT/HLA" allele-version="3.55.0">'))
            a, b = typ(pool, hires=True)
            out.append(Line("hml_xml").a(ind * 4 + "<glstring>HLA-%s+HLA-%s</glstring>" % (a, b)))
            out.append(Line("hml_xml").a(ind * 3 + "</allele-assignment>"))
            out.append(Line("hml_xml").a(ind * 3 + '<typing-method><sbt-ngs locus="HLA-%s" test-id="GTR0005%05d.1" test-id-source="NCBI-GTR"/></typing-method>' % (loc, rng.randint(1, 99999))))
            out.append(Line("hml_xml").a(ind * 2 + "</typing>"))
        out.append(Line("hml_xml").a(ind + "</sample>"))
    out.append(Line("hml_xml").a("</hml>"))
    return out


def g_tc_search():
    p = person("US", "patient")
    t = tick()
    tc = rng.choice(TCS)
    co = rng.randrange(len(STAFF))
    L = Line("tc_search_json")
    lb_prefix(L, t, "DEBUG", "http-nio-8443-exec-%d" % rng.randint(1, 20), "o.m.r.search.SearchRequestController")
    L.a("Inbound search request payload=")
    dx = rng.choice(DIAG)
    a = [typ(pool) for _, pool in LOCI[:5]]
    pat = [("tcPatientId", mrn(), "mrn"), ("registryPatientId", patient_rid(), "other_id"),
           ("name", O(("family", p.last, "name"), ("given", p.first, "name"))),
           ("birthDate", fdate(p.dob, rng.choice(["iso", "us"])), "date"), ("sex", p.sex), ("weightKg", round(rng.uniform(12, 110), 1)),
           ("abo", rng.choice(["O+", "A+", "B-", "AB+", "O-"])), ("cmv", rng.choice(["POS", "NEG"])),
           ("diagnosis", O(("code", dx[1]), ("text", dx[0]), ("date", fdate(past(20, 300), "iso"), "date"))),
           ("residence", O(("city", p.city, "address"), ("state", p.region), ("zip", p.zip, "zip"))),
           ("hla", O(*[(loc, ["%s" % x for x in pr]) for (loc, _), pr in zip(LOCI, a)]))]
    if rng.random() < 0.5:
        sib = person("US", "patient")
        sib.last = p.last
        pat.append(("relatedDonorsTyped", [O(("relation", "sibling"), ("name", nm(sib, "fl"), "name"), ("match", rng.choice(["haplo", "0/2", "2/2"])))]))
    body = O(("searchId", search_id(), "other_id"), ("requestType", rng.choice(["PRELIMINARY", "FORMAL", "CORD_ONLY"])),
             ("tc", O(("code", tc[0]), ("name", tc[1]), ("fax", phone_us("dash")))),
             ("coordinator", O(("name", STAFF[co] + ", RN"), ("email", "%s@%s" % (STAFF_U[co], rng.choice(["nm.example.org", "tc-bmt.org"]))),
                               ("phone", phone_us()))),
             ("patient", O(*pat)),
             ("financial", O(("payer", rng.choice(["Aetna", "BCBS IL", "UnitedHealthcare", "Medicaid IL", "Medicare"])),
                             ("memberId", member_id() if rng.random() < 0.7 else mbi(), "health_plan"),
                             ("groupNo", digits(6) + "-" + digits(3)), ("billingAccount", "HB-" + digits(9), "account"))),
             ("urgent", rng.random() < 0.3))
    jobj(L, body)
    return [L]


def g_emdis():
    p = person(rng.choice(["DE", "PL", "FR", "ES", "TR", "BR"]), "patient")
    t = tick()
    out = []
    hub = {"DE": "DE", "PL": "PL", "FR": "FR", "ES": "ES", "TR": "TR", "BR": "BR"}[p.cc]
    pid = "%s%08d" % (hub, rng.randint(1, 99999999))
    L = Line("emdis")
    L.a("%s emdis-hub[%d]: RX %s->US PAT_UPD seq=%06d" % (ts_sys(t), rng.randint(200, 900), hub, rng.randint(1, 999999)))
    kv(L, "P_ID", pid, "other_id")
    kv(L, "P_NAME", p.last.upper(), "name", q=True)
    kv(L, "P_FIRST", p.first.upper(), "name", q=True)
    kv(L, "BIRTH_DATE", fdate(p.dob, "hl7"), "date")
    kv(L, "SEX", p.sex)
    kv(L, "ABO", rng.choice(["A", "B", "O", "AB"]))
    kv(L, "RH", rng.choice(["+", "-"]))
    kv(L, "DIAGNOSIS", rng.choice(DIAG)[0])
    kv(L, "DIAG_DATE", fdate(past(20, 400), "hl7"), "date")
    for loc, pool in LOCI[:4]:
        a, b = typ(pool)
        kv(L, loc + "_1", a.split("*")[1])
        kv(L, loc + "_2", b.split("*")[1])
    out.append(L)
    if rng.random() < 0.6:
        L = Line("emdis")
        L.a("%s emdis-hub[%d]: TX US->%s PAT_UPD_ACK P_ID=" % (ts_sys(tick()), rng.randint(200, 900), hub)).p(pid, "other_id").a(" STATUS=A PREL_RESULT=%d/%d" % (rng.randint(0, 40), rng.randint(100, 3000)))
        out.append(L)
    return out


def n_emdis():
    t = tick()
    L = Line("emdis")
    L.a("%s emdis-hub[%d]: %s" % (ts_sys(t), rng.randint(200, 900), rng.choice([
        "mailbox poll hub=DE msgs=%d bytes=%d" % (rng.randint(0, 60), rng.randint(0, 90000)),
        "SEMANTIC_VERSION=10.1 negotiated with FR hub",
        "PGP signature verified key=0x%s hub=PL" % hexs(16).upper(),
        "retransmit queue empty; last ACK seq=%06d" % rng.randint(1, 999999)])))
    return [L]


def g_slog_match():
    out = []
    sid = search_id()
    rid = patient_rid()
    t = tick()
    L = slog_prefix(Line("slog_logfmt"), t, "INFO", "search started")
    kv(L, "search_id", sid, "other_id")
    kv(L, "tc", rng.choice(TCS)[0])
    kv(L, "patient_ref", rid, "other_id")
    kv(L, "loci", "A,B,C,DRB1,DQB1")
    kv(L, "algo", "haplostats-v3.4")
    kv(L, "trace_id", hexs(32))
    out.append(L)
    for r in range(1, rng.randint(2, 4)):
        L = slog_prefix(Line("slog_logfmt"), tick(0.01, 0.2), "DEBUG", "candidate ranked")
        kv(L, "search_id", sid, "other_id")
        kv(L, "rank", str(r))
        if rng.random() < 0.7:
            kv(L, "donor", donor_id(), "other_id")
            kv(L, "grid", grid(), "other_id")
            kv(L, "age", str(rng.randint(19, 58)))
        else:
            kv(L, "cbu", din(False), "other_id")
            kv(L, "tnc_e7", "%.1f" % rng.uniform(90, 250))
        kv(L, "match", rng.choice(["8/8", "8/8", "7/8"]))
        kv(L, "p8of8", "%.3f" % rng.uniform(0.4, 0.999))
        kv(L, "cmv", rng.choice(["NEG", "POS"]))
        out.append(L)
    L = slog_prefix(Line("slog_logfmt"), tick(1, 30), "INFO", "search completed")
    kv(L, "search_id", sid, "other_id")
    kv(L, "donors_scanned", str(rng.randint(39000000, 41000000)))
    kv(L, "cbus_scanned", str(rng.randint(780000, 820000)))
    kv(L, "m8of8", str(rng.randint(0, 40)))
    kv(L, "m7of8", str(rng.randint(0, 300)))
    kv(L, "duration_ms", str(rng.randint(2000, 40000)))
    out.append(L)
    return out


def n_slog():
    t = tick()
    c = rng.choice(["freq", "grpc", "shard", "cache", "gc", "cfg", "slow"])
    if c == "freq":
        L = slog_prefix(Line("slog_logfmt"), t, "INFO", "frequency tables loaded")
        L.a(" populations=%d haplotypes=%d source=nmdp-2020 dur=%.2fs" % (rng.randint(20, 40), rng.randint(900000, 1400000), rng.uniform(0.8, 4)))
    elif c == "grpc":
        L = slog_prefix(Line("slog_logfmt"), t, "INFO", "grpc server listening")
        L.a(" addr=:9090 tls=true version=v3.4.%d commit=%s" % (rng.randint(0, 9), hexs(7)))
    elif c == "shard":
        L = slog_prefix(Line("slog_logfmt"), t, "INFO", "shard rebalance complete")
        L.a(" shards=64 moved=%d took=%dms node=match-engine-%d" % (rng.randint(0, 6), rng.randint(100, 9000), rng.randint(0, 5)))
    elif c == "cache":
        L = slog_prefix(Line("slog_logfmt"), t, "DEBUG", "genotype cache stats")
        L.a(" hits=%d misses=%d evictions=%d size_mb=%d" % (rng.randint(10 ** 5, 10 ** 7), rng.randint(100, 90000), rng.randint(0, 4000), rng.randint(200, 4096)))
    elif c == "gc":
        L = slog_prefix(Line("slog_logfmt"), t, "DEBUG", "runtime stats")
        L.a(" goroutines=%d heap_alloc_mb=%d num_gc=%d pause_total=%s" % (rng.randint(40, 900), rng.randint(200, 6000), rng.randint(100, 9000), "%.1fms" % rng.uniform(1, 900)))
    elif c == "cfg":
        L = slog_prefix(Line("slog_logfmt"), t, "INFO", "config loaded")
        L.a(" file=/etc/match-engine/config.yaml imgt_version=3.55.0 max_mismatch=2 dpb1_tce=true kafka=kafka-0.kafka:9092")
    else:
        L = slog_prefix(Line("slog_logfmt"), t, "WARN", "slow query")
        L.a(" table=donor_genotype rows=%d elapsed=%.2fs span_id=%s" % (rng.randint(1000, 900000), rng.uniform(2, 30), hexs(16)))
    return [L]


def g_logback_workup(force_old=False):
    t = tick()
    L = Line("logback")
    k = "retire" if force_old else rng.choice(["sched", "sched", "retire", "clear", "cancel"])
    p = person()
    if k == "sched":
        lb_prefix(L, t, "INFO", "nio-8080-exec-%d" % rng.randint(1, 12), "o.m.r.workup.WorkupSchedulingService")
        cc = rng.choice(CCS)
        fill(L, "Scheduled workup exam for donor {did} ({nm}) at {cc} on {d1} 09:00, collection planned {d2}, request WR-{wr}",
             {"did": (donor_id(), "other_id"), "nm": (nm(p, rng.choice(["LF", "Lf", "fl"])), "name"), "cc": (cc[0], None),
              "d1": (fdate(future(10, 40), "iso"), "date"), "d2": (fdate(future(41, 80), "iso"), "date"), "wr": (digits(5), None)})
    elif k == "retire":
        lb_prefix(L, t, "INFO", "scheduling-1", "o.m.r.donor.DonorLifecycleJob")
        age = rng.choice([90, 91, 93, 96]) if force_old else rng.choice([61, 62, 64, 67, 71, 90, 91, 93, 96])
        fill(L, "Auto-retired legacy donor {did} (age {age}, registered {reg}); reason=AGE_LIMIT",
             {"did": (donor_id(), "other_id"), "age": (str(age), "age" if age > 89 else None),
              "reg": (fdate(rdate(dt.date(1989, 1, 1), dt.date(1999, 12, 31)), rng.choice(["de", "iso", "us"])), "date")})
    elif k == "clear":
        lb_prefix(L, t, "INFO", "nio-8080-exec-%d" % rng.randint(1, 12), "o.m.r.workup.MedicalClearanceService")
        fill(L, "Donor {did} medically cleared by {doc}; IDM draw {d1}, results final. Notify TC {tc}",
             {"did": (donor_id(), "other_id"), "doc": ("Dr. " + rng.choice(STAFF), None), "d1": (fdate(past(2, 20), "iso"), "date"), "tc": (rng.choice(TCS)[0], None)})
    else:
        lb_prefix(L, t, "WARN", "nio-8080-exec-%d" % rng.randint(1, 12), "o.m.r.workup.WorkupSchedulingService")
        fill(L, "Workup WR-{wr} cancelled: patient {rid} status changed to TRANSPLANTED_OTHER_SOURCE",
             {"wr": (digits(5), None), "rid": (patient_rid(), "other_id")})
    return [L]


def n_logback():
    t = tick()
    L = Line("logback")
    c = rng.choice(["hikari", "tomcat", "started", "kafka", "sched", "actuator", "cache", "kafka2"])
    if c == "hikari":
        lb_prefix(L, t, "INFO", "main", "com.zaxxer.hikari.HikariDataSource").a("HikariPool-1 - Start completed.")
    elif c == "tomcat":
        lb_prefix(L, t, "INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer").a("Tomcat started on port(s): 8080 (http) with context path ''")
    elif c == "started":
        lb_prefix(L, t, "INFO", "main", "o.m.r.RegistryApplication").a("Started RegistryApplication in %.3f seconds (process running for %.3f)" % (rng.uniform(8, 30), rng.uniform(9, 32)))
    elif c == "kafka":
        lb_prefix(L, t, "INFO", "ntainer#0-0-C-1", "o.a.k.c.c.internals.ConsumerCoordinator").a(
            "[Consumer clientId=consumer-workup-%d, groupId=workup] Setting offset for partition donor-updates-%d to the committed offset FetchPosition{offset=%d, offsetEpoch=Optional.empty}"
            % (rng.randint(1, 4), rng.randint(0, 11), rng.randint(10 ** 5, 10 ** 7)))
    elif c == "kafka2":
        lb_prefix(L, t, "WARN", "ntainer#0-0-C-1", "o.a.k.c.NetworkClient").a(
            "[Consumer clientId=consumer-workup-1, groupId=workup] Connection to node 2 (kafka-2.kafka.svc.cluster.local/%s:9092) could not be established. Broker may not be available." % priv_ip())
    elif c == "sched":
        lb_prefix(L, t, "INFO", "scheduling-1", "o.m.r.workup.ReminderJob").a("Reminder job finished: %d reminders queued, %d skipped (opt-out), took %d ms" % (rng.randint(0, 300), rng.randint(0, 40), rng.randint(100, 9000)))
    elif c == "actuator":
        lb_prefix(L, t, "DEBUG", "nio-8081-exec-%d" % rng.randint(1, 4), "o.s.b.a.health.HealthEndpoint").a("Health status UP (db=UP, kafka=UP, diskSpace=UP)")
    else:
        lb_prefix(L, t, "INFO", "main", "o.h.c.internal.RegionFactoryInitiator").a("HHH000026: Second-level cache disabled")
    return [L]


def g_workup_pipe():
    out = []
    out.append(cells(Line("workup_pipe"), ["WR_ID", "DONOR_ID", "DONOR_NM", "DOB", "CC", "PE_DT", "COLL_DT", "PRODUCT", "TC", "STATUS"], "|"))
    for _ in range(rng.randint(2, 4)):
        p = person()
        pe = future(7, 40)
        cells(L := Line("workup_pipe"), ["WR-" + digits(5), (donor_id(), "other_id"), (nm(p, rng.choice(["LF", "upper"])).replace(", ", ","), "name"),
                                         (fdate(p.dob, "hl7"), "date"), rng.choice(CCS)[0], (fdate(pe, "hl7"), "date"),
                                         (fdate(pe + dt.timedelta(days=rng.randint(14, 35)), "hl7"), "date"),
                                         rng.choice(["PBSC", "BM", "PBSC"]), rng.choice(TCS)[0], rng.choice(["SCHEDULED", "PENDING_CLEARANCE", "CONFIRMED"])], "|")
        out.append(L)
    return out


def g_hhq():
    p = person()
    t = tick()
    L = Line("hhq_json")
    ec = person(p.cc)
    rel = rng.choice(["sister", "mother", "husband", "wife", "brother", "grandfather"])
    ans = [("q03_weight_lb", rng.randint(115, 260)), ("q11_ever_pregnant", rng.random() < 0.3),
           ("q14_transfusion_12mo", False), ("q19_travel", "%s %02d/2024" % (rng.choice(["Brazil", "Mexico", "India", "Kenya", "Vietnam"]), rng.randint(1, 4))),
           ("q22_medications", rng.choice(["levothyroxine 50 mcg", "sertraline 50 mg", "none", "cetirizine PRN", "metformin 500 mg bid"]))]
    if rng.random() < 0.5:
        ans.append(("q27_tattoo_date", fdate(past(60, 500), rng.choice(["iso", "us"])), "date"))
    ans.append(("q31_pcp", "Dr. %s, %s" % (rng.choice(STAFF), rng.choice(["Kaiser Oakland", "Northside Family Med", "Praxis am Markt"]))))
    obj = O(("questionnaireId", "HHQ-v7.2"), ("donorId", donor_id(), "other_id"), ("completedOn", fdate(past(0, 5), "iso"), "date"),
            ("answers", O(*ans)),
            ("emergencyContact", O(("name", nm(ec, "fl"), "name"), ("relationship", rel), ("phone", ec.phone, "phone"))),
            ("flags", rng.sample(["TRAVEL_REVIEW", "MED_REVIEW", "NONE"], 1)), ("reviewer", "rn." + rng.choice(STAFF_U)))
    jobj(L, obj, sp=" ")
    return [L]


def g_review_note():
    p = person()
    t = tick()
    L = Line("review_note")
    L.a("%s [HHQ-REVIEW] " % ts_lb(t))
    tmpl = rng.choice([
        "donor {did}: hx hypothyroidism, stable on levothyroxine; travel Brazil Feb 2024, Zika deferral ended {d1}. Cleared by Dr. {doc}. Call donor back at {ph} after 5pm.",
        "donor {did} ({nm}) reports back surgery 2019, no hardware. Sent records request to PCP fax 415-555-0188. Follow-up {d1}.",
        "{nm} (donor {did}) pregnant, due {d2} -> temporary deferral, re-contact 6 months post-partum via {em}.",
        "Spoke to donor {did}: tattoo {d1} at licensed parlor, acceptable. Contact pref: text {ph}.",
    ])
    fill(L, tmpl, {"did": (donor_id(), "other_id"), "d1": (fdate(rdate(dt.date(2024, 2, 1), dt.date(2024, 11, 30))), "date"),
                   "doc": (rng.choice(STAFF), None), "ph": (p.phone, "phone"), "d2": (fdate(future(30, 200)), "date"), "nm": (nm(p), "name"), "em": (p.email, "email")})
    return [L]


def g_courier_csv():
    out = []
    hdr = rng.random() < 0.7
    if hdr:
        out.append(cells(Line("courier_csv"), ["event_ts", "run_id", "event", "location", "courier", "product", "din", "recipient_id", "temp_c", "logger_sn", "note"]))
    run = "CR-%s-%03d" % (TODAY.strftime("%Y%m%d"), rng.randint(1, 120))
    d = din()
    rid = patient_rid()
    cour = rng.choice(COURIERS)
    cc = rng.choice(CCS)
    tc = rng.choice(TCS)
    lg = "TL-%05d" % rng.randint(1, 99999)
    evs = [("PICKUP", cc[1]), ("TEMP_CHECK", "ORD T3 airside"), ("TEMP_CHECK", "in flight UA%d" % rng.randint(100, 2999)), ("HANDOFF", tc[1] + " cell lab"), ("DELIVERED", tc[1])]
    for ev, loc in evs[:rng.randint(3, 5)]:
        t = tick(300, 4000)
        L = Line("courier_csv")
        if ev in ("PICKUP", "DELIVERED"):
            note = ""
            if ev == "DELIVERED" and rng.random() < 0.5:
                row = [ts_iso(t), run, ev, loc, cour, "HPC-A", (d, "other_id"), (rid, "other_id"), "%.1f" % rng.uniform(2, 8), lg, ""]
                cells(L, row[:-1])
                L.a(",")
                fill(L, "received by %s; infusion {d1}" % rng.choice(STAFF), {"d1": (fdate(TODAY + dt.timedelta(days=1), "us"), "date")})
                out.append(L)
                continue
            row = [ts_iso(t), run, ev, loc, cour, "HPC-A", (d, "other_id"), (rid, "other_id"), "%.1f" % rng.uniform(2, 8), lg, note]
        else:
            row = [ts_iso(t), run, ev, loc, cour, "HPC-A", "", "", "%.1f" % rng.uniform(2, 8), lg, rng.choice(["", "seal %06d intact" % rng.randint(1, 999999), "dry shipper ok"])]
        cells(L, row)
        out.append(L)
    return out


def g_courier_text():
    t = tick()
    p = person("US", "patient")
    L = Line("courier_text")
    L.a("COURIER-LOG run CR-%s-%03d | %s | " % (TODAY.strftime("%Y%m%d"), rng.randint(1, 120), t.strftime("%H:%M")))
    tmpl = rng.choice([
        "Picked up 1 bag HPC(A) {vol} mL DIN {din} from {cc}, handed over by {st} | seal #{seal} intact | dest {tc}, pt {pnm}, MRN {mrn}",
        "Customs hold at FRA cleared 40 min; product {din} for recipient {rid} stays 2-8C, logger TL-{lg}",
        "Delivered cord unit {din} to {tc} cell therapy lab, signed {st}; recipient {rid}, infusion planned {d1}",
    ])
    fill(L, tmpl, {"vol": ("%d" % rng.randint(180, 520), None), "din": (din(), "other_id"), "cc": (rng.choice(CCS)[1], None), "st": (rng.choice(STAFF), None),
                   "seal": (digits(6), None), "tc": (rng.choice(TCS)[1], None), "pnm": (nm(p, rng.choice(["init", "fl", "Lf"])), "name"), "mrn": (mrn(), "mrn"),
                   "rid": (patient_rid(), "other_id"), "lg": (digits(5), None), "d1": (fdate(future(1, 4)), "date")})
    return [L]


def n_courier():
    t = tick()
    L = Line("courier_text")
    L.a("COURIER-LOG fleet | %s | " % t.strftime("%H:%M"))
    L.a(rng.choice([
        "Van %s (%s) assigned to run CR-%s-%03d, driver %s, ETA %d min" % (plate("US"), vin(), TODAY.strftime("%Y%m%d"), rng.randint(1, 120), rng.choice(COURIERS), rng.randint(15, 240)),
        "Dry shipper DS-%04d recharged, LN2 hold time %.1f d" % (rng.randint(1, 9999), rng.uniform(8, 14)),
        "Logger TL-%05d battery %d%%, last calibration 2024-0%d-1%d" % (rng.randint(1, 99999), rng.randint(20, 100), rng.randint(1, 4), rng.randint(0, 9)),
        "Dispatch desk on call: %s +1 206 555 01%02d (24/7)" % (rng.choice(STAFF), rng.randint(0, 99)),
    ]))
    return [L]


def g_cbu_csv():
    out = []
    out.append(cells(Line("cbu_csv"), ["CBU_ID", "BANK", "COLL_DATE", "TNC_x10e7", "CD34_x10e6", "VOL_ML", "ABO", "A", "B", "DRB1", "MATERNAL_ID", "STATUS", "LOC"]))
    for _ in range(rng.randint(2, 5)):
        L = Line("cbu_csv")
        row = [(din(), "other_id"), rng.choice(["CBB-12", "CBB-04", "CBB-31"]), (fdate(rdate(dt.date(2009, 1, 1), dt.date(2024, 3, 1)), rng.choice(["iso", "us"])), "date"),
               "%.1f" % rng.uniform(60, 260), "%.2f" % rng.uniform(1, 12), str(rng.randint(20, 30)), rng.choice(["O+", "A+", "B+", "AB-", "O-"])]
        for _, pool in LOCI[:2] + [LOCI[3]]:
            a, b = typ(pool)
            row.append("%s/%s" % (a.split("*")[1], b.split("*")[1]))
        row += [("M-%d-%05d" % (rng.randint(2009, 2024), rng.randint(1, 99999)), "other_id"), rng.choice(["AVAILABLE", "AVAILABLE", "RESERVED", "QUARANTINE"]),
                "Tank%d/Rack%d/Box%d/Pos%d" % (rng.randint(1, 6), rng.randint(1, 20), rng.randint(1, 12), rng.randint(1, 25))]
        cells(L, row)
        out.append(L)
    return out


def g_cbu_maternal():
    p = person(rng.choice(["US", "US", "MX", "VN", "FR"]), "donor")
    p.first = rng.choice(FEMALE[p.cc])
    p.dob = rdate(dt.date(1981, 1, 1), dt.date(2004, 1, 1))
    t = tick()
    L = Line("cbu_maternal")
    L.a("%s cbb-intake[%d]: maternal.consent.recorded" % (ts_iso(t), rng.randint(100, 9999)))
    kv(L, "maternal_id", "M-2024-%05d" % rng.randint(1, 99999), "other_id")
    kv(L, "mother", nm(p, rng.choice(["Lf", "fl", "upper"])), "name", q=True)
    kv(L, "mother_dob", fdate(p.dob), "date", q=True)
    kv(L, "delivery_date", fdate(past(0, 3), "iso"), "date")
    kv(L, "hospital", {"US": rng.choice(["Jackson Memorial L&D", "Kapiolani Medical Center", "Texas Children's Pavilion for Women"]),
                       "MX": "Hospital Angeles Lomas", "VN": "Bệnh viện Từ Dũ", "FR": "Maternité Port-Royal"}[p.cc], q=True)
    kv(L, "home", "%s, %s" % (full_addr(p), p.city), "address", q=True)
    kv(L, "zip", p.zip, "zip")
    kv(L, "idm_sample", "drawn")
    kv(L, "consent_form", "CBB-CF-v9")
    return [L]


CONTACT_T = {
    "de": ["Mailbox voll, SMS an {ph} geschickt. Laut Ehemann ruft Frau {nm} ab {d1} zurück.",
           "Spender {nm} erreicht, Bestätigungstypisierung am {d1} vereinbart. Neue Adresse: {st}, {zip} {city}.",
           "Kein Anschluss unter {ph}; Brief an {st}, {zip} {city} verschickt.",
           "Großmutter ({age} J.) am Telefon: {nm} studiert jetzt in {city}, neue Nummer {ph}."],
    "es": ["Se dejó mensaje de voz a {nm} al {ph}; su madre indica que estará disponible el {d1}.",
           "{nm} confirma interés, prefiere contacto por correo {em}.",
           "Número {ph} equivocado; se envió carta a {st}, {zip} {city}."],
    "pl": ["Dawca {nm} nie odbiera. Nowy adres: {st}, {zip} {city}. Wysłano list polecony.",
           "Rozmowa z {nm}: zgoda na badania, termin {d1}, tel. kontaktowy {ph}."],
    "fr": ["Appel à {nm} ({ph}) : accepte le bilan, disponible à partir du {d1}.",
           "Répondeur. Courriel envoyé à {em} pour {nm}."],
    "pt": ["Falei com {nm}; mudou-se para {st}, {city}. Novo e-mail: {em}.",
           "Doador {nm} sem resposta no {ph}, nova tentativa em {d1}."],
    "tr": ["{nm} ile görüşüldü, {d1} tarihinde muayeneye gelebilir. Yedek tel: {ph}.",
           "{nm} ulaşılamadı, annesi ({ph}) bilgilendirildi."],
    "vi": ["Đã gọi cho {nm} tại số {ph}, hẹn gọi lại ngày {d1}.",
           "{nm} đồng ý xét nghiệm bổ sung; địa chỉ mới {st}, {city}."],
    "ja": ["{nm}様に{ph}へ電話、不在。{d1}に再架電予定。",
           "{nm}様より折り返し、確認検査に同意。"],
    "en": ["Spoke with donor's grandmother (age {age}), says {nm} moved to {city}; new number {ph}.",
           "LVM for {nm} at {ph}, 2nd attempt; will try email {em} on {d1}.",
           "Donor {nm} asked to be contacted only after {d1} (exams). Verified DOB {dob}.",
           "{nm} declined further testing - personal reasons. Marked TEMP_UNAVAILABLE."],
    "ar": ["تم الاتصال بـ {nm} على الرقم {ph}، وافق على الفحص يوم {d1}."],
}


def g_contact():
    p = person()
    lang = p.lang
    if p.cc == "US" and rng.random() < 0.15:
        lang = "ar"
        p.first, p.last = rng.choice([("فاطمة", "الهاشمي"), ("طارق", "حداد"), ("نور", "الأمين")])
    t = tick()
    L = Line("contact_note")
    L.a("%s [contact-center] agent=%s lang=%s channel=%s donor=" % (ts_lb(t), rng.choice(STAFF_U), lang, rng.choice(["PHONE", "PHONE", "SMS", "EMAIL", "LETTER"])))
    L.p(donor_id(), "other_id")
    L.a(" attempt=%d outcome=%s note=\"" % (rng.randint(1, 5), rng.choice(["NO_ANSWER", "REACHED", "LEFT_MESSAGE", "WRONG_NUMBER", "REACHED"])))
    tmpl = rng.choice(CONTACT_T[lang])
    if lang == "de":
        name = rng.choice([p.last, nm(p, "fl")]) if "Frau" in tmpl else nm(p, rng.choice(["fl", "Lf"]))
    elif lang in ("ja", "ar"):
        name = p.last if lang == "ja" else "%s %s" % (p.first, p.last)
    else:
        name = nm(p, rng.choice(["fl", "fl", "init", "fml"]))
    age = str(rng.randint(90, 97))
    fill(L, tmpl, {"nm": (name, "name"), "ph": (p.phone, "phone"), "d1": (fdate(future(2, 30), rng.choice(["de", "dmy", "iso", "long"])), "date"),
                   "st": (p.street, "address"), "zip": (p.zip, "zip"), "city": (p.city, "address"), "em": (p.email, "email"),
                   "age": (age, "age"), "dob": (fdate(p.dob, "us"), "date")})
    L.a('"')
    return [L]


def g_sms():
    p = person()
    t = tick()
    L = Line("sms_json")
    body_t = {"de": "Hallo {fn}, Sie könnten Leben retten! Bitte rufen Sie uns an: 0800 555 0199. Ihr MarrowLink-Team",
              "es": "Hola {fn}, ¡podrías ser compatible con un paciente! Llámanos al 1-800-555-0199.",
              "en": "Hi {fn}, you may be a match for a patient in need. Please call us at 1-800-555-0199 or reply STOP to opt out.",
              "fr": "Bonjour {fn}, vous êtes peut-être compatible avec un patient. Appelez le 0800 555 019.",
              "pl": "Cześć {fn}, możesz być zgodnym dawcą! Zadzwoń: 800 555 019.",
              "pt": "Olá {fn}, você pode ser compatível com um paciente! Ligue 0800 555 0199.",
              "tr": "Merhaba {fn}, bir hasta ile uyumlu olabilirsiniz! Bizi arayın: 0800 555 0199.",
              "vi": "Chào {fn}, bạn có thể phù hợp với một bệnh nhân. Vui lòng gọi 1-800-555-0199.",
              "ja": "{fn}様、患者さんとHLAが適合する可能性があります。0120-555-019までご連絡ください。"}[p.lang]
    to = e164(p)
    L.a('{"sid":"SM%s","account_sid":"AC%s","to":"' % (hexs(32), hexs(32))).p(to, "phone")
    L.a('","from":"+18885550199","status":"%s","num_segments":"%d","body":"' % (rng.choice(["queued", "sent", "delivered", "undelivered"]), rng.randint(1, 3)))
    fill(L, body_t, {"fn": (p.first, "name")})
    L.a('","date_created":"%s","error_code":%s}' % (t.strftime("%a, %d %b %Y %H:%M:%S +0000"), rng.choice(["null", "null", "30003"])))
    return [L]


def g_postfix():
    p = person()
    t = tick()
    q = alnum(12, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")
    out = []
    if rng.random() < 0.5:
        out.append(Line("postfix").a("%s mx1 postfix/qmgr[%d]: %s: from=<noreply@marrowlink.org>, size=%d, nrcpt=1 (queue active)" % (ts_sys(t), rng.randint(900, 4000), q, rng.randint(2000, 40000))))
    L = Line("postfix")
    relay = rng.choice(["gmail-smtp-in.l.google.com[142.250.27.26]:25", "mx00.web.de[212.227.15.15]:25", "outlook-com.olc.protection.outlook.com[52.101.8.35]:25",
                        "mx.wp.pl[212.77.101.1]:25"])
    L.a("%s mx1 postfix/smtp[%d]: %s: to=<" % (ts_sys(tick(0.2, 3)), rng.randint(900, 4000), q)).p(p.email, "email")
    st = rng.choice(["sent (250 2.0.0 OK  %d %s - gsmtp)" % (rng.randint(10 ** 9, 2 * 10 ** 9), alnum(20, "abcdefghijklmnopqrstuvwxyz0123456789")),
                     "bounced (host said: 550 5.1.1 The email account that you tried to reach does not exist)",
                     "deferred (connect to mx.example: Connection timed out)"])
    L.a(">, relay=%s, delay=%.1f, delays=0.1/0/0.4/%.1f, dsn=%s, status=%s" % (relay, rng.uniform(0.3, 4), rng.uniform(0.1, 3), "2.0.0" if st.startswith("sent") else "5.1.1", st))
    out.append(L)
    return out


def n_postfix():
    t = tick()
    L = Line("postfix")
    L.a("%s mx1 postfix/%s" % (ts_sys(t), rng.choice([
        "smtpd[%d]: connect from mail-relay.marrowlink.org[%s]" % (rng.randint(900, 4000), priv_ip()),
        "smtpd[%d]: disconnect from mail-relay.marrowlink.org[%s] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5" % (rng.randint(900, 4000), priv_ip()),
        "anvil[%d]: statistics: max connection rate 12/60s for (smtp:%s) at %s" % (rng.randint(900, 4000), priv_ip(), ts_sys(t)),
        "qmgr[%d]: %s: removed" % (rng.randint(900, 4000), alnum(12, "0123456789BCDFGHJKLMNPQRSTVWXYZ")),
        "tlsmgr[%d]: prng_exch cache full" % rng.randint(900, 4000)])))
    return [L]


def g_pg_error():
    t = tick()
    p = person()
    out = []
    pre = "%s UTC [%d] registry@marrowlink " % (ts_lb(t), rng.randint(1000, 60000))
    if rng.random() < 0.5:
        out.append(Line("postgres").a(pre + 'ERROR:  duplicate key value violates unique constraint "donor_contact_email_key"'))
        out.append(Line("postgres").a(pre + "DETAIL:  Key (email)=(").p(p.email, "email").a(") already exists."))
        out.append(Line("postgres").a(pre + "STATEMENT:  INSERT INTO donor_contact (donor_id, email, phone, verified) VALUES ($1, $2, $3, false)"))
    else:
        out.append(Line("postgres").a(pre + 'ERROR:  new row for relation "donor" violates check constraint "donor_age_ck"'))
        L = Line("postgres").a(pre + "DETAIL:  Failing row contains (%d, " % rng.randint(10 ** 6, 10 ** 7))
        L.p(p.last, "name").a(", ").p(p.first, "name").a(", ").p(fdate(rdate(dt.date(2007, 1, 1), dt.date(2010, 1, 1)), "iso"), "date")
        L.a(", %s, null, " % p.sex).p(p.zip, "zip").a(", t, 2024-05-13 %s+00)." % t.strftime("%H:%M:%S"))
        out.append(L)
    return out


def n_pg():
    t = tick()
    L = Line("postgres")
    L.a("%s UTC [%d] " % (ts_lb(t), rng.randint(1000, 60000)))
    L.a(rng.choice([
        "registry@marrowlink LOG:  duration: %.3f ms  execute <unnamed>: SELECT d.donor_id, g.a1, g.a2 FROM donor d JOIN donor_genotype g USING (donor_id) WHERE g.drb1_1 = $1" % rng.uniform(200, 9000),
        "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, %d removed, %d recycled; write=%.3f s" % (rng.randint(100, 90000), rng.uniform(0, 20), rng.randint(0, 5), rng.randint(0, 9), rng.uniform(1, 200)),
        "LOG:  automatic vacuum of table \"marrowlink.public.search_result\": index scans: 1, pages: 0 removed, %d remain" % rng.randint(1000, 900000),
        "FATAL:  password authentication failed for user \"etl_reader\"",
        "LOG:  connection received: host=%s port=%d" % (priv_ip(), rng.randint(30000, 65000)),
    ]))
    return [L]


def g_java_exc():
    t = tick()
    p = person()
    out = []
    k = rng.choice(["dup", "date", "pay"])
    if k == "dup":
        out.append(lb_prefix(Line("java_stacktrace"), t, "ERROR", "ntainer#1-0-C-1", "o.m.r.sync.DonorSyncListener").a("Failed to upsert donor record from topic donor-updates offset %d" % rng.randint(10 ** 5, 10 ** 7)))
        out.append(Line("java_stacktrace").a("org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_donor_email]"))
        out.append(Line("java_stacktrace").a("Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"uk_donor_email\""))
        out.append(Line("java_stacktrace").a("  Detail: Key (email)=(").p(p.email, "email").a(") already exists."))
        out.append(Line("java_stacktrace").a("\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)"))
        out.append(Line("java_stacktrace").a("\tat org.hibernate.engine.jdbc.internal.ResultSetReturnImpl.executeUpdate(ResultSetReturnImpl.java:197)"))
    elif k == "date":
        out.append(lb_prefix(Line("java_stacktrace"), t, "WARN", "nio-8080-exec-%d" % rng.randint(1, 12), "o.s.w.s.m.s.DefaultHandlerExceptionResolver")
                   .a("Resolved [org.springframework.http.converter.HttpMessageNotReadableException: JSON parse error]"))
        L = Line("java_stacktrace").a("com.fasterxml.jackson.databind.exc.InvalidFormatException: Cannot deserialize value of type `java.time.LocalDate` from String \"")
        L.p(fdate(p.dob, "de"), "date").a("\": Failed to deserialize java.time.LocalDate: (java.time.format.DateTimeParseException) Text '")
        L.p(fdate(p.dob, "de"), "date").a("' could not be parsed at index 2")
        out.append(L)
        out.append(Line("java_stacktrace").a(" at [Source: (org.springframework.util.StreamUtils$NonClosingInputStream); line: 1, column: %d] (through reference chain: org.marrowlink.join.dto.SignupForm[\"dateOfBirth\"])" % rng.randint(40, 200)))
        out.append(Line("java_stacktrace").a("\tat com.fasterxml.jackson.databind.exc.InvalidFormatException.from(InvalidFormatException.java:67)"))
    else:
        out.append(lb_prefix(Line("java_stacktrace"), t, "ERROR", "nio-8080-exec-%d" % rng.randint(1, 12), "o.m.join.donate.TypingFeeDonationService").a("Gift payment failed for drive %s" % rng.choice(DRIVES)))
        L = Line("java_stacktrace").a("org.marrowlink.payments.GatewayException: declined (51 insufficient funds) pan=")
        L.p(card(), "account").a(" exp=%02d/%02d holder=" % (rng.randint(1, 12), rng.randint(25, 30))).p(nm(p, "upper"), "name")
        out.append(L)
        out.append(Line("java_stacktrace").a("\tat org.marrowlink.payments.StripeAdapter.charge(StripeAdapter.java:%d)" % rng.randint(50, 400)))
        out.append(Line("java_stacktrace").a("\t... %d common frames omitted" % rng.randint(20, 90)))
    return out


def n_java_exc():
    t = tick()
    out = [lb_prefix(Line("java_stacktrace"), t, "ERROR", "scheduling-1", "o.m.r.hla.ImgtRefreshJob").a("IMGT/HLA refresh failed, keeping 3.55.0")]
    out.append(Line("java_stacktrace").a("java.net.SocketTimeoutException: Connect timed out"))
    out.append(Line("java_stacktrace").a("\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:546)"))
    out.append(Line("java_stacktrace").a("\tat java.base/java.net.Socket.connect(Socket.java:751)"))
    return out


def g_audit():
    t = tick()
    L = Line("audit_pipe")
    u = rng.randrange(len(STAFF_U))
    subj = rng.choice(["DONOR", "PATIENT"])
    L.a("AUDIT|%s|user=%s|role=%s|action=%s|subject=%s:" % (ts_iso(t), STAFF_U[u], rng.choice(["SEARCH_COORD", "WORKUP_COORD", "CONTACT_AGENT"]),
                                                           rng.choice(["VIEW_PII", "EXPORT_PII", "UPDATE_CONTACT"]), subj))
    L.p(donor_id() if subj == "DONOR" else patient_rid(), "other_id")
    L.a("|fields=name,phone,address|reason=%s|src=%s|session=%s" % (rng.choice(["WORKUP_CONTACT", "CT_REQUEST", "ADDRESS_UPDATE"]), priv_ip(), hexs(24)))
    return [L]


def n_audit():
    t = tick()
    L = Line("audit_pipe")
    L.a("AUDIT|%s|user=%s|role=%s|action=%s|src=%s|session=%s|result=%s" % (ts_iso(t), rng.choice(STAFF_U), rng.choice(["SEARCH_COORD", "ADMIN", "LAB_TECH"]),
                                                                         rng.choice(["LOGIN", "LOGOUT", "MFA_CHALLENGE", "ROLE_GRANT"]), priv_ip(), hexs(24), rng.choice(["OK", "OK", "DENIED"])))
    return [L]


def g_x12():
    p = person("US", "patient")
    t = tick()
    ctl = "%09d" % rng.randint(1, 999999999)
    segs = []
    segs.append(Line("x12_271").a("ISA*00*          *00*          *ZZ*AETNA          *ZZ*MARROWLINK     *%s*%s*^*00501*%s*0*P*:~" % (t.strftime("%y%m%d"), t.strftime("%H%M"), ctl)))
    segs.append(Line("x12_271").a("ST*271*0001*005010X279A1~"))
    segs.append(Line("x12_271").a("BHT*0022*11*%s*%s*%s~" % (hexs(10).upper(), t.strftime("%Y%m%d"), t.strftime("%H%M"))))
    segs.append(Line("x12_271").a("NM1*PR*2*AETNA*****PI*60054~"))
    segs.append(Line("x12_271").a("NM1*1P*2*%s*****XX*1%s~" % (rng.choice(TCS)[1].upper(), digits(9))))
    segs.append(Line("x12_271").a("TRN*2*").p(search_id(), "other_id").a("*9MARROWLNK~"))
    segs.append(Line("x12_271").a("NM1*IL*1*").p(p.last.upper(), "name").a("*").p(p.first.upper(), "name").a("*%s***MI*" % p.mi).p(member_id(), "health_plan").a("~"))
    segs.append(Line("x12_271").a("N3*").p(p.street.upper(), "address").a("~"))
    segs.append(Line("x12_271").a("N4*").p(p.city.upper(), "address").a("*%s*" % p.region).p(p.zip, "zip").a("~"))
    segs.append(Line("x12_271").a("DMG*D8*").p(fdate(p.dob, "hl7"), "date").a("*%s~" % p.sex))
    segs.append(Line("x12_271").a("DTP*346*D8*").p(fdate(dt.date(2024, rng.randint(1, 4), 1), "hl7"), "date").a("~"))
    segs.append(Line("x12_271").a("EB*1*IND*30*HM*CHOICE POS II~"))
    segs.append(Line("x12_271").a("MSG*UNRELATED DONOR SEARCH COVERED UNDER PRIOR AUTH %s~" % digits(8)))
    segs.append(Line("x12_271").a("SE*%d*0001~" % (len(segs) - 1)))
    return segs


def g_reimb():
    t = tick()
    cc = rng.choice(["US", "US", "DE", "PL"])
    p = person(cc)
    L = Line("reimb_json")
    if cc == "US":
        veh = [("plate", plate("US"), "vehicle"), ("state", p.region)]
        if rng.random() < 0.5:
            veh.append(("vin", vin(), "vehicle"))
        obj = O(("claimId", "TR-2024-%05d" % rng.randint(1, 99999)), ("donorId", donor_id(), "other_id"),
                ("payee", O(("legalName", nm(p, "fl"), "name"), ("taxId", ssn(), "ssn"), ("ssnLast4Display", "***-**-" + digits(4)))),
                ("bank", O(("routing", rng.choice(["071000013", "021000021", "121000358"])), ("account", digits(rng.choice([10, 12])), "account"), ("type", "checking"))),
                ("mileage", O(("vehicle", O(*veh)), ("miles", rng.randint(12, 480)), ("rateCents", 67))),
                ("travelDate", fdate(past(1, 20), "iso"), "date"), ("status", "SUBMITTED"))
    else:
        obj = O(("erstattungId", "ER-%s-%05d" % (cc, rng.randint(1, 99999))), ("spenderNr", donor_id(), "other_id"),
                ("kontoinhaber", nm(p, "fl"), "name"), ("iban", iban(cc), "account"), ("bic", rng.choice(["COBADEFFXXX", "BPKOPLPWXXX", "INGDDEFFXXX"])),
                ("kennzeichen", plate(cc), "vehicle"), ("km", rng.randint(10, 700)), ("fahrtdatum", fdate(past(1, 20), "de"), "date"),
                ("fuehrerscheinNr", alnum(1, "BCDFGHJKLMN") + digits(3) + alnum(4, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + digits(2) + alnum(1), "license"),
                ("status", "EINGEREICHT"))
    jobj(L, obj)
    L.a("")
    return [L]


def g_checkin(force=False):
    p = person("US")
    t = tick()
    out = []
    L = Line("checkin_kv")
    L.a("%s cc17-kiosk[%d]: CHECKIN" % (ts_iso(t), rng.randint(100, 9999)))
    did = donor_id()
    kv(L, "donor", did, "other_id")
    kv(L, "cc", "CC-17")
    kv(L, "appt", fdate(TODAY, "iso"), "date")
    kv(L, "cc_mrn", mrn(), "mrn")
    kv(L, "id_type", "DL")
    kv(L, "id_state", p.region)
    dl = rng.choice([alnum(1, "ABCDEFGHJKLMNPRSTWY") + digits(11), alnum(1, "ABCDEFGHJKLMNPRSTWY") + digits(7), "%s-%s-%s" % (alnum(1, "KLMS") + digits(3), digits(4), digits(4))])
    kv(L, "id_no", dl, "license")
    kv(L, "face_match", "%.3f" % rng.uniform(0.85, 0.99))
    if force or rng.random() < 0.6:
        kv(L, "fp_tpl", fmr_b64(), "biometric")
    if rng.random() < 0.4:
        kv(L, "parking_plate", plate("US"), "vehicle")
    out.append(L)
    if force or rng.random() < 0.6:
        L = Line("checkin_kv")
        L.a('%s idv-svc[%d]: {"event":"idv.upload","donorId":"' % (ts_iso(tick(1, 10)), rng.randint(100, 9999))).p(did, "other_id")
        L.a('","docType":"SELFIE","mime":"image/jpeg","image":"data:image/jpeg;base64,').p(jpeg_b64(), "photo").a('…[truncated %d bytes]"}' % rng.randint(20000, 90000))
        out.append(L)
    return out


def g_zap_device():
    t = tick()
    L = Line("zap_json")
    plat = rng.choice(["android", "ios"])
    items = [("level", "info"), ("ts", float(ts_epoch(t))), ("caller", "devices/register.go:%d" % rng.randint(80, 200)), ("msg", "donor app device registered"),
             ("donorId", donor_id(), "other_id"), ("platform", plat)]
    if plat == "android":
        items += [("model", rng.choice(["SM-S918U", "Pixel 8", "moto g power"])), ("serial", alnum(11, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), "device"), ("imei", imei(), "device")]
    else:
        items += [("model", rng.choice(["iPhone15,3", "iPhone14,5"])), ("udid", "0000%s-%s" % (digits(4), hexs(16).upper()), "device")]
    items += [("appVersion", "4.%d.%d" % (rng.randint(0, 14), rng.randint(0, 9))), ("trace_id", hexs(32))]
    jobj(L, O(*items))
    return [L]


def n_zap():
    t = tick()
    L = Line("zap_json")
    c = rng.choice(["push", "sync", "http", "err"])
    base = [("level", "info"), ("ts", float(ts_epoch(t)))]
    if c == "push":
        items = base + [("caller", "push/batch.go:118"), ("msg", "push batch sent"), ("provider", "fcm"), ("sent", rng.randint(10, 5000)), ("failed", rng.randint(0, 40)), ("took", "%.3fs" % rng.uniform(0.2, 9))]
    elif c == "sync":
        items = base + [("caller", "sync/cbu.go:77"), ("msg", "cbu inventory sync done"), ("bank", rng.choice(["CBB-12", "CBB-04", "CBB-31"])), ("upserted", rng.randint(0, 400)), ("unchanged", rng.randint(1000, 40000))]
    elif c == "http":
        items = base + [("caller", "httpx/mw.go:54"), ("msg", "request"), ("method", "GET"), ("path", "/v1/cbu/search"), ("status", 200), ("latency_ms", rng.randint(2, 900)), ("span_id", hexs(16))]
    else:
        items = [("level", "error"), ("ts", float(ts_epoch(t))), ("caller", "sync/cbu.go:131"), ("msg", "bank api error"), ("bank", "CBB-04"), ("error", "Get \"https://api.cbb04.example/v2/units?page=%d\": context deadline exceeded" % rng.randint(1, 90))]
    jobj(L, O(*items))
    return [L]


def g_legacy_csv(de=None):
    out = []
    if (rng.random() < 0.5) if de is None else de:
        out.append(cells(Line("legacy_csv"), ["ALT_SPNR", "NAME", "VORNAME", "GEB_DAT", "STRASSE", "PLZ", "ORT", "TEL_PRIV", "FAX", "REG_DAT", "STATUS"], ";"))
        for _ in range(rng.randint(2, 4)):
            p = person("DE", "donor")
            p.dob = rdate(dt.date(1955, 1, 1), dt.date(1975, 1, 1))
            fax = "0%d %s" % (rng.choice([30, 89, 7071, 211, 341]), digits(6))
            cells(L := Line("legacy_csv"), [("%07d" % rng.randint(1, 9999999), "other_id"), (p.last.upper(), "name"), (p.first, "name"), (fdate(p.dob, "de"), "date"),
                                            (p.street, "address"), (p.zip, "zip"), (p.city, "address"), (p.phone, "phone"),
                                            (fax, "fax") if rng.random() < 0.6 else "", (fdate(rdate(dt.date(1992, 1, 1), dt.date(2001, 1, 1)), "de"), "date"),
                                            rng.choice(["AKTIV", "RUHEND", "AUSGESCHIEDEN"])], ";")
            out.append(L)
    else:
        out.append(cells(Line("legacy_csv"), ["legacy_id", "ssn", "last", "first", "mi", "dob", "addr1", "city", "st", "zip", "home_ph", "fax", "reg_dt"], "|"))
        for _ in range(rng.randint(2, 4)):
            p = person("US", "donor")
            cells(L := Line("legacy_csv"), [("L%07d" % rng.randint(1, 9999999), "other_id"), (ssn("plain"), "ssn"), (p.last.upper(), "name"), (p.first.upper(), "name"), p.mi,
                                            (fdate(p.dob, "usn"), "date"), (p.street.upper(), "address"), (p.city.upper(), "address"), p.region, (p.zip, "zip"),
                                            (phone_us("paren"), "phone"), (phone_us("dash"), "fax") if rng.random() < 0.5 else "",
                                            (fdate(rdate(dt.date(1991, 1, 1), dt.date(2003, 1, 1)), "usn"), "date")], "|")
            out.append(L)
    return out


def g_campaign():
    p = person("US", "patient")
    fam = person("US", "donor")
    fam.last = p.last
    t = tick()
    L = Line("campaign_json")
    slug = "help-%s-%s-find-a-match" % (ascii_(p.first).lower(), ascii_(p.last).lower().replace("-", ""))
    obj = O(("ts", ts_iso(t)), ("event", "campaign.created"), ("campaignCode", "PSD-2024-%04d" % rng.randint(1, 9999)),
            ("type", "PATIENT_SPECIFIC_DRIVE"), ("patient", O(("firstName", p.first, "name"), ("lastInitial", p.last[0]), ("ageBand", rng.choice(["0-17", "18-39", "40-64"])))),
            ("familyContact", O(("name", nm(fam, "fl"), "name"), ("email", fam.email, "email"), ("phone", fam.phone, "phone"))),
            ("externalLinks", ["https://www.gofundme.com/f/" + slug, "https://instagram.com/team%s_fights" % ascii_(p.first).lower()], "url"),
            ("recruiter", rng.choice(STAFF_U)), ("targetSignups", rng.choice([250, 500, 1000])))
    jobj(L, obj)
    return [L]


# --------------------------------------------------------------------------- pure noise singles
def n_nginx_health():
    t = tick()
    L = Line("nginx_access")
    L.a('%s - - [%s] "GET %s HTTP/1.1" 200 %d "-" "%s" rt=%.3f' % (priv_ip(), ts_nginx(t), rng.choice(["/healthz", "/readyz", "/actuator/health", "/metrics"]),
                                                                  rng.randint(2, 900), rng.choice(["kube-probe/1.28", "Prometheus/2.51.1", "ELB-HealthChecker/2.0"]), rng.uniform(0.001, 0.02)))
    return [L]


def n_prom():
    t = tick()
    L = Line("prom_metrics")
    L.a(rng.choice([
        'match_engine_search_duration_seconds_bucket{algo="haplostats-v3.4",le="%s"} %d' % (rng.choice(["1", "5", "30", "+Inf"]), rng.randint(10, 9000)),
        'kit_fulfillment_shipments_total{carrier="%s",status="created"} %d' % (rng.choice(["USPS", "DHL", "DPD"]), rng.randint(1000, 400000)),
        'hl7_inbound_messages_total{type="ORU_R01",ack="AA"} %d' % rng.randint(10000, 900000),
        'cbu_inventory_units{bank="%s",status="AVAILABLE"} %d' % (rng.choice(["CBB-12", "CBB-04", "CBB-31"]), rng.randint(1000, 40000)),
        'jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} %.6e' % rng.uniform(1e8, 2e9),
        'process_cpu_seconds_total %.2f' % rng.uniform(100, 90000),
        'contact_attempts_total{channel="%s",outcome="%s"} %d' % (rng.choice(["PHONE", "SMS", "EMAIL"]), rng.choice(["REACHED", "NO_ANSWER"]), rng.randint(100, 90000)),
    ]))
    return [L]


def n_k8s():
    t = tick()
    L = Line("k8s_event")
    pod = rng.choice(["hla-importer", "match-engine", "donor-join-api", "workup-svc", "courier-tracker", "emdis-hub"])
    L.a("%s  %s  %s  pod/%s-%s-%s  %s" % (ts_iso(t), rng.choice(["Normal ", "Warning"]), rng.choice(["Pulled", "Started", "BackOff", "Killing", "Scheduled"]),
                                          pod, hexs(9), alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789"),
                                          rng.choice(["Successfully pulled image \"registry.marrowlink.internal/%s:1.%d.%d\" in %.1fs" % (pod, rng.randint(0, 30), rng.randint(0, 20), rng.uniform(0.5, 20)),
                                                      "Back-off restarting failed container", "Stopping container %s" % pod,
                                                      "Successfully assigned prod/%s to node-%d" % (pod, rng.randint(1, 12))])))
    return [L]


def n_gc():
    t = tick()
    L = Line("gc_log")
    L.a("[%s+0000][%.3fs][info][gc] GC(%d) Pause Young (Normal) (G1 Evacuation Pause) %dM->%dM(%dM) %.3fms" % (
        t.strftime("%Y-%m-%dT%H:%M:%S") + "." + ms(t), rng.uniform(100, 90000), rng.randint(10, 9000), rng.randint(600, 1800), rng.randint(100, 500), 2048, rng.uniform(2, 80)))
    return [L]


def n_syslog():
    t = tick()
    L = Line("syslog")
    L.a("%s registry-batch01 %s" % (ts_sys(t), rng.choice([
        "CRON[%d]: (registry) CMD (/opt/marrowlink/bin/nightly_hla_import.sh --since 24h)" % rng.randint(1000, 60000),
        "CRON[%d]: (registry) CMD (/opt/marrowlink/bin/cbu_inventory_sync --banks all)" % rng.randint(1000, 60000),
        "systemd[1]: Started hla-importer.service - HLA result importer.",
        "kernel: [%d.%06d] nfs: server nas02 OK" % (rng.randint(1000, 99999), rng.randint(0, 999999)),
        "sshd[%d]: Accepted publickey for deploy from %s port %d ssh2: ED25519 SHA256:%s" % (rng.randint(1000, 60000), priv_ip(), rng.randint(30000, 65000), base64.b64encode(bytes(rng.randrange(256) for _ in range(32))).decode().rstrip("=")),
    ])))
    return [L]


def n_drive():
    t = tick()
    L = Line("kv_fulfillment")
    d = rng.choice(DRIVES)
    L.a("%s INFO  recruit-drives[%d] drive.closed code=%s venue=\"%s\" signups=%d kits_used=%d recruiter=%s recruiter_phone=\"%s\" staff_email=%s@marrowlink.org" % (
        ts_iso(t), rng.randint(1000, 9999), d, rng.choice(["1200 W Harrison St, Chicago IL 60607", "Ala Moana Center Stage, Honolulu HI 96814", "Mensa Wilhelmstraße, 72074 Tübingen",
                                                             "Hard Rock Stadium Gate 4, Miami Gardens FL 33056"]),
        rng.randint(5, 600), rng.randint(5, 650), rng.choice(STAFF_U), phone_us(), rng.choice(STAFF_U)))
    return [L]


def n_match_search_stats():
    t = tick()
    L = Line("slog_logfmt")
    slog_prefix(L, t, "INFO", "nightly search refresh")
    L.a(" open_searches=%d refreshed=%d new_8of8=%d queue_lag_s=%d" % (rng.randint(2000, 9000), rng.randint(1000, 9000), rng.randint(0, 60), rng.randint(0, 900)))
    return [L]


def n_hla_csv_meta():
    t = tick()
    L = Line("hla_csv")
    L.a("# export=hla_results run=%s imgt=3.55.0 rows=%d sha256=%s" % (t.strftime("%Y%m%dT%H%M"), rng.randint(100, 9000), hexs(64)))
    return [L]


PHI_GENS = [(g_signup_json, 7), (g_form_urlenc, 3), (g_nginx_portal, 8), (g_kit_ship, 6), (g_hl7_oru, 3), (g_hla_csv, 3), (g_hml, 1),
            (g_tc_search, 4), (g_emdis, 3), (g_slog_match, 3), (g_logback_workup, 7), (g_workup_pipe, 2), (g_hhq, 4), (g_review_note, 3),
            (g_courier_csv, 2), (g_courier_text, 3), (g_cbu_csv, 2), (g_cbu_maternal, 2), (g_contact, 12), (g_sms, 4), (g_postfix, 4),
            (g_pg_error, 2), (g_java_exc, 3), (g_audit, 4), (g_x12, 1), (g_reimb, 3), (g_checkin, 5), (g_zap_device, 3), (g_legacy_csv, 2),
            (g_campaign, 2)]
NOISE_GENS = [(n_kit_noise, 5), (n_hl7_ack, 4), (n_emdis, 3), (n_slog, 9), (n_logback, 12), (n_courier, 4), (n_postfix, 5), (n_pg, 5),
              (n_java_exc, 1), (n_audit, 5), (n_zap, 6), (n_nginx_health, 9), (n_prom, 7), (n_k8s, 6), (n_gc, 4), (n_syslog, 5), (n_drive, 3),
              (n_match_search_stats, 2), (n_hla_csv_meta, 2)]
SINGLE_NOISE = [g for g, _ in NOISE_GENS if g not in (n_hl7_ack, n_java_exc)]
N_LINES = 500
P_NOISE_BLOCK = 0.53
TARGET_CLEAN = 0.55


def p_noise(lines):
    """Steer the share of PHI-free lines towards TARGET_CLEAN."""
    if not lines:
        return P_NOISE_BLOCK
    clean = sum(1 for L in lines if not L.spans) / len(lines)
    return min(0.9, max(0.15, P_NOISE_BLOCK + 4 * (TARGET_CLEAN - clean)))


def build():
    mandatory = [lambda: g_checkin(True), lambda: g_legacy_csv(True), lambda: g_legacy_csv(False), g_x12, g_tc_search,
                 g_campaign, g_reimb, g_hml, g_form_urlenc, g_cbu_maternal, g_review_note,
                 g_workup_pipe, g_courier_csv, g_sms, g_zap_device, lambda: g_logback_workup(True)]
    lines = []
    while len(lines) < N_LINES:
        if mandatory and (rng.random() < 0.05 or len(lines) > 380):
            g = mandatory.pop(0)
        elif rng.random() < p_noise(lines):
            g = wchoice(NOISE_GENS)
        else:
            g = wchoice(PHI_GENS)
        blk = g()
        if len(lines) + len(blk) > N_LINES:
            blk = rng.choice(SINGLE_NOISE)()
        lines.extend(blk)
    assert not mandatory
    return lines


def main():
    lines = build()
    assert len(lines) == N_LINES, len(lines)
    log_out, lab_out = [], []
    for i, L in enumerate(lines, 1):
        b = bytes(L.buf)
        text = b.decode("utf-8")
        assert text and "\n" not in text and "\r" not in text, (i, text)
        spans = []
        prev = -1
        for s, e, cat, val in sorted(L.spans):
            assert b[s:e].decode("utf-8") == val, (i, val)
            assert s >= prev, (i, "overlap")
            assert e > s
            prev = e
            spans.append({"s": s, "e": e, "cat": cat})
        log_out.append(text)
        lab_out.append(json.dumps({"line": i, "family": L.family, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(log_out))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lab_out) + "\n")


if __name__ == "__main__":
    main()
