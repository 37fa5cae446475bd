#!/usr/bin/env python3
"""Synthetic labeled log corpus "ie": a DOT / non-DOT drug and alcohol testing
third-party administrator (TPA).

Systems covered: collection-site app (Spring Boot, CCF steps, specimen IDs,
donor IDs, ID photo / fingerprint check-in), eCCF gateway JSON logs, lab result
interfaces (HL7 v2.3.1 ORU^R01 one segment per line, Mirth Connect errors with
escaped \\r messages, pipe-delimited and CSV lab flat files), MRO review queue
(structlog JSON) and MRO verification call notes (free text), evidential breath
testing (EBT) device printouts relayed over syslog, FMCSA Clearinghouse bulk
query CSV and sync job (logfmt), employer portal exports (EN/ES/FR CSV),
random selection batch jobs (Spring Batch), donor notifications (postfix,
Twilio webhooks), SOAP/XML lab orders, self-pay payments, audit key=value,
remote breath alcohol monitoring, occupational-clinic EMR bridge, and
infrastructure noise (nginx, HAProxy, kubelet, PostgreSQL, Redis, Prometheus,
cron, sshd/sftp, JVM GC, Celery).

All people and identifiers are synthetic. Standard library only, deterministic.

Labeling decisions:
- The donor (tested employee/applicant/program participant) is the person whose
  health information the lines are about; their relatives and people named by
  the donor as household members are labeled too.
- NOT labeled: collectors, BATs/STTs, MROs and MRO assistants, prescribing
  physicians, pharmacists, DERs and other employer staff, TPA staff (names,
  phones, emails, faxes, usernames, IPs); employers, collection sites, labs,
  pharmacies (names, addresses, phones, faxes, account/billing codes).
- Specimen IDs (CCF numbers), lab accession numbers, MRO case numbers, TPA
  donor IDs, employee IDs and pharmacy Rx numbers are other_id (each points to
  one donor's test record). Order references, HL7 message control IDs, batch
  IDs, Clearinghouse batch IDs, trace/span IDs, UUIDs of jobs, EBT test
  sequence numbers and message SIDs are not labeled.
- CDL numbers, FAA airman certificate numbers and USCG MMC reference numbers of
  donors are license; the issuing state alone is not labeled.
- Dates tied to a donor are date: birth, collection, lab receipt, result
  report, MRO verification, breath test date on printouts, Rx fill date,
  random-selection report-by date. The whole value is labeled, including a
  time when written together (e.g. 2024-05-13T08:14:00-05:00, 202405130814).
  Log timestamps, device calibration dates, batch/quarter periods, file-name
  dates and report-run dates are not labeled.
- Masked SSNs (***-**-4821) and "last 4 SSN 4821" in donor context are ssn
  (the visible token only).
- EBT / breathalyzer serials at collection sites are business equipment: not
  labeled. A remote breath device assigned to one participant (home
  monitoring) and the IMEI of a donor's own phone are device.
- IPs: a donor's public IP (donor portal, remote app) is ip; private/internal
  addresses and public IPs of labs, employers, mail relays or staff are not.
- URLs: system URLs are not labeled as url; donor IDs inside them are other_id.
  A donor's personal web page (e.g. a profile URL on an application) is url.
- Self-pay card numbers and donor self-pay account numbers are account;
  published test card numbers (4242..., 4111...) and the SSN 078-05-1120 in
  fixtures are public test values and are not labeled.
- Health plan member IDs of donors are health_plan; workers' compensation claim
  numbers are other_id. Clinic MRNs are mrn.
- Ages are labeled only when over 89. Photos (base64 JPEG of ID/face) are
  photo; fingerprint templates are biometric.
- A name is labeled in any written form (First Last, LAST, FIRST, HL7 Last^First,
  lower-case user handles that are the donor's name are other_id).
"""
import hashlib
import json
import os
import random
from datetime import date, datetime, timedelta

R = random.Random(21)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "ie"


# ----------------------------------------------------------------------------
# line builder
# ----------------------------------------------------------------------------
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += str(s).encode("utf-8")
        return self

    def p(self, s, cat):
        s = str(s)
        b = s.encode("utf-8")
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, len(self.buf), cat, s))
        return self

    def v(self, s, cat=None):
        return self.p(s, cat) if cat else self.t(s)

    def check(self):
        txt = self.buf.decode("utf-8")
        assert "\n" not in txt and "\r" not in txt, txt
        assert txt.strip() != "", self.family
        for s, e, cat, val in self.spans:
            assert self.buf[s:e].decode("utf-8") == val, (val, self.buf[s:e])
        return txt


def jv(L, key, val, cat=None, first=False, sp=True):
    """append a JSON "key": value pair (value str/int/float/bool/None)"""
    if not first:
        L.t(", " if sp else ",")
    L.t(json.dumps(key) + (": " if sp else ":"))
    if isinstance(val, str):
        enc = json.dumps(val, ensure_ascii=False)[1:-1]
        L.t('"').v(enc, cat).t('"')
    else:
        L.v(json.dumps(val), cat)


# ----------------------------------------------------------------------------
# clock
# ----------------------------------------------------------------------------
class Clock:
    def __init__(self):
        self.now = datetime(2024, 5, 13, 5, 57, 41)
        self.ms = 0

    def tick(self):
        self.now += timedelta(seconds=R.randint(2, 75))
        self.ms = R.randint(0, 999)


CLK = Clock()
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def ts_spring():
    return CLK.now.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % CLK.ms


def ts_log4j():
    return CLK.now.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % CLK.ms


def ts_iso():
    return (CLK.now + timedelta(hours=5)).strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % CLK.ms


def ts_iso_s():
    return (CLK.now + timedelta(hours=5)).strftime("%Y-%m-%dT%H:%M:%SZ")


def ts_syslog():
    n = CLK.now
    return "%s %2d %s" % (MON[n.month - 1], n.day, n.strftime("%H:%M:%S"))


def ts_nginx():
    n = CLK.now
    return "%02d/%s/%d:%s -0500" % (n.day, MON[n.month - 1], n.year, n.strftime("%H:%M:%S"))


def ts_pg():
    return ts_spring() + " CDT"


def ts_py():
    return ts_log4j()


# ----------------------------------------------------------------------------
# synthetic people
# ----------------------------------------------------------------------------
FIRST = [("Ella", "F"), ("DeShawn", "M"), ("Ana-Lucía", "F"), ("Tuan", "M"), ("Siobhán", "F"),
         ("Kwame", "M"), ("Priya", "F"), ("Mateo", "M"), ("Jean-Luc", "M"), ("Oksana", "F"),
         ("Rahul", "M"), ("Wei", "M"), ("Jamal", "M"), ("Leilani", "F"), ("Bjørn", "M"),
         ("Fatima", "F"), ("Graciela", "F"), ("Tyrone", "M"), ("Hye-jin", "F"), ("Dmitri", "M"),
         ("Chidi", "M"), ("Ngozi", "F"), ("Ruth", "F"), ("Earl", "M"), ("Bobby Ray", "M"),
         ("Keanu", "M"), ("Ximena", "F"), ("Aroha", "F"), ("Yusuf", "M"), ("Marisol", "F"),
         ("Cody", "M"), ("Brandi", "F"), ("Travis", "M"), ("Jolene", "F"), ("Hung", "M"),
         ("Rui", "M"), ("Małgorzata", "F"), ("Thandiwe", "F"), ("Santiago", "M"), ("Connor", "M"),
         ("Aaliyah", "F"), ("Gustavo", "M"), ("Svetlana", "F"), ("Emeka", "M"), ("Mei-Ling", "F"),
         ("Rosa", "F"), ("Darnell", "M"), ("Kristóf", "M"), ("Lakshmi", "F"), ("Wyatt", "M")]
LAST = ["Tsosie", "Begay", "Nguyễn", "O'Connor", "van der Berg", "De la Cruz", "Al-Harbi",
        "Okonkwo", "Kowalczyk", "Yamamoto", "Fernández-López", "St. Pierre", "McAllister",
        "Oyelaran", "Haddad", "Gonçalves", "Papadopoulos", "Singh", "Chaudhry", "Zhang", "Park",
        "Rivera", "Dubois", "Schmidt", "Ivanova", "Kuznetsov", "Thibodeaux", "Kealoha",
        "Abernathy", "LeBlanc", "Di Stefano", "Ó Briain", "Washington", "Hernández", "Johnson",
        "Mbatha", "Lindqvist", "Sato", "Mahmoud", "Bautista", "Krishnamurthy", "Whitehorse",
        "Yazzie", "Castillo-Reyes", "da Silva", "Van Buren", "Hollis", "Petrov", "Kaur-Gill",
        "Nakamura"]
CITIES = [("Phoenix", "AZ", "850"), ("Laredo", "TX", "780"), ("Fontana", "CA", "923"),
          ("Joliet", "IL", "604"), ("Gary", "IN", "464"), ("Memphis", "TN", "381"),
          ("Savannah", "GA", "314"), ("Tacoma", "WA", "984"), ("Columbus", "OH", "432"),
          ("Allentown", "PA", "181"), ("Jacksonville", "FL", "322"), ("Albuquerque", "NM", "871"),
          ("Gallup", "NM", "873"), ("Billings", "MT", "591"), ("Houma", "LA", "703"),
          ("Buffalo", "NY", "142"), ("Reno", "NV", "895"), ("Sioux Falls", "SD", "571"),
          ("El Paso", "TX", "799"), ("Stockton", "CA", "952")]
STREETS = ["W Buckeye Rd", "Calle Sonora", "Old Hwy 66", "Maple Ave", "N 27th St", "Cedar Ln",
           "E Ridgeway Blvd", "Bayou Black Dr", "Tamarack Ct", "Avenida del Sol", "Frontage Rd",
           "Pine Hollow Trl", "S Halsted St", "Kilauea Ave", "Ironwood Dr", "Lakeshore Pkwy",
           "Rue Toulouse", "Mesquite Loop", "Dogwood Cir", "Quarry Rd"]
MAILDOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com",
           "protonmail.com", "att.net", "comcast.net"]


def strip_acc(s):
    tbl = str.maketrans("áéíóúñçãõøłễÓóö", "aeiouncaoolEOoo")
    return s.translate(tbl)


