#!/usr/bin/env python3
"""Deterministic generator for fs.log / fs.labels.jsonl.

Theme: a small multi-specialty clinic running ~20 year old software on one
CentOS 5 box (Apache 2.2 + mod_php 5.2, Perl CGI, MySQL 5.1, sendmail, Samba 3).
Standard library only.  Running it twice yields byte-identical output.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
from urllib.parse import quote_plus

random.seed(18180303)
ID = "fs"
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
TARGET_PHI = 240  # aim; phi fillers also carry non-PHI lines, lands near 45 %

HOST = "lfsc-srv01"
FQDN = "lfsc-srv01.lakeside.local"
WEB = "http://lfsc-srv01"
PUBWEB = "http://www.lakeside-fsc.example"
CLINIC = "Lakeside Family & Specialty Clinic"
CLINIC_ADDR = "2250 Orchard Park Dr Ste 110, Westerville OH 43081"
CLINIC_TEL = "(614) 555-0100"
CLINIC_FAX = "(614) 555-0102"
DAY = dt.datetime(2025, 3, 3)
TODAY = dt.date(2025, 3, 3)
TOMORROW = dt.date(2025, 3, 4)

# --------------------------------------------------------------------------
# line builder: parts are plain strings (no PHI) or (value, category) tuples
# --------------------------------------------------------------------------


def S(v, cat):
    assert v, "empty span value"
    return (v, cat)


def _flatten(parts):
    for p in parts:
        if isinstance(p, list):
            yield from _flatten(p)
        else:
            yield p


def mk(fam, *parts):
    buf = bytearray()
    spans = []
    for p in _flatten(parts):
        if isinstance(p, tuple):
            v, c = p
            b = v.encode("utf-8")
            s = len(buf)
            buf += b
            spans.append({"s": s, "e": len(buf), "cat": c, "_v": b})
        else:
            buf += p.encode("utf-8")
    return (fam, bytes(buf), spans)


def plen(parts):
    """byte length of a parts list"""
    n = 0
    for p in _flatten(parts):
        n += len((p[0] if isinstance(p, tuple) else p).encode("utf-8"))
    return n


def ptext(parts):
    return "".join(p[0] if isinstance(p, tuple) else p for p in _flatten(parts))


def pad(parts, width):
    n = len(ptext(parts))
    return list(parts) + [" " * max(0, width - n)]


def rpad_num(parts, width):
    n = len(ptext(parts))
    return [" " * max(0, width - n)] + list(parts)


# --------------------------------------------------------------------------
# time formats
# --------------------------------------------------------------------------
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WDAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def t_acc(t):
    return "%02d/%s/%04d:%02d:%02d:%02d -0500" % (t.day, MON[t.month - 1], t.year, t.hour, t.minute, t.second)


def t_err(t):
    return "[%s %s %02d %02d:%02d:%02d %04d]" % (WDAY[t.weekday()], MON[t.month - 1], t.day, t.hour, t.minute, t.second, t.year)


def t_sys(t):
    return "%s %2d %02d:%02d:%02d" % (MON[t.month - 1], t.day, t.hour, t.minute, t.second)


def t_my(t):
    return "%02d%02d%02d %2d:%02d:%02d" % (t.year % 100, t.month, t.day, t.hour, t.minute, t.second)


def t_iso(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def t_smb(t):
    return t.strftime("%Y/%m/%d %H:%M:%S")


def t_rfc(t):
    return "%s, %d %s %04d %02d:%02d:%02d -0500" % (WDAY[t.weekday()], t.day, MON[t.month - 1], t.year, t.hour, t.minute, t.second)


def t_gmt(t):
    u = t + dt.timedelta(hours=5)
    return "%s, %02d %s %04d %02d:%02d:%02d GMT" % (WDAY[u.weekday()], u.day, MON[u.month - 1], u.year, u.hour, u.minute, u.second)


def epoch(t):
    return int((t - dt.datetime(1970, 1, 1)).total_seconds()) + 5 * 3600


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d_cmp(d):
    return d.strftime("%Y%m%d")


def age_on(d, ref=TODAY):
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


FOLD = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d"})


def ascii_fold(s):
    s = s.translate(FOLD)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


# --------------------------------------------------------------------------
# identifiers with valid structure
# --------------------------------------------------------------------------

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


def card(prefix, length=16):
    body = prefix + "".join(random.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    pat = ["123456789", A, A + N, N, A, A + N, N, A, A, N, N]
    return "".join(random.choice(p) for p in pat)


def ssn():
    area = random.randint(100, 665)
    return "%03d-%02d-%04d" % (area, random.randint(1, 99), random.randint(1, 9999))


_used_lines = {"0100", "0101", "0102", "0188", "0150"}


def phone():
    while True:
        ln = "01%02d" % random.randint(3, 99)
        if ln not in _used_lines:
            _used_lines.add(ln)
            return (random.choice(["614", "614", "740", "380"]), "555", ln)


def fmt_ph(p, style):
    a, b, c = p
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c), "raw": a + b + c,
            "e164": "+1" + a + b + c, "dot": "%s.%s.%s" % (a, b, c)}[style]


def pub_ip():
    first = random.choice([24, 65, 67, 68, 71, 73, 74, 75, 76, 98, 99, 107, 108, 174, 184])
    return "%d.%d.%d.%d" % (first, random.randint(1, 254), random.randint(0, 255), random.randint(2, 254))


# --------------------------------------------------------------------------
# synthetic patients
# --------------------------------------------------------------------------
PT = {}


def add_pt(key, first, last, sex, dob, street, city, zipc, plan, email=None, mid="", **kw):
    p = dict(key=key, first=first, last=last, mid=mid, sex=sex, dob=dt.date(*dob), street=street,
             city=city, zip=zipc, plan=plan, email=email)
    p["chart"] = str(random.randint(100400, 109900))
    p["ssn"] = ssn()
    p["phone"] = phone()
    p["acct"] = "00%06d" % random.randint(200000, 289999)
    p["ip"] = pub_ip()
    if plan == "medicare":
        p["plan_id"] = mbi()
        p["payer"] = "MEDICARE PART B"
    elif plan == "medicaid":
        p["plan_id"] = "9%011d" % random.randint(10 ** 10, 10 ** 11 - 1)
        p["payer"] = "OHIO MEDICAID"
    else:
        pre = random.choice(["YRK", "XOH", "ZGP", "W7M"])
        p["plan_id"] = pre + "%09d" % random.randint(10 ** 8, 10 ** 9 - 1)
        p["payer"] = random.choice(["ANTHEM BCBS OH", "MEDICAL MUTUAL", "UNITEDHEALTHCARE", "AETNA"])
    p["group"] = "%08d" % random.randint(100000, 9999999) if plan == "commercial" else ""
    p.update(kw)
    p["age"] = age_on(p["dob"])
    PT[key] = p
    return p


add_pt("irena", "Irena", "Kowalczyk", "F", (1931, 11, 2), "4417 Tamarack Ln", "Westerville", "43081", "medicare",
       mid="Maria", email="irena.k1931@aol.com", emerg=("Agnieszka Brandt", "DAUGHTER", phone()))
add_pt("seun", "Oluwaseun", "Adeyemi", "M", (1979, 6, 14), "1207 Linden Ave", "Worthington", "43085", "commercial",
       email="seun.adeyemi@gmail.com", portal="seun.adeyemi79", card=card("4539"))
add_pt("hoa", "Hoa", "Nguyen", "F", (1952, 1, 30), "602 Brookside Dr", "Gahanna", "43230", "medicare",
       mid="Thi", email="hoa.nguyen52@aol.com", meter_sn="CXJ%07d" % random.randint(10 ** 6, 10 ** 7 - 1))
add_pt("mateo", "Mateo", "Villanueva", "M", (2016, 8, 9), "77 Cherry Bark Ct", "Delaware", "43015", "medicaid",
       guardian=("Lucía", "Ortiz", "MOTHER", phone()), lang="es")
add_pt("siobhan", "Siobhán", "O'Dowd", "F", (1988, 4, 22), "88 Sandpiper Ct", "Gahanna", "43230", "commercial",
       email="siobhan.odowd@yahoo.com", dl="RU%06d" % random.randint(100000, 999999), apt="Apt 3B",
       emerg=("Cathal O'Dowd", "BROTHER", phone()))
add_pt("haruto", "Haruto", "Ishikawa", "M", (1965, 12, 3), "3190 Maple Glen Rd", "Lewis Center", "43035", "commercial",
       email="h.ishikawa65@hotmail.com", card=card("5425"))
add_pt("fatima", "Fatima Zahra", "El Amrani", "F", (1994, 9, 17), "915 Cleveland Ave Apt 12", "Columbus", "43201",
       "medicaid", email="fz.elamrani94@gmail.com", portal="fatimaz_ea")
add_pt("dmitri", "Dmitri", "Sokolov", "M", (1947, 2, 28), "25 Quarry Hill Rd", "Sunbury", "43074", "medicare",
       cpap_sn="2316%07d" % random.randint(10 ** 6, 10 ** 7 - 1))
add_pt("priya", "Priya", "Raghunathan", "F", (2019, 3, 11), "6045 Hawthorn Pl", "Galena", "43021", "commercial",
       guardian=("Arjun", "Raghunathan", "FATHER", phone()), mother_maiden="Subramaniam")
add_pt("bart", "Bartholomew", "Quackenbush", "M", (1933, 7, 19), "140 N State St", "Westerville", "43082", "medicare",
       emerg=("Ruthanne Quackenbush-Ellis", "NIECE", phone()))
add_pt("ngozi", "Ngozi", "Okafor-Baptiste", "F", (1970, 10, 5), "2288 Polaris Pkwy Apt 404", "Columbus", "43240",
       "commercial", email="ngozi.ob@yahoo.com")
add_pt("renee", "Renée", "Beaulieu", "F", (1961, 5, 27), "18 Rue Charlemagne Way", "Johnstown", "43031", "commercial",
       email="renee.beaulieu61@gmail.com")
add_pt("kealoha", "Kealoha", "Makoa", "M", (2021, 1, 14), "410 Otter Creek Dr", "Delaware", "43015", "medicaid",
       guardian=("Leilani", "Makoa", "MOTHER", phone()), mother_maiden="Kahananui")
add_pt("daghan", "Dağhan", "Yıldırım", "M", (1990, 7, 2), "5530 Stonehenge Ct", "Dublin", "43017", "commercial",
       email="daghan.yildirim@outlook.com", portal="dyildirim90")
add_pt("ana", "Ana Lúcia", "Ferreira", "F", (1983, 2, 8), "71 Bluebell Ln", "Galena", "43021", "commercial",
       email="analucia.ferreira@gmail.com")
PTS = list(PT.values())

# staff (not PHI)
STAFF = [("cmendes", "192.168.1.31", "frontdesk-1"), ("jtran", "192.168.1.32", "frontdesk-2"),
         ("dpruitt", "192.168.1.33", "billing-1"), ("awhitehorse", "192.168.1.40", "nurse-1"),
         ("mhale", "192.168.1.41", "exam-hale"), ("rvenkat", "192.168.1.42", "exam-venk"),
         ("isolberg", "192.168.1.43", "exam-solb")]
PROVS = ["HALE", "VENK", "SOLB"]
PROV_FULL = {"HALE": "Dr. Hale", "VENK": "Dr. Venkataraman", "SOLB": "Dr. Solberg"}
STAFF_UA = ["Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 5.1; .NET CLR 2.0.50727; .NET CLR 3.0.4506.2152)",
            "Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 5.1; Trident/4.0; .NET CLR 1.1.4322)",
            "Mozilla/5.0 (Windows; U; Windows NT 5.1; en-US; rv:1.9.2.28) Gecko/20120306 Firefox/3.6.28"]
PT_UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
         "Mozilla/5.0 (Linux; Android 14; SM-A546U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.90 Mobile Safari/537.36",
         "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.66"]


def staff():
    return random.choice(STAFF)


_pid = [4100]


def newpid(step=None):
    _pid[0] += step if step else random.randint(3, 40)
    return _pid[0]


_thread = [3180]


def newthread():
    _thread[0] += random.randint(1, 9)
    return _thread[0]


def name_lf(p, upper=True, sep=", "):
    last, first = (p["last"].upper(), p["first"].upper()) if upper else (p["last"], p["first"])
    return [S(last, "name"), sep, S(first, "name")]


# --------------------------------------------------------------------------
# block registry
# --------------------------------------------------------------------------
BLOCKS = []


def block(t, lines):
    BLOCKS.append((t, len(BLOCKS), lines))


def at(h, m, s=0):
    return DAY + dt.timedelta(hours=h, minutes=m, seconds=s)


# ============================ Apache access ===============================

def acc(ip, user, t, req, status, size, ref, ua, ip_phi=False):
    ipp = S(ip, "ip") if ip_phi else ip
    return mk("apache-combined", ipp, " - ", user, " [", t_acc(t), "] \"", req, "\" ", str(status), " ",
              str(size), " \"", ref, "\" \"", ua, "\"")


def f_acc_static(t):
    u, ip, _ = staff()
    ua = random.choice(STAFF_UA)
    res = random.sample(["/clinic/css/main.css", "/clinic/js/jquery-1.3.2.min.js", "/clinic/img/logo_small.gif",
                         "/clinic/js/calendar.js", "/clinic/img/btn_save.gif", "/favicon.ico"], random.randint(1, 3))
    out = []
    for r in res:
        st = 404 if r == "/favicon.ico" else random.choice([200, 304, 304])
        size = {200: random.randint(900, 48000), 304: "-", 404: 289}[st]
        out.append(acc(ip, u, t, "GET %s HTTP/1.1" % r, st, size, WEB + "/clinic/appt/day.php", ua))
        t += dt.timedelta(seconds=random.randint(0, 1))
    return out


def f_acc_sched(t):
    u, ip, _ = staff()
    prov = random.choice(PROVS)
    d = random.choice([TODAY, TOMORROW, dt.date(2025, 3, 5)])
    req = random.choice([
        "GET /clinic/appt/day.php?date=%s&prov=%s HTTP/1.1" % (d_iso(d), prov),
        "GET /clinic/appt/week.php?start=2025-03-03&prov=%s&view=grid HTTP/1.1" % prov,
        "GET /clinic/reports/daily_totals.php?d=%s HTTP/1.1" % d_iso(TODAY),
        "POST /clinic/appt/day.php HTTP/1.1",
        "GET /cgi-bin/labs.pl?action=pending&days=7 HTTP/1.1",
        "GET /clinic/billing/era_list.php?batch=ERA%d HTTP/1.1" % random.randint(20250200, 20250299)])
    return [acc(ip, u, t, req, 200, random.randint(3000, 61000), WEB + "/clinic/index.php", random.choice(STAFF_UA))]


def f_acc_nagios(t):
    out = [mk("apache-combined", "127.0.0.1 - - [", t_acc(t), "] \"GET /server-status?auto HTTP/1.0\" 200 ",
              str(random.randint(380, 460)), " \"-\" \"check_http/v1.4.15 (nagios-plugins 1.4.15)\"")]
    if random.random() < 0.5:
        out.append(mk("apache-combined", "192.168.1.5 - - [", t_acc(t), "] \"GET /clinic/login.php HTTP/1.0\" 200 ",
                      str(random.randint(2100, 2200)), " \"-\" \"check_http/v1.4.15 (nagios-plugins 1.4.15)\""))
    return out


def f_acc_chart(t):
    u, ip, _ = staff()
    p = random.choice(PTS)
    ua = random.choice(STAFF_UA)
    v = random.randint(0, 4)
    if v == 0:
        req = ["GET /clinic/pt/view.php?chart=", S(p["chart"], "mrn"), " HTTP/1.1"]
        ref = [WEB, "/clinic/pt/search.php?q=", S(ascii_fold(p["last"]).lower().replace("'", "%27"), "name")]
    elif v == 1:
        req = ["GET /cgi-bin/chart.pl?chart=", S(p["chart"], "mrn"), "&lname=",
               S(quote_plus(ascii_fold(p["last"]).upper()), "name"), "&fname=",
               S(quote_plus(ascii_fold(p["first"]).upper()), "name"), " HTTP/1.1"]
        ref = [WEB, "/clinic/appt/day.php?date=", d_iso(TODAY), "&prov=", random.choice(PROVS)]
    elif v == 2:
        req = ["GET /clinic/pt/search.php?lname=", S(quote_plus(p["last"]), "name"), "&fname=&dob=",
               S(quote_plus(d_us(p["dob"])), "date"), "&submit=Search HTTP/1.1"]
        ref = [WEB, "/clinic/pt/search.php"]
    elif v == 3:
        slot = random.choice([dt.date(2025, 3, 10), dt.date(2025, 3, 12), dt.date(2025, 3, 17)])
        req = ["GET /clinic/appt/book.php?chart=", S(p["chart"], "mrn"), "&slot_date=", S(d_iso(slot), "date"),
               "&slot_time=", random.choice(["09:30", "10:15", "14:00", "15:45"]), "&prov=", random.choice(PROVS),
               " HTTP/1.1"]
        ref = [WEB, "/clinic/appt/find_slot.php"]
    else:
        d = random.choice([dt.date(2025, 2, 11), dt.date(2024, 12, 19), dt.date(2025, 1, 27)])
        fn = "Charts%2F" + ascii_fold(p["last"])[0].upper() + "%2F"
        req = ["GET /clinic/docs/view.php?f=", fn, S(ascii_fold(p["last"]).upper().replace("'", "").replace(" ", ""), "name"),
               "_", S(ascii_fold(p["first"]).upper().replace(" ", ""), "name"), "_", S(p["chart"], "mrn"), "%2F",
               S(d_iso(d), "date"), "_", random.choice(["ekg", "labs", "referral", "xray_report"]), ".pdf HTTP/1.1"]
        ref = [WEB, "/clinic/pt/docs.php?chart=", S(p["chart"], "mrn")]
    return [mk("apache-combined", ip, " - ", u, " [", t_acc(t), "] \"", req, "\" 200 ",
               str(random.randint(4000, 90000)), " \"", ref, "\" \"", ua, "\"")]


def f_acc_portal(t):
    p = random.choice([x for x in PTS if x.get("email")])
    ua = random.choice(PT_UA)
    v = random.randint(0, 2)
    out = []
    if v == 0:
        out.append(mk("apache-combined", S(p["ip"], "ip"), " - - [", t_acc(t), "] \"GET /appt/c.php?c=", S(p["chart"], "mrn"),
                      "&k=", "%06x" % random.randint(0, 0xffffff), " HTTP/1.1\" 200 1841 \"-\" \"", ua, "\""))
        out.append(acc(p["ip"], "-", t + dt.timedelta(seconds=4), "POST /appt/c.php HTTP/1.1", 302, "-",
                       PUBWEB + "/appt/c.php", ua, ip_phi=True))
    elif v == 1:
        for r, st, sz in [("GET /appt/request.php HTTP/1.1", 200, 6120), ("GET /appt/img/logo.gif HTTP/1.1", 200, 4417),
                          ("POST /appt/request.php HTTP/1.1", 302, "-"), ("GET /appt/thanks.php HTTP/1.1", 200, 912)][:random.randint(2, 4)]:
            out.append(acc(p["ip"], "-", t, r, st, sz, PUBWEB + "/appt/request.php", ua, ip_phi=True))
            t += dt.timedelta(seconds=random.randint(1, 40))
    else:
        out.append(acc(p["ip"], "-", t, "POST /portal/login.php HTTP/1.1", 200, 2988, PUBWEB + "/portal/login.php", ua, ip_phi=True))
    return out


# ============================ Apache error ================================

def err(t, level, client, *msg, ref=None):
    parts = [t_err(t), " [", level, "] "]
    if client:
        parts += ["[client ", client, "] "]
    parts += list(msg)
    if ref:
        parts += [", referer: ", ref]
    return mk("apache2.2-error", parts)


PHP_NOPHI = [
    ("PHP Notice:  Undefined index:  ins2_grp in /var/www/html/clinic/pt/edit.php on line 412", "/clinic/pt/search.php"),
    ("PHP Notice:  Undefined variable: prov_color in /var/www/html/clinic/appt/day.php on line 233", "/clinic/appt/week.php"),
    ("PHP Warning:  Cannot modify header information - headers already sent by (output started at /var/www/html/clinic/inc/header.inc.php:48) in /var/www/html/clinic/pt/save.php on line 301", "/clinic/pt/edit.php"),
    ("PHP Fatal error:  Allowed memory size of 33554432 bytes exhausted (tried to allocate 2359296 bytes) in /var/www/html/clinic/reports/ar_aging.php on line 118", "/clinic/reports/index.php"),
    ("PHP Warning:  mysql_query(): Unable to save result set in /var/www/html/clinic/inc/db.inc.php on line 41", None),
    ("PHP Deprecated:  Function split() is deprecated in /var/www/html/clinic/inc/util.inc.php on line 77", None),
    ("PHP Notice:  Undefined offset:  3 in /var/www/html/clinic/billing/era_import.php on line 156", "/clinic/billing/era_list.php"),
    ("PHP Warning:  fopen(/var/spool/fax/in/fax000231.tif): failed to open stream: Permission denied in /var/www/html/clinic/fax/view.php on line 29", "/clinic/fax/inbox.php"),
    ("PHP Notice:  Use of undefined constant CLINIC_NPI - assumed 'CLINIC_NPI' in /var/www/html/clinic/billing/hcfa.php on line 64", "/clinic/billing/claims.php"),
    ("PHP Warning:  mysql_connect(): Too many connections in /var/www/html/clinic/inc/db.inc.php on line 17", None),
    ("PHP Warning:  session_start(): open(/var/lib/php/session/sess_8u1k2v0c4m7hd3oq5r9t2a6e51, O_RDWR) failed: No space left on device (28) in /var/www/html/clinic/inc/auth.inc.php on line 12", None),
    ("PHP Notice:  Undefined property: stdClass::$copay in /var/www/html/clinic/billing/post_pmt.php on line 203", "/clinic/billing/post_pmt.php"),
]


def f_err_php(t):
    u, ip, _ = staff()
    msg, ref = random.choice(PHP_NOPHI)
    return [err(t, "error", ip, msg, ref=(WEB + ref) if ref else None)]


def f_err_misc(t):
    u, ip, _ = staff()
    v = random.randint(0, 6)
    if v == 0:
        return [err(t, "notice", None, "child pid %d exit signal Segmentation fault (11)" % newpid())]
    if v == 1:
        return [err(t, "error", "192.168.1.5", "File does not exist: /var/www/html/favicon.ico")]
    if v == 2:
        scr = random.choice(["labs.pl", "chart.pl", "dme.pl"])
        return [err(t, "error", ip, "Use of uninitialized value in concatenation (.) or string at /var/www/cgi-bin/%s line %d." % (scr, random.randint(80, 420)),
                    ref=WEB + "/clinic/index.php")]
    if v == 3:
        return [err(t, "error", ip, "Premature end of script headers: labs.pl", ref=WEB + "/clinic/labs/pending.php")]
    if v == 4:
        return [err(t, "error", ip, "DBD::mysql::st execute failed: Lock wait timeout exceeded; try restarting transaction at /var/www/cgi-bin/labs.pl line 302.",
                    ref=WEB + "/cgi-bin/labs.pl?action=pending&days=7")]
    if v == 5:
        return [err(t, "error", None, "server reached MaxClients setting, consider raising the MaxClients setting")]
    return [err(t, "error", ip, "client denied by server configuration: /var/www/html/clinic/tmp/")]


def f_err_phi(t):
    u, ip, _ = staff()
    p = random.choice(PTS)
    v = random.randint(0, 4)
    if v == 4:
        q = random.choice([x for x in PTS if x.get("portal")])
        return [err(t, "error", S(q["ip"], "ip"), "lfsc-portal: password reset requested user=", S(q["portal"], "other_id"),
                    " mail=", S(q["email"], "email"), " token sent (expires 3600s)", ref=PUBWEB + "/portal/forgot.php")]
    if v == 0:
        return [err(t, "error", ip, "PHP Notice:  Undefined index:  ins1_grp in /var/www/html/clinic/pt/edit.php on line 412",
                    ref=[WEB, "/clinic/pt/edit.php?chart=", S(p["chart"], "mrn")])]
    if v == 1:
        return [err(t, "error", ip, "DBD::mysql::st execute failed: Duplicate entry '", S(p["chart"], "mrn"), "-",
                    S(d_iso(TODAY), "date"), "' for key 2 at /var/www/cgi-bin/visit.pl line 188.",
                    ref=[WEB, "/cgi-bin/visit.pl?chart=", S(p["chart"], "mrn"), "&new=1"])]
    if v == 2:
        q = random.choice([x for x in PTS if x.get("portal")])
        return [err(t, "error", S(q["ip"], "ip"), "lfsc-portal: login failed for user '", S(q["portal"], "other_id"),
                    "' (bad password, attempt ", str(random.randint(1, 3)), "/5)", ref=PUBWEB + "/portal/login.php")]
    return [err(t, "error", ip, "PHP Warning:  strtotime(): It is not safe to rely on the system's timezone settings. Please use the date.timezone setting, the TZ environment variable or the date_default_timezone_set() function. We selected 'America/New_York' for 'EST/-5.0/no DST' instead in /var/www/html/clinic/pt/view.php on line 57",
                ref=[WEB, "/clinic/pt/view.php?chart=", S(p["chart"], "mrn")])]


# --- print_r dump (error_log(print_r($_POST, true)) in save.php) ------------

def jpeg_b64(n):
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + \
        bytes([0xFF, 0xDB, 0x00, 0x43, 0x00]) + bytes(random.randint(0, 255) for _ in range(n)) + bytes([0xFF, 0xD9])
    return base64.b64encode(raw).decode()


def blk_printr(t):
    p = PT["siobhan"]
    u, ip = "cmendes", "192.168.1.31"
    ref = [WEB, "/clinic/pt/edit.php?chart=", S(p["chart"], "mrn")]
    out = [err(t, "error", ip, "PHP Notice:  Undefined index:  mi in /var/www/html/clinic/pt/save.php on line 96", ref=ref)]
    e = p["emerg"]
    rows = [("chart_no", S(p["chart"], "mrn")), ("lname", S(p["last"], "name")), ("fname", S(p["first"], "name")),
            ("mi", ""), ("dob", S(d_us(p["dob"]), "date")), ("sex", "F"), ("ssn", S(p["ssn"], "ssn")),
            ("addr1", S(p["street"], "address")), ("addr2", S(p["apt"], "address")), ("city", S(p["city"], "address")),
            ("state", "OH"), ("zip", S(p["zip"], "zip")), ("ph_home", ""), ("ph_cell", S(fmt_ph(p["phone"], "dash"), "phone")),
            ("ph_work", "614-555-0150 x221"), ("email", S(p["email"], "email")), ("dl_num", S(p["dl"], "license")), ("dl_state", "OH"),
            ("ins1_name", p["payer"]), ("ins1_id", S(p["plan_id"], "health_plan")), ("ins1_grp", p["group"]),
            ("emerg_name", S(e[0], "name")), ("emerg_rel", e[1].title()), ("emerg_ph", S(fmt_ph(e[2], "paren"), "phone")),
            ("webcam_img", S("data:image/jpeg;base64," + jpeg_b64(random.randint(760, 900)), "photo")),
            ("mod_by", "cmendes"), ("pcp", "HALE"), ("submit", "Save")]
    t2 = t + dt.timedelta(seconds=1)
    out.append(err(t2, "error", ip, "save.php POST: Array"))
    out.append(mk("apache2.2-error", "("))
    for k, v in rows:
        out.append(mk("apache2.2-error", "    [", k, "] => ", v))
    out.append(mk("apache2.2-error", ")"))
    out.append(mk("apache2.2-error", ", referer: ", ref))
    # the broken SQL that the dump was added to debug (name with apostrophe not escaped)
    frag = ["near '", S(p["last"].split("'")[1], "name"), "', fname='", S(p["first"], "name"), "', dob='",
            S(d_iso(p["dob"]), "date"), "', mod_by='cmendes' WHERE chart_no=", S(p["chart"], "mrn"), "' at line 1"]
    out.append(err(t2, "error", ip, "PHP Warning:  mysql_query(): You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use ",
                   frag, " in /var/www/html/clinic/inc/db.inc.php on line 41", ref=ref))
    return out


# --- var_dump dump (glucose meter upload) -----------------------------------

def blk_vardump(t):
    p = PT["hoa"]
    ip = "192.168.1.40"
    name_parts = [S(p["last"].upper(), "name"), ",", S(p["first"].upper(), "name")]

    def vstr(parts):
        return ["  string(%d) \"" % plen(parts), parts, "\""]
    rows = [("chart", vstr([S(p["chart"], "mrn")])), ("pt_name", vstr(name_parts)),
            ("dob", vstr([S(d_us(p["dob"]), "date")])), ("meter_model", vstr(["OneTouch Verio IQ"])),
            ("meter_sn", vstr([S(p["meter_sn"], "device")])), ("readings", ["  int(214)"]),
("uploaded_by", vstr(["awhitehorse"]))]
    out = [err(t, "error", ip, "meter_upload: unexpected payload (", str(len(rows)), " keys, expected 9) array(%d) {" % len(rows))]
    for k, v in rows:
        out.append(mk("apache2.2-error", "  [\"", k, "\"]=>"))
        out.append(mk("apache2.2-error", v))
    out.append(mk("apache2.2-error", "}"))
    out.append(mk("apache2.2-error", ", referer: ", WEB, "/clinic/devices/upload.php"))
    out.append(err(t, "error", ip, "PHP Notice:  Undefined index:  meter_tz in /var/www/html/clinic/devices/upload.php on line 144",
                   ref=WEB + "/clinic/devices/upload.php"))
    return out


# --- Data::Dumper via mod_cgi stderr ----------------------------------------

def dumper(obj, col=8):
    """Data::Dumper (Indent=2) emulation; returns list of parts-lists"""
    lines = []

    def scalar(v):
        if v is None:
            return ["undef"]
        if isinstance(v, int):
            return [str(v)]
        if isinstance(v, tuple):
            return ["'", v, "'"]
        if isinstance(v, list) and v and v[0] == "__num__":
            return [v[1]]
        if isinstance(v, list) and v and v[0] == "__str__":
            return ["'", v[1:], "'"]
        return ["'", v, "'"]

    def emit(val, c, head, trail):
        # head: parts before value on first line
        if isinstance(val, dict):
            lines.append(head + ["{"])
            items = list(val.items())
            for i, (k, v) in enumerate(items):
                kh = " " * (c + 2)
                key = "'%s' => " % k
                emit(v, c + 2 + len(key), [kh, key], "," if i < len(items) - 1 else "")
            lines.append([" " * c, "}", trail])
        elif isinstance(val, list) and not (val and val[0] in ("__num__", "__str__")):
            lines.append(head + ["["])
            for i, v in enumerate(val):
                emit(v, c + 2, [" " * (c + 2)], "," if i < len(val) - 1 else "")
            lines.append([" " * c, "]", trail])
        else:
            lines.append(head + scalar(val) + [trail])

    emit(obj, col, ["$VAR1 = "], ";")
    return lines


def cgi_dump(t, ip, obj, ref):
    return [err(t, "error", ip, ln, ref=ref) for ln in dumper(obj)]


def blk_dumper_dme(t):
    p = PT["dmitri"]
    ip = "192.168.1.43"
    obj = {"chart": S(p["chart"], "mrn"),
           "patient": {"last": S(p["last"].upper(), "name"), "first": S(p["first"].upper(), "name"),
                       "dob": S(d_cmp(p["dob"]), "date"), "mbi": S(p["plan_id"], "health_plan"),
                       "phone": S(fmt_ph(p["phone"], "raw"), "phone")},
           "device": {"model": "AirSense 10 AutoSet", "serial": S(p["cpap_sn"], "device"),
                      "dispensed": S("2025-02-27", "date"), "setup_by": "awhitehorse"},
           "ordering_npi": "1558306411",
           "dx": ["G47.33", "I10"],
           "vendor": {"name": "Buckeye Home Medical", "fax": "6145550188", "acct": "LFSC-0042"},
           "elapsed": ["__num__", "'0.412'"]}
    ref = [WEB, "/cgi-bin/dme.pl?chart=", S(p["chart"], "mrn"), "&act=submit"]
    out = cgi_dump(t, ip, obj, ref)
    out.append(err(t, "error", ip, "Use of uninitialized value $vendor_npi in sprintf at /var/www/cgi-bin/dme.pl line 214.", ref=ref))
    return out


def blk_dumper_chart(t):
    p = PT["irena"]
    ip = "192.168.1.41"
    e = p["emerg"]
    obj = {"chart_no": S(p["chart"], "mrn"),
           "name": ["__str__", S(p["last"].upper(), "name"), ", ", S(p["first"].upper(), "name"), " ", S(p["mid"][0], "name")],
           "dob": S(d_iso(p["dob"]), "date"), "age": ["__num__", S(str(p["age"]), "age")], "sex": "F",
           "ssn": S(p["ssn"], "ssn"),
           "addr": {"line1": S(p["street"], "address"), "city": S(p["city"], "address"), "state": "OH",
                    "zip": S(p["zip"], "zip")},
           "phones": [S(fmt_ph(p["phone"], "paren"), "phone"), None],
           "medicare": S(p["plan_id"], "health_plan"), "pcp": "HALE",
           "emerg": {"name": S(e[0], "name"), "rel": e[1], "phone": S(fmt_ph(e[2], "dash"), "phone")},
           "notes": ["__str__", "daughter posts updates at ", S("https://www.caringbridge.org/visit/irenakowalczyk", "url")],
           "last_visit": S("2025-02-11", "date"), "rows": 1, "sql_ms": "212.4"}
    ref = [WEB, "/cgi-bin/chart.pl?chart=", S(p["chart"], "mrn")]
    out = [err(t, "error", ip, "chart.pl: slow load (2.31s), dumping patient row", ref=ref)]
    out += cgi_dump(t, ip, obj, ref)
    return out


# ============================ MySQL =======================================

def slow_hdr(t, user="clinic_app", host="localhost []"):
    qt = random.uniform(2.0, 14.0)
    return [mk("mysql-slow", "# Time: ", t_my(t)),
            mk("mysql-slow", "# User@Host: ", user, "[", user, "] @ ", host),
            mk("mysql-slow", "# Query_time: %.6f  Lock_time: %.6f Rows_sent: %d  Rows_examined: %d" %
               (qt, random.uniform(0, 0.0009), random.randint(0, 40), random.randint(9000, 480000))),
            mk("mysql-slow", "SET timestamp=%d;" % epoch(t))]


SLOW_NOPHI = [
    "SELECT prov_id, COUNT(*) AS n FROM appointments WHERE appt_dt BETWEEN '2025-03-01 00:00:00' AND '2025-03-31 23:59:59' AND status='K' GROUP BY prov_id;",
    "SELECT c.claim_id, c.total_chg, SUM(p.amt) AS paid FROM claims c LEFT JOIN payments p ON p.claim_id=c.claim_id WHERE c.dos < '2024-12-01' GROUP BY c.claim_id HAVING paid < c.total_chg;",
    "DELETE FROM sessions WHERE last_seen < 1740990000;",
    "SELECT COUNT(*) FROM audit_log WHERE ts > '2025-03-02' AND action='VIEW';",
    "SELECT cvx, COUNT(*) FROM immunizations WHERE admin_dt >= '2025-01-01' GROUP BY cvx ORDER BY 2 DESC;",
    "SELECT f.fax_id, f.pages, f.rcvd FROM fax_inbox f WHERE f.filed = 0 ORDER BY f.rcvd LIMIT 200;",
    "SELECT e.era_id, e.check_no, e.amt FROM era_batches e WHERE e.batch = 'ERA20250228' AND e.posted = 0;",
]


def f_slow_nophi(t):
    user, host = random.choice([("clinic_app", "localhost []"), ("report", "localhost []"),
                                ("billing", "billing-1 [192.168.1.33]")])
    out = slow_hdr(t, user, host)
    if random.random() < 0.3:
        out.insert(2, mk("mysql-slow", "use clinic;"))
    out.append(mk("mysql-slow", random.choice(SLOW_NOPHI)))
    return out


def f_slow_phi(t):
    p = random.choice(PTS)
    v = random.randint(0, 4)
    out = slow_hdr(t)
    if v == 0:
        q = ["SELECT chart_no, lname, fname, dob, ph_home FROM patients WHERE lname LIKE '", S(p["last"], "name"),
             "%' AND fname LIKE '", S(p["first"], "name"), "%' ORDER BY lname, fname;"]
    elif v == 1:
        q = ["SELECT * FROM patients WHERE ssn = '", S(p["ssn"], "ssn"), "';"]
    elif v == 2:
        q = ["SELECT a.appt_id, a.appt_dt, a.prov_id FROM appointments a JOIN patients p ON p.chart_no = a.chart_no WHERE p.dob = '",
             S(d_iso(p["dob"]), "date"), "' AND p.lname = '", S(p["last"].upper().replace("'", "''"), "name"), "';"]
    elif v == 3:
        q = ["UPDATE patients SET addr1='", S(p["street"], "address"), "', city='", S(p["city"], "address"), "', zip='",
             S(p["zip"], "zip"), "', ph_cell='", S(fmt_ph(p["phone"], "raw"), "phone"), "', mod_by='jtran', mod_dt=NOW() WHERE chart_no=",
             S(p["chart"], "mrn"), ";"]
    else:
        q = ["SELECT p.chart_no, p.lname FROM patients p JOIN insurance i ON i.chart_no=p.chart_no WHERE i.member_id = '",
             S(p["plan_id"], "health_plan"), "' AND i.seq = 1;"]
    out.append(mk("mysql-slow", q))
    return out


def gen_line(t, tid, cmd, arg, first):
    prefix = t_my(t) + "\t" if first else "\t\t"
    return mk("mysql-general", prefix, "%5d %s\t" % (tid, cmd), arg)


def f_gen_nophi(t):
    tid = newthread()
    u = random.choice(["clinic_app", "report", "nagios"])
    out = [gen_line(t, tid, "Connect", "%s@localhost on clinic" % u, True)]
    qs = random.sample(["SET NAMES latin1", "SELECT value FROM settings WHERE name = 'sms_enabled'",
                        "SELECT prov_id, lname, color FROM providers WHERE active = 1 ORDER BY sort",
                        "SELECT COUNT(*) FROM fax_inbox WHERE filed = 0",
                        "SELECT appt_id, chart_no, prov_id, appt_dt, status FROM appointments WHERE appt_dt >= '2025-03-03' AND appt_dt < '2025-03-04' ORDER BY appt_dt",
                        "SHOW GLOBAL STATUS LIKE 'Threads_connected'",
                        "UPDATE sessions SET last_seen = %d WHERE sess_id = '8u1k2v0c4m7hd3oq5r9t2a6e51'" % epoch(t)], random.randint(1, 3))
    for q in qs:
        out.append(gen_line(t, tid, "Query", q, False))
    out.append(gen_line(t, tid, "Quit", "", False))
    return out


def f_gen_phi(t):
    tid = newthread()
    u, ip, _ = staff()
    p = random.choice(PTS)
    out = [gen_line(t, tid, "Connect", "clinic_app@localhost on clinic", True),
           gen_line(t, tid, "Query", "SET NAMES latin1", False)]
    v = random.randint(0, 3)
    if v == 0:
        out.append(gen_line(t, tid, "Query", ["SELECT chart_no, lname, fname, dob FROM patients WHERE chart_no = ", S(p["chart"], "mrn")], False))
    elif v == 3:
        out.append(gen_line(t, tid, "Query", ["SELECT chart_no FROM patients WHERE REPLACE(ssn, '-', '') = '", S(p["ssn"].replace("-", ""), "ssn"),
                                              "' OR member_id = '", S(p["plan_id"], "health_plan"), "'"], False))
    elif v == 1:
        out.append(gen_line(t, tid, "Query", ["INSERT INTO appointments (chart_no, prov_id, appt_dt, reason, made_by) VALUES (",
                                              S(p["chart"], "mrn"), ", '", random.choice(PROVS), "', '", S("2025-03-1%d" % random.randint(0, 9), "date"),
                                              " 10:15:00', 'f/u', '", u, "')"], False))
    else:
        emailv = p.get("email")
        if emailv:
            out.append(gen_line(t, tid, "Query", ["UPDATE patients SET email = '", S(emailv, "email"), "', sms_ok = 1, ph_cell = '",
                                                  S(fmt_ph(p["phone"], "dash"), "phone"), "' WHERE chart_no = ", S(p["chart"], "mrn")], False))
        else:
            out.append(gen_line(t, tid, "Query", ["SELECT * FROM insurance WHERE chart_no = ", S(p["chart"], "mrn"), " ORDER BY seq"], False))
    out.append(gen_line(t, tid, "Query", ["INSERT INTO audit_log (username, action, chart_no, ip, ts) VALUES ('", u, "', 'VIEW', ",
                                          S(p["chart"], "mrn"), ", '", ip, "', NOW())"], False))
    out.append(gen_line(t, tid, "Quit", "", False))
    return out


# ============================ syslog: cron / sendmail / samba =============

def sysl(t, prog, *msg, fam="syslog-cron"):
    return mk(fam, t_sys(t), " ", HOST, " ", prog, ": ", list(msg))


def cron_cmd(t, user, cmd):
    return sysl(t, "crond[%d]" % newpid(), "(", user, ") CMD (", cmd, ")")


def f_cron_poll(t):
    t = t.replace(minute=t.minute - t.minute % 5, second=1)
    out = [cron_cmd(t, "apache", "php -q /var/www/html/clinic/cron/fax_poll.php > /dev/null 2>&1")]
    if random.random() < 0.4:
        n = random.randint(1, 3)
        out.append(mk("syslog-logger", t_sys(t + dt.timedelta(seconds=2)), " ", HOST, " fax_poll[%d]: " % newpid(1),
                      "got %d fax(es): fax%06d.tif from %s (%d pages, %d bytes)" %
                      (n, random.randint(230, 260), random.choice(["6145550188", "7405550166", "6145550177"]),
                       random.randint(1, 9), random.randint(20000, 300000))))
    return out


_qseq = [0]


def qid(t):
    _qseq[0] += 1
    b60 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwx"
    return "p%s%s%s%s%s%s%06d" % (b60[t.month - 1], b60[t.day], b60[t.hour], b60[t.minute], b60[t.second],
                                 random.choice(b60[36:]) + random.choice(b60[36:]), newpid(1))


def sendmail_pair(t, frm, rcpt, size, local=True, rcpt_phi=False, bounce=False):
    q = qid(t)
    pid = _pid[0]
    out = [sysl(t, "sendmail[%d]" % pid, q, ": from=", frm, ", size=%d, class=0, nrcpts=1, msgid=<%s.%s@%s>, relay=%s@localhost" %
                (size, t.strftime("%Y%m%d%H%M"), q, FQDN, frm), fam="sendmail-maillog")]
    t2 = t + dt.timedelta(seconds=random.randint(0, 2))
    r = S(rcpt, "email") if rcpt_phi else rcpt
    if local:
        tail = ["mailer=relay, pri=%d, relay=[127.0.0.1] [127.0.0.1], dsn=2.0.0, stat=Sent (%s Message accepted for delivery)" % (30000 + size, qid(t2))]
    elif bounce:
        tail = ["mailer=esmtp, pri=%d, relay=mx-aol.mail.gm0.yahoodns.net. [67.195.204.72], dsn=5.1.1, stat=User unknown" % (120000 + size)]
    else:
        tail = ["mailer=esmtp, pri=%d, relay=gmail-smtp-in.l.google.com. [142.250.112.27], dsn=2.0.0, stat=Sent (OK %d %s - gsmtp)" %
                (120000 + size, epoch(t2), "x%d-20020a05620a4e8f%02x" % (random.randint(100, 999), random.randint(0, 255)))]
    out.append(sysl(t2, "sendmail[%d]" % newpid(1), q, ": to=<", r, ">, ctladdr=%s (%s), delay=00:00:0%d, xdelay=00:00:0%d, " %
                    (frm, "0/0" if frm == "root" else "48/48", random.randint(0, 2), random.randint(0, 2)), tail, fam="sendmail-maillog"))
    if bounce:
        q2 = qid(t2)
        out.append(sysl(t2, "sendmail[%d]" % _pid[0], q, ": ", q2, ": DSN: User unknown", fam="sendmail-maillog"))
    return out


def f_sendmail_nophi(t):
    frm, rc = random.choice([("root", "root@%s" % FQDN), ("apache", "frontdesk@lakeside-fsc.example"),
                             ("nagios", "it-alerts@lakeside-fsc.example"), ("root", "dpruitt@lakeside-fsc.example")])
    return sendmail_pair(t, frm, rc, random.randint(700, 9000))


def cron_mail(t, user, to, subject, body):
    q = qid(t)
    hdr = [mk("mbox-cron-mail", "From %s@%s  %s %s %2d %02d:%02d:%02d %d" % (user, FQDN, WDAY[t.weekday()], MON[t.month - 1], t.day, t.hour, t.minute, t.second, t.year)),
           mk("mbox-cron-mail", "Return-Path: <%s@%s>" % (user, FQDN)),
           mk("mbox-cron-mail", "Date: %s" % t_rfc(t)),
           mk("mbox-cron-mail", "Message-Id: <%s.%s@%s>" % (t.strftime("%Y%m%d%H%M"), q, FQDN)),
           mk("mbox-cron-mail", "From: %s@%s (Cron Daemon)" % (user, FQDN)),
           mk("mbox-cron-mail", "To: %s" % to),
           mk("mbox-cron-mail", "Subject: ", subject),
           mk("mbox-cron-mail", "X-Cron-Env: <LOGNAME=%s>" % user)]
    return hdr + body


# ============================ samba =======================================

def audit(t, user, ip, mach, share, op, *args):
    return mk("samba-full-audit", t_sys(t), " ", HOST, " smbd_audit: ", user, "|", ip, "|", mach, "|", share, "|", op, "|ok|", list(args))


def smblog(t, lvl, src, msg):
    return [mk("samba-log", "[%s, %d] %s" % (t_smb(t), lvl, src)), mk("samba-log", ["  "] + msg)]


def f_smb_nophi(t):
    v = random.randint(0, 3)
    if v == 0:
        sc = "Incoming/%s_%04d.pdf" % (t.strftime("%Y%m%d%H%M%S"), random.randint(1, 40))
        return [audit(t, "scan01", "192.168.1.60", "ricoh-mp4002", "scans", "connect", "scans"),
                audit(t, "scan01", "192.168.1.60", "ricoh-mp4002", "scans", "open", "w|", sc),
                audit(t + dt.timedelta(seconds=3), "scan01", "192.168.1.60", "ricoh-mp4002", "scans", "disconnect", "scans")]
    if v == 1:
        return [audit(t, "dpruitt", "192.168.1.33", "billing-1", "billing", "open", "r|",
                      random.choice(["EOB/2025-02/Medicare_RA_20250221.pdf", "EOB/2025-02/Anthem_835_batch0228.pdf",
                                     "Reports/ar_aging_20250224.xls", "Fee Schedule 2025.xls"]))]
    if v == 2:
        u, ip, m = staff()
        return smblog(t, 1, "smbd/service.c:make_connection_snum(1013)",
                      ["%s (%s) connect to service scans initially as user %s (uid=%d, gid=%d) (pid %d)" %
                       (m, ip, u, 500 + STAFF.index((u, ip, m)), 500, newpid())])
    u, ip, m = staff()
    return smblog(t, 0, "lib/util_sock.c:read_data(540)",
                  ["read_data: read failure for 4 bytes to client %s. Error = Connection reset by peer" % ip])


def pfile(p):
    return [S(ascii_fold(p["last"]).upper().replace("'", "").replace(" ", ""), "name"), "_",
            S(ascii_fold(p["first"]).upper().replace(" ", ""), "name"), "_", S(p["chart"], "mrn")]


def f_smb_phi(t):
    p = random.choice(PTS)
    u, ip, m = random.choice(STAFF[:2] + STAFF[3:4])
    v = random.randint(0, 3)
    L = ascii_fold(p["last"])[0].upper()
    if v == 0:
        sc = "Incoming/%s_%04d.pdf" % ((t - dt.timedelta(minutes=2)).strftime("%Y%m%d%H%M%S"), random.randint(1, 40))
        kind = random.choice(["insurance_card", "photo_id", "consent", "outside_records", "referral"])
        return [audit(t, u, ip, m, "scans", "rename", sc, "|Charts/", L, "/", pfile(p), "/", S(d_iso(TODAY), "date"), "_", kind, ".pdf")]
    if v == 1:
        d = random.choice([dt.date(2019, 6, 12), dt.date(2023, 10, 3), dt.date(2024, 8, 21)])
        return [audit(t, u, ip, m, "scans", "open", "r|Charts/", L, "/", pfile(p), "/",
                      random.choice(["Advance_Directive_", "HIPAA_ack_", "Op_report_"]), S(d_iso(d), "date"), ".pdf")]
    if v == 2:
        return [audit(t, u, ip, m, "scans", "mkdir", "Charts/", L, "/", pfile(p))]
    q = random.choice(PTS)
    return [audit(t, "dpruitt", "192.168.1.33", "billing-1", "billing", "open", "r|Patient Statements/",
                  S(q["last"], "name"), " ", S(q["first"], "name"), " - acct ", S(q["acct"], "account"), ".pdf")]


# ============================ scheduled blocks ============================

def blk_logrotate(t):
    out = [cron_cmd(t, "root", "run-parts /etc/cron.daily"),
           sysl(t, "run-parts(/etc/cron.daily)[%d]" % newpid(1), "starting logrotate")]
    lr = "logrotate-verbose"
    L = lambda s: mk(lr, s)
    out += [L("reading config file /etc/logrotate.conf"), L("including /etc/logrotate.d"),
            L("reading config file samba"),
            L("Handling 4 logs"),
            L("rotating pattern: /var/log/httpd/*log  weekly (52 rotations)"),
            L("empty log files are rotated, old logs are removed"),
            L("considering log /var/log/httpd/access_log"), L("  log does not need rotating"),
            L("rotating pattern: /var/log/mysqld.log /var/log/mysql-slow.log  after 1 days (7 rotations)"),
            L("considering log /var/log/mysql-slow.log"), L("  log needs rotating"),
            L("rotating log /var/log/mysql-slow.log, log->rotateCount is 7"),
            L("renaming /var/log/mysql-slow.log.7.gz to /var/log/mysql-slow.log.8.gz (rotatecount 7, logstart 1, i 7), "),
            L("truncating /var/log/mysql-slow.log"),
            L("compressing log with: /bin/gzip"),
            L("error: skipping \"/var/log/samba/log.smbd\" because parent directory has insecure permissions (It's world writable or writable by group which is not \"root\") Set \"su\" directive in config file to tell logrotate which user/group should be used for rotation."),
            sysl(t + dt.timedelta(seconds=2), "logrotate", "ALERT exited abnormally with [1]"),
            sysl(t + dt.timedelta(seconds=2), "run-parts(/etc/cron.daily)[%d]" % newpid(1), "finished logrotate")]
    out += [mk("mysql-slow", "/usr/libexec/mysqld, Version: 5.1.73-log (Source distribution). started with:"),
            mk("mysql-slow", "Tcp port: 3306  Unix socket: /var/lib/mysql/mysql.sock"),
            mk("mysql-slow", "Time                 Id Command    Argument")]
    return out


def blk_apache_restart(t):
    return [err(t, "notice", None, "SIGHUP received.  Attempting to restart"),
            err(t, "notice", None, "Apache/2.2.3 (CentOS) configured -- resuming normal operations")]


VACC = {"mateo": ("130", "DTaP-IPV", "PMC", "UT8124AA", "20210806", "V02"),
        "priya": ("94", "MMRV", "MSD", "Y012844", "20210806", "V01"),
        "kealoha": ("83", "HepA ped", "SKB", "9H2X7", "20200720", "V02"),
        "irena": ("205", "Flu adj", "SEQ", "AF4421B", "20230808", "V01"),
        "bart": ("216", "PCV20", "PFR", "HY9031", "20230512", "V01"),
        "dmitri": ("187", "RZV", "SKB", "", "20231020", "V01"),
        "fatima": ("115", "Tdap", "SKB", "3T55P", "20210806", "V02"),
        "ana": ("150", "Flu", "SEQ", "AU7720", "20230808", "V01"),
        "hoa": ("205", "Flu adj", "SEQ", "AF4421B", "20230808", "V01"),
        "haruto": ("187", "RZV", "SKB", "4ZW92", "20231020", "V01"),
        "ngozi": ("150", "Flu", "SEQ", "AU7720", "20230808", "V01"),
        "renee": ("115", "Tdap", "SKB", "3T55P", "20210806", "V01")}


def imm_record(p, adm):
    cvx, _, mvx, lot, vis, vfc = VACC[p["key"]]
    F = lambda s: ascii_fold(s).upper().replace("'", "")
    parts = ["D"]
    parts += pad([S(p["chart"], "mrn")], 10)
    parts += pad([S(F(p["last"]), "name")], 20)
    parts += pad([S(F(p["first"]), "name")], 15)
    parts += pad([S(F(p["mid"]), "name")] if p["mid"] else [], 15)
    parts += [S(d_cmp(p["dob"]), "date"), p["sex"]]
    parts += pad([S(F(p["mother_maiden"]), "name")] if p.get("mother_maiden") else [], 20)
    parts += pad([S(F(p["street"]), "address")], 30)
    parts += pad([S(F(p["city"]), "address")], 20)
    parts += ["OH", S(p["zip"], "zip"), "    "]
    ph = p["guardian"][3] if p.get("guardian") else p["phone"]
    parts += [S(fmt_ph(ph, "raw"), "phone")]
    parts += pad([S(p["plan_id"], "health_plan")] if p["plan"] == "medicaid" else [], 12)
    parts += ["%03d" % int(cvx), S(d_cmp(adm), "date")]
    parts += pad([lot or "UNKNOWN"], 12)
    parts += [mvx, "0.50" if cvx not in ("83",) else "0.50", "1558306411", vis, vfc, "IM", "LD" if cvx != "187" else "RD"]
    return parts


def blk_immreg(t):
    pid = newpid()
    kids = ["mateo", "priya", "kealoha", "irena", "bart", "dmitri", "fatima", "ana", "hoa", "haruto", "ngozi", "renee"]
    adm_dates = {k: random.choice([dt.date(2025, 2, 28), dt.date(2025, 3, 1)]) for k in kids}
    out = [cron_cmd(t, "immreg", "/usr/local/bin/immreg_export.pl --since=yesterday --verbose")]
    il = lambda tt, lvl, *m: mk("immreg-export", t_iso(tt), " [%d] %-5s " % (pid, lvl), list(m))
    out += [il(t, "INFO", "immreg_export.pl v1.7 (perl 5.8.8) starting, since=2025-03-02 00:00:00 batch=LFSC0042-20250303-01"),
            il(t, "INFO", "DBI connect dbi:mysql:database=clinic;host=localhost;mysql_socket=/var/lib/mysql/mysql.sock ok"),
            il(t + dt.timedelta(seconds=1), "INFO", "selected %d immunization rows in 0.84s" % len(kids)),
            il(t + dt.timedelta(seconds=1), "WARN", "chart ", S(PT["dmitri"]["chart"], "mrn"),
               " cvx 187 has no lot number, writing 'UNKNOWN' at /usr/local/bin/immreg_export.pl line 214."),
            il(t + dt.timedelta(seconds=1), "WARN", "Use of uninitialized value in sprintf at /usr/local/bin/immreg_export.pl line 188.")]
    body = [mk("mbox-cron-mail", "immreg_export.pl: %d records since 2025-03-02 -> /var/spool/immreg/out/LFSC0042_20250303.dat" % len(kids)),
            mk("immreg-fixedwidth", "HLFSC0042  LAKESIDE FAMILY SPECIALTY     6145550100202503030215012.1 P")]
    for k in kids:
        body.append(mk("immreg-fixedwidth", imm_record(PT[k], adm_dates[k])))
    body.append(mk("immreg-fixedwidth", "T%06d%06d" % (len(kids), len(kids) + 2)))
    body.append(mk("mbox-cron-mail", "sftp: put OK sftp.impact-siis.example:/incoming/LFSC0042_20250303.dat (exit 0, 3.2s)"))
    nbytes = sum(len(b[1]) + 1 for b in body if b[0] == "immreg-fixedwidth")
    out += [il(t + dt.timedelta(seconds=2), "INFO", "wrote /var/spool/immreg/out/LFSC0042_20250303.dat: %d records, %d bytes" % (len(kids) + 2, nbytes)),
            il(t + dt.timedelta(seconds=5), "INFO", "sftp upload to sftp.impact-siis.example:/incoming ok (3.2s)"),
            il(t + dt.timedelta(seconds=5), "INFO", "done, exit 0, peak RSS 14220 KB")]
    tm = t + dt.timedelta(seconds=6)
    out += cron_mail(tm, "immreg", "immreg@%s" % FQDN,
                     "Cron <immreg@%s> /usr/local/bin/immreg_export.pl --since=yesterday --verbose" % HOST, body)
    out += sendmail_pair(tm, "immreg", "immreg@%s" % FQDN, 2911)
    return out


def blk_noshow(t):
    out = [cron_cmd(t, "root", "/usr/local/bin/noshow_report.pl")]
    fri = dt.date(2025, 2, 28)
    rows = [("irena", "09:30", "HALE"), ("fatima", "10:00", "HALE"), ("seun", "10:45", "SOLB"),
            ("kealoha", "11:15", "VENK"), ("ngozi", "13:30", "SOLB"), ("bart", "14:00", "HALE"),
            ("daghan", "15:30", "SOLB"), ("priya", "16:15", "VENK")]
    body = [mk("mbox-cron-mail", "NO-SHOW REPORT   ", CLINIC, "   generated 03/03/2025 06:00"),
            mk("mbox-cron-mail", CLINIC_ADDR, "   Tel ", CLINIC_TEL, "  Fax ", CLINIC_FAX),
            mk("mbox-cron-mail", "Service date: 02/28/2025   Providers: ALL   Rows: %d" % len(rows)),
            mk("mbox-cron-mail", "CHART   PATIENT                    AGE  DOB         APPT DATE   TIME   PROV  PHONE"),
            mk("mbox-cron-mail", "------  -------------------------  ---  ----------  ----------  -----  ----  --------------")]
    for k, tm, pv in rows:
        p = PT[k]
        nm = [S(ascii_fold(p["last"]).upper(), "name"), ", ", S(ascii_fold(p["first"]).upper(), "name")]
        ag = str(p["age"])
        agp = [S(ag, "age")] if p["age"] > 89 else [ag]
        ph = p["guardian"][3] if p.get("guardian") else p["phone"]
        body.append(mk("mbox-cron-mail", S(p["chart"], "mrn"), "  ", pad(nm, 25), "  ", rpad_num(agp, 3), "  ",
                       S(d_us(p["dob"]), "date"), "  ", S(d_us(fri), "date"), "  ", tm, "  ", pv, "  ",
                       S(fmt_ph(ph, "paren"), "phone")))
    body.append(mk("mbox-cron-mail", "%d no-shows, 41 kept, 3 cancelled, 2 rescheduled (no-show rate 10.2%%)" % len(rows)))
    body.append(mk("mbox-cron-mail", "Questions: Carla Mendes x204 / frontdesk@lakeside-fsc.example"))
    tt = t + dt.timedelta(seconds=3)
    out += cron_mail(tt, "root", "frontdesk@lakeside-fsc.example", "Cron <root@%s> /usr/local/bin/noshow_report.pl" % HOST, body)
    out += sendmail_pair(tt, "root", "frontdesk@lakeside-fsc.example", 2614)
    return out


def blk_ar(t):
    out = [cron_cmd(t, "billing", "/usr/local/bin/ar_aging.pl --min-balance=100")]
    rows = [("seun", None, "412.50", dt.date(2025, 1, 15)), ("priya", "guardian", "185.00", dt.date(2024, 11, 30)),
            ("ngozi", None, "1,240.00", dt.date(2024, 12, 2)), ("haruto", None, "310.25", dt.date(2025, 1, 3)),
            ("renee", None, "127.00", dt.date(2024, 10, 18)), ("ana", None, "640.00", dt.date(2024, 12, 27)),
            ("mateo", "guardian", "100.00", dt.date(2024, 11, 4)), ("daghan", None, "215.40", dt.date(2024, 11, 22)),
            ("siobhan", None, "388.10", dt.date(2024, 12, 9))]
    body = [mk("mbox-cron-mail", "AR AGING > 90 DAYS   min balance $100.00   run 03/03/2025 07:30   db=clinic@localhost"),
            mk("mbox-cron-mail", CLINIC, "  ", CLINIC_ADDR, "  Billing ", CLINIC_TEL, " opt 3"),
            mk("mbox-cron-mail", "ACCT      GUARANTOR                  CHART   BALANCE     LAST PMT    HOME PHONE    MAIL TO"),
            mk("mbox-cron-mail", "--------  -------------------------  ------  ----------  ----------  ------------  ------------------------------")]
    for k, g, bal, lp in rows:
        p = PT[k]
        if g:
            gd = p["guardian"]
            nm = [S(gd[1].upper(), "name"), ", ", S(ascii_fold(gd[0]).upper(), "name")]
            ph = gd[3]
        else:
            nm = [S(ascii_fold(p["last"]).upper(), "name"), ", ", S(ascii_fold(p["first"]).upper(), "name")]
            ph = p["phone"]
        body.append(mk("mbox-cron-mail", S(p["acct"], "account"), "  ", pad(nm, 25), "  ", S(p["chart"], "mrn"), "  ",
                       rpad_num(["$" + bal], 10), "  ", S(d_us(lp), "date"), "  ", S(fmt_ph(ph, "dash"), "phone"), "  ",
                       S(ascii_fold(p["street"]), "address"), ", ", S(p["city"], "address"), " OH ", S(p["zip"], "zip")))
    body.append(mk("mbox-cron-mail", "Total: %d accounts   $2,914.75   (report took 4.7s, 12204 rows examined)" % len(rows)))
    tt = t + dt.timedelta(seconds=5)
    out += cron_mail(tt, "billing", "dpruitt@lakeside-fsc.example", "Cron <billing@%s> /usr/local/bin/ar_aging.pl --min-balance=100" % HOST, body)
    out += sendmail_pair(tt, "billing", "dpruitt@lakeside-fsc.example", 3120)
    return out


def blk_crontab(t):
    out = [cron_cmd(t, "root", "/usr/local/sbin/crontab_backup.sh")]
    C = lambda s: mk("mbox-cron-mail", s)
    body = [C("## root"),
            C("30 3 * * * /usr/local/sbin/mysql_backup.sh >> /var/log/mysql_backup.log 2>&1"),
            C("0 6 * * 1-5 /usr/local/bin/noshow_report.pl"),
            C("## apache"),
            C("*/5 * * * * php -q /var/www/html/clinic/cron/fax_poll.php > /dev/null 2>&1"),
            C("0 7 * * 1-6 /usr/bin/php -q /usr/local/lib/lfsc/appt_reminder.php --days=1 >> /var/log/appt_reminder.log 2>&1"),
            C("## billing"),
            C("30 7 * * 1 /usr/local/bin/ar_aging.pl --min-balance=100"),
            C("## immreg"),
            C("15 2 * * * /usr/local/bin/immreg_export.pl --since=yesterday --verbose")]
    tt = t + dt.timedelta(seconds=1)
    out += cron_mail(tt, "root", "it-alerts@lakeside-fsc.example", "Cron <root@%s> /usr/local/sbin/crontab_backup.sh" % HOST, body)
    out += sendmail_pair(tt, "root", "it-alerts@lakeside-fsc.example", 1804)
    return out


def blk_mysql_backup(t):
    out = [cron_cmd(t, "root", "/usr/local/sbin/mysql_backup.sh >> /var/log/mysql_backup.log 2>&1")]
    tid = newthread()
    out += [gen_line(t, tid, "Connect", "backup@localhost on ", True),
            gen_line(t, tid, "Init DB", "clinic", False),
            gen_line(t, tid, "Query", "LOCK TABLES `appointments` READ /*!32311 LOCAL */", False)]
    return out


# ---- SMS reminder (PHP CLI + curl -v to stderr) ---------------------------

API = "api.txtbridge.example"
API_IP = "198.51.100.37"


def blk_sms(t):
    pid = newpid()
    pl = lambda tt, *m: mk("php-cli-log", "[", t_iso(tt), "] appt_reminder.php[%d]: " % pid, list(m))
    cv = lambda *m: mk("curl-verbose", list(m))
    out = [cron_cmd(t, "apache", "/usr/bin/php -q /usr/local/lib/lfsc/appt_reminder.php --days=1 >> /var/log/appt_reminder.log 2>&1")]
    msgs = [("irena", "09:00", "HALE", "ok"), ("mateo", "10:30", "VENK", "ok"), ("bart", "14:45", "HALE", "bad")]
    out += [pl(t, "start v1.4.2 php=5.2.17 memory_limit=32M days_ahead=1 dry_run=0"),
            pl(t, "23 appointments on 2025-03-04, 17 with mobile+consent, 2 email-only, 4 skipped (no consent)"),
            mk("php-cli-log", "PHP Notice:  Undefined index:  mobile in /usr/local/lib/lfsc/appt_reminder.php on line 142")]
    first = True
    for k, hm, pv, res in msgs:
        p = PT[k]
        t += dt.timedelta(seconds=random.randint(1, 3))
        ph = p["guardian"][3] if p.get("guardian") else p["phone"]
        e164 = fmt_ph(ph, "e164")
        if res == "bad":
            e164 = e164[:-1]  # a digit lost in data entry
        appt_id = random.randint(338000, 339500)
        out.append(pl(t, "chart=", S(p["chart"], "mrn"), " appt_id=%d to=" % appt_id, S(e164, "phone"), " when=",
                      S(d_iso(TOMORROW), "date"), " ", hm, " prov=", pv, " tpl=", p.get("lang", "en")))
        h, m = int(hm[:2]), hm[3:]
        hm12 = "%d:%s%s" % (h if h <= 12 else h - 12, m, "am" if h < 12 else "pm")
        if p.get("lang") == "es":
            g = p["guardian"]
            text = ["Hola ", S(g[0], "name"), ", recordatorio: cita de ", S(p["first"], "name"), " con ", PROV_FULL[pv], " el ",
                    S("04/03", "date"), " a las ", hm12, ". Responda C para confirmar. Lakeside FSC ", CLINIC_TEL]
        else:
            text = ["Hi ", S(p["first"], "name"), ", reminder: appt with ", PROV_FULL[pv], " on ", S("03/04", "date"),
                    " at ", hm12, ". Reply C to confirm, R to reschedule. Lakeside FSC ", CLINIC_TEL]
        enc = []
        for part in text:
            if isinstance(part, tuple):
                enc.append(S(quote_plus(part[0]), part[1]))
            else:
                enc.append(quote_plus(part))
        bodyp = ["to=", S(quote_plus(e164), "phone"), "&from=%2B16145550100&text=", enc, "&callback=",
                 quote_plus("https://www.lakeside-fsc.example/sms/cb.php")]
        out.append(pl(t, "POST https://%s/v2/sms/send body=" % API, bodyp))
        if first:
            out += [cv("* About to connect() to %s port 443 (#0)" % API), cv("*   Trying %s... connected" % API_IP),
                    cv("* Connected to %s (%s) port 443 (#0)" % (API, API_IP)),
                    cv("*   CAfile: /etc/pki/tls/certs/ca-bundle.crt"),
                    cv("  CApath: none"), cv("* SSL connection using DHE-RSA-AES256-SHA"), cv("* Server certificate:"),
                    cv("* \t subject: /C=US/ST=Delaware/L=Wilmington/O=TxtBridge Inc./CN=*.txtbridge.example"),
                    cv("* \t start date: 2024-11-02 00:00:00 GMT"), cv("* \t expire date: 2025-12-01 23:59:59 GMT"),
                    cv("* SSL certificate verify ok.")]
            first = False
        else:
            out += [cv("* Re-using existing connection! (#0) with host %s" % API),
                    cv("* Connected to %s (%s) port 443 (#0)" % (API, API_IP))]
        out += [cv("> POST /v2/sms/send HTTP/1.1"), cv("User-Agent: LFSC-Reminder/1.4.2 (PHP 5.2.17; libcurl 7.15.5)"),
                cv("Host: %s" % API), cv("Accept: */*"), cv("X-Api-Key: ************************3f9a"),
                cv("Content-Length: %d" % plen(bodyp)), cv("Content-Type: application/x-www-form-urlencoded")]
        t += dt.timedelta(seconds=1)
        sid = "SM%032x" % random.getrandbits(128)
        if res == "ok":
            js = ["{\"sid\":\"", sid, "\",\"to\":\"", S(e164, "phone"), "\",\"from\":\"+16145550100\",\"status\":\"queued\",\"segments\":",
                  "2" if plen(enc) > 160 else "1", ",\"price\":\"0.00790\",\"price_unit\":\"USD\",\"created\":\"",
                  (t + dt.timedelta(hours=5)).strftime("%Y-%m-%dT%H:%M:%SZ"), "\"}"]
            out += [cv("< HTTP/1.1 201 Created"), cv("< Date: %s" % t_gmt(t)), cv("< Content-Type: application/json; charset=utf-8"),
                    cv("< X-Request-Id: %08x-%04x-4%03x-a%03x-%012x" % (random.getrandbits(32), random.getrandbits(16), random.getrandbits(12), random.getrandbits(12), random.getrandbits(48))),
                    cv("< Content-Length: %d" % plen(js)), cv("< "),
                    cv("* Connection #0 to host %s left intact" % API), pl(t, "response: ", js),
                    pl(t, "appt_id=%d sent sid=%s http=201 %.3fs" % (appt_id, sid, random.uniform(0.2, 0.9)))]
        else:
            js = ["{\"error\":{\"code\":21211,\"message\":\"The 'To' number ", S(e164, "phone"),
                  " is not a valid phone number.\",\"more_info\":\"https://docs.txtbridge.example/errors/21211\"}}"]
            out += [cv("< HTTP/1.1 400 Bad Request"), cv("< Date: %s" % t_gmt(t)), cv("< Content-Type: application/json; charset=utf-8"),
                    cv("< Content-Length: %d" % plen(js)), cv("< "),
                    cv("* Connection #0 to host %s left intact" % API), pl(t, "response: ", js),
                    pl(t, "appt_id=%d FAILED http=400 code=21211, falling back to email" % appt_id)]
    out.append(mk("curl-verbose", "* Closing connection #0"))
    # email-only patients
    t += dt.timedelta(seconds=2)
    for k in ["seun", "hoa"]:
        p = PT[k]
        out.append(pl(t, "chart=", S(p["chart"], "mrn"), " email-only -> ", S(p["email"], "email")))
        out += sendmail_pair(t, "apache", p["email"], random.randint(1100, 1400), local=False, rcpt_phi=True, bounce=(k == "hoa"))
        t += dt.timedelta(seconds=1)
    out.append(pl(t, "done sent=16 failed=1 email=2 skipped=4 elapsed=%.2fs mem_peak=6291456" % random.uniform(8, 12)))
    return out


# ============================ assemble ====================================

def build():
    block(at(0, 1, 1), [cron_cmd(at(0, 1, 1), "root", "run-parts /etc/cron.hourly")])
    block(at(2, 15, 1), blk_immreg(at(2, 15, 1)))
    block(at(3, 30, 1), blk_mysql_backup(at(3, 30, 1)))
    block(at(4, 2, 1), blk_logrotate(at(4, 2, 1)))
    block(at(4, 2, 3), blk_apache_restart(at(4, 2, 3)))
    block(at(5, 0, 1), blk_crontab(at(5, 0, 1)))
    block(at(6, 0, 1), blk_noshow(at(6, 0, 1)))
    block(at(7, 0, 1), blk_sms(at(7, 0, 1)))
    block(at(7, 30, 1), blk_ar(at(7, 30, 1)))
    block(at(9, 12, 44), blk_printr(at(9, 12, 44)))
    block(at(10, 40, 12), blk_vardump(at(10, 40, 12)))
    block(at(11, 5, 37), blk_dumper_dme(at(11, 5, 37)))
    block(at(14, 20, 9), blk_dumper_chart(at(14, 20, 9)))

    nophi_f = [(f_acc_static, 5), (f_acc_sched, 5), (f_acc_nagios, 2), (f_err_php, 5), (f_err_misc, 4),
               (f_slow_nophi, 2), (f_gen_nophi, 2), (f_cron_poll, 3), (f_sendmail_nophi, 2), (f_smb_nophi, 4)]
    phi_f = [(f_acc_chart, 6), (f_acc_portal, 3), (f_err_phi, 4), (f_slow_phi, 2), (f_gen_phi, 2), (f_smb_phi, 5)]

    def count():
        tot = sum(len(b[2]) for b in BLOCKS)
        phi = sum(1 for b in BLOCKS for ln in b[2] if ln[2])
        return tot, phi

    def pick(fs):
        fns, ws = zip(*fs)
        return random.choices(fns, weights=ws)[0]

    night_ok = {f_acc_nagios, f_cron_poll, f_sendmail_nophi, f_slow_nophi, f_gen_nophi}

    def rand_time(fn):
        if fn in night_ok and random.random() < 0.3:
            return at(0, 5) + dt.timedelta(seconds=random.randint(0, 7 * 3600))
        return at(7, 45) + dt.timedelta(seconds=random.randint(0, 10 * 3600))

    tot, phi = count()
    assert tot < N_LINES, tot
    while tot < N_LINES:
        remaining = N_LINES - tot
        need = TARGET_PHI - phi
        want_phi = need > 0 and (need >= remaining or random.random() < need / remaining)
        for _ in range(50):
            fn = pick(phi_f if want_phi else nophi_f)
            t = rand_time(fn)
            lines = fn(t)
            if len(lines) <= remaining and (not want_phi or any(ln[2] for ln in lines)):
                break
        else:
            # single-line fallback
            fn = f_acc_chart if want_phi else f_err_php
            t = rand_time(fn)
            lines = fn(t)
        block(t, lines)
        tot, phi = count()
    BLOCKS.sort(key=lambda b: (b[0], b[1]))
    return [ln for b in BLOCKS for ln in b[2]]


def main():
    lines = build()
    assert len(lines) == N_LINES, len(lines)
    logb = bytearray()
    lab = []
    for i, (fam, b, spans) in enumerate(lines, 1):
        assert b"\n" not in b and b"\r" not in b, (i, b)
        assert len(b) <= 4000, (i, len(b))
        b.decode("utf-8")
        prev = 0
        out = []
        for sp in spans:
            assert sp["s"] >= prev, ("overlap", i)
            assert b[sp["s"]:sp["e"]] == sp["_v"], ("mismatch", i)
            assert sp["e"] > sp["s"]
            prev = sp["e"]
            out.append({"s": sp["s"], "e": sp["e"], "cat": sp["cat"]})
        logb += b + b"\n"
        lab.append(json.dumps({"line": i, "family": fam, "spans": out}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "wb") as f:
        f.write(bytes(logb))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "wb") as f:
        f.write(("\n".join(lab) + "\n").encode("utf-8"))


if __name__ == "__main__":
    main()
