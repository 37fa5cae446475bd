#!/usr/bin/env python3
"""Synthetic labeled log corpus "ki": cardiac surgery perfusion service and
point-of-care testing (POCT) program of a fictional heart institute
(St. Margaret Heart & Vascular, "SMHV").

Writes ki.log (500 lines) and ki.labels.jsonl next to this script.
Standard library only, deterministic (fixed seed, fixed start clock).
All people, numbers and addresses are invented.

Families: hlm_console (Stoeckert S5 / Terumo System 1 event logs),
ecmo_console (Cardiohelp key=value), perf_csv (perfusion record CSV,
English and German-locale export, disposables lot rows), perf_xml
(perfusion case XML), poct1a_xml (POCT1-A HEL/DST/OBS/ACK/EOT from
glucometers and i-STAT), astm (LIS2-A2 records from blood gas analyzers,
raw and framed), hl7_oru (HL7 v2.5.1 ORU^R01 / ACK segments), mw_rules
(middleware rule engine / autoverification), poc_operator_json (operator
lockout and certification events), qc_log (QC, Westgard, CAP proficiency),
ecmo_note (ECMO rounding sheet lines, flowsheet note lines, JSON notes with
escaped newlines), bb_issue (blood bank issue / inventory records),
maint_ticket (CMMS work orders and ServiceNow JSON), dotnet_log (Serilog
and NLog lines, .NET exceptions and stack frames), java_log (logback lines,
Java exceptions and stack frames), nginx_access (middleware web UI / API),
gluc_csv (glucometer dock download CSV).

Labeling decisions:
- Label identifiers of patients and of their relatives / contacts (wife,
  son, daughter, HCPOA, visitor brother). Never label staff doing their
  work: perfusionists, surgeons, RNs, RTs, MLS techs, biomed techs, their
  operator IDs (E20931, rt4471), usernames, staff e-mails and phones.
- Vendor / business data (Getinge, Terumo, Roche phone numbers, support
  e-mails, vendor case numbers) is not labeled.
- Equipment serials of hospital-owned devices (heart-lung machines, ECMO
  consoles, blood gas analyzers, glucometers, docks) are NOT labeled: they
  identify an asset, not a person. Serials of devices implanted in or
  belonging to a patient (LVAD, ICD) are labeled "device".
- Names: a name written contiguously in prose or one field ("HUANG, Wei-Lin",
  "Wei-Lin Huang", "W. Huang") is one span; names split into delimited
  components (HL7/ASTM "^", XML elements, CSV columns) get one span per
  component (family, given, middle initial). A first name used alone in a
  note is labeled.
- MRNs are "mrn" in every written form (with or without leading zeros).
  Perfusion case numbers (P24-xxxx), ECMO run IDs (ECMO-24-xxx), ELSO
  registry IDs, visit/encounter numbers (V24-xxxxxxx, PV1-19) and blood bank
  armband IDs (Typenex BB-ID) are "other_id". Patient account / FIN numbers
  (PID-18, billing account) are "account". Order, placer/filler, accession,
  specimen and message control numbers, ISBT-128 unit numbers (DIN), QC lot
  numbers, trace IDs and UUIDs are NOT labeled.
- Dates: label birth dates, surgery/procedure dates, admission dates,
  cannulation and circuit-change dates (also written without year, e.g.
  "10/03"), and the
  collection/observation date-time of a patient's specimen (HL7 OBR-7 and
  OBX-14, ASTM O-8, POCT1-A SVC.observation_dttm, glucometer CSV Date
  column of patient rows). NOT labeled: log/line timestamps, message
  creation times (MSH-7, ASTM H-14, HDR.creation_dttm), analysis-completion
  or transmission times (OBX-19, ASTM R-13), QC dates, expiry dates,
  certification dates of staff, maintenance dates.
- Ages are labeled only when over 89 (age column values or "91 y/o").
- Addresses: street line and city are separate "address" spans, ZIP is
  "zip"; the state code is not labeled.
- Public IPs: none of a patient appears; internal 10.x addresses of devices
  and staff workstations are not labeled.
- Health plan (Medicaid / Medicare MBI / commercial member IDs) is
  "health_plan"; a relative's driver's licence number is "license"; a
  relative's licence plate is "vehicle"; a family's personal update page
  URL is "url".
- Values that are already escaped by the writer (System.Text.Json \\uXXXX,
  URL %20) are labeled as written.
"""
import datetime as dt
import json
import os
import random
import uuid
from urllib.parse import quote

ID = "ki"
R = random.Random(0x4B49_2114)
HERE = os.path.dirname(os.path.abspath(__file__))
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
TODAY = dt.date(2024, 10, 7)


# --------------------------------------------------------------------------
# line builder that records byte offsets
# --------------------------------------------------------------------------
class Ln:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.sp = []

    def t(self, txt):
        self.b += txt.encode("utf-8")
        return self

    def p(self, txt, cat):
        txt = str(txt)
        st = len(self.b)
        self.b += txt.encode("utf-8")
        self.sp.append((st, len(self.b), cat, txt))
        return self

    def x(self, pieces):
        """append list of str / (str, cat) pieces"""
        for pc in pieces:
            if isinstance(pc, tuple):
                self.p(pc[0], pc[1])
            else:
                self.t(pc)
        return self


def seg(fam, name, fields, sep="|"):
    """HL7/ASTM style record. fields: {idx: str | [pieces]}"""
    l = Ln(fam).t(name)
    mx = max(fields) if fields else 0
    for i in range(1, mx + 1):
        l.t(sep)
        v = fields.get(i, "")
        if isinstance(v, list):
            l.x(v)
        elif isinstance(v, tuple):
            l.p(v[0], v[1])
        else:
            l.t(v)
    return l


# --------------------------------------------------------------------------
# clock
# --------------------------------------------------------------------------
class Clock:
    now = dt.datetime(2024, 10, 7, 5, 41, 7, 118000)


def tick(a=1, b=60):
    Clock.now += dt.timedelta(seconds=R.randint(a, b), milliseconds=R.randint(0, 999))
    return Clock.now


def ms(d):
    return d.microsecond // 1000


def ts_iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d-05:00" % ms(d)


def ts_hl7(d):
    return d.strftime("%Y%m%d%H%M%S")


def ts_serilog(d):
    return d.strftime("%Y-%m-%d %H:%M:%S") + ".%03d -05:00" % ms(d)


def ts_logback(d):
    return d.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % ms(d)


def ts_clf(d):
    return "%02d/%s/%d:%s -0500" % (d.day, MON[d.month - 1], d.year, d.strftime("%H:%M:%S"))


def dfmt(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "de":
        return d.strftime("%d.%m.%Y")
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "dmon_up":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1].upper(), d.year)
    if style == "long":
        return "%s %d, %d" % (MON[d.month - 1], d.day, d.year)
    if style == "dmon":
        return "%d %s %d" % (d.day, MON[d.month - 1], d.year)
    if style == "md":
        return "%d/%d" % (d.month, d.day)
    raise ValueError(style)


def pick(seq):
    return R.choice(seq)


