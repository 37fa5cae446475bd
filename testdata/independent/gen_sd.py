#!/usr/bin/env python3
"""gen_sd.py - synthetic labeled log corpus "sd".

Organisation: Horizon Medical Relief (HMR), an international humanitarian
medical NGO running the Lotikipi field hospital (HMR-LTK-FH) and mobile
clinics in the (fictional) Lotikipi refugee camp, Turkana, Kenya, with a US
donor-reporting / fundraising office in Washington DC. All people, numbers
and addresses are synthetic.

Systems simulated (family names used in the labels)
  prs_pino_json       home-grown patient registration service (Node, pino
                      JSON): camp household IDs, proGres-style UNHCR case and
                      individual numbers, walking-blood-bank donors, mHealth
                      opt-in of a caregiver's phone.
  hl7v2               Bahmni/OpenMRS -> lab ADT/ORU feed, one segment a line.
  fhir_r4             OpenMRS FHIR2 module: Patient, Immunization, Observation.
  kobo_csv            KoboToolbox exports: child nutrition (MUAC) screening
                      rows and aggregate mass-screening rows, with headers.
  rapidpro_json       RapidPro SMS log for the measles-rubella campaign.
  dhis2_log           DHIS2 server log (aggregate + tracker imports).
  ot_register_pipe    surgical (OT) register export, autoclave cycles.
  reftrans_logfmt     referral transport dispatcher (Go, logfmt): ambulances,
                      GPS fixes, M-Pesa transport refunds.
  vsat_syslog         iDirect modem, Cisco router, pfSense, strongSwan,
                      Starlink backup: satellite uplink, no PHI.
  syncd_python        offline-sync daemon of the mobile-clinic tablets
                      (Python logging + tracebacks).
  openmrs_log4j       OpenMRS/Tomcat log and Java stack traces.
  nginx_access        reverse proxy for EMR, DHIS2 and the US donation site.
  iati_xml            IATI activity feed for donor/grant reporting.
  donor_payments_json US office: Stripe webhooks, Salesforce NPSP sync,
                      vehicle-donation intake, ACH gifts.
  bims_xml            biometric enrolment export (iris, face).
  postgres_log        PostgreSQL log of the EMR database.
  mattermost_chat     clinical and ops team chat lines.
  coldchain_tsv       vaccine fridge remote temperature monitoring.
  lab_fixedwidth      haematology/GeneXpert analyzer fixed-width results.
  zendesk_kv          US office helpdesk audit (medical records requests of
                      resettled former patients, volunteer credentialing).

Labeling decisions
  * Persons served: patients, their caregivers/relatives/escorts, walking
    blood bank donors, and INDIVIDUAL private donors of the US office
    (the brief lists donors). Institutional donors (USAID/BHA, ECHO) and
    their officers, staff, drivers, CHWs, volunteers and vendors are not PHI,
    including their NPIs, licence numbers, phones and emails.
  * UNHCR case numbers, individual (proGres) numbers, camp household IDs
    (even though they encode zone/block/shelter), referral IDs, RapidPro
    contact UUIDs, DHIS2 tracked-entity UIDs, Salesforce contact IDs and
    donor constituent IDs, specimen/sample IDs, blood unit numbers,
    ration-card numbers -> other_id.
  * Field-hospital MRNs (HMRnnnnnn-C, Luhn mod 30 check) and OpenMRS patient
    UUIDs (used as FHIR ids) -> mrn. Internal integer DB keys (person_id)
    are not labeled. A URL or request path containing a patient identifier
    or patient UUID is labeled as one `url` span.
  * HL7 PV1-19 visit numbers -> account. Card numbers (full PAN), bank
    account numbers -> account; masked cards (last4) and payment/gift
    transaction IDs, M-Pesa receipt numbers are business IDs: not labeled.
  * Shelter addresses (camp, zone, block, shelter) and GPS coordinates of a
    patient's shelter/pickup point -> address; a camp name alone naming the
    HMR site is not. Kenyan counties (first-level units like US states) and
    countries are not PHI. The GPS fixes of ambulances are not PHI.
  * Kobo form metadata (start, end, _submission_time) are record timestamps:
    not labeled; the screen_date question is.
  * Dates tied to the person (DOB, even estimated 01/01 DOBs, screening,
    vaccination, surgery, admission, discharge, appointment dates, month+
    year of treatment) -> date. Year of birth alone, log timestamps, Kobo
    _submission_time metadata and HL7 MSH/EVN message times are not.
    Vaccine lot expiry dates are not.
  * Ages over 89 -> age; child ages in months and other ages are not.
  * Birth notification numbers of newborns and donor driver's licences ->
    license. Kenya NHIF numbers, US Medicaid IDs and MBIs -> health_plan.
  * Caregiver's phone IMEI (mHealth opt-in) and implant serial numbers ->
    device; org tablets, scanners, fridges and modems serials are not.
  * Iris/fingerprint templates -> biometric; base64 face JPEG -> photo.
  * Donor IPs on the donation site -> ip; staff tablet RFC1918 IPs and
    public server IPs are not. Placeholder SSNs (000-00-0000) not labeled.
  * Donor VIN and licence plate -> vehicle; HMR ambulance plates/VINs not.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import sys

R = random.Random(2323)
ID = "sd"
N_LINES = 500

EAT = dt.timezone(dt.timedelta(hours=3))
EDT = dt.timezone(dt.timedelta(hours=-4))
UTC = dt.timezone.utc
NOW = [dt.datetime(2024, 3, 11, 5, 58, 12, 120000, tzinfo=EAT)]


def tick(lo=2, hi=75):
    NOW[0] += dt.timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
    return NOW[0]


# ---------------------------------------------------------------- line model
class P:
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.spans = []

    def t(self, text):
        self.b += text.encode("utf-8")
        return self

    def p(self, text, cat):
        s = len(self.b)
        self.b += text.encode("utf-8")
        self.spans.append((s, len(self.b), cat, text))
        return self

    def x(self, *parts):
        for q in parts:
            if isinstance(q, P):
                self.p(q.v, q.cat)
            elif isinstance(q, (list, tuple)):
                self.x(*q)
            else:
                self.t(q)
        return self


def jw(L, o, asc=False, sep=(",", ":")):
    if isinstance(o, dict):
        L.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k, ensure_ascii=asc) + sep[1])
            jw(L, v, asc, sep)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(sep[0])
            jw(L, v, asc, sep)
        L.t("]")
    elif isinstance(o, P):
        if isinstance(o.v, str):
            enc = json.dumps(o.v, ensure_ascii=asc)
            L.t('"')
            L.p(enc[1:-1], o.cat)
            L.t('"')
        else:
            L.p(json.dumps(o.v), o.cat)
    else:
        L.t(json.dumps(o, ensure_ascii=asc))
    return L


def lf(L, pairs):
    for i, (k, v) in enumerate(pairs):
        if i:
            L.t(" ")
        L.t(k + "=")
        val = v.v if isinstance(v, P) else str(v)
        q = val == "" or any(c in val for c in ' ="')
        if q:
            L.t('"')
        if isinstance(v, P):
            L.p(val, v.cat)
        else:
            L.t(val)
        if q:
            L.t('"')
    return L


def seq(L, items, sep):
    for i, it in enumerate(items):
        if i:
            L.t(sep)
        L.x(it if isinstance(it, (list, tuple)) else [it])
    return L


# ---------------------------------------------------------------- numbers
B30 = "0123456789ACDEFGHJKLMNPRTUVWXY"


def luhn30(s):
    factor, total, n = 2, 0, 30
    for ch in reversed(s):
        a = factor * B30.index(ch)
        factor = 1 if factor == 2 else 2
        total += a // n + a % n
    return B30[(n - total % n) % n]


def luhn10_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def mrn():
    core = "HMR" + str(R.randint(100000, 139999))
    return core + "-" + luhn30(core)


def card():
    pre = R.choice(["4", "51", "52", "37", "6011"])
    ln = 15 if pre == "37" else 16
    body = pre + digits(ln - 1 - len(pre))
    return body + luhn10_digit(body)


def imei():
    body = R.choice(["35", "86", "35"]) + digits(12)
    return body + luhn10_digit(body)


def npi():
    body = R.choice("12") + digits(8)
    return body + luhn10_digit("80840" + body)


VT = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7,
      "H": 8, "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4,
      "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VW = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VCH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(wmi):
    v = list(wmi + "0" + R.choice("LMNPR") + R.choice(VCH) + digits(6))
    s = sum(VT[c] * w for c, w in zip(v, VW)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mbi():
    L_ = "ACDEFGHJKMNPQRTUVWXY"
    AN = L_ + "0123456789"
    return (str(R.randint(1, 9)) + R.choice(L_) + R.choice(AN) + str(R.randint(0, 9))
            + R.choice(L_) + R.choice(AN) + str(R.randint(0, 9)) + R.choice(L_) + R.choice(L_)
            + str(R.randint(0, 9)) + str(R.randint(0, 9)))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:])


def b62(n):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                   for _ in range(n))


def b64blob(nbytes, prefix=b""):
    raw = prefix + bytes(R.randint(0, 255) for _ in range(nbytes))
    return base64.b64encode(raw).decode()


# ---------------------------------------------------------------- people
GF = ["Nyakuoth", "Achol", "Nyibol", "Hodan", "Farhiya", "Espérance", "Furaha", "Tigist",
      "Amani", "Grace", "Mercy", "Peace", "Joy", "Halima", "Fatuma", "Nyandeng", "Awut",
      "Sadia", "Zamzam", "Consolata", "Anaïs", "Béatrice", "Mawa", "Kiden", "Hawa", "Patience",
      "Ikram", "Nyamal", "Chantal", "Mukami"]
GM = ["Deng", "Both", "Gatluak", "Mabior", "Abdirahman", "Jean-Baptiste", "Baraka", "Emmanuel",
      "Justice", "Wisdom", "Gift", "Lokwang", "Mohamed", "Ibrahim", "Yohannes", "Kuol", "Ayuel",
      "Bosco", "Dieudonné", "Olivier", "Hassan", "Ismail", "Lual", "Moses", "Kuir", "Faustin",
      "Godana", "Thon"]
SUR = ["Gatluak", "Mabior", "Garang", "Deng", "Kuol", "Abdirahman Warsame", "Mohamed Ali",
       "Habimana-Nkurunziza", "Mukamana", "Ndayishimiye", "Niyonzima", "Alemu", "Tesfaye",
       "Lokwang", "Ekai", "Akello", "Ochan", "Bahati", "Mutombo wa Kasongo", "Adam Abakar",
       "Uwimana", "Hassan Nur", "Osman", "Lado", "Wani", "Taban", "Majok", "Chol", "Bol",
       "Aguer", "Riek", "Tut", "Nshimirimana", "Kabura", "Mugisha-Ntwari"]
DG = ["Margaret", "Daniel", "Priya", "Carlos", "Summer", "Rich", "Hannah", "Wei", "Olusegun",
      "Colleen", "Brooks", "Ryan", "Dawn", "Faith", "Ángel", "Theodore", "Ines"]
DS = ["O'Connell-Price", "Van der Berg", "Raman-Whitfield", "De la Cruz", "Banks", "Bond",
      "Nguyen", "Kowalczyk", "Adeyemi", "Castellanos-Ruiz", "Fox", "Meadows", "Winter",
      "Little", "Goodman", "St. John", "Abernathy"]
US_ADDR = [("4410 Lindell Blvd Apt 3C", "St. Louis", "MO", "63108"),
           ("27 Chestnut Hill Rd", "Brookline", "MA", "02467"),
           ("1809 N Kenmore Ave", "Chicago", "IL", "60614"),
           ("903 Alder Way", "Boise", "ID", "83702"),
           ("5120 E Main St Unit 12", "Columbus", "OH", "43213"),
           ("66 Pleasant Valley Dr", "Fargo", "ND", "58103"),
           ("311 Rue Royale Apt B", "New Orleans", "LA", "70130"),
           ("15 Orchard Ln", "Silver Spring", "MD", "20901"),
           ("742 Evergreen Ter", "Portland", "OR", "97214"),
           ("2200 Calle Ocho", "Miami", "FL", "33135"),
           ("88 Quarry Rd", "Burlington", "VT", "05401"),
           ("1450 Pine Grove Ct", "Manchester", "NH", "03104")]
STAFF = [("Ingrid", "Solberg", "isolberg", "Dr"), ("Kwame", "Asante-Boateng", "kasante", "Dr"),
         ("Tomás", "Echeverría", "techeverria", "Dr"), ("Lucy", "Wanjiru", "lwanjiru", "RN"),
         ("Mei-Ling", "Chow", "mchow", "Dr"), ("Hélène", "Dufresne", "hdufresne", ""),
         ("Abdullahi", "Ekal", "aekal", "CHW"), ("Samuel", "Ekiru", "sekiru", "")]
CAMPS = ["Lotikipi 1", "Lotikipi 2", "Lotikipi 3", "Lotikipi 4"]
NAT = ["SSD", "SOM", "COD", "BDI", "ETH", "SDN", "UGA"]


def kphone(style=None):
    n = R.choice(["7", "1"]) + R.choice(["0", "1", "2", "4", "9", "2"]) + digits(7)
    style = style or R.choice(["intl", "local", "msisdn", "spaced"])
    if style == "intl":
        return "+254" + n
    if style == "local":
        return "0" + n
    if style == "msisdn":
        return "254" + n
    return "+254 %s %s %s" % (n[:3], n[3:6], n[6:])


def usphone():
    a = R.choice(["314", "617", "312", "208", "614", "701", "504", "301", "503", "305", "802"])
    return R.choice(["(%s) %s-%s", "%s-%s-%s", "+1%s%s%s"]) % (a, R.randint(201, 989), digits(4))


def rdate(y0, y1):
    d0 = dt.date(y0, 1, 1).toordinal()
    d1 = dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(R.randint(d0, d1))


def refugee(sex=None, kind="adult"):
    sex = sex or R.choice("FM")
    given = R.choice(GF if sex == "F" else GM)
    fam = R.choice(SUR)
    today = NOW[0].date()
    if kind == "child":
        months = R.randint(6, 59)
        dob = today - dt.timedelta(days=int(months * 30.4) + R.randint(0, 25))
    elif kind == "infant":
        months = 0
        dob = today - dt.timedelta(days=R.randint(0, 6))
    elif kind == "elder":
        age = R.randint(90, 103)
        dob = dt.date(today.year - age, 1, 1)
        months = age * 12
    else:
        if R.random() < 0.4:
            dob = dt.date(R.randint(1955, 2005), 1, 1)  # estimated DOB
        else:
            dob = rdate(1960, 2005)
        months = (today - dob).days // 30
    camp = R.randint(1, 4)
    z, b, s = R.randint(1, 9), R.randint(1, 24), R.randint(1, 480)
    return dict(sex=sex, given=given, fam=fam, full=given + " " + fam, dob=dob,
                age=(today - dob).days // 365, months=months,
                case="LTK-%sC%05d" % (R.choice(["16", "18", "19", "21", "22", "23", "24"]),
                                       R.randint(100, 99999)),
                indiv="LTK-%08d" % R.randint(100000, 2999999),
                hh="L%d-Z%d-B%02d-%03d" % (camp, z, b, s),
                camp=CAMPS[camp - 1], zone=z, block=b, shelter=s,
                addr="%s, Zone %d, Block %d, Shelter %d" % (CAMPS[camp - 1], z, b, s),
                phone=kphone(), mrn=mrn(), uuid=uuid4(), nat=R.choice(NAT))


def donor():
    g, f = R.choice(DG), R.choice(DS)
    a = R.choice(US_ADDR)
    em = "%s.%s%s@%s" % (g.lower().replace("á", "a"), f.lower().replace(" ", "").replace("'", "").replace(".", ""),
                         R.choice(["", "", str(R.randint(1, 99))]),
                         R.choice(["gmail.com", "yahoo.com", "comcast.net", "outlook.com", "icloud.com"]))
    return dict(given=g, fam=f, full=g + " " + f, street=a[0], city=a[1], state=a[2], zip=a[3],
                email=em, phone=usphone(), cid="0035e0000%s" % b62(6), ip="%d.%d.%d.%d" % (
                    R.choice([24, 67, 73, 98, 108, 174, 71, 99]), R.randint(0, 255),
                    R.randint(0, 255), R.randint(1, 254)))


def staff():
    return R.choice(STAFF)


def svc_date(back=0, fwd=0):
    return NOW[0].date() + dt.timedelta(days=R.randint(-back, fwd))


# ---------------------------------------------------------------- generators
def g_prs():
    t = tick()
    ms = int(t.timestamp() * 1000)
    base = {"level": 30, "time": ms, "pid": 2211, "hostname": "ltk-reg-0%d" % R.randint(1, 2),
            "name": "prs"}
    r = R.random()
    L = Line("prs_pino_json")
    if r < 0.38:
        p = refugee()
        d = dict(base)
        d.update({"reqId": "req-" + b62(6), "msg": "household member registered",
                  "hh_id": P(p["hh"], "other_id"), "progres": {"case_no": P(p["case"], "other_id"),
                  "indiv_no": P(p["indiv"], "other_id"), "rel_to_pa": R.choice(["PA", "SPU", "SCR", "DTR", "SON"])},
                  "given_name": P(p["given"], "name"), "family_name": P(p["fam"], "name"),
                  "sex": p["sex"]})
        if p["dob"].month == 1 and p["dob"].day == 1 and R.random() < 0.5:
            d["yob"] = p["dob"].year
            d["dob_est"] = True
        else:
            d["dob"] = P(p["dob"].isoformat(), "date")
        d["shelter"] = P(p["addr"], "address")
        if R.random() < 0.7:
            d["msisdn"] = P(p["phone"], "phone")
        d["nationality"] = p["nat"]
        d["vuln"] = R.sample(["PG", "LM", "SC", "DS", "ER", "WR"], R.randint(0, 2))
        if R.random() < 0.3:
            d["nhif_no"] = P(digits(8), "health_plan")
        d["by"] = staff()[2]
        jw(L, d, asc=True)
    elif r < 0.5:
        p = refugee(kind="elder")
        d = dict(base)
        d.update({"level": 40, "reqId": "req-" + b62(6), "msg": "age outside expected range, flagged for verification",
                  "indiv_no": P(p["indiv"], "other_id"), "full_name": P(p["full"], "name"),
                  "age_years": P(p["age"], "age"), "yob": p["dob"].year, "rule": "AGE_GT_89"})
        jw(L, d, asc=True)
    elif r < 0.6:
        p = refugee()
        rel = refugee(sex="M")
        d = dict(base)
        d.update({"name": "prs.bloodbank", "msg": "walking blood bank donor screened",
                  "donor": {"name": P(rel["full"], "name"), "msisdn": P(rel["phone"], "phone"),
                            "relation": R.choice(["brother", "husband", "cousin", "uncle"])},
                  "for_patient": P(p["mrn"], "mrn"), "abo": R.choice(["O+", "A+", "B+", "O-"]),
                  "rdt": {"hiv": "NR", "hbsag": "NR", "hcv": "NR", "syphilis": "NR"},
                  "unit_no": P("BB24-%05d" % R.randint(1, 9999), "other_id"), "bag_lot": "JMS-%s" % digits(7)})
        jw(L, d, asc=True)
    elif r < 0.72:
        p = refugee(sex="F")
        d = dict(base)
        d.update({"name": "prs.mhealth", "msg": "caregiver device opted in to MamaCare reminders",
                  "indiv_no": P(p["indiv"], "other_id"), "imei": P(imei(), "device"),
                  "msisdn": P(kphone("msisdn"), "phone"), "app": "MamaCare 2.4.1 (build 2410)",
                  "lang": R.choice(["sw", "ar", "so", "fr", "nus", "din"])})
        jw(L, d, asc=True)
    elif r < 0.8:
        p = refugee(kind="infant")
        d = dict(base)
        d.update({"name": "prs.births", "msg": "birth notification issued",
                  "mother_mrn": P(p["mrn"], "mrn"), "newborn": {"sex": p["sex"],
                  "dob": P(p["dob"].isoformat(), "date"), "weight_g": R.randint(2100, 3900)},
                  "birth_notif_no": P("BN/TUR/%s/%06d" % (p["dob"].year, R.randint(1, 999999)), "license"),
                  "facility": "HMR-LTK-FH"})
        jw(L, d, asc=True)
    else:
        d = dict(base)
        ch = R.random()
        if ch < 0.5:
            d.update({"reqId": "req-" + b62(6), "req": {"method": R.choice(["GET", "POST"]),
                      "url": R.choice(["/api/v2/health", "/api/v2/lookups/vuln-codes", "/api/v2/sync/status",
                                       "/api/v2/households?camp=L2&page=3"]),
                      "remoteAddress": "10.20.3.%d" % R.randint(10, 90)},
                      "res": {"statusCode": 200}, "responseTime": R.randint(2, 480), "msg": "request completed"})
        elif ch < 0.8:
            d.update({"msg": "progres API token refreshed", "expires_in": 3600,
                      "endpoint": "https://progres-api.example-unhcr.org/v4", "trace_id": hexs(32)})
        else:
            d.update({"msg": "daily dedup summary", "camp": R.choice(["L1", "L2", "L3", "L4"]),
                      "households": R.randint(800, 4200), "new_individuals": R.randint(3, 60),
                      "possible_duplicates": R.randint(0, 9), "version": "prs 3.12.4+sha.%s" % hexs(7)})
        jw(L, d, asc=True)
    return [L]


def hl7ts(t):
    return t.strftime("%Y%m%d%H%M%S")


def g_hl7():
    t = tick()
    p = refugee()
    st = R.choice([s_ for s_ in STAFF if s_[3] in ("Dr", "RN")])
    out = []
    kind = R.choice(["ADT^A04", "ADT^A01", "ADT^A03", "ORU^R01"])
    ctl = "HMR%s" % digits(9)
    L = Line("hl7v2")
    if kind.startswith("ADT"):
        L.t("MSH|^~\\&|BAHMNI|HMR-LTK-FH|SENAITE|HMR-LAB|%s||%s|%s|P|2.5.1" % (hl7ts(t), kind, ctl))
    else:
        L.t("MSH|^~\\&|SENAITE|HMR-LAB|BAHMNI|HMR-LTK-FH|%s||ORU^R01|%s|P|2.5.1" % (hl7ts(t), ctl))
    out.append(L)
    if kind.startswith("ADT"):
        out.append(Line("hl7v2").t("EVN|%s|%s" % (kind[4:], hl7ts(t))))
    L = Line("hl7v2")
    street = "Zone %d Block %d Shelter %d" % (p["zone"], p["block"], p["shelter"])
    pid = ["PID", "1", "", [P(p["mrn"], "mrn"), "^^^HMR^MR~", P(p["indiv"], "other_id"), "^^^UNHCR^PI"], "",
           [P(p["fam"], "name"), "^", P(p["given"], "name"), "^^^^^L"], "", P(p["dob"].strftime("%Y%m%d"), "date"),
           p["sex"], "", "", [P(street, "address"), "^^", P(p["camp"], "address"), "^Turkana^^KEN^H"], "",
           [P(p["phone"].replace(" ", ""), "phone"), "^PRN^CP"], "", "", R.choice(["M", "S", "W"]), "", "",
           "", "", "", "", "", "", "", "", "", p["nat"]]
    seq(L, pid, "|")
    out.append(L)
    if R.random() < 0.5:
        k = refugee()
        L = Line("hl7v2")
        seq(L, ["NK1", "1", [P(k["fam"], "name"), "^", P(k["given"], "name")],
                R.choice(["MTH^Mother", "SPO^Spouse", "BRO^Brother", "FTH^Father"]) + "^HL70063", "",
                [P(k["phone"].replace(" ", ""), "phone"), "^PRN^CP"]], "|")
        out.append(L)
    if kind.startswith("ADT"):
        L = Line("hl7v2")
        adm = t - dt.timedelta(days=R.randint(0, 9) if kind == "ADT^A03" else 0, minutes=R.randint(1, 40))
        pv = ["PV1", "1", "O" if kind == "ADT^A04" else "I",
              R.choice(["OPD^R2^^HMR-LTK-FH", "W2^B%02d^01^HMR-LTK-FH" % R.randint(1, 30), "MAT^B%02d^^HMR-LTK-FH" % R.randint(1, 20)]),
              "", "", "", "HMR%04d^%s^%s^^^%s" % (R.randint(10, 99), st[1], st[0], st[3] or "RN"), "", "",
              R.choice(["MED", "PED", "OBS", "SUR"]), "", "", "", "", "", "", "", "", [P("V24-%06d" % R.randint(1, 99999), "account")],
              "FREE"] + [""] * 23 + [P(hl7ts(adm)[:12], "date")]
        if kind == "ADT^A03":
            pv.append(P(hl7ts(t)[:12], "date"))
        seq(L, pv, "|")
        out.append(L)
    else:
        out.append(Line("hl7v2").t("OBR|1|%s|%s|%s|||%s|||||||||HMR%04d^%s^%s" % (
            "ORD%s" % digits(7), "LAB%s" % digits(7), R.choice(["57021-8^CBC W Auto Differential panel^LN",
                                                                 "94500-6^SARS-CoV-2 RNA^LN", "32700-7^Malaria smear^LN"]),
            hl7ts(t - dt.timedelta(hours=2)), R.randint(10, 99), st[1], st[0])))
        for i, (code, nm, val, u, rng) in enumerate(R.sample([
                ("718-7", "Hemoglobin", "%.1f" % R.uniform(5, 14), "g/dL", "11.5-15.5"),
                ("6690-2", "WBC", "%.1f" % R.uniform(3, 22), "10*3/uL", "4.0-11.0"),
                ("777-3", "Platelets", str(R.randint(40, 450)), "10*3/uL", "150-400"),
                ("51587-4", "Plasmodium falciparum Ag", R.choice(["POS", "NEG"]), "", "NEG")], 2)):
            out.append(Line("hl7v2").t("OBX|%d|%s|%s^%s^LN||%s|%s|%s|%s|||F|||%s" % (
                i + 1, "NM" if u else "ST", code, nm, val, u, rng, "", hl7ts(t))))
    return out


def g_fhir():
    t = tick()
    p = refugee(kind=R.choice(["adult", "child"]))
    L = Line("fhir_r4")
    r = R.random()
    host = "https://emr.ltk.hmr-relief.org/openmrs/ws/fhir2/R4/"
    if r < 0.4:
        res = {"resourceType": "Patient", "id": P(p["uuid"], "mrn"),
               "meta": {"versionId": str(R.randint(1, 9)), "lastUpdated": t.isoformat(timespec="seconds")},
               "identifier": [{"system": "urn:hmr:mrn", "value": P(p["mrn"], "mrn")},
                              {"system": "urn:unhcr:progres:individual", "value": P(p["indiv"], "other_id")}],
               "name": [{"family": P(p["fam"], "name"), "given": [P(p["given"], "name")]}],
               "gender": "female" if p["sex"] == "F" else "male", "birthDate": P(p["dob"].isoformat(), "date"),
               "address": [{"line": [P("Zone %d, Block %d, Shelter %d" % (p["zone"], p["block"], p["shelter"]), "address")],
                            "city": P(p["camp"], "address"), "state": "Turkana", "country": "KE"}]}
        if R.random() < 0.6:
            res["telecom"] = [{"system": "phone", "value": P(p["phone"], "phone"), "use": "mobile"}]
        jw(L, res, asc=False)
    elif r < 0.75:
        d = svc_date(2, 0)
        res = {"resourceType": "Immunization", "id": uuid4(), "status": "completed",
               "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": R.choice(["05", "03", "20", "10"]),
                                           "display": R.choice(["measles-rubella", "MMR", "DTaP", "IPV"])}]},
               "patient": {"reference": "Patient/", "display": None},
               "occurrenceDateTime": None, "lotNumber": "%s%s" % (R.choice(["0447X", "MR23", "BN4"]), digits(4)),
               "expirationDate": "2025-%02d-28" % R.randint(1, 12),
               "performer": [{"actor": {"reference": "Practitioner/" + uuid4(), "display": "%s %s" % staff()[:2]}}]}
        # write manually to put spans inside the reference string
        L.t('{"resourceType":"Immunization","id":"%s","status":"completed","vaccineCode":' % res["id"])
        jw(L, res["vaccineCode"])
        L.x(',"patient":{"reference":"Patient/', P(p["uuid"], "mrn"), '","display":"', P(p["full"], "name"),
            '"},"occurrenceDateTime":"', P(d.isoformat(), "date"), '","lotNumber":"%s","expirationDate":"%s","performer":' % (
                res["lotNumber"], res["expirationDate"]))
        jw(L, res["performer"], asc=False)
        L.t(',"location":{"display":"MR campaign post %s-%02d"}}' % (R.choice(["L1", "L2", "L3", "L4"]), R.randint(1, 30)))
    else:
        d = svc_date(1, 0)
        L.x('{"fullUrl":"', P(host + "Observation?subject=Patient/" + p["uuid"], "url"),
            '","resource":{"resourceType":"Observation","id":"%s","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"56072-2","display":"Circumference Mid upper arm - Child"}]},"subject":{"reference":"Patient/' % uuid4(),
            P(p["uuid"], "mrn"), '"},"effectiveDateTime":"', P(d.isoformat(), "date"),
            '","valueQuantity":{"value":%d,"unit":"mm","system":"http://unitsofmeasure.org","code":"mm"}}}' % R.randint(98, 150))
    return [L]


KOBO_HDR = ("start,end,deviceid,site,hh_id,child_name,sex,age_months,caregiver_name,caregiver_phone,"
            "muac_mm,oedema,whz,classification,referred_to,screen_date,_uuid,_submission_time")
KOBO_AGG = "site,week,screeners,children_6_59,sam,mam,normal,oedema_cases,referred_otp,referred_tsfp,_uuid"


def g_kobo():
    t = tick()
    out = []
    if R.random() < 0.65:
        if R.random() < 0.25:
            out.append(Line("kobo_csv").t(KOBO_HDR))
        for _ in range(R.randint(1, 3)):
            p = refugee(kind="child")
            cg = refugee(sex="F")
            muac = R.randint(100, 150)
            cls = "SAM" if muac < 115 else ("MAM" if muac < 125 else "Normal")
            ref = {"SAM": "OTP", "MAM": "TSFP", "Normal": ""}[cls]
            s = t - dt.timedelta(minutes=R.randint(4, 30))
            L = Line("kobo_csv")
            name = p["given"] + " " + cg["given"] if R.random() < 0.5 else p["full"]
            row = [s.isoformat(timespec="milliseconds"), t.isoformat(timespec="milliseconds"),
                   "collect:HMR%s" % b62(10), "MC-%s" % R.choice(["L1", "L3", "L4", "KAL"]),
                   P(p["hh"], "other_id"), P(name, "name"), p["sex"], str(p["months"]), P(cg["full"], "name"),
                   P(cg["phone"].replace(" ", ""), "phone") if R.random() < 0.6 else "", str(muac),
                   R.choice(["0", "0", "0", "+", "++"]) if cls == "SAM" else "0", "%.1f" % R.uniform(-4, 0.5), cls, ref,
                   P(s.date().strftime("%d/%m/%Y"), "date"), uuid4(), t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")]
            seq(L, row, ",")
            out.append(L)
    else:
        if R.random() < 0.3:
            out.append(Line("kobo_csv").t(KOBO_AGG))
        n = R.randint(150, 900)
        sam = R.randint(2, 25)
        mam = R.randint(10, 80)
        out.append(Line("kobo_csv").t("%s,2024-W%02d,%d,%d,%d,%d,%d,%d,%d,%d,%s" % (
            R.choice(["L1-Z3", "L2-Z7", "L4-Z1", "KAL-V2"]), 10, R.randint(4, 12), n, sam, mam, n - sam - mam,
            R.randint(0, 4), sam, mam, uuid4())))
    return out


def g_rapidpro():
    t = tick()
    L = Line("rapidpro_json")
    r = R.random()
    if r < 0.45:
        p = refugee(kind="child")
        cg = refugee(sex="F")
        d = svc_date(0, 4)
        tmpl = R.choice([
            ["Habari ", P(cg["given"], "name"), ", mtoto wako ", P(p["given"], "name"),
             " ana miadi ya chanjo ya surua-rubella tarehe ", P(d.strftime("%d/%m/%Y"), "date"),
             " katika kituo cha ", p["camp"], ". HMR"],
            ["Hello ", P(cg["full"], "name"), ", reminder: MR vaccination for ", P(p["given"], "name"),
             " on ", P(d.strftime("%d %b"), "date"), " at the ", p["camp"], " health post. Reply STOP to opt out."],
            ["Bonjour ", P(cg["given"], "name"), ", la vaccination RR de ", P(p["full"], "name"),
             " est prévue le ", P(d.strftime("%d/%m"), "date"), ". Merci - HMR"],
        ])
        L.x('{"id":%d,"broadcast":null,"contact":{"uuid":"' % R.randint(4000000, 4999999),
            P(uuid4(), "other_id"), '","name":"', P(cg["full"], "name"), '"},"urn":"tel:',
            P("+254" + cg["phone"].replace(" ", "")[-9:], "phone"),
            '","channel":{"uuid":"%s","name":"Safaricom Shortcode 40144"},"direction":"out","type":"text","status":"wired","visibility":"visible","text":"' % uuid4())
        L.x(tmpl)
        L.t('","created_on":"%s","sent_on":"%s","flow":{"uuid":"%s","name":"MR Campaign 2024 R1 Reminder"}}' % (
            t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"), t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"), uuid4()))
    elif r < 0.65:
        cg = refugee(sex="F")
        L.x('{"id":%d,"contact":{"uuid":"' % R.randint(4000000, 4999999), P(uuid4(), "other_id"),
            '","name":"', P(cg["full"], "name"), '"},"urn":"tel:', P("+254" + cg["phone"].replace(" ", "")[-9:], "phone"),
            '","direction":"in","type":"text","status":"handled","text":"%s","created_on":"%s"}' % (
                R.choice(["NDIO", "YES", "STOP", "Sawa asante", "1", "naam"]), t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")))
    else:
        d = {"event": R.choice(["channel.status", "flow.stats"]), "time": t.astimezone(UTC).isoformat()}
        if d["event"] == "channel.status":
            d.update({"channel": "Safaricom Shortcode 40144", "queued": R.randint(0, 900),
                      "errored": R.randint(0, 14), "throughput_mps": R.choice([5, 10, 30])})
        else:
            d.update({"flow": "MR Campaign 2024 R1 Reminder", "runs_active": R.randint(100, 3000),
                      "completed": R.randint(1000, 9000), "interrupted": R.randint(0, 60)})
        jw(L, d)
    return [L]


def g_dhis2():
    t = tick()
    ts = t.strftime("%Y-%m-%dT%H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    L = Line("dhis2_log")
    r = R.random()
    if r < 0.2:
        p = refugee()
        L.x("* WARN  %s Tracked entity attribute value '" % ts, P(p["case"], "other_id"),
            "' for attribute 'UNHCR case no' (Hs8kQ2xPmTa) is not unique, tei: ", P(b62(11), "other_id"),
            " (DefaultTrackedEntityAttributeService.java [http-nio-8080-exec-%d])" % R.randint(1, 9))
    else:
        L.t(R.choice([
            "* INFO  %s Data value set import done, imported: %d, updated: %d, ignored: 0, deleted: 0 (DefaultDataValueSetService.java [taskScheduler-%d])" % (ts, R.randint(10, 200), R.randint(0, 40), R.randint(1, 6)),
            "* INFO  %s Campaign MR-2024-R1 day %d: data set zAbKc2Lx9Qm period 20240311 org unit ltk%d_epi_post%02d completed by %s (DefaultCompleteDataSetRegistrationService.java [http-nio-8080-exec-%d])" % (ts, R.randint(1, 5), R.randint(1, 4), R.randint(1, 30), staff()[2], R.randint(1, 9)),
            "* INFO  %s Tracker import job completed: created 0 tracked entities, %d events, 0 errors, took %.2f s (TrackerImporter.java [tracker-import-%d])" % (ts, R.randint(5, 90), R.uniform(0.5, 40), R.randint(1, 3)),
            "* INFO  %s Analytics table update done: %s (JdbcAnalyticsTableManager.java [taskScheduler-2])" % (ts, R.choice(["analytics_event", "analytics_2024", "analytics_completeness"])),
            "* ERROR %s Failed to send SMS via gateway 'rapidpro-ltk': HTTP 502 Bad Gateway (SmsGateway.java [sms-sender-1])" % ts,
        ]))
    return [L]


def g_ot():
    t = tick()
    L = Line("ot_register_pipe")
    r = R.random()
    if r < 0.6:
        p = refugee(sex=R.choice("FFM"))
        st = R.choice([s_ for s_ in STAFF if s_[3] == "Dr"])
        d = svc_date(1, 0)
        proc = R.choice((["LSCS (emergency)", "Manual vacuum aspiration"] if p["sex"] == "F" else []) + ["Laparotomy - bowel obstruction", "ORIF L tibia", "Debridement GSW R thigh",
                         "Exploratory laparotomy", "ORIF R femur", "Skin graft, burns 12% TBSA"])
        parts = ["OT", P(d.isoformat(), "date"), R.choice(["TH1", "TH2"]), P(p["mrn"], "mrn"), P(p["full"], "name"),
                 p["sex"], str(p["age"]), proc, R.choice(["SA", "GA", "Ketamine", "LA"]),
                 "Dr %s. %s" % (st[0][0], st[1]), "ASA%d" % R.randint(1, 3),
                 "start %02d:%02d" % (R.randint(7, 18), R.randint(0, 59)), "dur %dmin" % R.randint(20, 190),
                 "EBL %dml" % R.choice([50, 150, 300, 600, 900])]
        if "ORIF" in proc:
            parts.append(["implant LC-DCP 4.5 8H lot 23K%s sn " % digits(3), P("DS%s" % digits(8), "device")])
        parts.append("outcome " + ("alive, baby %.1fkg" % R.uniform(2.2, 3.8) if "LSCS" in proc else R.choice(["stable to ward", "to HDU", "stable"])))
        seq(L, parts, "|")
    elif r < 0.8:
        L.t("OTSUM|%s|%s|cases=%d|elective=%d|emergency=%d|util=%d%%|cancelled=%d" % (
            t.date().isoformat(), R.choice(["TH1", "TH2"]), R.randint(2, 9), R.randint(0, 3), R.randint(1, 6),
            R.randint(30, 95), R.randint(0, 2)))
    else:
        L.t("AUTOCLAVE|%s|cycle=%d|134C|18min|%s|BD test OK|indicator lot %s" % (
            R.choice(["Tuttnauer 3870EA SN 1811442", "Tuttnauer 2540MK SN 2207123"]), R.randint(1000, 2000),
            R.choice(["PASS", "PASS", "PASS", "FAIL-temp"]), "CI%s" % digits(6)))
    return [L]


AMB = [("KDA 482T", "JTEBH9FJ"), ("KDB 119M", "JTGFB71J"), ("KCZ 904Q", "JTEBH9FJ")]


def g_reftrans():
    t = tick()
    L = Line("reftrans_logfmt")
    amb = R.choice(AMB)
    base = [("ts", t.isoformat(timespec="milliseconds")), ("svc", "reftrans")]
    r = R.random()
    if r < 0.3:
        p = refugee()
        esc = refugee()
        pairs = base + [("level", "info"), ("msg", "referral dispatched"),
                        ("ref_id", P("REF-LTK-2403-%04d" % R.randint(1, 9999), "other_id")), ("mrn", P(p["mrn"], "mrn")),
                        ("from", "HMR-LTK-FH"), ("to", R.choice(["Lodwar County Referral Hospital", "Kakuma Mission Hospital", "MSF-B Kalobeyei"])),
                        ("triage", R.choice(["red", "orange", "yellow"])), ("vehicle", amb[0]),
                        ("escort", P(esc["full"], "name")), ("escort_rel", R.choice(["mother", "sister", "wife", "daughter"] if esc["sex"] == "F" else ["husband", "brother", "son", "father"])),
                        ("escort_phone", P(esc["phone"].replace(" ", ""), "phone"))]
        if R.random() < 0.4:
            pairs.append(("pickup_gps", P("%.5f,%.5f" % (R.uniform(3.70, 3.78), R.uniform(34.82, 34.90)), "address")))
        pairs.append(("eta_min", R.randint(40, 300)))
        lf(L, pairs)
    elif r < 0.45:
        p = refugee()
        lf(L, base + [("level", "info"), ("msg", "transport refund B2C result"),
                      ("ref_id", P("REF-LTK-2403-%04d" % R.randint(1, 9999), "other_id")),
                      ("msisdn", P(kphone("msisdn"), "phone")), ("recipient", P(p["full"].upper(), "name")),
                      ("amount", R.choice([500, 1000, 1500, 2000])), ("currency", "KES"),
                      ("mpesa_receipt", "S%s" % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))),
                      ("result_code", 0), ("conv_id", "AG_20240311_%s" % hexs(20))])
    elif r < 0.8:
        lf(L, base + [("level", "debug"), ("msg", "gps fix"), ("vehicle", amb[0]), ("unit", "TLT-%s" % digits(5)),
                      ("lat", "%.5f" % R.uniform(3.0, 3.8)), ("lon", "%.5f" % R.uniform(34.8, 35.6)),
                      ("speed_kph", R.randint(0, 95)), ("hdop", "%.1f" % R.uniform(0.6, 3))])
    else:
        lf(L, base + [("level", "info"), ("msg", "vehicle pre-trip checklist ok"), ("vehicle", amb[0]),
                      ("vin", vin(amb[1])), ("odo_km", R.randint(120000, 390000)), ("fuel_pct", R.randint(30, 100)),
                      ("driver_id", "DRV-%03d" % R.randint(1, 40)), ("o2_cyl_bar", R.randint(60, 200))])
    return [L]


def g_vsat():
    t = tick()
    sl = t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1)
    u = t.astimezone(UTC)
    L = Line("vsat_syslog")
    L.t(R.choice([
        "<134>%s ltk-vsat-01 idirect[812]: [RMT] rx_snr=%.1fdB tx_pwr=%.1fdBm lock=1 state=IN_NET beam=IS33E-KU-EAFR carrier=TDMA-07" % (sl, R.uniform(5, 12), R.uniform(-20, -8)),
        "<189>%s ltk-rtr-01 %d: %s UTC: %%TRACK-6-STATE: 10 ip sla 10 reachability %s" % (sl, R.randint(1000, 9999), u.strftime("%b %d %H:%M:%S.%f")[:-3], R.choice(["Up -> Down", "Down -> Up"])),
        "<189>%s ltk-rtr-01 %d: %s UTC: %%LINEPROTO-5-UPDOWN: Line protocol on Interface Tunnel10, changed state to %s" % (sl, R.randint(1000, 9999), u.strftime("%b %d %H:%M:%S.%f")[:-3], R.choice(["up", "down"])),
        "<134>%s ltk-fw-01 filterlog[4412]: 5,,,1000000103,igb1,match,block,in,4,0x0,,%d,0,0,DF,6,tcp,60,%s,196.201.214.20,%d,443,0,S,%d,,64240,,mss" % (sl, R.randint(40, 128), R.choice(["185.220.101.4", "45.155.205.99", "92.63.197.12"]), R.randint(1024, 65535), R.randint(10**8, 4 * 10**9)),
        "<30>%s ltk-gw-01 charon[1022]: 09[IKE] IKE_SA hq-dc[%d] established between 196.201.214.20[ltk-gw]...203.0.113.45[hq-dc]" % (sl, R.randint(1, 90)),
        "<30>%s ltk-starlink-gw starlinkd[602]: obstruction=%.1f%% pop_ping_latency_ms=%.1f downlink_mbps=%.1f uplink_mbps=%.1f" % (sl, R.uniform(0, 3), R.uniform(30, 90), R.uniform(40, 180), R.uniform(5, 20)),
        "<131>%s ltk-rtr-01 %d: %%SLA-3-FAILOVER: primary VSAT path lost, default route via BGAN Explorer 710 (cost %d)" % (sl, R.randint(1000, 9999), R.randint(10, 30)),
        "<134>%s ltk-vsat-01 idirect[812]: [RMT] rain fade margin %.1fdB below threshold, MODCOD stepped down to QPSK 3/4" % (sl, R.uniform(0.5, 3)),
    ]))
    return [L]


def g_syncd():
    t = tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    r = R.random()
    tab = "MC-TAB-%02d" % R.randint(1, 24)
    if r < 0.22:
        p = refugee()
        L = Line("syncd_python")
        old, new = kphone("intl"), kphone("intl")
        L.x("%s WARNING [syncd.merge] conflict on patient/" % ts, P(p["mrn"], "mrn"),
            " (mobile=%s rev %d vs server rev %d) field=telecom.mobile local='" % (tab, R.randint(2, 5), R.randint(5, 9)),
            P(old, "phone"), "' server='", P(new, "phone"), "' resolution=server_wins")
        return [L]
    if r < 0.32:
        out = [Line("syncd_python").t("%s ERROR [syncd.worker] batch %s failed, will retry in %ds" % (ts, hexs(12), R.choice([30, 60, 120])))]
        out.append(Line("syncd_python").t("Traceback (most recent call last):"))
        out.append(Line("syncd_python").t('  File "/opt/syncd/syncd/worker.py", line %d, in run_batch' % R.randint(80, 200)))
        out.append(Line("syncd_python").t("    self.apply(doc)"))
        out.append(Line("syncd_python").t('  File "/opt/syncd/syncd/merge.py", line %d, in apply' % R.randint(40, 160)))
        p = refugee()
        if R.random() < 0.5:
            out.append(Line("syncd_python").t("    hh = doc['household']['hh_id']"))
            L = Line("syncd_python").x("KeyError: 'hh_id' (doc_id=registration:", P(p["indiv"], "other_id"), ")")
        else:
            out.append(Line("syncd_python").t("    raise ValidationError(f\"dob in future for {doc['_id']}: {doc['dob']}\")"))
            fut = NOW[0].date() + dt.timedelta(days=R.randint(30, 900))
            L = Line("syncd_python").x("syncd.errors.ValidationError: dob in future for patient:", P(p["mrn"], "mrn"),
                                       ": ", P(fut.isoformat(), "date"))
        out.append(L)
        return out
    L = Line("syncd_python")
    L.t(R.choice([
        "%s INFO [syncd.uplink] batch=%s docs=%d bytes=%d link=%s rtt_ms=%d" % (ts, hexs(12), R.randint(1, 300), R.randint(2000, 900000), R.choice(["VSAT", "VSAT", "STARLINK", "BGAN"]), R.randint(40, 900)),
        "%s INFO [syncd.queue] tablet=%s pending=%d last_ok=%s backlog_mb=%.1f" % (ts, tab, R.randint(0, 400), (t - dt.timedelta(hours=R.randint(1, 30))).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), R.uniform(0, 40)),
        "%s INFO [syncd.auth] tablet=%s imei=%s app=HMR-Collect 5.2.0 (build 5207) user=%s token refreshed" % (ts, tab, imei(), staff()[2]),
        "%s WARNING [syncd.uplink] link BGAN metered, deferring attachments > %d KB" % (ts, R.choice([256, 512])),
        "%s INFO [syncd.couch] replication %s+continuous checkpoint seq=%d-g1AAAA%s" % (ts, hexs(32), R.randint(10000, 99999), b62(18)),
    ]))
    return [L]


def g_openmrs():
    t = tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    r = R.random()
    if r < 0.45:
        p = refugee()
        out = [Line("openmrs_log4j").x("ERROR - PatientServiceImpl.checkPatientIdentifiers(%d) |%s| Identifier " % (R.randint(400, 460), ts),
                                       P(p["mrn"], "mrn"), " already in use by another patient")]
        out.append(Line("openmrs_log4j").x("org.openmrs.api.IdentifierNotUniqueException: Identifier ", P(p["mrn"], "mrn"),
                                           " already in use by another patient"))
        frames = ["org.openmrs.api.impl.PatientServiceImpl.checkPatientIdentifiers(PatientServiceImpl.java:432)",
                  "org.openmrs.api.impl.PatientServiceImpl.savePatient(PatientServiceImpl.java:146)",
                  "sun.reflect.GeneratedMethodAccessor412.invoke(Unknown Source)",
                  "org.springframework.aop.support.AopUtils.invokeJoinpointUsingReflection(AopUtils.java:333)",
                  "org.openmrs.module.bahmniemrapi.patient.BahmniPatientServiceImpl.createPatient(BahmniPatientServiceImpl.java:88)",
                  "org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:197)"]
        for f in frames[:R.randint(3, 6)]:
            out.append(Line("openmrs_log4j").t("\tat " + f))
        return out
    L = Line("openmrs_log4j")
    L.t(R.choice([
        "INFO - LoggingAdvice.invoke(156) |%s| In method ObsService.saveObs. Arguments: Obs=Obs #%d, " % (ts, R.randint(10**6, 9 * 10**6)),
        "INFO - TaskRunner.run(53) |%s| Running task Auto Close Visits Task (ID=%d)" % (ts, R.randint(1, 20)),
        "WARN - HibernateSearchIndexer.index(%d) |%s| Lucene index for PersonName rebuilt in %d ms" % (R.randint(50, 90), ts, R.randint(300, 9000)),
        "INFO - ModuleFactory.startModule(%d) |%s| Started module fhir2 2.1.0" % (R.randint(700, 800), ts),
        "ERROR - ExceptionHandlerExceptionResolver.logException(%d) |%s| Resolved [org.openmrs.module.webservices.rest.web.response.ObjectNotFoundException]" % (R.randint(100, 200), ts),
    ]))
    return [L]


def apache_ts(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S %z")


def g_nginx():
    t = tick()
    L = Line("nginx_access")
    r = R.random()
    ua = R.choice(["Mozilla/5.0 (Linux; Android 11; SM-T505) AppleWebKit/537.36 Chrome/121.0 Safari/537.36",
                   "Bahmni-Android/0.93", "okhttp/4.9.3"])
    if r < 0.3:
        p = refugee()
        path = R.choice(["/openmrs/ws/rest/v1/patient?q=%s&v=default" % p["mrn"],
                         "/openmrs/ws/rest/v1/patient/%s?v=full" % p["uuid"],
                         "/openmrs/ws/fhir2/R4/Patient?identifier=%s" % p["indiv"],
                         "/bahmni/clinical/index.html#/default/patient/%s/dashboard" % p["uuid"]])
        L.x("10.20.3.%d - %s [%s] \"GET " % (R.randint(10, 90), staff()[2], apache_ts(t)), P(path, "url"),
            " HTTP/1.1\" 200 %d \"-\" \"%s\" rt=%.3f" % (R.randint(300, 9000), ua, R.uniform(0.01, 2)))
    elif r < 0.47:
        d = donor()
        tu = t.astimezone(EDT)
        L.x(P(d["ip"], "ip"), ' - - [%s] "%s %s HTTP/2.0" %d %d "https://www.hmr-relief.org/give" "%s"' % (
            apache_ts(tu), R.choice(["POST", "GET"]), R.choice(["/give/checkout", "/give/thank-you?gift=G-%s" % digits(7), "/give/monthly"]),
            R.choice([200, 302]), R.randint(500, 40000),
            R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1",
                      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/122.0 Safari/537.36"])))
    else:
        L.t(R.choice([
            '10.20.1.5 - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.27" rt=0.001' % apache_ts(t),
            '10.20.3.%d - - [%s] "GET /bahmni/components/ng-tags-input/ng-tags-input.min.css HTTP/1.1" 304 0 "-" "%s" rt=0.000' % (R.randint(10, 90), apache_ts(t), ua),
            '10.20.3.%d - %s [%s] "POST /dhis/api/dataValueSets?async=true HTTP/1.1" 202 %d "-" "dhis2-android-capture/2.9.1" rt=%.3f' % (R.randint(10, 90), staff()[2], apache_ts(t), R.randint(200, 900), R.uniform(0.05, 3)),
            '203.0.113.45 - - [%s] "GET /openmrs/ws/rest/v1/session HTTP/1.1" 200 %d "-" "curl/8.4.0" rt=0.012' % (apache_ts(t), R.randint(100, 400)),
            '10.20.3.%d - - [%s] "GET /openmrs/ws/rest/v1/concept?q=MUAC&v=custom:(uuid,name) HTTP/1.1" 200 %d "-" "%s" rt=%.3f' % (R.randint(10, 90), apache_ts(t), R.randint(400, 3000), ua, R.uniform(0.01, 0.5)),
        ]))
    return [L]


def g_iati():
    t = tick()
    out = []
    lines = [
        '<iati-activity last-updated-datetime="%s" xml:lang="en" default-currency="USD" hierarchy="1">' % t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "<iati-identifier>US-EIN-52-1879043-LTK-HLTH-2024</iati-identifier>",
        '<reporting-org ref="US-EIN-52-1879043" type="21"><narrative>Horizon Medical Relief</narrative></reporting-org>',
        '<participating-org ref="US-GOV-1" role="1" type="10"><narrative>USAID Bureau for Humanitarian Assistance</narrative></participating-org>',
        '<other-identifier ref="720BHA24GR00%d" type="A1"/>' % R.randint(100, 999),
        '<transaction ref="TX-2024-03-%04d"><transaction-type code="%d"/><transaction-date iso-date="2024-03-%02d"/><value currency="USD" value-date="2024-03-%02d">%d.00</value></transaction>' % (R.randint(1, 9999), R.choice([3, 4]), R.randint(1, 10), R.randint(1, 10), R.randint(1000, 250000)),
        '<result type="1"><title><narrative>Children 6-59 months screened for acute malnutrition</narrative></title><indicator measure="1"><period><period-start iso-date="2024-01-01"/><period-end iso-date="2024-03-31"/><actual value="%d"/></period></indicator></result>' % R.randint(1000, 9000),
        '<result type="1"><title><narrative>Children 9-59 months vaccinated against measles (MR campaign)</narrative></title><indicator measure="1"><period><period-start iso-date="2024-03-01"/><period-end iso-date="2024-03-31"/><actual value="%d"/></period></indicator></result>' % R.randint(5000, 30000),
        '<contact-info type="1"><organisation><narrative>Horizon Medical Relief</narrative></organisation><person-name><narrative>Rachel Okafor-Lind</narrative></person-name><telephone>+1 202 555 0187</telephone><email>grants@hmr-relief.org</email><mailing-address><narrative>1120 19th St NW, Suite 600, Washington, DC 20036</narrative></mailing-address></contact-info>',
        '<budget type="1" status="2"><period-start iso-date="2024-01-01"/><period-end iso-date="2024-12-31"/><value currency="USD" value-date="2024-01-01">%d.00</value></budget>' % R.randint(500000, 4000000),
        "</iati-activity>",
    ]
    i = R.randint(0, len(lines) - 3)
    for s in lines[i:i + R.randint(1, 3)]:
        out.append(Line("iati_xml").t(s))
    return out


def g_pay():
    t = tick()
    tu = t.astimezone(EDT)
    L = Line("donor_payments_json")
    r = R.random()
    d = donor()
    if r < 0.3:
        obj = {"id": "evt_3Ox" + b62(21), "object": "event", "type": "charge.succeeded", "created": int(t.timestamp()),
               "data": {"object": {"id": "ch_3Ox" + b62(21), "amount": R.choice([2500, 5000, 10000, 25000, 100000]),
                                   "currency": "usd", "billing_details": {
                                       "address": {"city": P(d["city"], "address"), "country": "US", "line1": P(d["street"], "address"),
                                                   "line2": None, "postal_code": P(d["zip"], "zip"), "state": d["state"]},
                                       "email": P(d["email"], "email"), "name": P(d["full"], "name"), "phone": None},
                                   "payment_method_details": {"card": {"brand": "visa", "last4": digits(4), "exp_month": R.randint(1, 12),
                                                                       "exp_year": R.randint(2025, 2030), "funding": "credit"}},
                                   "metadata": {"campaign": "LTK-MR-2024", "designation": "Lotikipi field hospital"}}},
               "livemode": True}
        jw(L, obj, asc=False, sep=(", ", ": "))
    elif r < 0.45:
        obj = {"ts": tu.isoformat(timespec="seconds"), "svc": "npsp-sync", "level": "info", "msg": "contact upserted",
               "sf_contact_id": P(d["cid"], "other_id"), "name": P(d["full"], "name"), "email": P(d["email"], "email"),
               "mailing": {"street": P(d["street"], "address"), "city": P(d["city"], "address"), "state": d["state"],
                           "zip": P(d["zip"], "zip")}}
        if R.random() < 0.8:
            obj["home_fax"] = P(usphone(), "fax")
        obj["web_ip"] = P(d["ip"], "ip")
        jw(L, obj)
    elif r < 0.55:
        jw(L, {"ts": tu.isoformat(timespec="seconds"), "svc": "vehicle-donation", "level": "info", "msg": "vehicle donation intake",
               "donor": P(d["full"], "name"), "phone": P(d["phone"], "phone"), "vin": P(vin(R.choice(["1HGCM826", "2T1BURHE", "1FTFW1ET", "5YJ3E1EA"])), "vehicle"),
               "plate": P("%s%s%s" % (R.choice(["ABC", "KLM", "JTR"]), R.choice(["-", " ", ""]), digits(4)), "vehicle"), "plate_state": d["state"],
               "dl_no": P(R.choice("ABDFGHJKLMS") + digits(8), "license"), "title_fax_from": P(usphone(), "fax"), "odometer": R.randint(40000, 220000),
               "tow_vendor": "Copart Towing #%d" % R.randint(100, 999)})
    elif r < 0.63:
        jw(L, {"ts": tu.isoformat(timespec="seconds"), "svc": "ach-gifts", "level": "info", "msg": "ACH debit scheduled",
               "constituent_id": P("C-%07d" % R.randint(1, 9999999), "other_id"), "name": P(d["full"], "name"),
               "routing": R.choice(["021000021", "011000138", "121000358"]), "account_no": P(digits(R.randint(9, 12)), "account"),
               "amount_usd": R.choice([20, 50, 100, 250]), "frequency": "monthly"})
    elif r < 0.7:
        L.x('{"ts":"%s","svc":"give-api","level":"debug","msg":"tokenize request body","body":{"card_number":"' % tu.isoformat(timespec="seconds"),
            P(card(), "account"), '","exp":"%02d/%d","cvc":"***","name_on_card":"' % (R.randint(1, 12), R.randint(25, 30)),
            P(d["full"], "name"), '","zip":"', P(d["zip"], "zip"), '"},"warn":"PAN logged - PCI scrubber disabled in staging"}')
    else:
        jw(L, R.choice([
            {"ts": tu.isoformat(timespec="seconds"), "svc": "npsp-sync", "level": "info", "msg": "batch complete",
             "records": R.randint(10, 900), "errors": R.randint(0, 3), "api_calls_remaining": R.randint(10000, 99000)},
            {"ts": tu.isoformat(timespec="seconds"), "svc": "grant-report", "level": "info", "msg": "BHA quarterly financial report generated",
             "award": "720BHA24GR00%d" % R.randint(100, 999), "period": "FY24Q2", "sf425_total": "%.2f" % R.uniform(1e5, 9e5),
             "prepared_by": "Rachel Okafor-Lind", "ein": "52-1879043"},
            {"id": "evt_3Ox" + b62(21), "object": "event", "type": "payout.paid", "created": int(t.timestamp()),
             "data": {"object": {"id": "po_1Ox" + b62(21), "amount": R.randint(10**5, 10**7), "currency": "usd",
                                 "destination": "ba_1Ox" + b62(20), "arrival_date": int(t.timestamp())}}},
        ]), sep=(", ", ": "))
    return [L]


def g_bims():
    t = tick()
    L = Line("bims_xml")
    if R.random() < 0.6:
        p = refugee()
        L.x('<Enrolment caseNo="', P(p["case"], "other_id"), '" indivNo="', P(p["indiv"], "other_id"),
            '" site="LTK%d" device="IrisGuard AD100 SN IG%s" operator="%s" ts="%s"><Iris eye="%s" quality="%d" fmt="ISO19794-6">' % (
                R.randint(1, 4), digits(7), staff()[2], t.isoformat(timespec="seconds"), R.choice("LR"), R.randint(60, 99)),
            P(b64blob(R.randint(36, 60), b"IIR\x00"), "biometric"), "</Iris>")
        if R.random() < 0.5:
            L.x('<Face fmt="JPEG" w="96" h="128">', P(b64blob(R.randint(45, 80), b"\xff\xd8\xff\xe0\x00\x10JFIF"), "photo"), "</Face>")
        L.t("</Enrolment>")
    else:
        L.t('<DedupJob id="%s" status="%s" gallery="LTK" candidates="%d" durationMs="%d" engine="ABIS 7.3.2"/>' % (
            uuid4(), R.choice(["COMPLETED", "COMPLETED", "QUEUED"]), R.randint(0, 3), R.randint(500, 9000)))
    return [L]


def g_pg():
    t = tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d EAT" % (t.microsecond // 1000)
    pid = R.randint(20000, 30000)
    r = R.random()
    if r < 0.3:
        p = refugee()
        L = Line("postgres_log").x("%s [%d] openmrs@openmrs LOG:  duration: %.3f ms  statement: SELECT p.person_id, pn.given_name, pn.family_name FROM person_name pn JOIN patient p ON p.patient_id = pn.person_id WHERE pn.voided = 0 AND pn.family_name ILIKE '" % (ts, pid, R.uniform(1000, 9000)),
                                   P(p["fam"], "name"), "%' AND pn.given_name ILIKE '", P(p["given"], "name"), "%' LIMIT 50")
        return [L]
    if r < 0.45:
        p = refugee()
        return [Line("postgres_log").t('%s [%d] openmrs@openmrs ERROR:  duplicate key value violates unique constraint "patient_identifier_uniq"' % (ts, pid)),
                Line("postgres_log").x("%s [%d] openmrs@openmrs DETAIL:  Key (identifier)=(" % (ts, pid), P(p["mrn"], "mrn"), ") already exists.")]
    if r < 0.55:
        p = refugee()
        return [Line("postgres_log").x("%s [%d] openmrs@openmrs LOG:  duration: %.3f ms  statement: UPDATE person_attribute SET value = '" % (ts, pid, R.uniform(500, 3000)),
                                       P(kphone("intl"), "phone"), "' WHERE person_id = %d AND person_attribute_type_id = 8" % R.randint(1000, 90000))]
    return [Line("postgres_log").t(R.choice([
        "%s [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=0.031 s, total=%.3f s" % (ts, pid, R.randint(100, 5000), R.uniform(0, 30), R.randint(0, 3), R.uniform(10, 270), R.uniform(10, 270)),
        '%s [%d] LOG:  automatic vacuum of table "openmrs.public.obs": index scans: 1, pages: 0 removed, %d remain, tuples: %d removed' % (ts, pid, R.randint(10000, 90000), R.randint(100, 9000)),
        "%s [%d] LOG:  connection received: host=10.20.1.%d port=%d" % (ts, pid, R.randint(2, 30), R.randint(30000, 60000)),
        "%s [%d] dhis@dhis2 LOG:  duration: %.3f ms  execute <unnamed>: select count(*) from datavalue where periodid = $1" % (ts, pid, R.uniform(500, 4000)),
    ]))]


def g_chat():
    t = tick()
    L = Line("mattermost_chat")
    st = staff()
    L.t("[%s] #%s @%s: " % (t.strftime("%Y-%m-%d %H:%M"), R.choice(["ipd-ward2", "opd-triage", "nutrition", "ot-team", "ops-ltk", "epi-campaign"]), st[2]))
    r = R.random()
    if r < 0.55:
        p = refugee(sex="F")
        k = refugee(sex="M")
        c = R.choice([
            ["bed %d " % R.randint(1, 30), P("%s %s." % (p["given"], p["fam"][0]), "name"), " (", P(p["mrn"], "mrn"),
             ") post-op day 2, Hb 7.1 - her brother ", P(k["given"], "name"), " is in camp, can donate, phone ", P(k["phone"], "phone")],
            ["SAM w/ complications from ", P("%s Z%d B%d" % (p["camp"], p["zone"], p["block"]), "address"), ": ",
             P(refugee(kind="child")["full"], "name"), ", %d mo, MUAC %d, oedema ++. mother " % (R.randint(6, 30), R.randint(95, 110)),
             P(k["full"], "name"), " agreed to SC admission"],
            ["family of ", P(refugee(kind="elder")["full"], "name"), " (", P(str(R.randint(90, 101)), "age"),
             " y) asking for transport back to shelter ", P(p["hh"], "other_id"), " after discharge ", P(svc_date(0, 2).strftime("%d/%m"), "date")],
            ["can someone merge duplicates ", P(p["mrn"], "mrn"), " and ", P(mrn(), "mrn"), "? same woman, DOB ",
             P(p["dob"].strftime("%d.%m.%Y"), "date"), ", case no ", P(p["case"], "other_id")],
            ["referral ", P("REF-LTK-2403-%04d" % R.randint(1, 9999), "other_id"), " to Lodwar delayed, road flooded at Lopur. pt ",
             P(p["full"], "name"), " stable on O2"],
        ])
        L.x(c)
    else:
        L.t(R.choice([
            "VSAT down again since 09:10, sync running over BGAN - please no photo attachments",
            "Plumpy'Nut lot 2311B028 arrived, 420 cartons, exp 2025-06 - stored in WH2",
            "MR campaign day 3: %d children vaccinated across 22 posts, coverage 81%%" % R.randint(3000, 9000),
            "generator 2 serviced, hours %d, next service at %d" % (R.randint(4000, 5000), R.randint(5000, 5600)),
            "reminder: security briefing 16:00 in the meeting tent, convoy to Lodwar leaves 06:30 tomorrow",
            "new version of HMR-Collect (5.2.0) pushed to all mobile clinic tablets, please update before 14:00",
            "Dr. Solberg on call tonight, backup Dr. Asante-Boateng +254 720 555 014",
        ]))
    return [L]


def g_cold():
    t = tick()
    L = Line("coldchain_tsv")
    fr = R.choice([("LTK2-EPI", "FR-02", "Vestfrost VLS 064A RF SDD", "VF2L-8841207"),
                   ("LTK-FH-PHARM", "FR-01", "B Medical TCW 3043 SDD", "BM3043-19220"),
                   ("MC-KAL", "CB-07", "Dometic RCW 25 cold box", "RCW25-774102")])
    tmin = R.uniform(2.0, 5.0)
    seq(L, [t.replace(minute=0, second=0, microsecond=0).isoformat(), fr[0], fr[1], fr[2], "SN:" + fr[3],
            "%+.1f" % (tmin + R.uniform(0, 2)), "%+.1f" % tmin, "%+.1f" % (tmin + R.uniform(1, 4)),
            str(R.choice([0, 0, 0, 1])), R.choice(["OK", "OK", "OK", "HIGH_ALARM", "DOOR_OPEN"]), "batt=%d%%" % R.randint(40, 100)], "\t")
    return [L]


def g_lab():
    t = tick()
    L = Line("lab_fixedwidth")
    if R.random() < 0.65:
        p = refugee()
        smp = "SMP24-%06d" % R.randint(1, 99999)
        test, val, unit, flag = R.choice([("HGB", "%.1f" % R.uniform(4, 15), "g/dL", "L"), ("WBC", "%.1f" % R.uniform(2, 25), "10^3/uL", "H"),
                                          ("MTB", "DETECTED LOW", "", "A"), ("RIF", "NOT DETECTED", "", ""), ("PLT", str(R.randint(30, 500)), "10^3/uL", "")])
        L.t("R %s " % t.strftime("%Y%m%d%H%M%S"))
        L.p(smp, "other_id").t(" " * (14 - len(smp)))
        L.p(p["mrn"], "mrn").t(" " * (13 - len(p["mrn"])))
        L.t("%-6s%14s %-8s%-2s %s" % (test, val, unit, flag, R.choice(["XN-350 #23114", "GX-IV 812233", "HemoCue301 1402"])))
    else:
        L.t("Q %s %-14s%-13s%-6s%14s %-8s%-2s %s" % (t.strftime("%Y%m%d%H%M%S"), "QC-L%d" % R.randint(1, 3), "LOT%s" % digits(5),
                                                      "HGB", "%.1f" % R.uniform(6, 16), "g/dL", "OK", "XN-350 #23114"))
    return [L]


def g_zd():
    t = tick()
    tu = t.astimezone(EDT)
    L = Line("zendesk_kv")
    r = R.random()
    base = [("ts", tu.isoformat(timespec="seconds")), ("src", "zd-audit"), ("ticket_id", R.randint(40000, 49999))]
    if r < 0.5:
        p = refugee()
        a = R.choice(US_ADDR)
        pairs = base + [("event", "create"), ("form", "Medical Records Request"), ("requester_name", P(p["full"], "name")),
                        ("dob", P(p["dob"].strftime("%m/%d/%Y"), "date")), ("hmr_mrn", P(p["mrn"], "mrn")),
                        ("ssn", P(ssn(), "ssn") if R.random() < 0.7 else "000-00-0000"),
                        ("address", P(a[0] + ", " + a[1], "address")), ("state", a[2]), ("zip", P(a[3], "zip")),
                        ("phone", P(usphone(), "phone"))]
        if R.random() < 0.5:
            pairs.append(("medicaid_id", P(R.choice(["", "MO", "IL"]) + digits(R.randint(8, 10)), "health_plan")))
        elif R.random() < 0.5:
            pairs.append(("mbi", P(mbi(), "health_plan")))
        if R.random() < 0.5:
            pairs.append(("email", P("%s.%s%d@gmail.com" % (p["given"].lower().replace("é", "e").replace("ï", "i"), p["fam"].split()[0].lower().replace("-", ""), R.randint(1, 99)), "email")))
        pairs += [("treated_at", "HMR Lotikipi Field Hospital"), ("treatment_period", P("%02d/%d" % (R.randint(1, 12), R.randint(2016, 2022)), "date")),
                  ("send_to", "Lutheran Family Health Clinic, fax (314) 555-0199")]
        lf(L, pairs)
    elif r < 0.65:
        lf(L, base + [("event", "create"), ("form", "Volunteer Credentialing"), ("requester_name", "Dr. Brooks Fox"),
                      ("npi", npi()), ("state_license", "MD.%06d" % R.randint(1, 999999)), ("license_state", "OR"),
                      ("deployment", "LTK surgery rotation Apr-2024"), ("assignee", "vetting@hmr-relief.org")])
    else:
        lf(L, base + [("event", "update"), ("field", R.choice(["status", "assignee", "priority"])),
                      ("from", R.choice(["new", "open", "normal"])), ("to", R.choice(["pending", "solved", "high", "records-team"])),
                      ("actor", R.choice(["agent:rokafor", "agent:jmensah", "trigger:auto-close-7d"])), ("sla_breach", R.choice(["false", "false", "true"]))])
    return [L]


GENS = [(g_prs, 9), (g_hl7, 3), (g_fhir, 4), (g_kobo, 6), (g_rapidpro, 6), (g_dhis2, 5), (g_ot, 4),
        (g_reftrans, 7), (g_vsat, 9), (g_syncd, 7), (g_openmrs, 3), (g_nginx, 10), (g_iati, 3), (g_pay, 7),
        (g_bims, 3), (g_pg, 4), (g_chat, 5), (g_cold, 5), (g_lab, 4), (g_zd, 4)]


def main():
    fns = [g for g, _ in GENS]
    ws = [w for _, w in GENS]
    lines = []
    while len(lines) < N_LINES:
        g = R.choices(fns, ws)[0]
        lines.extend(g())
    lines = lines[:N_LINES]
    with open(ID + ".log", "wb") as fl, open(ID + ".labels.jsonl", "w", encoding="utf-8") as fj:
        for n, L in enumerate(lines, 1):
            b = bytes(L.b)
            if not b or b"\n" in b or b"\r" in b:
                sys.exit("line %d empty or has newline" % n)
            b.decode("utf-8")
            prev = 0
            for s, e, cat, val in sorted(L.spans):
                if not (0 <= s < e <= len(b)):
                    sys.exit("line %d: span out of range %r" % (n, (s, e)))
                if s < prev:
                    sys.exit("line %d: overlapping spans" % n)
                if b[s:e].decode("utf-8") != val:
                    sys.exit("line %d: span text mismatch %r != %r" % (n, b[s:e], val))
                prev = e
            fl.write(b + b"\n")
            fj.write(json.dumps({"line": n, "family": L.fam,
                                 "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in sorted(L.spans)]}) + "\n")


if __name__ == "__main__":
    main()
