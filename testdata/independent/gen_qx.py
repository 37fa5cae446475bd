#!/usr/bin/env python3
"""gen_qx.py - synthetic, labeled log corpus "qx".

Organisation: a (fictional) Coast Guard Sector Pamlico - its command center
(SAR case files, Rescue 21 / DSC, SARSAT beacon alerts, AIS), boarding teams,
MEDEVAC / injured-mariner transfers, and the sector sick bay (station clinic)
that treats the sector's own crew (TRICARE referrals, pharmacy, dive physicals).

Writes qx.log (500 lines) and qx.labels.jsonl in the current directory.
Standard library only, fixed seed -> byte-identical output on every run.

Systems simulated (family names used in the labels)
  sar_json      structlog JSON of the MISLE bridge / SAR case file service
  r21_syslog    RFC3164 syslog of Rescue 21 comms consoles (DSC, DF, ch16)
  ais_nmea      raw !AIVDM sentences from the AIS receiver (valid checksums)
  ais_decoded   logfmt of the AIS decoder (commercial traffic, IMO check digit)
  boarding_kv   key=value boarding reports (TACLET/boat-station app)
  medevac_csv   CSV rows of the MEDEVAC / injured-mariner transfer log
  java_stack    log4j lines + stack traces of the transfer service (multi-line)
  sarsat_xml    406 MHz beacon alert XML from the SARSAT/MCC feed
  ops_chat      command-center chat (Mattermost export style)
  hl7v2         clinic HL7 v2.5.1 ADT/ORU, one segment per line
  fhir_json     clinic FHIR gateway JSON (Patient/Encounter/Observation)
  x12           X12 005010 278 referrals / 271 eligibility / 999 acks to TRICARE
  referral_logfmt  logfmt of the home-grown referral broker
  nginx_access  combined access log of the sick-call / appointment portal
  pg_sql        PostgreSQL server log of the clinic database
  sms_gw        SMS gateway JSON (appointment reminders, replies)
  dive_fixed    fixed-width dive physical (DD 2808/2807 dive duty) batch file
  soap_note     free-text clinic notes, one SOAP section per line
  rx_pipe       pipe-delimited pharmacy dispense / inventory rows
  win_evt       Windows security events key=value (staff logons)
  almis_pipe    aircraft maintenance pipe rows (part/serial numbers)
  gpc_kv        government purchase card / supply key=value

Labeling decisions (grey cases of this theme)
  * Persons served = SAR victims / persons in the water, injured mariners and
    cruise passengers being MEDEVACed, persons whose vessel was boarded
    (boarding subjects), and crew members *when they are clinic patients*.
    Their relatives, next of kin and reporting parties who are relatives are
    labeled too. Unrelated Good Samaritan masters / towing companies are not.
  * Crew on duty (OOD, boarding officers, coxswains, pilots, HS corpsmen,
    watchstanders, clinicians, pharmacy techs) are staff: not PHI, including
    their ranks, work e-mails, AD logons and unit phones. The same crew member
    appearing as a clinic patient is PHI in that record.
  * Rank / rate alone, unit names, cutter hull numbers, aircraft tail numbers,
    station addresses and phones, vendor addresses: not PHI.
  * Names written as contiguous components of one field (HL7 XPN
    "LAST^FIRST^M", X12 "LAST*FIRST", "Last, First") are one name span;
    FHIR family/given in separate JSON fields are separate spans.
  * Distress / LKP / PIW / beacon positions of a person are geocodes below
    state level -> address (lat+lon written together = one span, separate
    fields = two spans). Positions of Coast Guard assets and the station's own
    coordinates are not labeled.
  * Incident DTGs / onset times in a case record, DOBs, exam, appointment,
    admission and service dates -> date. The log record's own timestamp and
    batch/file dates are not labeled. Years alone not labeled.
  * Ages labeled only when > 89 (cat age); others left unlabeled.
  * MISLE activity numbers, sector SAR case numbers, boarding report numbers,
    referral / authorization numbers, prescription (Rx) numbers, DoD EDIPI,
    FHIR Patient logical ids (also in "Patient/<id>" references) -> other_id.
    Clinic MRNs -> mrn. TRICARE DBN, Medicare MBI, P&I club member IDs of the
    person -> health_plan. Visit / encounter numbers -> account.
  * Recreational vessel HIN and state boat registration, trailer VIN and
    plate at the ramp -> vehicle. Private-vessel MMSI and registered
    EPIRB/PLB hex IDs of a person's beacon -> device. Commercial-vessel
    MMSI, IMO numbers, documentation numbers, vessel names (any vessel) ->
    not labeled. Beacons registered to companies -> not labeled.
  * Driver's licence of a boarding subject and a merchant mariner
    credential (MMC) number -> license.
  * SSN: full SSNs and masked SSNs that still show the last 4 -> ssn (the
    span covers the whole written token incl. mask). Junk / invalid SSNs in
    an SSN field are still labeled ssn.
  * Patient's public IP on the portal -> ip; clinic / NIPR 10.x addresses and
    server IPs not. Patient identifiers inside a URL are labeled with their
    own category (other_id/date), not the whole URL; a personal float-plan
    link -> url. Percent-encoded names are labeled where their bytes are.
  * Base64 JPEG in FHIR Patient.photo (ID-card photo) -> photo.
  * Order numbers (ORC/OBR), document UUIDs, trace ids, lot/NDC numbers,
    GPC (the unit's purchase card, Luhn-valid), NPIs of clinicians: not PHI.
"""
import base64
import calendar
import hashlib
import json
import random
import sys
from datetime import datetime, timedelta, date
from urllib.parse import quote, unquote
from xml.sax.saxutils import escape as xesc, unescape as xunesc

ID = "qx"
N_LINES = 500
R = random.Random(20240814)


# ----------------------------------------------------------------- builder
class Ln:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []

    def t(self, *ss):
        for s in ss:
            self.parts.append((str(s), None, None, None))
        return self

    def p(self, piece, cat, value=None, dec=None):
        self.parts.append((piece, cat, value if value is not None else piece, dec))
        return self

    def seq(self, items):
        for it in items:
            if isinstance(it, tuple):
                self.p(it[0], it[1])
            else:
                self.t(it)
        return self

    def build(self):
        chunks, spans, pos = [], [], 0
        for piece, cat, val, dec in self.parts:
            b = piece.encode("utf-8")
            if cat:
                spans.append((pos, pos + len(b), cat, piece, val, dec))
            chunks.append(b)
            pos += len(b)
        lb = b"".join(chunks)
        if not lb or b"\n" in lb or b"\r" in lb:
            raise SystemExit("bad line: %r" % lb[:80])
        lb.decode("utf-8")
        last = 0
        for s, e, cat, piece, val, dec in spans:
            if not (0 <= s < e <= len(lb)):
                raise SystemExit("span out of range %r" % ((s, e, cat, piece),))
            if s < last:
                raise SystemExit("overlap %r" % ((s, e, cat, piece),))
            last = e
            got = lb[s:e].decode("utf-8")
            if got != piece:
                raise SystemExit("span text mismatch %r != %r" % (got, piece))
            if (dec(got) if dec else got) != val:
                raise SystemExit("span value mismatch %r -> %r" % (got, val))
        return lb, [{"s": s, "e": e, "cat": c} for s, e, c, _, _, _ in spans]


class P:  # labeled JSON value
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class M:  # JSON string made of plain and labeled parts
    def __init__(self, items):
        self.items = items


def _jdec(s):
    return json.loads('"' + s + '"')


def jw(L, v, sep=(",", ":"), asc=True):
    if isinstance(v, P):
        if isinstance(v.v, str):
            enc = json.dumps(v.v, ensure_ascii=asc)[1:-1]
            L.t('"').p(enc, v.cat, v.v, _jdec).t('"')
        else:
            L.p(json.dumps(v.v), v.cat, v.v, json.loads)
    elif isinstance(v, M):
        L.t('"')
        for it in v.items:
            if isinstance(it, tuple):
                enc = json.dumps(it[0], ensure_ascii=asc)[1:-1]
                L.p(enc, it[1], it[0], _jdec)
            else:
                L.t(json.dumps(it, ensure_ascii=asc)[1:-1])
        L.t('"')
    elif isinstance(v, dict):
        L.t("{")
        for i, (k, val) in enumerate(v.items()):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k) + sep[1])
            jw(L, val, sep, asc)
        L.t("}")
    elif isinstance(v, list):
        L.t("[")
        for i, val in enumerate(v):
            if i:
                L.t(sep[0])
            jw(L, val, sep, asc)
        L.t("]")
    else:
        L.t(json.dumps(v, ensure_ascii=asc))
    return L


