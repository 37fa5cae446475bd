#!/usr/bin/env python3
"""Synthetic, labeled log corpus "rz": decedent-affairs office of a hospital.

Organisation: St. Brendan Regional Medical Center (SBRMC), Columbus OH, its
Decedent Affairs Office and its partners: the county Office of the Medical
Examiner (ME), the organ-procurement organisation "Lifeline of Central Ohio"
(LCO), contracted funeral homes, the Olentangy Valley Crematory and the state
electronic death registration system (EDRS).  All people, numbers and
addresses are made up.  Output: rz.log (500 lines) and rz.labels.jsonl.

Systems simulated (label "family" in brackets)
  1. DecedentTrack case app, Python structlog JSON            [da_app_json]
  2. EHR -> interface engine HL7 v2.5.1 ADT^A03 (expired) and ACKs,
     one segment per line                                     [hl7_adt]
  3. EHR note service: death pronouncement notes (free text) [ehr_note]
  4. Morgue cooler inventory export, CSV                     [morgue_csv]
  5. ME death-report portal, logfmt                          [me_logfmt]
  6. OPO referral line call log, pipe delimited              [opo_pipe]
  7. E-signature vendor webhooks, release-of-remains (JSON)  [esign_json]
  8. EDRS FHIR VRDR submissions (one-line Bundle JSON)       [vrdr_fhir]
  9. EDRS state acknowledgements, XML                        [edrs_xml]
 10. Cremation permit batch to ME, fixed width               [cremation_fw]
 11. Release / funeral-home portal, nginx access log         [nginx_access]
 12. SMS gateway (Twilio-style callbacks), JSON              [sms_gw]
 13. Bereavement follow-up mailing queue, TSV                [bereave_tsv]
 14. syslog: badge readers (Lenel), cooler temperature probes, RightFax [syslog]
 15. EDRS bridge Java service log with stack traces           [java_trace]
 16. PostgreSQL pgaudit                                      [pgaudit]
 17. Teams chat export of the Decedent Affairs channel       [teams_chat]
 18. Kubernetes / infra (klog, cert-manager, kafka lag)      [k8s_infra]
 19. RightFax job log (key=value)                            [fax_log]
 20. Autopsy request module, key=value                       [autopsy_kv]

Labeling decisions (grey cases)
  * People served = the deceased patients (decedents) and their next of kin
    (NOK), informants and consent-givers.  Their identifiers are PHI.
  * Not PHI: SBRMC staff (decedent-affairs coordinators, RNs, physicians
    incl. NPIs, chaplains, pathologists), ME investigators, OPO
    coordinators, funeral directors and drivers, their licence numbers,
    the funeral homes', crematory's, ME's and hospital's names, addresses,
    phones, faxes, e-mails and server/office IPs, removal-vehicle plates,
    hospital units/rooms/beds/cooler trays, the county of death when it
    is the hospital's county (place of death = the facility).
  * Dates: every date tied to a decedent/NOK is `date` (birth, death,
    admission, discharge, morgue intake/release, signature, autopsy,
    cremation, permit issue, bereavement-letter due date).  A date with a
    time is one span (whole value, e.g. "2024-11-04T03:42:00-05:00" or
    HL7 "202411040342").  The timestamp heading a log line (when it was
    written) is never labeled; a bare time of day ("0342") is not a date.
    Junk dates that fail validation (1941-02-30) are still labeled.
  * Ages: only > 89 labeled `age`.
  * Hospital/agency numbers that point at one decedent are `other_id`:
    decedent-affairs case no (DA24-nnnnn), ME case no, OPO referral no,
    EDRS case id, autopsy request id, toe-tag barcode, property envelope
    no, bereavement enrolment id, funeral-home's own case no.  MRN is
    `mrn`; the encounter/FIN and any full card PAN are `account`.
  * Death certificate state file numbers and cremation permit numbers are
    certificates of the person -> `license`; a NOK's driver's licence
    shown at release -> `license`.
  * Placeholder names for unidentified decedents ("TRAUMA, ZULU") are
    labeled `name` (they are the record's name value).
  * Decedent's own phone IMEI (property inventory) and pacemaker/ICD
    serials (must be removed before cremation) -> `device`.  Morgue
    scanners, printers and sensors of the hospital are not PHI.
  * VIN and plate of the decedent's car in an ME narrative -> `vehicle`.
  * ME identification photo (base64 JPEG) -> `photo`; AFIS fingerprint
    template (base64 FMR) -> `biometric`.
  * Personal signing links sent to NOK by SMS/e-mail -> the whole URL is
    `url`.  In access-log request lines only the identifier inside the
    path/query is labeled (other_id / percent-encoded email), and the NOK
    client IP on the signing pages is `ip`; funeral-home IPs are not.
  * Masked PANs (************4821) are not labeled; e-sign envelope UUIDs,
    message SIDs, trace ids and job numbers are software ids, not PHI.
  * Residence county and geocode (lat,lon) of a decedent/NOK -> `address`;
    city in the person's address -> `address`; ZIP always its own span.
  * Name split over two fields (CSV last,first) = two `name` spans; an HL7
    XPN "Last^First" is one `name` span.
  * A NOK's own fax number (copy of the release form) -> `fax`; the fax
    numbers of funeral homes, the ME and the hospital are not PHI.
  * Junk identifiers that fail validation (SSN 000-xx-xxxx) are still
    labeled with their category.
"""
import base64
import hashlib
import html
import json
import random
import sys
import unicodedata
from datetime import datetime, timedelta

R = random.Random(424242)
ID = "rz"

# ----------------------------------------------------------------- helpers


class LB:
    """Line builder: text parts with optional category; offsets by bytes."""

    def __init__(self, family):
        self.family = family
        self.parts = []

    def __call__(self, text, cat=None, raw=None, dec=None):
        self.parts.append((text, cat, raw, dec))
        return self

    def build(self):
        out = b""
        spans = []
        for text, cat, raw, dec in self.parts:
            b = text.encode("utf-8")
            if cat:
                spans.append(dict(s=len(out), e=len(out) + len(b), cat=cat,
                                  _text=text, _raw=raw, _dec=dec))
            out += b
        return out, spans


class P:
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


def jemit(lb, o, ascii_=True, sep=(",", ":")):
    if isinstance(o, dict):
        lb("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                lb(sep[0])
            lb(json.dumps(k) + sep[1])
            jemit(lb, v, ascii_, sep)
        lb("}")
    elif isinstance(o, list):
        lb("[")
        for i, v in enumerate(o):
            if i:
                lb(sep[0])
            jemit(lb, v, ascii_, sep)
        lb("]")
    elif isinstance(o, P):
        if isinstance(o.v, str):
            enc = json.dumps(o.v, ensure_ascii=ascii_)
            lb('"')
            lb(enc[1:-1], o.cat, o.v, "json")
            lb('"')
        else:
            lb(json.dumps(o.v), o.cat, o.v, "jsonnum")
    else:
        lb(json.dumps(o, ensure_ascii=ascii_))


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c)).replace("đ", "d").replace("Đ", "D")


def luhn_digit(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def npi():
    base = "1" + "".join(R.choice("0123456789") for _ in range(8))
    return base + luhn_digit("80840" + base)


def ssn(valid=True):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g, s = R.randint(1, 99), R.randint(1, 9999)
    if not valid:
        a = 0
    return "%03d-%02d-%04d" % (a, g, s)


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    AN = A + N
    pat = [("C",), A, AN, N, A, AN, N, A, A, N, N]
    out = R.choice("123456789")
    for p in pat[1:]:
        out += R.choice(p)
    return out


def vin():
    trans = {**{str(i): i for i in range(10)},
             **dict(zip("ABCDEFGH", range(1, 9))),
             **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
             **dict(zip("STUVWXYZ", range(2, 10)))}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["1HG", "2T1", "1FA", "3VW", "5YJ", "1G1"]) +
             "".join(R.choice(chars) for _ in range(5)) + "0" +
             R.choice("KLMNP") + R.choice("ABCDEFGHJ") +
             "".join(R.choice("0123456789") for _ in range(6)))
    c = sum(trans[ch] * w[i] for i, ch in enumerate(v)) % 11
    v[8] = "X" if c == 10 else str(c)
    return "".join(v)


def imei():
    b = R.choice(["35", "86", "01"]) + "".join(R.choice("0123456789") for _ in range(12))
    return b + luhn_digit(b)


