#!/usr/bin/env python3
"""Synthetic labeled log corpus "pa": MVZ Rheinaue Bonn (Medizinisches
Versorgungszentrum, outpatient practice network) and its hospital partner
St. Elisabeth-Klinikum Siegburg (KSE).  One day (Tue 12.11.2024) of logs as
they land in the MVZ's central log archive (Graylog export), interleaved by
time.  Standard library only, fixed seed: two runs give identical bytes.

Writes pa.log (500 lines) and pa.labels.jsonl in the current directory.

Systems / formats simulated (family names in the labels):
  gdt          GDT 2.10 records (PVS <-> ECG device "CardioMax Frieda"), raw
               xDT lines "LLLFFFFvalue", length counted in ISO-8859-1 bytes
  bdt          BDT 2.9 export of a patient record (data migration)
  ldt          LDT 1014.01 lab result packet from Labor Dr. Reinecke
  hl7          HL7 v2.5 ADT A01/A03/A08 from the KIS (ORBIS) + ACKs,
               one segment per line
  pvs_java     Hippokrates PVS (Java, logback, German): eGK reads (VSDM),
               GDT import/export, eRezept (E-Rezept-Fachdienst), patient search
  fhir_erp     eRezept FHIR KBV_PR_ERP Patient resource (compact JSON)
  kim          KIM Clientmodul log (SMTP/POP3 secure mail, eArztbrief)
  serilog      .NET eArztbrief / Dokumenten service, Serilog compact JSON
  webhook      "Terminia" online booking platform webhooks (JSON, \\u escapes)
  sms_logfmt   reminderd SMS gateway logfmt (seven.io) incl. delivery reports
  recall_java  Spring Boot recall service (German messages) + stack traces
  winevt       Windows events, German, Snare/NXLog MSWinEventLog tab format
  nginx        nginx access log (patient portal, PVS web, webhooks)
  postgres     PostgreSQL 15 log with lc_messages=de_DE
  konnektor    TI-Konnektor syslog RFC 5424
  chat         internal practice messenger (free text)
  rechnung_csv private/IGeL invoice export (semicolon CSV)
  tagesliste   fixed-width daily appointment list print spool
  parking      clinic car park (key=value)

Labeling decisions (grey cases):
  * Patients and their relatives / emergency contacts (NK1, "Ehemann ...")
    are PHI.  Staff (Dr. med. ..., MFA, admins, login names), external
    doctors, labs, insurers, the MVZ and the Klinikum (addresses, phones,
    KIM addresses, e-mails) are not.
  * Names: surname and given name in separate fields (xDT 3101/3102, HL7
    components, JSON first/last) are separate `name` spans; "Weiss, Hanne"
    or "Frau Weiß" in one run is one span (salutation not included).
    Names mangled by ISO-8859-1 conversion ("G?l?en") still `name`.
  * KVNR (eGK Versicherten-ID, 10 chars, valid check digit; some junk) and
    old Versichertennummer, PKV Versicherungsnummer -> health_plan.
    Kassen-IK, VKNR, Versichertenart/-status codes -> not PHI.
  * PVS Patientennummer, KIS Patienten-ID (PID-3) -> mrn.  KIS Fallnummer
    (PV1-19), booking-platform patient id -> other_id.  Lab Anforderungs-
    Ident (8310, on the specimen barcode) and lab Auftragsnummer (8311)
    -> other_id.  eRezept PrescriptionID (Task-ID, valid ISO 7064 check)
    and its AccessCode (the token the patient holds) -> other_id.
  * Appointment ids, webhook event ids, message ids, KIM Message-IDs,
    FHIR bundle-local resource UUIDs, trace ids -> not PHI (transaction
    identifiers, not identifiers of the person).
  * eGK ICCSN of a patient's card -> device (card the person carries);
    ICCSN of SMC-B / HBA (practice / doctor cards) -> not PHI.  Practice
    equipment serials (ECG cart, Holter recorder) -> not PHI; a patient's
    implant / CGM sensor serial -> device.
  * Dates: every date tied to the patient (birth, appointment, admission,
    discharge, sample, report, service, invoice date, xDT 6200) -> date,
    including junk dates (31.02.1941).  Times without a date, years alone,
    log/message timestamps (MSH-7, EVN-2, webhook occurred_at, xDT 9103
    file creation date, list header dates) -> not PHI.  HL7 TS values with
    time (202411120745) are one `date` span.
  * Ages: only > 89 labeled (`age`); "Alter 67" not.
  * Addresses: street+house number is one `address` span, the city its own
    `address` span, the PLZ always its own `zip` span.
  * nginx: every client IP on portal.mvz-rheinaue.de is a patient's -> ip;
    internal 10.x, vendor webhook senders, scanners -> not PHI.  In request
    lines only the identifier inside path/query is labeled (mrn, name,
    date; percent-encoded bytes as they stand).  Full personalised links
    sent to a patient (video consultation link in SMS) -> one `url` span.
  * File names and subjects holding patient data: each element labeled
    (name, date, mrn) separately.
  * Patient IBAN, invoice number (Rechnungsnummer) -> account.
    Rentenversicherungsnummer (IN2-2, valid check digit) -> ssn.  Driving
    licence number in an occupational-medicine note -> license.  Patient
    car plate registered for clinic parking -> vehicle; staff plates not.
  * Handwritten-signature pad data (biometric dynamics, base64) ->
    biometric; base64 patient photo thumbnail -> photo.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import sys
import unicodedata
import urllib.parse

SEED = 20241112
R = random.Random(SEED)
DAY = dt.date(2024, 11, 12)
TZ = dt.timezone(dt.timedelta(hours=1))
CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email",
        "ssn", "mrn", "health_plan", "account", "license", "vehicle",
        "device", "url", "ip", "biometric", "photo", "other_id"}


# ---------------------------------------------------------------- builder
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []

    def t(self, s):
        self.parts.append((str(s), None))
        return self

    def p(self, s, cat):
        s = str(s)
        if not cat:
            return self.t(s)
        self.parts.append((s, cat))
        return self

    def finish(self):
        buf = bytearray()
        spans = []
        for s, c in self.parts:
            b = s.encode("utf-8")
            if c:
                spans.append({"s": len(buf), "e": len(buf) + len(b), "cat": c, "_v": s})
            buf += b
        return bytes(buf), spans


class P:
    """A tagged JSON value."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


def jemit(L, obj, ascii=False, sep=(",", ":")):
    if isinstance(obj, dict):
        L.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k, ensure_ascii=ascii) + sep[1])
            jemit(L, v, ascii, sep)
        L.t("}")
    elif isinstance(obj, list):
        L.t("[")
        for i, v in enumerate(obj):
            if i:
                L.t(sep[0])
            jemit(L, v, ascii, sep)
        L.t("]")
    elif isinstance(obj, P):
        if isinstance(obj.v, str):
            enc = json.dumps(obj.v, ensure_ascii=ascii)
            L.t('"').p(enc[1:-1], obj.cat).t('"')
        else:
            L.p(json.dumps(obj.v), obj.cat)
    else:
        L.t(json.dumps(obj, ensure_ascii=ascii))
    return L


def ev(L, parts):
    """parts: list of str or (str, cat)"""
    for x in parts:
        if isinstance(x, tuple):
            L.p(x[0], x[1])
        else:
            L.t(x)
    return L


# ---------------------------------------------------------------- checksums
def kvnr_make(valid=True):
    letter = chr(65 + R.randrange(26))
    d8 = "".join(str(R.randrange(10)) for _ in range(8))
    if d8[0] == "0":
        d8 = "1" + d8[1:]
    s = f"{ord(letter) - 64:02d}" + d8
    tot = 0
    for i, ch in enumerate(s):
        pr = int(ch) * (1 if i % 2 == 0 else 2)
        tot += pr // 10 + pr % 10
    c = tot % 10
    if not valid:
        c = (c + 3) % 10
    return f"{letter}{d8}{c}"


def lanr_make(fg="01"):
    d6 = "".join(str(R.randrange(10)) for _ in range(6))
    tot = sum(int(c) * (4 if i % 2 == 0 else 9) for i, c in enumerate(d6))
    return d6 + str((10 - tot % 10) % 10) + fg


def erx_id():
    d = "160" + "".join(str(R.randrange(10)) for _ in range(12))
    cs = 98 - (int(d) * 100) % 97
    d = d + f"{cs:02d}"
    return ".".join([d[0:3], d[3:6], d[6:9], d[9:12], d[12:15], d[15:17]])


def iban_de():
    blz = R.choice(["37050198", "38050000", "37069520", "38060186", "37040044", "12030000"])
    acct = "".join(str(R.randrange(10)) for _ in range(10))
    bban = blz + acct
    num = int(bban + "1314" + "00")
    return f"DE{98 - num % 97:02d}{bban}"


def rvnr_make(dob, last):
    area = R.choice(["12", "13", "24", "65", "53"])
    letter = unicodedata.normalize("NFKD", last.replace("von der ", ""))[0].upper()
    if not letter.isalpha() or ord(letter) > 90:
        letter = "X"
    ser = f"{R.randrange(0, 50) if R.random() < .5 else R.randrange(50, 100):02d}"
    digits = area + dob.strftime("%d%m%y") + f"{ord(letter) - 64:02d}" + ser
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    tot = 0
    for c, wi in zip(digits, w):
        pr = int(c) * wi
        tot += pr // 10 + pr % 10
    return area + dob.strftime("%d%m%y") + letter + ser + str(tot % 10)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


# ---------------------------------------------------------------- people
GIVEN_F = ["Hannelore", "Anneliese", "Käthe", "Jördis", "Gisela", "Aylin", "Zofia",
           "Ljudmila", "Thi Lan", "Maren", "Elfriede", "Gülşen", "Birgit", "Renate",
           "Hildegard", "Małgorzata", "Ingeborg", "Frauke", "Annegret", "Ursula", "Sünje",
           "Amira", "Dörte", "Rosemarie", "Hedwig", "Waltraud"]
GIVEN_M = ["Jürgen", "Günther", "Ömer", "Dragan", "Mehmet", "Björn", "Klaus-Dieter", "Jörg",
           "Hans-Peter", "Karl-Heinz", "Wolfgang", "Matthias", "Enrico", "Friedrich",
           "Bogdan", "Kwame", "Lutz", "Ansgar", "Ulrich", "Reinhold", "Yusuf", "Henrik",
           "Heribert", "Sönke", "Manfred"]
YOUNG_F = ["Sophie", "Leonie", "Mia-Sophie", "Emilia", "Lina", "Aylin", "Chiara", "Amira", "Zeynep",
           "Hanna", "Marie-Luise", "Jolina", "Ewa"]
YOUNG_M = ["Luca", "Maximilian", "Noah", "Ben", "Elias", "Yusuf", "Finn", "Emir", "Jonas", "Mika",
           "Kwame", "Jan-Ole", "Milan"]
SURN = ["Müller-Lüdenscheidt", "Weiß", "Groß", "Fuchs", "Koch", "Becker", "Schäfer", "Vogel",
        "Wolf", "Braun", "Klein", "Lange", "Sommer", "Winter", "Fröhlich", "Nußbaum",
        "Strauß", "Öztürk", "Kowalczyk", "Nguyen", "Popescu", "von der Heydt",
        "Schulze-Bräuer", "Meyer zu Erpen", "Jovanović", "Demir", "Großkreutz",
        "Hoffmann", "Engel", "König", "Kaiser", "Sauer", "Ziegler", "Löwenstein", "Bäcker",
        "Ohlendorf-Ramírez", "Mensah", "Håkansson", "de Vries", "Mayr", "Papadopoulos",
        "Krüger", "Abendroth", "Sonntag", "Morgenstern", "Weißenböck", "Pütz", "Schmitz",
        "Esser", "Brühl", "Kühn", "Haas"]
