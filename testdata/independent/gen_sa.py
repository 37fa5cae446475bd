#!/usr/bin/env python3
"""gen_sa.py - synthetic labeled log corpus "sa".

Organisation: Congregation of Our Lady of the Visitation (CLV), St. Anne
Infirmary at the Motherhouse, 1200 Convent Hill Rd, Loretto Springs OH 45371.
Retirement infirmary for elderly sisters and brothers (many over 90),
visited by Ridgeview Geriatric Associates (physician group), hospice care by
Gentle Harbor Hospice, LTC pharmacy Keystone LTC Pharmacy, Medicare billing
run by Covenant Senior Management LLC (management company).

Systems simulated (family names in the labels):
  ehr_audit    JSON audit log of the infirmary EHR (PointClick-like)
  emar         logfmt med-pass events of the eMAR / med carts
  mds          MDS 3.0 item rows (pipe, item=value) from the MDS coordinator tool
  iqies_xml    iQIES submission response XML
  hl7          HL7 v2.5.1 ADT/ORU from the physician group (one segment per line)
  fhir         FHIR R4 JSON resources from the physician group's API
  x12_837      837I SNF claims sent by the management company (one segment/line)
  x12_835      835 remittance from the MAC (one segment/line)
  sms_gw       hospice-coordination SMS gateway JSON (message bodies)
  registry_csv the order's membership registry export (religious + legal names)
  visitor      visitor kiosk key=value log (family and community visitors)
  syslog       nurse-call / wander-guard gateway syslog (RFC3164)
  nginx        family portal access log (combined + host)
  pharmacy     LTC pharmacy dispense feed (pipe rows)
  java         billing-integration Java stack traces (one frame per line)
  pgsql        PostgreSQL log of the registry database
  note         free-text nursing / chaplain / physician / social-work notes
  winsec       Windows security events of staff workstations (key=value)
  kitchen_tsv  dietary tray-ticket TSV rows
  app_json     portal/claims micro-service JSON logs (health, deploys, payments)

Labeling decisions (grey cases of this Theme):
  * Residents are the members (sisters/brothers) of the order. Both their
    religious name ("Mary Perpetua", "Anselm") and their legal name are
    `name`. Honorifics (Sister, Sr., Brother, Br., Mother) and the order's
    post-nominal initials ("CLV") are NOT part of the span. A surname given
    on its own next to a religious name ("Sr. Perpetua (Kowalczyk)") is its
    own span. HL7 XPN / X12 NM1 names ("KOWALCZYK^MARGARET^A") are one span
    covering last..middle; FHIR family/given strings are separate values,
    thus separate spans.
  * The order's member number (CLV-E1957-014) and other registry codes of a
    member are `other_id`. Entrance, first/final profession, jubilee and death
    dates of a member are `date`. The feast day of a religious name is a
    liturgical calendar date shared by everyone with that name: not labeled.
  * The Motherhouse address/phone IS the residents' home. It is labeled when
    it appears in a resident's own address/phone field (PID-11/13, 837
    subscriber N3/N4, FHIR Patient.address, registry address); it is NOT
    labeled when it appears as the facility's / provider's address.
    Site and wing names ("St. Anne Infirmary", "St. Joseph Wing") and room
    or bed numbers are not labeled.
  * Relatives, emergency contacts and health-care agents are PHI. A religious
    superior named as a member's health-care agent / emergency contact is
    labeled like an emergency contact in that record; the same superior
    acting administratively (approving, signing off) is not labeled.
    Fellow members visiting from the community count as household members
    (they share the convent home) and their names are labeled in the
    visitor log. Priests bringing Communion, chaplains, volunteers, vendors,
    hospice/pharmacy staff and all clinicians at work are not labeled.
  * Visitor's driver's licence (even masked ****1234) -> `license`; visitor's
    plate -> `vehicle`. The order's own van VIN / plate: not labeled.
  * Masked values with visible digits (card last4, ***-**-1234) are labeled
    in their category; pure placeholders (000000000, 999999999, UNKNOWN)
    are not labeled.
  * Log record timestamps are not labeled. Any separate date tied to the
    person (birth, admission, ARD, service, dispense start, hospice
    election, death, visit appointment) is `date`, also when it is today.
    Ages > 89 are `age`; 89 and under are not labeled.
  * Resident IDs assigned by a provider (infirmary MH######, physician group
    RGA-######, hospice GH-#####) are `mrn`; MBI -> `health_plan`;
    claim patient-control numbers and HL7 visit numbers -> `account`;
    payer claim control numbers (ICN), Rx numbers, iQIES resident internal
    ids -> `other_id`. X12/HL7 interchange and message control numbers are
    not labeled.
  * Family-portal request URIs containing a resident id are one `url` span;
    the portal user's public client IP -> `ip`; their login (an e-mail) ->
    `email`. Load-balancer and server IPs are not labeled.
  * Nurse-call pendant / wander tag serials and a resident's tablet MAC
    address -> `device`. Staff phones, med carts, workstations: not labeled.
  * Diagnosis codes, drug names, NDCs, lot numbers, HIPPS codes: not labeled.
"""
import datetime as dt
import hashlib
import json
import random
import urllib.parse
from xml.sax.saxutils import escape as xml_escape

SEED = 202311
R = random.Random(SEED)
N_LINES = 500
TODAY = dt.date(2025, 3, 11)


# ---------------------------------------------------------------- line builder
class P:
    """A PHI value placed in a line."""
    __slots__ = ("raw", "cat")

    def __init__(self, raw, cat):
        self.raw = str(raw)
        self.cat = cat


class PN(P):
    """A PHI value written as a bare JSON number."""
    __slots__ = ()


def encode(raw, enc):
    if enc == "plain":
        return raw
    if enc == "json":
        return json.dumps(raw, ensure_ascii=False)[1:-1]
    if enc == "jsona":
        return json.dumps(raw, ensure_ascii=True)[1:-1]
    if enc == "pct":
        return urllib.parse.quote(raw, safe="")
    if enc == "xml":
        return xml_escape(raw, {'"': "&quot;"})
    raise ValueError(enc)


def decode(text, enc):
    if enc == "plain":
        return text
    if enc in ("json", "jsona"):
        return json.loads('"' + text + '"')
    if enc == "pct":
        return urllib.parse.unquote(text)
    if enc == "xml":
        return text.replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    raise ValueError(enc)


class Ln:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []  # (text, cat, raw, enc)

    def t(self, s):
        self.parts.append((str(s), None, None, None))
        return self

    def p(self, raw, cat, enc="plain"):
        raw = str(raw)
        self.parts.append((encode(raw, enc), cat, raw, enc))
        return self

    def v(self, x, enc="plain"):
        """append str or P"""
        if isinstance(x, P):
            return self.p(x.raw, x.cat, enc)
        return self.t(encode(str(x), enc) if enc != "plain" else x)

    def seq(self, items, enc="plain"):
        for x in items:
            self.v(x, enc)
        return self


def L(fam, *items):
    ln = Ln(fam)
    ln.seq(items)
    return ln


def emit_json(ln, obj, ascii_=False):
    enc = "jsona" if ascii_ else "json"
    if isinstance(obj, dict):
        ln.t("{")
        first = True
        for k, v in obj.items():
            if not first:
                ln.t(",")
            first = False
            ln.t(json.dumps(k) + ":")
            emit_json(ln, v, ascii_)
        ln.t("}")
    elif isinstance(obj, list):
        ln.t("[")
        for i, v in enumerate(obj):
            if i:
                ln.t(",")
            emit_json(ln, v, ascii_)
        ln.t("]")
    elif isinstance(obj, PN):
        ln.p(obj.raw, obj.cat)
    elif isinstance(obj, P):
        ln.t('"').p(obj.raw, obj.cat, enc).t('"')
    elif isinstance(obj, str):
        ln.t(json.dumps(obj, ensure_ascii=ascii_))
    else:
        ln.t(json.dumps(obj))
    return ln