def rand_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def rand_phone_digits():
    area = R.choice([480, 602, 623, 956, 909, 815, 219, 901, 912, 253, 614, 484, 904, 505,
                     406, 985, 716, 775, 605, 915, 209, 312, 702, 520])
    return "%d%d%02d%04d" % (area, R.randint(2, 9), R.randint(10, 99), R.randint(0, 9999))


def fmt_phone(d, style=None):
    style = style if style is not None else R.randint(0, 5)
    a, b, c = d[:3], d[3:6], d[6:]
    return ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c), d,
            "+1 %s-%s-%s" % (a, b, c), "+1%s" % d][style]


def cdl_for(st):
    d = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    L = lambda: R.choice("ABCDEFGHJKLMNPRSTWYZ")
    return {"TX": lambda: d(8), "CA": lambda: L() + d(7), "FL": lambda: L() + d(12),
            "NY": lambda: d(9), "IL": lambda: L() + d(11), "PA": lambda: d(8),
            "AZ": lambda: L() + d(8), "OH": lambda: L() + L() + d(6),
            "WA": lambda: "WDL" + "".join(R.choice("ABCDEFGHJKLMNPRSTWXYZ0123456789") for _ in range(9)),
            "NM": lambda: d(9), "IN": lambda: d(4) + "-" + d(2) + "-" + d(4),
            "TN": lambda: d(9), "GA": lambda: d(9), "MT": lambda: d(13), "LA": lambda: "00" + d(7),
            "NV": lambda: d(10), "SD": lambda: d(8)}.get(st, lambda: d(9))()


class P:
    pass


def make_person(i):
    p = P()
    p.first, p.sex = FIRST[i % len(FIRST)]
    p.last = LAST[(i * 7 + 3) % len(LAST)]
    p.mi = R.choice("ABCDEFGHJKLMNPRSTW")
    p.dob = date(R.randint(1958, 2004), R.randint(1, 12), R.randint(1, 28))
    p.ssn = rand_ssn()
    p.phone = rand_phone_digits()
    p.phone2 = rand_phone_digits()
    city, st, z3 = R.choice(CITIES)
    p.city, p.st = city, st
    p.zip = z3 + "%02d" % R.randint(1, 99)
    p.street = "%d %s" % (R.randint(12, 9899), R.choice(STREETS))
    if R.random() < 0.3:
        p.street += R.choice([" Apt 4B", " Unit 112", " #7", " Lot 31", " Apt 2"])
    f = strip_acc(p.first).lower().replace(" ", "").replace("-", "")
    l = strip_acc(p.last).lower().replace(" ", "").replace("'", "").replace(".", "")
    p.email = R.choice(["%s.%s", "%s%s", "%s_%s%d" % ("%s", "%s", R.randint(1, 99)),
                        "%s.%s%d" % ("%s", "%s", p.dob.year % 100)]) % (f, l) + "@" + R.choice(MAILDOM)
    p.emp_id = R.choice(["E%06d", "EMP-%07d", "%08d", "TX-%05d", "W%05d"]) % R.randint(1000, 999999)
    p.donor_id = "DNR-%08d" % R.randint(100000, 9999999)
    p.cdl_state = st if R.random() < 0.85 else R.choice(["TX", "CA", "AZ", "IL"])
    p.cdl = cdl_for(p.cdl_state)
    p.ip = "%d.%d.%d.%d" % (R.choice([73, 98, 174, 24, 67, 108, 71, 76, 99, 47, 162, 184]),
                            R.randint(1, 254), R.randint(1, 254), R.randint(2, 254))
    return p


PEOPLE = [make_person(i) for i in range(64)]


def who():
    return R.choice(PEOPLE)


def nm(p, style=None):
    """name forms; returns string"""
    style = style if style is not None else R.randint(0, 6)
    return [p.first + " " + p.last,
            (p.last + ", " + p.first).upper(),
            p.last + ", " + p.first,
            p.first[0] + ". " + p.last,
            (p.first + " " + p.mi + " " + p.last),
            (p.last + " " + p.first).upper(),
            (p.first + " " + p.last).lower()][style]


def fdate(d, style=None):
    style = style if style is not None else R.randint(0, 8)
    return [d.strftime("%Y-%m-%d"), d.strftime("%m/%d/%Y"), d.strftime("%Y%m%d"),
            "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year),
            "%s %d, %d" % (MON[d.month - 1], d.day, d.year),
            "%d/%d/%02d" % (d.month, d.day, d.year % 100),
            d.strftime("%d.%m.%Y"), d.strftime("%m-%d-%Y"),
            "%d %s %d" % (d.day, MON[d.month - 1].upper(), d.year)][style]


def coll_date():
    return date(2024, 5, R.randint(6, 13))


def specimen_id():
    return R.choice(["%07d", "%08d", "C%08d", "X%07d"]) % R.randint(1000000, 9999999)


def accession():
    return R.choice(["%010d" % R.randint(10 ** 9, 10 ** 10 - 1),
                     "QLX%07d" % R.randint(10 ** 6, 10 ** 7 - 1),
                     "L%02d%06d" % (R.randint(10, 99), R.randint(0, 999999))])


def mro_case():
    return R.choice(["MRO-24-%06d", "RV24%06d", "C-%06d"]) % R.randint(1000, 999999)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64blob(prefix, n):
    s = prefix + "".join(R.choice(B64) for _ in range(n))
    s = s[: len(s) - len(s) % 4]
    return s


