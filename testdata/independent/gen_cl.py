#!/usr/bin/env python3
"""Deterministic generator for the `cl` held-out PHI test corpus.

Theme: military and veterans' health systems (MHS GENESIS / Cerner Millennium,
DEERS, TRICARE claims and referrals, VA community care, VBMS, Vet Centers,
VA Video Connect, CMOP, MVP, Blue Button, ID.me / Login.gov, VistA <-> DoD HL7).
Standard library only.  Writes cl.log and cl.labels.jsonl next to this file.
"""
import base64
import datetime as dt
import json
import os
import random

SEED = 1175
R = random.Random(SEED)
N_LINES = 500
N_NOPHI = 275  # 55 %

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_LOG = os.path.join(HERE, "cl.log")
OUT_LAB = os.path.join(HERE, "cl.labels.jsonl")

MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONc = [m.capitalize() for m in MON]
TODAY = dt.date(2024, 3, 5)


# ----------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------
def P(v, cat):
    """A PHI part."""
    return (str(v), cat)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    return "%s-%s-4%s-%s%s-%s" % (hexs(8), hexs(4), hexs(3), R.choice("89ab"), hexs(3), hexs(12))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def luhn_check(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_check(num[:-1]) == num[-1]


def npi():
    # NPI: Luhn over "80840" + 9 digits
    body = "1" + digits(8)
    c = luhn_check("80840" + body)
    return body + c


def aba_routing():
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        d[0] = R.choice([0, 1, 2, 3])
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + 1 * (d[2] + d[5])
        c = (10 - s % 10) % 10
        return "".join(map(str, d)) + str(c)


VIN_MAP = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
           "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(prefix8, year_code):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    tail = R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + "".join(R.choice("0123456789") for _ in range(6))
    v = prefix8 + "0" + year_code + tail
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    chk = s % 11
    v = v[:8] + ("X" if chk == 10 else str(chk)) + v[9:]
    assert all(c in chars for c in v) and len(v) == 17
    return v


def imei(tac):
    body = tac + digits(14 - len(tac))
    return body + luhn_check(body)


def card(prefix, length=16):
    body = prefix + digits(length - 1 - len(prefix))
    n = body + luhn_check(body)
    assert luhn_ok(n)
    return n


def iban_de():
    blz = R.choice(["50010517", "54050220", "54051550", "67050505"])
    acct = digits(10)
    bban = blz + acct
    num = bban + "1314" + "00"  # D=13 E=14
    chk = 98 - int(num) % 97
    return "DE%02d%s" % (chk, bban)


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN = A + "0123456789"
    N = "0123456789"
    return (R.choice("123456789") + R.choice(A) + R.choice(AN) + R.choice(N) + R.choice(A)
            + R.choice(AN) + R.choice(N) + R.choice(A) + R.choice(A) + R.choice(N) + R.choice(N))


def fake_ssn():
    while True:
        a = R.randint(101, 772)
        if a == 666:
            continue
        return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def age_on(dob, day=TODAY):
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


# date formatters
def d_iso(d): return d.strftime("%Y-%m-%d")
def d_us(d): return d.strftime("%m/%d/%Y")
def d_mil(d): return "%02d%s%04d" % (d.day, MON[d.month - 1], d.year)
def d_mil2(d): return "%02d%s%02d" % (d.day, MON[d.month - 1], d.year % 100)
def d_yymmdd(d): return d.strftime("%y%m%d")
def d_ymd(d): return d.strftime("%Y%m%d")
def d_ora(d): return "%02d-%s-%04d" % (d.day, MON[d.month - 1], d.year)
def d_fm(d): return "%03d%02d%02d" % (d.year - 1700, d.month, d.day)
def dtg(t): return "%02d%02d%02dZ%s%02d" % (t.day, t.hour, t.minute, MON[t.month - 1], t.year % 100)


# ----------------------------------------------------------------------------
# synthetic people
# ----------------------------------------------------------------------------
def person(**kw):
    p = dict(kw)
    p.setdefault("middle", "")
    p["ssn"] = fake_ssn()
    p["edipi"] = str(R.randint(1012000000, 1699999999))
    p["dbn"] = str(R.randint(10000000000, 39999999999))
    p["icn"] = "%dV%06d" % (R.randint(1012000000, 1013999999), R.randint(100000, 999999))
    p["dfn"] = str(R.randint(100000, 9999999))
    p["pid"] = str(R.randint(10000000, 29999999))
    p["mrn"] = "%010d" % R.randint(1000000, 9999999)
    p["fin"] = str(R.randint(300000000, 399999999))
    p["vafile"] = str(R.randint(20000000, 29999999))
    p["mvp"] = "MVP%03d-%05d" % (R.randint(100, 999), R.randint(0, 99999))
    p["kit"] = "K24%07d%s" % (R.randint(0, 9999999), R.choice("ACEHKMRTX"))
    p["mbi"] = mbi()
    p["ip"] = "%d.%d.%d.%d" % (R.choice([73, 98, 174, 71, 24, 66, 108, 76, 99, 47, 68]),
                               R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))
    p["imei"] = imei(R.choice(["35391110", "35328211", "35674108"]))
    p["mac"] = R.choice(["3C:22:FB", "F0:18:98", "A4:83:E7", "DC:A6:32"]) + ":" + ":".join(
        "%02X" % R.randint(0, 255) for _ in range(3))
    p["acct"] = digits(R.choice([9, 10, 12]))
    p["routing"] = aba_routing()
    p["card"] = card(R.choice(["4", "4", "51", "53"]))
    p["iban"] = iban_de()
    p["age"] = age_on(p["dob"])
    return p


PEOPLE = [
    person(key="quintero", first="Marisol", middle="A", last="Quintero", sex="F", dob=dt.date(1968, 3, 15),
           street="4127 Cedar Hollow Rd", city="Fayetteville", state="NC", zip="28314", phone="910-555-0142",
           email="marisol.quintero68@gmail.com", user="mquintero68", branch="ARMY", rank="SFC(R)",
           unit="1st Bn, 3rd SFG(A)", fmp="20", dl="000041882211", plate="PXR-4417",
           vin_pre="1FTFW1E5", vin_yr="N", device=("ResMed AirSense 10 CPAP", "23172837465")),
    person(key="adeyemi_s", first="Oluwaseun", middle="T", last="Adeyemi", sex="M", dob=dt.date(1985, 11, 2),
           street="615 Longleaf Pine Dr", city="Spring Lake", state="NC", zip="28390", phone="910-555-0117",
           email="seun.adeyemi@outlook.com", user="oadeyemi85", branch="ARMY", rank="SSG",
           unit="2nd Bn, 504th PIR, 82nd Abn Div", fmp="20", dl="000052917730", plate="KDY-9025",
           vin_pre="1GCUYDED", vin_yr="M", device=("Dexcom G7 receiver", "DX7R-4410-2291")),
    person(key="adeyemi_n", first="Ngozi", middle="C", last="Adeyemi", sex="F", dob=dt.date(1987, 4, 9),
           street="615 Longleaf Pine Dr", city="Spring Lake", state="NC", zip="28390", phone="910-555-0118",
           email="ngozi.adeyemi87@yahoo.com", user="nadeyemi", branch="ARMY", rank="", unit="",
           fmp="30", dl="000052917744", plate="KDY-9026", vin_pre="5FNRL6H7", vin_yr="L",
           device=("Omnipod 5 PDM", "PDM5-88201947")),
    person(key="adeyemi_t", first="Tobi", middle="", last="Adeyemi", sex="M", dob=dt.date(2016, 8, 23),
           street="615 Longleaf Pine Dr", city="Spring Lake", state="NC", zip="28390", phone="910-555-0118",
           email="", user="", branch="ARMY", rank="", unit="", fmp="01", dl="", plate="", vin_pre="", vin_yr="",
           device=("Phonak Sky L-M hearing aid", "2208K7341")),
    person(key="nguyen", first="Bảo", middle="Văn", last="Nguyễn", ascii_first="BAO", ascii_last="NGUYEN",
           sex="M", dob=dt.date(1948, 7, 21),
           street="9082 Bolsa Ave Apt 14", city="Westminster", state="CA", zip="92683", phone="714-555-0163",
           email="baonguyen.vet48@gmail.com", user="bnguyen1948", branch="ARMY", rank="SP4",
           unit="173rd Abn Bde", fmp="20", dl="B7261183", plate="8KDL392", vin_pre="JTDKN3DU",
           vin_yr="F", device=("Oticon More 1 hearing aid", "OT-1193-40287")),
    person(key="whitcombe", first="Harold", middle="E", last="Whitcombe", sex="M", dob=dt.date(1931, 1, 9),
           street="22 Kenduskeag Ave", city="Bangor", state="ME", zip="04401", phone="207-555-0129",
           email="hal.whitcombe31@roadrunner.com", user="hwhitcombe", branch="USMC", rank="CPL",
           unit="1st Marine Division", fmp="20", dl="4417702", plate="4417 XZ", vin_pre="1G1ZD5ST",
           vin_yr="J", device=("Medtronic Azure XT pacemaker", "RNB204118S"),
           svcno="1 192 447"),
    person(key="demir", first="Ayşe", middle="", last="Demir-Kowalski", sex="F", dob=dt.date(1990, 6, 30),
           street="Pfaffstraße 14", city="Kaiserslautern", state="RP", zip="67655", phone="+49 631 5550142",
           email="ayse.demirkowalski@web.de", user="ademirk90", branch="NAVY", rank="HM2(V)",
           unit="", fmp="20", dl="", plate="KL-AD 904", vin_pre="WVWZZZAU", vin_yr="K",
           device=("Tandem t:slim X2 insulin pump", "1198245")),
    person(key="wisniewski", first="Tomasz", middle="J", last="Wiśniewski", ascii_last="WISNIEWSKI",
           sex="M", dob=dt.date(1979, 9, 12),
           street="3310 Mission Ave Unit 7", city="Oceanside", state="CA", zip="92058", phone="760-555-0184",
           email="tjwisniewski79@protonmail.com", user="twisniewski", branch="USMC", rank="GySgt(R)",
           unit="3rd Bn, 5th Marines", fmp="20", dl="C5520981", plate="9BMN552", vin_pre="1C6SRFFT",
           vin_yr="M", device=("Apple iPad (VA-issued)", "DMPXK2Q7J28F")),
    person(key="kahananui", first="Leilani", middle="K", last="Kahananui", sex="F", dob=dt.date(1995, 2, 14),
           street="94-1021 Waipahu St", city="Waipahu", state="HI", zip="96797", phone="808-555-0156",
           email="leilani.kahananui@icloud.com", user="lkahananui", branch="USAF", rank="SSgt",
           unit="15th Wing", fmp="20", dl="H00918274", plate="RKT 402", vin_pre="JTMRWRFV",
           vin_yr="N", device=("Fitbit Sense 2", "FB521-77310")),
    person(key="volkov", first="Dmitri", middle="A", last="Volkov-Hayes", sex="M", dob=dt.date(1988, 12, 3),
           street="PSC 2 Box 8741", city="APO", state="AE", zip="09012", phone="+49 6371 555 0193",
           email="d.volkovhayes@us.af.mil.example", user="dvolkovhayes", branch="USAF", rank="TSgt",
           unit="86th Airlift Wing", fmp="20", dl="", plate="KL-DV 1188", vin_pre="WBA5R1C5",
           vin_yr="L", device=("Garmin Venu 2", "GV2-5C1A9033")),
    person(key="volkov_k", first="Katarzyna", middle="M", last="Volkov-Hayes", sex="F", dob=dt.date(1990, 5, 19),
           street="PSC 2 Box 8741", city="APO", state="AE", zip="09012", phone="+49 6371 555 0194",
           email="kasia.vh@gmail.com", user="kvolkovhayes", branch="USAF", rank="", unit="",
           fmp="30", dl="", plate="", vin_pre="", vin_yr="", device=("Freestyle Libre 3 reader", "MAGG321-09917")),
    person(key="achterberg", first="Rosalind", middle="J", last="Achterberg", sex="F", dob=dt.date(1927, 5, 22),
           street="1408 S Duluth Ave", city="Sioux Falls", state="SD", zip="57105", phone="605-555-0171",
           email="", user="rachterberg", branch="ARMY", rank="T/5", unit="Women's Army Corps",
           fmp="20", dl="02284419", plate="", vin_pre="", vin_yr="",
           device=("Philips Lifeline HomeSafe pendant", "LL8-224101937"), svcno="A-715 220"),
    person(key="tillery", first="DeShawn", middle="M", last="Tillery", sex="M", dob=dt.date(1983, 4, 18),
           street="2711 Trimmier Rd", city="Killeen", state="TX", zip="76542", phone="254-555-0133",
           email="deshawn.tillery@gmail.com", user="dtillery83", branch="ARMY", rank="SGT",
           unit="1st Cavalry Division", fmp="20", dl="31884207", plate="RVT 2281", vin_pre="1FT8W3BT",
           vin_yr="K", device=("DJO Bledsoe knee brace w/ sensor", "BKS-20931174")),
    person(key="raghunathan", first="Priya", middle="S", last="Raghunathan", sex="F", dob=dt.date(1992, 10, 7),
           street="818 W 45th St Apt 3B", city="Norfolk", state="VA", zip="23508", phone="757-555-0108",
           email="priya.raghu92@gmail.com", user="praghunathan", branch="NAVY", rank="LT",
           unit="USS Gerald R. Ford (CVN 78)", fmp="20", dl="T71-44-0928", plate="UXM-7710",
           vin_pre="5YJ3E1EA", vin_yr="P", device=("Oura Ring Gen3", "ORG3-1A7740C2")),
    person(key="villalobos", first="Esperanza", middle="", last="Villalobos Cruz", sex="F",
           dob=dt.date(1956, 12, 25), street="7420 Montgomery Blvd NE", city="Albuquerque", state="NM",
           zip="87109", phone="505-555-0121", email="esperanza.vcruz@comcast.net", user="evillaloboscruz",
           branch="USAF", rank="MSgt(R)", unit="377th Air Base Wing", fmp="20", dl="503994172",
           plate="BKJ-114", vin_pre="1HGCV1F3", vin_yr="J", device=("Inspire IV hypoglossal stimulator", "INS3028-55812")),
    person(key="osei", first="Kwame", middle="A", last="Osei-Bonsu", sex="M", dob=dt.date(1971, 8, 8),
           street="11502 Georgia Ave", city="Silver Spring", state="MD", zip="20902", phone="301-555-0149",
           email="kwame.oseibonsu@verizon.net", user="koseibonsu", branch="NAVY", rank="CPO(R)",
           unit="", fmp="20", dl="O-240-118-772-805", plate="3EZ4471", vin_pre="4T1B11HK",
           vin_yr="K", device=("Abbott FreeStyle Libre 2 sensor", "0M0044ZP2TD")),
    person(key="ngata", first="Aroha", middle="", last="Ngata-Wilson", sex="F", dob=dt.date(1999, 1, 30),
           street="1905 Gum Branch Rd Apt 22", city="Jacksonville", state="NC", zip="28540", phone="910-555-0190",
           email="aroha.ngatawilson@gmail.com", user="angatawilson", branch="USMC", rank="Cpl",
           unit="2nd Marine Logistics Group", fmp="20", dl="000063301948", plate="HTW-2205",
           vin_pre="3N1AB8CV", vin_yr="N", device=("Apple Watch Series 9", "G99KJ2LQ0W")),
    person(key="odonnell", first="Fitzgerald", middle="P", last="O'Donnell-Reyes", sex="M",
           dob=dt.date(1933, 2, 11), street="41 Adams St", city="Dorchester", state="MA", zip="02122",
           phone="617-555-0138", email="gerry.odr@aol.com", user="godonnellreyes", branch="NAVY", rank="BM3",
           unit="USS Boxer (CV-21)", fmp="20", dl="S88210947", plate="", vin_pre="", vin_yr="",
           device=("Boston Scientific Accolade pacemaker", "L331-770114"), svcno="411 29 83"),
]
BYKEY = {p["key"]: p for p in PEOPLE}
for p in PEOPLE:
    if p["vin_pre"]:
        p["vin"] = vin(p["vin_pre"], p["vin_yr"])
    else:
        p["vin"] = ""
