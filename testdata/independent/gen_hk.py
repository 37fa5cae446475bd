#!/usr/bin/env python3
"""Synthetic labeled log corpus "hk": a tribal health program running IHS-style systems.

Cedar Wash Health Center (fictional) runs an RPMS-like MUMPS system (FileMan audit
trail, ^DPT / ^AUPNPAT / ^AUPNVSIT global dumps, TaskMan and %ZTER error traps,
Cache cconsole.log), PCC visit exports to the data warehouse, Purchased/Referred
Care (PRC, ex-CHS) authorizations and X12 837 vendor claims, the tribal enrollment
office (CDIB / census numbers), a Community Health Representative (CHR) tablet app
that syncs offline JSON, a dental clinic bridge, behavioral health (BHS) notes,
HL7 2.5.1 VXU messages to a state immunization registry, a Windows Server with IIS
and an ASP.NET patient portal (Serilog/NLog), elder nutrition route sheets and home
visit logs, and a transport dispatch desk for trips to distant referral hospitals.

Everything is synthetic. Output: hk.log (500 lines) and hk.labels.jsonl next to this
script. Deterministic (fixed seed, standard library only).

Labeling decisions:
- Patients, their relatives, emergency contacts, escorts, guardians, POAs and
  subscribers are labeled. Clinicians, CHRs, drivers, clerks, DUZ users, sys admins,
  vendors, hospitals, chapter houses, payers and their NPIs/EINs/phones/faxes are not.
- Person names: every written form (FileMan "LAST,FIRST M", HL7/X12 components
  LAST^FIRST^M / LAST*FIRST*M are one span each component, "Last, First", initials
  with surname, lower case) -> name. Titles (Mrs., Hosteen) are outside the span.
  A first name alone referring to a relative (e.g. "daughter Glenda") -> name.
- DFN / patient IEN (^DPT, ^AUPNPAT subscripts, DFN=, AUPNPAT=, patient pointer
  pieces) -> other_id. HRN / chart number -> mrn. PCC visit IEN / visit id -> other_id
  (encounter number). Tribal census / enrollment numbers, CHR client ids, BH case
  numbers, portal usernames, PRC authorization (document/referral) numbers, including
  the same number in 837 REF*G1 -> other_id.
- CDIB (Certificate of Degree of Indian Blood) number -> license (a certificate number
  of the patient); driver's licence -> license.
- Dates tied to a person: birth, death, date established/registered, visit/service,
  admission, appointment, next-visit, vaccine administration, VIS presented, claim
  service dates -> date, in every written form (FileMan 2560312 / 3240312.0915,
  HL7 YYYYMMDD[HHMM..], ISO, MM/DD/YY, "MAR 12,1956"). Full FileMan date-time value is
  one span. Log/event timestamps, audit time stamps, file/batch run dates, VIS edition
  dates, vaccine/lot expiry dates, record last-modified stamps (^AUPNVSIT piece 13),
  message times (MSH-7), fiscal years are not labeled. Home glucose reading time
  (takenAt) and a home-visit date written without year ("3/11") are labeled.
- Ages: only ages > 89 are labeled (e.g. "92", "96 y/o" -> the number only). Younger
  ages and age-in-days are not labeled.
- Addresses: street/box/route/directional rural descriptions, city/town, county names or
  county codes, lat/lon geocodes -> address (street and city are separate spans when
  separated by a delimiter); state is not labeled; ZIP / ZIP+4 -> zip.
- Phones (any punctuation, split HL7 XTN area+local as two spans) -> phone; a relative's
  fax -> fax. Agency / vendor / clinic phones and faxes are not labeled.
- Medicaid (AHCCCS / state), Medicare MBI, private member ids, 837 NM1*IL MI ids ->
  health_plan. Patient control number (CLM01), patient account numbers, full bank
  account numbers and full card PANs -> account. Masked values showing <= 4 digits
  (****4821) are not labeled; bank routing numbers are not labeled; the public test PAN
  4111111111111111 is not labeled.
- Patient-owned devices (glucometer, BP cuff BT MAC, CPAP, insulin pump serials, implant
  UDI) -> device. Clinic/staff devices (CHR tablets, sensors, sterilizers, servers) not.
- Patient-owned vehicle plate and VIN (mileage reimbursement) -> vehicle; fleet vans
  are not labeled.
- IP: a public client IP is labeled only on lines where the request is tied to an
  identified patient (authenticated portal user, reset for a named email). Internal
  10.x / load balancer / anonymous scanner IPs are not labeled.
- Personal URLs (patient's social profile, fundraiser page) -> url; org URLs not.
- Base64 face photo -> photo; base64 fingerprint template (ISO 19794-2 "FMR") ->
  biometric.
- Not labeled: order/message control ids, trip ids, task numbers, claim ICNs, batch
  ids, lot numbers, UUIDs, trace ids, DUZ, facility pointers, CVX/CDT/ICD codes.
"""
import base64
import json
import os
import random
import unicodedata
import datetime as dt

R = random.Random(0x4B21)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "hk"

# ----------------------------------------------------------------------------
# line builder


class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []
        self.vals = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        if cat is None or s == "":
            return self.t(s)
        b = s.encode("utf-8")
        st = len(self.buf)
        self.buf += b
        self.spans.append({"s": st, "e": len(self.buf), "cat": cat})
        self.vals.append(b)
        return self

    def text(self):
        return self.buf.decode("utf-8")


def jstr(v):
    return json.dumps(v, ensure_ascii=False)[1:-1]


def ascii_up(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()


# ----------------------------------------------------------------------------
# synthetic people

LAST = ["Yazzie", "Begay", "Tsosie", "Benally", "Nez", "Etsitty", "Tsinajinnie",
        "Yellowhair", "Bitsui", "Manygoats", "Chee", "Silversmith", "Largo", "Attakai",
        "Descheenie", "Two Bulls", "Red Cloud", "Iron Shell", "Her Many Horses",
        "Yellow Boy", "Lomahaftewa", "Sekaquaptewa", "Honanie", "Cassadore", "Kessay",
        "Nosie", "Antone", "Manuel", "Running Crane", "Bird Rattler", "Spotted Elk",
        "Little Wolf", "Martinez", "López de la Cruz", "Gutiérrez", "O'Neil", "McCray",
        "Nguyen", "Kim", "Fifita", "Dela Cruz", "van der Berg", "Begay-Nez",
        "Smith-Tsosie", "Whitehorse", "St. Cyr", "LaFrance", "Peña", "Núñez",
        "Tohannie", "Zah", "Wauneka", "Kinlichee", "Oyenque", "Quintana", "Okafor"]
FIRST_F = ["Darlene", "Loretta", "Elsie", "Shaylee", "Nanabah", "Ella", "Jolene",
           "Renae", "Kimberly", "Winona", "Cheyenne", "Marisol", "Thuy", "Rosalinda",
           "Bernadette", "Geraldine", "Lavina", "Kateri", "Aiyana", "Nizhoni", "Dezbah",
           "Glenda", "Annie Mae", "Yolanda", "Brianna", "Ji-woo", "Mele", "Sage",
           "Tsipora", "Adaeze", "Trinity", "Lorraine"]
FIRST_M = ["Raymond", "Tyrell", "Marvin", "Kee", "Wilson", "Dakota", "Tokala", "Jaden",
           "Harrison", "Lorenzo", "Jae-won", "Sione", "Pieter", "Delbert", "Eugene",
           "Virgil", "Ason", "Ferlin", "Orlando", "Andrew", "Ethan", "Siddharth",
           "Chebon", "Tso", "Emerson", "Hózhó", "Leland", "Curtis", "Duane", "Oluwaseun"]
MIDS = "ABCDEFGHJKLMNRSTW"

TOWNS = [  # city, zip, county, county code, state, area
    ("Chinle", "86503", "Apache", "AZ001", "AZ", "928"),
    ("Many Farms", "86538", "Apache", "AZ001", "AZ", "928"),
    ("Rough Rock", "86503", "Apache", "AZ001", "AZ", "928"),
    ("Lukachukai", "86507", "Apache", "AZ001", "AZ", "928"),
    ("Tsaile", "86556", "Apache", "AZ001", "AZ", "928"),
    ("Round Rock", "86547", "Apache", "AZ001", "AZ", "928"),
    ("Piñon", "86510", "Navajo", "AZ017", "AZ", "928"),
    ("Ganado", "86505", "Apache", "AZ001", "AZ", "928"),
    ("Kayenta", "86033", "Navajo", "AZ017", "AZ", "928"),
    ("Rock Point", "86545", "Apache", "AZ001", "AZ", "928"),
    ("Tuba City", "86045", "Coconino", "AZ005", "AZ", "928"),
    ("Window Rock", "86515", "Apache", "AZ001", "AZ", "928"),
    ("Fort Defiance", "86504", "Apache", "AZ001", "AZ", "928"),
    ("Gallup", "87301", "McKinley", "NM031", "NM", "505"),
    ("Shiprock", "87420", "San Juan", "NM045", "NM", "505"),
    ("Tohatchi", "87325", "McKinley", "NM031", "NM", "505"),
    ("Polacca", "86042", "Navajo", "AZ017", "AZ", "928"),
    ("Kykotsmovi Village", "86039", "Navajo", "AZ017", "AZ", "928"),
    ("Whiteriver", "85941", "Navajo", "AZ017", "AZ", "928"),
    ("Holbrook", "86025", "Navajo", "AZ017", "AZ", "928"),
]
STREETS = ["N Navajo Dr", "E Aztec Ave", "W Coal Ave", "Chapter House Rd", "Hogan Ln",
           "S Mesa View Dr", "Tribal Rte 12", "Cottonwood Loop", "Juniper St"]
EXCH = {"928": ["674", "781", "725", "283", "697", "871", "656", "755", "729"],
        "505": ["863", "722", "368", "371", "905", "726"]}


def rdigits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def mk_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mk_mbi():
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    d = "0123456789"
    pat = [("123456789"), al, an, d, al, an, d, al, al, d, d]
    return "".join(R.choice(x) for x in pat)


def luhn_digit(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return str((10 - s % 10) % 10)


def mk_pan():
    pre = R.choice(["4", "51", "53", "6011", "37"])
    ln = 15 if pre == "37" else 16
    body = pre + rdigits(ln - 1 - len(pre))
    return body + luhn_digit(body)


def mk_npi():
    b = R.choice("12") + rdigits(8)
    return b + luhn_digit("80840" + b)


VINMAP = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VINW = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def mk_vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = R.choice(["1FT", "1GC", "3GC", "1N6", "5TF", "1C6", "JTM", "2T3", "1HG"])
    v += "".join(R.choice(chars) for _ in range(5)) + "0" + R.choice("FGHJKLMN")
    v += R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rdigits(6)
    tot = sum((int(c) if c.isdigit() else VINMAP[c]) * w for c, w in zip(v, VINW))
    cd = tot % 11
    return v[:8] + ("X" if cd == 10 else str(cd)) + v[9:]


def mk_plate(st):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if st == "AZ":
        return "".join(R.choice(L) for _ in range(3)) + rdigits(4)
    return rdigits(3) + "-" + "".join(R.choice(L) for _ in range(3))


def mk_dl(st):
    if st == "AZ":
        return R.choice("ABDFGH") + rdigits(8)
    return rdigits(9)


def mk_mac():
    return ":".join("%02X" % R.randint(0, 255) for _ in range(6))


used_names = set()
used_nums = set()


def uniq(fn):
    while True:
        v = fn()
        if v not in used_nums:
            used_nums.add(v)
            return v


class Person:
    pass


TODAY = dt.date(2024, 3, 12)


def mk_person(kind="adult", last=None):
    p = Person()
    p.sex = R.choice("MF")
    while True:
        first = R.choice(FIRST_F if p.sex == "F" else FIRST_M)
        ln = last or R.choice(LAST)
        if (first, ln) not in used_names:
            used_names.add((first, ln))
            break
    p.first, p.last = first, ln
    p.mi = R.choice(MIDS) if R.random() < 0.7 else ""
    if kind == "elder":
        y = R.randint(1926, 1933)
    elif kind == "child":
        y = R.randint(2011, 2023)
    elif kind == "senior":
        y = R.randint(1944, 1960)
    else:
        y = R.randint(1961, 2003)
    p.dob = dt.date(y, R.randint(1, 12), R.randint(1, 28))
    p.age = TODAY.year - p.dob.year - ((TODAY.month, TODAY.day) < (p.dob.month, p.dob.day))
    p.dfn = uniq(lambda: str(R.randint(10000, 99999)))
    p.hrn = uniq(lambda: str(R.randint(100000, 299999)))
    p.ssn = mk_ssn()
    town = R.choice(TOWNS)
    p.city, p.zip, p.county, p.ccode, p.st, area = town
    r = R.random()
    if r < 0.25:
        p.street = "HC %d BOX %d" % (R.choice([58, 61, 63, 12]), R.randint(100, 9999))
    elif r < 0.45:
        p.street = "PO BOX %d" % R.randint(12, 4999)
    elif r < 0.6:
        p.street = "%d MI %s OF %s JCT ON BIA RT %d" % (R.randint(1, 9), R.choice("NSEW"), ascii_up(p.city), R.choice([12, 59, 64, 7, 27]))
    elif r < 0.72:
        p.street = "NHA HOUSING UNIT %s-%d" % (R.choice("ABCD"), R.randint(1, 60))
    else:
        p.street = "%d %s" % (R.randint(12, 2999), R.choice(STREETS))
    p.zip4 = p.zip + "-" + rdigits(4)
    p.area = area
    p.phone = area + R.choice(EXCH[area]) + rdigits(4)
    p.cell = R.choice(["928", "505", "602", "480"]) + R.choice(["205", "310", "429", "551", "699", "707", "853", "920"]) + rdigits(4)
    dom = R.choice(["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com"])
    base = ascii_up(p.first).lower().replace(" ", "").replace("-", "")
    lb = ascii_up(p.last).lower().replace(" ", "").replace("-", "").replace("'", "").replace(".", "")
    p.email = R.choice([base + "." + lb, base[0] + lb + str(p.dob.year % 100), lb + base[:3] + rdigits(2), base + "_" + lb[:4]]) + "@" + dom
    p.portal = R.choice([base[0] + lb + str(p.dob.year % 100), base + "." + lb, lb + base[0] + rdigits(2)])
    p.medicaid = (R.choice("A") + rdigits(8)) if p.st == "AZ" else rdigits(11)
    p.mbi = mk_mbi()
    p.private = R.choice(["XQN", "ZGA", "HMA", "W"]) + rdigits(9)
    p.census = rdigits(R.choice([6, 7]))
    tr = R.choice([("NN", "NAV"), ("NN", "NAV"), ("NN", "NAV"), ("HT", "HOP"), ("WMAT", "FTA"), ("OST", "PRA"), ("BT", "BLK")])
    p.cdib = tr[1] + "-" + rdigits(2) + "-" + rdigits(6)
    p.enroll = tr[0] + "-" + rdigits(6)
    p.mmn = R.choice(LAST)
    p.meter_sn = rdigits(1) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(8))
    p.meter_mac = mk_mac()
    p.chr = "C-%06d" % R.randint(1000, 99999)
    p.bq = R.choice(["4/4", "F", "1/2", "3/4", "7/8", "1/4", "15/16"])
    return p


FEM_REL = ("DAUGHTER", "MOTHER", "GRANDDAUGHTER", "SISTER", "NIECE", "GRANDMOTHER", "AUNT")


def rel_person(p, fem_only=False):
    """a relative / contact with a name, relation and phone"""
    q = Person()
    if p.age < 18:
        opts = ["MOTHER", "FATHER", "GRANDMOTHER", "AUNT", "MOTHER"]
    elif p.age >= 70:
        opts = ["DAUGHTER", "SON", "GRANDDAUGHTER", "GRANDSON", "NIECE", "DAUGHTER"]
    elif p.age >= 45:
        opts = ["DAUGHTER", "SON", "SPOUSE", "SISTER", "BROTHER", "NIECE"]
    else:
        opts = ["MOTHER", "FATHER", "SPOUSE", "SISTER", "BROTHER", "AUNT"]
    q.rel = R.choice(opts if not fem_only else [o for o in opts if o in FEM_REL] or ["MOTHER"])
    fem = q.rel in FEM_REL or (q.rel == "SPOUSE" and p.sex == "M")
    q.first = R.choice(FIRST_F if fem else FIRST_M)
    q.last = p.last if R.random() < 0.6 else R.choice(LAST)
    q.phone = R.choice(["928", "505", "602"]) + R.choice(["205", "310", "429", "551", "674", "781"]) + rdigits(4)
    return q


# ----------------------------------------------------------------------------
# name/date/phone formatters


def fm_name(p):
    s = ascii_up(p.last) + "," + ascii_up(p.first)
    if p.mi:
        s += " " + p.mi
    return s


def fm_date(d):
    return "%d%02d%02d" % (d.year - 1700, d.month, d.day)


def fm_ext(d):
    return "%s %d,%d" % (d.strftime("%b").upper(), d.day, d.year)


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d_us2(d):
    return d.strftime("%m/%d/%y")


def d_iso(d):
    return d.isoformat()


def d_hl7(d):
    return d.strftime("%Y%m%d")


def ph_fmt(n, style=None):
    style = style if style is not None else R.randint(0, 5)
    a, b, c = n[:3], n[3:6], n[6:]
    return ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), n, "%s.%s.%s" % (a, b, c), "+1 %s %s %s" % (a, b, c), "%s %s-%s" % (a, b, c)][style]