def hexid(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


# --------------------------------------------------------------------------
# people (all synthetic)
# --------------------------------------------------------------------------
CITIES = [("Columbus", "OH", "43215"), ("Dublin", "OH", "43017"), ("Westerville", "OH", "43081"),
          ("Grove City", "OH", "43123"), ("Lancaster", "OH", "43130"), ("Zanesville", "OH", "43701"),
          ("Marion", "OH", "43302"), ("Newark", "OH", "43055"), ("Chillicothe", "OH", "45601"),
          ("Delaware", "OH", "43015"), ("Mount Vernon", "OH", "43050"), ("Huntington", "WV", "25701"),
          ("Reynoldsburg", "OH", "43068"), ("Circleville", "OH", "43113")]
STREETS = ["Larkspur Ln", "Oak Hollow Dr", "N High St", "Cleveland Ave", "Sawmill Pkwy", "Maple Grove Rd",
           "E Main St", "Township Rd 118", "Brice Rd", "Linden Pl", "Hamilton Ave", "Riverbend Ct",
           "Old Coach Rd", "Chestnut Ridge Way"]
AREAS = ["614", "380", "740", "937", "304", "419"]

PEOPLE_RAW = [
    ("Wei-Lin", "J", "Huang", "M", 0), ("Jean-Marc", "", "Dubois", "M", 0),
    ("Thị Hoa", "", "Nguyễn", "F", 0), ("Oluwaseun", "A", "Adeyemi", "M", 0),
    ("María José", "", "Fernández-Ortega", "F", 0), ("Pieter", "", "van der Berg", "M", 0),
    ("Siobhán", "M", "O'Connor", "F", 0), ("Rashid", "", "Al-Mansouri", "M", 0),
    ("Kateryna", "", "Kowalczyk", "F", 0), ("Hiroshi", "", "Takahashi", "M", 1),
    ("Zoë", "E", "MacLeod", "F", 0), ("Luis Alberto", "", "de la Cruz", "M", 0),
    ("Amara", "", "Okonkwo-Bell", "F", 0), ("Dmitri", "V", "Petrov", "M", 0),
    ("Ayşe", "", "Yılmaz", "F", 0), ("Giuseppe", "", "Di Stefano", "M", 0),
    ("Fatuma", "", "Abdi", "F", 0), ("Harold", "R", "St. John", "M", 1),
    ("Priya", "", "Raghunathan", "F", 0), ("Björn", "", "Lindqvist", "M", 0),
    ("Leilani", "K", "Kahananui", "F", 0), ("Tomasz", "", "Wiśniewski", "M", 0),
    ("Ngozi", "", "Eze", "F", 0), ("Ethel", "M", "Marchetti", "F", 1),
]
REL_FIRST = [("Ana", "F"), ("Mei", "F"), ("Tariq", "M"), ("Grace", "F"), ("Lukas", "M"), ("Yasmin", "F"), ("Diego", "M"),
             ("Hannah", "F"), ("Kwame", "M"), ("Ines", "F"), ("Samir", "M"), ("Olga", "F"), ("Rosa", "F"), ("Declan", "M"),
             ("Leila", "F"), ("Jun", "M"), ("Marisol", "F"), ("Ewa", "F")]
RELATIONS = {"F": ["wife", "daughter", "sister", "niece", "HCPOA"], "M": ["husband", "son", "brother", "nephew", "HCPOA"]}


def mk_phone():
    a = pick(AREAS)
    ex = R.randint(201, 989)
    if ex % 100 == 11:
        ex += 1
    return a, "%03d" % ex, "%04d" % R.randint(0, 9999)


def phone_fmt(ph, style=None):
    a, e, n = ph
    style = style or pick(["paren", "dash", "dot", "plain", "intl", "e164"])
    return {"paren": "(%s) %s-%s" % (a, e, n), "dash": "%s-%s-%s" % (a, e, n), "dot": "%s.%s.%s" % (a, e, n),
            "plain": a + e + n, "intl": "+1 %s %s %s" % (a, e, n), "e164": "+1" + a + e + n,
            "hl7": "(%s)%s-%s" % (a, e, n)}[style]


def mk_ssn():
    while True:
        a = R.randint(101, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def ascii_fold(s):
    tbl = str.maketrans("ịễáéíóúñçşıśöëüäøåÉÓ'", "ieaeiouncsisoeuaoaEO ")
    return s.translate(tbl)


class P:
    pass


PEOPLE = []
for i, (first, mid, last, sex, old) in enumerate(PEOPLE_RAW):
    p = P()
    p.first, p.mid, p.last, p.sex = first, mid, last, sex
    if old:
        p.dob = dt.date(R.randint(1931, 1934), R.randint(1, 12), R.randint(1, 28))
    else:
        p.dob = dt.date(R.randint(1946, 1991), R.randint(1, 12), R.randint(1, 28))
    p.age = TODAY.year - p.dob.year - ((TODAY.month, TODAY.day) < (p.dob.month, p.dob.day))
    p.mrn = "%08d" % R.randint(180000, 2899999)
    p.acct = "%010d" % R.randint(4000000000, 4099999999)
    p.visit = "V24-%07d" % R.randint(100000, 999999)
    p.case = "P24-%04d" % R.randint(600, 1199)
    p.run = "ECMO-24-%03d" % R.randint(1, 60)
    p.elso = "%06d" % R.randint(300000, 399999)
    p.ssn = mk_ssn()
    c = CITIES[i % len(CITIES)]
    p.street = "%d %s" % (R.randint(12, 9870), STREETS[(i * 5) % len(STREETS)])
    if i % 4 == 1:
        p.street += " Apt %d" % R.randint(1, 40)
    p.city, p.state, p.zip = c
    p.phone = mk_phone()
    loc = ascii_fold(p.first.split()[0].split("-")[0]).lower()
    p.email = pick(["%s.%s@gmail.com", "%s%s@yahoo.com", "%s_%s@outlook.com"]) % (
        loc, ascii_fold(p.last).replace(" ", "").replace(".", "").lower())
    p.hp = "MBI" if old else pick(["MBI", "MCD", "COM", "COM"])
    p.old = old
    if p.hp == "MBI":
        al = "ACDEFGHJKMNPQRTUVWXY"
        p.hp_id = "%d%s%s%d-%s%s%d-%s%s%d%d" % (R.randint(1, 9), pick(al), pick(al + "0123456789"), R.randint(0, 9),
                                                pick(al), pick(al + "0123456789"), R.randint(0, 9), pick(al), pick(al),
                                                R.randint(0, 9), R.randint(0, 9))
    elif p.hp == "MCD":
        p.hp_id = "%012d" % R.randint(10 ** 11, 10 ** 12 - 1)
    else:
        p.hp_id = "%s%09d" % (pick(["XJH", "ZGP", "WMC", "YLB"]), R.randint(10 ** 8, 10 ** 9 - 1))
    p.bbid = "%s%s%d%s%d" % (pick("ABCDEFGHJKLMNPRSTUVWXYZ"), pick("ABCDEFGHJKLMNPRSTUVWXYZ"),
                              R.randint(1000, 9999), pick("ABCDEFGHJKLMNPRSTUVWXYZ"), R.randint(0, 9))
    p.bed = "%d" % R.randint(401, 428)
    p.admit = TODAY - dt.timedelta(days=R.randint(1, 12))
    p.cannul = TODAY - dt.timedelta(days=R.randint(1, 9))
    p.surg = TODAY + dt.timedelta(days=R.randint(0, 3))
    rf, rg = REL_FIRST[i % len(REL_FIRST)]
    p.rel = (pick(RELATIONS[rg]), rf, p.last if i % 3 else pick(["Ruiz", "Haddad", "Kim", "Novak", "Mensah"]))
    p.rel_phone = mk_phone()
    p.rel_email = "%s.%s%d@%s" % (ascii_fold(rf).lower(), ascii_fold(p.rel[2]).replace(" ", "").lower(),
                                  R.randint(1, 99), pick(["gmail.com", "icloud.com", "hotmail.com", "aol.com"]))
    p.lvad = "MLP-%06d" % R.randint(100000, 399999) if i % 5 == 2 else None
    PEOPLE.append(p)

# staff (never labeled)
PERFUSIONISTS = [("Brandt", "Karl", "kbrandt"), ("Ramos", "Delia", "dramos"), ("Greer", "Tamsin", "tgreer"),
                 ("Venkataraman", "Arjun", "avenkat")]
SURGEONS = [("Okafor", "Chidi", "1457732"), ("Aiyar", "Rohan", "1390021"), ("Lindgren", "Ulla", "1502218"),
            ("Castellanos", "Beatriz", "1288410")]
OPERATORS = [("E20931", "Pham", "Linh", "RN"), ("E31877", "Moreau", "Claire", "RN"),
             ("E18842", "Baptiste", "Jules", "RN"), ("rt4471", "Sandoval", "Ivy", "RRT"),
             ("E40215", "Kaur", "Simran", "RN"), ("rt5102", "Whitfield", "Owen", "RRT")]
HLMS = [("S5", "47S05123"), ("S5", "47S05388"), ("SYS1", "3001-1457")]
ECMOS = ["70312345", "70312388", "70402117"]
BGAS = [("GEM5000", "21104567", "10.40.18.21"), ("GEM5000", "21104602", "10.40.18.22"),
        ("ABL90", "1151-R0234", "10.40.18.30")]
GLUCS = ["UU%08d" % R.randint(10000000, 99999999) for _ in range(5)]
ISTATS = ["364221", "371904"]
UNITS = ["CVICU", "CVOR", "CTSU-5W", "CCU"]


def pt():
    if R.random() < 0.12:
        return pick([q for q in PEOPLE if q.old])
    return pick(PEOPLE)


def name_prose(p, style=None):
    style = style or pick(["LF", "FL", "LFU", "FIL", "lower", "UPPERFL"])
    if style == "LF":
        return "%s, %s" % (p.last, p.first)
    if style == "LFU":
        return "%s, %s" % (p.last.upper(), p.first)
    if style == "FL":
        return "%s %s" % (p.first, p.last)
    if style == "FIL":
        return "%s. %s" % (p.first[0], p.last)
    if style == "lower":
        return "%s %s" % (p.first.lower(), p.last.lower())
    if style == "UPPERFL":
        return "%s,%s" % (p.last.upper(), p.first.upper())
    raise ValueError


# --------------------------------------------------------------------------
# family generators. each returns a list of Ln
# --------------------------------------------------------------------------
S5_EVENTS = [
    lambda: "ART PUMP (RP1) START %d rpm %.2f l/min" % (R.randint(20, 140), R.uniform(0.5, 5.2)),
    lambda: "ALARM LEVEL SENSOR RES LOW -> ART PUMP SPEED REDUCED",
    lambda: "CPG DELIVERY #%d START ratio 4:1 vol %d ml line p %d mmHg" % (R.randint(1, 4), R.choice([500, 1000, 300]), R.randint(120, 260)),
    lambda: "CPG DELIVERY #%d END total %d ml time %02d:%02d" % (R.randint(1, 4), R.randint(280, 1100), R.randint(1, 6), R.randint(0, 59)),
    lambda: "TIMER X-CLAMP %s %02d:%02d:%02d" % (pick(["ON", "OFF"]), R.randint(0, 1), R.randint(0, 59), R.randint(0, 59)),
    lambda: "TEMP ART %.1fC VEN %.1fC HCU SET %.1fC" % (R.uniform(28, 37), R.uniform(28, 37), R.uniform(28, 37)),
    lambda: "BUBBLE DETECTOR ART SELFTEST OK",
    lambda: "GAS BLENDER FiO2 %d%% SWEEP %.1f l/min ISO %.1f%%" % (R.randint(45, 90), R.uniform(1, 5), R.uniform(0, 1.5)),
    lambda: "PRESSURE ART LINE %d mmHg LIMIT %d mmHg" % (R.randint(140, 290), 300),
    lambda: "SUCTION RP3 STOP",
    lambda: "VENT RP4 %d ml/min" % R.randint(100, 600),
]
SYS1_EVENTS = [
    lambda: ("Info", 'Pump "Arterial" flow=%.2f LPM rpm=%d occlusion=OK' % (R.uniform(2, 5.5), R.randint(1400, 2800))),
    lambda: ("Warn", 'Alarm raised: id=0x%04X "Arterial line pressure high" value=%d limit=300' % (R.randint(0x100, 0x1FF), R.randint(301, 340))),
    lambda: ("Info", 'Alarm cleared: id=0x%04X "Venous reservoir level low"' % R.randint(0x200, 0x2FF)),
    lambda: ("Info", "Self test passed: modules=7 fw=2.6.3.%d safety=OK" % R.randint(10, 20)),
    lambda: ("Info", "DataLink: upload of session %s to CDMS complete (%d records, %d KB)" % (ruuid(), R.randint(900, 9000), R.randint(80, 900))),
    lambda: ("Info", "Cardioplegia dose %d: %d mL @ %d mL/min, crystalloid:blood 1:4" % (R.randint(1, 4), R.randint(200, 1000), R.randint(150, 350))),
    lambda: ("Debug", "CAN bus load %d%% errors=0 node=HCU" % R.randint(8, 31)),
]


def hlm_noise(dev=None):
    dev = dev or pick(HLMS)
    out = []
    for _ in range(R.randint(1, 3)):
        d = tick(3, 50)
        if dev[0] == "S5":
            out.append(Ln("hlm_console").t("%s  S5-%s  EVT %04X  %s" % (d.strftime("%d.%m.%Y %H:%M:%S"), dev[1],
                                                                          R.randint(0x20, 0x4FF), pick(S5_EVENTS)())))
        else:
            lvl, msg = pick(SYS1_EVENTS)()
            out.append(Ln("hlm_console").t("[%s.%03d] SYS1 <%s> %s" % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), lvl, msg)))
    return out


HLM_DONE = set()