def xp(L, val, cat):
    L.p(xesc(val, {'"': "&quot;"}), cat, val, xunesc_q)


def xunesc_q(s):
    return xunesc(s, {"&quot;": '"'})


# ----------------------------------------------------------- number makers
def luhn_check(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def npi():
    base = str(R.randint(1, 2)) + "".join(R.choice("0123456789") for _ in range(8))
    return base + luhn_check("80840" + base)


def ssn(valid=True):
    if not valid:
        return R.choice(["000-00-0000", "123-45-6789", "999-99-9999", "078-05-112", "666-12-3456"])
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(valid=True):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = [R.choice(["1", "4", "5"]), R.choice("GFTHN"), R.choice(al)] + [R.choice(al) for _ in range(5)] + ["0"] + \
        [R.choice("KLMNPR")] + [R.choice(al)] + [R.choice("0123456789") for _ in range(6)]
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    if not valid:
        v[8] = R.choice([c for c in "0123456789X" if c != v[8]])
    return "".join(v)


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    AN = A + N
    pat = [("1" + N[2:]), A, AN, N, A, AN, N, A, A, N, N]
    s = "".join(R.choice(x if x != "1" + N[2:] else "123456789") for x in pat)
    return s[:4] + "-" + s[4:7] + "-" + s[7:] if R.random() < 0.5 else s


def imo():
    d = [R.randint(0, 9) for _ in range(6)]
    d[0] = R.randint(8, 9)
    c = sum(x * (7 - i) for i, x in enumerate(d)) % 10
    return "".join(map(str, d)) + str(c)


def digits(n):
    return str(R.randint(1, 9)) + "".join(R.choice("0123456789") for _ in range(n - 1))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def phone(fmt=None):
    ac = R.choice(["252", "910", "757", "919", "843", "732", "410"])
    ex = "%d%d%d" % (R.randint(2, 9), R.randint(0, 9), R.randint(0, 9))
    if ex == "555":
        ex = "726"
    ln = "%04d" % R.randint(0, 9999)
    fmt = fmt or R.choice(["paren", "dash", "dots", "e164", "plain"])
    return {"paren": "(%s) %s-%s", "dash": "%s-%s-%s", "dots": "%s.%s.%s",
            "e164": "+1%s%s%s", "plain": "%s%s%s"}[fmt] % (ac, ex, ln)


def hin():
    mic = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    ser = "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(5))
    yr = R.randint(2, 23)
    return mic + ser + R.choice("ABCDEFGHIJKL") + str(yr % 10) + "%02d" % ((yr + 1) % 100)


MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def f_iso(d): return d.strftime("%Y-%m-%d")
def f_us(d): return d.strftime("%m/%d/%Y")
def f_hl7(d): return d.strftime("%Y%m%d")
def f_mil(d): return "%02d%s%d" % (d.day, MON[d.month - 1], d.year)
def dtg(dt): return "%02d%02d%02dZ %s %02d" % (dt.day, dt.hour, dt.minute, MON[dt.month - 1], dt.year % 100)


def age_on(dob, ref=date(2024, 8, 14)):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


def rdob(lo, hi):
    return date(2024 - R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28))


def pos_dm(lat, lon):
    return "%02d-%04.1fN %03d-%04.1fW" % (int(lat), (lat % 1) * 60, int(-lon), ((-lon) % 1) * 60)


def rpos():
    return round(R.uniform(33.9, 35.6), 4), round(R.uniform(-77.2, -75.3), 4)


# -------------------------------------------------------------- people
FIRST_F = ["Marija", "Carol", "Keisha", "Siobhan", "Zoë", "Priya", "Hannah", "Ruth", "Aiyana", "Fatima",
           "Lucía", "Thi Lan", "Shelby", "Destiny", "Grace", "Ngozi", "Ingrid", "Delphine", "Maile",
           "Esperanza", "Jolene", "Ebony", "Anneliese", "Summer", "Brooke", "Marisol", "Yuki", "Oksana"]
FIRST_M = ["Dale", "Tuan", "Oluwaseun", "José", "Mateo", "Brandon", "Kenji", "Declan", "Wade", "Hunter",
           "Bao", "Søren", "Rocco", "Tyrese", "Kekoa", "Cody", "Yusuf", "Ramón", "Chase", "Jean-Luc",
           "Darnell", "Ahmad", "Colt", "Faisal", "Lars", "Rusty", "Nikolai", "Tavita"]
LAST = ["Boskovic", "Fairweather", "Nguyen-Tran", "Oyelaran", "O'Halloran", "de la Cruz", "Van der Berg",
        "Rivers", "Baker", "Hope", "Storm", "Marsh", "Gallagher-Reyes", "Kowalczyk", "Ferreira da Silva",
        "Begay", "Tanaka", "Haddad", "MacAskill", "St. Pierre", "Lightfoot", "Winter", "Castellanos-Ortiz",
        "Quang", "Abernathy", "Mbeki-Jones", "Holloway", "Sandoval", "Pettigrew", "Brightwater", "Kealoha",
        "Ó Súilleabháin", "Thibodeaux", "Ashby-Kline", "Young", "Church", "Moody", "Salt", "Fisher",
        "Núñez", "Lindgren", "Sealey", "Tuiasosopo", "Oakes", "Pruitt"]
MID = ["A", "B", "C", "D", "E", "J", "K", "L", "M", "R", "T", "W"]
STREETS = ["Loggerhead Ln", "Arendell St", "Tarpon Way", "Live Oak St", "Shell Point Rd", "Old Causeway Rd",
           "Pelican Dr", "Bridges St", "Front St", "Island Rd", "Sound Side Dr", "Marsh Hen Ct", "Cedar St",
           "Ocean Trl", "Yaupon Dr", "Salter Path Rd", "Crab Pot Ln", "Mullet Pond Rd"]
CITIES = [("Morehead City", "NC", "28557"), ("Beaufort", "NC", "28516"), ("Harkers Island", "NC", "28531"),
          ("Swansboro", "NC", "28584"), ("Atlantic Beach", "NC", "28512"), ("Hatteras", "NC", "27943"),
          ("Manteo", "NC", "27954"), ("Kill Devil Hills", "NC", "27948"), ("Emerald Isle", "NC", "28594"),
          ("Newport", "NC", "28570"), ("Ocracoke", "NC", "27960"), ("Jacksonville", "NC", "28540"),
          ("Virginia Beach", "VA", "23451"), ("Chesapeake", "VA", "23322"), ("Myrtle Beach", "SC", "29577"),
          ("Toms River", "NJ", "08753"), ("Annapolis", "MD", "21403")]
RANKS = ["BM3", "BM2", "MK3", "MK2", "ME2", "DC3", "SN", "FN", "OS3", "AMT2", "AST3", "AET1", "HS3",
         "LTJG", "ENS", "BMC", "MKC", "CWO2", "LT", "IT2"]
VESSELS_REC = ["Reel Therapy", "Knot Working", "Sea Esta", "Miss Behavin'", "Salty Dog", "Second Wind",
               "Pamlico Pearl", "Aquaholic", "Lady Marie", "Hook'd Up", "Tide Me Over", "Lucky Lady"]
VESSELS_COM = [("ATLANTIC RESOLVE", "Bulk carrier"), ("MSC ALBANY", "Container"), ("CARNIVAL SUNRISE", "Passenger"),
               ("F/V CAPT JIMMY", "Fishing"), ("TUG MISS KATHERINE", "Towing"), ("OCEAN GRACE", "Tanker"),
               ("F/V SEA HUNTER II", "Fishing"), ("NORWEGIAN BREEZE", "Passenger")]
used_names = set()


def mkname():
    while True:
        sex = R.choice("MF")
        f = R.choice(FIRST_F if sex == "F" else FIRST_M)
        l = R.choice(LAST)
        if (f, l) not in used_names:
            used_names.add((f, l))
            return sex, f, R.choice(MID + [""]), l


