#!/usr/bin/env python3
"""gen_rs.py - synthetic labeled log corpus "rs".

Organisation: Coral Sands Dive Resort (Kralendijk, Bonaire) and its partner
recompression-chamber clinic, the Kralendijk Hyperbaric Unit (KHU), plus the
Caribbean Diver Alert Line (CDAL) hotline that routes decompression-illness
(DCI) calls to the chamber.  All logs are shipped to one SIEM archive; this
program writes 500 lines of that archive, interleaved by time, to rs.log and
one label object per line to rs.labels.jsonl.  Standard library only, fixed
seed, byte-identical output on every run.

Systems simulated (family names as written in the labels):
  booking_json    ReefBook PMS API (pino JSON): reservations, kiosk check-in,
                  folio postings, pickup-truck rentals for shore diving,
                  locker enrolment, channel-manager / night-audit noise
  manifest_csv    boat manifest export (CSV rows + '#TRIP' summary rows)
  medq_logfmt     online diver medical questionnaire portal (Go, logfmt)
  ftd_json        clinic fitness-to-dive sign-off service (structlog JSON)
  nginx_access    nginx in front of the dive-log upload API and portals
  divesync_kv     DiveLogSync parser (syslog prefix + key=value)
  uddf_xml        UDDF XML fragments of uploaded logbooks (one element/line)
  pbx_syslog      Asterisk PBX of the hotline (syslog)
  hotline_pipe    CDAL case-management export (pipe-delimited, free text)
  chamber_fw      chamber treatment register (fixed width)
  plc_syslog      chamber PLC telemetry (RFC 5424 syslog, no PHI by design)
  hl7v2           clinic EMR -> interface engine (ADT^A04, ORU^R01 segments)
  fhir_json       clinic FHIR R4 API resources (one resource per line)
  x12_837         837P claim to a travel insurer (one segment per line)
  claims_json     insurer evacuation / treatment claim intake API (JSON)
  payment_logfmt  card payment gateway client (logfmt)
  java_trace      ReefBook manifest service (logback line + stack trace)
  mysql_slow      MySQL slow-query log of the PMS database
  sms_webhook     SMS / WhatsApp webhook gateway (form-encoded and JSON)
  postfix         mail relay log (postfix)

Labeling decisions (the people served are the divers/guests/patients; their
relatives, spouses, buddies-who-are-family and emergency contacts count too):
  * Staff at work (instructors, divemasters, captains, physicians, chamber
    tenders, hotline medics), vendors, the resort, the clinic, the hotline
    and their addresses/phones/emails/NPIs are NOT PHI.
  * Diver certification numbers (PADI/SSI/NAUI/CMAS/BSAC), nitrox cards,
    passports and driver's licences -> license.
  * The diver's own dive computer serial, its Bluetooth MAC, a personal
    locator beacon UIN, and the RFID wristband UID issued to that guest for
    the stay -> device.  Resort rental gear asset tags (BCD-M-014, REG-022)
    and resort boats/trucks in records with no guest -> not PHI.
  * Rental-truck VIN and plate in a rental agreement naming the diver ->
    vehicle; the same kind of VIN in a fleet-maintenance line -> not PHI.
  * Reservation numbers, folio numbers, claim patient-control numbers,
    full card PANs (valid or mistyped) and IBANs -> account.  Masked PANs
    (only last 4 digits) are not labeled.  Payment PSP references, auth codes,
    trip IDs, vendor POs, ticket numbers -> not PHI.
  * Resort guest IDs (G-xxxxx) and FHIR Patient logical ids -> other_id;
    clinic medical record numbers (KHU-xxxxxx) -> mrn; hotline case
    numbers and insurer claim numbers -> other_id.  Chamber run IDs
    (a run may hold several patients plus a tender) -> not PHI.
  * DAN / travel-insurance member and policy numbers, MBI -> health_plan.
  * Dates tied to a diver (birth, arrival/departure, boat departure on a
    manifest row, dive start, symptom onset, admission, treatment, sign-off
    validity, appointment, incident) -> date.  Log record timestamps, HL7
    MSH-7, FHIR meta.lastUpdated, business dates and trip dates in lines with
    no diver -> not PHI.
  * Ages: only 90 and over are labeled.  Nationality/country codes are not.
  * Room numbers and hotel sites are not PHI.  Dive-site names and their GPS
    coordinates are public places, not PHI.
  * URLs / request paths that carry a guest ID -> the whole path is one url
    span.  IPs of authenticated diver sessions / uploads -> ip; IPs of
    servers, load balancers, bots and anonymous visitors -> not PHI.
  * Kiosk face capture (base64 JPEG) -> photo; locker fingerprint template
    (ISO 19794-2 base64) -> biometric.
  * Percent-encoded or JSON-escaped values are labeled where their encoded
    bytes are.  In UDDF XML first and last name are separate elements and so
    separate name spans.  In HL7 the XPN "LAST^FIRST" is one name span, the
    street and city components are separate address spans, ZIP its own span.
  * Placeholder junk that identifies nobody (000-00-0000) is not labeled;
    a person's own mistyped card number is still labeled account.
"""
import base64
import hashlib
import json
import random
import sys
import unicodedata
from datetime import date, datetime, timedelta, timezone
from urllib.parse import quote, quote_plus, unquote, unquote_plus
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import unescape as xml_unescape

ID = "rs"
N_LINES = 500
R = random.Random(20240314)
AST = timezone(timedelta(hours=-4))
TODAY = date(2024, 3, 14)


# --------------------------------------------------------------------------
# span machinery
class P:
    """A PHI value placed in a line: v = the value meant, cat = category,
    enc = how it is written (raw, json, jsona, pct, pctp, xml, lfq, sql)."""
    __slots__ = ("v", "cat", "enc")

    def __init__(self, v, cat, enc="raw"):
        self.v = v if isinstance(v, str) else str(v)
        self.cat = cat
        self.enc = enc


def enc_text(v, enc):
    if enc == "raw":
        return v
    if enc == "json":
        return json.dumps(v, ensure_ascii=False)[1:-1]
    if enc == "jsona":
        return json.dumps(v, ensure_ascii=True)[1:-1]
    if enc == "pctp":
        return quote_plus(v, safe="")
    if enc == "pct":
        return quote(v, safe="")
    if enc == "xml":
        return xml_escape(v)
    if enc == "lfq":
        return v.replace("\\", "\\\\").replace('"', '\\"')
    if enc == "sql":
        return v.replace("'", "''")
    raise ValueError(enc)


def dec_text(t, enc):
    if enc == "raw":
        return t
    if enc in ("json", "jsona"):
        return json.loads('"' + t + '"')
    if enc == "pctp":
        return unquote_plus(t)
    if enc == "pct":
        return unquote(t)
    if enc == "xml":
        return xml_unescape(t)
    if enc == "lfq":
        return t.replace('\\"', '"').replace("\\\\", "\\")
    if enc == "sql":
        return t.replace("''", "'")
    raise ValueError(enc)