CITIES = [("Bonn", ["53111", "53113", "53115", "53117", "53119", "53121", "53123",
                    "53125", "53127", "53129", "53173", "53175", "53177", "53179",
                    "53225", "53227", "53229"], "0228"),
          ("Siegburg", ["53721"], "02241"), ("Troisdorf", ["53840", "53842", "53844"], "02241"),
          ("Sankt Augustin", ["53757"], "02241"), ("Königswinter", ["53639"], "02223"),
          ("Bad Honnef", ["53604"], "02224"), ("Hennef (Sieg)", ["53773"], "02242"),
          ("Meckenheim", ["53340"], "02225"), ("Rheinbach", ["53359"], "02226"),
          ("Alfter", ["53347"], "0228"), ("Wachtberg", ["53343"], "0228"),
          ("Niederkassel", ["53859"], "02208"), ("Köln", ["50667", "50823", "51105"], "0221")]
STREETS = ["Hauptstraße", "Lindenallee", "Am Weißen Steinweg", "Kölner Straße",
           "Bahnhofstr.", "Schloßstraße", "Mühlenweg", "An der Rennbahn", "Königswinterer Str.",
           "Siegburger Str.", "Friedrich-Ebert-Allee", "Im Großen Garten", "Auf dem Hügel",
           "Rheinweg", "Poppelsdorfer Allee", "Kaiserstraße", "Oberdorf", "Zur Alten Fähre",
           "Heerstraße", "Uhlgasse", "Am Büchel", "Ringstraße", "Sankt-Augustiner-Str.",
           "Gartenstraße", "Löwenburgstraße"]
KASSEN = [("AOK Rheinland/Hamburg", "104212059"), ("Techniker Krankenkasse", "101575519"),
          ("BARMER", "104940005"), ("DAK-Gesundheit", "105830016"),
          ("IKK classic", "107202793"), ("BKK firmus", "103525909"),
          ("KKH Kaufmännische Krankenkasse", "102171012"), ("HEK", "101570104")]
PKV = ["Debeka", "DKV", "Allianz Private Krankenversicherung", "Signal Iduna", "HUK-Coburg"]
MAILDOM = ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "outlook.de",
           "freenet.de", "mailbox.org", "icloud.com"]
PLATES = {"Bonn": "BN", "Köln": "K"}


def translit(s):
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    s = s.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace("ł", "l")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in "-."))


def age_on(dob, day=DAY):
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


PATIENTS = []
_used_pvs = set()
for i in range(80):
    sex = R.choice("MW")
    last = R.choice(SURN)
    if R.random() < 0.16:
        dob = dt.date(R.randint(1928, 1934), R.randint(1, 12), R.randint(1, 28))
    else:
        dob = dt.date(R.randint(1936, 2019), R.randint(1, 12), R.randint(1, 28))
    if dob.year >= 1988:
        first = R.choice(YOUNG_F if sex == "W" else YOUNG_M)
    else:
        first = R.choice(GIVEN_F if sex == "W" else GIVEN_M)
    city, plzs, vorwahl = R.choice(CITIES)
    pvs = R.randint(100100, 139999)
    while pvs in _used_pvs:
        pvs = R.randint(100100, 139999)
    _used_pvs.add(pvs)
    hn = str(R.randint(1, 148)) + (R.choice(["a", "b", ""]) if R.random() < 0.15 else "")
    ft = translit(first).lower().replace(" ", "")
    lt = translit(last).lower().replace("-", "").replace(" ", "")
    email = None
    if R.random() < 0.75:
        email = R.choice([f"{ft}.{lt}", f"{ft[0]}.{lt}{dob.year % 100:02d}", f"{lt}{R.randint(1, 99)}",
                          f"{ft}{lt[:4]}", f"{ft}_{lt}"]) + "@" + R.choice(MAILDOM)
    kasse = R.choice(KASSEN)
    p = dict(
        sex=sex, first=first, last=last, dob=dob, age=age_on(dob), city=city,
        plz=R.choice(plzs), street=f"{R.choice(STREETS)} {hn}",
        phone=f"{vorwahl} {R.randint(2, 9)}{digits(R.choice([5, 6]))}",
        mobile="01" + R.choice(["51", "52", "57", "59", "60", "62", "70", "71", "72", "73",
                                 "75", "76", "77", "78", "79"]) + digits(R.choice([7, 8])),
        email=email, pvs=str(pvs), kis="47" + digits(5), kvnr=kvnr_make(),
        kasse=kasse, iccsn="80276" + R.choice(["88311", "88312", "00110", "88304"]) + digits(10),
        iban=iban_de(), plate=f"{PLATES.get(city, 'SU')}-{R.choice('ABCDEFGHKLMNPRSTW')}"
                              f"{R.choice('ABCDEFGHKLMNPRSTUVWXYZ')} {R.randint(1, 9999)}",
    )
    PATIENTS.append(p)


def pat():
    return R.choice(PATIENTS)


def old_pat():
    """mostly a patient over 89 (for age examples)"""
    if R.random() < 0.6:
        return R.choice([x for x in PATIENTS if x["age"] > 89])
    return pat()


def mob_intl(p):
    return "+49" + p["mobile"][1:]


def frau(p):
    return "Frau" if p["sex"] == "W" else "Herr"


def frau_acc(p):
    return "Frau" if p["sex"] == "W" else "Herrn"


STAFF = [("Brandt-Ohlsen", "Katharina", "Dr. med.", "k.brandt-ohlsen", "Allgemeinmedizin"),
         ("Oyelaran", "Felix", "Dr. med.", "f.oyelaran", "Kardiologie"),
         ("Wunderlich", "Sebastian", "Dr. med.", "s.wunderlich", "Innere Medizin"),
         ("Sokolova", "Irina", "Dipl.-Med.", "i.sokolova", "Diabetologie"),
         ("Haberland", "Nils", "Dr. med.", "n.haberland", "Dermatologie")]
MFA = [("Kuhlmann", "Jana", "j.kuhlmann"), ("Schüttler", "Melanie", "m.schuettler"),
       ("Yıldız", "Esra", "e.yildiz"), ("Brenner", "Lukas", "l.brenner")]
LANRS = {s[0]: lanr_make(R.choice(["01", "03", "23", "25"])) for s in STAFF}
BSNR = "381234500"
MVZ_ADDR = "Ludwig-Erhard-Allee 12, 53175 Bonn"
MVZ_TEL = "0228 918000"


def staff():
    return R.choice(STAFF)


# ---------------------------------------------------------------- time
def rtime(h0=7, h1=18.5):
    sec = R.randint(int(h0 * 3600), int(h1 * 3600))
    return dt.datetime.combine(DAY, dt.time(0), tzinfo=TZ) + dt.timedelta(seconds=sec,
                                                                          milliseconds=R.randint(0, 999))


def ts_iso(t, ms=True):
    return t.isoformat(timespec="milliseconds" if ms else "seconds")


