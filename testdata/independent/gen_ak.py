#!/usr/bin/env python3
"""Generator for held-out PHI test corpus "ak".

Theme: operations scripts and manual data fixes in a health IT shop
(bash -x traces, cron mails, psql/sqlcmd sessions, python data-fix scripts,
jq/awk one-liners, PowerShell remoting, Ansible/Salt runs, backup/restore,
SFTP batches, Excel macro logs, make targets, CSV diffs, chat-ops runbooks).

Standard library only; fixed seed; byte-for-byte reproducible.
Writes ak.log and ak.labels.jsonl next to this file.
"""
import base64
import datetime
import json
import os
import string
import sys
import unicodedata
import random

SEED = 0xA4C0FFEE
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
LOG_PATH = os.path.join(HERE, "ak.log")
LAB_PATH = os.path.join(HERE, "ak.labels.jsonl")
N_LINES = 500
N_NEG = 225  # 45 % of lines carry no PHI

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email",
        "ssn", "mrn", "health_plan", "account", "license", "vehicle",
        "device", "url", "ip", "biometric", "photo", "other_id"]
COUNTS = {c: 0 for c in CATS}


# ----------------------------------------------------------------------------
# small random helpers
# ----------------------------------------------------------------------------
def ch(seq):
    return R.choice(seq)


def rint(a, b):
    return R.randint(a, b)


def digits(n):
    return "".join(ch("0123456789") for _ in range(n))


def hexs(n):
    return "".join(ch("0123456789abcdef") for _ in range(n))


def uppers(n, alphabet=string.ascii_uppercase):
    return "".join(ch(alphabet) for _ in range(n))


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + ch("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def P(value, cat, raw=False):
    """A PHI value; raw=True means render unquoted in structured formats."""
    return (value, cat, raw)


# ----------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------
FIRST = ["Maria", "José", "Wei", "Aisha", "Oluwaseun", "Dmitri", "Priyanka",
         "Hiroshi", "Fatima", "Liam", "Siobhan", "Kwame", "Ingrid", "Mateo",
         "Chloé", "Björn", "Zainab", "Tomasz", "Anjali", "Rahul", "Mei",
         "Yusuf", "Leila", "Svetlana", "Carlos", "Emeka", "Haruka", "Giulia",
         "Pablo", "Noor", "Ji-woo", "Thanh", "Amara", "Declan", "Esperanza",
         "Kofi", "Ayşe", "Magnus", "Reza", "Dolores", "Gertrude", "Harold",
         "Eleanor", "Walter", "Beatriz", "Nikolai", "Olga", "Samuel", "Grace",
         "Tyrone", "Lakshmi", "Bao", "Ngozi", "Ruth", "Francisco", "Agnes",
         "Mohammed", "Keiko", "Patrick", "Rosa", "Ewa", "Ahmad", "Linnea",
         "Zoë", "Łukasz", "Søren", "Inés", "Renée", "Thảo", "Çağla", "Joaquín"]
LAST = ["Lopez", "Nguyen", "Okafor", "Kowalski", "Patel", "Tanaka", "O'Brien",
        "Haddad", "Ivanova", "Schmidt", "García", "Kim", "Mensah", "Rossi",
        "Johansson", "Müller", "Chen", "Abubakar", "Fernández", "Dubois",
        "Novak", "Yılmaz", "Sato", "Kaur", "Mwangi", "Andersson", "Petrov",
        "Hernandez", "Williams", "Brown", "Murphy", "Singh", "Castillo",
        "Ramos", "Duarte", "Lindqvist", "Achebe", "Horvath", "Takahashi",
        "Nakamura", "Walsh", "Delgado", "Osei", "Baptiste", "Jaramillo",
        "Wójcik", "Fitzgerald", "Adeyemi", "Romero", "Eriksen", "Kuznetsov",
        "Begum", "Pham", "Oyelaran", "Whitaker", "Salazar", "Greenberg",
        "Ramírez", "Núñez", "Nguyễn", "Öztürk", "Gonçalves", "Peña", "Søndergaard"]
MIDDLE = "ABCDEFGHJKLMNPRSTW"

# clinicians/staff: separate pools so they never collide with patients
DOC_FIRST = ["Priya", "Anil", "Sarah", "Jonathan", "Elena", "Marcus", "Rebecca",
             "Omar", "Hannah", "Victor", "Naomi", "Gregory"]
DOC_LAST = ["Raman", "Mehta", "Whitfield", "Castellano", "Brandt", "Oduya",
            "Lindgren", "Farouk", "Ashworth", "Sorensen", "Kaplan", "Yoshida"]
STAFF = ["jkowalczyk", "pnair", "mgreene", "dtran", "akhanna", "rbouchard",
         "lfeld", "tokonkwo", "sbergstrom", "cvaldez", "hwu", "ezimmer"]
SVC = ["svc_etl", "svc_backup", "svc_mirth", "svc_hl7", "svc_rpt", "ops-bot",
       "ansible", "svc_sftp_edi", "sa_claims_ro", "svc_portal", "postgres",
       "svc_clarity"]


def fold(s):
    s = s.replace("ı", "i").replace("ø", "o").replace("ß", "ss").replace("Ł", "L").replace("ł", "l").replace("Ø", "O")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def person():
    return ch(FIRST), ch(LAST)


def name_fmt(f, l, style=None):
    style = style or ch(["fl", "fl", "lf", "LF", "fml", "lf", "FL"])
    if style == "fl":
        return "%s %s" % (f, l)
    if style == "FL":
        return ("%s %s" % (f, l)).upper()
    if style == "lf":
        return "%s, %s" % (l, f)
    if style == "LF":
        return ("%s, %s" % (l, f)).upper()
    if style == "fml":
        return "%s %s. %s" % (f, ch(MIDDLE), l)
    if style == "hl7":
        return ("%s^%s" % (l, f)).upper()
    if style == "us":  # filename style
        return "%s_%s" % (fold(l).replace("'", ""), fold(f).replace("'", ""))
    raise ValueError(style)


def g_name(style=None):
    f, l = person()
    return name_fmt(f, l, style)


def doctor():
    f, l = ch(DOC_FIRST), ch(DOC_LAST)
    return ch(["Dr. %s %s" % (f, l), "%s %s, MD" % (f, l), "%s, %s MD" % (l, f),
               "Dr. %s" % l, "%s %s, NP" % (f, l), "%s %s DO" % (f, l)])


def staff():
    return ch(STAFF)


def svc():
    return ch(SVC)


# ----------------------------------------------------------------------------
# PHI value generators
# ----------------------------------------------------------------------------
STREETS = ["Oak", "Maple", "Birch", "Cedar", "Elm", "Lakeview", "Willow",
           "Pine Hollow", "Martin Luther King Jr", "Sunnyside", "Hawthorne",
           "Juniper", "Magnolia", "Chestnut", "Riverbend", "Orchard",
           "Prospect", "Quail Run", "Sycamore", "Tamarack", "Harvest Moon",
           "Old Mill", "Canyon Creek", "Wabash", "Ridgeway", "Calle Sol",
           "Calle Peñasco", "Rue Émile"]
SUFFIX = ["St", "Ave", "Rd", "Ln", "Dr", "Ct", "Blvd", "Way", "Pl", "Ter",
          "Street", "Avenue", "Circle", "Pkwy", "Trl"]
UNITS = ["Apt 4B", "Apt 12", "Unit 3", "#210", "Apt. 7C", "Ste 5", "Lot 44",
         "Apt 2R", "Unit B", "Fl 2"]
CITY_ST = [("Puyallup", "WA"), ("Lakewood", "WA"), ("Federal Way", "WA"),
           ("Auburn", "WA"), ("Kent", "WA"), ("Renton", "WA"), ("Gig Harbor", "WA"),
           ("Olympia", "WA"), ("Bremerton", "WA"), ("Spanaway", "WA"), ("Sumner", "WA"),
           ("Yelm", "WA"), ("Shelton", "WA"), ("Bonney Lake", "WA"),
           ("University Place", "WA"), ("Des Moines", "WA"), ("Burien", "WA"),
           ("Enumclaw", "WA"), ("Port Orchard", "WA"), ("Vancouver", "WA"),
           ("Gresham", "OR"), ("Beaverton", "OR"), ("Coeur d'Alene", "ID"),
           ("Hialeah", "FL"), ("Yonkers", "NY"), ("Cicero", "IL"), ("Springfield", "IL"),
           ("Brockton", "MA"), ("Santa Ana", "CA"), ("Dayton", "OH")]
CITIES = [c for c, _ in CITY_ST]
ZIP_RANGE = {"WA": (980, 994), "OR": (970, 979), "ID": (832, 838), "IL": (600, 629),
             "MA": (10, 27), "CA": (900, 961), "FL": (320, 349), "NY": (100, 149),
             "OH": (430, 458)}
COUNTIES = ["Pierce County", "King County", "Kitsap County", "Thurston County",
            "Mason County", "Cook County", "Plymouth County", "Orange County"]
STATES = ["WA", "WA", "WA", "OR", "ID", "IL", "MA", "CA", "FL", "NY", "OH"]
STATE_NAMES = ["Washington", "Oregon", "Idaho", "Illinois", "Massachusetts",
               "California", "Florida", "New York", "Ohio", "Alaska"]


def g_street():
    s = "%d %s %s" % (rint(2, 29999), ch(STREETS), ch(SUFFIX))
    if R.random() < 0.3:
        s = ch(["N ", "S ", "E ", "W ", "NE ", "SW "]).join(
            [s.split(" ", 1)[0] + " ", s.split(" ", 1)[1]])
    if R.random() < 0.35:
        s += " " + ch(UNITS)
    return s


def g_city():
    return ch(CITIES)


def g_city_st():
    """(city, state, zip) that belong together."""
    c, st = ch(CITY_ST)
    return c, st, g_zip(st)


def g_zip(state=None):
    state = state or ch(STATES)
    lo, hi = ZIP_RANGE[state]
    z = "%03d%02d" % (rint(lo, hi), rint(1, 99))
    if R.random() < 0.2:
        z += "-%04d" % rint(1, 9999)
    return z


MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def rand_date(y0, y1):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rint(a, b))


def fmt_date(d, style=None):
    style = style or ch(["iso", "iso", "us", "us", "usn", "eu", "compact",
                         "dmy", "long", "iso"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "usn":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "dmy":
        return "%02d-%s-%d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    if style == "DMY":
        return ("%02d-%s-%d" % (d.day, MONTHS[d.month - 1][:3], d.year)).upper()
    if style == "long":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "mssql":
        return d.strftime("%Y-%m-%d") + " 00:00:00.000"
    raise ValueError(style)


def g_dob(style=None):
    return fmt_date(rand_date(1921, 2016), style)


def g_svcdate(style=None):
    a = datetime.date(2021, 1, 1).toordinal()
    b = datetime.date(2024, 3, 10).toordinal()
    return fmt_date(datetime.date.fromordinal(rint(a, b)), style)


def g_age():
    return str(rint(90, 106))


def g_phone(style=None):
    area = ch(["253", "206", "360", "425", "509", "503", "971", "208", "312",
               "617", "305", "714", "937", "914"])
    ex = "%03d" % rint(201, 989)
    if R.random() < 0.3:
        ex = "555"
    ln = "%04d" % rint(100, 9999)
    style = style or ch(["paren", "dash", "dash", "dot", "intl", "plain",
                         "intl2"])
    if style == "paren":
        return "(%s) %s-%s" % (area, ex, ln)
    if style == "dash":
        return "%s-%s-%s" % (area, ex, ln)
    if style == "dot":
        return "%s.%s.%s" % (area, ex, ln)
    if style == "intl":
        return "+1 %s %s %s" % (area, ex, ln)
    if style == "intl2":
        return "+1-%s-%s-%s" % (area, ex, ln)
    return "%s%s%s" % (area, ex, ln)


MAILDOMS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com",
            "icloud.com", "aol.com", "comcast.net", "proton.me", "msn.com",
            "live.com", "att.net", "yahoo.com.mx", "gmx.de"]


def g_email(f=None, l=None):
    if f is None:
        f, l = person()
    f = fold(f).lower().replace("'", "").replace("-", "")
    l = fold(l).lower().replace("'", "").replace(" ", "")
    user = ch(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s%d" % (f, l, rint(1, 99)),
               "%s%s%d" % (f, l[0], rint(40, 99)), "%s.%s%d" % (l, f, rint(1930, 2005)),
               "%s%s" % (l, f[:3])])
    return "%s@%s" % (user, ch(MAILDOMS))


def g_ssn(style=None):
    area = rint(1, 899)
    while area == 666:
        area = rint(1, 899)
    a, g, s = "%03d" % area, "%02d" % rint(1, 99), "%04d" % rint(1, 9999)
    style = style or ch(["dash", "dash", "dash", "plain", "space"])
    if style == "dash":
        return "%s-%s-%s" % (a, g, s)
    if style == "plain":
        return a + g + s
    return "%s %s %s" % (a, g, s)


def g_mrn():
    return ch(["E" + digits(8), "%09d" % rint(1000000, 99999999),
               "MR" + digits(7), "LKH" + digits(7), "H" + digits(8),
               "%08d" % rint(100000, 9999999), "M-" + digits(7)])


MBI_L = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_L + "0123456789"


def g_mbi(dashes=None):
    v = (ch("123456789") + ch(MBI_L) + ch(MBI_AN) + ch("0123456789") +
         ch(MBI_L) + ch(MBI_AN) + ch("0123456789") + ch(MBI_L) + ch(MBI_L) +
         ch("0123456789") + ch("0123456789"))
    if dashes is None:
        dashes = R.random() < 0.4
    if dashes:
        v = "%s-%s-%s" % (v[:4], v[4:7], v[7:])
    return v


def g_member():
    return ch([g_mbi(), "W" + digits(9), "XEH" + digits(9),
               ch(["ZGP", "YRK", "JQU", "HMO"]) + digits(9),
               digits(9) + "01", "U" + digits(8) + "01",
               "WA" + digits(8), "MCD" + digits(8), "1" + digits(9) + "A"])


