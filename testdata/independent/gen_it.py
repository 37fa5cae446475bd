#!/usr/bin/env python3
"""Generate the `it` held-out corpus: logs of a Rust + Go microservices platform of a
telepharmacy / e-prescribing company ("Nimbus Rx"), with synthetic PHI and byte-offset labels.

Writes it.log (500 lines) and it.labels.jsonl next to this script.  Standard library only,
deterministic (fixed seed, fixed synthetic clock).  All people and identifiers are invented.

Services and formats: rx-intake / verify / kiosk-gateway (Rust `tracing` Full, Compact, Pretty
and JSON formatters, SQLx query events, tonic Status errors), pdmp-reporter (Rust env_logger,
ASAP 4.2 PDMP segments), refill-api / patient-portal (Go log/slog text + JSON, pgx tracelog),
claims-adjudicator (Go zap development + production encoders, NCPDP D.0 claims, gRPC status
errors with errdetails), notify / courier-dispatch (zerolog JSON + ConsoleWriter), Surescripts-like
NCPDP SCRIPT 2017071 XML (one-line payloads and multi-line dumps), prescription-scan and ID-photo
images (base64), PostgreSQL server log with bind parameters, CSV/pipe exports, and infrastructure
noise (envoy, nginx, kubelet/klog, grpc-go, linkerd2-proxy, Vault agent hclog, go-kit logfmt,
OpenTelemetry collector).

Labeling decisions:
- Labeled persons: patients, caregivers/relatives picking up, cardholders/subscribers,
  guarantors and emergency contacts.  Not labeled: prescribers, pharmacists, technicians,
  couriers, support staff doing their work (names, NPI, DEA, state licence, work e-mail/phone,
  staff usernames, staff workstation IPs), and businesses (pharmacies, PBMs, payers, clinics:
  names, NCPDP IDs, NPIs, addresses, phone and fax numbers).
- mrn: every internal patient key of the platform or a partner system (pat_ ULIDs, numeric
  legacy PT ids, patient UUIDs, EHR MedicalRecordIdentificationNumber, PioneerRx-style ids).
  A UUID is labeled only when the key says it is the patient's id; request/trace/span ids,
  message ids and idempotency keys are never labeled.
- Rx numbers, fill numbers, prescriber order numbers, SCRIPT MessageIDs, PBM claim/authorization
  references, delivery/order ids, consult room ids: transaction identifiers, not labeled.
  Prior-authorization case numbers and patient portal/app usernames are other_id.
- health_plan: cardholder/member IDs, Medicare MBI, Medicaid IDs.  BIN/IIN, PCN, group IDs and
  person codes are plan-level values and are not labeled.
- account: patient billing/account numbers and full payment card numbers.  Masked values that
  show at most the last four digits (PAN or SSN) are not labeled; payment tokens (pm_..., tok_...)
  are not labeled.
- date: birth dates and dates of a patient's care (written, fill/dispense, date of service,
  pickup/delivery, consult/appointment, coverage termination of the member).  Plan years, ID
  expiry and authorization validity periods do not occur as dates.  Log timestamps,
  SentTime, batch/report periods, drug lot expiry dates and build dates are not labeled.  When a
  date is rendered as a timestamp value (e.g. "1951-07-19 00:00:00 +0000 UTC") only the date part
  is the span.
- age: only ages over 89 (as a number, "age 93", "93 y/o"); younger ages are not labeled.
- address: street line, city and county are separate `address` spans; ZIP / ZIP+4 is `zip`;
  state and country codes are not labeled.  Unit lines (AddressLine2) are part of address.
- phone / fax / email: the patient's or the related person's own numbers and addresses.
  A caller ANI on an IVR refill call is the patient's phone.
- ip: public IP of a patient's or caregiver's device on patient-facing traffic (portal, app,
  video consult).  Telephony/IVR webhook sources, cluster/private IPs, probes, vendors, pharmacy and staff
  addresses are not labeled.
- device: identifiers of a device owned by or issued to the patient (smart pill-cap BLE MAC,
  dispenser serial, loaner tablet IMEI).  Kiosks, robots, printers, scanners and servers: not.
- license: the patient's (or pickup person's) driver's licence / state ID number shown at pickup.
- vehicle: plate or VIN of the patient's car at drive-through/curbside pickup.
- url: links unique to one patient (refill magic links with a patient token, personal pages);
  the whole URL is one span (in an access log the request path /r/<token> is that link).  Generic endpoints and signed links to documents are not labeled.
- photo: base64 of a face image (ID-verification selfie, ID portrait crop).  Base64 of scanned
  prescriptions or insurance cards is a document image and is NOT labeled (identifiers read from
  it by OCR are labeled where they appear as text).
- biometric: fingerprint minutiae templates and face-embedding vectors of a patient; match
  scores and thresholds are not labeled.
- Names: a full name written as one string is one span (any order, case or initials);
  separate first/last/middle fields are separate spans.  First name alone (e.g. in an SMS) is
  labeled.  Values are labeled in the escaped form they have on the line (JSON \\", XML &apos;),
  never including keys or surrounding quotes.
"""
import base64
import hashlib
import json
import random
import unicodedata
import zlib
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

R = random.Random(0x17A21)
HERE = Path(__file__).resolve().parent
ID = "it"

# --------------------------------------------------------------------------- line builder


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        st = len(self.buf)
        self.buf += s.encode("utf-8")
        self.spans.append((st, len(self.buf), cat, s))
        return self

    def add(self, parts):
        for x in parts:
            if isinstance(x, tuple):
                if x[1] is None:
                    self.t(x[0])
                else:
                    self.p(x[0], x[1])
            elif isinstance(x, list):
                self.add(x)
            else:
                self.t(x)
        return self

    def text(self):
        return self.buf.decode("utf-8")


def mk(fam, *parts):
    return Line(fam).add(list(parts))


def flat(parts):
    out = []
    for x in parts:
        if isinstance(x, list):
            out.extend(flat(x))
        else:
            out.append(x)
    return out


def ptext(parts):
    return "".join(x[0] if isinstance(x, tuple) else x for x in flat(parts))


def pmap(parts, fn):
    """apply an escaping function to every piece (labels move with their pieces)"""
    out = []
    for x in flat(parts):
        if isinstance(x, tuple):
            out.append((fn(x[0]), x[1]))
        else:
            out.append(fn(x))
    return out


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def goesc(s):  # Go JSON (escapes <, >, &)
    return jesc(s).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def qesc(s):  # strconv.Quote / Rust Debug for plain printable strings
    return s.replace("\\", "\\\\").replace('"', '\\"')