# family links: sponsor for dependents
for k in ("adeyemi_n", "adeyemi_t"):
    BYKEY[k]["sponsor"] = BYKEY["adeyemi_s"]
BYKEY["volkov_k"]["sponsor"] = BYKEY["volkov"]
for p in PEOPLE:
    p.setdefault("sponsor", p)

CONTACTS = {
    "whitcombe": ("Ellen Whitcombe-Marsh", "DAUGHTER", "207-555-0176", "WHITCOMBE-MARSH^ELLEN"),
    "achterberg": ("Pieter Achterberg", "SON", "605-555-0172", "ACHTERBERG^PIETER"),
    "nguyen": ("Nguyễn Minh Tuấn", "SON", "714-555-0164", "NGUYEN^TUAN^MINH"),
    "odonnell": ("Mairead O'Donnell", "DAUGHTER", "617-555-0139", "O'DONNELL^MAIREAD"),
    "quintero": ("Rafael Quintero", "SPOUSE", "910-555-0143", "QUINTERO^RAFAEL"),
    "tillery": ("Janelle Tillery", "MOTHER", "254-555-0134", "TILLERY^JANELLE"),
    "wisniewski": ("Agnieszka Wiśniewska", "SISTER", "760-555-0185", "WISNIEWSKA^AGNIESZKA"),
    "osei": ("Abena Osei-Bonsu", "SPOUSE", "301-555-0150", "OSEI-BONSU^ABENA"),
    "villalobos": ("Joaquín Cruz", "SPOUSE", "505-555-0122", "CRUZ^JOAQUIN"),
}

VETS = [p for p in PEOPLE if p["key"] not in ("adeyemi_n", "adeyemi_t", "volkov_k")]
TRICARE = [BYKEY[k] for k in ("quintero", "adeyemi_s", "adeyemi_n", "adeyemi_t", "kahananui", "volkov",
                              "volkov_k", "ngata", "raghunathan", "tillery", "villalobos")]
ACTIVE = [BYKEY[k] for k in ("adeyemi_s", "kahananui", "volkov", "ngata", "raghunathan")]
OLD = [BYKEY[k] for k in ("whitcombe", "achterberg", "odonnell")]

STAFF = ["Hana Okonkwo, MD", "MAJ Peter Lindqvist, MC", "Rebecca Tran, LCSW", "Jorge Ibarra, PharmD",
         "Siobhan Kearney, RN", "CPT Mateus Albuquerque", "LCDR Yuki Hamasaki", "Dr. Farid Haddad",
         "Ingrid Solberg, NP", "Marcus Whitfield, MSA", "Tatiana Orlov, RN", "Emeka Nwosu, PA-C"]
STAFF_USERS = ["HOKONKWO", "PLINDQVIST", "RTRAN3", "JIBARRA", "SKEARNEY", "MALBUQUERQUE", "YHAMASAKI",
               "FHADDAD", "ISOLBERG", "MWHITFIELD", "TORLOV", "ENWOSU"]
STAFF_EMAILS = ["hana.okonkwo@va.gov", "peter.j.lindqvist.mil@health.mil", "rebecca.tran3@va.gov",
                "jorge.ibarra@va.gov", "siobhan.kearney@va.gov", "mateus.albuquerque.mil@health.mil",
                "yuki.hamasaki.mil@health.mil", "farid.haddad@va.gov", "ingrid.solberg@va.gov",
                "marcus.whitfield2@va.gov", "tatiana.orlov@va.gov", "emeka.nwosu.civ@health.mil"]
MTFS = ["Womack AMC", "NMC Camp Lejeune", "Carl R. Darnall AMC", "Landstuhl RMC", "Tripler AMC",
        "NMC Portsmouth", "Naval Hospital Camp Pendleton", "Kirtland AFB Clinic", "Walter Reed NMMC"]
BASES = ["Fort Liberty", "Camp Lejeune", "Ramstein AB", "JB Pearl Harbor-Hickam", "Fort Cavazos",
         "NS Norfolk", "Kirtland AFB", "Camp Pendleton", "Fort Meade"]
VAMCS = [("565", "Fayetteville VAMC"), ("402", "Togus VAMC"), ("438", "Sioux Falls VA HCS"),
         ("674", "Central Texas VHCS"), ("590", "Hampton VAMC"), ("501", "Raymond G. Murphy VAMC"),
         ("688", "Washington DC VAMC"), ("600", "Long Beach VAHCS"), ("664", "VA San Diego HCS"),
         ("523", "VA Boston HCS")]
UNITS = ["2nd Bn, 504th PIR", "3rd Marine Raider Bn", "86th Airlift Wing", "1st Cavalry Division",
         "15th Wing", "Carrier Air Wing 8", "2nd Marine Logistics Group", "18th Airborne Corps",
         "377th Air Base Wing", "USS Gerald R. Ford (CVN 78)"]
RANKS = ["PV2", "SPC", "SGT", "SSG", "SFC", "1LT", "CPT", "MAJ", "HM3", "LCpl", "Cpl", "SrA", "TSgt", "LT", "CDR"]
CC_PROVIDERS = [("Cape Fear Orthopaedics PA", "Fayetteville"), ("Coastal Bend Imaging LLC", "Killeen"),
                ("Pacific Sleep Associates", "Oceanside"), ("Northern Light Cardiology", "Bangor"),
                ("Sandia Spine & Pain Center", "Albuquerque"), ("Tidewater Physical Therapy", "Norfolk")]
STA_DNS = {"565": "FAY", "402": "TOG", "438": "SXF", "674": "TEM", "590": "HAM", "501": "ABQ", "688": "WAS",
           "600": "LON", "664": "SDC", "523": "BHS"}
for i in range(len(CC_PROVIDERS)):
    CC_PROVIDERS[i] = CC_PROVIDERS[i] + (npi(),)
SPECIALTIES = ["ORTHOPEDICS", "SLEEP MEDICINE", "CARDIOLOGY", "PHYSICAL THERAPY", "AUDIOLOGY",
               "PAIN MANAGEMENT", "MENTAL HEALTH - PTSD", "GASTROENTEROLOGY", "OPTOMETRY"]
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36",
       "Mozilla/5.0 (iPad; CPU OS 16_7_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1"]


def priv_ip():
    k = R.random()
    if k < 0.5:
        return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if k < 0.8:
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))
    return "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254))


# ----------------------------------------------------------------------------
# clock
# ----------------------------------------------------------------------------
NOW = dt.datetime(2024, 3, 5, 11, 2, 17, 118000)  # UTC
EST = dt.timedelta(hours=-5)


def tick():
    global NOW
    NOW = NOW + dt.timedelta(seconds=R.randint(1, 38), microseconds=R.randint(0, 999999))


def ms():
    return "%03d" % (NOW.microsecond // 1000)


def ts_iso_z():
    return NOW.strftime("%Y-%m-%dT%H:%M:%S.") + ms() + "Z"


def ts_log4j(local=False):
    t = NOW + EST if local else NOW
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def ts_local_off():
    t = NOW + EST
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000) + " -05:00"


def ts_syslog():
    t = NOW + EST
    return "%s %2d %s" % (MONc[t.month - 1], t.day, t.strftime("%H:%M:%S"))


def ts_nginx():
    return "%02d/%s/%04d:%s +0000" % (NOW.day, MONc[NOW.month - 1], NOW.year, NOW.strftime("%H:%M:%S"))


def ts_fm():
    t = NOW + EST
    return "%s.%s" % (d_fm(t.date()), t.strftime("%H%M%S"))


def ts_dollar_h():
    t = NOW + EST
    days = (t.date() - dt.date(1840, 12, 31)).days
    secs = t.hour * 3600 + t.minute * 60 + t.second
    return "%d,%d" % (days, secs)


def future_day(lo=2, hi=60):
    return (NOW + EST).date() + dt.timedelta(days=R.randint(lo, hi))


def past_day(lo=1, hi=400):
    return (NOW + EST).date() - dt.timedelta(days=R.randint(lo, hi))


def appt_time():
    return R.choice(["0730", "0800", "0830", "0900", "0945", "1030", "1100", "1300", "1330", "1400", "1500", "1530"])


# ----------------------------------------------------------------------------
# name renderers (return strings; caller wraps in P(..., "name"))
# ----------------------------------------------------------------------------
def a_last(p):
    return p.get("ascii_last", p["last"]).upper()


def a_first(p):
    return p.get("ascii_first", p["first"]).upper()


def nm_caps(p):  # QUINTERO, MARISOL A
    s = "%s, %s" % (a_last(p), a_first(p))
    if p["middle"]:
        s += " " + p.get("ascii_middle", p["middle"][0]).upper()[0]
    return s


def nm_vista(p):  # QUINTERO,MARISOL A
    return nm_caps(p).replace(", ", ",")


def nm_hl7(p):
    s = "%s^%s" % (a_last(p), a_first(p))
    if p["middle"]:
        s += "^" + p.get("ascii_middle", p["middle"])[0].upper()
    return s


def nm_plain(p):
    return "%s %s" % (p["first"], p["last"])


def nm_lastfirst(p):
    return "%s, %s" % (p["last"], p["first"])


def any_name(p):
    return R.choice([nm_caps, nm_plain, nm_lastfirst, nm_plain])(p)


# ----------------------------------------------------------------------------
# JSON builder recording spans
# ----------------------------------------------------------------------------
class Raw:
    def __init__(self, parts):
        self.parts = parts


def jesc(s, ascii_only):
    return json.dumps(s, ensure_ascii=ascii_only)[1:-1]


def jobj(items, ascii_only=False, sep=",", kv=":"):
    out = ["{"]
    first = True
    for it in items:
        k, v = it[0], it[1]
        cat = it[2] if len(it) > 2 else None
        if not first:
            out.append(sep)
        first = False
        out.append('"%s"%s' % (k, kv))
        if isinstance(v, Raw):
            out.extend(v.parts)
        elif isinstance(v, bool):
            out.append("true" if v else "false")
        elif v is None:
            out.append("null")
        elif isinstance(v, (int, float)):
            out.append(P(v, cat) if cat else str(v))
        else:
            e = jesc(v, ascii_only)
            out.append('"')
            out.append(P(e, cat) if cat else e)
            out.append('"')
    out.append("}")
    return out


