#!/usr/bin/env python3
"""Deterministic generator for held-out set `eb`: hospital fax / scanning / document
management stack (fax servers, T.30, capture/OCR, document import, HIM, ROI, print,
SFTP, Spring/Logback, IIS). Writes eb.log and eb.labels.jsonl next to itself."""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

random.seed(18052024)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_PHI = 225

# ---------------------------------------------------------------- line builder
class Line:
    def __init__(self):
        self.b = bytearray()
        self.spans = []

    def t(self, s):
        self.b += s.encode("utf-8")
        return self

    def p(self, s, cat):
        st = len(self.b)
        self.b += s.encode("utf-8")
        self.spans.append((st, len(self.b), cat, s))
        return self


# ---------------------------------------------------------------- helpers
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


def vin_with_check(v16):
    # v16: 8 chars + 8 chars (position 9 inserted)
    trans = {}
    for c, v in zip("ABCDEFGH", range(1, 9)):
        trans[c] = v
    for c, v in zip("JKLMN", range(1, 6)):
        trans[c] = v
    trans["P"] = 7
    trans["R"] = 9
    for c, v in zip("STUVWXYZ", range(2, 10)):
        trans[c] = v
    for d in "0123456789":
        trans[d] = int(d)
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    full = v16[:8] + "0" + v16[8:]
    s = sum(trans[c] * w[i] for i, c in enumerate(full))
    r = s % 11
    chk = "X" if r == 10 else str(r)
    return v16[:8] + chk + v16[8:]


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    a = random.choice
    d = "0123456789"
    return (a("123456789") + a(MBI_L) + a(MBI_L + d) + a(d) + a(MBI_L) + a(MBI_L + d)
            + a(d) + a(MBI_L) + a(MBI_L) + a(d) + a(d))


def npi():
    body = "".join(random.choice("0123456789") for _ in range(8))
    body = random.choice("12") + body
    return body + luhn_digit("80840" + body)


FOLD = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss"}


def fold(s):
    s = "".join(FOLD.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def fph(n, style):
    a, b, c = n[:3], n[3:6], n[6:]
    return {
        "paren": f"({a}) {b}-{c}",
        "dash": f"{a}-{b}-{c}",
        "e164": f"+1{n}",
        "raw": n,
        "one": f"1{n}",
        "dot": f"{a}.{b}.{c}",
        "sp": f"+1 {a} {b} {c}",
        "onedash": f"1-{a}-{b}-{c}",
    }[style]


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]


def fd(d, style):
    return {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "usn": f"{d.month}/{d.day}/{d.year}",
        "iso": d.isoformat(),
        "cmp": d.strftime("%Y%m%d"),
        "dmy": f"{d.day:02d}-{MONTHS[d.month-1]}-{d.year}",
        "long": f"{MONTHS_LONG[d.month-1]} {d.day}, {d.year}",
        "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
    }[style]


