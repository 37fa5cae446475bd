#!/usr/bin/env python3
"""gen_sn.py - synthetic labeled log corpus "sn".

Organisation (all fictional): Meridian Offshore Health LLC ("MOH"), an onshore
occupational-health contractor in Houma, LA, that staffs the sickbay of the
production platform Pelican Point A ("PPA", Ship Shoal 312, Gulf of Mexico)
operated by Calder Gulf Energy ("CGE"). Crew change is flown by Gulfwing
Helicopters (flights GWnnn) out of the Houma heliport. The file is one SIEM
export (log shipper archive) of 500 interleaved lines, roughly one day.

Systems simulated (family names in the labels file):
  pob_json       Tally POB v4 (persons-on-board) JSON logger: check-in, muster
                 swipes, NOK updates, enrolment with badge photo, summaries
  manifest_csv   Gulfwing crew-change manifest export (#FLT header + pax rows,
                 airline style LAST/FIRST names)
  heliport_syslog  heliport check-in kiosk (hcis), breath-alcohol screen,
                 parking LPR camera, kiosk noise (RFC3164 syslog)
  sickbay_pipe   offshore medic daily treatment log (pipe delimited, some
                 notes in Spanish)
  telemed_json   TopsideMD telemedicine vendor (camelCase JSON, UTC)
  radio_fixed    platform radio-room log (fixed width columns)
  hl7v2          MOH occupational EMR "OCCUMED" HL7 v2.5.1 (one segment/line)
  ccf_kv         DOT/USCG drug & alcohol testing: CCF collection, MRO result,
                 breath alcohol (key=value)
  certdb_sql     survival-training certificate DB (PostgreSQL statement log)
  fhir_json      fitness-to-work medical FHIR R4 resources (one per line)
  nginx_access   MOH worker portal / staff EHR access log
  java_trace     manifest validation service (log4j + stack trace lines)
  sms_logfmt     SMS gateway (logfmt) outbound/inbound/DLR
  cdreg_csv      sickbay controlled-drug register (CSV)
  hms_nmea       helideck monitoring system sentences (no PHI)
  auth_syslog    sshd / Windows logon events of staff (no PHI)
  x12_837        837P workers' compensation (LHWCA) claims, one segment/line
  handover_text  medic shift handover free text
  chat           ops chat export (#ppa-logistics / #ppa-medical)

Labeling decisions (grey cases):
  * The people the organisation serves are the offshore workforce (employees
    and contractors on the POB): they are the medic's and MOH's patients and
    the donors of drug tests. Their identifiers are PHI wherever they appear
    in a record about them, including POB, manifest, heliport and
    certificate records (these are kept by the health contractor's SIEM and
    tie the person to the health service). Next of kin / relatives too.
  * Staff at work are not PHI: medics, topside physician, MRO, collectors,
    OIM, HLO, pilots, radio operators, IT users; also employers/contractor
    company names, the operator, the heliport, MOH's own addresses, phones,
    fax numbers and NPIs, aircraft registrations (N-numbers), flight numbers.
  * persno (CGE personnel number), OPITO learner id, POB/muster card UIDs,
    CCF specimen ids, workers' comp claim and OWCP case numbers -> other_id.
    MOH MRN (and FHIR Patient ids derived from it) -> mrn. MOH patient
    account and visit numbers, card PANs -> account. Group-plan member ids
    -> health_plan.
  * Survival-training certificate numbers (HUET/BOSIET/FOET), TWIC credential
    numbers and driver's licences -> license. Vehicle plates and VINs seen by
    the heliport parking LPR -> vehicle.
  * Devices: MOB/personal locator beacons and personal H2S monitors issued to a
    named person, personal phone IMEIs, insulin-pump serial/UDI with serial
    -> device. Shared sickbay / collection equipment (monitors, breathalyser
    EBT serials, scales, readers) is not PHI; a UDI device identifier (DI)
    alone is a model number, not PHI.
  * Dates: DOB, consult/service dates, collection and MRO verification dates,
    injury dates, restriction end dates, appointment dates, certificate
    issue/expiry dates, expected-off dates of a person -> date. Timestamps of
    the log record itself (including HL7 MSH-7, syslog headers, JSON ts of
    the logger) and flight-level dates in manifest headers are not PHI.
  * Ages are labeled only above 89 (seen for relatives); worker ages are not.
  * A first name or surname alone referring to a worker/relative is a name.
  * A URL path that embeds a worker identifier is one `url` span (the id
    inside it is not labeled separately). Worker home IPs (self-service,
    telemedicine app) -> ip; internal 10.x staff workstation IPs, platform
    VSAT egress and server IPs are not PHI.
  * HL7 XPN names (LAST^FIRST^MI) are one span; X12 NM1 last/first are
    separate elements and so separate spans. Street and city are separate
    spans when they are separate fields; ZIP always its own span.
  * JSON strings with non-ASCII names are labeled where their escaped bytes
    (\\u00f8 ...) sit; percent-encoded values likewise.
  * A mistyped/invalid SSN that is still the person's is labeled ssn; all-zero
    placeholders (000-00-0000) are not labeled.
  * Base64 badge photo -> photo; face/fingerprint templates -> biometric.
  * Session UUIDs, trace ids, HL7 control ids, courier tracking numbers,
    lot numbers, PO numbers are software/business identifiers: not PHI.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import sys
import urllib.parse

ID = "sn"
R = random.Random(231823)


# ----------------------------------------------------------------- spans
class P:
    """A PHI value placed in a line. t = exact text written, c = category."""
    __slots__ = ("t", "c", "num")

    def __init__(self, t, c, num=False):
        self.t, self.c, self.num = str(t), c, num


class JS:
    """A JSON string value built from plain and P parts."""
    def __init__(self, *parts):
        self.parts = parts


def flat(parts, out):
    for p in parts:
        if isinstance(p, (list, tuple)):
            flat(p, out)
        elif p is not None:
            out.append(p)
    return out


def mk(*parts):
    seq = flat(parts, [])
    buf = bytearray()
    spans = []
    for p in seq:
        if isinstance(p, P):
            b = p.t.encode("utf-8")
            s = len(buf)
            buf += b
            spans.append({"s": s, "e": len(buf), "cat": p.c, "_v": p.t})
        else:
            buf += p.encode("utf-8")
    return bytes(buf), spans


def jesc(s, asc):
    return json.dumps(s, ensure_ascii=asc)[1:-1]


def J(o, asc=True, compact=False):
    """JSON encoder that keeps P spans."""
    ik, kv = (",", ":") if compact else (", ", ": ")
    if isinstance(o, P):
        if o.num:
            return [o]
        return ['"', P(jesc(o.t, asc), o.c), '"']
    if isinstance(o, JS):
        out = ['"']
        for p in o.parts:
            out.append(P(jesc(p.t, asc), p.c) if isinstance(p, P) else jesc(p, asc))
        out.append('"')
        return out
    if isinstance(o, dict):
        out = ["{"]
        for i, (k, v) in enumerate(o.items()):
            if i:
                out.append(ik)
            out += [json.dumps(k), kv, J(v, asc, compact)]
        out.append("}")
        return out
    if isinstance(o, list):
        out = ["["]
        for i, v in enumerate(o):
            if i:
                out.append(ik)
            out.append(J(v, asc, compact))
        out.append("]")
        return out
    return [json.dumps(o, ensure_ascii=asc)]


# --------------------------------------------------------------- numbers
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


def npi():
    body = "1" + "".join(R.choice("0123456789") for _ in range(8))
    return body + luhn_digit("80840" + body)


def imei():
    body = R.choice(["35", "86", "01"]) + "".join(R.choice("0123456789") for _ in range(12))
    return body + luhn_digit(body)


def pan():
    body = "4" + "".join(R.choice("0123456789") for _ in range(14))
    return body + luhn_digit(body)


def ssn(valid=True):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


VIN_T = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                              [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["1FT", "1GC", "3GC", "1C6", "5TF", "1N6"]) +
             "".join(R.choice(chars) for _ in range(5)) + "0" +
             R.choice("LMNPR") + R.choice("ABCDEFGHJK") + "".join(R.choice("0123456789") for _ in range(6)))
    tot = sum((int(c) if c.isdigit() else VIN_T[c]) * w for c, w in zip(v, VIN_W))
    cd = tot % 11
    v[8] = "X" if cd == 10 else str(cd)
    return "".join(v)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


# ----------------------------------------------------------------- people
FIRST = [("Remy", "M"), ("Jorge", "M"), ("Minh", "M"), ("Darnell", "M"), ("Cody", "M"),
         ("Jean-Luc", "M"), ("Hunter", "M"), ("Wade", "M"), ("Rusty", "M"), ("Colby", "M"),
         ("Trey", "M"), ("Dwayne", "M"), ("Kenji", "M"), ("Aleksandr", "M"), ("Olumide", "M"),
         ("Ravi", "M"), ("Siobhan", "F"), ("Marisol", "F"), ("Faith", "F"), ("Dawn", "F"),
         ("Bao", "M"), ("Lars", "M"), ("Ingrid", "F"), ("Mateus", "M"), ("Wilfredo", "M"),
         ("Guy", "M"), ("Bill", "M"), ("Joy", "F"), ("Destiny", "F"), ("Royce", "M"),
         ("Efraín", "M"), ("Keondre", "M"), ("Tuấn", "M"), ("Chance", "M"), ("Brandi", "F"),
         ("Thibault", "M"), ("Amos", "M"), ("Precious", "F"), ("Nils", "M"), ("Dusty", "M")]
LAST = ["Thibodeaux", "Castillo-Reyes", "Tran", "Boudreaux", "LeBlanc", "Hebert", "Guidry",
        "St. Romain", "de la Cruz", "Okonkwo", "Mouton-Falgout", "Van der Walt", "Sørensen",
        "MacLeod", "O'Neil", "Pham", "Al-Khatib", "Dupré", "Fitzgerald-Kane", "Stone", "Marsh",
        "Bell", "Pike", "Cannon", "Rich", "Fields", "Page", "Bishop", "Chauvin", "Landry",
        "Kowalczyk", "Ibáñez", "Nakamura", "Achterberg", "Banerjee", "Savoie", "Falgoust",
        "Lirette", "Pellegrin", "Nguyễn"]
TOWNS = [("Houma", "LA", "70360"), ("Houma", "LA", "70364"), ("Thibodaux", "LA", "70301"),
         ("Raceland", "LA", "70394"), ("Morgan City", "LA", "70380"), ("Lafayette", "LA", "70503"),
         ("New Iberia", "LA", "70560"), ("Cut Off", "LA", "70345"), ("Golden Meadow", "LA", "70357"),
         ("Lockport", "LA", "70374"), ("Pascagoula", "MS", "39567"), ("Mobile", "AL", "36606"),
         ("Beaumont", "TX", "77706"), ("Lake Charles", "LA", "70605"), ("Abbeville", "LA", "70510"),
         ("Galliano", "LA", "70354"), ("Bourg", "LA", "70343"), ("Port Arthur", "TX", "77642")]
STREETS = ["Bayou Black Dr", "W Main St", "Coteau Rd", "St Charles St", "Westside Blvd",
           "Hwy 182", "Chauvin Ln", "Pecan Grove Ct", "Magnolia St", "LA-1", "Grand Bois Rd",
           "Shrimpers Row", "Cypress Bend Dr", "Old Spanish Trl", "Country Club Blvd",
           "Rue Beauregard", "Live Oak Loop"]
EMPLOYERS = ["Calder Gulf Energy", "Gulfline Wireline", "Bayou Crane Services",
             "Acadiana Catering Co", "Tideland Scaffold", "Redfish Electrical LLC",
             "Proserv Coatings", "Halvard Subsea", "Delta Instrumentation"]
RELS = ["spouse", "mother", "father", "sister", "brother", "partner", "son", "daughter"]
MAILDOM = ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "att.net", "cox.net", "bellsouth.net"]

ASCII = str.maketrans({"ø": "o", "é": "e", "á": "a", "ñ": "n", "í": "i", "ễ": "e", "ấ": "a"})


def asc(s):
    return s.translate(ASCII)


def phone_parts():
    area = R.choice(["985", "985", "337", "504", "228", "251", "409", "225"])
    mid = R.choice(["555", str(R.randint(220, 989))])
    return area, mid, digits(4)


def public_ip():
    return "%d.%d.%d.%d" % (R.choice([73, 98, 174, 47, 68, 99, 24, 107, 172]),
                            R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))


class W:
    pass


def make_worker(i):
    w = W()
    w.first, w.sex = FIRST[i % len(FIRST)]
    w.last = LAST[(i * 7 + 3) % len(LAST)]
    w.mi = R.choice("ABCDEJLMRT") if R.random() < 0.7 else ""
    w.dob = dt.date(R.randint(1962, 2001), R.randint(1, 12), R.randint(1, 28))
    w.ssn = ssn()
    w.persno = "P0%05d" % R.randint(10000, 99999)
    w.mrn = "MOH-%06d" % R.randint(1000, 199999)
    w.acct = "A%08d" % R.randint(10000000, 99999999)
    w.twic = digits(16)
    w.huet = "RH-HUET-%02d-%06d" % (R.randint(21, 24), R.randint(100000, 999999))
    w.bosiet = "OPITO/%04d/%s" % (R.randint(1000, 9999), digits(6))
    w.opito = "OP%07d" % R.randint(1000000, 9999999)
    w.huet_iss = dt.date(R.randint(2021, 2024), R.randint(1, 12), R.randint(1, 28))
    w.huet_exp = dt.date(w.huet_iss.year + 4, w.huet_iss.month, w.huet_iss.day)
    w.dl = "0" + digits(8)
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    w.plate = R.choice(["%s %s" % (digits(3), "".join(R.choice(L) for _ in range(3))),
                        "%s%s" % ("".join(R.choice(L) for _ in range(3)), digits(3))])
    w.vin = vin()
    w.phone = phone_parts()
    w.email = "%s%s%s@%s" % (asc(w.first).lower().replace("-", ""), R.choice([".", "_", ""]),
                            asc(w.last).lower().replace(" ", "").replace("'", "").replace(".", ""),
                            R.choice(MAILDOM)) if R.random() < 0.7 else \
        "%s%s%d@%s" % (asc(w.first).lower()[:4], asc(w.last).lower()[:3], R.randint(1, 99), R.choice(MAILDOM))
    w.town = R.choice(TOWNS)
    w.street = "%d %s" % (R.randint(101, 9899), R.choice(STREETS))
    if R.random() < 0.25:
        w.street += R.choice([" Apt 4B", " Lot 17", " Unit 3", " Apt 212"])
    w.employer = EMPLOYERS[R.randrange(len(EMPLOYERS))]
    w.hp = "XUP%09d" % R.randint(100000000, 999999999)
    w.imei = imei()
    w.beacon = "972%06d" % R.randint(0, 999999)
    w.h2s = "MA%s-%s" % (digits(2), digits(5))
    w.card = hexs(8).upper()
    w.ip = public_ip()
    nf, _ = R.choice(FIRST)
    w.nok = ("%s %s" % (nf, w.last if R.random() < 0.6 else R.choice(LAST)), R.choice(RELS), phone_parts())
    w.claim = "WC%s-%s" % (digits(2), digits(6))
    w.owcp = "08-%s" % digits(6)
    return w


WORKERS = [make_worker(i) for i in range(44)]


def wk():
    return R.choice(WORKERS)


MEDICS = [("Dale Fontenot", "dfontenot", "D. Fontenot"), ("Kemi Oyelaran-Price", "koprice", "K. Oyelaran-Price")]
DOC = ("Anil", "Varghese", npi())
MRO = ("Helen", "Strand", npi())
MOH_NPI = npi()
COLLECTORS = ["Kim Arceneaux", "Tasha Verret"]
OIM = "T. Brannigan"
HLO = "L. Ybarra"
FLIGHTS = [("GW412", "N392GW", "S-92A", "S.WHITCOMBE", "R.OKEKE", "0630"),
           ("GW413", "N417GW", "AW139", "J.PARMENTIER", "D.KOHL", "0915"),
           ("GW415", "N392GW", "S-92A", "S.WHITCOMBE", "R.OKEKE", "1340"),
           ("GW418", "N455GW", "AW139", "M.ASHBY", "T.LUU", "1610")]

# ------------------------------------------------------------------ clock
clock = [dt.datetime(2024, 10, 14, 10, 52, 7, 118000)]  # UTC


def tick(a=2, b=75):
    clock[0] += dt.timedelta(seconds=R.randint(a, b), milliseconds=R.randint(0, 999))
    return clock[0]


def lt(t=None):
    return (t or clock[0]) - dt.timedelta(hours=5)  # CDT


def iso_z(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def syslog_ts(t):
    return t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")


def today():
    return lt().date()


def dplus(days):
    return today() + dt.timedelta(days=days)


def fname(w):
    return "%s %s" % (w.first, w.last)


def ph(p, style):
    a, m, n = p
    return {"paren": "(%s) %s-%s" % (a, m, n), "hl7": "(%s)%s-%s" % (a, m, n),
            "e164": "+1%s%s%s" % (a, m, n), "dash": "%s-%s-%s" % (a, m, n),
            "dot": "%s.%s.%s" % (a, m, n)}[style]


# ----------------------------------------------------------------- events
def ev_pob():
    t = tick()
    base = {"ts": iso_z(t), "level": "INFO", "logger": "tally.pob.core", "inst": "PPA"}
    r = R.random()
    if r < 0.30:
        d = dict(base, evt="pob_summary", pob=R.randint(118, 158), beds=160,
                 lifeboat_cap={"LB1": 80, "LB2": 80, "LB3": 50}, trace_id=hexs(32))
        return [mk(J(d, compact=True))]
    w = wk()
    if r < 0.55:
        d = dict(base, evt="pax_checkin", persno=P(w.persno, "other_id"),
                 name=P("%s, %s" % (w.last, w.first), "name"), company=w.employer,
                 cabin="%s-%d" % (R.choice("ABC"), R.randint(101, 240)),
                 lifeboat=R.choice(["LB1", "LB2", "LB3"]), muster=R.choice(["MS-A", "MS-B"]),
                 flight=R.choice(FLIGHTS)[0], mob_beacon=P(w.beacon, "device"),
                 expected_off=P(str(dplus(R.choice([14, 14, 21, 7]))), "date"), span_id=hexs(16))
        return [mk(J(d, compact=True))]
    if r < 0.72:
        d = dict(base, evt="muster_swipe", card_uid=P(w.card, "other_id"),
                 station=R.choice(["MS-A", "MS-B"]), reader="RDR-%02d" % R.randint(1, 12), drill=True,
                 latency_ms=R.randint(8, 90))
        return [mk(J(d, compact=True))]
    if r < 0.84:
        n, rel, p = w.nok
        d = dict(base, level="AUDIT", evt="nok_update", user=MEDICS[R.randrange(2)][1] if R.random() < .3 else "pobadmin",
                 persno=P(w.persno, "other_id"),
                 nok={"name": P(n, "name"), "rel": rel, "phone": P(ph(p, "dash"), "phone")})
        return [mk(J(d, compact=True))]
    if r < 0.92:
        blob = "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAA" + base64.b64encode(bytes(R.randrange(256) for _ in range(30))).decode() + "..."
        d = dict(base, evt="enrol", persno=P(w.persno, "other_id"), given=P(w.first, "name"),
                 family=P(w.last, "name"), h2s_monitor=P(w.h2s, "device"),
                 photo_b64=P(blob, "photo"), photo_bytes=R.randint(18000, 42000))
        return [mk(J(d, compact=True))]
    d = dict(base, level="WARN", evt="sync", peer="hcis.houma", records=R.randint(3, 19),
             ms=R.randint(90, 900), msg="heliport delta applied, 0 conflicts", build="4.2.17+b3391")
    return [mk(J(d, compact=True))]


def ev_manifest():
    tick(20, 200)
    f = R.choice(FLIGHTS)
    n = R.randint(2, 5)
    lines = [mk("#FLT %s %s ETD %s HUM-PPA %s %s PAX %d CAPT %s/FO %s" % (
        f[0], today().isoformat(), f[5], f[2], f[1], R.randint(9, 18), f[3], f[4]))]
    lines.append(mk("seq,pax_name,persno,company,bw_lb,bag_lb,huet_cert,huet_exp,twic,dest,hlo_ok"))
    for i in range(n):
        w = wk()
        nm = "%s/%s%s" % (asc(w.last).upper().replace(" ", ""), asc(w.first).upper(), " " + w.mi if w.mi else "")
        lines.append(mk("%02d," % (i + 1), P(nm, "name"), ",", P(w.persno, "other_id"), ",",
                        w.employer.upper(), ",%d,%d," % (R.randint(140, 290), R.randint(8, 40)),
                        P(w.huet, "license"), ",", P(w.huet_exp.isoformat(), "date"), ",",
                        P(w.twic, "license"), ",PPA,", R.choice(["Y", "Y", "Y", "N"])))
    return lines


def ev_heliport():
    t = lt(tick())
    hdr = "<%d>%s hum-kiosk0%d " % (R.choice([134, 134, 131]), syslog_ts(t), R.randint(1, 4))
    r = R.random()
    w = wk()
    if r < 0.30:
        return [mk(hdr, "hcis[%d]: checkin pax=\"" % R.randint(2000, 2400), P(fname(w), "name"),
                   "\" twic=", P(w.twic, "license"), " bag_kg=%.1f scale=SC-0%d flight=%s result=OK" % (
                       R.uniform(4, 19), R.randint(1, 3), R.choice(FLIGHTS)[0]))]
    if r < 0.45:
        return [mk(hdr, "bacscreen[%d]: persno=" % R.randint(3000, 3100), P(w.persno, "other_id"),
                   " ebt=Alcotest7510 sn=ARLM-0%d screen=0.000 policy=CGE-DA-07 result=NEG" % R.randint(400, 420))]
    if r < 0.60:
        extra = [" vin=", P(w.vin, "vehicle")] if R.random() < 0.4 else []
        return [mk(hdr.replace("kiosk0", "lpr0"), "lprd[811]: lot=B lane=2 plate=", P(w.plate, "vehicle"),
                   " state=%s conf=0.%d" % (w.town[1], R.randint(82, 99)), extra, " permit_holder=",
                   P(w.persno, "other_id"))]
    if r < 0.68:
        tpl = base64.b64encode(bytes(R.randrange(256) for _ in range(36))).decode()
        return [mk(hdr, "egate[77]: face match persno=", P(w.persno, "other_id"), " score=0.%d tpl=" % R.randint(91, 99),
                   P(tpl, "biometric"), " model=facenet-r3.1")]
    msgs = ["hcis[%d]: printer TP-2 paper low" % R.randint(2000, 2400),
            "hcis[%d]: scale SC-02 zero check ok drift=0.02kg" % R.randint(2000, 2400),
            "ntpd[412]: synchronized to 10.40.0.2, stratum 2",
            "hcis[%d]: manifest GW41%d locked by hlo.houma" % (R.randint(2000, 2400), R.randint(2, 8)),
            "kernel: usb 1-1.3: new full-speed USB device number 7 using ehci-pci"]
    return [mk(hdr, R.choice(msgs))]


COMPLAINTS = [("Laceration L index finger", "Cleaned, Steri-strips x3, tetanus status checked", "RTW"),
              ("Headache, nil red flags", "Paracetamol 1g PO", "RTW"),
              ("Foreign body R eye (grinding)", "Irrigated, fluorescein neg", "RTW"),
              ("Lower back strain lifting valve", "Ibuprofen 400mg, advice", "Light duties"),
              ("Dolor lumbar tras levantar válvula", "Ibuprofeno 400mg, reposo relativo", "Tareas ligeras"),
              ("Chest pain 6/10, radiating L arm", "Aspirin 300mg, ECG via TopsideMD, O2", "MEDEVAC"),
              ("Sore throat", "Lozenges", "RTW"), ("Sunburn forearms", "Aloe gel", "RTW"),
              ("Hypertension review, BP 168/102", "Repeat BP 4h, Dr consult", "Restricted"),
              ("Fiebre y tos", "Paracetamol, aislamiento en cabina", "Off work")]


def ev_sickbay():
    t = lt(tick())
    if R.random() < 0.25:
        return [mk("SICKBAY|PPA|%s|%s|NIL ATTENDANCES|||||||%s" % (
            t.date().isoformat(), t.strftime("%H%M"), MEDICS[R.randrange(2)][2]))]
    w = wk()
    c = R.choice(COMPLAINTS)
    return [mk("SICKBAY|PPA|", P(t.date().isoformat(), "date"), "|%s|" % t.strftime("%H%M"),
               P("%s %s" % (asc(w.last).upper(), w.first), "name"), "|", P(w.persno, "other_id"),
               "|%s|%s|%s|%s|Medic %s|Cat:%s" % (w.employer, c[0], c[1], c[2], MEDICS[R.randrange(2)][2],
                                                  R.choice(["FA", "MTC", "RWC", "IL"])))]


def ev_telemed():
    t = tick()
    sid = uuid4()
    base = {"timestamp": iso_z(t), "severity": "INFO", "service": "tmd-session", "sessionId": sid}
    r = R.random()
    if r < 0.25:
        w = wk()
        d = dict(base, event="session.started", site="PPA-SICKBAY", patientRef=P(w.mrn, "mrn"),
                 physician="Dr. %s %s" % DOC[:2], codec="VP9", bandwidthKbps=R.randint(400, 1400),
                 latencyMs=R.randint(540, 720))
        return [mk(J(d))]
    if r < 0.55:
        d = dict(base, event="vitals.sample", deviceModel="Tempus Pro", deviceSerial="TP-31-%05d" % R.randint(100, 999),
                 spo2=R.randint(93, 99), hr=R.randint(58, 112), nibp="%d/%d" % (R.randint(112, 170), R.randint(70, 104)),
                 etco2=R.randint(32, 41))
        return [mk(J(d))]
    if r < 0.70:
        d = dict(base, event="session.ended", durationSec=R.randint(300, 2400), recording=False,
                 outcome=R.choice(["advice", "treat_on_site", "medevac_routine", "medevac_urgent"]))
        return [mk(J(d))]
    if r < 0.85:
        w = wk()
        d = {"timestamp": iso_z(t), "severity": "INFO", "service": "tmd-app-gw", "event": "app.login",
             "patientRef": P(w.mrn, "mrn"), "clientIp": P(w.ip, "ip"), "deviceImei": P(w.imei, "device"),
             "appVersion": "3.8.%d" % R.randint(0, 4), "os": R.choice(["iOS 17.6.1", "Android 14"])}
        return [mk(J(d))]
    d = {"timestamp": iso_z(t), "severity": R.choice(["DEBUG", "WARNING"]), "service": "tmd-relay",
         "event": "turn.heartbeat", "relay": "turn-us-south-2", "peerIp": "185.12.64.30", "rttMs": R.randint(560, 800),
         "lossPct": round(R.uniform(0, 3.5), 2)}
    return [mk(J(d))]


def ev_radio(medevac=False):
    t = tick()
    hh = t.strftime("%H%MZ")
    if R.random() < 0.9 and not medevac:
        f = R.choice(FLIGHTS)
        msg = R.choice(["HELIDECK GREEN WIND %03d/%02d PAX %d INBOUND" % (R.randint(90, 200), R.randint(6, 24), R.randint(8, 18)),
                        "FUEL CHECK 2400LBS ETA %s" % (t + dt.timedelta(minutes=30)).strftime("%H%M"),
                        "SUPPLY VSL MISS BRENDA ALONGSIDE 500M ZONE",
                        "PA TEST COMPLETE ALL AREAS",
                        "WX HUM 0900 FOG VIS 1/2SM RA"])
        return [mk("%-6s%-7s%-12s%-12s%s" % (hh, R.choice(["CH16", "VHF72", "HF4125"]), "PPA-RADIO", f[0], msg))]
    w = wk()
    head = "%-6s%-7s%-12s%-12s" % (hh, "VHF72", "PPA-RADIO", "HOUMA-OPS")
    return [mk(head, "MEDEVAC REQ CAT %s PAX " % R.choice("ABC"), P("%s %s" % (asc(w.last).upper(), w.first[0]), "name"),
               " DOB ", P(w.dob.strftime("%m/%d/%Y"), "date"), " ", P(w.persno, "other_id"),
               " %s STABLE REQ %s" % (R.choice(["CHEST PAIN", "CRUSH INJ R HAND", "SEIZURE", "ABD PAIN"]),
                                      R.choice(FLIGHTS)[0]))]


def hl7_ts(d, withtime=True):
    return d.strftime("%Y%m%d%H%M") if withtime else d.strftime("%Y%m%d")


def ev_hl7(typ=None):
    t = lt(tick())
    w = wk()
    ctl = "OM%s%05d" % (t.strftime("%y%m%d"), R.randint(1, 99999))
    typ = typ or R.choice(["ORU^R01^ORU_R01", "ADT^A04^ADT_A01", "ORU^R01^ORU_R01"])
    L = [mk("MSH|^~\\&|OCCUMED|MOH-HOUMA|CALDER-HR|CGE|%s||%s|%s|P|2.5.1" % (t.strftime("%Y%m%d%H%M%S"), typ, ctl))]
    ids = [P(w.mrn, "mrn"), "^^^MOH^MR~", P(w.persno, "other_id"), "^^^CGE^EI"]
    ss = P(w.ssn, "ssn")
    if R.random() < 0.08:
        ss = P(w.ssn.replace("-", "")[:8], "ssn")  # truncated junk from intake kiosk
    tel = [P(ph(w.phone, "hl7"), "phone")]
    if R.random() < 0.3:
        tel += ["^PRN^PH~", P(ph(phone_parts(), "hl7"), "fax"), "^PRN^FX"]
    L.append(mk("PID|1||", ids, "||", P("%s^%s^%s" % (asc(w.last).upper(), asc(w.first).upper(), w.mi), "name"),
                "||", P(w.dob.strftime("%Y%m%d"), "date"), "|%s|||" % w.sex, P(w.street, "address"), "^^",
                P(w.town[0], "address"), "^%s^" % w.town[1], P(w.town[2], "zip"), "^USA^H||", tel,
                "|||||", P(w.acct, "account"), "|", ss))
    if typ.startswith("ADT"):
        L.insert(1, mk("EVN|A04|%s|||%s" % (t.strftime("%Y%m%d%H%M"), R.choice(["KARCENEAUX", "TVERRET"]))))
        L.append(mk("PV1|1|O|HOU^OCC1^^MOH||||%s^%s^%s^^^DR^^^NPI|||OCC||||||||" % (DOC[2], DOC[1].upper(), DOC[0].upper()),
                    P("V%s%05d" % (t.strftime("%y%m%d"), R.randint(1, 99999)), "account")))
        L.append(mk("IN1|1|BCBSLA-PPO|00572|BLUE CROSS BLUE SHIELD OF LOUISIANA|PO BOX 98029^^BATON ROUGE^LA^70898||||CGE GROUP 88417|||||||",
                    P("%s^%s" % (asc(w.last).upper(), asc(w.first).upper()), "name"), "|18|",
                    P(w.dob.strftime("%Y%m%d"), "date"), "||||||||||||||||||", P(w.hp, "health_plan")))
        return L
    spec = "%07d" % R.randint(1000000, 9999999)
    coll = t - dt.timedelta(hours=R.randint(2, 40))
    L.append(mk("OBR|1||", P(spec, "other_id"), "^CCF|DOT5^DOT 5-PANEL URINE^L|||", P(hl7_ts(coll), "date"),
                "|||||||||%s^%s^%s" % (MRO[2], MRO[1].upper(), MRO[0].upper())))
    for i, (c, n) in enumerate([("AMP", "Amphetamines"), ("COC", "Cocaine metabolite"), ("THC", "Marijuana metabolite"),
                                ("OPI", "Opiates"), ("PCP", "Phencyclidine")][:R.randint(2, 5)]):
        L.append(mk("OBX|%d|ST|%s^%s^L||NEGATIVE||||||F|||%s" % (i + 1, c, n, t.strftime("%Y%m%d%H%M"))))
    return L


def ev_ccf():
    t = lt(tick())
    w = wk()
    r = R.random()
    ts = t.strftime("%Y-%m-%dT%H:%M:%S-05:00")
    spec = "%07d" % R.randint(1000000, 9999999)
    if r < 0.35:
        did = P(w.ssn, "ssn") if R.random() < 0.5 else P(w.persno, "other_id")
        return [mk("ts=%s app=ccf-e level=info event=collection ccf_no=" % ts, P(spec, "other_id"),
                   " reason=%s regulation=DOT/USCG donor_id=" % R.choice(["RANDOM", "PRE-EMPLOYMENT", "POST-ACCIDENT", "RANDOM"]),
                   did, " employer=\"%s\" collector=\"%s\" site=\"MOH Houma Collection, 1420 Grand Caillou Rd, Houma LA 70363\""
                   " temp_in_range=Y split=Y lab=\"Clinical Reference Lab\" status=SEALED" % (w.employer, R.choice(COLLECTORS)))]
    if r < 0.60:
        return [mk("ts=%s app=ccf-e level=info event=mro_result ccf_no=" % ts, P(spec, "other_id"),
                   " result=%s mro=\"Dr. %s %s\" verified=" % (R.choice(["NEGATIVE", "NEGATIVE", "NEGATIVE-DILUTE"]), MRO[0], MRO[1]),
                   P(str(today() - dt.timedelta(days=R.randint(0, 3))), "date"), " donor=\"", P(fname(w), "name"), "\"")]
    if r < 0.78:
        return [mk("ts=%s app=bat-log level=info event=breath_alcohol ebt_model=\"Intoxilyzer 9000\" ebt_sn=80-00%d"
                   " donor=\"" % (ts, R.randint(3000, 3999)), P("%s, %s" % (w.last, w.first), "name"), "\" persno=",
                   P(w.persno, "other_id"), " screen=0.000 confirm=- bat=\"%s\" result=NEG" % R.choice(COLLECTORS))]
    return [mk("ts=%s app=ccf-e level=info event=courier_manifest carrier=FedEx tracking=%s specimens=%d "
               "lab=\"Clinical Reference Lab, Lenexa KS\" batch=B%s-%02d" % (ts, digits(12), R.randint(3, 14),
                                                                          t.strftime("%y%m%d"), R.randint(1, 6)))]


def ev_cert():
    t = lt(tick())
    pid = R.randint(41000, 42999)
    hdr = "%s.%03d CDT [%d] certapp@certdb " % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, pid)
    r = R.random()
    if r < 0.40:
        w = wk()
        course, no = R.choice([("HUET/CA-EBS", w.huet), ("BOSIET/CA-EBS", w.bosiet), ("FOET", w.bosiet)])
        iss = w.huet_iss
        return [mk(hdr, "LOG:  statement: INSERT INTO certs (cert_no, course, holder_name, dob, issued, expires, centre, opito_id, email) VALUES ('",
                   P(no, "license"), "', '%s', '" % course, P("%s, %s" % (w.last.replace("'", "''"), w.first), "name"),
                   "', '", P(w.dob.isoformat(), "date"), "', '", P(iss.isoformat(), "date"), "', '",
                   P(w.huet_exp.isoformat(), "date"), "', 'RelyOn Houma', '", P(w.opito, "other_id"), "', '",
                   P(w.email, "email"), "');")]
    if r < 0.50:
        w = wk()
        return [mk(hdr, "LOG:  statement: UPDATE trainees SET phone = '", P(ph(w.phone, "dot"), "phone"),
                   "', dl_no = '", P(w.dl, "license"), "', dl_state = 'LA' WHERE opito_id = '", P(w.opito, "other_id"), "';")]
    q = R.choice(["LOG:  statement: UPDATE course_sessions SET seats_left = %d WHERE session_id = 'HUET-%s-AM';" % (
                    R.randint(0, 12), t.strftime("%Y%m%d")),
                  "LOG:  duration: %.3f ms  statement: SELECT count(*) FROM certs WHERE expires < '%s';" % (
                    R.uniform(1, 90), (t + dt.timedelta(days=30)).date().isoformat()),
                  "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added" % (R.randint(40, 900), R.uniform(0.1, 6)),
                  "ERROR:  duplicate key value violates unique constraint \"certs_pkey\"",
                  "LOG:  connection authorized: user=certapp database=certdb application_name=opito-sync"])
    return [mk(hdr, q)]


def ev_fhir():
    tick()
    w = wk()
    r = R.random()
    mid = w.mrn.lower()
    if r < 0.4:
        d = {"resourceType": "Patient", "id": P(mid, "mrn"), "meta": {"versionId": str(R.randint(1, 9)), "lastUpdated": iso_z(clock[0])},
             "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": P(w.mrn, "mrn")},
                            {"system": "https://hr.caldergulf.example/persno", "value": P(w.persno, "other_id")}],
             "name": [{"family": P(w.last, "name"), "given": [P(w.first, "name")]}],
             "telecom": [{"system": "email", "value": P(w.email, "email")},
                         {"system": "phone", "value": P(ph(w.phone, "e164"), "phone"), "use": "mobile"}],
             "gender": "male" if w.sex == "M" else "female", "birthDate": P(w.dob.isoformat(), "date"),
             "address": [{"line": [P(w.street, "address")], "city": P(w.town[0], "address"), "state": w.town[1],
                          "postalCode": P(w.town[2], "zip")}]}
        return [mk(J(d, asc=R.random() < 0.5, compact=True))]
    if r < 0.8:
        code = R.choice([("85354-9", "Blood pressure panel"), ("28615-3", "Audiology study"),
                         ("39156-5", "BMI"), ("59408-5", "SpO2 by pulse oximetry")])
        d = {"resourceType": "Observation", "id": uuid4(), "status": "final",
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "exam"}]}],
             "code": {"coding": [{"system": "http://loinc.org", "code": code[0], "display": code[1]}]},
             "subject": {"reference": JS("Patient/", P(mid, "mrn"))},
             "effectiveDateTime": P((lt() - dt.timedelta(days=R.randint(0, 20))).strftime("%Y-%m-%dT%H:%M:00-05:00"), "date"),
             "performer": [{"display": "Dr. %s %s" % DOC[:2]}], "note": [{"text": "OGUK/Energy UK offshore medical, fit"}]}
        return [mk(J(d, compact=True))]
    d = {"resourceType": "Device", "id": uuid4(), "status": "active",
         "udiCarrier": [{"deviceIdentifier": "00643169007222",
                         "carrierHRF": P("(01)00643169007222(17)270301(21)NG%s" % digits(7), "device")}],
         "manufacturer": "Medtronic MiniMed", "modelNumber": "MMT-1880",
         "patient": {"reference": JS("Patient/", P(mid, "mrn"))},
         "note": [{"text": "Insulin pump declared at fitness medical; restriction: no solo work, review 6/12"}]}
    return [mk(J(d, compact=True))]


UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
      "kube-probe/1.29", "Prometheus/2.53.0"]


def ev_nginx():
    t = lt(tick(1, 30))
    ts = t.strftime("[%d/%b/%Y:%H:%M:%S -0500]")
    r = R.random()
    rt = "%.3f" % R.uniform(0.002, 0.9)
    if r < 0.30:
        w = wk()
        user = R.choice(["dfontenot", "koprice", "karceneaux", "avarghese"])
        path = R.choice(["/api/v2/workers/%s/medicals?include=restrictions" % w.persno,
                         "/api/v2/workers/%s/fitness-cert.pdf" % w.persno,
                         "/ehr/patient/%s/summary" % w.mrn,
                         "/api/v2/search?name=%s" % urllib.parse.quote("%s, %s" % (w.last, w.first))])
        return [mk("10.40.2.%d - %s %s \"GET " % (R.randint(10, 60), user, ts), P(path, "url"),
                   " HTTP/1.1\" 200 %d \"-\" \"%s\" rt=%s" % (R.randint(900, 90000), UA[0], rt))]
    if r < 0.45:
        w = wk()
        return [mk(P(w.ip, "ip"), " - - %s \"GET /me/%s HTTP/2.0\" 200 %d \"https://portal.meridianoh.example/me\" \"%s\" rt=%s" % (
            ts, R.choice(["appointments", "certificates", "results", "messages"]), R.randint(400, 9000), UA[1], rt))]
    if r < 0.75:
        return [mk("10.40.0.%d - - %s \"GET %s HTTP/1.1\" 200 %d \"-\" \"%s\" rt=%s" % (
            R.randint(2, 9), ts, R.choice(["/healthz", "/metrics", "/readyz"]), R.randint(2, 3000), R.choice(UA[2:]), rt))]
    return [mk("%s - - %s \"GET /static/%s HTTP/2.0\" %d %d \"https://portal.meridianoh.example/\" \"%s\" rt=%s" % (
        R.choice(["10.40.2.%d" % R.randint(10, 60), "64.18.42.%d" % R.randint(2, 30)]), ts,
        R.choice(["js/app.7f3c2e1.js", "css/main.b81d09.css", "img/moh-logo.svg", "fonts/Inter-var.woff2"]),
        R.choice([200, 200, 304]), R.randint(300, 250000), UA[0], rt))]


def ev_java():
    t = lt(tick())
    th = "manifest-worker-%d" % R.randint(1, 8)
    head = "%s,%03d " % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000)
    w = wk()
    f = R.choice(FLIGHTS)
    if R.random() < 0.6:
        L = [mk(head, "ERROR [%s] c.c.heli.ManifestValidator - Manifest %s rejected, 1 pax failed validation" % (th, f[0])),
             mk("com.caldergulf.heli.CertExpiredException: BOSIET cert ", P(w.bosiet, "license"), " expired ",
                P((today() - dt.timedelta(days=R.randint(1, 90))).isoformat(), "date"), " for pax ",
                P("%s/%s" % (asc(w.last).upper().replace(" ", ""), asc(w.first).upper()), "name"), " (", P(w.persno, "other_id"), ")"),
             mk("\tat com.caldergulf.heli.ManifestValidator.checkCerts(ManifestValidator.java:212)"),
             mk("\tat com.caldergulf.heli.ManifestValidator.validate(ManifestValidator.java:98)"),
             mk("\tat com.caldergulf.heli.ManifestService.lambda$submit$3(ManifestService.java:151)"),
             mk("\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)"),
             mk("\t... 4 common frames omitted")]
        return L
    if R.random() < 0.5:
        return [mk(head, "ERROR [%s] c.c.pay.SelfFundCharge - charge failed for opito_id=" % th, P(w.opito, "other_id"),
                   " pan=", P(pan(), "account"), " amount=695.00 USD code=do_not_honor"),
                mk("com.caldergulf.pay.GatewayException: 402 Payment Required (gw=authnet, txn=%s)" % digits(11)),
                mk("\tat com.caldergulf.pay.AuthNetClient.charge(AuthNetClient.java:77)"),
                mk("\tat com.caldergulf.pay.SelfFundCharge.run(SelfFundCharge.java:40)")]
    return [mk(head, "WARN  [%s] c.c.heli.WeightCalc - %s payload %d lb exceeds planning figure, trimming bags" % (th, f[0], R.randint(2900, 3600))),
            mk(head, "INFO  [%s] c.c.heli.ManifestService - %s v%d published to hcis (build 2.14.3-rc2, sha %s)" % (
                th, f[0], R.randint(2, 6), hexs(7)))]


SMS_OUT = [("MOH: Hi {f}, your DOT random collection is booked {d} 07:30 at 1420 Grand Caillou Rd, Houma. Reply C to confirm.", True),
           ("MOH: {f}, your offshore medical is due. Appt {d} 08:15. Bring ID + glasses. Call 985-555-0100 to change.", True),
           ("MOH: Hola {f}, su cita para el examen médico es el {d} a las 09:00. Responda C para confirmar.", True),
           ("Gulfwing: {f}, check-in for GW415 closes 13:00. Max bag 15kg.", False)]


def ev_sms():
    t = tick()
    ts = iso_z(t)
    w = wk()
    r = R.random()
    if r < 0.5:
        tpl, hasd = R.choice(SMS_OUT)
        a, b = tpl.split("{f}")
        parts = [a, P(w.first, "name")]
        if hasd:
            c, d = b.split("{d}")
            ad = dplus(R.randint(1, 12))
            parts += [c, P("%d/%d" % (ad.month, ad.day), "date"), d]
        else:
            parts.append(b)
        return [mk("time=%s level=info svc=sms-gw msg=outbound to=" % ts, P(ph(w.phone, "e164"), "phone"),
                   " from=+19855550100 segments=%d body=\"" % R.randint(1, 2), parts, "\" sid=SM%s" % hexs(32))]
    if r < 0.7:
        return [mk("time=%s level=info svc=sms-gw msg=inbound from=" % ts, P(ph(w.phone, "e164"), "phone"),
                   " to=+19855550100 body=\"%s\" sid=SM%s" % (R.choice(["C", "c", "Confirmed", "Can we do thursday?", "STOP"]), hexs(32)))]
    return [mk("time=%s level=%s svc=sms-gw msg=dlr sid=SM%s status=%s err=%s carrier_latency_ms=%d" % (
        ts, R.choice(["info", "debug"]), hexs(32), *R.choice([("delivered", "0"), ("delivered", "0"), ("undelivered", "30007"), ("failed", "30005")]), R.randint(300, 9000)))]


def ev_cd():
    t = lt(tick())
    med = R.choice([("Morphine sulfate 10mg/1mL inj", "4K118A", "2026-03"), ("Ketamine 500mg/10mL", "KX2207B", "2025-11"),
                    ("Diazepam 10mg/2mL inj", "DZ7731", "2026-07"), ("Tramadol 50mg caps", "T0912C", "2027-01")])
    ts = t.strftime("%Y-%m-%dT%H:%M")
    if R.random() < 0.6:
        return [mk("CDREG,PPA,%s,%s,LOT %s,EXP %s,CHECK,0,,,Medic %s,Witness: OIM %s,BAL %d" % (
            ts, med[0], med[1], med[2], MEDICS[R.randrange(2)][2], OIM, R.randint(4, 10)))]
    w = wk()
    return [mk("CDREG,PPA,%s,%s,LOT %s,EXP %s,ISSUE,1," % (ts, med[0], med[1], med[2]),
               P("%s %s" % (asc(w.last).upper(), w.first[0]), "name"), ",", P(w.persno, "other_id"),
               ",Medic %s,Witness: OIM %s,BAL %d" % (MEDICS[R.randrange(2)][2], OIM, R.randint(3, 9)))]


def ev_hms():
    t = tick(1, 20)
    body = "HMS,PPA,%s,PITCH,%.1f,ROLL,%.1f,HEAVE,%.1f,HR,%.1f,WIND,%03d,%02d,GUST,%02d,DECK,%s" % (
        t.strftime("%H%M%S"), R.uniform(0, 2), R.uniform(0, 2.5), R.uniform(0, 1.8), R.uniform(0, 2.2),
        R.randint(80, 220), R.randint(5, 28), R.randint(10, 35), R.choice(["GREEN", "GREEN", "GREEN", "AMBER"]))
    cs = 0
    for ch in body:
        cs ^= ord(ch)
    return [mk("$%s*%02X" % (body, cs))]


def ev_auth():
    t = lt(tick())
    if R.random() < 0.5:
        return [mk("%s moh-ehr01 sshd[%d]: Accepted publickey for deploy from 10.40.1.%d port %d ssh2: ED25519 SHA256:%s" % (
            syslog_ts(t), R.randint(9000, 30000), R.randint(2, 20), R.randint(40000, 65000),
            base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode().rstrip("=")))]
    return [mk("%s MOH-DC01 Microsoft-Windows-Security-Auditing[4624]: EventID=4624 TargetUserName=%s LogonType=%d "
               "IpAddress=10.40.2.%d WorkstationName=MOH-WS%03d LogonProcessName=Kerberos" % (
                   syslog_ts(t), R.choice(["dfontenot", "koprice", "karceneaux", "tverret", "avarghese", "svc_backup"]),
                   R.choice([2, 3, 10]), R.randint(10, 60), R.randint(1, 80)))]


def ev_x12():
    t = lt(tick())
    w = wk()
    ctl = "%09d" % R.randint(1, 999999999)
    inj = today() - dt.timedelta(days=R.randint(1, 60))
    svc = today() - dt.timedelta(days=R.randint(0, 5))
    L = [mk("ISA*00*          *00*          *ZZ*MERIDIANOH     *ZZ*LWCCCLAIMS     *%s*%s*^*00501*%s*0*P*:~" % (
        t.strftime("%y%m%d"), t.strftime("%H%M"), ctl)),
         mk("GS*HC*MERIDIANOH*LWCCCLAIMS*%s*%s*%d*X*005010X222A1~" % (t.strftime("%Y%m%d"), t.strftime("%H%M"), int(ctl) % 9999)),
         mk("ST*837*0001*005010X222A1~"),
         mk("BHT*0019*00*%s*%s*%s*CH~" % (hexs(10).upper(), t.strftime("%Y%m%d"), t.strftime("%H%M"))),
         mk("NM1*41*2*MERIDIAN OFFSHORE HEALTH LLC*****46*MOH0042~"),
         mk("PER*IC*BILLING DEPT*TE*9855550100*FX*9855550188~"),
         mk("NM1*40*2*LWCC*****46*LWCC01~"), mk("HL*1**20*1~"),
         mk("NM1*85*2*MERIDIAN OFFSHORE HEALTH LLC*****XX*%s~" % MOH_NPI),
         mk("N3*1420 GRAND CAILLOU RD~"), mk("N4*HOUMA*LA*70363~"), mk("REF*EI*72%s~" % digits(7)),
         mk("HL*2*1*22*0~"), mk("SBR*P*18*CGE88417******WC~"),
         mk("NM1*IL*1*", P(asc(w.last).upper(), "name"), "*", P(asc(w.first).upper(), "name"), "****MI*",
            P(w.owcp, "other_id"), "~"),
         mk("N3*", P(w.street.upper(), "address"), "~"),
         mk("N4*", P(w.town[0].upper(), "address"), "*%s*" % w.town[1], P(w.town[2], "zip"), "~"),
         mk("DMG*D8*", P(w.dob.strftime("%Y%m%d"), "date"), "*%s~" % w.sex),
         mk("NM1*PR*2*LOUISIANA WORKERS COMP CORP*****PI*LWCC01~"),
         mk("CLM*", P(w.acct, "account"), "*%d.00***11:B:1*Y*A*Y*Y*P*EM~" % R.randint(180, 1900)),
         mk("DTP*439*D8*", P(inj.strftime("%Y%m%d"), "date"), "~"),
         mk("REF*Y4*", P(w.claim, "other_id"), "~"),
         mk("LX*1~"), mk("SV1*HC:%s*%d.00*UN*1***1~" % (R.choice(["99203", "99213", "12002", "29125"]), R.randint(90, 600))),
         mk("DTP*472*D8*", P(svc.strftime("%Y%m%d"), "date"), "~"),
         mk("SE*24*0001~"), mk("GE*1*%d~" % (int(ctl) % 9999)), mk("IEA*1*%s~" % ctl)]
    return L


def ev_handover():
    t = lt(tick(60, 300))
    a, b = R.sample(MEDICS, 2)
    w1, w2 = R.sample(WORKERS, 2)
    end = dplus(R.randint(1, 5))
    return [mk("[HANDOVER %s %s->%s] %d attendance(s). " % (t.strftime("%Y-%m-%d %H:%M"), a[2], b[2], R.randint(1, 6)),
               P("%s. %s" % (w1.first[0], w1.last), "name"), " (", P(w1.persno, "other_id"), ") reviewed, RTW. ",
               P(fname(w2), "name"), " on light duties till ", P("%d/%d" % (end.month, end.day), "date"),
               ", review daily. Stores: Ceftriaxone low, reorder PO-%d. Nil else." % R.randint(88000, 89999))]


def ev_chat():
    t = lt(tick())
    ts = t.strftime("%Y-%m-%d %H:%M:%S")
    r = R.random()
    if r < 0.55:
        msg = R.choice(["%s delayed 40 min, fog at HUM" % R.choice(FLIGHTS)[0], "crane ops suspended, wind 32kt",
                        "galley reefer alarm cleared by elec", "next crew change manifest freeze 18:00",
                        "Miss Brenda ETA 0400 w/ 12 lifts, ticket SR-%d" % R.randint(40000, 49999)])
        return [mk("%s #ppa-logistics %s: %s" % (ts, R.choice(["hlo.ybarra", "oim.brannigan", "radio.ppa"]), msg))]
    w = wk()
    if r < 0.96:
        return [mk("%s #ppa-medical %s: @avarghese pax " % (ts, R.choice(["dfontenot", "koprice"])), P(w.last, "name"),
                   " (", P(w.persno, "other_id"), ") BP %d/%d on repeat, pls review before %s" % (
                       R.randint(150, 175), R.randint(95, 110), R.choice(FLIGHTS)[0]))]
    return ev_chat_leave(w, ts)


def ev_chat_leave(w=None, ts=None):
    w = w or wk()
    ts = ts or lt(tick()).strftime("%Y-%m-%d %H:%M:%S")
    dd = today() - dt.timedelta(days=1)
    return [mk("%s #ppa-medical koprice: FYI " % ts, P(w.persno, "other_id"), " ", P(w.last, "name"),
               " requesting compassionate leave, %s (" % R.choice(["grandmother", "grandfather", "great-aunt"]), P(str(R.randint(90, 97)), "age"), ") passed ",
               P("%d/%d" % (dd.month, dd.day), "date"), ", OIM approved seat on GW415")]


EVENTS = [(ev_pob, 13), (ev_manifest, 1.6), (ev_heliport, 11), (ev_sickbay, 5), (ev_telemed, 9), (ev_radio, 6),
          (ev_hl7, 2.2), (ev_ccf, 8), (ev_cert, 8), (ev_fhir, 4), (ev_nginx, 16), (ev_java, 1.6), (ev_sms, 7),
          (ev_cd, 4), (ev_hms, 12), (ev_auth, 8), (ev_x12, 0), (ev_handover, 0), (ev_chat, 5)]
FAMILY = {ev_pob: "pob_json", ev_manifest: "manifest_csv", ev_heliport: "heliport_syslog", ev_sickbay: "sickbay_pipe",
          ev_telemed: "telemed_json", ev_radio: "radio_fixed", ev_hl7: "hl7v2", ev_ccf: "ccf_kv", ev_cert: "certdb_sql",
          ev_fhir: "fhir_json", ev_nginx: "nginx_access", ev_java: "java_trace", ev_sms: "sms_logfmt",
          ev_cd: "cdreg_csv", ev_hms: "hms_nmea", ev_auth: "auth_syslog", ev_x12: "x12_837",
          ev_handover: "handover_text", ev_chat: "chat", ev_chat_leave: "chat"}
NLINES = 500


def main():
    fns = [e for e, _ in EVENTS]
    wts = [x for _, x in EVENTS]
    out = []
    forced = {8: ev_handover, 90: lambda: ev_hl7("ADT^A04^ADT_A01"), 230: ev_x12, 300: lambda: ev_radio(True), 330: ev_hl7, 440: ev_chat_leave}
    while len(out) < NLINES:
        # keep the PHI-free share near 55%: nudge the weights of the two
        # PHI-free systems (helideck HMS, auth) up or down
        clean = sum(1 for _, _, sp in out if not sp)
        k = 2.2 if out and clean / len(out) < 0.55 else 0.6
        fn = R.choices(fns, [x * k if f in (ev_hms, ev_auth) else x for f, x in EVENTS])[0]
        fam = FAMILY[fn]
        for k in sorted(forced):
            if len(out) >= k:
                fn = forced.pop(k)
                fam = {90: "hl7v2", 300: "radio_fixed"}.get(k) or FAMILY[fn]
                break
        lines = fn()
        if len(out) + len(lines) > NLINES:
            continue
        out += [(fam, b, s) for b, s in lines]
    with open(ID + ".log", "wb") as lf, open(ID + ".labels.jsonl", "w", encoding="utf-8") as jf:
        for n, (fam, b, spans) in enumerate(out, 1):
            if b"\n" in b or b"\r" in b or not b.strip():
                raise SystemExit("line %d: bad line content" % n)
            b.decode("utf-8")
            last = 0
            for sp in spans:
                if not (0 <= sp["s"] < sp["e"] <= len(b)):
                    raise SystemExit("line %d: span out of range %r" % (n, sp))
                if sp["s"] < last:
                    raise SystemExit("line %d: overlapping spans" % n)
                last = sp["e"]
                if b[sp["s"]:sp["e"]].decode("utf-8") != sp["_v"]:
                    raise SystemExit("line %d: span text mismatch %r" % (n, sp))
            lf.write(b + b"\n")
            jf.write(json.dumps({"line": n, "family": fam,
                                 "spans": [{"s": s["s"], "e": s["e"], "cat": s["c"] if "c" in s else s["cat"]} for s in spans]},
                                ensure_ascii=False) + "\n")
    if len(out) != NLINES:
        raise SystemExit("wrong line count")


if __name__ == "__main__":
    main()