def mkperson(kind):
    sex, f, m, l = mkname()
    if kind == "crew":
        dob = rdob(19, 44)
    elif kind == "elder":
        dob = rdob(91, 97)
    elif kind == "elder90":
        dob = rdob(90, 90)
    else:
        dob = rdob(17, 78)
    city, st, z = R.choice(CITIES[:12] if kind == "crew" else CITIES)
    street = "%d %s" % (R.randint(3, 4999), R.choice(STREETS))
    if R.random() < 0.25:
        street += R.choice([" Apt %d" % R.randint(1, 40), " Unit %s" % R.choice("ABCD"), " Lot %d" % R.randint(1, 90)])
    p = dict(kind=kind, sex=sex, first=f, mid=m, last=l, dob=dob, age=age_on(dob), street=street, city=city,
             st=st, zip=z, phone=phone(), ssn=ssn(R.random() > 0.1))
    p["email"] = "%s.%s%d@%s" % (f.lower().replace(" ", "").replace("ë", "e").replace("é", "e").replace("ø", "o"),
                                 l.lower().replace(" ", "").replace("'", "").replace(".", "")
                                 .replace("ó", "o").replace("ú", "u").replace("á", "a").replace("ñ", "n"),
                                 R.randint(1, 99), R.choice(["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "ec.rr.com"]))
    if kind == "crew":
        p.update(rank=R.choice(RANKS), edipi=digits(10), dbn=digits(11), mrn=digits(9),
                 unit=R.choice(["STA BOGUE BANKS", "STA OCRACOKE INLET", "CGC SHEARWATER", "SECTOR PAMLICO",
                                "AIRSTA CAPE PAMLICO", "STA OREGON INLET", "ANT MOREHEAD"]),
                 fhir=uuid4(), visit="V%s%03d" % ("2408", R.randint(1, 999)))
        p["work_email"] = "%s.%s.%s@uscg.mil" % (f.split()[0].lower(), (m or "x").lower(), l.split()[-1].lower())
    else:
        sc = "PAM-S24-%04d" % R.randint(300, 520)
        lat, lon = rpos()
        nsex, nf, nm, nl = mkname()
        if R.random() < 0.6:
            nl = l
        p.update(misle=digits(7), sector_case=sc, lat=lat, lon=lon, vessel=R.choice(VESSELS_REC), hin=hin(),
                 reg="%s %04d %s" % (R.choice(["NC", "NC", "VA", "SC"]), R.randint(1, 9999),
                                     "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))),
                 mmsi=R.choice(["338", "367", "368"]) + digits(6), beacon=("ADCD" + "".join(R.choice("0123456789ABCDEF") for _ in range(11))),
                 nok_name="%s %s" % (nf, nl), nok_rel=R.choice(["wife", "daughter", "mother", "sister"] if nsex == "F" else ["husband", "son", "father", "brother"]),
                 nok_phone=phone(), onset=datetime(2024, 8, 14, 2) + timedelta(minutes=R.randint(0, 3000)),
                 mmc=digits(7), vin=vin(R.random() > 0.15),
                 plate="%s-%04d" % ("".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)), R.randint(0, 9999)),
                 dl=digits(R.choice([9, 12])), boardno="BR-PAM-24-%04d" % R.randint(500, 900),
                 mbi=mbi(), floatplan="https://floatplan.boatus-share.net/p/%s" % hexs(10))
    return p


def fullname(p, style="fl"):
    if style == "fl":
        return " ".join(x for x in [p["first"], p["mid"], p["last"]] if x)
    if style == "lf":
        return "%s, %s%s" % (p["last"], p["first"], (" " + p["mid"]) if p["mid"] else "")
    if style == "LF":
        return "%s, %s" % (p["last"].upper(), p["first"].upper())
    if style == "hl7":
        return "%s^%s" % (p["last"].upper(), p["first"].upper()) + ("^" + p["mid"] if p["mid"] else "")
    if style == "x12":
        return "%s*%s" % (p["last"].upper(), p["first"].upper())
    if style == "init":
        return "%s. %s" % (p["first"][0], p["last"])


MARINERS = [mkperson("mariner") for _ in range(16)] + [mkperson("elder"), mkperson("elder90")]
CREW = [mkperson("crew") for _ in range(16)]
SUBJECTS = [mkperson("mariner") for _ in range(10)]

STAFF = ["LT Marcus Haverford", "LCDR Sunil Prakash", "PA Deborah Lindqvist", "HS2 Tomas Reyes",
         "HSC Renata Voss", "BM1 Kyle Okafor", "OS2 Ami Kimura", "BMC Grant Whitcomb", "LTJG Priscilla Dunmore",
         "OS1 Jerome Batiste", "AMT2 Wes Farrow", "HS1 Callie Mbatha", "CDR Helen Arceneaux"]
STAFF_LOGON = ["marcus.haverford", "sunil.prakash", "deborah.lindqvist", "tomas.reyes", "renata.voss",
               "kyle.okafor", "ami.kimura", "grant.whitcomb", "jerome.batiste", "callie.mbatha"]
DOC_NPI = {"PRAKASH^SUNIL": npi(), "LINDQVIST^DEBORAH": npi(), "ARCENEAUX^HELEN": npi()}
HOSPS = ["Bogue Sound Regional Medical Center", "Outer Banks Medical Center", "Onslow Bay Memorial",
         "Sentara Norfolk General", "ECU Health Medical Center"]
ASSETS = ["CG-6521", "CG-6544", "CG-6598", "RB-M 45712", "RB-M 45739", "RB-S 29164", "MLB 47281", "CGC SHEARWATER"]
SERVERS = ["52.61.14.201", "160.132.7.44", "23.22.118.9", "15.205.33.120"]
UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.6533.103 Mobile Safari/537.36",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36 Edg/127.0.2651.98"]


def pubip():
    while True:
        a = R.choice([24, 47, 66, 71, 75, 98, 107, 152, 174, 172, 184])
        ip = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if not ip.startswith("172."):
            return ip


def clip(n):
    return "10.%d.%d.%d" % (R.choice([14, 14, 22]), R.randint(0, 30), R.randint(2, 250))


# ------------------------------------------------------------ families
def sar_json(ts, phi):
    L = Ln("sar_json")
    base = {"timestamp": ts.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % R.randint(0, 999), "level": "info"}
    if not phi:
        ev = R.choice(["asset_status", "sarops_run", "cache_refresh"])
        if ev == "asset_status":
            lat, lon = rpos()
            d = dict(base, logger="sar.sortie", event="asset_status", asset=R.choice(ASSETS),
                     status=R.choice(["UNDERWAY", "ON_SCENE", "RTB", "MOORED", "B0_READY"]),
                     pos=pos_dm(lat, lon), fuel_pct=R.randint(20, 100), trace_id=hexs(32), span_id=hexs(16))
        elif ev == "sarops_run":
            d = dict(base, logger="sarops.runner", event="sarops_run_complete", run_id=uuid4(),
                     particles=R.choice([5000, 10000, 20000]), env_src="HYCOM+GFS", duration_ms=R.randint(8000, 90000),
                     version="SAROPS 4.9.2 build 2231")
        else:
            d = dict(base, level="debug", logger="misle.bridge", event="cache_refresh", table="VESSEL_CATALOG",
                     rows=R.randint(10000, 90000), etag='W/"%s"' % hexs(12))
        return [jw(L, d)]
    p = R.choice(MARINERS)
    ev = R.choice(["case_opened", "case_update", "subject_added", "nok_notified", "case_suspended"])
    d = dict(base, logger="sar.casefile", event=ev, misle_activity=P(p["misle"], "other_id"),
             sector_case=P(p["sector_case"], "other_id"))
    if ev == "case_opened":
        d.update(sit=R.choice(["OVERDUE", "DISABLED_VSL", "PIW", "TAKING_ON_WATER", "FLARE_SIGHTING"]),
                 incident_dtg=P(dtg(p["onset"]), "date"), lkp=P(pos_dm(p["lat"], p["lon"]), "address"),
                 vessel=p["vessel"], pob=R.randint(1, 5), rp_rel=p["nok_rel"], rp_phone=P(p["nok_phone"], "phone"))
    elif ev == "subject_added":
        subj = {"name": P(fullname(p, R.choice(["fl", "lf"])), "name"),
                "age": P(p["age"], "age") if p["age"] > 89 else p["age"], "sex": p["sex"]}
        if R.random() < 0.6:
            subj["dob"] = P(f_iso(p["dob"]), "date")
        if R.random() < 0.5:
            subj["home"] = P("%s, %s" % (p["street"], p["city"]), "address")
            subj["st"] = p["st"]
            subj["zip"] = P(p["zip"], "zip")
        if R.random() < 0.4:
            subj["mmc_no"] = P(p["mmc"], "license")
            d.update(subject=subj, employer_vsl=R.choice(VESSELS_COM)[0], imo=imo())
        else:
            d.update(subject=subj, hin=P(p["hin"], "vehicle"), reg_no=P(p["reg"], "vehicle"))
    elif ev == "nok_notified":
        d.update(nok={"name": P(p["nok_name"], "name"), "rel": p["nok_rel"], "phone": P(p["nok_phone"], "phone")},
                 by="OS1 Jerome Batiste", method="PHONE")
    elif ev == "case_update":
        d.update(note=M(["Trailer located at ", (R.choice(["Radio Island", "Cedar Point", "Oregon Inlet", "Fort Macon", "Harkers Island"]), "address"), " ramp, plate ", (p["plate"], "vehicle"), " VIN ",
                         (p["vin"], "vehicle"), "; float plan ", (p["floatplan"], "url")]),
                 updated_by="OS2 Ami Kimura")
    else:
        d.update(reason=R.choice(["SUBJECT_LOCATED", "ACTIVE_SEARCH_SUSPENDED", "FALSE_ALARM_GOOD_INTENT"]),
                 approved_by="CDR Helen Arceneaux", searches=R.randint(1, 14))
    return [jw(L, d)]


def r21_syslog(ts, phi):
    L = Ln("r21_syslog")
    L.t("<%d>%s %2d %s r21-cs-%02d r21d[%d]: " % (R.choice([134, 132, 131]), ts.strftime("%b"), ts.day,
                                                  ts.strftime("%H:%M:%S"), R.randint(1, 4), R.randint(1200, 9000)))
    if not phi:
        c = R.random()
        if c < 0.35:
            L.t("VSWR site=RFF-PAM-%02d ant=%d ratio=%.2f state=OK" % (R.randint(1, 12), R.randint(1, 3), R.uniform(1.1, 1.6)))
        elif c < 0.6:
            L.t("console %d login user=%s role=OS watch=%s" % (R.randint(1, 6), R.choice(STAFF_LOGON), R.choice(["MIDS", "DAYS", "EVES"])))
        elif c < 0.8:
            v = R.choice(VESSELS_COM)
            L.t("DSC ROUTINE RX ch70 mmsi=%s vsl=\"%s\" cat=COMM ack=NONE" % ("36" + digits(7), v[0]))
        else:
            L.t("ch16 recording archived seg=%s dur=00:%02d:%02d size=%dKB sha1=%s" % (
                uuid4(), R.randint(0, 59), R.randint(0, 59), R.randint(40, 9000), hashlib.sha1(str(R.random()).encode()).hexdigest()))
        return [L]
    p = R.choice(MARINERS)
    c = R.random()
    if c < 0.45:
        L.t("DSC DISTRESS RX ch70 mmsi=").p(p["mmsi"], "device").t(" pos=").p(pos_dm(p["lat"], p["lon"]), "address") \
            .t(" nature=%s tx_site=RFF-PAM-%02d" % (R.choice(["UNDESIGNATED", "SINKING", "FLOODING", "MOB", "FIRE"]), R.randint(1, 12)))
    elif c < 0.75:
        L.t("DF LOB site=RFF-PAM-%02d brg=%.1f conf=%.2f ch16 case=" % (R.randint(1, 12), R.uniform(0, 359), R.random())) \
            .p(p["sector_case"], "other_id")
    else:
        L.t("MAYDAY ch16 talker=\"").p(fullname(p, "fl"), "name").t("\" vsl=\"%s\" case=" % p["vessel"]) \
            .p(p["sector_case"], "other_id").t(" op=OS2 Kimura")
    return [L]


def ais_nmea(ts, phi):
    L = Ln("ais_nmea")
    ch = "0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw"
    payload = R.choice("1345") + "".join(R.choice(ch) for _ in range(27))
    body = "AIVDM,1,1,,%s,%s,0" % (R.choice("AB"), payload)
    cs = 0
    for c in body:
        cs ^= ord(c)
    L.t("%s aisrx-pam-01 !%s*%02X" % (ts.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % R.randint(0, 999), body, cs))
    return [L]


def ais_decoded(ts, phi):
    L = Ln("ais_decoded")
    v = R.choice(VESSELS_COM)
    lat, lon = rpos()
    L.t('ts=%s level=info svc=ais-decoder msg_type=%d mmsi=%s imo=%s name="%s" ship_type="%s" sog=%.1f cog=%.1f lat=%.4f lon=%.4f dest=%s' % (
        ts.strftime("%Y-%m-%dT%H:%M:%SZ"), R.choice([1, 3, 5]), "36" + digits(7), imo(), v[0], v[1],
        R.uniform(0, 18), R.uniform(0, 359), lat, lon, R.choice(["USMRH", "USWIL", "USNFK", "USCHS", "BSNAS"])))
    return [L]


def boarding_kv(ts, phi):
    L = Ln("boarding_kv")
    L.t(ts.strftime("%Y-%m-%dT%H:%M:%SZ") + " boarding ")
    if not phi:
        L.t("summary unit=%s day=%s boardings=%d viol=%d warn=%d app_ver=3.14.2 sync_ms=%d" % (
            R.choice(["STA-BOGUE-BANKS", "STA-OCRACOKE", "CGC-SHEARWATER"]), ts.strftime("%Y-%m-%d"),
            R.randint(0, 12), R.randint(0, 4), R.randint(0, 6), R.randint(80, 2400)))
        return [L]
    p = R.choice(SUBJECTS)
    L.t("rpt_no=").p(p["boardno"], "other_id").t(" unit=%s bo=\"%s\" vsl_cat=REC vsl_name=\"%s\" hin=" % (
        R.choice(["STA-BOGUE-BANKS", "STA-OCRACOKE", "CGC-SHEARWATER"]), R.choice(["BM2 K. Okafor", "BMC G. Whitcomb", "BM1 K. Okafor"]), p["vessel"]))
    L.p(p["hin"], "vehicle").t(" reg=\"").p(p["reg"], "vehicle").t("\" operator=\"").p(fullname(p, R.choice(["lf", "fl"])), "name").t("\"")
    if R.random() < 0.7:
        L.t(" op_dob=").p(R.choice([f_iso, f_us])(p["dob"]), "date")
    if R.random() < 0.75:
        L.t(" op_dl=").p(p["st"] + p["dl"], "license")
    if R.random() < 0.5:
        L.t(" op_addr=\"").p("%s, %s" % (p["street"], p["city"]), "address").t(", %s\" op_zip=" % p["st"]).p(p["zip"], "zip")
    bui = R.random() < 0.25
    L.t(" pob=%d pfd=%s vds=%s bui=%s" % (R.randint(1, 6), R.choice(["OK", "OK", "SHORT_1"]), R.choice(["OK", "EXPIRED"]),
                                         "YES sfst=FAIL bac=0.%02d" % R.randint(8, 19) if bui else "NO"))
    L.t(" result=%s" % ("TERMINATED_VOYAGE" if bui else R.choice(["NO_VIOLATION", "WARNING", "NOV"])))
    return [L]


def medevac_csv(ts, phi):
    L = Ln("medevac_csv")
    if not phi:
        L.t("dtg_utc,sector_case,type,asset,pt_name,sex,age,dob,vessel,complaint,receiving,priority,hs")
        return [L]
    p = R.choice(MARINERS[-2:]) if R.random() < 0.3 else R.choice(MARINERS)
    nm = fullname(p, "LF")
    L.t(ts.strftime("%Y-%m-%dT%H:%MZ") + ",").p(p["sector_case"], "other_id")
    L.t(",%s,%s,\"" % (R.choice(["MEDEVAC", "MEDEVAC", "INJ_MARINER_XFER"]), R.choice(ASSETS)))
    L.p(nm, "name").t("\",%s," % p["sex"])
    if p["age"] > 89:
        L.p(str(p["age"]), "age")
    else:
        L.t(str(p["age"]))
    L.t(",").p(f_iso(p["dob"]), "date")
    v = R.choice(VESSELS_COM) if R.random() < 0.5 else (p["vessel"], "")
    L.t(",%s,%s,%s,%s,%s" % (v[0].replace(",", ""), R.choice(["CHEST PAIN", "CRUSH INJ L HAND", "HYPOTHERMIA", "SEIZURE",
                                                          "FX R FEMUR", "CVA SX", "LACERATION SCALP", "DECOMPRESSION SX"]),
                            R.choice(HOSPS), R.choice(["URGENT", "PRIORITY", "ROUTINE"]), R.choice(["HS2 Reyes", "HS1 Mbatha", "AST3 Lowe"])))
    return [L]


def java_stack(ts, phi):
    out = []
    L = Ln("java_stack")
    th = "http-nio-8443-exec-%d" % R.randint(1, 12)
    L.t("%s,%03d ERROR [%s] gov.uscg.pam.medevac.TransferService - " % (ts.strftime("%Y-%m-%d %H:%M:%S"), R.randint(0, 999), th))
    if phi:
        p = R.choice(MARINERS)
        L.t("transfer post failed for patient=").p(fullname(p, "LF"), "name").t(" dob=").p(f_us(p["dob"]), "date") \
            .t(" case=").p(p["sector_case"], "other_id").t(" dest=\"%s\"" % R.choice(HOSPS))
    else:
        L.t("transfer post failed requestId=%s dest=hie-gateway.pam.uscg.mil:8443" % uuid4())
    out.append(L)
    exc = R.choice([("java.net.SocketTimeoutException", "Read timed out"),
                    ("org.springframework.web.client.HttpServerErrorException$BadGateway", "502 Bad Gateway: [no body]"),
                    ("javax.net.ssl.SSLHandshakeException", "PKIX path building failed")])
    out.append(Ln("java_stack").t("%s: %s" % exc))
    frames = ["\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)",
              "\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:791)",
              "\tat gov.uscg.pam.medevac.HieClient.postTransfer(HieClient.java:142)",
              "\tat gov.uscg.pam.medevac.TransferService.send(TransferService.java:88)",
              "\tat java.base/java.lang.Thread.run(Thread.java:1583)"]
    for f in frames[R.randint(0, 2):]:
        out.append(Ln("java_stack").t(f))
    if R.random() < 0.4:
        out.insert(len(out) - 1, Ln("java_stack").t("\t... %d common frames omitted" % R.randint(3, 40)))
    return out


def sarsat_xml(ts, phi):
    L = Ln("sarsat_xml")
    L.t('<alert msgId="%s" mcc="USMCC" rcc="LANTAREA" time="%s"><beacon hexId="' % (digits(8), ts.strftime("%Y-%m-%dT%H:%M:%SZ")))
    if not phi:
        v = R.choice(VESSELS_COM)
        lat, lon = rpos()
        L.t('%s" type="EPIRB" proto="STD_LOC"/><position lat="%.4f" lon="%.4f" src="GNSS"/><registration><owner>%s</owner><vessel>%s</vessel><phone>%s</phone></registration><status>%s</status></alert>' % (
            "ADCC" + "".join(R.choice("0123456789ABCDEF") for _ in range(11)), lat, lon,
            *[xesc(x) for x in R.choice([("Crystal Coast Marine Transport LLC", "TUG MISS KATHERINE"), ("Hatteras Charters & Tours Inc", "HATTERAS QUEEN"),
                                          ("Pamlico Seafood Co-op", "F/V SEA HUNTER II"), ("Capt Jimmy Fisheries Inc", "F/V CAPT JIMMY")])], "(252) 728-4410", R.choice(["TEST_MODE", "ALERT_RESOLVED_INADVERTENT", "ACTIVE"])))
        return [L]
    p = R.choice(MARINERS)
    L.p(p["beacon"], "device").t('" type="%s" proto="STD_LOC"/><position lat="' % R.choice(["EPIRB", "PLB"]))
    L.p("%.4f" % p["lat"], "address").t('" lon="').p("%.4f" % p["lon"], "address").t('" src="GNSS"/><registration><owner>')
    xp(L, fullname(p, "fl"), "name")
    L.t("</owner><vessel>")
    L.t(xesc(p["vessel"]))
    L.t("</vessel><phone>").p(p["phone"], "phone").t('</phone><emergencyContact name="')
    xp(L, p["nok_name"], "name")
    L.t('" phone="').p(p["nok_phone"], "phone").t('"/></registration><status>ACTIVE</status></alert>')
    return [L]


def ops_chat(ts, phi):
    L = Ln("ops_chat")
    who = R.choice(["@lt.haverford", "@os1.batiste", "@bm1.okafor", "@ltjg.dunmore", "@hsc.voss", "@os2.kimura"])
    L.t("[%s] #sector-cmd-center %s: " % (ts.strftime("%Y-%m-%d %H:%M:%S"), who))
    if not phi:
        L.t(R.choice([
            "%s underway from STA Bogue Banks, 4 POB crew, ETA on scene 25 mikes" % R.choice(ASSETS[3:7]),
            "SAROPS run posted, PoS 0.71 for pattern 2, recommend CS track spacing 0.5 NM",
            "WX update: SE 15-20 kts, seas 4-6 ft, vis 3 NM in showers",
            "helo %s B0 reset complete, crew rest good until 2200L" % R.choice(ASSETS[:3]),
            "reminder: MISLE entries due before watch turnover, ticket INC0048213 for the printer",
            "Station phone (252) 247-4570 down again, use the cell 252-503-1188 per OPS",
        ]))
        return [L]
    p = R.choice(MARINERS)
    c = R.random()
    if c < 0.35:
        L.seq(["PIW recovered, ", (fullname(p, "fl"), "name"), ", ",
               (str(p["age"]), "age") if p["age"] > 89 else str(p["age"]),
               "yo %s, hypothermic, conscious. NOK %s " % (p["sex"], p["nok_rel"]), (p["nok_name"], "name"), " ",
               (p["nok_phone"], "phone"), " notified"])
    elif c < 0.6:
        L.seq(["case ", (p["sector_case"], "other_id"), " RP is the ", p["nok_rel"], " calling from ", (p["nok_phone"], "phone"),
               ", says overdue since ", (p["onset"].strftime("%d %b %H%M"), "date"), " local, left from ",
               (p["city"], "address"), " ramp"])
    elif c < 0.8:
        L.seq(["HS says pt ", (fullname(p, "init"), "name"), " DOB ", (f_us(p["dob"]), "date"),
               " needs ALS at the pier, request EMS to Sta Ft Macon, cell ", (p["phone"], "phone")])
    else:
        L.seq(["EPIRB ", (p["beacon"], "device"), " reg to ", (fullname(p, "fl"), "name"), ", home ",
               (p["street"] + ", " + p["city"], "address"), " ", p["st"], " ", (p["zip"], "zip"), ", no answer at home number"])
    return [L]


def hl7v2(ts, phi):
    p = R.choice(CREW)
    ctl = "PAM%s%04d" % (ts.strftime("%m%d%H%M"), R.randint(0, 9999))
    typ = R.choice(["ADT^A04^ADT_A01", "ADT^A08^ADT_A01", "ORU^R01^ORU_R01"])
    out = [Ln("hl7v2").t("MSH|^~\\&|GENESIS|PAMCLIN^0451^DMIS|HIE|MHS|%s||%s|%s|P|2.5.1|||AL|NE" % (ts.strftime("%Y%m%d%H%M%S"), typ, ctl))]
    out.append(Ln("hl7v2").t("EVN|%s|%s" % (typ[4:7], ts.strftime("%Y%m%d%H%M%S"))))
    L = Ln("hl7v2").t("PID|1||").p(p["mrn"], "mrn").t("^^^PAMCLIN^MR~").p(p["edipi"], "other_id").t("^^^DOD^EDIPI||")
    L.p(fullname(p, "hl7"), "name").t("||").p(f_hl7(p["dob"]), "date").t("|%s|||" % p["sex"])
    L.p(p["street"], "address").t("^^").p(p["city"], "address").t("^%s^" % p["st"]).p(p["zip"], "zip").t("^USA^H||")
    L.p(p["phone"], "phone").t("^PRN^PH||||||")
    if R.random() < 0.4:
        L.p(p["ssn"], "ssn")
    out.append(L)
    doc = R.choice(list(DOC_NPI))
    L = Ln("hl7v2").t("PV1|1|O|SICKBAY^EXAM%d^^PAMCLIN||||%s^%s^^^%s|||FLT||||1|||%s^%s^^^MD|AD||" % (
        R.randint(1, 4), DOC_NPI[doc], doc, "LCDR" if "PRAKASH" in doc else "", DOC_NPI[doc], doc))
    L.p(p["visit"], "account").t("|||||||||||||||||||||||||").p(ts.strftime("%Y%m%d%H%M"), "date")
    out.append(L)
    out.append(Ln("hl7v2").t("IN1|1|TRICARE PRIME AD|HUMIL|HUMANA MILITARY|PO BOX 7031^^CAMDEN^SC^29021|||||||||||").p(fullname(p, "hl7"), "name")
               .t("|SEL||||||||||||||||||").p(p["dbn"], "health_plan"))
    if typ.startswith("ORU"):
        out.append(Ln("hl7v2").t("OBR|1|%s^GENESIS|%s^LAB|80061^LIPID PANEL^CPT|||%s" % (digits(8), digits(9), ts.strftime("%Y%m%d%H%M"))))
        for code, nm, val, u in [("2093-3", "Cholesterol", R.randint(140, 260), "mg/dL"), ("2571-8", "Triglyceride", R.randint(60, 300), "mg/dL"),
                                 ("2085-9", "HDL", R.randint(30, 80), "mg/dL")][:R.randint(1, 3)]:
            out.append(Ln("hl7v2").t("OBX|1|NM|%s^%s^LN||%d|%s|||||F" % (code, nm, val, u)))
    return out


def fhir_json(ts, phi):
    L = Ln("fhir_json")
    base = {"ts": ts.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+00:00" % R.randint(0, 999), "lvl": "INFO", "svc": "fhir-gw"}
    if not phi:
        d = dict(base, msg=R.choice(["GET /metadata", "Bundle processed", "SMART token issued"]),
                 client_id="genesis-clinic-%s" % hexs(6), status=200, elapsed_ms=R.randint(3, 900),
                 traceparent="00-%s-%s-01" % (hexs(32), hexs(16)), fhirVersion="4.0.1")
        return [jw(L, d, (", ", ": "), False)]
    p = R.choice(CREW)
    kind = R.choice(["Patient", "Encounter", "Observation"])
    if kind == "Patient":
        res = {"resourceType": "Patient", "id": P(p["fhir"], "other_id"),
               "identifier": [{"system": "http://health.mil/fhir/sid/edipi", "value": P(p["edipi"], "other_id")},
                              {"system": "urn:oid:2.16.840.1.113883.3.42.10001.100001.12", "value": P(p["mrn"], "mrn")}],
               "name": [{"family": P(p["last"], "name"), "given": [P(p["first"], "name")]}],
               "gender": "female" if p["sex"] == "F" else "male", "birthDate": P(f_iso(p["dob"]), "date"),
               "telecom": [{"system": "email", "value": P(p["email"], "email")}]}
        if R.random() < 0.4:
            blob = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01" + bytes(R.randrange(256) for _ in range(60))
            res["photo"] = [{"contentType": "image/jpeg", "data": P(base64.b64encode(blob).decode(), "photo")}]
        if R.random() < 0.5:
            res["address"] = [{"line": [P(p["street"], "address")], "city": P(p["city"], "address"), "state": p["st"],
                               "postalCode": P(p["zip"], "zip")}]
    elif kind == "Encounter":
        res = {"resourceType": "Encounter", "id": uuid4(), "status": "finished",
               "class": {"code": "AMB"}, "subject": {"reference": M(["Patient/", (p["fhir"], "other_id")])},
               "identifier": [{"system": "urn:pamclin:visit", "value": P(p["visit"], "account")}],
               "period": {"start": P(ts.strftime("%Y-%m-%dT%H:%M:00Z"), "date")},
               "serviceType": {"text": R.choice(["Dive physical", "Sick call", "PHA", "Audiology", "Flight physical"])}}
    else:
        res = {"resourceType": "Observation", "id": uuid4(), "status": "final",
               "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4", "display": "Heart rate"}]},
               "subject": {"reference": M(["Patient/", (p["fhir"], "other_id")])},
               "effectiveDateTime": P(ts.strftime("%Y-%m-%dT%H:%M:00Z"), "date"),
               "valueQuantity": {"value": R.randint(52, 110), "unit": "/min"}}
    d = dict(base, msg="resource.write", resource=res)
    return [jw(L, d, (", ", ": "), False)]


