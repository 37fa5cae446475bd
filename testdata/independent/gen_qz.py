#!/usr/bin/env python3
"""gen_qz.py - synthetic labeled log corpus (ID=qz).

Organisation: "Meridian Post-COVID Recovery Network" (MPCRN), a multi-site
long-COVID / PASC rehabilitation clinic network (sites Columbus OH, Kettering
OH, Louisville KY, Pittsburgh PA). All people, numbers and addresses are
synthetic. Writes qz.log (500 lines) and qz.labels.jsonl in the current dir.
Standard library only, fixed seed -> byte-identical output on every run.

Systems simulated (family names in the labels file)
  syslog      infra syslog (sshd, CRON, systemd, kernel, postfix)
  k8s         JSON events of the deploy pipeline / kubelet (argo rollouts)
  nginx       access log of the SympTrack symptom-diary API + clinician portal
  diary       structlog JSON of the SympTrack diary backend
  hrfeed      logfmt of the wearable heart-rate ingest (Garmin/Polar/Fitbit/Withings)
  hl7         HL7 v2.5.1 ADT/ORU from the EHR and tilt lab, one segment per line
  fhir        FHIR R4 resources (one JSON resource per line) from the FHIR facade
  x12         X12 837P / 835 claim segments, one segment per line
  fax         HylaFAX xferfaxlog rows + faxgetty syslog of the referral fax server
  referral    referral-intake OCR service (python logging) + Mirth XML acks
  tilt        autonomic lab CSV export (NASA lean / tilt-table, active stand)
  crtele      cardiac-rehab telemetry vendor pipe records (RehabTrak CRT)
  pulmrehab   pulmonary rehab app (pino JSON: 6MWT, O2 titration, classes)
  redcap      research registry (REDCap-style logging export, CSV)
  billing     Spring Boot billing service log lines and Java stack traces
  pgaudit     PostgreSQL pgaudit statements
  sms         SMS reminder gateway (Twilio-like JSON status callbacks), EN/ES
  chat        staff chat export (Teams), free text with clinic shorthand
  elig        fixed-width payer eligibility extract (271 flattening)
  kiosk       check-in kiosk key=value (ID scan, parking validation, mileage)

Labeling decisions (grey cases)
  * Staff, clinicians (names, NPIs), referring practices (their names, fax and
    phone numbers), payers, vendors, the network's own sites, addresses,
    phones, faxes, emails, EIN, and server IPs are NOT PHI.
  * Log record timestamps (syslog time, JSON "time", MSH-7, ISA/GS dates,
    BHT date, fax log time, wearable sample/batch times which are the time of
    the telemetry record itself) are NOT labeled. Dates that describe the
    patient's own clinical/personal events are `date`: birth, symptom onset,
    positive test, appointment, admission, service (DTP*472, CLM dates),
    observation time OBX-14 / effectiveDateTime, diary entry_date, tilt
    test_date, dates written in chat or SMS ("Tue 10/22").
  * Ages: only ages > 89 are labeled `age`; all others left unlabeled.
  * Patient app user UUIDs, registry subject IDs, REDCap record ids, referral
    IDs, tilt/echo study accession numbers -> `other_id`. Request IDs, trace
    / span IDs, fax comm IDs, job IDs, gym class session ids, appointment row
    ids and other internal row ids are NOT labeled.
  * Request paths in access logs: the patient identifier segment is labeled
    (`other_id`); a full absolute URL that embeds a patient identifier
    (FHIR fullUrl, links in emails) is labeled whole as `url`.
  * Wearables and devices issued for home use (watch/strap serials, BLE MAC,
    phone IMEI, loaner Holter / pulse oximeter serials, FCM/APNs push tokens)
    -> `device`. Shared clinic equipment (telemetry transmitters reassigned
    each class, tilt tables, treadmills) is NOT labeled.
  * Visit/encounter numbers (PV1-19), hospital account numbers, CLM01 patient
    control numbers, payer claim control numbers, full card numbers (even
    when they fail Luhn: the patient typed them) -> `account`. Masked cards
    (last 4 only) and placeholders such as 000-00-0000 are NOT labeled.
  * Member IDs, MBIs, Medicaid IDs -> `health_plan`; group numbers are NOT.
  * HL7/X12 person names written across components (LAST^FIRST^MI,
    LAST*FIRST*MI) are one `name` span; street + unit (+ city when written in
    the same run) is one `address` span; ZIP always its own `zip` span.
    A city written in its own field of a patient address is `address`.
  * First names alone in SMS/chat about the patient are `name`.
  * Emergency contacts / next of kin / guarantors / insured relatives: name
    and phone labeled like the patient's.
  * Patient-visible residential IPs -> `ip`; LB/VPC/server IPs are not.
  * Kiosk face-photo base64 -> `photo`; palm-vein template -> `biometric`.
  * Patient-driven vehicle plate / VIN in mileage reimbursement and parking
    validation -> `vehicle`; driver's licence number from ID scan -> `license`.
"""
import json
import random
import hashlib
import uuid
import datetime as dt

R = random.Random(20241015)


class P:
    """a PHI value as it is rendered in the line"""
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class S:
    """a JSON string value composed of literal text and P parts"""
    def __init__(self, *parts):
        self.parts = parts


def jesc(s, ascii_=False):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def J(o, sep=(", ", ": "), ascii_=False):
    out = []

    def emit(v):
        if isinstance(v, P):
            if isinstance(v.v, str):
                out.extend(['"', P(jesc(v.v, ascii_), v.cat), '"'])
            else:
                out.append(P(json.dumps(v.v), v.cat))
        elif isinstance(v, S):
            out.append('"')
            for x in v.parts:
                if isinstance(x, P):
                    out.append(P(jesc(x.v, ascii_), x.cat))
                else:
                    out.append(jesc(x, ascii_))
            out.append('"')
        elif isinstance(v, dict):
            out.append("{")
            for i, (k, x) in enumerate(v.items()):
                if i:
                    out.append(sep[0])
                out.append(json.dumps(k) + sep[1])
                emit(x)
            out.append("}")
        elif isinstance(v, list):
            out.append("[")
            for i, x in enumerate(v):
                if i:
                    out.append(sep[0])
                emit(x)
            out.append("]")
        else:
            out.append(json.dumps(v, ensure_ascii=ascii_))
    emit(o)
    return out


def L(fam, *items):
    flat = []
    for it in items:
        if isinstance(it, list):
            flat.extend(it)
        else:
            flat.append(it)
    return (fam, flat)