def luhn_complete(prefix, length):
    digits = [int(c) for c in prefix] + [R.randint(0, 9) for _ in range(length - len(prefix) - 1)]
    for chk in range(10):
        ds = digits + [chk]
        tot = 0
        for i, dd in enumerate(reversed(ds)):
            if i % 2 == 1:
                dd *= 2
                if dd > 9:
                    dd -= 9
            tot += dd
        if tot % 10 == 0:
            return "".join(map(str, ds))


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    vals = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                                 [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
    for i in range(10):
        vals[str(i)] = i
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    s = list(R.choice(["1FU", "3AK", "1XK", "4V4", "1M1", "2NP"]) +
             "".join(R.choice(chars) for _ in range(5)) + "0" + R.choice("NPRS") +
             R.choice("ABCDLN") + "".join(str(R.randint(0, 9)) for _ in range(6)))
    tot = sum(vals[c] * w[i] for i, c in enumerate(s))
    cd = tot % 11
    s[8] = "X" if cd == 10 else str(cd)
    return "".join(s)


EMPLOYERS = [("Red Mesa Freight LLC", "EMP10442", "FMCSA"), ("Cascadia Transit Authority", "EMP20318", "FTA"),
             ("Blue Heron Pipeline Services", "EMP30977", "PHMSA"), ("Gulfline Marine Inc", "EMP41205", "USCG"),
             ("Tri-County Paving Co", "EMP50661", "NON-DOT"), ("Summit Air Charter", "EMP60090", "FAA"),
             ("Prairie Rail Services", "EMP71734", "FRA"), ("Ironwood Hauling Inc", "EMP80526", "FMCSA"),
             ("Sol y Arena Landscaping", "EMP91110", "NON-DOT"), ("Northstar Home Health", "EMP92287", "NON-DOT")]
DERS = [("Karen Whitlock", "kwhitlock@redmesafreight.com", "6025550188"),
        ("Luis Ortega", "lortega@cascadiatransit.org", "2535550114"),
        ("Pam Reddy", "safety@blueheronpipe.com", "9855550172"),
        ("Marcus Bell", "hr@ironwoodhauling.com", "9015550139")]
COLLECTORS = ["T. Marsh", "Angela Ruiz", "J. Castellanos", "Denise Fairbanks", "K. Oduya", "M. Whitfield"]
MROS = ["Dr. Helen Okafor", "Dr. R. Venkataraman", "Dr. Paul Lindgren", "Dr. Sarah Mizrahi"]
SITES = ["CS-4471", "CS-0912", "CS-7730", "CS-2208", "PSC-18840"]
LABS = [("QUEST", "LENEXA"), ("LABCORP", "SOUTHAVEN"), ("CRL", "LENEXA"), ("OMEGA", "MENTOR")]
REASONS = ["PRE_EMPLOYMENT", "RANDOM", "POST_ACCIDENT", "REASONABLE_SUSPICION", "RETURN_TO_DUTY", "FOLLOW_UP"]
ANALYTES = [("AMP", "AMPHETAMINES", "500"), ("COC", "COCAINE METABOLITE", "150"), ("THC", "MARIJUANA METABOLITE", "50"),
            ("OPI", "CODEINE/MORPHINE", "2000"), ("PCP", "PHENCYCLIDINE", "25"), ("OXY", "OXYCODONE/OXYMORPHONE", "300"),
            ("6AM", "6-ACETYLMORPHINE", "10"), ("HCD", "HYDROCODONE/HYDROMORPHONE", "300")]
THREADS = ["nio-8080-exec-%d" % i for i in range(1, 12)] + ["scheduling-1", "task-3", "main"]


# ----------------------------------------------------------------------------
# families
# ----------------------------------------------------------------------------
def spring_prefix(L, lvl, logger, thread=None):
    L.t("%s %5s 1 --- [%15s] %-40s : " % (ts_spring(), lvl, (thread or R.choice(THREADS))[-15:], logger))


def fam_collect(phi):
    L = Line("collect-springboot")
    p = who()
    if not phi:
        lvl, lg, msg = R.choice([
            ("INFO", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed."),
            ("INFO", "c.t.collect.CollectApplication", "Started CollectApplication in %.3f seconds (JVM running for %.3f)" % (R.uniform(9, 15), R.uniform(15, 19))),
            ("INFO", "c.t.c.print.CcfPrinterMonitor", "Printer queue CCF-LASER-%02d status=READY jobs=0 tonerPct=%d" % (R.randint(1, 6), R.randint(5, 99))),
            ("INFO", "c.t.c.sync.LabGatewaySync", "Sync of %d pending CCFs to lab gateway completed in %d ms" % (R.randint(1, 30), R.randint(90, 2400))),
            ("WARN", "o.a.tomcat.util.threads.ThreadPoolExecutor", "Pool nearing capacity: maxThreads=200 busy=%d queued=%d" % (R.randint(160, 199), R.randint(0, 40))),
            ("ERROR", "c.t.c.sync.LabGatewaySync", "Failed to upload eCCF batch %s-%04d: Connection reset (labgw.ccfexchange.net:8443)" % (CLK.now.strftime("%Y%m%d"), R.randint(1, 300))),
            ("INFO", "c.t.c.site.SiteConfigLoader", "Loaded site %s: tz=America/Chicago stations=%d splitSpecimenKits=%d observedCapable=%s" % (R.choice(SITES), R.randint(1, 6), R.randint(0, 80), R.choice(["true", "false"]))),
            ("DEBUG", "c.t.c.ccf.CcfNumberPool", "CCF stock for %s: remaining=%d reorderPoint=50" % (R.choice(SITES), R.randint(12, 400))),
            ("WARN", "c.t.c.auth.CollectorSessionFilter", "Collector session expired user=%s site=%s idleMin=30" % (R.choice(["tmarsh", "aruiz", "jcastellanos", "dfairbanks"]), R.choice(SITES))),
            ("INFO", "o.s.b.a.e.web.EndpointLinksResolver", "Exposing 3 endpoint(s) beneath base path '/actuator'"),
        ])
        spring_prefix(L, lvl, lg)
        L.t(msg)
        return [L]
    k = R.randint(0, 8)
    if k == 0:
        emp = R.choice(EMPLOYERS)
        spring_prefix(L, "INFO", "c.t.c.ccf.CcfStepService")
        L.t("CCF Step 1 saved specimenId=").p(specimen_id(), "other_id")
        L.t(" employer=%s reason=%s dotAgency=%s testType=UR collectionSite=%s" % (emp[1], R.choice(REASONS), emp[2], R.choice(SITES)))
    elif k == 1:
        spring_prefix(L, "INFO", "c.t.c.donor.IdentityVerifier")
        L.t('Donor ID verified name="').p(nm(p, 1), "name").t('" idType=CDL idNumber=').p(p.cdl, "license")
        L.t(" idState=%s collector=%s" % (p.cdl_state, R.choice(COLLECTORS).replace(" ", "_")))
    elif k == 2:
        spring_prefix(L, "INFO", "c.t.c.ccf.CcfStepService")
        L.t("CCF Step 5 donor certification captured specimenId=").p(specimen_id(), "other_id")
        L.t(" donorDob=").p(fdate(p.dob, 1), "date").t(" dayPhone=").p(fmt_phone(p.phone, 1), "phone")
        L.t(" evePhone=").p(fmt_phone(p.phone2, 3), "phone").t(" signatureHash=sha256:" + hexs(16))
    elif k == 3:
        spring_prefix(L, "WARN", "c.t.c.ccf.TemperatureCheck")
        L.t("Temperature out of range (%.1fC) specimenId=" % R.uniform(29.5, 31.9)).p(specimen_id(), "other_id")
        L.t(" donor=").p(nm(p, 0), "name").t(" -> immediate observed recollection required (49 CFR 40.65(b))")
    elif k == 4:
        spring_prefix(L, "INFO", "c.t.c.ccf.ShyBladderTimer")
        L.t("Shy bladder timer started specimenId=").p(specimen_id(), "other_id").t(" donorEmpId=").p(p.emp_id, "other_id")
        L.t(" fluidsOz=%d maxDuration=PT3H" % R.choice([8, 16, 24, 40]))
    elif k == 5:
        spring_prefix(L, "DEBUG", "c.t.c.donor.PhotoIdCapture")
        L.t("ID photo captured donor=").p(p.donor_id, "other_id").t(" %dx%d jpeg b64=" % (R.choice([480, 640]), R.choice([360, 480])))
        L.p(b64blob("/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwc", 96), "photo")
    elif k == 6:
        spring_prefix(L, "INFO", "c.t.c.donor.BiometricCheckIn")
        L.t("Fingerprint check-in matched donorId=").p(p.donor_id, "other_id").t(" score=0.%d template=" % R.randint(81, 99))
        L.p(b64blob("Rk1SACAyMAAAAAFiAAABQAHgAMUAxQEAAABGNkBrAC", 60), "biometric")
    elif k == 7:
        spring_prefix(L, "INFO", "c.t.c.ccf.CcfStepService")
        L.t("Step 2 complete specimenId=").p(specimen_id(), "other_id").t(" temp32to38=true splitSpecimen=true observed=false collectedAt=")
        L.p(coll_date().strftime("%Y-%m-%dT") + "%02d:%02d:00-05:00" % (R.randint(6, 17), R.randint(0, 59)), "date")
    else:
        spring_prefix(L, "ERROR", "c.t.c.donor.DonorLookupService")
        L.t("Duplicate donor profile: ssn=").p("***-**-" + p.ssn[-4:], "ssn").t(" matches donorIds [").p(p.donor_id, "other_id").t(", ")
        L.p("DNR-%08d" % R.randint(100000, 9999999), "other_id").t("] lastName=").p(p.last, "name").t(" - manual merge required")
    return [L]


def fam_eccf(phi):
    L = Line("eccf-json")
    L.t("{")
    jv(L, "asctime", ts_py(), first=True)
    if not phi:
        jv(L, "levelname", R.choice(["INFO", "WARNING"]))
        jv(L, "name", "eccf.gateway.client")
        c = R.randint(0, 3)
        if c == 0:
            jv(L, "message", "order accepted")
            jv(L, "orderRef", "ORD-%d-%05d" % (2024, R.randint(0, 99999)))
            jv(L, "status", 201)
            jv(L, "elapsed_ms", R.randint(80, 1900))
        elif c == 1:
            jv(L, "message", "retrying after HTTP 503")
            jv(L, "attempt", R.randint(2, 5))
            jv(L, "url", "https://labgw.ccfexchange.net/api/v2/eccf/orders")
            jv(L, "backoff_s", R.choice([2, 4, 8, 16]))
        elif c == 2:
            jv(L, "message", "token refreshed")
            jv(L, "client_id", "tpa-prod-%s" % hexs(6))
            jv(L, "expires_in", 3600)
        else:
            jv(L, "message", "batch flushed")
            jv(L, "batch", "B%s-%03d" % (CLK.now.strftime("%y%m%d"), R.randint(1, 400)))
            jv(L, "orders", R.randint(1, 40))
            jv(L, "rejected", 0)
        jv(L, "trace_id", hexs(32))
        L.t("}")
        return [L]
    p = who()
    emp = R.choice(EMPLOYERS)
    jv(L, "levelname", "DEBUG")
    jv(L, "name", "eccf.gateway.client")
    jv(L, "message", "POST /api/v2/eccf/orders")
    L.t(', "payload": {')
    jv(L, "specimenId", specimen_id(), "other_id", first=True)
    jv(L, "formType", "FEDERAL_CCF" if emp[2] != "NON-DOT" else "NON_FEDERAL")
    L.t(', "donor": {')
    jv(L, "firstName", p.first, "name", first=True)
    jv(L, "lastName", p.last, "name")
    if R.random() < 0.5:
        jv(L, "ssnOrEmployeeId", p.ssn.replace("-", ""), "ssn")
    else:
        jv(L, "ssnOrEmployeeId", p.emp_id, "other_id")
    jv(L, "dateOfBirth", fdate(p.dob, 0), "date")
    jv(L, "daytimePhone", fmt_phone(p.phone, 3), "phone")
    if emp[2] == "FAA" and R.random() < 0.8:
        jv(L, "faaCertNumber", str(R.randint(1000000, 9999999)), "license")
    L.t("}")
    jv(L, "employerCode", emp[1])
    jv(L, "collectedAt", coll_date().strftime("%Y-%m-%dT") + "%02d:%02d:00-05:00" % (R.randint(6, 17), R.randint(0, 59)), "date")
    jv(L, "siteCode", R.choice(SITES))
    jv(L, "collectorName", R.choice(COLLECTORS))
    jv(L, "reason", R.choice(REASONS))
    L.t("}}")
    return [L]


def hl7_block(phi=True):
    p = who()
    lab = R.choice(LABS)
    sid = specimen_id()
    acc = accession()
    cd = coll_date()
    rdt = cd + timedelta(days=R.randint(2, 3))
    out = []
    L = Line("hl7-oru")
    L.t("MSH|^~\\&|%s|%s|TPA_RESULTS|TPA0042|%s||ORU^R01|%s%s|P|2.3.1" % (
        lab[0], lab[1], CLK.now.strftime("%Y%m%d%H%M%S"), lab[0][0], hexs(12).upper()))
    out.append(L)
    L = Line("hl7-oru")
    L.t("PID|1|").p(p.emp_id, "other_id").t("|").p(sid, "other_id").t("^^^CCF||").p(strip_acc(p.last).upper(), "name")
    L.t("^").p(strip_acc(p.first).upper(), "name").t("^").p(p.mi, "name").t("||").p(fdate(p.dob, 2), "date")
    L.t("|%s|||||" % p.sex).p(fmt_phone(p.phone, 3), "phone").t("|||||").p(p.ssn.replace("-", "") if R.random() < 0.5 else p.ssn, "ssn")
    out.append(L)
    L = Line("hl7-oru")
    L.t("ORC|RE|").p(sid, "other_id").t("|").p(acc, "other_id").t("||CM")
    out.append(L)
    L = Line("hl7-oru")
    L.t("OBR|1|").p(sid, "other_id").t("|").p(acc, "other_id").t("|DOT5^DOT 5 PANEL URINE^L|||")
    L.p(cd.strftime("%Y%m%d") + "%02d%02d" % (R.randint(6, 17), R.randint(0, 59)), "date").t("|||||||")
    L.p((cd + timedelta(days=1)).strftime("%Y%m%d") + "%02d%02d" % (R.randint(6, 11), R.randint(0, 59)), "date")
    L.t("||||||||").p(rdt.strftime("%Y%m%d") + "%02d%02d" % (R.randint(0, 23), R.randint(0, 59)), "date").t("|||F")
    out.append(L)
    pos = R.random() < 0.3
    for i, a in enumerate(R.sample(ANALYTES[:6], R.randint(2, 5))):
        L = Line("hl7-oru")
        res = "POSITIVE" if (pos and i == 0) else "NEGATIVE"
        L.t("OBX|%d|ST|%s^%s^L|1|%s||%s ng/mL|%s|||F|||" % (i + 1, a[0], a[1], res, a[2], "A" if res == "POSITIVE" else "N"))
        L.p(rdt.strftime("%Y%m%d"), "date")
        out.append(L)
    L = Line("hl7-oru")
    L.t("NTE|1|L|Specimen valid. pH %.1f SG %.3f creatinine %d mg/dL" % (R.uniform(4.8, 8.2), R.uniform(1.003, 1.030), R.randint(25, 260)))
    out.append(L)
    return out


def fam_hl7(phi):
    if phi:
        return hl7_block()
    # noise: an ACK message
    out = []
    L = Line("hl7-ack")
    L.t("MSH|^~\\&|TPA_RESULTS|TPA0042|%s|%s|%s||ACK^R01|A%s|P|2.3.1" % (
        R.choice(LABS)[0], R.choice(LABS)[1], CLK.now.strftime("%Y%m%d%H%M%S"), hexs(10).upper()))
    out.append(L)
    L = Line("hl7-ack")
    L.t("MSA|AA|%s%s|Message accepted" % (R.choice("QLC"), hexs(12).upper()))
    out.append(L)
    return out


def mirth_prefix(L, lvl, thread, cls):
    L.t("%-5s %s [%s] %s: " % (lvl, ts_log4j(), thread, cls))


def fam_mirth(phi):
    L = Line("mirth-log4j")
    if not phi:
        c = R.randint(0, 4)
        if c == 0:
            mirth_prefix(L, "INFO", "Main Server Thread", "com.mirth.connect.server.Mirth")
            L.t("Mirth Connect 3.12.0 (Built on March 2, 2022) server successfully started.")
        elif c == 1:
            mirth_prefix(L, "INFO", "Deploy Thread 1", "com.mirth.connect.server.controllers.DonkeyEngineController")
            L.t("Channel LAB_ORU_%s (%s) deployed." % (R.choice(["QUEST", "LABCORP", "CRL"]), uuid4()))
        elif c == 2:
            mirth_prefix(L, "DEBUG", "File Reader Polling Thread on LAB_ORU_IN (1)", "com.mirth.connect.connectors.file.FileReceiver")
            L.t("Polling sftp://results.%s.example:22/outbound for *.hl7 - %d file(s) found" % (R.choice(["quest", "labcorp", "crlcorp"]), R.randint(0, 40)))
        elif c == 3:
            mirth_prefix(L, "WARN", "pool-4-thread-2", "com.mirth.connect.donkey.server.queue.DestinationQueue")
            L.t("Destination queue TPA_DB size=%d exceeds threshold 500" % R.randint(501, 2000))
        else:
            mirth_prefix(L, "INFO", "Data Pruner", "com.mirth.connect.server.util.DataPruner")
            L.t("Pruned %d messages from channel LAB_ORU_IN older than 30 days in %d ms" % (R.randint(100, 90000), R.randint(200, 9000)))
        return [L]
    p = who()
    sid = specimen_id()
    mirth_prefix(L, "ERROR", "Channel: LAB_ORU_IN, Destination: TPA_DB", "com.mirth.connect.connectors.jdbc.DatabaseDispatcher")
    L.t('Error writing message: ERROR: duplicate key value violates unique constraint "results_specimen_uk" raw="')
    L.t("MSH|^~\\&|LABCORP|SOUTHAVEN|TPA_RESULTS|TPA0042|%s||ORU^R01|L%s|P|2.3.1\\r" % (CLK.now.strftime("%Y%m%d%H%M%S"), hexs(12).upper()))
    L.t("PID|1||").p(sid, "other_id").t("^^^CCF||").p(strip_acc(p.last).upper(), "name").t("^").p(strip_acc(p.first).upper(), "name")
    L.t("||").p(fdate(p.dob, 2), "date").t("|%s\\rOBR|1|" % p.sex).p(sid, "other_id").t("||DOT5^DOT 5 PANEL URINE^L|||")
    L.p(coll_date().strftime("%Y%m%d") + "%02d%02d" % (R.randint(6, 17), R.randint(0, 59)), "date").t('\\r"')
    return [L]


def fam_labflat(phi):
    lab = R.choice(["LABCORP OHS", "QUEST EMPLOYER SOLUTIONS", "CRL"])
    out = []
    if not phi:
        L = Line("lab-flat-pipe")
        c = R.random()
        if c < 0.5:
            L.t("H|%s|TPA0042|%s|%s|v3.2" % (lab, CLK.now.strftime("%Y%m%d"), CLK.now.strftime("%H%M%S")))
        else:
            L.t("T|%06d|%s|%s" % (R.randint(1, 400), hexs(8).upper(), "EOF"))
        return [L]
    L = Line("lab-flat-pipe")
    L.t("H|%s|TPA0042|%s|%s|v3.2" % (lab, CLK.now.strftime("%Y%m%d"), CLK.now.strftime("%H%M%S")))
    out.append(L)
    n = R.randint(2, 4)
    for i in range(n):
        p = who()
        cd = coll_date()
        L = Line("lab-flat-pipe")
        L.t("D|%04d|" % (i + 1)).p(specimen_id(), "other_id").t("|").p(accession(), "other_id").t("|")
        L.p(strip_acc(p.last).upper(), "name").t("|").p(strip_acc(p.first).upper(), "name").t("|")
        if R.random() < 0.5:
            L.p(p.ssn.replace("-", ""), "ssn")
        else:
            L.p(p.emp_id, "other_id")
        L.t("|").p(fdate(p.dob, 2), "date").t("|").p(fdate(cd, 2), "date").t("|")
        L.p(fdate(cd + timedelta(days=1), 2), "date").t("|").p(fdate(cd + timedelta(days=2), 2), "date")
        res = R.choice(["NEG", "NEG", "NEG", "NEG-DIL", "POS", "REJ", "CANC"])
        a = R.choice(ANALYTES)
        L.t("|DOT5|%s|%s|%s|MRO%02d" % (res, ("%s:%d" % (a[0], R.randint(int(a[2]), int(a[2]) * 8))) if res == "POS" else "", R.choice(["", "FATAL FLAW: NO DONOR SIGNATURE", ""]) if res == "CANC" else "", R.randint(1, 9)))
        out.append(L)
    L = Line("lab-flat-pipe")
    L.t("T|%06d|%s|EOF" % (n, hexs(8).upper()))
    out.append(L)
    return out


def fam_labcsv(phi):
    out = []
    hdr = "specimen_id,accession_no,donor_name,donor_id,collection_dt,panel,test_result,screen_cutoff,confirm_ng_ml,lab_received"
    L = Line("lab-csv")
    L.t(hdr)
    out.append(L)
    if not phi:
        return out
    for _ in range(R.randint(1, 3)):
        p = who()
        cd = coll_date()
        L = Line("lab-csv")
        L.p(specimen_id(), "other_id").t(",").p(accession(), "other_id").t(',"').p(nm(p, 2), "name").t('",')
        L.p(p.emp_id, "other_id").t(",").p(fdate(cd, 1) + " %02d:%02d" % (R.randint(6, 17), R.randint(0, 59)), "date")
        a = R.choice(ANALYTES)
        pos = R.random() < 0.25
        L.t(",10-PANEL NON-DOT,%s,%s,%s," % ("POSITIVE" if pos else "NEGATIVE", a[2], str(R.randint(60, 9000)) if pos else ""))
        L.p(fdate(cd + timedelta(days=1), 0), "date")
        out.append(L)
    return out


def fam_mroq(phi):
    L = Line("mro-queue-json")
    L.t("{")
    jv(L, "timestamp", ts_iso(), first=True)
    if not phi:
        c = R.randint(0, 2)
        if c == 0:
            jv(L, "level", "info")
            jv(L, "event", "queue.stats")
            jv(L, "pending_interview", R.randint(0, 40))
            jv(L, "pending_docs", R.randint(0, 20))
            jv(L, "sla_breached", R.randint(0, 4))
            jv(L, "oldest_age_h", round(R.uniform(1, 90), 1))
        elif c == 1:
            jv(L, "level", "debug")
            jv(L, "event", "worker.heartbeat")
            jv(L, "worker", "mro-sync-%d" % R.randint(1, 4))
            jv(L, "pid", R.randint(1000, 40000))
            jv(L, "rss_mb", R.randint(120, 600))
        else:
            jv(L, "level", "warning")
            jv(L, "event", "mro.unavailable")
            jv(L, "mro", R.choice(MROS))
            jv(L, "reason", "out_of_office")
            jv(L, "reassign_to", R.choice(MROS))
        L.t("}")
        return [L]
    p = who()
    jv(L, "level", "info")
    c = R.randint(0, 3)
    if c == 0:
        jv(L, "event", "case.assigned")
        jv(L, "case_id", mro_case(), "other_id")
        jv(L, "specimen_id", specimen_id(), "other_id")
        jv(L, "mro", R.choice(MROS))
        jv(L, "priority", R.choice(["standard", "stat"]))
        L.t(', "analytes": ["%s"]' % R.choice(["OXYCODONE", "AMPHETAMINE", "MORPHINE", "HYDROCODONE", "COCAINE"]))
        jv(L, "queue", "non-negative")
    elif c == 1:
        jv(L, "event", "case.verified")
        jv(L, "case_id", mro_case(), "other_id")
        jv(L, "donor", nm(p, 2), "name")
        jv(L, "final_result", R.choice(["NEGATIVE", "POSITIVE", "REFUSAL-ADULTERATED", "NEGATIVE (Rx)", "CANCELLED"]))
        jv(L, "verified_on", fdate(date(2024, 5, R.randint(13, 16)), 0), "date")
        jv(L, "mro", R.choice(MROS))
    elif c == 2:
        jv(L, "event", "interview.attempt")
        jv(L, "case_id", mro_case(), "other_id")
        jv(L, "attempt", R.randint(1, 3))
        jv(L, "dial", fmt_phone(p.phone, 5), "phone")
        jv(L, "outcome", R.choice(["no_answer", "voicemail", "wrong_number", "connected"]))
        jv(L, "by", R.choice(["mro_asst_jlee", "mro_asst_bwhite", "mro_asst_kfarah"]))
    else:
        jv(L, "event", "case.docs_received")
        jv(L, "case_id", mro_case(), "other_id")
        jv(L, "donor_id", p.donor_id, "other_id")
        jv(L, "doc_type", R.choice(["rx_bottle_photo", "pharmacy_printout", "physician_letter"]))
        jv(L, "pages", R.randint(1, 4))
        jv(L, "sha1", hexs(40))
    L.t("}")
    return [L]


RX = [("oxycodone-APAP 5/325", "OXYCODONE"), ("hydrocodone-APAP 10/325", "HYDROCODONE"),
      ("Adderall XR 20 mg", "AMPHETAMINE"), ("Tylenol #3", "CODEINE"), ("Vyvanse 40 mg", "AMPHETAMINE"),
      ("dronabinol 2.5 mg", "THC"), ("morphine ER 15 mg", "MORPHINE")]
PHARM = ["Walgreens #08812", "CVS #4412", "Walmart Pharmacy 10-2291", "H-E-B Pharmacy #611", "Safeway Pharmacy 1704"]
PRESCRIBERS = ["Dr. R. Patel", "Dr. Amy Chen-Howard", "Dr. O. Fashola", "Dr. Kurt Neumann", "NP Jessica Tran"]


def fam_mronote(phi):
    L = Line("mro-note")
    L.t("[%s] INFO mro.notes: " % ts_py())
    if not phi:
        L.t(R.choice([
            'note template "verification_negative_dilute" updated by admin (v%d)' % R.randint(2, 14),
            "nightly export of %d signed notes to archive bucket s3://tpa-mro-archive/%s/ complete" % (R.randint(20, 300), CLK.now.strftime("%Y/%m/%d")),
            "spellcheck dictionary reloaded: %d terms" % R.randint(40000, 60000),
            "MRO office fax line (913) 555-0147 back in service; ticket INC%07d closed" % R.randint(0, 9999999),
        ]))
        return [L]
    p = who()
    case = mro_case()
    mro = R.choice(MROS)
    L.t("case=").p(case, "other_id").t(" author=%s note=\"" % mro.split()[-1].lower())
    c = R.choice([0, 1, 2, 3, 3, 4, 5])
    rx = R.choice(RX)
    if c == 0:
        L.t("Called donor ").p(nm(p, 0), "name").t(" at ").p(fmt_phone(p.phone, R.randint(0, 2)), "phone")
        L.t("; identity confirmed w/ DOB ").p(fdate(p.dob, R.choice([1, 5, 4])), "date").t(" and last 4 SSN ").p(p.ssn[-4:], "ssn")
        L.t(". Donor reports Rx %s from %s, filled " % (rx[0], R.choice(PRESCRIBERS))).p(fdate(date(2024, R.randint(3, 5), R.randint(1, 9)), R.choice([1, 5])), "date")
        L.t(" at %s, Rx# " % R.choice(PHARM)).p(str(R.randint(1000000, 9999999)), "other_id")
        L.t(". Pharmacy verified. Result reported as NEGATIVE; safety concern letter not indicated.")
    elif c == 1:
        L.t("Left VM x2 at ").p(fmt_phone(p.phone, 1), "phone").t(" and ").p(fmt_phone(p.phone2, 2), "phone")
        L.t(". DER %s (%s) asked to direct donor to contact MRO within 72h per 40.131." % (R.choice(DERS)[0], fmt_phone(R.choice(DERS)[2], 1)))
    elif c == 2:
        rel = R.choice([f for f, sx in FIRST if sx != p.sex])
        L.t("Donor's %s " % ("wife" if p.sex == "M" else "husband")).p(rel + " " + p.last, "name").t(" answered at ").p(fmt_phone(p.phone2, 0), "phone")
        L.t("; donor ").p(nm(p, 3), "name").t(" on the road, will call back. Did not disclose reason for call.")
    elif c == 3:
        age = R.randint(90, 101)
        relw, relsx = R.choice([("grandmother", "F"), ("grandfather", "M"), ("great-aunt", "F"), ("great-uncle", "M")])
        L.t("Donor ").p(nm(p, 0), "name").t(" states the %s belonged to %s %s " % (rx[0].split()[0], "his" if p.sex == "M" else "her", relw))
        L.p(R.choice([f for f, sx in FIRST if sx == relsx]) + " " + R.choice(LAST), "name")
        pre, suf = R.choice([(" (age ", ") who lives with the donor; took 1 tab for back pain on "),
                             (", aged ", ", same household; donor took two after a shoulder injury on "),
                             (" (", " y/o) whom donor cares for; donor says used it once on ")])
        L.t(pre).p(str(age), "age").t(suf)
        L.p(fdate(date(2024, 5, R.randint(1, 10)), 5), "date")
        L.t(". Not a legitimate medical explanation -> verified POSITIVE %s." % rx[1])
    elif c == 4:
        L.t("Donor ").p(nm(p, 2), "name").t(" (age %d) says %s will fax Rx documentation from home fax " % (R.randint(24, 63), "he" if p.sex == "M" else "she"))
        L.p(fmt_phone(p.phone2, 1), "fax").t("; holding case open until ").p(fdate(date(2024, 5, R.randint(15, 20)), 1), "date").t(".")
    else:
        L.t("Split specimen request by donor ").p(nm(p, 6), "name").t(" rec'd by phone ").p(fmt_phone(p.phone, 3), "phone")
        L.t(" within 72h; Bottle B sent to %s. DOB on CCF " % R.choice(["Omega Labs", "Quest Lenexa", "Psychemedics"]))
        L.p(fdate(p.dob, 3), "date").t(" matches.")
    L.t('"')
    return [L]


def fam_ebt(phi):
    host = R.choice(["cs-phx-04", "cs-lrd-01", "cs-tac-02", "mobile-van-07"])
    dev = R.choice([("LIFELOC EV 30", "041217"), ("INTOX EC/IR II", "010845"), ("ALCO-SENSOR FST", "FST-088213"), ("DRAEGER ALCOTEST 6820", "ARBH-1147")])
    pid = R.randint(1200, 9000)
    out = []

    def line(txt=None):
        if R.random() < 0.4:
            CLK.now += timedelta(seconds=1)
        L = Line("ebt-printout")
        L.t("%s %s ebt-bridge[%d]: COM3 << " % (ts_syslog(), host, pid))
        if txt is not None:
            L.t(txt)
        out.append(L)
        return L
    if not phi:
        c = R.randint(0, 2)
        if c == 0:
            line("%s  S/N %s  SELF TEST PASS  CAL DUE %s" % (dev[0], dev[1], fdate(date(2024, R.randint(6, 9), R.randint(1, 28)), 1)))
        elif c == 1:
            line("*** EXTERNAL CAL CHECK  TARGET .040  RESULT .0%d  PASS ***" % R.choice([39, 40, 41]))
        else:
            CLK.tick()
            L = Line("ebt-printout")
            L.t("%s %s ebt-bridge[%d]: serial port /dev/ttyUSB0 reopened after %d ms (baud 9600 8N1)" % (ts_syslog(), host, pid, R.randint(100, 4000)))
            out.append(L)
        return out
    p = who()
    td = coll_date()
    line("=" * 32)
    line("%s   S/N: %s" % (dev[0], dev[1]))
    line("LAST CAL: %s" % fdate(date(2024, R.randint(2, 4), R.randint(1, 28)), 5))
    line("TEST#: %05d" % R.randint(1, 99999))
    L = line("DATE: ")
    L.p(td.strftime("%m/%d/%y"), "date").t("   TIME: %02d:%02d" % (R.randint(6, 18), R.randint(0, 59)))
    L = line("SUBJECT: ")
    L.p(nm(p, 1), "name")
    if R.random() < 0.6:
        L = line("EMPLOYEE ID: ")
        L.p(p.emp_id, "other_id")
    line("BAT: %s" % R.choice(COLLECTORS).upper())
    line("AIR BLANK        .000")
    sc = R.choice([0.0, 0.0, 0.0, 0.012, 0.027, 0.044])
    line("SUBJECT TEST     %s g/210L" % ("%.3f" % sc)[1:] if sc else "SUBJECT TEST     .000 g/210L")
    if sc >= 0.02:
        line("CONFIRMATION (WAIT 15 MIN) REQUIRED")
    line("=" * 32)
    return out


def fam_ch_csv(phi):
    out = []
    L = Line("clearinghouse-bulk-csv")
    L.t("CDL Number,CDL State,First Name,Last Name,Date of Birth,Query Type")
    out.append(L)
    if not phi:
        return out
    for _ in range(R.randint(1, 3)):
        p = who()
        L = Line("clearinghouse-bulk-csv")
        L.p(p.cdl, "license").t(",%s," % p.cdl_state).p(p.first, "name").t(",").p(p.last, "name").t(",")
        L.p(fdate(p.dob, 1), "date").t("," + R.choice(["Limited", "Limited", "Full", "Pre-Employment Full"]))
        out.append(L)
    return out


def fam_ch_sync(phi):
    L = Line("clearinghouse-logfmt")
    L.t('time="%s" ' % ts_iso_s())
    if not phi:
        c = R.randint(0, 3)
        if c == 0:
            L.t('level=info msg="bulk query file submitted" batch=CHQ-%s-%02d rows=%d type=LIMITED employer=%s' % (CLK.now.strftime("%Y%m%d"), R.randint(1, 9), R.randint(5, 300), R.choice(EMPLOYERS)[1]))
        elif c == 1:
            L.t('level=info msg="query plan balance" employer=%s remaining=%d purchased=%d' % (R.choice(EMPLOYERS)[1], R.randint(0, 500), R.choice([100, 250, 500])))
        elif c == 2:
            L.t('level=warning msg="portal session expired, re-authenticating via login.gov" account=tpa-ch-bot retry_in=30s')
        else:
            L.t('level=info msg="annual query reminder job finished" employers=%d due_30d=%d duration=%.2fs' % (R.randint(10, 90), R.randint(0, 400), R.uniform(0.5, 30)))
        return [L]
    p = who()
    c = R.randint(0, 3)
    if c == 0:
        L.t('level=info msg="query result" batch=CHQ-%s-%02d cdl=' % (CLK.now.strftime("%Y%m%d"), R.randint(1, 9))).p(p.cdl, "license")
        L.t(" cdl_state=%s result=%s consent=on_file" % (p.cdl_state, R.choice(["NO_INFORMATION_FOUND", "NO_INFORMATION_FOUND", "INFORMATION_FOUND"])))
    elif c == 1:
        L.t('level=warning msg="full query pending driver consent" driver="').p(nm(p, 0), "name").t('" cdl=').p(p.cdl, "license")
        L.t(" state=%s requested_by=%s" % (p.cdl_state, R.choice(["kwhitlock", "lortega", "mbell"])))
    elif c == 2:
        L.t('level=info msg="violation reported" report=NEGATIVE_RTD driver_dob=').p(fdate(p.dob, 0), "date").t(" cdl=").p(p.cdl, "license")
        L.t(" test_date=").p(fdate(coll_date(), 0), "date").t(" mro=\"%s\"" % R.choice(MROS))
    else:
        L.t('level=error msg="driver not found" first=').p(p.first.split()[0], "name").t(" last=").p(p.last.replace(" ", "_"), "name")
        L.t(" dob=").p(fdate(p.dob, 1), "date").t(' error="CDL/state/DOB combination does not match a registered driver"')
    return [L]


def fam_portal(phi):
    out = []
    lang = R.choice(["en", "en", "es", "fr"])
    hdr = {"en": "Donor Name,Donor ID,Specimen ID,Collection Date,Reason,Result,MRO Verified,Location",
           "es": "Nombre del donante;ID empleado;Nº de muestra;Fecha de recolección;Motivo;Resultado;Verificado MRO",
           "fr": "Nom du donneur;No d'employé;No d'échantillon;Date de prélèvement;Motif;Résultat;Vérifié MRO"}[lang]
    L = Line("portal-export-csv")
    L.t(hdr)
    out.append(L)
    if not phi:
        return out
    for _ in range(R.randint(1, 3)):
        p = who()
        cd = coll_date()
        L = Line("portal-export-csv")
        if lang == "en":
            L.t('"').p(nm(p, 2), "name").t('",').p(p.donor_id, "other_id").t(",").p(specimen_id(), "other_id").t(",")
            L.p(fdate(cd, 1), "date").t(",%s,%s," % (R.choice(["Random", "Pre-Employment", "Post-Accident", "Follow-Up"]), R.choice(["Negative", "Negative", "Negative-Dilute", "Positive", "Cancelled"])))
            L.p(fdate(cd + timedelta(days=R.randint(1, 3)), 1), "date").t(",%s" % R.choice(["PHX-YARD", "LRD-TERMINAL", "Depot 3", "Fontana DC"]))
        else:
            L.p(nm(p, 0), "name").t(";").p(p.emp_id, "other_id").t(";").p(specimen_id(), "other_id").t(";")
            L.p(fdate(cd, 6), "date").t(";%s;%s;" % (
                R.choice(["Aléatoire", "Pré-embauche"]) if lang == "fr" else R.choice(["Aleatorio", "Pre-empleo", "Post-accidente"]),
                R.choice(["Négatif", "Positif"]) if lang == "fr" else R.choice(["Negativo", "Negativo", "Positivo"])))
            L.p(fdate(cd + timedelta(days=2), 6), "date")
        out.append(L)
    return out


def sb_prefix(L, lvl, logger, thread="main"):
    L.t("%s [%s] %-5s %s - " % (ts_spring(), thread, lvl, logger))


def fam_random(phi):
    L = Line("random-selection-batch")
    pool = "POOL-%s-%04d" % (R.choice(["FMCSA", "FTA", "FAA", "NONDOT"]), R.randint(1, 120))
    if not phi:
        c = R.randint(0, 4)
        if c == 0:
            sb_prefix(L, "INFO", "o.s.b.c.l.support.SimpleJobLauncher")
            L.t("Job: [FlowJob: [name=randomSelectionJob]] launched with the following parameters: [{pool=%s, period=2024-Q2, seed=%d, run.id=%d}]" % (pool, R.randint(10 ** 5, 10 ** 9), R.randint(100, 999)))
        elif c == 1:
            sb_prefix(L, "INFO", "o.s.batch.core.step.AbstractStep")
            L.t("Step: [%s] executed in %ds%dms" % (R.choice(["loadEligibleMembers", "selectMembers", "writeNotifications"]), R.randint(0, 9), R.randint(0, 999)))
        elif c == 2:
            sb_prefix(L, "INFO", "c.t.random.SelectionCalculator")
            n = R.randint(20, 900)
            L.t("Pool %s eligible=%d drugRate=0.50 alcRate=0.10 -> drugSelections=%d alcSelections=%d alternates=%d" % (pool, n, -(-n // 8), -(-n // 40), R.randint(2, 8)))
        elif c == 3:
            sb_prefix(L, "INFO", "o.s.b.c.l.support.SimpleJobLauncher")
            L.t("Job: [FlowJob: [name=randomSelectionJob]] completed with the following parameters: [{pool=%s}] and the following status: [COMPLETED] in %ds%dms" % (pool, R.randint(1, 40), R.randint(0, 999)))
        else:
            sb_prefix(L, "WARN", "c.t.random.EligibilityReader")
            L.t("Skipped %d members of %s with status=TERMINATED or LOA" % (R.randint(1, 30), pool))
        return [L]
    p = who()
    sb_prefix(L, "INFO", "c.t.random.SelectionWriter", "batch-worker-%d" % R.randint(1, 4))
    L.t("Selected [%s] pool=%s empId=" % (R.choice(["DRUG", "ALCOHOL", "DRUG+ALCOHOL", "ALTERNATE"]), pool)).p(p.emp_id, "other_id")
    L.t(" name=").p(nm(p, 2).replace(" ", "_") if False else nm(p, 2), "name")
    L.t(" location=%s reportBy=" % R.choice(["PHX-YARD", "LRD-TERMINAL", "Depot 3", "Hangar B", "Yard 12"])).p(fdate(date(2024, 5, R.randint(15, 24)), 0), "date")
    return [L]


def fam_nginx(phi):
    L = Line("nginx-access")
    ua = R.choice(['Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
                   'Mozilla/5.0 (Linux; Android 14; SM-A546U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
                   'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36'])
    if not phi:
        c = R.randint(0, 3)
        if c == 0:
            L.t('10.20.%d.%d - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28"' % (R.randint(0, 9), R.randint(2, 250), ts_nginx()))
        elif c == 1:
            L.t('10.20.%d.%d - - [%s] "GET /actuator/prometheus HTTP/1.1" 200 %d "-" "Prometheus/2.51.1"' % (R.randint(0, 9), R.randint(2, 250), ts_nginx(), R.randint(9000, 40000)))
        elif c == 2:
            # employer DER from corporate public IP: staff, not labeled
            L.t('%d.%d.%d.%d - kwhitlock [%s] "GET /employer/reports/export?from=2024-05-01&to=2024-05-12&format=csv HTTP/2.0" 200 %d "https://portal.tpa-example.com/employer/reports" "%s"' % (
                R.choice([12, 64, 206]), R.randint(1, 254), R.randint(1, 254), R.randint(1, 254), ts_nginx(), R.randint(2000, 90000), ua))
        else:
            L.t('10.20.%d.%d - - [%s] "POST /api/v1/lab/results/batch HTTP/1.1" 202 %d "-" "Apache-HttpClient/4.5.14 (Java/17.0.9)" rt=%.3f' % (R.randint(0, 9), R.randint(2, 250), ts_nginx(), R.randint(20, 90), R.uniform(0.01, 2)))
        return [L]
    p = who()
    c = R.randint(0, 2)
    L.p(p.ip, "ip").t(" - - [%s] " % ts_nginx())
    if c == 0:
        L.t('"GET /donor/results?donorId=').p(p.donor_id, "other_id").t(' HTTP/2.0" 200 %d "-" "%s"' % (R.randint(1500, 9000), ua))
    elif c == 1:
        L.t('"GET /donor/appointments/').p(specimen_id(), "other_id").t('/pass.pdf HTTP/2.0" 200 %d "https://portal.tpa-example.com/donor" "%s"' % (R.randint(20000, 90000), ua))
    else:
        L.t('"POST /donor/login HTTP/2.0" 302 0 "https://portal.tpa-example.com/donor/login?u=').p(strip_acc(p.email).split("@")[0], "other_id").t('" "%s"' % ua)
    return [L]


def fam_postfix(phi):
    L = Line("postfix-syslog")
    qid = hexs(10).upper()
    L.t("%s mail01 postfix/smtp[%d]: %s: to=<" % (ts_syslog(), R.randint(1000, 40000), qid))
    if phi:
        p = who()
        L.p(p.email, "email")
    else:
        L.t(R.choice(DERS)[1])
    relay = (R.choice(["gmail-smtp-in.l.google.com[142.250.115.26]:25", "mx-aol.mail.gm0.yahoodns.net[67.195.204.72]:25", "outlook-com.olc.protection.outlook.com[52.101.8.37]:25"])
             if phi else R.choice(["mx1.hes.trendmicro.com[18.208.22.105]:25", "mxa-00171c01.gslb.pphosted.com[148.163.151.24]:25"]))
    L.t(">, relay=%s, delay=%.1f, delays=%.2f/0/%.1f/%.1f, dsn=2.0.0, status=sent (250 2.0.0 OK %d %s)" % (
        relay,
        R.uniform(0.3, 4), R.uniform(0, 0.2), R.uniform(0, 1), R.uniform(0, 2), R.randint(1715500000, 1715700000), hexs(8)))
    return [L]


def fam_twilio(phi):
    L = Line("twilio-webhook")
    L.t("%s twilio-webhook[%d] INFO " % (ts_iso(), R.randint(100, 999)))
    if not phi:
        L.t(R.choice(["StatusCallback received for MessagingServiceSid=MG%s status=delivered" % hexs(32),
                      "429 Too Many Requests from api.twilio.com, retry in 2s (queue=%d)" % R.randint(1, 80),
                      "Webhook signature validated (X-Twilio-Signature) for AccountSid=AC%s" % hexs(32)]))
        return [L]
    p = who()
    L.t("POST /sms/status MessageSid=SM%s MessageStatus=%s To=" % (hexs(32), R.choice(["delivered", "undelivered", "sent"])))
    L.p("+1" + p.phone, "phone").t(" From=+18885550110 Body=\"")
    c = R.randint(0, 1)
    if c == 0:
        L.t("You have been selected for a DOT random test. Report to %s by " % R.choice(SITES)).p(fdate(date(2024, 5, R.randint(14, 20)), 1), "date").t(' 5pm. Ref ').p(p.donor_id, "other_id").t('"')
    else:
        L.t("Hi ").p(p.first, "name").t(", the Medical Review Officer needs to speak with you. Call (913) 555-0140 today.\"")
    return [L]


def fam_soap(phi):
    L = Line("lab-order-soap")
    L.t('%s DEBUG [o.a.cxf.services.LabOrderService.LabOrderPort] Outbound Message: ' % ts_log4j())
    if not phi:
        L.t('<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><OrderAck><Status>OK</Status><OrderRef>ORD-%05d</OrderRef><ElapsedMs>%d</ElapsedMs></OrderAck></soap:Body></soap:Envelope>' % (R.randint(0, 99999), R.randint(20, 800)))
        return [L]
    p = who()
    L.t('<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><SubmitOrder><Order><ClientCode>TPA0042</ClientCode><Donor><LastName>')
    L.p(p.last, "name").t("</LastName><FirstName>").p(p.first, "name").t("</FirstName><DOB>").p(fdate(p.dob, 7), "date").t("</DOB><PrimaryID type=\"SSN\">")
    L.p(p.ssn, "ssn").t("</PrimaryID><Phone>").p(fmt_phone(p.phone, 2), "phone").t("</Phone><Address><Street>").p(p.street, "address")
    L.t("</Street><City>").p(p.city, "address").t("</City><State>%s</State><Zip>" % p.st).p(p.zip, "zip")
    L.t("</Zip></Address></Donor><Panel>65300N</Panel><Reason>%s</Reason></Order></SubmitOrder></soap:Body></soap:Envelope>" % R.choice(["PRE", "RAN", "PST"]))
    return [L]


def fam_pay(phi):
    L = Line("payments-kv")
    L.t("%s payments INFO " % ts_iso())
    if not phi:
        c = R.randint(0, 2)
        if c == 0:
            L.t("env=sandbox test charge ok card_number=4242424242424242 exp=12/34 cvc=123 amount=100 (fixture)")
        elif c == 1:
            L.t("invoice.finalized invoice=in_%s customer=EMP%05d amount_due=%d currency=usd lines=%d" % (hexs(24), R.randint(10000, 99999), R.randint(5000, 900000), R.randint(1, 90)))
        else:
            L.t("webhook evt_%s type=payout.paid amount=%d arrival=%s" % (hexs(24), R.randint(10000, 9000000), (CLK.now + timedelta(days=2)).strftime("%Y-%m-%d")))
        return [L]
    p = who()
    c = R.randint(0, 1)
    if c == 0:
        L.t("charge.succeeded ch_%s amount=%d currency=usd self_pay_account=" % (hexs(24), R.choice([5500, 6500, 7900, 12500])))
        L.p("SP-%06d" % R.randint(0, 999999), "account").t(" payer=").p(nm(p, 0), "name").t(" reason=pre_employment_self_pay")
    else:
        L.t("DEBUG raw form captured (PCI redaction bypassed!) card_number=").p(luhn_complete(R.choice(["4", "51", "37"]), 16), "account")
        L.t(" exp=%02d/%02d name_on_card=\"" % (R.randint(1, 12), R.randint(25, 30))).p(nm(p, 1), "name").t("\" billing_zip=").p(p.zip, "zip")
    return [L]


def fam_audit(phi):
    L = Line("audit-kv")
    L.t("audit ts=%s " % ts_iso())
    actor = R.choice(["jlee@tpa-example.com", "bwhite@tpa-example.com", "kfarah@tpa-example.com", "hokafor@mro-partners.example"])
    if not phi:
        act = R.choice(["LOGIN", "LOGOUT", "MFA_CHALLENGE", "PASSWORD_CHANGE"])
        L.t("actor=%s role=%s action=%s ip=10.8.%d.%d outcome=%s session=%s" % (
            actor, R.choice(["MRO_ASSISTANT", "MRO", "ACCOUNT_MGR"]), act,
            R.randint(0, 9), R.randint(2, 250), R.choice(["ALLOW", "ALLOW", "DENY"]) if act in ("LOGIN", "MFA_CHALLENGE") else "ALLOW", uuid4()))
        return [L]
    p = who()
    c = R.randint(0, 2)
    if c == 0:
        L.t("actor=%s role=MRO_ASSISTANT action=VIEW resource=donor/" % actor).p(p.donor_id, "other_id").t(" ip=10.8.%d.%d outcome=ALLOW" % (R.randint(0, 9), R.randint(2, 250)))
    elif c == 1:
        L.t("actor=%s role=ACCOUNT_MGR action=UPDATE resource=donor/" % actor).p(p.donor_id, "other_id")
        L.t(" field=homeAddress old=\"").p("%d %s" % (R.randint(12, 9899), R.choice(STREETS)), "address").t("\" new=\"")
        L.p(p.street + ", " + p.city, "address").t(", %s " % p.st).p(p.zip, "zip").t("\" outcome=ALLOW")
    else:
        L.t("actor=%s role=MRO action=EXPORT resource=case/" % actor).p(mro_case(), "other_id")
        L.t(" donor_email=").p(p.email, "email").t(" format=pdf outcome=ALLOW")
    return [L]


def fam_remote(phi):
    L = Line("remote-bac-json")
    L.t("{")
    jv(L, "ts", ts_iso(), first=True, sp=False)
    if not phi:
        jv(L, "lvl", "info", sp=False)
        jv(L, "msg", R.choice(["firmware rollout batch complete", "cellular gateway reconnect", "schedule window recalculated"]), sp=False)
        jv(L, "fw", "2.%d.%d" % (R.randint(0, 9), R.randint(0, 30)), sp=False)
        jv(L, "count", R.randint(1, 400), sp=False)
        L.t("}")
        return [L]
    p = who()
    jv(L, "lvl", R.choice(["info", "warn"]), sp=False)
    jv(L, "msg", R.choice(["scheduled test result", "missed test", "facial match low confidence"]), sp=False)
    jv(L, "program", "NON-DOT-MONITOR", sp=False)
    jv(L, "participant", nm(p, 0), "name", sp=False)
    jv(L, "device_sn", "SBL%s-%06d" % (R.choice(["C2", "C3", "W1"]), R.randint(0, 999999)), "device", sp=False)
    if R.random() < 0.5:
        jv(L, "imei", luhn_complete("35", 15), "device", sp=False)
    else:
        jv(L, "client_ip", p.ip, "ip", sp=False)
    jv(L, "brac", R.choice([0.0, 0.0, 0.008, 0.021]), sp=False)
    L.t("}")
    return [L]


def fam_emr(phi):
    L = Line("emr-bridge")
    L.t("%s [emr-bridge] " % ts_log4j())
    if not phi:
        L.t(R.choice(["INFO polled occmed clinic feed: %d encounters, 0 errors, cursor=%d" % (R.randint(0, 60), R.randint(10 ** 6, 10 ** 7)),
                      "WARN clinic endpoint https://occmed-east.example.net/fhir/r4 slow (p95=%dms)" % R.randint(900, 4000),
                      "INFO unit-test fixture loaded: patient SSN 078-05-1120 (public specimen value) skipped"]))
        return [L]
    p = who()
    c = R.randint(0, 2)
    if c == 0:
        L.t("WARN MRN ").p("%08d" % R.randint(100000, 9999999), "mrn").t(" not linked in TPA; creating donor from clinic record (")
        L.p(nm(p, 2), "name").t(", DOB ").p(fdate(p.dob, 0), "date").t(")")
    elif c == 1:
        L.t("INFO post-accident encounter enc=").p("E%09d" % R.randint(0, 999999999), "other_id").t(" mrn=").p("%08d" % R.randint(100000, 9999999), "mrn")
        L.t(" wc_claim=").p("WC-%d-%06d" % (2024, R.randint(0, 999999)), "other_id").t(" vehicle_vin=").p(vin(), "vehicle")
        L.t(" plate=").p("%s %s" % (p.st, R.choice(["%dKJ%04d", "%dRX%04d", "%dPB%04d"]) % (R.randint(1, 9), R.randint(0, 9999))), "vehicle")
    else:
        L.t("INFO non-DOT panel billed to health plan member_id=").p(R.choice(["W%09d", "XEH%08d", "MB%010d"]) % R.randint(0, 99999999), "health_plan")
        L.t(" subscriber=").p(nm(p, 1), "name").t(" dos=").p(fdate(coll_date(), 1), "date")
    return [L]


def fam_applicant(phi):
    L = Line("applicant-json")
    L.t("{")
    jv(L, "@timestamp", ts_iso(), first=True, sp=False)
    jv(L, "service", "preemp-intake", sp=False)
    if not phi:
        jv(L, "message", "form schema v%d.%d published" % (R.randint(3, 5), R.randint(0, 20)), sp=False)
        jv(L, "build", "%d" % R.randint(4000, 9000), sp=False)
        jv(L, "git_sha", hexs(40), sp=False)
        L.t("}")
        return [L]
    p = who()
    jv(L, "message", "applicant profile created", sp=False)
    jv(L, "applicant", nm(p, 0), "name", sp=False)
    jv(L, "email", p.email, "email", sp=False)
    jv(L, "home", p.street + ", " + p.city, "address", sp=False)
    jv(L, "zip", p.zip, "zip", sp=False)
    if R.random() < 0.5:
        jv(L, "profile_url", "https://www.linkedin.com/in/%s-%s-%d" % (strip_acc(p.first).lower().replace(" ", ""), strip_acc(p.last).lower().replace(" ", "").replace("'", ""), R.randint(10, 999)), "url", sp=False)
    else:
        jv(L, "mmc_ref", str(R.randint(100000, 9999999)), "license", sp=False)
    L.t("}")
    return [L]


def fam_pg(phi):
    out = []
    pid = R.randint(1000, 90000)
    if not phi:
        L = Line("postgres")
        L.t("%s [%d] " % (ts_pg(), pid))
        L.t(R.choice(["LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=0.004 s, total=%.3f s" % (R.randint(100, 9000), R.uniform(0, 20), R.randint(0, 4), R.uniform(1, 200), R.uniform(1, 200)),
                      "LOG:  automatic vacuum of table \"tpa.public.ccf_events\": index scans: 1, pages: 0 removed, %d remain" % R.randint(1000, 99999),
                      "LOG:  duration: %.3f ms  statement: SELECT count(*) FROM mro_cases WHERE status = 'PENDING_INTERVIEW'" % R.uniform(100, 4000),
                      "FATAL:  password authentication failed for user \"report_ro\"",
                      "LOG:  connection received: host=10.20.%d.%d port=%d" % (R.randint(0, 9), R.randint(2, 250), R.randint(30000, 65000))]))
        out.append(L)
        return out
    p = who()
    L = Line("postgres")
    L.t('%s [%d] ERROR:  duplicate key value violates unique constraint "donors_ssn_employer_key"' % (ts_pg(), pid))
    out.append(L)
    L = Line("postgres")
    L.t("%s [%d] DETAIL:  Key (ssn, employer_id)=(" % (ts_pg(), pid)).p(p.ssn, "ssn").t(", %d) already exists." % R.randint(100, 999))
    out.append(L)
    L = Line("postgres")
    L.t("%s [%d] STATEMENT:  INSERT INTO donors (first_name, last_name, dob, ssn, employer_id) VALUES ('" % (ts_pg(), pid))
    L.p(p.first.replace("'", "''"), "name").t("', '").p(p.last.replace("'", "''"), "name").t("', '").p(fdate(p.dob, 0), "date").t("', '").p(p.ssn, "ssn").t("', %d)" % R.randint(100, 999))
    out.append(L)
    return out


def fam_infra(phi):
    L = Line("infra")
    c = R.randint(0, 11)
    if c == 0:
        L.family = "kubelet"
        L.t('I%s %7d prober.go:107] "Probe failed" probeType="Readiness" pod="tpa/mro-api-%s-%s" podUID="%s" containerName="mro-api" probeResult="failure" output="HTTP probe failed with statuscode: 503"' % (
            CLK.now.strftime("%m%d %H:%M:%S.") + "%06d" % R.randint(0, 999999), R.randint(1000, 9999), hexs(10), hexs(5), uuid4()))
    elif c == 1:
        L.family = "redis"
        L.t("%d:M %s * Background saving %s" % (R.randint(1, 99), CLK.now.strftime("%d %b %Y %H:%M:%S.") + "%03d" % CLK.ms, R.choice(["started by pid %d" % R.randint(100, 9999), "terminated with success"])))
    elif c == 2:
        L.family = "prometheus"
        L.t(R.choice(['mro_queue_depth{priority="stat",mro="any"} %d' % R.randint(0, 30),
                      'ccf_sync_failures_total{site="%s"} %d' % (R.choice(SITES), R.randint(0, 90)),
                      'http_server_requests_seconds_count{method="GET",status="200",uri="/donor/results"} %d' % R.randint(1000, 99999),
                      'random_selection_last_success_timestamp_seconds{pool="FMCSA"} 1.715%06de+09' % R.randint(0, 999999)]))
    elif c == 3:
        L.family = "haproxy"
        L.t("%s lb01 haproxy[%d]: 10.20.%d.%d:%d [%s] https~ mro_api/mro-api-%d %d/0/%d/%d/%d 200 %d - - ---- %d/%d/0/0/0 0/0 \"GET /api/v1/queue?status=pending HTTP/1.1\"" % (
            ts_syslog(), R.randint(100, 9999), R.randint(0, 9), R.randint(2, 250), R.randint(30000, 65000), CLK.now.strftime("%d/%b/%Y:%H:%M:%S.") + "%03d" % CLK.ms,
            R.randint(1, 3), R.randint(0, 20), R.randint(0, 5), R.randint(5, 900), R.randint(10, 999), R.randint(200, 9000), R.randint(1, 90), R.randint(1, 40)))
    elif c == 4:
        L.family = "cron"
        L.t("%s batch01 CRON[%d]: (tpa) CMD (/opt/tpa/bin/%s >> /var/log/tpa/%s.log 2>&1)" % (
            ts_syslog(), R.randint(1000, 99999), *R.choice([("lab_sftp_pull.sh", "lab_pull"), ("ch_query_sync", "clearinghouse"), ("export_employer_reports", "exports")])))
    elif c == 5:
        L.family = "sshd-sftp"
        L.t("%s sftp01 sshd[%d]: Accepted publickey for %s from %d.%d.%d.%d port %d ssh2: RSA SHA256:%s" % (
            ts_syslog(), R.randint(1000, 99999), R.choice(["labfeed_quest", "labfeed_labcorp", "labfeed_crl"]), R.choice([64, 199, 208]),
            R.randint(1, 254), R.randint(1, 254), R.randint(1, 254), R.randint(30000, 65000), b64blob("", 43)))
    elif c == 6:
        L.family = "sshd-sftp"
        L.t("%s sftp01 internal-sftp[%d]: close \"/inbound/%s_RESULTS_%s_%02d.txt\" bytes read 0 written %d" % (
            ts_syslog(), R.randint(1000, 99999), R.choice(["LABCORP", "QUEST", "CRL"]), CLK.now.strftime("%Y%m%d"), R.randint(1, 12), R.randint(800, 90000)))
    elif c == 7:
        L.family = "jvm-gc"
        L.t("[%.3fs][info][gc] GC(%d) Pause Young (Normal) (G1 Evacuation Pause) %dM->%dM(%dM) %.3fms" % (
            R.uniform(100, 90000), R.randint(10, 9000), R.randint(300, 900), R.randint(80, 299), 1024, R.uniform(1, 40)))
    elif c == 8:
        L.family = "celery"
        L.t("[%s: INFO/ForkPoolWorker-%d] Task tpa.tasks.%s[%s] succeeded in %.4fs: %s" % (
            ts_py(), R.randint(1, 8), R.choice(["render_mro_letter", "push_results_to_employer", "refresh_clearinghouse_status", "send_selection_notices"]),
            uuid4(), R.uniform(0.01, 20), R.choice(["None", "{'sent': %d}" % R.randint(0, 50), "'ok'"])))
    elif c == 9:
        L.family = "certbot"
        L.t("%s - certbot.renewal - INFO - Cert not yet due for renewal: /etc/letsencrypt/live/portal.tpa-example.com/fullchain.pem expires %s (%d days)" % (
            ts_log4j(), (CLK.now + timedelta(days=R.randint(20, 80))).strftime("%Y-%m-%d"), R.randint(20, 80)))
    elif c == 10:
        L.family = "k8s-event"
        L.t("%s Normal Pulled pod/collect-api-%s-%s Successfully pulled image \"registry.tpa-example.com/collect-api:1.%d.%d-b%d\" in %.3fs" % (
            ts_iso_s(), hexs(9), hexs(5), R.randint(10, 40), R.randint(0, 20), R.randint(1000, 9999), R.uniform(0.5, 20)))
    else:
        L.family = "support-contact"
        L.t("%s [ops-notify] INFO on-call rotation: %s ph %s, backup escalation %s <%s>" % (
            ts_log4j(), R.choice(["Dana Brooks (SRE)", "Ivan Moreau (SRE)"]), fmt_phone(R.choice(["9135550161", "9135550175"])),
            R.choice(["Priyanka Shah", "Tom Gallagher"]), R.choice(["oncall@tpa-example.com", "noc@tpa-example.com"])))
    return [L]


PHI_FAMS = [(fam_collect, 12), (fam_eccf, 6), (fam_hl7, 3), (fam_mirth, 3), (fam_labflat, 2), (fam_labcsv, 2),
            (fam_mroq, 8), (fam_mronote, 10), (fam_ebt, 3), (fam_ch_csv, 2), (fam_ch_sync, 6), (fam_portal, 3),
            (fam_random, 6), (fam_nginx, 6), (fam_postfix, 4), (fam_twilio, 4), (fam_soap, 3), (fam_pay, 3),
            (fam_audit, 5), (fam_remote, 3), (fam_emr, 5), (fam_applicant, 3), (fam_pg, 2)]
NOISE_FAMS = [(fam_collect, 8), (fam_eccf, 5), (fam_hl7, 2), (fam_mirth, 3), (fam_labflat, 2), (fam_labcsv, 1),
              (fam_mroq, 5), (fam_mronote, 3), (fam_ebt, 3), (fam_ch_csv, 1), (fam_ch_sync, 4), (fam_portal, 1),
              (fam_random, 6), (fam_nginx, 8), (fam_postfix, 3), (fam_twilio, 3), (fam_soap, 2), (fam_pay, 3),
              (fam_audit, 4), (fam_remote, 2), (fam_emr, 3), (fam_applicant, 2), (fam_pg, 5), (fam_infra, 24)]


def pick(fams):
    tot = sum(w for _, w in fams)
    x = R.uniform(0, tot)
    for f, w in fams:
        x -= w
        if x <= 0:
            return f
    return fams[-1][0]


def main():
    TARGET = 500
    lines = []
    while len(lines) < TARGET:
        CLK.tick()
        clean = sum(1 for L in lines if not L.spans)
        want_phi = (clean / max(1, len(lines))) >= 0.555 if lines else False
        f = pick(PHI_FAMS if want_phi else NOISE_FAMS)
        block = f(want_phi)
        if len(lines) + len(block) > TARGET:
            continue
        lines.extend(block)
    logp = os.path.join(HERE, ID + ".log")
    labp = os.path.join(HERE, ID + ".labels.jsonl")
    texts = [L.check() for L in lines]
    assert len(texts) == TARGET
    with open(logp, "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(texts))
    with open(labp, "w", encoding="utf-8", newline="") as fh:
        for i, L in enumerate(lines, 1):
            fh.write(json.dumps({"line": i, "family": L.family,
                                 "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in L.spans]},
                                ensure_ascii=False) + "\n")
    # re-verify from disk
    raw = open(logp, "rb").read().split(b"\n")
    assert len(raw) == TARGET
    for b, L in zip(raw, lines):
        for s, e, c, val in L.spans:
            assert b[s:e].decode("utf-8") == val
    cats = {}
    for L in lines:
        for _, _, c, _ in L.spans:
            cats[c] = cats.get(c, 0) + 1
    clean = sum(1 for L in lines if not L.spans)
    fams = sorted(set(L.family for L in lines))
    print("lines", len(lines), "clean", clean, "%.1f%%" % (100.0 * clean / len(lines)))
    print("families", len(fams), fams)
    print("spans", dict(sorted(cats.items())))
    for pth in (logp, labp):
        print(hashlib.md5(open(pth, "rb").read()).hexdigest(), os.path.basename(pth))


if __name__ == "__main__":
    main()