def hlm_case():
    p = pt()
    for _ in range(10):
        if p.case not in HLM_DONE:
            break
        p = pt()
    HLM_DONE.add(p.case)
    dev = pick(HLMS)
    d = tick(5, 120)
    out = []
    if dev[0] == "S5":
        l = Ln("hlm_console").t("%s  S5-%s  EVT 0001  NEW CASE  Pat: " % (d.strftime("%d.%m.%Y %H:%M:%S"), dev[1]))
        l.p(name_prose(p, pick(["LFU", "UPPERFL"])), "name").t("  ID ").p(p.mrn, "mrn").t("  DOB ").p(dfmt(p.dob, "de"), "date")
        l.t("  Case ").p(p.case, "other_id").t("  BSA %.2f m2" % R.uniform(1.5, 2.3))
        out.append(l)
    else:
        l = Ln("hlm_console").t("[%s.%03d] SYS1 <Info> PatientInfo updated: Name=\"" % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d)))
        l.p(name_prose(p, "FL"), "name").t('" MRN=').p(p.mrn, "mrn").t(" DOB=").p(dfmt(p.dob, "us"), "date")
        if p.age > 89:
            l.t(" Age=").p(str(p.age), "age")
        l.t(' Wt=%dkg Ht=%dcm Surgeon="%s"' % (R.randint(48, 120), R.randint(150, 195), pick(SURGEONS)[0]))
        out.append(l)
    out += hlm_noise(dev)
    if R.random() < 0.7:
        cpb = R.randint(55, 240)
        due = d + dt.timedelta(minutes=cpb + R.randint(25, 70))
        PENDING.append((due, lambda: hlm_close(p, dev, cpb)))
    return out


PENDING = []


def hlm_close(p, dev, cpb):
    out = []
    d = tick(1, 20)
    if True:
        if dev[0] == "S5":
            l = Ln("hlm_console").t("%s  S5-%s  EVT 00FF  CASE CLOSED  " % (d.strftime("%d.%m.%Y %H:%M:%S"), dev[1]))
            l.p(p.case, "other_id").t("  CPB %d min  XC %d min  export USB OK" % (cpb, int(cpb * R.uniform(0.5, 0.8))))
        else:
            l = Ln("hlm_console").t("[%s.%03d] SYS1 <Info> Case closed: case_id=" % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d)))
            l.p(p.case, "other_id").t(" cpb_min=%d xclamp_min=%d exported to CDMS" % (cpb, int(cpb * R.uniform(0.5, 0.8))))
        out.append(l)
    return out


def ecmo_status(sn, mode=None):
    d = tick(20, 240)
    return Ln("ecmo_console").t(
        "ts=%s dev=CARDIOHELP sn=%s ch=HLS7.0 mode=%s rpm=%d flow=%.2f p_ven=%d p_int=%d p_art=%d dp=%d svo2=%d hct=%d t_ven=%.1f bat=%d alarm=none"
        % (d.strftime("%Y-%m-%dT%H:%M:%SZ"), sn, mode or pick(["VA", "VV", "VA"]), R.randint(2800, 4100), R.uniform(2.5, 5.5),
           -R.randint(18, 80), R.randint(150, 290), R.randint(140, 270), R.randint(8, 40), R.randint(60, 82),
           R.randint(24, 34), R.uniform(35.8, 37.4), R.choice([100, 100, 98, 87])))


def ecmo_noise():
    sn = pick(ECMOS)
    out = [ecmo_status(sn)]
    if R.random() < 0.5:
        d = tick(5, 60)
        code, msg, extra = pick([("A07", "Venous pressure low limit", "p_ven=-%d" % R.randint(95, 140)),
                                 ("A21", "Delta P high", "dp=%d" % R.randint(45, 80)),
                                 ("A33", "Bubble detected", "sensor=BUB1"),
                                 ("W12", "Battery operation", "bat=%d" % R.randint(60, 99)),
                                 ("W04", "SvO2 sensor not calibrated", "hlssens=2")])
        out.append(Ln("ecmo_console").t('ts=%s dev=CARDIOHELP sn=%s evt=ALARM prio=%s code=%s msg="%s" %s ack=%s'
                                        % (d.strftime("%Y-%m-%dT%H:%M:%SZ"), sn, pick(["HIGH", "MED", "LOW"]), code, msg,
                                           extra, pick(["yes", "no"]))))
    return out


def ecmo_link():
    p = pt()
    sn = pick(ECMOS)
    d = tick(10, 90)
    l = Ln("ecmo_console").t("ts=%s dev=CARDIOHELP sn=%s evt=PATIENT_LINK src=capsule bed=CVICU-%s run=" %
                             (d.strftime("%Y-%m-%dT%H:%M:%SZ"), sn, p.bed))
    l.p(p.run, "other_id").t(" mrn=").p(p.mrn, "mrn").t(' pt="').p(name_prose(p, "LF"), "name").t('" cannulation=')
    mode = pick(["VA", "VV"])
    l.p(dfmt(p.cannul, "iso"), "date").t(" mode=%s" % mode)
    if R.random() < 0.4:
        l.t(" elso_id=").p(p.elso, "other_id")
    return [l, ecmo_status(sn, mode)]


PROCS = ["CABG x3", "CABG x4", "AVR 23mm", "MVR", "AVR+CABG x2", "Bentall", "TAAA repair", "LVAD implant",
         "MV repair", "OHT", "ASD closure", "Ross"]


def perf_csv():
    out = []
    if R.random() < 0.5:
        out.append(Ln("perf_csv").t("case_no,mrn,last_name,first_name,dob,age_yr,sex,bsa_m2,surgery_dt,procedure,surgeon,"
                                    "perfusionist,cpb_min,xc_min,min_temp_c,prime_ml,cpg_type,rbc_units"))
        for _ in range(R.randint(1, 3)):
            p = pt()
            l = Ln("perf_csv").p(p.case, "other_id").t(",").p(p.mrn, "mrn").t(",").p(p.last, "name").t(",")
            l.p(p.first, "name")
            l.t(",").p(dfmt(p.dob, "iso"), "date").t(",")
            if p.age > 89:
                l.p(str(p.age), "age")
            else:
                l.t(str(p.age))
            l.t(",%s,%.2f," % (p.sex, R.uniform(1.45, 2.4))).p(dfmt(p.surg, "iso"), "date")
            l.t(",%s,%s,%s,%d,%d,%.1f,%d,%s,%d" % (pick(PROCS), pick(SURGEONS)[0], pick(PERFUSIONISTS)[0],
                                                  R.randint(55, 260), R.randint(30, 170), R.uniform(26, 35),
                                                  R.choice([1200, 1350, 1400, 1500]), pick(["del Nido", "Buckberg", "Custodiol"]),
                                                  R.randint(0, 4)))
            out.append(l)
    else:
        out.append(Ln("perf_csv").t("Fall-Nr;Pat-Nr;Name;Vorname;Geb.-Datum;OP-Datum;Eingriff;Kardiotechniker;"
                                    "HLM-Zeit (min);Klemmzeit (min);Tiefste Temp. (°C)"))
        for _ in range(R.randint(1, 2)):
            p = pt()
            l = Ln("perf_csv").p(p.case, "other_id").t(";").p(p.mrn.lstrip("0"), "mrn").t(";").p(p.last, "name").t(";")
            l.p(p.first, "name").t(";").p(dfmt(p.dob, "de"), "date").t(";").p(dfmt(p.surg, "de"), "date")
            l.t(";%s;%s;%d;%d;%s" % (pick(PROCS), pick(PERFUSIONISTS)[0], R.randint(55, 260), R.randint(30, 170),
                                     ("%.1f" % R.uniform(26, 35)).replace(".", ",")))
            out.append(l)
    return out


def perf_csv_noise():
    out = []
    if R.random() < 0.4:
        out.append(Ln("perf_csv").t("item,ref,lot,expiry,qty_on_hand,par,location"))
    for _ in range(R.randint(1, 3)):
        item, ref = pick([("Oxygenator", "CX*FX25RW"), ("Tubing pack", "CB4F39R"), ("Cardioplegia set", "CP-4110"),
                          ("Hemoconcentrator", "HPH-1400"), ("ECMO circuit HLS 7.0", "BE-HLS 7050"),
                          ("Venous cannula 29/37", "VC2937"), ("Arterial filter", "AF-125")])
        out.append(Ln("perf_csv").t("%s,%s,%d,%s,%d,%d,%s" % (item, ref, R.randint(10 ** 7, 10 ** 8 - 1),
                                                            (dt.date(2025, 1, 1) + dt.timedelta(days=R.randint(30, 700))).isoformat(),
                                                            R.randint(0, 30), R.choice([6, 10, 12, 20]),
                                                            pick(["PERF-STORE-A", "CVOR-CORE", "ECMO-CART-2"]))))
    return out


def perf_xml():
    p = pt()
    tick(30, 300)
    pf = pick(PERFUSIONISTS)
    sg = pick(SURGEONS)
    l = Ln("perf_xml").t('<PerfusionCase xmlns="urn:smhv:perfusion:3" id="').p(p.case, "other_id")
    l.t('" schemaVersion="3.2" status="%s"><Patient><MRN>' % pick(["final", "amended", "draft"])).p(p.mrn, "mrn")
    l.t("</MRN><FamilyName>").p(p.last, "name").t("</FamilyName><GivenName>").p(p.first, "name").t("</GivenName>")
    if p.mid:
        l.t("<MiddleInitial>").p(p.mid, "name").t("</MiddleInitial>")
    l.t("<BirthDate>").p(dfmt(p.dob, "iso"), "date").t("</BirthDate>")
    if R.random() < 0.5:
        l.t("<AgeYears>").x([(str(p.age), "age")] if p.age > 89 else [str(p.age)]).t("</AgeYears>")
    l.t("<Sex>%s</Sex><HeightCm>%d</HeightCm><WeightKg>%.1f</WeightKg>"
                                                        % (p.sex, R.randint(150, 195), R.uniform(48, 130)))
    if R.random() < 0.6:
        l.t('<Coverage type="%s" memberId="' % {"MBI": "Medicare", "MCD": "Medicaid", "COM": "Commercial"}[p.hp]).p(p.hp_id, "health_plan").t('"/>')
    if p.lvad:
        l.t('<Implant type="LVAD" model="HeartMate 3" serial="').p(p.lvad, "device").t('"/>')
    l.t('</Patient><Procedure date="').p(dfmt(p.surg, "iso"), "date")
    l.t('" code="%s" urgency="%s"/><Team perfusionist="%s, %s CCP" surgeon="%s, %s MD"/><Bypass cpbMin="%d" xclampMin="%d" lowestTempC="%.1f"/></PerfusionCase>'
        % (pick(PROCS), pick(["elective", "urgent", "emergent"]), pf[0], pf[1], sg[0], sg[1], R.randint(50, 250),
           R.randint(20, 160), R.uniform(25, 35)))
    return [l]


def perf_xml_noise():
    tick(5, 60)
    return [Ln("perf_xml").t(pick([
        '<ChecklistTemplate id="PRE-BYPASS-v7" items="42" lastModified="2024-09-12T10:00:00Z" author="perf-admin"/>',
        '<CircuitSetup oxygenator="Affinity Fusion" tubingPack="CB4F39R" primeMl="%d" heparinUnits="%d" albuminMl="%d"/>'
        % (R.choice([1200, 1300, 1400]), R.choice([5000, 10000]), R.choice([0, 250])),
        '<Interval t="00:%02d:00" flowLpm="%.1f" map="%d" svo2="%d" artTempC="%.1f" ci="%.1f"/>'
        % (R.randint(5, 59), R.uniform(3, 5.5), R.randint(50, 80), R.randint(62, 82), R.uniform(28, 36), R.uniform(1.8, 2.8)),
        '<ExportStatus batch="%s" records="%d" sha1="%s" target="sqlsrv-perf01:1433"/>' % (ruuid(), R.randint(4, 40), hexid(40)),
        '<Calibration device="S5-47S05123" module="ART-PRESS" offset="%.2f" result="PASS" by="biomed"/>' % R.uniform(-1, 1),
    ]))]