# ---------------------------------------------------------------- checksums
def luhn_check(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(s):
    return luhn_check(s[:-1]) == s[-1]


def card(valid=True):
    pre = R.choice(["4", "4", "51", "53", "37"])
    n = 15 if pre == "37" else 16
    body = pre + "".join(R.choice("0123456789") for _ in range(n - 1 - len(pre)))
    c = luhn_check(body)
    if not valid:
        c = str((int(c) + R.randint(1, 9)) % 10)
    return body + c


def npi():
    base = R.choice("12") + "".join(R.choice("0123456789") for _ in range(8))
    return base + luhn_check("80840" + base)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    d = "0123456789"
    return (R.choice("123456789") + R.choice(MBI_A) + R.choice(MBI_AN) + R.choice(d)
            + R.choice(MBI_A) + R.choice(MBI_AN) + R.choice(d) + R.choice(MBI_A)
            + R.choice(MBI_A) + R.choice(d) + R.choice(d))


VT = {**{str(i): i for i in range(10)}, 'A': 1, 'B': 2, 'C': 3, 'D': 4, 'E': 5, 'F': 6,
      'G': 7, 'H': 8, 'J': 1, 'K': 2, 'L': 3, 'M': 4, 'N': 5, 'P': 7, 'R': 9, 'S': 2,
      'T': 3, 'U': 4, 'V': 5, 'W': 6, 'X': 7, 'Y': 8, 'Z': 9}
VW = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    ch = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["1HG", "1FT", "2T1", "3VW", "5YJ", "1G1", "JTD", "KMH"])
    v = list(wmi + "".join(R.choice(ch) for _ in range(5)) + "0" + R.choice("MNPRS")
             + R.choice(ch) + "".join(R.choice("0123456789") for _ in range(6)))
    s = sum(VT[c] * w for c, w in zip(v, VW)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def imei():
    b = R.choice(["35", "86", "01"]) + "".join(R.choice("0123456789") for _ in range(12))
    return b + luhn_check(b)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def mac():
    return ":".join("%02X" % R.randint(0, 255) for _ in range(6))


# ---------------------------------------------------------------- people
FIRST = [("Maribel", "F"), ("Oluwaseun", "M"), ("Thi Hoa", "F"), ("Grace", "F"), ("Rose", "F"),
         ("Jan", "M"), ("Siobhan", "F"), ("Björn", "M"), ("Renée", "F"), ("Mohammed", "M"),
         ("Priya", "F"), ("Dmitri", "M"), ("Hunter", "M"), ("Faith", "F"), ("Amber", "F"),
         ("Kwame", "M"), ("Ngozi", "F"), ("Wei", "M"), ("Ana Lucía", "F"), ("José María", "M"),
         ("Tomasz", "M"), ("Leilani", "F"), ("Marcus", "M"), ("Jade", "F"), ("Cliff", "M"),
         ("Mercedes", "F"), ("Dawn", "F"), ("Robin", "M"), ("Summer", "F"), ("Ebony", "F"),
         ("Declan", "M"), ("Yusuf", "M"), ("Hana", "F"), ("Carmen", "F"), ("Earl", "M"),
         ("Winifred", "F")]
LAST = ["Ortiz-Quintero", "Adeyemi", "Nguyen", "Summers", "Baker", "van der Berg",
        "O'Connor-Walsh", "Åkesson", "Dubois", "Al-Hashimi", "Raghunathan", "Volkov", "Hope",
        "Miller", "Stone", "Mensah", "Eze", "Chen", "Paredes Rojas", "García-Lozano",
        "Wiśniewski", "Kahananui", "Bell", "Rivers", "Banks", "Ford", "Fields", "Swift",
        "Winters", "Washington", "McAllister", "Demir", "Takahashi", "De la Cruz", "Pickett",
        "Underwood"]

SITES = {
    "COL": dict(name="Meridian Columbus", addr="1480 Olentangy River Rd, Columbus, OH 43212",
                phone="614-555-0142", fax="614-555-0143",
                cities=[("Columbus", "432%02d" % i) for i in (1, 3, 4, 6, 7, 9, 11, 14, 19, 23, 24, 27)]
                + [("Westerville", "43081"), ("Hilliard", "43026"), ("Grove City", "43123"),
                   ("Reynoldsburg", "43068")], ac=["614", "380"], st="OH"),
    "DAY": dict(name="Meridian Kettering", addr="3350 Far Hills Ave, Kettering, OH 45429",
                phone="937-555-0177", fax="937-555-0178",
                cities=[("Dayton", "454%02d" % i) for i in (2, 5, 6, 9, 10, 14, 20, 40)]
                + [("Beavercreek", "45434"), ("Fairborn", "45324"), ("Xenia", "45385")],
                ac=["937"], st="OH"),
    "LOU": dict(name="Meridian Louisville", addr="220 Abraham Flexner Way, Louisville, KY 40202",
                phone="502-555-0120", fax="502-555-0121",
                cities=[("Louisville", "402%02d" % i) for i in (4, 5, 6, 11, 12, 14, 16, 18, 20, 58)]
                + [("Jeffersontown", "40299"), ("Shepherdsville", "40165")], ac=["502"], st="KY"),
    "PIT": dict(name="Meridian Pittsburgh", addr="5000 Baum Blvd, Pittsburgh, PA 15213",
                phone="412-555-0166", fax="412-555-0167",
                cities=[("Pittsburgh", "152%02d" % i) for i in (1, 6, 7, 10, 12, 16, 17, 24, 26, 35)]
                + [("McKeesport", "15132"), ("Monroeville", "15146"), ("Bethel Park", "15102")],
                ac=["412"], st="PA"),
}
STREETS = {"COL": ["Sullivant Ave", "Cleveland Ave", "Morse Rd", "Karl Rd", "Maple St", "Oak Hill Dr"],
           "DAY": ["Wilmington Pike", "Salem Ave", "Shroyer Rd", "Linden Ave", "Noble St", "Cherry Blossom Ln"],
           "LOU": ["Bardstown Rd", "Brownsboro Rd", "Preston Hwy", "Dixie Hwy", "Camp Ground Rd", "Maple St"],
           "PIT": ["Frankstown Ave", "Penn Ave", "Murray Ave", "Greentree Rd", "Hamilton Ave", "Oak Hill Dr"]}
STATE_PAYERS = {"OH": [0, 1, 4], "KY": [0, 4, 5], "PA": [3, 4, 0]}
PAYERS = [("ANTHEM BLUE CROSS", "ANTHEMOH", lambda: R.choice("WYJ") + digits(9)),
          ("CARESOURCE", "CARESRC", lambda: "1" + digits(11)),          # OH Medicaid MCO
          ("MEDICARE PART B", "CMS", mbi),
          ("UPMC HEALTH PLAN", "UPMCHP", lambda: "1" + digits(10)),
          ("HUMANA", "HUMANA", lambda: "H" + digits(8)),
          ("PASSPORT BY MOLINA", "KYMCD", lambda: digits(10))]
RELS = [("SPO", "Spouse"), ("DAU", "Daughter"), ("SON", "Son"), ("MTH", "Mother"), ("FND", "Friend")]
STAFF = ["Adaeze Okafor MD", "Stefan Lindqvist MD", "Kayla Brennan RRT", "Mark Hollis MS EP",
         "Teresa Villanueva", "Jun Park PT DPT", "Hollis Grant RN", "Priscilla Obi NP",
         "Dana Kowalczyk", "Luis Ferreira CMA"]
NOW = dt.datetime(2024, 10, 15, 5, 58, 3)


def mkpatient(i):
    fn, sex = FIRST[i]
    ln = LAST[i]
    site = R.choice(list(SITES))
    sd = SITES[site]
    city, z = R.choice(sd["cities"])
    if i in (35, 34):  # the two oldest
        dob = dt.date(R.randint(1930, 1933), R.randint(1, 12), R.randint(1, 28))
    else:
        dob = dt.date(R.randint(1948, 2003), R.randint(1, 12), R.randint(1, 28))
    age = 2024 - dob.year - ((10, 15) < (dob.month, dob.day))
    street = "%d %s" % (R.randint(12, 9890), R.choice(STREETS[site]))
    unit = R.choice(["", "", "", "Apt %d%s" % (R.randint(1, 12), R.choice("ABCD")), "Unit %d" % R.randint(1, 40)])
    payer = PAYERS[R.choice(STATE_PAYERS[sd["st"]])]
    if age >= 65:
        payer = PAYERS[2]
    rel = R.choice(RELS)
    ec_first = R.choice(["Luis", "Adebola", "Minh", "Carol", "Peter", "Aoife", "Ingrid", "Marc",
                         "Fatima", "Anil", "Olga", "Travis", "Joy", "Kofi", "Chidi", "Lin"])
    ec_last = ln if rel[0] in ("SPO", "DAU", "SON", "MTH") else R.choice(["Hartley", "Moreno", "Quinn", "Sato"])
    emdom = R.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "att.net", "zoomtown.com"])
    uname = (fn.split()[0] + "." + ln.replace(" ", "").replace("'", "")).lower()
    uname = uname.replace("å", "a").replace("é", "e").replace("ö", "o").replace("ś", "s").replace("í", "i").replace("ú", "u")
    return dict(
        first=fn, last=ln, mi=R.choice("ABCDEJKLMRST"), sex=sex, dob=dob, age=age, site=site,
        street=street, unit=unit, city=city, st=sd["st"], zip=z, zip4=z + digits(4),
        phone="%s-555-%04d" % (R.choice(sd["ac"]), R.randint(2000, 9899)),
        email=uname + R.choice(["", str(R.randint(1, 99)), str(dob.year % 100)]) + "@" + emdom,
        mrn="MPR%07d" % R.randint(10000, 999999), acct="HA%08d" % R.randint(1000000, 99999999),
        payer=payer, member=payer[2](), grp="GRP%05d" % R.randint(100, 99999), ssn=ssn(),
        uid=ruuid(), reg="PASC-R-%05d" % R.randint(100, 3000), rec=str(R.randint(100, 3000)),
        ref="RF-24-%06d" % R.randint(100000, 299999),
        wear=R.choice(["garmin", "polar", "fitbit", "withings", "apple"]),
        wsn=R.choice([digits(10), "C" + hexs(7).upper(), "FB" + digits(9)]), wmac=mac(),
        imei=imei(), ip=R.choice(["73", "98", "174", "24", "108", "67", "99"]) + ".%d.%d.%d" % (
            R.randint(1, 254), R.randint(0, 254), R.randint(1, 254)),
        fcm=hexs(22) + ":APA91b" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(40)),
        card=card(R.random() > 0.15), dl=R.choice("ABCDEFGHJKLMNPRSTUVW") + R.choice("ABCDEFGHJKLMNPRSTUVW") + digits(6),
        plate=R.choice(["HKT", "JMV", "FRZ", "LBX", "GWN"]) + "-" + digits(4), vin=vin(),
        onset=dt.date(R.randint(2020, 2023), R.randint(1, 12), R.randint(1, 28)),
        ec=ec_first + " " + ec_last, ecrel=rel, ecphone="%s-555-%04d" % (R.choice(sd["ac"]), R.randint(2000, 9899)),
        holter="HR" + digits(7), ox="OX-" + hexs(6).upper(),
    )