# ----------------------------------------------------------------------------
# families.  Each takes phi(bool) and returns list of parts.
# ----------------------------------------------------------------------------
FAMILIES = {}


def family(name, phi_w, clean_w):
    def deco(f):
        FAMILIES[name] = (f, phi_w, clean_w)
        return f
    return deco


# --- MHS GENESIS / Cerner Millennium server log -----------------------------
@family("cerner_srv", 14, 14)
def f_cerner_srv(phi):
    srv = R.choice(["srv_pm_ens", "srv_pm_reg", "srv_oe_order", "cpm_script", "srv_eso", "srv_mmf_doc"])
    pid = R.randint(20000, 65000)
    t = NOW + EST
    pre = "%s.%s %s[%d] %-5s " % (t.strftime("%Y/%m/%d %H:%M:%S"), ms(), srv, pid,
                                    "INFO" if phi else R.choice(["INFO", "INFO", "WARN", "DEBUG"]))
    if phi:
        p = R.choice(TRICARE)
        k = R.randint(0, 3)
        if k == 0:
            return [pre, "PM_ENS txn=ADT_A08 person_id=", P(p["pid"] + ".00", "mrn"),
                    " encntr_id=%d.00 MRN=" % R.randint(90000000, 99999999), P(p["mrn"], "mrn"),
                    " FIN=", P(p["fin"], "account"), ' name_full_formatted="', P(nm_caps(p), "name"),
                    '" birth_dt_tm=', P(d_ora(p["dob"]), "date"),
                    " 00:00:00 sex_cd=%s status=SENT outbound=CQM_FSIESO_QUE" % ("362.00" if p["sex"] == "F" else "363.00")]
        if k == 1:
            return [pre, "PM_REG addr_chg person_id=", P(p["pid"] + ".00", "mrn"),
                    ' street_addr="', P(p["street"].upper(), "address"), '" city="', P(p["city"].upper(), "address"),
                    '" state_cd=%s zipcode="' % p["state"], P(p["zip"], "zip"),
                    '" phone_home="', P("(%s)%s" % (p["phone"][:3], p["phone"][4:]), "phone") if p["phone"][0] != "+" else P(p["phone"], "phone"),
                    '" updt_id=%d.00 updt_task=100100' % R.randint(1000000, 9999999)]
        if k == 2:
            col = NOW + EST - dt.timedelta(minutes=R.randint(5, 90))
            return [pre, "OE_ORDER order_id=%d.00 catalog_cd=\"%s\" person_id=" % (
                        R.randint(4400000000, 4499999999), R.choice(["CBC W/ AUTO DIFF", "BMP", "HGB A1C", "LIPID PANEL", "TSH"])),
                    P(p["pid"] + ".00", "mrn"), " encntr_id=%d.00 collect_dt_tm=" % R.randint(90000000, 99999999),
                    P("%s %s" % (d_ora(col.date()), col.strftime("%H:%M:%S")), "date"),
                    " accession=24-%03d-%05d priority=ROUTINE" % (t.timetuple().tm_yday, R.randint(0, 99999))]
        adm = past_day(0, 6)
        return [pre, "CCL mhs_inpt_census row: person_id=", P(p["pid"] + ".00", "mrn"), " name=\"",
                P(nm_caps(p), "name"), "\" reg_dt_tm=", P(d_ora(adm) + " " + "%02d:%02d" % (R.randint(0, 23), R.randint(0, 59)), "date"),
                " nurse_unit=%s room=%d bed=%s" % ("PEDS" if p["age"] < 18 else R.choice(["4WEST", "MICU", "L&D", "3EAST"]), R.randint(401, 460), R.choice("AB"))]
    k = R.randint(0, 5)
    if k == 0:
        return [pre, "srv_reg: server %d (%s) started pid=%d node=mhsg-app-%02d.mhsg.ds.health.mil domain=P%04d"
                % (R.randint(10, 420), R.choice(["PM ENS", "OE Server", "Script Server", "ESO Server"]), pid,
                   R.randint(1, 24), R.randint(100, 999))]
    if k == 1:
        return [pre, "CCL: program '%s' completed status=S curqual=%d elapsed=%.2fs user=SYSTEM"
                % (R.choice(["mhs_rpt_daily_census", "mhs_eligibility_recon", "dha_tricare_ohi_sync", "mhs_cmop_extract"]),
                   R.randint(10, 20000), R.uniform(0.1, 40))]
    if k == 2:
        return [pre, "ESO: queue CQM_FSIESO_QUE depth=%d oldest=00:00:%02d triggers_pending=%d"
                % (R.randint(0, 400), R.randint(0, 59), R.randint(0, 20))]
    if k == 3:
        return [pre, "srv_cache: code_value cache refresh code_set=%d rows=%d in %d ms"
                % (R.choice([72, 88, 200, 6000, 14003]), R.randint(100, 30000), R.randint(20, 4000))]
    if k == 4:
        i = R.randrange(len(STAFF))
        return [pre, 'CRMAPP: login user=%s position="%s" facility="%s" app=PowerChart 2018.1.%d client=%s'
                % (STAFF_USERS[i], R.choice(["Physician - Family Medicine", "Nurse - Inpatient", "Pharmacist", "Clerk - Registration"]),
                   R.choice(MTFS).upper(), R.randint(10, 60), priv_ip())]
    return [pre, "OE_ORDER order_id=%d.00 status_cd=ORDERED->COMPLETED updt_cnt=%d encntr_id=%d.00 dept=LAB"
            % (R.randint(4400000000, 4499999999), R.randint(1, 9), R.randint(90000000, 99999999))]


# --- P2Sentinel style audit (pipe-delimited) --------------------------------
@family("cerner_audit", 8, 6)
def f_cerner_audit(phi):
    i = R.randrange(len(STAFF))
    pre = "P2S|%s|%s|" % (NOW.strftime("%Y-%m-%dT%H:%M:%SZ"), R.choice(["mhsg-p2s-01", "mhsg-p2s-02"]))
    if phi:
        p = R.choice(TRICARE)
        ev = R.choice(["Patient Record Access", "Chart Print", "Break The Glass", "Demographics View"])
        parts = [pre, "evt=%s|user=%s|prsnl_id=%d.00|person_id=" % (ev, STAFF_USERS[i], R.randint(1000000, 9999999)),
                 P(p["pid"] + ".00", "mrn"), "|mrn=", P(p["mrn"], "mrn"), "|patient=", P(nm_caps(p), "name")]
        if R.random() < 0.5:
            parts += ["|dob=", P(d_us(p["dob"]), "date")]
        parts += ["|reason=%s|ws=WS-%s-%04d" % (R.choice(["Treatment", "Operations", "Emergency", "Payment"]),
                                                 R.choice(["LEJ", "WOM", "LRMC", "TAMC"]), R.randint(1, 9999))]
        return parts
    ev = R.choice(["Login Success", "Logout", "Password Change", "Position Change", "Login Failure"])
    return [pre, "evt=%s|user=%s|prsnl_id=%d.00|ip=%s|ws=WS-%s-%04d|session=%s"
            % (ev, STAFF_USERS[i], R.randint(1000000, 9999999), priv_ip(),
               R.choice(["LEJ", "WOM", "LRMC", "TAMC"]), R.randint(1, 9999), hexs(16).upper())]


# --- DEERS eligibility (Java / log4j) ---------------------------------------
@family("deers_log4j", 16, 12)
def f_deers(phi):
    lvl = "INFO " if phi else R.choice(["INFO ", "INFO ", "DEBUG", "WARN "])
    thr = R.choice(["http-nio-8443-exec-%d" % R.randint(1, 40), "pool-4-thread-%d" % R.randint(1, 8), "deers-batch-1"])
    cls = R.choice(["mil.dha.elig.deers.PdrClient", "mil.dha.elig.deers.EligibilityService", "mil.dha.elig.ws.PersonSearchEndpoint"])
    pre = "%s %s [%s] %s - " % (ts_log4j(), lvl, thr, cls)
    if phi:
        p = R.choice(TRICARE)
        sp = p["sponsor"]
        k = R.randint(0, 4)
        if k == 0:
            return [pre, "PDR lookup ok edipi=", P(p["edipi"], "other_id"), " fmp=%s rank=%s branch=%s unit=\"%s\" dbn=" % (
                        p["fmp"], sp["rank"] or "NA", sp["branch"], sp["unit"] or "NA"),
                    P(p["dbn"], "health_plan"), " hcdp=%s enrollment=%s pcmSite=\"%s\"" % (
                        R.choice(["001", "002", "109", "401"]), R.choice(["TRICARE_PRIME", "TRICARE_SELECT", "TRS"]), R.choice(MTFS))]
        if k == 1:
            return [pre, "Person search by SSN ssn=", P(p["ssn"].replace("-", ""), "ssn"), " dob=", P(d_ymd(p["dob"]), "date"),
                    " -> 1 match edipi=", P(p["edipi"], "other_id"), " name=", P("%s/%s" % (a_last(p), a_first(p)), "name"),
                    " (%d ms)" % R.randint(40, 900)]
        if k == 2 and p is not sp:
            return [pre, "Dependent eligibility: sponsorEdipi=", P(sp["edipi"], "other_id"), " sponsorName=\"",
                    P(nm_caps(sp), "name"), "\" fmp=%s beneName=\"" % p["fmp"], P(nm_caps(p), "name"), "\" dob=",
                    P(d_mil(p["dob"]), "date"), " eligEndDt=", P(d_mil(dt.date(2025 + R.randint(0, 3), R.randint(1, 12), 28)), "date")]
        if k == 3:
            o = R.choice(OLD)
            return [pre, "Legacy person record bene=\"", P(nm_caps(o), "name"), "\" age=", P(o["age"], "age"),
                    " svcNo=", P(o["svcno"], "other_id"), " edipi=", P(o["edipi"], "other_id"),
                    " branch=%s status=RET_VET msg=\"pre-EDIPI service number retained\"" % o["branch"]]
        sep = d_mil(dt.date(2024 + R.randint(0, 3), R.randint(1, 12), R.randint(1, 28)))
        a = R.choice(ACTIVE)
        return [pre, "ETS/EAS update edipi=", P(a["edipi"], "other_id"), " rank=%s unit=\"%s\" base=\"%s\" etsDt=" % (
                    a["rank"], a["unit"], R.choice(BASES)), P(sep, "date"), " source=RAPIDS"]
    k = R.randint(0, 6)
    if k == 0:
        return [pre, "DMDC WS pool stats: active=%d idle=%d waiting=0 maxTotal=16" % (R.randint(0, 16), R.randint(0, 12))]
    if k == 1:
        return [pre, "SOAP PersonDataRepository.getPerson took %d ms (retry=%d) requestId=%s" % (
            R.randint(80, 4000), R.randint(0, 2), uuid4())]
    if k == 2:
        return [pre, "Eligibility cache refreshed: %d entries, evicted %d, hitRatio=%.3f" % (
            R.randint(5000, 90000), R.randint(0, 900), R.random())]
    if k == 3:
        return [pre, "Masked lookup audit operator=%s ssn=***-**-%04d result=NO_MATCH" % (
            R.choice(["jsimmons.ctr@mail.mil", "tricare.svc.batch", "k.oduya.civ@health.mil"]), R.randint(0, 9999))]
    if k == 4:
        return [pre, "HCDP plan coverage code table loaded: %d rows (version %s, effective %s)" % (
            R.randint(40, 80), R.choice(["24.1.3", "24.2.0"]), d_ymd(dt.date(2024, R.randint(1, 3), 1)))]
    if k == 5:
        return [pre, "DEERS batch file DEERS_ELIG_%s.dat received %d records, %d rejected (bad FMP)" % (
            (NOW + EST).strftime("%y%m%d"), R.randint(1000, 50000), R.randint(0, 30))]
    return [pre, "Unit lookup uic=W%s%s unit=\"%s\" installation=\"%s\" ok" % (
        R.choice("ABCDEFGH"), digits(3) + R.choice("AB") + "0", R.choice(UNITS), R.choice(BASES))]


# --- DEERS SOAP XML one-liner ----------------------------------------------
@family("deers_xml", 6, 4)
def f_deers_xml(phi):
    pre = "%s DEBUG [deers-ws-%d] WireLog - << " % (ts_log4j(), R.randint(1, 6))
    if phi:
        p = R.choice(TRICARE)
        sp = p["sponsor"]
        return [pre, "<ns2:Person><ns2:PN_ID>", P(p["edipi"], "other_id"), "</ns2:PN_ID><ns2:PN_ID_TYP_CD>D</ns2:PN_ID_TYP_CD>"
                "<ns2:PN_LST_NM>", P(a_last(p), "name"), "</ns2:PN_LST_NM><ns2:PN_1ST_NM>", P(a_first(p), "name"),
                "</ns2:PN_1ST_NM><ns2:PN_BRTH_DT>", P(d_ymd(p["dob"]), "date"),
                "</ns2:PN_BRTH_DT><ns2:DDS_ID>%s</ns2:DDS_ID><ns2:SPNSR_PN_ID>" % p["fmp"], P(sp["edipi"], "other_id"),
                "</ns2:SPNSR_PN_ID><ns2:SVC_CD>%s</ns2:SVC_CD><ns2:PG_CD>%s</ns2:PG_CD></ns2:Person>" % (
                    sp["branch"][0], R.choice(["E06", "E07", "O03", "E05"]))]
    return [pre, "<soap:Fault><faultcode>soap:Server</faultcode><faultstring>PDR-0%d: No person found for criteria"
            "</faultstring><detail><ns2:reqId>%s</ns2:reqId><ns2:ts>%s</ns2:ts></detail></soap:Fault>" % (
                R.randint(100, 999), hexs(24).upper(), ts_iso_z())]


