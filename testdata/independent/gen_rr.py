#!/usr/bin/env python3
"""gen_rr.py - synthetic labeled log corpus "rr".

Theme: the sports-medicine program of a (fictional) professional rodeo
association, the Rocky Plains Professional Rodeo Association (RPPRA),
whose mobile sports-medicine trailer (unit SMT-2) travels between rodeos.
Everything is synthetic; a fixed seed makes the output byte-identical.
Writes rr.log (500 lines) and rr.labels.jsonl in the current directory.

Systems / formats simulated (family names used in the labels):
  smt_emr_json      trailer EMR encounter logger (JSON, UTF-8 kept)
  concussion_logfmt concussion protocol tracker (logfmt, SCAT5/BESS stages)
  entry_java        competitor entry system (Java/logback key=value lines)
  elig_json         eligibility / medical-hold service (structlog JSON, ASCII-escaped)
  release_xml       medical-release e-form capture (one XML doc per line)
  amb_syslog        ambulance standby CAD gateway (RFC3164 syslog)
  standby_pipe      ambulance standby sheet export (pipe-delimited rows)
  x12_837           accident-insurance claims (X12 837P, one segment per line)
  claims_java       claims submitter (Spring Boot log + multi-line stack traces)
  hl7_v2            receiving hospital ORU results back to the trailer (one segment per line)
  fhir_json         FHIR R4 resources pushed to the regional HIE
  nginx_access      member/entry portal access log (combined + rt)
  pg_log            member database PostgreSQL log (statements, checkpoints)
  member_csv        member database nightly CSV export
  sms_json          notification service (Twilio-style webhook/send JSON)
  slack_chat        staff chat export (#smt-* channels)
  draw_fixed        rodeo draw sheet (fixed width)
  telemetry_logfmt  trailer gateway telemetry (generator, fridge, GPS)
  pharm_csv         trailer dispensing / restock log (CSV)
  impact_json       instrumented mouthguard impact sensors (BLE gateway JSON)

Labeling decisions (grey cases):
  * The persons served are the competitors (members and permit holders) and
    anyone the trailer or standby ambulance treats (incl. spectators). Their
    identifiers are PHI in EVERY system, including the entry system, the draw
    sheet and the member database (competitor names on a draw sheet are
    labeled `name` although draw sheets are published).
  * Their emergency contacts / spouses / parents are labeled like them.
  * Staff (athletic trainers, physicians, EMTs, clerks), stock contractors,
    vendors, hospitals, arenas and the association's own address/phone/email
    are not PHI. Bucking stock and horse names (e.g. "Hank Williams", a bull)
    are not PHI; stock numbers are not PHI.
  * Association card (membership) number, permit number, contestant back
    number, trailer encounter ID, concussion case ID, insurer claim number,
    release-form ID -> `other_id`. Trailer EMR patient ID (SMT-xxxxxxx) and
    hospital MRNs -> `mrn`. Claim patient control / hospital visit account
    numbers and full card numbers (also PANs that fail Luhn, logged by a
    payment gateway on a decline) -> `account`; masked cards (last 4 only)
    are not PHI. Accident-plan certificate IDs, insurer member IDs, Medicaid
    IDs and MBIs -> `health_plan`; the association's group policy number is
    not PHI.
  * Entry confirmation codes (EN-xxxxx), X12 control numbers, message SIDs,
    e-sign envelope UUIDs, request/trace IDs are transaction/software IDs:
    not PHI.
  * Hometown as printed in entry/draw ("Browning MT"): the city is labeled
    `address` (part of the person's address); the state is not.
  * Dates tied to the person (birth, encounter/service, accident, hold-until,
    follow-up appointment, form signature, membership join date) -> `date`,
    including full datetimes such as FHIR effectiveDateTime; log record
    timestamps and rodeo performance dates not tied to a person are not.
  * Ages are PHI only over 89 (a life member aged 91, a spectator aged 92).
  * Request paths that embed a member's card number -> one `url` span (the
    path); the client IP of such authenticated member requests -> `ip`.
    IPs of anonymous public page views, load balancers and servers are not.
  * Mouthguard sensor serials and BLE MACs assigned to an athlete, and a
    competitor's phone IMEI -> `device`; the trailer gateway, the trailer
    VIN/plate and ambulance units are organisation equipment: not PHI.
  * A competitor's truck/trailer VIN and plate -> `vehicle`.
  * HL7 XPN names (LAST^FIRST^M) are one span; X12 NM1 last and first name
    are separate elements, so separate spans. Street, city and ZIP are
    always separate spans when in separate fields.
  * Injury descriptions, ICD-10 codes, scores and vitals are not identifiers
    and are not labeled.
"""
import base64
import hashlib
import json
import random
import sys
import unicodedata
import uuid
from datetime import datetime, timedelta, timezone

ID = "rr"
N_LINES = 500
R = random.Random(0x52524F444530)


# ---------------------------------------------------------------- builders
class P:
    """A PHI value placed in a line."""
    __slots__ = ("v", "cat", "raw")

    def __init__(self, v, cat, raw=False):
        self.v = str(v)
        self.cat = cat
        self.raw = raw  # JSON: emit unquoted (numbers)


class D(list):
    """Ordered JSON object: list of (key, value) pairs."""


def _flat(parts, out):
    for p in parts:
        if isinstance(p, (list, tuple)) and not isinstance(p, D):
            _flat(p, out)
        else:
            out.append(p)
    return out


def mk(family, *parts):
    buf = bytearray()
    spans = []
    for p in _flat(parts, []):
        if isinstance(p, P):
            b = p.v.encode("utf-8")
            s = len(buf)
            buf += b
            spans.append({"s": s, "e": len(buf), "cat": p.cat, "_v": p.v})
        else:
            buf += str(p).encode("utf-8")
    return (family, bytes(buf), spans)


def js(v, a=False, sep=(",", ":")):
    if isinstance(v, P):
        if v.raw:
            return [v]
        q = json.dumps(v.v, ensure_ascii=a)
        return ['"', P(q[1:-1], v.cat), '"']
    if isinstance(v, D):
        out = ["{"]
        for i, (k, x) in enumerate(v):
            if i:
                out.append(sep[0])
            out.append(json.dumps(k) + sep[1])
            out += js(x, a, sep)
        out.append("}")
        return out
    if isinstance(v, list):
        out = ["["]
        for i, x in enumerate(v):
            if i:
                out.append(sep[0])
            out += js(x, a, sep)
        out.append("]")
        return out
    return [json.dumps(v, ensure_ascii=a)]


def lf(pairs):
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(" ")
        val = v.v if isinstance(v, P) else str(v)
        q = (" " in val) or ("=" in val) or val == ""
        out.append(k + "=")
        if q:
            out.append('"')
        out.append(v if isinstance(v, P) else val)
        if q:
            out.append('"')
    return out


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")