PTS = [mkpatient(i) for i in range(len(FIRST))]


def pt():
    return R.choice(PTS)


def fut(days_lo=1, days_hi=40):
    d = (NOW + dt.timedelta(days=R.randint(days_lo, days_hi))).date()
    while d.weekday() > 4:  # clinics schedule Mon-Fri
        d += dt.timedelta(days=1)
    return d


def past(days_lo=1, days_hi=30):
    return (NOW - dt.timedelta(days=R.randint(days_lo, days_hi))).date()


# ---------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.t = NOW

    def tick(self):
        self.t += dt.timedelta(seconds=R.randint(1, 55), milliseconds=R.randint(0, 999))
        return self.t


CLK = Clock()
HOSTS = {"COL": "col", "DAY": "ket", "LOU": "lou", "PIT": "pit"}


def iso(t, z=True):
    s = t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (t.microsecond // 1000)
    return s + ("Z" if z else "-04:00")


def sysl(t):
    return t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")


# ---------------------------------------------------------------- generators
def g_syslog(t):
    h = R.choice(["col-app01", "ket-app02", "lou-fax01", "pit-rehab-app01", "mpcrn-bastion", "lou-app02"])
    c = R.randint(0, 6)
    if c == 0:
        s = "sshd[%d]: Accepted publickey for svc_ansible from 10.20.0.%d port %d ssh2: ED25519 SHA256:%s" % (
            R.randint(1000, 40000), R.randint(2, 40), R.randint(40000, 65000), hashlib.sha256(digits(8).encode()).hexdigest()[:43])
    elif c == 1:
        s = "CRON[%d]: (root) CMD (/usr/local/bin/%s)" % (R.randint(1000, 40000), R.choice(
            ["rotate-hr-buckets.sh", "pg_dump_rehab.sh --site %s" % R.choice(list(SITES)), "certbot renew -q", "fax-spool-clean -d 30"]))
    elif c == 2:
        s = "systemd[1]: Started %s." % R.choice(["Wearable HR ingest worker (hrfeed@%d)" % R.randint(1, 6),
                                                  "HylaFAX queue manager", "Daily apt upgrade and clean activities",
                                                  "RehabTrak CRT bridge v7.4.2"])
    elif c == 3:
        s = "kernel: [%d.%06d] nf_conntrack: nf_conntrack: table full, dropping packet" % (R.randint(10000, 999999), R.randint(0, 999999))
    elif c == 4:
        s = "postfix/smtp[%d]: %s: to=<%s>, relay=smtp.office365.com[52.96.%d.%d]:587, delay=%.2f, dsn=2.0.0, status=sent (250 2.0.0 OK)" % (
            R.randint(1000, 40000), hexs(10).upper(), R.choice(["referrals@mpcrn.org", "billing@mpcrn.org", "it-alerts@mpcrn.org", "k.brennan@mpcrn.org"]),
            R.randint(1, 250), R.randint(1, 250), R.uniform(0.2, 3.0))
    elif c == 5:
        s = "sudo: dkowalczyk : TTY=pts/%d ; PWD=/home/dkowalczyk ; USER=root ; COMMAND=/usr/bin/systemctl restart hrfeed@%d" % (R.randint(0, 4), R.randint(1, 6))
    else:
        s = "ntpd[%d]: adjusting local clock by %.6fs" % (R.randint(500, 900), R.uniform(-0.3, 0.3))
    return [L("syslog", "%s %s %s" % (sysl(t), h, s))]


def g_k8s(t):
    svc = R.choice(["symptrack-api", "hrfeed", "billing-svc", "referral-intake", "fhir-facade", "redcap-bridge"])
    ver = "%d.%d.%d" % (R.randint(1, 5), R.randint(0, 20), R.randint(0, 30))
    o = R.choice([
        {"ts": iso(t), "level": "info", "source": "argo-rollouts", "rollout": svc, "namespace": "prod",
         "msg": "Rollout step completed", "step": R.randint(1, 4), "image": "ghcr.io/mpcrn/%s:%s-build.%d" % (svc, ver, R.randint(1000, 9999)),
         "digest": "sha256:" + hexs(64)},
        {"ts": iso(t), "level": "warning", "source": "kubelet", "node": "ip-10-40-%d-%d.us-east-2.compute.internal" % (R.randint(0, 9), R.randint(1, 250)),
         "reason": "BackOff", "pod": "%s-%s-%s" % (svc, hexs(10), hexs(5)), "msg": "Back-off restarting failed container", "restarts": R.randint(1, 9)},
        {"ts": iso(t), "level": "info", "source": "hpa", "target": svc, "currentReplicas": R.randint(2, 5), "desiredReplicas": R.randint(2, 8), "cpu_pct": R.randint(40, 95)},
    ])
    return [L("k8s", J(o, sep=(",", ":")))]


NGX_UA = ["SympTrack/4.2.1 (iPhone; iOS 17.6.1; Scale/3.00)", "SympTrack/4.2.0 (Android 14; Pixel 7)",
          "okhttp/4.12.0", "SympTrack/4.1.9 (iPad; iPadOS 17.5; Scale/2.00)"]


def g_nginx(t):
    ts = t.strftime("[%d/%b/%Y:%H:%M:%S -0400]")
    c = R.random()
    if c < 0.30:
        ip = R.choice(["10.20.1.5", "10.20.1.6", "10.40.2.11"])
        return [L("nginx", '%s - - %s "GET %s HTTP/1.1" 200 %d "-" "%s" rt=0.00%d' % (
            ip, ts, R.choice(["/healthz", "/readyz", "/metrics"]), R.randint(2, 900), R.choice(["ELB-HealthChecker/2.0", "Prometheus/2.51.2"]), R.randint(1, 9)))]
    if c < 0.42:
        return [L("nginx", '10.20.%d.%d - - %s "GET /portal/api/v1/dashboard/site/%s?range=7d HTTP/2.0" 200 %d "https://portal.mpcrn.org/dashboard" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/129.0.0.0 Safari/537.36" rt=0.%03d' % (
            R.randint(8, 12), R.randint(2, 250), ts, R.choice(list(SITES)), R.randint(1000, 90000), R.randint(10, 900)))]
    p = pt()
    path = R.choice(["/v2/users/%s/diary/entries", "/v2/users/%s/diary/entries?since=2024-10-01", "/v2/users/%s/hr/sync", "/v2/users/%s/profile", "/v2/users/%s/pem-plan"])
    meth = "POST" if "entries" in path and "since" not in path or "sync" in path else "GET"
    a, b = path.split("%s")
    st = R.choice([200, 200, 201, 204, 304, 401, 429])
    return [L("nginx", P(p["ip"], "ip"), " - - %s \"%s %s" % (ts, meth, a), P(p["uid"], "other_id"),
              '%s HTTP/1.1" %d %d "-" "%s" rt=0.%03d upstream=10.40.3.%d:8080' % (
                  b, st, R.randint(0, 4000), R.choice(NGX_UA), R.randint(5, 999), R.randint(2, 30)))]


def g_diary(t):
    c = R.random()
    base = {"timestamp": iso(t), "level": "info", "logger": "symptrack.api"}
    if c < 0.25:
        base.update({"event": R.choice(["cache_warm", "celery_beat_tick", "feature_flag_refresh"]),
                     "keys": R.randint(100, 5000), "duration_ms": R.randint(3, 800), "app_version": "4.2.%d" % R.randint(0, 3)})
        return [L("diary", J(base))]
    p = pt()
    rid = ruuid()
    if c < 0.55:
        base.update({"logger": "symptrack.entries", "event": "diary_entry_saved", "user_id": P(p["uid"], "other_id"),
                     "entry_date": P(past(0, 3).isoformat(), "date"), "fatigue": R.randint(0, 10),
                     "pem_score": R.randint(0, 10), "brain_fog": R.choice([True, False]),
                     "orthostatic_sx": R.choice(["none", "mild", "moderate", "severe"]), "steps": R.randint(300, 9000),
                     "request_id": rid})
    elif c < 0.68:
        base.update({"logger": "symptrack.push", "event": "push_sent", "user_id": P(p["uid"], "other_id"),
                     "fcm_token": P(p["fcm"], "device"), "template": R.choice(["pacing_reminder", "diary_nudge", "crash_checkin"]),
                     "fcm_message_id": "projects/symptrack-prod/messages/0:%d%%%s" % (R.randint(10**15, 10**16), hexs(16))})
    elif c < 0.80:
        base.update({"logger": "symptrack.auth", "event": R.choice(["login_ok", "login_failed", "password_reset_requested"]),
                     "email": P(p["email"], "email"), "client_ip": P(p["ip"], "ip"), "mfa": R.choice(["sms", "totp", None])})
        if base["event"] == "login_failed":
            base["level"] = "warning"
    elif c < 0.90:
        base.update({"logger": "symptrack.linking", "event": "ehr_link_confirmed", "user_id": P(p["uid"], "other_id"),
                     "mrn": P(p["mrn"], "mrn"), "dob_match": True, "site": p["site"], "request_id": rid})
    else:
        base.update({"level": "error", "logger": "symptrack.export", "event": "pdf_export_failed",
                     "user_id": P(p["uid"], "other_id"), "error": "WeasyPrint: font 'Inter' not found", "request_id": rid})
    return [L("diary", J(base))]


def g_hrfeed(t):
    ts = iso(t)
    c = R.random()
    if c < 0.40:
        return [L("hrfeed", 'ts=%s level=info svc=hrfeed worker=hrfeed@%d msg="batch flushed" provider=%s batches=%d samples=%d lag_ms=%d kafka_offset=%d' % (
            ts, R.randint(1, 6), R.choice(["garmin", "polar", "fitbit", "withings"]), R.randint(1, 60), R.randint(1000, 90000), R.randint(50, 9000), R.randint(10**6, 10**8)))]
    p = pt()
    if c < 0.70:
        return [L("hrfeed", 'ts=%s level=info svc=hrfeed msg="webhook accepted" provider=%s ' % (ts, p["wear"]),
                  "device_sn=", P(p["wsn"], "device"), " user=", P(p["uid"], "other_id"),
                  " samples=%d hr_min=%d hr_max=%d trace_id=%s" % (R.randint(60, 1440), R.randint(48, 75), R.randint(110, 175), hexs(32)))]
    if c < 0.85:
        hr = R.randint(125, 168)
        return [L("hrfeed", 'ts=%s level=warn svc=hrfeed msg="orthostatic tachycardia alert" rule=HR_UPRIGHT_GT_120 hr=%d posture=upright ' % (ts, hr),
                  "mrn=", P(p["mrn"], "mrn"), " ble_mac=", P(p["wmac"], "device"), " notified=%s" % R.choice(["care_team_col", "care_team_pit", "none"]))]
    return [L("hrfeed", 'ts=%s level=error svc=hrfeed msg="pairing rejected: serial already bound" provider=%s ' % (ts, p["wear"]),
              "device_sn=", P(p["wsn"], "device"), ' phone_imei=', P(p["imei"], "device"), ' err_code=E_DUP_BIND')]


def hl7name(p):
    return "%s^%s^%s" % (p["last"].upper(), p["first"].upper(), p["mi"])


def g_hl7(t):
    p = pt()
    ts = t.strftime("%Y%m%d%H%M%S")
    kind = R.choice(["ADT^A04", "ADT^A08", "ORU^R01"])
    cid = "MSG%08d" % R.randint(10**6, 10**8)
    src = "TILTLAB" if kind == "ORU^R01" else "EPIC"
    out = [L("hl7", "MSH|^~\\&|%s|MPCRN_%s|RHB_TRAK|MPCRN|%s||%s|%s|P|2.5.1" % (src, p["site"], ts, kind, cid)),
           L("hl7", "EVN|%s|%s" % (kind[-3:], ts)) if kind.startswith("ADT") else None]
    out = [x for x in out if x]
    addr = p["street"] + ("^" + p["unit"] if p["unit"] else "^")
    pid = ["PID|1||", P(p["mrn"], "mrn"), "^^^MPCRN^MR~", P(p["member"], "health_plan"), "^^^%s^MB||" % p["payer"][1],
           P(hl7name(p), "name"), "||", P(p["dob"].strftime("%Y%m%d"), "date"), "|%s|||" % p["sex"],
           P(addr + "^" + p["city"], "address"), "^%s^" % p["st"], P(p["zip"], "zip"), "^USA||",
           P("(%s)%s" % (p["phone"][:3], p["phone"][4:]), "phone"), "^PRN^PH"]
    if R.random() < 0.5:
        pid += ["~^NET^Internet^", P(p["email"], "email")]
    pid += ["|||||", P(p["acct"], "account"), "|"]
    if R.random() < 0.5:
        pid += [P(p["ssn"], "ssn")]
    out.append(L("hl7", *pid))
    doc = R.choice(STAFF[:2])
    dln, dfn = doc.split()[1].upper(), doc.split()[0].upper()
    if kind.startswith("ADT"):
        out.append(L("hl7", "PV1|1|O|%s^%s^%s||||%s^%s^%s^^^^MD|||||||||||" % (
            p["site"], R.choice(["PULM", "CARD", "AUTO"]), R.choice(["GYM01", "GYM02", "EXAM4"]), npi(), dln, dfn),
            P("V%09d" % R.randint(10**6, 10**9), "account"), "|||||||||||||||||||||||",
            P(fut(0, 10).strftime("%Y%m%d") + "%02d%02d00" % (R.choice([7, 8, 9, 10, 13, 14]), R.choice([0, 15, 30, 45])), "date")))
        if R.random() < 0.7:
            rel = p["ecrel"]
            ecn = p["ec"].split(" ", 1)
            out.append(L("hl7", "NK1|1|", P("%s^%s" % (ecn[1].upper(), ecn[0].upper()), "name"), "|%s^%s^HL70063||" % rel,
                         P("(%s)%s" % (p["ecphone"][:3], p["ecphone"][4:]), "phone"), "^PRN^PH||EC^Emergency Contact^HL70131"))
        if R.random() < 0.6:
            out.append(L("hl7", "IN1|1|%s|%s|%s|PO BOX %d^^ATLANTA^GA^30348||||%s|||||||" % (
                p["payer"][1], digits(5), p["payer"][0], R.randint(100000, 199999), p["grp"]),
                P(hl7name(p), "name"), "|SEL|", P(p["dob"].strftime("%Y%m%d"), "date"), "||||||||||||||||||",
                P(p["member"], "health_plan")))
    else:
        obsd = past(1, 2).strftime("%Y%m%d") + "%02d%02d" % (R.randint(7, 15), R.randint(0, 59))
        out.append(L("hl7", "OBR|1|ORD%d|" % R.randint(100000, 999999), P("TT-24-%04d" % R.randint(1, 2000), "other_id"), "|TILT^Head-up tilt table test^L|||", P(obsd, "date")))
        sup = R.randint(58, 88)
        up = sup + R.randint(15, 55)
        for i, (code, nm, v, u) in enumerate([("8867-4", "Heart rate supine", sup, "/min"), ("8867-4", "Heart rate 10 min upright", up, "/min"),
                                              ("8480-6", "Systolic BP upright", R.randint(95, 140), "mm[Hg]")]):
            flag = "H" if (u == "/min" and v > 100) else "N"
            out.append(L("hl7", "OBX|%d|NM|%s^%s^LN||%d|%s|60-100|%s|||F|||" % (i + 1, code, nm, v, u, flag), P(obsd, "date")))
        out.append(L("hl7", "OBX|4|TX|59776-5^Procedure findings^LN||Sustained HR increase %d bpm within 10 min without orthostatic hypotension; c/w POTS||||||F" % (up - sup)))
    return out


def g_fhir(t):
    p = pt()
    c = R.random()
    if c < 0.45:
        o = {"resourceType": "Observation", "id": "obs-" + hexs(12), "meta": {"lastUpdated": iso(t), "versionId": str(R.randint(1, 4))},
             "status": "final", "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "vital-signs"}]}],
             "code": {"coding": [{"system": "http://loinc.org", "code": "59408-5", "display": "Oxygen saturation in Arterial blood by Pulse oximetry"}]},
             "subject": {"reference": S("Patient/", P(p["mrn"], "mrn")), "display": P("%s %s" % (p["first"], p["last"]), "name")},
             "effectiveDateTime": P(past(1, 3).isoformat() + "T%02d:%02d:00-04:00" % (R.randint(7, 18), R.randint(0, 59)), "date"),
             "valueQuantity": {"value": R.randint(84, 99), "unit": "%", "system": "http://unitsofmeasure.org", "code": "%"},
             "device": {"display": S("Nonin 3150 WristOx2 SN ", P(p["ox"], "device"))}}
        return [L("fhir", J(o, sep=(",", ":")))]
    if c < 0.75:
        o = {"fullUrl": P("https://fhir.mpcrn.org/r4/Patient/%s" % p["mrn"], "url"),
             "resource": {"resourceType": "Patient", "id": P(p["mrn"], "mrn"),
                          "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": P(p["mrn"], "mrn")},
                                         {"system": "http://hl7.org/fhir/sid/us-ssn", "value": P(p["ssn"].replace("-", ""), "ssn")}],
                          "name": [{"family": P(p["last"], "name"), "given": [P(p["first"], "name")]}],
                          "gender": "female" if p["sex"] == "F" else "male", "birthDate": P(p["dob"].isoformat(), "date"),
                          "telecom": [{"system": "phone", "value": P(p["phone"], "phone"), "use": "mobile"}],
                          "address": [{"line": [P((p["street"] + (" " + p["unit"] if p["unit"] else "")), "address")],
                                       "city": P(p["city"], "address"), "state": p["st"], "postalCode": P(p["zip"], "zip")}]}}
        return [L("fhir", J(o, sep=(",", ":"), ascii_=True))]
    o = {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "processing",
         "diagnostics": "HAPI-0389: Failed to call access method: ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException",
         "location": ["Bundle.entry[%d]" % R.randint(0, 20)]}], "meta": {"tag": [{"code": "trace-" + hexs(16)}]}}
    return [L("fhir", J(o, sep=(",", ":")))]


