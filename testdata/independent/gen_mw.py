#!/usr/bin/env python3
"""gen_mw.py - synthetic labeled log corpus (ID=mw).

Theme: a US-panel-physician practice in Casablanca (Centre Medical Anfa Visa, "CMAV") doing
immigrant-visa medical exams for the U.S. Consulate General, plus its consular liaison desk.
Sources interleaved in one file: IIS W3C logs of the booking portal, log4net lines of the
ASP.NET MVC app, Windows Application event (ASP.NET 1309) records, SQL Server ERRORLOG
(incl. trace-flag 1222 deadlock graphs), Entity Framework 6 Database.Log output, DS-3025
vaccination XML and DS-2054 JSON submissions to an eMedical-like service, TB lab (sputum
smear/culture) CSV and pipe exports, HL7 v2.5.1 ORU radiology results for chest x-rays,
photo/fingerprint kiosk JSON events, courier manifest rows for sealed envelopes, CMI payment
gateway callbacks (MAD), Kannel SMS access log, Python reporting-script logs and tracebacks,
physicians' notes (English, French, Darija/Arabic transliteration), postfix maillog,
consular-liaison ticket CSV, ANPR gate log and metrics/scheduler noise.

All people, numbers and addresses are synthetic. Standard library only; deterministic.

Labeling decisions:
- Only identifiers of applicants (the examined persons), their relatives, petitioners/sponsors,
  accompanying family members and payers paying for an applicant are labeled. Panel physicians,
  radiologists, nurses, lab staff, courier agents, consular officers, the practice, the
  consulate, vendors and their phones/emails/plates/usernames are not labeled.
- Visa case numbers (NVC "CSB2024..." and DV "2024AF..."), passport numbers, alien numbers,
  Moroccan CIN numbers, eMedical IDs, lab/radiology accession numbers and specimen IDs of an
  applicant are other_id. Passports are other_id (not license); license is used only for a
  driving licence presented as ID.
- The practice chart number (CMAV-xxxxxx / MR in HL7 PID-3) is mrn.
- AMO/CNSS affiliation numbers and US Medicaid IDs are health_plan.
- Dates tied to an applicant are date: birth, exam, appointment/slot, x-ray, specimen collection,
  result/report dates of that applicant's tests, vaccination dose dates, LMP, passport
  issue/expiry dates, DOB values even when malformed. Log/record timestamps, slot-generation
  dates for a whole site, batch/settlement dates and years alone are not labeled. HL7 MSH-7
  (message time) is not labeled; OBR-7 (observation time of the patient's exam) is.
- Ages are labeled only when over 89 (e.g. IR-5 parents); other ages are not labeled.
- Addresses: street (+ quarter) is one address span, the city is a separate address span, the
  postal code (Moroccan or US) is zip; state and country are not labeled.
- Public client IPs in IIS / event-log records of an applicant's own portal session (request
  carries their case number, passport, name or login) are ip. Private 10.x addresses (load
  balancer, kiosks, staff PCs), scanner/bot IPs and mail relays are not labeled.
- Full card numbers and bank RIB/IBAN of a payer are account; masked PANs (first6/last4) and
  gateway order IDs, transaction IDs, auth codes and receipt numbers are not labeled.
- Face images in base64 are photo (the base64 payload only, not the data: prefix);
  fingerprint templates (ISO 19794-2, base64) and minutiae hashes are biometric.
- Serial numbers of devices implanted in / carried by an applicant (pacemaker, insulin pump)
  are device; kiosk, scanner, x-ray and lab instrument serials are not labeled.
- Applicants' vehicle plates in the gate log are vehicle; courier/delivery van plates are not.
- Personal profile URLs of an applicant are url; portal URLs are not (an identifier inside a
  URL or query string is labeled by its own category, e.g. the case number).
- Applicant portal logins (email) are email; staff logins (PANELMED\\user) are not labeled.
- Names are labeled as one span whatever the form (First Last, LAST First, Last, First,
  initials); in XML/HL7/CSV with separate fields each name part is its own span. Arabic-script
  names are name. URL-encoded values keep their encoded form inside the span (EL+AMRANI,
  x%40gmail.com).
- Noise lines may carry look-alikes that stay unlabeled: order/transaction IDs, seal numbers,
  submission UUIDs, trace IDs, hashes, slot dates, settlement dates, staff badges, the
  practice's phone, support and consulate mailboxes, instrument serials.
"""
import base64
import json
import os
import random
import uuid
import datetime as dt

SEED = 21021
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "mw"
N_LINES = 500
NOISE_TARGET = 0.55


# --------------------------------------------------------------------------- line builder
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
        if cat is None:
            return self.t(s)
        st = self.n
        self.t(s)
        self.spans.append({"s": st, "e": self.n, "cat": cat, "v": s})
        return self

    def fill(self, tmpl, vals):
        """tmpl with {KEY} placeholders; vals[KEY] = (text, cat)."""
        i = 0
        while i < len(tmpl):
            j = tmpl.find("{", i)
            if j < 0:
                self.t(tmpl[i:])
                break
            k = tmpl.find("}", j)
            self.t(tmpl[i:j])
            v, c = vals[tmpl[j + 1:k]]
            self.p(v, c)
            i = k + 1
        return self

    def text(self):
        return "".join(self.buf)


# --------------------------------------------------------------------------- helpers
def uid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def b64rand(n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


def luhn(prefix, length=16):
    ds = [int(c) for c in prefix]
    while len(ds) < length - 1:
        ds.append(rng.randint(0, 9))
    s = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    ds.append((10 - s % 10) % 10)
    return "".join(map(str, ds))


def ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]