def poct_hdr(mtype, d=None):
    d = d or Clock.now
    return ('<HDR><HDR.message_type V="%s"/><HDR.control_id V="%d"/><HDR.version_id V="POCT1"/>'
            '<HDR.creation_dttm V="%s"/></HDR>' % (mtype, R.randint(10000, 99999), d.strftime("%Y-%m-%dT%H:%M:%S-05:00")))


def poct_noise():
    d = tick(5, 90)
    kind = R.random()
    if kind < 0.3:
        sn = pick(GLUCS)
        txt = ('<HEL.R01>%s<DEV><DEV.device_id V="ACI2-%s"/><DEV.vendor_id V="ROCHE"/><DEV.model_id V="Accu-Chek Inform II"/>'
               '<DEV.serial_id V="%s"/><DEV.manufacturer_name V="Roche Diagnostics"/><DEV.sw_version V="03.08.0%d"/>'
               '<DCP><DCP.application_timeout V="60"/></DCP><DSC><DSC.connection_profile_cd V="SA"/><DSC.topics_supported_cd V="OPL"/></DSC></DEV></HEL.R01>'
               % (poct_hdr("HEL.R01", d), sn[-4:], sn, R.randint(0, 4)))
    elif kind < 0.5:
        txt = ('<DST.R01>%s<DST><DST.status_dttm V="%s"/><DST.new_observations_qty V="%d"/><DST.new_events_qty V="0"/>'
               '<DST.condition_cd V="R"/></DST></DST.R01>' % (poct_hdr("DST.R01", d), d.strftime("%Y-%m-%dT%H:%M:%S-05:00"), R.randint(0, 12)))
    elif kind < 0.65:
        txt = ('<ACK.R01>%s<ACK><ACK.type_cd V="AA"/><ACK.ack_control_id V="%d"/></ACK></ACK.R01>' % (poct_hdr("ACK.R01", d), R.randint(10000, 99999)))
    elif kind < 0.75:
        txt = '<EOT.R01>%s<EOT><EOT.topic_cd V="OBS"/></EOT></EOT.R01>' % poct_hdr("EOT.R01", d)
    else:
        sn = pick(GLUCS)
        op = pick(OPERATORS)
        lvl = R.randint(1, 2)
        txt = ('<OBS.R01>%s<SVC><SVC.role V="LQC"/><SVC.observation_dttm V="%s"/><CTC><CTC.name V="Control %d"/>'
               '<CTC.lot_number V="%d"/><CTC.expiration_date V="2025-0%d-28"/></CTC><OBS><OBS.observation_id V="Glu"/>'
               '<OBS.value V="%d" U="mg/dL"/><OBS.qualitative_value V="PASS"/></OBS><OPR><OPR.operator_id V="%s"/></OPR></SVC></OBS.R01>'
               % (poct_hdr("OBS.R01", d), d.strftime("%Y-%m-%dT%H:%M:%S-05:00"), lvl, R.randint(400000, 499999),
                  R.randint(1, 9), R.randint(38, 56) if lvl == 1 else R.randint(285, 350), op[0]))
    return [Ln("poct1a_xml").t(txt)]


def poct_obs():
    p = pt()
    d = tick(5, 90)
    obs_t = d - dt.timedelta(minutes=R.randint(1, 6), seconds=R.randint(0, 59))
    op = pick(OPERATORS)
    glucose = R.random() < 0.6
    l = Ln("poct1a_xml").t("<OBS.R01>" + poct_hdr("OBS.R01", d) + '<SVC><SVC.role V="OBS"/><SVC.observation_dttm V="')
    l.p(obs_t.strftime("%Y-%m-%dT%H:%M:%S-05:00"), "date").t('"/><PT><PT.patient_id V="').p(p.mrn, "mrn").t('"/>')
    if R.random() < 0.45:
        l.t('<PT.name V="').p(p.last.upper() + "^" + p.first.upper(), "name").t('"/>')
    if R.random() < 0.3:
        l.t('<PT.birth_date V="').p(dfmt(p.dob, "iso"), "date").t('"/>')
    if glucose:
        l.t('<OBS><OBS.observation_id V="Glu" SN="LN" SV="2345-7"/><OBS.value V="%d" U="mg/dL"/><OBS.method V="%s"/></OBS></PT>'
            % (R.randint(48, 390), pick(["Capillary", "Arterial", "Venous"])))
        l.t('<OPR><OPR.operator_id V="%s"/></OPR><RGT><RGT.name V="Guide Strip"/><RGT.lot_number V="%d"/></RGT></SVC>' % (op[0], R.randint(480000, 489999)))
        l.t('<DTV><DTV.device_id V="ACI2-%s"/></DTV></OBS.R01>' % pick(GLUCS)[-4:])
    else:
        l.t('<OBS><OBS.observation_id V="ACT-k" SN="iSTAT" SV="ACTK"/><OBS.value V="%d" U="s"/></OBS>' % R.randint(110, 620))
        l.t('<OBS><OBS.observation_id V="iCa"/><OBS.value V="%.2f" U="mmol/L"/></OBS></PT><OPR><OPR.operator_id V="%s"/></OPR>'
            '<RGT><RGT.name V="CG8+"/><RGT.lot_number V="Q%d"/></RGT></SVC><DTV><DTV.device_id V="ISTAT-%s"/></DTV></OBS.R01>'
            % (R.uniform(0.9, 1.4), op[0], R.randint(20000, 29999), pick(ISTATS)))
    return [l]


BG_ANALYTES = [("pH", 7.10, 7.55, "%.3f", "", "7.350^7.450"), ("pCO2", 28, 62, "%.1f", "mmHg", "35^45"),
               ("pO2", 60, 420, "%.0f", "mmHg", "80^100"), ("Na+", 128, 149, "%.0f", "mmol/L", "136^145"),
               ("K+", 3.0, 6.9, "%.1f", "mmol/L", "3.5^5.1"), ("Ca++", 0.85, 1.40, "%.2f", "mmol/L", "1.15^1.33"),
               ("Glu", 70, 320, "%.0f", "mg/dL", "70^110"), ("Lac", 0.5, 9.8, "%.1f", "mmol/L", "0.5^2.2"),
               ("tHb", 6.5, 14.9, "%.1f", "g/dL", "12.0^17.5"), ("sO2", 80, 100, "%.1f", "%", "94^99")]


def flag(a, v):
    lo, hi = (float(x) for x in a[5].split("^"))
    f = float(v)
    if f < lo:
        return "LL" if f < lo * 0.8 else "L"
    if f > hi:
        return "HH" if f > hi * 1.4 else "H"
    return "N"


def astm_msg():
    p = pt()
    an, sn, ip = pick(BGAS)
    d = tick(20, 200)
    coll = d - dt.timedelta(minutes=R.randint(1, 9), seconds=R.randint(0, 59))
    op = pick(OPERATORS)
    acc = "A%s%04d" % (d.strftime("%y%m%d"), R.randint(1, 9999))
    recs = []
    recs.append(Ln("astm").t("H|\\^&|||%s^%s^%s|||||||P|LIS2-A2|%s" % (an, pick(["5.6.1", "3.4.1", "3.12"]), sn, ts_hl7(d))))
    pfields = {1: "1", 3: (p.mrn, "mrn")}
    nm = [(p.last, "name"), "^", (p.first, "name")]
    if p.mid and R.random() < 0.6:
        nm += ["^", (p.mid, "name")]
    pfields[5] = nm
    if R.random() < 0.75:
        pfields[7] = (dfmt(p.dob, "hl7"), "date")
    pfields[8] = p.sex
    if R.random() < 0.3:
        pfields[25] = "CVICU^%s" % p.bed
    recs.append(seg("astm", "P", pfields))
    recs.append(seg("astm", "O", {1: "1", 2: acc, 4: "^^^BG%d" % R.randint(3, 9), 5: "R", 7: (ts_hl7(coll), "date"),
                                  15: pick(["ART", "VEN", "MVEN", "CAP"]), 25: "F"}))
    for i, a in enumerate(R.sample(BG_ANALYTES, R.randint(2, 5)), 1):
        v = a[3] % R.uniform(a[1], a[2])
        recs.append(Ln("astm").t("R|%d|^^^%s|%s|%s|%s|%s||F||%s||%s|%s" % (i, a[0], v, a[4], a[5], flag(a, v), op[0],
                                                                         ts_hl7(d), an)))
    if R.random() < 0.3:
        recs.append(Ln("astm").t("C|1|I|Sample temp corrected %.1f C|G" % R.uniform(32, 37.5)))
    recs.append(Ln("astm").t("L|1|N"))
    if R.random() < 0.5:
        # framed as logged by the serial bridge: <STX>FN ... <CR><ETX>CS
        for k, l in enumerate(recs):
            fn = (k + 1) % 8
            nb = bytearray(("<STX>%d" % fn).encode())
            shift = len(nb)
            nb += l.b
            cs = (sum(nb[5:]) + 13 + 3) % 256
            nb += ("<CR><ETX>%02X<CR><LF>" % cs).encode()
            l.b = nb
            l.sp = [(s + shift, e + shift, c, v) for (s, e, c, v) in l.sp]
    return recs