def flat(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flat(y)
    elif x is None:
        return
    else:
        yield x


def render(family, segs):
    buf = bytearray()
    spans = []
    for s in flat(segs):
        if isinstance(s, P):
            t = enc_text(s.v, s.enc).encode("utf-8")
            spans.append({"s": len(buf), "e": len(buf) + len(t), "cat": s.cat,
                          "_v": s.v, "_enc": s.enc})
            buf += t
        else:
            buf += str(s).encode("utf-8")
    return family, bytes(buf), spans


def J(obj, ascii=False, sep=(",", ":")):
    out = []

    def emit(v):
        if isinstance(v, P):
            if v.enc == "num":
                out.append(P(v.v, v.cat))
            else:
                out.append('"')
                out.append(P(v.v, v.cat, "jsona" if ascii else "json"))
                out.append('"')
        elif isinstance(v, dict):
            out.append("{")
            for i, (k, x) in enumerate(v.items()):
                if i:
                    out.append(sep[0])
                out.append(json.dumps(k) + sep[1])
                emit(x)
            out.append("}")
        elif isinstance(v, list):
            out.append("[")
            for i, x in enumerate(v):
                if i:
                    out.append(sep[0])
                emit(x)
            out.append("]")
        else:
            out.append(json.dumps(v, ensure_ascii=ascii))
    emit(obj)
    return out


def Num(v, cat):
    p = P(v, cat)
    p.enc = "num"
    return p


def LF(d):
    out = []
    for i, (k, v) in enumerate(d.items()):
        if i:
            out.append(" ")
        raw = v.v if isinstance(v, P) else v
        if raw is True:
            raw = "true"
        elif raw is False:
            raw = "false"
        s = str(raw)
        need = s == "" or any(c in s for c in ' "=\\')
        out.append(k + "=")
        if need:
            out.append('"')
            out.append(P(s, v.cat, "lfq") if isinstance(v, P) else s.replace("\\", "\\\\").replace('"', '\\"'))
            out.append('"')
        else:
            out.append(P(s, v.cat) if isinstance(v, P) else s)
    return out


def joinp(sep, items):
    out = []
    for i, x in enumerate(items):
        if i:
            out.append(sep)
        out.append(x)
    return out


# --------------------------------------------------------------------------
# number helpers
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


def card_pan(kind):
    if kind == "visa":
        body = "4" + "".join(R.choice("0123456789") for _ in range(14))
    elif kind == "mc":
        body = str(R.randint(51, 55)) + "".join(R.choice("0123456789") for _ in range(13))
    else:
        body = R.choice(["34", "37"]) + "".join(R.choice("0123456789") for _ in range(12))
    return body + luhn_digit(body)


def npi():
    base = R.choice("12") + "".join(R.choice("0123456789") for _ in range(8))
    return base + luhn_digit("80840" + base)


VIN_T = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["MR0", "MNT", "1FT", "3TM", "JN1"]) + "".join(R.choice(al) for _ in range(5)) + "0"
             + R.choice("NPR") + R.choice("ABCDEFGHJ") + "".join(R.choice("0123456789") for _ in range(6)))
    s = sum((int(c) if c.isdigit() else VIN_T[c]) * w for c, w in zip(v, VIN_W))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    D = "0123456789"
    pat = [D[1:], A, A + D, D, A, A + D, D, A, A, D, D]
    return "".join(R.choice(p) for p in pat)