def fdate(d, style=None):
    style = style if style is not None else rng.choice(
        ["iso", "dmy", "dmy", "dmy.", "mdy", "dMy", "DMY", "fr", "en", "ymd8", "dmy-"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "dmy.":
        return d.strftime("%d.%m.%Y")
    if style == "dmy-":
        return d.strftime("%d-%m-%Y")
    if style == "mdy":
        return d.strftime("%m/%d/%Y")
    if style == "dMy":
        return d.strftime("%d %b %Y")
    if style == "DMY":
        return d.strftime("%d-%b-%Y").upper()
    if style == "fr":
        return "%d %s %d" % (d.day, FR_MONTHS[d.month - 1], d.year)
    if style == "en":
        return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")
    if style == "ymd8":
        return d.strftime("%Y%m%d")
    raise ValueError(style)


# --------------------------------------------------------------------------- people
ORIGINS = {
    "MA": dict(w=9,
               fm=["Yassine", "Mohamed", "Abdelilah", "Hamza", "Othmane", "Youssef", "Anas", "Ayoub",
                   "Khalid", "Rachid", "Nabil", "Bilal", "Mehdi", "Soufiane", "Zakaria", "Abderrahim",
                   "Lahcen", "Brahim"],
               ff=["Fatima-Zahra", "Meryem", "Khadija", "Salma", "Imane", "Hajar", "Zineb", "Chaïmae",
                   "Ghizlane", "Soukaina", "Houda", "Oumaima", "Nour El Houda", "Hasnaa", "Rkia", "Fadma",
                   "Itto", "Lalla Kenza"],
               last=["El Amrani", "Benjelloun", "Ait Ouaddou", "Ouazzani Chahdi", "Bennani-Smires",
                     "El Idrissi", "Alaoui", "Lahlou", "Chraibi", "Kettani", "Ben Abdeslam", "Bouzid",
                     "Zerhouni", "Amezian", "Ait Lhaj", "El Fassi", "Belkadi", "Tahiri", "Mansouri",
                     "Naciri", "Ouahbi", "Boutaleb", "Aït Benhaddou", "El Moussaoui", "Filali-Ansari",
                     "Skalli", "Zniber", "Harrak", "Id Belkacem", "Ben Brahim"]),
    "SN": dict(w=1, fm=["Mamadou", "Cheikh", "Ibrahima", "Moussa", "Abdoulaye"],
               ff=["Aïssatou", "Awa", "Mariama", "Fatou", "Ndèye Coumba"],
               last=["Diop", "Ndiaye", "Sow", "Fall", "Sarr", "Gueye", "Mbaye"]),
    "ML": dict(w=1, fm=["Oumar", "Amadou", "Bakary", "Seydou"],
               ff=["Fatoumata", "Bintou", "Kadiatou", "Assitan"],
               last=["Traoré", "Coulibaly", "Keïta", "Diarra", "Cissé", "Konaté"]),
    "MR": dict(w=1, fm=["Mohamed", "Sidi", "Ahmedou", "Cheikhna"],
               ff=["Mariem", "Aminetou", "Khadijetou", "Vatimetou"],
               last=["Ould Abdallah", "Ould Cheikh Sidiya", "Ould Beyah"],
               lastf=["Mint Ahmed", "Mint Moulaye", "Mint Abdallahi"]),
    "SY": dict(w=1, fm=["Tarek", "Omar", "Elias", "Fadi", "Ghaith"],
               ff=["Rania", "Lina", "Nour", "Hala", "Rasha"],
               last=["Al-Khatib", "Haddad", "Abou Zeid", "Al-Masri", "Kabbani", "Al Hamwi"]),
    "CI": dict(w=1, fm=["Jean-Paul", "Kouadio", "Serge-Alain", "Désiré"],
               ff=["Marie-Claire", "Nadège", "Grâce", "Prisca"],
               last=["Mbuyi Kabongo", "Konan", "Kouassi", "Tshimanga", "Yao", "N'Guessan"]),
    "FR": dict(w=1, fm=["Pierre-Emmanuel", "Louis", "Karim", "Théo"],
               ff=["Sophie", "Inès", "Camille", "Maëlle"],
               last=["de Saint-Rémy", "Lefèvre", "Dupont-Haddad", "Le Goff", "Benmoussa-Girard",
                     "van der Berg"]),
}
AR_FIRST = {"Yassine": "ياسين", "Mohamed": "محمد", "Hamza": "حمزة", "Youssef": "يوسف",
            "Khadija": "خديجة", "Meryem": "مريم", "Salma": "سلمى", "Zineb": "زينب",
            "Imane": "إيمان", "Hajar": "هاجر", "Omar": "عمر", "Rania": "رانيا", "Khalid": "خالد",
            "Rachid": "رشيد", "Houda": "هدى", "Nabil": "نبيل"}
AR_LAST = {"El Amrani": "العمراني", "Benjelloun": "بنجلون", "Alaoui": "العلوي", "Lahlou": "لحلو",
           "Chraibi": "الشرايبي", "El Idrissi": "الإدريسي", "Tahiri": "الطاهري",
           "Mansouri": "المنصوري", "Kettani": "الكتاني", "Bouzid": "بوزيد", "Al-Khatib": "الخطيب",
           "Haddad": "حداد", "Naciri": "الناصري", "Skalli": "السقلي"}

MA_STREETS = ["Rue Ibn Battouta", "Boulevard Zerktouni", "Rue Soumaya", "Avenue Mohammed VI",
              "Rue Moulay Youssef", "Derb Ghallef Rue 7", "Rue El Fourat", "Boulevard Al Qods",
              "Rue de Fès", "Avenue Hassan II", "Lotissement Annasr", "Rue Abou Bakr Seddik",
              "Résidence Al Amal Imm 4", "Rue Jaafar Ibn Abi Talib", "Bd Oued Sebou"]
MA_QUART = [("Maârif", "Casablanca", "20330"), ("Hay Hassani", "Casablanca", "20230"),
            ("Sidi Moumen", "Casablanca", "20400"), ("Ain Sebaa", "Casablanca", "20250"),
            ("Hay Mohammadi", "Casablanca", "20570"), ("Agdal", "Rabat", "10090"),
            ("Yacoub El Mansour", "Rabat", "10150"), ("Massira", "Témara", "12000"),
            ("Sidi Bernoussi", "Casablanca", "20600"), ("Mers Sultan", "Casablanca", "20490"),
            ("Sidi Maârouf", "Casablanca", "20270"), ("Ville Nouvelle", "Fès", "30000"),
            ("Guéliz", "Marrakech", "40000"), ("Hay Salam", "Salé", "11100"),
            ("Hay El Farah", "Settat", "26000"), ("Al Alia", "Mohammedia", "28810")]
US_DEST = [("Grand Concourse Apt 5C", "Bronx", "NY", "10458"), ("Market St", "Paterson", "NJ", "07505"),
           ("Schaefer Rd", "Dearborn", "MI", "48126"), ("Sandalwood Blvd", "Columbus", "OH", "43229"),
           ("Duke St Apt 312", "Alexandria", "VA", "22304"), ("Bellaire Blvd #14", "Houston", "TX", "77036"),
           ("S 4th St", "Minneapolis", "MN", "55454"), ("Coney Island Ave", "Brooklyn", "NY", "11230"),
           ("Woodland Ave", "Philadelphia", "PA", "19142"), ("Sip Ave", "Jersey City", "NJ", "07306"),
           ("N Brookhurst St", "Anaheim", "CA", "92801"), ("Columbia Pike", "Arlington", "VA", "22204"),
           ("W Devon Ave", "Chicago", "IL", "60659"), ("Steinway St", "Astoria", "NY", "11103")]
VISA = ["IR1", "CR1", "IR2", "IR5", "F11", "F21", "F22", "F31", "F41", "DV1", "DV2", "IR3"]
EMAIL_DOM = ["gmail.com", "gmail.com", "yahoo.fr", "hotmail.com", "outlook.fr", "menara.ma", "live.fr"]
PUB_IP_PREF = ["105.66", "105.71", "41.250", "41.143", "196.206", "160.176", "102.50", "197.230",
               "41.92", "105.155"]

TODAY0 = dt.datetime(2024, 3, 11, 6, 0, 0)


def slug(s):
    rep = {"ï": "i", "é": "e", "è": "e", "ë": "e", "â": "a", "à": "a", "ç": "c", "ô": "o", "û": "u",
           "ê": "e", "'": "", " ": "", "-": ""}
    return "".join(rep.get(c, c) for c in s.lower())


def ma_phone():
    return rng.choice(["6", "6", "7"]) + digits(8)


class Person:
    pass


def mk_person(i):
    o = rng.choices(list(ORIGINS), weights=[v["w"] for v in ORIGINS.values()])[0]
    od = ORIGINS[o]
    p = Person()
    p.origin = o
    p.sex = rng.choice("MF")
    p.first = rng.choice(od["fm"] if p.sex == "M" else od["ff"])
    if p.sex == "F" and "lastf" in od:
        p.last = rng.choice(od["lastf"])
    else:
        p.last = rng.choice(od["last"])
    p.visa = rng.choice(VISA)
    if p.visa == "IR5" and rng.random() < 0.5:
        p.dob = dt.date(rng.randint(1929, 1934), rng.randint(1, 12), rng.randint(1, 28))
    elif p.visa in ("F21", "IR2", "DV2") and rng.random() < 0.6:
        p.dob = dt.date(rng.randint(2008, 2021), rng.randint(1, 12), rng.randint(1, 28))
    else:
        p.dob = dt.date(rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28))
    p.age = 2024 - p.dob.year - (1 if (p.dob.month, p.dob.day) > (3, 12) else 0)
    if p.visa.startswith("DV"):
        p.case = "2024AF" + digits(8)
    else:
        p.case = "CSB" + str(rng.choice([2022, 2023, 2023, 2024])) + digits(6)
    pp = {"MA": lambda: rng.choice(["U", "A", "B", "X", "Z"]) + rng.choice("ABCDEFHKLMNRTUXZ") + digits(7),
          "SN": lambda: "A" + digits(8), "ML": lambda: "B" + digits(7),
          "MR": lambda: "B" + digits(8), "SY": lambda: "N0" + digits(8),
          "CI": lambda: rng.choice(["OP", "20AC"]) + digits(6),
          "FR": lambda: digits(2) + rng.choice(["AB", "CK", "FT", "DH"]) + digits(5)}
    p.passport = pp[o]()
    p.pp_issue = dt.date(rng.randint(2016, 2023), rng.randint(1, 12), rng.randint(1, 28))
    p.pp_exp = p.pp_issue.replace(year=p.pp_issue.year + (5 if o == "MA" else 10))
    p.anum = ("A" + rng.choice(["2", "2", "3"]) + digits(8)) if rng.random() < 0.55 else None
    p.cin = (rng.choice(["BK", "BE", "BH", "A", "BJ", "C", "EE", "J"]) + digits(6)) if o == "MA" else None
    p.mrn = "CMAV-" + digits(6)
    p.emed = "EM" + digits(10)
    p.phone = ma_phone()
    ld = slug(p.last)
    fd = slug(p.first)
    p.email = rng.choice([fd + "." + ld, fd + ld + str(rng.randint(1, 99)), fd[0] + "." + ld,
                          ld + "_" + fd, fd + str(p.dob.year)]) + "@" + rng.choice(EMAIL_DOM)
    q = rng.choice(MA_QUART)
    p.street = "%d %s" % (rng.randint(1, 240), rng.choice(MA_STREETS))
    if rng.random() < 0.3:
        p.street = rng.choice(["Apt %d, " % rng.randint(1, 30), "Imm %d App %d, " % (rng.randint(1, 40), rng.randint(1, 20))]) + p.street
    p.quarter, p.city, p.postal = q
    us = rng.choice(US_DEST)
    p.us_street = "%d %s" % (rng.randint(10, 9999), us[0])
    p.us_city, p.us_state, p.us_zip = us[1], us[2], us[3]
    rel_o = ORIGINS[o]
    pet_sex = rng.choice("MF")
    p.pet_first = rng.choice(rel_o["fm"] if pet_sex == "M" else rel_o["ff"])
    p.pet_last = p.last if rng.random() < 0.6 else rng.choice(rel_o["last"])
    p.pet_rel = rng.choice({"M": ["spouse", "son", "father", "brother"], "F": ["spouse", "daughter", "mother", "sister"]}[pet_sex])
    p.pet_phone = "+1 %d-%03d-%04d" % (rng.choice([718, 347, 973, 313, 614, 703, 832, 612, 215, 201, 714, 773]),
                                        rng.randint(200, 989), rng.randint(0, 9999))
    p.pet_fax = "(%d) %03d-%04d" % (rng.choice([718, 973, 313, 703]), rng.randint(200, 989), rng.randint(0, 9999))
    p.ip = rng.choice(PUB_IP_PREF) + ".%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))
    p.amo = digits(9) if (o == "MA" and rng.random() < 0.6) else None
    p.dl = (rng.choice(["", ""]) + "%02d/%06d" % (rng.randint(1, 77), rng.randint(0, 999999))) if o == "MA" else None
    p.plate = "%d-%s-%d" % (rng.randint(1000, 99999), rng.choice(["A", "B", "D", "H", "W", "E"]), rng.choice([1, 6, 6, 8, 16, 33]))
    p.fb = rng.choice(["https://www.facebook.com/", "https://instagram.com/", "https://www.linkedin.com/in/"]) + \
        rng.choice([fd + "." + ld + str(rng.randint(1, 99)), ld + "-" + fd + "-" + hexs(6), fd + "_" + ld])
    p.name_ar = (AR_FIRST[p.first] + " " + AR_LAST[p.last]) if (p.first in AR_FIRST and p.last in AR_LAST) else None
    p.pm_serial = rng.choice(["PJN", "RNT", "NWR"]) + digits(6) + rng.choice(["H", "S", ""])
    p.pump_serial = "NG" + digits(7) + "H"
    p.appt = (TODAY0 + dt.timedelta(days=rng.randint(-6, 20))).date()
    return p


PEOPLE = [mk_person(i) for i in range(72)]


def person():
    return rng.choice(PEOPLE)


def nm(p, style=None):
    style = style or rng.choice(["FL", "FL", "LF", "LF", "L,F", "U,F", "init", "lower", "UU"])
    if style == "FL":
        return p.first + " " + p.last
    if style == "LF":
        return p.last.upper() + " " + p.first
    if style == "L,F":
        return p.last + ", " + p.first
    if style == "U,F":
        return p.last.upper() + ", " + p.first.upper()
    if style == "init":
        return p.first[0] + ". " + p.last
    if style == "lower":
        return (p.first + " " + p.last).lower()
    if style == "UU":
        return (p.first + " " + p.last).upper()
    raise ValueError(style)


def phone_fmt(p, style=None):
    n = p.phone  # 9 digits, national w/o 0
    style = style or rng.choice(["intl", "intl_sp", "nat", "nat_sp", "nat_dash", "00", "e164n"])
    if style == "intl":
        return "+212" + n
    if style == "intl_sp":
        return "+212 %s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:9])
    if style == "nat":
        return "0" + n
    if style == "nat_sp":
        return "0%s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:9])
    if style == "nat_dash":
        return "0%s-%s-%s-%s-%s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:9])
    if style == "00":
        return "00212" + n
    if style == "e164n":
        return "212" + n
    raise ValueError(style)


def anum_fmt(a):
    d = a[1:]
    return rng.choice([a, "A" + d, "A-%s-%s-%s" % (d[:3], d[3:6], d[6:]), "A %s %s %s" % (d[:3], d[3:6], d[6:]),
                       "%s-%s-%s" % (d[:3], d[3:6], d[6:])])


# --------------------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.t = TODAY0

    def tick(self, lo=5, hi=140):
        self.t += dt.timedelta(seconds=rng.randint(lo, hi), milliseconds=rng.randint(0, 999))
        if self.t.hour >= 19:
            self.t = (self.t + dt.timedelta(days=1)).replace(hour=6, minute=rng.randint(0, 20))
        return self.t


CLK = Clock()


def ts_iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def ts_l4n(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def ts_sql(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%02d" % (t.microsecond // 10000)


def ts_sys(t):
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


def today():
    return CLK.t.date()


def near(days_lo=-3, days_hi=21):
    return today() + dt.timedelta(days=rng.randint(days_lo, days_hi))


STAFF = ["dr.berrada", "dr.tazi", "inf.loubna", "rcp.sanae", "rcp.omar", "lab.mounir", "dr.morel"]
PHYS = ["Dr. Nadia Berrada", "Dr. Hicham Tazi", "Dr N. Berrada", "Dr H. Tazi"]
RADIO = ["Dr C. Morel", "Dr. Claire Morel", "Dr Y. Sebti"]
UA_MOB = ["Mozilla/5.0+(Linux;+Android+13;+SM-A145F)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.6261.105+Mobile+Safari/537.36",
          "Mozilla/5.0+(iPhone;+CPU+iPhone+OS+17_3_1+like+Mac+OS+X)+AppleWebKit/605.1.15+(KHTML,+like+Gecko)+Version/17.3+Mobile/15E148+Safari/604.1",
          "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.0.0+Safari/537.36",
          "Mozilla/5.0+(Linux;+Android+11;+Redmi+Note+9+Pro)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/121.0.6167.178+Mobile+Safari/537.36"]
UA_STAFF = "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64;+rv:123.0)+Gecko/20100101+Firefox/123.0"
PORTAL = "https://rdv.panelmed-anfa.ma"

# --------------------------------------------------------------------------- generators
_CYC = {}


def cyc(key, items):
    """round-robin over a once-shuffled copy of items (so rare templates are all used)."""
    st = _CYC.get(key)
    if st is None:
        order = list(items)
        rng.shuffle(order)
        st = _CYC[key] = [order, 0]
    v = st[0][st[1] % len(st[0])]
    st[1] += 1
    return v


# each returns list[Line]; phi=False must produce no spans


def g_iis(phi):
    t = CLK.tick()
    d = t.strftime("%Y-%m-%d %H:%M:%S")
    L = Line("iis_w3c")
    if not phi:
        k = cyc("noise1", list(range(9 + 1)))
        if k == 0:
            return [Line("iis_w3c").t("#Software: Microsoft Internet Information Services 10.0"),
                    Line("iis_w3c").t("#Version: 1.0"),
                    Line("iis_w3c").t("#Date: " + d),
                    Line("iis_w3c").t("#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken")]
        if k <= 3:
            return [L.t("%s 10.20.0.21 GET /health - 443 - 10.20.0.%d ELB-HealthChecker/2.0 - 200 0 0 %d" % (d, rng.choice([2, 3]), rng.randint(1, 6)))]
        if k <= 5:
            stem = rng.choice(["/bundles/jquery", "/bundles/bootstrap", "/Content/css", "/bundles/modernizr"])
            return [L.t("%s 10.20.0.21 GET %s v=%s 443 - 10.20.4.%d %s %s/Admin/Dashboard 200 0 0 %d" % (
                d, stem, b64rand(30).replace("+", "-").replace("/", "_").rstrip("="), rng.randint(20, 80), UA_STAFF, PORTAL, rng.randint(2, 40)))]
        if k <= 7:
            u = rng.choice(STAFF)
            return [L.t("%s 10.20.0.21 GET /Admin/Queue site=CASA-ANFA&day=%s 443 PANELMED\\%s 10.20.4.%d %s %s/Admin/Dashboard 200 0 0 %d" % (
                d, t.strftime("%Y-%m-%d"), u, rng.randint(20, 80), UA_STAFF, PORTAL, rng.randint(30, 400)))]
        stem = rng.choice(["/wp-login.php", "/.env", "/phpmyadmin/index.php", "/cgi-bin/luci", "/owa/auth/logon.aspx"])
        return [L.t("%s 10.20.0.21 GET %s - 443 - %d.%d.%d.%d Mozilla/5.0+zgrab/0.x - 404 0 2 %d" % (
            d, stem, rng.choice([45, 185, 194, 89]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254), rng.randint(1, 5)))]
    p = person()
    ua = rng.choice(UA_MOB)
    k = cyc("g_iis_phi", list(range(5)))
    L.t(d + " 10.20.0.21 ")
    if k == 0:
        L.t("GET /Appointment/Slots caseNumber=").p(p.case, "other_id").t("&post=CSB&lang=" + rng.choice(["fr", "en", "ar"]))
        L.t(" 443 - ").p(p.ip, "ip").t(" %s %s/ 200 0 0 %d" % (ua, PORTAL, rng.randint(40, 300)))
    elif k == 1:
        L.t("POST /Booking/Create - 443 ").p(p.email, "email").t(" ").p(p.ip, "ip")
        L.t(" %s %s/Appointment/Slots 302 0 0 %d" % (ua, PORTAL, rng.randint(80, 900)))
    elif k == 2:
        L.t("GET /Results/Status caseNumber=").p(p.case, "other_id").t("&passport=").p(p.passport, "other_id")
        L.t(" 443 - ").p(p.ip, "ip").t(" %s - 200 0 0 %d" % (ua, rng.randint(20, 200)))
    elif k == 3:
        e = p.email.replace("@", "%40")
        L.t("GET /Account/ResetPassword email=").p(e, "email").t("&token=" + hexs(32) + " 443 - ").p(p.ip, "ip")
        L.t(" %s - 200 0 0 %d" % (ua, rng.randint(20, 200)))
    else:
        L.t("GET /Applicant/Lookup lastName=").p(p.last.upper().replace(" ", "+"), "name").t("&dob=").p(fdate(p.dob, "iso"), "date")
        L.t("&visaClass=" + p.visa + " 443 - ").p(p.ip, "ip").t(" %s - 404 0 0 %d" % (ua, rng.randint(20, 200)))
    return [L]


L4N_LOGGERS = ["PanelMed.Web.Controllers.AppointmentController", "PanelMed.Web.Controllers.CheckInController",
               "PanelMed.Services.ApplicantService", "PanelMed.Services.ExamWorkflow", "PanelMed.Web.Global",
               "PanelMed.Jobs.SlotGenerator", "PanelMed.Services.EMedicalClient", "PanelMed.Web.Filters.ErrorFilter"]


def l4n_head(L, lvl, logger):
    t = CLK.tick()
    L.t("%s [%d] %-5s %s - " % (ts_l4n(t), rng.randint(4, 90), lvl, logger))


def g_l4n(phi):
    L = Line("log4net_mvc")
    if not phi:
        k = cyc("noise2", list(range(7 + 1)))
        if k == 0:
            l4n_head(L, "INFO", "PanelMed.Web.Global")
            L.t("Application_Start: PanelMed.Web v3.14.%d.%d (Release) on IIS APPPOOL\\PanelMedPortal, CLR 4.0.30319.42000" % (rng.randint(1, 9), rng.randint(1000, 1999)))
        elif k == 1:
            l4n_head(L, "INFO", "PanelMed.Jobs.SlotGenerator")
            L.t("Generated %d slots for %s site=CASA-ANFA (physicians=2, radiology=1) in %d ms" % (rng.choice([72, 96, 120]), near(7, 21).strftime("%Y-%m-%d"), rng.randint(40, 400)))
        elif k == 2:
            l4n_head(L, "WARN", "PanelMed.Services.EMedicalClient")
            L.t("eMedical API latency %d ms above threshold (p95=%d ms), correlationId=%s" % (rng.randint(2000, 6000), rng.randint(900, 1900), uid()))
        elif k == 3:
            l4n_head(L, "ERROR", "PanelMed.Web.Filters.ErrorFilter")
            L.t("System.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding. ClientConnectionId:%s Error Number:-2,State:0,Class:11" % uid())
        elif k == 4:
            l4n_head(L, "INFO", "Hangfire.Server.BackgroundServerProcess")
            L.t("Server web01:%d:%s successfully announced in %d.%d ms" % (rng.randint(1000, 9999), hexs(8), rng.randint(1, 40), rng.randint(0, 9)))
        elif k == 5:
            l4n_head(L, "DEBUG", "PanelMed.Web.Controllers.AppointmentController")
            L.t("OutputCache hit ratio %.2f over 5 min (hits=%d, misses=%d)" % (rng.random(), rng.randint(100, 900), rng.randint(10, 300)))
        elif k == 6:
            l4n_head(L, "INFO", "PanelMed.Services.ExamWorkflow")
            L.t("Daily queue: %d checked-in, %d x-ray done, %d awaiting physician, %d sputum pending (site CASA-ANFA)" % tuple(rng.randint(0, 60) for _ in range(4)))
        else:
            l4n_head(L, "WARN", "PanelMed.Web.Global")
            L.t("Certificate CN=rdv.panelmed-anfa.ma thumbprint %s expires in %d days" % (hexs(40).upper(), rng.randint(5, 40)))
        return [L]
    p = person()
    k = cyc("g_l4n_phi", list(range(7)))
    if k == 0:
        l4n_head(L, "INFO", "PanelMed.Web.Controllers.AppointmentController")
        L.t("Appointment booked CaseNumber=").p(p.case, "other_id").t(" Applicant='").p(nm(p, rng.choice(["U,F", "L,F"])), "name")
        L.t("' Slot=").p(fdate(p.appt, "dmy"), "date").t(" %02d:%s Site=CASA-ANFA VisaClass=%s Members=%d" % (rng.randint(7, 15), rng.choice(["00", "30"]), p.visa, rng.randint(1, 5)))
    elif k == 1:
        l4n_head(L, "WARN", "PanelMed.Services.ApplicantService")
        q = person()
        L.t("Duplicate booking attempt for passport ").p(p.passport, "other_id").t(" (existing case ").p(p.case, "other_id").t(", new request case ").p(q.case, "other_id").t(")")
    elif k == 2:
        l4n_head(L, "INFO", "PanelMed.Web.Controllers.CheckInController")
        L.t("Check-in ok: ").p(nm(p), "name").t(" id_type=")
        if p.cin and rng.random() < 0.5:
            L.t("CNIE id_no=").p(p.cin, "other_id")
        elif p.dl and rng.random() < 0.5:
            L.t("PERMIS_CONDUIRE id_no=").p(p.dl, "license")
        else:
            L.t("PASSPORT id_no=").p(p.passport, "other_id")
        L.t(" face_match=%.2f operator=%s" % (rng.uniform(0.8, 0.99), rng.choice(STAFF[2:5])))
    elif k == 3 and p.anum:
        l4n_head(L, "ERROR", "PanelMed.Services.ApplicantService")
        wrong = p.dob + dt.timedelta(days=1)
        L.t("Update failed for A-Number ").p(anum_fmt(p.anum), "other_id").t(": DOB mismatch (DS-260: ").p(fdate(p.dob, "dmy"), "date")
        L.t(", passport MRZ: ").p(fdate(wrong, "iso"), "date").t(")")
    elif k == 4:
        l4n_head(L, "INFO", "PanelMed.Services.ExamWorkflow")
        L.t("Exam status Pending -> PhysicianReview for case ").p(p.case, "other_id").t(" (chart ").p(p.mrn, "mrn").t(") by %s" % rng.choice(STAFF[:2]))
    elif k == 5:
        p = pick("F", "fertile")
        l4n_head(L, "WARN", "PanelMed.Services.ExamWorkflow")
        lmp = today() - dt.timedelta(days=rng.randint(30, 120))
        L.t("CXR deferred (pregnancy) case=").p(p.case, "other_id").t(" applicant=").p(nm(p, "FL"), "name").t(" LMP=").p(fdate(lmp, "iso"), "date").t(" -> IGRA + shielded CXR after delivery")
    else:
        l4n_head(L, "INFO", "PanelMed.Services.EMedicalClient")
        L.t("Submitted DS-2054 for eMedicalId=").p(p.emed, "other_id").t(" case=").p(p.case, "other_id").t(" status=ACCEPTED submissionId=" + uid())
    return [L]


def g_evt(phi):
    t = CLK.tick()
    L = Line("win_eventlog")
    head = "%s WEB01 Application ASP.NET 4.0.30319.0 EventID=1309 Level=Warning " % t.strftime("%Y-%m-%dT%H:%M:%S")
    L.t(head + "Event code: 3005\\r\\nEvent message: An unhandled exception has occurred.\\r\\nEvent time: %s\\r\\nEvent ID: %s\\r\\n" % (
        t.strftime("%d/%m/%Y %H:%M:%S"), hexs(32)))
    L.t("Application information:\\r\\n    Application domain: /LM/W3SVC/2/ROOT-1-%d\\r\\n    Trust level: Full\\r\\n" % rng.randint(133000000000000000, 133999999999999999))
    if not phi:
        L.t("Process information:\\r\\n    Process name: w3wp.exe\\r\\n    Account name: IIS APPPOOL\\PanelMedPortal\\r\\n")
        k = cyc("evt_noise", [0, 1, 2])
        if k == 0:
            L.t("Exception information:\\r\\n    Exception type: HttpException\\r\\n    Exception message: The controller for path '/apple-touch-icon.png' was not found or does not implement IController.\\r\\n")
            L.t("Request information:\\r\\n    Request URL: %s/apple-touch-icon.png\\r\\n    User host address: 10.20.0.2\\r\\n    Is authenticated: False" % PORTAL)
        elif k == 1:
            L.t("Exception information:\\r\\n    Exception type: HttpException\\r\\n    Exception message: A potentially dangerous Request.Path value was detected from the client (:).\\r\\n")
            L.t("Request information:\\r\\n    Request URL: %s/Content/..%%3A..%%3Aweb.config\\r\\n    User host address: 185.%d.%d.%d\\r\\n    Is authenticated: False" % (PORTAL, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)))
        else:
            L.t("Exception information:\\r\\n    Exception type: ViewStateException\\r\\n    Exception message: Validation of viewstate MAC failed. If this application is hosted by a Web Farm or cluster, ensure that <machineKey> configuration specifies the same validationKey and validation algorithm.\\r\\n")
            L.t("Request information:\\r\\n    Request URL: %s/Admin/Reports.aspx\\r\\n    User host address: 10.20.4.%d\\r\\n    User: PANELMED\\%s\\r\\n    Is authenticated: True" % (PORTAL, rng.randint(20, 80), rng.choice(STAFF)))
        return [L]
    p = person()
    L.t("Exception information:\\r\\n    Exception type: InvalidOperationException\\r\\n    Exception message: Sequence contains no elements\\r\\n")
    L.t("Request information:\\r\\n    Request URL: %s/Results/Status?caseNumber=" % PORTAL).p(p.case, "other_id").t("&dob=").p(fdate(p.dob, "dmy"), "date")
    L.t("\\r\\n    Request path: /Results/Status\\r\\n    User host address: ").p(p.ip, "ip").t("\\r\\n    User: \\r\\n    Is authenticated: False")
    return [L]


def g_errorlog(phi):
    t = CLK.tick()
    if not phi:
        k = cyc("noise3", list(range(5 + 1)))
        L = Line("mssql_errorlog")
        if k == 0:
            L.t("%s Backup      Database backed up. Database: PanelMed, creation date(time): 2021/06/03(10:11:52), pages dumped: %d, first LSN: %d:%d:%d, last LSN: %d:%d:%d, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {'\\\\nas01\\sqlbackup\\PanelMed_FULL_%s.bak'}). This is an informational message only. No user action is required." % (
                ts_sql(t), rng.randint(300000, 500000), rng.randint(9000, 9999), rng.randint(100, 999), 37, rng.randint(9000, 9999), rng.randint(100, 999), 1, t.strftime("%Y%m%d")))
        elif k == 1:
            L.t("%s Logon       Login failed for user 'svc_reports'. Reason: Password did not match that for the login provided. [CLIENT: 10.20.3.%d]" % (ts_sql(t), rng.randint(2, 250)))
        elif k == 2:
            L.t("%s spid%ds     CHECKDB for database 'PanelMed' finished without errors on %s (local time). This is an informational message only; no user action is required." % (ts_sql(t), rng.randint(10, 40), (t - dt.timedelta(days=1)).strftime("%Y-%m-%d 02:30:01.120")))
        elif k == 3:
            L.t("%s spid%d      Setting database option RECOVERY to FULL for database 'PanelMedReporting'." % (ts_sql(t), rng.randint(51, 90)))
        elif k == 4:
            L.t("%s Server      SQL Server is now ready for client connections. This is an informational message; no user action is required." % ts_sql(t))
        else:
            L.t("%s spid%ds     Error: 17830, Severity: 20, State: 11." % (ts_sql(t), rng.randint(10, 40)))
        return [L]
    p = person()
    sp = "spid%ds" % rng.randint(10, 40)
    pre = ts_sql(t) + " " + sp + "     "
    pid = "process" + hexs(11)
    out = []
    for s in ["deadlock-list", " deadlock victim=" + pid, "  process-list",
              "   process id=%s taskpriority=0 logused=%d waitresource=KEY: 7:%d (%s) waittime=%d ownerId=%d transactionname=user_transaction lasttranstarted=%s XDES=0x%s lockMode=U schedulerid=2 kpid=%d status=suspended spid=%d sbid=0 ecid=0 priority=0 trancount=2 clientapp=.Net SqlClient Data Provider hostname=WEB01 loginname=PANELMED\\svc_web isolationlevel=read committed (2)" % (
                  pid, rng.randint(0, 999), rng.randint(72057594040000000, 72057594049999999), hexs(12), rng.randint(1000, 5000), rng.randint(1000000, 9999999), t.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3], hexs(12), rng.randint(1000, 9999), rng.randint(51, 99)),
              "    inputbuf"]:
        out.append(Line("mssql_errorlog").t(pre + s))
    L = Line("mssql_errorlog").t(pre + "     ")
    if rng.random() < 0.5:
        L.t("exec dbo.usp_MarkExamComplete @CaseNumber=N'").p(p.case, "other_id").t("',@PhysicianId=%d,@ClassCode=N'%s'" % (rng.randint(1, 4), rng.choice(["NONE", "B1TB", "B2LTBI", "BOTHER"])))
    else:
        L.t("UPDATE dbo.Applicant SET ExamStatus=3 WHERE PassportNo=N'").p(p.passport, "other_id").t("' AND Surname=N'").p(p.last.upper(), "name").t("'")
    out.append(L)
    return out


def g_ef6(phi):
    t = CLK.tick(1, 5)
    tf = t.strftime("%d/%m/%Y %H:%M:%S +00:00")
    out = [Line("ef6_sql").t("Opened connection at " + tf)]
    if not phi:
        d = near(0, 14)
        out.append(Line("ef6_sql").t("SELECT COUNT(1) AS [A1] FROM [dbo].[Slot] AS [Extent1] WHERE ([Extent1].[SiteCode] = @p__linq__0) AND ([Extent1].[SlotDate] = @p__linq__1) AND ([Extent1].[IsBooked] = 0)"))
        out.append(Line("ef6_sql").t("-- p__linq__0: 'CASA-ANFA' (Type = String, Size = 4000)"))
        out.append(Line("ef6_sql").t("-- p__linq__1: '%s 00:00:00' (Type = DateTime2)" % d.strftime("%d/%m/%Y")))
        out.append(Line("ef6_sql").t("-- Completed in %d ms with result: SqlDataReader" % rng.randint(1, 60)))
        out.append(Line("ef6_sql").t("Closed connection at " + tf))
        return out
    p = person()
    if rng.random() < 0.5:
        out.append(Line("ef6_sql").t("SELECT TOP (2) [Extent1].[ApplicantId] AS [ApplicantId], [Extent1].[CaseNumber] AS [CaseNumber], [Extent1].[Surname] AS [Surname], [Extent1].[GivenNames] AS [GivenNames], [Extent1].[DateOfBirth] AS [DateOfBirth] FROM [dbo].[Applicant] AS [Extent1] WHERE [Extent1].[CaseNumber] = @p__linq__0"))
        out.append(Line("ef6_sql").t("-- p__linq__0: '").p(p.case, "other_id").t("' (Type = String, Size = 4000)"))
    else:
        out.append(Line("ef6_sql").t("INSERT [dbo].[Applicant]([CaseNumber], [Surname], [GivenNames], [DateOfBirth], [PassportNo], [Phone], [ChartNo], [CreatedBy]) VALUES (@0, @1, @2, @3, @4, @5, @6, @7)"))
        out.append(Line("ef6_sql").t("-- @0: '").p(p.case, "other_id").t("' (Type = String, Size = 20)"))
        out.append(Line("ef6_sql").t("-- @1: '").p(p.last.upper(), "name").t("' (Type = String, Size = 100)"))
        out.append(Line("ef6_sql").t("-- @2: '").p(p.first.upper(), "name").t("' (Type = String, Size = 100)"))
        out.append(Line("ef6_sql").t("-- @3: '").p(p.dob.strftime("%d/%m/%Y") + " 00:00:00", "date").t("' (Type = DateTime2)"))
        out.append(Line("ef6_sql").t("-- @4: '").p(p.passport, "other_id").t("' (Type = String, Size = 20)"))
    out.append(Line("ef6_sql").t("-- Executing at " + tf))
    out.append(Line("ef6_sql").t("-- Completed in %d ms with result: %s" % (rng.randint(1, 40), rng.choice(["SqlDataReader", "1"]))))
    out.append(Line("ef6_sql").t("Closed connection at " + tf))
    return out


VACC = [("MMR", "Measles-Mumps-Rubella"), ("TDAP", "Tetanus-Diphtheria-Pertussis"), ("POLIO", "Polio (IPV/OPV)"),
        ("HEPB", "Hepatitis B"), ("VAR", "Varicella"), ("FLU", "Influenza"), ("PCV", "Pneumococcal"),
        ("HIB", "Haemophilus influenzae type b"), ("HEPA", "Hepatitis A"), ("COVID19", "COVID-19")]


def g_ds3025(phi):
    t = CLK.tick()
    L = Line("ds3025_xml")
    L.t("%s [eMedicalSync] " % ts_l4n(t))
    if not phi:
        k = cyc("noise4", list(range(2 + 1)))
        if k == 0:
            L.t('OUTBOUND schema check ok: <?xml version="1.0" encoding="utf-8"?><SchemaInfo form="DS-3025" version="2023.2" xsd="ds3025_v2023_2.xsd" sha256="%s"/>' % hexs(64))
        elif k == 1:
            L.t('INBOUND <Ack xmlns="urn:emedical:ack:v1"><SubmissionId>%s</SubmissionId><Status>ACCEPTED</Status><Warnings count="0"/></Ack>' % uid())
        else:
            L.t('INBOUND <Fault><Code>EM-503</Code><Reason>Service temporarily unavailable, retry after 120 s</Reason><TraceId>%s</TraceId></Fault>' % hexs(32))
        return [L]
    p = person()
    L.t('OUTBOUND <?xml version="1.0" encoding="utf-8"?><DS3025 xmlns="urn:state:ca:ds3025" version="2023.2"><Applicant>')
    L.t("<CaseNumber>").p(p.case, "other_id").t("</CaseNumber><Surname>").p(p.last.upper(), "name").t("</Surname><GivenNames>").p(p.first.upper(), "name").t("</GivenNames>")
    if p.name_ar and rng.random() < 0.7:
        L.t('<NativeName script="Arab">').p(p.name_ar, "name").t("</NativeName>")
    L.t("<DateOfBirth>").p(fdate(p.dob, "iso"), "date").t("</DateOfBirth><Sex>%s</Sex>" % p.sex)
    L.t("<PassportNumber>").p(p.passport, "other_id").t("</PassportNumber>")
    if p.anum:
        L.t("<AlienNumber>").p(p.anum, "other_id").t("</AlienNumber>")
    L.t("</Applicant><Vaccinations>")
    for code, lab in rng.sample(VACC, rng.randint(2, 4)):
        if code == "FLU" and rng.random() < 0.6:
            L.t('<Vaccine code="FLU"><Waiver type="Blanket" reason="NotInSeason"/></Vaccine>')
            continue
        if code == "VAR" and rng.random() < 0.5:
            L.t('<Vaccine code="VAR"><LabEvidence test="VZV IgG" result="Immune" date="').p(fdate(near(-10, 0), "iso"), "date").t('"/></Vaccine>')
            continue
        L.t('<Vaccine code="%s" name="%s">' % (code, lab))
        if p.age < 15:
            dd = p.dob + dt.timedelta(days=rng.randint(60, 400))
        else:
            dd = today() - dt.timedelta(days=rng.randint(200, 3000))
        for seq in range(1, rng.randint(2, 4)):
            dd = min(dd, today())
            src = "AdministeredByPanel" if dd == today() else "Documented"
            L.t('<Dose seq="%d" date="' % seq).p(fdate(dd, "iso"), "date").t('" source="%s"/>' % src)
            dd = dd + dt.timedelta(days=rng.randint(28, 400))
        L.t("</Vaccine>")
    L.t("<Physician panelSiteId=\"MA-CAS-003\">%s</Physician></Vaccinations></DS3025>" % rng.choice(PHYS))
    return [L]


TB_CLASS = ["No Class", "No Class", "No Class", "Class B1 TB, Pulmonary", "Class B2 TB, LTBI Evaluation",
            "Class B1 TB, Extrapulmonary", "Class A TB with Waiver"]


def g_ds2054(phi):
    t = CLK.tick()
    L = Line("ds2054_json")
    if not phi:
        L.t(json.dumps({"ts": ts_iso(t), "level": "info", "svc": "emedical-bridge", "msg": "DS-2054 response",
                        "submissionId": uid(), "status": rng.choice(["ACCEPTED", "QUEUED"]), "httpStatus": 202,
                        "elapsedMs": rng.randint(80, 2500), "traceparent": "00-%s-%s-01" % (hexs(32), hexs(16))}, separators=(",", ":")))
        return [L]
    p = person()
    exam = near(-5, 0)
    cxr = exam if rng.random() < 0.8 else exam + dt.timedelta(days=1)
    cls = rng.choice(TB_CLASS)
    L.t('{"ts":"%s","level":"info","svc":"emedical-bridge","msg":"DS-2054 submit","payload":{"formType":"DS-2054","formVersion":"2023.2",' % ts_iso(t))
    L.t('"caseNumber":"').p(p.case, "other_id").t('","eMedicalId":"').p(p.emed, "other_id").t('","applicant":{"familyName":"').p(p.last, "name")
    L.t('","givenName":"').p(p.first, "name").t('","dateOfBirth":"').p(fdate(p.dob, "iso"), "date").t('","sex":"%s",' % p.sex)
    L.t('"passportNumber":"').p(p.passport, "other_id").t('","passportExpiry":"').p(fdate(p.pp_exp, "iso"), "date").t('"')
    if p.anum:
        L.t(',"alienNumber":"').p(p.anum, "other_id").t('"')
    if p.age > 89:
        L.t(',"ageAtExam":').p(str(p.age), "age")
    L.t(',"visaClass":"%s"},' % p.visa)
    L.t('"examDate":"').p(fdate(exam, "iso"), "date").t('","panelPhysician":{"name":"%s","panelSiteId":"MA-CAS-003"},' % rng.choice(PHYS[:2]))
    L.t('"tb":{"cxrDate":"').p(fdate(cxr, "iso"), "date").t('","cxrFinding":"%s","sputumRequired":%s,"classification":"%s"},' % (
        "Normal" if cls == "No Class" else "Abnormal - findings suggestive of TB", "false" if cls == "No Class" else "true", cls))
    if rng.random() < 0.15:
        L.t('"implantedDevices":[{"type":"pacemaker","serial":"').p(p.pm_serial, "device").t('"}],')
    L.t('"usDestination":{"street":"').p(p.us_street, "address").t('","city":"').p(p.us_city, "address").t('","state":"%s","zip":"' % p.us_state).p(p.us_zip, "zip").t('"}}}')
    return [L]


def g_lab(phi):
    t = CLK.tick()
    fam = "lab_csv"
    if not phi:
        k = cyc("noise5", list(range(3 + 1)))
        if k == 0:
            return [Line(fam).t("accession,collected_on,chart_no,nom,prenom,ddn,specimen,smear_zn,culture_mgit,ttp_days,reported_on")]
        if k == 1:
            return [Line(fam).t("QC-H37Rv-%s,%s,,,,,control,POS 2+,POS,%d,%s" % (t.strftime("%m%d"), t.strftime("%Y-%m-%d"), rng.randint(6, 12), t.strftime("%Y-%m-%d")))]
        if k == 2:
            return [Line(fam).t("# BACTEC MGIT 960 SN 96%s export %s; tubes in protocol=%d; positives flagged=%d; instrument temp=37.0C" % (digits(4), t.strftime("%Y-%m-%dT%H:%M"), rng.randint(80, 400), rng.randint(0, 4)))]
        return [Line(fam).t("LIS|BATCH|%s|rows=%d|checksum=%s|lab=Laboratoire Anfa Biologie|sender=lab.mounir" % (uid()[:8].upper(), rng.randint(5, 60), hexs(8)))]
    p = person()
    col = near(-60, -1)
    rep = min(col + dt.timedelta(days=rng.randint(1, 56)), today())
    L = Line(fam)
    smear = rng.choice(["NEG", "NEG", "NEG", "POS 1+", "SCANTY"])
    cult = rng.choice(["NEG", "NEG", "PENDING", "POS MTBC", "NTM"])
    acc = "SP%s-%05d" % (col.strftime("%y"), rng.randint(1, 99999))
    if rng.random() < 0.6:
        L.p(acc, "other_id").t(",").p(col.strftime("%Y-%m-%d"), "date").t(",").p(p.mrn, "mrn").t(",").p(p.last.upper(), "name").t(",").p(p.first, "name").t(",")
        L.p(fdate(p.dob, "dmy"), "date").t(",sputum #%d,%s,%s,%s," % (rng.randint(1, 3), smear, cult, "" if cult in ("NEG", "PENDING") else rng.randint(8, 30)))
        if cult == "PENDING":
            L.t("")
        else:
            L.p(rep.strftime("%Y-%m-%d"), "date")
    else:
        L.t("LIS|RES|").p(acc, "other_id").t("|").p(p.case, "other_id").t("|").p(nm(p, "U,F").replace(", ", "^"), "name").t("|")
        L.p(fdate(p.dob, "ymd8"), "date").t("|AFB CULTURE|%s|%s|" % (cult, "ok")).p(rep.strftime("%Y%m%d"), "date")
    return [L]


def g_hl7(phi):
    t = CLK.tick()
    ts = t.strftime("%Y%m%d%H%M%S")
    mid = "MSG%07d" % rng.randint(1, 9999999)
    msh = Line("hl7_oru").t("MSH|^~\\&|RIS_ANFA|CMAV|PANELMED|CMAV|%s||ORU^R01^ORU_R01|%s|P|2.5.1|||AL|NE|MAR|UNICODE UTF-8" % (ts, mid))
    if not phi:
        return [msh, Line("hl7_oru").t("MSA|AA|%s|Message accepted" % mid)] if rng.random() < 0.5 else \
            [Line("hl7_oru").t("MSH|^~\\&|PANELMED|CMAV|RIS_ANFA|CMAV|%s||ACK^R01^ACK|ACK%s|P|2.5.1" % (ts, mid[3:])),
             Line("hl7_oru").t("MSA|AA|%s" % mid)]
    p = person()
    pid = Line("hl7_oru").t("PID|1||").p(p.mrn, "mrn").t("^^^CMAV^MR~").p(p.case, "other_id").t("^^^NVC^VN||")
    pid.p(p.last.upper(), "name").t("^").p(p.first.upper(), "name").t("^^^||").p(fdate(p.dob, "ymd8"), "date").t("|%s|||" % p.sex)
    pid.p(p.street.replace(",", ""), "address").t("^^").p(p.city, "address").t("^^").p(p.postal, "zip").t("^MA||^PRN^CP^^212^").p(p.phone, "phone")
    acc = "RX%s-%06d" % (t.strftime("%y%m"), rng.randint(1, 999999))
    obs = t - dt.timedelta(minutes=rng.randint(10, 90))
    obr = Line("hl7_oru").t("OBR|1|ORD%s|" % digits(7)).p(acc, "other_id").t("|71046^XR CHEST 2 VIEWS^CPT|||").p(obs.strftime("%Y%m%d%H%M"), "date")
    obr.t("|||||||||^%s||||||%s|F" % (rng.choice(RADIO).replace("Dr. ", "").replace("Dr ", ""), ts))
    find = rng.choice(["No radiographic abnormality. Heart size normal.",
                       "Fibrotic scarring right upper lobe with volume loss; findings may represent inactive TB. Sputum recommended.",
                       "Calcified granuloma left mid zone, no other abnormality (Class 4 finding, no follow-up required).",
                       "Pleural thickening right apex\\.br\\Small nodule 6 mm RLL. Compare with prior films if available."])
    obx = Line("hl7_oru").t("OBX|1|TX|18748-4^Diagnostic imaging study^LN||%s||||||F|||%s" % (find, ts))
    return [msh, pid, obr, obx]


def g_kiosk(phi):
    t = CLK.tick()
    L = Line("kiosk_json")
    kid = rng.choice(["PK-ANFA-01", "PK-ANFA-02", "FP-ANFA-01"])
    if not phi:
        k = cyc("noise6", list(range(2 + 1)))
        if k == 0:
            L.t(json.dumps({"ts": ts_iso(t), "kiosk": kid, "event": "heartbeat", "cpu": round(rng.uniform(3, 60), 1),
                            "memMb": rng.randint(900, 3800), "camera": "Canon EOS 2000D", "cameraSerial": "0%s" % digits(11),
                            "fw": "2.%d.%d" % (rng.randint(0, 9), rng.randint(0, 20)), "ip": "10.20.6.%d" % rng.randint(10, 40)}, separators=(",", ":")))
        elif k == 1:
            L.t(json.dumps({"ts": ts_iso(t), "kiosk": "FP-ANFA-01", "event": "device.calibrated", "device": "U.are.U 4500",
                            "deviceSerial": "URU4500-%s" % hexs(6).upper(), "driver": "DigitalPersona 3.4.1.%d" % rng.randint(100, 999), "result": "OK"}, separators=(",", ":")))
        else:
            L.t(json.dumps({"ts": ts_iso(t), "kiosk": kid, "event": "session.timeout", "sessionId": uid(), "idleSec": 120}, separators=(",", ":")))
        return [L]
    p = person()
    L.t('{"ts":"%s","kiosk":"%s",' % (ts_iso(t), kid))
    if kid.startswith("PK"):
        L.t('"event":"photo.captured","caseNumber":"').p(p.case, "other_id").t('","subject":"').p(nm(p, "UU"), "name")
        L.t('","icao":{"score":%.2f,"eyesOpen":true,"background":"uniform"},"image":"data:image/jpeg;base64,' % rng.uniform(0.7, 0.99))
        L.p("/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAA" + b64rand(rng.randint(90, 160)).rstrip("="), "photo").t('"}')
    else:
        L.t('"event":"fp.enroll","applicant":"').p(p.case, "other_id").t('","device":"U.are.U 4500","finger":"%s","nfiq":%d,"format":"ISO19794-2","template":"' % (
            rng.choice(["R_INDEX", "L_INDEX", "R_THUMB", "L_THUMB"]), rng.randint(1, 4)))
        L.p(base64.b64encode(b"FMR\x00 20\x00" + bytes(rng.getrandbits(8) for _ in range(rng.randint(60, 110)))).decode(), "biometric")
        if rng.random() < 0.4:
            L.t('","minutiaeHash":"').p(hexs(64), "biometric")
        L.t('"}')
    return [L]


def g_courier(phi):
    t = CLK.tick()
    mf = "AMX-%s-%02d" % (t.strftime("%Y%m%d"), rng.randint(1, 9))
    if not phi:
        k = cyc("noise7", list(range(2 + 1)))
        if k == 0:
            return [Line("courier_manifest").t("MANIFEST_OPEN|%s|route=ANFA->USCG-CASA|carrier=Amana Express|vehicle=Renault Kangoo %d-A-6|agent=R. Ouhadi|tel=+212 522 20 %02d %02d" % (
                mf, rng.randint(10000, 99999), rng.randint(0, 99), rng.randint(0, 99)))]
        if k == 1:
            return [Line("courier_manifest").t("MANIFEST_CLOSE|%s|envelopes=%d|films=%d|handed_over=%s|received_by=IV Unit mailroom|sig=sha256:%s" % (
                mf, rng.randint(5, 30), rng.randint(5, 40), t.strftime("%H:%M"), hexs(64)))]
        return [Line("courier_manifest").t("SEAL_STOCK|batch=SL-%05d..SL-%05d|issued_to=reception|count=200" % ((lambda a: (a, a + 199))(rng.randint(40000, 49000))))]
    p = person()
    exam = near(-7, 0)
    L = Line("courier_manifest").t("ITEM|%s|seal=SL-%05d|case=" % (mf, rng.randint(40000, 49999))).p(p.case, "other_id")
    L.t("|applicant=").p(nm(p, "LF"), "name").t("|dob=").p(fdate(p.dob, "dmy"), "date").t("|exam=").p(fdate(exam, "dmy"), "date")
    L.t("|envelopes=1|xray_films=%d|cd=%s|class=%s" % (rng.randint(0, 2), rng.choice(["Y", "N"]), rng.choice(["NONE", "B1", "B2", "BOTHER"])))
    if rng.random() < 0.35:
        L.t("|hand_carry=Y|collected_by=").p(nm(p, "FL"), "name").t("|id=").p(p.passport, "other_id")
    return [L]


def g_cmi(phi):
    t = CLK.tick()
    L = Line("cmi_payment")
    oid = "PM%s%05d" % (t.strftime("%y%m%d"), rng.randint(1, 99999))
    if not phi:
        k = cyc("noise8", list(range(2 + 1)))
        if k == 0:
            L.t("%s INFO  PanelMed.Payments.CmiSettlement - settlement batch %s count=%d total=%.2f MAD fees=%.2f file=CMI_STL_600002431_%s.csv" % (
                ts_l4n(t), (t - dt.timedelta(days=1)).strftime("%Y%m%d"), rng.randint(20, 90), rng.randint(40, 200) * 1150.0, rng.uniform(300, 3000), (t - dt.timedelta(days=1)).strftime("%Y%m%d")))
        elif k == 1:
            L.t("%s WARN  PanelMed.Payments.CmiCallback - HASH mismatch for oid=%s (storetype=3D_PAY_HOSTING, hashAlgorithm=ver3) - ignored, will poll status" % (ts_l4n(t), oid))
        else:
            L.t("%s INFO  PanelMed.Payments.Tariff - tariff loaded: adult=2300.00 MAD, child<15=1650.00 MAD, vaccine_MMR=380.00 MAD, vaccine_VAR=520.00 MAD, IGRA=900.00 MAD (v2024-01)" % ts_l4n(t))
        return [L]
    p = person()
    payer_is_pet = rng.random() < 0.3
    k = cyc("g_cmi_phi", list(range(4)))
    L.t("%s INFO  PanelMed.Payments.CmiCallback - " % ts_l4n(t))
    if k <= 1:
        brand, pan = rng.choice([("MasterCard", luhn("5413")), ("VISA", luhn("4" + digits(5))), ("CMI", luhn("6" + digits(5)))])
        L.t("callback clientid=600002431 oid=%s amount=%s currency=504 ProcReturnCode=00 Response=Approved AuthCode=%s TransId=%s maskedCreditCard=%s EXTRA.CARDBRAND=%s " % (
            oid, rng.choice(["2300.00", "1650.00", "2680.00", "3200.00", "900.00"]), "P" + digits(5), digits(5) + "K" + hexs(7).upper(), pan[:6] + "******" + pan[-4:], brand))
        L.t("BillToName=").p(nm(p, "FL") if not payer_is_pet else p.pet_first + " " + p.pet_last, "name").t(" email=").p(p.email, "email").t(" tel=").p(phone_fmt(p), "phone")
        L.t(" ref=").p(p.case, "other_id")
    elif k == 2:
        pan = luhn("4" + digits(5))
        L.t("DEBUG raw form: pan=").p(pan, "account").t("&Ecom_Payment_Card_ExpDate_Year=%d&Ecom_Payment_Card_ExpDate_Month=%02d&BillToName=" % (rng.randint(25, 29), rng.randint(1, 12)))
        L.p(nm(p, "UU").replace(" ", "+"), "name").t("&oid=%s (masking filter bypassed, ticket SEC-%d)" % (oid, rng.randint(100, 999)))
    else:
        rib = "%03d %03d %016d %02d" % (rng.choice([7, 11, 22, 145, 190, 230]), rng.randint(100, 999), rng.randint(10 ** 15, 10 ** 16 - 1), rng.randint(1, 97))
        L.t("refund requested oid=%s amount=%s MAD reason=duplicate_payment beneficiary=" % (oid, rng.choice(["2300.00", "1650.00"]))).p(nm(p, "LF"), "name")
        L.t(" RIB=").p(rib, "account").t(" case=").p(p.case, "other_id")
    return [L]


def g_kannel(phi):
    t = CLK.tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S")
    smsc = rng.choice(["iam_smpp", "inwi_smpp", "orange_ma"])
    L = Line("kannel_sms")
    if not phi:
        k = cyc("noise9", list(range(2 + 1)))
        if k == 0:
            L.t("%s [%d] [%d] INFO: SMSC [%s] connection established, bind_transceiver system_id=PANELMED" % (ts, rng.randint(1000, 9999), rng.randint(1, 9), smsc))
        elif k == 1:
            L.t("%s [%d] [%d] INFO: Store-file size %d, cleaning up..." % (ts, rng.randint(1000, 9999), rng.randint(1, 9), rng.randint(0, 40)))
        else:
            L.t("%s Sent SMS [SMSC:%s] [SVC:panelmed] [ACT:] [BINF:] [FID:%s] [META:?smpp?] [from:PANELMED] [to:+212522364180] [flags:-1:0:-1:0:-1] [msg:24:Test quotidien passerelle] [udh:0:]" % (ts, smsc, hexs(8)))
        return [L]
    p = person()
    ap = p.appt
    hh = "%02dh%s" % (rng.randint(7, 14), rng.choice(["00", "30"]))
    tmpls = [("Rappel: visite medicale visa le {D} a %s, Centre Medical Anfa Visa. Dossier {C}. Apportez passeport et carnet de vaccination." % hh),
             ("{N}: votre RDV visite medicale est confirme pour le {D} %s. Ref {C}" % hh),
             ("Reminder: your immigrant visa medical exam is on {D} at %s. Case {C}. Bring passport + 4 photos." % hh),
             ("Vos resultats de crachats sont prets. {N}, merci de passer le {D} avant 12h. Dossier {C}"),
             ("Salam {N}, l'maw3id dyalek f {D} m3a %s. Dossier {C}" % hh)]
    tm = rng.choice(tmpls)
    msgL = Line("tmp")
    msgL.fill(tm, {"D": (fdate(ap, rng.choice(["dmy", "dMy", "fr", "iso"])), "date"), "C": (p.case, "other_id"),
                   "N": (rng.choice([p.first, nm(p, "FL"), nm(p, "UU")]), "name")})
    msg = msgL.text()
    L.t("%s Sent SMS [SMSC:%s] [SVC:panelmed] [ACT:] [BINF:] [FID:%s] [META:?smpp?] [from:PANELMED] [to:" % (ts, smsc, hexs(8)))
    L.p(phone_fmt(p, rng.choice(["intl", "e164n"])), "phone").t("] [flags:-1:0:-1:0:-1] [msg:%d:" % len(msg.encode("utf-8")))
    base = L.n
    L.t(msg)
    for sp in msgL.spans:
        L.spans.append({"s": base + sp["s"], "e": base + sp["e"], "cat": sp["cat"], "v": sp["v"]})
    L.t("] [udh:0:]")
    return [L]


def g_py(phi):
    t = CLK.tick()
    fam = "py_report"
    mods = ["reports.tb_weekly", "reports.edn_export", "reports.vacc_coverage", "reports.liaison_sync"]
    h = "%s %s [%s:%d] " % (ts_l4n(t), "%s", rng.choice(mods), rng.randint(20, 400))
    if not phi:
        k = cyc("noise10", list(range(4 + 1)))
        L = Line(fam)
        if k == 0:
            L.t(h % "INFO" + "Wrote %d rows to /srv/reports/%s/vacc_coverage.csv (sha1 %s)" % (rng.randint(10, 300), t.strftime("%G-W%V"), hexs(40)))
        elif k == 1:
            L.t(h % "INFO" + "python 3.10.12, pandas 2.1.4, pyodbc 5.0.1; DRIVER={ODBC Driver 18 for SQL Server};SERVER=sql01.panelmed.local;DATABASE=PanelMedReporting;Encrypt=yes")
        elif k == 2:
            L.t(h % "INFO" + "B1/B2 summary week %s: exams=%d B1=%d B2=%d B_other=%d sputum_pos=%d (%.1f%%)" % (
                t.strftime("%G-W%V"), rng.randint(100, 300), rng.randint(0, 9), rng.randint(0, 20), rng.randint(0, 15), rng.randint(0, 3), rng.uniform(0, 3)))
        elif k == 3:
            L.t(h % "WARNING" + "SMTP send to CasablancaIV@state.gov deferred: 421 4.7.0 Try again later (attempt %d/5)" % rng.randint(1, 4))
        else:
            L.t(h % "INFO" + "Finished in %.2fs, peak RSS %d MB, exit 0" % (rng.uniform(2, 90), rng.randint(80, 600)))
        return [L]
    p = person()
    k = cyc("g_py_phi", list(range(4)))
    if k == 0:
        L = Line(fam).t(h % "INFO" + "EDN notification queued: ").p(nm(p), "name").t(" (").p(p.case, "other_id").t(") class=B1 dest=").p(p.us_city, "address").t(", %s " % p.us_state).p(p.us_zip, "zip")
        return [L]
    if k == 1:
        L = Line(fam).t(h % "WARNING" + "skipping row %d: missing CXR result for applicant " % rng.randint(2, 400)).p(nm(p, "LF"), "name").t(" chart=").p(p.mrn, "mrn")
        return [L]
    if k == 2:
        L = Line(fam).t(h % "INFO" + "liaison sync: consulate requested re-exam for ").p(p.case, "other_id").t(" (medical expires ").p(fdate(near(0, 40), "iso"), "date").t(")")
        return [L]
    bad = "%d-%02d-%02d" % (p.dob.year, rng.randint(13, 19), p.dob.day)
    out = [Line(fam).t(h % "ERROR" + "row failed, dumping traceback"),
           Line(fam).t("Traceback (most recent call last):"),
           Line(fam).t('  File "/opt/panelmed-reports/reports/edn_export.py", line %d, in build_row' % rng.randint(100, 200)),
           Line(fam).t("    dob = datetime.strptime(r['dob'], '%Y-%m-%d').date()"),
           Line(fam).t("ValueError: time data '").p(bad, "date").t("' does not match format '%Y-%m-%d'  [row case=").p(p.case, "other_id").t("]")]
    return out


# (lang, applicant sex or None, relative sex or None, age group: adult/old/child/fertile/any, template)
NOTES_PHI = [
    ("en", None, None, "adult", "CXR PA reviewed with radiology: {NAME} ({CASE}), DOB {DOB}. Fibrotic scarring RUL, no cavitation. Prior TB tx reported 2016 (6 mo DOT, CSB Derb Sultan). Sputum x3 ordered, collect {C1}, {C2}, {C3}. Class B1 pending cultures."),
    ("en", "F", "M", "old", "Applicant {NAME}, {AGE}-year-old widow (IR-5), accompanied by son {REL} (tel {RPHONE}). Hard of hearing; son interpreting. BP 148/92. Pacemaker in situ, S/N {DEV}, card sighted."),
    ("en", None, None, "adult", "Pt states no hx of TB contact. Per DS-3025: MMR x2 documented ({P1}, {P2}); Tdap given today. Influenza waived, not in season. Return {F1} for varicella #2. Chart {MRN}."),
    ("en", None, None, "adult", "RPR reactive 1:8, TPPA pos. {NAME} treated benzathine PCN 2.4 MU IM today; doses 2-3 on {W1} and {W2}. Counseled, partner notification advised. CXR nl."),
    ("en", None, None, "adult", "Returning resident (SB-1) {NAME}: prior US SSN {SSN}, old Medicaid ID {MCD} on card. No new complaints. Dest {USADDR}, {USCITY} {USZIP}."),
    ("fr", "F", None, "adult", "Patiente {NAME}, née le {DOB}, domiciliée {ADDR}, {CITY}. ATCD: tuberculose pulmonaire traitée en 2019. Radio thorax ce jour: séquelles apicales droites. Crachats x3 à partir du {C1}."),
    ("fr", None, "F", "child", "Enfant {NAME} ({DOB}), accompagné(e) de sa mère {REL}. Carnet marocain présenté: BCG à la naissance, Penta x3, VPO x4, RR x2 ({K1} et {K2}). Pas de radio (< 15 ans). IGRA négatif."),
    ("fr", "M", None, "adult", "Demandeur {NAME}, CIN {CIN}, affilié AMO n° {AMO}. Diabète type 2 sous insuline, pompe Medtronic n° série {PUMP}. HbA1c 8,1 %. Apte, classe B autre (diabète)."),
    ("fr", "M", "F", "old", "M. {NAME}, {AGE} ans, tél. {PHONE}. Démence légère, accompagné par sa fille {REL}. MMSE 21/30. Classe B autre, suivi recommandé à l'arrivée."),
    ("ar", "M", None, "adult", "Interprète (darija): l'patient kay9oul 'kan7ess b l3ya w kan-nqess f lwazn men ramadan' -- asthénie + amaigrissement. {NAME} ({CASE}). Crachats demandés le {C1}."),
    ("ar", None, "F", "adult", "Translit: 'mama 3ndha sskar w dda3t' -- mère du demandeur, {REL}. Applicant {NAME}, DOB {DOB}, no complaints. HBsAg neg, IGRA neg."),
    ("ar", "F", None, "fertile", "l-mrida {NAME} galt 'ma 3mmerni tla9it m3a chi wa7ed 3ndou ssel' (no known TB contact). G2P1, DDR {LMP}; CXR reportée, film avec tablier après accouchement."),
    ("ar", "F", None, "adult", "Qalat al-mutaqaddima: 'akhadhtu laqah al-hasba fi al-madrasa' -- claims measles vaccine at school, no record. {NAME}, passport {PASS}. MMR #1 today, #2 after {W1}."),
    ("fr", None, None, "adult", "Dossier {CASE}: {NAME} présente un permis de conduire n° {DL} faute de passeport (perdu). Vérification consulat demandée, email {EMAIL}."),
    ("en", "M", "F", "adult", "{NAME} accompanied by wife {REL}; she reports night sweats x2 wk ('kay3req bzaf f lil'). Afebrile today. CXR normal, IGRA ordered, result expected {F1}."),
    ("fr", None, None, "adult", "Hépatite B: AgHBs positif chez {NAME} (né(e) le {DOB}), charge virale demandée. Vaccination HepB non requise. Adresse de suivi aux USA: {USADDR}, {USCITY} {USZIP}."),
]
NOTES_NOISE = [
    ("fr", "Rappel équipe: négatoscope salle 2 en panne, utiliser salle 3 jusqu'à nouvel ordre. -- Dr H. Tazi"),
    ("en", "Protocol update (CDC TI 2024): IGRA for ages 2-14 replaces TST; sputum on 3 consecutive days, at least one early-morning specimen."),
    ("fr", "Stock vaccins: MMR 34 doses, Tdap 12, varicelle 0 (rupture, commande PO-2024-0311 chez Sothema, livraison prévue semaine 12)."),
    ("en", "Darija phrase sheet updated for nurses: 'wach 3ndek l7e9a?' (fever?), 'wach kat-kohbi b dem?' (hemoptysis?) -- phrases_darija_v2.pdf"),
    ("fr", "Réunion liaison consulat jeudi 10h: délais B1, enveloppes scellées non signées (3 cas la semaine dernière), nouveau formulaire DS-3025 v2023.2."),
    ("fr", "Note technique: capteur plan DR salle radio recalibré (Carestream DRX-1, SN 7E%s), dose de référence 0,08 mGy." % digits(5)),
    ("ar", "Inf. Loubna: 'l-frigo dyal l-vaccins f 2-8 daraja' -- fridge log checked twice daily, min 3.1 C max 6.8 C this week."),
    ("en", "Reminder: Class B1 applicants must be told to report to the local health department within 30 days of arrival (EDN follow-up)."),
    ("fr", "Laboratoire Anfa Biologie: délai culture MGIT actuellement 6-8 semaines, prévenir les demandeurs au moment du prélèvement."),
    ("ar", "Tanbih: ma tqblouch tswira qdima -- photos must be taken at the kiosk the same day (consulate instruction IV-2024-07)."),
    ("en", "Varicella: accept only documented doses or lab evidence (VZV IgG); parental recall not acceptable. See TI section 4.2."),
    ("fr", "Permanence samedi 16/03: Dr N. Berrada + 1 infirmière + radio jusqu'à 13h. Pas de prélèvements crachats le dimanche."),
    ("en", "Interpreter pool for Tamazight (Tachelhit) available Tue/Thu via agency contract AG-2023-114; book 48 h ahead."),
]

DATE_STYLES = {"en": ["dMy", "mdy", "en", "iso", "DMY"], "fr": ["dmy", "fr", "dmy.", "dmy-"], "ar": ["dmy", "dmy-", "dmy.", "iso"]}


def note_vals(p, lang, relsex):
    sty = DATE_STYLES[lang]

    def fd(d):
        return fdate(d, rng.choice(sty))
    rel = rng.choice([q for q in PEOPLE if (relsex is None or q.sex == relsex)])
    c1 = near(0, 6)
    f1 = near(7, 35)
    w1 = near(7, 8)
    lmp = today() - dt.timedelta(days=rng.randint(40, 200))
    k1 = p.dob + dt.timedelta(days=rng.randint(270, 290))
    k2 = p.dob + dt.timedelta(days=rng.randint(540, 560))
    p1 = today() - dt.timedelta(days=rng.randint(400, 4000))
    p2 = p1 + dt.timedelta(days=rng.randint(28, 200))
    return {"NAME": (nm(p), "name"), "CASE": (p.case, "other_id"), "DOB": (fd(p.dob), "date"),
            "C1": (fd(c1), "date"), "C2": (fd(c1 + dt.timedelta(days=1)), "date"), "C3": (fd(c1 + dt.timedelta(days=2)), "date"),
            "F1": (fd(f1), "date"), "W1": (fd(w1), "date"), "W2": (fd(w1 + dt.timedelta(days=7)), "date"),
            "LMP": (fd(lmp), "date"), "K1": (fd(k1), "date"), "K2": (fd(k2), "date"),
            "P1": (fd(p1), "date"), "P2": (fd(p2), "date"),
            "AGE": (str(p.age), "age"),
            "REL": (rel.first + " " + p.last, "name"), "RPHONE": (phone_fmt(rel), "phone"),
            "DEV": (p.pm_serial, "device"), "PUMP": (p.pump_serial, "device"), "MRN": (p.mrn, "mrn"),
            "SSN": (ssn(), "ssn"), "MCD": ("%d%07d%s" % (rng.randint(10, 99), rng.randint(0, 9999999), rng.choice("ABCDEFGHJ")), "health_plan"),
            "USADDR": (p.us_street, "address"), "USCITY": (p.us_city, "address"), "USZIP": (p.us_zip, "zip"),
            "ADDR": (p.street + ", " + p.quarter, "address"), "CITY": (p.city, "address"),
            "CIN": (p.cin or ("BK" + digits(6)), "other_id"), "AMO": (p.amo or digits(9), "health_plan"),
            "PHONE": (phone_fmt(p), "phone"), "PASS": (p.passport, "other_id"),
            "DL": (p.dl or "%02d/%06d" % (rng.randint(1, 77), rng.randint(0, 999999)), "license"),
            "EMAIL": (p.email, "email")}


AGE_OK = {"adult": lambda a: 18 <= a <= 89, "old": lambda a: a > 89, "child": lambda a: a < 15,
          "fertile": lambda a: 18 <= a <= 45, "any": lambda a: True}


def pick(sex=None, agegrp="any"):
    c = [q for q in PEOPLE if (sex is None or q.sex == sex) and AGE_OK[agegrp](q.age)]
    if not c:
        c = [q for q in PEOPLE if AGE_OK[agegrp](q.age)] or PEOPLE
    return rng.choice(c)


def g_note(phi):
    t = CLK.tick()
    L = Line("physician_note")
    if not phi:
        lang, txt = cyc("note_noise", NOTES_NOISE)
        L.t("[%s] NOTE scope=internal author=%s lang=%s :: %s" % (t.strftime("%Y-%m-%d %H:%M:%S"), rng.choice(STAFF), lang, txt))
        return [L]
    lang, psex, rsex, agegrp, tm = cyc("note", NOTES_PHI)
    p = pick(psex, agegrp)
    L.t("[%s] NOTE chart=" % t.strftime("%Y-%m-%d %H:%M:%S")).p(p.mrn, "mrn").t(" author=%s lang=%s :: " % (rng.choice(PHYS), lang))
    L.fill(tm, note_vals(p, lang, rsex))
    return [L]


def g_postfix(phi):
    t = CLK.tick()
    qid = hexs(10).upper()
    h = "%s mail01 postfix/smtp[%d]: %s: " % (ts_sys(t), rng.randint(2000, 30000), qid)
    L = Line("postfix")
    if not phi:
        k = cyc("noise11", list(range(2 + 1)))
        if k == 0:
            L.t(h + "to=<CasablancaIV@state.gov>, relay=mx1.state.gov[%d.%d.%d.%d]:25, delay=%.1f, delays=0.1/0/0.6/%.1f, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as %s)" % (
                rng.randint(160, 170), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254), rng.uniform(0.5, 3), rng.uniform(0.1, 1), hexs(12).upper()))
        elif k == 1:
            L.t("%s mail01 postfix/qmgr[%d]: %s: from=<noreply@panelmed-anfa.ma>, size=%d, nrcpt=1 (queue active)" % (ts_sys(t), rng.randint(900, 1200), qid, rng.randint(2000, 90000)))
        else:
            L.t("%s mail01 postfix/anvil[%d]: statistics: max connection rate 4/60s for (smtp:10.20.0.%d) at %s" % (ts_sys(t), rng.randint(900, 1200), rng.randint(5, 30), t.strftime("%b %d %H:%M:%S")))
        return [L]
    p = person()
    dom = p.email.split("@")[1]
    relay = {"gmail.com": "gmail-smtp-in.l.google.com[142.250.102.27]", "yahoo.fr": "mx-eu.mail.am0.yahoodns.net[188.125.72.74]",
             "hotmail.com": "hotmail-com.olc.protection.outlook.com[52.101.11.0]", "outlook.fr": "outlook-fr.olc.protection.outlook.com[52.101.68.2]",
             "menara.ma": "mx.menara.ma[212.217.0.20]", "live.fr": "live-fr.olc.protection.outlook.com[52.101.73.1]"}[dom]
    st = rng.choice(["sent (250 2.0.0 OK %d %s - gsmtp)" % (rng.randint(1700000000, 1719999999), hexs(10)),
                     "bounced (host %s said: 550 5.1.1 The email account that you tried to reach does not exist)" % relay.split("[")[0]])
    L.t(h + "to=<").p(p.email, "email").t(">, relay=%s:25, delay=%.1f, delays=0.1/0/0.4/0.7, dsn=%s, status=%s" % (relay, rng.uniform(0.5, 4), "2.0.0" if st.startswith("sent") else "5.1.1", st))
    return [L]