def x12(ts, phi):
    L = Ln("x12")
    icn = "%09d" % R.randint(1, 99999)
    gcn = str(R.randint(1000, 9999))
    isa = "ISA*00*          *00*          *ZZ*USCGPAMCLIN    *ZZ*HUMANAMIL      *%s*%s*^*00501*%s*0*P*:~" % (
        ts.strftime("%y%m%d"), ts.strftime("%H%M"), icn)
    L.t(isa)
    if not phi:
        L.t("GS*FA*HUMANAMIL*USCGPAMCLIN*%s*%s*%s*X*005010X231A1~ST*999*0001*005010X231A1~AK1*HI*%s*005010X217~AK9*A*1*1*1~SE*4*0001~GE*1*%s~IEA*1*%s~" % (
            ts.strftime("%Y%m%d"), ts.strftime("%H%M"), gcn, R.randint(1000, 9999), gcn, icn))
        return [L]
    p = R.choice(CREW)
    doc = R.choice(list(DOC_NPI))
    if R.random() < 0.6:
        ref = "RF%s%04d" % (ts.strftime("%y%m%d"), R.randint(1, 9999))
        L.t("GS*HI*USCGPAMCLIN*HUMANAMIL*%s*%s*%s*X*005010X217~ST*278*0001*005010X217~BHT*0007*13*" % (ts.strftime("%Y%m%d"), ts.strftime("%H%M"), gcn))
        L.p(ref, "other_id").t("*%s*%s~HL*1**20*1~NM1*X3*2*HUMANA MILITARY*****PI*HUMIL~HL*2*1*21*1~NM1*1P*2*USCG SECTOR PAMLICO CLINIC*****XX*%s~HL*3*2*22*1~NM1*IL*1*" % (
            ts.strftime("%Y%m%d"), ts.strftime("%H%M"), npi()))
        L.p(fullname(p, "x12"), "name").t("****MI*").p(p["dbn"], "health_plan").t("~DMG*D8*").p(f_hl7(p["dob"]), "date")
        L.t("*%s~HL*4*3*EV*1~UM*SC*I*******Y~DTP*472*D8*" % p["sex"])
        L.p(f_hl7((ts + timedelta(days=R.randint(3, 30))).date()), "date")
        L.t("~HI*ABK:%s~NM1*SJ*1*%s****XX*%s~SE*16*0001~GE*1*%s~IEA*1*%s~" % (
            R.choice(["H6691", "M5450", "S83511A", "H9313", "F4310", "M25511"]), doc.replace("^", "*"), DOC_NPI[doc], gcn, icn))
    else:
        L.t("GS*HB*HUMANAMIL*USCGPAMCLIN*%s*%s*%s*X*005010X279A1~ST*271*0001*005010X279A1~BHT*0022*11*%s*%s*%s~HL*1**20*1~NM1*PR*2*TRICARE EAST*****PI*HUMIL~HL*2*1*21*1~NM1*1P*2*USCG SECTOR PAMLICO CLINIC*****XX*%s~HL*3*2*22*0~NM1*IL*1*" % (
            ts.strftime("%Y%m%d"), ts.strftime("%H%M"), gcn, hexs(10).upper(), ts.strftime("%Y%m%d"), ts.strftime("%H%M"), npi()))
        L.p(fullname(p, "x12"), "name").t("****MI*").p(p["dbn"], "health_plan").t("~DMG*D8*").p(f_hl7(p["dob"]), "date")
        L.t("*%s~EB*1*IND*30**TRICARE PRIME~SE*11*0001~GE*1*%s~IEA*1*%s~" % (p["sex"], gcn, icn))
    return [L]