def unacc(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- numbers
def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def npi():
    body = R.choice("12") + digits(8)
    return body + luhn_digit("80840" + body)


def card(valid=True):
    body = R.choice(["4", "51", "53", "55"])
    body += digits(15 - len(body))
    c = luhn_digit(body)
    if not valid:
        c = str((int(c) + R.randint(1, 9)) % 10)
    return body + c


def imei():
    body = R.choice(["35", "86", "01"]) + digits(12)
    return body + luhn_digit(body)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


VT = {str(d): d for d in range(10)}
VT.update(dict(A=1, B=2, C=3, D=4, E=5, F=6, G=7, H=8, J=1, K=2, L=3, M=4, N=5,
               P=7, R=9, S=2, T=3, U=4, V=5, W=6, X=7, Y=8, Z=9))
VW = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi, year_code):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(wmi + "".join(R.choice(al) for _ in range(5)) + "0" + year_code
             + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6))
    s = sum(VT[c] * w for c, w in zip(v, VW)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + "0123456789"
    return (R.choice("123456789") + R.choice(MBI_A) + R.choice(an) + R.choice("0123456789")
            + R.choice(MBI_A) + R.choice(an) + R.choice("0123456789") + R.choice(MBI_A)
            + R.choice(MBI_A) + R.choice("0123456789") + R.choice("0123456789"))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def mac():
    return ":".join("%02X" % R.randint(0, 255) for _ in range(6))


def pubip():
    return "%d.%d.%d.%d" % (R.choice([24, 47, 67, 68, 70, 72, 98, 107, 166, 172, 174, 184, 199, 206]),
                            R.randint(1, 254), R.randint(0, 255), R.randint(1, 254))


# ---------------------------------------------------------------- world
FIRST_M = ["Tanner", "Wyatt", "Cody", "Jace", "Ty", "Colt", "Rowdy", "Dusty", "Hunter", "Wade",
           "Sterling", "Justice", "Stetson", "Bridger", "Kash", "Joaquín", "Mateus", "Rémi",
           "Tuari", "Lane", "Koby", "Tyrel", "Deshawn", "Emilio", "Caleb", "Sage", "Hardy"]
FIRST_F = ["Kaycee", "Shayla", "Mercy", "Dakota", "Brenna", "Jordyn", "Reata", "Paisley",
           "Ximena", "Aubree", "Kassidy", "Haley", "Nizhoni", "Mackenzie", "Tiana", "Zoë"]
MIDS = {"M": ["Lee", "Ray", "James", "Dean", "Wayne", "Cole"], "F": ["Ann", "Marie", "Jo", "Rose", "Lee"]}
LASTS = ["Yellowhorse", "Running Crane", "Dahl", "Barnes", "Villarreal-Ochoa", "Thibodeau",
         "McAlister", "O'Rourke", "De la Cruz", "Van Zandt", "Bell-Ortiz", "Whitcomb", "Hay",
         "Rivers", "Steele", "Bishop", "Marchbanks", "Tavares", "Nakamura", "Okonkwo", "Begay",
         "Lindgren", "Fairweather", "Cordero", "Kowalczyk", "Tsosie", "Pettibone", "Rush",
         "Field", "Strong", "Baptiste-Leclerc", "Espinoza Ruiz", "Hardcastle", "Two Bulls",
         "Abernathy", "Quiñones"]
TOWNS = [("Stephenville", "TX", "76401", "254"), ("Weatherford", "TX", "76086", "817"),
         ("Decatur", "TX", "76234", "940"), ("Ponca City", "OK", "74601", "580"),
         ("Ada", "OK", "74820", "580"), ("Hermiston", "OR", "97838", "541"),
         ("Miles City", "MT", "59301", "406"), ("Browning", "MT", "59417", "406"),
         ("Belle Fourche", "SD", "57717", "605"), ("Eagle Butte", "SD", "57625", "605"),
         ("Casper", "WY", "82601", "307"), ("Lovington", "NM", "88260", "575"),
         ("Window Rock", "AZ", "86515", "928"), ("Nampa", "ID", "83686", "208"),
         ("Ellensburg", "WA", "98926", "509"), ("Uvalde", "TX", "78801", "830"),
         ("Hamilton", "MT", "59840", "406"), ("Sulphur", "LA", "70663", "337"),
         ("Ocala", "FL", "34482", "352"), ("Checotah", "OK", "74426", "918"),
         ("Ponoka", "AB", "T4J 1R3", "403"), ("Presidente Prudente", "SP", "19015-110", "18")]
STREETS = ["County Road 214", "Old Granbury Hwy", "Ranch Rd 1187", "N Main St", "Sage Hollow Ln",
           "Cattlemen's Trl", "Box Elder Dr", "W 14th Ave", "Prairie View Rd", "Mesquite Bend Dr",
           "Bar Nothing Rd", "Spring Creek Rd", "Rua Tenente Nicolau Maffei", "Hwy 2 W"]
EVENTS = ["BB", "SB", "BR", "TD", "SW", "TR-H", "TR-L", "GB", "BA"]
EVENT_NAME = {"BB": "Bareback Riding", "SB": "Saddle Bronc", "BR": "Bull Riding",
              "TD": "Tie-Down Roping", "SW": "Steer Wrestling", "TR-H": "Team Roping (Header)",
              "TR-L": "Team Roping (Heeler)", "GB": "Barrel Racing", "BA": "Breakaway Roping"}
DL_FMT = {"TX": lambda: digits(8), "OK": lambda: R.choice("ABCDE") + digits(9),
          "OR": lambda: digits(7), "MT": lambda: digits(13), "SD": lambda: digits(8),
          "WY": lambda: digits(6) + "-" + digits(3), "NM": lambda: digits(9),
          "AZ": lambda: R.choice("ABDY") + digits(8), "ID": lambda: "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(6) + R.choice("ABC"),
          "WA": lambda: "WDL" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9)),
          "LA": lambda: "00" + digits(7), "FL": lambda: R.choice("BCDKMRSW") + digits(12),
          "AB": lambda: digits(6) + "-" + digits(3), "SP": lambda: digits(11)}

STAFF = [("Beau Lindqvist", "ATC", "blindqvist"), ("Renata Okafor", "LAT, ATC", "rokafor"),
         ("Marisol Quintero", "MD", "mquintero"), ("Thad Brannigan", "PA-C", "tbrannigan"),
         ("Priya Raman", "DPT", "praman"), ("Curtis Oyelaran", "ATC", "coyelaran")]
STAFF_NPI = {"Marisol Quintero": npi(), "Thad Brannigan": npi(), "Priya Raman": npi(),
             "Elena Navarro": npi(), "Samuel Whitehorse": npi()}
EMTS = ["Gil Hargrove EMT-P", "Lacey Whitfield EMT", "Arturo Benavides EMT-P", "Joni Kettleson AEMT"]
RODEOS = [("R24-117", "Sweetwater County Stampede", "Sweetwater Events Complex", "Rock Springs",
           "Sweetwater Regional Medical Ctr", "SRMC"),
          ("R24-121", "Laramie Plains Roundup", "Albany County Fairgrounds Arena", "Laramie",
           "Laramie Valley Hospital", "LVH")]
STOCK = [("23X", "Widowmaker"), ("714", "Hank Williams"), ("K-12", "Sister Sledge"),
         ("88", "Dirty Jacket"), ("301", "Miss Kitty"), ("5Z", "Bob Barker"), ("46", "Cowboy Up"),
         ("912", "Lil Jerry"), ("T7", "Tom Petty"), ("19B", "Mr. Lonely"), ("660", "Prairie Fire")]
CONTRACTORS = ["Diamond K Pro Rodeo", "Big Sky Bucking Co.", "Hollow Creek Livestock",
               "Powder River Rodeo Co."]
ARENA_GPS = {"R24-117": (41.59, -109.21), "R24-121": (41.31, -105.56)}
ORG_ADDR = "4410 Arena Rd, Colorado Springs, CO 80907"
ORG_PHONE = "(719) 634-2210"
TRAILER_VIN = vin("1R9", "P")
TRAILER_PLATE = "CO 2MV-SMT"

INJ = [("fall from bull, struck head on ground, brief LOC", "S06.0X1A", "BR"),
       ("hung up in rigging, R shoulder dislocation, reduced on scene", "S43.004A", "BB"),
       ("horn to L chest wall, pain w/ inspiration", "S22.32XA", "BR"),
       ("thrown from bronc, neck pain, no neuro deficit", "S13.4XXA", "SB"),
       ("steer landed on R knee, valgus instability", "S83.511A", "SW"),
       ("rope burn / degloving L thumb", "S61.012A", "TD"),
       ("horse fell on L ankle in alley", "S93.401A", "GB"),
       ("low back spasm after dismount", "M54.50", "TD"),
       ("stepped on by bull, R forearm deformity", "S52.501A", "BR"),
       ("dizziness + headache after whiplash off bronc", "S06.0X0A", "SB")]


def mkphone(area):
    if area == "18":
        return ("+55", "18", "9" + digits(4), digits(4))
    return ("+1", area, str(R.randint(2, 9)) + digits(2), digits(4))