def alt_spelling(p):
    last = p.last.upper()
    plain = last.translate(str.maketrans("ÏÉÈËÂÀÇÔÛÊ", "IEEEAACOUE"))
    if plain != last:
        last = plain
    elif " " in last or "-" in last:
        last = last.replace(" ", "").replace("-", "")
    else:
        last = last[:-1] + last[-1] * 2 if last[-1] not in "AEIOU" else last + "H"
    first = p.first.upper()
    if rng.random() < 0.4:
        first += " " + rng.choice(["MOHAMED", "FATIMA", "AHMED", "EL HASSANE", "MARIE"])
    return last + " " + first


def g_liaison(phi):
    t = CLK.tick()
    fam = "liaison_csv"
    if not phi:
        k = cyc("liaison_noise", [0, 1, 2, 3, 4])
        lt = "LT-%05d,%s,CSB,,," % (rng.randint(1, 99999), t.strftime("%Y-%m-%dT%H:%MZ"))
        if k == 0:
            return [Line(fam).t("ticket_id,opened_utc,post,case_no,applicant_name,issue,assigned_to,status")]
        if k == 1:
            return [Line(fam).t(lt + "\"Weekly reconciliation: %d envelopes received, %d pending signature\",liaison.amal,CLOSED" % (rng.randint(20, 90), rng.randint(0, 5)))]
        if k == 2:
            return [Line(fam).t(lt + "\"Courier pickup moved to 14:00 on Fridays (Amana contract AM-2024-03)\",liaison.karim,CLOSED")]
        if k == 3:
            return [Line(fam).t(lt + "\"Consulate requests DS-3025 v2023.2 from 01/04; old template rejected\",liaison.amal,OPEN")]
        return [Line(fam).t(lt + "\"eMedical outage %s-%s UTC, submissions queued (%d)\",liaison.karim,CLOSED" % (
            t.strftime("%H:00"), (t + dt.timedelta(hours=1)).strftime("%H:00"), rng.randint(3, 40)))]
    k = cyc("liaison", [0, 1, 2, 3, 4])
    p = pick(None, "adult") if k == 2 else person()
    L = Line(fam).t("LT-%05d,%s,CSB," % (rng.randint(1, 99999), t.strftime("%Y-%m-%dT%H:%MZ"))).p(p.case, "other_id").t(",\"").p(nm(p, "L,F"), "name").t("\",\"")
    if k == 0:
        L.t("Medical expires ").p(fdate(near(0, 30), "mdy"), "date").t(" before issuance; please schedule re-exam").t("\",liaison.amal,OPEN")
    elif k == 1:
        L.t("Name mismatch DS-260 vs passport ").p(p.passport, "other_id").t(" (").p(alt_spelling(p), "name").t(")\",liaison.karim,PENDING")
    elif k == 2:
        L.t("FPU note: profile ").p(p.fb, "url").t(" shows different DOB; DS-2054 DOB ").p(fdate(p.dob, "mdy"), "date").t("\",liaison.amal,REVIEW")
    elif k == 3:
        L.t("Sponsor ").p(p.pet_first + " " + p.pet_last, "name").t(" (%s) asks status; tel " % p.pet_rel).p(p.pet_phone, "phone").t(" fax ").p(p.pet_fax, "fax").t("\",liaison.karim,OPEN")
    else:
        L.t("Sealed envelope reprint requested, exam ").p(fdate(near(-20, -1), "mdy"), "date").t(", A# ").p(anum_fmt(p.anum or "A2" + digits(8)), "other_id").t("\",liaison.amal,OPEN")
    return [L]