def x12name(p):
    return "%s*%s*%s" % (p["last"].upper(), p["first"].upper(), p["mi"])


def g_x12(t):
    p = pt()
    ctl = R.randint(1000, 999999)
    out = []
    d6, d8, hm = t.strftime("%y%m%d"), t.strftime("%Y%m%d"), t.strftime("%H%M")
    if R.random() < 0.6:
        out += [L("x12", "ISA*00*          *00*          *ZZ*MPCRN0001      *ZZ*%-15s*%s*%s*^*00501*%09d*0*P*:~" % (p["payer"][1], d6, hm, ctl)),
                L("x12", "GS*HC*MPCRN0001*%s*%s*%s*%d*X*005010X222A1~" % (p["payer"][1], d8, hm, ctl)),
                L("x12", "ST*837*%04d*005010X222A1~" % R.randint(1, 9999)),
                L("x12", "BHT*0019*00*B%s%05d*%s*%s*CH~" % (d6, R.randint(0, 99999), d8, hm)),
                L("x12", "NM1*85*2*MERIDIAN POST-COVID RECOVERY NETWORK*****XX*1093847568~"),
                L("x12", "N3*1480 OLENTANGY RIVER RD~"), L("x12", "N4*COLUMBUS*OH*432121234~"),
                L("x12", "SBR*P*18*%s******CI~" % p["grp"]),
                L("x12", "NM1*IL*1*", P(x12name(p), "name"), "***MI*", P(p["member"], "health_plan"), "~"),
                L("x12", "N3*", P((p["street"] + ("*" + p["unit"] if p["unit"] else "")).upper(), "address"), "~"),
                L("x12", "N4*", P(p["city"].upper(), "address"), "*%s*" % p["st"], P(p["zip4"], "zip"), "~"),
                L("x12", "DMG*D8*", P(p["dob"].strftime("%Y%m%d"), "date"), "*%s~" % p["sex"])]
        clm = "P%s-%02d" % (p["acct"][2:], R.randint(1, 12))
        amt = R.choice([118, 240, 360, 480, 95])
        out += [L("x12", "CLM*", P(clm, "account"), "*%d***11:B:1*Y*A*Y*Y~" % amt),
                L("x12", "HI*ABK:U099*ABF:R5383*ABF:G903~"),
                L("x12", "NM1*82*1*OKAFOR*ADAEZE****XX*%s~" % npi()),
                L("x12", "LX*1~"), L("x12", "SV1*HC:%s*%d*UN*1***1~" % (R.choice(["94625", "94626", "93798", "95924"]), amt)),
                L("x12", "DTP*472*D8*", P(past(1, 14).strftime("%Y%m%d"), "date"), "~"),
                L("x12", "SE*%d*%04d~" % (R.randint(20, 40), R.randint(1, 9999)))]
    else:
        clm = "P%s-%02d" % (p["acct"][2:], R.randint(1, 12))
        out += [L("x12", "ST*835*%04d~" % R.randint(1, 9999)),
                L("x12", "BPR*I*%.2f*C*ACH*CCP*01*041000124*DA*%s*1%s**01*044000037*DA*%s*%s~" % (
                    R.uniform(1000, 40000), digits(10), digits(9), digits(9), d8)),
                L("x12", "TRN*1*%s*1%s~" % (digits(12), digits(9))),
                L("x12", "CLP*", P(clm, "account"), "*1*480*%.2f**12*" % R.uniform(100, 480), P(digits(13), "account"), "*11*1~"),
                L("x12", "NM1*QC*1*", P(x12name(p), "name"), "***MI*", P(p["member"], "health_plan"), "~"),
                L("x12", "CAS*CO*45*%.2f~" % R.uniform(10, 200)),
                L("x12", "DTM*232*", P(past(10, 40).strftime("%Y%m%d"), "date"), "~")]
    return out