def ts_utcz(t, digits7=False):
    u = t.astimezone(dt.timezone.utc)
    if digits7:
        return u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{u.microsecond:06d}0Z"
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{u.microsecond // 1000:03d}Z"


def ts_logback(t, sep=","):
    return t.strftime("%Y-%m-%d %H:%M:%S") + f"{sep}{t.microsecond // 1000:03d}"


def ts_pg(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d} CET"


def ts_nginx(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0100")


def ts_sys(t):
    return t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")


def hl7ts(t):
    return t.strftime("%Y%m%d%H%M%S")


def de(d):
    return d.strftime("%d.%m.%Y")


def future_day(lo=1, hi=40):
    d = DAY + dt.timedelta(days=R.randint(lo, hi))
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def slot():
    return f"{R.randint(7, 17):02d}:{R.choice(['00', '10', '20', '30', '40', '50'])}"


# ---------------------------------------------------------------- xDT
def l1(v):
    return v.encode("latin-1", "replace").decode("latin-1")


def xdt_block(fam, records):
    """records: list of list of (fid, value, cat).  8100 Satzlänge computed."""
    out = []
    for rec in records:
        fields = []
        for fid, val, cat in rec:
            fields.append((fid, l1(str(val)), cat))
        total = 14  # the 8100 line itself
        for fid, val, cat in fields:
            if fid == "8100":
                continue
            total += 3 + 4 + len(val.encode("latin-1")) + 2
        lines = []
        for j, (fid, val, cat) in enumerate(fields):
            if fid == "8100":
                val = f"{total:05d}"
            n = 3 + 4 + len(val.encode("latin-1")) + 2
            lines.append(Line(fam).t(f"{n:03d}{fid}").p(val, cat))
        out.extend(lines)
    return out


def ev_gdt_request(t):
    p = pat()
    L0 = Line("pvs_java")
    s = staff()
    L0.t(f"{ts_logback(t)} INFO  [AWT-EventQueue-0] d.h.pvs.gdt.GdtExportService - GDT-Satz 6302 "
         f"geschrieben: \\\\mvz-fs01\\gdt\\out\\EKG1PVS1.001 (Gerät EKG01, Arbeitsplatz MVZ-EKG02, "
         f"Benutzer {s[3]})")
    rec = [("8000", "6302", None), ("8100", "", None), ("8315", "EKG1", None), ("8316", "PVS1", None),
           ("9206", "3", None), ("9218", "02.10", None),
           ("3000", p["pvs"], "mrn"), ("3101", p["last"], "name"), ("3102", p["first"], "name"),
           ("3103", p["dob"].strftime("%d%m%Y"), "date"), ("3110", "1" if p["sex"] == "M" else "2", None),
           ("3622", str(R.randint(150, 195)), None), ("3623", str(R.randint(48, 120)), None),
           ("8402", "EKG01", None)]
    return [L0] + xdt_block("gdt", [rec])


def ev_gdt_result(t):
    p = pat()
    hf, pq, qrs, qtc = R.randint(52, 98), R.randint(120, 210), R.randint(80, 118), R.randint(380, 460)
    L0 = Line("pvs_java").t(f"{ts_logback(t)} INFO  [GdtWatcher-1] d.h.pvs.gdt.GdtImportService - "
                            f"GDT-Datei gefunden: \\\\mvz-fs01\\gdt\\in\\PVS1EKG1.001 "
                            f"({R.randint(480, 620)} Bytes), Satzart 6310, Software CardioMax Frieda 3.2.7")
    fn_date = t.strftime("%Y%m%d")
    rec = [("8000", "6310", None), ("8100", "", None), ("8315", "PVS1", None), ("8316", "EKG1", None),
           ("9206", "3", None), ("9218", "02.10", None),
           ("0103", "CardioMax Frieda", None), ("0132", "3.2.7 Build 1148", None),
           ("3000", p["pvs"], "mrn"), ("3101", p["last"], "name"), ("3102", p["first"], "name"),
           ("3103", p["dob"].strftime("%d%m%Y"), "date"), ("8402", "EKG01", None),
           ("6200", t.strftime("%d%m%Y"), "date"), ("6201", t.strftime("%H%M%S"), None),
           ("8410", "HF", None), ("8411", "Herzfrequenz", None), ("8420", str(hf), None), ("8421", "/min", None),
           ("8410", "QRS", None), ("8420", str(qrs), None), ("8421", "ms", None),
           ("8410", "QTC", None), ("8420", str(qtc), None), ("8421", "ms", None),
           ("6220", R.choice(["Sinusrhythmus, Indifferenztyp, regelrechte Erregungsrückbildung",
                              "SR, Linkstyp, unspezifische ST-Veränderungen V5/V6",
                              "Vorhofflimmern mit normofrequenter Überleitung, Steiltyp"]), None),
           ("6302", "000001", None), ("6303", "PDF", None), ("6304", "Ruhe-EKG 12 Kanal", None)]
    # 6305 file reference with PatNr + date in the file name
    fields = xdt_block("gdt", [rec])
    path_pre = "\\\\mvz-fs01\\gdt\\ekg\\"
    val = path_pre + p["pvs"] + "_" + fn_date + "_" + t.strftime("%H%M") + ".pdf"
    n = 3 + 4 + len(val.encode("latin-1")) + 2
    Lf = Line("gdt").t(f"{n:03d}6305{path_pre}").p(p["pvs"], "mrn").t("_").p(fn_date, "date") \
        .t("_" + t.strftime("%H%M") + ".pdf")
    # fix 8100: recompute including 6305 line
    rec_len = int(fields[1].parts[1][0]) + n
    fields[1] = Line("gdt").t("0148100").t(f"{rec_len:05d}")
    return [L0] + fields + [Lf]


def ev_bdt(t):
    p = pat()
    s = staff()
    rel_first = R.choice(GIVEN_M if p["sex"] == "W" else GIVEN_F)
    L0 = Line("pvs_java").t(f"{ts_logback(t)} INFO  [BdtExport-1] d.h.pvs.migration.BdtExporter - "
                            f"BDT-Export Praxisübernahme Dr. Kessler: Patient 1 von 1 (Datei "
                            f"D:\\Migration\\Kessler\\PRAX_EDV.BDT, Zeichensatz ISO-8859-15)")
    hdr = [("8000", "0020", None), ("8100", "", None), ("9103", t.strftime("%d%m%Y"), None),
           ("9106", "3", None)]
    prax = [("8000", "0010", None), ("8100", "", None), ("0201", BSNR, None),
            ("0203", "MVZ Rheinaue Bonn GmbH", None), ("0205", "Ludwig-Erhard-Allee 12, 53175 Bonn", None),
            ("0212", LANRS[s[0]], None), ("0213", f"{s[2]} {s[1]} {s[0]}", None)]
    stamm = [("8000", "6100", None), ("8100", "", None), ("3000", p["pvs"], "mrn"),
             ("3101", p["last"], "name"), ("3102", p["first"], "name"),
             ("3103", p["dob"].strftime("%d%m%Y"), "date"), ("3105", digits(10), "health_plan"),
             ("3107", p["street"], "address"), ("3112", p["plz"], "zip"), ("3113", p["city"], "address"),
             ("3110", "1" if p["sex"] == "M" else "2", None), ("3119", p["kvnr"], "health_plan"),
             ("3626", p["phone"], "phone"), ("4104", R.choice(["38825", "38801", "27106"]), None),
             ("4111", p["kasse"][1], None), ("3108", "1", None)]
    d1 = DAY - dt.timedelta(days=R.randint(30, 900))
    beh = [("8000", "6200", None), ("8100", "", None), ("3000", p["pvs"], "mrn"),
           ("6200", d1.strftime("%d%m%Y"), "date"), ("6205", "Arterielle Hypertonie", None),
           ("6001", "I10.90G", None), ("6220", f"RR {R.randint(130, 175)}/{R.randint(75, 105)} mmHg, "
                                               f"Puls {R.randint(58, 92)}/min rhythmisch", None)]
    out = [L0] + xdt_block("bdt", [hdr, prax, stamm, beh])
    # Freitext with relative
    rel = f"{rel_first} {p['last']}"
    relphone = "01" + R.choice(["51", "60", "72", "76"]) + digits(8)
    pre = "Ehemann " if p["sex"] == "W" else "Ehefrau "
    txt_parts = [pre, (rel, "name"), " informiert, erreichbar unter ", (relphone, "phone")]
    tot_len = sum(len(l1(x if isinstance(x, str) else x[0]).encode("latin-1")) for x in txt_parts)
    n = 3 + 4 + tot_len + 2
    Lf = ev(Line("bdt").t(f"{n:03d}6330"), [x if isinstance(x, str) else (l1(x[0]), x[1]) for x in txt_parts])
    # 8100 of beh record must include the Freitext line
    idx = len(out) - len(beh)  # index of 8000 of beh
    old = int(out[idx + 1].parts[1][0])
    out[idx + 1] = Line("bdt").t("0148100").t(f"{old + n:05d}")
    out.append(Lf)
    return out


LAB_TESTS = [("HBA1C", "HbA1c (IFCC)", "mmol/mol", "20 - 42", lambda: str(R.randint(35, 78))),
             ("KREA", "Kreatinin", "mg/dl", "0.50 - 1.10", lambda: f"{R.uniform(0.6, 1.9):.2f}"),
             ("EGFR", "eGFR (CKD-EPI)", "ml/min/1.73m²", "> 60", lambda: str(R.randint(28, 104))),
             ("K", "Kalium", "mmol/l", "3.5 - 5.1", lambda: f"{R.uniform(3.3, 5.6):.1f}"),
             ("TSH", "TSH basal", "mU/l", "0.27 - 4.20", lambda: f"{R.uniform(0.2, 6.2):.2f}"),
             ("LDL", "LDL-Cholesterin", "mg/dl", "< 116", lambda: str(R.randint(62, 190))),
             ("CRP", "C-reaktives Protein", "mg/l", "< 5.0", lambda: f"{R.uniform(0.3, 48):.1f}"),
             ("HB", "Hämoglobin", "g/dl", "12.0 - 15.5", lambda: f"{R.uniform(9.8, 16.4):.1f}")]


def ev_ldt(t):
    p = pat()
    L0 = Line("pvs_java").t(f"{ts_logback(t)} INFO  [LabImport-2] d.h.pvs.labor.LdtImportService - "
                            f"LDT-Datei empfangen via KIM (Labor Dr. Reinecke & Kollegen MVZ GmbH): "
                            f"Z01{digits(5)}.LDT, Version LDT1014.01, 1 Befund")
    hdr = [("8000", "8220", None), ("8100", "", None), ("9212", "LDT1014.01", None),
           ("0201", "389912300", None), ("0203", "Labor Dr. Reinecke & Kollegen MVZ GmbH", None),
           ("0205", "Godesberger Allee 90", None), ("0215", "53175", None), ("0216", "Bonn", None),
           ("8312", "40815", None), ("9103", t.strftime("%d%m%Y"), None)]
    taken = DAY - dt.timedelta(days=R.randint(1, 3))
    rec = [("8000", "8201", None), ("8100", "", None),
           ("8310", "L" + digits(7), "other_id"), ("8311", taken.strftime("%y%m%d") + digits(4), "other_id"),
           ("8301", (taken + dt.timedelta(days=R.randint(0, 1))).strftime("%d%m%Y"), "date"),
           ("8302", DAY.strftime("%d%m%Y"), "date"), ("8303", t.strftime("%H%M"), None),
           ("8401", R.choice(["E", "T"]), None), ("3101", p["last"], "name"), ("3102", p["first"], "name"),
           ("3103", p["dob"].strftime("%d%m%Y"), "date"), ("8407", "W" if p["sex"] == "W" else "M", None),
           ("8432", taken.strftime("%d%m%Y"), "date"), ("8433", f"{R.randint(7, 10):02d}{R.randint(0, 59):02d}", None)]
    for tid, name, unit, ref, fn in R.sample(LAB_TESTS, R.randint(3, 4)):
        rec += [("8410", tid, None), ("8411", name, None), ("8420", fn(), None), ("8421", unit, None),
                ("8460", ref, None)]
    if R.random() < 0.5:
        rec += [("8480", "Probe leicht hämolytisch, Kalium eingeschränkt beurteilbar", None)]
    trl = [("8000", "8221", None), ("8100", "", None), ("9202", f"{R.randint(1400, 2100):08d}", None)]
    return [L0] + xdt_block("ldt", [hdr, rec, trl])


# ---------------------------------------------------------------- HL7
def hl7_line(segs):
    """segs: list of field items; each item str or list of (str|tuple) parts."""
    L = Line("hl7")
    for i, f in enumerate(segs):
        if i:
            L.t("|")
        if isinstance(f, str):
            L.t(f)
        else:
            ev(L, f)
    return L


def ev_hl7(t, kind=None):
    p = pat()
    kind = kind or R.choice(["A01", "A01", "A03", "A08", "A04"])
    ctl = str(R.randint(1100000, 1199999))
    doc = R.choice(STAFF)
    out = []
    out.append(hl7_line(["MSH", "^~\\&", "ORBIS", "KSE", "HIPPOKRATES", "MVZ_RHEINAUE", hl7ts(t), "",
                         f"ADT^{kind}^ADT_A01", ctl, "P", "2.5", "", "", "AL", "NE", "DEU", "8859/1"]))
    out.append(hl7_line(["EVN", kind, hl7ts(t - dt.timedelta(seconds=R.randint(1, 40))), "", "",
                         f"{R.choice(['hoffmn', 'wagnerc', 'stationsleitung3'])}"]))
    tel = [(p["phone"], "phone"), "^PRN^PH"]
    if R.random() < 0.5:
        tel += ["~", (p["mobile"], "phone"), "^PRN^CP"]
    if p["email"] and R.random() < 0.6:
        tel += ["~^NET^Internet^", (p["email"], "email")]
    if R.random() < 0.25:
        tel += ["~", (p["phone"][:-2] + str(R.randint(10, 99)), "fax"), "^PRN^FX"]
    pid = ["PID", "1", "", [(p["kis"], "mrn"), "^^^KSE^PI~", (p["kvnr"], "health_plan"), "^^^GKV^KV"], "",
           [(p["last"], "name"), "^", (p["first"], "name"), "^^^^^L"], "",
           [(p["dob"].strftime("%Y%m%d"), "date")], "M" if p["sex"] == "M" else "F", "", "",
           [(p["street"], "address"), "^^", (p["city"], "address"), "^^", (p["plz"], "zip"), "^DE^H"],
           "", tel, "", "de", R.choice(["M", "S", "W", "D"]), R.choice(["RK", "EV", "KA", ""])]
    out.append(hl7_line(pid))
    pv1 = ["PV1", "1", R.choice(["I", "O"]),
           f"{R.choice(['KARD', 'INN3', 'GER1', 'CHIR2'])}^{R.randint(1, 4)}.{R.randint(1, 30):02d}^{R.randint(1, 3)}^KSE",
           R.choice(["E", "R", "EL"]), "", "", f"{LANRS[doc[0]]}^{doc[0]}^{doc[1]}^^^{doc[2]}"]
    pv1 += [""] * (19 - len(pv1))
    pv1.append([("8" + digits(8), "other_id")])
    pv1 += [""] * (44 - len(pv1))
    adm = t - dt.timedelta(days=R.randint(0, 9) if kind in ("A03", "A08") else 0, minutes=R.randint(5, 300))
    pv1.append([(hl7ts(adm)[:12], "date")])
    if kind == "A03":
        pv1.append([(hl7ts(t)[:12], "date")])
    out.append(hl7_line(pv1))
    if R.random() < 0.55:
        rel = R.choice(GIVEN_M + GIVEN_F) + " " + R.choice([p["last"], R.choice(SURN)])
        rel_last = rel.split(" ", 1)[1]
        rel_first = rel.split(" ", 1)[0]
        out.append(hl7_line(["NK1", "1", [(rel_last, "name"), "^", (rel_first, "name")],
                             R.choice(["MTH^Mutter^HL70063", "FTH^Vater^HL70063"]) if p["age"] < 18 else
                             R.choice(["SPO^Ehepartner^HL70063", "CHD^Kind^HL70063", "EMC^Notfallkontakt^HL70063"]),
                             "", [("01" + R.choice(["51", "62", "76", "79"]) + digits(8), "phone"), "^PRN^CP"]]))
    kname, ik = p["kasse"]
    in1 = ["IN1", "1", "GKV^gesetzlich", ik, kname] + [""] * 11
    in1.append([(p["last"], "name"), "^", (p["first"], "name")])
    in1.append("SEL")
    in1.append([(p["dob"].strftime("%Y%m%d"), "date")])
    in1 += [""] * (36 - len(in1))
    in1.append([(p["kvnr"], "health_plan")])
    out.append(hl7_line(in1))
    if R.random() < 0.35:
        out.append(hl7_line(["IN2", "1", [(rvnr_make(p["dob"], p["last"]), "ssn")]]))
    if kind in ("A01", "A03"):
        dx = R.choice([("I21.4", "Akuter subendokardialer Myokardinfarkt"), ("I50.13", "Linksherzinsuffizienz NYHA III"),
                       ("J18.9", "Pneumonie, nicht näher bezeichnet"), ("S72.01", "Schenkelhalsfraktur")])
        out.append(hl7_line(["DG1", "1", "", f"{dx[0]}^{dx[1]}^I10-2024", "", [(hl7ts(adm)[:8], "date")], "A"]))
    ta = t + dt.timedelta(seconds=R.randint(1, 3))
    out.append(hl7_line(["MSH", "^~\\&", "HIPPOKRATES", "MVZ_RHEINAUE", "ORBIS", "KSE", hl7ts(ta), "",
                         f"ACK^{kind}^ACK", "ACK" + ctl, "P", "2.5"]))
    out.append(hl7_line(["MSA", R.choice(["AA", "AA", "AA", "AE"]), ctl]))
    return out


def ev_hl7_ack(t):
    ctl = str(R.randint(1100000, 1199999))
    return [hl7_line(["MSH", "^~\\&", "HIPPOKRATES", "MVZ_RHEINAUE", "ORBIS", "KSE", hl7ts(t), "",
                      f"ACK^{R.choice(['A01', 'A03', 'A08'])}^ACK", "ACK" + ctl, "P", "2.5"]),
            hl7_line(["MSA", R.choice(["AA", "AA", "AA", "AE"]), ctl])]


# ---------------------------------------------------------------- PVS java (eGK, eRezept)
def lb(t, lvl, thread, logger):
    return f"{ts_logback(t)} {lvl:<5} [{thread}] {logger} - "


def ev_egk(t):
    p = pat()
    ct = R.choice(["KT-Empfang-01", "KT-Empfang-02", "KT-Labor-01", "KT-Kardio-01"])
    r = R.random()
    L = Line("pvs_java")
    if r < 0.55:
        ev(L, [lb(t, "INFO", f"KartenleserThread-{R.randint(1, 4)}", "d.h.pvs.egk.EgkLeseService"),
               "eGK gelesen (", ct, "): KVNR=", (p["kvnr"], "health_plan"), ", Name=",
               (f"{p['last']}, {p['first']}", "name"), ", Geb.=", (de(p["dob"]), "date"),
               f", Kasse={p['kasse'][0]} (IK {p['kasse'][1]}), ICCSN=", (p["iccsn"], "device"),
               f", Versichertenart={R.choice(['1', '3', '5'])}, VSDM-Ergebnis={R.choice(['1', '2', '1', '3'])}"])
    elif r < 0.7:
        ev(L, [lb(t, "INFO", "VsdmWorker-1", "d.h.pvs.egk.VsdAbgleich"),
               "VSD aktualisiert für Pat.-Nr. ", (p["pvs"], "mrn"), ": neue Anschrift ",
               (p["street"], "address"), ", ", (p["plz"], "zip"), " ", (p["city"], "address"),
               " übernommen (Quelle: eGK, Benutzer ", R.choice(MFA)[2], ")"])
    elif r < 0.82:
        ev(L, [lb(t, "WARN", f"KartenleserThread-{R.randint(1, 4)}", "d.h.pvs.egk.EgkLeseService"),
               f"eGK abgewiesen ({ct}): Zertifikat ungültig/gesperrt, ICCSN=", (p["iccsn"], "device"),
               ", Fehlercode 114 (CardTerminated). Ersatzverfahren nach Anlage 4a BMV-Ä angeboten."])
    else:
        ev(L, [lb(t, "INFO", "VsdmWorker-2", "d.h.pvs.egk.Pruefungsnachweis"),
               f"Prüfungsnachweis erhalten: Ergebnis={R.choice(['1', '2'])}, Länge={R.randint(180, 200)} Bytes, "
               f"Konnektor ti-konnektor01 (10.20.0.10), Dauer {R.randint(380, 2900)} ms, Mandant MVZ_RA, "
               f"Arbeitsplatz {R.choice(['EMPF01', 'EMPF02', 'LAB01'])}"])
    return [L]


def ev_egk_plain(t):
    L = Line("pvs_java")
    msgs = [("INFO", "d.h.pvs.egk.KartenterminalMonitor", f"Karte gesteckt: CtId=KT-Empfang-0{R.randint(1, 2)}, Slot=1, Kartentyp=EGK G2.1"),
            ("INFO", "d.h.pvs.egk.KartenterminalMonitor", f"Karte entfernt: CtId=KT-Empfang-0{R.randint(1, 2)}, Slot=1"),
            ("WARN", "d.h.pvs.ti.KonnektorClient", f"Timeout beim Aufruf ReadVSD nach {R.randint(10, 30)}000 ms, Wiederholung 1/3"),
            ("INFO", "d.h.pvs.ti.KonnektorClient", f"Konnektor-Dienstverzeichnis geladen: 17 Dienste, Produktversion 5.{R.randint(1, 3)}.{R.randint(0, 9)}"),
            ("INFO", "d.h.pvs.ti.SmcbService", "SMC-B freigeschaltet: ICCSN=80276883110000" + digits(6) + ", Telematik-ID 1-2" + BSNR),
            ("INFO", "d.h.pvs.ti.HbaService", f"HBA gesteckt: {R.choice(STAFF)[0]}, ICCSN=80276001081699" + digits(6) + ", PIN.QES verifiziert")]
    lvl, lg, m = R.choice(msgs)
    return [L.t(lb(t, lvl, f"TiWorker-{R.randint(1, 3)}", lg) + m)]


def ev_erezept(t):
    p = pat()
    tid = erx_id()
    ac = hexs(64)
    s = staff()
    r = R.random()
    out = []
    if r < 0.35:
        out.append(ev(Line("pvs_java"), [lb(t, "INFO", "ERezept-3", "d.h.pvs.erp.ERezeptService"),
                                          "Task erzeugt: PrescriptionID=", (tid, "other_id"), ", AccessCode=",
                                          (ac, "other_id"), ", Pat.-Nr. ", (p["pvs"], "mrn"),
                                          f", Flowtype 160, HTTP 201 in {R.randint(180, 900)} ms"]))
    elif r < 0.6:
        out.append(ev(Line("pvs_java"), [lb(t, "INFO", "ERezept-1", "d.h.pvs.erp.ERezeptDruck"),
                                          "E-Rezept-Token gedruckt (Patientenausdruck): {\"urls\":[\"Task/",
                                          (tid, "other_id"), "/$accept?ac=", (ac, "other_id"), "\"]}"]))
    elif r < 0.8:
        out.append(ev(Line("pvs_java"), [lb(t, "INFO", "ERezept-2", "d.h.pvs.erp.QesSigner"),
                                          f"QES-Signatur erfolgreich ({s[2]} {s[0]}, Telematik-ID 1-1{digits(9)}), "
                                          f"Task/", (tid, "other_id"), f"/$activate -> HTTP 200, "
                                          f"X-Request-ID {uuid4()}, {R.randint(700, 3400)} ms"]))
    else:
        out.append(Line("pvs_java").t(lb(t, "WARN", "ERezept-2", "d.h.pvs.erp.FachdienstClient") +
                                      f"E-Rezept-Fachdienst antwortet 429 Too Many Requests, Retry-After 2 s "
                                      f"(VAU-Kanal erx.zentral.erp.splitdns.ti-dienste.de, Trace {hexs(16)})"))
    return out


def ev_fhir(t):
    p = pat()
    obj = {"resourceType": "Patient", "id": uuid4(),
           "meta": {"profile": ["https://fhir.kbv.de/StructureDefinition/KBV_PR_FOR_Patient|1.1.0"]},
           "identifier": [{"type": {"coding": [{"system": "http://fhir.de/CodeSystem/identifier-type-de-basis",
                                                "code": "GKV"}]},
                           "system": "http://fhir.de/sid/gkv/kvid-10", "value": P(p["kvnr"], "health_plan")}],
           "name": [{"use": "official", "family": P(p["last"], "name"), "given": [P(p["first"], "name")]}],
           "birthDate": P(p["dob"].isoformat(), "date"),
           "address": [{"type": "both", "line": [P(p["street"], "address")], "city": P(p["city"], "address"),
                        "postalCode": P(p["plz"], "zip"), "country": "D"}]}
    L = Line("fhir_erp").t(lb(t, "DEBUG", "ERezept-3", "d.h.pvs.erp.KbvBundleBuilder") + "Patient=")
    return [jemit(L, obj)]


# ---------------------------------------------------------------- KIM
KIM_EXT = ["kardiologie@kse-siegburg.kim.telematik", "aufnahme@kse-siegburg.kim.telematik",
           "befund@labor-reinecke.kim.telematik", "praxis.dr.yilmaz@arzt.kim.telematik",
           "radiologie-bonn-sued@radiologie.kim.telematik", "dr.achterberg@neuro.kim.telematik"]
KIM_OWN = "praxis@mvz-rheinaue.kim.telematik"


def kim_head(t, lvl, th):
    return f"{ts_iso(t)} [{lvl:<5}] [{th}] "


def ev_kim(t):
    p = pat()
    r = R.random()
    L = Line("kim")
    mid = f"<{uuid4()}@mvz-rheinaue.kim.telematik>"
    if r < 0.3:
        ev(L, [kim_head(t, "INFO", f"smtp-worker-{R.randint(1, 4)}"), "Nachricht versendet MessageId=", mid,
               f" From={KIM_OWN} To={R.choice(KIM_EXT)} Dienstkennung=Arztbrief;eArztbrief;V1.2 "
               f"Groesse={R.randint(80000, 900000)} Subject=\"Arztbrief ", (f"{p['last']}, {p['first']}", "name"),
               ", geb. ", (de(p["dob"]), "date"), "\""])
    elif r < 0.5:
        ev(L, [kim_head(t, "INFO", "pop3-worker-1"), "Anhang entschlüsselt: ",
               ("Befund_"), (p["last"].replace(" ", "_"), "name"), "_", (p["first"], "name"), "_",
               (p["dob"].strftime("%Y%m%d"), "date"), f".pdf ({R.randint(40, 900)} KB) von {R.choice(KIM_EXT)}"])
    elif r < 0.62:
        ev(L, [kim_head(t, "WARN", f"smtp-worker-{R.randint(1, 4)}"),
               "Empfänger nicht im VZD gefunden, Nachricht zurückgestellt: Betreff=\"Überweisung ",
               (f"{frau(p)} ", None), (p["last"], "name"), ", Pat.-Nr. ", (p["pvs"], "mrn"), "\""])
    else:
        msgs = [("INFO", "pop3-worker-1", f"Abruf {KIM_OWN}: {R.randint(0, 6)} neue Nachrichten, {R.randint(0, 2)} Quittungen"),
                ("INFO", "cert-check", f"Signaturprüfung OK (Absender-Zertifikat SMC-B ICCSN 80276883110000{digits(6)}, OCSP good)"),
                ("INFO", "smtp-worker-2", f"Empfangsbestätigung (MDN) erhalten für MessageId=<{uuid4()}@kse-siegburg.kim.telematik>"),
                ("WARN", "lm-client", f"Verbindung zum Fachdienst kim.gematik.de:443 langsam ({R.randint(2, 9)}.{R.randint(0, 9)} s)"),
                ("INFO", "main", "KIM Clientmodul 1.5.3-2 (build 20240918.4) gestartet, Konnektor ti-konnektor01:443, Mandant MVZ_RA"),
                ("ERROR", "smtp-worker-3", f"Verschlüsselung fehlgeschlagen: Empfängerzertifikat abgelaufen ({R.choice(KIM_EXT)})")]
        lvl, th, m = R.choice(msgs)
        L.t(kim_head(t, lvl, th) + m)
    return [L]


# ---------------------------------------------------------------- serilog (.NET)
def ev_serilog_photo(t):
    return ev_serilog(t, 0.53)


def ev_serilog(t, r=None):
    p = pat()
    s = staff()
    r = R.random() if r is None else r
    base = {"@t": ts_utcz(t, True)}
    if r < 0.3:
        obj = dict(base, **{"@mt": "eArztbrief {DokumentId} für Patient {PatientNr} ({Name}) mit HBA signiert, Empfänger {Empfaenger}",
                            "DokumentId": uuid4(), "PatientNr": P(p["pvs"], "mrn"),
                            "Name": P(f"{p['last']}, {p['first']}", "name"),
                            "Empfaenger": R.choice(KIM_EXT), "Signierer": f"{s[2]} {s[0]}",
                            "SourceContext": "Mvz.Dokumente.ArztbriefService", "MachineName": "MVZ-APP02"})
    elif r < 0.45:
        p = old_pat()
        age_cat = "age" if p["age"] > 89 else None
        obj = dict(base, **{"@mt": "Arztbrief-Entwurf erzeugt aus Vorlage {Vorlage}: Patient {PatientNr}, Alter {Alter}, Aufnahme {Aufnahme}",
                            "Vorlage": R.choice(["Entlassbrief_Kardio_v7", "Befundbericht_Sono_v3", "Konsil_Diabetes_v2"]),
                            "PatientNr": P(p["pvs"], "mrn"), "Alter": P(p["age"], age_cat),
                            "Aufnahme": P((DAY - dt.timedelta(days=R.randint(1, 14))).isoformat(), "date"),
                            "SourceContext": "Mvz.Dokumente.VorlagenEngine", "MachineName": "MVZ-APP02"})
    elif r < 0.52:
        obj = dict(base, **{"@mt": "Einwilligung {Formular} unterschrieben, Patient {PatientNr}, Signaturdaten {Laenge} Bytes",
                            "@l": "Information", "Formular": "DSGVO-Einwilligung_v4", "PatientNr": P(p["pvs"], "mrn"),
                            "Laenge": 1460, "Pad": "signotec Sigma SN 0473021",
                            "Signatur": P(base64.b64encode(bytes(R.randrange(256) for _ in range(60))).decode(), "biometric"),
                            "SourceContext": "Mvz.Empfang.SignaturPad", "MachineName": "MVZ-EMPF01"})
    elif r < 0.56:
        img = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" +
                               bytes(R.randrange(256) for _ in range(72))).decode()
        obj = dict(base, **{"@mt": "Patientenfoto gespeichert für {PatientNr} ({Bytes} Bytes)", "@l": "Information",
                            "PatientNr": P(p["pvs"], "mrn"), "Bytes": R.randint(18000, 60000),
                            "Thumbnail": P("data:image/jpeg;base64," + img, "photo"),
                            "SourceContext": "Mvz.Empfang.Webcam", "MachineName": "MVZ-EMPF02"})
    elif r < 0.62:
        obj = dict(base, **{"@mt": "Implantatdaten aus Entlassbrief übernommen: {Typ} SN {Seriennummer} für Patient {PatientNr}",
                            "Typ": R.choice(["Herzschrittmacher Medtronic Azure XT DR", "ICD Biotronik Rivacor 7",
                                             "CGM-Sensor FreeStyle Libre 3"]),
                            "Seriennummer": P(R.choice(["PJN", "RNB", "0M0"]) + digits(6) + R.choice(["S", "H", "K"]), "device"),
                            "PatientNr": P(p["pvs"], "mrn"),
                            "SourceContext": "Mvz.Dokumente.ImplantatParser", "MachineName": "MVZ-APP02"})
    elif r < 0.72:
        obj = dict(base, **{"@mt": "Privatrechnung {RechnungNr} an {Email} versendet",
                            "RechnungNr": P(f"R-2024-{R.randint(10000, 19999)}", "account"),
                            "Email": P(p["email"] or f"{translit(p['last']).lower()}@web.de", "email"),
                            "SourceContext": "Mvz.Abrechnung.RechnungMailer", "MachineName": "MVZ-APP01"})
    else:
        msgs = [("Warning", "Vorlage {Vorlage} nutzt veraltetes Feld {Feld}", {"Vorlage": "Entlassbrief_Kardio_v7", "Feld": "Hausarzt.Fax"}),
                ("Information", "Health check {Check} OK in {Elapsed} ms", {"Check": "KimClientmodul", "Elapsed": R.randint(3, 90)}),
                ("Information", "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms",
                 {"RequestMethod": "GET", "RequestPath": "/api/vorlagen", "StatusCode": 200, "Elapsed": round(R.uniform(2, 80), 4)}),
                ("Error", "Konvertierung nach PDF/A-2b fehlgeschlagen: {Fehler}", {"Fehler": "Ghostscript exit code 1 (gs 10.02.1)"}),
                ("Information", "Dokumentenqueue: {Offen} offen, {Fehler} fehlerhaft", {"Offen": R.randint(0, 30), "Fehler": R.randint(0, 3)})]
        lvl, mt, props = R.choice(msgs)
        obj = dict(base, **{"@mt": mt, "@l": lvl}, **props,
                   **{"SourceContext": "Mvz.Dokumente.Worker", "MachineName": R.choice(["MVZ-APP01", "MVZ-APP02"]),
                      "TraceId": hexs(32), "SpanId": hexs(16)})
    if "@l" not in obj and R.random() < 0.5:
        obj["@l"] = "Information"
    return [jemit(Line("serilog"), obj)]


# ---------------------------------------------------------------- webhook + nginx
VENDOR_IP = ["185.39.11.27", "185.39.11.28", "3.121.204.17"]
PORTAL_IP = []
for _ in range(40):
    if R.random() < 0.25:
        PORTAL_IP.append("2a02:810d:" + ":".join(f"{int(hexs(4), 16):x}" for _ in range(6)))
    else:
        PORTAL_IP.append(f"{R.choice([91, 93, 79, 84, 87, 94, 178, 188, 217])}.{R.randint(1, 254)}.{R.randint(0, 255)}.{R.randint(1, 254)}")
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.86 Mobile Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15"]


def ng(L, ip, ipcat, t, req_parts, status, size, ref, ua, rt, host):
    ev(L, [(ip, ipcat), " - - [", ts_nginx(t), "] \""] + req_parts +
       [f"\" {status} {size} \"{ref}\" \"{ua}\" rt={rt:.3f} uct=0.00{R.randint(0, 9)} host={host}"])
    return L


def ev_webhook(t):
    p = pat()
    s = staff()
    ip = R.choice(VENDOR_IP)
    nl = ng(Line("nginx"), ip, None, t, ["POST /hooks/terminia/v2 HTTP/1.1"], R.choice([200, 204]), 0, "-",
            "Terminia-Webhooks/2.14 (+https://terminia.example/webhooks)", R.uniform(0.01, 0.2), "api.mvz-rheinaue.de")
    kind = R.choice(["appointment.created", "appointment.created", "appointment.rescheduled",
                     "appointment.cancelled", "patient.updated", "ping"])
    start = future_day()
    st = f"{start.isoformat()}T{slot()}:00+01:00"
    data = {}
    if kind == "ping":
        data = {"message": "pong", "account_id": "acc_7Hq2LmVx"}
    elif kind == "appointment.cancelled":
        data = {"appointment": {"id": "apt_" + hexs(12), "start_date": P(st, "date"),
                                "cancelled_by": "patient", "cancel_reason": R.choice(["Termin passt nicht", "bereits erledigt", None]),
                                "patient": {"id": P("pat_" + hexs(10), "other_id")}}}
    elif kind == "patient.updated":
        data = {"patient": {"id": P("pat_" + hexs(10), "other_id"), "last_name": P(p["last"], "name"),
                            "phone_number": P(mob_intl(p), "phone"),
                            "email": P(p["email"], "email") if p["email"] else None,
                            "changed_fields": ["phone_number"]}}
    else:
        pd = {"id": P("pat_" + hexs(10), "other_id"), "gender": "female" if p["sex"] == "W" else "male",
              "first_name": P(p["first"], "name"), "last_name": P(p["last"], "name"),
              "birthdate": P(p["dob"].isoformat(), "date"), "phone_number": P(mob_intl(p), "phone")}
        if p["email"]:
            pd["email"] = P(p["email"], "email")
        pd["insurance_type"] = R.choice(["public", "public", "private"])
        data = {"appointment": {"id": "apt_" + hexs(12), "start_date": P(st, "date"),
                                "duration_min": R.choice([10, 15, 20, 30]),
                                "visit_motive": R.choice(["Check-up 35", "Erstuntersuchung Kardiologie",
                                                          "Hautkrebs-Screening", "Grippeimpfung", "Langzeit-EKG Anlage",
                                                          "Diabetes-Sprechstunde (DMP)"]),
                                "agenda": {"id": R.randint(40100, 40140), "practitioner": f"{s[2]} {s[1]} {s[0]}"},
                                "new_patient": R.random() < 0.3, "patient": pd}}
    body = {"event_id": "evt_" + hexs(20), "event_type": kind, "occurred_at": ts_utcz(t), "data": data}
    L = Line("webhook").t(f"{ts_iso(t)} terminia-bridge[{R.randint(1200, 1300)}]: webhook empfangen body=")
    jemit(L, body, ascii=True)
    return [nl, L]


def ev_nginx(t):
    r = R.random()
    if (t.hour < 7 or t.hour >= 19) and 0.35 <= r < 0.47:
        r = R.uniform(0.47, 0.87)  # staff PVS search only during opening hours
    L = Line("nginx")
    if r < 0.35:
        p = pat()
        ip = R.choice(PORTAL_IP)
        path = R.choice([
            ["GET /portal/api/v1/befunde?patId=", (p["pvs"], "mrn"), "&limit=20 HTTP/2.0"],
            ["GET /portal/api/v1/patienten/", (p["pvs"], "mrn"), "/termine HTTP/2.0"],
            ["GET /portal/api/v1/patienten/", (p["pvs"], "mrn"), "/dokumente/", uuid4(), "/pdf HTTP/2.0"],
            ["POST /portal/api/v1/rezeptanfrage HTTP/2.0"],
            ["GET /portal/assets/app.3f9c2e1b.js HTTP/2.0"],
            ["GET /portal/login HTTP/2.0"]])
        st = R.choice([304, 200]) if "assets" in path[0] else (R.choice([201, 200]) if path[0].startswith("POST")
                                                                else R.choice([200, 200, 200, 401]))
        ng(L, ip, "ip", t, path, st, R.randint(300, 90000) if st in (200, 201) else R.choice([0, 178]),
           "https://portal.mvz-rheinaue.de/", R.choice(UAS), R.uniform(0.005, 0.9), "portal.mvz-rheinaue.de")
    elif r < 0.47:
        p = pat()
        q = urllib.parse.quote(p["last"])
        ng(L, f"10.20.1.{R.randint(20, 60)}", None, t,
           ["GET /pvs/api/patienten/suche?q=", (q, "name"), "&geb=", (de(p["dob"]), "date"), " HTTP/1.1"],
           200, R.randint(400, 3000), "https://pvs.mvz.local/suche", UAS[1], R.uniform(0.02, 0.6), "pvs.mvz.local")
    elif r < 0.75:
        ng(L, R.choice(["10.20.0.5", "10.20.0.6", "127.0.0.1"]), None, t,
           [R.choice(["GET /healthz HTTP/1.1", "GET /nginx_status HTTP/1.1", "GET /api/v1/ping HTTP/1.1"])],
           200, R.randint(2, 120), "-", R.choice(["kube-probe/1.29", "Prometheus/2.53.1", "Zabbix 6.4"]),
           R.uniform(0.0, 0.004), "_")
    elif r < 0.87:
        ng(L, f"{R.choice([45, 185, 194, 80])}.{R.randint(1, 254)}.{R.randint(0, 255)}.{R.randint(1, 254)}", None, t,
           [R.choice(["GET /wp-login.php HTTP/1.1", "GET /.env HTTP/1.1", "POST /cgi-bin/luci/;stok=/locale HTTP/1.1",
                      "GET /vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php HTTP/1.1"])],
           R.choice([404, 444, 403]), R.choice([0, 153, 548]), "-", "Mozilla/5.0 zgrab/0.x", 0.0, "_")
    else:
        ng(L, f"10.20.2.{R.randint(2, 40)}", None, t,
           [R.choice(["GET /pvs/static/js/chunk-vendors.8d1a22f0.js HTTP/1.1", "GET /pvs/api/kalender?agenda=40117&woche=46 HTTP/1.1",
                      "GET /pvs/api/wartezimmer HTTP/1.1", "POST /pvs/api/ti/status HTTP/1.1"])],
           200, R.randint(400, 180000), "https://pvs.mvz.local/", UAS[1], R.uniform(0.002, 0.4), "pvs.mvz.local")
    return [L]


# ---------------------------------------------------------------- SMS
def lf_time(t):
    return ts_iso(t, ms=False)


def ev_sms_video(t):
    return ev_sms(t, 0.55)


def ev_sms(t, r=None):
    p = pat()
    s = staff()
    r = R.random() if r is None else r
    L = Line("sms_logfmt")
    mid = str(R.randint(77100000000, 77199999999))
    if r < 0.5:
        d = future_day(1, 3)
        ev(L, [f"time={lf_time(t)} level=info msg=\"SMS versendet\" gw=seven.io msg_id={mid} to=",
               (mob_intl(p), "phone"), " from=MVZRheinau parts=2 text=\"Guten Tag ", frau(p), " ",
               (p["last"], "name"), ", wir erinnern an Ihren Termin am ", (de(d), "date"), f" um {slot()} Uhr bei "
               f"{s[2].split()[0]} {s[0]}, MVZ Rheinaue, Ludwig-Erhard-Allee 12. Absage bitte unter {MVZ_TEL}.\""])
    elif r < 0.6:
        link = f"https://video.mvz-rheinaue.de/w/{''.join(R.choice('abcdefghkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(8))}?pat={p['pvs']}"
        ev(L, [f"time={lf_time(t)} level=info msg=\"SMS versendet\" gw=seven.io msg_id={mid} to=",
               (mob_intl(p), "phone"), " from=MVZRheinau parts=1 text=\"Ihr Link zur Videosprechstunde heute: ",
               (link, "url"), "\""])
    elif r < 0.8:
        ev(L, [f"time={lf_time(t)} level=info msg=Zustellbericht msg_id={mid} to=", (mob_intl(p), "phone"),
               f" status={R.choice(['DELIVERED', 'DELIVERED', 'DELIVERED', 'NOTDELIVERED', 'BUFFERED'])} "
               f"dlr_ts={lf_time(t + dt.timedelta(seconds=R.randint(2, 40)))} net=262-0{R.choice(['1', '2', '3'])}"])
    elif r < 0.86:
        junk = R.choice(["0" + p["phone"].replace(" ", "")[1:-3], p["phone"].replace(" ", "/") + "0000", "015"])
        ev(L, [f"time={lf_time(t)} level=warn msg=\"Rufnummer ungültig, SMS übersprungen\" pat=",
               (p["pvs"], "mrn"), " nummer=\"", (junk, "phone"), "\" fehler=\"E.164 Validierung fehlgeschlagen\""])
    else:
        msgs = [f"level=info msg=\"Recall-Batch gestartet\" batch=rb-{DAY.strftime('%Y%m%d')}-{R.randint(1, 4)} count={R.randint(20, 180)}",
                f"level=info msg=\"Kontingent\" gw=seven.io balance_eur={R.uniform(40, 400):.2f} rate_limit=20/s",
                f"level=error msg=\"Gateway-Fehler\" gw=seven.io http_status=503 retry_in=30s req_id={uuid4()}",
                f"level=info msg=\"Batch abgeschlossen\" sent={R.randint(20, 170)} failed={R.randint(0, 5)} duration_ms={R.randint(3000, 90000)}"]
        L.t(f"time={lf_time(t)} " + R.choice(msgs))
    return [L]


# ---------------------------------------------------------------- recall java (spring)
def sb(t, lvl, th, logger, pid=2231):
    return f"{ts_logback(t, '.')} {lvl:>5} {pid} --- [{th:>15}] {logger:<40} : "


def ev_recall(t):
    p = pat()
    r = R.random()
    L = Line("recall_java")
    if r < 0.45:
        d = future_day(5, 60)
        ev(L, [sb(t, "INFO", "scheduling-1", "d.m.recall.RecallPlaner"), "Erinnerung für Patient ",
               (p["pvs"], "mrn"), " (", (f"{p['last']}, {p['first']}", "name"), ") zum ", (de(d), "date"),
               f" erstellt, Anlass={R.choice(['Check-up 35', 'DMP Diabetes', 'Gesundheitsuntersuchung', 'Hautkrebs-Screening', 'Impfung Td'])}, Kanal={R.choice(['SMS', 'Brief', 'E-Mail'])}"])
    elif r < 0.55:
        ev(L, [sb(t, "WARN", "scheduling-1", "d.m.recall.RecallPlaner"), "Keine Kontaktdaten für Patient ",
               (p["pvs"], "mrn"), ", Brief an ", (p["street"], "address"), ", ", (p["plz"], "zip"), " ",
               (p["city"], "address"), " vorgemerkt"])
    else:
        msgs = [("INFO", "main", "d.m.recall.RecallApplication", f"Started RecallApplication in {R.uniform(4, 12):.3f} seconds (process running for {R.uniform(5, 13):.3f})"),
                ("INFO", "scheduling-1", "d.m.recall.RecallScheduler", f"Recall-Lauf gestartet: {R.randint(10, 90)} fällige Erinnerungen"),
                ("INFO", "scheduling-1", "d.m.recall.RecallScheduler", f"Recall-Lauf beendet in {R.randint(800, 9000)} ms, {R.randint(0, 4)} Fehler"),
                ("DEBUG", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", f"HikariPool-1 - Pool stats (total=10, active={R.randint(0, 4)}, idle={R.randint(6, 10)}, waiting=0)"),
                ("INFO", "nio-8443-exec-2", "o.s.web.servlet.DispatcherServlet", "Completed initialization in 2 ms"),
                ("WARN", "scheduling-1", "d.m.recall.SmsClient", f"SMS-Gateway Antwortzeit {R.randint(2000, 9000)} ms über Schwellwert (1500 ms)")]
        lvl, th, lg, m = R.choice(msgs)
        L.t(sb(t, lvl, th, lg) + m)
    return [L]


def ev_stack_date(t):
    p = pat()
    out = [ev(Line("recall_java"), [sb(t, "ERROR", "nio-8443-exec-7", "d.m.recall.web.PatientImportController"),
                                    "Import fehlgeschlagen für Datensatz '", (p["last"], "name"), ";", (p["first"], "name"),
                                    ";", ("31.02.1941", "date"), ";", (p["plz"], "zip"), "'"])]
    out.append(ev(Line("recall_java"), ["java.time.format.DateTimeParseException: Text '", ("31.02.1941", "date"),
                                        "' could not be parsed: Invalid date 'FEBRUARY 31'"]))
    for fr in ["java.base/java.time.format.DateTimeFormatter.createError(DateTimeFormatter.java:2079)",
               "java.base/java.time.format.DateTimeFormatter.parse(DateTimeFormatter.java:1954)",
               "java.base/java.time.LocalDate.parse(LocalDate.java:430)",
               "de.mvzrheinaue.recall.imp.CsvPatientMapper.map(CsvPatientMapper.java:88)",
               "de.mvzrheinaue.recall.web.PatientImportController.upload(PatientImportController.java:61)"]:
        out.append(Line("recall_java").t("\tat " + fr))
    out.append(Line("recall_java").t("Caused by: java.time.DateTimeException: Invalid date 'FEBRUARY 31'"))
    out.append(Line("recall_java").t("\t... 58 common frames omitted"))
    return out


def ev_stack_pg(t):
    p = pat()
    out = [Line("recall_java").t(sb(t, "ERROR", "nio-8443-exec-3", "o.h.engine.jdbc.spi.SqlExceptionHelper") +
                                 "FEHLER: doppelter Schlüsselwert verletzt Unique-Constraint »patient_kvnr_key«"),
           ev(Line("recall_java"), ["  Detail: Schlüssel »(kvnr)=(", (p["kvnr"], "health_plan"), ")« existiert bereits."]),
           Line("recall_java").t("org.springframework.dao.DataIntegrityViolationException: could not execute statement "
                                 "[FEHLER: doppelter Schlüsselwert verletzt Unique-Constraint »patient_kvnr_key«]"),
           Line("recall_java").t("\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:290)"),
           Line("recall_java").t("\tat de.mvzrheinaue.recall.service.PatientSyncService.upsert(PatientSyncService.java:142)"),
           Line("recall_java").t("Caused by: org.postgresql.util.PSQLException: FEHLER: doppelter Schlüsselwert verletzt Unique-Constraint »patient_kvnr_key«"),
           Line("recall_java").t("\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)"),
           Line("recall_java").t("\t... 71 common frames omitted")]
    return out


# ---------------------------------------------------------------- Windows events (Snare)
WIN_HOSTS = ["MVZ-EMPF01", "MVZ-EMPF02", "MVZ-APP01", "MVZ-APP02", "MVZ-DC01", "MVZ-LAB01", "MVZ-EKG02"]
_winrec = [18234000]


def snare(t, host, log, eid, src, user, typ, cat):
    secs = t.hour * 3600 + t.minute * 60 + t.second
    _winrec[0] = 18230000 + int(secs * 0.37) + R.randint(0, 9)
    wd = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."][t.weekday()]
    return (f"<13>{ts_sys(t)} {host}.mvz.local MSWinEventLog\t1\t{log}\t{_winrec[0]}\t{wd} {t.strftime('%b %d %H:%M:%S %Y')}\t"
            f"{eid}\t{src}\t{user}\tN/A\t{typ}\t{host}.mvz.local\t{cat}\t\t")


def ev_win(t):
    r = R.random()
    host = R.choice(WIN_HOSTS)
    m = R.choice(MFA + [(x[0], x[1], x[3]) for x in STAFF])
    L = Line("winevt")
    if r < 0.1:
        p = pat()
        L.t(snare(t, "MVZ-APP01", "Security", 4663, "Microsoft-Windows-Security-Auditing", f"MVZRA\\{m[2]}",
                  "Success Audit", "Dateisystem",
                  ) + f"Es wurde versucht, auf ein Objekt zuzugreifen.  Antragsteller:  Kontoname: {m[2]}  Kontodomäne: MVZRA  "
                      f"Objekt:  Objektserver: Security  Objekttyp: File  Objektname: D:\\Praxisdaten\\Scan\\2024\\11\\Befund_")
        ev(L, [(p["last"].replace(" ", "_"), "name"), "_", (p["first"], "name"), "_", (p["dob"].strftime("%d%m%Y"), "date"),
               f".pdf  Handle-ID: 0x{hexs(4)}  Zugriffsanforderungsinformationen:  Zugriffe: ReadData (oder ListDirectory)\t{R.randint(1000, 9999)}"])
    elif r < 0.17:
        p = pat()
        L.t(snare(t, "MVZ-EMPF01", "Microsoft-Windows-PrintService/Operational", 307, "Microsoft-Windows-PrintService",
                  "NT-AUTORITÄT\\SYSTEM", "Information", "Drucken eines Dokuments") + f"Das Dokument {R.randint(2, 300)}, Arztbrief_")
        ev(L, [(p["last"].replace(" ", "_"), "name"), "_", (p["first"], "name"),
               f".docx im Besitz von {m[2]} auf \\\\MVZ-EMPF01 wurde auf HP-LJ-Empfang-2OG über den Anschluss 10.20.3.41 gedruckt. "
               f"Größe in Byte: {R.randint(40000, 900000)}. Gedruckte Seiten: {R.randint(1, 6)}. Es ist keine Benutzeraktion erforderlich.\t{R.randint(1000, 9999)}"])
    elif r < 0.45:
        L.t(snare(t, host, "Security", 4624, "Microsoft-Windows-Security-Auditing", f"MVZRA\\{m[2]}", "Success Audit", "Anmelden") +
            f"Ein Konto wurde erfolgreich angemeldet.  Antragsteller:  Sicherheits-ID: S-1-5-18  Kontoname: {host}$  "
            f"Anmeldeinformationen:  Anmeldetyp: {R.choice([2, 3, 10])}  Neue Anmeldung:  Kontoname: {m[2]}  Kontodomäne: MVZRA  "
            f"Anmelde-ID: 0x{hexs(7).upper()}  Prozessinformationen:  Prozessname: C:\\Windows\\System32\\svchost.exe  "
            f"Netzwerkinformationen:  Quellnetzwerkadresse: 10.20.{R.randint(1, 3)}.{R.randint(10, 90)}  Quellport: {R.randint(49152, 65535)}\t{R.randint(1000, 9999)}")
    elif r < 0.55:
        L.t(snare(t, host, "Security", 4625, "Microsoft-Windows-Security-Auditing", "N/A", "Failure Audit", "Anmelden") +
            f"Fehler beim Anmelden eines Kontos.  Kontoname: {R.choice(['administrator', m[2], 'scanner', 'praxis'])}  Kontodomäne: MVZRA  "
            f"Fehlerinformationen:  Fehlerursache: Unbekannter Benutzername oder ungültiges Kennwort.  Status: 0xC000006D  "
            f"Unterstatus: 0xC000006A  Quellnetzwerkadresse: 10.20.{R.randint(1, 3)}.{R.randint(10, 90)}\t{R.randint(1000, 9999)}")
    elif r < 0.7:
        svc = R.choice(["KIM Clientmodul", "Hippokrates Anwendungsserver", "TI-Gateway Client", "Veeam Agent for Microsoft Windows",
                        "Windows Update", "PostgreSQL 15 Server", "GDT-Watcher"])
        st = R.choice(["Ausgeführt", "Beendet"])
        L.t(snare(t, host, "System", 7036, "Service Control Manager", "N/A", "Information", "Keine") +
            f"Der Dienst \"{svc}\" befindet sich jetzt im Status \"{st}\".\t{R.randint(1000, 9999)}")
    elif r < 0.8:
        L.t(snare(t, "MVZ-APP01", "Application", 190, "Veeam Agent", "N/A", "Information", "Keine") +
            f"Sicherungsauftrag 'Praxisdaten_taeglich' abgeschlossen mit Status: {R.choice(['Erfolgreich', 'Warnung'])}. "
            f"Verarbeitet: {R.randint(40, 120)},{R.randint(1, 9)} GB, Dauer 0:{R.randint(10, 59)}:{R.randint(10, 59)}, "
            f"Ziel \\\\mvz-nas01\\veeam\t{R.randint(1000, 9999)}")
    elif r < 0.9:
        L.t(snare(t, "MVZ-DC01", "Security", 4740, "Microsoft-Windows-Security-Auditing", "N/A", "Success Audit",
                  "Benutzerkontenverwaltung") + f"Ein Benutzerkonto wurde gesperrt.  Gesperrtes Konto:  Kontoname: {m[2]}  "
                                                f"Aufrufer-Computername: {R.choice(WIN_HOSTS)}\t{R.randint(1000, 9999)}")
    else:
        L.t(snare(t, host, "System", 1074, "User32", f"MVZRA\\it-admin", "Information", "Keine") +
            f"Der Prozess \"C:\\Windows\\system32\\shutdown.exe ({host})\" hat Neu starten für den Computer \"{host}\" "
            f"im Auftrag des Benutzers MVZRA\\it-admin initiiert: Betriebssystem: Wiederherstellung (geplant)  "
            f"Grundcode: 0x80020002  Herunterfahrtyp: Neu starten  Kommentar: Patchday KW46\t{R.randint(1000, 9999)}")
    return [L]


# ---------------------------------------------------------------- postgres
def pgh(t, pid=None, user="pvs_app@praxisdb"):
    pid = pid or R.randint(20000, 39999)
    return f"{ts_pg(t)} [{pid}] {user} "


def ev_pg(t):
    r = R.random()
    if t.hour < 7 or t.hour >= 19:
        r = 0.3 + 0.7 * r  # no practice activity at night
    pid = R.randint(20000, 39999)
    if r < 0.12:
        p = pat()
        L = ev(Line("postgres"), [pgh(t, pid), f"LOG:  Dauer: {R.uniform(500, 4000):.3f} ms  Anweisung: SELECT p.id, p.nachname, "
                                                "p.vorname, p.geburtsdatum FROM patient p WHERE p.nachname ILIKE '",
                                  (p["last"].replace("'", "''"), "name"), "%' AND p.geburtsdatum = '",
                                  (p["dob"].isoformat(), "date"), "' LIMIT 50"])
        return [L]
    if r < 0.2:
        p = pat()
        L = ev(Line("postgres"), [pgh(t, pid), f"LOG:  Dauer: {R.uniform(500, 3000):.3f} ms  Ausführen <unnamed>: UPDATE "
                                                "termin SET status = 'bestaetigt', sms_an = '",
                                  (mob_intl(p), "phone"), f"' WHERE id = {R.randint(880000, 899999)} AND patient_id = ",
                                  (p["pvs"], "mrn")])
        return [L]
    if r < 0.25:
        p = pat()
        return [Line("postgres").t(pgh(t, pid) + "FEHLER:  doppelter Schlüsselwert verletzt Unique-Constraint »patient_kvnr_key«"),
                ev(Line("postgres"), [pgh(t, pid), "DETAIL:  Schlüssel »(kvnr)=(", (p["kvnr"], "health_plan"), ")« existiert bereits."]),
                ev(Line("postgres"), [pgh(t, pid), "ANWEISUNG:  INSERT INTO patient (pvs_nr, nachname, vorname, geburtsdatum, kvnr) VALUES (",
                                      (p["pvs"], "mrn"), ", '", (p["last"].replace("'", "''"), "name"), "', '", (p["first"], "name"), "', '",
                                      (p["dob"].isoformat(), "date"), "', '", (p["kvnr"], "health_plan"), "')"])]
    if r < 0.28:
        p = pat()
        bad = kvnr_make(valid=False)
        return [ev(Line("postgres"), [pgh(t, pid), "FEHLER:  neue Zeile für Relation »versicherung« verletzt Check-Constraint "
                                                   "»kvnr_pruefziffer_chk«"]),
                ev(Line("postgres"), [pgh(t, pid), "DETAIL:  Fehlgeschlagene Zeile enthält (", str(R.randint(40000, 49999)), ", ",
                                      (p["pvs"], "mrn"), ", ", (bad, "health_plan"), f", {p['kasse'][1]}, 1, null)."])]
    L = Line("postgres")
    msgs = [lambda: pgh(t, pid, "[unbekannt]@[unbekannt]") + f"LOG:  Verbindung empfangen: Host=10.20.1.{R.randint(10, 60)} Port={R.randint(40000, 65000)}",
            lambda: pgh(t, pid) + f"LOG:  Verbindung autorisiert: Benutzer=pvs_app Datenbank=praxisdb Anwendungsname={R.choice(['Hippokrates', 'recall-service', 'PostgreSQL JDBC Driver'])} SSL an (Protokoll=TLSv1.3, Verschlüsselungsmethode=TLS_AES_256_GCM_SHA384, Bits=256)",
            lambda: pgh(t, pid) + f"LOG:  Verbindungsende: Sitzungszeit: 0:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}.{R.randint(0, 999):03d} Benutzer=pvs_app Datenbank=praxisdb Host=10.20.1.{R.randint(10, 60)} Port={R.randint(40000, 65000)}",
            lambda: f"{ts_pg(t)} [1187]  LOG:  Checkpoint beginnt: time",
            lambda: f"{ts_pg(t)} [1187]  LOG:  Checkpoint komplett: {R.randint(200, 9000)} Puffer geschrieben ({R.uniform(0.5, 20):.1f}%); 0 WAL-Dateien hinzugefügt, 0 entfernt, {R.randint(0, 4)} wiederverwendet; Schreiben={R.uniform(10, 270):.3f} s, Sync=0.0{R.randint(10, 99)} s, gesamt={R.uniform(10, 270):.3f} s; sync Dateien={R.randint(20, 200)}, längste=0.0{R.randint(10, 50)} s, Durchschnitt=0.001 s; Entfernung={R.randint(1000, 90000)} kB, Schätzung={R.randint(9000, 90000)} kB; LSN=3/{hexs(8).upper()}, Redo-LSN=3/{hexs(8).upper()}",
            lambda: f"{ts_pg(t)} [{pid}]  LOG:  automatisches Vacuum der Tabelle »praxisdb.public.{R.choice(['termin', 'leistung', 'dokument', 'kim_nachricht'])}«: Index-Scans: 1",
            lambda: pgh(t, pid, "recall@praxisdb") + f"LOG:  Dauer: {R.uniform(500, 1500):.3f} ms  Anweisung: SELECT count(*) FROM recall r WHERE r.faellig_am <= now() + interval '14 days' AND r.status = 'offen'",
            lambda: pgh(t, pid) + "FEHLER:  Deadlock entdeckt",
            lambda: pgh(t, pid) + "FEHLER:  Relation »kim_outbox_alt« existiert nicht an Zeichen 15"]
    L.t(R.choice(msgs)())
    return [L]


# ---------------------------------------------------------------- konnektor syslog
def ev_kon(t):
    r = R.random()
    pri = R.choice([134, 134, 132, 131])
    head = f"<{pri}>1 {ts_iso(t)} ti-konnektor01 kocobox {R.randint(900, 1500)} "
    L = Line("konnektor")
    if r < 0.15:
        p = pat()
        ev(L, [head, "CARD - [ctx@49152 mandant=\"MVZ_RA\"] CARD/INSERTED CardType=EGK CtId=KT-Empfang-0", str(R.randint(1, 2)),
               " SlotId=1 ICCSN=", (p["iccsn"], "device"), f" CardHandle={hexs(8)}-EGK"])
    else:
        msgs = [f"VPN - - VPN-Verbindung zur TI aufgebaut (Gateway 188.144.{R.randint(0, 255)}.{R.randint(1, 254)}, IKEv2), Dauer {R.randint(150, 900)} ms",
                f"VPN - - VPN-Verbindung SIS getrennt (DPD timeout), Neuaufbau in 10 s",
                f"CARD - - CARD/INSERTED CardType=SMC-B CtId=KT-Server-01 SlotId=2 ICCSN=80276883110000{digits(6)}",
                f"CARD - - CARD/INSERTED CardType=HBA CtId=KT-Kardio-01 SlotId=1 ICCSN=80276001081699{digits(6)}",
                f"CT - - CT/CONNECTED CtId=KT-Empfang-0{R.randint(1, 2)} Hostname=ORGA6141-{R.randint(100, 999)}.mvz.local FW=3.9.{R.randint(0, 4)}",
                f"OPERATION - - Operation ReadVSD abgeschlossen, Ergebnis=OK, Dauer {R.randint(300, 3000)} ms, Client PVS_Hippokrates",
                f"OPERATION - - Operation SignDocument (QES) abgeschlossen, Ergebnis=OK, Dauer {R.randint(900, 4000)} ms",
                f"TSL - - TSL aktualisiert, SequenceNumber {R.randint(9000, 9999)}, NextUpdate 2024-11-{R.randint(13, 20)}T10:00:00Z",
                f"NTP - - Zeitsynchronisation OK, Offset {R.randint(-40, 40)} ms",
                f"SYSTEM - - Firmware 5.{R.randint(50, 53)}.{R.randint(0, 9)} (Build {R.randint(2400, 2499)}), Temperatur {R.randint(38, 58)} C, Uptime {R.randint(1, 90)} d",
                f"CERT - - Warnung: Zertifikat C.HCI.ENC der SMC-B läuft am 2025-03-{R.randint(10, 28)} ab"]
        L.t(head + R.choice(msgs))
    return [L]


# ---------------------------------------------------------------- chat
def ev_chat(t):
    p = pat()
    m = R.choice(MFA)
    s = staff()
    ch = R.choice(["#empfang", "#empfang", "#aerzte", "#labor"])
    head = f"{t.strftime('%Y-%m-%d %H:%M:%S')} {ch} @{m[2]}: "
    L = Line("chat")
    r = R.random()
    if r < 0.22:
        ev(L, [head, frau(p), " ", (p["last"], "name"), " (",
               (de(p["dob"]), "date"), ") fragt nach Befund, bitte Rückruf unter ", (p["phone"], "phone")])
    elif r < 0.34:
        p = old_pat()
        if p["age"] > 89:
            ev(L, [head, "@", s[3], " ", frau(p), " ", (p["last"], "name"), ", ", (str(p["age"]), "age"),
                   " J., kommt heute mit Tochter, braucht Rollstuhl am Eingang Nord"])
        else:
            ev(L, [head, "@", s[3], " ", frau(p), " ", (p["last"], "name"), ", ", str(p["age"]),
                   " J., Termin um ", slot(), " verschoben, Wartezimmer 2"])
    elif r < 0.42:
        ev(L, [head, "Angehörige ", (f"{R.choice(GIVEN_F)} {p['last']}", "name"), " hat angerufen wegen ",
               frau_acc(p), " ", (p["first"] + " " + p["last"], "name"), ", Rückruf bitte ", (p["mobile"], "phone")])
    elif r < 0.47:
        ev(L, [head, "Fahrtauglichkeit ", (f"{p['first']} {p['last']}", "name"), ": Führerschein-Nr. ",
               ("".join(R.choice("BFGJKLMNSTW") for _ in range(1)) + digits(3) + "".join(R.choice("ABCDEFGHKLMNPRSTUVWXYZ0123456789") for _ in range(6)) + digits(1), "license"),
               " liegt als Kopie in der Akte, Gutachten bis Freitag"])
    elif r < 0.51:
        ev(L, [head, "Parkausweis für ", frau_acc(p), " ", (p["last"], "name"), " (Dialyse 3x/Woche) auf Kennzeichen ",
               (p["plate"], "vehicle"), " eingetragen"])
    else:
        msgs = ["Kartenterminal Empfang 2 hängt wieder, hab neu gestartet",
                f"@{R.choice(STAFF)[3]} Labor Reinecke holt heute erst um 16:30 ab",
                "Wer hat den Schlüssel vom Medikamentenschrank? Inventur Lot 4E771B fehlt ein Karton",
                f"TI-Störung laut gematik-Status seit 09:12 behoben, VSDM läuft wieder",
                "Kaffeemaschine 2. OG entkalkt, bitte nicht benutzen bis 12 Uhr",
                f"Ticket #INC-{R.randint(20000, 29999)} bei Hippokrates-Hotline offen wegen GDT-Import (Hotline 0800 3344556)",
                f"Grippeimpfstoff Charge {R.choice(['AV231B', 'KX0912', 'FL24-3381'])} geliefert, {R.randint(20, 120)} Dosen im Kühlschrank Labor",
                "Dr. Oyelaran ist ab 14 Uhr im Klinikum (Herzkatheter), Rückrufe an Dr. Wunderlich",
                f"Drucker HP-LJ-Empfang-2OG Toner bestellt, Bestellnr. {R.randint(4400000, 4499999)}"]
        L.t(head + R.choice(msgs))
    return [L]


# ---------------------------------------------------------------- invoice CSV
def ev_rechnung(t):
    out = [Line("pvs_java").t(lb(t, "INFO", "Export-1", "d.h.pvs.abrechnung.PrivatExport") +
                              "Export Privat-/IGeL-Rechnungen für DATEV gestartet: D:\\Export\\RG_20241112.csv")]
    out.append(Line("rechnung_csv").t("RgNr;RgDatum;PatNr;Name;Vorname;GebDat;Strasse;PLZ;Ort;GOAe;Betrag;IBAN;Zahlart"))
    for _ in range(R.randint(4, 6)):
        p = pat()
        rd = DAY - dt.timedelta(days=R.randint(0, 20))
        iban = p["iban"] if R.random() < 0.6 else ""
        ev_parts = [(f"R-2024-{R.randint(10000, 19999)}", "account"), ";", (de(rd), "date"), ";", (p["pvs"], "mrn"), ";",
                    (p["last"], "name"), ";", (p["first"], "name"), ";", (de(p["dob"]), "date"), ";",
                    (p["street"], "address"), ";", (p["plz"], "zip"), ";", (p["city"], "address"), ";",
                    R.choice(["1,5,250,3550", "1,8,A71", "375,1", "5,3,410", "1,750"]), ";",
                    f"{R.randint(18, 240)},{R.randint(0, 99):02d}", ";"]
        if iban:
            ev_parts += [(iban, "account"), ";SEPA-Lastschrift"]
        else:
            ev_parts += [";Überweisung"]
        out.append(ev(Line("rechnung_csv"), ev_parts))
    return out


def ev_tagesliste(t):
    s = staff()
    d = DAY + dt.timedelta(days=1)
    out = [Line("tagesliste").t(f"TAGESLISTE {de(d)}  {s[2]} {s[0]:<16} Standort Bonn-Rheinaue  Seite 1/1  Druck {t.strftime('%H:%M')}"),
           Line("tagesliste").t(f"{'ZEIT':<6}{'PAT-NR':<8}{'NAME':<34}{'GEB.':<11}{'ALT':<4}{'ANLASS':<24}RAUM")]
    for sl in sorted({slot() for _ in range(R.randint(4, 6))}):
        p = old_pat() if R.random() < 0.3 else pat()
        a = str(age_on(p["dob"], d))
        nm = f"{p['last']}, {p['first']}"
        L = Line("tagesliste").t(f"{sl:<6}").p(p["pvs"], "mrn").t(" " * (8 - len(p["pvs"]))).p(nm, "name") \
            .t(" " * max(1, 34 - len(nm))).p(de(p["dob"]), "date").t(" ").p(a, "age" if int(a) > 89 else None).t(" " * (4 - len(a))) \
            .t(f"{(R.choice(['Kontrolle', 'Ergometrie', 'Langzeit-RR Abnahme', 'Befundbesprechung', 'Check-up 35', 'Echo']) if int(a) >= 18 else R.choice(['Impfung', 'Infekt', 'Kindervorsorge'])):<24}"
               f"{R.choice(['B2.14', 'B2.09', 'EKG', 'Labor'])}")
        out.append(L)
    return out


def ev_parking(t):
    L = Line("parking")
    if R.random() < 0.4:
        p = pat()
        ev(L, [f"{ts_iso(t, False)} parkd[{R.randint(300, 400)}]: action=freischaltung plate=\"", (p["plate"], "vehicle"),
               "\" pat_nr=", (p["pvs"], "mrn"), f" valid_until={ts_iso(t + dt.timedelta(hours=3), False)} gate=P2 operator={R.choice(MFA)[2]}"])
    else:
        ev(L, [f"{ts_iso(t, False)} parkd[{R.randint(300, 400)}]: action={R.choice(['einfahrt', 'ausfahrt'])} "
               f"ausweis=MA-{R.randint(100, 399):04d} plate=\"SU-{R.choice('ABCDEFGHK')}{R.choice('LMNPR')} {R.randint(10, 999)}\" "
               f"gate=P{R.randint(1, 3)} kategorie=mitarbeiter"])
    return [L]


# ---------------------------------------------------------------- schedule
PLAN = [  # (generator, count, hour range)
    (ev_gdt_request, 1, (8, 16)), (ev_gdt_result, 1, (8, 16)), (ev_bdt, 1, (18.6, 19.5)),
    (ev_ldt, 1, (6.8, 12)), (ev_hl7, 6, (0, 23.9)), (ev_hl7_ack, 1, (0, 23.9)),
    (ev_egk, 22, (7.5, 18)), (ev_egk_plain, 12, (7, 18)), (ev_erezept, 14, (8, 18)), (ev_fhir, 3, (8, 18)),
    (ev_kim, 20, (7, 18.5)), (ev_serilog, 21, (7, 19)), (ev_serilog_photo, 1, (8, 12)), (ev_webhook, 10, (0, 23.9)),
    (ev_nginx, 60, (0, 23.9)), (ev_sms, 18, (7, 20)), (ev_sms_video, 2, (8, 17)), (ev_recall, 16, (6, 18)),
    (ev_stack_date, 1, (9, 15)), (ev_stack_pg, 1, (9, 15)), (ev_win, 30, (6.5, 19)),
    (ev_pg, 34, (0, 23.9)), (ev_kon, 20, (0, 23.9)), (ev_chat, 22, (7.5, 18)),
    (ev_rechnung, 1, (17, 18)), (ev_tagesliste, 1, (17.5, 18.2)), (ev_parking, 5, (7, 18)),
]
FILLERS = [ev_kon, ev_pg, ev_win, ev_egk_plain]


def build():
    events = []
    seq = 0
    for fn, n, (h0, h1) in PLAN:
        for _ in range(n):
            t = rtime(h0, h1)
            events.append([t, seq, fn(t)])
            seq += 1
    total = sum(len(e[2]) for e in events)
    print("generated", total, "lines before adjusting", file=sys.stderr)
    # adjust to exactly 500 lines with PHI-free single-line events
    while total < 500:
        t = rtime(0, 23.9)
        ls = R.choice(FILLERS)(t)
        if len(ls) == 1 and not ls[0].finish()[1]:
            events.append([t, seq, ls])
            seq += 1
            total += 1
    while total > 500:
        cands = [i for i, e in enumerate(events) if len(e[2]) == 1 and not e[2][0].finish()[1]]
        del events[R.choice(cands)]
        total -= 1
    events.sort(key=lambda e: (e[0], e[1]))
    lines = [l for e in events for l in e[2]]
    return lines


def main():
    lines = build()
    if len(lines) != 500:
        sys.exit(f"line count {len(lines)} != 500")
    out_log = []
    out_lab = []
    for n, L in enumerate(lines, 1):
        b, spans = L.finish()
        if b"\n" in b or b"\r" in b or not b.strip():
            sys.exit(f"line {n}: newline/empty")
        b.decode("utf-8")
        prev = 0
        for sp in spans:
            s, e = sp["s"], sp["e"]
            if not (0 <= s < e <= len(b)):
                sys.exit(f"line {n}: bad span {sp}")
            if s < prev:
                sys.exit(f"line {n}: overlapping span {sp}")
            prev = e
            if b[s:e].decode("utf-8") != sp["_v"]:
                sys.exit(f"line {n}: span text mismatch {sp}")
            if sp["cat"] not in CATS and not sp["cat"].startswith("_"):
                sys.exit(f"line {n}: bad cat {sp['cat']}")
        out_log.append(b)
        out_lab.append(json.dumps({"line": n, "family": L.fam,
                                   "spans": [{"s": x["s"], "e": x["e"], "cat": x["cat"]} for x in spans]},
                                  ensure_ascii=False))
    with open("pa.log", "wb") as f:
        f.write(b"\n".join(out_log) + b"\n")
    with open("pa.labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
