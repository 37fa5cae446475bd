#!/usr/bin/env python3
"""Synthetic labeled log corpus "or": Kindred Helix Diagnostics (KHD), a
relationship (paternity) and immigration DNA testing laboratory with
collection sites, serving courts, child-support agencies, attorneys and
private clients.  All people, numbers and addresses are invented.

Writes or.log (500 lines) and or.labels.jsonl in the current directory.
Fixed seed: two runs give byte-identical output.  Standard library only.

Systems simulated (families)
----------------------------
laravel      online order / scheduling portal (Laravel, Monolog line format,
             context + extra JSON; also SQL errors)
php_trace    PHP stack-trace frames following a Laravel error
coc_json     chain-of-custody records from the collection app (JSON; photo
             ID check, ISO 19794-2 fingerprint template, JPEG photo base64)
coc_xml      chain-of-custody XML export, one element per line
kiosk        Electron collection-site kiosk (electron-log format)
wineventlog  Windows event log of kiosks forwarded as Snare MSWinEventLog
courier      courier tracking webhooks (UPS Track Alert style JSON)
ce_run       capillary electrophoresis run log (3500xL, pipe separated)
str_csv      GeneMapper ID-X STR allele export CSV rows
lims         LIMS audit trail (Java, log4j pattern layout)
java_trace   Java exception stack frames from the LIMS
reportgen    case report PDF service (Node, pino JSON)
csa_fw       state child-support agency interface, fixed-width records
sftp         OpenSSH internal-sftp syslog for agency file transfers
corresp      USCIS / embassy case correspondence log (free text)
stripe       payment processor webhooks (Stripe event JSON)
twilio       Twilio SMS: Go notify-svc logfmt + form-encoded status callbacks
go_svc       Go microservices (zap JSON and logfmt)
haproxy      HAProxy HTTP log via syslog
cloudflare   Cloudflare HTTP request Logpush JSON
mysql_slow   MySQL slow query log lines
zendesk      support desk ticket audit JSON

Labeling decisions
------------------
* People served = alleged fathers (AF), mothers (MO), children (CH),
  guardians (GU), alleged grandparents, immigration petitioners and
  beneficiaries.  Their identifiers are PHI.  Collectors, case managers,
  analysts, directors, attorneys, judges, consular/USCIS officers, agency
  staff are staff or third parties: not PHI (names, emails, phones, bar
  numbers, staff IDs, badge numbers).
* Lab case numbers (RD24-...), court docket numbers, child-support agency
  case and member numbers, USCIS receipt numbers, A-numbers, consular case
  numbers, specimen barcodes, home-kit IDs, chain-of-custody form IDs tied
  to one participant, and CE sample names built from case + role:
  other_id.  Lab-assigned participant IDs (P-00xxxxx): mrn.
* Online order numbers (KHW-...) of a client's test and Stripe customer
  IDs (cus_...): account.  Full card numbers leaked in logs: account.
  Stripe payment intent/charge/event IDs, card brand, last4 alone: not
  PHI.  Vendor purchase orders, reagent lots, support ticket numbers,
  courier pouch (site-to-lab) tracking numbers: not PHI.  Tracking numbers
  of kits shipped to a client's home: other_id.
* Driver's licence, state ID and passport numbers from the photo ID check:
  license.  ID expiry dates: date.  Issuing state/country: not PHI.
* Dates tied to a person (DOB, collection/service date-time, appointment
  slot, court hearing, embassy interview): date, including the time part
  when written in one value.  Log-record timestamps: not PHI.
* Fingerprint templates (base64): biometric.  Face photos (base64 JPEG):
  photo.  A multi-locus STR profile written as one string: biometric;
  single-locus allele rows in the GeneMapper CSV are not labeled (only the
  sample name in them is).  Hashes (sha256 of signatures, emails): not PHI.
* Full URLs (with scheme) that carry a case/participant identifier or a
  personal results token: one url span (the identifier inside is not
  labeled separately).  Request paths without scheme/host in access logs:
  only the embedded identifier is labeled (other_id).
* Client IPs on the public order portal (HAProxy, Cloudflare, Laravel
  extra) are ip; internal 10.x addresses, health checkers, known crawlers
  and agency/government SFTP peers are not.
* Names split over fixed-width last/first fields: one name span per field.
  Invalid SSNs typed into a person's SSN field (junk) are still ssn.
  Luhn-invalid card numbers in a card-number field are still account.
* Twilio inbound FromCity (the city of the client's number) is address.
  Personal results-link tokens in a request path (/r/TOKEN): other_id;
  the same link as a full https URL: url.  S3 URIs naming a case: url.
* The photo/fingerprint base64 spans cover the base64 text only.
* Ages over 89 (an alleged grandfather) are age; other ages are not.
* Collection-site, lab, court, embassy and agency addresses and phones are
  not PHI.  Client home/mailing addresses: address (street+city in one run
  when written that way), ZIP always its own zip span.
* Mobile app push device tokens of a client: device.  Kiosk serials,
  fingerprint readers, CE instrument serials: not PHI.
"""
import base64
import json
import random
import sys
import urllib.parse
from datetime import datetime, timedelta, timezone

R = random.Random(909)


# ---------------------------------------------------------------- spans
class S:
    """A labeled piece: text as it appears in the line, category, raw value,
    escape kind used to go from raw to text."""
    __slots__ = ("text", "cat", "raw", "esc")

    def __init__(self, text, cat, raw=None, esc=None):
        self.text = text
        self.cat = cat
        self.raw = text if raw is None else raw
        self.esc = esc


def P(raw, cat):
    """Marker used inside J()/X() structures."""
    return ("__P__", raw, cat)


def isP(v):
    return isinstance(v, tuple) and len(v) == 3 and v[0] == "__P__"


class T(list):
    """A string value built from plain pieces and P() markers."""


def jesc(s, ascii_=False):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def J(obj, ascii_=False, sp=False):
    """Serialize obj to JSON as list of pieces (str / S)."""
    out = []
    cs = ", " if sp else ","
    ks = ": " if sp else ":"
    if isP(obj):
        _, raw, cat = obj
        if isinstance(raw, str):
            out += ['"', S(jesc(raw, ascii_), cat, raw, "json"), '"']
        else:
            out.append(S(json.dumps(raw), cat, json.dumps(raw)))
    elif isinstance(obj, T):
        out.append('"')
        for p in obj:
            if isP(p):
                out.append(S(jesc(p[1], ascii_), p[2], p[1], "json"))
            else:
                out.append(jesc(p, ascii_))
        out.append('"')
    elif isinstance(obj, dict):
        out.append("{")
        first = True
        for k, v in obj.items():
            if not first:
                out.append(cs)
            first = False
            out.append(json.dumps(k) + ks)
            out += J(v, ascii_, sp)
        out.append("}")
    elif isinstance(obj, list):
        out.append("[")
        for i, v in enumerate(obj):
            if i:
                out.append(cs)
            out += J(v, ascii_, sp)
        out.append("]")
    else:
        out.append(json.dumps(obj, ensure_ascii=ascii_))
    return out


def xesc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def X(raw, cat):
    return S(xesc(raw), cat, raw, "xml")


def PCT(raw, cat):
    return S(urllib.parse.quote(raw, safe=""), cat, raw, "pct")


def PLUS(raw, cat):
    return S(urllib.parse.quote_plus(raw), cat, raw, "plus")


def unesc(text, esc):
    if esc is None:
        return text
    if esc == "json":
        return json.loads('"' + text + '"')
    if esc == "xml":
        return (text.replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", '"').replace("&apos;", "'")
                .replace("&amp;", "&"))
    if esc == "pct":
        return urllib.parse.unquote(text)
    if esc == "plus":
        return urllib.parse.unquote_plus(text)
    raise ValueError(esc)


def build(pieces):
    out = bytearray()
    spans = []
    for p in pieces:
        if isinstance(p, S):
            b = p.text.encode("utf-8")
            spans.append((len(out), len(out) + len(b), p))
            out += b
        elif isinstance(p, str):
            out += p.encode("utf-8")
        else:
            raise TypeError(repr(p))
    return bytes(out), spans


# ---------------------------------------------------------------- data
FIRST_M = ["Chidi", "José Luis", "Dmitri", "Tyrone", "Mateo", "Kwame", "Reza",
           "Bao", "Joaquín", "Hunter", "Will", "Miles", "Grant", "Björn",
           "Darnell", "Rafael", "Nguyen Van Minh", "Oluwaseun", "Luis Ángel",
           "Cody", "Jamal", "Emeka", "Rodrigo", "Ahmad", "Sione", "Trevor",
           "Marquis", "Arturo", "Pavel", "DeShawn", "Brandon", "Ignacio"]