REFPRAC = [("LVFM REFERRALS", "+15025550199"), ("OSU WEXNER PULM", "+16145550311"), ("UPMC PCP SHADYSIDE", "+14125550287"),
           ("PREMIER HLTH NEURO", "+19375550456"), ("NORTON IM", "+15025550722")]


def g_fax(t):
    prac = R.choice(REFPRAC)
    cid = "%08d" % R.randint(10000, 99999)
    if R.random() < 0.5:
        return [L("fax", "%s\tRECV\t%s\tttyIAX%d\t\tfax\t\t\"%s\"\t\"%s\"\t%d\t%d\t0:%02d:%02d\t0:%02d:%02d\t\"\"" % (
            t.strftime("%m/%d/%y %H:%M"), cid, R.randint(0, 3), prac[1], prac[0], 9600 * R.choice([1, 1, 2]), R.randint(1, 14),
            R.randint(0, 4), R.randint(0, 59), R.randint(0, 4), R.randint(0, 59)))]
    return [L("fax", "%s lou-fax01 FaxGetty[%d]: RECV FAX: from %s, page %d in 0:00:%02d, INF, 196 lpi, 1728 pels, 2-D MMR, 14400 bit/s" % (
        sysl(t), R.randint(1000, 9000), prac[1], R.randint(1, 9), R.randint(10, 59)))]