def referral_logfmt(ts, phi):
    L = Ln("referral_logfmt")
    L.t("ts=%s level=%s app=referral-broker " % (ts.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % R.randint(0, 999), "info"))
    if not phi:
        L.t(R.choice(['msg="token refresh" client=humana-mil-prod expires_in=3600 http_status=200',
                      'msg="poll outbound queue" depth=%d oldest_s=%d' % (R.randint(0, 30), R.randint(0, 900)),
                      'msg="referral batch sent" count=%d bytes=%d dest=sftp.humanamilitary.example:22' % (R.randint(1, 20), R.randint(2000, 90000))]))
        return [L]
    p = R.choice(CREW)
    L.t('msg="referral submitted" referral_id=').p("RF%s%04d" % (ts.strftime("%y%m%d"), R.randint(1, 9999)), "other_id")
    L.t(" edipi=").p(p["edipi"], "other_id").t(" dbn=").p(p["dbn"], "health_plan")
    if R.random() < 0.5:
        L.t(' pt="').p(fullname(p, "lf"), "name").t('"')
    L.t(" spec=%s dx=%s to_npi=%s appt=" % (R.choice(["ENT", "ORTHO", "OPTOM", "DERM", "BEHAV_HLTH", "HYPERBARIC"]),
                                          R.choice(["H66.91", "M54.50", "S83.511A", "H93.13", "T70.3XXA"]), npi()))
    L.p((ts + timedelta(days=R.randint(2, 25))).strftime("%Y-%m-%d"), "date").t(" status=%s" % R.choice(["PENDED", "APPROVED", "SUBMITTED"]))
    return [L]