def iban(cc, bban):
    conv = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(conv) % 97
    return f"{cc}{chk:02d}{bban}"


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def mac():
    b = [R.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFC
    return ":".join(f"{x:02X}" for x in b)


def asciify(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ı", "i").replace("ß", "ss").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# --------------------------------------------------------------------------
# people
NAMES = [
    ("Annelies", "van der Berg-Smit", "NL", "F"), ("Siobhán", "Ní Bhriain", "IE", "F"),
    ("Marguerite", "Lévesque", "CA", "F"), ("Oluwaseun", "Adeyemi", "GB", "M"),
    ("Priya", "Raghunathan", "US", "F"), ("Björn", "Sandqvist", "SE", "M"),
    ("Mei-Ling", "Hsu", "US", "F"), ("Dakota", "Storm", "US", "M"),
    ("Ewa", "Wiśniewska", "DE", "F"), ("Henrik", "Østergaard", "DK", "M"),
    ("Jean-Baptiste", "Lefèvre-Moreau", "FR", "M"), ("Carmen", "del Río Pacheco", "CO", "F"),
    ("Hope", "Lake", "US", "F"), ("Chase", "Young", "US", "M"), ("Sandy", "Banks", "GB", "F"),
    ("Victoria", "Strand", "US", "F"), ("Hunter", "Bishop", "CA", "M"), ("Grace", "Mason", "US", "F"),
    ("Rosa María", "Quintero de Alba", "VE", "F"), ("Kofi", "Mensah-Bonsu", "NL", "M"),
    ("Tuğba", "Yıldırım", "DE", "F"), ("Liam", "O'Sullivan", "IE", "M"), ("Haruto", "Nakamura", "JP", "M"),
    ("Willem", "de Wit", "NL", "M"), ("Summer", "Cross", "US", "F"), ("Ingrid", "Hølmebakk", "NO", "F"),
    ("Raymond", "Gold", "US", "M"), ("Dorothy", "Wheeler-Pratt", "US", "F"),
]
REL_FIRST = {"F": ["Paul", "Marco", "Tom", "Sven", "David", "Luis", "Kenji", "Mark"],
             "M": ["Claire", "Anja", "Sarah", "Lena", "Noor", "Yuki", "Beth", "Maeve"]}

ADDR = {
    "US": [("Boulder", "CO", "80302"), ("Asheville", "NC", "28801"), ("Tampa", "FL", "33606"),
           ("Duluth", "MN", "55803"), ("Bend", "OR", "97701"), ("Burlington", "VT", "05401"),
           ("Plano", "TX", "75024"), ("Madison", "WI", "53703")],
    "CA": [("Halifax", "NS", "B3H 2Y9"), ("Kitchener", "ON", "N2H 3V9"), ("Squamish", "BC", "V8B 0A3")],
    "NL": [("Utrecht", "", "3512 JE"), ("Haarlem", "", "2011 VK"), ("Groningen", "", "9711 LM")],
    "DE": [("München", "BY", "80469"), ("Hamburg", "HH", "20257"), ("Köln", "NW", "50667")],
    "GB": [("Bristol", "", "BS8 1TH"), ("Brighton", "", "BN1 3XG"), ("Plymouth", "", "PL1 2PX")],
    "IE": [("Galway", "", "H91 E2K3"), ("Cork", "", "T12 X70A")],
    "FR": [("Marseille", "", "13007"), ("Nantes", "", "44000")],
    "SE": [("Göteborg", "", "413 19")], "DK": [("Aarhus", "", "8000")], "NO": [("Bergen", "", "5003")],
    "CO": [("Bogotá", "DC", "110221")], "VE": [("Caracas", "DC", "1060")], "JP": [("Tokyo", "", "150-0001")],
}
STREETS = {
    "US": lambda: f"{R.randint(12, 9870)} {R.choice(['Juniper', 'Pelican', 'Harbor View', 'Old Mill', 'Sycamore', 'Lakeshore', 'Cedar Ridge'])} {R.choice(['St', 'Ave', 'Dr', 'Ln', 'Ct'])}" + R.choice(["", "", f" Apt {R.randint(1, 40)}{R.choice('ABC')}"]),
    "CA": lambda: f"{R.randint(10, 4999)} {R.choice(['Robie St', 'Queen St S', 'Cleveland Ave', 'Rue Saint-Jean'])}",
    "NL": lambda: f"{R.choice(['Oudegracht', 'Kruisweg', 'Herestraat', 'Zijlweg'])} {R.randint(2, 340)}" + R.choice(["", "-bis", " B"]),
    "DE": lambda: f"{R.choice(['Müllerstraße', 'Eppendorfer Weg', 'Venloer Str.', 'Lindwurmstraße'])} {R.randint(1, 180)}",
    "GB": lambda: R.choice(["", f"Flat {R.randint(1, 9)}, "]) + f"{R.randint(2, 210)} {R.choice(['Whiteladies Road', 'Church Street', 'Notte Street', 'Ditchling Rise'])}",
    "IE": lambda: f"{R.randint(1, 80)} {R.choice(['Shantalla Road', 'Douglas Street'])}",
    "FR": lambda: f"{R.randint(1, 90)} {R.choice(['rue du Commandant Mages', 'boulevard Guist’hau'])}",
    "SE": lambda: f"Linnégatan {R.randint(2, 60)}", "DK": lambda: f"Jægergårdsgade {R.randint(2, 90)}, 2. th.",
    "NO": lambda: f"Kong Oscars gate {R.randint(2, 70)}", "CO": lambda: f"Calle {R.randint(20, 140)} # {R.randint(5, 30)}-{R.randint(10, 99)}, Apto {R.randint(101, 1204)}",
    "VE": lambda: f"Av. Francisco de Miranda, Res. Los Palos Grandes, Piso {R.randint(2, 14)}",
    "JP": lambda: f"{R.randint(1, 4)}-{R.randint(1, 30)}-{R.randint(1, 20)} Jingumae, Shibuya-ku",
}


def phone_for(cc):
    if cc in ("US", "CA"):
        a = R.choice(["720", "303", "828", "813", "541", "608"] if cc == "US" else ["902", "519", "604"])
        n = f"{R.randint(100, 199):03d}"[1:]
        line = f"01{n}"
        return R.choice([f"+1 {a}-555-{line}", f"({a}) 555-{line}", f"+1{a}555{line}", f"{a}.555.{line}"])
    d = digits
    return {
        "NL": lambda: R.choice([f"+31 6 {d(4)} {d(4)}", f"06-{d(8)}"]),
        "DE": lambda: R.choice([f"+49 151 {d(4)} {d(4)}", f"0171 {d(7)}"]),
        "GB": lambda: R.choice([f"+44 7700 900{d(3)}", f"07700 900{d(3)}"]),
        "IE": lambda: f"+353 87 {d(3)} {d(4)}", "FR": lambda: f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
        "SE": lambda: f"+46 70 {d(3)} {d(2)} {d(2)}", "DK": lambda: f"+45 {d(2)} {d(2)} {d(2)} {d(2)}",
        "NO": lambda: f"+47 4{d(2)} {d(2)} {d(3)}", "CO": lambda: f"+57 310 {d(3)} {d(4)}",
        "VE": lambda: f"+58 412 {d(3)} {d(4)}", "JP": lambda: f"+81 90-{d(4)}-{d(4)}",
    }[cc]()


def e164(p):
    s = "".join(c for c in p if c.isdigit())
    if p.startswith("+"):
        return "+" + s
    if len(s) == 10 and not s.startswith("0"):
        return "+1" + s
    return "+31" + s[1:] if s.startswith("06") else "+44" + s[1:]


MAILDOM = {"US": ["gmail.com", "icloud.com", "outlook.com", "yahoo.com"], "CA": ["gmail.com", "rogers.com"],
           "NL": ["hotmail.nl", "ziggo.nl", "gmail.com"], "DE": ["web.de", "gmx.de"], "GB": ["yahoo.co.uk", "btinternet.com"],
           "IE": ["eircom.net", "gmail.com"], "FR": ["orange.fr", "free.fr"], "SE": ["telia.com"], "DK": ["mail.dk"],
           "NO": ["online.no"], "CO": ["gmail.com"], "VE": ["cantv.net"], "JP": ["docomo.ne.jp"]}


def cert():
    ag = R.choice(["PADI", "PADI", "SSI", "NAUI", "CMAS", "BSAC"])
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    num = {"PADI": lambda: f"{R.randint(95, 99) if R.random() < .2 else R.randint(5, 23):02d}{R.randint(1, 12):02d}{R.choice(L)}{R.choice(L + '0123456789')}{digits(4)}",
           "SSI": lambda: digits(R.choice([6, 7])), "NAUI": lambda: f"N{digits(6)}",
           "CMAS": lambda: f"{R.choice(['D', 'F', 'NL'])}/{R.choice(['2', '3'])}*/{digits(8)}", "BSAC": lambda: f"BS{digits(6)}"}[ag]()
    lvl = R.choice(["OWD", "AOWD", "Rescue", "DM", "AOWD", "CMAS**", "Sports Diver", "Master Scuba Diver"])
    return ag, num, lvl


COMPUTERS = [("Shearwater Perdix 2", lambda: hexs(8).upper()), ("Shearwater Teric", lambda: hexs(8).upper()),
             ("Suunto EON Core", lambda: digits(10)), ("Suunto D5", lambda: digits(10)),
             ("Garmin Descent Mk2i", lambda: digits(10)), ("Garmin Descent Mk3", lambda: digits(10)),
             ("Mares Puck Pro", lambda: f"{digits(2)}-{digits(7)}"), ("Scubapro G2", lambda: f"{digits(2)}/{digits(7)}")]


def insurer():
    k = R.choice(["DAN America", "DAN Europe", "DiveAssure", "Allianz Travel", "DAN Europe"])
    num = {"DAN America": lambda: digits(7), "DAN Europe": lambda: f"EU{digits(8)}",
           "DiveAssure": lambda: f"DA-24-{digits(6)}", "Allianz Travel": lambda: f"ATI{digits(4)}{digits(4)}{digits(2)}"}[k]()
    return k, num


def passport(cc):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return {"US": lambda: R.choice(L) + digits(8), "NL": lambda: "".join(R.choice(L + "0123456789") for _ in range(9)),
            "DE": lambda: "C" + "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)), "GB": lambda: digits(9),
            "CA": lambda: R.choice(L) + R.choice(L) + digits(6)}.get(cc, lambda: R.choice(L) + digits(7))()


class Diver:
    pass


DIVERS = []
for i, (fn, ln, cc, sex) in enumerate(NAMES):
    d = Diver()
    d.first, d.last, d.cc, d.sex = fn, ln, cc, sex
    d.full = f"{fn} {ln}"
    if ln == "Gold":
        d.dob = date(1933, 1, 22)
    elif ln == "Wheeler-Pratt":
        d.dob = date(1934, 2, 9)
    else:
        d.dob = date(R.randint(1952, 2004), R.randint(1, 12), R.randint(1, 28))
    d.age = TODAY.year - d.dob.year - ((TODAY.month, TODAY.day) < (d.dob.month, d.dob.day))
    d.gid = f"G-{10400 + i * 37 + R.randint(0, 30)}"
    city, region, zp = R.choice(ADDR[cc])
    d.street, d.city, d.region, d.zip = STREETS[cc](), city, region, zp
    d.phone = phone_for(cc)
    a = asciify(fn).lower().replace(" ", "").replace("'", "")
    b = asciify(ln).lower().replace(" ", "").replace("'", "")
    d.email = R.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{b[:4]}{R.randint(1, 99)}", f"{b}.{a}"]) + "@" + R.choice(MAILDOM[cc])
    d.ec_name = f"{R.choice(REL_FIRST[sex])} {ln.split('-')[0] if R.random() < .6 else R.choice(['Jansen', 'Moreno', 'Fitzgerald', 'Keller', 'Duarte'])}"
    d.ec_rel = R.choice(["spouse", "partner", "spouse", "friend"])
    d.ec_phone = phone_for(cc)
    d.cert_ag, d.cert_no, d.cert_lvl = cert()
    d.nitrox = f"EANx-{digits(7)}" if R.random() < .5 else None
    d.dc_model, mk = R.choice(COMPUTERS)
    d.dc_serial = mk()
    d.dc_mac = mac()
    d.plb = hexs(15).upper() if R.random() < .3 else None
    d.ins, d.ins_no = insurer()
    d.passport = passport(cc)
    d.card = card_pan(R.choice(["visa", "visa", "mc", "amex"]))
    d.res = f"CSR-{R.randint(240000, 249999)}"
    d.folio = f"F{R.randint(3100000, 3199999)}"
    d.room = f"{R.choice(['OV', 'GV', 'LOFT', 'APT'])}-{R.randint(1, 42):02d}"
    d.arr = TODAY - timedelta(days=R.randint(0, 8))
    d.dep = d.arr + timedelta(days=R.choice([7, 7, 10, 14]))
    d.ip = R.choice([f"84.{R.randint(80, 110)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"190.{R.randint(112, 114)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"73.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"2001:1c00:{R.randint(0x1000, 0xffff):x}:{R.randint(0x1000, 0xffff):x}::{R.randint(0x100, 0xfff):x}"])
    d.wrist = hexs(14).upper()
    d.mrn = f"KHU-{R.randint(4000, 9999):06d}"
    d.fhir = f"pat-{hexs(8)}"
    d.case = f"CDAL-24-{R.randint(300, 999):04d}"
    d.claim = f"CLM{R.randint(2400000, 2499999)}"
    d.ssn = ssn() if cc == "US" else None
    d.mbi = mbi() if cc == "US" and d.age >= 65 else None
    d.dl = {"US": lambda: f"{digits(2)}-{digits(3)}-{digits(4)}", "CA": lambda: f"{R.choice('ABKM')}{digits(4)}-{digits(5)}-{digits(5)}",
            "NL": lambda: digits(10), "DE": lambda: f"B07{digits(6)}X{digits(2)}"}.get(cc, lambda: f"{R.choice('DLX')}{digits(8)}")()
    DIVERS.append(d)

PATIENTS = [d for d in DIVERS if d.last in ("Lefèvre-Moreau", "Bishop", "Hsu", "Wiśniewska", "Gold", "Quintero de Alba", "Mason", "Ní Bhriain")]

STAFF_DM = ["Kiki Martis", "Ruben Janga", "Shanna Winklaar", "Giovanni Frans", "Lotte Brinkman", "Edsel Soliana"]
DOCS = [("Dr. Elvira Statia", npi()), ("Dr. Marcus Hendrikse", npi()), ("Dr. Nadia Pietersz", npi())]
TENDERS = ["R.Cicilia", "J.Thode", "M.Anthony", "S.Bernabela"]
BOATS = ["MV Flamingo Spirit", "MV Reef Runner", "Karpata Express"]
SITES = [("Salt Pier", "12.0643,-68.2826"), ("Karpata", "12.2197,-68.3527"), ("1000 Steps", "12.2033,-68.3261"),
         ("Hilma Hooker", "12.1007,-68.2885"), ("Klein Bonaire - Forest", "12.1680,-68.3240"),
         ("Alice in Wonderland", "12.0567,-68.2707"), ("Oil Slick Leap", "12.1941,-68.3084")]


# --------------------------------------------------------------------------
# clock
class Clock:
    t = datetime(2024, 3, 14, 5, 58, 12, 104000, tzinfo=AST)


def tick():
    Clock.t += timedelta(seconds=R.randint(4, 150), microseconds=R.randint(0, 999999))


def T():
    return Clock.t


def iso_z(ms=3):
    u = T().astimezone(timezone.utc)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + (f".{u.microsecond // 10 ** (6 - ms):0{ms}d}" if ms else "") + "Z"


def iso_l(ms=3):
    t = T()
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (f".{t.microsecond // 10 ** (6 - ms):0{ms}d}" if ms else "") + "-04:00"


def sysl():
    return T().strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if T().day < 10 else T().strftime("%b %d %H:%M:%S")


def epoch_ms():
    return int(T().timestamp() * 1000)


def d_iso(x):
    return x.isoformat()


def dive_start(d):
    base = datetime.combine(TODAY - timedelta(days=R.randint(1, 3)), datetime.min.time()).replace(tzinfo=AST)
    return base + timedelta(hours=R.choice([8, 10, 14, 19]), minutes=R.randint(0, 59), seconds=R.randint(0, 59))


def pick():
    return R.choice(DIVERS)


def pick_pt():
    return R.choice(PATIENTS)


def addr_line(d):
    return f"{d.street}, {d.city}"


# --------------------------------------------------------------------------
# generators: each returns a list of (family, segs)
def g_booking(r=None):
    host = f"reefbook-api-{R.randint(1, 3)}"
    base = {"level": 30, "time": epoch_ms(), "pid": R.choice([4127, 4131, 5120]), "hostname": host,
            "reqId": f"req-{hexs(4)}"}
    r = R.random() if r is None else r
    d = pick()
    if r < .13:
        o = dict(base, module="reservations", msg="reservation created", resNo=P(d.res, "account"),
                 guest={"name": P(d.full, "name"), "email": P(d.email, "email"), "phone": P(d.phone, "phone")},
                 arrival=P(d_iso(d.arr), "date"), departure=P(d_iso(d.dep), "date"),
                 pkg=R.choice(["7N-DIVE-SHORE-UNL", "10N-BOAT-2TANK", "7N-NITROX-PKG"]), room=d.room,
                 channel=R.choice(["direct", "Booking.com", "PADI Travel"]), total=round(R.uniform(1400, 5200), 2), currency="USD")
        return [("booking_json", J(o))]
    if r < .22:
        o = dict(base, module="frontdesk", msg="kiosk check-in completed", guestId=P(d.gid, "other_id"),
                 passportNo=P(d.passport, "license"), nat=d.cc, kiosk="KSK-LOBBY-01", room=d.room,
                 wristbandUid=P(d.wrist, "device"))
        if R.random() < .5:
            img = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01" + bytes(R.randint(0, 255) for _ in range(66))).decode()
            o["faceCapture"] = P(img, "photo")
        return [("booking_json", J(o))]
    if r < .30:
        v = vin()
        o = dict(base, module="rentals", msg="truck rental opened", agreement=f"TR-2024-{R.randint(100, 999):04d}",
                 unit=f"T-{R.randint(1, 30):02d}", model="Toyota Hilux 2.4 D-4D", vin=P(v, "vehicle"),
                 plate=P(f"B-{R.randint(1000, 9999)}", "vehicle"), driver=P(d.full, "name"),
                 dlNo=P(d.dl, "license"), dlCountry=d.cc, guestId=P(d.gid, "other_id"))
        return [("booking_json", J(o))]
    if r < .38:
        item, amt = R.choice([("Nitrox fill 32%", 12.0), ("Boat dive 2-tank Klein Bonaire", 105.0), ("Marine park tag", 45.0),
                              ("Night dive", 65.0), ("Rental computer daily", 15.0)])
        o = dict(base, module="folio", msg="charge posted", folio=P(d.folio, "account"), guestId=P(d.gid, "other_id"),
                 item=item, amount=amt, outlet=R.choice(["DIVE-SHOP", "BAR", "FILL-STATION"]), postedBy=R.choice(STAFF_DM))
        return [("booking_json", J(o))]
    if r < .45:
        tpl = base64.b64encode(b"FMR\x00 20\x00" + bytes(R.randint(0, 255) for _ in range(40))).decode()
        o = dict(base, module="lockers", msg="locker biometric enrolled", locker=f"L-{R.randint(1, 120):03d}",
                 guestId=P(d.gid, "other_id"), fpTemplate=P(tpl, "biometric"), fmt="ISO19794-2")
        return [("booking_json", J(o))]
    # non-PHI
    k = R.random()
    if k < .25:
        o = dict(base, module="channel", msg="ARI push ok", channel=R.choice(["Expedia", "Booking.com", "PADI Travel"]),
                 roomsUpdated=R.randint(3, 40), durationMs=R.randint(90, 900))
    elif k < .4:
        o = dict(base, module="audit", msg="night audit closed", businessDate="2024-03-13", folios=R.randint(60, 110),
                 revenueUsd=round(R.uniform(18000, 32000), 2))
    elif k < .6:
        s = R.sample(SITES, 2)
        o = dict(base, module="trips", msg="boat trip created", tripId=f"T-240314-{R.choice(['AM1', 'AM2', 'PM1', 'NITE'])}",
                 boat=R.choice(BOATS), captain="Edsel Soliana", sites=[s[0][0], s[1][0]], capacity=14)
    elif k < .72:
        o = dict(base, module="rentals", msg="fleet service logged", unit=f"T-{R.randint(1, 30):02d}", vin=vin(),
                 odometerKm=R.randint(20000, 140000), vendor="Bonaire Auto Parts N.V.", po=f"PO-{R.randint(8000, 8999)}")
    else:
        o = dict(base, msg="request completed",
                 req={"method": "GET", "url": f"/v1/availability?from=2024-0{R.randint(4, 9)}-01&nights=7&roomType=OV"},
                 res={"statusCode": 200}, responseTime=R.randint(8, 300))
    return [("booking_json", J(o))]


def g_manifest():
    r = R.random()
    trip = f"T-{TODAY.strftime('%y%m%d')}-{R.choice(['AM1', 'AM2', 'PM1'])}"
    boat = R.choice(BOATS)
    if r < .12:
        return [("manifest_csv", "trip_id,boat,departure,slot,diver_name,agency,cert_no,level,nitrox_card,last_dive,ec_name,ec_phone,rental_kit,plb_uin")]
    if r < .25:
        s = R.sample(SITES, 2)
        return [("manifest_csv", f"#TRIP,{trip},{boat},{TODAY.isoformat()},capt=Edsel Soliana,dm={R.choice(STAFF_DM)},pax={R.randint(6, 14)},sites={s[0][0]}|{s[1][0]},o2_kit=OK,vhf=CH16/CH68")]
    d = pick()
    nm = f"{d.last}, {d.first}"
    last = TODAY - timedelta(days=R.choice([1, 2, 30, 200, 700]))
    kit = R.choice(["", "BCD-M-014;REG-022", "FULL-L-007", "COMP-R-03"])
    segs = [trip, ",", boat, ",", P(TODAY.isoformat(), "date"), ",", R.choice(["07:45", "10:30", "13:45"]), ',"', P(nm, "name"), '",',
            d.cert_ag, ",", P(d.cert_no, "license"), ",", d.cert_lvl, ",", P(d.nitrox, "license") if d.nitrox else "", ",",
            P(last.isoformat(), "date"), ',"', P(d.ec_name, "name"), '",', P(d.ec_phone, "phone"), ",", kit, ",",
            P(d.plb, "device") if d.plb else ""]
    return [("manifest_csv", segs)]


def g_medq():
    base = {"ts": iso_z(), "level": "info", "app": "medq-portal", "ver": "2.7.1"}
    r = R.random()
    if r < .5:
        d = R.choice(DIVERS[-2:]) if R.random() < .3 else pick()
        q = R.sample(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"], R.choice([0, 0, 1, 2]))
        o = dict(base, msg="questionnaire submitted", form="RSTC-UHMS-2020", lang=R.choice(["en", "nl", "de", "es", "pap"]),
                 diver_id=P(d.gid, "other_id"), name=P(d.full, "name"), dob=P(d_iso(d.dob), "date"))
        if d.age >= 90:
            o["age"] = P(d.age, "age")
            o["fax"] = P(f"+1 {R.choice(['813', '828'])}-555-01{R.randint(10, 99)}", "fax")
        o.update({"yes": ",".join("Q" + x for x in q) or "none", "physician_eval": bool(q) or d.age >= 60,
                  "remote_ip": P(d.ip, "ip")})
        return [("medq_logfmt", LF(o))]
    if r < .62:
        d = pick()
        appt = datetime.combine(TODAY + timedelta(days=R.randint(0, 2)), datetime.min.time()) + timedelta(hours=R.randint(8, 15), minutes=R.choice([0, 15, 30, 45]))
        o = dict(base, msg="referral sent", diver_id=P(d.gid, "other_id"), referred_to=R.choice(DOCS)[0], clinic="KHU",
                 appt=P(appt.strftime("%Y-%m-%dT%H:%M"), "date"), channel="email")
        return [("medq_logfmt", LF(o))]
    k = R.random()
    if k < .4:
        o = dict(base, msg="pdf rendered", template="rstc_2020_v3.html", pages=3, duration=f"{R.randint(180, 900)}ms", bytes=R.randint(80000, 190000))
    elif k < .7:
        o = dict(base, msg="translations loaded", locales="en,nl,de,es,pap", checksum=hexs(12))
    else:
        o = dict(base, level="warn", msg="session expired", sid=hexs(32), idle="30m0s")
    return [("medq_logfmt", LF(o))]


def g_ftd():
    doc, dnpi = R.choice(DOCS)
    r = R.random()
    ts = iso_l(6)
    if r < .55:
        d = R.choice(PATIENTS + DIVERS[:6])
        dec = R.choice(["FIT", "FIT", "FIT_RESTRICTED", "UNFIT_TEMPORARY"])
        o = {"timestamp": ts, "level": "info", "logger": "ftd.signoff", "event": "fitness_to_dive_signed",
             "physician": doc, "physician_npi": dnpi, "diver_name": P(d.full, "name"), "diver_dob": P(d_iso(d.dob), "date"),
             "mrn": P(d.mrn, "mrn"), "decision": dec,
             "restrictions": "max 18 m; no deco; no solo" if dec == "FIT_RESTRICTED" else None,
             "valid_until": P(d_iso(TODAY + timedelta(days=365 if dec != "UNFIT_TEMPORARY" else 30)), "date"),
             "form_sha256": hashlib.sha256(d.gid.encode()).hexdigest()}
        return [("ftd_json", J(o, sep=(", ", ": ")))]
    k = R.random()
    if k < .5:
        o = {"timestamp": ts, "level": "info", "logger": "ftd.crypto", "event": "signing_cert_loaded",
             "subject": "CN=KHU FTD Signer 2024", "serial": hexs(16), "not_after": "2025-01-31T23:59:59Z"}
    else:
        o = {"timestamp": ts, "level": "debug", "logger": "ftd.queue", "event": "queue_depth", "pending": R.randint(0, 9),
             "worker": f"ftd-worker-{R.randint(1, 3)}"}
    return [("ftd_json", J(o, sep=(", ", ": ")))]


UA = ["DiveLogSync/4.2.1 (iPhone; iOS 17.3.1; Scale/3.00)", "DiveLogSync/4.2.0 (Android 14; Pixel 7)",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
      "Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Mobile Safari/537.36"]


def g_nginx():
    ts = T().strftime("%d/%b/%Y:%H:%M:%S -0400")
    r = R.random()
    if r < .4:
        d = pick()
        path = R.choice([f"/api/v2/divers/{d.gid}/logs", f"/api/v2/divers/{d.gid}/logs?fmt=uddf", f"/portal/medq/{d.gid}/pdf?lang=nl"])
        meth = "POST" if "logs" in path else "GET"
        st = R.choice([201, 201, 200, 413]) if meth == "POST" else 200
        return [("nginx_access", [P(d.ip, "ip"), f' - - [{ts}] "{meth} ', P(path, "url"),
                                  f' HTTP/2.0" {st} {R.randint(200, 90000)} "-" "{R.choice(UA)}" rt={R.uniform(.01, 2.5):.3f} uct=0.000'])]
    k = R.random()
    if k < .45:
        line = f'10.20.0.{R.randint(2, 6)} - - [{ts}] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" rt=0.001'
    elif k < .7:
        line = f'{R.choice(["45.155.205.", "185.220.101.", "194.26.29."])}{R.randint(1, 254)} - - [{ts}] "GET {R.choice(["/wp-login.php", "/.env", "/xmlrpc.php"])} HTTP/1.1" 404 153 "-" "Mozilla/5.0 zgrab/0.x" rt=0.000'
    else:
        line = f'{R.randint(1, 223)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)} - - [{ts}] "GET /static/{R.choice(["app.3f9c2e1.js", "reef-hero.webp", "fonts/Inter-var.woff2"])} HTTP/2.0" 200 {R.randint(4000, 400000)} "https://www.coralsandsbonaire.com/" "{R.choice(UA[2:])}" rt=0.00{R.randint(1, 9)}'
    return [("nginx_access", line)]


def g_divesync():
    pre = f"{sysl()} ingest-02 divesync[{R.randint(800, 900)}]: "
    r = R.random()
    if r < .55:
        d = pick()
        st = dive_start(d)
        segs = [pre, "parsed ", LF({"device": d.dc_model, "serial": P(d.dc_serial, "device"), "fw": R.choice(["v94", "2.12.2", "27.40", "1.1.8"]),
                                     "diver": P(d.gid, "other_id"), "dive_no": R.randint(12, 1400),
                                     "start": P(st.isoformat(), "date"), "maxdepth_m": round(R.uniform(8, 39), 1),
                                     "runtime_min": R.randint(31, 78), "gf": R.choice(["40/85", "30/70", "-"]),
                                     "gas": R.choice(["air", "EAN32", "EAN36"]), "site_gps": R.choice(SITES)[1]})]
        return [("divesync_kv", segs)]
    if r < .7:
        d = pick()
        return [("divesync_kv", [pre, "ble paired ", LF({"addr": P(d.dc_mac, "device"), "rssi": -R.randint(40, 90),
                                                          "model": d.dc_model, "diver": P(d.gid, "other_id")})])]
    k = R.random()
    if k < .5:
        m = R.choice(COMPUTERS)[0]
        return [("divesync_kv", pre + f"firmware catalog refresh model=\"{m}\" latest={R.choice(['v96', '2.14.0', '28.00'])} sha1={hexs(40)}")]
    return [("divesync_kv", pre + f"ble scan timeout after={R.randint(10, 30)}s adapters=hci0 queue={R.randint(0, 4)}")]


def g_uddf():
    r = R.random()
    if r < .3:
        return [("uddf_xml", f'<generator><name>Subsurface</name><type>logbook</type><version>5.0.{R.randint(8, 12)}</version><datetime>{iso_l(0)}</datetime></generator>')]
    d = pick()
    if r < .7:
        return [("uddf_xml", [f'<owner id="', P(d.gid, "other_id", "xml"), '"><personal><firstname>', P(d.first, "name", "xml"),
                              "</firstname><lastname>", P(d.last, "name", "xml"), "</lastname><birthdate><datetime>",
                              P(d_iso(d.dob), "date"), "</datetime></birthdate></personal></owner>"])]
    st = dive_start(d)
    return [("uddf_xml", ['<dive id="d', str(R.randint(1000, 9999)), '"><informationbeforedive><datetime>', P(st.strftime("%Y-%m-%dT%H:%M:%S"), "date"),
                          f'</datetime></informationbeforedive><equipmentused><divecomputer>', P(d.dc_serial, "device", "xml"),
                          f'</divecomputer></equipmentused><informationafterdive><greatestdepth>{R.uniform(9, 38):.1f}</greatestdepth></informationafterdive></dive>'])]


def g_pbx():
    pre = f"{sysl()} pbx01 asterisk[2214]: "
    ch = f"PJSIP/trunk-caribtel-{hexs(8)}"
    r = R.random()
    if r < .4:
        d = pick_pt()
        if R.random() < .5:
            who, num = d.full, d.phone
        else:
            who, num = d.ec_name, d.ec_phone
        return [("pbx_syslog", [pre, f'NOTICE[{R.randint(3000, 9000)}][C-{hexs(8)}]: app_queue.c: Caller "', P(who, "name"), '" <',
                                P(e164(num), "phone"), "> entered queue 'dci-emergency' (pos 1)"])]
    k = R.random()
    if k < .4:
        return [("pbx_syslog", pre + f'VERBOSE[{R.randint(3000, 9000)}][C-{hexs(8)}]: -- Executing [s@cdal-hotline:{R.randint(1, 6)}] Answer("{ch}", "") in new stack')]
    if k < .7:
        return [("pbx_syslog", pre + f"VERBOSE[{R.randint(3000, 9000)}]: -- {ch} is ringing agent PJSIP/medic-{R.randint(101, 108)} (Carla Boekhoudt, DMT)")]
    return [("pbx_syslog", pre + f"NOTICE[2214]: res_pjsip/pjsip_distributor.c: Request 'OPTIONS' from '<sip:monitor@190.112.224.{R.randint(2, 30)}>' failed - No matching endpoint")]


SX = ["L shoulder deep ache, worse on movement", "paresthesia both feet, fatigue", "skin marbling trunk, itching",
      "vertigo + nausea after ascent", "R knee pain, no neuro deficit", "headache, unusual fatigue, numb L hand"]


def g_hotline():
    r = R.random()
    d = pick_pt()
    ts = iso_l(0)
    if r < .6:
        seg = ["HLC|", ts, "|CASE=", P(d.case, "other_id"), "|PT=", P(f"{d.last.upper()}, {d.first}", "name"), "|AGE=",
               P(d.age, "age") if d.age >= 90 else str(d.age), "|SEX=", d.sex, "|DOB=", P(d.dob.strftime("%d/%m/%Y"), "date"),
               "|INS=", d.ins, "/", P(d.ins_no, "health_plan"), "|LAST_DIVE=",
               P(dive_start(d).strftime("%Y-%m-%d %H:%M"), "date"), f"|MAXD={R.randint(18, 40)}m|SX={R.choice(SX)}|",
               "ONSET=", P((T() - timedelta(minutes=R.randint(25, 300))).strftime("%Y-%m-%d %H:%M"), "date"),
               f"|O2=NRB 15L/min|TRIAGE={R.choice(['DCS-I', 'DCS-II', 'AGE?'])}|DISPO=KHU chamber|MEDIC=Carla Boekhoudt|CB=", P(d.phone, "phone")]
        return [("hotline_pipe", seg)]
    if r < .8:
        seg = ["HLN|", ts, "|CASE=", P(d.case, "other_id"), "|NOTE=Spoke w/ ", P(d.ec_name, "name"), f" ({d.ec_rel}) who says pt ",
               P(d.first, "name"), f" surfaced normally, symptoms started in the room ~40 min later. Resort DM {R.choice(STAFF_DM)} gave O2, pt in room {d.room}. Home address for insurer: ",
               P(addr_line(d), "address"), ", ", P(d.zip, "zip"), "."]
        return [("hotline_pipe", seg)]
    return [("hotline_pipe", f"HLS|{ts}|QUEUE=dci-emergency|WAITING=0|AGENTS=3|SLA_60S=100%|OPEN_CASES={R.randint(1, 4)}|BUILD=cdal-cms 3.12.4")]


def g_chamber():
    r = R.random()
    if r < .2:
        return [("chamber_fw", f"{'RUN':<11}{'DATE':<12}{'PT_MRN':<12}{'PT_NAME':<26}{'TBL':<7}{'MAXATA':>6}  {'O2_PER':<9}{'TENDER':<12}OUTCOME")]
    if r < .35:
        return [("chamber_fw", f"{'CR' + TODAY.strftime('%y%m%d') + R.choice('ABC'):<11}{'':<12}{'':<12}{'** TENDER CHECK **':<26}{'':<7}{'':>6}  {'':<9}{R.choice(TENDERS):<12}O2 analyser cal OK {R.uniform(20.7, 21.0):.1f}%")]
    d = pick_pt()
    nm = f"{asciify(d.last).upper()}, {asciify(d.first).upper()}"[:25]
    tbl = R.choice(["USN6", "USN6", "USN5", "USN6A", "COMEX30"])
    per = {"USN6": "5+1ext", "USN5": "3", "USN6A": "5+2ext", "COMEX30": "4"}[tbl]
    seg = [f"{'CR' + TODAY.strftime('%y%m%d') + R.choice('ABC'):<11}", P(TODAY.isoformat(), "date"), "  ",
           P(d.mrn, "mrn"), " " * (12 - len(d.mrn)), P(nm, "name"), " " * (26 - len(nm)),
           f"{tbl:<7}{R.choice(['2.82', '2.82', '2.82', '1.91', '4.00']):>6}  {per:<9}{R.choice(TENDERS):<12}{R.choice(['RESOLVED', 'IMPROVED', 'RESIDUAL-RETREAT'])}"]
    return [("chamber_fw", seg)]


def g_plc():
    t = iso_l(3)
    k = R.random()
    if k < .7:
        return [("plc_syslog", f"<134>1 {t} chamber-plc01 hbo-ctl 442 PRESS - depth_fsw={R.choice([60.0, 60.1, 30.0, 45.2, 0.0])} rate_fpm={R.choice([0, 0, 1, 20])} O2_chamber_pct={R.uniform(20.6, 22.4):.1f} CO2_ppm={R.randint(600, 2800)} temp_c={R.uniform(23, 29):.1f} BIBS_A={R.choice(['ON', 'OFF'])} BIBS_B={R.choice(['ON', 'OFF'])}")]
    return [("plc_syslog", f"<132>1 {t} chamber-plc01 hbo-ctl 442 ALARM - code=O2HI thr=23.5 val={R.uniform(23.5, 23.9):.1f} ack_by=op-{R.randint(1, 4)} fw=Haux-Starmed-2200 v3.4.7")]


def HL7(name, fields):
    out = [name]
    for f in fields:
        out.append("|")
        if isinstance(f, list):
            out.append(joinp("^", f))
        else:
            out.append(f)
    return out


def g_hl7():
    d = pick_pt()
    ts = T().strftime("%Y%m%d%H%M%S") + "-0400"
    cid = f"KHU{digits(9)}"
    doc, dnpi = R.choice(DOCS)
    dl, df = doc.split()[2], doc.split()[1]
    if R.random() < .55:
        adm = (T() - timedelta(minutes=R.randint(5, 90))).strftime("%Y%m%d%H%M")
        msg = [("hl7v2", f"MSH|^~\\&|KHU-EMR|KHU|MIRTH|CSR-CDAL|{ts}||ADT^A04^ADT_A01|{cid}|P|2.5.1")]
        msg.append(("hl7v2", HL7("EVN", ["A04", ts])))
        pid = HL7("PID", ["1", "", [P(d.mrn, "mrn"), "", "", "KHU", "MR"], "", P(f"{asciify(d.last).upper()}^{asciify(d.first).upper()}", "name"), "",
                          P(d.dob.strftime("%Y%m%d"), "date"), d.sex, "", "", [P(d.street, "address"), "", P(d.city, "address"), d.region, P(d.zip, "zip"), d.cc],
                          "", [P(d.phone, "phone"), "PRN", "PH", P(d.email, "email")] if R.random() < .5 else [P(d.phone, "phone"), "PRN", "CP"],
                          ] + (["", "", "", "", "", P(d.ssn, "ssn")] if d.ssn else []))
        msg.append(("hl7v2", pid))
        ec_first, ec_last = d.ec_name.split(" ", 1)
        msg.append(("hl7v2", HL7("NK1", ["1", P(f"{asciify(ec_last).upper()}^{asciify(ec_first).upper()}", "name"),
                                          ["SPO" if d.ec_rel == "spouse" else "EMC", d.ec_rel.capitalize()], "", P(d.ec_phone, "phone")])))
        msg.append(("hl7v2", HL7("PV1", ["1", "E", ["KHU", "CHAMBER", "01"], "", "", "", [dnpi, dl, df, "", "", "Dr"], "", "", "HBO", "", "", "", "",
                                          "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                                          P(adm, "date")])))
        msg.append(("hl7v2", HL7("IN1", ["1", "TRAVEL", d.ins.replace(" ", "").upper(), d.ins, "", "", "", "", "", "", "", "", "", "", "",
                                          P(f"{asciify(d.last).upper()}^{asciify(d.first).upper()}", "name"), "SEL", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                                          P(d.ins_no, "health_plan")])))
        return msg
    msg = [("hl7v2", f"MSH|^~\\&|KHU-LAB|KHU|MIRTH|CSR-CDAL|{ts}||ORU^R01^ORU_R01|{cid}|P|2.5.1")]
    msg.append(("hl7v2", HL7("PID", ["1", "", [P(d.mrn, "mrn"), "", "", "KHU", "MR"], "", P(f"{asciify(d.last).upper()}^{asciify(d.first).upper()}", "name")])))
    msg.append(("hl7v2", f"OBR|1|{digits(7)}|{digits(7)}|24336-0^Gas panel arterial^LN|||{ts}"))
    for code, nmx, val, unit, ref in [("2703-7", "Oxygen [Partial pressure] in Arterial blood", R.randint(85, 420), "mm[Hg]", "83-108"),
                                      ("2019-8", "Carbon dioxide [Partial pressure] in Arterial blood", R.randint(34, 46), "mm[Hg]", "35-45"),
                                      ("2744-1", "pH of Arterial blood", f"7.{R.randint(35, 45)}", "[pH]", "7.35-7.45")]:
        msg.append(("hl7v2", f"OBX|{len(msg) - 2}|NM|{code}^{nmx}^LN||{val}|{unit}|{ref}|N|||F"))
    return msg


def g_fhir():
    d = pick_pt()
    lu = iso_z()
    r = R.random()
    if r < .35:
        o = {"resourceType": "Patient", "id": P(d.fhir, "other_id"), "meta": {"versionId": str(R.randint(1, 4)), "lastUpdated": lu},
             "identifier": [{"system": "urn:oid:2.16.528.1.1007.99.212.1", "value": P(d.mrn, "mrn")}]
             + ([{"system": "http://hl7.org/fhir/sid/us-mbi", "value": P(d.mbi, "health_plan")}] if d.mbi else []),
             "name": [{"family": P(d.last, "name"), "given": [P(d.first, "name")]}], "gender": "male" if d.sex == "M" else "female",
             "birthDate": P(d_iso(d.dob), "date"),
             "telecom": [{"system": "phone", "value": P(d.phone, "phone")}, {"system": "email", "value": P(d.email, "email")}],
             "address": [{"line": [P(d.street, "address")], "city": P(d.city, "address"), "postalCode": P(d.zip, "zip"), "country": d.cc}]}
        return [("fhir_json", J(o, ascii=True))]
    if r < .6:
        st = T() - timedelta(minutes=R.randint(30, 300))
        o = {"resourceType": "Encounter", "id": f"enc-{hexs(10)}", "status": R.choice(["in-progress", "finished"]),
             "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "EMER"},
             "subject": {"reference": P(f"Patient/{d.fhir}", "other_id")},
             "period": {"start": P(st.isoformat(timespec="seconds"), "date")},
             "reasonCode": [{"coding": [{"system": "http://snomed.info/sct", "code": "40594005", "display": "Decompression sickness"}]}]}
        return [("fhir_json", J(o, ascii=True))]
    if r < .8:
        o = {"resourceType": "Observation", "id": f"obs-{hexs(10)}", "status": "final",
             "code": {"coding": [{"system": "http://loinc.org", "code": "59408-5", "display": "Oxygen saturation by Pulse oximetry"}]},
             "subject": {"reference": P(f"Patient/{d.fhir}", "other_id")}, "valueQuantity": {"value": R.randint(91, 100), "unit": "%"}}
        return [("fhir_json", J(o, ascii=True))]
    o = {"resourceType": "Device", "id": "dev-chamber-01", "manufacturer": "Haux-Life-Support GmbH", "deviceName": [{"name": "Haux-Starmed 2200", "type": "model-name"}],
         "serialNumber": "HS2200-1187", "meta": {"lastUpdated": lu}}
    return [("fhir_json", J(o, ascii=True))]


def g_x12(who=None):
    d = who or R.choice([p for p in PATIENTS if p.cc == "US"])
    ctl = f"{R.randint(1, 999999999):09d}"
    doc, dnpi = R.choice(DOCS)
    out = []
    A = out.append
    A(f"ISA*00*          *00*          *ZZ*KHUBONAIRE     *ZZ*DANCLAIMS      *{T().strftime('%y%m%d')}*{T().strftime('%H%M')}*^*00501*{ctl}*0*P*:~")
    A(f"GS*HC*KHUBONAIRE*DANCLAIMS*{T().strftime('%Y%m%d')}*{T().strftime('%H%M')}*{R.randint(1, 9999)}*X*005010X222A1~")
    A("ST*837*0001*005010X222A1~")
    A(f"BHT*0019*00*{hexs(10).upper()}*{T().strftime('%Y%m%d')}*{T().strftime('%H%M')}*CH~")
    A(f"NM1*85*2*KRALENDIJK HYPERBARIC UNIT*****XX*{npi()}~")
    A("N3*KAYA SOEUR BARTOLA 2~")
    A("N4*KRALENDIJK*BQ*00000*BQ~")
    seg = ["NM1*IL*1*", P(asciify(d.last).upper(), "name"), "*", P(asciify(d.first).upper(), "name"), "****MI*",
           P(d.ins_no, "health_plan"), "~"]
    out.append(seg)
    out.append(["N3*", P(d.street.upper(), "address"), "~"])
    out.append(["N4*", P(d.city.upper(), "address"), "*", d.region, "*", P(d.zip, "zip"), "~"])
    out.append(["DMG*D8*", P(d.dob.strftime("%Y%m%d"), "date"), "*", d.sex, "~"])
    if d.ssn:
        out.append(["REF*SY*", P(d.ssn.replace("-", ""), "ssn"), "~"])
    A(f"NM1*PR*2*{d.ins.upper()}*****PI*{d.ins.replace(' ', '').upper()[:8]}~")
    out.append(["CLM*", P(f"{d.mrn}-{R.randint(1, 9)}", "account"), f"*{R.randint(3000, 14000)}***11:B:1*Y*A*Y*Y~"])
    A("HI*ABK:T703XXA*ABF:Y9234~")
    A(f"NM1*82*1*{doc.split()[2].upper()}*{doc.split()[1].upper()}****XX*{dnpi}~")
    A(f"LX*1~")
    A(f"SV1*HC:99183*{R.randint(900, 2400)}*UN*1***1~")
    out.append(["DTP*472*D8*", P(TODAY.strftime("%Y%m%d"), "date"), "~"])
    A(f"SE*{len(out) - 1}*0001~")
    return [("x12_837", x) for x in out]


def g_claims():
    r = R.random()
    ts = iso_z()
    if r < .65:
        d = pick_pt()
        o = {"ts": ts, "svc": "claims-intake", "level": "INFO", "event": "claim.received", "claimNo": P(d.claim, "other_id"),
             "insurer": d.ins, "policyNo": P(d.ins_no, "health_plan"), "insured": P(d.full, "name"),
             "insuredAge": Num(d.age, "age") if d.age >= 90 else d.age,
             "incidentDate": P(d_iso(TODAY - timedelta(days=R.randint(0, 1))), "date"),
             "type": R.choice(["HBO_TREATMENT", "AIR_EVAC", "HBO_TREATMENT"]),
             "evac": {"operator": "Caribbean Air Ambulance N.V.", "tail": R.choice(["PJ-AAC", "N612CA"]), "dest": R.choice(["CUR", "MIA", "AUA"])},
             "amountUsd": round(R.uniform(2800, 48000), 2),
             "payee": {"iban": P(iban(R.choice(["NL", "DE"]), ("ABNA" + digits(10)) if R.random() < .5 else digits(18)), "account")} if R.random() < .4 else {"type": "provider", "name": "Kralendijk Hyperbaric Unit"},
             "handler": R.choice(["m.vandenbroek", "s.oduya"])}
        return [("claims_json", J(o))]
    o = {"ts": ts, "svc": "claims-intake", "level": "INFO", "event": "sftp.batch.pulled", "host": "sftp.danclaims.example",
         "files": R.randint(0, 6), "bytes": R.randint(0, 900000), "durationMs": R.randint(200, 4000), "batch": f"B{T().strftime('%Y%m%d')}-{R.randint(1, 9)}"}
    return [("claims_json", J(o))]


def g_payment():
    base = {"time": iso_l(3), "level": "info", "component": "paygw", "gateway": "adyen", "merchant": "CoralSandsBonaireECOM"}
    r = R.random()
    d = pick()
    if r < .45:
        o = dict(base, msg="authorised", psp_ref=digits(16), auth_code=f"{R.randint(0, 999999):06d}",
                 card=f"{d.card[:6]}******{d.card[-4:]}", holder=P(d.full, "name"), amount=f"{R.randint(50, 3000)}.00", ccy="USD",
                 ref=P(d.res, "account"))
    elif r < .6:
        bad = d.card[:-1] + str((int(d.card[-1]) + 3) % 10)
        o = dict(base, level="error", msg="request rejected by validation", reason="luhn_check_failed",
                 raw_pan=P(bad, "account"), holder=P(d.full, "name"), client_ip=P(d.ip, "ip"))
    elif r < .7:
        o = dict(base, level="debug", msg="tokenize request", pan=P(d.card, "account"), exp=f"{R.randint(1, 12):02d}/{R.randint(25, 29)}",
                 folio=P(d.folio, "account"))
    else:
        o = dict(base, msg=R.choice(["settlement batch closed", "webhook verified"]), batch=R.randint(300, 400),
                 hmac_ok=True, latency_ms=R.randint(40, 600), test_card="4111111111111111" if R.random() < .3 else "none")
    return [("payment_logfmt", LF(o))]


def g_java():
    t = T().strftime("%Y-%m-%d %H:%M:%S.") + f"{T().microsecond // 1000:03d}"
    tr, sp = hexs(32), hexs(16)
    d = pick()
    out = [("java_trace", f"{t} ERROR [reefbook-manifest,{tr},{sp}] 1 --- [nio-8080-exec-{R.randint(1, 9)}] c.r.m.service.ManifestService : Failed to add diver to manifest")]
    if R.random() < .6:
        out.append(("java_trace", ["com.reefbook.manifest.CertVerificationException: ", d.cert_ag, " cert ", P(d.cert_no, "license"),
                                   " not found for diver ", P(d.full, "name"), " (", P(d.gid, "other_id"), ")"]))
    else:
        out.append(("java_trace", f"org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_manifest_trip_slot]"))
    for fr in ["com.reefbook.manifest.service.ManifestService.addDiver(ManifestService.java:214)",
               "com.reefbook.manifest.web.ManifestController.add(ManifestController.java:88)",
               "org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)",
               "org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:166)"][:R.randint(2, 4)]:
        out.append(("java_trace", "\tat " + fr))
    out.append(("java_trace", f"\t... {R.randint(40, 90)} common frames omitted"))
    return out


def g_mysql():
    d = pick()
    u = T().astimezone(timezone.utc)
    out = [("mysql_slow", f"# Time: {u.strftime('%Y-%m-%dT%H:%M:%S')}.{u.microsecond:06d}Z"),
           ("mysql_slow", f"# User@Host: reefbook[reefbook] @  [10.20.1.{R.randint(10, 30)}]  Id: {R.randint(10000, 99999)}"),
           ("mysql_slow", f"# Query_time: {R.uniform(1.0, 6.0):.6f}  Lock_time: 0.000{R.randint(100, 999)} Rows_sent: {R.randint(0, 3)}  Rows_examined: {R.randint(40000, 300000)}"),
           ("mysql_slow", f"SET timestamp={int(T().timestamp())};")]
    k = R.random()
    if k < .4:
        out.append(("mysql_slow", ["SELECT g.id, g.room, r.arrival FROM guests g JOIN reservations r ON r.guest_id = g.id WHERE LOWER(g.email) = '",
                                   P(d.email, "email", "sql"), "';"]))
    elif k < .7:
        out.append(("mysql_slow", ["UPDATE guests SET phone = '", P(d.phone, "phone", "sql"), "', updated_at = NOW() WHERE last_name = '",
                                   P(d.last, "name", "sql"), "' AND dob = '", P(d_iso(d.dob), "date"), "';"]))
    else:
        out.append(("mysql_slow", f"SELECT trip_id, COUNT(*) FROM manifest_rows WHERE departure >= '2024-03-01' GROUP BY trip_id ORDER BY 2 DESC LIMIT 50;"))
    return out


def g_sms():
    r = R.random()
    d = pick()
    if r < .4:
        body = R.choice([f"Hi this is {d.first}, can we move our 2-tank to Friday? Room {d.room}",
                         f"Hola, soy {d.first}. Mi esposo tiene dolor en el hombro después del buceo, ¿a quién llamo?",
                         f"Hoi, {d.first} hier - mijn duikcomputer ({d.dc_model}) synct niet."])
        fi = body.index(d.first)
        sid = "SM" + hexs(32)
        segs = [f"{iso_z()} smsgw POST /hooks/twilio/sms ToCountry=BQ&SmsSid={sid}&Body=",
                quote_plus(body[:fi], safe=""), P(d.first, "name", "pctp"),
                quote_plus(body[fi + len(d.first):], safe=""), "&From=", P(e164(d.phone), "phone", "pctp"),
                "&To=%2B5997178420&NumMedia=0&ApiVersion=2010-04-01"]
        return [("sms_webhook", segs)]
    if r < .65:
        d = pick_pt()
        o = {"object": "whatsapp_business_account", "entry_id": digits(15), "from": P(e164(d.ec_phone).lstrip("+"), "phone"),
             "profile": {"name": P(d.ec_name, "name")}, "timestamp": str(int(T().timestamp()))}
        # the message body is one JSON string holding two spans
        segs = J(o)
        segs = segs[:-1] + [',"text":{"body":"Is ', P(d.first, "name", "json"), ' ok? We got a call from the hotline, case ',
                            P(d.case, "other_id", "json"), '"}}']
        return [("sms_webhook", [f"{iso_z()} smsgw WA inbound ", segs])]
    return [("sms_webhook", f"{iso_z()} smsgw status cb MessageSid=SM{hexs(32)} MessageStatus={R.choice(['delivered', 'sent', 'undelivered'])} ErrorCode={R.choice(['', '30003', '30007'])} To=%2B5997178420")]


def g_postfix():
    pre = f"{sysl()} mx1 postfix/smtp[{R.randint(20000, 29999)}]: {hexs(10).upper()}: to=<"
    r = R.random()
    tail = f">, relay={R.choice(['gmail-smtp-in.l.google.com[142.250.27.26]:25', 'mx1.hotmail.com[52.101.68.0]:25', 'mx00.web.de[212.227.15.9]:25'])}, delay={R.uniform(.2, 4):.1f}, delays=0.1/0/0.3/0.8, dsn=2.0.0, status=sent (250 2.0.0 OK {hexs(8)})"
    if r < .5:
        d = pick()
        return [("postfix", [pre, P(d.email, "email"), tail])]
    return [("postfix", pre + R.choice(["reservations@coralsandsbonaire.com", "ops@khu-bonaire.org", "noc@cdal.org", "claims@danclaims.example"]) + tail)]


GENS = [(g_booking, 14), (g_manifest, 8), (g_medq, 7), (g_ftd, 5), (g_nginx, 14), (g_divesync, 8), (g_uddf, 4),
        (g_pbx, 6), (g_hotline, 5), (g_chamber, 5), (g_plc, 9), (g_hl7, 2), (g_fhir, 5), (g_claims, 4),
        (g_payment, 6), (g_java, 1.6), (g_mysql, 2), (g_sms, 5), (g_postfix, 6)]


def main():
    lines = []
    fns = [g for g, _ in GENS]
    ws = [w for _, w in GENS]
    us = [p for p in PATIENTS if p.cc == "US"]
    forced = {130: lambda: g_x12(us[0]), 371: lambda: g_x12(us[-1]),
              262: lambda: g_booking(.43)}   # one locker enrolment (fingerprint template)   # two 837 claims, placed by line count
    while len(lines) < N_LINES:
        tick()
        due = [k for k in forced if len(lines) >= k]
        g = forced.pop(due[0]) if due else R.choices(fns, ws)[0]
        recs = g()
        if len(lines) + len(recs) > N_LINES:
            continue
        for fam, segs in recs:
            lines.append(render(fam, segs))
    # verification
    out_log = bytearray()
    out_lab = []
    for n, (fam, b, spans) in enumerate(lines, 1):
        assert b"\n" not in b and b"\r" not in b and len(b) > 0, (n, b)
        b.decode("utf-8")
        prev = 0
        for sp in spans:
            s, e = sp["s"], sp["e"]
            if not (0 <= s < e <= len(b)):
                sys.exit(f"line {n}: bad span {sp}")
            if s < prev:
                sys.exit(f"line {n}: overlapping span {sp}")
            prev = e
            got = dec_text(b[s:e].decode("utf-8"), sp["_enc"])
            if got != sp["_v"]:
                sys.exit(f"line {n}: span {sp} decodes to {got!r}")
        out_log += b + b"\n"
        out_lab.append(json.dumps({"line": n, "family": fam,
                                   "spans": [{"s": x["s"], "e": x["e"], "cat": x["cat"]} for x in spans]}, ensure_ascii=False))
    # checksum sanity of generated identifiers
    for d in DIVERS:
        assert luhn_ok(d.card)
    with open(f"{ID}.log", "wb") as f:
        f.write(bytes(out_log))
    with open(f"{ID}.labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")
    nophi = sum(1 for x in lines if not x[2])
    cats = {}
    for x in lines:
        for sp in x[2]:
            cats[sp["cat"]] = cats.get(sp["cat"], 0) + 1
    fams = {}
    for x in lines:
        fams[x[0]] = fams.get(x[0], 0) + 1
    print(f"lines={len(lines)} no_phi={nophi} ({nophi / len(lines):.1%})", file=sys.stderr)
    print("cats", dict(sorted(cats.items())), file=sys.stderr)
    print("families", dict(sorted(fams.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
