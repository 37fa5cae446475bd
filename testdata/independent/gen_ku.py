#!/usr/bin/env python3
"""Generate the "ku" held-out corpus: a hospital's real-time location (RTLS),
infant security, wander management, nurse call / smart bed and building systems.

Writes ku.log (500 lines) and ku.labels.jsonl (one JSON object per line) next to
this script.  Standard library only, deterministic (fixed seed, no clock/os input).
All people, numbers and addresses are synthetic.

Labeling decisions:
- Persons whose identifiers are labeled: patients (adults, infants, wander
  residents), mothers of tagged infants, and relatives/visitors/emergency contacts
  linked to a patient (NICU parent badge holders, visitors checked in to see a
  named patient, next of kin in HL7 NK1, contacts in wander profiles and notes).
- Not labeled: clinicians, nurses, security officers, operators, facility staff
  (their names, badge numbers, usernames, extensions), vendors, the hospital, its
  departments, its phone/fax lines and addresses, and public test values.
- Newborn designations such as "BABYGIRL SATO" / "Baby Boy Martinez-Rojas" are one
  name span (the whole designation as written); HL7 XPN "LAST^FIRST^M" is one name
  span; separate Last/First CSV columns are two name spans.
- device: serials/IDs of things worn by or bound to a patient or relative (RTLS
  patient tags, infant and mother bands, wander bracelets, patient BLE wristbands
  and their MACs, LoRaWAN DevEUIs of patient pendants) when the line ties them to
  that person or states the tag class is patient/infant/resident.  Hospital-owned
  equipment (beds, pumps, staff badges, asset tags, gateways, sensors, readers)
  is not labeled, nor are tags reported as unassigned.
- Room/bed/unit locations inside the hospital are not addresses.  Home street,
  city and county are address spans (street and city as separate spans); ZIP is
  zip; the state alone is not labeled.
- date: birth, admission, discharge, service/enrollment dates tied to a person,
  including newborn birth date-times (whole value incl. time).  Log, message,
  event and alarm timestamps are not labeled.  Ages are labeled only when > 89.
- mrn: medical record numbers; other_id: encounter/visit (FIN) numbers, hospital
  person IDs of patients, visitor IDs and parent access badge/card numbers,
  usernames of visitors.  Security incident report numbers, alarm/event IDs,
  message control IDs, trace IDs and work orders are not labeled.
- account: patient billing account numbers (HL7 PID-18) and payment card numbers
  of visitors.  license: driver's licence numbers of patients/visitors.
  vehicle: plates and VINs of patients/relatives.  ip: public IP a visitor used
  to pre-register; private gateway/broker IPs are not labeled.  url: personal
  social-media URLs of relatives.
- photo: only the base64 image data (not the "data:image/jpeg;base64," prefix and
  not a "...(truncated)" suffix).  biometric: base64 footprint/fingerprint
  templates of infants and parents.
- Values inside base64 sensor payloads (LoRaWAN "data") are not decoded for labeling;
  they carry telemetry only.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import uuid
from xml.sax.saxutils import escape as xesc

ID = "ku"
R = random.Random(21003)
HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- line builder
class B:
    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []

    def t(self, x):
        self.buf += str(x).encode("utf-8")
        return self

    def p(self, x, cat):
        x = str(x)
        s = len(self.buf)
        self.buf += x.encode("utf-8")
        self.spans.append((s, len(self.buf), cat, x))
        return self

    def text(self):
        return self.buf.decode("utf-8")


class P:
    """A PHI value placed inside a structure (JSON)."""
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


def jw(b, obj, sep=(",", ":")):
    if isinstance(obj, dict):
        b.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                b.t(sep[0])
            b.t(json.dumps(k, ensure_ascii=False) + sep[1])
            jw(b, v, sep)
        b.t("}")
    elif isinstance(obj, list):
        b.t("[")
        for i, v in enumerate(obj):
            if i:
                b.t(sep[0])
            jw(b, v, sep)
        b.t("]")
    elif isinstance(obj, P):
        if isinstance(obj.v, str):
            enc = json.dumps(obj.v, ensure_ascii=False)[1:-1]
            b.t('"').p(enc, obj.cat).t('"')
        else:
            b.p(json.dumps(obj.v), obj.cat)
    else:
        b.t(json.dumps(obj, ensure_ascii=False))
    return b


def J(fam, obj, sep=(",", ":"), prefix=""):
    b = B(fam)
    b.t(prefix)
    return jw(b, obj, sep)


# ---------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.now = dt.datetime(2024, 3, 5, 6, 12, 3, 118000)

    def tick(self, a=1, b=38):
        self.now += dt.timedelta(seconds=R.randint(a, b), milliseconds=R.randint(0, 999))
        return self.now


C = Clock()
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def iso_z(t=None):
    t = (t or C.now) + dt.timedelta(hours=5)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def iso_off(t=None):
    t = t or C.now
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-05:00" % (t.microsecond // 1000)


def pyts(t=None):
    t = t or C.now
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def dotts(t=None):
    t = t or C.now
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)


def syslog_ts(t=None):
    t = t or C.now
    return "%s %2d %s" % (MON[t.month - 1], t.day, t.strftime("%H:%M:%S"))


def nr_ts(t=None):
    t = t or C.now
    return "%d %s %s" % (t.day, MON[t.month - 1], t.strftime("%H:%M:%S"))


def epoch(t=None):
    t = t or C.now
    return int((t + dt.timedelta(hours=5) - dt.datetime(1970, 1, 1)).total_seconds())


def hl7ts(t=None):
    return (t or C.now).strftime("%Y%m%d%H%M%S")


def lenel_ts(t=None):
    t = t or C.now
    h = t.hour % 12 or 12
    return "%d/%d/%d %d:%02d:%02d %s" % (t.month, t.day, t.year, h, t.minute, t.second,
                                         "AM" if t.hour < 12 else "PM")


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def mac(prefix=None):
    parts = prefix.split(":") if prefix else []
    while len(parts) < 6:
        parts.append("%02X" % R.randint(0, 255))
    return ":".join(parts)


def traceparent():
    return "00-%s-%s-01" % (hexs(32), hexs(16))


# ---------------------------------------------------------------- people
F_FIRST = ["Irena", "Aisha", "Giulia", "Priya", "Siobhan", "Fatima", "Mei-Ling", "Esperanza",
           "Zainab", "Thandiwe", "Anastasia", "Noor", "Elif", "Amara", "Wilhelmina", "Oksana",
           "Leilani", "Guadalupe", "María José", "Ngozi", "Emiko", "Daniela", "Ingrid", "Hoa",
           "Yetunde", "Ros", "Marguerite", "Keisha", "Astrid", "Lakshmi", "Chiara", "Dolores"]
M_FIRST = ["Chinedu", "Mateo", "Hiroshi", "Yusuf", "Bao", "Oluwaseun", "Dmitri", "Kwame",
           "José Luis", "Tariq", "Sven", "Jae-won", "Declan", "Rafael", "Hamid", "Kofi",
           "Bartholomew", "Ernesto", "Tomasz", "Arjun", "Kalani", "Gustavo", "Pierre-Luc",
           "Abdirahman", "Lorenzo", "Desmond", "Wendell", "Eamon", "Stanislav", "Rutger"]
LASTS = ["Okafor", "Martinez-Rojas", "Nguyen", "Kowalczyk", "Haddad", "Sato", "van der Berg",
         "de la Cruz", "O'Brien", "Ferreira", "Abernathy-Cole", "Al-Masri", "Mbeki", "Petrov",
         "Castillo Benítez", "Dubois", "Kim", "Patel", "Oyelaran", "Schwartz", "MacLeod",
         "Gutiérrez", "Nakamura", "Zhang", "Begay", "Tsosie", "Papadopoulos", "Rossi",
         "da Silva", "bin Rashid", "St. Clair", "Halvorsen", "Ibáñez", "Müller", "Eriksson",
         "Kaur", "Obi", "Mwangi", "Yılmaz", "Novák", "Ortiz Benítez", "Ó Briain",
         "Delacroix-Hale", "Van Buren", "Achterberg", "Quispe", "Tran", "Lindgren"]
STAFF = [("Maja", "Lindqvist", "RN"), ("Terrence", "Whitaker", "Ofc."), ("Rosa", "Gutiérrez", "Ofc."),
         ("Li", "Chen", "RN"), ("Javier", "Morales", "RN"), ("Deborah", "Kline", "Sgt."),
         ("Samuel", "Adeyemi", "Ofc."), ("Hannah", "Brooks", "RN"), ("Victor", "Salgado", "Ofc."),
         ("Priyanka", "Rao", "MD"), ("Owen", "Fitzgerald", "MD"), ("Keiko", "Yamada", "RN")]
STREETS = ["Maplewood Ave", "E Livingston Ave", "Cleveland Ave", "Sawmill Rd", "Olentangy River Rd",
           "Brice Rd", "Karl Rd", "Hamilton Rd", "Parsons Ave", "Westerville Rd", "Morse Rd",
           "Refugee Rd", "Schrock Hill Ct", "Linden Pl", "Sunbury Rd", "Cooper Rd"]
CITIES = [("Columbus", "432"), ("Westerville", "430"), ("Grove City", "431"), ("Reynoldsburg", "430"),
          ("Hilliard", "430"), ("Gahanna", "432"), ("Dublin", "430"), ("Whitehall", "432"),
          ("Canal Winchester", "431"), ("Delaware", "430")]
COUNTY_OF = {"Columbus": "Franklin County", "Westerville": "Franklin County", "Grove City": "Franklin County",
             "Reynoldsburg": "Licking County", "Hilliard": "Franklin County", "Gahanna": "Franklin County",
             "Dublin": "Franklin County", "Whitehall": "Franklin County", "Canal Winchester": "Fairfield County",
             "Delaware": "Delaware County"}
ADULT_ROOMS = ["3W-312", "3W-318", "4E-411", "4E-418", "5E-511", "5E-522", "6N-604", "6N-617", "ED-17", "GP-2-208"]
ROOMS = ["3W-312", "3W-318", "4E-411", "4E-418", "5E-511", "5E-522", "MB-3-318", "MB-3-324",
         "L&D-2-214", "NICU-POD-C-12", "NICU-POD-A-04", "6N-604", "6N-617", "ED-17", "GP-2-208"]


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def ssn():
    while True:
        a = R.randint(1, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    AN = L + "0123456789"
    s = (R.choice("123456789") + R.choice(L) + R.choice(AN) + R.choice("0123456789") +
         R.choice(L) + R.choice(AN) + R.choice("0123456789") + R.choice(L) + R.choice(L) +
         R.choice("0123456789") + R.choice("0123456789"))
    return s[:4] + "-" + s[4:7] + "-" + s[7:]


def luhn_card(prefix, n=16):
    body = prefix + digits(n - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    tr = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    v = list(R.choice(["1HG", "2T1", "1FA", "3VW", "5YJ", "1G1", "KM8"]) +
             "".join(R.choice(chars) for _ in range(14)))
    s = sum((int(c) if c.isdigit() else tr[c]) * w[i] for i, c in enumerate(v))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)


def plate():
    return R.choice(["%s%s%s %s" % (R.choice("HJKLMNPRT"), R.choice("ABCDEFGHJ"), R.choice("KLMNPRSTW"), digits(4)),
                     "%s%s%s%s" % (R.choice("ABCDEFGH"), R.choice("JKLMN"), R.choice("PRSTW"), digits(4)),
                     "%s-%s" % (digits(3), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)))])


def dl():
    return R.choice(["%s%s%s" % (R.choice("PQRST"), R.choice("ABCDEFGHJK"), digits(6)),
                     "%s%s" % (R.choice("ABCDEFGHJK"), digits(7)),
                     "%s-%s-%s" % (R.choice("DFGHK") + digits(3), digits(4), digits(4))])


def phone10():
    return R.choice(["614", "380", "740", "937", "513", "419"]) + str(R.randint(2, 9)) + digits(2) + digits(4)


def pfmt(d, style=None):
    style = style if style is not None else R.randint(0, 6)
    a, b, c = d[:3], d[3:6], d[6:]
    return ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s%s%s" % (a, b, c),
            "+1 %s %s %s" % (a, b, c), "%s.%s.%s" % (a, b, c), "+1%s%s%s" % (a, b, c),
            "%s %s %s" % (a, b, c)][style]


def pub_ip():
    return "%d.%d.%d.%d" % (R.choice([73, 98, 174, 107, 66, 24, 71, 184, 99, 76]),
                            R.randint(1, 254), R.randint(1, 254), R.randint(1, 254))


def mkperson(sex=None, y0=1936, y1=2003):
    sex = sex or R.choice("FM")
    first = R.choice(F_FIRST if sex == "F" else M_FIRST)
    last = R.choice(LASTS)
    dob = dt.date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))
    city, zp = R.choice(CITIES)
    p = dict(first=first, last=last, mi=R.choice("ABCDEFGHJKLMNRST"), sex=sex, dob=dob,
             mrn="%08d" % R.randint(100000, 9999999), fin=str(R.randint(240100000, 240999999)),
             acct="77" + digits(8), ssn=ssn(), phone=phone10(), phone2=phone10(),
             street="%d %s" % (R.randint(12, 9899), R.choice(STREETS)),
             city=city, zip=zp + digits(2), county=COUNTY_OF[city],
             room=R.choice(ADULT_ROOMS), tag=str(R.randint(4000000, 4099999)),
             pid="P" + digits(9), plan=R.choice(["ZGP", "YPW", "XOH", "JQB"]) + digits(9),
             mbi=mbi(), mcd=digits(12), dl=dl(), plate=plate())
    base = (first.split()[0] + "." + last.replace(" ", "").replace("'", "")).lower()
    base = base.translate(str.maketrans("áéíóúñüöıçş", "aeiounuoics"))
    p["email"] = base + R.choice(["", digits(2), digits(4)]) + "@" + R.choice(
        ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "att.net", "proton.me"])
    return p


def age(p, on=dt.date(2024, 3, 5)):
    d = p["dob"]
    return on.year - d.year - ((on.month, on.day) < (d.month, d.day))


def nm(p, style=None):
    f, l, m = p["first"], p["last"], p["mi"]
    style = style if style is not None else R.choice(["fl", "lf", "LF", "FL", "fml", "il", "low", "lf"])
    return {"fl": "%s %s" % (f, l), "lf": "%s, %s" % (l, f), "LF": ("%s, %s" % (l, f)).upper(),
            "FL": ("%s %s" % (f, l)).upper(), "fml": "%s %s. %s" % (f, m, l),
            "il": "%s. %s" % (f[0], l), "low": ("%s %s" % (f, l)).lower(),
            "hl7": ("%s^%s^%s" % (l, f, m)).upper(), "l": l, "f": f}[style]


def dfmt(d, style=None):
    style = style if style is not None else R.randint(0, 6)
    return [d.strftime("%Y-%m-%d"), d.strftime("%m/%d/%Y"), "%d/%d/%d" % (d.month, d.day, d.year),
            "%s %d, %d" % (MON[d.month - 1], d.day, d.year), d.strftime("%Y%m%d"),
            "%02d-%s-%d" % (d.day, MON[d.month - 1].upper(), d.year),
            d.strftime("%d.%m.%Y")][style]


PATIENTS = [mkperson() for _ in range(30)]
ELDERS = [mkperson(y0=1927, y1=1945) for _ in range(12)]
for i in range(7):  # make most wander residents over 89
    ELDERS[i]["dob"] = dt.date(R.randint(1926, 1934), R.randint(1, 12), R.randint(1, 28))
MOTHERS = [mkperson("F", 1984, 2004) for _ in range(10)]
INFANTS = []
for mo in MOTHERS:
    sex = R.choice("FM")
    bt = dt.datetime(2024, 3, R.randint(2, 5), R.randint(0, 23), R.randint(0, 59))
    if bt > dt.datetime(2024, 3, 5, 5, 0):
        bt = bt - dt.timedelta(days=1)
    inf = dict(mother=mo, sex=sex, birth=bt, last=mo["last"],
               mrn="%08d" % R.randint(100000, 9999999), fin=str(R.randint(240100000, 240999999)),
               tag="IT%05d" % R.randint(10000, 99999), mtag="MT%05d" % R.randint(10000, 99999),
               twin=R.random() < 0.15, room=R.choice(["MB-3-318", "MB-3-324", "MB-3-330", "NICU-POD-C-12",
                                                        "NICU-POD-A-04", "L&D-2-214"]))
    INFANTS.append(inf)
VISITORS = [mkperson(y0=1950, y1=2004) for _ in range(18)]
SPANISH = [dict(mkperson("F", 1927, 1933), first="Guadalupe", last="Ortiz Benítez"),
           dict(mkperson("M", 1926, 1933), first="José Luis", last="Quispe Mamani"),
           dict(mkperson("F", 1950, 1990), first="María José", last="Castillo Ibáñez"),
           dict(mkperson("M", 1960, 1999), first="Ernesto", last="de la Cruz Rivera")]


def infant_name(inf, style=None):
    sx = "GIRL" if inf["sex"] == "F" else "BOY"
    style = style if style is not None else R.randint(0, 4)
    l = inf["last"]
    if style == 0:
        return "BABY%s %s" % (sx, l.upper())
    if style == 1:
        return "Baby %s %s" % (sx.title(), l)
    if style == 2:
        return "%s, BABY%s" % (l.upper(), sx)
    if style == 3:
        return "%s, Baby %s%s" % (l, sx.title(), " A" if inf["twin"] else "")
    return "B%s %s" % (sx[0], l)


def staff(kind=None):
    s = R.choice([x for x in STAFF if kind is None or x[2] in kind])
    return s


# ---------------------------------------------------------------- families
OUT = []  # list of B


def emit(*bs):
    for b in bs:
        OUT.append(b)


# ---- RTLS JSON (location engine events)
def ev_rtls_json(phi):
    C.tick()
    zone = R.choice(ROOMS + ["3W-HALL-E", "4E-NURSE-STN", "5E-SOILED-UTIL", "B1-CENTRAL-STERILE"])
    ir = "IR-%d-%03d" % (R.randint(2, 6), R.randint(1, 240))
    if phi:
        pt = R.choice(PATIENTS + ELDERS)
        if R.random() < 0.5:
            obj = {"eventType": "LOCATION_UPDATE", "ts": iso_z(), "tagId": P(pt["tag"], "device"),
                   "tagType": "PATIENT", "monitorId": ir, "roomName": zone, "floor": next((int(c) for c in zone if c.isdigit()), 1),
                   "rssi": -R.randint(48, 88), "battery": R.randint(20, 100),
                   "assoc": {"personType": "patient", "mrn": P(pt["mrn"], "mrn"),
                             "displayName": P(nm(pt, R.choice(["lf", "LF", "fl"])), "name"),
                             "encounter": P(pt["fin"], "other_id")}}
            if R.random() < 0.4:
                obj["assoc"]["admitDate"] = P(dfmt(C.now.date() - dt.timedelta(days=R.randint(0, 9)), 0), "date")
            if age(pt) > 89 and R.random() < 0.7:
                obj["assoc"]["ageYears"] = P(age(pt), "age")
            emit(J("rtls_json", obj))
        else:
            obj = {"event_id": uid(), "event_time": iso_off(), "tag_id": P(pt["tag"], "device"),
                   "tag_class": "pt", "zone": {"id": R.randint(1000, 9999), "name": zone},
                   "person": {"person_id": P(pt["pid"], "other_id"), "last_name": P(pt["last"], "name"),
                              "first_name": P(pt["first"], "name"), "mrn": P(pt["mrn"], "mrn")},
                   "confidence": round(R.uniform(0.6, 0.99), 2)}
            emit(J("rtls_json", obj, (", ", ": ")))
    else:
        k = R.random()
        if k < 0.4:
            obj = {"eventType": "LOCATION_UPDATE", "ts": iso_z(), "tagId": str(R.randint(4100000, 4199999)),
                   "tagType": "ASSET", "monitorId": ir, "roomName": zone,
                   "asset": {"name": R.choice(["Alaris 8015 PC Unit", "Wheelchair WC-22", "Vein Viewer", "Bladder Scanner BVI 9400",
                                               "Hoyer Lift HL-3", "SCD Pump Kendall 700"]),
                             "assetNo": "BME-%06d" % R.randint(10000, 99999), "serial": hexs(10).upper(),
                             "owner": R.choice(["Biomed", "4E", "Central Supply"])},
                   "battery": R.randint(5, 100)}
            emit(J("rtls_json", obj))
        elif k < 0.7:
            s = staff()
            obj = {"eventType": "BUTTON_PRESS" if R.random() < 0.3 else "LOCATION_UPDATE", "ts": iso_z(),
                   "tagId": str(R.randint(4200000, 4299999)), "tagType": "STAFF", "monitorId": ir,
                   "roomName": zone, "staff": {"displayName": "%s, %s" % (s[1], s[0]), "role": s[2],
                                               "employeeId": "E%06d" % R.randint(1000, 99999)}}
            emit(J("rtls_json", obj))
        else:
            obj = {"event_id": uid(), "event_time": iso_off(), "type": "monitor_health",
                   "monitor": ir, "status": R.choice(["ONLINE", "ONLINE", "LOW_BATTERY", "OFFLINE"]),
                   "fw": "v%d.%d.%d" % (R.randint(3, 5), R.randint(0, 9), R.randint(0, 30)),
                   "last_seen_ms": R.randint(200, 90000)}
            emit(J("rtls_json", obj, (", ", ": ")))


# ---- MQTT subscriber output: topic payload
def ev_mqtt(phi):
    C.tick()
    site = "mch"
    if phi:
        r = R.random()
        if r < 0.5:
            pt = R.choice(PATIENTS + ELDERS)
            b = B("mqtt_sub")
            b.t("%s/rtls/v2/tags/" % site).p(pt["tag"], "device").t("/position ")
            jw(b, {"t": epoch(), "cls": "PAT", "x": round(R.uniform(1, 80), 2), "y": round(R.uniform(1, 40), 2),
                   "flr": R.randint(1, 6), "room": pt["room"], "mrn": P(pt["mrn"], "mrn"),
                   "nm": P(nm(pt, R.choice(["LF", "hl7", "il"])).replace("^", " "), "name")})
            emit(b)
        else:
            inf = R.choice(INFANTS)
            b = B("mqtt_sub")
            b.t("%s/infant-sec/alarm/%s " % (site, R.choice(["tamper", "exit", "band-loose", "mismatch"])))
            jw(b, {"alarmId": R.randint(80000, 89999), "ts": iso_z(), "tag": P(inf["tag"], "device"),
                   "infant": P(infant_name(inf), "name"), "motherTag": P(inf["mtag"], "device"),
                   "zone": inf["room"], "sev": R.choice(["HIGH", "CRITICAL"])}, (", ", ": "))
            emit(b)
    else:
        r = R.random()
        b = B("mqtt_sub")
        if r < 0.35:
            b.t("$SYS/broker/%s %s" % R.choice([("clients/connected", str(R.randint(30, 60))),
                                                ("load/messages/received/1min", "%.2f" % R.uniform(800, 2400)),
                                                ("uptime", "%d seconds" % R.randint(100000, 900000)),
                                                ("heap/current", str(R.randint(2000000, 9000000))),
                                                ("version", "mosquitto version 2.0.18")]))
        elif r < 0.7:
            b.t("%s/rtls/v2/tags/%d/position " % (site, R.randint(4100000, 4299999)))
            jw(b, {"t": epoch(), "cls": R.choice(["AST", "STF"]), "x": round(R.uniform(1, 80), 2),
                   "y": round(R.uniform(1, 40), 2), "flr": R.randint(1, 6), "bat": R.randint(10, 100)})
        else:
            b.t("%s/bms/ahu-%d/%s " % (site, R.randint(1, 9), R.choice(["sat", "rat", "dsp", "status"])))
            jw(b, {"v": round(R.uniform(0.2, 75), 1), "u": R.choice(["degF", "inWC", "%RH"]), "q": "ok", "ts": epoch()})
        emit(b)


def ev_mosquitto(phi):
    C.tick(1, 12)
    ip = "10.40.%d.%d" % (R.randint(1, 9), R.randint(2, 250))
    cid = R.choice(["rtls-gw-0%d" % R.randint(1, 6), "nodered_%s" % hexs(8), "chirpstack-gw-bridge",
                    "hugs-bridge", "niagara-mqtt-%d" % R.randint(1, 3), "py-ble-%s" % hexs(4)])
    msg = R.choice([
        "New connection from %s:%d on port 8883." % (ip, R.randint(30000, 65000)),
        "New client connected from %s:%d as %s (p2, c1, k60, u'%s')." % (ip, R.randint(30000, 65000), cid, cid.split("_")[0].split("-0")[0]),
        "Client %s disconnected." % cid,
        "Client %s closed its connection." % cid,
        "Socket error on client %s, disconnecting." % cid,
        "Saving in-memory database to /var/lib/mosquitto/mosquitto.db.",
        "Client %s has exceeded timeout, disconnecting." % cid,
        "OpenSSL Error[0]: error:0A000418:SSL routines::tlsv1 alert unknown ca",
    ])
    emit(B("mosquitto").t("%d: %s" % (epoch(), msg)))


# ---- RTLS CSV dwell report
def ev_rtls_csv(phi):
    C.tick()
    rows = []
    hdr = B("rtls_csv").t("ReportTime,TagID,TagType,AssignedTo,MRN,Zone,EnterTime,ExitTime,DwellSec")
    if R.random() < 0.75:
        rows.append(hdr)
    for _ in range(R.randint(2, 4)):
        C.tick(1, 5)
        enter = C.now - dt.timedelta(seconds=R.randint(120, 5000))
        b = B("rtls_csv")
        b.t(C.now.strftime("%Y-%m-%d %H:%M:%S") + ",")
        zone = R.choice(ROOMS + ["RAD-CT-2", "PACU-07", "ED-TRIAGE-3"])
        dwell = int((C.now - enter).total_seconds())
        if phi and R.random() < 0.7:
            pt = R.choice(PATIENTS + ELDERS)
            b.p(pt["tag"], "device").t(",Patient,")
            n = nm(pt, R.choice(["lf", "LF"]))
            b.t('"').p(n, "name").t('",')
            b.p(pt["mrn"], "mrn").t(",")
        else:
            b.t("%d,%s,%s,," % (R.randint(4100000, 4199999), "Asset",
                                R.choice(["IV Pump 8015 #A-22107", "Wheelchair WC-19", "Telemetry Pack T-88", ""])))
        b.t("%s,%s,%s,%d" % (zone, enter.strftime("%H:%M:%S"), C.now.strftime("%H:%M:%S"), dwell))
        rows.append(b)
    emit(*rows)


# ---- infant security syslog (Hugs/Kisses-like)
def ev_infant_syslog(phi):
    C.tick()
    host = R.choice(["hugs-srv01", "hugs-srv02"])
    b = B("infant_syslog")
    b.t("<%d>%s %s HugsServer[%d]: " % (R.choice([132, 134, 129]), syslog_ts(), host, R.randint(1800, 2400)))
    if phi:
        inf = R.choice(INFANTS)
        mo = inf["mother"]
        k = R.randint(0, 4)
        if k == 0:
            b.t("ALARM type=TAMPER tag=").p(inf["tag"], "device").t(' infant="').p(infant_name(inf, 0), "name")
            b.t('" location="%s" state=ACTIVE ack=none' % inf["room"])
        elif k == 1:
            b.t("MATCH result=OK infantTag=").p(inf["tag"], "device").t(" motherTag=").p(inf["mtag"], "device")
            b.t(' mother="').p(nm(mo, "lf"), "name").t('" station=MBU-PDA-%02d' % R.randint(1, 12))
        elif k == 2:
            other = R.choice(INFANTS)
            b.t("MATCH result=MISMATCH infantTag=").p(inf["tag"], "device").t(" motherTag=").p(other["mtag"], "device")
            b.t(' expectedMother="').p(nm(mo, "LF"), "name").t('" infantMRN=').p(inf["mrn"], "mrn")
            b.t(" station=MBU-PDA-%02d audible=YES" % R.randint(1, 12))
        elif k == 3:
            b.t("ENROLL tag=").p(inf["tag"], "device").t(' name="').p(infant_name(inf, 2), "name").t('" dob=')
            b.p(inf["birth"].strftime("%m/%d/%Y %H:%M"), "date").t(" mrn=").p(inf["mrn"], "mrn")
            b.t(" by=%s" % R.choice(["kyamada", "jmorales", "hbrooks"]))
        else:
            b.t("DISCHARGE tag=").p(inf["tag"], "device").t(' infant="').p(infant_name(inf, 1), "name")
            b.t('" dischargeDate=').p(dfmt(C.now.date(), 1), "date").t(" bandRemoved=YES escort=Security")
        emit(b)
    else:
        b.t(R.choice([
            "SUPERVISION ok tags=%d receivers=%d/%d" % (R.randint(18, 40), R.randint(60, 64), 64),
            "RECEIVER RX-%d-%02d offline lastSeen=%ds" % (R.randint(2, 3), R.randint(1, 30), R.randint(60, 900)),
            "LOW_BATTERY tag=IT%05d status=UNASSIGNED days=%d" % (R.randint(10000, 99999), R.randint(3, 30)),
            "DOOR MB3-EXIT-%s state=%s maglock=ENGAGED" % (R.choice("ABCD"), R.choice(["SECURED", "BYPASS_END"])),
            "LOCKDOWN TEST zone=MB3 elevators=B1,B2 result=PASS duration=%.1fs" % R.uniform(1, 4),
            "DB backup completed size=%dKB" % R.randint(20000, 90000),
        ]))
        emit(b)


# ---- infant security JSON (enrollment / match API)
def jpeg_b64(n=66):
    raw = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00" +
           bytes(R.getrandbits(8) for _ in range(n)))
    return base64.b64encode(raw).decode()


def fmr_b64(n=48):
    raw = b"FMR\x00 20\x00\x00\x00" + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def ev_infant_json(phi):
    C.tick()
    if phi:
        inf = R.choice(INFANTS)
        mo = inf["mother"]
        if R.random() < 0.45:
            obj = {"event": "INFANT_ENROLLED", "ts": iso_z(), "station": "MBU-PDA-%02d" % R.randint(1, 12),
                   "infant": {"tagSerial": P(inf["tag"], "device"), "name": P(infant_name(inf, 3), "name"),
                              "mrn": P(inf["mrn"], "mrn"), "sex": inf["sex"],
                              "birthDateTime": P(inf["birth"].strftime("%Y-%m-%dT%H:%M:00"), "date"),
                              "photo": P(jpeg_b64(R.randint(40, 80)), "photo")},
                   "mother": {"tagSerial": P(inf["mtag"], "device"), "name": P(nm(mo, "fl"), "name"),
                              "mrn": P(mo["mrn"], "mrn")}}
            if R.random() < 0.6:
                obj["infant"]["footprintTemplate"] = P(fmr_b64(R.randint(30, 60)), "biometric")
            emit(J("infant_json", obj))
        else:
            obj = {"event": "MOTHER_INFANT_MATCH", "result": R.choice(["MATCH", "MATCH", "NO_MATCH"]),
                   "ts": iso_z(), "infant": {"tagSerial": P(inf["tag"], "device"), "mrn": P(inf["mrn"], "mrn")},
                   "mother": {"tagSerial": P(inf["mtag"], "device"), "name": P(nm(mo, "LF"), "name"),
                              "room": inf["room"]}, "operator": R.choice(["kyamada", "hbrooks", "lchen"])}
            emit(J("infant_json", obj, (", ", ": ")))
    else:
        obj = R.choice([
            {"event": "HEARTBEAT", "ts": iso_z(), "server": "hugs-srv01", "activeTags": R.randint(12, 40),
             "uptimeSec": R.randint(100000, 2000000), "dbLagMs": R.randint(1, 40)},
            {"event": "TAG_INVENTORY", "ts": iso_z(), "unassigned": R.randint(20, 80), "charging": R.randint(4, 20),
             "expiringBattery": R.randint(0, 6), "site": "MCH-MAIN"},
            {"event": "CONFIG_PUSH", "ts": iso_z(), "receivers": R.randint(60, 64), "version": "4.%d.%d" % (R.randint(1, 9), R.randint(0, 30)),
             "sha256": hexs(64)},
        ])
        emit(J("infant_json", obj))


# ---- wander management (Java-style log)
def ev_wander(phi):
    C.tick()
    door = R.choice(["4E-STAIR-B", "4E-ELEV-LOBBY", "6N-EXIT-W", "GP-2-MAIN", "5E-STAIR-A"])
    pre = "%s %-5s [%s] c.w.alarm.%s - "
    if phi:
        pt = R.choice(ELDERS)
        tx = "RA-%05d" % (int(pt["tag"]) % 100000)
        k = R.randint(0, 3)
        if k <= 1:
            b = B("wander_log").t(pre % (dotts(), "WARN", "DoorCtrl-%s" % door, "DoorAlarmService"))
            b.t("DOOR_ALARM door=%s txId=" % door).p(tx, "device").t(' resident="').p(nm(pt, R.choice(["lf", "LF"])), "name")
            b.t('" age=')
            a = age(pt)
            if a > 89:
                b.p(a, "age")
            else:
                b.t(a)
            b.t(" mrn=").p(pt["mrn"], "mrn").t(" action=%s" % R.choice(["LOCKED", "DELAYED_EGRESS", "ALARM_ONLY"]))
        elif k == 2:
            b = B("wander_log").t(pre % (dotts(), "INFO", "ui-%d" % R.randint(1, 9), "ResidentProfileService"))
            ct = R.choice(VISITORS)
            b.t("profile updated resident=").p(pt["pid"], "other_id").t(" tx=").p(tx, "device")
            b.t(' contactName="').p(nm(ct, "fl"), "name").t('" contactPhone="').p(pfmt(ct["phone"]), "phone").t('"')
            if R.random() < 0.75:
                b.t(' contactFax="').p(pfmt(ct["phone2"], R.choice([0, 1])), "fax").t('"')
            b.t(" by=%s" % R.choice(["mlindqvist", "jmorales"]))
        else:
            b = B("wander_log").t(pre % (dotts(), "INFO", "EscortSvc", "EscortService"))
            b.t("escort started resident=").p(nm(pt, "fml"), "name").t(" tx=").p(tx, "device")
            b.t(" dob=").p(dfmt(pt["dob"], R.choice([0, 1, 5])), "date").t(" bypassSec=120")
        emit(b)
    else:
        b = B("wander_log")
        k = R.randint(0, 3)
        if k == 0:
            b.t(pre % (dotts(), "INFO", "DoorCtrl-%s" % door, "DoorStateMonitor") +
                "door=%s state=SECURED bypassBy=badge:%d durationMs=%d" % (door, R.randint(100000, 199999), R.randint(800, 12000)))
        elif k == 1:
            b.t(pre % (dotts(), "DEBUG", "scheduler-1", "ControllerHealth") +
                "controllers=%d online=%d latencyMs=%d" % (14, R.randint(12, 14), R.randint(4, 60)))
        elif k == 2:
            b.t(pre % (dotts(), "ERROR", "DoorCtrl-%s" % door, "DoorAlarmService") +
                "Exciter EX-%03d no response (timeout 3000ms), retry 2/3" % R.randint(1, 120))
        else:
            b.t(pre % (dotts(), "WARN", "DoorCtrl-%s" % door, "DoorAlarmService") +
                "DOOR_ALARM door=%s txId=UNKNOWN reason=TAILGATE cleared=true" % door)
        emit(b)


# ---- HL7 ORU from nurse call / smart beds
def hl7_hdr(kind, ctl):
    return B("iface_log").t("%s INFO  [%s] Received message ctrl=%s type=%s bytes=%d" %
                            (pyts(), R.choice(["nc-inbound", "bed-inbound", "adt-to-rtls"]), ctl, kind, R.randint(300, 1400)))


def ev_hl7_oru(phi):
    C.tick()
    ctl = "NC%s%04d" % (C.now.strftime("%y%m%d%H%M"), R.randint(0, 9999))
    snd = R.choice(["RAULAND^R5", "NAVICARE^HILLROM", "IBED^STRYKER"])
    lines = [hl7_hdr("ORU^R01" if phi else "ACK", ctl)]
    if not phi:
        lines.append(B("hl7_oru").t("MSH|^~\\&|EPIC|MCH|%s|MCH|%s||ACK^R01|%s|P|2.5.1" % (snd, hl7ts(), "A" + ctl)))
        lines.append(B("hl7_oru").t("MSA|AA|%s|Message accepted" % ctl))
        emit(*lines)
        return
    pt = R.choice(PATIENTS + ELDERS)
    lines.append(B("hl7_oru").t("MSH|^~\\&|%s|MCH|EPIC|MCH|%s||ORU^R01^ORU_R01|%s|P|2.5.1|||AL|NE" % (snd, hl7ts(), ctl)))
    b = B("hl7_oru").t("PID|1||").p(pt["mrn"], "mrn").t("^^^MCH^MR||").p(nm(pt, "hl7"), "name").t("||")
    b.p(pt["dob"].strftime("%Y%m%d"), "date").t("|%s" % pt["sex"])
    if R.random() < 0.5:
        b.t("|||||||||").p(pt["acct"], "account").t("^^^MCH^AN")
    lines.append(b)
    fl, rm = pt["room"].rsplit("-", 1)
    doc = staff(["MD"])
    b = B("hl7_oru").t("PV1|1|I|%s^%s^%s^MCH||||%s^%s^%s^^^^MD|||||||||||" % (fl, rm, R.choice("AB"), R.randint(1000, 9999), doc[1].upper(), doc[0].upper()))
    b.p(pt["fin"], "other_id").t("^^^MCH^VN")
    if R.random() < 0.5:
        b.t("|||||||||||||||||||||||").p(C.now.strftime("%Y%m%d") if R.random() < 0.3 else
                                         (C.now - dt.timedelta(days=R.randint(1, 8))).strftime("%Y%m%d%H%M"), "date")
    lines.append(b)
    ev = R.choice([("BEDEXIT", "Bed exit alarm", "ALARM"), ("HOB", "Head of bed < 30 deg", "WARN"),
                   ("NC-BATH", "Bath call", "CALL"), ("NC-PAIN", "Pain call", "CALL"), ("BRAKE", "Brake not set", "WARN")])
    lines.append(B("hl7_oru").t("OBR|1|%s||%s^%s^L|||%s" % (R.randint(100000, 999999), ev[0], ev[1], hl7ts())))
    lines.append(B("hl7_oru").t("OBX|1|ST|%s^%s^L||%s||||||F|||%s" % (ev[0], ev[1], ev[2], hl7ts())))
    if R.random() < 0.5:
        lines.append(B("hl7_oru").t("OBX|2|NM|BEDANGLE^Head of bed angle^L||%d|deg|||||F" % R.randint(5, 45)))
    emit(*lines)


# ---- HL7 ADT feed into RTLS (patient-tag association)
def ev_hl7_adt(phi):
    C.tick()
    ctl = "%d" % R.randint(10000000, 99999999)
    if not phi:
        emit(B("iface_log").t("%s WARN  [adt-to-rtls] Filtered message ctrl=%s type=ADT^A08 reason=no tag association" % (pyts(), ctl)))
        return
    pt = R.choice(PATIENTS + ELDERS)
    trig = R.choice(["A01", "A02", "A03", "A08"])
    lines = [hl7_hdr("ADT^" + trig, ctl),
             B("hl7_adt").t("MSH|^~\\&|EPIC|MCH|CENTRAK|MCH|%s||ADT^%s|%s|P|2.3" % (hl7ts(), trig, ctl)),
             B("hl7_adt").t("EVN|%s|%s" % (trig, hl7ts()))]
    b = B("hl7_adt").t("PID|1|").p(pt["pid"], "other_id").t("|").p(pt["mrn"], "mrn").t("^^^MCH^MR~")
    b.p(pt["ssn"].replace("-", "") if R.random() < 0.5 else pt["ssn"], "ssn").t("^^^SSA^SS||")
    b.p(nm(pt, "hl7"), "name").t("||").p(pt["dob"].strftime("%Y%m%d"), "date").t("|%s|||" % pt["sex"])
    b.p(pt["street"].upper(), "address").t("^^").p(pt["city"].upper(), "address").t("^OH^").p(pt["zip"], "zip")
    b.t("^USA^H^^").p(pt["county"].upper().replace(" COUNTY", ""), "address").t("||")
    b.p("(%s)%s-%s" % (pt["phone"][:3], pt["phone"][3:6], pt["phone"][6:]), "phone").t("|||||")
    b.p(pt["acct"], "account").t("|")
    b.p(pt["ssn"], "ssn")
    lines.append(b)
    if R.random() < 0.7:
        kin = R.choice(VISITORS)
        b = B("hl7_adt").t("NK1|1|").p(nm(kin, "hl7"), "name").t("|%s|" % R.choice(["DAU^Daughter", "SON^Son", "SPO^Spouse", "MTH^Mother"]))
        b.p(kin["street"].upper(), "address").t("^^").p(kin["city"].upper(), "address").t("^OH^").p(kin["zip"], "zip").t("|")
        b.p("(%s)%s-%s" % (kin["phone"][:3], kin["phone"][3:6], kin["phone"][6:]), "phone")
        lines.append(b)
    fl, rm = pt["room"].rsplit("-", 1)
    b = B("hl7_adt").t("PV1|1|I|%s^%s^A^MCH|||||||MED||||1|||||" % (fl, rm)).p(pt["fin"], "other_id")
    b.t("|||||||||||||||||||||||||").p((C.now - dt.timedelta(days=R.randint(0, 6), hours=R.randint(0, 20))).strftime("%Y%m%d%H%M"), "date")
    if trig == "A03":
        b.t("|").p(C.now.strftime("%Y%m%d%H%M"), "date")
    lines.append(b)
    if R.random() < 0.8:
        if age(pt) >= 65:
            lines.append(B("hl7_adt").t("IN1|1|MCR|CMS|MEDICARE PART A AND B||||||||||||").p(nm(pt, "hl7"), "name")
                         .t("|SEL|||||||||||||||||||").p(pt["mbi"].replace("-", ""), "health_plan"))
        else:
            lines.append(B("hl7_adt").t("IN1|1|BCBS01|%d|ANTHEM BLUE CROSS OH||||GRP%d|||||||" % (R.randint(100, 999), R.randint(10000, 99999)))
                         .p(nm(pt, "hl7"), "name").t("|SEL|||||||||||||||||||").p(pt["plan"], "health_plan"))
    emit(*lines)


# ---- smart bed vendor XML
def ev_bed_xml(phi):
    C.tick()
    bid = "BED-%s-%s" % (R.choice(["4E", "5E", "6N", "3W"]), digits(3))
    ser = R.choice(["P7500", "S3", "CX"]) + digits(7)
    b = B("bed_xml")
    b.t('<BedEvent xmlns="urn:vendor:bedconnect:2" version="2.4"><Timestamp>%s</Timestamp><Bed id="%s" serial="%s" model="%s"/>'
        % (iso_off(), bid, ser, R.choice(["Centrella Smart+", "ProCuity", "InTouch"])))
    if phi:
        pt = R.choice(PATIENTS + ELDERS)
        b.t("<Location unit=\"%s\" room=\"%s\"/>" % tuple(pt["room"].rsplit("-", 1)))
        b.t("<Patient><MRN>").p(pt["mrn"], "mrn").t("</MRN><Name>").p(xesc(nm(pt, R.choice(["lf", "FL", "fl"]))), "name").t("</Name>")
        if R.random() < 0.5:
            b.t("<DOB>").p(dfmt(pt["dob"], R.choice([0, 1])), "date").t("</DOB>")
        if R.random() < 0.4:
            b.t("<VisitNumber>").p(pt["fin"], "other_id").t("</VisitNumber>")
        b.t("</Patient>")
        b.t('<Alarm type="%s" zone="%d" state="%s"/>' % (R.choice(["BED_EXIT", "SIDERAIL_DOWN", "LOW_HEIGHT_OFF", "BRAKE_OFF"]),
                                                         R.randint(1, 3), R.choice(["ACTIVE", "CLEARED"])))
    else:
        b.t('<Location unit="%s" room="%s"/><Occupied>false</Occupied>' % (R.choice(["4E", "5E", "6N"]), digits(3)))
        b.t(R.choice(['<Service code="E%d">Scale calibration due</Service>' % R.randint(10, 99),
                      '<Heartbeat seq="%d"/>' % R.randint(1000, 99999),
                      '<Alarm type="BRAKE_OFF" zone="0" state="CLEARED"/>']))
    b.t("</BedEvent>")
    emit(b)


# ---- BLE gateway JSON
def ev_ble(phi):
    C.tick()
    gw = mac("CC:1B:E0")
    beacons = []
    for _ in range(R.randint(1, 3)):
        beacons.append({"mac": mac("DC:0D:30"), "rssi": -R.randint(50, 95), "type": "iBeacon",
                        "uuid": "f7826da6-4fa2-4e98-8024-bc5b71e0893e", "major": R.randint(1, 6), "minor": R.randint(100, 700),
                        "txPower": -59})
    if phi:
        pt = R.choice(PATIENTS + ELDERS)
        beacons.append({"mac": P(pt.setdefault("blemac", mac("E2:15:6C")), "device"), "rssi": -R.randint(50, 95),
                        "type": "wristband", "battery": R.randint(20, 100),
                        "assignedTo": {"kind": "patient", "mrn": P(pt["mrn"], "mrn")}})
    obj = {"gw": gw, "ts": epoch(), "fw": "2.%d.%d" % (R.randint(0, 9), R.randint(0, 99)), "seq": R.randint(1000, 999999),
           "devices": beacons}
    emit(J("ble_gw", obj))


# ---- ChirpStack v4 uplink events
def ev_chirp(phi):
    C.tick()
    tenant = "b3f1c2a0-55e1-4d0e-9a77-%s" % hexs(12)
    gwid = "24e124fffef%s" % hexs(5)
    rx = [{"gatewayId": gwid, "uplinkId": R.randint(1000, 65000), "rssi": -R.randint(60, 118),
           "snr": round(R.uniform(-12, 11), 1), "channel": R.randint(0, 7), "location": {}, "context": base64.b64encode(bytes(R.getrandbits(8) for _ in range(4))).decode(),
           "crcStatus": "CRC_OK"}]
    tx = {"frequency": R.choice([903900000, 904100000, 904300000, 904500000]),
          "modulation": {"lora": {"bandwidth": 125000, "spreadingFactor": R.randint(7, 10), "codeRate": "CR_4_5"}}}
    if phi:
        pt = R.choice(ELDERS + PATIENTS)
        dev = pt.setdefault("deveui", "20635f01%s" % hexs(8))
        info = {"tenantId": tenant, "tenantName": "MCH Clinical IoT", "applicationId": uid(),
                "applicationName": "patient-pendants", "deviceProfileId": uid(), "deviceProfileName": "Abeeway Smart Badge",
                "deviceName": "pendant-%04d" % R.randint(1, 400), "devEui": P(dev, "device"),
                "deviceClassEnabled": "CLASS_A", "tags": {"patient_mrn": P(pt["mrn"], "mrn"), "unit": pt["room"].split("-")[0]}}
        data = base64.b64encode(bytes([0x05, R.randint(0, 255), R.randint(0, 255), 0x01, R.randint(0, 255)])).decode()
        obj = {"deduplicationId": uid(), "time": iso_off(), "deviceInfo": info, "devAddr": hexs(8), "adr": True,
               "dr": R.randint(0, 3), "fCnt": R.randint(1, 9000), "fPort": 2, "confirmed": False, "data": data,
               "object": {"fallDetected": R.random() < 0.2, "sosPressed": R.random() < 0.1, "batteryPct": R.randint(10, 100)},
               "rxInfo": rx, "txInfo": tx}
    else:
        kind = R.choice(["fridge-temp", "door-contact", "leak", "occupancy"])
        raw = bytes([0x01, 0x67, R.randint(0, 255), R.randint(0, 255), 0x02, 0x68, R.randint(40, 200)])
        info = {"tenantId": tenant, "tenantName": "MCH Facilities", "applicationId": uid(),
                "applicationName": kind, "deviceProfileId": uid(), "deviceProfileName": R.choice(["Milesight EM300-TH", "Elsys ERS", "Dragino LDS02"]),
                "deviceName": "%s-%s-%02d" % (kind, R.choice(["PHARM", "LAB", "B1", "NICU"]), R.randint(1, 40)),
                "devEui": "a84041%s" % hexs(10), "deviceClassEnabled": "CLASS_A", "tags": {"bldg": "Main", "wo": "WO-2024-%06d" % R.randint(1, 300000)}}
        obj = {"deduplicationId": uid(), "time": iso_off(), "deviceInfo": info, "devAddr": hexs(8), "adr": True,
               "dr": R.randint(0, 3), "fCnt": R.randint(1, 90000), "fPort": R.choice([1, 85]), "confirmed": False,
               "data": base64.b64encode(raw).decode(),
               "object": {"temperature": round(R.uniform(1, 25), 1), "humidity": R.randint(20, 70)},
               "rxInfo": rx, "txInfo": tx}
    emit(J("chirpstack_json", obj))


# ---- BACnet event notifications (bacnet stack / gateway)
def ev_bacnet(phi):
    C.tick()
    b = B("bacnet")
    b.t("%s bacnet-gw[%d]: EventNotification processId=%d initiatingDevice=(device,%d) eventObject=(%s,%d) "
        % (syslog_ts(), R.randint(900, 1200), R.randint(1, 9), R.randint(3000, 3999),
           R.choice(["analog-input", "binary-input", "analog-value"]), R.randint(1, 300)))
    b.t("notificationClass=%d priority=%d eventType=%s notifyType=alarm fromState=normal toState=%s "
        % (R.randint(1, 20), R.choice([32, 64, 100, 200]), R.choice(["out-of-range", "change-of-state", "floating-limit"]),
           R.choice(["high-limit", "low-limit", "offnormal"])))
    if phi:
        pt = R.choice(PATIENTS)
        b.t('messageText="Isolation rm %s pt ' % pt["room"]).p(nm(pt, "l"), "name").t(' - negative pressure lost (%.3f inWC)"' % R.uniform(-0.005, 0.004))
    else:
        b.t('messageText="%s"' % R.choice(["AHU-%d SAT high %.1f degF" % (R.randint(1, 9), R.uniform(62, 80)),
                                            "OR-%d RH %d%%" % (R.randint(1, 12), R.randint(61, 75)),
                                            "Isolation rm 5E-%d dP %.3f inWC" % (R.randint(500, 530), R.uniform(-0.02, 0.004)),
                                            "CHW pump P-%d fail" % R.randint(1, 4),
                                            "Med fridge PHARM-%02d temp %.1f C" % (R.randint(1, 20), R.uniform(8.1, 12))]))
    emit(b)


# ---- Niagara alarm console / station log
def ev_niagara(phi):
    C.tick()
    t = C.now
    ts = "%02d-%s-%02d %d:%02d:%02d %s EST" % (t.day, MON[t.month - 1], t.year % 100, t.hour % 12 or 12, t.minute, t.second,
                                              "AM" if t.hour < 12 else "PM")
    k = R.randint(0, 2)
    if k == 0:
        emit(B("niagara").t("%s [alarm] %s alarmClass=%s source=station:|slot:/Drivers/BacnetNetwork/%s/points/%s ackState=%s uuid=%s"
                            % (ts, R.choice(["ALARM", "NORMAL", "ACKED"]), R.choice(["HighPriority", "Critical", "Maintenance"]),
                               R.choice(["AHU_3", "AHU_7", "EF_12", "Chiller_2", "NICU_FCU_4", "OR_Suite_B"]),
                               R.choice(["SupplyAirTemp", "RoomPressure", "DuctStaticPress", "FilterDP", "Status"]),
                               R.choice(["unacked", "acked"]), uid())))
    elif k == 1:
        emit(B("niagara").t("%s [fox] %s" % (ts, R.choice([
            "FoxServer accepted connection from 10.40.%d.%d user=%s" % (R.randint(1, 9), R.randint(2, 250), R.choice(["facilities_ops", "jsmith_bas", "admin"])),
            "FoxSession closed reason=idle timeout 1800s",
            "Login failed user=operator from 10.40.%d.%d (bad password)" % (R.randint(1, 9), R.randint(2, 250))]))))
    else:
        emit(B("niagara").t("%s [sys.engine] %s" % (ts, R.choice([
            "Engine cycle overrun %dms (>500ms) components=%d" % (R.randint(510, 1800), R.randint(40000, 90000)),
            "Station saved in %dms (%d KB)" % (R.randint(400, 3000), R.randint(8000, 30000)),
            "History archive completed: %d records" % R.randint(10000, 900000)]))))


# ---- Lenel OnGuard-like access export
def ev_lenel(phi):
    C.tick()
    rows = []
    if R.random() < 0.6:
        rows.append(B("lenel_csv").t('"Date/Time","Event Type","Panel","Reader","Card Number","Last Name","First Name","Badge Type","Description"'))
    for _ in range(R.randint(2, 4)):
        C.tick(1, 20)
        b = B("lenel_csv")
        rdr = R.choice(["NICU Main Entry In", "MB3 Corridor Door 3-114", "Elevator B2 Car Reader", "L&D 2 Entry",
                        "Pharmacy Vault", "Garage L1 Ped Door", "Peds 6N Entry"])
        b.t('"%s","%s","LNL-2220-%02d","%s",' % (lenel_ts(), R.choice(["Access Granted", "Access Granted", "Access Denied - Invalid Time Zone", "Door Forced Open"]),
                                                 R.randint(1, 24), rdr))
        if phi and R.random() < 0.65:
            par = R.choice(MOTHERS + VISITORS)
            b.t('"').p(par.setdefault("badge", str(R.randint(300000, 399999))), "other_id")
            b.t('","').p(par["last"], "name").t('","').p(par["first"], "name").t('","NICU Parent","')
            b.t(R.choice(["Valid 7d", "Escort required", "Temp parent badge"]) + '"')
        else:
            s = staff()
            b.t('"%d","%s","%s","%s","%s"' % (R.randint(100000, 199999), s[1], s[0], R.choice(["Employee", "Contractor", "Security"]),
                                              R.choice(["", "Floor access 2-6", "Code Pink responder"])))
        rows.append(b)
    emit(*rows)


def ev_lenel_bio(phi):
    C.tick()
    if phi:
        par = R.choice(MOTHERS + VISITORS)
        b = B("lenel_bio").t("%s [LnlBioSvc] BiometricEnroll cardholder=" % dotts())
        b.t('"').p(nm(par, "lf"), "name").t('" badge=').p(par.setdefault("badge", str(R.randint(300000, 399999))), "other_id")
        b.t(" finger=%s quality=%d template=" % (R.choice(["R_INDEX", "L_INDEX", "R_THUMB"]), R.randint(55, 99)))
        b.p(fmr_b64(R.randint(24, 42)), "biometric").t(" reader=BIO-NICU-01")
        emit(b)
    else:
        emit(B("lenel_bio").t("%s [LnlBioSvc] %s" % (dotts(), R.choice([
            "Template sync to BIO-NICU-01 complete: %d templates, %dms" % (R.randint(40, 200), R.randint(200, 4000)),
            "Reader BIO-MB3-02 firmware 6.%d.%d checksum %s OK" % (R.randint(0, 9), R.randint(0, 99), hexs(8)),
            "Match failed at BIO-NICU-01 score=%d threshold=40 (no cardholder resolved)" % R.randint(5, 39)]))))


# ---- elevator controller / lockdown
def ev_elevator(phi):
    C.tick()
    b = B("elevator_log")
    b.t("%s ELV[%s] " % (dotts(), R.choice(["BankA", "BankB", "Service-S1"])))
    if phi:
        inf = R.choice(INFANTS)
        b.t("car=%d mode=CODE_PINK_LOCKDOWN trigger=HugsServer tag=" % R.randint(1, 6)).p(inf["tag"], "device")
        b.t(' infant="').p(infant_name(inf, 4), "name").t('" floors=%s' % R.choice(["2,3", "3", "2,3,4"]))
    else:
        b.t(R.choice([
            "car=%d mode=NORMAL door_cycles=%d load=%d%%" % (R.randint(1, 6), R.randint(100, 9000), R.randint(0, 90)),
            "car=%d mode=CODE_PINK_LOCKDOWN trigger=DRILL floors=2,3 cleared_after=%ds" % (R.randint(1, 6), R.randint(60, 400)),
            "car=%d call floor=%d credential=%d granted=true" % (R.randint(1, 6), R.randint(1, 8), R.randint(100000, 199999)),
            "car=%d fault=DOOR_ZONE code=E%03d reported to vendor ticket KONE-%d" % (R.randint(1, 6), R.randint(1, 200), R.randint(100000, 999999))]))
    emit(b)


# ---- visitor management kiosk (log4net-style)
def ev_kiosk(phi):
    C.tick()
    th = R.randint(3, 40)
    pre = "%s [%d] %-5s %s - "
    if phi:
        v = R.choice(VISITORS)
        pt = R.choice(PATIENTS + ELDERS + MOTHERS)
        k = R.randint(0, 3)
        if k == 0:
            b = B("kiosk_log").t(pre % (pyts(), th, "INFO", "Kiosk.CheckIn"))
            b.t("visitorId=").p("V-%06d" % R.randint(1, 999999), "other_id").t(" name='").p(nm(v, R.choice(["lf", "FL", "fl"])), "name")
            b.t("' idScan=DL state=OH dl='").p(v["dl"], "license").t("' dob=").p(dfmt(v["dob"], R.choice([0, 1])), "date")
            b.t(" dest='%s' patient='" % pt["room"]).p(nm(pt, R.choice(["lf", "il"])), "name").t("' badgePrinted=true")
        elif k == 1:
            b = B("kiosk_json")
            obj = {"type": "preRegistration", "submittedAt": iso_z(), "visitor": {
                "firstName": P(v["first"], "name"), "lastName": P(v["last"], "name"),
                "email": P(v["email"], "email"), "mobile": P(pfmt(v["phone"]), "phone"),
                "relationship": R.choice(["daughter", "son", "spouse", "grandchild", "friend"])},
                "patientRef": {"mrn": P(pt["mrn"], "mrn")}, "clientIp": P(pub_ip(), "ip"),
                "userAgent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)"}
            if R.random() < 0.4:
                obj["visitor"]["username"] = P(v["first"].split()[0][0].lower() + v["last"].split()[-1].lower().replace("'", "") + digits(2), "other_id")
            jw(b, obj)
        elif k == 2:
            b = B("kiosk_log").t(pre % (pyts(), th, "INFO", "Kiosk.Photo"))
            b.t("captured visitor photo for ").p(nm(v, "fl"), "name").t(" img=data:image/jpeg;base64,")
            b.p(jpeg_b64(R.randint(30, 60)), "photo").t("...(truncated %d bytes)" % R.randint(9000, 40000))
        else:
            b = B("kiosk_log").t(pre % (pyts(), th, "WARN", "Kiosk.Parking"))
            if R.random() < 0.5:
                b.t("validation failed plate=").p(v["plate"], "vehicle").t(" visitor='").p(nm(v, "lf"), "name").t("' reason=NO_ACTIVE_VISIT")
            else:
                b.t("payment declined card=").p(luhn_card(R.choice(["4", "51", "37"]), 16), "account")
                b.t(" holder='").p(nm(v, "FL"), "name").t("' amount=12.00 gateway=PAYFLOW code=05")
        emit(b)
    else:
        lvl, lg, msg = R.choice([
            ("INFO", "Kiosk.Printer", "printer ZD421 status=READY labelsRemaining=%d" % R.randint(10, 900)),
            ("INFO", "Kiosk.Watchlist", "watchlist sync completed records=%d in %.1fs" % (R.randint(900, 2000), R.uniform(0.5, 5))),
            ("INFO", "Kiosk.Health", "heartbeat kiosk=LOBBY-%d uptime=%dh build=7.4.%d" % (R.randint(1, 4), R.randint(1, 400), R.randint(100, 999))),
            ("ERROR", "Kiosk.Sync", "POST https://vms.mch.local/api/v3/visits returned 503 after 3 retries (traceparent=%s)" % traceparent()),
            ("WARN", "Kiosk.Printer", "badge stock low at LOBBY-%d; notify Security Dispatch x4-2211 or securityops@mch-health.org" % R.randint(1, 4)),
            ("INFO", "Kiosk.Scanner", "ID scanner Thales CR5400 serial %s reconnected" % ("CR" + digits(9)))])
        emit(B("kiosk_log").t(pre % (pyts(), th, lvl, lg) + msg))


# ---- security incident notes, English (pipe export w/ escaped newlines)
def ev_incident_en(phi):
    C.tick(30, 300)
    off = staff(["Ofc.", "Sgt."])
    ir = "IR-2024-%06d" % R.randint(300, 900)
    b = B("incident_en").t("%s|%s|%s %s, %s. #%d|" % (ir, C.now.strftime("%Y-%m-%d %H:%M"), off[2], off[1], off[0][0], R.randint(200, 260)))
    if not phi:
        cat, txt = R.choice([
            ("PATROL", "Routine patrol of garage levels 1-4.\\nNo issues found. Stairwell C light out, WO-2024-%06d entered." % R.randint(1, 300000)),
            ("DRILL", "Code Pink drill on MB3 at %s.\\nAll exits covered in 2m14s; elevator B2 recalled late (vendor notified)." % C.now.strftime("%H%M")),
            ("ALARM", "Door forced alarm 4E-STAIR-B. Checked area with RN %s, no patient involved. Reset at panel LNL-2220-07." % staff(["RN"])[1]),
            ("ASSIST", "Assisted facilities with AHU-3 alarm, Niagara ack by %s (ext 4-6630)." % R.choice(["J. Smith", "R. Patel"])),
        ])
        b.t(cat + "|Narrative: " + txt)
        emit(b)
        return
    k = R.randint(0, 3)
    if k == 0:
        pt = R.choice(ELDERS)
        kin = R.choice([v for v in VISITORS if v["sex"] == "F"])
        a = age(pt)
        b.t("ELOPEMENT|Narrative: Responded to wander alarm 4E-STAIR-B. Pt ").p(nm(pt, R.choice(["fl", "fml"])), "name").t(" (")
        if a > 89:
            b.p(str(a), "age")
        else:
            b.t(str(a))
        b.t(" y/o, DOB ").p(dfmt(pt["dob"], 1), "date").t(") located in stairwell landing 3, returned to room with RN %s.\\n" % staff(["RN"])[1])
        b.t("Daughter ").p(nm(kin, "fl"), "name").t(" notified at ").p(pfmt(kin["phone"]), "phone").t(". Wander band ")
        b.p("RA-%05d" % (int(pt["tag"]) % 100000), "device").t(" checked, functioning.")
    elif k == 1:
        inf = R.choice(INFANTS)
        mo = inf["mother"]
        vis = R.choice([v for v in VISITORS if v["sex"] == "M"])
        b.t("INFANT SECURITY|Narrative: Tamper alarm for ").p(infant_name(inf, 1), "name").t(" rm %s. Mother " % inf["room"])
        b.p(nm(mo, "fl"), "name").t(" stated band was loosened during bath. Band re-secured by RN %s.\\n" % staff(["RN"])[1])
        b.t("Father ").p(nm(vis, "fl"), "name").t(" posted pic of baby w/ room number at ")
        url = R.choice(["https://www.facebook.com/%s.%s.%s" % (vis["first"].split()[0].lower(), vis["last"].split()[-1].lower().replace("'", ""), digits(4)),
                        "https://instagram.com/%s_%s%s" % (vis["first"].split()[0].lower(), vis["last"].split()[-1].lower().replace("'", ""), digits(2))])
        b.p(url, "url").t(" - asked to remove per infant security policy; complied.")
    elif k == 2:
        pt = R.choice(PATIENTS)
        b.t("VEHICLE|Narrative: Vehicle in ED ambulance bay belongs to pt ").p(nm(pt, "lf"), "name").t(" (MRN ").p(pt["mrn"], "mrn")
        b.t("), OH plate ").p(pt["plate"], "vehicle").t(", VIN ").p(vin(), "vehicle")
        b.t(".\\nKeys and DL ").p(pt["dl"], "license").t(" secured in security safe, property bag #%d." % R.randint(1000, 9999))
    else:
        pt = R.choice(PATIENTS)
        kin = R.choice(VISITORS)
        b.t("DISTURBANCE|Narrative: Visitor ").p(nm(kin, "fl"), "name").t(" (").p(kin["street"], "address").t(", ").p(kin["city"], "address")
        b.t(" OH ").p(kin["zip"], "zip").t(") became verbal at 5E desk re: pt ").p(nm(pt, "fl"), "name")
        b.t(".\\nIssued trespass warning; visitor escorted out. Photo ID (DL ").p(kin["dl"], "license").t(") copied to file.")
    emit(b)


# ---- security incident notes, Spanish (one physical line per note line)
def ev_incident_es(phi):
    C.tick(30, 300)
    off = staff(["Ofc."])
    ir = "IR-2024-%06d" % R.randint(300, 900)
    lines = [B("incident_es").t("=== Informe de incidente %s | Oficial: %s. %s (#%d) | %s ===" % (
        ir, off[0][0], off[1], R.randint(200, 260), C.now.strftime("%d/%m/%Y %H:%M")))]
    if not phi:
        lines.append(B("incident_es").t(R.choice([
            "Ronda preventiva en estacionamiento, niveles 1 a 4. Sin novedad.",
            "Simulacro de Código Rosa en MB3; todas las salidas cubiertas en 2 min 10 s.",
            "Alarma de puerta 6N-EXIT-W por visitante; se restableció en el panel. No hubo pacientes involucrados."])))
        lines.append(B("incident_es").t("Tiempo de respuesta: %d min. Se notificó a supervisión (ext. 4-2211)." % R.randint(2, 9)))
        emit(*lines)
        return
    pt = R.choice(SPANISH[:2])
    kin = R.choice(SPANISH[2:])
    a = age(pt)
    b = B("incident_es").t("Se atendió alarma de puerta en 4E. La paciente " if pt["sex"] == "F" else "Se atendió alarma de puerta en 4E. El paciente ")
    b.p(pt["first"] + " " + pt["last"], "name").t(" (")
    if a > 89:
        b.p("%d años" % a, "age")
    else:
        b.t("%d años" % a)
    b.t(", fecha de nacimiento ").p(pt["dob"].strftime("%d/%m/%Y"), "date").t(") fue encontrad%s en el pasillo junto al ascensor B." % ("a" if pt["sex"] == "F" else "o"))
    lines.append(b)
    b = B("incident_es").t("Se llamó a su familiar, Sr(a). ").p(kin["first"] + " " + kin["last"], "name").t(", al teléfono ")
    b.p(pfmt(kin["phone"], R.choice([1, 6])), "phone").t("; domicilio registrado: ").p(kin["street"], "address").t(", ")
    b.p(kin["city"], "address").t(", OH ").p(kin["zip"], "zip").t(".")
    lines.append(b)
    lines.append(B("incident_es").t("Brazalete revisado y funcionando. Enfermera a cargo: %s. Sin lesiones." % staff(["RN"])[1]))
    emit(*lines)


# ---- Node-RED
def ev_nodered(phi):
    C.tick(1, 15)
    b = B("nodered").t("%s - " % nr_ts())
    if phi:
        k = R.randint(0, 2)
        if k == 0:
            inf = R.choice(INFANTS)
            b.t("[warn] [function:match mother-baby] mismatch infant ").p(infant_name(inf, 0), "name").t(" tag ")
            b.p(inf["tag"], "device").t(" scanned with mother tag ").p(R.choice(INFANTS)["mtag"], "device")
        elif k == 1:
            pt = R.choice(PATIENTS + ELDERS)
            b.t("[info] [debug:patient enrich] { tagId: '").p(pt["tag"], "device").t("', mrn: '").p(pt["mrn"], "mrn")
            b.t("', name: '").p(nm(pt, "lf"), "name").t("', room: '%s' }" % pt["room"])
        else:
            pt = R.choice(ELDERS)
            b.t("[error] [http request:post to nurse call] 400 Bad Request: resident ").p(nm(pt, "LF"), "name")
            b.t(" (dob ").p(dfmt(pt["dob"], 0), "date").t(") has no assigned bed")
    else:
        b.t(R.choice([
            "[info] [mqtt-broker:rtls broker] Connected to broker: mqtts://10.40.2.5:8883",
            "[info] [mqtt-broker:rtls broker] Disconnected from broker: mqtts://10.40.2.5:8883",
            "[info] Node-RED version: v3.1.5",
            "[info] Node.js  version: v18.19.0",
            "[info] Flows file     : /data/flows.json",
            "[info] Started flows",
            "[warn] [function:parse tag] msg.payload.rssi undefined for tag %d" % R.randint(4100000, 4299999),
            "[error] [function:parse tag] TypeError: Cannot read properties of undefined (reading 'mrn')",
            "[info] [tcp in:hugs feed] connection lost to 10.40.3.21:5021, retrying in 10000ms",
            "[info] Server now running at http://127.0.0.1:1880/"]))
    emit(b)


# ---- Python gateway (logging default-ish formats)
def ev_pygw(phi):
    C.tick(1, 20)
    if phi:
        k = R.randint(0, 2)
        if k == 0:
            pt = R.choice(PATIENTS + ELDERS)
            b = B("py_gateway").t("%s - rtls_gateway.adt - INFO - ADT A03 discharge MRN " % pyts()).p(pt["mrn"], "mrn")
            b.t(" (").p(nm(pt, R.choice(["lf", "LF"])), "name").t("): releasing tag ").p(pt["tag"], "device").t(" to pool")
        elif k == 1:
            pt = R.choice(PATIENTS + ELDERS)
            b = B("py_gateway").t("%s - rtls_gateway.bridge - ERROR - KeyError('zone') while handling payload " % pyts())
            jw(b, {"tag": P(pt["tag"], "device"), "cls": "PAT", "mrn": P(pt["mrn"], "mrn"),
                   "name": P(nm(pt, "fl"), "name"), "dob": P(dfmt(pt["dob"], 0), "date")}, (", ", ": "))
        else:
            pt = R.choice(ELDERS)
            b = B("py_gateway").t("%s WARNING [lora_bridge] fall alert devEui=" % pyts()).p(pt.setdefault("deveui", "20635f01%s" % hexs(8)), "device")
            b.t(" patient=").p(nm(pt, "il"), "name").t(" room=%s rssi=%d" % (pt["room"], -R.randint(80, 118)))
        emit(b)
    else:
        b = B("py_gateway")
        b.t(R.choice([
            "%s - rtls_gateway.mqtt - INFO - Connected to mqtt.mch.local:8883 rc=0 (client_id=rtls-gw-03)" % pyts(),
            "%s - urllib3.connectionpool - DEBUG - https://rtls-api.mch.local:443 \"POST /api/v2/events HTTP/1.1\" 201 %d" % (pyts(), R.randint(40, 200)),
            "%s - rtls_gateway.stats - INFO - processed %d events in 60.0s (%.1f/s) queue=%d dropped=0" % (pyts(), R.randint(800, 3000), R.uniform(13, 50), R.randint(0, 40)),
            "%s - rtls_gateway.mqtt - WARNING - Connection lost (rc=7), reconnecting in %ds" % (pyts(), R.choice([2, 4, 8, 16])),
            "%s INFO [ble_scan] adapter hci0 up, scanning interval=100ms window=50ms" % pyts(),
            "%s - rtls_gateway.config - INFO - loaded config v%d.%d sha1=%s site=MCH-MAIN" % (pyts(), R.randint(1, 4), R.randint(0, 20), hexs(40)),
            "%s - rtls_gateway.bridge - ERROR - Timeout posting to http://10.40.3.21:8080/hugs/events (5.0s) trace_id=%s" % (pyts(), hexs(32)),
        ]))
        emit(b)


# ---- nurse call syslog (Responder-like)
def ev_nursecall(phi):
    C.tick()
    b = B("nursecall_syslog").t("%s nc-gw01 responder5[%d]: " % (syslog_ts(), R.randint(3000, 3400)))
    room = R.choice(ROOMS)
    rn = staff(["RN"])
    if phi:
        pt = R.choice(PATIENTS + ELDERS)
        b.t("CALL id=%d type=%s room=%s bed=%s priority=%d patient=\"" % (R.randint(50000, 59999),
            R.choice(["NORMAL", "BATH_EMERGENCY", "PAIN", "BED_EXIT", "STAFF_ASSIST"]), pt["room"], R.choice("AB"), R.randint(1, 4)))
        b.p(nm(pt, R.choice(["LF", "lf"])), "name").t('" assignedRN="%s, %s" state=%s' % (rn[1], rn[0], R.choice(["PLACED", "ANSWERED", "CANCELLED"])))
        if R.random() < 0.3:
            b.t(" visit=").p(pt["fin"], "other_id")
    else:
        b.t(R.choice([
            "CALL id=%d type=CODE_BLUE room=%s bed=%s state=PLACED escalation=RRT" % (R.randint(50000, 59999), room, R.choice("AB")),
            "CALL id=%d type=NORMAL room=%s bed=%s state=CANCELLED by=%s dur=%ds" % (R.randint(50000, 59999), room, R.choice("AB"), rn[1].lower(), R.randint(5, 400)),
            "console 3 login user=%s%s" % (rn[0][0].lower(), rn[1].lower().replace("é", "e")),
            "dome light test station %s PASS" % room,
            "Vocera bridge latency %dms queue=%d" % (R.randint(20, 900), R.randint(0, 12))]))
    emit(b)


FAMS = [
    (ev_rtls_json, 20), (ev_mqtt, 12), (ev_mosquitto, 8), (ev_rtls_csv, 3), (ev_infant_syslog, 14), (ev_infant_json, 10),
    (ev_wander, 13), (ev_hl7_oru, 3), (ev_hl7_adt, 5), (ev_bed_xml, 10), (ev_ble, 8), (ev_chirp, 10), (ev_bacnet, 8),
    (ev_niagara, 8), (ev_lenel, 4), (ev_lenel_bio, 4), (ev_elevator, 6), (ev_kiosk, 18), (ev_incident_en, 10),
    (ev_incident_es, 2), (ev_nodered, 12), (ev_pygw, 14), (ev_nursecall, 12),
]
SINGLE = {ev_rtls_json, ev_mqtt, ev_mosquitto, ev_infant_syslog, ev_infant_json, ev_wander, ev_bed_xml, ev_ble, ev_chirp,
          ev_bacnet, ev_niagara, ev_lenel_bio, ev_elevator, ev_kiosk, ev_incident_en, ev_nodered, ev_pygw, ev_nursecall}
ALWAYS_CLEAN = {ev_mosquitto, ev_niagara}
TARGET_PHI = 0.45
N = 500


def main():
    global OUT
    fn_w = [f for f, w in FAMS for _ in range(w)]
    final = []
    while len(final) < N:
        f = R.choice(fn_w)
        done_phi = sum(1 for b in final if b.spans)
        frac = done_phi / max(1, len(final))
        p = 0.62 if frac < TARGET_PHI else 0.30
        if f is ev_bacnet:
            p = 0.08
        phi = (f not in ALWAYS_CLEAN) and R.random() < p
        OUT = []
        f(phi)
        if len(final) + len(OUT) > N:
            continue
        final.extend(OUT)
    lines, labels = [], []
    for i, b in enumerate(final, 1):
        txt = b.text()
        assert "\n" not in txt and "\r" not in txt and txt.strip(), (i, txt)
        raw = txt.encode("utf-8")
        spans = []
        for s, e, cat, val in b.spans:
            assert raw[s:e].decode("utf-8") == val, (i, s, e, val)
            spans.append({"s": s, "e": e, "cat": cat})
        lines.append(txt)
        labels.append(json.dumps({"line": i, "family": b.fam, "spans": spans}, ensure_ascii=False))
    assert len(lines) == N
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lines))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(labels) + "\n")


if __name__ == "__main__":
    main()
