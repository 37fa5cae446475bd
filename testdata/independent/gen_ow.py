#!/usr/bin/env python3
"""Synthetic SIU (special investigations unit, fraud/waste/abuse) log corpus, ID=ow.

Organisation: "Keystone Meridian Health Plan" (KMHP), Philadelphia PA, its SIU.
Everything here is synthetic. Writes ow.log (500 lines) and ow.labels.jsonl.

Systems simulated (one physical line per log line, interleaved as a SIEM export):
  tip_webform      tips hotline web form submissions (JSON, siu-tip-intake service)
  voicemail_tx     hotline voicemail transcripts (JSON from the IVR transcription job)
  postfix / mail_ingest  anonymous e-mail tips: postfix syslog + siu-mailbox ingest key=value
  sas_log          SAS claims analytics batch logs (NOTE/WARNING/ERROR, PUT output)
  pandas_out       Python FWA rules engine: logging lines + printed DataFrame rows
  databricks       Databricks driver log4j + notebook cell output (Row(...), |table|)
  oracle_sql       Oracle fine-grained audit: SQL_TEXT of queries (pipe delimited)
  oracle_audit     UNIFIED_AUDIT_TRAIL export rows (pipe delimited, no PHI)
  cms_java         case management system (Java/log4j2) audit trail + stack traces
  lockin_letter    pharmacy lock-in program letter generator (key=value + rendered text)
  ncpdp_reject     PBM lock-in edit rejects (NCPDP D.0 style key=value)
  mrr_csv          medical record request tracking (CSV)
  x12_277 / x12_837  prepayment review queue: 277 claim status and 837P extract segments
  interview_note   investigator interview notes (free text)
  le_referral      subpoena / law enforcement referral log (pipe delimited)
  idt_logfmt       identity theft (stolen member ID) investigation tracker (logfmt)
  lexis_api        person-search / address verification API client (JSON)
  osint_access     OSINT/social media lookup proxy (nginx combined access log)
  docusign         DocuSign Connect webhook events (JSON)
  winfs_4663       Windows file server Security 4663 events via syslog
  sharepoint       SharePoint Online unified audit log (CSV)

Labeling decisions (grey cases):
  * Members (the people the plan serves) and their relatives/household are PHI subjects.
    Providers under review (names, NPIs, TINs, practice addresses, fax/phones),
    investigators and other KMHP staff, tipsters who are not members, law enforcement
    contacts, pharmacies, vendors and KMHP's own addresses/phones are NOT PHI.
  * A tipster is labeled only when the record says they are a member
    (is_member=true / "my member ID is ..."); then their name/phone/email are PHI.
  * Identity-theft suspects (the impostor using a stolen member ID) are not members:
    their names, IPs and addresses flagged as "suspect" are NOT labeled. The victim
    member's identifiers are PHI. The member's own portal/login IP is `ip`.
  * SIU case numbers: cases whose subject is a provider (SIU-24-xxxxxx) are NOT PHI.
    Cases about a member (IDT-24-xxxx identity theft, LKN-xxxxxx lock-in enrolment)
    are `other_id`. Medical record request IDs, subpoena numbers, court dockets,
    DocuSign envelope IDs and referral numbers are workflow IDs: NOT PHI.
  * Claim numbers (ICN) of a member's claim and Rx numbers -> `other_id`;
    patient control number (837 CLM01) -> `account`; provider chart numbers -> `mrn`.
  * Member IDs, subscriber IDs, Medicaid recipient numbers, MBIs -> `health_plan`;
    LexID-style person keys from the lookup vendor -> `other_id`;
    social media handles -> `other_id`, full profile URLs -> `url`.
  * SSN last four digits (ssnLast4) are labeled `ssn` like full SSNs.
  * Dates tied to a member (DOB, DOS, fill, lock-in effective, interview date of the
    member, date of death) -> `date`; log timestamps, report run dates, subpoena dates
    and year-only values are not. Ages labeled only when > 89.
  * A city is labeled `address` only as part of a member's address; street+city written
    in one run is one `address` span, ZIP always its own `zip` span. States not labeled.
  * Names inside file paths/URLs (member case folders) are labeled as `name`, and the
    member ID / case ID in them as their own spans; the whole path is not a `url` span.
  * Junk/invalid SSNs (000-.., 666-..) and invalid IDs in a member field are still labeled:
    they sit where the member's identifier goes.
  * Aggregates (counts, z-scores, dollar totals per provider) are not PHI.
"""
import json
import random
import hashlib
import uuid
import datetime as dt

R = random.Random(20241118)
ID = "ow"

# ---------------------------------------------------------------- pools
FIRST = ["Maria", "James", "Nguyen Thi", "Rosa", "DeShawn", "Olga", "Mohammed", "Priya",
         "Colleen", "Tomasz", "Hunter", "Summer", "Bill", "Grace", "Kwame", "Ayesha",
         "Joaquín", "Yuki", "Earl", "Dolores", "Precious", "Ivan", "Latoya", "Chen",
         "Brandy", "Siobhan", "Raúl", "Wendell", "Fatoumata", "Patience", "Gus", "Marisol"]
LAST = ["Lopez-Reyes", "O'Malley", "Nguyen", "Kowalczyk", "Washington", "De la Cruz",
        "Brown", "Rose", "Price", "Young", "Story", "Cash", "Hunter", "Van der Berg",
        "Abernathy-Small", "Mensah", "Siddiqui", "Tanaka", "Gallo", "Baptiste",
        "Petrov", "Fairweather", "Okonkwo-Ellis", "Bell", "Marsh", "Castellanos",
        "Diallo", "Wojcik", "Freeman", "Stone"]
STREETS = ["Birch Ln", "N 5th St", "Frankford Ave", "Germantown Pike", "Oak Hill Rd",
           "W Lehigh Ave", "Cottman Ave", "Maple Ct", "Ridge Ave", "Bustleton Ave",
           "Spruce St", "Lancaster Ave", "Chestnut Hill Ave", "Mill Creek Dr"]
CITIES = [("Philadelphia", "191"), ("Norristown", "194"), ("Chester", "190"),
          ("Allentown", "181"), ("Reading", "196"), ("Upper Darby", "190"),
          ("Bensalem", "190"), ("Lancaster", "176"), ("Levittown", "190")]
STAFF = [("kokafor", "Kemi Okafor"), ("jpatel", "Jay Patel"), ("mbrennan", "Moira Brennan"),
         ("tlindqvist", "Tove Lindqvist"), ("rsalgado", "Ruben Salgado"),
         ("dhoang", "Diep Hoang"), ("awhitfield", "Amos Whitfield")]
