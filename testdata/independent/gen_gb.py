#!/usr/bin/env python3
"""Deterministic generator for held-out PHI test set 'gb':
messaging layer of a patient reminder service (SMS gateway / voice / email / consent / jobs).
Standard library only. Writes gb.log and gb.labels.jsonl next to this file."""
import base64
import calendar
import datetime as dt
import hashlib
import json
import os
import random
import string
import unicodedata

random.seed(0x6B18_2024)
ID = "gb"
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500

# --------------------------------------------------------------------------- parts helpers
def T(s):
    return (s, None)


def P(s, c):
    return (s, c)


class Ph:
    """placeholder for a PHI value inside a JSON / repr structure"""
    __slots__ = ("v", "c")

    def __init__(self, v, c):
        self.v, self.c = v, c


class Msg:
    """a parts list embedded as one string value"""
    def __init__(self, parts):
        self.parts = parts


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def escj(parts):
    return [(jesc(t), c) for t, c in parts]


def jparts(o, sep=",", kv=":"):
    out = []

    def w(x):
        if isinstance(x, Ph):
            if isinstance(x.v, str):
                out.extend([T('"'), P(jesc(x.v), x.c), T('"')])
            else:
                out.append(P(json.dumps(x.v), x.c))
        elif isinstance(x, Msg):
            out.append(T('"'))
            out.extend(escj(x.parts))
            out.append(T('"'))
        elif isinstance(x, dict):
            out.append(T("{"))
            for i, (k, v) in enumerate(x.items()):
                if i:
                    out.append(T(sep))
                out.append(T(json.dumps(k) + kv))
                w(v)
            out.append(T("}"))
        elif isinstance(x, (list, tuple)):
            out.append(T("["))
            for i, v in enumerate(x):
                if i:
                    out.append(T(sep))
                w(v)
            out.append(T("]"))
        else:
            out.append(T(json.dumps(x, ensure_ascii=False)))
    w(o)
    return out


def rparts(o):
    """python repr() style (celery results)"""
    out = []

    def w(x):
        if isinstance(x, Ph):
            r = repr(x.v)
            if isinstance(x.v, str):
                out.extend([T(r[0]), P(r[1:-1], x.c), T(r[-1])])
            else:
                out.append(P(r, x.c))
        elif isinstance(x, Msg):
            s = "".join(t for t, _ in x.parts)
            q = "'" if "'" not in s else '"'
            out.append(T(q))
            out.extend(x.parts)
            out.append(T(q))
        elif isinstance(x, dict):
            out.append(T("{"))
            for i, (k, v) in enumerate(x.items()):
                if i:
                    out.append(T(", "))
                out.append(T(repr(k) + ": "))
                w(v)
            out.append(T("}"))
        elif isinstance(x, list):
            out.append(T("["))
            for i, v in enumerate(x):
                if i:
                    out.append(T(", "))
                w(v)
            out.append(T("]"))
        else:
            out.append(T(repr(x)))
    w(o)
    return out


def plain(parts):
    return "".join(t for t, _ in parts)


def truncate_parts(parts, nchars):
    out, n = [], 0
    for t, c in parts:
        if n >= nchars:
            break
        take = t[: nchars - n]
        out.append((take, c))
        n += len(take)
    return out


# --------------------------------------------------------------------------- clock
NOW = dt.datetime(2024, 3, 12, 7, 56, 41, 118000)


def tick(a=0.02, b=2.5):
    global NOW
    NOW += dt.timedelta(seconds=random.uniform(a, b))


def epoch():
    return calendar.timegm(NOW.timetuple())


def k_ts(t=None):
    return (t or NOW).strftime("%Y-%m-%d %H:%M:%S")


def ast_ts():
    return NOW.strftime("[%b %d %H:%M:%S]")


def sys_ts():
    return NOW.strftime("%b %d %H:%M:%S")