def J(fam, obj, ascii_=False):
    return emit_json(Ln(fam), obj, ascii_)


def logfmt(fam, pairs):
    ln = Ln(fam)
    for i, (k, v) in enumerate(pairs):
        if i:
            ln.t(" ")
        ln.t(k + "=")
        raw = v.raw if isinstance(v, P) else str(v)
        q = (" " in raw) or raw == "" or '"' in raw
        if q:
            ln.t('"')
        ln.v(v)
        if q:
            ln.t('"')
    return ln


def delim(ln, items, sep):
    """items: str | P | list (component list joined by next-level separator in tuple form)"""
    for i, x in enumerate(items):
        if i:
            ln.t(sep)
        if isinstance(x, tuple):
            subsep, sub = x
            delim(ln, sub, subsep)
        else:
            ln.v(x)
    return ln


# ---------------------------------------------------------------- identifiers
def luhn_digit(num):
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
    base = R.choice("12") + "".join(R.choice("0123456789") for _ in range(8))
    return base + luhn_digit("80840" + base)


def card(prefix="4", n=16):
    body = prefix + "".join(R.choice("0123456789") for _ in range(n - len(prefix) - 1))
    return body + luhn_digit(body)


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    a, n = MBI_ALPHA, "0123456789"
    an = a + n
    return (R.choice("123456789") + R.choice(a) + R.choice(an) + R.choice(n) + R.choice(a) +
            R.choice(an) + R.choice(n) + R.choice(a) + R.choice(a) + R.choice(n) + R.choice(n))


def ssn():
    while True:
        area = R.randint(1, 899)
        if area != 666:
            break
    return "%03d-%02d-%04d" % (area, R.randint(1, 99), R.randint(1, 9999))


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
           **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = [R.choice(chars) for _ in range(17)]
    v[9] = R.choice("PRS")
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    c = s % 11
    v[8] = "X" if c == 10 else str(c)
    return "".join(v)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def phone_dash(area=None):
    area = area or R.choice(["614", "937", "513", "419", "740", "330", "216", "312", "502", "317"])
    return "%s-%s-%04d" % (area, R.choice(["555", "555", "555", "278", "691", "842"]), R.randint(100, 9999))


def d8(d):
    return d.strftime("%Y%m%d")


def rand_date(y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(R.randint(a, b))


def age_of(dob):
    return TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))


# ---------------------------------------------------------------- people
F_FIRST = ["Margaret", "Dorothy", "Helen", "Rosemary", "Joan", "Theresa", "Agnes", "Lucille", "Guadalupe",
           "Nguyet", "Colleen", "Philomena", "Ruth", "Ingrid", "Marisol", "Eileen", "June", "Grace", "Hope",
           "Iris", "Wanda", "Adaeze", "Bríd", "Consuelo", "Mildred"]
M_FIRST = ["Francis", "Leonard", "Eugene", "Tadeusz", "Augustin", "Raymond", "Cornelius", "Bao", "Walter",
           "Jerome"]
MIDDLE_F = ["Ann", "Marie", "Louise", "Rose", "Clare", "Frances", "Therese", "Jean", "Lee"]
MIDDLE_M = ["Joseph", "Thomas", "Paul", "Lee", "Aloysius", "Xavier"]
SURN = ["Kowalczyk", "O'Brien-Walsh", "Nguyen", "de la Cruz", "Okafor", "Baptiste", "Rosario-Vega", "Schmitt",
        "Fitzgerald", "Hoang", "Brennan", "Szymańska", "Lamb", "Fox", "Winter", "Small", "Bell", "Mahoney",
        "Van der Berg", "Castellanos", "Mbeki-Lutz", "Doyle", "Kaczmarek", "St. Pierre", "MacAulay", "Reyes",
        "Chukwu", "Lindgren", "Ní Bhriain", "Pham", "Grabowski", "Sweet", "Church"]
SR_REL = ["Mary Perpetua", "Mary Immaculata", "Thérèse Marie", "Scholastica", "Benedicta", "Gertrude",
          "Consolata", "Jean-Marie", "Kateri", "Mary Brigid", "Josefa", "Dolores", "Mary Concepta", "Assumpta",
          "Hildegard", "Imelda", "Rose Philippine", "Mary Faith", "Perpetua", "Bernadette", "Mary Dolorosa",
          "Cecilia", "Clare Marie", "Mary Joy"]
BR_REL = ["Anselm", "Dominic", "Ignatius", "Kilian", "Bonaventure", "Jude", "Martin de Porres", "Cyprian",
          "Placid", "Columba"]
FAM_F = ["Anne", "Brianna", "Mai", "Siobhan", "Priya", "Rosa", "Kathleen", "Olivia", "Summer", "Dawn", "Ngozi",
         "Beatriz", "Ellen"]
FAM_M = ["Thomas", "Kevin", "Luis", "Chidi", "Derek", "Marek", "Jamal", "Hank", "Colm"]
FAM_REL_F = ["niece", "niece", "niece", "sister", "grandniece", "cousin"]
FAM_REL_M = ["nephew", "nephew", "nephew", "brother", "grandnephew", "cousin"]

MH_ADDR = "1200 Convent Hill Rd"
MH_CITY = "Loretto Springs"
MH_ZIP = "45371"
MH_PHONE = "937-555-0140"

WINGS = ["St. Joseph Wing", "St. Anne 2", "Mary Garden (memory care)", "St. Brigid Wing"]

residents = []
used_rel = set()
BDAY_FIX = {0: dt.date(1929, 3, 13), 5: dt.date(1934, 3, 19), 9: dt.date(1941, 3, 22)}  # upcoming birthdays
for i in range(30):
    male = i >= 22
    first = R.choice(M_FIRST if male else F_FIRST)
    last = SURN[i % len(SURN)] if i < len(SURN) else R.choice(SURN)
    middle = R.choice(MIDDLE_M if male else MIDDLE_F)
    pool = BR_REL if male else SR_REL
    rel = None
    if R.random() < 0.78:
        rel = R.choice([x for x in pool if x not in used_rel])
        used_rel.add(rel)
    dob = rand_date(1928, 1937) if R.random() < 0.68 else rand_date(1938, 1949)
    dob = BDAY_FIX.get(i, dob)
    ent = dob.replace(year=dob.year + R.randint(17, 24)) + dt.timedelta(days=R.randint(0, 200))
    fp = ent + dt.timedelta(days=R.randint(700, 900))
    fin = fp + dt.timedelta(days=R.randint(1800, 2300))
    fam = []
    for k in range(R.randint(1, 3)):
        fem = R.random() < 0.55
        fl = R.choice([last, last, R.choice(SURN), last if "-" in last or " " in last else
                       last + "-" + R.choice(["Reyes", "Hart", "Lowe", "Adeyemi", "Kim"])])
        fam.append({
            "name": "%s %s" % (R.choice(FAM_F if fem else FAM_M), fl),
            "rel": R.choice(FAM_REL_F if fem else FAM_REL_M),
            "phone": phone_dash(),
            "email": "%s.%s%d@%s" % (R.choice(["anne", "tk", "bri", "luis", "chidi", "mai", "shiv", "dk", "pri"]),
                                      fl.split()[0].split("-")[0].lower().replace("'", "").replace("ń", "n"),
                                      R.randint(1, 99), R.choice(["gmail.example", "outlook.example",
                                                                    "att.example", "yahoo.example"])),
            "ip": "%d.%d.%d.%d" % (R.choice([73, 98, 174, 24, 67, 108]), R.randint(1, 254), R.randint(1, 254),
                                    R.randint(1, 254)),
            "dl": "%s%s%06d" % (R.choice("ABCDEFGHJKLMNPRST"), R.choice("ABCDEFGHJKLMNPRST"), R.randint(0, 999999)),
            "plate": R.choice(["JKT", "HRB", "GXW", "DMN", "KLP"]) + "%04d" % R.randint(0, 9999),
        })
    residents.append({
        "i": i, "male": male, "first": first, "middle": middle, "last": last, "rel": rel,
        "title": "Br." if male else "Sr.", "Title": "Brother" if male else "Sister",
        "dob": dob, "ent": ent, "fp": fp, "fin": fin,
        "member": "CLV-%s%d-%03d" % (R.choice("EWC"), ent.year, R.randint(1, 80)),
        "mrn": "MH%06d" % R.randint(4000, 9999),
        "rga": "RGA-%06d" % R.randint(100000, 499999),
        "mbi": mbi(), "ssn": ssn(),
        "adm": TODAY - dt.timedelta(days=R.randint(20, 2400)),
        "room": "%d%s" % (R.randint(101, 248), R.choice("AB")),
        "wing": R.choice(WINGS),
        "pendant": "TX-%08X" % R.getrandbits(32),
        "wander": "WG-%08d" % R.randint(0, 99999999),
        "mac": ":".join("%02x" % R.randint(0, 255) for _ in range(6)),
        "hospice": R.random() < 0.3,
        "gh": "GH-%05d" % R.randint(10000, 99999),
        "fam": fam,
        "iqies": "%010d" % R.randint(10 ** 9, 10 ** 10 - 1),
    })