def rdebug(s):  # Rust {:?} of a str: also escapes control chars as \u{..}
    out = []
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 0x20:
            out.append("\\u{%x}" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


class PH:
    """labeled JSON value"""

    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class Txt:
    """JSON string made of parts (some labeled)"""

    def __init__(self, *parts):
        self.parts = flat(list(parts))


class Raw:
    def __init__(self, s):
        self.s = s


def J(o, sep=",", col=":", esc=jesc):
    out = []

    def enc(x):
        if isinstance(x, PH):
            if isinstance(x.v, str):
                out.extend(['"', (esc(x.v), x.cat), '"'])
            else:
                out.append((json.dumps(x.v), x.cat))
        elif isinstance(x, Txt):
            out.append('"')
            out.extend(pmap(x.parts, esc))
            out.append('"')
        elif isinstance(x, Raw):
            out.append(x.s)
        elif isinstance(x, dict):
            out.append("{")
            for i, (k, v) in enumerate(x.items()):
                if i:
                    out.append(sep)
                out.append('"' + esc(k) + '"' + col)
                enc(v)
            out.append("}")
        elif isinstance(x, list):
            out.append("[")
            for i, v in enumerate(x):
                if i:
                    out.append(sep)
                enc(v)
            out.append("]")
        elif isinstance(x, str):
            out.append('"' + esc(x) + '"')
        elif isinstance(x, float):
            out.append(repr(x))
        else:
            out.append(json.dumps(x))

    enc(o)
    return out


def GJ(o, **kw):  # Go encoding/json flavour
    return J(o, esc=goesc, **kw)


# --------------------------------------------------------------------------- clock

T0 = datetime(2024, 5, 14, 13, 2, 7, 118204, tzinfo=timezone.utc)


class Clock:
    def __init__(self):
        self.t = T0

    def tick(self, lo=2, hi=2400):
        self.t += timedelta(microseconds=R.randint(lo * 1000, hi * 1000) + R.randint(0, 999))
        return self.t


CLK = Clock()


def now():
    return CLK.tick()


def ts_us(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % t.microsecond


def ts_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def ts_nano(t):
    ns = "%06d" % t.microsecond + str(R.randint(0, 999)).zfill(3)
    ns = ns.rstrip("0")
    return t.strftime("%Y-%m-%dT%H:%M:%S") + ("." + ns if ns else "") + "Z"


def ts_sec(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def ts_epoch(t):
    v = t.timestamp() + R.randint(0, 999) / 1e7
    return ("%.7f" % v).rstrip("0")


def ts_pg(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (t.microsecond // 1000)


def ts_klog(t):
    return t.strftime("I%m%d %H:%M:%S.") + "%06d" % t.microsecond


def ts_sys(t):
    return t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")


def ts_nginx(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def ts_gostd(t):
    return t.strftime("%Y/%m/%d %H:%M:%S")


def ts_kitchen(t):
    h = t.hour % 12 or 12
    return "%d:%02d%s" % (h, t.minute, "PM" if t.hour >= 12 else "AM")


# --------------------------------------------------------------------------- random helpers


def ch(seq):
    return R.choice(seq)


def digits(n, first_nonzero=False):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], ch("89ab"), h[17:20], h[20:32])


CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def ulid():
    return "01HXR" + "".join(R.choice(CROCK) for _ in range(21))


def luhn_digit(body):
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def card_number():
    pre = ch(["4", "4", "51", "53", "37", "6011"])
    n = 15 if pre == "37" else 16
    body = pre + digits(n - 1 - len(pre))
    return body + luhn_digit(body)


def npi():
    body = str(R.randint(1, 1)) + digits(8)
    return body + luhn_digit("80840" + body)


def dea(last):
    a = ch("ABFM") + (last[0].upper() if last[0].isalpha() else "X")
    d = [R.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return a + "".join(map(str, d)) + str(c)


def imei():
    body = ch(["35", "86", "01", "49"]) + digits(12)
    return body + luhn_digit(body)


def mac():
    return ":".join("%02X" % R.randint(0, 255) for _ in range(6))


VIN_MAP = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))),
           **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(ch(["1HG", "2T1", "1FT", "5YJ", "3VW", "JN8", "1C4", "KM8"]) + "".join(R.choice(al) for _ in range(5)) + "0" + ch("NPRS") + R.choice(al) + digits(6))
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    AN = L + "0123456789"
    return (str(R.randint(1, 9)) + ch(L) + ch(AN) + str(R.randint(0, 9)) + ch(L) + ch(AN)
            + str(R.randint(0, 9)) + ch(L) + ch(L) + str(R.randint(0, 9)) + str(R.randint(0, 9)))


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ı", "i").replace("ł", "l")


# --------------------------------------------------------------------------- pools

FIRST = ["Chidinma", "María José", "Siobhán", "Tomasz", "Mei-Ling", "Oluwaseun", "Aarav", "Guadalupe",
         "Björn", "Fatima", "Dmitri", "Giulia", "Hiroshi", "Ana Lúcia", "Kwame", "Zoë", "Jürgen",
         "Imani", "Keoni", "Thi Hoa", "Xiomara", "Rahul", "Saoirse", "DeShawn", "Anneliese", "Yusuf",
         "Esperanza", "Magnus", "Precious", "Émile", "Ngozi", "Bartholomew", "Leilani", "Paweł",
         "Consuelo", "Wen", "Ingrid", "Mateus", "Olamide", "Rosalind", "Tavita", "Jean-Baptiste",
         "Nadia", "Hamid", "Soo-ah", "Lakshmi", "Ewa", "Cormac", "Delphine", "Ximena", "Agnes",
         "Harold", "Bao", "Wilhelmina", "Kofi", "Noor", "Ruth", "Alejandro", "Dorothea", "Ishaan"]
LAST = ["Okonkwo", "García-Márquez", "O'Connell", "Kowalczyk", "van der Berg", "Nakamura", "de la Cruz",
        "Nguyen", "Al-Sayed", "Patel", "Ivanova", "Schmidt", "Haddad", "Mbeki", "Rossi", "Kim", "Da Silva",
        "MacLeod", "Fitzgerald-Young", "Yılmaz", "Chen", "Begay", "Kealoha", "Abernathy", "Rodríguez",
        "Van Buren", "St. Pierre", "Ó Briain", "Dubois", "Nwosu", "Johansson", "Singh", "Takahashi",
        "Mendoza", "Papadopoulos", "Lindqvist", "Kaur", "Washington", "Tran", "Baptiste", "di Stefano",
        "Adeyemi", "Horvath", "Quispe", "Tuilagi", "Bergström", "Mahlangu", "Castellanos", "Zhou",
        "Kaczmarek", "Yazzie", "Ferreira Lopes", "Oyelaran", "Ahn", "Villanueva", "Hoffmann-Kraus"]
MIDDLE = ["A", "J", "Marie", "L", "Q", "Elena", "T", "Ife", "R", "Grace", "K", "Wei", "M", "Anne", "D"]
STREETS = ["Oak Hollow Dr", "N Lincoln Ave", "SE Division St", "Calle del Sol", "Kamehameha Hwy",
           "W 118th St", "Pueblo Rd", "Cedar Ridge Ln", "Ocean Pkwy", "Piñon Ct", "Elm St",
           "Martin Luther King Jr Blvd", "Avenida Ponce de León", "Rue Bourbon", "Old Post Rd",
           "Ridgeview Ter", "Lakeshore Dr E", "County Rd 14", "Tamarack Way", "Bayou Oaks Blvd",
           "Wabasha St S", "Chief Manuelito St", "Harbor View Cir", "Schoolhouse Ln"]
UNITS = ["", "", "", " Apt 4B", " Unit 12", " #3", " Apt 5C", " Fl 2", " Ste 110", " Lot 27"]
CITIES = [("Minneapolis", "MN", "55414", "Hennepin County", "612"), ("Gallup", "NM", "87301", "McKinley County", "505"),
          ("Hilo", "HI", "96720", "Hawaii County", "808"), ("Brooklyn", "NY", "11218", "Kings County", "718"),
          ("Portland", "OR", "97202", "Multnomah County", "503"), ("San Juan", "PR", "00907", "San Juan Municipio", "787"),
          ("Bangor", "ME", "04401", "Penobscot County", "207"), ("Tulsa", "OK", "74105", "Tulsa County", "918"),
          ("Fargo", "ND", "58102", "Cass County", "701"), ("Laredo", "TX", "78041", "Webb County", "956"),
          ("Dearborn", "MI", "48126", "Wayne County", "313"), ("Boise", "ID", "83706", "Ada County", "208"),
          ("Savannah", "GA", "31401", "Chatham County", "912"), ("Flagstaff", "AZ", "86001", "Coconino County", "928"),
          ("Duluth", "MN", "55805", "St. Louis County", "218"), ("Anchorage", "AK", "99508", "Anchorage Borough", "907"),
          ("Window Rock", "AZ", "86515", "Apache County", "928"), ("Caguas", "PR", "00725", "Caguas Municipio", "787")]
MAILS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "proton.me", "comcast.net"]

STAFF = [("Karin", "Lindholm", "PharmD"), ("Samuel", "Achterberg", "MD"), ("Priya", "Raghunathan", "NP"),
         ("Tobias", "Whitfield", "MD"), ("Amara", "Eze", "PharmD"), ("Lucía", "Benavides", "DO"),
         ("Grant", "Oyelowo", "PA-C"), ("Helen", "Marchetti", "MD"), ("Jun", "Watanabe", "PharmD"),
         ("Rebecca", "Stoltzfus", "CPhT")]
PHARM = [("Nimbus Rx Hilo", "4412345", "808-555-0190", "808-555-0191", "KSK-HI-0007"),
         ("Nimbus Rx Gallup Telepharmacy", "3211876", "505-555-0102", "505-555-0103", "KSK-NM-0019"),
         ("Nimbus Rx Duluth Clinic Kiosk", "2498810", "218-555-0164", "218-555-0165", "KSK-MN-0042"),
         ("Farmacia Nimbus Caguas", "5501932", "787-555-0122", "787-555-0123", "KSK-PR-0003"),
         ("Nimbus Rx Window Rock", "3219904", "928-555-0111", "928-555-0112", "KSK-AZ-0011"),
         ("Nimbus Rx Laredo", "4577301", "956-555-0133", "956-555-0134", "KSK-TX-0026")]
DRUGS = [("Lisinopril 10 MG Oral Tablet", "68180051301", "", 30), ("Metformin HCl 500 MG Oral Tablet", "00093104801", "", 60),
         ("Atorvastatin Calcium 40 MG Oral Tablet", "00378395077", "", 90), ("Warfarin Sodium 5 MG Oral Tablet", "00093172101", "", 30),
         ("Oxycodone HCl 5 MG Oral Tablet", "00406055262", "CII", 20), ("Levothyroxine Sodium 75 MCG Oral Tablet", "00378180501", "", 90),
         ("Insulin Glargine 100 UNIT/ML Pen Injector", "00088221905", "", 15), ("Buprenorphine-Naloxone 8-2 MG SL Film", "12496120803", "CIII", 14),
         ("Sertraline HCl 50 MG Oral Tablet", "16729000101", "", 30), ("Amoxicillin 500 MG Oral Capsule", "65862001705", "", 21),
         ("Albuterol Sulfate HFA 90 MCG/ACT Inhaler", "00173068220", "", 1), ("Alprazolam 0.5 MG Oral Tablet", "00228203910", "CIV", 30),
         ("Apixaban 5 MG Oral Tablet", "00003089421", "", 60), ("Semaglutide 1 MG/DOSE Pen Injector", "00169413013", "", 1)]
SIGS = ["Take 1 tablet by mouth once daily", "Take 1 tablet by mouth twice daily with meals",
        "Take 1 tablet by mouth every 6 hours as needed for pain. Max 4/day", "Inject 20 units subcutaneously at bedtime",
        "Dissolve 1 film under the tongue daily", "Inhale 2 puffs every 4-6 hours as needed for wheezing",
        "Take 1 capsule by mouth three times daily for 7 days", "Take as directed per INR clinic"]
PAYERS = [("610014", "MEDDPRIME", "Express Scripts"), ("004336", "ADV", "CVS Caremark"), ("610097", "9999", "OptumRx"),
          ("003858", "A4", "Express Scripts"), ("610502", "MEDDAET", "Aetna Part D"), ("015581", "PRMEDICAID", "Vital PR Medicaid")]
HOSTS = ["ip-10-42-3-17", "ip-10-42-7-9", "ip-10-42-11-204", "ip-10-42-5-88"]

# --------------------------------------------------------------------------- patients

REF = date(2024, 5, 14)
RECENT = []


def public_ip():
    while True:
        a = R.choice([24, 47, 67, 68, 71, 73, 76, 98, 99, 104, 107, 108, 136, 142, 162, 166, 172, 173, 174, 184, 189, 201, 206, 209])
        b = R.randint(0, 255)
        if a == 172 and 16 <= b <= 31:
            continue
        return "%d.%d.%d.%d" % (a, b, R.randint(0, 255), R.randint(1, 254))


def mkpat(old=False):
    p = {}
    p["first"] = ch(FIRST)
    p["last"] = ch(LAST)
    p["mid"] = ch(MIDDLE)
    p["sex"] = ch("MF")
    y = R.randint(1924, 1933) if (old or R.random() < 0.1) else R.randint(1939, 2015)
    p["dob"] = date(y, R.randint(1, 12), R.randint(1, 28))
    p["age"] = REF.year - y - ((REF.month, REF.day) < (p["dob"].month, p["dob"].day))
    city, st, z, county, area = ch(CITIES)
    p.update(city=city, state=st, zip=z, county=county)
    p["zip4"] = z + "-" + digits(4)
    p["street"] = "%d %s%s" % (R.randint(2, 9899), ch(STREETS), "")
    p["unit"] = ch(UNITS).strip()
    ph = area + str(R.randint(2, 9)) + digits(2) + digits(4)
    p["phone"] = ph
    p["phone2"] = ch(["612", "651", "505", "808", "917", "971", "787", "469"]) + str(R.randint(2, 9)) + digits(6)
    fa, la = ascii_fold(p["first"]).lower().replace(" ", "").replace("-", ""), ascii_fold(p["last"]).lower().replace(" ", "").replace("'", "").replace("-", "").replace(".", "")
    p["email"] = ch(["%s.%s%s" % (fa, la, ch(["", str(y % 100), digits(3)])), "%s%s%s" % (fa[0], la, digits(2)),
                     "%s_%s" % (la, fa), "%s%s" % (fa, y)]) + "@" + ch(MAILS)
    p["user"] = ch(["%s.%s%d" % (fa[:5], la[:6], y % 100), "%s%s" % (fa[0], la), "%s_%s" % (fa, digits(3))])
    p["pid"] = "pat_" + ulid()
    p["legacy"] = str(R.randint(100000, 9899999))
    p["uuid"] = uuid4()
    p["mrn"] = ch(["MRN", "E", "", "MR-"]) + digits(ch([7, 8, 9]), True)
    pre = ch(["ZGP", "W", "XEH", "JQU", "M", "HCS"])
    p["member"] = pre + digits(12 - len(pre), True)
    p["mbi"] = mbi()
    p["medicaid"] = ch(["PR", "NM", "AZ"]) + digits(9)
    p["ssn"] = ssn()
    p["acct"] = ch(["PA-", "ACCT", "GA"]) + digits(7, True)
    p["card"] = card_number()
    p["dl"] = ch(["D%s-%s-%s" % (digits(3), digits(4), digits(4)), ch("ABCDEFGHKLMNPRSTWY") + digits(8),
                  digits(9), ch("ABZ") + digits(7), "%s%s" % (ch("HKLR"), digits(12))])
    p["plate"] = ch(["%d%s%03d" % (R.randint(1, 9), "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)), R.randint(0, 999)),
                     "%s-%s" % ("".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)), digits(4)),
                     "%s %s" % (digits(3), "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)))])
    p["vin"] = vin()
    p["ip"] = public_ip()
    p["imei"] = imei()
    p["mac"] = mac()
    p["pa_case"] = ch(["PA-2024-", "CMM-", "EPA"]) + digits(7, True)
    RECENT.append(p)
    return p


def pat():
    if RECENT and R.random() < 0.22:
        return ch(RECENT[-12:])
    return mkpat()


def relative(p):
    r = {"first": ch(FIRST), "last": p["last"] if R.random() < 0.6 else ch(LAST)}
    r["phone"] = ch(["612", "917", "503", "808", "505", "787"]) + str(R.randint(2, 9)) + digits(6)
    r["rel"] = ch(["spouse", "caregiver", "sibling", "grandchild", "partner", "neighbor", "adult child"])
    return r


def nm(p, style=None):
    f, l, m = p["first"], p["last"], p.get("mid", "")
    style = style or ch(["fl", "fl", "lf", "LF", "fml", "il", "lower", "FL"])
    return {"fl": f"{f} {l}", "lf": f"{l}, {f}", "LF": f"{l.upper()}, {f.upper()}", "fml": f"{f} {m}{'.' if len(m) == 1 else ''} {l}" if m else f"{f} {l}",
            "il": f"{f[0]}. {l}", "lower": f"{f} {l}".lower(), "FL": f"{f} {l}".upper(), "lfm": f"{l}, {f} {m}".strip()}[style]


MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def fd(d, style=None):
    style = style or ch(["iso", "us", "us_short", "ccyymmdd", "long", "dmy", "eu", "iso"])
    return {"iso": d.isoformat(), "us": d.strftime("%m/%d/%Y"), "us_short": "%d/%d/%02d" % (d.month, d.day, d.year % 100),
            "ccyymmdd": d.strftime("%Y%m%d"), "long": "%s %d, %d" % (MON[d.month - 1], d.day, d.year),
            "dmy": "%d %s %d" % (d.day, MON[d.month - 1][:3], d.year), "eu": d.strftime("%d.%m.%Y"),
            "dmy_slash": d.strftime("%d/%m/%Y")}[style]


def fp(ph, style=None):
    a, b, c = ph[:3], ph[3:6], ph[6:]
    style = style or ch(["paren", "dash", "plain", "e164", "intl", "dot", "dash"])
    return {"paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "plain": ph, "e164": f"+1{ph}", "intl": f"+1 {a} {b} {c}",
            "dot": f"{a}.{b}.{c}", "one": f"1-{a}-{b}-{c}"}[style]


def recent_day(back_lo=0, back_hi=20):
    return REF - timedelta(days=R.randint(back_lo, back_hi))


def rxno():
    return ch([str(R.randint(6000000, 6999999)), "RX" + digits(7, True), str(R.randint(100000, 999999)) + "-" + "%02d" % R.randint(0, 5)])


def drug():
    return ch(DRUGS)


def staff():
    return ch(STAFF)


def pharm():
    return ch(PHARM)


def rid():
    return uuid4()


def trace():
    return hexs(32)


def lvl_full(lv):
    return lv.rjust(5)


def tr_prefix(t, lv):
    return ts_us(t) + " " + lvl_full(lv) + " "


def slog_q(parts):
    """slog TextHandler value: quote when needed (space, '=', '"', empty, non-printable)"""
    s = ptext(parts)
    if s == "" or any(c in s for c in ' ="\\') or any(ord(c) < 0x20 for c in s):
        return ['"'] + pmap(parts, qesc) + ['"']
    return flat(parts)


def kv_slog(items):
    out = []
    for i, (k, v) in enumerate(items):
        out.append((" " if i else "") + k + "=")
        if isinstance(v, PH):
            out.extend(slog_q([(str(v.v), v.cat)]))
        elif isinstance(v, list):
            out.extend(slog_q(v))
        else:
            out.extend(slog_q([str(v)]))
    return out


def kv_tracing(items):
    """tracing fields: PH/str values recorded with ?Debug (quoted) unless Raw/int"""
    out = []
    for i, (k, v) in enumerate(items):
        out.append((" " if i else "") + k + "=")
        if isinstance(v, PH):
            if isinstance(v.v, str):
                out.extend(['"', (rdebug(v.v), v.cat), '"'])
            else:
                out.append((str(v.v), v.cat))
        elif isinstance(v, Raw):
            out.append(v.s)
        elif isinstance(v, tuple):  # display-formatted labeled (no quotes)
            out.append(v)
        elif isinstance(v, list):
            out.extend(v)
        elif isinstance(v, str):
            out.append('"' + rdebug(v) + '"')
        else:
            out.append(str(v))
    return out


# --------------------------------------------------------------------------- images

def jpeg_b64(nbytes, face=True):
    hdr = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    if not face:
        hdr = bytes.fromhex("ffd8ffe000104a46494600010200009600960000ffe1")
    body = bytes(R.randint(0, 255) for _ in range(nbytes))
    return base64.b64encode(hdr + body).decode()


def png_b64(nbytes):
    hdr = bytes.fromhex("89504e470d0a1a0a0000000d49484452000004b0000006400802000000")
    body = bytes(R.randint(0, 255) for _ in range(nbytes))
    return base64.b64encode(hdr + body).decode()


# =========================================================================== NOISE generators

def n_tracing_health():
    t = now()
    return [mk("tracing_full", tr_prefix(t, "INFO"), "rx_intake::health: readiness probe ok ",
               kv_tracing([("db_pool_idle", R.randint(3, 18)), ("db_pool_size", 20), ("surescripts_mailbox", Raw("connected")),
                           ("kafka_lag", R.randint(0, 40)), ("uptime_s", R.randint(3000, 900000))]))]


def n_tower_http():
    t = now()
    path = ch(["/v1/script/inbound", "/v1/script/status", "/healthz", "/metrics", "/v1/kiosk/heartbeat", "/v1/dur/check"])
    m = "GET" if path in ("/healthz", "/metrics") else "POST"
    lv = ch(["DEBUG", "INFO"])
    return [mk("tracing_full", tr_prefix(t, lv), f"request{{method={m} uri={path} version=HTTP/1.1}}: tower_http::trace::on_response: finished processing request latency={R.randint(1, 480)} ms status={ch([200, 200, 200, 202, 204, 400, 503])}")]


def n_tracing_kafka():
    t = now()
    return [mk("tracing_compact", tr_prefix(t, "INFO"), "consume:commit: rx_intake::kafka: committed offsets ",
               f"partition={R.randint(0, 11)} offset={R.randint(100000, 9999999)} lag={R.randint(0, 25)} topic=\"script.inbound.v1\" group=\"rx-intake\"")]


def n_tracing_json_kiosk():
    t = now()
    ph = pharm()
    fields = {"message": "kiosk heartbeat", "kiosk_id": ph[4], "firmware": "ak-%d.%d.%d" % (4, R.randint(0, 9), R.randint(0, 30)),
              "temp_c": round(R.uniform(2.5, 7.9), 1), "door": ch(["closed", "closed", "open"]), "bins_free": R.randint(0, 60),
              "rssi_dbm": -R.randint(40, 90)}
    o = {"timestamp": ts_us(t), "level": "INFO", "fields": fields, "target": "kiosk_gateway::telemetry",
         "span": {"kiosk": ph[4], "name": "session"}, "spans": [{"kiosk": ph[4], "name": "session"}]}
    return [mk("tracing_json", J(o))]


def n_env_logger():
    t = now()
    st = ch(["MN", "NM", "AZ", "HI", "TX", "OR", "PR"])
    msg = ch([f"connected to sftp.pmp-{st.lower()}.example:22 as nimbusrx_{st.lower()}",
              f"batch {recent_day(1, 1).strftime('%Y%m%d')} for state={st} has {R.randint(0, 900)} DSP records ({R.randint(0, 40)} schedule II)",
              f"uploaded {st}_{REF.strftime('%Y%m%d')}_{digits(4)}.dat ({R.randint(2, 900)} KiB) in {R.randint(100, 9000)}ms",
              f"state {st} acknowledgement file not yet available, retry in 300s",
              "loaded 52 jurisdiction profiles from /etc/pdmp/states.toml",
              f"zero report generated for store NCPDP {ch(PHARM)[1]} (no controlled dispensations)"])
    lv = ch(["INFO ", "INFO ", "WARN ", "DEBUG"])
    mod = ch(["pdmp_reporter::sftp", "pdmp_reporter::asap", "pdmp_reporter::scheduler", "pdmp_reporter"])
    return [mk("env_logger", f"[{ts_sec(t)} {lv} {mod}] {msg}")]


def n_slog_text_start():
    t = now()
    items = ch([[("msg", "starting server"), ("addr", ":8080"), ("version", "v2.14.%d" % R.randint(0, 9)), ("commit", hexs(7)), ("go", "go1.22.3")],
                [("msg", "config loaded"), ("env", "prod"), ("db.max_conns", 40), ("pbm.timeout", "8s"), ("feature.med_sync", "true")],
                [("msg", "rate limiter stats"), ("bucket", "refill"), ("allowed", R.randint(100, 4000)), ("rejected", R.randint(0, 50))],
                [("msg", "cache refreshed"), ("cache", "formulary"), ("entries", R.randint(20000, 90000)), ("took", "%dms" % R.randint(80, 3000))]])
    return [mk("slog_text", f"time={ts_ms(t)} level=INFO source=/app/cmd/refill-api/main.go:{R.randint(40, 200)} ", kv_slog(items))]


def n_slog_json():
    t = now()
    o = ch([{"msg": "http request", "method": "GET", "path": "/api/v2/stores/%s/hours" % ch(PHARM)[1], "status": 200,
             "dur_ms": R.randint(1, 90), "req_id": rid()},
            {"msg": "session store gc", "expired": R.randint(0, 900), "remaining": R.randint(1000, 9000)},
            {"msg": "feature flags synced", "flags": R.randint(30, 60), "source": "flagd:8013"},
            {"msg": "csp violation report", "blocked_uri": "https://fonts.gstatic.com", "document_uri": "https://my.nimbusrx.com/refills"}])
    o = {"time": ts_nano(t), "level": ch(["INFO", "DEBUG", "WARN"]), **o}
    return [mk("slog_json", J(o))]


def n_zap_prod():
    t = now()
    b, pcn, pname = ch(PAYERS)
    o = ch([{"level": "info", "ts": Raw(ts_epoch(t)), "caller": "pbm/switch.go:%d" % R.randint(100, 400), "msg": "claim response",
             "bin": b, "pcn": pcn, "txn": "B1", "status": ch(["P", "P", "R", "D"]), "rx_number": rxno(), "latency_ms": R.randint(200, 4000)},
            {"level": "info", "ts": Raw(ts_epoch(t)), "caller": "worker/pool.go:61", "msg": "worker pool stats", "active": R.randint(0, 32),
             "queued": R.randint(0, 400), "done": R.randint(1000, 90000)},
            {"level": "warn", "ts": Raw(ts_epoch(t)), "caller": "pbm/client.go:144", "msg": "payer slow", "payer": pname, "bin": b,
             "p99_ms": R.randint(3000, 9000)},
            {"level": "error", "ts": Raw(ts_epoch(t)), "caller": "grpcx/retry.go:77", "msg": "upstream call failed",
             "method": "/eligibility.v1.Eligibility/Check", "attempt": R.randint(1, 3),
             "error": "rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial tcp 10.96.%d.%d:50051: connect: connection refused\"" % (R.randint(0, 255), R.randint(1, 254))}])
    return [mk("zap_prod", J(o))]


def n_zap_dev():
    t = now()
    c = ch([("WARN", "pbm.switch", "switch/conn.go:88", "switch connection reset, retrying", {"attempt": R.randint(1, 4), "backoff": "%dms" % R.randint(100, 1600), "endpoint": "relay.switchvendor.net:5501"}),
            ("INFO", "pbm.claims", "claims/batch.go:52", "reversal batch complete", {"reversed": R.randint(0, 40), "failed": 0, "batch": "B2-%s-%s" % (REF.strftime("%Y%m%d"), digits(3))}),
            ("DEBUG", "pbm.formulary", "formulary/cache.go:117", "formulary miss", {"ndc": drug()[1], "bin": ch(PAYERS)[0], "ttl": "1h0m0s"})])
    return [mk("zap_dev", ts_ms(t).replace("Z", "Z"), "\t", c[0], "\t", c[1], "\t", c[2], "\t", c[3], "\t", J(c[4], sep=", ", col=": "))]


def n_zerolog_json():
    t = now()
    o = ch([{"level": "info", "service": "notify", "provider": ch(["twilio", "bandwidth"]), "queued": R.randint(10, 90), "sent": R.randint(10, 90),
             "failed": R.randint(0, 4), "time": ts_sec(t), "message": "sms batch flushed"},
            {"level": "debug", "service": "courier-dispatch", "route_id": "R-%s-%02d" % (REF.strftime("%Y%m%d"), R.randint(1, 30)), "stops": R.randint(4, 30),
             "driver_id": "DRV-%04d" % R.randint(1, 900), "time": ts_sec(t), "message": "route optimized"},
            {"level": "warn", "service": "notify", "error": "twilio: 20429 Too Many Requests", "retry_in": "2s", "time": ts_sec(t), "message": "provider throttled"}])
    return [mk("zerolog_json", J(o))]


def n_zerolog_console():
    t = now()
    s = ch([f"INF route optimized driver_id=DRV-{R.randint(1, 900):04d} route_id=R-{REF.strftime('%Y%m%d')}-{R.randint(1, 30):02d} service=courier-dispatch stops={R.randint(4, 30)}",
            f"WRN geocoder cache miss ratio high ratio=0.{R.randint(30, 80)} service=courier-dispatch",
            f"INF cold-chain tote sealed service=courier-dispatch temp_c={R.uniform(2, 8):.1f} tote=TOTE-{digits(5)}",
            f"ERR failed to fetch driver location error=\"context deadline exceeded\" service=courier-dispatch"])
    return [mk("zerolog_console", ts_kitchen(t), " ", s)]


def n_grpc_go():
    t = now()
    a, b = R.randint(1, 30), R.randint(1, 60)
    s = ch([f"INFO: [core] [Channel #{a} SubChannel #{b}] Subchannel Connectivity change to READY",
            f"INFO: [core] [Channel #{a}] Channel Connectivity change to CONNECTING",
            f"WARNING: [core] [Channel #{a} SubChannel #{b}] grpc: addrConn.createTransport failed to connect to {{Addr: \"10.96.{R.randint(0, 255)}.{R.randint(1, 254)}:50051\", ServerName: \"eligibility.rx-prod.svc:50051\", }}. Err: connection error: desc = \"transport: Error while dialing: dial tcp: i/o timeout\"",
            f"INFO: [transport] [server-transport 0xc000{hexs(6)}] Closing: EOF"])
    return [mk("grpc_go", ts_gostd(t), " ", s)]


def n_klog():
    t = now()
    h = ch(HOSTS)
    pod = ch(["rx-intake", "refill-api", "claims-adjudicator", "notify", "kiosk-gateway", "pdmp-reporter"])
    podn = f"rx-prod/{pod}-{hexs(9)}-{''.join(R.choice('bcdfghjklmnpqrstvwxz2456789') for _ in range(5))}"
    s = ch([f'"Probe failed" probeType="Readiness" pod="{podn}" podUID="{uuid4()}" containerName="{pod}" probeResult="failure" output="HTTP probe failed with statuscode: 503"',
            f'"SyncLoop (PLEG): event for pod" pod="{podn}" event={{ID:{uuid4()} Type:ContainerStarted Data:{hexs(64)}}}',
            f'"Killing container with a grace period" pod="{podn}" podUID="{uuid4()}" containerName="{pod}" containerID="containerd://{hexs(64)}" gracePeriod=30'])
    src = ch(["prober.go:107", "kubelet.go:2439", "kuberuntime_container.go:770"])
    return [mk("klog", f"{ts_sys(t)} {h} kubelet[1123]: {ts_klog(t)}    1123 {src}] {s}")]


def n_envoy_health():
    t = now()
    p = ch(["/healthz", "/readyz", "/metrics"])
    return [mk("envoy_access", f'[{ts_ms(t)}] "GET {p} HTTP/1.1" 200 - via_upstream - "-" 0 {R.randint(2, 4000)} {R.randint(0, 4)} {R.randint(0, 3)} "-" "{ch(["kube-probe/1.29", "Prometheus/2.51.2"])}" "{rid()}" "10.42.{R.randint(0, 15)}.{R.randint(2, 250)}:8080" "127.0.0.1:8080"')]


def n_envoy_internal():
    t = now()
    m = ch(["/rx.v1.Verify/CheckDUR", "/claims.v1.Claims/Submit", "/notify.v1.Notify/Send", "/eligibility.v1.Eligibility/Check"])
    code = ch([200, 200, 200, 503])
    fl = "-" if code == 200 else "UF"
    return [mk("envoy_access", f'[{ts_ms(t)}] "POST {m} HTTP/2" {code} {fl} {"via_upstream" if code == 200 else "upstream_reset_before_response_started{connection_failure}"} - "-" {R.randint(50, 3000)} {R.randint(10, 5000)} {R.randint(1, 900)} {R.randint(1, 800) if code == 200 else "-"} "-" "grpc-go/1.63.2" "{rid()}" "{m.split(".")[0][1:]}.rx-prod.svc:50051" "10.42.{R.randint(0, 15)}.{R.randint(2, 250)}:50051"')]


def n_postgres():
    t = now()
    pid = R.randint(40, 99999)
    s = ch([f"[{pid}] LOG:  checkpoint starting: time",
            f"[{pid}] LOG:  checkpoint complete: wrote {R.randint(100, 9000)} buffers ({R.uniform(0, 20):.1f}%); 0 WAL file(s) added, 0 removed, {R.randint(0, 5)} recycled; write={R.uniform(1, 200):.3f} s, sync={R.uniform(0, 1):.3f} s, total={R.uniform(1, 200):.3f} s",
            f"[{pid}] LOG:  automatic vacuum of table \"rxdb.public.fills\": index scans: 1",
            f"[{pid}] rxapp@rxdb LOG:  could not receive data from client: Connection reset by peer",
            f"[{pid}] rxapp@rxdb ERROR:  canceling statement due to statement timeout",
            f"[{pid}] LOG:  connection authorized: user=pdmp_ro database=rxdb application_name=pdmp-reporter SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)"])
    return [mk("postgres", ts_pg(t), " ", s)]


def n_sqlx():
    t = now()
    q = ch([("SELECT count(*) FROM fills WHERE status = $1 …", "\\n\\nSELECT\\n  count(*)\\nFROM\\n  fills\\nWHERE\\n  status = $1\\n", 1),
            ("UPDATE outbox SET sent_at = now() …", "\\n\\nUPDATE\\n  outbox\\nSET\\n  sent_at = now()\\nWHERE\\n  id = ANY($1)\\n", 0),
            ("SELECT id, message_id, payload FROM …", "\\n\\nSELECT\\n  id,\\n  message_id,\\n  payload\\nFROM\\n  script_inbox\\nWHERE\\n  processed_at IS NULL\\nORDER BY\\n  received_at\\nLIMIT\\n  $1\\nFOR UPDATE SKIP LOCKED\\n", R.randint(0, 25))])
    el = R.uniform(0.3, 40)
    lv = "INFO" if el < 30 else "WARN"
    return [mk("sqlx_tracing", tr_prefix(t, lv), f"sqlx::query: summary=\"{q[0]}\" db.statement=\"{q[1]}\" rows_affected={R.randint(0, 40) if q[2] == 0 else 0} rows_returned={q[2]} elapsed={el:.3f}ms elapsed_secs={el / 1000:.6f}")]


def n_pgx():
    t = now()
    ph = ch(PHARM)
    sql, args = ch([("SELECT rx_number, status FROM fills WHERE store_ncpdp = $1 AND status = $2", f"[{ph[1]} READY]"),
                    ("UPDATE kiosk_bins SET state = $1 WHERE kiosk_id = $2 AND bin = $3", f"[EMPTY {ph[4]} {R.randint(1, 60)}]"),
                    ("SELECT ndc, qty_on_hand FROM inventory WHERE store_ncpdp = $1 AND ndc = ANY($2)", f"[{ph[1]} [{drug()[1]} {drug()[1]}]]")])
    return [mk("pgx_tracelog", f"time={ts_ms(t)} level=INFO msg=Query sql=\"{sql}\" args=\"{args}\" time={R.uniform(0.2, 30):.4f}ms commandTag=\"{sql.split()[0]} {R.randint(0, 40)}\" pid={R.randint(1000, 90000)}")]


def n_hclog():
    t = now()
    s = ch(["[INFO]  agent.auth.handler: renewed auth token", "[INFO]  agent: (runner) rendered \"(dynamic)\" => \"/vault/secrets/db.env\"",
            "[WARN]  agent.auth.handler: lifetime watcher done channel triggered, re-authenticating",
            "[INFO]  agent.sink.file: token written: path=/home/vault/.vault-token"])
    return [mk("hclog", ts_ms(t), " ", s)]


def n_gokit():
    t = now()
    s = ch([f'caller=dispatch.go:353 level=error component=dispatcher msg="Notify for alerts failed" num_alerts=2 err="pagerduty/pagerduty[0]: notify retry canceled after 4 attempts: context deadline exceeded"',
            f'caller=notify.go:848 level=warn component=dispatcher receiver=pharmacy-oncall integration=slack[0] aggrGroup="{{}}:{{alertname=\\"KioskTempHigh\\"}}" msg="Notify attempt failed, will retry later" attempts=1',
            f'caller=scrape.go:1395 level=debug component="scrape manager" scrape_pool=kubernetes-pods target=http://10.42.{R.randint(0, 15)}.{R.randint(2, 250)}:9102/metrics msg="Scrape failed" err="context deadline exceeded"'])
    return [mk("gokit_logfmt", f"ts={ts_ms(t)} {s}")]


def n_linkerd():
    t = now()
    up = R.uniform(100, 90000)
    s = ch([f"  WARN ThreadId(0{R.randint(1, 3)}) outbound:proxy{{addr=10.96.{R.randint(0, 255)}.{R.randint(1, 254)}:50051}}:service{{ns=rx-prod name=eligibility port=50051}}:endpoint{{addr=10.42.{R.randint(0, 15)}.{R.randint(2, 250)}:50051}}: linkerd_reconnect: Failed to connect error=connect timed out after 1s",
            f"  INFO ThreadId(01) inbound:server{{port=8080}}: linkerd_app_inbound::detect: Handling connection as opaque due to policy",
            f" DEBUG ThreadId(02) outbound:accept{{client.addr=10.42.{R.randint(0, 15)}.{R.randint(2, 250)}:{R.randint(30000, 60000)}}}: linkerd_app_core::serve: Connection closed"])
    return [mk("linkerd_proxy", f"[{up:>15.6f}s]", s)]


def n_otel():
    t = now()
    return [mk("otelcol", ts_ms(t), "\t", ch(["info", "warn"]), "\t", "exporterhelper/retry_sender.go:118\tExporting failed. Will retry the request after interval.\t",
               J({"kind": "exporter", "data_type": ch(["traces", "logs", "metrics"]), "name": "otlphttp/tempo", "error": "failed to make an HTTP request: Post \"https://tempo.obs.svc:4318/v1/traces\": context deadline exceeded", "interval": "%.9fs" % R.uniform(2, 30)}, sep=", ", col=": "))]


def n_script_status():
    t = now()
    ph = pharm()
    code = ch(["000", "010"])
    body = (f'<Message DatatypesVersion="20170715" TransportVersion="20170715" TransactionDomain="SCRIPT" TransactionVersion="20170715" StructuresVersion="20170715" ECLVersion="20170715">'
            f'<Header><To Qualifier="P">{ph[1]}</To><From Qualifier="ZZZ">SSSDIR</From><MessageID>{hexs(32)}</MessageID><RelatesToMessageID>{hexs(32)}</RelatesToMessageID>'
            f'<SentTime>{ts_ms(t)}</SentTime></Header><Body><Status><Code>{code}</Code></Status></Body></Message>')
    return [mk("tracing_full", tr_prefix(t, "DEBUG"), 'surescripts{mailbox="inbound"}:poll: rx_intake::surescripts::client: received message kind=Status body="', rdebug(body), '"')]


def n_script_error():
    t = now()
    ph = pharm()
    desc = ch(["Receiver unable to process - schema validation failed: cvc-complex-type.2.4.a", "Message timed out at mailbox", "Prescriber not enabled for service level Change"])
    return [mk("tracing_compact", tr_prefix(t, "WARN"), "surescripts:poll: rx_intake::surescripts::client: SCRIPT Error received ",
               f'code="{ch(["601", "602", "900"])}" description_code="{ch(["1000", "2003", "4020", "220"])}" description="{desc}" relates_to="{hexs(32)}" mailbox="inbound" pharmacy_ncpdp="{ph[1]}"')]


def n_directory_sync():
    t = now()
    f, l, cred = staff()
    return [mk("tracing_full", tr_prefix(t, "INFO"), f"directory_sync{{batch={R.randint(1, 400)}}}: rx_intake::directory: upserted prescriber npi={npi()} spi={digits(10, True)}001 last_name=\"{l}\" first_name=\"{f}\" dea=\"{dea(l)}\" service_levels=\"New,Refill,Change,Cancel,ControlledSubstance\" active=true")]


def n_tonic_noise():
    t = now()
    code, msg = ch([("DeadlineExceeded", "Timeout expired"), ("Unavailable", "error trying to connect: tcp connect error: Connection refused (os error 111)"),
                    ("Unknown", "transport error"), ("ResourceExhausted", "rate limit exceeded for tenant rx-prod")])
    return [mk("tracing_full", tr_prefix(t, "ERROR"), f"verify_rx{{rx_number={rxno()}}}: verify::client: DUR check failed error=status: {code}, message: \"{msg}\", details: [], metadata: MetadataMap {{ headers: {{}} }}")]


def n_zap_stack():
    t = now()
    svc = ch(["claims", "eligibility", "pa"])
    out = [mk("zap_dev", ts_ms(t), "\tERROR\tpbm.", svc, "\t", f"{svc}/handler.go:{R.randint(40, 300)}\tunexpected nil response from switch\t",
              J({"error": "switch: EOF", "txn": "B1", "rx_number": rxno()}, sep=", ", col=": "))]
    for fn, loc in [(f"github.com/nimbusrx/claims/internal/{svc}.(*Handler).Submit", f"/src/internal/{svc}/handler.go:{R.randint(40, 300)}"),
                    ("github.com/nimbusrx/claims/internal/grpcx.UnaryServerInterceptor.func1", "/src/internal/grpcx/interceptor.go:58"),
                    ("google.golang.org/grpc.(*Server).processUnaryRPC", "/go/pkg/mod/google.golang.org/grpc@v1.63.2/server.go:1369")][:R.randint(2, 3)]:
        out.append(mk("zap_dev", fn))
        out.append(mk("zap_dev", "\t" + loc))
    return out


def n_pretty():
    t = now()
    rx = rxno()
    v = ch([0, 1, 2])
    if v == 0:
        return [mk("tracing_pretty", f"  {ts_us(t)}  INFO verify::dur: interaction screen complete, checked: {R.randint(3, 30)}, flagged: 0, source: \"fdb\""),
                mk("tracing_pretty", f"    at crates/verify/src/dur.rs:{R.randint(40, 400)} on tokio-runtime-worker"),
                mk("tracing_pretty", f"    in verify::handler::verify_rx with rx_number: \"{rx}\", store: \"{pharm()[1]}\"")]
    if v == 1:
        return [mk("tracing_pretty", f"  {ts_us(t)} DEBUG hyper::client::pool: reuse idle connection for (\"https\", fdb-api.internal:443)"),
                mk("tracing_pretty", f"    at /usr/local/cargo/registry/src/index.crates.io-6f17d22bba15001f/hyper-0.14.28/src/client/pool.rs:254 on tokio-runtime-worker")]
    return [mk("tracing_pretty", f"  {ts_us(t)}  WARN verify::pdmp: state PDMP query slow, state: \"{ch(['MN', 'AZ', 'NM', 'OR'])}\", elapsed_ms: {R.randint(3000, 12000)}, hub: \"rxcheck\""),
            mk("tracing_pretty", f"    at crates/verify/src/pdmp.rs:{R.randint(40, 300)} on tokio-runtime-worker"),
            mk("tracing_pretty", f"    in verify::pdmp::query with request_id: {uuid4()}"),
            mk("tracing_pretty", f"    in verify::handler::verify_rx with rx_number: \"{rx}\", store: \"{pharm()[1]}\"")]


def n_kiosk_csv():
    t = now()
    ph = pharm()
    out = [mk("tracing_full", tr_prefix(t, "INFO"), f"inventory_sync{{kiosk=\"{ph[4]}\"}}: kiosk_gateway::inventory: received bin manifest rows={R.randint(3, 4)} format=csv")]
    out.append(mk("csv", "bin,ndc,lot,exp,qty,state"))
    for _ in range(R.randint(2, 3)):
        d = drug()
        out.append(mk("csv", f"{R.randint(1, 60)},{d[1]},{ch('ABCKLMZ')}{digits(5)},{(REF + timedelta(days=R.randint(60, 900))).strftime('%Y-%m')},{R.randint(1, 90)},{ch(['STOCKED', 'RESERVED', 'STOCKED'])}"))
    return out


def n_image_meta():
    t = now()
    o = {"level": "info", "ts": Raw(ts_epoch(t)), "caller": "scan/store.go:%d" % R.randint(40, 160), "msg": "rx image stored",
         "rxNumber": rxno(), "contentType": ch(["image/jpeg", "image/png", "application/pdf"]), "bytes": R.randint(40000, 900000),
         "sha256": hexs(64), "bucket": "nimbusrx-prod-rx-scans", "key": "scans/%s/%s.jpg" % (REF.strftime("%Y/%m/%d"), uuid4())}
    return [mk("zap_prod", J(o))]


def n_image_b64():
    t = now()
    b = jpeg_b64(R.randint(120, 200), face=False) if R.random() < 0.6 else png_b64(R.randint(120, 200))
    o = {"timestamp": ts_us(t), "level": "DEBUG", "fields": {"message": "ocr request", "rx_scan_id": "scan_" + hexs(12), "mime": "image/jpeg" if b.startswith("/9j") else "image/png",
                                                              "image_b64": b + "...(truncated)", "dpi": 300},
         "target": "rx_intake::ocr::client", "filename": "crates/rx-intake/src/ocr/client.rs", "line_number": R.randint(40, 200)}
    return [mk("tracing_json", J(o))]


def n_business():
    t = now()
    ph = pharm()
    f, l, cred = staff()
    return [mk("slog_text", f"time={ts_ms(t)} level=INFO msg=\"store profile updated\" store.ncpdp={ph[1]} store.name=\"{ph[0]}\" store.phone={ph[2]} store.fax={ph[3]} pic.name=\"{f} {l}, {cred}\" pic.email={f[0].lower()}.{ascii_fold(l).lower()}@nimbusrx.com updated_by=admin")]


def n_staff_audit():
    t = now()
    f, l, cred = staff()
    o = {"level": "info", "service": "audit", "actor": ascii_fold(f[0] + l).lower(), "role": ch(["pharmacist", "technician", "pic"]),
         "action": ch(["login", "verify_rx", "logout", "override_dur", "print_label"]), "store": pharm()[1],
         "src_ip": "10.20.%d.%d" % (R.randint(0, 20), R.randint(2, 250)), "time": ts_sec(t), "message": "audit"}
    return [mk("zerolog_json", J(o))]


def n_cron():
    t = now()
    return [mk("slog_text", f"time={ts_ms(t)} level=INFO msg=\"refill-reminder job finished\" job=refill_reminder run_id={uuid4()} scanned={R.randint(10000, 40000)} eligible={R.randint(1000, 3000)} sent={R.randint(900, 2900)} duration={R.randint(1, 9)}m{R.uniform(0, 59):.1f}s")]


def n_csos():
    t = now()
    f, l, cred = staff()
    return [mk("tracing_compact", tr_prefix(t, "INFO"), f"epcs_verify: rx_intake::epcs: digital signature verified prescriber_dea=\"{dea(l)}\" cert_serial=\"{hexs(16).upper()}\" issuer=\"CN=DigiCert EPCS CA\" algo=\"RSA-SHA256\" rx_number=\"{rxno()}\"")]


def n_nginx_static():
    t = now()
    ip = "10.42.%d.%d" % (R.randint(0, 15), R.randint(2, 250))
    p = ch(["/static/js/app.3f9c1e.js", "/favicon.ico", "/static/css/portal.8a1b.css", "/robots.txt"])
    return [mk("nginx_access", f'{ip} - - [{ts_nginx(t)}] "GET {p} HTTP/1.1" {ch([200, 304])} {R.randint(0, 90000)} "-" "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/124.0" rt={R.uniform(0, 0.05):.3f}')]


def n_go_stdlog():
    t = now()
    s = ch([f"outbox.go:{R.randint(40, 160)}: published {R.randint(1, 60)} events to script.routed",
            f"main.go:{R.randint(20, 90)}: listening on :9090 (metrics)",
            f"outbox.go:{R.randint(40, 160)}: retrying batch {uuid4()} after kafka: client has run out of available brokers to talk to"])
    return [mk("go_stdlog", ts_gostd(t), " ", s)]


def n_d0_noise():
    t = now()
    return [mk("zap_dev", ts_ms(t), "\tINFO\tpbm.switch\tswitch/conn.go:140\tswitch session established\t",
               J({"vendor_cert": "D0" + digits(8), "switch": ch(["relay-a", "relay-b"]), "tls": "TLS1.3", "rtt_ms": R.randint(5, 80)}, sep=", ", col=": "))]


def n_env_logger_asap_hdr():
    t = now()
    st = ch(["MN", "NM", "AZ", "HI", "TX", "OR"])
    ph = pharm()
    return [mk("env_logger", f"[{ts_sec(t)} DEBUG pdmp_reporter::asap] TH*4.2B*{digits(6)}*01**{REF.strftime('%Y%m%d')}*{t.strftime('%H%M')}*P**~~"),
            mk("env_logger", f"[{ts_sec(t)} DEBUG pdmp_reporter::asap] PHA*{npi()}*{ph[1]}*{ch('ABFM')}{ch('ABCDEFGHJ')}{digits(7)}*{ph[0].upper()}*~")]


NOISE = [(n_tracing_health, 5), (n_tower_http, 6), (n_tracing_kafka, 4), (n_tracing_json_kiosk, 5), (n_env_logger, 6),
         (n_slog_text_start, 5), (n_slog_json, 5), (n_zap_prod, 6), (n_zap_dev, 5), (n_zerolog_json, 5), (n_zerolog_console, 4),
         (n_grpc_go, 4), (n_klog, 4), (n_envoy_health, 4), (n_envoy_internal, 4), (n_postgres, 5), (n_sqlx, 5), (n_pgx, 4),
         (n_hclog, 3), (n_gokit, 3), (n_linkerd, 3), (n_otel, 2), (n_script_status, 4), (n_script_error, 3),
         (n_directory_sync, 4), (n_tonic_noise, 3), (n_zap_stack, 2), (n_pretty, 2), (n_kiosk_csv, 1), (n_image_meta, 3),
         (n_image_b64, 2), (n_business, 3), (n_staff_audit, 3), (n_cron, 2), (n_csos, 3), (n_nginx_static, 3), (n_d0_noise, 2),
         (n_env_logger_asap_hdr, 1), (n_go_stdlog, 3)]

# =========================================================================== PHI generators


def g_tr_newrx():
    t = now()
    p = pat()
    d = drug()
    f, l, cred = staff()
    return [mk("tracing_full", tr_prefix(t, "INFO"), f'handle_newrx{{message_id="{hexs(32)}" patient_id="', (p["pid"], "mrn"), '"}: rx_intake::script::newrx: NewRx accepted ',
               kv_tracing([("rx_number", Raw(rxno())), ("ndc", d[1]), ("qty", d[3]), ("prescriber_npi", Raw(npi())), ("written", PH(fd(recent_day(0, 6), "iso"), "date"))]))]


def g_tr_debug_struct():
    t = now()
    p = pat()
    gender = {"M": "Male", "F": "Female"}[p["sex"]]
    parts = [tr_prefix(t, "DEBUG"), "rx_intake::script::mapper: mapped patient patient=Patient { id: PatientId(", (p["legacy"], "mrn"),
             '), first_name: "', (rdebug(p["first"]), "name"), '", last_name: "', (rdebug(p["last"]), "name"), '", dob: ', (p["dob"].isoformat(), "date"),
             f", gender: {gender}, phone: Some(\"", (p["phone"], "phone"), '"), email: ', ]
    if R.random() < 0.5:
        parts += ['Some("', (p["email"], "email"), '")']
    else:
        parts += ["None"]
    parts += [', address: Some(Address { line1: "', (p["street"], "address"), '", line2: ',
              (['Some("', (p["unit"], "address"), '")'] if p["unit"] else ["None"]), ', city: "', (p["city"], "address"), f'", state: "{p["state"]}", postal_code: "', (p["zip"], "zip"),
              '" }) }']
    return [mk("tracing_full", *parts)]


def g_tr_compact_dur():
    t = now()
    p = pat()
    d1, d2 = drug(), drug()
    parts = [tr_prefix(t, "WARN"), "verify_rx:dur_check: verify::dur: therapeutic duplication flagged ",
             f'drug_a="{d1[0]}" drug_b="{d2[0]}" severity="moderate" rx_number="{rxno()}" patient_id="', (p["pid"], "mrn"), '"']
    if p["age"] > 89:
        parts += [" patient_age=", (str(p["age"]), "age")]
    else:
        parts += [f' pharmacist="{staff()[1]}"']
    return [mk("tracing_compact", *parts)]


def g_tr_compact_age():
    t = now()
    p = mkpat(old=True)
    return [mk("tracing_compact", tr_prefix(t, "INFO"), "verify_rx:beers: verify::geriatric: Beers criteria screen ",
               f'drug="{ch(["Alprazolam 0.5 MG Oral Tablet", "Diphenhydramine 25 MG Oral Capsule", "Glyburide 5 MG Oral Tablet"])}" result="avoid" age=', (str(p["age"]), "age"),
               ' dob="', (fd(p["dob"], "iso"), "date"), f'" rx_number="{rxno()}"')]


def g_tr_pretty_dob():
    t = now()
    p = pat()
    wrong = p["dob"] + timedelta(days=ch([-10, 1, 31, 365]))
    return [mk("tracing_pretty", f"  {ts_us(t)}  WARN verify::identity: date of birth mismatch between NewRx and profile, expected: ", (p["dob"].isoformat(), "date"),
               ", received: ", (wrong.isoformat(), "date")),
            mk("tracing_pretty", f"    at crates/verify/src/identity.rs:{R.randint(80, 240)} on tokio-runtime-worker"),
            mk("tracing_pretty", '    in verify::identity::match_patient with patient_id: "', (p["pid"], "mrn"), '", last_name: "', (rdebug(p["last"]), "name"), '"'),
            mk("tracing_pretty", f'    in verify::handler::verify_rx with rx_number: "{rxno()}", store: "{pharm()[1]}"')]


def g_tr_pretty_consult():
    t = now()
    p = pat()
    f, l, cred = staff()
    return [mk("tracing_pretty", f"  {ts_us(t)}  INFO video_consult::session: counseling session opened, pharmacist: \"{f} {l}\", patient: \"",
               (rdebug(nm(p, ch(["fl", "fml", "lf"]))), "name"), '", callback: "', (fp(p["phone"]), "phone"), '"'),
            mk("tracing_pretty", f"    at crates/video-consult/src/session.rs:{R.randint(40, 200)} on tokio-runtime-worker"),
            mk("tracing_pretty", f'    in video_consult::session::open with room: "vc-{hexs(10)}", client_ip: ', (p["ip"], "ip"))]


def kiosk_json(fields, target, span=None):
    t = now()
    o = {"timestamp": ts_us(t), "level": "INFO", "fields": fields, "target": target}
    if span:
        o["span"] = span
        o["spans"] = [span]
    return J(o)


def g_tj_pickup_dl():
    p = pat()
    ph = pharm()
    fields = {"message": "controlled substance pickup verified", "id_type": "DL", "id_state": p["state"], "id_number": PH(p["dl"], "license"),
              "id_valid": True, "patient_id": PH(p["pid"], "mrn"),
              "face_match_score": round(R.uniform(0.86, 0.99), 3), "rx_number": rxno()}
    return [mk("tracing_json", kiosk_json(fields, "kiosk_gateway::pickup", {"kiosk": ph[4], "session": hexs(8), "name": "pickup"}))]


def g_tj_selfie():
    p = pat()
    ph = pharm()
    b = jpeg_b64(R.randint(150, 260))
    fields = {"message": "identity capture uploaded", "patient_id": PH(p["pid"], "mrn"), "capture": "selfie",
              "image": Txt("data:image/jpeg;base64,", (b, "photo")), "bytes": R.randint(30000, 90000)}
    return [mk("tracing_json", kiosk_json(fields, "kiosk_gateway::idv", {"kiosk": ph[4], "name": "idv"}))]


def g_zap_id_portrait():
    t = now()
    p = pat()
    b = jpeg_b64(R.randint(120, 220))
    o = {"level": "debug", "ts": Raw(ts_epoch(t)), "caller": "idv/extract.go:%d" % R.randint(40, 160), "msg": "portrait cropped from ID",
         "patientId": PH(p["pid"], "mrn"), "docType": "DRIVER_LICENSE", "portraitB64": PH(b, "photo"), "w": 240, "h": 300}
    return [mk("zap_prod", J(o))]


def g_tj_fingerprint():
    p = pat()
    ph = pharm()
    tpl = base64.b64encode(b"FMR\x00 20\x00" + bytes(R.randint(0, 255) for _ in range(R.randint(60, 110)))).decode()
    fields = {"message": "fingerprint enrolled", "patient_id": PH(p["legacy"], "mrn"), "finger": ch(["R_INDEX", "L_INDEX", "R_THUMB"]),
              "format": "ISO19794-2", "template": PH(tpl, "biometric"), "quality": R.randint(40, 100)}
    return [mk("tracing_json", kiosk_json(fields, "kiosk_gateway::biometric", {"kiosk": ph[4], "name": "enroll"}))]


def g_tj_faceembed():
    p = pat()
    vec = "[" + ",".join("%.4f" % R.uniform(-0.3, 0.3) for _ in range(16)) + "]"
    t = now()
    parts = ['{"timestamp":"', ts_us(t), '","level":"DEBUG","fields":{"message":"face match","patient_uuid":"', (p["uuid"], "mrn"),
             '","embedding":', (vec, "biometric"), f',"score":{R.uniform(0.7, 0.99):.4f},"threshold":0.82}},"target":"kiosk_gateway::facematch"}}']
    return [mk("tracing_json", *parts)]


def g_tj_flat_drive():
    """tracing JSON with flatten_event(true): drive-through pickup"""
    t = now()
    p = pat()
    o = {"timestamp": ts_us(t), "level": "INFO", "message": "curbside arrival matched", "lane": R.randint(1, 3),
         "plate": PH(p["plate"], "vehicle"), "plate_state": p["state"], "pickup_name": PH(nm(p, ch(["fl", "FL", "lf"])), "name"),
         "order_id": "ord_" + hexs(16), "target": "kiosk_gateway::curbside"}
    if R.random() < 0.4:
        o = dict(list(o.items())[:4] + [("vin", PH(p["vin"], "vehicle"))] + list(o.items())[4:])
    return [mk("tracing_json", J(o))]


def g_env_pat_seg():
    t = now()
    p = pat()
    qual = ch(["06", "07", "03"])
    idv = {"06": (p["dl"].replace("-", ""), "license"), "07": (p["ssn"].replace("-", ""), "ssn"), "03": (p["legacy"], "mrn")}[qual]
    parts = [f"[{ts_sec(t)} DEBUG pdmp_reporter::asap] PAT*{p['state']}*{qual}*", idv, "*******",
             (ascii_fold(p["last"]).upper(), "name"), "*", (ascii_fold(p["first"]).upper(), "name"), "*", (p["mid"][:1], "name") if p["mid"] else "", "***",
             (ascii_fold(p["street"]).upper(), "address"), "*", ((p["unit"].upper(), "address") if p["unit"] else ""), "*", (p["city"].upper(), "address"),
             f"*{p['state']}*", (p["zip"], "zip"), "*", (p["phone"], "phone"), "*", (p["dob"].strftime("%Y%m%d"), "date"), f"*{p['sex']}*01***~"]
    return [mk("env_logger", *parts)]


def g_env_dsp():
    t = now()
    d = drug()
    w = recent_day(3, 30)
    f = w + timedelta(days=R.randint(0, 3))
    return [mk("env_logger", f"[{ts_sec(t)} DEBUG pdmp_reporter::asap] DSP*00*{rxno()}*", (w.strftime("%Y%m%d"), "date"), f"*{R.randint(0, 5)}*",
               (f.strftime("%Y%m%d"), "date"), f"*0*01*{d[1]}*{d[3]}*{R.randint(5, 30)}*01*01*01**{ch(['99', '01', '07'])}*~")]


def g_env_reject():
    t = now()
    p = pat()
    return [mk("env_logger", f"[{ts_sec(t)} ERROR pdmp_reporter::asap] state {p['state']} rejected PAT segment ({ch(['missing PAT16', 'invalid PAT18', 'PAT17 not numeric'])}) for ",
               (ascii_fold(nm(p, "LF")), "name"), " dob=", (p["dob"].strftime("%Y%m%d"), "date"), f" rx={rxno()}; queued for manual correction")]


def g_slog_refill_ivr():
    t = now()
    p = pat()
    items = [("msg", "refill requested"), ("channel", "ivr"), ("patient.id", PH(p["pid"], "mrn")), ("patient.dob", PH(fd(p["dob"], "iso"), "date")),
             ("rx", rxno()), ("caller_ani", PH(fp(p["phone"], "e164"), "phone")), ("call_sid", "CA" + hexs(32))]
    return [mk("slog_text", f"time={ts_ms(t)} level=INFO source=/app/internal/refill/ivr.go:{R.randint(40, 200)} ", kv_slog(items))]


def g_slog_refill_err():
    t = now()
    p = pat()
    ln = p["last"]
    err = ["rpc error: code = NotFound desc = no patient matching last_name=\"", (ln, "name"), "\" dob=", (p["dob"].isoformat(), "date")]
    items = [("msg", "verify patient failed"), ("err", err), ("store", pharm()[1]), ("req_id", rid())]
    return [mk("slog_text", f"time={ts_ms(t)} level=ERROR source=/app/internal/refill/lookup.go:{R.randint(40, 200)} ", kv_slog(items))]


def g_slog_grpc_details():
    t = now()
    p = pat()
    sp = ch([" ", "  "])
    det = ["[reason:\"PATIENT_AMBIGUOUS\"", sp, "domain:\"patients.nimbusrx.internal\"", sp, "metadata:{key:\"candidates\" value:\"", str(R.randint(2, 4)), "\"}",
           sp, "metadata:{key:\"dob\" value:\"", (p["dob"].isoformat(), "date"), "\"} metadata:{key:\"last_name\" value:\"", (p["last"], "name"), "\"}]"]
    items = [("msg", "grpc call failed"), ("method", "/patients.v1.Patients/Resolve"), ("code", "FailedPrecondition"),
             ("desc", "multiple patients match demographics"), ("details", det)]
    return [mk("slog_text", f"time={ts_ms(t)} level=WARN ", kv_slog(items))]


def g_slog_badrequest():
    t = now()
    p = pat()
    bad = p["dob"].replace(year=R.randint(2025, 2099))
    o = {"time": ts_nano(t), "level": "WARN", "msg": "invalid request",
         "error": Txt("rpc error: code = InvalidArgument desc = invalid CreatePatient request"),
         "details": [{"@type": "type.googleapis.com/google.rpc.BadRequest", "fieldViolations": [
             {"field": "patient.birth_date", "description": Txt("must not be in the future: ", (bad.isoformat(), "date"))},
             {"field": "patient.phone", "description": Txt("not a valid NANP number: ", (p["phone"][:3] + "-" + p["phone"][3:6] + "-" + p["phone"][6:9], "phone"))}]}]}
    return [mk("slog_json", J(o))]


def g_slog_json_login():
    t = now()
    p = pat()
    o = {"time": ts_nano(t), "level": "INFO", "source": {"function": "github.com/nimbusrx/portal/internal/auth.(*Service).Login", "file": "/src/internal/auth/login.go", "line": R.randint(40, 200)},
         "msg": "login succeeded", "user": {"username": PH(p["user"], "other_id"), "email": PH(p["email"], "email"), "mfa": ch(["sms", "totp", "none"])},
         "client_ip": PH(p["ip"], "ip"), "user_agent": ch(["NimbusRx/5.12.0 (iPhone; iOS 17.4.1)", "Mozilla/5.0 (Linux; Android 14; Pixel 7)", "NimbusRx/5.11.2 (Android 13; SM-A536U)"])}
    return [mk("slog_json", J(o))]


def g_slog_json_spanish():
    t = now()
    p = pat()
    o = {"time": ts_nano(t), "level": "INFO", "msg": "perfil actualizado",
         "paciente": {"id": PH(p["legacy"], "mrn"), "nombre": PH(p["first"], "name"), "apellidos": PH(p["last"], "name"),
                      "fecha_nac": PH(fd(p["dob"], "dmy_slash"), "date"), "tel_movil": PH(fp(p["phone"], "dash"), "phone"),
                      "direccion": PH(p["street"] + (" " + p["unit"] if p["unit"] else ""), "address"), "municipio": PH(p["city"], "address"), "codigo_postal": PH(p["zip"], "zip")},
         "plan": {"aseguradora": "Vital PR Medicaid", "num_afiliado": PH(p["medicaid"], "health_plan")}, "canal": "app"}
    return [mk("slog_json", J(o))]


def g_slog_json_caregiver():
    t = now()
    p = pat()
    r = relative(p)
    o = {"time": ts_nano(t), "level": "INFO", "msg": "authorized pickup added", "patient_id": PH(p["pid"], "mrn"),
         "authorized": {"name": PH(r["first"] + " " + r["last"], "name"), "relationship": r["rel"], "phone": PH(fp(r["phone"]), "phone")},
         "valid_days": 365, "by": "patient"}
    return [mk("slog_json", J(o))]


def g_pgx_slog():
    t = now()
    p = pat()
    dobs = p["dob"].isoformat()
    parts = [f"time={ts_ms(t)} level=INFO msg=Query sql=\"SELECT id, first_name, last_name FROM patients WHERE lower(last_name) = lower($1) AND birth_date = $2\" args=\"[",
             (qesc(p["last"]), "name"), " ", (dobs, "date"), " 00:00:00 +0000 UTC]\"", f" time={R.uniform(0.4, 12):.4f}ms commandTag=\"SELECT {R.randint(0, 3)}\" pid={R.randint(1000, 90000)}"]
    return [mk("pgx_tracelog", *parts)]


def g_pgx_zap():
    t = now()
    p = pat()
    o = {"level": "info", "ts": Raw(ts_epoch(t)), "logger": "pgx", "msg": "Exec",
         "sql": "UPDATE patients SET phone = $1, email = $2, updated_at = now() WHERE id = $3",
         "args": [PH(p["phone"], "phone"), PH(p["email"], "email"), PH(p["uuid"], "mrn")],
         "time": Raw("%.7f" % R.uniform(0.0005, 0.02)), "commandTag": "UPDATE 1", "pid": R.randint(1000, 90000)}
    return [mk("zap_prod", J(o))]


def g_pg_bind():
    t = now()
    p = pat()
    pid = R.randint(1000, 99999)
    stmt = R.randint(1, 40)
    return [mk("postgres", f"{ts_pg(t)} [{pid}] rxapp@rxdb LOG:  duration: {R.uniform(200, 3000):.3f} ms  execute sqlx_s_{stmt}: SELECT p.id, p.first_name, p.last_name, c.member_id FROM patients p JOIN coverage c ON c.patient_id = p.id WHERE p.last_name = $1 AND p.birth_date = $2 AND p.postal_code = $3"),
            mk("postgres", f"{ts_pg(t)} [{pid}] rxapp@rxdb DETAIL:  parameters: $1 = '", (p["last"].replace("'", "''"), "name"), "', $2 = '", (p["dob"].isoformat(), "date"), "', $3 = '", (p["zip"], "zip"), "'")]


def g_pg_unique():
    t = now()
    p = pat()
    pid = R.randint(1000, 99999)
    return [mk("postgres", f'{ts_pg(t)} [{pid}] portal@rxdb ERROR:  duplicate key value violates unique constraint "patient_logins_email_key"'),
            mk("postgres", f"{ts_pg(t)} [{pid}] portal@rxdb DETAIL:  Key (lower(email::text))=(", (p["email"].lower(), "email"), ") already exists."),
            mk("postgres", f"{ts_pg(t)} [{pid}] portal@rxdb STATEMENT:  INSERT INTO patient_logins (patient_id, email, username) VALUES ($1, $2, $3)")]


def g_sqlx_raw():
    t = now()
    p = pat()
    q = "UPDATE patients SET phone = '"
    parts = [tr_prefix(t, "INFO"), "backfill{job=\"phone_normalize\"}: sqlx::query: summary=\"UPDATE patients SET phone …\" db.statement=\"\\n\\nUPDATE\\n  patients\\nSET\\n  phone = '",
             (fp(p["phone"], "e164"), "phone"), "'\\nWHERE\\n  id = ", (p["legacy"], "mrn"), f"\\n\" rows_affected=1 rows_returned=0 elapsed={R.uniform(0.5, 9):.3f}ms elapsed_secs=0.00{R.randint(1000, 9000)}"]
    return [mk("sqlx_tracing", *parts)]


def g_zapdev_claim():
    t = now()
    p = pat()
    b, pcn, pn = ch(PAYERS)
    f = {"rxNumber": rxno(), "bin": b, "pcn": pcn, "cardholderId": PH(p["member"], "health_plan"), "personCode": "0%d" % R.randint(1, 3),
         "groupId": ch(["RX4471", "NIMBUS01", "EMP2231", "PDPIND"]), "dateOfService": PH(recent_day(0, 2).strftime("%Y%m%d"), "date"),
         "patientDob": PH(p["dob"].strftime("%Y%m%d"), "date")}
    return [mk("zap_dev", ts_ms(t), "\tINFO\tpbm.claims\tclaims/submit.go:", str(R.randint(60, 140)), "\tsubmitting B1 claim\t", J(f, sep=", ", col=": "))]


def g_zapprod_reject():
    t = now()
    p = pat()
    term = recent_day(20, 60)
    o = {"level": "error", "ts": Raw(ts_epoch(t)), "caller": "claims/adjudicate.go:%d" % R.randint(100, 300), "msg": "claim rejected",
         "reject_codes": ["65", ch(["M4", "70", "75"])], "memberId": PH(p["member"], "health_plan"),
         "error": Txt("rpc error: code = FailedPrecondition desc = patient not covered: cardholder ", (p["member"], "health_plan"), " terminated ", (term.isoformat(), "date")),
         "stacktrace": "github.com/nimbusrx/claims/internal/claims.(*Adjudicator).Run\n\t/src/internal/claims/adjudicate.go:212\nmain.main\n\t/src/cmd/claims/main.go:88"}
    return [mk("zap_prod", J(o))]


def g_zapprod_mbi():
    t = now()
    p = mkpat(old=R.random() < 0.5)
    o = {"level": "info", "ts": Raw(ts_epoch(t)), "caller": "eligibility/partd.go:%d" % R.randint(40, 160), "msg": "E1 eligibility response",
         "mbi": PH(p["mbi"], "health_plan"), "contract": "S%04d" % R.randint(1000, 9999), "pbp": "%03d" % R.randint(1, 30),
         "lis_level": ch(["0", "1", "2", "4"]), "plan_year": 2024, "patient": {"last": PH(p["last"].upper(), "name"), "first": PH(p["first"].upper(), "name"), "dob": PH(p["dob"].strftime("%Y%m%d"), "date")}}
    if p["age"] > 89:
        o["patient"]["age"] = PH(p["age"], "age")
    elif p["age"] >= 18:
        o["patient"]["age"] = p["age"]
    return [mk("zap_prod", J(o))]


def g_zapprod_consult():
    t = now()
    p = pat()
    f, l, cred = staff()
    o = {"level": "info", "ts": Raw(ts_epoch(t)), "caller": "consult/room.go:%d" % R.randint(40, 160), "msg": "consult started",
         "room": "vc-" + hexs(10), "patientName": PH(nm(p, ch(["fl", "fml", "lower"])), "name"), "patientIp": PH(p["ip"], "ip"),
         "pharmacist": f"{f[0]}. {l}, {cred}", "scheduledFor": Txt((recent_day(-1, 0).isoformat(), "date"), "T%02d:%02d:00Z" % (R.randint(14, 22), ch([0, 15, 30, 45])))}
    if R.random() < 0.5:
        o["device"] = {"kind": "loaner_tablet", "model": "SM-X200", "imei": PH(p["imei"], "device")}
    return [mk("zap_prod", J(o))]


def g_zerolog_sms():
    t = now()
    p = pat()
    ph = pharm()
    es = R.random() < 0.4
    if es:
        body = Txt("Hola ", (p["first"], "name"), ", su receta ", rxno(), " está lista para recoger en ", ph[0], ". Responda STOP para cancelar.")
    else:
        body = Txt("Hi ", (p["first"], "name"), ", your prescription ", rxno(), " is ready for pickup at ", ph[0], ". Reply STOP to opt out.")
    o = {"level": "info", "service": "notify", "to": PH(fp(p["phone"], "e164"), "phone"), "template": "rx_ready_es" if es else "rx_ready_en",
         "body": body, "segments": R.randint(1, 2), "time": ts_sec(t), "message": "sms queued"}
    return [mk("zerolog_json", J(o))]


def g_zerolog_email_bounce():
    t = now()
    p = pat()
    o = {"level": "warn", "service": "notify", "error": Txt("550 5.1.1 <", (p["email"], "email"), ">: Recipient address rejected: User unknown"),
         "patient_id": PH(p["pid"], "mrn"), "template": "refill_reminder", "time": ts_sec(t), "message": "email bounced"}
    return [mk("zerolog_json", J(o))]


def g_zerolog_adherence():
    t = now()
    p = pat()
    kind = ch(["cap", "dispenser"])
    if kind == "cap":
        o = {"level": "info", "service": "adherence", "patient_id": PH(p["pid"], "mrn"), "device_mac": PH(p["mac"], "device"),
             "event": "cap_opened", "battery": R.randint(5, 100), "time": ts_sec(t), "message": "smart cap event"}
    else:
        o = {"level": "warn", "service": "adherence", "patient_id": PH(p["pid"], "mrn"), "dispenser_sn": PH("HD" + digits(2) + "-" + "".join(R.choice(CROCK) for _ in range(8)), "device"),
             "missed_doses": R.randint(1, 4), "caregiver_phone": PH(fp(relative(p)["phone"], "e164"), "phone"), "time": ts_sec(t), "message": "missed dose escalation"}
    return [mk("zerolog_json", J(o))]


def g_zerolog_payment():
    t = now()
    p = pat()
    o = {"level": "error", "service": "billing", "patient_account": PH(p["acct"], "account"), "amount_cents": R.randint(500, 30000),
         "error": Txt("card_declined: insufficient_funds (pan=", (p["card"], "account"), ")"), "time": ts_sec(t), "message": "copay charge failed"}
    return [mk("zerolog_json", J(o))]


def g_zerolog_masked():
    t = now()
    p = pat()
    o = {"level": "info", "service": "billing", "patient_account": PH(p["acct"], "account"), "card": "**** **** **** " + p["card"][-4:],
         "pm": "pm_" + hexs(24), "amount_cents": R.randint(500, 30000), "time": ts_sec(t), "message": "copay collected"}
    return [mk("zerolog_json", J(o))]


def g_zerolog_console_delivery():
    t = now()
    p = pat()
    win = ch(["09:00-12:00", "12:00-15:00", "14:00-17:00", "17:00-20:00"])
    parts = [ts_kitchen(t), " INF delivery scheduled address=\"", (p["street"] + (" " + p["unit"] if p["unit"] else ""), "address"), "\" city=", ]
    city = p["city"]
    parts += (['"', (city, "address"), '"'] if " " in city else [(city, "address")])
    rname = nm(p, ch(["fl", "fl", "lf"]))
    parts += [" date=", (recent_day(-2, 0).isoformat(), "date"), f" order_id=ord_{hexs(12)} phone=", (fp(p["phone"], "dash"), "phone"), ' recipient="', (qesc(rname), "name"),
              f'" service=courier-dispatch window={win} zip=', (p["zip4"] if R.random() < 0.4 else p["zip"], "zip")]
    return [mk("zerolog_console", *parts)]


def g_zerolog_console_fax():
    t = now()
    p = pat()
    return [mk("zerolog_console", ts_kitchen(t), " INF inbound fax matched to patient fax_from=", (fp(p["phone2"], ch(["plain", "e164"])), "fax"), " pa_case=", (p["pa_case"], "other_id"),
               " pages=", str(R.randint(1, 6)), " patient_id=", (p["pid"], "mrn"), " service=pa-intake")]


def script_patient_xml(p, esc_apos="&apos;"):
    def x(v):
        return v.replace("&", "&amp;").replace("'", esc_apos).replace("<", "&lt;")
    out = [["<Patient><HumanPatient><Identification><MedicalRecordIdentificationNumberEHR>", (p["mrn"], "mrn"),
            "</MedicalRecordIdentificationNumberEHR></Identification>"],
           ["<Name><LastName>", (x(p["last"]), "name"), "</LastName><FirstName>", (x(p["first"]), "name"), "</FirstName>"]
           + (["<MiddleName>", (p["mid"], "name"), "</MiddleName>"] if p["mid"] else []) + ["</Name>"],
           [f"<Gender>{p['sex']}</Gender><DateOfBirth><Date>", (p["dob"].isoformat(), "date"), "</Date></DateOfBirth>"],
           ["<Address><AddressLine1>", (x(p["street"]), "address"), "</AddressLine1>"]
           + (["<AddressLine2>", (p["unit"], "address"), "</AddressLine2>"] if p["unit"] else [])
           + ["<City>", (p["city"], "address"), f"</City><StateProvince>{p['state']}</StateProvince><PostalCode>", (p["zip"], "zip"),
              "</PostalCode><CountryCode>US</CountryCode></Address>"],
           ["<CommunicationNumbers><PrimaryTelephone><Number>", (p["phone"], "phone"), "</Number></PrimaryTelephone>"]
           + (["<ElectronicMail>", (p["email"], "email"), "</ElectronicMail>"] if R.random() < 0.5 else []) + ["</CommunicationNumbers>"],
           ["</HumanPatient></Patient>"]]
    return out


def script_newrx_lines(p, t, kind="NewRx"):
    ph = pharm()
    f, l, cred = staff()
    d = drug()
    b, pcn, pn = ch(PAYERS)
    w = recent_day(0, 4)
    hdr = [[f'<Message DatatypesVersion="20170715" TransportVersion="20170715" TransactionDomain="SCRIPT" TransactionVersion="20170715" StructuresVersion="20170715" ECLVersion="20170715">'],
           [f'<Header><To Qualifier="P">{ph[1]}</To><From Qualifier="C">{digits(10, True)}001</From><MessageID>{hexs(32)}</MessageID>'
            f'<SentTime>{ts_ms(t)}</SentTime><SenderSoftware><SenderSoftwareDeveloper>Meridian EHR</SenderSoftwareDeveloper><SenderSoftwareProduct>MeridianRx</SenderSoftwareProduct>'
            f'<SenderSoftwareVersionRelease>11.4</SenderSoftwareVersionRelease></SenderSoftware><PrescriberOrderNumber>{digits(9, True)}</PrescriberOrderNumber></Header>'],
           [f"<Body><{kind}>"],
           [f"<BenefitsCoordination><PayerIdentification><IINNumber>{b}</IINNumber><ProcessorIdentificationNumber>{pcn}</ProcessorIdentificationNumber></PayerIdentification>"
            f"<PayerName>{pn}</PayerName><CardholderID>", (p["member"], "health_plan"), f"</CardholderID><GroupID>{ch(['RX4471', 'NIMBUS01', 'EMP2231'])}</GroupID></BenefitsCoordination>"]]
    pat_l = script_patient_xml(p)
    rest = [[f'<Pharmacy><Identification><NCPDPID>{ph[1]}</NCPDPID><NPI>{npi()}</NPI></Identification><BusinessName>{ph[0]}</BusinessName>'
             f'<CommunicationNumbers><PrimaryTelephone><Number>{ph[2].replace("-", "")}</Number></PrimaryTelephone><Fax><Number>{ph[3].replace("-", "")}</Number></Fax></CommunicationNumbers></Pharmacy>'],
            [f'<Prescriber><NonVeterinarian><Identification><NPI>{npi()}</NPI><DEANumber>{dea(l)}</DEANumber></Identification><Name><LastName>{l}</LastName><FirstName>{f}</FirstName></Name>'
             f'<CommunicationNumbers><PrimaryTelephone><Number>{ch(["612", "505", "808"])}555{digits(4)}</Number></PrimaryTelephone></CommunicationNumbers></NonVeterinarian></Prescriber>'],
            [f'<MedicationPrescribed><DrugDescription>{d[0]}</DrugDescription><DrugCoded><ProductCode><Code>{d[1]}</Code><Qualifier>ND</Qualifier></ProductCode></DrugCoded>'],
            [f'<Quantity><Value>{d[3]}</Value><CodeListQualifier>38</CodeListQualifier><QuantityUnitOfMeasure><Code>C48542</Code></QuantityUnitOfMeasure></Quantity><DaysSupply>{d[3]}</DaysSupply>'],
            ["<WrittenDate><Date>", (w.isoformat(), "date"), f"</Date></WrittenDate><Substitutions>0</Substitutions><NumberOfRefills>{R.randint(0, 5)}</NumberOfRefills>"],
            [f"<Sig><SigText>{ch(SIGS)}</SigText></Sig></MedicationPrescribed>"],
            [f"</{kind}></Body></Message>"]]
    return hdr + pat_l + rest


def g_script_oneline():
    t = now()
    p = pat()
    kind = ch(["NewRx", "NewRx", "RxRenewalResponse", "CancelRx"])
    xl = script_newrx_lines(p, t, kind)
    body = flat([x for line in xl for x in line])
    if R.random() < 0.5:
        return [mk("tracing_full", tr_prefix(t, "DEBUG"), f'surescripts{{mailbox="inbound"}}:poll: rx_intake::surescripts::client: received message kind={kind} body="', pmap(body, rdebug), '"')]
    if R.random() < 0.5:
        o = {"kind": kind, "store": pharm()[1], "payload": Txt(body)}
        return [mk("go_stdlog", ts_gostd(t), " outbox.go:%d: publish script.routed " % R.randint(40, 160), GJ(o))]
    o = {"level": "debug", "ts": Raw(ts_epoch(t)), "caller": "script/router.go:%d" % R.randint(40, 160), "msg": "routing SCRIPT message", "kind": kind,
         "payload": Txt(body)}
    return [mk("zap_prod", J(o))]


def g_script_dump():
    t = now()
    p = pat()
    xl = script_newrx_lines(p, t, ch(["NewRx", "RxChangeResponse"]))
    out = [mk("tracing_full", tr_prefix(t, "TRACE"), 'surescripts{mailbox="inbound"}:validate: rx_intake::script::schema: xsd validation failed, dumping payload error="cvc-complex-type.2.4.b: content of element \'HumanPatient\' is not complete"')]
    out.append(mk("ncpdp_script_xml", '<?xml version="1.0" encoding="UTF-8"?>'))
    depth = {0: 0, 1: 2, 2: 2, 3: 4}
    for i, line in enumerate(xl):
        ind = 0 if i == 0 else (2 if i in (1, 2, len(xl) - 1) else 6)
        if i >= 4 and i < 4 + 6:
            ind = 8
        out.append(mk("ncpdp_script_xml", " " * ind, *line))
    return out


def d0_payload(p):
    b, pcn, pn = ch(PAYERS)
    FS, GS, RS = "\x1c", "\x1d", "\x1e"
    dos = recent_day(0, 1).strftime("%Y%m%d")
    hdr = f"{b}D0B1{pcn.ljust(10)}101{npi().ljust(15)}"
    parts = [hdr, (dos, "date"), "D012000001" + RS + FS + "AM04" + FS + "C2", (p["member"], "health_plan"), FS + "C1RX4471" + FS + "CC",
             (ascii_fold(p["first"]).upper(), "name"), FS + "CD", (ascii_fold(p["last"]).upper(), "name"), FS + "C301" + RS + FS + "AM01" + FS + "C4",
             (p["dob"].strftime("%Y%m%d"), "date"), FS + "C5" + ("1" if p["sex"] == "M" else "2") + FS + "CA", (ascii_fold(p["first"]).upper(), "name"),
             FS + "CB", (ascii_fold(p["last"]).upper(), "name"), FS + "CP", (p["zip"], "zip"), FS + "CQ", (p["phone"], "phone"),
             GS + RS + FS + "AM07" + FS + "EM1" + FS + "D2" + digits(5, True).zfill(12) + FS + "E103" + FS + "D7" + drug()[1] + FS + "E7" + str(R.randint(1, 90)) + "000" + FS + "D30" + FS + "D530"]
    return parts


def g_d0_debug():
    t = now()
    p = pat()
    body = d0_payload(p)
    return [mk("tracing_full", tr_prefix(t, "TRACE"), f"claim{{txn=B1 switch=\"relay-a\"}}: claims_gw::d0::encode: encoded request len={len(ptext(body))} payload=\"", pmap(body, rdebug), '"')]


def g_csv_refill():
    t = now()
    out = [mk("slog_text", f"time={ts_ms(t)} level=DEBUG msg=\"refill reminder export preview\" file=refill_due_{REF.strftime('%Y%m%d')}.csv rows={R.randint(900, 3000)} preview=4")]
    out.append(mk("csv", "rx_number,patient_last,patient_first,dob,phone,next_fill_date,store_ncpdp"))
    for _ in range(R.randint(3, 4)):
        p = pat()
        last = p["last"]
        lastq = ['"', (last, "name"), '"'] if "," in last or " " in last else [(last, "name")]
        out.append(mk("csv", rxno(), ",", lastq, ",", (p["first"], "name"), ",", (fd(p["dob"], "us"), "date"), ",", (fp(p["phone"], ch(["paren", "dash", "plain"])), "phone"), ",",
                      ((REF + timedelta(days=R.randint(1, 9))).isoformat(), "date"), ",", pharm()[1]))
    return out


def g_pipe_legacy():
    t = now()
    out = [mk("zap_dev", ts_ms(t), "\tWARN\tmigrate.legacy\tlegacy/import.go:", str(R.randint(40, 200)), "\tskipping rows with bad checksum\t", J({"file": "PRX_EXPORT_%s.TXT" % REF.strftime("%m%d%y"), "skipped": 2}, sep=", ", col=": "))]
    for _ in range(2):
        p = pat()
        d = drug()
        out.append(mk("pipe_legacy", "RX|", rxno(), "|", (p["legacy"], "mrn"), "|", (ascii_fold(p["last"]).upper(), "name"), "|", (ascii_fold(p["first"]).upper(), "name"), "|",
                      (p["dob"].strftime("%m%d%Y"), "date"), f"|{p['sex']}|", (ascii_fold(p["street"]).upper(), "address"), "|", (p["city"].upper(), "address"), f"|{p['state']}|",
                      (p["zip"], "zip"), "|", (p["phone"], "phone"), f"|{d[1]}|{d[3]}|", (recent_day(30, 300).strftime("%m%d%Y"), "date"), f"|{hexs(8).upper()}"))
    return out


def g_envoy_patient():
    t = now()
    p = pat()
    m = ch(["POST /patient.v1.PatientApp/RequestRefill HTTP/2", "GET /api/v2/me/prescriptions HTTP/1.1", "POST /api/v2/me/refills HTTP/1.1", "GET /api/v2/me/orders?status=ready HTTP/1.1"])
    ua = ch(["NimbusRx/5.12.0 (iPhone; iOS 17.4.1; Scale/3.00)", "okhttp/4.12.0", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15"])
    return [mk("envoy_access", f'[{ts_ms(t)}] "{m}" 200 - via_upstream - "-" {R.randint(0, 900)} {R.randint(100, 9000)} {R.randint(10, 900)} {R.randint(5, 800)} "', (p["ip"], "ip"),
               f'" "{ua}" "{rid()}" "api.nimbusrx.com" "10.42.{R.randint(0, 15)}.{R.randint(2, 250)}:8080"')]


def g_nginx_magic():
    t = now()
    p = pat()
    tok = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(10))
    return [mk("nginx_access", (p["ip"], "ip"), f' - - [{ts_nginx(t)}] "GET ', (f"/r/{tok}", "url"), f' HTTP/2.0" 302 0 "-" "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 Chrome/124.0 Mobile Safari/537.36" rt=0.0{R.randint(10, 99)}')]


def g_slog_magic_link():
    t = now()
    p = pat()
    tok = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(10))
    url = f"https://rx.nmbs.io/r/{tok}"
    items = [("msg", "magic link issued"), ("patient_id", PH(p["pid"], "mrn")), ("url", PH(url, "url")), ("ttl", "72h0m0s"), ("purpose", "refill_confirm")]
    return [mk("slog_text", f"time={ts_ms(t)} level=DEBUG ", kv_slog(items))]


def g_note_free():
    t = now()
    p = pat()
    r = relative(p)
    f, l, cred = staff()
    d = drug()
    tmpl = ch([0, 1, 2, 3, 4])
    if tmpl == 0:
        note = ["Counseled pt ", (nm(p, ch(["fl", "fml", "il"])), "name"), " (DOB ", (fd(p["dob"], ch(["us", "us_short"])), "date"), ") on ", d[0].split(" ")[0].lower(),
                f"; {r['rel']} ", (r["first"], "name"), " will pick up, cb ", (fp(r["phone"], ch(["dot", "paren", "dash"])), "phone")]
    elif tmpl == 1:
        note = ["pt called re: copay. states new address ", (p["street"], "address"), ", ", (p["city"], "address"), f" {p['state']} ", (p["zip"], "zip"), " - updated profile, ok to text"]
    elif tmpl == 2:
        p = mkpat(old=True)
        note = [(str(p["age"]), "age"), f" y/o {'F' if p['sex'] == 'F' else 'M'}, lives alone. ", (r["rel"].capitalize(), None), " ", (r["first"] + " " + r["last"], "name"),
                " manages meds; fax MAR to ", (fp(r["phone"], "dash"), "fax"), " per pt request"]
    elif tmpl == 3:
        note = ["LVM for ", (nm(p, ch(["LF", "lf"])), "name"), " at ", (fp(p["phone"], ch(["plain", "dash"])), "phone"), f" re PA; case ", (p["pa_case"], "other_id"),
                " pending with plan, member ", (p["member"], "health_plan")]
    else:
        note = ["Pt ", (p["first"], "name"), " asked to hold fills until return from travel ", (fd(recent_day(-30, -10), "us"), "date"), "; sent link to personal fb page? ",
                (f"https://www.facebook.com/{ascii_fold(p['first']).lower().replace(' ', '')}.{ascii_fold(p['last']).lower().replace(' ', '').replace(chr(39), '')}.{R.randint(1, 99)}", "url"), " ignore"]
    fmt = ch(["tracing_full", "slog_text", "zerolog_json"])
    if fmt == "tracing_full":
        return [mk("tracing_full", tr_prefix(t, "INFO"), f"add_note{{author=\"{ascii_fold(f[0] + l).lower()}\"}}: verify::notes: note saved rx_number={rxno()} text=\"", pmap(note, rdebug), '"')]
    if fmt == "slog_text":
        return [mk("slog_text", f"time={ts_ms(t)} level=INFO msg=\"note saved\" author={ascii_fold(f[0] + l).lower()} ", kv_slog([("text", note)]))]
    o = {"level": "info", "service": "care-notes", "author": ascii_fold(f[0] + l).lower(), "note": Txt(note), "time": ts_sec(t), "message": "note saved"}
    return [mk("zerolog_json", J(o))]


def g_tonic_email():
    t = now()
    p = pat()
    return [mk("tracing_full", tr_prefix(t, "ERROR"), "create_patient{source=\"portal\"}: patient_svc::grpc: create failed error=status: AlreadyExists, message: \"patient with email \\\"",
               (p["email"], "email"), "\\\" already exists\", details: [8, 6, 18, 4, 100, 117, 112], metadata: MetadataMap { headers: {\"content-type\": \"application/grpc\"} }")]


def g_zapdev_stack_phi():
    t = now()
    p = pat()
    out = [mk("zap_dev", ts_ms(t), "\tERROR\tpbm.pa\tpa/submit.go:", str(R.randint(40, 200)), "\tePA submission failed\t",
              J({"error": Txt("covermymeds: 422 Unprocessable Entity: patient ", (ascii_fold(nm(p, "fl")), "name"), " dob mismatch"), "paCase": PH(p["pa_case"], "other_id")}, sep=", ", col=": "))]
    out.append(mk("zap_dev", "github.com/nimbusrx/claims/internal/pa.(*Client).Submit"))
    out.append(mk("zap_dev", f"\t/src/internal/pa/submit.go:{R.randint(40, 200)}"))
    return out


def g_ocr_extract():
    t = now()
    p = pat()
    fields = {"message": "ocr fields extracted", "rx_scan_id": "scan_" + hexs(12), "confidence": round(R.uniform(0.6, 0.99), 2),
              "patient_name": PH(nm(p, ch(["FL", "fl", "LF"])), "name"), "dob": PH(fd(p["dob"], ch(["us", "us_short", "long"])), "date"),
              "address": Txt((p["street"], "address"), ", ", (p["city"], "address")), "drug_text": drug()[0], "prescriber": f"Dr. {staff()[1]}"}
    return [mk("tracing_json", kiosk_json(fields, "rx_intake::ocr"))]


def g_insurance_card_scan():
    t = now()
    p = pat()
    b = png_b64(R.randint(100, 160))
    o = {"level": "debug", "ts": Raw(ts_epoch(t)), "caller": "intake/card.go:%d" % R.randint(40, 160), "msg": "insurance card captured",
         "side": "front", "image": b[:180] + "…", "memberIdOcr": PH(p["member"], "health_plan"), "rxBin": ch(PAYERS)[0]}
    return [mk("zap_prod", J(o))]


def g_med_sync_ssn():
    t = now()
    p = pat()
    items = [("msg", "manual eligibility lookup"), ("payer", "state_medicaid"), ("subscriber.ssn", PH(p["ssn"].replace("-", "") if R.random() < 0.4 else p["ssn"], "ssn")),
             ("subscriber.name", PH(nm(p, "lf"), "name")), ("subscriber.dob", PH(fd(p["dob"], "us"), "date")), ("result", "found")]
    return [mk("slog_text", f"time={ts_ms(t)} level=WARN source=/app/internal/elig/manual.go:{R.randint(40, 160)} ", kv_slog(items))]


def g_masked_ssn():
    t = now()
    p = pat()
    items = [("msg", "identity check"), ("patient_id", PH(p["pid"], "mrn")), ("ssn", "***-**-" + p["ssn"][-4:]), ("result", ch(["pass", "review"]))]
    return [mk("slog_text", f"time={ts_ms(t)} level=INFO ", kv_slog(items))]


def g_guarantor():
    t = now()
    p = mkpat()
    p["dob"] = date(R.randint(2009, 2016), R.randint(1, 12), R.randint(1, 28))
    g = mkpat()
    o = {"time": ts_nano(t), "level": "INFO", "msg": "guarantor linked", "patientId": PH(p["pid"], "mrn"), "patientDob": PH(p["dob"].isoformat(), "date"),
         "guarantor": {"name": PH(nm(g, "fl"), "name"), "relationship": ch(["mother", "father", "legal_guardian"]), "billingAccount": PH(g["acct"], "account"),
                       "email": PH(g["email"], "email"), "phone": PH(fp(g["phone"], "e164"), "phone")}}
    return [mk("slog_json", J(o))]


def g_emergency_contact_legacy():
    t = now()
    p = pat()
    r = relative(p)
    return [mk("env_logger", f"[{ts_sec(t)} WARN  rx_intake::legacy] unmapped fields in PRX record PT_ID=", (p["legacy"], "mrn"), " PT_LNAME=", (ascii_fold(p["last"]).upper(), "name"),
               " EMRG_CNTCT=", (ascii_fold(r["last"]).upper() + "/" + ascii_fold(r["first"]).upper(), "name"), " EMRG_PH#=", (r["phone"], "phone"), " PT_CNTY=", (p["county"].upper(), "address"))]


def g_zap_dev_delivery2():
    # full address split into labeled parts inside one JSON string
    t = now()
    p = pat()
    addr = Txt((p["street"], "address"), ", ", (p["city"], "address"), f", {p['state']} ", (p["zip"], "zip"))
    pt = {"lat": round(R.uniform(18, 61), 5), "lng": round(R.uniform(-160, -66), 5)}
    return [mk("zap_dev", ts_ms(t), "\tINFO\tcourier.geo\tgeo/geocode.go:", str(R.randint(40, 120)), "\tgeocoded delivery address\t",
               J({"orderId": "ord_" + hexs(16), "address": addr, "lat": pt["lat"], "lng": pt["lng"], "deliverOn": PH(recent_day(-1, 0).isoformat(), "date"), "provider": "pelias"}, sep=", ", col=": "))]


def g_tr_full_kiosk_pickup_relative():
    t = now()
    p = pat()
    r = relative(p)
    return [mk("tracing_full", tr_prefix(t, "INFO"), f'pickup{{kiosk="{pharm()[4]}" bin={R.randint(1, 60)}}}: kiosk_gateway::pickup: released to authorized agent ',
               kv_tracing([("agent_name", PH(r["first"] + " " + r["last"], "name")), ("relationship", Raw(r["rel"])), ("agent_dl", PH(mkpat()["dl"], "license")),
                           ("patient_id", PH(p["pid"], "mrn")), ("picked_up", PH(REF.isoformat(), "date"))]))]


def g_tr_json_portal_user():
    t = now()
    p = pat()
    o = {"timestamp": ts_us(t), "level": "WARN", "fields": {"message": "too many failed logins", "username": PH(p["user"], "other_id"), "attempts": R.randint(5, 12),
                                                             "remote_addr": PH(p["ip"], "ip")}, "target": "patient_auth::lockout", "threadId": "ThreadId(%d)" % R.randint(2, 16)}
    return [mk("tracing_json", J(o))]


def g_zapdev_e1_ssn():
    t = now()
    p = pat()
    f = {"lastName": PH(p["last"], "name"), "firstName": PH(p["first"], "name"), "dob": PH(p["dob"].strftime("%Y%m%d"), "date"),
         "ssn": PH(p["ssn"].replace("-", ""), "ssn"), "zip": PH(p["zip"], "zip"), "reason": "no cardholder id on file"}
    return [mk("zap_dev", ts_ms(t), "\tDEBUG\tpbm.elig\teligibility/e1.go:", str(R.randint(40, 200)), "\tE1 query by demographics\t", J(f, sep=", ", col=": "))]


def g_compact_fax_cover():
    t = now()
    p = pat()
    r = relative(p)
    who = ch(["patient", "caregiver"])
    fx = p["phone2"] if who == "patient" else r["phone"]
    parts = [tr_prefix(t, "INFO"), "fax_ingest:classify: pa_intake::fax: cover sheet parsed ", 'from_fax="', (fp(fx, ch(["paren", "dash", "one"])), "fax"),
             f'" sender_role="{who}" pages={R.randint(1, 9)} doc_type="medical_records" matched_patient="', (p["pid"], "mrn"), '" confidence=0.', str(R.randint(70, 99))]
    return [mk("tracing_compact", *parts)]


def g_compact_ble_pair():
    t = now()
    p = pat()
    parts = [tr_prefix(t, "INFO"), "pairing:gatt: adherence_hub::ble: smart cap paired ", "cap_mac=", (p["mac"], "device"),
             f' cap_fw="2.{R.randint(0, 9)}.{R.randint(0, 20)}" rssi={-R.randint(40, 90)} patient_id=', (p["legacy"], "mrn"), f" hub=\"HUB-{hexs(6).upper()}\""]
    return [mk("tracing_compact", *parts)]


def g_slog_json_pretty_old():
    t = now()
    p = mkpat(old=True)
    o = {"time": ts_nano(t), "level": "INFO", "msg": "fall-risk counseling flag set", "patient": {"id": PH(p["pid"], "mrn"), "age": PH(p["age"], "age"),
         "dob": PH(fd(p["dob"], ch(["us", "iso"])), "date")}, "drugs": [drug()[1], drug()[1]], "rule": "BEERS-2023-T2"}
    return [mk("slog_json", J(o))]


PHI = [(g_zapdev_e1_ssn, 2), (g_compact_fax_cover, 3), (g_compact_ble_pair, 3), (g_slog_json_pretty_old, 2), (g_tr_newrx, 6), (g_tr_debug_struct, 4), (g_tr_compact_dur, 5), (g_tr_compact_age, 3), (g_tr_pretty_dob, 2), (g_tr_pretty_consult, 2),
       (g_tj_pickup_dl, 4), (g_tj_selfie, 2), (g_zap_id_portrait, 2), (g_tj_fingerprint, 3), (g_tj_faceembed, 3), (g_tj_flat_drive, 3), (g_env_pat_seg, 4),
       (g_env_dsp, 3), (g_env_reject, 3), (g_slog_refill_ivr, 4), (g_slog_refill_err, 3), (g_slog_grpc_details, 3), (g_slog_badrequest, 2),
       (g_slog_json_login, 4), (g_slog_json_spanish, 3), (g_slog_json_caregiver, 3), (g_pgx_slog, 4), (g_pgx_zap, 3), (g_pg_bind, 3),
       (g_pg_unique, 2), (g_sqlx_raw, 2), (g_zapdev_claim, 4), (g_zapprod_reject, 3), (g_zapprod_mbi, 3), (g_zapprod_consult, 3),
       (g_zerolog_sms, 5), (g_zerolog_email_bounce, 3), (g_zerolog_adherence, 3), (g_zerolog_payment, 2), (g_zerolog_masked, 2),
       (g_zerolog_console_delivery, 4), (g_zerolog_console_fax, 2), (g_script_oneline, 4), (g_script_dump, 1), (g_d0_debug, 3),
       (g_csv_refill, 1), (g_pipe_legacy, 1), (g_envoy_patient, 4), (g_nginx_magic, 3), (g_slog_magic_link, 3), (g_note_free, 7),
       (g_tonic_email, 2), (g_zapdev_stack_phi, 2), (g_ocr_extract, 3), (g_insurance_card_scan, 2), (g_med_sync_ssn, 3), (g_masked_ssn, 2),
       (g_guarantor, 2), (g_emergency_contact_legacy, 3), (g_zap_dev_delivery2, 3), (g_tr_full_kiosk_pickup_relative, 2), (g_tr_json_portal_user, 2)]


# =========================================================================== driver

def wpick(pool, used, maxlen):
    cands = [(g, w) for g, w in pool]
    tot = sum(w / (1 + used.get(g.__name__, 0)) for g, w in cands)
    x = R.uniform(0, tot)
    for g, w in cands:
        x -= w / (1 + used.get(g.__name__, 0))
        if x <= 0:
            return g
    return cands[-1][0]


def main():
    N = 500
    TARGET = 0.55
    lines = []
    used = {}
    once = {"g_script_dump": 1, "g_csv_refill": 1, "g_pipe_legacy": 1, "n_kiosk_csv": 1}
    while len(lines) < N:
        nphi = sum(1 for l in lines if not l.spans)
        frac = nphi / len(lines) if lines else 0
        pool = NOISE if frac < TARGET else PHI
        state = R.getstate()
        for _ in range(50):
            g = wpick(pool, used, N - len(lines))
            if g.__name__ in once and used.get(g.__name__, 0) >= once[g.__name__]:
                continue
            break
        saved_clock = CLK.t
        recs = g()
        if len(lines) + len(recs) > N:
            CLK.t = saved_clock
            continue
        used[g.__name__] = used.get(g.__name__, 0) + 1
        lines.extend(recs)
    # checks
    out_log, out_lab = [], []
    for i, L in enumerate(lines, 1):
        b = bytes(L.buf)
        s = b.decode("utf-8")
        assert "\n" not in s and "\r" not in s and s.strip() != "", (i, s)
        spans = []
        prev = -1
        for st, en, cat, val in sorted(L.spans):
            assert b[st:en].decode("utf-8") == val, (i, val)
            assert st >= prev, ("overlap", i)
            assert val == val.strip() and val, (i, repr(val))
            prev = en
            spans.append({"s": st, "e": en, "cat": cat})
        out_log.append(s)
        out_lab.append(json.dumps({"line": i, "family": L.fam, "spans": spans}, ensure_ascii=False))
    (HERE / f"{ID}.log").write_bytes(("\n".join(out_log)).encode("utf-8"))
    (HERE / f"{ID}.labels.jsonl").write_text("\n".join(out_lab) + "\n", encoding="utf-8")
    nophi = sum(1 for L in lines if not L.spans)
    cats = {}
    fams = {}
    for L in lines:
        fams[L.fam] = fams.get(L.fam, 0) + 1
        for sp in L.spans:
            cats[sp[2]] = cats.get(sp[2], 0) + 1
    print("lines", len(lines), "no-PHI", nophi, "%.1f%%" % (100 * nophi / len(lines)))
    print("cats", dict(sorted(cats.items(), key=lambda x: -x[1])))
    print("fams", dict(sorted(fams.items(), key=lambda x: -x[1])))


if __name__ == "__main__":
    main()