# --- TRICARE claims: X12 837 segments in Serilog ---------------------------
@family("x12_serilog", 14, 12)
def f_x12(phi):
    pre = "%s [%s] Tricare.Claims.Edi.X12Parser: seg[%d] " % (ts_local_off(), "DBG", R.randint(1, 80))
    if phi:
        p = R.choice(TRICARE)
        k = R.randint(0, 5)
        if k == 0:
            return [pre, "NM1*IL*1*", P(a_last(p), "name"), "*", P(a_first(p), "name"), "****MI*", P(p["dbn"], "health_plan"), "~"]
        if k == 1:
            return [pre, "DMG*D8*", P(d_ymd(p["dob"]), "date"), "*%s~" % p["sex"]]
        if k == 2:
            if p["zip"] == "09012":
                return [pre, "N3*", P(p["street"].upper(), "address"), "~N4*", P(p["city"], "address"), "*AE*", P(p["zip"], "zip"), "~"]
            return [pre, "N3*", P(p["street"].upper(), "address"), "~N4*", P(p["city"].upper(), "address"),
                    "*%s*" % p["state"], P(p["zip"] + digits(4), "zip"), "~"]
        if k == 3:
            return [pre, "DTP*472*D8*", P(d_ymd(past_day(3, 60)), "date"), "~"]
        if k == 4:
            return [pre, "REF*SY*", P(p["ssn"].replace("-", ""), "ssn"), "~"]
        return [pre, "NM1*QC*1*", P(a_last(p), "name"), "*", P(a_first(p), "name"), "~"]
    k = R.randint(0, 6)
    if k == 0:
        d = (NOW + EST)
        return [pre, "ISA*00*          *00*          *ZZ*TRIWEST01      *ZZ*DHATED         *%s*%s*^*00501*%09d*0*P*:~" % (
            d.strftime("%y%m%d"), d.strftime("%H%M"), R.randint(1, 999999999))]
    if k == 1:
        prov = R.choice(CC_PROVIDERS)
        return [pre, "NM1*85*2*%s*****XX*%s~" % (prov[0].upper(), prov[2])]
    if k == 2:
        return [pre, "CLM*CLM%s%05d*%d.%02d***11:B:1*Y*A*Y*Y~" % ((NOW + EST).strftime("%Y%m%d"), R.randint(0, 99999),
                                                                  R.randint(40, 3000), R.randint(0, 99))]
    if k == 3:
        return [pre, "SV1*HC:%s*%d.00*UN*1***1~" % (R.choice(["99213", "99214", "97110", "73721", "95810", "92557"]), R.randint(60, 900))]
    if k == 4:
        return [pre, "HI*ABK:%s*ABF:%s~" % (R.choice(["M1711", "G4733", "F4310", "H9193", "M5416"]), R.choice(["Z9181", "E119", "I10"]))]
    if k == 5:
        return [pre, "GS*HC*TRIWEST01*DHATED*%s*%s*%d*X*005010X222A1~" % (
            (NOW + EST).strftime("%Y%m%d"), (NOW + EST).strftime("%H%M"), R.randint(1, 99999))]
    return [pre, "SE*%d*%04d~" % (R.randint(20, 60), R.randint(1, 9999))]


# --- TRICARE claims adjudication (Serilog) ----------------------------------
@family("claims_serilog", 8, 10)
def f_claims(phi):
    lvl = R.choice(["INF", "INF", "WRN"]) if not phi else "INF"
    pre = "%s [%s] " % (ts_local_off(), lvl)
    cid = "%s%s%06d" % (R.choice(["1", "2"]), (NOW + EST).strftime("%y%j"), R.randint(0, 999999))
    if phi:
        p = R.choice(TRICARE)
        k = R.randint(0, 2)
        if k == 0:
            return [pre, "Claim %s adjudicated for beneficiary \"" % cid, P(nm_plain(p), "name"), "\" (DBN ",
                    P(p["dbn"], "health_plan"), ") DOS ", P(d_us(past_day(5, 90)), "date"),
                    " status=PAID allowed=$%d.%02d copay=$%d.00 {\"SourceContext\": \"Tricare.Claims.Adjudication\"}" % (
                        R.randint(40, 900), R.randint(0, 99), R.choice([0, 0, 15, 33, 47]))]
        if k == 1:
            p = R.choice([BYKEY["villalobos"], BYKEY["whitcombe"], BYKEY["quintero"]])
            return [pre, "OHI coordination: beneficiary ", P(nm_caps(p), "name"), " primary=Medicare MBI=",
                    P(p["mbi"], "health_plan"), " claim %s crossover=TFL" % cid]
        return [pre, "EOB mailed claim=%s to " % cid, P(nm_plain(p.get("sponsor", p)), "name"), ", ",
                P(p["street"], "address"), ", ", P(p["city"], "address"), ", %s " % p["state"], P(p["zip"], "zip"),
                " batch=EOB%s" % (NOW + EST).strftime("%y%m%d")]
    k = R.randint(0, 3)
    if k == 0:
        return [pre, "Batch %s%02d completed: %s claims, %d pended, elapsed %s" % (
            (NOW + EST).strftime("%Y%m%d"), R.randint(1, 24), "{:,}".format(R.randint(200, 9000)), R.randint(0, 60),
            "00:%02d:%02d.%03d" % (R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)))]
    if k == 1:
        return [pre, "Claim %s pended: edit=%s reason=\"%s\"" % (cid, R.choice(["E0412", "E1180", "P0021"]),
                                                                 R.choice(["NPI not in PECOS", "Missing referral auth", "Duplicate DOS/CPT"]))]
    if k == 2:
        prov = R.choice(CC_PROVIDERS)
        return [pre, "Provider %s NPI %s TIN %02d-%07d network=PARTICIPATING" % (prov[0], prov[2], R.randint(10, 99), R.randint(0, 9999999))]
    return [pre, "Remit 835 generated trn=1*%d*1%09d payments=%d total=$%s" % (
        R.randint(100000000, 999999999), R.randint(0, 999999999), R.randint(10, 900), "{:,.2f}".format(R.uniform(1000, 800000)))]


# --- TRICARE referrals (NLog) -----------------------------------------------
@family("referral_nlog", 8, 8)
def f_referral(phi):
    t = NOW + EST
    pre = "%s.%04d|%s|Tricare.East.Referrals.ReferralService|" % (t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(0, 9999), "INFO")
    rid = "R%s-%05d" % (t.strftime("%y%m%d"), R.randint(0, 99999))
    if phi:
        p = R.choice(TRICARE)
        k = R.randint(0, 2)
        if k == 0:
            return [pre, "Referral created RefId=%s Bene=" % rid, P(nm_caps(p), "name"), " DOB=", P(d_us(p["dob"]), "date"),
                    " DBN=", P(p["dbn"], "health_plan"), " Specialty=%s PCM=\"%s\" MTF=\"%s\"" % (
                        R.choice(SPECIALTIES), R.choice(STAFF), R.choice(MTFS))]
        if k == 1:
            ad = future_day()
            return [pre, "Appointment booked RefId=%s bene=" % rid, P(nm_plain(p), "name"), " appt=",
                    P(d_mil(ad), "date"), " %sL at \"%s\" ph=%s" % (appt_time(), R.choice(CC_PROVIDERS)[0], "800-555-01%02d" % R.randint(0, 99))]
        return [pre, "Beneficiary notified RefId=%s channel=SMS to=" % rid, P("+1" + p["phone"].replace("-", ""), "phone")
                if p["phone"][0] != "+" else P(p["phone"], "phone"), " template=REF_APPROVED_v3"]
    k = R.randint(0, 2)
    if k == 0:
        return [pre, "Referral queue sweep: %d pending, %d overdue (>72h), %d auto-approved" % (R.randint(10, 200), R.randint(0, 12), R.randint(0, 40))]
    if k == 1:
        return [pre, "RefId=%s status PENDING->APPROVED by %s auth=%s" % (rid, R.choice(STAFF_USERS), "A" + digits(10))]
    return [pre, "Network adequacy check zip3=%s specialty=%s providers=%d drive_min=%d" % (
        R.choice(["283", "765", "920", "044", "571"]), R.choice(SPECIALTIES), R.randint(0, 40), R.randint(10, 90))]


# --- VA community care referrals (CCRA/HSRM JSON) --------------------------
@family("ccra_json", 12, 10)
def f_ccra(phi):
    base = [("timestamp", ts_iso_z()), ("level", "INFO" if phi else R.choice(["INFO", "DEBUG", "WARN"])),
            ("logger", R.choice(["gov.va.ccra.referral.ReferralSyncJob", "gov.va.ccra.hsrm.OutboundAdapter"])),
            ("thread", "ccra-sync-%d" % R.randint(1, 6))]
    rn = "VA%010d" % R.randint(0, 9999999999)
    if phi:
        p = R.choice(VETS)
        prov = R.choice(CC_PROVIDERS)
        k = R.randint(0, 3)
        if k == 3:
            ohi = R.choice([("BLUE CROSS BLUE SHIELD OF NC", "YPW"), ("AETNA", "W"), ("UNITEDHEALTHCARE", ""), ("HUMANA MEDICARE ADVANTAGE", "H")])
            items = base + [("message", "OHI captured for referral"), ("referralNumber", rn), ("veteranIcn", p["icn"], "mrn"),
                            ("ohiCarrier", ohi[0]), ("ohiSubscriberId", ohi[1] + digits(9), "health_plan"),
                            ("ohiGroupNumber", "%07d" % R.randint(1000, 999999)), ("ohiRelationship", "SELF")]
        elif k == 0:
            items = base + [("message", "Referral authorized"), ("referralNumber", rn), ("seocId", "SEOC%s" % digits(7)),
                            ("veteranIcn", p["icn"], "mrn"), ("veteranName", nm_caps(p), "name"),
                            ("dob", d_iso(p["dob"]), "date"), ("categoryOfCare", R.choice(SPECIALTIES)),
                            ("providerNpi", prov[2]), ("providerName", prov[0]), ("stationNumber", R.choice(VAMCS)[0])]
        elif k == 1:
            items = base + [("message", "Appointment scheduled"), ("referral_number", rn),
                            ("patient_icn", p["icn"], "mrn"), ("appointment_date", (lambda a: d_iso(future_day()) + "T" + a[:2] + ":" + a[2:] + ":00")(appt_time()), "date"),
                            ("provider", prov[0]), ("contactPhone", p["phone"], "phone"), ("schedulerId", R.choice(STAFF_USERS))]
        else:
            items = base + [("message", "Veteran address validated"), ("icn", p["icn"], "mrn"),
                            ("addressLine1", p["street"], "address"), ("city", p["city"], "address"), ("state", p["state"]),
                            ("zipCode", p["zip"], "zip"), ("driveTimeMinutes", R.randint(12, 95)), ("eligibility", R.choice(["DRIVE_TIME", "WAIT_TIME", "BEST_MED_INTEREST"]))]
        return jobj(items)
    k = R.randint(0, 2)
    if k == 0:
        items = base + [("message", "Sync cycle complete"), ("fetched", R.randint(0, 400)), ("updated", R.randint(0, 300)),
                        ("durationMs", R.randint(200, 40000)), ("traceId", hexs(32))]
    elif k == 1:
        items = base + [("message", "HSRM token refreshed"), ("expiresIn", 3600), ("client", "ccra-hsrm-prod"), ("requestId", uuid4())]
    else:
        prov = R.choice(CC_PROVIDERS)
        items = base + [("message", "Provider directory upsert"), ("npi", prov[2]), ("name", prov[0]), ("city", prov[1]),
                        ("phone", "(800) 555-01%02d" % R.randint(0, 99)), ("specialty", R.choice(SPECIALTIES))]
    return jobj(items)