SUPERIORS = [("Kathleen Marie Doyle", "Sr.", "740-555-0181"), ("Ruth Ann Okonkwo", "Sr.", "937-555-0190")]

STAFF_RN = ["Patrice Lindqvist", "Kofi Osei", "Maribel Duarte", "Hannah Yoder", "Deshawn Pruitt", "Li Na Zhao"]
STAFF_CNA = ["K. Mwangi", "T. Hollis", "R. Santiago", "J. Bauer", "A. Ferris"]
USERS = ["rn.lindqvist", "rn.osei", "lpn.duarte", "rn.yoder", "mdscoord.pruitt", "sw.zhao", "dr.abernathy",
         "np.castaneda", "billing.covmgmt", "chaplain.brody"]
DOCS = [("Abernathy", "Colin", npi()), ("Castaneda", "Ines", npi()), ("Okoro", "Emeka", npi())]
FAC_NPI = npi()
CCN = "365412"
TIN = "31-1847562"
NOW = dt.datetime(2025, 3, 11, 5, 2, 17)  # local EDT

DRUGS = [("Donepezil HCl 10 mg tab", "00093-7320-56"), ("Metoprolol tartrate 25 mg tab", "00378-0018-01"),
         ("Furosemide 20 mg tab", "00054-4297-25"), ("Acetaminophen 500 mg tab", "00904-6729-61"),
         ("Morphine sulfate 20 mg/mL oral soln", "00054-0237-44"), ("Levothyroxine 50 mcg tab", "00378-1803-01"),
         ("Apixaban 2.5 mg tab", "00003-0893-21"), ("Lorazepam 0.5 mg tab", "00591-0240-01"),
         ("Senna-S 8.6-50 mg tab", "00536-1247-01"), ("Mirtazapine 7.5 mg tab", "13668-0246-30")]


def res():
    return R.choice(residents)


def relname(r):
    return r["rel"] if r["rel"] else r["first"]


def legal(r):
    return "%s %s" % (r["first"], r["last"])


def lfm(r, upper=True, sep="^", mi=True):
    parts = [r["last"], r["first"]] + ([r["middle"][0] if sep == "*" else r["middle"]] if mi else [])
    s = sep.join(parts)
    return s.upper() if upper else s


def iso_utc(t):
    return (t + dt.timedelta(hours=4)).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % R.randint(0, 999)


