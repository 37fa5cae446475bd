#!/usr/bin/env python3
"""Synthetic labeled log corpus "no": hospital epilepsy monitoring unit (EMU) and
outpatient routine / sleep-deprived EEG lab.

Systems imitated: Natus/XLTEK NeuroWorks acquisition logs, Nihon Kohden EEG-1200 logs,
EDF+ header dumps and EDF+ TAL annotation dumps, video-EEG recording server (C++, spdlog),
rsync / cron / Synology NAS archive jobs, seizure push-button marker events (JSON), spike
detector CSV output, neurologist reading worklists (pipe and CSV), LivaNova VNS interrogation
reports, NeuroPace RNS PDMS exports (JSON), DMV driving-restriction letters, HL7 v2 ORM^O01 /
ORU^R01 segments, Python service logging and tracebacks, Windows event logs (text, XML,
Winlogbeat JSON), rescue-medication orders / pharmacy verification, patient-portal and call
notes in Spanish and Haitian Creole, access-audit CSV, nginx portal access logs, SMS reminder
jobs, insurance eligibility (X12 271 summaries) and registration pipe rows, check-in kiosk
JSON, BLE wearable gateway, Prometheus metrics and systemd lines.

All people, numbers and identifiers are synthetic. Standard library only; deterministic.
Writes no.log (500 lines) and no.labels.jsonl next to this script.

Labeling decisions:
- Identifiers are labeled only when they belong to a patient or to a relative / guardian /
  emergency contact / insurance subscriber of a patient. Clinicians, EEG technologists,
  pharmacists, interpreters, fellows, service accounts, the hospital, the DMV, vendors and
  their phone numbers, e-mails, NPIs, user names and addresses are NOT labeled.
- A full name is one "name" span, including the comma, caret (HL7 XPN) or underscore /
  tilde (EDF, file paths) between its parts; titles (Mr., Sra., Dr.) stay outside. A first
  name or surname used alone for a patient or relative is labeled; patient initials used
  as an identifier (e.g. worklist "Pt: N.D.") and a surname prefix typed into a patient
  search (NK "Patient search 'NGUYE*'") are labeled name.
- Names and MRNs embedded in file and folder names (study folders, rsync file lists, NAS
  paths) are labeled; the surrounding path is not.
- Dates tied to the patient are labeled "date": birth, admission, discharge, implant,
  appointment, study/recording start date (EDF "Startdate", EDF startdate field, OBR-7,
  PV1-44), device implant and interrogation dates, wall-clock seizure onsets and event
  dates written in notes. A date with its time is one span. Log-line timestamps, HL7 MSH-7 and ORC-9 (message/transaction times),
  build dates, job run times and relative offsets in seconds are NOT labeled. A year alone
  is not labeled.
- Ages are labeled only when over 89 (the number only, not the unit). Pediatric and other
  ages are not labeled. Sex is not labeled.
- MRNs -> mrn, including the second MRN of a duplicate record of the same patient (the
  number only; labels and prefixes such as "MRN ", "ID=", "pt=" stay outside the span). Patient account numbers (HL7 PID-18, billing "pt_acct") and payment
  card numbers -> account. Medicaid IDs, Medicare MBIs, commercial member/subscriber IDs
  (PID-3 Medicaid repetition, IN1-36) -> health_plan. Group numbers and payer IDs are not
  labeled.
- Encounter / visit numbers (PV1-19, CSN), NeuroPace PDMS patient IDs, DMV case numbers
  and patient-portal user names -> other_id. EEG study IDs (EEG24-nnnn), accession, placer
  and filler order numbers, HL7 control IDs, job IDs, trace IDs and UUIDs are not labeled
  (they identify orders/recordings/messages, not people).
- Implanted or patient-worn device serials (VNS generator S/N, RNS neurostimulator serial,
  wearable seizure-detector serial or BLE MAC) -> device. Hospital equipment serials
  (amplifiers, cameras, programmer wands, NAS, workstations) are not labeled.
- Driver's licence numbers of patients -> license. SSNs of patients and guarantors -> ssn.
- Patient/relative public IP addresses in the patient portal access log -> ip. Internal
  10.x addresses of workstations, probes and load balancers are not labeled.
- Personal links shared by families (seizure video share links) -> url. Hospital/vendor
  URLs are not labeled.
- The base64 payload of a patient photo captured at check-in -> photo (the data: prefix
  is outside the span).
- Street (with apartment), city and ZIP of patients/relatives are labeled (address,
  address, zip); the state is not labeled.
- Bed/room numbers, diagnoses, medications, doses, weights and semiology are not labeled.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

ID = "no"
SEED = 2021_0311
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = dt.date(2024, 3, 11)


# ---------------------------------------------------------------- line builder
def mk(family, *parts):
    """parts: plain str, or (value, category) tuples that become spans."""
    buf = bytearray()
    spans = []
    for p in parts:
        if isinstance(p, tuple):
            val, cat = p
            val = str(val)
            b = val.encode("utf-8")
            s = len(buf)
            buf += b
            spans.append({"s": s, "e": len(buf), "cat": cat, "_v": val})
        else:
            buf += str(p).encode("utf-8")
    return (family, bytes(buf), spans)


# ---------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.now = dt.datetime(2024, 3, 11, 5, 58, 12)

    def tick(self, lo=2, hi=240):
        self.now += dt.timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
        return self.now


CL = Clock()


def ms():
    return "%03d" % (CL.now.microsecond // 1000)


def ts_natus():
    return CL.now.strftime("%m/%d/%Y %H:%M:%S.") + ms()


def ts_spd():
    return "[" + CL.now.strftime("%Y-%m-%d %H:%M:%S.") + ms() + "]"


def ts_py():
    return CL.now.strftime("%Y-%m-%d %H:%M:%S,") + ms()


def ts_sys():
    return CL.now.strftime("%b ") + ("%2d" % CL.now.day) + CL.now.strftime(" %H:%M:%S")


def ts_iso(z=False):
    if z:
        u = CL.now + dt.timedelta(hours=4)
        return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms() + "Z"
    return CL.now.strftime("%Y-%m-%dT%H:%M:%S.") + ms() + "-04:00"


def ts_nk():
    return CL.now.strftime("%Y/%m/%d %H:%M:%S.") + ms()


def ts_nginx():
    return CL.now.strftime("[%d/%b/%Y:%H:%M:%S -0400]")


def ts_hl7(d=None):
    return (d or CL.now).strftime("%Y%m%d%H%M%S")


# ---------------------------------------------------------------- formatting helpers
def fold(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ß", "ss")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


ES_MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre"]
HT_MON = ["janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm",
          "oktòb", "novanm", "desanm"]


def df(d, style):
    if style == "mdy":
        return d.strftime("%m/%d/%Y")
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "edf":
        return d.strftime("%d-%b-%Y").upper()
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "long":
        return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "mdy2":
        return d.strftime("%m-%d-%y")
    if style == "nk":
        return d.strftime("%Y/%m/%d")
    if style == "dotted":
        return d.strftime("%d.%m.%y")
    if style == "es":
        return "%d de %s de %d" % (d.day, ES_MON[d.month - 1], d.year)
    if style == "ht":
        return "%d %s %d" % (d.day, HT_MON[d.month - 1], d.year)
    if style == "short":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "abbr":
        return d.strftime("%d %b %Y")
    raise ValueError(style)


def ph(n, style=None):
    style = style if style is not None else R.randint(0, 6)
    a, b, c = n[:3], n[3:6], n[6:]
    return ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), n, "+1" + n,
            "%s.%s.%s" % (a, b, c), "+1 %s %s %s" % (a, b, c), "%s %s %s" % (a, b, c)][style]


def nm(first, last, style):
    if style == "lf":
        return "%s, %s" % (last, first)
    if style == "fl":
        return "%s %s" % (first, last)
    if style == "LF":
        return ("%s, %s" % (last, first)).upper()
    if style == "hl7":
        return fold("%s^%s" % (last, first)).upper()
    if style == "edf":
        return fold("%s_%s" % (last, first)).replace(" ", "_").replace("'", "")
    if style == "path":
        return fold("%s_%s" % (last, first)).upper().replace(" ", "-").replace("'", "")
    if style == "nk":
        return fold("%s %s" % (last, first)).upper()
    if style == "lower":
        return ("%s %s" % (first, last)).lower()
    if style == "init":
        return "%s. %s" % (first[0], last)
    if style == "tilde":
        return fold("%s~ %s" % (last, first))
    raise ValueError(style)


def luhn_complete(prefix, length=16):
    digits = [int(x) for x in prefix]
    while len(digits) < length - 1:
        digits.append(R.randint(0, 9))
    tot = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    digits.append((10 - tot % 10) % 10)
    return "".join(map(str, digits))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


# ---------------------------------------------------------------- people
HT_FIRST = ["Nadège", "Woodley", "Mackenson", "Wideline", "Fabiola", "Lovensky", "Roseline",
            "Dieuseul", "Ketly", "Jean-Robert", "Marie-Claude", "Stanley", "Medjine",
            "Guerline", "Bendjy", "Widnie"]
HT_LAST = ["Désir", "Pierre-Louis", "Jean-Baptiste", "Dorvil", "Thélusma", "Exantus",
           "Saint-Fleur", "Célestin", "Métellus", "Louissaint", "Joseph", "Augustin",
           "Valcourt", "Fils-Aimé"]
ES_FIRST = ["Ximena", "Santiago", "María Fernanda", "José Luis", "Yesenia", "Mateo",
            "Camila", "Alejandro", "Itzel", "Valentina", "Thiago", "Luz Marina", "Iker"]
ES_LAST = ["de la Cruz", "Muñoz", "García Márquez", "Peña", "Rodríguez-Ortiz", "Villaseñor",
           "del Valle", "Quiñones", "Ibarra", "Santana", "Echeverría", "Castillo"]
EN_FIRST = ["Brayden", "Kayleigh", "Aaliyah", "Oluwaseun", "Priya", "Hiroshi", "Fatima",
            "Dmitri", "Siobhan", "Tyler", "Mei-Ling", "Chidi", "Eilidh", "Anh", "Mohammed",
            "Harold", "Dorothy", "Bartholomew", "Zainab", "Declan"]
EN_LAST = ["O'Connor", "van der Berg", "Nguyen", "Okafor", "Al-Hashimi", "Kowalczyk",
           "Tanaka", "MacLeod", "Abernathy-Cole", "Papadopoulos", "Sørensen", "D'Amico",
           "Oyelaran", "Goldfarb", "Whitfield", "Chen", "St. Clair", "Lindgren"]
FEMALE = {"Nadège", "Wideline", "Fabiola", "Roseline", "Ketly", "Marie-Claude", "Medjine",
          "Guerline", "Widnie", "Ximena", "María Fernanda", "Yesenia", "Camila", "Itzel",
          "Valentina", "Luz Marina", "Kayleigh", "Aaliyah", "Priya", "Fatima", "Siobhan",
          "Mei-Ling", "Eilidh", "Anh", "Dorothy", "Zainab"}
PARENT_FEMALE = {"Rose-Mercie", "Jocelyne", "Marie-Ange", "Lourdes", "Mirlande", "Kettly",
                 "Guadalupe", "Rosario", "Marisol", "Araceli", "Maribel", "Leticia",
                 "Jennifer", "Anita", "Mehwish", "Ngozi", "Linh", "Catriona"}
PARENT_FIRST = {
    "ht": ["Rose-Mercie", "Jocelyne", "Frantz", "Marie-Ange", "Yves", "Lourdes", "Wilner",
           "Mirlande", "Kettly", "Jean-Claude"],
    "es": ["Guadalupe", "Rosario", "Héctor", "Marisol", "Ernesto", "Araceli", "Juan Carlos",
           "Maribel", "Leticia"],
    "en": ["Jennifer", "Kwame", "Anita", "Robert", "Mehwish", "Sean", "Ngozi", "Linh",
           "Catriona"],
}
PLACES = [("Miami", ["33127", "33137", "33150"]), ("North Miami", ["33161", "33168"]),
          ("Hialeah", ["33012", "33016"]), ("Miramar", ["33023", "33025"]),
          ("Homestead", ["33030", "33033"]), ("Doral", ["33178"]), ("Kendall", ["33176"]),
          ("Fort Lauderdale", ["33311"]), ("North Miami Beach", ["33162"]),
          ("Little River", ["33138"])]
STREETS = ["NW 62nd St", "NE 2nd Ave", "Biscayne Blvd", "W 49th St", "SW 8th St",
           "Pembroke Rd", "Ives Dairy Rd", "NW 119th St", "Krome Ave", "NW 7th Ave",
           "Palm Ave", "Miramar Pkwy", "Sunset Dr", "NE 125th St"]
AREA = ["305", "786", "954", "561", "754"]
IP_FIRST = [24, 47, 67, 68, 71, 73, 98, 99, 108, 162, 174, 184, 186, 190, 201]
MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def rphone():
    return R.choice(AREA) + str(R.randint(200, 989)) + "%04d" % R.randint(0, 9999)


def rssn():
    while True:
        a = R.randint(101, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def rmbi():
    an = MBI_ALPHA + "0123456789"
    c = [str(R.randint(1, 9)), R.choice(MBI_ALPHA), R.choice(an), str(R.randint(0, 9)),
         R.choice(MBI_ALPHA), R.choice(an), str(R.randint(0, 9)), R.choice(MBI_ALPHA),
         R.choice(MBI_ALPHA), str(R.randint(0, 9)), str(R.randint(0, 9))]
    s = "".join(c)
    return s[:4] + "-" + s[4:7] + "-" + s[7:]


class Pt:
    pass


USED = set()
STUDY_NO = [100]


def make_patient(i):
    p = Pt()
    o = R.choice(["ht", "ht", "es", "es", "en", "en", "en"])
    p.o = o
    fl = {"ht": HT_FIRST, "es": ES_FIRST, "en": EN_FIRST}[o]
    ll = {"ht": HT_LAST, "es": ES_LAST, "en": EN_LAST}[o]
    while True:
        p.first, p.last = R.choice(fl), R.choice(ll)
        if (p.first, p.last) not in USED:
            USED.add((p.first, p.last))
            break
    p.sex = "F" if p.first in FEMALE else "M"
    elderly = i in (4, 15, 27)
    p.peds = (not elderly) and R.random() < 0.5
    if elderly:
        p.dob = dt.date(R.randint(1928, 1933), R.randint(1, 12), R.randint(1, 28))
    elif p.peds:
        p.dob = dt.date(R.randint(2007, 2021), R.randint(1, 12), R.randint(1, 28))
    else:
        p.dob = dt.date(R.randint(1952, 2004), R.randint(1, 12), R.randint(1, 28))
    p.age = TODAY.year - p.dob.year - ((TODAY.month, TODAY.day) < (p.dob.month, p.dob.day))
    p.mrn = str(R.randint(40_000_000, 46_999_999))
    p.acct = str(R.randint(10 ** 11, 10 ** 12 - 1))
    p.csn = "24" + "%08d" % R.randint(0, 99_999_999)
    if p.age > 64:
        p.plan, p.payer = rmbi(), "MEDICARE"
    elif o in ("ht", "es") and R.random() < 0.7:
        p.plan, p.payer = "%010d" % R.randint(1_000_000_000, 9_999_999_999), "FL MEDICAID"
    else:
        pre = R.choice(["XQH", "ZGB", "W2K", "AVR", "JQF"])
        p.plan, p.payer = pre + "%09d" % R.randint(0, 999_999_999), R.choice(
            ["FLORIDA BLUE", "AETNA", "CIGNA", "UNITEDHEALTHCARE", "AMBETTER"])
    p.ssn = rssn()
    p.phone = rphone()
    city, zips = R.choice(PLACES)
    p.city, p.zip = city, R.choice(zips)
    st = "%d %s" % (R.randint(100, 19999), R.choice(STREETS))
    if R.random() < 0.4:
        st += R.choice([" Apt ", " Unit ", " #"]) + str(R.randint(1, 40)) + R.choice(["", "B", "C"])
    p.street = st
    p.ip = "%d.%d.%d.%d" % (R.choice(IP_FIRST), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    p.user = (fold(p.first[0] + p.last).lower().replace(" ", "").replace("'", "").replace("-", "")
              + str(R.randint(1, 99)).zfill(2))
    p.email = R.choice(["%s.%s", "%s%s", "%s_%s"]) % (
        fold(p.first).lower().replace(" ", ""), fold(p.last).lower().replace(" ", "").replace("'", ""))
    p.email += str(R.randint(1, 99)) + "@" + R.choice(["gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "outlook.com"])
    # Florida DL: first letter of surname + 12 digits
    d = "%012d" % R.randint(0, 10 ** 12 - 1)
    L = fold(p.last).replace(" ", "").replace("'", "")[0].upper()
    p.dl = "%s%s-%s-%s-%s-%s" % (L, d[:3], d[3:6], d[6:8], d[8:11], d[11])
    p.vns = str(R.randint(10000, 99999)) if R.random() < 0.35 else None
    p.rns = ("N" + str(R.randint(1000000, 9999999))) if (not p.peds and R.random() < 0.35) else None
    p.pdms = "P-%07d" % R.randint(0, 9999999)
    p.wearable_sn = "EP" + hexs(8).upper()
    p.mac = ":".join(hexs(2).upper() for _ in range(6))
    STUDY_NO[0] += R.randint(1, 9)
    p.study = "EEG24-%04d" % STUDY_NO[0]
    p.bed = R.choice(["EMU-01", "EMU-02", "EMU-03", "EMU-04", "EMU-05", "EMU-06", "PEMU-1", "PEMU-2", "OP-EEG2", "OP-EEG3"])
    p.wt = round(R.uniform(11, 60), 1) if p.peds else round(R.uniform(48, 110), 1)
    p.admit = TODAY - dt.timedelta(days=R.randint(0, 4))
    p.appt = TODAY + dt.timedelta(days=R.randint(1, 20))
    p.implant = dt.date(R.randint(2014, 2023), R.randint(1, 12), R.randint(1, 28))
    if p.peds or R.random() < 0.4:
        p.pf = R.choice(PARENT_FIRST[o])
        r = R.random()
        if r < 0.65:
            p.pl = p.last
        elif r < 0.85:
            p.pl = R.choice({"ht": HT_LAST, "es": ES_LAST, "en": EN_LAST}[o])
        else:
            p.pl = p.last + "-" + R.choice(["Roy", "Baptiste", "Moreno", "Hale", "Noël"])
        fem = p.pf in PARENT_FEMALE
        p.rel = (R.choice(["Mother", "Mother", "Grandmother", "Legal Guardian", "Aunt"] if fem else ["Father", "Father", "Legal Guardian"])
                 if p.peds else R.choice((["Spouse", "Sister", "Daughter"] if fem else ["Spouse", "Son", "Brother"]) if p.age >= 45
                                         else (["Spouse", "Sister", "Mother"] if fem else ["Spouse", "Brother", "Father"])))
        p.pphone = rphone()
        p.pemail = "%s.%s%d@%s" % (fold(p.pf).lower().replace(" ", "").replace("-", ""),
                                   fold(p.pl).lower().replace(" ", "").replace("'", ""),
                                   R.randint(1, 99), R.choice(["gmail.com", "yahoo.com", "hotmail.com"]))
        p.pssn = rssn()
    else:
        p.pf = None
    return p


PTS = [make_patient(i) for i in range(36)]


def pick(cond=None):
    c = [p for p in PTS if cond is None or cond(p)]
    return R.choice(c)


def contact(p):
    """(first, last, phone) of the person the hospital calls."""
    if p.pf:
        return p.pf, p.pl, p.pphone
    return p.first, p.last, p.phone


ATT = [("1457392018", "RAMAN", "ANJALI"), ("1730284461", "WHITCOMBE", "THOMAS"),
       ("1962047735", "FERRER", "LUCIA"), ("1285613309", "OSEI", "SAMUEL")]
READERS = ["Raman A", "Whitcombe T", "Ferrer L", "Osei S", "Baptiste K (fellow)", "Lindqvist M (fellow)"]
TECHS = ["rdelgado", "klindqvist", "jmbaye", "tpham", "sgoldstein", "mvaldes"]
PHARM = ["mtorres", "ychen", "bokonkwo"]
WS = ["EMU-ACQ01", "EMU-ACQ02", "EMU-ACQ04", "EMU-REV02", "EMU-REV03", "OP-EEG01", "NEURO-RD07"]
CH = ["Fp1", "Fp2", "F7", "F3", "Fz", "F4", "F8", "T3", "C3", "Cz", "C4", "T4", "T5", "P3",
      "Pz", "P4", "T6", "O1", "O2", "A1", "A2", "EKG", "PG1", "PG2"]


# ================================================================ generators
# Each returns a list of lines (family, bytes, spans).

# ---- Natus / XLTEK NeuroWorks acquisition
def g_natus_noise():
    ws = R.choice(WS)
    msg = R.choice([
        lambda: "[INFO ] Amplifier Quantum S/N QTM-%s fw 3.2.%d connected (USB3, %d Hz, %d ch)" % (
            hexs(6).upper(), R.randint(100, 140), R.choice([256, 512, 1024, 2048]), R.choice([32, 64, 128])),
        lambda: "[INFO ] Impedance check completed: %d/%d electrodes < 10 kOhm, max=%.1f kOhm (%s)" % (
            21, 21, R.uniform(3, 9.9), R.choice(CH[:19])),
        lambda: "[WARN ] Impedance high on %s: %.1f kOhm (limit 10.0) - notify tech" % (R.choice(CH[:19]), R.uniform(10.5, 60)),
        lambda: "[INFO ] Photic stimulator handshake OK (port COM%d, flash energy 0.7 J)" % R.randint(3, 9),
        lambda: "[INFO ] Disk E: free %.1f GB (%d%%), est. recording time remaining %d h" % (
            R.uniform(80, 900), R.randint(10, 85), R.randint(20, 400)),
        lambda: "[DEBUG] Video sync drift %d ms (threshold 40 ms) corrected, cam=%s" % (R.randint(1, 39), R.choice(["IPCAM-1", "IPCAM-2", "AXIS-P3268"])),
        lambda: "[INFO ] Heartbeat to NeuroWorks DB server EEGDB01:1433 OK (rtt %d ms)" % R.randint(1, 20),
        lambda: "[INFO ] Montage 'LB 18.3 Double Banana' loaded, %d derivations" % R.randint(18, 22),
        lambda: "[ERROR] Lost packets from headbox: %d in last 60 s (seq gap %d-%d)" % (
            R.randint(1, 300), R.randint(1000, 5000), R.randint(5001, 9000)),
        lambda: "[INFO ] Auto-segment closed %s_%03d.erd size=%d MB" % (
            "EEG24-%04d" % R.randint(100, 400), R.randint(1, 40), R.randint(200, 1900)),
        lambda: "[INFO ] License server lic01.bayview.local:27000 checkout NW-ACQ seats %d/%d" % (R.randint(3, 12), 12),
    ])()
    return [mk("natus_acq", ts_natus(), " ", ws, " XLTEK.NeuroWorks.Acquisition ", msg)]


def g_natus_phi():
    p = pick()
    ws = R.choice(WS)
    h = ts_natus() + " " + ws + " XLTEK.NeuroWorks.Acquisition "
    v = R.randint(0, 4)
    if v == 0:
        return [mk("natus_acq", h, '[INFO ] Study opened: Patient="', (nm(p.first, p.last, "LF"), "name"),
                   '" PatientID=', (p.mrn, "mrn"), " DOB=", (df(p.dob, "mdy"), "date"),
                   " StudyFile=E:\\Studies\\", p.study, ".erd Mode=", R.choice(["LTM", "Routine", "SleepDeprived", "Ambulatory"]))]
    if v == 1:
        return [mk("natus_acq", h, "[INFO ] New study created for ", (nm(p.first, p.last, "fl"), "name"),
                   " (ID ", (p.mrn, "mrn"), "), referring Dr. L. Ferrer, tech=", R.choice(TECHS),
                   ", bed=", p.bed)]
    if v == 2:
        old = p.dob + dt.timedelta(days=R.choice([-31, 1, 365, -365]))
        return [mk("natus_acq", h, "[AUDIT] Patient info edited by ", R.choice(TECHS), ": PatientID=",
                   (p.mrn, "mrn"), " field=DateOfBirth old=", (df(old, "mdy"), "date"), " new=",
                   (df(p.dob, "mdy"), "date"))]
    if v == 3:
        return [mk("natus_acq", h, "[WARN ] Duplicate patient record: '", (nm(p.first, p.last, "lf"), "name"),
                   "' matches ID ", (p.mrn, "mrn"), " and ID ", (str(int(p.mrn) + R.randint(3, 900)), "mrn"),
                   " - merge required in NeuroWorks Database")]
    f, l, _ = contact(p)
    return [mk("natus_acq", h, "[INFO ] Event note added at ", "%d.%03d" % (R.randint(100, 80000), R.randint(0, 999)),
               " s: \"", p.rel if p.pf else "Patient", " ", (f, "name"),
               " reports ", R.choice(["staring spell", "R hand twitching", "aura - rising epigastric sensation", "head turned L"]),
               "\" by ", R.choice(TECHS))]


# ---- Nihon Kohden EEG-1200
def g_nk_noise():
    msg = R.choice([
        lambda: "[SYS] JE-921A input box connected ch=32 serial=%s fw=03-%02d" % (hexs(8).upper(), R.randint(1, 30)),
        lambda: "[SYS] Electrode impedance: " + " ".join("%s %dk" % (c, R.randint(1, 12)) for c in R.sample(CH[:19], 6)) + " (limit 10k)",
        lambda: "[CAL] Calibration 50uV 10Hz OK, deviation max %.1f%%" % R.uniform(0.1, 2.9),
        lambda: "[NET] Polaris.one server 10.40.8.%d sync complete, %d files, %.1f MB" % (R.randint(2, 250), R.randint(1, 40), R.uniform(1, 900)),
        lambda: "[SYS] Sensitivity 10uV/mm TC 0.3s HF 70Hz AC filter ON",
        lambda: "[ERR] Printer NK-WP01 not responding (code E-0412)",
        lambda: "[SYS] Hyperventilation timer started 180 s",
        lambda: "[SYS] Photic sequence 1-3-5-7-9-11-13-15-17-19-21-23-25-27-29 Hz complete",
    ])()
    return [mk("nk_eeg1200", ts_nk(), " EEG-1200 ", msg)]


def g_nk_phi(elderly=False):
    p = pick(lambda q: q.age > 89) if (elderly or R.random() < 0.3) else pick()
    age_unit = "Y" if p.age >= 2 else "M"
    v = 0 if elderly else R.randint(0, 2)
    if v == 0:
        age_part = (str(p.age), "age") if p.age > 89 else str(p.age)
        return [mk("nk_eeg1200", ts_nk(), " EEG-1200 [PAT] Patient registered ID=", (p.mrn, "mrn"),
                   " Name=", (nm(p.first, p.last, "nk"), "name"), " Birth=", (df(p.dob, "nk"), "date"),
                   " Sex=", p.sex, " Age=", age_part, age_unit, " Comment=",
                   R.choice(["SDEEG", "ROUTINE", "R/O NES", "POST-ICTAL", "AWAKE+DROWSY"]))]
    if v == 1:
        return [mk("nk_eeg1200", ts_nk(), " EEG-1200 [EXP] Export EDF+ D:\\NKT\\EEG2100\\",
                   (nm(p.first, p.last, "path"), "name"), "_", (p.mrn, "mrn"), "\\", p.study,
                   ".EEG -> \\\\EEGNAS02\\edf_export\\", p.study, ".edf OK")]
    return [mk("nk_eeg1200", ts_nk(), " EEG-1200 [PAT] Patient search '", (fold(p.last).upper()[:5], "name"),
               "*' returned 1 match: ID=", (p.mrn, "mrn"), " Birth=", (df(p.dob, "nk"), "date"))]


# ---- EDF+ headers
def g_edf_noise():
    v = R.randint(0, 3)
    f = "%s_%03d.edf" % ("EEG24-%04d" % R.randint(100, 400), R.randint(1, 30))
    if v == 0:
        return [mk("edf_header", "edfhdr file=", f, ' version=0 patient="X X X X" recording="Startdate X X X X" '
                   "startdate=01.01.85 starttime=00.00.00 reserved=EDF+C ndr=%d dur=1 ns=%d  # de-identified research export" % (
                       R.randint(600, 86400), R.randint(20, 40)))]
    if v == 1:
        i = R.randint(0, 37)
        c = R.choice(CH)
        return [mk("edf_header", "edfhdr file=", f, " signal[%d] label='EEG %s-REF' transducer='AgAgCl electrode' "
                   "phys_dim='uV' pmin=-3200 pmax=3200 dmin=-32768 dmax=32767 prefilter='HP:0.1Hz LP:70Hz N:60Hz' spr=%d" % (
                       i, c, R.choice([256, 512])))]
    if v == 2:
        return [mk("edf_header", "edfplus.validate file=", f, " records=%d duration=1.0 signals=%d annotations=%d result=OK (%.2fs)" % (
            R.randint(600, 86400), R.randint(20, 40), R.randint(0, 400), R.uniform(0.1, 4)))]
    return [mk("edf_header", "edfplus.validate file=", f, " result=WARN reason='physical max == physical min for signal %d (Photic)' fixed=true" % R.randint(20, 38))]


def g_edf_phi():
    p = pick()
    f = "%s_%03d.edf" % (p.study, R.randint(1, 30))
    start = dt.datetime.combine(p.admit, dt.time(R.randint(6, 20), R.randint(0, 59), R.randint(0, 59)))
    sexc = p.sex
    return [mk("edf_header", "edfhdr file=", f, ' version=0 patient="', (p.mrn, "mrn"), " ", sexc, " ",
               (df(p.dob, "edf"), "date"), " ", (nm(p.first, p.last, "edf"), "name"), '" recording="Startdate ',
               (df(start.date(), "edf"), "date"), " ", p.study, " ", R.choice(TECHS), " ",
               R.choice(["NK_EEG-1200A", "XLTEK_Quantum", "Natus_Embla", "NK_JE-921A"]), '" startdate=',
               (df(start.date(), "dotted"), "date"), " starttime=", start.strftime("%H.%M.%S"),
               " header_bytes=%d reserved=EDF+C ndr=%d dur=1 ns=%d" % (
                   256 * (R.randint(20, 40) + 1), R.randint(600, 86400), R.randint(20, 40)))]


# ---- EDF+ TAL annotations
TAL_TXT = ["Spike-wave 3Hz generalized", "Sharp wave T3", "Eyes closed", "Eyes open", "HV start",
           "HV end", "Photic 14Hz", "Drowsy", "Stage N2", "Arousal", "Electrode artifact O2",
           "Pushbutton", "Seizure onset - LT rhythmic theta", "Seizure offset", "Clinical: lip smacking",
           "Chewing artifact", "Sleep spindle", "Tech in room", "Lights out", "Ativan given per order"]


def tal(onset, dur, txt):
    return "+%s\\x15%s\\x14%s\\x14\\x00" % (onset, dur, txt) if dur else "+%s\\x14%s\\x14\\x00" % (onset, txt)


def g_tal_noise():
    f = "EEG24-%04d_%03d.edf" % (R.randint(100, 400), R.randint(1, 30))
    on = "%.4f" % R.uniform(0, 86000)
    d = R.choice(["", "", "%.1f" % R.uniform(0.2, 120)])
    return [mk("edf_tal", "TAL ", f, " rec=", str(R.randint(0, 86000)), ' "', tal(on, d, R.choice(TAL_TXT)), '"')]


def g_tal_phi():
    p = pick()
    f = "%s_%03d.edf" % (p.study, R.randint(1, 30))
    on = "%.4f" % R.uniform(0, 3600)
    v = R.randint(0, 2)
    fn, ln, _ = contact(p)
    if v == 0:
        return [mk("edf_tal", "TAL ", f, ' rec=0 "+0.0000\\x14\\x14Pt ID confirmed w/ ',
                   (p.rel.lower() if p.pf else "pt"), " ", (nm(fn, ln, "fl"), "name"), ' DOB ',
                   (df(p.dob, "mdy2"), "date"), '\\x14\\x00"')]
    if v == 1:
        if p.pf:
            return [mk("edf_tal", "TAL ", f, ' rec=', str(int(float(on))), ' "+', on, '\\x14Event: ',
                       (fn, "name"), " pressed button, says ", (p.first, "name"),
                       ' "looked off"\\x14\\x00"')]
        return [mk("edf_tal", "TAL ", f, ' rec=', str(int(float(on))), ' "+', on, '\\x14Event: ',
                   (p.first, "name"), ' pressed button, "felt funny"\\x14\\x00"')]
    return [mk("edf_tal", "TAL ", f, ' rec=', str(int(float(on))), ' "+', on,
               '\\x14Clinical: ', (nm(p.first, p.last, "init"), "name"), " unresponsive to name, R hand automatisms\\x14\\x00\"")]


# ---- Video-EEG recording server (C++ / spdlog)
def g_vrs_noise():
    lvl, cat, msg = R.choice([
        lambda: ("info", "vrs.capture", "[tid %d] cam=%s res=1920x1080 fps=30 codec=h264_nvenc bitrate=%.1fM dropped=%d queue=%d" % (
            R.randint(1000, 9000), R.choice(["EMU01-A", "EMU02-A", "EMU04-B", "PEMU1-A", "OPEEG2-A"]), R.uniform(2, 6), R.randint(0, 3), R.randint(0, 8))),
        lambda: ("debug", "vrs.storage", "segment rolled seg=%04d size=%.2fGiB dur=3600.0s sha1=%s" % (R.randint(1, 200), R.uniform(0.8, 2.1), hexs(40))),
        lambda: ("warning", "vrs.rtsp", "RTSP keepalive timeout rtsp://10.40.12.%d:554/stream1 (retry %d/5)" % (R.randint(2, 250), R.randint(1, 5))),
        lambda: ("info", "vrs.sync", "NTP offset %+.3f ms stratum 2 server=ntp1.bayview.local" % R.uniform(-3, 3)),
        lambda: ("error", "vrs.encoder", "NVENC session limit reached (3/3) on GPU0, falling back to libx264 preset=veryfast"),
        lambda: ("info", "vrs.main", "VideoRecordServer 4.12.%d (build %d, git %s) started, pid=%d" % (R.randint(0, 9), R.randint(2000, 3000), hexs(7), R.randint(1000, 30000))),
        lambda: ("info", "vrs.http", "GET /api/v1/health 200 %dus" % R.randint(80, 900)),
        lambda: ("critical", "vrs.storage", "volume V: free space %.1f%% below 5%% threshold, pausing archive copy" % R.uniform(1, 4.9)),
        lambda: ("info", "vrs.session", "session %s closed bed=%s frames=%d duration=%ds" % (uuid4(), R.choice(["EMU-01", "EMU-03", "PEMU-2"]), R.randint(10000, 2000000), R.randint(600, 86400))),
    ])()
    return [mk("vrs_spdlog", ts_spd(), " [", cat, "] [", lvl, "] ", msg)]


def g_vrs_phi():
    p = pick()
    v = R.randint(0, 2)
    if v == 0:
        return [mk("vrs_spdlog", ts_spd(), " [vrs.storage] [error] fwrite failed path=\"V:\\VEEG\\2024-03\\",
                   (nm(p.first, p.last, "path"), "name"), "_", (p.mrn, "mrn"), "\\cam1_%04d.mkv\" errno=28 (No space left on device)" % R.randint(1, 99))]
    if v == 1:
        return [mk("vrs_spdlog", ts_spd(), " [vrs.session] [info] session start id=", uuid4(), " bed=", p.bed,
                   ' patient="', (nm(p.first, p.last, "lf"), "name"), '" mrn=', (p.mrn, "mrn"), " study=", p.study)]
    return [mk("vrs_spdlog", ts_spd(), " [vrs.overlay] [debug] burn-in text='", (nm(p.first, p.last, "LF"), "name"),
               " ", (df(p.dob, "mdy"), "date"), " ", p.bed, "' font=DejaVuSansMono size=18")]


# ---- rsync / cron / NAS archive
def g_rsync_noise():
    v = R.randint(0, 6)
    if v == 0:
        return [mk("syslog", ts_sys(), " eegarch01 CRON[%d]: (eegsvc) CMD (/opt/eegarch/bin/nightly_sync.sh --target nas02 >> /var/log/eegarch/sync.log 2>&1)" % R.randint(1000, 60000))]
    if v == 1:
        a = R.randint(10 ** 9, 10 ** 11)
        return [mk("rsync", "sent {:,} bytes  received {:,} bytes  {:,.2f} bytes/sec".format(a, R.randint(10 ** 4, 10 ** 7), a / R.randint(300, 4000)))]
    if v == 2:
        return [mk("rsync", "total size is {:,}  speedup is {:.2f}".format(R.randint(10 ** 11, 10 ** 13), R.uniform(1, 80)))]
    if v == 3:
        return [mk("rsync", "rsync error: some files/attrs were not transferred (see previous errors) (code 23) at main.c(1338) [sender=3.2.7]")]
    if v == 4:
        return [mk("syslog", ts_sys(), " nas02 synoscgi_SYNO.Core.Share_1_get[%d]: share.cpp:%d Volume [/volume1] usage %d%%" % (R.randint(1000, 40000), R.randint(100, 900), R.randint(40, 97)))]
    if v == 5:
        return [mk("syslog", ts_sys(), " nas02 img_backup: (%d) [HyperBackup] task [EEG-Archive-Offsite] %s, %.1f TB transferred, version %d" % (
            R.randint(1000, 40000), R.choice(["completed", "partially completed", "started"]), R.uniform(0.1, 3), R.randint(100, 400)))]
    return [mk("syslog", ts_sys(), " eegarch01 archive_job[%d]: job=nightly-veeg-archive run=%d files=%d bytes=%.1fT status=%s elapsed=%dm" % (
        R.randint(1000, 60000), R.randint(1000, 9999), R.randint(50, 900), R.uniform(0.1, 2.5), R.choice(["OK", "OK", "PARTIAL"]), R.randint(20, 400)))]


def g_rsync_phi():
    out = []
    n = R.randint(1, 3)
    for _ in range(n):
        p = pick()
        v = R.randint(0, 2)
        if v == 0:
            out.append(mk("rsync", ">f+++++++++ studies/2024/03/", (nm(p.first, p.last, "path"), "name"), "_",
                          (p.mrn, "mrn"), "/", p.study, "_%03d.erd" % R.randint(1, 30)))
        elif v == 1:
            out.append(mk("rsync", "veeg/2024/03/", (nm(p.first, p.last, "tilde"), "name"), "_", (p.mrn, "mrn"),
                          "/cam1_%04d.mkv" % R.randint(1, 80)))
        else:
            out.append(mk("rsync", 'rsync: [sender] send_files failed to open "/data/veeg/2024/03/',
                          (nm(p.first, p.last, "path"), "name"), "_", (p.mrn, "mrn"),
                          '/.cam2_0007.mkv.partial": Permission denied (13)'))
    return out


# ---- seizure marker events (JSON)
def g_evt_noise():
    v = R.randint(0, 2)
    if v == 0:
        o = {"ts": ts_iso(True), "svc": "emu-events", "type": "MARKER_SYNC", "bed": R.choice(["EMU-01", "EMU-03", "PEMU-2"]),
             "pending": R.randint(0, 4), "lagMs": R.randint(3, 400)}
    elif v == 1:
        o = {"ts": ts_iso(True), "svc": "emu-events", "type": "SEIZURE_MARKER", "study": "EEG24-%04d" % R.randint(100, 400),
             "offsetSec": round(R.uniform(0, 86000), 3), "source": R.choice(["spike_detector", "tech", "nurse"]),
             "traceId": hexs(32), "spanId": hexs(16)}
    else:
        o = {"ts": ts_iso(True), "svc": "emu-events", "level": "warn", "msg": "pushbutton debounce", "bed": R.choice(["EMU-02", "EMU-05"]),
             "presses": R.randint(2, 6), "windowMs": 1500}
    return [mk("seizure_evt_json", json.dumps(o, separators=(",", ":")))]


def g_evt_phi():
    p = pick()
    onset = CL.now - dt.timedelta(minutes=R.randint(1, 600))
    who = R.choice(["mother", "father", "patient", "nurse", "grandmother"]) if p.peds else R.choice(["patient", "spouse", "nurse"])
    v = R.randint(0, 1)
    sem = R.choice(["R arm clonic, unresponsive", "staring 40s", "GTC 90s", "hypermotor from sleep",
                    "mirada fija, no responde", "tèt vire adwat, bra dwat ap tranble"])
    if v == 0:
        return [mk("seizure_evt_json", '{"ts":"', ts_iso(True), '","svc":"emu-events","type":"SEIZURE_MARKER","bed":"', p.bed,
                   '","study":"', p.study, '","mrn":"', (p.mrn, "mrn"), '","onsetLocal":"',
                   (onset.strftime("%m/%d/%Y %H:%M:%S"), "date"), '","source":"pushbutton","pressedBy":"', who,
                   '","semiology":"', sem, '","durationSec":%d}' % R.randint(10, 240))]
    fn, ln, _ = contact(p)
    return [mk("seizure_evt_json", '{"ts":"', ts_iso(True), '","svc":"emu-events","type":"NURSE_EVENT","patientName":"',
               (nm(p.first, p.last, "lf"), "name"), '","onset":"', (onset.strftime("%Y-%m-%dT%H:%M:%S-04:00"), "date"),
               '","witness":"', (nm(fn, ln, "fl"), "name") if who != "nurse" else "RN on duty",
               '","rescueGiven":', R.choice(["true", "false"]), ',"o2Sat":%d}' % R.randint(84, 99))]


# ---- spike detector CSV
def g_spike_noise():
    v = R.randint(0, 3)
    if v == 0:
        return [mk("spike_csv", "%.3f,%s,%.1f,%d,%.2f,C%d" % (R.uniform(0, 86000), R.choice(CH[:19]), R.uniform(-400, -40), R.randint(20, 200), R.uniform(0.5, 0.99), R.randint(1, 6)))]
    if v == 1:
        return [mk("spike_csv", "onset_s,channel,peak_uV,duration_ms,prob,cluster")]
    if v == 2:
        return [mk("spike_csv", "# SpikeDetect 14.2.%d (build %d) input=EEG24-%04d_%03d.edf fs=%d montage=avg sens=%.1f" % (
            R.randint(0, 9), R.randint(2300, 2400), R.randint(100, 400), R.randint(1, 20), R.choice([256, 512]), R.uniform(0.3, 0.9)))]
    return [mk("spike_csv", "# summary spikes=%d rate_per_hr=%.1f dominant=%s seizures_detected=%d false_alarm_est=%.1f/h" % (
        R.randint(0, 2000), R.uniform(0, 90), R.choice(["T3/F7 (L temporal)", "T4/F8 (R temporal)", "generalized", "Fz/Cz"]), R.randint(0, 9), R.uniform(0, 2)))]


def g_spike_phi():
    p = pick()
    out = [mk("spike_csv", "# SpikeDetect 14.2.%d (build %d) input=%s_%03d.edf fs=256 montage=avg sens=0.6" % (
        R.randint(0, 9), R.randint(2300, 2400), p.study, R.randint(1, 20)))]
    sep = R.choice([" | ", "  ", "; "])
    out.append(mk("spike_csv", "# Patient: ", (nm(p.first, p.last, "lf"), "name"), sep, "MRN ", (p.mrn, "mrn"), sep,
                  "DOB ", (df(p.dob, "iso"), "date"), sep, "Recorded ", (df(p.admit, "mdy"), "date")))
    out.append(mk("spike_csv", "onset_s,channel,peak_uV,duration_ms,prob,cluster"))
    for _ in range(R.randint(1, 3)):
        out.append(mk("spike_csv", "%.3f,%s,%.1f,%d,%.2f,C%d" % (R.uniform(0, 86000), R.choice(CH[:19]), R.uniform(-400, -40), R.randint(20, 200), R.uniform(0.5, 0.99), R.randint(1, 6))))
    return out


# ---- reading worklist
def g_wl_noise():
    v = R.randint(0, 2)
    if v == 0:
        return [mk("worklist_pipe", "WORKLIST|priority|study|type|patient|mrn|dob|location|reader|status")]
    if v == 1:
        return [mk("py_logging", ts_py(), " INFO eegsvc.worklist: refresh done unread=%d stat=%d oldest=%dh (%s) reader_pool=%d" % (
            R.randint(0, 40), R.randint(0, 5), R.randint(1, 60), "EEG24-%04d" % R.randint(100, 400), len(READERS)))]
    return [mk("worklist_csv", "study_id,order_type,priority,pt_name,mrn,dob,recorded,reader,status,tat_hours")]


def g_wl_phi(elderly=False):
    p = pick(lambda q: q.age > 89) if (elderly or R.random() < 0.2) else pick()
    v = 2 if elderly else R.randint(0, 2)
    typ = R.choice(["LTM 24h", "vEEG 72h", "Routine", "Sleep-deprived", "Ambulatory 48h", "cEEG ICU"])
    if v == 0:
        return [mk("worklist_pipe", "WL|", R.choice(["STAT", "ROUTINE", "ASAP"]), "|", p.study, "|", typ, "|",
                   (nm(p.first, p.last, "lf"), "name"), "|", (p.mrn, "mrn"), "|", (df(p.dob, "iso"), "date"), "|",
                   p.bed, "|", R.choice(READERS), "|", R.choice(["UNREAD", "PRELIM", "FINAL", "ADDENDUM"]))]
    if v == 1:
        return [mk("worklist_csv", p.study, ",", typ, ",", R.choice(["R", "S"]), ',"', (nm(p.first, p.last, "LF"), "name"),
                   '",', (p.mrn, "mrn"), ",", (df(p.dob, "mdy"), "date"), ",", (df(p.admit, "mdy"), "date"), ",",
                   R.choice(READERS), ",", R.choice(["unread", "prelim", "signed"]), ",%.1f" % R.uniform(0.5, 70))]
    ini = p.first[0] + "." + fold(p.last.split()[-1])[0].upper() + "."
    return [mk("py_logging", ts_py(), " WARNING eegsvc.worklist: reader ", R.choice(READERS),
               " reassigned ", p.study, " (Pt: ", (ini, "name"), ", age ", (str(p.age), "age") if p.age > 89 else str(p.age),
               ") after %dh unread" % R.randint(12, 48))]


# ---- VNS interrogation report
def g_vns_noise():
    return [mk("vns_report", R.choice([
        "VNS Therapy Programming System v12.0.%d - Interrogation Report" % R.randint(0, 5),
        "Normal Mode: Output %.3f mA | Freq %d Hz | PW %d usec | ON %d sec | OFF %.1f min" % (
            R.choice([0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.25]), R.choice([20, 25, 30]), R.choice([130, 250, 500]), R.choice([7, 14, 21, 30]), R.choice([0.8, 1.1, 1.8, 3.0, 5.0])),
        "AutoStim: %.3f mA, PW 250 usec, ON 60 sec; Heartbeat Detection %d%%" % (R.choice([1.25, 1.5, 1.875, 2.0]), R.choice([20, 30, 40, 50, 60])),
        "System Diagnostics: Lead Impedance OK (%d Ohms), Output Current OK, IFI=NO, Battery NEOS=%s" % (R.randint(1000, 4500), R.choice(["NO", "NO", "YES"])),
        "Magnet Mode: Output %.3f mA | PW %d usec | ON %d sec" % (R.choice([1.0, 1.5, 2.0, 2.25]), R.choice([250, 500]), R.choice([30, 60])),
        "Programmer: Handheld Model 3000 S/N 3000-%04d (hospital asset TAG-NEU-%03d), Wand Model 2000" % (R.randint(1, 9999), R.randint(1, 300)),
        "--- end of report --- printed by %s" % R.choice(TECHS + ["nurse_epi1"]),
    ]))]


def g_vns_phi():
    p = pick(lambda q: q.vns)
    out = [mk("vns_report", "VNS Therapy Programming System v12.0.%d - Interrogation Report" % R.randint(0, 5))]
    out.append(mk("vns_report", "Patient: ", (nm(p.first, p.last, "lf"), "name"), "   DOB: ", (df(p.dob, "mdy"), "date"),
                  "   Patient ID: ", (p.mrn, "mrn")))
    model = R.choice(["Model 106 (AspireSR)", "Model 1000 (SenTiva)", "Model 1000-D (SenTiva DUO)", "Model 105 (AspireHC)"])
    out.append(mk("vns_report", "Generator: ", model, "  S/N: ", (p.vns, "device"), "  Implanted: ",
                  (df(p.implant, R.choice(["mdy", "abbr"])), "date")))
    for _ in range(R.randint(1, 3)):
        ln = g_vns_noise()
        if b"Interrogation Report" not in ln[0][1]:
            out.extend(ln)
    return out


# ---- RNS (NeuroPace PDMS) export
def g_rns_noise():
    o = {"exportType": "PDMS_Sync", "status": R.choice(["ok", "ok", "retry"]), "records": R.randint(0, 90),
         "durationMs": R.randint(100, 9000), "clientVersion": "3.%d.%d" % (R.randint(0, 9), R.randint(0, 30)),
         "requestId": uuid4()}
    return [mk("rns_json", json.dumps(o, separators=(",", ":")))]


def g_rns_phi():
    p = pick(lambda q: q.rns)
    li = dt.datetime.combine(TODAY - dt.timedelta(days=R.randint(0, 6)), dt.time(R.randint(7, 22), R.randint(0, 59)))
    return [mk("rns_json", '{"exportType":"PDMS_Interrogation","patient":{"lastName":"', (p.last, "name"),
               '","firstName":"', (p.first, "name"), '","dob":"', (df(p.dob, "iso"), "date"), '","pdmsId":"',
               (p.pdms, "other_id"), '"},"neurostimulator":{"model":"RNS-320","serial":"', (p.rns, "device"),
               '","implantDate":"', (df(p.implant, "iso"), "date"), '"},"lastInterrogation":"',
               (li.strftime("%Y-%m-%dT%H:%M:00Z"), "date"),
               '","counts":{"longEpisodes":%d,"saturations":%d,"magnets":%d,"episodeStarts":%d},"window":"7d"}' % (
                   R.randint(0, 40), R.randint(0, 5), R.randint(0, 9), R.randint(10, 900)))]


# ---- DMV driving-restriction letter (rendered letter, one physical line each)
def g_dmv_phi():
    p = pick(lambda q: q.age >= 16)
    ma = R.random() < 0.2
    out = []
    pre = "letter_svc[%d]: " % R.randint(2000, 9000)
    doc = "DOC-" + hexs(6).upper()
    out.append(mk("dmv_letter", ts_py(), " INFO ", pre, "rendering template DRIVING_RESTRICTION_", "MA" if ma else "FL",
                  " v3 doc=", doc))
    if ma:
        out.append(mk("dmv_letter", "Massachusetts Registry of Motor Vehicles, Medical Affairs Branch, PO Box 55889, Boston, MA 02205-5889"))
        lic = "S" + "%08d" % R.randint(0, 99_999_999)
    else:
        out.append(mk("dmv_letter", "Florida Department of Highway Safety and Motor Vehicles, Medical Review Section, 2900 Apalachee Pkwy MS 86, Tallahassee, FL 32399"))
        lic = p.dl
    out.append(mk("dmv_letter", "RE: Driver: ", (nm(p.first, p.last, R.choice(["fl", "LF"])), "name"), "   DOB: ",
                  (df(p.dob, "mdy"), "date"), "   DL#: ", (lic, "license"),
                  *( ["   Case No. ", ("MR-%d-%06d" % (2024, R.randint(0, 999999)), "other_id")] if R.random() < 0.5 else [])))
    if R.random() < 0.6:
        out.append(mk("dmv_letter", "Driver address: ", (p.street, "address"), ", ", (p.city, "address"), ", FL ",
                      (p.zip, "zip"), "   Phone: ", (ph(p.phone), "phone")))
    title = "Mr." if p.sex == "M" else "Ms."
    d1 = p.admit - dt.timedelta(days=R.randint(5, 40))
    d2 = d1 + dt.timedelta(days=R.randint(2, 5))
    d3 = d1 + dt.timedelta(days=1)
    out.append(mk("dmv_letter", title, " ", (p.last, "name"), " was evaluated in our Epilepsy Monitoring Unit from ",
                  (df(d1, "mdy"), "date"), " to ", (df(d2, "mdy"), "date"), " and had a witnessed ",
                  R.choice(["focal impaired awareness seizure", "generalized tonic-clonic seizure", "focal to bilateral tonic-clonic seizure"]),
                  " on ", (df(d3, "long"), "date"), "."))
    out.append(mk("dmv_letter", R.choice([
        "I have advised the patient not to operate a motor vehicle until seizure-free for the interval required by state guidelines.",
        "The patient was counseled regarding driving restrictions; family members were present and an interpreter was used.",
        "In my opinion the patient is not currently safe to drive. I will reassess at the next clinic visit.",
    ])))
    out.append(mk("dmv_letter", "Sincerely, ", R.choice(["Anjali Raman, MD", "Thomas Whitcombe, MD, PhD", "Lucía Ferrer, MD", "Samuel Osei, DO"]),
                  ", Comprehensive Epilepsy Center, Bayview Neuroscience Institute, tel (305) 555-0140, fax (305) 555-0149"))
    return out


def g_dmv_noise():
    return [mk("dmv_letter", ts_py(), R.choice([
        " INFO letter_svc[%d]: queued %d letters for e-fax via RightFax host rfx01 (cover=EPI_DMV_COVER)" % (R.randint(2000, 9000), R.randint(1, 9)),
        " WARNING letter_svc[%d]: fax to +18506173941 busy, retry 2/3 in 300s job=FX%d" % (R.randint(2000, 9000), R.randint(100000, 999999)),
        " INFO letter_svc[%d]: template DRIVING_RESTRICTION_FL v3 loaded (sha256 %s)" % (R.randint(2000, 9000), hexs(64)),
    ]))]


# ---- HL7 v2 ORM / ORU
def hl7_msh(kind, ctl):
    typ = {"ORM": "ORM^O01^ORM_O01", "ORU": "ORU^R01^ORU_R01", "ADT": "ADT^A01^ADT_A01"}[kind]
    if kind == "ORM":
        snd, rcv = "EPIC|BAYVIEW|NATUS_NW|BAYVIEW_EMU", ""
    else:
        snd, rcv = "NATUS_NW|BAYVIEW_EMU|EPIC|BAYVIEW", ""
    return "MSH|^~\\&|%s|%s||%s|%s|P|2.5.1|||AL|NE" % (snd, ts_hl7(), typ, ctl)


LANGS = {"ht": "CRE^Haitian Creole^HL70296", "es": "SPA^Spanish^HL70296", "en": "ENG^English^HL70296"}


def pid_parts(p, with_ssn):
    parts = ["PID|1||", (p.mrn, "mrn"), "^^^BAYVIEW^MR"]
    if p.payer == "FL MEDICAID" and R.random() < 0.6:
        parts += ["~", (p.plan, "health_plan"), "^^^FLMCD^MA"]
    parts += ["||", (nm(p.first, p.last, "hl7"), "name"), "|"]
    if p.pf and p.peds and R.random() < 0.5:
        parts += [(fold(p.pl).upper(), "name")]
    parts += ["|", (df(p.dob, "hl7"), "date"), "|", p.sex, "|||", (fold(p.street).upper(), "address"), "^^",
              (fold(p.city).upper(), "address"), "^FL^", (p.zip, "zip"), "^USA||", (ph(p.phone, 0), "phone"),
              "^PRN^PH"]
    if R.random() < 0.5:
        parts += ["~^NET^Internet^", (p.email, "email")]
    parts += ["||", LANGS[p.o], "|||", (p.acct, "account"), "|"]
    if with_ssn:
        parts += [(p.ssn, "ssn")]
    return parts


def g_hl7_phi():
    p = pick()
    kind = R.choice(["ORM", "ORM", "ORU"])
    ctl = str(R.randint(1000000, 9999999))
    att = R.choice(ATT)
    placer = "ORD%d" % R.randint(10000000, 99999999)
    filler = p.study
    out = [mk("mirth_log", ts_py(), " INFO  [", "EEG_ORM_IN" if kind == "ORM" else "EEG_ORU_OUT", "] ",
              "Received" if kind == "ORM" else "Sending", " ", kind, "^", "O01" if kind == "ORM" else "R01",
              " control_id=", ctl, " (%d bytes) channel_id=%s" % (R.randint(900, 4000), uuid4()))]
    out.append(mk("hl7_v2", hl7_msh(kind, ctl)))
    out.append(mk("hl7_v2", *pid_parts(p, R.random() < 0.4)))
    if p.pf and R.random() < 0.7:
        out.append(mk("hl7_v2", "NK1|1|", (nm(p.pf, p.pl, "hl7"), "name"), "|",
                      {"Mother": "MTH^Mother", "Father": "FTH^Father", "Grandmother": "GRM^Grandmother",
                       "Legal Guardian": "GRD^Guardian", "Aunt": "OTH^Aunt", "Spouse": "SPO^Spouse",
                       "Sister": "SIS^Sister", "Son": "CHD^Child", "Daughter": "CHD^Child", "Brother": "BRO^Brother"}[p.rel],
                      "^HL70063||", (ph(p.pphone, R.choice([0, 1, 2])), "phone"), "||EC^Emergency Contact^HL70131"))
    inpat = p.bed.startswith(("EMU", "PEMU"))
    admit = dt.datetime.combine(p.admit, dt.time(R.randint(6, 18), R.randint(0, 59)))
    out.append(mk("hl7_v2", "PV1|1|", "I" if inpat else "O", "|",
                  "%s^%s^A^BAYVIEW" % (p.bed.split("-")[0], p.bed.split("-")[1]) if "-" in p.bed else p.bed,
                  "|E|||%s^%s^%s^^^^MD|||NEU||||7|||%s^%s^%s^^^^MD|%s|" % (att + att + ("IP" if inpat else "OP",)),
                  (p.csn, "other_id"), "|", "MCD" if p.payer == "FL MEDICAID" else "COM", "|" * 24,
                  (admit.strftime("%Y%m%d%H%M"), "date")))
    if R.random() < 0.4:
        out.append(mk("hl7_v2", "IN1|1|", {"FL MEDICAID": "SUNSHINE^Sunshine Health", "MEDICARE": "MCR^Medicare Part B", "FLORIDA BLUE": "FLBLUE^Florida Blue",
                                            "AETNA": "AETNA^Aetna", "CIGNA": "CIGNA^Cigna", "UNITEDHEALTHCARE": "UHC^UnitedHealthcare",
                                            "AMBETTER": "AMB^Ambetter"}[p.payer],
                      "|%d|" % R.randint(10000, 99999), p.payer, "|" * 12,
                      (nm(p.pf, p.pl, "hl7") if (p.pf and p.peds) else nm(p.first, p.last, "hl7"), "name"), "|",
                      "SEL" if not (p.pf and p.peds) else "PAR", "|" * 19, (p.plan, "health_plan")))
    out.append(mk("hl7_v2", "ORC|", "NW" if kind == "ORM" else "RE", "|", placer, "^EPIC|", filler, "^NATUS||",
                  "SC" if kind == "ORM" else "CM", "||||", ts_hl7(), "|", R.choice(TECHS).upper(), "^^^^^^^^EPIC||%s^%s^%s^^^^MD" % att))
    svc = R.choice(["95720^EEG W/VIDEO CONT REC EA 24H^CPT4", "95816^EEG AWAKE AND DROWSY^CPT4",
                    "95819^EEG AWAKE AND ASLEEP^CPT4", "95822^EEG COMA OR SLEEP ONLY^CPT4", "95700^EEG CONT REC SET UP^CPT4"])
    obs = dt.datetime.combine(p.admit, dt.time(R.randint(6, 20), R.randint(0, 59)))
    out.append(mk("hl7_v2", "OBR|1|", placer, "^EPIC|", filler, "^NATUS|", svc, "|R||", (obs.strftime("%Y%m%d%H%M"), "date"),
                  "|||||||||%s^%s^%s^^^^MD||||||||EEG|%s" % (att + (("F" if kind == "ORU" else ""),))))
    if kind == "ORM":
        out.append(mk("hl7_v2", "DG1|1||", R.choice(["G40.209^Localization-related epilepsy, complex partial, not intractable^I10",
                                                      "R56.9^Unspecified convulsions^I10", "G40.311^Generalized idiopathic epilepsy, intractable, w status^I10",
                                                      "F44.5^Conversion disorder with seizures^I10"]), "||A"))
        out.append(mk("hl7_v2", "NTE|1||", R.choice(["Sleep-deprive night before; no caffeine. Hold AM dose of clobazam per Dr Ferrer.",
                                                      "Family speaks Haitian Creole - interpreter needed for hookup.",
                                                      "Necesita intérprete de español. Rescue: Valtoco 10 mg IN if seizure > 5 min.",
                                                      "Taper LEV 500 mg q day starting day 2 per EMU protocol."])))
    else:
        out.append(mk("hl7_v2", "OBX|1|FT|EEGIMP^EEG Impression^L||", R.choice([
            "Abnormal video-EEG due to frequent left temporal sharp waves and 3 electroclinical seizures of left temporal onset.",
            "Normal awake and asleep EEG. A normal EEG does not exclude epilepsy.",
            "Typical events captured without EEG correlate, consistent with functional seizures."]), "||||||F"))
        if R.random() < 0.6:
            out.append(mk("hl7_v2", "OBX|2|FT|EEGHX^History^L||", (R.choice(["pt", "Pt", "patient"])), " ",
                          (nm(p.first, p.last, "fl"), "name"), " is a ", str(p.age) if p.age <= 89 else "",
                          *( [(str(p.age), "age")] if p.age > 89 else []), "-year-old ",
                          "right-handed ", "girl" if (p.sex == "F" and p.peds) else ("boy" if p.peds else ("woman" if p.sex == "F" else "man")),
                          " admitted ", (df(p.admit, "mdy"), "date"), " for characterization of events.||||||F"))
    return out


def g_hl7_noise():
    v = R.randint(0, 3)
    if v == 0:
        return [mk("hl7_v2", "MSA|AA|%d|Message accepted" % R.randint(1000000, 9999999))]
    if v == 1:
        return [mk("mirth_log", ts_py(), " INFO  [EEG_ORM_IN] ACK sent control_id=%d latency=%dms" % (R.randint(1000000, 9999999), R.randint(2, 300)))]
    if v == 2:
        return [mk("mirth_log", ts_py(), " ERROR [EEG_ORU_OUT] Connection refused to epic-intf02.bayview.local:6661, queued=%d, retry in 30s" % R.randint(1, 80))]
    return [mk("mirth_log", ts_py(), " INFO  [Server] Channel EEG_ORM_IN statistics received=%d filtered=%d sent=%d errored=%d" % (R.randint(100, 9000), R.randint(0, 40), R.randint(100, 9000), R.randint(0, 5)))]


# ---- Python services (logging + tracebacks)
def g_py_noise():
    return [mk("py_logging", ts_py(), R.choice([
        " INFO eegsvc.worklist_sync: pulled %d ORM messages from mirth queue in %.2fs" % (R.randint(0, 30), R.uniform(0.01, 2)),
        " DEBUG urllib3.connectionpool: https://pdms.neuropace.example:443 \"POST /api/v3/sync HTTP/1.1\" 200 %d" % R.randint(100, 9000),
        " INFO uvicorn.access: 10.40.0.%d:%d - \"GET /healthz HTTP/1.1\" 200" % (R.randint(2, 40), R.randint(30000, 65000)),
        " WARNING eegsvc.storage: NAS mount /mnt/eegnas02 latency %dms above 250ms" % R.randint(251, 3000),
        " INFO celery.worker.strategy: Task eegsvc.tasks.transcode_segment[%s] received" % uuid4(),
        " INFO celery.app.trace: Task eegsvc.tasks.transcode_segment[%s] succeeded in %.3fs: None" % (uuid4(), R.uniform(1, 400)),
        " ERROR eegsvc.spikes: detector exited rc=%d stderr='CUDA out of memory' study=EEG24-%04d" % (R.choice([1, 137]), R.randint(100, 400)),
        " INFO sqlalchemy.engine.Engine: SELECT worklist.id, worklist.status FROM worklist WHERE worklist.status = %(status_1)s",
        " INFO eegsvc.config: loaded /etc/eegsvc/config.yaml env=prod hl7_port=6661 nas=eegnas02 retention_days=2555",
    ]))]


def g_py_phi():
    p = pick()
    v = R.randint(0, 4)
    if v == 0:
        return [mk("py_logging", ts_py(), " WARNING eegsvc.mpi: fuzzy match score=%.2f for '" % R.uniform(0.7, 0.9),
                   (nm(fold(p.first), fold(p.last), "lf"), "name"), "' dob=", (df(p.dob, "iso"), "date"), " -> mrn ",
                   (p.mrn, "mrn"), " (manual review queued)")]
    if v == 1:
        return [mk("py_logging", ts_py(), " ERROR eegsvc.hl7_router: unparseable message, raw='", hl7_msh("ORM", str(R.randint(1000000, 9999999))),
                   "\\rPID|1||", (p.mrn, "mrn"), "^^^BAYVIEW^MR||", (nm(p.first, p.last, "hl7"), "name"), "||",
                   (df(p.dob, "hl7"), "date"), "|", p.sex, "\\rPV1|1|O|OPEEG^^^BAYVIEW\\r' error=\"PV1-19 missing\"")]
    if v == 2:
        return [mk("py_logging", ts_py(), " INFO eegsvc.notify: sms queued to=", (ph(contact(p)[2], 3), "phone"),
                   " template=EMU_ADMIT_", p.o.upper(), " patient_id=", (p.mrn, "mrn"))]
    if v == 3:
        card = luhn_complete(R.choice(["4", "51", "52", "6011"]), 16)
        return [mk("py_logging", ts_py(), " ERROR payments.gateway: decline code=05 card=", (card, "account"),
                   " exp=%02d/%02d" % (R.randint(1, 12), R.randint(25, 30)), " pt_acct=", (p.acct, "account"),
                   " amount=%.2f copay=EEG_OUTPT" % R.choice([25, 40, 50, 75.5]))]
    p = pick(lambda q: q.pf)
    return [mk("py_logging", ts_py(), " INFO eegsvc.portal: proxy access granted guardian=",
                   (nm(*contact(p)[:2], "fl"), "name"), " <", (p.pemail if p.pf else p.email, "email"), "> to mrn=",
                   (p.mrn, "mrn"))]


def g_tb_phi():
    p = pick()
    bad = "%04d-02-30" % p.dob.year
    return [
        mk("py_traceback", ts_py(), " ERROR eegsvc.worklist_sync: failed to upsert order"),
        mk("py_traceback", "Traceback (most recent call last):"),
        mk("py_traceback", '  File "/opt/eegsvc/lib/python3.11/site-packages/eegsvc/worklist/sync.py", line %d, in upsert_order' % R.randint(100, 400)),
        mk("py_traceback", "    dob = parse_hl7_date(pid[7])"),
        mk("py_traceback", '  File "/opt/eegsvc/lib/python3.11/site-packages/eegsvc/hl7util.py", line %d, in parse_hl7_date' % R.randint(20, 90)),
        mk("py_traceback", "    return datetime.strptime(s, \"%Y%m%d\").date()"),
        mk("py_traceback", "ValueError: invalid DOB '", (bad, "date"), "' for mrn ", (p.mrn, "mrn"), " (",
           (nm(p.first, p.last, "LF"), "name"), ")"),
    ]


def g_tb_noise():
    return [
        mk("py_traceback", ts_py(), " ERROR eegsvc.tasks: transcode failed"),
        mk("py_traceback", "Traceback (most recent call last):"),
        mk("py_traceback", '  File "/opt/eegsvc/lib/python3.11/site-packages/celery/app/trace.py", line 477, in trace_task'),
        mk("py_traceback", '  File "/opt/eegsvc/lib/python3.11/site-packages/eegsvc/tasks.py", line %d, in transcode_segment' % R.randint(40, 300)),
        mk("py_traceback", "subprocess.CalledProcessError: Command '['ffmpeg', '-y', '-i', '/tmp/seg_%s.mkv', '-c:v', 'libx265']' returned non-zero exit status 1." % hexs(8)),
    ]


# ---- Windows event logs
def g_win_noise():
    v = R.randint(0, 2)
    if v == 0:
        o = {"@timestamp": ts_iso(True), "event": {"code": R.choice(["4624", "4625", "4634"]), "provider": "Microsoft-Windows-Security-Auditing"},
             "winlog": {"channel": "Security", "computer_name": R.choice(WS) + ".bayview.local",
                        "event_data": {"TargetUserName": R.choice(TECHS), "TargetDomainName": "BAYVIEW", "LogonType": R.choice(["2", "3", "10"]),
                                       "IpAddress": "10.40.12.%d" % R.randint(2, 250)}}, "agent": {"type": "winlogbeat", "version": "8.12.2"}}
        return [mk("winlogbeat_json", json.dumps(o, separators=(",", ":")))]
    if v == 1:
        return [mk("win_evt_text", "Log Name: Application | Source: Application Error | Event ID: 1000 | Level: Error | Computer: ",
                   R.choice(WS), " | Description: Faulting application name: NeuroWorks.exe, version: 9.3.1.%d, faulting module name: ntdll.dll, exception code: 0xc0000374" % R.randint(1000, 1200))]
    return [mk("win_evt_text", "Log Name: System | Source: disk | Event ID: 153 | Level: Warning | Computer: ", R.choice(WS),
               " | Description: The IO operation at logical block address 0x%s for Disk 1 (PDO name: \\Device\\00000034) was retried." % hexs(7))]


def g_win_phi():
    p = pick()
    v = R.randint(0, 1)
    if v == 0:
        return [mk("win_evt_text", "Log Name: Application | Source: NeuroWorks Database | Event ID: 3005 | Level: Warning | Computer: ",
                   R.choice(WS), " | Description: Study lock conflict on \\\\EEGNAS02\\Studies\\2024\\",
                   (nm(p.first, p.last, "tilde"), "name"), "_", (p.mrn, "mrn"), "\\", p.study, ".erd held by ", R.choice(WS))]
    t = CL.now + dt.timedelta(hours=4)
    return [mk("win_evt_xml", "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='NKPolaris.StudyService'/>"
               "<EventID Qualifiers='0'>2011</EventID><Level>3</Level><TimeCreated SystemTime='", t.strftime("%Y-%m-%dT%H:%M:%S.") + "%07dZ" % R.randint(0, 9999999),
               "'/><Computer>", R.choice(WS), ".bayview.local</Computer></System><EventData><Data>Study import warning: PatientID mismatch</Data><Data>",
               (p.mrn, "mrn"), "</Data><Data>", (nm(p.first, p.last, "nk"), "name"), "</Data><Data>",
               (df(p.dob, "nk"), "date"), "</Data></EventData></Event>")]


# ---- rescue medication orders
RESCUE = [("diazepam rectal gel (Diastat AcuDial)", "PR"), ("diazepam nasal spray (Valtoco)", "IN"),
          ("midazolam nasal spray (Nayzilam) 5 mg/0.1 mL", "IN"), ("lorazepam 2 mg/mL inj", "IV"),
          ("midazolam 5 mg/mL buccal/intranasal (compounded)", "BUCCAL")]


def g_rx_phi():
    p = pick()
    drug, route = R.choice(RESCUE)
    dose = R.choice(["5 mg", "7.5 mg", "10 mg", "15 mg", "0.1 mg/kg", "0.2 mg/kg"])
    v = R.randint(0, 2)
    if v == 0:
        return [mk("rx_order", "RX-VERIFY ", CL.now.strftime("%Y-%m-%d %H:%M"), " order=ORD%d pt=\"" % R.randint(50000000, 59999999),
                   (nm(p.first, p.last, "lf"), "name"), "\" mrn=", (p.mrn, "mrn"), " wt_kg=%.1f drug=\"%s\" dose=%s route=%s sig=\"once PRN seizure >5 min or cluster >=3/1h, may repeat x1 in 4h\" disp=2 refills=1 prescriber=\"FERRER, LUCIA MD\" status=VERIFIED by %s" % (
                       p.wt, drug, dose, route, R.choice(PHARM)))]
    if v == 1:
        return [mk("rx_order", "ORDER NEW|", CL.now.strftime("%m/%d/%Y %H:%M"), "|", (nm(p.first, p.last, "LF"), "name"), "|",
                   (df(p.dob, "mdy"), "date"), "|", (p.mrn, "mrn"), "|", drug, "|", dose, "|", route, "|PRN seizure|Seizure Action Plan given to ",
                   (p.rel.lower() if p.pf else "patient"), " in ", {"ht": "Kreyòl", "es": "Español", "en": "English"}[p.o])]
    fn, ln, ph_ = contact(p)
    return [mk("rx_order", "HOME-RESCUE-PLAN ", p.study, " Plan de acción: " if p.o == "es" else (" Plan aksyon: " if p.o == "ht" else " Action plan: "),
               (nm(p.first, p.last, "fl"), "name"), " — ", drug, " ", dose, " ", route,
               "; contacto: " if p.o == "es" else ("; kontak: " if p.o == "ht" else "; contact: "),
               *([(nm(fn, ln, "fl"), "name"), " "] if p.pf else ["tel. "]), (ph(ph_), "phone"))]


def g_rx_noise():
    return [mk("rx_order", R.choice([
        "FORMULARY midazolam nasal 5 mg/0.1 mL (Nayzilam) NDC 70842-0120-01 status=ACTIVE restrict=NEURO",
        "FORMULARY diazepam nasal 10 mg (Valtoco) NDC 72252-0510-02 status=ACTIVE",
        "PYXIS station=EMU-PYX1 item=lorazepam 2mg/mL inj count=%d par=10 restock=%s" % (R.randint(2, 10), R.choice(["queued", "none"])),
        "PYXIS station=PEMU-PYX2 discrepancy resolved item=midazolam 5mg/mL by %s witness %s" % (R.choice(PHARM), R.choice(TECHS)),
        "Instrucciones de rescate: si la convulsión dura más de 5 minutos, administre la dosis indicada y llame al 911.",
        "Enstriksyon: si kriz la dire plis pase 5 minit, bay medikaman an epi rele 911.",
    ]))]


# ---- portal messages / call notes (Spanish, Haitian Creole)
def g_msg_phi():
    p = pick(lambda q: q.o in ("ht", "es") or R.random() < 0.3)
    fn, ln, phn = contact(p)
    mid = str(R.randint(80000000, 89999999))
    ev = TODAY - dt.timedelta(days=R.randint(0, 10))
    if p.o == "ht":
        v = R.randint(0, 2)
        if v == 0 and not p.pf:
            return [mk("portal_msg", "[MyChart msg ", mid, "] From: ", (nm(fn, ln, "fl"), "name"), " Lang: hat | \"Bonjou doktè, mwen te fè 2 kriz yè swa. ",
                       "Èske m dwe double dòz Keppra a? Nimewo m se ", (ph(phn), "phone"), ".\"")]
        if v == 0:
            return [mk("portal_msg", "[MyChart msg ", mid, "] From: ", (nm(fn, ln, "fl"), "name"), " (proxy) Lang: hat | \"Bonjou doktè, ",
                       (p.first, "name"), " te fè 2 kriz yè swa, youn te dire anviwon 4 minit. Nou te bay Valtoco a. Tanpri rele m nan ",
                       (ph(phn), "phone"), ".\"")]
        if v == 1:
            if p.pf:
                return [mk("portal_msg", "[MyChart msg ", mid, "] From: ", (nm(fn, ln, "lf"), "name"), " | \"Mwen se ",
                           "manman" if p.pf in PARENT_FEMALE else "papa", " ", (p.first, "name"),
                           ". Èske li ka manje anvan EEG a? Randevou a se ", (df(p.appt, "ht"), "date"), ".\"")]
            return [mk("portal_msg", "[MyChart msg ", mid, "] From: ", (nm(fn, ln, "lf"), "name"),
                       " | \"Èske m ka pran medikaman m anvan EEG a? Randevou a se ", (df(p.appt, "ht"), "date"), ".\"")]
        return [mk("portal_msg", "CALL NOTE (interpreter #%d, kreyòl): Spoke w/ " % R.randint(1000, 9999), (nm(fn, ln, "fl"), "name"),
                   *([" re ", (p.first, "name")] if p.pf else [" (pt)"]), "; seizure ", (df(ev, "short"), "date"),
                   ", pa t gen lafyèv. Video shared: ", ("https://drive.google.com/file/d/1%s/view" % hexs(24), "url"))]
    if p.o == "es":
        v = R.randint(0, 2)
        if v == 0 and not p.pf:
            return [mk("portal_msg", "[MyChart msg ", mid, "] De: ", (nm(fn, ln, "fl"), "name"), " | \"Hola, tuve otra convulsión el ",
                       (df(ev, "dmy"), "date"), ", duró como 2 minutos. ¿Puedo manejar al trabajo? Mi número es ", (ph(phn), "phone"), "\"")]
        if v == 0:
            return [mk("portal_msg", "[MyChart msg ", mid, "] De: ", (nm(fn, ln, "fl"), "name"), " | \"Hola, soy ",
                       ("la mamá" if p.pf in PARENT_FEMALE else "el papá") if (p.pf and p.peds) else "familiar", " de ",
                       (p.first, "name"), ". Tuvo una convulsión hoy a las 6 de la mañana, duró como 3 minutos. ¿Debemos ir a emergencias? Mi número es ",
                       (ph(phn), "phone"), "\"")]
        if v == 1:
            return [mk("portal_msg", "Nota de llamada (intérprete #%d, español): %s " % (R.randint(1000, 9999), "Sra." if (fn in PARENT_FEMALE or fn in FEMALE) else "Sr."), (nm(fn, ln, "fl"), "name"),
                       " confirma cita de EEG con privación de sueño el ", (df(p.appt, R.choice(["dmy", "es"])), "date"),
                       " a las 7:30; correo ", (p.pemail if p.pf else p.email, "email"))]
        return [mk("portal_msg", "[MyChart msg ", mid, "] De: ", (nm(fn, ln, "lf"), "name"), " | \"",
                   *([(p.first, "name"), " no durmió"] if p.pf else ["No dormí"]), " anoche para el estudio. Dirección nueva: ", (p.street, "address"), ", ",
                   (p.city, "address"), " FL ", (p.zip, "zip"), "\"")]
    return [mk("portal_msg", "[MyChart msg ", mid, "] From: ", (nm(fn, ln, "fl"), "name"), " | \"",
               *([(p.first, "name"), " had"] if p.pf else ["I had"]), " another cluster on ", (df(ev, "long"), "date"),
               ". Here is the video: ", ("https://youtu.be/%s" % "".join(R.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-") for _ in range(11)), "url"),
               " - can Dr. Osei look before the EMU admission?\"")]


def g_msg_noise():
    return [mk("portal_msg", R.choice([
        "Interpreter session closed: lang=hat vendor=LanguageLine modality=VRI minutes=%d interpreter_id=%d cost_center=EEG-7102" % (R.randint(5, 60), R.randint(1000, 9999)),
        "Interpreter session closed: lang=spa vendor=Stratus modality=OPI minutes=%d interpreter_id=%d cost_center=EEG-7102" % (R.randint(5, 60), R.randint(1000, 9999)),
        "Instrucciones EEG con privación de sueño: dormir solo 4 horas la noche anterior; no tomar café ni refrescos con cafeína; lavar el cabello sin acondicionador.",
        "Enstriksyon EEG: pa kite pitit la dòmi plis pase 4 èdtan nwit anvan egzamen an. Lave cheve l san lwil.",
        "Questions? Call the EEG Lab at (305) 555-0140 Mon-Fri 7am-5pm or email eeglab@bayviewneuro.org",
        "[MyChart] template EEG_PREP_SDEEG_%s published by portal_admin v%d" % (R.choice(["EN", "ES", "HT"]), R.randint(2, 9)),
    ]))]


# ---- insurance eligibility for outpatient EEG (X12 271 summary logged by a Python service)
def g_elig_phi():
    p = pick()
    sub_f, sub_l = (p.pf, p.pl) if (p.pf and p.peds and p.payer not in ("FL MEDICAID", "MEDICARE")) else (p.first, p.last)
    v = R.randint(0, 1)
    if v == 0:
        return [mk("py_logging", ts_py(), " INFO eegsvc.eligibility: 271 payer=", p.payer.replace(" ", "_"), " member_id=",
                   (p.plan, "health_plan"), " subscriber=\"", (nm(sub_f, sub_l, "LF"), "name"), "\" patient_dob=",
                   (df(p.dob, "hl7"), "date"), " cpt=95819 status=ACTIVE copay=%d trace=%s" % (R.choice([0, 25, 40, 60]), hexs(12).upper()))]
    parts = ["registration|", (p.mrn, "mrn"), "|", (nm(p.first, p.last, "lf"), "name"), "|", (df(p.dob, "mdy"), "date"), "|",
             (p.street, "address"), "|", (p.city, "address"), "|FL|", (p.zip, "zip"), "|", (ph(p.phone), "phone"), "|",
             p.payer, "|", (p.plan, "health_plan"), "|"]
    if p.pf and p.peds:
        parts += ["guarantor=", (nm(p.pf, p.pl, "lf"), "name"), "|gssn=", (p.pssn, "ssn")]
    else:
        parts += ["guarantor=SELF|gssn=", (p.ssn, "ssn")]
    return [mk("reg_pipe", *parts)]


def g_elig_noise():
    return [mk("py_logging", ts_py(), R.choice([
        " INFO eegsvc.eligibility: 270 batch sent to clearinghouse availity count=%d isa13=%09d" % (R.randint(3, 60), R.randint(0, 999999999)),
        " WARNING eegsvc.eligibility: AAA*Y**42*R (unable to respond at current time) payer=FL_MEDICAID retry=%d" % R.randint(1, 3),
    ]))]


# ---- access audit CSV
def g_audit_phi():
    p = pick()
    u = R.choice(TECHS + READERS[:0] + ["araman", "twhitcombe", "lferrer", "sosei", "kbaptiste"])
    return [mk("audit_csv", ts_iso(), ",AUDIT,", u, ",", R.choice(["STUDY_VIEW", "REPORT_SIGN", "VIDEO_EXPORT", "CHART_OPEN", "PRINT"]),
               ",pt=", (p.mrn, "mrn"), ",study=", p.study, ",ws=", R.choice(WS), ",ip=10.40.12.%d,result=OK" % R.randint(2, 250))]


def g_audit_noise():
    return [mk("audit_csv", ts_iso(), ",AUDIT,", R.choice(["svc_archive", "svc_mirth", "svc_spikes"]), ",",
               R.choice(["JOB_RUN", "LOGIN", "CONFIG_READ"]), ",job=%s,ws=%s,ip=10.40.8.%d,result=%s" % (
                   R.choice(["nightly-veeg-archive", "hl7-listener", "spike-batch"]), R.choice(["eegarch01", "mirth01", "gpu02"]), R.randint(2, 250), R.choice(["OK", "OK", "DENIED"])))]


# ---- nginx portal access log
UA = ['"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1"',
      '"Mozilla/5.0 (Linux; Android 14; SM-A546U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Mobile Safari/537.36"',
      '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0"']


def g_nginx_phi():
    p = pick()
    path = R.choice(["/portal/api/v2/eeg/appointments", "/portal/api/v2/messages/send", "/portal/api/v2/rescue-plan/pdf",
                     "/portal/api/v2/eeg/instructions?lang=" + p.o])
    return [mk("nginx_access", (p.ip, "ip"), " - ", (p.user, "other_id"), " ", ts_nginx(), ' "', R.choice(["GET", "POST"]),
               " ", path, ' HTTP/2.0" 200 %d "https://portal.bayviewneuro.org/" ' % R.randint(200, 90000), R.choice(UA),
               " rt=%.3f" % R.uniform(0.005, 1.2))]


def g_nginx_noise():
    return [mk("nginx_access", "10.40.0.%d - - " % R.randint(2, 20), ts_nginx(), ' "GET ', R.choice(["/healthz", "/readyz", "/metrics"]),
               ' HTTP/1.1" 200 %d "-" "kube-probe/1.27" rt=0.00%d' % (R.randint(2, 900), R.randint(1, 9)))]


# ---- SMS reminders for outpatient / sleep-deprived EEG
def g_sms_phi():
    p = pick()
    fn, ln, phn = contact(p)
    appt = dt.datetime.combine(p.appt, dt.time(R.choice([7, 8, 9, 13]), R.choice([0, 30])))
    return [mk("sms_reminder", ts_py(), " INFO reminders.twilio: to=", (ph(phn, 3), "phone"), " template=SDEEG_PREP_",
               {"ht": "HT", "es": "ES", "en": "EN"}[p.o], " appt=", (appt.strftime("%Y-%m-%dT%H:%M"), "date"),
               " recipient=\"", (nm(fn, ln, "fl"), "name"), "\" status=queued sid=SM", hexs(32))]


def g_sms_noise():
    return [mk("sms_reminder", ts_py(), " INFO reminders.twilio: batch complete queued=%d failed=%d (21614 invalid number) elapsed=%.1fs from=+13055550140" % (
        R.randint(5, 60), R.randint(0, 3), R.uniform(0.5, 9)))]


# ---- BLE wearable gateway (patient-worn seizure detector)
def g_ble_phi():
    p = pick()
    return [mk("ble_gateway", ts_spd(), " [blegw] [info] paired wearable model=EmbracePlus sn=", (p.wearable_sn, "device"),
               " mac=", (p.mac, "device"), " bed=", p.bed, " mrn=", (p.mrn, "mrn"), " rssi=-%d" % R.randint(40, 90))]


def g_ble_noise():
    return [mk("ble_gateway", ts_spd(), " [blegw] [info] scan window complete adv=%d connected=%d gw=BLEGW-EMU-%02d fw=2.%d.%d" % (
        R.randint(0, 60), R.randint(0, 6), R.randint(1, 4), R.randint(0, 9), R.randint(0, 30)))]


# ---- check-in photo
def g_photo_phi():
    p = pick()
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(R.randint(0, 255) for _ in range(150))
    b64 = base64.b64encode(raw).decode()
    return [mk("checkin_json", '{"evt":"PATIENT_PHOTO_CAPTURED","kiosk":"OPEEG-KIOSK2","mrn":"', (p.mrn, "mrn"),
               '","photo":"data:image/jpeg;base64,', (b64, "photo"), '","w":96,"h":96,"truncated":true}')]


# ---- metrics / systemd
def g_metrics_noise():
    t = R.choice([
        'nas_volume_used_bytes{vol="eeg_archive",host="nas02"} %.3e' % R.uniform(1e13, 9e13),
        'vrs_frames_dropped_total{bed="%s"} %d' % (R.choice(["EMU-01", "EMU-04", "PEMU-2"]), R.randint(0, 5000)),
        'eeg_worklist_unread{priority="stat"} %d' % R.randint(0, 6),
        'hl7_messages_total{channel="EEG_ORM_IN",status="ok"} %d' % R.randint(1000, 90000),
        ts_sys() + " eegarch01 systemd[1]: Started eegsvc-worklist.service - EEG worklist sync.",
        ts_sys() + " eegarch01 systemd[1]: eegsvc-spikes.service: Main process exited, code=killed, status=9/KILL",
        ts_sys() + " vrs01 kernel: [%d.%06d] nfs: server eegnas02 not responding, still trying" % (R.randint(1000, 900000), R.randint(0, 999999)),
    ])
    return [mk("syslog" if t.startswith("Mar") else "prom_metrics", t)]


NOISE_GENS = [(g_natus_noise, 8), (g_nk_noise, 6), (g_edf_noise, 5), (g_tal_noise, 6), (g_vrs_noise, 8),
              (g_rsync_noise, 8), (g_evt_noise, 5), (g_spike_noise, 6), (g_wl_noise, 3), (g_vns_noise, 3),
              (g_rns_noise, 3), (g_dmv_noise, 2), (g_hl7_noise, 5), (g_py_noise, 8), (g_tb_noise, 1),
              (g_win_noise, 6), (g_rx_noise, 4), (g_msg_noise, 4), (g_audit_noise, 4), (g_nginx_noise, 4),
              (g_sms_noise, 2), (g_ble_noise, 2), (g_metrics_noise, 6), (g_elig_noise, 2)]
PHI_GENS = [(g_natus_phi, 6), (g_nk_phi, 5), (g_edf_phi, 5), (g_tal_phi, 4), (g_vrs_phi, 5), (g_rsync_phi, 4),
            (g_evt_phi, 5), (g_spike_phi, 2), (g_wl_phi, 6), (g_vns_phi, 2), (g_rns_phi, 3), (g_dmv_phi, 1),
            (g_hl7_phi, 1.5), (g_py_phi, 6), (g_tb_phi, 1), (g_win_phi, 4), (g_rx_phi, 5), (g_msg_phi, 7),
            (g_audit_phi, 4), (g_nginx_phi, 4), (g_sms_phi, 4), (g_ble_phi, 2), (g_photo_phi, 0.6), (g_elig_phi, 3)]


def wchoice(gens):
    tot = sum(w for _, w in gens)
    x = R.uniform(0, tot)
    for g, w in gens:
        x -= w
        if x <= 0:
            return g
    return gens[-1][0]


REQUIRED = ([g_dmv_phi] * 3 + [g_hl7_phi] * 3 + [g_rns_phi] * 2 + [g_photo_phi] + [g_tb_phi]
            + [lambda: g_nk_phi(True)] * 2 + [lambda: g_wl_phi(True)] * 2 + [g_win_phi] * 2 + [g_nginx_phi] * 2
            + [g_msg_phi] * 3 + [g_elig_phi] * 2)
CAP = {"hl7_v2": 60}


def main():
    lines = []
    fam = {}
    req = list(REQUIRED)
    R.shuffle(req)
    target_phi = 0.45
    while len(lines) < 500:
        CL.tick()
        nphi = sum(1 for l in lines if l[2])
        frac = nphi / len(lines) if lines else 0.0
        if frac < target_phi:
            g = req.pop() if (req and R.random() < 0.3) else wchoice(PHI_GENS)
        else:
            g = wchoice(NOISE_GENS)
        blk = g()
        if len(lines) + len(blk) > 500:
            continue
        if any(fam.get(f, 0) + 1 > CAP.get(f, 45) for f, _, _ in blk):
            continue
        for f, _, _ in blk:
            fam[f] = fam.get(f, 0) + 1
        lines.extend(blk)
    assert not req, len(req)
    assert len(lines) == 500
    log_lines, lab = [], []
    for i, (fam, b, spans) in enumerate(lines, 1):
        assert b and b"\n" not in b and b"\r" not in b, (i, b)
        text = b.decode("utf-8")
        prev = 0
        out_sp = []
        for sp in spans:
            assert b[sp["s"]:sp["e"]].decode("utf-8") == sp["_v"], (i, sp)
            assert sp["s"] >= prev and sp["e"] > sp["s"], (i, sp)
            prev = sp["e"]
            out_sp.append({"s": sp["s"], "e": sp["e"], "cat": sp["cat"]})
        log_lines.append(text)
        lab.append(json.dumps({"line": i, "family": fam, "spans": out_sp}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(log_lines))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lab) + "\n")


if __name__ == "__main__":
    main()