def pan():
    b = "4" + "".join(R.choice("0123456789") for _ in range(14))
    return b + luhn_digit(b)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def phone_fmt(d, style):
    a, b, c = d[:3], d[3:6], d[6:]
    return {"dash": f"{a}-{b}-{c}", "paren": f"({a}) {b}-{c}", "dot": f"{a}.{b}.{c}",
            "e164": f"+1{a}{b}{c}", "raw": d, "hl7": f"({a}){b}-{c}"}[style]


def rphone():
    return R.choice(["614", "740", "380", "937", "513", "330"]) + \
        str(R.randint(201, 989)) + "%04d" % R.randint(0, 9999)


# ----------------------------------------------------------------- vocab

FM = ["Harold", "Tomasz", "Kwame", "Juan Carlos", "Hiroshi", "Desmond", "Rafael",
      "Will", "Ezekiel", "Bartholomew", "Chidi", "Søren", "Amir", "Dwayne",
      "Lorenzo", "Fitzgerald", "Ignacio", "Mykola", "Archibald", "Hunter", "Đức"]
FF = ["Dolores", "Mei-Ling", "Oluwaseun", "Zoë", "Bernadette", "Guadalupe",
      "Ingrid", "Faith", "Precious", "Winifred", "Renée", "Aaliyah", "Siobhan",
      "Marisol", "Hope", "Ebony", "Thuy", "Agnieszka", "Constance", "June", "Honor"]
LAST = ["Okafor", "Kowalczyk-Hale", "García-López", "van der Berg", "De la Cruz",
        "Nguyễn", "O'Brien", "Fairweather", "Stone", "Baker", "Summers", "Rose",
        "Bird", "Castellanos Ruiz", "Abernathy", "Haddad", "Lindqvist",
        "Mbeki-Thompson", "Whitlock", "Pennington", "Takahashi", "Moreau",
        "Ferreira da Silva", "Black", "Goodnight", "Mercer", "Achterberg",
        "Al-Rashid", "St. Clair", "Field", "Vasquez", "Oyelaran", "Brennan-Yates",
        "Kaczmarek", "Hunt", "Winter", "Love", "Shevchenko", "Mahlangu"]
CITIES = [("Columbus", "Franklin", ["43201", "43204", "43207", "43211", "43224", "43229"]),
          ("Westerville", "Delaware", ["43081", "43082"]),
          ("Grove City", "Franklin", ["43123"]), ("Reynoldsburg", "Licking", ["43068"]),
          ("Delaware", "Delaware", ["43015"]), ("Hilliard", "Franklin", ["43026"]),
          ("Gahanna", "Franklin", ["43230"]), ("Lancaster", "Fairfield", ["43130"]),
          ("Newark", "Licking", ["43055"]), ("Marysville", "Union", ["43040"]),
          ("Pickerington", "Fairfield", ["43147"]), ("Circleville", "Pickaway", ["43113"])]
STREETS = ["Maple Grove Rd", "Chestnut St", "Old Henderson Rd", "Sunbury Ln",
           "Cleveland Ave", "Karl Rd", "Indianola Ave", "Refugee Rd", "Parsons Ave",
           "Hamilton Rd", "Whispering Pines Ct", "Lazelle Rd", "E Livingston Ave",
           "Bethel Rd", "Cemetery Rd", "Hope Ave", "Rose Hill Dr"]
UNITS = ["", "", "", " Apt 4B", " Unit 12", " Lot 37", " #210"]
EMAILD = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "wowway.net", "att.net"]

STAFF = [("rsolis", "Renata Solís"), ("mwhitfield", "Marcus Whitfield"),
         ("tnakagawa", "Tess Nakagawa"), ("jboateng", "Joseph Boateng")]
PHYS = [("Priya Raman", npi()), ("Owen Tsai", npi()), ("Folasade Adeyemi", npi()),
        ("Ludmila Horvath", npi()), ("Grant Oduya", npi())]
RNS = ["K. Ibarra RN", "D. Lovell RN", "S. Petrakis RN", "A. Mendoza RN"]
ME_INV = ["T. Dorsey", "P. Szabo", "R. Kincaid"]
OPO_COORD = ["K. Marchetti", "B. Osei", "L. Faraday"]
PATH = "Henrik Aas"
CHAPLAIN = "Rev. Gareth Lund"
FHS = [dict(name="Hartley & Sons Funeral Home", short="HARTLEY", phone="6145550190", fax="6145550191",
            email="arrangements@hartleysons.com", ip="198.51.100.23", driver="L. Hartley", plate="HRS 2291", id="FH-0007", lic="FDL.0012231"),
       dict(name="Fernwood Chapel & Cremation", short="FERNWOOD", phone="6145550122", fax="6145550123",
            email="office@fernwoodchapel.com", ip="203.0.113.77", driver="M. Ortega", plate="FRN 7730", id="FH-0012", lic="FDL.0019874"),
       dict(name="Iglesias-Moreno Funeral Services", short="IGLESIASMO", phone="6145550160", fax="6145550161",
            email="im.funerals@outlook.com", ip="198.51.100.141", driver="R. Iglesias", plate="IMF 1042", id="FH-0019", lic="FDL.0021190"),
       dict(name="Greenlawn Family Mortuary", short="GREENLAWN", phone="7405550118", fax="7405550119",
            email="care@greenlawnfm.com", ip="192.0.2.58", driver="P. Vance", plate="GLM 0042", id="FH-0023", lic="FDL.0008820"),
       dict(name="Tran Memorial Chapel", short="TRANMEM", phone="6145550175", fax="6145550176",
            email="info@tranmemorial.com", ip="203.0.113.9", driver="D. Tran", plate="TMC 5518", id="FH-0031", lic="FDL.0024417")]
CREM = dict(name="Olentangy Valley Crematory", short="OLENTANGY VLY CREM", lic="CR-0042")
HOSP_PHONE = "6145550134"
HOSP_FAX = "6145550139"
CAUSES = ["Septic shock", "Acute myocardial infarction", "Metastatic pancreatic carcinoma",
          "Hypoxic respiratory failure", "Intracerebral hemorrhage", "End-stage renal disease",
          "Blunt force injuries of head and torso", "Multiorgan failure", "COPD exacerbation"]
RELS = [("DAU", "Daughter"), ("SON", "Son"), ("SPO", "Spouse"), ("SIS", "Sister"),
        ("BRO", "Brother"), ("NIE", "Niece"), ("GRD", "Guardian"), ("DOMPART", "Domestic partner")]

# ----------------------------------------------------------------- cases

WSTART = datetime(2024, 11, 4, 0, 0, 0)
WEND = datetime(2024, 11, 8, 0, 0, 0)


def person(sex=None, last=None):
    sex = sex or R.choice("MF")
    first = R.choice(FM if sex == "M" else FF)
    last = last or R.choice(LAST)
    return sex, first, last


def mkaddr():
    city, county, zips = R.choice(CITIES)
    street = "%d %s%s" % (R.randint(12, 9899), R.choice(STREETS), R.choice(UNITS))
    return dict(street=street, city=city, county=county, zip=R.choice(zips),
                lat="%.5f" % (39.96 + R.uniform(-0.3, 0.3)), lon="%.5f" % (-82.99 + R.uniform(-0.4, 0.4)))


def email_for(first, last):
    f, l = fold(first).lower().replace(" ", ""), fold(last).lower().replace(" ", "").replace("'", "")
    return R.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{R.randint(2, 99)}", f"{l}.{f}"]) + "@" + R.choice(EMAILD)