def fph(ph, style=None):
    cc, a, x, n = ph
    if cc == "+55":
        return "+55 %s %s-%s" % (a, x, n) if style != "e164" else "+55%s%s%s" % (a, x, n)
    style = style or R.choice(["paren", "dash", "dot", "plain"])
    return {"paren": "(%s) %s-%s" % (a, x, n), "dash": "%s-%s-%s" % (a, x, n),
            "dot": "%s.%s.%s" % (a, x, n), "plain": a + x + n, "e164": "+1" + a + x + n}[style]


def make_person(i):
    sex = R.choice("MMMF")
    first = R.choice(FIRST_M if sex == "M" else FIRST_F)
    last = LASTS[i % len(LASTS)] if i < len(LASTS) else R.choice(LASTS)
    town = R.choice(TOWNS)
    if first in ("Mateus",):
        town = TOWNS[-1]
    if town[1] == "SP":
        first, last, sex = "Mateus", "Tavares Lima", "M"
    dob = datetime(R.randint(1979, 2005), R.randint(1, 12), R.randint(1, 28))
    if sex == "F":
        ev = R.choice(["GB", "BA", "TR-H", "GB"])
    elif R.random() < 0.5:
        ev = R.choice(["BB", "SB", "BR"])
    else:
        ev = R.choice(EVENTS) if sex == "M" else R.choice(["GB", "BA", "TR-H"])
    if ev in ("GB", "BA"):
        sex = "F"
        if first in FIRST_M:
            first = R.choice(FIRST_F)
    mail_first = unacc(first).lower()
    mail_last = unacc(last).lower().replace(" ", "").replace("'", "")
    email = R.choice(["%s.%s%d@gmail.com", "%s%s@yahoo.com", "%s_%s%d@outlook.com",
                      "%s.%s@icloud.com"])
    email = email.replace("%d", str(dob.year % 100)) % (mail_first, mail_last)
    if R.random() < 0.2:
        email = "%s%s.rodeo@gmail.com" % (mail_first[0], mail_last)
    rel = R.choice(["spouse", "mother", "father", "sister", "brother", "partner"])
    ecf = R.choice({"mother": ["Darla", "Luz", "Marjorie", "Wanda", "Ifeoma"], "sister": ["Cheyenne", "Bonnie", "Kacey"],
                    "father": ["Roy", "Hank", "Tomás", "Everett"], "brother": ["Clint", "Buck", "Ramón"]}.get(
        rel, ["Darla", "Roy", "Luz", "Hank", "Cheyenne", "Ifeoma", "Clint", "Bonnie"]))
    ecl = last if R.random() < 0.6 else R.choice(LASTS)
    p = dict(sex=sex, first=first, last=last, mid=R.choice(MIDS[sex]) if R.random() < 0.5 else "",
             dob=dob, card=R.randint(100100, 149999), town=town,
             street="%d %s" % (R.randint(12, 9800), R.choice(STREETS[:-2] if town[1] != "SP" else STREETS[-2:])),
             phone=mkphone(town[3]), email=email, ssn=ssn(), dl=(town[1], DL_FMT[town[1]]()),
             ec=("%s %s" % (ecf, ecl), rel,
                 mkphone(R.choice([town[3], "806", "435", "307"]) if town[1] != "SP" else "18")),
             plan="RPA%09d" % R.randint(0, 999999999),
             ins=R.choice(["ZGP", "XJH", "YRL", "UHC", "MDC"]) + digits(9),
             smt="SMT-%07d" % R.randint(1000000, 9999999), hmrn="%08d" % R.randint(10000000, 99999999),
             mg=("IMX-%s" % hexs(8).upper(), mac()), ip=pubip(), ev=ev,
             back=R.randint(100, 899), imei=imei(),
             vin=vin(R.choice(["1FT", "3C6", "1GC", "1FD"]), R.choice("LMNPR")),
             plate="%s %s" % (town[1], R.choice(["", "B"]) + digits(3) + "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3))),
             age=None, mbi=None, status="ACTIVE")
    if R.random() < 0.2:
        p["permit"] = "P24-%05d" % R.randint(0, 99999)
    return p


PEOPLE = [make_person(i) for i in range(40)]
# a life member aged 91 (honorary; still ropes in senior events) with Medicare
LIFE = PEOPLE[7]
LIFE.update(first="Everett", last="Pettibone", sex="M", mid="Roy", dob=datetime(1933, 2, 9), ev="TR-H",
            status="LIFE", mbi=mbi(), email="pettibone.ranch@frontiernet.net")
INJURED = PEOPLE[:14]

for p in PEOPLE:
    p["name"] = "%s %s" % (p["first"], p["last"])
    p["full"] = ("%s %s %s" % (p["first"], p["mid"], p["last"])) if p["mid"] else p["name"]
    p["lf"] = "%s, %s" % (p["last"], p["first"])

START = datetime(2024, 7, 18, 6, 40, 12)
TZ = timedelta(hours=-6)


def rodeo_at(t):
    return RODEOS[0] if t < datetime(2024, 7, 21, 6) else RODEOS[1]


def isoz(t):
    return (t - TZ).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % R.randint(0, 999)


def isol(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S-06:00")


def ms():
    return "%03d" % R.randint(0, 999)


# ---------------------------------------------------------------- generators
def g_emr(t):
    p = R.choice(INJURED)
    rd = rodeo_at(t)
    inj = R.choice(INJ)
    k = R.random()
    enc = "E%s-%05d" % (t.strftime("%y%m"), R.randint(100, 99999))
    atc = R.choice(STAFF[:2] + STAFF[5:])
    if k < 0.5:
        o = D([("ts", isoz(t)), ("level", "info"), ("logger", "smt.emr.encounter"), ("msg", "encounter closed"),
               ("enc_id", P(enc, "other_id")), ("pt_id", P(p["smt"], "mrn")), ("pt_nm", P(p["lf"], "name")),
               ("dob", P(p["dob"].strftime("%Y-%m-%d"), "date")), ("card_no", P(p["card"], "other_id", raw=True)),
               ("enc_date", P(t.strftime("%Y-%m-%d"), "date")), ("rodeo", rd[0]), ("event_cd", inj[2]),
               ("cc", inj[0]), ("dx", [inj[1]]), ("disp", R.choice(["RTC", "RTC w/ restrictions", "referred ED", "no compete 7d"])),
               ("atc", "%s, %s" % atc[:2]), ("unit", "SMT-2"), ("app_ver", "3.8.14+b2207")])
        return [mk("smt_emr_json", js(o, False))]
    if k < 0.75:
        o = D([("ts", isoz(t)), ("level", "info"), ("logger", "smt.emr.vitals"), ("pt_id", P(p["smt"], "mrn")),
               ("bp", "%d/%d" % (R.randint(108, 150), R.randint(62, 95))), ("hr", R.randint(58, 124)),
               ("spo2", R.randint(94, 100)), ("pain", R.randint(0, 9)), ("gcs", R.choice([15, 15, 15, 14])),
               ("by", atc[2]), ("span_id", hexs(16))])
        return [mk("smt_emr_json", js(o, False))]
    o = D([("ts", isoz(t)), ("level", R.choice(["info", "debug", "warn"])), ("logger", "smt.emr.sync"),
           ("msg", R.choice(["outbox flushed", "sync retry scheduled", "schema migration noop"])),
           ("records", R.randint(0, 40)), ("bytes", R.randint(900, 240000)), ("trace_id", hexs(32)),
           ("uplink", R.choice(["starlink", "lte-b14"])), ("app_ver", "3.8.14+b2207"), ("db_rev", hexs(12))])
    return [mk("smt_emr_json", js(o, False))]


def g_conc(t):
    if R.random() < 0.35:
        return [mk("concussion_logfmt", lf([("ts", isoz(t)), ("level", "info"), ("svc", "cprotocol"),
                                             ("msg", R.choice(["baseline norms loaded", "stage timers evaluated", "nightly RTP digest sent"])),
                                             ("norms", "scat5-2017.2"), ("rows", R.randint(200, 900)),
                                             ("dur_ms", R.randint(3, 400)), ("host", "smt2-edge01")]))]
    p = R.choice(INJURED[:8])
    stage = R.randint(1, 6)
    nxt = t + timedelta(days=R.randint(1, 4))
    pairs = [("ts", isoz(t)), ("level", "info"), ("svc", "cprotocol"),
             ("case_id", P("CP24-%04d" % (INJURED.index(p) * 37 + 118), "other_id")),
             ("athlete", P(p["name"], "name")), ("member", P(p["card"], "other_id")),
             ("stage", stage), ("stage_name", ["symptom_limited", "light_aerobic", "sport_specific", "noncontact_drills", "full_contact", "return_to_compete"][stage - 1]),
             ("scat5_sx", R.randint(0, 22)), ("sx_sev", R.randint(0, 60)), ("sac", R.randint(18, 30)),
             ("bess_err", R.randint(2, 20))]
    if R.random() < 0.6:
        pairs.append(("next_eval", P(nxt.strftime("%Y-%m-%d"), "date")))
    if R.random() < 0.4:
        pairs.append(("inj_date", P((t - timedelta(days=R.randint(0, 9))).strftime("%Y-%m-%d"), "date")))
    pairs += [("cleared", "true" if stage == 6 else "false"), ("eval_by", "%s %s" % R.choice(STAFF[:2])[:2])]
    return [mk("concussion_logfmt", lf(pairs))]


def jts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms()


def g_entry(t):
    rd = rodeo_at(t)
    th = "entry-worker-%d" % R.randint(1, 6)
    if R.random() < 0.4:
        msg = R.choice(["draw published rodeo=%s perf=%d entries=%d took=%dms" % (rd[0], R.randint(1, 6), R.randint(300, 700), R.randint(200, 2400)),
                        "position swap window closed rodeo=%s swaps=%d" % (rd[0], R.randint(0, 30)),
                        "callback queue depth=%d lag=%dms broker=entry-mq-2.rppra.internal:5672" % (R.randint(0, 80), R.randint(1, 900)),
                        "fee schedule v2024.07 loaded sku=ENT-BR-PRO sku=ENT-GB-PRO office_fee=USD25.00",
                        "Hikari pool stats (total=20, active=%d, idle=%d, waiting=0)" % (R.randint(0, 9), R.randint(5, 18))])
        return [mk("entry_java", jts(t), " INFO  [", th, "] c.rppra.entry.EntryService - ", msg)]
    p = R.choice(PEOPLE)
    ev = p["ev"]
    if R.random() < 0.2:
        ok = R.random() < 0.5
        return [mk("entry_java", jts(t), " WARN  [", th, "] c.rppra.entry.pay.GatewayClient - ",
                   "auth declined code=%s member=" % ("05" if ok else "14"), P(p["card"], "other_id"),
                   " pan=", P(card(ok), "account"), " exp=%02d/%d avs=%s gw=payfabric-prod txn=%s" %
                   (R.randint(1, 12), R.randint(25, 29), R.choice("YNZ"), hexs(20)))]
    parts = [jts(t), " INFO  [", th, "] c.rppra.entry.EntryService - entry accepted rodeo=", rd[0],
             " member=", P(p["card"], "other_id"), ' name="', P(p["name"], "name"), '"']
    if R.random() < 0.5:
        parts += [' hometown="', P(p["town"][0], "address"), " ", p["town"][1], '"']
    parts += [" event=", ev, " back=", P(p["back"], "other_id"),
              " fee=USD%d.00" % R.choice([150, 250, 350, 450]),
              " pay=%s****%s" % (R.choice(["visa", "mc"]), digits(4)),
              " conf=EN-%s" % "".join(R.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(5))]
    if "permit" in p:
        parts += [" permit=", P(p["permit"], "other_id")]
    return [mk("entry_java", parts)]


def g_elig(t):
    if R.random() < 0.35:
        o = D([("event", R.choice(["rules_reload", "cache_warm", "health"])), ("ruleset", "2024.3.1"),
               ("sha256", hashlib.sha256(str(R.random()).encode()).hexdigest()), ("workers", 4),
               ("request_id", uid()), ("timestamp", isoz(t)), ("level", "info")])
        return [mk("elig_json", js(o, True, (", ", ": ")))]
    p = R.choice(INJURED)
    rd = rodeo_at(t)
    hold = R.random() < 0.6
    o = D([("event", "eligibility_check"), ("member_no", P(p["card"], "other_id")),
           ("competitor", P(p["name"], "name")), ("rodeo", rd[0]), ("event_cd", p["ev"]),
           ("status", "MEDICAL_HOLD" if hold else "ELIGIBLE")])
    if hold:
        o += [("hold_reason", R.choice(["concussion_protocol", "physician_no_compete", "missing_release"])),
              ("hold_until", P((t + timedelta(days=R.randint(2, 21))).strftime("%Y-%m-%d"), "date"))]
    o += [("checked_by", "entry-svc"), ("request_id", uid()), ("timestamp", isoz(t)), ("level", "warning" if hold else "info")]
    return [mk("elig_json", js(o, True, (", ", ": ")))]


def g_release(t):
    if R.random() < 0.3:
        return [mk("release_xml", '<?xml version="1.0" encoding="UTF-8"?><EsignEvent type="envelope-completed" envelopeId="%s" template="MedRelease-v2.3" pages="3" tsa="%s" account="RPPRA-SPORTSMED"/>' % (uid(), isoz(t)))]
    p = R.choice(PEOPLE)
    signed = t - timedelta(minutes=R.randint(1, 50))
    ec = p["ec"]
    town = p["town"]
    parts = ['<MedicalRelease xmlns="urn:rppra:forms:medrel:v2" formId="', P("MR-2024-%06d" % R.randint(1000, 99999), "other_id"),
             '" signed="', P(isol(signed), "date"), '"><Competitor cardNo="', P(p["card"], "other_id"), '"><Name>',
             P(xesc(p["full"]), "name"), "</Name><DOB>", P(p["dob"].strftime("%m/%d/%Y"), "date"), "</DOB>"]
    if R.random() < 0.7:
        parts += ["<Addr><Street>", P(xesc(p["street"]), "address"), "</Street><City>", P(town[0], "address"),
                  "</City><State>", town[1], "</State><Zip>", P(town[2], "zip"), "</Zip></Addr>"]
    parts += ["<Phone>", P(fph(p["phone"]), "phone"), "</Phone>"]
    if R.random() < 0.3:
        parts += ["<SSN>", P(p["ssn"], "ssn"), "</SSN>"]
    if R.random() < 0.5:
        parts += ['<IdDoc type="DL" juris="', p["dl"][0], '">', P(p["dl"][1], "license"), "</IdDoc>"]
    parts += ['</Competitor><EmergencyContact rel="', ec[1], '"><Name>', P(ec[0], "name"), "</Name><Phone>",
              P(fph(ec[2]), "phone"), "</Phone></EmergencyContact>"]
    if p["mbi"]:
        parts += ['<Coverage type="medicare" mbi="', P(p["mbi"], "health_plan"), '"/>']
    parts += ['<Coverage type="accident" group="RPA-GRP-2024" cert="', P(p["plan"], "health_plan"), '"/>',
              "<Allergies>", R.choice(["NKDA", "penicillin", "sulfa", "latex", "none reported"]), "</Allergies>",
              "<Witness>", R.choice(STAFF)[0], "</Witness></MedicalRelease>"]
    return [mk("release_xml", parts)]


def systs(t):
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


def g_amb(t):
    rd = rodeo_at(t)
    unit = R.choice(["M14", "M22"])
    host = "amb-gw-0%d" % R.randint(1, 2)
    pre = "<%d>%s %s standbyd[%d]: " % (R.choice([30, 29, 134]), systs(t), host, R.randint(1800, 2400))
    k = R.random()
    if k < 0.55:
        return [mk("amb_syslog", pre, lf([("unit", unit), ("status", R.choice(["ON_STATION", "AVAILABLE", "POSTED_CHUTES", "OFF_STATION"])),
                                          ("arena", rd[2]), ("crew", "/".join(R.sample(EMTS, 2))),
                                          ("gps", "%.4f,%.4f" % (ARENA_GPS[rd[0]][0] + R.random() / 100, ARENA_GPS[rd[0]][1] - R.random() / 100)),
                                          ("agency", "High Desert Ambulance"), ("cad_inc", "24-%06d" % R.randint(0, 999999))]))]
    if k < 0.8:
        p = R.choice(INJURED)
        return [mk("amb_syslog", pre, lf([("unit", unit), ("status", "TRANSPORT"), ("dest", rd[4]),
                                          ("pt", P(p["lf"], "name")), ("age", t.year - p["dob"].year if p is not LIFE else 38),
                                          ("sex", p["sex"]), ("back", P(p["back"], "other_id")), ("cc", R.choice(INJ)[0]),
                                          ("miles", "%.1f" % (R.random() * 9 + 1)), ("cad_inc", "24-%06d" % R.randint(0, 999999))]))]
    # spectator patient
    sp = R.choice(["Opal Kretschmer", "Dwayne Lucero", "Harriet Bluebird", "Gene Sorensen-Pike", "Wilma Achterberg"])
    age = R.choice([92, 67, 71, 92, 54, 95])
    pairs = [("unit", unit), ("status", R.choice(["PT_CONTACT", "TRANSPORT", "REFUSAL"])), ("loc", "grandstand sec %s" % R.choice("ABCDEFG")),
             ("pt", P(sp, "name")), ("age", P(age, "age") if age > 89 else age), ("cc", R.choice(["heat exhaustion", "syncope", "fall on bleacher steps", "chest pain"])),
             ("cad_inc", "24-%06d" % R.randint(0, 999999))]
    return [mk("amb_syslog", pre, lf(pairs))]


def g_standby(t):
    rd = rodeo_at(t)
    if R.random() < 0.75:
        return [mk("standby_pipe", "|".join([t.strftime("%Y-%m-%d"), rd[0], "PERF%d" % R.randint(1, 6), R.choice(["M14", "M22"]),
                                             "High Desert Ambulance", R.choice(EMTS), "18:30", "22:%02d" % R.randint(0, 59),
                                             "pt_contacts=%d" % R.randint(0, 5), "transports=%d" % R.randint(0, 2),
                                             "refusals=%d" % R.randint(0, 2), "invoice=HDA-%d" % R.randint(40000, 49999)]))]
    p = R.choice(INJURED)
    return [mk("standby_pipe", t.strftime("%Y-%m-%d"), "|", rd[0], "|REFUSAL|", P(p["name"], "name"), "|DOB ",
               P(p["dob"].strftime("%m/%d/%Y"), "date"), "|AMA signed %s|witness=%s|" % (t.strftime("%H:%M"), R.choice(EMTS)),
               "back=", P(p["back"], "other_id"))]


X12_COUNT = [0]


def g_x12(t):
    if X12_COUNT[0] >= 2:
        return None
    X12_COUNT[0] += 1
    p = R.choice(INJURED)
    rd = rodeo_at(t)
    inj = R.choice(INJ)
    ctl = "%09d" % R.randint(1000, 99999)
    dos = (t - timedelta(days=R.randint(1, 3)))
    d8 = dos.strftime("%Y%m%d")
    town = p["town"]
    md = R.choice(["Marisol Quintero", "Thad Brannigan"])
    mdl, mdf = md.split()[1].upper(), md.split()[0].upper()
    amt = R.choice([185, 240, 425, 610])
    L = []
    f = "x12_837"
    L.append(mk(f, "ISA*00*          *00*          *ZZ*RPPRASMED      *ZZ*HPAU7          *%s*%s*^*00501*%s*0*P*:~" % (t.strftime("%y%m%d"), t.strftime("%H%M"), ctl)))
    L.append(mk(f, "GS*HC*RPPRASMED*HPAU7*%s*%s*%d*X*005010X222A1~" % (t.strftime("%Y%m%d"), t.strftime("%H%M"), int(ctl))))
    L.append(mk(f, "ST*837*%04d*005010X222A1~" % (int(ctl) % 10000)))
    L.append(mk(f, "BHT*0019*00*B%s*%s*%s*CH~" % (ctl[-6:], t.strftime("%Y%m%d"), t.strftime("%H%M"))))
    L.append(mk(f, "NM1*41*2*RPPRA SPORTS MEDICINE*****46*RPPRA01~"))
    L.append(mk(f, "PER*IC*CLAIMS DESK*TE*7196342210*EM*sportsmed@rppra.org~"))
    L.append(mk(f, "NM1*40*2*HIGH PLAINS ACCIDENT UNDERWRITERS*****46*HPAU7~"))
    L.append(mk(f, "HL*1**20*1~"))
    L.append(mk(f, "NM1*85*2*RPPRA SPORTS MEDICINE*****XX*%s~" % npi()))
    L.append(mk(f, "N3*4410 ARENA RD~"))
    L.append(mk(f, "N4*COLORADO SPRINGS*CO*809073318~"))
    L.append(mk(f, "REF*EI*84%07d~" % R.randint(0, 9999999)))
    L.append(mk(f, "HL*2*1*22*0~"))
    L.append(mk(f, "SBR*P*18*RPA-GRP-2024******CI~"))
    L.append(mk(f, "NM1*IL*1*", P(unacc(p["last"]).upper(), "name"), "*", P(unacc(p["first"]).upper(), "name"), "****MI*", P(p["plan"], "health_plan"), "~"))
    L.append(mk(f, "N3*", P(unacc(p["street"]).upper().replace("'", ""), "address"), "~"))
    L.append(mk(f, "N4*", P(unacc(town[0]).upper(), "address"), "*", town[1], "*", P(town[2].replace(" ", "").replace("-", ""), "zip"), "~"))
    L.append(mk(f, "DMG*D8*", P(p["dob"].strftime("%Y%m%d"), "date"), "*", p["sex"], "~"))
    L.append(mk(f, "NM1*PR*2*HIGH PLAINS ACCIDENT UNDERWRITERS*****PI*HPAU7~"))
    L.append(mk(f, "CLM*", P("SMT%s%03d" % (dos.strftime("%y%m%d"), R.randint(1, 999)), "account"), "*%d***11:B:1*Y*A*Y*Y*OA:::WY~" % amt))
    L.append(mk(f, "DTP*439*D8*", P(d8, "date"), "~"))
    L.append(mk(f, "REF*F8*", P("HP%s" % digits(10), "other_id"), "~"))
    L.append(mk(f, "HI*ABK:%s*ABF:%s~" % (inj[1].replace(".", ""), "W5522XA" if inj[2] == "BR" else "V80010A")))
    L.append(mk(f, "NM1*82*1*%s*%s****XX*%s~" % (mdl, mdf, STAFF_NPI[md])))
    L.append(mk(f, "LX*1~"))
    L.append(mk(f, "SV1*HC:%s*%d*UN*1***1~" % (R.choice(["99283", "99284", "29240", "23650"]), amt)))
    L.append(mk(f, "DTP*472*D8*", P(d8, "date"), "~"))
    L.append(mk(f, "SE*%d*%04d~" % (len(L) - 1, int(ctl) % 10000)))
    L.append(mk(f, "GE*1*%d~" % int(ctl)))
    L.append(mk(f, "IEA*1*%s~" % ctl))
    return L


def sbts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms()


TRACE_TAIL = ["\tat org.springframework.web.client.DefaultResponseErrorHandler.handleError(DefaultResponseErrorHandler.java:168)",
              "\tat org.springframework.web.client.RestTemplate.handleResponse(RestTemplate.java:819)",
              "\tat com.rppra.claims.clearinghouse.ClearinghouseClient.post(ClearinghouseClient.java:142)",
              "\tat com.rppra.claims.ClaimSubmitter.submit(ClaimSubmitter.java:88)",
              "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
              "\t... 3 common frames omitted"]


def g_claims(t):
    pid = R.randint(3000, 3300)
    k = R.random()
    if k < 0.45:
        return [mk("claims_java", sbts(t), "  INFO %d --- [claims-batch-%d] c.r.claims.ClaimSubmitter         : " % (pid, R.randint(1, 4)),
                   R.choice(["batch %s submitted: 14 claims, 0 rejected, took 2.41s" % uid()[:8],
                             "277CA poll: 0 new acknowledgements (clearinghouse=availity-sftp, port=22)",
                             "999 accepted for ISA control %09d" % R.randint(1000, 99999),
                             "retry queue empty; next window 02:00 MDT"]))]
    if k < 0.7:
        L = [mk("claims_java", sbts(t), " ERROR %d --- [report-scheduler-1] c.r.claims.reports.WeeklyLossRun      : loss run failed" % pid),
             mk("claims_java", "java.lang.NullPointerException: Cannot invoke \"java.math.BigDecimal.add(java.math.BigDecimal)\" because \"reserve\" is null")]
        L += [mk("claims_java", "\tat com.rppra.claims.reports.WeeklyLossRun.accumulate(WeeklyLossRun.java:211)"),
              mk("claims_java", "\tat com.rppra.claims.reports.WeeklyLossRun.run(WeeklyLossRun.java:97)"),
              mk("claims_java", TRACE_TAIL[4])]
        return L
    p = R.choice(INJURED)
    L = [mk("claims_java", sbts(t), " ERROR %d --- [claims-batch-2] c.r.claims.ClaimSubmitter         : Submission failed for claim " % pid,
            P("CLM-24-%05d" % R.randint(1000, 9999), "other_id"), " member=", P(p["card"], "other_id"), " (", P(p["lf"], "name"),
            "): payer rejected STC*A7:562"),
         mk("claims_java", "org.springframework.web.client.HttpClientErrorException$BadRequest: 400 Bad Request: \"{\"error\":\"invalid_subscriber\",\"detail\":\"subscriber id ",
            P(p["plan"], "health_plan"), " dob ", P(p["dob"].strftime("%Y-%m-%d"), "date"), " not on eligibility file\"}\"")]
    L += [mk("claims_java", x) for x in TRACE_TAIL[:4]]
    return L


def g_hl7(t):
    p = R.choice(INJURED)
    rd = rodeo_at(t)
    town = p["town"]
    obs = t - timedelta(minutes=R.randint(30, 140))
    f = "hl7_v2"
    cid = "MSG%07d" % R.randint(0, 9999999)
    nm = "%s^%s" % (p["last"].upper(), p["first"].upper()) + ("^" + p["mid"][:1] if p["mid"] else "")
    rad = "Samuel Whitehorse"
    L = [mk(f, "MSH|^~\\&|RIS|%s|SMT_EMR|RPPRA|%s||ORU^R01^ORU_R01|%s|P|2.5.1|||AL|NE" % (rd[5], t.strftime("%Y%m%d%H%M%S"), cid)),
         mk(f, "PID|1||", P(p["hmrn"], "mrn"), "^^^", rd[5], "^MR~", P(p["smt"], "mrn"), "^^^RPPRA^PI||", P(nm, "name"), "||",
            P(p["dob"].strftime("%Y%m%d"), "date"), "|", p["sex"], "|||", P(p["street"], "address"), "^^", P(town[0], "address"), "^",
            town[1], "^", P(town[2], "zip"), "^USA^H||", P(fph(p["phone"], "dash"), "phone"), "^PRN^PH|||||",
            P("V%s" % digits(9), "account"), "|", P(p["ssn"], "ssn") if R.random() < 0.4 else "", "|")]
    if R.random() < 0.5:
        L.append(mk(f, "NK1|1|", P("%s^%s" % (p["ec"][0].split(" ", 1)[1].upper(), p["ec"][0].split(" ", 1)[0].upper()), "name"),
                    "|", {"spouse": "SPO^Spouse", "mother": "MTH^Mother", "father": "FTH^Father"}.get(p["ec"][1], "OTH^Other"),
                    "^HL70063||", P(fph(p["ec"][2], "dash"), "phone"), "||EC^Emergency Contact^HL70131"))
    L.append(mk(f, "PV1|1|E|ED^^^%s||||%s^NAVARRO^ELENA^^^^MD|||||||||||" % (rd[5], STAFF_NPI["Elena Navarro"]),
                P("%s%s" % (rd[5], digits(8)), "account"), "|||||||||||||||||||||||||", P(obs.strftime("%Y%m%d%H%M"), "date")))
    study = R.choice([("70450", "CT HEAD WO CONTRAST", "No acute intracranial hemorrhage or calvarial fracture."),
                      ("71046", "XR CHEST 2 VIEWS", "Nondisplaced fractures of left 6th and 7th ribs. No pneumothorax."),
                      ("72125", "CT CERVICAL SPINE WO CONTRAST", "No acute fracture or malalignment."),
                      ("73090", "XR FOREARM 2 VIEWS", "Transverse fracture of the distal radial shaft with 4 mm dorsal angulation.")])
    L.append(mk(f, "OBR|1||", "ACC%s" % digits(8), "|%s^%s^CPT|||" % study[:2], P(obs.strftime("%Y%m%d%H%M"), "date"),
                "|||||||||%s^WHITEHORSE^SAMUEL^^^^MD||||||%s||RAD|F" % (STAFF_NPI[rad], t.strftime("%Y%m%d%H%M"))))
    L.append(mk(f, "OBX|1|FT|%s^%s^CPT||%s||||||F|||%s" % (study[0], study[1], study[2], t.strftime("%Y%m%d%H%M"))))
    return L


def g_fhir(t):
    p = R.choice(INJURED)
    eff = t - timedelta(minutes=R.randint(5, 90))
    if R.random() < 0.7:
        o = D([("resourceType", "Observation"), ("id", "obs-" + uid()[:13]), ("meta", D([("versionId", "1"), ("lastUpdated", isoz(t))])),
               ("status", "final"),
               ("code", D([("coding", [D([("system", "http://loinc.org"), ("code", "72133-2"), ("display", "SCAT5 total symptom score")])])])),
               ("subject", D([("reference", ["Patient/", P(p["smt"], "mrn")]), ("display", P(p["name"], "name"))])),
               ("effectiveDateTime", P(isol(eff), "date")), ("valueInteger", R.randint(0, 22)),
               ("performer", [D([("display", "%s, %s" % STAFF[R.randint(0, 1)][:2])])])])
        # subject.reference needs concatenated string: handle below
        return [mk("fhir_json", _fhir(o))]
    town = p["town"]
    o = D([("resourceType", "Patient"), ("id", P(p["smt"], "mrn")),
           ("identifier", [D([("system", "urn:rppra:card"), ("value", P(p["card"], "other_id"))])]),
           ("name", [D([("family", P(p["last"], "name")), ("given", [P(p["first"], "name")])])]),
           ("gender", "male" if p["sex"] == "M" else "female"), ("birthDate", P(p["dob"].strftime("%Y-%m-%d"), "date")),
           ("telecom", [D([("system", "phone"), ("value", P(fph(p["phone"], "e164"), "phone"))]),
                        D([("system", "email"), ("value", P(p["email"], "email"))])]),
           ("address", [D([("city", P(town[0], "address")), ("state", town[1]), ("postalCode", P(town[2], "zip"))])])])
    return [mk("fhir_json", _fhir(o))]


def _fhir(o):
    # allow list-of-parts string values (reference "Patient/<id>")
    def conv(v):
        if isinstance(v, D):
            return D([(k, conv(x)) for k, x in v])
        if isinstance(v, list) and v and isinstance(v[0], str) and len(v) == 2 and isinstance(v[1], P) and v[0].endswith("/"):
            return ("REF", v[0], v[1])
        if isinstance(v, list):
            return [conv(x) for x in v]
        return v

    def ser(v):
        if isinstance(v, tuple) and v[0] == "REF":
            return ['"' + v[1], P(v[2].v, v[2].cat), '"']
        if isinstance(v, D):
            out = ["{"]
            for i, (k, x) in enumerate(v):
                if i:
                    out.append(",")
                out.append(json.dumps(k) + ":")
                out += ser(x)
            out.append("}")
            return out
        if isinstance(v, list):
            out = ["["]
            for i, x in enumerate(v):
                if i:
                    out.append(",")
                out += ser(x)
            out.append("]")
            return out
        return js(v, False)
    return ser(conv(o))


UAS = ['"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"',
       '"Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.122 Mobile Safari/537.36"',
       '"RPPRA-App/5.2.1 (iOS 17.5; build 5210)"',
       '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"']


def ngts(t):
    return t.strftime("[%d/%b/%Y:%H:%M:%S -0600]")


def g_nginx(t):
    rd = rodeo_at(t)
    k = R.random()
    if k < 0.5:
        ip = R.choice(["10.20.0.4", "10.20.0.5", pubip(), pubip(), "66.249.66.%d" % R.randint(1, 200)])
        path = R.choice(["/healthz", "/api/v2/rodeos/%s/draw?perf=%d" % (rd[0], R.randint(1, 6)), "/static/js/app.4f9c2e1b.js",
                         "/api/v2/standings/BR?season=2024", "/results/%s" % rd[0], "/favicon.ico"])
        ua = '"ELB-HealthChecker/2.0"' if path == "/healthz" else R.choice(UAS + ['"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"'])
        return [mk("nginx_access", "%s - - %s \"GET %s HTTP/1.1\" 200 %d \"-\" %s rt=%.3f uct=0.001 upstream=10.20.1.%d:8080" %
                   (ip, ngts(t), path, R.randint(120, 90000), ua, R.random() / 3, R.randint(10, 30)))]
    p = R.choice(PEOPLE)
    sub = R.choice(["medical-release", "entries", "profile", "entries?season=2024", "card/renew"])
    meth = "POST" if sub in ("medical-release", "card/renew") else "GET"
    return [mk("nginx_access", P(p["ip"], "ip"), " - - ", ngts(t), ' "', meth, " ", P("/api/v2/members/%d/%s" % (p["card"], sub), "url"),
               ' HTTP/2.0" %d %d "https://portal.rppra.org/my/" %s rt=%.3f uct=0.001 upstream=10.20.1.%d:8080' %
               ((201 if meth == "POST" else R.choice([200, 200, 304, 401])), R.randint(200, 9000), R.choice(UAS), R.random() / 2, R.randint(10, 30)))]


def pgts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms() + " MDT"


def g_pg(t):
    pid = R.randint(40000, 49999)
    k = R.random()
    if k < 0.5:
        return [mk("pg_log", pgts(t), " [%d] " % pid, R.choice([
            "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=%.3f s, sync=0.004 s, total=%.3f s" % (R.randint(50, 900), R.random() * 5, R.random() * 30, R.random() * 30),
            "LOG:  automatic vacuum of table \"memberdb.public.entries\": index scans: 1",
            "rppra_app@memberdb LOG:  duration: %.3f ms  statement: SELECT event_cd, count(*) FROM entries WHERE rodeo_id = '%s' GROUP BY 1" % (R.random() * 40, rodeo_at(t)[0]),
            "rppra_ro@memberdb LOG:  connection authorized: user=rppra_ro database=memberdb SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)"]))]
    p = R.choice(PEOPLE)
    pre = [pgts(t), " [%d] rppra_app@memberdb LOG:  duration: %.3f ms  statement: " % (pid, R.random() * 12)]
    if k < 0.75:
        return [mk("pg_log", pre, "UPDATE members SET cell_phone = '", P(fph(p["phone"], "paren"), "phone"), "', email = '",
                   P(p["email"], "email"), "', updated_by = 'portal' WHERE card_no = ", P(p["card"], "other_id"))]
    if k < 0.9:
        town = p["town"]
        return [mk("pg_log", pre, "UPDATE members SET mail_addr1 = '", P(p["street"].replace("'", "''"), "address"), "', mail_city = '",
                   P(town[0], "address"), "', mail_state = '", town[1], "', mail_zip = '", P(town[2], "zip"), "' WHERE card_no = ",
                   P(p["card"], "other_id"))]
    return [mk("pg_log", pre, "INSERT INTO vehicles (card_no, plate, vin, parking_lot) VALUES (", P(p["card"], "other_id"), ", '",
               P(p["plate"], "vehicle"), "', '", P(p["vin"], "vehicle"), "', 'CONTESTANT-B')")]


CSV_HDR = [False]


def g_csv(t):
    if not CSV_HDR[0]:
        CSV_HDR[0] = True
        return [mk("member_csv", "card_no,name,sex,dob,age,city,state,zip,phone,email,events,status,joined,waiver_on_file")]
    p = LIFE if R.random() < 0.15 else R.choice(PEOPLE)
    town = p["town"]
    age = 2024 - p["dob"].year - (1 if (p["dob"].month, p["dob"].day) > (7, 18) else 0)
    joined = datetime(max(p["dob"].year + 18, 1998) if p is not LIFE else 1955, R.randint(1, 12), R.randint(1, 28))
    name = '"%s"' % p["lf"]
    return [mk("member_csv", P(p["card"], "other_id"), ',"', P(p["lf"], "name"), '",', p["sex"], ",", P(p["dob"].strftime("%Y-%m-%d"), "date"),
               ",", P(age, "age") if age > 89 else str(age), ",", P(town[0], "address"), ",", town[1], ",", P(town[2], "zip"), ",",
               P(fph(p["phone"], "dash"), "phone"), ",", P(p["email"], "email"), ",", p["ev"], ",", p["status"], ",",
               P(joined.strftime("%Y-%m-%d"), "date"), ",", R.choice("YYYN"))]


def g_sms(t):
    sid = "SM" + hexs(32)
    if R.random() < 0.45:
        o = D([("ts", isoz(t)), ("svc", "notify"), ("provider", "twilio"), ("MessageSid", sid),
               ("MessageStatus", R.choice(["delivered", "sent", "undelivered"])), ("ErrorCode", R.choice([None, None, 30005])),
               ("AccountSid", "AC" + "5f1e0c2a9b8d4e7f6a3b2c1d0e9f8a7b"), ("latency_ms", R.randint(80, 4000))])
        return [mk("sms_json", js(o))]
    p = R.choice(INJURED)
    rd = rodeo_at(t)
    if R.random() < 0.55:
        appt = t + timedelta(days=R.randint(1, 3))
        body = ["RPPRA SportsMed: Hi ", P(p["first"], "name"), ", your follow-up eval is ", P(appt.strftime("%a %-m/%-d"), "date"),
                " %d:%s at the SMT-2 trailer (%s, behind the chutes). Reply C to confirm, or call %s." % (R.choice([9, 10, 11, 1, 2]), R.choice(["00", "30"]), rd[2], ORG_PHONE)]
        to = p["phone"]
    else:
        body = ["RPPRA SportsMed: ", P(p["name"], "name"), " was evaluated tonight at ", rd[1], " and transported to ", rd[4],
                " for imaging. Stable, talking. Questions: ", ORG_PHONE]
        to = p["ec"][2]
    bodyparts = []
    # JSON-escape plain parts
    for b in body:
        if isinstance(b, P):
            bodyparts.append(P(json.dumps(b.v, ensure_ascii=False)[1:-1], b.cat))
        else:
            bodyparts.append(json.dumps(b, ensure_ascii=False)[1:-1])
    return [mk("sms_json", '{"ts":"%s","svc":"notify","provider":"twilio","dir":"outbound","To":"' % isoz(t), P(fph(to, "e164"), "phone"),
               '","From":"+17196342299","Body":"', bodyparts, '","MessageSid":"%s","segments":%d}' % (sid, R.choice([1, 2])))]


def g_slack(t):
    who = R.choice(STAFF)[0]
    ch = R.choice(["#smt-sweetwater", "#smt-ops", "#smt-laramie"])
    pre = "[%s] %s <%s> " % (t.strftime("%Y-%m-%d %H:%M"), ch, who)
    if R.random() < 0.55:
        st = R.choice(STOCK)
        return [mk("slack_chat", pre, R.choice([
            "generator's down to a quarter tank, can someone call Pilot on I-80 exit 104",
            "ice machine is leaking again, ticket #%d with Scotsman (800) 726-8762" % R.randint(40000, 49999),
            "stock contractor says %s (#%s, %s) is out for perf 3, vet check" % (st[1], st[0], R.choice(CONTRACTORS)),
            "restocked SAM splints + 2 cases of Pre-Wrap, lot 24F117, PO-88213",
            "Starlink dish realigned, uplink back at 140 Mbps",
            "reminder: debrief 07:30, Dr. Quintero will run it"]))]
    p = R.choice(INJURED)
    return [mk("slack_chat", pre, R.choice([
        ["heads up, back #", P(p["back"], "other_id"), " (", P(p["last"], "name"), ") got hung up, walking them to the trailer now"],
        ["whose rig is plate ", P(p["plate"], "vehicle"), "? gooseneck is blocking the ambulance lane. entry office says it's ", P(p["name"], "name"), "'s"],
        ["", P(p["name"], "name"), " refusing transport again, getting AMA signed, can Gil witness?"],
        ["CT on ", P(p["first"] + " " + p["last"][0] + ".", "name"), " came back clean, keeping on protocol stage 2 til ", P((t + timedelta(days=2)).strftime("%-m/%-d"), "date")],
        ["", P(p["first"], "name"), "'s mom called the trailer line from ", P(fph(p["ec"][2], "dash"), "phone"), ", pls call back"]]))]


def g_draw(t):
    rd = rodeo_at(t)
    if R.random() < 0.15:
        return [mk("draw_fixed", "%-8s%-4s%-4s%-5s%-30s%-25s%-6s%-20s%s" % ("RODEO", "PRF", "EV", "BACK", "CONTESTANT", "HOMETOWN", "STOCK", "ANIMAL", "CONTRACTOR"))]
    p = R.choice(PEOPLE)
    st = R.choice(STOCK)
    nm = unacc(p["last"]).upper() + " " + unacc(p["first"]).upper()
    town = unacc(p["town"][0]).upper()
    ev = p["ev"][:2]
    return [mk("draw_fixed", "%-8s%-4s%-4s" % (rd[0], "P%d" % R.randint(1, 6), ev), P(p["back"], "other_id"), "  ", P(nm, "name"),
               " " * (30 - len(nm)), P(town, "address"), " " + p["town"][1], " " * (25 - len(town) - 3),
               "%-6s%-20s%s" % (st[0], st[1].upper(), R.choice(CONTRACTORS).upper()))]


def g_tele(t):
    return [mk("telemetry_logfmt", lf([("ts", isoz(t)), ("unit", "SMT-2"), ("vin", TRAILER_VIN), ("plate", TRAILER_PLATE),
                                        ("gps", "%.4f,%.4f" % (41.3 + R.random(), -105.5 - R.random() * 4)),
                                        ("gen_kw", "%.1f" % (R.random() * 9)), ("fuel_pct", R.randint(12, 99)),
                                        ("fridge_c", "%.1f" % (2 + R.random() * 4)), ("ice_lbs", R.randint(20, 300)),
                                        ("wan", R.choice(["starlink", "lte"])), ("rssi", -R.randint(50, 95)), ("fw", "4.12.3"),
                                        ("gw_sn", "CR-SMT2-0091"), ("uptime_s", 86400 * 3 + int((t - START).total_seconds()))]))]


DRUGS = [("0904-6356-61", "Ibuprofen 800mg tab"), ("0573-0164-40", "Naproxen 220mg tab"),
         ("0409-4888-02", "Lidocaine 1% 5mL"), ("63323-0165-01", "Ketorolac 30mg/mL inj"),
         ("0781-5180-01", "Cyclobenzaprine 10mg tab"), ("69618-010-01", "Acetaminophen 500mg")]


def g_pharm(t):
    dr = R.choice(DRUGS)
    lot = R.choice("KLMPR") + digits(5)
    exp = "20%d-%02d" % (R.randint(25, 27), R.randint(1, 12))
    who = R.choice(STAFF)[2]
    if R.random() < 0.6:
        return [mk("pharm_csv", "%s,RESTOCK,%s,%s,lot=%s,exp=%s,qty=%d,po=PO-%d,vendor=Henry Schein,by=%s" %
                   (isol(t), dr[0], dr[1], lot, exp, R.choice([24, 50, 100]), R.randint(88000, 88999), who))]
    p = R.choice(INJURED)
    return [mk("pharm_csv", "%s,DISP,%s,%s,lot=%s,exp=%s,qty=%d,pt=" % (isol(t), dr[0], dr[1], lot, exp, R.randint(1, 10)),
               P(p["smt"], "mrn"), ",by=%s,cosign=mquintero" % who)]


def g_impact(t):
    if R.random() < 0.45:
        o = D([("ts", isoz(t)), ("src", "mg-gateway"), ("gw", "GW-SMT2-00A1"), ("type", "heartbeat"),
               ("paired", R.randint(3, 14)), ("batt_v", round(3.6 + R.random() / 2, 2)), ("fw", "mgfw-2.4.0-rc3"),
               ("ble_chan", R.choice([37, 38, 39]))])
        return [mk("impact_json", js(o))]
    p = R.choice(INJURED)
    o = D([("ts", isoz(t)), ("src", "mg-gateway"), ("gw", "GW-SMT2-00A1"), ("type", "impact"),
           ("dev", P(p["mg"][0], "device")), ("mac", P(p["mg"][1], "device")), ("athlete", P(p["card"], "other_id")),
           ("peak_lin_g", round(20 + R.random() * 90, 1)), ("peak_rot_rads2", R.randint(800, 7200)),
           ("alert", R.random() < 0.3), ("seq", R.randint(1, 4000))])
    if R.random() < 0.25:
        o.insert(5, ("paired_phone_imei", P(p["imei"], "device")))
    return [mk("impact_json", js(o))]


GENS = [(g_emr, 10), (g_conc, 7), (g_entry, 9), (g_elig, 6), (g_release, 6), (g_amb, 7), (g_standby, 5),
        (g_x12, 2), (g_claims, 4), (g_hl7, 1), (g_fhir, 3), (g_nginx, 9), (g_pg, 7), (g_csv, 4),
        (g_sms, 5), (g_slack, 7), (g_draw, 5), (g_tele, 11), (g_pharm, 5), (g_impact, 5)]


def main():
    out = []
    t = START
    fns = [g for g, _ in GENS]
    ws = [w for _, w in GENS]
    while len(out) < N_LINES:
        g = R.choices(fns, ws)[0]
        t += timedelta(seconds=R.randint(15, 1500))
        if t.hour < 6 and R.random() < 0.8:
            continue
        recs = g(t)
        if not recs or len(out) + len(recs) > N_LINES:
            continue
        # keep the PHI-free share near 55 %: sometimes drop a PHI-bearing record
        if out and any(r[2] for r in recs) and sum(1 for r in out if not r[2]) < 0.55 * len(out) and R.random() < 0.5:
            continue
        out.extend(recs)
    # verify
    with open(ID + ".log", "wb") as fl, open(ID + ".labels.jsonl", "w", encoding="utf-8") as fj:
        for i, (fam, b, spans) in enumerate(out, 1):
            if b"\n" in b or b"\r" in b or not b.strip():
                sys.exit("line %d: bad line" % i)
            b.decode("utf-8")
            last = 0
            clean = []
            for sp in sorted(spans, key=lambda x: x["s"]):
                if not (0 <= sp["s"] < sp["e"] <= len(b)):
                    sys.exit("line %d: span out of range %r" % (i, sp))
                if sp["s"] < last:
                    sys.exit("line %d: overlapping spans" % i)
                if b[sp["s"]:sp["e"]].decode("utf-8") != sp["_v"]:
                    sys.exit("line %d: span text mismatch %r" % (i, sp))
                last = sp["e"]
                clean.append({"s": sp["s"], "e": sp["e"], "cat": sp["cat"]})
            fl.write(b + b"\n")
            fj.write(json.dumps({"line": i, "family": fam, "spans": clean}) + "\n")


if __name__ == "__main__":
    main()