FIRST_F = ["María Guadalupe", "Aaliyah", "Priya", "Xochitl", "Siobhan",
           "Fatima", "Hana", "Ngozi", "Lakshmi", "Ayesha", "Mariana", "Zoë",
           "Faith", "Crystal", "Summer", "Brandi", "Destiny", "Angelica Mae",
           "Rosalind", "Thi Lan", "Keisha", "Amber", "Yesenia", "Chantal",
           "Precious", "Marisol", "Tiffany", "Mei", "Ebony", "Luz"]
FIRST_C = ["Jayden", "Sofía", "Liam", "Nevaeh", "Elijah", "Zuri", "Mateo",
           "Aria", "King", "Journey", "Amir", "Camila", "Legend", "Ximena",
           "Kairo", "Isabella", "Royal", "Genesis", "Noah", "Harmony"]
LAST = ["Okafor", "Garcia-Lopez", "Nguyen", "Patel", "Baker", "Rose",
        "Hunter", "Young", "Fox", "Bishop", "Dela Cruz", "De la Fuente",
        "Van der Berg", "O'Connell", "Mbeki", "Haddad", "Castillo Ruiz",
        "Begay", "Kowalczyk", "Santos", "Moreno", "Ali", "Stone", "Hill",
        "Price", "Summers", "Ng", "Abubakar", "Rahman", "Washington",
        "Jean-Baptiste", "Müller", "Ó Briain", "Tupou", "McAllister",
        "Villanueva", "Dubois", "Petrov", "Whitehorse", "Sandoval-Reyes"]
STAFF = ["Tamara Wexler", "Dana Whitfield", "Jun Park", "Marcus Ellery",
         "Renee Cho", "Felipe Arroyo", "Gretchen Vogel", "Anil Kapoor",
         "Bethany Lowe", "Oscar Delgado"]
STAFF_U = ["twexler", "dwhitfield", "jpark", "mellery", "rcho", "farroyo",
           "gvogel", "akapoor", "blowe", "odelgado"]
ATTYS = [("Sandra K. Mireles", "0071523", "smireles@mireleslawgroup.com"),
         ("Howard P. Lindqvist", "0049911", "hlindqvist@lindqvistfamilylaw.com"),
         ("Adaeze Nwosu", "0088127", "anwosu@legalaidmv.org")]
CITIES = [("Dayton", "OH", "454"), ("Columbus", "OH", "432"),
          ("Cincinnati", "OH", "452"), ("Springfield", "OH", "455"),
          ("Hamilton", "OH", "450"), ("Lexington", "KY", "405"),
          ("Covington", "KY", "410"), ("Richmond", "IN", "473"),
          ("Fort Wayne", "IN", "468"), ("Toledo", "OH", "436")]
STREETS = ["Salem Ave", "N Main St", "Linden Ave", "Hoover Ave", "Delhi Pike",
           "Brown St", "E Fifth St", "Patterson Rd", "Shroyer Rd", "Glenwood Ave",
           "Tuscarawas Trl", "Ridgeway Rd", "Cedar Ln", "Old Troy Pike",
           "W Riverview Ave", "Harshman Rd", "Kemper Rd", "Wayne Ave"]
SITES = {"S014": ("Dayton - Far Hills", "2250 Far Hills Ave Ste 110, Dayton, OH 45419"),
         "S007": ("Columbus - Morse Rd", "1870 Morse Rd, Columbus, OH 43229"),
         "S021": ("Cincinnati - Reading Rd", "7730 Reading Rd Ste 4, Cincinnati, OH 45237"),
         "S033": ("Lexington - Nicholasville", "3120 Nicholasville Rd, Lexington, KY 40503")}
COURTS = ["Montgomery County Juvenile Court", "Franklin County Court of Common Pleas, Domestic Relations",
          "Hamilton County Juvenile Court", "Fayette Family Court"]
EMBASSIES = [("MNL", "U.S. Embassy Manila"), ("SDQ", "U.S. Embassy Santo Domingo"),
             ("ABJ", "U.S. Embassy Abuja"), ("HCM", "U.S. Consulate General Ho Chi Minh City"),
             ("CDJ", "U.S. Consulate General Ciudad Juarez")]
ORG_ADDR = "4100 Sentinel Pkwy Ste 200, Columbus, OH 43219"
ORG_PHONE = "+1 614-555-0148"
LOCI = ["D3S1358", "vWA", "D16S539", "CSF1PO", "TPOX", "D8S1179", "D21S11",
        "D18S51", "D2S441", "D19S433", "TH01", "FGA", "D22S1045", "D5S818",
        "D13S317", "D7S820", "SE33", "D10S1248", "D1S1656", "D12S391",
        "D2S1338", "AMEL"]


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


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