# --- VBMS claims intake (Spring Boot) --------------------------------------
@family("vbms_spring", 12, 12)
def f_vbms(phi):
    lvl = "INFO" if phi else R.choice(["INFO", "INFO", "WARN", "DEBUG"])
    thr = R.choice(["intake-worker-%d" % R.randint(1, 8), "nio-8080-exec-%d" % R.randint(1, 10), "scheduling-1"])
    cls = R.choice(["g.v.vbms.intake.Form526Processor", "g.v.vbms.efolder.UploadService", "g.v.vbms.intake.Dd214Extractor"])
    pre = "%s %5s 1 --- [%15s] %-40s : " % (ts_iso_z(), lvl, thr[-15:], cls)
    if phi:
        p = R.choice(VETS)
        k = R.randint(0, 4)
        if k == 0:
            return [pre, "Received VA Form 21-526EZ fileNumber=", P(p["vafile"], "other_id"), " claimant=\"", P(nm_plain(p), "name"),
                    "\" ssn=", P(p["ssn"], "ssn"), " submissionId=%s" % uuid4()]
        if k == 1:
            entry = dt.date(p["dob"].year + R.randint(18, 21), R.randint(1, 12), R.randint(1, 28))
            sep = dt.date(entry.year + R.randint(3, 22), R.randint(1, 12), R.randint(1, 28))
            return [pre, "DD214 parsed: name=", P(nm_caps(p), "name"), " branch=%s grade=%s entered=" % (p["branch"], p["rank"] or "E4"),
                    P(d_ymd(entry), "date"), " separated=", P(d_ymd(sep), "date"), " characterOfService=HONORABLE unit=\"%s\"" % (p["unit"] or "NA")]
        if k == 2:
            return [pre, "Claimant mailing address updated fileNumber=", P(p["vafile"], "other_id"), " addr=\"",
                    P(p["street"], "address"), ", ", P(p["city"], "address"), ", %s " % p["state"], P(p["zip"], "zip"), "\""]
        if k == 3:
            o = R.choice(OLD)
            return [pre, "Priority processing flag set: claimant age ", P(o["age"], "age"), " (>=85) fileNumber=",
                    P("C-" + o["vafile"], "other_id"), " serviceNumber=", P(o["svcno"], "other_id")]
        url = R.choice([("https://www.gofundme.com/f/help-%s-%s-recover" % (p.get("ascii_first", p["first"]).lower(), p.get("ascii_last", p["last"]).lower().replace(" ", "-").replace("'", ""))),
                        ("https://www.facebook.com/%s.%s.%d" % (p.get("ascii_first", p["first"]).lower(), p.get("ascii_last", p["last"]).lower().replace(" ", "").replace("'", ""), R.randint(1, 99)))])
        return [pre, "Lay evidence link attached to claim fileNumber=", P(p["vafile"], "other_id"), " url=", P(url, "url"),
                " docType=BUDDY_STATEMENT"]
    k = R.randint(0, 4)
    if k == 0:
        return [pre, "eFolder upload completed documentId={%s} pages=%d bytes=%d" % (uuid4().upper(), R.randint(1, 80), R.randint(10000, 9000000))]
    if k == 1:
        return [pre, "Processed %d submissions in %.1fs (errors=%d)" % (R.randint(1, 200), R.uniform(0.5, 90), R.randint(0, 3))]
    if k == 2:
        return [pre, "Contention classified code=%d text=\"%s\" classifier=v%d.%d.%d" % (
            R.randint(1000, 9999), R.choice(["tinnitus", "PTSD", "lumbosacral strain", "sleep apnea", "hearing loss"]),
            R.randint(1, 3), R.randint(0, 20), R.randint(0, 9))]
    if k == 3:
        return [pre, "HikariPool-1 - Pool stats (total=%d, active=%d, idle=%d, waiting=0)" % (20, R.randint(0, 20), R.randint(0, 20))]
    return [pre, "Notification email sent from noreply@va.gov templateId=%s status=delivered" % uuid4()]


# --- Vet Center scheduling (Python logging) --------------------------------
@family("vetcenter_py", 10, 10)
def f_vetcenter(phi):
    lvl = "INFO" if phi else R.choice(["INFO", "INFO", "DEBUG", "WARNING"])
    pre = "%s %s [vetcenter.%s] " % (ts_log4j(local=True), lvl, R.choice(["scheduling", "reminders", "intake"]))
    site = R.choice(["Vista Vet Center (0607V)", "Fayetteville Vet Center (0504V)", "Bangor Vet Center (0101V)",
                     "Killeen Heights Vet Center (0716V)", "Albuquerque Vet Center (0401V)", "Norfolk Vet Center (0206V)"])
    if phi:
        p = R.choice(VETS)
        k = R.randint(0, 3)
        if k == 0:
            ad = future_day(1, 30)
            at = appt_time()
            agetxt = [" age=", P(p["age"], "age")] if p["age"] > 89 else [" age=%d" % p["age"]]
            return [pre, "Appointment booked: client=", P(nm_plain(p), "name")] + agetxt + [" appt=", P("%s %s:%s" % (d_iso(ad), at[:2], at[2:]), "date"),
                    " counselor=%s site=%s modality=%s" % (R.choice(["R. Tran LCSW", "D. Mbeki LMFT", "A. Rossi PhD"]), site, R.choice(["in-person", "VVC", "telephone"]))]
        if k == 1:
            return [pre, "Reminder SMS queued to ", P(p["phone"], "phone"), " for client ", P(nm_plain(p), "name"),
                    " (appt ", P(d_mil(future_day(1, 3)), "date"), ")"]
        if k == 2:
            c = CONTACTS.get(p["key"])
            if c:
                return [pre, "Intake emergency contact recorded for client_id=", P("VC-" + p["dfn"], "mrn"), ": ", P(c[0], "name"),
                        " (%s) " % c[1], P(c[2], "phone")]
            return [pre, "Intake completed client_id=", P("VC-" + p["dfn"], "mrn"), " dob=", P(d_us(p["dob"]), "date"),
                    " era=%s" % R.choice(["OEF/OIF", "Gulf War", "Post-9/11"])]
        o = R.choice(OLD)
        return [pre, "Bereavement/outreach call logged client=", P(nm_plain(o), "name"), " age=", P(o["age"], "age"),
                " era=%s outreach_by=%s" % ("Korea" if o["key"] != "achterberg" else "WWII", R.choice(["R. Tran LCSW", "outreach-team-2"]))]
    k = R.randint(0, 3)
    if k == 0:
        return [pre, "Reminder job run: %d SMS, %d email, %d failures (twilio 30003)" % (R.randint(0, 300), R.randint(0, 100), R.randint(0, 9))]
    if k == 1:
        return [pre, "Site %s capacity: %d slots open next 14d, %d counselors on roster" % (site, R.randint(0, 80), R.randint(2, 9))]
    if k == 2:
        return [pre, "Counselor %s signed %d notes; queue empty" % (R.choice(["R. Tran LCSW", "D. Mbeki LMFT", "A. Rossi PhD"]), R.randint(1, 12))]
    return [pre, "Call center line 877-555-01%02d routed %d calls (avg wait %ds)" % (R.randint(0, 99), R.randint(0, 90), R.randint(3, 400))]


# --- VA Video Connect events (JSON) ----------------------------------------
@family("vvc_json", 10, 12)
def f_vvc(phi):
    mtg = "VVC%s" % digits(9)
    if phi:
        p = R.choice(VETS)
        k = R.randint(0, 2)
        if k == 0:
            items = [("ts", ts_iso_z()), ("event", "participant.joined"), ("role", "patient"), ("vmr", mtg),
                     ("displayName", nm_plain(p), "name"), ("clientIp", p["ip"], "ip"), ("ua", R.choice(UAS)),
                     ("codec", R.choice(["VP8", "H264"]))]
        elif k == 1:
            items = [("ts", ts_iso_z()), ("event", "invite.sent"), ("vmr", mtg), ("patientEmail", p["email"] or "none", "email" if p["email"] else None),
                     ("patientPhone", p["phone"], "phone"), ("provider", R.choice(STAFF_EMAILS)), ("scheduledFor", d_iso(future_day(1, 14)) + "T" + "%s:%s:00Z" % (R.randint(13, 21), R.choice(["00", "30"])), "date")]
            if not p["email"]:
                items[3] = ("patientEmail", None)
        else:
            items = [("ts", ts_iso_z()), ("event", "device.check"), ("vmr", mtg), ("deviceType", "VA-issued iPad"),
                     ("imei", p["imei"], "device"), ("wifiMac", p["mac"], "device"), ("bandwidthKbps", R.randint(300, 9000))]
        return jobj(items)
    k = R.randint(0, 2)
    if k == 0:
        i = R.randrange(len(STAFF))
        items = [("ts", ts_iso_z()), ("event", "participant.joined"), ("role", "provider"), ("vmr", mtg),
                 ("displayName", STAFF[i]), ("clientIp", priv_ip()), ("ua", R.choice(UAS[:1] + UAS[2:3]))]
    elif k == 1:
        items = [("ts", ts_iso_z()), ("event", "media.stats"), ("vmr", mtg), ("rttMs", R.randint(20, 400)),
                 ("jitterMs", R.randint(0, 60)), ("packetLoss", round(R.random() * 3, 2)), ("bridge", "pexip-node-%02d" % R.randint(1, 20))]
    else:
        items = [("ts", ts_iso_z()), ("event", "meeting.ended"), ("vmr", mtg), ("durationSec", R.randint(60, 3600)),
                 ("participants", R.randint(2, 4)), ("endedBy", "provider")]
    return jobj(items)