def hl7_oru():
    p = pt()
    d = tick(10, 120)
    coll = d - dt.timedelta(minutes=R.randint(2, 14))
    an, sn, ip = pick(BGAS)
    op = pick(OPERATORS)
    sg = pick(SURGEONS)
    ctl = "MW%s%04d" % (ts_hl7(d), R.randint(1, 9999))
    out = [Ln("hl7_oru").t("MSH|^~\\&|POCMW|SMHV_CARDIAC|EPIC|SMHV|%s||ORU^R01^ORU_R01|%s|P|2.5.1|||AL|NE" % (ts_hl7(d), ctl))]
    f = {1: "1"}
    ids = [(p.mrn, "mrn"), "^^^SMHV^MR"]
    if R.random() < 0.3:
        ids += ["~", (p.ssn, "ssn"), "^^^USSSA^SS"]
    f[3] = ids
    nm = [(p.last.upper(), "name"), "^", (p.first.upper(), "name")]
    if p.mid:
        nm += ["^", (p.mid, "name")]
    nm += ["^^^^L"]
    f[5] = nm
    f[7] = (dfmt(p.dob, "hl7"), "date")
    f[8] = p.sex
    if R.random() < 0.55:
        f[11] = [(p.street, "address"), "^^", (p.city, "address"), "^%s^" % p.state, (p.zip, "zip"), "^USA^H"]
    if R.random() < 0.6:
        tel = [(phone_fmt(p.phone, "hl7"), "phone"), "^PRN^PH"]
        if R.random() < 0.4:
            tel += ["~^NET^Internet^", (p.email, "email")]
        f[13] = tel
    if R.random() < 0.6:
        f[18] = [(p.acct, "account"), "^^^SMHV^AN"]
    if R.random() < 0.25:
        f[19] = (p.ssn.replace("-", ""), "ssn")
    out.append(seg("hl7_oru", "PID", f))
    pv = {1: "1", 2: "I", 3: "%s^%s^A^SMHV" % (pick(UNITS), p.bed), 7: "%s^%s^%s^^^Dr^MD" % (sg[2], sg[0].upper(), sg[1].upper()),
          10: "CTS", 18: "IP", 19: [(p.visit, "other_id")]}
    if R.random() < 0.5:
        pv[44] = (p.admit.strftime("%Y%m%d") + "%02d%02d" % (R.randint(0, 23), R.randint(0, 59)), "date")
    out.append(seg("hl7_oru", "PV1", pv))
    plc = "PLC%07d" % R.randint(10 ** 6, 10 ** 7 - 1)
    fil = "FIL%07d" % R.randint(10 ** 6, 10 ** 7 - 1)
    out.append(Ln("hl7_oru").t("ORC|RE|%s|%s||CM||||%s|||%s^%s^%s" % (plc, fil, ts_hl7(d), sg[2], sg[0].upper(), sg[1].upper())))
    out.append(seg("hl7_oru", "OBR", {1: "1", 2: plc, 3: fil, 4: "BGAS^Blood Gas Panel POC^L", 7: (coll.strftime("%Y%m%d%H%M"), "date"),
                                      16: "%s^%s^%s" % (sg[2], sg[0].upper(), sg[1].upper()), 22: ts_hl7(d), 24: "POC", 25: "F"}))
    loinc = {"pH": "2744-1", "pCO2": "2019-8", "pO2": "2703-7", "Na+": "2947-0", "K+": "6298-4", "Ca++": "1994-3",
             "Glu": "2345-7", "Lac": "2518-9", "tHb": "30350-3", "sO2": "2708-6"}
    for i, a in enumerate(R.sample(BG_ANALYTES, R.randint(2, 4)), 1):
        v = a[3] % R.uniform(a[1], a[2])
        ff = {1: str(i), 2: "NM", 3: "%s^%s^LN" % (loinc[a[0]], a[0]), 5: v, 6: a[4], 7: a[5].replace("^", "-"),
              8: flag(a, v), 11: "F", 16: "%s^%s^%s" % (op[0], op[1].upper(), op[2].upper()),
              18: "%s^%s~%s" % (an, "POC", sn), 19: ts_hl7(d)}
        if i == 1 and R.random() < 0.3:
            ff[14] = (coll.strftime("%Y%m%d%H%M%S"), "date")
        out.append(seg("hl7_oru", "OBX", ff))
    if R.random() < 0.3:
        out.append(Ln("hl7_oru").t("NTE|1|L|Critical value called to and read back by %s %s RN at %s" %
                                   (op[2], op[1], d.strftime("%H%M"))))
    return out


def hl7_ack():
    d = tick(1, 10)
    ctl = "MW%s%04d" % (ts_hl7(d), R.randint(1, 9999))
    return [Ln("hl7_oru").t("MSH|^~\\&|EPIC|SMHV|POCMW|SMHV_CARDIAC|%s||ACK^R01^ACK|ACK%s|P|2.5.1" % (ts_hl7(d), R.randint(10 ** 8, 10 ** 9))),
            Ln("hl7_oru").t("MSA|%s|%s%s" % pick([("AA", ctl, ""), ("AA", ctl, ""), ("AA", ctl, ""), ("AE", ctl, "|Duplicate message control id"), ("AR", ctl, "|Unknown receiving facility")]))]


def ts_rule(d):
    return d.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % ms(d)


def rules_noise():
    d = tick(5, 300)
    return [Ln("mw_rules").t(pick([
        "%s|ENGINE|RELOAD|ruleset POC-CV v%d (%d rules) loaded in %d ms sha256=%s" % (ts_rule(d), R.randint(44, 52), R.randint(180, 240), R.randint(20, 90), hexid(16)),
        "%s|RULE|R-044 DELTA_HGB|SKIPPED|no prior result within 24h acc=A%s%04d" % (ts_rule(d), d.strftime("%y%m%d"), R.randint(1, 9999)),
        "%s|AUTOVER|batch %d released=%d held=%d dur=%dms" % (ts_rule(d), R.randint(80000, 99999), R.randint(3, 40), R.randint(0, 4), R.randint(40, 400)),
        "%s|RULE|R-203 QC_LOCKOUT_GLU|FIRED|device ACI2-%s QC overdue 24h -> device lockout sent" % (ts_rule(d), pick(GLUCS)[-4:]),
        "%s|RULE|R-117 CRIT_K_HIGH|FALSE|K=%.1f mmol/L" % (ts_rule(d), R.uniform(3.5, 5.5)),
        "%s|ENGINE|STATS|evaluated=%d fired=%d errors=0 p95=%dms" % (ts_rule(d), R.randint(1000, 9000), R.randint(10, 200), R.randint(3, 40)),
        "%s|RULE|R-150 HEMOLYSIS_FLAG|FIRED|acc=A%s%04d K suppressed, comment HEM appended" % (ts_rule(d), d.strftime("%y%m%d"), R.randint(1, 9999)),
    ]))]


def rules_phi():
    p = pt()
    d = tick(5, 200)
    acc = "A%s%04d" % (d.strftime("%y%m%d"), R.randint(1, 9999))
    k = R.random()
    l = Ln("mw_rules")
    if k < 0.35:
        l.t("%s|RULE|R-117 CRIT_K_HIGH|FIRED|K=%.1f mmol/L>6.0|action=HOLD+NOTIFY|acc=%s|pt=" % (ts_rule(d), R.uniform(6.1, 7.4), acc)).p(p.mrn, "mrn")
    elif k < 0.6:
        l.t("%s|RULE|R-061 PT_ID_MISMATCH|FIRED|device pt=" % ts_rule(d)).p(p.mrn, "mrn")
        l.t(" ADT name=").p(name_prose(p, "UPPERFL"), "name").t(" dob=").p(dfmt(p.dob, "us"), "date").t(" -> result to manual review queue")
    elif k < 0.8:
        l.t("%s|RULE|R-090 ACT_RANGE_ECMO|FIRED|ACT-k=%d s target 180-220 run=" % (ts_rule(d), R.randint(230, 320))).p(p.run, "other_id")
        l.t(" -> page ECMO specialist")
    else:
        l.t("%s|RULE|R-012 AGE_REF_RANGE|FIRED|pt=" % ts_rule(d)).p(p.mrn, "mrn").t(" age=")
        if p.age > 89:
            l.p(str(p.age), "age")
        else:
            l.t(str(p.age))
        l.t(" -> age-specific reference interval applied")
    return [l]


def oper_noise():
    d = tick(30, 400)
    op = pick(OPERATORS)
    k = R.random()
    if k < 0.4:
        obj = {"ts": ts_iso(d), "level": "warn", "svc": "poc-operator-mgr", "event": "operator.lockout", "operatorId": op[0],
               "operatorName": "%s, %s" % (op[1], op[2]), "role": op[3], "unit": pick(UNITS), "reason": pick(["COMPETENCY_EXPIRED", "QUIZ_FAILED", "TRAINING_INCOMPLETE"]),
               "competency": pick(["GLU-ACI2", "ISTAT-ACT", "GEM-BG"]), "expired": "2024-0%d-%02d" % (R.randint(7, 9), R.randint(1, 28)),
               "devicesNotified": R.randint(4, 40)}
    elif k < 0.6:
        obj = {"ts": ts_iso(d), "level": "info", "svc": "poc-operator-mgr", "event": "operator.unlock", "operatorId": op[0],
               "by": pick(["poc.coord.mhayes", "poc.coord.tnguyen"]), "note": "competency renewed via LMS", "certValidUntil": "2025-10-31"}
    elif k < 0.8:
        obj = {"ts": ts_iso(d), "level": "info", "svc": "poc-operator-mgr", "event": "opl.push", "deviceSerial": pick(GLUCS),
               "operators": R.randint(600, 1400), "added": R.randint(0, 12), "removed": R.randint(0, 9), "durationMs": R.randint(200, 3000)}
    else:
        obj = {"ts": ts_iso(d), "level": "warn", "svc": "poc-operator-mgr", "event": "device.qc_lockout", "deviceSerial": pick(GLUCS),
               "dock": "DOCK-%s-%02d" % (pick(UNITS), R.randint(1, 9)), "reason": "QC_DUE", "lastQc": ts_iso(d - dt.timedelta(hours=R.randint(24, 30)))}
    return [Ln("poc_operator_json").t(json.dumps(obj, ensure_ascii=False, separators=(",", ":")))]


def oper_phi():
    p = pt()
    d = tick(30, 300)
    op = pick(OPERATORS)
    l = Ln("poc_operator_json").t('{"ts":"%s","level":"warn","svc":"poc-operator-mgr","event":"test.blocked","operatorId":"%s",'
                                  '"reason":"OPERATOR_LOCKED","deviceSerial":"%s","patientId":"' % (ts_iso(d), op[0], pick(GLUCS)))
    l.p(p.mrn, "mrn").t('"')
    if R.random() < 0.5:
        l.t(',"patientName":"').p(name_prose(p), "name").t('"')
    l.t(',"escalatedTo":"charge RN","attempt":%d}' % R.randint(1, 3))
    return [l]