def g_referral(t):
    p = pt()
    c = R.random()
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    if c < 0.45:
        nm = "%s, %s" % (p["last"].upper(), p["first"].upper())
        return [L("referral", "%s INFO [referral_intake.ocr] comm=%08d pages=%d conf=0.%d patient=\"" % (ts, R.randint(10000, 99999), R.randint(2, 12), R.randint(70, 99)),
                  P(nm, "name"), "\" dob=", P(p["dob"].strftime("%m/%d/%Y"), "date"), " age=", (P(str(p["age"]), "age") if p["age"] > 89 else str(p["age"])), " ref_id=", P(p["ref"], "other_id"),
                  " dx=\"U09.9 Post COVID-19 condition, unspecified\" from_npi=%s site=%s" % (npi(), p["site"]))]
    if c < 0.60:
        return [L("referral", "%s WARNING [referral_intake.match] no EHR match for ref_id=" % ts, P(p["ref"], "other_id"),
                  "; candidate mrn=", P(p["mrn"], "mrn"), " score=0.%d (dob mismatch) -> queue=manual_review" % R.randint(40, 79))]
    if c < 0.72:
        return [L("referral", '<ReferralAck xmlns="urn:mpcrn:referral:v2"><RefId>', P(p["ref"], "other_id"), "</RefId><Patient><Name>",
                  P("%s %s" % (p["first"], p["last"]), "name"), "</Name><BirthDate>", P(p["dob"].isoformat(), "date"),
                  "</BirthDate><Phone>", P(p["phone"], "phone"), "</Phone></Patient><Program>%s</Program><Status>ACCEPTED</Status><ReplyFax>%s</ReplyFax></ReferralAck>" % (
                      R.choice(["PULM_REHAB", "CARDIAC_REHAB", "AUTONOMIC_CLINIC"]), SITES[p["site"]]["fax"]))]
    if c < 0.78:
        return [L("referral", "%s INFO [referral_intake.ocr] cover sheet: sender is patient (self-referral), callback fax " % ts,
                  P("(%s) %s" % (p["phone"][:3], p["phone"][4:].replace("2", "3", 1)), "fax"), ", ref_id=", P(p["ref"], "other_id"))]
    return [L("referral", "%s INFO [referral_intake.worker] poll done queued=%d ocr_ms=%d tesseract=5.3.4 model=eng+spa" % (ts, R.randint(0, 9), R.randint(400, 9000)))]


def g_tilt(t):
    if R.random() < 0.2:
        return [L("tilt", "study_id,mrn,test_date,protocol,supine_hr,hr_10min,delta_hr,sbp_supine,sbp_10min,symptoms,tech,table_sn,result")]
    p = pt()
    sup = R.randint(55, 90)
    up = sup + R.randint(10, 55)
    res = "POTS criteria met" if up - sup >= 30 else "negative"
    return [L("tilt", P("TT-24-%04d" % R.randint(1, 2000), "other_id"), ",", P(p["mrn"], "mrn"), ",", P(past(0, 5).isoformat(), "date"),
              ",%s,%d,%d,%d,%d,%d,\"%s\",%s,HUT-%s,%s" % (
                  R.choice(["NASA_lean", "HUT_70deg", "active_stand"]), sup, up, up - sup, R.randint(100, 140), R.randint(85, 140),
                  R.choice(["lightheaded, palpitations", "none", "nausea; tremor", "presyncope at 7 min", "brain fog"]),
                  R.choice(["K.Brennan", "M.Hollis", "L.Ferreira"]), digits(6), res))]


def g_crtele(t):
    p = pt()
    base = "CRT|%s|%s-CR-BAY%d|SESS=CR-%04d|" % (t.strftime("%Y-%m-%d %H:%M:%S"), p["site"], R.randint(1, 6), R.randint(1000, 9999))
    if R.random() < 0.35:
        return [L("crtele", base + "EVT=LEAD_OFF|TX_SN=TX4-%08d|CH=%d|FW=7.4.2" % (R.randint(10**6, 10**8), R.randint(1, 12)))]
    return [L("crtele", base + "PT=", P(p["mrn"], "mrn"), "|NAME=", P("%s,%s" % (p["last"].upper(), p["first"].upper()), "name"),
              "|RHYTHM=%s|HR=%d|RPE=%d|METS=%.1f|BP=%d/%d|TX_SN=TX4-%08d" % (
                  R.choice(["NSR", "ST", "SR w PVC"]), R.randint(70, 150), R.randint(9, 17), R.uniform(1.8, 5.5),
                  R.randint(100, 160), R.randint(60, 95), R.randint(10**6, 10**8)))]


def g_pulm(t):
    h = "%s-rehab-app01" % R.choice(list(HOSTS.values()))
    tm = int(t.replace(tzinfo=dt.timezone.utc).timestamp() * 1000)
    c = R.random()
    if c < 0.35:
        return [L("pulmrehab", J({"level": 30, "time": tm, "pid": R.randint(1000, 9000), "hostname": h, "module": "roster",
                                  "msg": "class roster synced", "class_id": "PR-%s-%d" % (R.choice(["AM", "PM"]), R.randint(1, 9)),
                                  "slots": 12, "filled": R.randint(4, 12), "therapist": R.choice(["Kayla Brennan RRT", "Jun Park PT DPT", "Hollis Grant RN", "Mark Hollis MS EP"])}, sep=(",", ":")))]
    p = pt() if R.random() < 0.8 else R.choice(PTS[34:])
    h = "%s-rehab-app01" % HOSTS[p["site"]]
    o = {"level": 30, "time": tm, "pid": R.randint(1000, 9000), "hostname": h, "module": "sixmwt", "msg": "6MWT recorded",
         "mrn": P(p["mrn"], "mrn"), "age": P(p["age"], "age") if p["age"] > 89 else p["age"],
         "distance_m": R.randint(120, 520), "spo2_nadir": R.randint(82, 97), "o2_lpm": R.choice([0, 0, 1, 2, 3]),
         "borg_dyspnea": R.randint(1, 8), "therapist": R.choice(["Kayla Brennan RRT", "Jun Park PT DPT", "Hollis Grant RN", "Mark Hollis MS EP"])}
    if c > 0.8:
        o.update({"module": "o2", "msg": "home O2 titration note", "home_oximeter_sn": P(p["ox"], "device"),
                  "note": S("pt ", P(p["first"], "name"), " reports desat to 86% climbing stairs at home; support person ", P(p["ec"], "name"), " present")})
    return [L("pulmrehab", J(o, sep=(",", ":")))]