# --- CMOP (VistA PSX, MUMPS-flavoured) --------------------------------------
@family("cmop_vista", 10, 10)
def f_cmop(phi):
    pre = "[PSXCMOP] %s %s " % (ts_fm(), R.choice(["TX", "RX", "HL", "ERR"]) if not phi else "TX")
    rx = "%d%s" % (R.randint(10000000, 29999999), R.choice(["", "", "A", "B"]))
    if phi:
        p = R.choice(VETS)
        k = R.randint(0, 2)
        if k == 0:
            return [pre, "RX %s FILL %d DFN=" % (rx, R.randint(0, 11)), P(p["dfn"], "mrn"), " PT=", P(nm_vista(p), "name"),
                    " SHIP TO ", P(p["street"].upper(), "address"), "^^", P(p["city"].upper(), "address"), "^%s^" % p["state"],
                    P(p["zip"], "zip"), " DRUG=%s QTY=%d" % (R.choice(["METFORMIN HCL 500MG TAB", "SERTRALINE HCL 50MG TAB", "TAMSULOSIN HCL 0.4MG CAP", "PRAZOSIN HCL 1MG CAP"]), R.choice([30, 60, 90, 180]))]
        if k == 1:
            return [pre, "PATIENT ", P(nm_vista(p), "name"), " SSN ", P(p["ssn"].replace("-", ""), "ssn"), " DOB ",
                    P(d_fm(p["dob"]), "date"), " ADDED TO BATCH %s DIV %s" % (ts_fm()[:7] + "." + digits(4), R.choice(VAMCS)[0])]
        return [pre, "TEMP ADDR ACTIVE DFN=", P(p["dfn"], "mrn"), " ", P(p["street"].upper(), "address"), " ", P(p["city"].upper(), "address"),
                " %s " % p["state"], P(p["zip"], "zip"), " FROM ", P(d_fm(past_day(1, 20)), "date"), " TO ", P(d_fm(future_day(10, 90)), "date"),
                " PH ", P(p["phone"], "phone")]
    k = R.randint(0, 3)
    if k == 0:
        return [pre, "BATCH %s.%s TRANSMITTED TO CMOP %s %d RX %d PATIENTS" % (
            ts_fm()[:7], digits(4), R.choice(["LEAVENWORTH", "MURFREESBORO", "CHARLESTON", "TUCSON", "HINES", "CHELMSFORD", "DALLAS"]),
            R.randint(20, 900), R.randint(10, 500))]
    if k == 1:
        return [pre, "RX %s RELEASED NDC %s LOT %s EXP %s TRK 1Z%s" % (
            rx, "%05d-%04d-%02d" % (R.randint(0, 99999), R.randint(0, 9999), R.randint(0, 99)), hexs(6).upper(),
            d_fm(dt.date(2025 + R.randint(0, 2), R.randint(1, 12), 1))[:5] + "00", "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16)))]
    if k == 2:
        return [pre, "$H=%s TASK #%d PSXR RETURN PROCESSED %d ACKS" % (ts_dollar_h(), R.randint(8000000, 9999999), R.randint(0, 300))]
    return [pre, "RX %s SUSPENDED TO CMOP; NEXT TRANSMISSION %s PHARMACIST %s" % (
        rx, ts_fm()[:7] + ".1800", R.choice(["JIBARRA", "KTHOMPSON2", "RMENDOZA"]))]


# --- CMOP shipment syslog ---------------------------------------------------
@family("cmop_syslog", 3, 10)
def f_cmop_syslog(phi):
    host = "cmop-%s-%02d" % (R.choice(["lvn", "mur", "chs", "tuc"]), R.randint(1, 6))
    pre = "%s %s shipconf[%d]: " % (ts_syslog(), host, R.randint(1000, 40000))
    if phi:
        p = R.choice(VETS)
        return [pre, "LABEL rx=%d%s carrier=USPS addressee=\"" % (R.randint(10000000, 29999999), R.choice(["", "A"])),
                P(nm_vista(p), "name"), "\" zip=", P(p["zip"], "zip"), " trk=9400%s" % digits(18)]
    k = R.randint(0, 2)
    if k == 0:
        return [pre, "CONF rx=%d fill=%d carrier=%s trk=%s status=SHIPPED" % (
            R.randint(10000000, 29999999), R.randint(0, 11), "USPS", "9400 1118 %s %s %s %s %s" % (digits(4), digits(4), digits(4), digits(4), digits(2)))]
    if k == 1:
        return [pre, "tote %s scanned at station %d, %d items" % ("T%06d" % R.randint(0, 999999), R.randint(1, 40), R.randint(1, 12))]
    return [pre, "manifest %s closed: %d parcels, UPS pickup %s" % ("M" + (NOW + EST).strftime("%y%m%d") + digits(3), R.randint(100, 4000), "1700")]


# --- Million Veteran Program (Python structlog JSON, ensure_ascii) ----------
@family("mvp_structlog", 8, 8)
def f_mvp(phi):
    base = [("event", None)]
    if phi:
        p = R.choice(VETS)
        k = R.randint(0, 2)
        if k == 0:
            items = [("event", "consent_signed"), ("participant_id", p["mvp"], "other_id"), ("name", nm_plain(p), "name"),
                     ("dob", d_iso(p["dob"]), "date"), ("consent_version", "MVP-ICF-v7.2"), ("site", R.choice(VAMCS)[1]),
                     ("consent_date", d_iso((NOW + EST).date() - dt.timedelta(days=R.randint(0, 2))), "date"),
                     ("level", "info"), ("timestamp", ts_iso_z())]
        elif k == 1:
            items = [("event", "kit_registered"), ("participant_id", p["mvp"], "other_id"), ("kit_barcode", p["kit"], "other_id"),
                     ("tube_count", R.choice([2, 3])), ("collection_date", d_iso(past_day(0, 3)), "date"), ("courier", "FedEx"),
                     ("tracking", "7" + digits(11)), ("level", "info"), ("timestamp", ts_iso_z())]
        else:
            items = [("event", "recontact_preference"), ("participant_id", p["mvp"], "other_id"), ("email", p["email"] or "n/a", "email" if p["email"] else None),
                     ("mail_address", "%s, %s, %s %s" % (p["street"], p["city"], p["state"], p["zip"]), "address"),
                     ("level", "info"), ("timestamp", ts_iso_z())]
            # split the combined address into street/city/zip spans
            items = items[:3] + [("mail_street", p["street"], "address"), ("mail_city", p["city"], "address"),
                                 ("mail_state", p["state"]), ("mail_zip", p["zip"], "zip")] + items[4:]
            if not p["email"]:
                items[2] = ("email", None)
        return jobj(items, ascii_only=True, sep=", ", kv=": ")
    k = R.randint(0, 2)
    if k == 0:
        items = [("event", "manifest_shipped"), ("box_id", "BX-%s-%03d" % ((NOW + EST).strftime("%y%m%d"), R.randint(0, 999))),
                 ("tubes", 96), ("destination", "VA Central Biorepository, Boston"), ("level", "info"), ("timestamp", ts_iso_z())]
    elif k == 1:
        items = [("event", "enrollment_stats"), ("enrolled_today", R.randint(0, 300)), ("total", 1000000 + R.randint(0, 40000)),
                 ("level", "info"), ("timestamp", ts_iso_z())]
    else:
        items = [("event", "coordinator_login"), ("user", R.choice(STAFF_EMAILS)), ("site", R.choice(VAMCS)[1]),
                 ("mfa", "piv"), ("level", "info"), ("timestamp", ts_iso_z())]
    return jobj(items, ascii_only=True, sep=", ", kv=": ")


# --- Blue Button downloads (nginx combined) ---------------------------------
@family("bluebutton_nginx", 10, 14)
def f_bb(phi):
    ua = R.choice(UAS)
    if phi:
        p = R.choice(VETS)
        path = R.choice(["/mhv-portal-web/download-my-data?format=pdf&range=all",
                         "/mhv-api/patient/v1/bluebutton/generate?fmt=ccd",
                         "/mhv-portal-web/bluebutton/report?from=%s&to=%s" % (d_iso(past_day(300, 700)), d_iso((NOW + EST).date())),
                         "/v1/medical_records/ccd/download.xml"])
        if R.random() < 0.5:
            return [P(p["ip"], "ip"), " - - [%s] \"GET %s HTTP/1.1\" 200 %d \"https://www.myhealth.va.gov/mhv-portal-web/home\" \"%s\" rt=%.3f" % (
                ts_nginx(), path, R.randint(2000, 900000), ua, R.uniform(0.01, 6))]
        return [P(p["ip"], "ip"), " - ", P(p["user"], "other_id"), " [%s] \"GET %s HTTP/2.0\" 200 %d \"-\" \"%s\"" % (
            ts_nginx(), path, R.randint(2000, 900000), ua)]
    k = R.randint(0, 3)
    if k == 0:
        return ["%s - - [%s] \"GET /health HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.27\"" % (priv_ip(), ts_nginx())]
    if k == 1:
        return ["%s - - [%s] \"GET /static/js/main.%s.js HTTP/1.1\" 304 0 \"https://www.myhealth.va.gov/\" \"%s\"" % (
            priv_ip(), ts_nginx(), hexs(8), ua)]
    if k == 2:
        return ["%s - - [%s] \"POST /mhv-api/patient/v1/bluebutton/extractstatus HTTP/1.1\" 200 %d \"-\" \"okhttp/4.12.0\" rt=%.3f" % (
            priv_ip(), ts_nginx(), R.randint(100, 900), R.uniform(0.01, 2))]
    return ["%s - - [%s] \"GET /v1/status HTTP/1.1\" 503 %d \"-\" \"Prometheus/2.48.1\"" % (priv_ip(), ts_nginx(), R.randint(20, 200))]


# --- ID.me sign-in events (JSON) --------------------------------------------
@family("idme_json", 10, 8)
def f_idme(phi):
    if phi:
        p = R.choice([q for q in PEOPLE if q["email"]])
        k = R.randint(0, 2)
        if k == 0:
            items = [("time", ts_iso_z()), ("level", "info"), ("msg", "sign_in.success"), ("csp", "idme"), ("loa", 3),
                     ("email", p["email"], "email"), ("remote_ip", p["ip"], "ip"), ("user_agent", R.choice(UAS)),
                     ("request_id", uuid4())]
        elif k == 1:
            items = [("time", ts_iso_z()), ("level", "info"), ("msg", "identity.verified"), ("csp", "idme"),
                     ("given_name", p["first"], "name"), ("family_name", p["last"], "name"), ("birth_date", d_iso(p["dob"]), "date"),
                     ("ssn_last4_match", True), ("document", "drivers_license"), ("document_number", p["dl"] or "NA", "license" if p["dl"] else None),
                     ("document_state", p["state"]), ("request_id", uuid4())]
            if not p["dl"]:
                items[8] = ("document", "passport")
                items[9] = ("document_number", None)
        elif R.random() < 0.35:
            items = [("time", ts_iso_z()), ("level", "debug"), ("msg", "selfie.match.result"), ("csp", "idme"),
                     ("email", p["email"], "email"), ("score", round(R.uniform(0.8, 0.99), 3)), ("liveness", "PASS"),
                     ("face_template", fake_face(R.randint(96, 180)), "biometric"), ("request_id", uuid4())]
        else:
            items = [("time", ts_iso_z()), ("level", "warn"), ("msg", "mfa.challenge.failed"), ("csp", "idme"),
                     ("phone", p["phone"], "phone"), ("remote_ip", p["ip"], "ip"), ("attempt", R.randint(1, 3)), ("request_id", uuid4())]
        return jobj(items)
    k = R.randint(0, 2)
    if k == 0:
        items = [("time", ts_iso_z()), ("level", "info"), ("msg", "oauth.token.issued"), ("client_id", "va-gov-prod-" + hexs(8)),
                 ("scope", "openid profile email"), ("expires_in", 1800), ("request_id", uuid4())]
    elif k == 1:
        items = [("time", ts_iso_z()), ("level", "info"), ("msg", "jwks.rotated"), ("kid", hexs(40)), ("request_id", uuid4())]
    else:
        items = [("time", ts_iso_z()), ("level", "error"), ("msg", "upstream.timeout"), ("upstream", "api.id.me"),
                 ("elapsed_ms", R.randint(5000, 30000)), ("remote_ip", priv_ip()), ("request_id", uuid4())]
    return jobj(items)


# --- Login.gov events (JSON, Rails-style) ----------------------------------
@family("logingov_json", 8, 8)
def f_logingov(phi):
    if phi:
        p = R.choice([q for q in PEOPLE if q["email"]])
        k = R.choice([0, 1, 1, 2])
        if k == 0:
            props = jobj([("event_properties", Raw(jobj([("success", True), ("sp_request_requested_attributes", Raw(['["email","ssn","dob"]']))]))),
                          ("new_event", True), ("user_ip", p["ip"], "ip"), ("browser_name", R.choice(["Chrome", "Safari", "Edge"]))])
            return jobj([("name", "Email and Password Authentication"), ("properties", Raw(props)), ("time", ts_iso_z()),
                         ("id", uuid4()), ("visitor_id", uuid4()), ("log_filename", "events.log")])
        if k == 1 and p["dl"]:
            props = jobj([("event_properties", Raw(jobj([("success", True), ("state", p["state"]), ("state_id_type", "drivers_license"),
                                                        ("state_id_number", p["dl"], "license"), ("dob", d_iso(p["dob"]), "date"),
                                                        ("zipcode", p["zip"], "zip")]))),
                          ("user_ip", p["ip"], "ip")])
            return jobj([("name", "IdV: doc auth verify proofing results"), ("properties", Raw(props)), ("time", ts_iso_z()),
                         ("id", uuid4()), ("log_filename", "events.log")])
        props = jobj([("event_properties", Raw(jobj([("success", True), ("phone_number", "+1 " + p["phone"] if p["phone"][0] != "+" else p["phone"], "phone"),
                                                    ("otp_delivery_preference", "sms")])))])
        return jobj([("name", "Multi-Factor Authentication: phone setup"), ("properties", Raw(props)), ("time", ts_iso_z()),
                     ("id", uuid4()), ("log_filename", "events.log")])
    props = jobj([("event_properties", Raw(jobj([("client_id", "urn:gov:gsa:openidconnect.profiles:sp:sso:va:%s" % R.choice(["vets_gov", "mhv", "bluebutton"])),
                                                ("acr_values", "http://idmanagement.gov/ns/assurance/ial/2"), ("success", True)]))),
                  ("user_ip", priv_ip())])
    return jobj([("name", R.choice(["OpenID Connect: authorization request", "SP redirect initiated", "OpenID Connect: token"])),
                 ("properties", Raw(props)), ("time", ts_iso_z()), ("id", uuid4()), ("log_filename", "events.log")])


# --- HL7 between VistA and DoD ---------------------------------------------
@family("hl7_vista_dod", 16, 10)
def f_hl7(phi):
    cr = R.choice(["\\r", "<CR>", "\\x0D"])
    mid = "%d" % R.randint(100000000, 999999999)
    direction = R.choice(["OUT", "IN"])
    ll = R.choice(["VIE-DOD", "JLV-DES", "VDIF-CHCS", "HDR-HC"])
    pre = "HLO %s %s LL=%s MSGID=%s " % (ts_fm(), direction, ll, mid)
    stamp = (NOW + EST).strftime("%Y%m%d%H%M%S") + "-0500"
    sta = R.choice(VAMCS)[0]
    msh = "MSH|^~\\&|VISTA|%s^%s.MED.VA.GOV^DNS|MHSG|DHA^HL7.HEALTH.MIL^DNS|%s||ADT^A%s^ADT_A01|%s|P|2.5.1|||AL|NE|USA%s" % (
        sta, STA_DNS[sta], stamp, R.choice(["08", "04", "31"]), mid, cr)
    if phi:
        p = R.choice(PEOPLE)
        pid = ["PID|1||", P(p["icn"], "mrn"), "^^^USVHA^NI~", P(p["dfn"], "mrn"), "^^^USVHA^PI~", P(p["ssn"].replace("-", ""), "ssn"),
               "^^^USSSA^SS~", P(p["edipi"], "other_id"), "^^^USDOD^EDIPI||", P(nm_hl7(p), "name"), "||", P(d_ymd(p["dob"]), "date"),
               "|%s|||" % p["sex"]]
        if p["zip"] == "09012":
            pid += [P(p["street"].upper(), "address"), "^^", P(p["city"], "address"), "^AE^", P(p["zip"], "zip"), "^USA^M"]
        else:
            pid += [P(p["street"].upper(), "address"), "^^", P(p["city"].upper(), "address"), "^%s^" % p["state"], P(p["zip"], "zip"), "^USA^P"]
        pid += ["||"]
        if p["phone"][0] == "+":
            pid += [P(p["phone"], "phone")]
        else:
            pid += [P("(%s)%s" % (p["phone"][:3], p["phone"][4:]), "phone")]
        if p["email"] and R.random() < 0.4:
            pid += ["~^NET^Internet^", P(p["email"], "email")]
        pid += ["||||||", cr]
        tail = []
        k = R.randint(0, 2)
        if k == 0:
            tail = ["PV1|1|O|%s^^^%s||||%s^%s^%s" % (R.choice(["AUDIO", "PRIMARY CARE", "MH CLINIC"]), R.choice(VAMCS)[0],
                                                   R.randint(10000, 99999), "HAMASAKI", "YUKI"), cr]
        elif k == 1 and p["key"] in CONTACTS:
            c = CONTACTS[p["key"]]
            tail = ["NK1|1|", P(c[3], "name"), "|%s|||" % c[1][:3], P(c[2], "phone"), "|", cr]
        else:
            tail = ["ZEL|1|7|||||%s|VERIFIED|" % R.choice(["1", "3", "5", "8"]), cr]
        return [pre, msh] + pid + tail
    k = R.randint(0, 2)
    if k == 0:
        return [pre, msh.replace("ADT^A", "ACK^A").replace("ADT_A01", "ACK"), "MSA|AA|%d|Message accepted%s" % (R.randint(100000000, 999999999), cr)]
    if k == 1:
        return [pre, "LINK STATE OPEN QUEUED=%d LAST ACK %s RETRIES=%d" % (R.randint(0, 500), ts_fm(), R.randint(0, 3))]
    return [pre, msh, "EVN|A08|%s|||%s^%s^^^^^^USVHA%s" % (stamp, R.randint(10000, 99999), R.choice(STAFF_USERS), cr)]


# --- VistA error trap / global dumps (MUMPS) --------------------------------
@family("vista_mumps", 10, 10)
def f_mumps(phi):
    pre = "%s ^%%ZTER(1,%s,%d) " % (ts_fm(), ts_dollar_h().split(",")[0], R.randint(1, 40))
    if phi:
        p = R.choice(VETS)
        k = R.randint(0, 2)
        if k == 0:
            return [pre, '^DPT(', P(p["dfn"], "mrn"), ',0)="', P(nm_vista(p), "name"), "^%s^" % p["sex"], P(d_fm(p["dob"]), "date"),
                    "^^^^^^", P(p["ssn"].replace("-", ""), "ssn"), '^^%s^%s"' % (R.choice(["VA", "NC", "CA", "ME"]), R.randint(1, 99))]
        if k == 1:
            return [pre, '^DPT(', P(p["dfn"], "mrn"), ',.11)="', P(p["street"].upper(), "address"), '^^^', P(p["city"].upper(), "address"),
                    '^%d^' % R.randint(1, 56), P(p["zip"], "zip"), '^^^^^^^%s"' % R.randint(1, 200)]
        o = R.choice(OLD)
        return [pre, "$ZE=<UNDEFINED>EN+%d^DGRPD *VAFHLPID  DFN=" % R.randint(2, 40), P(o["dfn"], "mrn"), " VADM(4)=",
                P(str(o["age"]), "age"), ' VADM(1)="', P(nm_vista(o), "name"), '"']
    k = R.randint(0, 3)
    if k == 0:
        return [pre, "$ZE=<%s>%s+%d^%s *%s" % (R.choice(["UNDEFINED", "SUBSCRIPT", "NOLINE", "PROTECT"]),
                                                R.choice(["EN", "START", "LOOP", "Q"]), R.randint(1, 60),
                                                R.choice(["PSOORNE2", "XWBTCPM", "HLOAPI", "ORWPT", "SDECAR2"]),
                                                R.choice(["PSOX", "XWBP", "HLMSG", "DIQ"]))]
    if k == 1:
        return [pre, "TASK #%d %s STARTED $H=%s DUZ=.5 VOLUME=ROU" % (R.randint(8000000, 9999999),
                                                                    R.choice(["PSX CMOP TRANSMISSION", "SDEC APPT REMINDER", "HLO PURGE", "XU USER TERMINATE"]), ts_dollar_h())]
    if k == 2:
        return [pre, '^XTMP("PSXCMOP",%s,0)="%s^%s^CMOP TRANSMISSION LOCK"' % (ts_fm()[:7], d_fm((NOW + EST).date() + dt.timedelta(days=7)), ts_fm()[:7])]
    return [pre, "$STACK=%d $IO=/dev/null $J=%d $ZV=\"GT.M V7.0-002 Linux x86_64\"" % (R.randint(1, 20), R.randint(1000, 99999))]


# --- VistA / infra syslog (RFC 5424) ---------------------------------------
@family("vista_syslog", 2, 18)
def f_vsyslog(phi):
    host = R.choice(["vista-fay-01", "vista-tog-02", "vista-sxf-01", "vdif-app-03", "mhv-web-07"])
    k = R.randint(0, 5)
    app, pri = [("sshd", 86), ("xinetd", 30), ("CRON", 78), ("kernel", 6), ("mumps", 134), ("rsyslogd", 46)][k]
    if phi:
        app, pri = "mumps", 134
    pre = "<%d>1 %s %s %s %d - - " % (pri, ts_iso_z(), host, app, R.randint(200, 60000))
    if phi:
        p = R.choice(VETS)
        return [pre, "RPC XWB ORWPT ID INFO DUZ=%d DFN=" % R.randint(10000, 99999), P(p["dfn"], "mrn"), " returned \"",
                P(nm_vista(p), "name"), "^", P(p["ssn"].replace("-", ""), "ssn"), "\""]
    if k == 0:
        return [pre, "Accepted publickey for vistasvc from %s port %d ssh2: ED25519 SHA256:%s" % (priv_ip(), R.randint(30000, 65000), base64.b64encode(bytes(R.randint(0, 255) for _ in range(32))).decode().rstrip("="))]
    if k == 1:
        return [pre, "START: rpcbroker pid=%d from=%s" % (R.randint(1000, 60000), priv_ip())]
    if k == 2:
        return [pre, "(root) CMD (/opt/vista/bin/journal_rotate.sh >/dev/null 2>&1)"]
    if k == 3:
        return [pre, "EXT4-fs (dm-%d): mounted filesystem with ordered data mode. Quota mode: none." % R.randint(0, 6)]
    if k == 4:
        return [pre, "HLO link VIE-DOD state=OPEN queued=%d processed=%d since %s" % (R.randint(0, 200), R.randint(100, 90000), ts_fm())]
    return [pre, "imjournal: %d messages lost due to rate-limiting (20000 allowed within 600 seconds)" % R.randint(1, 900)]


# --- RAPIDS CAC issuance (C#, biometrics and photo) -------------------------
def fake_b64_jpeg(nbytes):
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(
        R.randint(0, 255) for _ in range(nbytes))
    return base64.b64encode(raw).decode()


def fake_b64_png(nbytes):
    raw = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(R.randint(0, 255) for _ in range(nbytes))
    return base64.b64encode(raw).decode()


def fake_face(nbytes):
    raw = b"FAC\x00010\x00" + bytes(R.randint(0, 255) for _ in range(nbytes))  # ISO/IEC 19794-5 style header
    return base64.b64encode(raw).decode()


def fake_template(nbytes):
    raw = b"FMR\x00 20\x00" + bytes(R.randint(0, 255) for _ in range(nbytes))  # ISO/IEC 19794-2 header
    return base64.b64encode(raw).decode()


@family("rapids_cs", 13, 6)
def f_rapids(phi):
    pre = "%s [%s] Rapids.Issuance.%s - " % (ts_local_off(), "INF" if phi else R.choice(["INF", "DBG", "WRN"]),
                                          R.choice(["CardService", "BiometricCapture", "PhotoCapture"]))
    if phi:
        p = R.choice(ACTIVE + [BYKEY["adeyemi_n"], BYKEY["volkov_k"]])
        k = R.choice([0, 1, 1, 2])
        if k == 0:
            return [pre, "Fingerprint enrolled edipi=", P(p["edipi"], "other_id"), " finger=%s nfiq=%d template=" % (
                R.choice(["RIGHT_INDEX", "LEFT_INDEX"]), R.randint(1, 3)), P(fake_template(R.randint(120, 260)), "biometric")]
        if k == 1:
            return [pre, "Photo captured edipi=", P(p["edipi"], "other_id"), " icao=PASS bytes=%d img=" % R.randint(8000, 40000),
                    P("data:image/jpeg;base64," + fake_b64_jpeg(R.randint(300, 700)), "photo")] if R.random() < 0.6 else [
                    pre, "Photo retake edipi=", P(p["edipi"], "other_id"), " reason=GLARE png_b64=", P(fake_b64_png(R.randint(250, 600)), "photo")]
        return [pre, "CAC issued edipi=", P(p["edipi"], "other_id"), " name=\"", P(nm_caps(p), "name"), "\" rank=%s station=%s cardExp=%s" % (
            p["rank"] or "DEP", R.choice(BASES), d_ymd(dt.date(2027, R.randint(1, 12), 28)))]
    k = R.randint(0, 2)
    if k == 0:
        return [pre, "Card stock lot %s loaded, %d cards remaining, printer=%s" % ("L" + digits(8), R.randint(0, 500), "FARGO-HDP5000-" + digits(6))]
    if k == 1:
        return [pre, "Workstation RAPIDS-%s-%03d certificate renewed, expires %s" % (R.choice(["LIB", "LEJ", "RMS"]), R.randint(1, 200), d_iso(dt.date(2025, R.randint(1, 12), 1)))]
    return [pre, "Scanner firmware %d.%d.%d (serial %s) self-test OK" % (R.randint(1, 9), R.randint(0, 9), R.randint(0, 99), "CS500-" + digits(7))]


# --- DBIDS installation access (vehicle) ------------------------------------
@family("dbids", 10, 7)
def f_dbids(phi):
    gate = R.choice(["GATE3-ALL-AMERICAN", "MAIN-GATE", "GATE-20", "HOLCOMB-BLVD", "KLEBER-GATE"])
    pre = "%s DBIDS[%s] %s " % (NOW.strftime("%y%m%d %H%M%SZ"), R.choice(BASES).replace(" ", "_").upper(), gate)
    if phi:
        p = R.choice([q for q in PEOPLE if q["plate"] and q["vin"]])
        k = R.randint(0, 2)
        if k == 0:
            return [pre, "VEH REG OK edipi=", P(p["edipi"], "other_id"), " plate=", P(p["plate"], "vehicle"), " st=%s vin=" % p["state"],
                    P(p["vin"], "vehicle"), " decal=%s" % ("DC" + digits(6))]
        if k == 1:
            return [pre, "LPR HIT plate=", P(p["plate"], "vehicle"), " registered_to=\"", P(nm_caps(p), "name"), "\" status=CLEARED lane=%d" % R.randint(1, 4)]
        if p["dl"]:
            return [pre, "VISITOR PASS sponsor=", P(nm_caps(p), "name"), " dl=", P(p["dl"], "license"), " dlState=%s vetStatus=VHIC pass=%s" % (
                p["state"], "V" + digits(7))]
        return [pre, "LPR HIT plate=", P(p["plate"], "vehicle"), " status=CLEARED lane=1"]
    k = R.randint(0, 2)
    if k == 0:
        return [pre, "throughput last 15m: %d scans, %d denied, %d NCIC queries" % (R.randint(50, 900), R.randint(0, 5), R.randint(0, 20))]
    if k == 1:
        return [pre, "handheld HH-%04d sync ok fw=%s batt=%d%%" % (R.randint(1, 2000), "4.%d.%d" % (R.randint(0, 9), R.randint(0, 9)), R.randint(5, 100))]
    return [pre, "FPCON %s posted by %s" % (R.choice(["NORMAL", "ALPHA"]), R.choice(["DES_OPS", "installation-ops"]))]


# --- Beneficiary travel (BTSSS) -> bank accounts ----------------------------
@family("btsss_py", 7, 6)
def f_btsss(phi):
    pre = "[%s] %s in btsss.%s: " % (ts_log4j(local=True), "INFO" if phi else R.choice(["INFO", "WARNING"]), R.choice(["claims", "payments", "mileage"]))
    cn = "BTC%s%05d" % ((NOW + EST).strftime("%y%m%d"), R.randint(0, 99999))
    if phi:
        p = R.choice([q for q in VETS if q["zip"] not in ("67655", "09012")])
        k = R.randint(0, 1)
        if k == 0:
            return [pre, "EFT setup for claim %s payee=" % cn, P(nm_plain(p), "name"), " routing=%s account=" % p["routing"],
                    P(p["acct"], "account"), " type=%s" % R.choice(["CHECKING", "SAVINGS"])]
        return [pre, "Mileage computed claim=%s from=\"" % cn, P(p["street"], "address"), ", ", P(p["city"], "address"), " ", p["state"], " ",
                P(p["zip"], "zip"), "\" to=\"%s\" miles=%.1f rate=0.415 appt=" % (R.choice(VAMCS)[1], R.uniform(8, 190)),
                P(d_iso(past_day(1, 25)), "date")]
    k = R.randint(0, 1)
    if k == 0:
        return [pre, "Claim %s approved amount=$%.2f deductible=$3.00 reviewer=%s" % (cn, R.uniform(5, 250), R.choice(STAFF_USERS))]
    return [pre, "Treasury file BTSSS_%s.txt sent (%d payments, $%s)" % ((NOW + EST).strftime("%Y%m%d"), R.randint(100, 9000), "{:,.2f}".format(R.uniform(1e4, 9e5)))]


# --- Foreign Medical Program (IBAN) -----------------------------------------
@family("fmp_claims", 3, 3)
def f_fmp(phi):
    pre = "%s INFO [fmp-payments] " % ts_iso_z()
    if phi:
        p = BYKEY["demir"]
        k = R.randint(0, 1)
        if k == 0:
            return [pre, "Wire payment prepared beneficiary=\"", P(nm_plain(p), "name"), "\" iban=", P(p["iban"], "account"),
                    " bic=%s amount=EUR %.2f" % (R.choice(["PZHSDE66XXX", "MALADE51KLK"]), R.uniform(40, 900))]
        return [pre, "Claim received beneficiary=\"", P(nm_plain(p), "name"), "\" addr=\"", P(p["street"], "address"), ", ",
                P(p["zip"], "zip"), " ", P(p["city"], "address"), ", Germany\" dos=", P(d_mil(past_day(10, 80)), "date"),
                " provider=\"Westpfalz-Klinikum GmbH\""]
    return [pre, "ECB rate EUR/USD %.4f applied to %d claims" % (R.uniform(1.05, 1.12), R.randint(1, 80))]


# --- VA copay payments (C#) -> card numbers ---------------------------------
@family("copay_cs", 7, 6)
def f_copay(phi):
    pre = "%s|%s|VA.Copay.PaymentGateway|" % ((NOW + EST).strftime("%Y-%m-%d %H:%M:%S.") + "%04d" % R.randint(0, 9999),
                                             "DEBUG" if phi else R.choice(["INFO", "WARN"]))
    if phi:
        p = R.choice(VETS)
        return [pre, "pay.gov request: payerName=\"", P(nm_plain(p), "name"), "\" cardNumber=", P(p["card"], "account"),
                " exp=%02d/%02d billingZip=" % (R.randint(1, 12), R.randint(25, 29)), P(p["zip"], "zip"),
                " statementAcct=", P("%s-%s" % (R.choice(VAMCS)[0], p["dfn"]), "account")]
    k = R.randint(0, 1)
    if k == 0:
        return [pre, "pay.gov response: status=Success trackingId=%s amount=$%.2f card=****%04d" % ("3F" + hexs(10).upper(), R.uniform(5, 400), R.randint(0, 9999))]
    return [pre, "CDS statement run %s: %d statements, %d suppressed" % ((NOW + EST).strftime("%m%d%y"), R.randint(1000, 90000), R.randint(0, 500))]


# --- Home Telehealth / RPM devices -----------------------------------------
@family("telehealth_json", 7, 6)
def f_telehealth(phi):
    if phi:
        p = R.choice(VETS)
        k = R.randint(0, 1)
        if k == 0:
            items = [("@timestamp", ts_iso_z()), ("service", "hth-ingest"), ("msg", "reading received"),
                     ("device_model", p["device"][0]), ("device_serial", p["device"][1], "device"),
                     ("patient_icn", p["icn"], "mrn"), ("metric", R.choice(["spo2", "bp", "weight", "glucose", "ahi"])),
                     ("value", R.randint(60, 180))]
        else:
            items = [("@timestamp", ts_iso_z()), ("service", "hth-enroll"), ("msg", "device assigned"),
                     ("deviceSerial", p["device"][1], "device"), ("hubImei", p["imei"], "device"), ("veteran", nm_caps(p), "name"),
                     ("careCoordinator", R.choice(STAFF))]
        return jobj(items)
    items = [("@timestamp", ts_iso_z()), ("service", "hth-ingest"), ("msg", R.choice(["batch flushed", "vendor webhook ok", "gateway heartbeat"])),
             ("vendor", R.choice(["Medtronic CareLink", "ResMed AirView", "Cardiocom"])), ("records", R.randint(0, 5000)),
             ("gateway", "rpm-gw-%02d" % R.randint(1, 9)), ("firmware", "%d.%d.%d" % (R.randint(1, 5), R.randint(0, 20), R.randint(0, 99)))]
    return jobj(items)


# --- Release of Information (fax) -------------------------------------------
@family("roi_log4j", 5, 5)
def f_roi(phi):
    pre = "%s INFO  [roi-worker-%d] gov.va.roi.FaxDispatcher - " % (ts_log4j(), R.randint(1, 4))
    req = "ROI-%s-%04d" % ((NOW + EST).strftime("%Y%m%d"), R.randint(0, 9999))
    if phi:
        p = R.choice(VETS)
        if R.random() < 0.5:
            return [pre, "Request %s: records for " % req, P(nm_caps(p), "name"), " faxed to veteran home fax ",
                    P(p["phone"][:10] + "%02d" % ((int(p["phone"][-2:]) + 50) % 100) if p["phone"][0] != "+" else p["phone"][:-2] + "77", "fax"),
                    " pages=%d status=SENT" % R.randint(2, 90)]
        return [pre, "Request %s: authorization 10-5345 signed by " % req, P(nm_plain(p), "name"), " on ", P(d_us(past_day(1, 10)), "date"),
                " recipient fax ", P("(%s) 555-%04d" % (p["phone"][:3] if p["phone"][0] != "+" else "617", R.randint(160, 199)), "fax")]
    return [pre, "Request %s: faxed %d pages to %s fax 800-555-01%02d (vendor, ok=%s)" % (
        req, R.randint(1, 60), R.choice(["SSA DDS", "Tricare East", "Cape Fear Orthopaedics PA"]), R.randint(0, 99), R.choice(["true", "false"]))]


# --- MHV secure messaging ---------------------------------------------------
@family("mhv_sm_java", 8, 6)
def f_mhv_sm(phi):
    pre = "%s %-5s [%s] g.v.mhv.sm.%s - " % (ts_log4j(), "INFO", "sm-exec-%d" % R.randint(1, 20), R.choice(["MessageService", "NotificationSender"]))
    if phi:
        p = R.choice([q for q in VETS if q["email"]])
        k = R.randint(0, 1)
        if k == 0:
            return [pre, "New message notification sent to ", P(p["email"], "email"), " (user=", P(p["user"], "other_id"),
                    ") triageGroup=\"%s\" msgId=%d" % (R.choice(["PACT RED TEAM", "AUDIOLOGY FAY", "MH BHIP"]), R.randint(10000000, 99999999))]
        if R.random() < 0.4:
            slug = (p.get("ascii_first", p["first"]) + "-" + p.get("ascii_last", p["last"])).lower().replace(" ", "-").replace("'", "")
            url = R.choice(["https://www.caringbridge.org/site/%s" % slug, "https://%s.substack.com/p/my-va-claim-journey" % slug.replace("-", ""),
                            "https://www.linkedin.com/in/%s-%s" % (slug, hexs(6))])
            return [pre, "Link preview fetched for message from ", P(p["user"], "other_id"), " url=", P(url, "url"),
                    " status=200 bytes=%d" % R.randint(2000, 90000)]
        return [pre, "Patient ", P(p["user"], "other_id"), " sent message msgId=%d to \"%s\" category=%s from %s" % (
            R.randint(10000000, 99999999), R.choice(["PACT BLUE TEAM", "PHARMACY", "AUDIOLOGY"]), R.choice(["MEDICATION", "APPOINTMENTS", "TEST"]), "web"), ""]
    return [pre, "Triage group \"%s\" reassigned to %s by %s; %d open threads" % (
        R.choice(["PACT RED TEAM", "AUDIOLOGY FAY", "MH BHIP"]), R.choice(STAFF), R.choice(STAFF_EMAILS), R.randint(0, 300))]


# --- Caregiver program (PCAFC) application events ---------------------------
@family("caregiver_py", 6, 4)
def f_caregiver(phi):
    pre = "%s - caregiver.pcafc.%s - %s - " % (ts_log4j(local=True), R.choice(["intake", "assessment", "stipend"]), "INFO")
    app = "CG-%s-%04d" % ((NOW + EST).strftime("%y%m%d"), R.randint(0, 9999))
    if phi:
        key = R.choice([k for k in CONTACTS])
        p = BYKEY[key]
        c = CONTACTS[key]
        k = R.randint(0, 2)
        if k == 0:
            slug = c[0].split()[0].lower().replace("ễ", "e") + "-cares-for-" + p.get("ascii_first", p["first"]).lower()
            slug = slug.encode("ascii", "ignore").decode()
            url = R.choice(["https://www.caringbridge.org/site/%s" % slug, "https://%s.wordpress.com/about" % slug.replace("-", "")])
            return [pre, "Application %s: caregiver \"" % app, P(c[0], "name"), "\" (%s) for veteran " % c[1].lower(), P(nm_plain(p), "name"),
                    " supporting_url=", P(url, "url")]
        if k == 1:
            return [pre, "Application %s: primary caregiver contact " % app, P(c[0], "name"), " tel=", P(c[2], "phone"),
                    " veteran_icn=", P(p["icn"], "mrn")]
        return [pre, "Stipend tier set for application %s veteran=" % app, P(nm_caps(p), "name"), " tier=%d effective=" % R.randint(1, 2),
                P(d_iso(dt.date(2024, R.randint(1, 3), 1)), "date"), " reviewer=%s" % R.choice(STAFF)]
    k = R.randint(0, 1)
    if k == 0:
        return [pre, "CSP coordinator %s reviewed %d applications, %d approved" % (R.choice(STAFF), R.randint(1, 40), R.randint(0, 20))]
    return [pre, "Stipend calc uses OPM GS-4 step 1 rate for locality %s: $%s" % (R.choice(["RUS", "BOS", "SD", "ABQ"]), "{:,.2f}".format(R.uniform(30000, 45000)))]


# --- pure noise families (no PHI) --------------------------------------------
@family("jvm_gc", 0, 8)
def f_gc(phi):
    up = (NOW - dt.datetime(2024, 3, 4, 3, 0, 0)).total_seconds()
    return ["[%s][%.3fs][info][gc] GC(%d) Pause Young (Normal) (G1 Evacuation Pause) %dM->%dM(%dM) %.3fms" % (
        ts_iso_z()[:-1] + "+0000", up, R.randint(100, 9000), R.randint(500, 3000), R.randint(100, 500), 4096, R.uniform(1, 40))]


@family("k8s_events", 0, 8)
def f_k8s(phi):
    ns = R.choice(["vbms-intake", "ccra", "vvc", "mhv", "deers-proxy"])
    return ["%s %s %s-%s-%s %s" % (
        NOW.strftime("I%m%d %H:%M:%S.") + "%06d" % NOW.microsecond, R.randint(1, 99999), ns, hexs(10), hexs(5),
        R.choice(["Readiness probe failed: HTTP probe failed with statuscode: 503", "Successfully pulled image \"registry.va.gov/%s:2024.03.%d\"" % (ns, R.randint(1, 5)),
                  "Started container app", "Back-off restarting failed container", "Scaled up replica set to %d" % R.randint(2, 12)]))]


@family("haproxy", 0, 6)
def f_haproxy(phi):
    return ["%s lb-%02d haproxy[%d]: %s:%d [%s] fe_https~ be_%s/%s %d/%d/%d/%d/%d %d %d - - ---- %d/%d/%d/%d/0 0/0 \"%s %s HTTP/1.1\"" % (
        ts_syslog(), R.randint(1, 4), R.randint(1000, 9999), priv_ip(), R.randint(30000, 65000),
        NOW.strftime("%d/%b/%Y:%H:%M:%S.") + ms(), R.choice(["deers", "vbms", "ccra"]), "app%02d" % R.randint(1, 12),
        0, 0, R.randint(0, 3), R.randint(5, 900), R.randint(5, 900), R.choice([200, 200, 204, 401, 502]), R.randint(100, 90000),
        R.randint(100, 900), R.randint(10, 300), R.randint(0, 40), R.randint(0, 20), R.choice(["GET", "POST"]),
        R.choice(["/api/v2/eligibility/health", "/actuator/prometheus", "/v1/referrals?status=PENDING&page=%d" % R.randint(1, 9)]))]


@family("deploy_ci", 0, 5)
def f_deploy(phi):
    return ["%s [deploy] %s %s build %s.%d (git %s) by %s" % (
        ts_iso_z(), R.choice(["vbms-intake", "ccra-sync", "vvc-scheduler", "mvp-portal", "deers-proxy"]),
        R.choice(["rolled out", "rollback", "canary 10%"]), "2024.03", R.randint(1, 400), hexs(7),
        R.choice(STAFF_EMAILS + ["gitlab-ci@va.gov", "svc-argocd@health.mil"]))]


# ----------------------------------------------------------------------------
# main assembly
# ----------------------------------------------------------------------------
def assemble(parts):
    buf = bytearray()
    spans = []
    for part in parts:
        if isinstance(part, tuple):
            v, cat = part
            b = v.encode("utf-8")
            s = len(buf)
            buf += b
            spans.append({"s": s, "e": len(buf), "cat": cat, "_v": b})
        else:
            buf += part.encode("utf-8")
    for sp in spans:
        assert bytes(buf[sp["s"]:sp["e"]]) == sp.pop("_v")
        assert sp["e"] > sp["s"]
    return bytes(buf), spans


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account",
        "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}


def main():
    plan = [False] * N_NOPHI + [True] * (N_LINES - N_NOPHI)
    R.shuffle(plan)
    names = list(FAMILIES)
    phi_w = [FAMILIES[n][1] for n in names]
    clean_w = [FAMILIES[n][2] for n in names]
    log_lines, labels = [], []
    for i, want_phi in enumerate(plan, 1):
        tick()
        fam = R.choices(names, weights=phi_w if want_phi else clean_w)[0]
        parts = FAMILIES[fam][0](want_phi)
        line, spans = assemble(parts)
        assert b"\n" not in line and b"\r" not in line, (fam, line)
        assert len(line) <= 4000, (fam, len(line))
        assert bool(spans) == want_phi, (fam, want_phi, line)
        last = 0
        for sp in spans:
            assert sp["cat"] in CATS
            assert sp["s"] >= last
            last = sp["e"]
        log_lines.append(line)
        labels.append({"line": i, "family": fam, "spans": spans})
    with open(OUT_LOG, "wb") as f:
        for line in log_lines:
            f.write(line + b"\n")
    with open(OUT_LAB, "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