def card(prefix="4", n=16):
    body = prefix + digits(n - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def ssn(valid=True):
    if not valid:
        return R.choice(["000-", "666-", "912-"]) + digits(2) + "-" + digits(4)
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def dl(state):
    if state == "OH":
        return R.choice("ABCDEFGHJKLMNPRST") + R.choice("ABCDEFGHJKLMNPRST") + digits(6)
    if state == "KY":
        return R.choice("ABCDEFGHJKLMNPRST") + digits(8)
    return digits(4) + "-" + digits(2) + "-" + digits(4)   # IN


def phone():
    return f"{R.choice(['937', '513', '614', '859', '765', '419'])}-555-{R.randint(100, 199):04d}"


def rdate(y0, y1):
    d = datetime(y0, 1, 1) + timedelta(days=R.randint(0, (y1 - y0) * 365))
    return d


def email_for(first, last):
    f = first.split()[0].lower().replace("í", "i").replace("ó", "o").replace("é", "e").replace("ë", "e").replace("ö", "o").replace("á", "a").replace("ü", "u")
    l = last.lower().replace(" ", "").replace("'", "").replace("-", "").replace("ü", "u").replace("ó", "o")
    return R.choice([f"{f}.{l}{R.randint(1, 99)}@gmail.com", f"{f[0]}{l}@yahoo.com",
                     f"{f}{l[:4]}{R.randint(70, 99)}@hotmail.com", f"{l}.{f}@outlook.com",
                     f"{f}_{R.randint(100, 999)}@icloud.com"])


class Person:
    def __init__(self, role, case):
        self.role = role
        if role in ("AF", "AGF", "PET"):
            self.first = R.choice(FIRST_M)
        elif role in ("MO", "GU"):
            self.first = R.choice(FIRST_F)
        else:
            self.first = R.choice(FIRST_C)
        self.last = R.choice(LAST)
        if role == "CH":
            self.dob = rdate(2012, 2024)
        elif role == "AGF":
            self.dob = rdate(1931, 1934)
        elif role == "BEN":
            self.dob = rdate(2006, 2016)
        else:
            self.dob = rdate(1975, 2003)
        city, st, z3 = R.choice(CITIES)
        self.street = f"{R.randint(12, 9890)} {R.choice(STREETS)}" + (R.choice(["", "", f" Apt {R.randint(1, 40)}", f" Unit {R.choice('ABCD')}"]))
        self.city, self.state, self.zip = city, st, z3 + digits(2)
        self.phone = phone()
        self.email = email_for(self.first, self.last)
        self.ssn = ssn(R.random() > 0.08)
        self.dl = dl(st)
        self.dl_exp = rdate(2025, 2030)
        self.pid = f"P-{R.randint(40000, 59999):07d}"
        self.specimen = f"KH24S{R.randint(1000000, 9999999)}"
        self.sex = "M" if role in ("AF", "AGF", "PET") else R.choice("MF")
        if role == "MO":
            self.sex = "F"
        self.csea_mid = "MPI" + digits(7)
        self.medicaid = digits(12)
        self.ip = f"{R.choice([73, 98, 174, 24, 68, 107, 172, 99])}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"
        self.passport = R.choice("PEGA") + digits(7) + R.choice(["", "A"])
        self.case = case

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def lf(self):
        return f"{self.last}, {self.first}"

    @property
    def addr1(self):
        return f"{self.street}, {self.city}"


class Case:
    n = 18800

    def __init__(self):
        Case.n += R.randint(3, 41)
        self.no = f"RD24-{Case.n:06d}"
        self.kind = R.choice(["LEGAL", "LEGAL", "LEGAL", "IMMIG", "PEACE"])
        self.site = R.choice(list(SITES))
        self.af = Person("AF", self)
        self.mo = Person("MO", self) if R.random() > 0.2 else Person("GU", self)
        self.ch = Person("CH", self)
        self.ch.last = R.choice([self.mo.last, self.af.last, self.mo.last + "-" + self.af.last.split()[-1]])
        self.people = [self.af, self.mo, self.ch]
        if R.random() < 0.12:
            self.agf = Person("AGF", self)
            self.people.append(self.agf)
        else:
            self.agf = None
        self.docket = f"{R.choice(['2024 JC ', '24DR', 'JC-2024-'])}{R.randint(100, 9999):04d}"
        self.csea = "710" + digits(7)
        self.court = R.choice(COURTS)
        self.order = f"KHW-2406{R.randint(1, 11):02d}-{R.randint(100, 999):04d}"
        self.cus = "cus_" + alnum(14, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        self.appt = datetime(2024, 6, R.randint(12, 28), R.choice([8, 9, 10, 11, 13, 14, 15]), R.choice([0, 15, 30, 45]))
        self.collected = None
        self.kit = f"KH24K{R.randint(100000, 999999)}"
        post, emb = R.choice(EMBASSIES)
        self.post, self.embassy = post, emb
        self.consular = f"{post}{R.choice(['2022', '2023'])}{digits(6)}"
        self.receipt = R.choice(["IOE", "MSC", "NBC", "WAC"]) + digits(10)
        self.anum = "A" + digits(9)
        self.atty = R.choice(ATTYS)
        self.token = alnum(22, "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")


CASES = [Case() for _ in range(40)]
for _c in CASES[3::9]:
    if not _c.agf:
        _c.agf = Person("AGF", _c)
        _c.people.append(_c.agf)


def case():
    return R.choice(CASES)


# ---------------------------------------------------------------- time
CLOCK = [datetime(2024, 6, 11, 9, 58, 3, 118000, tzinfo=timezone.utc)]


def tick():
    CLOCK[0] += timedelta(seconds=R.randint(1, 55), milliseconds=R.randint(0, 999))
    return CLOCK[0]


def local(t):
    return t - timedelta(hours=4)


def iso_z(t, ms=True):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (f".{t.microsecond // 1000:03d}" if ms else "") + "Z"


def iso_local(t):
    return local(t).strftime("%Y-%m-%dT%H:%M:%S") + "-04:00"


def syslog_ts(t):
    l = local(t)
    return l.strftime("%b ") + f"{l.day:2d}" + l.strftime(" %H:%M:%S")


def ds(d, fmt="%Y-%m-%d"):
    return d.strftime(fmt)


def b64_fp():
    return base64.b64encode(b"FMR\x00 20\x00\x00\x00\x01\x2c" + R.randbytes(R.choice([63, 72, 81]))).decode()


def b64_photo():
    return base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + R.randbytes(R.choice([96, 105, 120]))).decode()


def rl(t):
    return R.choice(t)


UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 Mobile Safari/537.36",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.2535.92"]
BOTS = [("66.249.66.71", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
        ("40.77.167.34", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"),
        ("185.191.171.12", "Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)")]


# ---------------------------------------------------------------- families
def f_laravel():
    t = tick()
    ts = local(t).strftime("[%Y-%m-%d %H:%M:%S] ")
    c = case()
    k = R.random()
    if k < 0.25:
        p = R.choice([c.af, c.mo])
        ctx = {"order_no": P(c.order, "account"), "test": R.choice(["legal_paternity_duo", "legal_paternity_trio", "immigration_sibship", "peace_of_mind"]),
               "site_id": c.site, "slot": P(c.appt.strftime("%Y-%m-%dT%H:%M:00-04:00"), "date"),
               "client": {"name": P(p.full, "name"), "email": P(p.email, "email"), "phone": P(p.phone, "phone")},
               "participants": len(c.people)}
        extra = {"url": "/api/v1/appointments", "ip": P(p.ip, "ip"), "http_method": "POST",
                 "server": "order.kindredhelix.com", "referrer": None, "uid": hexs(7)}
        return [("laravel", [ts, "production.INFO: Appointment scheduled "] + J(ctx) + [" "] + J(extra))]
    if k < 0.35:
        p = R.choice(c.people)
        ctx = {"exception": T(["[object] (Illuminate\\Database\\QueryException(code: 23000): SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '",
                               P(p.email, "email"), "' for key 'users_email_unique' (Connection: mysql, SQL: insert into `users` (`name`, `email`, `updated_at`, `created_at`) values (",
                               P(p.full, "name"), ", ", P(p.email, "email"), ", ", local(t).strftime("%Y-%m-%d %H:%M:%S"), ", ", local(t).strftime("%Y-%m-%d %H:%M:%S"),
                               ")) at /var/www/order/vendor/laravel/framework/src/Illuminate/Database/Connection.php:801)"])}
        lines = [("laravel", [ts, "production.ERROR: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '", S(p.email, "email"),
                              "' for key 'users_email_unique' "] + J(ctx) + [" []"])]
        frames = ["#0 /var/www/order/vendor/laravel/framework/src/Illuminate/Database/Connection.php(755): Illuminate\\Database\\Connection->runQueryCallback()",
                  "#1 /var/www/order/vendor/laravel/framework/src/Illuminate/Database/MySqlConnection.php(45): Illuminate\\Database\\Connection->run()",
                  "#2 /var/www/order/vendor/laravel/framework/src/Illuminate/Database/Query/Processors/MySqlProcessor.php(35): Illuminate\\Database\\MySqlConnection->insert()",
                  "#3 /var/www/order/app/Http/Controllers/Auth/RegisteredUserController.php(52): Illuminate\\Database\\Eloquent\\Model->save()",
                  "#4 /var/www/order/vendor/laravel/framework/src/Illuminate/Routing/Controller.php(54): App\\Http\\Controllers\\Auth\\RegisteredUserController->store()"]
        for fr in frames[:R.randint(3, 5)]:
            lines.append(("php_trace", [fr]))
        return lines
    if k < 0.45:
        ctx = {"order_no": P(c.order, "account"), "amount": R.choice([39900, 49900, 79500, 129900]),
               "pi": "pi_" + alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), "status": "requires_capture"}
        return [("laravel", [ts, "production.INFO: Checkout session completed "] + J(ctx) + [" []"])]
    if k < 0.52:
        p = R.choice([c.af, c.mo])
        ctx = {"order_no": P(c.order, "account"), "old_slot": P(c.appt.strftime("%Y-%m-%d %H:%M"), "date"),
               "new_slot": P((c.appt + timedelta(days=R.randint(1, 6))).strftime("%Y-%m-%d %H:%M"), "date"),
               "by": "client", "reason": T(["Client ", P(p.first, "name"), " called - work conflict"])}
        return [("laravel", [ts, "production.NOTICE: Appointment rescheduled "] + J(ctx) + [" []"])]
    msgs = [("production.INFO: Processing: App\\Jobs\\SendAppointmentReminder", {"job_id": uuid4(), "queue": "sms", "attempts": 1}),
            ("production.INFO: Processed:  App\\Jobs\\SendAppointmentReminder", {"job_id": uuid4(), "runtime_ms": R.randint(80, 900)}),
            ("production.DEBUG: cache hit", {"key": f"site_slots:{R.choice(list(SITES))}:2024-06-{R.randint(12, 28)}", "ttl": 300}),
            ("production.WARNING: Slot hold expired", {"hold_id": uuid4(), "site_id": R.choice(list(SITES)), "held_s": 600}),
            ("production.INFO: Coupon applied", {"code": R.choice(["SUMMER24", "LEGALAID15", "COURT10"]), "discount_cents": R.choice([1500, 6000, 3990])}),
            ("production.ERROR: cURL error 28: Operation timed out after 10001 milliseconds with 0 bytes received", {"service": "go-scheduler", "endpoint": "http://scheduler-svc.khd.svc:8080/v2/slots", "attempt": R.randint(1, 3)}),
            ("production.INFO: Horizon supervisor started", {"supervisor": "supervisor-1", "processes": 8, "php": "8.2.19", "laravel": "10.48.12"})]
    m, ctx = R.choice(msgs)
    return [("laravel", [ts, m, " "] + J(ctx) + [" []"])]


def f_coc_json():
    t = tick()
    c = case()
    p = R.choice(c.people)
    coll = local(t) - timedelta(minutes=R.randint(1, 9))
    if R.random() < 0.3:
        d = {"ts": iso_z(t), "svc": "coc-sync", "lvl": "info", "msg": "batch uploaded", "site": c.site,
             "forms": R.randint(2, 14), "pouch": f"PCH-{c.site}-{R.randint(1000, 9999)}", "sha256": hexs(64)}
        return [("coc_json", J(d))]
    idt = R.choice(["DL", "DL", "STATE_ID", "PASSPORT"])
    idc = {"type": idt, "issuer": p.state if idt != "PASSPORT" else R.choice(["USA", "MEX", "PHL", "NGA"]),
           "number": P(p.dl if idt != "PASSPORT" else p.passport, "license"),
           "exp": P(ds(p.dl_exp), "date"), "match": R.choice(["visual_ok", "visual_ok", "visual_ok_glasses"])}
    if p.role == "CH" and c.ch.dob.year > 2008:
        idc = {"type": "NONE_MINOR", "vouched_by": "MO" if c.mo.role == "MO" else "GU"}
    d = {"ts": iso_z(t), "svc": "coc-app", "lvl": "info", "form": f"COC-{c.site}-2406-{R.randint(100, 999):05d}",
         "case": P(c.no, "other_id"), "role": p.role,
         "donor": {"nm": P(p.lf, "name"), "dob": P(ds(p.dob, "%m/%d/%Y"), "date"), "sex": p.sex},
         "id_check": idc,
         "specimen": {"barcode": P(p.specimen, "other_id"), "type": "buccal", "swabs": 4},
         "collected": P(coll.strftime("%Y-%m-%dT%H:%M:00-04:00"), "date"),
         "collector": {"id": f"C-{R.randint(2000, 2400)}", "name": R.choice(STAFF)}}
    if R.random() < 0.7:
        d["fp"] = {"finger": R.choice(["R_INDEX", "L_INDEX", "R_THUMB"]), "fmt": "ISO19794-2:2005", "nfiq": R.randint(1, 3), "tpl": P(b64_fp(), "biometric")}
    if R.random() < 0.5:
        d["photo"] = {"mime": "image/jpeg", "w": 480, "h": 640, "b64": P(b64_photo(), "photo"), "truncated": True}
    return [("coc_json", J(d))]


def f_coc_xml():
    t = tick()
    c = case()
    p = R.choice([c.af, c.mo, c.ch])
    form = f"COC-{c.site}-2406-{R.randint(100, 999):05d}"
    L = []
    L.append(["<?xml version=\"1.0\" encoding=\"UTF-8\"?>"])
    L.append([f"<ChainOfCustody xmlns=\"urn:kindredhelix:coc:v3\" formId=\"{form}\" version=\"3.2\" exported=\"{iso_z(t)}\">"])
    L.append(["  <Case number=\"", X(c.no, "other_id"), f"\" type=\"{ {'LEGAL': 'LEGAL_PATERNITY', 'IMMIG': 'IMMIGRATION', 'PEACE': 'INFORMATIONAL'}[c.kind] }\" court=\"", xesc(c.court), "\" docket=\"", X(c.docket, "other_id"), "\"/>"])
    L.append(["  <Participant role=\"", p.role, "\"><Name>", X(p.lf, "name"), "</Name><DOB>", X(ds(p.dob), "date"), "</DOB><Sex>", p.sex, "</Sex></Participant>"])
    if p.role == "CH":
        g = c.mo
        L.append(["  <Guardian relation=\"", "MOTHER" if g.role == "MO" else "LEGAL_GUARDIAN", "\"><Name>", X(g.full, "name"), "</Name><Phone>", X(g.phone, "phone"), "</Phone></Guardian>"])
    else:
        L.append(["  <IdCheck type=\"DRIVERS_LICENSE\" state=\"", p.state, "\" number=\"", X(p.dl, "license"), "\" expires=\"", X(ds(p.dl_exp), "date"), "\" verifiedBy=\"", xesc(R.choice(STAFF)), "\"/>"])
    L.append(["  <Specimen barcode=\"", X(p.specimen, "other_id"), "\" kind=\"BUCCAL\" swabs=\"4\" collected=\"", X(iso_local(t - timedelta(minutes=12)), "date"), "\"/>"])
    L.append(["  <Biometrics><Fingerprint position=\"RIGHT_INDEX\" format=\"ISO19794-2\">", X(b64_fp(), "biometric"), "</Fingerprint></Biometrics>"])
    L.append([f"  <Signature signer=\"participant\" alg=\"SHA-256\" digest=\"{hexs(64)}\"/>"])
    L.append([f"  <Seal id=\"SL-{digits(8)}\" intact=\"true\" witness=\"C-{R.randint(2000, 2400)}\"/>"])
    L.append(["</ChainOfCustody>"])
    return [("coc_xml", x) for x in L]


def f_kiosk():
    t = tick()
    ts = local(t).strftime("[%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d}] "
    c = case()
    p = R.choice(c.people)
    k = R.random()
    if k < 0.3:
        return [("kiosk", [ts, "[info]  (checkin) participant checked in caseRef=", S(c.no, "other_id"), " role=", p.role,
                           " name=\"", S(p.full, "name"), "\" dob=", S(ds(p.dob, "%m/%d/%Y"), "date"), f" appt={hexs(8)} site={c.site}"])]
    if k < 0.4:
        return [("kiosk", [ts, "[info]  (camera) face capture ok 1280x720 faceScore=0.", str(R.randint(81, 99)), " specimen=", S(p.specimen, "other_id"), f" bytes={R.randint(30000, 90000)}"])]
    msgs = ["[info]  (main) KindredKiosk 3.8.2 (electron 29.4.2, chrome 122.0.6261.156) starting",
            f"[warn]  (scanner) DigitalPersona U.are.U 4500 reconnected serial=UAU4500-{digits(6)} fw=1.3.2",
            "[info]  (printer) Zebra ZD421 label printer ready, ribbon 64%",
            f"[error] (updater) Error: net::ERR_CONNECTION_RESET while fetching https://updates.kindredhelix.com/kiosk/latest.yml",
            f"[info]  (sync) queue drained pending=0 lastAck={iso_z(t)}",
            "[debug] (idle) screensaver engaged after 300s",
            f"[info]  (checkin) walk-in rejected reason=NO_APPOINTMENT site={R.choice(list(SITES))}",
            "[warn]  (camera) low light detected lux=38, prompting collector"]
    return [("kiosk", [ts, R.choice(msgs)])]


def f_winevt():
    t = tick()
    host = f"KSK-{R.choice(list(SITES))}-0{R.randint(1, 3)}"
    lt = local(t)
    head = f"<13>{syslog_ts(t)} {host} MSWinEventLog\t1\t"
    dt = lt.strftime("%a %b %d %H:%M:%S %Y")
    k = R.random()
    rn = R.randint(10000, 99999)
    if k < 0.2:
        c = case()
        p = R.choice(c.people)
        return [("wineventlog", [head, f"Microsoft-Windows-PrintService/Operational\t{rn}\t{dt}\t307\tMicrosoft-Windows-PrintService\tkioskuser\tUser\tInformation\t{host}\tPrint job diagnostics\t\t",
                                 "Document 48, COC ", S(c.no, "other_id"), " - ", S(p.lf, "name"),
                                 f" owned by kioskuser on \\\\{host} was printed on ZDesigner ZD421-203dpi through port USB001. Size in bytes: {R.randint(20000, 90000)}. Pages printed: 1. No user action is required.\t{R.randint(1000, 9999)}"])]
    evs = [f"Security\t{rn}\t{dt}\t4624\tMicrosoft-Windows-Security-Auditing\tKHD\\kioskuser\tN/A\tSuccess Audit\t{host}\tLogon\t\tAn account was successfully logged on. Logon Type: 2 Source Network Address: -\t{R.randint(1000, 9999)}",
           f"Security\t{rn}\t{dt}\t4800\tMicrosoft-Windows-Security-Auditing\tKHD\\kioskuser\tN/A\tSuccess Audit\t{host}\tOther Logon/Logoff Events\t\tThe workstation was locked.\t{R.randint(1000, 9999)}",
           f"Application\t{rn}\t{dt}\t1000\tApplication Error\tN/A\tN/A\tError\t{host}\tNone\t\tFaulting application name: KindredKiosk.exe, version: 3.8.2.0, time stamp: 0x{hexs(8)} Faulting module name: ffmpeg.dll, exception code: 0xc0000005\t{R.randint(1000, 9999)}",
           f"System\t{rn}\t{dt}\t20001\tMicrosoft-Windows-UserPnp\tSYSTEM\tUser\tInformation\t{host}\tNone\t\tDriver Management concluded the process to install driver dpfpusbm.inf for Device Instance ID USB\\VID_05BA&PID_000A\\{alnum(10)} with status 0x0.\t{R.randint(1000, 9999)}",
           f"System\t{rn}\t{dt}\t7036\tService Control Manager\tN/A\tN/A\tInformation\t{host}\tNone\t\tThe Windows Update service entered the stopped state.\t{R.randint(1000, 9999)}"]
    return [("wineventlog", [head, R.choice(evs)])]


def f_courier():
    t = tick()
    c = case()
    if R.random() < 0.4:
        p = c.af if R.random() < 0.5 else c.mo
        trk = "1Z" + alnum(6) + "03" + digits(8)
        d = {"received": iso_z(t), "source": "ups-track-alert", "trackingNumber": P(trk, "other_id"),
             "reference": T(["KIT ", P(c.kit, "other_id")]), "shipTo": {"name": P(p.full.upper(), "name"), "line1": P(p.street.upper(), "address"),
                                                                            "city": P(p.city.upper(), "address"), "state": p.state, "postal": P(p.zip, "zip")},
             "activity": {"status": R.choice(["OUT FOR DELIVERY", "DELIVERED", "IN TRANSIT"]), "location": "DAYTON, OH, US"},
             "scheduledDelivery": P(ds(local(t) + timedelta(days=1), "%Y%m%d"), "date")}
        return [("courier", J(d))]
    trk = "1Z" + alnum(6) + "01" + digits(8)
    d = {"received": iso_z(t), "source": "ups-track-alert", "trackingNumber": trk, "reference": f"PCH-{R.choice(list(SITES))}-{R.randint(1000, 9999)}",
         "shipTo": {"name": "KINDRED HELIX DIAGNOSTICS - ACCESSIONING", "line1": "4100 SENTINEL PKWY STE 200", "city": "COLUMBUS", "state": "OH", "postal": "43219"},
         "activity": {"status": R.choice(["ORIGIN SCAN", "DEPARTURE SCAN", "DELIVERED", "ARRIVAL SCAN"]), "location": R.choice(["LOUISVILLE, KY, US", "COLUMBUS, OH, US", "DAYTON, OH, US"])},
         "service": "UPS Next Day Air Early", "weightLbs": round(R.uniform(0.4, 2.5), 1)}
    return [("courier", J(d))]


RUNS = {"n": 7}


def f_ce_run():
    t = tick()
    ts = local(t).strftime("%Y-%m-%d %H:%M:%S")
    run = f"RUN_240611_{RUNS['n']:02d}"
    well = R.choice("ABCDEFGH") + f"{R.randint(1, 12):02d}"
    if R.random() < 0.5:
        c = case()
        p = R.choice(c.people)
        return [("ce_run", [ts, " | 3500xL SN 35104-018 | ", run, " | Plate PLT-2406-", str(RUNS["n"]), " | Well ", well, " | Sample ",
                            S(f"{c.no}-{p.role}", "other_id"), " | Inj 1.2kV/24s | GlobalFiler_POP4 | Status: ", R.choice(["Completed", "Completed", "Sizing Quality: Pass", "Re-inject requested"])])]
    msgs = ["Oven temperature stable 60.0 C", f"Array 36cm lot {digits(7)} injections used {R.randint(40, 290)}/300",
            f"POP-4 polymer lot {digits(7)} exp 2025-02-28 remaining 188 samples", "Spatial calibration passed: uniformity 0.97",
            f"Sample {well} Allelic Ladder GlobalFiler lot {digits(7)} | Status: Completed", f"Sample {well} NEG_CTRL_{R.randint(1, 4)} | Status: Completed",
            f"Sample {well} POS_CTRL_007 | Status: Completed"]
    return [("ce_run", [ts, " | 3500xL SN 35104-018 | ", run, " | ", R.choice(msgs)])]


def f_str_csv():
    c = case()
    p = R.choice(c.people)
    tick()
    run = f"RUN_240611_{RUNS['n']:02d}"
    well = R.choice("ABCDEFGH") + f"{R.randint(1, 12):02d}"
    out = []
    for _ in range(R.randint(1, 3)):
        loc = R.choice(LOCI[:-1])
        a1 = R.randint(8, 30)
        a2 = a1 + R.choice([0, 1, 1, 2, 3])
        if R.random() < 0.55:
            out.append(("str_csv", [f"{run}_{well}.fsa,", S(p.specimen, "other_id"), f",GlobalFiler_v1.2,{loc},{a1},{a2},{R.randint(800, 9000)},{R.randint(800, 9000)},Pass"]))
        else:
            nm = R.choice(["Allelic Ladder", "POS_CTRL_007", "NEG_CTRL_1", "RB_240611_02"])
            out.append(("str_csv", [f"{run}_{well}.fsa,{nm},GlobalFiler_v1.2,{loc},{a1 if nm != 'NEG_CTRL_1' else ''},{a2 if nm != 'NEG_CTRL_1' else ''},{R.randint(800, 9000)},{R.randint(800, 9000)},Pass"]))
    return out


def profile():
    parts = []
    for loc in LOCI[:16]:
        a = R.randint(8, 30)
        parts.append(f"{loc}:{a},{a + R.choice([0, 1, 2, 4])}")
    parts.append("AMEL:X,Y")
    return ";".join(parts)


def f_lims():
    t = tick()
    ts = local(t).strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"
    thr = R.choice(["http-nio-8443-exec-" + str(R.randint(1, 20)), "audit-writer-3", "scheduler-1", "QuartzScheduler_Worker-2"])
    c = case()
    p = R.choice(c.people)
    u = R.choice(STAFF_U)
    k = R.random()
    pre = [ts, f" INFO  [{thr}] c.k.lims.audit.AuditTrailService - AUDIT user={u} "]
    if k < 0.15:
        old = p.dob
        new = datetime(old.year + R.choice([-1, 1, 10]), old.month, old.day) if old.day > 12 else datetime(old.year, old.day, old.month)
        return [("lims", pre + ["action=UPDATE entity=Participant id=", S(p.pid, "mrn"), " field=dateOfBirth old=", S(ds(new), "date"), " new=", S(ds(old), "date"),
                                " reason=\"corrected per ID copy\""])]
    if k < 0.27:
        return [("lims", pre + ["action=ACCESSION entity=Specimen barcode=", S(p.specimen, "other_id"), " case=", S(c.no, "other_id"), f" role={p.role} rack=RK-{R.randint(10, 99)} pos={R.randint(1, 96)}"])]
    if k < 0.35:
        return [("lims", pre + ["action=SIGN entity=CaseReport case=", S(c.no, "other_id"), f" cpi={R.uniform(1.1, 9.9):.2f}E+0{R.randint(4, 9)} pp=99.99{R.randint(90, 99)}% conclusion=NOT_EXCLUDED sigHash={hexs(40)}"])]
    if k < 0.41:
        return [("lims", pre + ["action=PROFILE_COMMIT participant=", S(p.pid, "mrn"), " profile=\"", S(profile(), "biometric"), "\""])]
    if k < 0.45:
        c = R.choice([x for x in CASES if x.agf])
        g = c.agf
        age = 2024 - g.dob.year
        return [("lims", [ts, f" WARN  [{thr}] c.k.lims.case.CaseNoteService - note added case=", S(c.no, "other_id"), " by=", u,
                          " text=\"", R.choice(["Alleged paternal grandfather ", "AGF ", "Grandparentage case, AGF "]), S(g.full, "name"), R.choice([", age ", " (age ", " aged "]), S(str(age), "age"), R.choice([", seated collection at home visit; DOB ", " - wheelchair, collector to assist; DOB "]), S(ds(g.dob, "%m/%d/%Y"), "date"), "\""])]
    if k < 0.52:
        exc = ["java.lang.IllegalStateException: Specimen " , S(p.specimen, "other_id"), " already accessioned to case ", S(c.no, "other_id")]
        lines = [("lims", [ts, f" ERROR [{thr}] c.k.lims.web.AccessionController - accession failed"]), ("java_trace", exc)]
        for fr in ["\tat com.kindredhelix.lims.accession.AccessionService.accession(AccessionService.java:214)",
                   "\tat com.kindredhelix.lims.web.AccessionController.post(AccessionController.java:88)",
                   "\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)",
                   "\tat org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:162)",
                   "\t... 47 common frames omitted"][:R.randint(2, 5)]:
            lines.append(("java_trace", [fr]))
        return lines
    msgs = [f" INFO  [{thr}] com.zaxxer.hikari.pool.HikariPool - LimsPool - Pool stats (total=20, active={R.randint(1, 12)}, idle={R.randint(2, 18)}, waiting=0)",
            f" INFO  [{thr}] c.k.lims.qc.ControlChecker - run=RUN_240611_{RUNS['n']:02d} ladder=PASS pos_ctrl=007 concordant neg_ctrl=clean",
            f" WARN  [{thr}] c.k.lims.inventory.ReagentService - GlobalFiler kit lot {digits(7)} below reorder point (2 kits) PO=PO-24-{R.randint(1000, 9999)} vendor=Thermo Fisher",
            f" INFO  [{thr}] c.k.lims.audit.AuditTrailService - AUDIT user={u} action=LOGIN ip=10.40.{R.randint(1, 9)}.{R.randint(2, 250)} mfa=totp",
            f" DEBUG [{thr}] o.h.SQL - select s1_0.id,s1_0.barcode,s1_0.status from specimen s1_0 where s1_0.status=? limit ?",
            f" INFO  [{thr}] c.k.lims.batch.PlateBuilder - plate PLT-2406-{RUNS['n']} built wells=94 controls=3 build=lims-5.14.2+b{R.randint(1000, 1999)}"]
    if R.random() < 0.15:
        RUNS["n"] += 1
    return [("lims", [ts, R.choice(msgs)])]


def f_reportgen():
    t = tick()
    c = case()
    base = {"level": 30, "time": int(t.timestamp() * 1000), "pid": 412, "hostname": f"reportgen-7c9d{hexs(3)}", "reqId": f"req-{alnum(4).lower()}"}
    k = R.random()
    if k < 0.45:
        d = dict(base, msg="render complete", template=R.choice(["legal_paternity_v7", "immigration_v4", "informational_v2"]), case=P(c.no, "other_id"),
                 pages=R.randint(2, 6), bytes=R.randint(90000, 400000), ms=R.randint(600, 4200),
                 output=P(f"s3://khd-reports-prod/2024/06/{c.no}_final.pdf", "url"))
        return [("reportgen", J(d))]
    if k < 0.6:
        p = c.af
        d = dict(base, level=40, msg=T(["font fallback used for glyph in participant name \"", P(p.full, "name"), "\""]), font="NotoSans-Regular", case=P(c.no, "other_id"))
        return [("reportgen", J(d, ascii_=True))]
    if k < 0.7:
        d = dict(base, msg="delivery link issued", case=P(c.no, "other_id"), link=P(f"https://portal.kindredhelix.com/r/{c.token}", "url"), expires_h=72)
        return [("reportgen", J(d))]
    d = dict(base, msg=R.choice(["chromium pool warm", "template cache reloaded", "health ok"]), pool=R.randint(2, 6), version="reportgen@2.19.1", chromium="125.0.6422.60")
    return [("reportgen", J(d))]


def fw(v, w, cat=None):
    v = v[:w]
    pad = " " * (w - len(v))
    if cat and v:
        return [S(v, cat), pad]
    return [v + pad]


def f_csa_fw():
    tick()
    k = R.random()
    if k < 0.15:
        return [("csa_fw", [f"HDRKHD000148OHCSEA  20240611{R.randint(50000, 65959):06d}GENTEST V04.2" + " " * 40 + f"{R.randint(1, 999):06d}"])]
    if k < 0.25:
        return [("csa_fw", [f"TRL{R.randint(12, 220):09d}{R.randint(1000000, 9999999):012d}" + " " * 60 + "END"])]
    c = case()
    p = R.choice(c.people)
    role = {"AF": "NP", "MO": "CP", "GU": "CT", "CH": "CH", "AGF": "OT"}[p.role]
    pcs = ["20"] + fw(c.csea, 12, "other_id") + fw(c.no, 12, "other_id") + [role] + fw(p.csea_mid, 10, "other_id")
    pcs += fw(p.last.upper(), 20, "name") + fw(p.first.upper().split()[0], 15, "name") + [R.choice("ABJLMR ")]
    pcs += fw(ds(p.dob, "%m%d%Y"), 8, "date")
    pcs += fw(p.ssn.replace("-", "") if role != "CH" or R.random() < 0.5 else "", 9, "ssn") + [p.sex]
    pcs += fw(p.medicaid if role == "CH" else "", 12, "health_plan")
    pcs += fw(c.appt.strftime("%m%d%Y"), 8, "date") + [c.appt.strftime("%H%M")] + [c.site + " "] + [R.choice(["SC", "CO", "RS", "NS"])]
    return [("csa_fw", pcs)]


def f_sftp():
    t = tick()
    pid = R.randint(20000, 29999)
    h = f"{syslog_ts(t)} sftp01 "
    k = R.random()
    if k < 0.15:
        c = case()
        return [("sftp", [h, f"internal-sftp[{pid}]: open \"/outbound/OH/results/", S(c.docket.replace(" ", ""), "other_id"), "_", S(c.af.last.replace(" ", ""), "name"), "_report.pdf\" flags WRITE,CREATE,TRUNCATE mode 0640"])]
    msgs = [f"sshd[{pid}]: Accepted publickey for oh_csea_xfer from 156.63.{R.randint(1, 254)}.{R.randint(1, 254)} port {R.randint(30000, 65000)} ssh2: RSA SHA256:{alnum(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}",
            f"internal-sftp[{pid}]: session opened for local user oh_csea_xfer from [156.63.{R.randint(1, 254)}.{R.randint(1, 254)}]",
            f"internal-sftp[{pid}]: open \"/inbound/OH/KHD_ORDERS_20240611_{R.randint(1, 4):02d}.dat\" flags READ mode 0666",
            f"internal-sftp[{pid}]: close \"/inbound/OH/KHD_ORDERS_20240611_01.dat\" bytes read {R.randint(4000, 90000)} written 0",
            f"internal-sftp[{pid}]: session closed for local user ky_cse_xfer from [205.204.{R.randint(1, 254)}.{R.randint(1, 254)}]",
            f"sshd[{pid}]: Disconnected from user oh_csea_xfer 156.63.{R.randint(1, 254)}.{R.randint(1, 254)} port {R.randint(30000, 65000)}",
            f"sshd[{pid}]: Invalid user admin from 45.148.{R.randint(1, 254)}.{R.randint(1, 254)} port {R.randint(30000, 65000)}"]
    return [("sftp", [h, R.choice(msgs)])]


def f_corresp():
    t = tick()
    c = case()
    ts = iso_z(t, ms=False)
    k = R.random()
    pet, ben = c.af, c.ch
    if k < 0.35:
        return [("corresp", [ts, " corr-svc INFO outbound letter to ", c.embassy, " IV Unit: \"Re: DNA test results, Case ", S(c.consular, "other_id"),
                             ", Beneficiary: ", S(f"{ben.last.upper()}, {ben.first}", "name"), " (DOB ", S(ds(ben.dob, "%d-%b-%Y").upper(), "date"), "), Petitioner: ",
                             S(f"{pet.last.upper()}, {pet.first}", "name"), ", Receipt ", S(c.receipt, "other_id"), ". Results sealed, sent via DHL to consular section.\" signed=",
                             R.choice(["Dr. Gretchen Vogel, Laboratory Director", "Anil Kapoor, Immigration Case Manager"])])]
    if k < 0.6:
        iv = datetime(2024, R.randint(7, 9), R.randint(1, 28), R.choice([7, 8, 9]), 30)
        return [("corresp", [ts, " corr-svc INFO inbound email from ivdna.", c.post.lower(), "@state.gov subject=\"Collection request ", S(c.consular, "other_id"),
                             "\" body=\"Please schedule buccal collection for beneficiary ", S(ben.full, "name"), " at the consular section on ", S(iv.strftime("%B %d, %Y"), "date"),
                             ". Petitioner A-number ", S(c.anum, "other_id"), ". - Consular Officer R. Hartigan\""])]
    if k < 0.7:
        return [("corresp", [ts, " corr-svc INFO petitioner notified via fax ", S(f"+1-{pet.phone}", "fax"), " case=", S(c.no, "other_id"), " pages=2 status=sent"])]
    msgs = [f" corr-svc INFO DHL waybill {digits(10)} created for {c.embassy} consular section, sealed pouch, 0.5 kg",
            " corr-svc WARN USCIS ELIS notification feed returned 503, retry in 300s",
            f" corr-svc INFO AABB accreditation certificate #{R.randint(100, 999)}-{digits(5)} attached to outbound packet template imm_cover_v3",
            f" corr-svc INFO mailbox poll imap.kindredhelix.com folder=INBOX/Embassy new=0 elapsed={R.randint(100, 900)}ms"]
    return [("corresp", [ts, R.choice(msgs)])]


def f_stripe():
    t = tick()
    c = case()
    p = R.choice([c.af, c.mo])
    evt = "evt_" + alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    pi = "pi_" + alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    k = R.random()
    if k < 0.45:
        d = {"id": evt, "object": "event", "api_version": "2023-10-16", "created": int(t.timestamp()), "type": "payment_intent.succeeded", "livemode": True,
             "data": {"object": {"id": pi, "amount": R.choice([39900, 49900, 79500]), "currency": "usd", "customer": P(c.cus, "account"),
                                 "receipt_email": P(p.email, "email"), "metadata": {"order_no": P(c.order, "account"), "site": c.site},
                                 "billing_details": {"name": P(p.full, "name"), "address": {"postal_code": P(p.zip, "zip"), "country": "US"}},
                                 "payment_method_details": {"card": {"brand": "visa", "last4": digits(4), "exp_month": R.randint(1, 12), "exp_year": R.randint(2025, 2029)}}}}}
        return [("stripe", J(d))]
    if k < 0.55:
        pan = card(R.choice(["4", "51", "37"]), 15 if False else 16)
        if R.random() < 0.3:
            pan = pan[:-1] + str((int(pan[-1]) + 3) % 10)
        return [("laravel", [local(t).strftime("[%Y-%m-%d %H:%M:%S] "), "production.DEBUG: stripe raw request {\"card\":{\"number\":\"", S(pan, "account"),
                            f"\",\"exp_month\":{R.randint(1, 12)},\"exp_year\":{R.randint(2025, 2029)}}},\"order_no\":\"", S(c.order, "account"), "\"} []"])]
    typ = R.choice(["payout.paid", "balance.available", "charge.dispute.funds_reinstated", "invoice.finalized"])
    d = {"id": evt, "object": "event", "api_version": "2023-10-16", "created": int(t.timestamp()), "type": typ, "livemode": True,
         "data": {"object": {"id": R.choice(["po_", "txn_", "in_"]) + alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), "amount": R.randint(100000, 900000), "currency": "usd"}},
         "request": {"id": None, "idempotency_key": None}}
    return [("stripe", J(d))]


def f_twilio():
    t = tick()
    c = case()
    p = R.choice([c.af, c.mo])
    sid = "SM" + hexs(32)
    k = R.random()
    if k < 0.4:
        body = ["KindredHelix: Hi ", S(p.first.split()[0], "name"), ", your DNA collection appt is ", S(c.appt.strftime("%m/%d at %I:%M %p"), "date"),
                f" at {SITES[c.site][1]}. Bring photo ID. Reply C to confirm, R to reschedule."]
        return [("twilio", [f"ts={iso_z(t)} level=info svc=notify-svc msg=\"sms queued\" sid={sid} to=+1", S(p.phone.replace("-", ""), "phone"),
                            " from=+16145550100 segments=2 body=\""] + body + ["\""])]
    if k < 0.6:
        return [("twilio", [f"{local(t).strftime('%d/%b/%Y:%H:%M:%S -0400')} POST /hooks/twilio/status SmsSid={sid}&SmsStatus=", R.choice(["delivered", "sent", "undelivered"]),
                            "&MessageStatus=delivered&To=", PCT("+1" + p.phone.replace("-", ""), "phone"), "&From=%2B16145550100&AccountSid=AC", hexs(32), "&ApiVersion=2010-04-01"])]
    if k < 0.75:
        body = R.choice(["C", "R can we do saturday", "Is my result ready? case " ])
        pcs = [f"{local(t).strftime('%d/%b/%Y:%H:%M:%S -0400')} POST /hooks/twilio/inbound MessageSid={sid}&From=", PCT("+1" + p.phone.replace("-", ""), "phone"),
               "&To=%2B16145550100&Body=", urllib.parse.quote_plus(body)]
        if body.endswith("case "):
            pcs.append(PLUS(c.no, "other_id"))
        pcs.append("&NumMedia=0&FromCity=" )
        pcs.append(PLUS(p.city.upper(), "address"))
        pcs.append("&FromState=" + p.state)
        return [("twilio", pcs)]
    return [("twilio", [f"ts={iso_z(t)} level=warn svc=notify-svc msg=\"twilio rate limited\" code=20429 retry_after_ms={R.randint(200, 2000)} queue_depth={R.randint(1, 80)}"])]


def f_go():
    t = tick()
    c = case()
    k = R.random()
    tr, spn = hexs(32), hexs(16)
    if k < 0.2:
        d = {"level": "info", "ts": round(t.timestamp(), 3), "caller": "caseapi/handler.go:142", "msg": "case participant linked",
             "trace_id": tr, "span_id": spn, "case": P(c.no, "other_id"), "participant": P(c.ch.pid, "mrn"), "role": "CH", "linked_by": R.choice(STAFF_U)}
        return [("go_svc", J(d))]
    if k < 0.32:
        p = R.choice([c.af, c.mo])
        d = {"level": "debug", "ts": round(t.timestamp(), 3), "caller": "push/apns.go:77", "msg": "push sent", "trace_id": tr,
             "device_token": P(hexs(64), "device"), "platform": "ios", "topic": "com.kindredhelix.portal", "apns_id": uuid4(), "order": P(c.order, "account")}
        return [("go_svc", J(d))]
    if k < 0.4:
        return [("go_svc", [f"ts={iso_z(t)} level=info svc=scheduler-svc caller=slots/reserve.go:88 msg=\"slot reserved\" site={c.site} slot=",
                            S(c.appt.strftime("%Y-%m-%dT%H:%M:00-04:00"), "date"), " order=", S(c.order, "account"), f" hold_ttl=600s trace_id={tr}"])]
    msgs = [f"ts={iso_z(t)} level=info svc=scheduler-svc caller=main.go:61 msg=\"listening\" addr=:8080 version=v1.14.3 commit={hexs(7)}",
            f"ts={iso_z(t)} level=info svc=courier-hook caller=ups/verify.go:33 msg=\"signature ok\" dur={R.randint(1, 30)}ms trace_id={tr}",
            f"ts={iso_z(t)} level=error svc=case-svc caller=db/pg.go:119 msg=\"query timeout\" err=\"context deadline exceeded\" dur=5.001s span_id={spn}",
            f"ts={iso_z(t)} level=info svc=csa-bridge caller=export/ohio.go:204 msg=\"batch written\" file=KHD_RESULTS_20240611_02.dat records={R.randint(10, 200)} bytes={R.randint(4000, 60000)}"]
    if R.random() < 0.5:
        d = {"level": R.choice(["info", "warn"]), "ts": round(t.timestamp(), 3), "caller": R.choice(["grpc/server.go:210", "kafka/consumer.go:95"]),
             "msg": R.choice(["rpc finished", "consumer lag", "rebalance complete"]), "trace_id": tr, "span_id": spn,
             "grpc.method": "/khd.case.v1.CaseService/GetCase", "grpc.code": "OK", "grpc.time_ms": round(R.uniform(0.5, 40), 3), "lag": R.randint(0, 300)}
        return [("go_svc", J(d))]
    return [("go_svc", [R.choice(msgs)])]


def f_haproxy():
    t = tick()
    lt = local(t)
    hts = lt.strftime("%d/%b/%Y:%H:%M:%S.") + f"{t.microsecond // 1000:03d}"
    pid = 1873
    c = case()
    p = R.choice([c.af, c.mo])
    k = R.random()
    head = f"{syslog_ts(t)} lb01 haproxy[{pid}]: "
    tm = f"0/0/{R.randint(0, 3)}/{R.randint(5, 300)}/{R.randint(6, 320)}"
    if k < 0.38:
        path = R.choice([["GET /api/v1/cases/", S(c.no, "other_id"), "/status HTTP/2.0"], ["POST /api/v1/appointments HTTP/2.0"],
                         ["GET /track?kit=", S(c.kit, "other_id"), " HTTP/2.0"], ["GET /checkout/success?order=", S(c.order, "account"), " HTTP/2.0"]])
        return [("haproxy", [head, S(p.ip, "ip"), f":{R.randint(30000, 65000)} [{hts}] fe_https~ be_order/order0{R.randint(1, 3)} {tm} {R.choice([200, 200, 201, 302, 404])} {R.randint(300, 9000)} - - ---- {R.randint(100, 500)}/{R.randint(80, 480)}/{R.randint(1, 20)}/{R.randint(1, 8)}/0 0/0 \""] + path + ["\""])]
    if k < 0.6:
        ip, _ = R.choice(BOTS)
        return [("haproxy", [head, f"{ip}:{R.randint(30000, 65000)} [{hts}] fe_https~ be_www/www01 {tm} 200 {R.randint(3000, 40000)} - - ---- 201/188/3/1/0 0/0 \"GET /{R.choice(['', 'pricing', 'locations/dayton', 'immigration-dna-testing', 'sitemap.xml'])} HTTP/1.1\""])]
    return [("haproxy", [head, f"10.40.0.{R.randint(2, 30)}:{R.randint(30000, 65000)} [{hts}] fe_internal be_lims/lims0{R.randint(1, 2)} {tm} 200 {R.randint(100, 900)} - - ---- 12/4/1/1/0 0/0 \"GET /actuator/health HTTP/1.1\""])]


def f_cloudflare():
    t = tick()
    c = case()
    p = R.choice([c.af, c.mo])
    ray = hexs(16) + "-ORD"
    if R.random() < 0.42:
        uri = R.choice([["/r/", c.token], ["/track?kit=", c.kit], ["/api/v1/appointments"]])
        uri_p = [uri[0]]
        if len(uri) > 1:
            uri_p.append(P(uri[1], "other_id"))
        d = {"ClientIP": P(p.ip, "ip"), "ClientRequestHost": "portal.kindredhelix.com" if uri[0] == "/r/" else "order.kindredhelix.com",
             "ClientRequestMethod": "GET" if len(uri) > 1 else "POST", "ClientRequestURI": T(uri_p), "EdgeResponseStatus": R.choice([200, 200, 304]),
             "EdgeStartTimestamp": iso_z(t, ms=False), "RayID": ray, "ClientCountry": "us", "ClientRequestUserAgent": R.choice(UA),
             "CacheCacheStatus": "dynamic", "OriginResponseTime": R.randint(20, 900) * 1000000, "SecurityAction": "unknown"}
        return [("cloudflare", J(d))]
    ip, ua = R.choice(BOTS + [("203.0.113.%d" % R.randint(2, 250), "python-requests/2.31.0")])
    d = {"ClientIP": ip, "ClientRequestHost": "www.kindredhelix.com", "ClientRequestMethod": "GET",
         "ClientRequestURI": R.choice(["/wp-login.php", "/.env", "/locations/columbus", "/pricing", "/robots.txt"]), "EdgeResponseStatus": R.choice([200, 403, 404]),
         "EdgeStartTimestamp": iso_z(t, ms=False), "RayID": ray, "ClientCountry": R.choice(["us", "nl", "de"]), "ClientRequestUserAgent": ua,
         "CacheCacheStatus": R.choice(["hit", "miss"]), "OriginResponseTime": 0, "SecurityAction": R.choice(["block", "unknown", "managed_challenge"]), "WAFRuleID": R.choice(["", "100016", "981176"])}
    return [("cloudflare", J(d))]


def f_mysql():
    t = tick()
    c = case()
    p = R.choice(c.people)
    if R.random() < 0.45:
        lastp = p.last.replace("'", "''")
        return [("mysql_slow", [f"# Time: {iso_z(t)}  User@Host: order_app[order_app] @ 10.40.2.{R.randint(10, 40)}  Query_time: {R.uniform(1, 6):.6f}  Lock_time: 0.000{R.randint(100, 999)} Rows_examined: {R.randint(40000, 900000)} ; ",
                                "SELECT id, order_no, first_name, last_name, dob FROM participants WHERE last_name LIKE '", S(lastp, "name"), "%' AND dob = '", S(ds(p.dob), "date"), "';"])]
    return [("mysql_slow", [f"# Time: {iso_z(t)}  User@Host: lims_ro[lims_ro] @ 10.40.3.{R.randint(10, 40)}  Query_time: {R.uniform(1, 9):.6f}  Lock_time: 0.000{R.randint(100, 999)} Rows_examined: {R.randint(40000, 900000)} ; SELECT run_id, COUNT(*) FROM str_calls WHERE run_id LIKE 'RUN_2406%' GROUP BY run_id;"])]


def f_zendesk():
    t = tick()
    c = case()
    p = R.choice([c.af, c.mo])
    tid = R.randint(48000, 49999)
    if R.random() < 0.6:
        d = {"ticket_id": tid, "event": "comment_added", "via": R.choice(["web", "email", "sms"]), "ts": iso_z(t, ms=False),
             "subject": T(["Reschedule request - case ", P(c.no, "other_id")]),
             "requester": {"name": P(p.full, "name"), "email": P(p.email, "email")},
             "assignee": R.choice(STAFF), "public": False,
             "body": T(["Spoke w/ ", P(p.first.split()[0], "name"), ". Attorney ", c.atty[0], " (", c.atty[2], ") needs result before hearing on ",
                        P((c.appt + timedelta(days=R.randint(20, 60))).strftime("%m/%d/%Y"), "date"), ". Mailing addr on file: ", P(p.addr1, "address"), " ", p.state, " ", P(p.zip, "zip")]),
             "tags": ["reschedule", "legal", c.site.lower()]}
        return [("zendesk", J(d, ascii_=True))]
    d = {"ticket_id": tid, "event": R.choice(["status_changed", "sla_breached", "macro_applied"]), "ts": iso_z(t, ms=False), "assignee": R.choice(STAFF),
         "group": R.choice(["Client Services", "Legal Intake", "Immigration"]), "from": "open", "to": R.choice(["pending", "solved"]), "macro": "KHD: collection site hours"}
    return [("zendesk", J(d))]


FAMS = [(f_laravel, 14), (f_coc_json, 6), (f_coc_xml, 0.6), (f_kiosk, 8), (f_winevt, 8), (f_courier, 5),
        (f_ce_run, 7), (f_str_csv, 3), (f_lims, 11), (f_reportgen, 5), (f_csa_fw, 5), (f_sftp, 7),
        (f_corresp, 4), (f_stripe, 5), (f_twilio, 6), (f_go, 9), (f_haproxy, 10), (f_cloudflare, 7),
        (f_mysql, 4), (f_zendesk, 3)]


def main():
    N = 500
    rows = []
    fns = [f for f, _ in FAMS]
    ws = [w for _, w in FAMS]
    while len(rows) < N:
        f = R.choices(fns, ws)[0]
        block = f()
        if len(rows) + len(block) > N:
            continue
        rows.extend(block)
    logb = bytearray()
    labs = []
    for i, (fam, pieces) in enumerate(rows, 1):
        line, spans = build(pieces)
        if b"\n" in line or b"\r" in line or not line.strip():
            sys.exit(f"line {i}: bad line content")
        prev = 0
        out = []
        for s, e, p in sorted(spans, key=lambda x: x[0]):
            if not (0 <= s < e <= len(line)):
                sys.exit(f"line {i}: bad span {s},{e}")
            if s < prev:
                sys.exit(f"line {i}: overlapping span {s},{e}")
            prev = e
            txt = line[s:e].decode("utf-8")
            if txt != p.text or unesc(txt, p.esc) != p.raw:
                sys.exit(f"line {i}: span text mismatch {txt!r} vs {p.raw!r}")
            if txt != txt.strip() or not txt:
                sys.exit(f"line {i}: span has surrounding whitespace {txt!r}")
            out.append({"s": s, "e": e, "cat": p.cat})
        logb += line + b"\n"
        labs.append(json.dumps({"line": i, "family": fam, "spans": out}, ensure_ascii=False))
    with open("or.log", "wb") as fh:
        fh.write(bytes(logb))
    with open("or.labels.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(labs) + "\n")


if __name__ == "__main__":
    main()
