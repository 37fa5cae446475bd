#!/usr/bin/env python3
"""Synthetic labeled log corpus "hu": hospital print & document output services.

Systems simulated (Lakeshore Regional Medical Center, fictitious):
Windows print server PrintService events (Winlogbeat JSON, Snare syslog, wevtutil text),
PaperCut-like print logger CSV and app-server log, secure print release badge agent,
Epic-like EPS print routing log and pipe audit, LRS/VPSX-like spool messages, Zebra
ZPL bridge (wristbands, specimen, pharmacy labels), CUPS page_log, fax server + webhook
JSON, HL7 MDM^T02 from fax-to-EHR, scan-to-folder CSV audit, wkhtmltopdf wrapper/stdout,
Puppeteer (pino JSON) render service, pdfinfo/exiftool metadata dumps, mail room pipe
rows, USPS IV-MTR scan JSON, presort log, Python cleanup job, nginx access log,
printer syslog, Prometheus metrics.

All people and identifiers are synthetic.

Labeling decisions:
- Label identifiers of patients, guarantors, relatives (mother on infant band) and
  letter recipients; never staff (print job owners, Windows/PaperCut usernames,
  badge card numbers, clinicians), vendors, facilities or printers.
- Names: whole rendered name is one span ("LAST, FIRST", "First Last", "F. Last",
  file-name forms "LAST_FIRST"); in HL7 XPN each component (last, first, middle) is
  its own span. Infant bands: only the surname after "BABY BOY/GIRL" is labeled.
- Epic-like patient IDs (Z1234567) and MRNs -> mrn. CSN/encounter numbers,
  specimen accession numbers, Rx numbers and portal usernames -> other_id.
  Hospital account (HAR) / guarantor account numbers and full card numbers -> account;
  masked cards (last 4) are not labeled.
- Dates: birth, admission, discharge, service and appointment dates -> date. Log
  timestamps, print/scan/fax/mail/mtime dates and retention ages are not labeled.
- Ages: only > 89 labeled (e.g. "93Y", "age=91"); younger ages left unlabeled.
- Addresses: street line(s) and city each labeled address (separate spans);
  state not labeled; ZIP/ZIP+4 -> zip. USPS IMb: the clear-text routing code
  (ZIP+4+delivery point) inside the 31-digit IMb is labeled zip; the 20-digit
  tracking part and the encoded FADT bar string are not labeled. Mail facility
  ZIPs are not labeled.
- Phones/faxes: only those of patients/relatives (home fax sending a records
  request -> fax). Clinic, vendor and help-desk numbers are not labeled.
- Emails: patient emails -> email; staff/vendor mailboxes not labeled.
- Public client IP of a patient downloading a statement -> ip; internal 10.x and
  unauthenticated scanner/bot requests (403, python-requests) not labeled.
- Driver's licence numbers in scan file names -> license; plates/VIN on parking
  passes printed for a patient's family -> vehicle; patient device serials
  (insulin pump, pacemaker) printed on labels/letters -> device; printer MAC/serial not.
- Base64 JPEG face photo for photo wristbands -> photo (only the base64 payload).
- Test patients (ZZTEST, TEST PATIENT, MRN 99999999) are public test values: not labeled.
- Hashes, job IDs, spool IDs, trace IDs, fax IDs, mail piece IDs: not labeled.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

SEED = 21021
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "hu"
NLINES = 500


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        b = len(s.encode("utf-8"))
        if cat:
            self.spans.append({"s": self.n, "e": self.n + b, "cat": cat, "_v": s})
        self.buf.append(s)
        self.n += b
        return self

    def add(self, pieces, esc=None):
        for txt, cat in pieces:
            if esc:
                txt = esc(txt)
            self.p(txt, cat)
        return self

    def text(self):
        return "".join(self.buf)


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


# ---------------------------------------------------------------- clock
CLOCK = [dt.datetime(2024, 3, 11, 5, 58, 12, 118000)]


def tick(lo=1, hi=120):
    CLOCK[0] += dt.timedelta(seconds=R.randint(lo, hi), microseconds=R.randint(0, 999999))
    return CLOCK[0]


def ms(d):
    return d.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (d.microsecond // 1000)


def iso_utc(d):
    u = d + dt.timedelta(hours=5)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (u.microsecond // 1000)


def iso_local(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d-05:00" % (d.microsecond // 1000)


def sysl(d):
    return d.strftime("%b ") + ("%2d" % d.day) + d.strftime(" %H:%M:%S")


def clf(d):
    return d.strftime("[%d/%b/%Y:%H:%M:%S -0500]")


def epoch_ms(d):
    return int((d + dt.timedelta(hours=5) - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


REF = dt.date(2024, 3, 11)

# ---------------------------------------------------------------- people
FIRST = ["Camila", "Chinedu", "Thi Hoa", "Agnieszka", "Hiroshi", "Min-jun", "Fatima", "Siobhan",
         "Rajesh", "Oluwaseun", "Dmitri", "Guadalupe", "Mei-Ling", "Ahmed", "Esperanza", "Tomasz",
         "Aaliyah", "Jean-Baptiste", "Ingrid", "Kwame", "Priya", "Luis Alberto", "Nadia",
         "Bartholomew", "Yesenia", "Zofia", "Tuan", "Halima", "Wojciech", "Marisol", "Ebony",
         "Dagny", "Olumide", "Keiko", "Raúl", "Zoë", "José", "Björn", "Folasade", "Lakshmi",
         "Declan", "Xiomara", "Anh", "Imani", "Giuseppe", "Hye-jin", "Mohammed", "Rosalind",
         "Eun-ji", "Teodoro", "Maëlle", "Abebe", "Cormac", "Pilar", "Yusuf", "Ludmila"]
LAST = ["Valenzuela-Ortiz", "Okafor", "Nguyen", "Kowalczyk", "Nakamura", "Hwang", "Al-Rashid",
        "O'Sullivan", "Venkataraman", "Adeyemi", "Volkov", "de la Cruz", "van der Berg", "Chen",
        "El-Amin", "Moreno", "Washington", "Baptiste", "Lindqvist", "Mensah", "Iyer", "Gutiérrez",
        "Haddad", "Brennan-Walsh", "Pham", "Oyelaran", "Wiśniewski", "St. Clair", "Dos Santos",
        "McAllister", "Ferreira", "Yilmaz", "Abernathy", "Nakashima-Reyes", "Di Stefano",
        "Jankowski", "Tesfaye", "Ó Briain", "Castellanos", "Park", "Rahimi", "Delacroix-Ng",
        "Szabó", "Achterberg", "Kuznetsova", "Ibarra", "Lungu", "Ramaswamy"]
MID = ["A", "B", "C", "D", "E", "J", "K", "L", "M", "R", "T", "", "", "", ""]
STREETS = ["N Kedzie Ave", "W Wilson Ave", "S Halsted St", "N Broadway", "W Devon Ave",
           "N Sheridan Rd", "W Irving Park Rd", "S Cicero Ave", "Church St", "Oak Park Ave",
           "W Lawrence Ave", "N Milwaukee Ave", "Chicago Ave", "Dempster St", "W 26th St",
           "N Clark St", "Ridge Blvd", "Touhy Ave", "S Pulaski Rd", "W Foster Ave"]
CITIES = [("Chicago", "IL", "606"), ("Evanston", "IL", "602"), ("Skokie", "IL", "600"),
          ("Oak Park", "IL", "603"), ("Cicero", "IL", "608"), ("Berwyn", "IL", "604"),
          ("Hammond", "IN", "463"), ("Des Plaines", "IL", "600"), ("Niles", "IL", "607"),
          ("Park Ridge", "IL", "600"), ("Gary", "IN", "464")]
EMAILDOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "hotmail.com",
            "aol.com", "proton.me"]
AREA = ["773", "312", "708", "847", "630", "219", "872", "224"]


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def luhn_complete(prefix, length=16):
    digits = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return digits + str((10 - tot % 10) % 10)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    AN = L + "0123456789"
    D = "0123456789"
    c = [R.choice("123456789"), R.choice(L), R.choice(AN), R.choice(D), R.choice(L), R.choice(AN),
         R.choice(D), R.choice(L), R.choice(L), R.choice(D), R.choice(D)]
    return "".join(c)


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    tr = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
          "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5,
          "W": 6, "X": 7, "Y": 8, "Z": 9}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    v = [R.choice(["1G1", "1HG", "2T1", "3FA", "5YJ", "JTD", "KMH", "1FT"])[i] for i in range(3)]
    v += [R.choice(chars) for _ in range(5)] + ["0"] + [R.choice("ABCDEFGHJKLMNPRSTVWXY123456789")] + \
         [R.choice(chars)] + [R.choice("0123456789") for _ in range(6)]
    s = sum(tr[ch] * w[i] for i, ch in enumerate(v))
    cd = s % 11
    v[8] = "X" if cd == 10 else str(cd)
    return "".join(v)


class Pt:
    pass


def make_patient(old=False):
    p = Pt()
    p.first = R.choice(FIRST)
    p.last = R.choice(LAST)
    p.mid = R.choice(MID)
    if old:
        p.dob = dt.date(R.randint(1926, 1933), R.randint(1, 12), R.randint(1, 28))
    else:
        p.dob = dt.date(R.randint(1936, 2022), R.randint(1, 12), R.randint(1, 28))
    p.age = REF.year - p.dob.year - ((REF.month, REF.day) < (p.dob.month, p.dob.day))
    p.sex = R.choice("MF")
    p.mrn = "%08d" % R.randint(100000, 9899999)
    p.zid = "Z%07d" % R.randint(1000000, 9999999)
    p.csn = str(R.randint(1190000000, 1219999999))
    p.har = str(R.randint(4000000000, 4099999999))
    p.num = str(R.randint(100, 9899))
    p.street = "%s %s" % (p.num, R.choice(STREETS))
    p.unit = R.choice(["", "", "Apt 3B", "Unit 2", "# 1407", "Apt 2R", "", "Fl 3"])
    c = R.choice(CITIES)
    p.city, p.st = c[0], c[1]
    p.zip = c[2] + "%02d" % R.randint(1, 99)
    p.zip4 = "%04d" % R.randint(1, 9999)
    p.dp = "%02d" % R.randint(0, 99)
    p.phone = R.choice(AREA) + str(R.randint(2, 9)) + "%02d" % R.randint(0, 99) + "%04d" % R.randint(0, 9999)
    p.email = "%s.%s%d@%s" % (fold(p.first).lower().replace(" ", "").replace("-", ""),
                              fold(p.last).lower().replace(" ", "").replace("'", ""),
                              p.dob.year % 100, R.choice(EMAILDOM))
    p.plan = R.choice(["XEH", "XOD", "ZGP", "MCH", "YRB"]) + "%09d" % R.randint(0, 999999999)
    p.mbi = mbi()
    p.admit = REF - dt.timedelta(days=R.randint(0, 9))
    p.disc = p.admit + dt.timedelta(days=R.randint(0, 6))
    p.appt = REF + dt.timedelta(days=R.randint(3, 60))
    return p


PATIENTS = [make_patient(old=(i % 5 == 3)) for i in range(70)]


def pat():
    return R.choice(PATIENTS)


def nm(p, style=None):
    st = style or R.choice(["LFU", "LF", "FL", "fl", "FIL", "LFI", "LFM", "LFU", "FLU"])
    f, l = p.first, p.last
    if st == "LFU":
        return "%s, %s" % (l.upper(), f.upper())
    if st == "LF":
        return "%s, %s" % (l, f)
    if st == "FL":
        return "%s %s" % (f, l)
    if st == "FLU":
        return "%s %s" % (f.upper(), l.upper())
    if st == "fl":
        return "%s %s" % (f.lower(), l.lower())
    if st == "FIL":
        return "%s. %s" % (f[0], l)
    if st == "LFI":
        return "%s, %s" % (l.upper(), f[0])
    if st == "LFM":
        return "%s, %s %s" % (l, f, (p.mid + ".") if p.mid else "")
    if st == "LFC":  # compact Epic style
        return "%s,%s" % (l.upper(), f.upper())
    if st == "file":
        return "%s_%s" % (fold(l).upper().replace(" ", "").replace("'", ""),
                          fold(f).upper().replace(" ", "_"))
    if st == "filec":
        return "%s%s" % (fold(l).replace(" ", "").replace("'", ""), fold(f).replace(" ", "").replace("-", ""))
    raise ValueError(st)


def dfmt(d, style=None):
    st = style or R.choice(["us", "iso", "dmy", "compact", "usshort", "long", "eu"])
    if st == "us":
        return d.strftime("%m/%d/%Y")
    if st == "iso":
        return d.isoformat()
    if st == "dmy":
        return d.strftime("%d-%b-%Y").upper()
    if st == "compact":
        return d.strftime("%Y%m%d")
    if st == "usshort":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if st == "long":
        return d.strftime("%b ") + str(d.day) + d.strftime(", %Y")
    if st == "eu":
        return d.strftime("%d.%m.%Y")
    raise ValueError(st)


def phfmt(n, style=None):
    st = style or R.choice(["paren", "dash", "dot", "raw", "intl"])
    if st == "paren":
        return "(%s) %s-%s" % (n[:3], n[3:6], n[6:])
    if st == "dash":
        return "%s-%s-%s" % (n[:3], n[3:6], n[6:])
    if st == "dot":
        return "%s.%s.%s" % (n[:3], n[3:6], n[6:])
    if st == "raw":
        return n
    return "+1 %s-%s-%s" % (n[:3], n[3:6], n[6:])


def hexid(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid():
    h = hexid(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


# ---------------------------------------------------------------- shared infra names
STAFF = ["mhernandez", "tpatel2", "kowens", "jlee14", "abrown", "rgoldberg", "nwilliams3", "dkim",
         "slopez7", "cmurphy", "yzhang", "ekarimi", "pgrant", "lmartin2", "bsingh"]
WKS = ["EDTRIAGE04", "EDWS-031", "4W-NS-02", "LAB-ACC-07", "ADM-REG-12", "PHARM-WS-03", "HIM-IDX-05",
       "5E-NS-01", "ICU-NS-02", "ONC-INF-04", "L&D-NS-01", "PACU-WS-02"]
PRINTERS = [("ED-TRK-LJ-M607", "10.41.8.22"), ("4W-NURS-MFP-C5", "10.41.14.30"),
            ("LAB-ZT410-03", "10.41.22.61"), ("ADM-WB-ZD510-01", "10.41.2.57"),
            ("PHARM-LBL-ZT230", "10.41.30.18"), ("HIM-MFP-E87660", "10.41.40.11"),
            ("5E-NURS-LJ-M611", "10.41.15.44"), ("ONC-INF-LJ-E60155", "10.41.33.9"),
            ("LD-WB-ZD510-02", "10.41.6.70"), ("BILL-LJ-M806", "10.41.50.3")]
WB_PRINTERS = [("ADM-WB-ZD510-01", "10.41.2.57"), ("LD-WB-ZD510-02", "10.41.6.70"),
               ("ED-WB-ZD510-03", "10.41.8.91")]
LBL_PRINTERS = [("LAB-ZT410-03", "10.41.22.61"), ("PHARM-LBL-ZT230", "10.41.30.18"),
                ("ED-LBL-ZD421-02", "10.41.8.77")]
SERVERS = ["LRMC-PRT01", "LRMC-PRT02", "LRMC-PRT03"]


def printer():
    return R.choice(PRINTERS)


# ---------------------------------------------------------------- document names
def phi_doc(p):
    k = R.randrange(14)
    if k == 0:
        return [("AVS - ", None), (nm(p, "LFU"), "name"), (" (MRN ", None), (p.mrn, "mrn"), (")", None)]
    if k == 1:
        return [("Discharge Instructions_", None), (nm(p, "file"), "name"), ("_DOB ", None),
                (dfmt(p.dob, "iso"), "date"), (".pdf", None)]
    if k == 2:
        return [("Lab Requisition - ", None), (nm(p, "LF"), "name"), (" - CSN ", None), (p.csn, "other_id")]
    if k == 3:
        return [("Microsoft Word - Appeal letter ", None), (fold(p.last).replace(" ", ""), "name"), (" DOS ", None),
                (dfmt(p.admit, "usshort"), "date"), (".docx", None)]
    if k == 4:
        return [("Face Sheet ", None), (nm(p, "LFC"), "name"), (" Adm ", None), (dfmt(p.admit, "us"), "date")]
    if k == 5:
        return [("Instrucciones de alta - ", None), (nm(p, "FL"), "name"), (".pdf", None)]
    if k == 6:
        return [("ARMBAND ", None), (p.mrn, "mrn"), (" ", None), (nm(p, "LFI"), "name")]
    if k == 7:
        return [("Consent_", None), (nm(p, "file"), "name"), ("_", None), (dfmt(p.dob, "compact"), "date"), (".pdf", None)]
    if k == 8:
        return [("Chart Copy ", None), (nm(p, "LF"), "name"), (" Acct ", None), (p.har, "account")]
    if k == 9:
        return [("Fax Cover - Records for ", None), (nm(p, "FIL"), "name"), (" DOB ", None),
                (dfmt(p.dob, "usshort"), "date")]
    if k == 10:
        out = [("Medication List - ", None), (nm(p, "LFU"), "name")]
        if p.age > 89:
            out += [(" - ", None), ("%d y" % p.age, "age")]
        return out
    if k == 11:
        return [("Epic - Discharge Summary - ", None), (nm(p, "LFM").strip(), "name"), (" - ", None), (p.zid, "mrn")]
    if k == 12:
        return [("Appt Letter ", None), (nm(p, "FLU"), "name"), (" ", None), (dfmt(p.appt, "long"), "date")]
    return [("Statement_", None), (p.har, "account"), ("_", None), (nm(p, "filec"), "name"), (".pdf", None)]


NOPHI_DOCS = ["Print Document", "Test Page", "Microsoft Word - ED Staffing Grid 0311.docx",
              "Microsoft Excel - Supply Par Levels 4W.xlsx", "Unit Census Summary 4W (counts)",
              "EPIC_RPT_40211_BATCH_0311", "Remote Desktop Redirected Printer Doc",
              "Outlook - Meeting: Print Fleet Review", "https://intranet.lrmc.org/policies/IC-204.pdf",
              "Order Set Build Spec v3.2.pdf", "Cafeteria Menu Week 11.pdf", "Smart Label Test",
              "Untitled - Notepad", "Invoice 884213 - Medline Industries.pdf", "PO-2024-01882.pdf",
              "Code Cart Checklist.pdf", "Hand Hygiene Audit Q1.xlsx", "Blank Specimen Labels x50",
              "Chrome - Downtime Procedures", "Fire Drill Sign-In Sheet.pdf"]


def nophi_doc():
    return [(R.choice(NOPHI_DOCS), None)]


def doc_for(phi):
    return phi_doc(pat()) if phi else nophi_doc()


def plain(pieces):
    return "".join(t for t, _ in pieces)


# ================================================================ families
def g_winlogbeat(phi):
    d = tick()
    srv = R.choice(SERVERS)
    u = R.choice(STAFF)
    ws = R.choice(WKS)
    pr, ip = printer()
    jid = R.randint(2, 980)
    L = Line("winlogbeat_json")
    doc = doc_for(phi)
    ev = R.choice(["307", "307", "307", "805", "842", "310"]) if not phi else R.choice(["307", "307", "310", "4663"])
    if ev == "4663":
        srv = "LRMC-FS01"
    L.t('{"@timestamp":"%s","agent":{"type":"winlogbeat","version":"8.12.2","hostname":"%s"},' % (iso_utc(d), srv))
    if ev == "4663":
        p = pat()
        L.t('"event":{"code":"4663","provider":"Microsoft-Windows-Security-Auditing","action":"File System","outcome":"success"},')
        L.t('"host":{"name":"LRMC-FS01"},"winlog":{"channel":"Security","record_id":%d,"event_data":{' % R.randint(10**7, 10**8))
        L.t('"SubjectUserName":"svc_scanrouter","SubjectDomainName":"LRMC","ObjectType":"File","ObjectName":"')
        L.t(jesc("D:\\Shares\\Scan\\HIM\\Incoming\\"))
        k = R.randrange(3)
        if k == 0:
            L.p(nm(p, "file"), "name").t("_").p(p.mrn, "mrn").t("_ROI.pdf")
        elif k == 1:
            L.t("Referral_").p(nm(p, "filec"), "name").t("_").p(dfmt(p.dob, "compact"), "date").t(".pdf")
        else:
            L.t("ConsentForm_").p(p.mrn, "mrn").t("_").p(dfmt(p.admit, "compact"), "date").t(".pdf")
        L.t('","AccessMask":"0x2","AccessList":"%%4417","ProcessName":"%s","HandleId":"0x%x"}}}' % (
            jesc("C:\\Program Files\\ScanRouter\\srsvc.exe"), R.randint(0x1000, 0xffff)))
        return [L]
    L.t('"event":{"code":"%s","provider":"Microsoft-Windows-PrintService","kind":"event"},' % ev)
    L.t('"host":{"name":"%s"},"winlog":{"channel":"Microsoft-Windows-PrintService/Operational","record_id":%d,'
        % (srv, R.randint(100000, 999999)))
    L.t('"user":{"identifier":"S-1-5-21-3623811015-3361044348-30300820-%d","domain":"LRMC","name":"%s"},' % (R.randint(1100, 20000), u))
    if ev == "307":
        L.t('"event_data":{"Param1":"%d","Param2":"' % jid).add(doc, jesc)
        L.t('","Param3":"%s","Param4":"%s","Param5":"%s","Param6":"%s","Param7":"%d","Param8":"%d"}},'
            % (u, jesc("\\\\" + ws), pr, ip, R.randint(8000, 900000), R.randint(1, 12)))
        if R.random() < 0.6:
            L.t('"message":"Document %d, ' % jid).add(doc, jesc)
            L.t(" owned by %s on %s was printed on %s through port %s.  Size in bytes: %d. Pages printed: %d. No user action is required.\"}"
                % (u, jesc("\\\\" + ws), pr, ip, R.randint(8000, 900000), R.randint(1, 12)))
        else:
            L.t('"message":"Printing a document"}')
    elif ev == "310":
        L.t('"event_data":{"Param1":"%d","Param2":"' % jid).add(doc, jesc)
        L.t('","Param3":"%s","Param4":"%s"}},"message":"Document %d, ' % (u, pr, jid)).add(doc, jesc)
        L.t(' owned by %s was deleted on %s. No user action is required."}' % (u, pr))
    elif ev == "805":
        L.t('"event_data":{"JobId":"%d","GdiJob":"false","ICMMethod":"0","Color":"1","XRes":"600","YRes":"600","Quality":"65532","Copies":"1","TTOption":"3"}},"message":"Rendering job %d."}' % (jid, jid))
    else:
        L.t('"event_data":{"JobId":"%d","PrinterName":"%s","DriverName":"HP Universal Printing PCL 6","IsolationMode":"1","ErrorCode":"0x0"}},' % (jid, pr))
        L.t('"message":"The print job %d was sent through the print processor winprint on printer %s, driver HP Universal Printing PCL 6. Win32 error code returned by the print processor: 0x0."}' % (jid, pr))
    return [L]


def g_snare(phi):
    d = tick()
    srv = R.choice(SERVERS)
    u = R.choice(STAFF)
    ws = R.choice(WKS)
    pr, ip = printer()
    jid = R.randint(2, 980)
    L = Line("snare_syslog")
    L.t("<14>%s %s.lrmc.local MSWinEventLog\t1\tMicrosoft-Windows-PrintService/Operational\t%d\t%s\t"
        % (sysl(d), srv, R.randint(1000, 99999), d.strftime("%a %b %d %H:%M:%S %Y")))
    if phi or R.random() < 0.5:
        ev = R.choice(["307", "372"]) if phi else "307"
        doc = doc_for(phi)
        if ev == "307":
            L.t("307\tMicrosoft-Windows-PrintService\t%s\tUser\tInformation\t%s\tPrinting a document\t\tDocument %d, "
                % (u, srv, jid)).add(doc)
            L.t(" owned by %s on \\\\%s was printed on %s through port %s.  Size in bytes: %d. Pages printed: %d. No user action is required.\t%d"
                % (u, ws, pr, ip, R.randint(8000, 600000), R.randint(1, 9), R.randint(10 ** 5, 10 ** 6)))
        else:
            L.t("372\tMicrosoft-Windows-PrintService\t%s\tUser\tError\t%s\tPrinting a document\t\tThe document " % (u, srv)).add(doc)
            L.t(", owned by %s, failed to print on printer %s. Try to print the document again, or restart the print spooler. Data type: NT EMF 1.008. Size of the spool file in bytes: %d. Number of bytes: 0. Total number of bytes: 0. Number of pages printed: 0. Total number of pages: 1. Client computer: \\\\%s. Win32 error code returned by the print processor: 1784. The supplied user buffer is not valid for the requested operation.\t%d"
                % (u, pr, R.randint(9000, 90000), ws, R.randint(10 ** 5, 10 ** 6)))
    else:
        k = R.randrange(3)
        if k == 0:
            L.t("808\tMicrosoft-Windows-PrintService\tSYSTEM\tUser\tError\t%s\tInitializing a print provider\t\tThe print spooler failed to load a plug-in module C:\\Windows\\system32\\spool\\DRIVERS\\x64\\3\\hpcpp255.dll, error code 0x7e. See the event user data for context information.\t%d" % (srv, R.randint(10 ** 5, 10 ** 6)))
        elif k == 1:
            L.t("6161\tPrint\t%s\tUser\tError\t%s\tNone\t\tThe document Print Document owned by %s failed to print on printer %s. Data type: RAW. Size of the spool file in bytes: 0. Number of bytes: 0. Total number of bytes: 0. Number of pages printed: 0. Total number of pages: 0. Win32 error code returned by the print processor: 0x80070040.\t%d" % (u, srv, u, pr, R.randint(10 ** 5, 10 ** 6)))
        else:
            L.t("300\tMicrosoft-Windows-PrintService\tSYSTEM\tUser\tInformation\t%s\tAdding a printer\t\tPrinter %s was created. No user action is required.\t%d" % (srv, pr, R.randint(10 ** 5, 10 ** 6)))
    return [L]


def g_wevtutil(phi):
    d = tick()
    srv = R.choice(SERVERS)
    u = R.choice(STAFF)
    ws = R.choice(WKS)
    pr, ip = printer()
    jid = R.randint(2, 980)
    rows = []
    ev = "307"
    hdr = [("Event[%d]:" % R.randint(100, 9000)), "  Log Name: Microsoft-Windows-PrintService/Operational",
           "  Source: Microsoft-Windows-PrintService", "  Date: %s" % (d.strftime("%Y-%m-%dT%H:%M:%S") + ".%07dZ" % (d.microsecond * 10)),
           "  Event ID: %s" % ev, "  Task: Printing a document", "  Level: Information",
           "  Opcode: Spooler Operation Succeeded", "  Keyword: Document Print Job",
           "  User: S-1-5-21-3623811015-3361044348-30300820-%d" % R.randint(1100, 20000),
           "  User Name: LRMC\\%s" % u, "  Computer: %s.lrmc.local" % srv, "  Description: "]
    for h in hdr:
        rows.append(Line("wevtutil_text").t(h))
    L = Line("wevtutil_text").t("Document %d, " % jid).add(doc_for(phi))
    L.t(" owned by %s on \\\\%s was printed on %s through port %s.  Size in bytes: %d. Pages printed: %d. No user action is required."
        % (u, ws, pr, ip, R.randint(8000, 600000), R.randint(1, 9)))
    rows.append(L)
    return rows


def g_papercut_csv(phi):
    out = []
    if R.random() < 0.15:
        out.append(Line("papercut_printlog_csv").t("PaperCut Print Logger - http://www.papercut.com/"))
        out.append(Line("papercut_printlog_csv").t("Time,User,Pages,Copies,Printer,Document Name,Client,Paper Size,Language,Height,Width,Duplex,Grayscale,Size"))
    d = tick()
    u = R.choice(STAFF)
    pr, ip = printer()
    doc = doc_for(phi)
    L = Line("papercut_printlog_csv")
    L.t("%s,%s,%d,%d,\\\\%s\\%s," % (d.strftime("%Y-%m-%d %H:%M:%S"), u, R.randint(1, 14), R.choice([1, 1, 1, 2]),
                                    R.choice(SERVERS), pr))
    q = "," in plain(doc)
    if q:
        L.t('"')
    L.add(doc)
    if q:
        L.t('"')
    L.t(",%s,%s,%s,%s,%s,%s,%s,%dkb" % (R.choice(WKS), R.choice(["LETTER", "LETTER", "LEGAL", "Custom 4x6"]),
                                         R.choice(["PCL6", "PostScript", "ESC/P", "ZPL"]),
                                         "11 in", "8.5 in", R.choice(["DUPLEX", "NOT DUPLEX"]),
                                         R.choice(["GRAYSCALE", "NOT GRAYSCALE"]), R.randint(12, 4000)))
    out.append(L)
    return out


def g_papercut_server(phi):
    d = tick()
    u = R.choice(STAFF)
    pr, ip = printer()
    L = Line("papercut_server_log")
    L.t("%s %s " % (ms(d), R.choice(["INFO ", "INFO ", "DEBUG"])))
    if phi:
        doc = phi_doc(pat())
        k = R.randrange(3)
        if k == 0:
            L.t('ReleaseStationManager:412 - Job "').add(doc).t('" (user: %s, %d pages) released at device "%s" via card [%s] [http-nio-9191-exec-%d]'
                                                           % (u, R.randint(1, 9), pr, hexid(8).upper(), R.randint(1, 40)))
        elif k == 1:
            L.t('HoldReleaseQueue:188 - Job held for release: printer=%s\\%s user=%s document="' % (R.choice(SERVERS), pr, u)).add(doc).t('" [pool-4-thread-%d]' % R.randint(1, 9))
        else:
            L.t('HoldReleaseQueue:233 - Job timed out and was deleted after 240 mins: user=%s document="' % u).add(doc).t('" [HoldReleaseCleanup]')
    else:
        k = R.randrange(6)
        msgs = [
            "PrintMonitorProvider:97 - Print provider on %s connected, version 22.1.4 (Build 67128) [Thread-12]" % R.choice(SERVERS),
            "DeviceStatusMonitor:301 - Device \"%s\" status changed: OK -> TONER_LOW (Black 7%%) [device-poll-3]" % R.choice(LASERS)[0],
            "UserSyncManager:155 - User/group sync completed. 0 users added, 3 updated, 1 removed. Duration 4.2s [UserSync]",
            "ReleaseStationManager:412 - User %s logged in at device \"%s\" via card [%s], 0 held jobs [http-nio-9191-exec-%d]" % (u, pr, hexid(8).upper(), R.randint(1, 40)),
            "DatabaseBackup:78 - Backup written to C:\\Program Files\\PaperCut MF\\server\\data\\backups\\export-2024-03-11.zip (214 MB) [Backup]",
            "ApplicationLog:52 - Printer \"%s\" renamed in Epic EPR mapping sync (EPR %d) [ConfigSync]" % (pr, R.randint(40000, 41999)),
        ]
        L.t(msgs[k])
    return [L]


def g_release_agent(phi):
    d = tick(1, 30)
    u = R.choice(STAFF)
    station = R.choice(["RLS-ED-01", "RLS-4W-02", "RLS-5E-01", "RLS-LAB-01", "RLS-HIM-01", "RLS-ONC-01"])
    pr, ip = printer()
    L = Line("release_agent")
    L.t("%s %s releaseagent[%d]: " % (iso_local(d), station.lower(), R.randint(900, 4000)))
    if phi:
        p = pat()
        L.t("release user=%s card=%s:%s:%s:%s job=%d doc=\"" % (u, hexid(2), hexid(2), hexid(2), hexid(2), R.randint(10000, 99999)))
        L.add(phi_doc(p)).t("\" dest=%s result=printed secs=%.1f" % (pr, R.uniform(1, 9)))
    else:
        k = R.randrange(6)
        if k == 0:
            L.t("card_read uid=%s fmt=HID_PROX_26 facility=112 card=%d -> user=%s (cache hit) held_jobs=%d" % (":".join(hexid(2) for _ in range(4)), R.randint(10000, 65000), u, R.randint(0, 6)))
        elif k == 1:
            L.t("card_read uid=%s fmt=MIFARE_7B -> unknown card, prompting PIN fallback" % ":".join(hexid(2) for _ in range(7)))
        elif k == 2:
            L.t("heartbeat ok server=papercut01.lrmc.local:9191 rtt_ms=%d queue=%d" % (R.randint(2, 40), R.randint(0, 12)))
        elif k == 3:
            L.t("release user=%s jobs=%d pages=%d dest=%s result=printed" % (u, R.randint(1, 5), R.randint(1, 40), pr))
        elif k == 4:
            L.t("session end user=%s reason=logout_button duration=%ds" % (u, R.randint(5, 120)))
        else:
            L.t("WARN reader /dev/hidraw0 disconnected, retrying in 5s")
    return [L]


def g_epic_eps(phi):
    d = tick()
    L = Line("epic_eps_routing")
    L.t("%s.%03d [EPS%02d] [PID %d|T %d] " % (d.strftime("%m/%d/%Y %H:%M:%S"), d.microsecond // 1000,
                                             R.randint(1, 3), R.randint(3000, 9000), R.randint(5, 60)))
    pr, ip = printer()
    epr = R.randint(40000, 41999)
    if phi:
        p = pat()
        rpt = R.choice([("AVS_ED", 40211), ("DC_INSTR", 40219), ("LAB_REQ", 40305), ("WRISTBAND_ADULT", 40510),
                        ("FACE_SHEET", 40112), ("SPEC_LBL", 40622)])
        k = R.randrange(3)
        L.t("INF  Route: rpt=%s (HRX %d) " % rpt)
        if k == 0:
            L.t("pat=").p(p.zid, "mrn").t(" csn=").p(p.csn, "other_id")
        elif k == 1:
            L.t('ptName="').p(nm(p, "LFC"), "name").t('" mrn=').p(p.mrn, "mrn")
        else:
            L.t("pat=").p(p.zid, "mrn").t(' ptName="').p(nm(p, "LFC"), "name").t('" dob=').p(dfmt(p.dob, "us"), "date")
            L.t(" age=").p(str(p.age), "age" if p.age > 89 else None)
        L.t(' wks=%s dep=%d "%s" cls="%s" -> EPR %d (%s) via %s mapping; copies=1 duplex=%s'
            % (R.choice(WKS), R.randint(10101001, 10109999), R.choice(["LRMC ED", "LRMC 4 WEST", "LRMC LAB", "LRMC ADMITTING"]),
               R.choice(["Patient Instructions", "Clinical Docs", "Wristband", "Specimen Label"]), epr, pr,
               R.choice(["WKS", "DEP", "LOC"]), R.choice("YN")))
    else:
        k = R.randrange(6)
        msgs = [
            "INF  Config reload: 1,284 EPR records, 212 print classifications, 96 WKS overrides (took %d ms)" % R.randint(80, 900),
            "WRN  EPR %d (%s) marked INACTIVE by PRT admin; %d WKS mappings fall back to DEP default" % (epr, pr, R.randint(1, 8)),
            "INF  Queue depth EPS%02d: pending=%d inflight=%d p95_route_ms=%d" % (R.randint(1, 3), R.randint(0, 40), R.randint(0, 6), R.randint(2, 60)),
            "ERR  Route failed: no printer for cls=\"Wristband\" wks=%s dep=%d loc=1010; using EPR 40001 (DEFAULT)" % (R.choice(WKS), R.randint(10101001, 10109999)),
            "INF  Heartbeat to Interconnect https://ic-prd.lrmc.local/Interconnect-PRD/ ok (%d ms)" % R.randint(5, 80),
            "DBG  Rule chain for cls=\"Clinical Docs\": WKS>DEP>LOC>SA (matched DEP, EPR %d)" % epr,
        ]
        L.t(msgs[k])
    return [L]


def g_epic_audit(phi):
    d = tick()
    L = Line("epic_print_audit_psv")
    L.t("PRT_AUDIT|%s|%s|%s|" % (d.strftime("%Y-%m-%d %H:%M:%S"), R.choice(WKS), R.choice(STAFF).upper()))
    rpt = R.choice(["AVS", "DC_INSTR", "LAB_REQ", "WB_ADULT", "FACE", "MAR"])
    if phi:
        p = pat()
        L.t(rpt + "|").p(p.zid, "mrn").t("|").p(p.csn, "other_id").t("|%d|SENT|" % R.randint(40000, 41999))
        if R.random() < 0.5:
            L.p(nm(p, "LFC"), "name")
    else:
        L.t("%s|||%d|%s|" % (R.choice(["BATCH_CENSUS", "DEPT_SCHED", "TEST_PAGE"]), R.randint(40000, 41999), R.choice(["SENT", "QUEUED", "FAILED:TIMEOUT"])))
    return [L]


def g_vpsx(phi):
    d = tick()
    L = Line("lrs_vpsx")
    L.t("%s VPSX/PRD1 " % d.strftime("%Y/%m/%d %H:%M:%S"))
    jid = "%07d" % R.randint(80000, 99999)
    q = R.choice(["ED_TRK_M607", "4W_MFP_C5", "HIM_E87660", "BILL_M806", "ONC_E60155"])
    if phi:
        p = pat()
        k = R.randrange(3)
        if k == 0:
            L.t('VPS0410I JOB %s RECEIVED FROM EPICPRD (10.40.2.15) VIA LPD QUEUE=EPIC_RPT FORM=STD PAGES=%d TITLE="' % (jid, R.randint(1, 8)))
            L.t(R.choice(["AVS ", "DCSUM ", "CHARTCPY "])).p(nm(p, "LFU"), "name").t(" ").p(p.mrn, "mrn").t('"')
        elif k == 1:
            L.t("VPS0300I JOB %s PRINTED ON %s (%d PAGES, %d BYTES) DOCNAME=" % (jid, q, R.randint(1, 6), R.randint(4000, 90000)))
            L.t("STMT_").p(p.har, "account").t("_").p(nm(p, "file"), "name").t(".PCL")
        else:
            L.t("VPS0512W JOB %s HELD - DESTINATION %s IN ERROR; USERDATA=" % (jid, q))
            L.t("PT:").p(nm(p, "LFC"), "name").t(";DOB:").p(dfmt(p.dob, "compact"), "date").t(";ENC:").p(p.csn, "other_id")
    else:
        k = R.randrange(6)
        msgs = [
            "VPS0711I PRINTER %s READY" % q,
            "VPS0223W PRINTER %s NOT RESPONDING TCP/IP %s:9100 RETRY %d/5" % (q, R.choice(PRINTERS)[1], R.randint(1, 5)),
            "VPS0612I JOB %s PURGED (RETENTION 72H)" % jid,
            "VPS0101I VPSX/PRD1 STATUS: PRINTERS=412 ACTIVE=398 SPOOL USED=%d%% JOBS=%d" % (R.randint(10, 60), R.randint(200, 3000)),
            "VPS0845E LPD CONNECTION FROM 10.40.2.%d REJECTED: QUEUE EPIC_RPT2 UNKNOWN" % R.randint(2, 250),
            "VPS0300I JOB %s PRINTED ON %s (%d PAGES, %d BYTES) DOCNAME=DEPT_CENSUS_RPT" % (jid, q, R.randint(1, 6), R.randint(4000, 90000)),
        ]
        L.t(msgs[k])
    return [L]


def photo_b64():
    raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00" + bytes(R.randint(0, 255) for _ in range(R.randint(120, 180)))
    return base64.b64encode(raw).decode()


def g_zpl(phi):
    d = tick()
    L = Line("zpl_bridge")
    L.t("%s.%03d zebra-bridge[2231] " % (d.strftime("%Y-%m-%d %H:%M:%S"), d.microsecond // 1000))
    if phi:
        p = pat()
        k = R.randrange(6)
        if k in (0, 1):
            pr, ip = R.choice(WB_PRINTERS)
            L.t("INFO  tx job=WB-%d printer=%s (%s:9100) bytes=%d zpl=^XA^CI28^PW300^LH0,0^FO40,20^A0R,34,34^FD"
                % (R.randint(10000, 99999), pr, ip, R.randint(300, 700)))
            L.p(nm(p, R.choice(["LFU", "LFC"])), "name").t("^FS^FO80,20^A0R,26,26^FDMRN ").p(p.mrn, "mrn")
            L.t("  DOB ").p(dfmt(p.dob, "us"), "date").t("  ")
            L.p("%dY" % p.age, "age" if p.age > 89 else None)
            L.t(" %s^FS^FO110,20^A0R,26,26^FDCSN " % p.sex).p(p.csn, "other_id").t("  ADM ").p(dfmt(p.admit, "us"), "date")
            L.t("^FS^FO150,20^BY2^BCR,60,N,N,N^FD").p(p.mrn, "mrn").t("^FS^FO150,520^BQN,2,4^FDQA,").p(p.mrn, "mrn").t("^FS^XZ")
        elif k == 2:
            pr, ip = R.choice(LBL_PRINTERS)
            acc = "24%03d-%05d" % (R.randint(60, 80), R.randint(0, 99999))
            L.t("INFO  tx job=SP-%d printer=%s (%s:9100) zpl=^XA^FO20,15^A0N,24,24^FD" % (R.randint(10000, 99999), pr, ip))
            L.p(nm(p, "LFU"), "name").t("^FS^FO20,42^A0N,20,20^FD").p(dfmt(p.dob, "us"), "date").t(" %s^FS^FO20,64^BY2^BCN,50,Y,N,N^FD" % p.sex)
            L.p(acc, "other_id").t("^FS^FO300,15^A0N,20,20^FD%s^FS^XZ" % R.choice(["CBC W/DIFF LAV", "BMP GRN", "PT/INR BLU", "TROP I GRN", "BLD CX AER"]))
        elif k == 3:
            pr, ip = LBL_PRINTERS[1]
            L.t("INFO  tx job=RX-%d printer=%s zpl=^XA^FO15,10^A0N,22,22^FD" % (R.randint(10000, 99999), pr))
            L.p(nm(p, "LF"), "name").t("  Rm %d%s^FS^FO15,36^A0N,20,20^FDRx# " % (R.randint(200, 640), R.choice("AB"))).p(str(R.randint(6000000, 6999999)), "other_id")
            L.t("  %s^FS^FO15,60^A0N,18,18^FDPump SN " % R.choice(["insulin lispro 100 U/mL", "heparin 25,000 U/250 mL", "vancomycin 1.25 g IVPB"]))
            L.p(R.choice(["NG", "HX", "PT"]) + "%07d" % R.randint(0, 9999999) + R.choice("HKLM"), "device").t("^FS^XZ")
        elif k == 4:
            pr, ip = WB_PRINTERS[1]
            mom = p
            L.t("INFO  tx job=WB-%d printer=%s zpl=^XA^FO40,20^A0R,32,32^FDBABY %s " % (R.randint(10000, 99999), pr, R.choice(["BOY", "GIRL"])))
            L.p(mom.last.upper(), "name").t("^FS^FO76,20^A0R,24,24^FDMOTHER: ").p(nm(mom, "LFU"), "name").t("  MRN ").p(mom.mrn, "mrn")
            L.t("^FS^FO104,20^A0R,24,24^FDBORN ").p(dfmt(p.admit, "usshort"), "date").t(" %02d:%02d  BAND# %d^FS^XZ" % (R.randint(0, 23), R.randint(0, 59), R.randint(1000, 9999)))
        else:
            pr, ip = WB_PRINTERS[0]
            L.t('DEBUG wristband request {"printer":"%s","template":"ADULT_WB_PHOTO","fields":{"name":"' % pr)
            L.p(nm(p, "LFU"), "name").t('","mrn":"').p(p.mrn, "mrn").t('","dob":"').p(dfmt(p.dob, "iso"), "date")
            L.t('","photo":"data:image/jpeg;base64,').p(photo_b64(), "photo").t('...(%d bytes truncated)"}}' % R.randint(9000, 40000))
    else:
        pr, ip = R.choice(WB_PRINTERS + LBL_PRINTERS)
        k = R.randrange(7)
        msgs = [
            "DEBUG rx %s:9100 ~HS -> \"030,0,0,1245,000,0,0,0,000,0,0,0\" \"001,0,0,0,1,2,6,0,00000000,1,000\" \"1234,0\"" % ip,
            "WARN  printer %s reports HEAD OPEN (~HQES 00000000 00000100); job WB-%d requeued" % (pr, R.randint(10000, 99999)),
            "INFO  tx job=TST-%d printer=%s zpl=^XA^FO50,50^A0N,40,40^FDTEST LABEL %s^FS^FO50,100^BCN,80,Y,N,N^FD1234567890^FS^XZ" % (R.randint(100, 999), pr, pr),
            "INFO  tx job=WB-%d printer=%s zpl=^XA^FO40,20^A0R,34,34^FDZZTEST, WRISTBAND^FS^FO80,20^A0R,26,26^FDMRN 99999999  DOB 01/01/1900^FS^XZ" % (R.randint(10000, 99999), pr),
            "INFO  calibrate printer=%s cmd=~JC media=Z-Band Direct 1x11in sensor=gap ok" % pr,
            "ERROR socket %s:9100 timeout after 5000ms (attempt %d/3) mac=00:07:4d:%s:%s:%s fw=V92.21.23Z" % (ip, R.randint(1, 3), hexid(2), hexid(2), hexid(2)),
            "INFO  printer %s online sn=D4J%06d odometer=%d in" % (pr, R.randint(0, 999999), R.randint(10000, 900000)),
        ]
        L.t(msgs[k])
    return [L]


def g_cups(phi):
    d = tick()
    pr, ip = R.choice(WB_PRINTERS + LBL_PRINTERS)
    L = Line("cups_page_log")
    L.t("%s %s %d %s total %d - 10.41.%d.%d " % (pr.replace("-", "_"), R.choice(STAFF), R.randint(1000, 9999), clf(d),
                                                 R.randint(1, 4), R.randint(2, 60), R.randint(2, 250)))
    if phi:
        p = pat()
        k = R.randrange(3)
        if k == 0:
            L.t("wristband_").p(p.mrn, "mrn").t(".zpl")
        elif k == 1:
            L.t("spec_").p(nm(p, "filec"), "name").t("_").p(p.csn, "other_id").t(".zpl")
        else:
            L.t("label-").p(p.zid, "mrn").t("-").p(dfmt(p.dob, "compact"), "date").t(".raw")
    else:
        L.t(R.choice(["calibration.zpl", "testprint", "blank_labels_x50.zpl", "config_label.zpl", "(stdin)"]))
    L.t(" %s one-sided" % R.choice(["na_index-4x6_4x6in", "custom_1x11in", "oe_2x1-label_2x1in", "na_letter_8.5x11in"]))
    return [L]


FAX_CLINICS = [("NPW PEDIATRICS", "8472963310"), ("LAKEVIEW ORTHO", "7738804122"), ("WALGREENS #4471", "7732810917"),
               ("CVS PHARM 08812", "3129447710"), ("BCBSIL PRIOR AUTH", "8003384091"), ("SKOKIE DIALYSIS", "8476730042")]


def g_fax(phi):
    d = tick()
    L = Line("fax_server")
    fid = "0x%05X" % R.randint(0x10000, 0xFFFFF)
    L.t("[%s.%03d] FAXSRV01 " % (d.strftime("%Y-%m-%d %H:%M:%S"), d.microsecond // 1000))
    if phi:
        p = pat()
        k = R.randrange(4)
        if k == 0:
            L.t("AutoIndex INFO  Fax %s OCR match: MRN=" % fid).p(p.mrn, "mrn").t(' Name="').p(nm(p, "LFU"), "name")
            L.t('" DOB=').p(dfmt(p.dob, R.choice(["us", "usshort"])), "date").t(" score=0.%02d -> Media Manager doctype \"%s\"" % (R.randint(70, 99), R.choice(["Outside Records", "Referral", "Prior Auth", "Lab Results - External"])))
        elif k == 1:
            L.t('RFWorkSrv INFO  Inbound fax %s received: CSID="" ANI=' % fid).p(phfmt(p.phone, R.choice(["raw", "dash"])), "fax")
            L.t(" DNIS=7736021100 pages=%d elapsed=%ds; sender matches patient contact on file: " % (R.randint(1, 6), R.randint(20, 200)))
            L.p(nm(p, "LFU"), "name").t(" -> queue HIM_ROI")
        elif k == 2:
            L.t("RFWorkSrv INFO  Outbound fax %s to " % fid).p(phfmt(p.phone, "paren"), "fax")
            L.t(" (patient-requested copy, ROI# %d) for " % R.randint(100000, 999999)).p(nm(p, "LF"), "name").t(" status=Sent pages=%d" % R.randint(1, 20))
        else:
            L.t('OCRExtract DEBUG Fax %s page 1 text: "RE: patient ' % fid).p(nm(p, "FL"), "name").t("  DOB ").p(dfmt(p.dob, "usshort"), "date")
            L.t("  Age ").p(str(p.age), "age" if p.age > 89 else None).t("  SSN ").p(ssn(), "ssn").t("  Medicaid ID ").p("%09d" % R.randint(100000000, 999999999), "health_plan").t(' ..."')
    else:
        c = R.choice(FAX_CLINICS)
        k = R.randrange(5)
        msgs = [
            'RFWorkSrv INFO  Inbound fax %s received: CSID="%s" ANI=%s DNIS=77360211%02d pages=%d elapsed=%ds' % (fid, c[0], c[1], R.randint(0, 40), R.randint(1, 12), R.randint(20, 300)),
            "RFWorkSrv WARN  Channel %d: no carrier (T.30 phase B timeout), ANI=%s" % (R.randint(1, 24), c[1]),
            "AutoIndex INFO  Fax %s no barcode found; routed to manual index queue HIM_UNINDEXED (depth=%d)" % (fid, R.randint(3, 90)),
            "RFServer INFO  Board status: 24 channels, %d busy, ECM on, V.34 enabled; queue outbound=%d" % (R.randint(0, 24), R.randint(0, 30)),
            "RFWorkSrv INFO  Outbound fax %s to %s (%s) status=Sent pages=%d cover=LRMC_STD" % (fid, c[1], c[0], R.randint(1, 9)),
        ]
        L.t(msgs[k])
    return [L]


def g_fax_webhook(phi):
    d = tick()
    c = R.choice(FAX_CLINICS)
    L = Line("fax_webhook_json")
    evn, stt = R.choice([("received", "success"), ("received", "success"), ("failed", "busy"), ("failed", "no_answer")])
    if phi:
        evn, stt = "received", "success"
    L.t('{"event":"fax.%s","timestamp":"%s","faxId":"%s","direction":"inbound","from":"+1%s","to":"+17736021100","pages":%d,"status":"%s","traceId":"%s"'
        % (evn, iso_utc(d), uuid(), c[1], R.randint(1, 10) if stt == "success" else 0, stt, hexid(32)))
    if phi:
        p = pat()
        L.t(',"metadata":{"patientName":"').p(nm(p, "LF"), "name").t('","mrn":"').p(p.mrn, "mrn")
        L.t('","memberId":"').p(p.plan, "health_plan").t('","docType":"Prior Auth"}}')
    else:
        L.t(',"metadata":{"senderName":"%s","docType":"unknown"}}' % c[0])
    return [L]


def g_hl7(phi):
    d = tick()
    p = pat()
    ts = d.strftime("%Y%m%d%H%M%S")
    cid = "RF%s%03d" % (d.strftime("%y%m%d%H%M"), R.randint(0, 999))
    out = []
    out.append(Line("hl7_mdm").t("MSH|^~\\&|RIGHTFAX|LRMC_HIM|EPIC|LRMC|%s||MDM^T02^MDM_T02|%s|P|2.5.1" % (ts, cid)))
    out.append(Line("hl7_mdm").t("EVN|T02|%s" % ts))
    L = Line("hl7_mdm").t("PID|1||").p(p.mrn, "mrn").t("^^^LRMC^MR~").p(p.zid, "mrn").t("^^^EPI^PI||")
    L.p(p.last.upper(), "name").t("^").p(p.first.upper(), "name").t("^")
    if p.mid:
        L.p(p.mid, "name")
    L.t("||").p(p.dob.strftime("%Y%m%d"), "date").t("|%s|||" % p.sex).p(p.street.upper(), "address").t("^")
    if p.unit:
        L.p(p.unit.upper(), "address")
    L.t("^").p(p.city.upper(), "address").t("^%s^" % p.st).p(p.zip, "zip").t("||").p(phfmt(p.phone, "paren"), "phone")
    L.t("|||||").p(p.har, "account")
    out.append(L)
    L = Line("hl7_mdm").t("PV1|1|O|HIM^^^LRMC||||1386%06d^RAO^ANJALI^^^MD|||||||||||" % R.randint(0, 999999)).p(p.csn, "other_id")
    out.append(L)
    out.append(Line("hl7_mdm").t("TXA|1|OUTSIDE_REC|PDF|%s||||||||%s||||AU" % (ts, cid)))
    out.append(Line("hl7_mdm").t("OBX|1|ED|PDF^Outside Records^L||^application^pdf^Base64^JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PgpzdHJlYW0K...(%d bytes)||||||F" % R.randint(40000, 900000)))
    return out


def g_scan_csv(phi):
    out = []
    if R.random() < 0.12:
        out.append(Line("scan_audit_csv").t('"Job ID","Date/Time","Device","Login User","Function","Destination","File Name","Pages","Color","Result"'))
    d = tick()
    dev = R.choice(["HIM-MFP-E87660", "ADM-REG-MFP-IM430", "4W-NURS-MFP-C5", "ED-REG-MFP-IM430"])
    L = Line("scan_audit_csv")
    L.t('"%d","%s","%s","%s","Scan to Folder","' % (R.randint(100000, 999999), d.strftime("%m/%d/%Y %I:%M:%S %p"), dev, R.choice(STAFF)))
    if phi:
        p = pat()
        k = R.randrange(4)
        if k == 0:
            L.t("\\\\lrmc-fs01\\Scan\\HIM\\Incoming\",\"ConsentForm_").p(nm(p, "file"), "name").t("_").p(dfmt(p.admit, "compact"), "date").t(".pdf")
        elif k == 1:
            L.t("\\\\lrmc-fs01\\Scan\\Registration\",\"RegID_DL_IL_").p("%s%03d-%04d-%04d" % (fold(p.last)[0].upper(), R.randint(0, 999), R.randint(0, 9999), R.randint(0, 9999)), "license")
            L.t("_").p(fold(p.last).upper().replace(" ", ""), "name").t(".pdf")
        elif k == 2:
            L.t("\\\\lrmc-fs01\\Scan\\Registration\",\"InsCard_").p(p.plan, "health_plan").t("_").p(nm(p, "filec"), "name").t(".pdf")
        else:
            L.t("\\\\lrmc-fs01\\Scan\\HIM\\ROI\",\"ROI_").p(p.mrn, "mrn").t("_").p(nm(p, "file"), "name").t("_DOB").p(dfmt(p.dob, "compact"), "date").t(".pdf")
    else:
        L.t("\\\\lrmc-fs01\\Scan\\%s\",\"%s" % (R.choice(["Facilities", "Finance\\AP", "Nursing\\Education", "Pharmacy\\Recalls"]),
                                                 R.choice(["scan_%s.pdf" % d.strftime("%Y%m%d%H%M%S"), "Invoice_Stericycle_%d.pdf" % R.randint(10000, 99999),
                                                           "Competency_Checklist.pdf", "Recall_Notice_Lot%s.pdf" % hexid(6).upper()])))
    L.t('","%d","%s","%s"' % (R.randint(1, 30), R.choice(["Mono", "Auto Color"]), R.choice(["OK", "OK", "OK", "Error: SMB auth (0xC000006D)"])))
    out.append(L)
    return out


def g_wkhtml(phi):
    d = tick(1, 20)
    out = []
    L = Line("wkhtmltopdf")
    L.t("%s pdfgen.wk INFO exec: /usr/local/bin/wkhtmltopdf --quiet --page-size Letter --margin-top 12mm " % ms(d))
    if phi:
        p = pat()
        k = R.randrange(3)
        if k == 0:
            L.t('--title "Statement - ').p(nm(p, "LF"), "name").t(" - Acct ").p(p.har, "account").t('" --footer-center "Page [page] of [topage]" http://127.0.0.1:8088/render/statement/')
            L.p(p.har, "account").t(" /srv/pdfgen/out/2024/03/11/stmt_").p(p.har, "account").t(".pdf")
        elif k == 1:
            L.t('--title "After Visit Summary" --header-left "').p(nm(p, "LFU"), "name").t("  MRN: ").p(p.mrn, "mrn").t("  DOB: ").p(dfmt(p.dob, "us"), "date")
            L.t('" http://127.0.0.1:8088/render/avs?csn=').p(p.csn, "other_id").t(" /srv/pdfgen/out/avs_").p(p.csn, "other_id").t(".pdf")
        else:
            L.t('--title "Carta de cita" --encoding utf-8 http://127.0.0.1:8088/render/letter/appt-es?pat=').p(p.zid, "mrn")
            L.t(" /srv/pdfgen/out/cartas/").p(nm(p, "file"), "name").t("_cita_").p(dfmt(p.appt, "iso"), "date").t(".pdf")
        out.append(L)
    else:
        L.t("--title \"Daily Print Volume\" http://127.0.0.1:8088/render/report/print-volume?date=2024-03-10 /srv/pdfgen/out/reports/pv_20240310.pdf")
        out.append(L)
    if R.random() < 0.45:
        stages = ["Loading pages (1/6)", "[====================>                                       ] 34%",
                  "[============================================================] 100%", "Counting pages (2/6)",
                  "Resolving links (4/6)", "Loading headers and footers (5/6)", "Printing pages (6/6)", "Done"]
        n0 = R.randint(0, 3)
        for s in stages[n0:n0 + R.randint(1, 4)]:
            out.append(Line("wkhtmltopdf").t(s))
    if R.random() < 0.3:
        out.append(Line("wkhtmltopdf").t(R.choice(["Warning: Failed to load http://cdn.lrmc.org/fonts/Inter.woff2, with network status code 3 and http status code 0 - Host cdn.lrmc.org not found",
                                                    "QFont::setPixelSize: Pixel size <= 0 (0)",
                                                    "Exit with code 1 due to network error: ContentNotFoundError",
                                                    "Warning: Received createRequest signal on a disposed ResourceObject's NetworkAccessManager. This might be an indication of an iframe taking too long to load."])))
    return out


def g_puppeteer(phi):
    d = tick()
    L = Line("puppeteer_pino_json")
    L.t('{"level":%d,"time":%d,"pid":%d,"hostname":"pdf-render-6f9c7b8d4-%s","name":"pdf-render","reqId":"req-%s"'
        % (30, epoch_ms(d), R.randint(20, 60), hexid(5), hexid(4)))
    if phi:
        p = pat()
        k = R.randrange(4)
        if k == 0:
            L.t(',"template":"avs","file":"avs_').p(p.csn, "other_id").t("_").p(nm(p, "file"), "name").t('.pdf","meta":{"title":"After Visit Summary","subject":"')
            L.p(nm(p, "LFU"), "name").t('","keywords":"MRN ').p(p.mrn, "mrn").t("; DOB ").p(dfmt(p.dob, "iso"), "date")
            L.t('"},"pages":%d,"durationMs":%d,"msg":"pdf rendered"}' % (R.randint(1, 9), R.randint(300, 4000)))
        elif k == 1:
            L.t(',"template":"statement","guarantor":{"name":"').p(nm(p, "FL"), "name").t('","addr1":"').p(p.street, "address")
            L.t('","city":"').p(p.city, "address").t('","state":"%s","postalCode":"' % p.st).p(p.zip + "-" + p.zip4, "zip")
            L.t('"},"accountNumber":"').p(p.har, "account").t('","msg":"render start"}')
        elif k == 2:
            L.t(',"template":"portal-letter","to":"').p(p.email, "email").t('","mychartUser":"').p(fold(p.first).lower().replace(" ", "")[:6] + fold(p.last).lower().replace(" ", "").replace("'", "")[:5] + str(R.randint(1, 99)), "other_id")
            L.t('","msg":"queued pdf for secure message attachment"}')
        else:
            card = luhn_complete(R.choice(["4", "51", "37"]), 15 if False else 16)
            L.t(',"level_label":"error","template":"receipt","err":{"type":"TypeError","message":"Cannot read properties of undefined (reading \'toFixed\')","stack":"TypeError: Cannot read properties of undefined (reading \'toFixed\')\\n    at formatAmount (/app/templates/receipt.js:41:22)"},"data":{"payer":"')
            L.p(nm(p, "FL"), "name").t('","cardNumber":"').p(card, "account").t('","har":"').p(p.har, "account").t('"},"msg":"template render failed"}')
    else:
        k = R.randrange(6)
        msgs = [
            ',"msg":"browser launched","browserVersion":"HeadlessChrome/121.0.6167.85","args":["--no-sandbox","--disable-dev-shm-usage"]}',
            ',"poolSize":%d,"busy":%d,"queued":%d,"msg":"pool stats"}' % (4, R.randint(0, 4), R.randint(0, 20)),
            ',"err":{"type":"TimeoutError","message":"Navigation timeout of 30000 ms exceeded"},"url":"http://127.0.0.1:8088/render/avs?csn=<redacted>","msg":"page.goto failed, retrying (1/2)"}',
            ',"req":{"method":"GET","url":"/healthz"},"res":{"statusCode":200},"responseTime":%d,"msg":"request completed"}' % R.randint(1, 9),
            ',"template":"dept-census","pages":%d,"durationMs":%d,"msg":"pdf rendered"}' % (R.randint(1, 4), R.randint(200, 2000)),
            ',"console":"warning","text":"Failed to decode downloaded font: http://127.0.0.1:8088/static/fonts/NotoSans-Regular.woff2","msg":"page console"}',
        ]
        L.t(msgs[k])
    return [L]


def g_pdfinfo(phi):
    out = []
    d = tick()
    p = pat()
    tool = R.choice(["pdfinfo", "exiftool"])
    fname_pieces = [("/srv/pdfgen/out/2024/03/11/", None)]
    if phi:
        fname_pieces += [("dcsum_", None), (p.mrn, "mrn"), ("_", None), (nm(p, "file"), "name"), (".pdf", None)]
        title = [("Discharge Summary - ", None), (nm(p, "LFU"), "name")]
        subj = [("Admit ", None), (dfmt(p.admit, "us"), "date"), (" / Discharge ", None), (dfmt(p.disc, "us"), "date")]
    else:
        fname_pieces += [("pv_%s.pdf" % d.strftime("%Y%m%d"), None)]
        title = [("Daily Print Volume Report", None)]
        subj = [("Print Services - internal", None)]
    if tool == "pdfinfo":
        out.append(Line("pdfinfo_exiftool").t("%s cleanup-verify: pdfinfo " % ms(d)).add(fname_pieces))
        out.append(Line("pdfinfo_exiftool").t("Title:          ").add(title))
        out.append(Line("pdfinfo_exiftool").t("Subject:        ").add(subj))
        out.append(Line("pdfinfo_exiftool").t("Creator:        wkhtmltopdf 0.12.6"))
        out.append(Line("pdfinfo_exiftool").t("Producer:       Qt 4.8.7"))
        out.append(Line("pdfinfo_exiftool").t("CreationDate:   %s CDT" % d.strftime("%a %b %d %H:%M:%S %Y")))
        out.append(Line("pdfinfo_exiftool").t("Pages:          %d" % R.randint(1, 12)))
        out.append(Line("pdfinfo_exiftool").t("Page size:      612 x 792 pts (letter)"))
    else:
        out.append(Line("pdfinfo_exiftool").t("======== ").add(fname_pieces))
        out.append(Line("pdfinfo_exiftool").t("ExifTool Version Number         : 12.76"))
        out.append(Line("pdfinfo_exiftool").t("File Size                       : %d kB" % R.randint(40, 900)))
        out.append(Line("pdfinfo_exiftool").t("PDF Version                     : 1.4"))
        out.append(Line("pdfinfo_exiftool").t("Title                           : ").add(title))
        out.append(Line("pdfinfo_exiftool").t("Subject                         : ").add(subj))
        out.append(Line("pdfinfo_exiftool").t("Creator                         : HeadlessChrome"))
        out.append(Line("pdfinfo_exiftool").t("Producer                        : Skia/PDF m121"))
    return out


LETTERS = [("STMT", "EN"), ("APPTREM", "EN"), ("RESULTS", "ES"), ("FINASSIST", "EN"), ("MOON", "EN"),
           ("APPTREM", "ES"), ("DEVRECALL", "EN"), ("PARKING", "EN")]
MAILER_ID = "123456"


def imb_track():
    return "00" + R.choice(["270", "040", "300"]) + MAILER_ID + "%09d" % R.randint(0, 999999999)


def g_mailroom(phi):
    out = []
    if R.random() < 0.1:
        out.append(Line("mailroom_psv").t("piece_id|batch_id|letter_code|lang|recipient_name|addr_line1|addr_line2|city|st|zip|imb|detail|mailed_on|status"))
    d = tick()
    L = Line("mailroom_psv")
    pid = "24A%s-%06d" % (d.strftime("%m%d"), R.randint(0, 999999))
    if phi:
        p = pat()
        lc, lang = R.choice(LETTERS)
        L.t("%s|B%s-%s-%02d|%s|%s|" % (pid, d.strftime("%Y%m%d"), lc, R.randint(1, 9), lc, lang))
        L.p(nm(p, R.choice(["FLU", "FL", "LFU"])), "name").t("|").p(p.street, "address").t("|")
        if p.unit:
            L.p(p.unit, "address")
        L.t("|").p(p.city, "address").t("|%s|" % p.st).p(p.zip + "-" + p.zip4, "zip").t("|").t(imb_track()).p(p.zip + p.zip4 + p.dp, "zip").t("|")
        if lc == "APPTREM":
            L.t("appt=").p(dfmt(p.appt, R.choice(["us", "iso", "long"])), "date")
        elif lc == "DEVRECALL":
            L.t("device_sn=").p("PJN%06d%s" % (R.randint(0, 999999), R.choice("SHK")), "device")
        elif lc == "PARKING":
            if R.random() < 0.5:
                L.t("plate=IL ").p("%s %05d" % (R.choice(["CB", "DL", "AV", "BX"]), R.randint(0, 99999)), "vehicle")
            else:
                L.t("vin=").p(vin(), "vehicle")
        elif lc == "MOON":
            L.t("mbi=").p(p.mbi, "health_plan")
        elif lc == "STMT":
            L.t("har=").p(p.har, "account")
        elif lc == "FINASSIST" and p.age > 89:
            L.t("age=").p(str(p.age), "age")
        L.t("|%s|%s" % (d.strftime("%Y-%m-%d"), R.choice(["PRINTED", "INSERTED", "METERED", "MAILED"])))
    else:
        k = R.randrange(3)
        if k == 0:
            L.t("%s|B%s-STMT-%02d|VENDOR|EN|ACCOUNTS PAYABLE|PO BOX %d||CHICAGO|IL|%s|%s|po=PO-2024-%05d|%s|MAILED"
                % (pid, d.strftime("%Y%m%d"), R.randint(1, 9), R.randint(1000, 9999), R.choice(["60680", "60694", "60673"]),
                   imb_track(), R.randint(0, 99999), d.strftime("%Y-%m-%d")))
        elif k == 1:
            L.t("%s|B%s-QA-01|SAMPLE|EN|TEST PATIENT|123 MAIN ST||ANYTOWN|IL|00000|%s|qa_seed=%s|%s|VOID"
                % (pid, d.strftime("%Y%m%d"), imb_track(), hexid(8), d.strftime("%Y-%m-%d")))
        else:
            L.t("#BATCH|B%s-%s-%02d|pieces=%d|pages=%d|inserter=PB-FlowMaster-%d|spoiled=%d|reprinted=%d|fadt_sample=%s"
                % (d.strftime("%Y%m%d"), R.choice(["STMT", "APPTREM", "RESULTS"]), R.randint(1, 9), 1200,
                   R.randint(1300, 4000), R.randint(1, 4), R.randint(0, 9), R.randint(0, 9), "".join(R.choice("FADT") for _ in range(65))))
    out.append(L)
    return out


def g_ivmtr(phi):
    d = tick()
    L = Line("usps_ivmtr_json")
    fac = R.choice([("60808", "CHICAGO", "IL", "CHICAGO IL NDC"), ("60607", "CHICAGO", "IL", "CHICAGO IL P&DC"),
                    ("60095", "PALATINE", "IL", "PALATINE IL P&DC"), ("46401", "GARY", "IN", "GARY IN P&DC")])
    L.t('{"imb":"').t(imb_track())
    if phi:
        p = pat()
        L.p(p.zip + p.zip4 + p.dp, "zip")
    else:
        L.t("")
    L.t('","scanDatetime":"%s","scanFacilityZip":"%s","scanFacilityCity":"%s","scanFacilityState":"%s","scanFacilityName":"%s","operationCode":"%s","handlingEventType":"L","mailPhase":"%s","machineName":"DBCS-%03d","edocJobId":"%d"}'
        % (d.strftime("%Y-%m-%d %H:%M:%S"), fac[0], fac[1], fac[2], fac[3], R.choice(["919", "271", "918", "895"]),
           R.choice(["Phase 1 - Origin Processing", "Phase 4c - Destination Processing", "Phase 3 - Transit"]),
           R.randint(1, 40), R.randint(10 ** 8, 10 ** 9)))
    return [L]


def g_presort(phi):
    d = tick()
    L = Line("presort_log")
    L.t("%s [MailManager] " % d.strftime("%m/%d/%Y %H:%M:%S"))
    if phi:
        p = pat()
        if R.random() < 0.5:
            L.t("RETURN piece 24A%s-%06d UAA reason=\"Attempted - Not Known\" recipient=\"" % (d.strftime("%m%d"), R.randint(0, 999999)))
            L.p(nm(p, "LFU"), "name").t('" addr="').p(p.street.upper(), "address").t(", ").p(p.city.upper(), "address").t(" %s " % p.st).p(p.zip, "zip").t('" -> address review queue')
        else:
            L.t("NCOA move applied: ").p(nm(p, "FLU"), "name").t(" old=").p(p.street.upper(), "address").t(" ").p(p.zip, "zip")
            np_ = make_patient()
            L.t(" new=").p(np_.street.upper(), "address").t(" ").p(np_.city.upper(), "address").t(" %s " % np_.st).p(np_.zip + "-" + np_.zip4, "zip").t(" eff=%s" % R.choice(["2024-02", "2024-01", "2023-12"]))
    else:
        msgs = [
            "Batch B%s-STMT-%02d: %s pieces, CASS certified %s, NCOA moves %d, 5-digit trays %d" % (d.strftime("%Y%m%d"), R.randint(1, 9), format(R.randint(400, 3000), ","), format(R.randint(390, 2900), ","), R.randint(0, 40), R.randint(5, 60)),
            "eDoc job %d submitted to PostalOne! (Full-Service, CRID %d, MID %s) status=Accepted" % (R.randint(10 ** 8, 10 ** 9), R.randint(10 ** 6, 10 ** 7), MAILER_ID),
            "Postage meter PB-SendPro %s: %d pieces metered, $%.2f" % (hexid(6).upper(), R.randint(100, 3000), R.uniform(60, 1900)),
            "DMM 705.8 tray tags printed: %d; Mail.dat export ok (hdr=%s)" % (R.randint(5, 80), hexid(8)),
        ]
        L.t(R.choice(msgs))
    return [L]


CLEAN_ROOTS = ["/srv/pdfgen/out", "/srv/scan/tmp", "/var/spool/faxin", "/srv/vpsx/archive"]


def cleanup_path(p):
    k = R.randrange(5)
    if k == 0:
        return [("/srv/pdfgen/out/2024/02/%02d/avs_" % R.randint(1, 9), None), (p.csn, "other_id"), ("_", None), (nm(p, "file"), "name"), (".pdf", None)]
    if k == 1:
        return [("/srv/scan/tmp/ScanRouter_2024-02-%02d_" % R.randint(1, 9), None), (nm(p, "filec"), "name"), ("_", None), (dfmt(p.dob, "compact"), "date"), (".pdf", None)]
    if k == 2:
        return [("/var/spool/faxin/2024-02/", None), (p.mrn, "mrn"), ("-", None), (fold(p.last).lower().replace(" ", "-").replace("'", ""), "name"), (".tif", None)]
    if k == 3:
        return [("/srv/pdfgen/out/2024/02/%02d/stmt_" % R.randint(1, 9), None), (p.har, "account"), (".pdf", None)]
    return [("/srv/pdfgen/out/cartas/", None), (nm(p, "file"), "name"), ("_cita_", None), (dfmt(p.appt - dt.timedelta(days=60), "iso"), "date"), (".pdf", None)]


def g_cleanup(phi):
    d = tick(1, 10)
    out = []
    L = Line("python_cleanup")
    L.t("%s " % ms(d))
    if phi:
        p = pat()
        k = R.randrange(4)
        if k == 0:
            L.t("INFO [cleanup_spool] deleted ").add(cleanup_path(p)).t(" age=%.1fd size=%d" % (R.uniform(30, 90), R.randint(8000, 900000)))
            out.append(L)
        elif k == 1:
            L.t("DEBUG [cleanup_spool] would delete (dry-run) ").add(cleanup_path(p)).t(" mtime=2024-02-%02dT%02d:%02d:11" % (R.randint(1, 9), R.randint(0, 23), R.randint(0, 59)))
            out.append(L)
        elif k == 2:
            L.t("ERROR [cleanup_spool] failed to remove ").add(cleanup_path(p))
            out.append(L)
            out.append(Line("python_cleanup").t("Traceback (most recent call last):"))
            out.append(Line("python_cleanup").t('  File "/opt/cleanup/cleanup_spool.py", line 88, in purge'))
            out.append(Line("python_cleanup").t("    os.remove(path)"))
            out.append(Line("python_cleanup").t("PermissionError: [Errno 13] Permission denied: '").add(cleanup_path(p)).t("'"))
        else:
            L.t("INFO [cleanup_spool] listing old files in /srv/pdfgen/out (older than 30d):")
            out.append(L)
            for _ in range(R.randint(1, 3)):
                q = pat()
                out.append(Line("python_cleanup").t("  -rw-r----- 1 pdfsvc pdfsvc %8d Feb  %d %02d:%02d " % (R.randint(8000, 900000), R.randint(1, 9), R.randint(0, 23), R.randint(0, 59))).add(cleanup_path(q)))
    else:
        k = R.randrange(6)
        msgs = [
            "INFO [cleanup_spool] start run_id=%s roots=%s max_age_days=30 dry_run=False" % (uuid(), json.dumps(CLEAN_ROOTS).replace('"', "'")),
            "INFO [cleanup_spool] done scanned=%d deleted=%d freed=%.2fGiB errors=%d elapsed=%.1fs" % (R.randint(5000, 40000), R.randint(100, 3000), R.uniform(0.2, 9), R.randint(0, 4), R.uniform(5, 90)),
            "WARNING [cleanup_spool] skipped %s: directory is a mount point (nfs4 vpsx-nas:/archive)" % CLEAN_ROOTS[3],
            "DEBUG [cleanup_spool] walked %s: %d dirs, %d files, oldest mtime 2023-%02d-%02d" % (R.choice(CLEAN_ROOTS), R.randint(10, 400), R.randint(100, 9000), R.randint(1, 12), R.randint(1, 28)),
            "INFO [cleanup_spool] retention policy loaded from /etc/cleanup/retention.yaml (sha256=%s)" % hexid(64),
            "INFO [cleanup_spool] lock acquired /run/cleanup_spool.lock pid=%d" % R.randint(1000, 40000),
        ]
        L.t(msgs[k])
        out.append(L)
    return out


UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.64 Mobile Safari/537.36"]


def pub_ip():
    while True:
        a = R.choice([24, 50, 67, 68, 71, 73, 75, 76, 98, 99, 107, 108, 174])
        return "%d.%d.%d.%d" % (a, R.randint(1, 254), R.randint(0, 255), R.randint(1, 254))


def g_nginx(phi):
    d = tick()
    L = Line("nginx_access")
    if phi:
        p = pat()
        L.p(pub_ip(), "ip").t(" - - %s \"GET /docsvc/statement/" % clf(d)).p(p.har, "account")
        L.t('.pdf?sig=%s HTTP/2.0" 200 %d "https://mychart.lrmc.org/MyChart/Billing/Details" "%s" rt=%.3f' % (hexid(16), R.randint(40000, 400000), R.choice(UA), R.uniform(0.05, 2)))
    else:
        k = R.randrange(3)
        if k == 0:
            L.t('10.40.0.%d - - %s "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" rt=0.001' % (R.randint(2, 20), clf(d)))
        elif k == 1:
            L.t('10.40.3.%d - - %s "POST /render/avs HTTP/1.1" 202 64 "-" "EpicPrintService/10.3" rt=%.3f' % (R.randint(2, 40), clf(d), R.uniform(0.01, 0.2)))
        else:
            L.t('%s - - %s "GET /docsvc/statement/%s.pdf?sig=%s HTTP/2.0" 403 153 "-" "python-requests/2.31.0" rt=0.002' % (pub_ip(), clf(d), R.randint(10 ** 9, 10 ** 10), hexid(16)))
    return [L]


LASERS = [x for x in PRINTERS if "-Z" not in x[0]]


def g_printer_syslog(phi):
    d = tick()
    pr, ip = R.choice(LASERS)
    L = Line("printer_syslog")
    msgs = [
        "<189>%s %s HP-LaserJet: Tray 2 empty, load Letter" % (sysl(d), pr),
        "<188>%s %s HP-LaserJet: Black cartridge very low (%d%%) part W9008MC" % (sysl(d), pr, R.randint(1, 9)),
        "<187>%s %s HP-LaserJet: 13.B2.D2 Jam in Tray 2, page count %d" % (sysl(d), pr, R.randint(10000, 900000)),
        "<190>%s %s Ricoh-IM: Scan to Folder job %d complete, dest=\\\\lrmc-fs01\\Scan" % (sysl(d), pr, R.randint(1000, 9999)),
        "<190>%s %s jetdirect: DHCP lease renewed %s/22 gw 10.41.0.1" % (sysl(d), pr, ip),
        "<189>%s %s HP-LaserJet: Firmware 2409081_000593 update complete, rebooting" % (sysl(d), pr),
    ]
    L.t(R.choice(msgs))
    return [L]


def g_prom(phi):
    tick(1, 10)
    L = Line("prometheus_metrics")
    pr, ip = printer()
    msgs = [
        'print_jobs_total{server="%s",queue="%s",status="printed"} %d' % (R.choice(SERVERS), pr, R.randint(1000, 90000)),
        'pdfgen_render_duration_seconds_bucket{template="avs",le="2.5"} %d' % R.randint(1000, 50000),
        'vpsx_spool_used_ratio{instance="vpsx-prd1:5500"} 0.%02d' % R.randint(10, 90),
        'zebra_bridge_tx_errors_total{printer="%s",reason="timeout"} %d' % (R.choice(WB_PRINTERS)[0], R.randint(0, 40)),
        '# HELP print_release_wait_seconds Time from job submit to badge release',
        'fax_inbound_pages_total{server="FAXSRV01"} %d' % R.randint(10000, 900000),
        'mailroom_pieces_metered_total{batch_type="STMT"} %d' % R.randint(1000, 90000),
    ]
    L.t(R.choice(msgs))
    return [L]


def g_helpdesk(phi):
    d = tick()
    L = Line("servicenow_email_json")
    L.t('{"sys_created_on":"%s","number":"INC%07d","assignment_group":"Print Services","caller":"%s@lakeshore-health.org","short_description":"'
        % (d.strftime("%Y-%m-%d %H:%M:%S"), R.randint(100000, 999999), R.choice(STAFF)))
    if phi:
        p = pat()
        k = R.randrange(3)
        if k == 0:
            L.t("Wristband for ").p(nm(p, "LF"), "name").t(" (MRN ").p(p.mrn, "mrn").t(") printing blank on ED-WB-ZD510-03")
        elif k == 1:
            L.t("Pt ").p(nm(p, "FL"), "name").t(" called ").p(phfmt(p.phone), "phone").t(" - never received statement for acct ").p(p.har, "account")
        else:
            dau = make_patient()
            L.t("Daughter ").p(nm(dau, "FL"), "name").t(" (").p(dau.email, "email").t(") says mother's letter went to old address; pt DOB ").p(dfmt(p.dob, "long"), "date")
        L.t('","contact":"Print Services Help Desk x4-7711 printhelp@lakeshore-health.org"}')
    else:
        L.t('%s","contact":"Print Services Help Desk x4-7711 printhelp@lakeshore-health.org","cmdb_ci":"%s"}' % (
            R.choice(["Toner low on 4W MFP", "Badge reader at RLS-ED-01 not reading cards", "VPSX queue ED_TRK_M607 stuck",
                      "Need new EPR for PACU label printer", "Scan to folder failing with SMB auth error"]), printer()[0]))
    return [L]


FAMS = [
    (g_winlogbeat, 8), (g_snare, 6), (g_wevtutil, 0.35), (g_papercut_csv, 6), (g_papercut_server, 5),
    (g_release_agent, 5), (g_epic_eps, 7), (g_epic_audit, 4), (g_vpsx, 6), (g_zpl, 8), (g_cups, 3),
    (g_fax, 6), (g_fax_webhook, 2), (g_hl7, 0.6), (g_scan_csv, 4), (g_wkhtml, 3), (g_puppeteer, 6),
    (g_pdfinfo, 0.5), (g_mailroom, 6), (g_ivmtr, 3), (g_presort, 3), (g_cleanup, 5), (g_nginx, 3),
    (g_printer_syslog, 3), (g_prom, 3), (g_helpdesk, 2),
]
PHI_CAPABLE = set(f for f, _ in FAMS) - {g_printer_syslog, g_prom}


def build():
    lines = []
    target_phi = 0.45
    while len(lines) < NLINES:
        room = NLINES - len(lines)
        nphi = sum(1 for l in lines if l.spans)
        want_phi = (nphi / max(1, len(lines))) < target_phi
        fn = R.choices([f for f, _ in FAMS], weights=[w for _, w in FAMS])[0]
        if want_phi and fn not in PHI_CAPABLE:
            continue
        blk = fn(want_phi)
        if len(blk) > room:
            continue
        lines.extend(blk)
    return lines


def main():
    lines = build()
    assert len(lines) == NLINES
    logp = os.path.join(HERE, ID + ".log")
    labp = os.path.join(HERE, ID + ".labels.jsonl")
    texts = []
    labs = []
    for i, L in enumerate(lines, 1):
        t = L.text()
        assert t and "\n" not in t and "\r" not in t, (i, t)
        b = t.encode("utf-8")
        spans = []
        for s in L.spans:
            assert b[s["s"]:s["e"]].decode("utf-8") == s["_v"], (i, s)
            assert s["_v"].strip() == s["_v"] and s["_v"], (i, s)
            spans.append({"s": s["s"], "e": s["e"], "cat": s["cat"]})
        texts.append(t)
        labs.append(json.dumps({"line": i, "family": L.fam, "spans": spans}, ensure_ascii=False))
    with open(logp, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(texts))
    with open(labp, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(labs) + "\n")


if __name__ == "__main__":
    main()