def g_redcap(t):
    p = pt()
    ts = t.strftime("%Y-%m-%d %H:%M")
    c = R.random()
    if c < 0.25:
        return [L("redcap", '%s,api_pasc_etl,"Data export (API)","project_id = 412, fields = 86, records = %d, token=%s"' % (ts, R.randint(100, 2000), hexs(32).upper()))]
    if c < 0.7:
        return [L("redcap", '%s,%s,"Updated Record ' % (ts, R.choice(["t.villanueva", "p.obi", "c.nakamura"])), P(p["rec"], "other_id"),
                  '","record_id = \'', P(p["rec"], "other_id"), "', pasc_subj_id = '", P(p["reg"], "other_id"),
                  "', onset_date = '", P(p["onset"].isoformat(), "date"), "', vaccine_doses = '%d', mecfs_ccc = '%d'\"" % (R.randint(0, 5), R.randint(0, 1)))]
    return [L("redcap", '%s,%s,"Created Record ' % (ts, R.choice(["t.villanueva", "p.obi"])), P(p["rec"], "other_id"),
              '","consent_version = \'v3.1\', consent_date = \'', P(past(0, 20).isoformat(), "date"), "', enroll_site = '%s', biobank_kit = '" % p["site"],
              P("BK%s" % digits(8), "other_id"), "'\"")]


def g_billing(t):
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)
    tr, sp = hexs(16), hexs(16)
    c = R.random()
    if c < 0.35:
        return [L("billing", "%s  INFO [billing-svc,%s,%s] %d --- [scheduling-1] c.m.billing.batch.EraPoller : polled %d ERA files from sftp.availity.com in %d ms" % (
            ts, tr, sp, R.randint(1000, 3000), R.randint(0, 12), R.randint(100, 4000)))]
    p = pt()
    if c < 0.65:
        out = [L("billing", "%s ERROR [billing-svc,%s,%s] %d --- [pool-3-thread-%d] c.m.billing.claims.ClaimSubmitter : Claim submission failed for account " % (
            ts, tr, sp, R.randint(1000, 3000), R.randint(1, 9)), P(p["acct"], "account"), " (member ", P(p["member"], "health_plan"), ")"),
            L("billing", "com.mpcrn.billing.x12.ValidationException: Loop 2010BA DMG02 invalid: subscriber DOB ", P(p["dob"].strftime("%Y%m%d"), "date"), " fails payer edit 'DOB_AFTER_DOS'"),
            L("billing", "\tat com.mpcrn.billing.x12.Loop2010BA.validate(Loop2010BA.java:88)"),
            L("billing", "\tat com.mpcrn.billing.x12.ClaimBuilder.build(ClaimBuilder.java:214)"),
            L("billing", "\tat com.mpcrn.billing.claims.ClaimSubmitter.submit(ClaimSubmitter.java:131)"),
            L("billing", "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)"),
            L("billing", "\t... 4 common frames omitted")]
        return out
    c2 = p["card"]
    ok = luhn_ok(c2)
    if R.random() < 0.5:
        return [L("billing", "%s  WARN [billing-svc,%s,%s] %d --- [http-nio-8443-exec-%d] c.m.billing.pay.PortalPayment : payment declined guarantor=" % (
            ts, tr, sp, R.randint(1000, 3000), R.randint(1, 20)), P("%s %s" % (p["first"], p["last"]), "name"),
            " card=************%s amount=%.2f reason=%s" % (c2[-4:], R.uniform(20, 400), R.choice(["insufficient_funds", "do_not_honor", "expired_card"])))]
    return [L("billing", "%s ERROR [billing-svc,%s,%s] %d --- [http-nio-8443-exec-%d] c.m.billing.pay.PortalPayment : %s pan=" % (
        ts, tr, sp, R.randint(1000, 3000), R.randint(1, 20), "tokenization failed (gateway 502)" if ok else "Luhn check failed"),
        P(c2, "account"), " acct=", P(p["acct"], "account"))]


def g_pgaudit(t):
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d EDT" % (t.microsecond // 1000)
    pre = "%s [%d] mpcrn_app@rehab LOG:  AUDIT: SESSION,%d,1," % (ts, R.randint(10000, 40000), R.randint(1, 90))
    c = R.random()
    if c < 0.35:
        return [L("pgaudit", pre + 'READ,SELECT,,,"SELECT count(*) FROM class_sessions WHERE site_code = $1 AND starts_at >= now()",<not logged>')]
    p = pt()
    if c < 0.7:
        return [L("pgaudit", pre + "READ,SELECT,,,\"SELECT p.mrn, p.dob FROM patients p WHERE p.last_name = '", P(p["last"].replace("'", "''"), "name"),
                  "' AND p.dob = '", P(p["dob"].isoformat(), "date"), "'\",<not logged>")]
    return [L("pgaudit", pre + "WRITE,UPDATE,,,\"UPDATE appointments SET slot_ts = '", P(fut(1, 20).isoformat() + " %02d:%s" % (R.randint(7, 16), R.choice(["00", "30"])), "date"),
              "', room = 'TILT-%d' WHERE appt_id = %d AND mrn = '" % (R.randint(1, 3), R.randint(10000, 99999)), P(p["mrn"], "mrn"), "'\",<not logged>")]


def g_sms(t):
    p = pt()
    sid = "SM" + hexs(32)
    site = SITES[p["site"]]
    c = R.random()
    if c < 0.25:
        return [L("sms", J({"SmsSid": sid, "SmsStatus": "delivered", "MessagingServiceSid": "MG" + hexs(32), "ApiVersion": "2010-04-01",
                            "ErrorCode": None, "AccountSid": "AC" + hexs(32)}))]
    d = fut(1, 14)
    dstr = "%s %d/%d" % (d.strftime("%a"), d.month, d.day)
    frm = "+1" + site["phone"].replace("-", "")
    if p["first"] in ("José María", "Ana Lucía", "Carmen") or c > 0.85:
        body = S("Hola ", P(p["first"].split()[0], "name"), ", le recordamos su prueba de inclinación el ",
                 P("%d/%d" % (d.day, d.month), "date"), " a las 8:00. No tome café ese día. Responda C para confirmar.")
    elif c < 0.65:
        body = S("Hi ", P(p["first"].split()[0], "name"), ", reminder: %s rehab " % R.choice(["pulmonary", "cardiac"]), P(dstr, "date"),
                 " %d:%s at %s. Pace yourself & bring your HR strap. Reply C to confirm, STOP to opt out." % (R.randint(8, 15) % 12 + 1, R.choice(["00", "30"]), site["name"]))
    else:
        return [L("sms", J({"SmsSid": sid, "From": P("+1" + p["phone"].replace("-", ""), "phone"), "To": frm, "Direction": "inbound",
                            "Body": R.choice([S("C"), S("Running 10 min late, parking garage full"),
                                              S("Can't make it, crashed after Thursday's session. Pls reschedule. - ", P(p["first"].split()[0], "name")),
                                              S("This is ", P(p["ec"].split()[0], "name"), ", ", P(p["first"].split()[0], "name"),
                                                "'s ", p["ecrel"][1].lower(), ". %s is in bed today, can we move to next wk?" % ("She" if p["sex"] == "F" else "He")),
                                              S("STOP")])}))]
    return [L("sms", J({"SmsSid": sid, "To": P("+1" + p["phone"].replace("-", ""), "phone"), "From": frm, "Direction": "outbound-api",
                        "Status": "queued", "Body": body}))]