def mkcase(i, dod):
    sex, first, last = person()
    age = R.choice([34, 47, 58, 63, 67, 71, 74, 78, 81, 84, 86, 88, 90, 91, 93, 95, 97, 102])
    m, d = R.randint(1, 12), R.randint(1, 28)
    y = dod.year - age - (1 if (m, d) > (dod.month, dod.day) else 0)
    rel = R.choice(RELS)
    nsex = "F" if rel[0] in ("DAU", "SIS", "NIE") else ("M" if rel[0] in ("SON", "BRO") else None)
    nlast = last if R.random() < 0.6 else None
    _, nfirst, nlast = person(nsex, nlast)
    addr = mkaddr()
    naddr = addr if rel[0] == "SPO" else mkaddr()
    c = dict(
        i=i, sex=sex, first=first, last=last, age=age, dob=datetime(y, m, d), dod=dod,
        admit=dod - timedelta(days=R.randint(0, 14), hours=R.randint(1, 20), minutes=R.randint(0, 59)),
        mrn="%08d" % R.randint(100000, 9999999), fin="40%08d" % R.randint(0, 99999999),
        ssn=ssn(), addr=addr, da="DA24-%05d" % (1180 + i), tag="TT%07d" % R.randint(0, 9999999),
        opo="LCO-2411-%04d" % R.randint(20, 999), edrs="%07d" % R.randint(5500000, 5599999),
        dcn="2024-%06d" % R.randint(100000, 199999), permit="CP-24-%05d" % R.randint(1000, 9999),
        env="PE%07d" % R.randint(10000, 99999), ar="AR-24-%04d" % R.randint(100, 999),
        phys=R.choice(PHYS), alias=None, unit=R.choice(["4W", "5E", "MICU", "CVICU", "ED", "6N"]),
        cause=R.choice(CAUSES), fh=R.choice(FHS),
        dispo=R.choice(["CREMATION", "CREMATION", "BURIAL", "BURIAL", "ENTOMBMENT"]),
        nok=dict(first=nfirst, last=nlast, rel=rel, phone=rphone(), email=email_for(nfirst, nlast),
                 addr=naddr, dl="%s%06d" % (R.choice(["RK", "TS", "PQ", "SB", "WH"]), R.randint(0, 999999)),
                 ip="%d.%d.%d.%d" % (R.choice([24, 66, 72, 98, 104, 174, 184, 107]), R.randint(1, 254),
                                     R.randint(1, 254), R.randint(1, 254))),
        me=None, autopsy=R.random() < 0.25, pmkr=None, mbi=mbi() if age >= 65 and R.random() < 0.8 else None,
        medicaid=("%012d" % R.randint(10**11, 10**12 - 1)) if R.random() < 0.2 else None,
        imei=imei() if R.random() < 0.5 else None, fhcase=None,
    )
    c["bed"] = "%s-%02d" % (c["unit"], R.randint(1, 30))
    if age < 60 or c["cause"].startswith("Blunt") or R.random() < 0.2:
        c["me"] = dict(case="ME24-%05d" % R.randint(3000, 4999), inv=R.choice(ME_INV),
                       accept=c["cause"].startswith("Blunt") or age < 50 or R.random() < 0.4)
    if age > 70 and R.random() < 0.4:
        c["pmkr"] = R.choice(["PJN", "RNB", "BLX"]) + "%06d" % R.randint(0, 999999) + R.choice("SHK")
    # force a few theme cases so rare categories occur
    if i == 1:
        c.update(cause="Blunt force injuries of head and torso", unit="ED", age=R.choice([27, 38, 44]))
        c["dob"] = c["dob"].replace(year=dod.year - c["age"] - 1)
        c["me"] = dict(case="ME24-%05d" % R.randint(3000, 4999), inv=R.choice(ME_INV), accept=True)
        c["mbi"] = None
        c["alias"] = ("TRAUMA", R.choice(["ZULU", "XRAY", "VICTOR"]))
    if i in (2, 6):
        c["me"] = dict(case="ME24-%05d" % R.randint(3000, 4999), inv=R.choice(ME_INV), accept=True)
    if i in (0, 4, 7, 9):
        c["dispo"] = "CREMATION"
        c["pmkr"] = R.choice(["PJN", "RNB", "BLX"]) + "%06d" % R.randint(0, 999999) + R.choice("SHK")
    if i in (3, 8):
        c["autopsy"] = True
        c["me"] = None
    if i == 7:
        c["ssn"] = ssn(valid=False)
    if R.random() < 0.4:
        c["fhcase"] = "%s-24-%03d" % (c["fh"]["short"][:3], R.randint(100, 899))
    return c


# ----------------------------------------------------------------- emitters
events = []


def ev(t, *lbs):
    events.append((t, len(events), list(lbs)))


def mins(a, b):
    return timedelta(minutes=R.randint(a, b), seconds=R.randint(0, 59))


def hrs(a, b):
    return timedelta(hours=R.randint(a, b), seconds=R.randint(0, 59))


def iso(t, z="-05:00", ms=False):
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        s += ".%03d" % R.randint(0, 999)
    return s + z


def utc(t):
    return (t + timedelta(hours=5)).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % R.randint(0, 999)


def nm_lf(c):
    return "%s, %s" % (c["last"], c["first"])


def nm_fl(c):
    return "%s %s" % (c["first"], c["last"])


def da_json(t, event, fields, level="info", logger="decedenttrack.cases"):
    lb = LB("da_app_json")
    o = {"timestamp": utc(t), "level": level, "logger": logger, "event": event}
    o.update(fields)
    o["request_id"] = uuid4()
    jemit(lb, o, ascii_=R.random() < 0.5)
    return lb


def hl7_line(fields):
    lb = LB("hl7_adt")
    for i, f in enumerate(fields):
        if i:
            lb("|")
        if isinstance(f, list):
            for part in f:
                if isinstance(part, tuple):
                    lb(part[0], part[1])
                else:
                    lb(part)
        else:
            lb(f)
    return lb