def qc_noise():
    d = tick(30, 600)
    an, sn, ip = pick(BGAS)
    k = R.random()
    if k < 0.3:
        txt = "QC  %s  %s SN %s  Lvl %d  Lot %d  pH=%.3f [7.110-7.150] OK  pCO2=%.1f [60.0-70.0] OK  pO2=%.1f [48-62] OK" % (
            d.strftime("%Y-%m-%d %H:%M"), an, sn, R.randint(1, 3), R.randint(700, 799), R.uniform(7.115, 7.145), R.uniform(61, 69), R.uniform(50, 60))
    elif k < 0.5:
        txt = "QC WARN 1-2s violation analyte=%s level=%d lot=QC%d-0924 value=%.2f mean=%.2f sd=%.3f dev=%s-%s action=rerun" % (
            pick(["iCa", "K", "Lac", "Glu"]), R.randint(1, 3), R.randint(1, 3), R.uniform(0.4, 0.6), 0.48, 0.015, an, sn)
    elif k < 0.7:
        an_, lo, hi, f = pick([("pO2", 60, 110, "%.1f"), ("pCO2", 25, 60, "%.1f"), ("pH", 7.1, 7.6, "%.3f"), ("Na", 120, 155, "%.0f"), ("K", 2.5, 6.5, "%.1f")])
        tgt = R.uniform(lo, hi)
        txt = ("PT CAP-AQ 2024-B sample AQ-0%d analyte=%s reported=" + f + " target=" + f + " acceptable=Y SDI=%.2f signed=POC coordinator") % (
            R.randint(6, 9), an_, tgt * R.uniform(0.985, 1.015), tgt, R.uniform(-1.5, 1.5))
    elif k < 0.85:
        txt = "QC GLU meter %s ctrl L%s PASS op=%s" % (
            pick(GLUCS), pick(["1 lot %d result %d mg/dL range 35-55" % (R.randint(480000, 489999), R.randint(36, 54)),
                               "2 lot %d result %d mg/dL range 280-360" % (R.randint(480000, 489999), R.randint(284, 352))]), pick(OPERATORS)[0])
    else:
        txt = "CALVER %s SN %s cartridge lot %d cal=%s drift pO2 %.1f%% iQM status=%s" % (
            an, sn, R.randint(10 ** 6, 10 ** 7), pick(["1-pt", "2-pt", "full"]), R.uniform(-2, 2), pick(["OK", "OK", "CORRECTIVE ACTION"]))
    return [Ln("qc_log").t(txt)]


# ---------------- ECMO / nursing notes ------------------------------------
NOTE_NOISE = [
    lambda: "Pump %d rpm / %.2f LPM, sweep %.1f L, FdO2 %d%%. Pre/post oxy dP %d." % (R.randint(2900, 4000), R.uniform(2.8, 5.1), R.uniform(1, 6), R.choice([40, 50, 60, 100]), R.randint(8, 30)),
    lambda: "Circuit: small fibrin strand post-pump head, no clots on oxy face. Trans-oxy gases OK.",
    lambda: "Hgb %.1f, plt %dK, fib %d, anti-Xa %.2f on bival %.2f mg/kg/h" % (R.uniform(7, 11), R.randint(60, 190), R.randint(150, 400), R.uniform(0.2, 0.6), R.uniform(0.03, 0.15)),
    lambda: "Plan: wean trial %s, TEE at bedside. Circuit check q1h, sweep per ABG." % pick(["1000", "1400", "tomorrow AM"]),
    lambda: "No chatter, cannula sites dry and intact, distal perfusion cannula flow %d mL/min by flow probe." % R.randint(150, 400),
    lambda: "Heater-cooler set %.1f C, pt temp %.1f C. Sedation RASS %d." % (R.uniform(36, 37.5), R.uniform(36, 37.5), R.randint(-3, 0)),
    lambda: "Spoke w/ Dr %s re: anticoag goal, no change." % pick(SURGEONS)[0],
]


def note_lines(p, rel_ok=True):
    """a few PHI-bearing free-text fragments, each a list of pieces"""
    rel, rf, rl = p.rel
    rname = "%s %s" % (rf, rl)
    common = [
        ["Pt ", (p.first.split()[0], "name"), " more awake, following commands, CAM-ICU neg."],
        ["DOB verified ", (dfmt(p.dob, pick(["us", "us_short", "long", "dmon_up"])), "date"), " with armband prior to blood admin, BB band ",
         (p.bbid, "other_id")],
        ["Cannulated ", (dfmt(p.cannul, "md"), "date"), " in OR, VA ECMO day %d today." % (TODAY - p.cannul).days],
    ]
    opts = [
        ["%s " % rel.capitalize() if rel != "HCPOA" else "HCPOA ", (rname, "name"), " at bedside overnight, updated by Dr. %s. Best contact " % pick(SURGEONS)[0],
         (phone_fmt(p.rel_phone), "phone")],
        ["%s " % rel.capitalize() if rel != "HCPOA" else "HCPOA ", (rname, "name"), " asked for updates by email to ", (p.rel_email, "email")],
        ["Family posts updates at ", ("https://www.caringbridge.org/visit/%s%s" % (ascii_fold(p.first).split()[0].lower().replace("-", ""),
                                                                             ascii_fold(p.last).replace(" ", "").replace(".", "").lower()), "url"),
         " - asked staff not to share clinical details there."],
        ["Pt lives at ", (p.street, "address"), ", ", (p.city, "address"), " %s " % p.state, (p.zip, "zip"), " - home health referral pending."],
        ["SW: %s ID " % {"MBI": "Medicare MBI", "MCD": "Medicaid", "COM": "ins member"}[p.hp], (p.hp_id, "health_plan"),
         " verified, transfer packet sent to LTACH."],
    ]
    if p.age > 89:
        opts.append(["Pt is ", (str(p.age), "age"), " y/o, DNR-CCA discussed w/ HCPOA (", (rname, "name"), ")."])
    if p.lvad:
        opts.append(["HeartMate 3 LVAD in situ (SN ", (p.lvad, "device"), "), speed 5400 rpm, PI 3.2 - VAD coord aware."])
    if rel_ok:
        opts.append(["Security: %s's car (plate " % rel, ("%s%s%s-%04d" % (pick("BCDFGHJK"), pick("LMNPRST"), pick("VWXYZ"), R.randint(1000, 9999)), "vehicle"),
                     ") in garage B, overnight pass approved."])
        opts.append(["Visitor log: ", (rname, "name"), " (%s) ID checked, OH DL " % rel, ("%s%s%06d" % (pick("ABCRST"), pick("EHKMQX"), R.randint(0, 999999)), "license")])
    return common, opts


def ecmo_note():
    p = pick([q for q in PEOPLE if q.old]) if R.random() < 0.15 else pt()
    d = tick(60, 900)
    out = []
    style = R.random()
    common, rare = note_lines(p)
    frags = R.sample(rare, R.randint(1, 2)) + R.sample(common, R.randint(0, 1))
    noise = [f() for f in R.sample(NOTE_NOISE, R.randint(2, 4))]
    body = frags + [[n] for n in noise]
    R.shuffle(body)
    if style < 0.4:
        # rounding sheet: header + free lines as stored by log shipper
        pf = pick(PERFUSIONISTS)
        h = Ln("ecmo_note").t("ECMO RNDS %s %s | Bed %s | " % (d.strftime("%m/%d"), d.strftime("%H%M"), p.bed))
        h.p(name_prose(p), "name").t(" | MRN ").p(p.mrn, "mrn").t(" | Run ").p(p.run, "other_id")
        out.append(h)
        for b in body:
            out.append(Ln("ecmo_note").x(b))
        out.append(Ln("ecmo_note").t("Signed: %s %s, CCP %s" % (pf[1], pf[0], d.strftime("%H:%M"))))
    elif style < 0.75:
        op = pick(OPERATORS)
        nid = R.randint(80000, 99999)
        for b in body:
            tick(0, 3)
            l = Ln("ecmo_note").t("[%s] (%s %s) N%d: " % (Clock.now.strftime("%Y-%m-%d %H:%M"), op[1], op[3], nid))
            out.append(l.x(b))
    else:
        op = pick(OPERATORS + [(x[2], x[0], x[1], "CCP") for x in PERFUSIONISTS])
        l = Ln("ecmo_note").t('{"noteId":"N-%d","encounter":"' % R.randint(80000, 99999)).p(p.visit, "other_id")
        l.t('","authorRole":"%s","author":"%s, %s","type":"ECMO Daily","createdAt":"%s","text":"' % (op[3], op[1], op[2], ts_iso(d)))
        l.t("ECMO day %d - " % max(1, (TODAY - p.cannul).days)).p(name_prose(p, "LFU"), "name").t("\\n")
        for i, b in enumerate(body[:4]):
            if i:
                l.t("\\n")
            l.x(b)
        l.t('"}')
        out.append(l)
    return out


# ---------------- blood bank ---------------------------------------------
PRODUCTS = [("E0382V00", "RBC AS-3 LR"), ("E0336V00", "RBC AS-1 LR IRR"), ("E2555V00", "FFP"), ("E3083V00", "PLT APH LR"),
            ("E5165V00", "CRYO POOL x5")]


def din():
    return "W0417 24 %06d" % R.randint(0, 999999)


def bb_noise():
    d = tick(30, 500)
    pc, desc = pick(PRODUCTS)
    txt = pick([
        "BBINV|%s|%s|%s|%s|%s|status=AVAILABLE|exp=%s|fridge=BB-R%d" % (ts_iso(d), din(), pc, desc, pick(["O NEG", "O POS", "A POS", "AB POS"]),
                                                                        (TODAY + dt.timedelta(days=R.randint(2, 40))).isoformat(), R.randint(1, 3)),
        "BBTEMP|%s|fridge=BB-R%d|temp=%.1fC|range=1-6C|ok" % (ts_iso(d), R.randint(1, 3), R.uniform(2.5, 5.5)),
        "BBRETURN|%s|%s|%s|returned in %d min, indicator intact|accepted|tech=%s" % (ts_iso(d), din(), pc, R.randint(8, 29), pick(["mls.tnguyen", "mls.oadebayo", "mls.jfrost"])),
        "BBCOOLER|%s|C-%02d|validated 6h|temp %.1fC|dest=CVOR-%d" % (ts_iso(d), R.randint(1, 20), R.uniform(2, 5), R.randint(1, 9)),
        "BBQC|%s|reagent rack anti-A/anti-B lot %d|reactivity 3+|OK" % (ts_iso(d), R.randint(10 ** 5, 10 ** 6)),
    ])
    return [Ln("bb_issue").t(txt)]


def bb_phi():
    p = pt()
    d = tick(30, 400)
    pc, desc = pick(PRODUCTS)
    l = Ln("bb_issue")
    if R.random() < 0.7:
        l.t("BBISSUE|%s|%s|%s|%s|%s|" % (ts_iso(d), din(), pc, desc, pick(["O NEG", "O POS", "A POS", "B NEG"]))).p(p.mrn, "mrn").t("|")
        l.p(name_prose(p, "UPPERFL"), "name").t("|").p(dfmt(p.dob, "us"), "date").t("|XM-%s|%s|issuedBy=%s|bbid=" % (
            pick(["COMPAT", "ELEC", "IS"]), pick(["CVOR-7", "CVICU", "CVOR-3"]), pick(["mls.tnguyen", "mls.oadebayo", "mls.jfrost"])))
        l.p(p.bbid, "other_id")
    else:
        l.t("BBMTP|%s|activated|%s|pt " % (ts_iso(d), pick(["CVOR-7", "CVICU"]))).p(p.mrn, "mrn").t(" ").p(name_prose(p), "name")
        l.t("|case ").p(p.case, "other_id").t("|round %d: 6 RBC 6 FFP 1 PLT|cooler C-%02d" % (R.randint(1, 3), R.randint(1, 20)))
    return [l]