def nginx_access(ts, phi):
    L = Ln("nginx_access")
    t = ts.strftime("%d/%b/%Y:%H:%M:%S +0000")
    if not phi:
        c = R.random()
        if c < 0.4:
            L.t('%s - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" rt=0.001' % (clip(0), t))
        elif c < 0.7:
            L.t('%s - - [%s] "GET /static/js/app.%s.js HTTP/2.0" 200 %d "https://sickcall.pam.uscg.mil/" "%s" rt=0.%03d' % (
                clip(0), t, hexs(8), R.randint(20000, 400000), R.choice(UA), R.randint(1, 99)))
        else:
            L.t('%s - %s [%s] "POST /api/v2/schedule/slots/search HTTP/1.1" 200 %d "-" "%s" rt=0.%03d' % (
                clip(0), R.choice(STAFF_LOGON), t, R.randint(300, 9000), R.choice(UA), R.randint(10, 999)))
        return [L]
    p = R.choice(CREW)
    L.p(pubip(), "ip").t(" - - [%s] \"" % t)
    c = R.random()
    if c < 0.4:
        L.t("GET /api/v2/patients/").p(p["edipi"], "other_id").t("/appointments?from=").p(ts.strftime("%Y-%m-%d"), "date")
    elif c < 0.7:
        L.t("POST /api/v2/appointments?type=%s&date=" % R.choice(["DIVE_PHYS", "SICKCALL", "PHA"])).p(
            (ts + timedelta(days=R.randint(1, 9))).strftime("%Y-%m-%d"), "date")
    else:
        enc = quote(p["last"])
        L.t("GET /api/v2/lookup?last=").p(enc, "name", p["last"], unquote).t("&dob=").p(f_iso(p["dob"]), "date")
    L.t(' HTTP/1.1" %d %d "https://sickcall.pam.uscg.mil/home" "%s" rt=0.%03d' % (R.choice([200, 200, 201, 304, 401]),
                                                                                  R.randint(200, 9000), R.choice(UA), R.randint(10, 999)))
    return [L]


