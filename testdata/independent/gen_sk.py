#!/usr/bin/env python3
"""gen_sk.py - synthetic labeled log corpus "sk".

Organisation: the Aurora Polar Institute (API; HQ 2150 Pearl Street, Boulder CO),
which runs Halvorsen Station (Antarctic, skiway AQHV, overwintering crew) and
Kapp Thordsen Field Station (Svalbard, Arctic summer season).  The logs are a
SIEM/log-shipper export of what the station medical officer's world produces
during a mid-winter (June 2024) medevac week.  Home hospital for telemedicine is
Front Range University Medical Center (FRUMC, Aurora CO); the Arctic station also
refers to UNN Tromso.  All people, numbers and addresses are invented.

Systems simulated (family names used in the labels file):
  sickbay_emr    home-grown "Polaris" sick-bay EMR, pino-style JSON (Node)
  telemed_gw     VidaLink telehealth gateway, logfmt
  satcom_syslog  RFC3164 syslog from VSAT modem, Iridium Certus, Wi-Fi AP, ntpd
  rotation_csv   crew rotation manifest export (CSV, header + rows)
  airops_kv      medevac / flight planning tool, key=value
  hl7v2          HL7 v2.5.1 ADT^A04 / ORU^R01 to FRUMC, one segment per line
  fhir           FHIR R4 resources (one JSON resource per line) for FRUMC
  cdreg_tsv      controlled-drug register, TSV
  istat_astm     Abbott i-STAT point-of-care analyser, ASTM E1394 records
  nginx_access   station intranet / EMR web UI and telemed portal access log
  java_trace     DICOM forwarder (Java) errors with stack traces
  metar          skiway weather observations (METAR / SPECI)
  scada_power    power-house generator telemetry, key=value
  mm_chat        Mattermost chat export (JSON), med-ops / station-ops channels
  sbd_text       Iridium SBD short text messages from field parties / ships
  x12            X12 005010 270/271 eligibility to health/travel insurers
  pq_xml         pre-deployment physical-qualification (PQ) XML records
  pgaudit        PostgreSQL pgaudit log of the EMR database
  dicom_store    Orthanc-style DICOM store log (station ultrasound / x-ray)
  pax_fixed      fixed-width flight passenger manifest (medevac flight)

Labeling decisions (grey cases):
  * Persons served = expeditioners, visitors and ship passengers seen by the
    station medical service, plus their next of kin.  Staff acting in a role
    (medical officer, FRUMC consultants, pilots, flight nurse escort, station
    leader, comms tech, drug-register witnesses, chat senders, log-in users)
    are not PHI.
  * Crew rotation manifests and pax manifests are kept by the medical office
    and carry PQ/medical-clearance status, so every listed person is a subject
    of the record: name, expeditioner ID (other_id), passport (other_id), DOB,
    arrival/departure dates (date), NOK name/phone, private-vehicle plate and
    VIN (vehicle; long-term parking at the home port) are labeled.  Aircraft registrations and station vehicles are
    organisation assets: not PHI.
  * Case-like numbers tied to one patient are other_id: EMR encounter IDs
    (ENC-), telemed consult IDs (TC-), medevac case refs (MEDEVAC-), specimen
    barcodes, DICOM accession numbers, workers-comp claim numbers.  Flight
    mission numbers, session UUIDs, trace IDs, DICOM UIDs, HL7 message
    control IDs are software/operations identifiers: not PHI.
  * Station MRNs (HS-######), FRUMC MRNs, NZ NHI numbers -> mrn.  US SSN,
    Norwegian fodselsnummer, Swedish personnummer, Chilean RUT -> ssn.
    Insurer member IDs, travel-insurance policy numbers and Medicare MBI ->
    health_plan.  Passport numbers -> other_id.  Driver licences -> license.
    A junk SSN in a patient's SSN field is still labeled ssn.
  * Patient initials (e.g. "MW" in a field SMS) are labeled name.  A first
    name alone that refers to a patient or NOK is labeled name.
  * Coordinates of a casualty's location (field injury site / pickup point)
    are geocodes -> address.  Coordinates of healthy field parties, the
    station itself and the organisation's/vendors' addresses are not PHI.
  * Clinical dates in data fields (DOB, admit, service, specimen collection,
    observation effective time, StudyDate, exam date) are date even when on
    the same day as the log timestamp; the log record's own timestamp is not.
  * Ages are labeled only when > 89 (the ship passenger aged 91).
  * Devices: a patient's own/implanted/worn medical devices (CGM transmitter,
    insulin pump serials) and a patient's personal phone MAC registered in a
    telemed record -> device.  Program-issued field units (Iridium/inReach
    IMEIs), station monitors, ultrasound units and anonymous Wi-Fi clients in
    AP logs are not PHI.
  * A URL/request path carrying a patient identifier is labeled url as a
    whole (not the mrn inside it); a patient's home IP in the telemed portal
    access log -> ip.  Face template in an ID-verification record ->
    biometric; base64 ID photo in PQ XML -> photo.
  * Name components in separate fields (FHIR family/given, X12 NM1 elements,
    CSV surname/given) are separate spans; one HL7 XPN field is one span.
  * Billing: patient account numbers and payment cards of the patient or
    guarantor (a relative) -> account, including a junk card that fails
    Luhn; invoice numbers and PO numbers are the organisation's -> not PHI.
    Workers-comp claim number -> other_id; carrier and adjuster -> not PHI.
  * Spans cover the bytes as written (JSON \\u escapes included).
"""
import json
import random
import datetime as dt
import base64

R = random.Random(20240621)
OUTLOG = "sk.log"
OUTLAB = "sk.labels.jsonl"


# ---------------------------------------------------------------- builder
class B:
    def __init__(self):
        self.buf = bytearray()
        self.spans = []

    def t(self, x):
        self.buf += x.encode("utf-8")
        return self

    def p(self, x, cat):
        if not cat:
            return self.t(x)
        s = len(self.buf)
        self.buf += x.encode("utf-8")
        self.spans.append((s, len(self.buf), cat, x))
        return self


class P:
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class Seg:
    def __init__(self, *parts):
        self.parts = parts


def jin(x, asc):
    return json.dumps(x, ensure_ascii=asc)[1:-1]


def J(b, v, asc=False, compact=True):
    sep = (",", ":") if compact else (", ", ": ")
    if isinstance(v, dict):
        b.t("{")
        for i, (k, val) in enumerate(v.items()):
            if i:
                b.t(sep[0])
            b.t(json.dumps(k, ensure_ascii=asc)).t(sep[1])
            J(b, val, asc, compact)
        b.t("}")
    elif isinstance(v, list):
        b.t("[")
        for i, val in enumerate(v):
            if i:
                b.t(sep[0])
            J(b, val, asc, compact)
        b.t("]")
    elif isinstance(v, P):
        if isinstance(v.v, str):
            b.t('"').p(jin(v.v, asc), v.cat).t('"')
        else:
            b.p(json.dumps(v.v), v.cat)
    elif isinstance(v, Seg):
        b.t('"')
        for part in v.parts:
            if isinstance(part, P):
                b.p(jin(part.v, asc), part.cat)
            else:
                b.t(jin(part, asc))
        b.t('"')
    else:
        b.t(json.dumps(v, ensure_ascii=asc))
    return b


def line(b, *parts):
    """append a sequence of str / P to builder"""
    for part in parts:
        if isinstance(part, P):
            b.p(part.v, part.cat)
        else:
            b.t(part)
    return b


# ---------------------------------------------------------------- check digits
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


def npi(nine):
    return nine + luhn_digit("80840" + nine)


def card(prefix, length=16):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - 1 - len(prefix)))
    return body + luhn_digit(body)


def imei(tac):
    body = tac + "".join(str(R.randint(0, 9)) for _ in range(14 - len(tac)))
    return body + luhn_digit(body)


