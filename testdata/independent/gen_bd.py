#!/usr/bin/env python3
"""Synthetic held-out corpus 'bd': clinical / administrative prose wrapped in log lines.

Standard library only, fixed seed, byte-for-byte reproducible.
Writes bd.log (500 lines) and bd.labels.jsonl next to this script.
All people, numbers and addresses are invented.
"""
import ast
import base64
import datetime
import json
import os
import random
import re
import unicodedata
import urllib.parse

CORPUS_ID = "bd"
SEED = 0xBD0304
N_LINES = 500
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(SEED)


def pick(seq):
    return seq[R.randrange(len(seq))]


# ---------------------------------------------------------------------------
# pools
# ---------------------------------------------------------------------------
F_FIRST = ["Ana", "Hope", "Grace", "Rose", "Faith", "Joy", "Iris", "Dawn", "Ivy", "Mei",
           "Aisha", "Folasade", "Ngozi", "Thanh", "Yuki", "Olga", "Svetlana", "Fatima",
           "Zainab", "Guadalupe", "Lucía", "Siobhan", "Ingrid", "Leilani", "Marisol",
           "Esperanza", "Bích", "Chioma", "Amara", "Noor", "Rahel", "Dagny", "Kalani",
           "Winona", "Summer", "Penny", "Ruby", "Pearl", "June", "Autumn", "Precious"]
M_FIRST = ["Will", "Hunter", "Kofi", "Jun", "Mateo", "Tadeusz", "Oluwaseun", "Rashid",
           "Dmitri", "Arjun", "Bao", "Hamid", "Sean", "Mark", "Frank", "Bill", "Cruz",
           "Ezekiel", "Tevita", "Kwame", "Jamal", "Yusuf", "Lars", "Santiago", "Hoang",
           "Wiremu", "Chayton", "Malik", "Gustavo", "Piotr", "Rocky", "Sonny", "Forrest",
           "Gene", "Miles", "Carver"]
LAST = ["Oyelaran", "Mensah", "Young", "King", "Castillo", "Nguyen", "Kowalczyk", "Haddad",
        "Okonkwo", "Tanaka", "Rosen", "Hunter", "Park", "Delacroix", "Abernathy",
        "Fitzgerald", "Nakamura", "Ramírez", "Ibáñez", "Begay", "Tsosie", "Lindqvist",
        "van der Berg", "O'Neill", "Al-Sayed", "Petrov", "Chukwu", "Grant", "Wolfe", "Bell",
        "Rivers", "Stone", "Church", "Moon", "Love", "Brown", "Green", "Sousa", "Achterberg",
        "Kealoha", "Baptiste", "Tran", "Hernández", "Mahmoud", "Schultz", "Osei",
        "Whitehorse", "Sandoval", "Kaur", "Le", "Møller", "Popescu"]
RELS = [("daughter", "F", True), ("son", "M", True), ("wife", "F", True), ("husband", "M", True),
        ("sister", "F", True), ("brother", "M", True), ("granddaughter", "F", True),
        ("grandson", "M", True), ("niece", "F", False), ("nephew", "M", False),
        ("mother", "F", True), ("partner", "F", False), ("partner", "M", False),
        ("neighbor", "F", False), ("friend", "M", False), ("stepdaughter", "F", False)]

DOC_LAST = ["Okafor", "Lindgren", "Reyes-Montoya", "Chen", "Abramowitz", "Sato", "Pillai",
            "Harrington", "Mbeki", "Varga", "Holloway", "Desai", "Friedman", "Quintero"]
DOC_FULL = ["Priya Raman, MD", "Tomasz Wiśniewski, DO", "Helen Achebe, MD",
            "Marcus Feld, MD, PhD", "Lauren Cho, NP", "Samuel Osterberg, PA-C",
            "Adaeze Nwosu, MD", "Jonah Whitcomb, MD"]
NURSES = ["K. Brooks, RN", "Dana Whitfield, RN, BSN", "M. Alvarez RN", "Tom Becker, LPN",
          "J. Whitaker, RN", "Rebecca Stone, RN"]
STAFF_CM = ["Ellen Marsh, RN CCM", "R. Goldberg, LISW-S", "Dana Ruiz, LCSW", "T. Oduya, MSW"]
ORGS = ["Riverside Regional Medical Center", "St. Vincent Mercy Hospital",
        "Miami Valley Home Health", "Lincare", "Apria Healthcare", "Bayada Home Health Care",
        "Ohio Valley Cardiology Associates", "Kettering Health Dialysis",
        "Meals on Wheels of Montgomery County", "Hospice of the Western Reserve",
        "Cleveland Clinic", "Nationwide Children's Hospital", "Premier Health Partners",
        "LabCorp", "Quest Diagnostics", "Veyo transport", "Dayton VA Medical Center"]
HH_ORGS = ["Miami Valley Home Health", "Bayada Home Health Care", "Interim HealthCare of Dayton",
           "Amedisys Home Health", "CenterWell Home Health"]
DME_ORGS = ["Lincare", "Apria Healthcare", "AdaptHealth", "Medline DME"]
TRANSPORT_ORGS = ["Veyo transport", "MedRide", "Greene CATS paratransit", "SafeRide Health"]
FACILITIES = ["Riverside Regional Medical Center", "St. Vincent Mercy Hospital", "Cleveland Clinic",
              "Nationwide Children's Hospital", "Dayton VA Medical Center", "Maple Knoll Rehab",
              "Hospice of the Western Reserve", "Ohio Valley Cardiology Associates"]
PAYERS = ["Aetna", "Humana Gold Plus", "Anthem Blue Cross", "CareSource",
          "UnitedHealthcare Community Plan", "Medicare Part A", "Ohio Medicaid",
          "Molina Healthcare", "Cigna", "Kaiser Permanente", "Tricare"]
DRUGS = [("apixaban (Eliquis)", "5 mg BID"), ("furosemide", "40 mg PO daily"),
         ("Lasix", "20 mg IV BID"), ("levetiracetam (Keppra)", "500 mg BID"),
         ("semaglutide (Ozempic)", "0.5 mg weekly"), ("Jardiance", "10 mg daily"),
         ("metoprolol succinate", "25 mg daily"), ("Humira", "40 mg q2wk"),
         ("Xarelto", "20 mg with dinner"), ("insulin glargine", "22 units qHS"),
         ("Zosyn", "3.375 g IV q8h"), ("vancomycin", "1250 mg IV q12h"),
         ("prednisone", "40 mg x5 days"), ("Tylenol", "650 mg q6h prn"),
         ("oxycodone", "5 mg q4h prn"), ("sertraline", "50 mg daily"),
         ("Entresto", "24/26 mg BID"), ("carbidopa-levodopa (Sinemet)", "25/100 TID"),
         ("Dupixent", "300 mg q2wk"), ("Cosentyx", "150 mg monthly"),
         ("atorvastatin", "80 mg qHS"), ("Narcan", "4 mg intranasal prn"),
         ("Keytruda", "200 mg IV q3wk"), ("Skyrizi", "150 mg SC q12wk"),
         ("spironolactone", "25 mg daily"), ("Mounjaro", "5 mg weekly")]
EPO = ["Parkinson's disease", "Crohn's disease", "Hashimoto's thyroiditis",
       "Alzheimer's dementia", "Graves' disease", "Bell's palsy", "Cushing's syndrome",
       "Addison's disease", "Sjögren's syndrome", "Guillain-Barré syndrome",
       "Hodgkin lymphoma", "Barrett's esophagus", "Raynaud's phenomenon", "Wilson's disease",
       "Paget's disease of bone", "Ménière's disease", "Huntington's disease",
       "Hunter syndrome (MPS II)", "Takotsubo cardiomyopathy", "Lou Gehrig's disease"]
SCORES = ["Glasgow Coma Scale 14 (E4V4M6)", "Apgar 8 and 9", "Braden score 14",
          "Morse Fall Scale 45", "Wells score 4.5", "CHA2DS2-VASc 4", "HAS-BLED 2", "NIHSS 3",
          "MELD-Na 22", "Child-Pugh B", "CURB-65 of 2", "APACHE II 18", "MoCA 21/30",
          "Karnofsky 60", "ECOG 2", "Caprini 6", "Killip class II", "GCS 15",
          "Richmond Agitation-Sedation Scale -1", "King-Devick 52 s"]
CPT = ["99214", "70553", "71046", "93306", "45378", "27447", "99223", "74177", "88305",
       "95810", "J0135", "96413"]
ICD = ["I50.33", "E11.65", "N17.9", "J18.9", "G20", "K50.90", "C50.911", "F32.1", "L40.50",
       "M17.11", "I48.91", "G30.1"]
STREETS = ["Elm St", "Old Troy Pike", "N Main St", "Calle Sol", "Kealoha Ln", "Wyoming Ave",
           "Linden Ave", "Shroyer Rd", "Far Hills Ave", "W Oakridge Dr", "County Road 12",
           "Salem Ave", "Rue Lafayette", "Kamehameha Ave", "Hopeland St", "Valley Pike",
           "Brandt Pike", "Sioux Trl", "Maple Grove Ct", "Kingsley Blvd"]
CITIES = ["Dayton", "Kettering", "Xenia", "Beavercreek", "Springfield", "Toledo", "Hilo",
          "Gallup", "Tucson", "Lowell", "Duluth", "Macon", "Yakima", "Lorain", "Fairborn",
          "Piqua", "Chillicothe", "Zanesville", "Huber Heights", "Miamisburg"]
COUNTIES = ["Montgomery County", "Greene County", "McKinley County", "Lucas County",
            "Pima County", "Clark County", "Miami County"]
STATES = ["OH", "Ohio", "NM", "AZ", "HI", "MA", "MN", "GA", "WA"]
AREA = ["937", "614", "513", "419", "216", "330", "740", "808", "520", "505", "978", "218",
        "478", "509", "313", "773", "646", "210", "971"]
EMPLOYERS = ["Miller's Hardware", "Dayton Public Schools", "Amazon CMH1",
             "Tyson Foods", "Speedway", "Marriott Downtown", "Honda of America",
             "Wright-Patterson AFB commissary", "Sunrise Diner", "Kroger"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
NUMW = {0: "zero", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six",
        7: "seven", 8: "eight", 9: "nine"}
AGEW = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three",
        94: "ninety-four", 95: "ninety-five", 96: "ninety-six", 97: "ninety-seven",
        98: "ninety-eight", 99: "ninety-nine", 100: "one hundred", 101: "one hundred and one",
        102: "one hundred and two", 103: "one hundred three"}
WEEKDAYS = ["last Tuesday", "yesterday", "this morning", "over the weekend", "last Friday",
            "two days ago", "Monday night", "earlier this week"]


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------
def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def hexid(n):
    return "".join(pick("0123456789abcdef") for _ in range(n))


def uuid():
    return "%s-%s-4%s-%s%s-%s" % (hexid(8), hexid(4), hexid(3), pick("89ab"), hexid(3), hexid(12))


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def rand_date(y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(start, end))


def event_date():
    d = datetime.date.fromordinal(R.randint(datetime.date(2023, 1, 5).toordinal(),
                                            datetime.date(2024, 5, 30).toordinal()))
    return d


def adm_date(ctx):
    if "_adm" not in ctx:
        ctx["_adm"] = event_date()
    return ctx["_adm"]