def pg_sql(ts, phi):
    L = Ln("pg_sql")
    L.t("%s.%03d UTC [%d] " % (ts.strftime("%Y-%m-%d %H:%M:%S"), R.randint(0, 999), R.randint(1000, 60000)))
    if not phi:
        L.t(R.choice(["LOG:  checkpoint complete: wrote %d buffers (0.%d%%); 0 WAL file(s) added, 0 removed, 1 recycled" % (R.randint(10, 4000), R.randint(1, 9)),
                      "clinic_app@sickbay LOG:  connection authorized: user=clinic_app database=sickbay application_name=PostgreSQL JDBC Driver",
                      "LOG:  automatic vacuum of table \"sickbay.public.appointment\": index scans: 1, pages: 0 removed, %d remain" % R.randint(100, 9000),
                      "clinic_app@sickbay LOG:  duration: %d.%03d ms  statement: SELECT slot_id, start_ts FROM slot WHERE clinic_id = 451 AND start_ts > now()" % (R.randint(0, 90), R.randint(0, 999))]))
        return [L]
    p = R.choice(CREW)
    L.t("clinic_app@sickbay LOG:  duration: %d.%03d ms  statement: " % (R.randint(0, 400), R.randint(0, 999)))
    c = R.random()
    if c < 0.5:
        L.t("SELECT * FROM patient WHERE last_name = '").p(p["last"].replace("'", "''"), "name", p["last"], lambda s: s.replace("''", "'"))
        L.t("' AND dob = '").p(f_iso(p["dob"]), "date").t("'")
    elif c < 0.75:
        L.t("UPDATE patient SET phone = '").p(p["phone"], "phone").t("', email = '").p(p["email"], "email").t("' WHERE edipi = '").p(p["edipi"], "other_id").t("'")
    else:
        L.t("INSERT INTO appointment (mrn, appt_ts, type, provider_npi) VALUES ('").p(p["mrn"], "mrn").t("', '")
        L.p((ts + timedelta(days=R.randint(1, 14))).strftime("%Y-%m-%d 07:30"), "date").t("', '%s', '%s')" % (
            R.choice(["DIVE_PHYS", "SICKCALL", "AUDIO"]), R.choice(list(DOC_NPI.values()))))
    return [L]


def sms_gw(ts, phi):
    L = Ln("sms_gw")
    base = {"ts": calendar.timegm(ts.timetuple()), "sid": "SM" + hexs(32)}
    if not phi:
        d = dict(base, event="status", status=R.choice(["delivered", "sent", "undelivered"]), error_code=R.choice([None, None, 30003]),
                 from_="+12522474598", segments=1)
        d["from"] = d.pop("from_")
        return [jw(L, d)]
    p = R.choice(CREW)
    if R.random() < 0.7:
        when = ts + timedelta(days=R.randint(1, 6))
        d = dict(base, event="outbound", to=P(p["phone"] if p["phone"].startswith("+") else "+1" + "".join(c for c in p["phone"] if c.isdigit()), "phone"),
                 body=M(["USCG Sector Pamlico Sick Bay: ", p["rank"] + " ", (p["last"], "name"),
                         ", reminder of your %s on " % R.choice(["dive physical", "PHA", "audiogram", "flight physical"]),
                         (when.strftime("%m/%d"), "date"), " at 0730. Reply C to confirm, R to reschedule. (252) 247-4598"]))
    else:
        d = dict(base, event="inbound", **{"from": P("+1" + "".join(c for c in p["phone"] if c.isdigit())[-10:], "phone")},
                 body=R.choice(["C", "R", "Running late, underway till 1400", "cant make it, on patrol"]))
    return [jw(L, d)]


def dive_fixed(ts, phi):
    L = Ln("dive_fixed")
    if not phi:
        if R.random() < 0.5:
            L.t("HDR DIVEPHY %s PAMCLIN 0451 %06d RECS  V2.3" % (ts.strftime("%Y%m%d"), R.randint(5, 60)))
        else:
            L.t("TRL DIVEPHY %s %06d %s" % (ts.strftime("%Y%m%d"), R.randint(5, 60), hexs(8).upper()))
        return [L]
    p = R.choice(CREW)
    nm = ("%s,%s %s" % (p["last"].upper(), p["first"].upper(), p["mid"])).strip()
    L.t("D").p(p["edipi"], "other_id").t(" ").p(nm, "name").t(" " * max(1, 30 - len(nm)))
    L.p(f_hl7(p["dob"]), "date").t(" ").p(f_hl7(ts.date() - timedelta(days=R.randint(0, 20))), "date")
    L.t(" %-6s %-8s %-5s %-20s 0451" % (p["rank"], R.choice(["PERIOD", "INITIA", "RTD"]), R.choice(["QUAL", "QUAL", "NQ", "TDQ"]),
                                       R.choice(["PRAKASH S UMO", "ARCENEAUX H DMO", "LINDQVIST D PA"])))
    return [L]