PROV = [("Lakeside Pain Associates LLC", "Dr. Victor Hale", "1500 Walnut St Ste 900", "Philadelphia", "19102"),
        ("Northeast Mobility DME Inc", "Sergei Antonov", "8801 Torresdale Ave", "Philadelphia", "19136"),
        ("Bright Path Behavioral Health", "Dr. Anita Mukherjee", "44 E Main St", "Norristown", "19401"),
        ("Liberty Compounding Pharmacy", "Paul Ferraro RPh", "2201 Cottman Ave", "Philadelphia", "19149"),
        ("Keystone Lab Partners", "Dr. Howard Lin", "300 Commerce Dr", "Fort Washington", "19034"),
        ("Delaware Valley Home Health", "Janine Roberts RN", "1 Penn Center", "Philadelphia", "19103"),
        ("Sunrise Chiropractic & Rehab", "Dr. Marco Bellini", "715 Baltimore Pike", "Springfield", "19064")]
PHARM = ["Rite Way Pharmacy #0412, 3300 Kensington Ave, Philadelphia PA 19134",
         "CVS Pharmacy #1877, 1826 Chestnut St, Philadelphia PA 19103",
         "Giant Pharmacy #6021, 2550 Grant Ave, Philadelphia PA 19114",
         "Weis Pharmacy #174, 1500 W Main St, Norristown PA 19403"]
PRESCR = ["Dr. Lena Vogel", "Dr. Samuel Achebe", "Dr. Rina Das", "Dr. Patrick Doyle"]
TIPSTERS = [("Karen Whitlock", "+12675550148"), ("Dana Ruiz", "+14845550192"),
            ("Former employee", "+12155550171")]
ORG_ADDR = "1800 Market Street Suite 2200, Philadelphia PA 19103"
ORG_HOTLINE = "1-866-555-0137"
CPT = ["99215", "99214", "97110", "97140", "E0260", "K0823", "80307", "G0483", "98941", "J1885"]
DX = ["M54.50", "G89.29", "F11.20", "Z79.891", "M17.11", "E11.9", "F41.1"]


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
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


def card(prefix="4", n=16):
    s = prefix + "".join(R.choice("0123456789") for _ in range(n - 1 - len(prefix)))
    return s + luhn_digit(s)


def ssn(valid=True):
    if not valid:
        return R.choice(["000-12-3456", "123-45-6789", "999-99-9999", "666-01-2345"])
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    AN = A + N
    return (R.choice("123456789") + R.choice(A) + R.choice(AN) + R.choice(N) + R.choice(A)
            + R.choice(AN) + R.choice(N) + R.choice(A) + R.choice(A) + R.choice(N) + R.choice(N))


VIN_MAP = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = [R.choice(chars) for _ in range(17)]
    tot = sum((int(c) if c.isdigit() else VIN_MAP[c]) * w for c, w in zip(v, VIN_W))
    cd = tot % 11
    v[8] = "X" if cd == 10 else str(cd)
    return "".join(v)


def rdate(y0=1932, y1=2006):
    return dt.date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))


def dos():
    return dt.date(2024, R.randint(1, 10), R.randint(1, 28))