def fmt_num_date(d, with_year=True):
    opts = ["%02d/%02d/%d" % (d.month, d.day, d.year),
            "%d/%d/%02d" % (d.month, d.day, d.year % 100),
            d.isoformat(),
            "%02d-%02d-%d" % (d.month, d.day, d.year),
            "%02d-%s-%d" % (d.day, MON3[d.month - 1].upper(), d.year),
            "%d%02d%02d" % (d.year, d.month, d.day)]
    if not with_year:
        return "%d/%d" % (d.month, d.day)
    return pick(opts)


def word_date_segs(d, allow_bare_day=True):
    """Returns list of segments; only the date element itself is labeled."""
    k = R.randrange(9 if allow_bare_day else 8)
    if k == 0:
        return [("%s %s" % (MONTHS[d.month - 1], ordinal(d.day)), "date")]
    if k == 1:
        return [("%d %s %d" % (d.day, MON3[d.month - 1], d.year), "date")]
    if k == 2:
        return [("%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year), "date")]
    if k == 3:
        return [("%s %d" % (MON3[d.month - 1], d.day), "date")]
    if k == 4:
        return [("%s of %s" % (ordinal(d.day), MONTHS[d.month - 1]), "date")]
    if k == 5:
        return [("%s %d" % (MONTHS[d.month - 1], d.day), "date")]
    if k == 6:
        return [("%s. %d" % (MON3[d.month - 1], d.day), "date")]
    if k == 7:
        return [("%d/%d" % (d.month, d.day), "date")]
    return [("the ", None), (ordinal(d.day), "date")]


def dob_value():
    d = rand_date(1919, 1988)
    return pick([fmt_num_date(d), fmt_num_date(d),
                 "%d %s %d" % (d.day, MON3[d.month - 1], d.year),
                 "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)])


def dob_words():
    d = rand_date(1921, 1934)
    return pick(["%s %s, %d" % (MONTHS[d.month - 1], ordinal(d.day), d.year),
                 "%d %s %d" % (d.day, MON3[d.month - 1], d.year),
                 "%s %d %d" % (MONTHS[d.month - 1], d.day, d.year),
                 "the %s of %s, %d" % (ordinal(d.day), MONTHS[d.month - 1], d.year)])


def nanp_parts(fictional_bias=0.5):
    area = pick(AREA)
    if R.random() < fictional_bias:
        exch, line = "555", "01%02d" % R.randrange(100)
    else:
        while True:
            exch = "%d%s" % (R.randint(2, 9), digits(2))
            if exch[1:] != "11" and exch != "555":
                break
        line = digits(4)
    return area, exch, line


def fmt_phone(p):
    a, e, l = p
    return pick(["(%s) %s-%s" % (a, e, l), "%s-%s-%s" % (a, e, l), "%s.%s.%s" % (a, e, l),
                 "+1 %s %s %s" % (a, e, l), "1-%s-%s-%s" % (a, e, l), "%s%s%s" % (a, e, l),
                 "%s %s %s" % (a, e, l), "(%s)%s-%s" % (a, e, l)])


def phone():
    return fmt_phone(nanp_parts())


def phone_spoken():
    a, e, l = nanp_parts()
    groups = [" ".join(NUMW[int(c)] for c in g) for g in (a, e, l)]
    if R.random() < 0.5:
        return ", ".join(groups)
    return "%s, %s, %s" % (groups[0], groups[1], " ".join(NUMW[int(c)] for c in l[:2]) + " " +
                           " ".join(NUMW[int(c)] for c in l[2:]))


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return pick(["%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999)),
                 "%03d %02d %04d" % (a, R.randint(1, 99), R.randint(1, 9999)),
                 "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))])


def mrn_value():
    return pick(["%08d" % R.randint(100000, 99999999), "E" + digits(7), "MR" + digits(6),
                 "%d" % R.randint(1000000, 9999999), "00" + digits(7)])


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_ALPHA + "0123456789"


def mbi():
    s = (str(R.randint(1, 9)) + pick(MBI_ALPHA) + pick(MBI_AN) + str(R.randrange(10)) +
         pick(MBI_ALPHA) + pick(MBI_AN) + str(R.randrange(10)) + pick(MBI_ALPHA) +
         pick(MBI_ALPHA) + str(R.randrange(10)) + str(R.randrange(10)))
    if R.random() < 0.5:
        return "%s-%s-%s" % (s[:4], s[4:7], s[7:])
    return s


def member_id():
    return pick(["W" + digits(9), "XEH" + digits(9), "ZGP" + digits(8) + "01",
                 "U" + digits(8) + "01", "H" + digits(8), "YPB" + digits(9),
                 "9" + digits(10), "MOL" + digits(8)])


def medicaid_id():
    L_ = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return pick([pick(L_) + pick(L_) + digits(5) + pick(L_), digits(12), "1" + digits(9)])


def account():
    return pick([digits(10), "A" + digits(9), "%s-%s" % (digits(4), digits(6)), digits(12)])


def dl():
    return pick(["%s%s%s" % (pick("ABCDEFGHJKLMNPRSTUVWXYZ"), pick("ABCDEFGHJKLMNPRSTUVWXYZ"), digits(6)),
                 "D" + digits(7), "%s%s-%s" % (pick("ABCDEFGHJKLMNPRSTUVWXYZ"), digits(3), digits(5))])


def plate():
    A = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return pick(["%s%s%s %s" % (pick(A), pick(A), pick(A), digits(4)),
                 "%s%s%s%s" % (pick(A), pick(A), pick(A), digits(4)),
                 "%s%s%s%s%s" % (digits(1), pick(A), pick(A), pick(A), digits(3))])


def vin():
    cs = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return pick(["1HG", "2T1", "3FA", "5YJ", "JM1", "WBA", "1FT"]) + "".join(pick(cs) for _ in range(14))


def device():
    A = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return pick(["PJN" + digits(6) + pick("HGS"), "RNJ" + digits(6) + "S",
                 "NG" + digits(7) + "H", "SM" + digits(8), "HA" + digits(2) + pick(A) + digits(5),
                 digits(11), "(01)00643169007222(17)270331(21)PJN" + digits(6) + "H",
                 "C" + digits(3) + pick(A) + pick(A) + digits(5)])


def ip_public():
    if R.random() < 0.2:
        return "2600:1700:%s:%s::%s" % (hexid(4), hexid(4).lstrip("0") or "1", hexid(3).lstrip("0") or "a")
    first = pick([24, 50, 67, 68, 71, 73, 75, 76, 96, 98, 99, 107, 108, 162, 174, 184, 189])
    return "%d.%d.%d.%d" % (first, R.randint(1, 254), R.randint(0, 255), R.randint(1, 254))


def ip_private():
    return pick(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                 "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254)),
                 "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))])


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if ord(c) < 128)


def email_for(first, last):
    f = ascii_fold(first).lower()
    l = re.sub(r"[^a-z]", "", ascii_fold(last).lower())
    return pick(["%s.%s%d@gmail.com" % (f, l, R.randint(1, 99)), "%s%s@yahoo.com" % (f[0], l),
                 "%s_%s@outlook.com" % (f, l), "%s%s%d@icloud.com" % (l, f[0], R.randint(40, 99)),
                 "%s.%s@proton.me" % (f, l), "%s%d@aol.com" % (l, R.randint(1930, 1999)),
                 "%s.%s@comcast.net" % (f, l)])


def slug(x):
    return re.sub(r"[^a-z]", "", ascii_fold(x).lower())


def url_for(ctx):
    f = re.sub(r"[^a-z]", "", ascii_fold(ctx["pf"]).lower())
    l = re.sub(r"[^a-z]", "", ascii_fold(ctx["pl"]).lower())
    return pick(["https://mychart.riversidehealth.org/MyChart/Patient/%s/Messages" % cached(ctx, "mrn"),
                 "https://www.facebook.com/%s.%s.%d" % (f, l, R.randint(10, 999)),
                 "https://www.gofundme.com/f/help-%s-%s-recover" % (f, l),
                 "https://portal.ohiovalleycardio.com/patients/%s/forms?token=%s" % (cached(ctx, "mrn"), hexid(12)),
                 "https://www.caringbridge.org/visit/%s%s" % (f, l)])


def b64(nbytes, header=b""):
    raw = header + bytes(R.randrange(256) for _ in range(nbytes))
    return base64.b64encode(raw).decode("ascii")


def photo_value():
    hdr = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    return "data:image/jpeg;base64," + b64(R.randint(300, 420), hdr)


def bio_value():
    return "vpr1:" + b64(R.choice([96, 120, 144]))


def street():
    s = "%d %s" % (R.randint(2, 9899), pick(STREETS))
    if R.random() < 0.25:
        s += pick([" Apt %d%s" % (R.randint(1, 12), pick("ABCD")), " Unit %d" % R.randint(1, 40),
                   " Lot %d" % R.randint(1, 90)])
    return s


def zipc():
    z = "%d%s" % (pick([4, 4, 4, 8, 9, 0, 5, 3]), digits(4))
    if R.random() < 0.25:
        z += "-" + digits(4)
    return z


def cached(ctx, key):
    if key not in ctx:
        ctx[key] = {"mrn": mrn_value, "dob": dob_value, "mbr": member_id, "mbi": mbi,
                    "mcd": medicaid_id, "acct": account, "phone": phone,
                    "email": lambda: email_for(ctx["pf"], ctx["pl"]),
                    "city": lambda: pick(CITIES)}[key]()
    return ctx[key]


def new_ctx():
    sex = pick("FM")
    pf = pick(F_FIRST if sex == "F" else M_FIRST)
    pl = pick(LAST)
    rel, rsex, same = pick(RELS)
    while True:
        rf = pick(F_FIRST if rsex == "F" else M_FIRST)
        if rf != pf:
            break
    rl = pl if (same and R.random() < 0.75) else pick(LAST)
    return {"sex": sex, "pf": pf, "pl": pl, "rel": rel, "rsex": rsex, "rf": rf, "rl": rl}


def S(t, c=None):
    return [(t, c)]


def drug_res(ctx):
    d, dose = pick(DRUGS)
    ctx["_dose"] = dose
    return S(d)


def lab_str():
    return pick(["Cr %.2f" % R.uniform(0.6, 3.1), "K %.1f" % R.uniform(3.0, 5.9),
                 "Na %d" % R.randint(126, 146), "Hgb %.1f" % R.uniform(6.8, 15.2),
                 "WBC %.1f" % R.uniform(2.1, 24.0), "INR %.1f" % R.uniform(0.9, 4.2),
                 "lactate %.1f" % R.uniform(0.8, 6.1), "A1c %.1f%%" % R.uniform(5.4, 12.9),
                 "BNP %d" % R.randint(80, 4800), "troponin %.2f" % R.uniform(0.01, 2.4),
                 "TSH %.2f" % R.uniform(0.05, 11.0), "procalcitonin %.2f" % R.uniform(0.05, 9.0),
                 "glucose %d" % R.randint(62, 488), "eGFR %d" % R.randint(11, 98)])


RES = {
    # ---- PHI ----
    "pf": lambda c: S(c["pf"], "name"),
    "pl": lambda c: S(c["pl"], "name"),
    "pn": lambda c: S("%s %s" % (c["pf"], c["pl"]), "name"),
    "pnlc": lambda c: S(("%s %s" % (c["pf"], c["pl"])).lower(), "name"),
    "pnuc": lambda c: S(("%s, %s" % (c["pl"], c["pf"])).upper(), "name"),
    "pnr": lambda c: S("%s, %s" % (c["pl"], c["pf"]), "name"),
    "rf": lambda c: S(c["rf"], "name"),
    "rl": lambda c: S(c["rl"], "name"),
    "rn": lambda c: S("%s %s" % (c["rf"], c["rl"]), "name"),
    "rnlc": lambda c: S(("%s %s" % (c["rf"], c["rl"])).lower(), "name"),
    "dob": lambda c: S(cached(c, "dob"), "date"),
    "dobw": lambda c: S(dob_words(), "date"),
    "dt": lambda c: (S(fmt_num_date(event_date()), "date") if R.random() < 0.5
                     else word_date_segs(event_date())),
    "dtw": lambda c: word_date_segs(event_date()),
    "dtn": lambda c: S(fmt_num_date(event_date()), "date"),
    "adm": lambda c: S(fmt_num_date(adm_date(c)), "date"),
    "admw": lambda c: word_date_segs(adm_date(c), allow_bare_day=False),
    "dis": lambda c: S(fmt_num_date(adm_date(c) + datetime.timedelta(days=c.setdefault("_los", R.randint(2, 14)))), "date"),
    "age": lambda c: S(str(R.randint(90, 103)), "age"),
    "agew": lambda c: S(AGEW[R.randint(90, 103)], "age"),
    "street": lambda c: S(street(), "address"),
    "city": lambda c: S(cached(c, "city"), "address"),
    "county": lambda c: S(pick(COUNTIES), "address"),
    "zip": lambda c: S(zipc(), "zip"),
    "phone": lambda c: S(cached(c, "phone"), "phone"),
    "phone2": lambda c: S(phone(), "phone"),
    "phonesp": lambda c: S(phone_spoken(), "phone"),
    "fax": lambda c: S(phone(), "fax"),
    "email": lambda c: S(cached(c, "email"), "email"),
    "remail": lambda c: S(email_for(c["rf"], c["rl"]), "email"),
    "ssn": lambda c: S(ssn(), "ssn"),
    "mrn": lambda c: S(cached(c, "mrn"), "mrn"),
    "mbr": lambda c: S(cached(c, "mbr"), "health_plan"),
    "mbi": lambda c: S(cached(c, "mbi"), "health_plan"),
    "mcd": lambda c: S(cached(c, "mcd"), "health_plan"),
    "acct": lambda c: S(cached(c, "acct"), "account"),
    "dl": lambda c: S(dl(), "license"),
    "plate": lambda c: S(plate(), "vehicle"),
    "vin": lambda c: S(vin(), "vehicle"),
    "dev": lambda c: S(device(), "device"),
    "url": lambda c: S(url_for(c), "url"),
    "emp": lambda c: S(pick(EMPLOYERS), "other_id"),
    "biopv": lambda c: S("pv1:" + b64(R.choice([60, 72, 90])), "biometric"),
    "biofp": lambda c: S("fpt:" + b64(R.choice([60, 72, 90])), "biometric"),
    "inmate": lambda c: S(pick(["A" + digits(6), "W" + digits(6), digits(8)]), "other_id"),
    # ---- not PHI ----
    "ttl": lambda c: S("Mrs." if c["sex"] == "F" and R.random() < 0.5 else ("Ms." if c["sex"] == "F" else "Mr.")),
    "pro": lambda c: S("she" if c["sex"] == "F" else "he"),
    "Pro": lambda c: S("She" if c["sex"] == "F" else "He"),
    "pos": lambda c: S("her" if c["sex"] == "F" else "his"),
    "Pos": lambda c: S("Her" if c["sex"] == "F" else "His"),
    "obj": lambda c: S("her" if c["sex"] == "F" else "him"),
    "rpro": lambda c: S("she" if c["rsex"] == "F" else "he"),
    "rel": lambda c: S(c["rel"]),
    "Rel": lambda c: S(c["rel"].capitalize()),
    "sexw": lambda c: S("woman" if c["sex"] == "F" else "man"),
    "sexa": lambda c: S("female" if c["sex"] == "F" else "male"),
    "doc": lambda c: S("Dr. " + pick(DOC_LAST)),
    "docl": lambda c: S(pick(DOC_LAST)),
    "docfull": lambda c: S(pick(DOC_FULL)),
    "path": lambda c: S(pick(["Helen Achebe, MD", "Jonah Whitcomb, MD", "Ines Carvalho, MD", "R. Subramanian, MD"])),
    "nurse": lambda c: S(pick(NURSES)),
    "cm": lambda c: S(pick(STAFF_CM)),
    "org": lambda c: S(pick(ORGS)),
    "hh": lambda c: S(pick(HH_ORGS)),
    "dme": lambda c: S(pick(DME_ORGS)),
    "transport": lambda c: S(pick(TRANSPORT_ORGS)),
    "fac": lambda c: S(pick(FACILITIES)),
    "orgphone": lambda c: S(fmt_phone(nanp_parts(0.3)) if R.random() < 0.7 else "1-800-%s-%s" % (digits(3), digits(4))),
    "orgfax": lambda c: S(fmt_phone(nanp_parts(0.3))),
    "payer": lambda c: S(pick(PAYERS)),
    "drug": drug_res,
    "dose": lambda c: S(c.get("_dose", "10 mg daily")),
    "med": lambda c: S("%s %s" % pick(DRUGS)),
    "epo": lambda c: S(pick(EPO)),
    "score": lambda c: S(pick(SCORES)),
    "bp": lambda c: S("%d/%d" % (R.randint(92, 188), R.randint(50, 108))),
    "hr": lambda c: S(str(R.randint(48, 132))),
    "rr": lambda c: S(str(R.randint(12, 30))),
    "spo2": lambda c: S("%d%%" % R.randint(86, 100)),
    "temp": lambda c: S(pick(["%.1f C" % R.uniform(36.0, 39.6), "%.1f F" % R.uniform(97.0, 103.2)])),
    "wt": lambda c: S("%.1f" % R.uniform(41.0, 141.0)),
    "lab": lambda c: S(lab_str()),
    "time": lambda c: S(pick(["%02d:%02d" % (R.randint(0, 23), R.randint(0, 59)),
                              "%02d%02d" % (R.randint(0, 23), R.randint(0, 59)),
                              "%d:%02d %s" % (R.randint(1, 12), R.randint(0, 59), pick(["AM", "PM", "pm"]))])),
    "room": lambda c: S(pick(["412B", "4W-412", "MICU 12", "ED bay 14", "3 North 318",
                              "PACU 6", "L&D 22", "5E-509", "CVICU 3", "Obs 27"])),
    "ordno": lambda c: S(pick(["ORD-2024-%07d" % R.randint(1, 9999999), "%d" % R.randint(100000000, 999999999),
                               "RX%08d" % R.randint(1, 99999999)])),
    "npi": lambda c: S("1" + digits(9)),
    "cpt": lambda c: S(pick(CPT)),
    "icd": lambda c: S(pick(ICD)),
    "agey": lambda c: S(str(R.randint(19, 89))),
    "year": lambda c: S(str(R.randint(1998, 2022))),
    "when": lambda c: S(pick(WEEKDAYS)),
    "dur": lambda c: S(pick(["x3 days", "for 2 weeks", "x48h", "since 0400", "for about 6 hours",
                             "x10 days", "over 3 months"])),
    "num5": lambda c: S(digits(5)),
    "ext": lambda c: S("ext %d" % R.randint(2000, 7999)),
    "state": lambda c: S(pick(STATES)),
    "RELU": lambda c: S(c["rel"].upper()),
    "glu": lambda c: S(str(R.randint(64, 412))),
    "clock": lambda c: S("%d:%02d" % (R.randint(7, 16), pick([0, 15, 30, 45, 10, 40]))),
    "lang": lambda c: S(pick(["Vietnamese", "Spanish", "Mandarin", "Somali", "Arabic", "Nepali", "Haitian Creole", "Russian", "Portuguese", "Ukrainian"])),
    "hms": lambda c: S("%02d:%02d:%02d" % (R.randint(0, 1), R.randint(0, 59), R.randint(0, 59))),
    "interp": lambda c: S(str(R.randint(10000, 99999))),
    "tempf": lambda c: S("%.1f F" % R.uniform(99.5, 104.2)),
    "n1": lambda c: S(str(R.randint(2, 9))),
    "phq": lambda c: S(str(R.randint(3, 27))),
    "hosp": lambda c: S(pick(["Riverside Regional Medical Center", "St. Vincent Mercy Hospital", "Cleveland Clinic",
                              "Dayton VA Medical Center", "Miami Valley Hospital South", "Queen's Medical Center"])),
    "n2": lambda c: S(str(R.randint(10, 99))),
    "n3": lambda c: S(str(R.randint(100, 999))),
    "n4": lambda c: S(str(R.randint(400, 3999))),
    "pct": lambda c: S("%d%%" % R.randint(1, 99)),
    "mm": lambda c: S(str(R.randint(3, 14))),
    "lobe": lambda c: S(pick(["right upper lobe", "left lower lobe", "right middle lobe", "lingula", "left upper lobe"])),
    "drg": lambda c: S(pick(["291 (heart failure and shock w MCC)", "871 (sepsis w MV >96 hours)", "470 (major joint replacement)", "193 (simple pneumonia w MCC)", "683 (renal failure w CC)"])),
    "cmi": lambda c: S("%.2f" % R.uniform(0.8, 3.4)),
    "urlcb": lambda c: S("https://www.caringbridge.org/visit/%s%s" % (slug(c["pf"]), slug(c["pl"])), "url"),
    "urlgfm": lambda c: S("https://www.gofundme.com/f/help-%s-%s-%s" % (slug(c["pf"]), slug(c["pl"]), pick(["recover", "heal", "surgery-fund", "get-home"])), "url"),
    "urlportal": lambda c: S("https://mychart.riversidehealth.org/MyChart/Patient/%s/Messages" % cached(c, "mrn"), "url"),
}
PHI_KEYS = {k for k in RES if k in (
    "pf pl pn pnlc pnuc pnr rf rl rn rnlc dob dobw dt dtw dtn adm admw dis age agew street city county zip "
    "phone phone2 phonesp fax email remail ssn mrn mbr mbi mcd acct dl plate vin dev url urlcb urlgfm urlportal emp inmate biopv biofp").split()}
TOKEN = re.compile(r"\{(\w+)\}")


def expand(tpl, ctx):
    out = []
    parts = TOKEN.split(tpl)
    for i, p in enumerate(parts):
        if i % 2 == 0:
            if p:
                out.append((p, None))
        else:
            out.extend(RES[p](ctx))
    return merge(out)


def merge(segs):
    out = []
    for t, c in segs:
        if not t:
            continue
        if out and c is None and out[-1][1] is None:
            out[-1] = (out[-1][0] + t, None)
        else:
            out.append((t, c))
    return out


# ---------------------------------------------------------------------------
# document kinds: PHI sentence templates and clean sentence templates
# ---------------------------------------------------------------------------
K = {}
K["progress"] = dict(joiner=" ", phi=[
    "{ttl} {pl} is a {age}-year-old {sexw} with {epo}, seen today for follow-up of dyspnea.",
    "{pn} reports improved orthopnea since {dtw}; now sleeping on 2 pillows.",
    "Pt {pnlc} states {pro} has been taking {drug} {dose} as prescribed.",
    "{Pos} {rel} {rn} is at bedside and assists with history.",
    "{ttl} {pl}'s {rel} reports {pro} has been more confused since {dtw}.",
    "Discussed code status with {pf} and {pos} {rel} {rf}; remains full code.",
    "{pf} was admitted {adm} with CHF exacerbation, now HD 3.",
    "ID verified x2: {pnuc}, DOB {dob}, MRN {mrn}.",
    "Lives at {street} in {city} with {pos} {rel}; 4 stairs to enter.",
    "{Pro} is {age} yo, ambulates with a walker, independent in ADLs.",
    "Aged {agew}, {pf} remains sharp and manages {pos} own pillbox.",
    "Last seen in clinic on {dtw} by {doc}; repeat echo due.",
    "Daughter-in-law {rn} ({phone}) requests update after rounds.",
    "{pnr} (MRN {mrn}) tolerated diuresis, net -1.4 L.",
    "Family meeting with {rel} {rf} planned for {dtw} at 2 pm.",
    "Works nights at {emp}; requests a work note through {dtw}.",
    "Home CPAP (serial {dev}) brought in by {rel}; RT to verify settings.",
], clean=[
    "BP {bp}, HR {hr}, RR {rr}, SpO2 {spo2} on 2L NC, T {temp}.",
    "Continue {drug} {dose}; recheck BMP in AM.",
    "Hx of {epo}, stable on current regimen per {doc}.",
    "A {agey}-year-old {sexw} admitted for CHF exacerbation; net negative 1.2 L overnight.",
    "Labs: {lab}, {lab}, {lab}.",
    "Apgar 8/9 noted in birth history; Down syndrome screening negative in {year}.",
    "Hope to wean O2 to room air by tomorrow if sats hold.",
    "Will recheck {lab} at {time} and titrate accordingly.",
    "Troponin rose from 0.04 to 0.11 ng/mL; cardiology ({doc}) consulted.",
    "{score}.",
    "Pain 4/10, improved after {drug} at {time}.",
    "Room {room}: tele shows NSR with rare PVCs overnight.",
    "Plan discussed with attending {docfull}; PT/OT to evaluate, dispo likely SNF next week.",
    "I&O {n4}/{n4}; weight {wt} kg, down 0.9 kg since {when}.",
    "Echo order {ordno} placed; ordering NPI {npi}.",
    "Young adult sister at bedside earlier, no visitors overnight.",
    "Patient seen and examined, agree with resident note.",
    "Grace period for prior auth on {drug} expires in 30 days; pharmacy aware.",
    "Diagnosis {icd}; E/M level {cpt}.",
])
K["discharge"] = dict(joiner="\n", phi=[
    "{pn} was admitted on {admw} and discharged on {dis} after treatment for urosepsis.",
    "Discharged home with {pos} {rel} {rn} ({phone}) as primary caregiver.",
    "Follow up with {doc} on {dtw} at 10:30 AM.",
    "Patient is a {age}-year-old {sexw} admitted {adm} with a hip fracture after a fall.",
    "Home address confirmed as {street}, {city}, {state} {zip} for the home health referral.",
    "Date of death: {dtn}. Pronounced by {docfull}.",
    "DOB: {dob}   Admit: {adm}   Discharge: {dis}",
    "Pt {pnlc}, aged {agew}, declined SNF placement against advice.",
    "Home health ({hh}) to call {pos} {rel} {rf} at {phone} to arrange start of care.",
    "Insurance: {payer}, member ID {mbr}.",
    "{ttl} {pl} was found down at home by {pos} {rel} on {dtw}.",
    "Mailing address: {street}, {city}, {state} {zip}.",
    "PATIENT: {pnuc}   MRN: {mrn}   ATTENDING: {docfull}",
], clean=[
    "Discharge diagnoses: 1. {epo} 2. AKI, resolved 3. Hypokalemia, repleted.",
    "Discharge medications: {med}; {med}; hold {drug} until seen.",
    "Hospital course notable for {score}; tolerated regular diet, ambulating with walker.",
    "Follow-up: PCP in 7-10 days; CMP and CBC in 1 week.",
    "Pending at discharge: blood cultures x2 (no growth at 48 h).",
    "Code status: DNR/DNI, confirmed with {doc}.",
    "Discharge vitals: T {temp}, BP {bp}, HR {hr}, SpO2 {spo2} on room air.",
    "LOS {n1} days; DRG {drg}; CMI {cmi}.",
    "CDI query: please clarify acuity of heart failure given BNP 1,240 pg/mL and IV {drug}.",
    "Condition at discharge: stable. Diet: 2 g sodium. Activity: as tolerated.",
    "Discharged to {fac} for short-term rehab; report called to receiving RN at {orgphone}.",
    "Principal diagnosis {icd}; secondary {icd}.",
    "Will need INR check in 3 days while on warfarin; goal 2-3.",
])
K["radiology"] = dict(joiner="\n", phi=[
    "Comparison: CT chest {dtn}.",
    "EXAM: MRI BRAIN W/WO CONTRAST   PATIENT: {pnuc}   MRN: {mrn}",
    "Indication: {age} yo {sexa} with fall on anticoagulation.",
    "Pacemaker (serial {dev}) confirmed MR-conditional; device interrogated before scan.",
    "Prior outside study from {dtw} was not available for comparison.",
    "Patient {pn} (DOB {dob}) was unable to lie flat; limited exam.",
    "Results discussed with patient's {rel} {rn} at {phone} per patient request.",
    "CLINICAL HISTORY: {agew}-year-old, weight loss. Prior PET/CT on {dtw}.",
    "Compared with radiographs of {dtn} and {dtn}.",
], clean=[
    "IMPRESSION:\n1. No acute intracranial abnormality.\n2. Chronic small vessel ischemic changes.",
    "Findings: {mm} mm nodule in the {lobe} (series {n1}, image {n3}); per Fleischner criteria no routine follow-up.",
    "Critical result communicated to {doc} at {time} by {docfull}; read-back confirmed.",
    "BI-RADS 2: Benign findings. Recommend routine screening mammogram in 12 months.",
    "Technique: CT abdomen/pelvis with 100 mL Omnipaque 350 IV. DLP 612 mGy-cm.",
    "Chest PA & lateral: cardiomegaly. No pneumothorax. Right IJ central line tip at the cavoatrial junction.",
    "Bone age consistent with chronologic age per Greulich and Pyle.",
    "LI-RADS 4 observation, 1.8 cm, segment 7.",
    "Mild degenerative changes L4-L5; no Schmorl's nodes; no fracture.",
    "Findings consistent with {epo}; correlate clinically.",
    "Ordering provider: {docfull}. Accession workflow completed by reading room 2.",
    "Hounsfield units 12 within the adrenal lesion, consistent with lipid-rich adenoma.",
])
K["pathology"] = dict(joiner="\n", phi=[
    "Specimen collected {dtn}, received {dtn}.",
    "Patient: {pnr}   MRN {mrn}   DOB {dob}",
    "Clinical history: {age}-year-old {sexa} with breast mass.",
    "Prior biopsy from {dtw} reviewed and compared.",
    "Outside consult slides from {hosp} for {pn} received {dtw}.",
    "Addendum: results released to patient {pnlc} per request.",
    "Specimen labeled with name {pnuc} and second identifier (DOB {dob}) verified.",
], clean=[
    "FINAL DIAGNOSIS: A. Colon, sigmoid, biopsy: tubular adenoma, negative for high-grade dysplasia.",
    "GROSS: Received in formalin labeled 'A' are {n1} tan-pink fragments, 0.2-0.4 cm, entirely submitted in cassette A1; H&E x3 levels.",
    "Immunostains: ER positive ({pct}, strong), PR positive ({pct}), HER2 1+ (negative). Ki-67 {pct}.",
    "Prostate, left apex, needle core: adenocarcinoma, Gleason score 3+4=7 (Grade Group 2), 30% of core.",
    "Margins negative; closest margin 2 mm (deep).",
    "pT2 pN0 (0/14) cM0; AJCC 8th edition.",
    "Frozen section diagnosis called to OR {n1} at {time} by {path}.",
    "Reed-Sternberg cells identified; findings consistent with classic Hodgkin lymphoma.",
    "Special stains: GMS and AFB negative; PAS highlights mucin.",
    "Mismatch repair proteins (MLH1, PMS2, MSH2, MSH6) intact.",
    "Microscopic: sections show Barrett's mucosa with goblet cells; no dysplasia.",
    "Electronically signed by {path}, pathologist.",
])
K["referral"] = dict(joiner=" ", phi=[
    "Dear Dr. {docl}, I am referring {pn} (DOB {dob}) for evaluation of possible {epo}.",
    "{ttl} {pl} can be reached at {phone} or by email at {email}.",
    "{Pro} lives at {street}, {city} and relies on {pos} {rel} {rn} for transportation.",
    "{Pos} {rel}, {rf}, is {pos} healthcare power of attorney.",
    "Medicaid ID {mcd}; {payer} managed plan.",
    "I first saw {pf} in our clinic on {dtw}, when the tremor began.",
    "This {age}-year-old {sexw} has had three falls since {dtw}.",
    "RE: {pnr}   MRN {mrn}",
    "{ttl} {pl} asks that a copy also be faxed to {pos} home fax at {fax}.",
    "{Pro} works as a welder at {emp}; exposure history is relevant.",
    "Patient address: {street}, {city}, {state} {zip}.",
], clean=[
    "Thank you for seeing this patient in consultation.",
    "Reason for referral: progressive rest tremor and bradykinesia, possible Parkinson's disease; DaTscan not yet obtained.",
    "Current medications: {med}, {med}.",
    "Please fax your consult note to {hosp} at {orgfax}.",
    "Urgency: routine (within 4-6 weeks).",
    "Referring provider: {docfull}, NPI {npi}.",
    "Relevant labs: {lab}, {lab}; MRI brain unremarkable in {year}.",
    "Please call our office at {orgphone} {ext} with any questions.",
    "Sincerely, {docfull}",
    "Diagnosis code {icd}.",
])
K["priorauth"] = dict(joiner="\n", phi=[
    "RE: {pn}   Member ID: {mbr}   DOB: {dob}",
    "I am writing on behalf of my patient, {pn}, to request authorization for {drug}.",
    "{ttl} {pl} failed methotrexate (started {dtw}) and adalimumab.",
    "Medicare beneficiary identifier {mbi}.",
    "Subscriber: {rn} ({rel}), subscriber ID {mbr}.",
    "{Pro} is {age} years old and cannot tolerate oral alternatives.",
    "Billing account {acct}; patient responsibility to be reviewed.",
    "Last infusion administered {dtn}; next dose due {dtw}.",
    "Patient requests a copy of the determination faxed to {pos} home fax {fax}.",
    "Patient address on file: {street}, {city}, {state} {zip}.",
], clean=[
    "Diagnosis: {icd}; procedure CPT {cpt}.",
    "Requested: {drug} {dose}, 12-month authorization.",
    "Step therapy exception requested; trials of two TNF inhibitors documented in chart.",
    "Clinical criteria: PASI 18, BSA 12%, DLQI 14.",
    "Please contact our office at {orgphone} with questions; fax determination to {orgfax}.",
    "Prescriber: {docfull}, NPI {npi}.",
    "Payer: {payer}; plan type PPO; urgent review requested (72 h).",
    "Peer-to-peer available Tuesdays 12:00-13:00 with {doc}.",
    "Supporting documents: 4 pages including chart notes and lab results.",
    "Medical necessity: disease activity despite maximal conventional therapy.",
])
K["portal"] = dict(joiner=" ", phi=[
    "Hi {doc}, this is {pn}. I've had a headache since {dtw} and the {drug} isn't helping.",
    "My {rel} {rf} will pick up the prescription, my new number is {phone}.",
    "This is {rn}, {pf}'s {rel}. {Pro} fell again {when} and hit {pos} head.",
    "Please send a copy of my records to {email}.",
    "I moved to {street}, {city} {zip}, please update my address.",
    "can you fax the disability form to my home fax {fax}, thanks",
    "my insurance changed, the new member id is {mbr}",
    "Appointment on {dtw}: can I move it to the afternoon? - {pf}",
    "{pnlc} here, DOB {dob}, asking about my lab results",
    "Thank you so much, {doc}! - {pf} {pl}",
    "I work at {emp} and need a note for the days I missed.",
    "my pacemaker card says serial {dev}, is that what you need?",
    "We set up a fundraiser for my surgery, here is the link {urlgfm}",
    "my billing account number is {acct}, I was charged twice for the same visit",
    "do you need my social ({ssn}) for the disability paperwork?",
    "my driver's license number is {dl} if you need it for the ID check",
], clean=[
    "Thank you for the quick reply, feeling much better today.",
    "Is it ok to take ibuprofen with {drug}?",
    "What time does the lab open on Saturdays?",
    "I will be there at {clock}. Is there a grace period if I'm late?",
    "My blood sugar was {glu} this morning and {glu} last night.",
    "Refill request: {drug} {dose}, 90-day supply.",
    "Can I drink rose hip tea while on Eliquis?",
    "The rash is spreading up my arm since {when}, should I come in?",
    "Hope you had a good weekend. Quick question about my Ozempic pen.",
    "BP readings this week: {bp}, {bp}, {bp}.",
    "Will the Shingrix shot be covered by my plan?",
])
K["triage"] = dict(joiner=" ", phi=[
    "Caller: {rn} ({rel}) calling about {pn}, DOB {dob}.",
    "Callback number {phone}.",
    "Pt {pnlc} c/o chest pressure x2h radiating to L arm; advised 911.",
    "{Pro} is {age} y/o and lives alone at {street}.",
    "Verified callback at {phonesp}, read back by caller.",
    "Caller states {pos} {rel} {rf} found {obj} on the bathroom floor this morning.",
    "{ttl} {pl} reports insulin pump (SN {dev}) alarming occlusion since {time}.",
    "Appt made with {doc} for {dtw} at 08:40.",
    "Caller read out SSN {ssn} unprompted; advised not needed for triage.",
    "Pt asking about a bill, guarantor account {acct}; transferred to billing.",
    "CALLER IS PATIENT'S {RELU} {rnlc}, OK PER HIPAA FORM ON FILE.",
    "Caller reports Dexcom receiver {dev} showing sensor failed since {dtw}.",
    "Pt lives at {street}, {city} {zip}; EMS dispatched.",
], clean=[
    "Protocol: Chest Pain (Adult), Schmitt-Thompson; disposition ED now.",
    "Symptoms: fever {tempf} x{n1} days, productive cough, denies SOB.",
    "Advised Tylenol 650 mg q6h prn, push fluids, call back if worse.",
    "Callback within 30 min per queue; nurse {nurse}.",
    "Caller denies chest pain, syncope, or focal weakness.",
    "Transferred to after-hours line ({orgphone}).",
    "Home BP {bp}, HR {hr}; no headache or vision change.",
    "Pt has {epo}; symptoms unchanged from baseline.",
    "Rash with fever: disposition see today in office.",
    "Poison control ({orgphone}) consulted re: 2 extra tablets of {drug}.",
    "Will route to PCP pool for review.",
])
K["casemgmt"] = dict(joiner=" ", phi=[
    "Met with {pn} and {rel} {rn} re: discharge plan.",
    "Medicare MBI {mbi} verified; {payer} secondary.",
    "Guarantor {rn}, account {acct}.",
    "Pt returns to home at {street}, {city}; {rel} will stay with {obj} x2 weeks.",
    "Emergency contact: {rn} ({rel}), {phone}.",
    "Pt works at {emp}; FMLA paperwork faxed to HR.",
    "SNF bed offer received for {dtw}; {pf} agreeable.",
    "ID verified with {state} driver license {dl}.",
    "{ttl} {pl} is {age} and lives independently in {county}.",
    "Medicaid pending, application # submitted with SSN {ssn}.",
    "CPAP (ResMed SN {dev}) to be picked up by {dme}.",
    "Mailing address updated: {street}, {city}, {state} {zip}.",
    "Pt's car (plate {plate}) in visitor garage; daily fee waived per manager.",
    "PatientSecure palm-vein template {biopv} enrolled at registration.",
    "{Rel} {rn} asked that the guardianship paperwork be faxed to {fax} (home).",
], clean=[
    "InterQual criteria met for inpatient level of care; GMLOS {cmi} days.",
    "Referral sent to 3 SNFs via Careport; 2 pending, 1 declined (no LTC beds).",
    "DME: rolling walker and 3-in-1 commode ordered through {dme}.",
    "Avoidable day logged: awaiting MRI, scheduling backlog.",
    "Observation status; MOON notice delivered and signed at {time}.",
    "Home health ({hh}) accepted; SOC within 48 h.",
    "Pt declines Meals on Wheels; {rel} brings groceries weekly.",
    "UM review: continued stay approved by {payer} through day 5.",
    "Discussed with {cm}; barrier is O2 qualification (SpO2 {spo2} on RA at rest).",
    "Transportation via {transport} scheduled for {time} pickup.",
])
K["socialwork"] = dict(joiner=" ", phi=[
    "SW met with {pn} at bedside; {pro} lives with {pos} {rel} {rn}.",
    "{Pos} {rel} {rf} reports concern for caregiver strain.",
    "SSN {ssn} provided for Medicaid application.",
    "Pt's {rel} {rn} can be reached at {phone}.",
    "Pt previously employed at {emp} until {year}.",
    "APS report filed regarding {pn}, {age} yo, self-neglect.",
    "Housing: rents a room at {street}, {city}; landlord aware of admission.",
    "{ttl} {pl}'s car (plate {plate}) was towed from the ED lot; {rel} to retrieve.",
    "Tearful when discussing {pos} late {rel} {rf}, who died on {dtw}.",
    "Pt works part-time at {emp}; lost hours after admission.",
    "Pt's state ID {dl} was lost; replacement requested through BMV.",
    "{Pos} {rel} created a CaringBridge page for updates: {urlcb}",
], clean=[
    "PHQ-9 score {phq}; C-SSRS screen negative.",
    "Provided resources: SNAP, LIHEAP, 211, and Area Agency on Aging.",
    "Pt declines substance use counseling at this time; AUDIT-C 6.",
    "Plan: SW to follow in 1 week; CM aware.",
    "Will coordinate with hospice liaison from {fac}.",
    "Pt verbalizes hope about returning home and faith in {pos} support system.",
    "Advance directive packet provided; pt will review with family.",
    "Domestic violence screen negative; pt feels safe at home.",
    "Transportation barrier identified; bus pass provided.",
    "Interdisciplinary rounds at {time}: dispo home with services.",
])
K["incident"] = dict(joiner=" ", phi=[
    "Pt {pn} (MRN {mrn}) found on floor of room {room} at 0315.",
    "Visitor {rn} ({rel} of pt) slipped on wet floor near elevator B.",
    "Vehicle with plate {plate} parked in ambulance bay belongs to pt's {rel}.",
    "Pt's {rel} {rn} notified by phone at {phone}.",
    "Wrong-patient label: tube labeled {pnuc} DOB {dob} drawn from bed 2.",
    "Pt's hearing aid (serial {dev}) lost during transfer to 5E.",
    "{ttl} {pl}, {age}, eloped from unit; located in lobby at {time}.",
    "Pt's vehicle, VIN {vin}, damaged in parking garage level 3.",
    "{pnlc} states the event occurred on {dtw} during night shift.",
    "Visitor {rn} identified via driver license {dl} by security.",
    "Pt in custody, ODRC inmate number {inmate}; officer at bedside.",
    "Pt's wallet with Social Security card ({ssn}) secured by security, receipt given to {rel}.",
    "Fingerprint template {biofp} captured by badge kiosk mistakenly enrolled pt as visitor.",
], clean=[
    "Fall, no injury; Morse {n2}; bed alarm was on.",
    "Med error: {drug} 10x dose caught at pharmacy verification; no harm (NCC MERP Category B).",
    "Security called to ED at {time} for aggressive behavior; resolved without restraints.",
    "IV pump channel B alarmed occlusion; biomed tag BM-{num5} removed from service.",
    "Witnessed by {nurse}; charge nurse and {doc} notified.",
    "Post-fall huddle completed; contributing factor: {drug} given at {time}.",
    "Pressure injury stage 2 noted on sacrum; Braden 12.",
    "Specimen rejected by lab: hemolyzed, redraw ordered.",
    "Rapid response called at {time}; pt transferred to ICU.",
    "Root cause analysis scheduled; event category: medication.",
])
K["chaplain"] = dict(joiner=" ", phi=[
    "Chaplain visited {pn} and {pos} {rel} {rn}.",
    "{ttl} {pl}'s {rel} requested Sacrament of the Sick.",
    "Pt {pnlc} shared that {pos} late {rel} {rf} died on {dtw}.",
    "Pt is {age} and asked for prayer before surgery on {dtw}.",
    "{Rel} {rf} asked that their pastor be called at {phone2}.",
    "{pf} spoke about growing up in {city} and singing in the church choir.",
    "Aged {agew}, pt says {pro} is ready and at peace.",
], clean=[
    "Provided presence and active listening; pt expressed hope and faith in recovery.",
    "Grace before meals requested; Catholic, prefers rosary at bedside.",
    "Offered spiritual support; pt declined at this time.",
    "Will follow; referred to Buddhist chaplain per pt preference.",
    "Family gathered at bedside; prayer and anointing provided.",
    "Pt anxious about {epo} diagnosis; explored sources of meaning.",
    "Spiritual assessment (FICA) completed; no distress noted.",
    "Chaplain on call paged at {time} for death in {room}.",
    "Pt requested Quran and qibla direction; provided.",
])
K["interpreter"] = dict(joiner=" ", phi=[
    "Interpreted for {pn} (Spanish) during surgical consent.",
    "{Pos} {rel} {rn} offered to interpret; declined, professional interpreter used.",
    "Pt's {rel} prefers Vietnamese; best number {phone}.",
    "{ttl} {pl} requested a female interpreter for the visit on {dtw}.",
    "Interpreted discharge instructions for {pnlc}; {rel} {rf} present.",
    "Pt is {age} and hard of hearing; used amplified headset.",
], clean=[
    "{lang} via VRI, session {hms}, interpreter ID {interp}.",
    "Teach-back completed successfully.",
    "{lang} interpreter unavailable; used language line ({orgphone}).",
    "ASL interpreter on site from {clock} for {n2} min.",
    "Interpretation for informed consent, {docfull} present.",
    "{lang} phone interpreter #{interp}, connection dropped once, reconnected.",
    "Pt said \"no more needles\" and asked for the {lang} consent form.",
    "Sight translation of discharge meds: {med}.",
    "Pt speaks K'iche'; relay interpretation via Spanish.",
])
K["carecoord"] = dict(joiner=" ", phi=[
    "Called {pn} to schedule colonoscopy prep for {dtw}.",
    "LVM for pt at {phone} re: A1c overdue.",
    "Pt's {rel} {rf} requests transport; pickup at {street}, {city}.",
    "Sent portal invite to {email}.",
    "Confirmed DOB {dob} and member ID {mbr} before discussing results.",
    "Patient portal link: {urlportal}",
    "{pnr} prefers texts to {phone}, not calls.",
    "Spoke with {rel} {rn} ({remail}) about respite options.",
    "Pt turning {age} on {dtw}; family asking about home safety eval.",
    "Mailing new glucometer to {street}, {city} {zip}.",
    "Replacement CGM transmitter {dev} shipped to pt.",
    "Financial counseling: HAR {acct} flagged for charity care review.",
], clean=[
    "Task reassigned to Care Team B; due in 2 business days.",
    "Closed: gap in care satisfied (HbA1c 7.1 on file).",
    "Outreach attempt {n1} of 3 at {time}; no answer, no voicemail set up.",
    "Transport booked via {transport}; confirmation {ordno}.",
    "Pharmacy called re: {drug} PA status, pending.",
    "Escalated to {nurse} for BP {bp} reported on home cuff.",
    "Annual wellness visit needed; Medicare AWV G0439.",
    "Hope to close this gap by end of quarter.",
    "Referral to {hh} faxed to {orgfax}; awaiting acceptance.",
])

DICT_PHI = [
    ("PATIENT", "It's {pn}, born {dobw}."),
    ("CLINICIAN", "Good morning, {ttl} {pl}. Who did you bring with you today?"),
    ("FAMILY", "I'm {rn}, {pos} {rel}. I drove {obj} in from {city}."),
    ("PATIENT", "My {rel} {rf} handles the pills, I can't keep track anymore."),
    ("PATIENT", "I'm {agew} years old, doc, I've earned a little salt."),
    ("PATIENT", "We're still at {street}, same as always."),
    ("FAMILY", "You can call me at {phonesp} if anything comes back."),
    ("CLINICIAN", "Okay {pf}, I'm going to listen to your heart now."),
    ("PATIENT", "The last time I saw the heart doctor was {dtw}, I think."),
    ("PATIENT", "My Medicare number is {mbi}, do you need the card?"),
    ("FAMILY", "{Pro} turned {age} on {dtw} and {pro}'s been slowing down since."),
    ("CLINICIAN", "So {pnlc}, date of birth {dob}, correct?"),
]
DICT_CLEAN = [
    ("CLINICIAN", "Any chest pain, pressure, or shortness of breath when you walk?"),
    ("PATIENT", "No, just more tired than usual, and my ankles swell by evening."),
    ("CLINICIAN", "Let's bump the {drug} up to {dose} and recheck labs in two weeks."),
    ("PATIENT", "Okay. I hope that helps, the last one made me dizzy."),
    ("CLINICIAN", "Your A1c came back at 7.9, down from 8.6 in the fall."),
    ("FAMILY", "She's been sleeping a lot more since last Tuesday."),
    ("CLINICIAN", "Take a deep breath in... and out. Good."),
    ("PATIENT", "Will I still need the water pill?"),
    ("CLINICIAN", "Blood pressure today is {bp}, which is a little high."),
    ("FAMILY", "Is the Parkinson's making the swallowing worse?"),
    ("CLINICIAN", "I'll send a referral to {hh} for physical therapy."),
    ("PATIENT", "I'm eighty-one, not dead yet."),
    ("CLINICIAN", "You're {agey}, so the shingles vaccine is recommended."),
    ("PATIENT", "The Mounjaro makes me nauseous for a day after the shot."),
]

for k_, v_ in K.items():
    for t in v_["phi"]:
        assert set(TOKEN.findall(t)) & PHI_KEYS, (k_, t)
    for t in v_["clean"]:
        assert not (set(TOKEN.findall(t)) & PHI_KEYS), (k_, t)
for _, t in DICT_PHI:
    assert set(TOKEN.findall(t)) & PHI_KEYS, t
for _, t in DICT_CLEAN:
    assert not (set(TOKEN.findall(t)) & PHI_KEYS), t


def compose(kind, ctx, phi):
    spec = K[kind]
    if phi:
        sents = R.sample(spec["clean"], R.choice([0, 1, 1, 2]))
        sents += R.sample(spec["phi"], 1 if R.random() < 0.7 else 2)
    else:
        sents = R.sample(spec["clean"], R.choice([1, 2, 2, 3]))
    R.shuffle(sents)
    out = []
    for i, s in enumerate(sents):
        if i:
            out.append((spec["joiner"], None))
        out.extend(expand(s, ctx))
    out = merge(out)
    has = any(c for _, c in out)
    assert has == phi, (kind, out)
    return out


def compose_turns(ctx, phi, n=None):
    n = n or R.randint(2, 4)
    if phi:
        k = 1 if n < 3 or R.random() < 0.6 else 2
        turns = R.sample(DICT_PHI, k) + R.sample(DICT_CLEAN, n - k)
    else:
        turns = R.sample(DICT_CLEAN, n)
    R.shuffle(turns)
    out = [(role, expand(t, ctx)) for role, t in turns]
    assert any(c for _, segs in out for _, c in segs) == phi
    return out


# ---------------------------------------------------------------------------
# escaping (per segment; each is a per-character map, verified against whole-string)
# ---------------------------------------------------------------------------
def esc_json(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def esc_json_ascii(s):
    return json.dumps(s)[1:-1]


def esc_logfmt(s):
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")


HL7_MAP = {"\\": "\\E\\", "|": "\\F\\", "^": "\\S\\", "&": "\\T\\", "~": "\\R\\", "\n": "\\.br\\"}


def esc_hl7(s):
    return "".join(HL7_MAP.get(ch, ch) for ch in s)


def esc_csv(s):
    return s.replace('"', '""').replace("\n", " ")


def esc_xml(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", " ")


def esc_rsyslog(s):
    return s.replace("\n", "#012").replace("\t", "#011")


def esc_nl_space(s):
    return s.replace("\n", " ")


def esc_nl_pipe(s):
    return s.replace("\n", " | ")


def esc_java_nl(s):
    return s.replace("\n", "\\n")


def esc_form(s):
    return urllib.parse.quote_plus(s, safe="")


def esc_ruby(s):
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def py_quote_for(full):
    return '"' if ("'" in full and '"' not in full) else "'"


def make_esc_pyrepr(q):
    def f(s):
        out = []
        for ch in s:
            if ch == "\\":
                out.append("\\\\")
            elif ch == q:
                out.append("\\" + q)
            elif ch == "\n":
                out.append("\\n")
            elif ch == "\r":
                out.append("\\r")
            elif ch == "\t":
                out.append("\\t")
            elif not ch.isprintable():
                out.append("\\x%02x" % ord(ch) if ord(ch) < 256 else "\\u%04x" % ord(ch))
            else:
                out.append(ch)
        return "".join(out)
    return f


def make_esc_bytesrepr(q):
    def f(s):
        out = []
        for b in s.encode("utf-8"):
            ch = chr(b)
            if ch == "\\":
                out.append("\\\\")
            elif ch == q:
                out.append("\\" + q)
            elif ch == "\n":
                out.append("\\n")
            elif ch == "\r":
                out.append("\\r")
            elif ch == "\t":
                out.append("\\t")
            elif 32 <= b < 127:
                out.append(ch)
            else:
                out.append("\\x%02x" % b)
        return "".join(out)
    return f


def esc(segs, fn):
    out = [(fn(t), c) for t, c in segs]
    whole = fn("".join(t for t, _ in segs))
    assert "".join(t for t, _ in out) == whole, (fn, segs)
    for t, c in out:
        if c:
            assert t and t == t.strip(), (t, c)
    return out


def plain(segs):
    return "".join(t for t, _ in segs)


def pyrepr_segs(segs):
    full = plain(segs)
    q = py_quote_for(full)
    out = esc(segs, make_esc_pyrepr(q))
    out = [(q, None)] + out + [(q, None)]
    assert plain(out) == repr(full)
    return out


# ---------------------------------------------------------------------------
# line builder
# ---------------------------------------------------------------------------
class Line:
    def __init__(self):
        self.parts = []

    def add(self, t, cat=None):
        self.parts.append((t, cat))

    def segs(self, segs):
        for t, c in segs:
            self.parts.append((t, c))

    def build(self):
        b = bytearray()
        spans = []
        for t, c in self.parts:
            eb = t.encode("utf-8")
            if c:
                spans.append((len(b), len(b) + len(eb), c, eb))
            b += eb
        return bytes(b), spans


# ---------------------------------------------------------------------------
# clock helpers (log timestamps: never PHI)
# ---------------------------------------------------------------------------
CLOCK = [datetime.datetime(2024, 3, 4, 7, 58, 12, 118000, tzinfo=datetime.timezone.utc)]


def tick():
    CLOCK[0] += datetime.timedelta(microseconds=R.randint(150000, 41000000))
    return CLOCK[0]


def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def iso_us(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.%f")


def log4j(t, sep=","):
    return t.strftime("%Y-%m-%d %H:%M:%S") + sep + "%03d" % (t.microsecond // 1000)


def epoch_ms(t):
    return int(t.timestamp() * 1000)


def bsd(t):
    return "%s %2d %s" % (t.strftime("%b"), t.day, t.strftime("%H:%M:%S"))


# ---------------------------------------------------------------------------
# wrappers (families)
# ---------------------------------------------------------------------------
def jv(L, key, value, cat=None, comma=True):
    L.add('"%s":"' % key)
    L.add(esc_json(value), cat)
    L.add('"' + ("," if comma else ""))


def w_nlp_json(L, ctx, segs, phi, t):
    L.add('{"ts":"%s","level":"INFO","logger":"ctakes.pipeline.%s","doc_id":"%s","section":"%s",' % (
        iso_ms(t), pick(["SectionAnnotator", "SentenceDetector", "NegexAnnotator", "DrugMentionAnnotator"]),
        uuid(), pick(["HPI", "Assessment/Plan", "Interval History", "Subjective", "Hospital Course"])))
    if phi and R.random() < 0.35:
        jv(L, pick(["patient_mrn", "mrn", "pat_id", "patientId"]), cached(ctx, "mrn"), "mrn")
    L.add('"%s":"' % pick(["text", "text", "sentence_text", "covered_text"]))
    L.segs(esc(segs, esc_json))
    L.add('","tokens":%d,"latency_ms":%d}' % (R.randint(20, 400), R.randint(3, 120)))
    return "json"


def w_cdi_logfmt(L, ctx, segs, phi, t):
    L.add("ts=%s level=info app=cdi-assist worker=%d query_id=Q-%d drg=%d cc_mcc=%s msg=\"" % (
        iso_ms(t), R.randint(1, 8), R.randint(10000, 99999), pick([291, 292, 871, 872, 470, 193, 683]),
        pick(["MCC", "CC", "none"])))
    L.segs(esc(segs, esc_logfmt))
    L.add("\" confidence=%.2f latency=%dms" % (R.uniform(0.41, 0.99), R.randint(40, 900)))


def w_mirth_obx(L, ctx, segs, phi, t):
    L.add("[%s]  INFO  (com.mirth.connect.server.channels.%s:%d): OBX|%d|TX|18782-3^Radiology Study observation^LN|%d|" % (
        log4j(t), pick(["RadResults", "PowerScribeInbound", "RIS_ORU"]), R.randint(100, 900),
        R.randint(1, 9), R.randint(1, 4)))
    L.segs(esc(segs, esc_hl7))
    L.add("||||||F")


def w_cloverleaf_nte(L, ctx, segs, phi, t):
    L.add("%s tps_path_results: [pd.copath.%d] NTE|%d|L|" % (
        t.strftime("%m/%d/%Y %H:%M:%S"), R.randint(0, 3), R.randint(1, 12)))
    L.segs(esc(segs, esc_hl7))


def w_fhir_json(L, ctx, segs, phi, t):
    L.add("%s DEBUG fhir-bridge POST /fhir/R4/DiagnosticReport body=" % iso_ms(t))
    L.add('{"resourceType":"DiagnosticReport","status":"final","category":[{"text":"RAD"}],"code":{"text":"%s"},' % pick(
        ["CT HEAD WO CONTRAST", "XR CHEST 2 VIEWS", "MRI LUMBAR SPINE WO", "US ABDOMEN COMPLETE",
         "CTA CHEST PE PROTOCOL", "MAMMO SCREENING BILATERAL"]))
    if phi and R.random() < 0.4:
        L.add('"subject":{"reference":"Patient/')
        L.add(cached(ctx, "mrn"), "mrn")
        L.add('"},')
    L.add('"conclusion":"')
    L.segs(esc(segs, esc_json))
    L.add('"}')
    return "json_after:body="


def w_syslog5424(L, ctx, segs, phi, t):
    L.add('<134>1 %s ref-mgr-0%d referral-svc %d LETTER [meta@32473 letterId="L-2024-%05d" template="%s"] ' % (
        iso_ms(t), R.randint(1, 4), R.randint(1000, 30000), R.randint(1, 99999),
        pick(["neuro_v2", "ortho_v3", "cards_v1", "gi_v4"])))
    L.segs(esc(segs, esc_nl_space))


def w_log4j_fax(L, ctx, segs, phi, t):
    L.add("%s INFO  [fax-outbound-%d] c.h.fax.CoverLetterRenderer - job=FX-%s-%04d pages=%d dest=+1%s letter_text=" % (
        log4j(t), R.randint(1, 6), t.strftime("%Y%m%d"), R.randint(1, 9999), R.randint(2, 14),
        "".join(nanp_parts(0.0))))
    L.segs(esc(segs, esc_java_nl))


SUBJECTS = ["Question about my medication", "Refill", "Test results", "Appointment", "Billing question",
            "Follow up", "Side effects", "Form request"]


def w_rails(L, ctx, segs, phi, t):
    L.add("[%s] [" % uuid())
    if phi and R.random() < 0.35:
        L.add(ip_public(), "ip")
    else:
        L.add(ip_private())
    L.add('] Parameters: {"authenticity_token"=>"[FILTERED]", "message"=>{"subject"=>"%s", "body"=>"' % pick(SUBJECTS))
    L.segs(esc(segs, esc_ruby))
    L.add('", "recipient_pool_id"=>"%d"' % R.randint(10, 99))
    if phi and R.random() < 0.3:
        L.add(', "attachment"=>"')
        L.add(photo_value(), "photo")
        L.add('"')
    L.add('}, "commit"=>"Send"}')


def w_pyrepr(L, ctx, segs, phi, t):
    L.add("%s INFO triage.worker: saved call note {'call_id': 'TC-%07d', 'queue': '%s', 'disposition': '%s', " % (
        log4j(t), R.randint(1, 9999999), pick(["adult-after-hours", "peds-nurseline", "ob-triage", "behavioral"]),
        pick(["ED_NOW", "SEE_TODAY", "HOME_CARE", "CALL_911", "SEE_24H"])))
    if phi and R.random() < 0.3:
        L.add("'callback': '")
        L.add(cached(ctx, "phone"), "phone")
        L.add("', ")
    L.add("'note': ")
    L.segs(pyrepr_segs(segs))
    L.add(", 'duration_s': %d}" % R.randint(60, 1900))
    return "pydict_after:saved call note "


def w_es(L, ctx, segs, phi, t):
    L.add('{"_index":"cm-notes-%s","_id":"%s","_score":%.2f,"_source":{"@timestamp":"%s","note_type":"%s","author":"%s",' % (
        t.strftime("%Y.%m"), base64.urlsafe_b64encode(bytes(R.randrange(256) for _ in range(15))).decode(),
        R.uniform(1, 14), iso_ms(t), pick(["UM Review", "Discharge Planning", "Care Transition", "Payer Communication"]),
        pick(STAFF_CM)))
    if phi and R.random() < 0.3:
        L.add('"patient":{"mrn":"')
        L.add(cached(ctx, "mrn"), "mrn")
        L.add('"},')
    L.add('"note_text":"')
    L.segs(esc(segs, esc_json))
    L.add('","unit":"%s"}}' % pick(["4W", "5E", "MICU", "ortho", "tele"]))
    return "json"


def w_kafka(L, ctx, segs, phi, t):
    inner = [('{"narrative": "', None)] + esc(segs, esc_json_ascii) + [
        ('", "author_role": "%s", "unit": "%s"}' % (pick(["LCSW", "MSW", "LISW-S"]), pick(["4W", "5E", "ED", "Onc"])), None)]
    inner = merge(inner)
    vb = plain(inner).encode("utf-8")
    q = "'" if (b"'" not in vb or b'"' in vb) else '"'
    vsegs = esc(inner, make_esc_bytesrepr(q))
    assert "b" + q + plain(vsegs) + q == repr(vb)
    key = "note-" + hexid(6)
    L.add("ConsumerRecord(topic='sw.notes.v1', partition=%d, offset=%d, timestamp=%d, timestamp_type=0, key=b'%s', value=b%s" % (
        R.randint(0, 11), R.randint(10000, 9999999), epoch_ms(t), key, q))
    L.segs(vsegs)
    L.add("%s, headers=[], checksum=None, serialized_key_size=%d, serialized_value_size=%d, serialized_header_size=-1)" % (
        q, len(key), len(vb)))


def w_ambient_json(L, ctx, turns, phi, t):
    L.add('{"session_id":"amb-%s","encounter_type":"%s","turns":[' % (hexid(10), pick(["office", "telehealth", "inpatient"])))
    pos = R.uniform(3, 300)
    for i, (role, segs) in enumerate(turns):
        dur = R.uniform(1.2, 9.5)
        L.add('%s{"spk":"%s","start":%.1f,"end":%.1f,"utt":"' % ("," if i else "", role, pos, pos + dur))
        L.segs(esc(segs, esc_json))
        L.add('"}')
        pos += dur + R.uniform(0.2, 2)
    L.add('],"asr_model":"med-asr-2.3.%d"' % R.randint(0, 9))
    if phi and R.random() < 0.4:
        L.add(',"speaker_enrollment":{"spk":"PATIENT","voiceprint":"')
        L.add(bio_value(), "biometric")
        L.add('"}')
    L.add("}")
    return "json"


def w_asr_kv(L, ctx, turns, phi, t):
    role, segs = turns[0]
    a = R.uniform(5, 900)
    L.add("%s DEBUG [asr.diarize] session=amb-%s seg=%d speaker=SPK_%d role=%s t=%.2f-%.2f conf=%.2f " % (
        log4j(t), hexid(6), R.randint(1, 180), R.randint(0, 3), role, a, a + R.uniform(1, 9), R.uniform(0.7, 0.99)))
    if phi and R.random() < 0.2:
        L.add("voiceprint=")
        L.add(bio_value(), "biometric")
        L.add(" ")
    L.add('text="')
    L.segs(esc(segs, esc_logfmt))
    L.add('"')


def w_springboot(L, ctx, segs, phi, t):
    L.add("%s  %s %d --- [nio-8080-exec-%d] o.h.safety.IncidentService               : Incident submitted: IncidentReport(id=IR-2024-%05d, category=%s, severity=%d, unit=%s, narrative=" % (
        log4j(t, "."), pick(["INFO", "WARN"]), R.randint(1000, 9999), R.randint(1, 10), R.randint(1, 99999),
        pick(["FALL", "MEDICATION", "SECURITY", "EQUIPMENT", "SPECIMEN", "PROPERTY"]), R.randint(1, 5),
        pick(["4 West", "5 East", "ED", "MICU", "3 North"])))
    L.segs(esc(segs, esc_nl_space))
    L.add(", reporterRole=%s)" % pick(["RN", "LPN", "PCT", "SECURITY", "MD"]))


def w_zap(L, ctx, segs, phi, t):
    L.add('{"level":"info","ts":%.4f,"caller":"notes/store.go:%d","msg":"note persisted","note_type":"spiritual_care","visit_minutes":%d,"content":"' % (
        t.timestamp(), R.randint(40, 200), R.randint(5, 60)))
    L.segs(esc(segs, esc_json))
    L.add('","trace_id":"%s"}' % hexid(32))
    return "json"


def w_csv(L, ctx, segs, phi, t):
    L.add('%s,interp-svc,SESSION_CLOSED,%s,%s,00:%02d:%02d,"' % (
        iso_ms(t).replace(".%03dZ" % (t.microsecond // 1000), "Z"), pick(["VRI", "OPI", "ONSITE"]),
        pick(["Spanish", "Vietnamese", "Mandarin", "Somali", "Arabic", "ASL", "Nepali", "Haitian Creole"]),
        R.randint(3, 59), R.randint(0, 59)))
    L.segs(esc(segs, esc_csv))
    L.add('",%d' % R.randint(10000, 99999))


def w_sfdc(L, ctx, segs, phi, t):
    L.add('CometD event received on /event/Care_Task_Update__e: {"schema":"Lq3bS-0s5E0m1Q%s","payload":{"CreatedDate":"%s","CreatedById":"0055f00000%sAAK","Task_Id__c":"00T5f00000%sEAR","Status__c":"%s",' % (
        hexid(4), iso_ms(t), hexid(5).upper(), hexid(5).upper(), pick(["Open", "In Progress", "Completed", "Deferred"])))
    if phi and R.random() < 0.25:
        jv(L, "Patient_Portal_URL__c", pick([url_for(ctx), RES["urlportal"](ctx)[0][0]]), "url")
    L.add('"Comment__c":"')
    L.segs(esc(segs, esc_json))
    L.add('"},"event":{"replayId":%d}}' % R.randint(10000, 999999))
    return "json_after:__e: "


def w_goform(L, ctx, segs, phi, t):
    L.add("%s handler.go:%d: POST /api/v2/messages form: thread_id=%d&subject=%s&body=" % (
        t.strftime("%Y/%m/%d %H:%M:%S"), R.randint(100, 300), R.randint(1000, 99999), esc_form(pick(SUBJECTS))))
    L.segs(esc(segs, esc_form))
    if phi and R.random() < 0.3:
        L.add("&reply_to=")
        L.add(esc_form(cached(ctx, "email")), "email")
    L.add("&csrf=%s remote=" % hexid(24))
    if phi and R.random() < 0.3:
        L.add(ip_public(), "ip")
    else:
        L.add(ip_private())


def w_serilog(L, ctx, segs, phi, t):
    L.add('{"@t":"%s","@mt":"Triage note saved for call {CallId}","@l":"Information","CallId":"TC-%07d",' % (
        iso_us(t) + "0Z", R.randint(1, 9999999)))
    L.add('"NoteBody":"')
    L.segs(esc(segs, esc_json))
    L.add('","ElapsedMs":%d,"SourceContext":"Nurseline.Triage.NoteWriter"}' % R.randint(2, 400))
    return "json"


def w_bsd(L, ctx, segs, phi, t):
    L.add("%s cdi-nlp-0%d cdi-worker[%d]: [doc %d] summary_fragment: " % (
        bsd(t), R.randint(1, 3), R.randint(1000, 40000), R.randint(10000, 999999)))
    L.segs(esc(segs, esc_rsyslog))


def w_gelf(L, ctx, segs, phi, t):
    L.add('{"version":"1.1","host":"safety-app-0%d","short_message":"Incident narrative updated","full_message":"' % R.randint(1, 4))
    L.segs(esc(segs, esc_json))
    L.add('","timestamp":%.3f,"level":6,"_incident_id":"IR-2024-%05d","_unit":"%s"}' % (
        t.timestamp(), R.randint(1, 99999), pick(["4 West", "5 East", "ED", "MICU", "Parking"])))
    return "json"


def w_lambda(L, ctx, segs, phi, t):
    L.add("%s\t%s\tINFO\tPA letter generated " % (iso_ms(t), uuid()))
    L.add('{"letterType":"%s","payer":"%s",' % (pick(["medical_necessity", "appeal", "step_therapy_exception"]), pick(PAYERS)))
    if phi and R.random() < 0.3:
        jv(L, "memberId", cached(ctx, "mbr"), "health_plan")
    L.add('"narrative":"')
    L.segs(esc(segs, esc_json))
    L.add('","pages":%d}' % R.randint(1, 9))
    return "json_after:generated "


def w_docker(L, ctx, segs, phi, t):
    inner = [('{"level":"info","svc":"path-synoptic","field":"%s","value":"' % pick(
        ["final_diagnosis", "gross_description", "comment", "clinical_history", "addendum"]), None)]
    inner += esc(segs, esc_json)
    inner += [('","case_len":%d}\n' % R.randint(200, 9000), None)]
    inner = merge(inner)
    L.add('{"log":"')
    L.segs(esc(inner, esc_json))
    L.add('","stream":"stdout","time":"%s"}' % (iso_us(t) + "%03dZ" % R.randint(0, 999)))
    return "json_docker"


def w_klog(L, ctx, segs, phi, t):
    L.add('I%s %7d tasks.go:%d] "Task comment added" task="CC-%d" assignee="%s" comment="' % (
        t.strftime("%m%d %H:%M:%S.%f"), 1, R.randint(100, 400), R.randint(10000, 99999),
        pick(["pop-health-team-b", "cc-rn-pool", "transitions", "chw-east"])))
    L.segs(esc(segs, esc_logfmt))
    L.add('"')


def w_fluentd(L, ctx, segs, phi, t):
    L.add("%s%03d +0000 notes.socialwork: " % (t.strftime("%Y-%m-%d %H:%M:%S.%f"), R.randint(0, 999)))
    L.add('{"author_role":"%s","message":"' % pick(["LCSW", "MSW", "SW intern"]))
    L.segs(esc(segs, esc_json))
    L.add('","unit":"%s"}' % pick(["4W", "5E", "ED", "Onc", "Peds"]))
    return "json_after:socialwork: "


def w_dataclass(L, ctx, segs, phi, t):
    a = R.randint(0, 4000)
    L.add("DEBUG:nlp.sectionizer:Section(name=%r, start=%d, end=%d, text=" % (
        pick(["Assessment and Plan", "Subjective", "Interval Events", "Social History", "Objective"]), a, a + R.randint(80, 900)))
    L.segs(pyrepr_segs(segs))
    L.add(", negated=%s)" % pick(["False", "True"]))


def w_cda(L, ctx, segs, phi, t):
    L.add('%s INFO  [cda-builder-%d] section rendered: <section><code code="8648-4" codeSystem="2.16.840.1.113883.6.1"/><title>%s</title><text><paragraph>' % (
        log4j(t, "."), R.randint(1, 4), pick(["Hospital Course", "Discharge Summary", "Discharge Instructions"])))
    L.segs(esc(segs, esc_xml))
    L.add("</paragraph></text></section>")


def w_ruby(L, ctx, segs, phi, t):
    L.add("I, [%s #%d]  INFO -- interp: session=%s-%d lang=%s minutes=%d note=\"" % (
        iso_us(t), R.randint(1000, 40000), pick(["VRI", "OPI", "ONSITE"]), R.randint(10000, 99999),
        pick(["spa", "vie", "cmn", "som", "ara", "ase", "nep", "hat"]), R.randint(2, 70)))
    L.segs(esc(segs, esc_ruby))
    L.add('"')


def w_pino(L, ctx, segs, phi, t):
    L.add('{"level":30,"time":%d,"pid":%d,"hostname":"portal-api-%s","reqId":"req-%s","msg":"inbound patient message",' % (
        epoch_ms(t), R.randint(10, 99), hexid(5), hexid(3)))
    L.add('"thread":"T-%d","message":{"subject":"%s","text":"' % (R.randint(10000, 99999), pick(SUBJECTS)))
    L.segs(esc(segs, esc_json))
    L.add('"')
    if phi and R.random() < 0.2:
        L.add(',"id_selfie":"')
        L.add(photo_value(), "photo")
        L.add('"')
    L.add('},"remoteAddress":"')
    if phi and R.random() < 0.5:
        L.add(ip_public(), "ip")
    else:
        L.add(ip_private())
    L.add('","responseTime":%d}' % R.randint(3, 400))
    return "json"


def w_spark(L, ctx, segs, phi, t):
    L.add("%s INFO ReferralExtract: sample row: Row(referral_id=%d, specialty=%r, letter_text=" % (
        t.strftime("%y/%m/%d %H:%M:%S"), R.randint(100000, 9999999),
        pick(["Neurology", "Orthopedics", "Cardiology", "Gastroenterology", "Rheumatology"])))
    L.segs(pyrepr_segs(segs))
    L.add(", priority=%r)" % pick(["routine", "urgent", "stat"]))


FAMILIES = [
    ("nlp_json_progress", "progress", w_nlp_json),
    ("cdi_logfmt_discharge", "discharge", w_cdi_logfmt),
    ("mirth_hl7_obx_radiology", "radiology", w_mirth_obx),
    ("cloverleaf_hl7_nte_pathology", "pathology", w_cloverleaf_nte),
    ("fhir_json_radiology", "radiology", w_fhir_json),
    ("syslog5424_referral", "referral", w_syslog5424),
    ("log4j_fax_priorauth", "priorauth", w_log4j_fax),
    ("rails_params_portal", "portal", w_rails),
    ("pydict_repr_triage", "triage", w_pyrepr),
    ("es_hit_casemgmt", "casemgmt", w_es),
    ("kafka_consumerrecord_socialwork", "socialwork", w_kafka),
    ("ambient_json_turns", "dictation", w_ambient_json),
    ("asr_logfmt_dictation", "dictation1", w_asr_kv),
    ("springboot_tostring_incident", "incident", w_springboot),
    ("zap_json_chaplain", "chaplain", w_zap),
    ("csv_audit_interpreter", "interpreter", w_csv),
    ("sfdc_event_carecoord", "carecoord", w_sfdc),
    ("go_form_urlenc_portal", "portal", w_goform),
    ("serilog_clef_triage", "triage", w_serilog),
    ("bsd_syslog_discharge", "discharge", w_bsd),
    ("gelf_json_incident", "incident", w_gelf),
    ("cloudwatch_lambda_priorauth", "priorauth", w_lambda),
    ("docker_json_pathology", "pathology", w_docker),
    ("klog_carecoord", "carecoord", w_klog),
    ("fluentd_stdout_socialwork", "socialwork", w_fluentd),
    ("pylogging_dataclass_progress", "progress", w_dataclass),
    ("cda_xml_discharge", "discharge", w_cda),
    ("ruby_logger_interpreter", "interpreter", w_ruby),
    ("pino_json_portal", "portal", w_pino),
    ("spark_row_referral", "referral", w_spark),
]


# ---------------------------------------------------------------------------
# structural self-checks on finished lines
# ---------------------------------------------------------------------------
def check_struct(kind, line_s):
    if kind is None:
        return
    if kind == "json":
        json.loads(line_s)
    elif kind == "json_docker":
        outer = json.loads(line_s)
        assert outer["log"].endswith("\n")
        json.loads(outer["log"])
    elif kind.startswith("json_after:"):
        marker = kind.split(":", 1)[1]
        json.loads(line_s.split(marker, 1)[1])
    elif kind.startswith("pydict_after:"):
        marker = kind.split(":", 1)[1]
        ast.literal_eval(line_s.split(marker, 1)[1])


def main():
    slots = []
    for fi, (fam, kind, fn) in enumerate(FAMILIES):
        count = 17 if fi < 20 else 16
        clean_n = 8 if fi < 15 else 7
        slots += [(fi, False)] * clean_n + [(fi, True)] * (count - clean_n)
    assert len(slots) == N_LINES
    R.shuffle(slots)

    out_lines = []
    labels = []
    for n, (fi, phi) in enumerate(slots, 1):
        fam, kind, fn = FAMILIES[fi]
        ctx = new_ctx()
        t = tick()
        if kind == "dictation":
            content = compose_turns(ctx, phi)
        elif kind == "dictation1":
            content = compose_turns(ctx, phi, n=1)
        else:
            content = compose(kind, ctx, phi)
        L = Line()
        sk = fn(L, ctx, content, phi, t)
        b, spans = L.build()
        s_line = b.decode("utf-8")
        check_struct(sk, s_line)
        assert b"\n" not in b and b"\r" not in b, (n, fam)
        assert len(b) <= 4000, (n, fam, len(b))
        assert bool(spans) == phi, (n, fam, phi, spans)
        for s, e, c, v in spans:
            if b[s:e] != v:
                raise SystemExit("span mismatch line %d fam %s: %r != %r" % (n, fam, b[s:e], v))
            assert e > s
        out_lines.append(b)
        labels.append({"line": n, "family": fam,
                       "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]})

    with open(os.path.join(HERE, CORPUS_ID + ".log"), "wb") as f:
        for b in out_lines:
            f.write(b + b"\n")
    with open(os.path.join(HERE, CORPUS_ID + ".labels.jsonl"), "wb") as f:
        for lab in labels:
            f.write((json.dumps(lab, ensure_ascii=False) + "\n").encode("utf-8"))

    # re-read and verify from disk
    with open(os.path.join(HERE, CORPUS_ID + ".log"), "rb") as f:
        data = f.read()
    lines = data.split(b"\n")
    assert lines[-1] == b"" and len(lines) - 1 == N_LINES
    for lab, exp in zip(labels, out_lines):
        assert lines[lab["line"] - 1] == exp


if __name__ == "__main__":
    main()