def emit_case(c):
    T = c["dod"]
    nok = c["nok"]
    nokname = "%s %s" % (nok["first"], nok["last"])
    fh = c["fh"]
    dod_s = T.strftime("%Y-%m-%d")
    # --- OPO referral (within the hour)
    t = T + mins(6, 25)
    lb = LB("opo_pipe")
    lb("LCO|REF|%s|" % t.strftime("%Y-%m-%d %H:%M"))(c["opo"], "other_id")
    lb("|SBRMC|%s|caller=%s|pt=" % (c["unit"], R.choice(RNS)))(", ".join(c["alias"]) if c["alias"] else fold(nm_lf(c)).upper(), "name")
    lb("|age=")
    lb(str(c["age"]), "age") if c["age"] > 89 else lb(str(c["age"]))
    lb("|sex=%s|mrn=" % c["sex"])(c["mrn"], "mrn")
    lb("|tod=")(T.strftime("%m/%d/%Y %H%M"), "date")
    lb("|vent=%s|dx=%s|outcome=%s|coord=%s" % (R.choice("NNY"), c["cause"].replace(" ", "_").upper()[:22],
                                                R.choice(["RULE_OUT_MED", "TISSUE_ONLY", "EYE_ONLY", "RULE_OUT_AGE", "DCD_EVAL"]),
                                                R.choice(OPO_COORD)))
    ev(t, lb)
    # --- pronouncement note
    t = T + mins(12, 40)
    ph, pnpi = c["phys"]
    lb = LB("ehr_note")
    lb("%s NoteSvc[%d]: note_id=%d type=DEATH_PRONOUNCEMENT author=\"%s, MD\" npi=%s enc=" %
       (t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(2000, 9000), R.randint(80000000, 89999999), ph, pnpi))
    lb(c["fin"], "account")
    lb(" text=\"Called to bedside by %s at %s. Pt " % (R.choice(RNS), (T - mins(3, 9)).strftime("%H%M")))
    lb(nm_fl(c), "name")
    lb(", ")
    if c["age"] > 89:
        lb(str(c["age"]), "age")
    else:
        lb(str(c["age"]))
    lb(R.choice([" y.o. ", " yo ", " y/o "]) + c["sex"] + ", unresponsive, no spontaneous respirations, no heart or breath sounds x 1 min, pupils fixed/dilated. TOD %s on " % T.strftime("%H%M"))
    lb(T.strftime("%m/%d/%Y"), "date")
    lb(". ")
    if R.random() < 0.7:
        lb("%s " % nok["rel"][1])
        lb(nokname, "name")
        if c["i"] % 2:
            lb(" notified by phone at ")(phone_fmt(nok["phone"], "paren"), "phone")(".")
        else:
            lb(" at bedside.")
    else:
        lb("Family not present, %s to notify NOK." % CHAPLAIN)
    lb(" LCO referral ")(c["opo"], "other_id")
    lb(" made. %s\"" % ("ME notified." if c["me"] else "Not an ME case."))
    ev(t, lb)
    # --- HL7 ADT^A03
    t = T + mins(30, 55)
    cid = "MSG%08d" % R.randint(10**7, 10**8 - 1)
    hts = t.strftime("%Y%m%d%H%M%S")
    a = c["addr"]
    lines = [hl7_line(["MSH", "^~\\&", "EPIC", "SBRMC", "DECTRACK", "SBRMC", hts, "", "ADT^A03^ADT_A03", cid, "P", "2.5.1"]),
             hl7_line(["EVN", "A03", hts, "", "", "%s^%s^%s^^^^MD" % (c["phys"][1], c["phys"][0].split()[-1], c["phys"][0].split()[0])])]
    name_h = "%s^%s" % (c["alias"] or (c["last"], c["first"]))
    pid = ["PID", "1", "", [(c["mrn"], "mrn"), "^^^SBRMC^MR"], "",
           [(name_h, "name")], "", [(c["dob"].strftime("%Y%m%d"), "date")], c["sex"], "", "",
           [(a["street"], "address"), "^^", (a["city"], "address"), "^OH^", (a["zip"], "zip"), "^USA^H^^", (a["county"].upper(), "address")],
           "", [(phone_fmt(rphone(), "hl7"), "phone")] if R.random() < 0.6 else "", "", "", R.choice(["M", "W", "S", "D"]), "",
           [(c["fin"], "account"), "^^^SBRMC^AN"], [(c["ssn"], "ssn")]]
    pid += [""] * 9 + [[(T.strftime("%Y%m%d%H%M"), "date")], "Y"]
    lines.append(hl7_line(pid))
    lines.append(hl7_line(["PV1", "1", "I", "%s^%s^A^SBRMC" % (c["unit"], c["bed"]), "", "", "",
                           "%s^%s^%s^^^^MD" % (c["phys"][1], c["phys"][0].split()[-1], c["phys"][0].split()[0]),
                           "", "", "MED", "", "", "", "", "", "", "", "", [(c["fin"], "account")]] + [""] * 16 +
                          ["20", "", "", "", "", "", "", "", [(c["admit"].strftime("%Y%m%d%H%M"), "date")],
                           [(T.strftime("%Y%m%d%H%M"), "date")]]))
    nk = ["NK1", "1", [("%s^%s" % (nok["last"], nok["first"]), "name")], "%s^%s^HL70063" % nok["rel"],
          [(nok["addr"]["street"], "address"), "^^", (nok["addr"]["city"], "address"), "^OH^", (nok["addr"]["zip"], "zip")],
          [(phone_fmt(nok["phone"], "hl7"), "phone")], "", "NOK^Next of Kin"]
    lines.append(hl7_line(nk))
    if c["mbi"] or c["medicaid"]:
        if c["mbi"]:
            lines.append(hl7_line(["IN1", "1", "MCRA", "00401", "MEDICARE PART A", "PO BOX 6474^^INDIANAPOLIS^IN^46206", "", "", "", "", "", "", "", "", "", "MCR", [(name_h, "name")], "01", [(c["dob"].strftime("%Y%m%d"), "date")], "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", [(c["mbi"], "health_plan")]]))
        if c["medicaid"]:
            lines.append(hl7_line(["IN1", "2", "OHMCD", "00617", "OHIO MEDICAID", "", "", "", "", "", "", "", "", "", "", "MCD", [(name_h, "name")], "01", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", [(c["medicaid"], "health_plan")]]))
    ev(t, *lines)
    ack = hl7_line(["MSH", "^~\\&", "DECTRACK", "SBRMC", "EPIC", "SBRMC", (t + timedelta(seconds=1)).strftime("%Y%m%d%H%M%S"), "", "ACK^A03^ACK", "A" + cid[3:], "P", "2.5.1"])
    ev(t + timedelta(seconds=1), ack, hl7_line(["MSA", "AA", cid]))
    # --- DecedentTrack case created
    t = T + mins(56, 90)
    f = {"case_no": P(c["da"], "other_id"), "mrn": P(c["mrn"], "mrn"), "decedent": P(nm_lf(c), "name"),
         "dod": P(T.strftime("%Y-%m-%dT%H:%M:00"), "date"), "unit": c["unit"], "bed": c["bed"],
         "pronounced_by_npi": c["phys"][1], "me_case": c["me"] is not None, "opo_ref": P(c["opo"], "other_id"),
         "user": R.choice(STAFF)[0]}
    ev(t, da_json(t, "case.created", f))
    if c["alias"]:
        t4 = t + hrs(3, 7)
        f = {"case_no": P(c["da"], "other_id"), "alias": P(", ".join(c["alias"]), "name"), "resolved_name": P(nm_lf(c), "name"),
             "resolved_dob": P(c["dob"].strftime("%m/%d/%Y"), "date"), "method": "ME_AFIS", "merged_mrn": P(c["mrn"], "mrn"),
             "user": R.choice(STAFF)[0]}
        ev(t4, da_json(t4, "identity.resolved", f, level="warning"))
    if c["i"] == 3:
        t4 = t + hrs(5, 9)
        card = pan()
        f = {"case_no": P(c["da"], "other_id"), "item": "PRIVATE_AUTOPSY_FEE", "amount": 1850.00, "currency": "USD",
             "payer": P("%s %s" % (c["nok"]["first"], c["nok"]["last"]), "name"), "pan": P(card, "account"),
             "exp": "%02d/%02d" % (R.randint(1, 12), R.randint(25, 29)), "gateway": "authnet", "auth_code": hexs(6).upper(),
             "note": "DEBUG payload dump - remove before prod"}
        ev(t4, da_json(t4, "payment.request", f, level="debug", logger="decedenttrack.billing"))
        f = {"case_no": P(c["da"], "other_id"), "item": "PRIVATE_AUTOPSY_FEE", "amount": 1850.00,
             "card": "************" + card[-4:], "status": "CAPTURED", "txn_id": str(R.randint(6 * 10**10, 7 * 10**10))}
        ev(t4 + timedelta(seconds=2), da_json(t4 + timedelta(seconds=2), "payment.captured", f, logger="decedenttrack.billing"))
    # --- ME
    if c["me"]:
        me = c["me"]
        t = T + mins(20, 50)
        lb = LB("me_logfmt")
        lb('ts=%s level=info svc=me-portal msg="death report submitted" report_id=%s me_case=' % (iso(t, ms=True), uuid4()[:8]))
        lb(me["case"], "other_id")
        lb(' decedent="')(nm_fl(c), "name")
        lb('" dob=')(c["dob"].strftime("%Y-%m-%d"), "date")
        lb(" dod=")(T.strftime("%Y-%m-%dT%H:%M"), "date")
        lb(' place="SBRMC %s" reporter="%s" phone=%s' % (c["unit"], R.choice(STAFF)[1], phone_fmt(HOSP_PHONE, "dash")))
        ev(t, lb)
        t = T + mins(70, 200)
        lb = LB("me_logfmt")
        lb('ts=%s level=info svc=me-portal msg="jurisdiction decision" me_case=' % iso(t, ms=True))(me["case"], "other_id")
        lb(" decision=%s investigator=\"%s\" body_release=%s" % ("ACCEPTED" if me["accept"] else "DECLINED", me["inv"],
                                                               "HOLD" if me["accept"] else "RELEASED_TO_HOSPITAL"))
        ev(t, lb)
        if me["accept"]:
            if c["cause"].startswith("Blunt"):
                v = vin()
                plate = "%s%s%s %04d" % (R.choice("JKHG"), R.choice("ABCDEF"), R.choice("LMNPR"), R.randint(0, 9999))
                lb = LB("me_logfmt")
                lb('ts=%s level=info svc=me-portal msg="scene narrative updated" me_case=' % iso(t + timedelta(minutes=9), ms=True))(me["case"], "other_id")
                lb(' narrative="Driver of 2016 sedan VIN ')(v, "vehicle")
                lb(" OH plate ")(plate, "vehicle")
                lb(' struck median on I-270 SB; transported by CFD Medic 14 to SBRMC ED."')
                ev(t + timedelta(minutes=9), lb)
            if R.random() < 0.8:
                jpg = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" +
                                       bytes(R.randrange(256) for _ in range(60))).decode()
                lb = LB("me_logfmt")
                lb('ts=%s level=info svc=me-portal msg="attachment uploaded" me_case=' % iso(t + timedelta(minutes=25), ms=True))(me["case"], "other_id")
                lb(" kind=ID_PHOTO mime=image/jpeg bytes=%d b64=" % R.randint(40000, 90000))(jpg, "photo")
                lb("...(truncated)")
                ev(t + timedelta(minutes=25), lb)
            if R.random() < 0.6:
                fmr = base64.b64encode(b"FMR\x00 20\x00\x00\x00\x01\x14" + bytes(R.randrange(256) for _ in range(42))).decode()
                lb = LB("me_logfmt")
                lb('ts=%s level=info svc=me-portal msg="AFIS ident request" me_case=' % iso(t + timedelta(minutes=31), ms=True))(me["case"], "other_id")
                lb(" finger=R_INDEX template_fmt=ISO19794-2 template=")(fmr, "biometric")
                lb(" afis_tx=%s" % hexs(12).upper())
                ev(t + timedelta(minutes=31), lb)
    # --- teams chat
    t = T + mins(40, 180)
    who = R.choice(STAFF)
    lb = LB("teams_chat")
    lb("[%s] %s (Decedent Affairs): " % (t.strftime("%-m/%-d/%Y %-I:%M %p"), who[1]))
    style = R.randint(0, 2)
    if style == 0:
        lb("%s expired %s, " % (c["bed"], T.strftime("%H%M")))(nm_fl(c), "name")(", MRN ")(c["mrn"], "mrn")
        lb(". Family wants %s. LCO %s." % (fh["name"].split(" Funeral")[0].split(" Chapel")[0], R.choice(["ruled out", "tissue only", "still evaluating"])))
    elif style == 1:
        lb("Pls call the %s, " % nok["rel"][1].lower())(nokname, "name")(", at ")(phone_fmt(nok["phone"], R.choice(["dash", "dot"])), "phone")
        lb(" re release form for ")(c["da"], "other_id")(" – family hasn't picked a FH yet.")
    else:
        lb("Is " + ("Mr. " if c["sex"] == "M" else "Mrs. "))(c["last"], "name")(" going to the cooler or staying on %s until the family viewing at %s?" % (c["unit"], (t + timedelta(minutes=R.choice([45, 60, 90, 120]))).strftime("%H%M")))
    ev(t, lb)
    if R.random() < 0.5:
        t2 = t + mins(1, 9)
        lb = LB("teams_chat")
        lb("[%s] %s (Decedent Affairs): %s" % (t2.strftime("%-m/%-d/%Y %-I:%M %p"), R.choice([s for s in STAFF if s != who])[1],
                                               R.choice(["On it.", "Transport paged, ETA 20 min.", "Cooler B1-2 has 3 open trays.",
                                                         "Done, left VM.", "Chaplain is with the family now.", "👍"])))
        ev(t2, lb)
    # --- morgue intake
    t = T + mins(95, 200)
    lb = LB("morgue_csv")
    lb("%s morgue-inv[%d]: " % (t.strftime("%b %d %H:%M:%S"), R.randint(300, 900)))
    lb("IN,%s," % ("B1-%d-%02d" % (R.randint(1, 3), R.randint(1, 12))))(c["tag"], "other_id")(",")
    lb(fold(c["last"]).upper(), "name")(",")(fold(c["first"]).upper(), "name")(",")(c["mrn"], "mrn")(",")
    lb(t.strftime("%m/%d/%Y %H:%M"), "date")
    hold = "ME HOLD" if (c["me"] and c["me"]["accept"]) else ("AUTOPSY" if c["autopsy"] else R.choice(["", "OPO HOLD", "VIEWING"]))
    lb(",%s,%s,%s" % (hold, "Y" if c["pmkr"] else "N", R.choice(STAFF)[0]))
    ev(t, lb)
    lb = LB("syslog")
    badge = "%07d" % R.randint(10000, 99999)
    lb("<134>%s lenel-acs01 OnGuard[2211]: ACCESS GRANTED door=\"B1-MORGUE-EXT\" reader=RDR-0412 badge=%s cardholder=\"%s\" dept=\"Patient Transport\"" %
       (t.strftime("%b %e %H:%M:%S"), badge, R.choice(["Okoro, Felix", "Brandt, Lisa", "Yazzie, Carl", "Quinn, Harper"])))
    ev(t - timedelta(minutes=2), lb)
    if c["imei"] or R.random() < 0.5:
        t3 = t + mins(5, 20)
        items = ["yellow metal band", "eyeglasses", "wallet (contents per list)", "rosary", "dentures upper"]
        f = {"case_no": P(c["da"], "other_id"), "envelope": P(c["env"], "other_id"),
             "items": R.sample(items, 2) + (["Samsung Galaxy A54"] if c["imei"] else [])}
        if c["imei"]:
            f["imei"] = P(c["imei"], "device")
        f["witness"] = R.choice(STAFF)[0]
        f["custody"] = R.choice(["SECURITY_SAFE", "WITH_REMAINS", "RELEASED_TO_NOK"])
        ev(t3, da_json(t3, "property.logged", f, logger="decedenttrack.property"))
    # --- autopsy
    if c["autopsy"] and not (c["me"] and c["me"]["accept"]):
        t = T + hrs(3, 9) + mins(0, 59)
        lb = LB("autopsy_kv")
        lb("%s,%03d INFO  [autopsy.request] req_id=" % (t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(0, 999)))(c["ar"], "other_id")
        lb(" case_no=")(c["da"], "other_id")(" mrn=")(c["mrn"], "mrn")
        lb(" type=%s consent_by=\"" % R.choice(["HOSPITAL_FULL", "HOSPITAL_LIMITED", "CHEST_ONLY"]))(nokname, "name")
        lb("\" consent_rel=%s consent_phone=" % nok["rel"][0])(phone_fmt(nok["phone"], "raw"), "phone")
        lb(" witness=\"%s\" restrictions=\"%s\" requested_by=\"Dr. %s\" pathologist=\"Dr. %s\" status=PENDING_SCHEDULE" %
           (R.choice(STAFF)[1], R.choice(["none", "no CNS", "no face/neck incisions", "retain no organs"]), c["phys"][0], PATH))
        ev(t, lb)
        t2 = t + hrs(14, 26)
        lb = LB("autopsy_kv")
        lb("%s,%03d INFO  [autopsy.schedule] req_id=" % (t2.strftime("%Y-%m-%d %H:%M:%S"), R.randint(0, 999)))(c["ar"], "other_id")
        lb(" status=COMPLETED prosector=\"Dr. %s\" room=AUT-2 prelim_due=" % PATH)((t2 + timedelta(days=2)).strftime("%Y-%m-%d"), "date")
        ev(t2, lb)
    # --- release of remains: SMS link, NOK web access, e-sign webhook, SQL
    t = T + hrs(9, 28) + mins(0, 59)
    tok = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(8))
    link = "https://ror.sbrmc.org/s/" + tok
    lb = LB("sms_gw")
    lb('{"ts":"%s","svc":"sms-gw","event":"outbound.queued","MessageSid":"SM%s","From":"+1%s","To":"' % (utc(t), hexs(32), HOSP_PHONE))
    lb("+1" + nok["phone"], "phone")
    lb('","Body":"St. Brendan Decedent Affairs: we are sorry for your loss. Please review and sign the release form: ')
    lb(link, "url")
    lb(' Questions: %s","NumSegments":"2"}' % phone_fmt(HOSP_PHONE, "dash"))
    ev(t, lb)
    ta = t + mins(3, 90)
    ua = R.choice(['Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
                   'Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.58 Mobile Safari/537.36',
                   'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36'])
    lb = LB("nginx_access")
    lb(nok["ip"], "ip")(' - - [%s -0500] "GET /s/%s HTTP/2.0" 302 0 "-" "%s" rt=0.012 upstream=10.40.8.21:8080' % (ta.strftime("%d/%b/%Y:%H:%M:%S"), tok, ua))
    ev(ta, lb)
    lb = LB("nginx_access")
    em = nok["email"].replace("@", "%40")
    lb(nok["ip"], "ip")(' - - [%s -0500] "GET /ror/api/verify?c=' % (ta + timedelta(seconds=40)).strftime("%d/%b/%Y:%H:%M:%S"))
    lb(c["da"], "other_id")("&em=")(em, "email", nok["email"], "pct")
    lb(' HTTP/2.0" 200 %d "https://ror.sbrmc.org/ror/start" "%s" rt=0.%03d upstream=10.40.8.21:8080' % (R.randint(180, 900), ua, R.randint(20, 300)))
    ev(ta + timedelta(seconds=40), lb)
    ts = ta + mins(2, 15)
    signer = {"role": "NOK", "name": P(nokname, "name"), "email": P(nok["email"], "email"),
              "relationship": nok["rel"][1], "client_ip": P(nok["ip"], "ip"),
              "signed_at": P(utc(ts), "date"), "auth_method": "SMS_OTP"}
    if R.random() < 0.5:
        signer["id_verified"] = "OH_DL"
        signer["id_number"] = P(nok["dl"], "license")
    obj = {"event_type": "envelope.completed", "envelope_id": uuid4(), "account_id": "a7c2e1d0-sbrmc",
           "template": "SBRMC-ROR-v4 Authorization for Release of Remains",
           "signers": [signer, {"role": "Witness", "name": who[1], "email": who[0] + "@sbrmc.org"}],
           "custom_fields": {"case_no": P(c["da"], "other_id"), "funeral_home": fh["name"], "fh_id": fh["id"],
                             "disposition": c["dispo"]}}
    lb = LB("esign_json")
    jemit(lb, obj, ascii_=R.random() < 0.5, sep=(", ", ": "))
    ev(ts + timedelta(seconds=3), lb)
    lb = LB("pgaudit")
    tp = ts + timedelta(seconds=5)
    lb("%s.%03d EST [%d] dtrack_app@decedent LOG:  AUDIT: SESSION,%d,1,WRITE,UPDATE,TABLE,public.release_auth,\"UPDATE release_auth SET status='SIGNED', signer_name='" %
       (tp.strftime("%Y-%m-%d %H:%M:%S"), R.randint(0, 999), R.randint(30000, 60000), R.randint(100, 9999)))
    lb(nokname.replace("'", "''"), "name", nokname, "sql")
    lb("', signer_rel='%s', fh_id='%s', signed_at=now() WHERE case_no='" % (nok["rel"][0], fh["id"]))(c["da"], "other_id")
    lb("'\",<not logged>")
    ev(tp, lb)
    if c["i"] in (2, 8):
        tf = ts + hrs(1, 3)
        nfax = rphone()
        lb = LB("fax_log")
        lb("%s RightFax[%d]: job=%07d dir=OUT to=" % (tf.strftime("%Y-%m-%d %H:%M:%S"), R.randint(3000, 3999), R.randint(4000, 9999)))
        lb(nfax, "fax")(" to_name=\"")(nokname, "name")
        lb("\" pages=2 doc=\"ROR_copy_")(c["da"], "other_id")(".pdf\" result=%s dur=00:00:%02d csid=\"SBRMC DECEDENT AFF\"" % (R.choice(["SUCCESS", "NO_ANSWER"]), R.randint(20, 59)))
        ev(tf, lb)
    # --- EDRS: VRDR submission, ack / rejection
    t = T + hrs(18, 40) + mins(0, 59)
    junk = c["i"] == 5
    if junk:
        lines = []
        lb = LB("java_trace")
        lb("%s.%03d ERROR [edrs-bridge,%s,%s] c.s.d.edrs.VrdrSubmitter - Submission rejected for case " %
           (t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(0, 999), hexs(16), hexs(16)))(c["da"], "other_id")
        lb(" (decedent ")(nm_lf(c), "name")(")")
        lines.append(lb)
        bad = "%d-02-30" % c["dob"].year
        lb = LB("java_trace")
        lb("org.hl7.fhir.exceptions.FHIRException: Unable to parse Patient.birthDate '")(bad, "date")("': invalid date")
        lines.append(lb)
        for fr in ["at org.hl7.fhir.r4.model.BaseDateTimeType.setValueAsString(BaseDateTimeType.java:412)",
                   "at org.hl7.fhir.r4.model.DateType.<init>(DateType.java:87)",
                   "at com.sbrmc.decedent.edrs.VrdrMapper.mapDecedent(VrdrMapper.java:143)",
                   "at com.sbrmc.decedent.edrs.VrdrSubmitter.submit(VrdrSubmitter.java:66)",
                   "at java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
                   "at java.base/java.lang.Thread.run(Thread.java:1583)"]:
            lines.append(LB("java_trace")("\t" + fr))
        lines.append(LB("java_trace")("Caused by: java.time.DateTimeException: Invalid date 'FEBRUARY 30'"))
        lines.append(LB("java_trace")("\t... 4 common frames omitted"))
        ev(t, *lines)
        t += timedelta(hours=2)
    a = c["addr"]
    pat = {"resourceType": "Patient", "id": uuid4(),
           "meta": {"profile": ["http://hl7.org/fhir/us/vrdr/StructureDefinition/vrdr-decedent"]},
           "identifier": [{"type": {"coding": [{"code": "SB"}]}, "system": "http://hl7.org/fhir/sid/us-ssn", "value": P(c["ssn"].replace("-", ""), "ssn")}],
           "name": [{"use": "official", "family": P(c["last"], "name"), "given": [P(c["first"], "name")]}],
           "gender": "male" if c["sex"] == "M" else "female", "birthDate": P(c["dob"].strftime("%Y-%m-%d"), "date"),
           "address": [{"line": [P(a["street"], "address")], "city": P(a["city"], "address"), "district": P(a["county"], "address"),
                        "state": "OH", "postalCode": P(a["zip"], "zip"), "country": "US"}]}
    obs = {"resourceType": "Observation", "id": uuid4(), "code": {"coding": [{"system": "http://loinc.org", "code": "81956-5"}]},
           "valueDateTime": P(iso(T.replace(second=0)), "date"),
           "performer": [{"reference": "Practitioner/npi-" + c["phys"][1]}]}
    bundle = {"resourceType": "Bundle", "id": uuid4(), "type": "document",
              "identifier": {"system": "http://nchs.cdc.gov/vrdr_id", "value": P("2024OH" + c["dcn"][5:], "license"),
                             "extension": [{"url": "http://hl7.org/fhir/us/vrdr/StructureDefinition/CertificateNumber", "valueString": P(c["dcn"][5:], "license")}]},
              "timestamp": iso(t), "entry": [{"fullUrl": "urn:uuid:" + uuid4(), "resource": pat}, {"fullUrl": "urn:uuid:" + uuid4(), "resource": obs}]}
    lb = LB("vrdr_fhir")
    lb("%s INFO  edrs-bridge VrdrSubmitter POST https://edrs.odh.ohio.example/fhir/Bundle body=" % (t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % R.randint(0, 999)))
    jemit(lb, bundle, ascii_=True)
    ev(t, lb)
    t2 = t + mins(1, 50)
    lb = LB("edrs_xml")
    lb('<EDRSAck xmlns="urn:oh:odh:edrs:v2" ts="%s"><CaseId>' % iso(t2))(c["edrs"], "other_id")("</CaseId><StateFileNumber>")
    lb(c["dcn"], "license")("</StateFileNumber><Decedent><Last>")
    xl = html.escape(c["last"], quote=False)
    lb(xl, "name", c["last"], "xml")("</Last><DOD>")(dod_s, "date")
    lb("</DOD></Decedent><Certifier npi=\"%s\"/><Status>%s</Status><FuneralHome id=\"%s\">%s</FuneralHome></EDRSAck>" %
       (c["phys"][1], R.choice(["MEDICAL_CERTIFIED", "REGISTERED", "PENDING_FH"]), fh["id"], html.escape(fh["name"], quote=False)))
    ev(t2, lb)
    # --- cremation permit & fax
    if c["dispo"] == "CREMATION":
        t = T + hrs(30, 60)
        lb = LB("cremation_fw")
        lb("CRP")(c["permit"], "license")(" " * (12 - len(c["permit"])))
        lb(t.strftime("%Y%m%d"))
        nmf = fold("%s, %s" % (c["last"], c["first"])).upper()[:30]
        lb(nmf, "name")(" " * (30 - len(nmf)))
        lb(c["dob"].strftime("%Y%m%d"), "date")(T.strftime("%Y%m%d%H%M"), "date")
        cty = a["county"].upper()
        lb(cty, "address")(" " * (12 - len(cty)))
        lb(CREM["short"].ljust(22) + CREM["lic"].ljust(9))
        if c["pmkr"]:
            lb("PMKR=Y SN=")(c["pmkr"], "device")(" ")
        else:
            lb("PMKR=N " + " " * 14)
        lb("APPR=ME-%s" % (c["me"]["inv"].split()[-1].upper() if c["me"] else "SZABO").ljust(10))
        ev(t, lb)
        tf = t + mins(5, 40)
        lb = LB("fax_log")
        lb("%s RightFax[%d]: job=%07d dir=OUT to=%s to_name=\"%s\" pages=%d doc=\"CremPermit_" %
           (tf.strftime("%Y-%m-%d %H:%M:%S"), R.randint(3000, 3999), R.randint(4000, 9999), phone_fmt(fh["fax"], "raw"), fh["name"], R.randint(2, 5)))
        lb(c["permit"], "license")(".pdf\" result=SUCCESS dur=00:0%d:%02d csid=\"SBRMC DECEDENT AFF\"" % (R.randint(0, 2), R.randint(0, 59)))
        ev(tf, lb)
    # --- pickup
    t = T + hrs(30, 72)
    lb = LB("sms_gw")
    lb('{"ts":"%s","svc":"sms-gw","event":"outbound.queued","MessageSid":"SM%s","From":"+1%s","To":"+1%s","Body":"SBRMC Morgue: remains for case ' %
       (utc(t), hexs(32), HOSP_PHONE, fh["phone"]))
    lb(c["da"], "other_id")
    lb(' released, ready for pickup at B1 dock. Bring ROR copy. Call %s on arrival.","NumSegments":"1"}' % phone_fmt(HOSP_PHONE, "dash"))
    ev(t, lb)
    tg = t + mins(5, 60)
    lb = LB("nginx_access")
    lb('%s - fhportal [%s -0500] "GET /api/v1/releases/' % (fh["ip"], tg.strftime("%d/%b/%Y:%H:%M:%S")))(c["da"], "other_id")
    lb(' HTTP/1.1" 200 %d "-" "FHConnect/3.8.2 (Windows NT 10.0)" rt=0.0%02d upstream=10.40.8.22:8080' % (R.randint(900, 2400), R.randint(10, 99)))
    ev(tg, lb)
    tr = tg + mins(30, 120)
    f = {"case_no": P(c["da"], "other_id"), "tag": P(c["tag"], "other_id"), "released_to": fh["id"],
         "fh_name": fh["name"], "driver": fh["driver"], "vehicle_plate": fh["plate"],
         "release_dt": P(iso(tr), "date"), "pmkr_removed": bool(c["pmkr"]) if c["dispo"] == "CREMATION" else None}
    if c["fhcase"]:
        f["fh_case_ref"] = P(c["fhcase"], "other_id")
    ev(tr, da_json(tr, "release.completed", f))
    lb = LB("morgue_csv")
    lb("%s morgue-inv[%d]: " % (tr.strftime("%b %d %H:%M:%S"), R.randint(300, 900)))
    lb("OUT,B1-%d-%02d," % (R.randint(1, 3), R.randint(1, 12)))(c["tag"], "other_id")
    lb(",,,,")(tr.strftime("%m/%d/%Y %H:%M"), "date")(",%s,,%s" % (fh["id"], R.choice(STAFF)[0]))
    ev(tr + timedelta(seconds=2), lb)


def emit_bereave(t, i):
    """30-day / 90-day bereavement follow-up for a death in Sept/Oct."""
    sex, first, last = person()
    _, nf, nl = person(None, last if R.random() < 0.6 else None)
    dod = datetime(2024, R.choice([8, 9, 10]), R.randint(1, 28))
    a = mkaddr()
    rel = R.choice(RELS)[1]
    lb = LB("bereave_tsv")
    enr = "BRV-24-%04d" % (1100 + i)
    lb("%s\tHopeLink-Mailer/3.2\t" % t.strftime("%Y-%m-%dT%H:%M:%S"))(enr, "other_id")("\t")
    lb("%s %s" % (nf, nl), "name")("\t")(a["street"], "address")("\t")(a["city"], "address")("\tOH\t")(a["zip"], "zip")
    lb("\t%s\t" % rel)("%s %s" % (first, last), "name")("\t")(dod.strftime("%Y-%m-%d"), "date")
    kind = R.choice(["30DAY_LETTER", "90DAY_LETTER", "MEMORIAL_INVITE", "GRIEF_GROUP_FLYER"])
    lb("\t%s\t" % kind)((dod + timedelta(days=30 if kind == "30DAY_LETTER" else 90)).strftime("%Y-%m-%d"), "date")
    lb("\tQUEUED")
    ev(t, lb)
    if R.random() < 0.5:
        lb = LB("bereave_tsv")
        lb("%s\tHopeLink-Mailer/3.2\taddr_verify\t" % (t + timedelta(seconds=1)).strftime("%Y-%m-%dT%H:%M:%S"))(enr, "other_id")
        lb("\tresult=DPV_Y\tgeocode=")("%s,%s" % (a["lat"], a["lon"]), "address")("\tcarrier_route=C0%02d" % R.randint(1, 60))
        ev(t + timedelta(seconds=1), lb)
    if R.random() < 0.4:
        lb = LB("sms_gw")
        ph = rphone()
        lb('{"ts":"%s","svc":"sms-gw","event":"outbound.queued","MessageSid":"SM%s","From":"+1%s","To":"' % (utc(t), hexs(32), HOSP_PHONE))
        lb("+1" + ph, "phone")
        lb('","Body":"St. Brendan Bereavement: our Remembering Together grief group meets Thursdays 6pm, Chapel Rm 2. Reply STOP to opt out.","NumSegments":"1"}')
        ev(t + timedelta(seconds=3), lb)


# ----------------------------------------------------------------- noise

def noise(t):
    k = R.randint(0, 19)
    if k == 0:
        lb = LB("syslog")
        lb("<30>%s cooler-mon02 tempmon[811]: unit=COOLER-B1-%d probe=%d temp_c=%.1f setpoint=3.0 door=closed alarm=none" %
           (t.strftime("%b %e %H:%M:%S"), R.randint(1, 3), R.randint(1, 2), R.uniform(2.1, 3.9)))
    elif k == 1:
        lb = LB("syslog")
        s = R.choice(STAFF)
        lb("<134>%s lenel-acs01 OnGuard[2211]: ACCESS GRANTED door=\"%s\" reader=RDR-0%d badge=%07d cardholder=\"%s\" dept=\"Decedent Affairs\"" %
           (t.strftime("%b %e %H:%M:%S"), R.choice(["B1-MORGUE-INT", "B1-DA-OFFICE", "B1-AUTOPSY"]), R.randint(400, 420), R.randint(10000, 99999),
            ", ".join(reversed(s[1].split(" ", 1)))))
    elif k == 2:
        lb = LB("k8s_infra")
        lb("I%s %7d %s] \"Reconciled\" deployment=\"%s\" namespace=\"decedent\" replicas=%d" %
           (t.strftime("%m%d %H:%M:%S.") + "%06d" % R.randint(0, 999999), 1, R.choice(["controller.go:214", "rollout.go:88"]),
            R.choice(["decedenttrack-api", "edrs-bridge", "ror-web", "sms-gw"]), R.randint(2, 4)))
    elif k == 3:
        lb = LB("k8s_infra")
        jemit(lb, {"level": "info", "ts": (t - datetime(1970, 1, 1)).total_seconds() + 18000 + R.random(), "logger": "cert-manager",
                   "msg": "certificate is up to date", "certificate": R.choice(["ror-sbrmc-org-tls", "fhportal-tls", "edrs-bridge-mtls"]),
                   "notAfter": "2025-0%d-1%dT00:00:00Z" % (R.randint(1, 9), R.randint(0, 9))})
    elif k == 4:
        lb = LB("nginx_access")
        lb("10.40.0.%d - - [%s -0500] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\" rt=0.001 upstream=10.40.8.2%d:8080" %
           (R.randint(2, 9), t.strftime("%d/%b/%Y:%H:%M:%S"), R.randint(1, 2)))
    elif k == 5:
        fh = R.choice(FHS)
        lb = LB("nginx_access")
        lb('%s - fhportal [%s -0500] "GET /api/v1/releases?status=READY&fh=%s HTTP/1.1" 200 %d "-" "FHConnect/3.8.2 (Windows NT 10.0)" rt=0.0%02d upstream=10.40.8.22:8080' %
           (fh["ip"], t.strftime("%d/%b/%Y:%H:%M:%S"), fh["id"], R.randint(80, 3000), R.randint(10, 99)))
    elif k == 6:
        ename, fields = R.choice([
            ("scheduler.tick", {"job": "overdue_release_scan", "open_cases": R.randint(8, 19), "overdue_72h": R.randint(0, 3), "duration_ms": R.randint(20, 400)}),
            ("fh_directory.refreshed", {"count": 48, "source": "odh-fh-registry", "etag": hexs(16)}),
            ("edrs.queue.drained", {"pending": 0, "batch": "b-%s" % hexs(6)}),
            ("cooler.capacity", {"B1-1": "%d/12" % R.randint(3, 12), "B1-2": "%d/12" % R.randint(2, 12), "B1-3": "%d/8" % R.randint(0, 8)})])
        lb = da_json(t, ename, fields,
                     logger="decedenttrack.jobs")
    elif k == 7:
        lb = LB("pgaudit")
        lb("%s.%03d EST [%d] dtrack_ro@decedent LOG:  AUDIT: SESSION,%d,1,READ,SELECT,,,\"%s\",<not logged>" %
           (t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(0, 999), R.randint(30000, 60000), R.randint(1, 999),
            R.choice(["SELECT count(*) FROM cooler_slot WHERE occupied", "SELECT id, name, phone FROM funeral_home WHERE active ORDER BY name",
                      "SELECT status, count(*) FROM decedent_case WHERE opened_at > now() - interval '7 days' GROUP BY 1",
                      "SELECT version()"])))
    elif k == 8:
        lb = LB("teams_chat")
        s = R.choice(STAFF)
        lb("[%s] %s (Decedent Affairs): %s" % (t.strftime("%-m/%-d/%Y %-I:%M %p"), s[1], R.choice([
            "Reminder: Fernwood changed their after-hours line to 614-555-0122.",
            "Cooler B1-3 compressor tech coming Thursday, Kelvin Mechanical ticket #KM-88213.",
            "Who has the key for the autopsy suite fridge?",
            "EDRS is slow again, state says maintenance until 0600.",
            "New ROR template v4 is live, old PDFs are retired.",
            "Lunch in the break room, Grace from Lifeline brought bagels",
            "Hartley & Sons driver is in the lobby for a 2 pm pickup.",
            "Please do not leave toe-tag printer ZD421 offline overnight."])))
    elif k == 9:
        lb = LB("fax_log")
        lb("%s RightFax[%d]: job=%07d dir=IN from=%s from_name=\"%s\" pages=%d result=RECEIVED route=DECEDENT_AFFAIRS" %
           (t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(3000, 3999), R.randint(4000, 9999),
            R.choice(["6145550177", "6145550191", "7405550119"]), R.choice(["FRANKLIN CO ME", "HARTLEY SONS", "GREENLAWN FM"]), R.randint(1, 6)))
    elif k == 10:
        lb = LB("java_trace")
        lb("%s.%03d INFO  [edrs-bridge,%s,%s] c.s.d.edrs.HealthCheck - EDRS endpoint OK latency=%dms tls=TLSv1.3 build=2.14.%d-%s" %
           (t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(0, 999), hexs(16), hexs(16), R.randint(80, 900), R.randint(0, 9), hexs(7)))
    elif k == 11:
        lb = LB("k8s_infra")
        jemit(lb, {"ts": utc(t), "level": "warn" if R.random() < 0.3 else "info", "logger": "kafka.consumer", "group": "dtrack-adt",
                   "topic": "adt.a03.expired", "partition": R.randint(0, 5), "lag": R.randint(0, 40), "offset": R.randint(100000, 999999)})
    elif k == 12:
        lb = LB("sms_gw")
        jemit(lb, {"ts": utc(t), "svc": "sms-gw", "event": "status.callback", "MessageSid": "SM" + hexs(32),
                   "MessageStatus": R.choice(["sent", "delivered", "delivered", "undelivered"]), "ErrorCode": None, "ApiVersion": "2010-04-01"})
    elif k == 13:
        lb = LB("edrs_xml")
        lb('<EDRSHeartbeat xmlns="urn:oh:odh:edrs:v2" ts="%s"><Facility>SBRMC</Facility><FacilityId>OH-HOSP-0318</FacilityId><Queue>%d</Queue><Version>7.3.%d</Version></EDRSHeartbeat>' %
           (iso(t), R.randint(0, 6), R.randint(0, 12)))
    elif k == 14:
        lb = LB("me_logfmt")
        lb("ts=%s level=debug svc=me-portal msg=\"poll\" queue=me_inbox depth=%d took=%dms" % (iso(t, ms=True), R.randint(0, 4), R.randint(3, 70)))
    elif k == 15:
        lb = LB("opo_pipe")
        lb("LCO|SYS|%s|heartbeat|SBRMC|ok|lines_open=%d|avg_hold_s=%d" % (t.strftime("%Y-%m-%d %H:%M"), R.randint(2, 6), R.randint(5, 90)))
    elif k == 16:
        lb = LB("syslog")
        lb("<14>%s toetag-prn01 zebra[77]: ZD421 s/n D4J%06d fw V84.20.23Z status=READY media=LABEL_2x1 printed=%d" %
           (t.strftime("%b %e %H:%M:%S"), R.randint(0, 999999), R.randint(1000, 9000)))
    elif k == 17:
        lb = LB("autopsy_kv")
        lb("%s,%03d INFO  [autopsy.schedule] room=AUT-%d status=%s next_slot=%s pathologist=\"Dr. %s\"" %
           (t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(0, 999), R.randint(1, 2), R.choice(["CLEANED", "AVAILABLE", "IN_USE"]),
            (t + hrs(1, 20)).strftime("%H:%M"), PATH))
    elif k == 18:
        lb = LB("esign_json")
        jemit(lb, {"event_type": "template.updated", "template_id": uuid4(), "name": "SBRMC-ROR-v4 Authorization for Release of Remains",
                   "version": "4.%d" % R.randint(0, 3), "updated_by": "tnakagawa@sbrmc.org"}, sep=(", ", ": "))
    else:
        lb = LB("hl7_adt")
        lb("MSH|^~\\&|EPIC|SBRMC|DECTRACK|SBRMC|%s||ADT^A08^ADT_A01|MSG%08d|P|2.5.1 [FILTERED: not expired, dropped by route DT_EXPIRED_ONLY]" %
           (t.strftime("%Y%m%d%H%M%S"), R.randint(10**7, 10**8 - 1)))
    ev(t, lb)


# ----------------------------------------------------------------- main

def main():
    ncases = 10
    for i in range(ncases):
        dod = datetime(2024, 11, 3, 6, 0) + timedelta(minutes=R.randint(0, int(3.6 * 24 * 60)))
        emit_case(mkcase(i, dod))
    for i in range(6):
        emit_bereave(WSTART + mins(0, 4 * 24 * 60 - 1), i)
    inwin = [e for e in events if WSTART <= e[0] < WEND]
    case_lines = sum(len(e[2]) for e in inwin)
    need = 500 - case_lines
    if need < 0:
        sys.exit("too many case lines: %d" % case_lines)
    del events[:]
    for _ in range(need):
        noise(WSTART + timedelta(seconds=R.randint(0, 4 * 86400 - 1)))
    allev = sorted([(e[0], 0, e[1], e[2]) for e in inwin] + [(e[0], 1, e[1], e[2]) for e in events])
    allev = [(e[0], e[2], e[3]) for e in allev]
    lines = [lb for e in allev for lb in e[2]]
    assert len(lines) == 500, len(lines)
    with open(ID + ".log", "wb") as fl, open(ID + ".labels.jsonl", "w", encoding="utf-8") as fj:
        for n, lb in enumerate(lines, 1):
            b, spans = lb.build()
            check(n, b, spans)
            fl.write(b + b"\n")
            fj.write(json.dumps({"line": n, "family": lb.family,
                                 "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in spans]}) + "\n")


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account",
        "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}


def check(n, b, spans):
    if b"\n" in b or b"\r" in b or not b.strip():
        raise SystemExit("line %d: bad line content" % n)
    b.decode("utf-8")
    prev = 0
    for s in spans:
        if not (0 <= s["s"] < s["e"] <= len(b)):
            raise SystemExit("line %d: span out of range %r" % (n, s))
        if s["s"] < prev:
            raise SystemExit("line %d: overlapping spans" % n)
        prev = s["e"]
        if s["cat"] not in CATS:
            raise SystemExit("line %d: bad cat %s" % (n, s["cat"]))
        txt = b[s["s"]:s["e"]].decode("utf-8")
        if txt != s["_text"] or txt != txt.strip() or not txt:
            raise SystemExit("line %d: span text mismatch %r vs %r" % (n, txt, s["_text"]))
        raw, dec = s["_raw"], s["_dec"]
        if dec == "json":
            ok = json.loads('"' + txt + '"') == raw
        elif dec == "jsonnum":
            ok = json.loads(txt) == raw
        elif dec == "pct":
            from urllib.parse import unquote
            ok = unquote(txt) == raw
        elif dec == "xml":
            ok = html.unescape(txt) == raw
        elif dec == "sql":
            ok = txt.replace("''", "'") == raw
        else:
            ok = raw is None
        if not ok:
            raise SystemExit("line %d: decoded value mismatch %r vs %r" % (n, txt, raw))


if __name__ == "__main__":
    main()