def g_gate(phi):
    t = CLK.tick()
    L = Line("gate_log")
    h = "%s;GATE-ANFA-1;%s;ANPR;" % (t.strftime("%Y-%m-%dT%H:%M:%S"), rng.choice(["IN", "OUT"]))
    if not phi:
        if rng.random() < 0.5:
            L.t(h + "plate=%d-A-%d;conf=%.2f;visitor_type=DELIVERY;company=Amana Express;dock=B" % (rng.randint(10000, 99999), rng.choice([6, 1]), rng.uniform(0.8, 0.99)))
        else:
            L.t(h + "plate=;conf=0.00;visitor_type=STAFF;badge=STAFF-%04d;note=barrier manual open" % rng.randint(1, 120))
        return [L]
    p = person()
    L.t(h + "plate=").p(p.plate, "vehicle").t(";conf=%.2f;visitor_type=APPLICANT;ref=" % rng.uniform(0.75, 0.99)).p(p.case, "other_id")
    if rng.random() < 0.5:
        L.t(";driver=").p(nm(p, "UU"), "name")
    return [L]


def g_metrics(phi):
    t = CLK.tick()
    L = Line("metrics")
    k = rng.randint(0, 5)
    if k == 0:
        L.t('panelmed_bookings_total{site="CASA-ANFA",channel="%s"} %d %d' % (rng.choice(["web", "phone", "walkin"]), rng.randint(100, 9000), int(t.timestamp()) * 1000))
    elif k == 1:
        L.t('panelmed_emedical_submit_seconds_bucket{form="%s",le="%s"} %d' % (rng.choice(["DS-2054", "DS-3025"]), rng.choice(["0.5", "1", "2.5", "5", "+Inf"]), rng.randint(10, 2000)))
    elif k == 2:
        L.t("%s TaskScheduler \\PanelMed\\%s completed, last result 0x0, duration %ds, next run %s" % (
            t.strftime("%Y-%m-%d %H:%M:%S"), rng.choice(["NightlyBackup", "PurgeTempImages", "SmsReminderJob", "ReportsWeekly"]), rng.randint(2, 900), (t + dt.timedelta(days=1)).strftime("%Y-%m-%d 02:00")))
    elif k == 3:
        L.t("%s zabbix_agentd [%d]: disk D: free %.1f%% (%d GB), PACS store /dicom %d studies, queue depth %d" % (
            t.strftime("%Y%m%d:%H%M%S"), rng.randint(1000, 5000), rng.uniform(10, 60), rng.randint(100, 900), rng.randint(20000, 90000), rng.randint(0, 12)))
    elif k == 4:
        L.t("%s deploy pipeline #%d: PanelMed.Web %s build %s commit %s -> WEB01,WEB02 ok" % (
            t.strftime("%Y-%m-%dT%H:%M:%SZ"), rng.randint(400, 900), "3.14.%d" % rng.randint(0, 9), "20240%d.%d" % (rng.randint(301, 315), rng.randint(1, 9)), hexs(7)))
    else:
        L.t("%s config PanelMed.Web appSettings: SmsProvider=Kannel SmsUrl=http://10.20.2.15:13013/cgi-bin/sendsms SlotMinutes=15 Support=support@panelmed-anfa.ma SupportPhone=+212 522 36 41 80 MaxMembersPerBooking=8" % ts_iso(t))
    return [L]