def fnr(d, m, y2, ind):
    while True:
        s = "%02d%02d%02d%03d" % (d, m, y2, ind)
        w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
        k1 = 11 - sum(int(a) * b for a, b in zip(s, w1)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            ind += 1
            continue
        s2 = s + str(k1)
        w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        k2 = 11 - sum(int(a) * b for a, b in zip(s2, w2)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            ind += 1
            continue
        return s2 + str(k2)


def pnr(yymmdd, nnn):
    return yymmdd + "-" + nnn + luhn_digit(yymmdd + nnn)


def rut(body):
    s, f = 0, 2
    for ch in reversed(body):
        s += int(ch) * f
        f = 2 if f == 7 else f + 1
    dv = 11 - s % 11
    dvs = "0" if dv == 11 else ("K" if dv == 10 else str(dv))
    b = body
    return "%s.%s.%s-%s" % (b[:-6], b[-6:-3], b[-3:], dvs)


def nhi(letters, digits):
    alpha = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    vals = [alpha.index(c) + 1 for c in letters] + [int(c) for c in digits]
    s = sum(v * w for v, w in zip(vals, [7, 6, 5, 4, 3, 2]))
    r = s % 11
    assert r != 0
    c = 11 - r
    return letters + digits + ("0" if c == 10 else str(c))


def vin(partial):  # 17 chars with '?' at pos 9
    tr = {}
    for i, c in enumerate("ABCDEFGH"):
        tr[c] = i + 1
    for c, v in zip("JKLMN", range(1, 6)):
        tr[c] = v
    tr["P"], tr["R"] = 7, 9
    for c, v in zip("STUVWXYZ", range(2, 10)):
        tr[c] = v
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    s = 0
    for ch, wt in zip(partial, w):
        if ch == "?":
            continue
        s += (int(ch) if ch.isdigit() else tr[ch]) * wt
    c = s % 11
    return partial.replace("?", "X" if c == 10 else str(c))


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    D = "0123456789"
    pat = ["C", "A", "X", "N", "A", "X", "N", "A", "A", "N", "N"]
    out = ""
    for p in pat:
        if p == "C":
            out += R.choice("123456789")
        elif p == "A":
            out += R.choice(L)
        elif p == "N":
            out += R.choice(D)
        else:
            out += R.choice(L + D)
    return out


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def b64blob(n, head=b""):
    raw = head + bytes(R.randint(0, 255) for _ in range(n))
    return base64.b64encode(raw).decode()


# ---------------------------------------------------------------- people
PT = {
    "frost": dict(first="Rowan", last="Frost", mid="J", sex="M", dob=(1988, 3, 14), nat="US",
                  mrn="HS-004417", frumc="10428871", exp="API-24-0112", ssn="521-47-3390",
                  street="4417 Juniper Hollow Rd", city="Golden", st="CO", zip="80401",
                  phone="(720) 964-3318", email="rowan.frost88@protonmail.com", passport="583910274",
                  dl="14-227-3391", plan="GHA448271390", nok=("Tess Okonkwo-Frost", "spouse", "(720) 964-1187"),
                  role="Heavy equipment operator", station="HLV", plate="CO BXR-417",
                  vin=vin("1FTFW1E8?MFB40217")),
    "priya": dict(first="Priya", last="Raghunathan", mid="S", sex="F", dob=(1990, 12, 9), nat="US",
                  mrn="HS-004502", frumc="10433905", exp="API-24-0127", ssn="389-12-6645",
                  street="880 Larkspur Ln Apt 3C", city="Madison", st="WI", zip="53711",
                  phone="(608) 271-0594", email="praghu.ice@gmail.com", passport="641027735",
                  dl="R253-4419-0871-09", plan="GHA448305127", nok=("Venkat Raghunathan", "father", "+1 608 833 2410"),
                  role="Atmospheric physicist", station="HLV", plate="WI 7PK-2281", vin=vin("5YJ3E1EA?KF331085")),
    "ingrid": dict(first="Ingrid", last="Solbakken-Aas", mid="", sex="F", dob=(1979, 11, 2), nat="NO",
                   mrn="HS-K00311", frumc="", exp="API-24-0441", ssn=fnr(2, 11, 79, 468),
                   street="Tollbugata 17B", city="Bodø", st="", zip="8006",
                   phone="+47 913 48 226", email="ingrid.sa@online.no", passport="FK7730214",
                   dl="", plan="", nok=("Henrik Aas", "ektefelle", "+47 928 10 455"),
                   role="Glaciologist", station="KTH", plate="", vin=""),
    "tomas": dict(first="Tomás", last="Henríquez Valdivia", mid="", sex="M", dob=(1992, 7, 21), nat="CL",
                  mrn="HS-004388", frumc="10427150", exp="API-24-0133", ssn=rut("17845392"),
                  street="Pasaje Los Coigües 2231", city="Punta Arenas", st="", zip="6200000",
                  phone="+56 9 8423 1176", email="tomas.henriquez.v@gmail.com", passport="P11847302",
                  dl="", plan="TRV-CL-20931174", nok=("Magdalena Valdivia Soto", "madre", "+56 61 222 4031"),
                  role="Diesel mechanic", station="HLV", plate="", vin=""),
    "aroha": dict(first="Aroha", last="Te Rangi-Walker", mid="", sex="F", dob=(1985, 5, 30), nat="NZ",
                  mrn="HS-004459", frumc="10431884", exp="API-24-0119", ssn="", nhi=nhi("ZKT", "418"),
                  street="23 Kahikatea Drive", city="Rolleston", st="", zip="7614",
                  phone="+64 21 448 903", email="aroha.trw@xtra.co.nz", passport="LM2049817",
                  dl="DL-FA338217", plan="", nok=("Hemi Walker", "partner", "+64 27 301 5582"),
                  role="Field guide", station="HLV", plate="", vin=""),
    "declan": dict(first="Declan", last="O'Shea", mid="P", sex="M", dob=(1976, 2, 17), nat="IE",
                   mrn="HS-004471", frumc="10432266", exp="API-24-0105", ssn="",
                   street="14 Ardnacrusha Terrace", city="Limerick", st="", zip="V94 K2X3",
                   phone="+353 87 442 9013", email="declan.oshea76@eircom.net", passport="PX4418203",
                   dl="", plan="GHA448199032", nok=("Niamh O'Shea", "sister", "+353 61 338 201"),
                   role="Station electrician", station="HLV", plate="", vin=""),
    "dorothy": dict(first="Dorothy", last="Abernathy-Kling", mid="M", sex="F", dob=(1933, 1, 8), nat="US",
                    mrn="HS-004520", frumc="10435011", exp="", ssn="266-31-0948", mbi=mbi(),
                    street="12 Wyeth Court", city="Sarasota", st="FL", zip="34236",
                    phone="(941) 388-2716", email="dottie.ak@comcast.net", passport="550218863",
                    dl="", plan="WTA-7719-004182", nok=("Gerald Kling", "son", "(941) 726-5530"),
                    role="Ship passenger", station="HLV", plate="", vin="", age="91"),
    "bjorn": dict(first="Björn", last="Lindqvist", mid="", sex="M", dob=(1969, 8, 11), nat="SE",
                  mrn="HS-K00297", frumc="", exp="API-24-0452", ssn=pnr("690811", "457"),
                  street="Norra Strandgatan 4", city="Luleå", st="", zip="972 33",
                  phone="+46 70 418 22 91", email="bjorn.lindqvist@telia.se", passport="91384455",
                  dl="", plan="", nok=("Karin Lindqvist", "maka", "+46 920 155 08"),
                  role="Logistics lead", station="KTH", plate="", vin=""),
    "marcus": dict(first="Marcus", last="Winter", mid="A", sex="M", dob=(1981, 10, 30), nat="US",
                   mrn="HS-004426", frumc="10429730", exp="API-24-0121", ssn="532-80-1176",
                   street="2290 Coyote Gulch Trl", city="Bozeman", st="MT", zip="59718",
                   phone="(406) 599-2037", email="mwinter.geo@outlook.com", passport="520884116",
                   dl="0331981MWA", plan="GHA448287744", nok=("Elena Winter", "wife", "(406) 599-8812"),
                   role="Geophysicist", station="HLV", plate="MT 16-4471B", vin=vin("1GCUYDED?LZ120558")),
    "grace": dict(first="Grace", last="Hope Mbatha", mid="", sex="F", dob=(1987, 6, 19), nat="ZA",
                  mrn="HS-004433", frumc="10430019", exp="API-24-0116", ssn="",
                  street="7 Protea Close", city="Stellenbosch", st="", zip="7600",
                  phone="+27 82 551 3094", email="gracehope.m@icloud.com", passport="A05518732",
                  dl="", plan="GHA448230561", nok=("Sipho Mbatha", "brother", "+27 21 883 0417"),
                  role="Station chef", station="HLV", plate="", vin=""),
    "hyejin": dict(first="Hye-jin", last="Park", mid="", sex="F", dob=(1995, 4, 3), nat="US",
                   mrn="HS-004512", frumc="10434470", exp="API-24-0138", ssn="611-09-4482",
                   street="3155 Wilshire Blvd Unit 908", city="Los Angeles", st="CA", zip="90010",
                   phone="(213) 447-9061", email="hyejin.park95@gmail.com", passport="667100382",
                   dl="D4471093", plan="GHA448311850", nok=("Min-seo Park", "mother", "(213) 385-2294"),
                   role="Comms technician", station="HLV", plate="CA 8XKW211", vin=vin("JTDKARFU?J3061846")),
    "luis": dict(first="Luis Ángel", last="de la Cruz Ortega", mid="", sex="M", dob=(1974, 12, 1), nat="ES",
                 mrn="HS-004397", frumc="10428015", exp="API-24-0109", ssn="",
                 street="Calle de Ayala 88, 3ºB", city="Madrid", st="", zip="28001",
                 phone="+34 611 204 873", email="ladelacruz@telefonica.net", passport="PAB431077",
                 dl="", plan="GHA448190266", nok=("Carmen Ortega Ruiz", "esposa", "+34 915 774 210"),
                 role="Carpenter", station="HLV", plate="", vin=""),
    "siobhan": dict(first="Siobhán", last="Ní Bhriain", mid="", sex="F", dob=(1991, 2, 27), nat="IE",
                    mrn="HS-004490", frumc="10433102", exp="API-24-0131", ssn="",
                    street="3 Bóthar na Trá", city="Galway", st="", zip="H91 E2K8",
                    phone="+353 86 119 4402", email="siobhan.nibhriain@gmail.com", passport="PZ7719904",
                    dl="", plan="GHA448301944", nok=("Cathal Ó Briain", "father", "+353 91 524 337"),
                    role="Meteorologist", station="HLV", plate="", vin=""),
}
# extra rotation-manifest-only people (not seen in sick bay)
ROSTER_EXTRA = [
    dict(first="Eilidh", last="MacAskill", dob=(1993, 9, 4), nat="GB", exp="API-24-0140", passport="548812076",
         role="Boat handler", nok=("Rhona MacAskill", "mother", "+44 1851 702 334"), plate=""),
    dict(first="Jannik", last="Brandt-Højer", dob=(1986, 1, 22), nat="DK", exp="API-24-0455", passport="209841557",
         role="Drill technician", nok=("Sofie Højer", "partner", "+45 22 41 09 87"), plate=""),
    dict(first="Wiremu", last="Hohaia", dob=(1998, 3, 8), nat="NZ", exp="API-24-0143", passport="LN4410352",
         role="Field assistant", nok=("Mere Hohaia", "mother", "+64 6 758 2210"), plate=""),
    dict(first="Sunny", last="Baker", dob=(1989, 7, 15), nat="US", exp="API-24-0146", passport="671409258",
         role="Plumber", nok=("Dale Baker", "husband", "(907) 562-4418"), plate="AK KTR 552"),
    dict(first="Olusegun", last="Adeyemi-Clarke", dob=(1984, 11, 11), nat="GB", exp="API-24-0149",
         passport="560217743", role="IT systems", nok=("Funmi Adeyemi", "wife", "+44 7700 418 229"), plate=""),
    dict(first="Maren", last="Storm", dob=(1996, 5, 2), nat="NO", exp="API-24-0458", passport="FJ2210948",
         role="Biologist", nok=("Tor Storm", "far", "+47 977 31 802"), plate=""),
]

STAFF_MO = "Dr. Kirsten Vangen"
CONSULTANTS = [("Raúl Escobedo", "Emergency Medicine", npi("174230981")),
               ("Miriam Okafor", "General Surgery", npi("129947306")),
               ("Lena Hartwig", "Radiology", npi("158820417")),
               ("Samuel Achterberg", "Dentistry", npi("191036654"))]
ORG_NPI = npi("159876234")
STAFF_USERS = ["kvangen", "nhaddad", "fmccrae", "obartholomew", "tnovotna", "jthorsby", "svc-polaris", "mcartwright"]


def dob_iso(p):
    y, m, d = p["dob"]
    return "%04d-%02d-%02d" % (y, m, d)


def dob_hl7(p):
    y, m, d = p["dob"]
    return "%04d%02d%02d" % (y, m, d)


def dob_eu(p):
    y, m, d = p["dob"]
    return "%02d.%02d.%04d" % (d, m, y)


def dob_us(p):
    y, m, d = p["dob"]
    return "%02d/%02d/%04d" % (m, d, y)


def full(p):
    return p["first"] + " " + p["last"]


CC = {"frost": "RLQ pain 14h, anorexia, T 38.4", "marcus": "L wrist pain + R knee after snowmobile rollover",
      "tomas": "toothache LR6 swelling", "aroha": "numb white toes after 6h traverse",
      "declan": "central chest tightness 40 min", "grace": "low mood, poor sleep, winter-over",
      "priya": "hypoglycaemia 2.9 mmol/L overnight", "siobhan": "laceration L palm, kitchen knife",
      "luis": "foreign body R eye, grinding without goggles"}
SICK = ["frost", "priya", "tomas", "aroha", "declan", "dorothy", "marcus", "grace", "hyejin", "luis", "siobhan"]
ARCTIC = ["ingrid", "bjorn"]

T0 = dt.datetime(2024, 6, 18, 0, 0, 0)


def rts(lo_h=0, hi_h=96):
    return T0 + dt.timedelta(seconds=R.randint(int(lo_h * 3600), int(hi_h * 3600) - 1),
                             microseconds=R.randint(0, 999) * 1000)


def iso(ts, ms=True):
    return ts.strftime("%Y-%m-%dT%H:%M:%S") + (".%03dZ" % (ts.microsecond // 1000) if ms else "Z")


def epoch_ms(ts):
    return int((ts - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


def dday(ts):  # a clinical date near the log time
    return ts.strftime("%Y-%m-%d")


# ================================================================ generators
# each returns list of (family, B)

def g_emr(ts):
    b = B()
    kind = R.choices(["enc", "vitals", "note", "med", "dev", "sync", "backup", "login", "allergy", "arctic"],
                     [14, 12, 10, 8, 3, 8, 5, 8, 4, 6])[0]
    host = "hlv-sickbay-01"
    base = {"level": 30, "time": epoch_ms(ts), "pid": R.choice([2231, 2231, 2240]), "hostname": host,
            "svc": "polaris-emr", "v": "3.14.2"}
    if kind == "arctic":
        k = R.choice(ARCTIC)
        p = PT[k]
        base["hostname"] = "kth-legekontor"
        base["msg"] = "konsultasjon.opprettet"
        base["pasient"] = {"navn": P(full(p), "name"), "fnr": P(p["ssn"], "ssn"), "journalnr": P(p["mrn"], "mrn"),
                           "fodt": P(dob_eu(p), "date")}
        base["behandler"] = "PA Noor Haddad"
        base["arsak"] = R.choice(["fall på is, smerter h. håndledd, mistenkt distal radiusfraktur",
                                  "BT-kontroll, 162/98, ny måling om 3 døgn",
                                  "forfrysning grad 1 venstre kinn"])
        if R.random() < 0.5:
            base["parorende"] = {"navn": P(p["nok"][0], "name"), "rel": p["nok"][1], "tlf": P(p["nok"][2], "phone")}
        return [("sickbay_emr", J(B(), base, asc=R.random() < 0.5))]
    if kind in ("sync", "backup", "login"):
        if kind == "sync":
            base.update({"msg": "sync.completed", "target": "frumc-hie", "records": R.randint(0, 60),
                         "bytes": R.randint(2000, 900000), "duration_ms": R.randint(900, 48000),
                         "link": R.choice(["vsat", "certus"]), "trace_id": hexs(32)})
        elif kind == "backup":
            base.update({"msg": "backup.ok", "dest": "s3://api-hlv-backup/polaris/", "snapshot": "snap-" + hexs(17),
                         "size_mb": round(R.uniform(300, 2200), 1), "sha256": hexs(64)})
        else:
            u = R.choice(STAFF_USERS[:5])
            base.update({"msg": "auth.login", "user": u, "src_ip": "10.42.3.%d" % R.randint(10, 60),
                         "mfa": "totp", "session": uuid()})
        return [("sickbay_emr", J(B(), base))]
    k = R.choice(SICK)
    p = PT[k]
    asc = R.random() < 0.4
    enc = "ENC-24-%04d" % R.randint(800, 999)
    if kind == "enc":
        base.update({"msg": "encounter.created", "enc_id": P(enc, "other_id"),
                     "pt": {"mrn": P(p["mrn"], "mrn"), "name": P(p["last"] + ", " + p["first"], "name"),
                            "dob": P(dob_iso(p), "date"), "sex": p["sex"]},
                     "admit_dt": P(iso(ts - dt.timedelta(minutes=R.randint(2, 50)), False), "date"),
                     "loc": R.choice(["SB-BAY1", "SB-BAY2", "SB-TREAT"]), "clinician": "K.Vangen MO",
                     "triage": R.choice(["P1", "P2", "P3"])})
        if k == "dorothy":
            base["pt"]["age"] = P(int(p["age"]), "age")
            base["cc"] = "fall on ship deck, shortened externally rotated R leg"
        else:
            base["cc"] = CC.get(k, "URTI sx 3d, sore throat, afebrile")
    elif kind == "vitals":
        base.update({"msg": "vitals.recorded", "pt_mrn": P(p["mrn"], "mrn"), "enc_id": P(enc, "other_id"),
                     "hr": R.randint(58, 124), "bp": "%d/%d" % (R.randint(100, 165), R.randint(60, 99)),
                     "rr": R.randint(12, 24), "spo2": R.randint(88, 99), "temp_c": round(R.uniform(35.6, 38.9), 1),
                     "device": "Tempus Pro SN TP-20-11873"})
    elif kind == "note":
        who = P(p["first"], "name")
        txt = R.choice([
            Seg("Seen with ", who, " at 0340, guarding RLQ, Rovsing +. Telemed w/ FRUMC surgery booked."),
            Seg("Pt ", P(full(p), "name"), " reviewed; plan discussed with ", P(p["nok"][0], "name"),
                " (", p["nok"][1], ") by sat phone with pt consent."),
            Seg("F/u: ", who, " reports pain 3/10, tolerating fluids. Next review 1800."),
            Seg("Dental: LR6 periapical abscess, I&D performed, amoxicillin 500 mg TDS x5d."),
        ])
        base.update({"msg": "note.signed", "note_id": "N-" + hexs(8), "pt_mrn": P(p["mrn"], "mrn"),
                     "author": "kvangen", "text": txt})
    elif kind == "med":
        base.update({"msg": "med.administered", "pt_mrn": P(p["mrn"], "mrn"),
                     "drug": R.choice(["ceftriaxone 2 g IV", "morphine 5 mg IV", "ondansetron 4 mg IV",
                                       "paracetamol 1 g PO", "metronidazole 500 mg IV"]),
                     "lot": "L%d%s" % (R.randint(20000, 99999), R.choice("ABCK")), "by": "kvangen",
                     "witness": R.choice(["fmccrae", "obartholomew"])})
    elif kind == "dev":
        p = PT["priya"]
        base.update({"msg": "device.linked", "pt_mrn": P(p["mrn"], "mrn"),
                     "devices": [{"type": "CGM transmitter", "model": "Dexcom G6", "sn": P("8GH" + "%05d" % R.randint(10000, 99999), "device")},
                                 {"type": "insulin pump", "model": "t:slim X2", "sn": P("%08d" % 11403927, "device")}]})
    elif kind == "allergy":
        base.update({"msg": "allergy.updated", "pt_mrn": P(p["mrn"], "mrn"),
                     "pt_name": P(p["first"] + " " + p["last"], "name"),
                     "allergen": R.choice(["penicillin", "latex", "NKDA", "sulfonamides"]), "reaction": "rash"})
    return [("sickbay_emr", J(B(), base, asc=asc))]


def g_telemed(ts):
    b = B()
    sess = uuid()
    k = R.choices(["stats", "stats", "start", "end", "consent", "share", "idv", "bw", "reg"], [12, 8, 5, 4, 3, 4, 2, 5, 2])[0]
    line(b, "time=", iso(ts), " level=", "warn" if k == "bw" else "info", " app=vidalink-gw ver=7.3.1-b2291 ")
    p = PT[R.choice(SICK)]
    tc = "TC-24-%04d" % R.randint(180, 215)
    if k == "stats":
        line(b, "component=media session=", sess, " event=rtp_stats codec=H264 res=", R.choice(["640x360", "960x540", "1280x720"]),
             " bitrate_kbps=%d rtt_ms=%d loss_pct=%.1f jitter_ms=%d" % (R.randint(180, 900), R.randint(560, 760),
                                                                     R.uniform(0, 6), R.randint(8, 90)))
    elif k == "bw":
        line(b, "component=bwe session=", sess, " event=downgrade reason=\"satellite rtt\" from_kbps=%d to_kbps=%d link=%s" %
             (R.randint(500, 900), R.randint(128, 400), R.choice(["vsat-ku", "certus-700"])))
    elif k == "start":
        c = R.choice(CONSULTANTS)
        line(b, "component=session session=", sess, " event=session_start consult=", P(tc, "other_id"),
             " patient_ref=", P(p["mrn"], "mrn"), " site=HLV-SICKBAY far_end=frumc-telemed-0%d consultant=\"Dr. %s\" specialty=\"%s\"" %
             (R.randint(1, 4), c[0], c[1]))
    elif k == "end":
        line(b, "component=session session=", sess, " event=session_end consult=", P(tc, "other_id"),
             " duration_s=%d mos=%.2f" % (R.randint(300, 3600), R.uniform(2.8, 4.2)))
    elif k == "consent":
        line(b, "component=consent session=", sess, " event=consent_recorded patient=\"", P(p["last"] + ", " + p["first"], "name"),
             "\" dob=", P(dob_iso(p), "date"), " method=verbal witness=\"K. Vangen\"")
    elif k == "share":
        line(b, "component=dicom session=", sess, " event=dicom_share study_uid=1.2.826.0.1.3680043.10.443.%d.%d accession=" %
             (R.randint(1000, 9999), R.randint(10 ** 8, 10 ** 9)), P("HLVUS%s-%02d" % (ts.strftime("%y%m%d"), R.randint(1, 6)), "other_id"),
             " instances=%d bytes=%d" % (R.randint(4, 60), R.randint(10 ** 6, 10 ** 8)))
    elif k == "idv":
        line(b, "component=idv session=", sess, " event=idv_match patient_ref=", P(p["mrn"], "mrn"),
             " score=0.%d face_tmpl=" % R.randint(86, 99), P(b64blob(48), "biometric"), " model=arcface-r100")
    else:
        pp = PT[R.choice(["frost", "hyejin", "priya"])]
        line(b, "component=enroll event=device_registered patient_ref=", P(pp["mrn"], "mrn"),
             " device_mac=", P(":".join("%02x" % R.randint(0, 255) for _ in range(6)), "device"),
             " platform=iOS-17.5 app=VidaLink Patient 4.2.0")
    return [("telemed_gw", b)]


HOSTS_SYS = [("hlv-vsat-01", "idirect"), ("hlv-certus-01", "certusd"), ("hlv-ap-galley", "hostapd"),
             ("hlv-ntp-01", "ntpd"), ("hlv-fw-01", "kernel")]


def g_syslog(ts):
    b = B()
    host, prog = R.choice(HOSTS_SYS)
    pri = R.choice([134, 132, 30, 13])
    if prog == "kernel":
        b.t("<%d>%s %2d %s %s kernel: " % (pri, ts.strftime("%b"), ts.day, ts.strftime("%H:%M:%S"), host))
    else:
        b.t("<%d>%s %2d %s %s %s[%d]: " % (pri, ts.strftime("%b"), ts.day, ts.strftime("%H:%M:%S"), host, prog, R.randint(300, 9000)))
    if prog == "idirect":
        b.t(R.choice(["RX lock acquired C/N %.1f dB, Es/No %.1f dB, beam IS-37e/Ku-S2" % (R.uniform(4, 9), R.uniform(3, 8)),
                      "TX mute: elevation %.1f deg below mask 5.0" % R.uniform(3.1, 4.9),
                      "NMS keepalive to 193.157.44.21:5001 ok, rtt %d ms" % R.randint(560, 740),
                      "ACQ burst ok, TDMA slots %d/%d" % (R.randint(20, 120), 128)]))
    elif prog == "certusd":
        b.t(R.choice(["SBD MO sent imei=300534061%06d momsn=%d len=%d status=0" % (R.randint(100000, 999999), R.randint(100, 3000), R.randint(20, 340)),
                      "registration ok, beam %d, sat IRIDIUM %d, signal %d/5" % (R.randint(1, 48), R.randint(100, 180), R.randint(1, 5)),
                      "firmware 1.8.2-314 running, uptime %dh" % R.randint(10, 900),
                      "data session up 176 kbps, pdp 10.255.%d.%d" % (R.randint(0, 9), R.randint(2, 250))]))
    elif prog == "hostapd":
        mac = ":".join("%02x" % R.randint(0, 255) for _ in range(6))
        b.t(R.choice(["wlan0: STA %s IEEE 802.11: associated (aid %d)" % (mac, R.randint(1, 40)),
                      "wlan0: STA %s WPA: pairwise key handshake completed (RSN)" % mac,
                      "wlan1: AP-STA-DISCONNECTED %s" % mac]))
    elif prog == "ntpd":
        b.t("kernel reports TIME_ERROR: 0x%x; offset %+.6f s, stratum %d (GPS)" % (R.randint(1, 64), R.uniform(-0.01, 0.01), R.randint(1, 2)))
    else:
        b.t("[UFW BLOCK] IN=eth0 OUT= SRC=%d.%d.%d.%d DST=193.157.44.30 PROTO=TCP SPT=%d DPT=%d LEN=%d" %
            (R.choice([45, 61, 89, 103, 141, 185, 194, 212]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254), R.randint(1024, 65000),
             R.choice([22, 23, 3389, 445, 8080]), R.randint(40, 60)))
    return [("satcom_syslog", b)]


def g_rotation(ts):
    out = []
    h = B().t("rotation_id,exp_id,surname,given_names,dob,nationality,passport_no,role,station,arrive,depart,pq_status,blood_grp,nok_name,nok_phone,pov_plate,pov_vin")
    out.append(("rotation_csv", h))
    rot = R.choice(["W24-HLV", "S24-KTH"])
    people = []
    if rot == "W24-HLV":
        for k in R.sample(SICK[:5] + SICK[6:], 6):
            people.append(PT[k])
        people += R.sample([x for x in ROSTER_EXTRA if x["nat"] != "NO"], 3)
    else:
        people = [PT["ingrid"], PT["bjorn"]] + [x for x in ROSTER_EXTRA if x["nat"] in ("NO", "DK")]
    for p in people:
        b = B()
        y, m, d = p["dob"]
        arr = dt.date(2024, 2, 20) if rot == "W24-HLV" else dt.date(2024, 5, 28)
        arr += dt.timedelta(days=R.randint(0, 6))
        dep = dt.date(2024, 11, 3) if rot == "W24-HLV" else dt.date(2024, 8, 30)
        dep += dt.timedelta(days=R.randint(0, 9))
        line(b, rot, ",", P(p["exp"], "other_id"), ",", P(p["last"], "name"), ",", P(p["first"], "name"), ",",
             P("%04d-%02d-%02d" % (y, m, d), "date"), ",", p["nat"], ",", P(p["passport"], "other_id"), ",",
             p["role"], ",", "HLV" if rot == "W24-HLV" else "KTH", ",", P(arr.isoformat(), "date"), ",",
             P(dep.isoformat(), "date"), ",", R.choice(["PQ", "PQ", "PQ", "PQ-W", "NPQ-REVIEW"]), ",",
             R.choice(["O+", "A+", "B-", "O-", "AB+"]), ",\"", P(p["nok"][0], "name"), "\",", P(p["nok"][2], "phone"), ",")
        if p.get("plate"):
            b.p(p["plate"], "vehicle")
        b.t(",")
        if p.get("vin"):
            b.p(p["vin"], "vehicle")
        out.append(("rotation_csv", b))
    return out


def g_airops(ts):
    b = B()
    k = R.choices(["wx", "fuel", "duty", "cas", "field", "ship", "slot", "cas2"], [6, 5, 4, 4, 2, 2, 4, 2])[0]
    line(b, "ts=", iso(ts, False), " svc=airops-planner host=hq-airops-02 mission=ATL-24-W03 ")
    if k == "wx":
        line(b, "evt=wx_gate aerodrome=AQHV vis_m=%d ceil_ft=%d xwind_kt=%d temp_c=%d decision=%s" %
             (R.choice([400, 800, 1200, 3000, 9999]), R.choice([200, 500, 800, 1500, 3000]), R.randint(4, 30),
              R.randint(-58, -30), R.choice(["HOLD", "GO", "HOLD", "REVIEW"])))
    elif k == "fuel":
        line(b, "evt=fuel_calc acft=BT-67 reg=C-GKBQ route=AHPT-AQHV-AHPT block_fuel_kg=%d reserve_min=%d alt=NONE pnr=AQHV-%d" %
             (R.randint(4200, 6100), R.choice([45, 60, 90]), R.randint(1, 9)))
    elif k == "duty":
        line(b, "evt=crew_duty pic=\"Capt J. Thorsby\" fo=\"M. Cartwright\" ame=\"D. Kowalczyk\" duty_h=%.1f rest_ok=%s" %
             (R.uniform(2, 13), R.choice(["true", "false"])))
    elif k == "slot":
        line(b, "evt=slot_update etd=", (ts + dt.timedelta(hours=R.randint(2, 30))).strftime("%Y-%m-%dT%H:%MZ"),
             " eta_aqhv=+%02d:%02d groom_req=true runway=09/27 twilight=civil" % (R.randint(5, 9), R.randint(0, 59)))
    elif k == "cas":
        p = PT["frost"]
        line(b, "evt=casualty_add casualty_ref=", P("MEDEVAC-24-002", "other_id"), " casualty=\"", P("FROST R", "name"),
             "\" prio=URGENT dx=K35.3 litter=Y wt_kg=84 o2_lpm=2 escort=\"T.Novotna RN\" dest=FRUMC via SCCI")
    elif k == "cas2":
        line(b, "evt=casualty_update casualty_ref=", P("MEDEVAC-24-002", "other_id"),
             " status=FIT_TO_FLY per=\"Dr K Vangen\" consult=", P("TC-24-0193", "other_id"), " vitals_ok=true")
    elif k == "field":
        p = PT["marcus"]
        line(b, "evt=field_pickup casualty_ref=", P("MEDEVAC-24-003", "other_id"), " casualty=\"", P("WINTER M", "name"),
             "\" pickup=\"", P("S71 41.22 E003 12.09", "address"), "\" asset=PistenBully-3 eta_h=3 prio=PRIORITY")
    else:
        p = PT["dorothy"]
        line(b, "evt=casualty_add casualty_ref=", P("MEDEVAC-24-004", "other_id"), " casualty=\"",
             P("ABERNATHY-KLING D", "name"), "\" age=", P(p["age"], "age"),
             " src=\"MV Southern Aurora\" dx=S72.001A litter=Y escort=\"ship physician\" dest=SCCI")
    return [("airops_kv", b)]


def g_hl7(ts):
    out = []
    k = R.choice(SICK[:5] + ["marcus", "dorothy", "hyejin"])
    p = PT[k]
    typ = R.choice(["ADT^A04", "ORU^R01"])
    ctl = "HLV%s%04d" % (ts.strftime("%m%d"), R.randint(0, 9999))
    out.append(("hl7v2", B().t("MSH|^~\\&|POLARIS|HLV_SICKBAY|EPIC|FRUMC|%s||%s|%s|P|2.5.1" % (ts.strftime("%Y%m%d%H%M%S"), typ, ctl))))
    b = B()
    name = "^".join(x for x in (p["last"].upper(), p["first"].upper(), p["mid"]) if x)
    line(b, "PID|1||", P(p["mrn"], "mrn"), "^^^HLV^MR")
    if p["frumc"]:
        line(b, "~", P(p["frumc"], "mrn"), "^^^FRUMC^MR")
    line(b, "||", P(name, "name"), "||", P(dob_hl7(p), "date"), "|", p["sex"], "|||",
         P(p["street"].upper(), "address"), "^^", P(p["city"].upper(), "address"), "^", p["st"] or "", "^",
         P(p["zip"], "zip"), "^", p["nat"], "||", P(p["phone"], "phone"), "|||||||")
    if p["ssn"]:
        b.p(p["ssn"], "ssn")
    out.append(("hl7v2", b))
    if typ == "ADT^A04":
        b = B()
        c = R.choice(CONSULTANTS)
        line(b, "PV1|1|E|SB^BAY2^1^HLV||||", "%s^%s^%s^^^DR" % (npi("110733920"), "VANGEN", "KIRSTEN"), "|",
             "%s^%s^%s" % (c[2], c[0].split()[-1].upper(), c[0].split()[0].upper()), "||EMR||||||||",
             P("ENC-24-%04d" % R.randint(800, 999), "other_id"), "|||||||||||||||||||||||||",
             P((ts - dt.timedelta(minutes=30)).strftime("%Y%m%d%H%M"), "date"))
        out.append(("hl7v2", b))
        b = B()
        nk = p["nok"]
        nm = nk[0].split()
        line(b, "NK1|1|", P(nm[-1].upper() + "^" + " ".join(nm[:-1]).upper(), "name"), "|", nk[1].upper()[:3], "||",
             P(nk[2], "phone"))
        out.append(("hl7v2", b))
    else:
        spec = "SPC%s%04d" % (ts.strftime("%y%m%d"), R.randint(1, 60))
        b = B()
        line(b, "OBR|1|", P(spec, "other_id"), "||CHEM8^i-STAT CHEM8+^L|||", P(ts.strftime("%Y%m%d%H%M"), "date"),
             "|||||||||110733920^VANGEN^KIRSTEN")
        out.append(("hl7v2", b))
        for i, (code, nm, val, u, rng) in enumerate(R.sample([("2951-2", "Sodium", R.randint(132, 146), "mmol/L", "136-145"),
                                                              ("2823-3", "Potassium", round(R.uniform(3.2, 5.4), 1), "mmol/L", "3.5-5.1"),
                                                              ("2345-7", "Glucose", R.randint(4, 14), "mmol/L", "3.9-7.8"),
                                                              ("718-7", "Hemoglobin", R.randint(110, 170), "g/L", "120-170"),
                                                              ("6690-2", "WBC", round(R.uniform(4, 18), 1), "10*9/L", "4.0-11.0")], 3)):
            out.append(("hl7v2", B().t("OBX|%d|NM|%s^%s^LN||%s|%s|%s||||F" % (i + 1, code, nm, val, u, rng))))
    return out


def g_fhir(ts):
    k = R.choice(SICK[:6] + ["marcus", "hyejin"])
    p = PT[k]
    kind = R.choice(["Patient", "Observation", "Observation", "Encounter", "Device"])
    rid = p["mrn"].lower()
    if kind == "Patient":
        ident = [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": P(p["mrn"], "mrn")}]
        if p["frumc"]:
            ident.append({"system": "https://frumc.org/fhir/mrn", "value": P(p["frumc"], "mrn")})
        if p.get("nhi"):
            ident.append({"system": "https://standards.digital.health.nz/ns/nhi-id", "value": P(p["nhi"], "mrn")})
        o = {"resourceType": "Patient", "id": Seg(P(rid, "mrn")), "meta": {"versionId": str(R.randint(1, 9)), "lastUpdated": iso(ts)},
             "identifier": ident,
             "name": [{"family": P(p["last"], "name"), "given": [P(p["first"], "name")]}],
             "gender": "male" if p["sex"] == "M" else "female", "birthDate": P(dob_iso(p), "date"),
             "address": [{"line": [P(p["street"], "address")], "city": P(p["city"], "address"), "postalCode": P(p["zip"], "zip"),
                          "country": p["nat"]}],
             "telecom": [{"system": "phone", "value": P(p["phone"], "phone")}, {"system": "email", "value": P(p["email"], "email")}]}
    elif kind == "Observation":
        code, disp, val, unit = R.choice([("8310-5", "Body temperature", round(R.uniform(36, 39), 1), "Cel"),
                                          ("8867-4", "Heart rate", R.randint(55, 125), "/min"),
                                          ("59408-5", "SpO2 by pulse oximetry", R.randint(88, 99), "%"),
                                          ("2339-0", "Glucose", R.randint(60, 240), "mg/dL")])
        o = {"resourceType": "Observation", "id": "obs-" + hexs(10), "status": "final",
             "code": {"coding": [{"system": "http://loinc.org", "code": code, "display": disp}]},
             "subject": {"reference": Seg("Patient/", P(rid, "mrn"))},
             "effectiveDateTime": P(iso(ts - dt.timedelta(minutes=R.randint(1, 20)), False), "date"),
             "valueQuantity": {"value": val, "unit": unit, "system": "http://unitsofmeasure.org"},
             "performer": [{"display": "Kirsten Vangen, MO"}]}
    elif kind == "Encounter":
        o = {"resourceType": "Encounter", "id": "enc-" + hexs(8), "status": "in-progress",
             "class": {"code": "EMER"}, "identifier": [{"value": P("ENC-24-%04d" % R.randint(800, 999), "other_id")}],
             "subject": {"reference": Seg("Patient/", P(rid, "mrn")), "display": P(full(p), "name")},
             "period": {"start": P(iso(ts - dt.timedelta(hours=R.randint(1, 30)), False), "date")},
             "serviceProvider": {"display": "Halvorsen Station Sick Bay"}}
    else:
        pp = PT["priya"]
        o = {"resourceType": "Device", "id": "dev-" + hexs(6), "status": "active",
             "manufacturer": "Tandem Diabetes Care", "deviceName": [{"name": "t:slim X2", "type": "model-name"}],
             "serialNumber": P("11403927", "device"), "lotNumber": "2305114",
             "patient": {"reference": Seg("Patient/", P(pp["mrn"].lower(), "mrn"))}}
    return [("fhir", J(B(), o))]


DRUGS = [("Morphine sulfate", "10 mg/mL amp"), ("Fentanyl citrate", "100 mcg/2 mL amp"), ("Ketamine", "200 mg/20 mL vial"),
         ("Midazolam", "5 mg/mL amp"), ("Oxycodone", "5 mg tab"), ("Diazepam", "5 mg tab")]


def g_cdreg(ts):
    b = B()
    d, f = R.choice(DRUGS)
    bal = R.randint(4, 40)
    lot = "%s%d" % (R.choice(["HK", "PF", "2B", "LT"]), R.randint(10000, 99999))
    if R.random() < 0.45:
        line(b, ts.strftime("%Y-%m-%d %H:%M"), "\tHLV\t", d, "\t", f, "\t", lot, "\t2026-0%d\t%d\t0\t%d\tRESTOCK PO-HLV-24-%04d\t-\tkvangen\tfmccrae" %
             (R.randint(1, 9), R.choice([10, 20, 5]), bal, R.randint(100, 999)))
    else:
        p = PT[R.choice(SICK)]
        line(b, ts.strftime("%Y-%m-%d %H:%M"), "\tHLV\t", d, "\t", f, "\t", lot, "\t2026-0%d\t0\t1\t%d\t" % (R.randint(1, 9), bal),
             P(p["mrn"], "mrn"), "\t", P(p["last"].upper() + " " + p["first"][0], "name"), "\tkvangen\t",
             R.choice(["fmccrae", "obartholomew", "lschmidt"]))
    return [("cdreg_tsv", b)]


def g_istat(ts):
    out = []
    p = PT[R.choice(["frost", "priya", "declan", "dorothy", "marcus"])]
    out.append(("istat_astm", B().t("H|\\^&|||i-STAT 1^Abbott^Analyzer SN 374211^JAMS 4.20|||||||P|1|%s" % ts.strftime("%Y%m%d%H%M%S"))))
    b = B()
    line(b, "P|1||", P(p["mrn"], "mrn"), "||", P(p["last"] + "^" + p["first"], "name"), "||", P(dob_hl7(p), "date"), "|", p["sex"])
    out.append(("istat_astm", b))
    b = B()
    spec = "SPC%s%04d" % (ts.strftime("%y%m%d"), R.randint(1, 60))
    line(b, "O|1|", P(spec, "other_id"), "||^^^", R.choice(["CHEM8+", "CG4+", "cTnI"]), "|R|",
         P((ts - dt.timedelta(minutes=4)).strftime("%Y%m%d%H%M%S"), "date"), "|||||||||||||Cartridge lot Q%d^exp 2025-01-31" % R.randint(24000, 24999))
    out.append(("istat_astm", b))
    for i, (an, v, u, rr) in enumerate(R.sample([("Na", R.randint(131, 146), "mmol/L", "138-146"), ("K", round(R.uniform(3.2, 5.2), 1), "mmol/L", "3.5-4.9"),
                                                 ("Glu", R.randint(70, 240), "mg/dL", "70-105"), ("Hct", R.randint(30, 50), "%PCV", "38-51"),
                                                 ("Lac", round(R.uniform(0.6, 4.1), 2), "mmol/L", "0.36-1.25")], 3)):
        out.append(("istat_astm", B().t("R|%d|^^^%s|%s|%s|%s|%s||F||kvangen" % (i + 1, an, v, u, rr, "N" if R.random() < 0.6 else "H"))))
    out.append(("istat_astm", B().t("L|1|N")))
    return out


UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
      "kube-probe/1.29", "python-requests/2.31.0", "VidaLinkPatient/4.2.0 (iPhone; iOS 17.5)"]


def g_nginx(ts):
    b = B()
    t = ts.strftime("%d/%b/%Y:%H:%M:%S +0000")
    k = R.choices(["static", "health", "pt", "inv", "wx", "portal", "roster"], [10, 6, 9, 4, 4, 3, 3])[0]
    ip = "10.42.3.%d" % R.randint(10, 60)
    user = R.choice(["kvangen", "nhaddad", "-", "fmccrae"])
    if k == "portal":
        p = PT[R.choice(["frost", "dorothy", "priya"])]
        tc = "TC-24-%04d" % R.randint(216, 240)
        ip_home = "%d.%d.%d.%d" % (R.choice([73, 98, 174, 24]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        line(b, P(ip_home, "ip"), " - - [", t, "] \"GET ", P("/join/%s?pt=%s&tok=%s" % (tc, p["mrn"], hexs(20)), "url"),
             " HTTP/2.0\" 200 %d \"-\" \"%s\" rt=%.3f host=telemed.aurorapolar.org" % (R.randint(2000, 9000), UA[4], R.uniform(0.01, 0.3)))
        return [("nginx_access", b)]
    line(b, ip, " - ", user, " [", t, "] \"")
    if k == "static":
        line(b, "GET /static/js/app.%s.js HTTP/1.1\" 200 %d \"https://emr.hlv.local/\" \"%s\"" % (hexs(8), R.randint(20000, 400000), R.choice(UA[:2])))
    elif k == "health":
        line(b, "GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\"")
    elif k == "inv":
        line(b, "GET /emr/api/v2/inventory?sku=%s&lot=%s HTTP/1.1\" 200 %d \"-\" \"%s\"" % (R.choice(["ISTAT-CHEM8P", "BD-303176", "MED-CEFTX-2G"]),
                                                                                     "Q%d" % R.randint(24000, 24999), R.randint(300, 3000), R.choice(UA[:2])))
    elif k == "wx":
        line(b, "GET /wx/metar/AQHV?hours=6 HTTP/1.1\" 200 %d \"-\" \"%s\"" % (R.randint(800, 3000), UA[3]))
    elif k == "roster":
        line(b, "GET /ops/roster/W24-HLV.csv HTTP/1.1\" 304 0 \"-\" \"%s\"" % R.choice(UA[:2]))
    else:
        p = PT[R.choice(SICK)]
        path = R.choice(["/emr/api/v2/patients/%s/chart", "/emr/api/v2/patients/%s/vitals?since=24h",
                         "/emr/ui/encounter/new?mrn=%s", "/emr/api/v2/patients/%s/attachments/wound-01.jpg"]) % p["mrn"]
        line(b, R.choice(["GET", "GET", "POST"]), " ", P(path, "url"), " HTTP/1.1\" 200 %d \"https://emr.hlv.local/\" \"%s\"" %
             (R.randint(400, 90000), R.choice(UA[:2])))
    b.t(" rt=%.3f" % R.uniform(0.001, 0.6))
    return [("nginx_access", b)]


def g_trace(ts):
    out = []
    th = "dicom-fwd-%d" % R.randint(1, 6)
    stamp = ts.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (ts.microsecond // 1000)
    if R.random() < 0.5:
        p = PT[R.choice(["frost", "aroha", "marcus"])]
        out.append(("java_trace", B().t("%s ERROR [%s] c.v.gw.dicom.StoreScu - C-STORE to FRUMC_PACS failed, will retry (attempt %d/5)" % (stamp, th, R.randint(1, 4)))))
        b = B()
        line(b, "com.vidalink.gateway.dicom.DicomValidationException: PN value '", P("^".join(x for x in (p["last"].upper(), p["first"].upper(), p["mid"]) if x), "name"),
             "' for tag (0010,0010) rejected by AE FRUMC_PACS: invalid character repertoire")
        out.append(("java_trace", b))
    else:
        out.append(("java_trace", B().t("%s ERROR [%s] c.v.gw.dicom.AssociationPool - association to 193.157.44.21:11112 aborted" % (stamp, th))))
        out.append(("java_trace", B().t("java.net.SocketTimeoutException: Read timed out after 30000 ms")))
    frames = ["\tat com.vidalink.gateway.dicom.StoreScu.send(StoreScu.java:%d)" % R.randint(100, 400),
              "\tat com.vidalink.gateway.dicom.ForwardJob.run(ForwardJob.java:%d)" % R.randint(40, 120),
              "\tat org.dcm4che3.net.Association.cstore(Association.java:%d)" % R.randint(900, 1200),
              "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
              "\tat java.base/java.lang.Thread.run(Thread.java:1583)"]
    for f in frames[:R.randint(3, 5)]:
        out.append(("java_trace", B().t(f)))
    out.append(("java_trace", B().t("\t... %d more" % R.randint(6, 20))))
    return out


def g_metar(ts):
    t = ts.replace(minute=50 if R.random() < 0.8 else ts.minute)
    typ = "METAR" if t.minute == 50 else "SPECI"
    s = "%s AQHV %sZ %03d%02dG%02dKT %04d %s VV%03d M%02d/M%02d Q%04d RMK SFC VIS %d BLSN" % (
        typ, t.strftime("%d%H%M"), R.randrange(40, 130, 10), R.randint(15, 40), R.randint(40, 60),
        R.choice([200, 400, 800, 1500, 3000]), R.choice(["+BLSN", "BLSN", "-SN BLSN", "IC"]),
        R.choice([1, 2, 3, 5]), R.randint(30, 58), R.randint(34, 62), R.randint(940, 990), R.choice([100, 300, 600]))
    return [("metar", B().t(s))]


def g_scada(ts):
    b = B()
    b.t("%s plant=HLV-PWR unit=G%d kw=%.1f kvar=%.1f hz=%.2f v_ll=%d coolant_c=%d oil_kpa=%d fuel_day_tank_l=%d runhrs=%d alarm=%s fw=DSE8610-v5.1.12" % (
        iso(ts, False), R.randint(1, 3), R.uniform(150, 260), R.uniform(20, 60), R.uniform(49.9, 50.1), R.randint(396, 404),
        R.randint(74, 90), R.randint(300, 420), R.randint(600, 2200), R.randint(40000, 42000),
        R.choice(["none", "none", "none", "LOW_FUEL_WARN", "GLYCOL_TEMP_HI"])))
    return [("scada_power", b)]


CHAT_PLAIN = [
    ("fmccrae", "station-ops", "Skiway groomers out 0800 if vis > 800 m. Hold all outdoor work otherwise."),
    ("obartholomew", "comms", "VSAT beam switch to IS-37e at 0300Z, expect ~4 min outage. Telemed please avoid that window."),
    ("galley", "general", "Midwinter dinner menu is on the wiki. RSVP by Thursday 20th!"),
    ("kvangen", "med-ops", "Restock in: 2 boxes i-STAT CHEM8+ lot Q24118 exp 2025-01, stored 2-8C fridge B."),
    ("jthorsby", "airops", "C-GKBQ positioned at Harrow Point, crew rest till 1800Z. Next wx gate 0600Z."),
    ("obartholomew", "comms", "Certus terminal rebooted, fw 1.8.2-314 applied. Ticket INC-20417 closed."),
    ("fmccrae", "station-ops", "Fire drill 1400 today, muster at the Red Shed. Doors to the medical wing stay shut."),
    ("kvangen", "med-ops", "Reminder to all: hand hygiene, we have 3 URTIs this week. Masks at galley servery."),
    ("tnovotna", "airops", "Flight nurse kit checked: Zoll X Series SN AR14J008812 charged, LTV 1200 vent ok."),
    ("fmccrae", "station-ops", "Call with HQ (303-492-7710) moved to 2100Z. Dial-in on the usual bridge."),
]


def g_chat(ts):
    if R.random() < 0.45:
        u, ch, m = R.choice(CHAT_PLAIN + [
            ("fmccrae", "station-ops", "Wind %d kt gusting %d, outdoor work suspended until %02d00." % (R.randint(30, 45), R.randint(50, 70), R.randint(8, 20))),
            ("obartholomew", "comms", "VSAT C/N down to %.1f dB, snow on the radome again, heading out at %02d30." % (R.uniform(2, 4), R.randint(7, 19))),
            ("kvangen", "med-ops", "Sick bay closed for cleaning %02d00-%02d00, call ext 2222 for urgent." % ((lambda h: (h, h + 1))(R.randint(8, 16))))])
        msg = Seg(m)
    else:
        u, ch = "kvangen", "med-ops"
        fr, pr, dor, mw, tom = PT["frost"], PT["priya"], PT["dorothy"], PT["marcus"], PT["tomas"]
        opts = [
            Seg(P(fr["first"], "name"), "'s WBC %.1f and rebound RLQ. Booking FRUMC surgical consult for %02d00Z." % (R.uniform(14, 19), R.randint(10, 22))),
            Seg("FYI ", P("R. Frost", "name"), " (", P(fr["mrn"], "mrn"), ") likely needs medevac, see ", P("TC-24-0193", "other_id"), "."),
            Seg("Obs for ", P(fr["mrn"], "mrn"), " q%dh overnight please, call me if HR > 120 or T > 38.5." % R.choice([1, 2])),
            Seg(P(fr["first"], "name"), " on IV ceftriaxone + metronidazole, pain %d/10, NBM. Dr Okafor wants repeat US in %dh." % (R.randint(2, 7), R.choice([4, 6, 8]))),
            Seg("Night shift: ", P(PT["grace"]["first"], "name"), " PHQ-9 today %d, safety plan in place, f/u Fri." % R.randint(6, 14)),
            Seg(P(PT["siobhan"]["first"], "name"), "'s palm lac closed with %d sutures, ROS day 10." % R.randint(3, 7)),
            Seg("ECG for ", P(PT["declan"]["last"], "name"), " reviewed with Dr Escobedo: no acute ST change, trop neg x2."),
            Seg(P(pr["first"], "name"), "'s CGM transmitter died; swapped to spare, new SN ", P("8GH41207", "device"), "."),
            Seg(P(full(dor), "name"), ", ", P(dor["age"], "age"), ", off MV Southern Aurora, helo landing 1630Z with ?NOF R hip."),
            Seg("Spoke with ", P(mw["nok"][0], "name"), " on ", P(mw["nok"][2], "phone"), " re ", P(mw["first"], "name"), "'s wrist, she is fine with him staying."),
            Seg(P(tom["first"], "name"), " dental abscess drained, Dr Achterberg (FRUMC) happy with plan."),
        ]
        msg = R.choice(opts)
        if R.random() < 0.3:
            u, ch = "fmccrae", "med-ops"
            msg = Seg("Copy. I'll ring ", P(fr["nok"][0].split()[0], "name"), " once ", P(fr["first"], "name"), " says OK.")
    o = {"type": "post", "create_at": epoch_ms(ts), "team": "halvorsen", "channel": ch, "user": u, "message": msg,
         "id": hexs(26)}
    return [("mm_chat", J(B(), o, asc=False))]


def g_sbd(ts):
    b = B()
    unit = "300534061%06d" % R.choice([418802, 518220, 771034])
    line(b, ts.strftime("%Y-%m-%d %H:%M:%SZ"), " sbd-gw MO imei=", unit, " momsn=%d txt='" % R.randint(100, 3000))
    k = R.choice(["wm1", "wm2", "wm3", "ship", "ok", "pos", "mo"])
    mw, dor = PT["marcus"], PT["dorothy"]
    if k == "wm1":
        line(b, "FP2: ", P(full(mw), "name"), " snowmobile rollover, conscious, ?L wrist fx + R knee, GCS15. POS ",
             P("S71 41.22 E003 12.09", "address"), " need advice + pickup")
    elif k == "wm2":
        line(b, "FP2 upd: ", P("MW", "name"), " pain 5/10 after 2x paracetamol, fingers warm, cap refill <2s")
    elif k == "wm3":
        line(b, "FP2: ", P("Winter", "name"), " ok to move, tent struck, waiting at ", P("S71 41.22 E003 12.09", "address"))
    elif k == "ship":
        line(b, "MV SOUTHERN AURORA to HLV: pax ", P("D. ABERNATHY-KLING", "name"), " DOB ", P(dob_us(dor), "date"),
             " ?NOF R hip, req helo landing HLV pad 1630Z")
    elif k == "ok":
        line(b, "FP4 daily sched all well, wind 25kt, -38C, fuel 6 drums")
    elif k == "pos":
        line(b, "FP4 pos S72 %02d.%02d E002 %02d.%02d moving camp, next sched 0700Z" % (R.randint(0, 59), R.randint(0, 99), R.randint(0, 59), R.randint(0, 99)))
    else:
        line(b, "HLV MED to FP2: splint as found, keep warm, PB-3 dispatched ETA 3h. Vangen")
    b.t("'")
    return [("sbd_text", b)]


def g_x12(ts):
    b = B()
    k = R.choice(["frost", "dorothy", "priya"])
    p = PT[k]
    d = ts.strftime("%y%m%d")
    ctl = "%09d" % R.randint(400, 999)
    payer, pid = ("GLOBAL HEALTH ASSURANCE", "87726") if k != "dorothy" else ("WORLDTRAVEL ASSIST", "TA118")
    line(b, "ISA*00*          *00*          *ZZ*AURORAPOLAR    *ZZ*%-15s*%s*%s*^*00501*%s*0*P*:~" % (pid, d, ts.strftime("%H%M"), ctl),
         "GS*HS*AURORAPOLAR*%s*%s*%s*%d*X*005010X279A1~ST*270*0001*005010X279A1~BHT*0022*13*TRN%s*%s*%s~" % (
             pid, ts.strftime("%Y%m%d"), ts.strftime("%H%M"), int(ctl), ctl[-4:], ts.strftime("%Y%m%d"), ts.strftime("%H%M")),
         "HL*1**20*1~NM1*PR*2*%s*****PI*%s~HL*2*1*21*1~NM1*1P*2*AURORA POLAR INSTITUTE*****XX*%s~HL*3*2*22*0~" % (payer, pid, ORG_NPI),
         "NM1*IL*1*", P(p["last"].upper(), "name"), "*", P(p["first"].upper(), "name"), "*", P(p["mid"], "name"), "***MI*",
         P(p["plan"] if k != "dorothy" else p["plan"], "health_plan"), "~DMG*D8*", P(dob_hl7(p), "date"), "*", p["sex"],
         "~DTP*291*D8*", P(ts.strftime("%Y%m%d"), "date"), "~EQ*30~SE*13*0001~GE*1*%d~IEA*1*%s~" % (int(ctl), ctl))
    return [("x12", b)]


def g_pq(ts, k=None):
    k = k or R.choice(["frost", "priya", "marcus", "hyejin", "aroha", "grace", "siobhan"])
    p = PT[k]
    b = B()
    exam = dt.date(2023, R.randint(8, 12), R.randint(1, 28)).isoformat()
    line(b, "<PQRecord xmlns=\"urn:aurora:pq:2\" ver=\"2.3\"><Expeditioner id=\"", P(p["exp"], "other_id"), "\"><Name><Family>",
         P(p["last"], "name"), "</Family><Given>", P(p["first"], "name"), "</Given></Name><DOB>", P(dob_iso(p), "date"),
         "</DOB><Passport country=\"", p["nat"], "\">", P(p["passport"], "other_id"), "</Passport>")
    if p["dl"]:
        line(b, "<DriverLicence>", P(p["dl"], "license"), "</DriverLicence>")
    if p["ssn"] and R.random() < 0.5:
        line(b, "<SSN>", P(p["ssn"], "ssn"), "</SSN>")
    line(b, "<Contact><Email>", P(p["email"], "email"), "</Email><Mobile>", P(p["phone"], "phone"), "</Mobile></Contact>",
         "<EmergencyContact rel=\"", p["nok"][1], "\"><Name>", P(p["nok"][0], "name"), "</Name><Phone>", P(p["nok"][2], "phone"), "</Phone>")
    if k == "marcus":
        line(b, "<Fax>", P("(406) 587-0931", "fax"), "</Fax>")
    line(b, "</EmergencyContact><Exam date=\"", P(exam, "date"), "\" examiner=\"Dr. Samuel Achterberg\" npi=\"", CONSULTANTS[3][2],
         "\"><Status>", R.choice(["PQ", "PQ-W"]), "</Status><Waiver>", R.choice(["none", "T1DM w/ CGM", "LASIK"]), "</Waiver></Exam>")
    if R.random() < 0.5:
        line(b, "<Photo mime=\"image/jpeg\">", P(b64blob(90, b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00"), "photo"), "</Photo>")
    b.t("</Expeditioner></PQRecord>")
    return [("pq_xml", b)]


def g_pg(ts):
    b = B()
    stamp = ts.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (ts.microsecond // 1000)
    pid = R.randint(20000, 30000)
    k = R.choices(["sel", "ins", "upd", "ckpt", "vac", "conn"], [6, 3, 2, 4, 3, 3])[0]
    line(b, stamp, " [%d] " % pid)
    p = PT[R.choice(SICK)]
    if k == "sel":
        line(b, "polaris@emr LOG:  AUDIT: SESSION,%d,1,READ,SELECT,,,\"SELECT enc_id, cc, opened_at FROM encounters WHERE mrn = '" % R.randint(10, 900),
             P(p["mrn"], "mrn"), "' ORDER BY opened_at DESC LIMIT 5\",<not logged>")
    elif k == "ins":
        line(b, "polaris@emr LOG:  AUDIT: SESSION,%d,1,WRITE,INSERT,,,\"INSERT INTO patients (mrn, family, given, dob, phone) VALUES ('" % R.randint(10, 900),
             P(p["mrn"], "mrn"), "', '", P(p["last"].replace("'", "''"), "name"), "', '", P(p["first"], "name"), "', '",
             P(dob_iso(p), "date"), "', '", P(p["phone"], "phone"), "')\",<not logged>")
    elif k == "upd":
        line(b, "polaris@emr LOG:  AUDIT: SESSION,%d,1,WRITE,UPDATE,,,\"UPDATE encounters SET status = 'discharged', closed_at = '" % R.randint(10, 900),
             P(dday(ts) + " " + ts.strftime("%H:%M"), "date"), "' WHERE enc_id = '", P("ENC-24-%04d" % R.randint(800, 999), "other_id"), "'\",<not logged>")
    elif k == "ckpt":
        line(b, "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, %d removed; write=%.3f s, sync=%.3f s" % (
            R.randint(100, 4000), R.uniform(0.1, 9), R.randint(0, 3), R.uniform(1, 60), R.uniform(0.001, 0.2)))
    elif k == "vac":
        line(b, "LOG:  automatic vacuum of table \"emr.public.vitals\": index scans: 1, pages: 0 removed, %d remain, tuples: %d removed" % (
            R.randint(300, 3000), R.randint(0, 900)))
    else:
        line(b, "LOG:  connection authorized: user=%s database=emr application_name=polaris-emr SSL enabled (protocol=TLSv1.3)" % R.choice(["polaris", "svc-sync", "grafana_ro"]))
    return [("pgaudit", b)]


def g_dicom(ts):
    b = B()
    stamp = "I%s %s.%06d" % (ts.strftime("%m%d"), ts.strftime("%H:%M:%S"), R.randint(0, 999999))
    k = R.choices(["recv", "job", "start", "pq"], [5, 4, 2, 2])[0]
    if k == "recv":
        p = PT[R.choice(["frost", "aroha", "marcus", "dorothy", "declan"])]
        line(b, stamp, " ServerContext.cpp:%d] New instance stored from AET US_HLV_01 (Butterfly iQ3 SN BQ3-00217): PatientID=" % R.randint(400, 700),
             P(p["mrn"], "mrn"), " PatientName=", P("%s^%s" % (p["last"].upper(), p["first"].upper()), "name"),
             " PatientBirthDate=", P(dob_hl7(p), "date"), " StudyDate=", P(ts.strftime("%Y%m%d"), "date"),
             " AccessionNumber=", P("HLVUS%s-%02d" % (ts.strftime("%y%m%d"), R.randint(1, 6)), "other_id"), " Modality=US")
    elif k == "job":
        line(b, stamp, " JobsEngine.cpp:%d] Job %s (SendToModality FRUMC_PACS) %s, %d instances" % (
            R.randint(100, 300), uuid(), R.choice(["completed", "failed, retry scheduled", "started"]), R.randint(1, 80)))
    elif k == "start":
        line(b, stamp, " main.cpp:%d] Orthanc version: 1.12.3, storage compression: level 2, DICOM port 4242, HTTP port 8042" % R.randint(1500, 1700))
    else:
        line(b, stamp, " HttpServer.cpp:%d] (http) GET /instances/%s-%s-%s-%s-%s/preview from 10.42.3.%d" % (
            R.randint(1000, 1300), hexs(8), hexs(8), hexs(8), hexs(8), hexs(8), R.randint(10, 60)))
    return [("dicom_store", b)]


def g_pax(ts):
    out = []
    out.append(("pax_fixed", B().t("MANIFEST ATL-24-W03  C-GKBQ BT-67  AQHV-AHPT  ETD %sZ  PAGE 1/1" % ts.strftime("%d%b%y %H%M").upper())))
    out.append(("pax_fixed", B().t("SEQ NAME                           EXP_ID        ROLE        WT_KG BAG_KG MEDCLR")))
    rows = [(PT["frost"], "PATIENT", "LITTER"), ("NOVOTNA, TEREZA", "MED ESCORT", "CREW"),
            (R.choice(ROSTER_EXTRA[:5]), "PAX", "PQ"), (PT["declan"], "PAX", "PQ-W")]
    for i, (p, role, clr) in enumerate(rows):
        b = B()
        b.t("%03d " % (i + 1))
        if isinstance(p, str):
            b.t("%-30s %-13s " % (p, "STAFF-0417"))
        else:
            nm = (p["last"] + ", " + p["first"]).upper()
            b.p(nm, "name").t(" " * (30 - len(nm)) + " ")
            b.p(p["exp"], "other_id").t(" " * (13 - len(p["exp"])) + " ")
        b.t("%-11s %5d %6d %s" % (role, R.randint(55, 105), R.randint(0, 40), clr))
        out.append(("pax_fixed", b))
    out.append(("pax_fixed", B().t("TOTAL PAX 4  LITTER 1  TOW %d KG  PREPARED BY AIROPS/JTHORSBY" % R.randint(11800, 12900))))
    return out


def g_rare_billing(ts):
    p = PT["dorothy"]
    b = B()
    cc = card("4539")
    line(b, "ts=", iso(ts, False), " svc=airops-billing host=hq-airops-02 evt=cost_recovery casualty_ref=", P("MEDEVAC-24-004", "other_id"),
         " payer=\"WorldTravel Assist\" policy=", P(p["plan"], "health_plan"), " guarantor=\"", P(p["nok"][0], "name"),
         "\" card=", P(cc, "account"), " exp=11/27 amount_usd=84650.00 invoice=INV-API-24-0388 status=AUTH_OK")
    return [("airops_kv", b)]


def g_rare_billing_bad(ts):
    p = PT["dorothy"]
    b = B()
    bad = card("5412")
    bad = bad[:-1] + str((int(bad[-1]) + 3) % 10)  # junk number that fails Luhn
    line(b, "ts=", iso(ts, False), " svc=airops-billing host=hq-airops-02 evt=cost_recovery_declined casualty_ref=",
         P("MEDEVAC-24-004", "other_id"), " card=", P(bad, "account"), " reason=luhn_check_failed pt_acct=",
         P("PA-HLV-%06d" % 4520, "account"), " retry=manual")
    return [("airops_kv", b)]


def g_rare_mbi(ts):
    p = PT["dorothy"]
    o = {"level": 30, "time": epoch_ms(ts), "pid": 2231, "hostname": "hlv-sickbay-01", "svc": "polaris-emr", "v": "3.14.2",
         "msg": "coverage.added", "pt_mrn": P(p["mrn"], "mrn"),
         "coverage": [{"type": "medicare", "mbi": P(p["mbi"], "health_plan")},
                      {"type": "travel", "insurer": "WorldTravel Assist", "policy": P(p["plan"], "health_plan")}],
         "home": {"street": P(p["street"], "address"), "city": P(p["city"], "address"), "state": "FL", "zip": P(p["zip"], "zip")}}
    return [("sickbay_emr", J(B(), o))]


def g_rare_ssnjunk(ts):
    p = PT["hyejin"]
    o = {"level": 40, "time": epoch_ms(ts), "pid": 2240, "hostname": "hlv-sickbay-01", "svc": "polaris-emr", "v": "3.14.2",
         "msg": "import.validation_failed", "source": "pq-import", "pt_mrn": P(p["mrn"], "mrn"), "field": "ssn",
         "value": P("000-61-4482", "ssn"), "rule": "SSA area 000 invalid"}
    return [("sickbay_emr", J(B(), o))]


def g_rare_nhi(ts):
    p = PT["aroha"]
    o = {"resourceType": "Patient", "id": Seg(P(p["mrn"].lower(), "mrn")),
         "identifier": [{"system": "https://standards.digital.health.nz/ns/nhi-id", "value": P(p["nhi"], "mrn")},
                        {"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": P(p["mrn"], "mrn")}],
         "name": [{"family": P(p["last"], "name"), "given": [P(p["first"], "name")]}], "gender": "female",
         "birthDate": P(dob_iso(p), "date"),
         "address": [{"line": [P(p["street"], "address")], "city": P(p["city"], "address"), "postalCode": P(p["zip"], "zip"), "country": "NZ"}]}
    return [("fhir", J(B(), o))]


def g_rare_wcomp(ts):
    p = PT["marcus"]
    b = B()
    line(b, "ts=", iso(ts, False), " svc=airops-billing host=hq-airops-02 evt=wc_claim_opened claimant=\"", P(full(p), "name"),
         "\" claim_no=", P("WC-CO-24-118204", "other_id"), " doi=", P("2024-06-18", "date"), " ssn=", P(p["ssn"], "ssn"),
         " carrier=\"Pinnacol Assurance\" adjuster=\"R. Delgado\"")
    return [("airops_kv", b)]


GENS = [  # (fn, weight)
    (g_emr, 50), (g_telemed, 44), (g_syslog, 40), (g_airops, 26), (g_fhir, 14), (g_cdreg, 18), (g_nginx, 40),
    (g_metar, 22), (g_scada, 28), (g_chat, 28), (g_sbd, 14), (g_pq, 9), (g_pg, 20), (g_dicom, 14),
]
BLOCKS = [(g_hl7, 4), (g_istat, 2), (g_trace, 2), (g_rotation, 2), (g_pax, 1), (g_x12, 3), (g_rare_billing, 1),
          (g_rare_billing_bad, 1), (g_rare_mbi, 1), (g_rare_ssnjunk, 1), (g_rare_nhi, 1), (g_rare_wcomp, 1),
          (lambda ts: g_pq(ts, "marcus"), 1)]  # multi-line groups, fixed counts

TARGET = 500


def main():
    groups = []
    windows = {g_pax: (66, 72), g_rare_billing: (80, 96), g_rare_billing_bad: (78, 90), g_rare_mbi: (50, 60)}
    for fn, n in BLOCKS:
        for _ in range(n):
            ts = rts(*windows.get(fn, (0, 96)))
            groups.append((ts, fn(ts)))
    total = sum(len(g) for _, g in groups)
    fns = [f for f, _ in GENS]
    ws = [w for _, w in GENS]
    while total < TARGET:
        fn = R.choices(fns, ws)[0]
        ts = rts()
        g = fn(ts)
        groups.append((ts, g))
        total += len(g)
    assert total == TARGET, total
    groups.sort(key=lambda x: x[0])
    logf = open(OUTLOG, "wb")
    labf = open(OUTLAB, "w", encoding="utf-8", newline="\n")
    n = 0
    for _, g in groups:
        for fam, b in g:
            n += 1
            data = bytes(b.buf)
            if b"\n" in data or b"\r" in data or not data.strip():
                raise SystemExit("bad line %d" % n)
            data.decode("utf-8")
            last = 0
            spans = []
            for s, e, cat, val in sorted(b.spans):
                if not (0 <= s < e <= len(data)):
                    raise SystemExit("span out of range line %d" % n)
                if s < last:
                    raise SystemExit("overlap line %d" % n)
                if data[s:e].decode("utf-8") != val:
                    raise SystemExit("span mismatch line %d: %r != %r" % (n, data[s:e], val))
                last = e
                spans.append({"s": s, "e": e, "cat": cat})
            logf.write(data + b"\n")
            labf.write(json.dumps({"line": n, "family": fam, "spans": spans}) + "\n")
    logf.close()
    labf.close()
    assert n == TARGET


if __name__ == "__main__":
    main()