# ---------------- maintenance tickets ------------------------------------
def maint_noise():
    d = tick(60, 900)
    if R.random() < 0.5:
        asset, sn_ = pick([("Terumo System 1 HLM", "3001-1457"), ("LivaNova S5 HLM", "47S05123"), ("LivaNova S5 HLM", "47S05388"),
                           ("Cardiohelp-i", pick(ECMOS)), ("HCU40 heater-cooler", "HCU40-%05d" % R.randint(1000, 9999)),
                           ("GEM Premier 5000", pick(BGAS[:2])[1]), ("ABL90 FLEX PLUS", "1151-R0234")])
        txt = "WO-%s-%04d | Asset %d | %s | SN %s | %s | status=%s | tech=biomed.%s | next_due=%s" % (
            d.strftime("%Y%m%d"), R.randint(1, 999), R.randint(100000, 109999), asset, sn_, pick(["PM semi-annual", "PM annual", "electrical safety", "flow sensor cal"]),
            pick(["Completed", "Open", "Awaiting parts"]), pick(["jhernandez", "pwalsh", "aokoro"]),
            (TODAY + dt.timedelta(days=R.randint(60, 200))).isoformat())
    else:
        obj = {"number": "INC%07d" % R.randint(40000, 59999),
               "short_description": pick(["Cardiohelp console %s battery alarm" % pick(ECMOS), "HCU40 water sample positive culture - quarantine",
                                          "GEM5000 %s cartridge failure x2" % pick(BGAS[:2])[1], "Dock DOCK-CVICU-03 not uploading"]),
               "assignment_group": "Clinical Engineering", "caller_id": pick([p[2] for p in PERFUSIONISTS]), "priority": str(R.randint(1, 4)),
               "state": pick(["New", "In Progress", "Resolved"]),
               "work_notes": pick(["Vendor case GS-%d opened, FSE ETA 14:00. Getinge support 1-800-433-4004" % R.randint(500000, 599999),
                                   "Loaner console delivered, asset tag %d" % R.randint(100000, 109999),
                                   "Contacted Werfen tech support (support@werfen-us.example), replaced pump tubing",
                                   "Firmware 4.2.1 applied, self-test OK, returned to service"]),
               "sys_id": hexid(32), "opened_at": d.strftime("%Y-%m-%d %H:%M:%S")}
        txt = json.dumps(obj, separators=(",", ":"))
    return [Ln("maint_ticket").t(txt)]


def maint_phi():
    p = pt()
    d = tick(60, 600)
    sn = pick(ECMOS)
    k = R.random()
    if k < 0.35:
        l = Ln("maint_ticket").t("WO-%s-%04d | Asset %d | Cardiohelp-i | SN %s | Incident: oxygenator failure during run on pt " % (
            d.strftime("%Y%m%d"), R.randint(1, 999), R.randint(100000, 109999), sn))
        l.p(name_prose(p), "name").t(" MRN ").p(p.mrn, "mrn").t(" - HLS set sequestered per policy, MedWatch draft started | status=Open | tech=biomed.%s" % pick(["jhernandez", "pwalsh"]))
        return [l]
    if k < 0.6:
        l = Ln("maint_ticket").t('{"number":"INC%07d","short_description":"HCU40 exposure review (M. chimaera)","assignment_group":"Infection Prevention",'
                                 '"state":"New","work_notes":"Patients on HCU40-%05d during quarantine window: ' % (R.randint(40000, 59999), R.randint(1000, 9999)))
        q = pt()
        l.p(p.case, "other_id").t(" (OR ").p(dfmt(p.surg, "us"), "date").t("), ").p(q.case, "other_id").t(" (OR ").p(dfmt(q.surg, "us"), "date")
        l.t('). Surgeon notification pending.","opened_at":"%s"}' % d.strftime("%Y-%m-%d %H:%M:%S"))
        return [l]
    l = Ln("maint_ticket").t('{"number":"INC%07d","short_description":"Pump head noise during ECMO run, console %s","assignment_group":"Clinical Engineering",'
                             '"state":"In Progress","description":"Occurred on pt in CVICU bed %s (MRN ' % (R.randint(40000, 59999), sn, p.bed))
    l.p(p.mrn, "mrn").t(", ").p(p.last.upper(), "name").t("). Circuit change done ").p(dfmt(p.cannul + dt.timedelta(days=1), "us_short"), "date")
    l.t(' by ECMO team, console swapped to backup %s.","opened_at":"%s"}' % (pick(ECMOS), d.strftime("%Y-%m-%d %H:%M:%S")))
    return [l]


# ---------------- .NET middleware ----------------------------------------
def cs_noise():
    d = tick(1, 90)
    ts = ts_serilog(d)
    dev = pick(GLUCS)
    out = []
    k = R.random()
    if k < 0.15:
        out.append(Ln("dotnet_log").t("%s [INF] PocMw.Listeners.Poct1aListener: Connection accepted from 10.40.%d.%d:%d DeviceId=ACI2-%s" %
                                      (ts, R.randint(10, 30), R.randint(2, 250), R.randint(49152, 65535), dev[-4:])))
    elif k < 0.3:
        out.append(Ln("dotnet_log").t("%s [DBG] PocMw.Poct1a.ConversationHandler: HEL.R01 -> ACK.R01 control_id=%d elapsed=%dms" %
                                      (ts, R.randint(10000, 99999), R.randint(2, 90))))
    elif k < 0.45:
        out.append(Ln("dotnet_log").t("%s [INF] PocMw.Outbound.Hl7Sender: Sent ORU^R01 MSH-10=MW%s%04d to 10.40.2.15:6661 ack=AA rtt=%dms" %
                                      (ts, ts_hl7(d), R.randint(1, 9999), R.randint(20, 400))))
    elif k < 0.55:
        out.append(Ln("dotnet_log").t("%s [WRN] PocMw.Outbound.Hl7Sender: ACK timeout after 30000ms, retry %d/5 TraceId=%s SpanId=%s" %
                                      (ts, R.randint(1, 5), hexid(32), hexid(16))))
    elif k < 0.65:
        out.append(Ln("dotnet_log").t("%s [ERR] PocMw.Listeners.AstmListener: Socket error on %s:4001" % (ts, pick(BGAS)[2])))
        out.append(Ln("dotnet_log").t("System.Net.Sockets.SocketException (10054): An existing connection was forcibly closed by the remote host."))
        out.append(Ln("dotnet_log").t("   at System.Net.Sockets.NetworkStream.Read(Byte[] buffer, Int32 offset, Int32 count)"))
        out.append(Ln("dotnet_log").t("   at PocMw.Listeners.AstmListener.ReadFrameAsync(CancellationToken ct) in D:\\a\\1\\s\\src\\PocMw.Listeners\\AstmListener.cs:line %d" % R.randint(80, 300)))
    elif k < 0.75:
        out.append(Ln("dotnet_log").t("%s [INF] PocMw.Health.HealthReporter: Healthy db=OK adt_cache=OK(%d entries) queue_depth=%d uptime=%d.%02d:%02d:%02d build=%d.%d.%d+%s" %
                                      (ts, R.randint(30000, 50000), R.randint(0, 6), R.randint(0, 9), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59),
                                       4, R.randint(1, 9), R.randint(100, 999), hexid(7))))
    elif k < 0.85:
        out.append(Ln("dotnet_log").t("%s|INFO|PocMw.Worker.DockPoller|Polled %d docks, %d with pending uploads (TraceId=%s)" %
                                      (d.strftime("%Y-%m-%d %H:%M:%S.") + "%04d" % R.randint(0, 9999), R.randint(12, 40), R.randint(0, 6), hexid(32))))
    elif k < 0.93:
        out.append(Ln("dotnet_log").t("%s [INF] Microsoft.Hosting.Lifetime: %s" % (ts, pick(["Application started. Press Ctrl+C to shut down.",
                                                                                               "Hosting environment: Production",
                                                                                               "Content root path: C:\\Services\\PocMw\\"]))))
    else:
        out.append(Ln("dotnet_log").t("%s [ERR] PocMw.Poct1a.ObsParser: Malformed OBS.R01 from ACI2-%s" % (ts, dev[-4:])))
        out.append(Ln("dotnet_log").t("System.Xml.XmlException: Unexpected end of file has occurred. The following elements are not closed: SVC, OBS.R01. Line 1, position %d." % R.randint(300, 900)))
        out.append(Ln("dotnet_log").t("   at System.Xml.XmlTextReaderImpl.Throw(Exception e)"))
        out.append(Ln("dotnet_log").t("   at PocMw.Poct1a.ObsParser.Parse(XElement msg) in D:\\a\\1\\s\\src\\PocMw.Poct1a\\ObsParser.cs:line %d" % R.randint(40, 200)))
    return out


def json_escape_nonascii(s):
    return "".join(c if ord(c) < 128 else "\\u%04X" % ord(c) for c in s)


def cs_phi():
    p = pt()
    d = tick(1, 60)
    ts = ts_serilog(d)
    k = R.random()
    l = Ln("dotnet_log")
    if k < 0.3:
        op = pick(OPERATORS)
        l.t('%s [WRN] PocMw.Adt.PatientResolver: No ADT match for PatientId="' % ts).p(p.mrn.lstrip("0"), "mrn")
        l.t('" (device ACI2-%s, operator %s); result held for review' % (pick(GLUCS)[-4:], op[0]))
    elif k < 0.55:
        l.t("%s [DBG] PocMw.Adt.PatientResolver: Resolved " % ts).p(p.mrn, "mrn").t(' -> {"Family":"').p(json_escape_nonascii(p.last), "name")
        l.t('","Given":"').p(json_escape_nonascii(p.first), "name").t('","BirthDate":"').p(dfmt(p.dob, "iso"), "date").t('","Sex":"%s"} (cache hit)' % p.sex)
    elif k < 0.75:
        l.t('%s [ERR] PocMw.Outbound.Hl7Sender: NACK AE from EPIC for MSH-10=MW%s%04d: "PID-3 ' % (ts, ts_hl7(d), R.randint(1, 9999)))
        l.p(p.mrn, "mrn").t(" not on encounter ").p(p.visit, "other_id").t(' (encounter discharged)"')
    else:
        l.t('%s [DBG] PocMw.Poct1a.ObsMapper: Mapping OBS for PT.patient_id=' % ts).p(p.mrn, "mrn").t(' PT.name="')
        l.p(p.last.upper() + "^" + p.first.upper(), "name").t('" obs=Glu value=%d' % R.randint(50, 350))
    return [l]


# ---------------- Java bridge --------------------------------------------
def jv(level, thread, logger, msg, d=None):
    d = d or Clock.now
    return Ln("java_log").t("%s %-5s [%s] %s - %s" % (ts_logback(d), level, thread, logger, msg))