def g_card():
    prefix = ch(["4", "51", "52", "55", "37", "6011"])
    n = 15 if prefix == "37" else 16
    body = prefix + digits(n - len(prefix) - 1)
    num = body + luhn_digit(body)
    st = ch(["plain", "space", "dash"])
    if st == "plain" or n == 15:
        return num
    sep = " " if st == "space" else "-"
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def g_iban():
    bban = digits(8) + digits(10)  # DE: 8 bank code + 10 account
    tmp = bban + "131400"  # D=13 E=14 + 00
    check = 98 - int(tmp) % 97
    raw = "DE%02d%s" % (check, bban)
    if R.random() < 0.5:
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return raw


def g_account():
    return ch([g_card(), "HAR" + digits(9), "%010d" % rint(6000000000, 6099999999),
               "PA-" + digits(7), digits(12), "G" + digits(8), g_iban(),
               digits(4) + "-" + digits(6), "ACCT" + digits(8)])


def dea_number():
    d = [rint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return ch("ABFGM") + ch(string.ascii_uppercase) + "".join(map(str, d)) + str(c)


def g_dl():
    return ch([ch(string.ascii_uppercase) + digits(7),
               "%s%s-%s-%s" % (ch(string.ascii_uppercase), digits(3), digits(4), digits(4)),
               "%s %s %s" % (digits(3), digits(3), digits(3)),
               "WDL" + uppers(6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
               "%s%s-%s-%s-%s-%s" % (ch(string.ascii_uppercase), digits(3), digits(3),
                                     digits(2), digits(3), digits(1)),
               digits(9), "S" + digits(8)])


def g_license():
    return ch([g_dl(), g_dl(), g_dl(), dea_number(),
               "RN" + digits(8), "LPN." + digits(6)])


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VAL = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                   [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def g_vin():
    wmi = ch(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "KMH", "WBA", "1G1",
              "4T1", "5NP", "JN1"])
    s = list(wmi + "".join(ch(VIN_CH) for _ in range(5)) + "0" +
             ch("LMNPRS") + ch(VIN_CH) + digits(6))
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else VIN_VAL[c]
        tot += v * VIN_W[i]
    r = tot % 11
    s[8] = "X" if r == 10 else str(r)
    return "".join(s)


def g_plate():
    return ch([digits(1) + uppers(3) + digits(3), uppers(3) + digits(4),
               uppers(3) + "-" + digits(4), uppers(3) + " " + digits(4),
               digits(3) + "-" + uppers(3), uppers(2) + digits(5)])


def g_vehicle():
    return ch([g_vin(), g_vin(), g_plate()])


def g_imei():
    body = ch(["35", "86", "01", "35", "99"]) + digits(12)
    return body + luhn_digit(body)


def g_mac():
    sep = ch([":", ":", "-"])
    m = sep.join(hexs(2) for _ in range(6))
    return m.upper() if R.random() < 0.5 else m


def g_udi():
    return "(01)%s(17)%s(10)%s(21)%s" % (
        "0" + digits(13), rand_date(2025, 2029).strftime("%y%m%d"),
        uppers(1) + digits(4), uppers(2) + digits(6))


def g_device():
    return ch([g_imei(), g_mac(), g_udi(),
               ch(["PJN", "RNZ", "BLV", "NWR", "SJM"]) + digits(6) + ch("HSGV"),
               ch(["NG", "MMT", "OP"]) + digits(7) + uppers(1),
               uppers(2, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") + digits(2) +
               uppers(6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")])


def g_url(f=None, l=None, kind=None):
    if f is None:
        f, l = person()
    f = fold(f).lower().replace("'", "").replace("-", "")
    l = fold(l).lower().replace("'", "").replace(" ", "")
    if kind == "fb":
        return "https://www.facebook.com/%s.%s.%d" % (f, l, rint(10, 9999))
    if kind == "blog":
        return ch(["https://%s%s.wordpress.com" % (f, l), "https://%s-%s.blogspot.com" % (f, l)])
    if kind == "fund":
        return ch(["https://www.gofundme.com/f/help-%s-%s-recover" % (f, l),
                   "https://www.caringbridge.org/visit/%s%s" % (f, l)])
    return ch(["https://www.facebook.com/%s.%s.%d" % (f, l, rint(10, 9999)),
               "https://www.instagram.com/%s_%s%d/" % (f, l, rint(1, 99)),
               "https://%s%s.wordpress.com" % (f, l),
               "https://www.linkedin.com/in/%s-%s-%s" % (f, l, hexs(6)),
               "https://twitter.com/%s%s" % (f[0], l),
               "http://www.%s-%s-family.net/about" % (l, f),
               "https://www.gofundme.com/f/help-%s-%s-recover" % (f, l),
               "https://www.tiktok.com/@%s.%s" % (f, l)])


PUB_OCT = [24, 47, 50, 63, 66, 67, 68, 69, 70, 71, 73, 74, 75, 76, 96, 97,
           98, 99, 107, 108, 136, 148, 162, 174, 184, 189, 201, 207, 208]


def g_ip():
    if R.random() < 0.15:
        return "2601:%x:%x:%x::%x" % (rint(0x100, 0xfff), rint(0x1000, 0xffff),
                                      rint(0x10, 0xffff), rint(1, 0xff))
    return "%d.%d.%d.%d" % (ch(PUB_OCT), rint(1, 254), rint(0, 254), rint(1, 254))


def b64(bs):
    return base64.b64encode(bs).decode("ascii")


def rbytes(n):
    return bytes(rint(0, 255) for _ in range(n))


def g_biometric():
    kind = ch(["fmr", "fmr", "raw", "voice"])
    if kind == "fmr":
        bs = b"FMR\x00 20\x00" + rbytes(rint(40, 80))
    elif kind == "voice":
        bs = b"VPRT\x01\x02" + rbytes(rint(48, 90))
    else:
        bs = rbytes(rint(45, 90))
    return b64(bs)


def g_photo_b64():
    if R.random() < 0.6:
        bs = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + rbytes(rint(50, 90))
    else:
        bs = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00" + rbytes(rint(50, 90))
    return b64(bs)


def g_photo_path():
    return ch(["/mnt/ehr_media/photos/%d/%s_face.jpg" % (rint(2015, 2024), digits(6)),
               "/srv/portal/uploads/avatars/pt_%s.png" % digits(6),
               "https://media.lkh.local/ptphoto/%s.jpg" % hexs(12),
               "/data/registration/id_photos/%s.jpeg" % uuid4(),
               "s3://lkh-pt-photos/intake/%s/headshot.jpg" % hexs(10),
               "/var/lib/kiosk/capture/face_%s_%s.jpg" % (digits(8), digits(4))])


def g_photo():
    return g_photo_b64() if R.random() < 0.55 else g_photo_path()


DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def g_other_id(k=None):
    k = k or ch(["passport", "passport2", "curp", "dni", "anum", "edipi", "ine"])
    if k == "passport":
        return digits(9)
    if k == "passport2":
        return ch("ACEFGHKLMN") + digits(8)
    if k == "curp":
        return (uppers(4) + rand_date(1930, 2010).strftime("%y%m%d") + ch("HM") +
                ch(["DF", "JC", "NL", "MC", "GT", "OC"]) + uppers(3, "BCDFGHJKLMNPRSTVZ") +
                ch("0A") + digits(1))
    if k == "dni":
        n = rint(10000000, 99999999)
        return "%d%s" % (n, DNI_L[n % 23])
    if k == "anum":
        return ch(["A", "A-", "A"]) + digits(9)
    if k == "edipi":
        return digits(10)
    return uppers(6) + digits(8) + ch("HM") + digits(3)


GEN = {"name": g_name, "address": g_street, "zip": g_zip, "date": g_dob,
       "age": g_age, "phone": g_phone, "fax": g_phone, "email": g_email,
       "ssn": g_ssn, "mrn": g_mrn, "health_plan": g_member,
       "account": g_account, "license": g_license, "vehicle": g_vehicle,
       "device": g_device, "url": g_url, "ip": g_ip,
       "biometric": g_biometric, "photo": g_photo, "other_id": g_other_id}

KEYS = {
    "name": ["pt_name", "patientName", "PAT_NM", "guarantor_nm", "nok_name",
             "emergContactName", "subscriber_name", "full_name", "nombre_paciente",
             "nom_patient", "resp_party", "insured_nm", "PatientFullName",
             "mother_nm", "pat_disp_name", "Guarantor", "kin_name"],
    "address": ["addr1", "street_address", "home_addr", "ADDR_LINE_1",
                "mailing_street", "direccion", "adresse", "addressLine1",
                "res_addr", "guar_addr1", "StreetAddr"],
    "city": ["city", "pt_city", "CITY_NM", "ciudad", "ville", "town",
             "res_city", "mailCity"],
    "county": ["county", "county_nm", "CountyName", "res_county"],
    "zip": ["zip", "zip_cd", "postal_code", "ZIP5", "zipcode", "codigo_postal",
            "postcode", "home_zip", "PostalCd", "guar_zip"],
    "date": ["dob", "birth_dt", "DOB", "dateOfBirth", "fecha_nac",
             "date_naissance", "adm_dt", "admit_date", "disch_dt",
             "dischargeDate", "svc_date", "dos", "appt_dt", "death_dt",
             "Geburtsdatum", "BirthDate", "pt_dob", "dtDeceased"],
    "age": ["age", "pt_age", "AGE_YRS", "edad", "ageAtService", "age_years",
            "AgeYears"],
    "phone": ["phone", "home_ph", "cell", "mobile_no", "PHONE_NUM",
              "contactPhone", "telefono", "tel_domicile", "guar_phone",
              "wk_phone", "HomePhone", "sms_to", "ec_phone"],
    "fax": ["fax", "fax_no", "FaxNumber", "pt_fax", "fax_num", "fax_destino",
            "attn_fax", "roi_fax", "FAX_NBR"],
    "email": ["email", "e_mail", "EmailAddr", "pt_email", "contact_email",
              "correo", "courriel", "portal_login", "guar_email", "notifyEmail"],
    "ssn": ["ssn", "SSN", "soc_sec_no", "ss_num", "socialSecurityNumber",
            "guarantor_ssn", "SSN_NBR", "pt_ssn", "ssNo", "num_seguro_social"],
    "mrn": ["mrn", "MRN", "med_rec_no", "mrn_id", "chart_no",
            "MedicalRecordNum", "pat_mrn", "EPI", "enterprise_mrn", "hosp_no",
            "num_expediente", "PAT_MRN_ID", "mrnNew", "mrn_old"],
    "health_plan": ["member_id", "memberId", "subscriber_id", "SUB_ID", "mbi",
                    "MBI", "medicaid_no", "medicare_id", "ins_member_no",
                    "policy_mbr_id", "plan_mbr_id", "beneficiary_id",
                    "numero_afiliado", "SubscriberNbr"],
    "account": ["acct_no", "account_number", "HAR", "billing_acct",
                "guar_acct", "pt_acct_num", "card_no", "cc_number",
                "bank_acct", "iban", "pan", "AcctNbr", "hsp_account_id",
                "cuenta"],
    "license": ["dl_no", "drivers_license", "DLN", "lic_num", "dea_no", "DEA",
                "license_number", "state_lic", "permis_conduire", "DL_NBR",
                "id_card_dl"],
    "vehicle": ["vin", "VIN", "vehicle_vin", "plate", "license_plate",
                "plate_no", "tag_no", "veh_plate", "placa", "parking_plate"],
    "device": ["device_sn", "implant_serial", "serial_no", "imei", "IMEI",
               "udi", "UDI", "mac_addr", "pump_serial", "pacemaker_sn",
               "cgm_serial", "DeviceSerial", "hw_addr", "rpm_device_id"],
    "url": ["homepage", "profile_url", "personal_url", "social_url", "website",
            "fb_url", "blog", "fundraiser_link", "socialProfile"],
    "ip": ["client_ip", "remote_addr", "src_ip", "login_ip",
           "x_forwarded_for", "patient_ip", "last_login_ip", "ClientAddress",
           "ip_origen"],
    "biometric": ["fingerprint_template", "fp_tmpl", "voiceprint",
                  "voice_sig_b64", "palm_template", "iris_code", "bio_data",
                  "biometricTemplate", "finger_minutiae", "empreinte"],
    "photo": ["photo", "pt_photo", "headshot_b64", "face_img", "photo_path",
              "patient_photo_url", "portrait", "id_photo", "foto", "avatar_blob"],
    "other_id": ["passport_no", "passport", "national_id", "curp", "dni",
                 "alien_reg_no", "edipi", "pasaporte", "nat_id_nbr",
                 "ine_clave", "foreign_id"],
}


def g_devserial():
    return ch([ch(["PJN", "RNZ", "BLV", "NWR", "SJM"]) + digits(6) + ch("HSGV"),
               ch(["NG", "MMT", "OP"]) + digits(7) + uppers(1),
               uppers(2, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") + digits(2) +
               uppers(6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")])


# (keys, generator) per sub-type, so key names match the value format
SUBTYPES = {
    "license": [
        (["dl_no", "drivers_license", "DLN", "DL_NBR", "drv_lic_num", "permis_conduire",
          "licencia_conducir", "id_card_dl", "dlNumber"], g_dl),
        (["dea_no", "DEA", "dea_nbr", "prescriber_dea"], dea_number),
        (["license_number", "state_lic", "lic_num", "prof_license"],
         lambda: ch(["RN", "LPN", "CNA"]) + ch(["", ".", "-"]) + digits(rint(6, 8))),
    ],
    "vehicle": [
        (["vin", "VIN", "vehicle_vin", "veh_vin", "vinNumber"], g_vin),
        (["plate", "license_plate", "plate_no", "tag_no", "veh_plate", "placa",
          "parking_plate", "plateNbr"], g_plate),
    ],
    "device": [
        (["imei", "IMEI", "phone_imei", "rpm_imei", "hub_imei"], g_imei),
        (["mac_addr", "hw_addr", "macAddress", "bt_mac", "wearable_mac"], g_mac),
        (["udi", "UDI", "implant_udi", "udi_di_pi"], g_udi),
        (["device_sn", "implant_serial", "serial_no", "pump_serial", "pacemaker_sn",
          "cgm_serial", "DeviceSerial", "rpm_device_id", "icd_serial"], g_devserial),
    ],
    "url": [
        (["fb_url", "facebook", "social_url", "socialProfile"], lambda: g_url(kind="fb")),
        (["blog", "homepage", "personal_url", "website"], lambda: g_url(kind="blog")),
        (["fundraiser_link", "campaign_url", "donation_page"], lambda: g_url(kind="fund")),
        (["profile_url", "social_url", "socialProfile", "personal_url", "ext_profile"], g_url),
    ],
    "other_id": [
        (["passport_no", "passport", "pasaporte", "passport_nbr", "travelDocNo"],
         lambda: g_other_id(ch(["passport", "passport2"]))),
        (["curp", "curp_id", "clave_curp"], lambda: g_other_id("curp")),
        (["dni", "dni_nie", "nat_id_nbr", "national_id", "documento"], lambda: g_other_id("dni")),
        (["alien_reg_no", "a_number", "uscis_anum"], lambda: g_other_id("anum")),
        (["edipi", "dod_id", "edipi_nbr"], lambda: g_other_id("edipi")),
        (["ine_clave", "clave_elector"], lambda: g_other_id("ine")),
    ],
    "health_plan": [
        (["mbi", "MBI", "medicare_id", "mbi_nbr", "MedicareBeneficiaryId"], g_mbi),
        (["medicaid_no", "mcd_id", "provider_one_id", "medicaidId"],
         lambda: ch(["WA" + digits(8), "MCD" + digits(8), digits(9) + "WA"])),
        (["member_id", "memberId", "subscriber_id", "SUB_ID", "ins_member_no",
          "policy_mbr_id", "plan_mbr_id", "beneficiary_id", "numero_afiliado",
          "SubscriberNbr", "mbr_no"], g_member),
    ],
    "account": [
        (["card_no", "cc_number", "pan", "cardNumber", "pmt_card"], g_card),
        (["iban", "IBAN", "bank_iban"], g_iban),
        (["bank_acct", "dda_acct", "ach_acct_no", "checking_acct"], lambda: digits(rint(9, 12))),
        (["HAR", "hsp_account_id", "billing_acct", "guar_acct", "pt_acct_num", "AcctNbr",
          "account_number", "cuenta", "acct_no"],
         lambda: ch(["HAR" + digits(9), "%010d" % rint(6000000000, 6099999999),
                     "PA-" + digits(7), "G" + digits(8), "ACCT" + digits(8), digits(4) + "-" + digits(6)])),
    ],
    "photo": [
        (["headshot_b64", "face_img", "photo", "portrait", "avatar_blob", "foto",
          "id_photo", "photoData"], g_photo_b64),
        (["photo_path", "patient_photo_url", "pt_photo", "id_photo_uri", "foto_ruta",
          "photoUri"], g_photo_path),
    ],
    "biometric": [
        (["fingerprint_template", "fp_tmpl", "finger_minutiae", "empreinte",
          "biometricTemplate", "fp_iso19794"],
         lambda: b64(b"FMR\x00 20\x00" + rbytes(rint(40, 80)))),
        (["voiceprint", "voice_sig_b64", "voiceTemplate", "spkr_model"],
         lambda: b64(b"VPRT\x01\x02" + rbytes(rint(48, 90)))),
        (["palm_template", "iris_code", "palmvein_tmpl", "bio_data"],
         lambda: b64(rbytes(rint(45, 90)))),
    ],
}


def keyfor(cat):
    return ch(KEYS[cat])


def pick_cats(k):
    """Pick k distinct categories, favouring the least used so far."""
    pool = list(CATS)
    out = []
    for _ in range(k):
        ws = [(50.0 if COUNTS[c] < 16 else 1.0) / (1 + COUNTS[c]) ** 2 for c in pool]
        c = R.choices(pool, weights=ws)[0]
        out.append(c)
        pool.remove(c)
    return out


def phi_field(cat):
    """Return (key, P(value)) for a category (address may pick city/county)."""
    if cat == "address":
        r = R.random()
        if r < 0.55:
            return keyfor("address"), P(g_street(), "address")
        if r < 0.85:
            return keyfor("city"), P(g_city(), "address")
        return keyfor("county"), P(ch(COUNTIES), "address")
    if cat == "age":
        return keyfor("age"), P(g_age(), "age", raw=R.random() < 0.5)
    if cat == "date":
        k = keyfor("date")
        if k.lower().startswith(("dob", "birth", "pt_dob", "fecha", "date_n", "geburt")):
            return k, P(g_dob(), "date")
        return k, P(g_svcdate(), "date")
    if cat in SUBTYPES:
        keys, fn = ch(SUBTYPES[cat])
        return ch(keys), P(fn(), cat)
    return keyfor(cat), P(GEN[cat](), cat)


# ----------------------------------------------------------------------------
# look-alikes (never PHI)
# ----------------------------------------------------------------------------
HOSP_DOM = "lakeshorehealth.org"
HOSP_NAME = "Lakeshore Health - Tacoma General"
HOSP_ADDR = "1200 Harbor Blvd, Tacoma, WA 98402"
HOSP_MAIN = "(253) 555-0100"
HOSP_FAX = "(253) 555-0188"
VENDORS = [
    "ClaimsBridge LLC, 4400 Commerce Pkwy Ste 210, Franklin, TN 37067",
    "Meditrax Inc., 77 Franklin St, Boston, MA 02110",
    "Northwind Imaging Supply, 9100 Industrial Way, Kent, WA 98032",
    "Cascade Courier Co., 18 Dock St, Seattle, WA 98104",
    "OptiScan Devices GmbH, Hafenstrasse 12, 20457 Hamburg",
    "Pinnacle Print & Mail, 2250 Ridge Rd, Cleveland, OH 44131",
]
VENDOR_PHONES = ["1-800-555-0134", "(888) 555-0172", "+1 877 555 0190",
                 "800.555.0111"]
ROLES = ["ehr-db", "clarity-sql", "mirth", "portal-web", "batch", "sftp-gw",
         "bkp", "ansible-ctl", "salt-master", "rpt", "ehr-app", "fax-gw",
         "hl7-int", "pacs-arc"]
ENVS = ["prod", "prod", "stg", "dr", "dev"]
DBS = ["ehr_prod", "clarity", "billing", "portal", "hl7_stage", "edi_stage"]
SCRIPTS = ["purge_tmp.sh", "nightly_elig.sh", "rotate_hl7_certs.sh",
           "stmt_run.sh", "remit_load.sh", "vacuum_billing.sh",
           "export_clarity.sh", "sync_npi_roster.sh", "reindex_adt.sh"]
PRODUCTS = ["Mirth Connect 4.4.1", "Epic Clarity 2023", "Rhapsody 7.1.2",
            "Veeam B&R 12.1", "PostgreSQL 15.5", "SQL Server 2019 CU22",
            "Cerner PowerChart", "Kofax Communication Server 10.3",
            "RightFax 20.2", "Imprivata OneSign 7.9", "Duo Auth Proxy 6.2.0"]
ICD = ["E11.9", "I10", "J44.1", "N18.3", "Z79.4", "M17.11", "F32.A", "I48.91"]
CPT = ["99213", "99214", "93000", "80053", "71046", "G0439", "36415"]


def host(full=None):
    full = R.random() < 0.6 if full is None else full
    h = "%s%02d" % (ch(ROLES), rint(1, 12))
    if full:
        h += ".%s.lkh.local" % ch(ENVS)
    return h


def priv_ip():
    return ch(["10.%d.%d.%d" % (rint(0, 255), rint(0, 255), rint(1, 254)),
               "172.%d.%d.%d" % (rint(16, 31), rint(0, 255), rint(1, 254)),
               "192.168.%d.%d" % (rint(0, 255), rint(1, 254)),
               "127.0.0.1", "10.40.12.%d" % rint(2, 250)])


def npi():
    body = ch("12") + digits(8)
    return body + luhn_digit("80840" + body)


def order_no():
    return ch(["ORD-2024-%07d" % rint(1, 9999999), "SO-%06d" % rint(1, 999999),
               "PO 45000%05d" % rint(1, 99999), "WO%08d" % rint(1, 99999999),
               "RMA-%05d" % rint(1, 99999)])


def ticket():
    return ch(["INC%07d" % rint(1, 9999999), "CHG%07d" % rint(1, 9999999),
               "RITM%07d" % rint(1, 9999999), "OPS-%d" % rint(100, 9999),
               "PRB%07d" % rint(1, 999999)])


def version():
    return ch(["%d.%d.%d" % (rint(1, 15), rint(0, 30), rint(0, 40)),
               "%d.%d.%d" % (rint(1, 9), rint(0, 20), rint(0, 9)),
               "%d.%d.%d-rc%d" % (rint(1, 5), rint(0, 9), rint(0, 9), rint(1, 4)),
               "%d.%d.%d.%d" % (rint(1, 20), rint(0, 9), rint(0, 999), rint(0, 9999))])


def dur():
    return ch(["%.3fs" % (R.random() * 90), "%dms" % rint(3, 98000),
               "%d.%03d ms" % (rint(0, 9999), rint(0, 999)),
               "0:00:%02d.%06d" % (rint(0, 59), rint(0, 999999)),
               "%dm%02ds" % (rint(0, 59), rint(0, 59))])


BASE_TS = datetime.datetime(2024, 3, 11, 1, 55, 0)
_TS_STATE = [0]


def now():
    _TS_STATE[0] += rint(1, 47)
    return BASE_TS + datetime.timedelta(seconds=_TS_STATE[0],
                                        microseconds=rint(0, 999999))


def ts(style=None):
    t = now()
    style = style or ch(["iso", "sp", "syslog", "ms", "win", "clf", "isoz"])
    if style == "iso":
        return t.strftime("%Y-%m-%dT%H:%M:%S") + "-08:00"
    if style == "isoz":
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)
    if style == "sp":
        return t.strftime("%Y-%m-%d %H:%M:%S")
    if style == "ms":
        return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    if style == "syslog":
        return t.strftime("%b %d %H:%M:%S")
    if style == "win":
        h = t.hour % 12 or 12
        return "%d/%d/%d %d:%02d:%02d %s" % (t.month, t.day, t.year, h, t.minute,
                                             t.second, "AM" if t.hour < 12 else "PM")
    if style == "clf":
        return t.strftime("%d/%b/%Y:%H:%M:%S -0800")
    if style == "rfc":
        return t.strftime("%a, %d %b %Y %H:%M:%S -0800 (PST)")
    if style == "hm":
        return t.strftime("%H:%M")
    if style == "date":
        return t.strftime("%Y%m%d")
    raise ValueError(style)


def fake_cert_b64():
    return "MII" + ch("BCDE") + b64(rbytes(rint(40, 70)))


DECOY_KV = [
    ("order_no", order_no), ("trace_id", lambda: hexs(32)),
    ("request_id", uuid4), ("build", lambda: str(rint(1000, 9999))),
    ("version", version), ("port", lambda: str(ch([5432, 1433, 6661, 8443, 22, 2222, 9092]))),
    ("elapsed", dur), ("sha256", lambda: hexs(64)), ("commit", lambda: hexs(ch([7, 12, 40]))),
    ("job_id", lambda: str(rint(10000, 999999))), ("batch_id", lambda: "B%s-%02d" % (ts("date"), rint(1, 40))),
    ("row_id", lambda: rint(1000, 999999)), ("updated_by", staff), ("svc_account", svc),
    ("attending", doctor), ("attending_npi", npi), ("host", host), ("db_host", priv_ip),
    ("ticket", ticket), ("facility", lambda: HOSP_NAME), ("icd10", lambda: ch(ICD)),
    ("cpt", lambda: ch(CPT)), ("ndc", lambda: "%s-%s-%s" % (digits(5), digits(4), digits(2))),
    ("status", lambda: ch(["DONE", "RETRY", "HOLD", "ERR", "SKIPPED", "OK"])),
    ("rows", lambda: rint(0, 50000)), ("etag", lambda: '"%s"' % hexs(16)),
    ("asset_tag", lambda: "LKH-SRV-%05d" % rint(1, 99999)),
    ("state", lambda: ch(STATE_NAMES)), ("age", lambda: rint(0, 89)),
    ("birth_year", lambda: rint(1925, 2010)), ("fiscal_year", lambda: "FY%d" % rint(2021, 2025)),
    ("updated_at", lambda: ts(ch(["iso", "isoz", "sp"]))), ("loinc", lambda: ch(["4548-4", "2345-7", "718-7", "2160-0"])),
    ("product", lambda: ch(PRODUCTS)), ("span_id", lambda: hexs(16)),
    ("pid", lambda: rint(300, 65000)), ("exit_code", lambda: ch([0, 0, 1, 2, 124, 137])),
    ("queue", lambda: ch(["ADT_IN", "ORU_OUT", "EDI_834", "FAX_OUT", "STMT_PRINT"])),
    ("md5", lambda: hexs(32)), ("x5c_fp", fake_cert_b64),
    ("encounter_type", lambda: ch(["IP", "OP", "ED", "OBS"])),
    ("helpdesk", lambda: HOSP_MAIN), ("dept_fax", lambda: HOSP_FAX),
    ("vendor", lambda: ch(VENDORS)), ("lsn", lambda: "%X/%08X" % (rint(1, 0x3F), rint(0, 0xFFFFFFF))),
]


def decoys(k):
    out = []
    for key, fn in R.sample(DECOY_KV, k):
        out.append((key, fn()))
    return out


# ----------------------------------------------------------------------------
# line building and structured renderers
# ----------------------------------------------------------------------------
def is_phi(v):
    return isinstance(v, tuple)


def qv(v, q, null="None"):
    """Parts for one value in a quoted syntax (q = quote char or '')."""
    if is_phi(v):
        s, cat, raw = v
        qq = "" if raw else q
        if qq == "'" and "'" in s:
            qq = '"'
        return [qq, (s, cat), qq]
    if v is None:
        return [null]
    if isinstance(v, bool):
        return ["True" if v else "False"] if null == "None" else ["true" if v else "false"]
    if isinstance(v, int):
        return [str(v)]
    qq = q
    if qq == "'" and "'" in v:
        qq = '"'
    if qq == '"':
        v = v.replace('"', '\\"')
    return [qq + v + qq]


def r_pydict(fields):
    parts = ["{"]
    for i, (k, v) in enumerate(fields):
        if i:
            parts.append(", ")
        parts.append("'%s': " % k)
        parts += qv(v, "'")
    parts.append("}")
    return parts


def r_json(fields, spaced=False):
    parts = ["{"]
    for i, (k, v) in enumerate(fields):
        if i:
            parts.append(", " if spaced else ",")
        parts.append('"%s":%s' % (k, " " if spaced else ""))
        parts += qv(v, '"', null="null")
    parts.append("}")
    return parts


def r_kv(fields, sep="=", joiner=" ", quote_spaces=True):
    parts = []
    for i, (k, v) in enumerate(fields):
        if i:
            parts.append(joiner)
        parts.append(k + sep)
        s = v[0] if is_phi(v) else str(v)
        q = '"' if (quote_spaces and (" " in s or "," in s)) else ""
        if is_phi(v):
            parts += [q, (v[0], v[1]), q]
        else:
            parts.append(q + s + q)
    return parts


def r_args(fields, style=None):
    """CLI flags: --mrn VALUE / --mrn=VALUE / -Mrn 'VALUE'."""
    style = style or ch(["gnu", "gnueq"])
    parts = []
    for k, v in fields:
        flag = k.lower().replace("_", "-")
        s = v[0] if is_phi(v) else str(v)
        q = ch(['"', "'"]) if (" " in s or "," in s or "'" in s) else ""
        if "'" in s:
            q = '"'
        if style == "ps":
            flag = "-" + "".join(w.capitalize() for w in k.replace("-", "_").split("_"))
            parts.append(" %s " % flag)
        elif style == "gnueq":
            parts.append(" --%s=" % flag)
        else:
            parts.append(" --%s " % flag)
        parts += [q, (v[0], v[1]) if is_phi(v) else s, q]
    return parts


def mix(phi_fields, k_decoy):
    fields = list(phi_fields) + decoys(k_decoy)
    R.shuffle(fields)
    return fields


def gen_fields(k):
    return [phi_field(c) for c in pick_cats(k)]


def pv(cat, value=None, raw=False):
    if value is None:
        value = GEN[cat]()
    return P(value, cat, raw)


# ----------------------------------------------------------------------------
# format families.  Each returns a list of parts: str or (value, cat).
# ----------------------------------------------------------------------------
FIXES = ["fix_dup_mrn", "fix_addr_norm", "fix_dob_swap", "backfill_email",
         "requeue_a08", "fix_guarantor_link", "purge_stale_photos",
         "fix_member_prefix", "merge_dupes", "fix_phone_e164"]
COLMAP = {"phone": ["home_phone", "cell_phone", "phone_nbr", "contact_ph"],
          "email": ["email_addr", "portal_email", "notify_email"],
          "address": ["addr_line1", "street1", "res_addr1"],
          "zip": ["zip_code", "postal_cd", "zip5"],
          "ssn": ["ssn", "soc_sec_nbr", "guar_ssn"],
          "date": ["birth_dt", "dob", "date_of_birth"],
          "health_plan": ["member_id", "subscriber_nbr", "mbi"],
          "fax": ["fax_nbr", "roi_fax"],
          "account": ["har_id", "billing_acct_no", "card_token_src"],
          "license": ["dl_number", "drv_lic"],
          "device": ["implant_sn", "device_serial"],
          "other_id": ["passport_nbr", "national_id"],
          "url": ["social_url", "profile_link"],
          "photo": ["photo_uri", "id_photo_path"],
          "vehicle": ["plate_nbr", "vin"]}


def set_col(cat):
    col = ch(COLMAP[cat])
    if cat == "date":
        return col, pv("date", g_dob(ch(["iso", "iso", "us"])))
    if cat == "address":
        return col, pv("address", g_street())
    if cat == "photo":
        return col, pv("photo", g_photo_path())
    if cat == "vehicle":
        return col, pv("vehicle", g_plate() if col.startswith("plate") else g_vin())
    if cat == "other_id":
        return col, pv("other_id", g_other_id(ch(["passport", "passport2"]) if col.startswith("pass") else ch(["dni", "curp", "anum"])))
    if cat == "url":
        return col, pv("url", g_url())
    return col, pv(cat)


def f_bash(phi):
    h, db, u = host(True), ch(DBS), svc()
    if not phi:
        t = rint(0, 12)
        if t == 0:
            return ["+ pg_dump -h %s -p 5432 -U %s -Fc -Z 6 -f /backup/pg/%s_%s_%s.dump %s"
                    % (h, u, db, ts("date"), "%02d%02d" % (rint(0, 4), rint(0, 59)), db)]
        if t == 1:
            return ["+ STAMP=%s-%02d%02d" % (ts("date"), rint(0, 4), rint(0, 59))]
        if t == 2:
            return ["+ psql -h %s -U %s -d %s -v ON_ERROR_STOP=1 -c \"UPDATE adt_queue SET status='RETRY' WHERE batch_id='%s' AND err_code='E%d';\""
                    % (h, u, db, "B%s-%02d" % (ts("date"), rint(1, 30)), rint(1000, 1999))]
        if t == 3:
            return ["+ '[' %d -gt 0 ']'" % rint(1, 99999)]
        if t == 4:
            return ["+ curl -sS -m 30 -H 'X-Request-Id: %s' https://%s:8443/api/v2/jobs/%d/status"
                    % (uuid4(), h, rint(1000, 99999))]
        if t == 5:
            return ["+ scp -P 2222 %s@%s:/var/log/mirth/mirth.log.%d.gz /tmp/%s/"
                    % (u, priv_ip(), rint(1, 9), ticket())]
        if t == 6:
            return ["+ echo 'rows updated: %d (trace %s, elapsed %s)'" % (rint(0, 500), hexs(32), dur())]
        if t == 7:
            return ["+ sha256sum /backup/pg/%s_%s.dump" % (db, ts("date"))]
        if t == 8:
            return ["%s  /backup/pg/%s_%s.dump" % (hexs(64), db, ts("date"))]
        if t == 9:
            return ["+ psql -h %s -d %s -tAc 'SELECT count(*) FROM pt.patient WHERE birth_year < %d AND age_at_reg > %d'"
                    % (h, db, rint(1930, 1950), rint(60, 89))]
        if t == 10:
            return ["+ for f in /data/inbound/834/LKH_834_%s_*.x12" % ts("date")]
        if t == 11:
            return ["+ kubectl -n rpt rollout restart deploy/clarity-export --context=prod-aks-%02d  # %s" % (rint(1, 4), ticket())]
        return ["+ export PGHOST=%s PGPORT=5432 PGUSER=%s PGAPPNAME=%s" % (priv_ip(), u, ch(FIXES))]
    t = rint(0, 11)
    if t == 11:
        return ["+ curl -sSL -o /legal_hold/%s/capture_%d.html '" % (ticket(), rint(1, 9)), pv("url")[:2],
                "'  # legal hold capture, MRN ", pv("mrn")[:2]]
    if t == 0:
        cat = ch(list(COLMAP))
        col, v = set_col(cat)
        mc = ch(["mrn", "pat_mrn", "mrn_id"])
        return ["+ psql -h %s -U %s -d %s -c \"UPDATE pt.demographics SET %s='" % (h, u, db, col),
                (v[0], v[1]), "' WHERE %s='" % mc, pv("mrn")[:2], "';\""]
    if t == 1:
        k, v = phi_field(pick_cats(1)[0])
        var = k.upper() if R.random() < 0.7 else k
        q = "'" if " " in v[0] else ""
        return ["+ %s=%s" % (var, q), (v[0], v[1]), q]
    if t == 2:
        return ["+ python3 /opt/fixes/%s.py --mrn " % ch(FIXES), pv("mrn")[:2], " --dob ",
                pv("date", g_dob("iso"))[:2], " --commit --ticket %s" % ticket()]
    if t == 3:
        return ["+ echo 'merging duplicate chart for ", pv("name", g_name(ch(["lf", "fl", "LF"])))[:2],
                " (keep ", pv("mrn")[:2], ", drop ", pv("mrn")[:2], ")'"]
    if t == 4:
        return ["+ grep -rl ", pv("ssn", g_ssn("dash"))[:2], " /data/inbound/834/ /data/archive/%s/" % ts("date")]
    if t == 5:
        return ["+ curl -s -X POST https://fax-gw01.prod.lkh.local/api/send -F to=", pv("fax", g_phone("plain"))[:2],
                " -F file=@/tmp/roi_%d.pdf -F cover=roi_std" % rint(1000, 99999)]
    if t == 6:
        return ["+ ipset add portal_blocklist ", pv("ip")[:2], " comment 'cred stuffing vs ", pv("email")[:2], "'"]
    if t == 7:
        return ["+ aws s3 cp ", pv("photo", "s3://lkh-pt-photos/intake/%s/headshot.jpg" % hexs(10))[:2],
                " /tmp/%s/ --profile ops-ro" % ticket()]
    if t == 8:
        return ["++ psql -tA -c \"SELECT mrn FROM pt.patient WHERE ssn='", pv("ssn")[:2], "'\""]
    if t == 9:
        fields = gen_fields(2)
        return ["+ ./bin/patch_patient"] + r_args(fields) + [" --dry-run"]
    return ["+ ssh %s@%s \"sudo -u postgres psql -c \\\"SELECT * FROM pt.alias WHERE alias_nm ILIKE '" % (u, h),
            pv("name", g_name(ch(["LF", "lf"])))[:2], "%'\\\"\""]


def f_cron(phi):
    h = host(False)
    u = svc()
    if not phi:
        t = rint(0, 9)
        if t == 0:
            return ["From: root@%s.prod.lkh.local (Cron Daemon)" % h]
        if t == 1:
            return ["Subject: Cron <%s@%s> /opt/ops/bin/%s --days %d >> /var/log/ops/cron.log 2>&1"
                    % (u, h, ch(SCRIPTS), rint(3, 90))]
        if t == 2:
            return ["To: ops-alerts@%s, %s@%s; X-Cron-Env: <MAILTO=ops-alerts@%s>" % (HOSP_DOM, staff(), HOSP_DOM, HOSP_DOM)]
        if t == 3:
            return ["Date: %s" % ts("rfc")]
        if t == 4:
            return ["purge_tmp: removed %d files (%.1f GiB) from /var/spool/hl7/archive in %s"
                    % (rint(100, 90000), R.random() * 20, dur())]
        if t == 5:
            return ["nightly_elig: loaded %d members from LKH_834_%s.x12 (rejects=%d, dupes=%d) batch=B%s-%02d"
                    % (rint(1000, 90000), ts("date"), rint(0, 40), rint(0, 9), ts("date"), rint(1, 20))]
        if t == 6:
            return ["WARNING: /backup at %d%% on %s (threshold 85%%), oldest set %s_full.tar.zst"
                    % (rint(86, 99), h, ts("date"))]
        if t == 7:
            return ["stmt_run: %d statements rendered, %d returned-mail flags cleared, remit to %s"
                    % (rint(1000, 9000), rint(0, 60), ch(VENDORS))]
        if t == 8:
            return ["Message-Id: <%s.%d@%s.prod.lkh.local>" % (ts("date") + hexs(6), rint(1000, 99999), h)]
        return ["sync_npi_roster: %d providers updated (e.g. NPI %s %s), %d inactivated"
                % (rint(2, 300), npi(), doctor(), rint(0, 12))]
    t = rint(0, 10)
    if t == 8:
        return ["id_verify: DL ", pv("license", g_dl())[:2], " for ", pv("name", g_name("fl"))[:2],
                " returned %s from state DOL lookup (req %s)" % (ch(["EXPIRED", "NO_MATCH", "SUSPENDED"]), uuid4())]
    if t == 9:
        return ["age_audit: pt_id=%d reported age " % rint(1000, 999999), pv("age")[:2],
                " but birth_year=%d on file; queued for HIM review (%s)" % (rint(1925, 1934), ticket())]
    if t == 10:
        return ["rpm_sync: hub IMEI ", pv("device", g_imei())[:2], " silent %dh, last reading from " % rint(6, 96), pv("ip")[:2],
                ", pt ", pv("mrn")[:2]]
    if t == 0:
        return ["Subject: Cron <%s@%s> /opt/ops/bin/resend_stmt.sh --acct " % (u, h), pv("account")[:2]]
    if t == 1:
        c, st, z = g_city_st()
        return ["resend_stmt: USPS returned mail for guarantor ", pv("name")[:2], " (",
                pv("address", g_street())[:2], ", ", (c, "address"), " %s " % st, (z, "zip"),
                ") - flagged acct ", pv("account", "HAR" + digits(9))[:2]]
    if t == 2:
        return ["fax_retry: queued fax to ", pv("fax")[:2], " for MRN ", pv("mrn")[:2],
                " (attempt %d/5, job %s)" % (rint(2, 5), uuid4())]
    if t == 3:
        return ["elig_check: member ", pv("health_plan")[:2], " not found for ", pv("name")[:2],
                ", DOB ", pv("date", g_dob())[:2], " (payer %s)" % ch(["AETNA", "PREMERA", "MOLINA", "CMS"])]
    if t == 4:
        return ["sms_reminder: delivery failed to ", pv("phone")[:2], " (appt ",
                pv("date", g_svcdate(ch(["iso", "us"])))[:2], " 09:%02d with %s, err 30003)" % (rint(0, 59), doctor())]
    if t == 5:
        return ["portal_lockout: ", pv("email")[:2], " locked after 5 failures from ", pv("ip")[:2],
                " (policy pw-lock-v%d)" % rint(2, 5)]
    if t == 6:
        return ["death_sync: SSA DMF match pt_id=%d dod=" % rint(1000, 999999),
                pv("date", g_svcdate("compact"))[:2], " ssn=", pv("ssn", g_ssn("plain"))[:2]]
    fields = gen_fields(2)
    return ["%s: record rejected " % ch(SCRIPTS).replace(".sh", "")] + r_kv(fields) + [" reason=%s" % ch(["DUP", "FMT", "XREF"])]


def f_psql(phi):
    db = ch(DBS)
    pr = "%s=%s " % (db, ch([">", "#"]))
    if not phi:
        t = rint(0, 11)
        if t == 0:
            return [pr + "SELECT status, count(*) FROM adt_queue WHERE received_at > now() - interval '%d hours' GROUP BY 1;" % rint(1, 24)]
        if t == 1:
            return [" %-6s | %7d" % (ch(["RETRY", "DONE", "ERR", "HOLD"]), rint(0, 200000))]
        if t == 2:
            return ["(%d rows)" % rint(2, 5000)]
        if t == 3:
            return ["UPDATE %d" % rint(0, 5000)]
        if t == 4:
            return ["Time: %d.%03d ms" % (rint(0, 9999), rint(0, 999))]
        if t == 5:
            return [pr + "SELECT npi, prov_nm, specialty FROM ref.provider WHERE npi = '%s';" % npi()]
        if t == 6:
            f, l = ch(DOC_FIRST), ch(DOC_LAST)
            return [" %s | %s, %s | %s | ACTIVE" % (npi(), l, f, ch(["Cardiology", "Family Medicine", "Nephrology", "Hospitalist"]))]
        if t == 7:
            return [" %s | SHIPPED | %s | %s" % (order_no(), ts("isoz"), staff())]
        if t == 8:
            return ["ERROR:  duplicate key value violates unique constraint \"uq_ext_order\" DETAIL:  Key (ext_order_id)=(%s) already exists." % order_no()]
        if t == 9:
            return [" %7d | %s | %s | %s" % (rint(1000, 999999), uuid4(), ch(["A08", "A04", "A31"]), ts("sp"))]
        if t == 10:
            return ["-[ RECORD %d ]---+-------------------------------------" % rint(1, 40)]
        return [pr + "\\copy (SELECT order_id, sku, qty FROM supply.orders WHERE created_at::date = '%s') TO '/tmp/orders.csv' CSV HEADER" % ts("sp")[:10]]
    t = rint(0, 8)
    if t == 8:
        return [" ", pv("mrn")[:2], " | ", pv("age")[:2], " | %d | " % rint(0, 40), pv("date", g_svcdate("iso"))[:2], " | %s" % ch(ICD)]
    if t == 0:
        return [pr + "SELECT mrn, last_nm, first_nm, birth_dt FROM pt.patient WHERE mrn = '", pv("mrn")[:2], "';"]
    if t == 1:
        f, l = person()
        return [" ", pv("mrn")[:2], " | ", pv("name", l)[:2], " | ", pv("name", f)[:2], " | ", pv("date", g_dob("iso"))[:2]]
    if t == 2:
        cat = ch(list(COLMAP))
        col, v = set_col(cat)
        return [pr + "UPDATE pt.contact SET %s = '" % col, (v[0], v[1]), "' WHERE pt_id = %d;" % rint(1000, 999999)]
    if t == 3:
        k, v = phi_field(pick_cats(1)[0])
        return ["%-14s | " % k, (v[0], v[1])]
    if t == 4:
        return [" %6d | " % rint(1000, 999999), pv("name", g_name("lf"))[:2], " | ", pv("date", g_dob("iso"))[:2],
                " | ", pv("age", g_age())[:2], " | ", pv("zip")[:2]]
    if t == 5:
        return ["ERROR:  duplicate key value violates unique constraint \"uq_patient_ssn\" DETAIL:  Key (ssn)=(",
                pv("ssn", g_ssn(ch(["dash", "plain"])))[:2], ") already exists."]
    if t == 6:
        return [pr + "SELECT * FROM billing.guarantor WHERE lower(email) = '", pv("email")[:2], "';"]
    return [" %d | " % rint(100, 99999), pv("health_plan")[:2], " | %s | " % ch(["PREMERA", "MOLINA", "MEDICARE", "AETNA"]),
            pv("date", g_svcdate("iso"))[:2], " | %s" % ch(["ACTIVE", "TERMED", "PENDING"])]


def pad(val, width):
    return " " * max(1, width - len(val))


def f_sqlcmd(phi):
    if not phi:
        t = rint(0, 8)
        if t == 0:
            return ["1> SELECT TOP %d JobName, LastRunOutcome, LastRunDurationSec FROM dbo.vw_ops_jobs ORDER BY LastRunDate DESC;" % rint(3, 20)]
        if t == 1:
            return ["2> GO"]
        if t == 2:
            j = ch(["ETL_834_Load", "Clarity_Nightly", "Remit835_Post", "StmtRender", "NPI_Sync"])
            return ["%s%s%s%s%d" % (j, pad(j, 31), ch(["Succeeded", "Failed", "Retry"]), " " * 10, rint(3, 9000))]
        if t == 3:
            return ["(%d rows affected)" % rint(0, 90000)]
        if t == 4:
            return ["Changed database context to '%s'." % ch(["ClaimsStage", "EHR_PROD", "Clarity", "msdb"])]
        if t == 5:
            return ["Msg 2627, Level 14, State 1, Server CLARITY-SQL%02d, Line %d Violation of PRIMARY KEY constraint 'PK_RemitLine'. Cannot insert duplicate key in object 'dbo.RemitLine'. The duplicate key value is (%d, %d)."
                    % (rint(1, 4), rint(1, 40), rint(1000, 999999), rint(1, 9))]
        if t == 6:
            return ["Sqlcmd: Error: Microsoft ODBC Driver 18 for SQL Server : Login timeout expired (server %s, port 1433)." % host(True)]
        if t == 7:
            return ["1> UPDATE dbo.ProviderDirectory SET Phone = '%s' WHERE NPI = '%s';" % (HOSP_MAIN, npi())]
        return ["%-12s %-20s %s  %s" % (str(rint(1000, 99999)), order_no(), ts("sp") + ".%03d" % rint(0, 999), staff())]
    t = rint(0, 5)
    if t == 0:
        col = ch(["SSN", "SocSecNbr", "GuarSSN"])
        return ["1> UPDATE dbo.Guarantor SET %s = '" % col, pv("ssn")[:2], "' WHERE GuarantorID = %d;" % rint(1000, 999999)]
    if t == 1:
        f, l = person()
        m, d, mem = g_mrn(), g_dob("mssql")[:10], g_member()
        return [(m, "mrn"), pad(m, 13), (l, "name"), pad(l, 17), (f, "name"), pad(f, 13),
                (d, "date"), " 00:00:00.000  ", (mem, "health_plan")]
    if t == 2:
        return ["Msg 2601, Level 14, State 1, Line 1 Cannot insert duplicate key row in object 'dbo.Coverage' with unique index 'UX_Coverage_Member'. The duplicate key value is (",
                pv("health_plan")[:2], ")."]
    if t == 3 and R.random() < 0.5:
        dt = ch(["PASSPORT", "CURP", "DNI", "A_NUMBER"])
        kind = {"PASSPORT": ch(["passport", "passport2"]), "CURP": "curp", "DNI": "dni", "A_NUMBER": "anum"}[dt]
        return ["1> SELECT PatientID, VerifiedBy FROM dbo.IdentityDocument WHERE DocType = '%s' AND DocNumber = '" % dt,
                pv("other_id", g_other_id(kind))[:2], "';"]
    if t == 3:
        return ["1> SELECT * FROM dbo.PatientAlias WHERE AliasName LIKE '", pv("name", ch(LAST))[:2], "%' AND Active = 1;"]
    if t == 4:
        return ["1> EXEC dbo.usp_MergePatient @KeepMRN = '", pv("mrn")[:2], "', @DropMRN = '", pv("mrn")[:2],
                "', @Reason = 'dup reg ", pv("name", g_name("fl"))[:2], "', @Ticket = '%s';" % ticket()]
    k, v = phi_field(pick_cats(1)[0])
    return ["%-6d %-22s " % (rint(1, 999), k), (v[0], v[1]), "   %s  %s" % (ts("sp"), staff())]


def f_python(phi):
    script = ch(FIXES) + ".py"
    if not phi:
        t = rint(0, 8)
        if t == 0:
            return ["[%s] dry_run=%s batch=%d/%d updated=%d skipped=%d elapsed=%s"
                    % (script, ch(["False", "True"]), rint(1, 12), 12, rint(0, 500), rint(0, 20), dur())]
        if t in (1, 2):
            return [ch(["BEFORE: ", "AFTER:  ", "would update: "])] + r_pydict(decoys(rint(3, 5)))
        if t == 3:
            return ["Traceback (most recent call last):"]
        if t == 4:
            return ['  File "/opt/fixes/2024-03/%s", line %d, in %s' % (script, rint(20, 400), ch(["<module>", "main", "apply_batch", "normalize"]))]
        if t == 5:
            return ["psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint \"uq_order_ext\" (order %s)" % order_no()]
        if t == 6:
            return ["INFO:datafix:connected to %s:5432 db=%s as %s (sslmode=require, app=%s)" % (host(True), ch(DBS), svc(), script)]
        if t == 7:
            return ["%s WARNING %s: would update %d rows where len(npi) != 10; sample npi=%s prov=%r"
                    % (ts("ms"), script, rint(1, 400), npi(), doctor())]
        return ["Row(order_id=%r, sku='SKU-%d', qty=%d, ship_to=%r)" % (order_no(), rint(1000, 99999), rint(1, 40), ch(VENDORS))]
    t = rint(0, 7)
    if t == 7:
        return ["%s WARNING scrub_notes.py: free-text URL in note_id=%d (author %s): " % (ts("ms"), rint(10 ** 6, 10 ** 8), doctor()),
                pv("url")[:2], " -> redacted"]
    if t in (0, 1):
        fields = mix(gen_fields(rint(2, 3)), rint(1, 2))
        return [ch(["BEFORE: ", "AFTER:  ", "would update: ", "diff: "])] + r_pydict(fields)
    if t == 2:
        fields = gen_fields(2)
        parts = ["Row(pt_id=%d, " % rint(1000, 999999)]
        for i, (k, v) in enumerate(fields):
            if i:
                parts.append(", ")
            parts.append(k.lower() + "=")
            parts += qv(v, "'")
        return parts + [")"]
    if t == 3:
        f, l = person()
        return ["patched pt_id=%d: email '" % rint(1000, 999999), pv("email", g_email(f, l))[:2], "' -> '",
                pv("email", g_email(f, l))[:2], "'"]
    if t == 4:
        return ["SKIP ", pv("mrn")[:2], ": ssn ", pv("ssn")[:2], " already linked to ", pv("mrn")[:2]]
    if t == 5:
        return ["diff for ", pv("mrn")[:2], ": addr1 '", pv("address", g_street())[:2], "' -> '",
                pv("address", g_street())[:2], "', zip '", pv("zip")[:2], "' -> '", pv("zip")[:2], "'"]
    raw = g_phone("plain")
    e164 = "+1" + raw
    return ["%s INFO %s: normalized phone " % (ts("ms"), script), (raw, "phone"), " -> ",
            (e164, "phone"), " for ", pv("name")[:2]]


def f_jq(phi):
    if not phi:
        t = rint(0, 6)
        if t == 0:
            return ["$ jq -r '.jobs[] | select(.state==\"FAILED\") | .id' /var/lib/ops/run_%d.json" % rint(1000, 99999)]
        if t == 1:
            return ['"%s"' % uuid4()]
        if t == 2:
            return ["$ jq -c '{id, status, durationMs, host}' /var/lib/ops/run_%d.json" % rint(1000, 99999)]
        if t == 3:
            return r_json([("id", uuid4()), ("status", ch(["SUCCEEDED", "FAILED", "RUNNING"])),
                           ("durationMs", rint(10, 900000)), ("host", host(True))])
        if t == 4:
            return r_json([("sender", ch(["AVAILITY", "CHANGEHC", "WAYSTAR"])), ("receiver", "LKH"),
                           ("controlNo", "%09d" % rint(1, 99999999)), ("version", "005010X220A1"),
                           ("createdAt", ts("isoz")), ("records", rint(100, 90000))], spaced=True)
        if t == 5:
            return ["jq: error (at /tmp/payload_%d.json:%d): Cannot index array with \"memberId\"" % (rint(100, 9999), rint(1, 400))]
        if R.random() < 0.3:
            return ["$ jq -r '.patient | \"\\(.name) \\(.phone)\"' /var/spool/hl7/json/msg_%d.json | head -%d" % (rint(10000, 999999), rint(1, 20))]
        return r_json(mix([], rint(3, 6)))
    t = rint(0, 5)
    if t == 0:
        return ["$ jq -c 'select(.memberId==\"", pv("health_plan")[:2], "\")' /data/elig/elig_%s.ndjson" % ts("date")]
    if t == 1:
        f, l = person()
        fields = [("memberId", pv("health_plan")), ("firstName", pv("name", f)), ("lastName", pv("name", l)),
                  ("dob", pv("date", g_dob("iso"))), ("planCode", ch(["PPO1", "HMO3", "MAPD", "MCD"]))]
        return r_json(fields)
    if t == 2:
        return r_json(mix(gen_fields(rint(2, 3)), rint(1, 3)), spaced=R.random() < 0.5)
    if t == 3:
        return ["$ jq -c '.[] | select(.vehicle.vin==\"", pv("vehicle", g_vin())[:2], "\") | {mrn, plate: .vehicle.plate}' valet_%s.json" % ts("date")]
    if t == 4:
        return [pv("name", g_name("fl"))[:2], " ", pv("phone", g_phone(ch(["dash", "paren"])))[:2]]
    fields = gen_fields(1)
    k = fields[0][0]
    return ["$ jq --arg v '", (fields[0][1][0], fields[0][1][1]), "' '.[] | select(.%s==$v) | .id' pts.json" % k]


def f_awk(phi):
    if not phi:
        t = rint(0, 6)
        if t == 0:
            return ["$ awk -F'|' '$9 ~ /^ADT\\^A08/ {c++} END {print c}' /data/hl7/archive/ADT_%s_%02d.hl7" % (ts("date"), rint(0, 23))]
        if t == 1:
            return ["%d" % rint(1, 99999)]
        if t == 2:
            return ["$ awk -F, 'NR>1 {s+=$7} END {printf \"%%.2f\\n\", s}' remit_835_%s.csv" % ts("date")]
        if t == 3:
            return ["%d.%02d" % (rint(100, 999999), rint(0, 99))]
        if t == 4:
            return ["$ awk '{print $1}' /var/log/nginx/portal_access.log | sort | uniq -c | sort -rn | head -5"]
        if t == 5:
            return ["%7d %s" % (rint(10, 90000), priv_ip())]
        return ["%7d %s %s" % (rint(10, 90000), ch(["GET", "POST"]), ch(["/api/v2/health", "/mychart/login", "/static/app.%s.js" % hexs(8)]))]
    t = rint(0, 5)
    if t == 0:
        return ["$ awk -F'|' '$3==\"", pv("mrn")[:2], "\"' /data/extract/pts_%s.psv" % ts("date")]
    if t == 1:
        f, l = person()
        ph = g_phone("plain")
        c, st, z = g_city_st()
        return [pv("mrn")[:2], "|", (l.upper(), "name"), "|", (f.upper(), "name"), "|", pv("date", g_dob("compact"))[:2], "|",
                (g_street().upper(), "address"), "|", (c.upper(), "address"), "|%s|" % st, (z, "zip"), "|", (ph, "phone")]
    if t == 2:
        return ["%7d " % rint(5, 900), pv("ip")[:2]]
    if t == 3:
        return ["$ awk -F, '$5==\"", pv("ssn")[:2], "\" {print $2}' /data/billing/guarantors_%s.csv" % ts("date")]
    if t == 4 and R.random() < 0.5:
        f, l = person()
        return ["%d," % rint(1000, 999999), (name_fmt(f, l, "fl"), "name"), ",", (g_url(f, l), "url"), ",%s" % ch(["self-reported", "family", "SW note"])]
    if t == 4:
        return ['"', pv("name", g_name("lf"))[:2], '"']
    fields = gen_fields(2)
    return [str(rint(1000, 999999)), ","] + sum([[(v[0], v[1]), ","] for _, v in fields], []) + [ch(["Y", "N"])]


def f_ps(phi):
    h = "%s.corp.lkh.local" % host(False)
    pr = "[%s]: PS C:\\Users\\%s\\Documents> " % (h, ch(["svc_ops", "adm-" + staff()]))
    if not phi:
        t = rint(0, 8)
        if t == 0:
            return [pr + "Restart-Service -Name '%s' -Force -Verbose" % ch(["MirthConnect", "RightFax", "SQLSERVERAGENT", "W3SVC"])]
        if t == 1:
            return ['VERBOSE: Performing the operation "Restart-Service" on target "%s".' % ch(PRODUCTS)]
        if t == 2:
            k, v = ch([("PSComputerName", h), ("Status", "Running"), ("RunspaceId", uuid4()),
                       ("StartTime", ts("win")), ("LastWriteTime", ts("win")), ("Length", str(rint(100, 9999999)))])
            return ["%-15s: %s" % (k, v)]
        if t == 3:
            return ["WARNING: The names of some imported commands from the module 'SqlServer' include unapproved verbs that might make them less discoverable."]
        if t == 4:
            return ["Invoke-Command : Connecting to remote server %s failed with the following error message : WinRM cannot complete the operation." % host(False)]
        if t == 5:
            return ["    + CategoryInfo          : OpenError: (%s:String) [], PSRemotingTransportException" % host(False)]
        if t == 6:
            return ["    + FullyQualifiedErrorId : WinRMOperationTimeout,PSSessionStateBroken"]
        if t == 7:
            return [pr + "Get-ChildItem D:\\Backups\\EHR_PROD -Filter *.bak | Where LastWriteTime -lt (Get-Date).AddDays(-%d) | Remove-Item -WhatIf" % rint(7, 60)]
        if R.random() < 0.5:
            return ["%-16s %-22s %s  %s" % (svc(), ts("win"), ch(["True", "False"]), "OU=Service Accounts,OU=IT,DC=corp,DC=lkh,DC=local")]
        return ["%-25s %12d %s" % ("EHR_PROD_%s_%02d.bak" % (ts("date"), rint(0, 23)), rint(10 ** 8, 10 ** 11), ts("win"))]
    t = rint(0, 5)
    if t == 0:
        return [pr + "Get-LkhPatient -Mrn ", pv("mrn")[:2], " | Format-List Name,BirthDate,HomePhone"]
    if t == 1:
        return ["Name        : ", pv("name", g_name(ch(["lf", "fl"])))[:2]]
    if t == 2:
        return ["BirthDate   : ", pv("date", g_dob("usn"))[:2], " 12:00:00 AM"]
    if t == 3:
        k, v = phi_field(pick_cats(1)[0])
        k = "".join(w[:1].upper() + w[1:] for w in k.split("_"))
        return ["%-15s: " % k, (v[0], v[1])]
    if t == 4:
        return [pr + "Set-LkhGuarantor -Account ", pv("account")[:2], " -Phone '", pv("phone")[:2], "' -WhatIf"]
    return ['What if: Performing the operation "Update" on target "Guarantor ', pv("name", g_name("fl"))[:2],
            ' (', pv("account", "G" + digits(8))[:2], ')".']


def f_ansible(phi):
    h = host(ch([True, False]))
    if not phi:
        t = rint(0, 6)
        if t == 0:
            return ["TASK [%s : %s] %s" % (ch(["pg_maint", "mirth", "datafix", "certs", "sftp"]),
                                         ch(["vacuum analyze billing schema", "restart mcservice", "requeue ADT A08 batch",
                                             "rotate listener cert", "push authorized_keys"]), "*" * rint(20, 60))]
        if t == 1:
            return ["ok: [%s] => (item=%s)" % (h, ch(["billing.invoice_line", "pt.contact_hist", "hl7.msg_archive", "ref.provider"]))]
        if t == 2:
            return ['changed: [%s] => {"changed": true, "cmd": ["systemctl", "restart", "mcservice"], "delta": "%s", "rc": 0, "start": "%s"}'
                    % (h, dur(), ts("sp"))]
        if t == 3:
            return ["%s : ok=%d changed=%d unreachable=0 failed=%d skipped=%d rescued=0 ignored=0"
                    % (h.ljust(34), rint(3, 40), rint(0, 9), rint(0, 2), rint(0, 9))]
        if t == 4:
            return ['fatal: [%s]: UNREACHABLE! => {"changed": false, "msg": "Failed to connect to the host via ssh: ssh: connect to host %s port 22: Connection timed out", "unreachable": true}'
                    % (h, priv_ip())]
        if t == 5:
            return ["PLAY [datafix %s - %s] %s" % (ticket(), ch(["requeue ADT A08", "npi roster sync", "purge tmp exports"]), "*" * 30)]
        return ["changed: [%s] => (item=" % h] + r_pydict(decoys(rint(2, 3))) + [")"]
    t = rint(0, 4)
    if t == 0:
        return ["changed: [%s] => (item=" % h] + r_pydict(mix(gen_fields(rint(1, 3)), rint(0, 1))) + [")"]
    if t == 1:
        return ['ok: [portal-web%02d] => {"msg": "unlocked portal account ' % rint(1, 4), pv("email")[:2],
                ' (last login from ', pv("ip")[:2], ')"}']
    if t == 2:
        return ["TASK [datafix : correct DOB for ", pv("mrn")[:2], " to ", pv("date", g_dob("iso"))[:2], "] ", "*" * rint(20, 40)]
    if t == 3:
        return ['failed: [%s] (item=' % h] + r_pydict(gen_fields(2)) + [') => {"changed": false, "msg": "row not found", "rc": 2}']
    return ['ok: [%s] => {' % h] + ['"stdout_lines": ["'] + [pv("name", g_name("fl"))[:2], " ", pv("mrn")[:2], " ",
                                                             pv("date", g_svcdate("iso"))[:2], ' DISCH"]}']


def f_salt(phi):
    h = host(True)
    if not phi:
        t = rint(0, 8)
        if t == 0:
            return ["%s:" % h]
        if t == 1:
            return ["          ID: %s" % ch(["nginx_portal_conf", "mirth_service", "pg_hba", "logrotate_hl7", "fax_spool_dir"])]
        if t == 2:
            return ["    Function: %s" % ch(["file.managed", "service.running", "cmd.run", "pkg.installed"])]
        if t == 3:
            return ["     Comment: File %s is in the correct state" % ch(["/etc/nginx/conf.d/portal.conf", "/etc/logrotate.d/hl7",
                                                                        "/opt/mirth/conf/mirth.properties", "/etc/postgresql/15/main/pg_hba.conf",
                                                                        "/etc/cron.d/ops_%s" % ch(SCRIPTS).replace(".sh", "")])]
        if t == 4:
            return ["     Started: %s.%06d" % (ts("sp")[11:], rint(0, 999999))]
        if t == 5:
            return ["    Duration: %d.%03d ms" % (rint(0, 9999), rint(0, 999))]
        if t == 6:
            return ["Succeeded: %d (changed=%d)" % (rint(3, 80), rint(0, 9))]
        if t == 7:
            return ["      stdout: /dev/mapper/vg_backup-lv_backup  4.0T  %.1fT  %.1fT  %d%% /backup" % (R.random() * 3, R.random(), rint(40, 95))]
        return ["Total run time: %d.%03d s" % (rint(0, 600), rint(0, 999))]
    t = rint(0, 4)
    if t == 0:
        return ["      stdout: purged cached photo ", pv("photo", g_photo_path())[:2]]
    if t == 1:
        return ['     Comment: Command "/opt/ops/bin/reset_mfa.sh --user ', pv("email")[:2], " --sms ",
                pv("phone", g_phone("intl2"))[:2], '" run']
    if t == 2:
        f1, f2 = g_phone("dash"), g_phone("dash")
        return ["     Changes: {'diff': \"- fax: ", (f1, "fax"), "\\n+ fax: ", (f2, "fax"), "\"}"]
    if t == 3:
        return ["      stdout: requeued ADT^A08 for ", pv("mrn")[:2], " (", pv("name", g_name("hl7"))[:2], ")"]
    k, v = phi_field(pick_cats(1)[0])
    return ["              %s: " % k, (v[0], v[1])]


def f_backup(phi):
    if not phi:
        t = rint(0, 8)
        if t == 0:
            return ['pg_restore: processing data for table "%s"' % ch(["public.adt_event", "billing.invoice_line", "pt.contact_hist", "ref.provider"])]
        if t == 1:
            return ["Processed %d pages for database 'EHR_PROD', file 'EHR_PROD_Data' on file 1." % rint(10000, 9000000)]
        if t == 2:
            return ["BACKUP DATABASE successfully processed %d pages in %.3f seconds (%.1f MB/sec)." % (rint(10000, 9000000), R.random() * 900, R.random() * 300)]
        if t == 3:
            return ["snapshot %s saved (Files: %d new, %d changed, %d unmodified)" % (hexs(8), rint(0, 9000), rint(0, 900), rint(1000, 900000))]
        if t == 4:
            return ["[%s] veeam: Job 'EHR-SQL-Nightly' finished with Success (processed %.1f TB, read %.1f GB, transferred %.1f GB)"
                    % (ts("sp"), R.random() * 3, R.random() * 200, R.random() * 90)]
        if t == 5:
            return ["pg_basebackup: write-ahead log start point: %s on timeline 1" % DECOY_KV[-1][1]()]
        if t == 6:
            return ["sent %s bytes  received %s bytes  %s bytes/sec" % ("{:,}".format(rint(10 ** 6, 10 ** 10)), "{:,}".format(rint(100, 99999)),
                                                                      "{:,}.%02d".format(rint(10 ** 4, 10 ** 8)) % rint(0, 99))]
        if t == 7:
            return ["RESTORE VERIFYONLY: backup set on file 1 is valid. (%s, checksum %s)" % ("EHR_PROD_%s.bak" % ts("date"), hexs(8).upper())]
        return ["pg_restore: from TOC entry %d; 0 %d TABLE DATA %s %s" % (rint(1000, 9999), rint(10000, 99999), ch(["invoice_line", "adt_event"]), svc())]
    t = rint(0, 5)
    if t == 0:
        return ['pg_restore: error: COPY failed for table "pt_contact": ERROR:  value too long for type character varying(12) CONTEXT:  COPY pt_contact, line %d, column phone: "' % rint(1, 99999),
                pv("phone", g_phone(ch(["intl", "intl2"])))[:2], '"']
    if t == 1:
        f, l = person()
        return ['CONTEXT:  COPY patient, line %d: "' % rint(1, 99999), pv("mrn")[:2], ",", (l, "name"), ",", (f, "name"), ",",
                pv("date", g_dob("iso"))[:2], ",", pv("ssn", g_ssn("plain"))[:2], '"']
    if t == 2:
        return ["ERROR 1062 (23000) at line %d: Duplicate entry '" % rint(100, 999999), pv("ssn")[:2], "' for key 'uq_guarantor_ssn'"]
    if t == 3:
        return ["restore verify: sample row pt_id=%d mrn=" % rint(1000, 999999), pv("mrn")[:2], " dob=", pv("date", g_dob())[:2], " OK"]
    if t == 4:
        return ["Msg 2628, Level 16, State 1, Line %d String or binary data would be truncated in table 'EHR_PROD.dbo.PatientAddress', column 'Line1'. Truncated value: '" % rint(1, 99),
                pv("address", g_street())[:2], "'."]
    k, v = ch([("fingerprint_template", pv("biometric", b64(b"FMR\x00 20\x00" + rbytes(rint(40, 80))))),
               ("photo_b64", pv("photo", g_photo_b64())),
               ("voiceprint", pv("biometric", b64(b"VPRT\x01\x02" + rbytes(rint(48, 90)))))])
    return ['CONTEXT:  COPY %s, line %d, column %s: "' % (ch(["bio_enroll", "pt_media", "kiosk_capture"]), rint(1, 9999), k), (v[0], v[1]), '"']


def f_sftp(phi):
    if not phi:
        t = rint(0, 8)
        if t == 0:
            return ["Connected to %s." % ch(["sftp.claimsbridge.com", "edi.meditrax.net", "sftp-gw02.prod.lkh.local"])]
        if t == 1:
            return ["Welcome to %s secure transfer - support %s" % (ch(VENDORS), ch(VENDOR_PHONES))]
        if t == 2:
            return ["sftp> cd /%s/%s" % (ch(["inbound", "outbound"]), ch(["remits", "elig", "roi", "statements"]))]
        if t == 3:
            return ["sftp> mget ERA_835_%s_*.txt" % ts("date")]
        if t == 4:
            return ["Fetching /inbound/remits/ERA_835_%s_%04d.txt to ERA_835_%s_%04d.txt" % ((ts("date"), rint(1, 999)) * 2)]
        if t == 5:
            return ["-rw-r--r--    1 edi      edi      %8d Mar 11 %02d:%02d ERA_835_%s_%04d.txt" % (rint(1000, 9999999), rint(0, 5), rint(0, 59), ts("date"), rint(1, 999))]
        if t == 6:
            return ["ERA_835_%s_%04d.txt                     100%%   %dKB   %.1fMB/s   00:0%d" % (ts("date"), rint(1, 999), rint(1, 999), R.random() * 9, rint(0, 9))]
        if t == 7:
            v = ch(["sftp.claimsbridge.com", "edi.meditrax.net", "mft.pinnacleprint.com"])
            return ["debug1: Connecting to %s [%d.%d.%d.%d] port 22." % (v, ch([52, 34, 3, 20, 40]), rint(1, 254), rint(0, 254), rint(1, 254))]
        return ["debug1: Authenticating to %s:22 as '%s' (key SHA256:%s)" % (ch(["sftp.claimsbridge.com", "edi.meditrax.net"]), svc(), b64(rbytes(32))[:43])]
    t = rint(0, 4)
    if t == 0:
        f, l = person()
        nm, m = name_fmt(f, l, "us"), g_mrn()
        return ["Uploading /data/outbound/roi/ROI_", (nm, "name"), "_", (m, "mrn"), ".pdf to /incoming/roi/ROI_", (nm, "name"), "_", (m, "mrn"), ".pdf"]
    if t == 1:
        return ["sftp> put ", pv("photo", g_photo_path())[:2] if R.random() < 0.3 else pv("photo", "/data/outbound/photos/%s_face.jpg" % digits(7))[:2], " /incoming/photos/"]
    if t == 2:
        m = g_member()
        return ["sftp> rename /outbound/elig/", (m, "health_plan"), ".x12 /outbound/elig/done/", (m, "health_plan"), ".x12"]
    if t == 3:
        return ["-rw-r--r--    1 edi      edi      %8d Mar 11 %02d:%02d AuthReq_" % (rint(1000, 999999), rint(0, 5), rint(0, 59)),
                pv("health_plan")[:2], "_", pv("date", g_dob("compact"))[:2], ".pdf"]
    return ["sftp> get /outbound/roi/cover_", pv("fax", g_phone("plain"))[:2], "_%s.tif" % ts("date")]


def f_excel(phi):
    if not phi:
        t = rint(0, 5)
        if t == 0:
            return ["[%s] Macro ReconcileRemits v%s started by CORP\\%s on WS-FIN-%04d (Excel 16.0.%d)" % (ts("sp"), version(), staff(), rint(1, 999), rint(14000, 17999))]
        if t == 1:
            return ['Sheet "Summary": %d rows processed, %d mismatches, total variance $%s' % (rint(100, 90000), rint(0, 300), "{:,.2f}".format(R.random() * 90000))]
        if t == 2:
            return ["Run-time error '1004': Application-defined or object-defined error (Module%d line %d)" % (rint(1, 4), rint(10, 900))]
        if t == 3:
            f, l = ch(DOC_FIRST), ch(DOC_LAST)
            return ['Sheet "NPI_Roster" row %d: NPI %s matched provider %s, %s (%s)' % (rint(2, 900), npi(), l, f, ch(["Cardiology", "Oncology", "Urology"]))]
        if t == 4:
            return ["Saved copy to \\\\fs01\\Finance\\Recon\\%s\\Recon_%s.xlsm (%.1f MB)" % (ts("sp")[:7], ts("date"), R.random() * 9)]
        if R.random() < 0.5:
            return ['Sheet "Pharmacy_Recon" row %d: NDC %s-%s-%s lot %s exp %s qty %d unit cost $%.2f (%s)' % (
                rint(2, 900), digits(5), digits(4), digits(2), "%02d%s%03d" % (rint(20, 25), ch("ABCHK"), rint(1, 999)),
                fmt_date(rand_date(2025, 2027), "iso"), rint(1, 400), R.random() * 300, ch(["McKesson", "Cardinal", "AmerisourceBergen"]))]
        return ['Sheet "Vendors" row %d: remit address updated to "%s", AP contact %s' % (rint(2, 300), ch(VENDORS), ch(VENDOR_PHONES))]
    t = rint(0, 5)
    if t == 0:
        return ['Row %d: PatientName="' % rint(2, 9000), pv("name", g_name(ch(["lf", "LF"])))[:2], '" DOB=', pv("date", g_dob("us"))[:2],
                " MemberID=", pv("health_plan")[:2], " -> flagged (ID mismatch)"]
    if t == 1:
        a = g_phone("paren")
        return ['Cell D%d changed from "' % rint(2, 9000), (a, "phone"), '" to "', pv("phone", g_phone("paren"))[:2], '" by CORP\\%s' % staff()]
    if t == 2:
        c, st, z = g_city_st()
        return ['Sheet "Refunds" row %d: payee ' % rint(2, 900), pv("name", g_name("fl"))[:2], ", ", pv("address", g_street())[:2], ", ",
                (c, "address"), ", %s " % st, (z, "zip"), ", check #%06d amt $%.2f" % (rint(1, 999999), R.random() * 900)]
    if t == 3:
        return ["VLOOKUP miss: SSN ", pv("ssn")[:2], " not in Guarantor tab (row %d)" % rint(2, 900)]
    if t == 4:
        return ['Sheet "Devices" row %d: SN ' % rint(2, 900), pv("device", g_devserial())[:2], " assigned to MRN ", pv("mrn")[:2]]
    if R.random() < 0.35:
        return ['Sheet "ED_Parking" row %d: plate ' % rint(2, 400), pv("vehicle", g_plate())[:2], " VIN ",
                pv("vehicle", g_vin())[:2], " holder ", pv("name", g_name("lf"))[:2], " (%s)" % ch(["tow hold", "valet", "validated"])]
    k, v = phi_field(pick_cats(1)[0])
    return ['Sheet "Import" row %d col %s (%s): value "' % (rint(2, 9000), ch("BCDEFGHJK"), k), (v[0], v[1]), '" failed validation'] 


def f_make(phi):
    d = "/srv/ops/datafix/%s-%s" % (ts("sp")[:10], ticket())
    if not phi:
        t = rint(0, 6)
        if t == 0:
            return ["make[1]: Entering directory '%s'" % d]
        if t == 1:
            return ["python3 -m pytest tests/ -q"]
        if t == 2:
            return ["%d passed, %d skipped in %.2fs" % (rint(5, 400), rint(0, 9), R.random() * 60)]
        if t == 3:
            return ["make: *** [Makefile:%d: %s] Error %d" % (rint(10, 200), ch(["load-stage", "verify", "apply"]), ch([1, 2]))]
        if t == 4:
            return ["docker build -t registry.lkh.local/ops/datafix:%s --build-arg GIT_SHA=%s ." % (version(), hexs(40))]
        if t == 5:
            return ['psql "$(STAGE_DSN)" -v ticket=%s -f sql/%03d_backfill_npi.sql' % (ticket(), rint(1, 80))]
        return ["make[1]: Leaving directory '%s'" % d]
    t = rint(0, 4)
    if t == 0:
        return ["python3 fix_addr.py --mrn ", pv("mrn")[:2], ' --street "', pv("address", g_street())[:2], '" --city "',
                pv("address", g_city())[:2], '" --zip ', pv("zip")[:2]]
    if t == 1:
        return ["./bin/merge_dupes --keep ", pv("mrn")[:2], " --drop ", pv("mrn")[:2], ' --reason "same SSN ', pv("ssn")[:2], '"']
    if t == 2:
        return ["make fix-one MRN=", pv("mrn")[:2], " DOB=", pv("date", g_dob("iso"))[:2], " TICKET=%s" % ticket()]
    if t == 3:
        s = g_ssn("dash")
        return ["%d:" % rint(1, 9999), (s, "ssn"), "|", pv("name", g_name("LF"))[:2], "|REJECT|dup guarantor"]
    return ["python3 scripts/apply_fix.py"] + r_args(gen_fields(rint(1, 2))) + [" --ticket %s" % ticket()]


def f_csvdiff(phi):
    if not phi:
        t = rint(0, 5)
        if t == 0:
            return ["--- stage/%s_%s.csv" % (ch(["npi_roster", "supply_orders", "cdm_prices"]), ts("date"))]
        if t == 1:
            return ["+++ stage/%s_%s.csv" % (ch(["npi_roster", "supply_orders", "cdm_prices"]), ts("date"))]
        if t == 2:
            return ["@@ -%d,%d +%d,%d @@" % (rint(1, 900), rint(1, 9), rint(1, 900), rint(1, 9))]
        if t == 3:
            f, l = ch(DOC_FIRST), ch(DOC_LAST)
            return ['%s%s,"%s, %s",%s,ACTIVE,%s' % (ch("-+"), npi(), l, f, ch(["Cardiology", "Family Medicine", "Nephrology"]), ts("sp")[:10])]
        if t == 4:
            return ["%s%s,%s,%d,%s,%s" % (ch("-+"), order_no(), ch(["SHIPPED", "BACKORDER", "CANCELLED"]), rint(1, 400), staff(), ts("isoz"))]
        return ["csvdiff: %d rows compared, %d changed, %d added, %d removed (key=%s)" % (rint(100, 90000), rint(0, 90), rint(0, 9), rint(0, 9), ch(["order_id", "npi", "cdm_code"]))]
    t = rint(0, 3)
    if t == 0:
        c, st, z = g_city_st()
        return [ch("-+"), pv("mrn")[:2], ',"', pv("name", g_name("lf"))[:2], '",', pv("date", g_dob("iso"))[:2], ',"', pv("address", g_street())[:2],
                '",', (c, "address"), ",%s," % st, (z, "zip"), ",", pv("phone", g_phone("paren"))[:2]]
    if t == 1:
        f, l = person()
        return ["~ ", pv("mrn")[:2], ": email ", pv("email", g_email(f, l))[:2], " -> ", pv("email", g_email(f, l))[:2]]
    if t == 2:
        return ["  changed row key=", pv("health_plan")[:2], ": ssn ", pv("ssn")[:2], " -> ", pv("ssn")[:2]]
    fields = gen_fields(rint(2, 3))
    parts = [ch("-+") + str(rint(1000, 999999))]
    for _, v in fields:
        q = '"' if ("," in v[0] or " " in v[0]) else ""
        parts += [",", q, (v[0], v[1]), q]
    return parts + [",%s" % ts("isoz")]


def f_chat(phi):
    ch_name = ch(["#ops-runbooks", "#ops-datafix", "#ehr-oncall", "#edi-support"])
    pre = "[%s] %s " % (ch_name, ts("hm"))
    if not phi:
        t = rint(0, 6)
        if t == 0:
            return [pre + 'hubot: Runbook RB-%d "%s" started by @%s (run %d)' % (rint(100, 400), ch(["rotate hl7 listener certs", "requeue failed ADT", "restart fax gateway", "purge portal cache"]), staff(), rint(1000, 99999))]
        if t == 1:
            return [pre + "hubot: step %d/7 \u2714 restart mirth-connect on %s (%s)" % (rint(1, 7), host(False), dur())]
        if t == 2:
            return [pre + "@%s: ack, closing %s - root cause was expired cert on %s:6661" % (staff(), ticket(), priv_ip())]
        if t == 3:
            return [pre + "hubot: \u2716 step %d/7 failed: timeout waiting for %s (exit 124)" % (rint(1, 7), host(True))]
        if t == 4:
            return [pre + "@%s: %s paged about the fax backlog, main line %s is fine, vendor says %s" % (staff(), doctor(), HOSP_MAIN, ch(PRODUCTS))]
        if t == 4 and R.random() < 0.5:
            return [pre + "@%s: opened case %s with %s support (%s, support@claimsbridge.com) re: 835 file dated %s" % (
                staff(), "%07d" % rint(1, 9999999), ch(["ClaimsBridge", "Meditrax"]), ch(VENDOR_PHONES), ts("sp")[:10])]
        if t == 5:
            return [pre + "@%s: pt in bed %d is %d y/o per ADT, ticket said %d - typo, no action needed (%s)" % (staff(), rint(1, 40), rint(60, 89), rint(18, 89), ticket())]
        return [pre + "hubot: deploy datafix:%s to prod ok (sha %s, %d rows touched)" % (version(), hexs(7), rint(0, 900))]
    t = rint(0, 7)
    if t == 7:
        return [pre + "@%s: registration scanned passport " % staff(), pv("other_id", g_other_id("passport2"))[:2],
                " for ", pv("name", g_name("fl"))[:2], ", expires ", "%d" % rint(2025, 2033), ", photo at ",
                pv("photo", g_photo_path())[:2]]
    if t == 0:
        return [pre + "@%s: pls run RB-207 merge-dupe for MRN " % staff(), pv("mrn")[:2], " / ", pv("mrn")[:2], " (pt ",
                pv("name", g_name("fl"))[:2], ", DOB ", pv("date", g_dob(ch(["us", "usn"])))[:2], ")"]
    if t == 1:
        return [pre + "hubot: \u2714 reset MyChart password for ", pv("email")[:2], ", temp code sent to ", pv("phone")[:2]]
    if t == 2:
        return [pre + "@%s: daughter " % staff(), pv("name", g_name("fl"))[:2], " called, new callback ", pv("phone")[:2],
                ", pt is ", pv("age")[:2], " so keep the POA flag"]
    if t == 3:
        return [pre + 'hubot: RB-311 "block abusive IP" -> added ', pv("ip")[:2], " to portal WAF denylist (%s)" % ticket()]
    if t == 4:
        return [pre + "@%s: car in ED lot flagged by security, plate " % staff(), pv("vehicle", g_plate())[:2], " belongs to pt ",
                pv("name", g_name("fl"))[:2], " - VIN ", pv("vehicle", g_vin())[:2]]
    if t == 5:
        return [pre + "@%s: called " % staff(), pv("name", g_name("fl"))[:2], " back at ", pv("phone")[:2], ", she confirmed the move to ",
                pv("address", g_street())[:2], " in ", pv("address", g_city())[:2]]
    r = R.random()
    if r < 0.2:
        f, l = person()
        return [pre + "@%s: heads up, the " % staff(), pv("age")[:2], "yo in 4W (", (name_fmt(f, l, "fl"), "name"),
                ") has a fundraiser linked in notes: ", (g_url(f, l, kind="fund"), "url")]
    if r < 0.4:
        return [pre + "@%s: DEA on the rx is " % staff(), pv("license", dea_number())[:2], ", pharmacy says it belongs to ",
                doctor(), " - pt ", pv("mrn")[:2]]
    if r < 0.55:
        return [pre + "@%s: pt brought her own pump, serial ", pv("device", g_devserial())[:2], ", BT MAC ",
                pv("device", g_mac())[:2], " - added to chart %s" % ticket()]
    k, v = phi_field(pick_cats(1)[0])
    return [pre + "@%s: fixed %s on the chart -> " % (staff(), k), (v[0], v[1]), " (%s)" % ticket()]


# extra PHI templates, aimed at the rarer identifier kinds
def x_sqlcmd_dl():
    return ["1> SELECT PatientID, DLState, DLExpires FROM dbo.PatientIdentity WHERE DLNumber = '",
            pv("license", g_dl())[:2], "';"]


def x_sqlcmd_card():
    return ["Msg 50001, Level 16, State 1, Procedure usp_PostRefund, Line %d Refund rejected for card " % rint(10, 300),
            pv("account", g_card())[:2], " (guarantor acct ", pv("account", "G" + digits(8))[:2], ")."]


def x_backup_ident():
    st = ch(["WA", "OR", "ID"])
    return ['CONTEXT:  COPY pt_identity, line %d: "' % rint(1, 99999), pv("mrn")[:2], ",DL,", pv("license", g_dl())[:2],
            ",%s,PP," % st, pv("other_id", g_other_id(ch(["passport", "passport2"])))[:2], '"']


def x_psql_session():
    return [" %s | " % uuid4(), pv("email")[:2], " | ", pv("ip")[:2], " | %s | %s" % (ts("isoz"), ch(["MFA_OK", "PW_FAIL", "LOCKED"]))]


def x_ps_photo():
    p = "\\fs01\HIM\PatientPhotos\%d\%s.jpg" % (rint(2015, 2024), digits(7))
    return ['What if: Performing the operation "Remove File" on target "', (p, "photo"), '".']


def x_ps_card():
    return ["CardNumber     : ", pv("account", g_card())[:2]]


def x_ansible_bio():
    k, fn = ch([("fp_tmpl", lambda: b64(b"FMR\x00 20\x00" + rbytes(rint(40, 70)))),
                ("voiceprint", lambda: b64(b"VPRT\x01\x02" + rbytes(rint(40, 70))))])
    return ['ok: [bio-enroll%02d] => {"changed": true, "msg": "re-enrolled pt_id %d", "%s": "' % (rint(1, 3), rint(1000, 999999), k),
            pv("biometric", fn())[:2], '"}']


def x_salt_kiosk():
    return ["      stdout: kiosk cache wiped, kept last capture ", pv("photo", "/var/lib/kiosk/capture/face_%s_%s.jpg" % (digits(8), digits(4)))[:2]]


def x_make_bio():
    return ["python3 scripts/reenroll.py --pt-row %d --template-b64 " % rint(1000, 999999), pv("biometric")[:2], " --algo iso19794-2"]


def x_excel_refund():
    return ['Sheet "Refunds" row %d: card ' % rint(2, 900), pv("account", g_card())[:2], " refund $%.2f, ACH fallback acct " % (R.random() * 400),
            pv("account", digits(rint(9, 12)))[:2]]


def x_csv_dl():
    return [ch("-+") + "%d," % rint(1000, 999999), pv("license", g_dl())[:2], ",%s,%s," % (ch(["WA", "OR"]), rint(2025, 2031)),
            pv("vehicle", g_plate())[:2], ",", pv("phone", g_phone("dash"))[:2], ",ED_PERMIT"]


def x_cron_faxback():
    return ["faxback: inbound fax from ", pv("fax")[:2], " matched to ", pv("name")[:2], " (", pv("mrn")[:2], "), %d pages" % rint(1, 30)]


def x_awk_imei():
    return [pv("device", g_imei())[:2], "|", pv("mrn")[:2], "|%s|" % ch(["ACTIVE", "RETURNED", "LOST"]), pv("ip")[:2]]


def x_jq_url():
    return r_json([("mrn", pv("mrn")), ("source", "intake_form"), ("socialProfile", pv("url")), ("verified", False)])


def x_chat_other():
    return [ts("hm") + " [#ehr-oncall] @%s: intl pt, no SSN - used national ID " % staff(), pv("other_id", g_other_id(ch(["dni", "curp", "ine"])))[:2],
            " as secondary identifier for ", pv("name", g_name("fl"))[:2]]


EXTRAS = {
    "sqlcmd_session": [x_sqlcmd_dl, x_sqlcmd_card], "backup_restore": [x_backup_ident],
    "psql_session": [x_psql_session], "powershell_remoting": [x_ps_photo, x_ps_card],
    "ansible_run": [x_ansible_bio], "salt_run": [x_salt_kiosk], "make_build": [x_make_bio],
    "excel_macro": [x_excel_refund], "csv_diff": [x_csv_dl], "cron_mail": [x_cron_faxback],
    "awk_cli": [x_awk_imei], "jq_cli": [x_jq_url], "chatops_runbook": [x_chat_other],
}


FAMILIES = [
    ("bash_xtrace", f_bash), ("cron_mail", f_cron), ("psql_session", f_psql),
    ("sqlcmd_session", f_sqlcmd), ("python_datafix", f_python), ("jq_cli", f_jq),
    ("awk_cli", f_awk), ("powershell_remoting", f_ps), ("ansible_run", f_ansible),
    ("salt_run", f_salt), ("backup_restore", f_backup), ("sftp_batch", f_sftp),
    ("excel_macro", f_excel), ("make_build", f_make), ("csv_diff", f_csvdiff),
    ("chatops_runbook", f_chat),
]


# ----------------------------------------------------------------------------
# assembly and checks
# ----------------------------------------------------------------------------
class CheckError(Exception):
    pass


def build(parts):
    buf = bytearray()
    spans = []
    for p in parts:
        if isinstance(p, tuple):
            v, cat = p[0], p[1]
            if cat not in CATS:
                raise CheckError("unknown category %r" % cat)
            if not isinstance(v, str) or not v:
                raise CheckError("empty/non-str PHI value %r" % (v,))
            vb = v.encode("utf-8")
            spans.append({"s": len(buf), "e": len(buf) + len(vb), "cat": cat, "v": v})
            buf += vb
        elif isinstance(p, str):
            buf += p.encode("utf-8")
        else:
            raise CheckError("bad part %r" % (p,))
    return bytes(buf), spans


def check_line(lb, spans, phi):
    text = lb.decode("utf-8")
    if "\n" in text or "\r" in text:
        raise CheckError("embedded newline")
    if not text.strip():
        raise CheckError("blank line")
    if not phi and spans:
        raise CheckError("PHI-free line has spans")
    if phi and not spans:
        raise CheckError("PHI line has no spans")
    prev_e = -1
    for sp in spans:
        s, e, v = sp["s"], sp["e"], sp["v"]
        if lb[s:e] != v.encode("utf-8"):
            raise CheckError("span bytes mismatch %r" % v)
        if v != v.strip() or not v:
            raise CheckError("surrounding whitespace in %r" % v)
        if s < prev_e:
            raise CheckError("overlap at %d" % s)
        if s >= e:
            raise CheckError("empty span")
        prev_e = e
    # every occurrence of a labeled value must itself be labeled (or lie
    # inside another span): no unlabeled copies of PHI on the same line.
    for sp in spans:
        vb = sp["v"].encode("utf-8")
        if len(vb) < 4:
            continue
        i = lb.find(vb)
        while i != -1:
            j = i + len(vb)
            ok = any(o["s"] <= i and j <= o["e"] for o in spans)
            if not ok:
                raise CheckError("unlabeled copy of %r" % sp["v"])
            i = lb.find(vb, i + 1)


def make_line(fname, fn, phi):
    for attempt in range(50):
        snapshot = dict(COUNTS)
        if phi and fname in EXTRAS and R.random() < 0.3:
            parts = ch(EXTRAS[fname])()
        else:
            parts = fn(phi)
        lb, spans = build(parts)
        if not phi and len(lb) < 40 and R.random() < 0.7:
            continue  # prefer longer, harder negatives
        try:
            check_line(lb, spans, phi)
        except CheckError as ex:
            COUNTS.clear()
            COUNTS.update(snapshot)
            sys.stderr.write("retry (%s): %s\n" % (fname, ex))
            continue
        for sp in spans:
            COUNTS[sp["cat"]] += 1
        return lb, spans
    raise SystemExit("could not build a valid %s line" % fname)


def main():
    flags = [False] * N_NEG + [True] * (N_LINES - N_NEG)
    R.shuffle(flags)
    fam_seq = [FAMILIES[i % len(FAMILIES)] for i in range(N_LINES)]
    R.shuffle(fam_seq)
    lines, labels = [], []
    for n, (phi, (fname, fn)) in enumerate(zip(flags, fam_seq), 1):
        lb, spans = make_line(fname, fn, phi)
        lines.append(lb)
        labels.append({"line": n, "family": fname,
                       "spans": [{"s": sp["s"], "e": sp["e"], "cat": sp["cat"]} for sp in spans],
                       "_vals": [sp["v"] for sp in spans]})

    # ---- corpus-level checks ----
    assert len(lines) == N_LINES == len(labels)
    n_phi = sum(1 for lab in labels if lab["spans"])
    assert n_phi == N_LINES - N_NEG, n_phi
    totals = {c: 0 for c in CATS}
    for lab in labels:
        for sp in lab["spans"]:
            totals[sp["cat"]] += 1
    for c in CATS:
        assert totals[c] >= 8, "category %s only %d spans" % (c, totals[c])
    # no PHI value (of reasonable length) leaks into a PHI-free line
    vals = set()
    for lab in labels:
        for v in lab["_vals"]:
            if len(v) >= 6:
                vals.add(v.encode("utf-8"))
    for lb, lab in zip(lines, labels):
        if not lab["spans"]:
            for v in vals:
                assert v not in lb, "PHI value %r found in PHI-free line %d" % (v, lab["line"])
    # clinician / staff pools never overlap patient name pools
    assert not set(DOC_LAST) & set(LAST) and not set(DOC_FIRST) & set(FIRST)

    with open(LOG_PATH, "wb") as fh:
        for lb in lines:
            fh.write(lb + b"\n")
    with open(LAB_PATH, "w", encoding="utf-8", newline="\n") as fh:
        for lab in labels:
            out = {"line": lab["line"], "family": lab["family"], "spans": lab["spans"]}
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")

    # re-read and verify files against labels
    with open(LOG_PATH, "rb") as fh:
        raw = fh.read().split(b"\n")
    assert raw[-1] == b"" and len(raw) == N_LINES + 1
    with open(LAB_PATH, encoding="utf-8") as fh:
        rl = [json.loads(x) for x in fh]
    for lb, lab, orig in zip(raw, rl, labels):
        for sp, v in zip(lab["spans"], orig["_vals"]):
            assert lb[sp["s"]:sp["e"]] == v.encode("utf-8")

    fams = {}
    for lab in labels:
        fams[lab["family"]] = fams.get(lab["family"], 0) + 1
    print("lines: %d" % N_LINES)
    print("lines with PHI: %d (%.1f%%)" % (n_phi, 100.0 * n_phi / N_LINES))
    print("lines without PHI: %d" % (N_LINES - n_phi))
    print("spans total: %d" % sum(totals.values()))
    print("spans per category:")
    for c in CATS:
        print("  %-12s %d" % (c, totals[c]))
    print("families: %d" % len(fams))
    for f in sorted(fams):
        print("  %-20s %d" % (f, fams[f]))


if __name__ == "__main__":
    main()