def iso_z(t=None):
    t = t or NOW
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def spring_ts():
    return NOW.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (NOW.microsecond // 1000)


def comma_ts():
    return NOW.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (NOW.microsecond // 1000)


def nginx_ts():
    return NOW.strftime("%d/%b/%Y:%H:%M:%S +0000")


# --------------------------------------------------------------------------- id helpers
def hexid(n, upper=False):
    s = "".join(random.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def b62(n):
    return "".join(random.choice(string.ascii_letters + string.digits) for _ in range(n))


def uuid4():
    h = hexid(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], random.choice("89ab"), h[17:20], h[20:32])


def luhn_complete(prefix_digits):
    s = prefix_digits + "0"
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return prefix_digits + str((10 - total % 10) % 10)


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + "0123456789"
    return (random.choice("123456789") + random.choice(MBI_A) + random.choice(an) + random.choice("0123456789")
            + random.choice(MBI_A) + random.choice(an) + random.choice("0123456789")
            + random.choice(MBI_A) + random.choice(MBI_A) + random.choice("0123456789") + random.choice("0123456789"))


def fake_ssn():
    while True:
        a = random.randint(100, 772)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, random.randint(1, 99), random.randint(1, 9999))


def fold(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def jpeg_b64(n):
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + \
        bytes(random.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def rand_b64(n):
    return base64.b64encode(bytes(random.getrandbits(8) for _ in range(n))).decode()


# --------------------------------------------------------------------------- world
CLINIC = "Riverside Family Medicine"
CLINIC_ADDR = "1450 NW Lovejoy St, Portland, OR 97209"
PRACTICE_E164 = "+15035550100"
PRACTICE_FMT = "(503) 555-0100"
PRACTICE_FAX = "(503) 555-0199"
SHORTCODES = ["72345", "84463"]
SENDER_ID = "RiversideFM"
SMSCS = ["mblox-us", "sinch-smpp1", "sinch-smpp2"]
STAFF = ["Dr. Anil Patel", "Dr. Hannah Okoro", "Lucía Ferreira, NP", "Dr. Wei Zhang", "Dr. Sarah Lindgren",
         "Dr. Mateus Oliveira", "Kofi Mensah, PA-C"]
STAFF_SHORT = ["Dr. Patel", "Dr. Okoro", "NP Ferreira", "Dr. Zhang", "Dr. Lindgren", "Dr. Oliveira", "PA Mensah"]
STAFF_EMAILS = ["frontdesk@riversidefm.example", "a.patel@riversidefm.example", "scheduling@riversidefm.example",
                "it-alerts@riversidefm.example"]
LOCS = ["Lovejoy clinic", "Beaverton clinic", "Gresham clinic", "Lab - Suite 210"]
PORTAL = "https://portal.riversidefm.example"

AREA = ["503", "971", "360", "541", "206", "425", "458"]
STREETS = ["SE Clinton St", "NE Alberta St", "SW Vista Ave", "N Lombard St", "SE Division St", "NW 23rd Ave",
           "Cedar Hills Blvd", "E Burnside St", "SW Canyon Rd", "NE Sandy Blvd", "Main St", "Pacific Ave"]
CITIES = [("Portland", "OR", "972"), ("Beaverton", "OR", "970"), ("Gresham", "OR", "970"), ("Vancouver", "WA", "986"),
          ("Hillsboro", "OR", "971"), ("Tigard", "OR", "972"), ("Salem", "OR", "973"), ("Camas", "WA", "986")]
EMAIL_DOMAINS = ["example.com", "example.net", "example.org", "mail.example", "inbox.example"]
PATIENT_ISP_NETS = ["73.164", "98.232", "24.21", "174.127", "67.168", "71.59", "50.53"]

RAW_PEOPLE = [
    ("Oluwaseun", "Adeyemi", "en", None), ("María José", "González-Ruiz", "es", None),
    ("Lan", "Nguyễn", "vi", None), ("Siobhán", "O'Connell", "en", None), ("Dmitri", "Volkov", "en", None),
    ("Priya", "Raghunathan", "en", None), ("Kenji", "Watanabe", "en", None), ("Fatima", "Al-Masri", "en", None),
    ("Björn", "Lindqvist", "en", None), ("Aaliyah", "Washington", "en", None), ("Tomasz", "Wójcik", "en", None),
    ("Mei-Ling", "Chen", "en", None), ("Rafael", "Acosta Peña", "es", None), ("Ngozi", "Okafor", "en", None),
    ("Hamid", "Rezaei", "en", None), ("Leilani", "Kahananui", "en", None), ("Zoë", "Dubois", "fr", None),
    ("Juan Pablo", "Herrera", "es", None), ("Anneliese", "Brandt", "en", "old"), ("Tevita", "Fifita", "en", None),
    ("Esperanza", "Villanueva", "es", "old"), ("Harold", "Whitcombe", "en", "old"), ("Chidi", "Eze", "en", "child"),
    ("Sofía", "Castillo", "es", "child"), ("Arjun", "Mehta", "en", "child"), ("Thu Trang", "Phạm", "vi", None),
    ("Émile", "Gagnon", "fr", None), ("Ewa", "Nowakowska", "en", None),
]
GUARDIANS = {"Eze": ("Adaeze", "Eze"), "Castillo": ("Marisol", "Castillo"), "Mehta": ("Kavita", "Mehta")}

REF = dt.date(2024, 3, 12)
used_suffix = set()


def new_phone():
    while True:
        suf = random.randint(101, 198)
        if suf not in used_suffix:
            used_suffix.add(suf)
            break
    return random.choice(AREA) + "555" + "%04d" % suf


class Person:
    pass


PEOPLE = []
for first, last, lang, kind in RAW_PEOPLE:
    p = Person()
    p.first, p.last, p.lang, p.kind = first, last, lang, kind
    p.full = first + " " + last
    p.phone10 = new_phone()
    if kind == "old":
        p.dob = dt.date(random.randint(1927, 1933), random.randint(1, 12), random.randint(1, 28))
    elif kind == "child":
        p.dob = dt.date(random.randint(2011, 2019), random.randint(1, 12), random.randint(1, 28))
    else:
        p.dob = dt.date(random.randint(1940, 2001), random.randint(1, 12), random.randint(1, 28))
    p.age = REF.year - p.dob.year - ((REF.month, REF.day) < (p.dob.month, p.dob.day))
    fl = fold(first).lower().replace(" ", "").replace("'", "")
    ll = fold(last).lower().replace(" ", "").replace("'", "").replace("-", "")
    style = random.randint(0, 3)
    if style == 0:
        local = fl + "." + ll
    elif style == 1:
        local = fl[0] + ll + str(p.dob.year % 100)
    elif style == 2:
        local = fl + "_" + ll[:4] + str(random.randint(1, 99))
    else:
        local = ll + "." + fl[:1] + str(p.dob.year)
    p.email = local + "@" + random.choice(EMAIL_DOMAINS)
    p.username = (fl[:1] + ll)[:10] + str(random.randint(10, 99))
    p.mrn = "%08d" % random.randint(1000000, 9999999)
    p.pid = "PT-" + "%06d" % random.randint(100000, 999999)
    p.member = random.choice(["XZH", "QWB", "ODS", "PRV"]) + "%09d" % random.randint(10**8, 10**9 - 1)
    p.mbi = mbi() if p.age >= 65 else None
    p.billing = "%08d" % random.randint(20000000, 29999999)
    p.street = "%d %s" % (random.randint(100, 19999), random.choice(STREETS))
    city, st, z3 = random.choice(CITIES)
    p.city, p.state, p.zip = city, st, z3 + "%02d" % random.randint(1, 99)
    p.ip = random.choice(PATIENT_ISP_NETS) + ".%d.%d" % (random.randint(1, 254), random.randint(1, 254))
    p.appt = dt.datetime(2024, 3, random.randint(13, 29), random.choice([8, 9, 10, 11, 13, 14, 15, 16]),
                         random.choice([0, 15, 30, 45]))
    while p.appt.weekday() >= 5:
        p.appt += dt.timedelta(days=1)
    p.appt_id = random.randint(880000, 889999)
    si = random.randrange(len(STAFF))
    p.staff, p.staff_short = STAFF[si], STAFF_SHORT[si]
    p.loc = random.choice(LOCS)
    if kind == "child":
        gf, gl = GUARDIANS[last]
        p.g_first, p.g_last = gf, gl
        p.g_full = gf + " " + gl
        p.g_phone10 = new_phone()
    else:
        p.g_first = None
    p.fax10 = None
    p.ssn = fake_ssn()
    _pre, _len = random.choice([("4", 16), ("51", 16), ("37", 15)])
    p.card = luhn_complete(_pre + "".join(random.choice("0123456789") for _ in range(_len - 1 - len(_pre))))
    assert len(p.card) == _len and luhn_ok(p.card)
    assert luhn_ok(luhn_complete("35" + "0" * 12))
    p.dl = ("WDL" + "".join(random.choice(string.ascii_uppercase + string.digits) for _ in range(9))) if p.state == "WA" else "%07d" % random.randint(10**6, 10**7 - 1)
    p.plate = random.choice(["%d%s%d" % (random.randint(1, 9), "".join(random.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)), random.randint(100, 999)),
                             "%s%04d" % ("".join(random.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)), random.randint(0, 9999))])
    p.dev_sn = random.choice(["BPM", "GLU", "SPO"]) + "-" + "%s%08d" % (random.choice("ACKM"), random.randint(10**7, 10**8 - 1))
    p.imei = luhn_complete("35" + "%012d" % random.randint(0, 10**12 - 1))
    PEOPLE.append(p)

# elderly prefer voice; one has a fax on file
for p in PEOPLE:
    p.channel = "voice" if p.kind == "old" else random.choice(["sms", "sms", "sms", "email", "voice"])
PEOPLE[21].fax10 = new_phone()
PEOPLE[18].fax10 = new_phone()


def sms_to(p):
    return p.g_phone10 if p.g_first else p.phone10


def e164(ten):
    return "+1" + ten


def dashed(ten):
    return "%s-%s-%s" % (ten[:3], ten[3:6], ten[6:])


def paren(ten):
    return "(%s) %s-%s" % (ten[:3], ten[3:6], ten[6:])


def time12(t):
    h = t.hour % 12 or 12
    return "%d:%02d %s" % (h, t.minute, "AM" if t.hour < 12 else "PM")


def time24(t):
    return "%02d:%02d" % (t.hour, t.minute)


ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def sms_text(p, variant=None):
    """returns parts list of the SMS reminder text"""
    a = p.appt
    st = p.staff_short
    if p.g_first:
        v = variant if variant is not None else random.randint(0, 1)
        if v == 0:
            return [T("Hi "), P(p.g_first, "name"), T(", reminder: "), P(p.first, "name"),
                    T(" has a visit with %s on " % st), P(a.strftime("%A, %B ") + str(a.day), "date"),
                    T(" at %s. Reply C to confirm or call 503-555-0100. Reply STOP to opt out." % time12(a))]
        return [T("%s: " % CLINIC), P(p.first, "name"), T(" " ), P(p.last, "name"),
                T(" is due for a well-child visit " ), P("%d/%d" % (a.month, a.day), "date"),
                T(" %s (%s). Txt C to confirm, STOP to end." % (time12(a), p.loc))]
    if p.lang == "es":
        return [T("Hola "), P(p.first, "name"), T(", le recordamos su cita con %s el " % st),
                P("%s %d de %s" % (ES_DAYS[a.weekday()], a.day, ES_MONTHS[a.month - 1]), "date"),
                T(" a las %s. Responda C para confirmar o STOP para no recibir mensajes." % time24(a))]
    if p.lang == "vi":
        return [T("Xin chào "), P(p.first, "name"), T(", nhắc lịch hẹn với %s vào ngày " % st),
                P(a.strftime("%d/%m/%Y"), "date"), T(" lúc %s. Trả lời C để xác nhận, STOP để hủy." % time24(a))]
    if p.lang == "fr":
        return [T("Bonjour "), P(p.first, "name"), T(", rappel de votre rendez-vous avec %s le " % st),
                P("%d %s" % (a.day, FR_MONTHS[a.month - 1]), "date"),
                T(" à %s. Répondez C pour confirmer." % a.strftime("%Hh%M"))]
    v = variant if variant is not None else random.randint(0, 3)
    if v == 0:
        return [T("Hi "), P(p.first, "name"), T(", this is %s reminding you of your appointment with %s on " % (CLINIC, st)),
                P(a.strftime("%a %b ") + str(a.day), "date"),
                T(" at %s. Reply C to confirm, R to reschedule. Reply STOP to opt out." % time12(a))]
    if v == 1:
        return [P(p.first, "name"), T(" "), P(p.last, "name"), T(": appt "), P(a.strftime("%m/%d/%Y"), "date"),
                T(" %s w/ %s @ %s. Call %s to change. Txt STOP to end" % (time12(a), st, p.loc, PRACTICE_FMT))]
    if v == 2:
        return [T("RFM Reminder: "), P(p.first, "name"), T(", your lab draw is on "), P("%d/%d" % (a.month, a.day), "date"),
                T(" at %s, %s. Fasting 8h required. Reply C to confirm." % (time12(a), LOCS[3]))]
    return [T("Reminder from %s: you have an appointment " % CLINIC), P(a.strftime("%m/%d"), "date"),
            T(" at %s with %s. Reply Y to confirm, N to cancel. Msg&data rates may apply." % (time12(a), st))]


# --------------------------------------------------------------------------- output buffer
LINES = []  # (family, parts)


def emit(fam, parts, a=0.02, b=1.8):
    tick(a, b)
    LINES.append((fam, [x for x in parts if x[0] != ""]))


def has_phi(parts):
    return any(c for _, c in parts)


# --------------------------------------------------------------------------- kannel
BB_PID, SB_PID = 1873, 1902
SMPP_THR = {"mblox-us": 9, "sinch-smpp1": 11, "sinch-smpp2": 12}
seq_no = {"mblox-us": 48211, "sinch-smpp1": 120337, "sinch-smpp2": 119870}


def kpre(pid, thr, lvl):
    return "%s [%d] [%d] %s: " % (k_ts(), pid, thr, lvl)


def ptr():
    return "0x7f%010x" % random.randint(0x3c000000, 0x3cffffff)


def hexrows(data_bytes, phi_ranges, prefix):
    rows = []
    for off in range(0, len(data_bytes), 16):
        ch = data_bytes[off:off + 16]
        if any(s < off + 16 and e > off for s, e in phi_ranges):
            continue
        hx = " ".join("%02x" % b for b in ch)
        asc = "".join(chr(b) if 32 <= b < 127 else "." for b in ch)
        rows.append(prefix + "    data: %-47s   %s" % (hx, asc))
    return rows


def msg_encoding(parts):
    s = plain(parts)
    try:
        s.encode("ascii")
        enc = s.encode("ascii")
        coding = 0
        mul = 1
    except UnicodeEncodeError:
        enc = s.encode("utf-16-be")
        coding = 8
        mul = 2
    ranges, pos = [], 0
    for t, c in parts:
        if c:
            ranges.append((pos * mul, (pos + len(t)) * mul))
        pos += len(t)
    return enc, coding, ranges


def pdu_dump(smsc, kind, fields, short_parts=None, max_lines=None):
    """emits a (partial) Kannel SMPP PDU dump; fields: list of (name, value, cat or None, quoted)"""
    thr = SMPP_THR[smsc]
    pre = lambda: kpre(BB_PID, thr, "DEBUG")
    out = []
    out.append([T("SMPP[%s]: %s PDU:" % (smsc, "Sending" if kind in ("submit_sm", "enquire_link", "deliver_sm_resp") else "Got"))])
    out.append([T("SMPP PDU %s dump:" % ptr())])
    out.append([T("  type_name: %s" % kind)])
    for name, val, cat, quoted in fields:
        if quoted:
            out.append([T('  %s: "' % name), P(val, cat) if cat else T(val), T('"')])
        elif isinstance(val, int):
            out.append([T("  %s: %d = 0x%08x" % (name, val, val))])
        else:
            out.append([T("  %s: %s" % (name, val))])
    if short_parts is not None:
        enc, coding, ranges = msg_encoding(short_parts)
        out.append([T("  short_message:")])
        out.append([T("   Octet string at %s:" % ptr())])
        out.append([T("     len:  %d" % len(enc))])
        out.append([T("     size: %d" % (len(enc) + 1))])
        out.append([T("     immutable: 0")])
        for r in hexrows(enc, ranges, " "):
            out.append([T(r)])
        out.append([T("   Octet string dump ends.")])
    out.append([T("SMPP PDU dump ends.")])
    if max_lines and len(out) > max_lines:
        # keep header and a random ordered subset (PHI-bearing field lines always kept)
        must = [i for i in range(2, len(out) - 1) if has_phi(out[i])]
        rest = [i for i in range(2, len(out) - 1) if i not in must]
        keep = sorted(must + random.sample(rest, max(0, max_lines - 3 - len(must))))
        out = out[:2] + [out[i] for i in keep] + out[-1:]
    for parts in out:
        emit("smpp-pdu-dump", [T(pre())] + parts, 0.0, 0.01)


def access_line(kind, smsc, svc, fid, meta, frm, to, flags, msg_parts, frm_cat=None, to_cat=None):
    msg_len = len(plain(msg_parts).encode("utf-8"))
    parts = [T("%s %s [SMSC:%s] [SVC:%s] [ACT:] [BINF:] [FID:%s] [META:%s] [from:" % (k_ts(), kind, smsc, svc, fid, meta)),
             P(frm, frm_cat) if frm_cat else T(frm), T("] [to:"), P(to, to_cat) if to_cat else T(to),
             T("] [flags:%s] [msg:%d:" % (flags, msg_len))]
    parts += msg_parts
    parts += [T("] [udh:0:]")]
    emit("kannel-access", parts)


def ev_sms_reminder(p):
    a = p.appt
    dest10 = sms_to(p)
    sc = random.choice(SHORTCODES)
    smsc = random.choice(SMSCS)
    text = sms_text(p)
    mid = hexid(8, upper=True) if smsc == "mblox-us" else str(random.randint(10**17, 10**18))
    thr = random.randint(3, 8)
    # scheduler dispatch
    dest_fmt = random.choice([e164, lambda x: x])
    emit("reminder-job", [T("%s  INFO 4121 --- [sched-pool-%d] c.r.reminders.job.ReminderDispatchJob   : dispatch apptId=%d patientMrn=" % (spring_ts(), random.randint(1, 6), p.appt_id)),
                          P(p.mrn, "mrn"), T(" channel=SMS dest="), P(dest_fmt(dest10), "phone"), T(" apptDate="),
                          P(a.strftime("%Y-%m-%d"), "date"), T(" apptTime=%s provider=\"%s\" template=appt_%s_v3" % (time24(a), p.staff, p.lang))])
    if random.random() < 0.6:
        emit("kannel-smsbox", [T(kpre(SB_PID, thr, "INFO") + "smsbox: Got HTTP request </cgi-bin/sendsms> from <10.20.4.%d>" % random.choice([15, 16]))])
    if random.random() < 0.8:
        emit("kannel-smsbox-access", [T("%s send-SMS request added - sender:rmdsvc:%s ip:10.20.4.15 target:" % (k_ts(), sc)),
                                      P(e164(dest10), "phone"), T(" request: '")] + text + [T("'")])
    # submit_sm dump
    s = seq_no[smsc] = seq_no[smsc] + 1
    if random.random() < 0.3:
        fields = [("command_id", 4, None, False), ("command_status", 0, None, False), ("sequence_number", s, None, False),
                  ("service_type", "NULL", None, False), ("source_addr_ton", 3, None, False), ("source_addr_npi", 0, None, False),
                  ("source_addr", sc, None, True), ("dest_addr_ton", 1, None, False), ("dest_addr_npi", 1, None, False),
                  ("destination_addr", "1" + dest10, "phone", True), ("esm_class", 3, None, False),
                  ("registered_delivery", 1, None, False), ("data_coding", msg_encoding(text)[1], None, False),
                  ("sm_length", len(msg_encoding(text)[0]), None, False)]
        pdu_dump(smsc, "submit_sm", fields, text, max_lines=random.randint(4, 8))
    else:
        emit("kannel-bearerbox", [T(kpre(BB_PID, SMPP_THR[smsc], "DEBUG") + "SMPP[%s]: Sending PDU:" % smsc)])
    if random.random() < 0.25:
        pdu_dump(smsc, "submit_sm_resp", [("command_id", 0x80000004, None, False), ("command_status", 0, None, False),
                                           ("sequence_number", s, None, False), ("message_id", mid, None, True)])
    emit("kannel-bearerbox", [T(kpre(BB_PID, SMPP_THR[smsc], "DEBUG") + "DLR[internal]: Adding DLR smsc=%s, ts=%s, src=%s, dst=" % (smsc, mid, sc)),
                              P(e164(dest10), "phone"), T(", mask=31, boxc=smsbox")])
    access_line("Sent SMS", smsc, "rmdsvc", mid, "?smpp_resp?", sc, e164(dest10), "-1:0:-1:0:31", text, to_cat="phone")
    LATER.append((random.randint(2, 9), lambda: ev_dlr(p, smsc, sc, mid, text, dest10)))


def ev_dlr(p, smsc, sc, mid, text, dest10):
    sub = NOW - dt.timedelta(seconds=random.randint(20, 240))
    stat, err = random.choice([("DELIVRD", "000")] * 6 + [("UNDELIV", "001"), ("EXPIRED", "000")])
    tx = truncate_parts(text, 20)
    receipt = [T("id:%s sub:001 dlvrd:%s submit date:%s done date:%s stat:%s err:%s text:" % (
        mid, "001" if stat == "DELIVRD" else "000", sub.strftime("%y%m%d%H%M"), NOW.strftime("%y%m%d%H%M"), stat, err))] + tx
    emit("kannel-bearerbox", [T(kpre(BB_PID, SMPP_THR[smsc], "DEBUG") + "SMPP[%s] handle_pdu, got DLR" % smsc)])
    if random.random() < 0.3:
        seq_no[smsc] += 1
        pdu_dump(smsc, "deliver_sm", [("sequence_number", seq_no[smsc], None, False), ("source_addr_ton", 1, None, False),
                                      ("source_addr", "1" + dest10, "phone", True), ("dest_addr_ton", 3, None, False),
                                      ("destination_addr", sc, None, True), ("esm_class", 4, None, False),
                                      ("receipted_message_id", mid, None, True), ("message_state", 2 if stat == "DELIVRD" else 5, None, False)],
                 receipt, max_lines=random.randint(5, 9))
    emit("kannel-bearerbox", [T(kpre(BB_PID, SMPP_THR[smsc], "DEBUG") + "DLR[internal]: Looking for DLR smsc=%s, ts=%s, dst=" % (smsc, mid)),
                              P(e164(dest10), "phone"), T(", type=%d" % (1 if stat == "DELIVRD" else 2))])
    if random.random() < 0.6:
        access_line("DLR SMS", smsc, "rmdsvc", mid, "?smpp?dlr_err=%s&" % err, sc, e164(dest10), "-1:-1:-1:-1:%d" % (1 if stat == "DELIVRD" else 2),
                    receipt, to_cat="phone")
    if random.random() < 0.5:
        emit("kannel-smsbox", [T(kpre(SB_PID, random.randint(3, 8), "INFO") + "Starting delivery report <rmdsvc> from <"), P(e164(dest10), "phone"), T(">")])
    emit("reminder-job", [T("%s  INFO 4121 --- [http-nio-8080-exec-%d] c.r.reminders.web.DlrCallbackController : dlr mid=%s smsc=%s status=%d (%s) apptId=%d latency=%ds" % (
        spring_ts(), random.randint(1, 10), mid, smsc, 1 if stat == "DELIVRD" else 2, stat, p.appt_id, random.randint(4, 200)))])


def ev_sms_inbound(p):
    sc = random.choice(SHORTCODES)
    smsc = random.choice(SMSCS)
    src10 = sms_to(p)
    kw = random.choice(["C", "C", "Y", "c", "STOP", "R", "Stop", "HELP", "C thanks"])
    fid = str(random.randint(10**17, 10**18)) if smsc != "mblox-us" else hexid(8, True)
    access_line("Receive SMS", smsc, "", fid, "?smpp?", e164(src10), sc, "-1:0:-1:0:-1", [T(kw)], frm_cat="phone")
    emit("kannel-smsbox", [T(kpre(SB_PID, random.randint(3, 8), "INFO") + "Starting to service <%s> from <" % kw), P(e164(src10), "phone"), T("> to <%s>" % sc)])
    if random.random() < 0.5:
        emit("kannel-smsbox", [T(kpre(SB_PID, random.randint(3, 8), "DEBUG") + "Get HTTP request: <http://10.20.4.15:8080/sms/inbound?kw=%s&sc=%s&mid=%s>" % (kw.split()[0].upper(), sc, fid))])
    up = kw.split()[0].upper()
    if up in ("C", "Y"):
        emit("reminder-job", [T("%s  INFO 4121 --- [http-nio-8080-exec-%d] c.r.reminders.inbound.KeywordRouter    : keyword=%s from=" % (spring_ts(), random.randint(1, 10), up)),
                              P(e164(src10), "phone"), T(" matched apptId=%d -> CONFIRMED" % p.appt_id)])
        reply = [T("Thanks! Your appointment is confirmed. See you soon. -%s" % SENDER_ID)]
    elif up == "STOP":
        ev_consent_optout(p, sc, src10)
        reply = [T("You are unsubscribed from %s reminders and will receive no further messages. Reply START to resubscribe." % CLINIC)]
    elif up == "R":
        emit("reminder-job", [T("%s  INFO 4121 --- [http-nio-8080-exec-%d] c.r.reminders.inbound.KeywordRouter    : keyword=R apptId=%d -> reschedule task queued for front desk (queue=resched, prio=2)" % (spring_ts(), random.randint(1, 10), p.appt_id))])
        reply = [T("OK, our front desk will call you to reschedule. You can also call %s." % PRACTICE_FMT)]
    else:
        reply = [T("%s reminders: call %s for help. Msg&data rates may apply. Reply STOP to cancel." % (CLINIC, PRACTICE_FMT))]
    if random.random() < 0.7:
        mid = hexid(8, True) if smsc == "mblox-us" else str(random.randint(10**17, 10**18))
        access_line("Sent SMS", smsc, "rmdsvc", mid, "?smpp_resp?", sc, e164(src10), "-1:0:-1:0:0", reply, to_cat="phone")


# --------------------------------------------------------------------------- consent service
def consent_log(d, pretty=False):
    if pretty:
        emit("consent-svc", jparts(d, ", ", ": "))
    else:
        emit("consent-svc", jparts(d))


def ev_consent_optout(p, sc, src10):
    consent_log({"ts": iso_z(), "level": "info", "logger": "consent.optout", "msg": "opt-out recorded",
                 "msisdn": Ph(e164(src10), "phone"), "keyword": "STOP", "shortcode": sc, "channel": "sms",
                 "patient_mrn": Ph(p.mrn, "mrn"), "scope": "all_reminders", "req_id": uuid4()})
    if random.random() < 0.6:
        consent_log({"ts": iso_z(), "level": "info", "logger": "consent.carrier_sync", "msg": "queued carrier opt-out sync",
                     "shortcode": sc, "batch": random.randint(2000, 2999), "pending": random.randint(1, 30)})


def ev_consent_pref(p, kind=None):
    if kind is None:
        kind = random.random()
    if kind < 0.35:
        d = {"timestamp": iso_z(), "severity": "INFO", "service": "consent-api", "event": "preference.updated",
             "patientId": Ph(p.pid, "mrn"), "portalUser": Ph(p.username, "other_id"),
             "channels": {"sms": p.channel == "sms", "voice": p.channel == "voice", "email": p.channel == "email"},
             "smsNumber": Ph(e164(p.phone10), "phone"), "emailAddress": Ph(p.email, "email"),
             "quietHours": "21:00-08:00", "clientIp": Ph(p.ip, "ip"), "requestId": uuid4()}
        if p.fax10:
            d["faxNumber"] = Ph(paren(p.fax10), "fax")
        consent_log(d)
    elif kind < 0.55:
        consent_log({"ts": iso_z(), "level": "info", "logger": "consent.tcpa", "msg": "express written consent captured",
                     "patient": {"mrn": Ph(p.mrn, "mrn"), "name": Ph(p.full, "name"), "dob": Ph(p.dob.isoformat(), "date")},
                     "msisdn": Ph(e164(sms_to(p)), "phone"), "method": random.choice(["web_form", "kiosk", "paper_scan"]),
                     "form_version": "TCPA-2023.2", "ip": Ph(p.ip, "ip")})
    elif kind < 0.7:
        # debug dump of a patient profile sync (bad practice, but real)
        consent_log({"ts": iso_z(), "level": "debug", "logger": "consent.ehr_sync",
                     "msg": "upsert contact profile from EHR feed",
                     "profile": {"mrn": Ph(p.mrn, "mrn"), "firstName": Ph(p.first, "name"), "lastName": Ph(p.last, "name"),
                                 "birthDate": Ph(p.dob.strftime("%Y%m%d"), "date"), "ssn": Ph(p.ssn, "ssn"),
                                 "addressLine1": Ph(p.street, "address"), "city": Ph(p.city, "address"), "state": p.state,
                                 "postalCode": Ph(p.zip, "zip"), "homePhone": Ph(dashed(p.phone10), "phone"),
                                 "email": Ph(p.email, "email"), "language": p.lang},
                     "source": "hl7-adt-a08", "msgCtrlId": "ADT%09d" % random.randint(1, 10**9 - 1)})
    elif kind < 0.8:
        consent_log({"ts": iso_z(), "level": "warn", "logger": "consent.validation",
                     "msg": "email address failed MX check, channel disabled",
                     "email": Ph(p.email, "email"), "mx_lookup_ms": random.randint(40, 900), "patient_mrn": Ph(p.mrn, "mrn")})
    elif kind < 0.9 and p.kind == "old":
        consent_log({"ts": iso_z(), "level": "info", "logger": "consent.rules",
                     "msg": "channel override applied", "rule": "age_ge_90_voice_first",
                     "patient_mrn": Ph(p.mrn, "mrn"), "age": Ph(p.age, "age"), "channel": "voice"})
    else:
        d = {"ts": iso_z(), "level": "info", "logger": "consent.profile",
             "msg": "photo consent for check-in kiosk stored", "patient_mrn": Ph(p.mrn, "mrn"),
             "kioskId": "KSK-%02d" % random.randint(1, 12),
             "photo": Ph("data:image/jpeg;base64," + jpeg_b64(random.randint(150, 260)), "photo")}
        consent_log(d)


def noise_consent():
    r = random.random()
    if r < 0.3:
        consent_log({"ts": iso_z(), "level": "info", "logger": "consent.http", "msg": "GET /healthz 200",
                     "remote": "10.20.%d.%d" % (random.randint(0, 9), random.randint(2, 250)), "dur_ms": random.randint(1, 9)})
    elif r < 0.55:
        consent_log({"ts": iso_z(), "level": "info", "logger": "consent.carrier_sync",
                     "msg": "carrier opt-out list reconciled", "shortcode": random.choice(SHORTCODES),
                     "added": random.randint(0, 20), "removed": random.randint(0, 3), "total": random.randint(4000, 6000),
                     "took_ms": random.randint(200, 4000)})
    elif r < 0.75:
        consent_log({"timestamp": iso_z(), "severity": "INFO", "service": "consent-api", "event": "suppression.export",
                     "rows": random.randint(100, 900), "target": "s3://rfm-msg-prod/suppression/%s.csv.gz" % NOW.strftime("%Y%m%d"),
                     "requestId": uuid4()})
    else:
        consent_log({"ts": iso_z(), "level": "warn", "logger": "consent.db", "msg": "slow query",
                     "query": "select * from consent_events where updated_at > $1 order by id limit 500",
                     "dur_ms": random.randint(800, 3000), "pool": "primary", "conn": random.randint(1, 20)})


# --------------------------------------------------------------------------- unsubscribe web (nginx)
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15"]


def ev_unsub_web(p):
    ua = random.choice(UAS)
    tok = b62(22)
    emit("nginx-unsub", [P(p.ip, "ip"), T(" - - [%s] \"GET /email/unsubscribe?e=" % nginx_ts()),
                         P(p.email.replace("@", "%40"), "email"), T("&t=%s&utm_source=reminder HTTP/1.1\" 200 2143 \"-\" \"%s\"" % (tok, ua))])
    emit("nginx-unsub", [P(p.ip, "ip"), T(" - - [%s] \"POST /email/unsubscribe HTTP/1.1\" 302 0 \"https://msg.riversidefm.example/email/unsubscribe?t=%s\" \"%s\"" % (nginx_ts(), tok, ua))])
    consent_log({"ts": iso_z(), "level": "info", "logger": "consent.unsubscribe", "msg": "email unsubscribe via link",
                 "email": Ph(p.email, "email"), "list": "appointment_reminders", "client_ip": Ph(p.ip, "ip"),
                 "ua_family": ua.split("(")[1].split(";")[0], "req_id": uuid4()})
    if random.random() < 0.5:
        emit("nginx-unsub", [P(p.ip, "ip"), T(" - - [%s] \"GET /email/unsubscribe/done HTTP/1.1\" 200 988 \"-\" \"%s\"" % (nginx_ts(), ua))])


def noise_nginx():
    r = random.random()
    if r < 0.6:
        emit("nginx-unsub", [T("10.20.0.%d - - [%s] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"ELB-HealthChecker/2.0\"" % (random.randint(2, 30), nginx_ts()))])
    else:
        emit("nginx-unsub", [T("10.20.0.%d - - [%s] \"GET /static/css/app.%s.css HTTP/1.1\" 304 0 \"https://msg.riversidefm.example/email/unsubscribe\" \"%s\"" % (
            random.randint(2, 30), nginx_ts(), hexid(8), random.choice(UAS)))])


# --------------------------------------------------------------------------- voice: asterisk / AGI / JVoiceXML / TTS
AST_PID = 2231
call_ctr = [0x4a0]
chan_ctr = [0x12a]
local_ctr = [0x318]


def ast(thread, cid, src, msg_parts, fam="asterisk-full", lvl="VERBOSE"):
    pre = "%s %s[%d]%s %s: " % (ast_ts(), lvl, thread, ("[%s]" % cid) if cid else "", src)
    emit(fam, [T(pre)] + msg_parts, 0.0, 0.4)


def tts_text(p):
    a = p.appt
    if p.lang == "es":
        return [T("<speak>Hola, este es un mensaje para <break time=\"200ms\"/>"), P(p.full, "name"),
                T(". Le recordamos su cita con %s el " % p.staff), P("%d de %s" % (a.day, ES_MONTHS[a.month - 1]), "date"),
                T(" a las %s. Para confirmar, oprima 1. Para hablar con recepción, oprima 0.</speak>" % time24(a))]
    if p.g_first:
        return [T("<speak>Hello, this is %s calling for the parent or guardian of " % CLINIC), P(p.first, "name"), T(" "),
                P(p.last, "name"), T(". <break time=\"300ms\"/> The visit is on "), P(a.strftime("%A, %B ") + str(a.day), "date"),
                T(" at %s. Press 1 to confirm.</speak>" % time12(a))]
    rate = "<prosody rate=\"slow\">" if p.kind == "old" else ""
    return [T("<speak>%sHello, this message is for " % rate), P(p.full, "name"),
            T(". <break time=\"300ms\"/> This is %s reminding you of your appointment with %s on " % (CLINIC, p.staff)),
            P(a.strftime("%A, %B ") + str(a.day), "date"),
            T(" at %s. Press 1 to confirm, press 2 to reschedule, or press 9 to repeat.%s</speak>" % (time12(a), "</prosody>" if rate else ""))]


def ev_voice(p, bio=False):
    a = p.appt
    dest10 = sms_to(p)
    emit("reminder-job", [T("%s  INFO 4121 --- [sched-pool-%d] c.r.reminders.job.ReminderDispatchJob   : dispatch apptId=%d patientMrn=" % (spring_ts(), random.randint(1, 6), p.appt_id)),
                          P(p.mrn, "mrn"), T(" channel=VOICE dest="), P(e164(dest10), "phone"), T(" apptDate="),
                          P(a.strftime("%Y-%m-%d"), "date"), T(" attempt=1/3")])
    if p.kind == "old" and random.random() < 0.7:
        emit("reminder-job", [T("%s DEBUG 4121 --- [sched-pool-%d] c.r.reminders.rules.ChannelRuleEngine    : rule age_ge_90_voice_first matched apptId=%d age=" % (spring_ts(), random.randint(1, 6), p.appt_id)),
                              P(str(p.age), "age"), T(" ttsRate=slow")])
    ssml = tts_text(p)
    if random.random() < 0.5:
        body = jparts({"Engine": "neural", "LanguageCode": "es-US" if p.lang == "es" else "en-US", "OutputFormat": "pcm",
                       "SampleRate": "8000", "Text": Msg(ssml), "TextType": "ssml", "VoiceId": "Lupe" if p.lang == "es" else random.choice(["Joanna", "Matthew", "Ruth"])})
        emit("tts-client", [T("%s DEBUG [voice-worker-%d] tts.polly: POST https://polly.us-west-2.amazonaws.com/v1/speech body=" % (iso_z(), random.randint(1, 4)))] + body)
    else:
        body = jparts({"input": {"ssml": Msg(ssml)},
                       "voice": {"languageCode": "es-US" if p.lang == "es" else "en-US",
                                 "name": "es-US-Neural2-A" if p.lang == "es" else "en-US-Neural2-F"},
                       "audioConfig": {"audioEncoding": "MULAW", "sampleRateHertz": 8000, "speakingRate": 0.85 if p.kind == "old" else 1.0}})
        emit("tts-client", [T("%s DEBUG [voice-worker-%d] tts.gcp: synthesize request=" % (iso_z(), random.randint(1, 4)))] + body)
    key = hashlib.sha1(plain(ssml).encode()).hexdigest()
    emit("tts-client", [T("%s INFO  [voice-worker-%d] tts: ok chars=%d audio_bytes=%d cache=miss key=sha1:%s file=/var/spool/rmd/tts/%s.ulaw" % (
        iso_z(), random.randint(1, 4), len(plain(ssml)), random.randint(40000, 120000), key, key[:12]))])
    call_ctr[0] += 1
    chan_ctr[0] += 1
    local_ctr[0] += 1
    cid = "C-%08x" % call_ctr[0]
    th = random.randint(23000, 29999)
    lch = "Local/s@reminder-outbound-%08x;2" % local_ctr[0]
    pch = "PJSIP/twilio-trunk-%08x" % chan_ctr[0]
    if random.random() < 0.4:
        ast(th, cid, "pbx.c", [T("Executing [s@reminder-outbound:1] NoOp(\"%s\", \"Reminder appt %d\") in new stack" % (lch, p.appt_id))])
    if random.random() < 0.4:
        ast(th, cid, "pbx.c", [T("Executing [s@reminder-outbound:2] Set(\"%s\", \"CALLERID(num)=5035550100\") in new stack" % lch)])
    ast(th, cid, "pbx.c", [T("Executing [s@reminder-outbound:3] Dial(\"%s\", \"PJSIP/" % lch), P(e164(dest10), "phone"), T("@twilio-trunk,45,g\") in new stack")])
    ast(th, cid, "app_dial.c", [T("Called PJSIP/"), P(e164(dest10), "phone"), T("@twilio-trunk")])
    if random.random() < 0.6:
        ast(th, cid, "app_dial.c", [T("%s is ringing" % pch)])
    outcome = "answer" if bio else random.choice(["answer", "answer", "answer", "noanswer", "busy"])
    if outcome != "answer":
        ast(th, cid, "app_dial.c", [T("Nobody picked up in 45000 ms" if outcome == "noanswer" else "Everyone is busy/congested at this time (1:1/0/0)")])
        ast(th, cid, "pbx.c", [T("Spawn extension (reminder-outbound, s, 3) exited non-zero on '%s'" % lch)])
        emit("reminder-job", [T("%s  WARN 4121 --- [ami-listener-1] c.r.reminders.voice.OriginateTracker     : apptId=%d result=%s dialstatus=%s retryIn=PT2H" % (
            spring_ts(), p.appt_id, outcome.upper(), "NOANSWER" if outcome == "noanswer" else "BUSY"))])
        return
    ast(th, cid, "app_dial.c", [T("%s answered %s" % (pch, lch))])
    if random.random() < 0.55 and not bio:
        # AGI path
        th2 = th + 1
        ast(th2, cid, "pbx.c", [T("Executing [s@reminder-ivr:1] AGI(\"%s\", \"reminder.agi,%d,%s," % (pch, p.appt_id, p.lang)), P(e164(dest10), "phone"), T("\") in new stack")])
        ast(th2, cid, "res_agi.c", [T("Launched AGI Script /var/lib/asterisk/agi-bin/reminder.agi")])
        env = [("agi_request", "reminder.agi", None), ("agi_channel", pch, None), ("agi_language", p.lang, None),
               ("agi_type", "PJSIP", None), ("agi_uniqueid", "%d.%d" % (epoch(), random.randint(100, 999)), None),
               ("agi_version", "18.20.2", None), ("agi_callerid", "5035550100", None), ("agi_calleridname", "Riverside FM", None), ("agi_arg_3", e164(dest10), "phone"),
               ("agi_context", "reminder-ivr", None), ("agi_extension", "s", None), ("agi_arg_1", str(p.appt_id), None),
               ("agi_arg_2", p.lang, None)]
        for k, v, c in random.sample(env, random.randint(2, 4)):
            ast(th2, cid, "res_agi.c", [T("<%s>AGI Tx >> %s: " % (pch, k)), P(v, c) if c else T(v)], fam="asterisk-agi")
        ast(th2, cid, "res_agi.c", [T("<%s>AGI Rx << SET VARIABLE PT_NAME \"" % pch), P(p.first, "name"), T(" "), P(p.last, "name"), T("\"")], fam="asterisk-agi")
        if random.random() < 0.5:
            ast(th2, cid, "res_agi.c", [T("<%s>AGI Tx >> 200 result=1" % pch)], fam="asterisk-agi")
        if random.random() < 0.5:
            ast(th2, cid, "res_agi.c", [T("<%s>AGI Rx << SET VARIABLE APPT_DATE \"" % pch), P(a.strftime("%Y%m%d"), "date"), T("\"")], fam="asterisk-agi")
        ast(th2, cid, "res_agi.c", [T("<%s>AGI Rx << STREAM FILE /var/spool/rmd/tts/%s \"129\"" % (pch, key[:12]))], fam="asterisk-agi")
        if random.random() < 0.5:
            ast(th2, cid, "file.c", [T("<%s> Playing '/var/spool/rmd/tts/%s.ulaw' (language '%s')" % (pch, key[:12], p.lang))])
        ast(th2, cid, "res_agi.c", [T("<%s>AGI Tx >> 200 result=49 endpos=%d" % (pch, random.randint(40000, 90000)))], fam="asterisk-agi")
        if random.random() < 0.3:
            card = p.card
            ast(th2, cid, "res_agi.c", [T("<%s>AGI Rx << SET VARIABLE COPAY_CARD \"" % pch), P(card, "account"), T("\"")], fam="asterisk-agi")
        ast(th2, cid, "res_agi.c", [T("<%s>AGI Script reminder.agi completed, returning 0" % pch)])
    else:
        ev_vxml(p, pch, key, bio)
    ast(th, cid, "pbx.c", [T("Spawn extension (reminder-ivr, s, %d) exited non-zero on '%s'" % (random.randint(2, 6), pch))])
    res = random.choice(["CONFIRMED", "CONFIRMED", "RESCHEDULE_REQUESTED", "HANGUP_NO_INPUT"])
    emit("reminder-job", [T("%s  INFO 4121 --- [ami-listener-1] c.r.reminders.voice.OriginateTracker     : apptId=%d result=%s billsec=%d uniqueid=%d.%d" % (
        spring_ts(), p.appt_id, res, random.randint(18, 95), epoch(), random.randint(100, 999)))])


def ev_vxml(p, pch, key, bio=False):
    sess = hexid(6)
    th = "session-%s" % sess
    jv = lambda lvl, cls, parts: emit("jvoicexml", [T("%s %-5s [%s] %s - " % (comma_ts(), lvl, th, cls))] + parts, 0.0, 0.5)
    jv("INFO", "org.jvoicexml.JVoiceXmlMain", [T("created session %s for %s" % (uuid4(), pch))])
    jv("DEBUG", "org.jvoicexml.interpreter.VoiceXmlInterpreter",
       [T("loading document http://ivr-app.internal:8080/vxml/reminder.vxml?apptId=%d&lang=%s" % (p.appt_id, p.lang))])
    jv("DEBUG", "org.jvoicexml.interpreter.FormInterpretationAlgorithm", [T("visiting form item 'greeting'")])
    jv("DEBUG", "org.jvoicexml.implementation.SynthesizedOutput", [T("queued speakable: ")] + tts_text(p))
    if random.random() < 0.6:
        jv("DEBUG", "org.jvoicexml.interpreter.FormInterpretationAlgorithm", [T("visiting form item 'verify_dob'")])
        jv("INFO", "org.jvoicexml.interpreter.tagstrategy.LogStrategy",
           [T("dtmf dob_entered="), P(p.dob.strftime("%m%d%Y"), "date"), T(" match=%s attempts=1" % random.choice(["true", "true", "false"]))])
    if bio or random.random() < 0.15:
        tmpl = rand_b64(random.randint(180, 300))
        jv("DEBUG", "com.rfm.ivr.VoiceAuthClient",
           [T("enroll request {\"speakerId\":\""), P(p.mrn, "mrn"), T("\",\"sampleRate\":8000,\"voiceprint\":\""), P(tmpl, "biometric"), T("\"}")])
        jv("INFO", "com.rfm.ivr.VoiceAuthClient", [T("enroll response status=201 score=0.%02d took=%dms" % (random.randint(70, 99), random.randint(200, 900)))])
    jv("INFO", "org.jvoicexml.interpreter.event.JVoiceXmlEventHandler", [T("processing event 'dtmf' utterance '%s' in field 'confirm'" % random.choice("1129"))])
    jv("DEBUG", "org.jvoicexml.interpreter.tagstrategy.SubmitStrategy",
       [T("submit to http://ivr-app.internal:8080/vxml/confirm namelist='apptId choice' method=post")])
    jv("INFO", "org.jvoicexml.JVoiceXmlMain", [T("session %s closed after %d ms" % (sess, random.randint(15000, 90000)))])


def noise_asterisk():
    r = random.random()
    th = random.randint(2000, 2400)
    if r < 0.35:
        ast(th, None, "res_pjsip/pjsip_options.c", [T("Contact twilio-trunk/sip:rfm-prod.pstn.twilio.com:5061;transport=tls is now Reachable. RTT: %.3f msec" % random.uniform(18, 70))])
    elif r < 0.55:
        ext = random.choice([2101, 2102, 2105, 2110, 2204, 2311])
        ast(th, None, "res_pjsip_registrar.c", [T("Added contact 'sip:%d@10.30.%d.%d:5060;ob' to AOR '%d' with expiration of 300 seconds" % (ext, random.randint(1, 3), random.randint(10, 200), ext))])
    elif r < 0.7:
        ast(th, None, "manager.c", [T("Manager 'rmdjob' logged on from 10.20.4.15")])
    elif r < 0.85:
        ast(th, None, "res_pjsip_outbound_registration.c", [T("Outbound registration to 'sip:rfm-prod.pstn.twilio.com' with client 'sip:5035550100@rfm-prod.pstn.twilio.com' now registered")], lvl="NOTICE")
    else:
        ast(th, None, "chan_pjsip.c", [T("Request 'OPTIONS' from '<sip:100@185.%d.%d.%d>' failed for '185.%d.%d.%d:5064' (callid: %s) - No matching endpoint found" % (
            random.randint(1, 250), random.randint(1, 250), random.randint(1, 250), random.randint(1, 250), random.randint(1, 250), random.randint(1, 250), hexid(24)))], lvl="NOTICE")


def noise_tts():
    emit("tts-client", [T("%s INFO  [voice-worker-%d] tts: cache stats hits=%d misses=%d evictions=%d size=%.1fMB" % (
        iso_z(), random.randint(1, 4), random.randint(100, 900), random.randint(10, 200), random.randint(0, 20), random.uniform(50, 400)))])


# --------------------------------------------------------------------------- email: postfix / exim / SES / celery
PF_HOST = "mail01"
MX = [("mx01.example.net", "198.51.100.25"), ("mx.example.com", "198.51.100.77"), ("mail.example.org", "203.0.113.41"),
      ("inbound.mail.example", "203.0.113.108"), ("mx2.inbox.example", "198.51.100.140")]


def pf(proc, pid, parts):
    emit("postfix", [T("%s %s postfix/%s[%d]: " % (sys_ts(), PF_HOST, proc, pid))] + parts, 0.0, 0.6)


def pf_qid():
    return "".join(random.choice("0123456789ABCDEF") for _ in range(11))


def subject_parts(p):
    a = p.appt
    v = random.randint(0, 2)
    if v == 0:
        return [T("Appointment reminder: "), P(a.strftime("%A, %B ") + str(a.day), "date"), T(" at %s" % time12(a))]
    if v == 1:
        return [P(p.first, "name"), T(", your visit with %s is coming up" % p.staff_short)]
    return [T("Your upcoming appointment at %s" % CLINIC)]


def ev_email_postfix(p):
    q = pf_qid()
    mxh, mxip = random.choice(MX)
    emit("celery-worker", [T("[%s: INFO/ForkPoolWorker-%d] Task reminders.tasks.send_email_reminder[%s] received" % (comma_ts(), random.randint(1, 8), uuid4()))])
    pf("pickup", 30211, [T("%s: uid=1001 from=<reminders@riversidefm.example>" % q)])
    pf("cleanup", random.randint(30000, 31000), [T("%s: message-id=<%s.%d@rmd-app01.riversidefm.example>" % (q, NOW.strftime("%Y%m%d%H%M%S"), p.appt_id))])
    if random.random() < 0.5:
        pf("cleanup", random.randint(30000, 31000), [T("%s: warning: header Subject: " % q)] + subject_parts(p) +
           [T(" from local; from=<reminders@riversidefm.example> to=<"), P(p.email, "email"), T(">")])
    pf("qmgr", 1422, [T("%s: from=<reminders@riversidefm.example>, size=%d, nrcpt=1 (queue active)" % (q, random.randint(3000, 9000)))])
    if random.random() < 0.8:
        pf("smtp", random.randint(31000, 32000), [T("%s: to=<" % q), P(p.email, "email"),
                                                 T(">, relay=%s[%s]:25, delay=%.1f, delays=0.02/0.01/%.2f/%.2f, dsn=2.0.0, status=sent (250 2.0.0 OK  %d %s - gsmtp)" % (
                                                     mxh, mxip, random.uniform(0.3, 3), random.uniform(0.1, 1), random.uniform(0.1, 1), epoch(), b62(12)))])
    else:
        pf("smtp", random.randint(31000, 32000), [T("%s: to=<" % q), P(p.email, "email"),
                                                 T(">, relay=%s[%s]:25, delay=1.4, delays=0.02/0/0.9/0.5, dsn=5.1.1, status=bounced (host %s[%s] said: 550 5.1.1 <" % (mxh, mxip, mxh, mxip)),
                                                 P(p.email, "email"), T(">: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))")])
        q2 = pf_qid()
        pf("bounce", random.randint(32000, 33000), [T("%s: sender non-delivery notification: %s" % (q, q2))])
    pf("qmgr", 1422, [T("%s: removed" % q)])
    emit("celery-worker", [T("[%s: INFO/ForkPoolWorker-%d] Task reminders.tasks.send_email_reminder[%s] succeeded in %.3fs: " % (comma_ts(), random.randint(1, 8), uuid4(), random.uniform(0.05, 1.2)))] +
         rparts({"appt_id": p.appt_id, "to": Ph(p.email, "email"), "queue_id": q, "status": "queued"}))


def noise_postfix():
    r = random.random()
    pid = random.randint(30000, 33000)
    if r < 0.3:
        pf("smtpd", pid, [T("connect from rmd-app0%d.riversidefm.example[10.20.4.%d]" % (random.randint(1, 2), random.randint(15, 16)))])
    elif r < 0.55:
        pf("smtpd", pid, [T("disconnect from rmd-app01.riversidefm.example[10.20.4.15] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5")])
    elif r < 0.7:
        pf("anvil", 1500, [T("statistics: max connection rate 3/60s for (smtp:10.20.4.15) at %s" % sys_ts())])
    elif r < 0.85:
        q = pf_qid()
        pf("smtp", pid, [T("%s: to=<%s>, relay=smtp.riversidefm.example[10.20.1.5]:25, delay=0.3, delays=0.01/0/0.1/0.19, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as %s)" % (
            q, random.choice(STAFF_EMAILS), pf_qid()))])
    else:
        pf("scache", 1611, [T("statistics: address lookup hits=%d miss=%d success=%d%%" % (random.randint(0, 50), random.randint(1, 80), random.randint(10, 90)))])


def exim_id():
    return "%s-%s-%s" % (b62(6), b62(6), b62(2))


def ex(parts):
    emit("exim-mainlog", [T(k_ts() + " ")] + parts, 0.0, 0.7)


def ev_email_exim(p):
    eid = exim_id()
    mxh, mxip = random.choice(MX)
    ex([T("%s <= reminders@riversidefm.example U=rmd P=local S=%d id=%s.%d@rmd-app02.riversidefm.example T=\"" % (eid, random.randint(3000, 9000), NOW.strftime("%Y%m%d%H%M%S"), p.appt_id))] +
       escj(subject_parts(p)) + [T("\"")])
    if random.random() < 0.8:
        ex([T("%s => " % eid), P(p.email, "email"), T(" R=dnslookup T=remote_smtp H=%s [%s] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C=\"250 2.0.0 Ok: queued as %s\"" % (mxh, mxip, b62(10)))])
    else:
        ex([T("%s ** " % eid), P(p.email, "email"), T(" R=dnslookup T=remote_smtp H=%s [%s]: SMTP error from remote mail server after RCPT TO:<" % (mxh, mxip)),
            P(p.email, "email"), T(">: 550 5.2.1 The email account that you tried to reach is disabled")])
    ex([T("%s Completed" % eid)])


def noise_exim():
    r = random.random()
    if r < 0.5:
        ex([T("Start queue run: pid=%d" % random.randint(40000, 49999))])
    elif r < 0.8:
        ex([T("End queue run: pid=%d" % random.randint(40000, 49999))])
    else:
        eid = exim_id()
        ex([T("%s <= <> R=%s U=Debian-exim P=local S=%d" % (eid, exim_id(), random.randint(1500, 4000)))])


SES_ARN = "arn:aws:ses:us-west-2:418295730614:identity/riversidefm.example"


def ses_mail(p, mid, with_headers):
    d = {"timestamp": iso_z(NOW - dt.timedelta(seconds=random.randint(2, 60))), "source": "Riverside Family Medicine <reminders@riversidefm.example>",
         "sourceArn": SES_ARN, "sourceIp": "10.20.4.%d" % random.choice([15, 16]),
         "callerIdentity": "rmd-ses-sender", "sendingAccountId": "418295730614", "messageId": mid,
         "destination": [Ph(p.email, "email")]}
    if with_headers:
        d["headersTruncated"] = False
        d["headers"] = [{"name": "From", "value": "Riverside Family Medicine <reminders@riversidefm.example>"},
                        {"name": "To", "value": Msg([P(p.full, "name"), T(" <"), P(p.email, "email"), T(">")])},
                        {"name": "Subject", "value": Msg(subject_parts(p))}]
        d["commonHeaders"] = {"from": ["Riverside Family Medicine <reminders@riversidefm.example>"],
                              "to": [Msg([P(p.full, "name"), T(" <"), P(p.email, "email"), T(">")])],
                              "messageId": mid}
    return d


def ses_mid():
    return "0101018e" + hexid(8) + "-" + uuid4() + "-000000"


def ev_ses(p, kind=None):
    kind = kind or random.choice(["Delivery", "Delivery", "Bounce", "Complaint"])
    mid = ses_mid()
    emit("celery-worker", [T("[%s: INFO/ForkPoolWorker-%d] reminders.email.ses: SendEmail ok MessageId=%s appt_id=%d" % (comma_ts(), random.randint(1, 8), mid, p.appt_id))])
    mxh, mxip = random.choice(MX)
    if kind == "Delivery":
        d = {"notificationType": "Delivery", "mail": ses_mail(p, mid, random.random() < 0.4),
             "delivery": {"timestamp": iso_z(), "processingTimeMillis": random.randint(300, 3000), "recipients": [Ph(p.email, "email")],
                          "smtpResponse": "250 2.0.0 OK  %d %s - gsmtp" % (epoch(), b62(12)), "remoteMtaIp": mxip,
                          "reportingMTA": "a8-%d.smtp-out.amazonses.com" % random.randint(10, 99)}}
    elif kind == "Bounce":
        d = {"notificationType": "Bounce",
             "bounce": {"feedbackId": ses_mid(), "bounceType": "Permanent", "bounceSubType": "General",
                        "bouncedRecipients": [{"emailAddress": Ph(p.email, "email"), "action": "failed", "status": "5.1.1",
                                               "diagnosticCode": Msg([T("smtp; 550 5.1.1 <"), P(p.email, "email"), T(">: Recipient address rejected: User unknown")])}],
                        "timestamp": iso_z(), "remoteMtaIp": mxip, "reportingMTA": "dsn; a8-%d.smtp-out.amazonses.com" % random.randint(10, 99)},
             "mail": ses_mail(p, mid, random.random() < 0.5)}
    else:
        d = {"notificationType": "Complaint",
             "complaint": {"feedbackId": ses_mid(), "complaintSubType": None, "complainedRecipients": [{"emailAddress": Ph(p.email, "email")}],
                           "timestamp": iso_z(), "userAgent": random.choice(["Yahoo!-Mail-Feedback/2.0", "Mozilla/5.0 (compatible; AOL-FBL/1.0)"]),
                           "complaintFeedbackType": "abuse", "arrivalDate": iso_z(NOW - dt.timedelta(seconds=30))},
             "mail": ses_mail(p, mid, random.random() < 0.5)}
    inner = jparts(d)
    if random.random() < 0.45:
        env = [T('{"Type":"Notification","MessageId":"%s","TopicArn":"arn:aws:sns:us-west-2:418295730614:ses-feedback-prod","Message":"' % uuid4())] + \
            escj(inner) + [T('","Timestamp":"%s","SignatureVersion":"1","Signature":"%s","SigningCertURL":"https://sns.us-west-2.amazonaws.com/SimpleNotificationService-%s.pem"}' % (
                iso_z(), rand_b64(48), hexid(32)))]
        emit("ses-notification", [T("%s INFO  ses-feedback-consumer: sqs message %s body=" % (iso_z(), uuid4()))] + env)
    else:
        emit("ses-notification", inner)
    if kind in ("Bounce", "Complaint"):
        consent_log({"ts": iso_z(), "level": "info", "logger": "consent.suppression", "msg": "address suppressed",
                     "reason": kind.lower(), "email": Ph(p.email, "email"), "ses_message_id": mid, "patient_mrn": Ph(p.mrn, "mrn")})


def noise_ses():
    mid = ses_mid()
    staff = random.choice(STAFF_EMAILS)
    emit("ses-notification", jparts({"notificationType": "Delivery",
                                     "mail": {"timestamp": iso_z(), "source": "reminders@riversidefm.example", "sourceArn": SES_ARN,
                                              "sourceIp": "10.20.4.15", "sendingAccountId": "418295730614", "messageId": mid,
                                              "destination": [staff]},
                                     "delivery": {"timestamp": iso_z(), "processingTimeMillis": random.randint(300, 2000),
                                                  "recipients": [staff], "smtpResponse": "250 2.0.0 Ok",
                                                  "remoteMtaIp": "52.%d.%d.%d" % (random.randint(1, 250), random.randint(1, 250), random.randint(1, 250)),
                                                  "reportingMTA": "a8-%d.smtp-out.amazonses.com" % random.randint(10, 99)}}))


# --------------------------------------------------------------------------- reminder job: special reminders
def job(lvl, thread, cls, parts):
    emit("reminder-job", [T("%s %5s 4121 --- [%s] %-40s : " % (spring_ts(), lvl, thread, cls))] + parts)


def ev_special(p, r=None):
    if r is None:
        r = random.random()
    a = p.appt
    th = "sched-pool-%d" % random.randint(1, 6)
    if r < 0.2:
        sn, imei = p.dev_sn, p.imei
        job("INFO", th, "c.r.reminders.rpm.RpmAdherenceJob",
            [T("no readings for 72h patientMrn="), P(p.mrn, "mrn"), T(" deviceSerial="), P(sn, "device"), T(" hubImei="), P(imei, "device"),
             T(" -> sending adherence nudge via %s" % p.channel.upper())])
    elif r < 0.35:
        job("INFO", th, "c.r.reminders.job.HomeVisitReminderJob",
            [T("home visit apptId=%d nurse=\"%s\" addr=\"" % (p.appt_id, random.choice(["Grace Kim, RN", "Tomás Ibarra, RN", "Nadia Haddad, RN"]))),
             P(p.street, "address"), T(", "), P(p.city, "address"), T(", %s " % p.state), P(p.zip, "zip"), T("\" window=%s-%02d:%02d date=" % (time24(a), (a.hour + 2) % 24, a.minute)),
             P(a.strftime("%m/%d/%Y"), "date")])
    elif r < 0.5:
        if p.mbi:
            job("INFO", th, "c.r.reminders.elig.EligibilityPrecheck",
                [T("apptId=%d payer=MEDICARE mbi=" % p.appt_id), P(p.mbi, "health_plan"), T(" status=ACTIVE partB=Y copayReminder=false")])
        else:
            job("INFO", th, "c.r.reminders.elig.EligibilityPrecheck",
                [T("apptId=%d payer=%s memberId=" % (p.appt_id, random.choice(["REGENCE", "MODA", "PROVIDENCE", "KAISER-NW"]))), P(p.member, "health_plan"),
                 T(" group=GRP%05d status=ACTIVE copay=$%d.00" % (random.randint(10000, 99999), random.choice([20, 25, 35, 40])))])
    elif r < 0.65:
        text = [T("%s: Hi " % SENDER_ID), P(p.first, "name"), T(", a balance of $%d.%02d is due on account " % (random.randint(20, 480), random.randint(0, 99))),
                P(p.billing, "account"), T(". Pay at %s/pay or call %s." % (PORTAL, PRACTICE_FMT))]
        job("INFO", th, "c.r.reminders.billing.StatementReminderJob", [T("render sms template=balance_due_v2 to="), P(e164(p.phone10), "phone"), T(" text=\"")] + text + [T("\"")])
    elif r < 0.75:
        plate = p.plate
        job("INFO", th, "c.r.reminders.job.ParkingPassJob",
            [T("apptId=%d garage=Lovejoy-P2 plate=" % p.appt_id), P(plate, "vehicle"), T(" state=%s validFrom=" % p.state), P(a.strftime("%Y-%m-%d"), "date"),
             T(" pass=PKG-%06d" % random.randint(0, 999999))])
    elif r < 0.85:
        slug = fold(p.first + "-" + p.last).lower().replace(" ", "-").replace("'", "")
        url = "%s/checkin/%s-%s" % (PORTAL, slug, p.mrn[-4:])
        job("DEBUG", th, "c.r.reminders.links.CheckinLinkBuilder",
            [T("built pre-checkin link apptId=%d url=" % p.appt_id), P(url, "url"), T(" ttl=PT48H")])
    elif r < 0.93:
        job("WARN", th, "c.r.reminders.job.ReminderDispatchJob",
            [T("skipping apptId=%d patient=\"" % p.appt_id), P(p.last, "name"), T(", "), P(p.first, "name"), T("\" dob="),
             P(p.dob.strftime("%m/%d/%Y"), "date"), T(" reason=NO_VALID_CONTACT (phone bounced, email missing)")])
    else:
        dl = p.dl
        job("WARN", th, "c.r.reminders.idv.IdentityMatchService",
            [T("ambiguous match for inbound reply; candidate mrn="), P(p.mrn, "mrn"), T(" dl="), P(dl, "license"), T(" dlState=%s score=0.%02d" % (p.state, random.randint(50, 79)))])


def noise_job():
    r = random.random()
    th = "sched-pool-%d" % random.randint(1, 6)
    day = (NOW + dt.timedelta(days=random.choice([1, 2, 7]))).strftime("%Y-%m-%d")
    if r < 0.25:
        sel = random.randint(300, 520)
        job("INFO", th, "c.r.reminders.job.ReminderBatchPlanner",
            [T("batch window=%s selected=%d eligible=%d suppressed=%d (optout=%d, quiet_hours=%d) batchId=%s" % (
                day, sel, sel - 17, 17, 11, 6, uuid4()))])
    elif r < 0.4:
        job("INFO", "QuartzScheduler_Worker-%d" % random.randint(1, 5), "o.q.core.JobRunShell",
            [T("Job REMINDERS.smsDispatch threw no exception, next fire time %s" % (NOW + dt.timedelta(minutes=5)).strftime("%a %b %d %H:%M:00 UTC %Y"))])
    elif r < 0.55:
        job("DEBUG", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool",
            [T("HikariPool-1 - Pool stats (total=20, active=%d, idle=%d, waiting=0)" % (random.randint(0, 8), random.randint(8, 20)))])
    elif r < 0.7:
        job("INFO", th, "c.r.reminders.job.ThrottleGovernor",
            [T("smsc=%s tps=%.1f/%d window=1s queueDepth=%d" % (random.choice(SMSCS), random.uniform(2, 30), 30, random.randint(0, 400)))])
    elif r < 0.82:
        job("INFO", "http-nio-8080-exec-%d" % random.randint(1, 10), "c.r.reminders.web.RequestLog",
            [T("POST /api/v2/reminders/preview 200 %dms user=scheduler.svc tenant=rfm-pdx" % random.randint(5, 300))])
    elif r < 0.92:
        job("WARN", th, "c.r.reminders.job.ReminderDispatchJob",
            [T("template appt_es_v3 missing translation key 'lab_fasting', falling back to en for %d appointments" % random.randint(1, 9))])
    else:
        job("INFO", th, "c.r.reminders.job.ProviderDigestJob",
            [T("sent next-day schedule digest to %s for %s (%d appts)" % (random.choice(STAFF), day, random.randint(8, 26)))])


def noise_celery():
    r = random.random()
    if r < 0.4:
        emit("celery-worker", [T("[%s: INFO/MainProcess] Task reminders.tasks.sync_suppression_list[%s] received" % (comma_ts(), uuid4()))])
    elif r < 0.7:
        emit("celery-worker", [T("[%s: INFO/ForkPoolWorker-%d] Task reminders.tasks.sync_suppression_list[%s] succeeded in %.3fs: None" % (comma_ts(), random.randint(1, 8), uuid4(), random.uniform(0.1, 3)))])
    elif r < 0.85:
        emit("celery-worker", [T("[%s: WARNING/ForkPoolWorker-%d] reminders.email.ses: throttled by SES (MaxSendRate 14/s), retry in %ds" % (comma_ts(), random.randint(1, 8), random.randint(1, 5)))])
    else:
        emit("celery-worker", [T("[%s: INFO/MainProcess] mingle: sync with %d nodes" % (comma_ts(), random.randint(1, 3)))])


# --------------------------------------------------------------------------- kannel noise
def noise_kannel():
    r = random.random()
    smsc = random.choice(SMSCS)
    thr = SMPP_THR[smsc]
    if r < 0.12:
        seq_no[smsc] += 1
        pdu_dump(smsc, "enquire_link", [("command_id", 21, None, False), ("command_status", 0, None, False), ("sequence_number", seq_no[smsc], None, False)])
    elif r < 0.4:
        emit("kannel-bearerbox", [T(kpre(BB_PID, thr, "DEBUG") + "SMPP[%s]: throughput (%.2f,%.2f)" % (smsc, random.uniform(0, 30), 30.0))])
    elif r < 0.5:
        emit("kannel-bearerbox", [T(kpre(BB_PID, 1, "INFO") + "Client connected from <127.0.0.1>")])
    elif r < 0.6:
        emit("kannel-smsbox", [T(kpre(SB_PID, 0, "INFO") + "Connected to bearerbox at localhost port 13001.")])
    elif r < 0.72:
        emit("kannel-bearerbox", [T(kpre(BB_PID, thr, "DEBUG") + "SMPP[%s]: Got PDU: generic_nack seq=%d status=0x00000058 (Throttling error (ESME has exceeded allowed message limits))" % (smsc, seq_no[smsc]))])
    elif r < 0.82:
        emit("kannel-bearerbox", [T(kpre(BB_PID, thr, "WARNING") + "SMPP[%s]: SMSC returned error code 0x00000058 (Throttling error (ESME has exceeded allowed message limits)) in response to submit_sm." % smsc)])
    elif r < 0.9:
        emit("kannel-smsbox", [T(kpre(SB_PID, random.randint(3, 8), "INFO") + "smsbox: Got HTTP request </cgi-bin/sendsms> from <10.20.4.16>")])
    else:
        emit("kannel-bearerbox", [T(kpre(BB_PID, 4, "INFO") + "HTTP: Opening connection to `10.20.4.15:8080' (fd=%d)." % random.randint(20, 90))])


# --------------------------------------------------------------------------- main loop
LATER = []  # (countdown_events, fn)

NOISE = [noise_kannel] * 5 + [noise_asterisk] * 3 + [noise_postfix] * 3 + [noise_exim] * 2 + [noise_job] * 4 + \
    [noise_celery] * 2 + [noise_consent] * 2 + [noise_nginx] + [noise_tts] + [noise_ses]

# weighted person selection: some people recur a lot
WEIGHTS = [random.choice([1, 1, 2, 3]) for _ in PEOPLE]


def pick():
    return random.choices(PEOPLE, weights=WEIGHTS)[0]


OLD = [p for p in PEOPLE if p.kind == "old"]
FAXERS = [p for p in PEOPLE if p.fax10]
COVERAGE = ([(ev_consent_pref, lambda: random.choice(FAXERS), 0.1)] * 2 + [(ev_consent_pref, pick, 0.6)] * 3 +
            [(ev_consent_pref, lambda: random.choice(OLD), 0.85)] * 2 + [(ev_consent_pref, pick, 0.95)] * 2 +
            [(ev_special, pick, 0.1)] * 2 + [(ev_special, pick, 0.3)] * 3 + [(ev_special, pick, 0.4)] * 3 +
            [(ev_special, pick, 0.55)] * 2 + [(ev_special, pick, 0.7)] * 2 + [(ev_special, pick, 0.8)] * 2 +
            [(ev_special, pick, 0.9)] * 2 + [(ev_special, pick, 0.97)] * 2 + [(ev_ses, pick, "Complaint")] * 2 + [(ev_voice, pick, True)] * 2)
random.shuffle(COVERAGE)
COV_TOTAL = len(COVERAGE)
NEXT_COV = [12.0]


def phi_event():
    if COVERAGE and len(LINES) >= NEXT_COV[0]:
        NEXT_COV[0] += 470.0 / COV_TOTAL
        fn, who, arg = COVERAGE.pop()
        fn(who(), arg)
        return
    p = pick()
    r = random.random()
    if r < 0.2:
        ev_sms_reminder(p)
    elif r < 0.3:
        ev_sms_inbound(p)
    elif r < 0.39:
        ev_voice(p)
    elif r < 0.5:
        ev_email_postfix(p)
    elif r < 0.57:
        ev_email_exim(p)
    elif r < 0.68:
        ev_ses(p)
    elif r < 0.75:
        ev_unsub_web(p)
    elif r < 0.86:
        ev_consent_pref(p)
    else:
        ev_special(p)


# make sure every special kind appears: voice for the elderly first
def run():
    first_voice = [p for p in PEOPLE if p.kind == "old"]
    for p in first_voice[:2]:
        ev_voice(p)
        noise_job()
        noise_kannel()
    while len(LINES) < N_LINES + 40:
        # fire pending DLRs
        for item in LATER[:]:
            item_ct = item[0] - 1
            LATER.remove(item)
            if item_ct <= 0:
                item[1]()
            else:
                LATER.append((item_ct, item[1]))
        phi_lines = sum(1 for _, parts in LINES if has_phi(parts))
        share = phi_lines / max(1, len(LINES))
        tick(2, 30)
        if share > 0.45:
            random.choice(NOISE)()
        else:
            phi_event()


run()
assert len(COVERAGE) <= 2, len(COVERAGE)
LINES = LINES[:N_LINES]

# --------------------------------------------------------------------------- write
log_path = os.path.join(HERE, ID + ".log")
lab_path = os.path.join(HERE, ID + ".labels.jsonl")
counts = {}
nophi = 0
with open(log_path, "wb") as fl, open(lab_path, "w", encoding="utf-8", newline="\n") as fj:
    for n, (fam, parts) in enumerate(LINES, 1):
        buf = b""
        spans = []
        for text, cat in parts:
            assert "\n" not in text and "\r" not in text
            bt = text.encode("utf-8")
            if cat:
                spans.append({"s": len(buf), "e": len(buf) + len(bt), "cat": cat, "_v": bt})
            buf += bt
        assert len(buf) <= 4000, (n, len(buf))
        prev_e = -1
        for sp in spans:
            assert sp["s"] >= prev_e and sp["e"] > sp["s"]
            assert buf[sp["s"]:sp["e"]] == sp.pop("_v")
            prev_e = sp["e"]
            counts[sp["cat"]] = counts.get(sp["cat"], 0) + 1
        if not spans:
            nophi += 1
        fl.write(buf + b"\n")
        fj.write(json.dumps({"line": n, "family": fam, "spans": spans}, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    print("lines=%d nophi=%d (%.1f%%)" % (len(LINES), nophi, 100.0 * nophi / len(LINES)))
    for k in sorted(counts):
        print("  %-12s %d" % (k, counts[k]))