def java_noise():
    d = tick(1, 80)
    an, sn, ip = pick(BGAS)
    k = R.random()
    th = "astm-rx-%d" % R.randint(1, 4)
    if k < 0.2:
        return [jv("INFO", th, "c.s.poc.astm.AstmLinkHandler", "ENQ from %s:4001 (%s-%s), replying ACK" % (ip, an, sn))]
    if k < 0.35:
        return [jv("DEBUG", th, "c.s.poc.astm.FrameDecoder", "frame %d/%s checksum=%02X ok len=%d" % (R.randint(1, 7), pick(["ETB", "ETX"]), R.randint(0, 255), R.randint(40, 240)))]
    if k < 0.45:
        return [jv("WARN", th, "c.s.poc.astm.FrameDecoder", "checksum mismatch frame %d expected=%02X got=%02X, sending NAK (retry %d/6)" % (R.randint(1, 7), R.randint(0, 255), R.randint(0, 255), R.randint(1, 6)))]
    if k < 0.6:
        return [jv("INFO", "hl7-out-1", "c.s.poc.hl7.MllpSender", "ACK AA for control id MW%s%04d in %d ms" % (ts_hl7(d), R.randint(1, 9999), R.randint(10, 300)))]
    if k < 0.7:
        out = [jv("ERROR", "hl7-out-1", "c.s.poc.hl7.MllpSender", "send failed to 10.40.2.15:6661, will retry in 30s")]
        out.append(Ln("java_log").t("java.net.ConnectException: Connection refused"))
        out.append(Ln("java_log").t("\tat java.base/sun.nio.ch.Net.connect0(Native Method)"))
        out.append(Ln("java_log").t("\tat java.base/sun.nio.ch.Net.connect(Net.java:579)"))
        out.append(Ln("java_log").t("\tat com.smhv.poc.hl7.MllpSender.open(MllpSender.java:%d)" % R.randint(40, 200)))
        return out
    if k < 0.8:
        return [jv("INFO", "scheduling-1", "c.s.poc.qc.QcScheduler", "QC due check: %d analyzers due within 2h, %d overdue" % (R.randint(0, 5), R.randint(0, 2)))]
    if k < 0.9:
        return [jv("INFO", "main", *pick([("com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed."),
                                          ("o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port(s): 8443 (https) with context path '/astm-bridge'"),
                                          ("c.s.poc.AstmBridgeApplication", "Started AstmBridgeApplication in %.3f seconds (process running for %.3f)" % (R.uniform(4, 9), R.uniform(9, 12)))]))]
    return [jv("INFO", th, "c.s.poc.astm.AstmLinkHandler", "EOT from %s, session %s closed, records=%d" % (sn, ruuid(), R.randint(3, 14)))]


def java_phi():
    p = pt()
    tick(1, 60)
    th = "astm-rx-%d" % R.randint(1, 4)
    k = R.random()
    if k < 0.4:
        l = Ln("java_log").t("%s DEBUG [%s] c.s.poc.astm.RecordMapper - P record: pid=" % (ts_logback(Clock.now), th)).p(p.mrn, "mrn")
        l.t(" name=").p(p.last + "^" + p.first, "name").t(" dob=").p(dfmt(p.dob, "hl7"), "date").t(" sex=%s" % p.sex)
        return [l]
    if k < 0.65:
        l = Ln("java_log").t("%s WARN  [hl7-out-1] c.s.poc.hl7.OruBuilder - PID-7 missing for patient " % ts_logback(Clock.now)).p(p.mrn, "mrn")
        l.t(", falling back to ADT dob ").p(dfmt(p.dob, "iso"), "date")
        return [l]
    if k < 0.85:
        l = Ln("java_log").t("%s INFO  [bb-sync-1] c.s.poc.bb.IssueSync - Issued unit %s to " % (ts_logback(Clock.now), din())).p(p.mrn, "mrn")
        l.t(" (").p(name_prose(p, "UPPERFL"), "name").t(") case ").p(p.case, "other_id")
        return [l]
    out = [Ln("java_log").t("%s ERROR [hl7-out-1] c.s.poc.hl7.OruBuilder - could not build ORU for " % ts_logback(Clock.now)).p(p.mrn, "mrn")]
    out.append(Ln("java_log").t("ca.uhn.hl7v2.model.DataTypeException: Failed validation rule for value \"").p(p.last.upper() + "^" + p.first.upper() + "^^^^^^^^^^^^^^^^^^", "name")
               .t("\": Maxumim size <= 48"))
    out.append(Ln("java_log").t("\tat ca.uhn.hl7v2.model.AbstractPrimitive.setValue(AbstractPrimitive.java:%d)" % R.randint(150, 220)))
    return out


# ---------------- nginx --------------------------------------------------
UAS = ['"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36 Edg/129.0.0.0"',
       '"kube-probe/1.29"', '"Prometheus/2.53.1"', '"python-requests/2.32.3"']


def nginx_noise():
    d = tick(1, 45)
    path, ua, user = pick([("/healthz", UAS[1], "-"), ("/metrics", UAS[2], "-"), ("/api/v2/devices?status=offline", UAS[0], pick([p[2] for p in PERFUSIONISTS])),
                           ("/api/v2/qc/summary?unit=CVICU", UAS[0], "poc.coord.mhayes"), ("/static/app.%s.js" % hexid(8), UAS[0], "-"),
                           ("/api/v2/operators/E20931/certs", UAS[3], "svc-lms")])
    return [Ln("nginx_access").t('10.40.%d.%d - %s [%s] "GET %s HTTP/1.1" %d %d "-" %s %.3f' % (
        R.randint(2, 30), R.randint(2, 250), user, ts_clf(d), path, pick([200, 200, 200, 304, 401]), R.randint(200, 90000), ua, R.uniform(0.001, 0.9)))]


def nginx_phi():
    p = pt()
    d = tick(1, 45)
    user = pick([x[2] for x in PERFUSIONISTS] + ["poc.coord.mhayes"])
    l = Ln("nginx_access").t('10.40.%d.%d - %s [%s] "GET ' % (R.randint(2, 30), R.randint(2, 250), user, ts_clf(d)))
    if R.random() < 0.6:
        l.t("/api/v2/patients/").p(p.mrn, "mrn").t("/bloodgas?limit=%d" % pick([20, 50, 100]))
    else:
        l.t("/mw/results/search?lastName=").p(quote(p.last), "name").t("&dob=").p(dfmt(p.dob, "iso"), "date")
    l.t(' HTTP/1.1" 200 %d "https://poc-mw.smhv.local/ui/results" %s %.3f' % (R.randint(800, 40000), UAS[0], R.uniform(0.01, 0.6)))
    return [l]


# ---------------- glucometer CSV -----------------------------------------
GLUC_HDR = "SeqNo,Date,Time,MeterSN,OperatorID,PatientID,Result,Units,StripLot,Flags"


def gluc_noise():
    out = []
    if R.random() < 0.35:
        out.append(Ln("gluc_csv").t(GLUC_HDR))
    for _ in range(R.randint(1, 2)):
        d = tick(10, 200)
        out.append(Ln("gluc_csv").t("%d,%s,%s,%s,%s,QC-L%d,%d,mg/dL,%d,QC PASS" % (R.randint(1000, 9999), d.strftime("%m/%d/%Y"), d.strftime("%H:%M"),
                                                                               pick(GLUCS), pick(OPERATORS)[0], *pick([(1, R.randint(38, 55)), (2, R.randint(285, 350))]), R.randint(480000, 489999))))
    return out


def gluc_phi():
    out = []
    if R.random() < 0.4:
        out.append(Ln("gluc_csv").t(GLUC_HDR))
    meter = pick(GLUCS)
    seq = R.randint(1000, 9000)
    for _ in range(R.randint(1, 3)):
        d = tick(10, 200)
        p = pt()
        seq += R.randint(1, 4)
        v = R.randint(45, 420)
        fl = "HI-CRIT" if v > 350 else ("LO-CRIT" if v < 50 else pick(["", "", "", "REPEAT", "CMT:ART LINE"]))
        l = Ln("gluc_csv").t("%d," % seq).p(d.strftime("%m/%d/%Y"), "date").t(",%s,%s,%s," % (d.strftime("%H:%M"), meter, pick(OPERATORS)[0]))
        l.p(p.mrn, "mrn").t(",%d,mg/dL,%d,%s" % (v, R.randint(480000, 489999), fl))
        out.append(l)
    return out


NOISE_POOL = [(hlm_noise, 9), (ecmo_noise, 8), (perf_csv_noise, 4), (perf_xml_noise, 4), (poct_noise, 8), (hl7_ack, 3),
              (rules_noise, 6), (oper_noise, 6), (qc_noise, 10), (bb_noise, 5), (maint_noise, 5), (cs_noise, 8),
              (java_noise, 7), (nginx_noise, 5), (gluc_noise, 3)]
PHI_POOL = [(hlm_case, 2.5), (ecmo_link, 5), (perf_csv, 3), (perf_xml, 4), (poct_obs, 6), (astm_msg, 2), (hl7_oru, 2.5),
            (rules_phi, 6), (oper_phi, 4), (ecmo_note, 6), (bb_phi, 6), (maint_phi, 2), (cs_phi, 6), (java_phi, 5),
            (nginx_phi, 4), (gluc_phi, 3)]


def wpick(pool):
    tot = sum(w for _, w in pool)
    r = R.uniform(0, tot)
    for f, w in pool:
        r -= w
        if r <= 0:
            return f
    return pool[-1][0]


def main():
    N = 500
    lines = []
    while len(lines) < N:
        due = [x for x in PENDING if x[0] <= Clock.now]
        if due:
            PENDING.remove(due[0])
            blk = due[0][1]()
            if len(lines) + len(blk) <= N:
                lines += blk
            continue
        noise = sum(1 for l in lines if not l.sp)
        frac = noise / len(lines) if lines else 0
        blk = wpick(NOISE_POOL if frac < 0.55 else PHI_POOL)()
        if len(lines) + len(blk) > N:
            continue
        lines += blk
    assert len(lines) == N
    logb = []
    labs = []
    for i, l in enumerate(lines, 1):
        raw = bytes(l.b)
        txt = raw.decode("utf-8")
        assert "\n" not in txt and "\r" not in txt and txt.strip(), (i, txt)
        spans = []
        for s, e, c, v in sorted(l.sp):
            assert raw[s:e] == v.encode("utf-8"), (i, raw[s:e], v)
            spans.append({"s": s, "e": e, "cat": c})
        for a, b in zip(spans, spans[1:]):
            assert a["e"] <= b["s"], (i, spans)
        logb.append(raw)
        labs.append(json.dumps({"line": i, "family": l.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "wb") as f:
        f.write(b"\n".join(logb))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(labs))


if __name__ == "__main__":
    main()