def g_chat(t):
    who = R.choice(["Teresa Villanueva", "Kayla Brennan", "Jun Park", "Hollis Grant", "Priscilla Obi", "Dana Kowalczyk"])
    ch = R.choice(["#col-frontdesk", "#pit-pulm-rehab", "#autonomic-lab", "#lou-scheduling", "#it-helpdesk"])
    pre = "[%s] %s (%s): " % (t.strftime("%Y-%m-%d %H:%M"), who, ch)
    c = R.random()
    if c < 0.4:
        return [L("chat", pre + R.choice(["Bay 3 treadmill belt slipping again, ticket INC00%d opened w/ Biomed" % R.randint(40000, 49999),
                                          "fax server spooling slow this am, Dana looking at it",
                                          "Lot 24A17 of the Nonin sensors is recalled, pull from carts pls",
                                          "PR-AM-3 class full thru Friday, waitlist 4",
                                          "Reminder: staff huddle 12:15 in conf rm B (Dr. Okafor presenting PEM pacing update)"]))]
    p = pt()
    d = fut(1, 30)
    nm = "%s %s" % (p["first"], p["last"])
    if c < 0.52:
        return [L("chat", pre + "new referral from Norton IM for ", P(nm, "name"), " (", P(p["ref"], "other_id"),
                  "), insurance ", p["payer"][0].title(), " ID ", P(p["member"], "health_plan"), " - verified, booking autonomic intake")]
    if c < 0.65:
        return [L("chat", pre + "pt ", P(nm, "name"), " DOB ", P("%d/%d/%02d" % (p["dob"].month, p["dob"].day, p["dob"].year % 100), "date"),
                  " called, wants tilt moved to ", P("%d/%d" % (d.month, d.day), "date"), ", can't do mornings (PEM)")]
    if c < 0.8:
        if R.random() < 0.5:
            p = R.choice(PTS[34:])
        agepart = [P(str(p["age"]), "age"), " y/o"] if p["age"] > 89 else ["%d y/o" % p["age"]]
        return [L("chat", pre + "FYI ", P(p["last"], "name"), ", ", *agepart, ", desat to 85 on 6MWT today, O2 2L started. %s " % p["ecrel"][1], P(p["ec"], "name"),
                  " cell ", P(p["ecphone"], "phone"), " wants a call back")]
    return [L("chat", pre + "can someone re-send the portal invite to ", P(p["email"], "email"), "? MRN ", P(p["mrn"], "mrn"), " - she never got it")]


def g_elig(t):
    c = R.random()
    if c < 0.2:
        return [L("elig", "HDR%-10s%s%-20s%06d" % ("MPCRN", t.strftime("%Y%m%d%H%M"), "271-FLAT-V3", R.randint(1, 999999)))]
    p = pt()
    ln, fn = p["last"].upper()[:20], p["first"].upper()[:12]
    return [L("elig", "ELG", P(p["mrn"], "mrn"), " " * (12 - len(p["mrn"])),
              P(ln, "name"), " " * (20 - len(ln)), P(fn, "name"), " " * (12 - len(fn)), P(p["dob"].strftime("%Y%m%d"), "date"),
              P(p["member"], "health_plan"), " " * (14 - len(p["member"])), "%-10s%s%s" % (p["payer"][1], R.choice("AAAI"), "20240101"))]


def g_kiosk(t):
    p = pt()
    ts = t.strftime("%Y-%m-%dT%H:%M:%S")
    k = "kiosk=%s-LOBBY-%d" % (p["site"], R.randint(1, 3))
    c = R.random()
    if c < 0.3:
        return [L("kiosk", "%s %s event=heartbeat fw=KX-3.8.1 printer=ok card_reader=ok uptime_s=%d" % (ts, k, R.randint(1000, 900000)))]
    if c < 0.55:
        return [L("kiosk", "%s %s event=checkin mrn=" % (ts, k), P(p["mrn"], "mrn"), " appt=%d id_scan=ok dl_state=%s dl_num=" % (R.randint(10000, 99999), p["st"]),
                  P(p["dl"], "license"), " dl_exp=2028 match=name+dob")]
    if c < 0.65:
        img = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(60)) + "=="
        return [L("kiosk", "%s %s event=photo_capture mrn=" % (ts, k), P(p["mrn"], "mrn"), " photo_b64=", P(img, "photo"), " pv_template=", P("PV2:" + hexs(48), "biometric"))]
    if c < 0.82:
        return [L("kiosk", "%s %s event=parking_validate garage=%s plate=" % (ts, k, R.choice(["Baum-P2", "Olentangy-A", "Flexner-G"])), P(p["plate"], "vehicle"),
                  " state=%s sessions_remaining=%d mrn=" % (p["st"], R.randint(0, 36)), P(p["mrn"], "mrn"))]
    return [L("kiosk", "%s %s event=mileage_reimb_submit medicaid_id=" % (ts, k), P(p["member"], "health_plan"), " vin=", P(p["vin"], "vehicle"),
              " plate=", P(p["plate"], "vehicle"), " miles=%d dos=" % R.randint(4, 80), P(past(0, 7).isoformat(), "date"))]


GENS = [(g_syslog, 18), (g_k8s, 12), (g_nginx, 11), (g_diary, 8), (g_hrfeed, 9), (g_hl7, 2.4), (g_fhir, 3.5), (g_x12, 1.3),
        (g_fax, 6), (g_referral, 5), (g_tilt, 4), (g_crtele, 5), (g_pulm, 5), (g_redcap, 4), (g_billing, 3.5),
        (g_pgaudit, 4), (g_sms, 4), (g_chat, 4), (g_elig, 3), (g_kiosk, 4)]


def main():
    N = 500
    lines = []
    fns = [g for g, _ in GENS]
    ws = [w for _, w in GENS]
    while len(lines) < N:
        g = R.choices(fns, ws)[0]
        t = CLK.tick()
        recs = g(t)
        if len(lines) + len(recs) > N:
            continue
        lines.extend(recs)
    with open("qz.log", "wb") as f, open("qz.labels.jsonl", "w", encoding="utf-8") as fl:
        for n, (fam, items) in enumerate(lines, 1):
            buf = b""
            spans = []
            for it in items:
                if isinstance(it, P):
                    v = it.v if isinstance(it.v, str) else str(it.v)
                    b = v.encode("utf-8")
                    spans.append({"s": len(buf), "e": len(buf) + len(b), "cat": it.cat, "_v": v})
                    buf += b
                else:
                    buf += it.encode("utf-8")
            # checks
            assert b"\n" not in buf and b"\r" not in buf and buf, (n, buf)
            buf.decode("utf-8")
            prev = 0
            for sp in spans:
                assert 0 <= sp["s"] < sp["e"] <= len(buf), (n, sp)
                assert sp["s"] >= prev, ("overlap", n, sp)
                prev = sp["e"]
                got = buf[sp["s"]:sp["e"]].decode("utf-8")
                assert got == sp["_v"], (n, got, sp["_v"])
                assert got.strip() == got, ("whitespace at span edge", n, got)
            f.write(buf + b"\n")
            fl.write(json.dumps({"line": n, "family": fam,
                                 "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in spans]}) + "\n")


if __name__ == "__main__":
    main()