class Member:
    def __init__(self, i):
        self.first = R.choice(FIRST)
        self.last = R.choice(LAST)
        self.mid = R.choice(["", "", "A", "J", "Marie", "L"])
        self.dob = rdate()
        self.mbr = "KMH%09d" % R.randint(10 ** 8, 10 ** 9 - 1)
        self.sfx = R.choice(["01", "01", "02", "03"])
        self.mcaid = "%010d" % R.randint(10 ** 9, 10 ** 10 - 1)
        self.mbi = mbi()
        self.ssn = ssn(R.random() > 0.08)
        n = R.randint(2, 9800)
        self.street = "%d %s" % (n, R.choice(STREETS)) + R.choice(["", "", " Apt %d" % R.randint(1, 40), " Unit 2F"])
        self.city, zp = R.choice(CITIES)
        self.zip = zp + "%02d" % R.randint(1, 54)
        self.phone = "215555%04d" % R.randint(100, 9999) if R.random() < .5 else "267555%04d" % R.randint(100, 9999)
        dom = R.choice(["gmail.com", "yahoo.com", "comcast.net", "outlook.com", "aol.com"])
        self.email = ("%s.%s%d@%s" % (self.first.split()[0], self.last.replace(" ", "").replace("'", ""),
                                      self.dob.year % 100, dom)).lower()
        self.dl = "%08d" % R.randint(10 ** 7, 10 ** 8 - 1)
        self.lexid = "%012d" % R.randint(10 ** 11, 10 ** 12 - 1)
        self.handle = (self.first.split()[0][0] + self.last.replace(" ", "").replace("'", "") + str(R.randint(1, 99))).lower()
        self.ip = "%d.%d.%d.%d" % (R.choice([68, 73, 71, 98, 174, 100]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        self.idt = "IDT-24-%04d" % R.randint(1, 400)
        self.lkn = "LKN-%06d" % R.randint(1, 999999)

    def full(self):
        return " ".join(x for x in [self.first, self.mid, self.last] if x)

    def lf(self):
        return "%s, %s" % (self.last, self.first)

    def phone_fmt(self, k):
        p = self.phone
        return [p, "(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]), "+1" + p][k % 4]


MEMBERS = [Member(i) for i in range(45)]
CASES = ["SIU-24-%06d" % R.randint(1000, 9999) for _ in range(10)]
CASE_PROV = {c: R.choice(PROV) for c in CASES}
PROV_NPI = {p[0]: npi() for p in PROV}


def mem():
    return R.choice(MEMBERS)


def staff():
    return R.choice(STAFF)


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def icn():
    return "24%03d%08d" % (R.randint(1, 366), R.randint(0, 10 ** 8 - 1))


# ---------------------------------------------------------------- line builder
class P:
    """A PHI piece: rendered text as it sits in the line, and its category."""

    def __init__(self, text, cat, meant=None):
        self.text, self.cat = text, cat
        self.meant = meant if meant is not None else text


def jesc(s):
    return json.dumps(s, ensure_ascii=True)[1:-1]


def J(val, cat):  # value inside a JSON string, escaped
    return P(jesc(val), cat, jesc(val))


def js(v):
    return json.dumps(v, ensure_ascii=True)


class Raw:
    def __init__(self, parts):
        self.parts = parts


def jobj(pairs):
    """pairs: (key, value[, cat]); value str/num/bool/None/Raw."""
    out = ["{"]
    for i, pr in enumerate(pairs):
        k, v = pr[0], pr[1]
        cat = pr[2] if len(pr) > 2 else None
        if i:
            out.append(",")
        out.append(js(k) + ":")
        if isinstance(v, Raw):
            out.extend(v.parts)
        elif cat and isinstance(v, str):
            out += ['"', J(v, cat), '"']
        else:
            out.append(js(v))
    out.append("}")
    return out


def jarr(objs):
    out = ["["]
    for i, o in enumerate(objs):
        if i:
            out.append(",")
        out.extend(o)
    out.append("]")
    return out


T0 = dt.datetime(2024, 11, 18, 12, 58, 3, 114000)
NOW = [T0]


def tick():
    NOW[0] += dt.timedelta(milliseconds=R.randint(200, 41000))
    return NOW[0]


def iso(t, ms=True, z=True):
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        s += ".%03d" % (t.microsecond // 1000)
    return s + ("Z" if z else "")


def sysl(t):
    return t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")


def fdate(d, k):
    return [d.strftime("%Y-%m-%d"), d.strftime("%m/%d/%Y"), d.strftime("%Y%m%d"),
            d.strftime("%d%b%Y").upper(), "%d/%d/%d" % (d.month, d.day, d.year % 100)][k]


# ---------------------------------------------------------------- generators
def g_tip_webform(phi):
    t = tick()
    c = R.choice(CASES)
    pv = R.choice(PROV)
    pairs = [("ts", iso(t)), ("level", "info"), ("svc", "siu-tip-intake"), ("form_id", "fwa-tip-v3.2"),
             ("submission_id", uid()), ("channel", "web_form")]
    if not phi:
        pairs += [("tip_type", R.choice(["billing_services_not_rendered", "upcoding", "kickbacks", "dme_not_delivered"])),
                  ("subject_type", "provider"), ("subject_name", pv[0]), ("subject_npi", PROV_NPI[pv[0]]),
                  ("anonymous", True), ("attachments", R.randint(0, 3)), ("triage_score", round(R.random() * 10, 1))]
        if R.random() < .5:
            tn, tp = R.choice(TIPSTERS)
            pairs.append(("reporter", Raw(jobj([("name", tn), ("callback", tp), ("is_member", False),
                                                 ("relationship", "former_employee")]))))
        return "tip_webform", jobj(pairs)
    m = mem()
    k = R.random()
    if k < .5:
        pairs += [("tip_type", "member_card_sharing"), ("subject_type", "member"),
                  ("subject", Raw(jobj([("first_name", m.first, "name"), ("last_name", m.last, "name"),
                                        ("member_id", m.mbr, "health_plan"),
                                        ("dob", m.dob.isoformat(), "date"),
                                        ("address", m.street + ", " + m.city, "address"),
                                        ("zip", m.zip, "zip")]))),
                  ("anonymous", True),
                  ("narrative", Raw(['"My neighbor lets her cousin use her insurance card at the ER. Her name is ',
                                     J(m.first + " " + m.last, "name"),
                                     ', she lives on ', J(m.street.split(" ", 1)[1], "address"), '."']))]
    else:
        pairs += [("tip_type", "billing_services_not_rendered"), ("subject_type", "provider"),
                  ("subject_name", pv[0]), ("subject_npi", PROV_NPI[pv[0]]),
                  ("reporter", Raw(jobj([("name", m.full(), "name"), ("phone", m.phone_fmt(R.randint(0, 3)), "phone"),
                                         ("email", m.email, "email"), ("is_member", True),
                                         ("member_id", m.mbr + m.sfx, "health_plan")]))),
                  ("narrative", Raw(['"EOB shows PT visits on ', J(fdate(dos(), 1), "date"), ' and ',
                                     J(fdate(dos(), 1), "date"), ' at ', jesc(pv[0]), '. I was never there."']))]
    return "tip_webform", jobj(pairs)


def g_voicemail(phi):
    t = tick()
    cid = "vm-" + hexs(12)
    if not phi:
        tn, tp = R.choice(TIPSTERS)
        parts = jobj([("@timestamp", iso(t)), ("job", "ivr-transcribe"), ("call_id", cid), ("ani", tp),
                      ("dnis", "8665550137"), ("duration_s", R.randint(20, 240)), ("asr_conf", round(R.uniform(.6, .98), 2)),
                      ("transcript", "Hi, I work the front desk at %s and the doctor has us sign patients in twice. "
                                     "Please call back, I don't want my name used." % R.choice(PROV)[0])])
        if R.random() < .4:
            parts = jobj([("@timestamp", iso(t)), ("job", "ivr-transcribe"), ("level", "WARN"), ("call_id", cid),
                          ("msg", "audio below SNR threshold, queued for human review"), ("snr_db", round(R.uniform(2, 9), 1))])
        return "voicemail_tx", parts
    m = mem()
    d = dos()
    ph = "+1" + m.phone
    spoken_id = " ".join(m.mbr[:6]) + " " + m.mbr[6:]
    tr = ["Yes hi this is ", J(m.first + " " + m.last, "name"), ", my member ID is ", J(spoken_id, "health_plan"),
          ". I got a letter saying I had a wheelchair delivered on ", J(d.strftime("%B %d").replace(" 0", " "), "date"),
          " and I never ordered that. My number is ", J(m.phone_fmt(2), "phone"), ". Thank you."]
    parts = jobj([("@timestamp", iso(t)), ("job", "ivr-transcribe"), ("call_id", cid), ("ani", ph, "phone"),
                  ("dnis", "8665550137"), ("duration_s", R.randint(20, 240)), ("asr_conf", round(R.uniform(.6, .98), 2)),
                  ("transcript", Raw(['"'] + tr + ['"']))])
    return "voicemail_tx", parts


def g_mail(phi):
    t = tick()
    qid = hexs(10).upper()
    if not phi:
        k = R.randint(0, 3)
        host = "mx02.kmhp.org"
        if k == 0:
            s = "%s %s postfix/smtpd[%d]: connect from mail-%s.protonmail.ch[185.70.43.%d]" % (sysl(t), host, R.randint(1000, 9999), hexs(4), R.randint(10, 30))
        elif k == 1:
            s = "%s %s postfix/cleanup[%d]: %s: message-id=<%s@proton.me>" % (sysl(t), host, R.randint(1000, 9999), qid, hexs(20))
        elif k == 2:
            s = "%s %s postfix/qmgr[1187]: %s: from=<anon-%s@proton.me>, size=%d, nrcpt=1 (queue active)" % (sysl(t), host, qid, hexs(6), R.randint(2000, 90000))
        else:
            s = "%s %s postfix/lmtp[%d]: %s: to=<siu-tips@kmhp.org>, relay=exch-lmtp.kmhp.org[10.40.2.15]:24, delay=0.41, status=sent (250 2.1.5 OK)" % (sysl(t), host, R.randint(1000, 9999), qid)
        return "postfix", [s]
    m = mem()
    return "mail_ingest", ["%s siu-mailbox-ingest[2210]: msg=%s from=\"anon-%s@proton.me\" subj=\"Fraud - member " % (iso(t, False), qid, hexs(6)),
                           P(m.mbr, "health_plan"), " sells her oxy scripts\" body_excerpt=\"", P(m.first + " " + m.last, "name"),
                           " at ", P(m.street + ", " + m.city, "address"), " fills at 3 pharmacies\" routed=lockin_review"]


def g_sas(phi):
    t = tick()
    if not phi:
        k = R.randint(0, 5)
        s = ["NOTE: There were %d observations read from the data set CLMS.MED_CLM_2024Q%d." % (R.randint(10 ** 5, 4 * 10 ** 6), R.randint(1, 3)),
             "NOTE: The data set WORK.OUTLIER_PROV has %d observations and %d variables." % (R.randint(5, 400), R.randint(8, 30)),
             "NOTE: DATA statement used (Total process time):      real time           %.2f seconds      cpu time            %.2f seconds" % (R.uniform(1, 90), R.uniform(.5, 40)),
             "NOTE: PROCEDURE SQL used (Total process time): real time %.2f seconds" % R.uniform(.1, 300),
             "WARNING: Variable RNDR_NPI has different lengths on BASE and DATA files (BASE 10 DATA 12).",
             "MPRINT(FWA_PEER): where put(cpt_cd, $cpt_em.) = 'EM' and svc_yr = 2024 and z_units > 3;"][k]
        return "sas_log", [s]
    m = mem()
    d = dos()
    if R.random() < .5:
        return "sas_log", ["MBR_ID=", P(m.mbr, "health_plan"), " MBR_NM=", P(m.lf().upper(), "name"), " BRTH_DT=",
                           P(fdate(m.dob, 3), "date"), " ICN=", P(icn(), "other_id"), " FST_DOS=", P(fdate(d, 3), "date"),
                           " PROC=%s UNITS=%d PD_AMT=%.2f _ERROR_=0 _N_=%d" % (R.choice(CPT), R.randint(1, 12), R.uniform(20, 900), R.randint(1, 90000))]
    return "sas_log", ["ERROR: Member ", P(m.mbr + m.sfx, "health_plan"), " has overlapping eligibility spans ending ",
                       P(fdate(d, 3), "date"), "; record written to WORK.ELIG_REJ."]


def g_pandas(phi):
    t = tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    if not phi:
        k = R.randint(0, 3)
        s = ["%s INFO fwa.rules.upcoding - rule R-017 flagged %d providers (peer z>3.0, specialty=%s)" % (ts, R.randint(2, 60), R.choice(["208M00000X", "207Q00000X", "111N00000X"])),
             "%s INFO fwa.rules.impossible_day - scanned %d claim lines in %.1fs" % (ts, R.randint(10 ** 4, 10 ** 6), R.uniform(2, 200)),
             "      icn_cnt  mbr_cnt   paid_amt  rndr_npi      z_units  rule",
             "%s WARNING pandas.core - SettingWithCopyWarning in fwa/rules/dme.py:141" % ts][k]
        if k == 2 and R.random() < .5:
            pv = R.choice(PROV)
            s = "%5d  %7d  %7d  %9.2f  %s  %7.2f  R-0%d" % (R.randint(0, 999), R.randint(10, 3000), R.randint(5, 900), R.uniform(1e3, 9e5), PROV_NPI[pv[0]], R.uniform(3, 12), R.randint(10, 40))
        return "pandas_out", [s]
    m = mem()
    d = dos()
    return "pandas_out", ["%5d  " % R.randint(0, 9999), P(m.mbr, "health_plan"), "  ", P(m.last.upper(), "name"), "  ",
                          P(fdate(m.dob, 0), "date"), "  %s  " % R.choice(CPT), P(fdate(d, 0), "date"),
                          "  %s  %6.2f  impossible_day_hrs=%.1f" % (PROV_NPI[R.choice(PROV)[0]], R.uniform(20, 400), R.uniform(24.5, 40))]


def g_databricks(phi):
    t = tick()
    ts = t.strftime("%y/%m/%d %H:%M:%S")
    if not phi:
        k = R.randint(0, 3)
        s = ["%s INFO DAGScheduler: Job %d finished: collect at NativeMethodAccessorImpl.java:0, took %.6f s" % (ts, R.randint(1, 400), R.uniform(.1, 80)),
             "%s INFO DriverCorral: DBFS health check ok cluster=0918-142207-%s runtime=14.3.x-scala2.12" % (ts, hexs(8)),
             "%s WARN TaskSetManager: Lost task %d.0 in stage %d.0 (TID %d) (10.139.64.%d executor 3): ExecutorLostFailure" % (ts, R.randint(0, 200), R.randint(1, 90), R.randint(1000, 99999), R.randint(2, 250)),
             "| rndr_npi   | clm_cnt | pd_amt      | peer_pctl |"][k]
        return "databricks", [s]
    m = mem()
    if R.random() < .5:
        return "databricks", ["Row(mbr_id='", P(m.mbr, "health_plan"), "', first_nm='", P(m.first, "name"), "', last_nm='",
                              P(m.last.replace("'", "\\'"), "name"), "', birth_dt=datetime.date(",
                              P("%d, %d, %d" % (m.dob.year, m.dob.month, m.dob.day), "date"), "), age_yrs=", (lambda a: P(str(a), "age") if a > 89 else str(a))(2024 - m.dob.year), ", rx_cnt=%d, prescriber_cnt=%d, pharm_cnt=%d, mme_avg=%.1f)" % (
                                  R.randint(10, 60), R.randint(3, 9), R.randint(3, 8), R.uniform(60, 300))]
    return "databricks", ["| ", P(m.mbr, "health_plan"), " | ", P(m.mcaid, "health_plan"), " | ",
                          P(fdate(dos(), 0), "date"), " | %-8s | %d |" % (R.choice(["J1885", "G0483", "80307"]), R.randint(1, 30))]


def g_oracle_sql(phi):
    t = tick()
    pre = "FGA|%s|SIU_APP|%s|" % (t.strftime("%d-%b-%y %I.%M.%S.%f %p").upper(), R.choice(["CMS_RO", "SIU_ANALYST", "SVC_ETL"]))
    if not phi:
        pv = R.choice(PROV)
        s = pre + "SELECT rndr_npi, COUNT(DISTINCT mbr_id) FROM siu.clm_line WHERE rndr_npi = '%s' AND svc_yr = 2024 GROUP BY rndr_npi" % PROV_NPI[pv[0]]
        return "oracle_sql", [s]
    m = mem()
    if R.random() < .5:
        return "oracle_sql", [pre + "SELECT * FROM siu.mbr_demog WHERE mbr_id = '", P(m.mbr, "health_plan"),
                              "' OR (UPPER(last_nm) = '", P(m.last.upper().replace("'", "''"), "name"), "' AND birth_dt = DATE '",
                              P(m.dob.isoformat(), "date"), "')"]
    return "oracle_sql", [pre + "UPDATE siu.case_subject SET addr_line1 = '", P(m.street, "address"), "', zip5 = '",
                          P(m.zip, "zip"), "' WHERE subj_ssn = '", P(m.ssn.replace("-", ""), "ssn"), "'"]


def g_oracle_audit(phi):
    t = tick()
    s = "UNIFIED_AUDIT|%s|DBUSERNAME=%s|OS_USERNAME=%s|USERHOST=%s|ACTION_NAME=%s|OBJECT_SCHEMA=SIU|OBJECT_NAME=%s|RETURN_CODE=%d|SESSIONID=%d" % (
        t.strftime("%Y-%m-%d %H:%M:%S.%f"), R.choice(["SIU_APP", "SYS", "SVC_ETL"]), R.choice(["svc_siu", "oracle", "kokafor"]),
        R.choice(["cmsapp01.kmhp.local", "dbx-gw02.kmhp.local"]), R.choice(["SELECT", "UPDATE", "LOGON", "INSERT"]),
        R.choice(["CASE_SUBJECT", "CLM_LINE", "MBR_DEMOG", "REFERRAL"]), R.choice([0, 0, 0, 1017, 942]), R.randint(10 ** 8, 10 ** 9))
    return "oracle_audit", [s]


STACK = ["\tat oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:630)",
         "\tat com.kmhp.siu.cms.repo.CaseSubjectRepository.save(CaseSubjectRepository.java:211)",
         "\tat com.kmhp.siu.cms.service.AuditTrailService.record(AuditTrailService.java:88)",
         "\tat org.springframework.transaction.interceptor.TransactionInterceptor.invoke(TransactionInterceptor.java:119)",
         "\tat java.base/java.lang.Thread.run(Thread.java:840)"]


def g_cms_java(phi):
    t = tick()
    thr = "http-nio-8443-exec-%d" % R.randint(1, 40)
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)
    u = staff()[0]
    c = R.choice(CASES)
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            return "cms_java", ["%s INFO  [%s] c.k.siu.cms.AuditTrailService - user=%s action=VIEW entity=Case id=%s subjectType=PROVIDER trace=%s" % (ts, thr, u, c, hexs(16))]
        if k == 1:
            return "cms_java", ["%s INFO  [%s] c.k.siu.cms.AuditTrailService - user=%s action=STATUS_CHANGE entity=Case id=%s from=PRELIM to=FULL_INVESTIGATION est_overpayment=%.2f" % (ts, thr, u, c, R.uniform(1e4, 2e6))]
        if k == 2:
            lines = [("%s ERROR [%s] c.k.siu.cms.web.GlobalExceptionHandler - request failed id=%s" % (ts, thr, uid())),
                     "java.sql.SQLIntegrityConstraintViolationException: ORA-00001: unique constraint (SIU.PK_CASE_SUBJ) violated"]
            lines += R.sample(STACK, 3)
            return "cms_java", lines
        return "cms_java", ["%s DEBUG [scheduler-1] c.k.siu.cms.sla.SlaMonitor - %d cases past 60-day prelim SLA, build=cms-4.12.3+%s" % (ts, R.randint(0, 30), hexs(7))]
    m = mem()
    k = R.random()
    if k < .4:
        return "cms_java", ["%s INFO  [%s] c.k.siu.cms.AuditTrailService - user=%s action=UPDATE entity=MemberSubject memberId=" % (ts, thr, u),
                            P(m.mbr, "health_plan"), " field=addrLine1 old='", P(m.street, "address"), "' new='",
                            P("%d %s" % (R.randint(2, 9000), R.choice(STREETS)), "address"), "' caseRef=", P(m.idt, "other_id")]
    if k < .7:
        return "cms_java", ["%s INFO  [%s] c.k.siu.cms.AuditTrailService - user=%s action=LINK entity=Case id=%s witnessMember=" % (ts, thr, u, c),
                            P(m.lf(), "name"), " (", P(m.mbr + m.sfx, "health_plan"), ") dos=", P(fdate(dos(), 0), "date")]
    lines = ["%s WARN  [%s] c.k.siu.cms.web.GlobalExceptionHandler - MemberNotFoundException: no eligibility for subscriber " % (ts, thr)]
    return "cms_java", [lines[0], P(m.mbr, "health_plan"), " dob=", P(fdate(m.dob, 0), "date"), " (caseRef=%s)" % c]


def g_lockin(phi):
    t = tick()
    if not phi:
        s = "%s lockin-letters job=lockin_notice_batch tmpl=PLI-01 ver=2.3.1 printed=%d returned_mail=%d vendor=Lexington Print Services pdf_pages=%d run_id=%s" % (
            iso(t, False), R.randint(10, 400), R.randint(0, 12), R.randint(30, 900), uid())
        return "lockin_letter", [s]
    m = mem()
    eff = dt.date(2025, R.randint(1, 2), 1)
    ph = R.choice(PHARM)
    if R.random() < .55:
        return "lockin_letter", ["%s lockin-letters tmpl=PLI-01 enrol=" % iso(t, False), P(m.lkn, "other_id"), " mbr=",
                                 P(m.mbr, "health_plan"), " addressee=\"", P(m.full(), "name"), "\" addr1=\"",
                                 P(m.street, "address"), "\" city=\"", P(m.city, "address"), "\" st=PA zip=", P(m.zip, "zip"),
                                 " eff_dt=", P(eff.isoformat(), "date"), " pharmacy=\"%s\" prescriber=\"%s\" status=QUEUED" % (ph, R.choice(PRESCR))]
    title = R.choice(["Ms.", "Mr.", "Mx."])
    return "lockin_letter", ["%s lockin-letters render PLI-01 p1: \"Dear %s " % (iso(t, False), title), P(m.last, "name"),
                             ", Beginning ", P(eff.strftime("%B %d, %Y").replace(" 0", " "), "date"),
                             " you must fill all controlled substance prescriptions at %s. Questions? Call %s.\"" % (ph.split(",")[0], ORG_HOTLINE)]


def g_ncpdp(phi):
    t = tick()
    if not phi:
        return "ncpdp_reject", ["%s pbm-edit svc=claims-adj txn=B1 bin=610591 pcn=KMHPRX grp=KMHMCD rej=%s edit=LOCKIN_V2 latency_ms=%d" % (
            iso(t), R.choice(["75", "88", "569", "M4"]), R.randint(20, 400))]
    m = mem()
    return "ncpdp_reject", ["%s pbm-edit svc=claims-adj txn=B1 bin=610591 pcn=KMHPRX cardholder_id=" % iso(t), P(m.mbr + m.sfx, "health_plan"),
                            " pt_dob=", P(fdate(m.dob, 2), "date"), " rx_no=", P("%07d" % R.randint(10 ** 6, 10 ** 7 - 1), "other_id"),
                            " ndc=00406-8530-01 fill_dt=", P(fdate(dos(), 2), "date"), " rej=569 msg=\"Lock-in pharmacy mismatch\" pharm_npi=%s" % npi()]


def g_mrr(phi):
    t = tick()
    req = "MRR-2024-%05d" % R.randint(1, 20000)
    c = R.choice(CASES)
    pv = CASE_PROV[c]
    if not phi:
        s = "%s,%s,%s,%s,%s,%s,%s,,,%s" % (t.strftime("%Y-%m-%d %H:%M:%S"), req, c, PROV_NPI[pv[0]], '"' + pv[0] + '"',
                                            R.choice(["SENT", "FOLLOWUP_1", "RECEIVED", "INCOMPLETE", "CLOSED"]),
                                            R.choice(["FAX", "CERT_MAIL", "PORTAL"]), "215-555-0%03d" % R.randint(100, 999))
        return "mrr_csv", [s]
    m = mem()
    d1 = dos()
    d2 = d1 + dt.timedelta(days=R.randint(10, 120))
    return "mrr_csv", ["%s,%s,%s,%s,\"%s\"," % (t.strftime("%Y-%m-%d %H:%M:%S"), req, c, PROV_NPI[pv[0]], pv[0]), P(m.mbr, "health_plan"), ",\"",
                       P(m.lf(), "name"), "\",", P(fdate(m.dob, 1), "date"), ",", P(fdate(d1, 1), "date"), "-", P(fdate(d2, 1), "date"),
                       ",chart#", P("%s%06d" % (R.choice(["LPA", "BP", "SC"]), R.randint(1, 999999)), "mrn"), ",SENT,FAX"]


def g_x12(phi):
    t = tick()
    if not phi:
        k = R.randint(0, 3)
        s = ["ISA*00*          *00*          *ZZ*KMHPSIU        *ZZ*CLRHSE01       *%s*%s*^*00501*%09d*0*P*:~" % (t.strftime("%y%m%d"), t.strftime("%H%M"), R.randint(1, 10 ** 8)),
             "ST*277*%04d*005010X212~BHT*0010*08*%s*%s*%s*DG~" % (R.randint(1, 9999), hexs(10).upper(), t.strftime("%Y%m%d"), t.strftime("%H%M")),
             "STC*A4:35*%s*WQ*%.2f~STC*R4:21*%s~" % (t.strftime("%Y%m%d"), R.uniform(50, 2000), t.strftime("%Y%m%d")),
             "NM1*85*2*%s*****XX*%s~N3*%s~N4*%s*PA*%s~" % (lambda p: (p[0].upper(), PROV_NPI[p[0]], p[2].upper(), p[3].upper(), p[4]))(R.choice(PROV))][k]
        return ("x12_277" if k < 3 else "x12_837"), [s]
    m = mem()
    if R.random() < .5:
        d = dos()
        return "x12_277", ["NM1*QC*1*", P(m.last.upper(), "name"), "*", P(m.first.upper(), "name"), "****MI*", P(m.mbr + m.sfx, "health_plan"),
                           "~TRN*2*", P(icn(), "other_id"), "~STC*A1:19*%s**%.2f~DTP*472*RD8*" % (t.strftime("%Y%m%d"), R.uniform(50, 2000)),
                           P(fdate(d, 2), "date"), "-", P(fdate(d, 2), "date"), "~"]
    pcn = "%s%07d" % (R.choice(["PCN", "LPA", ""]), R.randint(1, 9999999))
    return "x12_837", ["NM1*IL*1*", P(m.last.upper(), "name"), "*", P(m.first.upper(), "name"), "****MI*", P(m.mbr, "health_plan"),
                       "~N3*", P(m.street.upper(), "address"), "~N4*", P(m.city.upper(), "address"), "*PA*", P(m.zip, "zip"),
                       "~DMG*D8*", P(fdate(m.dob, 2), "date"), "*%s~CLM*" % R.choice("MF"), P(pcn, "account"),
                       "*%.2f***11:B:1*Y*A*Y*Y~DTP*472*D8*" % R.uniform(60, 3000), P(fdate(dos(), 2), "date"), "~"]


def g_interview(phi):
    t = tick()
    inv = staff()[1]
    if not phi:
        pv = R.choice(PROV)
        s = "%s [INTERVIEW] %s: Interviewed office mgr Dana Whitlock at %s re sign-in sheets and superbills. States %s reviews all E/M levels. Requested 2023-2024 appointment books. Next: onsite %s." % (
            t.strftime("%Y-%m-%d %H:%M"), inv, pv[0], pv[1], R.choice(["12/03", "12/05", "TBD"]))
        return "interview_note", [s]
    m = mem()
    d = dos()
    ref = dt.date(2024, 11, 18)
    age = ref.year - m.dob.year - ((ref.month, ref.day) < (m.dob.month, m.dob.day))
    agep = P(str(age), "age") if age > 89 else str(age)
    rel = R.choice(["daughter", "son", "husband", "niece"])
    relname = R.choice(FIRST) + " " + m.last
    if R.random() < .45:
        return "interview_note", ["%s [INTERVIEW] %s: Tel. interview, subject mbr " % (t.strftime("%Y-%m-%d %H:%M"), inv),
                                  P(m.lf(), "name"), " (ID ", P(m.mbr, "health_plan"), ", DOB ", P(fdate(m.dob, 1), "date"),
                                  ") called from ", P(m.phone_fmt(2), "phone"), ". Confirms she/he saw %s only once; claims show %d visits. Mbr will mail the EOB to %s. Emergency contact " % (
                                      R.choice(PROV)[1], R.randint(6, 30), ORG_ADDR),
                                  P(R.choice(FIRST) + " " + R.choice(LAST), "name"), " not contacted."]
    return "interview_note", ["%s [INTERVIEW] %s: Home visit w/ mbr " % (t.strftime("%Y-%m-%d %H:%M"), inv), P(m.full(), "name"),
                              ", age ", agep, ", at ", P(m.street + ", " + m.city, "address"), ". ", rel.capitalize(), " ",
                              P(relname, "name"), " present (ph ", P(m.phone_fmt(1), "phone"), "). Mbr denies receiving PT on ",
                              P(fdate(d, 4), "date"), "; signature on sign-in sheet does not match ID shown (PA DL ",
                              P(m.dl, "license"), ")."]


def g_le(phi):
    t = tick()
    c = R.choice(CASES)
    pv = CASE_PROV[c]
    if not phi:
        s = "REF|%s|%s|%s|%s|%s|SUBJ=%s|NPI=%s|AGENT=SA %s|STATUS=%s" % (
            t.strftime("%Y-%m-%d"), c, R.choice(["HHS-OIG", "PA OAG MFCU", "FBI PHL", "DEA DIV"]),
            R.choice(["referral", "subpoena_duces_tecum", "CID", "records_production"]),
            R.choice(["SDT-2024-%04d" % R.randint(1, 999), "2:24-mj-%05d" % R.randint(1, 9999), "OIG-%d" % R.randint(10 ** 5, 10 ** 6)]),
            pv[0], PROV_NPI[pv[0]], R.choice(["R. Castillo", "M. Greer", "T. Oyelaran"]),
            R.choice(["OPEN", "PRODUCED", "ACK"]))
        return "le_referral", [s]
    m = mem()
    return "le_referral", ["REF|%s|%s|PA OAG MFCU|records_production|SDT-2024-%04d|SUBJ=%s|WITNESS_MBR=" % (t.strftime("%Y-%m-%d"), c, R.randint(1, 999), pv[0]),
                           P(m.lf().upper(), "name"), "|MBR_ID=", P(m.mcaid, "health_plan"), "|DOB=", P(fdate(m.dob, 2), "date"),
                           "|SSN=", P(m.ssn, "ssn"), "|STATUS=OPEN"]


def g_idt(phi):
    t = tick()
    if not phi:
        s = "ts=%s level=info svc=idt-tracker msg=\"nightly card reissue reconciliation\" reissued=%d blocked=%d dur_ms=%d suspect_ip=%d.%d.%d.%d" % (
            iso(t), R.randint(0, 40), R.randint(0, 8), R.randint(100, 9000), R.choice([45, 91, 185]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        return "idt_logfmt", [s]
    m = mem()
    k = R.random()
    if k < .4:
        return "idt_logfmt", ["ts=%s level=warn svc=idt-tracker case=" % iso(t), P(m.idt, "other_id"), " victim_mbr=", P(m.mbr, "health_plan"),
                              " victim=\"", P(m.full(), "name"), "\" event=card_reissue_blocked old_card_seq=03 suspect_name=\"Trevor Glaze\" suspect_addr=\"55 Erie Ave, Philadelphia\""]
    if k < .7:
        v = vin()
        return "idt_logfmt", ["ts=%s level=info svc=idt-tracker case=" % iso(t), P(m.idt, "other_id"), " portal_login member=",
                              P(m.mbr, "health_plan"), " src_ip=", P(m.ip, "ip"), " ua=\"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)\" device_id=",
                              P(uid().upper(), "device"), " note=\"victim NEMT trips billed, vehicle VIN ", P(v, "vehicle"), " registered to mbr\""]
    pfx = R.choice(["4", "51", "37"])
    cc = card(pfx, 15 if pfx == "37" else 16)
    return "idt_logfmt", ["ts=%s level=info svc=idt-tracker case=" % iso(t), P(m.idt, "other_id"), " victim_ssn=", P(m.ssn, "ssn"),
                          " police_rpt=PPD-24-%06d premium_card=" % R.randint(1, 999999), P(cc, "account"), " dod_check=clear email=", P(m.email, "email")]


def g_lexis(phi):
    t = tick()
    rid = uid()
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            return "lexis_api", jobj([("time", iso(t)), ("client", "siu-lookup-svc/1.8.2"), ("event", "oauth_token_refresh"),
                                      ("endpoint", "https://api.risk-datasvc.example.com/oauth2/token"), ("status", 200), ("latency_ms", R.randint(40, 400))])
        if k == 1:
            return "lexis_api", jobj([("time", iso(t)), ("client", "siu-lookup-svc/1.8.2"), ("request_id", rid), ("endpoint", "/v2/business/search"),
                                      ("query", Raw(jobj([("name", R.choice(PROV)[0]), ("state", "PA")]))), ("status", 200), ("matches", R.randint(1, 5)),
                                      ("permissible_purpose", "GLBA-fraud-prevention")])
        return "lexis_api", jobj([("time", iso(t)), ("client", "siu-lookup-svc/1.8.2"), ("request_id", rid), ("status", 429),
                                  ("error", "rate_limited"), ("retry_after_s", R.randint(1, 30))])
    m = mem()
    if R.random() < .5:
        q = [("firstName", m.first, "name"), ("lastName", m.last, "name"), ("dob", m.dob.strftime("%Y%m%d"), "date")]
        if R.random() < .5:
            q.append(("ssnLast4", m.ssn[-4:], "ssn"))
        else:
            q.append(("ssn", m.ssn.replace("-", ""), "ssn"))
        return "lexis_api", jobj([("time", iso(t)), ("client", "siu-lookup-svc/1.8.2"), ("request_id", rid), ("endpoint", "/v2/person/search"),
                                  ("user", staff()[0]), ("query", Raw(jobj(q))), ("permissible_purpose", "GLBA-fraud-prevention")])
    addr = jobj([("line1", m.street, "address"), ("city", m.city, "address"), ("state", "PA"), ("zip5", m.zip, "zip"),
                 ("firstSeen", "%d%02d" % (R.randint(2010, 2023), R.randint(1, 12)))])
    return "lexis_api", jobj([("time", iso(t)), ("request_id", rid), ("status", 200), ("latency_ms", R.randint(100, 2500)),
                              ("bestMatch", Raw(jobj([("lexId", m.lexid, "other_id"), ("score", R.randint(70, 99)),
                                                      ("addresses", Raw(jarr([addr]))),
                                                      ("phones", Raw(['["', J(m.phone, "phone"), '"]'])),
                                                      ("deceased", False)])))])


def g_osint(phi):
    t = tick()
    u = staff()[0]
    ts = t.strftime("%d/%b/%Y:%H:%M:%S +0000")
    if not phi:
        path = R.choice(["/healthz", "/static/app.4f9c2e.js", "/osint/v1/quota", "/favicon.ico"])
        return "osint_access", ['10.20.4.%d - %s [%s] "GET %s HTTP/1.1" %d %d "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/130.0.0.0" rt=%.3f' % (
            R.randint(2, 250), R.choice([u, "-"]), ts, path, R.choice([200, 200, 304]), R.randint(0, 90000), R.uniform(0, 1))]
    m = mem()
    if R.random() < .5:
        return "osint_access", ['10.20.4.%d - %s [%s] "GET /osint/v1/social?platform=facebook&handle=' % (R.randint(2, 250), u, ts),
                                P(m.handle, "other_id"), '&case=', P(m.lkn, "other_id"), ' HTTP/1.1" 200 %d "-" "siu-osint/0.9" rt=%.3f' % (R.randint(200, 9000), R.uniform(.1, 3))]
    url = "https://www.instagram.com/" + m.handle + "/"
    return "osint_access", ['10.20.4.%d - %s [%s] "POST /osint/v1/snapshot HTTP/1.1" 201 %d "' % (R.randint(2, 250), u, ts, R.randint(100, 900)),
                            P(url, "url"), '" "siu-osint/0.9" rt=%.3f' % R.uniform(.1, 3)]


def g_docusign(phi):
    t = tick()
    env = uid()
    if not phi:
        inv = staff()
        pv = R.choice(PROV)
        return "docusign", jobj([("event", R.choice(["envelope-sent", "recipient-delivered", "envelope-completed"])), ("apiVersion", "v2.1"),
                                 ("uri", "/restapi/v2.1/accounts/%s/envelopes/%s" % (uid(), env)), ("retryCount", 0),
                                 ("generatedDateTime", iso(t)), ("data", Raw(jobj([("envelopeId", env), ("emailSubject", "KMHP SIU Records Request - %s" % pv[0]),
                                                                                   ("sender", Raw(jobj([("userName", inv[1]), ("email", inv[0] + "@kmhp.org")]))),
                                                                                   ("recipientRole", "Provider")])))])
    m = mem()
    return "docusign", jobj([("event", "recipient-completed"), ("apiVersion", "v2.1"), ("generatedDateTime", iso(t)),
                             ("data", Raw(jobj([("envelopeId", env), ("emailSubject", "Pharmacy Lock-In Acknowledgment"),
                                               ("recipient", Raw(jobj([("name", m.full(), "name"), ("email", m.email, "email"),
                                                                       ("roleName", "Member"), ("clientUserId", m.mbr, "health_plan"),
                                                                       ("ipAddress", m.ip, "ip")])))])))])


def g_winfs(phi):
    t = tick()
    u = staff()[0]
    pre = "<14>%s SIU-FS01 Microsoft-Windows-Security-Auditing[4]: 4663: An attempt was made to access an object. Subject: Security ID: KMHP\\%s Account Name: %s Account Domain: KMHP Logon ID: 0x%s Object: Object Server: Security Object Type: File Object Name: " % (
        sysl(t), u, u, hexs(7).upper())
    post = " Handle ID: 0x%x Process Name: C:\\Windows\\explorer.exe Accesses: %s Access Mask: 0x1" % (R.randint(100, 9000), R.choice(["ReadData (or ListDirectory)", "WriteData (or AddFile)", "DELETE"]))
    if not phi:
        c = R.choice(CASES)
        return "winfs_4663", [pre + "E:\\Cases$\\2024\\%s\\%s\\%s" % (c, CASE_PROV[c][0].split()[0], R.choice(["claims_extract_Q3.xlsx", "peer_compare.sas7bdat", "subpoena_response.pdf"])) + post]
    m = mem()
    return "winfs_4663", [pre + "E:\\Members$\\IDT\\", P(m.idt, "other_id"), "_", P(m.last.upper().replace(" ", "_"), "name"), "_",
                          P(m.first.replace(" ", "_"), "name"), "_", P(m.mbr, "health_plan"), "\\", R.choice(["EOB_scan.pdf", "police_report.pdf", "affidavit_signed.pdf"]), post]


def g_sharepoint(phi):
    t = tick()
    u = staff()[0]
    ip = "10.20.4.%d" % R.randint(2, 250)
    if not phi:
        c = R.choice(CASES)
        return "sharepoint", ["%s,%s,%s@kmhp.org,SharePoint,https://kmhp.sharepoint.com/sites/SIU/Shared Documents/Provider Cases/%s/workplan.docx,%s,%s" % (
            iso(t, False), R.choice(["FileAccessed", "FileModified", "FileDownloaded", "SharingSet"]), u, c, ip, uid())]
    m = mem()
    return "sharepoint", ["%s,FileDownloaded,%s@kmhp.org,SharePoint,https://kmhp.sharepoint.com/sites/SIU/Shared Documents/Lock-In/" % (iso(t, False), u),
                          P(m.lkn, "other_id"), " - ", P(m.full(), "name"), "/PDMP_report_", P(fdate(dos(), 2), "date"), ".pdf,%s,%s" % (ip, uid())]


GENS = [(g_tip_webform, 6), (g_voicemail, 4), (g_mail, 5), (g_sas, 7), (g_pandas, 6), (g_databricks, 6),
        (g_oracle_sql, 4), (g_oracle_audit, 4), (g_cms_java, 8), (g_lockin, 4), (g_ncpdp, 4), (g_mrr, 5),
        (g_x12, 7), (g_interview, 5), (g_le, 3), (g_idt, 6), (g_lexis, 5), (g_osint, 4), (g_docusign, 3),
        (g_winfs, 4), (g_sharepoint, 4)]


def render(parts):
    buf = b""
    spans = []
    for p in parts:
        if isinstance(p, P):
            b = p.text.encode("utf-8")
            spans.append({"s": len(buf), "e": len(buf) + len(b), "cat": p.cat, "_meant": p.meant})
            buf += b
        else:
            buf += p.encode("utf-8")
    return buf, spans


def main():
    fams, funcs, wts = [], [f for f, _ in GENS], [w for _, w in GENS]
    out = []
    while len(out) < 500:
        f = R.choices(funcs, wts)[0]
        phi = R.random() < 0.45
        res = f(phi)
        fam, parts = res
        # a generator may return several physical lines (stack trace) as a list of strs
        if fam == "cms_java" and all(isinstance(x, str) for x in parts) and len(parts) > 1 and parts[1].startswith("java."):
            for x in parts:
                out.append((fam, [x]))
        else:
            out.append((fam, parts))
    out = out[:500]
    log_lines, labels = [], []
    for n, (fam, parts) in enumerate(out, 1):
        b, spans = render(parts)
        if b"\n" in b or b"\r" in b or not b.strip():
            raise SystemExit("bad line %d" % n)
        last = 0
        for sp in sorted(spans, key=lambda x: x["s"]):
            if not (0 <= sp["s"] < sp["e"] <= len(b)):
                raise SystemExit("span out of range line %d" % n)
            if sp["s"] < last:
                raise SystemExit("overlap line %d" % n)
            last = sp["e"]
            if b[sp["s"]:sp["e"]].decode("utf-8") != sp["_meant"]:
                raise SystemExit("span text mismatch line %d" % n)
            if sp["cat"] not in CATS:
                raise SystemExit("bad cat %s" % sp["cat"])
        log_lines.append(b)
        labels.append({"line": n, "family": fam, "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in spans]})
    with open(ID + ".log", "wb") as fh:
        fh.write(b"\n".join(log_lines) + b"\n")
    with open(ID + ".labels.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for l in labels:
            fh.write(json.dumps(l) + "\n")


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account",
        "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}

if __name__ == "__main__":
    main()
