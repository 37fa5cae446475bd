#!/usr/bin/env python3
"""gen_ng.py - synthetic, labeled log corpus for a PHI detector.

Theme: a corporate wellness and biometric screening vendor ("CoreVital Wellness").
Systems: onsite screening events (Cholestech-LDX-like lipid exports, Afinion-like
A1c exports, blood pressure kiosks + kiosk syslog), health risk assessment (HRA)
submissions (English/Spanish), incentive points ledger and gift card fulfilment,
employer eligibility files (CSV rejects, fixed-width, X12 834), gym check-in
webhooks, wearable sync (Fitbit Web API, Apple Health export.xml), .NET services
(Microsoft.Extensions.Logging console, EF Core, Serilog text + CLEF), Go services
(zap JSON, logrus, stdlib log), Azure Functions host, SQL Server messages and
ERRORLOG, Salesforce (Apex debug log, REST errors, Bulk API result CSV), results
letter rendering, coaching call notes, IIS W3C access logs, SendGrid/Twilio
webhooks, ingress-nginx noise.

Writes ng.log (500 lines) and ng.labels.jsonl next to this script.
Standard library only, deterministic (fixed seed). Everything is synthetic.

Labeling decisions:
- Persons whose identifiers are labeled: participants (employees, retirees),
  spouses/dependents, emergency contacts and relatives named in notes.
  NOT labeled: coaches, nurses, screeners (LPN/RN operator codes too), physicians
  signing letters, employer HR/benefits contacts, CoreVital staff, vendors,
  employers, clubs/gyms, event venues (business addresses, 1-8xx numbers,
  staff e-mails, FEINs, group numbers).
- name: given/family names of covered persons in any form (full, "LAST, FIRST",
  upper/lower case, initial + surname, first name alone, possessive device
  names such as "Lupe's Apple Watch" -> "Lupe"). Each name field is its own
  span; a contiguous full name is one span. Usernames and e-mail local parts
  are not split out as names.
- date: dates tied to the person: birth, screening/collection (service) date,
  HRA completion, coaching call/appointment, coverage effective/end, hire,
  gym check-in time, wearable measurement days/intervals, letter service date
  quoted in the letter. The whole written value is the span (incl. time part
  when the value is one datetime). NOT labeled: log/record envelope timestamps
  (line prefixes, @t, ts, time=, ERRORLOG, IIS date/time, webhook timestamps),
  batch/file/export creation dates, ISA/GS/BGN dates, year-only values,
  lot expiry dates, build dates.
- age: only ages >= 90 (number only). Younger ages are left unlabeled.
- address: street line (number + street + unit) as one span, city as a
  separate span, county as a separate span; state never labeled. zip: 5 or 9
  digit ZIPs (ZIP+4 with or without dash) of covered persons.
- phone / fax: covered person's numbers in any written form (incl. URL-encoded
  E.164 in Twilio callbacks). Physician-office faxes, support lines: not labeled.
- email: covered person's addresses (personal or work).
- ssn: SSNs in any form (eligibility files, 834 NM1*..*34, masked-free).
  Last-4 fragments ("xxx-xx-1234") are not labeled.
- mrn: the CoreVital participant ID (P + 7 digits), the vendor's health record
  number, wherever it appears (JSON, URLs, analyzer "Patient ID" fields).
- health_plan: medical plan member/subscriber IDs (834 REF*0F, eligibility
  MemberID, HRA insurance card field). Group/policy numbers (REF*1L) are not.
- account: incentive rewards account numbers, gift/prepaid card numbers issued
  to a person, HSA account numbers. Card PINs, order IDs, UTIDs, routing
  numbers are not labeled.
- license: participant driver's licence / state ID numbers (onsite ID check).
- vehicle: participant licence plates and VINs (event parking validation).
- device: serials/IDs/MACs of a participant's own devices (Fitbit tracker id
  and MAC, mailed home BP cuff serial, Apple Watch not identified by serial).
  Screening analyzers, kiosks and their serials are vendor equipment: not.
- ip: participant public IPs (IIS c-ip of portal users, HRA submission
  clientIp). Private/internal IPs, server IPs: not labeled.
- url: personal URLs (a participant's public profile URL). API URLs are not,
  but a participant ID inside an API path is labeled as mrn.
- biometric: fingerprint templates used for kiosk login (base64 payload).
  Lab and vital values (cholesterol, A1c, BP) are health data, not identifiers.
- photo: base64 face images (gym check-in member photos); the base64 payload
  only, not the "data:image/jpeg;base64," prefix.
- other_id: employee IDs, Salesforce Contact IDs of participants, portal
  usernames, Fitbit user IDs, gym member barcodes, kiosk member card IDs,
  Salesforce case numbers about a participant, coaching case numbers.
  Transaction IDs (HRA submission IDs, ledger refs, order numbers, letter IDs,
  message SIDs, trace/span IDs, event IDs) are not labeled.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import unicodedata

SEED = 0x6E67_2024
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "ng"
N_LINES = 500


# --------------------------------------------------------------------------
# line builder with byte offsets
# --------------------------------------------------------------------------
class P:
    """A PHI value to be appended and labeled."""
    __slots__ = ("cat", "v")

    def __init__(self, cat, v):
        self.cat = cat
        self.v = v if isinstance(v, (str, int, float)) else str(v)


class T(list):
    """A mixed text value (list of str | P) rendered as one quoted string."""


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.spans = []
        self.expect = []

    def add(self, *parts):
        for x in parts:
            if x is None:
                continue
            if isinstance(x, P):
                enc = str(x.v).encode("utf-8")
                s = len(self.b)
                self.b += enc
                self.spans.append({"s": s, "e": s + len(enc), "cat": x.cat})
                self.expect.append(enc)
            elif isinstance(x, (list, tuple)):
                self.add(*x)
            else:
                self.b += str(x).encode("utf-8")
        return self


def L(fam, *parts):
    return Line(fam).add(*parts)


def map_parts(parts, fn):
    out = []
    for x in parts:
        if isinstance(x, P):
            out.append(P(x.cat, fn(str(x.v))))
        elif isinstance(x, (list, tuple)):
            out.extend(map_parts(x, fn))
        else:
            out.append(fn(str(x)))
    return out


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jesc_ascii(s):
    return json.dumps(s, ensure_ascii=True)[1:-1]


def stj_esc(s):
    """System.Text.Json default encoder: escapes non-ASCII and HTML-sensitive chars."""
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append('\\u0022')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch in "<>&'+`":
            out.append("\\u%04X" % o)
        elif o < 0x20 or o > 0x7E:
            if o > 0xFFFF:
                o -= 0x10000
                out.append("\\u%04X\\u%04X" % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)))
            else:
                out.append("\\u%04X" % o)
        else:
            out.append(ch)
    return "".join(out)


def J(o, sep=(",", ":"), esc=jesc):
    """Render a JSON-ish object into parts; P values become labeled spans."""
    out = []

    def rec(x):
        if isinstance(x, P):
            if isinstance(x.v, (int, float)):
                out.append(P(x.cat, json.dumps(x.v)))
            else:
                out.extend(['"', P(x.cat, esc(x.v)), '"'])
        elif isinstance(x, T):
            out.append('"')
            out.extend(map_parts(x, esc))
            out.append('"')
        elif isinstance(x, dict):
            out.append("{")
            for i, (k, v) in enumerate(x.items()):
                if i:
                    out.append(sep[0])
                out.append('"' + esc(k) + '"' + sep[1])
                rec(v)
            out.append("}")
        elif isinstance(x, list):
            out.append("[")
            for i, v in enumerate(x):
                if i:
                    out.append(sep[0])
                rec(v)
            out.append("]")
        elif isinstance(x, str):
            out.append('"' + esc(x) + '"')
        else:
            out.append(json.dumps(x))
    rec(o)
    return out


def _needs_quote(s):
    ok = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._/@^+:")
    return s == "" or any(c not in ok for c in s)


def KV(pairs, quote_all=False):
    """logrus-style key=value; values may be str, P or T."""
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(" ")
        out.append(k + "=")
        if isinstance(v, T):
            out.append('"')
            out.extend(map_parts(v, jesc))
            out.append('"')
        elif isinstance(v, P):
            sv = str(v.v)
            if quote_all or _needs_quote(sv):
                out.extend(['"', P(v.cat, jesc(sv)), '"'])
            else:
                out.append(P(v.cat, sv))
        else:
            sv = str(v)
            out.append('"' + jesc(sv) + '"' if (quote_all or _needs_quote(sv)) else sv)
    return out


# --------------------------------------------------------------------------
# random helpers
# --------------------------------------------------------------------------
def ch(seq):
    return R.choice(seq)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def uid():
    return "%s-%s-4%s-%s%s-%s" % (hexs(8), hexs(4), hexs(3), ch("89ab"), hexs(3), hexs(12))


def fold(s):
    s = s.replace("đ", "d").replace("Đ", "D").replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def luhn_fill(prefix, length):
    digits = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return digits + str((10 - total % 10) % 10)


def sf_id(prefix="0035e00000"):
    return prefix + alnum(5, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") + ch(["AAF", "AAB", "AAN", "AAV", "IAA", "QAS"])


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"]


def fd(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_nz":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "us_short":
        return "%d/%d/%s" % (d.month, d.day, d.strftime("%y"))
    if style == "ymd":
        return d.strftime("%Y%m%d")
    if style == "mdy":
        return d.strftime("%m%d%Y")
    if style == "dmon":
        return d.strftime("%d-%b-%Y").upper()
    if style == "long":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "es":
        return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)
    if style == "es_short":
        return "%d/%d/%d" % (d.day, d.month, d.year)
    if style == "dotnet":
        return "%d/%d/%d 12:00:00 AM" % (d.month, d.day, d.year)
    if style == "isot":
        return d.strftime("%Y-%m-%dT00:00:00")
    if style == "efdt":
        return d.strftime("%Y-%m-%dT00:00:00.0000000")
    if style == "sf":
        return d.strftime("%Y-%m-%d")
    raise ValueError(style)


def fphone(p, style):
    a, b, c = p[:3], p[3:6], p[6:]
    return {
        "paren": "(%s) %s-%s" % (a, b, c),
        "dash": "%s-%s-%s" % (a, b, c),
        "dot": "%s.%s.%s" % (a, b, c),
        "raw": p,
        "e164": "+1" + p,
        "intl": "+1 %s %s %s" % (a, b, c),
        "space": "%s %s %s" % (a, b, c),
        "one": "1-%s-%s-%s" % (a, b, c),
    }[style]


# --------------------------------------------------------------------------
# world: employers and people
# --------------------------------------------------------------------------
EMPLOYERS = [
    dict(code="BVPC", name="Brazos Valley Petrochemical", grp="BV0044817", st="TX", fein="741956230",
         dom="brazosvalleypc.com", hq="1200 Industrial Pkwy, Pasadena, TX 77506", hr="Pam Kowalski",
         plan="BlueChoice PPO", empfmt="E{:06d}"),
    dict(code="LUSD", name="Lakeshore Unified School District", grp="LU2231-00", st="IL", fein="366004812",
         dom="lakeshoreusd.org", hq="4800 W Ogden Ave, Cicero, IL 60804", hr="Marcus Bell",
         plan="HMO Illinois", empfmt="{:07d}"),
    dict(code="CTC", name="Cascadia Timber Cooperative", grp="CTC-118", st="WA", fein="910873341",
         dom="cascadiatimber.coop", hq="2200 Industrial Way, Longview, WA 98632", hr="Janelle Ostrowski",
         plan="Regence Preferred", empfmt="CT-{:05d}"),
    dict(code="MFL", name="Meridian Freight Lines", grp="MF7730012", st="GA", fein="582214907",
         dom="meridianfreight.com", hq="3500 Fulton Industrial Blvd SW, Atlanta, GA 30336", hr="Tasha Greene",
         plan="Open Access Plus", empfmt="MFL{:05d}"),
    dict(code="HVCU", name="Harborview Credit Union", grp="HV-40021", st="AZ", fein="860441275",
         dom="harborviewcu.org", hq="1 N Central Ave, Phoenix, AZ 85004", hr="Deb Yazzie",
         plan="Choice Plus HSA", empfmt="{:06d}"),
]

REGIONS = {
    "TX": [("Houston", ["77027", "77036", "77057", "77099", "77009"], "Harris County"),
           ("Katy", ["77494", "77449"], "Fort Bend County"), ("Pasadena", ["77502", "77506"], "Harris County"),
           ("Baytown", ["77521"], "Harris County")],
    "IL": [("Chicago", ["60608", "60623", "60629", "60641"], "Cook County"), ("Cicero", ["60804"], "Cook County"),
           ("Berwyn", ["60402"], "Cook County"), ("Oak Lawn", ["60453"], "Cook County")],
    "WA": [("Tacoma", ["98405", "98408"], "Pierce County"), ("Longview", ["98632"], "Cowlitz County"),
           ("Kelso", ["98626"], "Cowlitz County")],
    "GA": [("Atlanta", ["30310", "30316"], "Fulton County"), ("Forest Park", ["30297"], "Clayton County"),
           ("Marietta", ["30060"], "Cobb County")],
    "AZ": [("Phoenix", ["85008", "85033"], "Maricopa County"), ("Mesa", ["85201"], "Maricopa County"),
           ("Tempe", ["85281"], "Maricopa County")],
}
STREETS = {
    "TX": ["Westheimer Rd", "Bellaire Blvd", "Telephone Rd", "Richmond Ave", "Gessner Rd", "Avenue H", "Old Spanish Trl"],
    "IL": ["S Kedzie Ave", "W 26th St", "N Milwaukee Ave", "S Pulaski Rd", "W Cermak Rd", "S Cicero Ave"],
    "WA": ["Pacific Ave", "S Tacoma Way", "Ocean Beach Hwy", "Allen St", "Nichols Blvd"],
    "GA": ["Cascade Rd SW", "Moreland Ave SE", "Old Dixie Hwy", "Roswell St NE", "Jonesboro Rd"],
    "AZ": ["E McDowell Rd", "W Indian School Rd", "N Country Club Dr", "S Mill Ave", "W Thomas Rd"],
}
AREA = {"TX": ["713", "832", "281", "346"], "IL": ["773", "312", "708"], "WA": ["253", "360"],
        "GA": ["404", "470", "678"], "AZ": ["602", "480", "623"]}

ORIGINS = {
    "hisp": (["María José", "Guadalupe", "José Luis", "Juan Carlos", "Ximena", "Alejandro", "Itzel", "Rogelio",
              "Yesenia", "Marisol", "Héctor", "Araceli", "Joaquín", "Nayeli", "Lupita"],
             ["Hernández", "Ramírez-Ochoa", "de la Cruz", "Gutiérrez", "Villaseñor", "Núñez", "Treviño", "Zúñiga",
              "Del Toro", "Castañeda", "Ibarra", "Santillán", "Peña"], "es"),
    "viet": (["Thanh Hương", "Minh", "Bảo", "Lan", "Quốc Anh", "Thu"],
             ["Nguyễn", "Trần", "Phạm", "Lê", "Huỳnh", "Võ"], "vi"),
    "ng": (["Chukwuemeka", "Adaeze", "Oluwaseun", "Ngozi", "Babatunde", "Ifeoma"],
           ["Okafor", "Adeyemi", "Nwosu", "Eze-Obi", "Balogun"], "en"),
    "ind": (["Priyanka", "Venkatesh", "Anjali", "Rohit", "Sunita", "Harpreet"],
            ["Venkataraman", "Chaudhary", "D'Souza", "Iyer", "Sandhu"], "en"),
    "pl": (["Krzysztof", "Agnieszka", "Dmitri", "Oksana", "Bogdan"],
           ["Wiśniewski", "Kowalczyk", "Petrov", "Szymańska", "Horvath"], "en"),
    "ar": (["Abdul-Rahman", "Layla", "Yousef", "Rania"], ["Al-Sayed", "Haddad", "El-Amin", "Nasser"], "en"),
    "anglo": (["Bridget", "Colm", "Shannon", "Dwayne", "Tiffany", "Harold", "Earline", "Cody", "Raylene", "Bo"],
              ["O'Neill", "McAllister", "Abernathy-Lowe", "Whitley", "Beauchamp", "Pruitt", "St. Clair", "Goins"], "en"),
    "nl": (["Pieter", "Anneke", "Greta"], ["van der Berg", "von Stade", "de Vries"], "en"),
    "ea": (["Wei", "Xiaoling", "Ji-hoon", "Seo-yeon", "Haruto"], ["Zhang", "Liu", "Park", "Choi", "Tanaka"], "en"),
    "so": (["Hodan", "Abdirahman", "Tigist", "Fartun"], ["Warsame", "Mohamed", "Bekele", "Abdi"], "en"),
    "ht": (["Jean-Baptiste", "Marie-Claire", "Wilner"], ["Pierre-Louis", "Desrosiers", "Joseph"], "en"),
    "ph": (["Maricel", "Rodel", "Jhun"], ["Dela Cruz", "Macapagal", "Santiago", "Bautista"], "en"),
}
ORIGIN_W = [("hisp", 30), ("viet", 6), ("ng", 6), ("ind", 6), ("pl", 6), ("ar", 5), ("anglo", 18), ("nl", 3),
            ("ea", 6), ("so", 4), ("ht", 4), ("ph", 6)]
FEM = {"María José", "Guadalupe", "Ximena", "Itzel", "Yesenia", "Marisol", "Araceli", "Nayeli", "Lupita",
       "Thanh Hương", "Lan", "Thu", "Adaeze", "Ngozi", "Ifeoma", "Priyanka", "Anjali", "Sunita", "Agnieszka",
       "Oksana", "Layla", "Rania", "Bridget", "Shannon", "Tiffany", "Earline", "Raylene", "Anneke", "Greta",
       "Xiaoling", "Seo-yeon", "Hodan", "Tigist", "Fartun", "Marie-Claire", "Maricel", "Harpreet"}
NICK = {"Guadalupe": "Lupe", "María José": "Majo", "Chukwuemeka": "Emeka", "Oluwaseun": "Seun",
        "Krzysztof": "Kris", "Abdul-Rahman": "Abdul", "Venkatesh": "Venky", "Babatunde": "Tunde",
        "Alejandro": "Alex", "José Luis": "Pepe", "Jean-Baptiste": "JB", "Bridget": "Bridie"}


def wchoice(pairs):
    tot = sum(w for _, w in pairs)
    r = R.uniform(0, tot)
    for k, w in pairs:
        r -= w
        if r <= 0:
            return k
    return pairs[-1][0]


class Person:
    pass


USED = set()


def uniq(fn):
    while True:
        v = fn()
        if v not in USED:
            USED.add(v)
            return v


def gen_ssn():
    def f():
        a = R.randint(1, 899)
        while a == 666:
            a = R.randint(1, 899)
        return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
    return uniq(f)


def make_person(emp, origin=None, sex=None, last=None, rel="18", primary=None):
    p = Person()
    origin = origin or wchoice(ORIGIN_W)
    firsts, lasts, lang = ORIGINS[origin]
    pool = [f for f in firsts if (sex is None or (f in FEM) == (sex == "F"))] or firsts
    p.first = ch(pool)
    p.sex = "F" if p.first in FEM else "M"
    p.last = last or ch(lasts)
    p.origin = origin
    p.lang = "es" if (lang == "es" and R.random() < 0.7) else ("vi" if lang == "vi" and R.random() < 0.3 else "en")
    p.mi = ch("ABCDEFGHJKLMNRST") if R.random() < 0.6 else ""
    p.nick = NICK.get(p.first)
    p.emp = emp
    p.rel = rel
    p.primary = primary
    if rel == "18":
        p.dob = dt.date(1959, 1, 1) + dt.timedelta(days=R.randint(0, 365 * 43))
    else:
        p.dob = primary.dob + dt.timedelta(days=R.randint(-365 * 6, 365 * 6))
    p.ssn = gen_ssn()
    p.pid = uniq(lambda: "P%07d" % R.randint(1000000, 9999999))
    p.empid = uniq(lambda: emp["empfmt"].format(R.randint(1000, 99999))) if rel == "18" else primary.empid
    p.plan = primary.plan if primary else uniq(lambda: ch(["XJH", "ZGP", "W", "U", "MXA", ""]) + "%09d" % R.randint(0, 999999999))
    p.plan_sfx = "01" if rel == "01" else "00"
    if primary and R.random() < 0.8:
        p.street, p.city, p.zip, p.county = primary.street, primary.city, primary.zip, primary.county
    else:
        city, zips, county = ch(REGIONS[emp["st"]])
        p.city, p.county = city, county
        p.zip = ch(zips) + ("%04d" % R.randint(1, 9999) if R.random() < 0.35 else "")
        unit = ch(["", "", "", " Apt %d" % R.randint(1, 40), " Unit %s" % ch(["B", "4C", "12", "210"]), " #%d" % R.randint(2, 318)])
        p.street = "%d %s%s" % (R.randint(101, 19999), ch(STREETS[emp["st"]]), unit)
    p.phone = uniq(lambda: ch(AREA[emp["st"]]) + str(R.randint(2, 9)) + "%02d" % R.randint(0, 99) + "%04d" % R.randint(0, 9999))
    if R.random() < 0.3:
        p.phone = p.phone[:3] + "555" + "01%02d" % R.randint(0, 99)
    lf = fold(p.first).lower().replace(" ", "").replace("'", "").replace("-", "")
    ll = fold(p.last).lower().replace(" ", "").replace("'", "").replace("-", "").replace(".", "")
    style = R.randint(0, 6)
    local = [lf + "." + ll, lf[0] + ll + str(R.randint(60, 99)), ll + lf[0], lf + ll + str(R.randint(1, 9)),
             (fold(p.nick).lower() if p.nick else lf) + "_" + ll[:5], lf + "." + ll[:1] + str(R.randint(10, 99)),
             lf[0] + "." + ll][style]
    p.email = uniq(lambda: local + "@" + ch(["gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "outlook.com",
                                             "icloud.com", "att.net", "comcast.net", emp["dom"]]))
    p.user = uniq(lambda: (lf[0] + ll)[:10] + ch(["", str(R.randint(1, 99)), "_" + str(p.dob.year)[2:]]))
    p.sfid = uniq(sf_id)
    p.fitbit = uniq(lambda: alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))
    p.gym = uniq(lambda: ch(["AF04120", "PF33817", "YM0071", "LA2291"]) + "%05d" % R.randint(0, 99999))
    p.card = uniq(lambda: "CV-%05d-%04d" % (R.randint(10000, 99999), R.randint(0, 9999)))
    p.rw = uniq(lambda: "RW-%08d" % R.randint(0, 99999999))
    p.hsa = uniq(lambda: "%012d" % R.randint(10 ** 10, 10 ** 12 - 1))
    p.dl = uniq(lambda: {"TX": "%08d" % R.randint(10 ** 7, 10 ** 8 - 1),
                         "IL": ch("ABCDEFGHKLMNPRSTW") + "%03d-%04d-%04d" % (R.randint(0, 999), R.randint(0, 9999), R.randint(0, 9999)),
                         "WA": "WDL" + alnum(9, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"),
                         "GA": "%09d" % R.randint(10 ** 8, 10 ** 9 - 1),
                         "AZ": ch("ABD") + "%08d" % R.randint(0, 10 ** 8 - 1)}[emp["st"]])
    p.plate = uniq(lambda: {"TX": alnum(3) + "%04d" % R.randint(0, 9999), "IL": alnum(2) + " %05d" % R.randint(0, 99999),
                            "WA": alnum(3) + "%04d" % R.randint(0, 9999), "GA": alnum(3) + "%04d" % R.randint(0, 9999),
                            "AZ": alnum(3) + "%04d" % R.randint(0, 9999)}[emp["st"]])
    p.hire = dt.date(1996, 1, 1) + dt.timedelta(days=R.randint(0, 365 * 27))
    p.ip = "%d.%d.%d.%d" % (ch([73, 98, 24, 67, 174, 108, 47, 99, 172, 71]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if p.ip.startswith("172."):
        p.ip = "172.%d.%d.%d" % (R.randint(32, 120), R.randint(0, 255), R.randint(1, 254))
    p.tracker_id = str(R.randint(1000000000, 2999999999))
    p.mac = ":".join("%02X" % R.randint(0, 255) for _ in range(6))
    p.cuff_sn = "%s%07d" % (ch(["2023", "2022", "BP"]), R.randint(0, 9999999))
    p.spouse = None
    return p


PEOPLE = []
for i in range(64):
    emp = EMPLOYERS[i % len(EMPLOYERS)]
    p = make_person(emp)
    PEOPLE.append(p)
    if R.random() < 0.35:
        sx = "M" if p.sex == "F" else "F"
        r = R.random()
        if r < 0.55:
            last = p.last
        elif r < 0.8:
            last = None
        else:
            other = [x for x in ORIGINS[p.origin][1] if x != p.last and "-" not in x and " " not in x]
            last = (p.last + "-" + ch(other)) if ("-" not in p.last and " " not in p.last and other) else None
        s = make_person(emp, origin=p.origin if R.random() < 0.8 else None, sex=sx, last=last, rel="01", primary=p)
        p.spouse = s
        PEOPLE.append(s)
EMPLOYEES = [p for p in PEOPLE if p.rel == "18"]
WITH_SPOUSE = [p for p in EMPLOYEES if p.spouse]

EVENTS = []
for i, emp in enumerate(EMPLOYERS):
    for k in range(2):
        d = dt.date(2024, 2, 19) + dt.timedelta(days=R.randint(0, 21))
        EVENTS.append(dict(id="EVT-%s-%s-%02d" % (d.strftime("%y%m%d"), emp["code"], k + 1), date=d, emp=emp,
                           venue=ch(["Training Room B", "Cafeteria", "Bldg 4 Auditorium", "Gymnasium", "Main Lobby",
                                     "Warehouse Break Room"])))

COACHES = [("Kendra Whitfield, RN", "kwhitfield"), ("Daniel Osei, RD", "dosei"), ("Lucía Marroquín, CHES", "lmarroquin"),
           ("Greg Halvorsen, RN", "ghalvorsen"), ("Amara Nnadi, RDN", "annadi")]
PHYS = ["Alan Whitcomb, MD", "Beatriz Solano, MD", "Raj Patel, DO"]
OPERATORS = ["LPN07", "RN12", "MA03", "LPN22", "RN04", "PHL9"]

# --------------------------------------------------------------------------
# clock
# --------------------------------------------------------------------------
NOW = dt.datetime(2024, 3, 11, 10, 58, 3, 117000)  # UTC


def tick(lo=0.05, hi=9.0):
    global NOW
    NOW += dt.timedelta(seconds=R.uniform(lo, hi))
    return NOW


def local(offset_h=-5):
    return NOW + dt.timedelta(hours=offset_h)


def t_iso_z(ms=3):
    s = NOW.strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        s += "." + ("%06d" % NOW.microsecond)[:ms]
    return s + "Z"


def t_clef():
    return NOW.strftime("%Y-%m-%dT%H:%M:%S.") + ("%06d" % NOW.microsecond) + "0Z"


def t_serilog(off=-5):
    t = local(off)
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ("%06d" % t.microsecond)[:3] + " %+03d:00" % off


def t_epoch():
    return "%.4f" % (NOW - dt.datetime(1970, 1, 1)).total_seconds()


def t_logrus(off=-6):
    return local(off).strftime("%Y-%m-%dT%H:%M:%S") + "%+03d:00" % off


def t_gostd():
    return NOW.strftime("%Y/%m/%d %H:%M:%S")


def t_az():
    return NOW.strftime("%Y-%m-%dT%H:%M:%S.") + ("%06d" % NOW.microsecond)[:3]


def t_sqlerr():
    t = local(-5)
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ("%06d" % t.microsecond)[:2]


def t_apex():
    t = local(-5)
    return t.strftime("%H:%M:%S.") + ("%06d" % t.microsecond)[:3] + " (%d)" % R.randint(1000000, 999999999)


def t_iis():
    return NOW.strftime("%Y-%m-%d %H:%M:%S")


def t_nginx():
    return NOW.strftime("%d/%b/%Y:%H:%M:%S +0000")


# --------------------------------------------------------------------------
# value rendering helpers for persons
# --------------------------------------------------------------------------
def name_full(p, style=None):
    style = style or ch(["fl", "fl", "lf", "LF", "fml", "il", "FL", "lower"])
    f, l = p.first, p.last
    if style == "fl":
        return f + " " + l
    if style == "fml":
        return (f + " " + p.mi + ". " + l) if p.mi else (f + " " + l)
    if style == "lf":
        return l + ", " + f
    if style == "LF":
        return fold(l).upper() + ", " + fold(f).upper()
    if style == "FL":
        return fold(f).upper() + " " + fold(l).upper()
    if style == "il":
        return f[0] + ". " + l
    if style == "lower":
        return fold(f).lower() + " " + fold(l).lower()
    if style == "nick":
        return (p.nick or f) + " " + l
    raise ValueError(style)


def zip_fmt(z, dash=True):
    if len(z) == 9 and dash:
        return z[:5] + "-" + z[5:]
    return z


def tname(p):
    return "Sr." if p.sex == "M" else "Sra."


def mr(p):
    return "Mr." if p.sex == "M" else ch(["Ms.", "Mrs."])


def person(pred=None, pool=None):
    pool = pool or PEOPLE
    c = [p for p in pool if pred is None or pred(p)]
    return ch(c)


def jpeg_b64(n=240):
    head = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    body = bytes(R.randint(0, 255) for _ in range(n))
    return base64.b64encode(head + body + b"\xff\xd9").decode()


def fmr_b64(n=180):
    head = b"FMR\x00 20\x00\x00\x00\x01\x2a\x00\x00\x01\x3c\x01\x62\x00\xc5\x00\xc5\x01\x00\x00\x00"
    body = bytes(R.randint(0, 255) for _ in range(n))
    return base64.b64encode(head + body).decode()


def trace():
    return hexs(32)


def span_id():
    return hexs(16)


# --------------------------------------------------------------------------
# family generators (each returns a list of Line)
# --------------------------------------------------------------------------
NS_SCREEN = "CoreVital.Screening.Api"
STATE = {"lifetime": 0}


def dn(level, cat, evid, msg_parts):
    return [L("dotnet-console", "%s: %s[%d]" % (level, cat, evid)),
            L("dotnet-console", "      ", msg_parts)]


def g_dotnet_noise():
    tick()
    k = R.randint(0, 6)
    if k == 0 and STATE["lifetime"] >= 2:
        k = R.randint(1, 6)
    if k == 0 and STATE["lifetime"] < 2:
        STATE["lifetime"] += 1
        return [L("dotnet-console", "info: Microsoft.Hosting.Lifetime[14]"),
                L("dotnet-console", "      Now listening on: http://[::]:8080"),
                L("dotnet-console", "info: Microsoft.Hosting.Lifetime[0]"),
                L("dotnet-console", "      Application started. Press Ctrl+C to shut down."),
                L("dotnet-console", "info: Microsoft.Hosting.Lifetime[0]"),
                L("dotnet-console", "      Hosting environment: Production"),
                L("dotnet-console", "info: Microsoft.Hosting.Lifetime[0]"),
                L("dotnet-console", "      Content root path: /app")]
    if k == 1:
        ms = R.uniform(20, 900)
        return dn("info", "System.Net.Http.HttpClient.SalesforceClient.LogicalHandler", 100,
                  "Start processing HTTP request POST https://corevital.my.salesforce.com/services/data/v59.0/composite/sobjects") + \
            dn("info", "System.Net.Http.HttpClient.SalesforceClient.ClientHandler", 101,
               "Received HTTP response headers after %.4fms - 200" % ms)
    if k == 2:
        return dn("info", "Microsoft.EntityFrameworkCore.Database.Command", 20101,
                  "Executed DbCommand (%dms) [Parameters=[@__eventId_0='?' (Size = 32)], CommandType='Text', CommandTimeout='30']" % R.randint(2, 90)) + \
            [L("dotnet-console", "      SELECT [s].[ResultId], [s].[ParticipantId], [s].[TotalCholesterol], [s].[Hdl], [s].[Glucose], [s].[A1c] FROM [dbo].[ScreeningResult] AS [s] WHERE [s].[EventId] = @__eventId_0")]
    if k == 3:
        return dn("warn", "Microsoft.AspNetCore.DataProtection.Repositories.EphemeralXmlRepository", 60,
                  "Using an in-memory repository. Keys will not be persisted to storage.")
    if k == 4:
        ev = ch(EVENTS)
        return dn("info", NS_SCREEN + ".Services.EventRosterService", 1200,
                  "Roster loaded for %s (%s, %s): %d registered, %d walk-in slots, %d analyzers online"
                  % (ev["id"], ev["emp"]["name"], ev["venue"], R.randint(40, 260), R.randint(0, 30), R.randint(2, 6)))
    if k == 5:
        return dn("fail", "Microsoft.AspNetCore.Server.Kestrel", 13,
                  'Connection id "0HN1%s", Request id "0HN1%s:0000000%d": An unhandled exception was thrown by the application.'
                  % (alnum(8), alnum(8), R.randint(1, 9))) + \
            [L("dotnet-console", "      System.TimeoutException: The operation has timed out after 00:00:30 waiting for analyzer bridge ldx-bridge-%02d." % R.randint(1, 12)),
             L("dotnet-console", "         at CoreVital.Screening.Ingest.AnalyzerBridgeClient.PullAsync(String bridgeId, CancellationToken ct) in /src/Screening.Ingest/AnalyzerBridgeClient.cs:line %d" % R.randint(40, 300))]
    return dn("info", NS_SCREEN + ".HealthChecks", 0, "Health check sqlserver completed with status Healthy in %.1fms; blobstore Healthy; servicebus Degraded (lag %ds)" % (R.uniform(1, 40), R.randint(2, 90)))


def g_dotnet_phi(k=None):
    tick()
    p = person()
    ev = ch([e for e in EVENTS if e["emp"] is p.emp] or EVENTS)
    k = R.randint(0, 5) if k is None else k
    if k == 0:
        return dn("fail", NS_SCREEN.replace("Api", "Ingest") + ".LdxResultMatcher", 3001,
                  ["No participant match for LDX record %04d (Patient ID '" % R.randint(1, 400), P("mrn", p.pid),
                   "', entered name '", P("name", name_full(p, "LF")), "', DOB ", P("date", fd(p.dob, "us")),
                   ") at event ", ev["id"]])
    if k == 1:
        return [L("dotnet-console", "info: Microsoft.EntityFrameworkCore.Database.Command[20101]"),
            L("dotnet-console", "      Executed DbCommand (%dms) [Parameters=[@p0='" % R.randint(3, 40),
              P("date", fd(p.dob, "efdt")), "' (Nullable = true) (DbType = DateTime2), @p1='", P("email", p.email),
              "' (Nullable = false) (Size = 256), @p2='", P("name", p.last), "' (Nullable = false) (Size = 100), @p3='",
              P("phone", fphone(p.phone, "raw")), "' (Size = 20), @p4='", P("mrn", p.pid),
              "' (Nullable = false) (Size = 12)], CommandType='Text', CommandTimeout='30']"),
            L("dotnet-console", "      SET IMPLICIT_TRANSACTIONS OFF; SET NOCOUNT ON; UPDATE [dbo].[Participant] SET [BirthDate] = @p0, [Email] = @p1, [LastName] = @p2, [MobilePhone] = @p3 OUTPUT 1 WHERE [ParticipantId] = @p4;")]
    if k == 2:
        return dn("warn", NS_SCREEN + ".Controllers.CheckInController", 2104,
                  ["Walk-in at ", ev["id"], " without eligibility: ", P("name", name_full(p, "fl")), " DOB ",
                   P("date", fd(p.dob, "us_nz")), " employee id ", P("other_id", p.empid),
                   " - ID verified by %s (%s DL " % (ch(OPERATORS), p.emp["st"]), P("license", p.dl), ")"])
    if k == 3:
        return dn("info", NS_SCREEN + ".Services.ResultsService", 1410,
                  ["Result set finalized ResultId=%d ParticipantId=" % R.randint(100000, 999999), P("mrn", p.pid),
                   " CollectedOn=", P("date", fd(ev["date"], "dotnet")), " Fasting=%s TC=%d HDL=%d GLU=%d A1c=%.1f BP=%d/%d"
                   % (ch(["True", "False"]), R.randint(120, 290), R.randint(25, 90), R.randint(70, 210), R.uniform(4.6, 9.8),
                      R.randint(100, 170), R.randint(60, 105))])
    if k == 4:
        s = p.spouse or person(lambda q: q.rel == "01")
        pr = s.primary
        return dn("warn", NS_SCREEN + ".Services.SpouseEligibilityService", 1533,
                  ["Spouse ", P("name", name_full(s, "fl")), " (", P("mrn", s.pid), ") linked to employee ",
                   P("other_id", pr.empid), " but 834 relationship code is 19 - spouse incentive ($%d) held for review" % ch([50, 75, 100])])
    return dn("fail", NS_SCREEN + ".Letters.MailMergeJob", 4002,
              ["USPS address validation failed for ", P("mrn", p.pid), ": '", P("address", p.street), ", ",
               P("address", p.city), ", %s " % p.emp["st"], P("zip", zip_fmt(p.zip)), "' (DPV=N, footnote AA M1)"])


def g_serilog_noise():
    tick()
    k = R.randint(0, 5)
    ts = t_serilog(ch([-5, -6]))
    if k == 0:
        return [L("serilog-text", ts, " [INF] HTTP POST /api/hra/submissions responded 202 in %.4f ms" % R.uniform(8, 400))]
    if k == 1:
        return [L("serilog-text", ts, " [WRN] Service Bus lock lost for message %s on hra-submissions (delivery count %d); abandoning" % (hexs(32), R.randint(2, 9)))]
    if k == 2:
        return [L("serilog-text", ts, " [ERR] Failed to render HRA report PDF for submission %s" % uid()),
                L("serilog-text", "System.IO.IOException: The process cannot access the file '/tmp/hra-%s.pdf' because it is being used by another process." % hexs(8)),
                L("serilog-text", "   at System.IO.FileSystem.CopyFile(String sourceFullPath, String destFullPath, Boolean overwrite)"),
                L("serilog-text", "   at CoreVital.Hra.Reports.PdfReportWriter.WriteAsync(HraReport report, CancellationToken ct) in /src/Hra.Reports/PdfReportWriter.cs:line %d" % R.randint(50, 200))]
    if k == 4:
        return [L("serilog-text", ts, " [INF] Inbound fax FX-%s from %s CSID '%s' routed to provider-forms queue (no participant match; sender is clinic)" % (
            alnum(10), ch(["+17135550188", "+13125550166", "+14805550131"]), ch(["MEMORIAL HERMANN FM", "ADVOCATE MED GRP", "BANNER PCP TEMPE"])))]
    if k == 3:
        return [L("serilog-text", ts, " [INF] Scoring rules version 2024.2.%d loaded (%d questions, %d risk domains, es-US/en-US/vi-VN)" % (R.randint(0, 9), R.randint(60, 90), R.randint(8, 14)))]
    return [L("serilog-text", ts, " [DBG] Outbox dispatcher: %d pending, oldest %ds, batch size 50" % (R.randint(0, 400), R.randint(0, 300)))]


def g_serilog_phi(k=None):
    tick()
    p = person()
    ts = t_serilog(ch([-5, -6]))
    k = R.randint(0, 4) if k is None else k
    if k == 4:
        fx = fphone(p.phone[:6] + "%04d" % R.randint(0, 9999), ch(["raw", "dash", "e164"]))
        return [L("serilog-text", ts, " [INF] Inbound fax FX-%s from " % alnum(10), P("fax", fx), " CSID '",
                  P("name", fold(p.last).upper()), " HOME' matched to ", P("mrn", p.pid),
                  " (%d pages, Physician Results Form, OCR confidence %.2f)" % (R.randint(1, 4), R.uniform(0.6, 0.99)))]
    if k == 0:
        return [L("serilog-text", ts, " [INF] HRA submission ", uid(), " accepted for participant ", P("mrn", p.pid),
                  " (locale %s, %d answers, score %d)" % ({"es": "es-US", "vi": "vi-VN"}.get(p.lang, "en-US"), R.randint(40, 82), R.randint(30, 95)))]
    if k == 1:
        return [L("serilog-text", ts, " [ERR] Confirmation e-mail to ", P("email", p.email), " failed"),
                L("serilog-text", "MailKit.Net.Smtp.SmtpCommandException: 5.1.1 <", P("email", p.email), ">: Recipient address rejected: User unknown in virtual mailbox table"),
                L("serilog-text", "   at MailKit.Net.Smtp.SmtpClient.RcptToAsync(FormatOptions options, MimeMessage message, MailboxAddress mailbox, Boolean doAsync, CancellationToken cancellationToken)"),
                L("serilog-text", "   at CoreVital.Hra.Notifications.SmtpNotifier.SendConfirmationAsync(Guid submissionId) in /src/Hra.Notifications/SmtpNotifier.cs:line 88")]
    if k == 2:
        return [L("serilog-text", ts, " [WRN] HRA answer q17_weight_lb=%d out of range for " % R.randint(480, 700), P("mrn", p.pid),
                  "; flagged for coach review (DOB ", P("date", fd(p.dob, "iso")), ")")]
    age = R.randint(90, 96)
    if R.random() < 0.5:
        return [L("serilog-text", ts, " [WRN] Age gate: participant ", P("mrn", p.pid), " reports age ", P("age", str(age)),
                  " (retiree plan); biometric screening requires physician clearance form")]
    return [L("serilog-text", ts, " [INF] HRA risk model: ageBand=90+ age=", P("age", str(age)), " sex=%s bmi=%.1f -> tier %s (submission %s)"
              % (p.sex, R.uniform(19, 38), ch(["LOW", "MODERATE", "HIGH"]), uid()))]


def g_clef():
    tick()
    p = person()
    k = R.randint(0, 4)
    base = {"@t": t_clef()}
    if k == 0:
        o = dict(base, **{"@mt": "Request finished {Protocol} {Method} {Scheme}://{Host}{PathBase}{Path}{QueryString} - {StatusCode} {ContentLength} {ContentType} {ElapsedMilliseconds}ms",
                          "ElapsedMilliseconds": round(R.uniform(2, 600), 4), "StatusCode": ch([200, 202, 204, 400, 404]),
                          "ContentType": None, "ContentLength": 0, "Protocol": "HTTP/1.1", "Method": "GET", "Scheme": "https",
                          "Host": "hra.corevital-wellness.com", "PathBase": "", "Path": "/health/ready", "QueryString": "",
                          "EventId": {"Id": 2, "Name": "RequestFinished"}, "SourceContext": "Microsoft.AspNetCore.Hosting.Diagnostics",
                          "RequestId": "0HN1%s:00000002" % alnum(8), "RequestPath": "/health/ready", "ConnectionId": "0HN1" + alnum(8)})
        return [L("serilog-clef", J(o))]
    if k == 1:
        o = dict(base, **{"@mt": "Points credit skipped: {Reason} for {ParticipantId}", "@l": "Warning",
                          "Reason": "DuplicateActivity", "ParticipantId": P("mrn", p.pid), "ActivityCode": "HRA_COMPLETE",
                          "SourceContext": "CoreVital.Incentives.Rules.ActivityEvaluator", "TraceId": trace(), "SpanId": span_id()})
        return [L("serilog-clef", J(o))]
    if k == 2:
        ev = ch(EVENTS)
        body = T(["Dear ", mr(p), " ", P("name", p.last), ",\n\nThank you for participating in the ", ev["emp"]["name"],
                  " biometric screening on ", P("date", fd(ev["date"], "long")),
                  ". Your results are enclosed. Your total cholesterol (%d mg/dL) is above the recommended range. Please share this letter with your physician.\n\nSincerely,\n%s\nMedical Director, CoreVital Wellness"
                  % (R.randint(241, 299), PHYS[0])])
        o = dict(base, **{"@mt": "Letter {LetterId} rendered for {ParticipantId} ({Pages} pages)", "LetterId": "LTR-2024-%09d" % R.randint(0, 10 ** 9),
                          "ParticipantId": P("mrn", p.pid), "Pages": 2, "Template": "results_en_v7", "LetterText": body,
                          "SourceContext": "CoreVital.Letters.ResultsLetterRenderer"})
        return [L("serilog-clef", J(o))]
    if k == 3:
        o = dict(base, **{"@mt": "Eligibility match for {FirstName} {LastName} returned {Count} candidates", "@l": "Warning",
                          "FirstName": P("name", p.first), "LastName": P("name", p.last), "Count": R.randint(2, 4),
                          "BirthDate": P("date", fd(p.dob, "isot")), "EmployerCode": p.emp["code"],
                          "SourceContext": "CoreVital.Eligibility.Matching.FuzzyMatcher"})
        return [L("serilog-clef", J(o))]
    o = dict(base, **{"@mt": "Outbound {Channel} queued {MessageId}", "Channel": "sms", "MessageId": "SM" + hexs(32),
                      "SourceContext": "CoreVital.Notifications.Dispatcher", "@l": "Debug", "Template": "screening_reminder_es"})
    return [L("serilog-clef", J(o))]


def g_zap(k=None):
    tick()
    p = person()
    k = R.randint(0, 6) if k is None else k
    base = {"level": "info", "ts": float(t_epoch())}
    if k == 0:
        o = dict(base, caller="fitbit/client.go:%d" % R.randint(100, 300), msg="rate limited by upstream",
                 level="warn", status=429, retry_after_s=R.randint(60, 3600), queue_depth=R.randint(100, 5000))
        return [L("go-zap", J(o))]
    if k == 1:
        o = dict(base, caller="sync/worker.go:%d" % R.randint(50, 200), msg="batch complete", worker=R.randint(0, 15),
                 users=R.randint(50, 500), days_written=R.randint(300, 3000), dur=str(R.randint(2, 90)) + "." + str(R.randint(100, 999)) + "s",
                 build="wearable-sync@1.18.%d+%s" % (R.randint(0, 9), hexs(7)))
        return [L("go-zap", J(o))]
    if k == 2:
        d2 = dt.date(2024, 3, 10)
        d1 = d2 - dt.timedelta(days=6)
        o = dict(base, logger="fitbit", caller="sync/steps.go:%d" % R.randint(60, 140), msg="steps synced",
                 participant_id=P("mrn", p.pid), fitbit_user=P("other_id", p.fitbit), **{"from": P("date", fd(d1, "iso"))},
                 to=P("date", fd(d2, "iso")), days=7, steps_total=R.randint(9000, 110000), trace_id=trace())
        return [L("go-zap", J(o))]
    if k == 3:
        o = dict(base, logger="fitbit", caller="sync/devices.go:%d" % R.randint(30, 90), msg="device list",
                 fitbit_user=P("other_id", p.fitbit),
                 devices=[{"type": "TRACKER", "deviceVersion": ch(["Charge 6", "Inspire 3", "Versa 4"]), "id": P("device", p.tracker_id),
                           "mac": P("device", p.mac.replace(":", "")), "batteryLevel": R.randint(5, 100),
                           "lastSyncTime": NOW.strftime("%Y-%m-%dT%H:%M:%S.000")}])
        return [L("go-zap", J(o))]
    if k == 4:
        o = dict(base, level="error", caller="sync/token.go:%d" % R.randint(40, 80), msg="token refresh failed",
                 fitbit_user=P("other_id", p.fitbit), error="oauth2: \"invalid_grant\" \"Refresh token invalid: %s\"" % hexs(12),
                 participant_id=P("mrn", p.pid), action="mark_disconnected")
        return [L("go-zap", J(o))]
    if k == 5:
        o = dict(base, logger="apple", caller="applehealth/import.go:%d" % R.randint(100, 400), msg="export parsed",
                 participant_id=P("mrn", p.pid), records=R.randint(20000, 900000), step_days=R.randint(30, 365),
                 skipped_types=["HKCategoryTypeIdentifierSleepAnalysis", "HKQuantityTypeIdentifierHeadphoneAudioExposure"],
                 blob="apple-exports/%s.zip" % uid())
        return [L("go-zap", J(o))]
    o = dict(base, level="debug", caller="http/server.go:%d" % R.randint(20, 60), msg="GET /readyz", status=200,
             latency_ms=round(R.uniform(0.1, 3), 3), remote="10.244.%d.%d:%d" % (R.randint(0, 9), R.randint(2, 250), R.randint(30000, 60000)))
    return [L("go-zap", J(o))]


def g_fitbit_http():
    tick()
    p = person()
    k = R.randint(0, 2)
    d = dt.date(2024, 3, 10) - dt.timedelta(days=R.randint(0, 5))
    if k == 0:
        return [L("go-stdlog", t_gostd(), " fitbit: GET https://api.fitbit.com/1/user/", P("other_id", p.fitbit),
                  "/activities/steps/date/", P("date", fd(d, "iso")), "/7d.json -> 200 (%dms)" % R.randint(80, 900))]
    if k == 1:
        return [L("go-stdlog", t_gostd(), " fitbit: GET https://api.fitbit.com/1/user/-/profile.json -> 401 expired_token (user ",
                  P("other_id", p.fitbit), ")")]
    return [L("go-stdlog", t_gostd(), " fitbit: subscription notification collectionType=activities date=",
              P("date", fd(d, "iso")), " ownerId=", P("other_id", p.fitbit), " subscriptionId=", P("mrn", p.pid))]


def g_apple_xml():
    tick()
    p = person(lambda q: q.nick or len(q.first) < 9)
    nm = p.nick or p.first
    out = [L("apple-health-xml", '<?xml version="1.0" encoding="UTF-8"?>'),
           L("apple-health-xml", '<HealthData locale="%s">' % ("es_US" if p.lang == "es" else "en_US")),
           L("apple-health-xml", ' <ExportDate value="2024-03-10 21:30:55 -0600"/>'),
           L("apple-health-xml", ' <Me HKCharacteristicTypeIdentifierDateOfBirth="', P("date", fd(p.dob, "iso")),
             '" HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSex%s" HKCharacteristicTypeIdentifierBloodType="HKBloodTypeNotSet" HKCharacteristicTypeIdentifierFitzpatrickSkinType="HKFitzpatrickSkinTypeNotSet" HKCharacteristicTypeIdentifierCardioFitnessMedicationsUse="None"/>'
             % ("Female" if p.sex == "F" else "Male"))]
    for _ in range(R.randint(1, 2)):
        day = dt.date(2024, 3, R.randint(3, 10))
        h, m = R.randint(6, 21), R.randint(0, 50)
        st = "%s %02d:%02d:%02d -0600" % (fd(day, "iso"), h, m, R.randint(0, 59))
        en = "%s %02d:%02d:%02d -0600" % (fd(day, "iso"), h, m + R.randint(3, 9), R.randint(0, 59))
        watch = R.random() < 0.6
        out.append(L("apple-health-xml", ' <Record type="HKQuantityTypeIdentifierStepCount" sourceName="', P("name", nm),
                     "’s %s\" sourceVersion=\"%s\" device=\"&lt;&lt;HKDevice: 0x%s&gt;, name:%s, manufacturer:Apple Inc., model:%s, hardware:%s, software:%s&gt;\" unit=\"count\" creationDate=\""
                     % ("Apple Watch" if watch else "iPhone", "10.3" if watch else "17.3.1", hexs(9), "Apple Watch" if watch else "iPhone",
                        "Watch" if watch else "iPhone", "Watch6,2" if watch else "iPhone14,5", "10.3" if watch else "17.3.1"),
                     P("date", en), '" startDate="', P("date", st), '" endDate="', P("date", en), '" value="%d"/>' % R.randint(12, 1900)))
    return out


def g_logrus():
    tick()
    p = person()
    ts = t_logrus(ch([-6, -5, -7]))
    k = R.randint(0, 6)
    club = ch(["AF-04120", "PF-33817", "YMCA-0071", "LAF-2291"])
    if k == 0:
        return [L("go-logrus", KV([("time", ts), ("level", "info"), ("msg", "checkin accepted"), ("club", club),
                                    ("member_barcode", P("other_id", p.gym)), ("participant", P("mrn", p.pid)),
                                    ("visits_mtd", R.randint(1, 22)), ("source", "webhook")]))]
    if k == 1:
        return [L("go-logrus", KV([("time", ts), ("level", "warning"), ("msg", "checkin rejected: no eligibility match"),
                                    ("club", club), ("first_name", P("name", fold(p.first).upper())),
                                    ("last_name", P("name", fold(p.last).upper())), ("dob", P("date", fd(p.dob, ch(["mdy", "dmon", "iso"])))),
                                    ("zip", P("zip", p.zip[:5]))]))]
    if k == 2:
        pa, pf = ch([("anytime", "af"), ("planetfit", "pf"), ("ymca-gh", "ymca")])
        return [L("go-logrus", KV([("time", ts), ("level", "info"), ("msg", "roster export uploaded"), ("partner", pa),
                                    ("rows", R.randint(300, 9000)), ("sftp_path", "/outbound/%s_roster_%s.csv" % (pf, NOW.strftime("%Y%m%d"))),
                                    ("sha256", hexs(64))]))]
    if k == 3:
        return [L("go-logrus", KV([("time", ts), ("level", "error"), ("msg", "webhook signature mismatch"),
                                    ("club", club), ("remote", "52.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))),
                                    ("err", "hmac: expected sha256=%s" % hexs(16))]))]
    if k == 4:
        return [L("go-logrus", KV([("time", ts), ("level", "debug"), ("msg", "poll partner API"), ("partner", "tivity"),
                                    ("page", R.randint(1, 40)), ("status", 200), ("elapsed", "%dms" % R.randint(40, 2000))]))]
    if k == 5:
        return [L("go-logrus", KV([("time", ts), ("level", "info"), ("msg", T(["monthly visit incentive earned by ", P("name", name_full(p, "fl"))])),
                                    ("member_barcode", P("other_id", p.gym)), ("visits", R.randint(12, 20)), ("points", 100)]))]
    return [L("go-logrus", KV([("time", ts), ("level", "info"), ("msg", "gym-checkin-gateway starting"), ("version", "v2.7.%d" % R.randint(0, 14)),
                                ("commit", hexs(7)), ("listen", ":8443"), ("partners", 4)]))]


GYMS = {"TX": ["Anytime Fitness - Katy Fwy", "YMCA Greater Houston - Weekley", "Planet Fitness Pasadena"],
        "IL": ["LA Fitness Cicero", "Planet Fitness Berwyn", "YMCA McCormick Tribune"],
        "WA": ["Planet Fitness Tacoma S 38th", "YMCA Longview", "Anytime Fitness Kelso"],
        "GA": ["LA Fitness Marietta", "Anytime Fitness Forest Park", "YMCA Andrew & Walter Young"],
        "AZ": ["Anytime Fitness Mesa Dobson", "Planet Fitness Tempe", "LA Fitness Phoenix McDowell"]}


def g_gym_webhook(k=None):
    tick()
    p = person()
    o = {"eventType": "member.checkin", "eventId": uid(), "clubNumber": "%05d" % R.randint(100, 40000),
         "facilityName": ch(GYMS[p.emp["st"]]),
         "memberBarcode": P("other_id", p.gym),
         "firstName": P("name", p.first), "lastName": P("name", p.last),
         "checkinTimestamp": P("date", (local(-6)).strftime("%Y-%m-%dT%H:%M:%S") + "-06:00"),
         "membershipType": ch(["Corporate", "Corporate+Spouse"]),
         "photo": T(["data:image/jpeg;base64,", P("photo", jpeg_b64(R.randint(90, 160)))]) if (k or R.random() < 0.6) else None}
    return [L("gym-webhook", J(o))]


def g_gostd_incent():
    tick()
    p = person()
    k = R.randint(0, 6)
    if k == 0:
        return [L("go-stdlog", t_gostd(), " ledger: credit %d pts acct=" % ch([50, 100, 150, 250, 500]), P("account", p.rw),
                  " reason=%s ref=%s balance=%d" % (ch(["BIOMETRIC_SCREENING_COMPLETE", "HRA_COMPLETE", "COACHING_CALL_3", "STEPS_250K_MONTH", "SPOUSE_SCREENING"]),
                                                    ch(EVENTS)["id"], R.randint(100, 3000)))]
    if k == 1:
        return [L("go-stdlog", t_gostd(), " fulfil: order RA%s-%04d-%02d placed utid=U%06d amount=%d.00 USD status=COMPLETE"
                  % (NOW.strftime("%y%m%d"), R.randint(0, 9999), R.randint(0, 99), R.randint(100000, 999999), ch([25, 50, 100])))]
    if k == 2:
        return [L("go-stdlog", t_gostd(), " fulfil: catalog refresh ok brands=%d items=%d etag=\"%s\"" % (R.randint(80, 140), R.randint(400, 900), hexs(20)))]
    if k == 3:
        return [L("go-stdlog", t_gostd(), " hsa: deposit $%d.00 to HSA acct " % ch([100, 150, 250]), P("account", p.hsa),
                  " routing 0%08d (trustee %s) batch=%s" % (R.randint(10000000, 99999999), ch(["HealthEquity", "Optum Bank", "HSA Bank"]), hexs(10)))]
    if k == 4:
        return [L("go-stdlog", t_gostd(), " ledger: quarter close Q1-2024 employer=%s participants=%d points_awarded=%d liability_usd=%.2f"
                  % (ch(EMPLOYERS)["code"], R.randint(200, 4000), R.randint(10000, 900000), R.uniform(1000, 90000)))]
    if k == 5:
        return [L("go-stdlog", t_gostd(), " http: TLS handshake error from 10.40.%d.%d:%d: EOF" % (R.randint(0, 9), R.randint(2, 250), R.randint(30000, 65000)))]
    return [L("go-stdlog", t_gostd(), " fulfil: redemption blocked, acct ", P("account", p.rw), " flagged (3 redemptions/24h, last to ",
              P("email", p.email), ")")]


def g_giftcard():
    tick()
    p = person()
    ref = "INC-%s-%05d" % (NOW.strftime("%Y%m%d"), R.randint(0, 99999))
    if R.random() < 0.5:
        o = {"accountIdentifier": "cvw-%s-2024" % p.emp["code"].lower(), "amount": ch([25, 50, 100]), "customerIdentifier": "corevital",
             "externalRefID": ref, "recipient": {"email": P("email", p.email), "firstName": P("name", p.first), "lastName": P("name", p.last)},
             "sendEmail": True, "sender": {"email": "rewards@corevital-wellness.com", "firstName": "CoreVital", "lastName": "Rewards"},
             "utid": "U%06d" % R.randint(100000, 999999), "emailSubject": "Your wellness reward" if p.lang != "es" else "Su recompensa de bienestar"}
        return [L("giftcard-api", t_gostd(), " fulfil: POST /raas/v2/orders body=", J(o))]
    card = luhn_fill(ch(["6050110", "7777", "6035710"]), 19) if R.random() < 0.5 else luhn_fill("4", 16)
    o = {"referenceOrderID": "RA%s-%04d-%02d" % (NOW.strftime("%y%m%d"), R.randint(0, 9999), R.randint(0, 99)), "externalRefID": ref,
         "status": "COMPLETE", "amountCharged": {"value": 50.0, "currencyCode": "USD", "total": 50.0},
         "reward": {"credentials": {"Card Number": P("account", card), "PIN": "%04d" % R.randint(0, 9999),
                                    "Expiration Date": "2031-%02d-28" % R.randint(1, 12)},
                    "credentialList": [{"label": "Card Number", "value": P("account", card), "type": "text"}],
                    "redemptionInstructions": "<p>Use at checkout.</p>"}}
    return [L("giftcard-api", t_gostd(), " fulfil: tango response 201 ", J(o, sep=(",", ":")))]


def g_azfunc_elig():
    tick()
    emp = ch(EMPLOYERS)
    inv = uid()
    fname = "ELIG_%s_%s.%s" % (emp["code"], NOW.strftime("%Y%m%d"), ch(["csv", "txt", "834"]))
    out = [L("azure-functions", t_az(), " [Information] Executing 'Functions.EligibilityBlobTrigger' (Reason='New blob detected(LogsAndContainerScan): eligibility-inbound/%s/%s', Id=%s)" % (emp["code"].lower(), fname, inv))]
    tick(0.1, 2)
    out.append(L("azure-functions", t_az(), " [Information] Trigger Details: MessageId: %s, DequeueCount: 1, InsertedOn: %s" % (uid(), t_iso_z(0).replace("Z", "+00:00"))))
    tick(1, 30)
    ne, ns, nd, nr = R.randint(600, 9000), R.randint(100, 2000), R.randint(0, 3000), R.randint(0, 40)
    out.append(L("azure-functions", t_az(), " [Information] Parsed %s: %d rows, %d employees, %d spouses, %d dependents, %d rejected" % (fname, ne + ns + nd + nr, ne, ns, nd, nr)))
    if R.random() < 0.5:
        p = person(lambda q: q.emp is emp)
        out.append(L("azure-functions", t_az(), " [Warning] Row %d rejected: SSN " % R.randint(2, 9000), P("ssn", p.ssn.replace("-", "")),
                     " already assigned to ", P("name", name_full(p, "LF")), " (", P("other_id", p.empid), ")"))
    tick(0.5, 4)
    out.append(L("azure-functions", t_az(), " [Information] Executed 'Functions.EligibilityBlobTrigger' (Succeeded, Id=%s, Duration=%dms)" % (inv, R.randint(1500, 90000))))
    return out


def g_azfunc_noise():
    tick()
    k = R.randint(0, 4)
    if k == 0:
        return [L("azure-functions", t_az(), " [Information] Host lock lease acquired by instance ID '%s'." % ("0" * 24 + hexs(8).upper()))]
    if k == 1:
        return [L("azure-functions", t_az(), " [Information] Host Status: {\"id\":\"cvw-elig-func-prod\",\"state\":\"Running\",\"version\":\"4.31.1.%d\",\"versionDetails\":\"4.31.1+%s\",\"platformVersion\":\"\",\"instanceId\":\"%s\",\"computerName\":\"\",\"processUptime\":%d}" % (R.randint(20000, 23000), hexs(40), hexs(40), R.randint(1000, 9000000)))]
    if k == 2:
        return [L("azure-functions", t_az(), " [Warning] The 'HraSubmissionProcessor' function is in error: Microsoft.Azure.WebJobs.Host: Error indexing method 'Functions.HraSubmissionProcessor'. Microsoft.Azure.WebJobs.ServiceBus: Value cannot be null. (Parameter 'connectionString').")]
    if k == 3:
        inv = uid()
        return [L("azure-functions", t_az(), " [Information] Executing 'Functions.NightlyPointsRollup' (Reason='Timer fired at %s', Id=%s)" % (NOW.strftime("%Y-%m-%dT%H:%M:%S.0000000+00:00"), inv)),
                L("azure-functions", t_az(), " [Information] Rollup: %d ledger rows, %d accounts touched, watermark=%d" % (R.randint(1000, 40000), R.randint(200, 8000), R.randint(10 ** 8, 10 ** 9))),
                L("azure-functions", t_az(), " [Information] Executed 'Functions.NightlyPointsRollup' (Succeeded, Id=%s, Duration=%dms)" % (inv, R.randint(500, 30000)))]
    return [L("azure-functions", t_az(), " [Error] Executed 'Functions.SalesforceSync' (Failed, Id=%s, Duration=%dms)" % (uid(), R.randint(100, 9000))),
            L("azure-functions", "Result: Failure Exception: System.Net.Http.HttpRequestException: Response status code does not indicate success: 503 (Service Unavailable).")]


def g_hra_json():
    tick()
    p = person()
    es = p.lang == "es"
    sub = uid()
    inv = uid()
    out = [L("azure-functions", t_az(), " [Information] Executing 'Functions.HraSubmissionProcessor' (Reason='New ServiceBus message detected on 'hra-submissions'.', Id=%s)" % inv)]
    comp = local(-6).strftime("%Y-%m-%dT%H:%M:%S") + "-06:00"
    if es:
        o = {"submissionId": sub, "participantId": P("mrn", p.pid), "locale": "es-US", "formVersion": "HRA-2024-ES-3",
             "completedAt": P("date", comp), "clientIp": P("ip", p.ip),
             "respondent": {"nombre": P("name", p.first), "apellidos": P("name", p.last), "fechaNacimiento": P("date", fd(p.dob, "es_short")),
                            "parentesco": "cónyuge" if p.rel == "01" else "empleado",
                            "telefono": P("phone", fphone(p.phone, ch(["one", "intl", "dash"]))), "codigoPostal": P("zip", p.zip[:5])},
             "respuestas": {"fuma": ch(["no", "sí", "dejé hace 5 años"]), "diasActividadFisica": R.randint(0, 7),
                            "porcionesFrutaVerdura": R.randint(0, 6), "nivelEstres": ch(["bajo", "moderado", "alto"]),
                            "comentarios": T(["Mi esposo ", P("name", (p.spouse or p.primary or p).first), " y yo caminamos por las tardes."]) if (p.spouse or p.primary) else "ninguno"}}
    else:
        o = {"submissionId": sub, "participantId": P("mrn", p.pid), "locale": "en-US", "formVersion": "HRA-2024-EN-3",
             "completedAt": P("date", comp), "clientIp": P("ip", p.ip),
             "demographics": {"firstName": P("name", p.first), "lastName": P("name", p.last), "dob": P("date", fd(p.dob, "us")),
                              "relationship": "SPOUSE" if p.rel == "01" else "EMPLOYEE", "insuranceMemberId": P("health_plan", p.plan + p.plan_sfx)},
             "answers": {"tobacco": ch(["never", "former", "current"]), "exerciseDaysPerWeek": R.randint(0, 7),
                         "sleepHours": R.randint(4, 9), "selfRatedHealth": ch(["excellent", "good", "fair", "poor"]),
                         "readinessToChange": ch(["precontemplation", "contemplation", "preparation", "action"])}}
    out.append(L("hra-json", J(o, sep=(", ", ": "))))
    out.append(L("azure-functions", t_az(), " [Information] Executed 'Functions.HraSubmissionProcessor' (Succeeded, Id=%s, Duration=%dms)" % (inv, R.randint(40, 2000))))
    return out


def g_stj_api():
    """ASP.NET Core request/response body logging with System.Text.Json (escapes non-ASCII)."""
    tick()
    p = person(lambda q: any(ord(c) > 127 or c in "'" for c in q.first + q.last))
    o = {"participantId": P("mrn", p.pid), "firstName": P("name", p.first), "lastName": P("name", p.last),
         "preferredLanguage": {"es": "es", "vi": "vi"}.get(p.lang, "en"), "mobilePhone": P("phone", fphone(p.phone, "e164")),
         "smsOptIn": True, "employerCode": p.emp["code"]}
    return [L("dotnet-console", "info: Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware[3]"),
            L("dotnet-console", "      ResponseBody: ", J(o, esc=stj_esc))]


def g_sql():
    tick()
    p = person()
    k = R.randint(0, 8)
    if k == 0:
        return [L("sqlserver", "Msg 2627, Level 14, State 1, Procedure dbo.usp_UpsertEligibility, Line %d [Batch Start Line 0]" % R.randint(40, 200)),
                L("sqlserver", "Violation of PRIMARY KEY constraint 'PK_Eligibility'. Cannot insert duplicate key in object 'dbo.Eligibility'. The duplicate key value is (%s, " % p.emp["code"],
                  P("other_id", p.empid), ", %s)." % p.rel)]
    if k == 1:
        rel = p.spouse or p.primary
        if rel:
            txt = ("Pt states her husband " if rel.sex == "M" else "Pt reports his wife ") if p.sex != rel.sex else "Pt states spouse "
            trunc = T([txt, P("name", rel.first), " was dx w/ T2DM last"])
        else:
            trunc = T(["Pt (", P("name", p.first), ") says her/his brother was dx w/ T2DM last"])
        return [L("sqlserver", "Msg 2628, Level 16, State 1, Procedure dbo.usp_InsertCoachingNote, Line 57 [Batch Start Line 0]"),
                L("sqlserver", "String or binary data would be truncated in table 'WellnessDb.dbo.CoachingNote', column 'Summary'. Truncated value: '", list(trunc), "'.")]
    if k == 2:
        return [L("sqlserver", t_sqlerr(), " spid%d      Transaction (Process ID %d) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction." % (R.randint(51, 120), R.randint(51, 120)))]
    if k == 3:
        return [L("sqlserver", t_sqlerr(), " Logon       Login failed for user 'svc_sfsync'. Reason: Password did not match that for the login provided. [CLIENT: 10.40.%d.%d]" % (R.randint(0, 9), R.randint(2, 250)))]
    if k == 4:
        return [L("sqlserver", t_sqlerr(), " Backup      Database backed up. Database: WellnessDb, creation date(time): 2021/06/14(09:12:44), pages dumped: %d, first LSN: %d:%d:%d, last LSN: %d:%d:%d, number of dump devices: 1, device information: (FILE=1, TYPE=URL: {'https://cvwsqlbak.blob.core.windows.net/backups/WellnessDb_%s.bak'})."
                  % (R.randint(10 ** 6, 3 * 10 ** 6), R.randint(1000, 9000), R.randint(100, 9000), R.randint(1, 300), R.randint(1000, 9000), R.randint(100, 9000), R.randint(1, 300), NOW.strftime("%Y%m%d_%H%M")))]
    if k == 5:
        return [L("sqlserver", "Msg 241, Level 16, State 1, Procedure dbo.usp_StageEligibilityRow, Line 33 [Batch Start Line 0]"),
                L("sqlserver", "Conversion failed when converting date and/or time from character string.")]
    if k == 6:
        return [L("sqlserver", "Msg 547, Level 16, State 0, Procedure dbo.usp_InsertScreeningResult, Line 91 [Batch Start Line 0]"),
                L("sqlserver", 'The INSERT statement conflicted with the FOREIGN KEY constraint "FK_ScreeningResult_Participant". The conflict occurred in database "WellnessDb", table "dbo.Participant", column \'ParticipantId\'.')]
    if k == 7:
        return [L("sqlserver", t_sqlerr(), " spid%ds     SQL Server has encountered %d occurrence(s) of I/O requests taking longer than 15 seconds to complete on file [F:\\Data\\WellnessDb.mdf] in database id 7." % (R.randint(10, 40), R.randint(1, 9)))]
    return [L("sqlserver", "Msg 50001, Level 16, State 1, Procedure dbo.usp_MergeParticipant, Line 140 [Batch Start Line 0]"),
            L("sqlserver", "Merge aborted: participant ", P("mrn", p.pid), " and candidate share SSN but DOB differs (",
              P("date", fd(p.dob, "iso")), " vs ", P("date", fd(p.dob + dt.timedelta(days=ch([1, -1, 31, 365])), "iso")), ").")]


def g_ldx():
    tick()
    ev = ch(EVENTS)
    out = []
    if R.random() < 0.35:
        out.append(L("ldx-csv", "Date,Time,Test #,Patient ID,Operator ID,Cassette,Lot #,TC,HDL,TRG,LDL,nonHDL,TC/HDL,GLU,Flags"))
    for _ in range(R.randint(1, 3)):
        tm = "%02d:%02d" % (R.randint(6, 13), R.randint(0, 59))
        r = R.random()
        if r < 0.2:
            out.append(L("ldx-csv", "%s,%s,%04d,QC-L%d,%s,Optics Check,,,,,,,,,PASS" % (fd(ev["date"], "us"), tm, R.randint(1, 400), R.randint(1, 2), ch(OPERATORS))))
            continue
        p = person(lambda q: q.emp is ev["emp"])
        tc, hdl, trg = R.randint(100, 320), R.randint(15, 95), R.randint(45, 650)
        ldl = "" if trg > 400 else str(max(tc - hdl - trg // 5, 40))
        flags = ">TRG" if trg > 400 else ("<HDL" if hdl < 20 else "")
        pid_part = P("mrn", p.pid) if r < 0.8 else P("name", fold(p.last).upper() + " " + fold(p.first)[0])
        out.append(L("ldx-csv", P("date", fd(ev["date"], "us")), ",%s,%04d," % (tm, R.randint(1, 400)), pid_part,
                     ",%s,Lipid Profile GLU,%d,%d,%s,%s,%s,%d,%.1f,%d,%s" % (ch(OPERATORS), R.randint(80000, 89999), tc,
                                                                             "<15" if hdl < 20 else hdl, ">650" if trg > 640 else trg, ldl, tc - hdl, tc / max(hdl, 15), R.randint(65, 240), flags)))
    return out


def g_afinion():
    tick()
    ev = ch(EVENTS)
    p = person(lambda q: q.emp is ev["emp"])
    if R.random() < 0.25:
        return [L("a1c-export", "AS100;SN AS%07d;%s;%02d:%02d:%02d;CONTROL C%d;%.1f %%;IN RANGE;OP:%s;LOT:%d"
                  % (R.randint(0, 9999999), fd(ev["date"], "iso"), R.randint(6, 9), R.randint(0, 59), R.randint(0, 59), R.randint(1, 2), R.uniform(5, 10), ch(OPERATORS), R.randint(10000000, 19999999)))]
    a1c = R.uniform(4.6, 11.2)
    return [L("a1c-export", "AS100;SN AS%07d;" % R.randint(0, 9999999), P("date", fd(ev["date"], "iso")),
              ";%02d:%02d:%02d;HbA1c;%.1f %%;%d mmol/mol;ID:" % (R.randint(6, 13), R.randint(0, 59), R.randint(0, 59), a1c, round((a1c - 2.15) * 10.929)),
              P("mrn", p.pid), ";OP:%s;LOT:%d" % (ch(OPERATORS), R.randint(10000000, 19999999)))]


def g_kiosk(k=None):
    tick()
    k = R.randint(0, 4) if k is None else k
    ks = "PSK-7C-%05d" % R.randint(100, 2000)
    if k == 0:
        return [L("kiosk-syslog", "<134>1 %s %s bpkiosk %d CUFF - cuff inflation to %d mmHg, deflate rate %.1f mmHg/s, leak test ok" % (t_iso_z(), ks, R.randint(1000, 9000), R.randint(160, 200), R.uniform(2.5, 4.5)))]
    if k == 1:
        return [L("kiosk-syslog", "<131>1 %s %s bpkiosk %d NET - uplink lost (wlan0), buffering readings: %d queued" % (t_iso_z(), ks, R.randint(1000, 9000), R.randint(1, 60)))]
    p = person()
    o = {"kioskSerial": ks, "fw": "4.12.%d" % R.randint(0, 9), "ts": t_iso_z(0), "event": "BP_READING",
         "memberCardId": P("other_id", p.card), "systolic": R.randint(98, 178), "diastolic": R.randint(58, 110),
         "pulse": R.randint(52, 110), "cuffSize": ch(["M", "L", "XL"]), "readingSeq": R.randint(1, 3)}
    if k == 3:
        o["auth"] = {"method": "fingerprint", "fpTemplate": P("biometric", fmr_b64(R.randint(60, 120))), "matchScore": R.randint(40, 99)}
    if k == 4:
        o = {"kioskSerial": ks, "ts": t_iso_z(0), "event": "LOGIN_FAIL", "reason": "card_not_enrolled", "memberCardId": P("other_id", p.card),
             "typedDob": P("date", fd(p.dob, "mdy")), "attempt": R.randint(1, 3)}
    return [L("kiosk-json", J(o))]


CSV_HDR = "EmployerCode,EmployeeID,RelCode,LastName,FirstName,MI,DOB,Gender,SSN,Address1,City,State,Zip,HomePhone,Email,MedicalPlan,MemberID,CoverageStart,Language,RejectCode,RejectReason"


def g_elig_csv():
    tick()
    out = []
    if R.random() < 0.4:
        out.append(L("elig-csv", CSV_HDR))
    for _ in range(R.randint(1, 2)):
        p = person()
        e = p.emp
        rc, rr = ch([("E104", "ZIP does not match state"), ("E201", "Invalid DOB"), ("E311", "Duplicate SSN"),
                     ("E118", "Missing email for SMS opt-in"), ("E402", "Spouse without employee record")])
        email = "" if rc == "E118" else p.email
        street = p.street if "," not in p.street else p.street.replace(",", "")
        parts = [e["code"], ",", P("other_id", p.empid), ",%s," % p.rel, P("name", fold(p.last).upper()), ",",
                 P("name", fold(p.first).upper()), ",%s," % p.mi, P("date", fd(p.dob, "us")), ",%s," % p.sex,
                 P("ssn", p.ssn.replace("-", "") if R.random() < 0.6 else p.ssn), ",", P("address", street.upper()), ",",
                 P("address", p.city.upper()), ",%s," % e["st"], P("zip", p.zip), ",", P("phone", fphone(p.phone, ch(["raw", "dash", "paren"]))) if R.random() < 0.8 else "",
                 ",", P("email", email) if email else "", ",%s," % e["plan"].replace(" ", "_").upper(), P("health_plan", p.plan),
                 ",", P("date", fd(dt.date(2024, 1, 1), "us")), ",%s,%s,%s" % ("SPA" if p.lang == "es" else "ENG", rc, rr)]
        out.append(L("elig-csv", parts))
    return out


def fw(p_or_s, width, cat=None):
    s = str(p_or_s)[:width]
    pad = " " * (width - len(s))
    return [P(cat, s), pad] if (cat and s) else [s + pad]


def g_elig_fixed():
    tick()
    p = person()
    rec = ["D"] + fw(p.empid, 10, "other_id") + [p.rel] + fw(fold(p.last).upper(), 20, "name") + fw(fold(p.first).upper(), 15, "name") + \
        [p.mi or " "] + [P("date", fd(p.dob, "ymd")), p.sex, P("ssn", p.ssn.replace("-", ""))] + \
        fw(fold(p.street).upper(), 30, "address") + fw(fold(p.city).upper(), 20, "address") + [p.emp["st"]] + \
        [P("zip", p.zip), " " * (9 - len(p.zip)), P("phone", p.phone), "%-6s" % p.emp["code"][:6], P("date", fd(dt.date(2024, 1, 1), "ymd")), "A"]
    n = R.randint(100, 9000)
    reason = ch(["ZIP_STATE_MISMATCH", "DOB_FUTURE", "REL_CODE_INVALID", "DUP_EMPLOYEE_ID"])
    return [L("elig-fixed", "ELIG-FW %s rec#%d len=%d reject=%s raw=|" % (p.emp["code"], n, 150, reason), rec, "|")]


def g_elig_fixed_noise():
    tick()
    emp = ch(EMPLOYERS)
    k = R.randint(0, 2)
    if k == 0:
        return [L("elig-fixed", "ELIG-FW %s header ok: H%s%s%08d  layout=CVW-FW-150 v3" % (emp["code"], emp["code"].ljust(6), NOW.strftime("%Y%m%d"), R.randint(1, 99999)))]
    if k == 1:
        return [L("elig-fixed", "ELIG-FW %s trailer: T%09d%09d  (expected %d detail records, got %d)" % (emp["code"], R.randint(100, 9000), R.randint(100, 9000), R.randint(100, 9000), R.randint(100, 9000)))]
    return [L("elig-fixed", "ELIG-FW %s summary added=%d changed=%d termed=%d rejected=%d elapsed=%.1fs" % (emp["code"], R.randint(0, 200), R.randint(0, 800), R.randint(0, 90), R.randint(0, 12), R.uniform(0.5, 40)))]


def g_834():
    tick()
    emp = ch(EMPLOYERS)
    ctl = R.randint(1000, 999999)
    out = [L("x12-834", "ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%09d*0*P*:~" % (emp["code"] + "HR", "COREVITAL", NOW.strftime("%y%m%d"), NOW.strftime("%H%M"), ctl)),
           L("x12-834", "GS*BE*%sHR*COREVITAL*%s*%s*%d*X*005010X220A1~" % (emp["code"], NOW.strftime("%Y%m%d"), NOW.strftime("%H%M"), ctl)),
           L("x12-834", "ST*834*0001*005010X220A1~"),
           L("x12-834", "BGN*00*%s*%s*%s****4~" % (hexs(10).upper(), NOW.strftime("%Y%m%d"), NOW.strftime("%H%M"))),
           L("x12-834", "REF*38*%s~" % emp["grp"]),
           L("x12-834", "N1*P5*%s*FI*%s~" % (emp["name"].upper(), emp["fein"])),
           L("x12-834", "N1*IN*COREVITAL WELLNESS LLC*FI*472210988~")]
    members = []
    pool = [p for p in EMPLOYEES if p.emp is emp]
    sub = ch(pool)
    members.append(sub)
    if sub.spouse and R.random() < 0.8:
        members.append(sub.spouse)
    for m in members:
        is_sub = m.rel == "18"
        out.append(L("x12-834", "INS*%s*%s*%s*XN*A*E**FT~" % ("Y" if is_sub else "N", m.rel, ch(["030", "021", "001"]))))
        out.append(L("x12-834", "REF*0F*", P("health_plan", sub.plan), "~"))
        out.append(L("x12-834", "REF*1L*%s~" % emp["grp"]))
        if is_sub:
            out.append(L("x12-834", "DTP*336*D8*", P("date", fd(m.hire, "ymd")), "~"))
        out.append(L("x12-834", "NM1*IL*1*", P("name", fold(m.last).upper()), "*", P("name", fold(m.first).upper()), "*%s***34*" % m.mi,
                     P("ssn", m.ssn.replace("-", "")), "~"))
        if is_sub:
            out.append(L("x12-834", "PER*IP**HP*", P("phone", m.phone), "*EM*", P("email", m.email.upper()), "~"))
            out.append(L("x12-834", "N3*", P("address", fold(m.street).upper()), "~"))
            out.append(L("x12-834", "N4*", P("address", fold(m.city).upper()), "*%s*" % emp["st"], P("zip", m.zip), "**CY*",
                         P("address", m.county.upper().replace(" COUNTY", "")), "~"))
        out.append(L("x12-834", "DMG*D8*", P("date", fd(m.dob, "ymd")), "*%s*%s~" % (m.sex, ch(["M", "I", "U"]))))
        if m.lang == "es":
            out.append(L("x12-834", "LUI*LE*SPA**7~"))
        out.append(L("x12-834", "HD*030**HLT*%s*%s~" % (emp["plan"].upper(), "ESP" if sub.spouse else "EMP")))
        out.append(L("x12-834", "DTP*348*D8*", P("date", fd(dt.date(2024, 1, 1), "ymd")), "~"))
    n = len(out) - 1
    out.append(L("x12-834", "SE*%d*0001~" % n))
    out.append(L("x12-834", "GE*1*%d~" % ctl))
    out.append(L("x12-834", "IEA*1*%09d~" % ctl))
    return out


def g_apex():
    tick()
    p = person()
    k = R.randint(0, 5)
    if k == 0:
        return [L("sf-apex", t_apex(), "|USER_DEBUG|[57]|DEBUG|upsert Contact Participant_Id__c=", P("mrn", p.pid), " FirstName=",
                  P("name", p.first), " LastName=", P("name", p.last), " Birthdate=", P("date", fd(p.dob, "sf")))]
    if k == 1:
        return [L("sf-apex", t_apex(), "|DML_BEGIN|[61]|Op:Upsert|Type:Contact|Rows:%d" % R.randint(1, 200))]
    if k == 2:
        return [L("sf-apex", t_apex(), "|EXCEPTION_THROWN|[61]|System.DmlException: Upsert failed. First exception on row %d; first error: DUPLICATE_VALUE, duplicate value found: Employee_Id__c duplicates value on record with id: " % R.randint(0, 199),
                  P("other_id", p.sfid), ": []")]
    if k == 3:
        return [L("sf-apex", t_apex(), "|LIMIT_USAGE_FOR_NS|(default)|"),
                L("sf-apex", "  Number of SOQL queries: %d out of 100" % R.randint(1, 60)),
                L("sf-apex", "  Number of query rows: %d out of 50000" % R.randint(10, 9000)),
                L("sf-apex", "  Maximum CPU time: %d out of 10000" % R.randint(50, 9000))]
    if k == 4:
        cn = "%08d" % R.randint(30000, 99999)
        return [L("sf-apex", t_apex(), "|USER_DEBUG|[112]|INFO|Case ", P("other_id", cn), " created: Subject='",
                  ch(["Gift card not received", "Wrong results mailed", "Spouse incentive missing", "Cambio de dirección"]),
                  "' ContactId=", P("other_id", p.sfid), " SuppliedEmail=", P("email", p.email), " SuppliedPhone=",
                  P("phone", fphone(p.phone, "paren")))]
    if k == 5:
        return [L("sf-apex", t_apex(), "|CODE_UNIT_STARTED|[EXTERNAL]|01p5e000000%s|ScreeningResultTrigger on Screening_Result__c trigger event AfterInsert" % alnum(4))]
    ev = ch(EVENTS)
    return [L("sf-apex", t_apex(), "|USER_DEBUG|[203]|DEBUG|Event_Registration__c ", ev["id"], " parking validation: plate ",
              P("vehicle", p.plate), " (%s) for " % p.emp["st"], P("name", name_full(p, "fl")), " slot %s-%d" % (ch(["A", "B", "C"]), R.randint(1, 40)))]


def g_sf_rest():
    tick()
    p = person()
    if R.random() < 0.5:
        o = [{"message": "Required fields are missing: [Employer__c]", "errorCode": "REQUIRED_FIELD_MISSING", "fields": ["Employer__c"]}]
        return [L("sf-rest", t_serilog(-5), " [ERR] Salesforce composite upsert failed (400): ", J(o))]
    o = [{"message": "duplicate value found: Participant_Id__c duplicates value on record with id: " + "\u0001", "errorCode": "DUPLICATE_VALUE", "fields": []}]
    parts = J(o)
    # splice the contact id into the message
    fixed = []
    for x in parts:
        if isinstance(x, str) and "\\u0001" in x:
            a, b = x.split("\\u0001")
            fixed.extend([a, P("other_id", p.sfid), b])
        else:
            fixed.append(x)
    return [L("sf-rest", t_serilog(-5), " [ERR] Salesforce upsert Contact ", P("mrn", p.pid), " failed (400): ", fixed)]


def g_sf_bulk():
    tick()
    out = []
    if R.random() < 0.5:
        out.append(L("sf-bulk-csv", '"sf__Id","sf__Created","Participant_Id__c","FirstName","LastName","Email","Birthdate","MailingPostalCode","Preferred_Language__c"'))
    for _ in range(R.randint(1, 2)):
        p = person()
        out.append(L("sf-bulk-csv", '"', P("other_id", p.sfid), '","%s","' % ch(["true", "false"]), P("mrn", p.pid), '","', P("name", p.first), '","',
                     P("name", p.last), '","', P("email", p.email), '","', P("date", fd(p.dob, "sf")), '","', P("zip", p.zip[:5]), '","%s"' % ("Spanish" if p.lang == "es" else "English")))
    return out


def g_sf_bulk_noise():
    tick()
    return [L("sf-bulk-csv", '"sf__Id","sf__Error","Participant_Id__c"'),
            L("sf-bulk-csv", '"","UNABLE_TO_LOCK_ROW:unable to obtain exclusive access to this record or %d records: %s:--","' % (R.randint(1, 5), sf_id("a0B5e00000")) + '"')]


def g_letter_lines():
    """Results letter body as written to the mail-merge log, one physical line each."""
    tick()
    p = person()
    ev = ch([e for e in EVENTS if e["emp"] is p.emp])
    es = p.lang == "es"
    lid = "LTR-2024-%09d" % R.randint(0, 10 ** 9)
    pre = "%s letters[%d]: %s | " % (t_iso_z(), R.randint(100, 999), lid)
    out = [L("results-letter", pre, "template=%s pages=2 mailclass=FIRST duplex=true" % ("results_es_v7" if es else "results_en_v7"))]
    nm = name_full(p, "fml")
    out.append(L("results-letter", pre, P("name", fold(nm).upper())))
    out.append(L("results-letter", pre, P("address", fold(p.street).upper())))
    out.append(L("results-letter", pre, P("address", fold(p.city).upper()), " %s  " % p.emp["st"], P("zip", zip_fmt(p.zip))))
    if es:
        out.append(L("results-letter", pre, "Estimado/a ", tname(p), " ", P("name", p.last), ":"))
        out.append(L("results-letter", pre, "Gracias por participar en la evaluación biométrica del ", P("date", fd(ev["date"], "es")),
                     ". Su presión arterial (%d/%d) está por encima del rango recomendado." % (R.randint(140, 170), R.randint(90, 105))))
        out.append(L("results-letter", pre, "Le recomendamos compartir esta carta con su médico. Preguntas: 1-866-555-0142 (lunes a viernes)."))
    else:
        out.append(L("results-letter", pre, "Dear ", mr(p), " ", P("name", p.last), ","))
        out.append(L("results-letter", pre, "Thank you for taking part in the screening on ", P("date", fd(ev["date"], "us")),
                     ". Your A1c result (%.1f%%) is in the %s range." % ((lambda a: (a, "prediabetes" if a < 6.5 else "diabetes"))(R.uniform(5.7, 9.5)))))
        out.append(L("results-letter", pre, "Please share this letter with your physician. Questions: 1-866-555-0142, Mon-Fri 8am-6pm CT."))
    out.append(L("results-letter", pre, "%s, Medical Director | fax 713-555-0177" % ch(PHYS)))
    return out


def g_letter_noise():
    tick()
    lid = "LTR-2024-%09d" % R.randint(0, 10 ** 9)
    nes, nen = R.randint(5, 400), R.randint(40, 2500)
    return [L("results-letter", "%s letters[%d]: batch %s queued %d letters (%d es, %d en), printer=%s, presort=%s"
              % (t_iso_z(), R.randint(100, 999), NOW.strftime("%Y%m%d") + "-%02d" % R.randint(1, 9), nes + nen, nes, nen,
                 ch(["xerox-nuv-02", "ricoh-c9200"]), ch(["5-digit", "3-digit", "AADC"]))),
            L("results-letter", "%s letters[%d]: %s | rendered in %dms, sha1=%s" % (t_iso_z(), R.randint(100, 999), lid, R.randint(80, 2000), hexs(40)))]


def g_coach_note():
    tick()
    p = person()
    coach, cu = ch(COACHES)
    d = dt.date(2024, 3, R.randint(1, 11))
    cn = "CN-%06d" % R.randint(0, 999999)
    es = p.lang == "es"
    s = p.spouse or p.primary
    ella = p.sex == "F"
    if es:
        k = R.randint(0, 2)
        if k == 0:
            note = [ch(["Llamada de seguimiento con ", "Primera llamada con "]), tname(p), " ", P("name", p.last),
                    ". Reporta caminar %d min diarios; A1c en la evaluación del " % ch([10, 20, 30]),
                    P("date", fd(ch(EVENTS)["date"], "es_short")), " fue %.1f. " % R.uniform(5.7, 8.9)]
            if s:
                note += ["Su ", "esposo " if s.sex == "M" else "esposa ", P("name", s.first), " también quiere inscribirse. "]
            note += ["Prefiere llamadas al ", P("phone", fphone(p.phone, ch(["space", "dash"]))), " después de las 6pm."]
        elif k == 1:
            note = ["Pte. ", P("name", name_full(p, "nick" if p.nick else "fl")), " dice que su ",
                    "médico le cambió la metformina. Cita con su doctor el ", P("date", fd(d + dt.timedelta(days=R.randint(5, 30)), "es")),
                    ". Interesada" if ella else ". Interesado", " en el reto de pasos; no tiene Fitbit, usa el celular."]
        else:
            note = ["Sin contestar, dejé mensaje en buzón (", P("phone", fphone(p.phone, "paren")), "). ",
                    "Enviar carta de resultados en español a ", P("address", p.street), ", ", P("address", p.city), ". Caso ",
                    P("other_id", "CC-%07d" % R.randint(0, 9999999)), "."]
    else:
        k = R.randint(0, 5)
        if k == 0:
            note = ["Spoke w/ participant (", mr(p), " ", P("name", p.last), "), ",
                    "BP %d/%d at screening, started lisinopril per PCP. " % (R.randint(140, 165), R.randint(88, 100))]
            if s:
                note += ["Spouse ", P("name", name_full(s, ch(["fl", "il"]))), " attending next event. "]
            note += ["Best # ", P("phone", fphone(p.phone, "dot")), ". Next call ", P("date", fd(d + dt.timedelta(days=14), "us_short")), "."]
        elif k == 1:
            age = R.randint(90, 97)
            rel = ch(["mother", "father", "grandmother", "aunt"])
            note = [P("name", p.first), " is caregiver for %s %s (" % ("her" if ella else "his", rel), P("age", str(age)),
                    ") who moved in last month; stress high, sleep ~%dh. " % R.randint(4, 6)]
            ec = s or None
            if ec:
                note += ["Emergency contact: ", P("name", name_full(ec, "fl")), " ", P("phone", fphone(ec.phone, "dash")), ". "]
            note += ["Sibling (%d) helps on weekends." % R.randint(55, 80)]
        elif k == 2:
            note = ["Pt requested RAS form for BMI goal; will fax from home fax ",
                    P("fax", fphone(p.phone[:6] + "%04d" % R.randint(0, 9999), ch(["paren", "dash"]))),
                    ". PCP office fax (713) 555-0188 on file. Mailed BP cuff SN ", P("device", p.cuff_sn), " to ",
                    P("address", p.street), ", ", P("address", p.city), " ", P("zip", zip_fmt(p.zip)), "."]
        elif k == 3:
            note = ["No answer x2, LVM. Texted via portal. Participant ", P("mrn", p.pid),
                    " has %d/4 calls complete; incentive deadline 3/31." % R.randint(0, 3)]
        elif k == 4:
            note = ["Goal review: %s. Down %d lb since " % (ch(["walk 8k steps 5d/wk", "cut soda to 1/day", "meal prep Sundays"]), R.randint(2, 14)),
                    P("date", fd(d - dt.timedelta(days=R.randint(20, 60)), "us_nz")), ". ", P("name", p.first),
                    " asked if ", "her" if ella else "his", " %s can use the spouse coaching slot. " % ("husband" if ella else "wife"),
                    "Told to register at portal w/ employee ID ", P("other_id", p.empid), "."]
        else:
            note = ["Tobacco cessation wk %d. %s reports %d cig/day (was %d). NRT patch 14mg. Quitline referral sent; DOB verified " % (
                R.randint(2, 8), "She" if ella else "He", R.randint(0, 6), R.randint(8, 20)), P("date", fd(p.dob, "us")), "."]
    if R.random() < 0.5:
        # CSV export row from coaching platform
        return [L("coaching-csv", '%s,' % cn, P("mrn", p.pid), ',%s,' % cu, P("date", fd(d, "iso")), ',%d,"' % R.randint(4, 45),
                  map_parts(note, lambda s_: s_.replace('"', '""')), '"')]
    return [L("coaching-kv", "%s coaching-svc note.saved " % t_iso_z(), KV([("note_id", cn), ("case", P("other_id", "CC-%07d" % R.randint(0, 9999999))),
                                                                            ("coach", coach), ("call_dt", P("date", fd(d, "iso"))),
                                                                            ("lang", "es" if es else "en"), ("text", T(note))]))]


def g_coach_noise():
    tick()
    coach, cu = ch(COACHES)
    k = R.randint(0, 2)
    if k == 0:
        return [L("coaching-kv", "%s coaching-svc schedule.built " % t_iso_z(), KV([("coach", coach), ("slots", R.randint(8, 24)), ("booked", R.randint(0, 20)),
                                                                                   ("tz", ch(["America/Chicago", "America/Phoenix", "America/New_York"])), ("email", cu + "@corevital-wellness.com")]))]
    if k == 1:
        return [L("coaching-csv", "note_id,participant_id,coach,call_date,duration_min,note")]
    return [L("coaching-kv", "%s coaching-svc dialer.stats " % t_iso_z(), KV([("queue", "outbound-es"), ("agents", R.randint(2, 9)), ("abandon_rate", "%.3f" % R.uniform(0, 0.2)),
                                                                             ("asa_s", R.randint(5, 90)), ("trunk", "sip:cvw-pbx-01:5061")]))]


IIS_FIELDS = "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken"
UAS = ["Mozilla/5.0+(iPhone;+CPU+iPhone+OS+17_3_1+like+Mac+OS+X)+AppleWebKit/605.1.15+(KHTML,+like+Gecko)+Version/17.3+Mobile/15E148+Safari/604.1",
       "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.0.0+Safari/537.36+Edg/122.0.0.0",
       "Mozilla/5.0+(Linux;+Android+14;+SM-A546U)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/121.0.6167.178+Mobile+Safari/537.36"]


def g_iis():
    tick()
    out = []
    if R.random() < 0.2:
        out += [L("iis-w3c", "#Software: Microsoft Internet Information Services 10.0"), L("iis-w3c", "#Version: 1.0"),
                L("iis-w3c", "#Date: %s" % NOW.strftime("%Y-%m-%d %H:%M:%S")), L("iis-w3c", IIS_FIELDS)]
    for _ in range(R.randint(1, 2)):
        tick(0.1, 3)
        if R.random() < 0.4:
            out.append(L("iis-w3c", "%s 10.20.4.%d GET /health - 443 - 10.20.0.%d - - 200 0 0 %d" % (t_iis(), R.randint(10, 30), R.randint(4, 9), R.randint(0, 5))))
            continue
        p = person()
        user = P("other_id", p.user) if R.random() < 0.6 else "-"
        path = ch(["/portal/api/participants/%s/results", "/portal/api/participants/%s/letters/latest", "/portal/api/participants/%s/points"])
        a, b = path.split("%s")
        out.append(L("iis-w3c", "%s 10.20.4.%d GET %s" % (t_iis(), R.randint(10, 30), a), P("mrn", p.pid), b,
                     " format=%s 443 " % ch(["json", "pdf"]), user, " ", P("ip", p.ip), " %s https://portal.corevital-wellness.com/%s %d 0 0 %d"
                     % (ch(UAS), ch(["dashboard", "es/inicio", "rewards"]), ch([200, 200, 200, 304, 401]), R.randint(20, 900))))
    return out


def g_sendgrid():
    tick()
    p = person()
    ev = ch(["delivered", "open", "bounce", "dropped", "click"])
    o = {"email": P("email", p.email), "timestamp": int(float(t_epoch())), "smtp-id": "<%s@ismtpd0%d.sendgrid.net>" % (hexs(16), R.randint(1, 9)),
         "event": ev, "category": [ch(["results_letter", "hra_reminder", "reward_issued"])], "sg_event_id": base64.urlsafe_b64encode(bytes(R.randint(0, 255) for _ in range(16))).decode().rstrip("="),
         "sg_message_id": hexs(22) + ".filterdrecv-%s-%s-1-%s-%d.0" % (hexs(10), hexs(5), hexs(8).upper(), R.randint(1, 99)),
         "participant_id": P("mrn", p.pid)}
    if ev == "bounce":
        o["reason"] = "550 5.1.1 The email account that you tried to reach does not exist."
        o["status"] = "5.1.1"
    return [L("sendgrid-webhook", t_gostd(), " notify: sendgrid event ", J([o]))]


def g_twilio():
    tick()
    p = person()
    if R.random() < 0.5:
        return [L("twilio-callback", '%s - - [%s] "POST /hooks/twilio/status HTTP/1.1" 204 0 body="SmsSid=SM%s&SmsStatus=%s&MessageStatus=%s&To=' % ("10.244.%d.%d" % (R.randint(0, 9), R.randint(2, 250)), t_nginx(), hexs(32), "delivered", "delivered"),
                  P("phone", "%2B1" + p.phone), '&MessageSid=SM%s&AccountSid=AC%s&From=%%2B18885550123&ApiVersion=2010-04-01"' % (hexs(32), hexs(32)))]
    es = p.lang == "es"
    ev = ch([e for e in EVENTS if e["emp"] is p.emp])
    body = T(["Hola ", P("name", p.nick or p.first), ", su cita de evaluación biométrica es el ", P("date", fd(ev["date"], "es")),
              " a las %d:%02d en %s. Responda ALTO para cancelar." % (R.randint(7, 11), ch([0, 15, 30, 45]), ev["venue"])]) if es else \
        T(["Hi ", P("name", p.nick or p.first), ", reminder: your screening is ", P("date", fd(ev["date"], "us_short")),
           " at %d:%02d AM (%s). Fast 9-12 hrs. Reply STOP to opt out." % (R.randint(7, 11), ch([0, 15, 30, 45]), ev["venue"])])
    return [L("twilio-callback", t_gostd(), " notify: twilio create message ", KV([("to", P("phone", fphone(p.phone, "e164"))), ("from", "+18885550123"),
                                                                                   ("messaging_service", "MG" + hexs(32)), ("body", body)]))]


def g_nginx():
    tick()
    path = ch(["/healthz", "/readyz", "/metrics", "/api/v1/events/%s/roster" % ch(EVENTS)["id"], "/api/v1/kiosks/heartbeat"])
    st = 200 if "events" not in path else ch([200, 200, 403])
    return [L("ingress-nginx", '10.244.%d.%d - - [%s] "GET %s HTTP/1.1" %d %d "-" "%s" %d %.3f [prod-screening-api-8080] [] 10.244.%d.%d:8080 %d %.3f %d %s'
              % (R.randint(0, 9), R.randint(2, 250), t_nginx(), path, st, R.randint(2, 9000), ch(["kube-probe/1.28", "Prometheus/2.49.1", "Go-http-client/2.0"]),
                 R.randint(80, 600), R.uniform(0, 0.3), R.randint(0, 9), R.randint(2, 250), R.randint(2, 9000), R.uniform(0, 0.3), st, hexs(32)))]


def g_metrics():
    tick()
    k = R.randint(0, 2)
    if k == 0:
        return [L("prom-text", 'screening_results_ingested_total{analyzer="ldx",event="%s",status="matched"} %d' % (ch(EVENTS)["id"], R.randint(10, 400))),
                L("prom-text", 'screening_results_ingested_total{analyzer="ldx",event="%s",status="unmatched"} %d' % (ch(EVENTS)["id"], R.randint(0, 12)))]
    if k == 1:
        return [L("prom-text", 'wearable_sync_lag_seconds_bucket{provider="fitbit",le="%d"} %d' % (ch([60, 300, 900, 3600]), R.randint(100, 90000)))]
    return [L("prom-text", '# HELP gym_checkins_total Check-ins received from partner clubs.'),
            L("prom-text", '# TYPE gym_checkins_total counter'),
            L("prom-text", 'gym_checkins_total{partner="%s"} %d' % (ch(["anytime", "planetfit", "ymca", "lafitness"]), R.randint(1000, 500000)))]


def g_config():
    tick()
    k = R.randint(0, 2)
    if k == 0:
        return [L("dotnet-console", "info: CoreVital.Shared.Configuration[0]"),
                L("dotnet-console", "      Effective config: Eligibility:MaxRejectPct=2.5; Eligibility:MatchThreshold=0.92; Letters:Printer=xerox-nuv-02; Support:Phone=1-866-555-0142; Support:Email=support@corevital-wellness.com; Build=2024.03.%d.%d" % (R.randint(1, 11), R.randint(100, 999)))]
    if k == 1:
        return [L("go-stdlog", t_gostd(), " config: loaded /etc/cvw/incentives.yaml sha256=%s employers=5 max_reward_usd=600 tango_env=prod" % hexs(64))]
    emp = ch(EMPLOYERS)
    return [L("serilog-text", t_serilog(-5), " [INF] Employer %s (%s) program year 2024: HR contact %s <%s@%s>, onsite at %s, group %s" % (emp["code"], emp["name"], emp["hr"], fold(emp["hr"].split()[0][0] + emp["hr"].split()[-1]).lower(), emp["dom"], emp["hq"], emp["grp"]))]


def g_strava():
    tick()
    p = person()
    ath = str(R.randint(3000000, 139999999))
    if R.random() < 0.6:
        o = {"level": "info", "ts": float(t_epoch()), "logger": "strava", "caller": "strava/oauth.go:%d" % R.randint(60, 160),
             "msg": "athlete linked", "participant_id": P("mrn", p.pid), "athlete_id": P("other_id", int(ath)),
             "profile": P("url", "https://www.strava.com/athletes/" + ath), "scopes": "read,activity:read"}
        return [L("go-zap", J(o))]
    return [L("go-stdlog", t_gostd(), " strava: webhook aspect_type=create object_type=activity object_id=%d owner_id=" % R.randint(10 ** 9, 10 ** 10),
              P("other_id", ath), " (", P("url", "strava.com/athletes/" + ath), ") -> steps estimate %d" % R.randint(1000, 20000))]


def g_parking():
    tick()
    p = person()
    ev = ch([e for e in EVENTS if e["emp"] is p.emp])
    if R.random() < 0.5:
        return [L("sf-apex", t_apex(), "|USER_DEBUG|[203]|DEBUG|Event_Registration__c ", ev["id"], " parking validation: plate ",
                  P("vehicle", p.plate), " (%s) for " % p.emp["st"], P("name", name_full(p, ch(["fl", "lf"]))), " slot %s-%d" % (ch(["A", "B", "C"]), R.randint(1, 40)))]
    return [L("serilog-text", t_serilog(-6), " [INF] Visitor parking pass issued for ", P("name", name_full(p, "il")), " plate=",
              p.emp["st"] + " ", P("vehicle", p.plate), " event=%s venue=\"%s\" pass=VP-%05d" % (ev["id"], ev["venue"], R.randint(0, 99999)))]


def g_misc_noise():
    tick()
    ev = ch(EVENTS)
    emp = ch(EMPLOYERS)
    T_ = [
        lambda: L("sqlserver", t_sqlerr(), " spid%ds     CHECKDB for database 'WellnessDb' finished without errors on %s 02:00:03.233 (local time). This is an informational message only; no user action is required." % (R.randint(20, 60), fd(NOW.date() - dt.timedelta(days=1), "iso"))),
        lambda: L("sqlserver", t_sqlerr(), " spid%ds     Starting up database 'WellnessDb_Staging'." % R.randint(10, 40)),
        lambda: L("sqlserver", t_sqlerr(), " Server      Always On: The availability replica manager is waiting for the instance of SQL Server to allow client connections."),
        lambda: L("sf-apex", t_apex(), "|SOQL_EXECUTE_BEGIN|[34]|Aggregations:0|SELECT Id, Participant_Id__c, Employer__c FROM Contact WHERE Employer__c = :tmpVar1 AND Screening_Status__c = 'Scheduled'"),
        lambda: L("sf-apex", t_apex(), "|SOQL_EXECUTE_END|[34]|Rows:%d" % R.randint(0, 400)),
        lambda: L("sf-apex", "59.0 APEX_CODE,FINEST;APEX_PROFILING,INFO;CALLOUT,INFO;DB,INFO;NBA,INFO;SYSTEM,DEBUG;VALIDATION,INFO;VISUALFORCE,INFO;WAVE,INFO;WORKFLOW,INFO"),
        lambda: L("kiosk-syslog", "<133>1 %s PSK-7C-%05d bpkiosk %d CAL - calibration due %s, last verified %s by field tech FT-%03d" % (t_iso_z(), R.randint(100, 2000), R.randint(1000, 9000), "2024-0%d-01" % R.randint(4, 9), "2023-%02d-15" % R.randint(4, 12), R.randint(1, 80))),
        lambda: L("kiosk-syslog", "<132>1 %s PSK-7C-%05d printer %d PAPER - receipt paper low (%d%%)" % (t_iso_z(), R.randint(100, 2000), R.randint(1000, 9000), R.randint(3, 15))),
        lambda: L("ldx-bridge", "%s ldx-bridge-%02d INFO SN 0A%04d connected COM3 9600 8N1; cassette lot %d exp %s; optics %s" % (t_iso_z(), R.randint(1, 12), R.randint(1000, 9999), R.randint(80000, 89999), "2024-%02d-30" % R.randint(6, 11), ch(["PASS", "PASS", "RECHECK"]))),
        lambda: L("ldx-bridge", "%s ldx-bridge-%02d WARN cassette temp %.1fC outside 20-28C window, event %s" % (t_iso_z(), R.randint(1, 12), R.uniform(14, 33), ev["id"])),
        lambda: L("azure-functions", t_az(), " [Information] Host started (%dms)" % R.randint(300, 4000)),
        lambda: L("azure-functions", t_az(), " [Information] Job host started"),
        lambda: L("azure-functions", t_az(), " [Information] Worker process started and initialized."),
        lambda: L("azure-functions", t_az(), " [Warning] Function 'LegacyGymCsvImport' is disabled (AzureWebJobs.LegacyGymCsvImport.Disabled=true)."),
        lambda: L("go-zap", J({"level": "warn", "ts": float(t_epoch()), "caller": "resilience/breaker.go:77", "msg": "circuit breaker open", "target": "api.fitbit.com:443", "failures": R.randint(5, 20), "cooldown": "30s"})),
        lambda: L("go-zap", J({"level": "info", "ts": float(t_epoch()), "caller": "cache/warm.go:41", "msg": "cache warmed", "keys": R.randint(1000, 90000), "hit_ratio": round(R.uniform(0.6, 0.99), 3)})),
        lambda: L("go-logrus", KV([("time", t_logrus()), ("level", "info"), ("msg", "partner config reloaded"), ("partner", "anytime"), ("endpoint", "https://api.anytimefitness.com/v2/corporate/checkins"), ("timeout", "15s")])),
        lambda: L("serilog-text", t_serilog(-5), " [INF] Onsite event %s scheduled at %s (%s), contact %s, %d slots/15 min" % (ev["id"], ev["emp"]["hq"], ev["venue"], ev["emp"]["hr"], R.randint(4, 10))),
        lambda: L("serilog-text", t_serilog(-5), " [INF] Order CV-ORD-%07d shipped: %d LDX cassettes, %d Afinion cartridges to %s, tracking 1Z%s" % (R.randint(0, 10 ** 7), R.randint(50, 600), R.randint(50, 400), ev["emp"]["hq"], alnum(16, "0123456789ABCDEFGHJKLMNPRSTUVWXY"))),
        lambda: L("dotnet-console", "      Request starting HTTP/2 POST https://screening.corevital-wellness.com/api/events/%s/results application/json %d" % (ev["id"], R.randint(200, 9000))),
        lambda: L("go-stdlog", t_gostd(), " build: incentive-svc v3.%d.%d (go1.22.1, commit %s, built 2024-03-0%dT18:22:10Z)" % (R.randint(0, 9), R.randint(0, 30), hexs(12), R.randint(1, 9))),
        lambda: L("iis-w3c", "%s 10.20.4.%d POST /portal/api/auth/token - 443 - 10.20.0.%d okhttp/4.12.0 - 429 0 0 %d" % (t_iis(), R.randint(10, 30), R.randint(4, 9), R.randint(1, 20))),
        lambda: L("x12-834", "TA1*%09d*%s*%s*A*000~" % (R.randint(1000, 999999), NOW.strftime("%y%m%d"), NOW.strftime("%H%M"))),
        lambda: L("elig-csv", "# file=ELIG_%s_%s.csv rows=%d delimiter=, encoding=windows-1252 sha1=%s" % (emp["code"], NOW.strftime("%Y%m%d"), R.randint(100, 12000), hexs(40))),
    ]
    return [ch(T_)()]

# --------------------------------------------------------------------------
GENS_PHI = [
    (g_dotnet_phi, 7), (g_serilog_phi, 5), (g_fitbit_http, 3), (g_gym_webhook, 3), (g_giftcard, 3), (g_afinion, 3),
    (g_elig_csv, 3), (g_elig_fixed, 3), (g_sf_bulk, 2), (g_letter_lines, 0.8), (g_coach_note, 8), (g_sendgrid, 3),
    (g_twilio, 4), (g_strava, 2), (g_parking, 1.5), (g_stj_api, 2),
]
GENS_MIXED = [
    (g_clef, 6), (g_zap, 7), (g_apple_xml, 0.8), (g_logrus, 6), (g_gostd_incent, 6), (g_hra_json, 3), (g_sql, 5),
    (g_ldx, 4), (g_kiosk, 5), (g_apex, 6), (g_sf_rest, 2), (g_iis, 4), (g_azfunc_elig, 1.2),
]
GENS_NOISE = [
    (g_dotnet_noise, 4), (g_serilog_noise, 4), (g_azfunc_noise, 2.5), (g_elig_fixed_noise, 2), (g_sf_bulk_noise, 1),
    (g_letter_noise, 1.5), (g_coach_noise, 2), (g_nginx, 5), (g_metrics, 2.5), (g_config, 2), (g_misc_noise, 16),
]
TARGET_CLEAN = 0.55


FORCED = [(g_kiosk, 3), (g_kiosk, 3), (g_serilog_phi, 3), (g_serilog_phi, 4), (g_serilog_phi, 4),
          (g_dotnet_phi, 2), (g_dotnet_phi, 2), (g_parking, None), (g_834, None), (g_strava, None), (g_strava, None),
          (g_serilog_phi, 3), (g_zap, 3), (g_zap, 3), (g_gym_webhook, 1), (g_gym_webhook, 1), (g_dotnet_phi, 2), (g_apple_xml, None), (g_parking, None), (g_letter_lines, None)]


def build():
    lines = []
    forced = list(FORCED)
    slots = sorted(R.sample(range(6, 190), len(forced)))
    n = 0
    while len(lines) < N_LINES:
        if slots and n == slots[0]:
            slots.pop(0)
            g, k = forced.pop(0)
            lines.extend(g() if k is None else g(k))
        else:
            clean = sum(1 for x in lines if not x.spans)
            frac = clean / len(lines) if lines else 1.0
            pool = (GENS_PHI + GENS_MIXED) if frac > TARGET_CLEAN else (GENS_NOISE + GENS_MIXED)
            g = wchoice(pool)
            lines.extend(g())
        n += 1
    return lines[:N_LINES]


def main():
    lines = build()
    log_path = os.path.join(HERE, ID + ".log")
    lab_path = os.path.join(HERE, ID + ".labels.jsonl")
    out_lines, labels = [], []
    for i, ln in enumerate(lines, 1):
        raw = bytes(ln.b)
        text = raw.decode("utf-8")
        assert text and "\n" not in text and "\r" not in text, (i, text)
        assert text.strip(), i
        for sp, exp in zip(ln.spans, ln.expect):
            assert raw[sp["s"]:sp["e"]] == exp, (i, sp, exp)
            assert exp.strip() == exp and exp, (i, exp)
        labels.append({"line": i, "family": ln.fam, "spans": ln.spans})
        out_lines.append(text)
    with open(log_path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out_lines))
    with open(lab_path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(json.dumps(x, ensure_ascii=False) for x in labels) + "\n")
    # summary
    from collections import Counter
    cats = Counter(s["cat"] for x in labels for s in x["spans"])
    fams = Counter(x["family"] for x in labels)
    clean = sum(1 for x in labels if not x["spans"])
    print("lines", len(labels), "clean", clean, "%.1f%%" % (100.0 * clean / len(labels)))
    print("families", len(fams), dict(fams))
    print("cats", dict(sorted(cats.items())))
    for pth in (log_path, lab_path):
        print(hashlib.md5(open(pth, "rb").read()).hexdigest(), os.path.basename(pth))


if __name__ == "__main__":
    main()