def soap_note(ts, phi):
    doc = uuid4()
    p = R.choice(CREW)
    pre = "%s NOTE doc=%s author=\"%s\" " % (ts.strftime("%Y-%m-%dT%H:%M:%SZ"), doc, R.choice(["PA D. Lindqvist", "LCDR S. Prakash", "HS1 C. Mbatha"]))
    out = []
    L = Ln("soap_note").t(pre + "S: ")
    L.seq([(fullname(p, "lf"), "name"), ", %d y/o %s, c/o %s x%dd after %s on " % (
        p["age"], p["sex"], R.choice(["R ear fullness", "L shoulder pain", "sinus pressure", "low back pain", "rash both forearms"]),
        R.randint(1, 6), R.choice(["dive ops", "boat ops", "PT", "buoy tending"])), ((ts - timedelta(days=R.randint(1, 6))).strftime("%m/%d"), "date"),
        ". Denies vertigo, LOC."])
    out.append(L)
    out.append(Ln("soap_note").t(pre + "O: T %.1f HR %d BP %d/%d SpO2 %d%%. TM %s. ROM full." % (
        R.uniform(97.6, 99.4), R.randint(55, 100), R.randint(105, 140), R.randint(62, 90), R.randint(95, 100), R.choice(["intact, mild erythema", "intact", "retracted R"]))))
    out.append(Ln("soap_note").t(pre + "A: %s" % R.choice(["Barotrauma, middle ear (T70.0XXA)", "Strain, L shoulder (S46.912A)", "Contact dermatitis (L25.9)", "Acute sinusitis (J01.90)"])))
    L = Ln("soap_note").t(pre + "P: %s; " % R.choice(["Pseudoephedrine 60 mg q6h x5d", "Ibuprofen 800 mg TID x7d", "Triamcinolone 0.1% cream BID"]))
    if phi and R.random() < 0.6:
        L.seq(["NOT FIT FOR DIVE DUTY until f/u ", ((ts + timedelta(days=R.randint(5, 14))).strftime("%d%b").upper(), "date"),
               "; ENT referral ", ("RF%s%04d" % (ts.strftime("%y%m%d"), R.randint(1, 9999)), "other_id"), "."])
    else:
        L.t("RTD with limits 72h, f/u PRN.")
    out.append(L)
    if not phi:
        return out[1:3]
    return out


def rx_pipe(ts, phi):
    L = Ln("rx_pipe")
    ndc = R.choice([("00093-7180-56", "IBUPROFEN 800MG TAB"), ("00904-5306-61", "PSEUDOEPHEDRINE 60MG TAB"),
                    ("51672-1259-01", "TRIAMCINOLONE 0.1% CRM 15G"), ("00781-5061-01", "AMOXICILLIN 500MG CAP"),
                    ("68462-0158-01", "CIPROFLOXACIN 0.3% OTIC")])
    lot = "%s%d%s" % ("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), R.randint(1000, 9999), R.choice("ABC"))
    if not phi:
        L.t("RXINV|%s|%s|%s|LOT %s|EXP %s|QOH %d|PAR %d|TECH %s" % (ts.strftime("%Y-%m-%dT%H:%M:%S"), ndc[0], ndc[1], lot,
                                                                 "2026-%02d" % R.randint(1, 12), R.randint(0, 400), R.randint(20, 200), R.choice(["HS3 Pike", "HS2 Reyes"])))
        return [L]
    p = R.choice(CREW)
    L.t("RXDISP|%s|" % ts.strftime("%Y-%m-%dT%H:%M:%S")).p("RX%07d" % R.randint(1, 9999999), "other_id").t("|")
    L.p(p["edipi"], "other_id").t("|").p("%s,%s %s" % (p["last"].upper(), p["first"].upper(), p["mid"]) if p["mid"] else "%s,%s" % (p["last"].upper(), p["first"].upper()), "name")
    L.t("|%s|%s|QTY %d|NPI %s|LOT %s|SIG %s" % (ndc[0], ndc[1], R.choice([10, 20, 30, 1]), R.choice(list(DOC_NPI.values())), lot,
                                               R.choice(["1 PO Q6H PRN", "1 PO TID WF", "APPLY BID", "4 GTT AU BID"])))
    return [L]


def win_evt(ts, phi):
    L = Ln("win_evt")
    eid = R.choice([4624, 4624, 4625, 4634, 4740])
    L.t("%s host=PAM-CLIN-WS%02d.cgnet.uscg.mil EventID=%d Channel=Security TargetUserName=%s TargetDomainName=CGNET LogonType=%d IpAddress=%s WorkstationName=PAM-CLIN-WS%02d ProcessName=C:\\Windows\\System32\\svchost.exe Status=%s" % (
        ts.strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:23] + "Z", R.randint(1, 20), eid, R.choice(STAFF_LOGON), R.choice([2, 3, 10, 11]),
        clip(0), R.randint(1, 20), "0xC000006A" if eid == 4625 else "0x0"))
    return [L]


def almis_pipe(ts, phi):
    L = Ln("almis_pipe")
    L.t("ALMIS|%s|%s|MH-65E|MRC %02d-%02d-%02d|P/N 365A%05d-%02d|S/N %s-%05d|TSN %.1f|%s|%s" % (
        ts.strftime("%Y-%m-%dT%H:%MZ"), R.choice(ASSETS[:3]), R.randint(1, 80), R.randint(1, 40), R.randint(1, 20),
        R.randint(10000, 99999), R.randint(1, 40), R.choice("AMSX"), R.randint(1, 99999), R.uniform(100, 9000),
        R.choice(["DONE", "DEFERRED", "OPEN"]), R.choice(["AMT2 Farrow", "AET1 Singh-Baptiste", "AMT1 Coyle"])))
    return [L]


def gpc_kv(ts, phi):
    L = Ln("gpc_kv")
    base = "4486" + "".join(R.choice("0123456789") for _ in range(11))
    card = base + luhn_check(base)
    L.t("%s svc=gpc-recon unit=SECTOR_PAMLICO txn=%s card=%s merchant=\"%s\" amt=%.2f mcc=%d po=PO-24-%05d approver=\"%s\"" % (
        ts.strftime("%Y-%m-%d %H:%M:%S"), digits(12), card, R.choice(["Henry Schein Inc", "West Marine #1142", "Bound Tree Medical", "Grainger 0412"]),
        R.uniform(12, 2900), R.choice([5047, 5551, 5085, 5912]), R.randint(1, 99999), R.choice(["CWO2 Pelletier", "LCDR S. Prakash"])))
    return [L]


# family: (fn, can_phi, can_nonphi, weight)
FAM = [  # (fn, can_phi, can_nonphi, weight if phi, weight if not)
    (sar_json, 1, 1, 9, 6), (r21_syslog, 1, 1, 6, 7), (ais_nmea, 0, 1, 0, 6), (ais_decoded, 0, 1, 0, 4),
    (boarding_kv, 1, 1, 8, 2), (medevac_csv, 1, 1, 8, 1), (java_stack, 1, 1, 2, 1), (sarsat_xml, 1, 1, 4, 2),
    (ops_chat, 1, 1, 7, 6), (hl7v2, 1, 0, 3, 0), (fhir_json, 1, 1, 6, 4), (x12, 1, 1, 4, 2), (referral_logfmt, 1, 1, 5, 3),
    (nginx_access, 1, 1, 8, 8), (pg_sql, 1, 1, 6, 5), (sms_gw, 1, 1, 5, 3), (dive_fixed, 1, 1, 4, 1), (soap_note, 1, 1, 2, 1),
    (rx_pipe, 1, 1, 4, 3), (win_evt, 0, 1, 0, 5), (almis_pipe, 0, 1, 0, 4), (gpc_kv, 0, 1, 0, 3),
]


def main():
    ts = datetime(2024, 8, 14, 2, 0, 11)
    lines = []
    while len(lines) < N_LINES:
        phi = R.random() < 0.50
        cands = [f for f in FAM if (f[1] if phi else f[2])]
        fn = R.choices([f[0] for f in cands], weights=[f[3] if phi else f[4] for f in cands])[0]
        recs = fn(ts, phi)
        if len(lines) + len(recs) > N_LINES:
            continue
        for L in recs:
            lines.append(L.build() + (L.fam,))
        ts += timedelta(seconds=R.randint(4, 700))
    with open(ID + ".log", "wb") as f:
        for lb, _, _ in lines:
            f.write(lb + b"\n")
    with open(ID + ".labels.jsonl", "w", encoding="utf-8") as f:
        for i, (lb, spans, fam) in enumerate(lines, 1):
            f.write(json.dumps({"line": i, "family": fam, "spans": spans}) + "\n")
    nophi = sum(1 for _, s, _ in lines if not s)
    cats = {}
    for _, s, _ in lines:
        for x in s:
            cats[x["cat"]] = cats.get(x["cat"], 0) + 1
    sys.stderr.write("lines=%d nophi=%d (%.1f%%) %s\n" % (len(lines), nophi, 100.0 * nophi / len(lines), json.dumps(cats, sort_keys=True)))


if __name__ == "__main__":
    main()