GENS = [  # (fn, weight, max_lines, can_phi)
    (g_iis, 10, 4, True), (g_l4n, 14, 1, True), (g_evt, 3, 1, True), (g_errorlog, 2, 6, True),
    (g_ef6, 2, 9, True), (g_ds3025, 5, 1, True), (g_ds2054, 5, 1, True), (g_lab, 7, 1, True),
    (g_hl7, 2, 4, True), (g_kiosk, 6, 1, True), (g_courier, 6, 1, True), (g_cmi, 7, 1, True),
    (g_kannel, 7, 1, True), (g_py, 5, 5, True), (g_note, 12, 1, True), (g_postfix, 5, 1, True),
    (g_liaison, 6, 1, True), (g_gate, 4, 1, True), (g_metrics, 6, 1, False),
]


def main():
    lines = []
    noise = 0
    while len(lines) < N_LINES:
        remaining = N_LINES - len(lines)
        want_noise = noise < NOISE_TARGET * (len(lines) + 1)
        cands = [g for g in GENS if g[2] <= remaining and (g[3] or want_noise)]
        fn = rng.choices([g[0] for g in cands], weights=[g[1] for g in cands])[0]
        block = fn(not want_noise)
        if len(block) > remaining:
            continue
        if want_noise:
            assert all(not L.spans for L in block), fn.__name__
        else:
            assert any(L.spans for L in block), fn.__name__
        for L in block:
            lines.append(L)
            if not L.spans:
                noise += 1
    assert len(lines) == N_LINES
    out_log = []
    out_lab = []
    for i, L in enumerate(lines, 1):
        s = L.text()
        assert "\n" not in s and "\r" not in s and s.strip(), (i, s)
        b = s.encode("utf-8")
        assert len(b) == L.n
        spans = sorted(L.spans, key=lambda x: x["s"])
        prev = -1
        for sp in spans:
            assert b[sp["s"]:sp["e"]].decode("utf-8") == sp["v"], (i, sp)
            assert sp["s"] >= prev, (i, "overlap")
            prev = sp["e"]
        out_log.append(s)
        out_lab.append(json.dumps({"line": i, "family": L.fam,
                                   "spans": [{"s": x["s"], "e": x["e"], "cat": x["cat"]} for x in spans]},
                                  ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_log))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