def ms():
    return R.randint(0, 999)


def ts_iso(t, z=True):
    s = t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d" % ms()
    return s + ("-07:00" if z else "")


def ts_utcz(t):
    return (t + dt.timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % ms()


def ts_fm(t):
    return "%d%s.%s" % (t.year - 1700, t.strftime("%m%d"), t.strftime("%H%M%S"))


def ts_cc(t):
    return t.strftime("%m/%d/%y-%H:%M:%S") + ":%03d" % ms()


def ts_seri(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ".%03d -07:00" % ms()


def ts_nlog(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ".%04d" % R.randint(0, 9999)


def ts_win(t):
    h = t.hour % 12 or 12
    return "%d/%d/%d %d:%s %s" % (t.month, t.day, t.year, h, t.strftime("%M:%S"), "AM" if t.hour < 12 else "PM")


def ts_log4(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % ms()


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


STAFF = ["TSOSIE,MARLA", "HARVEY,DWAYNE", "KAYE-WHITMAN,RUTH", "ATTAKAI,HERMAN", "OKONKWO,CHIDI",
         "BRYCE,ALLISON", "NEZ,LUANN", "ARVISO,PETE", "SANDOVAL,CHRISTA", "PATEL,ANJALI"]
STAFF_DUZ = {s: str(1000 + 37 * i + 5) for i, s in enumerate(STAFF)}
STAFF_NPI = {}
CHRS = ["L. Tsosie", "D. Harvey", "R. Zah", "M. Arviso", "J. Kinlichee"]
VENDORS = [("FLAGSTAFF MEDICAL CENTER", "86001", "FLAGSTAFF AZ", "928"), ("BANNER UNIVERSITY MED CTR PHOENIX", "85006", "PHOENIX AZ", "602"),
           ("UNM HOSPITAL", "87106", "ALBUQUERQUE NM", "505"), ("SAN JUAN REGIONAL MEDICAL CENTER", "87401", "FARMINGTON NM", "505"),
           ("NORTHERN ARIZONA HEALTHCARE - VERDE", "86326", "COTTONWOOD AZ", "928"), ("CANYON DE CHELLY PHYSICAL THERAPY LLC", "86503", "CHINLE AZ", "928"),
           ("DESERT SKY DIALYSIS", "86040", "PAGE AZ", "928"), ("PHOENIX CHILDRENS HOSPITAL", "85016", "PHOENIX AZ", "602")]
VENDOR_NPI = {v[0]: mk_npi() for v in VENDORS}
VENDOR_EIN = {v[0]: "%02d-%07d" % (R.randint(10, 99), R.randint(0, 9999999)) for v in VENDORS}
HOSP = ["Phoenix Indian Medical Center", "Flagstaff Medical Center", "UNM Hospital, Albuquerque",
        "Banner Univ Med Ctr Phoenix", "Gallup Indian Medical Center", "Phoenix Children's", "San Juan Regional (Farmington)"]
FAC = "4585"

PEOPLE = {k: [] for k in ("adult", "senior", "elder", "child")}


def person(kind="adult", fresh=0.35):
    pool = PEOPLE[kind]
    if pool and R.random() > fresh:
        return R.choice(pool)
    p = mk_person(kind)
    pool.append(p)
    return p


def anyp(fresh=0.35):
    return person(R.choice(["adult", "adult", "senior", "senior", "elder", "child"]), fresh)


# ----------------------------------------------------------------------------
# episodes: each takes the current time t and returns a list of Line


def ep_fm_audit(t):
    p = anyp(0.6)
    L = Line("fileman_audit")
    user = R.choice(STAFF)
    L.t(ts_fm(t) + " DIA AUDIT [CHN:RPMS] FILE 2 (PATIENT) IENS \"").p(p.dfn, "other_id").t(",\" ")
    ch = R.choice(["addr", "city", "phone", "cell", "dob", "ssn", "email", "zip", "name"])
    if ch == "addr":
        old = mk_person("adult").street
        L.t("FLD .111 STREET ADDRESS [LINE 1] :: OLD=\"").p(old, "address").t("\" NEW=\"").p(p.street, "address").t("\"")
    elif ch == "city":
        L.t("FLD .114 CITY :: OLD=\"").p(ascii_up(R.choice(TOWNS)[0]), "address").t("\" NEW=\"").p(ascii_up(p.city), "address").t("\"")
    elif ch == "phone":
        L.t("FLD .131 PHONE NUMBER [RESIDENCE] :: OLD=<no value> NEW=\"").p(ph_fmt(p.phone, R.choice([1, 2, 0])), "phone").t("\"")
    elif ch == "cell":
        L.t("FLD .134 PHONE NUMBER [CELLULAR] :: OLD=\"").p(ph_fmt(mk_person().cell, 2), "phone").t("\" NEW=\"").p(ph_fmt(p.cell, 2), "phone").t("\"")
    elif ch == "dob":
        wrong = p.dob.replace(day=min(28, p.dob.day + R.randint(1, 9)))
        L.t("FLD .03 DATE OF BIRTH :: OLD=").p(fm_date(wrong), "date").t(" NEW=").p(fm_date(p.dob), "date")
    elif ch == "ssn":
        L.t("FLD .09 SOCIAL SECURITY NUMBER :: OLD=\"").p(p.ssn.replace("-", "")[:7] + p.ssn[-1] + p.ssn[-2], "ssn").t("\" NEW=\"").p(p.ssn.replace("-", ""), "ssn").t("\"")
    elif ch == "email":
        L.t("FLD .133 EMAIL ADDRESS :: OLD=<no value> NEW=\"").p(p.email.upper(), "email").t("\"")
    elif ch == "zip":
        L.t("FLD .1112 ZIP+4 :: OLD=\"").p(p.zip, "zip").t("\" NEW=\"").p(p.zip4, "zip").t("\"")
    else:
        old = ascii_up(R.choice(LAST)) + "," + ascii_up(p.first)
        L.t("FLD .01 NAME :: OLD=\"").p(old, "name").t("\" NEW=\"").p(fm_name(p), "name").t("\"")
    L.t(" BY %s (%s) OPT [%s]" % (STAFF_DUZ[user], user, R.choice(["AG EDIT", "AGED", "AG REGISTRATION", "BPRM REG EDIT"])))
    return [L]


def ep_fm_print(t):
    """FileMan audit print (File 1.1 captions), one audited change per line."""
    p = anyp()
    L = Line("fileman_print")
    user = R.choice(STAFF)
    L.t("%s@%s  PATIENT #" % (t.strftime("%b %d,%Y").upper(), t.strftime("%H:%M:%S"))).p(p.dfn, "other_id").t("  ").p(fm_name(p), "name")
    ch = R.choice(["dob", "nok", "ec", "hrn"])
    if ch == "dob":
        wrong = p.dob.replace(year=p.dob.year + R.choice([-1, 1]))
        L.t("  .03 DATE OF BIRTH  ").p(fm_ext(wrong), "date").t(" -> ").p(fm_ext(p.dob), "date")
    elif ch == "nok":
        q = rel_person(p)
        L.t("  .211 K-NAME OF PRIMARY NOK  <no previous value> -> ").p(ascii_up(q.last) + "," + ascii_up(q.first), "name")
    elif ch == "ec":
        q = rel_person(p)
        L.t("  .339 E-PHONE  <no previous value> -> ").p(ph_fmt(q.phone, 0), "phone")
    else:
        L.t("  9000001/41 HEALTH RECORD NO.  <no previous value> -> ").p(p.hrn, "mrn")
    L.t("  " + user)
    return [L]


def ep_fm_noise(t):
    L = Line("fileman_audit")
    user = R.choice(STAFF)
    o = R.choice([
        'FILE 44 (HOSPITAL LOCATION) IENS "%d," FLD 1912 LENGTH OF APP\'T :: OLD="20" NEW="30"' % R.randint(100, 999),
        'FILE 200 (NEW PERSON) IENS "%s," FLD 7.2 VERIFY CODE never expires :: OLD="NO" NEW="YES"' % STAFF_DUZ[R.choice(STAFF)],
        'FILE 200 (NEW PERSON) IENS "%s," FLD .132 OFFICE PHONE :: OLD="928-674-7%03d" NEW="928-674-7%03d"' % (STAFF_DUZ[R.choice(STAFF)], R.randint(0, 999), R.randint(0, 999)),
        'FILE 19 (OPTION) IENS "%d," FLD 2 OUT OF ORDER MESSAGE :: OLD=<no value> NEW="PATCH BJPC*2.0*%d INSTALL"' % (R.randint(1000, 19999), R.randint(20, 31)),
        'FILE 9999999.06 (LOCATION) IENS "%s," FLD .05 ASUFAC INDEX :: OLD="%s" NEW="%s"' % (FAC, "808410", "808411"),
        'FILE 90050.01 (ACHS FACILITY) IENS "1," FLD 1106 FY OBLIGATION CEILING :: OLD="3400000.00" NEW="3650000.00"',
        'FILE 3.5 (DEVICE) IENS "%d," FLD 1 $I :: OLD="\\\\CHN-PRT02\\LAB" NEW="\\\\CHN-PRT04\\LAB"' % R.randint(200, 400),
    ])
    L.t(ts_fm(t) + " DIA AUDIT [CHN:RPMS] " + o + " BY %s (%s) OPT [%s]" % (STAFF_DUZ[user], user, R.choice(["XUSER EDIT", "SDBUILD", "XUPROG", "DIEDIT"])))
    return [L]


def ep_global_dpt(t):
    p = person(R.choice(["adult", "senior", "elder"]), 0.3)
    q = rel_person(p)
    e = rel_person(p)
    out = []
    for s in ["CHN:RPMS>D ^%G", "", "Device: HOME// ;;;", "Right margin: 80 =>", ]:
        if s:
            out.append(Line("mumps_global").t(s))
    L = Line("mumps_global").t("Global ^DPT(").p(p.dfn, "other_id")
    out.append(L)
    L = Line("mumps_global").t("^DPT(").p(p.dfn, "other_id").t(",0)=\"").p(fm_name(p), "name").t("^" + p.sex + "^").p(fm_date(p.dob), "date")
    L.t("^^%d^^^^" % R.choice([1, 2, 5])).p(p.ssn.replace("-", ""), "ssn").t("^^^^^^^^^^^").p(fm_date(dt.date(R.randint(1995, 2016), R.randint(1, 12), R.randint(1, 28))), "date").t("\"")
    out.append(L)
    L = Line("mumps_global").t("^DPT(").p(p.dfn, "other_id").t(",.11)=\"").p(p.street, "address").t("^^^").p(ascii_up(p.city), "address").t("^%d^" % (4 if p.st == "AZ" else 35)).p(p.zip, "zip").t("^").p(str(R.randint(1, 27)), None).t("^^^^^").p(p.zip4, "zip").t("\"")
    out.append(L)
    L = Line("mumps_global").t("^DPT(").p(p.dfn, "other_id").t(",.13)=\"").p(p.phone, "phone").t("^^^^^^^").p(ph_fmt(p.cell, 1), "phone").t("\"")
    out.append(L)
    L = Line("mumps_global").t("^DPT(").p(p.dfn, "other_id").t(",.21)=\"").p(ascii_up(q.last) + "," + ascii_up(q.first), "name").t("^" + q.rel + "^").p(p.street, "address").t("^^^").p(ascii_up(p.city), "address").t("^%d^" % (4 if p.st == "AZ" else 35)).p(p.zip, "zip").t("^").p(q.phone, "phone").t("^^Y\"")
    out.append(L)
    L = Line("mumps_global").t("^DPT(").p(p.dfn, "other_id").t(",.33)=\"").p(ascii_up(e.last) + "," + ascii_up(e.first), "name").t("^" + e.rel + "^^^^^^^").p(e.phone, "phone").t("\"")
    out.append(L)
    L = Line("mumps_global").t("^DPT(").p(p.dfn, "other_id").t(",.36)=\"7^^^^^^^^^^^^^\"")
    out.append(L)
    out.append(Line("mumps_global").t("Global ^"))
    return out


def ep_global_aupn(t):
    p = person(R.choice(["adult", "senior", "child"]), 0.3)
    out = []
    L = Line("mumps_global").t("CHN:RPMS>zw ^AUPNPAT(").p(p.dfn, "other_id").t(")")
    out.append(L)
    est = dt.date(R.randint(max(p.dob.year, 1985), 2022), R.randint(1, 12), R.randint(1, 28))
    L = Line("mumps_global").t("^AUPNPAT(").p(p.dfn, "other_id").t(",0)=\"").p(p.dfn, "other_id").t("^").p(fm_date(est), "date").t("^^^^^^^^^^^^^^^^^^^^^%d\"" % R.randint(1, 3))
    out.append(L)
    L = Line("mumps_global").t("^AUPNPAT(").p(p.dfn, "other_id").t(",11)=\"^^^^^^^^%d^%s^^^^^^^^^" % (R.randint(180, 560), p.bq)).p(p.census, "other_id").t("\"")
    out.append(L)
    L = Line("mumps_global").t("^AUPNPAT(").p(p.dfn, "other_id").t(",41,%s,0)=\"%s^" % (FAC, FAC)).p(p.hrn, "mrn").t("\"")
    out.append(L)
    L = Line("mumps_global").t("^AUPNPAT(").p(p.dfn, "other_id").t(",41,\"B\",%s,%s)=\"\"" % (FAC, FAC))
    out.append(L)
    out.append(Line("mumps_global").t("CHN:RPMS>"))
    return out


def ep_global_visit(t):
    p = anyp(0.2)
    vien = str(R.randint(8800000, 8899999))
    vd = t - dt.timedelta(days=R.randint(0, 40), hours=R.randint(0, 5))
    vt = "%d%s.%s" % (vd.year - 1700, vd.strftime("%m%d"), vd.strftime("%H%M"))
    out = []
    out.append(Line("mumps_global").t("CHN:RPMS>zw ^AUPNVSIT(").p(vien, "other_id").t(")"))
    L = Line("mumps_global").t("^AUPNVSIT(").p(vien, "other_id").t(",0)=\"").p(vt, "date").t("^%s^^%s^" % (R.choice("AIOT"), FAC)).p(p.dfn, "other_id").t("^A^%s^^^^^^^^^^^^^^^^^^^^^" % R.choice(["O", "C", "H"])).p(ts_fm(t)[:14], None).t("^%d^^^^1\"" % R.randint(1, 9))
    out.append(L)
    pov = str(R.randint(5500000, 5599999))
    L = Line("mumps_global").t("^AUPNVPOV(" + pov + ",0)=\"%d^" % R.randint(2000, 90000)).p(p.dfn, "other_id").t("^").p(vien, "other_id").t("^^^^^^^^^^P\"")
    out.append(L)
    out.append(Line("mumps_global").t("CHN:RPMS>"))
    return out


def ep_gbl_export_hdr(t):
    out = [Line("mumps_global").t("Cache for Windows^INT^RPMS nightly globals export^~Format=5.S~^RAW"),
           Line("mumps_global").t("%s  %s   Cache ^%%GO  namespace RPMS  globals: ^BGPD ^BDWTMP ^ATXAX" % (t.strftime("%m/%d/%Y"), t.strftime("%I:%M %p")))]
    return out


TASKS = [("BDW NIGHTLY EXPORT", "BDWRED"), ("BYIM EXPORT TO STATE IIS", "BYIMXPRT"), ("APCL REBUILD VISIT XREFS", "APCLVX"),
         ("ACHS DOC ROLLUP", "ACHSRPT"), ("BJPC HMS REMINDER REFRESH", "BJPCRFR"), ("XUTM QCLEAN", "XUTMQ"),
         ("BGP GPRA NATIONAL EXTRACT", "BGPGPRA"), ("AMH SRF QUEUE", "AMHSRF"), ("XMAUTOPURGE", "XMA32")]


def ep_taskman_noise(t):
    L = Line("taskman")
    nm, rt = R.choice(TASKS)
    task = R.randint(4410000, 4469999)
    j = R.randint(1200, 9900)
    o = R.choice([
        "%%ZTM: Task #%d (%s) started, routine START^%s, job %d on CHN:RPMS" % (task, nm, rt, j),
        "%%ZTM: Task #%d (%s) completed normally in %ds, %d entries processed" % (task, nm, R.randint(2, 3600), R.randint(0, 90000)),
        "%%ZTMS: Submanager job %d idle %d min, exiting" % (j, R.randint(5, 30)),
        "%%ZTM: Manager #%d running, %d tasks in schedule, %d waiting on device, lock ^%%ZTSCH(\"RUN\") ok" % (R.randint(1, 4), R.randint(60, 240), R.randint(0, 3)),
        "%%ZTM: Task #%d (%s) rescheduled to %s@%s" % (task, nm, t.strftime("%b %d, %Y").upper(), "23:%02d" % R.randint(0, 59)),
        "%%ZTM: Task #%d (%s) stopped by user DUZ %s" % (task, nm, STAFF_DUZ[R.choice(STAFF)]),
        "%%ZTER: ERROR LOG %s #%d <STORE>XREF+42^APCLVX, $ZR=^TMP(\"APCLVX\",%d,\"B\")" % (ts_fm(t)[:7], R.randint(1, 40), j),
        "%%ZTER: ERROR LOG %s #%d <PROTECT>OPEN+3^%%ZISH *D:\\RPMS\\EXPORT\\BDW\\%s.dat" % (ts_fm(t)[:7], R.randint(1, 40), hexs(8)),
        "%%ZTM: %d tasks waiting on HFS device BYIM-HFS, oldest %d s" % (R.randint(1, 9), R.randint(30, 900)),
    ])
    L.t(ts_iso(t, False) + " CHN:RPMS " + o)
    return [L]


def ep_ztrap(t):
    p = anyp(0.4)
    vien = str(R.randint(8800000, 8899999))
    j = R.randint(1200, 9900)
    user = R.choice(STAFF)
    rt = R.choice(["DATA+3^BGOVPOV", "SET+7^BDMSRV", "GETPAT+12^BEHOPTCX", "FILE+28^APCDALV", "TIU+4^BTIUPCC"])
    pre = ts_iso(t, False) + " CHN:RPMS %ZTER "
    out = []
    out.append(Line("taskman").t(pre + "ERROR LOG %s #%d job %d UCI RPMS,CHN $ZE=<UNDEFINED>%s *APCDLOC" % (ts_fm(t)[:7], R.randint(1, 40), j, rt)))
    out.append(Line("taskman").t(pre + "  Last Global Ref: ^AUPNVSIT(").p(vien, "other_id").t(",0)"))
    out.append(Line("taskman").t(pre + "  DUZ=%s  DUZ(2)=%s  IO=|TCP|%d  XQY0=\"BGO CPRS VISIT PROCESS\"" % (STAFF_DUZ[user], FAC, R.randint(9200, 9299))))
    L = Line("taskman").t(pre + "  DFN=").p(p.dfn, "other_id").t("  AUPNPAT=").p(p.dfn, "other_id").t("  AUPNSEX=\"%s\"  AUPNDOB=" % p.sex).p(fm_date(p.dob), "date")
    if p.age < 90:
        L.t("  AUPNDAYS=%d" % (TODAY - p.dob).days)
    L.t("  APCDVSIT=").p(vien, "other_id")
    out.append(L)
    if R.random() < 0.6:
        out.append(Line("taskman").t(pre + "  BGOPNM=\"").p(fm_name(p), "name").t("\"  BGOHRN=\"").p(p.hrn, "mrn").t("\""))
    out.append(Line("taskman").t(pre + "  $STACK=4  $ZTRAP=\"ERR^ZU\"  $ECODE=\",M6,\""))
    return out


def ep_cconsole(t):
    L = Line("cache_cconsole")
    j = R.randint(1200, 9900)
    o = R.choice([
        "(%d) 0 [Utility.Event] Journal file switched to D:\\InterSystems\\Journal\\%s.%03d" % (j, t.strftime("%Y%m%d"), R.randint(1, 9)),
        "(%d) 0 [Utility.Event] Purging old journal files: 3 deleted, oldest kept 20240305.001" % j,
        "(%d) 1 [Generic.Event] Global buffer pool 8KB: %d%% used, %d MB" % (j, R.randint(60, 97), R.choice([4096, 8192])),
        "(%d) 2 [Utility.Event] Error: <DSKFUL>%%JRNSTART+34^%%ZJRN" % j,
        "(%d) 0 [Utility.Event] License limit: %d of 150 units in use" % (j, R.randint(40, 149)),
        "(%d) 0 [Generic.Event] Audit: %%SYS.Task Integrity check completed for CACHE.DAT D:\\RPMS\\DB\\RPMS\\ (0 errors)" % j,
        "(%d) 1 [Utility.Event] ECP: Connection to CHN-APP02:1972 reestablished after %d s" % (j, R.randint(2, 60)),
        "(%d) 0 [Utility.Event] Backup.General.ExternalFreeze() - system frozen for VSS snapshot (%d ms)" % (j, R.randint(300, 3000)),
        "(%d) 0 [Utility.Event] Backup.General.ExternalThaw() - system resumed" % j,
        "(%d) 1 [SYSTEM MONITOR] CPUusage Warning: CPUusage = %d ( Warnvalue is 85)." % (j, R.randint(86, 99)),
        "(%d) 0 [Utility.Event] Updated TLS config 'RPMS-BMW' cipherlist, Expires 2025-11-30" % j,
    ])
    L.t(ts_cc(t) + " " + o)
    return [L]


CLINICS = [("01", "GENERAL"), ("06", "DIABETIC"), ("30", "EMERGENCY MEDICINE"), ("56", "DENTAL"), ("14", "WELL CHILD"),
           ("43", "MENTAL HEALTH"), ("76", "PHN CLINIC VISIT"), ("13", "CHR"), ("80", "URGENT CARE")]
POVS = [("E11.65", "DM2 W HYPERGLYCEMIA"), ("I10", "ESSENTIAL HTN"), ("Z23", "ENCOUNTER FOR IMMUNIZATION"),
        ("J06.9", "URI"), ("F33.1", "MDD RECURRENT MODERATE"), ("K02.52", "DENTAL CARIES"), ("Z00.129", "WCC W/O ABNL FINDINGS"),
        ("N18.4", "CKD STAGE 4"), ("M17.11", "PRIMARY OA R KNEE"), ("F10.20", "ALCOHOL DEPENDENCE UNCOMP")]


def ep_pcc_export(t):
    out = [Line("pcc_export").t("VSTIEN|DFN|HRN|PTNAME|DOB|SEX|VSTDT|SVCCAT|CLN|LOC|PRVCLS|POV|NARR")]
    n = R.randint(5, 7)
    for _ in range(n):
        p = anyp(0.3)
        vien = str(R.randint(8800000, 8899999))
        vd = t - dt.timedelta(days=R.randint(0, 2), minutes=R.randint(30, 600))
        cl = R.choice(CLINICS)
        pv = R.choice(POVS[2:4] + POVS[6:7] + POVS[5:6]) if p.age < 18 else R.choice(POVS[:6] + POVS[7:])
        L = Line("pcc_export").p(vien, "other_id").t("|").p(p.dfn, "other_id").t("|").p(p.hrn, "mrn").t("|").p(fm_name(p), "name").t("|").p(d_us(p.dob), "date").t("|" + p.sex + "|").p(vd.strftime("%m/%d/%Y %H:%M"), "date")
        L.t("|%s|%s|%s|%s|%s|%s" % (R.choice("AOIT"), cl[0], FAC, R.choice(["00", "11", "16", "52", "08"]), pv[0], pv[1]))
        out.append(L)
    out.append(Line("pcc_export").t("#EOF records=%d crc32=%s file=BDW_%s_%s.dat" % (n, hexs(8), FAC, t.strftime("%Y%m%d"))))
    return out


def ep_bdw_noise(t):
    L = Line("pcc_export")
    o = R.choice([
        "BDW EXPORT run %s: %d visits, %d patients, %d V-file entries, 0 errors" % (t.strftime("%Y%m%d"), R.randint(900, 2500), R.randint(600, 1800), R.randint(9000, 30000)),
        "BDW EXPORT transmit via SFTP to ndw-ingest (port 22) file BDW_%s_%s.dat.gz %d bytes OK" % (FAC, t.strftime("%Y%m%d"), R.randint(200000, 900000)),
        "BDW EXPORT skipped %d visits: missing PROVIDER (V PROVIDER) - see APCL VISIT ERROR REPORT" % R.randint(1, 30),
        "BDW EXPORT batch %s acknowledged by NDW, status=ACCEPTED, rejects=%d" % (uuid(), R.randint(0, 4)),
    ])
    L.t(ts_iso(t, False) + " BDW[%d] " % R.randint(3000, 9999) + o)
    return [L]


def auth_no(t):
    return "%s-N64-%05d" % (t.strftime("%y"), R.randint(100, 4999))


def ep_prc(t):
    p = person(R.choice(["adult", "senior", "elder", "child"]), 0.35)
    v = R.choice(VENDORS)
    L = Line("prc_auth")
    L.t(ts_log4(t) + " INFO  ACHS ")
    k = R.choice([0, 0, 1, 2, 3, 3, 4])
    if k == 0:
        adm = TODAY + dt.timedelta(days=R.randint(-10, 20))
        L.t("AUTH CREATED doc=").p(auth_no(t), "other_id").t(" pt=\"").p(p.last.upper() + ", " + p.first.upper(), "name").t("\" hrn=").p(p.hrn, "mrn").t(" dob=").p(d_us(p.dob), "date")
        if R.random() < 0.5:
            L.t(" ssn=").p(R.choice([p.ssn, p.ssn.replace("-", ""), p.ssn.replace("-", " ")]), "ssn")
        L.t(" vendor=\"%s\" vendor_npi=%s svc=%s adm=" % (v[0], VENDOR_NPI[v[0]], R.choice(["INPT", "OPT", "DENT", "SURG"]))).p(d_us(adm), "date")
        L.t(" est_amt=%.2f priority=%d status=APPROVED" % (R.uniform(800, 60000), R.randint(1, 4)))
    elif k == 1:
        L.t("ALT RESOURCE CHECK doc=").p(auth_no(t), "other_id").t(" dfn=").p(p.dfn, "other_id").t(" medicaid=").p(p.medicaid, "health_plan")
        if p.age >= 65:
            L.t(" medicare_mbi=").p(p.mbi, "health_plan")
        else:
            L.t(" pvt_ins=BCBSAZ member=").p(p.private, "health_plan")
        L.t(" result=%s payer_of_last_resort=Y" % R.choice(["ELIGIBLE", "INELIGIBLE", "PENDING_APPLICATION"]))
    elif k == 2:
        L.t("DENIAL doc=").p(auth_no(t), "other_id").t(" reason=\"%s\" letter mailed to " % R.choice(["NOT EMERGENT - NO PRIOR APPROVAL", "72 HR NOTIFICATION RULE", "RESIDENCY NOT IN CHSDA", "ALTERNATE RESOURCE AVAILABLE"]))
        L.p(p.street, "address").t(", ").p(ascii_up(p.city), "address").t(", " + p.st + " ").p(p.zip, "zip").t(" appeal_by=30d")
    elif k == 3:
        q = rel_person(p)
        fax = q.phone[:3] + R.choice(["863", "674", "722"]) + rdigits(4)
        L.t("CORRESPONDENCE doc=").p(auth_no(t), "other_id").t(" pt_ssn=").p(p.ssn, "ssn").t(" poa=\"").p(q.first + " " + q.last, "name").t("\" (" + q.rel.lower() + ") poa_phone=").p(ph_fmt(q.phone, 1), "phone").t(" poa_fax=").p(ph_fmt(fax, 1), "fax")
        L.t(" vendor_fax=%s" % ph_fmt(R.choice(["928773", "602839", "505272"]) + rdigits(4), 1))
    else:
        dd = TODAY - dt.timedelta(days=R.randint(1, 6))
        L.t("72HR NOTIFICATION received from \"%s\" for " % v[0]).p(p.first + " " + p.last, "name").t(" (HRN ").p(p.hrn, "mrn").t(") ER visit ").p(dd.strftime("%m/%d/%y"), "date").t(" -> doc ").p(auth_no(t), "other_id").t(" pending MD review")
    return [L]


def ep_prc_noise(t):
    L = Line("prc_auth")
    v = R.choice(VENDORS)
    o = R.choice([
        "INFO  ACHS FY%s obligations to date $%s of ceiling $3,650,000.00 (%d%%)" % (t.strftime("%Y"), "{:,.2f}".format(R.uniform(1.2e6, 3.4e6)), R.randint(35, 95)),
        "INFO  ACHS VENDOR UPDATE \"%s\" npi=%s ein=%s remit=PO BOX %d, %s %s phone=%s-%d-%04d" % (v[0], VENDOR_NPI[v[0]], VENDOR_EIN[v[0]], R.randint(1000, 39999), v[2], v[1], v[3], R.randint(200, 989), R.randint(0, 9999)),
        "WARN  ACHS %d open documents older than 180 days (fiscal agent reconciliation)" % R.randint(3, 120),
        "INFO  ACHS FI EXPORT batch=%s docs=%d total=$%s sent to fiscal intermediary" % (hexs(10).upper(), R.randint(20, 300), "{:,.2f}".format(R.uniform(1e4, 9e5))),
        "INFO  ACHS MEDICAL PRIORITY table reloaded: levels I-V, %d codes" % R.randint(80, 200),
        "ERROR ACHS FI EXPORT failed: FTP 530 Login incorrect (user prc_chn)",
        "INFO  BMC RCIS referral queue: %d pending, %d scheduled, %d closed today" % (R.randint(20, 200), R.randint(5, 40), R.randint(0, 30)),
    ])
    L.t(ts_log4(t) + " " + o)
    return [L]


def ep_837_block(t):
    p = person(R.choice(["adult", "senior"]), 0.4)
    v = R.choice(VENDORS)
    icn = rdigits(9)
    svc = TODAY - dt.timedelta(days=R.randint(5, 60))
    pcn = R.choice(["PCN", "A", "V"]) + rdigits(8)
    au = auth_no(t).replace("-", "")
    d = t.strftime("%y%m%d")
    out = []

    def seg(s, fam="x12_837"):
        L = Line(fam).t(s)
        out.append(L)
        return L
    seg("ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%09d*0*P*:~" % (v[0][:8].replace(" ", ""), "IHSPRCFI", d, t.strftime("%H%M"), int(icn)))
    seg("GS*HC*%s*IHSPRCFI*%s*%s*%d*X*005010X222A1~" % (v[0][:8].replace(" ", ""), t.strftime("%Y%m%d"), t.strftime("%H%M"), R.randint(1, 9999)))
    seg("ST*837*0001*005010X222A1~")
    seg("BHT*0019*00*%s*%s*%s*CH~" % (hexs(10).upper(), t.strftime("%Y%m%d"), t.strftime("%H%M")))
    seg("NM1*41*2*%s*****46*%s~" % (v[0], rdigits(9)))
    seg("PER*IC*BILLING OFFICE*TE*928773%04d*FX*928773%04d~" % (R.randint(0, 9999), R.randint(0, 9999)))
    seg("NM1*40*2*IHS PRC FISCAL INTERMEDIARY*****46*IHSPRCFI~")
    seg("HL*1**20*1~")
    seg("NM1*85*2*%s*****XX*%s~" % (v[0], VENDOR_NPI[v[0]]))
    seg("N3*%d %s~" % (R.randint(100, 1800), R.choice(["N BEAVER ST", "E MCDOWELL RD", "UNIVERSITY BLVD NE"])))
    seg("REF*EI*%s~" % VENDOR_EIN[v[0]].replace("-", ""))
    seg("HL*2*1*22*0~")
    seg("SBR*P*18*******MC~")
    L = seg("NM1*IL*1*")
    L.p(ascii_up(p.last), "name").t("*").p(ascii_up(p.first), "name").t("*")
    if p.mi:
        L.p(p.mi, "name")
    L.t("***MI*").p(p.medicaid, "health_plan").t("~")
    seg("N3*").p(p.street, "address").t("~")
    seg("N4*").p(ascii_up(p.city), "address").t("*" + p.st + "*").p(p.zip4.replace("-", ""), "zip").t("~")
    seg("DMG*D8*").p(d_hl7(p.dob), "date").t("*" + p.sex + "~")
    seg("NM1*PR*2*AHCCCS*****PI*866004791~")
    seg("CLM*").p(pcn, "account").t("*%.2f***%s:B:1*Y*A*Y*Y~" % (R.uniform(300, 9000), R.choice(["11", "22", "13"])))
    seg("REF*G1*").p(au, "other_id").t("~")
    seg("HI*ABK:%s~" % R.choice(POVS)[0].replace(".", ""))
    seg("LX*1~")
    seg("SV1*HC:%s*%.2f*UN*1***1~" % (R.choice(["99214", "97110", "90837", "70450", "93306"]), R.uniform(90, 2500)))
    seg("DTP*472*D8*").p(d_hl7(svc), "date").t("~")
    seg("SE*26*0001~")
    seg("GE*1*%d~" % R.randint(1, 9999))
    seg("IEA*1*%09d~" % int(icn))
    return out


def ep_837_oneline(t):
    p = person(R.choice(["adult", "senior", "elder", "child"]), 0.7)
    v = R.choice(VENDORS)
    adm = TODAY - dt.timedelta(days=R.randint(5, 60))
    dis = adm + dt.timedelta(days=R.randint(1, 6))
    pcn = rdigits(10)
    L = Line("x12_837")
    L.t(ts_log4(t) + " DEBUG [EdiInbound] 837I parsed for PRC: ST*837*0%03d*005010X223A2~BHT*0019*00*%s*%s*1200*CH~HL*2*1*22*0~SBR*P*18*******OF~NM1*IL*1*" % (R.randint(1, 999), rdigits(9), t.strftime("%Y%m%d")))
    L.p(ascii_up(p.last), "name").t("*").p(ascii_up(p.first), "name").t("****MI*").p(p.mbi if p.age >= 65 and R.random() < 0.6 else p.medicaid, "health_plan").t("~N3*").p(p.street, "address").t("~N4*").p(ascii_up(p.city), "address").t("*%s*" % p.st).p(p.zip, "zip")
    L.t("~DMG*D8*").p(d_hl7(p.dob), "date").t("*%s~CLM*" % p.sex).p(pcn, "account").t("*%.2f***11:A:1**A*Y*Y~DTP*434*RD8*" % R.uniform(4000, 90000)).p(d_hl7(adm) + "-" + d_hl7(dis), "date")
    L.t("~REF*G1*").p(auth_no(t).replace("-", ""), "other_id").t("~HI*ABK:%s~NM1*71*1*%s*%s****XX*%s~" % (R.choice(POVS)[0].replace(".", ""), R.choice(["OKAFOR", "LINDQVIST", "RAMIREZ", "CHO"]), R.choice(["EMEKA", "SVEN", "ANA", "MINJI"]), mk_npi()))
    return [L]


def ep_x12_noise(t):
    L = Line("x12_837")
    o = R.choice([
        "INFO  [EdiInbound] 999 ACK AK9*A*1*1*1~ for GS control %d from IHSPRCFI" % R.randint(1, 9999),
        "INFO  [EdiInbound] 277CA batch %s: %d accepted, %d rejected (A7:21 missing/invalid info)" % (hexs(8).upper(), R.randint(10, 90), R.randint(0, 5)),
        "WARN  [EdiInbound] TA1*%09d*%s*1200*R*022~ interchange rejected: invalid control structure" % (R.randint(1, 999999999), t.strftime("%y%m%d")),
        "INFO  [EdiInbound] picked up %d files from \\\\chn-fs01\\edi\\inbound\\837 (%d KB)" % (R.randint(1, 12), R.randint(10, 4000)),
        "INFO  [EdiInbound] 835 ERA TRN*1*%s*1%s~ posted, CLP count=%d, total paid $%s" % (rdigits(10), rdigits(9), R.randint(5, 120), "{:,.2f}".format(R.uniform(1e3, 2e5))),
    ])
    L.t(ts_log4(t) + " " + o)
    return [L]


def ep_enroll_csv(t):
    out = [Line("enrollment_csv").t("enroll_no,last_name,first_name,middle,dob,sex,blood_quantum,cdib_no,census_no,chapter,mailing_addr,city,state,zip,phone,status")]
    seen = set()
    for _ in range(R.randint(5, 7)):
        p = anyp(0.4)
        while p.dfn in seen:
            p = anyp(0.8)
        seen.add(p.dfn)
        chapter = R.choice(["Chinle", "Many Farms", "Rough Rock", "Tsaile/Wheatfields", "Lukachukai", "Round Rock", "Nazlini"])
        L = Line("enrollment_csv").p(p.enroll, "other_id").t(",")
        last = p.last
        if "," in last or " " in last:
            L.t("\"").p(last, "name").t("\"")
        else:
            L.p(last, "name")
        L.t(",")
        if " " in p.first:
            L.t("\"").p(p.first, "name").t("\"")
        else:
            L.p(p.first, "name")
        L.t(",").p(p.mi, "name").t(",").p(d_iso(p.dob) if R.random() < 0.5 else d_us(p.dob), "date").t("," + p.sex + "," + p.bq + ",").p(p.cdib, "license").t(",").p(p.census, "other_id")
        L.t("," + chapter + ",\"").p(p.street, "address").t("\",").p(p.city, "address").t("," + p.st + ",").p(p.zip, "zip").t(",").p(ph_fmt(p.phone, R.choice([1, 2])), "phone").t("," + R.choice(["ACTIVE", "ACTIVE", "ACTIVE", "DECEASED", "RELINQUISHED"]))
        out.append(L)
    out.append(Line("enrollment_csv").t("# exported %s by enroll_svc v3.8.2 rows=%d sha256=%s" % (t.strftime("%Y-%m-%d %H:%M"), len(out) - 1, hexs(64))))
    return out


def mk_b64(prefix, n):
    raw = prefix + bytes(R.randint(0, 255) for _ in range(n))
    return base64.b64encode(raw).decode()


def ep_enroll_svc(t, force=None):
    p = anyp(0.4)
    L = Line("enroll_svc")
    L.t(ts_seri(t) + " [INF] Enrollment.Api.")
    k = R.choice([0, 1, 1, 2, 3, 4]) if force is None else force
    if k == 0:
        L.t("CdibService: CDIB issued cdib=").p(p.cdib, "license").t(" member=").p(p.enroll, "other_id").t(" name=\"").p(p.last + ", " + p.first, "name").t("\" bq=%s dob=" % p.bq).p(p.dob.strftime("%d-%b-%Y"), "date").t(" signed_by=\"BIA Agency Superintendent\"")
    elif k == 1:
        fp = mk_b64(b"FMR\x00 20\x00\x00\x00\x01\x2c\x00\x00\x01\x3c\x01\x62\x00\xc5\x00\xc5\x01\x00\x00\x00\x00", 150)
        L.t("KioskController: fingerprint enrolled member=").p(p.enroll, "other_id").t(" finger=R_INDEX nfiq=%d template=" % R.randint(1, 3)).p(fp, "biometric")
    elif k == 2:
        L.t("VerificationService: ID verified for ").p(p.first + " " + p.last, "name").t(" using %s DL " % p.st).p(mk_dl(p.st), "license").t(" census=").p(p.census, "other_id").t(" result=MATCH")
    elif k == 3:
        p = mk_person(R.choice(["elder", "senior", "adult"]))
        dd = TODAY - dt.timedelta(days=R.randint(3, 200))
        L.t("RollService: member ").p(p.enroll, "other_id").t(" status ACTIVE->DECEASED dod=").p(d_iso(dd), "date").t(" source=\"Vital Records certificate\" informant=\"").p(rel_person(p).first + " " + p.last, "name").t("\"")
    else:
        L.t("LetterService: descendancy letter queued for ").p(p.first.lower() + " " + p.last.lower(), "name").t(" <").p(p.email, "email").t("> template=DESC_VERIFY_v2")
    return [L]


def ep_enroll_noise(t):
    L = Line("enroll_svc")
    o = R.choice([
        "[INF] Enrollment.Api.RollService: TAAMS roll sync completed members=%d changed=%d elapsed=%dms" % (R.randint(170000, 180000), R.randint(0, 90), R.randint(2000, 60000)),
        "[INF] Microsoft.Hosting.Lifetime: Now listening on: https://[::]:5443",
        "[WRN] Enrollment.Api.KioskController: fingerprint reader DigitalPersona U.are.U 4500 SN DP4500-%s disconnected" % rdigits(7),
        "[INF] Enrollment.Api.ReportService: Blood quantum audit report generated rows=%d file=bq_audit_%s.xlsx" % (R.randint(100, 5000), t.strftime("%Y%m%d")),
        "[ERR] Enrollment.Api.RollService: TAAMS endpoint returned 503 Service Unavailable (retry %d/5)" % R.randint(1, 5),
    ])
    L.t(ts_seri(t) + " " + o)
    return [L]


def ep_chr(t, force=None):
    p = person(R.choice(["senior", "elder", "adult", "elder"]), 0.35)
    dev = "CHR-TAB-%04d" % R.randint(1, 120)
    chw = R.choice(CHRS)
    L = Line("chr_sync_json")
    L.t('{"ts":"%s","level":"info","svc":"chr-sync","deviceId":"%s","batchId":"%s","op":"upsert","entity":"' % (ts_utcz(t), dev, uuid()))
    k = R.choice([0, 0, 1, 2, 2, 3, 4]) if force is None else force
    if k == 0:
        L.t('homeVisit","payload":{"clientId":"').p(p.chr, "other_id").t('","clientName":"').p(jstr(p.first + " " + p.last), "name").t('","dob":"').p(d_iso(p.dob), "date").t('","ageYears":')
        L.p(str(p.age), "age" if p.age > 89 else None).t(',"visitDate":"').p(d_iso(TODAY - dt.timedelta(days=R.randint(0, 3))), "date")
        L.t('","bp":"%d/%d","geo":{"lat":' % (R.randint(110, 180), R.randint(60, 100))).p("%.5f" % R.uniform(35.6, 36.9), "address").t(',"lon":').p("%.5f" % R.uniform(-110.6, -109.1), "address").t('},"chrName":"%s","syncedOffline":true}}' % chw)
    elif k == 1:
        L.t('vitalReading","payload":{"clientId":"').p(p.chr, "other_id").t('","source":"bluetooth","meter":{"model":"Contour Next ONE","sn":"').p(p.meter_sn, "device")
        L.t('","btMac":"').p(p.meter_mac, "device").t('"},"glucose_mgdl":%d,"takenAt":"' % R.randint(70, 420)).p(ts_iso(t - dt.timedelta(hours=R.randint(1, 30))), "date").t('"}}')
    elif k == 2:
        photo = mk_b64(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00\xff\xdb\x00\x43\x00", 330)
        L.t('clientPhoto","payload":{"clientId":"').p(p.chr, "other_id").t('","consent":true,"mime":"image/jpeg","w":96,"h":96,"data":"').p(photo, "photo").t('"}}')
    elif k == 3:
        q = rel_person(p)
        L.t('clientProfile","payload":{"clientId":"').p(p.chr, "other_id").t('","hrn":"').p(p.hrn, "mrn").t('","last":"').p(jstr(p.last), "name").t('","first":"').p(jstr(p.first), "name")
        L.t('","homeDirections":"').p(jstr(p.street.title() if "MI " in p.street else "past " + R.choice(["water tank", "chapter house", "trading post", "windmill"]) + ", " + R.choice(["blue", "tan", "white"]) + " hogan w/ corral"), "address")
        L.t('","phone":"').p(ph_fmt(p.cell, 2), "phone").t('","caregiver":{"name":"').p(jstr(q.first + " " + q.last), "name").t('","rel":"%s","phone":"' % q.rel.lower()).p(ph_fmt(q.phone, 1), "phone").t('"},"lang":"%s"}}' % R.choice(["nv", "en", "nv,en", "hop"]))
    else:
        L.t('medDelivery","payload":{"clientId":"').p(p.chr, "other_id").t('","rxCount":%d,"cpapSn":"' % R.randint(1, 6)).p("2316" + rdigits(7), "device")
        L.t('","deliveredTo":"')
        dk = R.randint(0, 2)
        if dk == 0:
            L.t("self")
        else:
            L.t("grandson " if dk == 1 else "daughter ").p(R.choice(FIRST_M if dk == 1 else FIRST_F), "name")
        L.t('","nextVisit":"').p(d_iso(TODAY + dt.timedelta(days=R.randint(7, 30))), "date").t('"}}')
    return [L]


def ep_chr_nophi(t):
    L = Line("chr_sync_json")
    dev = "CHR-TAB-%04d" % R.randint(1, 120)
    o = R.choice([
        '"level":"info","svc":"chr-sync","msg":"sync session opened","deviceId":"%s","appVersion":"4.12.%d","queued":%d,"network":"%s"' % (dev, R.randint(0, 9), R.randint(0, 80), R.choice(["LTE", "wifi", "satellite"])),
        '"level":"info","svc":"chr-sync","msg":"sync session closed","deviceId":"%s","pushed":%d,"pulled":%d,"conflicts":%d,"durationMs":%d' % (dev, R.randint(0, 60), R.randint(0, 400), R.randint(0, 3), R.randint(200, 90000)),
        '"level":"warn","svc":"chr-sync","msg":"clock skew detected","deviceId":"%s","skewSec":%d' % (dev, R.randint(61, 5000)),
        '"level":"info","svc":"chr-sync","msg":"device heartbeat","deviceId":"%s","battery":%d,"storageFreeMb":%d,"os":"Android 13","mdm":"Intune"' % (dev, R.randint(5, 100), R.randint(100, 20000)),
        '"level":"error","svc":"chr-sync","msg":"batch rejected: schema version 7 < required 8","deviceId":"%s","batchId":"%s"' % (dev, uuid()),
        '"level":"info","svc":"chr-sync","msg":"conflict resolved","entity":"homeVisit","strategy":"server-wins","traceId":"%s","spanId":"%s"' % (hexs(32), hexs(16)),
        '"level":"debug","svc":"chr-sync","msg":"pg pool stats","total":20,"idle":%d,"waiting":%d' % (R.randint(0, 20), R.randint(0, 4)),
    ])
    L.t('{"ts":"%s",%s}' % (ts_utcz(t), o))
    return [L]


CDT = [("D0120", "periodic oral eval"), ("D1110", "prophylaxis adult"), ("D1120", "prophylaxis child"), ("D1206", "fluoride varnish"),
       ("D1351", "sealant"), ("D2392", "resin 2s post"), ("D7140", "extraction erupted"), ("D2740", "crown porcelain"), ("D6010", "implant body")]


def ep_dental(t):
    k = R.randint(0, 3)
    if k == 3:
        p = person("child", 0.4)
        while not 5 <= p.age <= 12:
            p = person("child", 0.6)
    elif k == 1:
        p = person(R.choice(["adult", "senior"]), 0.4)
    else:
        p = anyp(0.35)
    L = Line("dental")
    c = R.choice(CDT)
    L.t(ts_log4(t) + " INFO  [DxBridge] ")
    vt = t - dt.timedelta(minutes=R.randint(10, 90))
    if k == 0:
        L.t("Posted CDT %s (%s) tooth=%s surf=%s to RPMS ADE for HRN " % (c[0], c[1], R.randint(1, 32), R.choice(["MO", "DO", "MOD", "-", "B"]))).p(p.hrn, "mrn").t(" (").p(fm_name(p), "name").t(") visit ").p("%d%s.%s" % (vt.year - 1700, vt.strftime("%m%d"), vt.strftime("%H%M")), "date").t(" prov=%s" % R.choice(["KAYE-WHITMAN,RUTH DDS", "OKONKWO,CHIDI DMD", "ARVISO,PETE RDH"]))
    elif k == 1:
        L.t("Implant record: pt ").p(p.first + " " + p.last, "name").t(" chart ").p(p.hrn, "mrn").t(" site #%d Nobel Biocare NobelActive 4.3x10 UDI " % R.choice([3, 14, 19, 30])).p("(01)0735008%07d(17)%s(10)%s" % (R.randint(0, 9999999), (TODAY + dt.timedelta(days=900)).strftime("%y%m%d"), rdigits(8)), "device")
    elif k == 2:
        appt = TODAY + dt.timedelta(days=R.randint(14, 120))
        while appt.weekday() > 4:
            appt += dt.timedelta(days=1)
        L.t("Recall scheduled for ").p(p.last + ", " + p.first, "name").t(" DOB ").p(d_us2(p.dob), "date").t(" next ").p(appt.strftime("%a %m/%d/%Y") + " 0%d:00" % R.randint(8, 9), "date").t(" op=%s reminder_sms=" % (R.choice(["OP1", "OP3", "OP4"]) if p.age >= 14 else "Ped-2")).p(ph_fmt(p.cell, 2), "phone")
    else:
        L.t("Sealant program: school=%s grade=%d student=" % (R.choice(["Many Farms Elem", "Chinle Elem", "Tsaile Public School"]), max(1, min(6, p.age - 6)))).p(ascii_up(p.first) + " " + ascii_up(p.last), "name").t(" dob=").p(d_hl7(p.dob), "date").t(" teeth=3,14,19,30 consent=parent:").p(rel_person(p, True).first + " " + p.last, "name")
    return [L]


def ep_dental_noise(t):
    L = Line("dental")
    o = R.choice([
        "INFO  [Sterilizer] SciCan Statim 5000 cycle #%d UNWRAPPED 134C 3:30 PASS" % R.randint(4000, 9999),
        "WARN  [Sterilizer] Midmark M11 cycle #%d aborted: door seal pressure fault" % R.randint(1000, 3000),
        "INFO  [Imaging] Schick 33 sensor SN S33-%s connected on USB3 port 2 (OP%d)" % (rdigits(7), R.randint(1, 4)),
        "INFO  [DxBridge] heartbeat RPMS broker CHN-APP01:9250 rtt=%dms" % R.randint(3, 80),
        "ERROR [DxBridge] RPC BADE EDR POST timeout after 30000ms, will retry",
        "INFO  [Imaging] Dexis 10 pano export queue drained (%d studies)" % R.randint(0, 12),
        "INFO  [DxBridge] fee schedule 2024-IHS-DENT loaded, %d CDT codes" % R.randint(400, 700),
    ])
    L.t(ts_log4(t) + " " + o)
    return [L]


def ep_bh(t):
    k = R.randint(0, 4)
    if k == 3:
        p = person("child", 0.4)
        while p.age < 10:
            p = person("child", 0.7)
    else:
        p = person(R.choice(["adult", "adult", "senior"]), 0.3)
    case = "BH-%s-%05d" % (t.strftime("%y"), R.randint(10, 3000))
    L = Line("bh_note")
    L.t(t.strftime("%Y-%m-%d %H:%M:%S") + " AMH[" + str(R.randint(1000, 9999)) + "] ")
    if k == 0:
        q = rel_person(p)
        L.t("NOTE case=").p(case, "other_id").t(" \"Session %d w/ pt. Reports %s (" % (R.randint(2, 12), q.rel.lower())).p(q.first + " " + q.last, "name").t(") moved back in after release; safety plan reviewed, pt ok to receive texts at ").p(ph_fmt(p.cell, R.choice([2, 1])), "phone").t(". Next appt ").p(d_us2(TODAY + dt.timedelta(days=R.randint(5, 21))), "date").t(".\"")
    elif k == 1:
        L.t("SRF submitted case=").p(case, "other_id").t(" pt=").p(fm_name(p), "name").t(" hrn=").p(p.hrn, "mrn").t(" event_date=").p(d_us(TODAY - dt.timedelta(days=R.randint(0, 5))), "date").t(" type=IDEATION location=HOME means=N/A disposition=OUTPT_FU")
    elif k == 2:
        fb = "https://www.facebook.com/" + ascii_up(p.first).lower().replace(" ", "") + "." + ascii_up(p.last).lower().replace(" ", "").replace("'", "") + "." + rdigits(2)
        L.t("NOTE case=").p(case, "other_id").t(" \"Cousin called crisis line worried about posts on pt's page ").p(fb, "url").t(" - welfare check requested via NNPD Chinle district; pt ").p(p.first, "name").t(" reached by phone, denies SI/HI.\"")
    elif k == 3:
        q = rel_person(p)
        q.first = R.choice(FIRST_F)
        L.t("NOTE case=").p(case, "other_id").t(" \"Pt's shimásání ").p(q.first + " " + q.last, "name").t(" asked for traditional healer referral (hataałii) - coordinated w/ Office of Native Medicine; pt DOB ").p(d_iso(p.dob), "date").t(" confirmed.\"")
    else:
        L.t("INTAKE case=").p(case, "other_id").t(" client=\"").p(p.last + ", " + p.first, "name").t("\" referred_by=\"%s\" payer=AHCCCS id=" % R.choice(["School counselor", "ER", "Tribal court", "Self"])).p(p.medicaid, "health_plan").t(" phq9=%d gad7=%d" % (R.randint(0, 27), R.randint(0, 21)))
    return [L]


def ep_bh_noise(t):
    L = Line("bh_note")
    o = R.choice([
        "AMH SRF queue: %d forms pending transmission to IHS National SRF database" % R.randint(0, 12),
        "AMH export: BH GPRA extract completed, %d records, 0 rejects" % R.randint(100, 900),
        "AMH telebehavioral session room CHN-TBH-%d joined by provider (Zoom for Govt, meeting id redacted)" % R.randint(1, 4),
        "AMH security key AMHZ DATA ENTRY assigned to DUZ %s by %s" % (STAFF_DUZ[R.choice(STAFF)], R.choice(STAFF)),
        "AMH note template BH INTAKE v3 published by PATEL,ANJALI (LCSW) - %d fields" % R.randint(30, 90),
    ])
    L.t(t.strftime("%Y-%m-%d %H:%M:%S") + " AMH[" + str(R.randint(1000, 9999)) + "] " + o)
    return [L]


VACC = [("141", "Influenza, seasonal, injectable", "FLU", "SKB^GlaxoSmithKline"), ("208", "COVID-19, mRNA, LNP-S, PF, 30 mcg/0.3 mL dose", "COV", "PFR^Pfizer"),
        ("110", "DTaP-Hep B-IPV", "PED", "SKB^GlaxoSmithKline"), ("03", "MMR", "MMR", "MSD^Merck and Co., Inc."),
        ("133", "Pneumococcal conjugate PCV 13", "PCV", "PFR^Pfizer"), ("187", "zoster recombinant", "ZOS", "SKB^GlaxoSmithKline"),
        ("115", "Tdap", "TDP", "SKB^GlaxoSmithKline"), ("62", "HPV, quadrivalent", "HPV", "MSD^Merck and Co., Inc.")]


def pid_segment(L, p, with_nk=True):
    L.t("PID|1||").p(p.hrn, "mrn").t("^^^CWHC^MR")
    if R.random() < 0.5:
        L.t("~").p(p.medicaid, "health_plan").t("^^^AZAHC^MA")
    L.t("||").p(ascii_up(p.last), "name").t("^").p(ascii_up(p.first), "name").t("^").p(p.mi, "name").t("^^^^L|")
    L.p(ascii_up(p.mmn), "name").t("^^^^^^M|").p(d_hl7(p.dob), "date").t("|" + p.sex + "||1002-5^American Indian or Alaska Native^CDCREC|")
    L.p(p.street, "address").t("^^").p(ascii_up(p.city), "address").t("^" + p.st + "^").p(p.zip, "zip").t("^USA^P^^").p(p.ccode, "address").t("||^PRN^PH^^^").p(p.area, "phone").t("^").p(p.phone[3:], "phone")
    L.t("|||||||||2186-5^Not Hispanic or Latino^CDCREC||N|1")


def ep_vxu_block(t):
    p = person(R.choice(["child", "child", "adult", "senior"]), 0.3)
    vac = R.choice(VACC) if p.age > 18 else R.choice(VACC[:5])
    ctl = "CWHC" + t.strftime("%Y%m%d%H%M%S") + "%03d" % ms()
    adm = t - dt.timedelta(minutes=R.randint(3, 50))
    sname = R.choice(STAFF)
    staff = sname.split(",")
    npi = STAFF_NPI.setdefault(sname, mk_npi())
    out = []
    out.append(Line("hl7_vxu").t("MSH|^~\\&|RPMS-BYIM|CWHC^2.16.840.1.113883.3.72.5.9.1^ISO|ASIIS|AZDHS|%s-0700||VXU^V04^VXU_V04|%s|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS|CWHC|AZDHS" % (t.strftime("%Y%m%d%H%M%S"), ctl)))
    L = Line("hl7_vxu")
    pid_segment(L, p)
    out.append(L)
    out.append(Line("hl7_vxu").t("PD1|||||||||||02^Reminder/Recall - any method^HL70215|N|||||A"))
    if p.age < 18:
        q = rel_person(p)
        q.rel = "MTH"
        L = Line("hl7_vxu").t("NK1|1|").p(ascii_up(q.last), "name").t("^").p(ascii_up(R.choice(FIRST_F)), "name").t("^^^^^L|MTH^Mother^HL70063||^PRN^PH^^^").p(q.phone[:3], "phone").t("^").p(q.phone[3:], "phone")
        out.append(L)
    out.append(Line("hl7_vxu").t("ORC|RE||IZ-%d^CWHC||||||||||%s^%s^%s^^^^^^CWHC^L^^^NPI" % (R.randint(100000, 999999), npi, staff[0], staff[1])))
    L = Line("hl7_vxu").t("RXA|0|1|").p(adm.strftime("%Y%m%d%H%M"), "date").t("|").p(adm.strftime("%Y%m%d%H%M"), "date")
    L.t("|%s^%s^CVX|%s|mL^mL^UCUM||00^New immunization record^NIP001|%s^%s^%s^^^^^^^^^^^^CWHC||^^^CWHC||||%s|%s|%s^MVX|||CP|A" % (
        vac[0], vac[1], R.choice(["0.5", "0.3", "0.25"]), npi, staff[0], staff[1],
        R.choice("UEFW") + rdigits(4) + R.choice(["AA", "AB", "DA"]), (TODAY + dt.timedelta(days=R.randint(30, 400))).strftime("%Y%m%d"), vac[3]))
    out.append(L)
    out.append(Line("hl7_vxu").t("RXR|C28161^Intramuscular^NCIT|%s^%s^HL70163" % R.choice([("LD", "Left Deltoid"), ("RD", "Right Deltoid"), ("LT", "Left Thigh"), ("RT", "Right Thigh")])))
    L = Line("hl7_vxu").t("OBX|1|CE|64994-7^Vaccine funding program eligibility category^LN|1|V04^VFC eligible - American Indian/Alaska Native^HL70064||||||F|||").p(adm.strftime("%Y%m%d"), "date").t("|||VXC40^Eligibility captured at the immunization level^CDCPHINVS")
    out.append(L)
    out.append(Line("hl7_vxu").t("OBX|2|TS|29768-9^Date vaccine information statement published^LN|2|%s||||||F" % R.choice(["20230806", "20211015", "20200415", "20210806"])))
    L = Line("hl7_vxu").t("OBX|3|TS|29769-7^Date vaccine information statement presented^LN|2|").p(adm.strftime("%Y%m%d"), "date").t("||||||F")
    out.append(L)
    return out


def ep_vxu_mirth(t):
    p = person(R.choice(["child", "adult", "senior", "elder"]), 0.3)
    vac = R.choice(VACC)
    adm = t - dt.timedelta(minutes=R.randint(3, 50))
    L = Line("hl7_vxu")
    L.t(ts_log4(t) + " INFO  [Channel: ASIIS-VXU-OUT] (com.mirth.connect.connectors.tcp.TcpDispatcher:432): Sent message: MSH|^~\\&|RPMS-BYIM|CWHC|ASIIS|AZDHS|%s||VXU^V04^VXU_V04|CWHC%s|P|2.5.1\\r" % (t.strftime("%Y%m%d%H%M%S"), rdigits(12)))
    pid_segment(L, p)
    L.t("\\rORC|RE||IZ-%d^CWHC\\rRXA|0|1|" % R.randint(100000, 999999)).p(adm.strftime("%Y%m%d"), "date").t("||%s^%s^CVX|0.5|mL^mL^UCUM||00^New immunization record^NIP001\\r" % (vac[0], vac[1]))
    return [L]


def ep_vxu_noise(t):
    out = []
    k = R.randint(0, 3)
    if k == 0:
        c = "ASIIS" + rdigits(9)
        out.append(Line("hl7_vxu").t("MSH|^~\\&|ASIIS|AZDHS|RPMS-BYIM|CWHC|%s-0700||ACK^V04^ACK|%s|P|2.5.1" % (t.strftime("%Y%m%d%H%M%S"), c)))
        out.append(Line("hl7_vxu").t("MSA|AA|CWHC%s%03d" % (t.strftime("%Y%m%d%H%M%S"), ms())))
    elif k == 1:
        out.append(Line("hl7_vxu").t("MSA|AE|CWHC%s%03d" % (t.strftime("%Y%m%d%H%M%S"), ms())))
        out.append(Line("hl7_vxu").t("ERR||RXA^1^17^1|103^Table value not found^HL70357|W|5^Table value not found^HL70533|||MVX code not in registry table, record accepted"))
    elif k == 2:
        out.append(Line("hl7_vxu").t(ts_log4(t) + " INFO  [Channel: ASIIS-VXU-OUT] (com.mirth.connect.donkey.server.channel.Channel:1410): Channel ASIIS-VXU-OUT deployed, queue size %d" % R.randint(0, 200)))
    else:
        out.append(Line("hl7_vxu").t(ts_log4(t) + " ERROR [Channel: ASIIS-VXU-OUT] (com.mirth.connect.connectors.tcp.TcpDispatcher:471): Error connecting to asiis-hl7.azdhs.example:6661, java.net.SocketTimeoutException: connect timed out (retry %d)" % R.randint(1, 5)))
    return out


PUB_PREF = ["174.26", "70.176", "98.165", "166.198", "107.77", "24.121", "72.201", "184.99", "67.40", "208.102"]


def pub_ip():
    return "%s.%d.%d" % (R.choice(PUB_PREF), R.randint(1, 254), R.randint(1, 254))


UAS = ["Mozilla/5.0+(iPhone;+CPU+iPhone+OS+17_3_1+like+Mac+OS+X)+AppleWebKit/605.1.15+(KHTML,+like+Gecko)+Version/17.3+Mobile/15E148+Safari/604.1",
       "Mozilla/5.0+(Linux;+Android+13;+SM-A136U)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.6261.105+Mobile+Safari/537.36",
       "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.0.0+Safari/537.36+Edg/122.0.0.0"]
PORTAL = "portal.cedarwash-health.org"


def iis_t(t):
    return (t + dt.timedelta(hours=7)).strftime("%Y-%m-%d %H:%M:%S")


def ep_iis_hdr(t):
    return [Line("iis_w3c").t("#Software: Microsoft Internet Information Services 10.0"),
            Line("iis_w3c").t("#Version: 1.0"),
            Line("iis_w3c").t("#Date: " + iis_t(t)),
            Line("iis_w3c").t("#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken")]


def ep_iis_noise(t):
    L = Line("iis_w3c")
    k = R.randint(0, 4)
    if k <= 1:
        L.t("%s 10.20.1.15 GET /health - 443 - 10.20.0.%d - - 200 0 0 %d" % (iis_t(t), R.choice([2, 3]), R.randint(0, 4)))
    elif k == 2:
        L.t("%s 10.20.1.15 GET /Portal/Account/Login ReturnUrl=%%2FPortal%%2FMessages 443 - %s %s - 200 0 0 %d" % (iis_t(t), pub_ip(), R.choice(UAS), R.randint(20, 300)))
    elif k == 3:
        L.t("%s 10.20.1.15 POST /wp-login.php - 443 - %d.%d.%d.%d Mozilla/5.0+(compatible;+zgrab/0.x) - 404 0 2 %d" % (iis_t(t), R.choice([45, 185, 193, 89]), R.randint(1, 254), R.randint(1, 254), R.randint(1, 254), R.randint(1, 9)))
    else:
        L.t("%s 10.20.1.16 GET /Admin/Reports/NoShow fy=2024&clinic=%s 443 CWHC\\%s 10.20.40.%d %s https://%s/Admin 200 0 0 %d" % (iis_t(t), R.choice(["01", "56", "43"]), R.choice(["mtsosie", "dharvey", "apatel", "cbryce"]), R.randint(10, 200), UAS[2], PORTAL, R.randint(50, 2000)))
    return [L]


def ep_iis(t):
    p = person(R.choice(["adult", "senior"]), 0.3)
    L = Line("iis_w3c")
    path, q = R.choice([("/Portal/Messages/Compose", "-"), ("/Portal/Appointments", "-"), ("/Portal/Visits/Summary", "visitId="),
                        ("/Portal/Rx/Refill", "-"), ("/Portal/Documents/Download", "doc=CCDA&visitId=")])
    L.t("%s 10.20.1.15 %s %s " % (iis_t(t), R.choice(["GET", "POST"]) if q == "-" else "GET", path))
    if q == "-":
        L.t("-")
    else:
        L.t(q).p(str(R.randint(8800000, 8899999)), "other_id")
    L.t(" 443 ").p(p.portal, "other_id").t(" ").p(pub_ip(), "ip").t(" %s https://%s/Portal/Home %d 0 0 %d" % (R.choice(UAS[:2]), PORTAL, R.choice([200, 200, 302, 500]), R.randint(30, 4000)))
    return [L]


def ep_dotnet(t):
    p = person(R.choice(["adult", "senior", "adult"]), 0.3)
    k = R.randint(0, 6)
    if k == 0:
        L = Line("dotnet_serilog").t(ts_seri(t) + " [WRN] CedarWash.Portal.Controllers.AccountController: Failed login for user \"").p(p.portal, "other_id").t("\" from ").p(pub_ip(), "ip").t(" (attempt %d of 5)" % R.randint(2, 5))
    elif k == 1:
        L = Line("dotnet_serilog").t(ts_seri(t) + " [ERR] Microsoft.EntityFrameworkCore.Database.Command: Failed executing DbCommand (%dms) [Parameters=[@p0='" % R.randint(2, 90)).p(p.email, "email").t("' (Size = 256)], CommandType='Text', CommandTimeout='30'] INSERT INTO [PortalUser] ([Email]) VALUES (@p0); Microsoft.Data.SqlClient.SqlException (0x80131904): Violation of UNIQUE KEY constraint 'UQ_PortalUser_Email'. The duplicate key value is (").p(p.email, "email").t(").")
    elif k == 2:
        L = Line("dotnet_nlog").t(ts_nlog(t) + "|INFO|CedarWash.Portal.Services.RpmsBroker|RPC BEHOPTCX PTINFO ok dfn=").p(p.dfn, "other_id").t(" hrn=").p(p.hrn, "mrn").t(" elapsed=%dms traceparent=00-%s-%s-01" % (R.randint(20, 900), hexs(32), hexs(16)))
    elif k == 3:
        L = Line("dotnet_serilog").t(ts_seri(t) + " [INF] CedarWash.Portal.Services.SmsService: Appointment reminder sent to ").p("+1" + p.cell, "phone").t(" for ").p(p.first, "name").t(" appt=").p((TODAY + dt.timedelta(days=R.randint(1, 14))).strftime("%Y-%m-%dT") + "%02d:%s:00" % (R.randint(8, 16), R.choice(["00", "15", "30", "45"])), "date").t(" twilioSid=SM%s" % hexs(32))
    elif k == 4:
        pan = mk_pan()
        L = Line("dotnet_serilog").t(ts_seri(t) + " [ERR] CedarWash.Portal.Billing.PaymentController: Gateway declined sale for patient acct ").p("PA" + rdigits(8), "account").t(" card=").p(pan, "account").t(" exp=%02d/%02d avs=N resp=\"05 Do Not Honor\"" % (R.randint(1, 12), R.randint(24, 30)))
    elif k == 5:
        L = Line("dotnet_nlog").t(ts_nlog(t) + "|WARN|CedarWash.Portal.Controllers.ProxyAccessController|Proxy request by ").p(p.portal, "other_id").t(" for dependent ").p(rel_person(p).first + " " + p.last, "name").t(" dob ").p(d_us(TODAY.replace(year=TODAY.year - R.randint(3, 16)) - dt.timedelta(days=R.randint(0, 300))), "date").t(" requires guardianship document")
    else:
        L = Line("dotnet_serilog").t(ts_seri(t) + " [INF] CedarWash.Portal.Controllers.ProfileController: Profile updated {\"UserName\":\"").p(p.portal, "other_id").t("\",\"Changed\":[\"MailingAddress\",\"Phone\"],\"MailingAddress\":\"").p(p.street, "address").t(", ").p(p.city, "address").t(", %s " % p.st).p(p.zip, "zip").t("\",\"Phone\":\"").p(ph_fmt(p.cell, 0), "phone").t("\"}")
    return [L]


def ep_dotnet_noise(t):
    k = R.randint(0, 9)
    if k == 0:
        L = Line("dotnet_serilog").t(ts_seri(t) + " [INF] Microsoft.AspNetCore.Hosting.Diagnostics: Request starting HTTP/1.1 GET https://%s/health - - -" % PORTAL)
    elif k == 1:
        L = Line("dotnet_serilog").t(ts_seri(t) + " [INF] Microsoft.AspNetCore.Hosting.Diagnostics: Request finished HTTP/1.1 GET https://%s/Portal/Home - 200 - text/html;+charset=utf-8 %.4fms" % (PORTAL, R.uniform(2, 900)))
    elif k == 2:
        L = Line("dotnet_nlog").t(ts_nlog(t) + "|INFO|CedarWash.Portal.Startup|Application started. Build 2024.3.%d+%s, Environment=Production, .NET 8.0.2" % (R.randint(100, 400), hexs(7)))
    elif k == 3:
        L = Line("dotnet_serilog").t(ts_seri(t) + " [WRN] Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager: Key {%s} expires soon, will be rotated" % uuid())
    elif k == 4:
        L = Line("dotnet_nlog").t(ts_nlog(t) + "|ERROR|CedarWash.Portal.Services.RpmsBroker|Broker connect CHN-APP01:9250 failed: System.Net.Sockets.SocketException (10060): A connection attempt failed because the connected party did not properly respond")
    elif k == 5:
        L = Line("dotnet_serilog").t(ts_seri(t) + " [INF] CedarWash.Portal.Billing.PaymentController: staging self-test card 4111111111111111 exp 12/29 -> APPROVED (sandbox)")
    elif k == 6:
        L = Line("dotnet_serilog").t(ts_seri(t) + " [INF] Hangfire.Server.BackgroundServerProcess: Server chn-web01:%d:%s successfully announced in %d ms" % (R.randint(1000, 9000), hexs(8), R.randint(10, 300)))
    elif k == 7:
        L = Line("dotnet_nlog").t(ts_nlog(t) + "|INFO|CedarWash.Portal.Services.SmsService|Twilio balance $%.2f, %d messages queued, sender +1928674%04d (clinic)" % (R.uniform(20, 400), R.randint(0, 300), R.randint(0, 9999)))
    elif k == 8:
        L = Line("dotnet_serilog").t(ts_seri(t) + " [ERR] Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware: An unhandled exception has occurred while executing the request. System.TimeoutException: RPMS broker did not answer within 30 s")
    else:
        L = Line("dotnet_serilog").t(ts_seri(t) + " [INF] CedarWash.Portal.Email: Support mail sent to helpdesk@cedarwash-health.org (ticket INC%07d)" % R.randint(0, 9999999))
    return [L]


def ep_dotnet_stack(t):
    out = [Line("dotnet_serilog").t(ts_seri(t) + " [ERR] CedarWash.Portal.Controllers.VisitsController: Visit summary render failed System.NullReferenceException: Object reference not set to an instance of an object.")]
    for fr in ["   at CedarWash.Portal.Services.CcdaRenderer.RenderProblems(CcdaDocument doc) in D:\\a\\portal\\src\\Services\\CcdaRenderer.cs:line %d" % R.randint(50, 400),
               "   at CedarWash.Portal.Controllers.VisitsController.Summary(Int32 visitId) in D:\\a\\portal\\src\\Controllers\\VisitsController.cs:line %d" % R.randint(20, 200),
               "   at lambda_method%d(Closure, Object, Object[])" % R.randint(10, 400),
               "   at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.SyncActionResultExecutor.Execute(ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)",
               "   --- End of stack trace from previous location ---"]:
        out.append(Line("dotnet_serilog").t(fr))
    return out


def ep_winevt_noise(t):
    L = Line("win_event")
    o = R.choice([
        "Information\t{T}\tService Control Manager\t7036\tNone\tThe World Wide Web Publishing Service service entered the running state.",
        "Information\t{T}\tMicrosoft-Windows-Security-Auditing\t4624\tLogon\tAn account was successfully logged on. Subject: Security ID: SYSTEM Logon Type: 5 New Logon: Account Name: svc-rpmsbroker Account Domain: CWHC",
        "Warning\t{T}\tMicrosoft-Windows-Security-Auditing\t4625\tLogon\tAn account failed to log on. Logon Type: 3 Account Name: administrator Source Network Address: 185.%d.%d.%d Failure Reason: Unknown user name or bad password." % (R.randint(1, 254), R.randint(1, 254), R.randint(1, 254)),
        "Information\t{T}\tMicrosoft-Windows-WAS\t5186\tNone\tA worker process with process id of '%d' serving application pool 'PortalAppPool' was shutdown due to inactivity." % R.randint(1000, 9000),
        "Warning\t{T}\tMicrosoft-Windows-Time-Service\t129\tNone\tNtpClient was unable to set a domain peer to use as a time source because of discovery error.",
        "Error\t{T}\tVSS\t8193\tNone\tVolume Shadow Copy Service error: Unexpected error calling routine CoCreateInstance. hr = 0x80070005, Access is denied.",
        "Information\t{T}\tMSSQL$PORTAL\t17137\tServer\tStarting up database 'PortalDb'.",
        "Warning\t{T}\tSchannel\t36887\tNone\tA fatal alert was received from the remote endpoint. The TLS protocol defined fatal alert code is 46.",
    ])
    L.t(o.replace("{T}", ts_win(t)))
    return [L]


def ep_winevt_phi(t):
    p = person("adult", 0.2)
    L = Line("win_event")
    L.t("Warning\t%s\tASP.NET 4.0.30319.0\t1309\tWeb Event\tEvent code: 3005 Event message: An unhandled exception has occurred. Application path: D:\\inetpub\\LegacyPortal\\ Request URL: https://%s/legacy/ResetPassword.aspx?email=" % (ts_win(t), PORTAL))
    L.p(p.email.replace("@", "%40"), "email").t(" User host address: ").p(pub_ip(), "ip").t(" Exception type: HttpException Exception message: A potentially dangerous Request.Form value was detected from the client.")
    return [L]


ROUTES = ["R1 Chinle", "R2 Many Farms", "R3 Rough Rock", "R4 Tsaile/Wheatfields", "R5 Nazlini"]


def ep_nutrition(t):
    rt = R.choice(ROUTES)
    out = [Line("nutrition_csv").t("route,stop,client,age,address,meal,delivered,notes")]
    seen = set()
    for i in range(R.randint(5, 8)):
        p = person(R.choice(["elder", "elder", "senior"]), 0.4)
        while p.dfn in seen:
            p = person("elder", 0.8)
        seen.add(p.dfn)
        L = Line("nutrition_csv").t("%s,%02d,\"" % (rt.split()[0], i + 1)).p(ascii_up(p.last) + ", " + ascii_up(p.first), "name").t("\",").p(str(p.age), "age" if p.age > 89 else None).t(",\"").p(p.street, "address").t(", ").p(ascii_up(p.city), "address").t("\",%s," % R.choice(["HDM", "HDM-DIAB", "HDM-RENAL", "FROZEN x5"]))
        dlv = R.choice(["Y", "Y", "Y", "N"])
        L.t(dlv + ",")
        if dlv == "N":
            L.t("\"no answer, left w/ neighbor\"")
        elif R.random() < 0.3:
            q = rel_person(p)
            L.t("\"" + q.rel.lower() + " ").p(q.first, "name").t(" took meal; call ").p(ph_fmt(q.phone, 1), "phone").t("\"")
        else:
            L.t(R.choice(["\"\"", "\"wood low - notify CHR\"", "\"dog loose\"", "\"ok\""]))
        out.append(L)
    return out


def ep_nutrition_noise(t):
    L = Line("nutrition_csv")
    o = R.choice([
        "# route summary %s %s: %d meals delivered, %d no-answer, van CW-VAN-%02d odometer %d mi, driver %s" % (t.strftime("%m/%d/%Y"), R.choice(ROUTES), R.randint(20, 60), R.randint(0, 5), R.randint(1, 14), R.randint(40000, 190000), R.choice(["H. Attakai", "P. Arviso", "T. Zah"])),
        "# Title VI Part A meal count FY2024 Q2 to date: %d congregate, %d home-delivered" % (R.randint(3000, 9000), R.randint(5000, 14000)),
        "# cooler temp log %s: kitchen walk-in %.1fF, van cooler %.1fF (limit 41F)" % (t.strftime("%H:%M"), R.uniform(34, 40), R.uniform(35, 41)),
    ])
    L.t(o)
    return [L]


def ep_homevisit(t):
    p = person(R.choice(["elder", "elder", "senior"]), 0.4)
    q = rel_person(p)
    L = Line("home_visit")
    chw = R.choice(CHRS)
    title = R.choice(["Mrs. ", "Mr. ", "Hosteen ", "", ""]) if True else ""
    if p.sex == "F" and title in ("Mr. ", "Hosteen "):
        title = "Mrs. "
    if p.sex == "M" and title == "Mrs. ":
        title = "Mr. "
    vd = TODAY - dt.timedelta(days=R.randint(1, 3))
    L.t("HV-LOG [%s] CHR %s: " % (t.strftime("%Y-%m-%d %H:%M:%S"), chw)).p("%d/%d" % (vd.month, vd.day), "date").t(" visited %s" % title).p(p.first + " " + p.last, "name").t(" (").p(str(p.age), "age" if p.age > 89 else None).t(" y/o) at home ")
    if "MI " in p.street:
        L.p(p.street.lower(), "address")
    else:
        L.p("%.1f mi %s of %s Chapter House" % (R.uniform(0.5, 12), R.choice(["N", "S", "E", "W", "NE", "SW"]), p.city), "address")
    L.t("; BP %d/%d; %s; %s " % (R.randint(110, 180), R.randint(60, 100), R.choice(["wood stove ok", "water hauled 2x/wk", "propane low", "walker in use, fall risk"]), q.rel.lower()))
    L.p(q.first, "name").t(" (").p(ph_fmt(q.phone, R.choice([1, 2, 5, 3])), "phone").t(") stays weekends; next visit ").p(d_us(TODAY + dt.timedelta(days=R.randint(7, 28))), "date").t(".")
    return [L]


def ep_transport(t, force=None):
    k = R.choice([0, 0, 1, 1, 2, 3]) if force is None else force
    p = anyp(0.35) if k in (0, 2) else person(R.choice(["adult", "senior", "elder"]), 0.35)
    L = Line("transport")
    trip = "TR%s-%03d" % (t.strftime("%y%m%d"), R.randint(1, 60))
    L.t("[DISPATCH] %s " % t.strftime("%Y-%m-%d %H:%M"))
    if k == 0:
        q = rel_person(p)
        appt = TODAY + dt.timedelta(days=R.randint(0, 3))
        L.t("TRIP %s rider=" % trip).p(fm_name(p), "name").t(" (HRN ").p(p.hrn, "mrn").t(") pickup=\"").p(p.street, "address").t(", ").p(ascii_up(p.city), "address").t("\" dest=\"%s\" appt=" % R.choice(HOSP)).p(d_us(appt) + " %02d:%s" % (R.randint(7, 15), R.choice(["00", "30", "15"])), "date")
        L.t(" van=CW-VAN-%02d driver=%s escort=" % (R.randint(1, 14), R.choice(["H. Attakai", "P. Arviso", "T. Zah"]))).p(q.first + " " + q.last, "name").t(" (%s) ph " % q.rel.lower()).p(ph_fmt(q.phone, R.choice([1, 2, 3])), "phone").t(" status=%s" % R.choice(["ASSIGNED", "ENROUTE", "ARRIVED", "NO_SHOW"]))
    elif k == 1:
        L.t("MILEAGE-REIMB claim=MR-%s-%04d pt=" % (t.strftime("%Y"), R.randint(1, 999))).p(p.first + " " + p.last, "name").t(" own vehicle plate %s " % p.st).p(mk_plate(p.st), "vehicle").t(" vin ").p(mk_vin(), "vehicle").t(" DL ").p(mk_dl(p.st), "license").t(" miles=%d rate=0.67 eft rtn=122105155 acct=" % R.randint(80, 520)).p(rdigits(R.randint(9, 12)), "account")
    elif k == 2:
        gf = "https://www.gofundme.com/f/help-" + R.choice(["grandma", "auntie", "our-mom"] if p.sex == "F" else ["grandpa", "uncle", "our-dad"]) + "-" + ascii_up(p.first).lower().replace(" ", "-") + "-get-to-" + R.choice(["phoenix", "albuquerque", "flagstaff"])
        L.t("NOTE trip %s: family of " % trip).p(p.first + " " + p.last, "name").t(" asked if lodging can be covered; they posted ").p(gf, "url").t(" - referred to PRC/Ronald McDonald House, no action by dispatch")
    else:
        L.t("TRIP %s rider=" % trip).p(p.last + ", " + p.first, "name").t(" dob ").p(d_us2(p.dob), "date").t(" dialysis standing order M/W/F to Desert Sky Dialysis; wheelchair=Y; call ahead ").p(ph_fmt(p.phone, R.choice([0, 2, 5])), "phone")
    return [L]


def ep_transport_noise(t):
    L = Line("transport")
    o = R.choice([
        "FLEET CW-VAN-%02d (2019 Ford Transit VIN 1FBAX2CM%s%s, plate AZ G%s) PM service due in %d mi" % (R.randint(1, 14), R.choice("0123456789"), "KKA" + rdigits(5), rdigits(5), R.randint(50, 3000)),
        "ROAD N%d closed MP %d-%d (mud), dispatch rerouting Rough Rock trips via BIA RT 59" % (R.choice([12, 59, 64]), R.randint(1, 40), R.randint(41, 80)),
        "DAY SUMMARY %d trips, %d no-shows, %d mi total, fuel $%.2f" % (R.randint(10, 45), R.randint(0, 6), R.randint(800, 4500), R.uniform(300, 1900)),
        "GPS tracker CW-VAN-%02d offline %d min (Samsara gateway %s)" % (R.randint(1, 14), R.randint(5, 120), hexs(12).upper()),
        "WEATHER advisory: snow above 7000 ft, Tsaile/Lukachukai trips may be delayed",
    ])
    L.t("[DISPATCH] %s %s" % (t.strftime("%Y-%m-%d %H:%M"), o))
    return [L]


def ep_chr_photo(t):
    return ep_chr(t, 2)


def ep_mileage(t):
    return ep_transport(t, 1)


def ep_enroll_fp(t):
    return ep_enroll_svc(t, 1)


# ----------------------------------------------------------------------------
# plan

PLAN = [
    (ep_fm_audit, 15), (ep_fm_print, 6), (ep_fm_noise, 10),
    (ep_global_dpt, 3), (ep_global_aupn, 2), (ep_global_visit, 2), (ep_gbl_export_hdr, 1),
    (ep_taskman_noise, 18), (ep_ztrap, 2), (ep_cconsole, 13),
    (ep_pcc_export, 2), (ep_bdw_noise, 5),
    (ep_prc, 16), (ep_prc_noise, 9),
    (ep_837_block, 1), (ep_837_oneline, 3), (ep_x12_noise, 6),
    (ep_enroll_csv, 1), (ep_enroll_svc, 8), (ep_enroll_fp, 2), (ep_enroll_noise, 6),
    (ep_chr, 13), (ep_chr_photo, 2), (ep_chr_nophi, 13),
    (ep_dental, 10), (ep_dental_noise, 11),
    (ep_bh, 12), (ep_bh_noise, 6),
    (ep_vxu_block, 2), (ep_vxu_mirth, 3), (ep_vxu_noise, 7),
    (ep_iis_hdr, 1), (ep_iis, 11), (ep_iis_noise, 17),
    (ep_dotnet, 14), (ep_dotnet_noise, 17), (ep_dotnet_stack, 1),
    (ep_winevt_noise, 10), (ep_winevt_phi, 1),
    (ep_nutrition, 2), (ep_nutrition_noise, 4), (ep_homevisit, 8),
    (ep_transport, 11), (ep_mileage, 2), (ep_transport_noise, 8),
]
FILLERS = [ep_taskman_noise, ep_cconsole, ep_iis_noise, ep_dotnet_noise, ep_chr_nophi, ep_winevt_noise, ep_dental_noise]
TARGET = 500


def main():
    eps = []
    for fn, n in PLAN:
        eps += [fn] * n
    # IIS header first in its stream; otherwise shuffle
    R.shuffle(eps)
    eps.remove(ep_iis_hdr)
    eps.insert(R.randint(5, 25), ep_iis_hdr)
    t = dt.datetime(2024, 3, 12, 4, 55, 0)
    lines = []
    def run(fn):
        out = fn(t)
        if len(out) == 1:
            out[0].single = True
        lines.extend(out)
    for fn in eps:
        t += dt.timedelta(seconds=R.randint(20, 150))
        run(fn)
    while len(lines) < TARGET:
        t += dt.timedelta(seconds=R.randint(20, 150))
        run(R.choice(FILLERS))
    # trim from the end only single-line episodes without PHI
    i = len(lines) - 1
    while len(lines) > TARGET and i >= 0:
        if getattr(lines[i], "single", False) and not lines[i].spans:
            del lines[i]
        i -= 1
    assert len(lines) == TARGET, len(lines)

    with open(os.path.join(HERE, ID + ".log"), "wb") as f, open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8") as g:
        for n, L in enumerate(lines, 1):
            b = bytes(L.buf)
            b.decode("utf-8")
            assert b and b"\n" not in b and b"\r" not in b, (n, b)
            for sp, v in zip(L.spans, L.vals):
                assert b[sp["s"]:sp["e"]] == v, (n, sp, v)
                assert v.strip() == v and v, (n, v)
            f.write(b + (b"\n" if n < TARGET else b""))
            g.write(json.dumps({"line": n, "family": L.family, "spans": L.spans}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