def iso_local(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + "-04:00"


# ---------------------------------------------------------------- events
def ev_ehr_audit(t):
    r = res()
    action = R.choice(["VIEW_CHART", "VIEW_MAR", "EDIT_CAREPLAN", "PRINT_FACESHEET", "VIEW_PROGRESS_NOTES",
                       "UPDATE_CODE_STATUS"])
    o = {"ts": iso_utc(t), "level": "INFO", "logger": "ehr.audit", "host": "pcc-app-02",
         "user": R.choice(USERS), "action": action, "resId": P(r["mrn"], "mrn")}
    if R.random() < 0.7:
        o["resName"] = P("%s, %s" % (r["last"], r["first"]), "name")
    if action == "PRINT_FACESHEET":
        o["dob"] = P(r["dob"].isoformat(), "date")
        o["age"] = PN(age_of(r["dob"]), "age") if age_of(r["dob"]) > 89 else age_of(r["dob"])
    o["unit"] = r["wing"]
    o["room"] = r["room"]
    o["sessionId"] = hexs(24)
    o["ms"] = R.randint(8, 900)
    return [J("ehr_audit", o, ascii_=R.random() < 0.5)]


def ev_ehr_sys(t):
    o = {"ts": iso_utc(t), "level": R.choice(["INFO", "WARN"]), "logger": R.choice(["ehr.sync", "ehr.scheduler"]),
         "host": "pcc-app-0%d" % R.randint(1, 3),
         "msg": R.choice(["census sync complete", "report job finished", "HL7 outbound queue drained",
                          "token refresh ok", "slow query on mar_admin (threshold 500ms)"]),
         "job": "J-%d" % R.randint(100000, 999999), "durationMs": R.randint(40, 9000),
         "build": "24.3.%d+%s" % (R.randint(1, 40), hexs(7))}
    return [J("ehr_audit", o)]


def ev_emar(t):
    r = res()
    drug, ndc = R.choice(DRUGS)
    sched = R.choice(["0600", "0800", "0900", "1200", "1400", "1700", "2000", "2100"])
    status = R.choice(["GIVEN"] * 6 + ["REFUSED", "HELD", "GIVEN_LATE"])
    pairs = [("ts", iso_local(t)), ("svc", "emar"), ("evt", "med_pass"), ("cart", "MC-%d" % R.randint(1, 4)),
             ("res", P(r["mrn"], "mrn"))]
    if R.random() < 0.5:
        pairs.append(("res_nm", P(relname(r), "name")))
    pairs += [("drug", drug), ("ndc", ndc), ("route", "PO" if "soln" not in drug else "SL"),
              ("sched", sched), ("given", "%s%02d" % (sched[:2], R.randint(0, 55))), ("status", status),
              ("by", R.choice(USERS[:4])), ("lot", "%s%d" % (R.choice(["K", "L", "AB", "X"]), R.randint(10000, 99999))),
              ("scan", R.choice(["ok", "ok", "ok", "override"]))]
    if status == "REFUSED":
        pairs.append(("note", "res declined, reapproach 30m"))
    if "Morphine" in drug or "Lorazepam" in drug:
        pairs.append(("witness", R.choice(USERS[:4])))
        pairs.append(("count_after", R.randint(3, 28)))
    return [logfmt("emar", pairs)]


def ev_emar_sys(t):
    pairs = [("ts", iso_local(t)), ("svc", "emar"), ("evt", R.choice(["cart_sync", "scanner_heartbeat", "pass_window_open"])),
             ("cart", "MC-%d" % R.randint(1, 4)), ("items", R.randint(80, 260)), ("fw", "4.2.%d" % R.randint(0, 9)),
             ("dur_ms", R.randint(20, 800)), ("trace", hexs(16))]
    return [logfmt("emar", pairs)]


def ev_mds(t):
    r = res()
    ard = TODAY - dt.timedelta(days=R.randint(0, 12))
    ln = Ln("mds")
    ln.t("MDS3.0|ASMT_ID=%d|A0100B=%s|A0310A=%s|A0310B=%s|A0500A=" % (R.randint(800000, 899999), CCN,
                                                                        R.choice(["02", "03", "99"]), R.choice(["01", "99"])))
    ln.p(r["first"].upper(), "name").t("|A0500B=").p(r["middle"][0], "name").t("|A0500C=").p(r["last"].upper(), "name")
    ln.t("|A0600A=")
    if R.random() < 0.15:
        ln.t("999999999")  # placeholder, not labeled
    else:
        ln.p(r["ssn"].replace("-", ""), "ssn")
    ln.t("|A0600B=").p(r["mbi"], "health_plan").t("|A0700=N|A0800=%d|A0900=" % (2 if not r["male"] else 1))
    ln.p(d8(r["dob"]), "date").t("|A1600=").p(d8(r["adm"]), "date").t("|A2300=").p(d8(ard), "date")
    ln.t("|C0500=%02d|D0300=%02d|GG0130A1=%02d|I4800=%d|O0100K2=%d|Z0400A=%s|status=READY"
         % (R.randint(0, 15), R.randint(0, 27), R.randint(1, 6), R.randint(0, 1), int(r["hospice"]),
            R.choice(["mdscoord.pruitt", "rn.yoder"])))
    return [ln]


def ev_iqies(t):
    r = res()
    bid = R.randint(10 ** 8, 10 ** 9)
    ln = Ln("iqies_xml")
    ln.t('<SubmissionResponse xmlns="urn:cms:iqies:mds" version="3.01.2"><BatchId>%d</BatchId>'
         '<FacilityId>OH%s</FacilityId><ReceivedTs>%s</ReceivedTs><Record seq="1" status="%s" ResidentInternalId="'
         % (bid, CCN, iso_utc(t), R.choice(["ACCEPTED", "ACCEPTED", "WARNING"])))
    ln.p(r["iqies"], "other_id").t('" AsmtId="%d"><Msg code="-3804" sev="W">Item GG0170 value out of expected range</Msg></Record></SubmissionResponse>'
                                   % R.randint(10 ** 8, 10 ** 9))
    return [ln]


def ev_hl7(t):
    r = res()
    doc = R.choice(DOCS)
    cid = "RGA%s%04d" % (t.strftime("%y%m%d%H%M"), R.randint(0, 9999))
    ts = t.strftime("%Y%m%d%H%M%S")
    typ = R.choice(["ADT^A04", "ADT^A08", "ORU^R01"])
    out = [L("hl7", "MSH|^~\\&|RGA_EHR|RIDGEVIEW|PCC|STANNE_INF|%s||%s|%s|P|2.5.1|||AL|NE" % (ts, typ, cid))]
    if typ.startswith("ADT"):
        out.append(L("hl7", "EVN|%s|%s|||%s^%s^%s" % (typ[-3:], ts, doc[2], doc[0].upper(), doc[1].upper())))
    ln = Ln("hl7")
    ln.t("PID|1||").p(r["rga"], "mrn").t("^^^RGA^MR~").p(r["mbi"], "health_plan").t("^^^CMS^MC||")
    ln.p(lfm(r), "name").t("^^^^L")
    if r["rel"]:
        ln.t("~").p("%s^%s" % (r["last"].upper(), r["rel"].upper()), "name").t("^^^SR^^A")
    ln.t("||").p(d8(r["dob"]), "date").t("|%s||2106-3|" % ("M" if r["male"] else "F"))
    ln.p(MH_ADDR.upper() + "^" + r["wing"].upper().replace("(", "").replace(")", "") + "^" + MH_CITY.upper(), "address")
    ln.t("^OH^").p(MH_ZIP, "zip").t("^USA^H||^PRN^PH^^^").p("937^5550140", "phone")
    ln.t("|||S|CAT||")
    if R.random() < 0.7:
        ln.p(r["ssn"].replace("-", ""), "ssn")
    ln.t("|")
    out.append(ln)
    if R.random() < 0.6 and r["fam"]:
        f = R.choice(r["fam"])
        fn, fl = f["name"].split(" ", 1)
        out.append(Ln("hl7").t("NK1|1|").p("%s^%s" % (fl.upper(), fn.upper()), "name")
                   .t("|%s^%s^HL70063|" % ({"niece": "OTH", "nephew": "OTH", "sister": "SIS", "brother": "BRO"}.get(f["rel"], "OTH"),
                                             f["rel"].upper()))
                   .t("|^PRN^PH^^^").p("%s^%s" % (f["phone"][:3], f["phone"][4:].replace("-", "")), "phone").t("||EC"))
    pv = Ln("hl7").t("PV1|1|O|STANNE^%s^1|||" % r["room"]).t("|%s^%s^%s^^^^MD|||GER" % (doc[2], doc[0].upper(), doc[1].upper()))
    pv.t("|" * 9).p("V%d" % R.randint(1000000, 9999999), "account").t("|" * 25)
    pv.p(d8(r["adm"]), "date")
    out.append(pv)
    if typ == "ORU^R01":
        out.append(L("hl7", "OBR|1|%d|%d|PANEL^Geriatric visit vitals^L|||%s" % (R.randint(10 ** 6, 10 ** 7), R.randint(10 ** 6, 10 ** 7), ts)))
        out.append(L("hl7", "OBX|1|NM|8480-6^Systolic BP^LN||%d|mm[Hg]|90-140|N|||F" % R.randint(98, 168)))
        out.append(L("hl7", "OBX|2|NM|29463-7^Body weight^LN||%.1f|[lb_av]||N|||F" % R.uniform(88, 190)))
        if R.random() < 0.5:
            out.append(Ln("hl7").t("NTE|1||Pt is ").p(str(age_of(r["dob"])), "age" if age_of(r["dob"]) > 89 else "_none")
                       .t("; weight trend down 4 lb over 30d, dietary consult placed"))
    return out


def ev_fhir(t):
    r = res()
    kind = R.choice(["Patient", "Encounter", "Observation"])
    if kind == "Patient":
        names = [{"use": "official", "family": P(r["last"], "name"), "given": [P(r["first"], "name"), P(r["middle"], "name")]}]
        if r["rel"]:
            names.append({"use": "usual", "text": [r["Title"] + " ", P(r["rel"], "name")], "prefix": [r["Title"]]})
        o = {"resourceType": "Patient", "id": P(r["rga"], "mrn"),
             "meta": {"versionId": str(R.randint(1, 40)), "lastUpdated": iso_utc(t)},
             "identifier": [{"system": "https://ridgeview-geri.example/mrn", "value": P(r["rga"], "mrn")},
                            {"system": "http://hl7.org/fhir/sid/us-mbi", "value": P(r["mbi"], "health_plan")}],
             "name": names, "gender": "male" if r["male"] else "female", "birthDate": P(r["dob"].isoformat(), "date"),
             "address": [{"use": "home", "line": [P(MH_ADDR, "address")], "city": P(MH_CITY, "address"),
                          "state": "OH", "postalCode": P(MH_ZIP, "zip")}]}
    elif kind == "Encounter":
        doc = R.choice(DOCS)
        o = {"resourceType": "Encounter", "id": uuid4(), "status": "finished",
             "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "HH"},
             "subject": {"reference": ["Patient/", P(r["rga"], "mrn")]},
             "participant": [{"individual": {"reference": "Practitioner/%s" % doc[2], "display": "%s %s, MD" % (doc[1], doc[0])}}],
             "period": {"start": [P(TODAY.isoformat(), "date"), "T%02d:%02d:00-04:00" % (t.hour, t.minute)]},
             "serviceProvider": {"display": "Ridgeview Geriatric Associates"}}
    else:
        o = {"resourceType": "Observation", "id": uuid4(), "status": "final",
             "code": {"coding": [{"system": "http://loinc.org", "code": "59408-5", "display": "SpO2"}]},
             "subject": {"reference": ["Patient/", P(r["rga"], "mrn")]},
             "effectiveDateTime": [P((TODAY - dt.timedelta(days=R.randint(0, 2))).isoformat(), "date"), "T%02d:%02d:00-04:00" % (t.hour, t.minute)],
             "valueQuantity": {"value": R.randint(86, 99), "unit": "%", "system": "http://unitsofmeasure.org", "code": "%"}}
    return [emit_fhir(Ln("fhir"), o)]


def emit_fhir(ln, obj):
    """like emit_json but a list inside a string slot means a concatenated string of parts"""
    if isinstance(obj, dict):
        ln.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                ln.t(",")
            ln.t(json.dumps(k) + ":")
            if isinstance(v, list) and k in ("reference", "text", "start", "effectiveDateTime"):
                ln.t('"')
                for part in v:
                    ln.v(part, "json")
                ln.t('"')
            else:
                emit_fhir(ln, v)
        ln.t("}")
        return ln
    if isinstance(obj, list):
        ln.t("[")
        for i, v in enumerate(obj):
            if i:
                ln.t(",")
            emit_fhir(ln, v)
        ln.t("]")
        return ln
    return emit_json(ln, obj)


ICN_SEQ = [4410]


def x12_env(t, gs_id, st_id, impl):
    ICN_SEQ[0] += R.randint(1, 7)
    c = ICN_SEQ[0]
    a, b = ("COVSRMGMT", "15202") if st_id == "837" else ("15202", "COVSRMGMT")
    out = [L(gs_id, "ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%09d*0*P*:~"
             % (a, b, t.strftime("%y%m%d"), t.strftime("%H%M"), c)),
           L(gs_id, "GS*%s*%s*%s*%s*%s*%d*X*%s~" % ("HC" if st_id == "837" else "HP", a, b, t.strftime("%Y%m%d"), t.strftime("%H%M"), c, impl)),
           L(gs_id, "ST*%s*0001*%s~" % (st_id, impl))]
    return out, c


def ev_837(t):
    fam = "x12_837"
    out, c = x12_env(t, fam, "837", "005010X223A2")
    out.append(L(fam, "BHT*0019*00*CB%s-%04d*%s*%s*CH~" % (t.strftime("%y%m%d"), R.randint(1, 9999), t.strftime("%Y%m%d"), t.strftime("%H%M"))))
    out.append(L(fam, "NM1*41*2*COVENANT SENIOR MANAGEMENT LLC*****46*COVSRMGMT~"))
    out.append(L(fam, "PER*IC*EDI DESK*TE*6145550100*EM*edi@covenant-senior.example~"))
    out.append(L(fam, "NM1*40*2*CGS ADMINISTRATORS J15*****46*15202~"))
    out.append(L(fam, "HL*1**20*1~"))
    out.append(L(fam, "NM1*85*2*ST ANNE INFIRMARY OF THE VISITATION*****XX*%s~" % FAC_NPI))
    out.append(L(fam, "N3*%s~" % MH_ADDR.upper()))
    out.append(L(fam, "N4*%s*OH*%s9601~" % (MH_CITY.upper(), MH_ZIP)))
    out.append(L(fam, "REF*EI*%s~" % TIN.replace("-", "")))
    hl = 2
    for _ in range(R.randint(1, 2)):
        r = res()
        start = dt.date(2025, 2, 1)
        end = dt.date(2025, 2, 28)
        out.append(L(fam, "HL*%d*1*22*0~" % hl))
        hl += 1
        out.append(L(fam, "SBR*P*18*******MA~"))
        out.append(L(fam, "NM1*IL*1*", P(lfm(r, sep="*"), "name"), "****MI*", P(r["mbi"], "health_plan"), "~"))
        out.append(L(fam, "N3*", P(MH_ADDR.upper(), "address"), "~"))
        out.append(L(fam, "N4*", P(MH_CITY.upper(), "address"), "*OH*", P(MH_ZIP, "zip"), "~"))
        out.append(L(fam, "DMG*D8*", P(d8(r["dob"]), "date"), "*%s~" % ("M" if r["male"] else "F")))
        out.append(L(fam, "NM1*PR*2*CGS ADMINISTRATORS J15*****PI*15202~"))
        amt = "%.2f" % R.uniform(6000, 16000)
        out.append(L(fam, "CLM*", P("%s-0225" % r["mrn"], "account"), "*%s***21:A:1**A*Y*Y~" % amt))
        out.append(L(fam, "DTP*434*RD8*", P(d8(start), "date"), "-", P(d8(end), "date"), "~"))
        out.append(L(fam, "DTP*435*D8*", P(d8(r["adm"]), "date"), "~"))
        out.append(L(fam, "CL1*1*1*30~"))
        out.append(L(fam, "HI*ABK:%s*ABF:%s*ABF:%s~" % (R.choice(["G309", "I5032", "C509", "J449"]), R.choice(["I10", "E119", "N183"]), R.choice(["F0390", "M6281", "R627"]))))
        d = R.choice(DOCS)
        out.append(L(fam, "NM1*71*1*%s*%s****XX*%s~" % (d[0].upper(), d[1].upper(), d[2])))
        out.append(L(fam, "LX*1~"))
        out.append(L(fam, "SV2*0022*HP:%s*%s*UN*28~" % (R.choice(["KAKC1", "NCDE1", "LBFA1", "TDSG1"]), amt)))
    n = len(out) - 2 + 1
    out.append(L(fam, "SE*%d*0001~" % n))
    out.append(L(fam, "GE*1*%d~" % c))
    out.append(L(fam, "IEA*1*%09d~" % c))
    return out


def ev_835(t):
    fam = "x12_835"
    out, c = x12_env(t, fam, "835", "005010X221A1")
    amt = R.uniform(20000, 90000)
    out.append(L(fam, "BPR*I*%.2f*C*ACH*CCP*01*041000124*DA*%d*1941234567**01*042000314*DA*7700123345*%s~"
                 % (amt, R.randint(10 ** 9, 10 ** 10), t.strftime("%Y%m%d"))))
    out.append(L(fam, "TRN*1*%d*1%s~" % (R.randint(10 ** 9, 10 ** 10), TIN.replace("-", ""))))
    out.append(L(fam, "N1*PR*CGS ADMINISTRATORS J15~"))
    out.append(L(fam, "N1*PE*ST ANNE INFIRMARY OF THE VISITATION*XX*%s~" % FAC_NPI))
    out.append(L(fam, "LX*1~"))
    for _ in range(R.randint(1, 2)):
        r = res()
        ch = R.uniform(6000, 16000)
        out.append(L(fam, "CLP*", P("%s-0125" % r["mrn"], "account"), "*1*%.2f*%.2f**MA*" % (ch, ch * 0.83),
                     P("2225%09d" % R.randint(0, 10 ** 9 - 1), "other_id"), "*21*1~"))
        out.append(L(fam, "NM1*QC*1*", P(lfm(r, sep="*", mi=False), "name"), "****MI*", P(r["mbi"], "health_plan"), "~"))
        out.append(L(fam, "DTM*232*", P("20250101", "date"), "~"))
        out.append(L(fam, "DTM*233*", P("20250131", "date"), "~"))
        out.append(L(fam, "CAS*CO*45*%.2f~" % (ch * 0.17)))
    out.append(L(fam, "SE*%d*0001~" % (len(out) - 1)))
    out.append(L(fam, "GE*1*%d~" % c))
    out.append(L(fam, "IEA*1*%09d~" % c))
    return out


HOSPICE_RN = ["Liz Carver", "Tomasz Wrona", "Aisha Bello"]


def ev_sms(t):
    r = res()
    f = R.choice(r["fam"])
    nm = relname(r)
    k = R.randint(0, 6)
    ln = Ln("sms_gw")
    ln.t('{"sid":"SM%s","ts":"%s","from":"+1937555%04d","to":"+1937555%04d","dir":"%s","status":"delivered","body":"'
         % (hexs(32), iso_utc(t), R.randint(150, 174), R.randint(175, 199), R.choice(["outbound", "inbound"])))
    if k == 0:
        d = TODAY + dt.timedelta(days=R.randint(0, 3))
        ln.t("Gentle Harbor: RN visit for %s " % r["title"]).p(nm, "name", "json").t(" set for ")
        ln.p(d.strftime("%m/%d"), "date", "json").t(" 2pm. Pls have MAR + POLST ready. -%s" % R.choice(HOSPICE_RN).split()[0])
    elif k == 1:
        ln.t("Family update: %s " % f["rel"]).p(f["name"], "name", "json").t(" (").p(f["phone"], "phone", "json")
        ln.t(") asks for call back re comfort meds for ").p(legal(r), "name", "json").t(".")
    elif k == 2:
        ln.t("IDT mtg moved to Thu 10:00, conf rm B (Motherhouse). Dial-in 1-877-555-0199 pin 44021#")
    elif k == 3:
        ln.t("New referral: ").p(r["first"] + " " + r["last"], "name", "json").t(" aka %s " % r["title"])
        ln.p(nm, "name", "json").t(", ").p(str(age_of(r["dob"])), "age" if age_of(r["dob"]) > 89 else "_x", "json")
        ln.t("yo, Alzheimer's FAST 7c. GH# ").p(r["gh"], "mrn", "json").t(" election eff ").p(TODAY.strftime("%m/%d/%Y"), "date", "json")
    elif k == 4:
        ln.t(r["title"] + " ").p(nm, "name", "json").t(" pronounced 04:12 by RN K. Osei. Family notified (")
        ln.p(f["name"], "name", "json").t("). Funeral home Schaefer & Sons 937-555-0164 to call. R.I.P.")
    elif k == 5:
        ln.t("Reminder: recert visits due this wk, pull list from portal. Reply STOP to opt out")
    else:
        ln.t("Pls call ").p(f["name"].split()[0], "name", "json").t(" at ").p(f["phone"], "phone", "json")
        ln.t(" - wants to be here for anointing. Fr. Brody avail after 3.")
    ln.t('","segments":%d,"price":"-0.0079","api_version":"2010-04-01"}' % R.randint(1, 3))
    return [ln]


REG_HEADER = "member_no,prov,religious_name,legal_name,birth_dt,entrance_dt,first_prof_dt,final_prof_dt,status,residence,nok_name,nok_rel,nok_phone"


def csvq(s):
    return '"%s"' % s if ("," in s or " " in s) else s


def ev_registry(t):
    out = []
    if R.random() < 0.25:
        out.append(L("registry_csv", REG_HEADER))
    for _ in range(R.randint(1, 3)):
        r = res()
        f = r["fam"][0]
        ln = Ln("registry_csv")
        ln.p(r["member"], "other_id").t(",%s," % r["member"][4])
        if r["rel"]:
            ln.t('"%s ' % r["Title"]).p(r["rel"], "name").t(', CLV"')
        ln.t(',"').p("%s, %s %s" % (r["last"], r["first"], r["middle"]), "name").t('",')
        ln.p(r["dob"].isoformat(), "date").t(",").p(r["ent"].isoformat(), "date").t(",")
        ln.p(r["fp"].isoformat(), "date").t(",").p(r["fin"].isoformat(), "date")
        status = R.choice(["INFIRMARY", "INFIRMARY", "INFIRMARY", "DECEASED"])
        ln.t(",%s," % status)
        ln.t("Motherhouse - St. Anne Infirmary,")
        if R.random() < 0.3:
            s = R.choice(SUPERIORS)
            ln.t('"%s ' % s[1]).p(s[0], "name").t('",HC agent,').p(s[2], "phone")
        else:
            ln.p(f["name"], "name").t(",%s," % f["rel"]).p(f["phone"], "phone")
        out.append(ln)
    return out


VOLUNTEERS = ["Pat Engle (volunteer)", "Fr. Brody", "Deacon M. Ruiz", "Hair by Gina (vendor)", "Sysco driver"]


def ev_visitor(t):
    r = res()
    f = R.choice(r["fam"])
    k = R.random()
    ln = Ln("visitor")
    ln.t("%s kiosk=LOBBY-1 evt=%s badge=V-%04d " % (t.strftime("%Y-%m-%d %H:%M:%S"), R.choice(["CHECKIN", "CHECKIN", "CHECKOUT"]), R.randint(1, 9999)))
    if k < 0.55:
        ln.t('visitor="').p(f["name"], "name").t('" rel=%s visiting="%s ' % (f["rel"], r["title"])).p(relname(r), "name").t('"')
        ln.t(" room=%s" % r["room"])
        if R.random() < 0.5:
            ln.t(" id=DL:").p(f["dl"], "license")
        else:
            ln.t(" id=DL:").p("****" + f["dl"][-4:], "license")
        if R.random() < 0.4:
            ln.t(" plate=OH:").p(f["plate"], "vehicle")
        if R.random() < 0.4:
            ln.t(" cell=").p(f["phone"], "phone")
        ln.t(" screen=PASS temp=%.1fF" % R.uniform(97.0, 99.1))
    elif k < 0.75:
        o = res()
        ln.t('visitor="%s ' % o["title"]).p(relname(o), "name").t('" rel=community visiting="%s ' % r["title"]).p(relname(r), "name")
        ln.t('" room=%s screen=PASS' % r["room"])
    else:
        v = R.choice(VOLUNTEERS)
        ln.t('visitor="%s" rel=%s dest="%s" screen=PASS' % (v, "clergy" if v.startswith(("Fr.", "Deacon")) else "vendor/volunteer", R.choice(WINGS)))
    return [ln]


def ev_syslog(t):
    r = res()
    pre = "<%d>%s %2d %s nc-gw01 respond[%d]: " % (R.choice([134, 132, 131]), t.strftime("%b"), t.day, t.strftime("%H:%M:%S"), R.randint(2000, 2400))
    k = R.random()
    ln = Ln("syslog").t(pre)
    if k < 0.4:
        ln.t("CALL_PLACED loc=%s-%s type=PENDANT dev=" % (r["wing"][:6].upper().replace(" ", "").replace(".", ""), r["room"]))
        ln.p(r["pendant"], "device").t(" assigned=CNA %s ack=%ds" % (R.choice(STAFF_CNA), R.randint(5, 240)))
    elif k < 0.55:
        ln.t("WANDER_ALERT door=E-%d tag=" % R.randint(1, 6)).p(r["wander"], "device").t(" res=").p(r["mrn"], "mrn").t(" action=DOOR_LOCKED")
    elif k < 0.65:
        ln.t("WIFI_ASSOC ssid=CLV-Resident ap=ap-stj-0%d client=" % R.randint(1, 8)).p(r["mac"], "device").t(" owner_room=%s rssi=-%d" % (r["room"], R.randint(40, 80)))
    else:
        ln.t(R.choice(["LINK_UP port=ge-0/0/%d speed=1000" % R.randint(1, 24), "BATTERY_LOW dome=DL-%03d" % R.randint(1, 120),
                       "NTP sync ok offset=%dms" % R.randint(1, 40), "CALL_CLEARED loc=STB-%d%s dur=%ds" % (R.randint(101, 248), R.choice("AB"), R.randint(10, 600)),
                       "HEARTBEAT console=NS-STJ-01 fw=7.4.%d uptime=%dh" % (R.randint(0, 9), R.randint(10, 9000))]))
    return [ln]


UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36"]


def ev_nginx(t):
    ts = "[%s -0400]" % t.strftime("%d/%b/%Y:%H:%M:%S")
    ln = Ln("nginx")
    if R.random() < 0.5:
        r = res()
        f = R.choice(r["fam"])
        path = R.choice(["/family/residents/%s/updates?since=2025-03-0%d" % (r["mrn"], R.randint(1, 9)),
                         "/family/residents/%s/photos/%d.jpg" % (r["mrn"], R.randint(100, 999)),
                         "/family/residents/%s/visits/new" % r["mrn"]])
        ln.p(f["ip"], "ip").t(" - ").p(f["email"], "email").t(" %s \"GET " % ts).p(path, "url")
        ln.t(' HTTP/2.0" 200 %d "https://portal.visitationsisters.example/family/home" "%s" rt=%.3f'
             % (R.randint(400, 90000), R.choice(UA), R.uniform(0.01, 0.9)))
    else:
        ip = R.choice(["10.20.0.5", "10.20.0.6", "66.249.66.%d" % R.randint(1, 200), "40.77.167.%d" % R.randint(1, 200)])
        path = R.choice(["/healthz", "/static/app.%s.js" % hexs(8), "/robots.txt", "/family/login", "/static/img/motherhouse.webp",
                         "/api/v2/news?page=%d" % R.randint(1, 5)])
        ln.t('%s - - %s "GET %s HTTP/1.1" %d %d "-" "%s" rt=%.3f' % (ip, ts, path, R.choice([200, 200, 304, 404]), R.randint(0, 40000),
                                                                   R.choice(UA + ["kube-probe/1.29", "Googlebot/2.1 (+http://www.google.com/bot.html)"]), R.uniform(0.0, 0.2)))
    return [ln]


def ev_pharm(t):
    r = res()
    drug, ndc = R.choice(DRUGS)
    d = R.choice(DOCS)
    ln = Ln("pharmacy")
    ln.t("RXDISP|KLTC-DAY|%s|" % t.strftime("%Y%m%d%H%M%S")).p("RX%07d" % R.randint(10 ** 6, 10 ** 7 - 1), "other_id").t("|")
    ln.p(r["mrn"], "mrn").t("|").p(lfm(r, mi=False), "name").t("|").p(d8(r["dob"]), "date").t("|%s|%s|%d|LOT %s%d EXP 2026-%02d|NPI %s|%s|start="
                                                                                             % (drug.upper(), ndc, R.choice([14, 28, 30, 60]), R.choice("KLMX"), R.randint(10000, 99999), R.randint(1, 12), d[2], R.choice(["CYCLE", "STAT", "NEW", "REFILL"])))
    ln.p(d8(TODAY + dt.timedelta(days=R.randint(0, 7))), "date").t("|tote=T%04d" % R.randint(1, 999))
    return [ln]


def ev_java(t):
    r = res()
    cls = R.choice(["ClaimExporter", "RemitPoster", "EligibilityClient"])
    head = Ln("java").t("%s ERROR [claims-worker-%d] c.c.billing.%s - " % (t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % R.randint(0, 999), R.randint(1, 8), cls))
    k = R.random()
    if k < 0.4:
        head.t("Failed to export claim for resident ").p("%s, %s" % (r["last"].upper(), r["first"].upper()), "name").t(" (MBI ").p(r["mbi"], "health_plan").t(")")
        exc = "java.lang.IllegalStateException: subscriber N4 missing postal code"
    elif k < 0.6:
        head.t("Remit post failed pcn=").p("%s-0125" % r["mrn"], "account").t(" amount mismatch")
        exc = "com.covenant.billing.RemitException: CLP03 != sum(SVC02)"
    else:
        head.t("Eligibility 270 call timed out after 30000 ms host=edi.cgsmedicare.example:443 batch=%d" % R.randint(1000, 9999))
        exc = "java.net.SocketTimeoutException: Read timed out"
    out = [head, L("java", exc)]
    frames = ["at com.covenant.billing.%s.run(%s.java:%d)" % (cls, cls, R.randint(40, 400)),
              "at com.covenant.billing.x12.SegmentWriter.write(SegmentWriter.java:%d)" % R.randint(20, 200),
              "at java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
              "at java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:642)",
              "at java.base/java.lang.Thread.run(Thread.java:1583)"]
    for fr in frames[:R.randint(3, 5)]:
        out.append(L("java", "\t" + fr))
    if R.random() < 0.3:
        out.append(L("java", "\t... %d common frames omitted" % R.randint(2, 30)))
    return out


def ev_pg(t):
    pre = "%s.%03d EDT [%d] " % (t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(0, 999), R.randint(1000, 60000))
    ln = Ln("pgsql").t(pre)
    k = R.random()
    r = res()
    if k < 0.3:
        ln.t("registry_app@ordo LOG:  duration: %.3f ms  statement: UPDATE members SET status='INFIRMARY', infirmary_adm='" % R.uniform(0.2, 30))
        ln.p(r["adm"].isoformat(), "date").t("' WHERE member_no='").p(r["member"], "other_id").t("'")
    elif k < 0.45:
        ln.t("registry_app@ordo LOG:  duration: %.3f ms  execute <unnamed>: SELECT * FROM members WHERE legal_last ILIKE $1 AND religious_name = $2" % R.uniform(0.2, 30))
    elif k < 0.55:
        ln.t("registry_app@ordo DETAIL:  parameters: $1 = '").p(r["last"], "name").t("', $2 = '")
        if r["rel"]:
            ln.p(r["rel"], "name")
        ln.t("'")
    elif k < 0.62:
        ln.t("necrology_job@ordo LOG:  duration: %.3f ms  statement: INSERT INTO necrology(member_no, death_dt, burial) VALUES ('" % R.uniform(0.2, 9))
        ln.p(r["member"], "other_id").t("', '").p(TODAY.isoformat(), "date").t("', 'Motherhouse cemetery')")
    else:
        ln.t(R.choice(["LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=%.3f s" % (R.randint(10, 900), R.uniform(0, 5), R.uniform(0, 30)),
                       "LOG:  automatic vacuum of table \"ordo.public.visit_log\": index scans: 1",
                       "registry_app@ordo LOG:  connection authorized: user=registry_app database=ordo SSL enabled (protocol=TLSv1.3)",
                       "LOG:  could not receive data from client: Connection reset by peer"]))
    return [ln]


def ev_note(t):
    r = res()
    f = R.choice(r["fam"])
    a = age_of(r["dob"])
    ag = "age" if a > 89 else "_under90"
    k = R.randint(0, 4)
    ln = Ln("note")
    author = {0: "chaplain.brody", 1: R.choice(USERS[:4]), 2: R.choice(["dr.abernathy", "np.castaneda"]), 3: "sw.zhao"}.get(k, "admin.sec")
    ln.t("%s NOTE|%s|" % (t.strftime("%m/%d/%y %H:%M"), author))
    if k == 0:
        ln.t("Chaplain: brought Communion to %s " % r["title"]).p(relname(r), "name").t(" (").p(r["last"], "name").t("). ")
        ln.t("Her " if not r["male"] else "His ").t(f["rel"] + " ").p(f["name"], "name").t(" present, asked about hospice eval. Peaceful, prayed the Magnificat.")
    elif k == 1:
        ln.t("Nursing: ").p(str(a), ag).t(" y/o %s res of %s. Skin intact, ate 50%% bkfst, PRN APAP x1 for knee pain 5/10. Fall mat in place."
                                             % ("M" if r["male"] else "F", r["wing"]))
    elif k == 2:
        d = R.choice(DOCS)
        ln.t("Dr. %s visit: " % d[0]).p(legal(r), "name").t(", DOB ").p(r["dob"].strftime("%m/%d/%Y"), "date")
        ln.t(". Wt down 6 lb/90d, BIMS 7. Goals of care discussed w/ HC agent ")
        s = R.choice(SUPERIORS)
        ln.t(s[1] + " ").p(s[0], "name").t(" by phone ").p(s[2], "phone").t(". Recommend hospice eval (Gentle Harbor).")
    elif k == 3:
        ln.t("SW: hospice election signed ").p(TODAY.strftime("%m/%d/%Y"), "date").t(" for %s " % r["title"]).p(relname(r), "name")
        ln.t(", Gentle Harbor pt# ").p(r["gh"], "mrn").t(". Notified ").p(f["name"], "name").t(" (%s) via email " % f["rel"]).p(f["email"], "email").t(".")
    else:
        ln.t("Leadership: Provincial council approved 2025 infirmary budget; signed Sr. Kathleen Marie Doyle, Provincial. No resident info.")
    return [ln]


def ev_winsec(t):
    ev = R.choice([(4624, "An account was successfully logged on"), (4634, "An account was logged off"),
                   (4625, "An account failed to log on"), (4740, "A user account was locked out")])
    u = R.choice(USERS)
    ln = L("winsec", "%s EventID=%d Computer=NS-STJ-0%d.clv.local Channel=Security Keywords=%s Message=\"%s.\" TargetUserName=%s "
           "TargetDomainName=CLV LogonType=%d IpAddress=10.20.%d.%d WorkstationName=WS-%s ProcessId=0x%x"
           % (iso_utc(t), ev[0], R.randint(1, 4), "0x8010000000000000" if ev[0] == 4625 else "0x8020000000000000",
              ev[1], u, R.choice([2, 3, 10]), R.randint(1, 9), R.randint(2, 250), hexs(4).upper(), R.randint(200, 9000)))
    return [ln]


def ev_kitchen(t):
    r = res()
    ln = Ln("kitchen_tsv")
    ln.t("TKT%06d\t%s\t%s\t" % (R.randint(0, 999999), R.choice(["BRK", "LUN", "DIN", "HS-SNACK"]), r["room"]))
    ln.p("%s, %s" % (r["last"].upper(), r["first"][0]), "name")
    if r["rel"]:
        ln.t(" (%s " % r["title"]).p(r["rel"], "name").t(")")
    ln.t("\t%s\t%s\t%s" % (R.choice(["Mech Soft", "Regular", "Pureed", "Cardiac 2g Na"]), R.choice(["Thin", "Nectar thick", "Honey thick"]),
                           R.choice(["NKFA", "Shellfish", "Lactose", "No pork (pref)"])))
    nb = r["dob"].replace(year=TODAY.year)
    if 0 <= (nb - TODAY).days <= 14:
        turning = age_of(r["dob"]) + (1 if nb > TODAY else 0)
        ln.t("\tBIRTHDAY ").p(nb.strftime("%m/%d"), "date").t(" - ").p(str(turning), "age" if turning > 89 else "_u").t("th, cake from the Sisters")
    return [ln]


def ev_app(t):
    k = R.random()
    if k < 0.3:
        r = res()
        f = R.choice(r["fam"])
        o = {"time": iso_utc(t), "level": "info", "service": "family-portal-pay", "version": "2.8.%d" % R.randint(0, 19),
             "trace_id": hexs(32), "span_id": hexs(16), "evt": "payment.captured", "payer": P(f["name"], "name"),
             "card_brand": "visa", "card_last4": P(card()[-4:], "account"), "amount": round(R.uniform(15, 90), 2),
             "memo": "salon + podiatry extras",
             "resident_ref": P(r["mrn"], "mrn"), "processor_ref": "ch_%s" % hexs(24)}
        return [J("app_json", o)]
    if k < 0.36:
        # vendor purchase on the order's corporate card: not PHI
        o = {"time": iso_utc(t), "level": "info", "service": "ap-procure", "evt": "po.paid",
             "po": "PO-2025-%05d" % R.randint(1, 99999), "vendor": "Medline Industries", "sku": "MDS%06d" % R.randint(0, 999999),
             "card": card("5"), "note": "corporate p-card, Congregation of Our Lady of the Visitation"}
        return [J("app_json", o)]
    o = {"time": iso_utc(t), "level": R.choice(["info", "info", "debug", "warn"]),
         "service": R.choice(["claims-export", "family-portal", "iqies-bridge", "sms-relay"]),
         "version": "%d.%d.%d-b%d" % (R.randint(1, 4), R.randint(0, 20), R.randint(0, 9), R.randint(1000, 2000)),
         "pod": "%s-%s-%s" % (R.choice(["claims", "portal", "bridge"]), hexs(10), hexs(5)), "trace_id": hexs(32), "span_id": hexs(16),
         "msg": R.choice(["request completed", "batch complete", "retrying upstream", "cache warm", "deployed config rev"]),
         "duration_ms": R.randint(2, 4000), "http.status": R.choice([200, 200, 201, 502]),
         "upstream": R.choice(["52.6.14.101:443", "10.20.0.12:5432", "api.twilio.example:443"])}
    return [J("app_json", o)]


EVENTS = [
    (ev_ehr_audit, 4.5), (ev_ehr_sys, 10), (ev_emar, 5.5), (ev_emar_sys, 9), (ev_mds, 2.2), (ev_iqies, 2), (ev_hl7, 1.6),
    (ev_fhir, 3.5), (ev_registry, 1.5), (ev_sms, 4.5), (ev_registry, 1.2), (ev_visitor, 5), (ev_syslog, 11),
    (ev_nginx, 12), (ev_pharm, 3), (ev_java, 1.5), (ev_pg, 8), (ev_note, 4.5), (ev_winsec, 11), (ev_kitchen, 2.2),
    (ev_app, 13),
]
SINGLE = [ev_ehr_sys, ev_emar_sys, ev_winsec, ev_syslog, ev_nginx, ev_app, ev_emar, ev_visitor]


def build():
    lines = []
    t = NOW
    fns = [e for e, _ in EVENTS]
    ws = [w for _, w in EVENTS]
    sched = {130: ev_837, 330: ev_835}  # nightly batch windows of the management company
    while len(lines) < N_LINES:
        t += dt.timedelta(seconds=R.randint(10, 260))
        fn = R.choices(fns, ws)[0]
        for at in list(sched):
            if len(lines) >= at:
                fn = sched.pop(at)
        evs = fn(t)
        if len(lines) + len(evs) > N_LINES:
            evs = R.choice(SINGLE)(t)
        lines.extend(evs)
    return lines[:N_LINES]


def render(lines):
    out_log = []
    out_lab = []
    for n, ln in enumerate(lines, 1):
        buf = b""
        spans = []
        for text, cat, raw, enc in ln.parts:
            b = text.encode("utf-8")
            if cat is not None and not cat.startswith("_"):
                spans.append((len(buf), len(buf) + len(b), cat, raw, enc, text))
            buf += b
        s_line = buf.decode("utf-8")
        if "\n" in s_line or "\r" in s_line or not s_line.strip():
            raise SystemExit("bad line %d: %r" % (n, s_line))
        last_e = 0
        for s, e, cat, raw, enc, text in spans:
            if not (0 <= s < e <= len(buf)):
                raise SystemExit("span bounds line %d" % n)
            if s < last_e:
                raise SystemExit("overlap line %d" % n)
            last_e = e
            got = buf[s:e].decode("utf-8")
            if got != text or decode(got, enc) != raw:
                raise SystemExit("span mismatch line %d: %r vs %r" % (n, got, raw))
        out_log.append(s_line)
        out_lab.append(json.dumps({"line": n, "family": ln.fam,
                                   "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _, _, _ in spans]}, ensure_ascii=False))
    return out_log, out_lab


def main():
    lines = build()
    log, lab = render(lines)
    assert len(log) == N_LINES
    with open("sa.log", "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(log) + "\n")
    with open("sa.labels.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lab) + "\n")


if __name__ == "__main__":
    main()