def hexs(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{random.choice('89ab')}{h[17:20]}-{h[20:32]}"


def digits(n):
    return "".join(random.choice("0123456789") for _ in range(n))


def ms(t):
    return f"{t.microsecond // 1000:03d}"


def pick(seq):
    return random.choice(seq)


# ---------------------------------------------------------------- static world
HOSP = "St. Brigid Medical Center"
HOSP_DOMAIN = "stbrigidhealth.org"
HOSP_HIM_FAX = "3125550100"
HOSP_ROI_FAX = "3125550102"
HOSP_ROI_PHONE = "3125550101"
HOSP_MAIN = "3125550104"

used_lines = {"3125550100", "3125550101", "3125550102", "3125550104"}


def new_num(areas=("312", "773", "708", "630", "847", "815", "219", "224", "331")):
    while True:
        n = pick(areas) + "55501" + f"{random.randrange(100):02d}"
        if n not in used_lines:
            used_lines.add(n)
            return n


OFFICES = []
for nm in ["Lakeview Family Medicine", "Northshore Cardiology Assoc", "Pilsen Community Health",
           "Oak Park Orthopedics", "DuPage Oncology Partners", "Rogers Park Pediatrics",
           "Westside Nephrology SC", "Midwest Sleep Center", "Evanston Women's Health",
           "Joliet Pain & Spine", "Calumet Dialysis Unit", "Hinsdale GI Consultants"]:
    OFFICES.append({"name": nm, "fax": new_num(), "phone": new_num(),
                    "csid": nm.upper()[:20]})

ATTORNEYS = []
for firm, atty in [("Brennan & Cole LLP", "Patrick Brennan"), ("Okafor Injury Law", "Ifeoma Okafor"),
                   ("Levin Marsh Kaplan PC", "Dana Levin"), ("Ruiz & Whitcomb", "Hector Ruiz"),
                   ("Great Lakes Disability Advocates", "Sandra Whitfield")]:
    ATTORNEYS.append({"firm": firm, "atty": atty, "fax": new_num(), "phone": new_num()})

PAYERS_REQ = ["SSA Disability Determination Services", "Liberty Mutual Claims", "State Farm Claims",
              "IL Dept of Healthcare & Family Svcs", "Veterans Affairs CCN"]
PAYER_FAX = {p: new_num() for p in PAYERS_REQ}

CLINICIANS = [("Anil", "Mehta"), ("Rebecca", "Stanhope"), ("Kwame", "Asante"), ("Lucía", "Herrera"),
              ("Tobias", "Lindgren"), ("Naomi", "Feld"), ("Vikram", "Sethi"), ("Grace", "Oyelaran")]
CLIN = [{"first": f, "last": l, "npi": npi()} for f, l in CLINICIANS]
STAFF = [("Marta", "Kowalski", "mkowalski"), ("Terrence", "Jenkins", "tjenkins"),
         ("Rina", "Desai", "rdesai"), ("Alicia", "Brooks", "abrooks"), ("Linh", "Pham", "lpham"),
         ("Gustavo", "Ibarra", "gibarra")]
SVC_USERS = ["svc_onbase", "svc_rightfax", "svc_kofax", "svc_roiapp", "svc_labelprint"]

STREETS = ["N Kedzie Ave", "W Argyle St", "S Ashland Ave", "W Devon Ave", "Maple Ridge Dr",
           "N Milwaukee Ave", "W 26th St", "Greenleaf St", "S Harlem Ave", "Chicago Ave",
           "W Touhy Ave", "Ogden Ave", "N Clark St", "Lincoln Hwy", "E 79th St", "Linden Ln"]
CITIES = [("Chicago", "Cook", ["60625", "60640", "60608", "60659", "60623", "60618", "60619"]),
          ("Evanston", "Cook", ["60201", "60202"]), ("Oak Park", "Cook", ["60302", "60304"]),
          ("Cicero", "Cook", ["60804"]), ("Skokie", "Cook", ["60076", "60077"]),
          ("Berwyn", "Cook", ["60402"]), ("Naperville", "DuPage", ["60540", "60563"]),
          ("Joliet", "Will", ["60435", "60436"]), ("Waukegan", "Lake", ["60085"]),
          ("Gary", "Lake", ["46402"])]

PT_NAMES = [("Maria", "Garcia", "F"), ("Chidi", "Okonkwo", "M"), ("Thi Lan", "Nguyen", "F"),
            ("Józef", "Wiśniewski", "M"), ("Aisha", "Rahman", "F"), ("Søren", "Lindqvist", "M"),
            ("Kenji", "Watanabe", "M"), ("Fatima", "Al-Sayed", "F"), ("Olusegun", "Adeyemi", "M"),
            ("Priya", "Raghunathan", "F"), ("Dmitri", "Volkov", "M"), ("Siobhán", "O'Connell", "F"),
            ("Mateo", "Ferreira", "M"), ("Leilani", "Kahananui", "F"), ("Yusuf", "Demir", "M"),
            ("Hana", "Novák", "F"), ("Tomás", "Quintero", "M"), ("Ngozi", "Eze", "F"),
            ("Ingrid", "Halvorsen", "F"), ("Rafael", "Domínguez", "M"), ("Mei-Ling", "Chou", "F"),
            ("Bogdan", "Popescu", "M"), ("Amara", "Diallo", "F"), ("Giulia", "Bianchi", "F"),
            ("Eitan", "Shapiro", "M"), ("Beatriz", "Lacerda", "F"), ("Anh", "Tran", "M")]
REL_FIRST = ["Rosa", "Emeka", "Minh", "Krystyna", "Imran", "Astrid", "Yuki", "Omar", "Funmilayo",
             "Arjun", "Olga", "Declan", "Inês", "Kalani", "Elif", "Petr", "Lupe", "Chinedu",
             "Lars", "Carmen", "Wei", "Ioana", "Mamadou", "Marco", "Tamar", "Joaquim", "Hoa"]
RELATIONS = ["spouse", "daughter", "son", "mother", "father", "guarantor", "sister", "POA"]

TODAY = dt.date(2024, 3, 14)
PATIENTS = []
old_idx = {2, 4, 11}  # born before 1934 -> age > 89
for i, (f, l, sx) in enumerate(PT_NAMES):
    if i in old_idx:
        dob = dt.date(random.randint(1926, 1933), random.randint(1, 12), random.randint(1, 28))
    else:
        dob = dt.date(random.randint(1941, 2019), random.randint(1, 12), random.randint(1, 28))
    age = TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))
    city, county, zips = pick(CITIES)
    adm = TODAY - dt.timedelta(days=random.randint(4, 40))
    dis = adm + dt.timedelta(days=random.randint(1, 9))
    if dis >= TODAY:
        dis = TODAY - dt.timedelta(days=1)
    dos = TODAY - dt.timedelta(days=random.randint(2, 120))
    ptype = pick(["bcbs", "aetna", "uhc", "medicare", "medicaid", "bcbs"]) if age < 65 else pick(["medicare", "medicare", "bcbs"])
    if ptype == "medicare":
        member = mbi(); payer = "Medicare Part A/B"
    elif ptype == "medicaid":
        member = digits(9); payer = "IL Medicaid"
    elif ptype == "bcbs":
        member = pick(["XOF", "XOD", "ZGP"]) + digits(9); payer = "BCBS of Illinois PPO"
    elif ptype == "aetna":
        member = "W" + digits(9); payer = "Aetna Choice POS II"
    else:
        member = digits(9) + "01"; payer = "UnitedHealthcare Choice Plus"
    fa = fold(f).lower().replace(" ", "").replace("-", "")
    la = fold(l).lower().replace(" ", "").replace("-", "").replace("'", "")
    card = "4" + digits(14)
    card = card + luhn_digit(card)
    imei = "35" + digits(12)
    imei = imei + luhn_digit(imei)
    vin16 = pick(["1HGCV1F3", "2T1BURHE", "1FTFW1E5", "3N1AB7AP", "5YJ3E1EA", "1G1ZD5ST"]) + pick("LMNPR") + pick("ABCDEFGH") + digits(6)
    p = {
        "first": f, "last": l, "sex": sx, "dob": dob, "age": age,
        "mrn": f"{random.randint(100000, 4999999):08d}",
        "empi": "E" + digits(9),
        "acct": "70" + digits(8),
        "ssn": f"{random.randint(101, 665)}-{random.randint(10, 99)}-{random.randint(1000, 9999)}",
        "phone": new_num(), "fax": new_num() if i % 3 != 2 else None,
        "email": pick([f"{fa}.{la}", f"{fa[0]}{la}{dob.year % 100:02d}", f"{la}.{fa}", f"{fa}{la[:3]}{random.randint(1, 99)}"]) + "@" + pick(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com"]),
        "street": f"{random.randint(12, 9899)} {pick(STREETS)}" + pick(["", "", "", f" Apt {random.randint(1, 40)}{pick('ABCD')}", f" Unit {random.randint(100, 999)}"]),
        "city": city, "county": county, "zip": pick(zips),
        "payer": payer, "member": member, "group": pick(["", "GRP"]) + digits(6),
        "rel_first": REL_FIRST[i], "rel_last": l if random.random() < 0.7 else pick(PT_NAMES)[1],
        "relation": pick(RELATIONS), "rel_phone": new_num(),
        "user": pick([f"{fa[0]}{la}{dob.year % 100:02d}", f"{fa}.{la}", f"{la}{fa[0]}{random.randint(1, 9)}"]),
        "ip": f"{pick([73, 98, 24, 174, 67, 108, 71, 76, 99])}.{random.randint(1, 254)}.{random.randint(0, 254)}.{random.randint(1, 254)}",
        "adm": adm, "dis": dis, "dos": dos,
        "dod": (TODAY - dt.timedelta(days=random.randint(30, 400))) if i in (4, 18) else None,
        "card": card, "imei": imei, "vin": vin_with_check(vin16),
        "dl": pick("ABCDGHKLMNPRSTW") + digits(3) + "-" + digits(4) + "-" + digits(4),
        "plate": pick(["", "", "DP"]) + f"{random.randint(100, 999)}{random.randint(1000, 9999)}" if random.random() < 0.5 else pick("ABCDEFGHJK") + pick("ABCDEFGHJK") + f" {random.randint(10000, 99999)}",
        "pm_serial": pick(["PJN", "RNV", "BLK"]) + digits(6) + pick(["H", "S", "G"]),
        "case_no": f"{random.choice([2022, 2023, 2024])}-L-{random.randint(1000, 14999):06d}",
    }
    PATIENTS.append(p)

WEIGHTS = [max(1, 30 - 2 * i + random.randint(-3, 3)) for i in range(len(PATIENTS))]


def full(P, style="fl"):
    if style == "fl":
        return f"{P['first']} {P['last']}"
    if style == "LF":
        return f"{P['last'].upper()}, {P['first'].upper()}"
    if style == "Lf":
        return f"{P['last']}, {P['first']}"
    if style == "L_F":
        return fold(f"{P['last']}_{P['first']}").upper().replace(" ", "_").replace("'", "")
    if style == "LFc":
        return f"{P['last'].upper()},{P['first'].upper()}"
    raise KeyError(style)


def rel_name(P):
    return f"{P['rel_first']} {P['rel_last']}"


ROI_IDS = {}


def roi_id(P):
    if P["mrn"] not in ROI_IDS:
        ROI_IDS[P["mrn"]] = f"ROI-24-{random.randint(1000, 9999):06d}"
    return ROI_IDS[P["mrn"]]


DOCTYPES = ["MR - Outside Records", "MR - Referral", "HIM - Discharge Summary", "HIM - H&P",
            "MR - Lab Results (Outside)", "REG - Insurance Card", "REG - Photo ID", "ROI - Authorization",
            "MR - Imaging Report", "HIM - Consent", "MR - Progress Note", "BILL - EOB"]
PRINTERS = ["HIM-MFP-3F", "HIM-LASER-03", "ROI-LASER-01", "ADM-LBL-ER2", "HIM-LBL-02", "REG-LBL-01", "5W-NS-MFP"]
PRINTER_IP = {pr: f"10.40.{random.randint(2, 9)}.{random.randint(20, 240)}" for pr in PRINTERS}
WS = [f"HIM-WS-{n:03d}" for n in (4, 11, 14, 22, 27)] + ["REG-ED-02", "ROI-WS-01", "CITRIX-XA07"]
HOSTS_JAVA = ["docroute-app01", "docroute-app02", "roi-api01"]


# ---------------------------------------------------------------- families
def fam_rightfax(L, phi, P, T):
    b, c = random.randint(1, 4), random.randint(1, 24)
    h = f"0x{random.randint(0x30000, 0x4FFFF):08X}"
    L.t(f"{T:%m/%d/%Y %H:%M:%S}.{ms(T)} RFHIM01 FaxSvc  [B{b:02d}:C{c:02d}] ")
    o = pick(OFFICES)
    if not phi:
        v = random.randrange(7)
        if v == 0:
            L.t(f"RX  Call offered ANI={o['fax']} DNIS=41{random.randint(0, 9)}{random.randint(0, 9)} Rings=2 Line=PRI-{b}")
        elif v == 1:
            L.t(f"RX  Complete Handle={h} RemoteCSID='{fph(o['fax'], pick(['sp', 'raw', 'dash']))}' Pages={random.randint(1, 30)} "
                f"Duration=00:{random.randint(0, 6):02d}:{random.randint(0, 59):02d} Speed=14400 Status=0 (Success) RouteTo=HIM_INDEX")
        elif v == 2:
            L.t(f"TX  Handle={h} ToName='{o['name']}' ToFaxNum={fph(o['fax'], 'one')} TSID='{fph(HOSP_HIM_FAX, 'sp')} ST BRIGID HIM' "
                f"Pages={random.randint(1, 12)} Attempt=1/3 Result=Sent OK")
        elif v == 3:
            L.t(f"QUEUE  Outbound pending={random.randint(0, 40)} retry={random.randint(0, 6)} held={random.randint(0, 3)} "
                f"oldest=00:{random.randint(0, 30):02d}:{random.randint(0, 59):02d} channels_busy={random.randint(2, 24)}/24")
        elif v == 4:
            L.t(f"TX  Handle={h} ToFaxNum={fph(o['fax'], 'one')} Result=Busy (0x0E) RetryCount={random.randint(1, 2)}/3 "
                f"NextAttempt={(T + dt.timedelta(seconds=300)):%H:%M:%S}")
        elif v == 5:
            L.t(f"TX  Handle={h} ToFaxNum={fph(pick(ATTORNEYS)['fax'], 'one')} ToCompany='{pick(ATTORNEYS)['firm']}' "
                f"Result=No answer (0x11) RetryCount=3/3 -> FAILED, notify owner {pick(STAFF)[2]}")
        else:
            L.t(f"COVER  Template 'ROI_Standard.cov' merged Handle={h} FromName='Release of Information' FromFax={fph(HOSP_ROI_FAX, 'paren')} "
                f"FromVoice={fph(HOSP_ROI_PHONE, 'paren')} ToCompany='{o['name']}' ToFax={fph(o['fax'], 'paren')}")
        return "rightfax"
    v = random.randrange(4)
    if v == 0 and P["fax"]:
        L.t(f"TX  Handle={h} ToName='").p(full(P, "LF"), "name").t("' ToFaxNum=").p(fph(P["fax"], "one"), "fax")
        L.t(f" Pages={random.randint(2, 60)} Attempt={random.randint(1, 3)}/3 Result=" + pick(["Sent OK", "Busy (0x0E)", "Sent OK"]))
    elif v == 1 and P["fax"]:
        L.t(f"COVER  Handle={h} ToName='").p(full(P), "name").t("' ToFax='").p(fph(P["fax"], "paren"), "fax")
        L.t("' ToVoice='").p(fph(P["phone"], "paren"), "phone")
        L.t(f"' FromName='Release of Information' FromFax='{fph(HOSP_ROI_FAX, 'paren')}' Subject='Requested records {roi_id(P)}' Notes='DOB ")
        L.p(fd(P["dob"], "us"), "date").t("'")
    elif v == 2:
        L.t(f"RX  Handle={h} Barcode(Code39)='MRN").p(P["mrn"], "mrn").t(f"' page 1 -> AutoRoute folder 'HIM\\Pending\\")
        L.p(full(P, "L_F"), "name").t(f"' owner={pick(STAFF)[2]}")
    else:
        L.t(f"TX  Handle={h} ToName='").p(full(P, "Lf"), "name").t("' ToCompany='(patient)' ToFaxNum=")
        num = P["fax"] or P["phone"]
        L.p(fph(num, "raw"), "fax" if P["fax"] else "phone")
        L.t(f" Result=Fax tone not detected (0x31) RetryCount=2/3 Owner={pick(STAFF)[2]}")
    return "rightfax"


def fam_efax(L, phi, P, T):
    fid = f"{random.randint(100000000, 999999999)}"
    base = {"ts": f"{T:%Y-%m-%dT%H:%M:%S}.{ms(T)}Z"}
    o = pick(OFFICES)
    L.t('{"event_time":"' + (T + dt.timedelta(hours=5)).strftime("%Y-%m-%dT%H:%M:%S") + f'.{ms(T)}Z","event_type":')
    if not phi:
        v = random.randrange(4)
        if v == 0:
            L.t(f'"fax.inbound.completed","fax_id":"{fid}","direction":"inbound","originating_fax_number":"+1{o["fax"]}",'
                f'"destination_fax_number":"+1{HOSP_HIM_FAX}","csid":"{o["csid"]}","pages":{random.randint(1, 25)},'
                f'"duration":{random.randint(20, 400)},"resolution":"fine","status":"success","account_id":"8873310","user_id":"him-intake"}}')
        elif v == 1:
            L.t(f'"fax.outbound.queued","fax_id":"{fid}","direction":"outbound","destination_fax_number":"+1{pick(OFFICES)["fax"]}",'
                f'"tsid":"+1{HOSP_ROI_FAX}","sender_email":"roi@{HOSP_DOMAIN}","pages":{random.randint(1, 40)},"priority":"normal","account_id":"8873310"}}')
        elif v == 2:
            a = pick(ATTORNEYS)
            L.t(f'"fax.outbound.failed","fax_id":"{fid}","direction":"outbound","destination_fax_number":"+1{a["fax"]}",'
                f'"failure_reason":"T.30 DCN received before MPS","attempts":{random.randint(1, 5)},"status":"failed","account_id":"8873310"}}')
        else:
            L.t(f'"webhook.delivery","webhook_id":"{uuid4()}","target":"https://docroute-app01.{HOSP_DOMAIN}/efax/callback",'
                f'"http_status":{pick([200, 200, 200, 502])},"latency_ms":{random.randint(30, 900)},"attempt":1}}')
        return "efax-json"
    num = P["fax"] or P["phone"]
    cat = "fax" if P["fax"] else "phone"
    v = random.randrange(2)
    if v == 0:
        L.t(f'"fax.inbound.completed","fax_id":"{fid}","direction":"inbound","originating_fax_number":"')
        L.p("+1" + num, cat).t(f'","destination_fax_number":"+1{HOSP_ROI_FAX}","csid":"').p(fph(num, "sp"), cat)
        L.t(f'","pages":{random.randint(1, 6)},"duration":{random.randint(20, 200)},"status":"success","account_id":"8873310","user_id":"roi-intake"}}')
    else:
        L.t(f'"fax.outbound.completed","fax_id":"{fid}","direction":"outbound","destination_fax_number":"').p("+1" + num, cat)
        L.t('","recipient_name":"').p(full(P), "name")
        L.t(f'","tsid":"+1{HOSP_ROI_FAX}","pages":{random.randint(3, 90)},"status":"success","account_id":"8873310"}}')
    return "efax-json"


def fam_t30(L, phi, P, T):
    ch = random.randint(1, 24)
    L.t(f"{T:%Y-%m-%d %H:%M:%S}.{ms(T)} T30[B{random.randint(1, 4)}C{ch:02d}] ")
    if not phi:
        v = random.randrange(8)
        L.t([
            "<- DIS: V.27ter V.29 V.17, 14400bps, R8x7.7 fine, 2D-MR, MMR, ECM 256, A4/B4, min scan 0ms",
            f"-> DCS: V.17 {pick([14400, 12000, 9600])}bps, fine, MMR, ECM, A4, scan 0ms",
            f"<- TSI: '{fph(pick(OFFICES)['fax'], 'sp')}'",
            f"-> CSI: '{fph(HOSP_HIM_FAX, 'sp')}'",
            f"TCF: {random.randint(1400, 1500)} zero bytes, 0 errors -> CFR",
            f"page {random.randint(1, 20)} ECM block 0 frames {random.randint(30, 255)}, PPR 0 -> MCF",
            f"<- EOP ; -> MCF ; <- DCN  (call time {random.randint(30, 300)}s, retrain 0)",
            f"-> FTT (TCF {random.randint(1, 40)} errors) ; fallback to V.29 9600bps",
        ][v])
        return "t30-trace"
    num = P["fax"] or P["phone"]
    L.t("<- TSI: '").p(fph(num, pick(["sp", "raw"])), "fax" if P["fax"] else "phone").t("' ; remote NSF none")
    return "t30-trace"


def fam_kofax(L, phi, P, T):
    bid = random.randint(18000, 19999)
    bname = f"HIMFAX_{T:%Y%m%d}_{random.randint(1, 120):03d}"
    L.t(f"{T:%Y-%m-%d %H:%M:%S},{ms(T)} [{pick(['KfxRelease', 'KfxRecoSrv', 'KfxValidation', 'KfxImport'])}:{random.randint(1000, 9999)}] ")
    if not phi:
        v = random.randrange(6)
        L.t([
            f"INFO  KC.Import - Batch '{bname}' (BatchId={bid}) created from import source 'RightFax HIM_INDEX', pages={random.randint(1, 60)}",
            f"INFO  KC.Separation - Batch {bid}: separator barcode 'DOCSEP' found on page {random.randint(2, 30)}, new document started",
            f"INFO  KC.FormId - Batch {bid} Doc {random.randint(1, 9)}: class '{pick(['Referral', 'OutsideRecords', 'InsuranceCard', 'Authorization'])}' confidence=0.{random.randint(55, 99)}",
            f"WARN  KC.Recognition - Batch {bid} Doc {random.randint(1, 9)}: zone 'PatientDOB' below threshold (0.{random.randint(30, 60)} < 0.80), flagged for validation",
            f"INFO  KC.Release - Batch '{bname}' released to OnBase DIP share \\\\hylandfs01\\dip\\kofax\\{bid}.txt docs={random.randint(1, 15)} elapsed={random.randint(200, 9000)}ms",
            f"INFO  KC.Queue - Batch {bid} moved 'Recognition' -> 'Validation' priority={random.randint(1, 10)} operator={pick(STAFF)[2]}",
        ][v])
        return "kofax-capture"
    doc = random.randint(1, 9)
    fld = random.randrange(6)
    L.t(f"INFO  KC.Recognition - Batch {bid} Doc {doc}: IndexField[")
    if fld == 0:
        L.t("PatientName]='").p(full(P, "Lf"), "name")
    elif fld == 1:
        L.t("PatientDOB]='").p(fd(P["dob"], "us"), "date")
    elif fld == 2:
        L.t("MRN]='").p(P["mrn"], "mrn")
    elif fld == 3:
        L.t("SubscriberID]='").p(P["member"], "health_plan")
    elif fld == 4:
        L.t("PatientPhone]='").p(fph(P["phone"], "paren"), "phone")
    else:
        L.t("SSN]='").p(P["ssn"], "ssn")
    L.t(f"' confidence=0.{random.randint(70, 99)} valid={pick(['True', 'True', 'False'])}")
    return "kofax-capture"


def fam_abbyy(L, phi, P, T):
    task = random.randint(220000, 239999)
    L.t(f"{T:%d.%m.%Y %H:%M:%S}.{ms(T)} | {pick(['INFO ', 'INFO ', 'WARN '])} | ProcessingStation[HIMOCR0{random.randint(1, 3)}] | Task {task} | ")
    if not phi:
        v = random.randrange(5)
        L.t([
            f"Stage 'Recognition' finished: {random.randint(1, 40)} pages, {random.randint(500, 9000)} chars, uncertain={random.randint(0, 300)}, {random.randint(800, 20000)} ms",
            f"Document definition 'HIM_Referral_v4' matched, score {random.randint(60, 99)}/100",
            f"Field 'Referring_Fax' = '{fph(pick(OFFICES)['fax'], 'paren')}' confidence={random.randint(80, 100)} rule=PhoneFormat OK",
            f"Field 'Referring_Provider_NPI' = '{pick(CLIN)['npi']}' confidence={random.randint(80, 100)} rule=NPI_Luhn OK",
            f"Export to '\\\\hylandfs01\\dip\\abbyy\\{task}.xml' completed ({random.randint(3, 400)} KB)",
        ][v])
        return "abbyy-fc"
    v = random.randrange(7)
    conf = random.randint(55, 100)
    if v == 0:
        L.t("Field 'Patient_Name' = '").p(full(P, "fl"), "name")
    elif v == 1:
        L.t("Field 'Patient_DOB' = '").p(fd(P["dob"], pick(["us", "usn", "dot"])), "date")
    elif v == 2:
        L.t("Field 'Patient_Address' = '").p(P["street"], "address").t(", ").p(P["city"], "address").t(", IL ").p(P["zip"], "zip")
    elif v == 3:
        L.t("Field 'Patient_Age' = '")
        if P["age"] > 89:
            L.p(str(P["age"]), "age")
        else:
            L.t(str(P["age"]) + "' confidence=" + str(conf) + " | Field 'Patient_MRN' = '").p(P["mrn"], "mrn")
    elif v == 4:
        if random.random() < 0.5:
            L.t("Field 'Device_Serial' = '").p(P["pm_serial"], "device")
        else:
            L.t("Field 'Vehicle_VIN' = '").p(P["vin"], "vehicle").t(f"' confidence={conf} | Field 'Claim_Carrier' = 'State Farm")
    elif v == 5:
        L.t("Field 'Date_of_Service' = '").p(fd(P["dos"], "us"), "date")
    else:
        L.t("Field 'Insured_ID' = '").p(P["member"], "health_plan").t(f"' confidence={conf} | Field 'Group_No' = '{P['group']}")
    L.t(f"' confidence={conf} rule={pick(['OK', 'OK', 'Suspicious'])}")
    return "abbyy-fc"


def fam_onbase(L, phi, P, T):
    L.t(f"{T.month}/{T.day}/{T.year} {T:%I:%M:%S %p} | DIP | {pick(['HIM Outside Records', 'Kofax Release', 'ABBYY Export', 'Registration Scans'])} | ")
    hdl = random.randint(9900000, 9999999)
    if not phi:
        v = random.randrange(5)
        L.t([
            f"Index file \\\\hylandfs01\\dip\\kofax\\{random.randint(18000, 19999)}.txt parsed: {random.randint(1, 60)} lines, 0 errors",
            f"DiskGroup 'HIM Images' Volume {random.randint(400, 420)} copy 2 promoted; free {random.randint(20, 400)}.{random.randint(0, 9)} GB",
            f"Autofill Keyword Set 'ADT Patient' lookup returned 1 row in {random.randint(5, 200)} ms",
            f"Document Handle {hdl} DocType '{pick(DOCTYPES)}' stored, {random.randint(1, 50)} pages, file type TIFF Group 4",
            f"Process completed: {random.randint(1, 80)} imported, {random.randint(0, 2)} failed, {random.randint(200, 9000)} ms, user MANAGER\\{pick(SVC_USERS)}",
        ][v])
        return "onbase-dip"
    L.t(f"Imported Doc Handle {hdl} DocType '{pick(DOCTYPES)}' Keywords: ")
    ks = random.sample(["mrn", "name", "dos", "acct", "dob", "adm", "guar", "empi", "member"], k=random.randint(2, 4))
    first = True
    for k in ks:
        if not first:
            L.t("; ")
        first = False
        if k == "mrn":
            L.t("MR#=").p(P["mrn"], "mrn")
        elif k == "name":
            L.t("Patient Name=").p(full(P, "LFc"), "name")
        elif k == "dos":
            L.t("Date of Service=").p(fd(P["dos"], "us"), "date")
        elif k == "acct":
            L.t("Account #=").p(P["acct"], "account")
        elif k == "dob":
            L.t("DOB=").p(fd(P["dob"], "us"), "date")
        elif k == "adm":
            L.t("Admit Date=").p(fd(P["adm"], "us"), "date")
        elif k == "guar":
            L.t("Guarantor Name=").p(f"{P['rel_last'].upper()}, {P['rel_first'].upper()}", "name")
        elif k == "member":
            L.t("Member ID=").p(P["member"], "health_plan").t(f"; Group #={P['group']}")
        else:
            L.t("EMPI=").p(P["empi"], "mrn")
    if random.random() < 0.3:
        L.t("; Age=")
        if P["age"] > 89:
            L.p(str(P["age"]), "age")
        else:
            L.t(str(P["age"]))
    L.t(f" | DiskGroup 'HIM Images' Vol {random.randint(400, 420)}")
    return "onbase-dip"


def fam_him(L, phi, P, T):
    iso = f"{T:%Y-%m-%dT%H:%M:%S}.{ms(T)}-05:00"
    c = pick(CLIN)
    if not phi:
        v = random.randrange(5)
        if v == 0:
            L.t(f"HIMSCAN|{iso}|QUEUE_STATUS|queue={pick(['Loose Reports', 'Prep', 'Rescan', 'QA Review', 'Indexing'])}|depth={random.randint(0, 120)}"
                f"|oldestItem={(T - dt.timedelta(hours=random.randint(2, 60))):%Y-%m-%dT%H:%M}|scanner=fi-7600 S/N A8KD0{digits(5)}")
        elif v == 1:
            L.t(f"HIMDEF|{iso}|DEF_COMPLETED|defId=DEF-{random.randint(80000, 99999):07d}|physician=Dr. {c['first']} {c['last']}|npi={c['npi']}|type=Signature|elapsedDays={random.randint(0, 30)}")
        elif v == 2:
            L.t(f"HIMDEF|{iso}|DELINQ_NOTICE|physician=Dr. {c['first']} {c['last']}|npi={c['npi']}|openDeficiencies={random.randint(1, 40)}|delinquent={random.randint(0, 12)}|notified=him-deficiency@{HOSP_DOMAIN}")
        elif v == 3:
            L.t(f"HIMSCAN|{iso}|BATCH_QA|batch=B{random.randint(1000, 9999)}|pages={random.randint(10, 900)}|rejected={random.randint(0, 5)}|operator={pick(STAFF)[2]}|station={pick(WS)}")
        else:
            L.t(f"HIMDEF|{iso}|JOB|name=nightly-aging|charts={random.randint(100, 2000)}|runtime={random.randint(1, 90)}s|next={(T + dt.timedelta(days=1)):%Y-%m-%d}T02:00")
        return "him-deficiency"
    v = random.randrange(3)
    if v == 0:
        L.t(f"HIMDEF|{iso}|DEF_CREATED|defId=DEF-{random.randint(80000, 99999):07d}|mrn=").p(P["mrn"], "mrn").t("|pt=").p(full(P, "LFc"), "name")
        L.t("|disch=").p(fd(P["dis"], "iso"), "date")
        L.t(f"|doc={pick(['Discharge Summary', 'H&P', 'Op Note', 'Consult'])}|def={pick(['Signature', 'Dictation', 'Co-sign'])}|assignedTo=Dr. {c['first']} {c['last']}|due={(T + dt.timedelta(days=14)):%Y-%m-%d}")
    elif v == 1:
        L.t(f"HIMSCAN|{iso}|ITEM_SCANNED|queue=Loose Reports|acct=").p(P["acct"], "account").t("|adm=").p(fd(P["adm"], "iso"), "date")
        L.t(f"|pages={random.randint(1, 20)}|operator={pick(STAFF)[2]}")
    else:
        L.t(f"HIMSCAN|{iso}|CHART_CHECKOUT|mrn=").p(P["mrn"], "mrn").t("|patient=").p(full(P, "Lf"), "name")
        L.t("|admit=").p(fd(P["adm"], "iso"), "date").t("|disch=").p(fd(P["dis"], "iso"), "date")
        L.t(f"|user={pick(STAFF)[2]}")
    return "him-deficiency"


def fam_roi(L, phi, P, T):
    L.t(f"ts={T:%Y-%m-%dT%H:%M:%S}.{ms(T)}-05:00 lvl={pick(['info', 'info', 'warn'])} svc=roi-tracker ")
    rid = roi_id(P)
    if not phi:
        v = random.randrange(5)
        if v == 0:
            sf = pick(STAFF)
            L.t(f'msg="status change" req={rid} from=IN_PROCESS to=FULFILLED pages={random.randint(3, 400)} fee={random.randint(5, 180)}.{random.randint(0, 99):02d} invoice=INV-2024-{random.randint(10000, 30000)} processed_by="{sf[0]} {sf[1]}"')
        elif v == 1:
            a = pick(ATTORNEYS)
            L.t(f'msg="delivery sent" req={rid} method=fax requester="{a["firm"]}" requester_fax="{fph(a["fax"], "dash")}" attn="{a["atty"]}" pages={random.randint(3, 300)}')
        elif v == 2:
            L.t(f'msg="mailed" req={rid} carrier=UPS tracking=1Z{random.choice("ABCDEFGHIJ")}{digits(5)}03{digits(8)} weight_oz={random.randint(2, 40)}')
        elif v == 3:
            q = pick(PAYERS_REQ)
            L.t(f'msg="request logged" req={rid} requester_type=payer requester="{q}" reply_fax="{fph(PAYER_FAX[q], "paren")}" sla_days={pick([10, 15, 30])}')
        else:
            L.t(f'msg="sla report" open={random.randint(20, 300)} overdue={random.randint(0, 15)} avg_turnaround_days={random.randint(1, 12)}.{random.randint(0, 9)}')
        return "roi-tracker"
    v = random.randrange(5)
    if v == 0:
        a = pick(ATTORNEYS)
        L.t(f'msg="request logged" req={rid} requester_type=attorney requester="{a["firm"]}" requester_fax="{fph(a["fax"], "dash")}" patient_mrn=')
        L.p(P["mrn"], "mrn").t(' patient_name="').p(full(P), "name").t('" dob=').p(fd(P["dob"], "iso"), "date")
        L.t(' court_case="').p(P["case_no"], "other_id").t('" records="ED,Imaging,Billing"')
    elif v == 1:
        L.t(f'msg="request logged" req={rid} requester_type=patient patient_name="').p(full(P), "name")
        L.t('" delivery=email email=').p(P["email"], "email").t(" phone=").p(fph(P["phone"], "dash"), "phone")
    elif v == 2:
        L.t(f'msg="identity verified" req={rid} method=in_person id_type=drivers_license id_state=IL id_no=').p(P["dl"], "license")
        L.t(f" verified_by={pick(STAFF)[2]}")
    elif v == 3:
        L.t(f'msg="request logged" req={rid} requester_type={P["relation"]} requester_name="').p(rel_name(P), "name")
        L.t('" requester_phone=').p(fph(P["rel_phone"], "dash"), "phone")
        L.t(' patient_mrn=').p(P["mrn"], "mrn")
        if P["dod"]:
            L.t(" patient_dod=").p(fd(P["dod"], "iso"), "date")
        L.t(' mail_to="').p(P["street"], "address").t(", ").p(P["city"], "address").t(", IL ").p(P["zip"], "zip").t('"')
    else:
        L.t(f'msg="fee paid" req={rid} amount={random.randint(6, 90)}.{random.randint(0, 99):02d} card=').p(P["card"], "account")
        L.t(f" auth={random.randint(100000, 999999)} gateway=authnet")
    return "roi-tracker"


def fam_print(L, phi, P, T):
    pr = pick(PRINTERS)
    ws = pick(WS)
    usr = pick(STAFF)[2]
    docno = random.randint(2, 400)
    L.t(f"Information\t{T.month}/{T.day}/{T.year} {T.hour % 12 or 12}:{T:%M:%S} {'AM' if T.hour < 12 else 'PM'}\tMicrosoft-Windows-PrintService\t")
    if not phi:
        v = random.randrange(4)
        if v == 0:
            dn = pick([f"Microsoft Word - HIM_Productivity_{MONTHS[T.month-1]}.docx", "Print Document", "Test Page",
                       f"ROI_Invoice_INV-2024-{random.randint(10000, 30000)}.pdf", "Microsoft Excel - Deficiency_Aging.xlsx",
                       f"Fax Handle 0x{random.randint(0x30000, 0x4FFFF):08X}"])
            L.t(f"307\tPrinting a document\tDocument {docno}, {dn} owned by {usr} on \\\\{ws} was printed on {pr} through port {PRINTER_IP[pr]}.  "
                f"Size in bytes: {random.randint(20000, 4000000)}. Pages printed: {random.randint(1, 40)}. No user action is required.")
        elif v == 1:
            L.t(f"842\tPrinting a document\tThe print job {docno} was sent through the print processor winprint on printer {pr}, driver HP Universal Printing PCL 6, "
                f"in the isolation mode 1 (0 - loaded in the spooler, 1 - loaded in shared sandbox, 2 - loaded in isolated sandbox).")
        elif v == 2:
            L.t(f"372\tPrinting a document\tThe document Print Document, owned by {usr}, failed to print on printer {pr}. Try to print the document again, or restart the print spooler.")
        else:
            L.t(f"310\tDeleting a document\tDocument {docno}, Print Document owned by {usr} was deleted on {pr}. No user action is required.")
        return "win-printservice"
    L.t(f"307\tPrinting a document\tDocument {docno}, ")
    v = random.randrange(3)
    if v == 0:
        L.t("Face Sheet - ").p(full(P, "LF"), "name").t(" - MRN ").p(P["mrn"], "mrn").t(".pdf")
    elif v == 1:
        L.t("ROI_").p(full(P, "L_F"), "name").t("_DOB").p(fd(P["dob"], "cmp"), "date").t(".pdf")
    else:
        L.t("OnBase - ").p(full(P, "Lf"), "name").t(f" - {pick(DOCTYPES)}")
    L.t(f" owned by {usr} on \\\\{ws} was printed on {pr} through port {PRINTER_IP[pr]}.  Size in bytes: {random.randint(20000, 4000000)}. "
        f"Pages printed: {random.randint(1, 60)}. No user action is required.")
    return "win-printservice"


def cups_ts(T):
    return f"[{T:%d}/{MONTHS[T.month-1]}/{T.year}:{T:%H:%M:%S} -0500]"


def fam_cups(L, phi, P, T):
    pr = pick(["HIM-LBL-02", "REG-LBL-01", "ADM-LBL-ER2", "ROI-LASER-01"])
    job = random.randint(1000, 9999)
    usr = pick(SVC_USERS + [s[2] for s in STAFF])
    if not phi:
        v = random.randrange(5)
        if v == 0:
            L.t(f"{pr} {usr} {job} {cups_ts(T)} total {random.randint(1, 6)} - 10.40.2.{random.randint(10, 60)} "
                f"{pick(['Label_batch_' + digits(4), 'smbprn.' + digits(8) + ' Remote Downlevel Document', 'ROI_Cover.pdf', 'label.zpl'])} na_letter_8.5x11in one-sided")
        elif v == 1:
            L.t(f"I {cups_ts(T)} [Job {job}] Queued on \"{pr}\" by \"{usr}\".")
        elif v == 2:
            L.t(f"E {cups_ts(T)} [Job {job}] Unable to connect to printer; will retry in 30 seconds...")
        elif v == 3:
            L.t(f"localhost - {usr} {cups_ts(T)} \"POST /printers/{pr} HTTP/1.1\" 200 {random.randint(300, 90000)} Print-Job successful-ok")
        else:
            L.t(f"I {cups_ts(T)} [Job {job}] Job completed.")
        return "cups"
    v = random.randrange(2)
    if v == 0:
        L.t(f"{pr} {usr} {job} {cups_ts(T)} total 1 - 10.40.2.{random.randint(10, 60)} Wristband_").p(full(P, "L_F"), "name")
        L.t("_").p(P["mrn"], "mrn").t(" - -")
    else:
        L.t(f"D {cups_ts(T)} [Job {job}] job-name=\"Armband ").p(full(P, "LF"), "name").t(" DOB ").p(fd(P["dob"], "us"), "date").t("\"")
    return "cups"


def fam_lpd(L, phi, P, T):
    L.t(f"{MONTHS[T.month-1]} {T.day:2d} {T:%H:%M:%S} prt-him01 lpd[{random.randint(2000, 9000)}]: ")
    q = pick(["himlbl2", "reglbl1", "roilaser"])
    if not phi:
        v = random.randrange(4)
        L.t([
            f"{q}: job 'dfA{random.randint(100, 999)}himapp01' from himapp01.stbrigid.local (10.40.2.15) spooled, {random.randint(300, 90000)} bytes",
            f"{q}: connection from 10.40.2.{random.randint(10, 60)} port {random.randint(721, 731)}",
            f"{q}: printer status: ready, {random.randint(0, 5)} jobs queued",
            f"{q}: lost connection to 10.40.3.50:9100, requeueing job {random.randint(100, 999)}",
        ][v])
        return "lpd-syslog"
    L.t(f"{q}: job {random.randint(100, 999)} title 'ROI_").p(P["mrn"], "mrn").t("_").p(full(P, "L_F"), "name").t(f".pdf' user {pick(SVC_USERS)} printed")
    return "lpd-syslog"


def spring_prefix(L, T, level, thread, logger):
    L.t(f"{T:%Y-%m-%d %H:%M:%S}.{ms(T)} {level:>5} {random.choice([4123, 4123, 4187])} --- [{thread:>15}] {logger:<40} : ")


def fam_zpl(L, phi, P, T):
    ip = pick(["10.40.3.50", "10.40.3.51", "10.40.5.18"])
    spring_prefix(L, T, "INFO", pick(["label-exec-1", "label-exec-2"]), "o.s.h.label.ZplLabelService")
    if not phi:
        v = random.randrange(3)
        L.t([
            f"Printer {ip}:9100 ~HS -> 030,0,0,0{random.randint(200, 400)},000,0,0,0,000,0,0,0 / 001,0,0,1,1,2,6,0,00000000,1,000 / 1234,0",
            f"Calibration label sent to {ip}:9100 (^XA^JUS^XZ) ok",
            f"Sent {random.randint(200, 800)} bytes to {ip}:9100 ZPL=^XA^FO40,30^A0N,30,30^FDSPECIMEN BAG - {pick(['STAT', 'ROUTINE'])}^FS^FO40,70^BY2^BCN,60,N,N^FD{digits(10)}^FS^XZ in {random.randint(5, 120)} ms",
        ][v])
        return "zpl-label"
    L.t(f"Sent {random.randint(250, 700)} bytes to {ip}:9100 ZPL=^XA^CI28^FO40,30^A0N,34,34^FD").p(full(P, "LFc"), "name")
    L.t("^FS^FO40,72^A0N,26,26^FDMRN ").p(P["mrn"], "mrn").t("  DOB ").p(fd(P["dob"], "us"), "date")
    if P["age"] > 89:
        L.t("  AGE ").p(str(P["age"]), "age").t("Y")
    else:
        L.t(f"  AGE {P['age']}Y")
    L.t(f"^FS^FO40,104^BY2^BCN,60,N,N^FD").p(P["mrn"], "mrn").t("^FS^XZ")
    return "zpl-label"


def fam_sftp(L, phi, P, T):
    pid = random.randint(30000, 60000)
    L.t(f"{MONTHS[T.month-1]} {T.day:2d} {T:%H:%M:%S} sftp-him01 internal-sftp[{pid}]: ")
    u = pick(["ironmtn_scan", "ciox_roi", "onbase_dip", "mrocorp"])
    if not phi:
        v = random.randrange(5)
        L.t([
            f"session opened for local user {u} from [10.60.{random.randint(1, 9)}.{random.randint(10, 200)}]",
            f"open \"/inbound/{u}/{T:%Y-%m-%d}/HIMSCAN_B{random.randint(1000, 9999)}.zip\" flags WRITE,CREAT,TRUNC mode 0640",
            f"close \"/inbound/{u}/{T:%Y-%m-%d}/HIMSCAN_B{random.randint(1000, 9999)}.idx\" bytes read 0 written {random.randint(1000, 90000000)}",
            f"session closed for local user {u} from [10.60.{random.randint(1, 9)}.{random.randint(10, 200)}]",
            f"opendir \"/outbound/{u}/roi\"",
        ][v])
        return "sftp-syslog"
    v = random.randrange(3)
    if v == 0:
        L.t(f"open \"/outbound/{u}/roi/{roi_id(P)}_").p(P["mrn"], "mrn").t("_").p(full(P, "L_F"), "name").t(".pdf\" flags READ mode 0666")
    elif v == 1:
        L.t(f"close \"/inbound/{u}/{T:%Y-%m-%d}/HIMSCAN_B{random.randint(1000, 9999)}_").p(P["acct"], "account").t(f".tif\" bytes read 0 written {random.randint(10000, 9000000)}")
    else:
        L.t(f"rename old \"/inbound/{u}/tmp/{digits(6)}.part\" new \"/inbound/{u}/{T:%Y-%m-%d}/").p(full(P, "L_F"), "name")
        L.t("_").p(fd(P["dob"], "cmp"), "date").t("_MedRec.pdf\"")
    return "sftp-syslog"


def fam_spring(L, phi, P, T):
    if not phi:
        v = random.randrange(9)
        if v == 0:
            spring_prefix(L, T, "INFO", "main", "com.zaxxer.hikari.HikariDataSource")
            L.t(f"HikariPool-1 - Start completed.")
        elif v == 1:
            spring_prefix(L, T, "INFO", f"nio-8443-exec-{random.randint(1, 10)}", "o.s.h.fax.InboundFaxRouter")
            L.t(f"Routed inbound fax handle=0x{random.randint(0x30000, 0x4FFFF):08X} from CSID '{pick(OFFICES)['csid']}' to queue HIM_INDEX (rule #{random.randint(1, 40)})")
        elif v == 2:
            spring_prefix(L, T, "WARN", f"scheduling-{random.randint(1, 3)}", "o.s.h.sftp.BatchPoller")
            L.t(f"No manifest for batch HIMSCAN_B{random.randint(1000, 9999)} after {random.randint(2, 30)} min, host sftp-him01.stbrigid.local:22")
        elif v == 3:
            spring_prefix(L, T, "ERROR", f"nio-8443-exec-{random.randint(1, 10)}", "o.s.h.onbase.UnityClient")
            L.t(f"Unity API call failed: POST https://onbase-app01.stbrigid.local/AppServer/Service.asmx status=503 traceId={hexs(16)}")
        elif v == 4:
            L.t(f"\tat org.stbrigid.him.onbase.UnityClient.importDocument(UnityClient.java:{random.randint(80, 400)})")
        elif v == 5:
            spring_prefix(L, T, "INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer")
            L.t("Tomcat started on port(s): 8443 (https) with context path '/docroute'")
        elif v == 6:
            spring_prefix(L, T, "INFO", f"efax-cb-{random.randint(1, 4)}", "o.s.h.efax.EfaxClient")
            L.t(f"POST https://api.efax.example.com/v1/faxes -> 202 in {random.randint(100, 2000)} ms (52.{random.randint(0, 255)}.{random.randint(0, 255)}.{random.randint(1, 254)}:443) fax_id={random.randint(100000000, 999999999)}")
        elif v == 7:
            spring_prefix(L, T, "DEBUG", f"nio-8443-exec-{random.randint(1, 10)}", "o.s.h.roi.RoiNotificationService")
            L.t(f"Mail queued from noreply@{HOSP_DOMAIN} to roi-team@{HOSP_DOMAIN} subject='Daily ROI backlog' msgId=<{hexs(12)}@{HOSP_DOMAIN}>")
        else:
            spring_prefix(L, T, "INFO", f"nio-8443-exec-{random.randint(1, 10)}", "o.s.h.fax.OutboundFaxService")
            L.t(f"Submitted outbound fax jobId={uuid4()} to {fph(pick(OFFICES)['fax'], 'e164')} pages={random.randint(1, 30)} cover=ROI_Standard by {pick(STAFF)[2]}")
        return "spring-logback"
    v = random.randrange(7)
    th = f"nio-8443-exec-{random.randint(1, 10)}"
    if v == 0:
        spring_prefix(L, T, "INFO", th, "o.s.h.fax.InboundFaxRouter")
        L.t(f"Matched barcode patient on handle=0x{random.randint(0x30000, 0x4FFFF):08X}: mrn=").p(P["mrn"], "mrn").t(" name=").p(full(P, "LFc"), "name")
    elif v == 1:
        spring_prefix(L, T, "WARN", th, "o.s.h.adt.PatientLookupService")
        L.t("Multiple EMPI candidates for lastName=").p(P["last"], "name").t(" dob=").p(fd(P["dob"], "iso"), "date")
        L.t(f" count=2 -> manual review (request {uuid4()})")
    elif v == 2:
        spring_prefix(L, T, "DEBUG", th, "o.s.h.roi.RoiIntakeController")
        L.t("POST /roi/requests body={patientName=").p(full(P), "name").t(", ssnLast4=XXXX, ssn=")
        L.p(P["ssn"], "ssn").t(", dob=").p(fd(P["dob"], "iso"), "date").t("}")
    elif v == 3:
        spring_prefix(L, T, "INFO", th, "o.s.h.fax.OutboundFaxService")
        num = P["fax"] or P["phone"]
        L.t(f"Submitted outbound fax jobId={uuid4()} to ").p(fph(num, "e164"), "fax" if P["fax"] else "phone").t(" recipient=").p(full(P), "name")
        L.t(f" pages={random.randint(2, 50)}")
    elif v == 4:
        spring_prefix(L, T, "INFO", th, "o.s.h.eligibility.EligibilityClient")
        L.t("270 sent payer='" + P["payer"] + "' memberId=").p(P["member"], "health_plan").t(f" group={P['group']} -> 271 active")
    elif v == 6:
        spring_prefix(L, T, "INFO", th, "o.s.h.roi.RoiNotificationService")
        slug = fold(f"{P['last']}-{P['first']}").lower().replace(" ", "-").replace("'", "")
        L.t(f"Portal link for {roi_id(P)} expires in 72h: ").p(f"https://myrecords.{HOSP_DOMAIN}/roi/patient/{slug}-{P['dob']:%Y%m%d}/packet.pdf", "url")
    else:
        spring_prefix(L, T, "WARN", th, "o.s.h.roi.RoiNotificationService")
        L.t("SMS fallback to ").p(fph(P["phone"], "e164"), "phone").t(f" after bounce from ").p(P["email"], "email")
        L.t(f" (provider=twilio sid=SM{hexs(32)})")
    return "spring-logback"


def jstart(L, T, logger, level, thread):
    L.t(f'{{"@timestamp":"{T:%Y-%m-%dT%H:%M:%S}.{ms(T)}-05:00","@version":"1","message":"')
    return (logger, level, thread)


def jend(L, meta, extra=""):
    logger, level, thread = meta
    lv = {"INFO": 20000, "WARN": 30000, "DEBUG": 10000, "ERROR": 40000}[level]
    L.t(f'","logger_name":"{logger}","thread_name":"{thread}","level":"{level}","level_value":{lv}')
    return extra


def b64blob(n, head):
    raw = head + bytes(random.randrange(256) for _ in range(n))
    return base64.b64encode(raw).decode()


def fam_json(L, phi, P, T):
    th = f"http-nio-8443-exec-{random.randint(1, 20)}"
    tr, sp = hexs(32), hexs(16)
    if not phi:
        v = random.randrange(5)
        if v == 0:
            m = jstart(L, T, "org.stbrigid.docroute.kofax.ReleaseWatcher", "INFO", "kofax-watch-1")
            L.t(f"Picked up release file 18{random.randint(100, 999)}.txt ({random.randint(1, 40)} docs)")
            jend(L, m); L.t(f',"traceId":"{tr}","spanId":"{sp}","host":"{pick(HOSTS_JAVA)}"}}')
        elif v == 1:
            m = jstart(L, T, "org.stbrigid.roi.portal.AuthController", "INFO", th)
            L.t("Login success for staff user via SAML")
            jend(L, m); L.t(f',"traceId":"{tr}","spanId":"{sp}","user":"STBRIGID\\\\{pick(STAFF)[2]}","clientIp":"10.40.{random.randint(1, 9)}.{random.randint(2, 250)}"}}')
        elif v == 2:
            m = jstart(L, T, "org.springframework.scheduling.support.TaskUtils$LoggingErrorHandler", "ERROR", "scheduling-1")
            L.t("Unexpected error occurred in scheduled task")
            jend(L, m); L.t(f',"stack_trace":"java.net.SocketTimeoutException: Read timed out\\n\\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)\\n\\tat org.stbrigid.docroute.sftp.BatchPoller.poll(BatchPoller.java:{random.randint(40, 200)})","host":"{pick(HOSTS_JAVA)}"}}')
        elif v == 3:
            m = jstart(L, T, "org.stbrigid.roi.billing.InvoiceService", "INFO", th)
            L.t(f"Invoice INV-2024-{random.randint(10000, 30000)} created amount=USD {random.randint(6, 200)}.{random.randint(0, 99):02d}")
            jend(L, m); L.t(f',"traceId":"{tr}","spanId":"{sp}","requestId":"{roi_id(P)}"}}')
        else:
            m = jstart(L, T, "org.stbrigid.docroute.efax.WebhookController", "DEBUG", th)
            L.t(f"Webhook accepted event=fax.inbound.completed faxId={random.randint(100000000, 999999999)}")
            jend(L, m); L.t(f',"traceId":"{tr}","spanId":"{sp}","remoteAddr":"10.40.0.{random.randint(2, 30)}","userAgent":"eFax-Webhook/2.1"}}')
        return "logback-json"
    v = random.randrange(7)
    if v == 0:
        m = jstart(L, T, "org.stbrigid.roi.portal.AuthController", "INFO", th)
        L.t("Patient portal login success")
        jend(L, m); L.t(f',"traceId":"{tr}","spanId":"{sp}","portalUser":"').p(P["user"], "other_id").t('","clientIp":"').p(P["ip"], "ip")
        L.t('","mfaDevice":"').p(P["imei"], "device").t('"}')
    elif v == 1:
        m = jstart(L, T, "org.stbrigid.roi.delivery.PortalDeliveryService", "INFO", th)
        L.t("Release packet published")
        slug = fold(f"{P['last']}-{P['first']}").lower().replace(" ", "-").replace("'", "")
        jend(L, m); L.t(f',"traceId":"{tr}","spanId":"{sp}","requestId":"{roi_id(P)}","downloadUrl":"')
        L.p(f"https://myrecords.{HOSP_DOMAIN}/roi/patient/{slug}-{P['dob']:%Y%m%d}/packet.pdf", "url").t('","notify":"').p(P["email"], "email").t('"}')
    elif v == 2:
        m = jstart(L, T, "org.stbrigid.roi.identity.IdVerificationService", "DEBUG", th)
        L.t("Selfie captured for ID match")
        jend(L, m); L.t(f',"traceId":"{tr}","requestId":"{roi_id(P)}","mrn":"').p(P["mrn"], "mrn").t('","selfie":"')
        L.p("data:image/jpeg;base64," + b64blob(random.randint(240, 420), b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00"), "photo").t('"}')
    elif v == 3:
        m = jstart(L, T, "org.stbrigid.roi.identity.PalmVeinKiosk", "DEBUG", "kiosk-io-1")
        L.t("Palm template enrolled")
        jend(L, m); L.t(f',"kioskId":"ROI-KIOSK-02","empi":"').p(P["empi"], "mrn").t('","template":"')
        L.p(b64blob(random.randint(180, 300), b"PVT1"), "biometric").t(f'","quality":{random.randint(60, 99)}}}')
    elif v == 4:
        m = jstart(L, T, "org.stbrigid.docroute.ocr.AutoIndexService", "INFO", "ocr-worker-3")
        L.t("Auto-index candidate")
        jend(L, m); L.t(f',"traceId":"{tr}","docHandle":{random.randint(9900000, 9999999)},"patient":{{"mrn":"').p(P["mrn"], "mrn")
        L.t('","last":"').p(P["last"], "name").t('","first":"').p(P["first"], "name").t('","dob":"').p(fd(P["dob"], "iso"), "date")
        L.t(f'"}},"score":0.{random.randint(60, 99)}}}')
    elif v == 5:
        m = jstart(L, T, "org.stbrigid.roi.claims.AutoClaimIntake", "INFO", th)
        L.t("Police report attached to request")
        jend(L, m); L.t(f',"requestId":"{roi_id(P)}","vehicleVin":"').p(P["vin"], "vehicle").t('","plate":"').p(P["plate"], "vehicle")
        L.t('","plateState":"IL"}')
    else:
        m = jstart(L, T, "org.stbrigid.roi.portal.ProfileController", "WARN", th)
        L.t("Address change requested")
        jend(L, m); L.t(f',"traceId":"{tr}","portalUser":"').p(P["user"], "other_id").t('","street":"').p(P["street"], "address")
        L.t('","city":"').p(P["city"], "address").t('","county":"').p(P["county"], "address").t('","zip":"').p(P["zip"], "zip").t('"}')
    return "logback-json"


UA_PT = ["Mozilla/5.0+(iPhone;+CPU+iPhone+OS+17_3+like+Mac+OS+X)+AppleWebKit/605.1.15+(KHTML,+like+Gecko)+Version/17.3+Mobile/15E148+Safari/604.1",
         "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.0.0+Safari/537.36",
         "Mozilla/5.0+(Linux;+Android+14;+SM-S911U)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/121.0.6167.178+Mobile+Safari/537.36"]
UA_STAFF = ["Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64;+Trident/7.0;+rv:11.0)+like+Gecko",
            "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/120.0.0.0+Safari/537.36+Edg/120.0.2210.144"]


def fam_iis(L, phi, P, T):
    U = T + dt.timedelta(hours=5)
    L.t(f"{U:%Y-%m-%d %H:%M:%S} 10.40.1.{pick([21, 22])} ")
    tt = random.randint(3, 900)
    if not phi:
        v = random.randrange(5)
        if v == 0:
            L.t(f"GET /AppNet/Login.aspx - 443 - 10.40.{random.randint(1, 9)}.{random.randint(2, 250)} {pick(UA_STAFF)} - 200 0 0 {tt}")
        elif v == 1:
            L.t(f"POST /AppServer/Service.asmx - 443 STBRIGID\\{pick(SVC_USERS)} 10.40.2.{random.randint(10, 60)} - - 200 0 0 {tt}")
        elif v == 2:
            L.t(f"GET /healthcheck - 443 - 10.40.0.5 ELB-HealthChecker/2.0 - 200 0 0 {random.randint(1, 5)}")
        elif v == 3:
            L.t(f"GET /AppNet/docpop/docpop.aspx clienttype=html&docid={random.randint(9900000, 9999999)} 443 STBRIGID\\{pick(STAFF)[2]} "
                f"10.40.{random.randint(1, 9)}.{random.randint(2, 250)} {pick(UA_STAFF)} https://onbase-web01.stbrigid.local/AppNet/ 200 0 0 {tt}")
        else:
            L.t(f"GET /roi/assets/app.{hexs(8)}.js - 443 - 10.40.0.{random.randint(40, 49)} {pick(UA_PT)} https://myrecords.{HOSP_DOMAIN}/ 304 0 0 {tt}")
        return "iis-w3c"
    v = random.randrange(3)
    if v == 0:
        L.t(f"GET /roi/api/v1/requests/{roi_id(P)}/status dob=").p(fd(P["dob"], "iso"), "date")
        L.t(" 443 ").p(P["user"], "other_id").t(" ").p(P["ip"], "ip").t(f" {pick(UA_PT)} https://myrecords.{HOSP_DOMAIN}/ 200 0 0 {tt}")
    elif v == 1:
        L.t("POST /roi/api/v1/requests - 443 ").p(P["user"], "other_id").t(" ").p(P["ip"], "ip").t(f" {pick(UA_PT)} https://myrecords.{HOSP_DOMAIN}/new 201 0 0 {tt}")
    else:
        L.t(f"GET /AppNet/docpop/docpop.aspx KT{random.randint(100, 140)}_0_0_0=").p(P["mrn"], "mrn")
        L.t(f"&clienttype=html&doctypeid={random.randint(100, 400)} 443 STBRIGID\\{pick(STAFF)[2]} 10.40.{random.randint(1, 9)}.{random.randint(2, 250)} {pick(UA_STAFF)} - 200 0 0 {tt}")
    return "iis-w3c"


FAMS = [
    (fam_rightfax, 40, 0.40), (fam_efax, 28, 0.35), (fam_t30, 22, 0.15), (fam_kofax, 32, 0.5),
    (fam_abbyy, 30, 0.5), (fam_onbase, 34, 0.55), (fam_him, 28, 0.5), (fam_roi, 32, 0.6),
    (fam_print, 24, 0.4), (fam_cups, 22, 0.35), (fam_lpd, 14, 0.3), (fam_zpl, 18, 0.6),
    (fam_sftp, 28, 0.4), (fam_spring, 44, 0.4), (fam_json, 34, 0.5), (fam_iis, 34, 0.4),
]


def main():
    fams = random.choices(range(len(FAMS)), weights=[w for _, w, _ in FAMS], k=N_LINES)
    flags = [random.random() < FAMS[f][2] for f in fams]
    # adjust to exactly N_PHI
    while sum(flags) != N_PHI:
        i = random.randrange(N_LINES)
        if sum(flags) > N_PHI and flags[i]:
            flags[i] = False
        elif sum(flags) < N_PHI and not flags[i]:
            flags[i] = True
    T = dt.datetime(2024, 3, 14, 6, 2, 11, 318000)
    cur, left = None, 0
    out_lines, labels = [], []
    for n in range(N_LINES):
        T += dt.timedelta(milliseconds=random.randint(150, 60000))
        if left <= 0:
            cur = random.choices(PATIENTS, weights=WEIGHTS)[0]
            left = random.randint(3, 9)
        left -= 1
        L = Line()
        fam = FAMS[fams[n]][0](L, flags[n], cur, T)
        raw = bytes(L.b)
        assert b"\n" not in raw and len(raw) <= 4000, (n, len(raw))
        raw.decode("utf-8")
        assert bool(L.spans) == flags[n], (n, fam, raw)
        prev = 0
        spans = []
        for s, e, cat, val in sorted(L.spans):
            assert s >= prev, ("overlap", n)
            assert raw[s:e] == val.encode("utf-8"), (n, raw[s:e], val)
            prev = e
            spans.append({"s": s, "e": e, "cat": cat})
        out_lines.append(raw)
        labels.append({"line": n + 1, "family": fam, "spans": spans})
    with open(os.path.join(HERE, "eb.log"), "wb") as f:
        f.write(b"\n".join(out_lines) + b"\n")
    with open(os.path.join(HERE, "eb.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in labels:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
